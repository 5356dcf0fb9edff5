"""Raw MIME construction with explicit charsets and transfer encodings."""
import base64, quopri, re
from email.header import Header
from email.utils import quote
import infra

SUBST = {'\u2013': '-', '\u2014': '-', '\u201e': '"', '\u201c': '"', '\u201d': '"', '\u2019': "'", '\u2018': "'",
         '\u2026': '...', '\u00a0': ' ', '\u2116': 'N', '\u20ac': 'EUR', '\u00ab': '"', '\u00bb': '"', '\u2022': '-',
         '\u00b7': '-', '\u200b': ''}

def fit(text, cs):
    """Replace characters the charset cannot carry (as the sending client would)."""
    if cs in ('utf-8',):
        return text
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            rep = SUBST.get(ch)
            if rep is None:
                raise ValueError('char %r not in %s' % (ch, cs))
            out.append(rep)
    return ''.join(out)

class Part:
    def __init__(self, ctype, headers=None, body=b'', children=None, meta=None):
        self.ctype, self.headers, self.body = ctype, headers or [], body
        self.children, self.meta = children, meta or {}

def _encode(raw, cte):
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == '7bit':
        raw.decode('ascii')
    for line in raw.split(b'\n'):
        assert len(line) < 990, 'line too long for %s' % cte
    return raw if raw.endswith(b'\n') else raw + b'\n'

def text(s, sub='plain', cs='utf-8', cte='quoted-printable', flowed=False):
    s = fit(s, cs)
    if sub == 'html' and cs != 'utf-8':
        s = s.replace('\u20ac', '&euro;')
    raw = s.replace('\r\n', '\n').encode(cs)
    if not raw.endswith(b'\n'):
        raw += b'\n'
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if flowed:
        ct += '; format=flowed'
    return Part('text/' + sub, [('Content-Type', ct), ('Content-Transfer-Encoding', cte)], _encode(raw, cte),
                meta=dict(cs=cs, cte=cte, text=s))

def html(s, cs='utf-8', cte='quoted-printable'):
    return text(s, 'html', cs, cte)

def att(data, ctype, filename, inline=False, cid=None, cte='base64', name_cs=None):
    if all(ord(c) < 128 for c in filename):
        fn = quote(filename)
        cth = '%s; name="%s"' % (ctype, fn)
        cdh = '%s; filename="%s"' % ('inline' if inline else 'attachment', fn)
    else:
        enc = Header(filename, name_cs or 'utf-8').encode()
        from urllib.parse import quote as uq
        cth = '%s; name="%s"' % (ctype, enc)
        cdh = "%s; filename*=%s''%s" % ('inline' if inline else 'attachment', name_cs or 'utf-8',
                                         uq(filename.encode(name_cs or 'utf-8')))
    hs = [('Content-Type', cth), ('Content-Disposition', cdh), ('Content-Transfer-Encoding', cte)]
    if cid:
        hs.append(('Content-ID', '<%s>' % cid))
    if cte == 'base64':
        body = base64.encodebytes(data)
    else:
        body = _encode(data, cte)
    return Part(ctype, hs, body, meta=dict(filename=filename, size=len(data)))

def multi(sub, *parts, **kw):
    p = Part('multipart/' + sub, [], b'', list(parts))
    p.meta.update(kw)
    return p

def alt(plain, htm):
    return multi('alternative', plain, htm)

def boundary(r, style, depth=0):
    h = infra.hx
    if style == 'gmail':
        return '000000000000' + h(r, 16)
    if style == 'outlook':
        return '_%03d_%s_' % (depth * 4, infra.an(r, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
    if style == 'olk':
        return '----=_NextPart_%03d_%04X_01DB%s.%s' % (depth, r.randrange(65536), h(r, 4, True), h(r, 8, True))
    if style == 'tb':
        return '------------' + infra.an(r, 24)
    if style == 'roundcube':
        return '=_' + h(r, 32)
    if style == 'php':
        return 'b%d=_%s' % (depth + 1, infra.an(r, 43))
    if style == 'apple':
        return 'Apple-Mail=_' + infra.uuid(r).upper()
    if style in ('ox', 'generic'):
        return '----=_Part_%d_%d.%d' % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13))
    return '_----%s===_%s_%d' % (infra.an(r, 24), h(r, 4, True), depth)

def render(p, r, style, depth=0):
    """Returns (header_lines, body_bytes) for a part."""
    if p.children is not None:
        b = boundary(r, style, depth)
        ct = '%s;\n\tboundary="%s"' % (p.ctype, b)
        if p.meta.get('type'):
            ct = '%s;\n\ttype="%s";\n\tboundary="%s"' % (p.ctype, p.meta['type'], b)
        out = b''
        if depth == 0 and p.meta.get('preamble', True) and style in ('outlook', 'olk', 'php'):
            out += b'This is a multi-part message in MIME format.\n'
        for c in p.children:
            hs, body = render(c, r, style, depth + 1)
            out += b'\n--' + b.encode() + b'\n' + ''.join('%s: %s\n' % kv for kv in hs).encode() + b'\n' + body
        out += b'\n--' + b.encode() + b'--\n'
        return [('Content-Type', ct)], out.lstrip(b'\n') if not out.startswith(b'This') else out
    return p.headers, p.body

def _hcs(s, cs):
    try:
        fit(s, cs)
        return cs
    except ValueError:
        return 'utf-8'

def hdr_text(s, cs):
    if all(ord(c) < 128 for c in s):
        return s
    cs = _hcs(s, cs)
    if all(ord(c) < 128 for c in fit(s, cs)):
        return fit(s, cs)
    return Header(fit(s, cs), cs, maxlinelen=76, header_name='Subject').encode()

def addr(name, a, cs='utf-8'):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), a)
        return '%s <%s>' % (name, a)
    cs = _hcs(name, cs)
    return '%s <%s>' % (Header(fit(name, cs), cs).encode(), a)

def walk(p):
    yield p
    for c in p.children or []:
        yield from walk(c)

def describe(p):
    """Short structure description for MANIFEST."""
    if p.children is None:
        if p.ctype.startswith('text/') and 'filename' not in p.meta:
            return p.ctype.split('/')[1]
        return '%s `%s`' % (p.ctype, p.meta.get('filename', '?'))
    inner = ', '.join(describe(c) for c in p.children)
    return '%s(%s)' % (p.ctype.split('/')[1], inner)
