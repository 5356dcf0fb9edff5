"""Verification of the written corpus with Python's email package."""
import email
import email.policy
import email.utils
import io
import os
import re
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email.header import decode_header

import ids
import qrcheck
from mime import Attach, Multi

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam", "received-spf")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b")
NRB_RE = re.compile(r"\b(\d{2}(?: \d{4}){6})\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80})\b")
FNAME_RE = re.compile(r"^\d{2}-(de|en|it|pl|es|el|ru)-[a-z0-9-]+\.eml$")


def attach_index(part, out):
    if isinstance(part, Multi):
        for c in part.parts:
            attach_index(c, out)
    elif isinstance(part, Attach) and part.filename:
        out[part.filename] = part


def check_pdf(data):
    assert data.startswith(b"%PDF-1."), "not a PDF"
    m = re.search(rb"startxref\n(\d+)\n%%EOF", data)
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b"xref"
    lines = data[xref:].split(b"\n")
    n = int(lines[1].split()[1])
    for i in range(1, n):
        off = int(lines[2 + i][:10])
        assert data[off:].startswith(b"%d 0 obj" % i), "bad xref %d" % i
    text = b""
    for s in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        text += zlib.decompress(s.group(1))
    return text.decode("cp1252", "replace")


def scan_ids(text, where, problems):
    for m in IBAN_RE.finditer(text):
        s = m.group(1)
        cc = s[:2]
        if cc in ("DE", "IT", "ES", "PL", "GR", "LT", "GB", "PT", "FR", "AT", "NL", "BE") and not ids.iban_ok(s):
            problems.append("%s: invalid IBAN %s" % (where, s))
    for m in NRB_RE.finditer(text):
        if not ids.iban_ok("PL" + m.group(1)):
            problems.append("%s: invalid NRB %s" % (where, m.group(1)))
    for m in BTC_RE.finditer(text):
        if not ids.bech32_ok(m.group(1)):
            problems.append("%s: invalid bech32 %s" % (where, m.group(1)))


RU_BIK = re.compile(r"(?:БИК|BIK)\s*(\d{9})")
RU_RS = re.compile(r"(?:р/с|r/s)\s*(\d{20})")
RU_KS = re.compile(r"(?:к/с|k/s)\s*(\d{20})")


def scan_ru(text, where, problems):
    biks = RU_BIK.findall(text)
    if not biks:
        return 0
    n = 0
    for acct in RU_RS.findall(text):
        n += 1
        if not any(ids.ru_acct_ok(b[-3:], acct) for b in biks):
            problems.append("%s: settlement account %s fails BIK key" % (where, acct))
    for acct in RU_KS.findall(text):
        n += 1
        if not any(ids.ru_acct_ok("0" + b[4:6], acct) for b in biks):
            problems.append("%s: correspondent account %s fails BIK key" % (where, acct))
    return n


def run(root, mails):
    problems = []
    counts = {}
    for m in mails:
        path = os.path.join(root, m.folder, m.fname)
        where = "%s/%s" % (m.folder, m.fname)
        counts[(m.folder, m.lang)] = counts.get((m.folder, m.lang), 0) + 1
        if not FNAME_RE.match(m.fname):
            problems.append("%s: bad file name" % where)
        raw = open(path, "rb").read()
        head, _, _ = raw.partition(b"\n\n")
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            problems.append("%s: non-ASCII header bytes" % where)
        for ln in raw.split(b"\n"):
            if len(ln) > 998:
                problems.append("%s: line longer than 998" % where)
                break
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            problems.append("%s: message defects %r" % (where, msg.defects))
        keys = [k.lower() for k in msg.keys()]
        if keys[0] != "return-path" or keys[1] != "received":
            problems.append("%s: Return-Path/Received order" % where)
        for k in keys:
            if k.startswith(FORBIDDEN):
                problems.append("%s: forbidden header %s" % (where, k))
        rec = msg.get_all("Received")
        top = str(rec[0])
        if "by mx01.example.com (Postfix)" not in top or "for <" not in top or not re.match(r"from \S+ \(\S+ \[[0-9a-fA-F.:]+\]\)", top):
            problems.append("%s: top Received not mx01 style: %s" % (where, top[:80]))
        if m.meta.get("internal") and "mail-int01.example.com [10.20.0.25]" not in top:
            problems.append("%s: internal mail not via mail-int01" % where)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                problems.append("%s: missing %s" % (where, h))
        for h in ("From", "To", "Cc", "Subject", "Reply-To"):
            for v in msg.get_all(h) or []:
                _ = str(v)
            for chunk, cs in decode_header(raw_header(raw, h)):
                if isinstance(chunk, bytes) and cs:
                    try:
                        chunk.decode(cs)
                    except Exception as e:
                        problems.append("%s: header %s does not decode: %s" % (where, h, e))
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if not (d.year == 2026 and d.month in (10, 11, 12)):
            problems.append("%s: date out of range %s" % (where, d))
        tdate = email.utils.parsedate_to_datetime(top.rsplit(";", 1)[1].strip())
        if not (0 <= (tdate - d).total_seconds() < 3600):
            problems.append("%s: mx01 time vs Date: %s" % (where, (tdate - d).total_seconds()))
        idx = {}
        attach_index(m.body, idx)
        alltext = ""
        ntext = 0
        for part in msg.walk():
            if part.defects:
                problems.append("%s: part defects %r" % (where, part.defects))
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            payload = part.get_payload(decode=True)
            fn = part.get_filename()
            if ct.startswith("text/") and not fn:
                ntext += 1
                cs = part.get_content_charset()
                try:
                    txt = payload.decode(cs, errors="strict")
                    part.get_content()
                    alltext += txt + "\n"
                except Exception as e:
                    problems.append("%s: text part (%s, %s) does not decode: %s" % (where, ct, cs, e))
                cte = part.get("Content-Transfer-Encoding", "7bit").lower()
                if cte == "7bit" and any(b > 127 for b in payload):
                    problems.append("%s: 8-bit data in 7bit part" % where)
            elif fn:
                a = idx.get(fn)
                if a is None:
                    problems.append("%s: attachment filename %r not recovered" % (where, fn))
                elif a.data != payload:
                    problems.append("%s: attachment %s payload mismatch" % (where, fn))
                if ct == "application/pdf":
                    try:
                        alltext += check_pdf(payload)
                    except Exception as e:
                        problems.append("%s: PDF %s invalid: %s" % (where, fn, e))
                elif "zip" in ct:
                    try:
                        zf = zipfile.ZipFile(io.BytesIO(payload))
                        pwd = getattr(a, "pwd", None)
                        for zi in zf.infolist():
                            enc = zi.flag_bits & 1
                            if enc and not pwd:
                                problems.append("%s: encrypted zip without known password" % where)
                                continue
                            data = zf.read(zi, pwd=pwd.encode() if enc else None)
                            if b"INERT TEST PLACEHOLDER" not in data or data.count(b"\n") != 1:
                                problems.append("%s: zip member %s not a placeholder" % (where, zi.filename))
                        if pwd and pwd not in alltext_of(msg):
                            problems.append("%s: zip password not given in body" % where)
                    except Exception as e:
                        problems.append("%s: ZIP %s invalid: %s" % (where, fn, e))
                elif ct == "image/svg+xml":
                    txt = payload.decode("utf-8")
                    ET.fromstring(txt)
                    if "<script" in txt.lower() or "onload" in txt.lower():
                        problems.append("%s: script in SVG" % where)
                    alltext += txt
                elif ct == "text/html":
                    txt = payload.decode("utf-8")
                    if "<script" in txt.lower():
                        problems.append("%s: script in HTML attachment" % where)
                    alltext += txt
                elif ct in ("text/xml", "application/xml", "text/calendar"):
                    alltext += payload.decode("utf-8")
                elif ct == "image/png":
                    pass
                else:
                    problems.append("%s: unexpected attachment type %s" % (where, ct))
            if ct == "image/png":
                try:
                    out, v, ecl, mask = qrcheck.decode(payload)
                    a = idx.get(fn) if fn else None
                    note = getattr(a, "note", "") if a else ""
                    if "-> " in note and note.split("-> ", 1)[1] != out:
                        problems.append("%s: QR content mismatch" % where)
                except AssertionError as e:
                    if "QR" in (getattr(idx.get(fn), "note", "") if fn else ""):
                        problems.append("%s: QR does not decode: %s" % (where, e))
        if ntext == 0:
            problems.append("%s: no text part" % where)
        scan_ids(alltext, where, problems)
        scan_ru(alltext, where, problems)
    for folder in ("attack", "business"):
        for lang, n in (("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)):
            if counts.get((folder, lang)) != n:
                problems.append("%s/%s: %s messages, expected %d" % (folder, lang, counts.get((folder, lang)), n))
        files = sorted(os.listdir(os.path.join(root, folder)))
        if len(files) != 40:
            problems.append("%s: %d files" % (folder, len(files)))
    return problems


def raw_header(raw, name):
    head = raw.split(b"\n\n", 1)[0].decode("ascii")
    m = re.search(r"^%s:(.*(?:\n[ \t].*)*)" % re.escape(name), head, re.M | re.I)
    return m.group(1).replace("\n", "") if m else ""


def alltext_of(msg):
    out = ""
    for part in msg.walk():
        if part.get_content_type().startswith("text/") and not part.get_filename():
            out += part.get_content()
    return out
