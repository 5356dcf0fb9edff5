#!/usr/bin/env python3
"""Entry point: python3 gen/build.py  (writes attack/, business/, staff.txt,
MANIFEST.md next to gen/ and verifies every message)."""
import email
import email.policy
import importlib
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import banking  # noqa: E402
from common import COMPANY, STAFF, CORRESPONDENTS  # noqa: E402
from render import render  # noqa: E402

LANGS = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def load(folder_prefix):
    out = []
    for lang, n in LANGS:
        mod = importlib.import_module("%s_%s" % (folder_prefix, lang))
        msgs = mod.messages()
        if len(msgs) != n:
            raise SystemExit("%s_%s: expected %d messages, got %d" % (folder_prefix, lang, n, len(msgs)))
        for m in msgs:
            if m.lang != lang:
                raise SystemExit("language mismatch in " + m.slug)
        out += msgs
    return out


def md(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")


def verify(path, data, mail):
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Return-Path"):
        if msg[h] is None:
            problems.append("missing " + h)
        else:
            str(msg[h])
    rcv = msg.get_all("Received")
    if not rcv or "by mx01.example.com (Postfix)" not in str(rcv[0]):
        problems.append("top Received is not mx01")
    for bad in ("Authentication-Results", "DKIM-Signature", "ARC-Seal", "ARC-Message-Signature",
                "ARC-Authentication-Results", "X-Spam-Status", "X-Spam-Flag", "X-Spam-Score"):
        if msg[bad] is not None:
            problems.append("forbidden header " + bad)
    if msg.defects:
        problems.append("defects: %r" % msg.defects)
    texts = []
    for part in msg.walk():
        if part.defects:
            problems.append("part defects: %r" % part.defects)
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            cs = part.get_content_charset()
            try:
                texts.append(payload.decode(cs, errors="strict"))
                part.get_content()
            except Exception as e:  # noqa
                problems.append("text part does not decode (%s): %s" % (cs, e))
        elif part.get_filename() is not None:
            fn = part.get_filename()
            if ctype in ("text/html", "image/svg+xml", "text/calendar"):
                texts.append(payload.decode("utf-8"))
            if ctype == "application/pdf":
                with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
                    f.write(payload)
                    f.flush()
                    r = subprocess.run(["pdftotext", "-q", f.name, "-"], capture_output=True)
                    if r.returncode != 0 or not r.stdout.strip():
                        problems.append("pdf %s not readable" % fn)
                    else:
                        texts.append(r.stdout.decode("utf-8", "replace"))
            if ctype == "application/zip":
                zf = zipfile.ZipFile(io.BytesIO(payload))
                att = [a for a in mail.atts if a.filename == fn][0]
                pw = getattr(att, "zip_password", None)
                for zi in zf.infolist():
                    zf.read(zi, pwd=pw.encode() if pw else None)
            if ctype == "image/png" and hasattr([a for a in mail.atts if a.filename == fn][0], "qr_text"):
                att = [a for a in mail.atts if a.filename == fn][0]
                with tempfile.NamedTemporaryFile(suffix=".png") as f:
                    f.write(payload)
                    f.flush()
                    r = subprocess.run(["zbarimg", "-q", "--raw", f.name], capture_output=True)
                    if r.returncode == 2 or r.returncode == 127:
                        pass
                    elif r.stdout.decode().strip() != att.qr_text:
                        problems.append("QR %s does not decode to %r (got %r)" % (fn, att.qr_text, r.stdout))
    # IBAN checks in all readable text
    for t in texts:
        for m in IBAN_RE.finditer(t):
            cand = m.group(1).replace(" ", "")
            if cand[:2] in ("DE", "IT", "ES", "PL", "GR", "GB", "LT", "FR", "NL", "BE", "PT", "IE", "LV", "EE", "CY", "AT", "HR", "BG", "RO", "CZ", "SK", "HU") and 15 <= len(cand) <= 34:
                if not banking.iban_valid(cand):
                    problems.append("invalid IBAN " + cand)
    return problems


def write_folder(folder, mails):
    d = os.path.join(ROOT, folder)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.endswith(".eml"):
            os.remove(os.path.join(d, f))
    rows = []
    allprob = 0
    for i, m in enumerate(mails, 1):
        fn = "%02d-%s-%s.eml" % (i, m.lang, m.slug)
        data, meta = render(m)
        with open(os.path.join(d, fn), "wb") as f:
            f.write(data)
        probs = verify(fn, data, m)
        for p in probs:
            print("PROBLEM %s/%s: %s" % (folder, fn, p))
        allprob += len(probs)
        rows.append((fn, m, meta))
    return rows, allprob


def main():
    attacks = load("att")
    business = load("biz")
    slugs = {}
    arows, p1 = write_folder("attack", attacks)
    brows, p2 = write_folder("business", business)
    for fn, m, meta in arows:
        slugs[m.lang + "-" + m.slug] = fn
        slugs[m.slug] = fn
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        for k, (n, a, o, r) in STAFF.items():
            f.write("%s=%s\n" % (n, a))
    L = []
    L.append("# Evaluation set: Example Group mail gateway\n")
    L.append("Generated by `python3 gen/build.py` (Python 3 standard library only, deterministic: every random choice is seeded from the message slug, no clock).\n")
    L.append("## The company\n")
    L.append("**%s** (%s), domains %s, %s mailboxes. Trade: %s. HQ: %s.\n" % (
        COMPANY["name"], COMPANY["legal"], ", ".join("`%s`" % d for d in COMPANY["domains"]), COMPANY["mailboxes"], COMPANY["trade"], COMPANY["hq"]))
    L.append("Offices:\n")
    for k, v in COMPANY["offices"].items():
        L.append("- %s: %s" % (k, v))
    L.append("\nMail system: " + COMPANY["mail"] + "\n")
    L.append("Inbound MX is `mx01.example.com` (Postfix); every message's top `Received` header is mx01's (`from HELO (rDNS [IP]) ... for <recipient>`), sender hops below it. Internal mail arrives from `mail-int01.example.com [10.20.0.25]` with the Exchange 2019 hops (EXCH01/EXCH02.corp.example.com) below. No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present. Dates: October-December 2026.\n")
    L.append("## Staff (staff.txt)\n")
    L.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for k, (n, a, o, r) in STAFF.items():
        L.append("| %s | %s | %s | %s |" % (md(n), a, md(o), md(r)))
    L.append("\n## Correspondents\n")
    L.append("| Organisation | Country | Addresses | Relation / mail system |\n|---|---|---|---|")
    for org, c, addrs, rel in CORRESPONDENTS:
        L.append("| %s | %s | %s | %s |" % (md(org), c, md(addrs), md(rel)))
    for title, rows in (("attack", arows), ("business", brows)):
        L.append("\n## Folder `%s/`\n" % title)
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |" % ("attack" if title == "attack" else "genuine"))
        L.append("|---|---|---|---|---|---|---|")
        for fn, m, meta in rows:
            why = m.why
            why += " Sending path: %s; mx01 client %s; Return-Path <%s>." % (meta["infra"], meta["client"], meta["return_path"])
            L.append("| %s | %s | %s | %s | %s | %s | %s |" % (fn, m.lang, md(meta["charset"]), md(meta["cte"]), md(meta["structure"]), md(m.what), md(why)))
    L.append("\n## Notes\n")
    L.append("### Hard negatives (business message -> attack it mirrors)\n")
    L.append("| Business file | Hard negative of | Shared topic / what differs |\n|---|---|---|")
    nh = 0
    for fn, m, meta in brows:
        if m.hn:
            for ref, note in m.hn:
                if ref not in slugs:
                    raise SystemExit("unknown hn ref %s in %s" % (ref, m.slug))
                L.append("| %s | %s | %s |" % (fn, slugs[ref], md(note)))
                nh += 1
    import notes
    L.append("\n### Attack techniques and where they occur\n")
    L.append("| Technique | Files |\n|---|---|")
    for tech, keys in notes.TECHNIQUES:
        for k in keys:
            if k not in slugs:
                raise SystemExit("unknown technique ref " + k)
        L.append("| %s | %s |" % (md(tech), ", ".join(slugs[k] for k in keys)))
    L.append("")
    L.append(notes.TEXT)
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print("attack: %d, business: %d, hard-negative pairs: %d, problems: %d" % (len(arows), len(brows), nh, p1 + p2))
    return 1 if (p1 + p2) else 0


if __name__ == "__main__":
    sys.exit(main())
