#!/usr/bin/env python3
"""Rebuild the evaluation set (attack/, business/, staff.txt, MANIFEST.md) in
the directory above this script, then verify every message.

    python3 gen/build.py            build + verify
    python3 gen/build.py --check    verify only (rebuild in memory, compare with files on disk)
"""
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import msg, manifest, verify, org  # noqa: E402
import msgs.de, msgs.en, msgs.it, msgs.pl, msgs.es, msgs.el, msgs.ru  # noqa: E402,F401

OUT = os.path.dirname(HERE)


def generate():
    results = []
    for kind, file, fn in msg.REGISTRY:
        m = fn()
        if m.file != file or m.kind != kind:
            raise SystemExit("registry mismatch for %s" % file)
        if m.eml is None:
            raise SystemExit("%s produced no message" % file)
        results.append(m)
    order = {"attack": 0, "business": 1}
    results.sort(key=lambda m: (order[m.kind], m.file))
    return results


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def main():
    check_only = "--check" in sys.argv
    results = generate()
    errors = verify.check_set(results) + verify.check_tax_ids(org.OFFICES, org.CORR)
    for m in results:
        m.auto_facts = verify.extract_facts(getattr(m, "bodytext", "") + "\n" + "\n".join(getattr(m, "qr_decoded", [])))
    files = {}
    for m in results:
        files[os.path.join(m.kind, m.file)] = m.eml
    files["staff.txt"] = manifest.staff_txt().encode("utf-8")
    files["MANIFEST.md"] = manifest.build(results).encode("utf-8")
    if check_only:
        diff = [p for p, d in files.items()
                if not os.path.exists(os.path.join(OUT, p)) or open(os.path.join(OUT, p), "rb").read() != d]
        if diff:
            print("differs from disk:", *diff, sep="\n  ")
            return 1
    else:
        for kind in ("attack", "business"):
            d = os.path.join(OUT, kind)
            if os.path.isdir(d):
                for f in os.listdir(d):
                    if f.endswith(".eml") and os.path.join(kind, f) not in files:
                        os.remove(os.path.join(d, f))
        for p, d in files.items():
            write(os.path.join(OUT, p), d)
    n_att = sum(1 for m in results if m.kind == "attack")
    n_bus = sum(1 for m in results if m.kind == "business")
    if errors:
        print("VERIFICATION FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    nqr = sum(len(m.qr) for m in results)
    nfacts = sum(len(m.facts) + len(m.auto_facts) for m in results)
    print("built %d attack + %d business messages into %s; verified: MIME, attachments, %d QR codes, %d facts, check digits OK"
          % (n_att, n_bus, OUT, nqr, nfacts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
