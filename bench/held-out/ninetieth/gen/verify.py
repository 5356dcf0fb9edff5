#!/usr/bin/env python3
"""Parse every generated message with the email package and check it:
headers, decodability of every text part, attachments, QR codes, IBANs,
Russian account keys, Bitcoin checksums."""
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
import checks as C  # noqa: E402

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")
IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20, "FR": 27,
            "NL": 18, "AT": 20, "BE": 16, "PT": 25, "CY": 28, "BG": 22, "RO": 24}
FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results")


def _texts_of_pdf(data):
    if not shutil.which("pdftotext"):
        return ""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        r = subprocess.run(["pdftotext", "-q", f.name, "-"], capture_output=True)
        return r.stdout.decode("utf-8", "replace")


def _qr_decode(data):
    if not shutil.which("zbarimg"):
        return None
    with tempfile.NamedTemporaryFile(suffix=".png") as f:
        f.write(data)
        f.flush()
        r = subprocess.run(["zbarimg", "-q", "--raw", f.name], capture_output=True)
        return r.stdout.decode("utf-8", "replace").strip()


def check_file(path):
    errs = []
    notes = []
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for d in msg.defects:
        errs.append("defect: %r" % d)
    keys = [k.lower() for k in msg.keys()]
    for f in FORBIDDEN:
        if f in keys:
            errs.append("forbidden header " + f)
    if any(k.startswith("x-spam") for k in keys):
        errs.append("X-Spam header present")
    if keys[0] != "return-path":
        errs.append("first header is not Return-Path")
    rcv = msg.get_all("Received") or []
    if not rcv or "by mx01.example.com (Postfix)" not in str(rcv[0]):
        errs.append("top Received is not mx01")
    else:
        top = str(rcv[0])
        m = re.search(r"for <([^>]+)>", top)
        if not m:
            errs.append("mx01 Received lacks 'for <rcpt>'")
        m2 = re.match(r"from (\S+) \((\S+) \[([0-9a-fA-F:.]+)\]\)", top)
        if not m2:
            errs.append("mx01 Received lacks 'from HELO (rDNS [IP])'")
        dm = re.search(r";\s*(.+)$", top)
        try:
            d = email.utils.parsedate_to_datetime(dm.group(1).split(" (")[0])
            if not (d.year == 2026 and d.month in (10, 11, 12)):
                errs.append("mx01 date outside Oct-Dec 2026")
        except Exception as ex:  # noqa: BLE001
            errs.append("bad mx01 date: %s" % ex)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            errs.append("missing " + h)
    try:
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if not (d.year == 2026 and d.month in (10, 11, 12)):
            errs.append("Date outside Oct-Dec 2026")
    except Exception as ex:  # noqa: BLE001
        errs.append("bad Date: %s" % ex)
    for h in ("From", "To", "Subject"):
        try:
            str(msg[h])
        except Exception as ex:  # noqa: BLE001
            errs.append("header %s undecodable: %s" % (h, ex))
    # raw headers must be ASCII
    head = raw.split(b"\n\n", 1)[0]
    if any(b > 127 for b in head):
        errs.append("8-bit data in top-level header")
    alltext = [str(msg["Subject"])]
    n_text = 0
    for part in msg.walk():
        for d in part.defects:
            errs.append("part defect: %r" % d)
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                t = payload.decode(cs)          # strict
                t2 = part.get_content()
                if not t2.strip():
                    errs.append("empty text part")
            except Exception as ex:  # noqa: BLE001
                errs.append("text part %s (%s) does not decode: %s" % (ctype, cs, ex))
                continue
            n_text += 1
            alltext.append(t)
            cte = (part["Content-Transfer-Encoding"] or "7bit").lower()
            if cte == "7bit" and any(b > 127 for b in part.get_payload(decode=False).encode("utf-8", "surrogateescape")):
                errs.append("7bit part with 8-bit data")
        else:
            if not payload:
                errs.append("empty attachment %s" % fname)
                continue
            if ctype == "application/pdf":
                if not payload.startswith(b"%PDF-"):
                    errs.append("PDF magic missing")
                t = _texts_of_pdf(payload)
                if shutil.which("pdftotext") and not t.strip():
                    errs.append("pdftotext found no text in %s" % fname)
                alltext.append(t)
            elif ctype in ("application/zip", "application/x-zip-compressed"):
                zf = zipfile.ZipFile(io.BytesIO(payload))
                for zi in zf.infolist():
                    if zi.flag_bits & 1:
                        pw_ok = False
                        cands = set(re.findall(r"[A-Za-z0-9\-_!#]{3,20}", "\n".join(alltext)))
                        for c in sorted(cands):
                            try:
                                zf.read(zi, pwd=c.encode())
                                pw_ok = True
                                notes.append("zip %s password %s" % (zi.filename, c))
                                break
                            except Exception:  # noqa: BLE001
                                pass
                        if not pw_ok:
                            errs.append("encrypted zip member %s: password not found in text" % zi.filename)
                    else:
                        zf.read(zi)
            elif ctype == "image/png":
                if not payload.startswith(b"\x89PNG\r\n\x1a\n"):
                    errs.append("PNG magic missing")
                q = _qr_decode(payload)
                if q:
                    notes.append("QR: " + q)
                    alltext.append(q)
            elif ctype == "image/svg+xml":
                s = payload.decode("utf-8")
                if "<script" in s.lower():
                    errs.append("script in SVG")
                alltext.append(s)
            elif ctype in ("text/html", "application/xml", "text/xml"):
                alltext.append(payload.decode(part.get_content_charset() or "utf-8"))
    if n_text == 0:
        errs.append("no text part")
    blob = "\n".join(alltext)
    for h in re.findall(r"<script", blob, flags=re.I):
        errs.append("script tag found in message content")
        break
    for m in IBAN_RE.finditer(blob):
        cand = m.group(1).replace(" ", "")
        n = IBAN_LEN.get(cand[:2])
        if not n or not cand[2:4].isdigit() or len(cand) < n:
            continue
        cand = cand[:n]
        if not C.iban_valid(cand):
            errs.append("invalid IBAN %s" % cand)
        else:
            notes.append("IBAN ok %s" % cand)
    for m in BTC_RE.finditer(blob):
        a = m.group(1)
        if a.startswith("bc1"):
            if not C.bech32_valid(a):
                errs.append("invalid bech32 %s" % a)
            else:
                notes.append("BTC ok %s" % a)
        elif re.search(r"(?i)bitcoin|btc", blob) and len(a) >= 26 and not a.isdigit():
            try:
                if C.base58check_valid(a):
                    notes.append("BTC ok %s" % a)
            except ValueError:
                pass
    biks = re.findall(r"БИК[:\s]*(\d{9})", blob)
    accs = re.findall(r"(?<!\d)(\d{20})(?!\d)", blob)
    for bik in biks:
        for acc in accs:
            if acc.startswith("301"):
                ok = C.ru_korr_ok(bik, acc)
            else:
                ok = C.ru_account_ok(bik, acc)
            if ok:
                notes.append("RU account ok %s / BIK %s" % (acc, bik))
    if biks:
        for acc in accs:
            if not any((C.ru_korr_ok(b, acc) if acc.startswith("301") else C.ru_account_ok(b, acc)) for b in biks):
                errs.append("RU account %s matches no BIK in message" % acc)
    return errs, notes


def run(root):
    ok = True
    total = 0
    for folder in ("attack", "business"):
        d = os.path.join(root, folder)
        for f in sorted(os.listdir(d)):
            if not f.endswith(".eml"):
                continue
            total += 1
            errs, notes = check_file(os.path.join(d, f))
            if errs:
                ok = False
                print("FAIL %s/%s" % (folder, f))
                for e in errs:
                    print("     " + e)
            elif "-v" in sys.argv:
                print("ok   %s/%s  %s" % (folder, f, "; ".join(notes)))
    print("verified %d messages: %s" % (total, "all OK" if ok else "ERRORS"))
    return ok


if __name__ == "__main__":
    sys.exit(0 if run(os.path.dirname(HERE)) else 1)
