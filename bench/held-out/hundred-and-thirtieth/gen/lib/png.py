"""Minimal PNG writer/reader (greyscale, RGB) and a few procedural images."""
import struct
import zlib


def _chunk(t, data):
    c = struct.pack(">I", len(data)) + t + data
    return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)


def write(rows, mode="L", text=None, dpi=None):
    """rows: list of rows; mode L -> ints 0..255; RGB -> (r,g,b) tuples."""
    h = len(rows)
    w = len(rows[0])
    ctype = 0 if mode == "L" else 2
    raw = bytearray()
    for r in rows:
        raw.append(0)
        if mode == "L":
            raw += bytes(r)
        else:
            for px in r:
                raw += bytes(px)
    out = b"\x89PNG\r\n\x1a\n"
    out += _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, ctype, 0, 0, 0))
    if dpi:
        ppm = int(round(dpi / 0.0254))
        out += _chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
    if text:
        for k, v in text:
            out += _chunk(b"tEXt", k.encode("latin-1") + b"\0" + v.encode("latin-1"))
    out += _chunk(b"IDAT", zlib.compress(bytes(raw), 9))
    out += _chunk(b"IEND", b"")
    return out


def read(data):
    """Return (width, height, grey rows). Checks CRCs."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    p = 8
    idat = b""
    w = h = depth = ctype = None
    while p < len(data):
        ln = struct.unpack(">I", data[p:p + 4])[0]
        t = data[p + 4:p + 8]
        body = data[p + 8:p + 8 + ln]
        crc = struct.unpack(">I", data[p + 8 + ln:p + 12 + ln])[0]
        if zlib.crc32(t + body) & 0xFFFFFFFF != crc:
            raise ValueError("PNG CRC error in %r" % t)
        if t == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif t == b"IDAT":
            idat += body
        p += 12 + ln
    assert depth == 8 and ctype in (0, 2, 6), (depth, ctype)
    bpp = {0: 1, 2: 3, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    rows = []
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
        prev = line
        if bpp == 1:
            rows.append(list(line))
        else:
            rows.append([(line[k] * 299 + line[k + 1] * 587 + line[k + 2] * 114) // 1000
                         for k in range(0, stride, bpp)])
    return w, h, rows


def qr_png(matrix, scale=6, border=4, fg=(0, 0, 0), bg=(255, 255, 255), mode="L", dpi=None):
    n = len(matrix)
    rows = []
    for y in range(-border, n + border):
        row = []
        for x in range(-border, n + border):
            dark = 0 <= x < n and 0 <= y < n and matrix[y][x]
            if mode == "L":
                row += [0 if dark else 255] * scale
            else:
                row += [fg if dark else bg] * scale
        for _ in range(scale):
            rows.append(list(row))
    return write(rows, mode, dpi=dpi)


def logo(kind, w=180, h=54, color=(0, 94, 168), accent=(94, 182, 228)):
    """Simple procedural brand marks (no text)."""
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            px = (255, 255, 255)
            if kind == "drop":
                cx, cy, r = h * 0.5, h * 0.62, h * 0.30
                dx, dy = x - cx, y - cy
                in_circle = dx * dx + dy * dy <= r * r
                in_tip = y < cy and y > h * 0.08 and abs(dx) <= (y - h * 0.08) / (cy - h * 0.08) * r
                if in_circle or in_tip:
                    px = accent if dx < -r * 0.25 and dy < 0 else color
                elif x > h * 1.05 and (h * 0.30 < y < h * 0.42 or h * 0.55 < y < h * 0.64):
                    if x < w - 6:
                        px = color if y < h * 0.5 else accent
            elif kind == "bars":
                band = x // 12
                if band < 4 and h * 0.2 < y < h * (0.9 - band * 0.12):
                    px = color
                elif x > 56 and h * 0.42 < y < h * 0.56 and x < w - 8:
                    px = accent
            elif kind == "wave":
                import math
                yy = h * 0.5 + math.sin(x / 11.0) * h * 0.18
                if abs(y - yy) < 5 and x < w - 4:
                    px = color
                elif abs(y - yy - 9) < 2 and x < w - 4:
                    px = accent
            elif kind == "square":
                if 6 < x < h - 6 and 6 < y < h - 6:
                    px = color
                    if 14 < x < h - 14 and 14 < y < h - 14:
                        px = (255, 255, 255)
                elif x > h + 4 and h * 0.4 < y < h * 0.6 and x < w - 6:
                    px = accent
            elif kind == "banner":
                px = color if y < h * 0.8 else accent
                t = (x + y) % 40
                if y < h * 0.8 and t < 3:
                    px = accent
            row.append(px)
        rows.append(row)
    return write(rows, "RGB")


def photo(w, h, seed_rng, tint=(120, 140, 160)):
    """Smooth noisy 'photo' (e.g. damaged pallet snapshot), deterministic."""
    import math
    a = [seed_rng.random() * 6 for _ in range(6)]
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            v = (math.sin(x / (17 + a[0]) + a[1]) + math.cos(y / (23 + a[2]) + a[3]) +
                 math.sin((x + y) / (31 + a[4]) + a[5])) / 3.0
            base = 0.55 + 0.35 * v
            row.append(tuple(max(0, min(255, int(c * base * 1.4))) for c in tint))
        rows.append(row)
    return write(rows, "RGB")
