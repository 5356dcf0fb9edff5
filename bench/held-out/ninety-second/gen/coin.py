"""Bitcoin address encoding with valid checksums: bech32 (BIP-173, P2WPKH)
and base58check (P2PKH).  Deterministic from a seed; no real keys."""
import hashlib

_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


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


def bech32_address(program20, hrp='bc'):
    data = [0] + _convertbits(program20, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_CHARSET[d] for d in data + chk)


def bech32_ok(addr):
    hrp, _, rest = addr.rpartition('1')
    data = [_CHARSET.index(c) for c in rest]
    return _polymod(_hrp_expand(hrp) + data) == 1


def base58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    for b in raw:
        if b == 0:
            s = '1' + s
        else:
            break
    return s


def base58check_ok(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def btc_bech32(seed):
    return bech32_address(hashlib.new('sha256', ('btc|' + seed).encode()).digest()[:20])


def btc_p2pkh(seed):
    return base58check(0, hashlib.sha256(('p2pkh|' + seed).encode()).digest()[:20])
