"""Account numbers and identifiers with valid check digits, and validators."""

import re

# ------------------------------------------------------------------ IBAN
def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check(iban):
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if IBAN_LEN.get(s[:2]) and IBAN_LEN[s[:2]] != len(s):
        return False
    return int(_iban_num(s[4:] + s[:4])) % 97 == 1


IBAN_LEN = {"DE": 22, "IT": 27, "ES": 24, "PL": 28, "GR": 27, "GB": 22, "LT": 20, "BE": 16,
            "CY": 28, "NL": 18, "FR": 27, "AT": 20, "IE": 22, "PT": 25, "HU": 28, "RO": 24, "BG": 22,
            "MT": 31, "EE": 20, "LV": 21}


def make_iban(cc, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - int(_iban_num(bban + cc + "00")) % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    assert iban_check(iban), iban
    return iban


def fmt_iban(iban):
    s = iban.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return make_iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


def it_cin_ok(iban):
    s = iban.replace(" ", "")
    return it_cin(s[5:10], s[10:15], s[15:27]) == s[4]


def es_dc(entity, office, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(digs):
        r = 11 - sum(int(x) * y for x, y in zip(digs, w)) % 11
        return {11: 0, 10: 1}.get(r, r)

    return "%d%d" % (d("00" + entity + office), d(account))


def iban_es(entity, office, account):
    return make_iban("ES", entity + office + es_dc(entity, office, account) + account)


def es_dc_ok(iban):
    s = iban.replace(" ", "")
    return es_dc(s[4:8], s[8:12], s[14:24]) == s[12:14]


def pl_sort(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    return seven + str((10 - sum(int(a) * b for a, b in zip(seven, w)) % 10) % 10)


def iban_pl(bank7, account16):
    return make_iban("PL", pl_sort(bank7) + account16)


def pl_sort_ok(iban):
    s = iban.replace(" ", "")
    return pl_sort(s[4:11]) == s[4:12]


def iban_be(bank3, acct7):
    ten = bank3 + acct7
    cc = int(ten) % 97 or 97
    return make_iban("BE", "%s%02d" % (ten, cc))


def be_ok(iban):
    s = iban.replace(" ", "")
    return (int(s[4:14]) % 97 or 97) == int(s[14:16])


def national_ok(iban):
    s = iban.replace(" ", "")
    return {"IT": it_cin_ok, "ES": es_dc_ok, "PL": pl_sort_ok, "BE": be_ok}.get(s[:2], lambda x: True)(s)


# ------------------------------------------------------------------ tax ids
def de_vat(eight):
    product = 10
    for c in eight:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    chk = 11 - product
    if chk == 10:
        chk = 0
    return "DE" + eight + str(chk)


def de_vat_ok(v):
    return re.fullmatch(r"DE\d{9}", v) is not None and de_vat(v[2:10]) == v


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


def it_piva_ok(v):
    return re.fullmatch(r"\d{11}", v) is not None and it_piva(v[:10]) == v


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    if c == 10:
        return None
    return nine + str(c)


def pl_nip_ok(v):
    v = v.replace("-", "")
    return re.fullmatch(r"\d{10}", v) is not None and pl_nip(v[:9]) == v


def fmt_nip(v):
    return "%s-%s-%s-%s" % (v[:3], v[3:6], v[6:8], v[8:])


def pl_regon(eight):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(eight, w)) % 11
    return eight + str(c % 10)


def pl_regon_ok(v):
    return re.fullmatch(r"\d{9}", v) is not None and pl_regon(v[:8]) == v


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        b += d // 10 + d % 10
    c = (10 - (a + b) % 10) % 10
    if letter in "PQRSNW":
        return letter + seven + "JABCDEFGHI"[c]
    return letter + seven + str(c)


def es_cif_ok(v):
    return re.fullmatch(r"[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]", v) is not None and es_cif(v[0], v[1:8]) == v


def gr_afm(eight):
    s = sum(int(c) * (2 ** (8 - i)) for i, c in enumerate(eight))
    return eight + str(s % 11 % 10)


def gr_afm_ok(v):
    return re.fullmatch(r"\d{9}", v) is not None and gr_afm(v[:8]) == v


def gb_vat(seven):
    w = [8, 7, 6, 5, 4, 3, 2]
    t = sum(int(a) * b for a, b in zip(seven, w))
    c = (97 - (t + 55) % 97) % 97
    return "GB" + seven + "%02d" % c


def gb_vat_ok(v):
    m = re.fullmatch(r"GB(\d{7})(\d{2})", v.replace(" ", ""))
    if not m:
        return False
    w = [8, 7, 6, 5, 4, 3, 2]
    t = sum(int(a) * b for a, b in zip(m.group(1), w)) + int(m.group(2))
    return t % 97 == 0 or (t + 55) % 97 == 0


def fmt_gb_vat(v):
    return "GB %s %s %s" % (v[2:5], v[5:9], v[9:])


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def ru_inn_ok(v):
    return re.fullmatch(r"\d{10}", v) is not None and ru_inn10(v[:9]) == v


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def ru_ogrn_ok(v):
    return re.fullmatch(r"\d{13}", v) is not None and ru_ogrn(v[:12]) == v


def ru_account(bic, acct20):
    """Set the control key (9th digit) of a settlement account for a BIC."""
    w = [7, 1, 3] * 8
    a = acct20[:8] + "0" + acct20[9:]
    s = bic[-3:] + a
    tot = sum((int(d) * w[i]) % 10 for i, d in enumerate(s))
    key = ((tot % 10) * 3) % 10
    return a[:8] + str(key) + a[9:]


def ru_corr(bic):
    a = "30101810" + "0" + "00000000" + bic[-3:]
    w = [7, 1, 3] * 8
    s = "0" + bic[4:6] + a
    tot = sum((int(d) * w[i]) % 10 for i, d in enumerate(s))
    key = ((tot % 10) * 3) % 10
    return a[:8] + str(key) + a[9:]


def ru_account_ok(bic, acct):
    w = [7, 1, 3] * 8
    s = bic[-3:] + acct
    return sum((int(d) * w[i]) % 10 for i, d in enumerate(s)) % 10 == 0


def ru_corr_ok(bic, acct):
    w = [7, 1, 3] * 8
    s = "0" + bic[4:6] + acct
    return sum((int(d) * w[i]) % 10 for i, d in enumerate(s)) % 10 == 0


# ------------------------------------------------------------------ bech32
_CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_p2wpkh(program20, hrp="bc"):
    data = [0] + _convertbits(program20, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CH[d] for d in data + chk)


def bech32_ok(a):
    a = a.lower()
    hrp, _, rest = a.rpartition("1")
    if hrp not in ("bc",) or any(c not in _CH for c in rest):
        return False
    return _polymod(_hrp_expand(hrp) + [_CH.index(c) for c in rest]) == 1


# ------------------------------------------------------------------ payloads
def epc_qr(bic, name, iban, amount, remittance, purpose="", ref=""):
    lines = ["BCD", "002", "1", "SCT", bic, name, iban.replace(" ", ""), "EUR%.2f" % amount, purpose, ref,
             remittance]
    return "\n".join(lines)


def epc_ok(payload):
    L = payload.split("\n")
    if L[:4] != ["BCD", "002", "1", "SCT"] or len(L) < 8:
        return False
    if not iban_check(L[6]):
        return False
    if not re.fullmatch(r"EUR\d{1,9}\.\d{2}", L[7]):
        return False
    return len(L[5]) <= 70 and len(payload.encode()) <= 331


def gost_qr(fields):
    return "ST00012|" + "|".join("%s=%s" % kv for kv in fields)


def luhn_ok(num):
    d = [int(c) for c in num]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def pzn(seven):
    """German Pharmazentralnummer (PZN-8): check digit = sum(d_i * i) mod 11, i = 1..7."""
    c = sum(int(d) * (i + 1) for i, d in enumerate(seven)) % 11
    return None if c == 10 else seven + str(c)
