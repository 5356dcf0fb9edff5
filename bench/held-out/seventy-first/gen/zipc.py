"""ZIP writer with optional traditional PKWARE encryption (ZipCrypto). Deterministic."""
import struct
import zlib

from util import hb

_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _TABLE.append(_c)


def _crc_byte(crc, b):
    return _TABLE[(crc ^ b) & 0xff] ^ (crc >> 8)


class _Keys:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pw:
            self.update(c)

    def update(self, c):
        k0, k1, k2 = self.k
        k0 = _crc_byte(k0, c)
        k1 = (k1 + (k0 & 0xff)) & 0xffffffff
        k1 = (k1 * 134775813 + 1) & 0xffffffff
        k2 = _crc_byte(k2, (k1 >> 24) & 0xff)
        self.k = [k0, k1, k2]

    def stream(self):
        t = (self.k[2] | 2) & 0xffff
        return ((t * (t ^ 1)) >> 8) & 0xff

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream())
            self.update(p)
        return bytes(out)


def _dos(y, mo, d, hh, mi, ss):
    return ((hh << 11) | (mi << 5) | (ss // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, when=(2026, 10, 12, 9, 15, 0), seed='zip', deflate=True):
    """files: list of (name, bytes). Returns zip bytes."""
    t, d = _dos(*when)
    local = bytearray()
    central = bytearray()
    for i, (name, data) in enumerate(files):
        crc = zlib.crc32(data) & 0xffffffff
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp = data
            method = 0
        flags = 0
        fname = name.encode('utf-8')
        if any(c > 127 for c in fname):
            flags |= 0x800
        if password:
            flags |= 1
            k = _Keys(password.encode('utf-8'))
            header = bytearray(hb(seed + name, 11)) + bytes([crc >> 24])
            comp = k.encrypt(bytes(header)) + k.encrypt(comp)
        offset = len(local)
        local += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, t, d, crc, len(comp), len(data),
                             len(fname), 0) + fname + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031e, 20, flags, method, t, d, crc,
                               len(comp), len(data), len(fname), 0, 0, 0, 0, 0o100644 << 16, offset) + fname
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), len(local), 0)
    return bytes(local + central + end)
