"""Check-digit algorithms: IBAN (ISO 13616 mod-97) with national check digits, Russian bank
account control key (BIK), tax IDs, Bitcoin bech32 / base58check."""
import hashlib


# ------------------------------------------------------------------ IBAN

def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - int(_num(bban + country + "00")) % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    return int(_num(s[4:] + s[:4])) % 97 == 1


def iban_fmt(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# Italy: CIN (national check letter) over ABI(5)+CAB(5)+conto(12)
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    assert len(s) == 22
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: two control digits (DC)
_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    d = 11 - sum(int(c) * w for c, w in zip(ten, _W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


# Portugal: NIB check digits
def iban_pt(banco, balcao, conta):
    base = banco + balcao + conta
    assert len(base) == 19
    chk = 98 - (int(base) * 100) % 97
    return iban("PT", base + "%02d" % chk)


# Poland: 8-digit sort code with check digit (weights 3,9,7,1,3,9,7)
def pl_sort(bank3, branch4):
    s = bank3 + branch4
    c = (10 - sum(int(a) * w for a, w in zip(s, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10
    return s + str(c)


def iban_pl(bank3, branch4, account16):
    return iban("PL", pl_sort(bank3, branch4) + account16)


def iban_de(blz, konto):
    return iban("DE", blz + konto.zfill(10))


def iban_gr(bank3, branch4, acc16):
    return iban("GR", bank3 + branch4 + acc16.zfill(16))


def iban_lt(bank5, acc11):
    return iban("LT", bank5 + acc11)


def iban_gb(bank4, sort6, acc8):
    return iban("GB", bank4 + sort6 + acc8)


# ------------------------------------------------------------------ Russia

_RU_W = [7, 1, 3] * 8


def ru_account(bik, acc_without_key):
    """Insert the control key (9th digit) into a 20-digit settlement account for this BIK."""
    a = acc_without_key
    assert len(a) == 20
    base = bik[-3:] + a[:8] + "0" + a[9:]
    s = sum(int(d) * w for d, w in zip(base, _RU_W)) % 10
    k = (s * 3) % 10
    return a[:8] + str(k) + a[9:]


def ru_corr_account(bik, middle="00000000"):
    """Correspondent account 30101810K<middle>NNN of a bank with this BIK (middle e.g. 45250000 for Moscow)."""
    a = "30101810" + "0" + middle + bik[-3:]
    base = "0" + bik[4:6] + a[:8] + "0" + a[9:]
    s = sum(int(d) * w for d, w in zip(base, _RU_W)) % 10
    return a[:8] + str((s * 3) % 10) + a[9:]


def ru_account_valid(bik, acc):
    base = bik[-3:] + acc
    return sum(int(d) * w for d, w in zip(base, _RU_W)) % 10 == 0


def ru_corr_valid(bik, acc):
    base = "0" + bik[4:6] + acc
    return sum(int(d) * w for d, w in zip(base, _RU_W)) % 10 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    c = sum(int(d) * x for d, x in zip(first9, w)) % 11 % 10
    return first9 + str(c)


def ru_inn12(first10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n11 = sum(int(d) * x for d, x in zip(first10, w1)) % 11 % 10
    s11 = first10 + str(n11)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n12 = sum(int(d) * x for d, x in zip(s11, w2)) % 11 % 10
    return s11 + str(n12)


def ru_ogrnip(first14):
    return first14 + str(int(first14) % 13 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# ------------------------------------------------------------------ VAT / tax IDs

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
    c = sum(int(d) * x for d, x in zip(first9, w)) % 11
    assert c != 10, "choose other digits"
    return first9 + str(c)


def gr_afm(first8):
    tot = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(first8))
    return first8 + str(tot % 11 % 10)


def de_ustid(first8):
    """German USt-IdNr check digit, ISO 7064 MOD 11,10."""
    p = 10
    for c in first8:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = (11 - p) % 10
    return "DE" + first8 + str(c)


def es_cif(letter, seven):
    """Spanish CIF (e.g. 'B' companies S.L.) control digit."""
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(seven[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    return letter + seven + str(c)


# ------------------------------------------------------------------ Bitcoin

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


def bech32_segwit_v0(program, hrp="bc"):
    data = [0] + _convertbits(program, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _polymod(values + [0] * 6) ^ 1
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_verify(addr):
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
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s


def btc_address_from_seed(seed):
    prog = hashlib.new("sha256", seed.encode()).digest()
    prog = hashlib.sha256(prog).digest()[:20]
    return bech32_segwit_v0(prog)
