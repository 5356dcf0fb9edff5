"""Identifiers with valid check digits: IBANs (with national check digits
where a national scheme exists), VAT/tax numbers, Russian bank accounts,
bech32 addresses."""
import string

IBAN_LEN = {"DE": 22, "IT": 27, "ES": 24, "PL": 28, "GR": 27, "GB": 22, "LT": 20,
            "BE": 16, "CY": 28, "PT": 25, "NL": 18, "IE": 22, "HU": 28, "FR": 27, "AT": 20}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(iban):
    iban = iban.replace(" ", "").upper()
    cc = iban[:2]
    if cc in IBAN_LEN and len(iban) != IBAN_LEN[cc]:
        return False
    if not all(c in string.ascii_uppercase + string.digits for c in iban):
        return False
    return _iban_num(iban[4:] + iban[:4]) % 97 == 1


def make_iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    assert iban_valid(iban), iban
    return iban


def fmt_iban(iban):
    iban = iban.replace(" ", "")
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# --- Italy: CIN
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for i, c in enumerate(abi + cab + conto):
        v = int(c) if c.isdigit() else ord(c) - 65
        if i % 2 == 0:  # odd position (1-based)
            s += _ODD[v] if c.isalpha() else _ODD[int(c)]
        else:
            s += v
    return chr(65 + s % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return make_iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: two control digits
def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * x for d, x in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def iban_es(bank, branch, account):
    dc = "%d%d" % (_es_dc("00" + bank + branch), _es_dc(account))
    return make_iban("ES", bank + branch + dc + account)


def es_ccc_valid(iban):
    b = iban.replace(" ", "")[4:]
    bank, branch, dc, acc = b[:4], b[4:8], b[8:10], b[10:]
    return dc == "%d%d" % (_es_dc("00" + bank + branch), _es_dc(acc))


# --- Poland: 8-digit sort code with check digit
def pl_sort(bank3, branch4):
    s7 = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(d) * x for d, x in zip(s7, w)) % 10) % 10
    return s7 + str(c)


def iban_pl(bank3, branch4, acc16):
    return make_iban("PL", pl_sort(bank3, branch4) + acc16)


def pl_sort_valid(iban):
    b = iban.replace(" ", "")[4:12]
    return pl_sort(b[:3], b[3:7]) == b


# --- Belgium: national mod 97
def iban_be(bank3, acc7):
    ten = bank3 + acc7
    c = int(ten) % 97 or 97
    return make_iban("BE", ten + "%02d" % c)


# --- Tax identifiers
def de_ustid(eight):
    p = 10
    for d in eight:
        s = (int(d) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + eight + str(0 if c == 10 else c)


def de_ustid_valid(v):
    return de_ustid(v[2:10]) == v


def it_piva(ten):
    s = 0
    for i, d in enumerate(ten):
        d = int(d)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return ten + str((10 - s % 10) % 10)


def it_piva_valid(v):
    return it_piva(v[:10]) == v


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(nine, w)) % 11
    if c == 10:
        return None
    return nine + str(c)


def pl_nip_valid(v):
    v = v.replace("-", "")
    return pl_nip(v[:9]) == v


def pl_regon(eight):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(eight, w)) % 11 % 10
    return eight + str(c)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(seven[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    return letter + seven + str(c)


def es_cif_valid(v):
    return es_cif(v[0], v[1:8]) == v


def gr_afm(eight):
    s = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def gr_afm_valid(v):
    return gr_afm(v[:8]) == v


def gb_vat(seven):
    s = sum(int(d) * w for d, w in zip(seven, [8, 7, 6, 5, 4, 3, 2]))
    c = (-s) % 97
    return "GB" + seven + "%02d" % c


def gb_vat_valid(v):
    d = v[2:]
    s = sum(int(x) * w for x, w in zip(d[:7], [8, 7, 6, 5, 4, 3, 2])) + int(d[7:9])
    return s % 97 == 0 or (s + 55) % 97 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(d) * x for d, x in zip(nine, w)) % 11 % 10)


def ru_inn10_valid(v):
    return ru_inn10(v[:9]) == v


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def ru_ogrn_valid(v):
    return ru_ogrn(v[:12]) == v


def ru_account(bik, acc_with_x):
    """acc_with_x: 20 chars, 9th char (index 8) is the key placeholder."""
    w = [7, 1, 3] * 8
    base = bik[-3:] + acc_with_x[:8] + "0" + acc_with_x[9:]
    s = sum(int(d) * x for d, x in zip(base, w))
    k = (s % 10 * 3) % 10
    acc = acc_with_x[:8] + str(k) + acc_with_x[9:]
    assert ru_account_valid(bik, acc)
    return acc


def ru_account_valid(bik, acc):
    w = [7, 1, 3] * 8
    s = sum(int(d) * x for d, x in zip(bik[-3:] + acc, w))
    return s % 10 == 0


def ru_corr_valid(bik, corr):
    w = [7, 1, 3] * 8
    s = sum(int(d) * x for d, x in zip("0" + bik[4:6] + corr, w))
    return s % 10 == 0


def luhn_ok(num):
    s = 0
    for i, d in enumerate(reversed(num)):
        d = int(d)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


# --- bech32 (BIP-173) for a P2WPKH address
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


def _convertbits(data, frombits, tobits):
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
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_address(program20, hrp="bc"):
    data = [0] + _convertbits(program20, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in data + checksum)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_CHARSET.find(c) for c in rest]
    return -1 not in data and _polymod(_hrp_expand(hrp) + data) == 1
