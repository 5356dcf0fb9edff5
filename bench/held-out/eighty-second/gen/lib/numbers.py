"""Bank account numbers, tax ids and crypto addresses with valid checks."""
import hashlib


# ------------------------------------------------------------------ IBAN
def _alnum_to_digits(s):
    out = []
    for c in s.upper():
        if c.isdigit():
            out.append(c)
        else:
            out.append(str(ord(c) - 55))
    return "".join(out)


def mod97(s):
    return int(_alnum_to_digits(s)) % 97


def iban(cc, bban):
    chk = 98 - mod97(bban + cc + "00")
    return "%s%02d%s" % (cc, chk, bban)


def iban_ok(i):
    i = i.replace(" ", "")
    return mod97(i[4:] + i[:4]) == 1


def fmt(i):
    i = i.replace(" ", "")
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


# --- Germany: Kontonummer with check method 00 (Bundesbank Pruefzifferverfahren 00)
def de_method00(acct9):
    s = 0
    for i, ch in enumerate(reversed(acct9)):
        w = 2 if i % 2 == 0 else 1
        p = int(ch) * w
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)


def iban_de(blz, acct9):
    acct = acct9 + de_method00(acct9)
    return iban("DE", blz + acct.zfill(10))


# --- Italy: CIN
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        tot += _ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto12):
    return iban("IT", it_cin(abi, cab, conto12) + abi + cab + conto12)


# --- Spain: DC
def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(ent, ofi, cuenta10):
    dc = "%d%d" % (_es_dc("00" + ent + ofi), _es_dc(cuenta10))
    return iban("ES", ent + ofi + dc + cuenta10)


# --- Poland: routing number check digit (weights 3,9,7,1,3,9,7)
def pl_routing(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def iban_pl(routing7, acct16):
    return iban("PL", pl_routing(routing7) + acct16)


def nrb(i):
    """Polish domestic format: 'CC BBBB BBBB AAAA ...' (26 digits)."""
    d = i[2:]
    return d[:2] + " " + " ".join(d[k:k + 4] for k in range(2, 26, 4))


# --- Hungary: two national check digits (weights 9,7,3,1)
def _hu(ds):
    w = [9, 7, 3, 1]
    s = sum(int(c) * w[i % 4] for i, c in enumerate(ds))
    return str((10 - s % 10) % 10)


def iban_hu(bank3, branch4, acct15):
    b = bank3 + branch4
    return iban("HU", b + _hu(b) + acct15 + _hu(acct15))


# --- Slovakia: prefix/account mod 11 (weights 10,5,8,4,2,1 / 6,3,7,9,10,5,8,4,2,1)
def sk_account(acct9):
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(acct9, w))
    d = (-s) % 11
    if d == 10:
        raise ValueError("choose another account number")
    return acct9 + str(d)


def iban_sk(bank4, prefix6, acct9):
    return iban("SK", bank4 + prefix6 + sk_account(acct9))


# --- Belgium: national check mod 97
def iban_be(bank3, acct7):
    ten = bank3 + acct7
    c = int(ten) % 97 or 97
    return iban("BE", ten + "%02d" % c)


def iban_lt(bank5, acct11):
    return iban("LT", bank5 + acct11)


def iban_gr(bank3, branch4, acct16):
    return iban("GR", bank3 + branch4 + acct16)


def iban_gb(bic4, sort6, acct8):
    return iban("GB", bic4 + sort6 + acct8)


def iban_bg(bic4, branch4, type2, acct8):
    return iban("BG", bic4 + branch4 + type2 + acct8)


# ------------------------------------------------------------------ Russia
def ru_key_ok(bik, acct, corr=False):
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    s = pre + acct
    w = [7, 1, 3]
    return sum(int(c) * w[i % 3] for i, c in enumerate(s)) % 10 == 0


def ru_account(bik, acct20, corr=False):
    """acct20: 20 digits, the 9th (index 8) is replaced by the control key."""
    a = acct20[:8] + "0" + acct20[9:]
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    s = pre + a
    w = [7, 1, 3]
    tot = sum(int(c) * w[i % 3] for i, c in enumerate(s))
    k = (tot % 10) * 3 % 10
    res = a[:8] + str(k) + a[9:]
    assert ru_key_ok(bik, res, corr)
    return res


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(c) * x for c, x in zip(nine, w)) % 11 % 10)


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# ------------------------------------------------------------------ VAT / tax ids
def de_ustid(eight):
    p = 10
    for c in eight:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    if c == 10:
        c = 0
    return "DE" + eight + str(c)


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
        raise ValueError("invalid NIP stem")
    return nine + str(c)


def pl_nip_fmt(n):
    return "%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])


def es_cif(letter, seven):
    even = sum(int(seven[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        p = int(seven[i]) * 2
        odd += p // 10 + p % 10
    c = (10 - (even + odd) % 10) % 10
    if letter in "PQRSNW":
        return letter + seven + "JABCDEFGHI"[c]
    return letter + seven + str(c)


def gr_afm(eight):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(eight))
    return eight + str(s % 11 % 10)


def gb_vat(seven):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(seven, w))
    c = (-s) % 97
    return seven + "%02d" % c


def rf_ref(ref):
    """ISO 11649 creditor reference (Greek 'RF' payment codes)."""
    chk = 98 - mod97(ref + "RF00")
    return "RF%02d%s" % (chk, ref)


# ------------------------------------------------------------------ Bitcoin
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


def bech32_segwit(hrp, witver, prog):
    data = [witver] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _polymod(values + [0] * 6) ^ 1
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_ok(addr):
    hrp, data = addr.rsplit("1", 1)
    vals = [_BECH.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


def btc_bech32(seed):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    return bech32_segwit("bc", 0, prog)


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, rem = divmod(n, 58)
        out = _B58[rem] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def btc_legacy(seed):
    return base58check(0, hashlib.sha256(seed.encode()).digest()[:20])


def _selftest():
    assert bech32_segwit("bc", 0, bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == \
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert iban_ok("DE89370400440532013000")
    assert iban("DE", "370400440532013000") == "DE89370400440532013000"
    assert iban("GB", "NWBK60161331926819") == "GB29NWBK60161331926819"
    # Sberbank correspondent account and ZAO 'Alfa' style checks
    assert ru_key_ok("044525225", "30101810400000000225", corr=True)
    assert ru_key_ok("044525974", "30101810145250000974", corr=True)
    assert ru_key_ok("044525593", "30101810200000000593", corr=True)
    assert ru_key_ok("044525187", "30101810700000000187", corr=True)
    assert iban("IT", "X0542811101000000123456") == "IT60X0542811101000000123456"
    assert it_cin("05428", "11101", "000000123456") == "X"
    assert iban_es("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert de_ustid("13645832")[:2] == "DE"
    assert base58check(0, bytes.fromhex("010966776006953d5567439e5e39f86a0d273bee")) == "16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM"
    assert pl_routing("1020522") and len(pl_routing("1020522")) == 8
    return True


if __name__ == "__main__":
    print(_selftest())
