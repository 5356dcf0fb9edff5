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
    return _CRCTAB[(crc ^ b) & 0xff] ^ (crc >> 8)


class _Keys:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self.update(b)

    def update(self, b):
        self.k0 = _crc_byte(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xff)) & 0xffffffff
        self.k1 = (self.k1 * 134775813 + 1) & 0xffffffff
        self.k2 = _crc_byte(self.k2, (self.k1 >> 24) & 0xff)

    def stream_byte(self):
        t = (self.k2 | 2) & 0xffff
        return ((t * (t ^ 1)) >> 8) & 0xff

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            c = b ^ self.stream_byte()
            self.update(b)
            out.append(c)
        return bytes(out)


def _dosdt(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def build(entries, password=None, rng=None, comment=b'', store_exts=()):
    """entries: list of (name, data_bytes, (Y,M,D,h,m,s)). Returns zip bytes."""
    out = bytearray()
    central = bytearray()
    for name, data, dt in entries:
        try:
            fn = name.encode('ascii')
            flags = 0
        except UnicodeEncodeError:
            fn = name.encode('utf-8')
            flags = 0x800
        crc = zlib.crc32(data) & 0xffffffff
        if name.lower().endswith(tuple(store_exts)) or len(data) == 0:
            method = 0
            comp = data
        else:
            method = 8
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
        if password is not None:
            flags |= 1
            keys = _Keys(password.encode('utf-8'))
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = keys.encrypt(hdr + comp)
        t, d = _dosdt(dt)
        ver = 20
        local = struct.pack('<IHHHHHIIIHH', 0x04034b50, ver, flags, method, t, d, crc, len(comp), len(data), len(fn), 0)
        off = len(out)
        out += local + fn + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, ver, flags, method, t, d, crc,
                               len(comp), len(data), len(fn), 0, 0, 0, 0, 0x20, off) + fn
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(entries), len(entries), len(central), cd_off, len(comment)) + comment
    return bytes(out)
