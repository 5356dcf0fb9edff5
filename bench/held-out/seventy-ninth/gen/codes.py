"""Check-digit helpers: IBAN (mod 97) with national check digits where known,
Russian bank account control key (BIK), company tax numbers, Bitcoin addresses.
Standard library only, fully deterministic."""
import hashlib


# ---------------------------------------------------------------- IBAN
def _num(s):
    return int(''.join(str(int(c, 36)) for c in s))


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


# Germany: BLZ + 10-digit account (bank-specific account check methods not modelled)
def de_iban(blz, konto):
    return iban('DE', blz + konto.zfill(10))


# Italy: CIN + ABI + CAB + conto (12)
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: entidad + oficina + DC + cuenta
def _es_d(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(digits10)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_iban(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_d('00' + entidad + oficina), _es_d(cuenta))
    return iban('ES', entidad + oficina + dc + cuenta)


# Poland: 8-digit sort code (7 + check digit, weights 3 9 7 1 3 9 7) + 16-digit account
def pl_sort(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    return seven + str((10 - sum(int(c) * w[i] for i, c in enumerate(seven)) % 10) % 10)


def pl_iban(seven, account16):
    return iban('PL', pl_sort(seven) + account16)


def pl_nrb(iban_s):
    """Polish domestic NRB (IBAN without 'PL'), grouped 2+4*6."""
    s = iban_s.replace(' ', '')[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, len(s), 4))


def gr_iban(bank3, branch4, acct16):
    return iban('GR', bank3 + branch4 + acct16.zfill(16))


def gb_iban(bank4, sort6, acct8):
    return iban('GB', bank4 + sort6 + acct8)


def cy_iban(bank3, branch5, acct16):
    return iban('CY', bank3 + branch5 + acct16.zfill(16))


def lt_iban(bank5, acct11):
    return iban('LT', bank5 + acct11)


# Belgium: bank(3) + account(7) + national check (mod 97, 0 -> 97)
def be_iban(bank3, acct7):
    c = int(bank3 + acct7) % 97 or 97
    return iban('BE', bank3 + acct7 + '%02d' % c)


# Portugal: banco(4) balcao(4) conta(11) NIB check (97 - (n*100 % 97))
def pt_iban(banco, balcao, conta):
    n = int(banco + balcao + conta)
    c = 98 - (n * 100) % 97
    return iban('PT', banco + balcao + conta + '%02d' % c)


# ---------------------------------------------------------------- Russia
def ru_key(bik, acct20, corr=False):
    """Return acct20 with the control digit (position 9) set for this BIK."""
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    a = acct20[:8] + '0' + acct20[9:]
    w = [7, 1, 3] * 8
    s = sum(int(d) * w[i] for i, d in enumerate(prefix + a)) % 10
    k = (-s * 7) % 10
    return a[:8] + str(k) + a[9:]


def ru_key_ok(bik, acct20, corr=False):
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    w = [7, 1, 3] * 8
    return sum(int(d) * w[i] for i, d in enumerate(prefix + acct20)) % 10 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(c) * w[i] for i, c in enumerate(nine)) % 11 % 10)


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# ---------------------------------------------------------------- VAT / tax ids
def de_ustid(eight):
    p = 10
    for c in eight:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return 'DE' + eight + str(0 if c == 10 else c)


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
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(x) * w[i] for i, x in enumerate(nine)) % 11
    assert c != 10, nine
    return nine + str(c)


def es_cif(letter, seven):
    s = 0
    for i, c in enumerate(seven):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        s += d
    return letter + seven + str((10 - s % 10) % 10)


def gr_afm(eight):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(eight))
    return eight + str(s % 11 % 10)


def gb_vat(seven):
    s = sum(int(c) * (8 - i) for i, c in enumerate(seven))
    c = (-s) % 97
    return 'GB' + seven + '%02d' % c


# ---------------------------------------------------------------- containers
def iso6346(ten):
    """Append the ISO 6346 check digit to owner code + category + 6-digit serial."""
    vals, v = {}, 10
    for ch in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ':
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    s = sum((vals[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(ten))
    return ten + str(s % 11 % 10)


# ---------------------------------------------------------------- Bitcoin
_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def b58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b'\0'))
    return '1' * pad + out


def b58check_ok(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    pad = len(s) - len(s.lstrip('1'))
    raw = b'\0' * pad + n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


_BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
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


def bech32_addr(program, hrp='bc', witver=0):
    data = [witver] + _convertbits(program, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_BECH[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, data = addr.rpartition('1')
    return _polymod(_hrp_expand(hrp) + [_BECH.index(c) for c in data]) == 1


def btc_bech32(seed):
    return bech32_addr(hashlib.sha256(seed.encode()).digest()[:20])


def btc_legacy(seed):
    return b58check(0, hashlib.sha256(seed.encode()).digest()[:20])


if __name__ == '__main__':
    # self tests against published values
    assert iban_ok('DE89370400440532013000')
    assert iban('DE', '370400440532013000') == 'DE89370400440532013000'
    assert iban_ok('GB29NWBK60161331926819')
    assert it_iban('05428', '11101', '000000123456') == 'IT60X0542811101000000123456'
    assert es_iban('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    assert pl_iban('1090101', '0000071219812874') == 'PL61109010140000071219812874'
    assert be_iban('539', '0075470') == 'BE68539007547034'
    assert pt_iban('0002', '0123', '12345678901') == 'PT50000201231234567890154'
    assert ru_key_ok('044525225', '30101810400000000225', corr=True)
    assert ru_key_ok('044030653', '30101810500000000653', corr=True)
    assert ru_inn10('770708389') == '7707083893'  # Sberbank INN
    assert bech32_ok('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')
    assert b58check_ok('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')
    assert iso6346('CSQU305438') == 'CSQU3054383'
    print('codes ok')
