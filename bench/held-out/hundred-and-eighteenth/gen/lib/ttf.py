"""Just enough TrueType handling to embed subsetted fonts in PDFs: glyph
lookup, advance widths and a glyph-zeroing subsetter (glyph IDs are kept,
so CIDToGIDMap /Identity works)."""

import struct


class TTF:
    def __init__(self, data):
        self.data = data
        num = struct.unpack(">H", data[4:6])[0]
        self.tables = {}
        for i in range(num):
            tag, cs, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.tab("head")
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loca_fmt = struct.unpack(">h", head[50:52])[0]
        hhea = self.tab("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        self.nhm = struct.unpack(">H", hhea[34:36])[0]
        self.nglyphs = struct.unpack(">H", self.tab("maxp")[4:6])[0]
        hmtx = self.tab("hmtx")
        self.adv = []
        for g in range(self.nglyphs):
            i = min(g, self.nhm - 1)
            self.adv.append(struct.unpack(">H", hmtx[4 * i:4 * i + 2])[0])
        os2 = self.tab("OS/2")
        self.cap = struct.unpack(">h", os2[88:90])[0] if len(os2) > 90 else self.ascent
        self.cmap = self._cmap()
        loca = self.tab("loca")
        if self.loca_fmt == 0:
            self.loca = [2 * v for v in struct.unpack(">%dH" % (self.nglyphs + 1), loca[:2 * (self.nglyphs + 1)])]
        else:
            self.loca = list(struct.unpack(">%dI" % (self.nglyphs + 1), loca[:4 * (self.nglyphs + 1)]))

    def tab(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        c = self.tab("cmap")
        n = struct.unpack(">H", c[2:4])[0]
        best = None
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", c[4 + 8 * i:12 + 8 * i])
            fmt = struct.unpack(">H", c[off:off + 2])[0]
            if pid == 3 and eid == 10 and fmt == 12:
                best = (12, off)
            elif pid == 3 and eid == 1 and fmt == 4 and best is None:
                best = (4, off)
        fmt, off = best
        m = {}
        if fmt == 4:
            segx2 = struct.unpack(">H", c[off + 6:off + 8])[0]
            seg = segx2 // 2
            ends = struct.unpack(">%dH" % seg, c[off + 14:off + 14 + segx2])
            p = off + 16 + segx2
            starts = struct.unpack(">%dH" % seg, c[p:p + segx2])
            deltas = struct.unpack(">%dh" % seg, c[p + segx2:p + 2 * segx2])
            ro_pos = p + 2 * segx2
            ros = struct.unpack(">%dH" % seg, c[ro_pos:ro_pos + segx2])
            for i in range(seg):
                for ch in range(starts[i], ends[i] + 1):
                    if ch == 0xFFFF:
                        continue
                    if ros[i] == 0:
                        g = (ch + deltas[i]) & 0xFFFF
                    else:
                        a = ro_pos + 2 * i + ros[i] + 2 * (ch - starts[i])
                        g = struct.unpack(">H", c[a:a + 2])[0]
                        if g:
                            g = (g + deltas[i]) & 0xFFFF
                    if g:
                        m[ch] = g
        else:
            ng = struct.unpack(">I", c[off + 12:off + 16])[0]
            for i in range(ng):
                s, e, g = struct.unpack(">III", c[off + 16 + 12 * i:off + 28 + 12 * i])
                for ch in range(s, e + 1):
                    m[ch] = g + ch - s
        return m

    def gid(self, ch):
        return self.cmap.get(ord(ch), self.cmap.get(0xFFFD, 0))

    def width(self, text, size):
        return sum(self.adv[self.gid(c)] for c in text) * size / self.upem

    def _components(self, g):
        glyf = self.tables["glyf"][0]
        s, e = self.loca[g], self.loca[g + 1]
        if e <= s:
            return []
        d = self.data[glyf + s:glyf + e]
        if struct.unpack(">h", d[:2])[0] >= 0:
            return []
        out = []
        p = 10
        while True:
            flags, gi = struct.unpack(">HH", d[p:p + 4])
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
            for c in self._components(g):
                if c not in keep:
                    keep.add(c)
                    todo.append(c)
        glyf0 = self.tables["glyf"][0]
        glyf = bytearray()
        loca = []
        for g in range(self.nglyphs):
            loca.append(len(glyf))
            if g in keep:
                s, e = self.loca[g], self.loca[g + 1]
                glyf += self.data[glyf0 + s:glyf0 + e]
                while len(glyf) % 4:
                    glyf += b"\0"
        loca.append(len(glyf))
        head = bytearray(self.tab("head"))
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        post = bytearray(self.tab("post")[:32])
        post[0:4] = struct.pack(">I", 0x00030000)
        tables = {
            "head": bytes(head), "hhea": self.tab("hhea"), "maxp": self.tab("maxp"),
            "hmtx": self.tab("hmtx"), "loca": struct.pack(">%dI" % len(loca), *loca),
            "glyf": bytes(glyf), "post": bytes(post), "OS/2": self.tab("OS/2"),
            "name": self.tab("name"),
        }
        for t in ("cvt ", "fpgm", "prep"):
            if t in self.tables:
                tables[t] = self.tab(t)
        return _assemble(tables)


def _checksum(b):
    b = b + b"\0" * ((4 - len(b) % 4) % 4)
    return sum(struct.unpack(">%dI" % (len(b) // 4), b)) & 0xFFFFFFFF


def _assemble(tables):
    tags = sorted(tables)
    n = len(tags)
    es = 0
    while (1 << (es + 1)) <= n:
        es += 1
    sr = (1 << es) * 16
    hdr = struct.pack(">IHHHH", 0x00010000, n, sr, es, n * 16 - sr)
    off = 12 + 16 * n
    dirs = b""
    body = b""
    for t in tags:
        d = tables[t]
        dirs += struct.pack(">4sIII", t.encode("latin-1"), _checksum(d), off + len(body), len(d))
        body += d + b"\0" * ((4 - len(d) % 4) % 4)
    font = bytearray(hdr + dirs + body)
    adj = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    hoff = 12 + 16 * n + 0
    for i, t in enumerate(tags):
        if t == "head":
            hoff = struct.unpack(">I", dirs[16 * i + 8:16 * i + 12])[0]
    font[hoff + 8:hoff + 12] = struct.pack(">I", adj)
    return bytes(font)
