"""Check-digit algorithms: IBAN (+ national BBAN checks), Russian BIK keys,
VAT / tax numbers, Bitcoin bech32 and base58check."""
import hashlib

# --------------------------------------------------------------------------
# IBAN
# --------------------------------------------------------------------------
IBAN_LEN = {'DE': 22, 'IT': 27, 'ES': 24, 'PL': 28, 'GR': 27, 'GB': 22, 'LT': 20,
            'SK': 24, 'NL': 18, 'BE': 16, 'FR': 27, 'PT': 25, 'BG': 22, 'CY': 28,
            'IE': 22, 'LV': 21, 'EE': 20, 'HR': 21, 'RO': 24}


def _num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban(cc, bban):
    bban = bban.replace(' ', '').upper()
    chk = 98 - _num(bban + cc + '00') % 97
    s = '%s%02d%s' % (cc, chk, bban)
    assert len(s) == IBAN_LEN[cc], (s, len(s))
    assert iban_ok(s)
    return s


def iban_ok(s):
    s = s.replace(' ', '').upper()
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _num(s[4:] + s[:4]) % 97 == 1


def pretty(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# --- Italy: CIN -----------------------------------------------------------
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    assert len(s) == 22
    total = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
            idx = v
        else:
            idx = ord(c) - 65
            v = idx
        if i % 2 == 0:       # odd position (1-based)
            total += _CIN_ODD[idx]
        else:
            total += idx
    return chr(65 + total % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: DC ------------------------------------------------------------
def _es_digit(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    s = sum(int(d) * w[i] for i, d in enumerate(digits))
    r = 11 - s % 11
    return {10: 1, 11: 0}.get(r, r)


def es_iban(entidad, oficina, cuenta):
    d1 = _es_digit('00' + entidad + oficina)
    d2 = _es_digit(cuenta)
    return iban('ES', entidad + oficina + '%d%d' % (d1, d2) + cuenta)


# --- Poland: bank sort code check digit -------------------------------------
def pl_sort(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * w[i] for i, d in enumerate(seven))
    return seven + str((10 - s % 10) % 10)


def pl_iban(sort7, account16):
    return iban('PL', pl_sort(sort7) + account16)


def pl_nrb(sort7, account16):
    """Polish domestic 26-digit NRB (IBAN without 'PL')."""
    return pl_iban(sort7, account16)[2:]


# --- Slovakia / Czech account number weights --------------------------------
def sk_account_ok(prefix6, num10):
    wp = [10, 5, 8, 4, 2, 1]
    wn = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    return (sum(int(d) * wp[i] for i, d in enumerate(prefix6)) % 11 == 0 and
            sum(int(d) * wn[i] for i, d in enumerate(num10)) % 11 == 0)


def sk_iban(bank4, prefix6, seed10):
    wn = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    n = list(seed10)
    for last in range(10):
        for pos in range(9, -1, -1):
            for d in range(10):
                n2 = n[:]
                n2[pos] = str(d)
                if sum(int(x) * wn[i] for i, x in enumerate(n2)) % 11 == 0:
                    num = ''.join(n2)
                    assert sk_account_ok(prefix6, num)
                    return iban('SK', bank4 + prefix6 + num)
    raise ValueError


# --- Germany: Kontonummer method 00 (Luhn-like) ------------------------------
def de_method00(nine):
    w = [2, 1, 2, 1, 2, 1, 2, 1, 2]
    s = 0
    for i, d in enumerate(reversed(nine)):
        p = int(d) * w[i]
        s += p // 10 + p % 10
    return nine + str((10 - s % 10) % 10)


def de_iban(blz, konto, method00=False):
    if method00:
        konto = de_method00(konto.rjust(9, '0')[-9:])
    return iban('DE', blz + konto.rjust(10, '0'))


# --------------------------------------------------------------------------
# Russia: BIK / account control key, INN, KPP
# --------------------------------------------------------------------------
_RU_W = [7, 1, 3] * 8


def ru_key_ok(bik, account, corr=False):
    pre = ('0' + bik[4:6]) if corr else bik[-3:]
    s = pre + account
    return sum((int(d) * _RU_W[i]) % 10 for i, d in enumerate(s)) % 10 == 0


def ru_account(bik, acct20, corr=False):
    """acct20: 20 digits; position 9 (index 8) is replaced by the control key."""
    pre = ('0' + bik[4:6]) if corr else bik[-3:]
    a = acct20[:8] + '0' + acct20[9:]
    s = pre + a
    tot = sum((int(d) * _RU_W[i]) % 10 for i, d in enumerate(s))
    k = ((tot % 10) * 3) % 10
    res = acct20[:8] + str(k) + acct20[9:]
    assert ru_key_ok(bik, res, corr), res
    return res


def ru_corr(bik):
    return ru_account(bik, '30101810' + '0' + '00000000' + bik[-3:], corr=True)


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(d) * w[i] for i, d in enumerate(nine)) % 11 % 10)


def ru_inn_ok(inn):
    return len(inn) == 10 and ru_inn10(inn[:9]) == inn


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# --------------------------------------------------------------------------
# VAT / tax numbers
# --------------------------------------------------------------------------
def de_ustid(eight):
    p = 10
    for d in eight:
        s = (int(d) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    if c == 10:
        c = 0
    return 'DE' + eight + str(c)


def it_piva(ten):
    s = 0
    for i, d in enumerate(ten):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return ten + str((10 - s % 10) % 10)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        v = int(seven[i]) * 2
        b += v // 10 + v % 10
    c = (10 - (a + b) % 10) % 10
    if letter in 'PQRSNW':
        return letter + seven + 'JABCDEFGHI'[c]
    return letter + seven + str(c)


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * w[i] for i, d in enumerate(nine)) % 11
    if c == 10:
        raise ValueError('choose other digits')
    return nine + str(c)


def fmt_nip(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


def gr_afm(eight):
    s = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def gb_vat(seven):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * w[i] for i, d in enumerate(seven))
    c = (-s) % 97
    return seven + '%02d' % c


def gb_vat_ok(nine):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * w[i] for i, d in enumerate(nine[:7])) + int(nine[7:])
    return s % 97 == 0


# --------------------------------------------------------------------------
# Bitcoin
# --------------------------------------------------------------------------
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


def _convertbits(data, frombits, tobits, pad=True):
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
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_address(seed, hrp='bc'):
    prog = hashlib.new('sha256', ('btc:' + seed).encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_ok(addr):
    addr = addr.lower()
    pos = addr.rfind('1')
    hrp, data = addr[:pos], addr[pos + 1:]
    try:
        vals = [_B32.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b'\0'))
    return '1' * pad + out


def base58check_ok(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    pad = len(s) - len(s.lstrip('1'))
    raw = b'\0' * pad + n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def p2pkh_address(seed):
    return base58check(0, hashlib.sha256(('p2pkh:' + seed).encode()).digest()[:20])


# --------------------------------------------------------------------------
# self-test with published reference values
# --------------------------------------------------------------------------
def selftest():
    assert iban_ok('DE89370400440532013000')
    assert iban_ok('GB82WEST12345698765432')
    assert iban_ok('IT60X0542811101000000123456')
    assert it_cin('05428', '11101', '000000123456') == 'X'
    assert iban_ok('ES9121000418450200051332')
    assert es_iban('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    assert pl_sort('1140200') == '11402004'
    assert iban_ok('PL61109010140000071219812874')
    assert pl_sort('1090101') == '10901014'
    assert iban_ok('GR1601101250000000012300695')
    # Sberbank Moscow: BIK 044525225, corr. 30101810400000000225
    assert ru_corr('044525225') == '30101810400000000225'
    assert ru_corr('044525593') == '30101810200000000593'
    assert ru_inn_ok('7707083893')          # Sberbank INN
    assert bech32_ok('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')
    assert base58check_ok('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')
    assert de_ustid('13645845')[-1] in '0123456789'
    assert gb_vat_ok(gb_vat('9876543'))
    return True


if __name__ == '__main__':
    print(selftest())
