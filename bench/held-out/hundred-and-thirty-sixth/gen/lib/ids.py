"""Identifiers with check digits: IBAN (+ national checks), VAT/tax IDs, bech32, RU accounts."""
import re

IBAN_LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20, 'NL': 18, 'PT': 25,
            'BE': 16, 'FR': 27, 'IE': 22, 'CY': 28, 'RO': 24, 'BG': 22, 'LV': 21, 'EE': 20, 'HU': 28,
            'AT': 20, 'CZ': 24, 'SK': 24, 'HR': 21, 'MT': 31, 'LU': 20}


def _mod97(s):
    num = ''.join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban(cc, bban):
    chk = 98 - _mod97(bban + cc + '00')
    return '%s%02d%s' % (cc, chk, bban)


def iban_valid(s):
    s = s.replace(' ', '').upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    if not re.match(r'^[A-Z]{2}\d{2}[A-Z0-9]+$', s):
        return False
    if _mod97(s[4:] + s[:4]) != 1:
        return False
    return national_valid(s)


def fmt_iban(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# --- national parts -------------------------------------------------------

def it_cin(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch, 36) if ch.isdigit() else ord(ch) - 65
        if ch.isdigit():
            v = int(ch)
        if i % 2 == 0:
            tot += odd[v]
        else:
            tot += v
    return chr(65 + tot % 26)


def it_bban(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return it_cin(abi, cab, conto) + abi + cab + conto


def es_dc(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(digits):
        s = sum(int(c) * w[i] for i, c in enumerate(digits))
        r = 11 - s % 11
        return {10: 1, 11: 0}.get(r, r)
    return '%d%d' % (d('00' + bank + branch), d(account))


def es_bban(bank, branch, account):
    return bank + branch + es_dc(bank, branch, account) + account


def pl_bank_check(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(first7))
    return str((10 - s % 10) % 10)


def pl_bban(bank7, account16):
    return bank7 + pl_bank_check(bank7) + account16


def national_valid(s):
    cc, b = s[:2], s[4:]
    if cc == 'IT':
        return it_cin(b[1:6], b[6:11], b[11:]) == b[0]
    if cc == 'ES':
        return es_dc(b[:4], b[4:8], b[10:]) == b[8:10]
    if cc == 'PL':
        return pl_bank_check(b[:7]) == b[7]
    return True


# --- tax identifiers ---------------------------------------------------------

def de_vat_check(d8):
    p = 10
    for c in d8:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    r = 11 - p
    return '0' if r == 10 else str(r % 10)


def de_vat(d8):
    return 'DE' + d8 + de_vat_check(d8)


def it_piva_check(d10):
    s = 0
    for i, c in enumerate(d10):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return str((10 - s % 10) % 10)


def it_piva(d10):
    return d10 + it_piva_check(d10)


def pl_nip_check(d9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(d9)) % 11
    if s == 10:
        raise ValueError('invalid NIP base')
    return str(s)


def pl_nip(d9):
    return d9 + pl_nip_check(d9)


def pl_regon9(d8):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(d8)) % 11
    return d8 + str(s % 10)


def es_cif(letter, d7):
    s = 0
    for i, c in enumerate(d7):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            s += v // 10 + v % 10
        else:
            s += v
    ctrl = (10 - s % 10) % 10
    if letter in 'PQRSNW':
        return letter + d7 + 'JABCDEFGHI'[ctrl]
    return letter + d7 + str(ctrl)


def gr_afm(d8):
    s = sum(int(c) * (2 ** (8 - i)) for i, c in enumerate(d8))
    return d8 + str(s % 11 % 10)


def gb_vat(d7):
    s = sum(int(c) * w for c, w in zip(d7, [8, 7, 6, 5, 4, 3, 2]))
    # new-style numbers: (s + 55 + check) % 97 == 0
    chk = (-(s + 55)) % 97
    return d7 + '%02d' % chk


def gb_vat_valid(d9):
    s = sum(int(c) * w for c, w in zip(d9[:7], [8, 7, 6, 5, 4, 3, 2])) + int(d9[7:])
    return s % 97 == 0 or (s + 55) % 97 == 0


def ru_inn10(d9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return d9 + str(sum(int(c) * w[i] for i, c in enumerate(d9)) % 11 % 10)


def ru_inn12(d10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = str(sum(int(c) * w1[i] for i, c in enumerate(d10)) % 11 % 10)
    d11 = d10 + c1
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return d11 + str(sum(int(c) * w2[i] for i, c in enumerate(d11)) % 11 % 10)


def ru_ogrn(d12):
    return d12 + str(int(d12) % 11 % 10)


def ru_account(bik, acc19_with_placeholder):
    """acc given as 20 digits where position 9 (index 8) is the key placeholder."""
    w = [7, 1, 3] * 8
    a = acc19_with_placeholder[:8] + '0' + acc19_with_placeholder[9:]
    s = bik[-3:] + a
    tot = sum(int(c) * w[i] % 10 for i, c in enumerate(s))
    key = (tot % 10) * 3 % 10
    return a[:8] + str(key) + a[9:]


def ru_account_valid(bik, acc, correspondent=False):
    w = [7, 1, 3] * 8
    s = ('0' + bik[4:6] if correspondent else bik[-3:]) + acc
    return sum(int(c) * w[i] % 10 for i, c in enumerate(s)) % 10 == 0


def ru_corr_account(bik, acc):
    w = [7, 1, 3] * 8
    a = acc[:8] + '0' + acc[9:]
    s = '0' + bik[4:6] + a
    tot = sum(int(c) * w[i] % 10 for i, c in enumerate(s))
    return a[:8] + str((tot % 10) * 3 % 10) + a[9:]


# --- bech32 (BIP173) -------------------------------------------------------------
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
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_address(program20, hrp='bc'):
    data = [0] + _convertbits(program20, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    addr = addr.lower()
    pos = addr.rfind('1')
    hrp, data = addr[:pos], addr[pos + 1:]
    try:
        vals = [_B32.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def taxid_valid(s):
    """Validate a tax identifier by its prefix/shape (used by verification)."""
    s = s.replace(' ', '')
    if s.startswith('DE') and len(s) == 11:
        return de_vat(s[2:10]) == s
    if s.startswith('IT') and len(s) == 13:
        return it_piva(s[2:12]) == s[2:]
    if s.startswith('GB') and len(s) == 11:
        return gb_vat_valid(s[2:])
    if s.startswith('BE') and len(s) == 12:
        return be_vat(s[2:10]) == s
    if len(s) == 9 and s[0].isalpha():
        return es_cif(s[0], s[1:8]) == s
    if len(s) == 9 and s.isdigit():
        return gr_afm(s[:8]) == s
    if len(s) == 10 and s.isdigit() and s[:2] in ('78', '77', '50'):
        return ru_inn10(s[:9]) == s
    if len(s) == 10 and s.isdigit():
        return pl_nip(s[:9]) == s
    if len(s) == 13 and s.isdigit():
        return ru_ogrn(s[:12]) == s
    return False


def be_vat(d8):
    """Belgian enterprise/VAT number BE0 + 7 digits... given the first 8 digits (leading 0 included)."""
    return 'BE' + d8 + '%02d' % (97 - int(d8) % 97)
