"""Check-digit arithmetic: IBAN (with national check digits), tax ids,
Russian account control key, Bitcoin bech32 / base58check."""
import hashlib

# ------------------------------------------------------------------ IBAN
def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc, bban):
    chk = 98 - _num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    return _num(s[4:] + s[:4]) % 97 == 1


def iban_fmt(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def de_method00(acc9):
    """Bundesbank check method 00 (modulus 10, weights 2,1,2,...)."""
    total = 0
    for i, d in enumerate(acc9):
        p = int(d) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return str((10 - total % 10) % 10)


def iban_de(blz, acc9):
    """German IBAN; account = 9 digits + method-00 check digit."""
    acc = acc9 + de_method00(acc9)
    return iban("DE", blz + acc.zfill(10))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


def pl_bank_check(bank7):
    w = [3, 9, 7, 1, 3, 9, 7]
    return str((10 - sum(int(d) * x for d, x in zip(bank7, w)) % 10) % 10)


def iban_pl(bank7, acc16):
    return iban("PL", bank7 + pl_bank_check(bank7) + acc16)


def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits10, w)) % 11
    return str({11: 0, 10: 1}.get(d, d))


def iban_es(bank, branch, acc10):
    dc = _es_dc("00" + bank + branch) + _es_dc(acc10)
    return iban("ES", bank + branch + dc + acc10)


def iban_gr(bank3, branch4, acc16):
    return iban("GR", bank3 + branch4 + acc16)


def iban_gb(bank4, sort6, acc8):
    return iban("GB", bank4 + sort6 + acc8)


def iban_lt(bank5, acc11):
    return iban("LT", bank5 + acc11)


def iban_be(bank3, acc7):
    n = int(bank3 + acc7) % 97
    return iban("BE", bank3 + acc7 + "%02d" % (n or 97))


def iban_pt(bank4, branch4, acc11):
    n = 98 - (int(bank4 + branch4 + acc11) * 100) % 97
    return iban("PT", bank4 + branch4 + acc11 + "%02d" % n)


def _fr_conv(s):
    tab = {}
    for i, c in enumerate("ABCDEFGHI"):
        tab[c] = str(i + 1)
    for i, c in enumerate("JKLMNOPQR"):
        tab[c] = str(i + 1)
    for i, c in enumerate("STUVWXYZ"):
        tab[c] = str(i + 2)
    return "".join(tab.get(c, c) for c in s)


def iban_fr(bank5, guichet5, acc11):
    key = 97 - ((89 * int(bank5) + 15 * int(guichet5) + 3 * int(_fr_conv(acc11))) % 97)
    return iban("FR", bank5 + guichet5 + acc11 + "%02d" % key)


# ------------------------------------------------------- Russian accounts
def ru_key(bik, account20, corr=False):
    """Control key (9th digit) of a Russian account for the given BIK."""
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    s = pre + account20[:8] + "0" + account20[9:]
    w = [7, 1, 3] * 8
    tot = sum((int(d) * x) % 10 for d, x in zip(s, w))
    return str((tot % 10) * 3 % 10)


def ru_account(bik, account20_with_placeholder, corr=False):
    a = account20_with_placeholder
    return a[:8] + ru_key(bik, a, corr) + a[9:]


def ru_account_ok(bik, account20, corr=False):
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    s = pre + account20
    w = [7, 1, 3] * 8
    return sum((int(d) * x) % 10 for d, x in zip(s, w)) % 10 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(d) * x for d, x in zip(nine, w)) % 11 % 10)


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# ------------------------------------------------------------- tax ids
def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(nine, w)) % 11
    if c == 10:
        raise ValueError("invalid NIP base")
    return nine + str(c)


def it_piva(ten):
    tot = 0
    for i, d in enumerate(ten):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return ten + str((10 - tot % 10) % 10)


def gr_afm(eight):
    tot = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(eight))
    return eight + str(tot % 11 % 10)


def de_ustid(eight):
    """DE VAT id, ISO 7064 MOD 11,10."""
    p = 10
    for d in eight:
        s = (int(d) + p) % 10 or 10
        p = (2 * s) % 11
    c = (11 - p) % 10
    return "DE" + eight + str(c)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(seven[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    if letter in "PQRSNW":
        return letter + seven + "JABCDEFGHI"[c]
    return letter + seven + str(c)


def gb_vat(seven):
    """UK VAT number, modulus 97 (old scheme)."""
    w = [8, 7, 6, 5, 4, 3, 2]
    tot = sum(int(d) * x for d, x in zip(seven, w))
    c = (-tot) % 97
    return "GB" + seven + "%02d" % c


# --------------------------------------------------------------- bitcoin
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


def bech32_address(seed, hrp="bc"):
    """P2WPKH (witness v0, 20-byte program) address derived from a seed string."""
    prog = hashlib.sha256(("evalset-" + seed).encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + s


def base58check_ok(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def p2pkh_address(seed):
    return base58check(0, hashlib.sha256(("evalset-" + seed).encode()).digest()[:20])


def rf_reference(body):
    """ISO 11649 structured creditor reference (RFkk + body)."""
    chk = 98 - _num(body + "RF00") % 97
    return "RF%02d%s" % (chk, body)


def rf_ok(s):
    s = s.replace(" ", "")
    return _num(s[4:] + s[:4]) % 97 == 1
