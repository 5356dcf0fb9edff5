"""Deterministic ZIP writer (stored/deflate, optional traditional PKWARE
'ZipCrypto' encryption) and a minimal ISO 9660 + Joliet image writer."""

import struct
import zlib

# ------------------------------------------------------------------ ZIP
_CRCT = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCT.append(_c)


def _crc_upd(crc, b):
    return (crc >> 8) ^ _CRCT[(crc ^ b) & 0xFF]


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._upd(b)

    def _upd(self, b):
        k0, k1, k2 = self.k
        k0 = _crc_upd(k0, b)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = _crc_upd(k2, (k1 >> 24) & 0xFF)
        self.k = [k0, k1, k2]

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._upd(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(entries, password=None, rng=None, made_by=0x0014, comment=b""):
    """entries: list of (name, data, datetime_tuple[, deflate=True]).
    password: bytes -> ZipCrypto on every entry (rng for the 12-byte
    encryption header is required then)."""
    out = bytearray()
    central = bytearray()
    for e in entries:
        name, data, dt = e[0], e[1], e[2]
        deflate = e[3] if len(e) > 3 else True
        nb = name.encode("utf-8")
        flags = 0x0800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp = data
            method = 0
        if password is not None:
            flags |= 1
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
            comp = _ZipCrypto(password).enc(hdr + comp)
        t, d = _dos(dt)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc,
                           len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, made_by, 20, flags, method, t, d,
                               crc, len(comp), len(data), len(nb), 0, 0, 0, 0,
                               0x20, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central),
                       cd_off, len(comment)) + comment
    return bytes(out)


# ------------------------------------------------------------------ ISO
SEC = 2048


def _b16(v):
    return struct.pack("<H", v) + struct.pack(">H", v)


def _b32(v):
    return struct.pack("<I", v) + struct.pack(">I", v)


def _dt7(dt, tzq):
    y, mo, d, h, mi, s = dt
    return bytes([y - 1900, mo, d, h, mi, s, tzq & 0xFF])


def _dt17(dt, tzq):
    y, mo, d, h, mi, s = dt
    return ("%04d%02d%02d%02d%02d%02d00" % (y, mo, d, h, mi, s)).encode() + bytes([tzq & 0xFF])


def _rec(extent, size, flags, name, dt, tzq):
    ln = 33 + len(name)
    pad = b"\0" if ln % 2 else b""
    ln += len(pad)
    return bytes([ln, 0]) + _b32(extent) + _b32(size) + _dt7(dt, tzq) + bytes([flags, 0, 0]) + \
        _b16(1) + bytes([len(name)]) + name + pad


def _pad(s, n, enc="ascii"):
    if enc == "ascii":
        b = s.encode("ascii")
        return b + b" " * (n - len(b))
    b = s.encode("utf-16-be")
    return (b + " ".encode("utf-16-be") * n)[:n]


def _iso_name(name):
    base, _, ext = name.rpartition(".")
    if not base:
        base, ext = ext, ""
    ok = lambda s: "".join(c if c.isalnum() and c.isascii() else "_" for c in s.upper())
    return (ok(base)[:8] + ("." + ok(ext)[:3] if ext else "") + ";1").encode("ascii")


def make_iso(volume_id, files, dt, tzq=4, app_id="IMGBURN V2.5.8.0 - THE ULTIMATE IMAGE BURNER!"):
    """files: list of (long_name, data).  Produces a PVD + Joliet SVD image
    with all files in the root directory."""
    first_file = 25
    layout = []
    cur = first_file
    for name, data in files:
        n = max(1, (len(data) + SEC - 1) // SEC)
        layout.append((name, data, cur))
        cur += n
    total = cur

    def rootdir(joliet, self_ext):
        recs = _rec(self_ext, SEC, 2, b"\0", dt, tzq) + _rec(self_ext, SEC, 2, b"\1", dt, tzq)
        for name, data, ext in layout:
            nm = name.encode("utf-16-be") if joliet else _iso_name(name)
            recs += _rec(ext, len(data), 0, nm, dt, tzq)
        return recs + b"\0" * (SEC - len(recs))

    def ptable(ext, big):
        return bytes([1, 0]) + (struct.pack(">I", ext) if big else struct.pack("<I", ext)) + \
            (struct.pack(">H", 1) if big else struct.pack("<H", 1)) + b"\0\0"

    def vd(typ, joliet, lpath, mpath, root_ext):
        enc = "ucs2" if joliet else "ascii"
        b = bytes([typ]) + b"CD001\x01\x00"
        b += _pad("WIN32" if not joliet else "WIN32", 32, enc)
        b += _pad(volume_id if not joliet else volume_id[:16], 32, enc)
        b += b"\0" * 8 + _b32(total)
        b += (b"%/E" + b"\0" * 29) if joliet else b"\0" * 32
        b += _b16(1) + _b16(1) + _b16(SEC) + _b32(10)
        b += struct.pack("<I", lpath) + b"\0" * 4 + struct.pack(">I", mpath) + b"\0" * 4
        b += _rec(root_ext, SEC, 2, b"\0", dt, tzq)
        b += _pad("", 128, enc) * 3 + _pad(app_id if not joliet else app_id[:64], 128, enc)
        b += _pad("", 37, "ascii") * 3 if not joliet else (_pad("", 36, enc) + b" ") * 3
        b += _dt17(dt, tzq) * 2 + b"0000000000000000\0" + _dt17(dt, tzq)
        b += b"\x01\x00" + b"\0" * 512 + b"\0" * 653
        assert len(b) == SEC, len(b)
        return b

    img = bytearray(b"\0" * SEC * 16)
    img += vd(1, False, 19, 20, 23)
    img += vd(2, True, 21, 22, 24)
    img += b"\xffCD001\x01" + b"\0" * (SEC - 7)
    for ext, big in ((23, False), (23, True), (24, False), (24, True)):
        pt = ptable(ext, big)
        img += pt + b"\0" * (SEC - len(pt))
    img += rootdir(False, 23)
    img += rootdir(True, 24)
    for name, data, ext in layout:
        assert len(img) == ext * SEC
        n = max(1, (len(data) + SEC - 1) // SEC)
        img += data + b"\0" * (n * SEC - len(data))
    return bytes(img)


def read_iso(img):
    """Return {name: data} from the Joliet directory (fallback: primary)."""
    out = {}
    for sec in (17, 16):
        vdb = img[sec * SEC:(sec + 1) * SEC]
        if vdb[1:6] != b"CD001":
            continue
        joliet = vdb[0] == 2 and vdb[88:91] == b"%/E"
        if vdb[0] == 2 and not joliet:
            continue
        root = vdb[156:190]
        ext = struct.unpack("<I", root[2:6])[0]
        size = struct.unpack("<I", root[10:14])[0]
        d = img[ext * SEC:ext * SEC + size]
        p = 0
        while p < len(d) and d[p]:
            ln = d[p]
            r = d[p:p + ln]
            nl = r[32]
            name = r[33:33 + nl]
            fe = struct.unpack("<I", r[2:6])[0]
            fs = struct.unpack("<I", r[10:14])[0]
            if name not in (b"\0", b"\1"):
                nm = name.decode("utf-16-be") if joliet else name.decode("ascii")
                out[nm] = img[fe * SEC:fe * SEC + fs]
            p += ln
        if out:
            return out
    return out
