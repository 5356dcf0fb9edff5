"""Bank account numbers with valid check digits and crypto addresses with checksums."""
import hashlib

from util import hbytes


# ---------------------------------------------------------------- IBAN
def _num(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban_valid(iban):
    s = iban.replace(' ', '')
    return int(_num(s[4:] + s[:4])) % 97 == 1


def iban(country, bban):
    chk = 98 - int(_num(bban + country + '00')) % 97
    s = '%s%02d%s' % (country, chk, bban)
    assert iban_valid(s)
    return s


def spaced(iban_str):
    return ' '.join(iban_str[i:i + 4] for i in range(0, len(iban_str), 4))


# --- national check digits
def de_method00(acct9):
    """Bundesbank Pruefzifferverfahren 00 (Luhn variant), returns 10-digit account."""
    acct9 = acct9.zfill(9)
    total = 0
    for i, d in enumerate(reversed(acct9)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return acct9 + str((10 - total % 10) % 10)


def de_iban(blz, acct, method00=False):
    a = de_method00(acct) if method00 else acct.zfill(10)
    return iban('DE', blz + a)


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
           10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto.zfill(12)
    total = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        total += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    r = 11 - sum(int(d) * w for d, w in zip(ten, _ES_W)) % 11
    return {11: 0, 10: 1}.get(r, r)


def es_iban(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta.zfill(10)))
    return iban('ES', entidad + oficina + dc + cuenta.zfill(10))


def pl_routing(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    return seven + str((10 - sum(int(d) * x for d, x in zip(seven, w)) % 10) % 10)


def pl_iban(bank7, acct16):
    return iban('PL', pl_routing(bank7) + acct16.zfill(16))


def pl_nrb(iban_str):
    """Polish domestic NRB (26 digits) formatted as usual."""
    s = iban_str[2:]
    return s[:2] + ' ' + ' '.join(s[2 + i:6 + i] for i in range(0, 24, 4))


def gr_iban(bank3, branch4, acct16):
    return iban('GR', bank3 + branch4 + acct16.zfill(16))


def _fr_conv(s):
    tbl = {}
    for i, c in enumerate('ABCDEFGHI'):
        tbl[c] = str(i + 1)
    for i, c in enumerate('JKLMNOPQR'):
        tbl[c] = str(i + 1)
    for i, c in enumerate('STUVWXYZ'):
        tbl[c] = str(i + 2)
    return ''.join(tbl.get(c, c) for c in s)


def fr_iban(banque, guichet, compte):
    compte = compte.zfill(11)
    b, g, c = int(_fr_conv(banque)), int(_fr_conv(guichet)), int(_fr_conv(compte))
    key = 97 - (89 * b + 15 * g + 3 * c) % 97
    return iban('FR', banque + guichet + compte + '%02d' % key)


def be_iban(bank3, acct7):
    ten = bank3 + acct7
    k = int(ten) % 97 or 97
    return iban('BE', ten + '%02d' % k)


def lt_iban(bank5, acct11):
    return iban('LT', bank5 + acct11.zfill(11))


def no_iban(bank4, acct6):
    s = bank4 + acct6
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * x for d, x in zip(s, w)) % 11
    if r == 10:
        raise ValueError('choose another Norwegian account number')
    return iban('NO', s + str(0 if r == 11 else r))


def gb_iban(bic4, sort6, acct8):
    return iban('GB', bic4 + sort6 + acct8)


def ie_iban(bic4, sort6, acct8):
    return iban('IE', bic4 + sort6 + acct8)


def pt_iban(bank4, branch4, acct11):
    s = bank4 + branch4 + acct11
    # NIB check digits: 98 - (number*100 mod 97)
    k = 98 - (int(s) * 100) % 97
    return iban('PT', s + '%02d' % k)


# ---------------------------------------------------------------- Russia
def ru_key_valid(bik, account, corr=False):
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    s = prefix + account
    w = [7, 1, 3] * 8
    return sum((int(d) * x) % 10 for d, x in zip(s, w)) % 10 == 0


def ru_account(bik, acct, corr=False):
    """acct: 20 digits; the 9th digit (index 8) is replaced by the control key."""
    for k in range(10):
        a = acct[:8] + str(k) + acct[9:]
        if ru_key_valid(bik, a, corr):
            return a
    raise ValueError


# ---------------------------------------------------------------- crypto
_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check(version, payload):
    data = bytes([version]) + payload
    data += hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4]
    n = int.from_bytes(data, 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(data) - len(data.lstrip(b'\0'))
    return '1' * pad + out


_BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


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
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_segwit(hrp, witver, program):
    data = [witver] + _convertbits(program, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1  # bech32 constant for v0
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_BECH[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition('1')
    data = [_BECH.find(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


def btc_bech32(seed):
    return bech32_segwit('bc', 0, hbytes('btc-' + seed, 20))


def btc_p2pkh(seed):
    return base58check(0, hbytes('p2pkh-' + seed, 20))


def it_piva(ten):
    """Italian partita IVA: 10 digits + check digit."""
    total = 0
    for i, d in enumerate(ten):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return ten + str((10 - total % 10) % 10)


def de_ustid(eight):
    """German VAT id: DE + 8 digits + ISO 7064 MOD 11,10 check digit."""
    p = 10
    for d in eight:
        s = (int(d) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return 'DE' + eight + str(0 if c == 10 else c)


def pl_nip(nine):
    """Polish NIP: 9 digits + check digit (weights 6,5,7,2,3,4,5,6,7); None if invalid."""
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(nine, w)) % 11
    return None if c == 10 else nine + str(c)


def crc8(data, poly=0x07):
    crc = 0
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xff if crc & 0x80 else (crc << 1) & 0xff
    return crc


def ksef_number(nip, yyyymmdd, hex12):
    base = '%s-%s-%s' % (nip, yyyymmdd, hex12)
    return '%s-%02X' % (base, crc8(base.encode()))


def ru_inn10(nine):
    """Russian INN of a legal entity: 9 digits + control digit."""
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(d) * x for d, x in zip(nine, w)) % 11 % 10)
