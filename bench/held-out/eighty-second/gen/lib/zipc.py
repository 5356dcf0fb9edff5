"""ZIP archives: plain (via zipfile) and traditional PKWARE 'ZipCrypto'
encrypted ones (written by hand; zipfile can only decrypt)."""
import io
import struct
import zipfile
import zlib

from . import ids


def _dos(dt6):
    y, mo, d, h, mi, s = dt6
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def plain(files, when=(2026, 10, 12, 9, 30, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0x20
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_T = _crc_table()


class _Keys(object):
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for c in pwd:
            self.update(c)

    def _crc(self, crc, b):
        return _T[(crc ^ b) & 0xFF] ^ (crc >> 8)

    def update(self, b):
        self.k0 = self._crc(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = self._crc(self.k2, (self.k1 >> 24) & 0xFF)

    def stream(self):
        t = (self.k2 | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream())
            self.update(p)
        return bytes(out)


def zipcrypto(files, password, seed, when=(2026, 10, 12, 9, 30, 0)):
    """files: [(name, bytes)], password: str.  Deflate + ZipCrypto."""
    r = ids.rng("zipcrypto", seed)
    pwd = password.encode("utf-8")
    dtime, ddate = _dos(when)
    out = bytearray()
    central = bytearray()
    for name, data in files:
        if isinstance(data, str):
            data = data.encode("utf-8")
        try:
            fn = name.encode("ascii")
            flags = 0x0001
        except UnicodeEncodeError:
            fn = name.encode("utf-8")
            flags = 0x0001 | 0x0800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        k = _Keys(pwd)
        header = bytes(r.getrandbits(8) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
        enc = k.encrypt(header + comp)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, dtime, ddate,
                           crc, len(enc), len(data), len(fn), 0)
        out += fn + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, dtime, ddate,
                               crc, len(enc), len(data), len(fn), 0, 0, 0, 0, 0x20, off)
        central += fn
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files),
                       len(central), cd_off, 0)
    return bytes(out)
