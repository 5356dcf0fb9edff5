"""Bank account, tax number and cryptocurrency identifiers with valid check digits."""
import hashlib

# ---------------------------------------------------------------- IBAN (ISO 13616, mod 97-10)

def _iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    n = int(_iban_numeric(bban + country + "00"))
    cd = 98 - n % 97
    return "%s%02d%s" % (country, cd, bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return int(_iban_numeric(s[4:] + s[:4])) % 97 == 1


def fmt_iban(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- Germany: BLZ + 10-digit account; account check digit by method 00
# (modulus 10, weights 2,1,2,1... from the right, digit sums of products).

def de_method00_check(acct9):
    s = 0
    for i, ch in enumerate(reversed(acct9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10


def de_account(body9):
    body9 = body9.rjust(9, "0")
    return body9 + str(de_method00_check(body9))


def iban_de(blz, acct_body9):
    return iban("DE", blz + de_account(acct_body9))


# --- Italy: CIN + ABI + CAB + 12-char account

_ODD = {}
for _c, _v in zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    _ODD[_c] = _v
for _c, _v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    _ODD[_c] = _v


def it_cin(abi, cab, conto):
    s = abi + cab + conto.rjust(12, "0")
    tot = 0
    for i, ch in enumerate(s.upper()):
        if i % 2 == 0:  # odd position (1-based)
            tot += _ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: entidad + oficina + DC + cuenta

_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    d = 11 - sum(int(c) * w for c, w in zip(ten, _ES_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_ccc(entidad, oficina, cuenta):
    return entidad + oficina + "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta)) + cuenta


def iban_es(entidad, oficina, cuenta):
    return iban("ES", es_ccc(entidad, oficina, cuenta))


# --- Poland: 8-digit sort code (bank 3 + branch 4 + check 1) + 16-digit account

def pl_sort_code(bank3, branch4):
    s7 = bank3 + branch4
    tot = sum(int(c) * w for c, w in zip(s7, [3, 9, 7, 1, 3, 9, 7]))
    return s7 + str((10 - tot % 10) % 10)


def iban_pl(bank3, branch4, acct16):
    return iban("PL", pl_sort_code(bank3, branch4) + acct16)


# --- Greece: bank 3 + branch 4 + account 16

def iban_gr(bank3, branch4, acct16):
    return iban("GR", bank3 + branch4 + acct16)


def iban_gb(bank4, sort6, acct8):
    return iban("GB", bank4 + sort6 + acct8)


def iban_lt(bank5, acct11):
    return iban("LT", bank5 + acct11)


# ---------------------------------------------------------------- Russia

_RU_W = [7, 1, 3] * 8


def ru_key_ok(bik, account):
    """Control key check of a settlement account (bank account: last 3 BIK digits)."""
    s = bik[-3:] + account
    return sum(int(c) * w for c, w in zip(s, _RU_W)) % 10 == 0


def ru_corr_ok(bik, corr):
    s = "0" + bik[4:6] + corr
    return sum(int(c) * w for c, w in zip(s, _RU_W)) % 10 == 0


def ru_account(bik, bal5, cur3, body11):
    """Build a 20-digit account 'bal5 cur3 K body11' with the control key K."""
    acc = bal5 + cur3 + "0" + body11
    s = bik[-3:] + acc
    tot = sum(int(c) * w for c, w in zip(s, _RU_W)) % 10
    key = (tot * 3) % 10
    acc = bal5 + cur3 + str(key) + body11
    assert ru_key_ok(bik, acc)
    return acc


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(c) * x for c, x in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# ---------------------------------------------------------------- VAT / tax numbers

def de_ustid(first8):
    """German USt-IdNr (DE + 9 digits), ISO 7064 MOD 11,10."""
    p = 10
    for c in first8:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return "DE" + first8 + str((11 - p) % 10)


def it_piva(first10):
    tot = 0
    for i, c in enumerate(first10):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return first10 + str((10 - tot % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    if c == 10:
        raise ValueError("invalid NIP stem")
    return first9 + str(c)


def fmt_nip(n):
    return "%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])


def gr_afm(first8):
    tot = sum(int(c) * (2 ** (8 - i)) for i, c in enumerate(first8))
    return first8 + str(tot % 11 % 10)


def es_cif(letter, seven):
    """Spanish CIF for companies (B = S.L., A = S.A.); numeric control digit."""
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        b += d // 10 + d % 10
    c = (10 - (a + b) % 10) % 10
    return letter + seven + str(c)


def gb_vat(first7):
    """UK VAT number, classic mod-97 weighting (8..2), 9 digits."""
    tot = sum(int(c) * w for c, w in zip(first7, [8, 7, 6, 5, 4, 3, 2]))
    chk = (-tot) % 97
    return first7 + "%02d" % chk


# ---------------------------------------------------------------- Bitcoin

_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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


def bech32_address(program20, hrp="bc"):
    data = [0] + _convertbits(program20, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_ok(addr):
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
        n, d = divmod(n, 58)
        s = _B58[d] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s


def base58check_ok(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def _selftest():
    # Known public examples
    assert iban_ok("DE89370400440532013000")
    assert iban_ok("GB82WEST12345698765432")
    assert iban_ok("IT60X0542811101000000123456")
    assert it_cin("05428", "11101", "000000123456") == "X"
    assert iban_ok("ES9121000418450200051332")
    assert es_ccc("2100", "0418", "0200051332") == "21000418450200051332"
    assert iban_ok("PL61109010140000071219812874")
    assert pl_sort_code("109", "0101") == "10901014"
    assert iban_ok("GR1601101250000000012300695")
    # Sberbank Moscow: BIK 044525225, corr. account 30101810400000000225
    assert ru_corr_ok("044525225", "30101810400000000225")
    assert ru_inn10("770708389") == "7707083893"          # Sberbank INN
    assert ru_ogrn("102770013219") == "1027700132195"       # Sberbank OGRN
    # BIP173 test vector (P2WPKH)
    assert bech32_address(bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == \
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert bech32_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert base58check(0, bytes.fromhex("62e907b15cbf27d5425399ebf6f0fb50ebb88f18")) == "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
    return True


if __name__ == "__main__":
    print(_selftest())
