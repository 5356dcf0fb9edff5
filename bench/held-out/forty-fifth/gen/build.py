#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md
into the parent directory of gen/, then verifies every message."""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

LANGS = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def collect(prefix, partial):
    items = []
    for lang, n in LANGS:
        try:
            mod = importlib.import_module("%s_%s" % (prefix, lang))
        except ModuleNotFoundError as e:
            if partial and e.name == "%s_%s" % (prefix, lang):
                continue
            raise
        got = mod.messages()
        assert len(got) == n, "%s_%s: %d messages, expected %d" % (prefix, lang, len(got), n)
        for it in got:
            assert it.lang == lang, (it.slug, it.lang)
        items += got
    return items


def write(folder, items):
    d = os.path.join(ROOT, folder)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.endswith(".eml"):
            os.remove(os.path.join(d, f))
    start = 1
    # numbering follows the fixed language order even in partial builds
    offs, k = {}, 1
    for lang, n in LANGS:
        offs[lang] = k
        k += n
    seen = {}
    for it in items:
        it.folder = folder
        it.num = offs[it.lang] + seen.get(it.lang, 0)
        seen[it.lang] = seen.get(it.lang, 0) + 1
        with open(os.path.join(d, it.filename), "wb") as fh:
            fh.write(it.data)
    return start


def main():
    partial = "--partial" in sys.argv
    attacks = collect("att", partial)
    business = collect("biz", partial)
    write("attack", attacks)
    write("business", business)
    import manifest
    manifest.write_staff(os.path.join(ROOT, "staff.txt"))
    manifest.write_manifest(os.path.join(ROOT, "MANIFEST.md"), attacks, business)
    import verify
    ok = verify.run(ROOT, attacks + business)
    print("attack: %d  business: %d  verification: %s" % (len(attacks), len(business), "OK" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
