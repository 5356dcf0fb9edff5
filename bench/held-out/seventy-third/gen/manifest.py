"""Write staff.txt and MANIFEST.md."""
from people import COMPANY, CORRESPONDENTS, OFFICES, STAFF

LANG_NAMES = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek",
              "ru": "Russian"}


def write_staff(path):
    with open(path, "w", encoding="utf-8") as f:
        for key, (name, addr, office, role) in STAFF.items():
            f.write("%s=%s\n" % (name, addr))


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def write_manifest(path, attacks, business):
    L = []
    w = L.append
    w("# Evaluation set – Example Group mail gateway")
    w("")
    w("Blind evaluation set for a spam/phishing-filtering mail gateway: 40 attack messages (`attack/`) and "
      "40 genuine business messages (`business/`), all as delivered by the inbound MX. Generated "
      "deterministically by `gen/build.py` (Python 3 standard library only).")
    w("")
    w("## The company")
    w("")
    w("**%s** (%s) – domains `%s`, about %d mailboxes." % (COMPANY["name"], COMPANY["legal"], "`, `".join(COMPANY["domains"]), COMPANY["mailboxes"]))
    w("")
    w(COMPANY["trade"])
    w("")
    w("- Inbound MX: %s. Every message's top `Received` header is mx01's (`from HELO (rDNS [IP]) … by mx01.example.com (Postfix) … for <recipient>`), below it the sender's own hops." % COMPANY["mx"])
    w("- Internal mail: %s; the top header names mail-int01 as client, with the Exchange hops below." % COMPANY["relay"])
    w("- No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present (the gateway evaluates those itself).")
    w("- All dates are October–December 2026 (CEST until 25 Oct 2026, CET afterwards).")
    w("")
    w("| Office | Location / entity |")
    w("|---|---|")
    for k, (city, ent) in OFFICES.items():
        w("| %s | %s – %s |" % (k, _cell(city), _cell(ent)))
    w("")
    w("## Staff")
    w("")
    w("| Name | Address | Office | Role |")
    w("|---|---|---|---|")
    for key, (name, addr, office, role) in STAFF.items():
        w("| %s | %s | %s | %s |" % (_cell(name), addr, OFFICES[office][0], _cell(role)))
    w("")
    staff_addrs = {a for (_, a, _, _) in STAFF.values()}
    other = set()
    for m in list(attacks) + list(business):
        for a in list(m.to) + list(m.cc or []):
            addr = a if isinstance(a, str) else a[1]
            if addr.split("@")[1] in ("example.com", "examplegroup.eu") and addr not in staff_addrs:
                other.add(addr)
    w("Other Example Group mailboxes that appear in To/Cc (shared mailboxes and distribution lists; the envelope recipient in mx01's header is always a staff member or the AP intake): %s." % ", ".join("`%s`" % a for a in sorted(other)))
    w("")
    w("## Correspondents")
    w("")
    w("| Organisation | Country | Role | Contacts | Mail system (as seen in headers) |")
    w("|---|---|---|---|---|")
    for org, cc, role, contacts, system in CORRESPONDENTS:
        cs = "; ".join("%s <%s>" % (n, a) for n, a in contacts)
        w("| %s | %s | %s | %s | %s |" % (_cell(org), cc, _cell(role), _cell(cs), _cell(system)))
    w("")
    for kind, folder, mails in (("attack", "attack", attacks), ("business", "business", business)):
        w("## `%s/` – %d messages" % (folder, len(mails)))
        w("")
        w("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |")
        w("|---|---|---|---|---|---|---|")
        for m in mails:
            w("| `%s` | %s | %s | %s | %s | %s | %s |" % (m.filename, m.lang, _cell(m.charset_summary()), _cell(m.cte_summary()),
                                                       _cell(m.structure()), _cell(m.what), _cell(m.why)))
        w("")
    w("## Notes")
    w("")
    w("### Hard negatives (genuine messages on the same topic as specific attacks)")
    w("")
    w("| Business message | Hard negative of attack | What they share / what differs |")
    w("|---|---|---|")
    byn = {m.num: m for m in attacks}
    for m in business:
        if m.pair:
            pairs = ", ".join("`%s`" % byn[n].filename for n in m.pair)
            w("| `%s` | %s | %s |" % (m.filename, pairs, _cell(m.pair_note)))
    w("")
    w("### Attack techniques covered")
    w("")
    for line in TECHNIQUES:
        w("- " + line)
    w("")
    w("### Realism and safety notes")
    w("")
    for line in NOTES:
        w("- " + line)
    w("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L))


TECHNIQUES = [
    "CEO / executive fraud (external free mailer, look-alike and homoglyph domains), incl. gift-card variant and WhatsApp channel switch: 01, 21, 25, 31",
    "Fake lawyer / confidential acquisition with escrow account: 19",
    "Supplier / carrier bank-detail change from look-alike domains: 02, 18, 28, 33, 37",
    "Thread hijack from genuinely compromised partner mailboxes (real domains): 03 (HTML login attachment), 22 (bank change with look-alike Reply-To), 35 (HTML login attachment); compromised partner tenant for device-code lure: 10",
    "Payroll diversion: 07; payroll-themed quishing: 30",
    "Credential phishing tailored to national tax offices / e-invoicing / customs / regulators: ELSTER 04, SdI/Fatture e Corrispettivi 17, KSeF 23, ZUS PUE 26, AEAT/DEHú 27, AADE myDATA 32, FNS 38, Rosprirodnadzor NVOS 39, Companies House 11, Environment Agency 12",
    "Brand/service phishing: DocuSign 09, Microsoft 365 MFA 05, Aruba PEC 20, Kontur.Diadok EDI 40, Eurobank e-banking 36",
    "Abused genuine services: real SharePoint Online sharing notification from a compromised tenant 34, genuine microsoft.com/devicelogin 10, Cloudflare Pages/Workers hosting 03/09, Yandex 360 mail hosting for a look-alike domain 39, own Microsoft 365 tenant for a homoglyph domain 31",
    "Courier / customs small-fee lures: InPost 24, Correos/aduana 29",
    "Quishing (real decodable PNG QR codes, inline cid images): 05, 30",
    "Callback phishing (TOAD) with PDF invoice: 13",
    "HTML attachments (static login forms posting to attacker hosts): 03, 26, 35; SVG attachment with link: 12",
    "ClickFix (fake human verification telling the user to paste a command into Win+R): 14",
    "Device-code phishing (genuine microsoft.com/devicelogin with attacker-issued code): 10",
    "Teams / Quick Assist remote-access vishing pretext after e-mail bombing: 15",
    "Archives: password-protected ZIP (ZipCrypto, password in body) with double-extension executable placeholder 08, 38; plain ZIP with .pdf.msi placeholder plus download link 27",
    "Extortion / sextortion with valid bech32 Bitcoin address, spoofed own address: 16",
    "Fake directory / register invoice: 06",
    "Infrastructure variety: free mailers (Outlook.com 01, Gmail 07/13/25, web.de 08, libero.it 21), compromised small businesses and mailboxes (Strato Roundcube 05, cPanel/Exim shared hosts 12/14/26/38, otenet Zimbra 35, home.pl webmail 22, Microsoft 365 tenants 03/10/34), look-alike domains on rented servers (Hetzner 02/33, OVH 06/18, Contabo 17, Hostinger 19, Vultr 28, DigitalOcean 27, M247 32, reg.ru cloud 37, no-rDNS host 24), bulk ESPs (SendGrid 04/23/36, Mailgun 09/29/40, Brevo 11/20, Amazon SES 15/30), a homoglyph domain on its own Microsoft 365 tenant 31, a look-alike domain on Yandex 360 39, a Vietnamese broadband host without TLS 16",
]

NOTES = [
    "All IBANs carry valid ISO 13616 mod-97 check digits; Italian IBANs also a valid CIN, Spanish ones valid DC digits, Portuguese ones valid NIB check digits, Polish ones a valid sort-code check digit. Russian settlement and correspondent accounts carry a valid control key for their BIK; INN/OGRN, Italian partita IVA, Polish NIP, Greek AFM, Spanish CIF and German USt-IdNr carry valid check digits.",
    "The Bitcoin address in 16 is a valid bech32 (P2WPKH) address derived from a fixed hash, not anyone's wallet.",
    "QR codes are generated by gen/qr.py (byte mode, ECC M, full Reed-Solomon and masking); gen/verify.py decodes them with zbarimg when it is installed and compares with the intended URL.",
    "Attachments are inert: PDFs contain only text; ZIPs contain a one-line text placeholder under a dangerous-looking name; HTML and SVG attachments contain no script (static forms/links only); the ClickFix page only displays text.",
    "Phone numbers in attacks use ranges reserved for drama/fiction where such ranges exist (UK 020 7946 0xxx).",
    "Attacker-registered domains are invented look-alikes; abused genuine services appear under their real names (pages.dev, workers.dev, sharepoint.com, microsoft.com/devicelogin, ESP hosts). Real brands and authorities appear only as impersonation targets or, in business mail, as the genuine sending service.",
    "Verification (gen/verify.py, run by build.py): every file parses with Python's email package without defects, every text part decodes in its declared charset, From/To display names and Subject decode to the intended text, top Received is mx01's with plausible timestamps, CRLF line ends, no forbidden authentication/spam headers, encrypted ZIPs open with their stated password, IBANs in bodies and PDFs pass mod-97, the Bitcoin address passes bech32, HTML/SVG parts contain no script or event handlers.",
]
