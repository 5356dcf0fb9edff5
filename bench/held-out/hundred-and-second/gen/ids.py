"""Identifier helpers: IBANs with valid check digits (and national check
digits where known), Russian BIK/account control keys, tax ids, and
cryptocurrency addresses with valid checksums.  Pure stdlib, deterministic."""
import hashlib

# ---------------------------------------------------------------- IBAN ----

def _iban_num(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return int("".join(out))


def iban(country, bban):
    """Return IBAN with correct ISO 13616 mod-97 check digits."""
    bban = bban.replace(" ", "").upper()
    check = 98 - (_iban_num(bban + country + "00") % 97)
    return "%s%02d%s" % (country, check, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_pretty(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# Germany: account number check digit, Pruefziffermethode 00
# (modulus 10, weights 2,1,2,1,... from the right, digit sums) - the method
# used by the Sparkassen and most Volksbanken.  Bank codes below are chosen
# from institutions using method 00.
def de_account_m00(base9):
    base9 = base9.zfill(9)
    total = 0
    for i, d in enumerate(reversed(base9)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return base9 + str((10 - total % 10) % 10)


def iban_de(blz, base9):
    return iban("DE", blz + de_account_m00(base9))


# Italy: CIN check letter over ABI(5)+CAB(5)+conto(12)
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def _it_val(ch):
    if ch.isdigit():
        return int(ch)
    return ord(ch) - 65


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    assert len(s) == 22
    total = 0
    for i, ch in enumerate(s):
        v = _it_val(ch)
        if i % 2 == 0:  # 1-based odd position
            total += _IT_ODD[v]
        else:
            total += v
    return chr(65 + total % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: two control digits (DC)
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(digits10):
    s = sum(int(d) * w for d, w in zip(digits10, _ES_W))
    r = 11 - s % 11
    return {10: 1, 11: 0}.get(r, r)


def iban_es(entidad, oficina, cuenta):
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return iban("ES", entidad + oficina + dc + cuenta)


# Poland: NRB; the 8-digit bank/branch number carries its own check digit
def pl_branch(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def iban_pl(branch7, account16):
    return iban("PL", pl_branch(branch7) + account16)


def nrb(iban_pl_str):
    s = iban_pl_str.replace(" ", "")[2:]
    return s[:2] + " " + " ".join(s[i:i + 4] for i in range(2, 26, 4))


def iban_gr(bank3, branch4, acct16):
    return iban("GR", bank3 + branch4 + acct16)


def iban_gb(bic4, sort6, acct8):
    return iban("GB", bic4 + sort6 + acct8)


def iban_lt(bank5, acct11):
    return iban("LT", bank5 + acct11)


# ------------------------------------------------------------- Russia ----

def ru_account(bik, account20_with_placeholder):
    """Compute the control key (9th digit) of a Russian settlement account.
    account20_with_placeholder: 20 digits, the 9th digit is ignored."""
    a = account20_with_placeholder
    assert len(a) == 20 and len(bik) == 9
    a0 = a[:8] + "0" + a[9:]
    s = bik[-3:] + a0
    w = [7, 1, 3] * 8
    total = sum((int(d) * x) % 10 for d, x in zip(s, w))
    key = ((total % 10) * 3) % 10
    acc = a[:8] + str(key) + a[9:]
    assert ru_account_valid(bik, acc)
    return acc


def ru_account_valid(bik, acc):
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    return sum((int(d) * x) % 10 for d, x in zip(s, w)) % 10 == 0


def ru_corr_valid(bik, corr):
    s = "0" + bik[4:6] + corr
    w = [7, 1, 3] * 8
    return sum((int(d) * x) % 10 for d, x in zip(s, w)) % 10 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(d) * x for d, x in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# ---------------------------------------------------------- tax ids ----

def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(first9, w)) % 11
    assert c != 10, "choose other NIP base"
    return first9 + str(c)


def pl_nip_fmt(nip):
    return "%s-%s-%s-%s" % (nip[:3], nip[3:6], nip[6:8], nip[8:])


def it_piva(first10):
    s = 0
    for i, d in enumerate(first10):
        d = int(d)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return first10 + str((10 - s % 10) % 10)


def gr_afm(first8):
    s = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(first8))
    return first8 + str(s % 11 % 10)


def de_ustid(first8):
    product = 10
    for d in first8:
        s = (int(d) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    c = 11 - product
    if c == 10:
        c = 0
    return "DE" + first8 + str(c)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        p = int(seven[i]) * 2
        b += p // 10 + p % 10
    c = (10 - (a + b) % 10) % 10
    return letter + seven + str(c)


def gb_vat(first7):
    """UK VAT number (9 digits) valid under the mod-97 / 'mod 9755' scheme."""
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * x for d, x in zip(first7, w))
    c = (-s) % 97
    return "GB" + first7 + "%02d" % c


# ------------------------------------------------------- crypto addr ----

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version, payload):
    raw = bytes([version]) + payload
    chk = hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    raw += chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    for b in raw:
        if b == 0:
            out = "1" + out
        else:
            break
    return out


def btc_p2pkh(seed):
    return base58check(0x00, hashlib.new("sha256", seed.encode()).digest()[:20])


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


def bech32_segwit(hrp, witver, prog):
    data = [witver] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + checksum)


def bech32_verify(addr):
    hrp, _, data = addr.rpartition("1")
    vals = [_BECH.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


def btc_p2wpkh(seed):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    return bech32_segwit("bc", 0, prog)


if __name__ == "__main__":
    # self tests against published examples
    assert iban_valid("GB82WEST12345698765432")
    assert iban("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert iban("DE", "370400440532013000") == "DE89370400440532013000"
    assert pl_branch("1140200") == "11402004"
    assert bech32_segwit("bc", 0, bytes.fromhex(
        "751e76e8199196d454941c45d1b3a323f1433bd6")) == \
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert base58check(0, bytes.fromhex(
        "010966776006953d5567439e5e39f86a0d273bee")) == \
        "16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM"
    assert ru_corr_valid("044030653", "30101810500000000653")
    print("ok")
