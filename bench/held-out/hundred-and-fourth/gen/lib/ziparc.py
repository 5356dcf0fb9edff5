"""ZIP writer (stored/deflated) with optional traditional PKWARE encryption (ZipCrypto).
Deterministic: fixed timestamps, encryption header bytes from a seeded RNG."""
import random
import struct
import zlib

_CRCTAB = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRCTAB[(crc ^ b) & 0xff]


class _ZipCrypto:
    def __init__(self, password: bytes):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in password:
            self._update(b)

    def _update(self, b):
        self.k0 = _crc_byte(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xff)) & 0xffffffff
        self.k1 = (self.k1 * 134775813 + 1) & 0xffffffff
        self.k2 = _crc_byte(self.k2, (self.k1 >> 24) & 0xff)

    def _stream(self):
        t = (self.k2 | 2) & 0xffff
        return ((t * (t ^ 1)) >> 8) & 0xff

    def encrypt(self, data: bytes):
        out = bytearray()
        for p in data:
            out.append(p ^ self._stream())
            self._update(p)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(entries, password=None, seed='zip', comment=b''):
    """entries: list of (name, bytes, (y,mo,d,h,mi,s)). Returns zip bytes."""
    rng = random.Random(seed)
    local = bytearray()
    central = bytearray()
    for name, data, dt in entries:
        try:
            fname = name.encode('ascii')
            flags = 0
        except UnicodeEncodeError:
            fname = name.encode('utf-8')
            flags = 0x800
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 0x1
            zc = _ZipCrypto(password.encode('utf-8'))
            header = bytes(rng.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xff])
            comp = zc.encrypt(header + comp)
        t, d = _dos_time(dt)
        offset = len(local)
        version = 20
        local += struct.pack('<IHHHHHIIIHH', 0x04034b50, version, flags, method, t, d, crc,
                             len(comp), len(data), len(fname), 0) + fname + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031e if flags & 0x800 else 0x0014, version, flags, method,
                               t, d, crc, len(comp), len(data), len(fname), 0, 0, 0, 0,
                               0o100644 << 16 if flags & 0x800 else 0x20, offset) + fname
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(entries), len(entries), len(central),
                      len(local), len(comment)) + comment
    return bytes(local + central + end)
