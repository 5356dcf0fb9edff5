"""Verification of the generated messages: parse, decode every part,
open every container, extract text, check QR codes, IBANs (mod 97),
creditor references, wallets, and collect the facts for the manifest."""

import email
import email.policy
import email.utils
import io
import re
import zipfile
import zlib
from datetime import datetime, timezone
from email.header import decode_header, make_header
from xml.etree import ElementTree as ET

from . import checks as ck
from . import containers
from . import pdf as _pdf
from . import png as _png
from . import qr as _qr

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?)")
NRB_RE = re.compile(r"(?<![\w|])(\d{2}(?:[ \u00a0]?\d{4}){6})(?![\w])")
URL_RE = re.compile(r"(?:https?|hxxps?)://[^\s<>\"'\]\)\\|]+")
BECH_RE = re.compile(r"\bbc1q[02-9ac-hj-np-z]{38}\b")
TRON_RE = re.compile(r"\bT[1-9A-HJ-NP-Za-km-z]{33}\b")


class VerifyError(Exception):
    pass


def _pdf_text(data):
    objs = {}
    for mt in re.finditer(rb"(\d+) 0 obj\n(.*?)\nendobj", data, re.S):
        body = mt.group(2)
        sm = re.search(rb"/Length (\d+) >>\nstream\n", body)
        stream = None
        if sm:
            raw = body[sm.end():sm.end() + int(sm.group(1))]
            stream = zlib.decompress(raw) if b"/FlateDecode" in body[:sm.end()] else raw
        objs[int(mt.group(1))] = (body[:sm.end()] if sm else body, stream)
    cmaps = {}
    for oid, (d, s) in objs.items():
        m = re.search(rb"/Subtype /Type0 .*?/ToUnicode (\d+) 0 R", d)
        if m:
            tu = objs[int(m.group(1))][1].decode("latin-1")
            cmaps[oid] = {int(a, 16): bytes.fromhex(b).decode("utf-16-be") for a, b in re.findall(r"<([0-9A-F]{4})> <([0-9A-F]+)>", tu) if a != "0000" or b != "FFFF"}
    out = []
    for oid, (d, s) in objs.items():
        if b"/Type /Page " in d:
            fonts = dict((k.decode(), int(v)) for k, v in re.findall(rb"/(F\d) (\d+) 0 R", d))
            cid = int(re.search(rb"/Contents (\d+) 0 R", d).group(1))
            content = objs[cid][1].decode("latin-1")
            for fm, hx in re.findall(r"/(F\d) [\d.]+ Tf [-\d.]+ [-\d.]+ Td <([0-9A-F]+)> Tj", content):
                cm = cmaps[fonts[fm]]
                out.append("".join(cm[int(hx[i:i + 4], 16)] for i in range(0, len(hx), 4)))
    return "\n".join(out)


def _qr_from_gray(w, h, rows):
    m = _qr.matrix_from_gray(rows, w, h)
    return _qr.decode_matrix(m).decode("utf-8")


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext() if t.strip())


class Extract:
    def __init__(self, passwords):
        self.texts = []
        self.qr = []
        self.items = []
        self.passwords = passwords

    def add(self, label, text):
        self.texts.append((label, text))

    def blob(self, name, data, ctype=""):
        low = name.lower()
        ctype = ctype.lower()
        if low.endswith(".pdf") or ctype == "application/pdf":
            imgs = _pdf.check(data)
            self.add(name, _pdf_text(data))
            for (w, h, raw) in imgs:
                rows = [list(raw[i * w:(i + 1) * w]) for i in range(h)]
                self.qr.append(_qr_from_gray(w, h, rows))
            self.items.append("pdf:" + name)
        elif low.endswith(".png") or ctype == "image/png":
            w, h, rows = _png.read(data)
            try:
                self.qr.append(_qr_from_gray(w, h, rows))
            except Exception:
                pass  # logos and banners
            self.items.append("png:" + name)
        elif low.endswith((".xlsx", ".docx")) or "openxmlformats" in ctype:
            z = zipfile.ZipFile(io.BytesIO(data))
            if z.testzip() is not None:
                raise VerifyError("bad OOXML zip " + name)
            txt = []
            for n in z.namelist():
                if n.endswith(".xml") or n.endswith(".rels"):
                    x = z.read(n)
                    t = _xml_text(x)
                    if n.startswith(("word/document", "xl/sharedStrings", "xl/worksheets")):
                        txt.append(t)
            self.add(name, "\n".join(txt))
            self.items.append("ooxml:" + name)
        elif low.endswith(".zip") or ctype in ("application/zip", "application/x-zip-compressed"):
            z = zipfile.ZipFile(io.BytesIO(data))
            enc = any(i.flag_bits & 1 for i in z.infolist())
            pwd = None
            if enc:
                for p in self.passwords:
                    try:
                        z.read(z.infolist()[0], pwd=p.encode("utf-8"))
                        pwd = p.encode("utf-8")
                        break
                    except Exception:
                        continue
                if pwd is None:
                    raise VerifyError("no working password for " + name)
            for info in z.infolist():
                content = z.read(info, pwd=pwd)
                self.blob(info.filename, content)
            self.items.append("zip%s:%s" % ("(encrypted)" if enc else "", name))
        elif low.endswith((".iso", ".img")) or ctype in ("application/x-iso9660-image", "application/octet-stream") and data[32769:32774] == b"CD001":
            files = containers.read_iso_joliet(data)
            for n, content in files.items():
                self.blob(n, content)
            self.items.append("iso:" + name)
        elif low.endswith(".ics") or ctype == "text/calendar":
            t = data.decode("utf-8")
            if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
                raise VerifyError("bad ics")
            self.add(name, t.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";"))
            self.items.append("ics:" + name)
        elif low.endswith(".wav") or ctype.startswith("audio/"):
            if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
                raise VerifyError("bad wav")
            self.items.append("wav:" + name)
        elif low.endswith((".svg",)):
            ET.fromstring(data)
            self.add(name, data.decode("utf-8"))
            self.items.append("svg:" + name)
        elif low.endswith((".htm", ".html", ".shtml", ".txt", ".csv", ".xml", ".lnk", ".js", ".url", ".vbs", ".bat", ".hta", ".msi", ".exe", ".dll", ".bin", ".img.txt")) or ctype.startswith("text/"):
            try:
                t = data.decode("utf-8")
            except UnicodeDecodeError:
                t = data.decode("latin-1")
            if "<script" in t.lower():
                raise VerifyError("script tag in attachment " + name)
            self.add(name, t)
            self.items.append("text:" + name)
        elif low.endswith(".eml") or ctype == "message/rfc822":
            self.message(email.message_from_bytes(data, policy=email.policy.compat32), nested=True)
            self.items.append("eml:" + name)
        elif low.endswith(".p7s") or "pkcs7" in ctype:
            self.items.append("p7s:" + name)
        else:
            raise VerifyError("unhandled attachment %s (%s)" % (name, ctype))

    def message(self, msg, nested=False):
        for h in ("Subject", "From", "To"):
            v = msg.get(h)
            if v:
                self.add("header:" + h, str(make_header(decode_header(v))))
        for part in msg.walk():
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            fn = part.get_filename()
            if fn:
                fn = str(make_header(decode_header(fn)))
            if ctype == "message/rfc822":
                sub = part.get_payload()
                for s in sub if isinstance(sub, list) else [sub]:
                    self.message(s, nested=True)
                self.items.append("eml:%s" % (fn or "message"))
                continue
            data = part.get_payload(decode=True)
            cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            if cte == "base64":
                import base64
                import binascii
                raw = part.get_payload()
                try:
                    base64.b64decode("".join(raw.split()), validate=True)
                except binascii.Error as e:
                    raise VerifyError("invalid base64 in %s: %s" % (ctype, e))
            if ctype == "text/calendar" and not fn:
                self.blob("calendar.ics", data, ctype)
                continue
            if ctype.startswith("text/") and not fn:
                cs = part.get_content_charset() or "us-ascii"
                from .mime import pycs
                try:
                    text = data.decode(pycs(cs))
                except UnicodeDecodeError as e:
                    raise VerifyError("text part not decodable as %s: %s" % (cs, e))
                self.add(ctype, text)
            else:
                self.blob(fn or ctype, data, ctype)


_DATE_RE = re.compile(r"(?:\w{3},\s+)?\d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d(?:\.\d+)? [+-]\d{4}")


def _dt_of_received(v):
    v = re.sub(r"\s+", " ", v)
    mt = None
    for mt in _DATE_RE.finditer(v):
        pass
    if not mt:
        return None
    d = re.sub(r"(\d\d:\d\d:\d\d)\.\d+", r"\1", mt.group(0))
    return email.utils.parsedate_to_datetime(d)


def verify_message(path, raw, meta):
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    problems = []
    for h in ("Return-Path", "Received", "Message-ID", "Date", "From", "To", "Subject", "MIME-Version"):
        if msg.get(h) is None:
            problems.append("missing " + h)
    rec = msg.get_all("Received")
    top = rec[0]
    if "by mx01.example.com (Postfix)" not in top or "for <" not in top:
        problems.append("top Received is not mx01")
    keys = list(msg.keys())
    if keys[0] != "Return-Path" or keys[1] != "Received":
        problems.append("mx01 headers not on top")
    # time order of the Received chain (top = latest)
    try:
        times = [x for x in (_dt_of_received(r) for r in rec) if x is not None]
        for a, b in zip(times, times[1:]):
            if (a - b).total_seconds() < -1:
                problems.append("Received chain goes backwards: %s < %s" % (a, b))
        date = email.utils.parsedate_to_datetime(msg["Date"])
        if not (datetime(2026, 10, 1, tzinfo=timezone.utc) <= date <= datetime(2027, 1, 1, tzinfo=timezone.utc)):
            problems.append("Date outside Oct-Dec 2026")
        if (times[0] - date).total_seconds() < 0:
            problems.append("Date after receipt")
        if (times[0] - date).total_seconds() > 3 * 86400 and not meta.get("old_date_ok"):
            problems.append("Date more than 3 days before receipt")
    except Exception as e:
        problems.append("date parse: %r" % e)
    rcpt = re.search(r"for <([^>]+)>", top).group(1)
    ex = Extract(meta["passwords"])
    try:
        ex.message(msg)
    except VerifyError as e:
        problems.append(str(e))
    except Exception as e:
        problems.append("extraction failed: %r" % e)
    alltext = "\n".join(t for _, t in ex.texts)
    alltext = re.sub(r'\sxmlns(?::\w+)?="[^"]*"', "", alltext)
    flat = re.sub(r"\s+", " ", alltext)
    # IBANs
    ibans = []
    for mt in list(IBAN_RE.finditer(alltext)) + list(IBAN_RE.finditer(flat)):
        s = mt.group(1).replace(" ", "").replace("\u00a0", "")
        cc = s[:2]
        if cc == "RF":
            for n in range(len(s), 6, -1):
                if ck.rf_valid(s[:n]):
                    if ("RF", s[:n], True) not in ibans:
                        ibans.append(("RF", s[:n], True))
                    break
            continue
        if cc not in ck.IBAN_LENGTHS:
            continue
        s = s[:ck.IBAN_LENGTHS[cc]]
        if len(s) < ck.IBAN_LENGTHS[cc]:
            continue
        ok = ck.iban_valid(s) and ck.national_check_ok(s)
        if not ok:
            problems.append("invalid IBAN %s" % s)
        if ("IBAN", s, ok) not in ibans:
            ibans.append(("IBAN", s, ok))
    for mt in list(NRB_RE.finditer(alltext)) + list(NRB_RE.finditer(flat)):
        s = "PL" + re.sub(r"\s", "", mt.group(1))
        ok = ck.iban_valid(s) and ck.national_check_ok(s)
        if not ok:
            problems.append("invalid Polish NRB %s" % s[2:])
        if ("IBAN", s, ok) not in ibans:
            ibans.append(("IBAN", s, ok))
    ids = []
    for rx, fn, label in ((r"P\.\s?IVA\s*(?:IT)?\s*(\d{11})\b", ck.it_piva_valid, "P.IVA"),
                          (r"\bNIP[:\s]*(\d{3}-?\d{3}-?\d{2}-?\d{2}|\d{10})\b", ck.pl_nip_valid, "NIP"),
                          (r"\bREGON[:\s]*(\d{9})\b", ck.pl_regon_valid, "REGON"),
                          (r"ΑΦΜ\s*(\d{9})\b", ck.gr_afm_valid, "AFM"),
                          (r"ИНН\s*(\d{10})\b", ck.ru_inn_valid, "INN"),
                          (r"ОГРН\s*(\d{13})\b", ck.ru_ogrn_valid, "OGRN"),
                          (r"\bCIF\s*([A-HJNP-SUVW]\d{7}[0-9A-J])\b", ck.es_cif_valid, "CIF"),
                          (r"USt-IdNr\.?\s*(DE\d{9})\b", ck.de_vat_valid, "USt-IdNr"),
                          (r"VAT (?:No\.?\s*)?(GB\d{9})\b", ck.gb_vat_valid, "UK VAT")):
        for mt in re.finditer(rx, flat):
            val = mt.group(1)
            ok = fn(val)
            if (label, val, ok) not in ids:
                ids.append((label, val, ok))
            if not ok and "invalid %s %s" % (label, val) not in problems:
                problems.append("invalid %s %s" % (label, val))
    urls = []
    for u in URL_RE.findall(alltext):
        u = u.rstrip(".,;:!?»")
        import html as _h
        u = _h.unescape(u)
        if u not in urls:
            urls.append(u)
    wallets = []
    for w in BECH_RE.findall(alltext):
        if not ck.btc_bech32_valid(w):
            problems.append("bad bech32 " + w)
        if w not in wallets:
            wallets.append(w)
    for w in TRON_RE.findall(alltext):
        if ck.tron_valid(w) and w not in wallets:
            wallets.append(w)
    for w in meta["wallets"]:
        if w not in wallets:
            problems.append("declared wallet not found: " + w)
    for p in meta["phones"]:
        if re.sub(r"\s+", " ", p) not in flat:
            problems.append("declared phone not found: " + p)
    if sorted(ex.qr) != sorted(meta["qr"]):
        problems.append("QR mismatch: decoded %r declared %r" % (ex.qr, meta["qr"]))
    return dict(problems=problems, ibans=ibans, ids=ids, urls=urls, wallets=wallets, qr=ex.qr, items=ex.items, rcpt=rcpt,
                msg=msg, text=alltext)
