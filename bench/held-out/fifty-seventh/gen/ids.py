"""Check-digit helpers: IBAN (ISO 13616 mod 97) with national check digits
where known, Russian bank accounts (BIK control key), tax IDs, bech32 and
base58check crypto addresses.  Standard library only."""
import hashlib


def _num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban(country, bban):
    bban = bban.replace(' ', '').upper()
    check = 98 - _num(bban + country + '00') % 97
    return f'{country}{check:02d}{bban}'


def iban_valid(s):
    s = s.replace(' ', '').upper()
    return len(s) > 4 and _num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# --- national checks -------------------------------------------------------
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]


def _it_val(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = _it_val(c)
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    d = 11 - sum(int(c) * w for c, w in zip(ten, _ES_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es(bank, branch, account):
    dc = f'{_es_dc("00" + bank + branch)}{_es_dc(account)}'
    return iban('ES', bank + branch + dc + account)


def pl_bank_code(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * x for c, x in zip(first7, w))
    return first7 + str((10 - s % 10) % 10)


def iban_pl(first7, account16):
    return iban('PL', pl_bank_code(first7) + account16)


def fr_rib_key(bank, branch, account):
    conv = {}
    for i, ch in enumerate('ABCDEFGHI'):
        conv[ch] = str(i + 1)
    for i, ch in enumerate('JKLMNOPQR'):
        conv[ch] = str(i + 1)
    for i, ch in enumerate('STUVWXYZ'):
        conv[ch] = str(i + 2)
    acc = ''.join(conv.get(c, c) for c in account)
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97


def iban_fr(bank, branch, account):
    return iban('FR', bank + branch + account + f'{fr_rib_key(bank, branch, account):02d}')


def be_bban(first10):
    r = int(first10) % 97
    return first10 + f'{r if r else 97:02d}'


# --- Russia -------------------------------------------------------------------
_RU_W = [7, 1, 3] * 8


def _ru_key(s23):
    return (sum(int(c) * w for c, w in zip(s23, _RU_W)) % 10) * 3 % 10


def ru_account(bik, acc20):
    """acc20 with any digit at index 8; returns account with valid key."""
    a = acc20[:8] + '0' + acc20[9:]
    return a[:8] + str(_ru_key(bik[-3:] + a)) + a[9:]


def ru_corr_account(bik, middle='00000000'):
    a = '30101810' + '0' + middle + bik[-3:]
    a = a[:8] + '0' + a[9:]
    return a[:8] + str(_ru_key('0' + bik[4:6] + a)) + a[9:]


def ru_account_valid(bik, acc):
    return sum(int(c) * w for c, w in zip(bik[-3:] + acc, _RU_W)) % 10 == 0


def ru_corr_valid(bik, acc):
    return sum(int(c) * w for c, w in zip('0' + bik[4:6] + acc, _RU_W)) % 10 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(c) * x for c, x in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# --- VAT / tax numbers --------------------------------------------------------
def de_ustid(first8):
    p = 10
    for c in first8:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    chk = 11 - p
    if chk == 10:
        return None
    return 'DE' + first8 + str(chk % 10)


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
    r = sum(int(c) * x for c, x in zip(first9, w)) % 11
    if r == 10:
        return None
    return first9 + str(r)


def gr_afm(first8):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(first8))
    return first8 + str(s % 11 % 10)


def es_cif(letter, digits7):
    even = sum(int(digits7[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        d = int(digits7[i]) * 2
        odd += d // 10 + d % 10
    c = (10 - (even + odd) % 10) % 10
    return letter + digits7 + (str(c) if letter in 'ABEH' else 'JABCDEFGHI'[c])


# --- bech32 (BIP173) ------------------------------------------------------------
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


def _convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
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


def bech32_segwit_v0(program, hrp='bc'):
    data = [0] + _convertbits(program, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    checksum = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + checksum)


def bech32_valid(addr):
    hrp, _, data = addr.rpartition('1')
    vals = [_B32.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


def btc_address(seed):
    prog = hashlib.new('sha256', seed.encode()).digest()[:20]
    return bech32_segwit_v0(prog)


_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b'\0'))
    return '1' * pad + out


def base58check_valid(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    pad = len(s) - len(s.lstrip('1'))
    raw = b'\0' * pad + n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def tron_address(seed):
    """TRON (USDT-TRC20) address: base58check, version byte 0x41."""
    return base58check(0x41, hashlib.sha256(seed.encode()).digest()[:20])
