"""Verification: every .eml parses with the email package without defects, every text part
decodes strictly in its declared charset, header/infrastructure rules hold, attachments are sane."""
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

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-", "x-spam")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")
COUNTRY_LEN = {"DE": 22, "IT": 27, "ES": 24, "PL": 28, "GR": 27, "GB": 22, "LT": 20, "BE": 16, "PT": 25, "FR": 27, "IE": 22}


def _texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct == "image/svg+xml":
            raw = part.get_payload(decode=True)
            cs = part.get_content_charset() or ("utf-8" if ct == "image/svg+xml" else "us-ascii")
            out.append((part, raw.decode(cs)))  # strict
    return out


def run(outdir, messages):
    problems = []
    meta = {m.filename: m for m in messages}
    for folder in ("attack", "business"):
        d = os.path.join(outdir, folder)
        for fn in sorted(os.listdir(d)):
            if not fn.endswith(".eml"):
                continue
            path = os.path.join(d, fn)
            raw = open(path, "rb").read()
            tag = "%s/%s" % (folder, fn)
            for i, line in enumerate(raw.split(b"\n")):
                if len(line) > 998:
                    problems.append("%s: line %d longer than 998 octets" % (tag, i + 1))
            try:
                msg = email.message_from_bytes(raw, policy=email.policy.default)
                old = email.message_from_bytes(raw)
            except Exception as ex:  # pragma: no cover
                problems.append("%s: parse error %r" % (tag, ex))
                continue
            for part in msg.walk():
                for dfx in part.defects:
                    problems.append("%s: MIME defect %r in %s" % (tag, dfx, part.get_content_type()))
            for k, v in msg.items():
                try:
                    s = str(v)
                except Exception as ex:
                    problems.append("%s: header %s undecodable %r" % (tag, k, ex))
                    continue
                dfx = getattr(v, "defects", ())
                for d_ in dfx:
                    problems.append("%s: header %s defect %r" % (tag, k, d_))
                if "=?" in s and "?=" in s:
                    problems.append("%s: header %s left encoded: %s" % (tag, k, s[:80]))
                if any(k.lower().startswith(f) for f in FORBIDDEN):
                    problems.append("%s: forbidden header %s" % (tag, k))
            if not msg["Return-Path"]:
                problems.append("%s: no Return-Path" % tag)
            rec = msg.get_all("Received") or []
            top = " ".join(str(rec[0]).split()) if rec else ""
            if not rec or "by mx01.example.com (Postfix)" not in top or " for <" not in top:
                problems.append("%s: top Received is not mx01's" % tag)
            else:
                m = re.match(r"from (\S+) \((\S+) \[([^\]]+)\]\)", top)
                if not m:
                    problems.append("%s: mx01 Received lacks 'from HELO (rDNS [IP])'" % tag)
            if len(rec) < 2 and "amazonses.com" not in top:
                problems.append("%s: no sender-side Received hop" % tag)
            dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
            if not (dt.year == 2026 and 10 <= dt.month <= 12):
                problems.append("%s: Date outside Oct-Dec 2026: %s" % (tag, msg["Date"]))
            for h in ("From", "To", "Subject", "Message-ID", "Date"):
                if not msg[h]:
                    problems.append("%s: missing %s" % (tag, h))
            try:
                texts = _texts(old)
            except Exception as ex:
                problems.append("%s: text part does not decode: %r" % (tag, ex))
                texts = []
            if not texts:
                problems.append("%s: no text part" % tag)
            # policy.default content access too
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    try:
                        part.get_content()
                    except Exception as ex:
                        problems.append("%s: get_content failed %r" % (tag, ex))
            alltext = "\n".join(t for _, t in texts)
            # IBAN / crypto validity in any text
            for cand in IBAN_RE.findall(alltext):
                c = cand.replace(" ", "")
                if c[:2] in COUNTRY_LEN:
                    c = c[:COUNTRY_LEN[c[:2]]]
                    if not ids.iban_valid(c):
                        problems.append("%s: invalid IBAN %s" % (tag, c))
            for cand in BTC_RE.findall(alltext):
                ok = ids.bech32_valid(cand) if cand.startswith("bc1") else ids.b58_valid(cand)
                if not ok:
                    problems.append("%s: invalid BTC address %s" % (tag, cand))
            # attachments
            for part in old.walk():
                if part.is_multipart():
                    continue
                ct = part.get_content_type()
                data = part.get_payload(decode=True)
                if ct == "application/pdf":
                    if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
                        problems.append("%s: broken PDF" % tag)
                    if b"/JavaScript" in data or b"/JS" in data or b"/Launch" in data or b"/OpenAction" in data:
                        problems.append("%s: active PDF content" % tag)
                elif ct in ("application/zip", "application/x-zip-compressed"):
                    try:
                        z = zipfile.ZipFile(io.BytesIO(data))
                        for zi in z.infolist():
                            if zi.flag_bits & 1:
                                pw = re.search(r"(?:[Pp]asswor[dt]|[Hh]asło|[Cc]ontraseña|[Пп]ароль|[Κκ]ωδικός|[Pp]assword)[^:\n]{0,30}:\s*([A-Za-z0-9_\-!]+)", alltext)
                                if not pw:
                                    problems.append("%s: encrypted zip but no password in text" % tag)
                                    continue
                                z.read(zi, pwd=pw.group(1).encode())
                            else:
                                z.read(zi)
                    except Exception as ex:
                        problems.append("%s: zip problem %r" % (tag, ex))
                elif ct == "image/png":
                    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
                        problems.append("%s: broken PNG" % tag)
                    elif shutil.which("zbarimg") and ("qr" in (part.get_filename() or "").lower() or "qr" in str(part.get("Content-ID", "")).lower()):
                        with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                            tf.write(data)
                            tf.flush()
                            res = subprocess.run(["zbarimg", "-q", "--raw", tf.name], capture_output=True)
                            if res.returncode != 0 or not res.stdout.strip():
                                problems.append("%s: QR code does not decode" % tag)
                            elif tag not in QR_SEEN:
                                QR_SEEN[tag] = res.stdout.decode().strip()
                elif ct in ("text/html", "image/svg+xml") and part.get_filename():
                    low = data.lower()
                    if b"<script" in low or b"javascript:" in low or b"onload=" in low or b"onerror=" in low:
                        problems.append("%s: active content in %s" % (tag, part.get_filename()))
    return problems


QR_SEEN = {}
