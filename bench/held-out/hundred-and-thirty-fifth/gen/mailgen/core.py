"""Core: dates/time zones, header encoding and folding, MIME tree and
serialisation, DKIM-Signature construction, mx01 trace headers."""
import base64
import datetime as _dt
import hashlib
import re

CRLF = '\r\n'
UTC = _dt.timezone.utc
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

EU_DST_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
US_DST_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def zone_info(zone, t):
    """Return (offset minutes, abbreviation) for a zone key at UTC time t."""
    summer = t < EU_DST_END
    if zone == 'DE':
        return (120, 'CEST') if summer else (60, 'CET')
    if zone == 'UK':
        return (60, 'BST') if summer else (0, 'GMT')
    if zone == 'GR':
        return (180, 'EEST') if summer else (120, 'EET')
    if zone == 'RU':
        return (180, 'MSK')
    if zone == 'US':
        return (-420, 'PDT') if t < US_DST_END else (-480, 'PST')
    if zone == 'USE':
        return (-240, 'EDT') if t < US_DST_END else (-300, 'EST')
    if zone == 'UTC':
        return (0, 'UTC')
    if zone == 'BR':
        return (-180, '-03')
    raise KeyError(zone)


def local(t, zone):
    off, abbr = zone_info(zone, t)
    return t + _dt.timedelta(minutes=off), off, abbr


def _off(off):
    s = '+' if off >= 0 else '-'
    return '%s%02d%02d' % (s, abs(off) // 60, abs(off) % 60)


def rfcdate(t, zone, style='std'):
    """style: std 'Tue, 3 Nov 2026 09:14:22 +0100'; postfix 'Tue,  3 Nov 2026 ... +0100 (CET)';
    pad '03'; pad_abbr 'Tue, 03 Nov 2026 ... -0800 (PST)'; noday '3 Nov 2026 ...'."""
    lt, off, abbr = local(t, zone)
    day = DAYS[lt.weekday()]
    hms = '%02d:%02d:%02d' % (lt.hour, lt.minute, lt.second)
    if style == 'postfix':
        return '%s, %2d %s %d %s %s (%s)' % (day, lt.day, MONTHS[lt.month - 1], lt.year, hms, _off(off), abbr)
    if style == 'pad':
        return '%s, %02d %s %d %s %s' % (day, lt.day, MONTHS[lt.month - 1], lt.year, hms, _off(off))
    if style == 'pad_abbr':
        return '%s, %02d %s %d %s %s (%s)' % (day, lt.day, MONTHS[lt.month - 1], lt.year, hms, _off(off), abbr)
    if style == 'abbr':
        return '%s, %d %s %d %s %s (%s)' % (day, lt.day, MONTHS[lt.month - 1], lt.year, hms, _off(off), abbr)
    if style == 'noday':
        return '%d %s %d %s %s' % (lt.day, MONTHS[lt.month - 1], lt.year, hms, _off(off))
    return '%s, %d %s %d %s %s' % (day, lt.day, MONTHS[lt.month - 1], lt.year, hms, _off(off))


def utc(y, mo, d, h, mi, s=0, zone='DE'):
    """Build a UTC datetime from local wall-clock time in zone."""
    naive = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    off, _ = zone_info(zone, naive)
    t = naive - _dt.timedelta(minutes=off)
    off2, _ = zone_info(zone, t)
    return naive - _dt.timedelta(minutes=off2)


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


def epoch(t):
    return int(t.timestamp())


# ------------------------------------------------------------ encodings ----
def qp_encode(data, header=False):
    """Quoted-printable (RFC 2045) for bytes with '\n' or '\r\n' line breaks."""
    lines = data.replace(b'\r\n', b'\n').split(b'\n')
    out = []
    for ln in lines:
        enc = []
        for i, c in enumerate(ln):
            if (33 <= c <= 126 and c != 61) or (c in (9, 32) and i != len(ln) - 1):
                enc.append(chr(c))
            else:
                enc.append('=%02X' % c)
        cur = ''
        res = []
        for tok in enc:
            if len(cur) + len(tok) > 75:
                res.append(cur + '=')
                cur = ''
            cur += tok
        res.append(cur)
        out.extend(res)
    return CRLF.join(out)


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width)) if s else ''


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(text, charset='utf-8', enc='B', maxlen=75):
    """Encode text as one or more RFC 2047 encoded words (space separated)."""
    words = []
    cur = ''
    pre = '=?%s?%s?' % (charset, enc)

    def encode(s):
        b = s.encode(charset)
        if enc == 'B':
            return base64.b64encode(b).decode()
        out = ''
        for c in b:
            ch = chr(c)
            if ch == ' ':
                out += '_'
            elif ch.isalnum() and c < 128 or ch in '!*+-/':
                out += ch
            else:
                out += '=%02X' % c
        return out
    for ch in text:
        cand = cur + ch
        if len(pre) + len(encode(cand)) + 2 > maxlen and cur:
            words.append(pre + encode(cur) + '?=')
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(pre + encode(cur) + '?=')
    return ' '.join(words)


def hdr_text(s, charset='utf-8', enc='B', force=False):
    if is_ascii(s) and not force:
        return s
    return ew(s, charset, enc)


def hdr_text_mixed(s, charset='utf-8', enc='Q'):
    """Encode only the non-ASCII words (Thunderbird/Apple style)."""
    if is_ascii(s):
        return s
    parts = s.split(' ')
    out = []
    i = 0
    while i < len(parts):
        if is_ascii(parts[i]):
            out.append(parts[i])
            i += 1
        else:
            j = i
            while j < len(parts) and not is_ascii(parts[j]):
                j += 1
            out.append(ew(' '.join(parts[i:j]), charset, enc))
            i = j
    return ' '.join(out)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(name, address, charset='utf-8', enc='B', quote_always=False):
    if not name:
        return '<%s>' % address if quote_always else address
    if not is_ascii(name):
        return '%s <%s>' % (ew(name, charset, enc), address)
    if _SPECIALS.search(name) or quote_always:
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), address)
    return '%s <%s>' % (name, address)


def addr_list(items, charset='utf-8', enc='B', quote_always=False):
    return ', '.join(addr(n, a, charset, enc, quote_always) for n, a in items)


def fold(name, value, width=78, indent=' '):
    """Fold a header at spaces; values that already contain CRLF are kept as they are."""
    if '\n' in value:
        return '%s: %s' % (name, value)
    line = '%s: %s' % (name, value)
    if len(line) <= width:
        return line
    lines = []
    cur = name + ':'
    for w in value.split(' '):
        piece = ' ' + w
        if len(cur) + len(piece) > width and cur != name + ':' and w != '' and cur.strip():
            lines.append(cur)
            cur = ' ' + w
        else:
            cur += piece
    lines.append(cur)
    return CRLF.join(lines)


# ------------------------------------------------------------ MIME tree ----
class Part:
    ctype = None

    def headers(self):
        raise NotImplementedError


class Text(Part):
    def __init__(self, subtype, text, charset='utf-8', cte='quoted-printable', ct_params=None,
                 disposition=None, filename=None, extra_headers=None, charset_label=None, fname_style='2231',
                 ct_order=None):
        self.subtype, self.text, self.charset, self.cte = subtype, text, charset, cte
        self.ct_params = ct_params or []
        self.disposition, self.filename = disposition, filename
        self.extra = extra_headers or []
        self.label = charset_label or charset
        self.fname_style = fname_style

    def payload_bytes(self):
        t = self.text.replace('\r\n', '\n')
        return t.replace('\n', '\r\n').encode(self.charset)

    def serialize(self):
        data = self.payload_bytes()
        if self.cte == 'base64':
            body = b64_lines(data)
        elif self.cte == 'quoted-printable':
            body = qp_encode(data)
        else:
            if self.cte == '7bit':
                data.decode('ascii')
            body = data.decode('latin-1')
        params = ['charset="%s"' % self.label] + self.ct_params
        hs = []
        ct = 'text/%s; %s' % (self.subtype, '; '.join(params))
        if self.filename:
            ct += '; ' + fname_param('name', self.filename, self.fname_style)
        hs.append(('Content-Type', ct))
        hs.append(('Content-Transfer-Encoding', self.cte))
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += '; ' + fname_param('filename', self.filename, self.fname_style)
            hs.append(('Content-Disposition', d))
        hs += self.extra
        return hs, body


def fname_param(key, fn, style):
    if is_ascii(fn):
        return '%s="%s"' % (key, fn)
    if style == '2231':
        from urllib.parse import quote
        return "%s*=utf-8''%s" % (key, quote(fn.encode('utf-8'), safe='._-'))
    if style.startswith('2047'):
        cs = style.split(':')[1] if ':' in style else 'utf-8'
        return '%s="%s"' % (key, ew(fn, cs, 'B'))
    raise ValueError(style)


class Binary(Part):
    def __init__(self, ctype, data, filename=None, disposition='attachment', cid=None, cte='base64',
                 fname_style='2231', extra_headers=None, size_param=False, dates=None, line=76,
                 ct_params=None, name_param=True):
        self.ct, self.data, self.filename = ctype, data, filename
        self.disposition, self.cid, self.cte = disposition, cid, cte
        self.fname_style, self.extra, self.size_param = fname_style, extra_headers or [], size_param
        self.dates, self.line, self.ct_params, self.name_param = dates, line, ct_params or [], name_param

    def serialize(self):
        hs = []
        ct = self.ct
        for p in self.ct_params:
            ct += '; ' + p
        if self.filename and self.name_param:
            ct += '; ' + fname_param('name', self.filename, self.fname_style)
        hs.append(('Content-Type', ct))
        if self.cid and self.disposition == 'inline' and self.size_param == 'outlook':
            pass
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += '; ' + fname_param('filename', self.filename, self.fname_style)
            if self.size_param:
                d += '; size=%d' % len(self.data)
            if self.dates:
                d += ';\r\n\tcreation-date="%s";\r\n\tmodification-date="%s"' % (self.dates, self.dates)
            hs.append(('Content-Disposition', d))
        if self.cid:
            hs.append(('Content-ID', '<%s>' % self.cid))
        hs += self.extra
        hs.append(('Content-Transfer-Encoding', self.cte))
        if self.cte == 'base64':
            body = b64_lines(self.data, self.line)
        elif self.cte == 'quoted-printable':
            body = qp_encode(self.data)
        else:
            body = self.data.decode('latin-1')
        return hs, body


class Raw(Part):
    """message/rfc822 or other part whose body is given verbatim (bytes)."""

    def __init__(self, ctype, raw, headers=None, cte='7bit'):
        self.ct, self.raw, self.hdrs, self.cte = ctype, raw, headers or [], cte

    def serialize(self):
        hs = [('Content-Type', self.ct)] + self.hdrs
        if self.cte:
            hs.append(('Content-Transfer-Encoding', self.cte))
        body = self.raw.decode('latin-1')
        if body.endswith('\r\n'):
            body = body[:-2]
        return hs, body


class Multi(Part):
    def __init__(self, subtype, parts, boundary, params=None, preamble=None, extra_headers=None,
                 quote_boundary=True, cte=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.preamble, self.extra = params or [], preamble, extra_headers or []
        self.qb, self.cte = quote_boundary, cte

    def serialize(self):
        b = ('"%s"' % self.boundary) if self.qb else self.boundary
        ct = 'multipart/%s;%s' % (self.subtype, ''.join(' %s;' % p for p in self.params))
        ct = ct + '\r\n\tboundary=%s' % b
        hs = [('Content-Type', ct)] + self.extra
        if self.cte:
            hs.append(('Content-Transfer-Encoding', self.cte))
        out = []
        if self.preamble is not None:
            out.append(self.preamble)
            out.append('')
        for p in self.parts:
            phs, pbody = p.serialize()
            out.append('--' + self.boundary)
            out.extend(fold(n, v) for n, v in phs)
            out.append('')
            out.append(pbody)
        out.append('--' + self.boundary + '--')
        out.append('')
        return hs, CRLF.join(out)


# ---------------------------------------------------------------- DKIM -----
def relaxed_body_hash(body):
    lines = body.split(CRLF)
    canon = []
    for ln in lines:
        ln = re.sub(r'[ \t]+', ' ', ln).rstrip(' ')
        canon.append(ln)
    while canon and canon[-1] == '':
        canon.pop()
    data = (CRLF.join(canon) + CRLF) if canon else ''
    return base64.b64encode(hashlib.sha256(data.encode('latin-1')).digest()).decode()


def rand_b64(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def dkim(rng, d, s, h, body, t=None, x=None, i=None, bits=2048, style='generic', extra_tags=None,
         algo='rsa-sha256'):
    """Return (header value, b-prefix) of a DKIM-Signature with a correct
    relaxed body hash and an invented signature."""
    bh = relaxed_body_hash(body)
    if algo == 'ed25519-sha256':
        b = rand_b64(rng, 64)
    else:
        b = rand_b64(rng, bits // 8)
    tags = [('v', '1'), ('a', algo), ('c', 'relaxed/relaxed'), ('d', d), ('s', s)]
    if t is not None:
        tags.append(('t', str(t)))
    if x is not None:
        tags.append(('x', str(x)))
    if i:
        tags.append(('i', i))
    for et in extra_tags or []:
        tags.append(et)
    if style == 'google':
        tags.insert(5, ('t', str(t))) if False else None
        v = ('v=1; a=%s; c=relaxed/relaxed;\r\n        d=%s; s=%s; t=%s; x=%s;%s\r\n        h=%s;\r\n'
             '        bh=%s;\r\n        b=' % (algo, d, s, t, x, (' darn=%s;' % dict(extra_tags or [])['darn']) if extra_tags else '',
                                            _fold_list(h, 8, 60), bh))
        v += '\r\n         '.join(b[j:j + 70] for j in range(0, len(b), 70))
        return v, b[:8]
    if style == 'microsoft':
        v = ('v=1; a=%s; c=relaxed/relaxed; d=%s;\r\n s=%s;\r\n h=%s;\r\n bh=%s;\r\n b=' % (
            algo, d, s, ':'.join(h), bh))
        v += '\r\n '.join(b[j:j + 72] for j in range(0, len(b), 72))
        return v, b[:8]
    # generic (opendkim / SES / SendGrid style)
    parts = ['%s=%s' % kv for kv in tags] + ['h=%s' % ':'.join(h), 'bh=%s' % bh]
    lines = []
    cur = ''
    for p in parts:
        piece = p + ';'
        if cur and len(cur) + 1 + len(piece) > 72:
            lines.append(cur)
            cur = piece
        else:
            cur = (cur + ' ' + piece) if cur else piece
    lines.append(cur)
    v = '\r\n\t'.join(lines) + '\r\n\tb=' + '\r\n\t '.join(b[j:j + 70] for j in range(0, len(b), 70))
    return v, b[:8]


def _fold_list(h, indent, width):
    s = ':'.join(h)
    out = []
    cur = ''
    for item in h:
        piece = (':' if cur else '') + item
        if len(cur) + len(piece) > width:
            out.append(cur)
            cur = ':' + item
        else:
            cur += piece
    out.append(cur)
    return ('\r\n' + ' ' * (indent + 1)).join(out)


# ------------------------------------------------------------ identifiers --
B52 = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'


def postfix_qid(rng, t):
    n = epoch(t)
    s = ''
    while n:
        n, r = divmod(n, 52)
        s = B52[r] + s
    us = rng.randrange(52 ** 4)
    tail = ''
    for _ in range(4):
        us, r = divmod(us, 52)
        tail += B52[r]
    return s + tail + 'z' + ''.join(rng.choice(B52) for _ in range(rng.choice((3, 4))))


def hexs(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(chars) for _ in range(n))


def guid(rng, upper=False):
    h = hexs(rng, 32, upper)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def received_postfix(helo, rdns, ip, by, qid, t, zone='DE', rcpt=None, tls='1.3', proto='ESMTPS',
                     client_cert='(No client certificate requested)', product='Postfix', authenticated=None):
    fr = '%s (%s [%s])' % (helo, rdns or 'unknown', ip)
    lines = ['from ' + fr]
    if tls == '1.3':
        lines.append('\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)')
        lines.append('\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)')
    elif tls == '1.2':
        lines.append('\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))')
    if tls and client_cert:
        lines.append('\t' + client_cert)
    if authenticated:
        lines.append('\t(Authenticated sender: %s)' % authenticated)
    lines.append('\tby %s (%s) with %s id %s' % (by, product, proto, qid))
    if rcpt:
        lines.append('\tfor <%s>; %s' % (rcpt, rfcdate(t, zone, 'postfix')))
    else:
        lines[-1] += ';'
        lines.append('\t' + rfcdate(t, zone, 'postfix'))
    return CRLF.join(lines)
