"""Identifiers with real check digits: IBAN (+ national checks), Russian
account/BIK control key, INN, VAT numbers, Bitcoin bech32 / base58check."""
import hashlib
import string


# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    check = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, check, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    return len(s) > 15 and _iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# Germany: BLZ(8) + Konto(10). Only mod-97 (account check methods vary per bank).
def iban_de(blz, konto):
    return iban("DE", blz + konto.zfill(10))


# Italy: CIN + ABI(5) + CAB(5) + conto(12)
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: entidad(4) oficina(4) DC(2) cuenta(10)
def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * x for d, x in zip(digits10, w)) % 11
    return {10: 1, 11: 0}.get(r, r)


def iban_es(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


# Poland: 8-digit sort code with its own check digit + 16-digit account
def pl_sort(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def iban_pl(bank7, account16):
    return iban("PL", pl_sort(bank7) + account16)


def pl_sort_valid(eight):
    return pl_sort(eight[:7]) == eight


def iban_gr(bank3, branch4, acct16):
    return iban("GR", bank3 + branch4 + acct16.zfill(16))


def iban_gb(bank4, sort6, acct8):
    return iban("GB", bank4 + sort6 + acct8)


def iban_lt(bank5, acct11):
    return iban("LT", bank5 + acct11)


# France: RIB key
def fr_key(bank, branch, acct):
    conv = {}
    for i, ch in enumerate(string.ascii_uppercase):
        conv[ch] = str("12345678912345678923456789"[i])
    acct_n = "".join(conv.get(c, c) for c in acct.upper())
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct_n)) % 97)


def iban_fr(bank5, branch5, acct11):
    return iban("FR", bank5 + branch5 + acct11 + fr_key(bank5, branch5, acct11))


# ---------------------------------------------------------------- Russia
_RU_W = [7, 1, 3]


def _ru_sum(s23):
    return sum(int(d) * _RU_W[i % 3] for i, d in enumerate(s23))


def ru_account(bik, acct20, corr=False):
    """Return acct20 with the control digit (position 9) fixed for this BIK."""
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    a = list(acct20)
    a[8] = "0"
    s = _ru_sum(pre + "".join(a)) % 10
    # weight at position 3+8 = 11 -> 11 % 3 == 2 -> weight 3; 3*7 = 21 = 1 mod 10
    a[8] = str((-s * 7) % 10)
    out = "".join(a)
    assert ru_account_valid(bik, out, corr)
    return out


def ru_account_valid(bik, acct20, corr=False):
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    return _ru_sum(pre + acct20) % 10 == 0


def ru_corr_account(bik):
    """Correspondent account of a bank at the CBR: 30101810 X 0000000 + BIK[-3:]"""
    return ru_account(bik, "301018100" + "00000000" + bik[-3:], corr=True)


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(d) * x for d, x in zip(nine, w)) % 11 % 10)


# ---------------------------------------------------------------- VAT ids
def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(nine, w)) % 11
    if c == 10:
        raise ValueError("invalid NIP base")
    return nine + str(c)


def it_piva(ten):
    s = 0
    for i, ch in enumerate(ten):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return ten + str((10 - s % 10) % 10)


def de_ustid(eight):
    p = 10
    for ch in eight:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + eight + str(0 if c == 10 else c)


def gr_afm(eight):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(seven[i]) * 2
        b += x // 10 + x % 10
    d = (10 - (a + b) % 10) % 10
    if letter in "PQRSNW":
        return letter + seven + "JABCDEFGHI"[d]
    return letter + seven + str(d)


def gb_vat(seven):
    # old mod-97 scheme: weights 8..2, total + check = 0 mod 97
    s = sum(int(d) * w for d, w in zip(seven, range(8, 1, -1)))
    c = (-s) % 97
    return "GB" + seven + "%02d" % c


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


def _convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_p2wpkh(seed, hrp="bc"):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.lower().rpartition("1")
    if not hrp or len(rest) < 6 or any(c not in _B32 for c in rest):
        return False
    return _polymod(_hrp_expand(hrp) + [_B32.index(c) for c in rest]) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def btc_p2pkh(seed):
    return base58check(0, hashlib.sha256(seed.encode()).digest()[:20])


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]
