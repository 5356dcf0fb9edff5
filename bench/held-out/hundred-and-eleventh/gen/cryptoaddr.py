"""Bitcoin address helpers: bech32 (BIP173, segwit v0) and base58check (P2PKH)."""
import hashlib

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


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


def bech32_encode(hrp, data):
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + chk)


def bech32_verify(addr):
    hrp, _, data = addr.rpartition("1")
    return _polymod(_hrp_expand(hrp) + [CHARSET.find(c) for c in data]) == 1


def hash160(b):
    return hashlib.new("ripemd160", hashlib.sha256(b).digest()).digest()


def p2wpkh(seed: str):
    prog = hash160(b"\x02" + hashlib.sha256(seed.encode()).digest())
    return bech32_encode("bc", [0] + _convertbits(prog, 8, 5))


def b58check(payload):
    full = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(full, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return "1" * (len(full) - len(full.lstrip(b"\0"))) + s


def b58check_verify(addr):
    n = 0
    for c in addr:
        n = n * 58 + B58.index(c)
    full = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(full[:21]).digest()).digest()[:4] == full[21:]


def p2pkh(seed: str):
    return b58check(b"\x00" + hash160(b"\x03" + hashlib.sha256(seed.encode()).digest()))


if __name__ == "__main__":
    # BIP173 test vector
    assert bech32_verify("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    prog = bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")
    assert bech32_encode("bc", [0] + _convertbits(prog, 8, 5)) == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert b58check_verify("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    a, b = p2wpkh("x"), p2pkh("x")
    assert bech32_verify(a) and b58check_verify(b)
    print(a, b)
