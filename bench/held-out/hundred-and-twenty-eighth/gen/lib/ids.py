"""Account numbers and tax identifiers with real check-digit algorithms."""
import hashlib
import re

IBAN_LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20,
            'NL': 18, 'BE': 16, 'FR': 27, 'AT': 20, 'CH': 21, 'PT': 25, 'IE': 22,
            'CY': 28, 'BG': 22, 'RO': 24, 'HU': 28, 'CZ': 24, 'EE': 20, 'LV': 21, 'MT': 31}


def _alnum_to_digits(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban_valid(iban):
    s = iban.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    return int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


def make_iban(country, bban):
    check = 98 - int(_alnum_to_digits(bban + country + '00')) % 97
    iban = '%s%02d%s' % (country, check, bban)
    assert iban_valid(iban), iban
    return iban


def fmt_iban(iban):
    return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))


# ---- national BBAN builders ----
def it_cin(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return make_iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


def es_dc(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return 0 if r == 11 else (1 if r == 10 else r)
    return '%d%d' % (d('00' + bank + branch), d(account))


def es_iban(bank, branch, account):
    return make_iban('ES', bank + branch + es_dc(bank, branch, account) + account)


def pl_sortcode_valid(code):
    w = [3, 9, 7, 1, 3, 9, 7]
    return (10 - sum(int(c) * w[i] for i, c in enumerate(code[:7])) % 10) % 10 == int(code[7])


def pl_iban(sortcode, account16):
    assert pl_sortcode_valid(sortcode), sortcode
    return make_iban('PL', sortcode + account16)


def pl_nrb(iban):
    s = iban[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, len(s), 4))


def de_iban(blz, account):
    return make_iban('DE', blz + account.rjust(10, '0'))


def gb_iban(bank4, sort6, acct8):
    return make_iban('GB', bank4 + sort6 + acct8)


def gr_iban(bank3, branch4, acct16):
    return make_iban('GR', bank3 + branch4 + acct16.rjust(16, '0'))


def lt_iban(bank5, acct11):
    return make_iban('LT', bank5 + acct11)


# ---- Russian bank account control key (Bank of Russia rules) ----
def ru_account_key(bic, account20):
    w = [7, 1, 3] * 8
    s = bic[-3:] + account20[:8] + '0' + account20[9:]
    tot = sum((int(c) * w[i]) % 10 for i, c in enumerate(s))
    return ((tot % 10) * 3) % 10


def ru_make_account(bic, prefix8, rest11):
    acc = prefix8 + '0' + rest11
    k = ru_account_key(bic, acc)
    return prefix8 + str(k) + rest11


def ru_account_valid(bic, account20, corr=False):
    w = [7, 1, 3] * 8
    head = ('0' + bic[4:6]) if corr else bic[-3:]
    s = head + account20
    return sum((int(c) * w[i]) % 10 for i, c in enumerate(s)) % 10 == 0


# ---- tax identifiers ----
def de_ustid_check(d8):
    product = 10
    for c in d8:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    return (11 - product) % 10


def de_ustid(d8):
    return 'DE' + d8 + str(de_ustid_check(d8))


def de_ustid_valid(v):
    v = v.replace(' ', '')
    return bool(re.fullmatch(r'DE\d{9}', v)) and de_ustid_check(v[2:10]) == int(v[10])


def it_piva_check(d10):
    tot = 0
    for i, c in enumerate(d10):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return (10 - tot % 10) % 10


def it_piva(d10):
    return d10 + str(it_piva_check(d10))


def it_piva_valid(v):
    return bool(re.fullmatch(r'\d{11}', v)) and it_piva_check(v[:10]) == int(v[10])


def pl_nip_check(d9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    return sum(int(c) * w[i] for i, c in enumerate(d9)) % 11


def pl_nip_valid(v):
    v = v.replace('-', '').replace(' ', '')
    if not re.fullmatch(r'\d{10}', v):
        return False
    c = pl_nip_check(v[:9])
    return c != 10 and c == int(v[9])


def pl_regon9_check(d8):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    r = sum(int(c) * w[i] for i, c in enumerate(d8)) % 11
    return 0 if r == 10 else r


def pl_regon_valid(v):
    return bool(re.fullmatch(r'\d{9}', v)) and pl_regon9_check(v[:8]) == int(v[8])


def es_cif_check(letter, d7):
    even = sum(int(d7[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        n = int(d7[i]) * 2
        odd += n // 10 + n % 10
    c = (10 - (even + odd) % 10) % 10
    if letter in 'KPQS':
        return 'JABCDEFGHI'[c]
    return str(c)


def es_cif_valid(v):
    return bool(re.fullmatch(r'[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]', v)) and es_cif_check(v[0], v[1:8]) == v[8]


def es_nif_letter(d8):
    return 'TRWAGMYFPDXBNJZSQVHLCKE'[int(d8) % 23]


def gr_afm_check(d8):
    return sum(int(c) * 2 ** (8 - i) for i, c in enumerate(d8)) % 11 % 10


def gr_afm_valid(v):
    return bool(re.fullmatch(r'\d{9}', v)) and gr_afm_check(v[:8]) == int(v[8])


def gb_vat_check(d7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(d7))
    return (-s) % 97


def gb_vat_valid(v):
    v = v.replace(' ', '').replace('GB', '')
    if not re.fullmatch(r'\d{9}', v):
        return False
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(v[:7])) + int(v[7:])
    return s % 97 == 0 or (s + 55) % 97 == 0


def ru_inn10_check(d9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return sum(int(c) * w[i] for i, c in enumerate(d9)) % 11 % 10


def ru_inn_valid(v):
    return bool(re.fullmatch(r'\d{10}', v)) and ru_inn10_check(v[:9]) == int(v[9])


def ru_ogrn_valid(v):
    return bool(re.fullmatch(r'\d{13}', v)) and int(v[:12]) % 11 % 10 == int(v[12])


def lei(prefix18):
    check = 98 - int(_alnum_to_digits(prefix18 + '00')) % 97
    return '%s%02d' % (prefix18, check)


def lei_valid(v):
    return bool(re.fullmatch(r'[A-Z0-9]{18}\d{2}', v)) and int(_alnum_to_digits(v)) % 97 == 1


# ---- crypto-currency addresses (format-valid, checksummed) ----
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


def btc_bech32(program20, hrp='bc'):
    data = [0] + _convertbits(program20, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _bech32_polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + checksum)


def btc_bech32_valid(addr):
    hrp, _, rest = addr.rpartition('1')
    if not rest or any(c not in _B32 for c in rest):
        return False
    return _bech32_polymod(_hrp_expand(hrp) + [_B32.index(c) for c in rest]) == 1


_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check(payload):
    full = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(full, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(full) - len(full.lstrip(b'\0'))
    return '1' * pad + s


def base58check_valid(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def tron_address(body20):
    return base58check(b'\x41' + bytes(body20))
