"""Check-digit helpers: IBAN (ISO 13616 mod-97) with national BBAN check digits,
Russian account control key (BIK), tax IDs and cryptocurrency address checksums.
Everything is deterministic and stdlib-only."""
import hashlib


# ---------------------------------------------------------------- IBAN
def _num(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban(cc, bban):
    bban = bban.replace(' ', '').upper()
    chk = 98 - int(_num(bban + cc + '00')) % 97
    return '%s%02d%s' % (cc, chk, bban)


def iban_ok(s):
    s = s.replace(' ', '').upper()
    return len(s) > 4 and int(_num(s[4:] + s[:4])) % 97 == 1


def grp(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# Germany: account check digit with Bundesbank method 00 (modulus 10, weights 2,1,2,...)
def de_method00(acct9):
    s = 0
    for i, ch in enumerate(reversed(acct9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return acct9 + str((10 - s % 10) % 10)


def de_iban(blz, acct9):
    return iban('DE', blz + de_method00(acct9))


# Italy: CIN letter over ABI+CAB+conto
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for i, c in enumerate(abi + cab + conto):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        s += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: two "digitos de control"
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    r = 11 - sum(int(d) * w for d, w in zip(ten, _ES_W)) % 11
    return 0 if r == 11 else (1 if r == 10 else r)


def es_iban(bank, branch, acct10):
    dc = '%d%d' % (_es_dc('00' + bank + branch), _es_dc(acct10))
    return iban('ES', bank + branch + dc + acct10)


# Poland: 8th digit of the sort code (numer rozliczeniowy) is a check digit
def pl_sort(sort7):
    s = sum(int(d) * w for d, w in zip(sort7, [3, 9, 7, 1, 3, 9, 7]))
    return sort7 + str((10 - s % 10) % 10)


def pl_iban(sort7, acct16):
    return iban('PL', pl_sort(sort7) + acct16)


def pl_nrb(ib):
    """Polish domestic NRB format: 2 + 6x4 digits"""
    d = ib[2:]
    return d[:2] + ' ' + ' '.join(d[i:i + 4] for i in range(2, 26, 4))


def gr_iban(bank3, branch4, acct16):
    return iban('GR', bank3 + branch4 + acct16.rjust(16, '0'))


def be_iban(bank3, acct7):
    n = int(bank3 + acct7) % 97
    return iban('BE', bank3 + acct7 + '%02d' % (n or 97))


def lt_iban(bank5, acct11):
    return iban('LT', bank5 + acct11)


def gb_iban(bank4, sort6, acct8):
    return iban('GB', bank4 + sort6 + acct8)


# ---------------------------------------------------------------- Russia
def _ru_key(prefix3, acct20):
    w = [7, 1, 3] * 8
    for k in range(10):
        a = acct20[:8] + str(k) + acct20[9:]
        if sum(int(d) * w[i] for i, d in enumerate(prefix3 + a)) % 10 == 0:
            return a
    raise ValueError(acct20)


def ru_account(bik, acct20):
    """settlement account (r/s) with control key for a bank identified by BIK"""
    return _ru_key(bik[-3:], acct20)


def ru_corr(bik, acct20):
    """correspondent account (k/s) at the Bank of Russia"""
    return _ru_key('0' + bik[4:6], acct20)


def ru_account_ok(bik, acct, corr=False):
    pre = ('0' + bik[4:6]) if corr else bik[-3:]
    w = [7, 1, 3] * 8
    return sum(int(d) * w[i] for i, d in enumerate(pre + acct)) % 10 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(d) * x for d, x in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# ---------------------------------------------------------------- VAT / tax IDs
def de_vat(d8):
    p = 10
    for c in d8:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return 'DE' + d8 + str(0 if c == 10 else c)


def _luhn_digit(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def it_piva(d10):
    return d10 + _luhn_digit(d10)


def pl_nip(d9):
    c = sum(int(d) * w for d, w in zip(d9, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
    if c == 10:
        raise ValueError('NIP prefix gives check 10: ' + d9)
    return d9 + str(c)


def pl_nip_fmt(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


def es_cif(letter, d7):
    a = sum(int(d7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(d7[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    return letter + d7 + (str(c) if letter in 'ABEH' else 'JABCDEFGHI'[c])


def gr_afm(d8):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(d8))
    return d8 + str(s % 11 % 10)


def gb_vat(d7):
    total = sum(int(d) * w for d, w in zip(d7, range(8, 1, -1)))
    return 'GB' + d7 + '%02d' % ((-total) % 97)


# ---------------------------------------------------------------- Bitcoin
_B32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frm, to):
    acc = bits = 0
    ret = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret


def bech32_segwit(program, hrp='bc', witver=0):
    data = [witver] + _convertbits(program, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition('1')
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


def btc_p2wpkh(seed):
    # 20-byte witness program derived from a seed (sha256 only, so the result
    # does not depend on whether OpenSSL offers ripemd160)
    return bech32_segwit(hashlib.sha256(seed.encode()).digest()[:20])


_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check(payload):
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    return '1' * (len(raw) - len(raw.lstrip(b'\0'))) + s


def base58check_ok(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


# ---------------------------------------------------------------- self test
def selftest():
    assert iban_ok('GB29NWBK60161331926819')
    assert gb_iban('NWBK', '601613', '31926819') == 'GB29NWBK60161331926819'
    assert it_iban('05428', '11101', '000000123456') == 'IT60X0542811101000000123456'
    assert es_iban('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    assert be_iban('539', '0075470') == 'BE68539007547034'
    assert pl_sort('1140200') == '11402004'
    assert ru_corr('044525225', '30101810000000000225') == '30101810400000000225'
    assert ru_corr('044525974', '30101810045250000974') == '30101810145250000974'
    assert ru_corr('044030653', '30101810000000000653') == '30101810500000000653'
    assert bech32_segwit(bytes.fromhex('751e76e8199196d454941c45d1b3a323f1433bd6')) == \
        'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'
    assert base58check(bytes.fromhex('00' + '751e76e8199196d454941c45d1b3a323f1433bd6')) == \
        '1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH'
    assert ru_inn10('770708389') == '7707083893'  # Sberbank INN
    return True


if __name__ == '__main__':
    print(selftest())
