"""ZIP writer with optional traditional PKWARE (ZipCrypto) encryption.
Deterministic: fixed timestamps, seeded encryption header."""
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
    return _CRCTAB[(crc ^ b) & 0xFF] ^ (crc >> 8)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._update(b)

    def _update(self, b):
        k = self.k
        k[0] = _crc_byte(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, seed="zip"):
    """files: list of (name, bytes, (Y,M,D,h,m,s)). Returns zip bytes."""
    rnd = random.Random(seed)
    out = bytearray()
    central = bytearray()
    for name, data, dt in files:
        fname = name.encode("utf-8")
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode("utf-8"))
            header = bytes(rnd.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
            comp = zc.encrypt(header + comp)
        t, d = _dos(dt)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc,
                           len(comp), len(data), len(fname), 0) + fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flags, method,
                               t, d, crc, len(comp), len(data), len(fname), 0, 0, 0, 0,
                               0o100644 << 16, off) + fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central),
                       cd_off, 0)
    return bytes(out)
