"""Independent checks on the generated .eml files: MIME parse without
defects, every part decodes, attachments open (PDF objects, ZIP/ZipCrypto,
OOXML XML, ISO 9660/Joliet, PNG), QR codes decode to the intended payload,
IBAN/tax-ID check digits, and every recorded fact occurs in the message."""
import email
import email.policy
import html
import io
import re
import struct
import zipfile
import zlib
import datetime as dt
import xml.etree.ElementTree as ET

from . import ids, qr, png, containers

LANG_ORDER = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


class Fail(Exception):
    pass


# ------------------------------------------------------------------ PDF

def _pdf_objects(data):
    m = re.search(rb"startxref\s+(\d+)", data[-64:])
    if not m:
        raise Fail("PDF: no startxref")
    xref = int(m.group(1))
    if data[xref:xref + 4] != b"xref":
        raise Fail("PDF: startxref does not point at xref")
    lines = data[xref:].split(b"\n")
    first, count = map(int, lines[1].split())
    objs = {}
    for i in range(1, count):
        ent = lines[2 + i]
        off = int(ent[:10])
        head = ("%d 0 obj" % i).encode()
        if data[off:off + len(head)] != head:
            raise Fail("PDF: xref offset of object %d is wrong" % i)
        body_start = off + len(head) + 1
        end = data.index(b"\nendobj", body_start)
        raw = data[body_start:end]
        stream = None
        if b"stream\n" in raw[:4096] and raw.rstrip().endswith(b"endstream"):
            d, rest = raw.split(b"stream\n", 1)
            ln = int(re.search(rb"/Length (\d+)", d).group(1))
            stream = rest[:ln]
            if rest[ln:ln + 10] != b"\nendstream":
                raise Fail("PDF: stream length of object %d is wrong" % i)
            if b"/FlateDecode" in d:
                stream = zlib.decompress(stream)
            raw = d
        objs[i] = (raw, stream)
    return objs


def _pdfstr_decode(b):
    if b.startswith(b"<FEFF"):
        return bytes.fromhex(b[5:-1].decode()).decode("utf-16-be")
    s = b[1:-1].replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\")
    return s.decode("latin-1")


def pdf_inspect(data):
    """Returns (text, qr_payloads, embedded_files)."""
    if not data.startswith(b"%PDF-"):
        raise Fail("PDF: bad header")
    objs = _pdf_objects(data)
    cmaps = {}
    for i, (raw, st) in objs.items():
        if b"/Subtype /Type0" in raw:
            tu = int(re.search(rb"/ToUnicode (\d+) 0 R", raw).group(1))
            cm = {}
            for g, u in re.findall(rb"<([0-9A-F]{4})> <([0-9A-F]+)>", objs[tu][1]):
                cm[g.decode()] = bytes.fromhex(u.decode()).decode("utf-16-be")
            cmaps[i] = cm
    text, qrs, files = [], [], []
    for i, (raw, st) in objs.items():
        if b"/Type /Page " in raw or raw.startswith(b"<< /Type /Page /"):
            fonts = dict((k.decode(), int(v)) for k, v in re.findall(rb"/F(\w) (\d+) 0 R", raw))
            cid = int(re.search(rb"/Contents (\d+) 0 R", raw).group(1))
            content = objs[cid][1].decode("latin-1")
            cur = None
            for mm in re.finditer(r"/F(\w) [\d.]+ Tf|<([0-9A-F]*)> Tj", content):
                if mm.group(1):
                    cur = cmaps[fonts[mm.group(1)]]
                else:
                    hx = mm.group(2)
                    text.append("".join(cur.get(hx[k:k + 4], "?") for k in range(0, len(hx), 4)))
        if b"/Subtype /Link" in raw:
            mm = re.search(rb"/URI (\(.*?\)|<FEFF[0-9A-F]*>) >>", raw, re.S)
            text.append(_pdfstr_decode(mm.group(1)))
        if b"/Subtype /Image" in raw and b"/DeviceGray" in raw and b"/Interpolate false" in raw:
            w = int(re.search(rb"/Width (\d+)", raw).group(1))
            h = int(re.search(rb"/Height (\d+)", raw).group(1))
            rows = [st[y * w:(y + 1) * w] for y in range(h)]
            try:
                qrs.append(qr.decode_matrix(qr.gray_to_matrix(w, h, rows)).decode("utf-8"))
            except ValueError:
                pass
        if b"/Type /EmbeddedFile" in raw:
            files.append(st)
            text.append(st.decode("utf-8", "replace"))
    return "\n".join(text), qrs, files


# ------------------------------------------------------------------ containers

def _xml_text(b):
    root = ET.fromstring(b)
    return " ".join(t for t in root.itertext())


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise Fail("OOXML: CRC error")
    out = []
    for n in z.namelist():
        if n.endswith(".xml") or n.endswith(".rels"):
            b = z.read(n)
            ET.fromstring(b)
            if n.startswith(("word/document", "xl/worksheets", "xl/sharedStrings", "docProps/core")):
                out.append(_xml_text(b))
            if n.endswith(".rels"):
                out += re.findall(r'Target="([^"]+)"', b.decode("utf-8"))
    return "\n".join(html.unescape(x) for x in out)


def zip_text(data, password=None):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for info in z.infolist():
        out.append(info.filename)
        enc = info.flag_bits & 1
        if enc and not password:
            raise Fail("ZIP: encrypted member without known password")
        b = z.read(info, pwd=password.encode() if enc else None)
        out.append(b.decode("utf-8", "replace"))
    return "\n".join(out)


# ------------------------------------------------------------------ message

def _decode_text(part):
    raw = part.get_payload(decode=True)
    cs = part.get_content_charset() or "us-ascii"
    try:
        return raw.decode(cs)
    except (UnicodeDecodeError, LookupError) as e:
        raise Fail("text part does not decode as %s: %s" % (cs, e))


def inspect_message(msg, m, ctx):
    texts, qrs = [], []
    for k, v in msg.items():
        if k.lower() in ("list-unsubscribe",):
            texts.append(str(v))
    for part in msg.walk():
        if part.defects:
            raise Fail("MIME defects %s in %s" % (part.defects, part.get_content_type()))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fn = part.get_filename() or ""
        if ct.startswith("text/") and not fn:
            t = _decode_text(part)
            texts.append(html.unescape(t) if ct == "text/html" else t)
            continue
        data = part.get_payload(decode=True)
        if data is None:
            raise Fail("part %s has no payload" % ct)
        lower = fn.lower()
        ctx["attachments"].append((fn, ct, len(data)))
        if ct == "application/pdf" or lower.endswith(".pdf"):
            t, q, files = pdf_inspect(data)
            texts.append(t)
            qrs += q
        elif lower.endswith((".docx", ".xlsx")):
            texts.append(ooxml_text(data))
        elif lower.endswith(".zip"):
            texts.append(zip_text(data, m.passwords.get(fn)))
        elif lower.endswith((".iso", ".img")):
            a, b = containers.read_iso_names(data)
            for name, content in a + b:
                texts.append(name)
                texts.append(content.decode("utf-8", "replace"))
            if not b:
                raise Fail("ISO without Joliet names")
        elif ct == "image/png" or lower.endswith(".png"):
            w, h, ch, rows = png.read(data)
            if any(where == fn for where, _ in m.qr):
                g = png.to_gray(w, h, ch, rows)
                qrs.append(qr.decode_matrix(qr.gray_to_matrix(w, h, g)).decode("utf-8"))
        elif lower.endswith((".svg",)) or ct == "image/svg+xml":
            ET.fromstring(data)
            texts.append(html.unescape(data.decode("utf-8")))
        elif ct.startswith("text/") or lower.endswith((".html", ".htm", ".ics", ".xml", ".txt", ".csv")):
            t = data.decode(part.get_content_charset() or "utf-8")
            if lower.endswith(".xml") or ct in ("text/xml", "application/xml"):
                ET.fromstring(data)
            if lower.endswith(".ics") or ct == "text/calendar":
                if not (t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR")):
                    raise Fail("ICS not well formed")
                t = t.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
            texts.append(html.unescape(t))
        elif ct in ("application/xml",):
            ET.fromstring(data)
            texts.append(data.decode("utf-8"))
        elif lower.endswith(".wav"):
            if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
                raise Fail("WAV header")
        elif lower.endswith(".p7s"):
            pass
        elif lower.endswith(".eml"):
            inner = email.message_from_bytes(data, policy=email.policy.default)
            t, q = inspect_message(inner, m, ctx)
            texts.append(t)
            qrs += q
        else:
            raise Fail("no checker for attachment %s (%s)" % (fn, ct))
    # nested message/rfc822 parts
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                t, q = inspect_message(inner, m, ctx)
                texts.append(t)
                qrs += q
    return "\n".join(texts), qrs


def _norm(s):
    return re.sub(r"\s+", "", s)


def check(m):
    msg = email.message_from_bytes(m.eml, policy=email.policy.default)
    for h in ("Return-Path", "Received", "Message-ID", "Date", "From", "To", "Subject", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            raise Fail("missing header %s" % h)
    rec = msg.get_all("Received")
    top = re.sub(r"\s+", " ", str(rec[0]))
    if "by mx01.example.com (Postfix)" not in top or " for <" not in top:
        raise Fail("top Received is not mx01's")
    # chronology: Date <= mx01 time (+ small clock skew)
    d = email.utils.parsedate_to_datetime(str(msg["Date"]))
    mx_t = email.utils.parsedate_to_datetime(top.rsplit(";", 1)[1].strip().split(" (")[0])
    if not (dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc) <= d <= dt.datetime(2026, 12, 31, 23, 59, tzinfo=dt.timezone.utc)):
        raise Fail("Date outside Oct-Dec 2026: %s" % d)
    if not (dt.timedelta(seconds=-5) <= mx_t - d <= dt.timedelta(minutes=30)):
        raise Fail("mx01 time %s vs Date %s inconsistent" % (mx_t, d))
    for r in rec:
        s = re.sub(r"\s+", " ", str(r))
        mm = s.rsplit(";", 1)
        if len(mm) == 2 and re.search(r"\d{2}:\d{2}:\d{2}", mm[1]):
            rt = email.utils.parsedate_to_datetime(re.sub(r"\s*\([^)]*\)\s*$", "", mm[1].strip()))
            if rt > mx_t + dt.timedelta(seconds=1):
                raise Fail("Received hop later than mx01: %s" % s[:80])
    ctx = {"attachments": []}
    text, qrs = inspect_message(msg, m, ctx)
    m.bodytext = text
    m.qr_decoded = qrs
    hdrtext = "\n".join("%s: %s" % (k, v) for k, v in msg.items())
    alltext = text + "\n" + "\n".join(qrs) + "\n" + hdrtext
    flat = _norm(alltext)
    for where, payload in m.qr:
        if payload not in qrs:
            raise Fail("QR payload not decoded back: %r (got %r)" % (payload[:60], [q[:40] for q in qrs]))
    for typ, val, note in m.facts:
        if typ == "IBAN":
            if not ids.iban_valid(val):
                raise Fail("IBAN check digits wrong: %s" % val)
            if _norm(val) not in flat and not (val.startswith("PL") and _norm(val)[2:] in flat):
                raise Fail("IBAN %s not found in message" % val)
        elif typ == "RU-Account":
            bik = re.search(r"BIK (\d{9})", note).group(1)
            if not ids.ru_account_valid(bik, val):
                raise Fail("RU account key invalid for BIK %s: %s" % (bik, val))
            if val not in alltext:
                raise Fail("RU account %s not found" % val)
        elif typ == "INN":
            if not ids.ru_inn10_valid(val) or val not in alltext:
                raise Fail("INN %s invalid or missing" % val)
        elif typ in ("URL", "Phone", "Wallet", "QR", "Account"):
            if typ == "Wallet" and val.startswith("bc1") and not ids.bech32_valid(val):
                raise Fail("bech32 checksum wrong: %s" % val)
            if val not in alltext and _norm(val) not in flat:
                raise Fail("%s %r not found in message" % (typ, val))
    return ctx


def check_set(results):
    errors = []
    for kind in ("attack", "business"):
        files = [m.file for m in results if m.kind == kind]
        if len(files) != 40:
            errors.append("%s: %d messages" % (kind, len(files)))
        n = 1
        for lang, cnt in LANG_ORDER:
            for _ in range(cnt):
                pref = "%02d-%s-" % (n, lang)
                if not any(f.startswith(pref) for f in files):
                    errors.append("%s: missing %s*" % (kind, pref))
                n += 1
    for m in results:
        try:
            check(m)
        except Exception as e:  # noqa
            errors.append("%s/%s: %s: %s" % (m.kind, m.file, type(e).__name__, e))
    return errors


def check_tax_ids(offices, corr):
    errs = []
    for o in offices:
        for k, v in o["tax"]:
            if k.startswith("USt") and not ids.de_vat_valid(v):
                errs.append("DE VAT %s" % v)
            if k.startswith("Partita") and not ids.it_piva_valid(v):
                errs.append("IT P.IVA %s" % v)
            if k == "NIP" and not ids.pl_nip_valid(v):
                errs.append("PL NIP %s" % v)
            if k == "ΑΦΜ" and not ids.gr_afm_valid(v):
                errs.append("GR AFM %s" % v)
            if k == "VAT" and not ids.gb_vat_valid(v):
                errs.append("GB VAT %s" % v)
            if k == "ИНН" and not ids.ru_inn10_valid(v):
                errs.append("RU INN %s" % v)
        b = o["bank"][2]
        if b.startswith(("DE", "IT", "PL", "ES", "GR", "GB")) and not ids.iban_valid(b):
            errs.append("office IBAN %s" % b)
    for c in corr:
        for attr in ("bank", "bank_new"):
            b = getattr(c, attr, None)
            if b and b[2][:2].isalpha() and b[2][:2] != "р/" and b[2][:2].isupper() and not ids.iban_valid(b[2]):
                errs.append("%s IBAN %s" % (c.key, b[2]))
    return errs


# ------------------------------------------------------------------ automatic fact extraction

_TECH_HOSTS = ("www.w3.org", "schemas.openxmlformats.org", "schemas.microsoft.com", "purl.org", "ns.adobe.com",
               "www.aiim.org", "schema.org", "ivaservizi.agenziaentrate.gov.it", "github.com/PHPMailer")


def extract_facts(text):
    """Every URL, IBAN/NRB, phone number, bitcoin address and Russian account in
    the decoded bodies and attachments of a message."""
    out = []
    work = text
    for mo in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        cand = mo.group(0)
        parts = cand.split(" ")
        while parts:
            v = "".join(parts)
            if len(v) >= 15 and ids.iban_valid(v):
                out.append(("IBAN", v))
                work = work.replace(" ".join(parts), " ")
                break
            parts = parts[:-1] if len(parts) > 1 else []
            if parts and len("".join(parts)) < 15:
                break
    for mo in re.finditer(r"\b\d{2}(?: \d{4}){6}\b", text):
        v = "PL" + mo.group(0).replace(" ", "")
        if ids.iban_valid(v):
            out.append(("IBAN", v))
            work = work.replace(mo.group(0), " ")
    for mo in re.finditer(r"\b(?:40[5-8]\d{17}|30101\d{15})\b", text):
        out.append(("RU account", mo.group(0)))
    for mo in re.finditer(r"\bbc1[ac-hj-np-z02-9]{25,60}\b", text):
        out.append(("Wallet", mo.group(0)))
    for mo in re.finditer(r"hxxps?://[^\s\"<>'\\»“”]+|https?://[^\s\"<>'\)\]\\»“”]+", text):
        u = mo.group(0).rstrip(".,;:")
        while u.endswith(")") and u.count("(") < u.count(")"):
            u = u[:-1]
        if not any(h in u for h in _TECH_HOSTS):
            out.append(("URL", u))
    phones = []
    for mo in re.finditer(r"\+\d{1,3}[ \-]?(?:\(\d{1,4}\)[ \-]?)?\d[\d \-/]{5,16}\d", work):
        v = mo.group(0).strip()
        if len(re.sub(r"\D", "", v)) >= 9:
            phones.append(v)
            work = work.replace(v, " ")
    for pat in (r"\b0\d{2,4} \d{2,4} \d{2,4}(?:[ -]\d{1,4}){0,2}\b", r"\b9\d{2} \d{2} \d{2} \d{2}\b", r"\b2\d{2} \d{2} \d{2} \d{3}\b"):
        for mo in re.finditer(pat, work):
            phones.append(mo.group(0))
    for p in phones:
        out.append(("Phone", p))
    seen, res = set(), []
    for typ, v in out:
        key = (typ, re.sub(r"\s", "", v))
        if key not in seen:
            seen.add(key)
            res.append((typ, v))
    return res
