"""Check-digit helpers: IBAN (ISO 13616 mod-97) with national check digits,
tax IDs, Russian BIK/account control keys, Bitcoin bech32 / base58check."""
import hashlib

# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))

def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)

def iban_valid(s):
    s = s.replace(" ", "").upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1

def iban_fmt(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

# Germany: BLZ(8) + Konto(10); Konto check digit per Pruefziffermethode 00
def de_method00(acc9):
    tot = 0
    for i, d in enumerate(reversed(acc9)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        tot += p // 10 + p % 10
    return str((10 - tot % 10) % 10)

def iban_de(blz, acc9):
    acc = acc9 + de_method00(acc9)
    return iban("DE", blz + acc.zfill(10))

# Italy: CIN + ABI(5) + CAB(5) + conto(12)
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)

def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)

# Spain: entidad(4) oficina(4) DC(2) cuenta(10)
def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits10, w)) % 11
    return {10: 1, 11: 0}.get(d, d)

def iban_es(ent, ofi, cuenta):
    dc = "%d%d" % (_es_dc("00" + ent + ofi), _es_dc(cuenta))
    return iban("ES", ent + ofi + dc + cuenta)

# Poland: sort code bank(3)+branch(4)+check(1), account 16
def pl_sort_check(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    return str((10 - sum(int(a) * b for a, b in zip(seven, w)) % 10) % 10)

def iban_pl(bank3, branch4, acc16):
    sc = bank3 + branch4
    return iban("PL", sc + pl_sort_check(sc) + acc16)

# Belgium: bank(3)+account(7)+check(2)
def iban_be(ten):
    c = int(ten) % 97 or 97
    return iban("BE", ten + "%02d" % c)

# Lithuania, Greece, UK, Ireland: mod-97 only
def iban_lt(bank5, acc11):
    return iban("LT", bank5 + acc11)

def iban_gr(bank3, branch4, acc16):
    return iban("GR", bank3 + branch4 + acc16)

def iban_gb(bank4, sort6, acc8):
    return iban("GB", bank4 + sort6 + acc8)

# Portugal: banco(4) balcao(4) conta(11) NIB check(2)
def iban_pt(banco, balcao, conta11):
    s = banco + balcao + conta11
    chk = 98 - (int(s) * 100) % 97
    return iban("PT", s + "%02d" % chk)

# France: RIB key
def iban_fr(banque5, guichet5, compte11):
    tr = {}
    for i, c in enumerate("ABCDEFGHI"): tr[c] = str(i + 1)
    for i, c in enumerate("JKLMNOPQR"): tr[c] = str(i + 1)
    for i, c in enumerate("STUVWXYZ"): tr[c] = str(i + 2)
    cpt = "".join(tr.get(c, c) for c in compte11.upper())
    key = 97 - (89 * int(banque5) + 15 * int(guichet5) + 3 * int(cpt)) % 97
    return iban("FR", banque5 + guichet5 + compte11 + "%02d" % key)

# ---------------------------------------------------------------- Russia
_RU_W = [7, 1, 3] * 8

def _ru_sum(s23):
    return sum((int(d) * w) % 10 for d, w in zip(s23, _RU_W))

def ru_account(bik, acc20_with_placeholder, corr=False):
    """Return the 20-digit account with the control key (digit 9) set.
    corr=True: correspondent account (prefix '0' + BIK[4:6])."""
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    a = acc20_with_placeholder[:8] + "0" + acc20_with_placeholder[9:]
    s = _ru_sum(pre + a)
    key = (s % 10) * 3 % 10
    return a[:8] + str(key) + a[9:]

def ru_account_valid(bik, acc, corr=False):
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    return _ru_sum(pre + acc) % 10 == 0

def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)

def ru_inn12(ten):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = sum(int(a) * b for a, b in zip(ten, w1)) % 11 % 10
    s = ten + str(d11)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d12 = sum(int(a) * b for a, b in zip(s, w2)) % 11 % 10
    return s + str(d12)

# ---------------------------------------------------------------- VAT / tax IDs
def de_ustid(eight):
    product = 10
    for d in eight:
        s = (int(d) + product) % 10 or 10
        product = (2 * s) % 11
    c = 11 - product
    return "DE" + eight + str(0 if c == 10 else c)

def it_piva(ten):
    tot = 0
    for i, d in enumerate(ten):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9: v -= 9
        tot += v
    return ten + str((10 - tot % 10) % 10)

def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    assert c != 10, "choose other digits"
    return nine + str(c)

def gr_afm(eight):
    c = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight)) % 11 % 10
    return eight + str(c)

def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        p = int(seven[i]) * 2
        b += p // 10 + p % 10
    c = (10 - (a + b) % 10) % 10
    if letter in "PQRSNW":
        return letter + seven + "JABCDEFGHI"[c]
    return letter + seven + str(c)

def gb_vat(seven):
    # HMRC mod-97 (old scheme) weights 8..2
    s = sum(int(d) * w for d, w in zip(seven, range(8, 1, -1)))
    c = (-s) % 97
    return "GB" + seven + "%02d" % c

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

def bech32_address(seed, hrp="bc"):
    """P2WPKH (witness v0, 20-byte program) derived from a fixed seed string."""
    prog = hashlib.new("sha256", seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _polymod(values + [0] * 6) ^ 1
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in data + chk)

def bech32_valid(addr):
    hrp, _, rest = addr.rpartition("1")
    data = [_CHARSET.find(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1

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

def b58_address(seed, version=0x00):
    return base58check(version, hashlib.sha256(seed.encode()).digest()[:20])

def b58_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]
