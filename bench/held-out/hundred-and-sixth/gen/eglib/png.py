"""Tiny PNG writer/reader (stdlib zlib only)."""
import struct
import zlib


def _chunk(tag, data):
    return (struct.pack('>I', len(data)) + tag + data
            + struct.pack('>I', zlib.crc32(tag + data) & 0xFFFFFFFF))


def write_gray(rows, text_chunks=None):
    """rows: list of bytes-like rows of 8-bit grey values."""
    h = len(rows)
    w = len(rows[0])
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
    for k, v in (text_chunks or []):
        out += _chunk(b'tEXt', k.encode('latin-1') + b'\x00' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(raw, 9))
    out += _chunk(b'IEND', b'')
    return out


def write_rgb(rows, text_chunks=None):
    """rows: list of lists of (r,g,b)."""
    h = len(rows)
    w = len(rows[0])
    raw = bytearray()
    for r in rows:
        raw.append(0)
        for px in r:
            raw.extend(px)
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
    for k, v in (text_chunks or []):
        out += _chunk(b'tEXt', k.encode('latin-1') + b'\x00' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(bytes(raw), 9))
    out += _chunk(b'IEND', b'')
    return out


def qr_png(matrix, scale=6, border=4):
    n = len(matrix)
    size = (n + 2 * border) * scale
    rows = []
    for y in range(size):
        my = y // scale - border
        row = bytearray(size)
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            row[x] = 0 if dark else 255
        rows.append(row)
    return write_gray(rows)


def read_gray(data):
    """Read an 8-bit greyscale, non-interlaced PNG with filter type 0 rows."""
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos = 8
    idat = b''
    w = h = None
    while pos < len(data):
        ln, = struct.unpack('>I', data[pos:pos + 4])
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc, = struct.unpack('>I', data[pos + 8 + ln:pos + 12 + ln])
        if zlib.crc32(tag + body) & 0xFFFFFFFF != crc:
            raise ValueError('bad CRC in ' + tag.decode())
        if tag == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
            assert depth == 8 and ctype == 0
        elif tag == b'IDAT':
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    rows = []
    for y in range(h):
        line = raw[y * (w + 1):(y + 1) * (w + 1)]
        assert line[0] == 0
        rows.append(line[1:])
    return rows


def sample_qr(rows):
    """Locate the QR symbol in a clean greyscale image and sample modules."""
    h = len(rows)
    w = len(rows[0])
    top = next(y for y in range(h) if any(v < 128 for v in rows[y]))
    left = next(x for x in range(w) if rows[top][x] < 128)
    # finder pattern is 7 modules wide: measure the dark run on the top row
    x = left
    while rows[top][x] < 128:
        x += 1
    mod = (x - left) / 7.0
    right = max(x for x in range(w) if any(rows[y][x] < 128 for y in range(h)))
    n = int(round((right - left + 1) / mod))
    m = []
    for my in range(n):
        cy = int(top + (my + 0.5) * mod)
        m.append([rows[cy][int(left + (mx + 0.5) * mod)] < 128 for mx in range(n)])
    return m
