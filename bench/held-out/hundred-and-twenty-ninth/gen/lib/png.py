"""PNG writer/reader and a tiny RGB canvas (rectangles, polygons, anti-aliased TrueType text)."""
import math
import struct
import zlib

from . import ttf


def _chunk(t, data):
    c = struct.pack('>I', len(data)) + t + data
    return c + struct.pack('>I', zlib.crc32(t + data) & 0xFFFFFFFF)


def write(width, height, pixels, mode='RGB'):
    """pixels: bytes, row-major; mode 'RGB' (3 bytes/pixel) or 'L' (1 byte)."""
    bpp = 3 if mode == 'RGB' else 1
    ctype = 2 if mode == 'RGB' else 0
    raw = bytearray()
    stride = width * bpp
    for y in range(height):
        raw.append(0)
        raw += pixels[y * stride:(y + 1) * stride]
    ihdr = struct.pack('>IIBBBBB', width, height, 8, ctype, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr) +
            _chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + _chunk(b'IEND', b''))


def write_mono(matrix, scale=4, border=4):
    """QR-style boolean matrix -> 1-channel PNG bytes."""
    n = len(matrix)
    size = (n + 2 * border) * scale
    px = bytearray(b'\xff' * (size * size))
    for y in range(n):
        for x in range(n):
            if matrix[y][x]:
                for dy in range(scale):
                    row = ((y + border) * scale + dy) * size
                    s = row + (x + border) * scale
                    px[s:s + scale] = b'\x00' * scale
    return write(size, size, bytes(px), 'L'), size


def read(data):
    """Return (width, height, gray_pixels) for verification."""
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    p = 8
    idat = b''
    palette = None
    while p < len(data):
        ln = struct.unpack('>I', data[p:p + 4])[0]
        t = data[p + 4:p + 8]
        body = data[p + 8:p + 8 + ln]
        crc = struct.unpack('>I', data[p + 8 + ln:p + 12 + ln])[0]
        if zlib.crc32(t + body) & 0xFFFFFFFF != crc:
            raise ValueError('bad CRC in %r' % t)
        if t == b'IHDR':
            w, h, depth, ctype, _, _, inter = struct.unpack('>IIBBBBB', body)
        elif t == b'IDAT':
            idat += body
        elif t == b'PLTE':
            palette = body
        elif t == b'IEND':
            break
        p += 12 + ln
    assert depth == 8 and inter == 0
    bpp = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    stride = w * bpp
    out = bytearray()
    prev = bytearray(stride)
    p = 0
    for y in range(h):
        f = raw[p]
        line = bytearray(raw[p + 1:p + 1 + stride])
        p += 1 + stride
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if (pa <= pb and pa <= pc) else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 0xFF
        out += line
        prev = line
    gray = bytearray(w * h)
    for i in range(w * h):
        if ctype == 0:
            gray[i] = out[i]
        elif ctype == 4:
            gray[i] = out[2 * i]
        elif ctype == 3:
            idx = out[i]
            r, g, b = palette[3 * idx:3 * idx + 3]
            gray[i] = (r * 299 + g * 587 + b * 114) // 1000
        else:
            r, g, b = out[bpp * i:bpp * i + 3]
            gray[i] = (r * 299 + g * 587 + b * 114) // 1000
    return w, h, bytes(gray)


def hexcol(h):
    h = h.lstrip('#')
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


class Canvas:
    def __init__(self, w, h, bg='#ffffff'):
        self.w, self.h = w, h
        r, g, b = hexcol(bg)
        self.px = bytearray(bytes((r, g, b)) * (w * h))

    def _blend(self, x, y, col, a):
        if 0 <= x < self.w and 0 <= y < self.h and a > 0:
            i = 3 * (y * self.w + x)
            for k in range(3):
                self.px[i + k] = int(round(self.px[i + k] * (1 - a) + col[k] * a))

    def rect(self, x0, y0, x1, y1, col):
        c = bytes(hexcol(col))
        for y in range(max(0, y0), min(self.h, y1)):
            for x in range(max(0, x0), min(self.w, x1)):
                i = 3 * (y * self.w + x)
                self.px[i:i + 3] = c

    def poly(self, polys, col, ss=4):
        """Fill a list of closed polygons (nonzero winding) with anti-aliasing."""
        colr = hexcol(col)
        edges = []
        ymin, ymax = 1e9, -1e9
        for pts in polys:
            for i in range(len(pts)):
                x0, y0 = pts[i]
                x1, y1 = pts[(i + 1) % len(pts)]
                if y0 == y1:
                    continue
                edges.append((x0, y0, x1, y1, 1 if y1 > y0 else -1))
                ymin = min(ymin, y0, y1)
                ymax = max(ymax, y0, y1)
        if not edges:
            return
        cov = {}
        for py in range(max(0, int(ymin)), min(self.h, int(math.ceil(ymax)) + 1)):
            for k in range(ss):
                sy = py + (k + 0.5) / ss
                xs = []
                for x0, y0, x1, y1, d in edges:
                    lo, hi = (y0, y1) if y0 < y1 else (y1, y0)
                    if lo <= sy < hi:
                        xs.append((x0 + (sy - y0) * (x1 - x0) / (y1 - y0), d))
                xs.sort()
                wnd = 0
                for i in range(len(xs) - 1):
                    wnd += xs[i][1]
                    if wnd != 0:
                        a, b = xs[i][0], xs[i + 1][0]
                        # sample columns at (j+0.5)/ss
                        j0 = int(math.ceil(a * ss - 0.5))
                        j1 = int(math.ceil(b * ss - 0.5))
                        for j in range(j0, j1):
                            px = j // ss
                            cov[(px, py)] = cov.get((px, py), 0) + 1
        for (x, y), c in sorted(cov.items()):
            self._blend(x, y, colr, min(1.0, c / float(ss * ss)))

    def circle(self, cx, cy, r, col):
        pts = [(cx + r * math.cos(2 * math.pi * i / 48), cy + r * math.sin(2 * math.pi * i / 48)) for i in range(48)]
        self.poly([pts], col)

    def text(self, x, y, s, size, col='#000000', weight='regular'):
        """Draw text with baseline at y. Returns advance width."""
        f = ttf.load(weight)
        sc = size / f.units
        polys = []
        pen = x
        for ch in s:
            g = f.gid(ch)
            for contour in f.outline(g):
                pts = _flatten(contour)
                polys.append([(pen + px * sc, y - py * sc) for px, py in pts])
            pen += f.adv[g] * sc
        self.poly(polys, col)
        return pen - x

    def text_width(self, s, size, weight='regular'):
        return ttf.load(weight).width(s, size)

    def paste_matrix(self, m, x0, y0, scale, col='#000000'):
        c = bytes(hexcol(col))
        for y, row in enumerate(m):
            for x, v in enumerate(row):
                if v:
                    for dy in range(scale):
                        yy = y0 + y * scale + dy
                        i = 3 * (yy * self.w + x0 + x * scale)
                        self.px[i:i + 3 * scale] = c * scale

    def png(self):
        return write(self.w, self.h, bytes(self.px), 'RGB')


def _flatten(contour, steps=6):
    """TrueType contour (quadratic, with implied on-points) -> polygon points."""
    pts = contour
    n = len(pts)
    if n == 0:
        return []
    # find a start on-curve point
    start = None
    for i, p in enumerate(pts):
        if p[2]:
            start = i
            break
    if start is None:
        a, b = pts[0], pts[1]
        seq = [((a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0, True)] + pts[1:] + pts[:1]
    else:
        seq = pts[start:] + pts[:start]
    out = [(seq[0][0], seq[0][1])]
    cur = (seq[0][0], seq[0][1])
    i = 1
    m = len(seq)
    ctrl = None
    while i <= m:
        p = seq[i % m]
        if p[2]:
            if ctrl is None:
                out.append((p[0], p[1]))
            else:
                for t in range(1, steps + 1):
                    u = t / float(steps)
                    x = (1 - u) ** 2 * cur[0] + 2 * (1 - u) * u * ctrl[0] + u * u * p[0]
                    y = (1 - u) ** 2 * cur[1] + 2 * (1 - u) * u * ctrl[1] + u * u * p[1]
                    out.append((x, y))
                ctrl = None
            cur = (p[0], p[1])
        else:
            if ctrl is not None:
                mid = ((ctrl[0] + p[0]) / 2.0, (ctrl[1] + p[1]) / 2.0)
                for t in range(1, steps + 1):
                    u = t / float(steps)
                    x = (1 - u) ** 2 * cur[0] + 2 * (1 - u) * u * ctrl[0] + u * u * mid[0]
                    y = (1 - u) ** 2 * cur[1] + 2 * (1 - u) * u * ctrl[1] + u * u * mid[1]
                    out.append((x, y))
                cur = mid
            ctrl = (p[0], p[1])
        i += 1
    return out
