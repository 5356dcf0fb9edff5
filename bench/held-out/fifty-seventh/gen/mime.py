"""Hand-rolled MIME serialiser: full control over charsets, transfer
encodings, boundaries and RFC 2047 / RFC 2231 parameter encoding."""
import base64
import binascii
import re
import textwrap
import urllib.parse


# --- RFC 2047 -------------------------------------------------------------------
def _q_encode(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif 33 <= c <= 126 and ch not in '=?_"(),.:;<>@[\\]':
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def ew(text, charset='utf-8', enc='B', label=None, single=False):
    """Encode a header text as RFC 2047 encoded-words (folded) if non-ASCII."""
    if all(ord(c) < 128 for c in text):
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset, label = 'utf-8', 'utf-8'
    label = label or charset
    words, cur = [], ''
    overhead = len(label) + 7

    def enc_len(s):
        b = s.encode(charset)
        return len(base64.b64encode(b)) if enc == 'B' else len(_q_encode(b))
    for ch in text:
        if cur and not single and enc_len(cur + ch) + overhead > 75:
            words.append(cur)
            cur = ''
        cur += ch
    if cur:
        words.append(cur)
    res = []
    for w in words:
        b = w.encode(charset)
        data = base64.b64encode(b).decode() if enc == 'B' else _q_encode(b)
        res.append(f'=?{label}?{enc}?{data}?=')
    return '\n '.join(res)


def addr(name, email, charset='utf-8', enc='B', label=None, quote_ascii=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if quote_ascii or re.search(r'[(),.:;<>@\[\]"\\]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return f'{name} <{email}>'
    return f'{ew(name, charset, enc, label, single=True)} <{email}>'


def addrs(lst, **kw):
    return ',\n\t'.join(addr(n, e, **kw) for n, e in lst)


# --- parts ------------------------------------------------------------------------
class Text:
    def __init__(self, text, subtype='plain', charset='utf-8', cte='quoted-printable',
                 label=None, wrap=None, ctparams='', headers=None, disp=None):
        self.text = text.strip('\n') + '\n'
        self.subtype = subtype
        self.charset = charset
        self.label = label or charset
        self.cte = cte
        self.wrap = wrap
        self.ctparams = ctparams
        self.headers = headers or []
        self.disp = disp
        if wrap is None:
            self.wrap = subtype == 'plain' and cte in ('7bit', '8bit')
        if self.wrap:
            self.text = wrap_text(self.text, 76 if self.wrap is True else self.wrap)

    @property
    def ctype(self):
        return 'text/' + self.subtype


class Bin:
    def __init__(self, data, ctype, filename=None, cte='base64', disp='attachment',
                 cid=None, fn_style='plain', fn_charset='utf-8', name_param=True,
                 headers=None, desc=None):
        self.data = data
        self.ctype = ctype
        self.filename = filename
        self.cte = cte
        self.disp = disp
        self.cid = cid
        self.fn_style = fn_style
        self.fn_charset = fn_charset
        self.name_param = name_param
        self.headers = headers or []
        self.desc = desc


class Multi:
    def __init__(self, subtype, parts, boundary, ctparams='', preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.ctparams = ctparams
        self.preamble = preamble

    @property
    def ctype(self):
        return 'multipart/' + self.subtype


_IBAN_FMT = re.compile(r'\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?\b')


def wrap_text(text, width=76):
    text = _IBAN_FMT.sub(lambda m: m.group(0).replace(' ', '\x00'), text)
    out = []
    for line in text.split('\n'):
        if len(line) <= width or line.startswith(('>', '  ')) or '://' in line:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False,
                                     break_on_hyphens=False) or [''])
    return '\n'.join(out).replace('\x00', ' ')


def encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        enc = binascii.b2a_qp(data, istext=True)
        # protect lines starting with "From " and lone dots
        enc = re.sub(rb'(?m)^From ', b'=46rom ', enc)
        if not enc.endswith(b'\n'):
            enc += b'=\n'
        return enc
    if cte in ('7bit', '8bit'):
        if cte == '7bit':
            data.decode('ascii')
        for line in data.split(b'\n'):
            if len(line) > 990:
                raise ValueError('line too long for %s' % cte)
        return data if data.endswith(b'\n') else data + b'\n'
    raise ValueError(cte)


def _param(name, value, style, charset):
    if all(ord(c) < 128 for c in value) and style != 'force2231':
        return f'{name}="{value}"'
    if style == 'ew':
        return f'{name}="{ew(value, charset, "B")}"'
    q = urllib.parse.quote(value.encode(charset), safe='')
    return f"{name}*={charset}''{q}"


def render(part):
    """Return bytes of a part (headers + blank line + body)."""
    h = []
    if isinstance(part, Multi):
        h.append(f'Content-Type: {part.ctype};\n\tboundary="{part.boundary}"{part.ctparams}')
        body = bytearray()
        if part.preamble:
            body += part.preamble.encode() + b'\n\n'
        for p in part.parts:
            body += b'--' + part.boundary.encode() + b'\n' + render(p) + b'\n'
        body += b'--' + part.boundary.encode() + b'--\n'
        h += part_extra(part)
        return ('\n'.join(h) + '\n\n').encode() + bytes(body)
    if isinstance(part, Text):
        h.append(f'Content-Type: {part.ctype}; charset="{part.label}"{part.ctparams}')
        h.append(f'Content-Transfer-Encoding: {part.cte}')
        if part.disp:
            h.append(f'Content-Disposition: {part.disp}')
        h += part.headers
        data = part.text.encode(part.charset)
        return ('\n'.join(h) + '\n\n').encode() + encode_body(data, part.cte)
    # Bin
    ct = part.ctype
    if part.filename and part.name_param:
        ct += ';\n\t' + _param('name', part.filename, part.fn_style, part.fn_charset)
    h.append('Content-Type: ' + ct)
    if part.desc:
        h.append('Content-Description: ' + ew(part.desc, part.fn_charset, 'B'))
    if part.disp:
        d = part.disp
        if part.filename:
            d += ';\n\t' + _param('filename', part.filename, part.fn_style, part.fn_charset)
        h.append('Content-Disposition: ' + d)
    if part.cid:
        h.append(f'Content-ID: <{part.cid}>')
    h.append(f'Content-Transfer-Encoding: {part.cte}')
    h += part.headers
    return ('\n'.join(h) + '\n\n').encode() + encode_body(part.data, part.cte)


def part_extra(part):
    return []


def render_message(headers, body):
    out = []
    for name, value in headers:
        if value is None:
            continue
        out.append(f'{name}: {value}')
    head = '\n'.join(out) + '\n'
    head.encode('ascii')
    return head.encode() + b'MIME-Version: 1.0\n' + render(body)


def describe(part, depth=0):
    """Short structure description for the manifest."""
    if isinstance(part, Multi):
        return f'{part.ctype} [' + ', '.join(describe(p, depth + 1) for p in part.parts) + ']'
    if isinstance(part, Text):
        s = part.ctype
        if part.disp and 'attachment' in part.disp:
            s += ' (attached)'
        return s
    s = part.ctype.split(';')[0]
    if part.filename:
        s += f' "{part.filename}"'
    elif part.cid:
        s += ' (inline)'
    return s


def text_parts(part):
    if isinstance(part, Multi):
        for p in part.parts:
            yield from text_parts(p)
    elif isinstance(part, Text):
        yield part


def attachments(part):
    if isinstance(part, Multi):
        for p in part.parts:
            yield from attachments(p)
    elif isinstance(part, Bin):
        yield part
