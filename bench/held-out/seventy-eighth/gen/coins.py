"""Bitcoin bech32 (BIP-173) and base58check (BTC legacy / TRON) addresses."""
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
    acc, bits, ret = 0, 0, []
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


def bech32_encode(hrp, witver, program):
    data = [witver] + _convertbits(program, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_CHARSET[d] for d in data + checksum)


def bech32_verify(addr):
    hrp, data = addr.rsplit('1', 1)
    values = [_CHARSET.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + values) == 1


def b58check(payload):
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(raw) - len(raw.lstrip(b'\x00'))
    return '1' * pad + s


def b58check_verify(addr):
    n = 0
    for c in addr:
        n = n * 58 + _B58.index(c)
    pad = len(addr) - len(addr.lstrip('1'))
    raw = b'\x00' * pad + n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def btc_p2wpkh(seed):
    prog = hashlib.new('sha256', seed.encode()).digest()[:20]
    return bech32_encode('bc', 0, prog)


def btc_legacy(seed):
    return b58check(b'\x00' + hashlib.sha256(seed.encode()).digest()[:20])


def tron(seed):
    return b58check(b'\x41' + hashlib.sha256(seed.encode()).digest()[:20])


def selftest():
    prog = bytes.fromhex('751e76e8199196d454941c45d1b3a323f1433bd6')
    assert bech32_encode('bc', 0, prog) == 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'
    assert b58check_verify('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')
    return True
