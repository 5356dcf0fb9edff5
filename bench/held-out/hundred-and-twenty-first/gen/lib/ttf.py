"""TrueType reader + glyph-zeroing subsetter for PDF embedding (CIDFontType2)."""
import struct


class TTF:
    def __init__(self, path):
        with open(path, 'rb') as f:
            self.data = f.read()
        d = self.data
        numtables, = struct.unpack('>H', d[4:6])
        self.tables = {}
        for i in range(numtables):
            tag, chk, off, ln = struct.unpack('>4sIII', d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode('latin-1')] = (off, ln)
        self.units_per_em, = struct.unpack('>H', self.t('head')[18:20])
        self.index_to_loc, = struct.unpack('>h', self.t('head')[50:52])
        self.num_glyphs, = struct.unpack('>H', self.t('maxp')[4:6])
        hhea = self.t('hhea')
        self.ascent, self.descent = struct.unpack('>hh', hhea[4:8])
        self.num_hmetrics, = struct.unpack('>H', hhea[34:36])
        hmtx = self.t('hmtx')
        self.advances = []
        for i in range(self.num_glyphs):
            j = min(i, self.num_hmetrics - 1)
            self.advances.append(struct.unpack('>H', hmtx[4 * j:4 * j + 2])[0])
        self.cmap = self._read_cmap()
        head = self.t('head')
        self.bbox = struct.unpack('>hhhh', head[36:44])

    def t(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _read_cmap(self):
        c = self.t('cmap')
        n, = struct.unpack('>H', c[2:4])
        best = None
        for i in range(n):
            pid, eid, off = struct.unpack('>HHI', c[4 + 8 * i:12 + 8 * i])
            fmt, = struct.unpack('>H', c[off:off + 2])
            if pid == 3 and eid == 10 and fmt == 12:
                best = (12, off)
            elif pid == 3 and eid == 1 and fmt == 4 and best is None:
                best = (4, off)
        fmt, off = best
        m = {}
        if fmt == 4:
            segx2, = struct.unpack('>H', c[off + 6:off + 8])
            segs = segx2 // 2
            ends = struct.unpack('>%dH' % segs, c[off + 14:off + 14 + segx2])
            p = off + 16 + segx2
            starts = struct.unpack('>%dH' % segs, c[p:p + segx2])
            deltas = struct.unpack('>%dh' % segs, c[p + segx2:p + 2 * segx2])
            ro_off = p + 2 * segx2
            ros = struct.unpack('>%dH' % segs, c[ro_off:ro_off + segx2])
            for s in range(segs):
                for code in range(starts[s], ends[s] + 1):
                    if code == 0xFFFF:
                        continue
                    if ros[s] == 0:
                        g = (code + deltas[s]) & 0xFFFF
                    else:
                        a = ro_off + 2 * s + ros[s] + 2 * (code - starts[s])
                        g, = struct.unpack('>H', c[a:a + 2])
                        if g:
                            g = (g + deltas[s]) & 0xFFFF
                    if g:
                        m[code] = g
        else:
            ngroups, = struct.unpack('>I', c[off + 12:off + 16])
            for k in range(ngroups):
                sc, ec, sg = struct.unpack('>III', c[off + 16 + 12 * k:off + 28 + 12 * k])
                for code in range(sc, ec + 1):
                    m[code] = sg + code - sc
        return m

    def gid(self, ch):
        return self.cmap.get(ord(ch), 0)

    def width(self, ch):
        return self.advances[self.gid(ch)] * 1000.0 / self.units_per_em

    def _loca(self):
        loca = self.t('loca')
        if self.index_to_loc == 0:
            return [2 * v for v in struct.unpack('>%dH' % (self.num_glyphs + 1), loca[:2 * (self.num_glyphs + 1)])]
        return list(struct.unpack('>%dI' % (self.num_glyphs + 1), loca[:4 * (self.num_glyphs + 1)]))

    def subset(self, gids):
        """Return font program bytes in which only glyphs in gids (plus
        components) keep their outlines; glyph ids are unchanged."""
        loca = self._loca()
        glyf = self.t('glyf')
        keep = set(gids) | {0}
        todo = list(keep)
        while todo:
            g = todo.pop()
            gd = glyf[loca[g]:loca[g + 1]]
            if len(gd) >= 10 and struct.unpack('>h', gd[:2])[0] < 0:
                p = 10
                while True:
                    flags, comp = struct.unpack('>HH', gd[p:p + 4])
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
        for g in range(self.num_glyphs):
            newloca.append(len(newglyf))
            if g in keep:
                gd = glyf[loca[g]:loca[g + 1]]
                newglyf += gd
                if len(newglyf) % 4:
                    newglyf += b'\x00' * (4 - len(newglyf) % 4)
        newloca.append(len(newglyf))
        head = bytearray(self.t('head'))
        head[8:12] = b'\x00\x00\x00\x00'
        head[50:52] = struct.pack('>h', 1)
        tables = {
            'cvt ': self.t('cvt ') if 'cvt ' in self.tables else None,
            'fpgm': self.t('fpgm') if 'fpgm' in self.tables else None,
            'prep': self.t('prep') if 'prep' in self.tables else None,
            'glyf': bytes(newglyf),
            'head': bytes(head),
            'hhea': self.t('hhea'),
            'hmtx': self.t('hmtx'),
            'loca': struct.pack('>%dI' % len(newloca), *newloca),
            'maxp': self.t('maxp'),
        }
        tables = {k: v for k, v in tables.items() if v is not None}
        tags = sorted(tables)
        n = len(tags)
        es = 1
        while 2 ** (es + 1) <= n:
            es += 1
        sr = 16 * 2 ** es
        out = struct.pack('>IHHHH', 0x00010000, n, sr, es, n * 16 - sr)
        off = 12 + 16 * n
        dirs = b''
        body = b''
        for tag in tags:
            data = tables[tag]
            padded = data + b'\x00' * ((4 - len(data) % 4) % 4)
            cs = sum(struct.unpack('>%dI' % (len(padded) // 4), padded)) & 0xFFFFFFFF
            dirs += struct.pack('>4sIII', tag.encode('latin-1'), cs, off + len(body), len(data))
            body += padded
        font = out + dirs + body
        total = sum(struct.unpack('>%dI' % (len(font) // 4), font)) & 0xFFFFFFFF
        adj = (0xB1B0AFBA - total) & 0xFFFFFFFF
        hoff = 12 + 16 * n + sum(len(tables[t]) + (4 - len(tables[t]) % 4) % 4 for t in tags[:tags.index('head')])
        font = font[:hoff + 8] + struct.pack('>I', adj) + font[hoff + 12:]
        return font
