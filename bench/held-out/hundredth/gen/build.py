#!/usr/bin/env python3
"""Entry point: builds the evaluation corpus deterministically.

    python3 gen/build.py

Writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md next to gen/.
Python 3 standard library only; no network; no current time; all randomness
comes from RNGs seeded with the message file name.
"""
import os
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import infra  # noqa: E402
from lib.systems import compose  # noqa: E402
from lib.company import STAFF  # noqa: E402
import msgs  # noqa: E402
import manifest  # noqa: E402

LANG_ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]
EXPECTED = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}


def body_info(root):
    cs, ctes = [], []
    for p in root.walk():
        if p.is_multipart() or p.filename:
            continue
        if p.ctype.startswith("text/"):
            c = (p.charset or "us-ascii").lower()
            if c not in cs:
                cs.append(c)
            t = {"quoted-printable": "QP"}.get(p.cte, p.cte or "7bit")
            if t not in ctes:
                ctes.append(t)
    return ", ".join(cs), ", ".join(ctes)


def build():
    rows = {"attack": [], "business": []}
    for folder in rows:
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    entries = sorted(msgs.REG, key=lambda e: (e[0], e[1]))
    for folder in rows:
        sub = [e for e in entries if e[0] == folder]
        # check numbering and language order
        nums = [e[1] for e in sub]
        assert nums == list(range(1, 41)), (folder, nums)
        langs = [e[2] for e in sub]
        expect = [l for l in LANG_ORDER for _ in range(EXPECTED[l])]
        assert langs == expect, (folder, langs)
    for folder, num, lang, slug, fn in entries:
        fid = "%02d-%s-%s" % (num, lang, slug)
        r = infra.R(fid + "/body")
        spec = fn(r)
        spec["id"] = fid
        ms = int(spec["dt"].timestamp() * 1000) - 3000 - (num * 37) % 900
        for p in spec["root"].walk():
            if p.boundary and re.match(r"^----=_Part_\d+_\d+\.\d{13}$", p.boundary):
                p.boundary = p.boundary[:-13] + str(ms)
        spec["has_attach"] = any(p.filename and (p.disposition or "attachment") == "attachment" for p in spec["root"].walk())
        message, _ = compose(spec)
        data = message.render()
        path = os.path.join(ROOT, folder, fid + ".eml")
        with open(path, "wb") as fh:
            fh.write(data)
        cs, cte = body_info(spec["root"])
        rows[folder].append({
            "file": fid + ".eml", "lang": lang, "charset": cs, "cte": cte,
            "structure": spec["root"].describe(), "what": spec["what"], "why": spec["why"],
            "pair": spec.get("pair"), "from": spec["frm"], "system": spec["system"], "num": num,
            "zip_password": [p.zip_password for p in spec["root"].walk() if p.zip_password],
        })
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for k, (name, addr, office, role) in STAFF.items():
            fh.write("%s=%s\n" % (name, addr))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write(manifest.render(rows))
    return rows


if __name__ == "__main__":
    rows = build()
    for folder, rs in rows.items():
        print("%s: %d messages" % (folder, len(rs)))
