"""ZIP writer with optional traditional PKWARE (ZipCrypto) encryption."""
import random
import struct
import zlib

_CRC = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRC.append(_c)


def _crc_byte(crc, b):
    return _CRC[(crc ^ b) & 0xff] ^ (crc >> 8)


class _Keys:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self.update(b)

    def update(self, b):
        self.k0 = _crc_byte(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xff)) & 0xffffffff
        self.k1 = (self.k1 * 134775813 + 1) & 0xffffffff
        self.k2 = _crc_byte(self.k2, self.k1 >> 24)

    def stream_byte(self):
        t = (self.k2 | 2) & 0xffff
        return ((t * (t ^ 1)) >> 8) & 0xff

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            c = p ^ self.stream_byte()
            self.update(p)
            out.append(c)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, seed='zip', dt=(2026, 10, 12, 9, 30, 0), comment=b''):
    """files: list of (name, bytes[, (y,mo,d,h,mi,s)]). Returns zip bytes."""
    rng = random.Random(seed)
    out = bytearray()
    central = bytearray()
    for entry in files:
        name, data = entry[0], entry[1]
        fdt = entry[2] if len(entry) > 2 else dt
        try:
            nb = name.encode('ascii')
            flags = 0
        except UnicodeEncodeError:
            nb = name.encode('utf-8')
            flags = 0x800
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 1
            k = _Keys(password.encode('utf-8') if isinstance(password, str) else password)
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = k.encrypt(hdr) + k.encrypt(comp)
        t, d = _dos(fdt)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, t, d, crc, len(comp), len(data), len(nb), 0)
        out += nb + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031e if False else 20, 20, flags, method, t, d,
                               crc, len(comp), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off, len(comment)) + comment
    return bytes(out)
