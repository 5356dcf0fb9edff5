#!/usr/bin/env python3
"""Rebuild the evaluation set (attack/, business/, staff.txt, MANIFEST.md) next to gen/ and verify it.

Usage: python3 gen/build.py            (from anywhere; paths are relative to this script)
Python 3 standard library only. Deterministic: running it twice gives byte-identical files.
"""
import importlib
import os
import shutil
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import company as C  # noqa: E402
from lib import infra, manifest, util, verify  # noqa: E402

infra.DMARC_POLICY.update(C.DMARC)

MODULES = ["msgs.a_de", "msgs.a_en", "msgs.a_it", "msgs.a_pl", "msgs.a_es", "msgs.a_el", "msgs.a_ru",
           "msgs.b_de", "msgs.b_en", "msgs.b_it", "msgs.b_pl", "msgs.b_es", "msgs.b_el", "msgs.b_ru"]

LANG_PLAN = [("de", 1, 8), ("en", 9, 16), ("it", 17, 21), ("pl", 22, 26), ("es", 27, 31), ("el", 32, 36), ("ru", 37, 40)]


def check_plan(records):
    for folder in ("attack", "business"):
        recs = [r for r in records if r["folder"] == folder]
        if len(recs) != 40:
            raise SystemExit("%s: %d messages, expected 40" % (folder, len(recs)))
        nums = sorted(int(r["name"][:2]) for r in recs)
        if nums != list(range(1, 41)):
            raise SystemExit("%s: numbering is not 01-40" % folder)
        for r in recs:
            n = int(r["name"][:2])
            lang = [l for l, a, b in LANG_PLAN if a <= n <= b][0]
            if r["lang"] != lang or r["name"][3:5] != lang:
                raise SystemExit("%s/%s: language does not match plan (%s)" % (folder, r["name"], lang))


def check_company():
    e = C.ENT
    assert util.de_vat_valid(e["DE"]["vat"])
    assert util.gb_vat_valid(e["UK"]["vat"])
    assert util.ru_account_valid(e["RU"]["bic"], e["RU"]["acct"])
    assert util.ru_corr_valid(e["RU"]["bic"], e["RU"]["corr"])
    assert util.ru_account_valid(C.EXPOSVET["bic"], C.EXPOSVET["acct"])
    for code in ("DE", "IT", "PL", "ES", "GR", "UK"):
        assert util.iban_valid(e[code]["iban"]), code
    for d in (C.LIEF["bank_old"][2], C.LIEF["bank_new"][2], C.FERR["bank"][2], C.PLOG["bank"][2], C.BRIGHT["bank"][2]):
        assert util.iban_valid(d)
    for n, a, _, _ in C.STAFF.values():
        assert a.split("@")[1] in ("example.com", "examplegroup.eu")
        assert all(ord(ch) < 128 for ch in a)


def main():
    check_company()
    records = []
    dev = os.environ.get("AUDIT_DEV")
    for modname in MODULES:
        if dev and not os.path.exists(os.path.join(HERE, *modname.split(".")) + ".py"):
            continue
        mod = importlib.import_module(modname)
        for fn in mod.MESSAGES:
            records.append(fn())
    records.sort(key=lambda r: (r["folder"] != "attack", r["name"]))
    if not dev:
        check_plan(records)
    for folder in ("attack", "business"):
        d = os.path.join(OUT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for rec in records:
        with open(os.path.join(OUT, rec["folder"], rec["name"] + ".eml"), "wb") as fh:
            fh.write(rec["eml"])
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8", newline="\n") as fh:
        for n, a, _, _ in C.STAFF.values():
            fh.write("%s=%s\n" % (n, a))
    # verification (reads the files back from disk)
    results = {}
    errors = []
    for rec in records:
        with open(os.path.join(OUT, rec["folder"], rec["name"] + ".eml"), "rb") as fh:
            raw = fh.read()
        try:
            results[rec["name"] + rec["folder"]] = verify.verify_record(rec, raw)
        except Exception as exc:  # report all problems, then fail
            errors.append("%s/%s: %s: %s" % (rec["folder"], rec["name"], type(exc).__name__, exc))
    if errors:
        for e in errors:
            print("VERIFY FAILED:", e)
        raise SystemExit(1)
    hard = []
    for rec in records:
        if rec["folder"] == "business" and rec.get("hard_neg"):
            hn = rec["hard_neg"]
            hard.append([rec["name"] + ".eml", ", ".join(a + ".eml" for a in hn[0]), hn[1], hn[2]])
    for rec in records:
        rec["_res"] = results[rec["name"] + rec["folder"]]
    text = manifest.write(records, {(r["folder"], r["name"]): r["_res"] for r in records}, hard)
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    n_qr = sum(len(r["qr"]) for r in records)
    n_iban = sum(len(r["_res"]["ibans"]) for r in records)
    print("built %d attack + %d business messages into %s" % (
        sum(1 for r in records if r["folder"] == "attack"), sum(1 for r in records if r["folder"] == "business"), OUT))
    print("verified: all messages parse and decode; %d QR codes decoded to their payloads; %d IBANs pass mod-97" % (
        n_qr, n_iban))


if __name__ == "__main__":
    main()
