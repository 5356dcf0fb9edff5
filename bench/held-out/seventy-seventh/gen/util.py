"""Small deterministic helpers: seeded randomness, time zones, RFC 2047, folding."""
import base64
import datetime as dt
import hashlib
import random
import string

ALNUM = string.ascii_letters + string.digits
HEXD = '0123456789abcdef'
B64URL = string.ascii_letters + string.digits + '-_'


def R(*seed):
    """A random.Random seeded from the given values (stable across runs)."""
    h = hashlib.sha256('|'.join(map(str, seed)).encode('utf-8')).digest()
    return random.Random(int.from_bytes(h[:8], 'big'))


def rhex(r, n, upper=False):
    s = ''.join(r.choice(HEXD) for _ in range(n))
    return s.upper() if upper else s


def ralnum(r, n, alphabet=ALNUM):
    return ''.join(r.choice(alphabet) for _ in range(n))


def rdigits(r, n):
    return ''.join(r.choice('0123456789') for _ in range(n))


def ruuid(r, upper=False):
    h = list(rhex(r, 32))
    h[12] = '4'
    h[16] = '89ab'[int(h[16], 16) % 4]
    h = ''.join(h)
    s = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


# ---------------------------------------------------------------- time zones
# zone: (standard offset minutes, std abbr, dst abbr, dst rule)
ZONES = {
    'de': (60, 'CET', 'CEST', 'eu'), 'it': (60, 'CET', 'CEST', 'eu'),
    'pl': (60, 'CET', 'CEST', 'eu'), 'es': (60, 'CET', 'CEST', 'eu'),
    'nl': (60, 'CET', 'CEST', 'eu'), 'fr': (60, 'CET', 'CEST', 'eu'),
    'cy': (120, 'EET', 'EEST', 'eu'),
    'uk': (0, 'GMT', 'BST', 'eu'), 'gr': (120, 'EET', 'EEST', 'eu'),
    'ru': (180, 'MSK', 'MSK', None), 'utc': (0, 'UTC', 'UTC', None),
    'gmt': (0, 'GMT', 'GMT', None),
    'pt': (-480, 'PST', 'PDT', 'us'), 'et': (-300, 'EST', 'EDT', 'us'),
    'ct': (-360, 'CST', 'CDT', 'us'),
    'vn': (420, '+07', '+07', None), 'br': (-180, '-03', '-03', None),
    'ng': (60, 'WAT', 'WAT', None),
}

DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
          'Oct', 'Nov', 'Dec']


def _last_sunday(year, month):
    d = dt.datetime(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 \
        else dt.datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def _nth_sunday(year, month, n):
    d = dt.datetime(year, month, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def _is_dst(rule, std, utc):
    if rule == 'eu':
        start = _last_sunday(utc.year, 3) + dt.timedelta(hours=1)
        end = _last_sunday(utc.year, 10) + dt.timedelta(hours=1)
        return start <= utc < end
    if rule == 'us':
        start = _nth_sunday(utc.year, 3, 2) + dt.timedelta(hours=2) - dt.timedelta(minutes=std)
        end = _nth_sunday(utc.year, 11, 1) + dt.timedelta(hours=2) - dt.timedelta(minutes=std + 60)
        return start <= utc < end
    return False


def offset(zone, utc):
    std, a1, a2, rule = ZONES[zone]
    if rule and _is_dst(rule, std, utc):
        return std + 60, a2
    return std, a1


def local_to_utc(s, zone):
    """'2026-10-13 09:14[:22]' local time in zone -> naive UTC datetime."""
    fmt = '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M'
    loc = dt.datetime.strptime(s, fmt)
    std = ZONES[zone][0]
    guess = loc - dt.timedelta(minutes=std)
    off, _ = offset(zone, guess)
    u = loc - dt.timedelta(minutes=off)
    off2, _ = offset(zone, u)
    if off2 != off:
        u = loc - dt.timedelta(minutes=off2)
    return u


def rfcdate(utc, zone, pad='', abbr=False, frac=False):
    """RFC 5322 date in the given zone. pad: '' (1), '0' (01), ' ' ( 1)."""
    off, ab = offset(zone, utc)
    loc = utc + dt.timedelta(minutes=off)
    day = str(loc.day)
    if pad == '0':
        day = '%02d' % loc.day
    elif pad == ' ':
        day = '%2d' % loc.day
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    s = '%s, %s %s %04d %02d:%02d:%02d' % (DAYS[loc.weekday()], day, MONTHS[loc.month - 1],
                                          loc.year, loc.hour, loc.minute, loc.second)
    if frac:
        s += '.%03d' % frac
    s += ' %s%02d%02d' % (sign, o // 60, o % 60)
    if abbr:
        s += ' (%s)' % ab
    return s


def localtime(utc, zone):
    off, _ = offset(zone, utc)
    return utc + dt.timedelta(minutes=off)


def plus(utc, secs):
    return utc + dt.timedelta(seconds=secs)


# ---------------------------------------------------------------- RFC 2047
def _q_payload(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif ch in ALNUM or ch in '!*+-/':
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def _payload(text, charset, enc):
    b = text.encode(charset)
    if enc == 'B':
        return base64.b64encode(b).decode('ascii')
    return _q_payload(b)


def ew(text, charset='utf-8', enc='Q', maxlen=75, sep='\n '):
    """Encode text as one or more RFC 2047 encoded-words (never splits a char)."""
    try:
        text.encode('ascii')
        if all(32 <= ord(c) < 127 for c in text):
            return text
    except UnicodeEncodeError:
        pass
    text = fit(text, charset)
    pre = '=?%s?%s?' % (charset, enc)
    words, cur = [], ''
    for ch in text:
        cand = cur + ch
        if cur and len(pre) + len(_payload(cand, charset, enc)) + 2 > maxlen:
            cut = cur.rfind(' ')
            if cut >= len(cur) // 3:
                # split after a space so that decoders which keep or drop the
                # folding whitespace both produce readable text
                words.append(cur[:cut + 1])
                cur = cur[cut + 1:] + ch
            else:
                words.append(cur)
                cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    return sep.join(pre + _payload(w, charset, enc) + '?=' for w in words)


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, email, charset='utf-8', enc='Q', quote=False):
    if not name:
        return email
    try:
        name.encode('ascii')
        if quote or any(c in SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (ew(name, charset, enc), email)


def fmt_addrs(lst, charset='utf-8', enc='Q', quote=False):
    return ',\n '.join(fmt_addr(n, e, charset, enc, quote) for n, e in lst)


def fold(value, width=76):
    """Fold a plain ASCII header value at spaces; keep existing folds."""
    if '\n' in value or len(value) <= width:
        return value
    words = value.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


# ------------------------------------------------------------- charset fitting
FALLBACK = {
    '\u201e': '"', '\u201c': '"', '\u201d': '"', '\u2018': "'", '\u2019': "'",
    '\u201a': "'", '\u2013': '-', '\u2014': '-', '\u2026': '...', '\u20ac': 'EUR',
    '\u00ab': '"', '\u00bb': '"', '\u2116': 'N', '\u00a0': ' ', '\u2022': '*',
    '\u00b7': '*', '\u2122': '(TM)', '\u00ae': '(R)', '\u00a9': '(C)', '\u202f': ' ',
    '\u2009': ' ', '\u00d7': 'x', '\u2192': '->', '\u00a3': 'GBP ', '\u2212': '-',
    '\u0451': '\u0435', '\u0401': '\u0415',
}


def fit(text, charset):
    """Replace typographic characters the charset cannot carry; then verify."""
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in FALLBACK:
                rep = FALLBACK[ch]
                rep.encode(charset)
                out.append(rep)
            else:
                raise ValueError('character %r (U+%04X) not in %s' % (ch, ord(ch), charset))
    return ''.join(out)


TRANSLIT = {}
_gr = ('ΑA ΒV ΓG ΔD ΕE ΖZ ΗI ΘTh ΙI ΚK ΛL ΜM ΝN ΞX ΟO ΠP ΡR ΣS ΤT ΥY ΦF ΧCh ΨPs ΩO '
       'αa βv γg δd εe ζz ηi θth ιi κk λl μm νn ξx οo πp ρr σs ςs τt υy φf χch ψps ωo '
       'άa έe ήi ίi όo ύy ώo ΆA ΈE ΉI ΊI ΌO ΎY ΏO ϊi ϋy ΐi ΰy')
for tok in _gr.split():
    TRANSLIT[tok[0]] = tok[1:]
_ru = ('АA БB ВV ГG ДD ЕE ЁYo ЖZh ЗZ ИI ЙY КK ЛL МM НN ОO ПP РR СS ТT УU ФF ХKh ЦTs ЧCh '
       'ШSh ЩShch Ъ\' ЫY Ь\' ЭE ЮYu ЯYa аa бb вv гg дd еe ёyo жzh зz иi йy кk лl мm нn оo '
       'пp рr сs тt уu фf хkh цts чch шsh щshch ъ\' ыy ь\' эe юyu яya')
for tok in _ru.split():
    TRANSLIT[tok[0]] = tok[1:]
for a, b in zip('ąćęłńśźżĄĆĘŁŃŚŹŻ', 'acelnszzACELNSZZ'):
    TRANSLIT[a] = b
TRANSLIT['№'] = 'No.'


def translit_cp1252(text):
    out = []
    for ch in text:
        try:
            ch.encode('cp1252')
            out.append(ch)
        except UnicodeEncodeError:
            out.append(TRANSLIT.get(ch, FALLBACK.get(ch, '?')))
    return ''.join(out)


def wrap(text, width=76, flowed=False):
    """Hard-wrap long lines at spaces. With flowed, soft breaks keep a trailing space."""
    out = []
    for line in text.split('\n'):
        if len(line) <= width or line.startswith('>'):
            out.append(line.rstrip(' ') if flowed and line != '-- ' else line)
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
