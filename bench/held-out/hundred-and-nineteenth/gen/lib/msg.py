"""Message model: core headers, body tree, mx01's own trace/auth headers."""
import random
from datetime import timedelta

from . import mimekit as mk
from . import timeutil as tu
from . import util as U
from .world import DMARC, org_domain

MX = 'mx01.example.com'
TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n'
         '\t(No client certificate requested)')
TLS13_128 = ('(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\r\n'
             '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n'
             '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n'
         '\t(No client certificate requested)')
TLS12_128 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))\r\n'
             '\t(No client certificate requested)')


class Msg:
    def __init__(self, folder, fname):
        self.folder = folder
        self.fname = fname
        self.rng = random.Random(fname)
        parts = fname.split('-')
        self.num = parts[0]
        self.lang = parts[1]
        self.frm = None
        self.sender = None
        self.to = []
        self.cc = []
        self.reply_to = None
        self.subject = ''
        self.utc = None
        self.zone = 'CET'
        self.msgid = None
        self.in_reply_to = None
        self.references = None
        self.body = None
        self.hcs = 'utf-8'
        self.hmode = 'B'
        self.rcpts = None
        self.route = None
        self.dmarc_override = {}
        self.meta = dict(what='', why='', phones=[], wallets=[], other=[], qr=[], hn=None, system='', delivery='')

    # ----------------------------------------------------------- time
    def when(self, s, zone='CET'):
        d, t = s.split(' ')
        y, mo, da = map(int, d.split('-'))
        h, mi, se = map(int, t.split(':'))
        self.utc = tu.utc_from_local(y, mo, da, h, mi, se, zone)
        self.zone = zone
        self.clock = self.utc
        return self

    def tick(self, a=0, b=2):
        self.clock = self.clock + timedelta(seconds=self.rng.randint(a, b))
        return self.clock

    def date(self, zone=None, comment=False, t=None):
        return tu.rfc2822(t or self.utc, zone or self.zone, comment)

    def epoch(self, t=None):
        return tu.epoch(t or self.utc)

    # ----------------------------------------------------------- headers
    def a(self, pair, quote=False):
        d, e = pair
        return mk.addr(d, e, self.hcs, self.hmode, quote_always=quote)

    def alist(self, pairs, quote=False, sep=', '):
        return sep.join(self.a(p, quote) for p in pairs)

    def subj(self):
        return mk.hdr_text(self.subject, self.hcs, self.hmode)

    def H(self, name, value):
        return mk.fold(name, value)

    def core(self, name, quote=False, date_zone=None, date_comment=False):
        """Render one core header in the message's encoding conventions (or None)."""
        n = name.lower()
        if n == 'from':
            return self.H('From', self.a(self.frm, quote))
        if n == 'sender' and self.sender:
            return self.H('Sender', self.a(self.sender, quote))
        if n == 'to' and self.to:
            return self.H('To', self.alist(self.to, quote))
        if n == 'cc' and self.cc:
            return self.H('Cc', self.alist(self.cc, quote))
        if n == 'reply-to' and self.reply_to:
            return self.H('Reply-To', self.a(self.reply_to, quote))
        if n == 'subject':
            return self.H('Subject', self.subj())
        if n == 'date':
            return 'Date: ' + self.date(date_zone, date_comment)
        if n == 'message-id':
            return 'Message-ID: <%s>' % self.msgid
        if n == 'in-reply-to' and self.in_reply_to:
            return 'In-Reply-To: <%s>' % self.in_reply_to
        if n == 'references' and self.references:
            return mk.fold('References', ' '.join('<%s>' % r for r in self.references))
        if n == 'mime-version':
            return 'MIME-Version: 1.0'
        return None

    def cores(self, names, **kw):
        out = []
        for n in names:
            if n == '*MIME*':
                out += [h for _, h in self.body.mime_headers()]
                continue
            v = self.core(n, **kw)
            if v:
                out.append(v)
        return out

    def body_bytes(self):
        if not hasattr(self, '_bb'):
            self._bb = self.body.body_bytes()
        return self._bb

    # ----------------------------------------------------------- DKIM
    def dkim(self, d, s, h, style='opendkim', c='relaxed/relaxed', t=True, x=None, extra=None, bits=2048,
             i=None, q=False):
        body = self.body_bytes()
        bh = mk.simple_body_hash(body) if c.endswith('/simple') else mk.relaxed_body_hash(body)
        bval = U.b64(self.rng, bits // 8)
        ts = self.epoch(self.clock)
        self._dkims.append((d, s, bval))
        if style == 'gmail':
            hh = h
            v = ('v=1; a=rsa-sha256; c=%s;\r\n        d=%s; s=%s; t=%d; x=%d; darn=example.com;\r\n'
                 '        h=%s;\r\n        bh=%s;\r\n        b=%s' % (c, d, s, ts, ts + 604800, hh, bh,
                                                                    U.fold_b64(bval, 66, 70, '         ')))
        elif style == 'm365':
            v = ('v=1; a=rsa-sha256; c=%s; d=%s;\r\n s=%s;\r\n h=%s;\r\n bh=%s;\r\n b=%s'
                 % (c, d, s, h, bh, U.fold_b64(bval, 70, 76, ' ')))
        elif style == 'ses':
            v = ('v=1; a=rsa-sha256; q=dns/txt; c=%s;\r\n\ts=%s; d=%s; t=%d;\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=%s'
                 % (c, s, d, ts, h, bh, U.fold_b64(bval, 60, 70, '\t')))
        elif style == 'exim':
            v = ('v=1; a=rsa-sha256; q=dns/txt; c=%s; d=%s;\r\n\ts=%s; h=%s;\r\n\tbh=%s; b=%s;'
                 % (c, d, s, h, bh, U.fold_b64(bval, 56, 70, '\t')))
        elif style == 'sendgrid':
            v = ('v=1; a=rsa-sha256; c=%s; d=%s;\r\n\th=%s;\r\n\ts=%s; bh=%s;\r\n\tb=%s'
                 % (c, d, h, s, bh, U.fold_b64(bval, 60, 70, '\t')))
        elif style == 'yandex':
            v = ('v=1; a=rsa-sha256; c=%s; d=%s; s=%s;\r\n\tt=%d; bh=%s;\r\n\th=%s;\r\n\tb=%s'
                 % (c, d, s, ts, bh, h, U.fold_b64(bval, 60, 70, '\t')))
        elif style == 'gmx':
            v = ('v=1; a=rsa-sha256; c=%s; d=%s;\r\n\ts=%s; t=%d; x=%d; i=%s;\r\n\tbh=%s;\r\n\th=%s;\r\n\tb=%s'
                 % (c, d, s, ts, ts + 604800, i, bh, h, U.fold_b64(bval, 60, 70, '\t')))
        else:  # opendkim
            v = ('v=1; a=rsa-sha256; c=%s; d=%s;\r\n\ts=%s; t=%d;\r\n\tbh=%s;\r\n\th=%s;\r\n\tb=%s'
                 % (c, d, s, ts, bh, h, U.fold_b64(bval, 60, 70, '\t')))
        return 'DKIM-Signature: ' + v

    # ----------------------------------------------------------- final assembly
    def render(self, system_fn, **opts):
        self._dkims = []
        self.clock = self.utc
        if self.rcpts is None:
            self.rcpts = [self.to[0][1]] if self.to else []
        lines, route = system_fn(self, **opts)
        self.route = route
        top = self._mx01(route)
        hdr = '\r\n'.join(top + lines) + '\r\n\r\n'
        data = hdr.encode('ascii') + self.body_bytes()
        return data

    def _mx01(self, r):
        rng = self.rng
        t = self.tick(1, 3) if not r.get('t_mx') else r['t_mx']
        rdns = r.get('rdns') or 'unknown'
        tls = r.get('tls', TLS13)
        proto = 'ESMTPS' if tls else 'ESMTP'
        recv = 'Received: from %s (%s [%s])\r\n' % (r['helo'], rdns, r['ip'])
        if tls:
            recv += '\t' + tls + '\r\n'
        recv += '\tby %s (Postfix) with %s id %s' % (MX, proto, U.postfix_long_id(rng))
        if len(self.rcpts) == 1:
            recv += '\r\n\tfor <%s>; %s' % (self.rcpts[0], tu.rfc2822(t, 'CET', True))
        else:
            recv += ';\r\n\t%s' % tu.rfc2822(t, 'CET', True)
        env = r.get('env_from', '')
        out = ['Return-Path: <%s>' % env]
        internal = r.get('internal', False)
        env_dom = env.split('@')[-1] if env else r['helo']
        from_dom = self.frm[1].split('@')[1].lower()
        # DKIM results
        dk = r.get('dkim', [])
        dres = []
        for item in dk:
            d, s, res = item[0], item[1], item[2]
            bval = next((b for (dd, ss, b) in self._dkims if dd == d and ss == s), U.b64(rng, 256))
            bits = item[3] if len(item) > 3 else 2048
            hb = bval[:8]
            if res == 'pass':
                dres.append('dkim=pass (%d-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s'
                            % (bits, d, d, s, hb))
            else:
                dres.append('dkim=fail reason="signature verification failed" (%d-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s'
                            % (bits, d, d, s, hb))
        if not internal:
            spf = r.get('spf', 'none')
            od = org_domain(from_dom)
            pol = self.dmarc_override.get(od, DMARC.get(from_dom, DMARC.get(od)))
            aligned = (spf == 'pass' and org_domain(env_dom) == od) or any(
                item[2] == 'pass' and org_domain(item[0]) == od for item in dk)
            if pol is None and od not in self.dmarc_override and od not in DMARC and from_dom not in DMARC:
                pol = None
            if pol is None:
                dm = 'dmarc=none (p=none dis=none) header.from=%s' % from_dom
            elif aligned:
                dm = 'dmarc=pass (p=%s dis=none) header.from=%s' % (pol, from_dom)
            else:
                dm = 'dmarc=fail (p=%s dis=%s) header.from=%s' % (pol, pol, from_dom)
            out.append('Authentication-Results: %s; %s' % (MX, dm))
            spf_id = env_dom if env else r['helo']
            out.append('Authentication-Results: %s; spf=%s smtp.%s=%s' % (MX, spf, 'mailfrom' if env else 'helo', spf_id))
        if dres:
            out.append('Authentication-Results: %s;\r\n\t' % MX + ';\r\n\t'.join(dres) + ';\r\n\tdkim-atps=neutral')
        if not internal:
            spf = r.get('spf', 'none')
            label = {'pass': 'Pass', 'fail': 'Fail', 'softfail': 'Softfail', 'neutral': 'Neutral', 'none': 'None',
                     'temperror': 'Temperror'}[spf]
            if env:
                out.append('Received-SPF: %s (mailfrom) identity=mailfrom; client-ip=%s; helo=%s;\r\n\tenvelope-from=%s; receiver=<UNKNOWN>'
                           % (label, r['ip'], r['helo'], env))
            else:
                out.append('Received-SPF: %s (helo) identity=helo; client-ip=%s; helo=%s;\r\n\tenvelope-from=<>; receiver=<UNKNOWN>'
                           % (label, r['ip'], r['helo']))
        out.append(recv)
        self.meta['auth'] = dict(spf=r.get('spf', 'none') if not internal else 'n/a (internal relay)',
                                 dkim=', '.join('%s %s' % (x[0], x[2]) for x in dk) or 'none',
                                 dmarc=(dm.split(' ')[0].split('=')[1] if not internal else 'n/a'),
                                 client='%s [%s]' % (rdns, r['ip']))
        return out
