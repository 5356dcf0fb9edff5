"""Account numbers and tax identifiers with valid check digits."""


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check(country, bban):
    n = int(_num(bban + country + "00"))
    return "%02d" % (98 - n % 97)


def iban(country, bban):
    return country + iban_check(country, bban) + bban


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15:
        return False
    return int(_num(s[4:] + s[:4])) % 97 == 1


def iban_print(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- national BBANs --------------------------------------------------------

def de_iban(blz, account):
    return iban("DE", "%08d%010d" % (int(blz), int(account)))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = "%05d%05d%s" % (int(abi), int(cab), conto.upper().rjust(12, "0"))
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", it_cin(abi, cab, conto) + "%05d%05d" % (int(abi), int(cab)) + conto)


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_iban(entidad, oficina, cuenta):
    e, o, c = "%04d" % int(entidad), "%04d" % int(oficina), "%010d" % int(cuenta)
    dc = "%d%d" % (_es_dc("00" + e + o), _es_dc(c))
    return iban("ES", e + o + dc + c)


def pl_bank_check(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    return (10 - sum(int(a) * b for a, b in zip(seven, w)) % 10) % 10


def pl_nrb(bank7, account16):
    """NRB (26 digits): 2 check + 8 bank (7 + check) + 16 account."""
    bank = bank7 + str(pl_bank_check(bank7))
    ib = iban("PL", bank + account16)
    return ib


def gr_iban(bank, branch, account):
    return iban("GR", "%03d%04d%016d" % (int(bank), int(branch), int(account)))


def gb_iban(bic4, sort, account):
    return iban("GB", "%s%06d%08d" % (bic4, int(sort), int(account)))


def lt_iban(bank, account):
    return iban("LT", "%05d%011d" % (int(bank), int(account)))


def be_iban(bank3, account7):
    acc = "%03d%07d" % (int(bank3), int(account7))
    chk = int(acc) % 97 or 97
    return iban("BE", acc + "%02d" % chk)


def nl_iban(bank4, account10):
    return iban("NL", bank4 + "%010d" % int(account10))


def ie_iban(bic4, sort, account):
    return iban("IE", "%s%06d%08d" % (bic4, int(sort), int(account)))


def cy_iban(bank, branch, account):
    return iban("CY", "%03d%05d%016d" % (int(bank), int(branch), int(account)))


def bg_iban(bic4, branch, acctype, account):
    return iban("BG", "%s%04d%02d%08d" % (bic4, int(branch), int(acctype), int(account)))


# --- tax identifiers -------------------------------------------------------

def de_vat(eight):
    prod = 10
    for c in eight:
        s = (int(c) + prod) % 10
        if s == 0:
            s = 10
        prod = (2 * s) % 11
    chk = 11 - prod
    if chk == 10:
        chk = 0
    return "DE" + eight + str(chk)


def de_vat_valid(v):
    v = v.replace(" ", "")
    return v.startswith("DE") and len(v) == 11 and de_vat(v[2:10]) == v


def it_piva(ten):
    tot = 0
    for i, c in enumerate(ten):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return ten + str((10 - tot % 10) % 10)


def it_piva_valid(v):
    return len(v) == 11 and it_piva(v[:10]) == v


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    if c == 10:
        raise ValueError("NIP base gives check 10, choose another")
    return nine + str(c)


def pl_nip_valid(v):
    v = v.replace("-", "")
    try:
        return pl_nip(v[:9]) == v
    except ValueError:
        return False


def pl_nip_fmt(v):
    return "%s-%s-%s-%s" % (v[:3], v[3:6], v[6:8], v[8:])


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
    c = (10 - (a + b) % 10) % 10
    if letter in "PQSNW":
        return letter + seven + "JABCDEFGHI"[c]
    return letter + seven + str(c)


def gr_afm(eight):
    s = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def gr_afm_valid(v):
    return len(v) == 9 and gr_afm(v[:8]) == v


def gb_vat(seven):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(seven, w))
    chk = (-s) % 97
    return "GB" + seven + "%02d" % chk


def gb_vat_valid(v):
    v = v.replace(" ", "")[2:]
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(v[:7], w)) + int(v[7:9])
    return s % 97 == 0 or (s + 55) % 97 == 0


def gb_vat_fmt(v):
    return "GB %s %s %s" % (v[2:5], v[5:9], v[9:])


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def ru_inn10_valid(v):
    return len(v) == 10 and ru_inn10(v[:9]) == v


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def ru_account(bik, twenty_with_x):
    """Russian settlement account: 20 digits, digit 9 is a control key computed
    together with the last three digits of the BIC (weights 7 1 3)."""
    acc = list(twenty_with_x)
    acc[8] = "0"
    s = bik[-3:] + "".join(acc)
    w = [7, 1, 3] * 8
    tot = sum(int(a) * b for a, b in zip(s, w))
    acc[8] = str((tot % 10) * 3 % 10)
    return "".join(acc)


def ru_account_valid(bik, acc, corr=False):
    s = ("0" + bik[4:6] if corr else bik[-3:]) + acc
    w = [7, 1, 3] * 8
    return sum(int(a) * b for a, b in zip(s, w)) % 10 == 0


def ru_corr_account(bik):
    # 301 01 810 K 0000 0000 XXX  (XXX = last three digits of BIC)
    acc = list("30101810" + "0" + "00000000" + bik[-3:])
    s = "0" + bik[4:6] + "".join(acc)
    w = [7, 1, 3] * 8
    tot = sum(int(a) * b for a, b in zip(s, w))
    acc[8] = str((tot % 10) * 3 % 10)
    return "".join(acc)


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


# --- bech32 (BIP-173) for Bitcoin addresses in sextortion samples -----------
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
    acc, bits, ret = 0, 0, []
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


def bech32_address(program20, hrp="bc"):
    data = [0] + _convertbits(program20, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1
