"""Identifiers with check digits: IBAN, national bank codes, VAT/tax numbers,
Russian bank details, bech32 wallet addresses, EPC/GiroCode payloads."""
import string

IBAN_LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20,
            'BE': 16, 'NL': 18, 'AT': 20, 'FR': 27, 'BG': 22, 'RO': 24, 'IE': 22,
            'CY': 28, 'PT': 25, 'HU': 28, 'CZ': 24, 'SK': 24, 'LV': 21, 'EE': 20}


def _num(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban_check(country, bban):
    n = int(_num(bban + country + '00'))
    return '%02d' % (98 - n % 97)


def make_iban(country, bban):
    iban = country + iban_check(country, bban) + bban
    assert iban_valid(iban), iban
    return iban


def iban_valid(iban):
    iban = iban.replace(' ', '').upper()
    if len(iban) < 4 or iban[:2] not in IBAN_LEN or len(iban) != IBAN_LEN[iban[:2]]:
        return False
    if not all(c in string.digits + string.ascii_uppercase for c in iban):
        return False
    return int(_num(iban[4:] + iban[:4])) % 97 == 1


def fmt_iban(iban):
    return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))


# ---- national BBANs with their own check digits
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_bban(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return it_cin(abi, cab, conto) + abi + cab + conto


def es_dc(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(digits):
        r = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
        return {10: 1, 11: 0}.get(r, r)
    return '%d%d' % (d('00' + bank + branch), d(account))


def es_bban(bank, branch, account):
    return bank + branch + es_dc(bank, branch, account) + account


def pl_sortcode(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def pl_sortcode_valid(eight):
    return pl_sortcode(eight[:7]) == eight


def be_bban(first10):
    r = int(first10) % 97
    return first10 + '%02d' % (r or 97)


# ---- tax identifiers
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


def de_ust_valid(v):
    return v[:2] == 'DE' and len(v) == 11 and de_ust(v[2:10]) == v


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


def it_piva_valid(v):
    v = v.replace('IT', '')
    return len(v) == 11 and it_piva(v[:10]) == v


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    if c == 10:
        return None
    return nine + str(c)


def pl_nip_valid(v):
    v = v.replace('-', '').replace('PL', '')
    return len(v) == 10 and pl_nip(v[:9]) == v


def pl_regon(eight):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(eight, w)) % 11
    return eight + str(c % 10)


def pl_regon_valid(v):
    return len(v) == 9 and pl_regon(v[:8]) == v


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        b += d // 10 + d % 10
    c = (10 - (a + b) % 10) % 10
    if letter in 'KPQRSNW':
        return letter + seven + 'JABCDEFGHI'[c]
    return letter + seven + str(c)


def es_cif_valid(v):
    return len(v) == 9 and es_cif(v[0], v[1:8]) == v


def es_nif(eight):
    return eight + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(eight) % 23]


def gr_afm(eight):
    s = sum(int(eight[i]) * 2 ** (8 - i) for i in range(8))
    return eight + str(s % 11 % 10)


def gr_afm_valid(v):
    v = v.replace('EL', '')
    return len(v) == 9 and gr_afm(v[:8]) == v


def gb_vat(seven):
    w = [8, 7, 6, 5, 4, 3, 2]
    tot = sum(int(a) * b for a, b in zip(seven, w))
    chk = (-tot) % 97
    return 'GB' + seven + '%02d' % chk


def gb_vat_valid(v):
    v = v.replace(' ', '')
    d = v[2:]
    if len(d) != 9:
        return False
    w = [8, 7, 6, 5, 4, 3, 2]
    tot = sum(int(a) * b for a, b in zip(d[:7], w)) + int(d[7:])
    return tot % 97 == 0 or (tot + 55) % 97 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def ru_inn_valid(v):
    return len(v) == 10 and ru_inn10(v[:9]) == v


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def ru_ogrn_valid(v):
    return len(v) == 13 and ru_ogrn(v[:12]) == v


def _ru_key_sum(prefix3, acc):
    w = [7, 1, 3] * 8
    digits = prefix3 + acc
    return sum((int(a) * b) % 10 for a, b in zip(digits, w))


def ru_account(bik, acc_with_zero_key, correspondent=False):
    """Fill the control key (position 9) of a 20-digit account."""
    prefix = ('0' + bik[4:6]) if correspondent else bik[-3:]
    acc = acc_with_zero_key[:8] + '0' + acc_with_zero_key[9:]
    s = _ru_key_sum(prefix, acc)
    key = ((s % 10) * 3) % 10
    return acc[:8] + str(key) + acc[9:]


def ru_account_valid(bik, acc, correspondent=False):
    prefix = ('0' + bik[4:6]) if correspondent else bik[-3:]
    return len(acc) == 20 and _ru_key_sum(prefix, acc) % 10 == 0


# ---- bech32 (BIP-173) for bc1q... addresses
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
    if not data or any(c not in _B32 for c in data):
        return False
    return _polymod(_hrp_expand(hrp) + [_B32.index(c) for c in data]) == 1


# ---- payment QR payloads
def epc_qr(bic, name, iban, amount_eur, text, purpose='', ref=''):
    lines = ['BCD', '002', '1', 'SCT', bic, name, iban,
             'EUR%.2f' % amount_eur if amount_eur else '', purpose, ref, text]
    return '\n'.join(lines)


def luhn_valid(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0
