"""ZIP writer with optional traditional PKWARE (ZipCrypto) encryption."""
import random
import struct
import zlib

_CRC = []
for n in range(256):
    c = n
    for _ in range(8):
        c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
    _CRC.append(c)


def _crc_byte(crc, b):
    return _CRC[(crc ^ b) & 0xff] ^ (crc >> 8)


class _Keys:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self.update(b)

    def update(self, b):
        k0, k1, k2 = self.k
        k0 = _crc_byte(k0, b)
        k1 = (k1 + (k0 & 0xff)) & 0xffffffff
        k1 = (k1 * 134775813 + 1) & 0xffffffff
        k2 = _crc_byte(k2, (k1 >> 24) & 0xff)
        self.k = [k0, k1, k2]

    def enc(self, data):
        out = bytearray()
        for b in data:
            t = (self.k[2] | 2) & 0xffff
            s = ((t * (t ^ 1)) >> 8) & 0xff
            out.append(b ^ s)
            self.update(b)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, seed='zip', dt=(2026, 10, 1, 9, 0, 0), deflate=True):
    """files: list of (name, bytes[, dt]). Returns zip bytes."""
    rnd = random.Random(seed)
    out = bytearray()
    central = bytearray()
    for f in files:
        name, data = f[0], f[1]
        fdt = f[2] if len(f) > 2 else dt
        t, d = _dos(fdt)
        crc = zlib.crc32(data) & 0xffffffff
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp = data
            method = 0
        flags = 0
        try:
            bname = name.encode('ascii')
        except UnicodeEncodeError:
            bname = name.encode('utf-8')
            flags |= 0x800
        if password is not None:
            flags |= 1
            keys = _Keys(password.encode('utf-8') if isinstance(password, str) else password)
            hdr = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = keys.enc(hdr) + keys.enc(comp)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, t, d, crc, len(comp), len(data), len(bname), 0)
        out += bname + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031e, 20, flags, method, t, d, crc, len(comp), len(data), len(bname), 0, 0, 0, 0, 0o100644 << 16, off)
        central += bname
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)
