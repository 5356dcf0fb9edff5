"""Check-digit algorithms for account numbers, tax identifiers and wallets."""
import re

IBAN_LEN = {
    "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28,
    "IE": 22, "IT": 27, "LT": 20, "LU": 20, "LV": 21, "MT": 31, "NL": 18, "PL": 28,
    "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "TR": 26, "AE": 23, "GE": 22,
}


def _mod97(s):
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_make(country, bban):
    bban = bban.replace(" ", "")
    chk = 98 - _mod97(bban + country + "00")
    iban = "%s%02d%s" % (country, chk, bban)
    assert len(iban) == IBAN_LEN[country], (iban, len(iban))
    return iban


def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _mod97(s[4:] + s[:4]) == 1


def iban_fmt(iban):
    s = iban.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- national BBAN helpers -------------------------------------------------
def it_cin(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban_make("IT", it_cin(abi, cab, conto) + abi + cab + conto)


def es_dc(bank, office, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def d(digits):
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(digits)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return "%d%d" % (d("00" + bank + office), d(account))


def es_iban(bank, office, account):
    return iban_make("ES", bank + office + es_dc(bank, office, account) + account)


def pl_sortcode(prefix7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(prefix7))
    return prefix7 + str((10 - s % 10) % 10)


def pl_iban(prefix7, account16):
    return iban_make("PL", pl_sortcode(prefix7) + account16)


# --- tax identifiers -------------------------------------------------------
def de_vat(d8):
    prod = 10
    for c in d8:
        s = (int(c) + prod) % 10 or 10
        prod = (2 * s) % 11
    chk = (11 - prod) % 10
    return "DE" + d8 + str(chk)


def de_vat_valid(v):
    return v == de_vat(v[2:10])


def it_piva(d10):
    tot = 0
    for i, c in enumerate(d10):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return d10 + str((10 - tot % 10) % 10)


def pl_nip(d9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(x) * w[i] for i, x in enumerate(d9)) % 11
    if c == 10:
        raise ValueError("choose other NIP base")
    return d9 + str(c)


def pl_regon9(d8):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(x) * w[i] for i, x in enumerate(d8)) % 11
    return d8 + str(0 if c == 10 else c)


def es_cif(letter, d7):
    a = sum(int(d7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(d7[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    if letter in "KPQS":
        return letter + d7 + "JABCDEFGHI"[c]
    return letter + d7 + str(c)


def gr_afm(d8):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(d8))
    return d8 + str(s % 11 % 10)


def gb_vat(d7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(d7))
    # new-style (2010+) numbers use the 55 offset ("mod 9755")
    chk = (-(s + 55)) % 97
    return "GB" + d7 + "%02d" % chk


def gb_vat_valid(v):
    d = v[2:]
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(d[:7])) + int(d[7:9])
    return s % 97 == 0 or (s + 55) % 97 == 0


def ru_inn10(d9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return d9 + str(sum(int(c) * w[i] for i, c in enumerate(d9)) % 11 % 10)


def ru_ogrn(d12):
    return d12 + str(int(d12) % 11 % 10)


def ru_account_valid(bik, account):
    """Control key of a Russian settlement account (with the BIK)."""
    s = bik[-3:] + account
    w = [7, 1, 3] * 8
    return sum(int(c) * w[i] % 10 for i, c in enumerate(s)) % 10 == 0


def ru_account(bik, acc_without_key):
    """acc_without_key: 20 digits with an 'X' at position 9 (index 8)."""
    for k in range(10):
        acc = acc_without_key[:8] + str(k) + acc_without_key[9:]
        if ru_account_valid(bik, acc):
            return acc
    raise ValueError


def ru_corr_account_valid(bik, corr):
    s = "0" + bik[4:6] + corr
    w = [7, 1, 3] * 8
    return sum(int(c) * w[i] % 10 for i, c in enumerate(s)) % 10 == 0


# --- bech32 (BIP-173) ------------------------------------------------------
_CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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


def bech32_encode_segwit(hrp, witver, prog):
    acc = bits = 0
    data = [witver]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CH[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, data = addr.rpartition("1")
    try:
        vals = [_CH.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30})\b")


def find_ibans(text):
    out = []
    for m in IBAN_RE.finditer(text):
        cand = m.group(1).replace(" ", "")
        cc = cand[:2]
        if cc in IBAN_LEN:
            L = IBAN_LEN[cc]
            if len(cand) >= L:
                out.append(cand[:L])
    return out


def epc_qr(bic, name, iban, amount_eur, remittance, purpose=""):
    """EPC069-12 SEPA credit transfer QR ("GiroCode") payload, version 002."""
    lines = ["BCD", "002", "1", "SCT", bic, name, iban.replace(" ", ""),
             "EUR%.2f" % amount_eur, purpose, "", remittance]
    return "\n".join(lines)
