"""Validate the generated messages with Python's email package."""

import datetime as dt
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

import codes

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\bbc1[02-9ac-hj-np-z]{20,60}\b")
STAFF_DOMAINS = ("@example.com", "@examplegroup.eu")


def _iter_parts(msg):
    if msg.is_multipart():
        for p in msg.iter_parts():
            yield from _iter_parts(p)
    else:
        yield msg


def check_message(path, spec, problems, qr_jobs):
    raw = open(path, "rb").read()
    name = os.path.basename(path)
    if b"\r\n" not in raw:
        problems.append((name, "no CRLF line ends"))
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            problems.append((name, "line > 998 octets"))
            break
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    hdr_names = [k.lower() for k in msg.keys()]
    for f in FORBIDDEN:
        if f in hdr_names:
            problems.append((name, "forbidden header " + f))
    if any(h.startswith("x-spam") for h in hdr_names):
        problems.append((name, "X-Spam header"))
    if not msg["Return-Path"]:
        problems.append((name, "no Return-Path"))
    rec = msg.get_all("Received")
    top = str(rec[0])
    if "by mx01.example.com (Postfix)" not in top:
        problems.append((name, "top Received is not mx01"))
    rcpt = spec.to[0][1]
    if "for <%s>" % rcpt not in top:
        problems.append((name, "mx01 Received lacks for <rcpt>"))
    if not rcpt.endswith(STAFF_DOMAINS):
        problems.append((name, "recipient outside company"))
    if not re.match(r"from \S+ \((\S+|unknown) \[[0-9a-f.:]+\]\)", top[len(""):].strip()):
        problems.append((name, "mx01 client not in 'from HELO (rDNS [IP])' form: " + top[:80]))
    if "mail-int01" in top:
        if len(rec) < 2 or "Microsoft SMTP Server" not in str(rec[1]):
            problems.append((name, "internal mail without Exchange hop"))
    # decoded headers
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            problems.append((name, "missing " + h))
    subj = str(msg["Subject"])
    if subj != spec.subject:
        problems.append((name, "subject round-trip mismatch: %r != %r" % (subj, spec.subject)))
    frm = msg["From"].addresses[0]
    if frm.addr_spec.lower() != spec.frm[1].lower() or \
            " ".join((spec.frm[0] or "").split()) != " ".join(frm.display_name.split()):
        problems.append((name, "From round-trip mismatch %r" % (frm,)))
    d = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if not (dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc) <= d < dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)):
        problems.append((name, "date out of range"))
    # defects
    for part in msg.walk():
        if part.defects:
            problems.append((name, "defects: %r" % part.defects))
    texts = []
    for part in _iter_parts(msg):
        ct = part.get_content_type()
        if part.get_content_maintype() == "text" or ct == "image/svg+xml":
            try:
                content = part.get_content()
            except Exception as e:  # noqa: BLE001
                problems.append((name, "text part does not decode: %s %s" % (ct, e)))
                continue
            if isinstance(content, bytes):
                content = content.decode(part.get_content_charset() or "utf-8")
            if "\ufffd" in content:
                problems.append((name, "replacement char in " + ct))
            texts.append(content)
        else:
            data = part.get_content()
            fn = part.get_filename() or ""
            if ct == "application/pdf":
                if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-10:]:
                    problems.append((name, "bad pdf " + fn))
                else:
                    texts.append(data.decode("latin-1"))
            elif ct in ("application/zip", "application/x-zip-compressed"):
                zf = zipfile.ZipFile(io.BytesIO(data))
                for zi in zf.infolist():
                    if zi.flag_bits & 1:
                        pw = getattr(spec, "zip_password", None)
                        if not pw:
                            problems.append((name, "encrypted zip without known password"))
                            continue
                        zf.read(zi, pwd=pw.encode())
                    else:
                        zf.read(zi)
            elif ct == "image/png":
                if not data.startswith(b"\x89PNG"):
                    problems.append((name, "bad png"))
                qr_jobs.append((name, fn, data, getattr(spec, "qr_urls", None)))
    blob = "\n".join(texts)
    for m in IBAN_RE.finditer(blob):
        cand = m.group(1).replace(" ", "")
        if cand[:2] in codes.IBAN_LEN and len(cand) == codes.IBAN_LEN[cand[:2]]:
            if not codes.iban_valid(cand):
                problems.append((name, "invalid IBAN " + cand))
    for m in BTC_RE.finditer(blob):
        if not codes.bech32_valid(m.group(0)):
            problems.append((name, "invalid bech32 " + m.group(0)))
    qurls = getattr(spec, "qr_urls", None)
    if qurls and not any(q for q in qr_jobs if q[0] == name):
        problems.append((name, "QR expected but no PNG"))


def run(root, specs):
    problems = []
    qr_jobs = []
    n = 0
    for s in specs:
        path = os.path.join(root, s.folder, s.filename)
        check_message(path, s, problems, qr_jobs)
        n += 1
    # QR decoding with zbarimg when available (independent decoder); optional
    zbar = shutil.which("zbarimg")
    decoded = 0
    if zbar:
        tmp = tempfile.mkdtemp(prefix="qrchk", dir=root)
        try:
            for name, fn, data, urls in qr_jobs:
                if not urls:
                    continue
                p = os.path.join(tmp, "q.png")
                with open(p, "wb") as f:
                    f.write(data)
                out = subprocess.run([zbar, "-q", "--raw", p], capture_output=True, text=True).stdout.strip()
                if out not in urls:
                    problems.append((name, "QR does not decode to expected URL: %r" % out))
                else:
                    decoded += 1
        finally:
            shutil.rmtree(tmp)
    for name, p in problems:
        print("PROBLEM %s: %s" % (name, p))
    print("checked %d messages, %d QR codes decoded with zbarimg%s" % (
        n, decoded, "" if zbar else " (zbarimg not available)"))
    return not problems
