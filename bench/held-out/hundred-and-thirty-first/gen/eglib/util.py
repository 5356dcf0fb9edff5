"""Deterministic helpers: seeded RNG, time zones, identifiers with check digits."""
import base64
import datetime as _dt
import hashlib
import random
import string
import uuid


def rng_for(name):
    """Random generator seeded with a (file) name, stable across runs and machines."""
    seed = int.from_bytes(hashlib.sha256(name.encode('utf-8')).digest(), 'big')
    return random.Random(seed)


# ---------------------------------------------------------------- time zones
def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _nth_sunday(year, month, n):
    d = _dt.date(year, month, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d + _dt.timedelta(days=7 * (n - 1))


def _eu_dst(utc):
    y = utc.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1))
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1))
    return start <= utc < end


def _us_dst(utc, std_off_h):
    y = utc.year
    start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(2)) - _dt.timedelta(hours=std_off_h)
    end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(2)) - _dt.timedelta(hours=std_off_h + 1)
    return start <= utc < end


# name -> (standard offset minutes, rule, std abbrev, dst abbrev)
ZONES = {
    'DE': (60, 'eu', 'CET', 'CEST'),
    'IT': (60, 'eu', 'CET', 'CEST'),
    'PL': (60, 'eu', 'CET', 'CEST'),
    'ES': (60, 'eu', 'CET', 'CEST'),
    'GR': (120, 'eu', 'EET', 'EEST'),
    'UK': (0, 'eu', 'GMT', 'BST'),
    'RU': (180, None, 'MSK', 'MSK'),
    'UTC': (0, None, 'UTC', 'UTC'),
    'PT': (-480, 'us', 'PST', 'PDT'),
    'ET': (-300, 'us', 'EST', 'EDT'),
}


def offset_minutes(zone, utc):
    std, rule, _, _ = ZONES[zone]
    if rule == 'eu' and _eu_dst(utc):
        return std + 60
    if rule == 'us' and _us_dst(utc, -std // 60):
        return std + 60
    return std


def zone_abbrev(zone, utc):
    std, rule, a, b = ZONES[zone]
    return b if offset_minutes(zone, utc) != std else a


def local_to_utc(zone, local):
    """local naive datetime in zone -> naive UTC."""
    guess = local - _dt.timedelta(minutes=ZONES[zone][0])
    off = offset_minutes(zone, guess)
    utc = local - _dt.timedelta(minutes=off)
    if offset_minutes(zone, utc) != off:
        utc = local - _dt.timedelta(minutes=offset_minutes(zone, utc))
    return utc


_WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfc2822(utc, zone='DE', abbrev=False, frac=None, zname=None):
    off = offset_minutes(zone, utc)
    loc = utc + _dt.timedelta(minutes=off)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    t = '%02d:%02d:%02d' % (loc.hour, loc.minute, loc.second)
    if frac is not None:
        t += '.' + frac
    s = '%s, %d %s %d %s %s%02d%02d' % (_WD[loc.weekday()], loc.day, _MO[loc.month - 1], loc.year,
                                       t, sign, o // 60, o % 60)
    if abbrev:
        s += ' (%s)' % (zname or zone_abbrev(zone, utc))
    return s


def local_dt(utc, zone):
    return utc + _dt.timedelta(minutes=offset_minutes(zone, utc))


def parse_local(s):
    return _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M')


# ---------------------------------------------------------------- random tokens
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def rhex(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n, alphabet=B62):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def rb64(rng, nbytes, urlsafe=False):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode('ascii')


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rdigits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


# ---------------------------------------------------------------- IBAN & bank
def _letters_to_digits(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban_valid(iban):
    s = iban.replace(' ', '').upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    return int(_letters_to_digits(s[4:] + s[:4])) % 97 == 1


def make_iban(country, bban):
    chk = 98 - int(_letters_to_digits(bban + country + '00')) % 97
    return '%s%02d%s' % (country, chk, bban)


def fmt_iban(iban):
    s = iban.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def it_cin(abi, cab, conto):
    """Italian CIN check letter for ABI(5) CAB(5) conto(12)."""
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return make_iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


def es_dc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(digits):
        v = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
        return 0 if v == 11 else 1 if v == 10 else v
    return '%d%d' % (d('00' + bank + branch), d(acct))


def iban_es(bank, branch, acct):
    return make_iban('ES', bank + branch + es_dc(bank, branch, acct) + acct)


def pl_sortcode(bank7):
    """Polish 8-digit bank sort code: 7 digits + check digit (weights 3,9,7,1,3,9,7)."""
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(bank7, w)) % 10
    return bank7 + str((10 - s) % 10)


def iban_pl(bank8, acct16):
    return make_iban('PL', bank8 + acct16)


def nrb(iban):
    """Polish NRB (IBAN without 'PL'), grouped 2+4x6."""
    s = iban.replace(' ', '')[2:]
    return s[:2] + ' ' + ' '.join(s[2 + i:6 + i] for i in range(0, 24, 4))


def be_bban(bank3, acct7):
    n = int(bank3 + acct7) % 97
    return bank3 + acct7 + '%02d' % (n or 97)


def ru_account_valid(bik, acct):
    """Russian settlement account control key (with BIK of a bank branch)."""
    s = bik[-3:] + acct
    w = [7, 1, 3] * 8
    return sum(int(a) * b for a, b in zip(s, w)) % 10 == 0


def ru_account(bik, acct20_with_x):
    """acct20 has digit at index 8 to be computed; pass with '0' there."""
    for k in range(10):
        a = acct20_with_x[:8] + str(k) + acct20_with_x[9:]
        if ru_account_valid(bik, a):
            return a
    raise ValueError


def ru_corr_account_valid(bik, acct):
    s = '0' + bik[4:6] + acct
    w = [7, 1, 3] * 8
    return sum(int(a) * b for a, b in zip(s, w)) % 10 == 0


def ru_corr_account(bik, acct):
    for k in range(10):
        a = acct[:8] + str(k) + acct[9:]
        if ru_corr_account_valid(bik, a):
            return a
    raise ValueError


# ---------------------------------------------------------------- tax identifiers
def de_ustid(eight):
    """German USt-IdNr: ISO 7064 MOD 11,10 over 8 digits -> 9th."""
    p = 10
    for c in eight:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    chk = (11 - p) % 10
    return 'DE' + eight + str(chk)


def de_ustid_valid(v):
    v = v.replace(' ', '')
    return v.startswith('DE') and len(v) == 11 and de_ustid(v[2:10]) == v


def it_piva(ten):
    tot = 0
    for i, c in enumerate(ten):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return ten + str((10 - tot % 10) % 10)


def it_piva_valid(v):
    return len(v) == 11 and v.isdigit() and it_piva(v[:10]) == v


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    if c == 10:
        raise ValueError('invalid NIP base')
    return nine + str(c)


def pl_nip_valid(v):
    v = v.replace('-', '')
    try:
        return len(v) == 10 and pl_nip(v[:9]) == v
    except ValueError:
        return False


def pl_regon9(eight):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(eight, w)) % 11
    return eight + str(0 if c == 10 else c)


def es_cif(letter, seven):
    s_even = sum(int(seven[i]) for i in (1, 3, 5))
    s_odd = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        s_odd += d // 10 + d % 10
    c = (10 - (s_even + s_odd) % 10) % 10
    if letter in 'PQRSNW':
        return letter + seven + 'JABCDEFGHI'[c]
    return letter + seven + str(c)


def gr_afm(eight):
    tot = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(eight))
    return eight + str(tot % 11 % 10)


def gr_afm_valid(v):
    return len(v) == 9 and v.isdigit() and gr_afm(v[:8]) == v


def gb_vat(seven):
    """UK VAT number (mod 97 scheme, or 9755 scheme)."""
    w = [8, 7, 6, 5, 4, 3, 2]
    t = sum(int(a) * b for a, b in zip(seven, w))
    for chk in range(100):
        if (t + chk) % 97 == 0:
            return seven + '%02d' % chk
    raise ValueError


def gb_vat_valid(v):
    v = v.replace(' ', '').replace('GB', '')
    w = [8, 7, 6, 5, 4, 3, 2]
    t = sum(int(a) * b for a, b in zip(v[:7], w)) + int(v[7:9])
    return t % 97 == 0 or (t + 55) % 97 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def ru_inn10_valid(v):
    return len(v) == 10 and ru_inn10(v[:9]) == v


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def ru_ogrn_valid(v):
    return len(v) == 13 and ru_ogrn(v[:12]) == v


# ---------------------------------------------------------------- bech32 (BTC)
_B32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def btc_p2wpkh(rng):
    prog = [rng.getrandbits(8) for _ in range(20)]
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand('bc') + data
    pm = _bech32_polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return 'bc1' + ''.join(_B32[d] for d in data + chk)


def btc_valid(addr):
    hrp, _, data = addr.rpartition('1')
    vals = [_B32.index(c) for c in data]
    return _bech32_polymod(_hrp_expand(hrp) + vals) == 1
