"""Assemble a complete delivered message (Return-Path, mx01 Received, sender hops, headers, MIME body)."""
import base64
import string

import infra as I
from util import (LANG_ZONE, local_to_utc, rfcdate, fmt_addr, hdr_text, fold_list, rng, pick_chars, hexid)

ACCEPT = {'de': 'de-DE, en-US', 'en': 'en-GB, en-US', 'it': 'it-IT, en-US', 'pl': 'pl-PL, en-US',
          'es': 'es-ES, en-US', 'el': 'el-GR, en-US', 'ru': 'ru-RU, en-US'}
CLANG = {'de': 'de-DE', 'en': 'en-GB', 'it': 'it-IT', 'pl': 'pl-PL', 'es': 'es-ES', 'el': 'el-GR', 'ru': 'ru-RU'}


class Msg:
    def __init__(self, slug, frm, to, subject, date, body, infra, what, why, infra_kw=None, cc=None,
                 reply_to=None, rcpt=None, hcs=None, henc=None, extra=None, env_from=None, in_reply_to=None,
                 references=None, hard_neg=None, zone=None, lang=None, mid=None, sender_hdr=None,
                 header_order='std', topic=None):
        self.slug = slug
        self.frm = frm
        self.to = to if isinstance(to, list) else [to]
        self.cc = cc or []
        self.reply_to = reply_to
        self.subject = subject
        self.date = date
        self.body = body
        self.infra = infra
        self.infra_kw = infra_kw or {}
        self.what = what
        self.why = why
        self.rcpt = rcpt
        self.hcs = hcs
        self.henc = henc
        self.extra = extra or []
        self.env_from = env_from
        self.in_reply_to = in_reply_to
        self.references = references
        self.hard_neg = hard_neg or []
        self.zone = zone
        self.lang = lang
        self.mid = mid
        self.sender_hdr = sender_hdr
        self.topic = topic
        self.filename = None
        self.folder = None

    # ------------------------------------------------------------------
    def text_parts(self):
        return [p for p in self.body.walk() if p.ctype.startswith('text/') and not p.filename
                and p.ctype != 'text/calendar']

    def has_attachment(self):
        return any(p.filename and p.disposition != 'inline' for p in self.body.walk())

    def _hcs(self):
        tp = self.text_parts()
        cs = self.hcs or (tp[0].charset if tp else 'utf-8')
        enc = self.henc or ('B' if self.lang in ('el', 'ru') or cs.lower() in ('utf-8',) and self.lang != 'de' else 'Q')
        return cs, enc

    def addr(self, a):
        cs, enc = self._hcs()
        if isinstance(a, str):
            return a
        name, ad = a
        return fmt_addr(name, ad, cs, enc)

    def render(self):
        zone = self.zone or LANG_ZONE[self.lang]
        t0 = local_to_utc(*self.date, zone)
        first_to = self.to[0] if not isinstance(self.to[0], str) else (None, self.to[0])
        rcpt = self.rcpt or first_to[1]
        env = self.env_from or self.frm[1]
        ctx = I.Ctx(self.slug, t0, env, rcpt, zone)
        out = self.infra(ctx, **self.infra_kw)
        top = I.mx01(ctx, out)
        self.body.assign_boundaries(I.boundary_gen(out.bstyle, self.slug))
        if out.bstyle in ('exchange', 'outlook', 'gmail'):
            for p in self.body.walk():
                p.qcs = True
        cs, enc = self._hcs()
        H = []
        H.append(('Return-Path', out.rp))
        H.append(('Received', top))
        for h in out.hops:
            H.append(('Received', h))
        sys_hdr = []
        for k, v in out.headers:
            if v is None:
                if k == 'Accept-Language':
                    v = ACCEPT[self.lang]
                elif k == 'Content-Language':
                    v = CLANG[self.lang]
                elif k == 'X-MS-Has-Attach':
                    v = 'yes' if self.has_attachment() else ''
            sys_hdr.append((k, v))
        date_zone = out.date_zone or zone
        H.append(('From', self.addr(self.frm)))
        if self.sender_hdr:
            H.append(('Sender', self.addr(self.sender_hdr)))
        H.append(('To', fold_list([self.addr(a) for a in self.to])))
        if self.cc:
            H.append(('CC' if out.bstyle == 'exchange' else 'Cc', fold_list([self.addr(a) for a in self.cc])))
        if self.reply_to:
            H.append(('Reply-To', self.addr(self.reply_to)))
        H.append(('Subject', hdr_text(self.subject, cs, enc)))
        if any(k == 'Thread-Index' for k, _ in sys_hdr):
            topic = self.topic or strip_prefix(self.subject)
            H.append(('Thread-Topic', hdr_text(topic, cs, enc)))
            ti = [x for x in sys_hdr if x[0] == 'Thread-Index']
            H.append(ti[0])
            sys_hdr = [x for x in sys_hdr if x[0] != 'Thread-Index']
        H.append(('Date', rfcdate(t0, date_zone, style=out.date_style)))
        H.append(('Message-ID', self.mid or out.mid))
        if self.references:
            H.append(('References', '\n '.join(self.references)))
        if self.in_reply_to:
            H.append(('In-Reply-To', self.in_reply_to))
        H += sys_hdr
        for k, v in self.extra:
            if len(v) > 150 and ', <' in v:
                v = v.replace(', <', ',\n <')
            H.append((k, v))
        H.append(('MIME-Version', '1.0'))
        out_lines = []
        for k, v in H:
            out_lines.append('%s: %s' % (k, v) if v != '' else '%s: ' % k)
        head = '\n'.join(out_lines) + '\n' + '\n'.join(self.body.headers()) + '\n\n'
        data = head.encode('ascii') + self.body.serialize_body()
        if not data.endswith(b'\n'):
            data += b'\n'
        self.t0 = t0
        self.out = out
        return data

    # -- manifest helpers
    def charset_summary(self):
        tp = self.text_parts()
        cs = []
        ct = []
        for p in tp:
            if p.charset not in cs:
                cs.append(p.charset)
            if p.cte not in ct:
                ct.append(p.cte)
        return ' + '.join(cs), ' + '.join(ct)


def strip_prefix(s):
    for p in ('RE: ', 'Re: ', 'AW: ', 'WG: ', 'R: ', 'I: ', 'FW: ', 'Fwd: ', 'RV: ', 'ΑΠ: ', 'ΣΧΕΤ: ', 'Odp: ', 'PD: ', 'RE:', 'Ответ: '):
        while s.startswith(p):
            s = s[len(p):]
    return s


# ---------------------------------------------------------------- earlier message-ids for threads
def mid_internal(seed):
    return '<%s@EXCH02.corp.example.com>' % hexid(('int', seed), 32)


def mid_exo(seed, srv='AS8PR04MB', dom='eurprd04.prod.outlook.com'):
    r = rng('mid', seed)
    s = '%s%04d' % (srv, r.randint(1000, 9999))
    return '<%s%s@%s.%s>' % (s, ''.join(r.choice('0123456789ABCDEF') for _ in range(24)), s, dom)


def mid_outlook_desktop(seed, domain):
    r = rng('mid', seed)
    return '<%06x01dc%04x$%08x$%08x$@%s>' % (r.randint(0, 0xfff), r.randint(0, 0xffff), r.getrandbits(32), r.getrandbits(32), domain)


def mid_gmail(seed):
    r = rng('mid', seed)
    return '<CA%s@mail.gmail.com>' % pick_chars(r, string.ascii_letters + string.digits + '+_', 54)
