"""ZIP writer with optional traditional PKWARE (ZipCrypto) encryption.
Archives here only ever hold one-line text placeholders."""
import struct
import zlib

from util import rng_for

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
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self.update(b)

    def update(self, b):
        self.k0 = _crc_byte(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = _crc_byte(self.k2, (self.k1 >> 24) & 0xFF)

    def stream_byte(self):
        t = (self.k2 | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            c = b ^ self.stream_byte()
            self.update(b)
            out.append(c)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, seed="zip", when=(2026, 10, 12, 9, 30, 0), deflate=True):
    """files: list of (name, bytes). Deterministic output."""
    rng = rng_for(seed)
    local = b""
    central = b""
    for name, data in files:
        nb = name.encode("utf-8")
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp, method = data, 0
        t, d = _dos(when)
        if password:
            flags |= 1
            keys = _Keys(password.encode("utf-8"))
            header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = keys.encrypt(header) + keys.encrypt(comp)
        off = len(local)
        lh = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc,
                         len(comp), len(data), len(nb), 0)
        local += lh + nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flags, method, t, d,
                               crc, len(comp), len(data), len(nb), 0, 0, 0, 0,
                               0o100644 << 16, off) + nb
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), len(local), 0)
    return local + central + end
