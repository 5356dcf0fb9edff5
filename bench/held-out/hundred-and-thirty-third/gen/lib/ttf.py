"""TrueType reader and glyph subsetter (keeps glyph ids, empties unused
glyphs) for embedding fonts as CIDFontType2 / Identity-H in PDFs."""
import struct

_CACHE = {}


class Font:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        d = self.data
        n, = struct.unpack(">H", d[4:6])
        self.tables = {}
        for i in range(n):
            tag, _cs, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.tab("head")
        self.upem, = struct.unpack(">H", head[18:20])
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.locfmt, = struct.unpack(">h", head[50:52])
        hhea = self.tab("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        self.nhm, = struct.unpack(">H", hhea[34:36])
        self.nglyphs, = struct.unpack(">H", self.tab("maxp")[4:6])
        hmtx = self.tab("hmtx")
        self.adv = []
        for i in range(self.nglyphs):
            j = min(i, self.nhm - 1)
            self.adv.append(struct.unpack(">H", hmtx[4 * j:4 * j + 2])[0])
        loca = self.tab("loca")
        if self.locfmt == 0:
            self.loca = [2 * v for v in struct.unpack(">%dH" % (self.nglyphs + 1), loca[:2 * (self.nglyphs + 1)])]
        else:
            self.loca = list(struct.unpack(">%dI" % (self.nglyphs + 1), loca[:4 * (self.nglyphs + 1)]))
        self.cmap = self._cmap()
        name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        self.psname = name.replace(" ", "")
        self.capheight = int(self.ascent * 0.73)

    def tab(self, t):
        off, ln = self.tables[t]
        return self.data[off:off + ln]

    def _cmap(self):
        c = self.tab("cmap")
        n, = struct.unpack(">H", c[2:4])
        best = None
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", c[4 + 8 * i:12 + 8 * i])
            fmt, = struct.unpack(">H", c[off:off + 2])
            if pid == 3 and eid == 1 and fmt == 4:
                best = off
        off = best
        segx2, = struct.unpack(">H", c[off + 6:off + 8])
        seg = segx2 // 2
        ends = struct.unpack(">%dH" % seg, c[off + 14:off + 14 + segx2])
        starts = struct.unpack(">%dH" % seg, c[off + 16 + segx2:off + 16 + 2 * segx2])
        deltas = struct.unpack(">%dh" % seg, c[off + 16 + 2 * segx2:off + 16 + 3 * segx2])
        roff_pos = off + 16 + 3 * segx2
        roffs = struct.unpack(">%dH" % seg, c[roff_pos:roff_pos + segx2])
        m = {}
        for i in range(seg):
            for code in range(starts[i], ends[i] + 1):
                if code == 0xFFFF:
                    continue
                if roffs[i] == 0:
                    g = (code + deltas[i]) & 0xFFFF
                else:
                    p = roff_pos + 2 * i + roffs[i] + 2 * (code - starts[i])
                    g, = struct.unpack(">H", c[p:p + 2])
                    if g:
                        g = (g + deltas[i]) & 0xFFFF
                if g:
                    m[code] = g
        return m

    def gid(self, ch):
        return self.cmap.get(ord(ch), 0)

    def width(self, text, size):
        return sum(self.adv[self.gid(c)] for c in text) * size / self.upem

    def glyph(self, g):
        off, _ = self.tables["glyf"]
        return self.data[off + self.loca[g]:off + self.loca[g + 1]]

    def components(self, g):
        gd = self.glyph(g)
        if len(gd) < 10:
            return []
        nc, = struct.unpack(">h", gd[:2])
        if nc >= 0:
            return []
        out, p = [], 10
        while True:
            flags, gi = struct.unpack(">HH", gd[p:p + 4])
            out.append(gi)
            p += 4 + (4 if flags & 1 else 2)
            if flags & 0x8:
                p += 2
            elif flags & 0x40:
                p += 4
            elif flags & 0x80:
                p += 8
            if not flags & 0x20:
                break
        return out

    def subset(self, gids):
        keep = set(gids) | {0}
        todo = list(keep)
        while todo:
            g = todo.pop()
            for c in self.components(g):
                if c not in keep:
                    keep.add(c)
                    todo.append(c)
        glyf, loca = b"", []
        for g in range(self.nglyphs):
            loca.append(len(glyf))
            if g in keep:
                gd = self.glyph(g)
                glyf += gd + b"\x00" * ((4 - len(gd) % 4) % 4)
        loca.append(len(glyf))
        head = bytearray(self.tab("head"))
        head[8:12] = b"\x00\x00\x00\x00"
        head[50:52] = struct.pack(">h", 1)
        tables = {
            "head": bytes(head),
            "hhea": self.tab("hhea"),
            "maxp": self.tab("maxp"),
            "hmtx": self.tab("hmtx"),
            "loca": struct.pack(">%dI" % len(loca), *loca),
            "glyf": glyf,
            "post": struct.pack(">IIhhIIIII", 0x00030000, 0, -75, 50, 0, 0, 0, 0, 0),
        }
        for t in ("cvt ", "fpgm", "prep", "OS/2"):
            if t in self.tables:
                tables[t] = self.tab(t)
        return _assemble(tables)


def _checksum(b):
    b = b + b"\x00" * ((4 - len(b) % 4) % 4)
    return sum(struct.unpack(">%dI" % (len(b) // 4), b)) & 0xFFFFFFFF


def _assemble(tables):
    tags = sorted(tables)
    n = len(tags)
    es = 1
    while es * 2 <= n:
        es *= 2
    hdr = struct.pack(">IHHHH", 0x00010000, n, es * 16, es.bit_length() - 1, n * 16 - es * 16)
    off = 12 + 16 * n
    dirs, body = b"", b""
    for t in tags:
        d = tables[t]
        dirs += struct.pack(">4sIII", t.encode("latin-1"), _checksum(d), off + len(body), len(d))
        body += d + b"\x00" * ((4 - len(d) % 4) % 4)
    font = bytearray(hdr + dirs + body)
    adj = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    # head is at its directory offset; patch checkSumAdjustment
    i = tags.index("head")
    hoff, = struct.unpack(">I", dirs[16 * i + 8:16 * i + 12])
    font[hoff + 8:hoff + 12] = struct.pack(">I", adj)
    return bytes(font)


def load(path):
    if path not in _CACHE:
        _CACHE[path] = Font(path)
    return _CACHE[path]
