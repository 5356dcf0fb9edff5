"""ZIP archives: plain (zipfile) and traditional PKWARE 'ZipCrypto' encrypted
(written by hand, since zipfile can only decrypt).  Deterministic."""
import io
import random
import struct
import zipfile
import zlib

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC_TABLE.append(_c)


def _crc_byte(crc, b):
    return _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)


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
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def plain_zip(files, date_time=(2026, 11, 2, 9, 14, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            zf.writestr(zi, data)
    return buf.getvalue()


def zipcrypto_zip(files, password, date_time=(2026, 11, 2, 9, 14, 0), seed="zip"):
    rnd = random.Random(seed)
    pwd = password.encode("utf-8")
    out = bytearray()
    central = bytearray()
    t, d = _dos_time(date_time)
    for name, data in files:
        bname = name.encode("utf-8")
        flags = 0x1 | (0x800 if any(c > 127 for c in bname) else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(pwd)
        header = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = zc.encrypt(header) + zc.encrypt(comp)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, t, d, crc,
                           len(enc), len(data), len(bname), 0) + bname + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, t, d,
                               crc, len(enc), len(data), len(bname), 0, 0, 0, 0, 0x20, off) + bname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files),
                       len(central), cd_off, 0)
    return bytes(out)


def check_zip(data, password=None):
    zf = zipfile.ZipFile(io.BytesIO(data))
    res = {}
    for n in zf.namelist():
        res[n] = zf.read(n, pwd=password.encode() if password else None)
    return res
