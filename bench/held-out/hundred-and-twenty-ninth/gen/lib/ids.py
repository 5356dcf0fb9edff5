"""Identifiers with valid check digits (IBAN, VAT/tax numbers, payment references, wallets)."""
import hashlib

IBAN_LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20,
            'CY': 28, 'PT': 25, 'BE': 16, 'NL': 18, 'IE': 22, 'FR': 27, 'BG': 22,
            'EE': 20, 'LV': 21, 'RO': 24, 'HR': 21, 'MT': 31, 'AT': 20, 'CH': 21,
            'HU': 28, 'CZ': 24, 'SK': 24, 'SI': 19, 'LU': 20, 'FI': 18, 'DK': 18,
            'SE': 24, 'AE': 23, 'TR': 26}


def _alnum_to_digits(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return ''.join(out)


def iban_from_bban(cc, bban):
    num = _alnum_to_digits(bban + cc + '00')
    chk = 98 - int(num) % 97
    iban = '%s%02d%s' % (cc, chk, bban)
    assert iban_valid(iban), iban
    return iban


def iban_valid(iban):
    s = iban.replace(' ', '')
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int(_alnum_to_digits(r)) % 97 == 1


def iban_fmt(iban):
    s = iban.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# --- national account checks ---
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    assert len(s) == 22
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        else:
            v = ord(ch.upper()) - 65
        if i % 2 == 0:  # odd position (1-based)
            tot += _IT_ODD[v]
        else:
            tot += v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban_from_bban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


def it_iban_valid(iban):
    s = iban.replace(' ', '')
    return iban_valid(s) and s[4] == it_cin(s[5:10], s[10:15], s[15:27])


def _es_dc_digit(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    t = sum(int(d) * w[i] for i, d in enumerate(digits))
    d = 11 - t % 11
    return {10: 1, 11: 0}.get(d, d)


def es_iban(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc_digit('00' + entidad + oficina), _es_dc_digit(cuenta))
    return iban_from_bban('ES', entidad + oficina + dc + cuenta)


def es_iban_valid(iban):
    s = iban.replace(' ', '')
    if not iban_valid(s):
        return False
    e, o, dc, c = s[4:8], s[8:12], s[12:14], s[14:24]
    return dc == '%d%d' % (_es_dc_digit('00' + e + o), _es_dc_digit(c))


def pl_sort_code(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    t = sum(int(d) * w[i] for i, d in enumerate(first7))
    return first7 + str((10 - t % 10) % 10)


def pl_iban(sort7, account16):
    return iban_from_bban('PL', pl_sort_code(sort7) + account16)


def pl_iban_valid(iban):
    s = iban.replace(' ', '')
    return iban_valid(s) and pl_sort_code(s[4:11]) == s[4:12]


def national_ok(iban):
    s = iban.replace(' ', '')
    cc = s[:2]
    if cc == 'IT':
        return it_iban_valid(s)
    if cc == 'ES':
        return es_iban_valid(s)
    if cc == 'PL':
        return pl_iban_valid(s)
    return iban_valid(s)


# --- tax identifiers ---
def de_vat(eight):
    """German USt-IdNr (ISO 7064 MOD 11,10)."""
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


def de_vat_valid(v):
    return len(v) == 11 and de_vat(v[2:10]) == v


def it_piva(ten):
    t = 0
    for i, ch in enumerate(ten):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return ten + str((10 - t % 10) % 10)


def it_piva_valid(v):
    return len(v) == 11 and it_piva(v[:10]) == v


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * w[i] for i, d in enumerate(nine)) % 11
    assert c != 10, nine
    return nine + str(c)


def pl_nip_valid(v):
    v = v.replace('-', '')
    try:
        return len(v) == 10 and pl_nip(v[:9]) == v
    except AssertionError:
        return False


def pl_nip_fmt(v):
    return '%s-%s-%s-%s' % (v[:3], v[3:6], v[6:8], v[8:])


def pl_regon(eight):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * w[i] for i, d in enumerate(eight)) % 11
    return eight + str(0 if c == 10 else c)


def es_cif(letter, seven):
    even = sum(int(seven[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        odd += d // 10 + d % 10
    c = (10 - (even + odd) % 10) % 10
    if letter in 'PQRSNW':
        return letter + seven + 'JABCDEFGHI'[c]
    return letter + seven + str(c)


def es_cif_valid(v):
    return es_cif(v[0], v[1:8]) == v


def es_dni(eight):
    return eight + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(eight) % 23]


def gr_afm(eight):
    t = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight))
    return eight + str((t % 11) % 10)


def gr_afm_valid(v):
    return len(v) == 9 and gr_afm(v[:8]) == v


def gb_vat(seven):
    """UK VAT number with the 9755 check (new numbers)."""
    w = [8, 7, 6, 5, 4, 3, 2]
    t = sum(int(d) * w[i] for i, d in enumerate(seven))
    # valid if (t + 55 + last2) % 97 == 0
    last2 = (-(t + 55)) % 97
    return seven + '%02d' % last2


def gb_vat_valid(v):
    v = v.replace(' ', '').replace('GB', '')
    w = [8, 7, 6, 5, 4, 3, 2]
    t = sum(int(d) * w[i] for i, d in enumerate(v[:7]))
    l2 = int(v[7:9])
    return (t + l2) % 97 == 0 or (t + 55 + l2) % 97 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(d) * w[i] for i, d in enumerate(nine)) % 11 % 10)


def ru_inn10_valid(v):
    return len(v) == 10 and ru_inn10(v[:9]) == v


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def ru_ogrn_valid(v):
    return len(v) == 13 and ru_ogrn(v[:12]) == v


def ru_account(bik, acc20_with_x):
    """Fill the control key (9th digit) of a Russian settlement account."""
    w = [7, 1, 3] * 8
    base = acc20_with_x[:8] + '0' + acc20_with_x[9:]
    for k in range(10):
        cand = base[:8] + str(k) + base[9:]
        s = bik[-3:] + cand
        if sum(int(d) * w[i] for i, d in enumerate(s)) % 10 == 0:
            return cand
    raise ValueError


def ru_account_valid(bik, acc):
    w = [7, 1, 3] * 8
    s = bik[-3:] + acc
    return len(acc) == 20 and sum(int(d) * w[i] for i, d in enumerate(s)) % 10 == 0


def ru_corr_account_valid(bik, acc):
    w = [7, 1, 3] * 8
    s = '0' + bik[4:6] + acc
    return len(acc) == 20 and sum(int(d) * w[i] for i, d in enumerate(s)) % 10 == 0


def ru_corr_account(bik, acc20_with_x):
    w = [7, 1, 3] * 8
    for k in range(10):
        cand = acc20_with_x[:8] + str(k) + acc20_with_x[9:]
        s = '0' + bik[4:6] + cand
        if sum(int(d) * w[i] for i, d in enumerate(s)) % 10 == 0:
            return cand
    raise ValueError


# --- payment references ---
def rf_reference(body):
    """ISO 11649 creditor reference RFxx<body>."""
    num = _alnum_to_digits(body + 'RF00')
    chk = 98 - int(num) % 97
    return 'RF%02d%s' % (chk, body)


def rf_valid(ref):
    s = ref.replace(' ', '')
    return s[:2] == 'RF' and int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


def pagopa_avviso(segregation2, base13):
    """Codice avviso pagoPA with aux digit 3: 3 + segregation(2) + IUV base(13) + check(2)."""
    chk = int('3' + segregation2 + base13) % 93
    return '3' + segregation2 + base13 + '%02d' % chk


def pagopa_valid(code):
    return len(code) == 18 and code[0] == '3' and int(code[:16]) % 93 == int(code[16:])


def de_creditor_id(national11):
    """SEPA creditor identifier DE..ZZZ..."""
    num = _alnum_to_digits(national11 + 'DE00')
    chk = 98 - int(num) % 97
    return 'DE%02dZZZ%s' % (chk, national11)


def luhn_ok(num):
    t = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


# --- bech32 (BIP-173) for bc1q addresses ---
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
    acc = 0
    bits = 0
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


def bech32_address(program20):
    data = [0] + _convertbits(program20, 8, 5)
    values = _hrp_expand('bc') + data
    polymod = _polymod(values + [0] * 6) ^ 1
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return 'bc1' + ''.join(_CHARSET[d] for d in data + chk)


def bech32_valid(addr):
    if not addr.startswith('bc1'):
        return False
    data = [_CHARSET.find(c) for c in addr[3:]]
    if -1 in data:
        return False
    return _polymod(_hrp_expand('bc') + data) == 1


_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def b58check(payload):
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(raw) - len(raw.lstrip(b'\0'))
    return '1' * pad + s


def b58check_valid(s):
    n = 0
    for ch in s:
        n = n * 58 + _B58.index(ch)
    pad = len(s) - len(s.lstrip('1'))
    raw = b'\0' * pad + n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def tron_address(rng):
    return b58check(b'\x41' + bytes(rng.getrandbits(8) for _ in range(20)))
