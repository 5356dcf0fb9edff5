"""Mail object: envelope, trace, headers, body; rendering to .eml bytes."""
from core import (Multi, Part, addr, fold, htext, rfcdate, sec, walk, hx, hnum,
                  structure, body_charsets, body_ctes)

REGISTRY = []

POSTFIX_ID = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy'

FALLBACK = {'iso-8859-1': 'windows-1252', 'iso-8859-15': 'windows-1252', 'us-ascii': 'windows-1252',
            'iso-8859-2': 'windows-1250', 'iso-8859-7': 'windows-1253', 'koi8-r': 'windows-1251'}

SINGLE_LATIN = ('iso-8859-1', 'iso-8859-15', 'iso-8859-2', 'windows-1250', 'windows-1252',
                'us-ascii')


def postfix_qid(seed):
    return '4' + hx(seed + 'qid', 9, POSTFIX_ID) + 'z' + hx(seed + 'qid2', 4, POSTFIX_ID)


TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
         '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
         '\t(No client certificate requested)')


def mx01_received(client, rcpt, t, qid, tls):
    helo, rdns, ip = client
    s = 'from %s (%s [%s])' % (helo, rdns or 'unknown', ip)
    if tls:
        s += '\n\t' + (TLS13 if tls == '1.3' else TLS12)
    s += '\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s' % (
        'ESMTPS' if tls else 'ESMTP', qid, rcpt, rfcdate(t, 'CET', comment=True))
    return 'Received: ' + s


class Mail:
    def __init__(self, folder, n, lang, slug, sys, at, frm, to, subject, body,
                 cc=(), reply_to=None, rcpt=None, mailfrom=None, extra=(), hcs=None,
                 hmode=None, irt=None, refs=None, what='', why='', delay=None,
                 sender=None, structure_note=None, topic=None, msgid=None):
        self.folder, self.n, self.lang, self.slug = folder, n, lang, slug
        self.sys = sys
        self.at = at
        self.frm = frm
        self.to = list(to)
        self.cc = list(cc)
        self.reply_to = reply_to
        self.rcpt = rcpt or self.to[0][1]
        self._mailfrom = mailfrom
        self.subject = subject
        self.body = body
        self.extra = list(extra)
        self.irt, self.refs = irt, (refs or irt)
        self.what, self.why = what, why
        self.sender = sender
        self.structure_note = structure_note
        self.topic = topic
        self.force_msgid = msgid
        self.name = '%02d-%s-%s.eml' % (n, lang, slug)
        self.seed = folder + '/' + self.name
        d = delay if delay is not None else getattr(sys, 'delay', 3)
        self.sent = at - sec(d)
        self._hcs, self._hmode = hcs, hmode
        REGISTRY.append(self)

    # --- header helpers
    def main_charset(self):
        for p in walk(self.body):
            if p.is_text_body() and p.charset:
                return p.charset
        return 'utf-8'

    def hcs(self):
        if self._hcs:
            return self._hcs
        cs = getattr(self.sys, 'hdr_charset', 'body')
        if cs == 'body':
            cs = self.main_charset()
            if cs == 'us-ascii':
                cs = 'iso-8859-1'
        return cs

    def hmode(self):
        if self._hmode:
            return self._hmode
        m = getattr(self.sys, 'hdr_mode', 'auto')
        if m == 'auto':
            return 'Q' if self.hcs().lower() in SINGLE_LATIN else 'B'
        return m

    def _cs_for(self, s):
        cs = self.hcs()
        for c in (cs, FALLBACK.get(cs.lower()), 'utf-8'):
            if not c:
                continue
            try:
                s.encode(c)
            except UnicodeEncodeError:
                continue
            if c != cs:
                mode = self._hmode or ('Q' if c.lower() in SINGLE_LATIN else 'B')
                return c, mode
            return c, self.hmode()
        return 'utf-8', 'B'

    def A(self, pair, **kw):
        name, email = pair
        cs, mode = self._cs_for(name or '')
        return addr(name, email, cs, mode, **kw)

    def AL(self, pairs, **kw):
        return ', '.join(self.A(p, **kw) for p in pairs)

    def S(self, s=None):
        s = self.subject if s is None else s
        cs, mode = self._cs_for(s)
        return htext(s, cs, mode)

    def mailfrom(self):
        if self._mailfrom is not None:
            return self._mailfrom
        f = getattr(self.sys, 'return_path', None)
        if f:
            return f(self)
        return self.frm[1]

    def has_attach(self):
        return any(p.filename for p in walk(self.body))

    # --- render
    def render(self):
        s = self.sys
        i = 0
        for node in _multis(self.body):
            if node.boundary is None:
                node.boundary = s.boundary(self, i)
            i += 1
        bh, bb = self.body.render()
        lines = ['Return-Path: <%s>' % self.mailfrom()]
        lines.append(mx01_received(s.client(self), self.rcpt, self.at, postfix_qid(self.seed),
                                   getattr(s, 'tls', '1.3')))
        for h in s.trace(self):
            lines.append(h)
        for h in s.headers(self):
            if h == 'BODY':
                lines.append(bh)
            elif h is None:
                continue
            elif self.force_msgid and h.lower().startswith('message-id: '):
                lines.append(h.split(':')[0] + ': ' + self.force_msgid)
            else:
                lines.append(h)
        for k, v in self.extra:
            lines.append(fold(k, v))
        head = '\n'.join(lines)
        return head.encode('ascii') + b'\n\n' + bb

    def manifest_row(self):
        st = structure(self.body)
        if self.structure_note:
            st += '; ' + self.structure_note
        return dict(file=self.name, lang=self.lang, charset=body_charsets(self.body),
                    cte=body_ctes(self.body), structure=st, what=self.what, why=self.why)


def _multis(node):
    if isinstance(node, Multi):
        yield node
        for p in node.parts:
            yield from _multis(p)


# helpers shared by message files

def H(name, value):
    return fold(name, value)


def std_refs(m):
    out = []
    if m.refs:
        out.append(fold('References', m.refs))
    if m.irt:
        out.append(fold('In-Reply-To', m.irt))
    return out
