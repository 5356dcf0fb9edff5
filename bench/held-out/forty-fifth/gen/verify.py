"""Post-build checks: every message parses with the email package, every text
part decodes, trace and header rules hold, attachments are what they claim,
QR codes decode, IBANs / Bitcoin addresses / Russian accounts validate."""
import email
import email.policy
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from email.utils import parsedate_to_datetime

import checks

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam-status", "x-spam-score", "x-spam-flag", "x-spam-level")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")
RU_ACC_RE = re.compile(r"(?:р/с|р/сч|расч[её]тный сч[её]т|Р/с)[^0-9]{0,20}(\d{20}).{0,200}?БИК[^0-9]{0,5}(\d{9})", re.S | re.I)
RU_BIK_FIRST = re.compile(r"БИК[^0-9]{0,5}(\d{9}).{0,200}?(?:р/с|р/сч|Р/с)[^0-9]{0,20}(\d{20})", re.S | re.I)
KS_RE = re.compile(r"(?:к/с|к/сч|корр?\. ?сч[её]т)[^0-9]{0,20}(\d{20})", re.I)


def _pdftext(data):
    exe = shutil.which("pdftotext")
    if not exe:
        return ""
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as f:
        f.write(data)
        name = f.name
    try:
        return subprocess.run([exe, "-q", name, "-"], capture_output=True, timeout=30).stdout.decode("utf-8", "replace")
    finally:
        os.unlink(name)


def _qr(data):
    exe = shutil.which("zbarimg")
    if not exe:
        return None
    with tempfile.NamedTemporaryFile(suffix=".png", delete=False) as f:
        f.write(data)
        name = f.name
    try:
        r = subprocess.run([exe, "-q", "--raw", name], capture_output=True, timeout=30)
        return r.stdout.decode("utf-8", "replace").strip()
    finally:
        os.unlink(name)


def run(root, items, verbose=False):
    ok = True
    problems = []
    stats = {"qr": 0, "iban": 0, "btc": 0, "ru": 0, "zip": 0, "pdf": 0}
    for it in items:
        path = os.path.join(root, it.folder, it.filename)
        raw = open(path, "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        where = "%s/%s" % (it.folder, it.filename)
        for part in msg.walk():
            if part.defects:
                problems.append("%s: defects %r" % (where, part.defects))
        if msg.defects:
            problems.append("%s: message defects %r" % (where, msg.defects))
        keys = [k.lower() for k in msg.keys()]
        for f in FORBIDDEN:
            if f in keys or any(k.startswith("arc-") for k in keys):
                problems.append("%s: forbidden header %s" % (where, f))
        if keys[0] != "return-path":
            problems.append("%s: Return-Path not first" % where)
        rec = msg.get_all("Received")
        if not rec or not re.search(r"^from \S+ \(\S+ \[[0-9a-f.:]+\]\).*\sby mx01\.example\.com \(Postfix\).*\sfor <[^>]+@example(group)?\.(com|eu)>;", re.sub(r"\s+", " ", str(rec[0])), re.S):
            problems.append("%s: top Received is not mx01's" % where)
        d = parsedate_to_datetime(str(msg["Date"]))
        if not (d.year == 2026 and 10 <= d.month <= 12):
            problems.append("%s: date out of range %s" % (where, d))
        for h in ("From", "To", "Subject", "Message-ID", "Date"):
            if msg[h] is None:
                problems.append("%s: missing %s" % (where, h))
        str(msg["Subject"]), str(msg["From"]), str(msg["To"])
        texts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            payload = part.get_payload(decode=True)
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset()
                try:
                    txt = payload.decode(cs or "ascii")
                    part.get_content()
                except Exception as e:
                    problems.append("%s: text part %s does not decode (%s): %s" % (where, ctype, cs, e))
                    continue
                if "\ufffd" in txt:
                    problems.append("%s: replacement char in %s" % (where, ctype))
                texts.append(txt)
            elif ctype == "application/pdf":
                if not payload.startswith(b"%PDF-"):
                    problems.append("%s: bad pdf" % where)
                t = _pdftext(payload)
                stats["pdf"] += 1
                texts.append(t)
            elif ctype in ("application/zip", "application/x-zip-compressed"):
                stats["zip"] += 1
                zf = zipfile.ZipFile(io.BytesIO(payload))
                for zi in zf.infolist():
                    pwd = None
                    if zi.flag_bits & 1:
                        body = "\n".join(texts)
                        cands = re.findall(r"[A-Za-z0-9!#$%&*+\-_.]{3,20}", body)
                        for c in cands:
                            try:
                                zf.read(zi, pwd=c.encode())
                                pwd = c
                                break
                            except Exception:
                                continue
                        if pwd is None:
                            problems.append("%s: zip password not found in text" % where)
                            continue
                    data = zf.read(zi, pwd=pwd.encode() if pwd else None)
                    if len(data.splitlines()) != 1:
                        problems.append("%s: zip member not a one-line placeholder" % where)
            elif ctype == "image/png":
                if not payload.startswith(b"\x89PNG"):
                    problems.append("%s: bad png" % where)
                fn = part.get_filename() or ""
                if "qr" in fn.lower() or "code" in fn.lower() or getattr(it, "expect_qr", None):
                    pass
                q = _qr(payload)
                if q:
                    stats["qr"] += 1
                    texts.append(q)
                    if verbose:
                        print("  QR", where, q)
            elif ctype in ("text/html", "image/svg+xml"):
                pass
        if getattr(it, "expect_qr", None):
            if not any(it.expect_qr in t for t in texts):
                problems.append("%s: expected QR payload %r not decoded" % (where, it.expect_qr))
        full = "\n".join(texts)
        for m in IBAN_RE.finditer(full):
            cand = m.group(1).replace(" ", "")
            if cand[:2] in ("DE", "IT", "ES", "PL", "GR", "GB", "LT", "FR", "NL", "PT", "BG", "RO", "CY", "AT", "IE", "BE") and len(cand) >= 15:
                stats["iban"] += 1
                if not checks.iban_ok(cand):
                    problems.append("%s: invalid IBAN %s" % (where, cand))
        for m in BTC_RE.finditer(full):
            a = m.group(1)
            if a.startswith("bc1"):
                stats["btc"] += 1
                if not checks.bech32_ok(a):
                    problems.append("%s: invalid bech32 %s" % (where, a))
            elif re.search(r"(bitcoin|btc|wallet|кошел|portafoglio|πορτοφόλι|billetera|monedero|portfel|Wallet)", full, re.I) and len(a) >= 26:
                stats["btc"] += 1
                if not checks.b58check_ok(a):
                    problems.append("%s: invalid base58check %s" % (where, a))
        for rx, order in ((RU_ACC_RE, "ab"), (RU_BIK_FIRST, "ba")):
            for m in rx.finditer(full):
                acc, bik = (m.group(1), m.group(2)) if order == "ab" else (m.group(2), m.group(1))
                stats["ru"] += 1
                if not checks.ru_account_ok(bik, acc):
                    problems.append("%s: account %s fails BIK %s key" % (where, acc, bik))
                for km in KS_RE.finditer(full):
                    if not checks.ru_corr_ok(bik, km.group(1)):
                        problems.append("%s: corr. account %s fails BIK %s key" % (where, km.group(1), bik))
    for p in problems:
        print("PROBLEM", p)
    print("checked %d messages; %d PDFs, %d ZIPs, %d QR decoded, %d IBANs, %d BTC, %d RU accounts"
          % (len(items), stats["pdf"], stats["zip"], stats["qr"], stats["iban"], stats["btc"], stats["ru"]))
    return not problems
