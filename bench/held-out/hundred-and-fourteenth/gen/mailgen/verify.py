"""Independent verification of the written .eml files: parse with the email
package, decode every part strictly, open every attachment format, decode
QR codes, validate IBANs / wallets / accounts, recheck DKIM body hashes."""
import base64
import binascii
import email
import email.policy
import email.utils
import html as htmlmod
import io
import re
import zipfile
import xml.dom.minidom

from . import checks, core, office, pdf, png as pngmod, qr as qrmod

URL_RE = re.compile(r"""https?://[^\s<>"'()\[\]{}|\\^`«»“”„]+""")
INTL_PHONE_RE = re.compile(r"(?<![\w/=.-])(?<!\d )(?:\+|00)[1-9]\d{0,3}(?:[ \-/.]?\(?\d+\)?){2,7}")


class VerifyError(Exception):
    pass


def _pdf_text(data):
    """Extract text from PDFs written by mailgen.pdf (Tj strings, font maps)."""
    import zlib
    cmaps = {}
    simple = b"/WinAnsiEncoding >>" in data and b"/Differences" not in data
    m = re.search(rb"beginbfchar\n(.*?)\nendbfchar", data, re.S)
    texts = []
    tu = {}
    for sm in re.finditer(rb"<< /Length (\d+) /Filter /FlateDecode >>\nstream\n", data):
        ln = int(sm.group(1))
        dec = zlib.decompress(data[sm.end():sm.end() + ln])
        if b"begincmap" in dec:
            for mm in re.finditer(rb"<([0-9A-F]{2})> <([0-9A-F]{4})>", dec):
                tu[int(mm.group(1), 16)] = chr(int(mm.group(2), 16))
            continue
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", dec):
            raw = re.sub(rb"\\(.)", rb"\1", tm.group(1))
            if tu:
                texts.append("".join(tu.get(b, chr(b)) for b in raw))
            else:
                texts.append(raw.decode("cp1252"))
    return "\n".join(texts)


def _xml_text(data):
    xml.dom.minidom.parseString(data)  # well-formed?
    s = data.decode("utf-8")
    s = re.sub(r"<w:p[ >]", "\n<w:p ", s)
    s = re.sub(r"</row>", "\n", s)
    s = re.sub(r"</c>", "\t", s)
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", s))


class Extracted:
    def __init__(self):
        self.texts = []    # (where, text)
        self.qr = []
        self.parts = []    # descriptors
        self.attachments = []
        self.errors = []


def _handle_blob(name, data, ctype, ex, passwords, depth=0):
    lname = (name or "").lower()
    if ctype == "application/pdf" or lname.endswith(".pdf"):
        if data.startswith(b"%PDF"):
            res = pdf.check(data)
            for mtx in res["qr"]:
                ex.qr.append(qrmod.decode(mtx).decode("utf-8"))
            ex.texts.append((name, _pdf_text(data)))
            for u in res["uris"]:
                ex.texts.append((name + " (link annotation)", u))
        else:
            ex.texts.append((name, data.decode("utf-8", "replace")))
        return
    if lname.endswith(".png") or ctype == "image/png":
        pngmod.read(data)
        try:
            ex.qr.append(pngmod.qr_from_png(data).decode("utf-8"))
        except Exception:
            pass
        return
    if lname.endswith((".jpg", ".jpeg", ".gif")):
        return
    if lname.endswith((".xlsx", ".docx")):
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise VerifyError("corrupt OOXML %s" % name)
        for n in z.namelist():
            if n.endswith(".xml") or n.endswith(".rels"):
                t = _xml_text(z.read(n))
                if n.startswith(("xl/worksheets", "word/document")):
                    ex.texts.append(("%s:%s" % (name, n), t))
        return
    if lname.endswith(".zip") or ctype in ("application/zip", "application/x-zip-compressed"):
        z = zipfile.ZipFile(io.BytesIO(data))
        for info in z.infolist():
            pw = None
            if info.flag_bits & 1:
                for p in passwords:
                    try:
                        z.read(info, pwd=p.encode("utf-8"))
                        pw = p.encode("utf-8")
                        break
                    except RuntimeError:
                        continue
                if pw is None:
                    raise VerifyError("no known password opens %s in %s" % (info.filename, name))
            inner = z.read(info, pwd=pw)
            ex.attachments.append(("%s/%s" % (name, info.filename), len(inner)))
            _handle_blob("%s/%s" % (name, info.filename), inner, "", ex, passwords, depth + 1)
        return
    if lname.endswith((".img", ".iso")):
        for fn, inner in office.iso_list(data):
            ex.attachments.append(("%s/%s" % (name, fn), len(inner)))
            _handle_blob("%s/%s" % (name, fn), inner, "", ex, passwords, depth + 1)
        return
    if lname.endswith((".ics",)) or ctype == "text/calendar":
        t = data.decode("utf-8")
        ex.texts.append((name, re.sub(r"\r\n[ \t]", "", t)))
        return
    if lname.endswith((".htm", ".html", ".svg", ".txt", ".lnk", ".exe", ".scr", ".js", ".csv", ".xml", ".eml")):
        t = data.decode("utf-8")
        ex.texts.append((name, htmlmod.unescape(t)))
        return
    ex.texts.append((name, data.decode("utf-8", "replace")))


def extract(raw, passwords=()):
    ex = Extracted()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            if ct == "message/rfc822":
                ex.attachments.append((part.get_filename() or "message.eml", 0))
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        payload = part.get_payload(decode=False)
        if cte == "base64":
            try:
                data = base64.b64decode("".join(payload.split()), validate=True)
            except binascii.Error as e:
                raise VerifyError("bad base64 in %s: %s" % (ct, e))
        else:
            data = part.get_payload(decode=True)
        if cte == "quoted-printable":
            for line in payload.split("\n"):
                if len(line.rstrip("\r")) > 76:
                    raise VerifyError("QP line longer than 76 chars")
        if cte == "7bit" and any(b > 127 for b in data):
            raise VerifyError("8-bit data in 7bit part")
        fn = part.get_filename()
        if ct.startswith("text/") and not fn:
            cs = part.get_content_charset() or "us-ascii"
            try:
                text = data.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                raise VerifyError("text part not decodable as %s: %s" % (cs, e))
            if ct == "text/html":
                text = htmlmod.unescape(text)
            if ct == "text/calendar":
                text = re.sub(r"\r?\n[ \t]", "", text)
            ex.texts.append((ct, text))
            ex.parts.append((ct, cs, cte))
            continue
        ex.attachments.append((fn or ct, len(data)))
        _handle_blob(fn or "", data, ct, ex, passwords)
    return msg, ex


XMLNS_RE = re.compile(r"""xmlns(?::\w+)?=["'][^"']*["']""")


def urls_in(text):
    out = []
    text = XMLNS_RE.sub("", text)
    for u in URL_RE.findall(text):
        u = u.rstrip(".,;:!?*")
        if u not in out:
            out.append(u)
    return out


def _digits(s):
    return re.sub(r"\D", "", s)


def verify_message(m, raw, file_label):
    """m: builder.M with facts; raw: bytes as written.  Returns info dict."""
    errs = []
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF in message")
    head, _, body = raw.partition(b"\r\n\r\n")
    for line in raw.split(b"\r\n"):
        if len(line) > 998:
            errs.append("line longer than 998 octets")
            break
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        errs.append("non-ASCII octets in header")
    pw = [p for p, _ in m.facts["passwords"]]
    msg, ex = extract(raw, pw)
    for hname in ("Return-Path", "Received", "Message-ID", "Date", "From", "To", "Subject", "MIME-Version", "Content-Type"):
        if msg[hname] is None:
            errs.append("missing %s" % hname)
    if str(msg["Subject"]) != m.subject:
        errs.append("Subject does not decode to the intended text: %r" % str(msg["Subject"]))
    fd = msg["From"].addresses[0]
    if fd.addr_spec != m.from_addr or re.sub(r"\s+", " ", fd.display_name) != re.sub(r"\s+", " ", m.from_disp):
        errs.append("From does not decode as intended: %r" % str(msg["From"]))
    rcv = msg.get_all("Received")
    if len(rcv) < 2 and not getattr(m.route, "internal", False):
        pass
    if "by mx01.example.com (Postfix)" not in str(rcv[0]):
        errs.append("top Received is not mx01")
    raw_head = head.decode("ascii", "replace")
    first_rcv = raw_head.find("\r\nReceived:")
    if raw_head.find("Received:") > raw_head.find("Return-Path:") + 200 or not raw_head.startswith("Return-Path:"):
        errs.append("Return-Path/Received order")
    # timestamps monotonic (bottom to top)
    times = []
    for r in rcv:
        s = str(r)
        if ";" in s:
            ds = s.rsplit(";", 1)[1].strip()
            ds = re.sub(r"\s+", " ", ds)
            try:
                times.append(email.utils.parsedate_to_datetime(ds))
            except (TypeError, ValueError):
                errs.append("unparsable Received date: %r" % ds)
    for a, b in zip(times, times[1:]):
        if a < b:
            errs.append("Received timestamps not monotonic (%s < %s)" % (a, b))
    d = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if times and d > times[0]:
        errs.append("Date after mx01 receipt")
    if not (d.year == 2026 and d.month in (10, 11, 12)):
        errs.append("Date outside Oct-Dec 2026: %s" % d)
    # DKIM body hash recheck
    for dk in msg.get_all("DKIM-Signature") or []:
        val = re.sub(r"\s+", "", str(dk))
        tags = dict(t.split("=", 1) for t in val.split(";") if "=" in t)
        canon = tags.get("c", "simple/simple").split("/")
        bcanon = canon[1] if len(canon) > 1 else "simple"
        if tags.get("bh") != core.body_hash(body, bcanon):
            if not m.meta.get("dkim_broken"):
                errs.append("DKIM bh mismatch for d=%s" % tags.get("d"))
    # QR
    for want in m.facts["qr"]:
        if want not in ex.qr:
            errs.append("QR payload not decoded from message: %r" % want[:60])
    for got in ex.qr:
        if got not in m.facts["qr"]:
            errs.append("undeclared QR code: %r" % got[:60])
    corpus = "\n".join(t for _, t in ex.texts) + "\n" + "\n".join(ex.qr)
    # IBANs
    found = []
    for ib in checks.find_ibans(corpus.upper()):
        if ib not in found:
            found.append(ib)
    declared = [i[0].replace(" ", "") for i in m.facts["ibans"]]
    for ib in found:
        if not checks.iban_valid(ib):
            errs.append("invalid IBAN in text: %s" % ib)
        elif ib not in declared:
            errs.append("IBAN not declared in facts: %s" % ib)
    for ib in declared:
        if not checks.iban_valid(ib):
            errs.append("declared IBAN invalid: %s" % ib)
        if ib not in found:
            errs.append("declared IBAN not in message: %s" % ib)
    # wallets
    for w, _ in m.facts["wallets"]:
        if not checks.bech32_valid(w):
            errs.append("wallet checksum invalid: %s" % w)
        if w not in corpus:
            errs.append("wallet not in message: %s" % w)
    # phones
    norm = re.sub(r"\s+", " ", corpus)
    dec = [_digits(p) for p in m.facts["phones"]]
    for p in m.facts["phones"]:
        if re.sub(r"\s+", " ", p) not in norm:
            errs.append("declared phone not found: %s" % p)
    for hit in INTL_PHONE_RE.findall(corpus):
        dg = _digits(hit)
        if dg.startswith("00"):
            dg = dg[2:]
        if len(dg) < 9:
            continue
        if not any(dg.endswith(x.lstrip("0")[-8:]) or x.endswith(dg[-8:]) for x in dec if x):
            errs.append("undeclared phone-like number: %s" % hit.strip())
    # Russian accounts
    for acc in m.facts["accounts"]:
        if isinstance(acc, tuple) and acc[0] == "RU":
            _, bik, rs, ks = acc[:4]
            if not checks.ru_account_valid(bik, rs):
                errs.append("RU account key invalid %s" % rs)
            if not checks.ru_corr_account_valid(bik, ks):
                errs.append("RU corr account key invalid %s" % ks)
            if rs not in corpus or bik not in corpus:
                errs.append("RU account not in message")
    urls = urls_in(corpus)
    if errs:
        raise VerifyError("%s: %s" % (file_label, "; ".join(errs)))
    return dict(urls=urls, ibans=found, parts=ex.parts, attachments=ex.attachments, qr=ex.qr)
