#!/usr/bin/env python3
"""Rebuild the Example Group evaluation set (attack/, business/, staff.txt, MANIFEST.md)
into the directory above this script, then verify every message.

    python3 gen/build.py            build + verify
    python3 gen/build.py --no-verify

Deterministic: every random value comes from a generator seeded with the message's
file name; running the build twice gives byte-identical files.
"""
import html
import os
import re
import sys

sys.dont_write_bytecode = True  # keep the set free of cache files

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from egen import manifest, verify, world  # noqa: E402
from egen.msgs import ALL  # noqa: E402


BARE = re.compile(r"(?<![/\w@.])(www\.[a-z0-9.-]+\.[a-z]{2,}(?:/[^\s<>\"]*)?)", re.I)


def add_bare_web_addresses(m):
    """Record web addresses written without a scheme (signatures, footers) as URL facts."""
    texts = []
    for p in m.root.walk():
        if p.text is not None:
            texts.append(html.unescape(p.text))
        elif p.inner_bytes:
            texts.append(p.inner_bytes.decode("utf-8", "replace"))
    texts += [t for _, t in getattr(m, "texts", [])]
    listed = set(v for v, _ in m.facts["URL"])
    for t in texts:
        for c in BARE.findall(t):
            c = c.rstrip(".,;)")
            if c not in listed:
                listed.add(c)
                m.fact("URL", c, "web address written without a link (signature / footer)")


def main():
    msgs = []
    for fn in ALL:
        m = fn()
        msgs.append(m)
    names = {}
    for m in msgs:
        key = (m.folder, m.nn)
        if key in names:
            raise SystemExit("duplicate number %s" % (key,))
        names[key] = m
    msgs.sort(key=lambda m: (m.folder, m.nn))
    for m in msgs:
        add_bare_web_addresses(m)
    for folder in ("attack", "business"):
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        keep = set(m.fname for m in msgs if m.folder == folder)
        for f in os.listdir(d):
            if f.endswith(".eml") and f not in keep:
                os.remove(os.path.join(d, f))
    for m in msgs:
        data = m.render()
        with open(os.path.join(OUT, m.folder, m.fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8", newline="\n") as fh:
        for n, a, *_ in world.STAFF:
            fh.write("%s=%s\n" % (n, a))
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(manifest.write(msgs))
    print("built %d messages into %s" % (len(msgs), OUT))
    if "--no-verify" in sys.argv:
        return 0
    rep = verify.run(OUT, msgs)
    print("verified %d messages: %d QR codes decoded (own decoder), zbarimg cross-checks png=%d pdf=%d, "
          "%d IBAN facts, %d identifiers, qpdf checks %s" % (
              rep["messages"], rep["qr"], rep["zbar_png"], rep["zbar_pdf"], rep["iban"], rep["ids"], rep.get("qpdf", "n/a")))
    if rep["errors"]:
        for e in rep["errors"]:
            print("ERROR:", e)
        print("VERIFICATION FAILED (%d errors)" % len(rep["errors"]))
        return 1
    print("VERIFICATION PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
