"""Small PDF 1.7 writer: embedded (subset) DejaVu TrueType fonts with
ToUnicode maps, vector lines, images (QR codes, logos), link annotations.
Plus a reader for the build's own verification (text + QR images)."""

import hashlib
import os
import re
import struct
import zlib

_FONT_DIR = "/usr/share/fonts/truetype/dejavu"  # Debian fonts-dejavu-core


class TTF:
    _cache = {}

    def __init__(self, path):
        d = open(path, "rb").read()
        self.data = d
        num, = struct.unpack(">H", d[4:6])
        self.tables = {}
        for i in range(num):
            tag, chk, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.t("head")
        self.upem, = struct.unpack(">H", head[18:20])
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.locfmt, = struct.unpack(">h", head[50:52])
        hhea = self.t("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        self.nhm, = struct.unpack(">H", hhea[34:36])
        self.nglyphs, = struct.unpack(">H", self.t("maxp")[4:6])
        hmtx = self.t("hmtx")
        self.adv = [struct.unpack(">H", hmtx[4 * i:4 * i + 2])[0] for i in range(self.nhm)]
        self.adv += [self.adv[-1]] * (self.nglyphs - self.nhm)
        loca = self.t("loca")
        if self.locfmt == 0:
            self.loca = [2 * struct.unpack(">H", loca[2 * i:2 * i + 2])[0] for i in range(self.nglyphs + 1)]
        else:
            self.loca = [struct.unpack(">I", loca[4 * i:4 * i + 4])[0] for i in range(self.nglyphs + 1)]
        self.cmap = self._cmap()
        self.name = os.path.basename(path)[:-4].replace("-", "")
        os2 = self.tables.get("OS/2")
        self.cap = 729
        if os2:
            o = self.t("OS/2")
            if len(o) >= 90:
                self.cap, = struct.unpack(">h", o[88:90])

    @classmethod
    def get(cls, name):
        if name not in cls._cache:
            cls._cache[name] = TTF(os.path.join(_FONT_DIR, name))
        return cls._cache[name]

    def t(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _cmap(self):
        c = self.t("cmap")
        n, = struct.unpack(">H", c[2:4])
        sub = None
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", c[4 + 8 * i:12 + 8 * i])
            if pid == 3 and eid == 1:
                sub = off
        fmt, = struct.unpack(">H", c[sub:sub + 2])
        assert fmt == 4
        segx2, = struct.unpack(">H", c[sub + 6:sub + 8])
        seg = segx2 // 2
        p = sub + 14
        ends = struct.unpack(">%dH" % seg, c[p:p + segx2])
        p += segx2 + 2
        starts = struct.unpack(">%dH" % seg, c[p:p + segx2])
        p += segx2
        deltas = struct.unpack(">%dh" % seg, c[p:p + segx2])
        p += segx2
        ro_pos = p
        ros = struct.unpack(">%dH" % seg, c[p:p + segx2])
        m = {}
        for i in range(seg):
            for ch in range(starts[i], ends[i] + 1):
                if ch == 0xFFFF:
                    continue
                if ros[i] == 0:
                    g = (ch + deltas[i]) & 0xFFFF
                else:
                    a = ro_pos + 2 * i + ros[i] + 2 * (ch - starts[i])
                    g, = struct.unpack(">H", c[a:a + 2])
                    if g:
                        g = (g + deltas[i]) & 0xFFFF
                if g:
                    m[ch] = g
        return m

    def glyph(self, g):
        off = self.tables["glyf"][0]
        return self.data[off + self.loca[g]:off + self.loca[g + 1]]

    def components(self, g):
        d = self.glyph(g)
        if len(d) < 10 or struct.unpack(">h", d[:2])[0] >= 0:
            return []
        res = []
        p = 10
        while True:
            flags, gi = struct.unpack(">HH", d[p:p + 4])
            res.append(gi)
            p += 4 + (4 if flags & 1 else 2)
            if flags & 8:
                p += 2
            elif flags & 0x40:
                p += 4
            elif flags & 0x80:
                p += 8
            if not flags & 0x20:
                break
        return res

    def subset(self, gids):
        keep = set(gids) | {0}
        todo = list(keep)
        while todo:
            g = todo.pop()
            for c in self.components(g):
                if c not in keep:
                    keep.add(c)
                    todo.append(c)
        glyf = b""
        loca = [0]
        for g in range(self.nglyphs):
            if g in keep:
                gd = self.glyph(g)
                gd += b"\0" * ((-len(gd)) % 4)
                glyf += gd
            loca.append(len(glyf))
        if self.locfmt == 0:
            locab = b"".join(struct.pack(">H", x // 2) for x in loca)
        else:
            locab = b"".join(struct.pack(">I", x) for x in loca)
        tabs = {}
        for tag in ("cvt ", "fpgm", "prep", "head", "hhea", "hmtx", "maxp"):
            if tag in self.tables:
                tabs[tag] = self.t(tag)
        head = bytearray(tabs["head"])
        head[8:12] = b"\0\0\0\0"
        tabs["head"] = bytes(head)
        tabs["glyf"] = glyf
        tabs["loca"] = locab
        tags = sorted(tabs)
        n = len(tags)
        es = 1
        while es * 2 <= n:
            es *= 2
        import math
        hdr = struct.pack(">IHHHH", 0x00010000, n, es * 16, int(math.log2(es)), n * 16 - es * 16)
        off = 12 + 16 * n
        dirs = b""
        body = b""
        for tag in tags:
            t = tabs[tag]
            pad = t + b"\0" * ((-len(t)) % 4)
            chk = sum(struct.unpack(">%dI" % (len(pad) // 4), pad)) & 0xFFFFFFFF
            dirs += struct.pack(">4sIII", tag.encode("latin-1"), chk, off + len(body), len(t))
            body += pad
        return hdr + dirs + body


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdfstr(s):
    """PDF text string: PDFDocEncoding-compatible latin-1 or UTF-16BE hex."""
    try:
        s.encode("ascii")
        return "(" + _esc(s) + ")"
    except UnicodeEncodeError:
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


class Page:
    def __init__(self, doc, w=595.28, h=841.89):
        self.doc = doc
        self.w, self.h = w, h
        self.ops = []
        self.images = []
        self.links = []

    def text(self, x, y, s, size=10, bold=False, color=None, font=None):
        f = self.doc.font(font or ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"))
        hexs = f.enc(s)
        col = "%.3f %.3f %.3f rg " % tuple(c / 255.0 for c in (color or (0, 0, 0)))
        self.ops.append("BT %s/%s %.1f Tf %.2f %.2f Td <%s> Tj ET" % (col, f.res, size, x, y, hexs))

    def width(self, s, size=10, bold=False):
        f = self.doc.font("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
        return sum(f.ttf.adv[f.ttf.cmap.get(ord(c), 0)] for c in s) * size / f.ttf.upem

    def rtext(self, xr, y, s, size=10, bold=False, color=None):
        self.text(xr - self.width(s, size, bold), y, s, size, bold, color)

    def ctext(self, xc, y, s, size=10, bold=False, color=None):
        self.text(xc - self.width(s, size, bold) / 2, y, s, size, bold, color)

    def para(self, x, y, maxw, s, size=10, leading=None, bold=False, color=None):
        leading = leading or size * 1.35
        for block in s.split("\n"):
            words = block.split(" ")
            line = ""
            for w_ in words:
                cand = (line + " " + w_) if line else w_
                if self.width(cand, size, bold) > maxw and line:
                    self.text(x, y, line, size, bold, color)
                    y -= leading
                    line = w_
                else:
                    line = cand
            self.text(x, y, line, size, bold, color)
            y -= leading
        return y

    def line(self, x0, y0, x1, y1, w=0.5, gray=0):
        self.ops.append("%.3f G %.2f w %.2f %.2f m %.2f %.2f l S" % (gray, w, x0, y0, x1, y1))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        o = []
        if fill:
            o.append("%.3f %.3f %.3f rg" % tuple(c / 255.0 for c in fill))
        if stroke:
            o.append("%.3f %.3f %.3f RG %.2f w" % (tuple(c / 255.0 for c in stroke) + (lw,)))
        op = "B" if fill and stroke else ("f" if fill else "S")
        o.append("%.2f %.2f %.2f %.2f re %s" % (x, y, w, h, op))
        self.ops.append(" ".join(o) + " 0 g 0 G")

    def qr(self, matrix, x, y, size, border=4):
        from . import qr as _qr
        n, rows = _qr.to_bits(matrix, border)
        name = "Im%d" % (len(self.doc.images) + 1)
        self.doc.images.append((name, n, n, 1, "DeviceGray", b"".join(rows)))
        self.images.append(name)
        self.ops.append("q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" % (size, size, x, y, name))

    def rgb_image(self, w, h, rgb_rows, x, y, dw, dh):
        name = "Im%d" % (len(self.doc.images) + 1)
        self.doc.images.append((name, w, h, 8, "DeviceRGB", b"".join(rgb_rows)))
        self.images.append(name)
        self.ops.append("q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" % (dw, dh, x, y, name))

    def link(self, x, y, w, h, uri):
        self.links.append(((x, y, x + w, y + h), uri))


class _Font:
    def __init__(self, ttf, res):
        self.ttf = ttf
        self.res = res
        self.used = {}

    def enc(self, s):
        out = []
        for ch in s:
            g = self.ttf.cmap.get(ord(ch), 0)
            if g and g not in self.used:
                self.used[g] = ch
            out.append("%04X" % g)
        return "".join(out)


class Doc:
    def __init__(self, title="", author="", creator="", producer="", date="D:20261102093011+01'00'",
                 subject="", keywords=""):
        self.pages = []
        self.fonts = {}
        self.images = []
        self.info = dict(Title=title, Author=author, Creator=creator, Producer=producer,
                         CreationDate=date, ModDate=date, Subject=subject, Keywords=keywords)

    def font(self, name):
        if name not in self.fonts:
            self.fonts[name] = _Font(TTF.get(name), "F%d" % (len(self.fonts) + 1))
        return self.fonts[name]

    def page(self):
        p = Page(self)
        self.pages.append(p)
        return p

    def render(self):
        objs = {}
        nxt = [3]

        def new():
            n = nxt[0]
            nxt[0] += 1
            return n

        def stream(dic, data, compress=True):
            if compress:
                data = zlib.compress(data, 9)
                dic = dic + " /Filter /FlateDecode"
            return ("<< %s /Length %d >>\nstream\n" % (dic.strip(), len(data))).encode() + data + b"\nendstream"

        font_ids = {}
        for name, f in self.fonts.items():
            gids = sorted(f.used)
            tag = "".join(chr(65 + b % 26) for b in hashlib.md5((name + repr(gids)).encode()).digest()[:6])
            ff = f.ttf.subset(gids)
            ff_id = new()
            objs[ff_id] = stream("/Length1 %d" % len(ff), ff)
            fd = new()
            scale = 1000.0 / f.ttf.upem
            bb = [int(v * scale) for v in f.ttf.bbox]
            objs[fd] = ("<< /Type /FontDescriptor /FontName /%s+%s /Flags 32 /FontBBox [%d %d %d %d] /ItalicAngle 0 "
                        "/Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>" % (
                            tag, f.ttf.name, bb[0], bb[1], bb[2], bb[3], int(f.ttf.ascent * scale),
                            int(f.ttf.descent * scale), int(f.ttf.cap * scale), 80 if "Bold" not in name else 140,
                            ff_id)).encode()
            w = " ".join("%d [%d]" % (g, round(f.ttf.adv[g] * scale)) for g in gids)
            cid = new()
            objs[cid] = ("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s+%s /CIDSystemInfo << /Registry (Adobe) "
                         "/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W [%s] "
                         "/CIDToGIDMap /Identity >>" % (tag, f.ttf.name, fd, w)).encode()
            lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                     "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
                     "<0000> <FFFF>", "endcodespacerange"]
            items = [(g, f.used[g]) for g in gids]
            for i in range(0, len(items), 100):
                chunk = items[i:i + 100]
                lines.append("%d beginbfchar" % len(chunk))
                for g, ch in chunk:
                    lines.append("<%04X> <%s>" % (g, ch.encode("utf-16-be").hex().upper()))
                lines.append("endbfchar")
            lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
            tu = new()
            objs[tu] = stream("", "\n".join(lines).encode())
            t0 = new()
            objs[t0] = ("<< /Type /Font /Subtype /Type0 /BaseFont /%s+%s /Encoding /Identity-H "
                        "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (tag, f.ttf.name, cid, tu)).encode()
            font_ids[f.res] = t0
        img_ids = {}
        for (name, w, h, bpc, cs, data) in self.images:
            i = new()
            objs[i] = stream("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s "
                             "/BitsPerComponent %d /Interpolate false" % (w, h, cs, bpc), data)
            img_ids[name] = i
        page_ids = []
        for p in self.pages:
            c = new()
            objs[c] = stream("", "\n".join(p.ops).encode("ascii"))
            annots = []
            for rect, uri in p.links:
                a = new()
                objs[a] = ("<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] "
                           "/A << /S /URI /URI %s >> >>" % (rect + ("(" + _esc(uri) + ")",))).encode()
                annots.append(a)
            pid = new()
            fonts = " ".join("/%s %d 0 R" % (r, i) for r, i in sorted(font_ids.items()))
            xo = " ".join("/%s %d 0 R" % (n, img_ids[n]) for n in p.images)
            res = "<< /Font << %s >>%s >>" % (fonts, (" /XObject << %s >>" % xo) if xo else "")
            an = (" /Annots [%s]" % " ".join("%d 0 R" % a for a in annots)) if annots else ""
            objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources %s /Contents %d 0 R%s >>"
                         % (p.w, p.h, res, c, an)).encode()
            page_ids.append(pid)
        objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
        objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % i for i in page_ids),
                                                                  len(page_ids))).encode()
        info = new()
        objs[info] = ("<< %s >>" % " ".join("/%s %s" % (k, pdfstr(v)) for k, v in self.info.items() if v)).encode()
        out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
        offs = {}
        for i in range(1, nxt[0]):
            offs[i] = len(out)
            out += ("%d 0 obj\n" % i).encode() + objs[i] + b"\nendobj\n"
        xref = len(out)
        out += ("xref\n0 %d\n0000000000 65535 f \n" % nxt[0]).encode()
        for i in range(1, nxt[0]):
            out += ("%010d 00000 n \n" % offs[i]).encode()
        fid = hashlib.md5(out).hexdigest().upper()
        out += ("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                % (nxt[0], info, fid, fid, xref)).encode()
        return out


# ---------------------------------------------------------------- reader
def _objects(data):
    res = {}
    for m in re.finditer(rb"(\d+) 0 obj\n(.*?)\nendobj\n", data, re.S):
        res[int(m.group(1))] = m.group(2)
    return res


def _stream(body):
    m = re.match(rb"(<<.*?>>)\nstream\n(.*)\nendstream$", body, re.S)
    if not m:
        return None, None
    dic, raw = m.group(1), m.group(2)
    ln = int(re.search(rb"/Length (\d+)", dic).group(1))
    assert ln == len(raw), "stream length mismatch"
    if b"/FlateDecode" in dic:
        raw = zlib.decompress(raw)
    return dic, raw


def check_structure(data):
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
    sx = int(re.search(rb"startxref\n(\d+)\n", data).group(1))
    assert data[sx:sx + 4] == b"xref"
    tab = data[sx:].split(b"trailer")[0].split(b"\n")
    cnt = int(tab[1].split()[1])
    for i in range(1, cnt):
        off = int(tab[2 + i][:10])
        assert data[off:off + len(b"%d 0 obj" % i)] == b"%d 0 obj" % i, "xref offset %d" % i


def extract(data):
    """Return (text lines, list of decoded QR payloads, list of link URIs)."""
    check_structure(data)
    objs = _objects(data)
    tounicode = {}
    for n, body in objs.items():
        if body.startswith(b"<< /Type /Font /Subtype /Type0"):
            tu = int(re.search(rb"/ToUnicode (\d+) 0 R", body).group(1))
            _d, cm = _stream(objs[tu])
            mp = {}
            for g, u in re.findall(rb"<([0-9A-F]{4})> <([0-9A-F]+)>", cm):
                mp[g.decode()] = bytes.fromhex(u.decode()).decode("utf-16-be")
            tounicode[n] = mp
    lines, qrs, links = [], [], []
    from . import qr as _qr
    for n, body in objs.items():
        if body.startswith(b"<< /Type /Page "):
            fmap = {r.decode(): int(i) for r, i in re.findall(rb"/(F\d+) (\d+) 0 R", body)}
            c = int(re.search(rb"/Contents (\d+) 0 R", body).group(1))
            _d, content = _stream(objs[c])
            for fr, hx in re.findall(rb"/(F\d+) [\d.]+ Tf [-\d.]+ [-\d.]+ Td <([0-9A-F]*)> Tj", content):
                mp = tounicode[fmap[fr.decode()]]
                h = hx.decode()
                lines.append("".join(mp.get(h[i:i + 4], "\ufffd") for i in range(0, len(h), 4)))
            for a in re.findall(rb"/Annots \[([^\]]*)\]", body):
                for an in re.findall(rb"(\d+) 0 R", a):
                    links.append(re.search(rb"/URI \((.*?)\) >>", objs[int(an)]).group(1).decode())
            for nm, i in re.findall(rb"/(Im\d+) (\d+) 0 R", body):
                dic, raw = _stream(objs[int(i)])
                if b"/BitsPerComponent 1" in dic:
                    w = int(re.search(rb"/Width (\d+)", dic).group(1))
                    stride = (w + 7) // 8
                    lum = []
                    for y in range(w):
                        row = raw[y * stride:(y + 1) * stride]
                        lum.append([255 if (row[x // 8] >> (7 - x % 8)) & 1 else 0 for x in range(w)])
                    qrs.append(_qr.decode_matrix(_qr.grid_from_lum(lum)).decode("utf-8"))
    return lines, qrs, links
