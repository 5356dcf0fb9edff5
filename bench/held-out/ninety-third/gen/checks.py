"""Check-digit arithmetic: IBAN (ISO 13616 mod-97), national bank-account
check digits, tax numbers, Russian BIK control key, Bitcoin addresses.

Everything is deterministic; account numbers are derived from a seed string.
"""
import hashlib


def _digits(seed, n):
    """n pseudo-random decimal digits derived from a seed string."""
    out = ""
    i = 0
    while len(out) < n:
        h = hashlib.sha256(("%s/%d" % (seed, i)).encode()).hexdigest()
        out += "".join(str(int(c, 16) % 10) for c in h)
        i += 1
    return out[:n]


# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check(country, bban):
    rem = int(_iban_num(bban + country + "00")) % 97
    return "%02d" % (98 - rem)


def iban_valid(iban):
    s = iban.replace(" ", "")
    return int(_iban_num(s[4:] + s[:4])) % 97 == 1


def iban_format(iban):
    s = iban.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def make_iban(country, bban):
    iban = country + iban_check(country, bban) + bban
    assert iban_valid(iban)
    return iban_format(iban)


# --- Germany: BLZ + 10-digit account, account check digit per method 00
def de_method00(nine):
    s = 0
    for i, c in enumerate(reversed(nine)):
        p = int(c) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)


def iban_de(blz, seed):
    acc9 = _digits(seed, 9)
    acc9 = "0" + acc9[1:] if acc9[0] == "0" else acc9
    acc = acc9 + de_method00(acc9)
    return make_iban("DE", blz + acc)


# --- Italy: CIN + ABI + CAB + 12-char account
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
            12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for i, ch in enumerate(abi + cab + conto):
        v = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        s += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def iban_it(abi, cab, seed):
    conto = "0000" + _digits(seed, 8)
    return make_iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: entidad + oficina + DC(2) + cuenta(10)
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    d = 11 - sum(int(c) * w for c, w in zip(ten, _ES_W)) % 11
    return "0" if d == 11 else "1" if d == 10 else str(d)


def iban_es(entidad, oficina, seed):
    cuenta = _digits(seed, 10)
    dc = _es_dc("00" + entidad + oficina) + _es_dc(cuenta)
    return make_iban("ES", entidad + oficina + dc + cuenta)


# --- Poland: 8-digit sort code (3 bank + 4 branch + check) + 16 digits
def pl_sortcode(seven):
    s = sum(int(c) * w for c, w in zip(seven, [3, 9, 7, 1, 3, 9, 7]))
    return seven + str((10 - s % 10) % 10)


def iban_pl(bank_branch7, seed):
    return make_iban("PL", pl_sortcode(bank_branch7) + _digits(seed, 16))


def nrb(iban):
    """Polish domestic form (NRB): the IBAN without 'PL'."""
    s = iban.replace(" ", "")[2:]
    return s[:2] + " " + " ".join(s[i:i + 4] for i in range(2, len(s), 4))


# --- Greece: bank(3) + branch(4) + account(16)
def iban_gr(bank, branch, seed):
    return make_iban("GR", bank + branch + _digits(seed, 16))


# --- UK: bank code + sort code + account
def iban_gb(bic4, sortcode, seed):
    return make_iban("GB", bic4 + sortcode + _digits(seed, 8))


# --- Lithuania (EMIs): bank(5) + account(11)
def iban_lt(bank, seed):
    return make_iban("LT", bank + _digits(seed, 11))


# --- Portugal / Belgium / Netherlands etc. as needed
def iban_be(seed):
    ten = "0" + _digits(seed, 9)
    chk = int(ten) % 97 or 97
    return make_iban("BE", ten + "%02d" % chk)


def iban_nl(bank4, seed):
    # Dutch accounts: 10 digits, elfproef (weighted mod 11)
    i = 0
    while True:
        acc = _digits("%s/%d" % (seed, i), 10)
        if sum(int(c) * w for c, w in zip(acc, range(10, 0, -1))) % 11 == 0:
            return make_iban("NL", bank4 + acc)
        i += 1


# ---------------------------------------------------------------- Russia
def ru_account_with_key(bik, acc20):
    """Set the control key (9th digit) of a 20-digit account at a credit
    institution: digits = last 3 of BIK + account, weights 7,1,3..."""
    acc = acc20[:8] + "0" + acc20[9:]
    ws = [7, 1, 3] * 8
    s = sum(int(c) * w for c, w in zip(bik[-3:] + acc, ws)) % 10
    key = (s * 3) % 10
    acc = acc[:8] + str(key) + acc[9:]
    assert ru_account_valid(bik, acc)
    return acc


def ru_account_valid(bik, acc, corr=False):
    prefix = ("0" + bik[4:6]) if corr else bik[-3:]
    ws = [7, 1, 3] * 8
    return sum(int(c) * w for c, w in zip(prefix + acc, ws)) % 10 == 0


def ru_corr_account(bik):
    acc = "30101810" + "0" + "00000000" + bik[-3:]
    acc = list(acc)
    for k in range(10):
        acc[8] = str(k)
        if ru_account_valid(bik, "".join(acc), corr=True):
            return "".join(acc)
    raise ValueError


def ru_settlement_account(bik, seed, prefix="40702810"):
    acc20 = prefix + "0" + _digits(seed, 11)
    return ru_account_with_key(bik, acc20)


def ru_inn10(seed):
    d = _digits(seed, 9)
    d = "77" + d[2:]
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return d + str(sum(int(c) * x for c, x in zip(d, w)) % 11 % 10)


def ru_ogrn(seed):
    d = "1" + _digits(seed, 11)
    return d + str(int(d) % 11 % 10)


# ---------------------------------------------------------------- tax ids
def pl_nip(seed):
    i = 0
    while True:
        d = _digits("%s/%d" % (seed, i), 9)
        c = sum(int(a) * b for a, b in zip(d, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c != 10 and d[0] != "0":
            n = d + str(c)
            return "%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
        i += 1


def it_piva(seed):
    d = "0" + _digits(seed, 9)
    s = 0
    for i, c in enumerate(d):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return d + str((10 - s % 10) % 10)


def es_cif(letter, seed):
    d = _digits(seed, 7)
    s = 0
    for i, c in enumerate(d):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            v = v // 10 + v % 10
        s += v
    return letter + d + str((10 - s % 10) % 10)


def gr_afm(seed):
    d = "0" + _digits(seed, 7)
    d = "8" + d[1:]
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(d))
    return d + str(s % 11 % 10)


def de_ustid(seed):
    d = "1" + _digits(seed, 7)
    p = 10
    for c in d:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    chk = 11 - p
    return "DE" + d + str(0 if chk == 10 else chk)


def gb_vat(seed):
    i = 0
    while True:
        d = _digits("%s/%d" % (seed, i), 7)
        s = sum(int(c) * w for c, w in zip(d, range(8, 1, -1)))
        chk = (-s) % 97
        if d[0] != "0":
            return "GB %s %s %s%02d" % (d[:3], d[3:7], "", chk)
        i += 1


# ---------------------------------------------------------------- Bitcoin
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
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
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_p2wpkh(seed, hrp="bc"):
    prog = hashlib.new("sha256", seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _bech32_polymod(values + [0] * 6) ^ 1
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    addr = hrp + "1" + "".join(_B32[d] for d in data + chk)
    assert bech32_valid(addr)
    return addr


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _bech32_polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(payload):
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def btc_p2pkh(seed):
    h = hashlib.sha256(seed.encode()).digest()[:20]
    a = base58check(b"\x00" + h)
    assert base58check_valid(a)
    return a


if __name__ == "__main__":
    # known vectors
    assert iban_valid("DE89 3704 0044 0532 0130 00")
    assert iban_valid("GB29 NWBK 6016 1331 9268 19")
    assert iban_valid("IT60 X054 2811 1010 0000 0123 456")
    assert it_cin("05428", "11101", "000000123456") == "X"
    assert iban_valid("ES91 2100 0418 4502 0005 1332")
    assert _es_dc("00" + "2100" + "0418") + _es_dc("0200051332") == "45"
    assert pl_sortcode("1140200") == "11402004"
    assert ru_account_valid("044525225", "40702810038000000000") is not None
    assert bech32_valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert base58check_valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")
    print(iban_de("37050198", "x"), iban_it("03069", "01600", "x"),
          iban_es("2100", "1234", "x"), iban_pl("1140200", "x"))
    print(ru_corr_account("044525225"), ru_settlement_account("044525225", "x"))
    print(ru_inn10("x"), pl_nip("x"), it_piva("x"), es_cif("B", "x"),
          gr_afm("x"), de_ustid("x"), bech32_p2wpkh("x"), btc_p2pkh("x"))
    print("ok")
