"""Post-build verification: parse every .eml with the email package, decode
every text part, validate headers, IBANs, BIKs, BTC addresses, QR codes, ZIPs."""
import email
import email.policy
import io
import os
import tempfile
import re
import shutil
import subprocess
import zipfile

import banking as bk
import qr

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")
IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20, "CY": 28, "DK": 18,
            "BE": 16, "NL": 18, "FR": 27}
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")


def _texts(msg):
    for part in msg.walk():
        if part.is_multipart():
            continue
        yield part


def check_file(path, errors, stats):
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    name = os.path.basename(path)
    if msg.defects:
        errors.append("%s: message defects %r" % (name, msg.defects))
    rec = msg.get_all("Received")
    if not rec or "by mx01.example.com (Postfix)" not in str(rec[0]):
        errors.append("%s: top Received is not mx01" % name)
    if not re.search(r"^from \S+ \(\S+ \[[0-9a-fA-F.:]+\]\)", str(rec[0])):
        errors.append("%s: mx01 Received lacks 'from HELO (rDNS [IP])'" % name)
    if "for <" not in str(rec[0]):
        errors.append("%s: mx01 Received lacks 'for <rcpt>'" % name)
    if not msg["Return-Path"]:
        errors.append("%s: no Return-Path" % name)
    for h in ("Authentication-Results", "DKIM-Signature", "ARC-Seal", "ARC-Message-Signature",
              "ARC-Authentication-Results", "X-Spam-Status", "X-Spam-Flag", "X-Spam-Score"):
        if msg[h]:
            errors.append("%s: forbidden header %s" % (name, h))
    for h in raw.split(b"\n\n", 1)[0].split(b"\n"):
        if h[:1] not in (b" ", b"\t") and b":" in h and h.split(b":")[0].lower().startswith(b"x-spam"):
            errors.append("%s: X-Spam header" % name)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        try:
            v = str(msg[h])
            if not v or v == "None":
                errors.append("%s: missing %s" % (name, h))
        except Exception as e:  # noqa: BLE001
            errors.append("%s: header %s undecodable: %s" % (name, h, e))
    d = msg["Date"].datetime
    if not (d.year == 2026 and d.month in (10, 11, 12)):
        errors.append("%s: date out of range %s" % (name, d))
    alltext = ""
    for part in _texts(msg):
        for dh in part.defects:
            errors.append("%s: part defect %r" % (name, dh))
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            try:
                txt = part.get_content()
            except Exception as e:  # noqa: BLE001
                errors.append("%s: text part %s does not decode: %s" % (name, ct, e))
                continue
            cs = part.get_content_charset()
            if cs:
                try:
                    part.get_payload(decode=True).decode(cs)
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: strict decode %s failed: %s" % (name, cs, e))
            if "\ufffd" in txt:
                errors.append("%s: replacement char in %s" % (name, ct))
            alltext += txt + "\n"
            stats["text_parts"] += 1
        else:
            data = part.get_payload(decode=True)
            fn = part.get_filename() or ""
            stats["attachments"] += 1
            if ct == "image/png":
                if "qr" in fn.lower() or part["Content-ID"] or "okey" in fn.lower():
                    try:
                        url = qr.decode_png(data)
                        stats["qr"].append((name, url, data))
                        alltext += url + "\n"
                    except Exception as e:  # noqa: BLE001
                        errors.append("%s: QR decode failed: %s" % (name, e))
            elif "zip" in ct:
                z = zipfile.ZipFile(io.BytesIO(data))
                for zi in z.infolist():
                    if zi.flag_bits & 1:
                        pw = re.search(r"(?:Kennwort|password|hasłem|парол|Passwort|Password)[^:]*:\s*(\S+)",
                                       alltext, re.I)
                        if not pw:
                            errors.append("%s: encrypted zip but no password in text" % name)
                            continue
                        z.read(zi.filename, pwd=pw.group(1).strip(".").encode())
                        stats["zipcrypto"] += 1
                    else:
                        z.read(zi.filename)
            elif ct == "application/pdf":
                if not data.startswith(b"%PDF-") or b"/JavaScript" in data or b"/OpenAction" in data:
                    errors.append("%s: bad PDF" % name)
                alltext += "\n".join(x.decode("cp1252") for x in re.findall(rb"\((.*?)\) Tj", data)) + "\n"
            elif ct in ("image/svg+xml",):
                if b"<script" in data.lower():
                    errors.append("%s: script in SVG" % name)
                alltext += data.decode("utf-8")
    # html attachments (text/html with filename) are text parts too; check no script anywhere
    if re.search(r"<script", alltext, re.I):
        errors.append("%s: <script> found" % name)
    for m in IBAN_RE.finditer(alltext):
        cand = m.group(1).replace(" ", "")
        if IBAN_LEN.get(cand[:2]) == len(cand):
            if not bk.iban_valid(cand):
                errors.append("%s: invalid IBAN %s" % (name, cand))
            else:
                stats["ibans"].add(cand)
    for m in BTC_RE.finditer(alltext):
        a = m.group(1)
        if a.startswith("bc1"):
            ok = bk.bech32_valid(a)
        else:
            try:
                ok = bk.base58check_valid(a)
            except ValueError:
                continue
        stats["btc"].append(a)
        if not ok:
            errors.append("%s: invalid BTC address %s" % (name, a))
    for m in re.finditer(r"БИК:?\s*(\d{9})", alltext):
        bik = m.group(1)
        for acc in re.findall(r"[РрКк]/[сc]:?\s*(\d{20})", alltext):
            corr = acc.startswith("301")
            if not bk.ru_account_valid(bik, acc, corr):
                errors.append("%s: RU account %s fails BIK %s key" % (name, acc, bik))
            else:
                stats["ru_accounts"] += 1
    return msg


def zbar_check(stats, errors):
    """Optional external cross-check of QR PNGs with zbarimg if installed."""
    if not shutil.which("zbarimg"):
        return "zbarimg not installed - skipped"
    n = 0
    for name, url, png in stats["qr"]:
        tmp = os.path.join(tempfile.gettempdir(), ".qrcheck-%d.png" % os.getpid())
        open(tmp, "wb").write(png)
        out = subprocess.run(["zbarimg", "-q", "--raw", tmp], capture_output=True, text=True).stdout.strip()
        os.remove(tmp)
        if out != url:
            errors.append("%s: zbarimg read %r" % (name, out))
        n += 1
    return "zbarimg confirmed %d QR codes" % n


def run(root):
    errors = []
    stats = dict(text_parts=0, attachments=0, qr=[], zipcrypto=0, ibans=set(), btc=[], ru_accounts=0)
    count = 0
    for folder in ("attack", "business"):
        for fn in sorted(os.listdir(os.path.join(root, folder))):
            if fn.endswith(".eml"):
                check_file(os.path.join(root, folder, fn), errors, stats)
                count += 1
    z = zbar_check(stats, errors)
    return count, errors, stats, z
