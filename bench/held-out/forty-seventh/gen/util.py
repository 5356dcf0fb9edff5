"""Checksums, identifiers, dates and deterministic pseudo-random helpers.

Everything here is deterministic: randomness comes from random.Random seeded
with a string, never from the clock.
"""
import datetime as _dt
import hashlib
import random
import re
import string
import uuid

# ---------------------------------------------------------------- seeding

def rng(*seed):
    """A random.Random seeded deterministically from the given values."""
    s = "|".join(str(x) for x in seed)
    return random.Random(int.from_bytes(hashlib.sha256(s.encode()).digest()[:8], "big"))


def hexid(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(r, n, alphabet=string.ascii_letters + string.digits):
    return "".join(r.choice(alphabet) for _ in range(n))


def det_uuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


# ---------------------------------------------------------------- IBAN

def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(country, bban):
    n = _iban_num(bban + country + "00")
    return "%02d" % (98 - n % 97)


def make_iban(country, bban):
    bban = bban.replace(" ", "").upper()
    return country + iban_check(country, bban) + bban


def iban_valid(iban):
    iban = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", iban):
        return False
    return _iban_num(iban[4:] + iban[:4]) % 97 == 1


def fmt_iban(iban):
    iban = iban.replace(" ", "")
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


# national check digits -------------------------------------------------

_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    """Italian CIN (one letter) over ABI(5)+CAB(5)+conto(12)."""
    s = (abi + cab + conto).upper()
    assert len(s) == 22
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return make_iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


def es_dc(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return "%d%d" % (d("00" + bank + branch), d(account))


def iban_es(bank, branch, account):
    return make_iban("ES", bank + branch + es_dc(bank, branch, account) + account)


def pl_routing(bank4, branch3):
    """8-digit Polish sort code with its check digit."""
    w = [3, 9, 7, 1, 3, 9, 7]
    s = bank4 + branch3
    c = (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10
    return s + str(c)


def iban_pl(bank4, branch3, account16):
    return make_iban("PL", pl_routing(bank4, branch3) + account16)


def iban_be(bank3, acct7):
    base = bank3 + acct7
    c = int(base) % 97 or 97
    return make_iban("BE", base + "%02d" % c)


def nl_account(r):
    """10-digit Dutch account number satisfying the 11-test."""
    while True:
        a = "".join(str(r.randrange(10)) for _ in range(10))
        if a[0] != "0" and sum(int(d) * w for d, w in zip(a, range(10, 0, -1))) % 11 == 0:
            return a


def digits(r, n, first_nonzero=False):
    s = "".join(str(r.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randrange(1, 10)) + s[1:]
    return s


# ---------------------------------------------------------------- Russia

def ru_key(prefix3, account20):
    """Solve the control key (9th digit) of a 20-digit Russian account."""
    w = [7, 1, 3] * 8
    for k in "0123456789":
        acc = account20[:8] + k + account20[9:]
        s = prefix3 + acc
        if sum((int(a) * b) % 10 for a, b in zip(s, w)) % 10 == 0:
            return acc
    raise ValueError


def ru_valid(prefix3, account20):
    w = [7, 1, 3] * 8
    s = prefix3 + account20
    return sum((int(a) * b) % 10 for a, b in zip(s, w)) % 10 == 0


def ru_settlement(bik, acct20):
    return ru_key(bik[-3:], acct20)


def ru_corr(bik, acct20):
    return ru_key("0" + bik[4:6], acct20)


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# ---------------------------------------------------------------- VAT ids

def de_ustid(first8):
    p = 10
    for c in first8:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + first8 + str(0 if c == 10 else c)


def it_piva(first10):
    s = 0
    for i, c in enumerate(first10):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return first10 + str((10 - s % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10, "choose other digits"
    return first9 + str(c)


def gr_afm(first8):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(first8))
    return first8 + str(s % 11 % 10)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        b += d // 10 + d % 10
    return letter + seven + str((10 - (a + b) % 10) % 10)


def gb_vat(first7):
    s = sum(int(c) * w for c, w in zip(first7, range(8, 1, -1)))
    chk = (-s) % 97
    return "GB" + first7 + "%02d" % chk


# ---------------------------------------------------------------- Bitcoin

_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
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


def _convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_segwit_v0(program20, hrp="bc"):
    data = [0] + _convertbits(program20, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, m = divmod(n, 58)
        s = _B58[m] + s
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + s


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


# ---------------------------------------------------------------- time

UTC = _dt.timezone.utc
_DST_END_2026 = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)   # EU: last Sunday of October
_DST_START_2027 = _dt.datetime(2027, 3, 28, 1, 0, tzinfo=UTC)

# zone -> (standard offset minutes, uses EU DST, std abbrev, dst abbrev)
ZONES = {
    "DE": (60, True, "CET", "CEST"), "IT": (60, True, "CET", "CEST"),
    "PL": (60, True, "CET", "CEST"), "ES": (60, True, "CET", "CEST"),
    "GR": (120, True, "EET", "EEST"), "UK": (0, True, "GMT", "BST"),
    "RU": (180, False, "MSK", "MSK"), "UTC": (0, False, "UTC", "UTC"),
    "PT": (-480, None, "PST", "PDT"),  # Google/US Pacific: DST ends 1 Nov 2026
    "ET": (-300, None, "EST", "EDT"),
}


def _offset(dt_utc, zone):
    std, eu, a_std, a_dst = ZONES[zone]
    if eu is True:
        dst = not (_DST_END_2026 <= dt_utc < _DST_START_2027) and dt_utc < _DST_END_2026
    elif eu is None:  # US rule, 2026: DST ends Sunday 1 Nov 2026 at 2:00 local
        dst = dt_utc < _dt.datetime(2026, 11, 1, 9 if zone == "PT" else 6, tzinfo=UTC)
    else:
        dst = False
    return std + (60 if dst else 0), (a_dst if dst else a_std)


def berlin(y, mo, d, h, mi, s=0):
    """Local German wall time -> aware UTC datetime."""
    naive = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    off, _ = _offset(naive - _dt.timedelta(hours=1), "DE")
    return naive - _dt.timedelta(minutes=off)


def rfc2822(dt_utc, zone="DE", abbrev=False):
    off, ab = _offset(dt_utc, zone)
    loc = dt_utc + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    s = loc.strftime("%a, %d %b %Y %H:%M:%S ") + "%s%02d%02d" % (sign, abs(off) // 60, abs(off) % 60)
    if abbrev:
        s += " (%s)" % ab
    return s


def rfc2822_short(dt_utc, zone="DE"):
    """Day without leading zero, as many MUAs write it."""
    s = rfc2822(dt_utc, zone)
    return re.sub(r", 0(\d) ", r", \1 ", s)


def local(dt_utc, zone):
    off, _ = _offset(dt_utc, zone)
    return dt_utc + _dt.timedelta(minutes=off)


def secs(n):
    return _dt.timedelta(seconds=n)


def postfix_qid(r):
    """Postfix long queue id (enable_long_queue_ids=yes)."""
    a = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    return "4" + "".join(r.choice(a) for _ in range(10)) + "z" + "".join(r.choice(a) for _ in range(3))


def iso6346(code10):
    """Shipping-container number check digit (ISO 6346)."""
    vals, v = {}, 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    s = sum((vals[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(code10))
    return code10 + str(s % 11 % 10)
