"""Bank identifiers, registry numbers and crypto addresses with valid check digits."""
import hashlib


# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(x):
    x = x.replace(" ", "").upper()
    return _iban_num(x[4:] + x[:4]) % 97 == 1


def pretty(x):
    x = x.replace(" ", "")
    return " ".join(x[i:i + 4] for i in range(0, len(x), 4))


# --- Germany: account number with check method 00 (Luhn variant, weights 2,1,2,...)
def de_method00(acct9):
    acct9 = acct9.zfill(9)
    s = 0
    for i, d in enumerate(reversed(acct9)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return acct9 + str((10 - s % 10) % 10)


def iban_de(blz, acct9):
    return iban("DE", blz + de_method00(acct9))


# --- Italy: CIN
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for i, c in enumerate(abi + cab + conto):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        s += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: DC (digitos de control)
def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(bank, office, acct10):
    dc = "%d%d" % (_es_dc("00" + bank + office), _es_dc(acct10))
    return iban("ES", bank + office + dc + acct10)


# --- Poland: NRB, bank sort code with weighted check digit
def pl_sort(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    return seven + str((10 - sum(int(a) * b for a, b in zip(seven, w)) % 10) % 10)


def iban_pl(sort7, acct16):
    return iban("PL", pl_sort(sort7) + acct16)


# --- Greece / UK / Lithuania / Belgium
def iban_gr(bank3, branch4, acct16):
    return iban("GR", bank3 + branch4 + acct16)


def iban_gb(bic4, sort6, acct8):
    return iban("GB", bic4 + sort6 + acct8)


def iban_lt(bank5, acct11):
    return iban("LT", bank5 + acct11)


def iban_be(bank3, acct7):
    n = int(bank3 + acct7) % 97 or 97
    return iban("BE", bank3 + acct7 + "%02d" % n)


# ---------------------------------------------------------------- Russia
_RU_W = [7, 1, 3] * 8


def _ru_sum(s23):
    return sum((int(d) * w) % 10 for d, w in zip(s23, _RU_W))


def ru_account(bik, acct20_with_x):
    """acct20_with_x: 20 chars with 'X' at position 9 (index 8) for the key."""
    assert len(acct20_with_x) == 20 and acct20_with_x[8] == "X"
    base = acct20_with_x.replace("X", "0")
    k = (_ru_sum(bik[-3:] + base) % 10 * 3) % 10
    acc = base[:8] + str(k) + base[9:]
    assert ru_account_valid(bik, acc)
    return acc


def ru_account_valid(bik, acc):
    return _ru_sum(bik[-3:] + acc) % 10 == 0


def ru_corr_valid(bik, corr):
    return _ru_sum("0" + bik[4:6] + corr) % 10 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# ---------------------------------------------------------------- VAT-like numbers
def de_ustid(eight):
    """German USt-IdNr. check digit (ISO 7064 MOD 11,10)."""
    p = 10
    for d in eight:
        s = (int(d) + p) % 10 or 10
        p = (2 * s) % 11
    return "DE" + eight + str((11 - p) % 10)


def it_piva(ten):
    s = 0
    for i, c in enumerate(ten):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return ten + str((10 - s % 10) % 10)


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    assert c != 10
    return nine + str(c)


def es_cif(letter, seven):
    s = 0
    for i, c in enumerate(seven):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        s += d
    ctrl = (10 - s % 10) % 10
    return letter + seven + (str(ctrl) if letter in "ABEH" else "JABCDEFGHI"[ctrl])


def gr_afm(eight):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


# ---------------------------------------------------------------- Bitcoin
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
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


def bech32_p2wpkh(seed, hrp="bc"):
    prog = hashlib.new("sha256", seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(payload):
    full = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(full, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    return "1" * (len(full) - len(full.lstrip(b"\0"))) + s


def btc_p2pkh(seed):
    return base58check(b"\x00" + hashlib.sha256(seed.encode()).digest()[:20])


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]
