"""ZIP (plain and PKWARE traditional encryption) and ISO 9660 + Joliet writers.
Contents placed in these containers by the build are inert text."""
import struct
import zlib

_CRCTAB = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_byte(k, b):
    return (k >> 8) ^ _CRCTAB[(k ^ b) & 0xFF]


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self._upd(c)

    def _upd(self, c):
        k = self.k
        k[0] = _crc_byte(k[0], c)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_byte(k[2], k[1] >> 24)

    def enc(self, data):
        out = bytearray()
        for c in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(c ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._upd(c)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_write(files, rng=None, password=None, utf8_names=True):
    """files: list of (name, bytes, (y,mo,d,h,mi,s)).  password: bytes or None."""
    out = bytearray()
    central = bytearray()
    for name, data, dt in files:
        fn = name.encode("utf-8")
        flags = 0x0800 if (utf8_names and any(ord(c) > 127 for c in name)) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password)
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.enc(hdr) + zc.enc(comp)
        t, d = _dos(dt)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc, len(comp), len(data), len(fn), 0)
        out += fn + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, t, d, crc, len(comp),
                               len(data), len(fn), 0, 0, 0, 0, 0x20, off) + fn
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)


# ---------------------------------------------------------------- ISO 9660 / Joliet
def _b32(n):
    return struct.pack("<I", n) + struct.pack(">I", n)


def _b16(n):
    return struct.pack("<H", n) + struct.pack(">H", n)


def _dirrec(ident, extent, size, dt7, flags):
    ln = 33 + len(ident)
    if ln % 2:
        ln += 1
    r = struct.pack("<BB", ln, 0) + _b32(extent) + _b32(size) + dt7 + struct.pack("<BBB", flags, 0, 0) + _b16(1)
    r += struct.pack("<B", len(ident)) + ident
    return r + b"\0" * (ln - len(r))


def _dt17(dt, tzq):
    return ("%04d%02d%02d%02d%02d%02d00" % dt).encode() + bytes([tzq & 0xFF])


def _pad(s, n, joliet=False):
    if joliet:
        b = s.encode("utf-16-be")
        b = b[:n]
        return b + " ".encode("utf-16-be") * ((n - len(b)) // 2) + b" " * ((n - len(b)) % 2)
    return s.encode("ascii")[:n].ljust(n, b" ")


def iso_write(volume_id, files, dt, tzq=4, preparer="", application=""):
    """files: list of (long_name, short_8_3_name, bytes, hidden).  Single root directory."""
    S = 2048
    dt7 = bytes([dt[0] - 1900, dt[1], dt[2], dt[3], dt[4], dt[5], tzq & 0xFF])
    first_file = 25
    layout = []
    sec = first_file
    for ln, sn, data, hidden in files:
        layout.append((ln, sn, data, hidden, sec))
        sec += max(1, (len(data) + S - 1) // S)
    total = sec

    def rootdir(joliet):
        recs = _dirrec(b"\0", 23 if not joliet else 24, S, dt7, 2) + _dirrec(b"\1", 23 if not joliet else 24, S, dt7, 2)
        ents = []
        for ln, sn, data, hidden, s in layout:
            ident = (ln + ";1").encode("utf-16-be") if joliet else (sn + ";1").encode("ascii")
            ents.append((ident, _dirrec(ident, s, len(data), dt7, 1 if hidden else 0)))
        for _, r in sorted(ents):
            recs += r
        return recs.ljust(S, b"\0")

    def vd(joliet):
        v = bytearray(S)
        v[0] = 2 if joliet else 1
        v[1:6] = b"CD001"
        v[6] = 1
        v[8:40] = _pad("", 32, joliet)
        v[40:72] = _pad(volume_id, 32, joliet)
        v[80:88] = _b32(total)
        if joliet:
            v[88:91] = b"%/E"
        v[120:124] = _b16(1)
        v[124:128] = _b16(1)
        v[128:132] = _b16(S)
        v[132:140] = _b32(10)
        v[140:144] = struct.pack("<I", 21 if joliet else 19)
        v[148:152] = struct.pack(">I", 22 if joliet else 20)
        v[156:190] = _dirrec(b"\0", 24 if joliet else 23, S, dt7, 2)
        v[190:318] = _pad("", 128, joliet)
        v[318:446] = _pad("", 128, joliet)
        v[446:574] = _pad(preparer, 128, joliet)
        v[574:702] = _pad(application, 128, joliet)
        v[702:739] = _pad("", 37, joliet)[:37].ljust(37, b" ")
        v[739:776] = _pad("", 37, joliet)[:37].ljust(37, b" ")
        v[776:813] = _pad("", 37, joliet)[:37].ljust(37, b" ")
        v[813:830] = _dt17(dt, tzq)
        v[830:847] = _dt17(dt, tzq)
        v[847:864] = b"0" * 16 + b"\0"
        v[864:881] = b"0" * 16 + b"\0"
        v[881] = 1
        return bytes(v)

    def ptab(loc, big):
        r = struct.pack("<BB", 1, 0) + (struct.pack(">I", loc) if big else struct.pack("<I", loc))
        r += (struct.pack(">H", 1) if big else struct.pack("<H", 1)) + b"\0\0"
        return r.ljust(S, b"\0")

    term = bytearray(S)
    term[0] = 255
    term[1:6] = b"CD001"
    term[6] = 1
    img = bytearray(S * 16)
    img += vd(False) + vd(True) + bytes(term)
    img += ptab(23, False) + ptab(23, True) + ptab(24, False) + ptab(24, True)
    img += rootdir(False) + rootdir(True)
    for ln, sn, data, hidden, s in layout:
        assert len(img) == s * S
        img += data + b"\0" * ((-len(data)) % S if data else S)
    return bytes(img)


def iso_list(img):
    """Read back the Joliet directory: list of (name, bytes, hidden)."""
    S = 2048
    assert img[16 * S + 1:16 * S + 6] == b"CD001", "no PVD"
    v = img[17 * S:18 * S]
    assert v[0] == 2 and v[88:91] == b"%/E", "no Joliet SVD"
    root_ext = struct.unpack("<I", v[156 + 2:156 + 6])[0]
    d = img[root_ext * S:(root_ext + 1) * S]
    p = 0
    out = []
    while p < len(d) and d[p]:
        ln = d[p]
        ext = struct.unpack("<I", d[p + 2:p + 6])[0]
        size = struct.unpack("<I", d[p + 10:p + 14])[0]
        flags = d[p + 25]
        il = d[p + 32]
        ident = d[p + 33:p + 33 + il]
        if ident not in (b"\0", b"\1"):
            name = ident.decode("utf-16-be").rsplit(";", 1)[0]
            out.append((name, img[ext * S:ext * S + size], bool(flags & 1)))
        p += ln
    return out
