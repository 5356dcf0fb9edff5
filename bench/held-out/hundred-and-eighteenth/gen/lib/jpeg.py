"""Baseline JPEG encoder (JFIF, YCbCr 4:4:4, optimised Huffman tables per
image, Annex K.2/K.3) for the synthetic 'phone photos'."""

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
COS = [[math.cos((2 * x + 1) * u * math.pi / 16) * (math.sqrt(0.5) if u == 0 else 1.0) / 2 for x in range(8)] for u in range(8)]


def _qtable(base, quality):
    s = 5000 / quality if quality < 50 else 200 - 2 * quality
    return [min(255, max(1, (b * s + 50) // 100)) for b in base]


def _dct(block):
    tmp = [[sum(COS[u][x] * block[y * 8 + x] for x in range(8)) for u in range(8)] for y in range(8)]
    return [sum(COS[v][y] * tmp[y][u] for y in range(8)) for v in range(8) for u in range(8)]


def _cat(v):
    v = abs(v)
    n = 0
    while v:
        n += 1
        v >>= 1
    return n


def _bits(v, n):
    return v if v >= 0 else v + (1 << n) - 1


def _huff(freq):
    freq = dict(freq)
    freq[256] = 1
    codesize = {k: 0 for k in freq}
    others = {k: -1 for k in freq}
    while True:
        live = [k for k in freq if freq[k] > 0]
        if len(live) < 2:
            break
        live.sort(key=lambda k: (freq[k], -k))
        v1, v2 = live[0], live[1]
        freq[v1] += freq[v2]
        freq[v2] = 0
        codesize[v1] += 1
        while others[v1] != -1:
            v1 = others[v1]
            codesize[v1] += 1
        others[v1] = v2
        codesize[v2] += 1
        while others[v2] != -1:
            v2 = others[v2]
            codesize[v2] += 1
    bits = [0] * 40
    for k, c in codesize.items():
        if c:
            bits[c] += 1
    i = 39
    while i > 16:
        while bits[i] > 0:
            j = i - 2
            while bits[j] == 0:
                j -= 1
            bits[i] -= 2
            bits[i - 1] += 1
            bits[j + 1] += 2
            bits[j] -= 1
        i -= 1
    while bits[i] == 0:
        i -= 1
    bits[i] -= 1
    vals = sorted((k for k in codesize if k != 256 and codesize[k]), key=lambda k: (codesize[k], k))
    # re-assign lengths following the adjusted bits[] (Annex K.3)
    lengths = []
    for L in range(1, 17):
        lengths += [L] * bits[L]
    table = {}
    code = 0
    idx = 0
    for L in range(1, 17):
        for _ in range(bits[L]):
            table[vals[idx]] = (code, L)
            code += 1
            idx += 1
        code <<= 1
    return bits[1:17], vals, table


class _BW:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def put(self, code, length):
        for i in range(length - 1, -1, -1):
            self.acc = (self.acc << 1) | ((code >> i) & 1)
            self.n += 1
            if self.n == 8:
                self.out.append(self.acc)
                if self.acc == 0xFF:
                    self.out.append(0)
                self.acc = 0
                self.n = 0

    def flush(self):
        while self.n:
            self.put(1, 1)


def encode(w, h, rgb_rows, quality=82, comment=None):
    """rgb_rows: list of bytearrays (3*w bytes)."""
    pw, ph = (w + 7) // 8 * 8, (h + 7) // 8 * 8
    Y, Cb, Cr = [], [], []
    for yy in range(ph):
        row = rgb_rows[min(yy, h - 1)]
        for xx in range(pw):
            x = min(xx, w - 1)
            r, g, b = row[3 * x], row[3 * x + 1], row[3 * x + 2]
            Y.append(0.299 * r + 0.587 * g + 0.114 * b - 128)
            Cb.append(-0.168736 * r - 0.331264 * g + 0.5 * b)
            Cr.append(0.5 * r - 0.418688 * g - 0.081312 * b)
    qt = [_qtable(QL, quality), _qtable(QC, quality)]
    comps = [(Y, 0), (Cb, 1), (Cr, 1)]
    blocks = []  # per MCU: list of (comp, zigzag coefficients)
    for by in range(ph // 8):
        for bx in range(pw // 8):
            mcu = []
            for plane, qi in comps:
                blk = [plane[(by * 8 + j) * pw + bx * 8 + i] for j in range(8) for i in range(8)]
                d = _dct(blk)
                q = qt[qi]
                zz = [int(round(d[ZIGZAG[k]] / q[ZIGZAG[k]])) for k in range(64)]
                mcu.append(zz)
            blocks.append(mcu)
    # pass 1: symbol statistics
    freq = [dict(), dict(), dict(), dict()]  # dc0, ac0, dc1, ac1
    syms = []
    pred = [0, 0, 0]
    for mcu in blocks:
        ms = []
        for ci, zz in enumerate(mcu):
            t = 0 if ci == 0 else 1
            diff = zz[0] - pred[ci]
            pred[ci] = zz[0]
            c = _cat(diff)
            freq[2 * t][c] = freq[2 * t].get(c, 0) + 1
            seq = [(2 * t, c, _bits(diff, c), c)]
            run = 0
            last = max([k for k in range(1, 64) if zz[k] != 0], default=0)
            for k in range(1, last + 1):
                v = zz[k]
                if v == 0:
                    run += 1
                    continue
                while run > 15:
                    freq[2 * t + 1][0xF0] = freq[2 * t + 1].get(0xF0, 0) + 1
                    seq.append((2 * t + 1, 0xF0, 0, 0))
                    run -= 16
                c = _cat(v)
                s = (run << 4) | c
                freq[2 * t + 1][s] = freq[2 * t + 1].get(s, 0) + 1
                seq.append((2 * t + 1, s, _bits(v, c), c))
                run = 0
            if last < 63:
                freq[2 * t + 1][0] = freq[2 * t + 1].get(0, 0) + 1
                seq.append((2 * t + 1, 0, 0, 0))
            ms.append(seq)
        syms.append(ms)
    tables = [_huff(f) for f in freq]
    bw = _BW()
    for ms in syms:
        for seq in ms:
            for (ti, s, v, n) in seq:
                code, L = tables[ti][2][s]
                bw.put(code, L)
                if n:
                    bw.put(v, n)
    bw.flush()
    out = bytearray(b"\xff\xd8")
    out += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    if comment:
        c = comment.encode("latin-1")
        out += b"\xff\xfe" + struct.pack(">H", len(c) + 2) + c
    for i, q in enumerate(qt):
        out += b"\xff\xdb" + struct.pack(">HB", 67, i) + bytes(q[ZIGZAG[k]] for k in range(64))
    out += b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, h, w, 3) + bytes([1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1])
    for (cls, idn), ti in (((0, 0), 0), ((1, 0), 1), ((0, 1), 2), ((1, 1), 3)):
        bits, vals, _ = tables[ti]
        out += b"\xff\xc4" + struct.pack(">HB", 3 + 16 + len(vals), (cls << 4) | idn) + bytes(bits) + bytes(vals)
    out += b"\xff\xda" + struct.pack(">HB", 12, 3) + bytes([1, 0x00, 2, 0x11, 3, 0x11]) + bytes([0, 63, 0])
    out += bw.out + b"\xff\xd9"
    return bytes(out)


def check_jpeg(data):
    """Structural check: markers in order, segment lengths consistent."""
    assert data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9", "SOI/EOI missing"
    p = 2
    seen = []
    while p < len(data):
        assert data[p] == 0xFF, "marker expected at %d" % p
        mk = data[p + 1]
        seen.append(mk)
        if mk == 0xDA:
            break
        ln = struct.unpack(">H", data[p + 2:p + 4])[0]
        p += 2 + ln
    for need in (0xDB, 0xC0, 0xC4, 0xDA):
        assert need in seen, "missing marker %02X" % need
    return True
