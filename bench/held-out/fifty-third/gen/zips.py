"""ZIP archive writer with optional traditional PKWARE (ZipCrypto) encryption."""
import struct
import zlib

from util import in_zone

_CRCTAB = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_upd(crc, b):
    return (crc >> 8) ^ _CRCTAB[(crc ^ b) & 0xFF]


class _ZipCrypto:
    def __init__(self, password):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in password:
            self._update(b)

    def _update(self, b):
        k0, k1, k2 = self.k
        k0 = _crc_upd(k0, b)
        k1 = (k1 + (k0 & 0xFF)) & 0xFFFFFFFF
        k1 = (k1 * 134775813 + 1) & 0xFFFFFFFF
        k2 = _crc_upd(k2, (k1 >> 24) & 0xFF)
        self.k = [k0, k1, k2]

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def _dos(t_utc, zone):
    l = in_zone(t_utc, zone)
    time = (l.hour << 11) | (l.minute << 5) | (l.second // 2)
    date = ((l.year - 1980) << 9) | (l.month << 5) | l.day
    return time, date


def make_zip(files, t_utc, zone="CET", password=None, rng=None, deflate=True, comment=b""):
    """files: list of (name, bytes). password: bytes or None (ZipCrypto)."""
    out = bytearray()
    central = bytearray()
    dtime, ddate = _dos(t_utc, zone)
    for name, data in files:
        try:
            fname = name.encode("ascii")
            flags = 0
        except UnicodeEncodeError:
            fname = name.encode("utf-8")
            flags = 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp, method = data, 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password)
            header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(header + comp)
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, dtime, ddate, crc,
                           len(comp), len(data), len(fname), 0) + fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E if False else 20, 20, flags, method,
                               dtime, ddate, crc, len(comp), len(data), len(fname), 0, 0, 0, 0,
                               0x20, offset) + fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off,
                       len(comment)) + comment
    return bytes(out)


PLACEHOLDER = b"inert placeholder - no executable content (mail filter evaluation sample)\r\n"
