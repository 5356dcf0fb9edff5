"""Minimal PNG writer/reader (stdlib zlib only)."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def png_gray1(mod, scale=6, border=4):
    """mod: square matrix of bools (True = dark). 1-bit greyscale, white = 1."""
    n = len(mod)
    w = (n + 2 * border) * scale
    raw = bytearray()
    for py in range(w):
        y = py // scale - border
        raw.append(0)
        byte = 0
        nbits = 0
        for px in range(w):
            x = px // scale - border
            dark = 0 <= x < n and 0 <= y < n and mod[y][x]
            byte = (byte << 1) | (0 if dark else 1)
            nbits += 1
            if nbits == 8:
                raw.append(byte)
                byte = nbits = 0
        if nbits:
            raw.append(byte << (8 - nbits))
    ihdr = struct.pack('>IIBBBBB', w, w, 1, 0, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr) +
            _chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + _chunk(b'IEND', b''))


def png_rgb(width, height, pixel, text=None):
    """pixel(x, y) -> (r, g, b). Optional tEXt chunks as dict."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw += bytes(pixel(x, y))
    ihdr = struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)
    out = b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr)
    for k, v in (text or {}).items():
        out += _chunk(b'tEXt', k.encode('latin-1') + b'\0' + v.encode('latin-1'))
    return out + _chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + _chunk(b'IEND', b'')


def read_png_gray1(data):
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos = 8
    idat = b''
    while pos < len(data):
        ln = struct.unpack('>I', data[pos:pos + 4])[0]
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack('>I', data[pos + 8 + ln:pos + 12 + ln])[0]
        assert crc == zlib.crc32(tag + body) & 0xffffffff, 'bad CRC'
        if tag == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
            assert depth == 1 and ctype == 0
        elif tag == b'IDAT':
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    stride = (w + 7) // 8
    rows = []
    for y in range(h):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        assert line[0] == 0
        rows.append([not ((line[1 + x // 8] >> (7 - x % 8)) & 1) for x in range(w)])
    return rows
