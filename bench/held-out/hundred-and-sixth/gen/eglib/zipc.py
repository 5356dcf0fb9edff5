"""ZIP writer with optional traditional PKWARE (ZipCrypto) encryption."""
import struct
import zlib

_CRC = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRC[(crc ^ b) & 0xFF]


class _ZipCrypto:
    def __init__(self, password):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in password:
            self._update(b)

    def _update(self, b):
        k = self.k
        k[0] = _crc_byte(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(p ^ ks)
            self._update(p)
        return bytes(out)


def dos_datetime(dt):
    t = (dt.hour << 11) | (dt.minute << 5) | (dt.second // 2)
    d = ((dt.year - 1980) << 9) | (dt.month << 5) | dt.day
    return t, d


def build_zip(entries, dt, password=None, rng=None, compress=True, comment=b''):
    """entries: list of (name, bytes).  dt: datetime for all entries.
    password: bytes or None.  rng: random.Random for the 11 header bytes."""
    t, d = dos_datetime(dt)
    local = bytearray()
    central = bytearray()
    for name, data in entries:
        nb = name.encode('utf-8')
        flags = 0
        try:
            name.encode('ascii')
        except UnicodeEncodeError:
            flags |= 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if compress:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            body = co.compress(data) + co.flush()
            method = 8
        else:
            body = data
            method = 0
        if password is not None:
            flags |= 0x1
            zc = _ZipCrypto(password)
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            body = zc.encrypt(hdr + body)
        offset = len(local)
        local += struct.pack('<IHHHHHIIIHH', 0x04034B50, 20, flags, method, t, d,
                             crc, len(body), len(data), len(nb), 0) + nb + body
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, 0x0014, 20, flags, method,
                               t, d, crc, len(body), len(data), len(nb), 0, 0, 0, 0,
                               0x20, offset) + nb
    eocd = struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(entries), len(entries),
                       len(central), len(local), len(comment)) + comment
    return bytes(local + central + eocd)
