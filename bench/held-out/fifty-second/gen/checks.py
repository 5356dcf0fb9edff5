"""Check-digit arithmetic: IBAN (mod 97) + national BBAN checks, Russian
bank accounts (BIK control key), INN/OGRN, Bitcoin bech32 and base58check."""
import hashlib


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(cc, bban):
    chk = 98 - int(_num(bban + cc + "00")) % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    return len(s) > 4 and int(_num(s[4:] + s[:4])) % 97 == 1


def fmt(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- national BBAN constructions -------------------------------------------
def de(blz, acct9):
    """German BBAN, account check digit by Bundesbank method 00."""
    assert len(blz) == 8 and len(acct9) == 9
    s = 0
    for i, c in enumerate(reversed(acct9)):
        p = int(c) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return iban("DE", blz + acct9 + str((10 - s % 10) % 10))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for i, c in enumerate(abi + cab + conto):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        s += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def it(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(digits)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es(ent, ofi, cuenta):
    dc = "%d%d" % (_es_dc("00" + ent + ofi), _es_dc(cuenta))
    return iban("ES", ent + ofi + dc + cuenta)


def pl_sort(bank3, branch4):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(bank3 + branch4))
    return bank3 + branch4 + str((10 - s % 10) % 10)


def pl(bank3, branch4, acct16):
    return iban("PL", pl_sort(bank3, branch4) + acct16)


_RIB = {c: str(v) for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]) for c in cs}


def fr(bank, guichet, compte):
    num = "".join(_RIB.get(c, c) for c in compte)
    key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(num)) % 97
    return iban("FR", bank + guichet + compte + "%02d" % key)


def pt(bank, branch, acct11):
    chk = 98 - (int(bank + branch + acct11) * 100) % 97
    return iban("PT", bank + branch + acct11 + "%02d" % chk)


def be(bank3, acct7):
    c = int(bank3 + acct7) % 97 or 97
    return iban("BE", bank3 + acct7 + "%02d" % c)


def nl(bank4, acct10):
    assert sum(int(c) * (10 - i) for i, c in enumerate(acct10)) % 11 == 0
    return iban("NL", bank4 + acct10)


def nl_acct(prefix9):
    for d in range(10):
        a = prefix9 + str(d)
        if sum(int(c) * (10 - i) for i, c in enumerate(a)) % 11 == 0:
            return a
    raise ValueError(prefix9)


def gr(bank3, branch4, acct16):
    return iban("GR", bank3 + branch4 + acct16)


def lt(bank5, acct11):
    return iban("LT", bank5 + acct11)


def gb(bank4, sort6, acct8):
    return iban("GB", bank4 + sort6 + acct8)


# --- Russia ----------------------------------------------------------------
_W713 = [7, 1, 3]


def _ru_key(prefix3, acct):
    acct = acct[:8] + "0" + acct[9:]
    s = sum(int(c) * _W713[i % 3] for i, c in enumerate(prefix3 + acct))
    k = (s % 10) * 3 % 10
    return acct[:8] + str(k) + acct[9:]


def ru_account(bik, acct20):
    """Settlement account (р/с) with control key validated against the BIK."""
    return _ru_key(bik[-3:], acct20)


def ru_corr(bik):
    """Correspondent account 30101810K00000000XXX keyed with '0'+BIK[4:6]."""
    return _ru_key("0" + bik[4:6], "301018100" + "00000000" + bik[-3:])


def ru_ok(bik, acct, corr=False):
    p = ("0" + bik[4:6]) if corr else bik[-3:]
    return sum(int(c) * _W713[i % 3] for i, c in enumerate(p + acct)) % 10 == 0


def inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(c) * w[i] for i, c in enumerate(first9)) % 11 % 10)


def ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# --- Bitcoin ---------------------------------------------------------------
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


def _convertbits(data, frm, to):
    acc = bits = 0
    ret = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret


def bech32_p2wpkh(seed, hrp="bc"):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_CHARSET.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(seed, version=0):
    payload = bytes([version]) + hashlib.sha256(seed.encode()).digest()[:20]
    full = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(full, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(full) - len(full.lstrip(b"\0"))) + out


def base58check_ok(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    full = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(full[:-4]).digest()).digest()[:4] == full[-4:]


# --- tax identifiers -------------------------------------------------------
def it_piva(first10):
    s = 0
    for i, c in enumerate(first10):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return first10 + str((10 - s % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(x) * w[i] for i, x in enumerate(first9)) % 11
    assert c != 10
    return first9 + str(c)


def gr_afm(first8):
    s = sum(int(x) * 2 ** (8 - i) for i, x in enumerate(first8))
    return first8 + str(s % 11 % 10)


def es_cif(letter, digits7):
    a = sum(int(digits7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(digits7[i]) * 2
        b += d // 10 + d % 10
    return letter + digits7 + str((10 - (a + b) % 10) % 10)


def de_ustid(first8):
    p = 10
    for c in first8:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return "DE" + first8 + str((11 - p) % 10)
