"""Check digits: IBAN (ISO 13616 mod 97) and national BBAN checks, VAT / tax identifiers."""
import re


def _num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban_valid(iban):
    s = iban.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', s):
        return False
    LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20, 'BE': 16, 'NL': 18, 'PT': 25,
           'FR': 27, 'AT': 20, 'LV': 21, 'EE': 20, 'IE': 22, 'CZ': 24, 'BG': 22, 'RO': 24, 'HU': 28, 'CY': 28,
           'MT': 31, 'SK': 24, 'SI': 19, 'HR': 21, 'LU': 20, 'DK': 18, 'FI': 18, 'SE': 24, 'CH': 21}
    if s[:2] in LEN and len(s) != LEN[s[:2]]:
        return False
    return _num(s[4:] + s[:4]) % 97 == 1


def make_iban(cc, bban):
    bban = bban.replace(' ', '').upper()
    chk = 98 - _num(bban + cc + '00') % 97
    return '%s%02d%s' % (cc, chk, bban)


def group4(iban):
    s = iban.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# ------------------------------------------------------------ national BBAN helpers
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return make_iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


def es_dc(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(digits):
        s = sum(int(c) * w[i] for i, c in enumerate(digits))
        r = 11 - s % 11
        return {10: 1, 11: 0}.get(r, r)
    return '%d%d' % (d('00' + bank + branch), d(account))


def es_iban(bank, branch, account):
    return make_iban('ES', bank + branch + es_dc(bank, branch, account) + account)


def pl_sortcode(prefix7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(prefix7))
    return prefix7 + str((10 - s % 10) % 10)


def pl_iban(prefix7, account16):
    return make_iban('PL', pl_sortcode(prefix7) + account16)


def pl_nrb(iban):
    return iban[2:]


def pl_sortcode_valid(sc):
    return pl_sortcode(sc[:7]) == sc


def be_iban(bank3, acc7):
    base = bank3 + acc7
    c = int(base) % 97 or 97
    return make_iban('BE', base + '%02d' % c)


def pt_iban(bank, branch, acc11):
    base = bank + branch + acc11
    c = 98 - (int(base) * 100) % 97
    return make_iban('PT', base + '%02d' % c)


# ------------------------------------------------------------ Russian bank account key
def ru_key_ok(prefix3, acc20):
    w = [7, 1, 3] * 8
    s = prefix3 + acc20
    return sum(int(c) * w[i] for i, c in enumerate(s)) % 10 == 0


def ru_account(prefix3, acc20_with_x):
    """acc20 with the 9th digit (index 8) as placeholder -> fill key digit."""
    for d in '0123456789':
        a = acc20_with_x[:8] + d + acc20_with_x[9:]
        if ru_key_ok(prefix3, a):
            return a
    raise ValueError


def ru_rs(bik, acc):
    return ru_account(bik[-3:], acc)


def ru_ks(bik, acc):
    return ru_account('0' + bik[4:6], acc)


# ------------------------------------------------------------ tax identifiers
def de_vat(d8):
    p = 10
    for c in d8:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return 'DE' + d8 + str(0 if c == 10 else c)


def de_vat_valid(v):
    return de_vat(v[2:10]) == v


def it_piva(d10):
    s = 0
    for i, c in enumerate(d10):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return d10 + str((10 - s % 10) % 10)


def pl_nip(d9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(x) * w[i] for i, x in enumerate(d9)) % 11
    if c == 10:
        raise ValueError('invalid NIP base')
    return d9 + str(c)


def pl_regon(d8):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(x) * w[i] for i, x in enumerate(d8)) % 11
    return d8 + str(0 if c == 10 else c)


def es_cif(letter, d7):
    a = sum(int(d7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(d7[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    if letter in 'PQRSNW':
        return letter + d7 + 'JABCDEFGHI'[c]
    return letter + d7 + str(c)


def gr_afm(d8):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(d8))
    return d8 + str(s % 11 % 10)


def gb_vat(d7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(d7))
    c = (97 - s % 97) % 97
    return d7 + '%02d' % c


def ru_inn10(d9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return d9 + str(sum(int(c) * w[i] for i, c in enumerate(d9)) % 11 % 10)


def ru_ogrn(d12):
    return d12 + str(int(d12) % 11 % 10)


# ------------------------------------------------------------ bech32 (BIP-173) for Bitcoin addresses
_B32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


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


def bech32_address(program, hrp='bc', witver=0):
    data = [witver] + _convertbits(program, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    checksum = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + checksum)


def bech32_valid(addr):
    hrp, _, data = addr.rpartition('1')
    vals = [_B32.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


# ------------------------------------------------------------ validators used by the build's self-check
def it_piva_valid(p):
    p = p[2:] if p.startswith('IT') else p
    return len(p) == 11 and it_piva(p[:10]) == p


def pl_nip_valid(n):
    try:
        return pl_nip(n[:9]) == n
    except ValueError:
        return False


def pl_regon_valid(r):
    return pl_regon(r[:8]) == r


def es_cif_valid(c):
    return es_cif(c[0], c[1:8]) == c


def gr_afm_valid(a):
    return gr_afm(a[:8]) == a


def gb_vat_valid(v):
    v = v[2:] if v.startswith('GB') else v
    return gb_vat(v[:7]) == v


def ru_inn_valid(i):
    return ru_inn10(i[:9]) == i


def ru_ogrn_valid(o):
    return ru_ogrn(o[:12]) == o


def it_cin_valid(iban):
    b = iban[4:]
    return it_cin(b[1:6], b[6:11], b[11:]) == b[0]


def es_dc_valid(iban):
    b = iban[4:]
    return es_dc(b[:4], b[4:8], b[10:]) == b[8:10]
