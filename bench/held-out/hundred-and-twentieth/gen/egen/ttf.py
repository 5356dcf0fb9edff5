"""TrueType reading and glyph-ID-preserving subsetting for PDF embedding."""
import struct


class TTF:
    def __init__(self, path):
        with open(path, "rb") as f:
            self.data = f.read()
        d = self.data
        n = struct.unpack(">H", d[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, chk, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.tab("head")
        self.units = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loca_fmt = struct.unpack(">h", head[50:52])[0]
        self.nglyphs = struct.unpack(">H", self.tab("maxp")[4:6])[0]
        hhea = self.tab("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        nh = struct.unpack(">H", hhea[34:36])[0]
        hm = self.tab("hmtx")
        self.adv = []
        for g in range(self.nglyphs):
            i = min(g, nh - 1)
            self.adv.append(struct.unpack(">H", hm[4 * i:4 * i + 2])[0])
        loca = self.tab("loca")
        if self.loca_fmt == 0:
            self.loca = [2 * x for x in struct.unpack(">%dH" % (self.nglyphs + 1), loca[:2 * (self.nglyphs + 1)])]
        else:
            self.loca = list(struct.unpack(">%dI" % (self.nglyphs + 1), loca[:4 * (self.nglyphs + 1)]))
        self.cmap = self._read_cmap()
        post = self.tab("post")
        self.italic_angle = struct.unpack(">i", post[4:8])[0] / 65536.0
        os2 = self.tab("OS/2")
        self.cap_height = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else self.ascent

    def tab(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _read_cmap(self):
        cm = self.tab("cmap")
        n = struct.unpack(">H", cm[2:4])[0]
        subs = {}
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", cm[4 + 8 * i:12 + 8 * i])
            subs[(pid, eid)] = off
        out = {}
        if (3, 10) in subs:
            off = subs[(3, 10)]
            ngroups = struct.unpack(">I", cm[off + 12:off + 16])[0]
            for g in range(ngroups):
                s, e, gid = struct.unpack(">III", cm[off + 16 + 12 * g:off + 28 + 12 * g])
                for c in range(s, e + 1):
                    out[c] = gid + c - s
            return out
        off = subs[(3, 1)]
        segx2 = struct.unpack(">H", cm[off + 6:off + 8])[0]
        segs = segx2 // 2
        p = off + 14
        ends = struct.unpack(">%dH" % segs, cm[p:p + segx2])
        p += segx2 + 2
        starts = struct.unpack(">%dH" % segs, cm[p:p + segx2])
        p += segx2
        deltas = struct.unpack(">%dh" % segs, cm[p:p + segx2])
        p += segx2
        ro_pos = p
        ros = struct.unpack(">%dH" % segs, cm[p:p + segx2])
        for i in range(segs):
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
        return self.cmap.get(ord(ch), 0)

    def width(self, gid):
        return self.adv[gid] * 1000.0 / self.units

    def text_width(self, s, size):
        return sum(self.width(self.gid(c)) for c in s) * size / 1000.0

    def _components(self, gid):
        glyf_off = self.tables["glyf"][0]
        a, b = self.loca[gid], self.loca[gid + 1]
        if b <= a:
            return []
        g = self.data[glyf_off + a:glyf_off + b]
        nc = struct.unpack(">h", g[:2])[0]
        if nc >= 0:
            return []
        out = []
        p = 10
        while True:
            flags, cg = struct.unpack(">HH", g[p:p + 4])
            out.append(cg)
            p += 4
            p += 4 if flags & 1 else 2
            if flags & 8:
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
        stack = list(keep)
        while stack:
            g = stack.pop()
            for c in self._components(g):
                if c not in keep:
                    keep.add(c)
                    stack.append(c)
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
        head = bytearray(self.tab("head"))
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        post = bytearray(self.tab("post")[:32])
        post[0:4] = struct.pack(">I", 0x00030000)
        tables = {
            "head": bytes(head), "hhea": self.tab("hhea"), "maxp": self.tab("maxp"),
            "hmtx": self.tab("hmtx"), "loca": struct.pack(">%dI" % len(loca), *loca),
            "glyf": bytes(glyf), "post": bytes(post), "OS/2": self.tab("OS/2"),
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
    es = 1
    while es * 2 <= n:
        es *= 2
    hdr = struct.pack(">IHHHH", 0x00010000, n, es * 16, {1: 0, 2: 1, 4: 2, 8: 3, 16: 4}[es], n * 16 - es * 16)
    off = 12 + 16 * n
    dirs = b""
    body = b""
    for t in tags:
        data = tables[t]
        dirs += struct.pack(">4sIII", t.encode("latin-1"), _checksum(data), off + len(body), len(data))
        body += data + b"\0" * ((4 - len(data) % 4) % 4)
    font = bytearray(hdr + dirs + body)
    adj = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    # locate head table
    for i, t in enumerate(tags):
        if t == "head":
            hoff = struct.unpack(">I", font[12 + 16 * i + 8:12 + 16 * i + 12])[0]
            font[hoff + 8:hoff + 12] = struct.pack(">I", adj)
    return bytes(font)
