"""ZIP writer with optional traditional PKWARE encryption (ZipCrypto).
Deterministic: timestamps and the 12-byte encryption header come from
the caller (seeded random.Random)."""

import struct
import zlib

_CRC = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._update(b)

    @staticmethod
    def _crc(crc, b):
        return (crc >> 8) ^ _CRC[(crc ^ b) & 0xFF]

    def _update(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

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


def make_zip(files, rng, password=None, when=(2026, 11, 3, 9, 12, 40),
             deflate=True):
    """files: list of (name, bytes). Returns ZIP archive bytes."""
    out = bytearray()
    central = bytearray()
    t, d = _dos_time(when)
    for name, data in files:
        nb = name.encode("utf-8")
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
            if len(comp) >= len(data):
                comp, method = data, 0
        else:
            comp, method = data, 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode("utf-8"))
            head = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(head + comp)
        off = len(out)
        lh = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d,
                         crc, len(comp), len(data), len(nb), 0)
        out += lh + nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20,
                               flags, method, t, d, crc, len(comp), len(data),
                               len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files),
                       len(central), cd_off, 0)
    return bytes(out)


if __name__ == "__main__":
    import io
    import random
    import zipfile
    z = make_zip([("Rechnung.pdf.js", b"placeholder\n"), ("a.txt", b"x" * 500)],
                 random.Random(1), password="4471")
    zf = zipfile.ZipFile(io.BytesIO(z))
    assert zf.read("a.txt", pwd=b"4471") == b"x" * 500
    assert zf.read("Rechnung.pdf.js", pwd=b"4471") == b"placeholder\n"
    try:
        zf.read("a.txt", pwd=b"wrong")
        print("wrong password accepted?!")
    except RuntimeError:
        pass
    z2 = make_zip([("ü.txt", b"hello")], random.Random(2))
    assert zipfile.ZipFile(io.BytesIO(z2)).read("ü.txt") == b"hello"
    print("zip ok")
