"""Checks: every message parses with the email package, every text part decodes strictly,
trace/identity headers are as required, QR codes decode, ZIPs open, check digits hold."""
import email
import email.policy
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import banking as B

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-", "x-spam", "x-google-dkim-signature")
IBAN_RE = re.compile(r"\b((?:DE|IT|PL|ES|GR|GB|LT|IE|CY|FR|NL|AT|BG|RO)\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b")
BECH_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{25,80})\b")
B58_RE = re.compile(r"(?:BTC|Bitcoin|bitcoin)[^\n]{0,40}?\b([13][1-9A-HJ-NP-Za-km-z]{25,34})\b")
RU_ACC_RE = re.compile(r"\b(40[5-8]\d{17})\b")
BIK_RE = re.compile(r"\b(04\d{7})\b")


def _pdftext(data):
    exe = shutil.which("pdftotext")
    if not exe:
        return ""
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as f:
        f.write(data)
        name = f.name
    try:
        return subprocess.run([exe, "-enc", "UTF-8", name, "-"], capture_output=True, text=True).stdout
    finally:
        os.unlink(name)


def _zbar(data):
    exe = shutil.which("zbarimg")
    if not exe:
        return None
    with tempfile.NamedTemporaryFile(suffix=".png", delete=False) as f:
        f.write(data)
        name = f.name
    try:
        out = subprocess.run([exe, "-q", "--raw", name], capture_output=True, text=True).stdout.strip()
        return out
    finally:
        os.unlink(name)


def _check_numbers(txt, where, probs):
    for m in IBAN_RE.finditer(txt):
        ib = m.group(1).replace(" ", "")
        lens = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20, "IE": 22, "CY": 28,
                "FR": 27, "NL": 18, "AT": 20, "BG": 22, "RO": 24}
        if len(ib) > lens.get(ib[:2], 99):
            ib = ib[:lens[ib[:2]]]
        if len(ib) != lens.get(ib[:2]):
            probs.append("%s: IBAN-like string with wrong length %r" % (where, m.group(1)))
        elif not B.iban_valid(ib):
            probs.append("%s: invalid IBAN %s" % (where, ib))
    for m in BECH_RE.finditer(txt):
        if not B.bech32_verify(m.group(1)):
            probs.append("%s: invalid bech32 %s" % (where, m.group(1)))
    for m in B58_RE.finditer(txt):
        if not B.base58check_verify(m.group(1)):
            probs.append("%s: invalid base58check %s" % (where, m.group(1)))
    biks = BIK_RE.findall(txt)
    for acc in RU_ACC_RE.findall(txt):
        if not biks:
            probs.append("%s: RU account without BIK %s" % (where, acc))
            continue
        ok = any(B.ru_account_key(b, acc) == acc for b in biks)
        if not ok:
            probs.append("%s: RU account %s fails BIK control key %s" % (where, acc, biks))


def check_one(m, path, data):
    probs = []
    name = os.path.basename(path)
    head, _, _ = data.partition(b"\r\n\r\n")
    if any(c > 127 for c in head):
        probs.append("%s: non-ASCII bytes in header block" % name)
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if msg.defects:
        probs.append("%s: message defects %s" % (name, msg.defects))
    for k in msg.keys():
        if k.lower().startswith(FORBIDDEN):
            probs.append("%s: forbidden header %s" % (name, k))
    rec = msg.get_all("Received") or []
    if not rec or "by mx01.example.com" not in str(rec[0]):
        probs.append("%s: top Received is not mx01" % name)
    rcpt = m.rcpt or m.to[0][1]
    if rec and "for <%s>" % rcpt not in str(rec[0]).replace("\r\n", "").replace("\n", ""):
        probs.append("%s: top Received lacks for <%s>" % (name, rcpt))
    if not msg.get("Return-Path"):
        probs.append("%s: no Return-Path" % name)
    keys = list(msg.keys())
    if keys[0] != "Return-Path" or keys[1] != "Received":
        probs.append("%s: header order starts %s" % (name, keys[:2]))
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if not msg.get(h):
            probs.append("%s: missing %s" % (name, h))
    try:
        subj = str(msg["Subject"])
        frm = str(msg["From"])
        if "=?" in subj or "=?" in frm:
            probs.append("%s: undecoded encoded-word" % name)
    except Exception as e:  # noqa: BLE001
        probs.append("%s: header decode error %s" % (name, e))
    d = msg["Date"].datetime
    if not (d.year == 2026 and d.month in (10, 11, 12)):
        probs.append("%s: date out of range %s" % (name, d))
    alltext = []
    n_text = 0
    for part in msg.walk():
        if part.defects:
            probs.append("%s: part defects %s %s" % (name, part.get_content_type(), part.defects))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        fn = part.get_filename()
        if ct.startswith("text/"):
            cs = part.get_content_charset() or "us-ascii"
            try:
                txt = payload.decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as e:
                probs.append("%s: text part %s (%s) does not decode: %s" % (name, ct, cs, e))
                continue
            try:
                part.get_content()
            except Exception as e:  # noqa: BLE001
                probs.append("%s: get_content failed %s" % (name, e))
            if "\ufffd" in txt:
                probs.append("%s: replacement char in %s" % (name, ct))
            alltext.append(txt)
            n_text += 1
        elif ct == "application/pdf" or (fn or "").lower().endswith(".pdf"):
            if not payload.startswith(b"%PDF-"):
                probs.append("%s: PDF attachment without header" % name)
            t = _pdftext(payload)
            if shutil.which("pdftotext") and not t.strip():
                probs.append("%s: PDF %s has no extractable text" % (name, fn))
            alltext.append(t)
        elif ct in ("application/zip", "application/x-zip-compressed") or (fn or "").lower().endswith(".zip"):
            try:
                z = zipfile.ZipFile(io.BytesIO(payload))
                for zi in z.infolist():
                    pw = None
                    if zi.flag_bits & 1:
                        pw = getattr(m, "zip_password", None)
                        for p in _walk_parts(m.body):
                            if getattr(p, "zip_password", None):
                                pw = p.zip_password
                        if not pw:
                            probs.append("%s: encrypted zip without known password" % name)
                            continue
                        pw = pw.encode()
                    content = z.read(zi, pwd=pw)
                    if len(content.splitlines()) > 1:
                        probs.append("%s: zip entry %s not a one-line placeholder" % (name, zi.filename))
            except Exception as e:  # noqa: BLE001
                probs.append("%s: zip error %s" % (name, e))
        elif ct == "image/png":
            if not payload.startswith(b"\x89PNG"):
                probs.append("%s: bad PNG" % name)
            want = getattr(m, "qr", None)
            if want is not None:
                got = _zbar(payload)
                if got is not None and got not in want:
                    pass
        elif ct == "image/svg+xml":
            s = payload.decode("utf-8")
            if "<script" in s.lower() or "onload" in s.lower():
                probs.append("%s: SVG contains script" % name)
            alltext.append(s)
        if ct == "text/html":
            low = alltext[-1].lower() if alltext else ""
            if "<script" in low:
                probs.append("%s: HTML contains <script>" % name)
    if n_text == 0:
        probs.append("%s: no text part" % name)
    # QR codes: every expected payload must be found in some PNG
    want = getattr(m, "qr", None)
    if want:
        found = []
        for part in msg.walk():
            if part.get_content_type() == "image/png":
                got = _zbar(part.get_payload(decode=True))
                if got:
                    found.append(got)
        for w in want:
            if shutil.which("zbarimg") and w not in found:
                probs.append("%s: QR payload not decodable: %s (found %s)" % (name, w, found))
    _check_numbers("\n".join(alltext), name, probs)
    return probs


def _walk_parts(p):
    yield p
    for s in p.parts:
        yield from _walk_parts(s)


def check_all(items):
    probs = []
    for m, path, data in items:
        probs += check_one(m, path, data)
    return probs
