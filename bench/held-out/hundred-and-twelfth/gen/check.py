#!/usr/bin/env python3
"""Validation of the generated corpus (stdlib; uses zbarimg/pdftotext/unzip
from the host only if they are installed)."""
import email
import email.policy
import email.utils
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import banking  # noqa: E402

FORBIDDEN = re.compile(r"^(authentication-results|dkim-signature|arc-|x-spam|x-google-dkim|x-microsoft-antispam|x-forefront-antispam)", re.I)
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\bbc1[02-9ac-hj-np-z]{20,80}\b")
PASSWORDS = [b"AdE2026", b"ZUS1225", b"4471", b"46-2026"]


def check_file(path, tools):
    problems = []
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        problems.append("message defects: %r" % msg.defects)
    for k in msg.keys():
        if FORBIDDEN.match(k):
            problems.append("forbidden header " + k)
        try:
            str(msg[k])
        except Exception as e:  # noqa
            problems.append("header %s unparsable: %s" % (k, e))
    for line in raw.split(b"\n"):
        if len(line) > 998:
            problems.append("line longer than 998 octets")
            break
    for part in msg.walk():
        bd = part.get_boundary()
        if bd and len(bd) > 70:
            problems.append("boundary longer than 70 chars")
    rcv = msg.get_all("Received")
    if not rcv or "by mx01.example.com (Postfix)" not in rcv[0] or "for <" not in rcv[0]:
        problems.append("top Received is not mx01's")
    if not msg.get("Return-Path"):
        problems.append("no Return-Path")
    d = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if not (d.year == 2026 and d.month in (10, 11, 12)):
        problems.append("Date outside Oct-Dec 2026: %s" % d)
    m = re.search(r";\s*(\w{3}, .*?\d{4})\s*(?:\(|$)", rcv[0].replace("\n", " "))
    texts = []
    for part in msg.walk():
        if part.defects:
            problems.append("part defects %s: %r" % (part.get_content_type(), part.defects))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/") and part.get_content_disposition() != "attachment":
            try:
                t = part.get_content()
                texts.append(t)
            except Exception as e:  # noqa
                problems.append("text part %s does not decode: %s" % (ctype, e))
            # strict charset decode check
            cs = part.get_content_charset() or "us-ascii"
            try:
                part.get_payload(decode=True).decode(cs, "strict")
            except Exception as e:  # noqa
                problems.append("strict decode %s failed: %s" % (cs, e))
        else:
            data = part.get_payload(decode=True)
            fn = part.get_filename() or ""
            if ctype == "image/png":
                if not data.startswith(b"\x89PNG"):
                    problems.append("PNG broken")
                if tools.get("zbarimg") and ("qr" in fn.lower() or "zahlung" in fn.lower()):
                    with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                        tf.write(data)
                        tf.flush()
                        r = subprocess.run(["zbarimg", "-q", "--raw", tf.name], capture_output=True, text=True)
                        if r.returncode != 0 or not r.stdout.strip().startswith("https://"):
                            problems.append("QR not decodable in %s" % fn)
                        else:
                            texts.append("QR:" + r.stdout.strip())
            elif ctype == "application/pdf":
                if not data.startswith(b"%PDF-"):
                    problems.append("PDF broken")
                if tools.get("pdftotext"):
                    with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                        tf.write(data)
                        tf.flush()
                        r = subprocess.run(["pdftotext", "-q", tf.name, "-"], capture_output=True, text=True)
                        if r.returncode != 0 or len(r.stdout.strip()) < 20:
                            problems.append("PDF text not extractable: %s" % fn)
                        texts.append(r.stdout)
            elif "zip" in ctype:
                zf = zipfile.ZipFile(io.BytesIO(data))
                for info in zf.infolist():
                    if info.flag_bits & 1:
                        ok = False
                        for pw in PASSWORDS:
                            try:
                                zf.read(info.filename, pwd=pw)
                                ok = True
                                break
                            except Exception:  # noqa
                                pass
                        if not ok:
                            problems.append("encrypted zip entry not openable with known passwords")
                    else:
                        zf.read(info.filename)
            elif ctype in ("text/html", "image/svg+xml"):
                if ctype == "image/svg+xml":
                    import xml.etree.ElementTree as ET
                    try:
                        ET.fromstring(data)
                    except ET.ParseError as e:
                        problems.append("SVG not well-formed: %s" % e)
                low = data.lower()
                if b"<script" in low or b"javascript:" in low or b"onload=" in low or b"onclick=" in low:
                    problems.append("script in attachment %s" % fn)
                texts.append(data.decode("utf-8", "replace"))
    alltext = "\n".join(texts)
    for mm in IBAN_RE.finditer(alltext):
        cand = mm.group(1).replace(" ", "")
        lens = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20, "BE": 16, "FR": 27}
        if lens.get(cand[:2]) == len(cand):
            if not banking.iban_valid(cand):
                problems.append("invalid IBAN %s" % cand)
    for mm in BTC_RE.finditer(alltext):
        if not banking.bech32_valid(mm.group(0)):
            problems.append("invalid bech32 %s" % mm.group(0))
    # Russian account numbers with BIK: check pairs present in text
    biks = re.findall(r"БИК:?\s*(\d{9})", alltext)
    accs = re.findall(r"(?:Р/с|р/с|Расч[её]тный сч[её]т:?)\s*(\d{20})", alltext)
    kss = re.findall(r"(?:К/с|к/с)\s*(\d{20})", alltext)
    if biks:
        for a in accs:
            if not any(banking.ru_check(bik, a) for bik in biks):
                problems.append("RU account %s fails all BIKs %s" % (a, biks))
        for k in kss:
            if not any(banking.ru_check(bik, k, corr=True) for bik in biks):
                problems.append("RU corr account %s fails all BIKs %s" % (k, biks))
    elif accs or kss:
        problems.append("RU account without BIK")
    return problems


def main():
    tools = {t: shutil.which(t) for t in ("zbarimg", "pdftotext")}
    total = 0
    bad = 0
    for kind in ("attack", "business"):
        d = os.path.join(OUT, kind)
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            if not fn.endswith(".eml"):
                continue
            total += 1
            probs = check_file(os.path.join(d, fn), tools)
            if probs:
                bad += 1
                print("%s/%s:" % (kind, fn))
                for p in probs:
                    print("   -", p)
    print("checked %d messages, %d with problems (tools: %s)" % (total, bad, ", ".join(k for k, v in tools.items() if v) or "none"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
