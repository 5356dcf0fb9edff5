"""Validation of the generated corpus (stdlib only; uses zbarimg/pdftotext only if installed)."""
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
from datetime import datetime, timezone

from . import ids, qr

FORBIDDEN = re.compile(r"^(authentication-results|dkim-signature|arc-[a-z-]+|x-spam[a-z-]*|received-spf)$", re.I)
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "LT": 20, "BE": 16, "CY": 28, "GB": 22, "NL": 18, "FR": 27,
            "AT": 20, "SK": 24, "HU": 28, "RO": 24, "BG": 22, "PT": 25, "IE": 22}


def _texts_of(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            raw = part.get_payload(decode=True)
            out.append((part, raw.decode(cs)))  # strict
    return out


def run(root, result):
    problems = []
    have_zbar = shutil.which("zbarimg")
    have_pdftotext = shutil.which("pdftotext")
    for folder, specs in result.items():
        names = set()
        for sp in specs:
            fn = sp["file"]
            where = "%s/%s" % (folder, fn)
            names.add(fn)
            with open(os.path.join(root, folder, fn), "rb") as fh:
                data = fh.read()
            for i, line in enumerate(data.split(b"\n\n", 1)[0].split(b"\n")):
                try:
                    line.decode("ascii")
                except UnicodeDecodeError:
                    problems.append("%s: non-ASCII header line %d" % (where, i))
                if len(line) > 998:
                    problems.append("%s: header line too long" % where)
            m1 = email.message_from_bytes(data, policy=email.policy.compat32)
            m2 = email.message_from_bytes(data, policy=email.policy.default)
            for m in (m1, m2):
                for part in m.walk():
                    if part.defects:
                        problems.append("%s: defects %r" % (where, part.defects))
            for k in m2.keys():
                if FORBIDDEN.match(k):
                    problems.append("%s: forbidden header %s" % (where, k))
                try:
                    str(m2[k])
                except Exception as e:  # noqa
                    problems.append("%s: header %s does not decode: %s" % (where, k, e))
            # headers decode (From/Subject/To)
            for k in ("From", "To", "Subject", "Date", "Message-ID", "Return-Path"):
                if m2[k] is None:
                    problems.append("%s: missing %s" % (where, k))
            rec = m2.get_all("Received")
            if not rec or "by mx01.example.com (Postfix)" not in str(rec[0]) or ("for <%s>" % sp["rcpt"]) not in str(rec[0]):
                problems.append("%s: top Received is not mx01 for rcpt" % where)
            if folder == "business" and sp.get("internal"):
                if "mail-int01.example.com [10.20.0.25]" not in str(rec[0]).replace("(mail-int01.example.com [10.20.0.25])", "mail-int01.example.com [10.20.0.25]"):
                    problems.append("%s: internal mail not from mail-int01" % where)
            d = email.utils.parsedate_to_datetime(str(m2["Date"]))
            if not (datetime(2026, 10, 1, tzinfo=timezone.utc) <= d <= datetime(2026, 12, 31, 23, 59, tzinfo=timezone.utc)):
                problems.append("%s: Date out of range %s" % (where, d))
            # every text part decodes strictly
            try:
                texts = _texts_of(m1)
                for part in m2.walk():
                    if not part.is_multipart() and part.get_content_maintype() == "text":
                        part.get_content()
            except Exception as e:  # noqa
                problems.append("%s: text part decode failure %s" % (where, e))
                texts = []
            alltext = "\n".join(t for _, t in texts)
            # attachments
            pdf_texts = []
            for part in m1.walk():
                if part.is_multipart():
                    continue
                ct = part.get_content_type()
                payload = part.get_payload(decode=True)
                fname = part.get_filename()
                if ct == "application/pdf" or (fname or "").lower().endswith(".pdf"):
                    if not payload.startswith(b"%PDF-") or b"%%EOF" not in payload[-10:]:
                        problems.append("%s: bad PDF %s" % (where, fname))
                    sx = int(payload.rsplit(b"startxref", 1)[1].split()[0])
                    if not payload[sx:].startswith(b"xref"):
                        problems.append("%s: bad xref offset in %s" % (where, fname))
                    if have_pdftotext:
                        with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                            tf.write(payload)
                            tf.flush()
                            r = subprocess.run(["pdftotext", "-q", tf.name, "-"], capture_output=True)
                            if r.returncode != 0 or not r.stdout.strip():
                                problems.append("%s: pdftotext failed on %s" % (where, fname))
                            pdf_texts.append(r.stdout.decode("utf-8", "replace"))
                if ct in ("application/zip", "application/x-zip-compressed") or (fname or "").lower().endswith(".zip"):
                    try:
                        zf = zipfile.ZipFile(io.BytesIO(payload))
                        pwd = sp.get("zip_pwd")
                        for info in zf.infolist():
                            if info.flag_bits & 1 and not pwd:
                                problems.append("%s: encrypted zip without known password" % where)
                            content = zf.read(info, pwd=pwd.encode() if pwd else None)
                            if info.filename.lower().endswith(".pdf"):
                                pdf_texts.append("(zip pdf %d bytes)" % len(content))
                    except Exception as e:  # noqa
                        problems.append("%s: zip error %s" % (where, e))
                if ct == "image/png":
                    if payload[:8] != b"\x89PNG\r\n\x1a\n":
                        problems.append("%s: bad PNG" % where)
            # QR codes
            for want in sp.get("qr", []):
                found = False
                for part in m1.walk():
                    if part.get_content_type() == "image/png":
                        png = part.get_payload(decode=True)
                        try:
                            if qr.decode_png(png) == want:
                                found = True
                        except Exception:
                            pass
                        if found and have_zbar:
                            with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                                tf.write(png)
                                tf.flush()
                                r = subprocess.run(["zbarimg", "-q", "--raw", tf.name], capture_output=True)
                                if r.stdout.decode().strip() != want:
                                    problems.append("%s: zbarimg disagrees on QR" % where)
                        if found:
                            break
                if not found:
                    problems.append("%s: QR %s not found/decodable" % (where, want))
            # IBANs anywhere in text (body, pdf)
            blob = alltext + "\n".join(pdf_texts)
            found_ibans = set()
            for svg in [p.get_payload(decode=True).decode("utf-8") for p in m1.walk() if p.get_content_type() == "image/svg+xml"]:
                blob += svg
            for cand in IBAN_RE.findall(blob):
                c = cand.replace(" ", "")
                if c[:2] in IBAN_LEN and len(c) >= IBAN_LEN[c[:2]]:
                    c = c[:IBAN_LEN[c[:2]]]
                    if not ids.iban_valid(c):
                        problems.append("%s: invalid IBAN %s" % (where, cand))
                    found_ibans.add(c)
            for want in sp.get("ibans", []):
                if want not in blob.replace(" ", "") and ids.fmt_iban(want) not in blob:
                    problems.append("%s: expected IBAN %s not present" % (where, want))
            for b in re.findall(r"\bbc1[a-z0-9]{20,80}\b", blob):
                if not ids.bech32_valid(b):
                    problems.append("%s: invalid bech32 %s" % (where, b))
            for b in sp.get("btc", []):
                if b.startswith("bc1"):
                    ok = ids.bech32_valid(b)
                else:
                    ok = ids.base58check_valid(b)
                if not ok or b not in blob:
                    problems.append("%s: btc address problem %s" % (where, b))
            for bik, acc in sp.get("ru_accounts", []):
                prefix = ("0" + bik[4:6]) if acc.startswith("30101") else bik[-3:]
                if not ids.ru_check(prefix, acc):
                    problems.append("%s: RU account key invalid %s" % (where, acc))
                if acc not in blob:
                    problems.append("%s: RU account %s not in text" % (where, acc))
        if len(names) != 40:
            problems.append("%s: %d unique files" % (folder, len(names)))
    return problems
