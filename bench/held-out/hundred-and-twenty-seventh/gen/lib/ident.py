"""Identifiers with real check digits: IBAN, national account formats, tax ids,
payment-QR payloads (EPC/GiroCode, GOST R 56042 ST00012, pagoPA), bech32 addresses."""
import hashlib
import re

# ------------------------------------------------------------------ IBAN
IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20, "BE": 16,
            "NL": 18, "FR": 27, "IE": 22, "PT": 25, "CY": 28, "BG": 22, "RO": 24, "EE": 20, "LV": 21,
            "HR": 21, "AT": 20, "CH": 21}


def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(country, bban):
    return "%02d" % (98 - _num(bban + country + "00") % 97)


def make_iban(country, bban):
    bban = bban.replace(" ", "").upper()
    ib = country + iban_check(country, bban) + bban
    assert len(ib) == IBAN_LEN[country], (ib, len(ib))
    return ib


def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    if _num(s[4:] + s[:4]) % 97 != 1:
        return False
    nat = NATIONAL_CHECK.get(s[:2])
    return nat(s[4:]) if nat else True


def iban_fmt(iban):
    s = iban.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# national check digits ---------------------------------------------------
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_bban(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return it_cin(abi, cab, conto) + abi + cab + conto


def _it_ok(b):
    return it_cin(b[1:6], b[6:11], b[11:]) == b[0]


def pl_sortcode(bank3, branch4):
    s = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def _pl_ok(b):
    return pl_sortcode(b[:3], b[3:7]) == b[:8]


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    d = 11 - sum(int(a) * b for a, b in zip(ten, _ES_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_bban(bank, branch, account):
    dc = "%d%d" % (_es_dc("00" + bank + branch), _es_dc(account))
    return bank + branch + dc + account


def _es_ok(b):
    return es_bban(b[:4], b[4:8], b[10:]) == b


def be_bban(bank3, acc7):
    base = bank3 + acc7
    c = int(base) % 97 or 97
    return base + "%02d" % c


def _be_ok(b):
    return be_bban(b[:3], b[3:10]) == b


NATIONAL_CHECK = {"IT": _it_ok, "PL": _pl_ok, "ES": _es_ok, "BE": _be_ok}


# ------------------------------------------------------------------ tax ids
def de_ustid(eight):
    p = 10
    for ch in eight:
        s = (int(ch) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + eight + str(0 if c == 10 else c)


def de_ustid_ok(v):
    v = v.replace(" ", "")
    return v.startswith("DE") and len(v) == 11 and de_ustid(v[2:10]) == v


def it_piva(ten):
    tot = 0
    for i, ch in enumerate(ten):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return ten + str((10 - tot % 10) % 10)


def it_piva_ok(v):
    v = v.replace("IT", "")
    return len(v) == 11 and it_piva(v[:10]) == v


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    if c == 10:
        raise ValueError("invalid NIP base")
    return nine + str(c)


def pl_nip_ok(v):
    v = re.sub(r"\D", "", v)
    try:
        return len(v) == 10 and pl_nip(v[:9]) == v
    except ValueError:
        return False


def pl_regon(eight):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(eight, w)) % 11
    return eight + str(0 if c == 10 else c)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        b += d // 10 + d % 10
    e = (a + b) % 10
    d = (10 - e) % 10
    if letter in "PQRSNW":
        return letter + seven + "JABCDEFGHI"[d]
    return letter + seven + str(d)


def es_cif_ok(v):
    return len(v) == 9 and es_cif(v[0], v[1:8]) == v


def gr_afm(eight):
    s = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def gr_afm_ok(v):
    v = v.replace("EL", "")
    return len(v) == 9 and gr_afm(v[:8]) == v


def gb_vat(seven):
    s = sum(int(d) * w for d, w in zip(seven, [8, 7, 6, 5, 4, 3, 2]))
    c = (-s) % 97
    return seven + "%02d" % c


def gb_vat_ok(v):
    v = v.replace("GB", "").replace(" ", "")
    s = sum(int(d) * w for d, w in zip(v[:7], [8, 7, 6, 5, 4, 3, 2])) + int(v[7:])
    return len(v) == 9 and (s % 97 == 0 or (s + 55) % 97 == 0)


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def ru_inn_ok(v):
    return len(v) == 10 and ru_inn10(v[:9]) == v


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def ru_ogrn_ok(v):
    return len(v) == 13 and ru_ogrn(v[:12]) == v


_RU_W = [7, 1, 3] * 8


def _ru_sum(s):
    return sum((int(a) * b) % 10 for a, b in zip(s, _RU_W))


def ru_account(bik, acc20_with_placeholder):
    """Compute the control key (9th digit) of a Russian settlement account for a bank BIK."""
    a = acc20_with_placeholder[:8] + "0" + acc20_with_placeholder[9:]
    k = (_ru_sum(bik[-3:] + a) % 10 * 3) % 10
    return a[:8] + str(k) + a[9:]


def ru_account_ok(bik, acc):
    return len(acc) == 20 and _ru_sum(bik[-3:] + acc) % 10 == 0


def ru_corr_ok(bik, corr):
    return len(corr) == 20 and _ru_sum("0" + bik[4:6] + corr) % 10 == 0


# ------------------------------------------------------------------ payment QR payloads
def epc_payload(bic, name, iban, amount, remittance, purpose=""):
    lines = ["BCD", "002", "1", "SCT", bic, name, iban.replace(" ", ""),
             "EUR%.2f" % amount, purpose, "", remittance]
    return "\n".join(lines)


def st00012(fields):
    return "ST00012|" + "|".join("%s=%s" % kv for kv in fields)


def pagopa_avviso(seg2, base13):
    chk = int("3" + seg2 + base13) % 93
    return "3" + seg2 + base13 + "%02d" % chk


def pagopa_payload(avviso, cf_ente, cents):
    return "PAGOPA|002|%s|%s|%d" % (avviso, cf_ente, cents)


def pagopa_avviso_ok(a):
    return len(a) == 18 and a[0] == "3" and int(a[:16]) % 93 == int(a[16:])


# ------------------------------------------------------------------ bech32 (BIP-173)
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


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


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


def bech32_address(hash20, hrp="bc"):
    data = [0] + _convertbits(hash20, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_ok(addr):
    addr = addr.lower()
    hrp, _, rest = addr.rpartition("1")
    if hrp != "bc" or len(rest) < 7 or any(c not in _B32 for c in rest):
        return False
    return _polymod(_hrp_expand(hrp) + [_B32.index(c) for c in rest]) == 1


# ------------------------------------------------------------------ misc
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


def sha256_b64url(data):
    import base64
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).decode().rstrip("=")
