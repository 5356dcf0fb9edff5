#!/usr/bin/env python3
"""Optional extra checks with external tools (zbarimg, pdftotext, unzip) if installed.
Not needed to build the set; run after gen/build.py."""
import email
import email.policy
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import banking  # noqa: E402

ROOT = os.path.dirname(HERE)
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b")
PASSWORDS = {"08-de": "BT-4471", "22-pl": "PL2611", "37-ru": "4471"}


def main():
    tmp = tempfile.mkdtemp(prefix="verify_", dir=ROOT)
    stats = {"qr": 0, "pdf": 0, "zip": 0, "pdf_iban": 0}
    try:
        for path in sorted(glob.glob(os.path.join(ROOT, "*", "*.eml"))):
            name = os.path.basename(path)
            msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
            for i, part in enumerate(msg.walk()):
                if part.is_multipart():
                    continue
                ct = part.get_content_type()
                data = part.get_payload(decode=True)
                f = os.path.join(tmp, "p%d" % i)
                if ct == "image/png" and shutil.which("zbarimg"):
                    open(f + ".png", "wb").write(data)
                    out = subprocess.run(["zbarimg", "-q", "--raw", f + ".png"], capture_output=True, text=True).stdout.strip()
                    if out:
                        print("%s: QR -> %s" % (name, out))
                        stats["qr"] += 1
                if ct == "application/pdf" and shutil.which("pdftotext"):
                    open(f + ".pdf", "wb").write(data)
                    txt = subprocess.run(["pdftotext", "-q", f + ".pdf", "-"], capture_output=True, text=True, check=True).stdout
                    assert txt.strip(), name
                    for mt in IBAN_RE.finditer(txt):
                        assert banking.iban_valid(mt.group(1).replace(" ", "")), (name, mt.group(1))
                        stats["pdf_iban"] += 1
                    stats["pdf"] += 1
                if (part.get_filename() or "").lower().endswith(".zip") and shutil.which("unzip"):
                    open(f + ".zip", "wb").write(data)
                    pw = PASSWORDS.get(name[:5])
                    cmd = ["unzip", "-o", "-q"] + (["-P", pw] if pw else []) + [f + ".zip", "-d", f + "_x"]
                    subprocess.run(cmd, check=True, capture_output=True)
                    stats["zip"] += 1
    finally:
        shutil.rmtree(tmp)
    print(stats)


if __name__ == "__main__":
    main()
