"""PNG writer/reader (deterministic) for QR codes and simple graphics."""
import struct
import zlib


def _chunk(t, data):
    c = struct.pack('>I', len(data)) + t + data
    return c + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)


def write_gray(w, h, rows):
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b''))


def write_rgb(w, h, rows):
    """rows: list of lists of (r, g, b)."""
    raw = b''.join(b'\x00' + bytes(v for px in r for v in px) for r in rows)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b''))


def read(data):
    """Return (w, h, gray(x, y)) for 8-bit gray / RGB / RGBA, 1-bit gray PNGs."""
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    p = 8
    idat = b''
    while p < len(data):
        ln, = struct.unpack('>I', data[p:p + 4])
        t = data[p + 4:p + 8]
        body = data[p + 8:p + 8 + ln]
        crc, = struct.unpack('>I', data[p + 8 + ln:p + 12 + ln])
        assert crc == zlib.crc32(t + body) & 0xffffffff, 'bad CRC'
        if t == b'IHDR':
            w, h, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
            assert interlace == 0
        elif t == b'IDAT':
            idat += body
        p += 12 + ln
    raw = zlib.decompress(idat)
    chans = {0: 1, 2: 3, 6: 4, 4: 2}[ctype]
    if depth == 8:
        bpp = chans
        stride = w * chans
    elif depth == 1 and ctype == 0:
        bpp = 1
        stride = (w + 7) // 8
    else:
        raise ValueError('unsupported PNG')
    rows = []
    prev = bytearray(stride)
    i = 0
    for _ in range(h):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pr) & 255
        rows.append(bytes(line))
        prev = line

    def gray(x, y):
        r = rows[y]
        if depth == 1:
            return 255 if (r[x >> 3] >> (7 - (x & 7))) & 1 else 0
        if chans == 1 or chans == 2:
            return r[x * chans]
        o = x * chans
        return (r[o] * 299 + r[o + 1] * 587 + r[o + 2] * 114) // 1000
    return w, h, gray


def qr_png(payload, scale=4, quiet=4, ecl='M'):
    from . import qr
    m = qr.encode(payload, ecl)
    w, h, rows = qr.to_pixels(m, scale, quiet)
    return write_gray(w, h, rows)


def decode_qr_png(data):
    from . import qr
    w, h, g = read(data)
    return qr.decode_matrix(qr.matrix_from_pixels(w, h, g))
