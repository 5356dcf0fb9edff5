#!/usr/bin/env python3
"""Entry point: python3 gen/build.py  -> writes attack/, business/, staff.txt,
MANIFEST.md next to gen/ and verifies the result."""
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import banking  # noqa: E402
import check  # noqa: E402
import manifest  # noqa: E402

ROOT = os.path.dirname(HERE)
LANG_ORDER = [l for l, _ in manifest.LANGS]
EXPECTED = dict(manifest.LANGS)


def collect(prefix):
    import importlib
    mods = {"attack": ["attacks_de", "attacks_en", "attacks_it", "attacks_pl", "attacks_es", "attacks_el",
                       "attacks_ru"],
            "business": ["business_de", "business_en", "business_it", "business_pl", "business_es",
                         "business_el", "business_ru"]}[prefix]
    msgs = []
    for name in mods:
        msgs.extend(importlib.import_module(name).messages())
    return msgs


def main():
    banking.selftest()
    out = {}
    for folder in ("attack", "business"):
        msgs = collect(folder)
        # order by language as required, keep module order inside a language
        msgs.sort(key=lambda m: LANG_ORDER.index(m.lang))
        counts = {}
        for m in msgs:
            counts[m.lang] = counts.get(m.lang, 0) + 1
        assert counts == EXPECTED, (folder, counts)
        d = os.path.join(ROOT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for i, m in enumerate(msgs, 1):
            m.folder, m.num = folder, i
        for m in msgs:
            data = m.render()
            with open(os.path.join(d, m.filename), "wb") as f:
                f.write(data)
        out[folder] = msgs
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        f.write(manifest.staff_txt())
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write(manifest.manifest(out["attack"], out["business"]))
    n, errors, stats, z = check.run(ROOT)
    print("messages written and parsed: %d" % n)
    print("text parts decoded: %d, attachments: %d, ZipCrypto members opened: %d" % (
        stats["text_parts"], stats["attachments"], stats["zipcrypto"]))
    print("valid IBANs seen: %d, RU accounts checked: %d, BTC addresses: %s" % (
        len(stats["ibans"]), stats["ru_accounts"], ", ".join(stats["btc"])))
    print("QR codes decoded: %d; %s" % (len(stats["qr"]), z))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
