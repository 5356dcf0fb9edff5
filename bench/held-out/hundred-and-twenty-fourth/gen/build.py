#!/usr/bin/env python3
"""Rebuild the evaluation set (attack/, business/, staff.txt, MANIFEST.md)
into the directory above this script, then verify every message.

    python3 gen/build.py

Plain Python 3 standard library; deterministic (every random value comes
from random.Random(<file name>))."""

import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common      # noqa: E402
import company     # noqa: E402
import manifest    # noqa: E402
import mime        # noqa: E402
import verify      # noqa: E402

MODULES = ["msg_attack_de", "msg_attack_en", "msg_attack_it", "msg_attack_pl",
           "msg_attack_es", "msg_attack_el", "msg_attack_ru",
           "msg_business_de", "msg_business_en", "msg_business_it",
           "msg_business_pl", "msg_business_es", "msg_business_el",
           "msg_business_ru"]

LANG_PLAN = [("de", 1, 8), ("en", 9, 16), ("it", 17, 21), ("pl", 22, 26),
             ("es", 27, 31), ("el", 32, 36), ("ru", 37, 40)]


def expected_lang(nn):
    for lang, a, b in LANG_PLAN:
        if a <= nn <= b:
            return lang
    raise ValueError(nn)


def main():
    dev = os.environ.get("DEV") == "1"
    for m in MODULES:
        if dev and not os.path.exists(os.path.join(HERE, m + ".py")):
            continue
        __import__(m)
    reg = sorted(common.REGISTRY, key=lambda r: (r[0], r[1]))
    seen = {}
    for folder, nn, lang, slug, fn in reg:
        key = (folder, nn)
        if key in seen:
            sys.exit("duplicate %s/%s" % key)
        seen[key] = slug
        if lang != expected_lang(int(nn)):
            sys.exit("%s/%s: language %s, expected %s" % (folder, nn, lang, expected_lang(int(nn))))
    for folder in ("attack", "business"):
        nns = sorted(int(nn) for (f, nn) in seen if f == folder)
        if nns != list(range(1, 41)) and not dev:
            sys.exit("%s: have %d messages, missing %s" % (folder, len(nns), sorted(set(range(1, 41)) - set(nns))))
    for folder in ("attack", "business"):
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    entries = []
    for folder, nn, lang, slug, fn in reg:
        fname = "%s-%s-%s.eml" % (nn, lang, slug)
        ctx = common.Ctx(folder, fname)
        spec = fn(ctx)
        raw = mime.to_bytes(mime.serialize(spec["headers"], spec["root"]))
        with open(os.path.join(OUT, folder, fname), "wb") as fh:
            fh.write(raw)
        entries.append((folder, nn, lang, fname, spec, raw))
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(company.staff_txt())
    # verification
    failures = 0
    results = []
    for folder, nn, lang, fname, spec, raw in entries:
        try:
            res, msg = verify.verify(raw, spec)
        except Exception as e:  # noqa: BLE001
            failures += 1
            print("FAIL %s/%s: %s: %s" % (folder, fname, type(e).__name__, e))
            results.append((folder, nn, lang, fname, spec, None, None))
            continue
        results.append((folder, nn, lang, fname, spec, res, msg))
    if failures:
        sys.exit("%d message(s) failed verification" % failures)
    text = manifest.render(results)
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    nq = sum(len(r[5].qr) for r in results)
    ni = sum(len(r[5].ibans) for r in results)
    print("built and verified %d attack + %d business messages (%d QR codes, %d IBANs checked) in %s" %
          (sum(1 for r in results if r[0] == "attack"), sum(1 for r in results if r[0] == "business"), nq, ni, OUT))


if __name__ == "__main__":
    main()
