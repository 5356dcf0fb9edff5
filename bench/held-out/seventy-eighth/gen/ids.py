"""Account numbers and registration numbers with correct check digits.

IBAN (ISO 13616 mod-97) plus national check digits where the algorithm is
public: Italian CIN, Spanish DC, Polish sort-code digit, Russian account key
(BIK based), Russian INN/OGRN, Polish NIP, Italian P.IVA, Greek AFM, German
USt-IdNr, Spanish CIF, UK VAT.
"""


def iban(country, bban):
    bban = bban.replace(' ', '').upper()
    s = bban + country + '00'
    num = int(''.join(str(int(c, 36)) for c in s))
    return '%s%02d%s' % (country, 98 - num % 97, bban)


def iban_ok(i):
    i = i.replace(' ', '')
    s = i[4:] + i[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


def fmt(i):
    i = i.replace(' ', '')
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))


# --- Germany -------------------------------------------------------------
def de_iban(blz, konto):
    return iban('DE', blz + konto.zfill(10))


# --- Italy ---------------------------------------------------------------
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto.zfill(12)
    tot = 0
    for pos, ch in enumerate(s, 1):
        v = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        tot += _CIN_ODD[v] if pos % 2 == 1 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain ---------------------------------------------------------------
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_d(ten):
    d = 11 - sum(int(c) * w for c, w in zip(ten, _ES_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_iban(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_d('00' + entidad + oficina), _es_d(cuenta.zfill(10)))
    return iban('ES', entidad + oficina + dc + cuenta.zfill(10))


# --- Poland --------------------------------------------------------------
def pl_sort(bank3, branch4):
    s = bank3 + branch4
    tot = sum(int(c) * w for c, w in zip(s, [3, 9, 7, 1, 3, 9, 7]))
    return s + str((10 - tot % 10) % 10)


def pl_iban(bank3, branch4, acct16):
    return iban('PL', pl_sort(bank3, branch4) + acct16.zfill(16))


def pl_nrb(i):
    """Domestic 26-digit format as printed on Polish invoices."""
    d = i.replace(' ', '')[2:]
    return d[:2] + ' ' + ' '.join(d[k:k + 4] for k in range(2, 26, 4))


def pl_nip(first9):
    tot = sum(int(c) * w for c, w in zip(first9, [6, 5, 7, 2, 3, 4, 5, 6, 7]))
    c = tot % 11
    if c == 10:
        raise ValueError('invalid NIP stem')
    return first9 + str(c)


def fmt_nip(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


# --- Greece / Lithuania / UK / others (mod-97 only) ----------------------
def gr_iban(bank3, branch4, acct16):
    return iban('GR', bank3 + branch4 + acct16.zfill(16))


def lt_iban(bank5, acct11):
    return iban('LT', bank5 + acct11.zfill(11))


def gb_iban(bank4, sort6, acct8):
    return iban('GB', bank4 + sort6 + acct8)


def gr_afm(first8):
    tot = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(first8))
    return first8 + str(tot % 11 % 10)


def it_piva(first10):
    tot = 0
    for i, c in enumerate(first10):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return first10 + str((10 - tot % 10) % 10)


def de_ustid(first8):
    product = 10
    for c in first8:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    check = 11 - product
    return 'DE' + first8 + str(0 if check == 10 else check)


def es_cif(letter, seven):
    even = sum(int(seven[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        odd += d // 10 + d % 10
    return letter + seven + str((10 - (even + odd) % 10) % 10)


def gb_vat(first7):
    tot = sum(int(c) * w for c, w in zip(first7, [8, 7, 6, 5, 4, 3, 2]))
    chk = (-tot) % 97
    return 'GB' + first7 + '%02d' % chk


# --- Russia --------------------------------------------------------------
_RU_W = [7, 1, 3] * 8


def ru_account_ok(bik, acct, corr=False):
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    s = prefix + acct
    return sum((int(c) * w) % 10 for c, w in zip(s, _RU_W)) % 10 == 0


def ru_account(bik, first8, last11, corr=False):
    """first8 = balance account (5) + currency (3); key goes to position 9."""
    for k in range(10):
        acct = first8 + str(k) + last11
        if ru_account_ok(bik, acct, corr):
            return acct
    raise ValueError


def ru_inn10(first9):
    tot = sum(int(c) * w for c, w in zip(first9, [2, 4, 10, 3, 5, 9, 4, 6, 8]))
    return first9 + str(tot % 11 % 10)


def ru_inn12(first10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n11 = sum(int(c) * w for c, w in zip(first10, w1)) % 11 % 10
    s = first10 + str(n11)
    n12 = sum(int(c) * w for c, w in zip(s, w2)) % 11 % 10
    return s + str(n12)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


def selftest():
    assert iban_ok('DE89370400440532013000')
    assert iban_ok('GB82WEST12345698765432')
    assert pl_sort('114', '0200') == '11402004'
    assert it_cin('03069', '09606', '100000000001') in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    assert es_iban('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    assert it_iban('05428', '11101', '000000123456') == 'IT60X0542811101000000123456'
    assert ru_account_ok('044030653', '30101810500000000653', corr=True)
    return True
