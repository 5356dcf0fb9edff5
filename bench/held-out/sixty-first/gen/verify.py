"""Post-build checks: every message parses with the stdlib email package,
every text part decodes strictly in its declared charset, headers follow the
brief, attachments are well-formed, and identifiers carry valid check digits."""
import email
import email.policy
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from checks import iban_valid, bech32_valid, base58check_valid, ru_account_valid
from pdfw import check_pdf

FORBIDDEN = re.compile(r"^(authentication-results|dkim-signature|arc-[a-z-]+|x-spam[a-z-]*|"
                       r"x-google-dkim-signature|received-spf)$", re.I)
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\b(bc1q[02-9ac-hj-np-z]{38,58}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")


def pdf_text(data):
    """Text of the simple PDFs written by pdfw (literal strings in Tj operators)."""
    out = []
    for m in re.finditer(rb"\((.*?)(?<!\\)\) Tj", data):
        out.append(m.group(1).replace(b"\\(", b"(").replace(b"\\)", b")").decode("cp1252", "replace"))
    return "\n".join(out)


def check_ru(text):
    problems = []
    biks = re.findall(r"(?:БИК|BIK)\s*(\d{9})", text)
    rs = re.findall(r"(?:[рР]/с|r/s)\s*(\d{20})", text)
    ks = re.findall(r"(?:[кК]/с|k/s)\s*(\d{20})", text)
    for acc in rs:
        if not any(ru_account_valid(b, acc) for b in biks):
            problems.append("Russian account %s fails the BIK control key" % acc)
    for acc in ks:
        if not any(ru_account_valid(b, acc, corr=True) for b in biks):
            problems.append("Russian corr. account %s fails the BIK control key" % acc)
    return problems, len(rs) + len(ks)


def _text_of(part):
    raw = part.get_payload(decode=True)
    cs = part.get_content_charset() or "us-ascii"
    return raw.decode(cs)            # strict


def check_file(path, expect=None):
    problems = []
    data = open(path, "rb").read()
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            problems.append("line > 998 octets")
            break
    if b"\n" in data.replace(b"\r\n", b""):
        problems.append("bare LF")
    hdr_blob = data.split(b"\r\n\r\n", 1)[0]
    try:
        hdr_blob.decode("ascii")
    except UnicodeDecodeError:
        problems.append("non-ASCII header bytes")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    keys = list(msg.keys())
    if keys[0] != "Return-Path":
        problems.append("first header is not Return-Path")
    rec = msg.get_all("Received")
    if not rec or "by mx01.example.com (Postfix)" not in str(rec[0]).replace("\n", " ").replace("\t", " ").replace("  ", " ") \
            and "by mx01.example.com (Postfix)" not in re.sub(r"\s+", " ", str(rec[0])):
        problems.append("top Received is not mx01")
    if not re.match(r"from \S+ \((\S+|unknown) \[[0-9a-fA-F.:]+\]\)", re.sub(r"\s+", " ", str(rec[0]))):
        problems.append("mx01 Received lacks 'from HELO (rDNS [IP])'")
    if "for <" not in str(rec[0]):
        problems.append("mx01 Received lacks for <rcpt>")
    for k in keys:
        if FORBIDDEN.match(k):
            problems.append("forbidden header " + k)
    for k in ("From", "Date", "Message-ID", "Subject"):
        if msg[k] is None:
            problems.append("missing " + k)
    d = msg["Date"].datetime
    if not (d.year == 2026 and d.month in (10, 11, 12)):
        problems.append("date outside Oct-Dec 2026")
    for k in keys:
        try:
            for v in msg.get_all(k):
                str(v)
        except Exception as e:  # pragma: no cover
            problems.append("header %s: %s" % (k, e))
    if msg.defects:
        problems.append("message defects: %r" % msg.defects)
    texts = []
    atts = []
    for part in msg.walk():
        if part.defects:
            problems.append("part defects %s: %r" % (part.get_content_type(), part.defects))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") and not part.get_filename():
            try:
                texts.append(_text_of(part))
                part.get_content()
            except Exception as e:
                problems.append("text part %s does not decode: %s" % (ct, e))
        else:
            atts.append(part)
    full_text = "\n".join(texts)
    for part in atts:
        fn = part.get_filename() or ""
        raw = part.get_payload(decode=True)
        ct = part.get_content_type()
        if ct == "application/pdf":
            try:
                check_pdf(raw)
                full_text += "\n" + pdf_text(raw)
            except Exception as e:
                problems.append("bad PDF %s: %s" % (fn, e))
        elif ct in ("application/zip", "application/x-zip-compressed"):
            zf = zipfile.ZipFile(io.BytesIO(raw))
            pw = (expect or {}).get("zip_pw")
            for info in zf.infolist():
                enc = info.flag_bits & 1
                if enc and not pw:
                    problems.append("encrypted zip without known password")
                    continue
                content = zf.read(info, pwd=pw.encode() if (enc and pw) else None)
                if info.filename.lower().endswith(".pdf"):
                    check_pdf(content)
                    full_text += "\n" + pdf_text(content)
                elif len(content.splitlines()) > 1:
                    problems.append("zip placeholder not one line: " + info.filename)
        elif ct in ("text/html", "image/svg+xml"):
            h = raw.decode("utf-8")
            full_text += "\n" + h
            if re.search(r"<script|javascript:|onload=|onerror=|onclick=", h, re.I):
                problems.append("active content in " + fn)
        elif ct == "image/png":
            if not raw.startswith(b"\x89PNG"):
                problems.append("bad PNG " + fn)
    for m in IBAN_RE.finditer(full_text):
        cand = m.group(1).replace(" ", "")
        if 15 <= len(cand) <= 34 and not iban_valid(cand):
            problems.append("invalid IBAN " + m.group(1))
    p_ru, _ = check_ru(full_text)
    problems += p_ru
    for m in BTC_RE.finditer(full_text):
        a = m.group(1)
        ok = bech32_valid(a) if a.startswith("bc1") else base58check_valid(a)
        if not ok:
            problems.append("invalid BTC address " + a)
    return problems, msg


def zbar_decode(png_bytes):
    exe = shutil.which("zbarimg")
    if not exe:
        return None
    with tempfile.NamedTemporaryFile(suffix=".png", delete=False) as f:
        f.write(png_bytes)
        name = f.name
    try:
        out = subprocess.run([exe, "-q", "--raw", name], capture_output=True, timeout=30)
        return out.stdout.decode("utf-8").strip()
    finally:
        os.unlink(name)


def check_qr(msg, expected_urls):
    problems = []
    found = []
    for part in msg.walk():
        if part.get_content_type() == "image/png":
            d = zbar_decode(part.get_payload(decode=True))
            if d is None:
                return ["zbarimg not available (QR not verified)"], []
            if d:
                found.append(d)
    for u in expected_urls:
        if u not in found:
            problems.append("QR not decodable / mismatch: " + u)
    return problems, found
