"""Raw RFC 5322 / MIME message construction (deterministic)."""
import base64, quopri, hashlib, datetime, re

MX = 'mx01.example.com'
INTERNAL = ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25')
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def h(s, n=16, alphabet='0123456789ABCDEF'):
    d = hashlib.sha256(s.encode()).digest()
    return ''.join(alphabet[b % len(alphabet)] for b in (d * 4)[:n])


def rfcdate(dt, tz):
    """dt: naive datetime in local time of tz (+HHMM string)."""
    return '%s, %d %s %d %02d:%02d:%02d %s' % (DOW[dt.weekday()], dt.day, MON[dt.month - 1], dt.year,
                                             dt.hour, dt.minute, dt.second, tz)


def tzoff(tz):
    s = 1 if tz[0] == '+' else -1
    return datetime.timedelta(minutes=s * (int(tz[1:3]) * 60 + int(tz[3:5])))


def ew(s, cs):
    """RFC 2047 encode a header phrase if needed."""
    if all(32 <= ord(c) < 127 for c in s):
        return s
    latin = cs.lower().startswith(('iso-8859-1', 'iso-8859-15', 'iso-8859-2', 'windows-1250', 'windows-1252'))
    words, cur = [], ''

    def enc(t):
        b = t.encode(cs)
        if latin:
            q = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                        ('_' if c == 32 else '=%02X' % c) for c in b)
            return '=?%s?Q?%s?=' % (cs, q)
        return '=?%s?B?%s?=' % (cs, base64.b64encode(b).decode())
    for ch in s:
        if len(enc(cur + ch)) > 74 and cur:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return '\n '.join(words)


def addr(name, a, cs='utf-8'):
    if not name:
        return a
    if all(32 <= ord(c) < 127 for c in name):
        if re.search(r'[,.;:@()<>\[\]"]', name):
            name = '"%s"' % name.replace('"', '\\"')
        return '%s <%s>' % (name, a)
    return '%s <%s>' % (ew(name, cs), a)


def encode_body(text, cs, cte):
    b = text.replace('\r\n', '\n').encode(cs)
    if cte == 'base64':
        return base64.encodebytes(b).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(b.replace(b'\n', b'\r\n')).decode('ascii').replace('\r\n', '\n').replace('=0D\n', '\n')
    if cte in ('8bit', '7bit'):
        return b.decode('latin-1') if cte == '8bit' else b.decode('ascii')
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary


def textpart(text, subtype, cs, cte):
    if cte == 'auto':
        cte = '7bit' if all(ord(c) < 128 for c in text) else 'quoted-printable'
    if cte == '7bit':
        text.encode('ascii')
    return Part([('Content-Type', 'text/%s; charset="%s"' % (subtype, cs)),
                 ('Content-Transfer-Encoding', cte)], encode_body(text, cs, cte))


def binpart(data, ctype, filename, disposition='attachment', cid=None, cs='utf-8'):
    fn = filename
    hdr = []
    if all(ord(c) < 128 for c in fn):
        hdr.append(('Content-Type', '%s; name="%s"' % (ctype, fn)))
        disp = '%s; filename="%s"' % (disposition, fn)
    else:
        hdr.append(('Content-Type', '%s; name="%s"' % (ctype, ew(fn, 'utf-8'))))
        from urllib.parse import quote
        disp = "%s; filename*=utf-8''%s" % (disposition, quote(fn))
    hdr.append(('Content-Disposition', disp + ('; size=%d' % len(data) if disposition == 'attachment' else '')))
    hdr.append(('Content-Transfer-Encoding', 'base64'))
    if cid:
        hdr.append(('Content-ID', '<%s>' % cid))
    return Part(hdr, base64.encodebytes(data).decode('ascii'))


def multipart(sub, children, seed):
    b = {'alternative': '----=_Part_', 'mixed': '----=_NextPart_', 'related': '----=_Rel_'}[sub] + h(seed + sub, 24)
    return Part([('Content-Type', 'multipart/%s;\n\tboundary="%s"' % (sub, b))], None, children, b)


def render(part, top=True):
    out = ''.join('%s: %s\n' % kv for kv in part.headers) + '\n'
    if part.children is None:
        body = part.body
        return out + body + ('' if body.endswith('\n') else '\n')
    if top:
        out += 'This is a multi-part message in MIME format.\n\n'
    for c in part.children:
        out += '--%s\n' % part.boundary + render(c, False)
        out += '\n'
    out += '--%s--\n' % part.boundary
    return out


def fold(name, value):
    line = '%s: %s' % (name, value)
    if len(line) <= 78 or '\n' in value:
        return line + '\n'
    # fold at spaces/commas
    out, cur = [], ''
    for tok in re.split(r'(?<=[, ]) ', line):
        if cur and len(cur) + len(tok) + 1 > 76:
            out.append(cur)
            cur = tok
        else:
            cur = (cur + ' ' + tok) if cur else tok
    out.append(cur)
    return '\n\t'.join(out) + '\n'
