"""Bank and tax identifiers with valid check digits."""


def _num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban(cc, bban):
    cd = 98 - _num(bban + cc + '00') % 97
    return '%s%02d%s' % (cc, cd, bban)


def iban_valid(i):
    i = i.replace(' ', '')
    return _num(i[4:] + i[:4]) % 97 == 1


def fmt_iban(i):
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))


# --- national BBANs ---------------------------------------------------------
_IT_ODD = dict(zip('0123456789', [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
_IT_ODD.update(zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def it_bban(abi, cab, conto):
    """Italian BBAN with CIN control character."""
    s = abi + cab + conto.rjust(12, '0')
    tot = 0
    for i, c in enumerate(s):
        if i % 2 == 0:
            tot += _IT_ODD[c]
        else:
            tot += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + tot % 26) + s


def it_iban(abi, cab, conto):
    return iban('IT', it_bban(abi, cab, conto))


def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * w[i] for i, d in enumerate(digits)) % 11
    return {11: 0, 10: 1}.get(r, r)


def es_iban(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta))
    return iban('ES', entidad + oficina + dc + cuenta)


def pl_sort(bank3, branch4):
    s = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(d) * w[i] for i, d in enumerate(s)) % 10) % 10
    return s + str(c)


def pl_iban(bank3, branch4, account16):
    return iban('PL', pl_sort(bank3, branch4) + account16)


def de_iban(blz, konto):
    return iban('DE', blz + konto.rjust(10, '0'))


def gr_iban(bank3, branch4, acct16):
    return iban('GR', bank3 + branch4 + acct16.rjust(16, '0'))


def cy_iban(bank3, branch5, acct16):
    return iban('CY', bank3 + branch5 + acct16.rjust(16, '0'))


def lt_iban(bank5, acct11):
    return iban('LT', bank5 + acct11)


def gb_iban(bank4, sort6, acct8):
    return iban('GB', bank4 + sort6 + acct8)


def fr_iban(banque, guichet, compte, ):
    """French BBAN with RIB key."""
    conv = {}
    for i, c in enumerate('ABCDEFGHI'):
        conv[c] = str(i + 1)
    for i, c in enumerate('JKLMNOPQR'):
        conv[c] = str(i + 1)
    for i, c in enumerate('STUVWXYZ'):
        conv[c] = str(i + 2)
    cn = ''.join(conv.get(c, c) for c in compte)
    key = 97 - (89 * int(banque) + 15 * int(guichet) + 3 * int(cn)) % 97
    return iban('FR', banque + guichet + compte + '%02d' % key)


# --- Russia ----------------------------------------------------------------
_RU_W = [7, 1, 3] * 8


def _ru_fix(prefix3, account20):
    """Return account with control key (position 9) set for the given 3-digit prefix."""
    acc = list(account20)
    for k in range(10):
        acc[8] = str(k)
        s = prefix3 + ''.join(acc)
        if sum(int(d) * _RU_W[i] % 10 for i, d in enumerate(s)) % 10 == 0:
            return ''.join(acc)
    raise ValueError


def ru_settlement(bik, account20):
    """Settlement (raschetny) account checked against the last 3 BIK digits."""
    return _ru_fix(bik[-3:], account20)


def ru_corr(bik):
    """Correspondent account 30101810X0000000NNN keyed with '0'+BIK[4:6]."""
    acc = '30101810' + '0' + '00000000' + bik[-3:]
    return _ru_fix('0' + bik[4:6], acc)


def ru_valid(bik, acc, corr=False):
    pre = ('0' + bik[4:6]) if corr else bik[-3:]
    s = pre + acc
    return sum(int(d) * _RU_W[i] % 10 for i, d in enumerate(s)) % 10 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(d) * w[i] for i, d in enumerate(first9)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# --- VAT / tax numbers -------------------------------------------------------
def de_ustid(first8):
    p = 10
    for d in first8:
        s = (int(d) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return 'DE' + first8 + str(0 if c == 10 else c)


def it_piva(first10):
    t = 0
    for i, d in enumerate(first10):
        d = int(d)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return first10 + str((10 - t % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * w[i] for i, d in enumerate(first9)) % 11
    if c == 10:
        raise ValueError('invalid NIP base')
    return first9 + str(c)


def fmt_nip(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(seven[i]) * 2
        b += x // 10 + x % 10
    return letter + seven + str((10 - (a + b) % 10) % 10)


def gr_afm(first8):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(s % 11 % 10)


def gb_vat(first7):
    s = sum(int(d) * w for d, w in zip(first7, range(8, 1, -1)))
    for cc in range(100):
        if (s + cc) % 97 == 0:
            return 'GB' + first7 + '%02d' % cc
    raise ValueError
