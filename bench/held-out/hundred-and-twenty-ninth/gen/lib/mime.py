"""Hand-rolled MIME assembly so that charsets, transfer encodings and header styles
match what the modelled sending systems really emit."""
import base64
import hashlib
import re

CRLF = '\r\n'


# ------------------------------------------------------------ header encoding
def _chunks_for_ew(text, charset, enc, maxlen=75):
    """Split text so each encoded-word stays <= maxlen; prefer breaking after a space."""
    prefix = '=?%s?%s?' % (charset, enc)
    out = []
    cur = ''
    for ch in text:
        cand = cur + ch
        if _ew_len(cand, charset, enc) + len(prefix) + 2 > maxlen and cur:
            sp = cur.rfind(' ')
            if sp > 0 and sp >= len(cur) - 20:
                out.append(cur[:sp + 1])
                cur = cur[sp + 1:] + ch
            else:
                out.append(cur)
                cur = ch
        else:
            cur = cand
    if cur:
        out.append(cur)
    return out


def _q_encode(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif ch.isalnum() and c < 128 or ch in '!*+-/':
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def _ew_len(s, charset, enc):
    b = s.encode(charset)
    if enc == 'B':
        return 4 * ((len(b) + 2) // 3)
    return len(_q_encode(b))


def ew(text, charset='utf-8', enc='B', first_len=0):
    """Encoded-words for text, folded with CRLF SPACE between words."""
    words = []
    for part in _chunks_for_ew(text, charset, enc, 75):
        b = part.encode(charset)
        if enc == 'B':
            payload = base64.b64encode(b).decode()
        else:
            payload = _q_encode(b)
        words.append('=?%s?%s?%s?=' % (charset, enc, payload))
    return (CRLF + ' ').join(words)


def needs_enc(text):
    try:
        text.encode('ascii')
        return False
    except UnicodeEncodeError:
        return True


def hval(text, charset='utf-8', enc='B'):
    if not needs_enc(text):
        return text
    return ew(text, charset, enc)


def hval_mixed(text, charset='utf-8', enc='Q'):
    """Encode only the non-ASCII words (Thunderbird/Apple style partial encoding)."""
    if not needs_enc(text):
        return text
    toks = text.split(' ')
    out = []
    i = 0
    while i < len(toks):
        if needs_enc(toks[i]):
            j = i
            while j + 1 < len(toks) and needs_enc(toks[j + 1]):
                j += 1
            out.append(ew(' '.join(toks[i:j + 1]), charset, enc))
            i = j + 1
        else:
            out.append(toks[i])
            i += 1
    return ' '.join(out)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset='utf-8', enc='B', quote_always=False):
    if not name:
        return '<%s>' % email if quote_always else email
    if needs_enc(name):
        return '%s <%s>' % (ew(name, charset, enc), email)
    if quote_always or any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


def fold(name, value, width=78):
    """Fold an unstructured/structured ASCII header at spaces (keeps existing CRLFs)."""
    if '\r\n' in value:
        return value
    line = name + ': ' + value
    if len(line) <= width:
        return value
    out = []
    cur = name + ': '
    first = True
    for tok in re.split(r'(?<=[ ,;])', value):
        if len(cur) + len(tok) > width and cur.strip() and not (first and cur == name + ': '):
            out.append(cur.rstrip(' '))
            cur = ' ' + tok.lstrip(' ') if not tok.startswith(' ') else tok
        else:
            cur += tok
        first = False
    out.append(cur)
    res = CRLF.join(out)
    return res[len(name) + 2:]


# ------------------------------------------------------------ body encoding
def qp_encode(data, linesep=CRLF, encode_dot=False):
    """Quoted-printable (RFC 2045) for text: input bytes with \n line breaks."""
    lines = data.split(b'\n')
    out = []
    for ln in lines:
        if ln.endswith(b'\r'):
            ln = ln[:-1]
        enc = []
        for i, c in enumerate(ln):
            ch = chr(c)
            last = (i == len(ln) - 1)
            if c == 61 or c > 126 or (c < 32 and c != 9) or ((c in (32, 9)) and last):
                enc.append('=%02X' % c)
            elif encode_dot and i == 0 and ch == '.':
                enc.append('=2E')
            else:
                enc.append(ch)
        # soft breaks
        cur = ''
        segs = []
        for tok in enc:
            if len(cur) + len(tok) > 75:
                segs.append(cur + '=')
                cur = tok
            else:
                cur += tok
        segs.append(cur)
        out.append(linesep.join(segs))
    return linesep.join(out)


def b64_body(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width))


def _crlf_text(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')


class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None, preamble=None, epilogue=''):
        self.headers = headers          # list of (name, value str/bytes)
        self.body = body                # bytes (leaf)
        self.children = children        # list of Part
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue
        self.meta = {}

    def head_bytes(self):
        out = bytearray()
        for n, v in self.headers:
            if isinstance(v, bytes):
                out += n.encode('ascii') + b': ' + v + b'\r\n'
            else:
                out += (n + ': ' + v + CRLF).encode('utf-8')
        return bytes(out)

    def body_bytes(self):
        if self.children is None:
            return self.body
        out = bytearray()
        if self.preamble:
            out += (self.preamble + CRLF).encode('ascii')
        for c in self.children:
            out += ('--' + self.boundary + CRLF).encode('ascii')
            out += c.as_bytes()
            out += CRLF.encode('ascii')
        out += ('--' + self.boundary + '--' + CRLF).encode('ascii')
        if self.epilogue:
            out += self.epilogue.encode('ascii')
        return bytes(out)

    def as_bytes(self):
        b = self.body_bytes()
        if self.children is None and b and not b.endswith(b'\r\n'):
            b = b + b'\r\n'
        return self.head_bytes() + b'\r\n' + b

    def walk(self):
        yield self
        for c in self.children or []:
            for p in c.walk():
                yield p


def text(s, subtype='plain', charset='utf-8', cte='quoted-printable', ct=None, extra_headers=None,
         order='ct-first', flowed=False):
    """ct: explicit Content-Type value template with {cs} placeholder."""
    raw = s.replace('\r\n', '\n')
    data = raw.encode(charset)
    if ct is None:
        ct = 'text/%s; charset="{cs}"' % subtype
        if flowed:
            ct = 'text/%s; charset={cs}; format=flowed' % subtype
    ctv = ct.format(cs=charset)
    if cte == 'quoted-printable':
        body = qp_encode(data).encode('ascii')
    elif cte == 'base64':
        body = b64_body(data.replace(b'\n', b'\r\n')).encode('ascii')
    elif cte in ('8bit', '7bit', None):
        if cte == '7bit':
            data.decode('ascii')
        body = data.replace(b'\n', b'\r\n')
    else:
        raise ValueError(cte)
    headers = []
    if order == 'ct-first':
        headers.append(('Content-Type', ctv))
        if cte:
            headers.append(('Content-Transfer-Encoding', cte))
    else:
        if cte:
            headers.append(('Content-Transfer-Encoding', cte))
        headers.append(('Content-Type', ctv))
    headers += extra_headers or []
    p = Part(headers, body)
    p.meta = {'kind': 'text', 'subtype': subtype, 'charset': charset, 'cte': cte or '7bit', 'text': raw}
    return p


def _param_filename(pname, filename, style, charset='utf-8'):
    if not needs_enc(filename) and style != 'rfc2231-always':
        return '%s="%s"' % (pname, filename)
    if style in ('rfc2231', 'rfc2231-always'):
        from urllib.parse import quote
        return "%s*=%s''%s" % (pname, charset, quote(filename.encode(charset), safe=''))
    if style == 'rfc2047-q':
        return '%s="%s"' % (pname, ew(filename, charset, 'Q'))
    return '%s="%s"' % (pname, ew(filename, charset, 'B'))


def attachment(data, ctype, filename, cte='base64', disposition='attachment', fname_style='rfc2047',
               charset='utf-8', cid=None, extra_headers=None, outlook_params=None, ct_params='',
               name_param=True, disp_filename=True, order='ct-first'):
    ct = ctype
    if ct_params:
        ct += '; ' + ct_params
    if name_param and filename:
        ct += ';' + CRLF + '\t' + _param_filename('name', filename, fname_style, charset)
    headers = []
    disp = disposition
    if disposition and disp_filename and filename:
        disp += ';' + CRLF + '\t' + _param_filename('filename', filename, fname_style, charset)
    if outlook_params:
        disp += ';' + CRLF + '\t' + (';' + CRLF + '\t').join(outlook_params)
    if order == 'ct-first':
        headers.append(('Content-Type', ct))
        if extra_headers:
            headers += extra_headers
        if disposition:
            headers.append(('Content-Disposition', disp))
        if cid:
            headers.append(('Content-ID', '<%s>' % cid))
        headers.append(('Content-Transfer-Encoding', cte))
    else:
        headers.append(('Content-Transfer-Encoding', cte))
        headers.append(('Content-Type', ct))
        if disposition:
            headers.append(('Content-Disposition', disp))
        if cid:
            headers.append(('Content-ID', '<%s>' % cid))
        if extra_headers:
            headers += extra_headers
    if cte == 'base64':
        body = b64_body(data).encode('ascii')
    elif cte == 'quoted-printable':
        body = qp_encode(data).encode('ascii')
    else:
        body = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    p = Part(headers, body)
    p.meta = {'kind': 'attachment', 'ctype': ctype, 'filename': filename, 'data': data, 'cte': cte,
              'disposition': disposition}
    return p


def multipart(subtype, children, boundary, preamble=None, params='', extra_headers=None):
    ct = 'multipart/%s;%s\tboundary="%s"' % (subtype, CRLF, boundary)
    if params:
        ct = 'multipart/%s; %s;%s\tboundary="%s"' % (subtype, params, CRLF, boundary)
    headers = [('Content-Type', ct)] + (extra_headers or [])
    p = Part(headers, children=children, boundary=boundary, preamble=preamble)
    p.meta = {'kind': 'multipart', 'subtype': subtype}
    return p


def rfc822(msg_bytes, filename=None, cte='7bit', inline=False):
    headers = [('Content-Type', 'message/rfc822' + (';%s\tname="%s"' % (CRLF, filename) if filename else ''))]
    if cte:
        headers.append(('Content-Transfer-Encoding', cte))
    if filename:
        headers.append(('Content-Disposition', '%s;%s\tfilename="%s"' % ('inline' if inline else 'attachment', CRLF, filename)))
    if cte == 'base64':
        body = b64_body(msg_bytes).encode('ascii')
    else:
        body = msg_bytes
    p = Part(headers, body)
    p.meta = {'kind': 'rfc822', 'data': msg_bytes, 'filename': filename}
    return p


# ------------------------------------------------------------ DKIM body hash
def dkim_bh(body, canon='relaxed'):
    b = body
    if canon == 'relaxed':
        lines = b.split(b'\r\n')
        lines = [re.sub(rb'[ \t]+', b' ', ln).rstrip(b' \t') for ln in lines]
        b = b'\r\n'.join(lines)
    while b.endswith(b'\r\n\r\n'):
        b = b[:-2]
    if b and not b.endswith(b'\r\n'):
        b += b'\r\n'
    if canon == 'simple' and not b:
        b = b'\r\n'
    return base64.b64encode(hashlib.sha256(b).digest()).decode()
