# -*- coding: utf-8 -*-
COMPANY_TEXT = """**Example Group eG** is a dairy cooperative and cheese maker (Allgäuer Bergkäse, Emmentaler, butter; member farms deliver raw milk and are paid "Milchgeld"). Domains: `example.com` (main) and `examplegroup.eu` (used by sales/export and some office managers); about 700 mailboxes. Mail flow: Exchange 2019 on premises (`EXHQ-MBX01/02.corp.example.com`) -> internal relay `mail-int01.example.com [10.20.0.25]` -> gateway; inbound MX `mx01.example.com` (Postfix). SharePoint/OneDrive/Teams run in the Microsoft 365 tenant `examplegroup.onmicrosoft.com` (hybrid).
"""

NOTES_TEXT = """
### How the set was built
* `gen/build.py` imports `gen/data/att_*.py` and `gen/data/biz_*.py`; each message is a function that assembles headers and MIME parts with the hand-written composer in `gen/lib/mime.py`, so that charset, transfer encoding, boundary style, header order, Message-ID and X-Mailer match the simulated sending system (`gen/lib/infra.py`: Gmail, Outlook.com, Exchange Online, Exchange 2019 internal, hosted Postfix with authenticated submission, attacker VPS, cPanel/Exim with PHPMailer, SendGrid, Mailgun, Brevo, Amazon SES, Mailjet, Mailchimp, CleverReach, FreshMail, GMX/WEB.DE, IONOS, WP, Libero, OTEnet, Yandex, PayPal, DocuSign, GitHub, Google, ELSTER).
* Every random choice is seeded from the message key (`random.Random("audit102/<key>")`); dates come from the message definitions. Re-running `python3 gen/build.py` reproduces byte-identical files.
* The build re-parses every file with Python's `email` package (policy `default`), strictly decodes every text part with its declared charset, checks that the top `Received` is mx01's and that no Authentication-Results / DKIM / ARC / X-Spam header is present.
* Plain-text bodies are encoded strictly in their declared charset; HTML parts fall back to numeric character references for characters the charset lacks (as many generators do).

### Artefacts
* **QR codes** (`attack/05`, `attack/26`) are produced by the stdlib-only encoder `gen/lib/qr.py` (byte mode, EC level M, versions 1-10, mask selection by penalty score) and written as PNG by `gen/lib/png.py`; both decode with a standard reader (checked with zbarimg).
* **Password-protected ZIPs** (`attack/14` pw `GS2026`, `attack/29` pw `BF2026`, `attack/38` pw `4471`) use traditional PKWARE encryption (ZipCrypto) written by `gen/lib/zipw.py`; each contains one file with a dangerous double extension (`.pdf.js`, `.pdf.vbs`, `.pdf.scr`) holding a one-line inert placeholder text.
* **HTML/SVG attachments** are inert: no scripts; the credential forms post to attacker-style hosts, the ClickFix command uses the reserved `.invalid` TLD; comments mark where a real kit had script.
* **PDFs** are text-only PDF 1.4 files (Helvetica, WinAnsi) from `gen/lib/pdf.py`; Greek/Russian/Polish PDFs are transliterated because the standard-14 fonts have no Greek/Cyrillic glyphs.
* **IBANs** all carry valid ISO 13616 mod-97 check digits (`gen/lib/banking.py`); national checks are also valid where they exist: Italian CIN, Spanish CCC control digits, Polish settlement-number check digit, Belgian mod-97 account check, Czech mod-11 account check. Russian settlement and correspondent accounts pass the Bank of Russia BIK control-key algorithm (validated against real correspondent accounts of Sberbank, T-Bank, PSB, Alfa, VTB); Russian INN, Polish NIP, Spanish CIF and Greek AFM numbers carry valid check digits.
* **Bitcoin** address in `attack/16` is a P2WPKH bech32 address with a valid BIP-173 checksum.
* Time zones follow the 2026 DST rules (EU change on 25 Oct, US on 1 Nov); mx01 stamps CEST/CET.

### Cross-references between messages
* `attack/01` (freemail CEO) announces the fake lawyer of `attack/10`; both target the CFO on 13 Oct.
* `attack/03` hijacks the real lab thread; the lab's genuine reply `business/04` the same day warns about it.
* `attack/20` is a reply to the genuine reminder `business/17` (same Message-ID in In-Reply-To/References) sent from the carrier's compromised but genuine mailbox.
* `business/09` (Entra ID risky-user alert for katrin.mueller) follows the device-code phish `attack/12` against the same user.
* `business/02` and `business/21` mention the look-alike domains used in `attack/02` and `attack/21`; `business/28`, `business/34` and `business/40` mention the fake tax mails of `attack/28`, `attack/32` and `attack/38`.
* Genuine private addresses of staff (`a.lechner76@web.de`, `pawel.lukasik@wp.pl`, `begona.ibanez.m@gmail.com`) differ from the attacker freemail addresses (`andreas.lechner.87@gmx.de`, `markus.brandstaetter.office@gmail.com`, `vorstand.brandstaetter@outlook.de`).

### Difficulty notes for evaluators
* Attacks sent from genuinely compromised partner mailboxes (`attack/03`, `attack/12`, `attack/20`, `attack/35`) pass sender-domain checks; only the content, link targets, submission path (webmail from a foreign IP) or request betray them.
* `attack/11` is delivered by PayPal's real infrastructure (invoice abuse); `attack/12` only points at microsoft.com.
* `attack/33` forges the company's own domain from an external host; the offline SPF/DMARC evaluation of the gateway should catch it.
* Business messages include urgent payment requests, threats of supply stop, bank-detail changes, security alerts, password resets, private-address mails and bulk newsletters - all things naive filters mistake for attacks.
"""
