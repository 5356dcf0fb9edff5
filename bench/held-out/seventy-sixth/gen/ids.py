"""Check-digit arithmetic: IBANs, national bank codes, tax IDs, Russian
accounts (BIK control key) and Bitcoin addresses.  Stdlib only."""
import hashlib

# ---------------------------------------------------------------- IBAN

def _alnum_to_int(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - _alnum_to_int(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_ok(i):
    i = i.replace(" ", "").upper()
    return _alnum_to_int(i[4:] + i[:4]) % 97 == 1


def fmt_iban(i):
    i = i.replace(" ", "")
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


# Germany: account number with check-digit method 00 (modulus 10, weights 2,1)
def de_method00(base9):
    s = 0
    for k, ch in enumerate(reversed(base9)):
        p = int(ch) * (2 if k % 2 == 0 else 1)
        s += p // 10 + p % 10
    return base9 + str((10 - s % 10) % 10)


def iban_de(blz, base9):
    return iban("DE", blz + de_method00(base9).zfill(10))


# Italy: CIN
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
            14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for k, ch in enumerate(abi + cab + conto):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        s += _CIN_ODD[v] if k % 2 == 0 else v
    return chr(65 + s % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# Poland: 8-digit sort code with its own check digit (weights 3,9,7,1,3,9,7)
def pl_sort(bank3, branch4):
    b = bank3 + branch4
    s = sum(int(c) * w for c, w in zip(b, (3, 9, 7, 1, 3, 9, 7)))
    return b + str((10 - s % 10) % 10)


def iban_pl(bank3, branch4, acct16):
    return iban("PL", pl_sort(bank3, branch4) + acct16)


# Spain: two control digits (DC)
_ES_W = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)


def _es_dc(digits10):
    d = 11 - sum(int(c) * w for c, w in zip(digits10, _ES_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(bank, branch, acct10):
    dc = "%d%d" % (_es_dc("00" + bank + branch), _es_dc(acct10))
    return iban("ES", bank + branch + dc + acct10)


def iban_gr(bank3, branch4, acct16):
    return iban("GR", bank3 + branch4 + acct16)


def iban_gb(bic4, sort6, acct8):
    return iban("GB", bic4 + sort6 + acct8)


def iban_lt(bank5, acct11):
    return iban("LT", bank5 + acct11)


# ---------------------------------------------------------------- Russia

def _ru_key(prefix3, acct20):
    digits = prefix3 + acct20[:8] + "0" + acct20[9:]
    w = (7, 1, 3)
    s = sum((int(c) * w[k % 3]) % 10 for k, c in enumerate(digits))
    return acct20[:8] + str((s % 10) * 3 % 10) + acct20[9:]


def ru_settlement(bik, acct20):
    """Settlement account (r/s) with control key from the last 3 BIK digits."""
    return _ru_key(bik[-3:], acct20)


def ru_corr(bik, corr20):
    """Correspondent account (k/s) keyed with '0' + BIK digits 5-6."""
    return _ru_key("0" + bik[4:6], corr20)


def ru_acct_ok(prefix3, acct20):
    w = (7, 1, 3)
    return sum(int(c) * w[k % 3] for k, c in enumerate(prefix3 + acct20)) % 10 == 0


def ru_inn10(first9):
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return first9 + str(sum(int(c) * x for c, x in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# ---------------------------------------------------------------- VAT / tax IDs

def de_ustid(first8):
    product = 10
    for c in first8:
        s = (int(c) + product) % 10 or 10
        product = (2 * s) % 11
    chk = 11 - product
    return "DE" + first8 + str(0 if chk == 10 else chk)


def it_piva(first10):
    s = 0
    for k, c in enumerate(first10):
        d = int(c)
        if k % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        s += d
    return first10 + str((10 - s % 10) % 10)


def pl_nip(first9):
    s = sum(int(c) * w for c, w in zip(first9, (6, 5, 7, 2, 3, 4, 5, 6, 7))) % 11
    assert s != 10, first9
    return first9 + str(s)


def fmt_nip(n):
    return "%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])


def gr_afm(first8):
    s = sum(int(c) * 2 ** (8 - k) for k, c in enumerate(first8))
    return first8 + str(s % 11 % 10)


def es_cif(letter, seven):
    even = sum(int(seven[k]) for k in (1, 3, 5))
    odd = 0
    for k in (0, 2, 4, 6):
        d = int(seven[k]) * 2
        odd += d // 10 + d % 10
    chk = (10 - (even + odd) % 10) % 10
    return letter + seven + str(chk)


def gb_vat(first7):
    total = sum(int(c) * w for c, w in zip(first7, range(8, 1, -1)))
    chk = (-total) % 97
    return "GB%s %s %02d" % (first7[:3], first7[3:], chk)


# ---------------------------------------------------------------- Bitcoin

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(payload):
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def btc_p2pkh(seed):
    h160 = hashlib.sha256(seed.encode()).digest()[:20]
    return base58check(b"\x00" + h160)


def base58check_ok(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = (0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3)
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frm, to):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def btc_bech32(seed, hrp="bc"):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition("1")
    return _polymod(_hrp_expand(hrp) + [_BECH.index(c) for c in rest]) == 1


def selftest():
    assert iban_ok("DE89370400440532013000")
    assert iban_it("05428", "11101", "123456") == "IT60X0542811101000000123456"
    assert iban_es("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert pl_sort("109", "0101") == "10901014"
    assert de_ustid("13645879")[-1].isdigit()
    assert btc_bech32("x").startswith("bc1q") and bech32_ok(btc_bech32("x"))
    # BIP-173 test vector
    assert bech32_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert base58check_ok("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")
    assert ru_acct_ok("225", ru_settlement("044525225", "40702810000000012345"))
    # Sberbank's published correspondent account
    assert ru_corr("044525225", "30101810000000000225") == "30101810400000000225"
    return True


if __name__ == "__main__":
    print(selftest())
