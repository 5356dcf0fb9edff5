"""Identifier helpers with valid check digits (stdlib only)."""
import hashlib


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- national BBAN check digits -------------------------------------------------

def de_method00(account9):
    """Bundesbank Pruefziffermethode 00 (modulus 10, weights 2,1,2,...) -> 10-digit account."""
    acc = account9.zfill(9)
    tot = 0
    for i, ch in enumerate(reversed(acc)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        tot += p // 10 + p % 10
    return acc + str((10 - tot % 10) % 10)


def de_iban(blz, account9):
    return iban("DE", blz + de_method00(account9))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto.zfill(12)).upper()
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * x for d, x in zip(digits10, w)) % 11
    return {10: 1, 11: 0}.get(r, r)


def es_iban(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


def pl_sort(bank3_branch4):
    w = [3, 9, 7, 1, 3, 9, 7]
    t = sum(int(d) * x for d, x in zip(bank3_branch4, w))
    return bank3_branch4 + str((10 - t % 10) % 10)


def pl_iban(bank3_branch4, account16):
    return iban("PL", pl_sort(bank3_branch4) + account16)


def be_iban(bank3, account7):
    first10 = bank3 + account7
    k = int(first10) % 97 or 97
    return iban("BE", first10 + "%02d" % k)


def gr_iban(bank3, branch4, account16):
    return iban("GR", bank3 + branch4 + account16)


def lt_iban(bank5, account11):
    return iban("LT", bank5 + account11)


def cy_iban(bank3, branch5, account16):
    return iban("CY", bank3 + branch5 + account16)


def gb_iban(bic4, sort6, account8):
    return iban("GB", bic4 + sort6 + account8)


# --- Russian bank details ------------------------------------------------------

_RU_W = [7, 1, 3]


def _ru_key(prefix3, acc20):
    s = prefix3 + acc20[:8] + "0" + acc20[9:]
    tot = sum(int(d) * _RU_W[i % 3] for i, d in enumerate(s))
    return acc20[:8] + str((tot % 10) * 3 % 10) + acc20[9:]


def ru_check(prefix3, acc20):
    s = prefix3 + acc20
    return sum(int(d) * _RU_W[i % 3] for i, d in enumerate(s)) % 10 == 0


def ru_settlement(bik, acc20_without_key):
    """acc20 with any digit at position 9; returns account with correct control key."""
    acc = _ru_key(bik[-3:], acc20_without_key)
    assert ru_check(bik[-3:], acc)
    return acc


def ru_corr(bik):
    acc = "30101810" + "0" + "00000000" + bik[-3:]
    acc = _ru_key("0" + bik[4:6], acc)
    assert ru_check("0" + bik[4:6], acc)
    return acc


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(d) * x for d, x in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# --- VAT / tax IDs ---------------------------------------------------------------

def de_ustid(first8):
    p = 10
    for ch in first8:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + first8 + str(0 if c == 10 else c)


def it_piva(first10):
    tot = 0
    for i, ch in enumerate(first10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return first10 + str((10 - tot % 10) % 10)


def es_cif(letter, digits7):
    a = sum(int(digits7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        p = int(digits7[i]) * 2
        b += p // 10 + p % 10
    c = (10 - (a + b) % 10) % 10
    if letter in "KPQS":
        return letter + digits7 + "JABCDEFGHI"[c]
    return letter + digits7 + str(c)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(first9, w)) % 11
    assert c != 10
    return first9 + str(c)


def gr_afm(first8):
    tot = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(tot % 11 % 10)


def gb_vat(first7):
    w = [8, 7, 6, 5, 4, 3, 2]
    t = sum(int(d) * x for d, x in zip(first7, w))
    c = (-t) % 97
    return first7 + "%02d" % c


# --- Bitcoin ---------------------------------------------------------------------

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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


def _convertbits(data, frombits, tobits):
    acc = 0
    bits = 0
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
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand("bc") + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_CHARSET[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_CHARSET.find(c) for c in rest]
    return hrp == "bc" and -1 not in data and _polymod(_hrp_expand(hrp) + data) == 1


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


def btc_p2pkh(seed):
    return base58check(0, hashlib.sha256(seed.encode()).digest()[:20])


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def selftest():
    assert iban_valid("DE89370400440532013000")
    assert it_cin("05428", "11101", "000000123456") == "X"
    assert it_iban("05428", "11101", "000000123456") == "IT60X0542811101000000123456"
    assert es_iban("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert pl_sort("1090101") == "10901014"
    assert iban("PL", "10901014" + "0000071219812874") == "PL61109010140000071219812874"
    assert be_iban("539", "0075470") == "BE68539007547034"
    assert iban("GB", "NWBK60161331926819") == "GB29NWBK60161331926819"
    assert iban("GR", "01101250000000012300695") == "GR1601101250000000012300695"
    assert it_piva("0000000000") == "00000000000"
    # Russian: Sberbank Northwest BIK 044030653, corr 30101810500000000653
    assert ru_corr("044030653") == "30101810500000000653"
    # INN of Sberbank 7707083893
    assert ru_inn10("770708389") == "7707083893"
    # OGRN of Sberbank 1027700132195
    assert ru_ogrn("102770013219") == "1027700132195"
    # BIP-173 test vector
    data = [0] + _convertbits(bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6"), 8, 5)
    pm = _polymod(_hrp_expand("bc") + data + [0] * 6) ^ 1
    a = "bc1" + "".join(_CHARSET[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])
    assert a == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert base58check_valid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert base58check_valid(btc_p2pkh("selftest"))
    assert pl_nip("526025099") == "5260250995"  # example NIP
    assert es_cif("A", "2801586") == "A28015865" and es_cif("A", "7837472") == "A78374725"  # real CIFs


if __name__ == "__main__":
    selftest()
    print("ids ok")
