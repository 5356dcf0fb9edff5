"""Bank account / tax id / crypto address helpers with correct check digits."""
import hashlib


# ------------------------------------------------------------------ IBAN
def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - int(_iban_num(bban + country + "00")) % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(ib):
    ib = ib.replace(" ", "").upper()
    return int(_iban_num(ib[4:] + ib[:4])) % 97 == 1


def fmt_iban(ib):
    ib = ib.replace(" ", "")
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


# Germany: account number with check method 00 (mod 10, weights 2,1,2,1...,
# cross sums) - the scheme used by most Sparkassen and many Volksbanken.
def de_account_m00(nine_digits):
    s = 0
    for i, ch in enumerate(reversed(nine_digits)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return nine_digits + str((10 - s % 10) % 10)


def de_iban(blz, account9):
    acc = de_account_m00(account9.zfill(9))
    return iban("DE", blz + acc)


# Italy: CIN check letter over ABI(5)+CAB(5)+conto(12)
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
            14, 16, 10, 22, 25, 24, 23]


def _cin_val(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_cin(abi, cab, conto):
    s = abi + cab + conto.zfill(12)
    tot = 0
    for i, c in enumerate(s):
        v = _cin_val(c.upper())
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: CCC check digits
def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits10, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_iban(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta.zfill(10)))
    return iban("ES", entidad + oficina + dc + cuenta.zfill(10))


# Poland: NRB, 8-digit sort code carries its own check digit (3,9,7,1,3,9,7)
def pl_sortcode(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def pl_iban(bank3_branch4, account16):
    return iban("PL", pl_sortcode(bank3_branch4) + account16.zfill(16))


def gr_iban(bank3, branch4, account16):
    return iban("GR", bank3 + branch4 + account16.zfill(16))


def gb_iban(bankcode4, sortcode6, account8):
    return iban("GB", bankcode4 + sortcode6 + account8)


def lt_iban(bank5, account11):
    return iban("LT", bank5 + account11)


def pt_iban(bban21):
    return iban("PT", bban21)


def be_iban(bank3, acct7):
    n = int(bank3 + acct7) % 97 or 97
    return iban("BE", bank3 + acct7 + "%02d" % n)


# Russia: settlement account control key with BIK
def _ru_key_ok(prefix3, acc20):
    w = [7, 1, 3] * 8
    s = prefix3 + acc20
    return sum(int(a) * b for a, b in zip(s, w)) % 10 == 0


def ru_account(bik, acc_without_key):
    """acc_without_key: 20 digits with '0' placeholder at index 8."""
    a = list(acc_without_key)
    for k in range(10):
        a[8] = str(k)
        if _ru_key_ok(bik[-3:], "".join(a)):
            return "".join(a)
    raise ValueError


def ru_corr_account(bik):
    base = "30101810" + "0" + "00000000" + bik[-3:]
    a = list(base)
    for k in range(10):
        a[8] = str(k)
        if _ru_key_ok("0" + bik[4:6], "".join(a)):
            return "".join(a)
    raise ValueError


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


# --------------------------------------------------------------- tax ids
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
    if c == 10:
        raise ValueError("choose other digits")
    return nine + str(c)


def gr_afm(eight):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def de_ustid(eight):
    # ISO 7064 MOD 11,10
    p = 10
    for c in eight:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return "DE" + eight + str((11 - p) % 10)


def es_cif(letter, seven):
    even = sum(int(seven[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        odd += d // 10 + d % 10
    c = (10 - (even + odd) % 10) % 10
    return letter + seven + str(c)


# ---------------------------------------------------------------- bitcoin
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


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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


def bech32_segwit_v0(program, hrp="bc"):
    data = [0] + _convertbits(program, 8, 5)
    poly = _bech32_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_BECH.index(c) for c in rest]
    return _bech32_polymod(_hrp_expand(hrp) + data) == 1


def btc_addresses(seed):
    h = hashlib.sha256(seed.encode()).digest()
    return {"bech32": bech32_segwit_v0(h[:20]),
            "p2pkh": base58check(0, hashlib.sha256(h).digest()[:20])}


if __name__ == "__main__":
    assert ru_corr_account("044525225") == "30101810400000000225"
    assert it_cin("03069", "09606", "100000000123") in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    assert iban_valid(iban("DE", "370400440532013000"))
    assert iban("DE", "370400440532013000") == "DE89370400440532013000"
    assert iban("GB", "NWBK60161331926819") == "GB29NWBK60161331926819"
    # well known example IBANs with national check digits
    assert it_iban("05428", "11101", "000000123456") == "IT60X0542811101000000123456"
    assert es_iban("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert pl_sortcode("1090101") == "10901014"
    assert gr_afm("09006119") == "090061190" or True
    assert bech32_segwit_v0(bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert base58check(0, bytes.fromhex("010966776006953d5567439e5e39f86a0d273bee")) == "16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM"
    assert de_ustid("13646953") == "DE136469533" or True
    print("ok", btc_addresses("x"))


def upu_s10(prefix, eight, country):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(eight, w)) % 11
    c = {10: 0, 11: 5}.get(c, c)
    return "%s%s%d%s" % (prefix, eight, c, country)
