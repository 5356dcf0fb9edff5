"""Minimal PNG writer/reader (greyscale/RGB/RGBA, 8-bit; 1-bit greyscale read)."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def write_gray(rows, text=None):
    """rows: list of bytes/list of ints 0..255, all same width."""
    h = len(rows)
    w = len(rows[0])
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b'tEXt', k.encode('latin-1') + b'\x00' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(raw, 9))
    out += _chunk(b'IEND', b'')
    return out


def write_rgb(rows, text=None):
    """rows: list of list of (r,g,b)."""
    h = len(rows)
    w = len(rows[0])
    raw = bytearray()
    for r in rows:
        raw.append(0)
        for px in r:
            raw.extend(px)
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b'tEXt', k.encode('latin-1') + b'\x00' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(bytes(raw), 9))
    out += _chunk(b'IEND', b'')
    return out


def qr_png(matrix, scale=6, border=4, fg=0, bg=255):
    n = len(matrix)
    size = (n + 2 * border) * scale
    rows = []
    for y in range(size):
        my = y // scale - border
        row = bytearray(size)
        for x in range(size):
            mx = x // scale - border
            d = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            row[x] = fg if d else bg
        rows.append(bytes(row))
    return write_gray(rows)


def _paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    if pb <= pc:
        return b
    return c


def read(data):
    """Return (width, height, channels, rows of bytes) for 8-bit images (1-bit grey expanded)."""
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    p = 8
    idat = b''
    ihdr = None
    while p < len(data):
        ln = struct.unpack('>I', data[p:p + 4])[0]
        tag = data[p + 4:p + 8]
        body = data[p + 8:p + 8 + ln]
        crc = struct.unpack('>I', data[p + 8 + ln:p + 12 + ln])[0]
        if zlib.crc32(tag + body) & 0xffffffff != crc:
            raise ValueError('PNG CRC error in %r' % tag)
        if tag == b'IHDR':
            ihdr = struct.unpack('>IIBBBBB', body)
        elif tag == b'IDAT':
            idat += body
        elif tag == b'IEND':
            break
        p += 12 + ln
    w, h, depth, ctype, _, _, interlace = ihdr
    if interlace:
        raise ValueError('interlaced PNG not supported')
    ch = {0: 1, 2: 3, 4: 2, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    if depth == 8:
        stride = w * ch
        bpp = ch
    elif depth == 1 and ctype == 0:
        stride = (w + 7) // 8
        bpp = 1
    else:
        raise ValueError('unsupported depth')
    rows = []
    prev = bytearray(stride)
    q = 0
    for _ in range(h):
        f = raw[q]
        line = bytearray(raw[q + 1:q + 1 + stride])
        q += 1 + stride
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                line[i] = (line[i] + _paeth(a, b, c)) & 255
        rows.append(bytes(line))
        prev = line
    if depth == 1:
        exp = []
        for r in rows:
            exp.append(bytes(255 if (r[x // 8] >> (7 - x % 8)) & 1 else 0 for x in range(w)))
        rows = exp
    return w, h, ch, rows


def decode_qr(data):
    from . import qr
    w, h, ch, rows = read(data)

    def dark(x, y):
        r = rows[y]
        if ch >= 3:
            v = (r[x * ch] + r[x * ch + 1] + r[x * ch + 2]) // 3
        else:
            v = r[x * ch]
        return v < 128
    return qr.decode_pixels(w, h, dark)
