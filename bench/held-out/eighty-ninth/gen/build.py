#!/usr/bin/env python3
"""Entry point: python3 gen/build.py  -> writes attack/, business/, staff.txt, MANIFEST.md"""
import importlib
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import banking  # noqa: E402
import compose  # noqa: E402
import manifest  # noqa: E402
import qr  # noqa: E402
import verify  # noqa: E402

MODULES = ["msgs_de_attack", "msgs_en_attack", "msgs_it_attack", "msgs_pl_attack", "msgs_es_attack", "msgs_el_attack", "msgs_ru_attack",
           "msgs_de_business", "msgs_en_business", "msgs_it_business", "msgs_pl_business", "msgs_es_business", "msgs_el_business", "msgs_ru_business",
           "notes"]
SPLIT = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def main():
    assert qr.self_test() and banking.self_test()
    specs = []
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name and "--partial" in sys.argv:
                continue
            raise
        specs.extend(mod.MESSAGES)
    for folder in ("attack", "business"):
        d = os.path.join(ROOT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    built = []
    problems = 0
    for spec in sorted(specs, key=lambda s: (s["folder"], s["n"])):
        fname = "%02d-%s-%s.eml" % (spec["n"], spec["lang"], spec["slug"])
        try:
            raw = compose.build(spec)
        except Exception:
            print("FAILED building", fname)
            raise
        path = os.path.join(ROOT, spec["folder"], fname)
        with open(path, "wb") as f:
            f.write(raw)
        msg, probs = verify.check_message(path, raw)
        # QR codes: decode every PNG that the spec says carries a QR payload
        for part in msg.walk():
            if part.get_content_type() == "image/png" and spec.get("qr"):
                data = part.get_payload(decode=True)
                try:
                    got = verify.decode_qr_png(data)
                    if got != spec["qr"]:
                        probs.append("QR payload mismatch")
                except AssertionError as e:
                    probs.append("QR unreadable: %s" % e)
        # IBANs quoted anywhere in text parts must be valid
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.is_multipart():
                for ib in verify.find_ibans(part.get_content()):
                    if not banking.iban_valid(ib):
                        probs.append("invalid IBAN %s" % ib)
        for p in probs:
            print("PROBLEM %s: %s" % (fname, p))
        problems += len(probs)
        built.append((spec, fname))
    # language split / numbering
    if "--partial" not in sys.argv:
        for folder in ("attack", "business"):
            items = [s for s, _ in built if s["folder"] == folder]
            assert [s["n"] for s in items] == list(range(1, 41)), folder
            exp = [lang for lang, k in SPLIT for _ in range(k)]
            assert [s["lang"] for s in items] == exp, folder
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        f.write(manifest.staff_txt())
    notes = []
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        notes.extend(getattr(mod, "NOTES", []))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write(manifest.manifest(built, notes))
    print("wrote %d messages, %d problems" % (len(built), problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
