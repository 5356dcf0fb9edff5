"""Check-digit helpers: IBAN (ISO 13616 mod-97) with national check digits
where known, Russian account key (BIK), company tax numbers, and
cryptocurrency addresses (bech32 / base58check)."""
import hashlib


# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(i):
    i = i.replace(" ", "").upper()
    return _iban_num(i[4:] + i[:4]) % 97 == 1


def iban_fmt(i):
    i = i.replace(" ", "")
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


# Italy: CIN letter over ABI+CAB+conto
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
            14, 16, 10, 22, 25, 24, 23]
_CIN_ALPH = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
            odd = _CIN_ODD[v]
        else:
            v = _CIN_ALPH.index(c)
            odd = _CIN_ODD[v]
        tot += odd if i % 2 == 0 else v
    return _CIN_ALPH[tot % 26]


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: two "digitos de control"
def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


# Poland: 8-digit sort code with check digit (weights 3,9,7,1,3,9,7)
def pl_sort(seven):
    s = sum(int(a) * b for a, b in zip(seven, [3, 9, 7, 1, 3, 9, 7]))
    return seven + str((10 - s % 10) % 10)


def iban_pl(bank7, account16):
    return iban("PL", pl_sort(bank7) + account16)


def iban_de(blz, konto):
    return iban("DE", blz + konto.rjust(10, "0"))


def iban_gr(bank3, branch4, acc16):
    return iban("GR", bank3 + branch4 + acc16.rjust(16, "0"))


def iban_gb(bic4, sort6, acc8):
    return iban("GB", bic4 + sort6 + acc8)


def iban_lt(bank5, acc11):
    return iban("LT", bank5 + acc11)


# ---------------------------------------------------------------- Russia
_W713 = [7, 1, 3] * 8


def ru_account(bik, acc20_with_x):
    """acc20_with_x: 20 chars, position 9 (index 8) is a placeholder.
    Settlement account (r/s) key computed with the last 3 BIK digits."""
    a = acc20_with_x[:8] + "0" + acc20_with_x[9:]
    s = bik[-3:] + a
    tot = sum((int(d) * w) % 10 for d, w in zip(s, _W713))
    key = (tot % 10) * 3 % 10
    return a[:8] + str(key) + a[9:]


def ru_corr_account(bik, acc20_with_x):
    a = acc20_with_x[:8] + "0" + acc20_with_x[9:]
    s = "0" + bik[4:6] + a
    tot = sum((int(d) * w) % 10 for d, w in zip(s, _W713))
    key = (tot % 10) * 3 % 10
    return a[:8] + str(key) + a[9:]


def ru_account_valid(bik, acc, corr=False):
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    s = pre + acc
    return sum(int(d) * w for d, w in zip(s, _W713)) % 10 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


# ---------------------------------------------------------------- VAT / tax ids
def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    if c == 10:
        raise ValueError("invalid NIP stem")
    return nine + str(c)


def it_piva(ten):
    tot = 0
    for i, c in enumerate(ten):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return ten + str((10 - tot % 10) % 10)


def gr_afm(eight):
    tot = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(eight))
    return eight + str(tot % 11 % 10)


def de_ustid(eight):
    # ISO 7064 MOD 11,10
    p = 10
    for c in eight:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return "DE" + eight + str((11 - p) % 10)


def es_cif(letter, seven):
    s_even = sum(int(seven[i]) for i in (1, 3, 5))
    s_odd = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        s_odd += d // 10 + d % 10
    c = (10 - (s_even + s_odd) % 10) % 10
    if letter in "PQRSNW":
        return letter + seven + "JABCDEFGHI"[c]
    return letter + seven + str(c)


# ---------------------------------------------------------------- Bitcoin
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version, payload):
    raw = bytes([version]) + payload
    chk = hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    raw += chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def base58check_valid(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_p2wpkh(program20, hrp="bc"):
    data = [0] + _convertbits(program20, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, data = addr.rpartition("1")
    vals = [_BECH.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


def h160(seed):
    return hashlib.sha256(seed.encode()).digest()[:20]


if __name__ == "__main__":
    # self-test against published reference data
    assert iban_valid("DE89370400440532013000")
    assert iban("DE", "370400440532013000") == "DE89370400440532013000"
    assert iban_it("05428", "11101", "000000123456") == "IT60X0542811101000000123456"
    assert iban_es("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert iban_pl("1090101", "0000071219812874") == "PL61109010140000071219812874"
    assert ru_corr_account("044525225", "30101810X00000000225") == "30101810400000000225"
    assert ru_inn10("770708389") == "7707083893"          # Sberbank INN
    assert pl_nip("526025099") == "5260250995"
    vec = bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")
    assert bech32_p2wpkh(vec) == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert base58check(0, bytes.fromhex("010966776006953d5567439e5e39f86a0d273bee")) == \
        "16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM"
    print("checks ok")
