"""Minimal PNG writer/reader and a tiny raster canvas (for logos, banners,
QR images and screenshots)."""

import struct
import zlib


def _chunk(t, data):
    c = struct.pack(">I", len(data)) + t + data
    return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)


def write_png(width, height, rows, mode="RGB", text=None):
    """rows: list of bytes objects (already packed per mode).
    mode 'L' (8-bit gray) or 'RGB'."""
    ct = {"L": 0, "RGB": 2}[mode]
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    out = b"\x89PNG\r\n\x1a\n"
    out += _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, ct, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b"tEXt", k.encode("latin-1") + b"\x00" + v.encode("latin-1"))
    out += _chunk(b"IDAT", zlib.compress(raw, 9))
    out += _chunk(b"IEND", b"")
    return out


def read_png(data):
    """Return (width, height, gray_rows) for 8-bit gray/RGB/RGBA/palette PNGs
    without interlace.  Gray rows are lists of ints 0..255."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    p = 8
    idat = b""
    plte = None
    while p < len(data):
        ln = struct.unpack(">I", data[p:p + 4])[0]
        t = data[p + 4:p + 8]
        body = data[p + 8:p + 8 + ln]
        crc = struct.unpack(">I", data[p + 8 + ln:p + 12 + ln])[0]
        assert zlib.crc32(t + body) & 0xFFFFFFFF == crc, "PNG CRC error"
        if t == b"IHDR":
            w, h, bd, ct, _, _, il = struct.unpack(">IIBBBBB", body)
        elif t == b"IDAT":
            idat += body
        elif t == b"PLTE":
            plte = body
        p += 12 + ln
    assert bd == 8 and il == 0
    bpp = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ct]
    raw = zlib.decompress(idat)
    stride = w * bpp
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
        prev = line
        g = []
        for x in range(w):
            px = line[x * bpp:(x + 1) * bpp]
            if ct == 0 or ct == 4:
                g.append(px[0])
            elif ct == 3:
                r, gg, bb = plte[px[0] * 3:px[0] * 3 + 3]
                g.append((r * 299 + gg * 587 + bb * 114) // 1000)
            else:
                g.append((px[0] * 299 + px[1] * 587 + px[2] * 114) // 1000)
        rows.append(g)
    return w, h, rows


class Canvas:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.px = [bytearray(bytes(bg) * w) for _ in range(h)]

    def rect(self, x0, y0, x1, y1, col):
        x0, y0 = max(0, int(x0)), max(0, int(y0))
        x1, y1 = min(self.w, int(x1)), min(self.h, int(y1))
        if x1 <= x0:
            return
        seg = bytes(col) * (x1 - x0)
        for y in range(y0, y1):
            self.px[y][x0 * 3:x1 * 3] = seg

    def disc(self, cx, cy, r, col):
        for y in range(int(cy - r), int(cy + r) + 1):
            for x in range(int(cx - r), int(cx + r) + 1):
                if 0 <= x < self.w and 0 <= y < self.h and (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                    self.px[y][x * 3:x * 3 + 3] = bytes(col)

    def gradient(self, x0, y0, x1, y1, c0, c1, vertical=True):
        for y in range(int(y0), int(y1)):
            for x in range(int(x0), int(x1)):
                t = (y - y0) / max(1, (y1 - y0)) if vertical else (x - x0) / max(1, (x1 - x0))
                col = bytes(int(a + (b - a) * t) for a, b in zip(c0, c1))
                self.px[y][x * 3:x * 3 + 3] = col

    def noise(self, rng, amount=12):
        for y in range(self.h):
            row = self.px[y]
            for i in range(len(row)):
                v = row[i] + rng.randint(-amount, amount)
                row[i] = 0 if v < 0 else (255 if v > 255 else v)

    def text5(self, x, y, s, col, scale=2):
        """Tiny 5x7 bitmap font for uppercase labels on generated images."""
        cx = x
        for ch in s.upper():
            glyph = FONT5.get(ch, FONT5[" "])
            for gy, line in enumerate(glyph):
                for gx, b in enumerate(line):
                    if b == "#":
                        self.rect(cx + gx * scale, y + gy * scale, cx + (gx + 1) * scale, y + (gy + 1) * scale, col)
            cx += 6 * scale

    def png(self):
        return write_png(self.w, self.h, self.px, "RGB")


def qr_png(matrix, scale=6, quiet=4):
    n = len(matrix)
    size = (n + 2 * quiet) * scale
    rows = []
    white = bytes([255]) * size
    for _ in range(quiet * scale):
        rows.append(white)
    for r in matrix:
        line = bytearray([255]) * (quiet * scale)
        for v in r:
            line += bytes([0 if v else 255]) * scale
        line += bytes([255]) * (quiet * scale)
        for _ in range(scale):
            rows.append(bytes(line))
    for _ in range(quiet * scale):
        rows.append(white)
    return write_png(size, size, rows, "L")


_F = {
    "A": " ### ,#   #,#   #,#####,#   #,#   #,#   #", "B": "#### ,#   #,#   #,#### ,#   #,#   #,#### ",
    "C": " ####,#    ,#    ,#    ,#    ,#    , ####", "D": "#### ,#   #,#   #,#   #,#   #,#   #,#### ",
    "E": "#####,#    ,#    ,#### ,#    ,#    ,#####", "F": "#####,#    ,#    ,#### ,#    ,#    ,#    ",
    "G": " ####,#    ,#    ,# ###,#   #,#   #, ####", "H": "#   #,#   #,#   #,#####,#   #,#   #,#   #",
    "I": "#####,  #  ,  #  ,  #  ,  #  ,  #  ,#####", "J": "  ###,    #,    #,    #,#   #,#   #, ### ",
    "K": "#   #,#  # ,# #  ,##   ,# #  ,#  # ,#   #", "L": "#    ,#    ,#    ,#    ,#    ,#    ,#####",
    "M": "#   #,## ##,# # #,#   #,#   #,#   #,#   #", "N": "#   #,##  #,# # #,#  ##,#   #,#   #,#   #",
    "O": " ### ,#   #,#   #,#   #,#   #,#   #, ### ", "P": "#### ,#   #,#   #,#### ,#    ,#    ,#    ",
    "Q": " ### ,#   #,#   #,#   #,# # #,#  # , ## #", "R": "#### ,#   #,#   #,#### ,# #  ,#  # ,#   #",
    "S": " ####,#    ,#    , ### ,    #,    #,#### ", "T": "#####,  #  ,  #  ,  #  ,  #  ,  #  ,  #  ",
    "U": "#   #,#   #,#   #,#   #,#   #,#   #, ### ", "V": "#   #,#   #,#   #,#   #,#   #, # # ,  #  ",
    "W": "#   #,#   #,#   #,# # #,# # #,## ##,#   #", "X": "#   #,#   #, # # ,  #  , # # ,#   #,#   #",
    "Y": "#   #,#   #, # # ,  #  ,  #  ,  #  ,  #  ", "Z": "#####,    #,   # ,  #  , #   ,#    ,#####",
    "0": " ### ,#   #,#  ##,# # #,##  #,#   #, ### ", "1": "  #  , ##  ,  #  ,  #  ,  #  ,  #  , ### ",
    "2": " ### ,#   #,    #,   # ,  #  , #   ,#####", "3": "#### ,    #,    #, ### ,    #,    #,#### ",
    "4": "#   #,#   #,#   #,#####,    #,    #,    #", "5": "#####,#    ,#    ,#### ,    #,    #,#### ",
    "6": " ### ,#    ,#    ,#### ,#   #,#   #, ### ", "7": "#####,    #,   # ,  #  ,  #  ,  #  ,  #  ",
    "8": " ### ,#   #,#   #, ### ,#   #,#   #, ### ", "9": " ### ,#   #,#   #, ####,    #,    #, ### ",
    " ": "     ,     ,     ,     ,     ,     ,     ", ".": "     ,     ,     ,     ,     , ##  , ##  ",
    ":": "     , ##  , ##  ,     , ##  , ##  ,     ", "-": "     ,     ,     ,#####,     ,     ,     ",
    "/": "    #,    #,   # ,  #  , #   ,#    ,#    ", "&": " ##  ,#  # , ##  , ## #,#  # ,#  # , ## #",
    "+": "     ,  #  ,  #  ,#####,  #  ,  #  ,     ", "%": "##  #,## # ,   # ,  #  , #   ,# ##,#  ##",
    ",": "     ,     ,     ,     , ##  ,  #  , #   ", "(": "  #  , #   ,#    ,#    ,#    , #   ,  #  ",
    ")": "  #  ,   # ,    #,    #,    #,   # ,  #  ", "!": "  #  ,  #  ,  #  ,  #  ,  #  ,     ,  #  ",
    "'": "  #  ,  #  ,     ,     ,     ,     ,     ", "#": " # # ,#####, # # , # # ,#####, # # ,     ",
}
FONT5 = {k: v.split(",") for k, v in _F.items()}
