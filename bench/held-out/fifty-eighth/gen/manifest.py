# -*- coding: utf-8 -*-
"""MANIFEST.md and staff.txt writers."""
from company import COMPANY, CORRESPONDENTS, OFFICES, STAFF

LANGS = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def staff_txt():
    return "".join("%s=%s\n" % (v[0], v[1]) for v in STAFF.values())


def manifest(attacks, business):
    L = ["# Evaluation set - MANIFEST", ""]
    L += ["## Company", "",
          "**%s** (%s), domains %s, %s mailboxes." % (COMPANY["name"], COMPANY["legal"],
                                                      " and ".join("`%s`" % d for d in COMPANY["domains"]),
                                                      COMPANY["mailboxes"]),
          "Trade: %s." % COMPANY["trade"], "",
          "- HQ: %s; VAT ID %s; %s" % (COMPANY["hq"], COMPANY["ustid"], COMPANY["hrb"]),
          "- Offices: " + "; ".join("%s (%s)" % (o[0], o[1]) for o in OFFICES),
          "- Inbound MX: %s - its `Received` header is on top of every message "
          "(`from HELO (rDNS [IP]) ... for <recipient>`)." % COMPANY["mx"],
          "- Internal mail: %s." % COMPANY["relay"],
          "- No Authentication-Results / DKIM-Signature / ARC / X-Spam headers anywhere: the gateway "
          "evaluates SPF/DKIM/DMARC itself (offline in this evaluation).",
          "- All dates between October and December 2026.", ""]
    L += ["## Staff", "", "| Name | Address | Office | Role |", "|---|---|---|---|"]
    for v in STAFF.values():
        L.append("| %s | %s | %s | %s |" % tuple(_cell(x) for x in v))
    L += ["", "## Correspondents", "", "| Organisation | Country | Relationship | Contacts |", "|---|---|---|---|"]
    for org, ctry, role, contacts in CORRESPONDENTS:
        L.append("| %s | %s | %s | %s |" % (_cell(org), _cell(ctry), _cell(role),
                                            _cell("; ".join("%s <%s>" % c for c in contacts))))
    for title, msgs, col in (("attack", attacks, "Why attack"), ("business", business, "Why genuine")):
        L += ["", "## Folder `%s/` (%d messages)" % (title, len(msgs)), "",
              "| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |" % col,
              "|---|---|---|---|---|---|---|"]
        for m in msgs:
            L.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                m.filename, m.lang, m.charsets(), m.ctes(), _cell(m.structure()), _cell(m.what), _cell(m.why)))
    L += ["", "## Notes", "", "### Hard negatives (genuine business mail mirroring specific attacks)", "",
          "| Attack | Business hard negative(s) | Shared topic | What separates them |", "|---|---|---|---|"]
    aid = {"A%02d" % m.num: m for m in attacks}
    bid = {"B%02d" % m.num: m for m in business}
    for m in attacks:
        for h in m.hn:
            pass
    pairs = {}
    for m in attacks:
        if m.hn:
            pairs["A%02d" % m.num] = m.hn
    for a, hs in pairs.items():
        am = aid[a]
        topic, diff = HN_NOTES.get(am.slug, (bid[hs[0]].what, "see the 'Why' columns"))
        L.append("| %s `%s` | %s | %s | %s |" % (
            a, am.filename, ", ".join("%s `%s`" % (h, bid[h].filename) for h in hs), _cell(topic), _cell(diff)))
    L += ["", "IDs: `A01`-`A40` = attack/01-40, `B01`-`B40` = business/01-40.", ""]
    L += NOTES
    return "\n".join(L) + "\n"


HN_NOTES = {
    "ceo-fraud-vertrauliche-akquisition": (
        "CEO asks the CFO for an urgent same-day payment",
        "Genuine: internal relay, SAP workflow already approved, known payee, 'call me'. Attack: look-alike domain "
        "on a VPS, secrecy, no phone, escrow to a lawyer."),
    "lieferant-bankverbindung-lookalike": (
        "Lieferant GmbH changes its bank account / open invoices",
        "Genuine: real domain and server, change effective in the future, old account kept, call-back on the "
        "known number, regional German bank. Attack: .com look-alike on M365, immediate change to a Lithuanian "
        "EMI, open invoices redirected, phone discouraged."),
    "hr-entgeltabrechnung-quishing": (
        "HR moves payslips to a digital portal",
        "Genuine: internal relay, registration code by post, no company password. Attack: external ESP, QR code "
        "to a workers.dev login asking for M365 password + MFA."),
    "gehaltskonto-aenderung-freemail": (
        "Employee writes to HR from a private mailbox",
        "Genuine: her known GMX address, sick note only. Attack: unknown web.de address, salary IBAN change."),
    "thread-hijack-lieferant-zip-passwort": (
        "Lieferant GmbH sends invoices/corrections by e-mail",
        "Same real domain and server in both; the attack is submitted from a foreign hosting IP and carries an "
        "encrypted ZIP with a .js file instead of an ERP-generated PDF."),
    "docusign-lookalike-r2": (
        "DocuSign envelope from a customer",
        "Genuine: docusign.net infrastructure, eu.docusign.net link with envelope IDs and access code. Attack: "
        "look-alike domain via SES, link to an r2.dev bucket."),
    "device-code-teams-pretext": (
        "Teams meeting with an external party",
        "Genuine: normal Teams join link, meeting ID/passcode, iCalendar. Attack: asks to enter a code at "
        "microsoft.com/devicelogin (token theft)."),
    "toad-microsoft-billing-abused-tenant": (
        "Microsoft billing e-mail from microsoft.com",
        "Both come from real Microsoft infrastructure; the attack's 'Organization' field contains a callback "
        "phone number and a refund lure, the genuine one is the company's own EUR invoice."),
    "gift-cards-ceo-outlookcom": (
        "CEO asks a manager for an urgent favour involving money",
        "Genuine: internal relay, business payment in SAP. Attack: CEO name on outlook.com, gift cards, secrecy."),
    "fake-lawyer-escrow-project-harbour": (
        "Solicitors writing about a confidential matter",
        "Genuine: the group's known law firm via its Mimecast gateway, no money to be paid by the company, warns "
        "about bank-detail fraud. Attack: unknown firm on a new domain, same-day GBP deposit, NDA secrecy."),
    "svg-remittance-advice": (
        "Customer remittance advice",
        "Genuine: PDF from accounts@nordicbulk.dk via the customer's tenant. Attack: look-alike domain via "
        "Mailgun, SVG with a login link."),
    "ferretti-variazione-iban-lookalike": (
        "Ferretti Trasporti invoices / payment",
        "Genuine: .it domain on Aruba, unchanged Intesa IBAN, even when urgent. Attack: .com look-alike on OVH, "
        "new IBAN in Milan, 'phones down'."),
    "richiesta-pda-zip-malware": (
        "Shipowner asks for a PDA and sends vessel particulars",
        "Genuine: known owner on its domain, plain PDF Q88, follows a call. Attack: free-mail 'manager', ZIP with "
        ".pdf.exe."),
    "finto-helpdesk-teams-quick-assist": (
        "IT support issue of the Genoa office manager",
        "Genuine: colleague reports a broken laptop, ticket opened by phone with the service desk. Attack: "
        "external onmicrosoft.com 'help desk' announcing a Teams call and Quick Assist."),
    "thread-hijack-partner-logistik-rachunek": (
        "Partner Logistik transport-order thread and invoices",
        "Same real mailbox; genuine reply comes from the partner's office line and confirms the PKO BP account; "
        "the hijack comes from a VPN/hosting IP, with Reply-To to partner-logistlk.pl and a new account."),
    "cv-zip-haslo-lnk": (
        "Job application with CV",
        "Genuine: Gmail applicant, plain PDF. Attack: password-protected ZIP with a .lnk."),
    "nomina-cambio-cuenta-gmail": (
        "Salary bank account change",
        "Genuine: internal notice that changes are only accepted in person with a bank certificate. Attack: "
        "private Gmail asking to pass a new IBAN to the payroll agency."),
    "buzon-voz-html-adjunto": (
        "Voicemail notification e-mail",
        "Genuine: internal 3CX via Exchange with WAV. Attack: external PHPMailer with HTML login form."),
    "aegean-star-lookalike-epistrofi-ypoloipou": (
        "Refund of the owners' DA balance after the FDA",
        "Genuine: aegeanstar.gr via its M365, known Piraeus Bank IBAN, 'no change'. Attack: look-alike .com on "
        "Namecheap Private Email, new Cyprus IBAN, written-only."),
    "manager-impersonation-whatsapp": (
        "Office manager needs an urgent payment today",
        "Genuine: internal relay, approved PDA, stored payee, second approval, phone welcome. Attack: Gmail, "
        "secrecy, move to WhatsApp."),
    "chandler-katastasi-logariasmou-html": (
        "Ship chandler sends invoices / statement",
        "Genuine: known chandler, PDF with myDATA MARK. Attack: unknown chandler, HTML Excel-Online login."),
    "nevskaya-lookalike-smena-rekvizitov": (
        "Nevsky Forwarding invoices and bank details",
        "Genuine: nevexp.ru, Sberbank details 'unchanged'. Attack: nevexp.com on a VPS, new bank (T-Bank) with "
        "formally valid BIK/account keys."),
    "it-kvota-yashchika-owa-phishing": (
        "Mailbox quota / IT maintenance",
        "Genuine: internal relay, no action required, warns about quota phishing. Attack: external look-alike "
        "domain, OWA clone link."),
}


NOTES = [
    "### Other notes", "",
    "- Every IBAN carries valid ISO 13616 mod-97 check digits; Italian IBANs have a valid CIN, Spanish ones valid "
    "DC digits, Polish ones a valid sort-code check digit; Russian settlement/correspondent accounts pass the "
    "BIK control-key check; German USt-IdNr, Polish NIP, Italian P.IVA, Greek AFM, Russian INN, EU MRN, "
    "ISO 6346 container and IMO numbers carry valid check digits.",
    "- Bitcoin address in the extortion mail is a bech32 (BIP-173) P2WPKH address with a valid checksum.",
    "- QR codes are real PNG QR codes (byte mode, EC level M) produced by `gen/qr.py`; the build decodes them "
    "again with an independent Reed-Solomon/format check (and with zbarimg when available).",
    "- Attachments are inert: PDFs contain text only (no JavaScript/OpenAction); archives contain one-line "
    "placeholders under dangerous-looking names (.js, .exe, .lnk); HTML and SVG files contain no script "
    "(static forms/links only). Password-protected archives use traditional PKWARE ZipCrypto.",
    "- Telephone numbers used by attackers for callback (TOAD) are from the UK Ofcom drama range 020 7946 0xxx.",
    "- Domains of attackers are fictitious look-alikes; abused genuine services (Microsoft billing mail, "
    "SendGrid, Mailgun, Brevo, Amazon SES, Cloudflare R2/Workers, Firebase, IPFS gateways) are named as such.",
]
