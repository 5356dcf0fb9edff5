"""ZIP writer (deflate) with optional traditional PKWARE encryption
(ZipCrypto), deterministic. Standard library only."""
import struct
import zlib

_CRCTAB = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_byte(crc, b):
    return _CRCTAB[(crc ^ b) & 0xFF] ^ (crc >> 8)


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

    def stream_byte(self):
        t = (self.k[2] | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream_byte())
            self.update(p)
        return bytes(out)


def _dos_time(dt):
    t = (dt.hour << 11) | (dt.minute << 5) | (dt.second // 2)
    d = ((dt.year - 1980) << 9) | (dt.month << 5) | dt.day
    return t, d


def make_zip(files, when, password=None, rng=None, comment=b""):
    """files: list of (name:str, data:bytes). when: datetime (local).
    password: bytes or None. rng: random.Random for the 12-byte header."""
    out = bytearray()
    central = bytearray()
    t, d = _dos_time(when)
    for name, data in files:
        fname = name.encode("utf-8")
        flags = 0x0800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 1
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = _Keys(password).encrypt(hdr + comp)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d,
                           crc, len(comp), len(data), len(fname), 0)
        out += fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20,
                               flags, method, t, d, crc, len(comp), len(data),
                               len(fname), 0, 0, 0, 0, 0o100644 << 16, off)
        central += fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files),
                       len(central), cd_off, len(comment)) + comment
    return bytes(out)


if __name__ == "__main__":
    import datetime, io, random, zipfile
    z = make_zip([("Rechnung.pdf.lnk", b"placeholder\n" * 3), ("ä.txt", b"x")],
                 datetime.datetime(2026, 10, 14, 9, 30), b"4471", random.Random(1))
    zf = zipfile.ZipFile(io.BytesIO(z))
    zf.setpassword(b"4471")
    for i in zf.infolist():
        print(i.filename, i.flag_bits, zf.read(i))
    try:
        zf.setpassword(b"bad")
        zf.read("ä.txt")
    except Exception as e:
        print("bad pwd ok:", e)
    z = make_zip([("a.txt", b"hello")], datetime.datetime(2026, 10, 14, 9, 30))
    print(zipfile.ZipFile(io.BytesIO(z)).read("a.txt"), zipfile.ZipFile(io.BytesIO(z)).testzip())
