"""Verification of built messages: MIME parsing and decoding of every part, attachment
formats (PDF/ZIP/OOXML/ISO/PNG/ICS/SVG/HTML/message), QR decoding, identifier checks,
and extraction of the facts (URLs, IBANs, phones, wallets, QR payloads) per message."""
import datetime as dt
import email
import email.policy
import email.utils
import html
import io
import re
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

from . import ident, png, qr, office
from .pdf import Reader

URL_RE = re.compile(r"(?:(?:https?|hxxps?)://|(?<![\w@./-])www\.)[^\s\"'<>()\[\]{}|\\^`]+", re.I)
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80})\b")
PHONE_RE = re.compile(r"(?<![\w/=.+-])\+[1-9]\d{0,2}(?:[ \-./]?\(?\d{1,5}\)?){2,6}(?![\w])")


class Fail(Exception):
    pass


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.text = []
        self.forms = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("href", "src", "action", "xlink:href", "data-href"):
            if a.get(k):
                self.links.append(a[k])
        if tag == "form":
            self.forms.append(a.get("action"))
        if tag == "script":
            self.scripts += 1

    def handle_data(self, data):
        self.text.append(data)


def _clean_url(u):
    u = html.unescape(u)
    while u and u[-1] in ".,;:!?*'\"":
        u = u[:-1]
    return u


class Report:
    def __init__(self, name):
        self.name = name
        self.texts = []
        self.urls = set()
        self.qr = []
        self.parts = []
        self.charsets = []
        self.ctes = []
        self.attachments = []
        self.errors = []

    def add_text(self, t, where):
        self.texts.append(t)
        for u in URL_RE.findall(t):
            u = _clean_url(u)
            if len(u) > 10:
                self.urls.add(u)


def _decode_text_part(part, rep, where):
    cs = part.get_content_charset() or "us-ascii"
    raw = part.get_payload(decode=True)
    try:
        txt = raw.decode(cs if cs.lower() != "utf8" else "utf-8")
    except (UnicodeDecodeError, LookupError) as e:
        raise Fail("%s: %s does not decode as %s (%s)" % (rep.name, where, cs, e))
    return txt


def _check_cte(part, rep, where):
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower().strip()
    if cte not in ("7bit", "8bit", "binary", "quoted-printable", "base64"):
        raise Fail("%s: %s unknown CTE %s" % (rep.name, where, cte))
    raw = part.get_payload(decode=False)
    if cte == "base64":
        import base64
        import binascii
        try:
            base64.b64decode("".join(raw.split()), validate=True)
        except binascii.Error as e:
            raise Fail("%s: %s bad base64 (%s)" % (rep.name, where, e))
    if cte == "7bit" and any(ord(c) > 127 for c in raw):
        raise Fail("%s: %s declares 7bit but has 8-bit data" % (rep.name, where))
    return cte


def _leaves(part, rep):
    if part.get_content_type() == "message/rfc822":
        yield part
    elif part.is_multipart():
        if not part.get_boundary():
            raise Fail("%s: multipart without boundary" % rep.name)
        for sub in part.get_payload():
            yield from _leaves(sub, rep)
    else:
        yield part


def _walk(msg, rep, depth=0, passwords=()):
    for i, part in enumerate(_leaves(msg, rep)):
        ctype = part.get_content_type()
        fn = part.get_filename()
        where = "%s[%d]%s" % (ctype, i, (" " + fn) if fn else "")
        cte = _check_cte(part, rep, where) if ctype != "message/rfc822" else "7bit"
        if ctype == "message/rfc822":
            inner = part.get_payload()[0]
            rep.attachments.append(("message/rfc822", fn or "(embedded message)"))
            sub = Report(rep.name + ">inner")
            _walk(inner, sub, depth + 1, passwords)
            for h in ("Subject", "From"):
                if inner.get(h):
                    rep.add_text(str(inner.get(h)), "inner header")
            rep.texts += sub.texts
            rep.urls |= sub.urls
            rep.qr += sub.qr
            rep.attachments += [(k, "%s/%s" % (fn or "message", v)) for k, v in sub.attachments]
            continue
        data = part.get_payload(decode=True)
        if data is None:
            raise Fail("%s: %s payload missing" % (rep.name, where))
        if ctype.startswith("text/") and not fn:
            txt = _decode_text_part(part, rep, where)
            rep.charsets.append(part.get_content_charset() or "us-ascii")
            rep.ctes.append(cte)
            if ctype == "text/html":
                lp = _Links()
                lp.feed(txt)
                for l in lp.links:
                    if l.startswith(("http", "hxxp")):
                        rep.urls.add(_clean_url(l))
                if lp.scripts:
                    raise Fail("%s: script element in HTML body" % rep.name)
                rep.add_text("\n".join(lp.text), where)
            elif ctype == "text/calendar":
                _check_ics(txt, rep)
                rep.add_text(_ics_unfold(txt), where)
            else:
                rep.add_text(txt, where)
            continue
        rep.attachments.append((ctype, fn))
        _check_attachment(ctype, fn or "", data, rep, passwords, part)


def _ics_unfold(txt):
    t = re.sub(r"\r?\n[ \t]", "", txt)
    return t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


def _check_ics(txt, rep):
    lines = txt.replace("\r\n", "\n").split("\n")
    if not lines[0].startswith("BEGIN:VCALENDAR") or "END:VCALENDAR" not in txt:
        raise Fail("%s: invalid iCalendar" % rep.name)
    if "BEGIN:VEVENT" not in txt or "DTSTART" not in txt:
        raise Fail("%s: iCalendar without VEVENT/DTSTART" % rep.name)


def _try_qr_gray(w, h, gray, rep, where):
    try:
        m = qr.matrix_from_gray(gray, w, h)
        payload = qr.decode_matrix(m)
    except Exception:
        return None
    s = payload.decode("utf-8")
    rep.qr.append(s)
    rep.add_text(s, where + " (QR)")
    return s


def _check_attachment(ctype, fn, data, rep, passwords, part=None):
    low = fn.lower()
    if ctype == "application/pdf" or low.endswith(".pdf"):
        try:
            rd = Reader(data)
            t = rd.text()
        except Exception as e:
            raise Fail("%s: PDF %s unreadable: %s" % (rep.name, fn, e))
        rep.add_text(t, fn)
        for u in rd.uris():
            rep.urls.add(u)
        for w, h, cs, px in rd.images():
            if cs == "DeviceGray":
                _try_qr_gray(w, h, list(px), rep, fn)
        for an, ad in rd.attachments():
            rep.attachments.append(("embedded", an))
            if an.endswith(".xml"):
                root = ET.fromstring(ad)
                rep.add_text("\n".join(x.text for x in root.iter() if x.text), an)
        return
    if ctype == "image/png" or low.endswith(".png"):
        w, h, g = png.read_png(data)
        _try_qr_gray(w, h, g, rep, fn)
        return
    if low.endswith((".zip", ".docx", ".xlsx")) or ctype in ("application/zip", "application/x-zip-compressed"):
        zf = zipfile.ZipFile(io.BytesIO(data))
        enc = any(zi.flag_bits & 1 for zi in zf.infolist())
        pwd = None
        if enc:
            for p in passwords:
                try:
                    zf.setpassword(p.encode("utf-8"))
                    zf.testzip()
                    pwd = p
                    break
                except RuntimeError:
                    continue
            if pwd is None:
                raise Fail("%s: encrypted ZIP %s and no declared password opens it" % (rep.name, fn))
        bad = zf.testzip()
        if bad:
            raise Fail("%s: ZIP member %s corrupt" % (rep.name, bad))
        for zi in zf.infolist():
            if zi.is_dir():
                continue
            content = zf.read(zi)
            rep.attachments.append(("zip-member", "%s/%s" % (fn, zi.filename)))
            if zi.filename.endswith((".xml", ".rels")):
                try:
                    root = ET.fromstring(content)
                except ET.ParseError as e:
                    raise Fail("%s: %s in %s is not well-formed XML: %s" % (rep.name, zi.filename, fn, e))
                txt = " ".join(x.text for x in root.iter() if x.text)
                rep.add_text(txt, zi.filename)
                for el in root.iter():
                    for k, v in el.attrib.items():
                        if k.endswith("Target") and v.startswith("http"):
                            rep.urls.add(v)
            else:
                _check_attachment("", zi.filename, content, rep, passwords)
        return
    if low.endswith((".iso", ".img")):
        for name, content in office.read_iso9660(data):
            rep.attachments.append(("iso-member", "%s/%s" % (fn, name)))
            _check_attachment("", name, content, rep, passwords)
        return
    if low.endswith(".xml") or ctype in ("application/xml", "text/xml"):
        root = ET.fromstring(data)
        rep.add_text("\n".join(x.text for x in root.iter() if x.text), fn)
        return
    if low.endswith((".htm", ".html", ".shtml", ".svg", ".ics", ".txt", ".csv", ".url", ".lnk", ".js", ".vbs",
                     ".exe", ".bat", ".cmd", ".hta", ".msi", ".eml", ".p7s")) or ctype.startswith("text/"):
        if low.endswith(".p7s"):
            return
        try:
            txt = data.decode("utf-8")
        except UnicodeDecodeError:
            cs = part.get_content_charset() if part is not None else None
            txt = data.decode(cs or "latin-1")
        if low.endswith((".htm", ".html", ".shtml")):
            lp = _Links()
            lp.feed(txt)
            if lp.scripts:
                raise Fail("%s: script element in HTML attachment %s" % (rep.name, fn))
            for l in lp.links:
                if l.startswith("http"):
                    rep.urls.add(_clean_url(l))
        if low.endswith(".svg"):
            root = ET.fromstring(data)
            for el in root.iter():
                if el.tag.endswith("script"):
                    raise Fail("%s: script in SVG" % rep.name)
                for k, v in el.attrib.items():
                    if k.endswith("href") and v.startswith("http"):
                        rep.urls.add(v)
        if low.endswith(".ics"):
            _check_ics(txt, rep)
            txt = _ics_unfold(txt)
        if low.endswith((".htm", ".html", ".shtml")):
            rep.add_text("\n".join(lp.text), fn)
        elif low.endswith(".svg"):
            rep.add_text(" ".join(x.text for x in root.iter() if x.text), fn)
        else:
            rep.add_text(txt, fn)
        return
    if low.endswith((".eml",)):
        return
    # other binary data: nothing further to check


def check_headers(msg, raw, rep):
    keys = [k for k, _ in msg.items()]
    if keys[0] != "Return-Path" or keys[1] != "Received":
        raise Fail("%s: first headers must be Return-Path, Received (got %s)" % (rep.name, keys[:2]))
    top = msg.get_all("Received")[0]
    if "by mx01.example.com (Postfix)" not in top:
        raise Fail("%s: top Received is not mx01's" % rep.name)
    m = re.match(r"from (\S+) \((\S+) \[([0-9a-f.:]+)\]\)", top)
    if not m:
        raise Fail("%s: mx01 Received lacks helo/rdns/ip" % rep.name)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if len(msg.get_all(h) or []) != 1:
            raise Fail("%s: header %s count %d" % (rep.name, h, len(msg.get_all(h) or [])))
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if not (dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc) <= d < dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)):
        raise Fail("%s: Date outside Oct-Dec 2026: %s" % (rep.name, msg["Date"]))
    recv = email.utils.parsedate_to_datetime(top.rsplit(";", 1)[1].strip())
    if recv < d:
        raise Fail("%s: mx01 received before Date" % rep.name)
    prev = recv
    for rcv in msg.get_all("Received")[1:]:
        try:
            t = email.utils.parsedate_to_datetime(rcv.rsplit(";", 1)[1].strip())
        except Exception:
            # SendGrid-style internal timestamps
            continue
        if t > prev + dt.timedelta(seconds=1):
            raise Fail("%s: Received chain not monotonic (%s)" % (rep.name, rcv[:60]))
        prev = t
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            raise Fail("%s: line longer than 998 octets" % rep.name)
    if b"\n" in raw.replace(b"\r\n", b""):
        raise Fail("%s: bare LF" % rep.name)
    # every header decodes
    for k, v in msg.items():
        str(v)
    return m.groups(), d, recv


def _norm_digits(s):
    return re.sub(r"\D", "", s)


def verify_message(raw, meta):
    name = meta["file"]
    rep = Report(name)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    conn, date, recv = check_headers(msg, raw, rep)
    _walk(msg, rep, passwords=meta.get("passwords", []))
    for k in ("List-Unsubscribe", "X-Report-Abuse"):
        for v in msg.get_all(k) or []:
            for u in URL_RE.findall(str(v)):
                rep.urls.add(_clean_url(u))
    alltext = "\n".join(rep.texts)
    flat = re.sub(r"\s+", " ", alltext)
    # QR payloads declared must have been decoded
    for p in meta.get("qr", []):
        if p not in rep.qr:
            raise Fail("%s: QR payload not decoded from any image: %r" % (name, p[:60]))
    for p in rep.qr:
        if p not in meta.get("qr", []):
            raise Fail("%s: undeclared QR payload %r" % (name, p[:60]))
    # IBANs
    ibans = set()
    for cand in IBAN_RE.findall(alltext):
        c = cand.replace(" ", "")
        if c[:2] in ident.IBAN_LEN and len(c) >= ident.IBAN_LEN[c[:2]]:
            c = c[:ident.IBAN_LEN[c[:2]]]
            if not ident.iban_valid(c):
                raise Fail("%s: invalid IBAN %s" % (name, c))
            ibans.add(c)
    for ib in meta["facts"].get("iban", []):
        if ib.replace(" ", "") not in ibans:
            raise Fail("%s: declared IBAN %s not found" % (name, ib))
    undeclared = ibans - {x.replace(" ", "") for x in meta["facts"].get("iban", [])}
    if undeclared:
        raise Fail("%s: IBANs present but not declared: %s" % (name, sorted(undeclared)))
    # URLs
    declared = set(meta["facts"].get("url", []))
    for u in declared:
        if u not in rep.urls and u not in flat:
            raise Fail("%s: declared URL not found: %s" % (name, u))
    # wallets
    wallets = set(BTC_RE.findall(alltext))
    for w in wallets:
        if w.startswith("bc1") and not ident.bech32_ok(w):
            raise Fail("%s: bad bech32 address %s" % (name, w))
    for w in meta.get("wallets", []):
        if w not in wallets:
            raise Fail("%s: declared wallet missing %s" % (name, w))
    # phones
    phones_found = set()
    for p in PHONE_RE.findall(alltext):
        if len(_norm_digits(p)) >= 8:
            phones_found.add(_norm_digits(p))
    declared_ph = {_norm_digits(p): p for p in meta.get("phones", [])}
    digits_text = _norm_digits(alltext)
    for d, p in declared_ph.items():
        if d not in digits_text:
            raise Fail("%s: declared phone %s not found" % (name, p))
    und = [p for p in phones_found if not any(p.endswith(d[-8:]) or d.endswith(p[-8:]) for d in declared_ph)]
    if und:
        raise Fail("%s: international phone numbers present but not declared: %s" % (name, und))
    # national account numbers (declared with validators)
    for kind, value, extra in meta.get("accounts", []):
        if _norm_digits(value) not in digits_text:
            raise Fail("%s: declared account %s not found" % (name, value))
        if kind == "ru" and not ident.ru_account_ok(extra, value):
            raise Fail("%s: RU account %s fails BIK key check" % (name, value))
        if kind == "ru-corr" and not ident.ru_corr_ok(extra, value):
            raise Fail("%s: RU correspondent account %s fails BIK key check" % (name, value))
    rep.conn = conn
    rep.date = date
    rep.recv = recv
    rep.ibans = sorted(ibans)
    rep.wallets = sorted(wallets)
    rep.msg = msg
    return rep
