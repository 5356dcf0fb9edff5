"""Check-digit helpers: IBAN (ISO 13616 mod-97) with national check digits,
Russian bank accounts (BIK control key), INN/OGRN, Bitcoin bech32/base58check."""
import hashlib


def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    bban = bban.replace(" ", "")
    check = 98 - _num(bban + country + "00") % 97
    return "%s%02d%s" % (country, check, bban)


def iban_valid(i):
    i = i.replace(" ", "")
    return _num(i[4:] + i[:4]) % 97 == 1


def iban_fmt(i):
    i = i.replace(" ", "")
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


# --- Germany: account check digit, method 00 (modulus 10, weights 2,1,2,...)
def de_account_m00(base9):
    """Return a 10-digit account number whose last digit is the method-00 check digit."""
    base9 = base9.rjust(9, "0")
    total = 0
    for k, d in enumerate(reversed(base9)):
        p = int(d) * (2 if k % 2 == 0 else 1)
        total += p // 10 + p % 10
    return base9 + str((10 - total % 10) % 10)


def de_iban(blz, account10):
    return iban("DE", blz + account10.rjust(10, "0"))


# --- Italy: CIN
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto.rjust(12, "0")).upper()
    total = 0
    for k, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += _IT_ODD[v] if k % 2 == 0 else v
    return chr(65 + total % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: DC
def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * x for d, x in zip(digits10, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def es_iban(entidad, oficina, cuenta):
    cuenta = cuenta.rjust(10, "0")
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


# --- Poland: bank sort code (numer rozliczeniowy) check digit
def pl_sort(code7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(code7, w))
    return code7 + str((10 - s % 10) % 10)


def pl_iban(sort7, account16):
    return iban("PL", pl_sort(sort7) + account16.rjust(16, "0"))


def pl_nrb(i):
    return i[2:]  # NRB = IBAN without country code


# --- France: RIB key
def fr_iban(bank5, branch5, account11):
    conv = {}
    for letters, digit in (("AJ", 1), ("BKS", 2), ("CLT", 3), ("DMU", 4), ("ENV", 5),
                           ("FOW", 6), ("GPX", 7), ("HQY", 8), ("IRZ", 9)):
        for c in letters:
            conv[c] = str(digit)
    acc = "".join(conv.get(c, c) for c in account11.upper())
    key = 97 - (89 * int(bank5) + 15 * int(branch5) + 3 * int(acc)) % 97
    return iban("FR", bank5 + branch5 + account11 + "%02d" % key)


def gr_iban(bank3, branch4, account16):
    return iban("GR", bank3 + branch4 + account16.rjust(16, "0"))


def lt_iban(bank5, account11):
    return iban("LT", bank5 + account11.rjust(11, "0"))


def gb_iban(bank4, sort6, account8):
    return iban("GB", bank4 + sort6 + account8)


# --- Russia: settlement account with BIK control key
_RU_W = [7, 1, 3] * 8


def _ru_key_ok(prefix3, account20):
    s = prefix3 + account20
    return sum(int(d) * w for d, w in zip(s, _RU_W)) % 10 == 0


def ru_account(bik, account20_with_x):
    """account20 with the 9th digit (index 8) replaced to satisfy the BIK key
    (settlement account: last three digits of the BIK)."""
    a = list(account20_with_x)
    for k in range(10):
        a[8] = str(k)
        if _ru_key_ok(bik[-3:], "".join(a)):
            return "".join(a)
    raise ValueError


def ru_corr_account(bik, middle="00000000"):
    """Correspondent account 30101810 + key + middle(8) + last three BIK digits,
    keyed on '0' + BIK digits 5-6."""
    base = "30101810" + "X" + middle + bik[-3:]
    a = list(base)
    for k in range(10):
        a[8] = str(k)
        if _ru_key_ok("0" + bik[4:6], "".join(a)):
            return "".join(a)
    raise ValueError


def ru_account_ok(bik, acc):
    return _ru_key_ok(bik[-3:], acc)


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(d) * x for d, x in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# --- Bitcoin
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


def _convertbits(data, frombits, tobits):
    acc = bits = 0
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


def bech32_p2wpkh(seed):
    """bc1q... address (witness v0, 20-byte program derived from a seed string;
    no private key exists for it)."""
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    hrp = "bc"
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version_byte, payload):
    raw = bytes([version_byte]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def p2pkh(seed):
    return base58check(0, hashlib.sha256(seed.encode()).digest()[:20])


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    r = sum(int(d) * x for d, x in zip(first9, w)) % 11
    if r == 10:
        raise ValueError("choose other digits")
    return first9 + str(r)


def es_nif_letter(num8):
    return num8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(num8) % 23]


def gr_afm(first8):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(s % 11 % 10)


def ru_inn12(first10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = sum(int(d) * x for d, x in zip(first10, w1)) % 11 % 10
    s11 = first10 + str(d11)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return s11 + str(sum(int(d) * x for d, x in zip(s11, w2)) % 11 % 10)


def es_cif(letter, digits7):
    odd = 0
    for d in digits7[0::2]:
        p = int(d) * 2
        odd += p // 10 + p % 10
    even = sum(int(d) for d in digits7[1::2])
    return letter + digits7 + str((10 - (odd + even) % 10) % 10)


def it_piva(first10):
    s = 0
    for i, d in enumerate(first10):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return first10 + str((10 - s % 10) % 10)


def de_ustid(first8):
    product = 10
    for d in first8:
        s = (int(d) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    chk = 11 - product
    return "DE" + first8 + str(0 if chk == 10 else chk)
