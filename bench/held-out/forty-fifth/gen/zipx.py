"""Deterministic ZIP writer with optional traditional PKWARE encryption (ZipCrypto)."""
import random
import struct
import zlib

_CRC = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRC[(crc ^ b) & 0xFF]


class _Keys:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self.update(b)

    def update(self, b):
        k0, k1, k2 = self.k
        k0 = _crc_byte(k0, b)
        k1 = (k1 + (k0 & 0xFF)) & 0xFFFFFFFF
        k1 = (k1 * 134775813 + 1) & 0xFFFFFFFF
        k2 = _crc_byte(k2, (k1 >> 24) & 0xFF)
        self.k = [k0, k1, k2]

    def stream(self):
        t = (self.k[2] | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream())
            self.update(p)
        return bytes(out)


def _dos(dt):
    t = (dt.hour << 11) | (dt.minute << 5) | (dt.second // 2)
    d = ((dt.year - 1980) << 9) | (dt.month << 5) | dt.day
    return t, d


def make_zip(entries, dt, password=None, seed="zip", comment=b""):
    """entries: list of (name, bytes). dt: naive local datetime for DOS stamps."""
    rnd = random.Random(seed)
    out = bytearray()
    central = bytearray()
    t, d = _dos(dt)
    for name, data in entries:
        fname = name.encode("utf-8")
        flag = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password:
            flag |= 1
            keys = _Keys(password.encode("utf-8"))
            hdr = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = keys.encrypt(hdr) + keys.encrypt(comp)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flag, method, t, d, crc,
                           len(comp), len(data), len(fname), 0) + fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flag, method, t, d,
                               crc, len(comp), len(data), len(fname), 0, 0, 0, 0,
                               0o100644 << 16, off) + fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                       len(central), cd_off, len(comment)) + comment
    return bytes(out)


if __name__ == "__main__":
    import datetime
    import io
    import zipfile
    z = make_zip([("Rechnung_4471.pdf.js", b"placeholder\n")], datetime.datetime(2026, 10, 5, 9, 30), password="4471")
    zf = zipfile.ZipFile(io.BytesIO(z))
    print(zf.infolist(), zf.read("Rechnung_4471.pdf.js", pwd=b"4471"))
