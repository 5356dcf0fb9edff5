"""Minimal PNG writer (stdlib zlib) for QR codes and small synthetic images."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def write_png(width, height, rows, color_type=0, bit_depth=8, text=None):
    """rows: list of bytes objects (already packed pixels, no filter byte).
    color_type 0 = grayscale, 2 = RGB."""
    raw = b''.join(b'\x00' + r for r in rows)
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, bit_depth,
                                       color_type, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b'tEXt', k.encode('latin-1') + b'\x00' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(raw, 9))
    out += _chunk(b'IEND', b'')
    return out


def matrix_png(matrix, scale=6, border=4):
    """Render a boolean matrix (True = dark) as 1-bit grayscale PNG."""
    n = len(matrix)
    size = (n + 2 * border) * scale
    rows = []
    for y in range(n + 2 * border):
        bits = []
        for x in range(n + 2 * border):
            my, mx = y - border, x - border
            dark = 0 <= my < n and 0 <= mx < n and matrix[my][mx]
            bits.extend([0 if dark else 1] * scale)
        # pack 1-bit
        b = bytearray()
        for i in range(0, len(bits), 8):
            chunk = bits[i:i + 8] + [1] * (8 - len(bits[i:i + 8]))
            v = 0
            for bit in chunk:
                v = (v << 1) | bit
            b.append(v)
        for _ in range(scale):
            rows.append(bytes(b))
    return write_png(size, size, rows, color_type=0, bit_depth=1)


def photo_png(seed, width=240, height=180, base=(70, 70, 72)):
    """Deterministic synthetic 'photo' (noisy dark-grey texture with a lighter
    band) -- stands in for a picture of a tyre or a document scan."""
    import random
    rnd = random.Random(seed)
    rows = []
    for y in range(height):
        r = bytearray()
        band = 40 if height * 0.35 < y < height * 0.55 else 0
        for x in range(width):
            n = rnd.choice((-6, 0, 0, 0, 6)) if x % 2 == 0 else 0
            tread = 18 if (x // 14 + y // 9) % 2 == 0 else 0
            for c in base:
                r.append(max(0, min(255, c + n + tread + band)))
        rows.append(bytes(r))
    return write_png(width, height, rows, color_type=2, bit_depth=8)


def scan_png(seed, width=420, height=594):
    """Deterministic 'document scan': off-white page with grey text-like lines."""
    import random
    rnd = random.Random(seed)
    line_rows = set()
    y = 60
    lines = []
    while y < height - 60:
        lw = rnd.randint(int(width * 0.4), int(width * 0.85))
        lines.append((y, 40, 40 + lw))
        y += rnd.choice([14, 14, 14, 26])
    rows = []
    for yy in range(height):
        r = bytearray()
        active = [(x0, x1) for (ly, x0, x1) in lines if ly <= yy < ly + 5]
        for xx in range(width):
            v = 246
            for (x0, x1) in active:
                if x0 <= xx < x1 and (xx // 7) % 5 != 4:
                    v = 96 if (xx + yy) % 3 else 120
            r.append(v)
        rows.append(bytes(r))
    return write_png(width, height, rows, color_type=0, bit_depth=8)
