"""Account numbers and identifiers with valid check digits."""
import re

IBAN_LENGTHS = {
    'AT': 20, 'BE': 16, 'BG': 22, 'CH': 21, 'CY': 28, 'CZ': 24, 'DE': 22, 'DK': 18,
    'EE': 20, 'ES': 24, 'FI': 18, 'FR': 27, 'GB': 22, 'GR': 27, 'HR': 21, 'HU': 28,
    'IE': 22, 'IT': 27, 'LT': 20, 'LU': 20, 'LV': 21, 'MT': 31, 'NL': 18, 'PL': 28,
    'PT': 25, 'RO': 24, 'SE': 24, 'SI': 19, 'SK': 24,
}


def _alnum_to_digits(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban_make(country, bban):
    num = _alnum_to_digits(bban + country + '00')
    check = 98 - int(num) % 97
    iban = '%s%02d%s' % (country, check, bban)
    assert iban_valid(iban), iban
    return iban


def iban_valid(iban):
    iban = iban.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', iban):
        return False
    if IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    return int(_alnum_to_digits(iban[4:] + iban[:4])) % 97 == 1


def iban_fmt(iban):
    return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))


# --- national BBAN helpers -------------------------------------------------
_IT_ODD = dict(zip('0123456789', [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
_IT_ODD.update(dict(zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])))


def it_cin(abi, cab, conto):
    s = 0
    for i, ch in enumerate(abi + cab + conto):
        if i % 2 == 0:
            s += _IT_ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + s % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban_make('IT', it_cin(abi, cab, conto) + abi + cab + conto)


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_iban(bank, branch, account):
    dc = '%d%d' % (_es_dc('00' + bank + branch), _es_dc(account))
    return iban_make('ES', bank + branch + dc + account)


def pl_sort_code(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def pl_iban(bank7, account16):
    return iban_make('PL', pl_sort_code(bank7) + account16)


def pl_nrb(iban):
    """Polish domestic account number (NRB) format: 26 digits in groups."""
    d = iban[2:]
    return d[:2] + ' ' + ' '.join(d[i:i + 4] for i in range(2, 26, 4))


# --- tax identifiers --------------------------------------------------------
def de_ustid(eight):
    product = 10
    for ch in eight:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    c = 11 - product
    if c == 10:
        c = 0
    return 'DE' + eight + str(c)


def de_ustid_valid(v):
    v = v.replace(' ', '')
    return bool(re.fullmatch(r'DE\d{9}', v)) and de_ustid(v[2:10]) == v


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
    v = v.replace('IT', '')
    return len(v) == 11 and v.isdigit() and it_piva(v[:10]) == v


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    if c == 10:
        raise ValueError('NIP base gives check 10; choose another')
    return nine + str(c)


def pl_nip_valid(v):
    v = re.sub(r'\D', '', v)
    try:
        return len(v) == 10 and pl_nip(v[:9]) == v
    except ValueError:
        return False


def pl_regon(eight):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(eight, w)) % 11
    return eight + str(0 if c == 10 else c)


def es_cif(letter, seven):
    s = 0
    for i, ch in enumerate(seven):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        s += d
    c = (10 - s % 10) % 10
    return letter + seven + str(c)


def es_cif_valid(v):
    return len(v) == 9 and es_cif(v[0], v[1:8]) == v


def es_nif_person(eight):
    return eight + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(eight) % 23]


def gr_afm(eight):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def gr_afm_valid(v):
    return len(v) == 9 and v.isdigit() and gr_afm(v[:8]) == v


def gb_vat(seven):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(seven, w))
    chk = (-s) % 97
    return seven + '%02d' % chk


def gb_vat_valid(v):
    v = re.sub(r'\D', '', v)
    if len(v) != 9:
        return False
    s = sum(int(a) * b for a, b in zip(v[:7], [8, 7, 6, 5, 4, 3, 2])) + int(v[7:])
    return s % 97 == 0 or (s + 55) % 97 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def ru_inn10_valid(v):
    return len(v) == 10 and v.isdigit() and ru_inn10(v[:9]) == v


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def ru_ogrn_valid(v):
    return len(v) == 13 and v.isdigit() and ru_ogrn(v[:12]) == v


def _ru_key(bik3, acc20):
    w = [7, 1, 3] * 8
    return sum(int(a) * b for a, b in zip(bik3 + acc20, w)) % 10


def ru_account(bik, acc_with_placeholder):
    """acc_with_placeholder: 20 digits, position 9 (index 8) is replaced by the key."""
    a = acc_with_placeholder[:8] + '0' + acc_with_placeholder[9:]
    k = (_ru_key(bik[-3:], a) * 3) % 10
    a = a[:8] + str(k) + a[9:]
    assert ru_account_valid(bik, a)
    return a


def ru_account_valid(bik, acc):
    return len(acc) == 20 and _ru_key(bik[-3:], acc) == 0


def ru_corr_account(bik):
    a = '30101810' + '0' + '00000000' + bik[-3:]
    a = a[:8] + '0' + a[9:]
    k = (_ru_key('0' + bik[4:6], a) * 3) % 10
    a = a[:8] + str(k) + a[9:]
    assert _ru_key('0' + bik[4:6], a) == 0
    return a


def ru_corr_valid(bik, acc):
    return len(acc) == 20 and _ru_key('0' + bik[4:6], acc) == 0


# --- bech32 (BIP-173) -------------------------------------------------------
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


def btc_p2wpkh(program20):
    data = [0] + _convertbits(program20, 8, 5)
    values = _hrp_expand('bc') + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return 'bc1' + ''.join(_B32[d] for d in data + chk)


def btc_valid(addr):
    if not addr.startswith('bc1'):
        return False
    data = [_B32.find(c) for c in addr[3:]]
    if -1 in data:
        return False
    return _polymod(_hrp_expand('bc') + data) == 1


# --- EPC069-12 QR (GiroCode / SEPA QR) ------------------------------------
def epc_payload(bic, name, iban, amount_eur, remittance='', purpose='', ref='', info=''):
    lines = ['BCD', '002', '1', 'SCT', bic, name, iban,
             'EUR%.2f' % amount_eur if amount_eur else '', purpose, ref, remittance, info]
    while lines and lines[-1] == '':
        lines.pop()
    return '\n'.join(lines)


def epc_valid(payload):
    lines = payload.split('\n')
    if lines[:4] != ['BCD', '002', '1', 'SCT'] or len(lines) < 7:
        return False
    if not iban_valid(lines[6]):
        return False
    if len(lines) > 7 and lines[7] and not re.fullmatch(r'EUR\d{1,9}\.\d{2}', lines[7]):
        return False
    return True


IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')


def find_ibans(text):
    out = []
    for m in IBAN_RE.finditer(text):
        cand = m.group(1).replace(' ', '')
        if cand[:2] in IBAN_LENGTHS and len(cand) == IBAN_LENGTHS[cand[:2]]:
            out.append(cand)
    return out
