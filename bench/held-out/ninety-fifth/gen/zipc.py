"""ZIP writer with optional traditional PKWARE encryption (ZipCrypto).
Deterministic: fixed timestamps, seeded encryption header."""

import random
import struct
import zlib

_CRC = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


def _crc_byte(crc, b):
    return _CRC[(crc ^ b) & 0xff] ^ (crc >> 8)


class _Keys:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self.update(b)

    def update(self, b):
        k = self.k
        k[0] = _crc_byte(k[0], b)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xff)

    def stream_byte(self):
        t = (self.k[2] | 2) & 0xffff
        return ((t * (t ^ 1)) >> 8) & 0xff

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


def make_zip(files, password=None, seed="zip", when=(2026, 11, 3, 10, 12, 44)):
    """files: list of (name, bytes). Returns zip archive bytes."""
    rnd = random.Random(seed)
    dtime, ddate = _dos(when)
    local = bytearray()
    central = bytearray()
    for name, data in files:
        fn = name.encode("utf-8")
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 1
            keys = _Keys(password.encode("utf-8"))
            hdr = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = keys.encrypt(hdr + comp)
        off = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, flags, method, dtime, ddate,
                             crc, len(comp), len(data), len(fn), 0) + fn + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 0x031e, 20, flags, method,
                               dtime, ddate, crc, len(comp), len(data), len(fn), 0, 0, 0, 0,
                               0o100644 << 16, off) + fn
    end = struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(files), len(files),
                      len(central), len(local), 0)
    return bytes(local + central + end)
