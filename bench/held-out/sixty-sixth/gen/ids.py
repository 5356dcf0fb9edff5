"""Identifiers with valid check digits: IBANs (+ national check digits where
known), tax numbers, Russian bank details, Bitcoin addresses."""
import hashlib

# ---------------------------------------------------------------- IBAN

def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    n = _iban_num(bban + country + "00")
    cd = 98 - n % 97
    return "%s%02d%s" % (country, cd, bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) > 14 and _iban_num(s[4:] + s[:4]) % 97 == 1


def group4(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def de_account_m00(first9):
    """German Pruefzifferverfahren 00 (mod 10, weights 2,1,2,1,...)."""
    assert len(first9) == 9
    total = 0
    for i, ch in enumerate(reversed(first9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return first9 + str((10 - total % 10) % 10)


def iban_de(blz, acct9):
    return iban("DE", blz + de_account_m00(acct9.zfill(9)))


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
            14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return 0 if d == 11 else (1 if d == 10 else d)


def iban_es(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


def pl_sort_code(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(first7, w))
    return first7 + str((10 - s % 10) % 10)


def iban_pl(first7, acct16):
    return iban("PL", pl_sort_code(first7) + acct16)


def nrb(ib):
    """Polish NRB = IBAN without the country code, grouped 2+4*6."""
    s = ib[2:]
    return s[:2] + " " + " ".join(s[i:i + 4] for i in range(2, 26, 4))


def iban_pt(bank4, branch4, acct11):
    first = bank4 + branch4 + acct11
    chk = 98 - (int(first) * 100) % 97
    return iban("PT", first + "%02d" % chk)


def iban_gr(bank3, branch4, acct16):
    return iban("GR", bank3 + branch4 + acct16)


def iban_lt(bank5, acct11):
    return iban("LT", bank5 + acct11)


def iban_gb(bic4, sort6, acct8):
    return iban("GB", bic4 + sort6 + acct8)


# ---------------------------------------------------------- tax numbers

def de_ustid(first8):
    prod = 10
    for ch in first8:
        s = (int(ch) + prod) % 10
        if s == 0:
            s = 10
        prod = (2 * s) % 11
    c = 11 - prod
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


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10, "choose other NIP digits"
    return first9 + str(c)


def es_cif(letter, first7):
    a = sum(int(first7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(first7[i]) * 2
        b += d // 10 + d % 10
    c = (10 - (a + b) % 10) % 10
    if letter in "PQRSNW":
        return letter + first7 + "JABCDEFGHI"[c]
    return letter + first7 + str(c)


def gr_afm(first8):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(s % 11 % 10)


def gb_vat(first7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(first7, w))
    c = (-s) % 97
    return "GB" + first7 + "%02d" % c


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


_RU_W = [7, 1, 3] * 8


def _ru_key(prefix3, acct):
    digits = prefix3 + acct[:8] + "0" + acct[9:]
    s = sum((int(d) * w) % 10 for d, w in zip(digits, _RU_W))
    k = (s % 10 * 3) % 10
    res = acct[:8] + str(k) + acct[9:]
    assert ru_acct_ok(prefix3, res)
    return res


def ru_acct_ok(prefix3, acct):
    digits = prefix3 + acct
    return sum((int(d) * w) % 10 for d, w in zip(digits, _RU_W)) % 10 == 0


def ru_settlement(bik, acct20):
    """Settlement account (r/s) with control key for a credit institution."""
    return _ru_key(bik[-3:], acct20)


def ru_corr(bik):
    """Correspondent account 30101810?0000000XXX with control key."""
    acct = "30101810" + "0" + "00000000" + bik[-3:]
    return _ru_key("0" + bik[4:6], acct)


# ------------------------------------------------------------- Bitcoin

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


def bech32_address(seed, hrp="bc"):
    prog = hashlib.new("sha256", seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check_address(seed, version=0x00):
    payload = bytes([version]) + hashlib.sha256(seed.encode()).digest()[:20]
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def base58check_ok(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
