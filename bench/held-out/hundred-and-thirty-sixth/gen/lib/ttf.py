"""TrueType reading and glyph-keeping subsetting for PDF embedding (CIDFontType2)."""
import struct

_CACHE = {}


class TTF:
    def __init__(self, path):
        with open(path, 'rb') as fh:
            self.data = fh.read()
        d = self.data
        num = struct.unpack('>H', d[4:6])[0]
        self.tables = {}
        for i in range(num):
            tag, cs, off, ln = struct.unpack('>4sIII', d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode('latin-1')] = (off, ln)
        head = self.table('head')
        self.upem = struct.unpack('>H', head[18:20])[0]
        self.bbox = struct.unpack('>hhhh', head[36:44])
        self.loca_fmt = struct.unpack('>h', head[50:52])[0]
        hhea = self.table('hhea')
        self.ascent, self.descent = struct.unpack('>hh', hhea[4:8])
        self.nhm = struct.unpack('>H', hhea[34:36])[0]
        maxp = self.table('maxp')
        self.nglyphs = struct.unpack('>H', maxp[4:6])[0]
        hmtx = self.table('hmtx')
        self.adv = []
        for i in range(self.nglyphs):
            j = min(i, self.nhm - 1)
            self.adv.append(struct.unpack('>H', hmtx[4 * j:4 * j + 2])[0])
        loca = self.table('loca')
        if self.loca_fmt == 0:
            self.loca = [2 * v for v in struct.unpack('>%dH' % (self.nglyphs + 1), loca[:2 * (self.nglyphs + 1)])]
        else:
            self.loca = list(struct.unpack('>%dI' % (self.nglyphs + 1), loca[:4 * (self.nglyphs + 1)]))
        self.cmap = self._cmap()
        try:
            os2 = self.table('OS/2')
            self.cap_height = struct.unpack('>h', os2[88:90])[0] if len(os2) >= 90 else self.ascent
        except KeyError:
            self.cap_height = self.ascent

    def table(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        c = self.table('cmap')
        n = struct.unpack('>H', c[2:4])[0]
        best = None
        for i in range(n):
            pid, eid, off = struct.unpack('>HHI', c[4 + 8 * i:12 + 8 * i])
            fmt = struct.unpack('>H', c[off:off + 2])[0]
            if fmt == 12:
                best = (12, off)
            elif fmt == 4 and best is None and pid in (0, 3):
                best = (4, off)
        fmt, off = best
        res = {}
        if fmt == 4:
            segx2 = struct.unpack('>H', c[off + 6:off + 8])[0]
            seg = segx2 // 2
            ends = struct.unpack('>%dH' % seg, c[off + 14:off + 14 + segx2])
            starts = struct.unpack('>%dH' % seg, c[off + 16 + segx2:off + 16 + 2 * segx2])
            deltas = struct.unpack('>%dh' % seg, c[off + 16 + 2 * segx2:off + 16 + 3 * segx2])
            roff_pos = off + 16 + 3 * segx2
            roffs = struct.unpack('>%dH' % seg, c[roff_pos:roff_pos + segx2])
            for i in range(seg):
                for ch in range(starts[i], ends[i] + 1):
                    if ch == 0xFFFF:
                        continue
                    if roffs[i] == 0:
                        g = (ch + deltas[i]) & 0xFFFF
                    else:
                        p = roff_pos + 2 * i + roffs[i] + 2 * (ch - starts[i])
                        g = struct.unpack('>H', c[p:p + 2])[0]
                        if g:
                            g = (g + deltas[i]) & 0xFFFF
                    if g:
                        res[ch] = g
        else:
            ngroups = struct.unpack('>I', c[off + 12:off + 16])[0]
            for i in range(ngroups):
                s, e, g = struct.unpack('>III', c[off + 16 + 12 * i:off + 28 + 12 * i])
                for ch in range(s, e + 1):
                    res[ch] = g + ch - s
        return res

    def gid(self, ch):
        return self.cmap.get(ord(ch), 0)

    def width(self, text, size):
        return sum(self.adv[self.gid(c)] for c in text) * size / self.upem

    def subset(self, gids):
        """Return font program keeping only `gids` (+ composites, .notdef) outlines."""
        glyf = self.table('glyf')
        keep = set(gids) | {0}
        todo = list(keep)
        while todo:
            g = todo.pop()
            s, e = self.loca[g], self.loca[g + 1]
            if e - s < 10:
                continue
            nc = struct.unpack('>h', glyf[s:s + 2])[0]
            if nc < 0:
                p = s + 10
                while True:
                    flags, comp = struct.unpack('>HH', glyf[p:p + 4])
                    if comp not in keep:
                        keep.add(comp)
                        todo.append(comp)
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
        newglyf = bytearray()
        newloca = []
        for g in range(self.nglyphs):
            newloca.append(len(newglyf))
            if g in keep:
                chunk = glyf[self.loca[g]:self.loca[g + 1]]
                newglyf += chunk
                while len(newglyf) % 4:
                    newglyf += b'\0'
        newloca.append(len(newglyf))
        head = bytearray(self.table('head'))
        head[8:12] = b'\0\0\0\0'
        head[50:52] = struct.pack('>h', 1)
        tables = {
            'head': bytes(head),
            'hhea': self.table('hhea'),
            'maxp': self.table('maxp'),
            'hmtx': self.table('hmtx'),
            'loca': struct.pack('>%dI' % len(newloca), *newloca),
            'glyf': bytes(newglyf),
        }
        for t in ('cvt ', 'fpgm', 'prep'):
            if t in self.tables:
                tables[t] = self.table(t)
        tags = sorted(tables)
        n = len(tags)
        es = 0
        while (1 << (es + 1)) <= n:
            es += 1
        sr = (1 << es) * 16
        out = struct.pack('>IHHHH', 0x00010000, n, sr, es, n * 16 - sr)
        off = 12 + 16 * n
        body = b''
        dirs = b''
        for t in tags:
            d = tables[t]
            pad = d + b'\0' * ((4 - len(d) % 4) % 4)
            cs = sum(struct.unpack('>%dI' % (len(pad) // 4), pad)) & 0xffffffff
            dirs += struct.pack('>4sIII', t.encode('latin-1'), cs, off + len(body), len(d))
            body += pad
        return out + dirs + body


def load(path):
    if path not in _CACHE:
        _CACHE[path] = TTF(path)
    return _CACHE[path]
