"""Small helpers: seeded randomness, time zones, RFC 2047 / header folding, identifiers."""
import base64
import datetime as _dt
import hashlib
import random
import re
import string

UTC = _dt.timezone.utc


def seeded(name):
    """Every random value of a message comes from a generator seeded with its file name."""
    h = hashlib.sha256(name.encode('utf-8')).digest()
    return random.Random(int.from_bytes(h, 'big'))


# ---------------------------------------------------------------- time zones
def _last_sunday(year, month):
    if month == 12:
        d = _dt.date(year + 1, 1, 1) - _dt.timedelta(days=1)
    else:
        d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _eu_summer(utc):
    y = utc.year
    a = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1, 0), UTC)
    b = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1, 0), UTC)
    return a <= utc < b


# zone -> (standard offset minutes, std abbr, summer abbr or None)
ZONES = {
    'DE': (60, 'CET', 'CEST'), 'IT': (60, 'CET', 'CEST'), 'PL': (60, 'CET', 'CEST'),
    'ES': (60, 'CET', 'CEST'), 'NL': (60, 'CET', 'CEST'), 'UK': (0, 'GMT', 'BST'),
    'GR': (120, 'EET', 'EEST'), 'RU': (180, 'MSK', None), 'UTC': (0, 'UTC', None),
    'US-PT': (-480, 'PST', 'PDT'), 'US-ET': (-300, 'EST', 'EDT'), 'IN': (330, 'IST', None),
    'VN': (420, '+07', None), 'NG': (60, 'WAT', None), 'AE': (240, '+04', None),
}


def zone_offset(zone, utc):
    std, a1, a2 = ZONES[zone]
    if a2 and zone.startswith('US-'):
        # US DST ends first Sunday of November 2026 (Nov 1) at 02:00 local
        y = utc.year
        d = _dt.date(y, 11, 1)
        while d.weekday() != 6:
            d += _dt.timedelta(days=1)
        end = _dt.datetime.combine(d, _dt.time(2, 0), UTC) - _dt.timedelta(minutes=std + 60)
        if utc < end:
            return std + 60, a2
        return std, a1
    if a2 and _eu_summer(utc):
        return std + 60, a2
    return std, a1


def local_to_utc(s, zone):
    naive = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    std = ZONES[zone][0]
    guess = (naive - _dt.timedelta(minutes=std)).replace(tzinfo=UTC)
    off, _ = zone_offset(zone, guess)
    return (naive - _dt.timedelta(minutes=off)).replace(tzinfo=UTC)


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def fmt_date(utc, zone='DE', style='std'):
    off, abbr = zone_offset(zone, utc)
    loc = utc + _dt.timedelta(minutes=off)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    tz = '%s%02d%02d' % (sign, o // 60, o % 60)
    d = DAYS[loc.weekday()]
    m = MONS[loc.month - 1]
    hms = loc.strftime('%H:%M:%S')
    if style == 'std':
        return '%s, %d %s %d %s %s' % (d, loc.day, m, loc.year, hms, tz)
    if style == 'std0':
        return '%s, %02d %s %d %s %s' % (d, loc.day, m, loc.year, hms, tz)
    if style == 'postfix':
        return '%s, %2d %s %d %s %s (%s)' % (d, loc.day, m, loc.year, hms, tz, abbr)
    if style == 'paren':
        return '%s, %02d %s %d %s %s (%s)' % (d, loc.day, m, loc.year, hms, tz, abbr)
    if style == 'paren1':
        return '%s, %d %s %d %s %s (%s)' % (d, loc.day, m, loc.year, hms, tz, abbr)
    if style == 'ms':  # Exchange Online internal hops: always +0000
        return '%s, %d %s %d %s +0000' % (DAYS[utc.weekday()], utc.day, MONS[utc.month - 1], utc.year,
                                          utc.strftime('%H:%M:%S'))
    if style == 'gmt':
        return '%s, %02d %s %d %s GMT' % (DAYS[utc.weekday()], utc.day, MONS[utc.month - 1], utc.year,
                                          utc.strftime('%H:%M:%S'))
    if style == 'iso':
        return loc.strftime('%Y-%m-%dT%H:%M:%S') + tz[:3] + ':' + tz[3:]
    raise ValueError(style)


def plus(t, lo, hi, rng):
    return t + _dt.timedelta(seconds=rng.randint(lo, hi))


def epoch(t):
    return int(t.timestamp())


# ---------------------------------------------------------------- identifiers
HEX = '0123456789abcdef'
ALNUM = string.ascii_letters + string.digits
PFX_CHARS = '0123456789BCDFGHJKLMNPQRSTVWXYbcdfghjklmnpqrstvwxy'


def rhex(rng, n, upper=False):
    s = ''.join(rng.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n, chars=ALNUM):
    return ''.join(rng.choice(chars) for _ in range(n))


def rdigits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def rb64(rng, nbytes, urlsafe=False):
    b = bytes(rng.getrandbits(8) for _ in range(nbytes))
    if urlsafe:
        return base64.urlsafe_b64encode(b).decode().rstrip('=')
    return base64.b64encode(b).decode()


def ruuid(rng, upper=False):
    h = rhex(rng, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    s = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def postfix_qid(rng):
    return '4' + ralnum(rng, 9, PFX_CHARS) + 'z' + ralnum(rng, rng.choice([3, 4, 4, 5]), PFX_CHARS)


# ---------------------------------------------------------------- RFC 2047
_Q_SAFE = set(string.ascii_letters + string.digits + '!*+-/')


def _q_enc(text, charset):
    out = []
    for b in text.encode(charset):
        c = chr(b)
        if c == ' ':
            out.append('_')
        elif c in _Q_SAFE:
            out.append(c)
        else:
            out.append('=%02X' % b)
    return ''.join(out)


def _word(text, charset, enc, label):
    if enc == 'B':
        payload = base64.b64encode(text.encode(charset)).decode()
    else:
        payload = _q_enc(text, charset)
    return '=?%s?%s?%s?=' % (label, enc, payload)


def ew_words(text, charset='utf-8', enc='B', label=None, maxlen=75):
    """Split into encoded words <= maxlen, preferring to break after a space (kept inside the
    earlier word) so that decoders which wrongly insert a space between words don't split a word."""
    label = label or charset
    words, cur = [], ''
    for ch in text:
        cand = cur + ch
        if cur and len(_word(cand, charset, enc, label)) > maxlen:
            cut = cur.rfind(' ')
            if 0 < cut < len(cur) - 1:
                words.append(_word(cur[:cut + 1], charset, enc, label))
                cur = cur[cut + 1:] + ch
                if len(_word(cur, charset, enc, label)) > maxlen:
                    words.append(_word(cur[:-1], charset, enc, label))
                    cur = ch
            else:
                words.append(_word(cur, charset, enc, label))
                cur = ch
        else:
            cur = cand
    if cur:
        words.append(_word(cur, charset, enc, label))
    return words


def ew(text, charset='utf-8', enc='B', label=None, sep='\n '):
    return sep.join(ew_words(text, charset, enc, label))


def is_ascii(s):
    return all(ord(c) < 127 for c in s)


def htext(text, charset='utf-8', enc='B', label=None):
    """Unstructured header text: plain if ASCII, else encoded words."""
    if is_ascii(text):
        return text
    return ew(text, charset, enc, label)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def fmt_addr(name, email, charset='utf-8', enc='B', label=None, quote='auto', bare=False):
    if email.endswith(':;'):
        return email
    if not name:
        return email if bare else '<%s>' % email
    if not is_ascii(name):
        return '%s <%s>' % (ew(name, charset, enc, label), email)
    if quote == 'always' or _SPECIALS.search(name):
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


def fold(name, value, width=78, sep='\n '):
    """Fold an ASCII header at spaces (after commas preferred)."""
    line = '%s: %s' % (name, value)
    if len(line) <= width or '\n' in value:
        return line
    out, cur = [], name + ':'
    tokens = re.split(r'(?<= )', ' ' + value)
    tokens = [t for t in tokens if t]
    cur = name + ':'
    for t in tokens:
        if len(cur) + len(t.rstrip()) > width and cur.strip() and cur != name + ':':
            out.append(cur.rstrip())
            cur = sep[1:] + t.lstrip()
        else:
            cur += t
    out.append(cur.rstrip())
    return '\n'.join(out)


def addr_list(pairs, **kw):
    return ', '.join(fmt_addr(n, e, **kw) for n, e in pairs)


def slug_ascii(s):
    return re.sub(r'[^a-z0-9]+', '', s.lower())
