#!/usr/bin/env python3
"""Entry point: builds bench/held-out/hundred-and-second/{attack,business}/*.eml, staff.txt and
MANIFEST.md deterministically, then runs the checks in check.py."""
import email
import email.policy
import importlib
import io
import os
import struct
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common  # noqa: E402
import company  # noqa: E402

LANGS = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]
LANG_NAMES = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish",
              "es": "Spanish", "el": "Greek", "ru": "Russian"}


def load():
    for lang, _ in LANGS:
        importlib.import_module("m_" + lang)


def zip_info(data):
    zf = zipfile.ZipFile(io.BytesIO(data))
    names = [i.filename for i in zf.infolist()]
    enc = any(i.flag_bits & 1 for i in zf.infolist())
    return names, enc


def describe(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return "%s(%s)" % (ct.split("/")[1], ", ".join(describe(p) for p in part.iter_parts()))
    fn = part.get_filename()
    disp = part.get_content_disposition()
    if ct == "text/plain" and not fn:
        return "plain"
    if ct == "text/html" and not fn:
        return "html"
    label = {"application/pdf": "PDF", "image/png": "PNG", "text/html": "HTML",
             "image/svg+xml": "SVG", "application/zip": "ZIP", "application/x-zip-compressed": "ZIP",
             "application/xml": "XML", "text/calendar": "ICS"}.get(ct, ct)
    s = "%s %s" % (label, "«%s»" % fn if fn else "")
    if disp == "inline":
        s += " inline"
    if label == "ZIP":
        names, enc = zip_info(part.get_payload(decode=True))
        s += " [%s%s]" % ("ZipCrypto; " if enc else "", ", ".join(names))
    return s.strip()


def body_info(msg):
    first = None
    for p in msg.walk():
        if p.is_multipart():
            continue
        if p.get_content_type() == "text/plain" and not p.get_filename():
            first = p
            break
    if first is None:
        for p in msg.walk():
            if p.get_content_type() == "text/html" and not p.get_filename():
                first = p
                break
    return (first.get_content_charset() or "us-ascii"), (first.get("Content-Transfer-Encoding") or "7bit").lower()


def md(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def main():
    load()
    os.makedirs(ROOT, exist_ok=True)
    order = {l: i for i, (l, _) in enumerate(LANGS)}
    built = {}
    for kind in ("attack", "business"):
        items = sorted(common.REG[kind], key=lambda m: order[m["lang"]])
        for lang, n in LANGS:
            got = sum(1 for m in items if m["lang"] == lang)
            if got != n:
                print("WARNING: %s %s has %d messages (expected %d)" % (kind, lang, got, n))
        folder = os.path.join(ROOT, kind)
        os.makedirs(folder, exist_ok=True)
        for f in os.listdir(folder):
            if f.endswith(".eml"):
                os.remove(os.path.join(folder, f))
        for i, m in enumerate(items, 1):
            name = "%02d-%s-%s.eml" % (i, m["lang"], m["slug"])
            data = m["fn"]()
            with open(os.path.join(folder, name), "wb") as fh:
                fh.write(data)
            m["file"] = name
            m["data"] = data
        built[kind] = items

    # staff.txt
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for k, n, a, o, r in company.STAFF:
            fh.write("%s=%s\n" % (n, a))

    # MANIFEST.md
    slug2file = {}
    for kind in built:
        for m in built[kind]:
            slug2file[m["slug"]] = "%s/%s" % (kind, m["file"])
    out = []
    C = company.COMPANY
    out.append("# Blind evaluation set – Example Group mail gateway\n")
    out.append("## The company\n")
    out.append("**%s** (%s; domains `%s`, about %d mailboxes): %s. HQ %s. Offices:\n" % (
        C["name"], C["legal"], "`, `".join(C["domains"]), C["mailboxes"], C["trade"], C["hq"]))
    for cc, (city, postal, net) in company.OFFICES.items():
        out.append("- **%s** – %s – %s (office LAN %s)" % (cc, city, postal, net.replace(".%d", ".0/24")))
    out.append("")
    out.append("Inbound MX `mx01.example.com` (Postfix) is the top `Received` of every message; internal mail arrives from the Exchange Edge relay "
               "`mail-int01.example.com [10.20.0.25]` with the mailbox-server hop (`DEHQ-EX01/02.corp.example.com`, Exchange 2019) below it. "
               "No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present: SPF/DKIM/DMARC must be judged offline from the "
               "envelope (Return-Path), the connecting client in the mx01 line and the header From. Own bank accounts: "
               "Hamburger Sparkasse %s, Banco BPM %s, mBank %s, BBVA %s, Eurobank %s, Barclays %s; "
               "Russia: %s, р/с %s, БИК %s.\n" % (
                   company.BANK["eg_de"], company.BANK["eg_it"], company.BANK["eg_pl"], company.BANK["eg_es"],
                   company.BANK["eg_gr"], company.BANK["eg_uk"], company.RU["eg_ru"]["bank"], company.RU["eg_ru"]["rs"],
                   company.RU["eg_ru"]["bik"]))
    out.append("## Staff (staff.txt)\n")
    out.append("| Name | Address | Office | Role |")
    out.append("|---|---|---|---|")
    for k, n, a, o, r in company.STAFF:
        out.append("| %s | %s | %s | %s |" % (md(n), a, company.OFFICES[o][0], md(r)))
    out.append("\nShared/functional mailboxes referenced: `rechnungseingang@example.com` (AP inbox), `alle-hamburg@example.com` (distribution list), "
               "`alle-valencia@example.com`, `poznan@example.com`.\n")
    out.append("## Correspondents\n")
    out.append("| Organisation | Country | Relationship | Addresses | Mail infrastructure |")
    out.append("|---|---|---|---|---|")
    for org, cc, rel, people, infra_note in company.CORRESPONDENTS:
        ppl = "<br>".join("%s <%s>" % (md(n), a) for n, a in people)
        out.append("| %s | %s | %s | %s | %s |" % (md(org), cc, md(rel), ppl, md(infra_note)))
    out.append("\nLook-alike / attacker domains used in the attack set (none belongs to a correspondent): examplegroup-eu.com, lieferant-gmbh.com, "
               "brackleyfreshfoods.co.uk, ferretti-trasporti.com, exarnple.com, sever-holod.ru and the impersonation domains listed per message.\n")
    for kind, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        out.append("## %s\n" % title)
        out.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |" % ("attack" if kind == "attack" else "genuine"))
        out.append("|---|---|---|---|---|---|---|")
        for m in built[kind]:
            msg = email.message_from_bytes(m["data"], policy=email.policy.default)
            cs, cte = body_info(msg)
            st = describe(msg)
            out.append("| %s | %s | %s | %s | %s | %s | %s |" % (m["file"], m["lang"], cs, cte, md(st), md(m["what"]), md(m["why"])))
        out.append("")
    out.append("## Notes\n")
    out.append("### Hard negatives (genuine messages on the same topic as specific attacks)\n")
    out.append("| Business message | Hard negative of attack(s) |")
    out.append("|---|---|")
    for m in built["business"]:
        if m["hn"]:
            out.append("| business/%s | %s |" % (m["file"], ", ".join(slug2file[s] for s in m["hn"])))
    out.append("")
    out.append(open(os.path.join(HERE, "notes.md"), encoding="utf-8").read())
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")

    counts = {}
    for kind in built:
        for m in built[kind]:
            counts.setdefault(kind, {}).setdefault(m["lang"], 0)
            counts[kind][m["lang"]] += 1
    print("built:", {k: dict(v) for k, v in counts.items()})
    import check
    ok = check.run(ROOT)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
