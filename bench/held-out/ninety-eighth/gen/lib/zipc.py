"""ZIP archive writer (stored/deflate) with optional traditional PKWARE encryption (ZipCrypto).
Deterministic: fixed timestamps, header bytes from a seeded RNG."""
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

    def stream(self):
        t = (self.k[2] | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream())
            self.update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, seed="zip", deflate=True):
    """files: list of (name, bytes, (Y,M,D,h,m,s)). Returns zip bytes."""
    rng = random.Random(seed)
    out = bytearray()
    central = bytearray()
    for name, data, dt in files:
        fname = name.encode("cp437") if all(ord(c) < 128 for c in name) else name.encode("utf-8")
        flags = 0 if all(ord(c) < 128 for c in name) else 0x800
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
            keys = _Keys(password.encode("utf-8"))
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = keys.encrypt(hdr) + keys.encrypt(comp)
        t, d = _dos(dt)
        offset = len(out)
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc,
                            len(comp), len(data), len(fname), 0)
        out += local + fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flags, method, t, d,
                               crc, len(comp), len(data), len(fname), 0, 0, 0, 0,
                               (0o100644 << 16), offset) + fname
    cd_off = len(out)
    out += central
    n = len(files)
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, len(central), cd_off, 0)
    return bytes(out)
