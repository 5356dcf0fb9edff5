"""staff.txt and MANIFEST.md writers."""
from company import COMPANY, STAFF, CORR

TECHNIQUES = [
    "CEO fraud / BEC first contact from a free mailer (01 Gmail, 19 Libero with gift cards, 26 Outlook.com moving to WhatsApp)",
    "Fake lawyer / confidential acquisition escrow transfer (29; announced in 01)",
    "Supplier / carrier / customer bank-detail change from look-alike domains (02 .com, 17 typo-domain, 22 .com.pl, 34 .com refund, 39 .com with Russian account details)",
    "Bank-detail change from a genuinely compromised partner mailbox with look-alike Reply-To (28)",
    "Payroll diversion from an unknown private address (07)",
    "Thread hijack from compromised partner mailboxes (05 encrypted ZIP with .pdf.js, 21 Canva-hosted lure to Microsoft login)",
    "Tax-authority and e-invoicing credential phishing (03 ELSTER certificate, 13 HMRC, 23 KSeF token, 27 AEAT VERI*FACTU, 32 AADE myDATA, 38 FNS), tax-themed malware (18 Agenzia delle Entrate ZIP with .vbs)",
    "Quishing with real QR codes (04 Sparkasse pushTAN inline, 24 PKO KYC attachment, 30 Correos customs fee inline, 33 ACS courier fee inline)",
    "Callback phishing / TOAD through genuine PayPal invoices (12)",
    "HTML attachment credential form (09 fake DocuSign) and SVG attachment lures (14 voicemail, 20 SharePoint-styled invoice)",
    "ClickFix fake CAPTCHA with Win+R paste instructions (06)",
    "Device-code phishing via microsoft.com/devicelogin from a look-alike Microsoft 365 tenant (10)",
    "Help-desk vishing pretext after e-mail bombing: external Teams chat + Quick Assist (11)",
    "Password-protected archives with executables/scripts (05 .pdf.js, 25 .pdf.exe RFQ malspam, 37 .pdf.lnk akt sverki)",
    "Fake quarantine digest impersonating the company's own mail gateway (31)",
    "Trade-specific lures: principal's dealer portal (36), trade-fair housing scam (16), supplier proforma (06)",
    "Extortion: data-leak ransom in bech32 Bitcoin (15), fake police summons with base58 Bitcoin 'settlement' (35)",
    "Fake directory / register invoice (08)",
    "Account-security phishing: fake Yandex ID login alert (40)",
    "Infrastructure variety: Gmail, Outlook.com, Libero, Proton; hijacked WordPress/cPanel/Aruba/home.pl/Timeweb/dnhost hosts; VPS on Contabo, OVH, Hetzner, VDSina, REG.RU; Namecheap Private Email, Zoho, Hostinger, Yandex 360 and Microsoft 365 tenants on look-alike domains; SendGrid, Mailgun, Brevo, Amazon SES; abused genuine services (PayPal, Canva, Microsoft device login)",
]

LANGNAME = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish",
            "el": "Greek", "ru": "Russian"}


def write_staff(path):
    with open(path, "w", encoding="utf-8") as fh:
        for key, (name, addr, office, role) in STAFF.items():
            fh.write("%s=%s\n" % (name, addr))


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def write_manifest(path, attacks, business):
    L = []
    c = COMPANY
    L.append("# Evaluation set: Example Group inbound mail\n")
    L.append("## The company\n")
    L.append("**%s** (%s; domains `%s`, about %d mailboxes). %s\n" % (
        c["name"], c["legal_hq"], "`, `".join(c["domains"]), c["mailboxes"], c["trade"]))
    L.append("- Headquarters: %s (phone %s)" % (c["hq"], c["phone_hq"]))
    L.append("- Offices: " + "; ".join("%s: %s" % (k, v) for k, v in c["offices"].items()))
    L.append("- Inbound MX: `%s`; every message's top `Received` is mx01's (`from HELO (rDNS [IP])`, `for <recipient>`)." % c["mx"])
    L.append("- Internal mail: %s relays for %s; internal messages carry mx01's hop from the relay, the relay's hop from Exchange and the Exchange submission hops." % (c["relay"], c["exchange"]))
    L.append("- No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present; the gateway is expected to evaluate those itself (offline here).")
    L.append("- All dates fall between October and December 2026; EU summer time ends 25 Oct 2026, so timestamps switch from +0200 (CEST) to +0100 (CET).\n")

    L.append("## Staff (also in `staff.txt`)\n")
    L.append("| Name | Address | Office | Role |")
    L.append("|---|---|---|---|")
    for key, (n, a, o, r) in STAFF.items():
        L.append("| %s | %s | %s | %s |" % (n, a, o, r))
    L.append("")
    L.append("## Correspondents\n")
    L.append("| Organisation | Country | Contact | Address | Relationship |")
    L.append("|---|---|---|---|---|")
    for key, (org, cc, n, a, kind) in CORR.items():
        L.append("| %s | %s | %s | %s | %s |" % (org, cc, n, a, kind))
    L.append("")

    for title, folder, items in (("Attack messages (`attack/`)", "attack", attacks),
                                 ("Genuine business messages (`business/`)", "business", business)):
        L.append("## %s\n" % title)
        counts = {}
        for it in items:
            counts[it.lang] = counts.get(it.lang, 0) + 1
        L.append("Counts: " + ", ".join("%s %d" % (LANGNAME[k], v) for k, v in counts.items()) + "; total %d.\n" % len(items))
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |" % ("attack" if folder == "attack" else "genuine"))
        L.append("|---|---|---|---|---|---|---|")
        for it in items:
            cs, cte = it.body_charset_cte()
            L.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                it.filename, it.lang, cs, cte, _cell(it.structure_text()), _cell(it.what), _cell(it.why)))
        L.append("")

    L.append("## Notes\n")
    L.append("### Hard negatives (genuine messages on the same topic as an attack)\n")
    L.append("| Business message | Hard negative of attack | What separates them |")
    L.append("|---|---|---|")
    byslug = {it.slug: it for it in attacks}
    for it in business:
        if it.pair:
            for slug, reason in it.pair:
                a = byslug[slug]
                L.append("| %s | %s | %s |" % (it.filename, a.filename, _cell(reason)))
    L.append("")
    L.append("### Attack techniques covered\n")
    for t in TECHNIQUES:
        L.append("- " + t)
    L.append("")
    L.append("### Context the gateway may need\n")
    L.append("- Known private addresses of staff: Katrin Vogel <katrin.vogel84@web.de>, Paweł Kowalczyk <pawel.kowalczyk85@wp.pl>. Any other private address using a staff name is unknown.")
    L.append("- Vendor master data: Lieferant GmbH pays to Sparkasse Gütersloh-Rietberg-Versmold until 31 Dec 2026 (announced change to Volksbank Bielefeld-Gütersloh from 1 Jan 2027, business 02); Ferretti Trasporti to BPER Banca; Partner Logistik to mBank (white-listed); Transportes Hermanos Gil to Ibercaja; Hokuto Agri Europe B.V. to ABN AMRO; ЮгТрансЛогистик to Sberbank Krasnodar; the Greek dealer's refund account is at Piraeus Bank.")
    L.append("- Partner mail platforms: Lieferant GmbH, Ferretti Trasporti, Fenland Agri and Lanuza & Sierra use Microsoft 365; Partner Logistik uses Google Workspace; Landtechnik Hansen uses all-inkl.com (Outlook); Agricola Valpadana uses Aruba (Outlook); AgroSerwis Kujawy uses home.pl (Thunderbird); Transportes Gil runs its own Postfix/Roundcube; АгроКубань uses Yandex 360; ЮгТрансЛогистик sends from 1C via Mail.ru for Business.")
    L.append("- Archive passwords stated in the mails: attack 05 `LH2026`, attack 25 `Rolmech2026`, attack 37 `2026`; attack 18's ZIP is not encrypted.")
    L.append("- Threads: attack 05 replies into the thread started by business 08 (Message-IDs match); attack 21 replies into the thread started by business 20.")
    L.append("")
    L.append("### Conventions\n")
    L.append("- IBANs carry valid ISO 13616 mod-97 check digits; national check digits are valid where a public algorithm exists (DE account check digit method 00, IT CIN, ES DC, PL sort-code digit, FR RIB key). Russian settlement accounts pass the BIK control-key test, and the banks' correspondent accounts are real. VAT/tax numbers (DE USt-IdNr, IT partita IVA, PL NIP, ES CIF, GR AFM, RU INN/OGRN, UK VAT) carry valid check digits.")
    L.append("- Bitcoin addresses are valid bech32 (P2WPKH) or base58check (P2PKH) strings generated from fixed seeds; they belong to nobody known.")
    L.append("- QR codes are real PNG QR codes (ISO 18004, byte mode) produced by `gen/qr.py`; `gen/verify.py` decodes them with zbarimg when it is installed.")
    L.append("- Attachments are inert: PDFs contain text only; ZIP members hold a one-line placeholder under a dangerous-looking name (some ZipCrypto-encrypted, password given in the mail); HTML/SVG attachments contain no executable script (where the real kit uses script, it is present only as `type=\"text/plain\"` data); payload hosts in ClickFix/script lures use TEST-NET addresses.")
    L.append("- Attacker domains are invented look-alikes; the infrastructure hostnames and address ranges mimic the hosting types named in each row.")
    L.append("- Genuine-service messages (Microsoft, Google, GitHub, Yandex, DocuSign, PayPal, GOV.UK Notify) imitate those services' real sending infrastructure and formats as closely as known; message contents are invented.")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")
