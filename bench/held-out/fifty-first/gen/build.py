#!/usr/bin/env python3
"""Entry point: build the blind evaluation set into the parent directory of gen/.

    python3 gen/build.py            # build + validate
"""
import importlib
import os
import shutil
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib                      # noqa: E402
import manifest                 # noqa: E402
import validate                 # noqa: E402
from codes import iban_valid, ru_account_valid   # noqa: E402
from company import BANK, RU    # noqa: E402

MODULES = ["attacks_de", "attacks_en", "attacks_it", "attacks_pl", "attacks_es", "attacks_el", "attacks_ru",
           "business_de", "business_en", "business_it", "business_pl", "business_es", "business_el", "business_ru"]
EXPECTED = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}


def main():
    for k, v in BANK.items():
        assert iban_valid(v), k
    assert ru_account_valid(RU["sber_bik"], RU["sber_corr"], corr=True)
    assert ru_account_valid(RU["tbank_bik"], RU["tbank_corr"], corr=True)
    for k in ("expostroy_acct", "olga_acct", "example_acct"):
        assert ru_account_valid(RU["sber_bik"], RU[k]), k
    assert ru_account_valid(RU["tbank_bik"], RU["mule_acct"])

    for m in MODULES:
        importlib.import_module(m).build()
    recs = lib.RECORDS
    for folder in ("attack", "business"):
        d = os.path.join(ROOT, folder)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        fr = sorted((r for r in recs if r["folder"] == folder), key=lambda r: r["num"])
        assert [r["num"] for r in fr] == list(range(1, 41)), (folder, [r["num"] for r in fr])
        order = [r["lang"] for r in fr]
        exp = [l for l in manifest.LANGS for _ in range(EXPECTED[l])]
        assert order == exp, (folder, order)
        for r in fr:
            with open(os.path.join(d, r["fname"]), "wb") as f:
                f.write(r["data"])
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        f.write(manifest.staff_txt())
    notes = importlib.import_module("notes").NOTES
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write(manifest.manifest(recs, notes))
    ok = validate.run(ROOT)
    print("attack: %d, business: %d" % (sum(r["folder"] == "attack" for r in recs),
                                          sum(r["folder"] == "business" for r in recs)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
