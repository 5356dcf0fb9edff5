"""Byte-exact MIME construction: header folding, RFC 2047/2231 encoding,
quoted-printable / base64 / 8bit bodies, multiparts.  Everything is explicit
so that each sending system's style can be reproduced."""
import base64
import datetime as _dt
import re

CRLF = b'\r\n'

# ------------------------------------------------------------------ time

MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
UTC = _dt.timezone.utc


def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _eu_summer(t_utc):
    y = t_utc.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1, 0), UTC)
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1, 0), UTC)
    return start <= t_utc < end


def _us_summer(t_utc):
    y = t_utc.year
    d = _dt.date(y, 3, 1)
    sundays = 0
    while True:
        if d.weekday() == 6:
            sundays += 1
            if sundays == 2:
                break
        d += _dt.timedelta(days=1)
    start = _dt.datetime.combine(d, _dt.time(10, 0), UTC)
    d = _dt.date(y, 11, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    end = _dt.datetime.combine(d, _dt.time(9, 0), UTC)
    return start <= t_utc < end


# zone name -> function(utc) -> (offset_minutes, abbreviation)
def zone_offset(zone, t_utc):
    if zone == 'UTC':
        return 0, 'UTC'
    if zone == 'GMT':
        return 0, 'GMT'
    if zone == 'CET':
        return (120, 'CEST') if _eu_summer(t_utc) else (60, 'CET')
    if zone == 'UK':
        return (60, 'BST') if _eu_summer(t_utc) else (0, 'GMT')
    if zone == 'EET':
        return (180, 'EEST') if _eu_summer(t_utc) else (120, 'EET')
    if zone == 'MSK':
        return 180, 'MSK'
    if zone == 'PT':
        return (-420, 'PDT') if _us_summer(t_utc) else (-480, 'PST')
    if zone == 'ET':
        return (-240, 'EDT') if _us_summer(t_utc) else (-300, 'EST')
    if zone == 'IST':
        return 330, 'IST'
    if zone == 'WAT':
        return 60, 'WAT'
    if zone == 'GST':
        return 240, '+04'
    if zone == 'BRT':
        return -180, '-03'
    if zone == 'WIB':
        return 420, 'WIB'
    raise KeyError(zone)


def utc(y, mo, d, h, mi, s=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def local(zone, y, mo, d, h, mi, s=0):
    """Interpret wall-clock time in zone, return UTC datetime."""
    guess = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    off, _ = zone_offset(zone, guess)
    t = guess - _dt.timedelta(minutes=off)
    off2, _ = zone_offset(zone, t)
    return guess - _dt.timedelta(minutes=off2)


def rfc_date(t_utc, zone='CET', comment=False, pad_day=False, seconds=True, frac=None):
    off, abbr = zone_offset(zone, t_utc)
    lt = t_utc + _dt.timedelta(minutes=off)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    day = ('%02d' % lt.day) if pad_day else str(lt.day)
    s = '%s, %s %s %04d %02d:%02d' % (DAYS[lt.weekday()], day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute)
    if seconds:
        s += ':%02d' % lt.second
    if frac is not None:
        s += frac
    s += ' %s%02d%02d' % (sign, o // 60, o % 60)
    if comment:
        s += ' (%s)' % abbr
    return s


def epoch(t_utc):
    return int(t_utc.timestamp())


def plus(t, seconds=0, minutes=0, ms=0):
    return t + _dt.timedelta(seconds=seconds, minutes=minutes, milliseconds=ms)


# ------------------------------------------------------------ encoders

def qp_encode(data, maxlen=76, encode_space_eol=True, binary=False):
    """Quoted-printable (RFC 2045). data is bytes with CRLF or LF line ends."""
    out_lines = []
    lines = re.split(rb'\r?\n', data) if not binary else [data]
    for line in lines:
        enc = []
        for i, b in enumerate(line):
            c = bytes([b])
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                enc.append('=%02X' % b)
            elif b in (32, 9) and i == len(line) - 1 and encode_space_eol:
                enc.append('=%02X' % b)
            else:
                enc.append(c.decode('ascii'))
        cur = ''
        for tok in enc:
            if len(cur) + len(tok) > maxlen - 1:
                out_lines.append(cur + '=')
                cur = ''
            cur += tok
        out_lines.append(cur)
    return ('\r\n'.join(out_lines)).encode('ascii')


def b64_encode(data, linelen=76):
    s = base64.b64encode(data).decode('ascii')
    return ('\r\n'.join(s[i:i + linelen] for i in range(0, len(s), linelen))).encode('ascii')


def crlf(text_bytes):
    return re.sub(rb'\r?\n', b'\r\n', text_bytes)


def ew(text, charset='utf-8', enc='B', maxlen=75, upper=False):
    """RFC 2047 encoded-words, split so no word exceeds maxlen and no
    multibyte sequence is cut. Returns words joined by ' '."""
    cs = charset.upper() if upper else charset
    words = []
    cur = ''

    def encoded(chunk):
        raw = chunk.encode(charset)
        if enc == 'B':
            body = base64.b64encode(raw).decode('ascii')
        else:
            body = ''
            for b in raw:
                ch = chr(b)
                if b == 32:
                    body += '_'
                elif re.match(r'[A-Za-z0-9!*+\-/]', ch):
                    body += ch
                else:
                    body += '=%02X' % b
        return '=?%s?%s?%s?=' % (cs, enc, body)
    for ch in text:
        if len(encoded(cur + ch)) > maxlen:
            words.append(encoded(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(encoded(cur))
    return ' '.join(words)


def needs_encoding(s):
    return any(ord(c) > 126 for c in s)


def addr(name, email, charset='utf-8', enc='B', quote='auto', upper=False):
    """Format a mailbox. quote: 'auto' | 'always' | 'never'."""
    if not name:
        return '<%s>' % email if quote == 'always' else email
    if needs_encoding(name):
        return '%s <%s>' % (ew(fit(name, charset), charset, enc, upper=upper), email)
    if quote == 'always' or (quote == 'auto' and re.search(r'[.,;:@()\[\]<>"\\]', name)):
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


def hdr_text(s, charset='utf-8', enc='B', upper=False):
    s = fit(s, charset)
    return ew(s, charset, enc, upper=upper) if needs_encoding(s) else s


def rfc2231(name, value, charset='utf-8', quote_lang=''):
    """filename*=utf-8''... possibly split into continuations."""
    enc = ''
    for b in value.encode(charset):
        ch = chr(b)
        if re.match(r"[A-Za-z0-9!#$&+\-.^_`|~]", ch):
            enc += ch
        else:
            enc += '%%%02X' % b
    full = "%s''%s" % (charset, enc)
    if len(full) + len(name) < 70:
        return '%s*=%s' % (name, full)
    parts = []
    i = 0
    chunk_len = 60
    pos = 0
    s = full
    while pos < len(s):
        piece = s[pos:pos + chunk_len]
        # do not split a %XX escape
        m = re.search(r'%[0-9A-F]?$', piece)
        if m:
            piece = piece[:m.start()]
        parts.append('%s*%d*=%s' % (name, i, piece))
        pos += len(piece)
        i += 1
    return ';\n '.join(parts)


# ------------------------------------------------------------ headers

def fold(name, value, limit=78):
    """Fold a header; pre-folded values (containing \n) are kept as is."""
    if '\n' in value:
        v = re.sub(r'\r?\n', '\r\n', value)
        return ('%s: %s' % (name, v)).encode('ascii')
    line = '%s: %s' % (name, value)
    if len(line) <= limit:
        return line.encode('ascii')
    out = []
    cur = name + ':'
    tokens = re.split(r'( )', value)
    # rebuild as list of words each preceded by a single space
    words = []
    acc = ''
    for t in tokens:
        if t == ' ':
            words.append(acc)
            acc = ''
        else:
            acc += t
    words.append(acc)
    first = True
    for w in words:
        piece = ' ' + w
        if not first and len(cur) + len(piece) > limit and cur.strip() != name + ':':
            out.append(cur)
            cur = piece
        else:
            cur += piece
        first = False
    out.append(cur)
    return ('\r\n'.join(out)).encode('ascii')


class Part:
    def __init__(self, headers, body=b'', parts=None, boundary=None, preamble=None, epilogue=None):
        self.headers = headers          # list of (name, value)
        self.body = body                # encoded bytes (leaf)
        self.parts = parts              # list of Part (multipart)
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def serialize(self, with_headers=True):
        out = bytearray()
        if with_headers:
            for n, v in self.headers:
                out += fold(n, v) + CRLF
            out += CRLF
        if self.parts is not None:
            if self.preamble:
                out += self.preamble.encode('ascii') + CRLF
            for p in self.parts:
                out += b'--' + self.boundary.encode('ascii') + CRLF
                out += p.serialize()
                out += CRLF
            out += b'--' + self.boundary.encode('ascii') + b'--' + CRLF
            if self.epilogue:
                out += self.epilogue.encode('ascii')
        else:
            out += self.body
            if not self.body.endswith(CRLF):
                out += CRLF
        return bytes(out)


TYPO = {'\u2013': '-', '\u2014': '-', '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2019': "'", '\u2018': "'",
        '\u2026': '...', '\u2192': '->', '\u20ac': 'EUR', '\u00a0': ' ', '\u2022': '*', '\u00b7': '-', '\u00ab': '"', '\u00bb': '"', '\u2116': 'N'}


def fit(text, charset):
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(TYPO.get(ch, ch))
    return ''.join(out)


def encode_body(raw, cte, b64len=76, qpmax=76):
    if cte == 'quoted-printable':
        return qp_encode(raw, qpmax)
    if cte == 'base64':
        return b64_encode(raw, b64len)
    body = crlf(raw)
    for ln in body.split(CRLF):
        if len(ln) > 998:
            raise ValueError('line too long for %s' % cte)
    if cte == '7bit' and any(b > 127 for b in body):
        raise ValueError('8-bit data in 7bit part')
    return body


def text(body, subtype='plain', charset='utf-8', cte='quoted-printable', cs_quote=True, extra_ct='',
         b64len=76, order=('ct', 'cte'), cs_upper=False, extra_headers=None, disposition=None, errors='strict'):
    body = body.replace('\r\n', '\n').replace('\n', '\r\n')
    if errors == 'fit':
        body = fit(body, charset)
        errors = 'strict'
    raw = body.encode(charset, errors)
    csname = charset.upper() if cs_upper else charset
    if charset == 'utf-8' and cs_upper:
        csname = 'UTF-8'
    ct = 'text/%s; charset=%s%s' % (subtype, ('"%s"' % csname) if cs_quote else csname, extra_ct)
    hdrs = []
    for o in order:
        if o == 'ct':
            hdrs.append(('Content-Type', ct))
        elif o == 'cte':
            hdrs.append(('Content-Transfer-Encoding', cte))
    if disposition:
        hdrs.append(('Content-Disposition', disposition))
    if extra_headers:
        hdrs.extend(extra_headers)
    return Part(hdrs, encode_body(raw, cte, b64len))


def attachment(data, ctype, filename, style='gmail', disposition='attachment', cid=None, cte='base64',
               b64len=76, date=None, att_id=None, extra_ct='', charset='utf-8'):
    """Attachment part in the header style of a given mail client.
    style: 'outlook' | 'gmail' | 'thunderbird' | 'apple' | 'phpmailer' | 'generic'."""
    ascii_name = not needs_encoding(filename)
    enc_name = filename if ascii_name else ew(filename, charset, 'B', upper=(style in ('gmail', 'phpmailer')))
    hdrs = []
    if style == 'outlook':
        hdrs.append(('Content-Type', '%s; name="%s"%s' % (ctype, enc_name, extra_ct)))
        hdrs.append(('Content-Description', enc_name))
        d = date or 'Tue, 01 Dec 2026 09:00:00 GMT'
        hdrs.append(('Content-Disposition', '%s; filename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"'
                     % (disposition, enc_name, len(data), d, d)))
        if cid:
            hdrs.append(('Content-ID', '<%s>' % cid))
        hdrs.append(('Content-Transfer-Encoding', cte))
    elif style == 'gmail':
        hdrs.append(('Content-Type', '%s; name="%s"%s' % (ctype, enc_name, extra_ct)))
        hdrs.append(('Content-Disposition', '%s; filename="%s"' % (disposition, enc_name)))
        hdrs.append(('Content-Transfer-Encoding', cte))
        if cid:
            hdrs.append(('Content-ID', '<%s>' % cid))
        if att_id:
            hdrs.append(('X-Attachment-Id', att_id))
    elif style in ('thunderbird', 'apple'):
        if ascii_name:
            hdrs.append(('Content-Type', '%s; name="%s"%s' % (ctype, filename, extra_ct)))
            cd = '%s; filename="%s"' % (disposition, filename)
        else:
            hdrs.append(('Content-Type', '%s;\n %s%s' % (ctype, rfc2231('name', filename, charset), extra_ct)))
            cd = '%s;\n %s' % (disposition, rfc2231('filename', filename, charset))
        if style == 'apple':
            hdrs.insert(0, ('Content-Disposition', cd))
            hdrs.append(('Content-Transfer-Encoding', cte))
        else:
            hdrs.append(('Content-Disposition', cd))
            hdrs.append(('Content-Transfer-Encoding', cte))
        if cid:
            hdrs.append(('Content-Id', '<%s>' % cid))
    elif style == 'phpmailer':
        hdrs.append(('Content-Type', '%s; name="%s"%s' % (ctype, enc_name, extra_ct)))
        hdrs.append(('Content-Transfer-Encoding', cte))
        if cid:
            hdrs.append(('Content-ID', '<%s>' % cid))
        hdrs.append(('Content-Disposition', '%s; filename="%s"' % (disposition, enc_name)))
    else:
        hdrs.append(('Content-Type', '%s; name="%s"%s' % (ctype, enc_name, extra_ct)))
        hdrs.append(('Content-Disposition', '%s; filename="%s"' % (disposition, enc_name)))
        hdrs.append(('Content-Transfer-Encoding', cte))
        if cid:
            hdrs.append(('Content-ID', '<%s>' % cid))
    body = b64_encode(data, b64len) if cte == 'base64' else encode_body(data, cte)
    return Part(hdrs, body)


def multipart(subtype, parts, boundary, extra_ct='', preamble=None, headers_extra=None):
    hdrs = [('Content-Type', 'multipart/%s;%sboundary="%s"%s' % (subtype, '\n\t' if len(boundary) > 40 else ' ', boundary, extra_ct))]
    if headers_extra:
        hdrs.extend(headers_extra)
    return Part(hdrs, parts=parts, boundary=boundary, preamble=preamble)


def message_rfc822(raw_message_bytes, filename=None, disposition='attachment'):
    hdrs = [('Content-Type', 'message/rfc822' + ('; name="%s"' % filename if filename else ''))]
    if filename:
        hdrs.append(('Content-Disposition', '%s; filename="%s"' % (disposition, filename)))
    return Part(hdrs, crlf(raw_message_bytes))


def build(headers, root):
    """headers: list of (name, value); the token ('__MIME__', None) marks where
    the root part's headers go (default: at the end)."""
    out = bytearray()
    placed = False
    for n, v in headers:
        if n == '__MIME__':
            for rn, rv in root.headers:
                out += fold(rn, rv) + CRLF
            placed = True
            continue
        out += fold(n, v) + CRLF
    if not placed:
        for rn, rv in root.headers:
            out += fold(rn, rv) + CRLF
    out += CRLF
    out += root.serialize(with_headers=False)
    return bytes(out)
