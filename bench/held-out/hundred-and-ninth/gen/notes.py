"""Free-text notes for MANIFEST.md (hard negatives, identifiers, inertness)."""
NOTES = [
    "### Hard negatives (genuine message on the same topic as an attack)",
    "",
    "| Attack | Genuine counterpart | Shared topic | What separates them |",
    "|---|---|---|---|",
    "| 01 CEO fraud (outlook.de) | business 01 | CEO asks CFO for an urgent same-day payment | internal relay + Exchange hop, public payee, normal approval workflow vs. free mailer, secrecy, workflow bypass |",
    "| 02 Lieferant bank change (lieferant-grnbh.de) | business 02, business 04 | supplier's bank details, overdue invoices RE-2026-41877/42103 | real domain + Microsoft 365, advance notice, call-back verification, domestic IBAN vs. look-alike on Hetzner, Lithuanian EMI IBAN, redirect due invoices |",
    "| 03 thread hijack (Tragwerk Plan) | business 03 | same thread, same sender, same tenant | link to webflow.io asking for Microsoft 365 login vs. PDF attachment and known Autodesk Docs room |",
    "| 04 BZSt e-invoice registration (Brevo) | business 06 | bulk-ESP mail with tracked links | genuine subscribed newsletter with List-Unsubscribe vs. government impersonation asking for ELSTER certificate |",
    "| 05 MFA quishing | business 05 | Microsoft Authenticator / MFA registration | internal notice pointing to aka.ms/mysecurityinfo and saying IT never sends QR codes vs. QR code to .com.de |",
    "| 07 payroll diversion (Gmail) | business 07 | colleague writing to HR from a private address | sick note without bank data vs. salary IBAN change |",
    "| 08 fake Abmahnung, password ZIP | business 08 | law firm, password-protected ZIP | own Exchange, password sent separately, PDF inside vs. compromised WordPress, password in body, .pdf.lnk |",
    "| 09 device-code phishing | business 09 | Microsoft sign-in / MFA | real Microsoft Entra notification vs. attacker-issued device code |",
    "| 11 TOAD Autodesk (Gmail) | business 11 | Autodesk subscription renewal invoice | reseller on its own tenant, agreed quote vs. Gmail, call-this-number |",
    "| 12 HMRC VAT (SendGrid) | business 12 | VAT return 07/26 | accountant says pay HMRC from own banking vs. sign-in link via SendGrid redirect |",
    "| 13 Teams/Quick Assist vishing | business 13 | IT support contacting users | internal notice that IT never asks for Quick Assist vs. external onmicrosoft.com tenant asking exactly that |",
    "| 14 compromised surveyor, OneNote link | business 14 | Halden Surveying sharing files via SharePoint | real SharePoint folder share from no-reply@sharepointonline.com vs. self-addressed Bcc mail to a OneNote item |",
    "| 15 sextortion (spoofed own address) | business 15 | security alert about the user's account | Google's real alert vs. forged-From extortion |",
    "| 16 gift cards (Gmail) | business 16 | gifts/vouchers from management | HR voucher programme vs. 'buy Apple cards for me' |",
    "| 17 Ferretti bank change (.com) | business 17, business 18 | carrier invoices 1871/26, 1904/26 | reminders/courtesy copy with unchanged Banco BPM IBAN vs. new Banca Sella IBAN |",
    "| 18 SdI 'notifica di scarto' ZIP | business 18 | e-invoice via SdI | courtesy PDF from the real carrier vs. ZIP with .xml.js from a holiday farm |",
    "| 20 fake lawyer (Mailgun) | business 20 | urgent same-day payment request in Milan | colleague via internal relay, existing vendor vs. lawyer, secrecy, Spanish escrow IBAN |",
    "| 21 BRT SVG | business 21 | parcel pick-up/delivery | carrier's operational confirmation vs. SVG lure with payment link |",
    "| 22 Partner Logistik bank change (.com.pl) | business 22 | invoice FV/0912/10/2026 | split payment to white-listed mBank account vs. 'skip split payment', not on white list |",
    "| 23 KSeF token phishing (SendGrid) | business 23 | KSeF invoices | supplier quoting the KSeF number vs. 'log in via login.gov.pl' link |",
    "| 24 thread hijack (Partner Logistik) | business 24 | same thread, same sender | Outlook desktop with CMR PDF vs. webmail from foreign IP with password ZIP .pdf.exe |",
    "| 26 fake debt collection ZIP | business 26 | payment demand naming Plotpol | real supplier's final demand vs. Interia mailbox with .pdf.js |",
    "| 27 AEAT/DEHú download link | business 27 | AEAT requirement on modelo 303 | advisor downloaded it from DEHú herself vs. link to look-alike download host |",
    "| 28 CEO fraud -> WhatsApp (example-group.eu) | business 28 | urgent payment in the Madrid office | internal request with approval reference vs. look-alike domain moving to WhatsApp |",
    "| 30 abused DocuSign (Gmail sender) | business 30 | DocuSign envelope from Constructora Levante | sender on constructoralevante.es vs. Gmail account, bank-data change |",
    "| 31 tender portal HTML login (Mailgun) | business 31 | urban-planning mail via an ESP | subscribed newsletter vs. credential form |",
    "| 32 AADE/myDATA (SES) | business 32 | myDATA classifications | accountant's internal status note vs. TAXISnet login link |",
    "| 33 Aigaio bank change (aigaio-texniki.gr) | business 33 | invoice ΤΠΥ 1187 | unchanged Piraeus IBAN with MARK vs. new Eurobank IBAN |",
    "| 35 thread hijack (OTEnet freelancer) | business 35 | same thread, same sender | PDF drawings vs. password ZIP with .pdf.exe from foreign IP |",
    "| 36 fake domain renewal | business 36 | renewal of examplegroup.eu | internal warning vs. the scam itself |",
    "| 37 FNS requirement ZIP | business 37 | FNS requirement on VAT Q3 | arrives via SBIS and is answered there vs. password archive by e-mail |",
    "| 38 StroyProekt bank change (stroiproekt-msk.ru) | business 38 | invoice No. 418 | unchanged Sberbank details vs. new Alfa-Bank details |",
    "| 39 Yandex ID phishing | business 39 | Yandex ID new-sign-in alert | real id.yandex.ru notice vs. look-alike passport domain |",
    "| 40 Diadoc phishing | business 40 | documents waiting in Diadoc | counterpart says 'no links by mail' vs. login link on diadoc-kontur.online |",
    "",
    "Attack 14 and attack 03/24/35 come from **genuinely compromised partner mailboxes**: their transport (tenant, relays, "
    "provider) is identical to the genuine messages from the same partner; only content, behaviour (Bcc, foreign webmail IP, "
    "archives, off-platform links) and context give them away.",
    "",
    "### Identifiers",
    "",
    "- All IBANs carry valid ISO 13616 mod-97 check digits. National check digits: Italy (CIN), Spain (both CCC control "
    "digits) and Poland (sort-code check digit) are computed; German account numbers satisfy check method 00 (the bank's "
    "actual method was not verified); Greek, British and Lithuanian BBANs have no national check computed.",
    "- Russian settlement accounts satisfy the control key with the last three BIK digits; correspondent accounts satisfy it "
    "with '0' + BIK digits 5-6 (verified against the real correspondent accounts of Sberbank, VTB and Alfa-Bank). "
    "INN (10 digits) and OGRN check digits are valid.",
    "- VAT numbers: DE USt-IdNr (ISO 7064 MOD 11,10), IT partita IVA (Luhn variant), PL NIP, ES CIF, GR AFM and the "
    "classic UK VAT mod-97 check are valid. KSeF numbers use the published pattern NIP-date-12 hex-2 hex; the trailing "
    "byte is a CRC-8 (poly 0x07) computed here and was not validated against the Ministry's tool.",
    "- The Bitcoin address in attack 15 is a valid bech32 P2WPKH address (BIP 173 checksum) derived from a fixed hash; "
    "nobody holds its key.",
    "- QR codes (attack 05, 19, 29) are real QR Code Model 2 symbols (byte mode, level M) produced by `gen/qr.py`; the build "
    "decodes each one with its own decoder and, if installed, with `zbarimg`.",
    "- Phone numbers in attacks are from Ofcom's drama range (020 7946 0xxx) where a UK number is shown.",
    "",
    "### Inertness",
    "",
    "- Archives contain a one-line text placeholder under a dangerous-looking name (.pdf.lnk, .xml.js, .pdf.exe, .pdf.js). "
    "Password-protected archives use traditional PKWARE encryption (ZipCrypto). Passwords: attack 08 `WK-1184-26`, attack 24 "
    "`PL2611`, attack 35 `2026`, attack 37 `2846` (all stated in the mail body); business 08 `Lp120-v3!Berger` (not in the mail; "
    "the archive holds a text PDF).",
    "- HTML and SVG attachments contain no script or event handlers: the credential lures are plain HTML forms or "
    "links; the ClickFix command points at a TEST-NET-2 address (198.51.100.23).",
    "- PDFs are text-only (Helvetica, no JavaScript, no actions, no embedded files).",
    "- Attacker domains, URLs and infrastructure names are invented for this set; IP addresses are taken from ranges of the "
    "respective provider types (hosting, VPS, ESP, residential) to look realistic.",
    "",
    "### Reproduction",
    "",
    "`python3 gen/build.py` rewrites all files byte-for-byte identically (all randomness is seeded from fixed strings, no "
    "current time is used) and runs `gen/check.py`: every message parses with Python's `email` package without defects, every "
    "text part decodes strictly in its declared charset, headers are ASCII (RFC 2047 encoded words where needed), the top "
    "Received header is mx01's, dates are in October-December 2026, archives open, PDFs parse, IBANs, Russian accounts and "
    "the bech32 address validate, and the QR codes decode.",
]
