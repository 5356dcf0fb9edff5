"""Identifiers with valid check digits: IBAN (+ national checks), Russian accounts (BIK key),
tax numbers, Bitcoin addresses (bech32 / base58check)."""
import hashlib


# ---------------- IBAN ----------------
def _iban_numeric(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban_check(country, bban):
    rearr = bban + country + '00'
    cd = 98 - int(_iban_numeric(rearr)) % 97
    return '%02d' % cd


def make_iban(country, bban):
    bban = bban.replace(' ', '').upper()
    return country + iban_check(country, bban) + bban


def iban_valid(iban):
    s = iban.replace(' ', '').upper()
    return int(_iban_numeric(s[4:] + s[:4])) % 97 == 1


def fmt_iban(iban):
    s = iban.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# Germany: BLZ + 10-digit account; Pruefziffermethode 00 (Modulus 10, weights 2,1,2,1.. from right,
# cross-sum of products) as used by most Sparkassen/Volksbanken.
def de_account_method00(body9):
    assert len(body9) == 9
    s = 0
    for i, ch in enumerate(reversed(body9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return body9 + str((10 - s % 10) % 10)


def iban_de(blz, account_body9=None, account10=None):
    acct = account10 if account10 else de_account_method00(account_body9)
    return make_iban('DE', blz + acct)


# Italy: CIN + ABI(5) + CAB(5) + conto(12)
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for i, ch in enumerate(abi + cab + conto):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        s += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return make_iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: entidad(4) oficina(4) DC(2) cuenta(10)
def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(digits10)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta))
    return make_iban('ES', entidad + oficina + dc + cuenta)


# Poland: settlement number = 3 bank + 4 branch + check digit (weights 3,9,7,1,3,9,7) + 16 account
def pl_settlement(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(seven))
    return seven + str((10 - s % 10) % 10)


def iban_pl(bank_branch7, account16):
    return make_iban('PL', pl_settlement(bank_branch7) + account16)


def iban_plain(country, bban):
    return make_iban(country, bban)


# ---------------- Russia ----------------
def ru_account_key(bik, account20, correspondent=False):
    """Return the 20-digit account with control digit (position 9) set per Bank of Russia rules."""
    acc = account20[:8] + '0' + account20[9:]
    prefix = ('0' + bik[4:6]) if correspondent else bik[-3:]
    w = [7, 1, 3] * 8
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(prefix + acc))
    key = (s % 10) * 3 % 10
    return acc[:8] + str(key) + acc[9:]


def ru_account_valid(bik, acc, correspondent=False):
    return ru_account_key(bik, acc, correspondent) == acc


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(c) * w[i] for i, c in enumerate(first9)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# ---------------- tax ids ----------------
def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(ch) * w[i] for i, ch in enumerate(first9)) % 11
    if c == 10:
        raise ValueError('invalid NIP base')
    return first9 + str(c)


def de_ustid(first8):
    """ISO 7064 MOD 11,10"""
    p = 10
    for ch in first8:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = (11 - p) % 10
    return 'DE' + first8 + str(c)


def it_piva(first10):
    s = 0
    for i, ch in enumerate(first10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return first10 + str((10 - s % 10) % 10)


def gr_afm(first8):
    s = sum(int(c) * (2 ** (8 - i)) for i, c in enumerate(first8))
    return first8 + str(s % 11 % 10)


def es_cif(letter, first7):
    s = 0
    for i, ch in enumerate(first7):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        s += d
    c = (10 - s % 10) % 10
    if letter in 'PQRSNW':
        return letter + first7 + 'JABCDEFGHI'[c]
    return letter + first7 + str(c)


# ---------------- Bitcoin ----------------
_B32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


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


def bech32_address(seed, hrp='bc'):
    """P2WPKH (witness v0, 20-byte program) address; program derived from seed."""
    prog = hashlib.new('sha256', seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _bech32_polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + checksum)


def bech32_verify(addr):
    hrp, _, data = addr.rpartition('1')
    vals = [_B32.index(c) for c in data]
    return _bech32_polymod(_hrp_expand(hrp) + vals) == 1


_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    b = payload + chk
    n = int.from_bytes(b, 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(b) - len(b.lstrip(b'\x00'))
    return '1' * pad + out


def btc_p2pkh(seed):
    return base58check(b'\x00' + hashlib.sha256(seed.encode()).digest()[:20])
