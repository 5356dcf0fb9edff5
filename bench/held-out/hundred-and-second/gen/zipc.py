"""ZIP writer with optional traditional PKWARE encryption (ZipCrypto).
Deterministic: fixed timestamps, encryption header bytes derived from a
seed.  Pure stdlib."""
import hashlib
import struct
import zlib

_CRCTAB = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRCTAB[(crc ^ b) & 0xff]


class _Keys:
    def __init__(self, password):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in password:
            self.update(b)

    def update(self, b):
        self.k0 = _crc_byte(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xff)) & 0xffffffff
        self.k1 = (self.k1 * 134775813 + 1) & 0xffffffff
        self.k2 = _crc_byte(self.k2, (self.k1 >> 24) & 0xff)

    def stream_byte(self):
        t = (self.k2 | 2) & 0xffff
        return ((t * (t ^ 1)) >> 8) & 0xff

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            c = b ^ self.stream_byte()
            self.update(b)
            out.append(c)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2),
            ((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, seed="zip", comment=b""):
    """files: list of (name, bytes, (y,mo,d,h,mi,s)).  Returns zip bytes."""
    local = bytearray()
    central = bytearray()
    for idx, (name, data, dt) in enumerate(files):
        fname = name.encode("cp437") if all(ord(c) < 128 for c in name) \
            else name.encode("utf-8")
        utf8flag = 0 if all(ord(c) < 128 for c in name) else 0x800
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        flags = utf8flag
        if password is not None:
            flags |= 1
            keys = _Keys(password.encode("utf-8"))
            hdr = bytearray(hashlib.sha256(
                (seed + name).encode()).digest()[:11])
            hdr.append((crc >> 24) & 0xff)
            comp = keys.encrypt(bytes(hdr)) + keys.encrypt(comp)
        t, d = _dos_time(dt)
        offset = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, flags, method,
                             t, d, crc, len(comp), len(data), len(fname), 0)
        local += fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 0x031e, 20,
                               flags, method, t, d, crc, len(comp),
                               len(data), len(fname), 0, 0, 0, 0,
                               0o100644 << 16, offset)
        central += fname
    end = struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(files), len(files),
                      len(central), len(local), len(comment))
    return bytes(local + central + end + comment)


if __name__ == "__main__":
    import io
    import zipfile
    z = make_zip([("a.txt", b"hello world\n" * 10, (2026, 11, 3, 9, 12, 30)),
                  ("b.pdf.js", b"x", (2026, 11, 3, 9, 12, 30))],
                 password="Kx7-2026", seed="t")
    zf = zipfile.ZipFile(io.BytesIO(z))
    assert zf.read("a.txt", pwd=b"Kx7-2026") == b"hello world\n" * 10
    assert zf.read("b.pdf.js", pwd=b"Kx7-2026") == b"x"
    z2 = make_zip([("c.txt", b"abc", (2026, 11, 3, 9, 12, 30))])
    assert zipfile.ZipFile(io.BytesIO(z2)).read("c.txt") == b"abc"
    print("ok")
