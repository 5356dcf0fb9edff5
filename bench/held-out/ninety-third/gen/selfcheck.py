#!/usr/bin/env python3
"""Extra consistency checks on the built corpus (stdlib; uses zbarimg/qpdf
only if they are installed).  Run after build.py."""
import email
import email.policy
import glob
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import build  # noqa: E402
import checks  # noqa: E402

problems = []


def bad(f, msg):
    problems.append("%s: %s" % (f, msg))


def main():
    specs = {}
    for kind in ("attack", "business"):
        for s in build.load(kind):
            specs["%s/%02d-%s-%s.eml" % (kind, s["n"], s["lang"], s["slug"])] = s
    zbar = shutil.which("zbarimg")
    qpdf = shutil.which("qpdf")
    qr_ok = pdf_ok = zip_ok = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "attack", "*.eml")) +
                       glob.glob(os.path.join(ROOT, "business", "*.eml"))):
        rel = os.path.relpath(path, ROOT)
        raw = open(path, "rb").read()
        spec = specs[rel]
        if b"\n" in raw.replace(b"\r\n", b""):
            bad(rel, "bare LF")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                bad(rel, "line > 998")
        for pol in (email.policy.default, email.policy.compat32):
            m = email.message_from_bytes(raw, policy=pol)
            if m.defects:
                bad(rel, "defects %r" % m.defects)
        m = email.message_from_bytes(raw, policy=email.policy.default)
        if str(m["Subject"]) != spec["subject"]:
            bad(rel, "subject mismatch %r" % str(m["Subject"]))
        for h, v in m.items():
            str(v)
        d = parsedate_to_datetime(m["Date"])
        if not ("2026-10-01" <= d.date().isoformat() <= "2026-12-31"):
            bad(rel, "date out of range")
        for rcv in m.get_all("Received"):
            if ";" not in rcv:
                continue
            dd = parsedate_to_datetime(re.sub(r"\s*\([A-Z+0-9-]+\)\s*$", "", rcv.split(";")[-1].strip()))
            if abs((dd - d).total_seconds()) > 120:
                bad(rel, "received time far from Date: %s" % rcv.split(";")[-1])
        names = [a["name"] for a in spec.get("atts", [])]
        got = []
        for part in m.walk():
            if part.is_multipart():
                continue
            fn = part.get_filename()
            data = part.get_payload(decode=True)
            ct = part.get_content_type()
            if fn:
                got.append(fn)
            if ct.startswith("text/") or ct == "image/svg+xml":
                txt = data.decode(part.get_content_charset() or "us-ascii")
                if "<script" in txt.lower() or "javascript:" in txt.lower():
                    bad(rel, "script in " + ct)
            if ct == "image/png" and zbar:
                with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                    tf.write(data)
                    tf.flush()
                    out = subprocess.run([zbar, "-q", "--raw", tf.name], capture_output=True, text=True).stdout.strip()
                exp = [a.get("qr") for a in spec["atts"] if a["name"] == fn][0]
                if out != exp:
                    bad(rel, "QR decode %r != %r" % (out, exp))
                else:
                    qr_ok += 1
            if ct == "application/pdf" and qpdf:
                with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                    tf.write(data)
                    tf.flush()
                    r = subprocess.run([qpdf, "--check", tf.name], capture_output=True, text=True)
                    if r.returncode != 0:
                        bad(rel, "qpdf: " + r.stdout[-200:] + r.stderr[-200:])
                    else:
                        pdf_ok += 1
            if "zip" in ct:
                a = [x for x in spec["atts"] if x["name"] == fn][0]
                zf = zipfile.ZipFile(io.BytesIO(data))
                for info in zf.infolist():
                    pw = a.get("password")
                    content = zf.read(info, pwd=pw.encode() if pw else None)
                    if info.filename.endswith((".exe", ".js", ".lnk", ".scr", ".vbs")) and content != b"INERT PLACEHOLDER - mail filter evaluation sample, no executable content.\r\n":
                        bad(rel, "non-placeholder dangerous member")
                    if pw:
                        try:
                            zf.read(info, pwd=b"wrong-password")
                            bad(rel, "zip opened with wrong password")
                        except RuntimeError:
                            pass
                zip_ok += 1
        if sorted(got) != sorted(names):
            bad(rel, "attachment names %r != %r" % (got, names))
        body = "\n".join(p.get_content() for p in m.walk() if p.get_content_type() in ("text/plain",) and not p.get_filename())
        for ib in re.findall(r"\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){3,7}(?: [A-Z0-9]{1,4})?\b", body):
            if not checks.iban_valid(ib):
                bad(rel, "IBAN " + ib)
    # determinism
    h1 = {p: hashlib.sha256(open(p, "rb").read()).hexdigest() for p in glob.glob(os.path.join(ROOT, "*", "*.eml"))}
    print("QR decoded: %d  PDFs checked: %d  ZIPs checked: %d" % (qr_ok, pdf_ok, zip_ok))
    for p in problems:
        print("PROBLEM", p)
    print("problems:", len(problems))
    return h1


if __name__ == "__main__":
    main()
