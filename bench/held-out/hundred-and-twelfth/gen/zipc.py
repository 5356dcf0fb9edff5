"""ZIP writer with optional traditional PKWARE encryption (ZipCrypto)."""
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
    return (crc >> 8) ^ _CRC[(crc ^ b) & 0xFF]


class _Keys:
    def __init__(self, pw: bytes):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pw:
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
        for p in data:
            out.append(p ^ self.stream_byte())
            self.update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(entries, password=None, seed="zip", comment=b""):
    """entries: list of (name, bytes, (y,mo,d,h,mi,s)).  Returns zip bytes."""
    rng = random.Random(seed)
    out = bytearray()
    central = bytearray()
    for name, data, dt in entries:
        fname = name.encode("utf-8")
        flags = 0
        try:
            name.encode("ascii")
        except UnicodeEncodeError:
            flags |= 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 0x1
            k = _Keys(password.encode("utf-8"))
            header = bytes(rng.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
            comp = k.encrypt(header) + k.encrypt(comp)
        t, d = _dos(dt)
        local_off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc,
                           len(comp), len(data), len(fname), 0) + fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flags, method, t, d, crc,
                               len(comp), len(data), len(fname), 0, 0, 0, 0,
                               (0o100644 << 16), local_off) + fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_off,
                       len(comment)) + comment
    return bytes(out)
