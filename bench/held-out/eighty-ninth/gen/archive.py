"""ZIP writers: plain (via zipfile) and ZipCrypto (traditional PKWARE) encryption."""
import io
import struct
import zipfile
import zlib


def plain_zip(files, date_time=(2026, 11, 3, 9, 12, 0)):
    """files: list of (name, bytes). Deterministic deflated ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


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


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def zipcrypto_zip(files, password, rng, date_time=(2026, 11, 3, 9, 12, 0)):
    """files: list of (name, bytes); password: str; rng: random.Random (for the
    12-byte encryption headers, so output is deterministic)."""
    pwd = password.encode("utf-8")
    t, d = _dos_time(date_time)
    out = io.BytesIO()
    central = []
    for name, data in files:
        try:
            bname = name.encode("ascii")
            flags = 0x0001
        except UnicodeEncodeError:
            bname = name.encode("utf-8")
            flags = 0x0801
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        keys = _Keys(pwd)
        header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = keys.encrypt(header + comp)
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d,
                              crc, len(enc), len(data), len(bname), 0))
        out.write(bname)
        out.write(enc)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags,
                                   method, t, d, crc, len(enc), len(data), len(bname),
                                   0, 0, 0, 0, 0x20, off) + bname)
    cd_off = out.tell()
    cd = b"".join(central)
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files),
                          len(cd), cd_off, 0))
    return out.getvalue()


def check_zipcrypto(blob, password):
    z = zipfile.ZipFile(io.BytesIO(blob))
    res = {}
    for zi in z.infolist():
        assert zi.flag_bits & 1, "not encrypted"
        res[zi.filename] = z.read(zi, pwd=password.encode("utf-8"))
    return res
