"""ZIP archives: plain (deterministic zipfile) and traditional PKWARE
'ZipCrypto' encryption written by hand (zipfile can only read it)."""
import io
import struct
import zipfile
import zlib

from core import hbytes

_T = []
for n in range(256):
    c = n
    for _ in range(8):
        c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
    _T.append(c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _T[(crc ^ b) & 0xff]


class _Keys:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pw:
            self.update(b)

    def update(self, b):
        k = self.k
        k[0] = _crc_byte(k[0], b)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xff)

    def stream(self):
        t = (self.k[2] | 2) & 0xffff
        return ((t * (t ^ 1)) >> 8) & 0xff

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream())
            self.update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_plain(files, dt=(2026, 10, 12, 9, 0, 0)):
    """files: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o100644 << 16 if False else 0x20
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


def zip_crypto(files, password, seed, dt=(2026, 10, 12, 9, 0, 0)):
    """ZipCrypto-encrypted, deflated entries."""
    pw = password.encode('utf-8')
    out = bytearray()
    central = bytearray()
    dtime, ddate = _dos(dt)
    for idx, (name, data) in enumerate(files):
        fname = name.encode("utf-8")
        if isinstance(data, str):
            data = data.encode("utf-8")
        flags = 0x0001 | (0x0800 if not all(c < 128 for c in fname) else 0)
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        keys = _Keys(pw)
        header = bytearray(hbytes('%s|%d' % (seed, idx), 11)) + bytes([crc >> 24])
        enc = keys.encrypt(bytes(header)) + keys.encrypt(comp)
        local_off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, dtime, ddate, crc,
                           len(enc), len(data), len(fname), 0) + fname + enc
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 8, dtime, ddate, crc,
                               len(enc), len(data), len(fname), 0, 0, 0, 0, 0x20, local_off) + fname
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)
