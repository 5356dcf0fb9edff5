"""Hand-made MIME serialisation, so that charsets, transfer encodings, boundaries and header
styles are exactly those of the sending system being modelled."""
import base64
import binascii
import hashlib
import re

# ---------------------------------------------------------------- header encoding
_QSAFE = set(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/')


def _q(b):
    out = []
    for c in b:
        if c == 0x20:
            out.append('_')
        elif c in _QSAFE:
            out.append(chr(c))
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(text, charset='utf-8', enc='B', maxlen=75):
    """RFC 2047 encoded words, split at character boundaries; returns list of words."""
    words = []
    cur = ''
    pre = '=?%s?%s?' % (charset, enc)

    def render(s):
        b = s.encode(charset)
        return pre + (base64.b64encode(b).decode() if enc.upper() == 'B' else _q(b)) + '?='
    for ch in text:
        if cur and len(render(cur + ch)) > maxlen:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return words


def hdr_text(text, charset='utf-8', enc='B', ascii_ok=True):
    """Unstructured header value (Subject etc.)."""
    if ascii_ok and is_ascii(text):
        return text
    return ' '.join(ew(text, charset, enc))


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset='utf-8', enc='B', quote_always=False):
    if not name:
        return '<%s>' % email if quote_always else email
    if is_ascii(name):
        if quote_always or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (phrase(name, charset, enc), email)


def phrase(name, charset='utf-8', enc='B'):
    """Display name: plain ASCII words stay plain, runs of other words become encoded-words (split at spaces
    when a run is too long), so both RFC 2047 decoders and Python's parser read the same text."""
    out = []
    run = []

    def flush():
        if run:
            out.append(' '.join(ew_words(' '.join(run), charset, enc)))
            run.clear()
    for w in name.split(' '):
        if w and is_ascii(w) and not any(c in _SPECIALS or c == '=' or c == '?' for c in w):
            flush()
            out.append(w)
        else:
            run.append(w)
    flush()
    return ' '.join(out)


def ew_words(text, charset='utf-8', enc='B', maxlen=75):
    """Like ew(), but prefers to start a new encoded-word at a space."""
    pre = '=?%s?%s?' % (charset, enc)

    def render(s):
        b = s.encode(charset)
        return pre + (base64.b64encode(b).decode() if enc.upper() == 'B' else _q(b)) + '?='
    if len(render(text)) <= maxlen:
        return [render(text)]
    words = text.split(' ')
    chunks = []
    cur = ''
    for i, w in enumerate(words):
        piece = w if i == 0 else ' ' + w
        if cur and len(render(cur + piece)) > maxlen:
            chunks.append(cur)
            cur = piece
        else:
            cur += piece
    chunks.append(cur)
    res = []
    for c in chunks:
        res += ew(c, charset, enc, maxlen) if len(render(c)) > maxlen else [render(c)]
    return res


def addrs(lst, **kw):
    return ', '.join(addr(n, e, **kw) for n, e in lst)


def fold(name, value, width=78):
    """Fold at whitespace (keeps existing folds)."""
    if '\n' in value:
        return '%s: %s' % (name, value)
    line = name + ':'
    out = []
    tokens = re.split(r'( )', value)
    cur = line
    buf = ''
    words = value.split(' ')
    cur = name + ': ' + words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    out.append(cur)
    return '\n'.join(out)


# ---------------------------------------------------------------- bodies
def b64(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width)) + '\n'


def qp(data):
    s = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode('ascii')
    if not s.endswith('\n'):
        s += '\n'
    return s


def rfc2231(value, charset='utf-8'):
    b = value.encode(charset)
    return "%s''%s" % (charset, ''.join(chr(c) if (chr(c).isalnum() or chr(c) in '-._~') and c < 128 else '%%%02X' % c for c in b))


class Part:
    def __init__(self, ctype, params=None, body=b'', cte=None, headers=None, parts=None, boundary=None,
                 preamble='', quote='"', text=None, charset=None, filename=None, kind=None):
        self.ctype = ctype
        self.params = params or []   # list of (k, v, mode) mode: 'q' quoted, 'u' unquoted, 'raw'
        self.body = body             # raw (decoded) bytes for leaf parts
        self.cte = cte
        self.headers = headers or []  # extra headers (name, value) after Content-Type/CTE
        self.pre_headers = []         # headers before Content-Type
        self.parts = parts or []
        self.boundary = boundary
        self.preamble = preamble
        self.quote = quote
        self.text = text              # decoded text if a text part
        self.charset = charset
        self.filename = filename
        self.kind = kind              # description for manifest
        self.meta = {}

    def ct_value(self):
        v = self.ctype
        for k, val, mode in self.params:
            if mode == 'q':
                v += '; %s=%s%s%s' % (k, self.quote, val, self.quote)
            elif mode == 'u':
                v += '; %s=%s' % (k, val)
            elif mode == 'nl':   # param on a new folded line
                v += ';\n\t%s=%s%s%s' % (k, self.quote, val, self.quote)
            elif mode == 'nlu':
                v += ';\n\t%s=%s' % (k, val)
        if self.parts:
            v += ';\n\tboundary=%s%s%s' % (self.quote, self.boundary, self.quote) if len(v) + len(self.boundary) > 60 \
                else '; boundary=%s%s%s' % (self.quote, self.boundary, self.quote)
        return v

    def header_lines(self):
        out = list(self.pre_headers)
        out.append(('Content-Type', self.ct_value()))
        if self.cte:
            out.append(('Content-Transfer-Encoding', self.cte))
        out += self.headers
        return out

    def encoded_body(self):
        if self.parts:
            chunks = [self.preamble] if self.preamble else []
            for p in self.parts:
                chunks.append('--%s\n' % self.boundary)
                chunks.append(render_headers(p.header_lines()) + '\n')
                chunks.append(p.encoded_body())
            chunks.append('--%s--\n' % self.boundary)
            return ''.join(c if isinstance(c, str) else c.decode('latin-1') for c in chunks)
        cte = (self.cte or '7bit').lower()
        if cte == 'base64':
            return b64(self.body)
        if cte == 'quoted-printable':
            return qp(self.body)
        s = self.body.decode('latin-1')
        return s if s.endswith('\n') else s + '\n'

    def walk(self):
        yield self
        for p in self.parts:
            yield from p.walk()


def render_headers(hdrs):
    out = []
    for n, v in hdrs:
        out.append(fold(n, v) + '\n')
    return ''.join(out)


# ---------------------------------------------------------------- constructors
def _norm(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


def hard_wrap(text, flowed=False, width=76):
    out = []
    for line in text.split('\n'):
        if line.startswith('>') or len(line) <= width:
            out.append(line)
            continue
        words = line.split(' ')
        cur = ''
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + (' ' if flowed else ''))
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    return '\n'.join(out)


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', cs_label=None, quote='"',
              flowed=False, delsp=False, extra=None, cs_param_mode='q'):
    text = _norm(text)
    if not text.endswith('\n'):
        text += '\n'
    if subtype == 'plain' and (cte or '7bit').lower() in ('7bit', '8bit'):
        text = hard_wrap(text, flowed)
    data = text.encode(charset)
    params = [('charset', cs_label or charset, cs_param_mode)]
    if flowed:
        params.append(('format', 'flowed', 'u'))
        if delsp:
            params.append(('delsp', 'yes', 'u'))
    p = Part('text/' + subtype, params, data, cte, quote=quote, text=text, charset=cs_label or charset)
    if extra:
        p.headers += extra
    return p


def html_part(html, **kw):
    return text_part(html, 'html', **kw)


def attachment(data, ctype, filename, cte='base64', disposition='attachment', cid=None, style='rfc2231',
               charset='utf-8', enc='B', name_param=True, size=False, extra=None, quote='"', date=None,
               description=None, ct_params=None):
    """style: 'rfc2231' (Thunderbird/Gmail), 'rfc2047' (Outlook/Exchange), 'plain'."""
    params = list(ct_params or [])
    disp = disposition
    if is_ascii(filename) or style == 'plain':
        if name_param:
            params.append(('name', filename, 'q'))
        disp += '; filename="%s"' % filename
    elif style == 'rfc2047':
        enc_name = ' '.join(ew(filename, charset, enc))
        if name_param:
            params.append(('name', enc_name, 'nl'))
        disp += ';\n\tfilename="%s"' % enc_name
    else:
        if name_param:
            params.append(('name', ' '.join(ew(filename, charset, enc)), 'nl'))
        disp += ";\n\tfilename*=%s" % rfc2231(filename, charset)
    if size:
        disp += '; size=%d' % len(data)
    if date:
        disp += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (date, date)
    p = Part(ctype, params, data, cte, quote=quote, filename=filename)
    if description:
        p.headers.append(('Content-Description', description))
    p.headers.append(('Content-Disposition', disp))
    if cid:
        p.headers.append(('Content-ID', '<%s>' % cid))
    if extra:
        p.headers += extra
    return p


def multipart(subtype, parts, boundary, quote='"', preamble='', params=None):
    p = Part('multipart/' + subtype, params or [], parts=parts, boundary=boundary, quote=quote,
             preamble=preamble)
    return p


def rfc822(msg_bytes, filename=None, disposition='attachment', cte=None, description=None):
    p = Part('message/rfc822', [], msg_bytes.replace(b'\r\n', b'\n'), cte)
    if description:
        p.headers.append(('Content-Description', description))
    if filename:
        p.params.append(('name', filename, 'q'))
        p.headers.append(('Content-Disposition', '%s; filename="%s"' % (disposition, filename)))
    else:
        p.headers.append(('Content-Disposition', disposition))
    p.filename = filename
    p.is_rfc822 = True
    return p


# ---------------------------------------------------------------- DKIM body hash
def body_hash(body_crlf, canon='relaxed'):
    b = body_crlf
    if canon == 'relaxed':
        lines = b.split(b'\r\n')
        lines = [re.sub(rb'[ \t]+', b' ', ln).rstrip(b' \t') for ln in lines]
        b = b'\r\n'.join(lines)
    while b.endswith(b'\r\n\r\n'):
        b = b[:-2]
    if canon == 'relaxed' and b in (b'', b'\r\n'):
        b = b''
    elif not b.endswith(b'\r\n'):
        b += b'\r\n'
    return base64.b64encode(hashlib.sha256(b).digest()).decode()


def to_crlf(s):
    if isinstance(s, str):
        s = s.encode('latin-1')
    return s.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
