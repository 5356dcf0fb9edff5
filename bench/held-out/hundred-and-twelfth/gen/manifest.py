"""Writes staff.txt and MANIFEST.md from the data module and the built messages."""
import io
import os
import zipfile

import builder
import data as D
import mime

LANG_NAMES = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek",
              "ru": "Russian"}

# business slug -> (attack slugs, explanation)
HARD_NEG = [
    ("lieferant-rechnung-kakaobutter", ["lieferant-bankverbindung-lookalike", "e-rechnung-datev-portal", "thread-hijack-lieferant-kompromittiert"],
     "same supplier and invoice topic; the genuine invoice comes from lieferant-gmbh.de via IONOS/Outlook with the known Haspa account and a PDF"),
    ("lieferant-neue-bankverbindung-korrekt", ["lieferant-bankverbindung-lookalike"],
     "both announce a new bank account for Lieferant GmbH; genuine one: real domain, long lead time, phone verification, old account stays open"),
    ("ceo-dringende-vorauszahlung-intern", ["ceo-fraud-projekt-kandis", "finto-avvocato-escrow"],
     "urgent CEO payment request; genuine one via mail-int01/Exchange, known supplier, SAP four-eyes release, colleagues in Cc"),
    ("krankmeldung-private-gmx", ["gehaltskonto-aenderung-gmail"],
     "staff member writing from a private free-mail address; genuine one asks for nothing sensitive"),
    ("hanseatische-mahnung-liefersperre", ["firmenregister-offerte", "ferretti-iban-lookalike"],
     "payment demand with threat; genuine dunning refers to real overdue invoices and the known account"),
    ("it-hinweis-mfa-nummernabgleich", ["teams-helpdesk-vishing-pretext", "mfa-quishing-inline-qr", "device-code-teams-range-review", "m365-contrasena-caduca-html"],
     "IT/MFA topic; the genuine internal notice contains no link and warns against exactly these lures"),
    ("newsletter-kakao-marktbericht-brevo", ["firmenregister-offerte"],
     "same ESP (Brevo); subscribed newsletter with List-Unsubscribe versus fake register invoice"),
    ("zoll-einfuhrabgabenbescheid-spedition", ["dhl-zoll-quishing", "eudr-traces-html-anhang"],
     "customs/EUDR topic on the same day; genuine forwarder message, nothing to pay"),
    ("docusign-envelope-supply-agreement", ["docusign-lookalike-supply-agreement"],
     "same customer, same document; genuine envelope from eumail.docusign.net linking to eu.docusign.net"),
    ("microsoft-account-security-code", ["device-code-teams-range-review"],
     "Microsoft codes on the same day for the same user; genuine code requested by the user, device code supplied by a third party"),
    ("midland-freight-invoice", ["midland-freight-bank-change-lookalike"],
     "same carrier and invoice numbers; genuine invoice says payment details unchanged"),
    ("christmas-vouchers-po-internal", ["gift-cards-office-manager"],
     "Christmas gift cards/vouchers from the UK office manager; genuine one via PO and invoice"),
    ("ferretti-fattura-cortesia", ["ferretti-iban-lookalike"],
     "same carrier, same invoice numbers; genuine copy quotes the unchanged Banco BPM IBAN"),
    ("ferretti-sollecito-urgente-sospensione", ["ferretti-iban-lookalike"],
     "urgent payment pressure by the same person; genuine one from the real domain with the usual account"),
    ("nocciole-variazione-iban-corretta", ["ferretti-iban-lookalike", "almendras-cambio-cuenta-lookalike", "galakto-allagi-iban-lookalike"],
     "supplier bank change announced properly (PEC, signed letter, call-back) versus bank-change BEC"),
    ("aruba-fattura-ricevuta-sdi", ["sdi-scarto-fattura-credenziali"],
     "SdI e-invoice notification on the same day; genuine provider notice without tokenised login link"),
    ("partner-logistik-faktura-ksef", ["partner-logistik-zmiana-rachunku-lookalike", "ksef-token-phishing"],
     "same partner and invoice FV/2026/10/0871, KSeF topic; genuine invoice from the real tenant with PKO BP account"),
    ("nowak-faktura-transport-wp", ["przejete-konto-przewoznika-wp"],
     "same wp.pl mailbox; genuine invoice from the haulier's usual IP and Outlook with PDF attached"),
    ("zielinski-sloty-awizacja-watek", ["partner-logistik-zmiana-rachunku-lookalike", "przejete-konto-przewoznika-wp"],
     "ongoing partner thread without payload"),
    ("laptop-zepsuty-prywatny-gmail", ["gehaltskonto-aenderung-gmail", "gift-cards-office-manager", "falso-javier-pago-stand", "feik-boss-fsb-mailru"],
     "colleague on private free mail with an excuse about work equipment; genuine one requests nothing"),
    ("almendras-factura", ["almendras-cambio-cuenta-lookalike"],
     "same supplier, order and invoice FA-26/1187; genuine invoice: 60 days, CaixaBank"),
    ("javier-senal-stand-ifema-interno", ["falso-javier-pago-stand"],
     "same day, same stand deposit topic; genuine one via internal relay and SAP"),
    ("paypal-recibo-pago", ["paypal-factura-callback"],
     "both genuinely from PayPal; receipt for a real purchase versus invoice abuse with callback number"),
    ("boletin-pasteleria-chocolateria-ses", ["docusign-lookalike-supply-agreement", "ibiznes24-certyfikat-ses"],
     "same ESP (Amazon SES)"),
    ("logistis-mydata-ekkremotites", ["aade-mydata-prostimo"],
     "myDATA discrepancies; genuine accountant versus fake AADE fine"),
    ("athinaiki-paraggelia-pdf", ["athinaiki-paraggelia-zip-kodikos"],
     "same sender and tenant; genuine PDF order versus password ZIP with .xlsx.exe"),
    ("galakto-timologio-tda", ["galakto-allagi-iban-lookalike"],
     "same supplier and invoice ΤΔΑ 2026/3318"),
    ("acs-enimerosi-apostolis", ["acs-courier-telos-mailgun"],
     "ACS notification on the same day; genuine one asks for no payment"),
    ("broker-deklaratsiya-podana-yandex", ["broker-novye-rekvizity-yandex-lookalike"],
     "same shipment, same day; real broker address versus look-alike Yandex address"),
    ("yandex-id-vhod-uvedomlenie", ["yandex-id-blokirovka-phishing"],
     "Yandex ID sign-in notice versus fake blocking notice"),
    ("sladtorg-smena-rekvizitov-korrektno", ["broker-novye-rekvizity-yandex-lookalike"],
     "Russian bank-detail change announced properly (EDI letter, call-back) versus fraudulent one"),
    ("preduprezhdenie-feik-boss-vnutrennee", ["feik-boss-fsb-mailru"],
     "warning about the very fake-boss scheme used in the attack"),
]

TECHNIQUES = [
    ("CEO fraud / executive impersonation (look-alike third-level domain on a foreign Microsoft 365 tenant)", ["ceo-fraud-projekt-kandis"]),
    ("Fake lawyer / escrow BEC", ["finto-avvocato-escrow"]),
    ("Supplier/carrier bank-detail change from look-alike domains", ["lieferant-bankverbindung-lookalike", "midland-freight-bank-change-lookalike", "ferretti-iban-lookalike", "partner-logistik-zmiana-rachunku-lookalike", "almendras-cambio-cuenta-lookalike", "galakto-allagi-iban-lookalike"]),
    ("Bank-detail fraud from a look-alike free-mail address", ["broker-novye-rekvizity-yandex-lookalike"]),
    ("Payroll diversion", ["gehaltskonto-aenderung-gmail"]),
    ("Internal BEC from free mail (office manager)", ["falso-javier-pago-stand"]),
    ("Gift-card scam", ["gift-cards-office-manager"]),
    ("Thread hijack / compromised partner mailbox", ["thread-hijack-lieferant-kompromittiert", "przejete-konto-przewoznika-wp", "athinaiki-paraggelia-zip-kodikos"]),
    ("Credential phishing: tax/e-invoicing portals (DATEV/XRechnung, SdI, KSeF, AADE myDATA)", ["e-rechnung-datev-portal", "sdi-scarto-fattura-credenziali", "ksef-token-phishing", "aade-mydata-prostimo"]),
    ("Credential phishing: regulator/trade portal (EUDR TRACES / EU Login)", ["eudr-traces-html-anhang"]),
    ("Credential phishing: bank (corporate e-banking + SMS code)", ["ibiznes24-certyfikat-ses"]),
    ("Credential phishing: Microsoft 365 / DocuSign / Adobe / Yandex", ["docusign-lookalike-supply-agreement", "m365-contrasena-caduca-html", "svg-ordine-pasticceria", "yandex-id-blokirovka-phishing"]),
    ("Courier / customs fee phishing", ["dhl-zoll-quishing", "acs-courier-telos-mailgun"]),
    ("Quishing (QR code as attachment and inline)", ["dhl-zoll-quishing", "mfa-quishing-inline-qr"]),
    ("Callback phishing (TOAD), incl. abuse of genuine PayPal invoicing", ["callback-norton-renewal-invoice", "paypal-factura-callback"]),
    ("HTML attachment with credential form", ["eudr-traces-html-anhang", "m365-contrasena-caduca-html"]),
    ("SVG attachment phishing", ["svg-ordine-pasticceria"]),
    ("ClickFix / fake CAPTCHA (Win+R paste)", ["clickfix-purchase-order-html"]),
    ("Device-code phishing (microsoft.com/devicelogin)", ["device-code-teams-range-review"]),
    ("Teams / Quick Assist help-desk vishing pretext (after e-mail bombing)", ["teams-helpdesk-vishing-pretext"]),
    ("'Fake boss' + FSB-call vishing pretext", ["feik-boss-fsb-mailru"]),
    ("Password-protected archives with double-extension payload placeholders", ["ade-avviso-bonario-zip-password", "zus-korekta-zip-haslo", "athinaiki-paraggelia-zip-kodikos", "fns-trebovanie-arhiv-parol"]),
    ("Malware lure with plain ZIP (tax office)", ["aeat-notificacion-zip"]),
    ("Abuse of genuine services (Adobe Express page, Cloudflare pages.dev/r2.dev, Firebase, PayPal, Microsoft device login)", ["thread-hijack-lieferant-kompromittiert", "dhl-zoll-quishing", "docusign-lookalike-supply-agreement", "svg-ordine-pasticceria", "paypal-factura-callback", "device-code-teams-range-review"]),
    ("Extortion / sextortion with Bitcoin (spoofed own address)", ["extortion-bitcoin-spoofed-self"]),
    ("Fake directory / register invoice", ["firmenregister-offerte"]),
]


def cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def structure(b):
    parts = []

    def desc(p):
        if p.is_multipart:
            return "%s(%s)" % (p.ctype.split("/")[1], ", ".join(desc(s) for s in p.parts))
        base = builder.describe(p)
        if "zip" in p.ctype and isinstance(p.body, bytes):
            zf = zipfile.ZipFile(io.BytesIO(p.body))
            ents = []
            for info in zf.infolist():
                ents.append("%s`%s`" % ("ZipCrypto-encrypted " if info.flag_bits & 1 else "", info.filename))
            base += " [contains " + ", ".join(ents) + "]"
        return base
    s = desc(b.root)
    if b.qr_note:
        s += "; " + b.qr_note
    return s


def write(out, results):
    # staff.txt
    with open(os.path.join(out, "staff.txt"), "w", encoding="utf-8") as f:
        for name, addr, _, _ in D.STAFF:
            f.write("%s=%s\n" % (name, addr))

    by_slug = {}
    for kind in ("attack", "business"):
        for name, lang, b in results[kind]:
            by_slug[(kind, b.slug)] = name

    L = []
    w = L.append
    c = D.COMPANY
    w("# Example Group - mail-gateway evaluation set\n")
    w("Blind evaluation set of 40 attack and 40 genuine business messages for the inbound mail gateway of Example Group. "
      "All messages were generated by `gen/build.py` (Python 3 standard library only, deterministic) and checked with `gen/check.py`.\n")
    w("## The company\n")
    w("* **Name:** %s - %s." % (c["name"], c["trade"]))
    w("* **Domains:** `example.com` (main) and `examplegroup.eu` (a few mailboxes); %s mailboxes." % c["mailboxes"])
    w("* **Inbound MX:** %s. Every message's top `Received` header is mx01's (`from HELO (rDNS [IP]) ... for <recipient>`); below it are the sender's own hops." % c["mx"])
    w("* **Internal mail:** %s." % c["relay"])
    w("* **Offices:**")
    for k, (city, addr) in D.OFFICES.items():
        w("  * %s: %s - %s" % (k, city, addr))
    w("* Message dates: October-December 2026 (CEST until 25 Oct 2026, CET afterwards). No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present.\n")

    w("## Staff (`staff.txt`)\n")
    w("| Name | Address | Office | Role |")
    w("|---|---|---|---|")
    for name, addr, off, role in D.STAFF:
        w("| %s | %s | %s | %s |" % (cell(name), addr, D.OFFICES[off][0], cell(role)))
    w("\nPrivate addresses that appear in genuine mail: Sabine Müller `%s`, Paweł Kowalczyk `%s`.\n" % (D.PRIVATE["sabine"][1], D.PRIVATE["pawel"][1]))

    w("## Correspondents\n")
    w("| Organisation | Country | Relationship | Contacts | Mail setup |")
    w("|---|---|---|---|---|")
    for org, country, role, contacts, note in D.CORRESPONDENTS:
        cs = "; ".join("%s <%s>" % (n, a) for n, a in contacts)
        w("| %s | %s | %s | %s | %s |" % (cell(org), cell(country), cell(role), cell(cs), cell(note)))
    w("\nKnown bank details used in genuine mail: Lieferant GmbH %s (Hamburger Sparkasse; from 2027 %s, Sparkasse Harburg-Buxtehude); "
      "Ferretti %s (Banco BPM); Partner Logistik %s (PKO BP); Almendras %s (CaixaBank); Galaktoviomichania %s (NBG); "
      "Midland Freight %s (Barclays); Nocciole delle Langhe %s, from 2027 %s; СладТорг р/с %s (БИК %s), from Dec 2026 р/с %s (БИК %s).\n"
      % (D.F(D.LIEFERANT_OLD), D.F(D.LIEFERANT_NEW), D.F(D.FERRETTI), D.F(D.PARTNER), D.F(D.ALMENDRAS), D.F(D.GALAKTO),
         D.F(D.MIDLAND), D.F(D.NOCCIOLE_OLD), D.F(D.NOCCIOLE_NEW), D.SLAD_ACC_OLD, D.SLAD_BIK_OLD, D.SLAD_ACC_NEW, D.SLAD_BIK_NEW))

    for kind, title, why in (("attack", "attack/", "Why attack"), ("business", "business/", "Why genuine")):
        w("## %s\n" % title)
        per = {}
        for name, lang, b in results[kind]:
            per[lang] = per.get(lang, 0) + 1
        w("%d messages: %s.\n" % (len(results[kind]), ", ".join("%s %d" % (LANG_NAMES[k], v) for k, v in per.items())))
        w("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |" % why)
        w("|---|---|---|---|---|---|---|")
        for name, lang, b in results[kind]:
            cs, cte, _ = b.summary()
            w("| %s | %s | %s | %s | %s | %s | %s |" % (name, lang, cs, cte, cell(structure(b)), cell(b.what), cell(b.why)))
        w("")

    w("## Notes\n")
    w("### Hard negatives (business message -> attacks it mirrors)\n")
    w("| Business message | Attack message(s) | Shared topic / difference |")
    w("|---|---|---|")
    for bslug, aslugs, note in HARD_NEG:
        bn = by_slug[("business", bslug)]
        ans = ", ".join(by_slug[("attack", a)] for a in aslugs)
        w("| %s | %s | %s |" % (bn, ans, cell(note)))
    w("")
    w("### Attack techniques covered\n")
    for tech, slugs in TECHNIQUES:
        w("* %s: %s" % (tech, ", ".join(by_slug[("attack", s)].split("-", 1)[0] for s in slugs)))
    w("")
    w("### Infrastructure used by the attacks\n")
    w("* Free mailers: Gmail (05, 10, 15), Outlook.com (29), mail.ru (40), yandex.ru look-alike account (38).")
    w("* Look-alike domains on VPS/hosting: Hetzner (02, 33), OVH (06, 20, 22), Contabo (13), Hostinger (18), DigitalOcean without PTR (28); foreign Microsoft 365 tenant (01); Zoho Mail (11).")
    w("* Compromised small businesses (shared hosting with cPanel/Exim and PHP mailer scripts or webmail logins, or hosted mailboxes used from foreign IPs): 04, 12, 17, 21, 24, 27, 31, 36, 37, 39.")
    w("* Bulk ESPs: SendGrid (03, 19), Mailgun (16, 34), Brevo (08), Amazon SES (09, 26, 32), Mailjet (23).")
    w("* Genuinely compromised partner/customer mailboxes on their real infrastructure: IONOS webmail (07), wp.pl (25), Microsoft 365 (35).")
    w("* Abused genuine services: PayPal invoicing (30), Microsoft device login (11), Adobe Express (07), Cloudflare pages.dev/r2.dev (04, 09), Firebase hosting (21).")
    w("* Direct-to-MX bot without PTR and with spoofed own address (14).\n")
    w("### Identifiers and attachments\n")
    w("* All IBANs carry valid ISO 13616 mod-97 check digits; national check digits are valid for IT (CIN), ES (DC), PL (sort-code check digit), BE (mod 97) and DE (account check digit computed with Bundesbank method 00 - not verified against each bank's actual method). GB sort-code modulus checking and GR/LT have no applied national check.")
    w("* Russian settlement and correspondent accounts pass the BIK control-key check; real BIK/correspondent pairs of Sberbank, Alfa-Bank and T-Bank are used. INN/OGRN carry valid check digits, as do the container number (ISO 6346), VAT/tax numbers (DE USt-IdNr., IT P.IVA, PL NIP, ES CIF, GR ΑΦΜ, UK VAT) and the Bitcoin address (bech32, %s)." % D.BTC_EXTORTION)
    w("* QR codes are real PNG QR codes produced by `gen/qr.py` (byte mode, ECC level M, Reed-Solomon, masking) and decode with standard readers (checked with zbarimg).")
    w("* PDFs are text-only (standard Helvetica with a custom encoding and ToUnicode map, so accented Latin text extracts correctly); the Greek PDFs are written in Latin script/English because the standard PDF fonts have no Greek glyphs; the Russian messages carry no PDF.")
    w("* Attachments are inert: ZIPs contain a one-line placeholder under a dangerous-looking name; HTML and SVG attachments contain no script (forms/links only; the ClickFix command is displayed text). ZIP passwords (ZipCrypto): 17 `AdE2026`, 24 `ZUS1225`, 35 `4471`, 37 `46-2026`; 27 is not encrypted.")
    w("* Company, correspondent and attacker domains, attacker IPs, phone numbers, account holders and URLs are invented for this evaluation; real service names and domains (Microsoft, Google, GitHub, PayPal, DocuSign, Yandex, ESPs, hosters, authorities) appear where the scenario needs them. Provider trace formats (Received chains, Message-ID and boundary styles, X-Mailer/User-Agent) imitate the respective systems but are not copies of real messages; IP addresses are taken from the providers' usual ranges.")
    w("* Line endings are LF. Regenerate with `python3 gen/build.py`; validate with `python3 gen/check.py`.")
    with open(os.path.join(out, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
