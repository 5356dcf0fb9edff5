"""Hand-rolled MIME serializer giving exact control over charsets, transfer
encodings, encoded-words and header layout."""
import base64
import binascii
import re

CODEC = {
    'utf-8': 'utf-8', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1',
    'iso-8859-15': 'iso8859_15', 'windows-1252': 'cp1252', 'iso-8859-2': 'iso8859_2',
    'windows-1250': 'cp1250', 'iso-8859-7': 'iso8859_7', 'windows-1253': 'cp1253',
    'koi8-r': 'koi8_r', 'windows-1251': 'cp1251',
}


def codec(label):
    return CODEC[label.lower()]


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


_QSAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _q(bs):
    return ''.join(chr(c) if c in _QSAFE else ('_' if c == 32 else '=%02X' % c) for c in bs)


def ew(s, label='utf-8', enc='Q', first=0):
    """RFC 2047 encoded words, each at most 75 chars, joined with folding."""
    cd = codec(label)
    pre = '=?%s?%s?' % (label, enc)
    words = []
    cur = b''

    def render(bs):
        body = _q(bs) if enc == 'Q' else base64.b64encode(bs).decode()
        return pre + body + '?='
    for ch in s:
        cb = ch.encode(cd)
        limit = 75 - (first if not words else 0)
        if cur and len(render(cur + cb)) > limit:
            words.append(render(cur))
            cur = b''
        cur += cb
    if cur or not words:
        words.append(render(cur))
    return '\n '.join(words)


def fold(name, value):
    """Fold a plain ASCII header at spaces (max ~78 chars per line)."""
    if '\n' in value or len(name) + 2 + len(value) <= 78:
        return value
    out = []
    line = ''
    width = 78 - len(name) - 2
    for word in value.split(' '):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
            width = 77
        else:
            line = (line + ' ' + word) if line else word
    out.append(line)
    return '\n '.join(out)


def text_header(name, value, label='utf-8', enc='Q'):
    if is_ascii(value):
        return fold(name, value)
    return ew(value, label, enc, first=len(name) + 2)


def addr(name, email, label='utf-8', enc='Q'):
    if not name:
        return email
    if is_ascii(name):
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, label, enc), email)


def addrlist(items, label='utf-8', enc='Q'):
    return ',\n '.join(addr(n, e, label, enc) for n, e in items)


# --- parts --------------------------------------------------------------------

class Text:
    def __init__(self, text, sub='plain', charset='utf-8', cte='quoted-printable',
                 quote=True, flowed=False, disp=None, extra=(), label=None, params=''):
        self.text, self.sub, self.charset, self.cte = text, sub, charset, cte
        self.params = params
        self.quote, self.flowed, self.disp, self.extra = quote, flowed, disp, list(extra)
        self.label = label or charset


class Bin:
    def __init__(self, data, ctype, filename=None, disp='attachment', cid=None,
                 fn_style='plain', fn_charset='utf-8', cte='base64', extra=(), size_param=False):
        self.data, self.ctype, self.filename, self.disp = data, ctype, filename, disp
        self.cid, self.fn_style, self.fn_charset, self.cte = cid, fn_style, fn_charset, cte
        self.extra, self.size_param = list(extra), size_param


class Multi:
    def __init__(self, sub, parts, params='', preamble=None):
        self.sub, self.parts, self.params, self.preamble = sub, parts, params, preamble


def encode_body(raw, cte):
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        out = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
        # a leading '.' or 'From ' is harmless here; keep as is
        return out if out.endswith(b'\n') else out + b'\n'
    if cte == '7bit':
        assert all(c < 128 for c in raw), 'non-ASCII in 7bit part'
    for ln in raw.split(b'\n'):
        assert len(ln) <= 998, 'line too long for %s' % cte
    return raw if raw.endswith(b'\n') else raw + b'\n'


def _param(key, value, style, charset):
    if is_ascii(value):
        return '%s="%s"' % (key, value)
    if style == 'rfc2231':
        from urllib.parse import quote
        return "%s*=%s''%s" % (key, charset, quote(value.encode(codec(charset)), safe=''))
    return '%s="%s"' % (key, ew(value, charset, 'Q' if style == 'ewq' else 'B').replace('\n ', ' '))


def flow(text, width=72):
    """RFC 3676 format=flowed encoding (soft breaks end with a space)."""
    out = []
    for line in text.split('\n'):
        if line.startswith((' ', '>', 'From ')):
            line = ' ' + line
        while len(line) > width and ' ' in line[:width]:
            cut = line.rfind(' ', 0, width)
            out.append(line[:cut + 1])
            line = line[cut + 1:]
            if line.startswith((' ', '>', 'From ')):
                line = ' ' + line
        out.append(line)
    return '\n'.join(out)


def unflow(text):
    res = []
    cur = None
    for line in text.split('\n'):
        if line.startswith(' '):
            line = line[1:]
        if cur is None:
            cur = line
        else:
            cur += line
        if not line.endswith(' ') or line == '-- ':
            res.append(cur)
            cur = None
    if cur is not None:
        res.append(cur)
    return '\n'.join(res)


def render(part, bgen):
    """Return (list of header lines, body bytes)."""
    if isinstance(part, Text):
        txt = part.text.replace('\r\n', '\n')
        if part.flowed:
            txt = flow(txt)
        raw = txt.encode(codec(part.charset))
        cs = ('charset="%s"' if part.quote else 'charset=%s') % part.label
        ct = 'text/%s; %s' % (part.sub, cs)
        if part.flowed:
            ct += '; format=flowed'
        if part.params:
            ct += '; ' + part.params
        h = ['Content-Type: ' + ct, 'Content-Transfer-Encoding: ' + part.cte]
        if part.disp:
            h.append('Content-Disposition: ' + part.disp)
        h += part.extra
        return h, encode_body(raw, part.cte)
    if isinstance(part, Bin):
        ct = part.ctype
        if part.filename:
            ct += ';\n\t' + _param('name', part.filename, part.fn_style, part.fn_charset)
        h = ['Content-Type: ' + ct]
        if part.disp:
            cd = part.disp
            if part.filename:
                cd += ';\n\t' + _param('filename', part.filename, part.fn_style, part.fn_charset)
            if part.size_param:
                cd += '; size=%d' % len(part.data)
            h.append('Content-Disposition: ' + cd)
        if part.cid:
            h.append('Content-ID: <%s>' % part.cid)
        h.append('Content-Transfer-Encoding: ' + part.cte)
        h += part.extra
        return h, encode_body(part.data, part.cte)
    # multipart
    b = bgen()
    body = b''
    if part.preamble:
        body += part.preamble.encode() + b'\n'
    for p in part.parts:
        ph, pb = render(p, bgen)
        body += b'\n--' + b.encode() + b'\n' + '\n'.join(ph).encode() + b'\n\n' + pb.rstrip(b'\n') + b'\n'
    body += b'\n--' + b.encode() + b'--\n'
    if not part.preamble:
        body = body[1:]
    ct = 'multipart/%s;\n\tboundary="%s"' % (part.sub, b)
    if part.params:
        ct += ';\n\t' + part.params
    return ['Content-Type: ' + ct], body


def walk_texts(part):
    if isinstance(part, Multi):
        for p in part.parts:
            yield from walk_texts(p)
    else:
        yield part


def describe(part, top=True):
    """Human description of the structure for the manifest."""
    if isinstance(part, Text):
        s = 'text/%s' % part.sub
        if part.disp and 'attachment' in part.disp:
            s += ' (attached)'
        return s
    if isinstance(part, Bin):
        s = part.ctype.split(';')[0]
        if part.filename:
            s += ' `%s`' % part.filename
        if part.disp == 'inline' or (part.cid and part.disp != 'attachment'):
            s += ' (inline)'
        return s
    return 'multipart/%s [%s]' % (part.sub, ', '.join(describe(p, False) for p in part.parts))
