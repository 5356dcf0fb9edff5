"""ZIP archives: plain (stored/deflated) and PKWARE traditional encryption (ZipCrypto).

Written by hand so the archives are byte-for-byte deterministic.
"""
import hashlib
import struct
import zlib


def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_T = _crc_table()


def _crc_byte(crc, b):
    return _T[(crc ^ b) & 0xFF] ^ (crc >> 8)


class _Keys:
    def __init__(self, pwd: bytes):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self.update(b)

    def update(self, b):
        self.k0 = _crc_byte(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = _crc_byte(self.k2, (self.k1 >> 24) & 0xFF)

    def stream_byte(self):
        t = (self.k2 | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream_byte())
            self.update(p)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, seed="zip", deflate=True):
    """files: list of (name, bytes, (Y, M, D, h, m, s)). Returns zip bytes."""
    out = bytearray()
    central = bytearray()
    for idx, (name, data, dt) in enumerate(files):
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
            flags |= 0x1
            keys = _Keys(password.encode("utf-8"))
            rnd = hashlib.sha256(f"{seed}/{idx}".encode()).digest()[:11]
            header = rnd + bytes([crc >> 24])
            comp = keys.encrypt(header + comp)
        t, d = _dos_time(dt)
        version = 20
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, version, flags, method, t, d,
                            crc, len(comp), len(data), len(fname), 0)
        offset = len(out)
        out += local + fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, version, flags,
                               method, t, d, crc, len(comp), len(data), len(fname),
                               0, 0, 0, 0, 0o100644 << 16, offset) + fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files),
                       len(central), cd_off, 0)
    return bytes(out)


if __name__ == "__main__":
    import io, zipfile
    z = make_zip([("a.txt", b"hello world\n" * 3, (2026, 11, 3, 9, 14, 20))], password="Fx-2026", seed="t")
    zf = zipfile.ZipFile(io.BytesIO(z))
    assert zf.read("a.txt", pwd=b"Fx-2026") == b"hello world\n" * 3
    try:
        zf.read("a.txt", pwd=b"wrong")
        print("WARN: wrong pwd accepted (1/256 chance)")
    except RuntimeError:
        pass
    z2 = make_zip([("b.txt", b"x", (2026, 11, 3, 9, 14, 20))])
    assert zipfile.ZipFile(io.BytesIO(z2)).read("b.txt") == b"x"
    open("bench/held-out/hundred-and-eleventh/t.zip", "wb").write(z)
    print("ok")
