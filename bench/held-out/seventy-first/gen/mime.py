"""A small, explicit MIME writer: exact control over charsets, transfer encodings and header encoding."""
import base64
import re

from util import h

CRLF = '\r\n'


# ---------------------------------------------------------------- body encodings

FALLBACK = {'\u2013': '-', '\u2014': '-', '\u201e': '"', '\u201c': '"', '\u201d': '"', '\u2018': "'",
            '\u2019': "'", '\u201a': "'", '\u2026': '...', '\u00a0': ' ', '\u00ab': '"', '\u00bb': '"',
            '\u20ac': 'EUR', '\u2022': '-', '\u00b7': '-', '\u2116': 'N'}


def fit(s, charset):
    """Replace typographic punctuation a legacy charset cannot carry (as mail clients do); other characters
    must be encodable or an error is raised."""
    out = []
    for ch in s:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in FALLBACK:
                out.append(FALLBACK[ch])
            else:
                raise
    return ''.join(out)


def qp(data):
    """Quoted-printable (RFC 2045) of bytes whose lines end in LF; output lines end in CRLF."""
    out = []
    lines = data.split(b'\n')
    for line in lines:
        if line.endswith(b'\r'):
            line = line[:-1]
        toks = []
        for i, c in enumerate(line):
            last = (i == len(line) - 1)
            if (33 <= c <= 126 and c != 61) or (c in (9, 32) and not last):
                toks.append(chr(c))
            else:
                toks.append('=%02X' % c)
        # a leading '.' or 'From ' is harmless in files; keep as is
        cur = ''
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + '=')
                cur = ''
            cur += t
        out.append(cur)
    return CRLF.join(out)


def b64(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width)) + CRLF


def crlf_bytes(data):
    data = data.replace(b'\r\n', b'\n')
    return data.replace(b'\n', b'\r\n')


# ---------------------------------------------------------------- header encodings

_Q_SAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _q_word(b):
    out = []
    for c in b:
        if c == 32:
            out.append('_')
        elif c in _Q_SAFE:
            out.append(chr(c))
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def encoded_words(text, charset='utf-8', enc='Q', maxlen=75):
    """Split text into RFC 2047 encoded words, each at most maxlen chars, never splitting a character."""
    cs = charset
    words = []
    cur = ''

    def render(s):
        b = s.encode(cs)
        if enc.upper() == 'B':
            body = base64.b64encode(b).decode()
        else:
            body = _q_word(b)
        return '=?%s?%s?%s?=' % (cs, enc, body)

    for ch in fit(text, cs):
        if cur and len(render(cur + ch)) > maxlen:
            words.append(render(cur))
            cur = ''
        cur += ch
    if cur:
        words.append(render(cur))
    return words


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def enc_text(text, charset='utf-8', enc='Q'):
    """Unstructured header value (e.g. Subject). ASCII stays literal."""
    if is_ascii(text):
        return text
    charset = _cs_for(text, charset)
    return (CRLF + ' ').join(encoded_words(text, charset, enc))


def _cs_for(s, charset):
    """Mail clients fall back to UTF-8 for a header the configured charset cannot carry."""
    try:
        fit(s, charset)
        return charset
    except UnicodeEncodeError:
        return 'utf-8'


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset='utf-8', enc='Q', quote_always=False):
    if not name:
        return '<%s>' % email if quote_always else email
    if is_ascii(name):
        if quote_always or any(c in _SPECIALS for c in name):
            n = '"%s"' % name.replace('\\', '\\\\').replace('"', '\\"')
        else:
            n = name
        return '%s <%s>' % (n, email)
    charset = _cs_for(name, charset)
    return '%s <%s>' % ((CRLF + ' ').join(encoded_words(name, charset, enc)), email)


def addrlist(items, charset='utf-8', enc='Q', quote_always=False):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        else:
            out.append(addr(it[0], it[1], charset, enc, quote_always))
    return (',' + CRLF + ' ').join(out) if sum(len(x) for x in out) > 60 else ', '.join(out)


def fold(name, value, width=78):
    """Fold an ASCII header at whitespace if it is long; pre-folded values (with CRLF) pass through."""
    line = '%s: %s' % (name, value)
    if CRLF in value or len(line) <= width:
        return line
    words = value.split(' ')
    lines = []
    cur = name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ':':
            lines.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    lines.append(cur)
    return CRLF.join(lines)


def params(ptype, **kw):
    """Content-Type style value with parameters; values quoted."""
    s = ptype
    for k, v in kw.items():
        if v is None:
            continue
        k = k.replace('_', '-')
        if k.endswith('*'):
            s += ';%s %s=%s' % (CRLF, k, v)
        else:
            s += ';%s %s="%s"' % (CRLF, k, v)
    return s


def rfc2231(value, charset='utf-8'):
    out = []
    for c in value.encode(charset):
        if c < 128 and (chr(c).isalnum() or chr(c) in '.-_'):
            out.append(chr(c))
        else:
            out.append('%%%02X' % c)
    return "%s''%s" % (charset, ''.join(out))


# ---------------------------------------------------------------- parts

class Leaf:
    def __init__(self, ctype, data, cte, ctype_params=None, disposition=None, filename=None,
                 fn_style='2047', fn_charset='utf-8', cid=None, extra=None, text=None, charset=None,
                 ctype_first_line=None):
        self.ctype = ctype
        self.data = data            # bytes (already charset-encoded for text)
        self.cte = cte
        self.ctype_params = ctype_params or []
        self.disposition = disposition
        self.filename = filename
        self.fn_style = fn_style
        self.fn_charset = fn_charset
        self.cid = cid
        self.extra = extra or []
        self.text = text            # original str for text parts
        self.charset = charset

    def headers(self):
        hs = []
        p = self.ctype
        for k, v in self.ctype_params:
            p += '; %s=%s' % (k, v)
        if self.filename and self.disposition:
            p += ';' + CRLF + '\tname=' + self._fn_param('name')
        elif self.filename:
            p += ';' + CRLF + '\tname=' + self._fn_param('name')
        hs.append('Content-Type: ' + p)
        for line in self.extra:
            hs.append(line)
        if self.cid:
            hs.append('Content-ID: <%s>' % self.cid)
        if self.disposition:
            d = self.disposition
            if self.filename:
                if self.fn_style == '2231' and not is_ascii(self.filename):
                    d += ';' + CRLF + " filename*=" + rfc2231(self.filename, self.fn_charset)
                else:
                    d += ';' + CRLF + '\tfilename=' + self._fn_param('filename')
            hs.append('Content-Disposition: ' + d)
        hs.append('Content-Transfer-Encoding: ' + self.cte)
        return hs

    def _fn_param(self, which):
        fn = self.filename
        if is_ascii(fn):
            return '"%s"' % fn
        return '"%s"' % ' '.join(encoded_words(fn, self.fn_charset, 'B'))

    def body(self):
        d = self.data
        if self.cte == 'base64':
            return b64(d)
        if self.cte == 'quoted-printable':
            return qp(d)
        if self.cte == '7bit':
            if any(c > 127 for c in d):
                raise ValueError('7bit part with 8-bit data')
        s = crlf_bytes(d).decode('latin-1')
        for ln in s.split(CRLF):
            if len(ln.encode('latin-1')) > 998:
                raise ValueError('line too long')
        return s

    def render(self):
        return CRLF.join(self.headers()) + CRLF + CRLF + self.body()


class Multi:
    def __init__(self, subtype, parts, boundary=None, preamble=None, ctype_params=None):
        self.subtype = subtype
        self.parts = parts
        self._boundary = boundary
        self.preamble = preamble
        self.ctype_params = ctype_params or []

    @property
    def boundary(self):
        if not self._boundary:
            inner = ''.join(p.render() for p in self.parts)
            self._boundary = '----=_Part_' + h(self.subtype + inner, 24)
        return self._boundary

    def headers(self):
        p = 'multipart/%s;' % self.subtype
        for k, v in self.ctype_params:
            p += CRLF + '\t%s=%s;' % (k, v)
        p += CRLF + '\tboundary="%s"' % self.boundary
        return ['Content-Type: ' + p]

    def body(self):
        out = []
        if self.preamble:
            out.append(self.preamble + CRLF)
        for part in self.parts:
            out.append(CRLF + '--' + self.boundary + CRLF if out else '--' + self.boundary + CRLF)
            out.append(part.render())
        out.append(CRLF + '--' + self.boundary + '--' + CRLF)
        return ''.join(out)

    def render(self):
        return CRLF.join(self.headers()) + CRLF + CRLF + self.body()


# ---------------------------------------------------------------- convenience constructors

def text(body, charset='utf-8', cte='quoted-printable', subtype='plain', flowed=False, delsp=False,
         quote_cs=True, lang=None):
    body = fit(body, charset)
    data = body.encode(charset)
    ps = []
    ps.append(('charset', '"%s"' % charset if quote_cs else charset))
    if flowed:
        ps.append(('format', 'flowed'))
        if delsp:
            ps.append(('delsp', 'yes'))
    extra = []
    if lang:
        extra.append('Content-Language: ' + lang)
    return Leaf('text/' + subtype, data, cte, ps, text=body, charset=charset, extra=extra)


def html(body, charset='utf-8', cte='quoted-printable', quote_cs=True):
    return text(body, charset, cte, 'html', quote_cs=quote_cs)


def attach(data, ctype, filename, cte='base64', inline=False, cid=None, fn_style='2047', fn_charset='utf-8',
           disposition=True, size=False):
    disp = None
    if disposition:
        disp = ('inline' if inline else 'attachment')
        if size:
            disp += '; size=%d' % len(data)
    return Leaf(ctype, data, cte, disposition=disp, filename=filename, cid=cid, fn_style=fn_style,
                fn_charset=fn_charset)


def message_rfc822(raw_bytes, filename=None):
    lf = Leaf('message/rfc822', raw_bytes, '7bit' if all(c < 128 for c in raw_bytes) else '8bit',
              disposition='attachment' if filename else None, filename=filename)
    return lf


def alt(*parts, boundary=None):
    return Multi('alternative', list(parts), boundary)


def mixed(*parts, boundary=None, preamble=None):
    return Multi('mixed', list(parts), boundary, preamble)


def related(*parts, boundary=None, rtype='text/html'):
    return Multi('related', list(parts), boundary, ctype_params=[('type', '"%s"' % rtype)])


# ---------------------------------------------------------------- whole message

class Email:
    def __init__(self, trace, headers, body, mime_version_first=False):
        self.trace = trace      # list of already-formatted header lines (Return-Path, Received ...)
        self.headers = headers  # list of (name, value) with value ASCII (already encoded) or pre-folded
        self.body = body

    def render(self):
        lines = list(self.trace)
        for n, v in self.headers:
            lines.append(fold(n, v))
        if not any(n.lower() == 'mime-version' for n, _ in self.headers):
            lines.append('MIME-Version: 1.0')
        lines.extend(self.body.headers())
        out = CRLF.join(lines) + CRLF + CRLF + self.body.body()
        raw = out.encode('latin-1')
        for n, v in self.headers:
            v.encode('ascii')  # header values must be ASCII after encoding
        return raw


def describe(part, depth=0):
    """Structure string for the manifest."""
    if isinstance(part, Multi):
        return 'multipart/%s [%s]' % (part.subtype, ', '.join(describe(p, depth + 1) for p in part.parts))
    s = part.ctype
    if part.filename:
        s += ' "%s"' % part.filename
    elif part.cid:
        s += ' (inline cid)'
    return s


def text_parts(part):
    """Body text parts (not attachments)."""
    if isinstance(part, Multi):
        out = []
        for p in part.parts:
            out.extend(text_parts(p))
        return out
    if part.ctype.startswith('text/') and not part.filename:
        return [part]
    return []
