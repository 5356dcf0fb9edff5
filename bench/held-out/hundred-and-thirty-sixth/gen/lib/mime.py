"""Hand-rolled MIME serialisation, so that each sender's habits (charsets,
transfer encodings, boundary styles, header order) can be reproduced."""
import base64
import re

SPECIALS = set('()<>[]:;@\\,."')


# ------------------------------------------------------------ header encoding

def _qword_encode(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif 33 <= c <= 126 and ch not in '=?_"(),.:;<>@[\\]':
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return out


def encode_words(text, charset='utf-8', enc='B', maxlen=75):
    """Encode text as RFC 2047 encoded-words, splitting on character boundaries."""
    prefix = '=?%s?%s?' % (charset, enc)
    words = []
    cur = ''
    for ch in text:
        cand = cur + ch
        b = cand.encode(charset)
        if enc == 'B':
            ln = len(prefix) + 4 * ((len(b) + 2) // 3) + 2
        else:
            ln = len(prefix) + len(''.join(_qword_encode(b))) + 2
        if ln > maxlen and cur:
            sp = cur.rfind(' ')
            if 0 < sp < len(cur) - 1 and len(cur) - sp < 20:
                words.append(cur[:sp + 1])
                cur = cur[sp + 1:] + ch
            else:
                words.append(cur)
                cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    res = []
    for w in words:
        b = w.encode(charset)
        if enc == 'B':
            res.append(prefix + base64.b64encode(b).decode() + '?=')
        else:
            res.append(prefix + ''.join(_qword_encode(b)) + '?=')
    return '\n '.join(res)


def needs_encoding(s):
    try:
        s.encode('ascii')
        return False
    except UnicodeEncodeError:
        return True


def hdr_text(s, charset='utf-8', enc='B'):
    if not needs_encoding(s):
        return s
    return encode_words(s, charset, enc)


def hdr_text_mixed(s, charset='utf-8', enc='Q'):
    """Outlook/Thunderbird style: keep leading ASCII words plain, encode the rest."""
    if not needs_encoding(s):
        return s
    words = s.split(' ')
    i = 0
    while i < len(words) and not needs_encoding(words[i]):
        i += 1
    head = ' '.join(words[:i])
    tail = ' '.join(words[i:])
    enc_tail = encode_words(tail, charset, enc)
    return (head + ' ' + enc_tail) if head else enc_tail


def addr(name, email, charset='utf-8', enc='B', quote_always=False):
    if not name:
        return email if not quote_always else '<%s>' % email
    if needs_encoding(name):
        return '%s <%s>' % (encode_words(name, charset, enc), email)
    if quote_always or any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


def addr_list(items, charset='utf-8', enc='B', quote_always=False, sep=', '):
    return sep.join(addr(n, e, charset, enc, quote_always) for n, e in items)


def fold(name, value, width=78):
    """Fold a header at whitespace. Existing '\n' in value are kept as folds."""
    lines = []
    for seg_i, seg in enumerate(value.split('\n')):
        first = seg_i == 0
        cur = (name + ': ' if first else '') + (seg if first else seg)
        if len(cur) <= width or ' ' not in cur.strip():
            lines.append(cur)
            continue
        # soft fold at spaces
        tokens = re.split(r'(?<=[ ])', cur)
        if first and len(tokens) > 1:
            tokens = [tokens[0] + tokens[1]] + tokens[2:]
        line = ''
        for t in tokens:
            if line and len(line) + len(t.rstrip()) > width:
                lines.append(line.rstrip())
                line = ' ' + t
            else:
                line += t
        lines.append(line.rstrip())
    return '\n'.join(lines)


# ------------------------------------------------------------ body encodings

def qp(data, maxline=76):
    """Quoted-printable encode bytes (text, lines split on \n)."""
    out_lines = []
    text = data.replace(b'\r\n', b'\n')
    for line in text.split(b'\n'):
        enc = []
        for i, c in enumerate(line):
            last = i == len(line) - 1
            if c in (9, 32) and last:
                enc.append('=%02X' % c)
            elif (33 <= c <= 126 and c != 61) or c in (9, 32):
                enc.append(chr(c))
            else:
                enc.append('=%02X' % c)
        cur = ''
        for tok in enc:
            if len(cur) + len(tok) > maxline - 1:
                out_lines.append(cur + '=')
                cur = tok
            else:
                cur += tok
        out_lines.append(cur)
    return '\n'.join(out_lines)


def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width))


# ------------------------------------------------------------ parts

class Part:
    """A MIME entity. For leaves `data` is bytes (already in final charset)."""

    def __init__(self, ctype, data=None, charset=None, cte=None, parts=None, params=None,
                 filename=None, disposition=None, cid=None, boundary=None, headers=None,
                 fname_style='plain', b64width=76, preamble=None, extra_params=None, text=None):
        self.ctype = ctype
        self.data = data
        self.charset = charset
        self.cte = cte
        self.parts = parts or []
        self.params = params or []
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.boundary = boundary
        self.headers = headers  # None -> default ordering; else list of names/tuples
        self.fname_style = fname_style
        self.b64width = b64width
        self.preamble = preamble
        self.extra = extra_params or []
        self.text = text  # original unicode text for bookkeeping

    # -- helpers -----------------------------------------------------------
    def _fname_param(self, key):
        fn = self.filename
        if not needs_encoding(fn):
            return '%s="%s"' % (key, fn)
        if self.fname_style == 'rfc2231':
            from urllib.parse import quote
            return "%s*=utf-8''%s" % (key, quote(fn.encode('utf-8'), safe=''))
        cs = 'utf-8'
        enc = 'B'
        if isinstance(self.fname_style, tuple):
            cs, enc = self.fname_style
        return '%s="%s"' % (key, encode_words(fn, cs, enc, maxlen=10000))

    def content_headers(self):
        h = []
        ct = self.ctype
        ps = []
        if self.parts:
            ps.append('boundary="%s"' % self.boundary)
        if self.charset:
            ps.append('charset="%s"' % self.charset if self.charset_quoted else 'charset=%s' % self.charset)
        ps.extend(self.params)
        if self.filename and self.disposition != 'inline-noname':
            ps.append(self._fname_param('name'))
        ps.extend(self.extra)
        sep = '\n\t' if self.multiline_params else ' '
        h.append(('Content-Type', ct + ''.join(';' + sep + p for p in ps)))
        if self.cte and not self.parts:
            h.append(('Content-Transfer-Encoding', self.cte))
        if self.disposition and self.disposition != 'inline-noname':
            d = self.disposition
            if self.filename:
                d += ';' + ('\n\t' if self.multiline_params else ' ') + self._fname_param('filename')
            for p in getattr(self, 'disp_params', []):
                d += ';\n\t' + p
            h.append(('Content-Disposition', d))
        if self.cid:
            h.append(('Content-ID', '<%s>' % self.cid))
        return h

    charset_quoted = False
    multiline_params = False
    order = None  # list of header names for ordering
    extra_headers = ()

    def serialize(self):
        hs = self.content_headers() + list(self.extra_headers)
        if self.order:
            idx = {n.lower(): i for i, n in enumerate(self.order)}
            hs.sort(key=lambda kv: idx.get(kv[0].lower(), 99))
        out = '\n'.join(fold(k, v) for k, v in hs).encode('ascii') + b'\n\n'
        return out + self.body_bytes()

    def body_bytes(self):
        if self.parts:
            out = b''
            if self.preamble is not None:
                out += self.preamble.encode('ascii') + b'\n\n'
            for p in self.parts:
                out += b'--' + self.boundary.encode() + b'\n' + p.serialize() + b'\n'
            out += b'--' + self.boundary.encode() + b'--\n'
            return out
        d = self.data
        if self.cte == 'base64':
            return b64(d, self.b64width).encode('ascii') + b'\n'
        if self.cte == 'quoted-printable':
            return qp(d).encode('ascii') + (b'\n' if not d.endswith(b'\n') else b'')
        body = d.replace(b'\r\n', b'\n')
        return body if body.endswith(b'\n') else body + b'\n'

    def walk(self):
        yield self
        for p in self.parts:
            yield from p.walk()


def text(body, subtype='plain', charset='utf-8', cte='quoted-printable', **kw):
    data = body.encode(charset)
    p = Part('text/' + subtype, data=data, charset=charset, cte=cte, text=body, **kw)
    return p


def attachment(ctype, data, filename, cte='base64', disposition='attachment', **kw):
    return Part(ctype, data=data, cte=cte, filename=filename, disposition=disposition, **kw)


def multipart(subtype, parts, boundary, **kw):
    return Part('multipart/' + subtype, parts=parts, boundary=boundary, **kw)
