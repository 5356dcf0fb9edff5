"""Account numbers, tax ids and crypto addresses with correct check digits."""
import hashlib

# ------------------------------------------------------------------ IBAN


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_from_bban(country, bban):
    check = 98 - int(_num(bban + country + "00")) % 97
    return "%s%02d%s" % (country, check, bban)


def iban_ok(iban):
    iban = iban.replace(" ", "")
    return int(_num(iban[4:] + iban[:4])) % 97 == 1


def fmt_iban(iban):
    iban = iban.replace(" ", "")
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


# --- Germany: BLZ (8) + Kontonummer (10).  Account check digit here follows
# Pruefzifferverfahren 00 (mod 10, weights 2,1,2,1... Luhn-like), used by many
# savings banks; other banks' methods are not modelled.
def de_method00(acc9):
    s = 0
    for i, d in enumerate(reversed(acc9)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)


def iban_de(blz, acc):
    acc = acc.zfill(10)
    return iban_from_bban("DE", blz + acc)


def iban_de00(blz, acc9):
    return iban_de(blz, acc9 + de_method00(acc9))


# --- Italy: CIN + ABI + CAB + conto (12)
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_val(c):
    return int(c) if c.isdigit() else ord(c.upper()) - 65


def it_cin(abi, cab, conto):
    s = 0
    for i, c in enumerate(abi + cab + conto):
        v = _it_val(c)
        s += _ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban_from_bban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: entidad + oficina + DC(2) + cuenta(10)
def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits10, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(ent, ofi, cuenta):
    dc = "%d%d" % (_es_dc("00" + ent + ofi), _es_dc(cuenta))
    return iban_from_bban("ES", ent + ofi + dc + cuenta)


# --- Poland: sort code 8 digits, last digit is a check digit (weights 3,9,7,1,3,9,7)
def pl_sort(bank3_branch4):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(bank3_branch4, w))
    return bank3_branch4 + str((10 - s % 10) % 10)


def iban_pl(bank3_branch4, acc16):
    return iban_from_bban("PL", pl_sort(bank3_branch4) + acc16)


def nrb(iban):
    """Domestic NRB form: 26 digits, grouped 2+4*6."""
    d = iban.replace(" ", "")[2:]
    return d[:2] + " " + " ".join(d[i:i + 4] for i in range(2, 26, 4))


# --- Greece: bank 3 + branch 4 + account 16
def iban_gr(bank, branch, acc):
    return iban_from_bban("GR", bank + branch + acc.zfill(16))


# --- UK: bank code 4 letters + sort code 6 + account 8
def iban_gb(bank, sort, acc):
    return iban_from_bban("GB", bank + sort + acc)


# --- Lithuania: bank 5 + account 11
def iban_lt(bank, acc):
    return iban_from_bban("LT", bank + acc.zfill(11))


# --- Belgium: 3 bank + 7 account + 2 check (first 10 digits mod 97, 0 -> 97)
def iban_be(bank, acc7):
    c = int(bank + acc7) % 97 or 97
    return iban_from_bban("BE", bank + acc7 + "%02d" % c)


# --- Cyprus: bank 3 + branch 5 + account 16
def iban_cy(bank, branch, acc):
    return iban_from_bban("CY", bank + branch + acc.zfill(16))


# --- France: banque 5 + guichet 5 + compte 11 + cle RIB 2
def iban_fr(bank, guichet, compte):
    conv = {}
    for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        conv[c] = str([1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5, 6, 7, 8, 9][i])
    num = "".join(conv.get(c, c) for c in compte)
    key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(num)) % 97
    return iban_from_bban("FR", bank + guichet + compte + "%02d" % key)


# ------------------------------------------------------------------ Russia
_W713 = [7, 1, 3]


def _ru_sum(s23):
    return sum((int(d) * _W713[i % 3]) % 10 for i, d in enumerate(s23))


def ru_account(bik, acc20_with_x, corr=False):
    """acc20_with_x has 'X' at position 9 (index 8) for the control key."""
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    s = acc20_with_x.replace("X", "0")
    k = (_ru_sum(pre + s) % 10) * 3 % 10
    return s[:8] + str(k) + s[9:]


def ru_account_ok(bik, acc20, corr=False):
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    return _ru_sum(pre + acc20) % 10 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


# ------------------------------------------------------------------ tax ids
def de_ustid(first8):
    p = 10
    for d in first8:
        s = (int(d) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + first8 + str(0 if c == 10 else c)


def it_piva(first10):
    s = 0
    for i, d in enumerate(first10):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return first10 + str((10 - s % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    if c == 10:
        raise ValueError("invalid NIP base")
    return first9 + str(c)


def es_cif(letter, seven):
    even = sum(int(seven[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        v = int(seven[i]) * 2
        odd += v // 10 + v % 10
    c = (10 - (even + odd) % 10) % 10
    return letter + seven + ("JABCDEFGHI"[c] if letter in "NPQRSW" else str(c))


def gr_afm(first8):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(s % 11 % 10)


# ------------------------------------------------------------------ Bitcoin
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


def base58check_ok(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


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
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def segwit_v0(program20, hrp="bc"):
    data = [0] + _convertbits(program20, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition("1")
    return _polymod(_hrp_expand(hrp) + [_BECH.index(c) for c in rest]) == 1


def btc_addresses(seed):
    h = hashlib.sha256(seed.encode()).digest()
    return {
        "bech32": segwit_v0(h[:20]),
        "p2pkh": base58check(0x00, hashlib.sha256(h).digest()[:20]),
    }
