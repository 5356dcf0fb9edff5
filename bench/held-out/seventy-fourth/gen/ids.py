"""Identifiers with valid check digits: IBAN (+ national BBAN checks), tax IDs, Russian bank
accounts (BIK control key), Bitcoin addresses (bech32 / base58check)."""
import hashlib


# ------------------------------------------------------------------ IBAN

def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_fmt(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def de_account_m00(acct9):
    """German Pruefziffermethode 00 (modulus 10, weights 2,1,2,1... from the right)."""
    total = 0
    for i, d in enumerate(reversed(acct9)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return acct9 + str((10 - total % 10) % 10)


def iban_de(blz, acct9):
    return iban("DE", blz + de_account_m00(acct9.zfill(9)))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto.zfill(12)
    tot = 0
    for i, c in enumerate(s.upper()):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    s = sum(int(d) * w for d, w in zip(ten, _ES_W))
    r = 11 - s % 11
    return {10: 1, 11: 0}.get(r, r)


def iban_es(entidad, oficina, cuenta):
    cuenta = cuenta.zfill(10)
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


def pl_sort_code(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def iban_pl(bank7, account16):
    return iban("PL", pl_sort_code(bank7) + account16.zfill(16))


def iban_gr(bank3, branch4, account16):
    return iban("GR", bank3 + branch4 + account16.zfill(16))


def iban_gb(bank4, sort6, acct8):
    return iban("GB", bank4 + sort6 + acct8)


def iban_lt(bank5, acct11):
    return iban("LT", bank5 + acct11)


def iban_be(bank3, acct7):
    ten = bank3 + acct7
    c = int(ten) % 97 or 97
    return iban("BE", ten + "%02d" % c)


def iban_nl(bank4, acct10):
    return iban("NL", bank4 + acct10)


# ------------------------------------------------------------------ Russian accounts

def ru_key(bik, account20, corr=False):
    """Return account20 with a valid control key (position 9) for the given BIK."""
    acc = account20[:8] + "0" + account20[9:]
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    digits = pre + acc
    w = [7, 1, 3] * 8
    s = sum((int(d) * w[i]) % 10 for i, d in enumerate(digits))
    key = (s % 10) * 3 % 10
    return acc[:8] + str(key) + acc[9:]


def ru_check(bik, account20, corr=False):
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    w = [7, 1, 3] * 8
    return sum((int(d) * w[i]) % 10 for i, d in enumerate(pre + account20)) % 10 == 0


def ru_corr(bik):
    return ru_key(bik, "301018100" + "00000000" + bik[-3:], corr=True)


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(d) * x for d, x in zip(nine, w)) % 11 % 10)


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# ------------------------------------------------------------------ VAT / tax numbers

def de_ustid(eight):
    p = 10
    for d in eight:
        s = (int(d) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    if c == 10:
        c = 0
    return "DE" + eight + str(c)


def it_piva(ten):
    s = 0
    for i, d in enumerate(ten):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return ten + str((10 - s % 10) % 10)


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(nine, w)) % 11
    if c == 10:
        raise ValueError("invalid NIP stem")
    return nine + str(c)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        v = int(seven[i]) * 2
        b += v // 10 + v % 10
    c = (10 - (a + b) % 10) % 10
    return letter + seven + str(c)


def gr_afm(eight):
    s = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def gb_vat(seven):
    s = sum(int(d) * w for d, w in zip(seven, range(8, 1, -1)))
    c = (-s) % 97
    return "GB" + seven + "%02d" % c


# ------------------------------------------------------------------ Bitcoin

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def base58check_valid(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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


def bech32_segwit(hrp, witver, prog):
    data = [witver] + _convertbits(prog, 8, 5)
    const = 1 if witver == 0 else 0x2bc830a3
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_BECH.index(c) for c in rest]
    pm = _polymod(_hrp_expand(hrp) + data)
    return pm in (1, 0x2bc830a3)


def btc_p2wpkh(seed):
    prog = hashlib.sha256(("p2wpkh|" + seed).encode()).digest()[:20]
    return bech32_segwit("bc", 0, prog)


def btc_p2pkh(seed):
    h = hashlib.sha256(("p2pkh|" + seed).encode()).digest()[:20]
    return base58check(0x00, h)
