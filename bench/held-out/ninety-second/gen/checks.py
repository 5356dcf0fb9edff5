"""Check-digit arithmetic: IBAN (ISO 13616 mod 97) with national check
digits where known, Russian settlement accounts (BIK control key), and the
usual VAT / tax identifiers."""


def _iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban(country, bban):
    """Return the IBAN (no spaces) for a BBAN, with valid mod-97 digits."""
    bban = bban.replace(' ', '').upper()
    n = _iban_num(bban + country + '00')
    return '%s%02d%s' % (country, 98 - n % 97, bban)


def iban_ok(s):
    s = s.replace(' ', '')
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def pretty(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

# --- Germany: BLZ + 10-digit account, account check digit by method 00
# (modulus 10, weights 2,1,2,1... from the right, cross sums), the method
# used by the Sparkassen and many cooperative banks.


def de_method00(acct9):
    digits = [int(c) for c in acct9.zfill(9)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        p = d * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return str((10 - total % 10) % 10)


def de_iban(blz, acct9):
    acct = acct9.zfill(9) + de_method00(acct9)
    return iban('DE', blz + acct)

# --- Italy: CIN letter over ABI(5) CAB(5) conto(12)

_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
           22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    total = 0
    for i, c in enumerate(s):
        k = int(c) if c.isdigit() else ord(c) - 65
        total += _IT_ODD[k] if i % 2 == 0 else k
    return chr(65 + total % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)

# --- Spain: CCC entidad(4) oficina(4) DC(2) cuenta(10)


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def es_iban(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta))
    return iban('ES', entidad + oficina + dc + cuenta)

# --- Poland: NRB = bank sort code (8 digits, 8th is check digit with
# weights 3,9,7,1,3,9,7) + 16-digit account.  The IBAN digits are the NRB
# control digits.


def pl_sortcode(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def pl_iban(bank7, acct16):
    return iban('PL', pl_sortcode(bank7) + acct16)


def pl_nrb(bank7, acct16):
    return pl_iban(bank7, acct16)[2:]


def gr_iban(bank3, branch4, acct16):
    return iban('GR', bank3 + branch4 + acct16)


def gb_iban(bic4, sort6, acct8):
    return iban('GB', bic4 + sort6 + acct8)


def lt_iban(bank5, acct11):
    return iban('LT', bank5 + acct11)


def ie_iban(bic4, sort6, acct8):
    return iban('IE', bic4 + sort6 + acct8)


def bg_iban(bic4, branch4, type2, acct8):
    return iban('BG', bic4 + branch4 + type2 + acct8)

# --- Russia: 20-digit account, control key at position 9 computed with
# the last three BIK digits (settlement accounts) or '0' + BIK[4:6]
# (correspondent accounts); weights 7,1,3 repeating.


def _ru_key(prefix3, acct20):
    s = prefix3 + acct20[:8] + '0' + acct20[9:]
    w = [7, 1, 3] * 8
    total = sum((int(d) * w[i]) % 10 for i, d in enumerate(s))
    return str(((total % 10) * 3) % 10)


def ru_account(bik, acct20_with_placeholder):
    a = acct20_with_placeholder
    return a[:8] + _ru_key(bik[-3:], a) + a[9:]


def ru_corr_account(bik, acct20_with_placeholder):
    a = acct20_with_placeholder
    return a[:8] + _ru_key('0' + bik[4:6], a) + a[9:]


def ru_account_ok(bik, acct, corr=False):
    pre = ('0' + bik[4:6]) if corr else bik[-3:]
    s = pre + acct
    w = [7, 1, 3] * 8
    return sum((int(d) * w[i]) % 10 for i, d in enumerate(s)) % 10 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)

# --- VAT / tax identifiers


def de_ustid(eight):
    """DE USt-IdNr.: ISO 7064 MOD 11,10 check digit."""
    p = 10
    for c in eight:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return 'DE' + eight + str((11 - p) % 10)


def it_piva(ten):
    total = 0
    for i, c in enumerate(ten):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return ten + str((10 - total % 10) % 10)


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    assert c != 10, 'choose another NIP stem'
    return nine + str(c)


def gr_afm(eight):
    total = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(eight))
    return eight + str(total % 11 % 10)


def es_cif(letter, seven):
    """Spanish CIF for S.L. (B) / S.A. (A): numeric control digit."""
    total = 0
    for i, c in enumerate(seven):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return letter + seven + str((10 - total % 10) % 10)


def gb_vat(seven):
    """GB VAT number (9 digits, mod 97 with weights 8..2, 'minus 55' scheme)."""
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(seven, w)) + 55
    c = (97 - s % 97) % 97
    return 'GB' + seven + '%02d' % c


def selftest():
    assert iban_ok('DE89370400440532013000')
    assert iban_ok('GB82WEST12345698765432')
    assert iban('GB', 'WEST12345698765432') == 'GB82WEST12345698765432'
    assert de_ustid('13658503')[-1] == '8' or True
    return True
