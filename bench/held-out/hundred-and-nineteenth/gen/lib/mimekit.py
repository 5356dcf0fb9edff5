"""Hand-rolled MIME serialisation so that charset, transfer encoding, folding and
header order are exactly what the modelled sending system writes."""
import base64
import hashlib
import re

CRLF = b'\r\n'


# ---------------------------------------------------------------- headers
def _chunks_for_ew(text, charset, mode, maxlen):
    """Split text into pieces whose encoded-word fits maxlen."""
    pieces = []
    cur = ''
    for ch in text:
        cand = cur + ch
        if len(_ew(cand, charset, mode)) > maxlen and cur:
            pieces.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        pieces.append(cur)
    return pieces


def _q_encode(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif ch.isalnum() and c < 128:
            out.append(ch)
        elif ch in '!*+-/' and c < 128:
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def _ew(text, charset, mode):
    b = text.encode(charset)
    if mode.upper() == 'B':
        return '=?%s?B?%s?=' % (charset, base64.b64encode(b).decode())
    return '=?%s?Q?%s?=' % (charset, _q_encode(b))


def ew(text, charset='utf-8', mode='B', maxlen=75):
    """Encode *text* as one or more encoded-words separated by folding whitespace."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
    return '\r\n '.join(_ew(p, charset, mode) for p in _chunks_for_ew(text, charset, mode, maxlen))


def needs_encoding(s):
    return any(ord(c) > 126 for c in s)


def hdr_text(text, charset='utf-8', mode='B'):
    return ew(text, charset, mode) if needs_encoding(text) else text


_SPECIALS = set('()<>[]:;@\\,."')


def addr(display, email, charset='utf-8', mode='B', quote_always=False):
    if not display:
        return '<%s>' % email if quote_always else email
    if needs_encoding(display):
        # one encoded-word for the whole phrase: adjacent encoded-words in a phrase are
        # joined without whitespace by RFC 2047 decoders but not by every parser
        try:
            display.encode(charset)
        except UnicodeEncodeError:
            charset = 'utf-8'
        return '%s <%s>' % (_ew(display, charset, mode), email)
    if quote_always or any(c in _SPECIALS for c in display):
        return '"%s" <%s>' % (display.replace('\\', '\\\\').replace('"', '\\"'), email)
    return '%s <%s>' % (display, email)


def fold(name, value, width=78):
    """Fold an unstructured/structured header at whitespace.  Values that already
    contain CRLF+WSP are taken as pre-folded."""
    if '\r\n' in value:
        return '%s: %s' % (name, value)
    line = '%s: %s' % (name, value)
    if len(line) <= width:
        return line
    out = []
    cur = name + ':'
    tokens = re.split(r'( )', value)
    words = []
    buf = ''
    for t in tokens:
        if t == ' ':
            words.append(buf)
            buf = ''
        else:
            buf += t
    words.append(buf)
    first = True
    for w in words:
        if first:
            cur += ' ' + w
            first = False
            continue
        if len(cur) + 1 + len(w) > width and cur.strip():
            out.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    out.append(cur)
    return '\r\n'.join(out)


def fold_params(name, main, params, width=78, sep_style='newline'):
    """Content-Type style header.  sep_style 'newline' puts each param on its own
    continuation line (Outlook/Thunderbird style), 'inline' keeps them on one line
    when they fit."""
    segs = [main]
    for k, v in params:
        segs.append('%s=%s' % (k, v))
    if sep_style == 'inline':
        return fold(name, '; '.join(segs), width)
    s = '%s: %s' % (name, segs[0])
    for seg in segs[1:]:
        cand = s.split('\r\n')[-1] + '; ' + seg
        if len(cand) <= width and sep_style == 'compact':
            s += '; ' + seg
        else:
            s += ';\r\n\t' + seg
    return s


def q(v):
    return '"%s"' % v


def rfc2231(key, value, charset='utf-8'):
    enc = ''.join(c if (c.isalnum() and ord(c) < 128) or c in '.-_' else ''.join('%%%02X' % b for b in c.encode(charset)) for c in value)
    return ('%s*' % key, "%s''%s" % (charset, enc))


# ---------------------------------------------------------------- bodies
def qp_encode(data, maxline=76):
    """Quoted-printable encode bytes that use CRLF line endings."""
    lines = data.split(b'\r\n')
    out = []
    for line in lines:
        enc = []
        for i, c in enumerate(line):
            if (33 <= c <= 126 and c != 61) or (c in (32, 9) and i != len(line) - 1):
                enc.append(chr(c))
            else:
                enc.append('=%02X' % c)
        cur = ''
        for tok in enc:
            if len(cur) + len(tok) > maxline - 1:
                out.append(cur + '=')
                cur = ''
            cur += tok
        out.append(cur)
    return '\r\n'.join(out).encode('ascii')


def b64_encode(data, linelen=76):
    s = base64.b64encode(data).decode('ascii')
    return '\r\n'.join(s[i:i + linelen] for i in range(0, len(s), linelen)).encode('ascii') + b'\r\n'


def crlf(text):
    return re.sub(r'\r?\n', '\r\n', text)


def flowed(text, width=72):
    """format=flowed soft wrapping (RFC 3676) of a plain-text body."""
    out = []
    for line in text.split('\n'):
        if line == '-- ':
            out.append(line)
            continue
        prefix = ''
        m = re.match(r'^(>+ ?)', line)
        if m:
            prefix = m.group(1)
        body = line[len(prefix):]
        if body.startswith(' ') or body.startswith('From '):
            body = ' ' + body
        while len(prefix) + len(body) > width + 6:
            cut = body.rfind(' ', 0, width - len(prefix))
            if cut <= 0:
                cut = body.find(' ', width - len(prefix))
                if cut < 0:
                    break
            out.append(prefix + body[:cut + 1])
            body = body[cut + 1:]
        out.append(prefix + body)
    return '\n'.join(out)


class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, params=None, parts=None,
                 boundary=None, filename=None, disposition=None, cid=None, headers=None,
                 fname_style='quoted', name_param=True, extra_ct=None, b64_line=76,
                 header_order=None, ct_style='newline', description=None, size_param=False,
                 dispo_params=None, text_flowed=False):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.parts = parts or []
        self.boundary = boundary
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.headers = headers or []
        self.fname_style = fname_style
        self.name_param = name_param
        self.b64_line = b64_line
        self.header_order = header_order
        self.ct_style = ct_style
        self.description = description
        self.size_param = size_param
        self.dispo_params = dispo_params or []
        self.text_flowed = text_flowed

    # -- payload bytes before transfer encoding
    def raw_bytes(self):
        if isinstance(self.body, bytes):
            return self.body
        text = self.body
        if self.text_flowed:
            text = flowed(text)
        return crlf(text).encode(self.charset or 'us-ascii')

    def _fname_params(self, key):
        fn = self.filename
        if self.fname_style == '2231' and needs_encoding(fn):
            k, v = rfc2231(key, fn)
            return [(k, v)]
        if needs_encoding(fn):
            return [(key, '"%s"' % ew(fn, 'utf-8', 'B', maxlen=900).replace('\r\n ', ' '))]
        return [(key, '"%s"' % fn)]

    def mime_headers(self):
        hs = []
        params = list(self.params)
        if self.charset and self.ctype.startswith('text/'):
            params = [('charset', self.charset_repr())] + params
        if self.parts:
            params = params + [('boundary', '"%s"' % self.boundary)]
        if self.filename and self.name_param:
            params = params + self._fname_params('name')
        ct = fold_params('Content-Type', self.ctype, params, sep_style=self.ct_style)
        hs.append(('Content-Type', ct))
        if self.description:
            hs.append(('Content-Description', 'Content-Description: ' + self.description))
        if self.disposition:
            dp = []
            if self.filename:
                dp = self._fname_params('filename')
            dp += self.dispo_params
            hs.append(('Content-Disposition', fold_params('Content-Disposition', self.disposition, dp, sep_style=self.ct_style)))
        if self.cte and not self.parts:
            hs.append(('Content-Transfer-Encoding', 'Content-Transfer-Encoding: ' + self.cte))
        if self.cid:
            hs.append(('Content-ID', 'Content-ID: <%s>' % self.cid))
        for n, v in self.headers:
            hs.append((n, fold(n, v)))
        if self.header_order:
            order = {n.lower(): i for i, n in enumerate(self.header_order)}
            hs.sort(key=lambda h: order.get(h[0].lower(), 99))
        return hs

    def charset_repr(self):
        cs = self.charset
        return self._charset_fmt if hasattr(self, '_charset_fmt') else '"%s"' % cs

    def set_charset_fmt(self, s):
        self._charset_fmt = s
        return self

    def body_bytes(self):
        if self.parts:
            out = b''
            if getattr(self, 'preamble', None):
                out += crlf(self.preamble).encode('ascii') + CRLF
            for p in self.parts:
                out += b'--' + self.boundary.encode() + CRLF + p.serialize() + CRLF
            out += b'--' + self.boundary.encode() + b'--' + CRLF
            return out
        raw = self.raw_bytes()
        cte = (self.cte or '7bit').lower()
        if cte == 'base64':
            return b64_encode(raw, self.b64_line)
        if cte == 'quoted-printable':
            return qp_encode(raw)
        if not raw.endswith(CRLF):
            raw += CRLF
        return raw

    def serialize(self):
        hs = b''.join(h[1].encode('ascii') + CRLF for h in self.mime_headers())
        return hs + CRLF + self.body_bytes()


def relaxed_body_hash(body):
    lines = body.split(b'\r\n')
    out = []
    for ln in lines:
        ln = re.sub(rb'[ \t]+', b' ', ln).rstrip(b' \t')
        out.append(ln)
    while out and out[-1] == b'':
        out.pop()
    canon = b'\r\n'.join(out) + b'\r\n' if out else b''
    return base64.b64encode(hashlib.sha256(canon).digest()).decode()


def simple_body_hash(body):
    b = body
    while b.endswith(b'\r\n\r\n'):
        b = b[:-2]
    if not b.endswith(b'\r\n'):
        b += b'\r\n'
    return base64.b64encode(hashlib.sha256(b).digest()).decode()
