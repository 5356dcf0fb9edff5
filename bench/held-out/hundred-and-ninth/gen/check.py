"""Self-check of the generated corpus (stdlib only; uses zbarimg/pdftotext/unzip only if present)."""
import email
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from email import policy

import idnum as I
import qr as Q
from png import read_png_gray

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam-status", "x-spam-flag", "x-spam-score", "x-spam-level",
             "x-spam-checker-version", "x-spam")
ZIP_PASSWORDS = [b"WK-1184-26", b"Lp120-v3!Berger", b"PL2611", b"2026", b"2846"]

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")


def _texts(msg):
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text" or part.get_content_type() == "image/svg+xml":
            raw = part.get_payload(decode=True)
            cs = part.get_param("charset") or "utf-8"
            yield part, raw.decode(cs)  # strict: raises if the text does not decode


def check_file(path, problems, stats):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    err = lambda s: problems.append("%s: %s" % (name, s))
    try:
        data.decode("ascii")
    except UnicodeDecodeError:
        # 8bit bodies are allowed, but headers must be ASCII
        head = data.split(b"\n\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            err("non-ASCII byte in the top-level header block")
    for ln in data.split(b"\n"):
        if len(ln) > 998:
            err("line longer than 998 octets")
            break
    msg = email.message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            err("defects %r in %s" % (part.defects, part.get_content_type()))
    keys = [k.lower() for k in msg.keys()]
    if keys[0] != "return-path":
        err("first header is not Return-Path")
    rec = msg.get_all("Received")
    if not rec or "by mx01.example.com (Postfix)" not in str(rec[0]) or not str(rec[0]).startswith("from "):
        err("top Received is not mx01's")
    if "for <" not in str(rec[0]):
        err("mx01 Received without 'for <recipient>'")
    for k in keys:
        if k in FORBIDDEN or k.startswith("x-spam"):
            err("forbidden header %s" % k)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None and msg[h.lower()] is None:
            err("missing %s" % h)
    d = msg["Date"].datetime
    if not (d.year == 2026 and 10 <= d.month <= 12):
        err("date outside Oct-Dec 2026: %s" % d)
    str(msg["Subject"]); str(msg["From"])
    alltext = str(msg["Subject"]) + "\n"
    try:
        for part, txt in _texts(msg):
            alltext += txt + "\n"
            stats["text_parts"] += 1
    except (UnicodeDecodeError, LookupError) as e:
        err("text part does not decode: %s" % e)
    # attachments
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        raw = part.get_payload(decode=True)
        fn = part.get_filename() or ""
        if ct == "image/png":
            stats["png"] += 1
            rows = read_png_gray(raw) if raw[25] == 0 else None
            if rows is not None:
                # QR code PNG written by gen/qr.py at scale 5, border 4
                m = Q.matrix_from_png(raw, 5)
                txt = Q.decode_matrix(m)[0]
                stats["qr"].append((name, txt))
                alltext += txt + "\n"
                if shutil.which("zbarimg"):
                    with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                        tf.write(raw)
                        tf.flush()
                        out = subprocess.run(["zbarimg", "-q", "--raw", tf.name], capture_output=True, text=True).stdout.strip()
                    if out != txt:
                        err("zbarimg decoded %r, internal decoder %r" % (out, txt))
                    else:
                        stats["qr_zbar_ok"] += 1
        elif ct == "application/pdf":
            stats["pdf"] += 1
            if not raw.startswith(b"%PDF-") or b"%%EOF" not in raw[-10:]:
                err("bad PDF %s" % fn)
            if shutil.which("pdftotext"):
                with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                    tf.write(raw)
                    tf.flush()
                    r = subprocess.run(["pdftotext", tf.name, "-"], capture_output=True, text=True)
                if r.returncode != 0 or not r.stdout.strip():
                    err("pdftotext failed for %s: %s" % (fn, r.stderr[:200]))
                alltext += r.stdout
            if b"/JavaScript" in raw or b"/JS" in raw or b"/Launch" in raw or b"/OpenAction" in raw:
                err("active content in PDF")
        elif "zip" in ct:
            stats["zip"] += 1
            zf = zipfile.ZipFile(io.BytesIO(raw))
            for zi in zf.infolist():
                if zi.flag_bits & 1:
                    stats["zip_encrypted"] += 1
                    ok = False
                    for pw in ZIP_PASSWORDS:
                        try:
                            content = zf.read(zi, pwd=pw)
                            ok = True
                            break
                        except (RuntimeError, zipfile.BadZipFile, Exception):
                            continue
                    if not ok:
                        err("cannot decrypt %s" % zi.filename)
                else:
                    content = zf.read(zi)
                if content.startswith(b"%PDF"):
                    pass
                elif not content.startswith(b"INERT PLACEHOLDER"):
                    err("unexpected archive member content")
        elif ct in ("text/html", "image/svg+xml") and fn:
            s = raw.decode("utf-8", "replace").lower()
            if "<script" in s or "javascript:" in s or re.search(r"\son[a-z]+\s*=", s):
                err("active content in %s" % fn)
            stats["html_svg_att"] += 1
    # identifiers
    LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20}
    for m in IBAN_RE.finditer(alltext):
        iban = m.group(1).replace(" ", "")
        if iban[:2] in LEN and len(iban) >= LEN[iban[:2]]:
            iban = iban[:LEN[iban[:2]]]
            stats["ibans"] += 1
            if not I.iban_ok(iban):
                err("invalid IBAN %s" % iban)
    for m in re.finditer(r"\b(bc1[02-9ac-hj-np-z]{20,80})\b", alltext):
        stats["btc"] += 1
        if not I.bech32_ok(m.group(1)):
            err("invalid bech32 %s" % m.group(1))
    for m in re.finditer(r"\b(407\d{17})\b", alltext):
        acc = m.group(1)
        stats["ru_acc"] += 1
        biks = re.findall(r"\b(04\d{7})\b", alltext)
        if not any(I.ru_key_ok(b, acc) for b in biks):
            err("Russian account %s fails control key with all BIKs in the message" % acc)
    for m in re.finditer(r"\b(301\d{17})\b", alltext):
        biks = re.findall(r"\b(04\d{7})\b", alltext)
        if not any(I.ru_corr_ok(b, m.group(1)) for b in biks):
            err("correspondent account %s fails control key" % m.group(1))
    return msg


def main(root):
    problems = []
    stats = {"text_parts": 0, "png": 0, "qr": [], "qr_zbar_ok": 0, "pdf": 0, "zip": 0, "zip_encrypted": 0,
             "html_svg_att": 0, "ibans": 0, "btc": 0, "ru_acc": 0, "files": 0}
    counts = {}
    for folder in ("attack", "business"):
        files = sorted(os.listdir(os.path.join(root, folder)))
        for fn in files:
            if not fn.endswith(".eml"):
                continue
            stats["files"] += 1
            lang = fn.split("-")[1]
            counts.setdefault(folder, {}).setdefault(lang, 0)
            counts[folder][lang] += 1
            check_file(os.path.join(root, folder, fn), problems, stats)
    return problems, stats, counts


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p, s, c = main(root)
    print(c)
    print({k: v for k, v in s.items() if k != "qr"})
    for n, t in s["qr"]:
        print("QR", n, t)
    for x in p:
        print("PROBLEM", x)
    sys.exit(1 if p else 0)
