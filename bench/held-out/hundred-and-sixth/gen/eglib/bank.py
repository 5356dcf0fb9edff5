"""Bank account helpers: IBAN mod-97 plus national check digits where known."""
import hashlib


def _num(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban(country, bban):
    bban = bban.replace(' ', '').upper()
    chk = 98 - int(_num(bban + country + '00')) % 97
    return '%s%02d%s' % (country, chk, bban)


def iban_valid(s):
    s = s.replace(' ', '').upper()
    return int(_num(s[4:] + s[:4])) % 97 == 1


def fmt(ib):
    ib = ib.replace(' ', '')
    return ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))


# --- Germany: Pruefziffermethode 00 (used by most Sparkassen) -------------
def de_account_00(nine):
    nine = nine.zfill(9)
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return nine + str((10 - s % 10) % 10)


def de_iban(blz, account, method00=False):
    acc = de_account_00(account) if method00 else account.zfill(10)
    return iban('DE', blz + acc)


# --- Italy: CIN ------------------------------------------------------------
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for i, ch in enumerate(abi + cab + conto.zfill(12)):
        v = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        s += _ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: CCC control digits ---------------------------------------------
_ESW = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    v = 11 - sum(int(c) * w for c, w in zip(ten, _ESW)) % 11
    return {11: 0, 10: 1}.get(v, v)


def es_iban(entity, office, account):
    dc = '%d%d' % (_es_dc('00' + entity + office), _es_dc(account.zfill(10)))
    return iban('ES', entity + office + dc + account.zfill(10))


# --- Poland: sort-code check digit -------------------------------------------
def pl_sort(seven):
    s = sum(int(c) * w for c, w in zip(seven, [3, 9, 7, 1, 3, 9, 7]))
    return seven + str((10 - s % 10) % 10)


def pl_iban(seven, account16):
    return iban('PL', pl_sort(seven) + account16.zfill(16))


def pl_nrb(ib):
    ib = ib.replace(' ', '')[2:]
    return ib[:2] + ' ' + ' '.join(ib[i:i + 4] for i in range(2, len(ib), 4))


# --- Portugal: NIB check digits ----------------------------------------------
def pt_iban(bank, branch, account11):
    base = bank + branch + account11.zfill(11)
    chk = 98 - (int(base) * 100) % 97
    return iban('PT', base + '%02d' % chk)


def gb_iban(bank4, sort6, acc8):
    return iban('GB', bank4 + sort6 + acc8)


def gr_iban(bank3, branch4, acc16):
    return iban('GR', bank3 + branch4 + acc16.zfill(16))


def lt_iban(bank5, acc11):
    return iban('LT', bank5 + acc11.zfill(11))


def sk_iban(bank4, prefix6, acc10):
    return iban('SK', bank4 + prefix6.zfill(6) + acc10.zfill(10))


# --- Russia: BIK control key, INN --------------------------------------------
_RUW = [7, 1, 3]


def _ru_sum(s):
    return sum(int(c) * _RUW[i % 3] for i, c in enumerate(s)) % 10


def ru_account(bik, acc20, corr=False):
    """acc20: 20 digits; position 9 (index 8) is replaced by the key."""
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    a = acc20[:8] + '0' + acc20[9:]
    s0 = _ru_sum(prefix + a)
    k = ((10 - s0) * 7) % 10
    res = acc20[:8] + str(k) + acc20[9:]
    assert ru_account_valid(bik, res, corr)
    return res


def ru_account_valid(bik, acc20, corr=False):
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    return _ru_sum(prefix + acc20) == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(c) * x for c, x in zip(nine, w)) % 11 % 10)


def ru_inn10_valid(inn):
    return ru_inn10(inn[:9]) == inn
