"""Identifiers with valid check digits: IBAN, national tax IDs, bank keys, bech32."""
import string

# ---------------------------------------------------------------- IBAN
IBAN_LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20,
            'NL': 18, 'BE': 16, 'IE': 22, 'PT': 25, 'FR': 27, 'CY': 28, 'HR': 21,
            'BG': 22, 'RO': 24, 'EE': 20, 'LV': 21, 'MT': 31, 'AT': 20}


def _iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban_valid(iban):
    s = iban.replace(' ', '').upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not all(c in string.ascii_uppercase + string.digits for c in s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(cc, bban):
    bban = bban.replace(' ', '').upper()
    chk = 98 - _iban_num(bban + cc + '00') % 97
    iban = '%s%02d%s' % (cc, chk, bban)
    assert iban_valid(iban), iban
    return iban


def fmt_iban(iban):
    s = iban.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def it_cin(abi, cab, conto):
    """Italian CIN check character for ABI(5) CAB(5) conto(12)."""
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c, 36) if c.isdigit() else ord(c) - 65
        if c.isdigit():
            v = int(c)
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return make_iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


def es_dc(entidad, oficina, cuenta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(digits):
        s = sum(int(c) * w[i] for i, c in enumerate(digits))
        r = 11 - s % 11
        return 0 if r == 11 else (1 if r == 10 else r)
    return '%d%d' % (d('00' + entidad + oficina), d(cuenta))


def es_iban(entidad, oficina, cuenta):
    return make_iban('ES', entidad + oficina + es_dc(entidad, oficina, cuenta) + cuenta)


def es_ccc_valid(iban):
    s = iban.replace(' ', '')[4:]
    return es_dc(s[0:4], s[4:8], s[10:20]) == s[8:10]


def it_cin_valid(iban):
    s = iban.replace(' ', '')[4:]
    return it_cin(s[1:6], s[6:11], s[11:23]) == s[0]


# ---------------------------------------------------------------- tax IDs
def de_vat_check(d8):
    p = 10
    for c in d8:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return 0 if c == 10 else c


def de_vat(d8):
    return 'DE' + d8 + str(de_vat_check(d8))


def de_vat_valid(v):
    v = v.replace(' ', '')
    return v[:2] == 'DE' and len(v) == 11 and de_vat_check(v[2:10]) == int(v[10])


def it_piva(d10):
    x = sum(int(d10[i]) for i in range(0, 10, 2))
    y = 0
    for i in range(1, 10, 2):
        t = 2 * int(d10[i])
        y += t - 9 if t > 9 else t
    return d10 + str((10 - (x + y) % 10) % 10)


def it_piva_valid(p):
    return len(p) == 11 and it_piva(p[:10]) == p


def pl_nip(d9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(d9, w)) % 11
    if c == 10:
        return None
    return d9 + str(c)


def pl_nip_valid(n):
    n = n.replace('-', '')
    return len(n) == 10 and pl_nip(n[:9]) == n


def pl_regon9(d8):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(d8, w)) % 11
    return d8 + str(0 if c == 10 else c)


def es_cif(letter, d7):
    ev = sum(int(d7[i]) for i in (1, 3, 5))
    od = 0
    for i in (0, 2, 4, 6):
        t = 2 * int(d7[i])
        od += t // 10 + t % 10
    c = (10 - (ev + od) % 10) % 10
    if letter in 'PQRSNW':
        return letter + d7 + 'JABCDEFGHI'[c]
    return letter + d7 + str(c)


def es_cif_valid(c):
    return es_cif(c[0], c[1:8]) == c


def es_nif_person(d8):
    return d8 + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(d8) % 23]


def gr_afm(d8):
    s = sum(int(d8[i]) * 2 ** (8 - i) for i in range(8))
    return d8 + str((s % 11) % 10)


def gr_afm_valid(a):
    return len(a) == 9 and gr_afm(a[:8]) == a


def gb_vat(d7):
    s = sum(int(d7[i]) * (8 - i) for i in range(7))
    chk = (-s) % 97
    if chk == 0:
        return None
    return d7 + '%02d' % chk


def gb_vat_valid(v):
    v = v.replace(' ', '').replace('GB', '')
    s = sum(int(v[i]) * (8 - i) for i in range(7)) + int(v[7:9])
    return s % 97 == 0 or (s + 55) % 97 == 0


def ru_inn10(d9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return d9 + str(sum(int(a) * b for a, b in zip(d9, w)) % 11 % 10)


def ru_inn10_valid(n):
    return len(n) == 10 and ru_inn10(n[:9]) == n


def ru_ogrn(d12):
    return d12 + str(int(d12) % 11 % 10)


def ru_ogrn_valid(n):
    return len(n) == 13 and ru_ogrn(n[:12]) == n


def _ru_acc_sum(prefix3, acc20):
    w = [7, 1, 3]
    s = prefix3 + acc20
    return sum(int(c) * w[i % 3] for i, c in enumerate(s))


def ru_account(bik, acc20_with_x, corr=False):
    """acc20 with 'X' at index 8 (the key). Returns account with valid key for that BIK."""
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    for k in '0123456789':
        a = acc20_with_x[:8] + k + acc20_with_x[9:]
        if _ru_acc_sum(prefix, a) % 10 == 0:
            return a
    raise ValueError


def ru_account_valid(bik, acc, corr=False):
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    return len(acc) == 20 and _ru_acc_sum(prefix, acc) % 10 == 0


# ---------------------------------------------------------------- bech32 (BIP-173)
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


def btc_p2wpkh(h20, hrp='bc'):
    data = [0] + _convertbits(h20, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def btc_valid(addr):
    hrp, _, rest = addr.rpartition('1')
    if hrp != 'bc' or any(c not in _B32 for c in rest):
        return False
    return _polymod(_hrp_expand(hrp) + [_B32.index(c) for c in rest]) == 1


# ---------------------------------------------------------------- Luhn (cards / misc)
def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0
