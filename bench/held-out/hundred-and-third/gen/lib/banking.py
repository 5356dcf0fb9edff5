"""IBAN and national account check digits, Russian BIK control key."""


def iban_check_digits(country, bban):
    s = bban + country + '00'
    num = ''.join(str(int(c, 36)) for c in s)
    return '%02d' % (98 - int(num) % 97)


def make_iban(country, bban):
    return country + iban_check_digits(country, bban) + bban


def iban_valid(iban):
    iban = iban.replace(' ', '')
    s = iban[4:] + iban[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


def fmt_iban(iban):
    return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))


# --- Germany: Pruefziffermethode 00 (Modulus 10, weights 2,1,2,1 from the right)
def de_method00(account9):
    assert len(account9) == 9
    total = 0
    for i, d in enumerate(reversed(account9)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return str((10 - total % 10) % 10)


def de_iban(blz, account9):
    acct = account9 + de_method00(account9)
    return make_iban('DE', blz + acct.rjust(10, '0'))


# --- Italy: CIN
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_val(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = _it_val(c)
        tot += _ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto12):
    conto12 = conto12.rjust(12, '0')
    return make_iban('IT', it_cin(abi, cab, conto12) + abi + cab + conto12)


# --- Spain: DC
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    s = sum(int(d) * w for d, w in zip(ten, _ES_W))
    r = 11 - s % 11
    return {11: 0, 10: 1}.get(r, r)


def es_iban(entidad, oficina, cuenta10):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta10))
    return make_iban('ES', entidad + oficina + dc + cuenta10)


# --- Poland: sort code (numer rozliczeniowy) check digit
def pl_sortcode(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def pl_iban(bank3, branch4, account16):
    return make_iban('PL', pl_sortcode(bank3 + branch4) + account16)


def gr_iban(bank3, branch4, account16):
    return make_iban('GR', bank3 + branch4 + account16)


def gb_iban(bankcode4, sortcode6, account8):
    return make_iban('GB', bankcode4 + sortcode6 + account8)


def lt_iban(bank5, account11):
    return make_iban('LT', bank5 + account11)


def generic_iban(country, bban):
    return make_iban(country, bban)


# --- Russia: BIK control key (weights 7,1,3)
def _ru_sum(s23):
    w = [7, 1, 3]
    return sum((int(d) * w[i % 3]) % 10 for i, d in enumerate(s23))


def ru_key_valid(bik, account, corr=False):
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    return _ru_sum(prefix + account) % 10 == 0


def ru_account(bik, acct20_with_x, corr=False):
    """acct20_with_x: 20 chars, the 9th char (index 8) is a placeholder."""
    for k in '0123456789':
        a = acct20_with_x[:8] + k + acct20_with_x[9:]
        if ru_key_valid(bik, a, corr):
            return a
    raise ValueError


def ru_corr_account(bik):
    # 30101 810 K 0000000 + last three BIK digits
    return ru_account(bik, '30101810X0000000' + '0' + bik[-3:], corr=True)


# --- Russian INN (10 digits, legal entity) control digit
def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(d) * x for d, x in zip(nine, w)) % 11 % 10)


# --- Polish NIP control digit
def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(nine, w)) % 11
    if c == 10:
        raise ValueError('invalid NIP base')
    return nine + str(c)


# --- Italian partita IVA (Luhn-like)
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


# --- Spanish CIF control (letter B companies -> digit)
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


# --- Greek AFM
def gr_afm(eight):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


# --- German USt-IdNr (ISO 7064 MOD 11,10)
def de_ustid(eight):
    p = 10
    for d in eight:
        s = (int(d) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return 'DE' + eight + str(0 if c == 10 else c)


def crc8(data, poly=0x07, init=0x00):
    c = init
    for b in data:
        c ^= b
        for _ in range(8):
            c = ((c << 1) ^ poly) & 0xff if c & 0x80 else (c << 1) & 0xff
    return c


def ksef_number(nip, yyyymmdd, hex12):
    base = '%s-%s-%s' % (nip, yyyymmdd, hex12)
    return '%s-%02X' % (base, crc8(base.encode()))
