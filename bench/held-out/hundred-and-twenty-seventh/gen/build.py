#!/usr/bin/env python3
"""Rebuild the evaluation set (attack/, business/, staff.txt, MANIFEST.md) into the directory
above this script, then verify every message.  Deterministic: every random value comes from a
generator seeded with the message's file name.  Usage: python3 gen/build.py"""
import hashlib
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import kit, world, verify, manifest  # noqa: E402
import messages  # noqa: E402,F401  (registers all messages)

LANG_PLAN = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def expected_prefixes():
    out = []
    n = 1
    for lang, cnt in LANG_PLAN:
        for _ in range(cnt):
            out.append("%02d-%s-" % (n, lang))
            n += 1
    return out


def main():
    built = {"attack": [], "business": []}
    for kind, fname, fn in kit.REGISTRY:
        m = kit.Msg(kind, fname)
        eml = fn(m)
        built[kind].append((fname, m.meta, eml))
    for kind in built:
        built[kind].sort(key=lambda x: x[0])
        names = [f for f, _, _ in built[kind]]
        exp = expected_prefixes()
        if len(names) != 40:
            print("WARNING: %s has %d messages" % (kind, len(names)))
        for f, p in zip(names, exp):
            if not f.startswith(p):
                raise SystemExit("naming error in %s: %s (expected prefix %s)" % (kind, f, p))
    # write
    for kind in built:
        d = os.path.join(OUT, kind)
        os.makedirs(d, exist_ok=True)
        keep = set()
        for fname, meta, eml in built[kind]:
            keep.add(fname + ".eml")
            with open(os.path.join(d, fname + ".eml"), "wb") as f:
                f.write(eml)
        for old in os.listdir(d):
            if old.endswith(".eml") and old not in keep:
                os.remove(os.path.join(d, old))
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8", newline="\n") as f:
        for name, addr, office, role in world.STAFF:
            f.write("%s=%s\n" % (name, addr))
    # verify
    reports = {}
    failures = 0
    for kind in built:
        for fname, meta, eml in built[kind]:
            try:
                reports[(kind, fname)] = verify.verify_message(eml, meta)
            except verify.Fail as e:
                failures += 1
                print("FAIL", kind, e)
    if failures:
        raise SystemExit("%d message(s) failed verification" % failures)
    text = manifest.render(built, reports)
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    h = hashlib.sha256()
    for kind in ("attack", "business"):
        for fname, _, eml in built[kind]:
            h.update(eml)
    h.update(text.encode("utf-8"))
    print("built %d attack + %d business messages; all verified; digest %s" % (
        len(built["attack"]), len(built["business"]), h.hexdigest()[:16]))


if __name__ == "__main__":
    main()
