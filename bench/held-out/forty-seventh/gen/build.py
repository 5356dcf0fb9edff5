#!/usr/bin/env python3
"""Entry point: build the set directory (gen/..): {attack,business}/*.eml, staff.txt, MANIFEST.md
and verify every message.  Deterministic: no clock, seeded randomness only."""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import check          # noqa: E402
import compose        # noqa: E402
import manifest       # noqa: E402

import business_de, business_en, business_it_pl, business_es, business_el_ru   # noqa: E402,E401
import attacks_de, attacks_en, attacks_it_pl, attacks_es, attacks_el_ru        # noqa: E402,E401

EXPECT = {"attack": {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}}
EXPECT["business"] = EXPECT["attack"]
ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]


def main():
    for mod in (business_de, business_en, business_it_pl, business_es, business_el_ru,
                attacks_de, attacks_en, attacks_it_pl, attacks_es, attacks_el_ru):
        mod.build()
    msgs = compose.MESSAGES
    for folder in ("attack", "business"):
        d = os.path.join(ROOT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        sel = sorted([m for m in msgs if m["folder"] == folder], key=lambda m: m["fn"])
        # numbering 01-40 in language order
        langs = [m["lang"] for m in sel]
        assert langs == sorted(langs, key=ORDER.index), (folder, langs)
        for i, m in enumerate(sel, 1):
            assert m["fn"].startswith("%02d-%s-" % (i, m["lang"])), m["fn"]
        for lang, n in EXPECT[folder].items():
            assert langs.count(lang) == n, (folder, lang, langs.count(lang))
        for m in sel:
            with open(os.path.join(d, m["fn"]), "wb") as f:
                f.write(m["raw"])
    manifest.write_staff(os.path.join(ROOT, "staff.txt"))
    ordered = sorted(msgs, key=lambda m: (m["folder"], m["fn"]))
    manifest.write_manifest(os.path.join(ROOT, "MANIFEST.md"), ordered)
    expect = {m["fn"]: {"zip_password": m["zip_pw"]} for m in msgs}
    bad, n_iban = check.run(ROOT, expect)
    print("messages: %d attack, %d business; IBANs checked: %d; problems in %d files"
          % (sum(m["folder"] == "attack" for m in msgs), sum(m["folder"] == "business" for m in msgs), n_iban, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
