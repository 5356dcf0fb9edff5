"""Minimal deterministic PNG writer / reader (greyscale and RGB, 8 bit)."""
import struct
import zlib


def _chunk(kind, data):
    c = struct.pack(">I", len(data)) + kind + data
    return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def write_png(width, height, rows, mode="L"):
    """rows: list of bytes objects (one per scanline, no filter byte)."""
    ctype = {"L": 0, "RGB": 2}[mode]
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, ctype, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) +
            _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def read_png(data):
    """Return (width, height, channels, rows) for 8-bit greyscale/RGB PNGs."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos = 8
    idat = b""
    width = height = ctype = None
    while pos < len(data):
        (ln,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])[0]
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise ValueError("PNG CRC error in %r" % kind)
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, _ = struct.unpack(">IIBBBBB", body)
            if depth != 8 or ctype not in (0, 2, 6):
                raise ValueError("unsupported PNG")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + ln
    ch = {0: 1, 2: 3, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    stride = width * ch
    rows = []
    prev = bytearray(stride)
    p = 0
    for _ in range(height):
        ft = raw[p]
        line = bytearray(raw[p + 1:p + 1 + stride])
        p += 1 + stride
        for i in range(stride):
            a = line[i - ch] if i >= ch else 0
            b = prev[i]
            c = prev[i - ch] if i >= ch else 0
            if ft == 1:
                line[i] = (line[i] + a) & 255
            elif ft == 2:
                line[i] = (line[i] + b) & 255
            elif ft == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ft == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if (pa <= pb and pa <= pc) else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, ch, rows


def grey_rows(width, height, channels, rows):
    """Convert rows to a 2-D list of grey values."""
    out = []
    for r in rows:
        if channels == 1:
            out.append(list(r))
        else:
            out.append([(r[i * channels] + r[i * channels + 1] + r[i * channels + 2]) // 3
                        for i in range(width)])
    return out


def banner_png(width, height, colour, accent, rng=None, text_blocks=()):
    """A small RGB banner (logo-ish) with a coloured bar and light blocks."""
    rows = []
    for y in range(height):
        line = bytearray()
        for x in range(width):
            if y < 4:
                c = accent
            else:
                c = colour
            for (x0, y0, x1, y1, cc) in text_blocks:
                if x0 <= x < x1 and y0 <= y < y1:
                    c = cc
            line += bytes(c)
        rows.append(bytes(line))
    return write_png(width, height, rows, "RGB")
