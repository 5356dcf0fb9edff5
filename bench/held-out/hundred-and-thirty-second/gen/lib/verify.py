"""Verification of the generated set: parse, decode, check identifiers and QR payloads."""
import email
import email.policy
import email.utils
import html as _html
import io
import re
import wave
import xml.etree.ElementTree as ET
import zipfile

from . import pdf, png, qr, util

URL_RE = re.compile(r"https?://[^\s<>\"'\)\]\}\\|]+", re.I)
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
RCV_TOP = re.compile(r"^from (\S+) \((\S+) \[([0-9a-fA-F:.]+)\]\)")


class VerifyError(Exception):
    pass


def clean_url(u):
    u = _html.unescape(u)
    while u and u[-1] in ".,;:!?»”“'\"*":
        u = u[:-1]
    return u


def bech32_ok(addr):
    CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    if not addr.lower().startswith("bc1"):
        return True
    hrp, data = "bc", addr[3:]
    try:
        vals = [CHARSET.index(c) for c in data.lower()]
    except ValueError:
        return False
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]

    def polymod(values):
        chk = 1
        for v in values:
            b = chk >> 25
            chk = (chk & 0x1ffffff) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if ((b >> i) & 1) else 0
        return chk

    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = polymod(exp + vals)
    return pm in (1, 0x2bc830a3)


def iso_listing(data):
    S = 2048
    if data[16 * S + 1:16 * S + 6] != b"CD001":
        raise VerifyError("ISO: no primary volume descriptor")
    names = []
    for vd in (16, 17):
        d = data[vd * S:(vd + 1) * S]
        if d[0] not in (1, 2):
            continue
        root = d[156:190]
        lba = int.from_bytes(root[2:6], "little")
        size = int.from_bytes(root[10:14], "little")
        blk = data[lba * S:lba * S + size]
        pos = 0
        while pos < len(blk) and blk[pos]:
            ln = blk[pos]
            rec = blk[pos:pos + ln]
            nl = rec[32]
            nm = rec[33:33 + nl]
            flags = rec[25]
            flba = int.from_bytes(rec[2:6], "little")
            fsize = int.from_bytes(rec[10:14], "little")
            if nm not in (b"\x00", b"\x01"):
                name = nm.decode("utf-16-be") if d[0] == 2 else nm.decode("ascii")
                names.append((name, flags, data[flba * S:flba * S + fsize]))
            pos += ln
    return names


def ooxml_text(zf):
    texts = []
    urls = []
    for n in zf.namelist():
        if n.endswith(".xml") or n.endswith(".rels"):
            raw = zf.read(n)
            root = ET.fromstring(raw)
            for el in root.iter():
                tag = el.tag.split("}")[-1]
                if tag == "t" and el.text:
                    texts.append(el.text)
                if tag == "Relationship" and el.get("TargetMode") == "External":
                    urls.append(el.get("Target"))
    return "\n".join(texts), urls


class Collected:
    def __init__(self):
        self.text = []
        self.urls = []
        self.qr = []
        self.attachments = []
        self.notes = []


def inspect_bytes(fn, ctype, data, col, passwords, depth=0):
    low = (fn or "").lower()
    if ctype == "application/pdf" or low.endswith(".pdf"):
        if not data.startswith(b"%PDF-"):
            raise VerifyError("%s: not a PDF" % fn)
        text, images, uris, files = pdf.extract(data)
        col.text.append(text)
        col.urls.extend(uris)
        for (w, h, cs, raw) in images:
            if cs == "DeviceGray":
                rows = [raw[i * w:(i + 1) * w] for i in range(h)]
                col.qr.append(qr.decode_raster(w, h, rows).decode("utf-8"))
        for f in files:
            root = ET.fromstring(f)
            col.text.append("\n".join(t.strip() for t in root.itertext() if t.strip()))
        return
    if ctype == "image/png" or low.endswith(".png"):
        w, h, rows = png.read_gray(data)
        try:
            col.qr.append(qr.decode_raster(w, h, rows).decode("utf-8"))
        except Exception:
            pass
        return
    if low.endswith((".docx", ".xlsx")):
        zf = zipfile.ZipFile(io.BytesIO(data))
        if zf.testzip() is not None:
            raise VerifyError("%s: bad zip member" % fn)
        t, u = ooxml_text(zf)
        col.text.append(t)
        col.urls.extend(u)
        return
    if low.endswith(".zip") or ctype in ("application/zip", "application/x-zip-compressed"):
        zf = zipfile.ZipFile(io.BytesIO(data))
        enc = any(i.flag_bits & 1 for i in zf.infolist())
        pwd = None
        if enc:
            pwd = passwords.get(fn)
            if not pwd:
                raise VerifyError("%s: encrypted ZIP without declared password" % fn)
            zf.setpassword(pwd.encode("utf-8"))
        if zf.testzip() is not None:
            raise VerifyError("%s: ZIP CRC error" % fn)
        col.notes.append("zip %s: %s%s" % (fn, ", ".join(zf.namelist()), " (encrypted, password %s)" % pwd if pwd else ""))
        for info in zf.infolist():
            inner = zf.read(info)
            col.attachments.append(info.filename)
            inspect_bytes(info.filename, "", inner, col, passwords, depth + 1)
        return
    if low.endswith((".iso", ".img")):
        for name, flags, content in iso_listing(data):
            col.attachments.append(name)
            inspect_bytes(name, "", content, col, passwords, depth + 1)
        return
    if low.endswith(".wav"):
        w = wave.open(io.BytesIO(data))
        if w.getnframes() <= 0:
            raise VerifyError("empty wav")
        return
    if low.endswith(".svg"):
        txt = data.decode("utf-8")
        ET.fromstring(data)
        if "<script" in txt.lower():
            raise VerifyError("%s: script in SVG" % fn)
        col.text.append(_html.unescape(re.sub(r"<[^>]+>", " ", txt)))
        col.urls.extend(re.findall(r'href="([^"]+)"', txt))
        return
    if low.endswith((".htm", ".html", ".shtml")):
        txt = data.decode("utf-8")
        if "<script" in txt.lower():
            raise VerifyError("%s: script in HTML attachment" % fn)
        col.urls.extend(_html.unescape(u) for u in re.findall(r'(?:href|src|action)="([^"]+)"', txt))
        vis = re.sub(r"(?s)<(style|head)[^>]*>.*?</\1>", " ", txt)
        col.text.append(_html.unescape(re.sub(r"<[^>]+>", " ", vis)))
        return
    if low.endswith(".xml"):
        root = ET.fromstring(data)
        col.text.append("\n".join(t.strip() for t in root.itertext() if t.strip()))
        return
    if low.endswith((".ics", ".txt", ".csv", ".url")) or ctype.startswith("text/"):
        txt = data.decode("utf-8")
        if low.endswith(".ics") and not (txt.startswith("BEGIN:VCALENDAR") and txt.rstrip().endswith("END:VCALENDAR")):
            raise VerifyError("bad ics")
        col.text.append(txt)
        return
    if low.endswith(".eml"):
        walk_message(email.message_from_bytes(data, policy=email.policy.default), col, passwords, depth + 1)
        return
    # other binary (p7s, lnk placeholders, dat): nothing to decode
    col.notes.append("binary %s (%d bytes)" % (fn, len(data)))


def walk_message(msg, col, passwords, depth=0):
    if msg.defects:
        raise VerifyError("message defects: %r" % msg.defects)
    for part in msg.walk():
        if part.defects:
            raise VerifyError("part defects: %r" % part.defects)
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        payload = part.get_payload(decode=True)
        fn = part.get_filename()
        if ct == "text/calendar":
            ics = payload.decode(part.get_content_charset() or "utf-8")
            if not (ics.startswith("BEGIN:VCALENDAR") and ics.rstrip().endswith("END:VCALENDAR")):
                raise VerifyError("bad text/calendar part")
            col.text.append(ics.replace("\r\n ", "").replace("\n ", "").replace("\\n", "\n").replace("\\,", ","))
            continue
        if ct.startswith("text/") and not fn:
            cs = part.get_content_charset() or "us-ascii"
            txt = payload.decode(cs)  # strict
            if ct == "text/html":
                col.urls.extend(_html.unescape(u) for u in re.findall(r'(?:href|src|action)="([^"]+)"', txt))
                vis = re.sub(r"(?s)<(style|head)[^>]*>.*?</\1>", " ", txt)
                col.text.append(_html.unescape(re.sub(r"<[^>]+>", " ", vis)))
            else:
                col.text.append(txt)
            continue
        col.attachments.append(fn or ct)
        inspect_bytes(fn, ct, payload, col, passwords, depth)


def structure(msg):
    def desc(p):
        ct = p.get_content_type()
        if p.is_multipart() and ct != "message/rfc822":
            return "%s[%s]" % (ct.split("/")[1], ", ".join(desc(s) for s in p.iter_parts()))
        fn = p.get_filename()
        if ct == "message/rfc822":
            inner = p.get_payload()
            inner = inner[0] if isinstance(inner, list) else inner
            return "message/rfc822%s{%s}" % (' "%s"' % fn if fn else "", desc(inner))
        if fn:
            return '%s "%s"' % (ct, fn)
        return ct
    return desc(msg)


def body_encodings(msg):
    cs, cte = [], []
    for p in msg.walk():
        if p.get_content_type() in ("text/plain", "text/html") and not p.get_filename():
            cs.append("%s:%s" % (p.get_content_subtype(), p.get_content_charset() or "us-ascii"))
            cte.append("%s:%s" % (p.get_content_subtype(), p.get("Content-Transfer-Encoding", "7bit").lower()))
            if len(cs) >= 2:
                break
    return " / ".join(cs), " / ".join(cte)


def verify_record(rec, raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("Return-Path", "Received", "Message-ID", "Date", "From", "To", "Subject", "MIME-Version"):
        if msg[h] is None:
            raise VerifyError("%s: missing %s" % (rec["name"], h))
    for line in raw.split(b"\n"):
        if len(line) > 998:
            raise VerifyError("%s: line longer than 998 octets" % rec["name"])
    hdr_end = raw.index(b"\n\n")
    try:
        raw[:hdr_end].decode("ascii")
    except UnicodeDecodeError:
        raise VerifyError("%s: 8-bit data in header block" % rec["name"])
    rcv = msg.get_all("Received")
    top = " ".join(str(rcv[0]).split())
    mo = RCV_TOP.match(top)
    conn = rec["mail"].conn
    if not mo or "by mx01.example.com (Postfix)" not in top:
        raise VerifyError("%s: top Received is not mx01's: %s" % (rec["name"], top[:120]))
    if (mo.group(1), mo.group(2), mo.group(3)) != (conn["helo"], conn.get("rdns") or "unknown", conn["ip"]):
        raise VerifyError("%s: top Received does not match connection" % rec["name"])
    # Received dates must not go backwards (bottom -> top)
    times = []
    for r_ in rcv:
        s = " ".join(str(r_).split())
        if ";" in s:
            d = s.rsplit(";", 1)[1].strip()
            d = re.sub(r"\s*\([A-Z]+\)$", "", d)
            try:
                times.append(email.utils.parsedate_to_datetime(d))
            except (TypeError, ValueError):
                pass
    for a, b in zip(times, times[1:]):
        if (a - b).total_seconds() < -1:
            raise VerifyError("%s: Received chain goes back in time (%s < %s)" % (rec["name"], a, b))
    dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if not (dt.year == 2026 and dt.month in (10, 11, 12)):
        raise VerifyError("%s: Date outside Oct-Dec 2026" % rec["name"])
    if times and (times[0] - dt).total_seconds() < -1:
        raise VerifyError("%s: mx01 received before Date" % rec["name"])
    col = Collected()
    passwords = {k: v for k, v in (x.split("=", 1) for x in rec.get("zip_passwords", []))}
    walk_message(msg, col, passwords)
    alltext = "\n".join(col.text)
    urls = []
    for u in col.urls + URL_RE.findall(alltext):
        cu = clean_url(u)
        if cu.startswith("http") and cu not in urls:
            urls.append(cu)
    ibans = []
    for mo_ in IBAN_RE.finditer(alltext):
        cand = mo_.group(1).replace(" ", "")
        cc = cand[:2]
        if cc in util.IBAN_LEN:
            cand = cand[:util.IBAN_LEN[cc]]
            if len(cand) != util.IBAN_LEN[cc]:
                continue
            if not util.iban_valid(cand):
                raise VerifyError("%s: IBAN fails mod-97: %s" % (rec["name"], cand))
            if cand not in ibans:
                ibans.append(cand)
    flat = re.sub(r"[\s\u00a0\-./()]", "", alltext)
    for ph in rec["phones"]:
        if re.sub(r"[\s\u00a0\-./()]", "", ph) not in flat:
            raise VerifyError("%s: declared phone %s not found" % (rec["name"], ph))
    for w in rec["wallets"]:
        if w not in alltext:
            raise VerifyError("%s: declared wallet not found" % rec["name"])
        if not bech32_ok(w):
            raise VerifyError("%s: wallet checksum invalid" % rec["name"])
    if sorted(col.qr) != sorted(rec["qr"]):
        raise VerifyError("%s: QR payload mismatch: decoded %r, intended %r" % (rec["name"], col.qr, rec["qr"]))
    for o in rec.get("must_contain", []):
        if o not in alltext:
            raise VerifyError("%s: expected text not found: %s" % (rec["name"], o))
    cs, cte = body_encodings(msg)
    return dict(urls=urls, ibans=ibans, structure=structure(msg), charset=cs, cte=cte, notes=col.notes,
                attachments=col.attachments)
