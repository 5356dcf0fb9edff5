"""Tiny PNG writer/reader (standard library only)."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xFFFFFFFF)


def write_gray(rows, bitdepth=8):
    """rows: list of lists of ints 0..255 (8-bit) or 0/1 (1-bit)."""
    h = len(rows)
    w = len(rows[0])
    raw = bytearray()
    for r in rows:
        raw.append(0)
        if bitdepth == 8:
            raw.extend(bytes(r))
        else:
            acc = 0
            nb = 0
            for v in r:
                acc = (acc << 1) | (1 if v else 0)
                nb += 1
                if nb == 8:
                    raw.append(acc)
                    acc = 0
                    nb = 0
            if nb:
                raw.append(acc << (8 - nb))
    ihdr = struct.pack('>IIBBBBB', w, h, bitdepth, 0, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr)
            + _chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + _chunk(b'IEND', b''))


def write_rgb(rows):
    """rows: list of lists of (r,g,b) tuples."""
    h = len(rows)
    w = len(rows[0])
    raw = bytearray()
    for r in rows:
        raw.append(0)
        for px in r:
            raw.extend(bytes(px))
    ihdr = struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr)
            + _chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + _chunk(b'IEND', b''))


def qr_png(matrix, scale=6, border=4, bitdepth=1):
    n = len(matrix)
    size = (n + 2 * border) * scale
    rows = []
    for y in range(size):
        my = y // scale - border
        row = []
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            if bitdepth == 1:
                row.append(0 if dark else 1)
            else:
                row.append(0 if dark else 255)
        rows.append(row)
    return write_gray(rows, bitdepth)


def read(data):
    """Return (width, height, gray_rows) with 8-bit luminance values."""
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos = 8
    idat = b''
    w = h = bd = ct = None
    while pos < len(data):
        ln = struct.unpack('>I', data[pos:pos + 4])[0]
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack('>I', data[pos + 8 + ln:pos + 12 + ln])[0]
        assert crc == zlib.crc32(tag + body) & 0xFFFFFFFF, 'bad CRC'
        if tag == b'IHDR':
            w, h, bd, ct, _, _, il = struct.unpack('>IIBBBBB', body)
            assert il == 0
        elif tag == b'IDAT':
            idat += body
        elif tag == b'IEND':
            break
        pos += 12 + ln
    raw = zlib.decompress(idat)
    chans = {0: 1, 2: 3, 4: 2, 6: 4}[ct]
    bpp_bits = chans * bd
    stride = (w * bpp_bits + 7) // 8
    bpp = max(1, bpp_bits // 8)
    out = []
    prev = bytearray(stride)
    p = 0
    for _ in range(h):
        ft = raw[p]
        line = bytearray(raw[p + 1:p + 1 + stride])
        p += 1 + stride
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ft == 1:
                line[i] = (line[i] + a) & 0xFF
            elif ft == 2:
                line[i] = (line[i] + b) & 0xFF
            elif ft == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif ft == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 0xFF
        prev = line
        row = []
        if bd == 1:
            for x in range(w):
                row.append(255 if (line[x >> 3] >> (7 - (x & 7))) & 1 else 0)
        else:
            for x in range(w):
                px = line[x * chans:(x + 1) * chans]
                if chans >= 3:
                    row.append((px[0] * 299 + px[1] * 587 + px[2] * 114) // 1000)
                else:
                    row.append(px[0])
        out.append(row)
    return w, h, out
