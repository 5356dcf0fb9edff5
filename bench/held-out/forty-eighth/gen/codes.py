"""Check-digit arithmetic: IBANs (with national check digits where known),
Russian bank accounts (BIK control key), tax ids, and cryptocurrency
addresses (bech32 / base58check).  Standard library only."""

import hashlib


# ---------------------------------------------------------------- IBAN

def _iban_numeric(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return int("".join(out))


def iban(country, bban):
    """Return IBAN (electronic form) for a country code and BBAN."""
    bban = bban.replace(" ", "").upper()
    check = 98 - _iban_numeric(bban + country + "00") % 97
    return "%s%02d%s" % (country, check, bban)


def iban_valid(value):
    v = value.replace(" ", "").upper()
    return _iban_numeric(v[4:] + v[:4]) % 97 == 1


def iban_print(value):
    v = value.replace(" ", "")
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


# --- national check digits -------------------------------------------------

_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def _it_val(ch, odd):
    if ch.isdigit():
        idx = int(ch)
    else:
        idx = ord(ch) - 65
    return _IT_ODD[idx] if odd else idx


def iban_it(abi, cab, conto):
    """Italian IBAN with CIN computed."""
    conto = conto.rjust(12, "0")
    s = abi + cab + conto
    tot = sum(_it_val(c, (i % 2) == 0) for i, c in enumerate(s))
    cin = chr(65 + tot % 26)
    return iban("IT", cin + s)


def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
    return {10: 1, 11: 0}.get(d, d)


def iban_es(entidad, oficina, cuenta):
    cuenta = cuenta.rjust(10, "0")
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


def pl_sort_code(seven):
    """Polish 8-digit bank sort code: 7 digits + check digit."""
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def iban_pl(bank7, account16):
    return iban("PL", pl_sort_code(bank7) + account16.rjust(16, "0"))


def iban_be(bank3, acc7):
    first10 = bank3 + acc7
    chk = int(first10) % 97 or 97
    return iban("BE", first10 + "%02d" % chk)


def iban_fr(bank, branch, account):
    """French IBAN with RIB key (letters converted per RIB rule)."""
    conv = {}
    for i, ch in enumerate("ABCDEFGHI"):
        conv[ch] = str(i + 1)
    for i, ch in enumerate("JKLMNOPQR"):
        conv[ch] = str(i + 1)
    for i, ch in enumerate("STUVWXYZ"):
        conv[ch] = str(i + 2)
    acc_num = "".join(conv.get(c, c) for c in account)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc_num)) % 97
    return iban("FR", bank + branch + account + "%02d" % key)


def iban_de(blz, konto):
    return iban("DE", blz + konto.rjust(10, "0"))


def iban_gr(bank3, branch4, acc16):
    return iban("GR", bank3 + branch4 + acc16.rjust(16, "0"))


def iban_gb(bank4, sort6, acc8):
    return iban("GB", bank4 + sort6 + acc8)


def iban_lt(bank5, acc11):
    return iban("LT", bank5 + acc11)


def iban_cy(bank3, branch5, acc16):
    return iban("CY", bank3 + branch5 + acc16)


# ---------------------------------------------------------------- Russia

def _ru_key(prefix3, acc20):
    w = [7, 1, 3] * 8
    digits = prefix3 + acc20
    for k in range(10):
        d = digits[:11] + str(k) + digits[12:]
        if sum((int(c) * w[i]) % 10 for i, c in enumerate(d)) % 10 == 0:
            return str(k)
    raise ValueError


def ru_account(bik, acc20_with_placeholder):
    """Settlement account: 20 digits, 9th digit replaced by control key
    computed with the last three digits of the BIK."""
    a = acc20_with_placeholder
    assert len(a) == 20
    k = _ru_key(bik[-3:], a)
    return a[:8] + k + a[9:]


def ru_corr_account(bik, middle="00000000"):
    """Correspondent account 30101 810 K <8 digits> + last 3 of BIK."""
    a = "30101810" + "0" + middle + bik[-3:]
    k = _ru_key("0" + bik[4:6], a)
    return a[:8] + k + a[9:]


def ru_account_valid(bik, acc):
    w = [7, 1, 3] * 8
    d = bik[-3:] + acc
    return sum((int(c) * w[i]) % 10 for i, c in enumerate(d)) % 10 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# ---------------------------------------------------------------- tax ids

def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    if c == 10:
        raise ValueError("invalid NIP base")
    return nine + str(c)


def pl_nip_fmt(nip):
    return "%s-%s-%s-%s" % (nip[:3], nip[3:6], nip[6:8], nip[8:])


def it_piva(ten):
    s = 0
    for i, ch in enumerate(ten):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return ten + str((10 - s % 10) % 10)


def de_ustid(eight):
    """German USt-IdNr: ISO 7064 MOD 11,10."""
    p = 10
    for ch in eight:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    if c == 10:
        c = 0
    return "DE" + eight + str(c)


def gr_afm(eight):
    s = sum(int(ch) * (2 ** (8 - i)) for i, ch in enumerate(eight))
    return eight + str(s % 11 % 10)


def es_cif(letter, seven):
    s_even = sum(int(seven[i]) for i in (1, 3, 5))
    s_odd = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        s_odd += d // 10 + d % 10
    c = (10 - (s_even + s_odd) % 10) % 10
    return letter + seven + str(c)


# ---------------------------------------------------------------- crypto

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version, payload):
    raw = bytes([version]) + payload
    chk = hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    data = raw + chk
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_segwit_v0(hrp, program):
    data = [0] + _convertbits(program, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_verify(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_BECH.find(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


def btc_p2wpkh(label):
    h = hashlib.new("sha256", ("p2wpkh:" + label).encode()).digest()[:20]
    return bech32_segwit_v0("bc", h)


def btc_p2pkh(label):
    h = hashlib.sha256(("p2pkh:" + label).encode()).digest()[:20]
    return base58check(0x00, h)


def base58check_verify(addr):
    n = 0
    for ch in addr:
        n = n * 58 + _B58.index(ch)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def rf_reference(ref):
    """ISO 11649 structured creditor reference."""
    ref = ref.upper()
    check = 98 - _iban_numeric(ref + "RF00") % 97
    return "RF%02d%s" % (check, ref)


def rf_valid(value):
    v = value.replace(" ", "").upper()
    return _iban_numeric(v[4:] + v[:4]) % 97 == 1


def it_cf(first15):
    """Italian codice fiscale check character."""
    tot = sum(_it_val(c, (i % 2) == 0) for i, c in enumerate(first15))
    return first15 + chr(65 + tot % 26)
