"""Account numbers and identifiers with valid check digits (and validators)."""
import hashlib

IBAN_LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20, 'LV': 21,
            'BE': 16, 'NL': 18, 'FR': 27, 'PT': 25, 'IE': 22, 'CY': 28, 'MT': 31, 'EE': 20,
            'AT': 20, 'CH': 21, 'HU': 28, 'RO': 24, 'BG': 22, 'HR': 21, 'SK': 24, 'CZ': 24,
            'DK': 18, 'SE': 24, 'FI': 18, 'LU': 20, 'SI': 19, 'AE': 23, 'TR': 26}


def _iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban(country, bban):
    bban = bban.replace(' ', '').upper()
    chk = 98 - _iban_num(bban + country + '00') % 97
    res = '%s%02d%s' % (country, chk, bban)
    assert len(res) == IBAN_LEN[country], (res, len(res))
    return res


def iban_ok(s):
    s = s.replace(' ', '').upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def it_cin(abi, cab, conto):
    """Italian CIN letter for ABI/CAB/account (BBAN check character)."""
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + conto
    total = 0
    for i, c in enumerate(s):
        v = int(c, 36) if c.isdigit() else ord(c) - 65
        if c.isdigit():
            v = int(c)
        total += odd[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def it_bban(abi, cab, conto):
    return it_cin(abi, cab, conto) + abi + cab + conto


def es_bban(entidad, oficina, cuenta):
    def dc(digits):
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        d = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
        return {10: 1, 11: 0}.get(d, d)
    d1 = dc('00' + entidad + oficina)
    d2 = dc(cuenta)
    return entidad + oficina + '%d%d' % (d1, d2) + cuenta


# ---------------------------------------------------------------- tax ids

def de_vat(eight):
    p = 10
    for c in eight:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    chk = 11 - p
    if chk == 10:
        return None
    return 'DE' + eight + str(chk % 10)


def de_vat_ok(v):
    v = v.replace(' ', '')
    return len(v) == 11 and v.startswith('DE') and de_vat(v[2:10]) == v


def it_piva(ten):
    s = 0
    for i, c in enumerate(ten):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return ten + str((10 - s % 10) % 10)


def it_piva_ok(v):
    v = v.replace('IT', '').strip()
    return len(v) == 11 and v.isdigit() and it_piva(v[:10]) == v


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    if c == 10:
        return None
    return nine + str(c)


def pl_nip_ok(v):
    v = v.replace('-', '').replace('PL', '').replace(' ', '')
    return len(v) == 10 and v.isdigit() and pl_nip(v[:9]) == v


def pl_regon(eight):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(eight, w)) % 11
    return eight + str(c % 10)


def es_cif(letter, seven):
    s = 0
    for i, c in enumerate(seven):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        s += d
    ctrl = (10 - s % 10) % 10
    if letter in 'PQRSNW':
        return letter + seven + 'JABCDEFGHI'[ctrl]
    return letter + seven + str(ctrl)


def es_cif_ok(v):
    v = v.replace('ES', '', 1) if v.startswith('ES') and len(v) == 11 else v
    return len(v) == 9 and es_cif(v[0], v[1:8]) == v


def es_nif(eight):
    return eight + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(eight) % 23]


def gr_afm(eight):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(eight))
    return eight + str(s % 11 % 10)


def gr_afm_ok(v):
    v = v.replace('EL', '')
    return len(v) == 9 and v.isdigit() and gr_afm(v[:8]) == v


def gb_vat(seven):
    w = [8, 7, 6, 5, 4, 3, 2]
    total = sum(int(a) * b for a, b in zip(seven, w))
    # modulus 9755 scheme (numbers issued since 2010)
    chk = (-(total + 55)) % 97
    return 'GB' + seven + '%02d' % chk


def gb_vat_ok(v):
    v = v.replace(' ', '').replace('GB', '')
    if len(v) != 9 or not v.isdigit():
        return False
    w = [8, 7, 6, 5, 4, 3, 2]
    total = sum(int(a) * b for a, b in zip(v[:7], w)) + int(v[7:])
    return total % 97 == 0 or (total + 55) % 97 == 0


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def ru_inn_ok(v):
    if len(v) == 10:
        return ru_inn10(v[:9]) == v
    if len(v) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        c1 = sum(int(a) * b for a, b in zip(v[:10], w1)) % 11 % 10
        c2 = sum(int(a) * b for a, b in zip(v[:11], w2)) % 11 % 10
        return v[10] == str(c1) and v[11] == str(c2)
    return False


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def ru_ogrn_ok(v):
    return len(v) == 13 and ru_ogrn(v[:12]) == v


def ru_account(bik, acc19_with_placeholder):
    """acc: 20 digits with position 9 (index 8) = check digit to be computed."""
    a = acc19_with_placeholder
    assert len(a) == 20
    for d in range(10):
        cand = a[:8] + str(d) + a[9:]
        if ru_account_ok(bik, cand):
            return cand
    raise ValueError


def ru_account_ok(bik, acc, corr=False):
    w = [7, 1, 3] * 8
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    s = prefix + acc
    return sum(int(a) * b for a, b in zip(s, w)) % 10 == 0


def ru_corr_account(bik, acc):
    for d in range(10):
        cand = acc[:8] + str(d) + acc[9:]
        if ru_account_ok(bik, cand, corr=True):
            return cand
    raise ValueError


# ---------------------------------------------------------------- crypto addresses

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


def bech32_addr(prog20, hrp='bc'):
    data = [0] + _convertbits(prog20, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition('1')
    if not rest or any(c not in _B32 for c in rest):
        return False
    return _polymod(_hrp_expand(hrp) + [_B32.index(c) for c in rest]) == 1


_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def b58check(payload):
    full = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(full, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(full) - len(full.lstrip(b'\0'))
    return '1' * pad + s


def b58check_ok(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    full = n.to_bytes(25, 'big')
    return hashlib.sha256(hashlib.sha256(full[:-4]).digest()).digest()[:4] == full[-4:]


def tron_addr(rng):
    return b58check(b'\x41' + bytes(rng.randrange(256) for _ in range(20)))


def btc_addr(rng):
    return bech32_addr(bytes(rng.randrange(256) for _ in range(20)))
