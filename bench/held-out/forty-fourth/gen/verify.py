"""Checks: every .eml parses with the email package without defects, every
text part decodes, trace/header rules hold, IBAN/BTC checksums validate,
QR codes decode (zbarimg), ZIPs open with their passwords, PDFs are sane."""

import datetime
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

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\bbc1[02-9ac-hj-np-z]{20,70}\b")


def _iban_candidates(text):
    for m in IBAN_RE.finditer(text):
        s = m.group(1).replace(" ", "")
        cc = s[:2]
        lens = {"DE": 22, "IT": 27, "ES": 24, "PL": 28, "GR": 27, "GB": 22, "LT": 20}
        if cc in lens and len(s) >= lens[cc]:
            yield s[:lens[cc]]


def run(root, attacks, business):
    ok = True
    problems = []
    zbar = shutil.which("zbarimg")
    pdftotext = shutil.which("pdftotext")
    metas = {}
    for m in attacks + business:
        metas[(("attack" if m.kind == "attack" else "business"), m.fname)] = m
    counts = {}
    for folder in ("attack", "business"):
        files = sorted(os.listdir(os.path.join(root, folder)))
        for fn in files:
            path = os.path.join(root, folder, fn)
            raw = open(path, "rb").read()
            meta = metas[(folder, fn)]
            lang = fn.split("-")[1]
            counts[(folder, lang)] = counts.get((folder, lang), 0) + 1

            def bad(msg):
                problems.append("%s/%s: %s" % (folder, fn, msg))
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if msg.defects:
                bad("message defects %r" % msg.defects)
            # header rules
            names = [k.lower() for k in msg.keys()]
            if names[0] != "return-path":
                bad("first header is not Return-Path")
            for f in FORBIDDEN:
                if f in names:
                    bad("forbidden header " + f)
            if any(n.startswith("x-spam") for n in names):
                bad("X-Spam header present")
            recs = msg.get_all("Received")
            top = str(recs[0])
            if "by mx01.example.com (Postfix)" not in top or "for <%s>" % meta.rcpt not in top:
                bad("top Received not mx01 / rcpt mismatch")
            if not re.match(r"from \S+ \(\S+ \[[0-9a-fA-F.:]+\]\)", top):
                bad("top Received lacks 'from HELO (rDNS [IP])'")
            if meta.kind == "business" and "mail-int01" in top and "Microsoft SMTP Server" not in str(recs[1]):
                bad("internal mail without Exchange hop")
            for h in ("From", "Date", "Message-ID", "Subject"):
                if msg[h] is None:
                    bad("missing " + h)
            try:
                d = email.utils.parsedate_to_datetime(str(msg["Date"]))
                if not (datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc) <= d
                        < datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc)):
                    bad("date out of range")
            except Exception as e:
                bad("bad Date %s" % e)
            for r in recs:
                dm = re.search(r";\s*(\w{3}, \d{1,2} \w{3} \d{4} [\d:]{8} [+-]\d{4})", str(r))
                if dm:
                    rd = email.utils.parsedate_to_datetime(dm.group(1))
                    if rd.year != 2026:
                        bad("received date year")
            # walk parts
            alltext = []
            for part in msg.walk():
                if part.defects:
                    bad("part defects %r" % part.defects)
                if part.is_multipart():
                    continue
                ct = part.get_content_type()
                payload = part.get_payload(decode=True)
                if ct.startswith("text/"):
                    cs = part.get_content_charset() or "us-ascii"
                    try:
                        txt = payload.decode(cs)
                    except Exception as e:
                        bad("text part does not decode as %s: %s" % (cs, e))
                        continue
                    try:
                        part.get_content()
                    except Exception as e:
                        bad("get_content failed: %s" % e)
                    if "\ufffd" in txt:
                        bad("replacement char in text part")
                    alltext.append(txt)
                    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
                    if cte == "7bit" and any(b > 127 for b in part.get_payload().encode("utf-8", "surrogateescape")):
                        bad("8-bit data in 7bit part")
                elif ct == "application/pdf":
                    if not payload.startswith(b"%PDF-") or b"/JavaScript" in payload or b"/JS " in payload:
                        bad("pdf not sane")
                    if pdftotext:
                        with tempfile.NamedTemporaryFile(suffix=".pdf", dir=root) as tf:
                            tf.write(payload)
                            tf.flush()
                            r = subprocess.run([pdftotext, "-q", tf.name, "-"], capture_output=True)
                            if r.returncode != 0 or not r.stdout.strip():
                                bad("pdftotext failed")
                            alltext.append(r.stdout.decode("utf-8", "replace"))
                elif ct in ("application/zip", "application/x-zip-compressed"):
                    try:
                        z = zipfile.ZipFile(io.BytesIO(payload))
                        for info in z.infolist():
                            pwd = meta.zip_password.encode() if (info.flag_bits & 1) else None
                            if (info.flag_bits & 1) and not meta.zip_password:
                                bad("encrypted zip but no password recorded")
                            data = z.read(info, pwd=pwd)
                            if data.count(b"\n") > 1 or len(data) > 200:
                                bad("zip member is not a one-line placeholder")
                    except Exception as e:
                        bad("zip: %s" % e)
                elif ct == "image/png":
                    if not payload.startswith(b"\x89PNG"):
                        bad("png magic")
                    if meta.qr and zbar and "qr" in (part.get_filename() or "qr").lower():
                        with tempfile.NamedTemporaryFile(suffix=".png", dir=root) as tf:
                            tf.write(payload)
                            tf.flush()
                            r = subprocess.run([zbar, "-q", "--raw", tf.name], capture_output=True, text=True)
                            if r.stdout.strip() != meta.qr:
                                bad("QR does not decode to %r (got %r)" % (meta.qr, r.stdout.strip()))
                            else:
                                meta.qr_ok = True
                elif ct == "image/svg+xml":
                    if b"<script" in payload.lower():
                        bad("script in svg")
                if ct == "text/html" and b"<script" in (payload or b"").lower():
                    bad("script in html")
            text = "\n".join(alltext)
            for cand in _iban_candidates(text):
                if not ids.iban_ok(cand):
                    bad("invalid IBAN %s" % cand)
            for b in BTC_RE.findall(text):
                if not ids.bech32_ok(b):
                    bad("invalid bech32 %s" % b)
            if meta.qr and zbar and not getattr(meta, "qr_ok", False):
                bad("QR not verified")
    for p in problems:
        print("PROBLEM", p)
    ok = not problems
    print("counts:", ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(counts.items())))
    print("verify:", "OK" if ok else "%d problems" % len(problems))
    return ok
