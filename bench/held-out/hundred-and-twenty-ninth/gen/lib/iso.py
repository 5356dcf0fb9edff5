"""Tiny ISO 9660 + Joliet image writer/reader (single root directory)."""
import struct

SEC = 2048


def _both16(v):
    return struct.pack('<H', v) + struct.pack('>H', v)


def _both32(v):
    return struct.pack('<I', v) + struct.pack('>I', v)


def _dirdate(dt):
    y, mo, d, h, mi, s = dt
    return bytes([y - 1900, mo, d, h, mi, s, 4])  # +01:00 in 15-minute units


def _voldate(dt):
    y, mo, d, h, mi, s = dt
    return ('%04d%02d%02d%02d%02d%02d00' % (y, mo, d, h, mi, s)).encode() + bytes([4])


def _rec(name, lba, size, dt, flags):
    ln = 33 + len(name)
    ln += ln % 2
    r = struct.pack('<BB', ln, 0) + _both32(lba) + _both32(size) + _dirdate(dt) + \
        bytes([flags, 0, 0]) + _both16(1) + bytes([len(name)]) + name
    return r + b'\0' * (ln - len(r))


def _iso_name(name, used):
    base, _, ext = name.rpartition('.')
    base = ''.join(c for c in base.upper() if c.isalnum() or c == '_')[:8] or 'FILE'
    ext = ''.join(c for c in ext.upper() if c.isalnum())[:3]
    cand = base
    i = 1
    while cand + '.' + ext in used:
        cand = base[:6] + '~%d' % i
        i += 1
    used.add(cand + '.' + ext)
    return (cand + '.' + ext + ';1').encode('ascii')


def _pad(s, n, enc='ascii'):
    b = s.encode(enc)
    return b + b' ' * (n - len(b)) if enc == 'ascii' else b + ' '.encode(enc) * ((n - len(b)) // 2)


def build(volume_id, files, dt, app='IMGBURN V2.5.8.0 - THE ULTIMATE IMAGE BURNER!'):
    """files: list of (name, data). Returns ISO bytes."""
    nfiles = len(files)
    lba_root1, lba_root2 = 23, 24
    data_lba = 25
    placed = []
    lba = data_lba
    for name, data in files:
        placed.append((name, data, lba))
        lba += max(1, (len(data) + SEC - 1) // SEC)
    total = lba
    used = set()

    def root(names_joliet):
        recs = [_rec(b'\0', lba_root2 if names_joliet else lba_root1, SEC, dt, 2),
                _rec(b'\1', lba_root2 if names_joliet else lba_root1, SEC, dt, 2)]
        for name, data, l in placed:
            nm = name.encode('utf-16-be') if names_joliet else _iso_name(name, used)
            recs.append(_rec(nm, l, len(data), dt, 0))
        b = b''.join(recs)
        assert len(b) <= SEC
        return b + b'\0' * (SEC - len(b))

    def pathtable(lba_dir, big):
        e = struct.pack('>I' if big else '<I', lba_dir)
        p = struct.pack('>H' if big else '<H', 1)
        return bytes([1, 0]) + e + p + b'\0\0'

    def vd(kind, root_lba, lpt, mpt, joliet):
        v = bytearray(SEC)
        v[0] = kind
        v[1:6] = b'CD001'
        v[6] = 1
        if joliet:
            v[8:40] = _pad('', 32, 'utf-16-be')
            v[40:72] = _pad(volume_id[:16], 32, 'utf-16-be')
        else:
            v[8:40] = _pad('', 32)
            v[40:72] = _pad(volume_id.upper()[:32], 32)
        v[80:88] = _both32(total)
        if joliet:
            v[88:91] = b'%/E'
        v[120:124] = _both16(1)
        v[124:128] = _both16(1)
        v[128:132] = _both16(SEC)
        v[132:140] = _both32(10)
        v[140:144] = struct.pack('<I', lpt)
        v[148:152] = struct.pack('>I', mpt)
        v[156:190] = _rec(b'\0', root_lba, SEC, dt, 2)
        enc = 'utf-16-be' if joliet else 'ascii'
        v[190:318] = _pad('', 128, enc)
        v[318:446] = _pad('', 128, enc)
        v[446:574] = _pad('', 128, enc)
        v[574:702] = _pad(app if not joliet else app[:64], 128, enc)
        v[702:739] = _pad('', 37, enc) if not joliet else _pad('', 36, enc) + b' '
        v[739:776] = _pad('', 37, enc) if not joliet else _pad('', 36, enc) + b' '
        v[776:813] = _pad('', 37, enc) if not joliet else _pad('', 36, enc) + b' '
        v[813:830] = _voldate(dt)
        v[830:847] = _voldate(dt)
        v[847:864] = b'0' * 16 + b'\0'
        v[864:881] = _voldate(dt)
        v[881] = 1
        return bytes(v)
    out = bytearray(SEC * 16)
    out += vd(1, lba_root1, 19, 20, False)
    out += vd(2, lba_root2, 21, 22, True)
    term = bytearray(SEC)
    term[0] = 255
    term[1:6] = b'CD001'
    term[6] = 1
    out += term
    for lba_dir, big in ((lba_root1, False), (lba_root1, True), (lba_root2, False), (lba_root2, True)):
        pt = pathtable(lba_dir, big)
        out += pt + b'\0' * (SEC - len(pt))
    out += root(False)
    out += root(True)
    for name, data, l in placed:
        assert len(out) == l * SEC
        out += data + b'\0' * ((-len(data)) % SEC if data else SEC)
    assert len(out) == total * SEC
    return bytes(out)


def read(img):
    """Return list of (joliet_name, data) from the Joliet directory; checks descriptors."""
    assert img[16 * SEC + 1:16 * SEC + 6] == b'CD001', 'no PVD'
    sec = 16
    jroot = None
    while True:
        d = img[sec * SEC:(sec + 1) * SEC]
        if d[0] == 255:
            break
        if d[0] == 2 and d[88:91] == b'%/E':
            jroot = struct.unpack('<I', d[156 + 2:156 + 6])[0]
        sec += 1
    assert jroot, 'no Joliet SVD'
    d = img[jroot * SEC:(jroot + 1) * SEC]
    p = 0
    out = []
    while p < len(d) and d[p]:
        ln = d[p]
        lba = struct.unpack('<I', d[p + 2:p + 6])[0]
        size = struct.unpack('<I', d[p + 10:p + 14])[0]
        flags = d[p + 25]
        nl = d[p + 32]
        name = d[p + 33:p + 33 + nl]
        if not flags & 2:
            out.append((name.decode('utf-16-be'), img[lba * SEC:lba * SEC + size]))
        p += ln
    return out
