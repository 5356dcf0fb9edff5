"""Self-checks run after building: parsing, decoding, naming, numbers, QR."""
import email
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone

import banking as bk

ORDER = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]
FORBIDDEN = re.compile(r"^(authentication-results|dkim-signature|arc-[a-z-]+|x-spam[a-z-]*)$", re.I)
IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20, "FR": 27,
            "PT": 25, "BE": 16, "CY": 28, "SK": 24, "NL": 18, "AT": 20, "BG": 22, "HU": 28, "RO": 24}
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30})\b")


def _ibans(txt):
    found = []
    for m in IBAN_RE.finditer(txt):
        s = m.group(1).replace(" ", "")
        cc = s[:2]
        if cc in IBAN_LEN and len(s) >= IBAN_LEN[cc]:
            found.append(s[:IBAN_LEN[cc]])
    return found


def expected_names():
    n = 1
    out = []
    for lang, cnt in ORDER:
        for _ in range(cnt):
            out.append((n, lang))
            n += 1
    return out


def run(root, attacks, business):
    ok = True
    problems = []
    zbar = shutil.which("zbarimg")
    qr_seen = 0
    for folder, msgs in (("attack", attacks), ("business", business)):
        files = sorted(f for f in os.listdir(os.path.join(root, folder)) if f.endswith(".eml"))
        exp = expected_names()
        if len(files) != 40:
            problems.append("%s: %d files (expected 40)" % (folder, len(files)))
        for f, (n, lang) in zip(files, exp):
            if not f.startswith("%02d-%s-" % (n, lang)):
                problems.append("%s/%s: expected prefix %02d-%s-" % (folder, f, n, lang))
        for f in files:
            path = os.path.join(root, folder, f)
            raw = open(path, "rb").read()
            try:
                msg = email.message_from_bytes(raw, policy=policy.default)
            except Exception as e:  # pragma: no cover
                problems.append("%s/%s: parse error %s" % (folder, f, e))
                continue
            msg_c = email.message_from_bytes(raw)  # compat32 too
            for k in msg.keys():
                if FORBIDDEN.match(k):
                    problems.append("%s/%s: forbidden header %s" % (folder, f, k))
            for k in ("Return-Path", "Received", "From", "To", "Date", "Message-ID", "Subject"):
                if msg[k] is None:
                    problems.append("%s/%s: missing %s" % (folder, f, k))
            recs = msg.get_all("Received") or []
            if not recs or "by mx01.example.com (Postfix)" not in str(recs[0]).replace("\n", " ").replace("\t", " ").replace("  ", " "):
                problems.append("%s/%s: top Received is not mx01" % (folder, f))
            if recs and "for <" not in str(recs[0]):
                problems.append("%s/%s: top Received lacks 'for <rcpt>'" % (folder, f))
            try:
                str(msg["Subject"]), str(msg["From"]), str(msg["To"])
                d = parsedate_to_datetime(str(msg["Date"]))
                if not (datetime(2026, 10, 1, tzinfo=timezone.utc) <= d < datetime(2027, 1, 1, tzinfo=timezone.utc)):
                    problems.append("%s/%s: date %s out of range" % (folder, f, d))
            except Exception as e:
                problems.append("%s/%s: header decode %r" % (folder, f, e))
            for part_ in msg.walk():
                for hk, hv in part_.items():
                    if getattr(hv, "defects", None):
                        problems.append("%s/%s: header %s defects %s" % (folder, f, hk, hv.defects))
            if msg.defects:
                problems.append("%s/%s: defects %s" % (folder, f, msg.defects))
            alltext = []
            for part, part_c in zip(msg.walk(), msg_c.walk()):
                if part.defects:
                    problems.append("%s/%s: part defects %s" % (folder, f, part.defects))
                ct = part.get_content_type()
                if part.is_multipart():
                    continue
                payload = part.get_payload(decode=True)
                if ct.startswith("text/"):
                    cs = part.get_content_charset() or "us-ascii"
                    try:
                        txt = payload.decode(cs)
                        part.get_content()
                        alltext.append(txt)
                    except Exception as e:
                        problems.append("%s/%s: %s part does not decode as %s: %r" % (folder, f, ct, cs, e))
                    if part.get("Content-Transfer-Encoding", "7bit").lower() == "7bit":
                        try:
                            part_c.get_payload(decode=False).encode("ascii")
                        except UnicodeEncodeError:
                            problems.append("%s/%s: 7bit part with 8-bit data" % (folder, f))
                elif ct == "image/png" and zbar:
                    with tempfile.NamedTemporaryFile(suffix=".png", dir=root, delete=False) as tf:
                        tf.write(payload)
                        tn = tf.name
                    r = subprocess.run([zbar, "-q", "--raw", tn], capture_output=True)
                    os.remove(tn)
                    if r.stdout.strip():
                        qr_seen += 1
                        alltext.append(r.stdout.decode("utf-8", "replace"))
                        print("   QR %s/%s -> %s" % (folder, f, r.stdout.decode("utf-8", "replace").strip().replace("\n", " | ")[:110]))
                elif ct in ("application/zip", "application/x-zip-compressed"):
                    z = zipfile.ZipFile(io.BytesIO(payload))
                    for zi in z.infolist():
                        enc = bool(zi.flag_bits & 1)
                        print("   ZIP %s/%s -> %s%s" % (folder, f, zi.filename, " (ZipCrypto)" if enc else ""))
                elif ct == "application/pdf":
                    if not payload.startswith(b"%PDF-") or b"%%EOF" not in payload[-10:]:
                        problems.append("%s/%s: broken PDF" % (folder, f))
                    if shutil.which("pdftotext"):
                        r = subprocess.run(["pdftotext", "-q", "-", "-"], input=payload, capture_output=True)
                        alltext.append(r.stdout.decode("utf-8", "replace"))
            blob = "\n".join(alltext)
            for ib in _ibans(blob):
                if not bk.iban_ok(ib):
                    problems.append("%s/%s: invalid IBAN %s" % (folder, f, ib))
            for a in re.findall(r"\bbc1q[02-9ac-hj-np-z]{38,58}\b", blob):
                if not bk.bech32_ok(a):
                    problems.append("%s/%s: bad bech32 %s" % (folder, f, a))
            for a in re.findall(r"\b1[1-9A-HJ-NP-Za-km-z]{25,33}\b", blob):
                if not bk.b58check_ok(a):
                    problems.append("%s/%s: bad base58 %s" % (folder, f, a))
            biks = re.findall(r"\b(04\d{7})\b", blob)
            for acc in re.findall(r"\b(40[0-9]{18})\b", blob):
                if biks and not any(bk.ru_account_ok(b, acc) for b in biks):
                    problems.append("%s/%s: RU account %s fails BIK key" % (folder, f, acc))
            for acc in re.findall(r"\b(30101[0-9]{15})\b", blob):
                if biks and not any(bk.ru_corr_ok(b, acc) for b in biks):
                    problems.append("%s/%s: RU corr. account %s fails BIK key" % (folder, f, acc))
    for p in problems:
        print("PROBLEM:", p)
        ok = False
    print("verification: %s (%d QR codes decoded)" % ("OK" if ok else "FAILED", qr_seen))
    return ok
