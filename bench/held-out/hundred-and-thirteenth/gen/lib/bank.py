"""Account-number helpers: IBAN (ISO 13616 mod-97) with national check digits
where known, Russian BIK control key, INN/OGRN, Bitcoin bech32 (BIP-173)."""
import hashlib
import string

_L = {c: str(10 + i) for i, c in enumerate(string.ascii_uppercase)}


def _num(s):
    return int("".join(_L.get(c, c) for c in s.upper()))


def iban(country, bban):
    check = 98 - _num(bban + country + "00") % 97
    return "%s%02d%s" % (country, check, bban)


def iban_valid(i):
    i = i.replace(" ", "")
    return _num(i[4:] + i[:4]) % 97 == 1


def fmt_iban(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


# --- Germany: BLZ (8) + Konto (10). Account check per bank's method not modelled
# except method 00 (mod 10, weights 2,1,2,1..., Luhn-like) which we apply.
def de_konto_00(base9):
    s = 0
    for i, d in enumerate(reversed(base9)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return base9 + str((10 - s % 10) % 10)


def iban_de(blz, konto9):
    return iban("DE", blz + de_konto_00(konto9))


# --- Italy: CIN + ABI(5) + CAB(5) + conto(12)
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for i, c in enumerate(abi + cab + conto):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        s += _ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: bank(4) branch(4) DC(2) account(10)
def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return 0 if d == 11 else (1 if d == 10 else d)


def iban_es(bank, branch, account):
    dc = "%d%d" % (_es_dc("00" + bank + branch), _es_dc(account))
    return iban("ES", bank + branch + dc + account)


# --- Poland: sort code = bank(3/4)+branch, 8 digits with last digit check (3,9,7,1,3,9,7)
def pl_sort(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def iban_pl(sort7, account16):
    return iban("PL", pl_sort(sort7) + account16)


# --- Portugal: bank(4) branch(4) account(11) NIB check(2)
def iban_pt(bank, branch, account):
    base = bank + branch + account
    chk = 98 - (int(base) * 100) % 97
    return iban("PT", base + "%02d" % chk)


def iban_gr(bank3, branch4, acct16):
    return iban("GR", bank3 + branch4 + acct16)


def iban_gb(bic4, sort6, acct8):
    return iban("GB", bic4 + sort6 + acct8)


def iban_lt(bank5, acct11):
    return iban("LT", bank5 + acct11)


def iban_cy(bank3, branch5, acct16):
    return iban("CY", bank3 + branch5 + acct16)


# --- Russia
_W = [7, 1, 3]


def _ru_ok(digits23):
    return sum((int(d) * _W[i % 3]) % 10 for i, d in enumerate(digits23)) % 10 == 0


def ru_account(bik, acc20_with_placeholder):
    """Fill position 9 (index 8) of a 20-digit settlement account so the
    control key against the BIK is valid."""
    for k in "0123456789":
        acc = acc20_with_placeholder[:8] + k + acc20_with_placeholder[9:]
        if _ru_ok(bik[-3:] + acc):
            return acc
    raise ValueError


def ru_account_valid(bik, acc):
    return _ru_ok(bik[-3:] + acc)


def ru_corr_valid(bik, corr):
    return _ru_ok("0" + bik[4:6] + corr)


def ru_corr(bik, corr_placeholder):
    for k in "0123456789":
        acc = corr_placeholder[:8] + k + corr_placeholder[9:]
        if _ru_ok("0" + bik[4:6] + acc):
            return acc
    raise ValueError


def inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# --- Bitcoin bech32 (BIP-173), witness v0 P2WPKH
_CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    checksum = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CH[d] for d in data + checksum)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_CH.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


# --- tax / VAT identifiers with check digits
def de_ustid(eight):
    product = 10
    for d in eight:
        s = (int(d) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    c = 11 - product
    return "DE" + eight + str(0 if c == 10 else c)


def gb_vrn(seven):
    s = sum(int(d) * w for d, w in zip(seven, [8, 7, 6, 5, 4, 3, 2]))
    return seven + "%02d" % ((-s) % 97)


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
    c = sum(int(d) * w for d, w in zip(nine, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
    assert c != 10
    return nine + str(c)


def gr_afm(eight):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        p = int(seven[i]) * 2
        b += p // 10 + p % 10
    return letter + seven + str((10 - (a + b) % 10) % 10)
