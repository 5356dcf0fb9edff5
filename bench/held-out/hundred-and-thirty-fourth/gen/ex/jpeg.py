"""Baseline JPEG encoder (4:2:0, standard Huffman tables) with an optional
minimal Exif block, plus a procedural 'photo of a painting / object'."""
import math
import struct

ZIGZAG = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14,
          21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60,
          61, 54, 47, 55, 62, 63]
QL = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51,
      87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101,
      72, 92, 95, 98, 112, 100, 103, 99]
QC = [17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99,
      99, 99, 99] + [99] * 32
DC_L = ([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0], list(range(12)))
DC_C = ([0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0], list(range(12)))
AC_L = ([0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d], [
    0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22, 0x71, 0x14, 0x32,
    0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0, 0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16,
    0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45,
    0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69,
    0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x92, 0x93, 0x94,
    0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6,
    0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8,
    0xd9, 0xda, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
    0xf9, 0xfa])
AC_C = ([0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77], [
    0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41, 0x51, 0x07, 0x61, 0x71, 0x13, 0x22, 0x32, 0x81,
    0x08, 0x14, 0x42, 0x91, 0xa1, 0xb1, 0xc1, 0x09, 0x23, 0x33, 0x52, 0xf0, 0x15, 0x62, 0x72, 0xd1, 0x0a, 0x16, 0x24, 0x34,
    0xe1, 0x25, 0xf1, 0x17, 0x18, 0x19, 0x1a, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44,
    0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68,
    0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x92,
    0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4,
    0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6,
    0xd7, 0xd8, 0xd9, 0xda, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
    0xf9, 0xfa])
assert sum(AC_L[0]) == 162 and sum(AC_C[0]) == 162

_C = [[(math.sqrt(0.5) if u == 0 else 1.0) * math.cos((2 * x + 1) * u * math.pi / 16) / 2 for x in range(8)]
      for u in range(8)]


def _codes(table):
    bits, vals = table
    code = 0
    k = 0
    out = {}
    for ln in range(1, 17):
        for _ in range(bits[ln - 1]):
            out[vals[k]] = (code, ln)
            code += 1
            k += 1
        code <<= 1
    return out


def _scaled(q, quality):
    s = 5000 // quality if quality < 50 else 200 - 2 * quality
    return [min(255, max(1, (v * s + 50) // 100)) for v in q]


class _Bits:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def put(self, code, ln):
        self.acc = (self.acc << ln) | code
        self.n += ln
        while self.n >= 8:
            b = (self.acc >> (self.n - 8)) & 0xFF
            self.out.append(b)
            if b == 0xFF:
                self.out.append(0)
            self.n -= 8
        self.acc &= (1 << self.n) - 1

    def flush(self):
        if self.n:
            self.put((1 << (8 - self.n)) - 1, 8 - self.n)


def _fdct(block):
    tmp = [[sum(_C[u][x] * block[y * 8 + x] for x in range(8)) for u in range(8)] for y in range(8)]
    return [sum(_C[v][y] * tmp[y][u] for y in range(8)) for v in range(8) for u in range(8)]


def _category(v):
    v = abs(v)
    n = 0
    while v:
        v >>= 1
        n += 1
    return n


def _exif(make, model, when):
    entries = [(0x010F, make), (0x0110, model), (0x0132, when)]
    n = len(entries)
    ifd_size = 2 + 12 * n + 4
    data_off = 8 + ifd_size
    ifd = struct.pack(">H", n)
    blob = b""
    for tag, val in entries:
        b = val.encode("ascii") + b"\0"
        ifd += struct.pack(">HHII", tag, 2, len(b), data_off + len(blob))
        blob += b
    ifd += struct.pack(">I", 0)
    tiff = b"MM\0*" + struct.pack(">I", 8) + ifd + blob
    return b"Exif\0\0" + tiff


def encode(width, height, pixel, quality=86, exif=None):
    """pixel(x, y) -> (r, g, b)."""
    W = (width + 15) // 16 * 16
    H = (height + 15) // 16 * 16
    Y = [[0.0] * W for _ in range(H)]
    Cb = [[0.0] * (W // 2) for _ in range(H // 2)]
    Cr = [[0.0] * (W // 2) for _ in range(H // 2)]
    for y in range(H):
        yy = min(y, height - 1)
        for x in range(W):
            r, g, b = pixel(min(x, width - 1), yy)
            Y[y][x] = 0.299 * r + 0.587 * g + 0.114 * b - 128
            if x % 2 == 0 and y % 2 == 0:
                Cb[y // 2][x // 2] = -0.168736 * r - 0.331264 * g + 0.5 * b
                Cr[y // 2][x // 2] = 0.5 * r - 0.418688 * g - 0.081312 * b
    ql, qc = _scaled(QL, quality), _scaled(QC, quality)
    hdl, hal, hdc, hac = _codes(DC_L), _codes(AC_L), _codes(DC_C), _codes(AC_C)
    bw = _Bits()
    pred = [0, 0, 0]

    def block(plane, bx, by, q, hd, ha, ci):
        blk = [plane[by + j][bx + i] for j in range(8) for i in range(8)]
        co = _fdct(blk)
        zz = [int(round(co[ZIGZAG[k]] / q[ZIGZAG[k]])) for k in range(64)]
        diff = zz[0] - pred[ci]
        pred[ci] = zz[0]
        cat = _category(diff)
        bw.put(*hd[cat])
        if cat:
            bw.put(diff if diff > 0 else diff + (1 << cat) - 1, cat)
        run = 0
        for k in range(1, 64):
            v = zz[k]
            if v == 0:
                run += 1
                continue
            while run > 15:
                bw.put(*ha[0xF0])
                run -= 16
            cat = _category(v)
            bw.put(*ha[(run << 4) | cat])
            bw.put(v if v > 0 else v + (1 << cat) - 1, cat)
            run = 0
        if run:
            bw.put(*ha[0x00])
    for my in range(0, H, 16):
        for mx in range(0, W, 16):
            for (dx, dy) in ((0, 0), (8, 0), (0, 8), (8, 8)):
                block(Y, mx + dx, my + dy, ql, hdl, hal, 0)
            block(Cb, mx // 2, my // 2, qc, hdc, hac, 1)
            block(Cr, mx // 2, my // 2, qc, hdc, hac, 2)
    bw.flush()

    def seg(marker, payload):
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload
    out = b"\xFF\xD8"
    if exif:
        out += seg(0xE1, _exif(*exif))
    else:
        out += seg(0xE0, b"JFIF\0\x01\x01\x01\x00\x48\x00\x48\x00\x00")
    out += seg(0xDB, b"\x00" + bytes(ql[ZIGZAG[k]] for k in range(64)) + b"\x01" + bytes(qc[ZIGZAG[k]] for k in range(64)))
    out += seg(0xC0, struct.pack(">BHHB", 8, height, width, 3) + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01")
    dht = b""
    for cls_id, tbl in ((0x00, DC_L), (0x10, AC_L), (0x01, DC_C), (0x11, AC_C)):
        dht += bytes([cls_id]) + bytes(tbl[0]) + bytes(tbl[1])
    out += seg(0xC4, dht)
    out += seg(0xDA, b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00")
    out += bytes(bw.out) + b"\xFF\xD9"
    return out


def check(data):
    """Walk the marker segments; return (width, height)."""
    if data[:2] != b"\xFF\xD8" or data[-2:] != b"\xFF\xD9":
        raise ValueError("JPEG SOI/EOI missing")
    p = 2
    size = None
    while p < len(data):
        if data[p] != 0xFF:
            raise ValueError("bad marker")
        m = data[p + 1]
        ln = struct.unpack(">H", data[p + 2:p + 4])[0]
        if m == 0xC0:
            h, w = struct.unpack(">HH", data[p + 5:p + 9])
            size = (w, h)
        if m == 0xDA:
            return size
        p += 2 + ln
    raise ValueError("no scan")


def painting_photo(rng, width=400, height=300, kind="landscape"):
    """Procedural photo of a framed painting on a wall (or a bronze)."""
    wall = (rng.randint(170, 215), rng.randint(165, 205), rng.randint(150, 190))
    sky = (rng.randint(120, 180), rng.randint(150, 190), rng.randint(180, 220))
    land = (rng.randint(60, 110), rng.randint(80, 120), rng.randint(40, 70))
    fx0, fy0 = int(width * 0.16), int(height * 0.12)
    fx1, fy1 = int(width * 0.84), int(height * 0.86)
    fw = max(8, width // 22)
    ph1, ph2 = rng.random() * 6, rng.random() * 6
    noise = [rng.randint(-6, 6) for _ in range(997)]

    def px(x, y):
        n = noise[(x * 31 + y * 17) % 997]
        light = 1.0 - 0.25 * ((x - width * 0.3) ** 2 + (y - height * 0.2) ** 2) / (width * width)
        if fx0 <= x < fx1 and fy0 <= y < fy1:
            inner = (fx0 + fw <= x < fx1 - fw) and (fy0 + fw <= y < fy1 - fw)
            if not inner:
                d = min(x - fx0, fx1 - 1 - x, y - fy0, fy1 - 1 - y)
                g = 0.65 + 0.35 * math.sin(d / fw * math.pi)
                c = (int(176 * g), int(136 * g), int(62 * g))
            else:
                u = (x - fx0 - fw) / (fx1 - fx0 - 2 * fw)
                v = (y - fy0 - fw) / (fy1 - fy0 - 2 * fw)
                if kind == "portrait":
                    dx, dy = u - 0.5, v - 0.42
                    if dx * dx / 0.04 + dy * dy / 0.07 < 1:
                        c = (205, 160, 130)
                    elif v > 0.62 and abs(u - 0.5) < 0.36:
                        c = (40, 36, 50)
                    else:
                        c = (60 + int(40 * u), 52, 40)
                else:
                    hz = 0.55 + 0.07 * math.sin(u * 9 + ph1) + 0.04 * math.sin(u * 23 + ph2)
                    if v < hz:
                        t = v / hz
                        c = tuple(int(s * (1 - 0.3 * t) + 230 * 0.3 * t) for s in sky)
                        cl = math.sin(u * 14 + ph2) * math.sin(v * 20 + ph1)
                        if cl > 0.55:
                            c = (232, 228, 220)
                    else:
                        t = (v - hz) / (1 - hz)
                        c = tuple(int(s * (1 - 0.4 * t)) for s in land)
                        if abs(u - 0.3 - 0.05 * math.sin(v * 10)) < 0.01 + 0.03 * t:
                            c = (150, 140, 110)
        else:
            c = wall
        return tuple(max(0, min(255, int(ch * light) + n)) for ch in c)
    return px
