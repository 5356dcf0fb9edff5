"""Post-build checks: every message parses, every text part decodes, identifiers are valid."""
import email
import email.policy
import email.utils
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import ids
import pdf
import qr

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam", "received-spf")
IBAN_RE = re.compile(r"\b(DE|IT|PL|ES|GR|GB|FR|LT|BE|NL|AT)(\d{2})((?: ?[A-Z0-9]){11,30})")
IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "FR": 27, "LT": 20, "BE": 16, "NL": 18,
            "AT": 20}
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,70})\b")


def _texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            raw = part.get_payload(decode=True)
            cs = part.get_content_charset() or "us-ascii"
            out.append((part, raw.decode(cs)))          # strict: raises on bad bytes
    return out


def check_one(folder, r, problems):
    name = "%s/%s" % (folder, r["file"])
    data = r["data"]

    def bad(msg):
        problems.append("%s: %s" % (name, msg))

    for line in data.split(b"\n"):
        if len(line) > 998:
            bad("line longer than 998 octets")
            break
    head = data.split(b"\n\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        bad("non-ASCII bytes in header block")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    old = email.message_from_bytes(data)
    for part in msg.walk():
        if part.defects:
            bad("defects %r in %s" % (part.defects, part.get_content_type()))
    for h in msg.keys():
        if h.lower().startswith(FORBIDDEN):
            bad("forbidden header %s" % h)
    if not msg["Return-Path"]:
        bad("no Return-Path")
    rec = old.get_all("Received")
    if not rec or "by mx01.example.com (Postfix)" not in rec[0] or not rec[0].startswith("from "):
        bad("top Received is not mx01")
    if data.split(b"\n", 2)[1][:9] != b"Received:":
        bad("mx01 Received not directly under Return-Path")
    for hname in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[hname] is None:
            bad("missing " + hname)
    try:
        for hname in ("From", "To", "Cc", "Reply-To"):
            if msg[hname] is not None:
                for a in msg[hname].addresses:
                    if "@" not in a.addr_spec:
                        bad("bad address in %s" % hname)
                for d in msg[hname].defects:
                    bad("header defect %s: %r" % (hname, d))
        str(msg["Subject"])
    except Exception as e:  # noqa
        bad("header parse: %r" % e)
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if not (d.year == 2026 and d.month in (10, 11, 12)):
        bad("date out of range %s" % d)
    rcpt = re.search(r"for <([^>]+)>", rec[0]).group(1)
    if not rcpt.endswith(("@example.com", "@examplegroup.eu")):
        bad("recipient not in company domains")
    try:
        texts = _texts(msg)
    except (UnicodeDecodeError, LookupError) as e:
        bad("text part does not decode: %r" % e)
        texts = []
    alltext = [t for _, t in texts]
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        fn = part.get_filename() or ""
        if ct == "application/pdf" or fn.lower().endswith(".pdf"):
            if not payload.startswith(b"%PDF-") or b"%%EOF" not in payload[-20:]:
                bad("broken PDF " + fn)
            alltext += pdf.pdf_text(payload)
            if shutil.which("pdftotext"):
                with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                    tf.write(payload)
                    tf.flush()
                    res = subprocess.run(["pdftotext", "-q", tf.name, "-"], capture_output=True)
                    if res.returncode != 0 or not res.stdout.strip():
                        bad("pdftotext failed on " + fn)
                    else:
                        alltext.append(res.stdout.decode("utf-8", "replace"))
        if ct in ("application/zip", "application/x-zip-compressed") or fn.lower().endswith(".zip"):
            zf = zipfile.ZipFile(io.BytesIO(payload))
            pw = r["files"].get("zip_password")
            for info in zf.infolist():
                if info.flag_bits & 1:
                    if not pw:
                        bad("encrypted zip without known password")
                        continue
                    zf.setpassword(pw)
                    try:
                        zf.setpassword(b"wrong-password")
                        zf.read(info)
                        bad("zip accepted wrong password")
                    except RuntimeError:
                        pass
                    zf.setpassword(pw)
                zf.read(info)
        if ct == "image/png" and "qr" in r["files"]:
            png, url = r["files"]["qr"]
            if payload != png:
                bad("QR png mismatch")
            if qr.decode_png(payload, scale=r["files"].get("qr_scale", 6)) != url:
                bad("QR self-decode failed")
            if shutil.which("zbarimg"):
                with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                    tf.write(payload)
                    tf.flush()
                    res = subprocess.run(["zbarimg", "-q", "--raw", tf.name], capture_output=True)
                    if res.stdout.decode().strip() != url:
                        bad("zbarimg could not decode QR")
                    r["files"]["zbar_ok"] = True
    joined = "\n".join(alltext)
    for m in IBAN_RE.finditer(joined):
        cc = m.group(1)
        s = (m.group(1) + m.group(2) + m.group(3)).replace(" ", "")[:IBAN_LEN[cc]]
        if len(s) == IBAN_LEN[cc] and not ids.iban_valid(s):
            bad("invalid IBAN %s" % s)
        r.setdefault("ibans", set()).add(s)
    for m in BTC_RE.finditer(joined):
        if not ids.bech32_ok(m.group(1)):
            bad("invalid bech32 %s" % m.group(1))
    for acc, bik, corr in r["files"].get("ru_accounts", []):
        if not ids.ru_account_ok(bik, acc, corr):
            bad("invalid RU account %s" % acc)
        if acc not in joined.replace(" ", ""):
            bad("RU account %s not present in text" % acc)


def run(root, results):
    problems = []
    for folder, items in results.items():
        for r in items:
            check_one(folder, r, problems)
    # file system view matches
    for folder, items in results.items():
        on_disk = sorted(f for f in os.listdir(os.path.join(root, folder)) if f.endswith(".eml"))
        if on_disk != sorted(r["file"] for r in items):
            problems.append("%s: files on disk differ from generated list" % folder)
    for pr in problems:
        print("PROBLEM:", pr)
    n_iban = sum(len(r.get("ibans", ())) for items in results.values() for r in items)
    n_qr = sum(1 for items in results.values() for r in items if "qr" in r["files"])
    print("checked %d messages, %d IBANs, %d QR codes%s" % (
        sum(len(v) for v in results.values()), n_iban, n_qr,
        " (zbarimg-confirmed)" if shutil.which("zbarimg") else ""))
    return not problems
