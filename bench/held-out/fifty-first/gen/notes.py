"""Free-text notes appended to MANIFEST.md."""
NOTES = [
    "### Conventions",
    "",
    "- Every file is exactly what `mx01.example.com` received: `Return-Path`, mx01's own `Received` line "
    "(`from HELO (rDNS [IP])`, queue id, `for <recipient>`), then the sender's own hops. Internal mail arrives from "
    "`mail-int01.example.com [10.20.0.25]` with the Exchange MAPI hop below it.",
    "- No authentication results are included; where the sender is a look-alike domain, a free mailer or a "
    "compromised genuine account, this is stated per message. A gateway performing SPF/DKIM/DMARC offline must treat "
    "the genuine real-service mails (business/07, 12, 13, 14, 36, 38) and the abused-genuine-service attack "
    "(attack/08, PayPal) as coming from the real providers' published infrastructure.",
    "- All domains other than example.com / examplegroup.eu and the named real services are fictional; phishing URLs "
    "are never resolved. Phone numbers in attacks are invented (UK ones from the Ofcom drama range).",
    "- IBANs carry valid ISO 7064 mod-97 check digits; Italian IBANs a valid CIN, Spanish ones valid DC digits, "
    "Polish ones a valid sort-code check digit, Portuguese ones valid NIB digits. Russian settlement and "
    "correspondent accounts have a valid control key against their BIK; INN, Polish NIP, Italian P.IVA, German "
    "USt-IdNr., Greek AFM and Spanish CIF have valid check digits. The Bitcoin address (attack/14) is a valid "
    "bech32 P2WPKH address derived from a hash (no known private key).",
    "- QR codes (attack/05, attack/29, business/06) are real PNG QR codes produced by `gen/qr.py` (byte mode, ECC M) and "
    "decode with zbarimg.",
    "- Attachments are inert: PDFs contain text only; ZIP archives contain a single one-line placeholder under a "
    "dangerous-looking name (`.pdf.js`, `.vbs`, `.pdf.lnk`, `.pdf.exe`); attack/03 (password LG2610), attack/19 "
    "(7731) and attack/37 (2026) are ZipCrypto-encrypted with the password given in the mail body. HTML/SVG "
    "attachments contain no script; the ClickFix command in attack/10 is defanged (`hxxps`, `[.]`).",
    "",
    "### Attack techniques covered",
    "",
    "CEO fraud (01, and fake-boss 40), fake lawyer / M&A escrow (12), supplier and carrier bank-detail changes from "
    "look-alike domains (02, 17, 22, 34, 38), payroll diversion (07), internal-manager impersonation (26), thread "
    "hijacks from genuinely compromised partner mailboxes (03, 19, 21, 28, 35; 11 and 32 from compromised unrelated "
    "small businesses), tax/e-invoicing/regulator phishing (04 ELSTER/E-Rechnung, 15 Companies House, 18 SdI, "
    "23 KSeF, 27 AEAT, 32 AADE myDATA, 37 FNS, 39 Diadok EDO), courier/customs lures (20 BRT, 30 ATA carnet/DHL, "
    "33 ACS), bank phishing (24), QR-code phishing (05 inline, 29 PNG attachment), callback phishing / TOAD (08 via "
    "genuine PayPal invoice, 31 PDF), HTML attachments (10, 24, 36), SVG attachment (11), password-protected "
    "archives (03, 19, 37), unencrypted archive with LNK (30), ClickFix (10), device-code phishing (09), "
    "Teams / Quick Assist vishing pretext (16), sextortion with Bitcoin (14), gift cards (13), fake register "
    "invoices (06, 25), fake Docusign / SharePoint notifications (21, 35, 36).",
    "",
    "Infrastructure varies: free mailers (GMX, outlook.com/.de, Gmail, mail.ru), look-alike domains on VPS hosts "
    "(Contabo, OVH, Hetzner, DigitalOcean, Hostinger, M247, mikr.us and hosts without rDNS), attacker Microsoft 365 "
    "tenants (09), bulk ESPs (SendGrid 05/15, Brevo 16/18, Amazon SES 23, Mailgun 30), hacked web servers with "
    "PHPMailer/PHP mail() (04, 06, 20, 25, 27), compromised genuine mailboxes on IONOS, Aruba, cPanel/Exim and "
    "Microsoft 365 (03, 11, 19, 21, 28, 32, 35), and an abused genuine service (PayPal invoicing, 08).",
]
