"""Check-digit helpers: IBAN (ISO 13616 mod-97) with national check digits
where known, Russian accounts (BIK control key), tax numbers and Bitcoin
bech32 addresses.  Standard library only, deterministic."""
import hashlib

# ---------------------------------------------------------------- IBAN
def _alnum_to_int(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban(country, bban):
    bban = bban.replace(' ', '').upper()
    check = 98 - _alnum_to_int(bban + country + '00') % 97
    return '%s%02d%s' % (country, check, bban)


def iban_valid(value):
    s = value.replace(' ', '').upper()
    return _alnum_to_int(s[4:] + s[:4]) % 97 == 1


def fmt_iban(value):
    s = value.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# Germany: BLZ (8) + account (10).  Account check digit by method 00
# (Luhn-like, weights 2,1,2,... from the right), used by most Sparkassen.
def de_account_m00(base9):
    digits = [int(c) for c in base9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        p = d * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return base9 + str((10 - total % 10) % 10)


def iban_de(blz, base9):
    return iban('DE', blz + de_account_m00(base9.zfill(9)))


# Italy: CIN + ABI(5) + CAB(5) + conto(12)
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
            12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    total = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# Spain: entidad(4) + oficina(4) + DC(2) + cuenta(10)
def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return {10: 1, 11: 0}.get(d, d)


def iban_es(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta))
    return iban('ES', entidad + oficina + dc + cuenta)


# Poland: sort code 8 digits (bank 3 + branch 4 + check 1) + account 16
def pl_sortcode(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * x for c, x in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def iban_pl(bank3, branch4, account16):
    return iban('PL', pl_sortcode(bank3 + branch4) + account16)


def nrb(iban_pl_value):
    """Polish domestic format (NRB) of a PL IBAN."""
    s = iban_pl_value[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, 26, 4))


# Portugal: banco4 + balcao4 + conta11 + NIB check 2
def iban_pt(banco, balcao, conta):
    base = banco + balcao + conta
    chk = 98 - (int(base) * 100) % 97
    return iban('PT', base + '%02d' % chk)


def iban_gr(bank3, branch4, account16):
    return iban('GR', bank3 + branch4 + account16)


def iban_gb(bic4, sortcode, account):
    return iban('GB', bic4 + sortcode + account)


def iban_lt(bank5, account11):
    return iban('LT', bank5 + account11)


# ---------------------------------------------------------------- Russia
_W713 = [7, 1, 3] * 8


def _ru_key(prefix3, account20):
    digits = prefix3 + account20[:8] + '0' + account20[9:]
    s = sum(int(c) * w for c, w in zip(digits, _W713))
    return str((s % 10) * 3 % 10)


def ru_account(bik, account20):
    """Settlement account (р/с) with control key at position 9."""
    return account20[:8] + _ru_key(bik[-3:], account20) + account20[9:]


def ru_corr_account(bik):
    """Correspondent account (к/с) 30101810 K 0000000 + BIK[-3:]."""
    base = '30101810' + '0' + '00000000' + bik[-3:]
    base = base[:20]
    return base[:8] + _ru_key('0' + bik[4:6], base) + base[9:]


def ru_account_valid(bik, acc):
    s = bik[-3:] + acc
    return sum(int(c) * w for c, w in zip(s, _W713)) % 10 == 0


def ru_corr_valid(bik, ks):
    s = '0' + bik[4:6] + ks
    return sum(int(c) * w for c, w in zip(s, _W713)) % 10 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(c) * x for c, x in zip(nine, w)) % 11 % 10)


# ---------------------------------------------------------------- tax IDs
def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    assert c != 10, 'choose another NIP base'
    return nine + str(c)


def fmt_nip(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


def gr_afm(eight):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(eight))
    return eight + str(s % 11 % 10)


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


def de_ustid(eight):
    """German USt-IdNr. check digit (ISO 7064 MOD 11,10)."""
    p = 10
    for c in eight:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return 'DE' + eight + str((11 - p) % 10)


def es_cif(letter, seven):
    """Spanish CIF for S.A./S.L. (letters A/B use a numeric check digit)."""
    even = sum(int(seven[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        odd += d // 10 + d % 10
    c = (10 - (even + odd) % 10) % 10
    return letter + seven + str(c)


def uk_vrn(seven):
    """UK VAT registration number, 'mod 9755' check (numbers issued since 2010)."""
    s = sum(int(c) * w for c, w in zip(seven, range(8, 1, -1)))
    return seven + '%02d' % ((-(s + 55)) % 97)


# ---------------------------------------------------------------- bech32
_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


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


def bech32_p2wpkh(program20, hrp='bc'):
    data = [0] + _convertbits(program20, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_CHARSET[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, data = addr.rpartition('1')
    return _polymod(_hrp_expand(hrp) + [_CHARSET.find(c) for c in data]) == 1


def btc_address(seed):
    """Deterministic, checksum-valid P2WPKH address derived from a seed
    string (a hash, not a key anybody holds)."""
    return bech32_p2wpkh(hashlib.sha256(seed.encode()).digest()[:20])


# ---------------------------------------------------------------- self test
def selftest():
    assert iban_valid('GB82WEST12345698765432')
    assert iban('GB', 'WEST12345698765432') == 'GB82WEST12345698765432'
    assert iban('DE', '370400440532013000') == 'DE89370400440532013000'
    # Italian example IBAN from the SEPA documentation (CIN X)
    assert iban_it('05428', '11101', '000000123456') == 'IT60X0542811101000000123456'
    # Spanish example ES91 2100 0418 4502 0005 1332
    assert iban_es('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    # Russian: Sberbank Moscow BIK 044525225, k/s 30101810400000000225
    assert ru_corr_account('044525225') == '30101810400000000225'
    assert ru_corr_valid('044525974', '30101810145250000974')
    acc = ru_account('044525225', '40702810000000012345')
    assert ru_account_valid('044525225', acc)
    # Sberbank INN 7707083893
    assert ru_inn10('770708389') == '7707083893'
    # BIP173 test vector
    prog = bytes.fromhex('751e76e8199196d454941c45d1b3a323f1433bd6')
    assert bech32_p2wpkh(prog) == 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'
    assert bech32_valid(btc_address('x'))
    # Polish NIP check-digit formula
    assert pl_nip('526000124') == '5260001246'
    # Polish PKO BP Warszawa sort code 10201026 (bank 102, branch 0102, check 6)
    assert pl_sortcode('1020102') == '10201026'
    # Italian P.IVA example 07643520567
    assert it_piva('0764352056') == '07643520567'
    return True


if __name__ == '__main__':
    print(selftest())
