#!/usr/bin/env python3
"""Entry point: builds the pair directory's {attack,business}/*.eml, staff.txt and
MANIFEST.md deterministically, then validates every message."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import validate  # noqa: E402
import manifest  # noqa: E402
from company import STAFF  # noqa: E402

LANG_ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]
COUNTS = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}


def load(folder):
    msgs = []
    for lang in LANG_ORDER:
        modname = "%s_%s" % (folder, lang)
        try:
            mod = __import__(modname)
        except ModuleNotFoundError as e:
            if e.name == modname:
                print("  (module %s not present yet)" % modname)
                continue
            raise
        for fn in mod.MESSAGES:
            m = fn()
            assert m.lang == lang, (modname, m.num)
            msgs.append(m)
    return msgs


def main():
    ok = True
    built = {}
    for folder in ("attack", "business"):
        out = os.path.join(ROOT, folder)
        os.makedirs(out, exist_ok=True)
        for f in os.listdir(out):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, f))
        msgs = load(folder)
        nums = [m.num for m in msgs]
        if nums != list(range(1, len(msgs) + 1)):
            print("numbering problem in %s: %s" % (folder, nums))
            ok = False
        for m in msgs:
            data = m.build()
            with open(os.path.join(out, m.filename), "wb") as fh:
                fh.write(data)
            errs = validate.check_message(m.filename, data, getattr(m, "zip_passwords", ()))
            errs += validate.check_names(m, data)
            if errs:
                ok = False
                for e in errs:
                    print("%s/%s: %s" % (folder, m.filename, e))
        built[folder] = msgs
        per = {}
        for m in msgs:
            per[m.lang] = per.get(m.lang, 0) + 1
        print("%s: %d messages %s" % (folder, len(msgs), " ".join("%s=%d" % (l, per.get(l, 0)) for l in LANG_ORDER)))
        for l in LANG_ORDER:
            if per.get(l, 0) != COUNTS[l]:
                print("  WARNING: %s has %d %s messages, expected %d" % (folder, per.get(l, 0), l, COUNTS[l]))
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for key, (name, addr, office, role) in STAFF.items():
            fh.write("%s=%s\n" % (name, addr))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write(manifest.render(built))
    print("all messages valid" if ok else "VALIDATION ERRORS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
