"""Tiny PNG writer/reader (stdlib only) plus QR-to-PNG helpers."""
import struct
import zlib

from . import qr


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def write(width, height, rows, mode="L", text=None):
    """rows: list of bytes objects (already in pixel format). mode L or RGB."""
    ctype = {"L": 0, "RGB": 2}[mode]
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    out = b"\x89PNG\r\n\x1a\n"
    out += _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, ctype, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b"tEXt", k.encode("latin-1") + b"\x00" + v.encode("latin-1"))
    out += _chunk(b"IDAT", zlib.compress(raw, 9))
    out += _chunk(b"IEND", b"")
    return out


def read(data):
    """Return (width, height, channels, list of row bytearrays)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos = 8
    idat = b""
    w = h = None
    while pos < len(data):
        ln, = struct.unpack(">I", data[pos:pos + 4])
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc, = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])
        if zlib.crc32(tag + body) & 0xFFFFFFFF != crc:
            raise ValueError("bad CRC in %r" % tag)
        if tag == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or interlace != 0 or ctype not in (0, 2, 6):
                raise ValueError("unsupported PNG variant")
            ch = {0: 1, 2: 3, 6: 4}[ctype]
        elif tag == b"IDAT":
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    stride = w * ch
    rows = []
    prev = bytearray(stride)
    p = 0
    for _ in range(h):
        ft = raw[p]
        line = bytearray(raw[p + 1:p + 1 + stride])
        p += 1 + stride
        for i in range(stride):
            a = line[i - ch] if i >= ch else 0
            b = prev[i]
            c = prev[i - ch] if i >= ch else 0
            if ft == 1:
                line[i] = (line[i] + a) & 0xFF
            elif ft == 2:
                line[i] = (line[i] + b) & 0xFF
            elif ft == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif ft == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if (pa <= pb and pa <= pc) else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 0xFF
        rows.append(line)
        prev = line
    return w, h, ch, rows


def qr_png(payload, ecl="M", scale=5, border=4, fg=0, bg=255):
    matrix = qr.encode(payload, ecl)
    n = len(matrix)
    size = (n + 2 * border) * scale
    rows = []
    for py in range(size):
        my = py // scale - border
        row = bytearray(size)
        for px in range(size):
            mx = px // scale - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            row[px] = fg if dark else bg
        rows.append(bytes(row))
    return write(size, size, rows, "L")


def qr_from_png(data):
    """Locate the QR symbol in a PNG produced by qr_png (axis aligned) and decode it."""
    w, h, ch, rows = read(data)
    def dark(x, y):
        return rows[y][x * ch] < 128
    # top-left finder: first dark pixel scanning rows
    top = left = None
    for y in range(h):
        for x in range(w):
            if dark(x, y):
                top, left = y, x
                break
        if top is not None:
            break
    if top is None:
        raise ValueError("no dark pixels")
    x = left
    while x < w and dark(x, top):
        x += 1
    module = (x - left) / 7.0
    # right edge of symbol: last dark pixel in the finder row band
    right = max(xx for xx in range(w) if dark(xx, top + int(module / 2)))
    n = int(round((right - left + 1) / module))
    matrix = []
    for my in range(n):
        row = []
        for mx in range(n):
            cx = int(left + (mx + 0.5) * module)
            cy = int(top + (my + 0.5) * module)
            row.append(dark(cx, cy))
        matrix.append(row)
    return qr.decode(matrix)


def solid_logo(width, height, bg, blocks):
    """Simple RGB logo: bg colour, blocks = [(x0,y0,x1,y1,(r,g,b)), ...]."""
    rows = []
    for y in range(height):
        row = bytearray()
        for x in range(width):
            col = bg
            for (x0, y0, x1, y1, c) in blocks:
                if x0 <= x < x1 and y0 <= y < y1:
                    col = c
            row += bytes(col)
        rows.append(bytes(row))
    return write(width, height, rows, "RGB")
