"""Account numbers and identifiers with valid check digits (and validators)."""
import re

# --- IBAN ----------------------------------------------------------------------

IBAN_LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20,
            'NL': 18, 'BE': 16, 'FR': 27, 'IE': 22, 'BG': 22, 'HU': 28, 'RO': 24, 'PT': 25,
            'CY': 28, 'LV': 21, 'EE': 20, 'SK': 24, 'CZ': 24, 'HR': 21, 'MT': 31}


def _num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban(cc, bban):
    chk = 98 - _num(bban + cc + '00') % 97
    out = '%s%02d%s' % (cc, chk, bban)
    assert len(out) == IBAN_LEN[cc], (out, len(out))
    return out


def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return _num(s[4:] + s[:4]) % 97 == 1


def iban_fmt(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# Italian CIN (check character of the BBAN)
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    assert len(s) == 22
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        if i % 2 == 0:
            tot += _CIN_ODD[v]
        else:
            tot += v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# Spanish DC (two control digits)
def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(digits.rjust(10, '0'))) % 11
    return {10: 1, 11: 0}.get(d, d)


def iban_es(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta))
    return iban('ES', entidad + oficina + dc + cuenta)


# Polish sort code check digit (weights 3 9 7 1 3 9 7)
def pl_sort(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(seven))
    return seven + str((10 - s % 10) % 10)


def iban_pl(seven, account16):
    return iban('PL', pl_sort(seven) + account16)


def nrb(ib):
    """Polish domestic format (NRB) of a PL IBAN."""
    s = ib.replace(' ', '')[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, 26, 4))


# --- tax identifiers --------------------------------------------------------------

def de_ust(eight):
    p = 10
    for c in eight:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    chk = 11 - p
    if chk == 10:
        chk = 0
    return 'DE' + eight + str(chk)


def de_ust_ok(s):
    s = s.replace(' ', '')
    return bool(re.fullmatch(r'DE\d{9}', s)) and de_ust(s[2:10]) == s


def it_piva(ten):
    tot = 0
    for i, c in enumerate(ten):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return ten + str((10 - tot % 10) % 10)


def it_piva_ok(s):
    return bool(re.fullmatch(r'\d{11}', s)) and it_piva(s[:10]) == s


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(x) * w[i] for i, x in enumerate(nine)) % 11
    if c == 10:
        raise ValueError('invalid NIP base')
    return nine + str(c)


def pl_nip_ok(s):
    s = s.replace('-', '')
    try:
        return bool(re.fullmatch(r'\d{10}', s)) and pl_nip(s[:9]) == s
    except ValueError:
        return False


def pl_nip_fmt(s):
    return '%s-%s-%s-%s' % (s[:3], s[3:6], s[6:8], s[8:])


def pl_regon(eight):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(x) * w[i] for i, x in enumerate(eight)) % 11 % 10
    return eight + str(c)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        b += d // 10 + d % 10
    c = (10 - (a + b) % 10) % 10
    if letter in 'PQRSNW':
        return letter + seven + 'JABCDEFGHI'[c]
    return letter + seven + str(c)


def es_cif_ok(s):
    return bool(re.fullmatch(r'[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]', s)) and es_cif(s[0], s[1:8]) == s


def gr_afm(eight):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(eight))
    return eight + str(s % 11 % 10)


def gr_afm_ok(s):
    return bool(re.fullmatch(r'\d{9}', s)) and gr_afm(s[:8]) == s


def gb_vat(seven):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(seven))
    chk = (-(s + 55)) % 97
    return seven + '%02d' % chk


def gb_vat_ok(s):
    s = s.replace(' ', '').replace('GB', '')
    if not re.fullmatch(r'\d{9}', s):
        return False
    w = [8, 7, 6, 5, 4, 3, 2]
    t = sum(int(c) * w[i] for i, c in enumerate(s[:7])) + int(s[7:])
    return t % 97 == 0 or (t + 55) % 97 == 0


def gb_vat_fmt(s):
    return 'GB %s %s %s' % (s[:3], s[3:7], s[7:])


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(c) * w[i] for i, c in enumerate(nine)) % 11 % 10)


def ru_inn_ok(s):
    return bool(re.fullmatch(r'\d{10}', s)) and ru_inn10(s[:9]) == s


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def ru_ogrn_ok(s):
    return bool(re.fullmatch(r'\d{13}', s)) and ru_ogrn(s[:12]) == s


def ru_account(bik, nineteen_with_x):
    """Russian 20-digit account with control key (position 9) for a bank BIK.

    nineteen_with_x: 20 chars with 'K' at index 8."""
    w = [7, 1, 3] * 8
    s = bik[-3:] + nineteen_with_x.replace('K', '0')
    tot = sum(int(c) * w[i] for i, c in enumerate(s)) % 10
    k = (tot * 3) % 10
    return nineteen_with_x.replace('K', str(k))


def ru_account_ok(bik, acc):
    w = [7, 1, 3] * 8
    s = bik[-3:] + acc
    return sum(int(c) * w[i] for i, c in enumerate(s)) % 10 == 0


def ru_corr_account(bik, nineteen_with_x):
    """Correspondent account: key computed with '0' + BIK digits 5-6."""
    w = [7, 1, 3] * 8
    s = '0' + bik[4:6] + nineteen_with_x.replace('K', '0')
    tot = sum(int(c) * w[i] for i, c in enumerate(s)) % 10
    return nineteen_with_x.replace('K', str((tot * 3) % 10))


# --- pagoPA notice number (aux digit 3) ---------------------------------------------

def pagopa_avviso(segregazione2, base13):
    iuv = segregazione2 + base13
    chk = int('3' + iuv) % 93
    return '3' + iuv + '%02d' % chk


def pagopa_ok(code):
    return bool(re.fullmatch(r'3\d{17}', code)) and int(code[:16]) % 93 == int(code[16:])


# --- bech32 (BIP 173) ---------------------------------------------------------------

_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


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


def bech32_p2wpkh(program20, hrp='bc'):
    data = [0] + _convertbits(program20, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_CHARSET[d] for d in data + chk)


def bech32_ok(addr):
    addr = addr.lower()
    hrp, _, rest = addr.rpartition('1')
    if not hrp or len(rest) < 7 or any(c not in _CHARSET for c in rest):
        return False
    data = [_CHARSET.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1
