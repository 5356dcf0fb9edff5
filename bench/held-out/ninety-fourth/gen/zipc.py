"""ZIP writer with optional traditional PKWARE encryption (ZipCrypto).
Deterministic: fixed timestamps, seeded random encryption header."""

import random
import struct
import zlib

_CRCTAB = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_byte(crc, b):
    return _CRCTAB[(crc ^ b) & 0xff] ^ (crc >> 8)


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
        k[2] = _crc_byte(k[2], k[1] >> 24)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self.update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return (h << 11 | mi << 5 | s // 2), ((y - 1980) << 9 | mo << 5 | d)


def make_zip(entries, password=None, seed="zip"):
    """entries: list of (name, bytes, (Y,M,D,h,m,s)). Returns zip bytes."""
    rng = random.Random(seed)
    out = bytearray()
    central = bytearray()
    for name, data, dt in entries:
        if isinstance(data, str):
            data = data.encode("utf-8")
        try:
            nb = name.encode("ascii")
            flags = 0
        except UnicodeEncodeError:
            nb = name.encode("utf-8")
            flags = 0x800
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password:
            flags |= 1
            keys = _Keys(password.encode("utf-8"))
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = keys.encrypt(hdr) + keys.encrypt(comp)
        t, d = _dos(dt)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, flags, method, t, d, crc,
                           len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 0x0014, 20, flags, method,
                               t, d, crc, len(comp), len(data), len(nb), 0, 0, 0, 0,
                               0x20, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(entries), len(entries),
                       len(central), cd_off, 0)
    return bytes(out)
