"""Deterministic ZIP writer (deflate/store, UTF-8 names, optional ZipCrypto password)."""
import struct
import zlib

_CRCTAB = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self.update(b)

    def update(self, b):
        k = self.k
        k[0] = _CRCTAB[(k[0] ^ b) & 0xFF] ^ (k[0] >> 8)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _CRCTAB[(k[2] ^ (k[1] >> 24)) & 0xFF] ^ (k[2] >> 8)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self.update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def build(files, password=None, rng=None, comment=b'', version_made_by=0x003F, external_attr=0x20):
    """files: list of (name, data, (y,mo,d,h,mi,s)) or (name, data, dt, compress_bool)."""
    out = bytearray()
    central = bytearray()
    for ent in files:
        name, data, dt = ent[0], ent[1], ent[2]
        compress = ent[3] if len(ent) > 3 else True
        if name.endswith('/'):
            compress = False
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if compress:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            payload = co.compress(data) + co.flush()
            method = 8
        else:
            payload = data
            method = 0
        flags = 0
        try:
            nb = name.encode('ascii')
        except UnicodeEncodeError:
            nb = name.encode('utf-8')
            flags |= 0x800
        if method == 8:
            flags |= 0x2  # max compression
        if password is not None and not name.endswith('/'):
            flags |= 0x1
            zc = _ZipCrypto(password)
            hdr = bytes(rng.getrandbits(8) for _ in range(11)) + bytes([crc >> 24])
            payload = zc.encrypt(hdr) + zc.encrypt(payload)
        t, d = _dos(dt)
        ver = 20
        local = struct.pack('<IHHHHHIIIHH', 0x04034B50, ver, flags, method, t, d, crc,
                            len(payload), len(data), len(nb), 0)
        off = len(out)
        out += local + nb + payload
        attr = 0x10 if name.endswith('/') else external_attr
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, version_made_by, ver, flags, method, t, d,
                               crc, len(payload), len(data), len(nb), 0, 0, 0, 0, attr, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off,
                       len(comment)) + comment
    return bytes(out)
