"""ZIP writer with optional traditional PKWARE encryption (ZipCrypto). Stdlib only, deterministic."""
import random
import struct
import zlib

_CRC = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


def _crc_byte(crc, b):
    return _CRC[(crc ^ b) & 0xFF] ^ (crc >> 8)


class _Keys:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self.update(b)

    def update(self, b):
        k0, k1, k2 = self.k
        k0 = _crc_byte(k0, b)
        k1 = (k1 + (k0 & 0xFF)) & 0xFFFFFFFF
        k1 = (k1 * 134775813 + 1) & 0xFFFFFFFF
        k2 = _crc_byte(k2, (k1 >> 24) & 0xFF)
        self.k = [k0, k1, k2]

    def stream_byte(self):
        t = (self.k[2] | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream_byte())
            self.update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, seed=0, dt=(2026, 11, 10, 9, 12, 30), deflate=True, comment=b""):
    """files: list of (name, bytes). Returns zip bytes."""
    rnd = random.Random(seed)
    t, d = _dos(dt)
    out = bytearray()
    central = bytearray()
    for name, data in files:
        nb = name.encode("utf-8")
        flags = 0
        if any(ord(c) > 127 for c in name):
            flags |= 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp = data
            method = 0
        if password is not None:
            flags |= 1
            keys = _Keys(password)
            hdr = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = keys.encrypt(hdr) + keys.encrypt(comp)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc, len(comp), len(data), len(nb), 0)
        out += nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, t, d,
                               crc, len(comp), len(data), len(nb), 0, 0, 0, 0, 0x20, off)
        central += nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, len(comment)) + comment
    return bytes(out)
