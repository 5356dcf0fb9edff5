"""Free-text notes for MANIFEST.md."""

TECHNIQUES = [
    ("CEO fraud / Fake President (look-alike M365 tenant; free-mail opener moving to WhatsApp)",
     ["de-ceo-fraud-projekt-alpenwacht", "es-ceo-fraude-whatsapp"]),
    ("Supplier/carrier bank-detail change from look-alike domains (VPS hosted, forged Outlook/Thunderbird)",
     ["de-lieferant-bankwechsel-lookalike", "it-ferretti-iban-lookalike", "el-attica-protect-iban-lookalike", "ru-tehnoohrana-rekvizity-lookalike"]),
    ("Thread hijack from genuinely compromised partner mailboxes (credential link / payment diversion with Reply-To)",
     ["de-hv-rheinblick-thread-hijack", "en-pennine-thread-hijack-statement", "pl-partner-logistik-hijack-konto"]),
    ("Payroll diversion from free mail", ["de-gehaltskonto-umleitung"]),
    ("Fake lawyer / urgent court deposit", ["es-abogado-falso-consignacion"]),
    ("Credential phishing themed on regulators and trade portals (guard register, SIA, Prefettura/SPID, Rosgvardia/ESIA)",
     ["de-bewacherregister-quishing", "en-sia-licence-credential-phish", "it-prefettura-licenza-spid", "ru-rosgvardiya-proverka-esia"]),
    ("Credential phishing themed on tax offices and e-invoicing (KSeF, myDATA, Diadoc)",
     ["pl-ksef-faktura-odrzucona", "el-aade-mydata-apokliseis", "ru-diadok-upd-podpis"]),
    ("Credential phishing: payroll portal, internal-IT password expiry, DocuSign look-alike, courier fee",
     ["it-cedolino-portale-hr", "el-kodikos-lixi-m365", "es-docusign-licitacion-ses", "el-acs-courier-telos"]),
    ("Quishing (QR code, real decodable PNG)", ["de-bewacherregister-quishing", "pl-ipko-biznes-quishing"]),
    ("HTML attachment with local credential form", ["de-zoll-atlas-html-anhang", "pl-poczta-glosowa-html"]),
    ("SVG attachment carrying the phishing link", ["en-docusign-svg-attachment"]),
    ("ClickFix (fake error: Win+R, Ctrl+V, Enter)", ["de-clickfix-pruefbericht-ema"]),
    ("Device-code phishing (microsoft.com/devicelogin with attacker code)", ["en-device-code-teams-workspace"]),
    ("Email bombing + Teams help-desk vishing / Quick Assist", ["en-teams-helpdesk-quick-assist"]),
    ("Callback phishing / TOAD", ["en-m365-billing-callback-abuse", "el-trapeza-callback-toad"]),
    ("Abuse of genuine services (Microsoft commerce mail, SharePoint sharing from compromised tenant)",
     ["en-m365-billing-callback-abuse", "es-sharepoint-compartido-cliente-comprometido"]),
    ("Password-protected archives (ZipCrypto) with script/executable placeholder", ["it-ade-irregolarita-zip-password", "ru-fns-trebovanie-zip-parol"]),
    ("Unencrypted archives with double-extension scripts / LNK (fake tax notice, fake job application)",
     ["es-aeat-verifactu-zip-vbs", "it-candidatura-cv-zip-lnk"]),
    ("Extortion with Bitcoin (bech32, valid checksum)", ["en-sextortion-bitcoin"]),
    ("Gift-card scam", ["en-gift-card-request"]),
    ("Fake register / directory / domain invoices", ["de-register-eintragungsofferte", "pl-domena-proforma-wezwanie"]),
    ("Bulk ESPs abused: SendGrid / Mailgun / Brevo / Amazon SES",
     ["de-bewacherregister-quishing", "it-cedolino-portale-hr", "el-aade-mydata-apokliseis", "de-clickfix-pruefbericht-ema", "pl-ipko-biznes-quishing",
      "de-register-eintragungsofferte", "el-acs-courier-telos", "en-sia-licence-credential-phish", "es-docusign-licitacion-ses", "el-kodikos-lixi-m365"]),
    ("Compromised small-business mail hosting (cPanel/Exim, Plesk, Aruba, home.pl, Brazilian Postfix)",
     ["de-zoll-atlas-html-anhang", "pl-poczta-glosowa-html", "ru-diadok-upd-podpis", "es-aeat-verifactu-zip-vbs", "it-ade-irregolarita-zip-password",
      "pl-ksef-faktura-odrzucona", "en-sextortion-bitcoin"]),
    ("Free mailers (Gmail, Outlook.com, mail.ru)",
     ["de-gehaltskonto-umleitung", "es-ceo-fraude-whatsapp", "it-candidatura-cv-zip-lnk", "en-gift-card-request", "el-trapeza-callback-toad", "ru-fns-trebovanie-zip-parol"]),
]

TEXT = """### Infrastructure and realism notes

- Every message starts with `Return-Path`, then mx01's `Received: from HELO (rDNS [IP]) ... by mx01.example.com (Postfix) with ESMTP(S) id <long queue id> for <recipient>; <date> (CEST/CET)`; the sender's own hops follow in each system's style (Exchange Online `with mapi`/`Microsoft SMTP Server`, Gmail `with SMTP id` + `X-Received`, GMX/IONOS `Nemesis`, Yandex `smtp/Yandex`, cPanel `Exim 4.98` + `X-AntiAbuse`, Plesk `X-PPP-*`, SendGrid `filterdrecv`/`geopod-ismtpd`, Mailgun `with HTTP`, SES `Feedback-ID`, Mailchimp `/inject`). Attackers' VPS hosts without PTR show `unknown` as rDNS.
- Internal mail (CEO, IT, HR, office notices, GLPI help desk, 3CX voicemail) arrives from `mail-int01.example.com [10.20.0.25]`; Exchange-originated items have the EXCH02 -> EXCH01 hops below.
- Dates are October to December 2026 with correct offsets (EU summer time ends 25 Oct 2026, US on 1 Nov; Moscow +0300; Exchange Online and Microsoft services stamp `Date:` in UTC).
- Message-IDs follow each system (Exchange Online `<SERVER...@SERVER.pod.prod.outlook.com>`, Outlook desktop via POP/SMTP `<000001db....$....$....$@domain>`, Gmail `<CA...@mail.gmail.com>`, GMX `trinity-...`, Open-Xchange, SES `0102...-000000@region.amazonses.com`, Brevo `@smtp-relay.mailin.fr`, SendGrid `@geopod-ismtpd-N`, PHPMailer random 32/43 chars).
- Charsets used for bodies: iso-8859-1, iso-8859-15, windows-1252, iso-8859-2, windows-1250, iso-8859-7, windows-1253, koi8-r, windows-1251, us-ascii, utf-8. Transfer encodings: quoted-printable, base64, 8bit, 7bit. Non-ASCII names/subjects are RFC 2047 encoded words (Q and B); non-ASCII attachment names use RFC 2231 `filename*=` plus an encoded-word `name=`.
- Attachments are inert: text-only PDFs (Courier, custom encoding with ToUnicode, so Cyrillic/Greek/Polish text extracts correctly), ZIPs containing a one-line placeholder under a dangerous name (.pdf.js, .pdf.vbs, .pdf.lnk, .pdf.scr; two of them encrypted with ZipCrypto), HTML attachments without any script (form posts only), an SVG with a plain hyperlink, PNG QR codes, a silent WAV. The ClickFix page contains instructions but no clipboard script.
- QR codes are generated by `gen/qr.py` (ISO/IEC 18004 byte mode, Reed-Solomon, masking, format/version info) and verified with `zbarimg` when available.
- All IBANs carry valid ISO 13616 mod-97 check digits; national check digits are computed where a public algorithm exists: Italian CIN, Spanish DC, Polish sort-code check digit, German account check digit (method 00 applied to all fictitious accounts). Russian accounts carry the BIK-based control key (client accounts over the last three BIK digits; correspondent accounts over 0 + BIK digits 5-6 - e.g. 30101810400000000225 / 30101810200000000700); Russian INN/OGRN and the Polish NIP have valid check digits; the KSeF number carries its CRC-8. The Bitcoin address is bech32 (P2WPKH) with a valid checksum over a hash of a fixed string - no private key exists for it.
- UK phone numbers in attacks come from Ofcom's drama ranges (020 7946 0xxx); other numbers, accounts, registry numbers and people are fictitious. Domains of attackers are invented look-alikes; real brands (Microsoft, Google, GitHub, Yandex, DocuSign, SendGrid, Mailgun, Brevo, Amazon SES, Mailchimp) appear only as the infrastructure they really operate.
- `build.py` parses every message with Python's `email` package (policy `default`), checks for parser defects, decodes every text part strictly with its declared charset, extracts every PDF with `pdftotext`, opens every ZIP (with the password if encrypted), decodes QR PNGs with `zbarimg`, re-validates every IBAN found in any text, and refuses Authentication-Results/DKIM/ARC/X-Spam headers.
"""
