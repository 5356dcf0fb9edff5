"""Post-build verification (stdlib only; uses zbarimg/qpdf additionally if
they happen to be installed)."""
import email
import email.policy
import io
import os
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections import Counter
from email.utils import parsedate_to_datetime

import docs
import qrdecode
import util

SPLIT = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]
FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam-status", "x-spam-score", "x-spam-flag",
             "x-spam-level", "x-spam-checker-version", "received-spf")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{25,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")
RU_RS = re.compile(r"(?:р/с|р/сч|расч[её]тный сч[её]т|Р/с)[^\d]{0,12}(\d{20})", re.I)
RU_KS = re.compile(r"(?:к/с|кор[р]?\.? ?сч[её]т|К/с)[^\d]{0,12}(\d{20})", re.I)
RU_BIK = re.compile(r"БИК[^\d]{0,6}(\d{9})")


def expected_names():
    out, n = [], 1
    for lang, k in SPLIT:
        for _ in range(k):
            out.append((n, lang))
            n += 1
    return out


def pdf_text(data):
    """Crude text extraction from our own PDFs (for IBAN checks)."""
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            s = zlib.decompress(m.group(1))
        except zlib.error:
            continue
        for t in re.finditer(rb"\((.*?)\) Tj", s):
            out.append(t.group(1).replace(b"\\(", b"(").replace(b"\\)", b")").decode("latin-1"))
    return "\n".join(out)


def check_pdf(data, errs, where):
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        errs.append("%s: PDF framing" % where)
        return
    sx = int(re.search(rb"startxref\n(\d+)", data).group(1))
    if data[sx:sx + 4] != b"xref":
        errs.append("%s: startxref wrong" % where)
    xr = data[sx:].split(b"trailer")[0].split(b"\n")
    for i, line in enumerate(xr[3:], 1):
        if not line.strip():
            continue
        off = int(line[:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            errs.append("%s: xref offset of obj %d wrong" % (where, i))
    if shutil.which("qpdf"):
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(data)
            f.flush()
            p = subprocess.run(["qpdf", "--check", f.name], capture_output=True, text=True)
            if p.returncode != 0:
                errs.append("%s: qpdf --check failed: %s" % (where, p.stdout[-200:]))


def run(root, registry, strict=True):
    errs, notes = [], []
    stats = Counter()
    for folder in ("attack", "business"):
        d = os.path.join(root, folder)
        files = sorted(os.listdir(d))
        if strict:
            if len(files) != 40:
                errs.append("%s: %d files" % (folder, len(files)))
            for (n, lang), f in zip(expected_names(), files):
                if not re.match(r"^%02d-%s-[a-z0-9]+(-[a-z0-9]+)*\.eml$" % (n, lang), f):
                    errs.append("%s/%s: bad name (expected %02d-%s-...)" % (folder, f, n, lang))
        for f in files:
            where = "%s/%s" % (folder, f)
            raw = open(os.path.join(d, f), "rb").read()
            stats[(folder, f[3:5])] += 1
            _check_msg(raw, where, errs, notes)
    kinds = Counter(n.split(": ", 1)[1].split(" ")[0] + " " + n.split(": ", 1)[1].split(" ")[1] for n in notes)
    if os.environ.get("AUDIT_VERBOSE"):
        for e in notes:
            print("note:", e)
    print("validated:", ", ".join("%s x%d" % kv for kv in sorted(kinds.items())))
    if errs:
        print("FAILED checks:")
        for e in errs:
            print("  -", e)
        return False
    print("all checks passed:", dict(sorted(stats.items())))
    return True


def _unflow(t):
    out, buf = [], ""
    for line in t.replace("\r\n", "\n").split("\n"):
        if line.endswith(" ") and not line.startswith(">") and line != "-- ":
            buf += line
        else:
            out.append(buf + line)
            buf = ""
    if buf:
        out.append(buf)
    return "\n".join(out)


def _check_msg(raw, where, errs, notes):
    # header block must be ASCII
    head = raw.split(b"\r\n\r\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        errs.append("%s: non-ASCII in header block" % where)
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("%s: bare LF" % where)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        errs.append("%s: defects %r" % (where, msg.defects))
    keys = [k.lower() for k in msg.keys()]
    if keys[0] != "return-path":
        errs.append("%s: Return-Path not first" % where)
    if keys[1] != "received":
        errs.append("%s: Received not second" % where)
    for k in keys:
        if k in FORBIDDEN or k.startswith("arc-"):
            errs.append("%s: forbidden header %s" % (where, k))
    top = msg.get_all("Received")[0]
    if "by mx01.example.com (Postfix)" not in str(top) or "for <" not in str(top):
        errs.append("%s: top Received is not mx01's" % where)
    m = re.match(r"from (\S+) \((\S+) \[([0-9a-fA-F:.]+)\]\)", str(top))
    if not m:
        errs.append("%s: mx01 Received lacks 'from HELO (rDNS [IP])'" % where)
    dt = parsedate_to_datetime(str(msg["Date"]))
    if not (dt.year == 2026 and 10 <= dt.month <= 12):
        errs.append("%s: Date out of range %s" % (where, dt))
    for h in ("From", "To", "Subject", "Message-ID", "Date"):
        if msg[h] is None and not (h == "Message-ID" and msg["Message-Id"]):
            errs.append("%s: missing %s" % (where, h))
    str(msg["Subject"])
    str(msg["From"])
    texts = []
    for part in msg.walk():
        if part.defects:
            errs.append("%s: part defects %r" % (where, part.defects))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            cs = part.get_content_charset()
            if not cs:
                errs.append("%s: text part without charset" % where)
                continue
            try:
                t = payload.decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: text part does not decode as %s: %s" % (where, cs, e))
                continue
            if part.get_content() is None:
                errs.append("%s: get_content failed" % where)
            if (part.get_param("format") or "").lower() == "flowed":
                t = _unflow(t)
            texts.append(t)
            if "\ufffd" in t:
                errs.append("%s: replacement char in text" % where)
        else:
            fn = part.get_filename() or ""
            if ct == "application/pdf":
                check_pdf(payload, errs, where + ":" + fn)
                texts.append(pdf_text(payload))
            elif ct in ("application/zip", "application/x-zip-compressed") or fn.lower().endswith(".zip"):
                z = zipfile.ZipFile(io.BytesIO(payload))
                for zi in z.infolist():
                    if zi.flag_bits & 1:
                        for pw in docs.ZIP_PASSWORDS:
                            try:
                                z.read(zi, pwd=pw.encode())
                                notes.append("%s: encrypted %s opens with %r" % (where, zi.filename, pw))
                                break
                            except RuntimeError:
                                continue
                        else:
                            errs.append("%s: cannot open encrypted zip member" % where)
                    else:
                        z.read(zi)
            elif ct == "image/png":
                try:
                    txt, ver, ecl, mask = qrdecode.decode_png(payload)
                    notes.append("%s: QR v%d-%s -> %s" % (where, ver, ecl, txt))
                    texts.append(txt)
                    if shutil.which("zbarimg"):
                        with tempfile.NamedTemporaryFile(suffix=".png") as f:
                            f.write(payload)
                            f.flush()
                            p = subprocess.run(["zbarimg", "-q", "--raw", f.name], capture_output=True, text=True)
                            if p.stdout.strip() != txt:
                                errs.append("%s: zbarimg disagrees on QR" % where)
                except Exception as e:
                    if "qr" in fn.lower() or (part.get("Content-ID") and "qr" in str(part.get("Content-ID")).lower()):
                        errs.append("%s: QR image does not decode: %s" % (where, e))
            elif ct == "image/svg+xml":
                svg = payload.decode("utf-8")
                try:
                    ET.fromstring(svg)
                except ET.ParseError as e:
                    errs.append("%s: SVG not well-formed: %s" % (where, e))
                if "<script" in svg.lower() or "javascript:" in svg.lower():
                    errs.append("%s: SVG contains script" % where)
                texts.append(svg)
            elif ct == "text/html":
                h = payload.decode(part.get_content_charset() or "utf-8")
                if "<script" in h.lower():
                    errs.append("%s: HTML attachment contains script" % where)
                texts.append(h)
    alltext = "\n".join(texts)
    for ibn in IBAN_RE.findall(alltext):
        c = ibn.replace(" ", "")
        if c[:2] in ("DE", "IT", "ES", "PL", "GR", "GB", "LT", "PT", "CY", "FR", "NL", "AT", "CH", "BE", "IE"):
            if not util.iban_valid(c):
                errs.append("%s: invalid IBAN %s" % (where, ibn))
            else:
                notes.append("%s: IBAN ok %s" % (where, c))
    for a in BTC_RE.findall(alltext):
        if a.startswith("bc1"):
            ok = util.bech32_verify(a)
        else:
            ok = util.base58check_verify(a)
        if not ok:
            errs.append("%s: bad bitcoin address %s" % (where, a))
        else:
            notes.append("%s: BTC ok %s" % (where, a))
    biks = RU_BIK.findall(alltext)
    for acc in RU_RS.findall(alltext):
        if not any(util.ru_account_ok(b, acc) for b in biks):
            errs.append("%s: RU account %s fails BIK key" % (where, acc))
        else:
            notes.append("%s: RU account ok %s" % (where, acc))
    for acc in RU_KS.findall(alltext):
        if not any(util.ru_corr_ok(b, acc) for b in biks):
            errs.append("%s: RU corr. account %s fails BIK key" % (where, acc))
