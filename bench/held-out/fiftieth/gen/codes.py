"""Check-digit arithmetic: IBAN (+ national check digits), Russian bank
accounts (BIK control key), tax ids, Bitcoin bech32 / base58check.
Everything is deterministic; "random" digits come from SHA-256 of a seed."""
import hashlib


def digits(seed, n):
    """n pseudo-random decimal digits derived from seed (deterministic)."""
    out = ''
    i = 0
    while len(out) < n:
        out += str(int(hashlib.sha256(f'{seed}/{i}'.encode()).hexdigest(), 16))[3:40]
        i += 1
    return out[:n]


def hexid(seed, n, upper=False):
    s = ''
    i = 0
    while len(s) < n:
        s += hashlib.sha256(f'{seed}#{i}'.encode()).hexdigest()
        i += 1
    s = s[:n]
    return s.upper() if upper else s


def alnum(seed, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    out = []
    i = 0
    while len(out) < n:
        h = hashlib.sha256(f'{seed}%{i}'.encode()).digest()
        for b in h:
            if len(out) < n:
                out.append(alphabet[b % len(alphabet)])
        i += 1
    return ''.join(out)


# ---------------------------------------------------------------- IBAN
def _mod97(s):
    return int(''.join(str(int(c, 36)) for c in s)) % 97


def iban(country, bban):
    bban = bban.replace(' ', '').upper()
    chk = 98 - _mod97(bban + country + '00')
    return f'{country}{chk:02d}{bban}'


def iban_valid(ib):
    ib = ib.replace(' ', '').upper()
    return len(ib) > 10 and _mod97(ib[4:] + ib[:4]) == 1


def fmt_iban(ib):
    ib = ib.replace(' ', '')
    return ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))


# --- Italy: CIN
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]


def _it_val(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = _it_val(c.upper())
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: DC
def _es_dc(d10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * x for d, x in zip(d10, w)) % 11
    return 0 if r == 11 else 1 if r == 10 else r


def iban_es(entity, office, account):
    dc = f'{_es_dc("00" + entity + office)}{_es_dc(account)}'
    return iban('ES', entity + office + dc + account)


# --- Poland: sort code check digit (8th digit of the 8-digit bank number)
def pl_sortcode(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(first7, w))
    return first7 + str((10 - s % 10) % 10)


def iban_pl(first7, account16):
    return iban('PL', pl_sortcode(first7) + account16)


# --- Belgium: national check = first 10 digits mod 97
def iban_be(bank3, acc7):
    n = int(bank3 + acc7) % 97 or 97
    return iban('BE', f'{bank3}{acc7}{n:02d}')


# --- Netherlands: 11-proof on the 10-digit account
def iban_nl(bank4, seed):
    k = 0
    while True:
        acc = digits(f'{seed}{k}', 10)
        if acc[0] != '0' and sum(int(d) * w for d, w in zip(acc, range(10, 0, -1))) % 11 == 0:
            return iban('NL', bank4 + acc)
        k += 1


def iban_de(blz, account):
    return iban('DE', blz + account.zfill(10))


def iban_gb(bank4, sort6, acc8):
    return iban('GB', bank4 + sort6 + acc8)


def iban_gr(bank3, branch4, acc16):
    return iban('GR', bank3 + branch4 + acc16.zfill(16))


def iban_lt(bank5, acc11):
    return iban('LT', bank5 + acc11)


# ---------------------------------------------------------------- Russia
_RU_W = [7, 1, 3] * 8


def ru_account_ok(bik, account, corr=False):
    pre = ('0' + bik[4:6]) if corr else bik[-3:]
    s = pre + account
    return sum(int(d) * _RU_W[i] for i, d in enumerate(s)) % 10 == 0


def ru_account(bik, head5, cur3, tail11, corr=False):
    """Build a 20-digit account with a valid control key (9th digit)."""
    for k in range(10):
        acc = head5 + cur3 + str(k) + tail11
        if ru_account_ok(bik, acc, corr):
            return acc
    raise ValueError


def ru_corr(bik):
    return ru_account(bik, '30101', '810', '00000000' + bik[-3:], corr=True)


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(d) * x for d, x in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# ---------------------------------------------------------------- VAT ids
def de_ustid(first8):
    p = 10
    for d in first8:
        s = (int(d) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return 'DE' + first8 + str(0 if c == 10 else c)


def it_piva(first10):
    tot = 0
    for i, d in enumerate(first10):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return first10 + str((10 - tot % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    for k in range(1000):
        f = first9 if k == 0 else first9[:-2] + f'{(int(first9[-2:]) + k) % 100:02d}'
        c = sum(int(d) * x for d, x in zip(f, w)) % 11
        if c != 10:
            return f + str(c)


def es_cif(letter, first7):
    a = sum(int(first7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        v = int(first7[i]) * 2
        b += v // 10 + v % 10
    c = (10 - (a + b) % 10) % 10
    return letter + first7 + str(c)


def gr_afm(first8):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(s % 11 % 10)


def gb_vat(first7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * x for d, x in zip(first7, w))
    return 'GB' + first7 + f'{(97 - s % 97) % 97:02d}'


# ---------------------------------------------------------------- Bitcoin
_B32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convertbits(data, frombits, tobits):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_segwit(hrp, witver, prog):
    data = [witver] + _convertbits(prog, 8, 5)
    const = 1 if witver == 0 else 0x2bc830a3
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.lower().rpartition('1')
    data = [_B32.index(c) for c in rest]
    pm = _polymod(_hrp_expand(hrp) + data)
    return pm == (1 if data[0] == 0 else 0x2bc830a3)


def btc_address(seed):
    prog = hashlib.sha256(('btc' + seed).encode()).digest()[:20]
    return bech32_segwit('bc', 0, prog)


_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(data) - len(data.lstrip(b'\0'))
    return '1' * pad + s


def base58check_valid(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    pad = len(s) - len(s.lstrip('1'))
    raw = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    raw = b'\0' * pad + raw
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def btc_p2pkh(seed):
    return base58check(b'\x00' + hashlib.sha256(('p2pkh' + seed).encode()).digest()[:20])


def tron_address(seed):
    return base58check(b'\x41' + hashlib.sha256(('trx' + seed).encode()).digest()[:20])


def selftest():
    assert iban_valid('GB82WEST12345698765432')
    assert iban_valid('DE89370400440532013000')
    assert iban('DE', '370400440532013000') == 'DE89370400440532013000'
    assert pl_sortcode('1140200') == '11402004'
    assert ru_account_ok('044525225', '30101810400000000225', corr=True)
    assert ru_corr('044525225') == '30101810400000000225'
    assert ru_inn10('770708389') == '7707083893'
    assert bech32_segwit('bc', 0, bytes.fromhex('751e76e8199196d454941c45d1b3a323f1433bd6')) == \
        'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'
    assert base58check(b'\x00' + b'\x00' * 20) == '1111111111111111111114oLvT2'
    assert it_cin('03069', '11200', '000001234567') in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    return True


if __name__ == '__main__':
    print(selftest())


def es_cif_letter(letter, first7):
    """CIF whose control character is a letter (types N, P, Q, R, S, W)."""
    num = es_cif('B', first7)[-1]
    return letter + first7 + 'JABCDEFGHI'[int(num)]
