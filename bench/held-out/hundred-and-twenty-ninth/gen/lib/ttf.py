"""Minimal TrueType reader: metrics, cmap, outlines, and glyph-stripping subsetter."""
import os
import struct

_HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"  # Debian fonts-dejavu-core, byte-identical to the copy the set was made with
_CACHE = {}


class Font:
    def __init__(self, path):
        with open(path, 'rb') as f:
            self.data = f.read()
        d = self.data
        num = struct.unpack('>H', d[4:6])[0]
        self.tables = {}
        for i in range(num):
            tag, chk, off, ln = struct.unpack('>4sIII', d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode('latin-1')] = (off, ln)
        head = self.tab('head')
        self.units = struct.unpack('>H', head[18:20])[0]
        self.bbox = struct.unpack('>hhhh', head[36:44])
        self.loca_long = struct.unpack('>h', head[50:52])[0] == 1
        hhea = self.tab('hhea')
        self.ascent, self.descent = struct.unpack('>hh', hhea[4:8])
        self.nhm = struct.unpack('>H', hhea[34:36])[0]
        self.nglyphs = struct.unpack('>H', self.tab('maxp')[4:6])[0]
        hm = self.tab('hmtx')
        self.adv = []
        for i in range(self.nglyphs):
            if i < self.nhm:
                self.adv.append(struct.unpack('>H', hm[4 * i:4 * i + 2])[0])
            else:
                self.adv.append(self.adv[-1])
        loca = self.tab('loca')
        if self.loca_long:
            self.loca = list(struct.unpack('>%dI' % (self.nglyphs + 1), loca[:4 * (self.nglyphs + 1)]))
        else:
            self.loca = [2 * v for v in struct.unpack('>%dH' % (self.nglyphs + 1), loca[:2 * (self.nglyphs + 1)])]
        self.cmap = self._read_cmap()
        os2 = self.tab('OS/2')
        self.cap_height = struct.unpack('>h', os2[88:90])[0] if len(os2) >= 90 else 700
        name = self.ps_name()
        self.name = name

    def tab(self, t):
        off, ln = self.tables[t]
        return self.data[off:off + ln]

    def _read_cmap(self):
        c = self.tab('cmap')
        n = struct.unpack('>H', c[2:4])[0]
        best = None
        for i in range(n):
            pid, eid, off = struct.unpack('>HHI', c[4 + 8 * i:12 + 8 * i])
            fmt = struct.unpack('>H', c[off:off + 2])[0]
            if pid == 3 and eid == 10 and fmt == 12:
                best = (12, off)
            elif pid == 3 and eid == 1 and fmt == 4 and best is None:
                best = (4, off)
        fmt, off = best
        m = {}
        if fmt == 4:
            segx2 = struct.unpack('>H', c[off + 6:off + 8])[0]
            seg = segx2 // 2
            ends = struct.unpack('>%dH' % seg, c[off + 14:off + 14 + segx2])
            p = off + 16 + segx2
            starts = struct.unpack('>%dH' % seg, c[p:p + segx2])
            deltas = struct.unpack('>%dh' % seg, c[p + segx2:p + 2 * segx2])
            rpos = p + 2 * segx2
            ranges = struct.unpack('>%dH' % seg, c[rpos:rpos + segx2])
            for s in range(seg):
                for ch in range(starts[s], ends[s] + 1):
                    if ch == 0xFFFF:
                        continue
                    if ranges[s] == 0:
                        g = (ch + deltas[s]) & 0xFFFF
                    else:
                        gp = rpos + 2 * s + ranges[s] + 2 * (ch - starts[s])
                        g = struct.unpack('>H', c[gp:gp + 2])[0]
                        if g:
                            g = (g + deltas[s]) & 0xFFFF
                    if g:
                        m[ch] = g
        else:
            ng = struct.unpack('>I', c[off + 12:off + 16])[0]
            for i in range(ng):
                s, e, g0 = struct.unpack('>III', c[off + 16 + 12 * i:off + 28 + 12 * i])
                for ch in range(s, e + 1):
                    m[ch] = g0 + ch - s
        return m

    def ps_name(self):
        t = self.tab('name')
        count, soff = struct.unpack('>HH', t[2:6])
        for i in range(count):
            pid, eid, lid, nid, ln, off = struct.unpack('>HHHHHH', t[6 + 12 * i:18 + 12 * i])
            if nid == 6:
                raw = t[soff + off:soff + off + ln]
                if pid == 3:
                    return raw.decode('utf-16-be')
                return raw.decode('latin-1')
        return 'Font'

    def gid(self, ch):
        return self.cmap.get(ord(ch), 0)

    def width(self, text, size):
        return sum(self.adv[self.gid(c)] for c in text) * size / self.units

    def glyph_raw(self, g):
        off = self.tables['glyf'][0]
        return self.data[off + self.loca[g]:off + self.loca[g + 1]]

    def components(self, g):
        raw = self.glyph_raw(g)
        if len(raw) < 10:
            return []
        nc = struct.unpack('>h', raw[:2])[0]
        if nc >= 0:
            return []
        out = []
        p = 10
        while True:
            flags, gi = struct.unpack('>HH', raw[p:p + 4])
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

    def outline(self, g, depth=0):
        """List of contours, each a list of (x, y, on_curve)."""
        raw = self.glyph_raw(g)
        if len(raw) < 10:
            return []
        nc = struct.unpack('>h', raw[:2])[0]
        if nc >= 0:
            ends = struct.unpack('>%dH' % nc, raw[10:10 + 2 * nc])
            npts = ends[-1] + 1 if nc else 0
            p = 10 + 2 * nc
            il = struct.unpack('>H', raw[p:p + 2])[0]
            p += 2 + il
            flags = []
            while len(flags) < npts:
                f = raw[p]
                p += 1
                flags.append(f)
                if f & 8:
                    r = raw[p]
                    p += 1
                    flags.extend([f] * r)
            xs = []
            v = 0
            for f in flags:
                if f & 2:
                    dx = raw[p]
                    p += 1
                    v += dx if f & 16 else -dx
                elif not f & 16:
                    v += struct.unpack('>h', raw[p:p + 2])[0]
                    p += 2
                xs.append(v)
            ys = []
            v = 0
            for f in flags:
                if f & 4:
                    dy = raw[p]
                    p += 1
                    v += dy if f & 32 else -dy
                elif not f & 32:
                    v += struct.unpack('>h', raw[p:p + 2])[0]
                    p += 2
                ys.append(v)
            contours = []
            st = 0
            for e in ends:
                contours.append([(xs[i], ys[i], bool(flags[i] & 1)) for i in range(st, e + 1)])
                st = e + 1
            return contours
        # composite
        contours = []
        p = 10
        while True:
            flags, gi = struct.unpack('>HH', raw[p:p + 4])
            p += 4
            if flags & 1:
                a, b = struct.unpack('>hh', raw[p:p + 4])
                p += 4
            else:
                a, b = struct.unpack('>bb', raw[p:p + 2])
                p += 2
            sx = sy = 1.0
            s01 = s10 = 0.0
            if flags & 8:
                sx = sy = struct.unpack('>h', raw[p:p + 2])[0] / 16384.0
                p += 2
            elif flags & 0x40:
                sx, sy = [v / 16384.0 for v in struct.unpack('>hh', raw[p:p + 4])]
                p += 4
            elif flags & 0x80:
                sx, s01, s10, sy = [v / 16384.0 for v in struct.unpack('>hhhh', raw[p:p + 8])]
                p += 8
            if depth < 5:
                for c in self.outline(gi, depth + 1):
                    contours.append([(x * sx + y * s10 + a, x * s01 + y * sy + b, on) for x, y, on in c])
            if not flags & 0x20:
                break
        return contours

    def subset(self, gids):
        """Return font bytes where every glyph outside gids (plus components) is empty."""
        keep = set(gids) | {0}
        stack = list(keep)
        while stack:
            g = stack.pop()
            for c in self.components(g):
                if c not in keep:
                    keep.add(c)
                    stack.append(c)
        glyf = bytearray()
        loca = []
        for g in range(self.nglyphs):
            loca.append(len(glyf))
            if g in keep:
                raw = self.glyph_raw(g)
                glyf += raw
                glyf += b'\0' * ((-len(glyf)) % 4)
        loca.append(len(glyf))
        loca_b = struct.pack('>%dI' % len(loca), *loca)
        new = {}
        for t in ('cvt ', 'fpgm', 'prep', 'hhea', 'hmtx', 'maxp', 'head', 'OS/2', 'name', 'post', 'cmap'):
            if t in self.tables:
                new[t] = self.tab(t)
        # post: version 3 (no glyph names) to keep it small
        if 'post' in new:
            new['post'] = b'\x00\x03\x00\x00' + new['post'][4:32]
        # name: keep as is
        head = bytearray(new['head'])
        head[8:12] = b'\0\0\0\0'
        head[50:52] = struct.pack('>h', 1)
        new['head'] = bytes(head)
        new['glyf'] = bytes(glyf)
        new['loca'] = loca_b
        tags = sorted(new)
        n = len(tags)
        es = 1
        while 2 ** (es + 1) <= n:
            es += 1
        sr = 2 ** es * 16
        out = bytearray(struct.pack('>IHHHH', 0x00010000, n, sr, es, n * 16 - sr))
        off = 12 + 16 * n
        body = bytearray()
        dirs = []
        for t in tags:
            data = new[t]
            chk = _checksum(data)
            dirs.append(struct.pack('>4sIII', t.encode('latin-1'), chk, off + len(body), len(data)))
            body += data + b'\0' * ((-len(data)) % 4)
        out += b''.join(dirs) + body
        total = _checksum(bytes(out))
        hoff = off + sum(len(new[t]) + ((-len(new[t])) % 4) for t in tags[:tags.index('head')])
        out[hoff + 8:hoff + 12] = struct.pack('>I', (0xB1B0AFBA - total) & 0xFFFFFFFF)
        return bytes(out)


def _checksum(data):
    data = data + b'\0' * ((-len(data)) % 4)
    return sum(struct.unpack('>%dI' % (len(data) // 4), data)) & 0xFFFFFFFF


def load(name):
    if name not in _CACHE:
        fn = {'regular': 'DejaVuSansCondensed.ttf', 'bold': 'DejaVuSansCondensed-Bold.ttf'}[name]
        _CACHE[name] = Font(os.path.join(FONT_DIR, fn))
    return _CACHE[name]
