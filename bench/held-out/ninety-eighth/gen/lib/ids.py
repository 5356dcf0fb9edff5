"""Identifiers with valid check digits: IBAN (ISO 13616 mod-97) plus national checks
(IT CIN, ES DC, PL sort-code digit, FR RIB key), Russian settlement/correspondent accounts
(BIK control key), INN/OGRN, VAT numbers, Bitcoin bech32 and base58check addresses."""
import hashlib
import string


def _iban_digits(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    num = _iban_digits(bban + country + "00")
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def iban_valid(ib):
    ib = ib.replace(" ", "").upper()
    return int(_iban_digits(ib[4:] + ib[:4])) % 97 == 1


def fmt_iban(ib):
    ib = ib.replace(" ", "")
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


# --- Italy: CIN ---------------------------------------------------------------
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    assert len(s) == 22
    tot = 0
    for i, ch in enumerate(s):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _CIN_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: DC ------------------------------------------------------------------
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_d(digits10):
    d = 11 - sum(int(c) * w for c, w in zip(digits10, _ES_W)) % 11
    return 0 if d == 11 else (1 if d == 10 else d)


def es_iban(entidad, oficina, cuenta):
    dc = f"{_es_d('00' + entidad + oficina)}{_es_d(cuenta)}"
    return iban("ES", entidad + oficina + dc + cuenta)


# --- Poland: sort code check digit -------------------------------------------
def pl_sort(bank3, branch4):
    s = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    return s + str((10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10)


def pl_iban(bank3, branch4, account16):
    return iban("PL", pl_sort(bank3, branch4) + account16)


# --- France: clé RIB -----------------------------------------------------------
def fr_iban(banque, guichet, compte):
    conv = {}
    for i, ch in enumerate(string.ascii_uppercase):
        conv[ch] = str("12345678912345678923456789"[i])
    c = "".join(conv.get(ch, ch) for ch in compte.upper())
    key = 97 - (89 * int(banque) + 15 * int(guichet) + 3 * int(c)) % 97
    return iban("FR", banque + guichet + compte + f"{key:02d}")


# --- Greece, Lithuania, UK, Germany: no national check implemented (mod-97 only) ---
def gr_iban(bank3, branch4, account16):
    return iban("GR", bank3 + branch4 + account16)


def lt_iban(bank5, account11):
    return iban("LT", bank5 + account11)


def de_iban(blz, konto):
    return iban("DE", blz + konto.zfill(10))


def gb_iban(bic4, sort6, acc8):
    return iban("GB", bic4 + sort6 + acc8)


# --- Russia --------------------------------------------------------------------
_RU_W = [7, 1, 3] * 8


def _ru_sum(digits):
    return sum(int(d) * _RU_W[i] for i, d in enumerate(digits))


def ru_account(bik, account20_with_x):
    """account given with key position (9th digit, index 8) as 'X'."""
    a = account20_with_x
    assert len(a) == 20 and a[8] == "X"
    base = bik[-3:] + a.replace("X", "0")
    key = (_ru_sum(base) % 10 * 3) % 10
    acc = a.replace("X", str(key))
    assert ru_account_valid(bik, acc)
    return acc


def ru_account_valid(bik, acc):
    return _ru_sum(bik[-3:] + acc) % 10 == 0


def ru_corr_valid(bik, corr):
    return _ru_sum("0" + bik[4:6] + corr) % 10 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(c) * x for c, x in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# --- VAT / tax identifiers -------------------------------------------------------
def de_ustid(first8):
    p = 10
    for c in first8:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return "DE" + first8 + str((11 - p) % 10)


def it_piva(first10):
    tot = 0
    for i, c in enumerate(first10):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return first10 + str((10 - tot % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10, "choose other digits"
    return first9 + str(c)


def es_cif(letter, first7):
    s = 0
    for i, c in enumerate(first7):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        s += d
    ctrl = (10 - s % 10) % 10
    return letter + first7 + str(ctrl)


def gr_afm(first8):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(first8))
    return first8 + str(s % 11 % 10)


def gb_vat(first7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * x for c, x in zip(first7, w))
    chk = (-s) % 97  # classic modulus-97 scheme
    return first7 + f"{chk:02d}"


# --- Bitcoin ---------------------------------------------------------------------
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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


def bech32_p2wpkh(seed, hrp="bc"):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    polymod = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + checksum)


def bech32_valid(addr):
    hrp, _, dp = addr.rpartition("1")
    data = [_B32.index(c) for c in dp]
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version_byte, seed):
    payload = bytes([version_byte]) + hashlib.sha256(seed.encode()).digest()[:20]
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]
