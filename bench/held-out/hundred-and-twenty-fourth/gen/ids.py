"""Identifiers with real check digits: IBAN (several national BBAN rules),
tax numbers of the seven countries, Russian bank accounts, bech32 addresses.

Everything is pure computation; randomness is always passed in as a
random.Random instance so that the caller controls the seed."""

import string

# ---------------------------------------------------------------- IBAN ----

IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22,
            "LT": 20, "BE": 16, "NL": 18, "FR": 27, "AT": 20, "CY": 28}


def _alnum_to_digits(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return "".join(out)


def iban_check_digits(country, bban):
    num = _alnum_to_digits(bban + country + "00")
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    return int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


def make_iban(country, bban):
    return country + iban_check_digits(country, bban) + bban


def fmt_iban(iban):
    s = iban.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


# Italy: CIN letter
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
            14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        else:
            v = ord(ch.upper()) - 65
        if i % 2 == 0:          # odd position (1-based)
            total += _CIN_ODD[v]
        else:
            total += v
    return chr(65 + total % 26)


# Spain: two national check digits
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    s = sum(int(d) * w for d, w in zip(ten, _ES_W))
    d = 11 - s % 11
    return {11: 0, 10: 1}.get(d, d)


def es_dc(bank, branch, account):
    return "%d%d" % (_es_dc("00" + bank + branch), _es_dc(account))


# Poland: sort code (8 digits) has its own check digit
def pl_sort_check(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(seven, w))
    return str((10 - s % 10) % 10)


# Belgium: national check = first 10 digits mod 97 (0 -> 97)
def be_check(ten):
    r = int(ten) % 97
    return "%02d" % (97 if r == 0 else r)


def gen_iban(rng, country, bank=None, branch=None):
    """Return an IBAN (no spaces) for the country with the given (or a
    random) bank/branch code and a random account number."""
    if country == "DE":
        bban = (bank or _digits(rng, 8)) + _digits(rng, 10)
    elif country == "IT":
        abi = bank or _digits(rng, 5)
        cab = branch or _digits(rng, 5)
        conto = "0000" + _digits(rng, 8)
        bban = it_cin(abi, cab, conto) + abi + cab + conto
    elif country == "PL":
        sort = bank or (lambda s: s + pl_sort_check(s))(_digits(rng, 7))
        bban = sort + _digits(rng, 16)
    elif country == "ES":
        b = bank or _digits(rng, 4)
        br = branch or _digits(rng, 4)
        acc = _digits(rng, 10)
        bban = b + br + es_dc(b, br, acc) + acc
    elif country == "GR":
        bban = (bank or _digits(rng, 3)) + (branch or _digits(rng, 4)) + \
            "0000" + _digits(rng, 12)
    elif country == "GB":
        bban = (bank or "NWBK") + (branch or _digits(rng, 6)) + _digits(rng, 8)
    elif country == "LT":
        bban = (bank or _digits(rng, 5)) + _digits(rng, 11)
    elif country == "BE":
        ten = (bank or _digits(rng, 3)) + _digits(rng, 7)
        bban = ten + be_check(ten)
    elif country == "CY":
        bban = (bank or _digits(rng, 3)) + (branch or _digits(rng, 5)) + \
            "0000" + _digits(rng, 12)
    else:
        raise ValueError(country)
    iban = make_iban(country, bban)
    assert iban_valid(iban), iban
    return iban


def iban_national_ok(iban):
    """Extra national checks where the BBAN has its own check digits."""
    s = iban.replace(" ", "")
    c, b = s[:2], s[4:]
    if c == "IT":
        return it_cin(b[1:6], b[6:11], b[11:]) == b[0]
    if c == "ES":
        return es_dc(b[0:4], b[4:8], b[10:]) == b[8:10]
    if c == "PL":
        return pl_sort_check(b[:7]) == b[7]
    if c == "BE":
        return be_check(b[:10]) == b[10:12]
    return True


# --------------------------------------------------------- tax numbers ----

def de_ustid_check(eight):
    p = 10
    for ch in eight:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return 0 if c == 10 else c


def gen_de_ustid(rng):
    body = str(rng.randint(1, 3)) + _digits(rng, 7)
    return "DE" + body + str(de_ustid_check(body))


def de_ustid_ok(v):
    d = v[2:]
    return len(d) == 9 and de_ustid_check(d[:8]) == int(d[8])


def it_piva_check(ten):
    t = 0
    for i, ch in enumerate(ten):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return (10 - t % 10) % 10


def gen_it_piva(rng, office="034"):
    # 7 digits company number + 3 digits provincial office + check
    ten = _digits(rng, 7) + office
    return ten + str(it_piva_check(ten))


def it_piva_ok(v):
    return len(v) == 11 and it_piva_check(v[:10]) == int(v[10])


_NIP_W = [6, 5, 7, 2, 3, 4, 5, 6, 7]


def gen_pl_nip(rng, prefix="779"):
    while True:
        nine = prefix + _digits(rng, 9 - len(prefix))
        c = sum(int(d) * w for d, w in zip(nine, _NIP_W)) % 11
        if c != 10:
            return nine + str(c)


def pl_nip_ok(v):
    v = v.replace("-", "")
    c = sum(int(d) * w for d, w in zip(v[:9], _NIP_W)) % 11
    return len(v) == 10 and c != 10 and c == int(v[9])


def fmt_pl_nip(v):
    return "%s-%s-%s-%s" % (v[:3], v[3:6], v[6:8], v[8:])


def gen_pl_regon(rng, prefix="30"):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    eight = prefix + _digits(rng, 8 - len(prefix))
    c = sum(int(d) * x for d, x in zip(eight, w)) % 11
    return eight + str(0 if c == 10 else c)


def pl_regon_ok(v):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(v[:8], w)) % 11
    return (0 if c == 10 else c) == int(v[8])


def es_cif_control(seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(seven[i]) * 2
        b += x // 10 + x % 10
    return (10 - (a + b) % 10) % 10


def gen_es_cif(rng, letter="B", province="08"):
    seven = province + _digits(rng, 5)
    return letter + seven + str(es_cif_control(seven))


def es_cif_ok(v):
    return len(v) == 9 and es_cif_control(v[1:8]) == int(v[8])


def gr_afm_check(eight):
    s = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(eight))
    return (s % 11) % 10


def gen_gr_afm(rng, first="8"):
    eight = first + _digits(rng, 7)
    return eight + str(gr_afm_check(eight))


def gr_afm_ok(v):
    return len(v) == 9 and gr_afm_check(v[:8]) == int(v[8])


def _gb_vat_sum(seven):
    return sum(int(d) * w for d, w in zip(seven, [8, 7, 6, 5, 4, 3, 2]))


def gen_gb_vat(rng):
    seven = str(rng.randint(1, 9)) + _digits(rng, 6)
    s = _gb_vat_sum(seven)
    for last in range(100):
        if (s + last) % 97 == 0:
            return "GB" + seven + "%02d" % last
    raise AssertionError


def gb_vat_ok(v):
    d = v[2:] if v.startswith("GB") else v
    s = _gb_vat_sum(d[:7])
    last = int(d[7:9])
    return (s + last) % 97 == 0 or (s + 55 + last) % 97 == 0


def fmt_gb_vat(v):
    d = v[2:]
    return "GB %s %s %s" % (d[:3], d[3:7], d[7:])


def ru_inn10_check(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return sum(int(d) * x for d, x in zip(nine, w)) % 11 % 10


def gen_ru_inn10(rng, region="77"):
    nine = region + _digits(rng, 7)
    return nine + str(ru_inn10_check(nine))


def ru_inn_ok(v):
    if len(v) == 10:
        return ru_inn10_check(v[:9]) == int(v[9])
    if len(v) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        c1 = sum(int(d) * x for d, x in zip(v[:10], w1)) % 11 % 10
        c2 = sum(int(d) * x for d, x in zip(v[:11], w2)) % 11 % 10
        return c1 == int(v[10]) and c2 == int(v[11])
    return False


def gen_ru_ogrn(rng, year="21", region="77"):
    twelve = "1" + year + region + _digits(rng, 7)
    return twelve + str(int(twelve) % 11 % 10)


def ru_ogrn_ok(v):
    return len(v) == 13 and int(v[:12]) % 11 % 10 == int(v[12])


# Russian settlement account: control key over BIK[-3:] + account
_RU_W = [7, 1, 3] * 8


def ru_account_ok(bik, account):
    s = bik[-3:] + account
    return sum(int(d) * w for d, w in zip(s, _RU_W)) % 10 == 0


def gen_ru_account(rng, bik, prefix="40702810"):
    # 20 digits; position 9 (index 8) is the key
    rest = _digits(rng, 20 - len(prefix) - 1)
    for k in range(10):
        acc = prefix + str(k) + rest
        if ru_account_ok(bik, acc):
            return acc
    raise AssertionError


def ru_corr_account(bik):
    # correspondent account 30101810 + 0 + ... last three = BIK last three;
    # key computed over "0" + BIK[4:6] + account
    base = "301018104" + "00000000" + bik[-3:]
    for k in range(10):
        acc = base[:8] + str(k) + base[9:]
        s = "0" + bik[4:6] + acc
        if sum(int(d) * w for d, w in zip(s, _RU_W)) % 10 == 0:
            return acc
    raise AssertionError


def ru_corr_ok(bik, acc):
    s = "0" + bik[4:6] + acc
    return sum(int(d) * w for d, w in zip(s, _RU_W)) % 10 == 0


# --------------------------------------------------------------- bech32 ----

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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
    acc = 0
    bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def gen_btc_bech32(rng, hrp="bc"):
    prog = [rng.randrange(256) for _ in range(20)]
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in data + chk)


def btc_bech32_ok(addr):
    addr = addr.lower()
    pos = addr.rfind("1")
    hrp, data = addr[:pos], addr[pos + 1:]
    try:
        vals = [_CHARSET.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1 and vals[0] == 0 and \
        len(_convertbits(vals[1:-6], 5, 8, False)) == 20


# ------------------------------------------------------------ payment -----

def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


# ISO 11649 structured creditor reference (RF)
def make_rf(ref):
    num = _alnum_to_digits(ref + "RF00")
    return "RF%02d%s" % (98 - int(num) % 97, ref)


def rf_valid(rf):
    s = rf.replace(" ", "").upper()
    return s.startswith("RF") and int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


def fmt_rf(rf):
    return " ".join(rf[i:i + 4] for i in range(0, len(rf), 4))
