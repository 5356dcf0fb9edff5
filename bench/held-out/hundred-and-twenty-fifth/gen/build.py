#!/usr/bin/env python3
"""Rebuild the evaluation set (attack/, business/, staff.txt, MANIFEST.md) into
the directory above this script, then verify every message.

    python3 gen/build.py            # build + verify
    python3 gen/build.py --verify   # verify only (re-parses files on disk)
"""

import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import h, verify, org  # noqa: E402
from lib.mail import Mail  # noqa: E402
import msgs  # noqa: E402
msgs.load()
from lib import manifest  # noqa: E402

LANG_PLAN = [("de", 1, 8), ("en", 9, 16), ("it", 17, 21), ("pl", 22, 26), ("es", 27, 31), ("el", 32, 36),
             ("ru", 37, 40)]


def lang_of(nn):
    for lang, a, b in LANG_PLAN:
        if a <= nn <= b:
            return lang


def main():
    verify_only = "--verify" in sys.argv
    entries = sorted(h.REG, key=lambda e: (e["folder"], e["nn"]))
    for folder in ("attack", "business"):
        nns = [e["nn"] for e in entries if e["folder"] == folder]
        assert sorted(nns) == list(range(1, 41)), (folder, sorted(nns))
        for e in entries:
            if e["folder"] == folder:
                assert e["lang"] == lang_of(e["nn"]), (folder, e["nn"], e["lang"])
    results = []
    msgids = set()
    errors = 0
    try:
        verify.check_org()
    except Exception as ex:
        print("ORG CHECK FAILED: %s" % ex)
        errors += 1
    for folder in ("attack", "business"):
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        if not verify_only:
            for f in os.listdir(d):
                if re.fullmatch(r"\d\d-[a-z]{2}-.*\.eml", f):
                    os.remove(os.path.join(d, f))
    for e in entries:
        fname = "%02d-%s-%s.eml" % (e["nn"], e["lang"], e["slug"])
        m = Mail(fname, e["lang"])
        e["fn"](m)
        raw = m.render()
        path = os.path.join(OUT, e["folder"], fname)
        if verify_only:
            with open(path, "rb") as fh:
                if fh.read() != raw:
                    print("DIFFERS FROM REBUILD: %s/%s" % (e["folder"], fname))
                    errors += 1
        else:
            with open(path, "wb") as fh:
                fh.write(raw)
        try:
            facts = verify.check_message(open(path, "rb").read(), m, msgids)
        except Exception as ex:  # report all problems, then fail
            print("VERIFY FAILED %s/%s: %s: %s" % (e["folder"], fname, type(ex).__name__, ex))
            errors += 1
            facts = None
        results.append((e, fname, m, facts, len(raw)))
    if not verify_only:
        with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8", newline="\n") as fh:
            for n, a, _o, _r in org.STAFF:
                fh.write("%s=%s\n" % (n, a))
        with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(manifest.render(results))
    tot = sum(r[4] for r in results)
    print("%d messages (%d attack, %d business), %.1f MB, %d verification error(s)" % (
        len(results), sum(1 for r in results if r[0]["folder"] == "attack"),
        sum(1 for r in results if r[0]["folder"] == "business"), tot / 1e6, errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
