"""Check-digit helpers: IBAN (ISO 13616 mod-97) with national check digits
where known (IT CIN, ES DC, PL sort-code digit, BE mod-97), Russian bank
account control key (BIK), Russian INN, Bitcoin bech32 / base58check."""

import hashlib


# ---------------------------------------------------------------- IBAN ----
def _alnum_to_int(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc, bban):
    """Return a printable-free IBAN string for country code and BBAN."""
    bban = bban.replace(" ", "").upper()
    chk = 98 - _alnum_to_int(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    return _alnum_to_int(s[4:] + s[:4]) % 97 == 1


def iban_fmt(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# Italy: CIN letter over ABI(5)+CAB(5)+conto(12)
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: two control digits (DC)
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_d(digits10):
    r = 11 - sum(int(d) * w for d, w in zip(digits10, _ES_W)) % 11
    return {11: 0, 10: 1}.get(r, r)


def iban_es(bank, branch, account):
    dc = "%d%d" % (_es_d("00" + bank + branch), _es_d(account))
    return iban("ES", bank + branch + dc + account)


# Poland: sort code = bank(3)+branch(4)+check(1), weights 3,9,7,1,3,9,7
def pl_sort(seven):
    s = sum(int(d) * w for d, w in zip(seven, [3, 9, 7, 1, 3, 9, 7]))
    return seven + str((10 - s % 10) % 10)


def iban_pl(seven, account16):
    return iban("PL", pl_sort(seven) + account16)


def pl_nrb(ib):
    """Polish domestic NRB format: 26 digits in groups 2-4-4-4-4-4-4."""
    d = ib.replace(" ", "")[2:]
    return d[:2] + " " + " ".join(d[i:i + 4] for i in range(2, 26, 4))


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(nine, w)) % 11
    assert c != 10
    return nine + str(c)


def es_cif(letter, seven):
    """Spanish company tax id (CIF) with numeric control digit."""
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        p = int(seven[i]) * 2
        b += p // 10 + p % 10
    return letter + seven + str((10 - (a + b) % 10) % 10)


def it_piva(ten):
    tot = 0
    for i, d in enumerate(ten):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return ten + str((10 - tot % 10) % 10)


def gr_afm(eight):
    c = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight)) % 11 % 10
    return eight + str(c)


# Belgium: last 2 digits = first 10 mod 97 (97 if 0)
def iban_be(ten):
    c = int(ten) % 97 or 97
    return iban("BE", "%s%02d" % (ten, c))


# Germany: BLZ(8)+Konto(10); account digit computed with method 00
# (weights 2,1,2,... from the right, cross sums, mod 10)
def de_konto00(nine):
    tot = 0
    for i, d in enumerate(reversed(nine)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        tot += p // 10 + p % 10
    return nine + str((10 - tot % 10) % 10)


def iban_de(blz, konto9):
    return iban("DE", blz + de_konto00(konto9).zfill(10))


# ------------------------------------------------------------ Russia -----
_RU_W = [7, 1, 3]


def _ru_key(prefix3, acc20):
    s = prefix3 + acc20[:8] + "0" + acc20[9:]
    tot = sum((int(d) * _RU_W[i % 3]) % 10 for i, d in enumerate(s))
    return acc20[:8] + str(((tot % 10) * 3) % 10) + acc20[9:]


def ru_account(bik, acc20):
    """Settlement account (р/с) with control key for the given BIK."""
    return _ru_key(bik[-3:], acc20)


def ru_corr_account(bik):
    """Correspondent account 30101810... ending in last 3 BIK digits."""
    acc = "30101810" + "0" + "00000000" + bik[-3:]
    return _ru_key("0" + bik[4:6], acc)


def ru_account_valid(prefix3, acc20):
    s = prefix3 + acc20
    return sum((int(d) * _RU_W[i % 3]) % 10 for i, d in enumerate(s)) % 10 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(d) * x for d, x in zip(nine, w)) % 11 % 10)


# ----------------------------------------------------------- Bitcoin -----
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
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_address(seed, hrp="bc"):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, data = addr.rpartition("1")
    vals = [_B32.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check_address(seed, version=0):
    payload = bytes([version]) + hashlib.sha256(seed.encode()).digest()[:20]
    full = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(full, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(full) - len(full.lstrip(b"\0"))
    return "1" * pad + out


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


if __name__ == "__main__":
    assert iban_it("05428", "11101", "000000123456") == "IT60X0542811101000000123456"
    assert iban_es("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert iban_pl("1090101", "0000071219812874") == "PL61109010140000071219812874"
    assert iban_be("5390075470") == "BE68539007547034"
    assert iban("GB", "NWBK60161331926819") == "GB29NWBK60161331926819"
    assert iban("DE", "370400440532013000") == "DE89370400440532013000"
    assert ru_account_valid("653", ru_account("044030653", "40702810055000012345"))
    assert ru_corr_account("044030653") == "30101810500000000653"
    a = bech32_address("x")
    assert bech32_valid(a)
    assert base58check_valid(base58check_address("y"))
    print("checks ok", a, base58check_address("y"))
