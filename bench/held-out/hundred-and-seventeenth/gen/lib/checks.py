"""Check-digit algorithms: IBAN and national BBANs, tax identifiers,
ISO 11649 creditor references, Bitcoin bech32 and TRON base58 addresses.

Everything here is used both to *generate* identifiers (with a seeded
random.Random) and to *verify* them afterwards."""

import hashlib
import string

# --------------------------------------------------------------------- IBAN

IBAN_LENGTHS = {
    "DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20,
    "NL": 18, "BE": 16, "FR": 27, "PT": 25, "IE": 22, "BG": 22, "CY": 28,
    "EE": 20, "LV": 21, "RO": 24, "HR": 21, "AT": 20, "CH": 21,
}


def _alnum_to_digits(s):
    out = []
    for ch in s.upper():
        if ch.isdigit():
            out.append(ch)
        elif ch in string.ascii_uppercase:
            out.append(str(ord(ch) - 55))
        else:
            raise ValueError("bad char %r" % ch)
    return "".join(out)


def mod97(s):
    return int(_alnum_to_digits(s)) % 97


def iban_from_bban(country, bban):
    chk = 98 - mod97(bban + country + "00")
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(iban):
    iban = iban.replace(" ", "").upper()
    cc = iban[:2]
    if cc in IBAN_LENGTHS and len(iban) != IBAN_LENGTHS[cc]:
        return False
    if not iban[2:4].isdigit():
        return False
    return mod97(iban[4:] + iban[:4]) == 1


def iban_fmt(iban):
    iban = iban.replace(" ", "")
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# Italian CIN (BBAN check character)
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        else:
            v = ord(ch.upper()) - 65
        if i % 2 == 0:      # odd position (1-based)
            total += _IT_ODD[v]
        else:
            total += v
    return chr(65 + total % 26)


def es_dc(entity, office, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(ds):
        r = 11 - sum(int(d) * w[i] for i, d in enumerate(ds)) % 11
        return 0 if r == 11 else (1 if r == 10 else r)
    return "%d%d" % (one("00" + entity + office), one(account))


def pl_bank_number(bank3, branch4):
    s = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    chk = (10 - sum(int(d) * w[i] for i, d in enumerate(s)) % 10) % 10
    return s + str(chk)


def make_iban(rng, country, bank=None, branch=None, account=None):
    """Create an IBAN with correct national check digits where the
    country has them.  `bank` is the national bank code."""
    if country == "DE":
        bban = bank + (account or _digits(rng, 10))
    elif country == "IT":
        abi, cab = bank, branch
        conto = account or ("0000" + _digits(rng, 8))
        bban = it_cin(abi, cab, conto) + abi + cab + conto
    elif country == "ES":
        acc = account or _digits(rng, 10)
        bban = bank + branch + es_dc(bank, branch, acc) + acc
    elif country == "PL":
        bban = pl_bank_number(bank, branch) + (account or _digits(rng, 16))
    elif country == "GR":
        bban = bank + branch + (account or _digits(rng, 16))
    elif country == "GB":
        bban = bank + branch + (account or _digits(rng, 8))
    elif country == "LT":
        bban = bank + (account or _digits(rng, 11))
    elif country == "NL":
        bban = bank + (account or _digits(rng, 10))
    elif country == "BE":
        # Belgian national check: first 10 digits mod 97
        base = bank + (account or _digits(rng, 7))
        c = int(base) % 97 or 97
        bban = base + "%02d" % c
    elif country == "PT":
        bban = bank + branch + (account or _digits(rng, 11))
        # Portuguese NIB check digits
        c = 98 - (int(bban + "00") % 97)
        bban = bban + "%02d" % c
    elif country == "BG":
        bban = bank + branch + (account or ("10" + _digits(rng, 8)))
    elif country == "CY":
        bban = bank + branch + (account or _digits(rng, 16))
    else:
        raise ValueError(country)
    iban = iban_from_bban(country, bban)
    assert iban_valid(iban), iban
    return iban


def national_check_ok(iban):
    """National BBAN check (where implemented); True when not applicable."""
    iban = iban.replace(" ", "")
    cc, bban = iban[:2], iban[4:]
    if cc == "IT":
        return bban[0] == it_cin(bban[1:6], bban[6:11], bban[11:])
    if cc == "ES":
        return bban[8:10] == es_dc(bban[0:4], bban[4:8], bban[10:])
    if cc == "PL":
        return bban[:8] == pl_bank_number(bban[:3], bban[3:7])
    if cc == "BE":
        return int(bban[:10]) % 97 in (int(bban[10:]), 0 if bban[10:] == "97" else -1)
    return True


# ------------------------------------------------------------- tax numbers

def de_vat(rng, base=None):
    base = base or ("1" + _digits(rng, 7))
    product = 10
    for d in base:
        s = (int(d) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    chk = 11 - product
    if chk == 10:
        chk = 0
    return "DE" + base + str(chk)


def de_vat_valid(v):
    return de_vat(None, v[2:10]) == v


def it_piva(rng, base=None):
    base = base or ("0" + _digits(rng, 9))
    s = 0
    for i, ch in enumerate(base):
        d = int(ch)
        if i % 2 == 0:
            s += d
        else:
            y = d * 2
            s += y - 9 if y > 9 else y
    return base + str((10 - s % 10) % 10)


def it_piva_valid(v):
    return len(v) == 11 and it_piva(None, v[:10]) == v


def pl_nip(rng, prefix=""):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        base = prefix + _digits(rng, 9 - len(prefix))
        c = sum(int(d) * w[i] for i, d in enumerate(base)) % 11
        if c != 10:
            return base + str(c)


def pl_nip_valid(v):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    v = v.replace("-", "")
    return len(v) == 10 and sum(int(d) * w[i] for i, d in enumerate(v[:9])) % 11 == int(v[9])


def pl_regon(rng, prefix=""):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    base = prefix + _digits(rng, 8 - len(prefix))
    c = sum(int(d) * w[i] for i, d in enumerate(base)) % 11
    return base + str(0 if c == 10 else c)


def pl_regon_valid(v):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * w[i] for i, d in enumerate(v[:8])) % 11
    return len(v) == 9 and (0 if c == 10 else c) == int(v[8])


def es_cif(rng, letter="B", base=None):
    base = base or _digits(rng, 7)
    even = sum(int(base[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        y = int(base[i]) * 2
        odd += y // 10 + y % 10
    c = (10 - (even + odd) % 10) % 10
    return letter + base + str(c)


def es_cif_valid(v):
    return es_cif(None, v[0], v[1:8]) == v


def es_nif_letter(num8):
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num8) % 23]


def gr_afm(rng, base=None):
    base = base or ("0" + _digits(rng, 7))
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(base))
    return base + str((s % 11) % 10)


def gr_afm_valid(v):
    return len(v) == 9 and gr_afm(None, v[:8]) == v


def gb_vat(rng, base=None):
    while True:
        b = base or ("1" + _digits(rng, 6))
        total = sum(int(d) * w for d, w in zip(b, [8, 7, 6, 5, 4, 3, 2]))
        chk = (-total) % 97
        if chk < 97:
            return "GB" + b + "%02d" % chk


def gb_vat_valid(v):
    b = v[2:]
    total = sum(int(d) * w for d, w in zip(b[:7], [8, 7, 6, 5, 4, 3, 2]))
    return (total + int(b[7:9])) % 97 == 0


def ru_inn10(rng, prefix="78"):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    base = prefix + _digits(rng, 9 - len(prefix))
    return base + str(sum(int(d) * w[i] for i, d in enumerate(base)) % 11 % 10)


def ru_inn_valid(v):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return len(v) == 10 and sum(int(d) * w[i] for i, d in enumerate(v[:9])) % 11 % 10 == int(v[9])


def ru_ogrn(rng, prefix="11778"):
    base = prefix + _digits(rng, 12 - len(prefix))
    return base + str(int(base) % 11 % 10)


def ru_ogrn_valid(v):
    return len(v) == 13 and int(v[:12]) % 11 % 10 == int(v[12])


_RU_W = [7, 1, 3] * 8


def ru_account(rng, bik, prefix="40702810"):
    """20-digit settlement account with the control key (digit 9)."""
    body = prefix + "0" + _digits(rng, 11)
    s = bik[-3:] + body
    tot = sum(int(d) * _RU_W[i] for i, d in enumerate(s)) % 10
    key = (tot * 3) % 10
    acc = body[:8] + str(key) + body[9:]
    assert ru_account_valid(bik, acc)
    return acc


def ru_account_valid(bik, acc, corr=False):
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    s = pre + acc
    return sum(int(d) * _RU_W[i] for i, d in enumerate(s)) % 10 == 0


# ------------------------------------------------------ creditor reference

def rf_reference(ref):
    chk = 98 - mod97(ref + "RF00")
    return "RF%02d%s" % (chk, ref)


def rf_valid(rf):
    rf = rf.replace(" ", "")
    return mod97(rf[4:] + rf[:4]) == 1


# --------------------------------------------------------------- bech32

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


def btc_bech32(rng):
    prog = bytes(rng.randrange(256) for _ in range(20))
    data = [0] + _convertbits(prog, 8, 5)
    hrp = "bc"
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def btc_bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    try:
        data = [_B32.index(c) for c in rest]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _b58enc(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def tron_address(rng):
    payload = b"\x41" + bytes(rng.randrange(256) for _ in range(20))
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return _b58enc(payload + chk)


def tron_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    b = n.to_bytes(25, "big")
    return b[0] == 0x41 and hashlib.sha256(hashlib.sha256(b[:21]).digest()).digest()[:4] == b[21:]


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0
