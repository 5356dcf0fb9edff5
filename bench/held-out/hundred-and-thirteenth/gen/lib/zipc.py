"""ZIP writer: plain (via zipfile) and traditional PKWARE encryption (ZipCrypto)."""
import io
import random
import struct
import zipfile
import zlib


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def plain_zip(files, dt=(2026, 11, 3, 9, 12, 40)):
    """files: list of (name, bytes)."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


class _Keys:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self.update(c)

    @staticmethod
    def _crc(crc, b):
        return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    def update(self, c):
        k0, k1, k2 = self.k
        k0 = self._crc(k0, c)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = self._crc(k2, (k1 >> 24) & 0xFF)
        self.k = [k0, k1, k2]

    def stream_byte(self):
        t = (self.k[2] | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream_byte())
            self.update(p)
        return bytes(out)


def zipcrypto_zip(files, password, seed, dt=(2026, 11, 3, 9, 12, 40)):
    """ZipCrypto-encrypted, deflated entries. files: list of (name, bytes, utf8flag)."""
    rng = random.Random(seed)
    out = bytearray()
    central = bytearray()
    t, d = _dos(dt)
    for entry in files:
        name, data = entry[0], entry[1]
        nb = name.encode("utf-8")
        flags = 0x0001 | (0x0800 if any(ord(c) > 127 for c in name) else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        keys = _Keys(password.encode())
        header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = keys.encrypt(header) + keys.encrypt(comp)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, t, d, crc, len(enc), len(data), len(nb), 0)
        out += nb + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, t, d, crc, len(enc),
                               len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)
