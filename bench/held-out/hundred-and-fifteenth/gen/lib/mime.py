"""Byte-exact MIME serialisation with the quirks of real senders."""
import base64
import hashlib
import re

# ----------------------------------------------------------- header words

def ew(text, charset='utf-8', enc='B', maxlen=75):
    """RFC 2047 encoded-words (list joined by a space)."""
    raw = text.encode(charset)
    pre = '=?%s?%s?' % (charset, enc)
    words = []
    if enc.upper() == 'B':
        # split on character boundaries so each word decodes on its own
        chunk = b''
        budget = (maxlen - len(pre) - 2) // 4 * 3
        for ch in text:
            cb = ch.encode(charset)
            if len(chunk) + len(cb) > budget:
                words.append(pre + base64.b64encode(chunk).decode() + '?=')
                chunk = b''
            chunk += cb
        if chunk:
            words.append(pre + base64.b64encode(chunk).decode() + '?=')
    else:
        cur = ''
        budget = maxlen - len(pre) - 2
        for ch in text:
            cb = ch.encode(charset)
            piece = ''
            for b in cb:
                c = chr(b)
                if b == 32:
                    piece += '_'
                elif (48 <= b <= 57) or (65 <= b <= 90) or (97 <= b <= 122) or c in '!*+-/':
                    piece += c
                else:
                    piece += '=%02X' % b
            if len(cur) + len(piece) > budget:
                words.append(pre + cur + '?=')
                cur = ''
            cur += piece
        if cur:
            words.append(pre + cur + '?=')
    return ' '.join(words)


def needs_enc(s):
    return any(ord(c) > 126 for c in s)


def hdr_text(s, charset='utf-8', enc='Q', always=False):
    if not always and not needs_enc(s):
        return s
    return ew(s, charset, enc)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset='utf-8', enc='Q', quote=False):
    if not name:
        return '<%s>' % email if quote else email
    if needs_enc(name):
        return '%s <%s>' % (ew(name, charset, enc), email)
    if quote or any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


def fold(name, value, width=78, indent=' '):
    """Fold at whitespace so that physical lines stay <= width where possible."""
    if '\n' in value:  # pre-folded by caller
        return '%s: %s' % (name, value)
    line = name + ':'
    out = []
    tokens = re.split(r'( +)', value)
    cur = line
    first = True
    i = 0
    toks = []
    # merge separators onto following tokens
    buf = ''
    for t in tokens:
        if t.strip() == '' and t:
            buf = t
        else:
            toks.append((buf, t))
            buf = ''
    for sep, tok in toks:
        if first:
            cur += ' ' + tok
            first = False
            continue
        if len(cur) + len(sep) + len(tok) > width and cur.strip():
            out.append(cur)
            cur = indent + tok
        else:
            cur += sep + tok
    out.append(cur)
    return '\n'.join(out)


# ---------------------------------------------------------- body encoding

def qp_encode(data, maxlen=76, encode_trailing=True):
    """Quoted-printable of bytes with LF line structure."""
    out_lines = []
    for line in data.split(b'\n'):
        if line.endswith(b'\r'):
            line = line[:-1]
        enc = []
        for i, b in enumerate(line):
            last = i == len(line) - 1
            if b in (9, 32) and last and encode_trailing:
                enc.append('=%02X' % b)
            elif (33 <= b <= 126 and b != 61) or b in (9, 32):
                enc.append(chr(b))
            else:
                enc.append('=%02X' % b)
        cur = ''
        for tok in enc:
            if len(cur) + len(tok) > maxlen - 1:
                out_lines.append(cur + '=')
                cur = ''
            cur += tok
        out_lines.append(cur)
    return '\n'.join(out_lines).encode('ascii')


def b64_encode(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width)).encode('ascii')


class Leaf:
    def __init__(self, headers, payload, cte):
        """headers: list of (name, value) in output order (CTE header included by caller
        through 'cte' placement token ('@CTE') or appended at the end)."""
        self.headers = headers
        self.payload = payload  # bytes (decoded, canonical)
        self.cte = cte

    def encoded_body(self):
        if self.cte == 'base64':
            return b64_encode(self.payload)
        if self.cte == 'quoted-printable':
            return qp_encode(self.payload)
        data = self.payload.replace(b'\r\n', b'\n')
        return data[:-1] if data.endswith(b'\n') else data

    def serialize(self):
        lines = []
        for n, v in self.headers:
            lines.append(fold(n, v))
        return '\n'.join(lines).encode('ascii') + b'\n\n' + self.encoded_body()


class Multi:
    def __init__(self, headers, parts, boundary, preamble=None, epilogue=b''):
        self.headers = headers
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def serialize(self):
        lines = [fold(n, v) for n, v in self.headers]
        out = '\n'.join(lines).encode('ascii') + b'\n\n'
        if self.preamble:
            out += self.preamble.encode('ascii') + b'\n\n'
        for p in self.parts:
            out += b'--' + self.boundary.encode() + b'\n' + p.serialize() + b'\n'
        out += b'--' + self.boundary.encode() + b'--\n' + self.epilogue
        return out


def canon_text(s, charset, crlf_for_b64=False):
    data = s.encode(charset)
    return data


def relaxed_body_hash(body):
    lines = body.replace(b'\r\n', b'\n').split(b'\n')
    out = []
    for ln in lines:
        ln = re.sub(rb'[ \t]+', b' ', ln).rstrip(b' \t')
        out.append(ln)
    while out and out[-1] == b'':
        out.pop()
    canon = b''.join(l + b'\r\n' for l in out)
    return base64.b64encode(hashlib.sha256(canon).digest()).decode()
