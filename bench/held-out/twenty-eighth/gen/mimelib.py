"""Small, deterministic helpers to build raw RFC 5322 messages (stdlib only)."""
import base64, binascii, datetime, hashlib, html as _html, io, random, re, uuid, zipfile, zlib
from email.utils import format_datetime

CRLF = "\r\n"

# ---------------------------------------------------------------- bank data
def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)

def iban_ok(i):
    i = i.replace(" ", "")
    s = i[4:] + i[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1

def fmt_iban(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))

_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def it_bban(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for pos, ch in enumerate(s, 1):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _IT_ODD[v] if pos % 2 == 1 else v
    return chr(65 + tot % 26) + s

def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)
def es_bban(bank, branch, account):
    return bank + branch + "%d%d" % (_es_dc("00" + bank + branch), _es_dc(account)) + account

def pl_bban(bank7, account16):
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(a) * b for a, b in zip(bank7, w)) % 10) % 10
    return bank7 + str(c) + account16

def ru_account(bik, acc):
    """acc: 20 digits, position 9 (index 8) is replaced by the control key."""
    acc = acc[:8] + "0" + acc[9:]
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    tot = sum((int(a) * b) % 10 for a, b in zip(s, w))
    key = (tot % 10 * 3) % 10
    return acc[:8] + str(key) + acc[9:]

def ru_account_ok(bik, acc):
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    return sum((int(a) * b) % 10 for a, b in zip(s, w)) % 10 == 0

# ---------------------------------------------------------------- charsets
TRANSLIT = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u201a": "'",
            "\u2018": "'", "\u2019": "'", "\u20ac": "EUR", "\u2026": "...", "\u00ab": '"', "\u00bb": '"',
            "\u2116": "N", "\u2022": "*", "\u00a0": " ", "\u2192": "->", "\u00b7": "-", "\u2122": "(TM)"}

def fit(s, charset):
    out = []
    for ch in s:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            if ch not in TRANSLIT:
                raise ValueError("char %r not encodable in %s" % (ch, charset))
            out.append(TRANSLIT[ch])
    return "".join(out)

def enc_text(s, charset):
    return fit(s, charset).encode(charset)

def ew(s, charset="utf-8", mode="B"):
    """RFC 2047 encoded words (folded)."""
    if all(ord(c) < 128 for c in s):
        return s
    s = fit(s, charset)

    def mk(t):
        b = t.encode(charset)
        if mode == "B":
            p = base64.b64encode(b).decode()
        else:
            p = "".join(chr(x) if (x < 128 and (chr(x).isalnum() or chr(x) in "!*+-/")) else
                        ("_" if x == 32 else "=%02X" % x) for x in b)
        return "=?%s?%s?%s?=" % (charset, mode, p)
    words, cur = [], ""
    for ch in s:
        if cur and len(mk(cur + ch)) > 75:
            words.append(mk(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(mk(cur))
    return (CRLF + " ").join(words)

def fmt_addr(name, addr, charset="utf-8", mode="B"):
    if not name:
        return addr
    if any(ord(c) > 127 for c in name):
        return ew(name, charset, mode) + " <" + addr + ">"
    if any(c in name for c in '()<>[]:;@\\,."'):
        return '"' + name.replace('"', '\\"') + '" <' + addr + ">"
    return name + " <" + addr + ">"

def fmt_addrs(lst, charset="utf-8", mode="B"):
    return ("," + CRLF + " ").join(fmt_addr(n, a, charset, mode) for n, a in lst)

def encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    b = enc_text(text, charset)
    if cte == "quoted-printable":
        out = binascii.b2a_qp(b, istext=True)
    elif cte == "base64":
        out = base64.encodebytes(b)
    elif cte == "7bit":
        assert all(x < 128 for x in b), "7bit body with 8bit data"
        out = b
    elif cte == "8bit":
        out = b
    else:
        raise ValueError(cte)
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary

def text_part(text, subtype, charset, cte, label=None, flowed=False):
    label = label or charset
    ct = 'text/%s; charset="%s"' % (subtype, label)
    if flowed:
        ct = 'text/%s; charset=%s; format=flowed' % (subtype, label)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], encode_body(text, charset, cte))

def _fname_params(fn, style):
    if all(ord(c) < 128 for c in fn):
        return 'name="%s"' % fn, 'filename="%s"' % fn
    if style == "2047":
        e = ew(fn, "utf-8", "B").replace(CRLF + " ", "")
        return 'name="%s"' % e, 'filename="%s"' % e
    from urllib.parse import quote
    q = quote(fn.encode("utf-8"), safe="")
    return "name*=utf-8''" + q, "filename*=utf-8''" + q

def attach_part(fn, ctype, data, style="2231", inline=False, cid=None):
    n, f = _fname_params(fn, style)
    hd = [("Content-Type", "%s;%s\t%s" % (ctype, CRLF, n)),
          ("Content-Disposition", "%s;%s\t%s" % ("inline" if inline else "attachment", CRLF, f)),
          ("Content-Transfer-Encoding", "base64")]
    if cid:
        hd.append(("Content-ID", "<%s>" % cid))
    return Part(hd, base64.encodebytes(data).replace(b"\n", b"\r\n"))

def multipart(subtype, children, boundary, extra=""):
    return Part([("Content-Type", 'multipart/%s;%s\tboundary="%s"%s' % (subtype, CRLF, boundary, extra))],
                children=children, boundary=boundary)

def serialize_part(p, with_headers=True):
    out = b""
    if with_headers:
        for k, v in p.headers:
            out += ("%s: %s" % (k, v)).encode("ascii") + b"\r\n"
        out += b"\r\n"
    if p.children is None:
        return out + p.body
    B = p.boundary.encode()
    out += b"This is a multi-part message in MIME format.\r\n" if with_headers is None else b""
    for c in p.children:
        out += b"\r\n--" + B + b"\r\n" + serialize_part(c)
    out += b"\r\n--" + B + b"--\r\n"
    return out

# ---------------------------------------------------------------- html helpers
URL_RE = re.compile(r"(https?://[^\s<>\"]+)")

def auto_html(text, font="Calibri, Arial, sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        h = _html.escape(p, quote=False)
        h = URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), h)
        out.append("<p>" + h.replace("\n", "<br>\n") + "</p>")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n</head>\n'
            '<body style="font-family:%s;font-size:%s">\n%s\n</body>\n</html>\n' % (font, size, "\n".join(out)))

def strip_html(h):
    h = re.sub(r"(?is)<(style|head|script)[^>]*>.*?</\1>", "", h)
    h = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', lambda m: "%s [%s]" % (m.group(2), m.group(1)), h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|h\d|li)>", "\n\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = _html.unescape(h)
    h = re.sub(r"[ \t]+", " ", h)
    h = re.sub(r"\n\s*\n\s*\n+", "\n\n", h)
    return "\n".join(l.strip() for l in h.strip().split("\n")) + "\n"

# ---------------------------------------------------------------- documents
def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

def _pdf_text16(s):
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"

def make_pdf(lines, title="", author="", creator="Microsoft Word", producer="Microsoft: Print To PDF",
             date="D:20261103091500+01'00'", uri=None):
    """lines: list of str or (size, str). One A4 page, Helvetica, optional link annotation."""
    c = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 780 Td"]
    for ln in lines:
        size, t = (ln if isinstance(ln, tuple) else (11, ln))
        c.append(b"/F1 %d Tf " % size + _pdf_str(t) + b" Tj T*")
    c.append(b"ET")
    if uri:
        c += [b"0 0.35 0.7 rg", b"56 120 220 34 re f", b"BT /F1 13 Tf 1 1 1 rg 72 132 Td (Dokument / Document) Tj ET"]
    stream = zlib.compress(b"\n".join(c) + b"\n", 9)
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    annots = b" /Annots [7 0 R]" if uri else b""
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R" + annots + b" >>")
    objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title " + _pdf_text16(title) + b" /Author " + _pdf_text16(author) + b" /Creator " +
                _pdf_str(creator) + b" /Producer " + _pdf_str(producer) + b" /CreationDate (" + date.encode() + b") >>")
    if uri:
        objs.append(b"<< /Type /Annot /Subtype /Link /Rect [56 120 276 154] /Border [0 0 0] /A << /S /URI /URI " +
                    _pdf_str(uri) + b" >> >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = hashlib.md5(out).hexdigest().upper().encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, fid, fid, x)
    return out

def _zip(files, dt=(2026, 11, 2, 10, 0, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return bio.getvalue()

def make_zip(files, dt=(2026, 11, 2, 10, 0, 0)):
    return _zip(files, dt)

def _x(s):
    return _html.escape(str(s), quote=True)

def make_docx(paragraphs, title="", author="", dt=(2026, 11, 2, 10, 0, 0)):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % body)
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%04d-%02d-%02dT%02d:%02d:00Z</dcterms:created></cp:coreProperties>'
            % (_x(title), _x(author), dt[0], dt[1], dt[2], dt[3], dt[4]))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
                 ("word/document.xml", doc)], dt)

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def make_xlsx(rows, sheet="Tabelle1", author="", dt=(2026, 11, 2, 10, 0, 0)):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
          % "".join(xr))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>%s</dc:creator></cp:coreProperties>' % _x(author))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                 ("xl/worksheets/sheet1.xml", ws)], dt)

PDF_T = "application/pdf"
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ZIP_T = "application/x-zip-compressed"
