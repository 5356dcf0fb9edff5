"""ZIP writer with optional traditional PKWARE encryption (ZipCrypto).
Deterministic: fixed timestamps, seeded encryption header."""
import random
import struct
import zlib

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def _crc_update(crc, b):
    return (crc >> 8) ^ _CRC_TABLE[(crc ^ b) & 0xFF]


class _ZipCrypto:
    def __init__(self, password):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in password:
            self._update(b)

    def _update(self, b):
        k = self.k
        k[0] = _crc_update(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_update(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(entries, password=None, seed='zip', when=(2026, 11, 3, 10, 12, 44),
             deflate=True):
    """entries: list of (name, bytes). Returns zip bytes."""
    rnd = random.Random(seed)
    local = bytearray()
    central = bytearray()
    dtime, ddate = _dos_time(when)
    for name, data in entries:
        try:
            nb = name.encode('ascii')
            flags = 0
        except UnicodeEncodeError:
            nb = name.encode('utf-8')
            flags = 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp = data
            method = 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode('utf-8'))
            header = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(header + comp)
        off = len(local)
        local += struct.pack('<IHHHHHIIIHH', 0x04034B50, 20, flags, method, dtime, ddate,
                             crc, len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, 20, 20, flags, method,
                               dtime, ddate, crc, len(comp), len(data), len(nb), 0, 0, 0,
                               0, 0x20, off) + nb
    end = struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(entries), len(entries),
                      len(central), len(local), 0)
    return bytes(local + central + end)
