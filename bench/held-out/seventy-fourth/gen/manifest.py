"""MANIFEST.md writer."""
from company import COMPANY, OFFICES, OFFICE_CITY, STAFF, SHARED, CORR, BANK, RU_BANK, VAT
import ids

LANGS = [("de", "German"), ("en", "English"), ("it", "Italian"), ("pl", "Polish"), ("es", "Spanish"), ("el", "Greek"), ("ru", "Russian")]

# (business number, attack number, topic)
HARD_NEGATIVES = [
    (1, 3, "Lieferant GmbH order/invoice thread vs. thread hijack from the compromised Lieferant mailbox"),
    (2, 2, "Lieferant GmbH bank-detail change: properly announced vs. look-alike domain"),
    (3, 1, "CEO's urgent payment request to the CFO: internal relay + approval workflow vs. look-alike CEO fraud"),
    (4, 6, "Employee writing from private mail to HR: sick leave vs. payroll diversion"),
    (6, 4, "ELSTER notification: genuine (no link) vs. phishing via SendGrid"),
    (7, 5, "MFA / Authenticator with a QR code: internal IT notice vs. spoofed quishing"),
    (9, 10, "DocuSign envelope from Pennine Dental: genuine vs. abused DocuSign with look-alike sender"),
    (10, 9, "Microsoft sign-in / device notices: genuine Microsoft mail vs. device-code phishing"),
    (13, 11, "Remittance advice: genuine PDF from a customer vs. SVG 'remittance' lure"),
    (14, 15, "Gift cards / vouchers: internal staff-voucher notice vs. CEO gift-card scam"),
    (15, 16, "PayPal: genuine receipt vs. abused PayPal invoice with callback number"),
    (16, 13, "Medical-device regulator mail: genuine MHRA alert (GOV.UK Notify via SES) vs. fake EUDAMED/SRN phishing"),
    (17, 17, "Ferretti Trasporti invoice vs. look-alike Ferretti IBAN change"),
    (18, 20, "Studio Dentistico Rossi (libero.it): genuine complaint vs. hijacked thread with password ZIP"),
    (19, 18, "Italian e-invoice (SdI) notification: genuine intermediary vs. 'scartata' phishing via Brevo"),
    (21, 21, "SharePoint/OneDrive share: genuine internal share vs. HTML attachment credential phish"),
    (22, 22, "Partner Logistik: genuine invoice vs. look-alike bank change"),
    (24, 25, "Remote support: genuine IT procedure vs. fake helpdesk / Quick Assist vishing"),
    (26, 24, "DPD Polska: genuine shipment notice vs. fake surcharge/BLIK page"),
    (29, 30, "Cl\u00ednica Sonrisa Levante (M365): genuine complaint vs. compromised-tenant share link"),
    (30, 31, "Payroll/HR documents: genuine payslip notice vs. PDF quishing"),
    (31, 27, "Spanish tax notification: genuine DEH\u00fa notice vs. AEAT phishing"),
    (33, 34, "Greek law-firm letter: genuine lease letter vs. fake \u03b5\u03be\u03ce\u03b4\u03b9\u03ba\u03bf with HTML attachment"),
    (34, 32, "myDATA/AADE topic: internal accountant reminder vs. AADE phishing"),
    (35, 33, "Piraeus Bank: genuine fee notice vs. winbank KYC phishing"),
    (37, 37, "\u0414\u0435\u043d\u0442\u0430\u043b\u0421\u043d\u0430\u0431 invoice with bank details vs. look-alike \u201c\u0441\u043c\u0435\u043d\u0430 \u0440\u0435\u043a\u0432\u0438\u0437\u0438\u0442\u043e\u0432\u201d"),
    (38, 38, "Diadoc EDI notification: genuine vs. look-alike Diadoc phishing"),
    (39, 40, "Yandex ID sign-in notice: genuine vs. phishing"),
]


def cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def write(path, messages, techniques):
    by = {"attack": [], "business": []}
    for m in messages:
        by[m.folder].append(m)
    for k in by:
        by[k].sort(key=lambda m: m.num)
    fname = {(m.folder, m.num): m.filename for m in messages}
    L = []
    a = L.append
    a("# Example Group \u2013 blind evaluation set for the mail gateway")
    a("")
    a("Generated deterministically by `gen/build.py` (Python 3 standard library only). 40 attack and 40 genuine business messages, "
      "all as delivered by the inbound MX; no Authentication-Results, DKIM-Signature, ARC or X-Spam headers (the gateway adds its own verdicts).")
    a("")
    a("## The company")
    a("")
    a("**%s** \u2013 %s. Domains `%s` and `%s`, about %d mailboxes. Headquarters in N\u00fcrnberg (Germany) with offices in Milano, Wroc\u0142aw, Valencia, Thessaloniki, Manchester and Sankt Petersburg."
      % (COMPANY["name"], COMPANY["trade"], COMPANY["domains"][0], COMPANY["domains"][1], COMPANY["mailboxes"]))
    a("")
    a("| Office | Legal entity | Address | VAT / tax id | Bank account |")
    a("|---|---|---|---|---|")
    vatkey = {"DE": "example_de", "UK": "example_uk", "IT": "example_it", "PL": "example_pl", "ES": "example_es", "GR": "example_gr", "RU": "example_ru_inn"}
    bankkey = {"DE": "example_de", "UK": "example_uk", "IT": "example_it", "PL": "example_pl", "ES": "example_es", "GR": "example_gr"}
    for k, (ent, adr) in OFFICES.items():
        if k in bankkey:
            b = BANK[bankkey[k]]
            bank = "%s, %s" % (b[0], ids.iban_fmt(b[2]))
        else:
            rb = RU_BANK["example"]
            bank = "%s, \u0411\u0418\u041a %s, \u0440/\u0441 %s, \u043a/\u0441 %s" % (rb["bank"], rb["bik"], rb["acct"], rb["corr"])
        vid = VAT[vatkey[k]]
        if k == "RU":
            vid = "\u0418\u041d\u041d " + vid + " / \u041a\u041f\u041f 781001001"
        a("| %s | %s | %s | %s | %s |" % (cell(OFFICE_CITY[k]), cell(ent), cell(adr), cell(vid), cell(bank)))
    a("")
    a("Mail flow: inbound MX `%s`; every message's top `Received` header is mx01's (`from HELO (rDNS [IP]) ... for <recipient>`), "
      "the sender's own hops follow below. Internal mail comes from `%s`." % (COMPANY["mx"], COMPANY["relay"]))
    a("")
    a("Shared mailboxes: " + "; ".join("`%s` (%s)" % s for s in SHARED) + ".")
    a("")
    a("## Staff")
    a("")
    a("| Name | Address | Office | Role |")
    a("|---|---|---|---|")
    for n, ad, off, role in STAFF:
        a("| %s | %s | %s | %s |" % (cell(n), ad, cell(OFFICE_CITY[off]), cell(role)))
    a("")
    a("## Correspondents")
    a("")
    a("Genuine addresses of business partners. Messages in `attack/` that impersonate them use look-alike domains or, where stated, the partner's real but compromised mailbox.")
    a("")
    a("| Organisation | Country | Relationship | Addresses | Genuine mail in business/ |")
    a("|---|---|---|---|---|")
    for key, (org, cc, desc, people) in CORR.items():
        addrs = ", ".join(("%s &lt;%s&gt;" % (n, e)) for n, e in people)
        key = org.split(" (")[0].lower()
        for suf in (" gmbh", " s.p.a.", " sp. z o.o.", " s.r.l.", " s.l.", " ltd", " a.e.", " \u0430.\u03b5."):
            key = key.replace(suf, "")
        used = []
        for m in by["business"]:
            addrs_m = {m.frm[1]} | ({m.reply_to[1]} if m.reply_to else set())
            if addrs_m & {e for _, e in people}:
                used.append(m.filename)
            elif key in m.fulltext().lower():
                used.append(m.filename + " (mentioned)")
        a("| %s | %s | %s | %s | %s |" % (cell(org), cc, cell(desc), cell(addrs), cell(", ".join(used) or "\u2013")))
    a("")
    a("Genuine service senders used in business/: Microsoft (account/Entra notices), Google, GitHub, Yandex ID, DocuSign (EU), PayPal, "
      "SharePoint Online, GOV.UK Notify (MHRA alerts), Lieferant GmbH newsletter via CleverReach, ELSTER, DEH\u00fa (Spain), DPD Polska, Kontur.Diadoc, "
      "an Italian SdI intermediary (Aruba), Piraeus Bank, a Spanish payroll agency.")
    a("")
    a("Bank accounts of partners (all IBANs carry valid ISO 13616 mod-97 check digits; national check digits where applicable: "
      "DE account check digit method 00, IT CIN, ES DC, PL sort-code check digit, BE mod-97; Russian accounts carry a valid BIK control key):")
    a("")
    for k, (bank, bic, ib) in BANK.items():
        a("- `%s`: %s %s %s" % (k, cell(bank), bic, ids.iban_fmt(ib)))
    for k, v in RU_BANK.items():
        a("- `ru_%s`: %s, \u0411\u0418\u041a %s, \u0440/\u0441 %s, \u043a/\u0441 %s" % (k, v["bank"], v["bik"], v["acct"], v["corr"]))
    a("")
    for folder, title in (("attack", "attack/ \u2013 malicious messages"), ("business", "business/ \u2013 genuine messages")):
        a("## " + title)
        a("")
        a("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |" % ("attack" if folder == "attack" else "genuine"))
        a("|---|---|---|---|---|---|---|")
        for m in by[folder]:
            a("| %s | %s | %s | %s | %s | %s | %s |" % (m.filename, m.lang, cell(m.charsets()), cell(m.ctes()), cell(m.structure()),
                                                    cell(m.what), cell(m.why)))
        a("")
        counts = {}
        for m in by[folder]:
            counts[m.lang] = counts.get(m.lang, 0) + 1
        a("Counts: " + ", ".join("%s %d" % (n, counts.get(c, 0)) for c, n in LANGS) + " \u2013 total %d." % len(by[folder]))
        a("")
    a("## Notes")
    a("")
    a("### Hard negatives (same topic, genuine sender)")
    a("")
    a("| business/ | attack/ | Topic |")
    a("|---|---|---|")
    for b, at, topic in HARD_NEGATIVES:
        a("| %s | %s | %s |" % (fname.get(("business", b), "?%d" % b), fname.get(("attack", at), "?%d" % at), cell(topic)))
    a("")
    a("### Attack techniques covered")
    a("")
    for tname, files in techniques:
        a("- **%s**: %s" % (tname, ", ".join("%02d" % n for n in files)))
    a("")
    a("### Other notes")
    a("")
    a("- Attachments are inert: PDFs contain only text (one also a QR-code image), ZIP members are one-line text placeholders under dangerous-looking names; "
      "HTML/SVG attachments contain no script (links, forms or meta refresh only; the ClickFix page shows the instructions but no command).")
    a("- Password-protected archives use traditional PKWARE encryption (ZipCrypto); the password is given in the message body.")
    a("- QR codes are real, decodable PNG (or PDF image) QR codes produced by `gen/qr.py`; `verify.py` decodes them again.")
    a("- Bitcoin addresses are valid bech32 (P2WPKH) / base58check (P2PKH) strings derived from a fixed seed; they belong to no one known.")
    a("- All look-alike and attacker domains are fictitious examples for this evaluation; IP addresses are chosen from the ranges the named provider types use.")
    a("- Dates are between October and December 2026; time zones follow the EU/UK/US daylight-saving switch dates of 2026.")
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")
