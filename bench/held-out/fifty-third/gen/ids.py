"""Bank account, tax id and cryptocurrency identifiers with valid check digits."""
import hashlib

# ------------------------------------------------------------------ IBAN


def _alnum_to_digits(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check(country, bban):
    n = int(_alnum_to_digits(bban + country + "00"))
    return "%02d" % (98 - n % 97)


def iban(country, bban):
    return country + iban_check(country, bban) + bban


def iban_valid(s):
    s = s.replace(" ", "")
    return int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


def pretty(s, n=4):
    s = s.replace(" ", "")
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def iban_de(blz, konto):
    """German IBAN; the account check digit scheme depends on the bank, not computed."""
    return iban("DE", blz + konto.zfill(10))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_val(c, odd):
    idx = int(c) if c.isdigit() else ord(c.upper()) - 65
    return _IT_ODD[idx] if odd else idx


def cin_it(abi, cab, conto):
    s = abi + cab + conto
    total = sum(_it_val(c, i % 2 == 0) for i, c in enumerate(s))
    return chr(65 + total % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", cin_it(abi, cab, conto) + abi + cab + conto)


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    d = 11 - sum(int(a) * w for a, w in zip(ten, _ES_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


def pl_sort_code(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def iban_pl(bank7, account16):
    return iban("PL", pl_sort_code(bank7) + account16)


def iban_gr(bank3, branch4, acc16):
    return iban("GR", bank3 + branch4 + acc16)


def iban_gb(bank4, sort6, acc8):
    return iban("GB", bank4 + sort6 + acc8)


def _fr_num(s):
    m = {}
    for i, c in enumerate("ABCDEFGHI"):
        m[c] = str(i + 1)
    for i, c in enumerate("JKLMNOPQR"):
        m[c] = str(i + 1)
    for i, c in enumerate("STUVWXYZ"):
        m[c] = str(i + 2)
    return "".join(m.get(c, c) for c in s.upper())


def iban_fr(banque5, guichet5, compte11):
    key = 97 - (89 * int(_fr_num(banque5)) + 15 * int(_fr_num(guichet5)) + 3 * int(_fr_num(compte11))) % 97
    return iban("FR", banque5 + guichet5 + compte11 + "%02d" % key)


def iban_lt(bank5, acc11):
    return iban("LT", bank5 + acc11)


def iban_be(first10):
    k = int(first10) % 97 or 97
    return iban("BE", first10 + "%02d" % k)


# ------------------------------------------------------------------ Russia

_RU_W = [7, 1, 3] * 8


def ru_account(bik, acc20_with_x, correspondent=False):
    """Fill in the control key (position 9) of a 20-digit Russian account."""
    prefix = ("0" + bik[4:6]) if correspondent else bik[-3:]
    acc = acc20_with_x[:8] + "0" + acc20_with_x[9:]
    s = prefix + acc
    total = sum((int(d) * w) % 10 for d, w in zip(s, _RU_W))
    key = (total % 10) * 3 % 10
    return acc[:8] + str(key) + acc[9:]


def ru_account_ok(bik, acc, correspondent=False):
    prefix = ("0" + bik[4:6]) if correspondent else bik[-3:]
    s = prefix + acc
    return sum((int(d) * w) % 10 for d, w in zip(s, _RU_W)) % 10 == 0


def inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# ------------------------------------------------------------------ VAT / tax ids

def nip_pl(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    if c == 10:
        raise ValueError("invalid NIP base")
    return nine + str(c)


def piva_it(ten):
    s = 0
    for i, ch in enumerate(ten):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return ten + str((10 - s % 10) % 10)


def cif_es(letter, seven):
    even = sum(int(seven[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        odd += d // 10 + d % 10
    c = (10 - (even + odd) % 10) % 10
    if letter in "PQRSNW":
        return letter + seven + "JABCDEFGHI"[c]
    return letter + seven + str(c)


def ustid_de(eight):
    product = 10
    for ch in eight:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    c = 11 - product
    if c == 10:
        c = 0
    return "DE" + eight + str(c)


def afm_gr(eight):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def vat_gb(seven):
    s = sum(int(d) * w for d, w in zip(seven, [8, 7, 6, 5, 4, 3, 2]))
    chk = (-s) % 97
    return "GB" + seven + "%02d" % chk


def ksef_number(nip, yyyymmdd, hex12):
    """KSeF id: NIP-date-12 hex-CRC8 (poly 0x07) of the preceding string."""
    base = "%s-%s-%s" % (nip, yyyymmdd, hex12.upper())
    crc = 0
    for b in base.encode():
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return "%s-%02X" % (base, crc)


# ------------------------------------------------------------------ Bitcoin

_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
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


def bech32_segwit_v0(program20, hrp="bc"):
    data = [0] + _convertbits(program20, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def p2pkh(hash20):
    return base58check(b"\x00" + bytes(hash20))
