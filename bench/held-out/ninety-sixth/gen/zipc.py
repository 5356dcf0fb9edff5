"""ZIP writer with optional traditional PKWARE encryption (ZipCrypto).

Python's zipfile can read but not write encrypted archives, so the format
is written by hand here: local headers, deflate (raw, wbits=-15),
12-byte ZipCrypto encryption header whose last byte is the CRC high byte,
central directory and end record.  Deterministic: the 'random' header
bytes come from a seeded PRNG and timestamps are fixed by the caller.
"""
import random
import struct
import zlib

_CRCTAB = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_byte(crc, b):
    return _CRCTAB[(crc ^ b) & 0xFF] ^ (crc >> 8)


class _ZipCrypto:
    def __init__(self, password):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in password:
            self._update(b)

    def _update(self, b):
        k = self.k
        k[0] = _crc_byte(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            t = (self.k[2] | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            self._update(b)
            out.append(b ^ ks)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(entries, password=None, seed="zip", when=(2026, 10, 12, 16, 40, 12)):
    """entries: list of (name, bytes). Returns ZIP archive bytes."""
    rng = random.Random(seed)
    out = bytearray()
    central = bytearray()
    dtime, ddate = _dos_time(when)
    for name, data in entries:
        try:
            fname = name.encode("ascii")
            flags = 0
        except UnicodeEncodeError:
            fname = name.encode("utf-8")
            flags = 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 0x1
            zc = _ZipCrypto(password.encode("utf-8"))
            header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(header + comp)
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, dtime, ddate,
                           crc, len(comp), len(data), len(fname), 0)
        out += fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method,
                               dtime, ddate, crc, len(comp), len(data), len(fname),
                               0, 0, 0, 0, 0x20, offset)
        central += fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                       len(central), cd_off, 0)
    return bytes(out)
