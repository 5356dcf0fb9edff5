"""IBAN and national account check digits, Russian BIK key, INN, bech32."""


def _mod97(s):
    r = 0
    for ch in s:
        r = (r * 10 + int(ch)) % 97 if ch.isdigit() else (r * 100 + (ord(ch) - 55)) % 97
    return r


def iban(country, bban):
    bban = bban.replace(' ', '').upper()
    cd = 98 - _mod97(bban + country + '00')
    return '%s%02d%s' % (country, cd, bban)


def iban_valid(s):
    s = s.replace(' ', '').upper()
    return _mod97(s[4:] + s[:4]) == 1


def fmt_iban(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# --- Italy: CIN -------------------------------------------------------------
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    assert len(s) == 22
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: CCC control digits ------------------------------------------------
def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * w[i] for i, d in enumerate(digits)) % 11
    return {11: 0, 10: 1}.get(r, r)


def iban_es(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta))
    return iban('ES', entidad + oficina + dc + cuenta)


# --- Poland: settlement number check digit ----------------------------------
def pl_sort_ok(s8):
    w = [3, 9, 7, 1, 3, 9, 7]
    return (10 - sum(int(s8[i]) * w[i] for i in range(7)) % 10) % 10 == int(s8[7])


def iban_pl(sort8, account16):
    assert pl_sort_ok(sort8), sort8
    return iban('PL', sort8 + account16)


# --- Belgium: national check --------------------------------------------------
def iban_be(bank3, acct7):
    n = int(bank3 + acct7) % 97
    return iban('BE', bank3 + acct7 + '%02d' % (n or 97))


# --- Russia: BIK control key -------------------------------------------------
_W = [7, 1, 3] * 8


def _ru_key_ok(prefix3, acc20):
    s = prefix3 + acc20
    return sum((int(d) * _W[i]) % 10 for i, d in enumerate(s)) % 10 == 0


def ru_account(bik, acc_without_key, corr=False):
    """acc_without_key: 20 chars with '?' at index 8 for the key."""
    prefix = ('0' + bik[4:6]) if corr else bik[-3:]
    for k in '0123456789':
        a = acc_without_key[:8] + k + acc_without_key[9:]
        if _ru_key_ok(prefix, a):
            return a
    raise ValueError


def ru_account_ok(bik, acc, corr=False):
    return _ru_key_ok(('0' + bik[4:6]) if corr else bik[-3:], acc)


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(first9[i]) * w[i] for i in range(9)) % 11 % 10)


# --- Bitcoin bech32 (BIP-173) -----------------------------------------------
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


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


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


def bech32_p2wpkh(program20, hrp='bc'):
    data = [0] + _convertbits(program20, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_CHARSET[d] for d in data + chk)


def bech32_verify(addr):
    hrp, _, rest = addr.rpartition('1')
    data = [_CHARSET.find(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


# --- Czech Republic: account number check (mod 11) ---------------------------
def _cz_ok(digits, weights):
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11 == 0


def cz_account(first9):
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    s = sum(int(d) * w[i] for i, d in enumerate(first9))
    d = (-s) % 11
    if d == 10:
        raise ValueError('choose other digits')
    acc = first9 + str(d)
    assert _cz_ok(acc, w)
    return acc


def iban_cz(bank4, prefix6, first9):
    assert _cz_ok(prefix6, [10, 5, 8, 4, 2, 1])
    return iban('CZ', bank4 + prefix6 + cz_account(first9))


def pl_sort(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    return first7 + str((10 - sum(int(first7[i]) * w[i] for i in range(7)) % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    d = sum(int(first9[i]) * w[i] for i in range(9)) % 11
    if d == 10:
        raise ValueError('invalid NIP prefix')
    return first9 + str(d)


def fmt_nrb(ib):
    """Polish account number (NRB) formatted as printed on invoices."""
    s = ib.replace(' ', '')[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, len(s), 4))


def es_cif(letter, d7):
    a = sum(int(d7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(d7[i]) * 2
        b += x // 10 + x % 10
    return letter + d7 + str((10 - (a + b) % 10) % 10)


def gr_afm(first8):
    s = sum(int(first8[i]) * (2 ** (8 - i)) for i in range(8))
    return first8 + str(s % 11 % 10)


def iban_gr(bank3, branch4, acct16):
    return iban('GR', bank3 + branch4 + acct16)
