"""Check-digit helpers: IBAN (ISO 13616 mod-97) with national check digits
where known, Russian BIK/account control key, tax IDs, Bitcoin bech32."""

import hashlib


# ---------------------------------------------------------------- IBAN
def _mod97(s):
    num = ''.join(str(int(ch, 36)) for ch in s)
    return int(num) % 97


def iban(cc, bban):
    bban = bban.upper()
    chk = 98 - _mod97(bban + cc + '00')
    return '%s%02d%s' % (cc, chk, bban)


def iban_valid(i):
    i = i.replace(' ', '').upper()
    return _mod97(i[4:] + i[:4]) == 1


def fmt_iban(i):
    i = i.replace(' ', '')
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))


def de_iban(blz, acct):
    return iban('DE', blz + acct.zfill(10))


# Italian CIN (same tables as the codice fiscale control character)
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    assert len(s) == 22
    total = 0
    for pos, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _IT_ODD[v] if pos % 2 == 0 else v
    return chr(65 + total % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# Spanish CCC control digits
def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * k for d, k in zip(digits10, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def es_iban(ent, ofi, cuenta):
    dc = '%d%d' % (_es_dc('00' + ent + ofi), _es_dc(cuenta))
    return iban('ES', ent + ofi + dc + cuenta)


# Polish sort code (numer rozliczeniowy) check digit
def pl_sort(sort7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * k for d, k in zip(sort7, w))
    return sort7 + str((10 - s % 10) % 10)


def pl_iban(sort7, acct16):
    return iban('PL', pl_sort(sort7) + acct16)


def pl_nrb(i):
    """Polish domestic NRB = IBAN without 'PL'."""
    return i[2:]


def fmt_nrb(i):
    """'PL61109010140000071219812874' -> '61 1090 1014 0000 0712 1981 2874'"""
    n = i[2:] if i[:2].isalpha() else i
    return n[:2] + ' ' + ' '.join(n[k:k + 4] for k in range(2, len(n), 4))


def gr_iban(bank3, branch4, acct16):
    return iban('GR', bank3 + branch4 + acct16)


def bg_iban(bic4, branch4, type2, acct8):
    return iban('BG', bic4 + branch4 + type2 + acct8)


def lt_iban(bank5, acct11):
    return iban('LT', bank5 + acct11)


def gb_iban(bic4, sort6, acct8):
    return iban('GB', bic4 + sort6 + acct8)


def sk_iban(bank4, prefix6, acct10):
    return iban('SK', bank4 + prefix6 + acct10)


# ---------------------------------------------------------------- Russia
_RU_W = [7, 1, 3] * 8


def _ru_key_ok(s23):
    return sum(int(d) * w for d, w in zip(s23, _RU_W)) % 10 == 0


def ru_account(bik, acct20):
    """Return account with control key (9th digit) fixed for a settlement
    account held at a credit institution identified by BIK."""
    assert len(acct20) == 20
    for k in '0123456789':
        a = acct20[:8] + k + acct20[9:]
        if _ru_key_ok(bik[-3:] + a):
            return a
    raise ValueError


def ru_corr_account(bik, corr20):
    for k in '0123456789':
        a = corr20[:8] + k + corr20[9:]
        if _ru_key_ok('0' + bik[4:6] + a):
            return a
    raise ValueError


def ru_account_valid(bik, acct):
    return _ru_key_ok(bik[-3:] + acct)


def ru_corr_valid(bik, corr):
    return _ru_key_ok('0' + bik[4:6] + corr)


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(d) * k for d, k in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# ---------------------------------------------------------------- VAT / tax IDs
def de_ustid(first8):
    product = 10
    for d in first8:
        s = (int(d) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    c = 11 - product
    return 'DE' + first8 + str(0 if c == 10 else c)


def it_piva(first10):
    s = 0
    for i, d in enumerate(first10):
        d = int(d)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return first10 + str((10 - s % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * k for d, k in zip(first9, w)) % 11
    assert c != 10, 'choose other digits'
    return first9 + str(c)


def fmt_nip(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


def gr_afm(first8):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(s % 11 % 10)


def es_cif(letter, first7):
    a = sum(int(first7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(first7[i]) * 2
        b += x // 10 + x % 10
    return letter + first7 + str((10 - (a + b) % 10) % 10)


def gb_vat(first7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * k for d, k in zip(first7, w))
    c = (-s) % 97          # classic mod-97 scheme
    return 'GB' + first7 + '%02d' % c


# ---------------------------------------------------------------- Bitcoin bech32
_B32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


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


def bech32_p2wpkh(seed, hrp='bc'):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition('1')
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


if __name__ == '__main__':
    # self tests with published values
    assert iban_valid('DE89370400440532013000')
    assert iban_valid('GB82WEST12345698765432')
    assert ru_corr_valid('044525225', '30101810400000000225')   # Sberbank
    assert ru_corr_valid('044525974', '30101810145250000974')   # T-Bank
    assert it_iban('03069', '09606', '100000000001') == it_iban('03069', '09606', '100000000001')
    assert bech32_valid('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')
    print(bech32_p2wpkh('x'), bech32_valid(bech32_p2wpkh('x')))
    print('X' in it_iban('03069', '11112', '000100101010'))
    print(de_ustid('13661006'), it_piva('0123456789'), pl_nip('725123456'))
    print(ru_corr_valid('042406608', '30101810000000000608'))
    print('ok')
