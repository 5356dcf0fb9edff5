"""ZIP writing: plain (zipfile) and ZipCrypto-encrypted (hand-written, stdlib only)."""
import io
import random
import struct
import zipfile
import zlib

_CRCTAB = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRCTAB[(crc ^ b) & 0xFF]


class _ZipCrypto:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self._update(b)

    def _update(self, b):
        self.k0 = _crc_byte(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = _crc_byte(self.k2, (self.k1 >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k2 | 2) & 0xFFFF
            k = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(p ^ k)
            self._update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, seed="zip", date_time=(2026, 11, 3, 9, 12, 44)):
    """files: list of (name, bytes). Returns zip bytes. ZipCrypto if password."""
    if password is None:
        bio = io.BytesIO()
        with zipfile.ZipFile(bio, "w") as zf:
            for name, data in files:
                zi = zipfile.ZipInfo(name, date_time=date_time)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.create_system = 0
                zf.writestr(zi, data)
        return bio.getvalue()
    rnd = random.Random(seed)
    pwd = password.encode("utf-8")
    dtime, ddate = _dos(date_time)
    out = bytearray()
    central = bytearray()
    for name, data in files:
        try:
            fname = name.encode("ascii")
            flags = 0x0001
        except UnicodeEncodeError:
            fname = name.encode("utf-8")
            flags = 0x0001 | 0x0800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(pwd)
        header = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = zc.encrypt(header + comp)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, dtime, ddate, crc,
                           len(enc), len(data), len(fname), 0) + fname + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, dtime, ddate, crc,
                               len(enc), len(data), len(fname), 0, 0, 0, 0, 0x20, off) + fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)
