"""Verification of every generated message: RFC 5322/MIME parsing, strict
charset decoding, attachment integrity, QR payloads, identifiers and the
per-message facts used in the manifest."""
import email
import email.policy
import email.utils
import html
import io
import re
import struct
import zipfile
from xml.etree import ElementTree

from . import ids, iso, jpeg, ooxml, pdf, png, qr

URL_RE = re.compile(r"(?:https?|ftp)://[^\s\"'<>\)\]]+")
IBAN_RE = re.compile(r"\b(DE|IT|ES|PL|GR|GB|LT|BE|CY|PT|NL|IE|HU|FR|AT)(\d{2})((?: ?[A-Z0-9]){10,30})")
PHONE_RE = re.compile(r"\+\d{1,3}(?:[ \-./]?\(?\d{1,5}\)?){2,7}")
BTC_RE = re.compile(r"\b(bc1[ac-hj-np-z02-9]{25,71})\b")
IGNORE_URL = ("http://ivaservizi.agenziaentrate.gov.it/docs/xsd/", "http://www.fatturapa.gov.it/export/",
              "http://www.w3.org/", "http://schemas.microsoft.com/", "http://schemas.openxmlformats.org/",
              "http://purl.org/", "http://ns.adobe.com/", "https://www.w3.org/")


class Failure(Exception):
    pass


def _check(cond, msg):
    if not cond:
        raise Failure(msg)


def received_dates(msg):
    out = []
    import datetime
    for r in msg.get_all("Received") or []:
        r = re.sub(r"\s+", " ", str(r))
        g = re.search(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.\d+ \+0000 UTC m=\+[\d.]+$", r)
        if ";" not in r and g:  # SendGrid filterd (Go time format)
            y, mo, d, h, mi, se = map(int, g.groups())
            out.append(datetime.datetime(y, mo, d, h, mi, se, tzinfo=datetime.timezone.utc))
            continue
        tail = r.rsplit(";", 1)[-1].strip() if ";" in r else \
            re.search(r"[A-Z][a-z]{2}, \d\d? [A-Z][a-z]{2} \d{4} [\d:.]+ [+-]\d{4}(?: \(\w+\))?$", r).group(0)
        tail = re.sub(r"(\d\d:\d\d:\d\d)\.\d+", r"\1", tail)
        dt = email.utils.parsedate_to_datetime(tail)
        out.append(dt)
    return out


def _iban_ok(iban):
    if not ids.iban_valid(iban):
        return False
    if iban.startswith("ES") and not ids.es_ccc_valid(iban):
        return False
    if iban.startswith("PL") and not ids.pl_sort_valid(iban):
        return False
    if iban.startswith("IT"):
        b = iban[4:]
        if ids.it_cin(b[1:6], b[6:11], b[11:]) != b[0]:
            return False
    return True


class Collector:
    def __init__(self, m):
        self.m = m
        self.texts = []
        self.uris = []
        self.qr = []
        self.notes = []

    def add_text(self, t):
        self.texts.append(t)


def _zip_members(data, pwd):
    zf = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for info in zf.infolist():
        enc = info.flag_bits & 1
        if enc:
            _check(pwd is not None, "encrypted zip without known password")
            content = zf.read(info, pwd=pwd.encode())
        else:
            content = zf.read(info)
        out.append((info.filename, content, bool(enc)))
    return out


def inspect_blob(col, ctype, fname, data, depth=0):
    fl = (fname or "").lower()
    if ctype == "application/pdf" or fl.endswith(".pdf"):
        text, uris, images = pdf.check_and_extract(data)
        col.add_text(text)
        col.uris += uris
        for (w, h, px) in images:
            col.qr.append(qr.decode_grey_bitmap(w, h, px).decode("utf-8"))
        return "PDF ok"
    if ctype in ("image/png",) or fl.endswith(".png"):
        w, h, ch, rows = png.read_png(data)
        try:
            col.qr.append(qr.decode_png(data).decode("utf-8"))
            return "PNG (QR) ok"
        except Exception:
            return "PNG ok"
    if ctype in ("image/jpeg",) or fl.endswith((".jpg", ".jpeg")):
        jpeg.check(data)
        return "JPEG ok"
    if fl.endswith((".docx", ".xlsx")):
        col.add_text(ooxml.extract_text(data))
        return "OOXML ok"
    if fl.endswith(".zip") or ctype in ("application/zip", "application/x-zip-compressed"):
        pwd = col.m.zip_passwords.get(fname)
        for name, content, enc in _zip_members(data, pwd):
            col.add_text(name)
            inspect_blob(col, "", name, content, depth + 1)
        return "ZIP ok"
    if fl.endswith((".iso", ".img")):
        for name, content in iso.list_joliet(data):
            col.add_text(name)
            inspect_blob(col, "", name, content, depth + 1)
        return "ISO ok"
    if fl.endswith(".svg") or ctype == "image/svg+xml":
        root = ElementTree.fromstring(data)
        col.add_text(data.decode("utf-8"))
        return "SVG ok"
    if fl.endswith((".htm", ".html")) or ctype == "text/html":
        col.add_text(html.unescape(data.decode("utf-8")))
        return "HTML ok"
    if fl.endswith(".ics") or ctype == "text/calendar":
        t = data.decode("utf-8")
        _check(t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), "bad ICS")
        col.add_text(t.replace("\r\n ", "").replace("\n ", ""))
        return "ICS ok"
    if fl.endswith(".xml") or ctype in ("application/xml", "text/xml"):
        ElementTree.fromstring(data)
        col.add_text(data.decode("utf-8"))
        return "XML ok"
    if fl.endswith(".wav") or ctype in ("audio/wav", "audio/x-wav"):
        _check(data[:4] == b"RIFF" and data[8:12] == b"WAVE", "bad WAV")
        _check(struct.unpack("<I", data[4:8])[0] == len(data) - 8, "WAV size")
        return "WAV ok"
    if fl.endswith(".eml") or ctype == "message/rfc822":
        sub = email.message_from_bytes(data, policy=email.policy.default)
        walk_msg(col, sub, depth + 1)
        return "EML ok"
    if fl.endswith((".lnk", ".js", ".exe", ".url", ".vbs", ".hta", ".bat", ".cmd", ".dll", ".msi")):
        t = data.decode("utf-8")
        _check("INERT TEST PLACEHOLDER" in t and len(data) < 2000, "dangerous-type file %s is not an inert placeholder" % fname)
        col.add_text(t)
        return "inert placeholder ok"
    if fl.endswith(".txt"):
        col.add_text(data.decode("utf-8"))
        return "text ok"
    raise Failure("no inspector for %s %s" % (ctype, fname))


def walk_msg(col, msg, depth=0):
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        if ctype == "message/rfc822":
            inner = part.get_payload(0) if isinstance(part.get_payload(), list) else part.get_payload()
            walk_msg(col, inner, depth + 1)
            continue
        if ctype.startswith("text/") and not fname:
            cs = part.get_content_charset() or "us-ascii"
            raw = part.get_payload(decode=True)
            try:
                t = raw.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as e:
                raise Failure("text part does not decode as %s: %s" % (cs, e))
            if ctype == "text/html":
                col.uris += re.findall(r'href="([^"]+)"', t)
                col.uris += re.findall(r'src="(https?://[^"]+)"', t)
                t = html.unescape(t)
            col.add_text(t)
            continue
        data = part.get_payload(decode=True)
        _check(data is not None and len(data) > 0, "empty attachment %s" % fname)
        col.notes.append(inspect_blob(col, ctype, fname, data, depth))


def norm_phone(s):
    return re.sub(r"[\s\-\./()\u00a0]", "", s)


def verify_message(m, allowed_domains_internal=("example.com", "examplegroup.eu")):
    raw = m.raw
    _check(b"\r" not in raw, "CR in message (expected LF line ends)")
    for ln in raw.split(b"\n"):
        _check(len(ln) <= 998, "line longer than 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("Return-Path", "Received", "Message-ID", "Date", "From", "To", "Subject", "MIME-Version"):
        _check(msg[h] is not None, "missing header %s" % h)
    for part in msg.walk():
        defects = [d for d in part.defects]
        _check(not defects, "MIME defects: %r" % defects)
    recs = msg.get_all("Received")
    top = re.sub(r"\s+", " ", str(recs[0]))
    _check(re.match(r"from \S+ \((?:\S+|unknown) \[[0-9a-f.:]+\]\) .*by mx01\.example\.com \(Postfix\) with ESMTPS? id \S+",
                    top) is not None, "top Received is not mx01's: %s" % top[:120])
    dates = received_dates(msg)
    for i in range(len(dates) - 1):
        _check(dates[i + 1] <= dates[i], "Received chain not in time order at hop %d" % i)
    hdate = email.utils.parsedate_to_datetime(str(msg["Date"]))
    _check(hdate <= dates[0], "Date header after mx01 receipt")
    _check((dates[0] - hdate).total_seconds() < 3600 * 6, "Date too far before receipt")
    _check(hdate.year == 2026 and hdate.month in (10, 11, 12), "Date outside Oct-Dec 2026")
    _check(dates[0].year == 2026 and dates[0].month in (10, 11, 12), "receipt outside Oct-Dec 2026")
    # From address parse
    frm = email.utils.parseaddr(str(msg["From"]))[1]
    _check("@" in frm, "From without address")
    col = Collector(m)
    walk_msg(col, msg)
    corpus = "\n".join(col.texts + col.uris)
    corpus_n = html.unescape(corpus)
    flat = re.sub(r"\s+", " ", corpus_n)
    # declared facts present
    for kind, values in m.facts_decl.items():
        for v in values:
            if kind == "phones":
                _check(norm_phone(v) in norm_phone(flat), "%s: phone %s not found" % (m.file, v))
            elif kind == "ibans":
                _check(v.replace(" ", "") in flat.replace(" ", ""), "%s: IBAN %s not found" % (m.file, v))
                _check(_iban_ok(v.replace(" ", "")), "%s: IBAN %s invalid" % (m.file, v))
            elif kind == "wallets":
                _check(v in flat, "wallet %s not found" % v)
                _check(ids.bech32_valid(v), "wallet %s checksum" % v)
            elif kind == "accounts":
                _check(v.replace(" ", "") in flat.replace(" ", ""), "%s: account %s not found" % (m.file, v))
            elif kind != "other":
                _check(v in flat or v in corpus_n, "%s: %s %r not found" % (m.file, kind, v))
    # auto-extracted facts
    urls = []
    for u in URL_RE.findall(corpus_n):
        u = u.rstrip(".,;:!?»”“")
        if u.startswith(IGNORE_URL):
            continue
        if u not in urls:
            urls.append(u)
    ibans = []
    for cc, ck, rest in IBAN_RE.findall(flat):
        cand = (cc + ck + rest).replace(" ", "")
        ln = ids.IBAN_LEN[cc]
        cand = cand[:ln]
        if len(cand) == ln and ids.iban_valid(cand):
            if cand not in ibans:
                ibans.append(cand)
    for d in m.facts_decl["ibans"]:
        d = d.replace(" ", "")
        if d not in ibans:
            ibans.append(d)
    for i in ibans:
        _check(_iban_ok(i), "IBAN national check failed: %s" % i)
    phones = []
    seen = set()
    for t in col.texts:
        for ph in PHONE_RE.findall(html.unescape(t)):
            ph = ph.rstrip(" -./")
            while ph.count(")") > ph.count("("):
                ph = ph[:-1].rstrip(" -./")
            d = norm_phone(ph)
            if sum(c.isdigit() for c in d) >= 9 and d not in seen:
                seen.add(d)
                phones.append(ph)
    for ph in m.facts_decl["phones"]:
        if norm_phone(ph) not in seen:
            seen.add(norm_phone(ph))
            phones.append(ph)
    wallets = []
    for w in BTC_RE.findall(flat):
        if ids.bech32_valid(w) and w not in wallets:
            wallets.append(w)
    _check(sorted(col.qr) == sorted(m.qr_expect), "%s: QR payloads differ: %r vs %r" % (m.file, col.qr, m.qr_expect))
    return {
        "urls": urls, "ibans": ibans, "wallets": wallets, "phones": phones,
        "accounts": list(m.facts_decl["accounts"]), "other": list(m.facts_decl["other"]),
        "qr": list(m.qr_expect), "notes": col.notes,
    }
