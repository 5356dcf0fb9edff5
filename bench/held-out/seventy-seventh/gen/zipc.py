"""ZIP archives: plain (zipfile with fixed timestamps) and ZipCrypto-encrypted
(traditional PKWARE encryption written by hand, since zipfile cannot write it).
Content is always an inert one-line placeholder."""
import io
import struct
import zipfile
import zlib

PLACEHOLDER = b'Inert placeholder for a mail-filter evaluation set - contains no executable code.\r\n'

_CRC = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


def _crc_byte(crc, b):
    return _CRC[(crc ^ b) & 0xff] ^ (crc >> 8)


class _Keys:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self.update(b)

    def update(self, b):
        k0, k1, k2 = self.k
        k0 = _crc_byte(k0, b)
        k1 = (k1 + (k0 & 0xff)) & 0xffffffff
        k1 = (k1 * 134775813 + 1) & 0xffffffff
        k2 = _crc_byte(k2, (k1 >> 24) & 0xff)
        self.k = [k0, k1, k2]

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


def zip_plain(files, date_time):
    """files: [(name, bytes)]; deflated, deterministic."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            z.writestr(zi, data)
    return bio.getvalue()


def zip_crypto(files, password, date_time, rng):
    """ZipCrypto (traditional PKWARE) encrypted, deflated entries."""
    pwd = password.encode('utf-8')
    out = bytearray()
    central = bytearray()
    t, d = _dos(date_time)
    for name, data in files:
        nameb = name.encode('utf-8')
        flags = 0x0001 | (0x0800 if any(c > 127 for c in nameb) else 0)
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        keys = _Keys(pwd)
        header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = keys.encrypt(header + comp)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, t, d, crc, len(enc),
                           len(data), len(nameb), 0) + nameb + enc
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 8, t, d, crc,
                               len(enc), len(data), len(nameb), 0, 0, 0, 0, 0x20, off) + nameb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central),
                       cd_off, 0)
    return bytes(out)


def check_zip(data, password=None):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = []
    for zi in z.infolist():
        enc = bool(zi.flag_bits & 1)
        if enc:
            assert password, 'encrypted entry without password'
            content = z.read(zi, pwd=password.encode('utf-8'))
        else:
            content = z.read(zi)
        assert content == PLACEHOLDER or len(content) < 200000
        names.append((zi.filename, enc))
    return names
