"""Check-digit helpers: IBAN (mod 97) and national BBAN check digits,
VAT / tax numbers, Russian bank accounts (BIK control key), Bitcoin
addresses (bech32 / base58check).  Standard library only."""
import hashlib


# ---------------------------------------------------------------- IBAN
def _num(s):
    return int(''.join(str(int(ch, 36)) for ch in s))


def iban(cc, bban):
    bban = bban.replace(' ', '').upper()
    chk = 98 - _num(bban + cc + '00') % 97
    return '%s%02d%s' % (cc, chk, bban)


def iban_ok(s):
    s = s.replace(' ', '').upper()
    return len(s) > 4 and _num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# Italy: CIN
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def _it_val(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        v = _it_val(ch)
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: CCC control digits
def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * w[i] for i, d in enumerate(digits10)) % 11
    return {11: 0, 10: 1}.get(r, r)


def es_iban(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta))
    return iban('ES', entidad + oficina + dc + cuenta)


# Poland: sort code check digit (8th digit of the bank code)
def pl_sortcode(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    return seven + str((10 - sum(int(d) * w[i] for i, d in enumerate(seven)) % 10) % 10)


def pl_iban(bank7, account16):
    return iban('PL', pl_sortcode(bank7) + account16)


def pl_nrb(iban_s):
    s = iban_s.replace(' ', '')[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, len(s), 4))


# Belgium: last 2 digits = first 10 mod 97
def be_iban(bank3, acct7):
    first = bank3 + acct7
    c = int(first) % 97 or 97
    return iban('BE', first + '%02d' % c)


# Slovakia: account prefix/number weighted mod 11
def sk_valid_part(num, weights):
    num = num.rjust(len(weights), '0')
    return sum(int(d) * w for d, w in zip(num, weights)) % 11 == 0


def sk_iban(bank4, prefix6, account10):
    assert sk_valid_part(prefix6, [10, 5, 8, 4, 2, 1])
    assert sk_valid_part(account10, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1])
    return iban('SK', bank4 + prefix6 + account10)


def sk_fix_account(stem9):
    """Append a 10th digit so that the account passes the mod-11 test."""
    for d in range(10):
        a = stem9 + str(d)
        if sk_valid_part(a, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]):
            return a
    return None


# Portugal: NIB check digits
def pt_iban(bank4, branch4, account11):
    base = bank4 + branch4 + account11
    chk = 98 - int(base + '00') % 97
    return iban('PT', base + '%02d' % chk)


def de_iban(blz, konto):
    return iban('DE', blz + konto.rjust(10, '0'))


def gr_iban(bank3, branch4, acct16):
    return iban('GR', bank3 + branch4 + acct16.rjust(16, '0'))


def gb_iban(bank4, sort6, acct8):
    return iban('GB', bank4 + sort6 + acct8)


def lt_iban(bank5, acct11):
    return iban('LT', bank5 + acct11)


def bg_iban(bank4, branch4, type2, acct8):
    return iban('BG', bank4 + branch4 + type2 + acct8)


def nl_iban(bank4, acct10):
    return iban('NL', bank4 + acct10)


# ------------------------------------------------------------ tax IDs
def de_vat(eight):
    p = 10
    for d in eight:
        s = (int(d) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    if c == 10:
        return None
    return 'DE' + eight + str(c % 10)


def de_vat_any(stem):
    stem = list(stem)
    while True:
        v = de_vat(''.join(stem))
        if v:
            return v
        stem[-1] = str((int(stem[-1]) + 1) % 10)


def it_piva(ten):
    tot = 0
    for i, ch in enumerate(ten):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return ten + str((10 - tot % 10) % 10)


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        c = sum(int(d) * w[i] for i, d in enumerate(nine)) % 11
        if c != 10:
            n = nine + str(c)
            return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])
        nine = nine[:-1] + str((int(nine[-1]) + 1) % 10)


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = 2 * int(seven[i])
        b += d // 10 + d % 10
    c = (10 - (a + b) % 10) % 10
    if letter in 'PQRSNW':
        return letter + seven + 'JABCDEFGHI'[c]
    return letter + seven + str(c)


def gr_afm(eight):
    while True:
        c = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight)) % 11 % 10
        return eight + str(c)


def gb_vat(seven):
    s = sum(int(d) * w for d, w in zip(seven, [8, 7, 6, 5, 4, 3, 2]))
    c = (-s) % 97
    n = seven + '%02d' % c
    return 'GB %s %s %s' % (n[:3], n[3:7], n[7:])


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(d) * w[i] for i, d in enumerate(nine)) % 11 % 10)


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def _ru_key_ok(prefix3, acct20):
    s = prefix3 + acct20
    w = [7, 1, 3] * 8
    return sum(int(d) * w[i] for i, d in enumerate(s)) % 10 == 0


def ru_account(bik, acct_with_x):
    """acct_with_x: 20 chars with 'X' at position 9 (index 8)."""
    assert len(acct_with_x) == 20 and acct_with_x[8] == 'X'
    for k in range(10):
        a = acct_with_x[:8] + str(k) + acct_with_x[9:]
        if _ru_key_ok(bik[-3:], a):
            return a
    raise ValueError


def ru_corr_account(bik):
    """Correspondent account 30101810X0000000 0YYY of a credit institution."""
    base = '30101810X00000000' + bik[-3:]
    for k in range(10):
        a = base[:8] + str(k) + base[9:]
        if _ru_key_ok('0' + bik[4:6], a):
            return a
    raise ValueError


def ru_account_ok(bik, acct):
    return _ru_key_ok(bik[-3:], acct)


def ru_corr_ok(bik, acct):
    return _ru_key_ok('0' + bik[4:6], acct)


# -------------------------------------------------------------- Bitcoin
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


def bech32_segwit(hrp, witver, program):
    data = [witver] + _convertbits(program, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, data = addr.rpartition('1')
    vals = [_B32.index(c) for c in data]
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


def btc_p2wpkh(seed):
    return bech32_segwit('bc', 0, hashlib.sha256(seed.encode()).digest()[:20])


def btc_p2pkh(seed):
    return base58check(0, hashlib.sha256(seed.encode()).digest()[:20])


def selftest():
    assert it_iban('05428', '11101', '000000123456') == 'IT60X0542811101000000123456'
    assert es_iban('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    assert pl_sortcode('1090101') == '10901014'
    assert iban_ok('BE68539007547034') and be_iban('539', '0075470') == 'BE68539007547034'
    assert iban_ok('DE89370400440532013000')
    assert ru_corr_account('044030653') == '30101810500000000653'
    assert ru_corr_account('044525593') == '30101810200000000593'
    assert ru_inn10('770708389') == '7707083893'
    assert es_cif('B', '1234567') == 'B12345674'
    # BIP173 test vector
    assert bech32_segwit('bc', 0, bytes.fromhex('751e76e8199196d454941c45d1b3a323f1433bd6')) == \
        'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'
    assert base58check(0, bytes.fromhex('010966776006953d5567439e5e39f86a0d273bee')) == \
        '16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM'
    return True
