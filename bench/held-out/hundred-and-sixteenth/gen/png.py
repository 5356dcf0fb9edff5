"""Minimal PNG writer/reader (greyscale / RGB / palette, 8-bit) using zlib."""
import struct
import zlib


def _chunk(t, data):
    c = struct.pack('>I', len(data)) + t + data
    return c + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)


def write_gray(px, w, h, extra_chunks=()):
    raw = b''.join(b'\x00' + bytes(px[y]) for y in range(h))
    out = b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
    for t, d in extra_chunks:
        out += _chunk(t, d)
    out += _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b'')
    return out


def write_rgb(px, w, h, extra_chunks=()):
    raw = b''.join(b'\x00' + b''.join(bytes(p) for p in px[y]) for y in range(h))
    out = b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
    for t, d in extra_chunks:
        out += _chunk(t, d)
    out += _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b'')
    return out


def qr_png(matrix, scale=6, quiet=4, dpi_chunk=True):
    n = len(matrix)
    size = (n + 2 * quiet) * scale
    rows = []
    for y in range(size):
        my = y // scale - quiet
        row = bytearray(size)
        for x in range(size):
            mx = x // scale - quiet
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            row[x] = 0 if dark else 255
        rows.append(row)
    extra = []
    if dpi_chunk:
        extra.append((b'pHYs', struct.pack('>IIB', 3780, 3780, 1)))
    return write_gray(rows, size, size, extra)


def _paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def read(data):
    """Return (w, h, grey[y][x]) for 8-bit greyscale / RGB / RGBA / palette PNGs."""
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos = 8
    idat = b''
    pal = None
    while pos < len(data):
        ln, = struct.unpack('>I', data[pos:pos + 4])
        t = data[pos + 4:pos + 8]
        d = data[pos + 8:pos + 8 + ln]
        crc, = struct.unpack('>I', data[pos + 8 + ln:pos + 12 + ln])
        assert crc == zlib.crc32(t + d) & 0xffffffff, 'bad CRC'
        if t == b'IHDR':
            w, h, bd, ct, _, _, il = struct.unpack('>IIBBBBB', d)
            assert bd == 8 and il == 0
        elif t == b'PLTE':
            pal = d
        elif t == b'IDAT':
            idat += d
        elif t == b'IEND':
            break
        pos += 12 + ln
    bpp = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ct]
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    out = []
    p = 0
    for y in range(h):
        ft = raw[p]
        line = bytearray(raw[p + 1:p + 1 + stride])
        p += 1 + stride
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ft == 1:
                line[i] = (line[i] + a) & 255
            elif ft == 2:
                line[i] = (line[i] + b) & 255
            elif ft == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ft == 4:
                line[i] = (line[i] + _paeth(a, b, c)) & 255
        prev = line
        if ct == 0:
            out.append(list(line))
        elif ct == 3:
            out.append([sum(pal[3 * v:3 * v + 3]) // 3 for v in line])
        else:
            out.append([sum(line[x * bpp:x * bpp + 3]) // 3 if bpp >= 3 else line[x * bpp] for x in range(w)])
    return w, h, out
