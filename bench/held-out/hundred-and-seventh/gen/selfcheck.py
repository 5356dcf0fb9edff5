"""Extra verification of the built corpus (stdlib; zbarimg/pdftotext used only if installed)."""
import email
import email.policy
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import lib_checks as C
from company import BANK, RU, BTC

FORBIDDEN = re.compile(r"^(authentication-results|dkim-signature|arc-[a-z-]+|x-spam[a-z-]*|received-spf|x-google-dkim-signature)\s*:", re.I | re.M)
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{25,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")


def texts_of(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        if part.get_content_maintype() == "text":
            out.append(payload.decode(part.get_content_charset() or "us-ascii"))
        elif part.get_content_type() == "application/pdf" and shutil.which("pdftotext"):
            with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                tf.write(payload)
                tf.flush()
                out.append(subprocess.run(["pdftotext", "-q", tf.name, "-"], capture_output=True, text=True).stdout)
    return "\n".join(out)


def run(root):
    report = []
    stats = dict(ibans=0, qr=0, zips=0, encrypted=0, pdfs=0, pdf_text_ok=0, btc=0)
    known_ru = {v["acc"]: v["bik"] for v in RU.values()}
    for folder in ("attack", "business"):
        for fn in sorted(os.listdir(os.path.join(root, folder))):
            path = os.path.join(root, folder, fn)
            raw = open(path, "rb").read()
            head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
            if FORBIDDEN.search(head):
                report.append("%s: forbidden header" % fn)
            if not head.startswith("Return-Path: <"):
                report.append("%s: no Return-Path first" % fn)
            if any(len(l) > 998 for l in raw.split(b"\r\n")):
                report.append("%s: line > 998" % fn)
            if b"\n" in raw.replace(b"\r\n", b""):
                report.append("%s: bare LF" % fn)
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            d = msg["Date"].datetime
            if not (d.year == 2026 and 10 <= d.month <= 12):
                report.append("%s: date out of range %s" % (fn, d))
            rcv = msg.get_all("Received")
            if "by mx01.example.com (Postfix)" not in rcv[0] or "for <" not in rcv[0]:
                report.append("%s: bad top Received" % fn)
            txt = texts_of(msg)
            for m in IBAN_RE.finditer(txt):
                cand = m.group(1).replace(" ", "")
                if cand[:2] in ("DE", "IT", "PL", "ES", "GR", "CY", "LT", "GB", "FR", "NL") and 15 <= len(cand) <= 34 and any(c.isdigit() for c in cand[4:]):
                    stats["ibans"] += 1
                    if not C.iban_valid(cand):
                        report.append("%s: invalid IBAN %s" % (fn, cand))
            for nrb in re.findall(r"(?<![A-Z\d])(\d{2}(?: \d{4}){6})(?!\d)", txt):
                stats["ibans"] += 1
                if not C.iban_valid("PL" + nrb.replace(" ", "")):
                    report.append("%s: invalid NRB %s" % (fn, nrb))
            for acc in re.findall(r"\b(40702810\d{12})\b", txt):
                bik = known_ru.get(acc)
                if not bik or not C.ru_account_valid(bik, acc):
                    report.append("%s: RU account %s not valid" % (fn, acc))
            for addr in BTC_RE.findall(txt):
                if addr in BTC.values():
                    stats["btc"] += 1
                    ok = C.bech32_verify(addr) if addr.startswith("bc1") else C.base58check_verify(addr)
                    if not ok:
                        report.append("%s: bad BTC %s" % (fn, addr))
            for part in msg.walk():
                ct = part.get_content_type()
                if ct == "application/zip":
                    stats["zips"] += 1
                    data = part.get_payload(decode=True)
                    z = zipfile.ZipFile(io.BytesIO(data))
                    enc = any(i.flag_bits & 1 for i in z.infolist())
                    if enc:
                        stats["encrypted"] += 1
                        m = re.search(r"(?:Kennwort lautet|password|Hasło do pliku|hasłem|паролем|passwort)\s*:?\s*(\S+)", txt, re.I)
                        pw = m.group(1).rstrip(".") if m else None
                        if not pw:
                            report.append("%s: no password found in body" % fn)
                        else:
                            z.setpassword(pw.encode())
                            for i in z.infolist():
                                if not z.read(i).startswith((b"placeholder", b"//", b"REM")):
                                    report.append("%s: unexpected zip content" % fn)
                    else:
                        for i in z.infolist():
                            z.read(i)
                elif ct == "application/pdf":
                    stats["pdfs"] += 1
                    data = part.get_payload(decode=True)
                    if shutil.which("pdftotext"):
                        with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                            tf.write(data)
                            tf.flush()
                            t = subprocess.run(["pdftotext", "-q", tf.name, "-"], capture_output=True, text=True).stdout
                        if len(t.strip()) > 50:
                            stats["pdf_text_ok"] += 1
                        else:
                            report.append("%s: PDF text extraction failed" % fn)
                elif ct == "image/png" and "qr" in (part.get("Content-ID") or "") and shutil.which("zbarimg"):
                    data = part.get_payload(decode=True)
                    with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                        tf.write(data)
                        tf.flush()
                        out = subprocess.run(["zbarimg", "-q", "--raw", tf.name], capture_output=True, text=True).stdout.strip()
                    if out.startswith("https://"):
                        stats["qr"] += 1
                    else:
                        report.append("%s: QR not decodable" % fn)
    return report, stats
