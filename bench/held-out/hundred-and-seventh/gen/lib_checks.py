"""Check-digit helpers: IBAN (mod 97), national bank check digits, tax ids,
Russian BIK control key, Bitcoin bech32 / base58check."""
import hashlib


def _mod97(numstr):
    r = 0
    for ch in numstr:
        r = (r * 10 + int(ch)) % 97
    return r


def _alnum_to_digits(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return "".join(out)


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - _mod97(_alnum_to_digits(bban + country + "00"))
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    return _mod97(_alnum_to_digits(s[4:] + s[:4])) == 1


def iban_fmt(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- Germany: account check method 00 (Luhn-like, weights 2,1,2,1.. from right)
def de_account_m00(nine_digits):
    d = nine_digits.zfill(9)
    total = 0
    for i, ch in enumerate(reversed(d)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return d + str((10 - total % 10) % 10)


def iban_de(blz, acct9):
    return iban("DE", blz + de_account_m00(acct9))


# --- Italy: CIN
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
            16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        total += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: CCC control digits
def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(digits10)) % 11
    return {10: 1, 11: 0}.get(d, d)


def iban_es(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta.zfill(10)))
    return iban("ES", entidad + oficina + dc + cuenta.zfill(10))


# --- Poland: bank sort code check digit (8th digit) inside the NRB
def pl_sortcode(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    return seven + str((10 - sum(int(c) * w[i] for i, c in enumerate(seven)) % 10) % 10)


def iban_pl(bank7, account16):
    return iban("PL", pl_sortcode(bank7) + account16.zfill(16))


def iban_gr(bank3, branch4, acct16):
    return iban("GR", bank3 + branch4 + acct16.zfill(16))


def iban_cy(bank3, branch5, acct16):
    return iban("CY", bank3 + branch5 + acct16.zfill(16))


def iban_lt(bank5, acct11):
    return iban("LT", bank5 + acct11.zfill(11))


def iban_gb(bic4, sort6, acct8):
    return iban("GB", bic4 + sort6 + acct8)


# --- Russia: account control key against BIK
_RU_W = [7, 1, 3] * 8


def ru_account(bik, account20, corr=False):
    """Return account20 with position 9 (index 8) set to the valid control key."""
    prefix = ("0" + bik[4:6]) if corr else bik[-3:]
    for k in range(10):
        acc = account20[:8] + str(k) + account20[9:]
        s = prefix + acc
        if sum((int(c) * _RU_W[i]) % 10 for i, c in enumerate(s)) % 10 == 0:
            return acc
    raise ValueError


def ru_account_valid(bik, acc, corr=False):
    prefix = ("0" + bik[4:6]) if corr else bik[-3:]
    s = prefix + acc
    return sum((int(c) * _RU_W[i]) % 10 for i, c in enumerate(s)) % 10 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(c) * w[i] for i, c in enumerate(nine)) % 11 % 10)


# --- VAT / tax ids
def de_ustid(eight):
    product = 10
    for ch in eight:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    return "DE" + eight + str((11 - product) % 10)


def it_piva(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return ten + str((10 - total % 10) % 10)


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(ch) * w[i] for i, ch in enumerate(nine)) % 11
    if c == 10:
        raise ValueError("invalid NIP stem")
    return nine + str(c)


def gr_afm(eight):
    s = sum(int(ch) * 2 ** (8 - i) for i, ch in enumerate(eight))
    return eight + str(s % 11 % 10)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        b += d // 10 + d % 10
    c = (10 - (a + b) % 10) % 10
    return letter + seven + str(c)


# --- Bitcoin
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
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


def bech32_p2wpkh(program20, hrp="bc"):
    data = [0] + _convertbits(program20, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_verify(addr):
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


def base58check_verify(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def seeded_bytes(seed, n):
    return hashlib.sha256(seed.encode()).digest()[:n]


if __name__ == "__main__":
    assert iban_valid("DE89370400440532013000")
    assert iban("DE", "370400440532013000") == "DE89370400440532013000"
    assert iban("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert it_cin("05428", "11101", "000000123456") == "X"
    assert iban_it("05428", "11101", "123456") == "IT60X0542811101000000123456"
    assert iban_es("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert iban_pl("1090101", "0000071219812874") == "PL61109010140000071219812874"
    assert iban_gr("011", "0125", "0000000012300695") == "GR1601101250000000012300695"
    assert bech32_p2wpkh(bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == \
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert base58check(0, b"\0" * 20) == "1111111111111111111114oLvT2"
    assert ru_account_valid("044525225", "30101810400000000225", corr=True)
    assert ru_inn10("770708389") == "7707083893"   # Sberbank INN
    assert de_ustid("13645878") [-1].isdigit()
    assert it_piva("0743153015")[-1].isdigit()
    print("checks ok")


def uic_wagon(eleven):
    """UIC wagon number: 11 digits + Luhn-type check digit (weights 2,1,2,... from left)."""
    total = 0
    for i, ch in enumerate(eleven):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    d = eleven + str((10 - total % 10) % 10)
    return "%s %s %s %s-%s" % (d[0:2], d[2:4], d[4:8], d[8:11], d[11])


_ISO6346 = {}
_v = 10
for _ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    if _v % 11 == 0:
        _v += 1
    _ISO6346[_ch] = _v
    _v += 1


def iso6346(owner_and_serial):
    """'MSKU482913' -> 'MSKU4829137' (container number with check digit)."""
    s = owner_and_serial
    total = sum((_ISO6346[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s))
    return s + str(total % 11 % 10)


assert iso6346("CSQU305438") == "CSQU3054383"
