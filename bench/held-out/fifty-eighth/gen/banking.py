"""Check-digit helpers: IBAN (ISO 13616 mod-97) with national check digits where
known, Russian BIK control key, tax identifiers, Bitcoin bech32 / base58check.
Standard library only, fully deterministic."""
import hashlib


# ---------------------------------------------------------------- IBAN core
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    """Return an IBAN with valid mod-97 check digits for the given BBAN."""
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ------------------------------------------------------- national checks
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def _it_val(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, c in enumerate(s):
        v = _it_val(c)
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(bank, branch, account):
    dc = "%d%d" % (_es_dc("00" + bank + branch), _es_dc(account))
    return iban("ES", bank + branch + dc + account)


def pl_sortcode(prefix7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(prefix7, w))
    return prefix7 + str((10 - s % 10) % 10)


def iban_pl(prefix7, account16):
    return iban("PL", pl_sortcode(prefix7) + account16)


def iban_be(bank3, acc7):
    base = bank3 + acc7
    chk = int(base) % 97 or 97
    return iban("BE", "%s%02d" % (base, chk))


def iban_gr(bank, branch, acc16):
    return iban("GR", bank + branch + acc16)


def iban_de(blz, acc):
    return iban("DE", blz + acc.zfill(10))


def iban_lt(bank5, acc11):
    return iban("LT", bank5 + acc11)


def iban_gb(bic4, sort6, acc8):
    return iban("GB", bic4 + sort6 + acc8)


def iban_cy(bank3, branch5, acc16):
    return iban("CY", bank3 + branch5 + acc16)


# -------------------------------------------------------------- Russia
def _ru_key_ok(d23):
    w = [7, 1, 3] * 8
    return sum((int(a) * b) % 10 for a, b in zip(d23, w)) % 10 == 0


def ru_account(bik, acc20, correspondent=False):
    """Set the control key (9th digit) of a 20-digit Russian account for BIK."""
    pre = ("0" + bik[4:6]) if correspondent else bik[-3:]
    acc = acc20[:8] + "0" + acc20[9:]
    w = [7, 1, 3] * 8
    s = sum((int(a) * b) % 10 for a, b in zip(pre + acc, w))
    key = (s % 10) * 3 % 10
    acc = acc[:8] + str(key) + acc[9:]
    assert _ru_key_ok(pre + acc)
    return acc


def ru_account_valid(bik, acc20, correspondent=False):
    pre = ("0" + bik[4:6]) if correspondent else bik[-3:]
    return _ru_key_ok(pre + acc20)


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


# ----------------------------------------------------------- tax ids
def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10, "choose other NIP digits"
    return first9 + str(c)


def fmt_nip(n):
    return "%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])


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


def gr_afm(first8):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(first8))
    return first8 + str(s % 11 % 10)


def de_ustid(first8):
    p = 10
    for c in first8:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + first8 + str(0 if c == 10 else c)


def es_cif(letter, digits7):
    a = sum(int(digits7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(digits7[i]) * 2
        b += d // 10 + d % 10
    c = (10 - (a + b) % 10) % 10
    return letter + digits7 + str(c)


# ------------------------------------------------------------- bitcoin
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


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def btc_bech32_from_seed(seed):
    return bech32_segwit("bc", 0, list(hashlib.sha256(seed.encode()).digest()[:20]))


def btc_p2pkh_from_seed(seed):
    return base58check(0, hashlib.sha256(seed.encode()).digest()[:20])


def selftest():
    assert iban_valid("GB29NWBK60161331926819")
    assert iban("GB", "NWBK60161331926819") == "GB29NWBK60161331926819"
    assert pl_sortcode("1140200") == "11402004"
    # Sberbank Moscow correspondent account
    assert ru_account_valid("044525225", "30101810400000000225", True)
    assert bech32_segwit("bc", 0, list(bytes.fromhex(
        "751e76e8199196d454941c45d1b3a323f1433bd6"))) == \
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert base58check(0, b"\0" * 20) == "1111111111111111111114oLvT2"
    assert iban_es("2100", "0418", "0200051332") == "ES9121000418450200051332"
    return True


if __name__ == "__main__":
    print(selftest())


# ------------------------------------------------------ misc identifiers
def imo(first6):
    s = sum(int(c) * w for c, w in zip(first6, range(7, 1, -1)))
    return "IMO " + first6 + str(s % 10)


def es_nif_letter(letter, digits7):
    """NIF for entities whose control character is a letter (N, P, Q, R, S, W)."""
    c = int(es_cif("A", digits7)[-1])
    return letter + digits7 + "JABCDEFGHI"[c]


_ISO6346 = {}
_v = 10
for _ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    if _v % 11 == 0:
        _v += 1
    _ISO6346[_ch] = _v
    _v += 1


def mrn(first17):
    """EU customs MRN (18 chars): ISO 6346-style check character."""
    s = sum((int(c) if c.isdigit() else _ISO6346[c]) * 2 ** i for i, c in enumerate(first17))
    return first17 + str(s % 11 % 10)


def container(owner4, serial6):
    """ISO 6346 container number with check digit."""
    s = owner4 + serial6
    tot = sum((int(c) if c.isdigit() else _ISO6346[c]) * 2 ** i for i, c in enumerate(s))
    return s + str(tot % 11 % 10)


def ksef_number(nip, yyyymmdd, hex12):
    """KSeF invoice number NIP-YYYYMMDD-XXXXXXXXXXXX-CC with CRC-8 (poly 0x07, init 0x00)."""
    base = "%s-%s-%s" % (nip, yyyymmdd, hex12.upper())
    crc = 0
    for b in base.encode("ascii"):
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return "%s-%02X" % (base, crc)
