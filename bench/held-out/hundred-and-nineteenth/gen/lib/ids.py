"""Identifiers with valid check digits: IBAN, national account checks, tax IDs."""
import string

_LETTERS = {c: str(i + 10) for i, c in enumerate(string.ascii_uppercase)}


def _num(s):
    return ''.join(_LETTERS.get(c, c) for c in s)


def iban_valid(iban):
    s = iban.replace(' ', '').upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    lengths = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20, 'BE': 16,
               'NL': 18, 'IE': 22, 'FR': 27, 'AT': 20, 'CZ': 24, 'PT': 25, 'LV': 21, 'EE': 20,
               'RO': 24, 'BG': 22, 'HR': 21, 'CY': 28, 'MT': 31, 'LU': 20, 'DK': 18, 'FI': 18}
    if s[:2] in lengths and len(s) != lengths[s[:2]]:
        return False
    return int(_num(s[4:] + s[:4])) % 97 == 1


def make_iban(country, bban):
    bban = bban.replace(' ', '').upper()
    chk = 98 - int(_num(bban + country + '00')) % 97
    return '%s%02d%s' % (country, chk, bban)


def fmt_iban(iban):
    s = iban.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# --- Italy: CIN ---
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
        else:
            v = ord(c.upper()) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return make_iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: DC ---
def es_dc(entidad, oficina, cuenta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def d(digits):
        s = sum(int(c) * w[i] for i, c in enumerate(digits.zfill(10)))
        r = 11 - s % 11
        return 0 if r == 11 else (1 if r == 10 else r)
    return '%d%d' % (d('00' + entidad + oficina), d(cuenta))


def es_iban(entidad, oficina, cuenta):
    return make_iban('ES', entidad + oficina + es_dc(entidad, oficina, cuenta) + cuenta)


# --- Belgium national check (mod 97 on first 10 digits) ---
def be_iban(bank3, acct7):
    base = bank3 + acct7
    chk = int(base) % 97 or 97
    return make_iban('BE', base + '%02d' % chk)


# --- Tax identifiers ---
def de_ustid(first8):
    """ISO 7064 MOD 11,10 check for German USt-IdNr (DE + 9 digits)."""
    p = 10
    for c in first8:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    chk = (11 - p) % 10
    return 'DE' + first8 + str(chk)


def de_ustid_valid(v):
    return de_ustid(v[2:10]) == v


def it_piva(first10):
    s = 0
    for i, c in enumerate(first10):
        d = int(c)
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
        raise ValueError('invalid NIP base')
    return first9 + str(c)


def pl_regon9(first8):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first8, w)) % 11
    return first8 + str(0 if c == 10 else c)


def es_cif(letter, seven):
    s_even = sum(int(seven[i]) for i in (1, 3, 5))
    s_odd = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        s_odd += d // 10 + d % 10
    c = (10 - (s_even + s_odd) % 10) % 10
    return letter + seven + str(c)


def gr_afm(first8):
    s = sum(int(c) * (2 ** (8 - i)) for i, c in enumerate(first8))
    return first8 + str(s % 11 % 10)


def gb_vat(first7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(first7, w))
    chk = (-s) % 97
    return first7 + '%02d' % chk


def gb_vat_valid(nine):
    w = [8, 7, 6, 5, 4, 3, 2, 10, 1]
    s = sum(int(a) * b for a, b in zip(nine, w))
    return s % 97 == 0 or (s + 55) % 97 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


def ru_account(bik, acct19_with_placeholder):
    """acct: 20-digit string with the check digit (position 9, index 8) to be computed."""
    w = [7, 1, 3] * 8
    a = list(acct19_with_placeholder)
    a[8] = '0'
    s = sum(int(c) * w[i] for i, c in enumerate(bik[-3:] + ''.join(a)))
    a[8] = str((s % 10) * 3 % 10)
    res = ''.join(a)
    assert ru_account_valid(bik, res)
    return res


def ru_account_valid(bik, acct):
    w = [7, 1, 3] * 8
    return sum(int(c) * w[i] for i, c in enumerate(bik[-3:] + acct)) % 10 == 0


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0
