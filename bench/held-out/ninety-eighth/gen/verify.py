"""Self-checks for the generated set. Stdlib only; uses zbarimg/pdftotext/qpdf opportunistically if installed."""
import email
import email.utils
import glob
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime, timezone
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import ids  # noqa: E402
import company  # noqa: E402
import common  # noqa: E402

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "received-spf")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")
RU_ACC_RE = re.compile(r"Р/с (\d{20})[\s\S]{0,200}?БИК (\d{9})[\s\S]{0,60}?К/с (\d{20})")
PW_RE = re.compile(r"(?:Kennwort lautet|apertura|hasłem|паролем|password)[^:]*:\s*(\S+)", re.I)


def main(out):
    ok = True
    errs = []
    stats = {"files": 0, "text_parts": 0, "ibans": 0, "btc": 0, "zip": 0, "zip_enc": 0, "pdf": 0, "qr": 0, "ru_acc": 0}
    zbar = shutil.which("zbarimg")
    pdftotext = shutil.which("pdftotext")
    qpdf = shutil.which("qpdf")
    total_size = 0
    for folder in ("attack", "business"):
        files = sorted(glob.glob(os.path.join(out, folder, "*.eml")))
        if len(files) != 40:
            errs.append(f"{folder}: {len(files)} files")
        for i, path in enumerate(files, 1):
            name = os.path.basename(path)
            if not name.startswith(f"{i:02d}-"):
                errs.append(f"{name}: numbering")
            raw = open(path, "rb").read()
            total_size += len(raw)
            stats["files"] += 1
            msg = email.message_from_bytes(raw, policy=policy.default)
            compat = email.message_from_bytes(raw)
            defects = list(msg.defects)
            for p in msg.walk():
                defects += list(p.defects)
            if defects:
                errs.append(f"{name}: defects {defects}")
            keys = [k.lower() for k in msg.keys()]
            for f in FORBIDDEN:
                if f in keys:
                    errs.append(f"{name}: forbidden header {f}")
            if any(k.startswith("x-spam") or k.startswith("arc-") for k in keys):
                errs.append(f"{name}: forbidden X-Spam/ARC header")
            if keys[0] != "return-path" or not msg["Return-Path"]:
                errs.append(f"{name}: Return-Path not first")
            rec = msg.get_all("Received") or []
            top = " ".join(str(rec[0]).split()) if rec else ""
            m = re.match(r"from (\S+) \((\S+) \[([0-9a-fA-F.:]+)\]\).* by mx01\.example\.com \(Postfix\) with ESMTPS? id \w+ for <([^>]+)>;", top)
            if not m:
                errs.append(f"{name}: top Received not mx01 style: {top[:120]}")
            else:
                rcpt = m.group(4)
                tos = " ".join(str(msg.get(h, "")) for h in ("To", "Cc"))
                if rcpt.lower() not in tos.lower() and "allstaff" not in tos and "nn-office" not in tos:
                    errs.append(f"{name}: envelope rcpt {rcpt} not in To/Cc")
                if "mail-int01" in m.group(1) and m.group(3) != "10.20.0.25":
                    errs.append(f"{name}: relay IP")
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                try:
                    v = msg[h]
                    if v is None:
                        errs.append(f"{name}: missing {h}")
                    else:
                        str(v)
                except Exception as ex:
                    errs.append(f"{name}: header {h}: {ex}")
            try:
                dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
                if not (datetime(2026, 10, 1, tzinfo=timezone.utc) <= dt <= datetime(2026, 12, 31, 23, 59, tzinfo=timezone.utc)):
                    errs.append(f"{name}: date out of range {dt}")
            except Exception as ex:
                errs.append(f"{name}: Date unparsable {ex}")
            alltext = ""
            for part in compat.walk():
                if part.is_multipart():
                    continue
                ctype = part.get_content_type()
                payload = part.get_payload(decode=True)
                fn = part.get_filename()
                if part.get_content_maintype() == "text":
                    cs = part.get_content_charset()
                    try:
                        txt = payload.decode(cs, errors="strict")
                    except Exception as ex:
                        errs.append(f"{name}: text part {ctype} charset {cs} does not decode: {ex}")
                        continue
                    # also the modern API
                    for p2 in msg.walk():
                        if p2.get_content_maintype() == "text" and not p2.is_multipart():
                            p2.get_content()
                    stats["text_parts"] += 1
                    if not fn:
                        alltext += txt + "\n"
                    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
                    if cte in ("7bit", "8bit"):
                        body = part.get_payload(decode=False)
                        if isinstance(body, str):
                            body = body.encode("utf-8", "surrogateescape")
                        if cte == "7bit" and any(b > 127 for b in payload):
                            errs.append(f"{name}: 8-bit data in 7bit part")
                        if any(len(l) > 998 for l in payload.split(b"\n")):
                            errs.append(f"{name}: line > 998 in {cte} part")
                elif ctype in ("application/zip", "application/x-zip-compressed"):
                    stats["zip"] += 1
                    zf = zipfile.ZipFile(io.BytesIO(payload))
                    for info in zf.infolist():
                        if info.flag_bits & 1:
                            stats["zip_enc"] += 1
                            pws = PW_RE.findall(alltext)
                            good = False
                            for pw in pws:
                                try:
                                    data = zf.read(info, pwd=pw.strip(".").encode())
                                    good = data == common.PLACEHOLDER
                                    if good:
                                        break
                                except RuntimeError:
                                    pass
                            if not good:
                                errs.append(f"{name}: encrypted ZIP not openable with password from body ({pws})")
                        else:
                            if zf.read(info) != common.PLACEHOLDER:
                                errs.append(f"{name}: zip content not placeholder")
                elif ctype == "application/pdf":
                    stats["pdf"] += 1
                    if not payload.startswith(b"%PDF-1.4") or b"/JavaScript" in payload or b"/JS" in payload:
                        errs.append(f"{name}: PDF header/JS")
                    if qpdf:
                        with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                            tf.write(payload)
                            tf.flush()
                            rc = subprocess.run([qpdf, "--check", tf.name], capture_output=True)
                            if rc.returncode != 0:
                                errs.append(f"{name}: qpdf --check failed for {fn}")
                            if pdftotext:
                                t = subprocess.run([pdftotext, tf.name, "-"], capture_output=True).stdout.decode("utf-8", "replace")
                                alltext += t
                elif ctype == "image/png":
                    if not payload.startswith(b"\x89PNG"):
                        errs.append(f"{name}: PNG signature")
                    import hashlib
                    h = hashlib.sha256(payload).hexdigest()
                    if h in common.QR_LOG:
                        stats["qr"] += 1
                        if zbar:
                            with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                                tf.write(payload)
                                tf.flush()
                                res = subprocess.run([zbar, "-q", "--raw", tf.name], capture_output=True).stdout.decode().strip()
                            if res != common.QR_LOG[h]:
                                errs.append(f"{name}: QR decodes to {res!r}, expected {common.QR_LOG[h]!r}")
            for cand in IBAN_RE.findall(alltext):
                c = cand.replace(" ", "")
                if c[:2] in ("DE", "IT", "ES", "PL", "GR", "LT", "GB", "FR", "PT") and len(c) >= 15:
                    if "*" in c:
                        continue
                    stats["ibans"] += 1
                    if not ids.iban_valid(c):
                        errs.append(f"{name}: invalid IBAN {cand}")
            for addr in BTC_RE.findall(alltext):
                if addr.startswith("bc1"):
                    stats["btc"] += 1
                    if not ids.bech32_valid(addr):
                        errs.append(f"{name}: bad bech32 {addr}")
            for acc, bik, corr in RU_ACC_RE.findall(alltext):
                stats["ru_acc"] += 1
                if not (ids.ru_account_valid(bik, acc) and ids.ru_corr_valid(bik, corr)):
                    errs.append(f"{name}: RU account/BIK key invalid")
    for k, v in company.BANK.items():
        if not ids.iban_valid(v):
            errs.append(f"company IBAN {k} invalid")
    if total_size > 1 << 30:
        errs.append("output > 1 GB")
    for e in errs:
        print("ERROR", e)
    print(f"verify: {stats} total {total_size} bytes; zbarimg={'yes' if zbar else 'no'} qpdf={'yes' if qpdf else 'no'}")
    print("verify: OK" if not errs else f"verify: {len(errs)} problem(s)")
    return not errs


if __name__ == "__main__":
    sys.exit(0 if main(os.path.dirname(HERE)) else 1)
