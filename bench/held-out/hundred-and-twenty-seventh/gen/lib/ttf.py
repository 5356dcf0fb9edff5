"""TrueType reading: cmap, metrics, glyph outlines, and glyph-preserving subsetting."""
import os
import struct

FONT_DIR = "/usr/share/fonts/truetype/dejavu"  # Debian fonts-dejavu-core, byte-identical to the copy the set was made with (checked below)
_cache = {}
# The build is only byte-reproducible with exactly these font files (DejaVu Sans, fonts-dejavu-core).
FONT_SHA256 = {
    "DejaVuSans.ttf": "abdc775b21b1bc470d50c97e790d276f2054b7504e56e5bd3e64f48d68582322",
    "DejaVuSans-Bold.ttf": "0d977336a6d5fba34eab8e3199eb218327161b5143749f802982c2bc34df0c96",
}


def load(name):
    if name not in _cache:
        import hashlib
        with open(os.path.join(FONT_DIR, name), "rb") as f:
            data = f.read()
        if hashlib.sha256(data).hexdigest() != FONT_SHA256[name]:
            raise SystemExit("font %s differs from the one the set was built with" % name)
        _cache[name] = TTF(data, name)
    return _cache[name]


class TTF:
    def __init__(self, data, name):
        self.data = data
        self.name = name
        n, = struct.unpack(">H", data[4:6])
        self.tables = {}
        for i in range(n):
            tag, chk, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.tab("head")
        self.upem, = struct.unpack(">H", head[18:20])
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loca_fmt, = struct.unpack(">h", head[50:52])
        hhea = self.tab("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        self.nhm, = struct.unpack(">H", hhea[34:36])
        self.nglyphs, = struct.unpack(">H", self.tab("maxp")[4:6])
        hmtx = self.tab("hmtx")
        self.adv = [struct.unpack(">H", hmtx[4 * i:4 * i + 2])[0] for i in range(self.nhm)]
        last = self.adv[-1]
        self.adv += [last] * (self.nglyphs - self.nhm)
        loca = self.tab("loca")
        if self.loca_fmt == 0:
            self.loca = [2 * struct.unpack(">H", loca[2 * i:2 * i + 2])[0] for i in range(self.nglyphs + 1)]
        else:
            self.loca = [struct.unpack(">I", loca[4 * i:4 * i + 4])[0] for i in range(self.nglyphs + 1)]
        self.cmap = self._cmap()
        self.cap_height = 1493
        os2 = self.tables.get("OS/2")
        if os2:
            t = self.tab("OS/2")
            if len(t) >= 90:
                self.cap_height, = struct.unpack(">h", t[88:90])
        self.postscript_name = self._psname()

    def tab(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _psname(self):
        t = self.tab("name")
        cnt, so = struct.unpack(">HH", t[2:6])
        for i in range(cnt):
            pid, eid, lid, nid, ln, off = struct.unpack(">HHHHHH", t[6 + 12 * i:18 + 12 * i])
            if nid == 6 and pid == 3:
                return t[so + off:so + off + ln].decode("utf-16-be")
        return self.name.rsplit(".", 1)[0]

    def _cmap(self):
        t = self.tab("cmap")
        n, = struct.unpack(">H", t[2:4])
        best = None
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", t[4 + 8 * i:12 + 8 * i])
            fmt, = struct.unpack(">H", t[off:off + 2])
            if pid == 3 and eid == 1 and fmt == 4:
                best = off
        off = best
        segx2, = struct.unpack(">H", t[off + 6:off + 8])
        seg = segx2 // 2
        ends = struct.unpack(">%dH" % seg, t[off + 14:off + 14 + segx2])
        p = off + 16 + segx2
        starts = struct.unpack(">%dH" % seg, t[p:p + segx2])
        p += segx2
        deltas = struct.unpack(">%dh" % seg, t[p:p + segx2])
        p += segx2
        roff_pos = p
        roffs = struct.unpack(">%dH" % seg, t[p:p + segx2])
        cmap = {}
        for i in range(seg):
            for c in range(starts[i], ends[i] + 1):
                if c == 0xFFFF:
                    continue
                if roffs[i] == 0:
                    g = (c + deltas[i]) & 0xFFFF
                else:
                    gp = roff_pos + 2 * i + roffs[i] + 2 * (c - starts[i])
                    g, = struct.unpack(">H", t[gp:gp + 2])
                    if g:
                        g = (g + deltas[i]) & 0xFFFF
                if g:
                    cmap[c] = g
        return cmap

    def gid(self, ch):
        return self.cmap.get(ord(ch), 0)

    def width(self, text, size):
        return sum(self.adv[self.gid(c)] for c in text) * size / self.upem

    # ----------------------------------------------------------- outlines
    def _glyph_raw(self, g):
        glyf_off = self.tables["glyf"][0]
        return self.data[glyf_off + self.loca[g]:glyf_off + self.loca[g + 1]]

    def components(self, g):
        d = self._glyph_raw(g)
        if len(d) < 10:
            return []
        nc, = struct.unpack(">h", d[:2])
        if nc >= 0:
            return []
        out = []
        p = 10
        while True:
            flags, gi = struct.unpack(">HH", d[p:p + 4])
            out.append(gi)
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

    def contours(self, g, depth=0):
        """Return list of contours, each a list of (x, y, on_curve)."""
        d = self._glyph_raw(g)
        if len(d) < 10:
            return []
        nc, = struct.unpack(">h", d[:2])
        if nc < 0:
            res = []
            p = 10
            while True:
                flags, gi = struct.unpack(">HH", d[p:p + 4])
                p += 4
                if flags & 1:
                    a1, a2 = struct.unpack(">hh", d[p:p + 4])
                    p += 4
                else:
                    a1, a2 = struct.unpack(">bb", d[p:p + 2])
                    p += 2
                sx = sy = 1.0
                s01 = s10 = 0.0
                if flags & 8:
                    sx = sy = struct.unpack(">h", d[p:p + 2])[0] / 16384.0
                    p += 2
                elif flags & 0x40:
                    sx, sy = [v / 16384.0 for v in struct.unpack(">hh", d[p:p + 4])]
                    p += 4
                elif flags & 0x80:
                    sx, s01, s10, sy = [v / 16384.0 for v in struct.unpack(">hhhh", d[p:p + 8])]
                    p += 8
                for c in self.contours(gi, depth + 1):
                    res.append([(x * sx + y * s10 + a1, x * s01 + y * sy + a2, on) for x, y, on in c])
                if not flags & 0x20:
                    break
            return res
        ends = struct.unpack(">%dH" % nc, d[10:10 + 2 * nc])
        p = 10 + 2 * nc
        il, = struct.unpack(">H", d[p:p + 2])
        p += 2 + il
        npts = ends[-1] + 1 if nc else 0
        flags = []
        while len(flags) < npts:
            f = d[p]
            p += 1
            flags.append(f)
            if f & 8:
                r = d[p]
                p += 1
                flags.extend([f] * r)
        xs = []
        v = 0
        for f in flags:
            if f & 2:
                dx = d[p]
                p += 1
                v += dx if f & 16 else -dx
            elif not f & 16:
                v += struct.unpack(">h", d[p:p + 2])[0]
                p += 2
            xs.append(v)
        ys = []
        v = 0
        for f in flags:
            if f & 4:
                dy = d[p]
                p += 1
                v += dy if f & 32 else -dy
            elif not f & 32:
                v += struct.unpack(">h", d[p:p + 2])[0]
                p += 2
            ys.append(v)
        res = []
        st = 0
        for e in ends:
            res.append([(xs[i], ys[i], bool(flags[i] & 1)) for i in range(st, e + 1)])
            st = e + 1
        return res

    def polygons(self, g, steps=6):
        polys = []
        for c in self.contours(g):
            if not c:
                continue
            pts = []
            n = len(c)
            # find a starting on-curve point
            start = next((i for i in range(n) if c[i][2]), None)
            if start is None:
                c = [((c[i][0] + c[(i + 1) % n][0]) / 2, (c[i][1] + c[(i + 1) % n][1]) / 2, True) if k == 0 else c[i]
                     for i in range(n) for k in (0, 1)]
                n = len(c)
                start = 0
            seq = c[start:] + c[:start] + [c[start]]
            cur = seq[0]
            pts.append((cur[0], cur[1]))
            ctrl = None
            for pt in seq[1:]:
                if pt[2]:
                    if ctrl is None:
                        pts.append((pt[0], pt[1]))
                    else:
                        for s in range(1, steps + 1):
                            t = s / steps
                            x = (1 - t) ** 2 * cur[0] + 2 * (1 - t) * t * ctrl[0] + t * t * pt[0]
                            y = (1 - t) ** 2 * cur[1] + 2 * (1 - t) * t * ctrl[1] + t * t * pt[1]
                            pts.append((x, y))
                        ctrl = None
                    cur = pt
                else:
                    if ctrl is not None:
                        mid = ((ctrl[0] + pt[0]) / 2, (ctrl[1] + pt[1]) / 2, True)
                        for s in range(1, steps + 1):
                            t = s / steps
                            x = (1 - t) ** 2 * cur[0] + 2 * (1 - t) * t * ctrl[0] + t * t * mid[0]
                            y = (1 - t) ** 2 * cur[1] + 2 * (1 - t) * t * ctrl[1] + t * t * mid[1]
                            pts.append((x, y))
                        cur = mid
                    ctrl = pt
            polys.append(pts)
        return polys

    # ----------------------------------------------------------- subsetting
    def subset(self, gids):
        """Return font bytes keeping glyph ids but emptying unused glyphs."""
        keep = set(gids) | {0}
        todo = list(keep)
        while todo:
            g = todo.pop()
            for c in self.components(g):
                if c not in keep:
                    keep.add(c)
                    todo.append(c)
        glyf = bytearray()
        loca = []
        for g in range(self.nglyphs):
            loca.append(len(glyf))
            if g in keep:
                raw = self._glyph_raw(g)
                glyf += raw
                glyf += b"\x00" * ((-len(raw)) % 4)
        loca.append(len(glyf))
        loca_b = struct.pack(">%dI" % len(loca), *loca)
        head = bytearray(self.tab("head"))
        head[8:12] = b"\x00\x00\x00\x00"
        head[50:52] = struct.pack(">h", 1)
        tables = {"head": bytes(head), "hhea": self.tab("hhea"), "maxp": self.tab("maxp"),
                  "hmtx": self.tab("hmtx"), "loca": loca_b, "glyf": bytes(glyf)}
        for t in ("cvt ", "fpgm", "prep"):
            if t in self.tables:
                tables[t] = self.tab(t)
        tags = sorted(tables)
        n = len(tags)
        es = 1
        while es * 2 <= n:
            es *= 2
        out = struct.pack(">IHHHH", 0x00010000, n, es * 16, es.bit_length() - 1, n * 16 - es * 16)
        off = 12 + 16 * n
        dirs = b""
        body = b""
        for t in tags:
            d = tables[t]
            padded = d + b"\x00" * ((-len(d)) % 4)
            chk = sum(struct.unpack(">%dI" % (len(padded) // 4), padded)) & 0xFFFFFFFF
            dirs += struct.pack(">4sIII", t.encode("latin-1"), chk, off + len(body), len(d))
            body += padded
        return out + dirs + body


def render_text(canvas, font, text, x, y_baseline, size, col):
    """Rasterise text onto a png.Canvas (pixels, y down)."""
    sc = size / font.upem
    pen = x
    for ch in text:
        g = font.gid(ch)
        polys = font.polygons(g)
        if polys:
            canvas.fill_polys([[(pen + px * sc, y_baseline - py * sc) for px, py in poly] for poly in polys], col)
        pen += font.adv[g] * sc
    return pen
