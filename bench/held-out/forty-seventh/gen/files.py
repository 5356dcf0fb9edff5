"""Inert attachment builders: ZIP (plain and ZipCrypto), text-only PDF,
SVG, ICS and small helpers.  No attachment contains working script or an
executable; archive members under dangerous names hold one line of text."""
import io
import struct
import zipfile
import zlib

import util

PLACEHOLDER = "INERT PLACEHOLDER - evaluation sample, no executable content.\r\n"


# ---------------------------------------------------------------- ZIP
def zip_plain(members, when=(2026, 10, 1, 9, 0, 0)):
    """members: list of (name, bytes|str)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        t.append(c)
    return t


_CRC = _crc_table()


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self._update(c)

    def _crc(self, c, b):
        return _CRC[(c ^ b) & 0xFF] ^ (c >> 8)

    def _update(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], k[1] >> 24)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def _dos_time(when):
    y, mo, d, h, mi, s = when
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_crypto(members, password, seed, when=(2026, 10, 1, 9, 0, 0)):
    """Traditional PKWARE (ZipCrypto) encrypted, deflated archive."""
    r = util.rng("zipcrypto", seed)
    pwd = password.encode("utf-8")
    local, central, off = b"", b"", 0
    dtime, ddate = _dos_time(when)
    for name, data in members:
        data = data.encode("utf-8") if isinstance(data, str) else data
        fname = name.encode("utf-8")
        flags = 0x0001 | (0x0800 if any(ord(c) > 127 for c in name) else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        header = bytes(r.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = _ZipCrypto(pwd).encrypt(header + comp)
        lh = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, dtime, ddate, crc,
                         len(enc), len(data), len(fname), 0) + fname
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, dtime, ddate,
                               crc, len(enc), len(data), len(fname), 0, 0, 0, 0, 0x20, off) + fname
        local += lh + enc
        off += len(lh) + len(enc)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members),
                      len(central), off, 0)
    return local + central + end


# ---------------------------------------------------------------- PDF
_TRANSLIT = str.maketrans({
    "ł": "l", "Ł": "L", "ś": "s", "Ś": "S", "ź": "z", "Ź": "Z", "ż": "z", "Ż": "Z", "ć": "c",
    "Ć": "C", "ń": "n", "Ń": "N", "ą": "a", "Ą": "A", "ę": "e", "Ę": "E", "ő": "o", "ű": "u",
    "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'",
    "č": "c", "ř": "r", "š": "s",
})


def _pdf_str(s):
    s = s.translate(_TRANSLIT)
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, title="", producer="Microsoft® Word für Microsoft 365", author="",
        created="20261001090000+02'00'", link=None):
    """A one- or multi-page text-only PDF.

    lines: list of str or (size, str) or (size, str, 'B') for bold.
    link:  optional (text, uri) rendered as an underlined line with a URI
           link annotation (a plain hyperlink, no JavaScript)."""
    pages, cur, y = [], [], 800
    items = list(lines)
    if link:
        items.append(("LINK", link))
    for it in items:
        if isinstance(it, str):
            it = (10, it)
        size = it[0] if it[0] != "LINK" else 11
        lh = size * 1.45 if it[0] != "LINK" else 22
        if y - lh < 50:
            pages.append(cur)
            cur, y = [], 800
        y -= lh
        cur.append((y, it))
    pages.append(cur)

    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    nxt = 5
    kids = []
    for pg in pages:
        ops, annots = [], []
        for y, it in pg:
            if it[0] == "LINK":
                text, uri = it[1]
                ops.append(b"BT /F2 11 Tf 0 0.27 0.6 rg 56 %d Td (%s) Tj ET 0 g" % (int(y), _pdf_str(text)))
                w = int(len(text) * 6.3)
                ops.append(b"0 0.27 0.6 RG 0.6 w 56 %d m %d %d l S" % (int(y) - 2, 56 + w, int(y) - 2))
                annots.append(b"<< /Type /Annot /Subtype /Link /Border [0 0 0] /Rect [56 %d %d %d] "
                              b"/A << /S /URI /URI (%s) >> >>" % (int(y) - 4, 56 + w, int(y) + 12,
                                                                  _pdf_str(uri)))
                continue
            size, text = it[0], it[1]
            font = b"/F2" if len(it) > 2 and it[2] == "B" else b"/F1"
            ops.append(b"BT %s %d Tf 56 %d Td (%s) Tj ET" % (font, size, int(y), _pdf_str(text)))
        content = b"\n".join(ops)
        cid = nxt
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
        nxt += 1
        annot_ids = []
        for a in annots:
            objs[nxt] = a
            annot_ids.append(nxt)
            nxt += 1
        pid = nxt
        nxt += 1
        ann = b""
        if annot_ids:
            ann = b" /Annots [" + b" ".join(b"%d 0 R" % i for i in annot_ids) + b"]"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R%s >>"
                     % (cid, ann))
        kids.append(pid)
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = nxt
    objs[info] = (b"<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (D:%s) >>"
                  % (_pdf_str(title), _pdf_str(author), _pdf_str(producer), created.encode()))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for i in range(1, n):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, info, xref)
    return bytes(out)


def pdf_check(data):
    """Verify header, xref offsets and trailer of a PDF made by pdf()."""
    assert data.startswith(b"%PDF-1.")
    sx = int(data[data.rindex(b"startxref") + 9:].split()[0])
    assert data[sx:sx + 4] == b"xref"
    lines = data[sx:].split(b"\n")
    count = int(lines[1].split()[1])
    for i in range(1, count):
        off = int(lines[2 + i][:10])
        assert data[off:].startswith(b"%d 0 obj" % i), i
    return count


# ---------------------------------------------------------------- other
def ics(uid, organizer, attendees, start, end, summary, location, description, dtstamp, method="REQUEST",
        tzid="W. Europe Standard Time", prodid="Microsoft Exchange Server 2010"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        out, b = [], line.encode("utf-8")
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b[cut:]
        out.append(b.decode())
        return "\r\n ".join(out)
    L = ["BEGIN:VCALENDAR", "METHOD:" + method, "PRODID:" + prodid, "VERSION:2.0",
         "BEGIN:VTIMEZONE", "TZID:" + tzid,
         "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
         "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
         "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT",
         "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, mail in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (cn, mail))
    L += ["DESCRIPTION;LANGUAGE=es-ES:" + esc(description),
          "UID:" + uid, "SUMMARY;LANGUAGE=es-ES:" + esc(summary),
          "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end),
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + dtstamp, "TRANSP:OPAQUE", "STATUS:CONFIRMED",
          "SEQUENCE:0", "LOCATION;LANGUAGE=es-ES:" + esc(location),
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
          "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(x) for x in L) + "\r\n").encode("utf-8")
