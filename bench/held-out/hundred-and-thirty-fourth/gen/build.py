#!/usr/bin/env python3
"""Rebuild the evaluation set (attack/, business/, staff.txt, MANIFEST.md)
into the directory above gen/, then verify every message.

Usage: python3 gen/build.py
Python 3 standard library only. Deterministic: byte-identical output on
every run."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from ex import manifest, verify, world  # noqa: E402
from ex import (msgs_de, msgs_el, msgs_en, msgs_es, msgs_it, msgs_pl,  # noqa: E402
                msgs_ru)

LANG_PLAN = [("de", 8, msgs_de), ("en", 8, msgs_en), ("it", 5, msgs_it), ("pl", 5, msgs_pl),
             ("es", 5, msgs_es), ("el", 5, msgs_el), ("ru", 4, msgs_ru)]
NAME_RE = re.compile(r"^(\d\d)-(de|en|it|pl|es|el|ru)-[a-z0-9]+(?:-[a-z0-9]+)*\.eml$")


def build_all():
    msgs = []
    for kind in ("attack", "business"):
        n = 0
        for lang, count, mod in LANG_PLAN:
            funcs = getattr(mod, kind.upper())
            if len(funcs) != count:
                raise SystemExit("%s/%s: expected %d messages, got %d" % (kind, lang, count, len(funcs)))
            for fn in funcs:
                n += 1
                m = fn()
                mm = NAME_RE.match(m.file)
                if not mm or int(mm.group(1)) != n or mm.group(2) != lang or m.kind != kind or m.lang != lang:
                    raise SystemExit("bad file name/order: %s (expected %02d-%s, %s)" % (m.file, n, lang, kind))
                msgs.append(m)
    return msgs


def main():
    msgs = build_all()
    for kind in ("attack", "business"):
        d = os.path.join(OUT, kind)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for m in msgs:
        with open(os.path.join(OUT, m.kind, m.file), "wb") as fh:
            fh.write(m.raw)
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8") as fh:
        for name, addr, _, _ in world.STAFF:
            fh.write("%s=%s\n" % (name, addr))
    # verification (re-read from disk)
    facts = {}
    errors = 0
    for m in msgs:
        with open(os.path.join(OUT, m.kind, m.file), "rb") as fh:
            assert fh.read() == m.raw
        try:
            facts[m.file] = verify.verify_message(m)
        except Exception as e:  # report all failures, then exit non-zero
            errors += 1
            print("VERIFY FAIL %s/%s: %s: %s" % (m.kind, m.file, type(e).__name__, e))
    # identifiers of the world
    from ex import ids
    for cc, o in world.OFFICES.items():
        if o.get("iban"):
            assert verify._iban_ok(o["iban"]), o["iban"]
    assert ids.de_ustid_valid(world.OFFICES["DE"]["tax"]) and ids.it_piva_valid(world.OFFICES["IT"]["tax"])
    assert ids.pl_nip_valid(world.OFFICES["PL"]["tax"]) and ids.es_cif_valid(world.OFFICES["ES"]["tax"])
    assert ids.gr_afm_valid(world.OFFICES["GR"]["tax"]) and ids.gb_vat_valid(world.OFFICES["GB"]["tax"])
    assert ids.ru_inn10_valid(world.OFFICES["RU"]["tax"]) and ids.ru_inn10_valid(world.KOVCHEG["inn"])
    assert ids.ru_account_valid(world.OFFICES["RU"]["bic"], world.OFFICES["RU"]["account"])
    assert ids.ru_corr_valid(world.KOVCHEG["bik"], world.KOVCHEG["corr"])
    staff_addrs = [a for _, a, _, _ in world.STAFF]
    assert len(set(staff_addrs)) == len(staff_addrs)
    if errors:
        raise SystemExit("%d message(s) failed verification" % errors)
    manifest.write(os.path.join(OUT, "MANIFEST.md"), msgs, facts)
    print("built and verified %d attack + %d business messages in %s" % (
        sum(1 for m in msgs if m.kind == "attack"), sum(1 for m in msgs if m.kind == "business"), OUT))


if __name__ == "__main__":
    main()
