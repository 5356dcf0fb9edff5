"""Verification: every file parses with the email package, every text part decodes in its declared
charset, structural rules hold, QR codes decode, encrypted ZIPs open with their password, IBANs and
Bitcoin addresses in texts are valid."""
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

from checksums import bech32_verify, iban_valid

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?\d{1,3})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80})\b")


def _decode_qr(png):
    exe = shutil.which("zbarimg")
    if not exe:
        return None
    with tempfile.NamedTemporaryFile(suffix=".png", delete=False, dir=os.environ.get("AUDIT_TMP")) as f:
        f.write(png)
        name = f.name
    try:
        out = subprocess.run([exe, "-q", "--raw", name], capture_output=True, timeout=30)
        return out.stdout.decode("utf-8", "replace").strip()
    finally:
        os.unlink(name)


def _pdftext(data):
    exe = shutil.which("pdftotext")
    if not exe:
        return None
    out = subprocess.run([exe, "-q", "-", "-"], input=data, capture_output=True, timeout=30)
    return out.stdout.decode("utf-8", "replace")


def check_mail(path, mail, problems, stats):
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    name = os.path.basename(path)

    def bad(s):
        problems.append("%s: %s" % (name, s))

    if msg.defects:
        bad("defects %r" % msg.defects)
    keys = [k.lower() for k in msg.keys()]
    if keys[0] != "return-path":
        bad("first header is not Return-Path")
    for k in keys:
        if k.startswith(FORBIDDEN):
            bad("forbidden header " + k)
    rcv = msg.get_all("Received")
    top = str(rcv[0])
    if "by mx01.example.com (Postfix)" not in top or "for <" not in top:
        bad("top Received is not mx01's")
    if not re.match(r"from \S+ \((\S+|unknown) \[[0-9a-fA-F:.]+\]\)", top):
        bad("top Received lacks 'from HELO (rDNS [IP])': " + top[:80])
    if mail.prof.name == "exchange-internal" and "mail-int01.example.com [10.20.0.25]" not in top:
        bad("internal mail not via mail-int01")
    d = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if not (d.year == 2026 and 10 <= d.month <= 12):
        bad("date out of range")
    arr = email.utils.parsedate_to_datetime(re.sub(r"\s+", " ", top.rsplit(";", 1)[1]).strip())
    delay = (arr - d).total_seconds()
    if not (0 <= delay <= 600):
        bad("mx01 arrival %.0fs after Date" % delay)
    for h in rcv[1:]:
        hs = str(h)
        if ";" in hs:
            ds = re.sub(r"\s+", " ", hs.rsplit(";", 1)[1]).strip()
            ds = re.sub(r"(\d\d:\d\d:\d\d)\.\d+", r"\1", ds)
            hd = email.utils.parsedate_to_datetime(ds)
            if hd is None or abs((arr - hd).total_seconds()) > 600:
                bad("inner Received time inconsistent: " + hs[:60])
    if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
        bad("line endings not CRLF")
    for line in raw.split(b"\r\n"):
        if len(line) > 998:
            bad("line longer than 998 octets")
    want = mail.from_[1] if isinstance(mail.from_, tuple) else None
    if want is not None:
        got = msg["From"].addresses[0]
        if got.display_name != mail.from_[0] or got.addr_spec != mail.from_[1]:
            bad("From decodes to %r <%s>" % (got.display_name, got.addr_spec))
    for a, want in zip(msg["To"].addresses if msg["To"] else [], mail.to):
        if isinstance(want, tuple) and a.display_name != want[0]:
            bad("To decodes to %r" % a.display_name)
    if str(msg["Subject"]) != mail.subject:
        bad("Subject decodes to %r" % str(msg["Subject"]))
    for h in ("From", "To", "Subject", "Message-ID"):
        if msg[h] is None:
            bad("missing " + h)
        else:
            str(msg[h])
    for part in msg.walk():
        if part.defects:
            bad("part defects %r" % part.defects)
        ctype = part.get_content_type()
        if part.get_content_maintype() == "multipart":
            continue
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                txt = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                bad("text part does not decode as %s: %s" % (cs, e))
                continue
            try:
                part.get_content()
            except Exception as e:  # noqa
                bad("get_content failed: %s" % e)
            stats["text_parts"] += 1
            if part.get_content_subtype() == "html" and re.search(r"<script|javascript:|\son[a-z]+\s*=", txt, re.I):
                bad("active content in HTML part")
            for ib in IBAN_RE.findall(txt):
                c = ib.replace(" ", "")
                if c[:2] in ("DE", "IT", "ES", "PT", "PL", "GR", "LT", "GB", "SK", "FR") and len(c) >= 15:
                    stats["ibans"] += 1
                    if not iban_valid(c):
                        bad("invalid IBAN " + ib)
            for a in BTC_RE.findall(txt):
                stats["btc"] += 1
                if not bech32_verify(a):
                    bad("invalid bech32 " + a)
        elif ctype == "image/svg+xml":
            svg = payload.decode("utf-8")
            if re.search(r"<script|javascript:|\son[a-z]+\s*=|<foreignObject", svg, re.I):
                bad("active content in SVG")
            stats["svg_ok"] = stats.get("svg_ok", 0) + 1
        elif ctype == "image/png":
            if not payload.startswith(b"\x89PNG\r\n\x1a\n"):
                bad("bad PNG")
            want = mail.checks.get("qr")
            if want:
                got = _decode_qr(payload)
                if got is None:
                    stats["qr_unchecked"] += 1
                elif got != want:
                    bad("QR decodes to %r, expected %r" % (got, want))
                else:
                    stats["qr_ok"] += 1
        elif ctype in ("application/zip", "application/x-zip-compressed"):
            z = zipfile.ZipFile(io.BytesIO(payload))
            for zi in z.infolist():
                if zi.flag_bits & 1:
                    pw = mail.checks.get("zip_password")
                    if not pw:
                        bad("encrypted zip without known password")
                        continue
                    z.read(zi.filename, pwd=pw.encode("utf-8"))
                    stats["zip_encrypted_ok"] += 1
                else:
                    z.read(zi.filename)
                    stats["zip_plain_ok"] += 1
        elif ctype == "application/pdf":
            if not payload.startswith(b"%PDF-"):
                bad("bad PDF")
            txt = _pdftext(payload)
            if txt is not None:
                stats["pdf_text_checked"] += 1
                for ib in IBAN_RE.findall(txt):
                    c = ib.replace(" ", "")
                    if c[:2] in ("DE", "IT", "ES", "PT", "PL", "GR", "LT", "GB", "SK") and len(c) >= 15:
                        stats["ibans"] += 1
                        if not iban_valid(c):
                            bad("invalid IBAN in PDF " + ib)
        if part.get_filename() is None and part.get_content_maintype() != "text" and part.get("Content-ID") is None:
            bad("non-text part without filename or Content-ID")


def run(root, attacks, business):
    problems = []
    stats = {k: 0 for k in ("text_parts", "ibans", "btc", "qr_ok", "qr_unchecked", "zip_encrypted_ok",
                            "zip_plain_ok", "pdf_text_checked")}
    for folder, mails in (("attack", attacks), ("business", business)):
        files = sorted(os.listdir(os.path.join(root, folder)))
        assert files == sorted(m.filename for m in mails)
        for m in mails:
            check_mail(os.path.join(root, folder, m.filename), m, problems, stats)
    for p in problems:
        print("PROBLEM:", p)
    print("verify:", ", ".join("%s=%d" % kv for kv in stats.items()))
    return not problems
