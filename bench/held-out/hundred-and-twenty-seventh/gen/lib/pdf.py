"""Tiny PDF writer (embedded DejaVu subsets, Identity-H, ToUnicode, QR images, links,
embedded files) and a reader used by the verifier (text, URIs, images, attachments)."""
import re
import zlib

from . import ttf
from .util import rhex

FONTS = {"R": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}


def _lit(s):
    if all(32 <= ord(c) < 127 for c in s):
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def pdf_date(utc_dt, offset_min):
    import datetime as dt
    lt = utc_dt + dt.timedelta(minutes=offset_min)
    sign = "+" if offset_min >= 0 else "-"
    om = abs(offset_min)
    return "D:%04d%02d%02d%02d%02d%02d%s%02d'%02d'" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second,
                                                     sign, om // 60, om % 60)


class Page:
    def __init__(self, doc, w, h):
        self.doc, self.w, self.h = doc, w, h
        self.ops = []
        self.links = []
        self.images = []

    def _col(self, c):
        return "%.3f %.3f %.3f" % tuple(v / 255.0 for v in c)

    def text(self, x, y, s, size=10, bold=False, color=(0, 0, 0), align="left"):
        f = "B" if bold else "R"
        font = ttf.load(FONTS[f])
        wdt = font.width(s, size)
        if align == "right":
            x -= wdt
        elif align == "center":
            x -= wdt / 2
        gids = [font.gid(c) for c in s]
        self.doc.used[f].update(zip(gids, s))
        hexs = "".join("%04X" % g for g in gids)
        self.ops.append("BT /F%s %.2f Tf %s rg 1 0 0 1 %.2f %.2f Tm <%s> Tj ET" % (
            f, size, self._col(color), x, self.h - y, hexs))
        return wdt

    def width(self, s, size=10, bold=False):
        return ttf.load(FONTS["B" if bold else "R"]).width(s, size)

    def para(self, x, y, width, s, size=10, leading=None, bold=False, color=(0, 0, 0)):
        leading = leading or size * 1.35
        for paragraph in s.split("\n"):
            words = paragraph.split(" ")
            line = ""
            for wd in words:
                cand = (line + " " + wd) if line else wd
                if self.width(cand, size, bold) > width and line:
                    self.text(x, y, line, size, bold, color)
                    y += leading
                    line = wd
                else:
                    line = cand
            if line:
                self.text(x, y, line, size, bold, color)
            y += leading
        return y

    def line(self, x1, y1, x2, y2, w=0.5, color=(0, 0, 0)):
        self.ops.append("%s RG %.2f w %.2f %.2f m %.2f %.2f l S" % (self._col(color), w, x1, self.h - y1, x2, self.h - y2))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        if fill:
            self.ops.append("%s rg %.2f %.2f %.2f %.2f re f" % (self._col(fill), x, self.h - y - h, w, h))
        if stroke:
            self.ops.append("%s RG %.2f w %.2f %.2f %.2f %.2f re S" % (self._col(stroke), lw, x, self.h - y - h, w, h))

    def qr(self, matrix, x, y, size, quiet=4):
        k = 8
        n = (len(matrix) + 2 * quiet) * k
        px = bytearray(b"\xff" * (n * n))
        for r, row in enumerate(matrix):
            for c, v in enumerate(row):
                if v:
                    for yy in range((r + quiet) * k, (r + quiet + 1) * k):
                        o = yy * n + (c + quiet) * k
                        px[o:o + k] = b"\x00" * k
        name = self.doc.add_image(n, n, bytes(px), "DeviceGray")
        self.images.append(name)
        self.ops.append("q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" % (size, size, x, self.h - y - size, name))

    def image_rgb(self, w, h, rgb, x, y, dw, dh):
        name = self.doc.add_image(w, h, bytes(rgb), "DeviceRGB")
        self.images.append(name)
        self.ops.append("q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" % (dw, dh, x, self.h - y - dh, name))

    def link(self, x, y, w, h, url):
        self.links.append(((x, self.h - y - h, x + w, self.h - y), url))


class PDF:
    def __init__(self, rng, title="", author="", creator="", producer="", created=None, offset_min=60,
                 size=(595.28, 841.89), lang="de-DE"):
        self.rng = rng
        self.info = dict(Title=title, Author=author, Creator=creator, Producer=producer)
        self.created = created
        self.offset_min = offset_min
        self.size = size
        self.lang = lang
        self.pages = []
        self.used = {"R": {}, "B": {}}
        self.images = {}
        self.attachments = []
        self.xmp_extra = ""

    def page(self):
        p = Page(self, *self.size)
        self.pages.append(p)
        return p

    def add_image(self, w, h, data, cs):
        name = "Im%d" % (len(self.images) + 1)
        self.images[name] = (w, h, data, cs)
        return name

    def attach(self, fname, data, mime, desc="", relationship="Alternative"):
        self.attachments.append((fname, data, mime, desc, relationship))

    def build(self):
        objs = []

        def add(body):
            objs.append(body)
            return len(objs)

        def stream(d, data, compress=True):
            if compress:
                data = zlib.compress(data, 9)
                d = d + " /Filter /FlateDecode"
            return ("<< %s /Length %d >>\nstream\n" % (d, len(data))).encode("latin-1") + data + b"\nendstream"

        catalog = add(None)
        pages = add(None)
        font_refs = {}
        for key in ("R", "B"):
            if not self.used[key] and key == "B":
                continue
            font = ttf.load(FONTS[key])
            used = self.used[key]
            tag = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(6))
            base = "%s+%s" % (tag, font.postscript_name)
            ff = font.subset(used.keys())
            ff_ref = add(stream("/Length1 %d" % len(ff), ff))
            sc = 1000.0 / font.upem
            desc = add(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%d %d %d %d] /ItalicAngle 0 "
                        "/Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>" % (
                            base, *(int(v * sc) for v in font.bbox), int(font.ascent * sc), int(font.descent * sc),
                            int(font.cap_height * sc), 80 if key == "R" else 140, ff_ref)).encode())
            ws = " ".join("%d [%d]" % (g, round(font.adv[g] * sc)) for g in sorted(used))
            cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) "
                       "/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /W [%s] /CIDToGIDMap /Identity >>"
                       % (base, desc, ws)).encode())
            items = sorted(used.items())
            cm = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                  "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                  "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
                  "<0000> <FFFF>", "endcodespacerange"]
            for i in range(0, len(items), 100):
                chunk = items[i:i + 100]
                cm.append("%d beginbfchar" % len(chunk))
                for g, ch in chunk:
                    cm.append("<%04X> <%s>" % (g, ch.encode("utf-16-be").hex().upper()))
                cm.append("endbfchar")
            cm += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
            tu = add(stream("", "\n".join(cm).encode("latin-1")))
            font_refs[key] = add(("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
                                  "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (base, cid, tu)).encode())
        img_refs = {}
        for name, (w, h, data, cs) in self.images.items():
            img_refs[name] = add(stream("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s "
                                        "/BitsPerComponent 8 /Interpolate false" % (w, h, cs), data))
        fonts_d = " ".join("/F%s %d 0 R" % (k, v) for k, v in font_refs.items())
        page_refs = []
        for p in self.pages:
            content = add(stream("", "\n".join(p.ops).encode("latin-1")))
            annots = []
            for (x1, y1, x2, y2), url in p.links:
                annots.append(add(("<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] "
                                   "/A << /Type /Action /S /URI /URI %s >> >>" % (x1, y1, x2, y2, _lit(url))).encode()))
            xo = ""
            if p.images:
                xo = " /XObject << %s >>" % " ".join("/%s %d 0 R" % (n, img_refs[n]) for n in p.images)
            an = (" /Annots [%s]" % " ".join("%d 0 R" % a for a in annots)) if annots else ""
            page_refs.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << %s >>%s "
                                  "/ProcSet [/PDF /Text /ImageB /ImageC] >> /Contents %d 0 R%s >>" % (
                                      pages, p.w, p.h, fonts_d, xo, content, an)).encode()))
        objs[pages - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
            " ".join("%d 0 R" % r for r in page_refs), len(page_refs))).encode()
        date = pdf_date(self.created, self.offset_min) if self.created else None
        extra = ""
        if self.attachments:
            specs = []
            for fname, data, mime, desc, rel in self.attachments:
                sub = mime.replace("/", "#2F")
                ef = add(stream("/Type /EmbeddedFile /Subtype /%s /Params << /Size %d%s >>" % (
                    sub, len(data), (" /ModDate (%s)" % date) if date else ""), data))
                fs = add(("<< /Type /Filespec /F %s /UF %s /EF << /F %d 0 R /UF %d 0 R >> /Desc %s /AFRelationship /%s >>"
                          % (_lit(fname), _lit(fname), ef, ef, _lit(desc or fname), rel)).encode())
                specs.append((fname, fs))
            names = " ".join("%s %d 0 R" % (_lit(n), r) for n, r in specs)
            extra = " /Names << /EmbeddedFiles << /Names [%s] >> >> /AF [%s]" % (
                names, " ".join("%d 0 R" % r for _, r in specs))
        if self.xmp_extra or self.attachments:
            xmp = self._xmp(date)
            md = add(stream("/Type /Metadata /Subtype /XML", xmp.encode("utf-8"), compress=False))
            extra += " /Metadata %d 0 R" % md
        objs[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R /Lang %s%s >>" % (pages, _lit(self.lang), extra)).encode()
        info_items = ["/%s %s" % (k, _lit(v)) for k, v in self.info.items() if v]
        if date:
            info_items += ["/CreationDate (%s)" % date, "/ModDate (%s)" % date]
        info = add(("<< %s >>" % " ".join(info_items)).encode())
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
        fid = rhex(self.rng, 32).upper()
        out += ("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objs) + 1, catalog, info, fid, fid, xref)).encode()
        return bytes(out)

    def _xmp(self, date):
        iso = ""
        if date:
            d = date[2:]
            iso = "%s-%s-%sT%s:%s:%s%s:%s" % (d[0:4], d[4:6], d[6:8], d[8:10], d[10:12], d[12:14], d[14:17], d[18:20])
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
        return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
                '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
                '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
                'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">\n'
                '<pdf:Producer>%s</pdf:Producer>\n<xmp:CreatorTool>%s</xmp:CreatorTool>\n'
                '<xmp:CreateDate>%s</xmp:CreateDate>\n<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>\n'
                '<pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n'
                '</rdf:Description>\n%s</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="w"?>' % (
                    esc(self.info.get("Producer", "")), esc(self.info.get("Creator", "")), iso,
                    esc(self.info.get("Title", "")), self.xmp_extra))


# =========================================================================== reader
_TOK = re.compile(rb"\s*(<<|>>|\[|\]|/[^\s/<>\[\]()%]*|\((?:\\.|[^\\()])*\)|<[0-9A-Fa-f\s]*>|[-+]?\d*\.?\d+|true|false|null|R|[A-Za-z'\"*]+)", re.S)


class Ref:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Ref(%d)" % self.n


class Name(str):
    pass


def _unlit(b):
    out = bytearray()
    i = 1
    depth = 0
    while i < len(b) - 1:
        c = b[i]
        if c == 0x5C:
            i += 1
            n = b[i]
            m = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
            if n in m:
                out.append(m[n])
            elif 48 <= n <= 55:
                j = i
                while j < i + 3 and 48 <= b[j] <= 55:
                    j += 1
                out.append(int(b[i:j], 8))
                i = j - 1
            elif n in (10, 13):
                pass
            else:
                out.append(n)
        else:
            out.append(c)
        i += 1
    return bytes(out)


def _parse(data, pos):
    """Parse one object at pos; returns (obj, newpos)."""
    m = _TOK.match(data, pos)
    if not m:
        raise ValueError("PDF parse error at %d" % pos)
    t = m.group(1)
    pos = m.end()
    if t == b"<<":
        d = {}
        while True:
            m2 = _TOK.match(data, pos)
            if m2.group(1) == b">>":
                return d, m2.end()
            k, pos = _parse(data, pos)
            v, pos = _parse(data, pos)
            d[k] = v
    if t == b"[":
        arr = []
        while True:
            m2 = _TOK.match(data, pos)
            if m2.group(1) == b"]":
                return arr, m2.end()
            v, pos = _parse(data, pos)
            arr.append(v)
    if t.startswith(b"/"):
        return Name(t[1:].decode("latin-1")), pos
    if t.startswith(b"("):
        return _unlit(t), pos
    if t.startswith(b"<"):
        return bytes.fromhex(re.sub(rb"\s", b"", t[1:-1]).decode()), pos
    if t in (b"true", b"false"):
        return t == b"true", pos
    if t == b"null":
        return None, pos
    if re.fullmatch(rb"[-+]?\d+", t):
        m2 = re.compile(rb"\s+(\d+)\s+R").match(data, pos)
        if m2:
            return Ref(int(t)), m2.end()
        return int(t), pos
    if re.fullmatch(rb"[-+]?\d*\.?\d+", t):
        return float(t), pos
    return ("op", t.decode("latin-1")), pos


def _decode_pdfstring(b):
    if b.startswith(b"\xfe\xff"):
        return b[2:].decode("utf-16-be")
    return b.decode("latin-1")


class Reader:
    def __init__(self, data):
        self.data = data
        if not data.startswith(b"%PDF-"):
            raise ValueError("not a PDF")
        sx = data.rindex(b"startxref")
        xref = int(data[sx + 9:].split()[0])
        if data[xref:xref + 4] != b"xref":
            raise ValueError("startxref does not point to xref")
        lines = data[xref:].split(b"\n")
        first, count = map(int, lines[1].split())
        self.offsets = {}
        for i in range(count):
            ent = lines[2 + i]
            off, gen, kind = ent.split()[:3]
            if kind == b"n":
                self.offsets[first + i] = int(off)
        tpos = data.index(b"trailer", xref)
        self.trailer, _ = _parse(data, tpos + 7)
        self.cache = {}
        for n, off in self.offsets.items():
            if not data[off:].startswith(b"%d 0 obj" % n):
                raise ValueError("xref offset mismatch for object %d" % n)

    def obj(self, x):
        if isinstance(x, Ref):
            n = x.n
            if n not in self.cache:
                off = self.offsets[n]
                p = self.data.index(b"obj", off) + 3
                o, p = _parse(self.data, p)
                m = re.compile(rb"\s*stream\r?\n").match(self.data, p)
                if m and isinstance(o, dict):
                    ln = self.obj(o[Name("Length")])
                    raw = self.data[m.end():m.end() + ln]
                    if not self.data[m.end() + ln:m.end() + ln + 20].strip().startswith(b"endstream"):
                        raise ValueError("bad stream length in object %d" % n)
                    o = dict(o)
                    o["__stream__"] = raw
                self.cache[n] = o
            return self.cache[n]
        return x

    def stream(self, d):
        d = self.obj(d)
        raw = d["__stream__"]
        f = d.get(Name("Filter"))
        if f == "FlateDecode" or f == ["FlateDecode"]:
            raw = zlib.decompress(raw)
        return raw

    def pages(self):
        root = self.obj(self.trailer["Root"])
        out = []

        def walk(node):
            node = self.obj(node)
            if node.get("Type") == "Pages":
                for k in node["Kids"]:
                    walk(k)
            else:
                out.append(node)
        walk(root["Pages"])
        return out

    def info(self):
        inf = self.obj(self.trailer.get("Info"))
        return {k: _decode_pdfstring(v) for k, v in (inf or {}).items() if isinstance(v, bytes)}

    def _tounicode(self, font):
        font = self.obj(font)
        m = {}
        tu = font.get("ToUnicode")
        if tu is not None:
            cm = self.stream(tu).decode("latin-1")
            for blk in re.findall(r"beginbfchar(.*?)endbfchar", cm, re.S):
                for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
                    m[int(a, 16)] = bytes.fromhex(b).decode("utf-16-be")
            for blk in re.findall(r"beginbfrange(.*?)endbfrange", cm, re.S):
                for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
                    base = int(c, 16)
                    for k in range(int(a, 16), int(b, 16) + 1):
                        m[k] = chr(base + k - int(a, 16))
        two = font.get("Subtype") == "Type0"
        return m, two

    def text(self):
        pages_text = []
        for pg in self.pages():
            res = self.obj(pg.get("Resources", {}))
            fonts = {k: self._tounicode(v) for k, v in self.obj(res.get("Font", {})).items()}
            conts = pg["Contents"]
            conts = conts if isinstance(conts, list) else [conts]
            data = b"".join(self.stream(c) for c in conts)
            pos = 0
            stack = []
            cur = ({}, False)
            lines = []
            line = ""
            lasty = None
            while True:
                m = _TOK.match(data, pos)
                if not m or m.end() == pos:
                    break
                o, pos = _parse(data, pos)
                if isinstance(o, tuple) and o[0] == "op":
                    op = o[1]
                    if op == "Tf":
                        cur = fonts.get(stack[-2], ({}, False))
                    elif op in ("Tm",):
                        y = stack[-1]
                        if lasty is not None and abs(y - lasty) > 1:
                            lines.append(line)
                            line = ""
                        elif line:
                            line += " "
                        lasty = y
                    elif op in ("Td", "TD", "T*"):
                        lines.append(line)
                        line = ""
                    elif op in ("Tj", "'", '"', "TJ"):
                        arg = stack[-1]
                        parts = arg if isinstance(arg, list) else [arg]
                        for s in parts:
                            if isinstance(s, bytes):
                                cmap, two = cur
                                if two:
                                    line += "".join(cmap.get(int.from_bytes(s[i:i + 2], "big"), "\ufffd")
                                                    for i in range(0, len(s), 2))
                                else:
                                    line += "".join(cmap.get(b, chr(b)) for b in s)
                    stack = []
                else:
                    stack.append(o)
            lines.append(line)
            pages_text.append("\n".join(lines))
        return "\n\f".join(pages_text)

    def uris(self):
        out = []
        for pg in self.pages():
            for a in pg.get("Annots", []) or []:
                a = self.obj(a)
                act = self.obj(a.get("A"))
                if act and act.get("S") == "URI":
                    out.append(_decode_pdfstring(act["URI"]))
        return out

    def images(self):
        out = []
        for pg in self.pages():
            res = self.obj(pg.get("Resources", {}))
            for name, ref in self.obj(res.get("XObject", {})).items():
                x = self.obj(ref)
                if x.get("Subtype") == "Image":
                    data = self.stream(ref)
                    out.append((x["Width"], x["Height"], x["ColorSpace"], data))
        return out

    def attachments(self):
        root = self.obj(self.trailer["Root"])
        names = self.obj(root.get("Names", {}))
        ef = self.obj(names.get("EmbeddedFiles", {}))
        arr = ef.get("Names", [])
        out = []
        for i in range(0, len(arr), 2):
            fs = self.obj(arr[i + 1])
            out.append((_decode_pdfstring(arr[i]), self.stream(self.obj(fs["EF"])["F"])))
        return out
