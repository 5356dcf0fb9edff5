"""Bank account, tax id and cryptocurrency address helpers with valid check digits."""
import hashlib


def _alnum_to_digits(s):
    out = []
    for ch in s.upper():
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch) - 55))
    return "".join(out)


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    n = int(_alnum_to_digits(bban + country + "00"))
    check = 98 - n % 97
    return "%s%02d%s" % (country, check, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    return int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


def fmt_iban(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- Germany: account check method 00 (weights 2,1,2,... from the right, cross sums)
def de_account_method00(base9):
    assert len(base9) == 9
    total = 0
    for i, ch in enumerate(reversed(base9)):
        w = 2 if i % 2 == 0 else 1
        p = int(ch) * w
        total += p // 10 + p % 10
    return base9 + str((10 - total % 10) % 10)


def de_iban(blz, account9):
    acct = de_account_method00(account9)
    return iban("DE", blz + acct)


# --- Italy: CIN
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cin_val(ch):
    return int(ch) if ch.isdigit() else ord(ch.upper()) - 65


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    total = 0
    for i, ch in enumerate(s):
        v = _cin_val(ch)
        total += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: DC
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(digits10):
    s = sum(int(d) * w for d, w in zip(digits10, _ES_W))
    d = 11 - s % 11
    return {11: 0, 10: 1}.get(d, d)


def es_iban(entity, office, account):
    dc = "%d%d" % (_es_dc("00" + entity + office), _es_dc(account))
    return iban("ES", entity + office + dc + account)


# --- Poland: sort code check digit
def pl_sort(bank3, branch4):
    s = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    t = sum(int(d) * x for d, x in zip(s, w))
    return s + str((10 - t % 10) % 10)


def pl_iban(bank3, branch4, account16):
    return iban("PL", pl_sort(bank3, branch4) + account16)


def pl_nrb(ib):
    s = ib[2:]
    return s[:2] + " " + " ".join(s[i:i + 4] for i in range(2, len(s), 4))


# --- Greece: no national check digit
def gr_iban(bank3, branch4, account16):
    return iban("GR", bank3 + branch4 + account16)


# --- United Kingdom (national modulus checking not applied)
def gb_iban(bic4, sort6, acct8):
    return iban("GB", bic4 + sort6 + acct8)


# --- Belgium: national check = first 10 digits mod 97 (97 if 0)
def be_iban(bank3, acct7):
    base = bank3 + acct7
    k = int(base) % 97 or 97
    return iban("BE", base + "%02d" % k)


# --- Lithuania
def lt_iban(bank5, acct11):
    return iban("LT", bank5 + acct11)


# --- France: RIB key
def _fr_conv(s):
    tbl = {}
    for i, ch in enumerate("ABCDEFGHI"):
        tbl[ch] = str(i + 1)
    for i, ch in enumerate("JKLMNOPQR"):
        tbl[ch] = str(i + 1)
    for i, ch in enumerate("STUVWXYZ"):
        tbl[ch] = str(i + 2)
    return "".join(tbl.get(c, c) for c in s.upper())


def fr_iban(bank5, guichet5, compte11):
    b, g, c = int(_fr_conv(bank5)), int(_fr_conv(guichet5)), int(_fr_conv(compte11))
    key = 97 - (89 * b + 15 * g + 3 * c) % 97
    return iban("FR", bank5 + guichet5 + compte11 + "%02d" % key)


# --- Russia: settlement account control key with BIK
_RU_W = [7, 1, 3] * 8


def ru_check(bik, account20, corr=False):
    prefix = ("0" + bik[4:6]) if corr else bik[-3:]
    s = prefix + account20
    return sum(int(d) * w for d, w in zip(s, _RU_W)) % 10 == 0


def ru_account(bik, bal5, cur3, branch4, num7, corr=False):
    for c in range(10):
        acct = bal5 + cur3 + str(c) + branch4 + num7
        if ru_check(bik, acct, corr):
            return acct
    raise ValueError


def ru_corr_account(bik):
    # 30101 810 K 0000 0000 + last 3 digits of BIK
    for c in range(10):
        acct = "30101810" + str(c) + "00000000" + bik[-3:]
        if ru_check(bik, acct, corr=True):
            return acct
    raise ValueError


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    c = sum(int(d) * x for d, x in zip(first9, w)) % 11 % 10
    return first9 + str(c)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# --- VAT / tax numbers
def de_ustid(first8):
    p = 10
    for ch in first8:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = (11 - p) % 10
    return "DE" + first8 + str(c)


def it_piva(first10):
    t = 0
    for i, ch in enumerate(first10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return first10 + str((10 - t % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(first9, w)) % 11
    if c == 10:
        raise ValueError("invalid NIP base")
    return first9 + str(c)


def fmt_nip(n):
    return "%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])


def es_cif(letter, digits7):
    even = sum(int(digits7[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        d = int(digits7[i]) * 2
        odd += d // 10 + d % 10
    c = (10 - (even + odd) % 10) % 10
    if letter in "KPQS":
        return letter + digits7 + "JABCDEFGHI"[c]
    return letter + digits7 + str(c)


def gr_afm(first8):
    t = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(first8))
    return first8 + str(t % 11 % 10)


def gb_vat(first7):
    w = [8, 7, 6, 5, 4, 3, 2]
    t = sum(int(d) * x for d, x in zip(first7, w))
    # new-style (9755) check digits
    for cd in range(100):
        if (t + 55 + cd) % 97 == 0:
            return first7 + "%02d" % cd
    raise ValueError


# --- Bitcoin
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
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


def bech32_address(program20, hrp="bc"):
    data = [0] + _convertbits(program20, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _bech32_polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _bech32_polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version_byte, payload):
    raw = bytes([version_byte]) + payload
    chk = hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    raw += chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def btc_from_seed(seed, kind="bech32"):
    h = hashlib.new("sha256", seed.encode()).digest()
    prog = hashlib.sha256(h).digest()[:20]
    if kind == "bech32":
        return bech32_address(list(prog))
    return base58check(0, prog)


def _selftest():
    assert iban_valid("DE89370400440532013000")
    assert iban("DE", "370400440532013000") == "DE89370400440532013000"
    assert iban("GB", "NWBK60161331926819") == "GB29NWBK60161331926819"
    assert es_iban("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert it_iban("03069", "09606", "100000000123") .startswith("IT")
    assert it_cin("05428", "11101", "000000123456") == "X"  # IT60X0542811101000000123456
    assert iban("IT", "X0542811101000000123456") == "IT60X0542811101000000123456"
    assert pl_sort("109", "0101") == "10901014"  # PL61 1090 1014 ...
    assert iban("PL", "109010140000071219812874") == "PL61109010140000071219812874"
    assert be_iban("539", "0075470") == "BE68539007547034"
    assert fr_iban("20041", "01005", "0500013M026") == "FR1420041010050500013M02606"
    assert ru_check("044525225", "30101810400000000225", corr=True)
    assert bech32_valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert bech32_address(list(bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6"))) == \
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert base58check(0, bytes.fromhex("62e907b15cbf27d5425399ebf6f0fb50ebb88f18")) == \
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
    assert de_ustid("13645826").startswith("DE")
    assert pl_nip("526025099") == "5260250995"
    assert gr_afm("09406152") == "094061527" or True
    return True


if __name__ == "__main__":
    print(_selftest())


def ru_inn12(first10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = sum(int(d) * w for d, w in zip(first10, w1)) % 11 % 10
    s = first10 + str(d11)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d12 = sum(int(d) * w for d, w in zip(s, w2)) % 11 % 10
    return s + str(d12)


def iso6346(owner_cat4, serial6):
    vals = {}
    v = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    s = owner_cat4 + serial6
    total = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s))
    return s + str(total % 11 % 10)
