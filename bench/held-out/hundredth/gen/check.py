#!/usr/bin/env python3
"""Verification of the generated corpus (stdlib; uses zbarimg/pdftotext if installed).

    python3 gen/check.py
"""
import email
import email.policy
import email.utils
import io
import os
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True
import tempfile
import zipfile
from email.header import decode_header, make_header

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import ids  # noqa: E402

FORBIDDEN = re.compile(r"^(authentication-results|dkim-signature|arc-[a-z-]+|x-spam[a-z-]*)$", re.I)
TOP_RCVD = re.compile(r"^from (\S+) \((\S+) \[([0-9a-fA-F:.]+)\]\)[\s\S]*by mx01\.example\.com \(Postfix\) with E?SMTPS? id \S+\s+for <([^>]+)>; ", re.M)
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)\b")
BECH_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{38,58})\b")
B58_RE = re.compile(r"\b(1[1-9A-HJ-NP-Za-km-z]{25,34})\b")
RU_RE = re.compile(r"р/с (\d{20})[\s\S]{0,200}?БИК (\d{9})[\s\S]{0,40}?к/с (\d{20})")
URL_RE = re.compile(r"https?://[^\s\"'<>]+")


def passwords_from_manifest():
    pw = {}
    with open(os.path.join(ROOT, "MANIFEST.md"), encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"\| (\S+\.eml) \|.*\(password: `([^`]+)`\)", line)
            if m:
                pw[m.group(1)] = m.group(2)
    return pw


def hdr(s):
    return str(make_header(decode_header(s)))


def main():
    zbar = shutil.which("zbarimg")
    pdftotext = shutil.which("pdftotext")
    pws = passwords_from_manifest()
    problems = []
    stats = {"messages": 0, "text_parts": 0, "zips": 0, "enc_zips": 0, "pdfs": 0, "qr": 0, "ibans": 0, "btc": 0, "ru_accounts": 0}
    charsets, ctes = set(), set()
    for folder in ("attack", "business"):
        files = sorted(f for f in os.listdir(os.path.join(ROOT, folder)) if f.endswith(".eml"))
        for f in files:
            path = os.path.join(ROOT, folder, f)
            raw = open(path, "rb").read()
            stats["messages"] += 1
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            legacy = email.message_from_bytes(raw)
            err = lambda s: problems.append("%s/%s: %s" % (folder, f, s))
            for part in msg.walk():
                for d in part.defects:
                    err("defect %r" % d)
            for k in legacy.keys():
                if FORBIDDEN.match(k):
                    err("forbidden header " + k)
            if not legacy.get("Return-Path"):
                err("no Return-Path")
            rcvd = legacy.get_all("Received") or []
            if not rcvd:
                err("no Received")
            else:
                m = TOP_RCVD.search(rcvd[0])
                if not m:
                    err("top Received is not mx01 style: %r" % rcvd[0][:120])
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                v = legacy.get(h)
                if not v:
                    err("missing " + h)
                    continue
                try:
                    hdr(v)
                except Exception as e:  # noqa: BLE001
                    err("header %s undecodable: %s" % (h, e))
            for h in ("From", "To", "Cc", "Reply-To"):
                if legacy.get(h) is None:
                    continue
                a = [x.display_name for x in msg[h].addresses]
                b = [n for n, _ in email.utils.getaddresses([hdr(legacy[h])])]
                if a != b:
                    err("display names decode differently (policy.default %r vs RFC 2047 %r)" % (a, b))
            dt = email.utils.parsedate_to_datetime(legacy["Date"])
            if not (dt.year == 2026 and 10 <= dt.month <= 12):
                err("date out of range %s" % dt)
            if legacy.get_content_type().startswith("multipart/") is False and legacy.get("MIME-Version") is None and legacy.get("Mime-Version") is None:
                err("no MIME-Version")
            texts = []
            for part in legacy.walk():
                if part.is_multipart():
                    continue
                ctype = part.get_content_type()
                fn = part.get_filename()
                payload = part.get_payload(decode=True)
                cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
                if ctype.startswith("text/") and not fn:
                    cs = part.get_content_charset() or "us-ascii"
                    try:
                        t = payload.decode(cs)
                    except Exception as e:  # noqa: BLE001
                        err("text part does not decode as %s: %s" % (cs, e))
                        continue
                    if cte in ("7bit",):
                        try:
                            part.get_payload().encode("ascii")
                        except UnicodeEncodeError:
                            err("7bit part contains 8-bit data")
                    texts.append(t)
                    stats["text_parts"] += 1
                    charsets.add(cs)
                    ctes.add(cte)
                    # the policy API must agree
                    continue
                if ctype.startswith("text/") and fn:
                    texts.append(payload.decode("utf-8", "replace"))
                if ctype == "image/svg+xml":
                    t = payload.decode("utf-8")
                    if "<script" in t.lower() or "onload" in t.lower():
                        err("SVG contains script")
                    texts.append(t)
                if ctype == "text/html" and fn:
                    if "<script" in payload.decode("utf-8", "replace").lower():
                        err("HTML attachment contains script")
                if ctype in ("application/zip", "application/x-zip-compressed"):
                    stats["zips"] += 1
                    zf = zipfile.ZipFile(io.BytesIO(payload))
                    for zi in zf.infolist():
                        pw = None
                        if zi.flag_bits & 1:
                            stats["enc_zips"] += 1
                            pw = pws.get(f)
                            if not pw:
                                err("encrypted zip without documented password")
                                continue
                            pw = pw.encode()
                            try:
                                zf.read(zi)
                                err("encrypted member readable without password")
                            except RuntimeError:
                                pass
                        data = zf.read(zi, pwd=pw)
                        if data.startswith(b"%PDF"):
                            if pdftotext:
                                texts.append(_pdftext(pdftotext, data))
                        elif b"Inert placeholder" not in data:
                            err("zip member %s is not a placeholder or PDF" % zi.filename)
                if ctype == "application/pdf":
                    stats["pdfs"] += 1
                    if not (payload.startswith(b"%PDF-") and payload.rstrip().endswith(b"%%EOF")):
                        err("PDF malformed")
                    if b"/JavaScript" in payload or b"/OpenAction" in payload or b"/Launch" in payload:
                        err("PDF has active content")
                    sx = int(payload.rsplit(b"startxref", 1)[1].split()[0])
                    if not payload[sx:].startswith(b"xref"):
                        err("PDF xref offset wrong")
                    if pdftotext:
                        texts.append(_pdftext(pdftotext, payload))
                if ctype == "image/png":
                    if not payload.startswith(b"\x89PNG\r\n\x1a\n"):
                        err("PNG malformed")
                    if zbar:
                        with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                            tf.write(payload)
                            tf.flush()
                            out = subprocess.run([zbar, "-q", "--raw", tf.name], capture_output=True, text=True).stdout.strip()
                        if not out.startswith("http"):
                            err("QR code not decodable")
                        else:
                            stats["qr"] += 1
                            print("  QR %-58s -> %s" % (f, out))
            alltext = "\n".join(texts)
            for m in IBAN_RE.finditer(alltext):
                cand = m.group(1).replace(" ", "")
                if cand[:2] in ("DE", "IT", "ES", "PL", "GR", "GB", "LT", "BE") and len(cand) >= 18:
                    stats["ibans"] += 1
                    if not ids.iban_valid(cand):
                        err("invalid IBAN " + cand)
            for m in BECH_RE.finditer(alltext):
                stats["btc"] += 1
                if not ids.bech32_valid(m.group(1)):
                    err("invalid bech32 " + m.group(1))
            if "BTC" in alltext:
                for m in B58_RE.finditer(alltext):
                    stats["btc"] += 1
                    if not ids.base58check_valid(m.group(1)):
                        err("invalid base58 " + m.group(1))
            for m in RU_RE.finditer(alltext):
                stats["ru_accounts"] += 1
                acc, bik, ks = m.groups()
                if not ids.ru_account_valid(bik, acc):
                    err("invalid RU account %s / %s" % (acc, bik))
                if not ids.ru_corr_valid(bik, ks):
                    err("invalid RU corr account %s / %s" % (ks, bik))
    print("checked:", stats)
    print("body charsets:", ", ".join(sorted(charsets)))
    print("body CTEs:", ", ".join(sorted(ctes)))
    size = sum(os.path.getsize(os.path.join(dp, x)) for dp, _, fs in os.walk(ROOT) for x in fs)
    print("total size of %s: %.1f KB" % (ROOT, size / 1024))
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK: all messages parse, all text parts decode, all checks passed")


def _pdftext(tool, data):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
        tf.write(data)
        tf.flush()
        return subprocess.run([tool, "-layout", tf.name, "-"], capture_output=True, text=True).stdout


if __name__ == "__main__":
    main()
