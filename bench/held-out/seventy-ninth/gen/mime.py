"""MIME building blocks written by hand so that charsets, transfer encodings,
header order and folding are exactly as chosen per message."""
import base64
import datetime
import quopri
import random
import re

# ------------------------------------------------------------------ time
_EU_END = datetime.datetime(2026, 10, 25, 1, 0, 0)   # end of EU summer time (UTC)
_US_END = datetime.datetime(2026, 11, 1, 7, 0, 0)    # end of US DST (approx. UTC)
ZONES = {
    'DE': ('EU', 60, 'CET', 'CEST'), 'IT': ('EU', 60, 'CET', 'CEST'),
    'PL': ('EU', 60, 'CET', 'CEST'), 'ES': ('EU', 60, 'CET', 'CEST'),
    'NL': ('EU', 60, 'CET', 'CEST'), 'GR': ('EU', 120, 'EET', 'EEST'),
    'CY': ('EU', 120, 'EET', 'EEST'), 'UK': ('EU', 0, 'GMT', 'BST'),
    'RU': (None, 180, 'MSK', 'MSK'), 'UTC': (None, 0, 'UTC', 'UTC'),
    'US-E': ('US', -300, 'EST', 'EDT'), 'US-P': ('US', -480, 'PST', 'PDT'),
    'TR': (None, 180, '+03', '+03'), 'NG': (None, 60, 'WAT', 'WAT'),
}
_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _off(zone, utc):
    rule, std, a_std, a_dst = ZONES[zone]
    if rule == 'EU' and utc < _EU_END:
        return std + 60, a_dst
    if rule == 'US' and utc < _US_END:
        return std + 60, a_dst
    return std, a_std


class T:
    """An instant, displayed in a zone."""

    def __init__(self, local, zone='DE'):
        if isinstance(local, datetime.datetime):
            self.utc, self.zone = local, zone
            return
        dt = datetime.datetime.strptime(local, '%Y-%m-%d %H:%M:%S' if local.count(':') == 2 else '%Y-%m-%d %H:%M')
        off, _ = _off(zone, dt - datetime.timedelta(minutes=ZONES[zone][1]))
        self.utc = dt - datetime.timedelta(minutes=off)
        self.zone = zone

    def __add__(self, sec):
        return T(self.utc + datetime.timedelta(seconds=sec), self.zone)

    def __sub__(self, sec):
        return T(self.utc - datetime.timedelta(seconds=sec), self.zone)

    def at(self, zone):
        return T(self.utc, zone)

    def local(self):
        off, abbr = _off(self.zone, self.utc)
        return self.utc + datetime.timedelta(minutes=off), off, abbr

    def rfc(self, comment=False, pad=False):
        lt, off, abbr = self.local()
        sign = '+' if off >= 0 else '-'
        day = ('%2d' if pad else '%d') % lt.day
        s = '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (
            _DAYS[lt.weekday()], day, _MONS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second,
            sign, abs(off) // 60, abs(off) % 60)
        return s + (' (%s)' % abbr if comment else '')

    def fmt(self, f):
        return self.local()[0].strftime(f)

    def weekday(self):
        return self.local()[0].weekday()


# ------------------------------------------------------------------ headers
_QSAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _q(b):
    return ''.join(chr(c) if c in _QSAFE else ('_' if c == 32 else '=%02X' % c) for c in b)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(text, cs='utf-8', enc='B', first=0):
    """RFC 2047 encoded words, folded; returns text unchanged if plain ASCII."""
    if is_ascii(text) and '=?' not in text:
        return text
    enc = enc.upper()
    pre = '=?%s?%s?' % (cs, enc)

    def code(s):
        b = s.encode(cs)
        return base64.b64encode(b).decode() if enc == 'B' else _q(b)
    words, cur = [], ''
    limit = 75
    for ch in text:
        if cur and len(pre) + len(code(cur + ch)) + 2 > limit:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return '\n '.join(pre + code(w) + '?=' for w in words)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(name, email, cs='utf-8', enc='B', quote=False):
    if not name:
        return '<%s>' % email if quote else email
    if is_ascii(name):
        if _SPECIALS.search(name) or quote:
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, cs, enc), email)


def addrs(items, cs='utf-8', enc='B', quote=False):
    return ',\n\t'.join(addr(n, e, cs, enc, quote) for n, e in items) if len(items) > 1 else \
        addr(items[0][0], items[0][1], cs, enc, quote)


def fold(name, value):
    """Fold an unstructured ASCII header at spaces to <= 78 columns."""
    if '\n' in value or len(name) + 2 + len(value) <= 78:
        return value
    words = value.split(' ')
    lines, cur = [], name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur.strip() and cur != name + ':':
            lines.append(cur)
            cur = ' ' + w
        else:
            cur = cur + ' ' + w
    lines.append(cur)
    out = '\n'.join(lines)
    return out[len(name) + 2:]


# ------------------------------------------------------------------ body parts
def _cte_encode(raw, cte):
    cte = cte.lower()
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        out = quopri.encodestring(raw)
        return out if out.endswith(b'\n') else out + b'\n'
    if cte == '7bit':
        assert all(c < 128 for c in raw), '7bit body contains 8-bit data'
    for ln in raw.split(b'\n'):
        assert len(ln) < 998, 'line too long for %s' % cte
    return raw if raw.endswith(b'\n') else raw + b'\n'


class Part:
    def __init__(self, ctype, text=None, data=None, charset=None, cte=None, filename=None,
                 disp=None, parts=None, boundary=None, cid=None, fn_style='plain', fn_cs='utf-8',
                 ctparams='', headers=None, preamble=None, desc=None, csq=True,
                 name_param=True):
        self.ctype = ctype
        self.text, self.data = text, data
        self.charset = charset
        self.cte = cte
        self.filename, self.disp = filename, disp
        self.parts = parts or []
        self.boundary = boundary
        self.cid = cid
        self.fn_style, self.fn_cs = fn_style, fn_cs
        self.ctparams = ctparams
        self.headers = headers or []
        self.preamble = preamble
        self.desc = desc
        self.name_param = name_param
        self.csq = csq
        if self.text is not None and self.cte is None:
            self.cte = 'quoted-printable'
        if self.data is not None and self.cte is None:
            self.cte = 'base64'

    # -- description for the manifest
    def is_multipart(self):
        return self.ctype.startswith('multipart/')

    def walk(self):
        yield self
        for p in self.parts:
            yield from p.walk()

    def _fn_params(self, key):
        fn = self.filename
        if is_ascii(fn):
            return '%s="%s"' % (key, fn)
        if self.fn_style == '2231':
            from urllib.parse import quote
            return "%s*=%s''%s" % (key, self.fn_cs, quote(fn.encode(self.fn_cs), safe=''))
        return '%s="%s"' % (key, ew(fn, self.fn_cs, 'B').replace('\n ', ''))

    def render(self, rng, bgen=None):
        """Return (list_of_header_lines, body_bytes)."""
        hl = []
        if self.is_multipart():
            if not self.boundary:
                if bgen:
                    self.boundary = bgen(rng, self.ctype)
                else:
                    self.boundary = '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 6), rng.randrange(10 ** 9),
                                                             rng.randrange(10 ** 12, 10 ** 13))
            hl.append('Content-Type: %s;%s\n\tboundary="%s"' % (self.ctype, self.ctparams, self.boundary))
            hl += self.headers
            body = b''
            if self.preamble:
                body += self.preamble.encode('ascii') + b'\n\n'
            for p in self.parts:
                ph, pb = p.render(rng, bgen)
                body += b'--' + self.boundary.encode() + b'\n' + '\n'.join(ph).encode('ascii') + b'\n\n' + pb
                if not pb.endswith(b'\n'):
                    body += b'\n'
            body += b'--' + self.boundary.encode() + b'--\n'
            return hl, body
        ct = self.ctype
        if self.charset:
            ct += ('; charset="%s"' if self.csq else '; charset=%s') % self.charset
        ct += self.ctparams
        if self.filename and self.name_param:
            ct += ';\n\t' + self._fn_params('name')
        hl.append('Content-Type: ' + ct)
        if self.desc:
            hl.append('Content-Description: ' + self.desc)
        if self.filename or self.disp:
            d = self.disp or 'attachment'
            if self.filename:
                d += ';\n\t' + self._fn_params('filename')
            hl.append('Content-Disposition: ' + d)
        if self.cid:
            hl.append('Content-ID: <%s>' % self.cid)
        hl.append('Content-Transfer-Encoding: ' + self.cte)
        hl += self.headers
        if self.text is not None:
            raw = self.text.encode(self.charset or 'us-ascii')
        else:
            raw = self.data
        return hl, _cte_encode(raw, self.cte)


def text(body, cs='utf-8', cte='quoted-printable', sub='plain', **kw):
    return Part('text/' + sub, text=body, charset=cs, cte=cte, **kw)


def html(body, cs='utf-8', cte='quoted-printable', **kw):
    return Part('text/html', text=body, charset=cs, cte=cte, **kw)


def att(ctype, data, filename, cte='base64', **kw):
    return Part(ctype, data=data, filename=filename, cte=cte, disp=kw.pop('disp', 'attachment'), **kw)


def mp(sub, *parts, **kw):
    return Part('multipart/' + sub, parts=list(parts), **kw)


# ------------------------------------------------------------------ message
class Msg:
    MX = 'mx01.example.com'

    def __init__(self, folder, num, lang, slug, what='', why='', pair=None, tech=None):
        self.folder, self.num, self.lang, self.slug = folder, num, lang, slug
        self.what, self.why, self.pair, self.tech = what, why, pair, tech
        self.rng = random.Random('%s-%02d-%s' % (folder, num, slug))
        self.return_path = None
        self.mxline = None
        self.hops = []
        self.h = []
        self.x = []
        self.body = None
        self.bgen = None
        self.msgid = None
        self.dateh = None
        self.env_from = None
        self.topic = None
        self.clang = None
        self.extra_files = {}

    @property
    def filename(self):
        return '%02d-%s-%s.eml' % (self.num, self.lang, self.slug)

    # -- randomness helpers (seeded per message)
    def hexs(self, n, upper=False):
        s = ''.join(self.rng.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
        return ''.join(self.rng.choice(alphabet) for _ in range(n))

    def qid(self):
        a = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy'
        return '4' + self.alnum(1, 'bcdfg') + self.alnum(7, a) + 'z' + self.alnum(self.rng.choice([3, 4, 5]), a)

    # -- trace
    def mx(self, helo, ip, t, rcpt, rdns=None, tls='1.3'):
        r = rdns if rdns is not None else helo
        r = r or 'unknown'
        tl = ''
        if tls == '1.3':
            tl = ('\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)'
                  '\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)'
                  '\n\t(No client certificate requested)')
        elif tls == '1.2':
            tl = ('\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))'
                  '\n\t(No client certificate requested)')
        with_ = 'ESMTPS' if tls else 'ESMTP'
        self.mxline = 'from %s (%s [%s])%s\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s' % (
            helo, r, ip, tl, self.MX, with_, self.qid(), rcpt, t.at('DE').rfc(comment=True))

    def hop(self, s):
        self.hops.append(s)

    def hdr(self, name, value):
        self.h.append((name, value))

    def xh(self, name, value):
        self.x.append((name, value))

    def std(self, t, frm, to, subject, cc=None, reply_to=None, irt=None, refs=None, cs='utf-8', enc='B',
            scs=None, senc=None, date=None, order='fts', quote=False, extra=None):
        """Standard header block. frm: (name, addr); to/cc: list of (name, addr).
        subject is encoded with scs/senc (defaults cs/enc) if not ASCII."""
        self.subject = subject
        if self.topic is None:
            self.topic = re.sub(r'^((RE|AW|WG|FW|Fwd|R|I|Odp|RV|ΣΧΕΤ|Re|Отв|RE)\s*:\s*)+', '', subject, flags=re.I)
        hv = {
            'f': ('From', addr(frm[0], frm[1], cs, enc, quote)),
            't': ('To', addrs(to, cs, enc, quote)),
            's': ('Subject', ew(subject, scs or cs, senc or enc)),
            'd': ('Date', date or (self.dateh or t).rfc()),
        }
        for k in order:
            self.hdr(*hv[k])
        if cc:
            self.hdr('CC' if self.msgid and 'prod.outlook' in self.msgid else 'Cc', addrs(cc, cs, enc, quote))
        for k in 'ftsd':
            if k not in order:
                self.hdr(*hv[k])
        if reply_to:
            self.hdr('Reply-To', addr(reply_to[0], reply_to[1], cs, enc, quote))
        self.hdr('Message-ID', self.msgid)
        if irt:
            self.hdr('In-Reply-To', irt)
            self.hdr('References', refs or irt)
        for n, v in (extra or []):
            self.hdr(n, v)

    def _resolve(self, n, v):
        if v is not None:
            return v
        if n == 'Thread-Topic':
            return ew(self.topic or '', 'utf-8', 'B')
        if n == 'Content-Language':
            return self.clang or 'de-DE'
        if n == 'X-MS-Has-Attach':
            return 'yes' if any(p.filename and (p.disp or '').startswith('attachment')
                                for p in self.body.walk()) else ''
        raise ValueError(n)

    def render(self):
        lines = []
        if self.return_path is None:
            self.return_path = '<%s>' % self.env_from
        assert self.mxline, self.filename
        lines.append('Return-Path: %s' % self.return_path)
        lines.append('Received: ' + self.mxline)
        for hp in self.hops:
            lines.append('Received: ' + hp if not hp.startswith('!') else hp[1:])
        names = set()
        for n, v in self.h + self.x:
            v = self._resolve(n, v)
            names.add(n.lower())
            lines.append(('%s: %s' % (n, fold(n, v))).rstrip(' ') if v != '' else '%s: ' % n)
        hl, body = self.body.render(self.rng, self.bgen)
        if 'mime-version' not in names:
            lines.append('MIME-Version: 1.0')
        lines += hl
        head = '\n'.join(lines) + '\n\n'
        return head.encode('ascii') + body
