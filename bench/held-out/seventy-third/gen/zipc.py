"""ZIP archives: plain (zipfile, fixed timestamps) and traditional PKWARE ZipCrypto encryption
written by hand (zipfile can read but not write encrypted archives)."""
import io
import struct
import zipfile
import zlib

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRC_TABLE[(crc ^ b) & 0xFF]


class _Keys:
    def __init__(self, pwd):
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
        for b in data:
            c = b ^ self.stream_byte()
            self.update(b)
            out.append(c)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_plain(files, date_time=(2026, 10, 12, 9, 30, 0)):
    """files: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


def zip_crypto(files, password, rng, date_time=(2026, 10, 12, 9, 30, 0), utf8_names=False):
    """Deflated entries encrypted with ZipCrypto. rng supplies the 11 random header bytes."""
    pwd = password.encode("utf-8")
    out = bytearray()
    central = bytearray()
    dtime, ddate = _dos(date_time)
    for name, data in files:
        fname = name.encode("utf-8") if utf8_names else name.encode("cp437", errors="strict")
        flags = 0x0001 | (0x0800 if utf8_names else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        keys = _Keys(pwd)
        header = bytes(rng.getrandbits(8) for _ in range(11)) + bytes([crc >> 24])
        enc = keys.encrypt(header + comp)
        off = len(out)
        lh = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, dtime, ddate, crc,
                         len(enc), len(data), len(fname), 0)
        out += lh + fname + enc
        ch = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, dtime, ddate, crc,
                         len(enc), len(data), len(fname), 0, 0, 0, 0, 0x20, off)
        central += ch + fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)


def verify_crypto(blob, password):
    z = zipfile.ZipFile(io.BytesIO(blob))
    res = {}
    for n in z.namelist():
        res[n] = z.read(n, pwd=password.encode("utf-8"))
    return res
