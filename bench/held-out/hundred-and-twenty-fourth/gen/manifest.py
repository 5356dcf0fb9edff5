"""MANIFEST.md renderer."""

import company
import ids


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def structure(part):
    if part.is_multipart():
        sub = part.get_content_subtype()
        return "%s[%s]" % (sub, ", ".join(structure(p) for p in part.iter_parts()))
    ct = part.get_content_type()
    fn = part.get_filename()
    if ct == "message/rfc822":
        return "message/rfc822" + (' "%s"' % fn if fn else "")
    if ct.startswith("text/") and not fn:
        return ct.split("/")[1]
    disp = part.get_content_disposition()
    s = ct
    if fn:
        s += ' "%s"' % fn
    if disp == "inline":
        s += " (inline)"
    return s


def body_charsets(msg):
    cs, ctes = [], []
    for p in msg.walk():
        if p.is_multipart():
            continue
        if p.get_content_maintype() == "text" and not p.get_filename() and p.get_content_type() in ("text/plain", "text/html"):
            c = p.get_content_charset()
            e = (p.get("Content-Transfer-Encoding") or "7bit").lower()
            if c not in cs:
                cs.append(c)
            if e not in ctes:
                ctes.append(e)
        if p.get_content_type() == "message/rfc822":
            break
    return " / ".join(cs), " / ".join(ctes)


def render(results):
    E = company.ENT
    L = []
    a = L.append
    a("# Blind evaluation set 125 – Example Group (meat processing)\n")
    a("Built by `python3 gen/build.py` (Python 3 standard library only, deterministic, "
      "seed = file name). The script rebuilds `attack/`, `business/`, `staff.txt` and this file into the "
      "directory above `gen/` and verifies every message (MIME parse without defects, every part decoded "
      "with its declared charset/CTE, PDFs parsed with xref check, ZIP/XLSX/DOCX/ISO opened, encrypted ZIPs "
      "opened with the password, QR codes decoded from the PNG/PDF pixels with Reed-Solomon check and compared with "
      "the intended payload, IBAN mod-97 plus national check digits, bech32 checksums, phone numbers present).\n")
    a("All messages are dated October–December 2026 and are shown as `mx01.example.com` received them. "
      "All attachments are inert: executables, shortcuts and scripts are represented by file names and a short "
      "text placeholder only; HTML/SVG files contain no script.\n")
    a("## The company\n")
    a("**Example Group** – European meat processor (pig and cattle slaughtering, cutting, processing; "
      "about 700 mailboxes). Mail domains `example.com` and `examplegroup.eu`. Inbound MX `mx01.example.com` "
      "(Postfix, with an rspamd-style milter writing `Authentication-Results`); internal mail leaves Exchange 2019 "
      "(`EXCH01`/`EXCH02.corp.example.com`, 10.20.0.11/.12) through `mail-int01.example.com [10.20.0.25]`.\n")
    a("| Office | Legal entity | Address | Tax / register identifiers | Bank account | Role |")
    a("|---|---|---|---|---|---|")
    d = E["DE"]
    a("| Germany (HQ, Vechta) | %s | %s, %s | USt-IdNr. %s; %s; St.-Nr. %s; EU approval %s | %s, %s (BIC %s) | %s |" %
      (d["name"], d["street"], d["city"], d["vat"], d["register"], d["taxno"], d["vet"], d["bank"], ids.fmt_iban(d["iban"]), d["bic"], d["role"]))
    d = E["IT"]
    a("| Italy (Parma) | %s | %s, %s | P.IVA %s; %s; SdI code %s; PEC %s | %s, %s | %s |" %
      (d["name"], d["street"], d["city"], d["vat"], d["register"], d["sdi"], d["pec"], d["bank"], ids.fmt_iban(d["iban"]), d["role"]))
    d = E["PL"]
    a("| Poland (Poznań) | %s | %s, %s | NIP %s; REGON %s; %s | %s, %s | %s |" %
      (d["name"], d["street"], d["city"], ids.fmt_pl_nip(d["nip"]), d["regon"], d["register"], d["bank"], ids.fmt_iban(d["iban"]), d["role"]))
    d = E["ES"]
    a("| Spain (Vic) | %s | %s, %s | NIF/CIF %s; %s | %s, %s | %s |" %
      (d["name"], d["street"], d["city"], d["vat"][2:], d["register"], d["bank"], ids.fmt_iban(d["iban"]), d["role"]))
    d = E["GR"]
    a("| Greece (Thessaloniki) | %s (%s) | %s, %s | ΑΦΜ %s, ΔΟΥ %s; %s | %s, %s | %s |" %
      (d["name"], d["name_lat"], d["street"], d["city"], d["afm"], d["doy"], d["register"], d["bank"], ids.fmt_iban(d["iban"]), d["role"]))
    d = E["UK"]
    a("| United Kingdom (Hull) | %s | %s, %s | VAT %s; company no. %s | %s, sort code %s, %s | %s |" %
      (d["name"], d["street"], d["city"], ids.fmt_gb_vat(d["vat"]), d["company_no"], d["bank"], d["sort"], ids.fmt_iban(d["iban"]), d["role"]))
    d = E["RU"]
    a("| Russia (Moscow) | %s (%s) | %s, %s | ИНН %s, КПП %s, ОГРН %s | %s, БИК %s, р/с %s, к/с %s | %s |" %
      (d["name"], d["name_lat"], d["city"], d["street"], d["inn"], d["kpp"], d["ogrn"], d["bank"], d["bik"], d["rs"], d["ks"], d["role"]))
    a("")
    a("Check digits: USt-IdNr. ISO 7064 MOD 11,10; P.IVA Luhn variant; NIP weights 6-5-7-2-3-4-5-6-7 mod 11; "
      "REGON weights 8-9-2-3-4-5-6-7 mod 11; CIF control digit; ΑΦΜ powers-of-two mod 11; UK VAT mod 97; "
      "ИНН/ОГРН control digits; Russian settlement and correspondent accounts keyed with the БИК (weights 7-1-3); "
      "all IBANs mod 97 with national BBAN check digits where the country has them (IT CIN, ES DC, PL sort code).\n")
    a("## Staff (`staff.txt`)\n")
    a("| Name | Address | Office | Role |")
    a("|---|---|---|---|")
    for n, ad, off, role in company.STAFF:
        a("| %s | %s | %s | %s |" % (n, ad, off, _cell(role)))
    a("")
    a("## Correspondents\n")
    a("| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |")
    a("|---|---|---|---|---|")
    for key, c in company.CORR.items():
        people = "; ".join("%s <%s> (%s)" % (p[0], p[1], p[2]) for p in c["people"])
        a("| %s | %s | %s | %s | %s |" % (_cell(c["org"]), c["country"], _cell(people), _cell(c["relation"]), _cell(c["mail"])))
    a("")
    a("Platforms and authorities that send genuine notifications in `business/` (real services; their "
      "infrastructure is modelled from public knowledge, own servers of authorities use documentation IP ranges):\n")
    a("| Platform / authority | Sender | Mail system as modelled |")
    a("|---|---|---|")
    for p in company.PLATFORMS:
        a("| %s | %s | %s |" % tuple(_cell(x) for x in p))
    a("")
    a("Real platforms abused by attackers in `attack/` (the e-mail itself is produced by the platform and passes authentication): " + "; ".join(company.ABUSED) + ".\n")
    a("IP addressing: large providers use addresses from their published ranges (Microsoft 40.107/40.92, Google 209.85, "
      "Amazon SES 54.240/69.169, SendGrid 149.72/159.183/167.89, Mailgun 141.193/159.135, Brevo 77.32.148, Mailchimp 198.2, "
      "Mimecast 185.58, GMX/WEB.DE/IONOS 212.227/217.72, Yandex 178.154, Zoho 136.143, Aruba 62.149, home.pl 79.96, "
      "PayPal 173.0.84, SAP 155.56; DocuSign EU as modelled 185.81.100); invented organisations, "
      "authorities' own gateways and attacker-controlled servers use the documentation ranges 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24. "
      "A host name always maps to the same address throughout the set.\n")
    for folder, title, why in (("attack", "## attack/", "Why attack"), ("business", "## business/", "Why genuine")):
        a(title + "\n")
        a("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |" % why)
        a("|---|---|---|---|---|---|---|")
        for (f, nn, lang, fname, spec, res, msg) in results:
            if f != folder:
                continue
            cs, cte = body_charsets(msg)
            a("| `%s` | %s | %s | %s | %s | %s | %s |" % (fname, lang, cs, cte, _cell(structure(msg)),
                                                       _cell(spec["what"]), _cell(spec["why"])))
        a("")
    a("## Notes\n")
    a("### Hard negatives (genuine message of the same topic as an attack)\n")
    a("| Genuine (business/) | Attack (attack/) | Shared topic | What separates them |")
    a("|---|---|---|---|")
    names = {(r[0], r[1]): r[3] for r in results}
    for (f, nn, lang, fname, spec, res, msg) in results:
        if f != "business" or not spec.get("pair"):
            continue
        for pnn, topic, diff in spec["pair"]:
            a("| `%s` | `%s` | %s | %s |" % (fname, names.get(("attack", pnn), "attack " + pnn), _cell(topic), _cell(diff)))
    a("")
    a("### Account numbers, identifiers, QR codes\n")
    a("- Every IBAN in the set passes ISO 13616 mod-97; Italian, Spanish and Polish IBANs also carry correct national "
      "check digits (CIN, DC, sort-code check). Bank codes are those of the named banks where known; account numbers are random. "
      "Attacker accounts are marked in the facts table below (\"attacker\").")
    a("- Genuine supplier accounts: Lieferant GmbH %s (Sparkasse Münsterland Ost, until 31.01.2027) and, from 01.01.2027 "
      "as announced in `business/02`, %s; Ferretti Trasporti %s; Partner Logistik %s; Cárnicas Vallès %s; Makedonia Trofima %s." %
      (ids.fmt_iban(company.CORR["lieferant"]["iban"]), ids.fmt_iban(company.CORR["lieferant"]["iban_new"]),
       ids.fmt_iban(company.CORR["ferretti"]["iban"]), ids.fmt_iban(company.CORR["partner"]["iban"]),
       ids.fmt_iban(company.CORR["valles"]["iban"]), ids.fmt_iban(company.CORR["makedonia"]["iban"])))
    a("- QR codes are generated by `gen/qr.py` (byte mode, ECC level M unless stated) and embedded either as PNG "
      "(1-bit, 4 px per module, 4-module quiet zone) or as 1-bit image XObjects in PDFs; the build decodes them back "
      "from the pixels. EPC/GiroCode payloads follow EPC069-12 version 002; the VeriFactu QR follows the AEAT "
      "`ValidarQR` URL format; the KSeF code follows the KSeF 2.0 invoice-verification link format.")
    a("- Bitcoin address in the sextortion message is a syntactically valid bech32 P2WPKH address with a random program "
      "(no known owner). Phone numbers used by attackers are from fictional or unallocated-looking ranges (UK Ofcom drama "
      "ranges 020 7946 0xxx / 07700 900xxx, US 555-01xx) or otherwise invented.")
    a("- Device codes, OAuth client IDs, DocuSign/Ariba/Drive identifiers, tracking tokens and DKIM/ARC signature values are "
      "random and do not verify cryptographically.\n")
    a("### Facts per message\n")
    a("| File | IBANs | URLs | Phone numbers | Wallets | QR payloads | Other |")
    a("|---|---|---|---|---|---|---|")
    for (f, nn, lang, fname, spec, res, msg) in results:
        ib = []
        for i in res.ibans:
            tag = spec.get("iban_notes", {}).get(i)
            ib.append(ids.fmt_iban(i) + (" (%s)" % tag if tag else ""))
        urls = "<br>".join("`%s`" % u for u in res.urls)
        qrs = "<br>".join("`%s`" % q.replace("\n", "⏎") for q in res.qr)
        other = spec.get("other", "")
        if spec.get("zip_password"):
            other = ("ZIP password: `%s`" % spec["zip_password"]) + ("; " + other if other else "")
        a("| `%s/%s` | %s | %s | %s | %s | %s | %s |" % (f, fname, _cell("<br>".join(ib)), urls,
                                                       _cell("<br>".join(spec.get("phones", []))),
                                                       _cell("<br>".join(res.wallets)), qrs, _cell(other)))
    a("")
    return "\n".join(L) + "\n"
