"""Deterministic PNG writer and a reader for the PNGs written here."""
import struct
import zlib


def _chunk(tag, data):
    return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def write_gray(rows):
    h = len(rows); w = len(rows[0])
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b''))


def write_rgb(rows):
    """rows: list of lists of (r,g,b)."""
    h = len(rows); w = len(rows[0])
    raw = b''.join(b'\x00' + bytes(c for px in r for c in px) for r in rows)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b''))


def read(data):
    """Return (width, height, channels, rows-of-bytes) for 8-bit gray/RGB non-interlaced PNGs."""
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    p = 8
    idat = b''
    w = h = ct = None
    while p < len(data):
        ln, = struct.unpack('>I', data[p:p + 4]); tag = data[p + 4:p + 8]
        body = data[p + 8:p + 8 + ln]
        crc, = struct.unpack('>I', data[p + 8 + ln:p + 12 + ln])
        assert crc == zlib.crc32(tag + body) & 0xffffffff, 'CRC error'
        if tag == b'IHDR':
            w, h, bd, ct, _, _, il = struct.unpack('>IIBBBBB', body)
            assert bd == 8 and il == 0 and ct in (0, 2)
        elif tag == b'IDAT':
            idat += body
        p += 12 + ln
    ch = 1 if ct == 0 else 3
    raw = zlib.decompress(idat)
    stride = w * ch
    rows = []
    prev = bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - ch] if i >= ch else 0
            b = prev[i]
            c = prev[i - ch] if i >= ch else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, ch, rows


def gray_rows(data):
    w, h, ch, rows = read(data)
    if ch == 1:
        return rows
    return [bytes((r[i] * 30 + r[i + 1] * 59 + r[i + 2] * 11) // 100 for i in range(0, len(r), 3)) for r in rows]
