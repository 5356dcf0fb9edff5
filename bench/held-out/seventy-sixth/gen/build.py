#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and
MANIFEST.md under the directory above gen/, then validates everything."""
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import check  # noqa: E402
import ids  # noqa: E402
import infra  # noqa: E402
import manifest  # noqa: E402
import people  # noqa: E402

ORDER = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def collect(folder):
    out, num = [], 0
    for lang, n in ORDER:
        mod = __import__("msgs_%s" % lang)
        lst = getattr(mod, folder.upper())()
        if len(lst) != n:
            raise SystemExit("%s/%s: %d messages, expected %d" % (folder, lang, len(lst), n))
        for m in lst:
            num += 1
            m.folder, m.lang, m.num = folder, lang, num
        out += lst
    return out


def main():
    assert ids.selftest() and people.check_all()
    sets = {}
    for folder in ("attack", "business"):
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for f in glob.glob(os.path.join(d, "*.eml")):
            os.remove(f)
        msgs = collect(folder)
        for m in msgs:
            data = infra.build(m)
            with open(os.path.join(d, m.filename()), "wb") as fh:
                fh.write(data)
            m.size = len(data)
        sets[folder] = msgs
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for n, a, _, _ in people.STAFF.values():
            fh.write("%s=%s\n" % (n, a))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write(manifest.render(sets))
    problems = check.run(ROOT, sets)
    for p in problems:
        print("PROBLEM:", p)
    print("attack: %d, business: %d, problems: %d" % (len(sets["attack"]), len(sets["business"]), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
