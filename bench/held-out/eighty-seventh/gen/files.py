"""Inert attachment builders: text-only PDF, ZIP (plain and ZipCrypto),
SVG, HTML, iCalendar and simple PNG images.  Standard library only."""
import hashlib
import io
import random
import struct
import unicodedata
import zipfile
import zlib

from qrgen import png_rgb

PLACEHOLDER = ("INERT PLACEHOLDER - evaluation sample, not an executable, "
               "contains no code.\r\n")

# ---------------------------------------------------------------- PDF -----

_TRANS = {"ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "ø": "o", "Ø": "O",
          "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'",
          "’": "'", "‘": "'", "…": "...", "€": "EUR", "№": "No."}


def pdf_safe(s):
    """Map a line to what WinAnsiEncoding can show (Latin-1 + cp1252)."""
    out = []
    for ch in s:
        if ch in "€„“”‚’‘–—…":
            out.append(ch)
            continue
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if ch in _TRANS:
            out.append(_TRANS[ch])
            continue
        d = unicodedata.normalize("NFKD", ch)
        d = "".join(c for c in d if not unicodedata.combining(c))
        try:
            d.encode("cp1252")
            out.append(d)
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def _pdf_str(s):
    b = pdf_safe(s).encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(lines, title="Document", author="", producer="", creator="",
        created="20261103094700+01'00'"):
    """lines: list of str.  '# ' prefix = heading, '## ' = bold line,
    '---' = rule, '' = blank line.  Returns bytes of a valid PDF 1.4."""
    pages = []
    cur = []
    y = 790
    for ln in lines:
        step = 22 if ln.startswith("# ") else 14
        if y - step < 60:
            pages.append(cur)
            cur = []
            y = 790
        cur.append((ln, y))
        y -= step
    pages.append(cur)

    objs = []          # list of bytes, object i+1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
             b"/Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
             b"/Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        cs = []
        for ln, yy in pg:
            if ln == "---":
                cs.append(b"0.5 w 50 %d m 545 %d l S" % (yy + 4, yy + 4))
                continue
            if ln.startswith("# "):
                font, size, txt = b"/F2", 15, ln[2:]
            elif ln.startswith("## "):
                font, size, txt = b"/F2", 10, ln[3:]
            else:
                font, size, txt = b"/F1", 10, ln
            if not txt:
                continue
            cs.append(b"BT " + font + b" %d Tf 50 %d Td " % (size, yy) +
                      _pdf_str(txt) + b" Tj ET")
        raw = b"\n".join(cs)
        comp = zlib.compress(raw, 9)
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" %
                      len(comp) + comp + b"\nendstream")
        page = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                   b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> "
                   b"/Contents %d 0 R >>" % (pages_id, f1, f2, content))
        kids.append(page)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" +
                          b" ".join(b"%d 0 R" % k for k in kids) +
                          b"] /Count %d >>" % len(kids))
    info = add(b"<< /Title " + _pdf_str(title) +
               (b" /Author " + _pdf_str(author) if author else b"") +
               (b" /Creator " + _pdf_str(creator) if creator else b"") +
               (b" /Producer " + _pdf_str(producer) if producer else b"") +
               b" /CreationDate (D:" + created.encode() + b") >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + b + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    fid = hashlib.md5(("".join(lines) + title).encode()).hexdigest().upper()
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
              % (len(objs) + 1, cat, info, fid.encode(), fid.encode()))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


# ---------------------------------------------------------------- ZIP -----

def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def zip_plain(entries, date_time=(2026, 11, 3, 9, 12, 0)):
    """entries: list of (name, bytes)"""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as zf:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            zf.writestr(zi, data)
    return bio.getvalue()


_CRCTAB = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self._upd(c)

    def _crc(self, crc, b):
        return _CRCTAB[(crc ^ b) & 0xff] ^ (crc >> 8)

    def _upd(self, c):
        k = self.k
        k[0] = self._crc(k[0], c)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xff)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self._upd(p)
        return bytes(out)


def zip_crypto(entries, password, seed, date_time=(2026, 11, 3, 9, 12, 0)):
    """Traditional PKWARE (ZipCrypto) encrypted ZIP, deflate.  The 12-byte
    encryption headers come from a seeded PRNG so output is reproducible."""
    rng = random.Random(seed)
    pwd = password.encode("utf-8")
    dtime, ddate = _dos_time(date_time)
    out = io.BytesIO()
    central = []
    for name, data in entries:
        nb = name.encode("utf-8")
        flags = 0x0001 | (0x0800 if any(ord(c) > 127 for c in name) else 0)
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(pwd)
        hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        payload = zc.enc(hdr) + zc.enc(comp)
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, flags, 8, dtime,
                              ddate, crc, len(payload), len(data), len(nb), 0))
        out.write(nb)
        out.write(payload)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20,
                                   flags, 8, dtime, ddate, crc, len(payload),
                                   len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb)
    cd_off = out.tell()
    for c in central:
        out.write(c)
    cd_len = out.tell() - cd_off
    out.write(struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(central),
                          len(central), cd_len, cd_off, 0))
    return out.getvalue()


# ------------------------------------------------------------ images -----

def logo_png(seed, w=160, h=44, color=(180, 110, 40), color2=(60, 40, 20)):
    """A simple abstract company-logo placeholder (wheat-ear bars)."""
    rng = random.Random(seed)
    rows = []
    bars = [(12 + i * 9, rng.randrange(10, 30)) for i in range(5)]
    for y in range(h):
        row = []
        for x in range(w):
            px = (255, 255, 255)
            for bx, bh in bars:
                if bx <= x < bx + 5 and h - 8 - bh <= y < h - 8:
                    px = color
            if 70 <= x < w - 10 and 16 <= y < 28 and (x // 7) % 2 == 0:
                px = color2
            if y >= h - 6 and x < w - 10:
                px = color
            row.append(px)
        rows.append(row)
    return png_rgb(rows)


def photo_png(seed, w=240, h=180):
    """A deterministic pseudo-photo (plate with a cake slice)."""
    rng = random.Random(seed)
    rows = []
    cx, cy = w // 2, h // 2
    for y in range(h):
        row = []
        for x in range(w):
            n = rng.randrange(-8, 9)
            dx, dy = (x - cx) / (w * 0.42), (y - cy) / (h * 0.42)
            r2 = dx * dx + dy * dy
            if r2 < 1:
                base = (235, 232, 226)
                if abs(dx) < 0.45 and -0.35 < dy < 0.3 and dy > -0.35 + abs(dx) * 0.2:
                    base = (200, 160, 110) if (int(dy * 20) % 4) else (110, 60, 40)
                    if dx > 0.1 and dy < -0.05 and dy > -0.25:
                        base = (120, 130, 90)   # the green mouldy spot
            else:
                base = (150, 120, 95)
            row.append(tuple(max(0, min(255, c + n)) for c in base))
        rows.append(row)
    return png_rgb(rows)


# ----------------------------------------------------------------- ICS ----

def ics(uid, organizer, attendees, summary, dtstart, dtend, tzid,
        location, description, stamp):
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST",
             "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:" + tzid, "BEGIN:STANDARD",
             "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
             "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000",
             "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
             "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, addr in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     "RSVP=TRUE;CN=%s:mailto:%s" % (cn, addr))
    desc = description.replace("\\", "\\\\").replace(";", "\\;") \
        .replace(",", "\\,").replace("\n", "\\n")
    lines += ["DESCRIPTION;LANGUAGE=en-GB:" + desc,
              "UID:" + uid, "SUMMARY;LANGUAGE=en-GB:" + summary,
              "DTSTART;TZID=%s:%s" % (tzid, dtstart),
              "DTEND;TZID=%s:%s" % (tzid, dtend), "CLASS:PUBLIC",
              "PRIORITY:5", "DTSTAMP:" + stamp, "TRANSP:OPAQUE",
              "STATUS:CONFIRMED", "SEQUENCE:0",
              "LOCATION;LANGUAGE=en-GB:" + location,
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        b = ln
        first = True
        while len(b.encode("utf-8")) > 74:
            cut = 74 if first else 73
            while len(b[:cut].encode("utf-8")) > (74 if first else 73):
                cut -= 1
            folded.append(("" if first else " ") + b[:cut])
            b = b[cut:]
            first = False
        folded.append(("" if first else " ") + b)
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")


def svg_link_page(title_lines, link, brand="#0078d4", button="Play message"):
    """Static SVG (no script): text plus a hyperlink."""
    y = 90
    parts = []
    for t in title_lines:
        t = t.replace("&", "&amp;").replace("<", "&lt;")
        parts.append('<text x="40" y="%d" font-family="Segoe UI,Arial" '
                     'font-size="16" fill="#323130">%s</text>' % (y, t))
        y += 26
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" width="520" height="%d" '
            'viewBox="0 0 520 %d">\n'
            '<rect width="520" height="%d" fill="#ffffff" stroke="#e1dfdd"/>\n'
            '<rect width="520" height="48" fill="%s"/>\n'
            '<text x="40" y="31" font-family="Segoe UI,Arial" font-size="18" '
            'fill="#ffffff">Microsoft Teams</text>\n%s\n'
            '<a xlink:href="%s" href="%s" target="_blank">'
            '<rect x="40" y="%d" width="200" height="40" rx="4" fill="%s"/>'
            '<text x="62" y="%d" font-family="Segoe UI,Arial" font-size="15" '
            'fill="#ffffff">%s</text></a>\n</svg>\n'
            % (y + 90, y + 90, y + 90, brand, "\n".join(parts), link, link,
               y + 10, brand, y + 36, button)).encode("utf-8")
