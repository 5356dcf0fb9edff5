#!/usr/bin/env python3
"""Validation of the generated set: every message parses with the stdlib
email package without defects, every text part (and every header) decodes,
structural conventions hold, IBANs/BIK accounts/BTC addresses validate,
QR codes decode (zbarimg, if installed), ZIPs and PDFs open."""
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
import ids  # noqa: E402

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam", "received-spf")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")
RS_RE = re.compile(r"(?:р/с|Р/с|расч[её]тный сч[её]т)[^0-9]{0,20}(\d{20})")
BIK_RE = re.compile(r"БИК[^0-9]{0,10}(\d{9})")
IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20, "FR": 27, "NL": 18}


def texts(msg):
    for p in msg.walk():
        if p.is_multipart():
            continue
        if p.get_content_maintype() == "text" or p.get_content_type() == "image/svg+xml":
            yield p


def run(root):
    errors = []
    stats = {}
    n = 0
    zbar = shutil.which("zbarimg")
    for kind in ("attack", "business"):
        folder = os.path.join(root, kind)
        for fn in sorted(os.listdir(folder)):
            if not fn.endswith(".eml"):
                continue
            n += 1
            path = os.path.join(folder, fn)
            raw = open(path, "rb").read()
            where = "%s/%s" % (kind, fn)

            def err(s):
                errors.append("%s: %s" % (where, s))
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for p in msg.walk():
                for d in p.defects:
                    err("defect %r" % d)
            # headers decode
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                v = msg.get(h)
                if v is None and h != "Message-ID":
                    err("missing %s" % h)
                elif v is not None:
                    str(v)
            for k in msg.keys():
                if k.lower().startswith(FORBIDDEN) or k.lower() in FORBIDDEN:
                    err("forbidden header %s" % k)
            if not msg.get("Message-ID") and not msg.get("Message-Id"):
                err("no Message-ID")
            if not msg.get("Return-Path"):
                err("no Return-Path")
            rec = msg.get_all("Received") or []
            if not rec or "by mx01.example.com (Postfix)" not in str(rec[0]) or "for <" not in str(rec[0]):
                err("top Received is not mx01's")
            else:
                top = re.sub(r"\s+", " ", str(rec[0]))
                if not re.match(r"from \S+ \((\S+|unknown) \[[0-9a-f.:]+\]\)", top):
                    err("mx01 line does not name HELO (rDNS [IP]): %s" % top[:90])
                if "mail-int01" in top and len(rec) < 2:
                    err("internal without Exchange hop")
            raw_headers = raw.split(b"\r\n\r\n", 1)[0]
            if raw_headers.split(b"\r\n", 1)[0].split(b":")[0] != b"Return-Path":
                err("Return-Path is not first")
            if any(b > 127 for b in raw_headers):
                err("8-bit data in headers")
            dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
            if not (dt.year == 2026 and dt.month in (10, 11, 12)):
                err("date outside Oct-Dec 2026: %s" % msg["Date"])
            # bodies
            alltext = []
            for p in texts(msg):
                try:
                    c = p.get_content()
                except Exception as e:  # noqa
                    err("text part does not decode: %s" % e)
                    continue
                cs = p.get_content_charset() or ("utf-8" if p.get_content_type() == "image/svg+xml" else "us-ascii")
                payload = p.get_payload(decode=True)
                try:
                    payload.decode(cs, "strict")
                except Exception as e:  # noqa
                    err("strict decode failed (%s): %s" % (cs, e))
                alltext.append(c if isinstance(c, str) else c.decode("utf-8", "replace"))
            # attachments
            for p in msg.walk():
                if p.is_multipart():
                    continue
                ct = p.get_content_type()
                data = p.get_payload(decode=True)
                if ct == "application/pdf":
                    if not data.startswith(b"%PDF-") or b"/JavaScript" in data or b"/OpenAction" in data:
                        err("bad/active PDF %s" % p.get_filename())
                    pt = shutil.which("pdftotext")
                    if pt:
                        with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                            tf.write(data)
                            tf.flush()
                            o = subprocess.run([pt, "-q", tf.name, "-"], capture_output=True)
                            if o.returncode != 0 or len(o.stdout.strip()) < 20:
                                err("PDF text not extractable %s" % p.get_filename())
                            alltext.append(o.stdout.decode("utf-8", "replace"))
                elif ct in ("application/zip", "application/x-zip-compressed"):
                    try:
                        zf = zipfile.ZipFile(io.BytesIO(data))
                        for i in zf.infolist():
                            if i.file_size > 200000:
                                err("zip member too large")
                    except Exception as e:  # noqa
                        err("zip does not open: %s" % e)
                elif ct == "image/png":
                    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
                        err("bad PNG")
                    elif zbar and "qr" in (p.get_filename() or "").lower() + (p.get("X-Check", "")):
                        pass
                    if zbar:
                        with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                            tf.write(data)
                            tf.flush()
                            o = subprocess.run([zbar, "-q", "--raw", tf.name], capture_output=True)
                            dec = o.stdout.decode("utf-8", "replace").strip()
                            if dec:
                                alltext.append("QR:" + dec)
                                print("  QR %s -> %s" % (where, dec[:100]))
                elif ct in ("text/html", "image/svg+xml") and p.get_filename():
                    s = data.decode("utf-8", "replace")
                    for m in re.finditer(r"<script(?![^>]*type=\"text/plain\")", s, re.I):
                        err("active <script> in attachment %s" % p.get_filename())
            blob = "\n".join(alltext)
            stats["msgs_with_ids"] = stats.get("msgs_with_ids", 0)
            for m in IBAN_RE.finditer(blob):
                cand = m.group(1).replace(" ", "")
                cc = cand[:2]
                if cc in IBAN_LEN:
                    cand = cand[:IBAN_LEN[cc]]
                    if len(cand) == IBAN_LEN[cc]:
                        stats["iban"] = stats.get("iban", 0) + 1
                        if not ids.iban_valid(cand):
                            err("invalid IBAN %s" % cand)
            for m in BTC_RE.finditer(blob):
                a = m.group(1)
                if a.startswith("bc1"):
                    stats["btc"] = stats.get("btc", 0) + 1
                    if not ids.bech32_verify(a):
                        err("invalid bech32 %s" % a)
            biks = BIK_RE.findall(blob)
            for rs in RS_RE.findall(blob):
                stats["ru_account"] = stats.get("ru_account", 0) + 1
                if not any(ids.ru_account_valid(b, rs) for b in biks):
                    err("RU account %s does not validate with BIK %s" % (rs, biks))
    for e in errors:
        print("ERROR", e)
    stats.pop("msgs_with_ids", None)
    print("identifier checks (occurrences in bodies/PDF text):", stats)
    print("checked %d messages, %d problems" % (n, len(errors)))
    return not errors


if __name__ == "__main__":
    ok = run(os.path.dirname(HERE))
    sys.exit(0 if ok else 1)
