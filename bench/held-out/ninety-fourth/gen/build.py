#!/usr/bin/env python3
"""Entry point: writes ../{attack,business}/*.eml, staff.txt and
MANIFEST.md, then re-parses every message with the stdlib email package."""

import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import checks as C          # noqa: E402
import world as W           # noqa: E402
import manifest as MF       # noqa: E402

MODULES = ["msgs_de_attack", "msgs_en_attack", "msgs_it_attack", "msgs_pl_attack", "msgs_es_attack",
           "msgs_el_attack", "msgs_ru_attack",
           "msgs_de_business", "msgs_en_business", "msgs_it_business", "msgs_pl_business",
           "msgs_es_business", "msgs_el_business", "msgs_ru_business"]

LANG_ORDER = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def expected_langs():
    out = []
    for lang, k in LANG_ORDER:
        out += [lang] * k
    return out


def collect():
    mails = {"attack": [], "business": []}
    for mod in MODULES:
        m = __import__(mod)
        for x in m.MAILS:
            mails[x.folder].append(x)
    return mails


def validate(path, data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    if msg.defects:
        problems.append("defects %r" % msg.defects)
    recs = msg.get_all("Received")
    if not recs or "by mx01.example.com (Postfix)" not in recs[0]:
        problems.append("top Received is not mx01")
    if not msg["Return-Path"]:
        problems.append("no Return-Path")
    for h in ("Authentication-Results", "DKIM-Signature", "ARC-Seal", "ARC-Message-Signature",
              "ARC-Authentication-Results", "X-Spam-Status", "X-Spam-Flag", "X-Spam-Score"):
        if msg[h]:
            problems.append("forbidden header " + h)
    for k, v in msg.items():
        str(v)
    for part in msg.walk():
        if part.defects:
            problems.append("part defects %r" % part.defects)
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                payload.decode(cs)
                part.get_content()
            except Exception as ex:  # noqa: BLE001
                problems.append("text part %s does not decode as %s: %s" % (part.get_content_type(), cs, ex))
        fn = part.get_filename()
        if part.get_content_disposition() == "attachment" and not fn:
            problems.append("attachment without filename")
    # every IBAN-looking token must pass mod-97
    txt = "\n".join(p.get_content() for p in msg.walk()
                    if not p.is_multipart() and p.get_content_maintype() == "text")
    for ib in re.findall(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b", txt):
        cand = ib.replace(" ", "")
        if cand[:2] in ("DE", "IT", "PL", "ES", "GR", "GB", "LT", "BE", "SK") and not C.iban_valid(cand):
            problems.append("bad IBAN " + ib)
    for a in re.findall(r"\bbc1q[02-9ac-hj-np-z]{38,58}\b", txt):
        if not C.bech32_valid(a):
            problems.append("bad bech32 " + a)
    return problems


def main():
    mails = collect()
    exp = expected_langs()
    bad = 0
    for folder in ("attack", "business"):
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
        lst = sorted(mails[folder], key=lambda m: m.n)
        assert [m.n for m in lst] == list(range(1, 41)), (folder, [m.n for m in lst])
        assert [m.lang for m in lst] == exp, (folder, [m.lang for m in lst])
        for m in lst:
            data = m.build()
            p = os.path.join(d, m.fname)
            with open(p, "wb") as fh:
                fh.write(data)
            probs = validate(p, data)
            if probs:
                bad += 1
                print("PROBLEM", p, probs)
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8") as fh:
        for k in W.STAFF_ORDER:
            n, a, _, _ = W.STAFF[k]
            fh.write("%s=%s\n" % (n, a))
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write(MF.render(mails))
    n_ok = sum(len(v) for v in mails.values()) - bad
    print("wrote %d attack + %d business messages; %d parsed cleanly" % (
        len(mails["attack"]), len(mails["business"]), n_ok))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
