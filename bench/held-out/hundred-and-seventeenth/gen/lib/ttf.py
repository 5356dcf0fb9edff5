"""TrueType reader and glyph subsetter (enough for embedding DejaVu Sans
as a CIDFontType2 in PDF files)."""

import struct


def _u16(b, o):
    return struct.unpack(">H", b[o:o + 2])[0]


def _i16(b, o):
    return struct.unpack(">h", b[o:o + 2])[0]


def _u32(b, o):
    return struct.unpack(">I", b[o:o + 4])[0]


class TTF:
    def __init__(self, path):
        with open(path, "rb") as fh:
            self.data = fh.read()
        d = self.data
        n = _u16(d, 4)
        self.tables = {}
        for i in range(n):
            e = 12 + 16 * i
            tag = d[e:e + 4].decode("latin-1")
            self.tables[tag] = (_u32(d, e + 8), _u32(d, e + 12))
        head = self.table("head")
        self.upem = _u16(head, 18)
        self.loc_fmt = _i16(head, 50)
        self.bbox = [_i16(head, 36 + 2 * i) for i in range(4)]
        hhea = self.table("hhea")
        self.ascent = _i16(hhea, 4)
        self.descent = _i16(hhea, 6)
        self.nhm = _u16(hhea, 34)
        maxp = self.table("maxp")
        self.nglyphs = _u16(maxp, 4)
        hmtx = self.table("hmtx")
        self.adv = [_u16(hmtx, 4 * i) for i in range(self.nhm)]
        self.adv += [self.adv[-1]] * (self.nglyphs - self.nhm)
        loca = self.table("loca")
        if self.loc_fmt == 0:
            self.loca = [_u16(loca, 2 * i) * 2 for i in range(self.nglyphs + 1)]
        else:
            self.loca = [_u32(loca, 4 * i) for i in range(self.nglyphs + 1)]
        self.cmap = self._read_cmap()
        os2 = self.table("OS/2")
        self.cap_height = _i16(os2, 88) if len(os2) > 90 else 700

    def table(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _read_cmap(self):
        c = self.table("cmap")
        n = _u16(c, 2)
        best = None
        for i in range(n):
            pid, eid, off = _u16(c, 4 + 8 * i), _u16(c, 6 + 8 * i), _u32(c, 8 + 8 * i)
            fmt = _u16(c, off)
            if pid == 3 and eid == 1 and fmt == 4:
                best = off
        m = {}
        off = best
        segx2 = _u16(c, off + 6)
        ends = off + 14
        starts = ends + segx2 + 2
        deltas = starts + segx2
        ranges = deltas + segx2
        for s in range(segx2 // 2):
            end = _u16(c, ends + 2 * s)
            start = _u16(c, starts + 2 * s)
            delta = _i16(c, deltas + 2 * s)
            ro = _u16(c, ranges + 2 * s)
            for cp in range(start, end + 1):
                if cp == 0xFFFF:
                    continue
                if ro == 0:
                    g = (cp + delta) & 0xFFFF
                else:
                    p = ranges + 2 * s + ro + 2 * (cp - start)
                    g = _u16(c, p)
                    if g:
                        g = (g + delta) & 0xFFFF
                if g:
                    m[cp] = g
        return m

    def gid(self, ch):
        return self.cmap.get(ord(ch), self.cmap.get(ord("?"), 0))

    def width(self, text, size):
        return sum(self.adv[self.gid(ch)] for ch in text) * size / self.upem

    def _components(self, g):
        glyf_off = self.tables["glyf"][0]
        a, b = self.loca[g], self.loca[g + 1]
        if b <= a:
            return []
        d = self.data
        o = glyf_off + a
        if _i16(d, o) >= 0:
            return []
        o += 10
        comps = []
        while True:
            flags = _u16(d, o)
            comps.append(_u16(d, o + 2))
            o += 4
            o += 4 if flags & 1 else 2
            if flags & 8:
                o += 2
            elif flags & 0x40:
                o += 4
            elif flags & 0x80:
                o += 8
            if not flags & 0x20:
                break
        return comps

    def subset(self, gids):
        """Return a TrueType file where every glyph not in `gids` (and not
        a component of one) is empty."""
        keep = set(gids) | {0}
        todo = list(keep)
        while todo:
            g = todo.pop()
            for c in self._components(g):
                if c not in keep:
                    keep.add(c)
                    todo.append(c)
        glyf_off = self.tables["glyf"][0]
        glyf = bytearray()
        loca = []
        for g in range(self.nglyphs):
            loca.append(len(glyf))
            if g in keep:
                a, b = self.loca[g], self.loca[g + 1]
                glyf += self.data[glyf_off + a:glyf_off + b]
                while len(glyf) % 4:
                    glyf += b"\0"
        loca.append(len(glyf))
        tables = {}
        head = bytearray(self.table("head"))
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        tables["head"] = bytes(head)
        tables["hhea"] = self.table("hhea")
        tables["maxp"] = self.table("maxp")
        tables["hmtx"] = self.table("hmtx")
        tables["loca"] = b"".join(struct.pack(">I", x) for x in loca)
        tables["glyf"] = bytes(glyf)
        for t in ("cvt ", "fpgm", "prep"):
            if t in self.tables:
                tables[t] = self.table(t)
        tables["post"] = struct.pack(">IIhhIIIII", 0x00030000, 0, -100, 50, 0, 0, 0, 0, 0)
        tags = sorted(tables)
        n = len(tags)
        es = 1
        while es * 2 <= n:
            es *= 2
        hdr = struct.pack(">IHHHH", 0x00010000, n, es * 16, {1: 0, 2: 1, 4: 2, 8: 3, 16: 4}[es], n * 16 - es * 16)
        off = 12 + 16 * n
        dirs = b""
        body = b""
        for t in tags:
            data = tables[t]
            pad = data + b"\0" * ((-len(data)) % 4)
            cs = sum(struct.unpack(">%dI" % (len(pad) // 4), pad)) & 0xFFFFFFFF
            dirs += struct.pack(">4sIII", t.encode("latin-1"), cs, off + len(body), len(data))
            body += pad
        font = bytearray(hdr + dirs + body)
        total = sum(struct.unpack(">%dI" % (len(font) // 4), bytes(font))) & 0xFFFFFFFF
        adj = (0xB1B0AFBA - total) & 0xFFFFFFFF
        ho = 12 + 16 * n + [i for i, t in enumerate(tags)].index(tags.index("head")) * 0
        # locate head table offset
        for i, t in enumerate(tags):
            if t == "head":
                ho = struct.unpack(">I", font[12 + 16 * i + 8:12 + 16 * i + 12])[0]
        font[ho + 8:ho + 12] = struct.pack(">I", adj)
        return bytes(font)
