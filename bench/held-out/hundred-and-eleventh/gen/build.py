#!/usr/bin/env python3
"""Entry point: build the evaluation set deterministically and self-check it.

Usage: python3 gen/build.py     (writes attack/, business/, staff.txt, MANIFEST.md)
"""
import email
import re
import email.policy
import email.utils
import datetime as _dt
import io
import os
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import banking  # noqa: E402
import company as C  # noqa: E402
import cryptoaddr  # noqa: E402
import manifest  # noqa: E402

LANG_ORDER = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def collect(prefix):
    msgs = []
    for lang, n in LANG_ORDER:
        try:
            mod = __import__("%s_%s" % (prefix, lang))
        except ModuleNotFoundError:
            continue
        fns = mod.ALL
        assert len(fns) == n, (prefix, lang, len(fns))
        for f in fns:
            msgs.append(f())
    return msgs


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80}|1[1-9A-HJ-NP-Za-km-z]{25,34})\b")
NRB_RE = re.compile(r"\b(\d{2}(?: \d{4}){6})\b")
DATE_MIN, DATE_MAX = "2026-10-01", "2026-12-31"


def check_values(path, text):
    """Every IBAN-looking string must pass mod 97; every BTC address its checksum."""
    probs = []
    for mt in IBAN_RE.finditer(text):
        cand = mt.group(1).replace(" ", "")
        if not banking.iban_valid(cand):
            probs.append("invalid IBAN %s" % cand)
    for mt in NRB_RE.finditer(text):
        if not banking.iban_valid("PL" + mt.group(1).replace(" ", "")):
            probs.append("invalid NRB %s" % mt.group(1))
    for mt in BTC_RE.finditer(text):
        a = mt.group(1)
        ok = cryptoaddr.bech32_verify(a) if a.startswith("bc1") else cryptoaddr.b58check_verify(a)
        if not ok:
            probs.append("invalid BTC %s" % a)
    return probs


def check(path, raw, m):
    problems = []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for name in ("From", "To", "Subject", "Date", "Message-ID", "Received", "Return-Path"):
        if msg[name] is None and msg[name.title()] is None:
            problems.append("missing header %s" % name)
        else:
            str(msg[name])  # forces decoding of encoded words
    if not msg.get_all("Received")[0].startswith("from ") or "by mx01.example.com (Postfix)" not in msg.get_all("Received")[0]:
        problems.append("top Received is not mx01")
    if msg.defects:
        problems.append("defects: %r" % msg.defects)
    ntext = 0
    for part in msg.walk():
        if part.defects:
            problems.append("part defects %r" % part.defects)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            cs = part.get_content_charset()
            payload = part.get_payload(decode=True)
            payload.decode(cs, errors="strict")
            problems += check_values(path, part.get_content())
            ntext += 1
        else:
            data = part.get_payload(decode=True)
            if not data:
                problems.append("empty attachment %s" % part.get_filename())
            fn = part.get_filename() or ""
            if ct.startswith("text/"):
                data.decode(part.get_content_charset() or "utf-8")
            if fn.lower().endswith(".zip"):
                zf = zipfile.ZipFile(io.BytesIO(data))
                for zi in zf.infolist():
                    if zi.flag_bits & 1:
                        pw = getattr(m, "zip_password", None)
                        if pw is None:
                            problems.append("encrypted zip without recorded password")
                        else:
                            zf.read(zi, pwd=pw.encode())
                    else:
                        zf.read(zi)
            if fn.lower().endswith(".pdf"):
                if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-10:]:
                    problems.append("bad pdf %s" % fn)
            if ct == "image/png" and not data.startswith(b"\x89PNG"):
                problems.append("bad png")
    for ln in raw.split(b"\n"):
        if len(ln) > 998:
            problems.append("line longer than 998 octets")
            break
    d = email.utils.parsedate_to_datetime(str(msg["Date"])).astimezone(_dt.timezone.utc).strftime("%Y-%m-%d")
    if not (DATE_MIN <= d <= DATE_MAX):
        problems.append("Date outside Oct-Dec 2026: %s" % d)
    if ntext == 0:
        problems.append("no text part")
    if problems:
        raise SystemExit("%s: %s" % (path, "; ".join(problems)))


def main():
    sets = {}
    for folder, prefix in (("attack", "attacks"), ("business", "business")):
        out = os.path.join(ROOT, folder)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(out)
        msgs = collect(prefix)
        for i, m in enumerate(msgs, start=1):
            assert m.num == i and m.folder == folder, (m.key, i)
            raw = m.render()
            path = os.path.join(out, m.filename)
            with open(path, "wb") as fh:
                fh.write(raw)
            check(path, raw, m)
            m.raw = raw
        sets[folder] = msgs
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for name, addr, _, _ in C.STAFF:
            fh.write("%s=%s\n" % (name, addr))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write(manifest.render(sets))
    total = sum(len(v) for v in sets.values())
    print("wrote %d messages: %s" % (total, ", ".join("%s=%d" % (k, len(v)) for k, v in sets.items())))


if __name__ == "__main__":
    main()
