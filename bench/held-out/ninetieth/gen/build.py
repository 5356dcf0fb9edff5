#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md
into the parent directory (the parent of this gen/ directory), then verifies them."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import mkmsg  # noqa: E402
MODULES = ["attack_de", "attack_en", "attack_it", "attack_pl", "attack_es", "attack_el", "attack_ru",
           "business_de", "business_en", "business_it", "business_pl", "business_es", "business_el",
           "business_ru"]
LANG_ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]
EXPECTED = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}


def main():
    for m in MODULES:
        __import__(m)
    import manifest
    import verify
    results = {"attack": [], "business": []}
    for folder in results:
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, folder)):
            if f.endswith(".eml"):
                os.remove(os.path.join(ROOT, folder, f))
    for entry in sorted(mkmsg.REGISTRY, key=lambda e: (e["folder"], e["num"])):
        res = entry["fn"]()
        fname = "%02d-%s-%s.eml" % (entry["num"], entry["lang"], entry["slug"])
        path = os.path.join(ROOT, entry["folder"], fname)
        with open(path, "wb") as fh:
            fh.write(res["eml"])
        entry["file"] = fname
        entry["res"] = res
        results[entry["folder"]].append(entry)
    # numbering / language order check
    for folder, lst in results.items():
        nums = [e["num"] for e in lst]
        assert nums == list(range(1, len(lst) + 1)), (folder, nums)
        langs = [e["lang"] for e in lst]
        exp = []
        for lg in LANG_ORDER:
            exp += [lg] * EXPECTED[lg]
        if len(lst) == 40:
            assert langs == exp, (folder, langs)
    manifest.write(ROOT, results)
    ok = verify.run(ROOT)
    # QR codes: decode each generated PNG and compare with the intended payload
    nqr = 0
    for folder, lst in results.items():
        for e in lst:
            for leaf in e["res"]["part"].leaves():
                want = leaf.meta.get("qr")
                if not want:
                    continue
                got = verify._qr_decode(leaf.meta["bytes"])
                nqr += 1
                if got is None:
                    print("QR %s: zbarimg not available, payload not checked" % e["file"])
                elif got != want:
                    ok = False
                    print("QR MISMATCH %s: %r != %r" % (e["file"], got, want))
    print("QR codes checked: %d" % nqr)
    print("attack: %d, business: %d" % (len(results["attack"]), len(results["business"])))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
