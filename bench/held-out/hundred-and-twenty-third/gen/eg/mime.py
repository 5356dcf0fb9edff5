"""MIME assembly with explicit control over charsets, transfer encodings,
header encoding and boundaries (the stdlib generator is only used for checks)."""
import base64
import quopri
import re
import urllib.parse

PYCODEC = {'us-ascii': 'ascii', 'utf-8': 'utf-8', 'iso-8859-1': 'latin-1', 'iso-8859-15': 'iso8859-15',
           'windows-1252': 'cp1252', 'windows-1250': 'cp1250', 'windows-1251': 'cp1251',
           'windows-1253': 'cp1253', 'koi8-r': 'koi8-r', 'iso-8859-7': 'iso8859-7', 'iso-8859-2': 'iso8859-2',
           'iso-8859-5': 'iso8859-5'}


def codec(cs):
    return PYCODEC[cs.lower()]


def b64lines(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width)) + '\n'


def qp(data):
    """Quoted-printable of bytes with LF line ends."""
    out = quopri.encodestring(data).decode('ascii')
    if not out.endswith('\n'):
        out += '\n'
    return out


def flowed(text, width=72):
    """format=flowed wrapping (RFC 3676): soft breaks keep a trailing space."""
    out = []
    for line in text.split('\n'):
        if line.startswith('>') or len(line) <= width:
            out.append(line.rstrip(' ') if not line.startswith('-- ') else line)
            continue
        words = line.split(' ')
        cur = ''
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    return '\n'.join(out)


# ---------------------------------------------------------------- RFC 2047

_QSAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _qword(b):
    out = ''
    for c in b:
        if c == 0x20:
            out += '_'
        elif c in _QSAFE:
            out += chr(c)
        else:
            out += '=%02X' % c
    return out


def ew(text, charset='utf-8', enc='B', fold='\n '):
    """Encode a header text as one or more encoded words (each <= 75 chars)."""
    if all(ord(c) < 127 for c in text) and enc != 'force':
        return text
    cs = charset
    prefix = '=?%s?%s?' % (cs, enc)

    def fits(chunk):
        b = chunk.encode(codec(cs))
        body = base64.b64encode(b).decode() if enc == 'B' else _qword(b)
        return len(prefix) + len(body) + 2 <= 75
    words = []
    rest = text
    while rest:
        n = 1
        while n < len(rest) and fits(rest[:n + 1]):
            n += 1
        if n < len(rest):
            sp = rest.rfind(' ', 0, n)
            if sp > 0:
                n = sp + 1
        words.append(rest[:n])
        rest = rest[n:]
    res = []
    for w in words:
        b = w.encode(codec(cs))
        body = base64.b64encode(b).decode() if enc == 'B' else _qword(b)
        res.append(prefix + body + '?=')
    return fold.join(res)


def rfc2231(name, value, charset='UTF-8'):
    if all(ord(c) < 127 for c in value):
        return '%s="%s"' % (name, value)
    return "%s*=%s''%s" % (name, charset, urllib.parse.quote(value.encode(codec(charset)), safe=''))


def addr(name, email, charset='utf-8', enc='B', quote=False):
    if not name:
        return '<%s>' % email if quote == 'angle' else email
    if all(ord(c) < 127 for c in name):
        if quote or re.search(r'[,.;:@()\[\]<>"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, charset, enc), email)


def fold(name, value, cont=' ', limit=78):
    """Fold a header at spaces; values that already contain folds are kept."""
    line = '%s: %s' % (name, value)
    if '\n' in value or len(line) <= limit:
        return line
    parts = value.split(' ')
    lines = []
    cur = name + ':'
    first = True
    for p in parts:
        if not first and len(cur) + 1 + len(p) > limit:
            lines.append(cur)
            cur = cont + p
        else:
            cur = cur + ' ' + p
        first = False
    lines.append(cur)
    return '\n'.join(lines)


# ---------------------------------------------------------------- parts

class Leaf:
    def __init__(self, ctype, data, cte, headers, kind='attach', text=None, charset=None, filename=None, note=None):
        self.ctype = ctype
        self.data = data          # raw (decoded) bytes
        self.cte = cte
        self.headers = headers    # list of (name, value) excluding nothing
        self.kind = kind          # 'text' | 'attach' | 'inline' | 'message'
        self.text = text
        self.charset = charset
        self.filename = filename
        self.note = note

    def encoded_body(self):
        if self.cte == 'base64':
            return b64lines(self.data)
        if self.cte == 'quoted-printable':
            return qp(self.data)
        s = self.data.decode('latin-1')
        if self.cte == '7bit' and any(ord(c) > 126 for c in s):
            raise ValueError('7bit body with 8-bit data')
        if not s.endswith('\n'):
            s += '\n'
        return s

    def render(self, assign):
        out = '\n'.join(fold(n, v) for n, v in self.headers) + '\n\n'
        return out + self.encoded_body()


class Multi:
    def __init__(self, subtype, parts, preamble=None, params='', boundary=None):
        self.subtype = subtype
        self.parts = parts
        self.preamble = preamble
        self.params = params
        self.boundary = boundary
        self.extra = []

    def ctype_value(self):
        p = self.params.strip().strip(';').strip()
        if p:
            return 'multipart/%s; %s; boundary="%s"' % (self.subtype, p, self.boundary)
        return 'multipart/%s; boundary="%s"' % (self.subtype, self.boundary)

    def render(self, assign):
        out = ''
        if self.preamble is not None:
            out += self.preamble + '\n\n'
        for p in self.parts:
            out += '--%s\n' % self.boundary
            if isinstance(p, Multi):
                out += fold('Content-Type', p.ctype_value().replace('; boundary', ';\n\tboundary') if len(p.ctype_value()) > 60 else p.ctype_value()) + '\n'
                for n, v in p.extra:
                    out += fold(n, v) + '\n'
                out += '\n' + p.render(assign)
            else:
                out += p.render(assign)
            if not out.endswith('\n'):
                out += '\n'
            out += '\n'
        out = out[:-1]
        out += '\n--%s--\n' % self.boundary
        return out

    def walk(self):
        yield self
        for p in self.parts:
            if isinstance(p, Multi):
                yield from p.walk()
            else:
                yield p


def walk(node):
    if isinstance(node, Multi):
        yield from node.walk()
    else:
        yield node


def text_leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', params='', quote_cs=True,
              extra=None, cs_upper=False):
    text = text.replace('\r\n', '\n')
    data = text.encode(codec(charset))
    if cte == '7bit' and any(b > 126 for b in data):
        raise ValueError('7bit text part with 8-bit data')
    csname = charset.upper() if cs_upper else charset
    ct = 'text/%s; charset=%s%s' % (subtype, ('"%s"' % csname) if quote_cs else csname, params)
    headers = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if extra:
        headers += extra
    return Leaf('text/' + subtype, data, cte, headers, kind='text', text=text, charset=charset)


def attachment(data, ctype, filename, style='outlook', inline=False, cid=None, when=None, name_enc='B',
               name_cs='utf-8', note=None, extra=None, cte='base64'):
    """Attachment headers the way different clients write them."""
    disp = 'inline' if inline else 'attachment'
    fn = filename
    if style == 'outlook':
        fnq = ew(fn, name_cs, name_enc, fold='\n\t') if any(ord(c) > 126 for c in fn) else fn
        h = [('Content-Type', '%s; name="%s"' % (ctype, fnq)), ('Content-Description', fnq)]
        d = '%s; filename="%s"; size=%d' % (disp, fnq, len(data))
        if when is not None:
            from .dates import rfc_pad
            ts = rfc_pad(when.astimezone(__import__('datetime').timezone.utc)).replace('+0000', 'GMT')
            d += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (ts, ts)
        h.append(('Content-Disposition', d))
        if cid:
            h.append(('Content-ID', '<%s>' % cid))
        h.append(('Content-Transfer-Encoding', cte))
    elif style == 'gmail':
        fnq = ew(fn, 'UTF-8', 'B') if any(ord(c) > 126 for c in fn) else fn
        h = [('Content-Type', '%s; name="%s"' % (ctype, fnq)),
             ('Content-Disposition', '%s; filename="%s"' % (disp, fnq)),
             ('Content-Transfer-Encoding', cte)]
        if cid:
            h.append(('Content-ID', '<%s>' % cid))
            h.append(('X-Attachment-Id', cid))
    elif style == 'thunderbird':
        if any(ord(c) > 126 for c in fn):
            h = [('Content-Type', '%s; name*=UTF-8\'\'%s' % (ctype, urllib.parse.quote(fn.encode()))),
                 ('Content-Disposition', '%s; filename*=UTF-8\'\'%s' % (disp, urllib.parse.quote(fn.encode())))]
        else:
            h = [('Content-Type', '%s; name="%s"' % (ctype, fn)),
                 ('Content-Disposition', '%s; filename="%s"' % (disp, fn))]
        h.append(('Content-Transfer-Encoding', cte))
        if cid:
            h.append(('Content-ID', '<%s>' % cid))
    elif style == 'plain':   # many web apps / PHPMailer / bulk
        fnq = ew(fn, 'utf-8', 'B') if any(ord(c) > 126 for c in fn) else fn
        h = [('Content-Type', '%s; name="%s"' % (ctype, fnq)), ('Content-Transfer-Encoding', cte)]
        if cid:
            h.append(('Content-ID', '<%s>' % cid))
        h.append(('Content-Disposition', '%s; filename="%s"' % (disp, fnq)))
    elif style == 'apple':
        h = [('Content-Type', '%s;\n\tname="%s"' % (ctype, fn)),
             ('Content-Disposition', '%s;\n\tfilename="%s"' % (disp, fn)), ('Content-Transfer-Encoding', cte)]
        if cid:
            h.append(('Content-Id', '<%s>' % cid))
    else:
        raise ValueError(style)
    if extra:
        h += extra
    return Leaf(ctype, data, cte, h, kind='inline' if inline else 'attach', filename=filename, note=note)


def message_leaf(raw_bytes, style='outlook', filename=None):
    h = [('Content-Type', 'message/rfc822' + ('; name="%s"' % filename if filename else ''))]
    if filename:
        h.append(('Content-Disposition', 'attachment; filename="%s"' % filename))
    lf = Leaf('message/rfc822', raw_bytes, '7bit', h, kind='message', filename=filename)
    lf.cte = '7bit'
    return lf
