"""Verification of built messages and extraction of facts (URLs, IBANs,
wallets, QR payloads) for the MANIFEST."""

import email
import email.policy
import io
import re
import zipfile
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

import arch
import ids
import imgs
import pdf

URL_RE = re.compile(r"""(?:https?|hxxps?)://[^\s"'<>()\[\]{}\\^`|]+""", re.I)
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\bbc1[02-9ac-hj-np-z]{20,80}\b")


class _H(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = []
        self.links = []
        self.srcs = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "action", "xlink:href") and v:
                self.links.append(v)
            if k == "src" and v:
                self.srcs.append(v)

    def handle_data(self, d):
        self.text.append(d)


def html_text(h):
    p = _H()
    p.feed(h)
    return " ".join(p.text), p.links, p.srcs


class Fail(Exception):
    pass


def _check(cond, msg):
    if not cond:
        raise Fail(msg)


class Result:
    def __init__(self):
        self.texts = []       # decoded text snippets
        self.urls = []
        self.qr = []
        self.parts = []       # (ctype, charset, cte, filename)
        self.zip_pw_used = []


def _add_urls(res, s):
    for u in URL_RE.findall(s):
        u = u.rstrip(".,;:!?'\"»")
        u = u.replace("&amp;", "&")
        if u not in res.urls:
            res.urls.append(u)


def _walk_attachment(res, ctype, fname, data, spec, depth):
    low = (fname or "").lower()
    if ctype == "application/pdf" or low.endswith(".pdf"):
        t, q, u = pdf.extract(data)
        res.texts.append(t)
        res.qr.extend(q)
        for x in u:
            _add_urls(res, x)
        _add_urls(res, t)
        return
    if ctype in ("image/png",) or low.endswith(".png"):
        imgs.png_decode(data)
        try:
            payload = imgs.decode_qr_png(data).decode("utf-8")
            res.qr.append(payload)
            _add_urls(res, payload)
        except Exception:
            pass
        return
    if low.endswith(".zip") or ctype in ("application/zip", "application/x-zip-compressed"):
        zf = zipfile.ZipFile(io.BytesIO(data))
        pw = spec.get("zip_password")
        for info in zf.infolist():
            if info.flag_bits & 1:
                _check(pw, "encrypted zip without declared password")
                content = zf.open(info, pwd=pw.encode()).read()
                res.zip_pw_used.append(pw)
            else:
                content = zf.read(info)
            res.texts.append("[zip member] " + info.filename)
            if info.filename.lower().endswith((".pdf", ".png", ".xlsx", ".docx", ".zip", ".iso", ".img", ".html", ".htm", ".svg", ".txt")):
                _walk_attachment(res, "", info.filename, content, spec, depth + 1)
            else:
                try:
                    res.texts.append(content.decode("utf-8"))
                    _add_urls(res, content.decode("utf-8"))
                except UnicodeDecodeError:
                    pass
        return
    if low.endswith(".xlsx") or low.endswith(".docx"):
        zf = zipfile.ZipFile(io.BytesIO(data))
        _check(zf.testzip() is None, "bad office zip")
        for n in zf.namelist():
            if n.endswith(".xml") or n.endswith(".rels"):
                root = ET.fromstring(zf.read(n))
                txt = " ".join(x for x in root.itertext())
                res.texts.append(txt)
                _add_urls(res, txt)
            elif n.endswith(".png"):
                _walk_attachment(res, "image/png", n, zf.read(n), spec, depth + 1)
        return
    if low.endswith(".iso") or low.endswith(".img"):
        files = arch.read_iso(data)
        _check(files, "empty ISO")
        for n, c in files.items():
            res.texts.append("[iso member] " + n)
            try:
                res.texts.append(c.decode("utf-8"))
                _add_urls(res, c.decode("utf-8"))
            except UnicodeDecodeError:
                pass
        return
    if low.endswith((".html", ".htm", ".shtml")) or ctype == "text/html":
        h = data.decode("utf-8")
        t, links, srcs = html_text(h)
        res.texts.append(t)
        for x in links:
            _add_urls(res, x)
        _add_urls(res, t)
        return
    if low.endswith(".svg") or ctype == "image/svg+xml":
        root = ET.fromstring(data)
        _check(not any(el.tag.endswith("script") for el in root.iter()), "script in SVG")
        txt = " ".join(root.itertext())
        res.texts.append(txt)
        for el in root.iter():
            for k, v in el.attrib.items():
                if k.endswith("href"):
                    _add_urls(res, v)
        _add_urls(res, txt)
        return
    if low.endswith(".ics") or ctype == "text/calendar":
        s = data.decode("utf-8")
        _check("BEGIN:VCALENDAR" in s and "END:VCALENDAR" in s, "bad ics")
        unf = s.replace("\r\n ", "").replace("\r\n\t", "")
        res.texts.append(unf)
        _add_urls(res, unf)
        return
    if low.endswith((".xml", ".txt", ".csv")) or ctype.startswith("text/") or ctype == "application/xml":
        try:
            s = data.decode("utf-8")
        except UnicodeDecodeError:
            s = data.decode("latin-1")
        if low.endswith(".xml") or ctype == "application/xml":
            ET.fromstring(data)
        res.texts.append(s)
        _add_urls(res, s)
        return
    if low.endswith(".p7s") or "pkcs7" in ctype:
        _check(data[0] == 0x30, "p7s not DER")
        return
    if low.endswith((".lnk", ".exe", ".js", ".scr", ".msi", ".vbs")):
        res.texts.append(data.decode("utf-8", "replace"))
        return
    raise Fail("no verifier for attachment %r (%s)" % (fname, ctype))


def walk(msg, spec, res, depth=0):
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            res.parts.append((ctype, None, None, None))
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        fname = part.get_filename()
        cs = part.get_content_charset()
        res.parts.append((ctype, cs, cte, fname))
        if ctype == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            data = inner.as_bytes() if hasattr(inner, "as_bytes") else inner
            inner_msg = email.message_from_bytes(bytes(data), policy=email.policy.default) if isinstance(data, (bytes, bytearray)) else inner
            r2 = Result()
            walk(inner_msg, spec, r2, depth + 1)
            res.texts.extend(r2.texts)
            res.qr.extend(r2.qr)
            for u in r2.urls:
                if u not in res.urls:
                    res.urls.append(u)
            continue
        data = part.get_payload(decode=True)
        _check(data is not None, "no payload")
        if ctype.startswith("text/") and not fname:
            _check(cs, "text part without charset: %s" % ctype)
            try:
                txt = data.decode(cs.replace("cp-", "cp"), "strict")
            except (UnicodeDecodeError, LookupError) as e:
                raise Fail("text part not decodable as %s: %s" % (cs, e))
            if ctype == "text/html":
                t, links, srcs = html_text(txt)
                res.texts.append(t)
                for x in links:
                    _add_urls(res, x)
                _add_urls(res, t)
                for s in srcs:
                    if s.startswith("cid:"):
                        cid = "<%s>" % s[4:]
                        _check(any(p.get("Content-ID") == cid for p in msg.walk()), "missing cid %s" % cid)
                    else:
                        _add_urls(res, s)
            elif ctype == "text/calendar":
                _walk_attachment(res, ctype, "invite.ics", data, spec, depth)
            else:
                res.texts.append(txt)
                _add_urls(res, txt)
            continue
        _check(len(data) > 0, "empty attachment %s" % fname)
        _walk_attachment(res, ctype, fname, data, spec, depth)


def verify(raw, spec):
    """raw: bytes of the .eml; spec: dict from the message function.
    Returns Result (raises Fail)."""
    _check(b"\n" not in raw.replace(b"\r\n", b""), "bare LF")
    for line in raw.split(b"\r\n"):
        _check(len(line) <= 998, "line longer than 998")
    head = raw.split(b"\r\n\r\n", 1)[0]
    _check(all(b < 128 for b in head), "8-bit byte in top-level header")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("Return-Path", "Received", "Message-ID", "Date", "From", "Subject", "MIME-Version"):
        _check(msg[h] is not None, "missing header %s" % h)
    _check(msg["To"] is not None or msg["Cc"] is not None or spec.get("no_to"), "no To")
    rec = msg.get_all("Received")
    _check("by mx01.example.com (Postfix)" in rec[0], "top Received is not mx01")
    _check(re.search(r"from \S+ \((?:\S+ )?\[[0-9a-fA-F.:]+\]\)", rec[0]), "mx01 line lacks helo/rdns/ip")
    d = parsedate_to_datetime(str(msg["Date"]))
    _check(d.year == 2026 and 10 <= d.month <= 12 or (d.year == 2026 and d.astimezone().month >= 10), "Date outside Oct-Dec 2026: %s" % d)
    mxdate = parsedate_to_datetime(rec[0].rsplit(";", 1)[1].strip())
    _check(mxdate >= d, "mx01 receive time before Date")
    _check((mxdate - d).total_seconds() < 3600 * 6, "implausible transit time")
    _check(mxdate.year == 2026 and mxdate.month >= 10, "mx01 date out of range")
    # every Received date is between Date-2min and mx time
    for r in rec[1:]:
        if ";" in r:
            try:
                rd = parsedate_to_datetime(re.sub(r"\s+", " ", r.rsplit(";", 1)[1].strip()).replace(" (UTC)", "").replace(".000", ""))
            except Exception:
                continue
            _check(rd <= mxdate, "Received hop later than mx01: %s" % r[:60])
    for part in msg.walk():
        for dfx in part.defects:
            raise Fail("MIME defect: %r" % dfx)
    res = Result()
    walk(msg, spec, res)
    # QR codes
    want = list(spec.get("qr", []))
    _check(sorted(res.qr) == sorted(want), "QR mismatch: got %r want %r" % (res.qr, want))
    for q in res.qr:
        _add_urls(res, q)
        if q.startswith("BCD\n"):
            lines = q.split("\n")
            _check(ids.iban_valid(lines[6]), "EPC QR IBAN invalid")
            res.texts.append(lines[6])
    # IBANs
    alltext = "\n".join(res.texts) + "\n" + "\n".join(res.qr)
    found = []
    for m in IBAN_RE.finditer(alltext):
        cand = m.group(1).replace(" ", "")
        if cand[:2] in ids.IBAN_LEN and len(cand) >= ids.IBAN_LEN[cand[:2]]:
            cand = cand[:ids.IBAN_LEN[cand[:2]]]
            _check(ids.iban_valid(cand), "invalid IBAN %s" % cand)
            _check(ids.iban_national_ok(cand), "national check failed %s" % cand)
            if cand not in found:
                found.append(cand)
    for want_iban in spec.get("ibans", []):
        _check(want_iban in found, "declared IBAN %s not found" % want_iban)
    res.ibans = found
    # wallets
    res.wallets = []
    for w in BTC_RE.findall(alltext):
        _check(ids.btc_bech32_ok(w), "bad bech32 %s" % w)
        if w not in res.wallets:
            res.wallets.append(w)
    for w in spec.get("wallets", []):
        _check(w in res.wallets, "declared wallet missing")
    # phones must appear in decoded text
    digits_all = re.sub(r"\D", "", alltext)
    for ph in spec.get("phones", []):
        dg = re.sub(r"\D", "", ph)
        _check(dg in digits_all, "phone %s not found in text" % ph)
    for s in spec.get("must_contain", []):
        _check(s in alltext, "text %r not found" % s)
    for u in spec.get("urls", []):
        _check(u in res.urls, "declared URL %s not found" % u)
    if spec.get("zip_password"):
        _check(res.zip_pw_used, "declared ZIP password but nothing encrypted")
    for chk in spec.get("checks", []):
        _check(chk[1](), "check failed: %s" % chk[0])
    return res, msg
