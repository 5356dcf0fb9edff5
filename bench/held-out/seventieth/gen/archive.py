"""Deterministic ZIP writer with optional traditional PKWARE (ZipCrypto)
encryption.  Stored or deflated members; fixed timestamps."""
import random
import struct
import zlib

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def _crc_byte(crc, b):
    return _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
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
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(members, password=None, seed='zip', comment=b''):
    """members: list of (name, bytes, (y,m,d,h,mi,s)).  Returns zip bytes."""
    rng = random.Random(seed)
    local = bytearray()
    central = bytearray()
    for name, data, dt in members:
        fname = name.encode('cp437') if all(ord(c) < 128 for c in name) else name.encode('utf-8')
        flags = 0 if all(ord(c) < 128 for c in name) else 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 1
            z = _ZipCrypto(password.encode('ascii'))
            head = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = z.encrypt(head) + z.encrypt(comp)
        t, d = _dos_time(dt)
        off = len(local)
        ver = 20
        local += struct.pack('<IHHHHHIIIHH', 0x04034B50, ver, flags, method, t, d,
                             crc, len(comp), len(data), len(fname), 0) + fname + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, 20, ver,
                               flags, method, t, d, crc, len(comp), len(data), len(fname),
                               0, 0, 0, 0, 0x20, off) + fname
    end = struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(members), len(members),
                      len(central), len(local), len(comment)) + comment
    return bytes(local + central + end)


if __name__ == '__main__':
    import io
    import zipfile
    z = make_zip([('Rechnung.pdf.lnk', b'placeholder\n', (2026, 10, 12, 9, 30, 0)),
                  ('a.txt', b'hello ' * 50, (2026, 10, 12, 9, 30, 0))], password='4471')
    zf = zipfile.ZipFile(io.BytesIO(z))
    for i in zf.infolist():
        print(i.filename, i.flag_bits, zf.read(i, pwd=b'4471')[:20])
    z = make_zip([('x.txt', b'abc', (2026, 10, 12, 9, 30, 0))])
    print(zipfile.ZipFile(io.BytesIO(z)).read('x.txt'))
