"""Hand-rolled RFC 5322 / MIME writer with exact control over charsets,
transfer encodings, encoded words and boundaries."""
import base64
import binascii
import email.utils
import urllib.parse

CRLF = b'\r\n'


# ------------------------------------------------------------ headers ----
def ew(text, charset='utf-8', enc='B'):
    """RFC 2047 encoded word(s), each <= 75 chars, split on character
    boundaries; multiple words are separated by CRLF SP."""
    if text is None:
        return ''
    words, cur = [], ''
    prefix = '=?%s?%s?' % (charset, enc)
    limit = 75 - len(prefix) - 2

    def encode(s):
        b = s.encode(charset)
        if enc.upper() == 'B':
            return base64.b64encode(b).decode()
        out = ''
        for byte in b:
            c = chr(byte)
            if c == ' ':
                out += '_'
            elif c.isalnum() and byte < 128:
                out += c
            elif c in '!*+-/' and byte < 128:
                out += c
            else:
                out += '=%02X' % byte
        return out
    for ch in text:
        if len(encode(cur + ch)) > limit:
            cut = cur.rfind(' ')
            if cut > len(cur) // 3:
                # break after a space so that parsers which keep the folding
                # whitespace between encoded words do not split a word
                words.append(cur[:cut + 1])
                cur = cur[cut + 1:] + ch
            else:
                words.append(cur)
                cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return '\r\n '.join(prefix + encode(w) + '?=' for w in words)


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def hv(text, charset='utf-8', enc='Q'):
    """Header value: ASCII as is, otherwise encoded words."""
    return text if is_ascii(text) else ew(text, charset, enc)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email_addr, charset='utf-8', enc='B', quote=None):
    if not name:
        return '<%s>' % email_addr if quote == 'angle' else email_addr
    if is_ascii(name):
        if quote or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email_addr)
        return '%s <%s>' % (name, email_addr)
    return '%s <%s>' % (ew(name, charset, enc), email_addr)


def fold(name, value):
    """Fold a header at spaces to keep lines <= 78 chars where possible.
    Values that already contain CRLF are taken as pre-folded."""
    line = '%s: %s' % (name, value)
    if '\r\n' in value or len(line) <= 78:
        return line
    out, cur = [], ''
    for i, tok in enumerate(line.split(' ')):
        if cur and i > 1 and len(cur) + 1 + len(tok) > 76:
            out.append(cur)
            cur = '\t' + tok if name.lower() == 'received' else ' ' + tok
        else:
            cur = (cur + ' ' + tok) if cur else tok
    out.append(cur)
    return '\r\n'.join(out)


def date(dt):
    return email.utils.format_datetime(dt)


# --------------------------------------------------------------- body ----
def _crlf(b):
    return b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


def encode_body(raw, cte):
    """raw: bytes with LF line ends (text) or binary (base64)."""
    cte = cte.lower()
    if cte == '7bit':
        raw.decode('ascii')
        return _crlf(raw)
    if cte == '8bit':
        return _crlf(raw)
    if cte == 'quoted-printable':
        q = binascii.b2a_qp(raw.replace(b'\r\n', b'\n'), quotetabs=False, istext=True, header=False)
        return _crlf(q)
    if cte == 'base64':
        return _crlf(base64.encodebytes(raw))
    raise ValueError(cte)


class Part:
    def __init__(self, ctype, params=None, cte=None, body=b'', children=None,
                 extra=None, disposition=None, charset=None, text=None, filename=None):
        self.ctype, self.params, self.cte = ctype, params or [], cte
        self.body, self.children, self.extra = body, children, extra or []
        self.disposition, self.charset, self.text, self.filename = disposition, charset, text, filename
        self.boundary = None

    def headers(self):
        h = []
        ct = self.ctype
        for k, v in self.params:
            ct += ';\r\n\t%s=%s' % (k, v) if len(ct) > 40 else '; %s=%s' % (k, v)
        if self.children is not None:
            ct += ';\r\n\tboundary="%s"' % self.boundary
        h.append('Content-Type: ' + ct)
        if self.cte:
            h.append('Content-Transfer-Encoding: ' + self.cte)
        if self.disposition:
            h.append('Content-Disposition: ' + self.disposition)
        for k, v in self.extra:
            h.append(fold(k, v))
        return h

    def render(self):
        out = b''
        if self.children is None:
            return self.body
        parts = []
        for c in self.children:
            parts.append('\r\n'.join(c.headers()).encode('ascii') + CRLF + CRLF + c.render())
        b = self.boundary.encode('ascii')
        pre = self.preamble.encode('ascii') + CRLF if getattr(self, 'preamble', None) else b''
        out = pre
        for p in parts:
            out += CRLF + b'--' + b + CRLF + p if out else b'--' + b + CRLF + p
        out += CRLF + b'--' + b + b'--' + CRLF
        return out

    def walk(self):
        yield self
        for c in self.children or []:
            yield from c.walk()


def text(s, charset='utf-8', cte='quoted-printable', sub='plain', label=None, params=None,
         disposition=None, extra=None):
    raw = s.encode(charset)
    if cte.lower() == 'base64':
        raw = raw.replace(b'\n', b'\r\n')
    p = [('charset', label if label else '"%s"' % charset)] + list(params or [])
    return Part('text/' + sub, p, cte, encode_body(raw, cte), charset=charset, text=s,
                disposition=disposition, extra=extra)


def html(s, charset='utf-8', cte='quoted-printable', label=None, **kw):
    return text(s, charset, cte, 'html', label, **kw)


def _fname_params(filename, style, charset='utf-8'):
    if is_ascii(filename):
        return '"%s"' % filename, None
    if style == 'ew':
        return '"%s"' % ew(filename, charset, 'B').replace('\r\n ', ' '), None
    return None, "%s''%s" % (charset, urllib.parse.quote(filename.encode(charset), safe=''))


def att(data, ctype, filename, cte='base64', inline=False, cid=None, style='rfc2231',
        charset='utf-8', size_param=False, extra=None, text_charset=None, note=None):
    if isinstance(data, str):
        data = data.encode(text_charset or 'utf-8')
    q, star = _fname_params(filename, style, charset)
    params = []
    if text_charset:
        params.append(('charset', '"%s"' % text_charset))
    if q:
        params.append(('name', q))
    else:
        params.append(('name*', star))
    disp = 'inline' if inline else 'attachment'
    disp += ';\r\n\tfilename=%s' % q if q else ";\r\n\tfilename*=%s" % star
    if size_param:
        disp += '; size=%d' % len(data)
    ex = list(extra or [])
    if cid:
        ex.append(('Content-ID', '<%s>' % cid))
    body = encode_body(data, cte) if cte.lower() == 'base64' else encode_body(data, cte)
    p = Part(ctype, params, cte, body, disposition=disp, extra=ex, filename=filename,
             charset=text_charset, text=data.decode(text_charset) if text_charset else None)
    p.note = note
    return p


def multi(sub, children, boundary=None, preamble=None):
    p = Part('multipart/' + sub, children=children)
    p.boundary = boundary
    p.preamble = preamble
    return p


def build(trace, headers, body):
    """trace: list of pre-formatted header lines (Return-Path, Received ...);
    headers: list of (name, value); body: Part."""
    lines = list(trace)
    for k, v in headers:
        if v is None:
            continue
        lines.append(fold(k, v))
    lines += body.headers()
    head = '\r\n'.join(lines)
    head.encode('ascii')
    return head.encode('ascii') + CRLF + CRLF + body.render()
