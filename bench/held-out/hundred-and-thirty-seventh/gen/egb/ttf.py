"""TrueType reader and glyph subsetter (for embedding in PDFs)."""
import hashlib
import os
import struct

_FONT_DIR = '/usr/share/fonts/truetype/dejavu'
_CACHE = {}


class TTF:
    def __init__(self, path):
        with open(path, 'rb') as f:
            self.data = data = f.read()
        numtables, = struct.unpack('>H', data[4:6])
        self.tables = {}
        for i in range(numtables):
            tag, chk, off, ln = struct.unpack('>4sIII', data[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode('latin-1')] = data[off:off + ln]
        head = self.tables['head']
        self.units = struct.unpack('>H', head[18:20])[0]
        self.loca_long = struct.unpack('>h', head[50:52])[0] == 1
        self.bbox = struct.unpack('>hhhh', head[36:44])
        hhea = self.tables['hhea']
        self.ascent, self.descent = struct.unpack('>hh', hhea[4:8])
        self.nhm = struct.unpack('>H', hhea[34:36])[0]
        self.nglyphs = struct.unpack('>H', self.tables['maxp'][4:6])[0]
        hmtx = self.tables['hmtx']
        self.adv = []
        for g in range(self.nglyphs):
            i = min(g, self.nhm - 1)
            self.adv.append(struct.unpack('>H', hmtx[4 * i:4 * i + 2])[0])
        loca = self.tables['loca']
        if self.loca_long:
            self.loca = list(struct.unpack('>%dI' % (self.nglyphs + 1), loca[:4 * (self.nglyphs + 1)]))
        else:
            self.loca = [2 * v for v in struct.unpack('>%dH' % (self.nglyphs + 1), loca[:2 * (self.nglyphs + 1)])]
        self.cmap = self._read_cmap()

    def _read_cmap(self):
        t = self.tables['cmap']
        n, = struct.unpack('>H', t[2:4])
        best = None
        for i in range(n):
            pid, eid, off = struct.unpack('>HHI', t[4 + 8 * i:12 + 8 * i])
            fmt, = struct.unpack('>H', t[off:off + 2])
            if pid == 3 and eid == 1 and fmt == 4:
                best = off
        off = best
        segx2, = struct.unpack('>H', t[off + 6:off + 8])
        seg = segx2 // 2
        p = off + 14
        ends = struct.unpack('>%dH' % seg, t[p:p + segx2]); p += segx2 + 2
        starts = struct.unpack('>%dH' % seg, t[p:p + segx2]); p += segx2
        deltas = struct.unpack('>%dh' % seg, t[p:p + segx2]); p += segx2
        roff_pos = p
        roffs = struct.unpack('>%dH' % seg, t[p:p + segx2])
        cmap = {}
        for i in range(seg):
            for c in range(starts[i], ends[i] + 1):
                if c == 0xFFFF:
                    continue
                if roffs[i] == 0:
                    g = (c + deltas[i]) & 0xFFFF
                else:
                    gp = roff_pos + 2 * i + roffs[i] + 2 * (c - starts[i])
                    g, = struct.unpack('>H', t[gp:gp + 2])
                    if g:
                        g = (g + deltas[i]) & 0xFFFF
                if g:
                    cmap[c] = g
        return cmap

    def glyph(self, ch):
        return self.cmap.get(ord(ch), 0)

    def width1000(self, gid):
        return int(round(self.adv[gid] * 1000.0 / self.units))

    def _components(self, gid):
        glyf = self.tables['glyf']
        a, b = self.loca[gid], self.loca[gid + 1]
        if b <= a:
            return []
        g = glyf[a:b]
        nc, = struct.unpack('>h', g[:2])
        if nc >= 0:
            return []
        out = []
        p = 10
        while True:
            flags, cg = struct.unpack('>HH', g[p:p + 4])
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
        glyf = self.tables['glyf']
        newglyf = bytearray()
        loca = []
        for g in range(self.nglyphs):
            loca.append(len(newglyf))
            if g in keep:
                a, b = self.loca[g], self.loca[g + 1]
                newglyf += glyf[a:b]
                while len(newglyf) % 4:
                    newglyf += b'\0'
        loca.append(len(newglyf))
        head = bytearray(self.tables['head'])
        head[8:12] = b'\0\0\0\0'
        head[50:52] = struct.pack('>h', 1)
        tables = {
            'head': bytes(head), 'hhea': self.tables['hhea'], 'maxp': self.tables['maxp'],
            'hmtx': self.tables['hmtx'], 'loca': struct.pack('>%dI' % len(loca), *loca),
            'glyf': bytes(newglyf),
        }
        for opt in ('cvt ', 'fpgm', 'prep'):
            if opt in self.tables:
                tables[opt] = self.tables[opt]
        tags = sorted(tables)
        n = len(tags)
        es = 1
        while (es << 1) <= n:
            es <<= 1
        sr = es * 16
        out = bytearray(struct.pack('>IHHHH', 0x00010000, n, sr, es.bit_length() - 1, n * 16 - sr))
        off = 12 + 16 * n
        body = bytearray()
        dirs = bytearray()
        for tag in tags:
            d = tables[tag]
            padded = d + b'\0' * ((4 - len(d) % 4) % 4)
            chk = sum(struct.unpack('>%dI' % (len(padded) // 4), padded)) & 0xFFFFFFFF
            dirs += struct.pack('>4sIII', tag.encode('latin-1'), chk, off + len(body), len(d))
            body += padded
        font = out + dirs + body
        total = sum(struct.unpack('>%dI' % (len(font) // 4), bytes(font))) & 0xFFFFFFFF
        adj = (0xB1B0AFBA - total) & 0xFFFFFFFF
        hoff = 12 + 16 * n + 0
        # find head offset
        for i, tag in enumerate(tags):
            if tag == 'head':
                hoff = struct.unpack('>I', dirs[16 * i + 8:16 * i + 12])[0]
        font[hoff + 8:hoff + 12] = struct.pack('>I', adj)
        return bytes(font)


def load(name):
    if name not in _CACHE:
        _CACHE[name] = TTF(os.path.join(_FONT_DIR, name))
    return _CACHE[name]


def subset_tag(gids):
    h = hashlib.sha1(','.join(map(str, sorted(gids))).encode()).digest()
    return ''.join(chr(65 + b % 26) for b in h[:6])
