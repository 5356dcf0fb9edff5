"""Small helpers: time zones, RFC 5322 dates, identifiers, encodings.

Everything here is deterministic; randomness always comes from a
random.Random instance that the caller seeded with the message file name.
"""
import base64
import datetime as _dt
import hashlib
import quopri
import re

UTC = _dt.timezone.utc

# --- time -----------------------------------------------------------------

# EU summer time 2026: 29 Mar 01:00 UTC .. 25 Oct 01:00 UTC
_DST_START = _dt.datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
_DST_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)

ZONES = {
    # name: (standard offset h, dst?, std abbrev, dst abbrev)
    'CET': (1, True, 'CET', 'CEST'),
    'GB': (0, True, 'GMT', 'BST'),
    'EET': (2, True, 'EET', 'EEST'),
    'MSK': (3, False, 'MSK', 'MSK'),
    'UTC': (0, False, 'UTC', 'UTC'),
    'PT': (-8, None, 'PST', 'PDT'),   # US Pacific (Gmail "by" lines)
    'ET': (-5, None, 'EST', 'EDT'),
}
COUNTRY_ZONE = {'DE': 'CET', 'IT': 'CET', 'PL': 'CET', 'ES': 'CET', 'GB': 'GB',
                'UK': 'GB', 'GR': 'EET', 'RU': 'MSK'}


def zone_offset(zone, t):
    std, dst, a_std, a_dst = ZONES[zone]
    if dst is None:  # US rules 2026: DST ends 1 Nov 2026 (09:00 UTC for PT)
        end = _dt.datetime(2026, 11, 1, 2 - std - 1, 0, tzinfo=UTC)
        if t < end:
            return std + 1, a_dst
        return std, a_std
    if dst and _DST_START <= t < _DST_END:
        return std + 1, a_dst
    return std, a_std


def utc(y, mo, d, h, mi, s=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def local_to_utc(zone, y, mo, d, h, mi, s=0):
    naive = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    off, _ = zone_offset(zone, naive - _dt.timedelta(hours=ZONES[zone][0]))
    return naive - _dt.timedelta(hours=off)


_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _fmt_off(h, m=0):
    sign = '+' if h >= 0 else '-'
    return '%s%02d%02d' % (sign, abs(h), m)


def rfcdate(t, zone='CET', style='std'):
    """Format a UTC datetime in a zone.

    style: 'std'      Tue, 6 Oct 2026 09:14:31 +0200
           'pad'      Tue, 06 Oct 2026 09:14:31 +0200
           'postfix'  Tue,  6 Oct 2026 09:14:31 +0200 (CEST)
           'abbr'     Tue, 06 Oct 2026 00:14:31 -0700 (PDT)
           'noday'    6 Oct 2026 09:14:31 +0200
    """
    off, abbr = zone_offset(zone, t)
    lt = t + _dt.timedelta(hours=off)
    day = _DAYS[lt.weekday()]
    mon = _MONS[lt.month - 1]
    hms = '%02d:%02d:%02d' % (lt.hour, lt.minute, lt.second)
    o = _fmt_off(off)
    if style == 'std':
        return '%s, %d %s %d %s %s' % (day, lt.day, mon, lt.year, hms, o)
    if style == 'pad':
        return '%s, %02d %s %d %s %s' % (day, lt.day, mon, lt.year, hms, o)
    if style == 'postfix':
        return '%s, %2d %s %d %s %s (%s)' % (day, lt.day, mon, lt.year, hms, o, abbr)
    if style == 'abbr':
        return '%s, %02d %s %d %s %s (%s)' % (day, lt.day, mon, lt.year, hms, o, abbr)
    if style == 'noday':
        return '%d %s %d %s %s' % (lt.day, mon, lt.year, hms, o)
    raise ValueError(style)


def localtime(t, zone):
    off, _ = zone_offset(zone, t)
    return t + _dt.timedelta(hours=off)


def sec(n):
    return _dt.timedelta(seconds=n)


def unix(t):
    return int(t.timestamp())


# --- identifiers ----------------------------------------------------------

PF_ALPHA = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'


def _b(n, alpha, width=None):
    out = ''
    base = len(alpha)
    while n:
        n, r = divmod(n, base)
        out = alpha[r] + out
    out = out or alpha[0]
    if width:
        out = out.rjust(width, alpha[0])
    return out


def postfix_qid(rng, t):
    """Postfix long queue id: seconds, microseconds, 'z', inode."""
    secs = unix(t)
    usec = rng.randrange(0, 999999)
    inode = rng.randrange(100000, 4000000)
    return _b(secs, PF_ALPHA) + _b(usec, PF_ALPHA, 4) + 'z' + _b(inode, PF_ALPHA[:-1])


def hexs(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def guid(rng, upper=False):
    h = hexs(rng, 32, upper)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab' if not upper else '89AB') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64rand(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def b64url_rand(rng, nbytes):
    return base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode().rstrip('=')


# --- content transfer encodings --------------------------------------------

def b64_body(data):
    return base64.encodebytes(data)  # 76-char lines, '\n'


def qp_body(data):
    # quopri keeps '\n' as hard line breaks; soft-wraps at 76
    return quopri.encodestring(data, quotetabs=False)


def encode_body(data, cte):
    cte = (cte or '7bit').lower()
    if cte == 'base64':
        return b64_body(data)
    if cte == 'quoted-printable':
        out = qp_body(data)
        return out if out.endswith(b'\n') else out + b'\n'
    if cte in ('7bit', '8bit'):
        for ln in data.split(b'\n'):
            if len(ln) > 990:
                raise ValueError('line too long for %s' % cte)
        if cte == '7bit' and any(b > 127 for b in data):
            raise ValueError('non-ascii in 7bit')
        return data if data.endswith(b'\n') else data + b'\n'
    raise ValueError(cte)


# --- RFC 2047 ----------------------------------------------------------------

_Q_SAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _q_encode_chunk(bs):
    out = []
    for b in bs:
        if b == 0x20:
            out.append('_')
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append('=%02X' % b)
    return ''.join(out)


def ew(text, charset='utf-8', enc='Q', maxlen=75):
    """Encode text as one or more RFC 2047 encoded words (space separated)."""
    if all(ord(c) < 128 for c in text) and enc != 'force':
        return text
    words = []
    cur = ''
    prefix = '=?%s?%s?' % (charset, enc if enc in 'QB' else 'Q')

    def enc_len(s):
        bs = s.encode(charset)
        if enc == 'B':
            return len(prefix) + 2 + 4 * ((len(bs) + 2) // 3)
        return len(prefix) + 2 + len(_q_encode_chunk(bs))
    for ch in text:
        if cur and enc_len(cur + ch) > maxlen:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    res = []
    for w in words:
        bs = w.encode(charset)
        if enc == 'B':
            res.append(prefix + base64.b64encode(bs).decode() + '?=')
        else:
            res.append(prefix + _q_encode_chunk(bs) + '?=')
    return ' '.join(res)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(name, email, charset='utf-8', enc='Q', quote_always=False):
    """Format a mailbox."""
    if not name:
        return '<%s>' % email if quote_always else email
    if any(ord(c) > 127 for c in name):
        return '%s <%s>' % (ew(name, charset, enc), email)
    if _SPECIALS.search(name) or quote_always:
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


def fold(name, value, width=78):
    """Fold a header at spaces; values with explicit folds are kept as is."""
    if '\n' in value:
        return '%s: %s' % (name, value)
    words = value.split(' ')
    lines = []
    cur = name + ':'
    first = True
    for w in words:
        cand = cur + ' ' + w
        if len(cand) > width and w and not first and cur.strip():
            lines.append(cur)
            cur = ' ' + w
        else:
            cur = cand
        first = False
    lines.append(cur)
    return '\n'.join(lines)


def sha256_b64(data):
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


def dkim_relaxed_body(body_crlf):
    lines = body_crlf.split(b'\r\n')
    out = []
    for ln in lines:
        ln = re.sub(rb'[ \t]+', b' ', ln).rstrip(b' ')
        out.append(ln)
    while out and out[-1] == b'':
        out.pop()
    if not out:
        return b''
    return b'\r\n'.join(out) + b'\r\n'


def dkim_simple_body(body_crlf):
    b = body_crlf
    while b.endswith(b'\r\n\r\n'):
        b = b[:-2]
    if not b.endswith(b'\r\n'):
        b += b'\r\n'
    return b


def wrap_b64_value(s, first=0, width=72, indent='\t '):
    """Split a long base64 token over folded lines (for DKIM b=)."""
    parts = []
    while s:
        parts.append(s[:width])
        s = s[width:]
    return ('\n' + indent).join(parts)


def html_escape(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
             .replace('"', '&quot;'))
