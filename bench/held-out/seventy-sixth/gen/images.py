"""Synthetic raster images (PNG) for attachments: photos of damaged goods."""
import random

from qr import png_rgb


def tile_photo(seed, w=480, h=360, base=(196, 188, 176), crack=True, broken_corner=False):
    rng = random.Random(seed)
    tile = 150
    ox, oy = rng.randrange(20, 60), rng.randrange(10, 50)
    # crack polyline
    pts = []
    x, y = rng.randrange(ox + 20, ox + tile), oy + 3
    while y < oy + 2 * tile and x < w:
        pts.append((x, y))
        x += rng.randrange(-12, 16)
        y += rng.randrange(6, 18)
    crackset = set()
    if crack:
        for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
            n = max(abs(x2 - x1), abs(y2 - y1))
            for i in range(n + 1):
                cx = x1 + (x2 - x1) * i // max(n, 1)
                cy = y1 + (y2 - y1) * i // max(n, 1)
                for d in (-1, 0, 1):
                    crackset.add((cx + d, cy))
    rows = []
    for yy in range(h):
        line = bytearray()
        shade = 1.0 - 0.25 * yy / h
        for xx in range(w):
            gx, gy = (xx - ox) % tile, (yy - oy) % tile
            if gx < 4 or gy < 4:
                c = (120, 118, 112)
            else:
                n = rng.randrange(-6, 7)
                c = tuple(max(0, min(255, int(v * shade) + n)) for v in base)
            if (xx, yy) in crackset:
                c = (48, 44, 40)
            if broken_corner and xx - ox < tile and yy - oy < tile and (xx - ox) + (yy - oy) < 45:
                c = (92, 84, 75)
            line += bytes(c)
        rows.append(bytes(line))
    return png_rgb(rows, w, h)
