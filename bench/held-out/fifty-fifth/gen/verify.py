#!/usr/bin/env python3
"""Self-checks for the generated set. Standard library only; if zbarimg /
qpdf / pdftotext are installed they are used as additional independent checks."""
import email
import email.policy
import email.utils
import glob
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build  # noqa: E402
import msg  # noqa: E402
import ids  # noqa: E402
import qr as qrmod  # noqa: E402

ROOT = build.ROOT
FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "received-spf")
ERR = []


def err(f, s):
    ERR.append("%s: %s" % (f, s))


def check_ibans(f, text):
    n = 0
    for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b", text):
        cand = m.group(1).replace(" ", "")
        if cand[:2] not in ("DE", "IT", "PL", "ES", "GR", "GB", "LT", "FR"):
            continue
        n += 1
        if not ids.iban_valid(cand):
            err(f, "bad IBAN %s" % cand)
        if cand[:2] == "IT" and ids.it_cin(cand[5:10], cand[10:15], cand[15:]) != cand[4]:
            err(f, "bad CIN %s" % cand)
        if cand[:2] == "ES":
            e, o, dc, c = cand[4:8], cand[8:12], cand[12:14], cand[14:]
            if ids.iban_es(e, o, c) != cand:
                err(f, "bad ES DC %s" % cand)
        if cand[:2] == "PL" and not ids.pl_sort_valid(cand[4:12]):
            err(f, "bad PL sort %s" % cand)
    # Polish NRB without country code
    for m in re.finditer(r"\b(\d{2}(?: \d{4}){6})\b", text):
        nrb = m.group(1).replace(" ", "")
        n += 1
        if not ids.iban_valid("PL" + nrb):
            err(f, "bad NRB %s" % nrb)
    return n


def check_ru(f, text):
    n = 0
    for bik in set(re.findall(r"БИК:? ?(\d{9})", text)):
        accts = re.findall(r"(?:р/с|Р/с|р/сч)\s*(\d{20})", text)
        corr = re.findall(r"к/с\s*(\d{20})", text)
        for a in accts:
            n += 1
            if not ids.ru_account_valid(bik, a):
                err(f, "bad RU account %s for BIK %s" % (a, bik))
        for c in corr:
            n += 1
            if not ids.ru_account_valid(bik, c, corr=True):
                err(f, "bad RU corr account %s for BIK %s" % (c, bik))
    return n


def pdf_strings(data):
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            out.append(zlib.decompress(m.group(1)))
        except zlib.error:
            pass
    return out


def pdf_text_fallback(data):
    """Decode the text shown by our own PDFs (for IBAN checks) without external tools."""
    streams = pdf_strings(data)
    if not streams:
        return ""
    content = streams[0]
    cmap = {}
    for s in streams[1:]:
        for a, b in re.findall(rb"<([0-9A-F]{2})> <([0-9A-F]{4})>", s):
            cmap[int(a, 16)] = chr(int(b, 16))
    texts = []
    for m in re.finditer(rb"\((.*?)\) Tj", content, re.S):
        raw = re.sub(rb"\\(\d{3})", lambda x: bytes([int(x.group(1), 8)]), m.group(1))
        raw = re.sub(rb"\\(.)", rb"\1", raw)
        texts.append("".join(cmap.get(b, bytes([b]).decode("cp1252", "replace")) for b in raw))
    return "\n".join(texts)


def main():
    have_zbar = shutil.which("zbarimg")
    have_qpdf = shutil.which("qpdf")
    counts = {}
    stats = dict(ibans=0, ru=0, btc=0, qr=0, zips=0, pdfs=0, texts=0)
    reg = {(r["folder"], r["file"]): r for r in msg.REGISTRY}
    for folder in ("attack", "business"):
        files = sorted(glob.glob(os.path.join(ROOT, folder, "*.eml")))
        for i, path in enumerate(files, 1):
            f = folder + "/" + os.path.basename(path)
            name = os.path.basename(path)
            if not re.match(r"^%02d-(de|en|it|pl|es|el|ru)-[a-z0-9-]+\.eml$" % i, name):
                err(f, "bad file name / numbering")
            lang = name.split("-")[1]
            counts[(folder, lang)] = counts.get((folder, lang), 0) + 1
            raw = open(path, "rb").read()
            for ln in raw.split(b"\n"):
                if len(ln) > 998:
                    err(f, "line longer than 998 octets")
            m = email.message_from_bytes(raw, policy=email.policy.default)
            for k in m.keys():
                if k.lower() in FORBIDDEN or k.lower().startswith("x-spam"):
                    err(f, "forbidden header %s" % k)
            for k, v in m.items():
                try:
                    str(v)
                except Exception as e:  # noqa: BLE001
                    err(f, "header %s does not decode: %s" % (k, e))
            rec = m.get_all("Received")
            if not rec or not rec[0].startswith("from ") or "by mx01.example.com (Postfix)" not in rec[0] \
                    or "for <" not in rec[0]:
                err(f, "top Received is not mx01's")
            if not re.match(r"from \S+ \(\S+ \[[0-9.]+\]\)", rec[0]):
                err(f, "mx01 Received lacks 'from HELO (rDNS [IP])'")
            if len(rec) < 2:
                err(f, "no sender hop below mx01")
            if "mail-int01.example.com [10.20.0.25]" in rec[0] and "Microsoft SMTP Server" not in " ".join(rec):
                err(f, "internal mail without Exchange hop")
            if not m["Return-Path"]:
                err(f, "no Return-Path")
            if not m["Message-ID"]:
                err(f, "no Message-ID")
            d = email.utils.parsedate_to_datetime(str(m["Date"]))
            if not (d.year == 2026 and d.month in (10, 11, 12)):
                err(f, "date out of range %s" % d)
            rdate = email.utils.parsedate_to_datetime(rec[0].rsplit(";", 1)[1].strip())
            if rdate < d:
                err(f, "mx01 receipt before Date")
            for dfct in m.defects:
                err(f, "defect %r" % dfct)
            r = reg[(folder, name)]
            exp = list(r["texts"])
            alltext = str(m["Subject"]) + "\n"
            for part in m.walk():
                for dfct in part.defects:
                    err(f, "part defect %r" % dfct)
                if part.is_multipart():
                    continue
                ctype = part.get_content_type()
                fn = part.get_filename()
                if part.get_content_maintype() == "text":
                    try:
                        txt = part.get_content()
                    except Exception as e:  # noqa: BLE001
                        err(f, "text part does not decode: %s" % e)
                        continue
                    # strict decode as well
                    part.get_payload(decode=True).decode(part.get_content_charset(), "strict")
                    stats["texts"] += 1
                    alltext += txt + "\n"
                    if not fn and exp:
                        sub, want = exp.pop(0)
                        if txt.replace("\r\n", "\n").rstrip("\n") != want.replace("\r\n", "\n").rstrip("\n"):
                            err(f, "text part differs from source (%s)" % sub)
                data = part.get_payload(decode=True)
                if ctype == "application/pdf":
                    stats["pdfs"] += 1
                    if not data.startswith(b"%PDF-1.4"):
                        err(f, "bad PDF")
                    if have_qpdf:
                        with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                            tf.write(data)
                            tf.flush()
                            p = subprocess.run(["qpdf", "--check", tf.name], capture_output=True, text=True)
                            if p.returncode != 0:
                                err(f, "qpdf: %s" % p.stdout[-200:])
                    alltext += pdf_text_fallback(data) + "\n"
                if ctype in ("application/zip", "application/x-zip-compressed"):
                    stats["zips"] += 1
                    z = zipfile.ZipFile(io.BytesIO(data))
                    for zi in z.infolist():
                        enc = bool(zi.flag_bits & 1)
                        if enc != bool(r["zip_pw"]):
                            err(f, "zip encryption flag mismatch")
                        content = z.read(zi, pwd=r["zip_pw"].encode() if r["zip_pw"] else None)
                        if zi.filename.endswith(".pdf"):
                            alltext += pdf_text_fallback(content)
                        elif b"INERT TEST PLACEHOLDER" not in content or content.count(b"\n") != 1:
                            err(f, "zip member is not a one-line placeholder")
                if ctype == "image/png":
                    stats["qr"] += 1
                    key = (folder, name, fn)
                    want = msg.QR_EXPECT.get(key)
                    if not want:
                        err(f, "PNG without registered QR payload")
                    elif have_zbar:
                        with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                            tf.write(data)
                            tf.flush()
                            p = subprocess.run(["zbarimg", "-q", "--raw", tf.name], capture_output=True, text=True)
                            if p.stdout.strip() != want:
                                err(f, "QR decodes to %r, expected %r" % (p.stdout.strip(), want))
                    if data[:8] != b"\x89PNG\r\n\x1a\n":
                        err(f, "not a PNG")
                if ctype in ("image/svg+xml", "text/html") and fn:
                    low = data.lower()
                    if b"<script" in low or b"javascript:" in low or b"onload=" in low:
                        err(f, "active content in %s" % fn)
            if exp:
                err(f, "missing text parts")
            stats["ibans"] += check_ibans(f, alltext)
            stats["ru"] += check_ru(f, alltext)
            for addr in re.findall(r"\bbc1[02-9ac-hj-np-z]{20,}\b", alltext):
                stats["btc"] += 1
                if not ids.bech32_valid(addr):
                    err(f, "bad bech32 %s" % addr)
    want = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}
    for folder in ("attack", "business"):
        for lang, n in want.items():
            if counts.get((folder, lang)) != n:
                err(folder, "%s count %s != %d" % (lang, counts.get((folder, lang)), n))
    print("per folder/lang:", {k: v for k, v in sorted(counts.items())})
    print("checked: %(texts)d text parts, %(pdfs)d PDFs, %(zips)d ZIPs, %(qr)d QR PNGs, %(ibans)d IBAN/NRB, "
          "%(ru)d RU accounts, %(btc)d BTC addresses" % stats,
          "(zbarimg: %s, qpdf: %s)" % (bool(have_zbar), bool(have_qpdf)))
    if ERR:
        print("\n".join(ERR))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    build.main()
    main()
