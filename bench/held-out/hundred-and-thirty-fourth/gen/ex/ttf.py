"""TrueType reader and glyph subsetter (keeps glyph ids, empties unused
glyphs) for embedding DejaVu Sans in generated PDFs."""
import os
import struct

_CACHE = {}


class Font:
    def __init__(self, path):
        with open(path, "rb") as f:
            self.data = f.read()
        self.name = os.path.splitext(os.path.basename(path))[0].replace("-", "")
        d = self.data
        num = struct.unpack(">H", d[4:6])[0]
        self.tables = {}
        for i in range(num):
            tag, chk, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.table("head")
        self.units = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loc_format = struct.unpack(">h", head[50:52])[0]
        hhea = self.table("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        self.nhm = struct.unpack(">H", hhea[34:36])[0]
        maxp = self.table("maxp")
        self.nglyphs = struct.unpack(">H", maxp[4:6])[0]
        hmtx = self.table("hmtx")
        self.adv = [struct.unpack(">H", hmtx[4 * i:4 * i + 2])[0] for i in range(self.nhm)]
        self.cmap = self._parse_cmap()

    def table(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _parse_cmap(self):
        cm = self.table("cmap")
        n = struct.unpack(">H", cm[2:4])[0]
        sub = None
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", cm[4 + 8 * i:12 + 8 * i])
            if pid == 3 and eid == 1:
                sub = off
        fmt = struct.unpack(">H", cm[sub:sub + 2])[0]
        assert fmt == 4
        segx2 = struct.unpack(">H", cm[sub + 6:sub + 8])[0]
        seg = segx2 // 2
        p = sub + 14
        ends = struct.unpack(">%dH" % seg, cm[p:p + segx2])
        p += segx2 + 2
        starts = struct.unpack(">%dH" % seg, cm[p:p + segx2])
        p += segx2
        deltas = struct.unpack(">%dh" % seg, cm[p:p + segx2])
        p += segx2
        ro_pos = p
        ros = struct.unpack(">%dH" % seg, cm[p:p + segx2])
        out = {}
        for i in range(seg):
            for c in range(starts[i], ends[i] + 1):
                if c == 0xFFFF:
                    continue
                if ros[i] == 0:
                    g = (c + deltas[i]) & 0xFFFF
                else:
                    gp = ro_pos + 2 * i + ros[i] + 2 * (c - starts[i])
                    g = struct.unpack(">H", cm[gp:gp + 2])[0]
                    if g:
                        g = (g + deltas[i]) & 0xFFFF
                if g:
                    out[c] = g
        return out

    def gid(self, ch):
        return self.cmap.get(ord(ch), self.cmap.get(ord("?"), 0))

    def advance(self, gid):
        return self.adv[gid] if gid < self.nhm else self.adv[-1]

    def width(self, text, size):
        return sum(self.advance(self.gid(c)) for c in text) * size / self.units

    def _loca(self):
        loca = self.table("loca")
        if self.loc_format == 0:
            return [2 * v for v in struct.unpack(">%dH" % (self.nglyphs + 1), loca)]
        return list(struct.unpack(">%dI" % (self.nglyphs + 1), loca))

    def subset(self, gids):
        loca = self._loca()
        glyf = self.table("glyf")
        keep = set(gids) | {0}
        todo = list(keep)
        while todo:
            g = todo.pop()
            s, e = loca[g], loca[g + 1]
            if e - s < 10:
                continue
            nc = struct.unpack(">h", glyf[s:s + 2])[0]
            if nc >= 0:
                continue
            p = s + 10
            while True:
                flags, comp = struct.unpack(">HH", glyf[p:p + 4])
                if comp not in keep:
                    keep.add(comp)
                    todo.append(comp)
                p += 4 + (4 if flags & 1 else 2)
                if flags & 8:
                    p += 2
                elif flags & 0x40:
                    p += 4
                elif flags & 0x80:
                    p += 8
                if not flags & 0x20:
                    break
        newglyf = bytearray()
        newloca = []
        for g in range(self.nglyphs):
            newloca.append(len(newglyf))
            if g in keep:
                chunk = glyf[loca[g]:loca[g + 1]]
                newglyf += chunk
                while len(newglyf) % 4:
                    newglyf += b"\0"
        newloca.append(len(newglyf))
        head = bytearray(self.table("head"))
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        tables = {
            "head": bytes(head),
            "hhea": self.table("hhea"),
            "maxp": self.table("maxp"),
            "hmtx": self.table("hmtx"),
            "loca": struct.pack(">%dI" % len(newloca), *newloca),
            "glyf": bytes(newglyf),
        }
        for t in ("cvt ", "fpgm", "prep"):
            if t in self.tables:
                tables[t] = self.table(t)
        tags = sorted(tables)
        n = len(tags)
        es = 0
        while (1 << (es + 1)) <= n:
            es += 1
        sr = (1 << es) * 16
        out = bytearray(struct.pack(">IHHHH", 0x00010000, n, sr, es, n * 16 - sr))
        off = 12 + 16 * n
        body = bytearray()
        recs = bytearray()
        for t in tags:
            data = tables[t]
            recs += struct.pack(">4sIII", t.encode("latin-1"), _checksum(data), off + len(body), len(data))
            body += data
            while len(body) % 4:
                body += b"\0"
        font = bytearray(out + recs + body)
        adj = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
        hoff = off + sum(_pad4(len(tables[t])) for t in tags[:tags.index("head")])
        font[hoff + 8:hoff + 12] = struct.pack(">I", adj)
        return bytes(font)


def _pad4(n):
    return (n + 3) & ~3


def _checksum(data):
    data = data + b"\0" * ((4 - len(data) % 4) % 4)
    return sum(struct.unpack(">%dI" % (len(data) // 4), data)) & 0xFFFFFFFF


def load(path):
    if path not in _CACHE:
        _CACHE[path] = Font(path)
    return _CACHE[path]
