"""Check-digit arithmetic for IBANs, national bank codes, tax identifiers,
Bitcoin bech32 addresses and Russian account keys (generation + validation)."""
import re


def iban_check(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(c, 36)) for c in s)
    return '%02d' % (98 - int(num) % 97)


def make_iban(cc, bban):
    return cc + iban_check(cc, bban) + bban


def iban_valid(iban):
    s = iban.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', s):
        return False
    lens = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20, 'NL': 18, 'BE': 16,
            'FR': 27, 'IE': 22, 'PT': 25, 'AT': 20, 'CY': 28, 'BG': 22, 'RO': 24, 'LV': 21, 'EE': 20, 'HR': 21,
            'SK': 24, 'CZ': 24, 'HU': 28, 'MT': 31}
    if s[:2] in lens and len(s) != lens[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def fmt_iban(iban):
    s = iban.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# --- Italy: CIN -------------------------------------------------------------
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        tot += _ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return make_iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


def it_bban_valid(iban):
    s = iban.replace(' ', '')
    return it_cin(s[5:10], s[10:15], s[15:27]) == s[4]


# --- Spain: DC ----------------------------------------------------------------
def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(digits.zfill(10))) % 11
    return {10: 1, 11: 0}.get(d, d)


def es_iban(entidad, oficina, cuenta):
    dc = '%d%d' % (_es_dc('00' + entidad + oficina), _es_dc(cuenta))
    return make_iban('ES', entidad + oficina + dc + cuenta)


def es_bban_valid(iban):
    s = iban.replace(' ', '')
    return s[12:14] == '%d%d' % (_es_dc('00' + s[4:12]), _es_dc(s[14:24]))


# --- Poland: bank/branch code check digit --------------------------------
def pl_sortcode(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    return first7 + str((10 - sum(int(c) * w[i] for i, c in enumerate(first7)) % 10) % 10)


def pl_iban(bank7, account16):
    return make_iban('PL', pl_sortcode(bank7) + account16)


def pl_bban_valid(iban):
    s = iban.replace(' ', '')
    return pl_sortcode(s[4:11]) == s[4:12]


def fmt_nrb(iban):
    """Polish domestic format: 2 4 4 4 4 4 4."""
    s = iban.replace(' ', '')[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, 26, 4))


# --- tax identifiers --------------------------------------------------------
def de_ustid(base8):
    """ISO 7064 MOD 11,10 check digit for German USt-IdNr."""
    p = 10
    for c in base8:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    chk = 11 - p
    if chk == 10:
        chk = 0
    return 'DE' + base8 + str(chk)


def de_ustid_valid(v):
    v = v.replace(' ', '')
    return len(v) == 11 and de_ustid(v[2:10]) == v


def it_piva(base10):
    tot = 0
    for i, c in enumerate(base10):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return base10 + str((10 - tot % 10) % 10)


def it_piva_valid(v):
    v = v.replace('IT', '')
    return len(v) == 11 and it_piva(v[:10]) == v


def pl_nip(base9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(base9, w)) % 11
    if c == 10:
        raise ValueError('invalid NIP base')
    return base9 + str(c)


def pl_nip_valid(v):
    v = re.sub(r'\D', '', v)
    try:
        return len(v) == 10 and pl_nip(v[:9]) == v
    except ValueError:
        return False


def pl_regon9(base8):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(base8, w)) % 11
    return base8 + str(0 if c == 10 else c)


def pl_regon_valid(v):
    return len(v) == 9 and pl_regon9(v[:8]) == v


def es_cif(letter, base7):
    tot = 0
    for i, c in enumerate(base7):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        tot += d
    ctl = (10 - tot % 10) % 10
    if letter in 'PQRSNW':
        return letter + base7 + 'JABCDEFGHI'[ctl]
    return letter + base7 + str(ctl)


def es_cif_valid(v):
    return es_cif(v[0], v[1:8]) == v


def es_nif(num8):
    return num8 + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(num8) % 23]


def gr_afm(base8):
    tot = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(base8))
    return base8 + str(tot % 11 % 10)


def gr_afm_valid(v):
    v = v.replace('EL', '')
    return len(v) == 9 and gr_afm(v[:8]) == v


def gb_vat(base7):
    """Modulus 97 (pre-2010 style: sum + check = 0 mod 97)."""
    tot = sum(int(c) * w for c, w in zip(base7, [8, 7, 6, 5, 4, 3, 2]))
    chk = (-tot) % 97
    return base7 + '%02d' % chk


def gb_vat_valid(v):
    v = re.sub(r'\D', '', v)
    tot = sum(int(c) * w for c, w in zip(v[:7], [8, 7, 6, 5, 4, 3, 2])) + int(v[7:9])
    return len(v) == 9 and (tot % 97 == 0 or (tot + 55) % 97 == 0)


def fmt_gb_vat(v):
    return 'GB %s %s %s' % (v[:3], v[3:7], v[7:])


def ru_inn10(base9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return base9 + str(sum(int(a) * b for a, b in zip(base9, w)) % 11 % 10)


def ru_inn_valid(v):
    return len(v) == 10 and ru_inn10(v[:9]) == v


def ru_ogrn(base12):
    return base12 + str(int(base12) % 11 % 10)


def ru_ogrn_valid(v):
    return len(v) == 13 and ru_ogrn(v[:12]) == v


def ru_account(bik, acc19_with_placeholder):
    """acc: 20 chars with a '?' at position 9 (the key).  Returns full account."""
    assert acc19_with_placeholder[8] == '?'
    w = [7, 1, 3] * 8
    for k in range(10):
        acc = acc19_with_placeholder[:8] + str(k) + acc19_with_placeholder[9:]
        s = bik[-3:] + acc
        if sum(int(c) * w[i] for i, c in enumerate(s)) % 10 == 0:
            return acc
    raise ValueError


def ru_account_valid(bik, acc):
    w = [7, 1, 3] * 8
    s = bik[-3:] + acc
    return len(acc) == 20 and sum(int(c) * w[i] for i, c in enumerate(s)) % 10 == 0


def ru_corr_valid(bik, corr):
    w = [7, 1, 3] * 8
    s = '0' + bik[4:6] + corr
    return len(corr) == 20 and sum(int(c) * w[i] for i, c in enumerate(s)) % 10 == 0


# --- bech32 (BIP-173) ---------------------------------------------------------
_CH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


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


def bech32_address(program20, hrp='bc'):
    acc = 0
    bits = 0
    data = [0]
    for b in program20:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_CH[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, d = addr.rpartition('1')
    try:
        data = [_CH.index(c) for c in d]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + data) == 1
