"""Validation of the generated set with Python's email package."""

import email
import email.policy
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import codes

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-", "x-spam")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")


def _ibans(text):
    found = []
    for mm in IBAN_RE.finditer(text):
        cand = mm.group(1).replace(" ", "")
        if cand[:2] in ("DE", "IT", "PL", "ES", "GR", "GB", "BE", "FR", "LT", "CY") and len(cand) >= 15:
            found.append(cand)
    return found


def check_file(path, meta=None):
    errs = []
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        errs.append("defects: %r" % msg.defects)
    keys = [k.lower() for k in msg.keys()]
    if keys[0] != "return-path":
        errs.append("first header is not Return-Path")
    rec = msg.get_all("Received")
    if not rec or "by mx01.example.com (Postfix)" not in rec[0] or "for <" not in rec[0]:
        errs.append("top Received is not mx01's")
    for k in keys:
        if k.startswith(FORBIDDEN):
            errs.append("forbidden header %s" % k)
    for hname in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[hname] is None:
            errs.append("missing %s" % hname)
        else:
            str(msg[hname])
    dt = msg["Date"].datetime
    if not (dt.year == 2026 and dt.month in (10, 11, 12)):
        errs.append("date out of range %s" % dt)
    texts = []
    for part in msg.walk():
        if part.defects:
            errs.append("part defects %r in %s" % (part.defects, part.get_content_type()))
        if part.get_content_maintype() == "multipart":
            continue
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset()
            try:
                t = payload.decode(cs, errors="strict")
            except Exception as e:  # noqa
                errs.append("text part does not decode (%s): %s" % (cs, e))
                continue
            part.get_content()
            texts.append(t)
        ct = part.get_content_type()
        if ct in ("application/zip", "application/x-zip-compressed"):
            zf = zipfile.ZipFile(io.BytesIO(payload))
            for info in zf.infolist():
                if info.flag_bits & 1:
                    pw = (meta or {}).get("zip_password")
                    if not pw:
                        errs.append("encrypted zip but no password known")
                        continue
                    zf.read(info, pwd=pw.encode())
                else:
                    zf.read(info)
        if ct == "application/pdf":
            if not payload.startswith(b"%PDF-1.4"):
                errs.append("bad pdf")
            if shutil.which("pdftotext"):
                with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                    tf.write(payload)
                    tf.flush()
                    out = subprocess.run(["pdftotext", tf.name, "-"], capture_output=True).stdout.decode("utf-8", "replace")
                    texts.append(out)
        if ct == "image/svg+xml":
            texts.append(payload.decode("utf-8"))
            if b"<script" in payload.lower():
                errs.append("script in svg")
        if ct == "text/html" and part.get_filename():
            if b"<script" in payload.lower():
                errs.append("script in html attachment")
    for t in texts:
        for ib in _ibans(t):
            if not codes.iban_valid(ib):
                errs.append("invalid IBAN %s" % ib)
        for btc in re.findall(r"\b(bc1[02-9ac-hj-np-z]{20,80})\b", t):
            if not codes.bech32_verify(btc):
                errs.append("bad bech32 %s" % btc)
        for btc in re.findall(r"\b(1[1-9A-HJ-NP-Za-km-z]{25,34})\b", t):
            if not codes.base58check_verify(btc):
                errs.append("bad base58 %s" % btc)
    return errs, msg


def qr_check(path):
    """Decode every PNG (and PDF page) with zbarimg when available."""
    if not shutil.which("zbarimg"):
        return None
    msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
    found = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "image/png" or (ct == "application/pdf" and shutil.which("pdftoppm")):
            with tempfile.TemporaryDirectory() as td:
                data = part.get_payload(decode=True)
                if ct == "image/png":
                    p = os.path.join(td, "a.png")
                    open(p, "wb").write(data)
                    imgs = [p]
                else:
                    p = os.path.join(td, "a.pdf")
                    open(p, "wb").write(data)
                    subprocess.run(["pdftoppm", "-r", "110", "-png", p, os.path.join(td, "pg")], check=True, capture_output=True)
                    imgs = [os.path.join(td, f) for f in sorted(os.listdir(td)) if f.startswith("pg")]
                for im in imgs:
                    r = subprocess.run(["zbarimg", "-q", "--raw", im], capture_output=True)
                    if r.stdout.strip():
                        found.append(r.stdout.decode().strip())
    return found


def run(root, attacks, business):
    ok = True
    n = 0
    for folder, msgs in (("attack", attacks), ("business", business)):
        for m in msgs:
            path = os.path.join(root, folder, m.filename)
            meta = {"zip_password": getattr(m, "zip_password", None)}
            errs, _ = check_file(path, meta)
            if getattr(m, "qr_url", None):
                dec = qr_check(path)
                if dec is not None and m.qr_url not in dec:
                    errs.append("QR not decodable / mismatch: %r" % dec)
            n += 1
            if errs:
                ok = False
                print("FAIL %s/%s:" % (folder, m.filename))
                for e in errs:
                    print("   ", e)
    print("checked %d messages: %s" % (n, "all OK" if ok else "ERRORS"))
    return ok
