"""Minimal ISO 9660 image writer (level 2 names + Joliet), single root directory.

Used only to model disk-image lures; the files placed inside are inert text.
"""
import struct

SECTOR = 2048


def _both16(v):
    return struct.pack('<H', v) + struct.pack('>H', v)


def _both32(v):
    return struct.pack('<I', v) + struct.pack('>I', v)


def _dirdate(dt):
    y, mo, d, h, mi, s = dt
    return bytes([y - 1900, mo, d, h, mi, s, 4])  # GMT+1 (15-minute units)


def _voldate(dt):
    y, mo, d, h, mi, s = dt
    return ('%04d%02d%02d%02d%02d%02d00' % (y, mo, d, h, mi, s)).encode() + bytes([4])


def _dirrec(ident, extent, size, dt, flags):
    ln = 33 + len(ident)
    if ln % 2:
        ln += 1
    rec = struct.pack('<BB', ln, 0) + _both32(extent) + _both32(size) + _dirdate(dt) + \
        struct.pack('<BBB', flags, 0, 0) + _both16(1) + struct.pack('<B', len(ident)) + ident
    return rec.ljust(ln, b'\0')


def _pad(s, n, fill=b' '):
    return s.ljust(n, fill)[:n]


def make_iso(files, volume_id, dt=(2026, 11, 9, 8, 12, 0), publisher=b'', application=b'IMGBURN V2.5.8.0 - THE ULTIMATE IMAGE BURNER!'):
    """files: list of (joliet_name, iso_name, data)."""
    # layout: 16 PVD, 17 SVD (Joliet), 18 terminator, 19/20 L/M path (ISO), 21/22 L/M path (Joliet),
    # 23 root dir (ISO), 24 root dir (Joliet), 25.. file data
    root_iso, root_jol = 23, 24
    lba = 25
    placed = []
    for jname, iname, data in files:
        placed.append((jname, iname, data, lba))
        lba += (len(data) + SECTOR - 1) // SECTOR
    total = lba

    def dirsector(joliet):
        me = root_jol if joliet else root_iso
        out = _dirrec(b'\0', me, SECTOR, dt, 2) + _dirrec(b'\1', me, SECTOR, dt, 2)
        for jname, iname, data, l in placed:
            ident = jname.encode('utf-16-be') if joliet else (iname + ';1').encode('ascii')
            out += _dirrec(ident, l, len(data), dt, 0)
        return out.ljust(SECTOR, b'\0')

    def pathtable(joliet, big):
        loc = root_jol if joliet else root_iso
        return struct.pack('<BB', 1, 0) + (struct.pack('>I', loc) if big else struct.pack('<I', loc)) + \
            (struct.pack('>H', 1) if big else struct.pack('<H', 1)) + b'\0\0'

    def vd(joliet):
        t = 2 if joliet else 1
        ident = (lambda s, n: s.encode('utf-16-be').ljust(n, b'\0')[:n]) if joliet else (lambda s, n: _pad(s.encode('ascii'), n))
        root = _dirrec(b'\0', root_jol if joliet else root_iso, SECTOR, dt, 2)
        d = bytearray()
        d += struct.pack('<B', t) + b'CD001' + b'\x01' + b'\0'
        d += ident('', 32) if not joliet else b'\0' * 32
        d += ident(volume_id, 32)
        d += b'\0' * 8
        d += _both32(total)
        d += (b'%/E' + b'\0' * 29) if joliet else b'\0' * 32
        d += _both16(1) + _both16(1) + _both16(SECTOR)
        d += _both32(10)
        if joliet:
            d += struct.pack('<I', 21) + struct.pack('<I', 0) + struct.pack('>I', 22) + struct.pack('>I', 0)
        else:
            d += struct.pack('<I', 19) + struct.pack('<I', 0) + struct.pack('>I', 20) + struct.pack('>I', 0)
        d += root
        d += (b'\0' * 128) if joliet else b' ' * 128   # volume set
        d += _pad(publisher, 128) if not joliet else publisher.decode().encode('utf-16-be').ljust(128, b'\0')[:128]
        d += b' ' * 128 if not joliet else b'\0' * 128  # preparer
        d += _pad(application, 128) if not joliet else application.decode().encode('utf-16-be').ljust(128, b'\0')[:128]
        d += (b' ' * 37) * 3 if not joliet else b'\0' * 111
        d += _voldate(dt) + _voldate(dt) + b'0' * 16 + b'\0' + b'0' * 16 + b'\0'
        d += b'\x01\x00'
        return bytes(d).ljust(SECTOR, b'\0')
    img = bytearray(b'\0' * SECTOR * 16)
    img += vd(False)
    img += vd(True)
    img += (b'\xffCD001\x01').ljust(SECTOR, b'\0')
    img += pathtable(False, False).ljust(SECTOR, b'\0')
    img += pathtable(False, True).ljust(SECTOR, b'\0')
    img += pathtable(True, False).ljust(SECTOR, b'\0')
    img += pathtable(True, True).ljust(SECTOR, b'\0')
    img += dirsector(False)
    img += dirsector(True)
    for _, _, data, l in placed:
        assert len(img) == l * SECTOR
        img += data.ljust(((len(data) + SECTOR - 1) // SECTOR) * SECTOR, b'\0')
    return bytes(img)


def list_iso(img):
    """Return [(joliet_name, data)] from our own images (verification)."""
    assert img[16 * SECTOR + 1:16 * SECTOR + 6] == b'CD001'
    svd = img[17 * SECTOR:18 * SECTOR]
    assert svd[0] == 2 and svd[88:91] == b'%/E'
    root = svd[156:156 + 34]
    extent = struct.unpack('<I', root[2:6])[0]
    d = img[extent * SECTOR:(extent + 1) * SECTOR]
    out = []
    p = 0
    while p < len(d) and d[p]:
        ln = d[p]
        rec = d[p:p + ln]
        ext = struct.unpack('<I', rec[2:6])[0]
        size = struct.unpack('<I', rec[10:14])[0]
        nl = rec[32]
        ident = rec[33:33 + nl]
        if ident not in (b'\0', b'\1'):
            out.append((ident.decode('utf-16-be'), img[ext * SECTOR:ext * SECTOR + size]))
        p += ln
    return out
