"""Verification of the generated set: every message parses, every part
decodes, attachments open, QR codes decode to the intended payloads,
IBANs/wallets/tax IDs carry valid check digits, DKIM body hashes match,
trace headers are consistent."""

import email
import email.policy
import email.utils
import io
import re
import wave
import xml.dom.minidom
import zipfile
from html.parser import HTMLParser

from . import co, ids, jpeg, mime, pdf, png, qr
from .archives import read_iso

DATE_MIN = (2026, 10, 1)
DATE_MAX = (2026, 12, 31)


class VErr(Exception):
    pass


def _qr_from_png(data):
    w, h, rows = png.read_png(data)
    mat = qr.matrix_from_gray(rows, w, h)
    return qr.decode_matrix(mat)[0]


def _qr_from_pdf_image(w, h, cs, raw):
    if cs != "G":
        return None
    rows = [list(raw[y * w:(y + 1) * w]) for y in range(h)]
    try:
        mat = qr.matrix_from_gray(rows, w, h)
        return qr.decode_matrix(mat)[0]
    except Exception:
        return None


def check_zip_like(data, password=None, office=False):
    zf = zipfile.ZipFile(io.BytesIO(data))
    out = {}
    for info in zf.infolist():
        b = zf.read(info.filename, pwd=password)
        out[info.filename] = b
        if office and info.filename.endswith((".xml", ".rels")):
            xml.dom.minidom.parseString(b)
    if office:
        assert "[Content_Types].xml" in out, "no content types"
    return out


def walk_leaves(msg):
    for part in msg.walk():
        if part.is_multipart():
            continue
        yield part


def verify_message(path, m):
    raw = open(path, "rb").read()
    problems = []
    if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
        problems.append("line endings are not CRLF throughout")
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            problems.append("line longer than 998 octets")
            break
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for hname in ("Return-Path", "Received", "From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg.get(hname) is None:
            problems.append("missing header " + hname)
    # top Received = mx01
    hdr_block = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1").replace("\r\n", "\n")
    rec = re.findall(r"^Received: (.*?)(?=^\S)", hdr_block + "\nX:", re.S | re.M)
    if not rec:
        problems.append("no Received")
    else:
        top = rec[0]
        mt = re.match(r"from (\S+) \((\S+) \[([0-9a-fA-F.:]+)\]\)", top)
        if not mt or "by mx01.example.com (Postfix)" not in top:
            problems.append("top Received is not mx01's: " + top[:80])
        if "for <%s>" % m.envelope[1] not in top:
            problems.append("top Received lacks for <rcpt>")
        # chronology: every Received date parses; bottom-to-top non-decreasing
        times = []
        for r in rec:
            dm = re.search(r";\s*(.*?)\s*$", r.strip(), re.S)
            if dm:
                ds = re.sub(r"\s+", " ", dm.group(1))
                ds = re.sub(r"\.\d+ ", " ", ds)
                try:
                    d = email.utils.parsedate_to_datetime(ds)
                    times.append(d)
                except Exception:
                    pass
        for a, b in zip(times[1:], times[:-1]):
            if b < a:
                problems.append("Received chronology goes backwards (%s < %s)" % (b, a))
                break
        if times:
            t = times[0]
            if not (DATE_MIN <= (t.year, t.month, t.day) <= DATE_MAX):
                problems.append("mx01 date out of range")
    try:
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if not (DATE_MIN <= (d.year, d.month, d.day) <= DATE_MAX):
            problems.append("Date out of range")
    except Exception as e:
        problems.append("Date unparsable: %s" % e)
    if str(msg.get("Return-Path", "")).strip("<>") != (m.envelope[0] or ""):
        problems.append("Return-Path does not match envelope")
    # DKIM body hash
    body = raw.split(b"\r\n\r\n", 1)[1].decode("latin-1").replace("\r\n", "\n")
    bh_real = mime.body_hash(body)
    for sig in re.findall(r"^(?:X-Google-)?DKIM-Signature:(.*?)(?=^\S)", hdr_block + "\nX:", re.S | re.M):
        bm = re.search(r"bh=([A-Za-z0-9+/=\s]+);", sig)
        if bm and re.sub(r"\s", "", bm.group(1)) != bh_real:
            problems.append("DKIM bh mismatch")
    # parts
    found_qr = []
    texts = []
    for part in walk_leaves(msg):
        ct = part.get_content_type()
        try:
            payload = part.get_payload(decode=True)
        except Exception as e:
            problems.append("payload decode error %s: %s" % (ct, e))
            continue
        if part.defects:
            problems.append("defects in %s: %s" % (ct, part.defects))
        fn = part.get_filename() or ""
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            for ip in walk_leaves(inner):
                pl = ip.get_payload(decode=True)
                if ip.get_content_maintype() == "text":
                    pl.decode(ip.get_content_charset() or "us-ascii")
            continue
        if payload is None:
            problems.append("empty payload in " + ct)
            continue
        try:
            if ct.startswith("text/") and ct not in ("text/calendar", "text/xml", "text/csv"):
                cs = part.get_content_charset() or "us-ascii"
                t = payload.decode(cs)
                texts.append(t)
                if ct == "text/html":
                    HTMLParser().feed(t)
            elif ct == "text/calendar":
                t = payload.decode(part.get_content_charset() or "utf-8")
                if not (t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR")):
                    problems.append("bad ics")
                texts.append(t)
            elif ct == "application/pdf" or fn.lower().endswith(".pdf"):
                imgs, files = pdf.check_pdf(payload)
                for (w, h, cs, rawimg) in imgs:
                    q = _qr_from_pdf_image(w, h, cs, rawimg)
                    if q is not None:
                        found_qr.append(q)
                for f in files:
                    xml.dom.minidom.parseString(f)
            elif ct == "image/png":
                png.read_png(payload)
                try:
                    found_qr.append(_qr_from_png(payload))
                except Exception:
                    pass
            elif ct == "image/jpeg":
                jpeg.check_jpeg(payload)
            elif fn.lower().endswith((".docx", ".xlsx")):
                check_zip_like(payload, office=True)
            elif fn.lower().endswith(".zip") or ct in ("application/zip", "application/x-zip-compressed"):
                pw = getattr(m, "zip_password", None)
                inner = check_zip_like(payload, password=pw.encode() if pw else None)
                for n, b in inner.items():
                    if n.lower().endswith(".pdf"):
                        pdf.check_pdf(b)
            elif fn.lower().endswith((".img", ".iso")):
                files = read_iso(payload)
                if not files:
                    problems.append("ISO without files")
            elif fn.lower().endswith(".svg") or ct == "image/svg+xml":
                xml.dom.minidom.parseString(payload)
            elif fn.lower().endswith((".htm", ".html")):
                HTMLParser().feed(payload.decode("utf-8"))
            elif ct.startswith("audio/") or fn.lower().endswith(".wav"):
                wave.open(io.BytesIO(payload)).getnframes()
            elif fn.lower().endswith(".xml"):
                xml.dom.minidom.parseString(payload)
        except Exception as e:
            problems.append("attachment %s (%s) failed: %s" % (fn, ct, e))
    for q in m.qr:
        if q.encode("utf-8") not in found_qr:
            problems.append("QR payload not found/decoded: %r" % q[:60])
    for kind, v in m.facts:
        if kind == "IBAN":
            if not ids.iban_valid(v):
                problems.append("invalid IBAN %s" % v)
            elif not ids.iban_nat_valid(v):
                problems.append("IBAN national check failed %s" % v)
        if kind == "Wallet" and not ids.bech32_ok(v):
            problems.append("invalid bech32 %s" % v)
    alltext = "\n".join(texts)
    for s in m.expect_text:
        if s not in alltext:
            problems.append("expected text missing: %r" % s[:50])
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            for ibn in ids.find_ibans(part.get_content() if not part.is_multipart() else ""):
                if not ids.iban_valid(ibn):
                    problems.append("invalid IBAN in text %s" % ibn)
    return problems


def verify_company():
    p = []
    for o in co.OFFICES:
        for k, v in o["ids"]:
            ok = True
            if k.startswith("USt"):
                ok = ids.de_vat_ok(v)
            elif k == "Partita IVA":
                ok = ids.it_piva_ok(v)
            elif k == "NIP":
                ok = ids.pl_nip_ok(v)
            elif k.startswith("CIF"):
                ok = ids.es_cif_ok(v)
            elif k.startswith("ΑΦΜ"):
                ok = ids.gr_afm_ok(v)
            elif k == "VAT":
                ok = ids.gb_vat_ok(v)
            elif k == "ИНН":
                ok = ids.ru_inn_ok(v)
            elif k == "ОГРН":
                ok = ids.ru_ogrn_ok(v)
            if not ok:
                p.append("%s %s %s invalid" % (o["key"], k, v))
        acc = o["bank"][2]
        if o["key"] == "RU":
            if not ids.ru_account_ok("044206604", acc):
                p.append("RU account key invalid")
        elif not (ids.iban_valid(acc) and ids.iban_nat_valid(acc)):
            p.append("%s IBAN invalid" % o["key"])
    for c in (co.LIEF, co.FERR, co.PLOG, co.SEMI, co.KRIT):
        for k in ("bank", "bank_old", "bank_new"):
            if k in c and not (ids.iban_valid(c[k][2]) and ids.iban_nat_valid(c[k][2])):
                p.append("%s %s IBAN invalid" % (c["name"], k))
    for v in (co.LIEF["vat"],):
        if not ids.de_vat_ok(v):
            p.append("Lieferant VAT invalid")
    if not ids.it_piva_ok(co.FERR["piva"]):
        p.append("Ferretti P.IVA invalid")
    for v in (co.PLOG["nip"], co.FOLI["nip"]):
        if not ids.pl_nip_ok(v):
            p.append("NIP invalid " + v)
    if not ids.es_cif_ok(co.SEMI["cif"]):
        p.append("Semilleros CIF invalid")
    if not ids.gr_afm_ok(co.KRIT["afm"]):
        p.append("Kritipack AFM invalid")
    if not ids.ru_inn_ok(co.ATS["inn"]) or not ids.ru_account_ok(co.ATS["bik"], co.ATS["acc"]):
        p.append("ATS ids invalid")
    if not ids.ru_corr_ok("044206604", co.RU_CORR_SBER_LIP):
        p.append("corr account invalid")
    return p
