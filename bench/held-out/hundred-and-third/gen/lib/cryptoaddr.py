"""Bitcoin address encoders with valid checksums (bech32 / base58check)."""
import hashlib

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


def bech32_segwit_v0(program20, hrp='bc'):
    data = [0] + _convertbits(program20, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    checksum = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_CHARSET[d] for d in data + checksum)


def bech32_verify(addr):
    hrp, data = addr.rsplit('1', 1)
    vals = [_CHARSET.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check(version_byte, payload):
    raw = bytes([version_byte]) + payload
    chk = hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    raw += chk
    n = int.from_bytes(raw, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(raw) - len(raw.lstrip(b'\0'))
    return '1' * pad + s


def base58_verify(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip('1'))
    raw = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    raw = b'\0' * pad + raw
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def seeded_program(seed):
    """20-byte program derived from a fixed seed (not tied to any key)."""
    return hashlib.new('ripemd160', hashlib.sha256(seed.encode()).digest()).digest() \
        if 'ripemd160' in hashlib.algorithms_available else hashlib.sha256(seed.encode()).digest()[:20]


def btc_bech32(seed):
    return bech32_segwit_v0(seeded_program(seed))


def btc_p2pkh(seed):
    return base58check(0x00, seeded_program(seed))
