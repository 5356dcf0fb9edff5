#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Rebuild attack/, business/, staff.txt and MANIFEST.md one directory above this script,
then verify every message. Deterministic: running it twice gives byte-identical files."""
import hashlib
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import message, verify, manifest, company  # noqa: E402
import scenarios  # noqa: E402,F401  (registers all scenarios)

LANG_PLAN = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def expected_lang(nn):
    n = 0
    for lang, cnt in LANG_PLAN:
        n += cnt
        if nn <= n:
            return lang
    raise ValueError(nn)


def autofacts(m, info):
    for u in verify.extract_urls(info):
        m.url(u)
    blob = verify.text_blob(info)
    known = [i for i, _ in m.facts["ibans"]]
    for mt in verify.IBAN_RE.finditer(blob):
        cand = mt.group(1).replace(" ", "")
        if cand not in known and cand[:2] in verify.checks.IBAN_LEN and len(cand) == verify.checks.IBAN_LEN[cand[:2]]:
            raise verify.Fail("%s: IBAN %s appears but was not registered with its holder" % (m.fname, cand))
    # phone numbers: international format anywhere, national format after a telephone label
    blob1 = re.sub(r"[ \u00a0\t]+", " ", blob)
    cands = re.findall(r"(?<![\w/=.])\+\d{1,3}(?:[ -]?\(?\d{1,5}\)?){2,6}(?![\d])", blob1)
    cands += re.findall(r"(?i)(?:\btel\.?(?: kom\.)?|\btelefon|\bmobil(?:e)?|\bmob\.|\bcell\.?|τηλ\.?|тел\.|моб\.|\bT|\bM)\s*:?\s*(0\d[\d -]{6,14}\d|2\d{3} \d{3} \d{3})", blob1)
    have = [re.sub(r"\D", "", p) for p in m.facts["phones"]]
    for c in cands:
        c = c.strip(" -")
        d = re.sub(r"\D", "", c)
        if len(d) < 8 or len(d) > 15:
            continue
        if any(d in h or h in d for h in have):
            continue
        have.append(d)
        m.phone(c)


def main():
    msgs = []
    for folder in ("attack", "business"):
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    errors = []
    for folder, nn, lang, slug, fn in sorted(message.REGISTRY, key=lambda x: (x[0], x[1])):
        m = message.M(folder, nn, lang, slug)
        try:
            fn(m)
            info = verify.check_message(m.raw, m)
            autofacts(m, info)
            verify.verify(m)
        except Exception as e:  # report and continue so all problems are visible
            import traceback
            traceback.print_exc()
            errors.append("%s/%s: %s" % (folder, m.fname, e))
            continue
        if expected_lang(nn) != lang:
            errors.append("%s/%s: language %s expected %s" % (folder, m.fname, lang, expected_lang(nn)))
        with open(os.path.join(OUT, folder, m.fname), "wb") as fh:
            fh.write(m.raw)
        msgs.append(m)
    for folder in ("attack", "business"):
        nums = sorted(m.nn for m in msgs if m.folder == folder)
        if nums != list(range(1, 41)):
            errors.append("%s: have %d messages, numbers %s" % (folder, len(nums), nums))
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8") as fh:
        fh.write(company.staff_txt())
    manifest.write(msgs, os.path.join(OUT, "MANIFEST.md"))
    h = hashlib.sha256()
    for folder in ("attack", "business"):
        for f in sorted(os.listdir(os.path.join(OUT, folder))):
            with open(os.path.join(OUT, folder, f), "rb") as fh:
                h.update(f.encode() + fh.read())
    for f in ("staff.txt", "MANIFEST.md"):
        with open(os.path.join(OUT, f), "rb") as fh:
            h.update(fh.read())
    print("built %d messages (%d attack, %d business) into %s" % (
        len(msgs), sum(m.folder == "attack" for m in msgs), sum(m.folder == "business" for m in msgs), OUT))
    print("QR codes decoded and matched: %d" % sum(len(m.qr_expect) for m in msgs))
    print("output digest sha256:%s" % h.hexdigest())
    if errors:
        print("VERIFICATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("verification passed")


if __name__ == "__main__":
    main()
