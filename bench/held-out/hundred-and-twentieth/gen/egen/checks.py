"""Identifier check-digit algorithms (generation and validation)."""
import hashlib
import re

# ---------------------------------------------------------------- IBAN
IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20, "FR": 27,
            "NL": 18, "BE": 16, "PT": 25, "IE": 22, "BG": 22, "RO": 24, "HR": 21, "CY": 28, "EE": 20}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(cc, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) and len(s) != IBAN_LEN[s[:2]]:
        return False
    if _iban_num(s[4:] + s[:4]) % 97 != 1:
        return False
    return national_check(s)


def iban_fmt(iban):
    s = iban.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# national check digits inside the BBAN
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * k for c, k in zip(digits10, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_dc(entidad, oficina, cuenta):
    return "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))


def pl_sort_check(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    return (10 - sum(int(c) * k for c, k in zip(first7, w)) % 10) % 10


def national_check(iban):
    cc, b = iban[:2], iban[4:]
    if cc == "IT":
        return b[0] == it_cin(b[1:6], b[6:11], b[11:23])
    if cc == "ES":
        return b[8:10] == es_dc(b[0:4], b[4:8], b[10:20])
    if cc == "PL":
        return int(b[7]) == pl_sort_check(b[:7])
    return True


def make_it(abi, cab, conto):
    return iban_make("IT", it_cin(abi, cab, conto) + abi + cab + conto)


def make_es(entidad, oficina, cuenta):
    return iban_make("ES", entidad + oficina + es_dc(entidad, oficina, cuenta) + cuenta)


def make_pl(bank3_branch4, account16):
    sort = bank3_branch4 + str(pl_sort_check(bank3_branch4))
    return iban_make("PL", sort + account16)


# ---------------------------------------------------------------- Russian settlement account key
def ru_account_key_ok(bik, account):
    s = bik[-3:] + account
    w = [7, 1, 3] * 8
    return sum(int(c) * k for c, k in zip(s, w)) % 10 == 0


def ru_account_make(bik, account_with_x):
    """account_with_x: 20 chars where position 9 (index 8) is a placeholder."""
    for k in range(10):
        acc = account_with_x[:8] + str(k) + account_with_x[9:]
        if ru_account_key_ok(bik, acc):
            return acc
    raise ValueError


# ---------------------------------------------------------------- tax identifiers
def de_vat_check(d8):
    p = 10
    for c in d8:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return 0 if c == 10 else c


def de_vat_valid(v):
    d = v[2:] if v.startswith("DE") else v
    return len(d) == 9 and d.isdigit() and d[0] != "0" and int(d[8]) == de_vat_check(d[:8])


def it_piva_check(d10):
    tot = 0
    for i, c in enumerate(d10):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return (10 - tot % 10) % 10


def it_piva_valid(v):
    d = v[2:] if v.startswith("IT") else v
    return len(d) == 11 and d.isdigit() and int(d[10]) == it_piva_check(d[:10])


def pl_nip_check(d9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    return sum(int(c) * k for c, k in zip(d9, w)) % 11


def pl_nip_valid(v):
    d = v.replace("-", "").replace("PL", "")
    return len(d) == 10 and pl_nip_check(d[:9]) == int(d[9])


def pl_regon_check(d8):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    return sum(int(c) * k for c, k in zip(d8, w)) % 11 % 10


def pl_regon_valid(v):
    return len(v) == 9 and pl_regon_check(v[:8]) == int(v[8])


def es_cif_control(letter, d7):
    even = sum(int(d7[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        x = int(d7[i]) * 2
        odd += x // 10 + x % 10
    c = (10 - (even + odd) % 10) % 10
    if letter in "PQRSNW":
        return "JABCDEFGHI"[c]
    return str(c)


def es_cif_valid(v):
    d = v[2:] if v.startswith("ES") else v
    return len(d) == 9 and d[8] == es_cif_control(d[0], d[1:8])


def es_nif_letter(n8):
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(n8) % 23]


def gr_afm_check(d8):
    return sum(int(c) * 2 ** (8 - i) for i, c in enumerate(d8)) % 11 % 10


def gr_afm_valid(v):
    d = v[2:] if v[:2] in ("EL", "GR") else v
    return len(d) == 9 and gr_afm_check(d[:8]) == int(d[8])


def gb_vat_make(d7):
    s = sum(int(c) * w for c, w in zip(d7, [8, 7, 6, 5, 4, 3, 2]))
    chk = (-s) % 97
    return d7 + "%02d" % chk


def gb_vat_valid(v):
    d = v.replace("GB", "").replace(" ", "")
    s = sum(int(c) * w for c, w in zip(d[:7], [8, 7, 6, 5, 4, 3, 2])) + int(d[7:9])
    return s % 97 == 0 or (s + 55) % 97 == 0


def ru_inn10_check(d9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return sum(int(c) * k for c, k in zip(d9, w)) % 11 % 10


def ru_inn_valid(v):
    return len(v) == 10 and ru_inn10_check(v[:9]) == int(v[9])


def ru_ogrn_check(d12):
    return int(d12) % 11 % 10


def ru_ogrn_valid(v):
    return len(v) == 13 and ru_ogrn_check(v[:12]) == int(v[12])


# ---------------------------------------------------------------- generation helpers
def gen_digits(rng, n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def gen_de_vat(rng):
    d8 = gen_digits(rng, 8)
    return "DE" + d8 + str(de_vat_check(d8))


def gen_it_piva(rng):
    d10 = "0" + gen_digits(rng, 6) + rng.choice(["021", "024", "023", "015", "026"])
    return d10 + str(it_piva_check(d10))


def gen_pl_nip(rng):
    while True:
        d9 = gen_digits(rng, 9)
        c = pl_nip_check(d9)
        if c != 10:
            return d9 + str(c)


def gen_pl_regon(rng):
    d8 = gen_digits(rng, 8)
    return d8 + str(pl_regon_check(d8))


def gen_es_cif(rng, letter="B", prov="50"):
    d7 = prov + gen_digits(rng, 5, first_nonzero=False)
    return letter + d7 + es_cif_control(letter, d7)


def gen_gr_afm(rng):
    d8 = "0" + gen_digits(rng, 7)
    return d8 + str(gr_afm_check(d8))


def gen_gb_vat(rng):
    while True:
        v = gb_vat_make(gen_digits(rng, 7))
        if gb_vat_valid(v):
            return v


def gen_ru_inn(rng, region="5047"):
    d9 = region + gen_digits(rng, 5, first_nonzero=False)
    return d9 + str(ru_inn10_check(d9))


def gen_ru_ogrn(rng, year2="21", region="50"):
    d12 = "1" + year2 + region + gen_digits(rng, 7, first_nonzero=False)
    return d12 + str(ru_ogrn_check(d12))


# ---------------------------------------------------------------- bech32 (BIP-173)
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _b32_polymod(values):
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


def bech32_p2wpkh(program20, hrp="bc"):
    data = [0] + _convertbits(program20, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _b32_polymod(values + [0] * 6) ^ 1
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, data = addr.rpartition("1")
    if not hrp or any(c not in _B32 for c in data):
        return False
    return _b32_polymod(_hrp_expand(hrp) + [_B32.index(c) for c in data]) == 1


# ---------------------------------------------------------------- Base58Check (TRON)
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(payload + chk, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(payload + chk) - len((payload + chk).lstrip(b"\0"))
    return "1" * pad + s


def b58check_valid(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]
