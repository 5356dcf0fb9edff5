"""MANIFEST.md writer."""
from . import company as C
from . import util


def cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def table(headers, rows):
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for r in rows:
        out.append("| " + " | ".join(cell(c) for c in r) + " |")
    return "\n".join(out)


def write(records, results, hard_negs):
    L = []
    L.append("# Blind evaluation set 133 – Example Group (event & exhibition stand builder)")
    L.append("")
    n_att = sum(1 for r in records if r["folder"] == "attack")
    n_bus = sum(1 for r in records if r["folder"] == "business")
    L.append("Trade: %s. %d attack and %d business messages, dated October–December 2026, each stored as "
             "mx01.example.com received it (LF line endings, one RFC 5322 message per `.eml`)." % (C.TRADE, n_att, n_bus))
    L.append("")
    L.append("Rebuild and verify: `python3 gen/build.py` (Python 3 standard library only; deterministic – every "
             "random value comes from a generator seeded with the message's file name; output is written next to "
             "`gen/`). All names, companies, identifiers and most domains are invented; well-known platforms "
             "(Microsoft 365/Outlook.com, Google/Gmail/Workspace/Forms, DocuSign, Dropbox, Canva, Amazon SES, SendGrid, "
             "Mailgun, Brevo, Mailchimp, Salesforce Marketing Cloud, GMX/WEB.DE/IONOS, STRATO, t-online, Zoho, Yandex 360, "
             "Mail.ru, Aruba and Aruba PEC, home.pl, cPanel/Exim with PHPMailer) appear with their real header formats. Attachments are inert: "
             "loader files (LNK/JS/EXE names inside ZIP/IMG) contain only a harmless text placeholder, HTML/SVG "
             "attachments contain no script.")
    L.append("")
    L.append("## The company")
    L.append("")
    L.append("Example Group builds trade-fair stands, pavilions and event sets (design, carpentry/metal workshop, "
             "graphics, logistics, on-site build-up and dismantling) for exhibitors at fairs such as MEDICA, EuroTier, "
             "EICMA, ISE, ProWein, Polagra, Food Expo and MosBuild. About 700 mailboxes. Mail domains `example.com` and "
             "`examplegroup.eu`. Inbound MX `mx01.example.com` (Postfix, rspamd-style Authentication-Results); internal "
             "mail leaves Exchange 2019 (`EXCH01`/`EXCH02.corp.example.com`, 10.20.1.11/.12) via "
             "`mail-int01.example.com [10.20.0.25]` and reaches mx01 like any other client. DMARC for both own domains: "
             "`p=quarantine`.")
    L.append("")
    rows = []
    for code, office, country in C.OFFICES:
        e = C.ENT[code]
        bank = e.get("iban")
        if code == "RU":
            bank = "р/с %s, БИК %s, к/с %s" % (e["acct"], e["bic"], e["corr"])
        elif code == "UK":
            bank = "%s (sort code %s, account %s)" % (util.iban_fmt(e["iban"]), e["sort"], e["acct"])
        else:
            bank = util.iban_fmt(bank)
        tax = e["vat"]
        extra = []
        if code == "DE":
            extra.append("St.-Nr. %s" % e["taxno"])
        if code == "PL":
            extra.append("REGON %s" % e["regon"])
        if code == "IT":
            extra.append("SDI %s, PEC %s" % (e["sdi"], e["pec"]))
        if code == "RU":
            extra.append("КПП %s" % e["kpp"])
        if code == "GR":
            extra.append(e["doy"])
        rows.append([country, office, e["name"], e["addr"], e["reg"], tax + ("; " + "; ".join(extra) if extra else ""),
                     "%s – %s" % (e["bank"], bank), e["phone"]])
    L.append(table(["Country", "Office", "Legal entity", "Address", "Register", "Tax IDs", "Bank", "Phone"], rows))
    L.append("")
    L.append("Tax identifiers carry valid check digits: DE USt-IdNr. ISO 7064 MOD 11,10; IT partita IVA Luhn-type; "
             "PL NIP weights 6-5-7-2-3-4-5-6-7 mod 11 (REGON 8-9-2-3-4-5-6-7); ES CIF control digit; GR ΑΦΜ powers-of-2 "
             "mod 11; GB VAT mod 97; RU ИНН (10 digits) weights 2-4-10-3-5-9-4-6-8, ОГРН mod 11. All IBANs pass "
             "ISO 13616 mod 97 and, where defined, the national check (IT CIN, ES DC, PL sort-code digit); Russian "
             "settlement accounts pass the BIK control key.")
    L.append("")
    L.append("## Staff (`staff.txt`)")
    L.append("")
    rows = [[n, a, o, role] for (n, a, o, role) in C.STAFF.values()]
    L.append(table(["Name", "Address", "Office", "Role"], rows))
    L.append("")
    L.append("Shared mailboxes (not people, so not in `staff.txt`): " + "; ".join(
        "`%s` (%s)" % (a, d) for (_, a, d) in C.SHARED) + ".")
    L.append("")
    L.append("## Correspondents")
    L.append("")
    L.append(table(["Organisation / person", "Country", "Addresses", "Relationship", "Mail system as modelled"],
                   [list(c) for c in C.CORRESPONDENTS]))
    L.append("")
    for folder, why in (("attack", "Why attack"), ("business", "Why genuine")):
        L.append("## %s/" % folder)
        L.append("")
        rows = []
        for rec in records:
            if rec["folder"] != folder:
                continue
            res = results[(rec["folder"], rec["name"])]
            rows.append([rec["name"] + ".eml", rec["lang"], res["charset"], res["cte"], res["structure"], rec["what"],
                         rec["why"]])
        L.append(table(["File", "Lang", "Charset (body)", "CTE (body)", "Structure / attachments", "What it is", why], rows))
        L.append("")
    L.append("## Notes")
    L.append("")
    L.append("### Hard negatives (genuine message of the same topic as an attack)")
    L.append("")
    L.append(table(["Business file", "Mirrors attack", "Shared topic", "What makes the genuine one genuine"], hard_negs))
    L.append("")
    L.append("### Account numbers, identifiers, QR codes")
    L.append("")
    L.append("- IBANs are generated from a BBAN with national check digits where the country defines them and the ISO "
             "13616 mod-97 check pair; the build re-checks every IBAN it finds in any decoded body or attachment. Real "
             "bank codes are used so the BIC/bank name fits (Commerzbank 300 400 00 / 480 400 35, Sparkasse Bielefeld "
             "480 501 61, Berliner Volksbank 100 900 00, Deutsche Bank 500 700 24, N26 100 110 01, PKO BP 1020 4027, "
             "mBank 1140 2004, Intesa Sanpaolo 03069, Banco BPM 05034, Banca Sella 03268, CaixaBank 2100, Santander "
             "0049, Piraeus 017, HSBC UK, Barclays, Revolut Bank UAB 32500); account numbers are invented. Criminal "
             "accounts are plausible mule accounts: a 'factoring trust account' at Berliner Volksbank (attack/01), a "
             "Lithuanian Revolut account in the supplier's name (attack/03), Deutsche Bank Frankfurt (attack/06), N26 "
             "(attack/08), Banca Sella (attack/17), a Santander 'escrow' account (attack/28) and a Т-Банк account of an "
             "'authorised agent' (attack/40).")
    L.append("- QR codes are real QR Code Model 2 symbols encoded by `gen/lib/qr.py` (byte mode, EC level M unless noted), "
             "rendered as PNG or as PDF image XObjects; the build decodes every symbol back from the raster and compares "
             "it with the intended payload (also checked with `zbarimg` during development, not needed by the build). "
             "Payload formats: EPC069-12 SEPA credit transfer ('GiroCode', `BCD/002/1/SCT`), Polish KSeF invoice "
             "verification link ('KOD I', `https://qr.ksef.mf.gov.pl/invoice/<NIP>/<DD-MM-YYYY>/<SHA-256 base64url>`), "
             "Russian payment order GOST R 56042-2014 (`ST00012|Name=…|PersonalAcc=…|BankName=…|BIC=…|CorrespAcc=…`), "
             "and plain URLs (quishing lures, Microsoft `aka.ms` MFA registration).")
    L.append("- Password-protected ZIPs use traditional PKWARE encryption (ZipCrypto), as the real senders' tools do; "
             "passwords are listed under facts. Loader payloads are placeholders: the bytes of a `.lnk`, `.js`, `.exe`, "
             "`.dll` inside an archive are a short inert text saying so.")
    L.append("- DKIM-Signature `bh=` values are the real relaxed body hashes of the stored bodies; `b=` values are "
             "invented. ARC and Microsoft/Google internal identifiers are random but well-formed. IP addresses belong "
             "to the real provider ranges of the platform modelled (Microsoft EOP 52.101/52.103, Google 209.85, "
             "Amazon SES 23.251, SendGrid 149.72, Mailgun 159.135, Brevo 77.32, Mailchimp 198.2, GMX/WEB.DE/IONOS "
             "212.227/217.72, Yandex 178.154, Mail.ru 95.163, home.pl 79.96, Aruba 62.149, t-online 194.25) or to the "
             "documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 for invented hosts.")
    L.append("- Phone numbers of attackers use ranges reserved for fiction where a country has them (Ofcom 0121 496 0xxx, "
             "020 7946 0xxx, 0808 157 0xxx, 07700 900xxx; Bundesnetzagentur 030 23125 xxx, 069 90009 xxx).")
    L.append("- Bitcoin addresses are bech32 strings with a valid checksum (checked by the build) but random, "
             "unowned witness programs.")
    L.append("")
    L.append("### Facts per message")
    L.append("")
    for rec in records:
        res = results[(rec["folder"], rec["name"])]
        L.append("**%s/%s.eml**" % (rec["folder"], rec["name"]))
        L.append("")
        items = []
        if res["ibans"]:
            items.append("IBAN: " + "; ".join(util.iban_fmt(i) for i in res["ibans"]))
        if res["urls"]:
            items.append("URL: " + "; ".join("`%s`" % u for u in res["urls"]))
        if rec["phones"]:
            items.append("Phone: " + "; ".join(rec["phones"]))
        if rec["wallets"]:
            items.append("Wallet: " + "; ".join("`%s`" % w for w in rec["wallets"]))
        if rec["qr"]:
            items.append("QR payload: " + "; ".join("`%s`" % q.replace("\n", "\\n") for q in rec["qr"]))
        for o in rec["other"]:
            items.append(o)
        if rec.get("zip_passwords"):
            items.append("Archive password: " + "; ".join("`%s` → `%s`" % tuple(x.split("=", 1)) for x in rec["zip_passwords"]))
        if res["attachments"]:
            items.append("Attachments / archive members: " + "; ".join("`%s`" % a for a in res["attachments"]))
        if not items:
            items.append("No IBAN, URL, phone number, wallet or QR code.")
        for it in items:
            L.append("- " + it)
        L.append("")
    return "\n".join(L).rstrip("\n") + "\n"
