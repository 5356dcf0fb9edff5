#!/usr/bin/env python3
"""Entry point: builds ../{attack,business}/*.eml, staff.txt, MANIFEST.md
and verifies the result.  Deterministic: all randomness is seeded per message."""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import finance  # noqa: E402
import qr  # noqa: E402
import manifest  # noqa: E402
import mime  # noqa: E402
import verify  # noqa: E402

MODULES = ["msgs_attack_de", "msgs_attack_en", "msgs_attack_it", "msgs_attack_pl", "msgs_attack_es",
           "msgs_attack_el", "msgs_attack_ru",
           "msgs_business_de", "msgs_business_en", "msgs_business_it", "msgs_business_pl",
           "msgs_business_es", "msgs_business_el", "msgs_business_ru"]
LANGS = ["de", "en", "it", "pl", "es", "el", "ru"]
COUNTS = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}


def main():
    finance.selftest()
    qr.selftest()
    root = os.path.dirname(HERE)
    for mod in MODULES:
        __import__(mod)
    by_folder = {}
    for folder in ("attack", "business"):
        msgs = [m for m in common.REGISTRY if m.folder == folder]
        msgs.sort(key=lambda m: LANGS.index(m.lang))  # stable: keeps file order
        for lang in LANGS:
            n = sum(1 for m in msgs if m.lang == lang)
            if n != COUNTS[lang]:
                raise SystemExit("%s/%s: %d messages, expected %d" % (folder, lang, n, COUNTS[lang]))
        for i, m in enumerate(msgs, 1):
            m.num = i
        by_folder[folder] = msgs
        outdir = os.path.join(root, folder)
        os.makedirs(outdir, exist_ok=True)
        for fn in os.listdir(outdir):
            if fn.endswith(".eml"):
                os.remove(os.path.join(outdir, fn))
        for m in msgs:
            with open(os.path.join(outdir, m.fname), "wb") as fh:
                fh.write(common.build(m))
    slug2file = {m.slug: m.fname for m in by_folder["attack"]}
    pairs = []
    for m in by_folder["business"]:
        for ref in m.hn:
            slug, _, note = ref.partition("::")
            if slug not in slug2file:
                raise SystemExit("unknown hard-negative reference %s in %s" % (slug, m.fname))
            pairs.append((m.fname, slug2file[slug], note))
    with open(os.path.join(root, "staff.txt"), "w", encoding="utf-8") as fh:
        fh.write(manifest.staff_txt())
    with open(os.path.join(root, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write(manifest.manifest(by_folder, pairs))
    zip_pw = {}
    for m in common.REGISTRY:
        for p in mime.walk(m.body):
            if isinstance(p, mime.Blob) and p.label and "password" in p.label:
                zip_pw[p.filename] = p.label.rsplit(": ", 1)[1]
    problems, stats, tools = verify.run(root, zip_pw)
    print("written: attack=%d business=%d; text parts=%d, pdf=%d, zip=%d, png=%d, svg=%d, IBANs checked=%d, BTC checked=%d"
          % (len(by_folder["attack"]), len(by_folder["business"]), stats["text_parts"], stats["pdf"], stats["zip"],
             stats["png"], stats["svg"], stats["iban"], stats["btc"]))
    print("optional tools: " + ", ".join("%s=%s" % (k, "yes" if v else "no") for k, v in tools.items()))
    for name, url in stats["qr"]:
        print("QR %s -> %s" % (name, url))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        raise SystemExit(1)
    print("all messages parse, all text parts decode")


if __name__ == "__main__":
    main()
