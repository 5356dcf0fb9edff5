"""TrueType reader and glyph-id preserving subsetter for PDF embedding (FontFile2)."""
import struct


class TTF:
    def __init__(self, path):
        self.data = data = open(path, 'rb').read()
        n, = struct.unpack('>H', data[4:6])
        self.tables = {}
        for i in range(n):
            tag, chk, off, ln = struct.unpack('>4sIII', data[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode('latin-1')] = (off, ln)
        head = self.tab('head')
        self.upem, = struct.unpack('>H', head[18:20])
        self.bbox = struct.unpack('>hhhh', head[36:44])
        self.loc_long = struct.unpack('>h', head[50:52])[0] == 1
        hhea = self.tab('hhea')
        self.ascent, self.descent = struct.unpack('>hh', hhea[4:8])
        nhm, = struct.unpack('>H', hhea[34:36])
        self.nglyphs, = struct.unpack('>H', self.tab('maxp')[4:6])
        hmtx = self.tab('hmtx')
        self.adv = [struct.unpack('>H', hmtx[4 * i:4 * i + 2])[0] for i in range(nhm)]
        self.adv += [self.adv[-1]] * (self.nglyphs - nhm)
        os2 = self.tab('OS/2')
        self.cap = struct.unpack('>h', os2[88:90])[0] if len(os2) >= 90 else self.ascent
        self.cmap = self._cmap()
        loca = self.tab('loca')
        if self.loc_long:
            self.loca = list(struct.unpack('>%dI' % (self.nglyphs + 1), loca[:4 * (self.nglyphs + 1)]))
        else:
            self.loca = [2 * v for v in struct.unpack('>%dH' % (self.nglyphs + 1), loca[:2 * (self.nglyphs + 1)])]

    def tab(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        c = self.tab('cmap')
        n, = struct.unpack('>H', c[2:4])
        best = None
        for i in range(n):
            pid, eid, off = struct.unpack('>HHI', c[4 + 8 * i:12 + 8 * i])
            fmt, = struct.unpack('>H', c[off:off + 2])
            if pid == 3 and eid == 1 and fmt == 4 and best is None:
                best = off
        off = best
        segx2, = struct.unpack('>H', c[off + 6:off + 8])
        seg = segx2 // 2
        p = off + 14
        ends = struct.unpack('>%dH' % seg, c[p:p + segx2]); p += segx2 + 2
        starts = struct.unpack('>%dH' % seg, c[p:p + segx2]); p += segx2
        deltas = struct.unpack('>%dh' % seg, c[p:p + segx2]); p += segx2
        ro_pos = p
        ros = struct.unpack('>%dH' % seg, c[p:p + segx2])
        m = {}
        for s in range(seg):
            for code in range(starts[s], ends[s] + 1):
                if code == 0xFFFF:
                    continue
                if ros[s] == 0:
                    g = (code + deltas[s]) & 0xFFFF
                else:
                    gp = ro_pos + 2 * s + ros[s] + 2 * (code - starts[s])
                    g, = struct.unpack('>H', c[gp:gp + 2])
                    if g:
                        g = (g + deltas[s]) & 0xFFFF
                if g:
                    m[code] = g
        return m

    def gid(self, ch):
        return self.cmap.get(ord(ch), self.cmap.get(0x3F, 0))

    def width(self, gid):
        return self.adv[gid] * 1000.0 / self.upem

    def _glyph(self, g):
        off = self.tables['glyf'][0]
        return self.data[off + self.loca[g]:off + self.loca[g + 1]]

    def _components(self, g):
        d = self._glyph(g)
        if len(d) < 10 or struct.unpack('>h', d[:2])[0] >= 0:
            return []
        out = []
        p = 10
        while True:
            flags, cg = struct.unpack('>HH', d[p:p + 4])
            out.append(cg)
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
            for cg in self._components(todo.pop()):
                if cg not in keep:
                    keep.add(cg)
                    todo.append(cg)
        glyf = bytearray()
        loca = []
        for g in range(self.nglyphs):
            loca.append(len(glyf))
            if g in keep:
                d = self._glyph(g)
                glyf += d + b'\0' * ((-len(d)) % 4)
        loca.append(len(glyf))
        head = bytearray(self.tab('head'))
        head[8:12] = b'\0\0\0\0'
        head[50:52] = struct.pack('>h', 1)
        tabs = {'head': bytes(head), 'hhea': self.tab('hhea'), 'maxp': self.tab('maxp'),
                'hmtx': self.tab('hmtx'), 'loca': struct.pack('>%dI' % len(loca), *loca),
                'glyf': bytes(glyf)}
        for t in ('cvt ', 'fpgm', 'prep'):
            if t in self.tables:
                tabs[t] = self.tab(t)
        tags = sorted(tabs)
        n = len(tags)
        es = 0
        while (1 << (es + 1)) <= n:
            es += 1
        sr = (1 << es) * 16
        out = bytearray(struct.pack('>IHHHH', 0x00010000, n, sr, es, n * 16 - sr))
        off = 12 + 16 * n
        body = bytearray()
        recs = []
        for t in tags:
            d = tabs[t]
            recs.append((t, _cksum(d), off + len(body), len(d)))
            body += d + b'\0' * ((-len(d)) % 4)
        for t, ck, o, ln in recs:
            out += struct.pack('>4sIII', t.encode('latin-1'), ck, o, ln)
        out += body
        adj = (0xB1B0AFBA - _cksum(bytes(out))) & 0xFFFFFFFF
        ho = [r for r in recs if r[0] == 'head'][0][2]
        out[ho + 8:ho + 12] = struct.pack('>I', adj)
        return bytes(out)


def _cksum(d):
    d = d + b'\0' * ((-len(d)) % 4)
    return sum(struct.unpack('>%dI' % (len(d) // 4), d)) & 0xFFFFFFFF
