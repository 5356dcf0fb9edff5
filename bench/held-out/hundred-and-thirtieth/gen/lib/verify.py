"""Verification of every built message: parse, decode every part, check attachments,
QR payloads, IBANs and other check digits, DKIM body hashes, facts."""
import email
import email.policy
import io
import re
import zipfile
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

from . import checks, pdf, png, qr, mime, archive

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
URL_RE = re.compile(r"https?://[^\s\"'<>)\]]+")


class Fail(Exception):
    pass


def html_table_qr(html):
    """Decode a QR code drawn as an HTML table (one cell per module)."""
    tables = re.findall(r"<table[^>]*data-qr[^>]*>(.*?)</table>", html, re.S | re.I)
    out = []
    for t in tables:
        rows = re.findall(r"<tr[^>]*>(.*?)</tr>", t, re.S | re.I)
        matrix = []
        for r in rows:
            cells = re.findall(r"<td[^>]*bgcolor=\"?#?([0-9a-fA-F]{6})", r)
            matrix.append([c.lower() == "000000" or c.lower() == "111111" for c in cells])
        # strip quiet zone
        while matrix and not any(matrix[0]):
            matrix.pop(0)
        while matrix and not any(matrix[-1]):
            matrix.pop()
        left = min(row.index(True) for row in matrix if any(row))
        right = max(len(row) - 1 - row[::-1].index(True) for row in matrix if any(row))
        matrix = [row[left:right + 1] for row in matrix]
        out.append(qr.decode(matrix))
    return out


def _decode_images_from(data, ctype, name):
    res = []
    if ctype == "image/png":
        w, h, rows = png.read(data)
        try:
            res.append(qr.decode(qr.sample(rows)))
        except Exception:
            pass
    elif ctype == "application/pdf":
        for im in pdf.extract_images(data):
            try:
                res.append(qr.decode(qr.sample(im)))
            except Exception:
                pass
    return res


def check_message(raw, m=None, depth=0):
    """Return dict with texts, urls, qr payloads, attachment names. Raise Fail on problems."""
    info = {"texts": [], "qr": [], "uris": [], "attachments": [], "zip_names": []}
    for i, line in enumerate(raw.split(b"\n")):
        if len(line) > 998:
            raise Fail("line %d longer than 998 octets" % i)
    head = raw.split(b"\n\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        raise Fail("non-ASCII octets in header block")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if depth == 0:
        for h in ("Return-Path", "Received", "Message-ID", "Date", "From", "To", "Subject", "MIME-Version"):
            if msg.get(h) is None:
                raise Fail("missing header %s" % h)
        rec = msg.get_all("Received")
        if "by mx01.example.com (Postfix)" not in str(rec[0]):
            raise Fail("top Received is not mx01")
        d = parsedate_to_datetime(str(msg["Date"]))
        if not (d.year == 2026 and d.month in (10, 11, 12)):
            raise Fail("Date outside Oct-Dec 2026: %s" % msg["Date"])
        rd = parsedate_to_datetime(str(rec[0]).rsplit(";", 1)[1].strip())
        if rd < d:
            raise Fail("mx01 received before Date header")
        # every Received line has a parseable date and they are in order (top newest)
        prev = None
        for r in rec:
            r = str(r)
            if ";" not in r:
                continue
            ds = re.sub(r"\s+", " ", r.rsplit(";", 1)[1]).strip()
            ds = re.sub(r"(\d\d:\d\d:\d\d)\.\d+", r"\1", ds)
            try:
                dt = parsedate_to_datetime(ds)
            except (TypeError, ValueError):
                raise Fail("unparseable Received date: %r" % ds)
            if prev is not None and dt > prev:
                raise Fail("Received chain not in order: %s" % r[:80])
            prev = dt
        # DKIM body hashes
        body = raw.split(b"\n\n", 1)[1]
        for sig in msg.get_all("DKIM-Signature") or []:
            s = re.sub(r"\s+", "", str(sig))
            c = re.search(r"c=([a-z/]+);", s).group(1)
            bh = re.search(r"bh=([A-Za-z0-9+/=]+);", s).group(1)
            canon = c.split("/")[1] if "/" in c else "simple"
            if mime.body_hash(body, canon) != bh:
                raise Fail("DKIM bh mismatch for %s" % re.search(r"d=([^;]+);", s).group(1))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        if ctype == "message/rfc822":
            inner = part.get_payload()
            inner_raw = inner[0].as_bytes() if isinstance(inner, list) else part.get_payload(decode=True)
            sub = check_message(inner_raw if isinstance(inner_raw, bytes) else bytes(inner_raw), None, depth + 1)
            for k in info:
                info[k] += sub[k]
            info["attachments"].append(fn or "(forwarded message)")
            continue
        data = part.get_payload(decode=True)
        if data is None:
            raise Fail("part without payload")
        if cte == "base64":
            import base64
            raw_b64 = part.get_payload(decode=False)
            base64.b64decode(re.sub(r"\s+", "", raw_b64), validate=True)
        if ctype.startswith("text/") and not fn:
            cs = part.get_content_charset() or "us-ascii"
            try:
                txt = data.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                raise Fail("cannot decode %s part as %s: %s" % (ctype, cs, e))
            info["texts"].append(txt)
            if ctype == "text/html":
                try:
                    info["qr"] += html_table_qr(txt)
                except Exception as e:
                    raise Fail("HTML QR table does not decode: %s" % e)
            if ctype == "text/calendar":
                if "BEGIN:VCALENDAR" not in txt or "END:VCALENDAR" not in txt:
                    raise Fail("bad calendar")
            continue
        info["attachments"].append(fn or ctype)
        low = (fn or "").lower()
        if ctype == "application/pdf" or low.endswith(".pdf"):
            pdf.check_structure(data)
            info["uris"] += pdf.extract_uris(data)
            info["texts"].append(pdf.extract_text(data))
            info["qr"] += _decode_images_from(data, "application/pdf", fn)
        elif ctype.startswith("image/png"):
            info["qr"] += _decode_images_from(data, "image/png", fn)
        elif ctype in ("image/jpeg",):
            if not data.startswith(b"\xff\xd8"):
                raise Fail("bad jpeg")
        elif low.endswith((".zip",)):
            zf = zipfile.ZipFile(io.BytesIO(data))
            pwd = None
            if m is not None:
                pwd = m.zip_passwords.get(fn) if hasattr(m, "zip_passwords") else None
            for zi in zf.infolist():
                info["zip_names"].append(zi.filename)
                content = zf.read(zi, pwd=pwd.encode() if pwd and zi.flag_bits & 1 else None)
                if zi.filename.lower().endswith(".pdf"):
                    pdf.check_structure(content)
                    info["uris"] += pdf.extract_uris(content)
                    info["texts"].append(pdf.extract_text(content))
                elif zi.filename.lower().endswith((".txt", ".url", ".lnk", ".js", ".vbs", ".scr", ".exe", ".hta", ".bat", ".cmd")):
                    info["texts"].append(content.decode("utf-8", "replace"))
        elif low.endswith((".xlsx", ".docx")):
            zf = zipfile.ZipFile(io.BytesIO(data))
            for n in zf.namelist():
                if n.endswith((".xml", ".rels")):
                    ET.fromstring(zf.read(n))
            for n in zf.namelist():
                if n in ("xl/sharedStrings.xml", "word/document.xml"):
                    info["texts"].append(re.sub(r"<[^>]+>", " ", zf.read(n).decode("utf-8")))
        elif low.endswith((".img", ".iso")):
            files = archive.iso_list(data)
            if not files:
                raise Fail("ISO without Joliet files")
            for n, c in files:
                info["zip_names"].append(n)
                if n.lower().endswith(".pdf"):
                    pdf.check_structure(c)
                    info["texts"].append(pdf.extract_text(c))
                else:
                    info["texts"].append(c.decode("utf-8", "replace"))
        elif low.endswith(".svg"):
            ET.fromstring(data)
            info["texts"].append(data.decode("utf-8"))
        elif low.endswith((".xml",)):
            ET.fromstring(data)
            info["texts"].append(data.decode("utf-8"))
        elif low.endswith((".htm", ".html", ".ics", ".txt", ".csv")) or ctype.startswith("text/"):
            cs = part.get_content_charset() or "utf-8"
            info["texts"].append(data.decode(cs))
            if low.endswith((".htm", ".html")):
                info["qr"] += html_table_qr(data.decode(cs))
        elif low.endswith(".eml"):
            sub = check_message(data, None, depth + 1)
            for k in info:
                info[k] += sub[k]
    return info


NS_SKIP = ("http://www.w3.org/", "http://schemas.microsoft.com/", "http://schemas.openxmlformats.org/",
           "http://purl.org/", "https://www.w3.org/", "http://ns.adobe.com/", "urn:")


def extract_urls(info):
    """URLs a reader could follow: plain text, href/src values and visible HTML text, PDF link
    annotations, QR payloads. XML namespace identifiers are not links."""
    found = []
    for t in info["texts"]:
        if "<" in t and ("</" in t or "/>" in t):
            vals = re.findall(r'(?:href|src|action|xlink:href)\s*=\s*"([^"]+)"', t, re.I)
            vals += URL_RE.findall(re.sub(r"<[^>]+>", " ", t))
        else:
            vals = URL_RE.findall(t)
        for v in vals:
            v = v.replace("&amp;", "&").rstrip(".,;:")
            if v.startswith(("http://", "https://")) and not v.startswith(NS_SKIP):
                found.append(v)
    for u in info["uris"]:
        found.append(u)
    for q in info["qr"]:
        s = q.decode("utf-8", "replace")
        if s.startswith(("http://", "https://")):
            found.append(s)
    out = []
    for u in found:
        if u not in out:
            out.append(u)
    return out


def text_blob(info):
    return "\n".join(info["texts"] + info["uris"] + [q.decode("utf-8", "replace") for q in info["qr"]])


def verify(m):
    """Full verification of one built message object."""
    info = check_message(m.raw, m)
    blob = text_blob(info)
    flat = re.sub(r"\s+", "", blob)
    for payload, where in m.qr_expect:
        pb = payload.encode("utf-8") if isinstance(payload, str) else payload
        if pb not in info["qr"]:
            raise Fail("QR payload not decoded from %s: %r" % (where, payload[:60]))
    for iban, who in m.facts["ibans"]:
        if not checks.iban_ok(iban):
            raise Fail("IBAN check failed: %s" % iban)
        if iban not in flat and not (iban.startswith("PL") and iban[2:] in flat):
            raise Fail("IBAN %s not present in message content" % iban)
    for mt in IBAN_RE.finditer(blob):
        cand = mt.group(1).replace(" ", "")
        if cand[:2] in checks.IBAN_LEN and len(cand) == checks.IBAN_LEN[cand[:2]]:
            if not checks.iban_ok(cand):
                raise Fail("invalid IBAN in content: %s" % cand)
            if cand not in [i for i, _ in m.facts["ibans"]]:
                raise Fail("IBAN %s in content but not in facts" % cand)
    urls = extract_urls(info)
    for u in m.facts["urls"]:
        if u not in urls:
            raise Fail("URL in facts not found in content: %s" % u)
    for u in urls:
        if u not in m.facts["urls"]:
            raise Fail("URL in content not listed in facts: %s" % u)
    for p in m.facts["phones"]:
        if re.sub(r"\D", "", p) not in re.sub(r"\D", "", blob):
            raise Fail("phone %s not in content" % p)
    for w in m.facts["wallets"]:
        if w.startswith("bc1") and not checks.bech32_ok(w):
            raise Fail("bech32 checksum wrong: %s" % w)
        if w not in blob:
            raise Fail("wallet not in content")
    for kind, val in m.facts["ids"]:
        if kind.startswith("RF") and not checks.rf_ok(val):
            raise Fail("RF reference check failed: %s" % val)
        if kind.startswith("RF") and val.replace(" ", "") not in flat:
            raise Fail("RF reference not in content: %s" % val)
    for kind, val, ok in m.facts["accounts"]:
        if not ok:
            raise Fail("account check failed: %s" % val)
    for fn in getattr(m, "expect_attachments", []):
        if fn not in info["attachments"] + info["zip_names"]:
            raise Fail("expected attachment %s missing" % fn)
    return info
