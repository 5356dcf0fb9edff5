"""Check-digit helpers: IBAN (+ national check digits), Russian BIK/account key,
INN, VAT numbers, Bitcoin bech32 / base58check.  Stdlib only, deterministic."""
import hashlib

# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_fmt(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- Italy: CIN check letter over ABI+CAB+conto
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
            16, 10, 22, 25, 24, 23]


def _cin_val(c):
    return int(c) if c.isdigit() else ord(c) - 65


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, "0")
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = _cin_val(c)
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    cin = chr(65 + tot % 26)
    return iban("IT", cin + s)


# --- Spain: two DC digits
def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits10, w)) % 11
    return 0 if d == 11 else (1 if d == 10 else d)


def iban_es(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


# --- Poland: 8-digit sort code carries its own check digit
def pl_sortcode(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def iban_pl(bank7, account16):
    return iban("PL", pl_sortcode(bank7) + account16)


def nrb(ib):
    """Polish domestic NRB presentation of a PL IBAN."""
    s = ib.replace(" ", "")[2:]
    return s[:2] + " " + " ".join(s[i:i + 4] for i in range(2, len(s), 4))


def iban_de(blz, konto):
    return iban("DE", blz + konto.rjust(10, "0"))


def iban_gr(bank, branch, acct):
    return iban("GR", bank + branch + acct.rjust(16, "0"))


def iban_gb(bank4, sort6, acct8):
    return iban("GB", bank4 + sort6 + acct8)


def iban_lt(bank5, acct11):
    return iban("LT", bank5 + acct11)


def iban_pt_nib(bank, branch, acct11):
    b19 = bank + branch + acct11
    return iban("PT", b19 + "%02d" % (98 - int(b19) * 100 % 97))


# ---------------------------------------------------------------- Russia
_W713 = [7, 1, 3] * 8


def _ru_key(prefix3, acct20):
    digits = prefix3 + acct20[:8] + "0" + acct20[9:]
    s = sum((int(d) * w) % 10 for d, w in zip(digits, _W713))
    return str((s % 10) * 3 % 10)


def ru_account(bik, acct20):
    """Settlement account: put control key (9th digit) using last 3 BIK digits."""
    return acct20[:8] + _ru_key(bik[-3:], acct20) + acct20[9:]


def ru_corr_account(bik, middle8="00000000"):
    """Correspondent account 30101810 K middle8 BBB (BBB = last 3 BIK digits)."""
    base = "30101810" + "0" + middle8 + bik[-3:]
    return base[:8] + _ru_key("0" + bik[4:6], base) + base[9:]


def ru_account_valid(bik, acct, corr=False):
    prefix = ("0" + bik[4:6]) if corr else bik[-3:]
    s = sum((int(d) * w) % 10 for d, w in zip(prefix + acct, _W713))
    return s % 10 == 0


def inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


# ---------------------------------------------------------------- VAT numbers
def de_ustid(eight):
    p = 10
    for c in eight:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + eight + str(0 if c == 10 else c)


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def it_piva(ten):
    return ten + luhn_digit(ten)


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    assert c != 10, nine
    return nine + str(c)


def pl_nip_fmt(n):
    return "%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])


def gr_afm(eight):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(eight))
    return eight + str(s % 11 % 10)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        b += d // 10 + d % 10
    c = (10 - (a + b) % 10) % 10
    if letter in "PQRSNW":
        return letter + seven + "JABCDEFGHI"[c]
    return letter + seven + str(c)


# ---------------------------------------------------------------- Bitcoin
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
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


def segwit_addr(seed, hrp="bc"):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


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


def p2pkh_addr(seed):
    return base58check(0, hashlib.sha256(seed.encode()).digest()[:20])


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]
