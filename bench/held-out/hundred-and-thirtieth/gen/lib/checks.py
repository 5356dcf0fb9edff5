"""Check-digit algorithms: IBAN and national bank codes, tax identifiers, RF references,
bech32 addresses, Russian account keys."""

IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20, "BE": 16,
            "NL": 18, "FR": 27, "AT": 20, "IE": 22, "PT": 25, "SK": 24, "CZ": 24, "HU": 28,
            "LV": 21, "EE": 20, "RO": 24, "BG": 22, "CY": 28, "HR": 21, "SI": 19, "LU": 20,
            "MT": 31, "CH": 21}


def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(country, bban):
    chk = 98 - _num(bban + country + "00") % 97
    iban = "%s%02d%s" % (country, chk, bban)
    assert iban_ok(iban), iban
    return iban


def iban_ok(iban):
    iban = iban.replace(" ", "").upper()
    if len(iban) < 15 or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return False
    if iban[:2] in IBAN_LEN and len(iban) != IBAN_LEN[iban[:2]]:
        return False
    return _num(iban[4:] + iban[:4]) % 97 == 1


def iban_fmt(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


# ---- Italy: CIN letter in front of ABI/CAB/account
def it_cin(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban_make("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# ---- Spain: two control digits
def es_dc(entidad, oficina, cuenta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(digs):
        s = sum(int(c) * w[i] for i, c in enumerate(digs))
        r = 11 - s % 11
        return 0 if r == 11 else (1 if r == 10 else r)
    return "%d%d" % (d("00" + entidad + oficina), d(cuenta))


def iban_es(entidad, oficina, cuenta):
    return iban_make("ES", entidad + oficina + es_dc(entidad, oficina, cuenta) + cuenta)


# ---- Poland: 8-digit sort code with check digit; NRB = IBAN check + sort code + 16
def pl_sort_code(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(seven))
    return seven + str((10 - s % 10) % 10)


def pl_sort_ok(eight):
    return pl_sort_code(eight[:7]) == eight


def iban_pl(seven, account16):
    return iban_make("PL", pl_sort_code(seven) + account16)


def iban_de(blz, konto):
    return iban_make("DE", blz + konto.rjust(10, "0"))


def iban_gr(bank3, branch4, acc16):
    return iban_make("GR", bank3 + branch4 + acc16.rjust(16, "0"))


def iban_gb(bank4, sort6, acc8):
    return iban_make("GB", bank4 + sort6 + acc8)


def iban_lt(bank5, acc11):
    return iban_make("LT", bank5 + acc11)


def iban_be(bank3, acc7):
    n = int(bank3 + acc7)
    chk = n % 97 or 97
    return iban_make("BE", bank3 + acc7 + "%02d" % chk)


def nrb(iban):
    """Polish domestic account number notation."""
    i = iban[2:]
    return i[:2] + " " + " ".join(i[j:j + 4] for j in range(2, 26, 4))


# ---------------------------------------------------------------- tax ids
def de_ustid(eight):
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


def de_ustid_ok(v):
    return v.startswith("DE") and len(v) == 11 and de_ustid(v[2:10]) == v


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
    return len(v) == 11 and v.isdigit() and it_piva(v[:10]) == v


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(nine)) % 11
    if s == 10:
        return None
    return nine + str(s)


def pl_nip_ok(v):
    v = v.replace("-", "")
    return len(v) == 10 and pl_nip(v[:9]) == v


def pl_regon(eight):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(eight)) % 11
    return eight + str(0 if s == 10 else s)


def pl_regon_ok(v):
    return len(v) == 9 and pl_regon(v[:8]) == v


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
    return len(v) == 9 and es_cif(v[0], v[1:8]) == v


def es_nif(eight):
    return eight + "TRWAGMYFPDXBNJZSQVHLCKE"[int(eight) % 23]


def gr_afm(eight):
    s = sum(int(c) * (2 ** (8 - i)) for i, c in enumerate(eight))
    return eight + str(s % 11 % 10)


def gr_afm_ok(v):
    return len(v) == 9 and gr_afm(v[:8]) == v


def gb_vat(seven):
    w = [8, 7, 6, 5, 4, 3, 2]
    tot = sum(int(c) * w[i] for i, c in enumerate(seven))
    chk = (-tot) % 97
    return seven + "%02d" % chk


def gb_vat_ok(v):
    v = v.replace(" ", "").replace("GB", "")
    w = [8, 7, 6, 5, 4, 3, 2]
    tot = sum(int(c) * w[i] for i, c in enumerate(v[:7])) + int(v[7:9])
    return tot % 97 == 0 or (tot + 55) % 97 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(c) * w[i] for i, c in enumerate(nine)) % 11 % 10)


def ru_inn_ok(v):
    return len(v) == 10 and ru_inn10(v[:9]) == v


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def ru_ogrn_ok(v):
    return len(v) == 13 and ru_ogrn(v[:12]) == v


def ru_account(bik, acc_without_key):
    """acc_without_key: 20 digits with position 9 (index 8) = '0'; returns account with key."""
    w = [7, 1, 3] * 8
    s = bik[-3:] + acc_without_key
    tot = sum((int(c) * w[i]) % 10 for i, c in enumerate(s))
    key = (tot * 3) % 10
    acc = acc_without_key[:8] + str(key) + acc_without_key[9:]
    assert ru_account_ok(bik, acc)
    return acc


def ru_account_ok(bik, acc):
    w = [7, 1, 3] * 8
    s = bik[-3:] + acc
    return sum((int(c) * w[i]) % 10 for i, c in enumerate(s)) % 10 == 0


def ru_corr_ok(bik, corr):
    w = [7, 1, 3] * 8
    s = "0" + bik[4:6] + corr
    return sum((int(c) * w[i]) % 10 for i, c in enumerate(s)) % 10 == 0


# ---------------------------------------------------------------- RF creditor reference
def rf_make(ref):
    chk = 98 - _num(ref + "RF00") % 97
    return "RF%02d%s" % (chk, ref)


def rf_ok(v):
    v = v.replace(" ", "")
    return v.startswith("RF") and _num(v[4:] + v[:4]) % 97 == 1


# ---------------------------------------------------------------- bech32
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


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convertbits(data, frombits, tobits):
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
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_p2wpkh(prog20, hrp="bc"):
    data = [0] + _convertbits(prog20, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition("1")
    try:
        data = [_B32.index(c) for c in rest]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + data) == 1


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def crc8(data, poly=0x07):
    c = 0
    for b in data:
        c ^= b
        for _ in range(8):
            c = ((c << 1) ^ poly) & 0xFF if c & 0x80 else (c << 1) & 0xFF
    return c
