"""Account numbers and identifiers with valid check digits.

IBAN (ISO 13616 mod-97) plus national check digits where known:
IT (CIN), ES (DC), PL (bank routing check digit), SK/CZ (mod-11 account),
FR (cle RIB).  Russian settlement accounts with the BIK control key.
Tax IDs: DE USt-IdNr, IT Partita IVA, PL NIP, ES CIF, GR AFM, RU INN/OGRN, UK VAT.
Bitcoin: bech32 (BIP 173) and base58check.
"""
import hashlib


def _num(s):
    return ''.join(str(int(c, 36)) for c in s.upper())


def iban_check(country, bban):
    return 98 - int(_num(bban + country + '00')) % 97


def iban(country, bban):
    return '%s%02d%s' % (country, iban_check(country, bban), bban)


def iban_valid(s):
    s = s.replace(' ', '').upper()
    return len(s) > 4 and int(_num(s[4:] + s[:4])) % 97 == 1


def grp(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# ------------------------------------------------------------ national checks
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
            16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    s = sum(int(d) * w for d, w in zip(ten, _ES_W))
    r = 11 - s % 11
    return {11: 0, 10: 1}.get(r, r)


def iban_es(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta))
    return iban('ES', entidad + oficina + dc + cuenta)


def pl_routing(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(seven, w))
    return seven + str((10 - s % 10) % 10)


def iban_pl(seven, account16):
    return iban('PL', pl_routing(seven) + account16)


def nrb(ib):
    """Polish domestic NRB format of a PL IBAN."""
    s = ib.replace(' ', '')[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, len(s), 4))


def _sk_ok(num, weights):
    return sum(int(d) * w for d, w in zip(num, weights)) % 11 == 0


def iban_sk(bank4, prefix6, acc_base9, country='SK'):
    """Choose the last account digit so that the mod-11 account check holds."""
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    assert _sk_ok(prefix6, [10, 5, 8, 4, 2, 1])
    for d in '0123456789':
        acc = acc_base9 + d
        if _sk_ok(acc, w):
            return iban(country, bank4 + prefix6 + acc)
    raise ValueError('no valid check digit for %s' % acc_base9)


def fr_rib_key(bank, branch, account):
    conv = {}
    for i, c in enumerate('ABCDEFGHI'):
        conv[c] = str(i + 1)
    for i, c in enumerate('JKLMNOPQR'):
        conv[c] = str(i + 1)
    for i, c in enumerate('STUVWXYZ'):
        conv[c] = str(i + 2)
    acc = ''.join(conv.get(c, c) for c in account.upper())
    return '%02d' % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def iban_fr(bank, branch, account):
    return iban('FR', bank + branch + account + fr_rib_key(bank, branch, account))


# ------------------------------------------------------------------- Russia
def _ru_sum(s):
    w = [7, 1, 3]
    return sum(int(d) * w[i % 3] for i, d in enumerate(s)) % 10


def ru_account_ok(account20, bik):
    return _ru_sum(bik[-3:] + account20) == 0


def ru_corr_ok(corr20, bik):
    return _ru_sum('0' + bik[4:6] + corr20) == 0


def ru_account(prefix8, tail11, bik):
    """Settlement account: prefix (e.g. 40702810) + control key + 11 digits."""
    for k in '0123456789':
        acc = prefix8 + k + tail11
        if ru_account_ok(acc, bik):
            return acc
    raise ValueError('no key')


def ru_corr(tail, bik):
    """Correspondent account 30101810 + key + tail (ends with last 3 BIK digits)."""
    for k in '0123456789':
        acc = '30101810' + k + tail
        if ru_corr_ok(acc, bik):
            return acc
    raise ValueError('no key')


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(d) * x for d, x in zip(nine, w)) % 11 % 10)


def ru_ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


# ------------------------------------------------------------------ tax ids
def de_ustid(eight):
    prod = 10
    for d in eight:
        s = (int(d) + prod) % 10
        if s == 0:
            s = 10
        prod = (2 * s) % 11
    chk = 11 - prod
    if chk == 10:
        chk = 0
    return 'DE' + eight + str(chk)


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


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * x for d, x in zip(nine, w)) % 11
    if c == 10:
        raise ValueError('invalid NIP base')
    return nine + str(c)


def es_cif(letter, seven):
    s = 0
    for i, c in enumerate(seven):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        s += d
    return letter + seven + str((10 - s % 10) % 10)


def gr_afm(eight):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight))
    return eight + str(s % 11 % 10)


def uk_vat(seven):
    s = sum(int(d) * w for d, w in zip(seven, range(8, 1, -1)))
    chk = (-s) % 97
    return 'GB' + seven + '%02d' % chk


# ----------------------------------------------------------------- bitcoin
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


def bech32_addr(program20, hrp='bc'):
    data = [0] + _convertbits(program20, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
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


def base58check_valid(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def btc_bech32(seed):
    return bech32_addr(hashlib.sha256(seed.encode()).digest()[:20])


def btc_p2pkh(seed):
    return base58check(0, hashlib.sha256(seed.encode()).digest()[:20])
