"""MANIFEST.md and staff.txt generation."""

from email.header import decode_header, make_header

from . import company as co
from . import checks as ck

LANG_ORDER = ["de"] * 8 + ["en"] * 8 + ["it"] * 5 + ["pl"] * 5 + ["es"] * 5 + ["el"] * 5 + ["ru"] * 4


def staff_txt():
    return "".join("%s=%s\n" % (n, a) for _, n, a, _, _ in co.STAFF)


def _short_ct(ct):
    return {"text/plain": "plain", "text/html": "html", "multipart/alternative": "alt", "multipart/mixed": "mixed",
            "multipart/related": "related", "multipart/signed": "signed", "message/rfc822": "rfc822"}.get(ct, ct)


def structure(msg):
    def rec(p):
        ct = p.get_content_type()
        if p.is_multipart():
            if ct == "message/rfc822":
                fn = p.get_filename()
                return "message/rfc822 `%s`" % fn if fn else "message/rfc822"
            return "%s[%s]" % (_short_ct(ct), ", ".join(rec(x) for x in p.get_payload()))
        fn = p.get_filename()
        if fn:
            fn = str(make_header(decode_header(fn)))
            disp = (p.get("Content-Disposition") or "").split(";")[0].strip().lower()
            return "%s `%s`%s" % (ct, fn, " (inline)" if disp == "inline" else "")
        if p.get("Content-ID") and not ct.startswith("text/"):
            return "%s (inline, cid)" % ct
        return _short_ct(ct)
    return rec(msg)


def body_encodings(msg):
    cs, cte = [], []
    for p in msg.walk():
        if p.is_multipart():
            continue
        if p.get_content_maintype() == "text" and not p.get_filename():
            c = (p.get_content_charset() or "us-ascii").lower()
            e = (p.get("Content-Transfer-Encoding") or "7bit").lower()
            if c not in cs:
                cs.append(c)
            if e not in cte:
                cte.append(e)
    return " / ".join(cs) or "-", " / ".join(cte) or "-"


def cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def build(results, facts):
    L = []
    w = L.append
    w("# Example Group - blind evaluation set (spam/phishing mail gateway)\n")
    w("80 RFC 5322 messages as received by `mx01.example.com`: 40 in `attack/`, 40 genuine in `business/`. "
      "Languages per folder: de 01-08, en 09-16, it 17-21, pl 22-26, es 27-31, el 32-36, ru 37-40. "
      "Dates October-December 2026. Rebuild with `python3 gen/build.py` (Python 3 standard library only; "
      "deterministic; every random value comes from a generator seeded with the message's file name).\n")
    w("## The company\n")
    w("**Example Group** - mobile crane and heavy-lift rental (all-terrain and crawler cranes up to 750 t, heavy haulage, "
      "lift planning, rigging), about 700 mailboxes. Mail domains `example.com` and `examplegroup.eu`. Inbound MX "
      "`mx01.example.com` (Postfix with policyd-spf, OpenDKIM, OpenDMARC). Internal mail: Exchange 2019 "
      "`EXCH01/EXCH02.corp.example.com` relayed by `mail-int01.example.com [10.20.0.25]` (signs DKIM d=example.com s=int2026). "
      "DMARC for example.com: p=quarantine. Function mailboxes: `rechnungen@example.com` (AP invoice intake), "
      "`it-servicedesk@example.com`, `info@example.com`.\n")
    w("| Country | City | Legal entity | Address | Tax / register identifiers | Phone | Focus |")
    w("|---|---|---|---|---|---|---|")
    for o in co.OFFICES:
        w("| %s | %s | %s | %s | %s | %s | %s |" % tuple(cell(x) for x in (o["cc"], o["city"], o["entity"], o["address"], o["ids"], o["phone"], o["role"])))
    w("\nCheck digits: USt-IdNr %s (ISO 7064 MOD 11,10) %s; Partita IVA %s (Luhn variant) %s; NIP %s (weights 6-5-7-2-3-4-5-6-7) %s; "
      "REGON %s %s; CIF %s %s; ΑΦΜ %s %s; UK VAT %s (mod 97) %s; ИНН %s %s; ОГРН %s %s.\n" % (
          co.VAT_DE, ok(ck.de_vat_valid(co.VAT_DE)), co.PIVA_IT, ok(ck.it_piva_valid(co.PIVA_IT)), co.NIP_PL, ok(ck.pl_nip_valid(co.NIP_PL)),
          co.REGON_PL, ok(ck.pl_regon_valid(co.REGON_PL)), co.CIF_ES, ok(ck.es_cif_valid(co.CIF_ES)), co.AFM_GR, ok(ck.gr_afm_valid(co.AFM_GR)),
          co.VAT_GB, ok(ck.gb_vat_valid(co.VAT_GB)), co.INN_RU, ok(ck.ru_inn_valid(co.INN_RU)), co.OGRN_RU, ok(ck.ru_ogrn_valid(co.OGRN_RU))))
    w("## Staff (`staff.txt`)\n")
    w("| Name | Address | Office | Role |")
    w("|---|---|---|---|")
    for _, n, a, o, r in co.STAFF:
        w("| %s | %s | %s | %s |" % (cell(n), a, o, cell(r)))
    w("\n## Correspondents\n")
    w("| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |")
    w("|---|---|---|---|---|")
    for c in co.CORRESPONDENTS:
        w("| %s | %s | %s | %s | %s |" % tuple(cell(x) for x in (c["org"], c["cc"], c["people"], c["rel"], c["mail"])))
    for folder, title, whycol in (("attack", "## attack/", "Why attack"), ("business", "## business/", "Why genuine")):
        w("\n%s\n" % title)
        w("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |" % whycol)
        w("|---|---|---|---|---|---|---|")
        for (fo, name, res) in results:
            if fo != folder:
                continue
            f = facts[(fo, name)]
            cs, cte = body_encodings(f["msg"])
            w("| `%s` | %s | %s | %s | %s | %s | %s |" % (name, name.split("-")[1], cs, cte, cell(structure(f["msg"])),
                                                        cell(res.what), cell(res.why)))
    w("\n## Notes\n")
    w("### Hard negatives (genuine message of the same topic as an attack)\n")
    w("| Attack | Genuine counterpart | Shared topic | What separates them |")
    w("|---|---|---|---|")
    for (fo, name, res) in results:
        if fo == "business" and res.pair:
            for att, topic, diff in res.pair:
                w("| `attack/%s` | `business/%s` | %s | %s |" % (att, name, cell(topic), cell(diff)))
    w("\n### Account numbers, identifiers, QR codes\n")
    w("* Every IBAN in the set passes ISO 13616 mod-97, and the national BBAN check where one exists (IT CIN, ES DC, PL bank-number check digit, BE mod 97). "
      "Creditor references (RF...) pass ISO 11649. Russian settlement accounts pass the BIK-based control key. Bitcoin addresses are valid bech32 (P2WPKH), "
      "TRON addresses valid base58check. The build checks all of these.")
    w("* Attack IBANs are mule accounts invented for the set; they are valid-looking on purpose (real fraud uses real, valid accounts). "
      "Company and partner IBANs are invented too; bank codes were chosen to match the banks named next to them.")
    w("* QR codes are real QR codes (byte mode, ECC M) produced by `gen/lib/qr.py`; each is decoded again by the build from the PNG pixels or from the "
      "image XObject inside the PDF and compared with the intended payload. Payment QRs follow EPC069-12 (GiroCode), the Polish ZBP 2D format or GOST R 56042 (ST00012).")
    w("* All URLs, domains, phone numbers and wallet addresses of attacks are invented; attachments are inert (loaders are represented by file names and placeholder text; no scripts, no executables).")
    w("* Passwords of encrypted ZIPs are given in the per-message facts below.\n")
    occ = {}
    for (fo, name, res) in results:
        for kind, v, good in facts[(fo, name)]["ibans"]:
            lst = occ.setdefault((kind, v, good), [])
            tag = "%s/%s" % (fo, name[:2] + "-" + name.split("-")[1])
            if tag not in lst:
                lst.append(tag)
    genuine = set(k for k, files in occ.items() if any(f.startswith("business/") for f in files))
    w("| Account / reference | Type | Appears in | Role | Check |")
    w("|---|---|---|---|---|")
    for k in sorted(occ, key=lambda x: (x not in genuine, x[1])):
        kind, v, good = k
        role = "genuine (company / partner / authority)" if k in genuine else "attacker-controlled"
        if k not in genuine and all(f.startswith("attack/") for f in occ[k]):
            role = "attacker-controlled"
        w("| `%s` | %s | %s | %s | %s |" % (ck.iban_fmt(v) if kind == "IBAN" else v, "IBAN" if kind == "IBAN" else "ISO 11649 RF",
                                         ", ".join(occ[k]), role, "mod 97 ok" if good else "INVALID"))
    w("")
    w("| QR code in | Format | Payload (abridged) |")
    w("|---|---|---|")
    for (fo, name, res) in results:
        for q in facts[(fo, name)]["qr"]:
            fmt = "EPC069-12 GiroCode" if q.startswith("BCD\n") else ("GOST R 56042 (ST00012)" if q.startswith("ST0001") else
                  ("ZBP 2D (Polish payment)" if "|PL|" in q else "URL"))
            w("| `%s/%s` | %s | `%s` |" % (fo, name, fmt, cell(q.replace("\n", "\\n"))[:110]))
    w("\n### Facts per message\n")
    for (fo, name, res) in results:
        f = facts[(fo, name)]
        w("**%s/%s**\n" % (fo, name))
        rows = []
        for kind, v, good in f["ibans"]:
            rows.append("- %s: `%s`%s" % ("Creditor reference" if kind == "RF" else "IBAN", ck.iban_fmt(v) if kind == "IBAN" else v, "" if good else " (INVALID)"))
        for label, val, good in f.get("ids", []):
            rows.append("- Tax/register ID (%s): `%s`%s" % (label, val, " (check digit ok)" if good else " (INVALID)"))
        for u in f["urls"]:
            rows.append("- URL: `%s`" % u)
        for p in res.phones:
            rows.append("- Phone: `%s`" % p)
        for wl in f["wallets"]:
            rows.append("- Wallet: `%s`" % wl)
        for q in f["qr"]:
            rows.append("- QR payload: `%s`" % q.replace("\n", "\\n"))
        for p in res.passwords:
            rows.append("- Archive password: `%s`" % p)
        if res.notes:
            rows.append("- Note: %s" % res.notes)
        if not rows:
            rows.append("- (no IBAN, URL, phone number, wallet or QR code)")
        w("\n".join(rows) + "\n")
    return "\n".join(L) + "\n"


def ok(b):
    return "valid" if b else "INVALID"
