"""Writes staff.txt and MANIFEST.md from the registry filled while building."""
import os
import msg
import people as pp
import ids

TECH = {
    1: ("CEO fraud / BEC, fake-lawyer set-up", "look-alike domain (exarnple.com) on Contabo VPS, Reply-To to Proton"),
    2: ("Supplier bank-detail change", "look-alike domain lieferant-gmbh.com on Hetzner, PDF letter, LT EMI IBAN"),
    3: ("Credential phishing, trade regulator (Bewacherregister / ELSTER)", "abused bulk ESP (Brevo)"),
    4: ("SVG attachment with link (fake DocuSign)", "compromised small-business mailbox (Roundcube via Tor)"),
    5: ("Quishing (MFA re-registration), QR-only", "SendGrid + Cloudflare Pages landing"),
    6: ("Payroll diversion", "free mail (GMX) impersonating an employee"),
    7: ("Fake register / directory invoice", "Mailgun, PDF 'offer' with IBAN"),
    8: ("ClickFix (Win+R PowerShell) in HTML attachment, tender lure", "compromised hospital M365 tenant"),
    9: ("Thread hijack, credential phishing", "genuinely compromised customer M365 mailbox, Cloudflare Workers"),
    10: ("Callback phishing (TOAD)", "abused genuine service: PayPal invoicing"),
    11: ("Device-code phishing (Teams pretext)", "consumer outlook.com"),
    12: ("Sextortion / extortion, Bitcoin (bech32)", "forged own address, direct-to-MX from a Brazilian host"),
    13: ("Gift-card scam (CEO impersonation)", "Gmail"),
    14: ("Fake solicitor / legal threat, password-protected ZIP with .lnk", "look-alike law-firm domain on OVH (Exim)"),
    15: ("Regulator phishing (Companies House ID verification)", "Amazon SES"),
    16: ("HTML attachment credential harvester (remittance advice)", "compromised cPanel mailbox (Exim)"),
    17: ("Carrier bank-detail change", "look-alike domain ferrettitrasporti.it on OVH, PDF letter"),
    18: ("E-invoicing (SdI / Agenzia delle Entrate) credential phishing", "Mailgun"),
    19: ("Aruba PEC renewal / card phishing", "hacked WordPress site, PHPMailer"),
    20: ("Malware lure: ZIP with .pdf.js", "look-alike libero.it free-mail account of a subcontractor"),
    21: ("Fake lawyer + CEO in Cc (escrow)", "look-alike domains, own Roundcube server"),
    22: ("Logistics-partner bank-detail change (VAT white-list angle)", "look-alike partner-logistic.pl, DigitalOcean"),
    23: ("E-invoicing (KSeF) credential phishing", "Amazon SES"),
    24: ("Courier surcharge card/BLIK phishing (InPost)", "look-alike domain on Contabo, PHPMailer"),
    25: ("IT-helpdesk vishing pretext: Teams call + Quick Assist (after e-mail bombing)", "attacker M365 tenant *.onmicrosoft.com"),
    26: ("Fake register invoice (CRDG)", "VPS (OVH, Exim), PDF with IBAN"),
    27: ("Tax-office (AEAT/DEHú) credential phishing", "hacked website, PHPMailer"),
    28: ("Supplier bank-detail change with fake bank certificate", "look-alike .com domain on Hetzner"),
    29: ("Quishing, DocuSign look-alike", "Mailgun"),
    30: ("Callback phishing (TOAD) with PDF invoice", "Gmail"),
    31: ("CEO fraud, move to WhatsApp", "look-alike ccTLD examplegroup.es on OVH"),
    32: ("Tax-refund phishing (AADE/Taxisnet)", "Mailgun"),
    33: ("Bank credential phishing (Eurobank new device)", "hacked website, PHPMailer"),
    34: ("Thread hijack, payment diversion (new IBAN)", "genuinely compromised otenet.gr mailbox + Gmail Reply-To"),
    35: ("Quishing, courier customs fee (ELTA)", "SendGrid"),
    36: ("Abused SharePoint/OneNote share (AiTM lure)", "compromised third-party M365 tenant, genuine SharePoint mail"),
    37: ("Tax-authority malspam (FNS demand), password ZIP with .lnk", "VPS (Exim)"),
    38: ("Subcontractor bank-detail change", "look-alike Yandex free-mail account (The Bat!)"),
    39: ("EDI platform (Kontur.Diadoc) credential phishing", "look-alike domain on Timeweb VDS"),
    40: ("Account credential phishing (Yandex ID)", "Amazon SES"),
}


TOPIC = {
    1: "Lieferant GmbH invoices (invoice numbers and account the attacker imitates)",
    2: "Supplier bank-detail change - proper announcement vs. look-alike",
    3: "Urgent CEO payment request to the CFO",
    4: "Urgent supplier pressure (supply stop) without payment-route change",
    5: "Employee writing from a private free-mail address",
    6: "DocuSign envelope / contract to sign",
    7: "Microsoft MFA / security-info notice",
    8: "Mentions QR codes, Win+R, bank changes (awareness text)",
    9: "Harbourside quotation thread with a document-share link",
    11: "Teams meeting for an external session",
    13: "Gift cards / vouchers for staff",
    14: "Password-protected ZIP from an external firm",
    15: "Companies House mail about filing / ID verification",
    16: "Remittance advice attachment",
    17: "Ferretti Trasporti invoices and bank account",
    18: "Italian e-invoicing (SdI) / Aruba notices",
    20: "Pulizie Bruno invoice from libero.it",
    22: "Partner Logistik invoice and bank account (white list)",
    23: "KSeF e-invoicing",
    25: "IT support / broken laptop, private address",
    27: "AEAT requirement in DEHú",
    28: "Suministros Levante invoices and bank account",
    29: "DocuSign contract from Grupo Hotelero Turia",
    32: "Greek tax (myDATA / VAT / AADE)",
    34: "Karagiannis invoice 312/2026 and his IBAN",
    37: "Official-looking Russian accounting document as attachment",
    38: "Volkov invoices and bank requisites",
    39: "Yandex ID new-sign-in notice",
    40: "Kontur.Diadoc document notification",
}


def cell(s):
    return (s or "").replace("|", "\\|").replace("\n", " ")


def write(root):
    # staff.txt
    with open(os.path.join(root, "staff.txt"), "w", encoding="utf-8") as f:
        for p in pp.STAFF:
            f.write("%s=%s\n" % (p.name, p.email))
    L = []
    a = L.append
    a("# Example Group - blind evaluation set for the mail gateway\n")
    a("80 messages: `attack/` (40 malicious) and `business/` (40 genuine), all dated October-December 2026. "
      "Generated deterministically by `gen/build.py` (Python 3 standard library only).\n")
    a("## The company\n")
    a("**Example Group** - facility management and security services (office and retail cleaning, guarding and "
      "reception, alarm response, building maintenance/HVAC on clients' sites). About 700 mailboxes on "
      "`example.com` and `examplegroup.eu`.\n")
    a("| Office | Legal entity used in mail |\n|---|---|")
    ent = {"HQ": "Example Group GmbH (USt-IdNr. %s)" % pp.EG_USTID, "IT": "Example Group S.r.l. (P.IVA %s)" % pp.EG_IT_PIVA,
           "PL": "Example Group sp. z o.o. (NIP %s)" % pp.EG_PL_NIP, "ES": "Example Group Servicios S.L.",
           "GR": "Example Group Hellas Μ.Ε.Π.Ε.", "UK": "Example Group UK Limited (Companies House 12873465)",
           "RU": "ООО «Экзампл Групп» (ИНН %s)" % pp.EG_RU["inn"]}
    for k, v in pp.OFFICES.items():
        a("| %s | %s |" % (v, ent[k]))
    a("")
    a("Mail flow: inbound MX `mx01.example.com` (Postfix). In every message the top `Received` header is mx01's "
      "(`from HELO (rDNS [IP])`, TLS details, `for <recipient>`), followed by the sender's own hops. Internal mail "
      "arrives from the internal relay `mail-int01.example.com [10.20.0.25]` with the on-premises Exchange hop "
      "(`EXCH02.corp.example.com`) below it. Every message has a `Return-Path`. There are deliberately **no** "
      "Authentication-Results, DKIM-Signature, ARC or X-Spam headers.\n")
    a("## Staff (staff.txt)\n")
    a("| Name | Address | Office | Role |\n|---|---|---|---|")
    for p in pp.STAFF:
        nm = p.name + (" (%s)" % p.native if p.native else "")
        a("| %s | %s | %s | %s |" % (nm, p.email, pp.OFFICES[p.office], p.role))
    a("\nPrivate addresses that appear in genuine mail: Monika Schröder `monika.schroeder78@gmx.de`, "
      "Paweł Kowalczyk `pawel.kowalczyk85@gmail.com`, Eleni Georgiou `eleni.georgiou.ath@gmail.com`. "
      "Shared mailboxes: `alle-de@example.com` (distribution list), `it-helpdesk@example.com`.\n")
    a("## Correspondents\n")
    a("| Organisation | Country | Relationship | Contacts (genuine addresses) | Bank / IDs used in the set |\n|---|---|---|---|---|")
    L_ = pp.LIEF
    a("| %s | DE | %s | %s | old: %s (Commerzbank, until 31.03.2027); new from 01.12.2026: %s (Deutsche Bank); USt-IdNr. %s |" % (
        L_["org"], L_["role"], ", ".join("%s <%s>" % x for x in (L_["maier"], L_["lang"], L_["buha"])),
        ids.fmt_iban(L_["iban_old"]), ids.fmt_iban(L_["iban_new"]), L_["ustid"]))
    Fe = pp.FERR
    a("| %s | IT | %s | %s | %s (Intesa Sanpaolo); P.IVA %s |" % (
        Fe["org"], Fe["role"], ", ".join("%s <%s>" % x for x in (Fe["colombo"], Fe["amm"])), ids.fmt_iban(Fe["iban"]), Fe["piva"]))
    Pl = pp.PLOG
    a("| %s | PL | %s | %s | %s (Santander, on VAT white list); NIP %s |" % (
        Pl["org"], Pl["role"], ", ".join("%s <%s>" % x for x in (Pl["zielinski"], Pl["ksieg"])), ids.fmt_iban(Pl["iban"]), Pl["nip"]))
    extra = {"bruno": ids.fmt_iban(pp.BRUNO_IBAN), "lech": ids.fmt_iban(pp.LECH_IBAN),
             "levante": "%s (CaixaBank); CIF %s" % (ids.fmt_iban(pp.LEVANTE_IBAN), pp.LEVANTE_CIF),
             "karag": "%s (NBG)" % ids.fmt_iban(pp.KARAG_IBAN),
             "volkov": "р/с %s, БИК %s, к/с %s (%s); ИНН %s" % (pp.VOLKOV["acct"], pp.VOLKOV["bik"], pp.VOLKOV["corr"],
                                                             pp.VOLKOV["bank"], pp.VOLKOV["inn"]),
             "nevsky": "ИНН %s, КПП %s" % (pp.NEVSKY["inn"], pp.NEVSKY["kpp"]), "mps": "VAT %s" % pp.MPS_VAT}
    for c in pp.MINE:
        a("| %s | %s | %s | %s | %s |" % (cell(c["org"]), c["country"], cell(c["role"]),
                                          ", ".join("%s <%s>" % x for x in c["people"]), extra.get(c["key"], "")))
    a("\nServices and lists with genuine mail in the set: Microsoft account team (accountprotection.microsoft.com), "
      "Google (accounts.google.com), GitHub, DocuSign (eumail.docusign.net), Yandex ID, Kontur.Diadoc (diadoc.ru), "
      "Companies House (e-reminders), Aruba Fatturazione Elettronica, newsletters *Pulizia Professionale Oggi* "
      "(Mailgun), *Limpieza & Facility* (Brevo), *FM Hellas* (Mailchimp). Example Group's own account: "
      "%s (Sparkasse KölnBonn); Russian entity р/с %s, БИК %s (%s).\n" % (
          ids.fmt_iban(pp.EG_IBAN), pp.EG_RU["acct"], pp.EG_RU["bik"], pp.EG_RU["bank"]))

    for folder, title in (("attack", "attack/ - 40 malicious messages"), ("business", "business/ - 40 genuine messages")):
        a("## %s\n" % title)
        a("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |" %
          ("attack" if folder == "attack" else "genuine"))
        a("|---|---|---|---|---|---|---|")
        for r in msg.REGISTRY:
            if r["folder"] != folder:
                continue
            a("| `%s` | %s | %s | %s | %s | %s | %s |" % (r["file"], r["lang"], r["charset"], r["cte"],
                                                       cell(r["structure"]), cell(r["what"]), cell(r["why"])))
        a("")

    a("## Notes\n")
    a("### Hard negatives (genuine message ↔ attack it resembles)\n")
    a("| Genuine (business/) | Attack(s) (attack/) | Shared topic |\n|---|---|---|")
    byfile = {(r["folder"], int(r["file"][:2])): r for r in msg.REGISTRY}
    for r in msg.REGISTRY:
        if r["folder"] == "business" and r["pair"]:
            att = []
            for p in r["pair"].split(","):
                p = p.strip()
                if p.startswith("A"):
                    att.append("`%s`" % byfile[("attack", int(p[1:]))]["file"])
            a("| `%s` | %s | %s |" % (r["file"], ", ".join(att), cell(TOPIC.get(int(r["file"][:2]), ""))))
    a("")
    a("### Attack techniques and infrastructure\n")
    a("| # | Technique | Infrastructure |\n|---|---|---|")
    for n in sorted(TECH):
        a("| %02d | %s | %s |" % (n, cell(TECH[n][0]), cell(TECH[n][1])))
    a("")
    a("### Conventions and safety\n")
    zips = [(r["folder"], r["file"], r["zip_pw"]) for r in msg.REGISTRY if r["zip_pw"]]
    a("- All IBANs carry valid ISO 13616 mod-97 check digits; Italian IBANs also a valid CIN, Spanish ones valid "
      "DC digits, Polish ones a valid sort-code check digit, French key where used. Russian settlement and "
      "correspondent accounts have a valid control key for their BIK; INN/NIP/P.IVA/USt-IdNr/ΑΦΜ/CIF/UK VAT numbers "
      "have valid check digits.")
    a("- Bitcoin address in attack 12: `%s` (bech32, valid checksum, random hash - no known owner)." % pp.BTC)
    a("- QR codes are real PNG QR codes (byte mode, ECC M) produced by `gen/qr.py`; payloads:")
    for (folder, f, key), payload in msg.QR_EXPECT.items():
        a("  - `%s/%s` → `%s`: %s" % (folder, f, key, payload))
    a("- ZIP archives: `attack/14` and `attack/37` (ZipCrypto, password in the mail body), `attack/20` (not "
      "encrypted), `business/14` (ZipCrypto, password sent out-of-band - for the evaluators: `Mps#Nov26-EG`). "
      "Passwords: " + ", ".join("`%s/%s`: `%s`" % z for z in zips) + ".")
    a("- Every 'dangerous' file inside an attack ZIP (.lnk, .js) is a one-line text placeholder. HTML and SVG "
      "attachments contain no script; the ClickFix command in attack 08 targets a TEST-NET address "
      "(198.51.100.47). PDFs contain text only. All phishing domains are fictitious.")
    a("- Genuine brands (Microsoft, Google, GitHub, DocuSign, PayPal, Yandex, Kontur, Aruba, Companies House) "
      "are shown with plausible but synthetic IDs and tokens.")
    a("- Hosts and IPs of real providers follow their usual naming (Google `mail-*-f*.google.com`, EOP "
      "`*.outbound.protection.outlook.com`, SendGrid, Mailgun, Brevo, SES, Mailchimp, GMX, Yandex, libero/Italiaonline, "
      "wp.pl, OTE); message IDs, boundaries and X-Mailer/User-Agent follow each sending system's style.")
    with open(os.path.join(root, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
