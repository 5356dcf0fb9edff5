"""Checks: every message parses, text parts decode, QR codes decode back,
encrypted ZIPs open with their password, IBAN/crypto checksums hold."""
import email
import email.policy
import io
import re
import subprocess
import zipfile

import banking as bk


def check_message(path):
    problems = []
    with open(path, "rb") as fh:
        raw = fh.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for d in msg.defects:
        problems.append("defect: %r" % d)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Return-Path", "Received"):
        if msg[h] is None:
            problems.append("missing header " + h)
    rec = msg.get_all("Received")
    if rec and "by mx01.example.com (Postfix)" not in rec[0]:
        problems.append("top Received is not mx01")
    for k in msg.keys():
        if k.lower() in ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
                         "arc-authentication-results") or k.lower().startswith("x-spam"):
            problems.append("forbidden header " + k)
    try:
        str(msg["Subject"]), str(msg["From"])
    except Exception as e:  # noqa
        problems.append("header decode: %s" % e)
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            for d in part.defects:
                problems.append("part defect: %r" % d)
            continue
        for d in part.defects:
            problems.append("part defect: %r" % d)
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True)
        if payload is None:
            problems.append("no payload in %s" % ctype)
            continue
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                txt = payload.decode(cs)  # strict
            except Exception as e:  # noqa
                problems.append("text part %s does not decode as %s: %s" % (ctype, cs, e))
                continue
            if "\ufffd" in txt:
                problems.append("replacement char in %s" % ctype)
            try:
                part.get_content()
            except Exception as e:  # noqa
                problems.append("get_content failed: %s" % e)
            texts.append(txt)
    return msg, problems, texts


def qr_decode(png_bytes, tmp):
    with open(tmp, "wb") as fh:
        fh.write(png_bytes)
    try:
        out = subprocess.run(["zbarimg", "-q", "--raw", tmp], capture_output=True, timeout=20)
        return out.stdout.decode("utf-8", "replace").strip()
    except (OSError, subprocess.SubprocessError):
        return None


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")


def ibans_in(text):
    out = []
    for m in IBAN_RE.finditer(text):
        s = m.group(1).replace(" ", "")
        if s[:2] in ("DE", "IT", "PL", "ES", "GR", "GB", "LT", "BE", "CY", "FR") and len(s) >= 18:
            out.append(s)
    return out


def pdf_text(data):
    """Text of a PDF: pdftotext if installed, else crude extraction (Flate streams, literal strings)."""
    import os
    import tempfile
    import zlib
    try:
        fd, tmp = tempfile.mkstemp(suffix=".pdf", dir=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            res = subprocess.run(["pdftotext", "-q", "-layout", tmp, "-"], capture_output=True, timeout=20)
            if res.returncode == 0:
                return res.stdout.decode("utf-8", "replace")
        finally:
            os.unlink(tmp)
    except (OSError, subprocess.SubprocessError):
        pass
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            s = zlib.decompress(m.group(1))
        except zlib.error:
            continue
        for lit in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", s):
            b = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), lit)
            b = re.sub(rb"\\(.)", rb"\1", b)
            out.append(b.decode("cp1252"))
    return "\n".join(out)


NRB_RE = re.compile(r"\b(\d{2}(?: \d{4}){6})\b")
RU_ACC_RE = re.compile(r"(?<!\d)(40[78]\d{17})(?!\d)")
RU_CORR_RE = re.compile(r"(?<!\d)(30101\d{15})(?!\d)")
BIK_RE = re.compile(r"(?:БИК|BIK)\s*(\d{9})")


def account_problems(text):
    import banking as bk
    probs = []
    for m in NRB_RE.finditer(text):
        if not bk.iban_ok("PL" + m.group(1).replace(" ", "")):
            probs.append("bad NRB %s" % m.group(1))
    biks = set(BIK_RE.findall(text))
    for acc in RU_ACC_RE.findall(text):
        if not any(bk.ru_account_ok(b, acc) for b in biks):
            probs.append("RU account %s fails BIK key (BIKs %s)" % (acc, biks))
    for acc in RU_CORR_RE.findall(text):
        if not any(bk.ru_account_ok(b, acc, corr=True) for b in biks):
            probs.append("RU corr account %s fails BIK key" % acc)
    return probs
