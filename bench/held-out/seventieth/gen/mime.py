"""Hand-rolled MIME assembly so that charsets, transfer encodings, header
encodings and folding are exactly what each simulated mailer produces."""
import base64
import binascii
import textwrap

FALLBACK = {
    '\u201e': '"', '\u201c': '"', '\u201d': '"', '\u2018': "'", '\u2019': "'",
    '\u201a': "'", '\u2013': '-', '\u2014': '-', '\u2026': '...', '\u20ac': 'EUR',
    '\u00ab': '"', '\u00bb': '"', '\u2116': 'N', '\u00a0': ' ', '\u2022': '*',
    '\u00b7': '*', '\u2192': '->', '\u00ad': '', '\u2011': '-', '\u202f': ' ',
    '\u2009': ' ', '\u2212': '-', '\u00b2': '2', '\u2122': '(TM)', '\u00a9': '(c)',
}


def fit(s, charset):
    """Replace characters the charset cannot hold by what real clients do
    (typographic punctuation -> ASCII).  Letters must be representable."""
    cs = charset.lower()
    out = []
    for ch in s:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in FALLBACK:
                out.append(FALLBACK[ch])
            else:
                raise ValueError('char %r not in %s: %r' % (ch, charset, s[:60]))
    return ''.join(out)


# ------------------------------------------------------------ header words
_QSAFE = set(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/')


def _q_char(bs):
    r = ''
    for b in bs:
        if b == 0x20:
            r += '_'
        elif b in _QSAFE:
            r += chr(b)
        else:
            r += '=%02X' % b
    return r


def ew(text, charset='utf-8', enc='Q', maxlen=75):
    """RFC 2047 encoded words (list joined by folding) if text is not ASCII."""
    if all(ord(c) < 128 for c in text):
        return text
    text = fit(text, charset)
    pre = '=?%s?%s?' % (charset, enc)
    budget = maxlen - len(pre) - 2
    words = []
    cur = b''
    for ch in text:
        bs = ch.encode(charset)
        cand = cur + bs
        if enc == 'Q':
            ln = len(_q_char(cand))
        else:
            ln = (len(cand) + 2) // 3 * 4
        if ln > budget and cur:
            words.append(cur)
            cur = bs
        else:
            cur = cand
    if cur:
        words.append(cur)
    out = []
    for w in words:
        body = _q_char(w) if enc == 'Q' else base64.b64encode(w).decode()
        out.append(pre + body + '?=')
    return '\n '.join(out)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset='utf-8', enc='Q'):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, charset, enc), email)


def addrs(lst, charset='utf-8', enc='Q'):
    return ',\n '.join(addr(n, e, charset, enc) for n, e in lst)


# ------------------------------------------------------------ body encoders
def qp(data):
    """Quoted-printable like real mailers: 76-char lines, soft breaks."""
    out_lines = []
    for line in data.split(b'\n'):
        line = line.rstrip(b'\r')
        enc = ''
        for i, b in enumerate(line):
            last = i == len(line) - 1
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and not last):
                enc += chr(b)
            else:
                enc += '=%02X' % b
        # soft-wrap at 76
        while len(enc) > 76:
            cut = 75
            # don't split an =XX escape
            if enc[cut - 1] == '=':
                cut -= 1
            elif enc[cut - 2] == '=':
                cut -= 2
            out_lines.append(enc[:cut] + '=')
            enc = enc[cut:]
        out_lines.append(enc)
    return '\n'.join(out_lines).encode('ascii')


def b64(data, crlf=True):
    return base64.encodebytes(data).replace(b'\n', b'\n')


def wrap_text(s, width=76, flowed=False):
    """Wrap long lines; with format=flowed soft breaks keep a trailing space."""
    out = []
    for line in s.split('\n'):
        if len(line) <= width:
            out.append(line)
        else:
            ind = line[:len(line) - len(line.lstrip(' >'))]
            parts = textwrap.wrap(line, width, subsequent_indent=ind,
                                  break_long_words=False, break_on_hyphens=False)
            if flowed:
                parts = [p + ' ' for p in parts[:-1]] + parts[-1:]
            out.extend(parts)
    return '\n'.join(out)


class Part:
    def __init__(self, ctype, params=(), cte=None, body=b'', children=None,
                 extra=(), boundary=None, info=None):
        self.ctype = ctype
        self.params = list(params)
        self.cte = cte
        self.body = body
        self.children = children or []
        self.extra = list(extra)
        self.boundary = boundary
        self.info = info or {}

    def header_lines(self):
        ct = self.ctype
        ps = list(self.params)
        if self.children:
            ps.append(('boundary', self.boundary))
        s = 'Content-Type: ' + ct
        for k, v in ps:
            token = k in ('charset', 'format', 'method', 'delsp', 'reply-type') and not any(c in v for c in ' ;"')
            piece = '%s=%s' % (k, v) if token else '%s="%s"' % (k, v)
            if k == 'charset' and self.info.get('quote_charset'):
                piece = '%s="%s"' % (k, v)
            if len(s.split('\n')[-1]) + len(piece) + 2 > 76:
                s += ';\n\t' + piece
            else:
                s += '; ' + piece
        lines = [s]
        if self.cte:
            lines.append('Content-Transfer-Encoding: ' + self.cte)
        for k, v in self.extra:
            lines.append('%s: %s' % (k, v))
        return lines

    def render_body(self):
        if not self.children:
            return self.body
        out = b''
        pre = self.info.get('preamble')
        if pre:
            out += pre.encode() + b'\n'
        for i, c in enumerate(self.children):
            out += (b'' if i == 0 and not pre else b'\n') + b'--' + self.boundary.encode() + b'\n'
            out += '\n'.join(c.header_lines()).encode('ascii') + b'\n\n'
            out += c.render_body().rstrip(b'\n')
        out += b'\n--' + self.boundary.encode() + b'--\n'
        return out

    # -- description for MANIFEST
    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


def text(s, charset='utf-8', cte='quoted-printable', subtype='plain', wrap=None,
         flowed=False, extra=(), quote_charset=False):
    s = s.replace('\r\n', '\n')
    s = fit(s, charset)
    if wrap is None:
        wrap = cte in ('7bit', '8bit') and subtype == 'plain'
    if wrap:
        s = wrap_text(s, flowed=flowed)
    raw = s.encode(charset)
    if cte == '7bit':
        assert all(b < 128 for b in raw), '7bit with 8-bit data'
        body = raw
    elif cte == '8bit':
        assert max(len(x) for x in raw.split(b'\n')) < 998
        body = raw
    elif cte == 'quoted-printable':
        body = qp(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw.replace(b'\n', b'\r\n'))
    else:
        raise ValueError(cte)
    params = [('charset', charset)]
    if flowed:
        params.append(('format', 'flowed'))
    return Part('text/' + subtype, params, cte, body, extra=extra,
                info={'charset': charset, 'cte': cte, 'quote_charset': quote_charset})


def multi(subtype, parts, boundary, params=(), preamble=None):
    return Part('multipart/' + subtype, params, None, children=parts, boundary=boundary,
                info={'preamble': preamble})


def _rfc2231(v):
    from urllib.parse import quote
    return "utf-8''" + quote(v.encode('utf-8'), safe='')


def attach(data, ctype, filename, inline=False, cid=None, style=None, size=True,
           name_charset='utf-8', date=None):
    """Attachment part, base64.  style: 'outlook' (name= + filename=, encoded
    words for non-ASCII), 'gmail' (name + filename, X-Attachment-Id),
    'tb' (Thunderbird: RFC 2231 filename*)."""
    auto = style is None
    if auto:
        style = 'outlook'
    ascii_name = all(ord(c) < 128 for c in filename)
    params = []
    extra = []
    if ascii_name:
        params.append(('name', filename))
        disp = '%s; filename="%s"' % ('inline' if inline else 'attachment', filename)
    elif style == 'tb':
        params.append(('name', ew(filename, name_charset, 'B')))
        disp = "%s;\n filename*=%s" % ('inline' if inline else 'attachment', _rfc2231(filename))
    else:
        w = ew(filename, name_charset, 'B' if style == 'outlook' else 'Q')
        params.append(('name', w.replace('\n ', '')))
        disp = '%s;\n\tfilename="%s"' % ('inline' if inline else 'attachment', w.replace('\n ', ''))
    if style == 'outlook' and size:
        disp += '; size=%d' % len(data)
        if date:
            disp += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (date, date)
    if style == 'outlook' and ascii_name:
        extra.append(('Content-Description', filename))
    extra.append(('Content-Disposition', disp))
    if cid:
        extra.append(('Content-ID', '<%s>' % cid))
    if style == 'gmail' and not inline:
        extra.append(('X-Attachment-Id', cid or 'f_' + binascii.hexlify(filename.encode()[:4]).decode()[:8]))
    body = base64.encodebytes(data)
    p = Part(ctype, params, 'base64', body, extra=extra, info={'filename': filename})
    if auto:
        p.info['auto'] = dict(data=data, ctype=ctype, filename=filename, inline=inline, cid=cid,
                              size=size, name_charset=name_charset, date=date)
    return p


def render_message(headers, part, mime_version=True):
    """headers: list of (name, value) already encoded/folded."""
    lines = []
    for k, v in headers:
        lines.append('%s: %s' % (k, v))
    if mime_version and not any(k.lower() == 'mime-version' for k, _ in headers):
        lines.append('MIME-Version: 1.0')
    lines.extend(part.header_lines())
    head = '\n'.join(lines)
    head.encode('ascii')
    body = part.render_body()
    if not body.endswith(b'\n'):
        body += b'\n'
    return head.encode('ascii') + b'\n\n' + body


def describe(part):
    """(charset, cte, structure) for MANIFEST."""
    first = None
    for p in part.walk():
        if p.ctype.startswith('text/') and 'filename' not in p.info:
            first = p
            break

    def desc(p):
        if p.children:
            inner = ', '.join(desc(c) for c in p.children)
            return '%s(%s)' % (p.ctype.split('/')[1], inner)
        if 'filename' in p.info:
            return '%s `%s`' % (p.ctype.split(';')[0], p.info['filename'])
        return p.ctype
    st = desc(part)
    if first is None:
        return '-', '-', st
    return first.info['charset'], first.info['cte'], st
