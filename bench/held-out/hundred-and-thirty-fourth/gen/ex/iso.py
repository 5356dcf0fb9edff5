"""Tiny ISO 9660 image writer with a Joliet tree (long Unicode names), as
used by disk-image malware lures; here only inert files are packed."""
import struct

SECTOR = 2048


def _both32(v):
    return struct.pack("<I", v) + struct.pack(">I", v)


def _both16(v):
    return struct.pack("<H", v) + struct.pack(">H", v)


def _dirdate(dt):
    y, mo, d, h, mi, s = dt
    return bytes([y - 1900, mo, d, h, mi, s, 0])


def _voldate(dt):
    y, mo, d, h, mi, s = dt
    return ("%04d%02d%02d%02d%02d%02d00" % (y, mo, d, h, mi, s)).encode() + b"\0"


def _record(extent, size, dt, flags, name_bytes):
    ln = 33 + len(name_bytes)
    if ln % 2:
        ln += 1
    rec = struct.pack("<BB", ln, 0) + _both32(extent) + _both32(size) + _dirdate(dt) + \
        struct.pack("<BBB", flags, 0, 0) + _both16(1) + struct.pack("<B", len(name_bytes)) + name_bytes
    return rec + b"\0" * (ln - len(rec))


def _short_name(name, used):
    base, _, ext = name.rpartition(".")
    base = "".join(c for c in base.upper() if c.isalnum() or c == "_")[:8] or "FILE"
    ext = "".join(c for c in ext.upper() if c.isalnum())[:3]
    n = base + ("." + ext if ext else "")
    i = 1
    while n in used:
        n = base[:6] + "~%d" % i + ("." + ext if ext else "")
        i += 1
    used.add(n)
    return (n + ";1").encode("ascii")


def build_iso(volume_id, files, dt, publisher="", application="IMGBURN V2.5.8.0 - THE ULTIMATE IMAGE BURNER!"):
    """files: list of (long_name, data)."""
    n = len(files)
    # sectors: 16 PVD, 17 SVD, 18 term, 19/20 path tables (pri), 21/22 (joliet), 23 root pri, 24 root joliet
    first_file = 25
    extents = []
    cur = first_file
    for _, data in files:
        extents.append(cur)
        cur += max(1, (len(data) + SECTOR - 1) // SECTOR)
    total = cur
    used = set()
    short = [_short_name(nm, used) for nm, _ in files]

    def root_dir(joliet):
        root_extent = 24 if joliet else 23
        recs = _record(root_extent, SECTOR, dt, 2, b"\0") + _record(root_extent, SECTOR, dt, 2, b"\1")
        order = sorted(range(n), key=lambda i: (files[i][0].upper() if joliet else short[i]))
        for i in order:
            nm = files[i][0].encode("utf-16-be") if joliet else short[i]
            recs += _record(extents[i], len(files[i][1]), dt, 0, nm)
        assert len(recs) <= SECTOR
        return recs + b"\0" * (SECTOR - len(recs))

    def path_table(extent, big):
        fmt = ">" if big else "<"
        return struct.pack(fmt[0] + "BBIH", 1, 0, extent, 1) + b"\0\0"

    def vd(kind, joliet):
        root_extent = 24 if joliet else 23
        lpt, mpt = (21, 22) if joliet else (19, 20)

        def field(s, ln):
            if joliet:
                b = s.encode("utf-16-be")[:ln]
                b = b + b"\0 " * ((ln - len(b)) // 2)
                return b.ljust(ln, b"\0")
            return s.encode("ascii")[:ln].ljust(ln, b" ")
        d = bytearray(SECTOR)
        d[0] = kind
        d[1:6] = b"CD001"
        d[6] = 1
        d[8:40] = field("", 32) if joliet else b" " * 32
        d[40:72] = field(volume_id[:16] if joliet else volume_id.upper()[:32], 32)
        d[80:88] = _both32(total)
        if joliet:
            d[88:91] = b"%/E"
        d[120:124] = _both16(1)
        d[124:128] = _both16(1)
        d[128:132] = _both16(SECTOR)
        d[132:140] = _both32(10)
        d[140:144] = struct.pack("<I", lpt)
        d[148:152] = struct.pack(">I", mpt)
        d[156:190] = _record(root_extent, SECTOR, dt, 2, b"\0")
        d[190:318] = field("", 128)
        d[318:446] = field(publisher, 128)
        d[446:574] = field("", 128)
        d[574:702] = field(application, 128)
        d[702:813] = field("", 37) + field("", 37) + field("", 37)
        vdt = _voldate(dt)
        d[813:830] = vdt
        d[830:847] = vdt
        d[847:864] = b"0" * 16 + b"\0"
        d[864:881] = b"0" * 16 + b"\0"
        d[881] = 1
        assert len(d) == SECTOR
        return bytes(d)
    img = bytearray(SECTOR * 16)
    img += vd(1, False)
    img += vd(2, True)
    term = bytearray(SECTOR)
    term[0] = 255
    term[1:6] = b"CD001"
    term[6] = 1
    img += term
    for extent in (23, 24):
        img += path_table(extent, False).ljust(SECTOR, b"\0")
        img += path_table(extent, True).ljust(SECTOR, b"\0")
    img += root_dir(False)
    img += root_dir(True)
    for (_, data), ext in zip(files, extents):
        assert len(img) == ext * SECTOR
        pad = (-len(data)) % SECTOR if data else SECTOR
        img += data + b"\0" * pad
    assert len(img) == total * SECTOR
    return bytes(img)


def list_joliet(img):
    """Return [(name, data)] read back through the Joliet tree."""
    if img[16 * SECTOR + 1:16 * SECTOR + 6] != b"CD001":
        raise ValueError("no ISO 9660 PVD")
    svd = img[17 * SECTOR:18 * SECTOR]
    if svd[0] != 2 or svd[88:91] != b"%/E":
        raise ValueError("no Joliet SVD")
    root_extent = struct.unpack("<I", svd[158:162])[0]
    d = img[root_extent * SECTOR:(root_extent + 1) * SECTOR]
    out = []
    p = 0
    while p < len(d) and d[p]:
        ln = d[p]
        extent = struct.unpack("<I", d[p + 2:p + 6])[0]
        size = struct.unpack("<I", d[p + 10:p + 14])[0]
        nlen = d[p + 32]
        name = d[p + 33:p + 33 + nlen]
        if name not in (b"\0", b"\1"):
            out.append((name.decode("utf-16-be"), img[extent * SECTOR:extent * SECTOR + size]))
        p += ln
    return out
