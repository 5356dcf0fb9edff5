"""ZIP writers: plain (via zipfile) and traditional PKWARE encryption (ZipCrypto)."""
import io
import struct
import zipfile
import zlib

_CRCT = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCT.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRCT[(crc ^ b) & 0xFF]


class _Keys:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pw:
            self.update(b)

    def update(self, b):
        k = self.k
        k[0] = _crc_byte(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            c = p ^ (((t * (t ^ 1)) >> 8) & 0xFF)
            self.update(p)
            out.append(c)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def plain_zip(files, dt=(2026, 10, 12, 16, 20, 0)):
    """files: list of (name, bytes)."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


def crypto_zip(files, password, seed=b"x", dt=(2026, 10, 12, 16, 20, 0)):
    """ZipCrypto-encrypted, deflated entries. Deterministic 12-byte headers."""
    import hashlib
    pw = password.encode("utf-8")
    out = bytearray()
    central = bytearray()
    for idx, (name, data) in enumerate(files):
        fname = name.encode("utf-8")
        flags = 0x1 | (0x800 if any(ord(c) > 127 for c in name) else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        t, d = _dos(dt)
        hdr = bytearray(hashlib.sha256(seed + bytes([idx])).digest()[:11])
        hdr.append((crc >> 24) & 0xFF)
        keys = _Keys(pw)
        enc = keys.enc(bytes(hdr) + comp)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, flags, 8, t, d, crc,
                           len(enc), len(data), len(fname), 0) + fname + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, flags, 8, t, d,
                               crc, len(enc), len(data), len(fname), 0, 0, 0, 0,
                               0x20, off) + fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(files), len(files),
                       len(central), cd_off, 0)
    return bytes(out)


if __name__ == "__main__":
    z = crypto_zip([("Rechnung.pdf.lnk", b"placeholder\n"), ("Übersicht.txt", b"abc")], "4471")
    zf = zipfile.ZipFile(io.BytesIO(z))
    zf.setpassword(b"4471")
    print([ (i.filename, zf.read(i)) for i in zf.infolist()])
    try:
        zf.setpassword(b"wrong"); zf.read("Rechnung.pdf.lnk"); print("BAD: wrong pw accepted")
    except RuntimeError as e:
        print("wrong pw rejected:", e)
