"""Deterministic ZIP writer, including traditional PKWARE (ZipCrypto) encryption."""
import io
import struct
import zipfile
import zlib


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, date_time=(2026, 11, 1, 10, 0, 0), comment=b''):
    """files: list of (name, bytes) or (name, bytes, date_time). Deflated, no encryption."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for f in files:
            name, data = f[0], f[1]
            dt = f[2] if len(f) > 2 else date_time
            zi = zipfile.ZipInfo(name, dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o100644 << 16 if not name.endswith('/') else (0o40755 << 16) | 0x10
            zi.create_system = 0 if name.isascii() else 3
            z.writestr(zi, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
        if comment:
            z.comment = comment
    return bio.getvalue()


class _Keys:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for c in pwd:
            self.update(c)

    def _crc(self, crc, b):
        return zlib.crc32(bytes([b]), crc ^ 0xffffffff) ^ 0xffffffff

    def update(self, c):
        self.k0 = self._crc(self.k0, c)
        self.k1 = (self.k1 + (self.k0 & 0xff)) & 0xffffffff
        self.k1 = (self.k1 * 134775813 + 1) & 0xffffffff
        self.k2 = self._crc(self.k2, (self.k1 >> 24) & 0xff)

    def stream_byte(self):
        t = (self.k2 | 2) & 0xffff
        return ((t * (t ^ 1)) >> 8) & 0xff

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            c = p ^ self.stream_byte()
            self.update(p)
            out.append(c)
        return bytes(out)


def make_zip_encrypted(files, password, rng, date_time=(2026, 11, 1, 10, 0, 0)):
    """ZipCrypto-encrypted deflated members (what most tools produce with -P)."""
    pwd = password.encode('utf-8')
    out = bytearray()
    central = bytearray()
    for f in files:
        name, data = f[0], f[1]
        dt = f[2] if len(f) > 2 else date_time
        fname = name.encode('utf-8')
        flags = 0x1 | (0x800 if not name.isascii() else 0)
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        keys = _Keys(pwd)
        header = bytes(rng.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xff])
        enc = keys.encrypt(header + comp)
        t, d = _dos(dt)
        local = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, t, d, crc, len(enc), len(data),
                            len(fname), 0) + fname
        offset = len(out)
        out += local + enc
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031e, 20, flags, 8, t, d, crc,
                               len(enc), len(data), len(fname), 0, 0, 0, 0, 0o100644 << 16, offset) + fname
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)
