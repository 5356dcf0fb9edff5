"""Minimal PNG writer/reader (stdlib zlib only)."""
import struct
import zlib


def _chunk(typ, data):
    c = struct.pack('>I', len(data)) + typ + data
    return c + struct.pack('>I', zlib.crc32(typ + data) & 0xffffffff)


def write_png(width, height, rows, color='gray'):
    """rows: list of bytes objects (gray: 1 byte/pixel, rgb: 3 bytes/pixel)."""
    ctype = {'gray': 0, 'rgb': 2}[color]
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    ihdr = struct.pack('>IIBBBBB', width, height, 8, ctype, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr) +
            _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b''))


def read_png(data):
    """Return (width, height, channels, rows) for 8-bit gray/rgb/rgba PNGs."""
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos = 8
    idat = b''
    width = height = ctype = None
    while pos < len(data):
        ln, = struct.unpack('>I', data[pos:pos + 4])
        typ = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc, = struct.unpack('>I', data[pos + 8 + ln:pos + 12 + ln])
        assert crc == zlib.crc32(typ + body) & 0xffffffff, 'bad CRC'
        if typ == b'IHDR':
            width, height, depth, ctype, _, _, inter = struct.unpack('>IIBBBBB', body)
            assert depth == 8 and inter == 0
        elif typ == b'IDAT':
            idat += body
        pos += 12 + ln
    ch = {0: 1, 2: 3, 4: 2, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    stride = width * ch
    rows = []
    prev = bytearray(stride)
    i = 0
    for _ in range(height):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - ch] if x >= ch else 0
            b = prev[x]
            c = prev[x - ch] if x >= ch else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pr) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, ch, rows


def gray_matrix(data):
    """PNG -> list of lists of luminance values."""
    w, h, ch, rows = read_png(data)
    out = []
    for r in rows:
        if ch in (1, 2):
            out.append([r[x * ch] for x in range(w)])
        else:
            out.append([(r[x * ch] * 299 + r[x * ch + 1] * 587 + r[x * ch + 2] * 114) // 1000 for x in range(w)])
    return out


def banner_png(width, height, bg, fg, blocks):
    """Simple logo-like RGB image: background + filled rectangles [(x,y,w,h,color)]."""
    px = [[bg] * width for _ in range(height)]
    for (x0, y0, w, h, col) in blocks:
        for y in range(max(0, y0), min(height, y0 + h)):
            for x in range(max(0, x0), min(width, x0 + w)):
                px[y][x] = col
    rows = [b''.join(bytes(c) for c in row) for row in px]
    return write_png(width, height, rows, 'rgb')
