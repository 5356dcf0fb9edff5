"""Checks every generated message with Python's email package.

Stdlib checks: parsing without defects, header decoding, strict decoding of
every text part with its declared charset, mx01 on top, no forbidden headers,
dates in Oct-Dec 2026, IBAN / Bitcoin checksums in decoded text, PDF/ZIP/PNG/
SVG structure.  If zbarimg / pdftotext / pdftoppm are installed they are used
as an extra, optional check (QR decoding and PDF text).
"""
import email
import email.policy
import email.utils
import io
import os
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
import zipfile
import zlib

import finance

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam", "received-spf")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")


def _png_ok(data):
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return False
    pos, idat = 8, b""
    while pos < len(data):
        n = int.from_bytes(data[pos:pos + 4], "big")
        tag = data[pos + 4:pos + 8]
        chunk = data[pos + 8:pos + 8 + n]
        crc = int.from_bytes(data[pos + 8 + n:pos + 12 + n], "big")
        if zlib.crc32(tag + chunk) & 0xFFFFFFFF != crc:
            return False
        if tag == b"IDAT":
            idat += chunk
        pos += 12 + n
    zlib.decompress(idat)
    return True


def _pdf_ok(data):
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF") and b"xref" in data


def check_message(path, expect_zip_pw, problems, tools, stats):
    raw = open(path, "rb").read()
    name = os.path.basename(path)
    msg = email.message_from_bytes(raw, policy=email.policy.default)

    def bad(s):
        problems.append("%s: %s" % (name, s))

    keys = [k.lower() for k in msg.keys()]
    if not keys or keys[0] != "return-path":
        bad("first header is not Return-Path")
    rcv = msg.get_all("Received") or []
    top = re.sub(r"\s+", " ", str(rcv[0])) if rcv else ""
    if not re.match(r"from \S+ \(\S+ \[[0-9a-f.:]+\]\) .*by mx01\.example\.com \(Postfix\) with ESMTPS? id \w+ for <[^>]+>; ", top):
        bad("top Received is not mx01's")
    for k in keys:
        if k.startswith(FORBIDDEN):
            bad("forbidden header " + k)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            bad("missing " + h)
        else:
            str(msg[h])
    d = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if not (d.year == 2026 and 10 <= d.month <= 12):
        bad("date out of range %s" % d)
    texts = []
    for part in msg.walk():
        for defect in part.defects:
            bad("defect %r" % defect)
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True)
        fn = part.get_filename()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                txt = payload.decode(cs)          # strict
            except (UnicodeDecodeError, LookupError) as e:
                bad("text part %s does not decode as %s: %s" % (ctype, cs, e))
                continue
            part.get_content()
            texts.append(txt)
            stats["text_parts"] += 1
        elif ctype == "application/pdf":
            if not _pdf_ok(payload):
                bad("bad PDF " + str(fn))
            stats["pdf"] += 1
            if tools.get("pdftotext"):
                with tempfile.TemporaryDirectory() as td:
                    p = os.path.join(td, "a.pdf")
                    open(p, "wb").write(payload)
                    out = subprocess.run([tools["pdftotext"], "-layout", p, "-"], capture_output=True).stdout.decode("utf-8", "replace")
                    texts.append(out)
                    if tools.get("pdftoppm") and tools.get("zbarimg") and b"/Subtype /Image" in payload:
                        subprocess.run([tools["pdftoppm"], "-r", "110", "-png", p, os.path.join(td, "pg")], capture_output=True)
                        imgs = sorted(x for x in os.listdir(td) if x.startswith("pg"))
                        r = subprocess.run([tools["zbarimg"], "-q"] + [os.path.join(td, x) for x in imgs], capture_output=True)
                        if b"QR-Code:" not in r.stdout:
                            bad("QR in PDF not decodable")
                        else:
                            stats["qr"].append((name, r.stdout.decode().strip().split("QR-Code:", 1)[1]))
        elif ctype in ("application/zip", "application/x-zip-compressed"):
            zf = zipfile.ZipFile(io.BytesIO(payload))
            pw = expect_zip_pw.get(fn)
            if pw:
                zf.setpassword(pw.encode())
            for info in zf.infolist():
                if pw and not info.flag_bits & 1:
                    bad("zip entry not encrypted")
                zf.read(info)
            stats["zip"] += 1
        elif ctype == "image/png":
            if not _png_ok(payload):
                bad("bad PNG")
            stats["png"] += 1
            if tools.get("zbarimg"):
                with tempfile.TemporaryDirectory() as td:
                    p = os.path.join(td, "a.png")
                    open(p, "wb").write(payload)
                    r = subprocess.run([tools["zbarimg"], "-q", p], capture_output=True)
                    if b"QR-Code:" in r.stdout:
                        stats["qr"].append((name, r.stdout.decode().strip().split("QR-Code:", 1)[1]))
        elif ctype == "image/svg+xml":
            ET.fromstring(payload)
            if b"<script" in payload.lower():
                bad("script in SVG")
            stats["svg"] += 1
    alltext = "\n".join(texts)
    for mt in IBAN_RE.finditer(alltext):
        cand = mt.group(1).replace(" ", "")
        if len(cand) >= 15 and cand[:2] in ("DE", "IT", "ES", "PL", "GR", "GB", "LT", "SK", "BE", "CY", "NL", "FR", "AT", "BG", "RO", "PT", "IE", "LV", "EE", "HR", "CZ", "HU", "SI", "MT", "LU"):
            stats["iban"] += 1
            if not finance.iban_valid(cand):
                bad("invalid IBAN " + cand)
    for mt in BTC_RE.finditer(alltext):
        a = mt.group(1)
        ok = finance.bech32_valid(a) if a.startswith("bc1") else finance.base58_valid(a)
        if a.startswith("bc1") or re.search(r"(?i)bitcoin|btc|биткоин|кошел", alltext):
            stats["btc"] += 1
            if not ok:
                bad("invalid bitcoin address " + a)
    if "<script" in alltext.lower():
        bad("script tag in text/html")


def run(root, zip_passwords):
    tools = {t: shutil.which(t) for t in ("zbarimg", "pdftotext", "pdftoppm")}
    problems = []
    stats = {"files": 0, "text_parts": 0, "pdf": 0, "zip": 0, "png": 0, "svg": 0, "iban": 0, "btc": 0, "qr": []}
    for folder in ("attack", "business"):
        d = os.path.join(root, folder)
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".eml"):
                stats["files"] += 1
                check_message(os.path.join(d, fn), zip_passwords, problems, tools, stats)
    return problems, stats, tools
