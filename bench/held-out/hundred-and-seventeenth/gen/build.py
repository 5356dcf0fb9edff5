#!/usr/bin/env python3
"""Rebuild the evaluation set (attack/, business/, staff.txt, MANIFEST.md)
into the directory above gen/, then verify every message.

    python3 gen/build.py            # build + verify
    python3 gen/build.py --check    # verify the existing files only

Deterministic: every random value comes from random.Random(<file name>).
Python 3 standard library only."""

import os
import random
import shutil
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import kit, manifest, verify  # noqa: E402
import msgs  # noqa: E402,F401  (registers all messages)

EXPECTED_LANGS = manifest.LANG_ORDER


def build(only_check=False):
    results = []
    seen = set()
    for folder, name, fn in kit.REGISTRY:
        if (folder, name) in seen:
            raise SystemExit("duplicate " + name)
        seen.add((folder, name))
    items = sorted(kit.REGISTRY, key=lambda x: (x[0] != "attack", x[1]))
    for folder in ("attack", "business"):
        names = [n for f, n, _ in items if f == folder]
        if len(names) != 40:
            print("WARNING: %s has %d messages" % (folder, len(names)))
        for i, n in enumerate(names):
            if n[:2] != "%02d" % (i + 1) or (len(names) == 40 and n.split("-")[1] != EXPECTED_LANGS[i]):
                print("WARNING: naming/order problem: %s/%s" % (folder, n))
    if not only_check:
        for folder in ("attack", "business"):
            d = os.path.join(ROOT, folder)
            if os.path.isdir(d):
                shutil.rmtree(d)
            os.makedirs(d)
    for folder, name, fn in items:
        rng = random.Random(name)
        res = fn(rng)
        path = os.path.join(ROOT, folder, name)
        if only_check:
            with open(path, "rb") as fh:
                if fh.read() != res.raw:
                    print("DIFFERS: %s/%s" % (folder, name))
        else:
            with open(path, "wb") as fh:
                fh.write(res.raw)
        results.append((folder, name, res))
    facts = {}
    bad = 0
    for folder, name, res in results:
        meta = dict(passwords=res.passwords, phones=res.phones, wallets=res.wallets, qr=res.qr)
        f = verify.verify_message(name, res.raw, meta)
        facts[(folder, name)] = f
        if f["problems"]:
            bad += 1
            print("FAIL %s/%s:" % (folder, name))
            for p in f["problems"]:
                print("   - " + p)
    staff = manifest.staff_txt()
    man = manifest.build(results, facts)
    if not only_check:
        with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(staff)
        with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(man)
    n_qr = sum(len(f["qr"]) for f in facts.values())
    n_iban = sum(len(f["ibans"]) for f in facts.values())
    n_ids = sum(len(f["ids"]) for f in facts.values())
    print("%d messages (%d attack, %d business); %d QR codes decoded; %d IBAN/RF and %d tax IDs checked; %d with problems" % (
        len(results), sum(1 for r in results if r[0] == "attack"), sum(1 for r in results if r[0] == "business"),
        n_qr, n_iban, n_ids, bad))
    return bad == 0


if __name__ == "__main__":
    ok = build(only_check="--check" in sys.argv)
    sys.exit(0 if ok else 1)
