"""Minimal PNG writer/reader and an RGB canvas."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def write_png(width, height, rows, color="gray", text=None):
    """rows: list of bytes objects (already in pixel format). color: gray|rgb."""
    ct = {"gray": 0, "rgb": 2}[color]
    raw = b"".join(b"\x00" + r for r in rows)
    out = b"\x89PNG\r\n\x1a\n"
    out += _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, ct, 0, 0, 0))
    out += _chunk(b"pHYs", struct.pack(">IIB", 3780, 3780, 1))
    if text:
        for k, v in text:
            out += _chunk(b"tEXt", k.encode("latin-1") + b"\x00" + v.encode("latin-1"))
    out += _chunk(b"IDAT", zlib.compress(raw, 9))
    out += _chunk(b"IEND", b"")
    return out


def read_png(data):
    """Return (width, height, gray_pixels list). Supports 8-bit gray/RGB/RGBA, filters 0-4."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    p = 8
    idat = b""
    while p < len(data):
        ln, = struct.unpack(">I", data[p:p + 4])
        tag = data[p + 4:p + 8]
        body = data[p + 8:p + 8 + ln]
        crc, = struct.unpack(">I", data[p + 8 + ln:p + 12 + ln])
        if zlib.crc32(tag + body) & 0xFFFFFFFF != crc:
            raise ValueError("bad CRC in %r" % tag)
        if tag == b"IHDR":
            w, h, bd, ct, _, _, il = struct.unpack(">IIBBBBB", body)
            if bd != 8 or il != 0 or ct not in (0, 2, 6):
                raise ValueError("unsupported PNG format")
        elif tag == b"IDAT":
            idat += body
        elif tag == b"IEND":
            break
        p += 12 + ln
    bpp = {0: 1, 2: 3, 6: 4}[ct]
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    gray = []
    pos = 0
    for _ in range(h):
        ft = raw[pos]
        line = bytearray(raw[pos + 1:pos + 1 + stride])
        pos += 1 + stride
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
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        prev = line
        if bpp == 1:
            gray.extend(line)
        else:
            for i in range(0, stride, bpp):
                gray.append((line[i] * 299 + line[i + 1] * 587 + line[i + 2] * 114) // 1000)
    return w, h, gray


def qr_png(matrix, scale=6, quiet=4):
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
        rows.append(bytes(row))
    return write_png(size, size, rows, "gray")


class Canvas:
    """RGB canvas with rectangles, anti-aliased polygons (for glyphs) and blits."""

    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.px = bytearray(bytes(bg) * (w * h))

    def rect(self, x, y, w, h, col):
        x0, y0 = max(0, int(x)), max(0, int(y))
        x1, y1 = min(self.w, int(x + w)), min(self.h, int(y + h))
        c = bytes(col)
        for yy in range(y0, y1):
            o = (yy * self.w + x0) * 3
            self.px[o:o + (x1 - x0) * 3] = c * (x1 - x0)

    def blend(self, x, y, col, a):
        if 0 <= x < self.w and 0 <= y < self.h and a > 0:
            o = (y * self.w + x) * 3
            for k in range(3):
                self.px[o + k] = int(self.px[o + k] * (1 - a) + col[k] * a + 0.5)

    def fill_polys(self, polys, col, ss=4):
        """Non-zero fill of closed polygons (list of point lists) with ss x ss supersampling."""
        if not polys:
            return
        ys = [p[1] for poly in polys for p in poly]
        xs = [p[0] for poly in polys for p in poly]
        ymin, ymax = max(0, int(min(ys))), min(self.h - 1, int(max(ys)) + 1)
        xmin, xmax = max(0, int(min(xs))), min(self.w - 1, int(max(xs)) + 1)
        edges = []
        for poly in polys:
            n = len(poly)
            for i in range(n):
                (x0, y0), (x1, y1) = poly[i], poly[(i + 1) % n]
                if y0 != y1:
                    edges.append((x0, y0, x1, y1, 1 if y1 > y0 else -1))
        width = xmax - xmin + 1
        for py in range(ymin, ymax + 1):
            cov = [0.0] * width
            for sy in range(ss):
                yy = py + (sy + 0.5) / ss
                xs_w = []
                for x0, y0, x1, y1, d in edges:
                    lo, hi = (y0, y1) if y0 < y1 else (y1, y0)
                    if lo <= yy < hi:
                        xs_w.append((x0 + (yy - y0) * (x1 - x0) / (y1 - y0), d))
                xs_w.sort()
                wind = 0
                for i in range(len(xs_w) - 1):
                    wind += xs_w[i][1]
                    if wind != 0:
                        a, b = xs_w[i][0], xs_w[i + 1][0]
                        # accumulate horizontal coverage in sub-pixel columns
                        fa, fb = (a - xmin) * ss, (b - xmin) * ss
                        ia, ib = int(fa), int(fb)
                        for k in range(max(ia, 0), min(ib + 1, width * ss)):
                            lo2 = max(fa, k)
                            hi2 = min(fb, k + 1)
                            if hi2 > lo2:
                                cov[k // ss] += (hi2 - lo2)
            for i in range(width):
                a = cov[i] / (ss * ss)
                if a > 0:
                    self.blend(xmin + i, py, col, min(1.0, a))

    def png(self):
        rows = [bytes(self.px[y * self.w * 3:(y + 1) * self.w * 3]) for y in range(self.h)]
        return write_png(self.w, self.h, rows, "rgb")

    def blit_qr(self, matrix, x, y, scale, quiet=4):
        n = len(matrix)
        self.rect(x, y, (n + 2 * quiet) * scale, (n + 2 * quiet) * scale, (255, 255, 255))
        for r in range(n):
            for c in range(n):
                if matrix[r][c]:
                    self.rect(x + (c + quiet) * scale, y + (r + quiet) * scale, scale, scale, (0, 0, 0))
