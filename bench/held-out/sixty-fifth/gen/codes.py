"""Check-digit helpers: IBAN (mod-97 + national), Russian BIK/account key, INN,
Bitcoin bech32 and base58check.  Standard library only."""
import hashlib


def _iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban(country, bban):
    check = 98 - _iban_num(bban + country + '00') % 97
    return '%s%02d%s' % (country, check, bban)


def iban_valid(i):
    i = i.replace(' ', '')
    return _iban_num(i[4:] + i[:4]) % 97 == 1


def fmt_iban(i):
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))


# --- Italy: CIN -----------------------------------------------------------
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]


def _it_idx(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_cin(abi, cab, acct):
    s = abi + cab + acct
    tot = 0
    for n, c in enumerate(s):
        tot += _IT_ODD[_it_idx(c)] if n % 2 == 0 else _it_idx(c)
    return chr(65 + tot % 26)


def iban_it(abi, cab, acct12):
    return iban('IT', it_cin(abi, cab, acct12) + abi + cab + acct12)


# --- Spain: CCC control digits -------------------------------------------
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    d = 11 - sum(int(a) * b for a, b in zip(ten, _ES_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(bank, branch, acct10):
    dc = '%d%d' % (_es_dc('00' + bank + branch), _es_dc(acct10))
    return iban('ES', bank + branch + dc + acct10)


# --- Poland: sort-code check digit ---------------------------------------
def pl_sort(seven):
    s = sum(int(a) * b for a, b in zip(seven, [3, 9, 7, 1, 3, 9, 7]))
    return seven + str((10 - s % 10) % 10)


def iban_pl(sort7, acct16):
    return iban('PL', pl_sort(sort7) + acct16)


def iban_de(blz, acct10):
    return iban('DE', blz + acct10)


def iban_gr(bank3, branch4, acct16):
    return iban('GR', bank3 + branch4 + acct16)


def iban_gb(bank4, sort6, acct8):
    return iban('GB', bank4 + sort6 + acct8)


def iban_lt(bank5, acct11):
    return iban('LT', bank5 + acct11)


# --- Russia: account control key against BIK -----------------------------
_RU_W = [7, 1, 3] * 8


def _ru_sum(s23):
    return sum((int(a) * b) % 10 for a, b in zip(s23, _RU_W))


def ru_account(bik, acct20, corr=False):
    """Return acct20 with the 9th digit (key) set so that it validates."""
    pref = ('0' + bik[4:6]) if corr else bik[-3:]
    a = acct20[:8] + '0' + acct20[9:]
    key = (_ru_sum(pref + a) % 10) * 3 % 10
    return a[:8] + str(key) + a[9:]


def ru_account_valid(bik, acct20, corr=False):
    pref = ('0' + bik[4:6]) if corr else bik[-3:]
    return _ru_sum(pref + acct20) % 10 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


# --- Bitcoin ---------------------------------------------------------------
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


def _hrp_exp(hrp):
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


def bech32_segwit(program, hrp='bc', witver=0):
    data = [witver] + _convertbits(program, 8, 5)
    pm = _polymod(_hrp_exp(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, rest = addr.rpartition('1')
    data = [_B32.index(c) for c in rest]
    return _polymod(_hrp_exp(hrp) + data) == 1


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


def btc_from_seed(seed, kind='bech32'):
    h = hashlib.new('sha256', seed.encode()).digest()[:20]
    return bech32_segwit(h) if kind == 'bech32' else base58check(0, h)


def selftest():
    assert bech32_segwit(bytes.fromhex('751e76e8199196d454941c45d1b3a323f1433bd6')) == \
        'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'
    assert base58check(0, bytes(20)) == '1111111111111111111114oLvT2'
    assert iban_valid('DE89370400440532013000')
    assert iban('DE', '370400440532013000') == 'DE89370400440532013000'
    assert iban_valid('GB82WEST12345698765432')
    assert pl_sort('1140200') == '11402004'
    # Sberbank: BIK 044525225, corr. account 30101810400000000225
    assert ru_account_valid('044525225', '30101810400000000225', corr=True)
    assert ru_inn10('770708389') == '7707083893'  # Sberbank INN
    assert iban_es('2100', '0418', '0200051332') == 'ES9121000418450200051332'
    assert iban_it('05428', '11101', '000000123456') == 'IT60X0542811101000000123456'
    return True


if __name__ == '__main__':
    print(selftest())
