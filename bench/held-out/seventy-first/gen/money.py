"""Bank account numbers, tax numbers and crypto addresses with valid check digits."""
import hashlib


# ---------------------------------------------------------------- IBAN (ISO 13616, mod 97-10)

def _to_digits(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban(country, bban):
    bban = bban.replace(' ', '').upper()
    n = int(_to_digits(bban + country + '00'))
    check = 98 - n % 97
    return '%s%02d%s' % (country, check, bban)


def iban_ok(s):
    s = s.replace(' ', '').upper()
    return int(_to_digits(s[4:] + s[:4])) % 97 == 1


def fmt_iban(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---- national check digits

def it_cin(abi, cab, conto):
    """Italian CIN (check character) over ABI(5)+CAB(5)+conto(12)."""
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = (abi + cab + conto).upper()
    assert len(s) == 22
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        if i % 2 == 0:   # odd position (1-based)
            tot += odd[v]
        else:
            tot += v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


def es_dc(entidad, oficina, cuenta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(digits):
        s = sum(int(a) * b for a, b in zip(digits, w))
        r = 11 - s % 11
        return {11: 0, 10: 1}.get(r, r)
    return '%d%d' % (d('00' + entidad + oficina), d(cuenta))


def iban_es(entidad, oficina, cuenta):
    return iban('ES', entidad + oficina + es_dc(entidad, oficina, cuenta) + cuenta)


def pl_sort(bank3, branch4):
    w = [3, 9, 7, 1, 3, 9, 7]
    s7 = bank3 + branch4
    s = sum(int(a) * b for a, b in zip(s7, w))
    return s7 + str((10 - s % 10) % 10)


def iban_pl(bank3, branch4, account16):
    return iban('PL', pl_sort(bank3, branch4) + account16)


def be_bban(bank3, acct7):
    r = int(bank3 + acct7) % 97
    return bank3 + acct7 + '%02d' % (r if r else 97)


def iban_be(bank3, acct7):
    return iban('BE', be_bban(bank3, acct7))


def iban_de(blz, konto):
    return iban('DE', blz + konto.rjust(10, '0'))


def iban_gr(bank3, branch4, acct16):
    return iban('GR', bank3 + branch4 + acct16)


def iban_gb(bank4, sort6, acct8):
    return iban('GB', bank4 + sort6 + acct8)


def iban_lt(bank5, acct11):
    return iban('LT', bank5 + acct11)


def iban_ch(clearing5, acct12):
    return iban('CH', clearing5 + acct12)


# ---------------------------------------------------------------- Russian bank accounts (BIK control key)

def _ru_key_ok(prefix3, acct20):
    w = [7, 1, 3] * 8
    s = prefix3 + acct20
    return sum(int(a) * b for a, b in zip(s, w)) % 10 == 0


def ru_account(bik, acct20_with_x):
    """Settlement account: 20 digits, position 9 (index 8) is the control key over last 3 BIK digits."""
    for k in '0123456789':
        a = acct20_with_x[:8] + k + acct20_with_x[9:]
        if _ru_key_ok(bik[-3:], a):
            return a
    raise ValueError


def ru_corr(bik, corr20_with_x):
    """Correspondent account: key over '0' + BIK digits 5-6."""
    for k in '0123456789':
        a = corr20_with_x[:8] + k + corr20_with_x[9:]
        if _ru_key_ok('0' + bik[4:6], a):
            return a
    raise ValueError


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


# ---------------------------------------------------------------- VAT / tax ids

def de_ustid(first8):
    p = 10
    for c in first8:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    if c == 10:
        c = 0
    return 'DE' + first8 + str(c)


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


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    if c == 10:
        raise ValueError('invalid NIP seed')
    return first9 + str(c)


def gr_afm(first8):
    s = sum(int(c) * (2 ** (8 - i)) for i, c in enumerate(first8))
    return first8 + str(s % 11 % 10)


def es_cif(letter, digits7):
    even = sum(int(digits7[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        d = int(digits7[i]) * 2
        odd += d // 10 + d % 10
    c = (10 - (even + odd) % 10) % 10
    return letter + digits7 + str(c)


# ---------------------------------------------------------------- Bitcoin

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


def base58check_ok(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    pad = len(s) - len(s.lstrip('1'))
    raw = b'\0' * pad + n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


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


def _convertbits(data, frm, to):
    acc = 0
    bits = 0
    ret = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret


def bech32_segwit(hrp, witver, prog):
    data = [witver] + _convertbits(prog, 8, 5)
    const = 1  # bech32 (witness v0)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_CHARSET[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, data = addr.rpartition('1')
    vals = [_CHARSET.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


def btc_p2wpkh(seed):
    return bech32_segwit('bc', 0, hashlib.sha256(seed.encode()).digest()[:20])


def btc_p2pkh(seed):
    return base58check(0, hashlib.sha256(seed.encode()).digest()[:20])


def de_m00(first9):
    """German check method 00 (modulus 10, weights 2,1,2,... from the right, cross sums) -> 10-digit account."""
    tot = 0
    for i, c in enumerate(reversed(first9)):
        p = int(c) * (2 if i % 2 == 0 else 1)
        tot += p // 10 + p % 10
    return first9 + str((10 - tot % 10) % 10)


def gb_iban_ok_sort(sort6):
    return len(sort6) == 6 and sort6.isdigit()
