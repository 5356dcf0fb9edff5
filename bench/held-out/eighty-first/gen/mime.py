"""Tiny MIME serializer with exact control over charset and transfer encoding."""
import base64
import binascii

# ------------------------------------------------------------ RFC 2047

_Q_SAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _q_encode_char(bs):
    out = ''
    for b in bs:
        if b == 0x20:
            out += '_'
        elif b in _Q_SAFE:
            out += chr(b)
        else:
            out += '=%02X' % b
    return out


def enc_words(text, charset='utf-8', enc='Q'):
    """Encode text as one or more encoded-words, each at most 75 chars,
    never splitting a multi-byte character. Returns list of words."""
    prefix = '=?%s?%s?' % (charset, enc)
    room = 75 - len(prefix) - 2
    words = []
    cur_chars = ''
    for ch in text:
        trial = cur_chars + ch
        raw = trial.encode(charset)
        if enc.upper() == 'B':
            ln = 4 * ((len(raw) + 2) // 3)
        else:
            ln = len(_q_encode_char(raw))
        if ln > room and cur_chars:
            words.append(cur_chars)
            cur_chars = ch
        else:
            cur_chars = trial
    if cur_chars:
        words.append(cur_chars)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc.upper() == 'B':
            body = base64.b64encode(raw).decode()
        else:
            body = _q_encode_char(raw)
        out.append(prefix + body + '?=')
    return out


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def htext(text, charset='utf-8', enc='Q'):
    """Unstructured header text (Subject): plain if ASCII, else encoded words."""
    text = fit(text, charset)
    if is_ascii(text):
        return text
    return ' '.join(enc_words(text, charset, enc))


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset='utf-8', enc='Q', quote=None):
    if not name:
        return email
    if is_ascii(name):
        if quote or (quote is None and any(c in _SPECIALS for c in name)):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    try:
        name = fit(name, charset)
    except UnicodeEncodeError:
        charset = 'utf-8'  # mailers switch charset per encoded-word when needed
    return '%s <%s>' % (' '.join(enc_words(name, charset, enc)), email)


def addrs(lst, charset='utf-8', enc='Q', quote=None):
    return ', '.join(addr(n, e, charset, enc, quote) for n, e in lst)


def fold(name, value, width=78):
    """Fold at whitespace. Values containing explicit newlines are kept verbatim."""
    if '\n' in value:
        return '%s: %s' % (name, value)
    tokens = value.split(' ')
    lines = []
    cur = name + ':'
    for t in tokens:
        if len(cur) + 1 + len(t) > width and cur.strip() and cur != name + ':':
            lines.append(cur)
            cur = ' ' + t
        else:
            cur = cur + ' ' + t
    lines.append(cur)
    return '\n'.join(lines)


def rfc2231(param, value, charset='utf-8'):
    """filename*=utf-8''... (possibly continued)."""
    raw = value.encode(charset)
    enc = ''.join(chr(b) if (chr(b).isalnum() or chr(b) in '-._~') and b < 128 else '%%%02X' % b for b in raw)
    full = "%s''%s" % (charset, enc)
    if len(full) < 60:
        return '%s*=%s' % (param, full)
    parts = []
    i = 0
    n = 0
    while i < len(full):
        chunk = full[i:i + 50]
        # don't split a %XX escape
        while chunk.endswith('%') or chunk[-2:-1] == '%':
            chunk = chunk[:-1]
        parts.append('%s*%d*=%s' % (param, n, chunk))
        i += len(chunk)
        n += 1
    return ';\n '.join(parts)


# ------------------------------------------------------------ parts

def _encode_body(data, cte):
    cte = cte.lower()
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        qp = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
        if not qp.endswith(b'\n'):
            qp += b'\n'
        return qp
    if cte in ('7bit', '8bit', 'binary'):
        if cte == '7bit':
            assert all(b < 128 for b in data), '7bit body has 8-bit bytes'
        for line in data.split(b'\n'):
            assert len(line) < 998, 'line too long for %s' % cte
        return data if data.endswith(b'\n') else data + b'\n'
    raise ValueError(cte)


_TYPO = {'\u2013': '-', '\u2014': '-', '\u201e': '"', '\u201c': '"', '\u201d': '"', '\u2018': "'",
         '\u2019': "'", '\u2026': '...', '\u20ac': 'EUR', '\u00b7': '-', '\u2009': ' ', '\u202f': ' ', '\u00a0': ' ',
         '\u00ab': '"', '\u00bb': '"', '\u2116': 'N', '\u22c5': '-'}


def fit(text, charset):
    """Replace typographic punctuation that the chosen legacy charset cannot carry
    (a sender on that charset would not have typed it); anything else must encode."""
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            if ch not in _TYPO:
                raise UnicodeEncodeError(charset, ch, 0, 1, 'cannot encode %r in %r' % (ch, text[:60]))
            out.append(_TYPO[ch])
    return ''.join(out)


class Text:
    def __init__(self, text, subtype='plain', charset='utf-8', cte='quoted-printable',
                 ct_params='', quote_charset=True, extra=None, cte_header=True, charset_upper=False, keep_crlf=False):
        self.text = text if keep_crlf else text.replace('\r\n', '\n')
        self.subtype = subtype
        self.charset = charset
        self.cte = cte
        self.ct_params = ct_params
        self.quote_charset = quote_charset
        self.extra = extra or []
        self.cte_header = cte_header
        self.charset_label = charset.upper() if charset_upper else charset

    def headers(self):
        cs = ('"%s"' % self.charset_label) if self.quote_charset else self.charset_label
        h = [('Content-Type', 'text/%s; charset=%s%s' % (self.subtype, cs, self.ct_params))]
        if self.cte_header:
            h.append(('Content-Transfer-Encoding', self.cte))
        return h + self.extra

    def body(self):
        return _encode_body(fit(self.text, self.charset).encode(self.charset), self.cte)


class Att:
    def __init__(self, data, ctype, filename=None, cte='base64', disposition='attachment',
                 cid=None, fname_style='plain', fname_charset='utf-8', name_param=True,
                 extra=None, size_param=False, ct_extra=''):
        self.data = data
        self.ctype = ctype
        self.filename = filename
        self.cte = cte
        self.disposition = disposition
        self.cid = cid
        self.fname_style = fname_style
        self.fname_charset = fname_charset
        self.name_param = name_param
        self.extra = extra or []
        self.size_param = size_param
        self.ct_extra = ct_extra

    def _param(self, p):
        fn = self.filename
        if is_ascii(fn) or self.fname_style == 'plain':
            return '%s="%s"' % (p, fn)
        if self.fname_style == '2047':
            return '%s="%s"' % (p, ' '.join(enc_words(fn, self.fname_charset, 'B')))
        return rfc2231(p, fn, self.fname_charset)

    def headers(self):
        ct = self.ctype + self.ct_extra
        if self.filename and self.name_param:
            ct += ';\n\t' + self._param('name')
        h = [('Content-Type', ct)]
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ';\n\t' + self._param('filename')
            if self.size_param:
                d += '; size=%d' % len(self.data)
            h.append(('Content-Disposition', d))
        if self.cid:
            h.append(('Content-ID', '<%s>' % self.cid))
        h.append(('Content-Transfer-Encoding', self.cte))
        return h + self.extra

    def body(self):
        return _encode_body(self.data, self.cte)


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None, ct_params='', extra=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.ct_params = ct_params
        self.extra = extra or []

    def headers(self):
        return [('Content-Type', 'multipart/%s;%s\n\tboundary="%s"' % (
            self.subtype, self.ct_params, self.boundary))] + self.extra

    def body(self):
        out = b''
        if self.preamble:
            out += self.preamble.encode('ascii') + b'\n\n'
        for p in self.parts:
            out += b'--' + self.boundary.encode() + b'\n'
            out += render_headers(p.headers()) + b'\n'
            out += p.body()
            if not out.endswith(b'\n\n') and isinstance(p, Multi):
                pass
            out += b'\n'
        out += b'--' + self.boundary.encode() + b'--\n'
        return out


def render_headers(hdrs):
    out = []
    for name, value in hdrs:
        line = fold(name, value)
        line.encode('ascii')  # headers must be ASCII after encoding
        out.append(line)
    return ('\n'.join(out) + '\n').encode('ascii')


def build(headers, root):
    """headers: list of (name, value); may contain ('@MIME', None) as position marker
    for the root part's Content-* headers (default: at the end)."""
    hs = []
    mime_done = False
    for name, value in headers:
        if name == '@MIME':
            hs.extend(root.headers())
            mime_done = True
        else:
            hs.append((name, value))
    if not mime_done:
        hs.extend(root.headers())
    return render_headers(hs) + b'\n' + root.body()


def walk(part):
    yield part
    if isinstance(part, Multi):
        for p in part.parts:
            yield from walk(p)


def describe(root):
    """(charset summary, cte summary, structure summary) for the manifest."""
    texts = [p for p in walk(root) if isinstance(p, Text)]
    cs = []
    ctes = []
    for t in texts:
        label = t.charset.lower()
        if label not in cs:
            cs.append(label)
        c = t.cte.lower().replace('quoted-printable', 'QP')
        if len(texts) > 1:
            c = '%s (%s)' % (c, t.subtype)
        if c not in ctes:
            ctes.append(c)

    def struct(p):
        if isinstance(p, Text):
            return 'text/%s' % p.subtype
        if isinstance(p, Att):
            s = p.ctype
            if p.filename:
                s += ' "%s"' % p.filename
            elif p.cid:
                s += ' (inline cid)'
            return s
        return 'multipart/%s [%s]' % (p.subtype, ', '.join(struct(c) for c in p.parts))
    return ', '.join(cs), ', '.join(ctes), struct(root)
