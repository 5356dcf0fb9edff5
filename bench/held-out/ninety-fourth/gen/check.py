#!/usr/bin/env python3
"""Extra verification after build.py (stdlib; uses zbarimg/pdftotext/pdftoppm
if installed). Checks attachments, QR codes, IBANs, dates and statistics."""

import collections
import email
import email.policy
import email.utils
import hashlib
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
OUT = os.path.dirname(HERE)
import checks as C  # noqa: E402

IBAN_RE = re.compile(r"\b((?:DE|IT|PL|ES|GR|GB|LT|BE|SK)\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")


IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20, "BE": 16, "SK": 24}


def tool(name):
    return shutil.which(name)


def main():
    stats = collections.Counter()
    problems = []
    digests = {}
    tmp = tempfile.mkdtemp(prefix="chk", dir=HERE)
    for folder in ("attack", "business"):
        for fn in sorted(os.listdir(os.path.join(OUT, folder))):
            p = os.path.join(OUT, folder, fn)
            data = open(p, "rb").read()
            digests[folder + "/" + fn] = hashlib.sha256(data).hexdigest()
            msg = email.message_from_bytes(data, policy=email.policy.default)
            d = email.utils.parsedate_to_datetime(msg["Date"])
            if not (d.year == 2026 and d.month in (10, 11, 12)):
                problems.append("%s: date %s" % (fn, msg["Date"]))
            top = msg.get_all("Received")[0]
            m = re.search(r"for <([^>]+)>", top)
            rcpts = " ".join(str(msg.get(h, "")) for h in ("To", "Cc")).lower()
            if not m or m.group(1).lower() not in rcpts:
                problems.append("%s: mx01 'for' %s not in To/Cc" % (fn, m and m.group(1)))
            texts = []
            for part in msg.walk():
                if part.is_multipart():
                    continue
                ct = part.get_content_type()
                if ct.startswith("text/") and not part.get_filename():
                    stats["charset:" + (part.get_content_charset() or "none")] += 1
                    stats["cte:" + part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
                    texts.append(part.get_content())
                payload = part.get_payload(decode=True)
                name = part.get_filename()
                if ct == "application/pdf":
                    stats["pdf"] += 1
                    pf = os.path.join(tmp, "x.pdf")
                    open(pf, "wb").write(payload)
                    if tool("qpdf"):
                        r = subprocess.run(["qpdf", "--check", pf], capture_output=True, text=True)
                        if r.returncode != 0:
                            problems.append("%s: qpdf %s" % (fn, r.stdout[-200:]))
                    if tool("pdftotext"):
                        r = subprocess.run(["pdftotext", "-layout", pf, "-"], capture_output=True, text=True)
                        texts.append(r.stdout)
                    if b"/Im1" in payload and tool("pdftoppm") and tool("zbarimg"):
                        subprocess.run(["pdftoppm", "-r", "110", "-png", pf, os.path.join(tmp, "pg")], check=True)
                        r = subprocess.run(["zbarimg", "-q", "--raw", os.path.join(tmp, "pg-1.png")],
                                           capture_output=True, text=True)
                        stats["qr-in-pdf"] += 1
                        print("  %s: PDF QR -> %s" % (fn, r.stdout.strip()))
                        if not r.stdout.strip().startswith("https://"):
                            problems.append("%s: PDF QR not decodable" % fn)
                elif ct == "image/png":
                    stats["png"] += 1
                    pf = os.path.join(tmp, "x.png")
                    open(pf, "wb").write(payload)
                    if tool("zbarimg"):
                        r = subprocess.run(["zbarimg", "-q", "--raw", pf], capture_output=True, text=True)
                        print("  %s: PNG QR -> %s" % (fn, r.stdout.strip()))
                        if not r.stdout.strip().startswith("https://"):
                            problems.append("%s: PNG QR not decodable" % fn)
                elif ct in ("application/zip", "application/x-zip-compressed"):
                    stats["zip"] += 1
                    zf = zipfile.ZipFile(io.BytesIO(payload))
                    body = "\n".join(texts)
                    pw = None
                    for zi in zf.infolist():
                        if zi.flag_bits & 1:
                            mm = re.search(r"(?:Passwort|Password|password|Парол|парол|Hasło|apertura del file)[^:]*:\s*(\S+)", body)
                            pw = mm.group(1).encode() if mm else None
                            stats["zip-encrypted-member"] += 1
                        content = zf.read(zi, pwd=pw)
                        if content != b"inert placeholder\n":
                            problems.append("%s: zip member %s not placeholder" % (fn, zi.filename))
                    print("  %s: ZIP %s ok (pwd=%s)" % (fn, [z.filename for z in zf.infolist()], pw))
                elif name:
                    stats["other-attachment:" + ct] += 1
                    if ct in ("text/html", "image/svg+xml"):
                        low = payload.lower()
                        if b"<script" in low or b"javascript:" in low or b"onload=" in low:
                            problems.append("%s: active content in %s" % (fn, name))
            alltext = "\n".join(texts)
            for ib in IBAN_RE.findall(alltext):
                cand = ib.replace(" ", "")
                ln = IBAN_LEN[cand[:2]]
                if len(cand) < ln or not cand[4:ln].isalnum():
                    continue
                stats["iban"] += 1
                if not C.iban_valid(cand[:ln]):
                    problems.append("%s: invalid IBAN %s" % (fn, ib))
            for ci in re.findall(r"\b(DE\d{2})ZZZ(\d{11})\b", alltext):
                stats["sepa-creditor-id"] += 1
                if not C.iban_valid(ci[0] + ci[1]):
                    problems.append("%s: invalid creditor id" % fn)
            for a in re.findall(r"\bbc1q[02-9ac-hj-np-z]{38,58}\b", alltext):
                stats["btc-bech32"] += 1
                if not C.bech32_valid(a):
                    problems.append("%s: bad bech32" % fn)
            for a in re.findall(r"\b1[1-9A-HJ-NP-Za-km-z]{25,34}\b", alltext):
                stats["btc-base58"] += 1
                if not C.base58check_valid(a):
                    problems.append("%s: bad base58 %s" % (fn, a))
            for acc, bik in re.findall(r"Р/с (\d{20})[\s\S]{0,200}?БИК (\d{9})", alltext):
                stats["ru-account"] += 1
                if not C.ru_account_valid(bik[-3:], acc):
                    problems.append("%s: RU account key" % fn)
    shutil.rmtree(tmp)
    for k in sorted(stats):
        print("%-40s %d" % (k, stats[k]))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("set digest", hashlib.sha256("".join(k + v for k, v in sorted(digests.items())).encode()).hexdigest())
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
