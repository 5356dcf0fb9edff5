"""Byte-exact MIME builder: the generator controls charset, transfer encoding,
boundaries and header encoding of every part (email.message would re-encode)."""
import base64
import quopri

_QSAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _q(b):
    out = []
    for c in b:
        if c in _QSAFE:
            out.append(chr(c))
        elif c == 32:
            out.append('_')
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def _b(b):
    return base64.b64encode(b).decode()


def encoded_words(text, charset='utf-8', mode='Q'):
    """RFC 2047 encoded words, each at most 75 characters, never splitting a character."""
    pre = '=?%s?%s?' % (charset, mode)
    f = _q if mode == 'Q' else _b
    words, cur = [], ''
    for ch in text:
        trial = cur + ch
        if cur and len(pre) + len(f(trial.encode(charset))) + 2 > 75:
            words.append(pre + f(cur.encode(charset)) + '?=')
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(pre + f(cur.encode(charset)) + '?=')
    return ' '.join(words)


def hv(text, charset='utf-8', mode='Q'):
    """Header value: plain if ASCII, else encoded words for the whole text."""
    if all(ord(c) < 128 for c in text):
        return text
    return encoded_words(text, charset, mode)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset='utf-8', mode='Q', quote=None):
    if not name:
        return '<%s>' % email if quote == 'angle' else email
    if all(ord(c) < 128 for c in name):
        if quote or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (encoded_words(name, charset, mode), email)


def fold(name, value, width=78):
    if '\n' in value or len(name) + 2 + len(value) <= width:
        return '%s: %s' % (name, value)
    toks = value.split(' ')
    lines = []
    cur = name + ':'
    for t in toks:
        if len(cur) + 1 + len(t) > width and cur.strip() and cur != name + ':':
            lines.append(cur)
            cur = ' ' + t
        else:
            cur = cur + ' ' + t
    lines.append(cur)
    return '\n'.join(lines)


def _encode_body(raw, cte):
    if cte == '7bit':
        assert all(b < 128 for b in raw), 'non-ASCII in 7bit part'
        return raw
    if cte == '8bit':
        return raw
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == 'base64':
        return base64.encodebytes(raw)
    raise ValueError(cte)


class Part:
    def __init__(self, ctype, raw, cte, params=(), headers=(), meta=None):
        self.ctype = ctype
        self.raw = raw
        self.cte = cte
        self.params = list(params)
        self.headers = list(headers)
        self.meta = meta or {}
        self.children = None

    def ct_value(self):
        v = self.ctype
        for k, val, quoted in self.params:
            v += '; %s=%s' % (k, '"%s"' % val if quoted else val)
        return v

    def own_headers(self):
        h = [('Content-Type', self.ct_value())]
        h += [x for x in self.headers if x[0] == '__pre__']
        if self.cte:
            h.append(('Content-Transfer-Encoding', self.cte))
        h += [x for x in self.headers if x[0] != '__pre__']
        return [x for x in h if x[0] != '__pre__']

    def body_bytes(self):
        body = _encode_body(self.raw, self.cte)
        if not body.endswith(b'\n'):
            body += b'\n'
        return body


class Multi(Part):
    def __init__(self, subtype, parts, boundary, params=(), preamble=None, headers=()):
        super().__init__('multipart/' + subtype, b'', None,
                         list(params) + [('boundary', boundary, True)], headers)
        if '{sub}' in boundary:  # Exchange numbering: 004 mixed, 000 alternative, 005 related
            boundary = boundary.replace('{sub}', {'mixed': '004', 'alternative': '000', 'related': '005'}.get(subtype, '003'))
            self.params[-1] = ('boundary', boundary, True)
        self.children = parts
        self.boundary = boundary
        self.preamble = preamble

    def body_bytes(self):
        out = bytearray()
        if self.preamble:
            out += self.preamble.encode('ascii') + b'\n'
        for p in self.children:
            out += b'\n--' + self.boundary.encode() + b'\n' if out else b'--' + self.boundary.encode() + b'\n'
            out += render_part(p)
        out += b'\n--' + self.boundary.encode() + b'--\n'
        return bytes(out)


def render_headers(hdrs):
    return ''.join(fold(n, v) + '\n' for n, v in hdrs).encode('ascii')


def render_part(p):
    return render_headers(p.own_headers()) + b'\n' + p.body_bytes()


def text(s, subtype='plain', charset='utf-8', cte='quoted-printable', quote=True,
         extra=(), headers=(), strict=True):
    if not s.endswith('\n'):
        s += '\n'
    raw = s.encode(charset, 'strict' if strict else 'replace')
    params = [('charset', charset, quote)] + list(extra)
    return Part('text/' + subtype, raw, cte, params, headers,
                meta={'text': True, 'charset': charset})


def html(s, charset='utf-8', cte='quoted-printable', quote=True, headers=()):
    return text(s, 'html', charset, cte, quote, headers=headers)


def attachment(data, ctype, filename, cte='base64', style='2231', inline=False, cid=None,
               charset='utf-8', name_param=True, extra_headers=(), size=False):
    """style: '2231' (filename*=), 'ew' (RFC 2047 in quotes, Outlook/Gmail style), 'plain'."""
    ascii_name = all(ord(c) < 128 for c in filename)
    params = []
    if ascii_name or style == 'plain':
        fn_param = ('filename', filename, True)
        nm = ('name', filename, True)
    elif style == 'ew':
        enc = encoded_words(filename, charset, 'B')
        fn_param = ('filename', enc, True)
        nm = ('name', enc, True)
    else:
        from urllib.parse import quote as _qt
        enc = "%s''%s" % (charset, _qt(filename.encode(charset), safe=''))
        fn_param = ('filename*', enc, False)
        nm = ('name*', enc, False)
    if name_param:
        params.append(nm)
    disp = 'inline' if inline else 'attachment'
    dv = '%s; %s=%s' % (disp, fn_param[0], '"%s"' % fn_param[1] if fn_param[2] else fn_param[1])
    if size:
        dv += '; size=%d' % len(data)
    hdrs = [('Content-Disposition', dv)]
    if cid:
        hdrs.append(('Content-ID', '<%s>' % cid))
    hdrs += list(extra_headers)
    p = Part(ctype, data, cte, params, hdrs, meta={'filename': filename})
    return p


def message(top_headers, root, ct_first=False):
    """top_headers: list of (name, value); a ('__BODY__', '') entry marks where the root
    part's Content-Type/CTE go (default: at the end)."""
    hdrs = []
    placed = False
    for n, v in top_headers:
        if n == '__BODY__':
            hdrs += root.own_headers()
            placed = True
        else:
            hdrs.append((n, v))
    if not placed:
        hdrs += root.own_headers()
    return render_headers(hdrs) + b'\n' + root.body_bytes()
