"""Checks every generated message: MIME parse without defects, strict
decoding of every text part and header, trace rules, attachments
(PDF structure, ZIP / ZipCrypto, PNG CRCs, QR decodability via zbarimg
when installed, SVG/HTML well-formedness) and check digits (IBAN, BTC)."""
import email
import email.header
import email.policy
import io
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import checks

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature", "arc-authentication-results")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")
IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20, "BE": 16, "PT": 25, "FR": 27, "NL": 18, "IE": 22, "CY": 28}


def _pdf_text(data):
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            s = zlib.decompress(m.group(1))
        except zlib.error:
            s = m.group(1)
        out += [t.decode("cp1252") for t in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", s)]
    return "\n".join(out).replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")


def _check_pdf(data, errs, name):
    if not data.startswith(b"%PDF-"):
        errs.append("%s: not a PDF" % name)
        return ""
    m = re.search(rb"startxref\n(\d+)\n%%EOF", data)
    if not m or data[int(m.group(1)):int(m.group(1)) + 4] != b"xref":
        errs.append("%s: bad startxref" % name)
    for om in re.finditer(rb"(\d+) 0 obj", data):
        pass
    xref = data[int(m.group(1)):]
    offs = [int(x) for x in re.findall(rb"(\d{10}) 00000 n", xref)]
    for i, o in enumerate(offs, 1):
        if not data[o:].startswith(b"%d 0 obj" % i):
            errs.append("%s: xref offset of object %d wrong" % (name, i))
    if shutil.which("pdftotext"):
        with tempfile.NamedTemporaryFile(suffix=".pdf") as t:
            t.write(data)
            t.flush()
            p = subprocess.run(["pdftotext", "-q", t.name, "-"], capture_output=True)
            if p.returncode != 0 or not p.stdout.strip():
                errs.append("%s: pdftotext failed" % name)
    return _pdf_text(data)


def _check_png(data, errs, name):
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        errs.append("%s: not PNG" % name)
        return
    pos = 8
    while pos < len(data):
        ln, = struct.unpack(">I", data[pos:pos + 4])
        tag = data[pos + 4:pos + 8]
        crc, = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])
        if zlib.crc32(tag + data[pos + 8:pos + 8 + ln]) & 0xFFFFFFFF != crc:
            errs.append("%s: PNG CRC error in %r" % (name, tag))
        pos += 12 + ln


def _zbar(data):
    if not shutil.which("zbarimg"):
        return None
    with tempfile.NamedTemporaryFile(suffix=".png") as t:
        t.write(data)
        t.flush()
        p = subprocess.run(["zbarimg", "-q", "--raw", "-Sbinary", t.name], capture_output=True)
        return p.stdout.rstrip(b"\n") if p.returncode == 0 else b""


class _HP(HTMLParser):
    pass


def _check_text_for_numbers(text, errs, where, stats):
    for m in re.finditer(r"\b(RF\d{2}[0-9A-Z]{1,21})\b", text):
        stats["rf"] = stats.get("rf", 0) + 1
        if not checks.rf_ok(m.group(1)):
            errs.append("%s: invalid RF reference %s" % (where, m.group(1)))
    biks = set(re.findall(r"(?:БИК|BIK)\s*(04\d{7})", text))
    for acc in set(re.findall(r"\b(40[5-8]\d{17})\b", text)):
        stats["ru_acc"] = stats.get("ru_acc", 0) + 1
        if not any(checks.ru_account_ok(b, acc) for b in biks):
            errs.append("%s: Russian account %s has no valid control key for BIKs %s" % (where, acc, sorted(biks)))
    for acc in set(re.findall(r"\b(30101\d{15})\b", text)):
        stats["ru_acc"] = stats.get("ru_acc", 0) + 1
        if not any(checks.ru_account_ok(b, acc, corr=True) for b in biks):
            errs.append("%s: correspondent account %s does not match BIKs %s" % (where, acc, sorted(biks)))
    for m in IBAN_RE.finditer(text):
        cand = m.group(1).replace(" ", "")
        cc = cand[:2]
        if cc in IBAN_LEN and len(cand) >= IBAN_LEN[cc]:
            cand = cand[:IBAN_LEN[cc]]
            stats["iban"] += 1
            if not checks.iban_ok(cand):
                errs.append("%s: invalid IBAN %s" % (where, cand))
    for m in BTC_RE.finditer(text):
        a = m.group(1)
        if a.startswith("bc1"):
            stats["btc"] += 1
            if not checks.bech32_ok(a):
                errs.append("%s: invalid bech32 %s" % (where, a))
        elif len(a) >= 26 and re.search(r"[a-z]", a) and re.search(r"\d", a) and ("bitcoin" in text.lower() or "btc" in text.lower()):
            stats["btc"] += 1
            if not checks.base58check_ok(a):
                errs.append("%s: invalid base58check %s" % (where, a))


def verify_message(path, row, stats):
    errs = []
    raw = open(path, "rb").read()
    name = os.path.basename(path)
    if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
        errs.append("%s: line endings are not uniformly CRLF" % name)
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            errs.append("%s: line longer than 998 octets" % name)
            break
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    keys = [k.lower() for k in msg.keys()]
    for f in FORBIDDEN:
        if f in keys:
            errs.append("%s: forbidden header %s" % (name, f))
    if any(k.startswith("x-spam") for k in keys):
        errs.append("%s: X-Spam header present" % name)
    if keys[0] != "return-path":
        errs.append("%s: Return-Path is not first" % name)
    rcv = msg.get_all("Received")
    top = str(rcv[0])
    if "by mx01.example.com (Postfix)" not in top or ("for <%s>" % row["rcpt"]) not in top:
        errs.append("%s: top Received is not mx01's / lacks for <rcpt>" % name)
    if not re.match(r"from \S+ \((\S+) \[[0-9a-f.:]+\]\)", top):
        errs.append("%s: top Received lacks 'from HELO (rDNS [IP])'" % name)
    if len(rcv) < 2:
        errs.append("%s: no sender hop below mx01" % name)
    if keys.index("received") > 1:
        errs.append("%s: Received not directly after Return-Path" % name)
    d = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime(2026, 10, 1, tzinfo=timezone.utc) <= d < datetime(2027, 1, 1, tzinfo=timezone.utc)):
        errs.append("%s: Date outside Oct-Dec 2026" % name)
    for k in ("Message-ID", "From", "To", "Subject", "Date", "MIME-Version"):
        if msg[k] is None:
            errs.append("%s: missing %s" % (name, k))
    # headers: decode every encoded word strictly
    for k, v in msg.raw_items():
        v = str(v)
        if not all(ord(c) < 128 for c in v):
            errs.append("%s: raw 8-bit in header %s" % (name, k))
        for ew_cs, ew_enc, ew_txt in re.findall(r"=\?([^?]+)\?([BbQq])\?([^?]*)\?=", v):
            try:
                for b, cs in email.header.decode_header("=?%s?%s?%s?=" % (ew_cs, ew_enc, ew_txt)):
                    (b if isinstance(b, bytes) else b.encode()).decode(cs or "ascii")
            except Exception as e:  # noqa
                errs.append("%s: bad encoded word in %s: %s" % (name, k, e))
        hv = msg[k]
        if getattr(hv, "defects", None):
            errs.append("%s: header %s defects %s" % (name, k, hv.defects))
    if msg.defects:
        errs.append("%s: message defects %s" % (name, msg.defects))
    all_text = [str(msg["Subject"])]
    n_text = 0
    for part in msg.walk():
        if part.defects:
            errs.append("%s: part %s defects %s" % (name, part.get_content_type(), part.defects))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        if cte == "base64":
            body = part.get_payload(decode=False)
            if re.sub(r"[\sA-Za-z0-9+/=]", "", body):
                errs.append("%s: junk in base64 of %s" % (name, ct))
        if ct.startswith("text/") and not fn:
            cs = part.get_content_charset() or "us-ascii"
            try:
                txt = payload.decode(cs)
            except Exception as e:  # noqa
                errs.append("%s: text part %s does not decode as %s: %s" % (name, ct, cs, e))
                continue
            if cte == "7bit" and any(b > 127 for b in payload):
                errs.append("%s: 8-bit data in 7bit part" % name)
            if ct == "text/html":
                _HP().feed(txt)
            all_text.append(txt)
            n_text += 1
            continue
        where = "%s/%s" % (name, fn)
        if ct == "application/pdf":
            all_text.append(_check_pdf(payload, errs, where))
            stats["pdf"] += 1
        elif ct in ("application/zip", "application/x-zip-compressed"):
            zf = zipfile.ZipFile(io.BytesIO(payload))
            for zi in zf.infolist():
                if zi.flag_bits & 1:
                    pw = row.get("zip_password")
                    pwds = re.findall(r"(?:Kennwort lautet|Passwort|password|hasło|hasło do pliku|пароль|Пароль|contraseña|κωδικός)[^:\n]*:\s*(\S+)", "\n".join(all_text), re.I)
                    okp = False
                    for p in pwds:
                        try:
                            zf.read(zi, pwd=p.strip(".,;»\"'").encode())
                            okp = True
                            break
                        except Exception:  # noqa
                            pass
                    if not okp:
                        errs.append("%s: encrypted ZIP member %s cannot be opened with the password in the text" % (where, zi.filename))
                    stats["zipcrypto"] += 1
                else:
                    zf.read(zi)
            if not any(zi.flag_bits & 1 for zi in zf.infolist()) and zf.testzip() is not None:
                errs.append("%s: ZIP CRC error" % where)
            stats["zip"] += 1
        elif ct == "image/png":
            _check_png(payload, errs, where)
            stats["png"] += 1
            z = _zbar(payload)
            if z:
                stats["qr"] += 1
                all_text.append(z.decode("utf-8", "replace"))
                stats.setdefault("qr_list", []).append((name, z.decode("utf-8", "replace")))
        elif ct == "image/svg+xml":
            ET.fromstring(payload)
            all_text.append(payload.decode("utf-8"))
            stats["svg"] += 1
        elif ct == "text/html":
            _HP().feed(payload.decode(part.get_content_charset() or "utf-8"))
            all_text.append(payload.decode(part.get_content_charset() or "utf-8"))
            stats["html_att"] += 1
        elif ct == "text/calendar":
            payload.decode("utf-8")
        else:
            stats["other"] += 1
    if n_text == 0:
        errs.append("%s: no text part" % name)
    _check_text_for_numbers("\n".join(all_text), errs, name, stats)
    return errs


def run(root, attack_rows, business_rows):
    stats = {k: 0 for k in ("iban", "btc", "pdf", "zip", "zipcrypto", "png", "qr", "svg", "html_att", "other")}
    errs = []
    n = 0
    for folder, rows in (("attack", attack_rows), ("business", business_rows)):
        for row in rows:
            errs += verify_message(os.path.join(root, folder, row["file"]), row, stats)
            n += 1
    if shutil.which("zbarimg") is None:
        print("note: zbarimg not installed - QR codes were not decoded")
    for name, content in stats.pop("qr_list", []):
        print("QR ok  %-48s %s" % (name, content.replace("\n", "\\n")[:90]))
    print("verified %d messages: %s" % (n, ", ".join("%s=%d" % kv for kv in sorted(stats.items()))))
    for e in errs:
        print("ERROR", e)
    return not errs
