"""Verification of every generated message: parse, decode every part, check
attachments deeply (PDF, ZIP incl. ZipCrypto, OOXML, ISO, ICS, PNG/QR, HTML,
SVG, nested EML), IBAN mod-97 and national check digits, payload formats, and
collect the facts for the manifest."""

import datetime as _dt
import email
import email.policy
import email.utils
import html
import html.parser
import io
import re
import xml.etree.ElementTree as ET
import zipfile

from . import pdf as _pdf, qr as _qr, png as _png, archive, ident

URL_RE = re.compile(r"https?://[^\s<>\"'\]\[\\]+")
PHONE_RE = re.compile(r"(?:(?<![\w+])\+\d{1,3}(?:[ \u00a0\-()/.]{0,2}\d){6,14})|(?:(?:Tel\.?|tel\.?|Telefon|Phone|T: |"
                      r"Mobil|Mobile|kom\.|Τηλ\.?|тел\.?|Infolinia dla firm:|Линия поддержки:|Служба поддержки:)"
                      r"\s*:?\s*((?:\(?\d[\d \-()/]{5,}\d)))")
IBAN_CAND = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}(?![A-Z0-9])")


class VerifyError(Exception):
    pass


def _clean_url(u):
    u = html.unescape(u)
    while u and u[-1] in ".,;:!?)'\"»”":
        u = u[:-1]
    return u


class _Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src", "action", "xlink:href", "data-href") and v and v.startswith("http"):
                self.urls.append(v)

    def handle_data(self, d):
        self.text.append(d)


def find_ibans(text):
    out = []
    for mo in IBAN_CAND.finditer(text):
        cand = mo.group(0)
        toks = cand.split(" ")
        cc = toks[0][:2]
        need = ident.IBAN_LEN.get(cc)
        if not need:
            continue
        acc = ""
        hit = None
        for t in toks:
            acc += t
            if len(acc) == need:
                hit = acc
                break
            if len(acc) > need:
                break
        if hit is None and " " not in cand and len(cand) == need:
            hit = cand
        if hit:
            out.append(hit)
    return out


def check_message(raw, m, all_msgids):
    facts = {"URL": [], "IBAN": [], "QR": [], "phone": [], "wallet": [], "other": []}
    texts = []
    qrs_found = []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for need in ("Return-Path", "Received", "Message-ID", "Date", "From", "Subject", "MIME-Version",
                 "Authentication-Results"):
        if msg[need] is None:
            raise VerifyError("missing header %s" % need)
    if msg["To"] is None and msg["Cc"] is None:
        raise VerifyError("no To/Cc")
    rec = msg.get_all("Received")
    if "by mx01.example.com (Postfix)" not in rec[0].replace("\r\n", " ").replace("\t", " "):
        raise VerifyError("top Received is not mx01")
    # Received chain time order (top = newest)
    times = []
    for r in rec:
        s = " ".join(str(r).split())
        d = s.rsplit(";", 1)[-1].strip()
        d = re.sub(r"\s*\([A-Z]{2,5}\)$", "", d)
        mo = re.search(r"(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d(?:\.\d+)? [+-]\d{4}$", d)
        if mo:
            d = re.sub(r"(:\d\d)\.\d+", r"\1", mo.group(0))
        try:
            t = email.utils.parsedate_to_datetime(d)
        except Exception:
            t = None
        if t is None:
            mo = re.search(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.\d+ \+0000 UTC", s)
            if mo:
                t = _dt.datetime.strptime(mo.group(1), "%Y-%m-%d %H:%M:%S").replace(tzinfo=_dt.timezone.utc)
        if t is None:
            raise VerifyError("unparsable Received date: %r" % d)
        times.append(t)
    for a, b in zip(times, times[1:]):
        if a < b:
            raise VerifyError("Received chain not in time order: %s < %s" % (a, b))
    dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if not (_dt.datetime(2026, 10, 1, tzinfo=_dt.timezone.utc) <= dt <= _dt.datetime(2026, 12, 31, 23, 59,
                                                                                     tzinfo=_dt.timezone.utc)):
        raise VerifyError("Date outside Oct-Dec 2026")
    if dt > times[0]:
        raise VerifyError("Date after mx01 arrival")
    mid = str(msg["Message-ID"]).strip()
    if mid in all_msgids:
        raise VerifyError("duplicate Message-ID")
    all_msgids.add(mid)
    if str(msg["Subject"]) != m.subject:
        raise VerifyError("Subject decodes to %r, expected %r" % (str(msg["Subject"]), m.subject))
    # From display name
    fn, fa = email.utils.parseaddr(str(msg["From"]))
    if fa.lower() != m.frm[1].lower():
        raise VerifyError("From address mismatch %r" % fa)
    got = str(msg["From"]).split("<")[0].strip().strip('"').replace('\\"', '"')
    if m.frm[0] and " ".join(got.split()) != " ".join(m.frm[0].split()) and got.replace(" ", "") != m.frm[0].replace(" ", ""):
        raise VerifyError("From name decodes to %r" % str(msg["From"]))
    lu = msg.get("List-Unsubscribe")
    if lu:
        for u in URL_RE.findall(str(lu)):
            facts["URL"].append(_clean_url(u.rstrip(">,")))
    # walk MIME parts in parallel with our tree
    ours = [p for p in m.root.walk()]
    theirs = list(_walk(msg))
    if len(ours) != len(theirs):
        raise VerifyError("part count mismatch %d/%d" % (len(ours), len(theirs)))
    for o, t in zip(ours, theirs):
        if t.defects:
            raise VerifyError("defects: %r" % t.defects)
        kind = o.info.get("kind")
        if kind == "multipart":
            if t.get_content_maintype() != "multipart":
                raise VerifyError("expected multipart")
            continue
        if kind == "rfc822":
            inner = t.get_payload()[0] if t.is_multipart() else None
            data = o.info["data"]
            sub = email.message_from_bytes(data, policy=email.policy.default)
            _deep_texts(sub, texts, facts, qrs_found)
            continue
        payload = t.get_payload(decode=True)
        if kind == "text":
            cs = t.get_content_charset()
            txt = payload.decode(_pycs(cs), errors="strict")
            if txt.replace("\r\n", "\n") != o.info["text"].replace("\r\n", "\n") and \
                    txt.replace("\r\n", "\n").rstrip("\n") != o.info["text"].replace("\r\n", "\n").rstrip("\n"):
                raise VerifyError("text part round-trip mismatch")
            _add_text(txt, o.info["subtype"], texts, facts)
        elif kind == "attachment":
            if payload != o.info["data"]:
                raise VerifyError("attachment %s round-trip mismatch" % o.info["filename"])
            fname = t.get_filename()
            if fname != o.info["filename"]:
                raise VerifyError("filename decodes to %r not %r" % (fname, o.info["filename"]))
            _check_attachment(o.info, payload, texts, facts, qrs_found, m)
    # QR codes: found == intended
    if sorted(qrs_found) != sorted(m.qr):
        raise VerifyError("QR mismatch: found %r intended %r" % (qrs_found, m.qr))
    for q in qrs_found:
        facts["QR"].append(q)
        if q.startswith("BCD\n"):
            if not ident.epc_ok(q):
                raise VerifyError("bad EPC payload")
        if q.startswith("ST0001"):
            f = dict(kv.split("=", 1) for kv in q.split("|")[1:])
            if not ident.ru_account_ok(f["BIC"], f["PersonalAcc"]) or not ident.ru_corr_ok(f["BIC"], f["CorrespAcc"]):
                raise VerifyError("bad GOST account key")
        for u in URL_RE.findall(q):
            facts["URL"].append(_clean_url(u))
        for ib in find_ibans(q.replace("\n", " ")):
            facts["IBAN"].append(ib)
    alltext = "\n".join(texts)
    for mo in PHONE_RE.finditer(alltext):
        num = (mo.group(1) or mo.group(0)).strip()
        if not any(re.sub(r"\D", "", num) == re.sub(r"\D", "", x) for x in facts["phone"]):
            facts["phone"].append(num)
    for kind, val, note in m.facts:
        if kind == "phone" and not any(re.sub(r"\D", "", val) == re.sub(r"\D", "", x) for x in facts["phone"]):
            facts["phone"].append(val)
    for ib in find_ibans(alltext):
        facts["IBAN"].append(ib)
    for ib in facts["IBAN"]:
        if not ident.iban_check(ib):
            raise VerifyError("invalid IBAN %s" % ib)
        if not ident.national_ok(ib):
            raise VerifyError("invalid national check digits %s" % ib)
    norm = re.sub(r"[\s\-()./\u00a0]", "", alltext)
    for kind, val, note in m.facts:
        if kind == "phone":
            if re.sub(r"[\s\-()./\u00a0]", "", val) not in norm:
                raise VerifyError("phone %s not in content" % val)
        if kind == "wallet":
            if not ident.bech32_ok(val) or val not in alltext:
                raise VerifyError("wallet %s invalid/not present" % val)
        if kind == "IBAN" and val.replace(" ", "") not in [x for x in facts["IBAN"]]:
            raise VerifyError("declared IBAN %s not found" % val)
        if kind == "URL" and val not in facts["URL"]:
            raise VerifyError("declared URL %s not found" % val)
    # dedupe, keep order
    for k in facts:
        seen = []
        for v in facts[k]:
            if v not in seen:
                seen.append(v)
        facts[k] = seen
    return facts


def _walk(msg):
    yield msg
    if msg.get_content_type() == "message/rfc822":
        return
    if msg.is_multipart():
        for sub in msg.get_payload():
            for x in _walk(sub):
                yield x


def _pycs(cs):
    from .util import pycs
    return pycs(cs)


def _add_text(txt, subtype, texts, facts):
    if subtype in ("html", "svg+xml", "xml"):
        p = _Links()
        p.feed(txt)
        for u in p.urls:
            facts["URL"].append(_clean_url(u))
        t = html.unescape(" ".join(p.text))
        texts.append(t)
        for u in URL_RE.findall(t):
            facts["URL"].append(_clean_url(u))
    elif subtype == "calendar":
        unf = txt.replace("\r\n ", "").replace("\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
        texts.append(unf)
        for u in URL_RE.findall(unf):
            facts["URL"].append(_clean_url(u))
    else:
        texts.append(txt)
        for u in URL_RE.findall(txt):
            facts["URL"].append(_clean_url(u))


def _deep_texts(sub, texts, facts, qrs):
    for part in sub.walk():
        if part.get_content_maintype() == "multipart":
            continue
        pl = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            txt = pl.decode(_pycs(part.get_content_charset() or "us-ascii"))
            _add_text(txt, part.get_content_subtype(), texts, facts)
        elif part.get_content_type() == "image/png":
            _png.read_png(pl)


def _check_attachment(info, data, texts, facts, qrs, m):
    ct = info["ctype"]
    name = info["filename"].lower()
    if ct == "application/pdf":
        lines, q, links = _pdf.extract(data)
        texts.append("\n".join(lines))
        for u in links:
            facts["URL"].append(u)
        for l in lines:
            for u in URL_RE.findall(l):
                facts["URL"].append(_clean_url(u))
        qrs += q
    elif ct.startswith("image/png"):
        w, h, ch, rows = _png.read_png(data)
        try:
            val = _qr.decode_matrix(_qr.grid_from_lum(_png.gray_rows(w, h, ch, rows))).decode("utf-8")
            qrs.append(val)
        except Exception:
            if info.get("qr"):
                raise
    elif name.endswith((".zip",)) or ct in ("application/zip", "application/x-zip-compressed"):
        zf = zipfile.ZipFile(io.BytesIO(data))
        pw = m.meta.get("zip_pw", {}).get(info["filename"])
        if pw:
            zf.setpassword(pw.encode("utf-8"))
        if zf.testzip() is not None:
            raise VerifyError("zip CRC")
        for zi in zf.infolist():
            b = zf.read(zi)
            sub = dict(ctype=_guess(zi.filename), filename=zi.filename)
            if zi.filename.lower().endswith((".pdf", ".xlsx", ".docx", ".png", ".txt", ".csv", ".xml", ".html",
                                             ".htm")):
                _check_attachment(sub, b, texts, facts, qrs, m)
            else:
                texts.append(b.decode("utf-8", "replace"))
    elif name.endswith((".xlsx", ".docx")):
        zf = zipfile.ZipFile(io.BytesIO(data))
        if zf.testzip() is not None:
            raise VerifyError("ooxml CRC")
        for n in zf.namelist():
            if n.endswith(".xml") or n.endswith(".rels"):
                root = ET.fromstring(zf.read(n))
                if n.startswith(("xl/worksheets", "word/document")):
                    t = " ".join(x.text or "" for x in root.iter() if x.tag.endswith("}t"))
                    texts.append(t)
                    for u in URL_RE.findall(t):
                        facts["URL"].append(_clean_url(u))
    elif name.endswith((".iso", ".img")):
        for n, b in archive.iso_list(data):
            texts.append(n)
            texts.append(b.decode("utf-8", "replace"))
            for u in URL_RE.findall(b.decode("utf-8", "replace")):
                facts["URL"].append(_clean_url(u))
    elif name.endswith(".ics") or ct.startswith("text/calendar"):
        s = data.decode("utf-8")
        if not (s.startswith("BEGIN:VCALENDAR") and s.rstrip().endswith("END:VCALENDAR")):
            raise VerifyError("ics")
        unf = s.replace("\r\n ", "")
        texts.append(unf.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";"))
        for u in URL_RE.findall(unf.replace("\\n", "\n")):
            facts["URL"].append(_clean_url(u.replace("\\", "")))
    elif name.endswith((".html", ".htm", ".shtml")):
        _add_text(data.decode("utf-8"), "html", texts, facts)
    elif name.endswith(".svg"):
        ET.fromstring(data)
        _add_text(data.decode("utf-8"), "svg+xml", texts, facts)
    elif name.endswith(".xml"):
        ET.fromstring(data)
        _add_text(data.decode("utf-8"), "xml", texts, facts)
    elif name.endswith(".eml"):
        sub = email.message_from_bytes(data, policy=email.policy.default)
        _deep_texts(sub, texts, facts, qrs)
    elif ct.startswith("text/") or name.endswith((".txt", ".csv")):
        t = data.decode("utf-8-sig") if not info.get("charset") else data.decode(info["charset"])
        texts.append(t)
        for u in URL_RE.findall(t):
            facts["URL"].append(_clean_url(u))
    else:
        texts.append(data.decode("latin-1"))


def _guess(n):
    n = n.lower()
    if n.endswith(".pdf"):
        return "application/pdf"
    if n.endswith(".png"):
        return "image/png"
    if n.endswith(".xlsx"):
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    if n.endswith(".docx"):
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    if n.endswith((".txt", ".csv")):
        return "text/plain"
    return "application/octet-stream"


def structure(part, depth=0):
    i = part.info
    k = i.get("kind")
    if k == "multipart":
        return "%s{%s}" % (i["subtype"], ", ".join(structure(p, depth + 1) for p in part.parts))
    if k == "text":
        return "text/%s" % i["subtype"]
    if k == "rfc822":
        return "message/rfc822%s" % (' "%s"' % i["filename"] if i.get("filename") else "")
    if k == "attachment":
        return '%s "%s"%s' % (i["ctype"], i["filename"], " (inline)" if i.get("inline") else "")
    return "?"


def body_encodings(root):
    cs, ctes = [], []
    for p in root.walk():
        if p.info.get("kind") == "text":
            if p.info["charset"] not in cs:
                cs.append(p.info["charset"])
            if p.info["cte"] not in ctes:
                ctes.append(p.info["cte"])
    return " + ".join(cs) or "—", " + ".join(ctes) or "—"


def check_org():
    """Check digits of every identifier and account of the modelled organisations."""
    from . import org
    v = {"USt-IdNr.": ident.de_vat_ok, "Partita IVA": ident.it_piva_ok, "NIP": ident.pl_nip_ok,
         "NIF": ident.es_cif_ok, "ΑΦΜ": ident.gr_afm_ok, "VAT": ident.gb_vat_ok,
         "ИНН/КПП": lambda x: ident.ru_inn_ok(x.split(" ")[0])}
    for of in org.OFFICES:
        kind, val = of["taxid"]
        if not v[kind](val):
            raise VerifyError("bad tax id %s %s" % (kind, val))
    assert ident.pl_regon_ok(org.OFF["PL"]["reg"].split("REGON ")[1]), "REGON"
    assert ident.ru_ogrn_ok(org.OFF["RU"]["reg"].split("ОГРН ")[1]), "OGRN"
    assert ident.de_vat_ok(org.LIEF["vat"]) and ident.it_piva_ok(org.FERR["vat"]) and ident.pl_nip_ok(org.PLOG["vat"])
    assert ident.it_piva_ok(org.ADRIA["vat"]) and ident.es_cif_ok(org.DFL["vat"]) and ident.gr_afm_ok(org.ATTIKI["vat"])
    assert ident.ru_inn_ok(org.FARMD["inn"]) and ident.gb_vat_ok(org.BRIGHT["vat"])
    ibans = [org.EX_BANK_DE["iban"], org.LIEF["bank"]["iban"], org.FERR["bank_old"]["iban"],
             org.FERR["bank_new"]["iban"], org.PLOG["bank"]["iban"], org.ADRIA["bank"]["iban"], org.DFL["bank"]["iban"],
             org.ATTIKI["bank"]["iban"], org.BRIGHT["bank"]["iban"]]
    for ib in ibans:
        if not (ident.iban_check(ib) and ident.national_ok(ib)):
            raise VerifyError("bad IBAN %s" % ib)
    b = org.FARMD["bank"]
    assert ident.ru_account_ok(b["bic"], b["acct"]) and ident.ru_corr_ok(b["bic"], b["corr"]), "RU account key"
    for p in ("14866269", "88118519", "51784109", "18699532", "36315280", "28992807", "72376573", "51368055"):
        assert ident.pzn(p[:7]) == p, "PZN %s" % p
    return True
