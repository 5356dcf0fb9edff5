#!/usr/bin/env python3
"""Optional extra checks with external tools if present (zbarimg for QR
codes, pdftotext for PDFs). Not needed for building; run after build.py."""
import email
import email.policy
import glob
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    zbar = shutil.which("zbarimg")
    p2t = shutil.which("pdftotext")
    bad = 0
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        for f in sorted(glob.glob(os.path.join(ROOT, "*", "*.eml"))):
            msg = email.message_from_bytes(open(f, "rb").read(), policy=email.policy.default)
            body_text = ""
            for part in msg.walk():
                if part.get_content_maintype() == "text" and not part.get_filename():
                    body_text += part.get_content()
            for i, part in enumerate(msg.walk()):
                ct = part.get_content_type()
                data = part.get_payload(decode=True) if not part.is_multipart() else None
                if ct == "image/png" and zbar:
                    pth = os.path.join(tmp, "q%d.png" % i)
                    open(pth, "wb").write(data)
                    out = subprocess.run([zbar, "-q", "--raw", pth], capture_output=True, text=True).stdout.strip()
                    print("QR  %-60s -> %s" % (os.path.basename(f)[:60], out or "NOT DECODED"))
                    if not out:
                        bad += 1
                if ct == "application/pdf" and p2t:
                    pth = os.path.join(tmp, "p%d.pdf" % i)
                    open(pth, "wb").write(data)
                    r = subprocess.run([p2t, "-q", pth, "-"], capture_output=True, text=True)
                    first = " ".join(r.stdout.split())[:70]
                    ok = r.returncode == 0 and len(r.stdout.strip()) > 20
                    print("PDF %-60s %s %s" % (os.path.basename(f)[:60], "ok " if ok else "BAD", first))
                    if not ok:
                        bad += 1
    print("external checks:", "all ok" if not bad else "%d problems" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
