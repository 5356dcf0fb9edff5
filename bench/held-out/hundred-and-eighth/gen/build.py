#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md into bench/held-out/hundred-and-eighth.
Deterministic: every pseudo-random value is derived from fixed seeds (sha256 / random.Random(seed))."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

from gen import core, company, check, qr, ids  # noqa: E402
from gen import a_de, a_en, a_it, a_pl, a_es, a_el, a_ru  # noqa: E402
from gen import b_de, b_en, b_it, b_pl, b_es, b_el, b_ru  # noqa: E402

LANG_ORDER = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def collect(mods, folder):
    specs = []
    for m in mods:
        specs += m.messages()
    assert len(specs) == 40, (folder, len(specs))
    n = 0
    for lang, cnt in LANG_ORDER:
        for _ in range(cnt):
            sp = specs[n]
            assert sp["lang"] == lang, (folder, n + 1, sp["lang"], lang)
            sp["n"] = n + 1
            sp["file"] = "%02d-%s-%s.eml" % (n + 1, lang, sp["slug"])
            n += 1
    return specs


def write_all():
    qr.selftest()
    ids.selftest()
    out = {}
    for folder, mods in (("attack", [a_de, a_en, a_it, a_pl, a_es, a_el, a_ru]),
                         ("business", [b_de, b_en, b_it, b_pl, b_es, b_el, b_ru])):
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
        specs = collect(mods, folder)
        for sp in specs:
            data = core.build(sp)
            sp["bytes"] = data
            with open(os.path.join(d, sp["file"]), "wb") as fh:
                fh.write(data)
        out[folder] = specs
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for _, name, address, _, _ in company.STAFF:
            fh.write("%s=%s\n" % (name, address))
    from gen import manifest
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write(manifest.render(out))
    return out


if __name__ == "__main__":
    res = write_all()
    problems = check.run(ROOT, res)
    for folder in ("attack", "business"):
        print("%s: %d messages" % (folder, len(res[folder])))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all messages parse; all text parts decode; attachments verified")
