#!/usr/bin/env python3
"""Build the blind evaluation set: attack/, business/, MANIFEST.md, staff.txt (deterministic, stdlib only)."""
import os, sys, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import tpl
from mimelib import auto_html
from msgbuild import build
from world import STAFF, OFFICES, CLIENTS, OTHERS
from attacks import A
from business import B

LANGS = ["de", "en", "it", "pl", "es", "el", "ru"]
LANG_NAME = dict(de="German", en="English", it="Italian", pl="Polish", es="Spanish", el="Greek", ru="Russian")
LANG_TAG = dict(de="DE", en="EN-GB", it="IT", pl="PL", es="ES", el="EL", ru="RU")

def prep(sp):
    sp = dict(sp)
    sp["from"] = sp.pop("frm")
    if sp.get("html") == "auto":
        if sp["mailer"] in ("outlook", "internal"):
            sp["html"] = tpl.outlook_html(sp["text"], LANG_TAG[sp["lang"]])
        elif sp["mailer"] in ("gmail", "yahoo"):
            sp["html"] = tpl.simple_html(sp["text"])
        else:
            sp["html"] = auto_html(sp["text"])
    return sp

def describe_charset(sp):
    s = "%s (%s)" % (sp["charset"].lower(), sp["cte"])
    parts = []
    if sp.get("text") is not None or sp.get("text_from_html"):
        parts.append("text")
    if sp.get("html"):
        parts.append("html")
    s += ", " + "+".join(parts)
    if sp.get("attachments"):
        s += ", att: " + ", ".join(a[0] for a in sp["attachments"])
    return s

def main():
    for d in ("attack", "business"):
        p = os.path.join(ROOT, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    rows = {"attack": [], "business": []}
    for kind, specs in (("attack", A), ("business", B)):
        for sp in specs:
            sp = prep(sp)
            raw = build(sp)
            fn = sp["name"] + ".eml"
            with open(os.path.join(ROOT, kind, fn), "wb") as f:
                f.write(raw)
            rows[kind].append((fn, LANG_NAME[sp["lang"]], describe_charset(sp), sp["desc"]))
    # staff.txt
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        for k, n, a, o, r in STAFF:
            f.write("%s=%s\n" % (n, a))
    # manifest
    m = []
    m.append("# Example Group – blind evaluation set for the mail gateway\n")
    m.append("## The company\n")
    m.append("**Example Group** (domains `example.com` and `examplegroup.eu`, ~700 mailboxes) is a European accounting, audit, "
             "payroll-outsourcing and tax-advisory firm (Steuerberatung / Wirtschaftsprüfung). It keeps the books and runs payroll "
             "for hundreds of small and mid-sized client companies, files their tax and VAT returns, audits their accounts and "
             "holds client money on escrow/trust accounts (Treuhandkonten). HQ is in Munich; offices in Milan, Warsaw, Madrid, "
             "Athens (Marousi), London and Moscow.\n")
    m.append("Inbound mail arrives at `mx01.example.com`; mail between colleagues is relayed by the internal Exchange "
             "organisation through `mail-int01.example.com [10.20.0.25]`.\n")
    m.append("### Offices\n")
    for k, v in OFFICES.items():
        m.append("- **%s** – %s" % (k, v))
    m.append("\n### Staff\n")
    m.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for k, n, a, o, r in STAFF:
        m.append("| %s | %s | %s | %s |" % (n, a, o, r))
    m.append("\n### Clients and correspondents\n")
    for n, adr, c in CLIENTS:
        m.append("- **%s**, %s – %s" % (n, adr, c))
    for o in OTHERS:
        m.append("- %s" % o)
    m.append("\nAll IBANs carry valid ISO 13616 check digits (national check digits too for IT/ES/PL); Russian accounts carry a "
             "valid control key for their BIK. Attachments are hand-built minimal PDF/DOCX/XLSX/ZIP/SVG/HTML files; the "
             "'malware' inside ZIPs is an inert text placeholder with a dangerous file name. Rebuild with `python3 gen/build.py`; sanity checks: `python3 gen/check.py`.\n")
    for kind, title in (("attack", "Attack half (should NOT be delivered plainly)"), ("business", "Business half (must be delivered)")):
        m.append("\n## %s – `%s/`\n" % (title, kind))
        m.append("| File | Language | Charset / structure | What it is |\n|---|---|---|---|")
        for fn, lang, cs, desc in rows[kind]:
            m.append("| %s | %s | %s | %s |" % (fn, lang, cs, desc.replace("|", "/")))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(m) + "\n")
    print("wrote %d attack and %d business messages" % (len(rows["attack"]), len(rows["business"])))

if __name__ == "__main__":
    main()
