"""Deterministic ZIP writer with optional traditional PKWARE encryption
(ZipCrypto).  Python's zipfile can read but not write ZipCrypto."""
import random
import struct
import zlib

_CRCTAB = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRCTAB[(crc ^ b) & 0xFF]


class _Keys:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pw:
            self.update(b)

    def update(self, b):
        k0, k1, k2 = self.k
        k0 = _crc_byte(k0, b)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = _crc_byte(k2, k1 >> 24)
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
    y, mo, d, h, mi, s = dt
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def make_zip(files, password=None, seed="zip", comment=b""):
    """files: list of (name, bytes, (y,m,d,h,mi,s)).  Returns ZIP bytes."""
    rng = random.Random(seed)
    out = bytearray()
    central = bytearray()
    for name, data, dt in files:
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
        dtime, ddate = _dos(dt)
        if password is not None:
            flags |= 1
            keys = _Keys(password.encode("utf-8"))
            header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = keys.encrypt(header + comp)
        ver = 20
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, ver, flags, method, dtime, ddate,
                            crc, len(comp), len(data), len(fname), 0)
        off = len(out)
        out += local + fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, ver, flags,
                               method, dtime, ddate, crc, len(comp), len(data), len(fname),
                               0, 0, 0, 0, 0x20, off) + fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central),
                       cd_off, len(comment)) + comment
    return bytes(out)


if __name__ == "__main__":
    import io
    import zipfile
    z = make_zip([("a.txt", b"hello world" * 20, (2026, 10, 12, 9, 30, 0)),
                  ("Требование.pdf.lnk", b"x", (2026, 10, 12, 9, 30, 0))], password="1127")
    zf = zipfile.ZipFile(io.BytesIO(z))
    zf.setpassword(b"1127")
    print([(i.filename, zf.read(i)[:11]) for i in zf.infolist()])
