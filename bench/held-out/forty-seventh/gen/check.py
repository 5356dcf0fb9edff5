"""Parse every written message with the email package and verify it."""
import email
import email.policy
import email.utils
import io
import os
import re
import xml.dom.minidom
import zipfile

import files
import qrcheck
import util

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{38,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")


def check_file(path, expect):
    raw = open(path, "rb").read()
    problems = []
    m = email.message_from_bytes(raw, policy=email.policy.default)
    for d in m.defects:
        problems.append("defect: %r" % d)
    rec = m.get_all("Received")
    if not rec or "by mx01.example.com (Postfix)" not in rec[0]:
        problems.append("top Received is not mx01")
    for h in ("Return-Path", "From", "To", "Subject", "Date", "Message-ID"):
        if m[h] is None:
            problems.append("missing " + h)
    for h in ("Authentication-Results", "DKIM-Signature", "ARC-Seal", "ARC-Message-Signature",
              "ARC-Authentication-Results"):
        if m[h] is not None:
            problems.append("forbidden header " + h)
    if any(k.lower().startswith("x-spam") for k in m.keys()):
        problems.append("X-Spam header")
    try:
        str(m["Subject"]), str(m["From"])
    except Exception as e:  # noqa
        problems.append("header decode: %s" % e)
    d = m["Date"].datetime
    if not (d.year == 2026 and d.month in (10, 11, 12)):
        problems.append("date out of range")
    stamps = [email.utils.parsedate_to_datetime(re.sub(r"\s+", " ", h.rsplit(";", 1)[1]).strip())
              for h in rec if ";" in h]
    if not all(a >= b for a, b in zip(stamps, stamps[1:])):
        problems.append("Received timestamps not monotonic")
    if not (0 <= (stamps[0] - d).total_seconds() <= 600):
        problems.append("Date not shortly before mx01 arrival")
    texts = []
    for part in m.walk():
        for dd in part.defects:
            problems.append("part defect: %r" % dd)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        cte = (part["Content-Transfer-Encoding"] or "7bit").lower()
        if cte == "7bit" and any(b > 127 for b in payload):
            problems.append("8-bit data in 7bit part")
        fn = part.get_filename()
        if ct == "image/svg+xml":
            xml.dom.minidom.parseString(payload)
            if b"<script" in payload.lower() or b"onload" in payload.lower():
                problems.append("script in SVG")
            continue
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset()
            if not cs:
                problems.append("text part without charset")
                cs = "us-ascii"
            try:
                t = payload.decode(cs, errors="strict")
                part.get_content()
                texts.append(t)
            except Exception as e:  # noqa
                problems.append("text part %s does not decode as %s: %s" % (ct, cs, e))
            if ct == "text/calendar":
                assert t.startswith("BEGIN:VCALENDAR") and "\r\n" in t

            if "<script" in t.lower() and "text/plain" not in t.lower():
                problems.append("script tag in %s" % ct)
        elif ct == "application/pdf":
            files.pdf_check(payload)
        elif ct == "image/png":
            data = qrcheck.decode_png(payload)
            texts.append(data.decode("utf-8"))
        elif fn and fn.lower().endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(payload))
            pw = expect.get("zip_password", {}).get(fn)
            for zi in z.infolist():
                if zi.flag_bits & 1:
                    if pw is None:
                        problems.append("encrypted zip without known password: " + fn)
                        continue
                    data = z.read(zi.filename, pwd=pw.encode())
                else:
                    data = z.read(zi.filename)
                if zi.filename.lower().endswith(".pdf"):
                    files.pdf_check(data)
                elif data != files.PLACEHOLDER.encode() and data != ("// " + files.PLACEHOLDER).encode():
                    problems.append("unexpected archive member content: " + zi.filename)
        elif ct == "application/xml":
            xml.dom.minidom.parseString(payload)
        else:
            problems.append("unchecked attachment type " + ct)
    alltext = "\n".join(texts)
    ibans = []
    for mm in IBAN_RE.finditer(alltext):
        cand = mm.group(1).replace(" ", "")
        if cand[:2] in ("DE", "IT", "PL", "ES", "GR", "GB", "LT", "IE", "BE", "NL", "FR", "CY"):
            ibans.append(cand)
            if not util.iban_valid(cand):
                problems.append("invalid IBAN " + cand)
    for mm in BTC_RE.finditer(alltext):
        a = mm.group(1)
        if not a.startswith("bc1") and (a == a.upper() or a.isalnum() and all(c in "0123456789abcdefABCDEF" for c in a)):
            continue
        ok = util.bech32_valid(a) if a.startswith("bc1") else util.base58check_valid(a)
        if not ok:
            problems.append("invalid BTC address " + a)
    return problems, ibans


def run(root, expect):
    bad = 0
    n_iban = 0
    for folder in ("attack", "business"):
        for fn in sorted(os.listdir(os.path.join(root, folder))):
            probs, ibans = check_file(os.path.join(root, folder, fn), expect.get(fn, {}))
            n_iban += len(ibans)
            if probs:
                bad += 1
                print("PROBLEM", folder, fn)
                for pr in probs:
                    print("   ", pr)
    return bad, n_iban
