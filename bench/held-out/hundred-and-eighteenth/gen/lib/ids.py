"""Identifier helpers: IBANs with national check digits, tax IDs, GTIN/GGN,
Russian account keys, bech32 bitcoin addresses.  Every generator has a
matching validator used by the verification step."""

import re

# ---------------------------------------------------------------- IBAN
IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22,
            "LT": 20, "BE": 16, "NL": 18, "PT": 25, "BG": 22, "FR": 27,
            "IE": 22, "CY": 28, "RO": 24, "SK": 24, "EE": 20, "LV": 21,
            "HR": 21, "MT": 31, "AT": 20, "LU": 20}


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check(country, bban):
    r = int(_num(bban + country + "00")) % 97
    return "%02d" % (98 - r)


def make_iban(country, bban):
    return country + iban_check(country, bban) + bban


def iban_valid(iban):
    iban = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return False
    if IBAN_LEN.get(iban[:2]) not in (None, len(iban)):
        return False
    return int(_num(iban[4:] + iban[:4])) % 97 == 1


def iban_nat_valid(iban):
    """National check digits where the country has them (IT CIN, ES DC,
    PL sort code, BE)."""
    iban = iban.replace(" ", "")
    c, b = iban[:2], iban[4:]
    if c == "IT":
        return b[0] == it_cin(b[1:])
    if c == "ES":
        return b[8:10] == es_dc(b[0:4], b[4:8], b[10:20])
    if c == "PL":
        return pl_sort_ok(b[0:8])
    if c == "BE":
        return int(b[:10]) % 97 in (int(b[10:12]), 0 if b[10:12] == "97" else -1)
    return True


def fmt_iban(iban):
    iban = iban.replace(" ", "")
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
            14, 16, 10, 22, 25, 24, 23]


def it_cin(abi_cab_conto):
    s = 0
    for i, ch in enumerate(abi_cab_conto.upper()):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        s += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return make_iban("IT", it_cin(abi + cab + conto) + abi + cab + conto)


def es_dc(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(digits):
        r = 11 - sum(int(x) * y for x, y in zip(digits, w)) % 11
        return {11: 0, 10: 1}.get(r, r)
    return "%d%d" % (d("00" + bank + branch), d(account))


def es_iban(bank, branch, account):
    return make_iban("ES", bank + branch + es_dc(bank, branch, account) + account)


def pl_sort(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    return seven + str((10 - sum(int(a) * b for a, b in zip(seven, w)) % 10) % 10)


def pl_sort_ok(eight):
    return pl_sort(eight[:7]) == eight


def pl_iban(bank7, account16):
    return make_iban("PL", pl_sort(bank7) + account16)


def pl_nrb(iban):
    """Polish domestic notation: 26 digits, grouped 2+6*4."""
    d = iban.replace(" ", "")[2:]
    return d[:2] + " " + " ".join(d[i:i + 4] for i in range(2, 26, 4))


# ---------------------------------------------------------------- tax IDs
def de_vat(eight):
    p = 10
    for ch in eight:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + eight + str(0 if c == 10 else c)


def de_vat_ok(v):
    return len(v) == 11 and de_vat(v[2:10]) == v


def luhn_digit(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def it_piva(ten):
    return ten + luhn_digit(ten)


def it_piva_ok(v):
    v = v.replace("IT", "")
    return len(v) == 11 and it_piva(v[:10]) == v


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    if c == 10:
        raise ValueError("NIP base gives check 10")
    return nine + str(c)


def pl_nip_ok(v):
    v = v.replace("PL", "").replace("-", "")
    try:
        return len(v) == 10 and pl_nip(v[:9]) == v
    except ValueError:
        return False


def pl_regon(eight):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(eight, w)) % 11
    return eight + str(0 if c == 10 else c)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        b += d // 10 + d % 10
    d = (10 - (a + b) % 10) % 10
    if letter in "KPQS":
        return letter + seven + "JABCDEFGHI"[d]
    return letter + seven + str(d)


def es_cif_ok(v):
    v = v.replace("ES", "")
    return len(v) == 9 and es_cif(v[0], v[1:8]) == v


def es_nif(eight):
    return eight + "TRWAGMYFPDXBNJZSQVHLCKE"[int(eight) % 23]


def gr_afm(eight):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def gr_afm_ok(v):
    v = v.replace("EL", "")
    return len(v) == 9 and gr_afm(v[:8]) == v


def gb_vat(seven):
    s = sum(int(d) * w for d, w in zip(seven, [8, 7, 6, 5, 4, 3, 2]))
    return "GB" + seven + "%02d" % ((-s) % 97)


def gb_vat_ok(v):
    d = v.replace("GB", "").replace(" ", "")
    s = sum(int(x) * w for x, w in zip(d[:7], [8, 7, 6, 5, 4, 3, 2]))
    return (s + int(d[7:9])) % 97 == 0 or (s + 55 + int(d[7:9])) % 97 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def ru_inn_ok(v):
    return len(v) == 10 and ru_inn10(v[:9]) == v


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def ru_ogrn_ok(v):
    return len(v) == 13 and ru_ogrn(v[:12]) == v


def _ru_key(prefix3, acc20):
    w = [7, 1, 3] * 8
    s = prefix3 + acc20[:8] + "0" + acc20[9:]
    t = sum((int(a) * b) % 10 for a, b in zip(s, w))
    return str((t % 10 * 3) % 10)


def ru_account(bik, acc20_with_x):
    """acc20 with any char at index 8; returns account with control key."""
    k = _ru_key(bik[-3:], acc20_with_x)
    return acc20_with_x[:8] + k + acc20_with_x[9:]


def ru_corr_account(bik):
    base = "30101810X" + "00000000" + bik[-3:]
    base = base[:20]
    k = _ru_key("0" + bik[4:6], base)
    return base[:8] + k + base[9:]


def ru_account_ok(bik, acc):
    return _ru_key(bik[-3:], acc) == acc[8]


def ru_corr_ok(bik, acc):
    return _ru_key("0" + bik[4:6], acc) == acc[8]


# ---------------------------------------------------------------- GS1
def gtin(digits_wo_check):
    s = 0
    for i, ch in enumerate(reversed(digits_wo_check)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return digits_wo_check + str((10 - s % 10) % 10)


def gtin_ok(v):
    return gtin(v[:-1]) == v


# ---------------------------------------------------------------- bech32
_CS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convertbits(data, frm, to):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def bech32_address(program_bytes, hrp="bc", witver=0):
    data = [witver] + _convertbits(program_bytes, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CS[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition("1")
    try:
        data = [_CS.index(c) for c in rest]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + data) == 1


# ---------------------------------------------------------------- regexes
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\bbc1[02-9ac-hj-np-z]{25,62}\b")


def find_ibans(text):
    out = []
    for m in IBAN_RE.finditer(text):
        cand = m.group(1).replace(" ", "")
        if cand[:2] in IBAN_LEN:
            n = IBAN_LEN[cand[:2]]
            if len(cand) >= n:
                out.append(cand[:n])
    return out
