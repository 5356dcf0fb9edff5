#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt, MANIFEST.md
under the parent directory of gen/, then runs verify.py.  Deterministic."""

import importlib
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import manifest  # noqa: E402
import org  # noqa: E402

LANGS = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def collect(prefix):
    out = []
    for lang, n in LANGS:
        modname = "%s_%s" % (prefix, lang)
        try:
            mod = importlib.import_module(modname)
        except ModuleNotFoundError as e:
            if e.name == modname and os.environ.get("ALLOW_PARTIAL"):
                print("  (skipping missing module %s)" % modname)
                continue
            raise
        msgs = [f() for f in mod.MESSAGES]
        if len(msgs) != n and not os.environ.get("ALLOW_PARTIAL"):
            raise SystemExit("%s: expected %d messages, got %d" % (modname, n, len(msgs)))
        out.extend(msgs)
    return out


def write(folder, msgs):
    d = os.path.join(ROOT, folder)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    for i, m in enumerate(msgs, 1):
        m.num = i
        m.fname = "%02d-%s-%s.eml" % (i, m.lang, m.slug)
        with open(os.path.join(d, m.fname), "wb") as f:
            f.write(m.raw)


def main():
    attacks = collect("attack")
    business = collect("biz")
    slugs = [m.slug for m in attacks + business]
    dup = {s for s in slugs if slugs.count(s) > 1}
    assert not dup, "duplicate slugs: %s" % dup
    write("attack", attacks)
    write("business", business)
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        for _, name, addr, _, _, _ in org.STAFF:
            f.write("%s=%s\n" % (name, addr))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write(manifest.render(attacks, business))
    print("wrote %d attack and %d business messages" % (len(attacks), len(business)))
    import verify
    ok = verify.run(ROOT, attacks, business)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
