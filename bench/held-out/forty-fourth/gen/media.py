"""Small binary media writers: PNG (grey / RGB), WAV (silence + tone).
Deterministic, standard library only."""

import math
import struct
import zlib


def _chunk(kind, data):
    c = struct.pack(">I", len(data)) + kind + data
    return c + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)


def png_grey(rows):
    """rows: list of bytes-like, one byte (0..255) per pixel."""
    h = len(rows)
    w = len(rows[0])
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw, 9))
            + _chunk(b"IEND", b""))


def png_rgb(w, h, pixel):
    """pixel(x, y) -> (r, g, b)"""
    rows = []
    for y in range(h):
        row = bytearray(b"\x00")
        for x in range(w):
            row.extend(pixel(x, y))
        rows.append(bytes(row))
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + _chunk(b"IEND", b""))


def png_matrix(matrix, scale=6, border=4):
    """matrix: list of lists of bool (True = dark)."""
    n = len(matrix)
    size = (n + 2 * border) * scale
    rows = []
    for y in range(size):
        my = y // scale - border
        row = bytearray(size)
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            row[x] = 0 if dark else 255
        rows.append(bytes(row))
    return png_grey(rows)


def photo_placeholder(seed, w=320, h=240, damage=True):
    """A deterministic 'photo': wooden surface gradient with a dark
    scratch diagonal, like a low-res phone picture of a damaged panel."""
    s = sum(seed.encode()) % 97

    def px(x, y):
        grain = int(18 * math.sin((y + s) / 3.7 + math.sin(x / 41.0) * 2.2))
        r = 168 + grain - y // 12
        g = 118 + grain // 2 - y // 14
        b = 72 + grain // 3
        if damage and abs((x - 40) - (y * 1.3)) < 3 and 30 < y < 200:
            r, g, b = 70, 52, 40
        return bytes((max(0, min(255, r)), max(0, min(255, g)),
                      max(0, min(255, b))))
    return png_rgb(w, h, px)


def logo_png(w=180, h=48, rgb=(0, 94, 184)):
    """Plain two-bar logo block (signature images)."""
    def px(x, y):
        if 6 <= y < 42 and (6 <= x < 42 or 50 <= x < 174 and 18 <= y < 30):
            return bytes(rgb)
        return b"\xff\xff\xff"
    return png_rgb(w, h, px)


def wav_voicemail(seconds=6, rate=8000):
    """8 kHz 16-bit mono: faint hum, a beep, then silence (placeholder)."""
    frames = bytearray()
    for i in range(int(seconds * rate)):
        t = i / rate
        v = 0.0
        if 0.2 < t < 0.5:
            v = 0.25 * math.sin(2 * math.pi * 425 * t)
        v += 0.01 * math.sin(2 * math.pi * 50 * t)
        frames += struct.pack("<h", int(v * 32767))
    hdr = (b"RIFF" + struct.pack("<I", 36 + len(frames)) + b"WAVEfmt "
           + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
           + b"data" + struct.pack("<I", len(frames)))
    return hdr + bytes(frames)
