"""ZIP writer with optional traditional PKWARE encryption (ZipCrypto), deterministic."""
import struct
import zlib

_CRC = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC.append(_c)


def _crc_byte(crc, b):
    return _CRC[(crc ^ b) & 0xFF] ^ (crc >> 8)


class _Keys:
    def __init__(self, password):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in password:
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


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, date_time=(2026, 10, 12, 9, 30, 0), seed=b"", utf8_names=True):
    """files: list of (name, bytes). Returns the ZIP archive bytes."""
    import hashlib
    out = bytearray()
    central = bytearray()
    for idx, (name, data) in enumerate(files):
        fname = name.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        flags = 0
        if utf8_names and any(b > 127 for b in fname):
            flags |= 0x800
        if password is not None:
            flags |= 0x1
            keys = _Keys(password.encode("utf-8") if isinstance(password, str) else password)
            # 11 pseudo-random bytes (deterministic) + high byte of CRC as check byte
            rnd = hashlib.sha256(seed + b"|" + fname + b"|hdr").digest()[:11]
            header = rnd + bytes([(crc >> 24) & 0xFF])
            comp = keys.encrypt(header + comp)
        dtime, ddate = _dos_time(date_time)
        local_off = len(out)
        ver = 20
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, ver, flags, method, dtime, ddate, crc, len(comp), len(data),
                           len(fname), 0)
        out += fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, ver, flags, method,
                               dtime, ddate, crc, len(comp), len(data), len(fname), 0, 0, 0, 0, 0x20, local_off)
        central += fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)
