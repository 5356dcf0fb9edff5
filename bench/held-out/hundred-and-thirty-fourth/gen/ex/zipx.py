"""Deterministic ZIP writer with optional traditional PKWARE (ZipCrypto)
encryption - the scheme 7-Zip/WinZip use by default for password ZIPs."""
import struct
import zlib

_CRCTAB = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_byte(crc, b):
    return _CRCTAB[(crc ^ b) & 0xFF] ^ (crc >> 8)


class _Keys:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self.update(b)

    def update(self, b):
        self.k0 = _crc_byte(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = _crc_byte(self.k2, self.k1 >> 24)

    def stream_byte(self):
        t = (self.k2 | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream_byte())
            self.update(p)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def build_zip(entries, rng=None, password=None, made_by=0x0314, comment=b""):
    """entries: list of (name, data, (y,mo,d,h,mi,s)) ; returns bytes."""
    out = bytearray()
    central = bytearray()
    for name, data, when in entries:
        fname = name.encode("utf-8")
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if name.endswith("/"):
            comp, method = b"", 0
        else:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
            if len(comp) >= len(data):
                comp, method = data, 0
        if password:
            flags |= 1
            keys = _Keys(password.encode("utf-8"))
            header = bytes(rng.getrandbits(8) for _ in range(11)) + bytes([crc >> 24])
            comp = keys.encrypt(header) + keys.encrypt(comp)
        t, d = _dos_time(when)
        ver = 20
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, ver, flags, method, t, d, crc,
                            len(comp), len(data), len(fname), 0) + fname
        offset = len(out)
        out += local + comp
        ext_attr = (0o100644 << 16) if made_by >> 8 == 3 else 0x20
        if name.endswith("/"):
            ext_attr = (0o40755 << 16) | 0x10 if made_by >> 8 == 3 else 0x10
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, made_by, ver, flags, method, t, d, crc,
                               len(comp), len(data), len(fname), 0, 0, 0, 0, ext_attr, offset) + fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central),
                       cd_off, len(comment)) + comment
    return bytes(out)
