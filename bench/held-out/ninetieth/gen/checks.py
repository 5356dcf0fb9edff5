"""Check-digit helpers: IBAN (ISO 13616 mod-97) with national check digits,
Russian BIK control key, Russian INN, some VAT numbers, Bitcoin addresses."""
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
    """Build an IBAN with correct mod-97 check digits from a BBAN."""
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_numeric(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    return len(s) > 4 and _iban_numeric(s[4:] + s[:4]) % 97 == 1


def iban_print(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# Italy: CIN (one letter) over ABI(5)+CAB(5)+conto(12)
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto.rjust(12, "0")).upper()
    total = 0
    for i, ch in enumerate(s):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        if i % 2 == 0:          # odd position (1-based)
            total += _IT_ODD[idx]
        else:
            total += idx
    return chr(65 + total % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: entidad(4) oficina(4) DC(2) cuenta(10)
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(digits10):
    s = sum(int(d) * w for d, w in zip(digits10, _ES_W))
    d = 11 - s % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


# Poland: sort code 8 digits, last is check digit (weights 3,9,7,1,3,9,7)
def pl_sortcode(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(first7, w))
    return first7 + str((10 - s % 10) % 10)


def iban_pl(sort7, account16):
    return iban("PL", pl_sortcode(sort7) + account16)


# Germany: BLZ(8)+Konto(10). Konto check digit: method 00 (Luhn-like
# weights 2,1,2,1,... from the right over 9 digits) is used by many
# Sparkassen/Volksbanken; we use it for accounts at such banks.
def de_konto_m00(first9):
    total = 0
    for i, d in enumerate(reversed(first9)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return first9 + str((10 - total % 10) % 10)


def iban_de(blz, konto9_or_10, method00=True):
    k = konto9_or_10
    if method00:
        k = de_konto_m00(k.rjust(9, "0")[-9:])
    return iban("DE", blz + k.rjust(10, "0"))


# France RIB key
def fr_rib_key(bank, branch, account):
    conv = {}
    for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        conv[ch] = str("12345678912345678923456789"[i])
    acc = "".join(conv.get(c, c) for c in account.upper())
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return "%02d" % k


def iban_fr(bank, branch, account):
    return iban("FR", bank + branch + account + fr_rib_key(bank, branch, account))


# ---------------------------------------------------------------- Russia
_RU_W = [7, 1, 3] * 8


def ru_account_ok(bik, account):
    key = bik[-3:] + account
    return sum(int(d) * w for d, w in zip(key, _RU_W)) % 10 == 0


def ru_account(bik, account20_with_x):
    """Fill the control key (9th digit, index 8) of a settlement account."""
    a = list(account20_with_x)
    for k in range(10):
        a[8] = str(k)
        if ru_account_ok(bik, "".join(a)):
            return "".join(a)
    raise ValueError


def ru_korr_ok(bik, korr):
    key = "0" + bik[4:6] + korr
    return sum(int(d) * w for d, w in zip(key, _RU_W)) % 10 == 0


def ru_korr(bik):
    """Correspondent account 30101810?0000000xxx with xxx = last 3 of BIK."""
    for k in range(10):
        acc = "30101810%d00000000%s" % (k, bik[-3:])
        acc = acc[:20]
        if ru_korr_ok(bik, acc):
            return acc
    raise ValueError


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    s = sum(int(d) * x for d, x in zip(first9, w))
    return first9 + str(s % 11 % 10)


# ---------------------------------------------------------------- VAT ids
def de_ustid(first8):
    """ISO 7064 MOD 11,10 check digit for German USt-IdNr."""
    p = 10
    for d in first8:
        s = (int(d) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + first8 + str(0 if c == 10 else c)


def it_piva(first10):
    s = 0
    for i, d in enumerate(first10):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return first10 + str((10 - s % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    s = sum(int(d) * x for d, x in zip(first9, w)) % 11
    if s == 10:
        raise ValueError("choose other digits")
    return first9 + str(s)


def gr_afm(first8):
    s = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(first8))
    return first8 + str(s % 11 % 10)


def es_nif_letter(num8):
    return num8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(num8) % 23]


def es_cif(letter, first7):
    """Spanish CIF with numeric control digit (letters A,B use digits)."""
    even = sum(int(first7[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        n = int(first7[i]) * 2
        odd += n // 10 + n % 10
    c = (10 - (even + odd) % 10) % 10
    return letter + first7 + str(c)


# ---------------------------------------------------------------- Bitcoin
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_address(program20, hrp="bc", witver=0):
    data = [witver] + _convertbits(program20, 8, 5)
    const = 1 if witver == 0 else 0x2bc830a3
    values = _hrp_expand(hrp) + data
    polymod = _polymod(values + [0] * 6) ^ const
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in data + checksum)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_CHARSET.find(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) in (1, 0x2bc830a3)


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version_byte, payload):
    raw = bytes([version_byte]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def btc_bech32_from_seed(seed):
    return bech32_address(hashlib.sha256(seed.encode()).digest()[:20])


def btc_p2pkh_from_seed(seed):
    return base58check(0x00, hashlib.new("sha256", seed.encode()).digest()[:20])


if __name__ == "__main__":
    # self-tests with published examples
    assert iban_valid("DE89370400440532013000")
    assert iban("DE", "370400440532013000") == "DE89370400440532013000"
    assert iban_valid("GB29NWBK60161331926819")
    assert iban_it("05428", "11101", "000000123456") == "IT60X0542811101000000123456"
    assert iban_es("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert iban_pl("1090101", "0000071219812874") == "PL61109010140000071219812874"
    assert ru_korr_ok("044525225", "30101810400000000225")
    assert ru_korr("044525225") == "30101810400000000225"
    assert ru_inn10("770708389") == "7707083893"       # Sberbank INN
    assert de_ustid("13669597") == "DE136695976"
    assert it_piva("0048841001") == "00488410010"
    assert pl_nip("526025099") == "5260250995"
    assert bech32_valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert bech32_address(bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == \
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert base58check_valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")
    assert fr_rib_key("20041", "01005", "0500013M026") == "06"
    print("checks ok")
