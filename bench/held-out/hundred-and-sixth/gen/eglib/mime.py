"""Hand-rolled MIME construction so that charset, transfer encoding, header
encoding and folding can be chosen exactly as a given mail client would."""
import base64
import binascii
import re

CRLF = b'\r\n'


# --- RFC 2047 encoded words -------------------------------------------------

def _q(b):
    out = []
    for c in b:
        ch = chr(c)
        if c < 128 and (ch.isalnum()):
            out.append(ch)
        elif c == 32:
            out.append('_')
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def ew_words(text, charset='utf-8', enc='B', maxlen=75, case=None):
    try:
        text.encode(charset)
    except (UnicodeEncodeError, LookupError):
        # like real clients: fall back to UTF-8 when the preferred charset cannot hold the text
        charset, case = 'utf-8', ('UTF-8' if case else None)
    cs = case if case else charset
    prefix = '=?%s?%s?' % (cs, enc)

    def e(s):
        b = s.encode(charset)
        return base64.b64encode(b).decode() if enc.upper() == 'B' else _q(b)

    words = []
    cur = ''
    for ch in text:
        cand = cur + ch
        if cur and len(prefix) + len(e(cand)) + 2 > maxlen:
            words.append(prefix + e(cur) + '?=')
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(prefix + e(cur) + '?=')
    return words


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def htext(text, charset='utf-8', enc='B', partial=False, case=None):
    """Unstructured header text (Subject etc.)."""
    if is_ascii(text):
        return text
    if not partial:
        return ' '.join(ew_words(text, charset, enc, case=case))
    # encode only the run from the first to the last non-ASCII word
    words = text.split(' ')
    idx = [i for i, w in enumerate(words) if not is_ascii(w)]
    a, b = idx[0], idx[-1]
    head = ' '.join(words[:a])
    mid = ' '.join(words[a:b + 1])
    tail = ' '.join(words[b + 1:])
    parts = []
    if head:
        parts.append(head)
    parts.append(' '.join(ew_words(mid, charset, enc, case=case)))
    if tail:
        parts.append(tail)
    return ' '.join(parts)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset='utf-8', enc='B', quote=None, case=None):
    if not name:
        return email if quote != 'angle' else '<%s>' % email
    if not is_ascii(name):
        # display names are kept in ONE encoded word (clients switch to B encoding for long
        # non-Latin names); splitting a phrase across encoded words is decoded inconsistently
        words = ew_words(name, charset, enc, case=case)
        if len(words) > 1:
            words = ew_words(name, charset, 'B', case=case)
        if len(words) > 1:
            words = ew_words(name, charset, 'B', maxlen=200, case=case)
        return words[0] + ' <%s>' % email
    if quote is True or (quote is None and any(c in _SPECIALS for c in name)) or quote == 'always':
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


def addrs(lst, charset='utf-8', enc='B', quote=None, case=None):
    return ', '.join(addr(n, e, charset, enc, quote, case) for n, e in lst)


# --- header folding ------------------------------------------------------------

def fold(name, value, width=78):
    if '\r\n' in value:
        return '%s: %s' % (name, value)
    line = name + ':'
    lines = []
    for tok in value.split(' '):
        if len(line) + 1 + len(tok) > width and line.strip() and not line.endswith(':'):
            lines.append(line)
            line = ' ' + tok
        else:
            line = line + ' ' + tok
    lines.append(line)
    return '\r\n'.join(lines)


# --- bodies ------------------------------------------------------------------------

def _canon(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


def encode_text(text, charset, cte):
    text = _canon(text)
    raw = text.encode(charset)
    cte = cte.lower()
    if cte == '7bit':
        if any(c > 127 for c in raw):
            raise ValueError('7bit body contains 8-bit data')
        out = raw.replace(b'\n', CRLF)
    elif cte == '8bit':
        out = raw.replace(b'\n', CRLF)
    elif cte == 'quoted-printable':
        enc = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
        out = enc.replace(b'\r\n', b'\n').replace(b'\n', CRLF)
    elif cte == 'base64':
        out = base64.encodebytes(raw.replace(b'\n', CRLF)).replace(b'\n', CRLF)
    else:
        raise ValueError(cte)
    for ln in out.split(CRLF):
        if len(ln) > 998:
            raise ValueError('line too long')
    if not out.endswith(CRLF):
        out += CRLF
    return out


def b64(data):
    return base64.encodebytes(data).replace(b'\n', CRLF)


class Part:
    def __init__(self, headers, body=b'', parts=None, boundary=None, preamble=None, meta=None):
        self.headers = headers          # list of (name, value)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.meta = meta or {}

    def content_type(self):
        for n, v in self.headers:
            if n.lower() == 'content-type':
                return v.split(';')[0].strip().lower()
        return 'text/plain'

    def serialize_body(self):
        if self.parts is None:
            return self.body
        out = bytearray()
        if self.preamble:
            out += self.preamble.encode('ascii') + CRLF + CRLF
        for p in self.parts:
            out += b'--' + self.boundary.encode('ascii') + CRLF
            out += p.serialize()
            if not bytes(out).endswith(CRLF):
                out += CRLF
            if self.meta.get('blank_before_boundary'):
                out += CRLF
        out += b'--' + self.boundary.encode('ascii') + b'--' + CRLF
        return bytes(out)

    def header_lines(self):
        return b''.join(fold(n, v).encode('ascii') + CRLF for n, v in self.headers)

    def serialize(self):
        return self.header_lines() + CRLF + self.serialize_body()

    def walk(self):
        yield self
        for p in self.parts or []:
            for q in p.walk():
                yield q


def ctype(mt, charset=None, quoted=True, extra='', case=None):
    if charset is None:
        return mt + extra
    cs = case if case else charset
    return '%s; charset=%s%s' % (mt, ('"%s"' % cs) if quoted else cs, extra)


def text(body, charset='utf-8', cte='quoted-printable', subtype='plain', quoted=True,
         extra='', case=None, order='ct-first', more=None):
    ct = ctype('text/' + subtype, charset, quoted, extra, case)
    h = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if order == 'cte-first':
        h.reverse()
    if more:
        h += more
    return Part(h, encode_text(body, charset, cte),
                meta={'kind': 'text', 'subtype': subtype, 'charset': (case or charset), 'cte': cte,
                      'text': _canon(body), 'pycharset': charset})


def multipart(subtype, parts, boundary, preamble=None, extra=''):
    ct = 'multipart/%s;%s boundary="%s"' % (subtype, extra, boundary) if extra else \
        'multipart/%s; boundary="%s"' % (subtype, boundary)
    return Part([('Content-Type', ct)], parts=parts, boundary=boundary, preamble=preamble,
                meta={'kind': 'multipart', 'subtype': subtype})


def fname_param(key, fname, style, charset='utf-8'):
    """style: 'plain' | 'ew' (Outlook/Gmail encoded-word in quotes) | 'rfc2231'."""
    if is_ascii(fname):
        return '%s="%s"' % (key, fname)
    if style == 'rfc2231':
        from urllib.parse import quote
        return "%s*=%s''%s" % (key, charset.upper(), quote(fname.encode(charset), safe=''))
    return '%s="%s"' % (key, ' '.join(ew_words(fname, charset, 'B' if style == 'ew' else 'Q', maxlen=900)))


def attachment(data, mt, filename, style='ew', charset='utf-8', disposition='attachment',
               cid=None, description=None, outlook_dates=None, cte='base64', order=None,
               ct_extra=''):
    h = []
    ctv = '%s; %s%s' % (mt, fname_param('name', filename, style, charset), ct_extra)
    h.append(('Content-Type', ctv))
    if description is not None:
        h.append(('Content-Description', description))
    disp = '%s; %s' % (disposition, fname_param('filename', filename, style, charset))
    if outlook_dates:
        disp += '; size=%d;\r\n\tcreation-date="%s";\r\n\tmodification-date="%s"' % (
            len(data), outlook_dates, outlook_dates)
        disp = disp.replace('attachment; filename', 'attachment;\r\n\tfilename').replace('inline; filename', 'inline;\r\n\tfilename')
    h.append(('Content-Disposition', disp))
    if cid:
        h.append(('Content-ID', '<%s>' % cid))
    h.append(('Content-Transfer-Encoding', cte))
    if order == 'outlook':
        pass
    if cte == 'base64':
        body = b64(data)
    else:
        raise ValueError(cte)
    return Part(h, body, meta={'kind': 'attachment', 'mt': mt, 'filename': filename, 'data': data,
                               'disposition': disposition})


def describe(part):
    """Compact structure description for the manifest."""
    m = part.meta
    if m.get('kind') == 'multipart':
        return 'multipart/%s[%s]' % (m['subtype'], ', '.join(describe(p) for p in part.parts))
    if m.get('kind') == 'text':
        return 'text/%s' % m['subtype']
    if m.get('kind') == 'attachment':
        extra = m.get('note', '')
        return '%s "%s"%s' % (m['mt'], m['filename'], extra)
    return part.content_type()
