"""ZIP writers: plain (via zipfile, fixed timestamps) and ZipCrypto-encrypted
(traditional PKWARE encryption, implemented here because zipfile cannot write it)."""
import io
import struct
import zipfile
import zlib

_CRCTAB = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def plain_zip(files, date_time):
    """files: list of (name, bytes). Deflated, deterministic."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return bio.getvalue()


class _Keys:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self.update(b)

    def update(self, b):
        k0, k1, k2 = self.k
        k0 = (k0 >> 8) ^ _CRCTAB[(k0 ^ b) & 0xFF]
        k1 = (k1 + (k0 & 0xFF)) & 0xFFFFFFFF
        k1 = (k1 * 134775813 + 1) & 0xFFFFFFFF
        k2 = (k2 >> 8) ^ _CRCTAB[(k2 ^ (k1 >> 24)) & 0xFF]
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


def zipcrypto_zip(files, password, date_time, seed=b''):
    """Traditional PKWARE (ZipCrypto) encrypted, deflated archive."""
    import hashlib
    pwd = password.encode('utf-8')
    dtime, ddate = _dos_time(date_time)
    out = bytearray()
    central = bytearray()
    for idx, (name, data) in enumerate(files):
        fname = name.encode('utf-8')
        flags = 0x1 | (0x800 if any(ord(c) > 127 for c in name) else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        hdr = bytearray(hashlib.sha256(seed + fname + b'%d' % idx).digest()[:11])
        hdr.append(crc >> 24)
        keys = _Keys(pwd)
        enc = keys.encrypt(bytes(hdr)) + keys.encrypt(comp)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034B50, 20, flags, 8, dtime, ddate, crc,
                           len(enc), len(data), len(fname), 0) + fname + enc
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, 20, 20, flags, 8, dtime, ddate,
                               crc, len(enc), len(data), len(fname), 0, 0, 0, 0, 0x20, off) + fname
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)
