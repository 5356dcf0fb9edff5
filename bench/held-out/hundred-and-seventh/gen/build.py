#!/usr/bin/env python3
"""Entry point: builds bench/held-out/hundred-and-seventh/{attack,business}/*.eml, staff.txt, MANIFEST.md
and verifies every message. Deterministic: all randomness is seeded per message."""
import email
import email.policy
import io
import os
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import common  # noqa: E402
import engine  # noqa: E402
import manifest  # noqa: E402
from company import STAFF  # noqa: E402

LANG_ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]
LANG_COUNT = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}
MODULES = ["msgs_de", "msgs_en", "msgs_it", "msgs_pl", "msgs_es", "msgs_el", "msgs_ru"]


def load():
    for m in MODULES:
        if os.path.exists(os.path.join(HERE, m + ".py")):
            __import__(m)


def check_order(specs, folder):
    nums = [s["num"] for s in specs]
    assert nums == list(range(1, len(specs) + 1)), (folder, nums)
    langs = [s["lang"] for s in specs]
    expected = [l for l in LANG_ORDER for _ in range(LANG_COUNT[l])]
    assert langs == expected[:len(langs)], (folder, langs)


def verify(path):
    """Parse with the email package; decode every text part; open archives/PDFs/PNGs."""
    raw = open(path, "rb").read()
    problems = []
    for pol in (email.policy.compat32, email.policy.default):
        msg = email.message_from_bytes(raw, policy=pol)
        if msg.defects:
            problems.append("defects(%s): %r" % (pol.__class__.__name__, msg.defects))
        for part in msg.walk():
            if part.defects:
                problems.append("part defects: %r" % part.defects)
            if part.is_multipart():
                continue
            payload = part.get_payload(decode=True)
            ctype = part.get_content_type()
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                payload.decode(cs)          # raises if undecodable
                if pol is email.policy.default:
                    part.get_content()
            elif ctype == "application/zip":
                zipfile.ZipFile(io.BytesIO(payload)).infolist()
            elif ctype == "application/pdf":
                assert payload.startswith(b"%PDF-") and payload.rstrip().endswith(b"%%EOF")
            elif ctype == "image/png":
                assert payload.startswith(b"\x89PNG")
        if pol is email.policy.default:
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if h in msg:
                    str(msg[h])
            assert msg["Received"] is not None
            first = msg.get_all("Received")[0]
            assert "by mx01.example.com" in first, "top Received is not mx01"
    return problems


def main():
    load()
    for folder, specs in (("attack", common.ATTACKS), ("business", common.BUSINESS)):
        specs.sort(key=lambda s: s["num"])
        check_order(specs, folder)
    rows = {}
    for folder, specs in (("attack", common.ATTACKS), ("business", common.BUSINESS)):
        out = os.path.join(ROOT, folder)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(out)
        rows[folder] = []
        for spec in specs:
            raw, row = engine.build(spec)
            with open(os.path.join(out, row["file"]), "wb") as f:
                f.write(raw)
            rows[folder].append(row)
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        for key, (name, addr, office, role) in STAFF.items():
            f.write("%s=%s\n" % (name, addr))
    manifest.write(os.path.join(ROOT, "MANIFEST.md"), rows)
    bad = 0
    for folder in ("attack", "business"):
        for fn in sorted(os.listdir(os.path.join(ROOT, folder))):
            probs = verify(os.path.join(ROOT, folder, fn))
            if probs:
                bad += 1
                print("PROBLEM", folder, fn, probs)
    import selfcheck
    report, stats = selfcheck.run(ROOT)
    for r in report:
        print("SELFCHECK", r)
    print("selfcheck:", stats)
    bad += len(report)
    print("built %d attack + %d business messages, %d with problems" % (
        len(common.ATTACKS), len(common.BUSINESS), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
