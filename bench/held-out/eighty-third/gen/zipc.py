"""Deterministic ZIP writer, optionally with traditional PKWARE (ZipCrypto) encryption."""
import struct
import zlib

_CRCTAB = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRCTAB[(crc ^ b) & 0xff]


class _Keys:
    def __init__(self, pw: bytes):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pw:
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
            out.append(p ^ self.stream_byte())
            self.update(p)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, seed=b'audit84', comment=b''):
    """files: list of (name, bytes, (y,mo,d,h,mi,s)). Returns zip bytes."""
    out = bytearray()
    central = bytearray()
    for idx, (name, data, dt) in enumerate(files):
        nb = name.encode('utf-8')
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        t, d = _dos_time(dt)
        if password is not None:
            flags |= 1
            k = _Keys(password.encode('utf-8'))
            hdr = bytearray(zlib.crc32(seed + nb + bytes([i])) & 0xff for i in range(11))
            hdr.append(crc >> 24)
            comp = k.encrypt(bytes(hdr)) + k.encrypt(comp)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, t, d, crc, len(comp), len(data), len(nb), 0)
        out += nb + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031e if False else 20, 20, flags, method, t, d,
                               crc, len(comp), len(data), len(nb), 0, 0, 0, 0, 0x20, off)
        central += nb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off, len(comment))
    out += comment
    return bytes(out)
