"""Bank account numbers, tax ids and crypto addresses with valid checks."""
import hashlib

# ------------------------------------------------------------------ IBAN
LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22,
       'LT': 20, 'FR': 27, 'CY': 28, 'NL': 18, 'BG': 22, 'LV': 21,
       'IE': 22, 'PT': 25, 'AT': 20, 'BE': 16}


def _num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban(cc, bban):
    bban = bban.replace(' ', '').upper()
    chk = 98 - _num(bban + cc + '00') % 97
    ib = '%s%02d%s' % (cc, chk, bban)
    assert len(ib) == LEN[cc], (ib, len(ib))
    assert iban_ok(ib)
    return ib


def iban_ok(ib):
    ib = ib.replace(' ', '')
    return _num(ib[4:] + ib[:4]) % 97 == 1


def fmt_iban(ib):
    ib = ib.replace(' ', '')
    return ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))


# Italy: CIN letter over ABI+CAB+conto (22 chars)
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    assert len(s) == 22
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: two control digits (DC) for entity+office and account
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(digits10):
    d = 11 - sum(int(c) * w for c, w in zip(digits10, _ES_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(entity, office, account):
    dc = '%d%d' % (_es_dc('00' + entity + office), _es_dc(account))
    return iban('ES', entity + office + dc + account)


# Poland: 8-digit sort code with check digit (weights 3,9,7,1,3,9,7)
def pl_sort(seven):
    s = sum(int(c) * w for c, w in zip(seven, [3, 9, 7, 1, 3, 9, 7]))
    return seven + str((10 - s % 10) % 10)


def iban_pl(bank7, account16):
    return iban('PL', pl_sort(bank7) + account16)


def nrb(ib):
    """Polish domestic format: 26 digits in groups 2+4x6."""
    d = ib[2:]
    return d[:2] + ' ' + ' '.join(d[i:i + 4] for i in range(2, 26, 4))


# Germany: BLZ + 10-digit account (bank-specific check methods not modelled)
def iban_de(blz, kto):
    return iban('DE', blz + kto.rjust(10, '0'))


def iban_gb(bank, sort, acc):
    return iban('GB', bank + sort + acc)


def iban_gr(bank3, branch4, acc16):
    return iban('GR', bank3 + branch4 + acc16)


def iban_lt(bank5, acc11):
    return iban('LT', bank5 + acc11)


# ------------------------------------------------------------ Russia
def ru_account(bik, prefix8, rest11):
    """20-digit settlement account with control key (pos. 9) valid for
    the bank identified by BIK (weights 7,1,3 over BIK[-3:]+account)."""
    for k in range(10):
        acc = prefix8 + str(k) + rest11
        if ru_account_ok(bik, acc):
            return acc
    raise AssertionError


def ru_account_ok(bik, acc, corr=False):
    base = ('0' + bik[4:6] if corr else bik[-3:]) + acc
    w = [7, 1, 3] * 8
    return sum(int(c) * w[i] for i, c in enumerate(base)) % 10 == 0


def ru_corr(bik):
    """Correspondent account 30101810 . K . 0000000 + BIK[-3:]"""
    for k in range(10):
        acc = '30101810' + str(k) + '00000000' + bik[-3:]
        if ru_account_ok(bik, acc, corr=True):
            return acc
    raise AssertionError


def inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(c) * x for c, x in zip(nine, w)) % 11 % 10)


def ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# ------------------------------------------------------------ VAT ids
def de_ustid(eight):
    p = 10
    for c in eight:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    ch = 11 - p
    if ch == 10:
        ch = 0
    return 'DE' + eight + str(ch)


def it_piva(ten):
    s = 0
    for i, c in enumerate(ten):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return ten + str((10 - s % 10) % 10)


def pl_nip(nine):
    s = sum(int(c) * w for c, w in zip(nine, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
    assert s != 10
    return nine + str(s)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = 2 * int(seven[i])
        b += x // 10 + x % 10
    return letter + seven + str((10 - (a + b) % 10) % 10)


def gr_afm(eight):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(eight))
    return eight + str(s % 11 % 10)


def gb_vat(seven):
    s = sum(int(c) * w for c, w in zip(seven, [8, 7, 6, 5, 4, 3, 2]))
    chk = (-s) % 97
    return seven + '%02d' % chk


# ------------------------------------------------------------ crypto
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
    acc = bits = 0
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
    """P2WPKH (witness v0, 20-byte program) address, BIP-173 checksum."""
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_ok(a):
    hrp, _, d = a.rpartition('1')
    data = [_B32.index(c) for c in d]
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(raw) - len(raw.lstrip(b'\0'))
    return '1' * pad + s


def p2pkh_address(seed):
    h = hashlib.sha256(('p2pkh' + seed).encode()).digest()[:20]
    return base58check(b'\x00' + h)


def base58check_ok(a):
    n = 0
    for c in a:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


if __name__ == '__main__':
    # ISO 13616 example + self checks
    assert iban_ok('GB82WEST12345698765432')
    assert iban_ok('DE89370400440532013000')
    assert iban_es('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    assert bech32_ok('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')
    print(iban_it('03069', '09606', '100000000123'), bech32_address('x'),
          p2pkh_address('x'))
