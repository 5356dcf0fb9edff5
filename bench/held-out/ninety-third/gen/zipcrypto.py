"""Deterministic ZIP writer with optional traditional PKWARE encryption
(ZipCrypto).  Python's zipfile can read but not write encrypted members,
so the format is written by hand here.
"""
import hashlib
import struct
import zlib


def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        t.append(c)
    return t


_T = _crc_table()


class _Keys:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self.update(b)

    def update(self, b):
        self.k0 = _T[(self.k0 ^ b) & 0xFF] ^ (self.k0 >> 8)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = _T[(self.k2 ^ (self.k1 >> 24)) & 0xFF] ^ (self.k2 >> 8)

    def stream(self):
        t = (self.k2 | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream())
            self.update(p)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(members, password=None, when=(2026, 10, 13, 9, 41, 12), seed="zip"):
    """members: list of (name, bytes).  Returns the archive as bytes."""
    pwd = password.encode("utf-8") if isinstance(password, str) else password
    dtime, ddate = _dos_time(when)
    out = bytearray()
    central = bytearray()
    for idx, (name, data) in enumerate(members):
        nb = name.encode("utf-8")
        flags = 0
        try:
            name.encode("ascii")
        except UnicodeEncodeError:
            flags |= 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if pwd:
            flags |= 0x1
            hdr = bytearray(hashlib.sha256(("%s/%d" % (seed, idx)).encode()).digest()[:11])
            hdr.append(crc >> 24)
            k = _Keys(pwd)
            comp = k.encrypt(bytes(hdr)) + k.encrypt(comp)
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method,
                           dtime, ddate, crc, len(comp), len(data), len(nb), 0)
        out += nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20,
                               flags, method, dtime, ddate, crc, len(comp),
                               len(data), len(nb), 0, 0, 0, 0,
                               (0o100644 << 16), offset)
        central += nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members),
                       len(central), cd_off, 0)
    return bytes(out)


if __name__ == "__main__":
    import io
    import zipfile
    z = make_zip([("Rechnung.pdf.js", b"placeholder line\n"), ("Sch\u00e4den.txt", b"x" * 300)],
                 password="Rg4471")
    zf = zipfile.ZipFile(io.BytesIO(z))
    for info in zf.infolist():
        print(info.filename, info.flag_bits, zf.read(info, pwd=b"Rg4471")[:40])
    try:
        zf.read("Rechnung.pdf.js", pwd=b"wrong")
    except RuntimeError as e:
        print("wrong pwd rejected:", e)
