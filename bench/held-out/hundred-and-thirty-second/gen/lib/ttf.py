"""TrueType reader and glyph-subsetter for PDF embedding (stdlib only)."""
import struct


class TTF:
    def __init__(self, path):
        with open(path, "rb") as fh:
            self.data = fh.read()
        d = self.data
        num = struct.unpack(">H", d[4:6])[0]
        self.tables = {}
        for i in range(num):
            tag, _cs, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.tab("head")
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loca_long = struct.unpack(">h", head[50:52])[0] == 1
        self.num_glyphs = struct.unpack(">H", self.tab("maxp")[4:6])[0]
        hhea = self.tab("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        nhm = struct.unpack(">H", hhea[34:36])[0]
        hmtx = self.tab("hmtx")
        self.adv = []
        for i in range(self.num_glyphs):
            j = min(i, nhm - 1)
            self.adv.append(struct.unpack(">H", hmtx[4 * j:4 * j + 2])[0])
        loca = self.tab("loca")
        if self.loca_long:
            self.loca = list(struct.unpack(">%dI" % (self.num_glyphs + 1), loca[:4 * (self.num_glyphs + 1)]))
        else:
            self.loca = [2 * v for v in struct.unpack(">%dH" % (self.num_glyphs + 1), loca[:2 * (self.num_glyphs + 1)])]
        os2 = self.tab("OS/2")
        self.cap_height = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else self.ascent
        self.cmap = self._parse_cmap()
        name = self.tab("name")
        self.ps_name = self._ps_name(name) or "Font"

    def tab(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _ps_name(self, name):
        count, soff = struct.unpack(">HH", name[2:6])
        for i in range(count):
            pid, eid, lid, nid, ln, off = struct.unpack(">6H", name[6 + 12 * i:18 + 12 * i])
            if nid == 6:
                raw = name[soff + off:soff + off + ln]
                if pid == 3:
                    return raw.decode("utf-16-be")
                return raw.decode("latin-1")
        return None

    def _parse_cmap(self):
        cm = self.tab("cmap")
        n = struct.unpack(">H", cm[2:4])[0]
        best = None
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", cm[4 + 8 * i:12 + 8 * i])
            fmt = struct.unpack(">H", cm[off:off + 2])[0]
            if pid == 3 and eid == 10 and fmt == 12:
                best = (off, 12)
            elif pid == 3 and eid == 1 and fmt == 4 and best is None:
                best = (off, 4)
        off, fmt = best
        m = {}
        if fmt == 4:
            segx2 = struct.unpack(">H", cm[off + 6:off + 8])[0]
            seg = segx2 // 2
            p = off + 14
            ends = struct.unpack(">%dH" % seg, cm[p:p + segx2])
            p += segx2 + 2
            starts = struct.unpack(">%dH" % seg, cm[p:p + segx2])
            p += segx2
            deltas = struct.unpack(">%dh" % seg, cm[p:p + segx2])
            p += segx2
            ro_pos = p
            ros = struct.unpack(">%dH" % seg, cm[p:p + segx2])
            for s in range(seg):
                for c in range(starts[s], ends[s] + 1):
                    if c == 0xFFFF:
                        continue
                    if ros[s] == 0:
                        g = (c + deltas[s]) & 0xFFFF
                    else:
                        gp = ro_pos + 2 * s + ros[s] + 2 * (c - starts[s])
                        g = struct.unpack(">H", cm[gp:gp + 2])[0]
                        if g:
                            g = (g + deltas[s]) & 0xFFFF
                    if g:
                        m[c] = g
        else:
            ngroups = struct.unpack(">I", cm[off + 12:off + 16])[0]
            for i in range(ngroups):
                s, e, g = struct.unpack(">III", cm[off + 16 + 12 * i:off + 28 + 12 * i])
                for c in range(s, e + 1):
                    m[c] = g + (c - s)
        return m

    def glyph(self, ch):
        return self.cmap.get(ord(ch), self.cmap.get(ord("?"), 0))

    def width(self, gid):
        return self.adv[gid] * 1000.0 / self.upem

    def text_width(self, s, size):
        return sum(self.width(self.glyph(c)) for c in s) * size / 1000.0

    def _components(self, gid):
        glyf = self.tab("glyf")
        a, b = self.loca[gid], self.loca[gid + 1]
        if b <= a:
            return []
        g = glyf[a:b]
        nc = struct.unpack(">h", g[:2])[0]
        if nc >= 0:
            return []
        out = []
        p = 10
        while True:
            flags, cg = struct.unpack(">HH", g[p:p + 4])
            out.append(cg)
            p += 4
            p += 4 if flags & 0x0001 else 2
            if flags & 0x0008:
                p += 2
            elif flags & 0x0040:
                p += 4
            elif flags & 0x0080:
                p += 8
            if not flags & 0x0020:
                break
        return out

    def subset(self, gids):
        """Return font program keeping glyph ids, emptying unused glyphs."""
        keep = set(gids) | {0}
        stack = list(keep)
        while stack:
            g = stack.pop()
            for c in self._components(g):
                if c not in keep:
                    keep.add(c)
                    stack.append(c)
        glyf = self.tab("glyf")
        new_glyf = bytearray()
        new_loca = []
        for g in range(self.num_glyphs):
            new_loca.append(len(new_glyf))
            if g in keep:
                chunk = glyf[self.loca[g]:self.loca[g + 1]]
                new_glyf += chunk
                while len(new_glyf) % 4:
                    new_glyf += b"\x00"
        new_loca.append(len(new_glyf))
        loca = struct.pack(">%dI" % len(new_loca), *new_loca)
        head = bytearray(self.tab("head"))
        head[8:12] = b"\x00\x00\x00\x00"  # checksum adjustment, fixed below
        head[50:52] = struct.pack(">h", 1)
        post = struct.pack(">IIhhIIIII", 0x00030000, 0, -75, 50, 0, 0, 0, 0, 0)
        tables = {
            "OS/2": self.tab("OS/2"),
            "cmap": self.tab("cmap"),
            "cvt ": self.tab("cvt "),
            "fpgm": self.tab("fpgm"),
            "glyf": bytes(new_glyf),
            "head": bytes(head),
            "hhea": self.tab("hhea"),
            "hmtx": self.tab("hmtx"),
            "loca": loca,
            "maxp": self.tab("maxp"),
            "post": post,
            "prep": self.tab("prep"),
        }
        return _assemble(tables)


def _checksum(data):
    data = data + b"\x00" * ((4 - len(data) % 4) % 4)
    return sum(struct.unpack(">%dI" % (len(data) // 4), data)) & 0xFFFFFFFF


def _assemble(tables):
    tags = sorted(tables)
    n = len(tags)
    es = 1
    while (es << 1) <= n:
        es <<= 1
    sr = es * 16
    hdr = struct.pack(">IHHHH", 0x00010000, n, sr, es.bit_length() - 1, n * 16 - sr)
    offset = 12 + 16 * n
    dirs = b""
    body = b""
    for t in tags:
        d = tables[t]
        dirs += struct.pack(">4sIII", t.encode("latin-1"), _checksum(d), offset + len(body), len(d))
        body += d + b"\x00" * ((4 - len(d) % 4) % 4)
    font = bytearray(hdr + dirs + body)
    adj = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    hoff = 12 + 16 * n + sum(len(tables[t]) + (4 - len(tables[t]) % 4) % 4 for t in tags[:tags.index("head")])
    font[hoff + 8:hoff + 12] = struct.pack(">I", adj)
    return bytes(font)
