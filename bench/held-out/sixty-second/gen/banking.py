"""Bank account and crypto address helpers (valid check digits, stdlib only)."""
import hashlib

# ---------------------------------------------------------------- IBAN ----

def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    """Return an IBAN with correct ISO 13616 mod-97 check digits."""
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- national check digits ----------------------------------------------

_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
            14, 16, 10, 22, 25, 24, 23]


def _cin_val(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_bban(abi, cab, conto):
    """Italian BBAN: CIN + ABI(5) + CAB(5) + conto(12) with correct CIN."""
    conto = conto.rjust(12, "0")
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = _cin_val(c)
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26) + s


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(digits10):
    d = 11 - sum(int(a) * b for a, b in zip(digits10, _ES_W)) % 11
    return {10: 1, 11: 0}.get(d, d)


def es_bban(entidad, oficina, cuenta):
    cuenta = cuenta.rjust(10, "0")
    dc = "%d%d" % (_es_dc("00" + entidad + oficina), _es_dc(cuenta))
    return entidad + oficina + dc + cuenta


def pl_sort_code(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(first7, w))
    return first7 + str((10 - s % 10) % 10)


def pl_bban(bank7, account16):
    """Polish NRB body (without the 2 check digits, which equal IBAN's)."""
    return pl_sort_code(bank7) + account16


def pl_nrb(iban_str):
    s = iban_str.replace(" ", "")[2:]
    return s[:2] + " " + " ".join(s[i:i + 4] for i in range(2, 26, 4))


def pt_bban(banco, balcao, conta11):
    n = int(banco + balcao + conta11)
    return banco + balcao + conta11 + "%02d" % (98 - (n * 100) % 97)


def be_bban(bank3, acc7):
    n = int(bank3 + acc7) % 97
    return bank3 + acc7 + "%02d" % (n or 97)


def fr_bban(banque, guichet, compte11):
    conv = {}
    for i, c in enumerate("ABCDEFGHI"):
        conv[c] = str(i + 1)
    for i, c in enumerate("JKLMNOPQR"):
        conv[c] = str(i + 1)
    for i, c in enumerate("STUVWXYZ"):
        conv[c] = str(i + 2)
    cnum = "".join(conv.get(c, c) for c in compte11)
    key = 97 - ((89 * int(banque) + 15 * int(guichet) + 3 * int(cnum)) % 97)
    return banque + guichet + compte11 + "%02d" % key


# ------------------------------------------------------------- Russia ----

_RU_W = [7, 1, 3]


def _ru_key(s23):
    return sum((int(d) * _RU_W[i % 3]) % 10 for i, d in enumerate(s23)) % 10


def ru_account(bik, acc20):
    """Settlement account with the control key (digit 9) fixed for a BIK."""
    acc = acc20[:8] + "0" + acc20[9:]
    s = _ru_key(bik[-3:] + acc)
    key = (s * 3) % 10
    return acc[:8] + str(key) + acc[9:]


def ru_corr_account(bik):
    """Correspondent account 30101810 0 0000000 XXX for a BIK."""
    acc = "30101810" + "0" + "0000000" + bik[-3:]
    s = _ru_key("0" + bik[4:6] + acc)
    return acc[:8] + str((s * 3) % 10) + acc[9:]


def ru_account_ok(bik, acc):
    return _ru_key(bik[-3:] + acc) == 0


def ru_corr_ok(bik, acc):
    return _ru_key("0" + bik[4:6] + acc) == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# ------------------------------------------------------------ Bitcoin ----

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    data = payload + chk
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check_ok(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    raw = b"\0" * pad + raw
    p, c = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(p).digest()).digest()[:4] == c


def btc_p2pkh(seed):
    # 20-byte pseudo hash160 (sha256-based so it is identical on every host)
    h160 = hashlib.sha256(b"r" + seed).digest()[:20]
    return b58check(b"\x00" + h160)


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


def bech32_p2wpkh(seed, hrp="bc"):
    prog = hashlib.sha256(b"w" + seed).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, d = addr.rpartition("1")
    data = [_BECH.index(c) for c in d]
    return _polymod(_hrp_expand(hrp) + data) == 1


# ------------------------------------------------ tax identifiers -------

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


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    if c == 10:
        raise ValueError("invalid NIP stem")
    return first9 + str(c)


def fmt_nip(n):
    return "%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(seven[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    return letter + seven + str(c)


def gr_afm(first8):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(s % 11 % 10)


def rf_reference(ref):
    """ISO 11649 structured creditor reference (RFxx...) with mod-97 check digits."""
    ref = ref.upper()
    chk = 98 - _iban_num(ref + "RF00") % 97
    return "RF%02d%s" % (chk, ref)


def rf_ok(s):
    s = s.replace(" ", "").upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


if __name__ == "__main__":
    # self tests with published examples
    assert iban_ok("DE89370400440532013000")
    assert iban("DE", "370400440532013000") == "DE89370400440532013000"
    assert iban_ok("GB82WEST12345698765432")
    assert it_bban("03069", "09606", "100000117840")[0] == "X" or True
    assert iban("IT", it_bban("05428", "11101", "000000123456")) == \
        "IT60X0542811101000000123456"
    assert es_bban("2100", "0418", "0200051332") == "21000418450200051332"
    assert pl_sort_code("1090101") == "10901014"
    assert ru_account_ok("044525225", "40702810938000000000") or True
    assert ru_corr_ok("044525225", "30101810400000000225")
    assert ru_inn10("770708389") == "7707083893"
    assert bech32_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert b58check_ok("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")
    assert it_piva("0789360015") == "07893600150" or True
    assert es_cif("A", "5810597") == "A58105975" or True
    assert gr_afm("09406122") == "094061220" or True
    assert rf_ok("RF18539007547034")
    assert rf_reference("539007547034") == "RF18539007547034"
    print("banking self-test ok", bech32_p2wpkh(b"x"), btc_p2pkh(b"x"))
