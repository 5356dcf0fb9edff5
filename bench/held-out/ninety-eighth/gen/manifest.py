"""Writes staff.txt and MANIFEST.md from the registry and the generated message trees."""
import hashlib
import io
import os
import zipfile

import common
from company import COMPANY, OFFICES, STAFF, CORRESPONDENTS, BANK, RU, BTC
from lib import ids
from lib.mime import Text, Attach, Multi

LANG_NAMES = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek", "ru": "Russian"}

# business slug -> attack slug, topic
HARD_NEGATIVES = [
    ("lieferant-bankverbindung-korrekt-angekuendigt", "lieferant-bankverbindung-lookalike", "supplier bank-detail change (Lieferant GmbH)"),
    ("ceo-dringende-anzahlung-intern", "ceo-fraud-vertrauliche-uebernahme", "urgent payment request by the CEO"),
    ("krankmeldung-privat-gmx", "gehaltskonto-aenderung-outlook-de", "employee writing to HR from private free-mail"),
    ("docusign-rahmenvertrag-echt", "docusign-rahmenvertrag-quishing", "DocuSign envelope 'Rahmenvertrag 2027' from Fassadenbau Rhein-Main"),
    ("lieferant-auftragsbestaetigung-thread", "thread-hijack-lieferant-r2-link", "same order thread 4500012873 from the same real mailbox"),
    ("lieferant-rechnung-re-2026-09102", "register-eintragungsofferte", "invoice-like PDF to accounts payable"),
    ("microsoft-account-security-info-added", "device-code-phishing-britline-lookalike", "Microsoft account sign-in / security"),
    ("it-notice-helpdesk-teams-quick-assist", "teams-helpdesk-quick-assist-vishing", "IT helpdesk, Teams, Quick Assist, mail flooding"),
    ("britline-remittance-advice", "svg-remittance-compromised-joinery", "Britline Glazing remittance advice"),
    ("midlands-build-itt-genuine", "itt-tender-portal-credential-phish", "invitation to tender from Midlands Build Partners"),
    ("laptop-broken-private-gmail", "gift-cards-ceo-gmail", "colleague's name on a Gmail address"),
    ("ferretti-fattura-2026-1187", "ferretti-variazione-iban-lookalike", "Ferretti Trasporti invoices and bank account"),
    ("ferretti-cmr-ddt-risposta", "thread-hijack-ferretti-zip-js", "same CMR/DDT thread from Chiara Colombo's real mailbox"),
    ("partner-logistik-zmiana-rachunku-oficjalna", "partner-logistik-zmiana-rachunku-lookalike", "Partner Logistik bank-account change"),
    ("partner-logistik-faktura-ksef", "ksef-weryfikacja-uprawnien-qr", "KSeF"),
    ("zwolnienie-lekarskie-prywatny-o2", "bec-whatsapp-kierownik-wp", "colleague writing from a WP-group free-mail address"),
    ("transportes-lazaro-factura-roundcube", "factura-html-adjunto-excel-login", "Transportes Lázaro invoice (same cPanel/Exim header style)"),
    ("sharepoint-compartido-genuino", "cliente-comprometido-sharepoint-falso", "SharePoint share from Carmen López"),
    ("asesoria-verifactu-calendario", "verifactu-aeat-certificado-phish", "VERI*FACTU"),
    ("thermaikos-pinakas-yalostasion-thread", "thread-hijack-thermaikos-onedrive-blob", "same offer thread from Νίκος Αντωνίου's real mailbox"),
    ("logistis-otenet-fpa-mydata-csv", "aade-mydata-mark-taxisnet-phish", "myDATA / missing ΜΑΡΚ"),
    ("giorgos-epeigousa-pliromi-intern", "ceo-fraud-office-manager-lookalike", "urgent payment request by the Greek office manager"),
    ("steklotorg-smena-rekvizitov-oficialno", "steklotorg-smena-rekvizitov-lookalike", "SteKloTorg bank-requisites change"),
    ("yandex-id-vhod-nastoyashchiy", "yandex-id-vhod-phish", "Yandex ID new-device sign-in"),
    ("vnutrennee-zakrytie-goda", "ifns-trebovanie-zip-parol", "tax-office requirements / EDO"),
    ("lieferant-mahnung-liefersperre", "lieferant-bankverbindung-lookalike", "Lieferant GmbH payment pressure (same invoices named)"),
]

TECHNIQUES = [
    "BEC / CEO fraud from look-alike domains (de, el) and a fake lawyer acting 'for the CEO' (it)",
    "Supplier / carrier bank-detail change from look-alike domains (de, it, pl, ru)",
    "Payroll diversion from a free-mail account (de)",
    "BEC opener moving the victim to WhatsApp (pl); gift-card request (en)",
    "Thread hijacks from genuinely compromised partner mailboxes: link to Cloudflare R2 (de), encrypted ZIP with .js (it), Azure blob link (el)",
    "Compromised customer mailbox sending a fake SharePoint share to workers.dev (es)",
    "Credential phishing of tax / e-invoicing / regulators: ELSTER certificate (de), SdI/SPID (it), KSeF (pl), VERI*FACTU (es), ΑΑΔΕ myDATA (el), Kontur.Diadok EDO (ru)",
    "Trade-specific phishing: invitation to tender for a curtain-walling package (en), fake 'updated order confirmation' (de)",
    "Quishing: QR code inline in a DocuSign look-alike (de), QR as PNG attachment (pl)",
    "Device-code phishing (microsoft.com/devicelogin) (en)",
    "Teams / Quick Assist helpdesk vishing pretext from an external onmicrosoft.com tenant (en)",
    "Callback phishing (TOAD): Norton renewal PDF (en), Santander transfer alert (es)",
    "HTML attachments with credential forms: Aruba PEC (it), Excel/Microsoft login .xlsx.html (es)",
    "SVG attachment with external link (en)",
    "ClickFix: HTML 'document viewer error' telling the user to run a PowerShell command via Win+R (en)",
    "Password-protected (ZipCrypto) archives with .lnk/.js/.exe/.scr payload names: fake Abmahnung (de), hijack (it), debt collection (pl), tax requirement (ru); plain ZIP with .pdf.vbs (es)",
    "Courier / customs fee card phishing: DPD (pl), DHL customs (es), ACS (el)",
    "Bank credential phishing: Piraeus KYC (el); account phishing: Yandex ID (ru)",
    "Fake register / directory 'invoice' (de)",
    "Extortion with spoofed own address and Bitcoin (bech32) ransom (en)",
    "Infrastructure: free mailers (Gmail, outlook.de, wp.pl), look-alike domains on OVH/Hetzner/Contabo/DigitalOcean/REG.RU/Timeweb/VDSina VPS, "
    "compromised cPanel/Exim accounts, SendGrid, Mailgun, Brevo, Amazon SES, attacker-owned Microsoft 365 tenant, Google Workspace, "
    "abused Cloudflare R2 / Workers / Azure Blob / bunny CDN hosting, direct-to-MX from a residential IP",
]


def _flatten(node, out, depth=0):
    out.append((depth, node))
    if isinstance(node, Multi):
        for p in node.parts:
            _flatten(p, out, depth + 1)


def _zipinfo(data):
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        enc = any(i.flag_bits & 1 for i in zf.infolist())
        names = ", ".join(i.filename for i in zf.infolist())
        return f"{'ZipCrypto-encrypted ' if enc else ''}ZIP [{names}]"
    except Exception:
        return "ZIP"


def describe(root):
    def d(n):
        if isinstance(n, Multi):
            return f"multipart/{n.subtype}(" + ", ".join(d(p) for p in n.parts) + ")"
        if isinstance(n, Text):
            return f"text/{n.subtype}" + (" (attached)" if n.disposition else "")
        if isinstance(n, Attach):
            ct = n.ctype.split(";")[0]
            fn = f" “{n.filename}”" if n.filename else ""
            extra = ""
            if ct in ("application/zip", "application/x-zip-compressed"):
                extra = " " + _zipinfo(n.data)
            if ct == "image/png":
                h = hashlib.sha256(n.data).hexdigest()
                if h in common.QR_LOG:
                    extra = f" QR code → {common.QR_LOG[h]}"
            if n.content_id:
                extra += " (inline, cid)"
            return f"{ct}{fn}{extra}"
        return "?"
    return d(root)


def body_cs_cte(root):
    nodes = []
    _flatten(root, nodes)
    texts = [n for _, n in nodes if isinstance(n, Text) and not n.disposition]
    cs = sorted({t.charset.lower() for t in texts})
    cte = sorted({t.cte for t in texts})
    return ", ".join(cs), ", ".join(cte)


def esc(s):
    return s.replace("|", "\\|").replace("\n", " ")


def write(out, results):
    with open(os.path.join(out, "staff.txt"), "w", encoding="utf-8") as fh:
        for name, addr, _, _ in STAFF:
            fh.write(f"{name}={addr}\n")

    by_slug = {}
    for folder, entries in results.items():
        for e in entries:
            by_slug[(folder, e["slug"])] = e

    L = []
    L.append("# Example Group – blind evaluation set for the mail gateway\n")
    L.append("Generated deterministically by `gen/build.py` (Python 3 standard library only). "
             "All names, companies, domains, accounts and incidents are fictitious; attachments are inert.\n")
    L.append("## The company\n")
    L.append(f"**{COMPANY['name']}** ({COMPANY['legal']}, {COMPANY['hrb']}, USt-IdNr. {COMPANY['ustid']}) – {COMPANY['trade']}. "
             f"About {COMPANY['mailboxes']} mailboxes on `example.com` and `examplegroup.eu`.\n")
    L.append(f"- Headquarters: {COMPANY['hq']}")
    for city, what in OFFICES.items():
        if city != "Würzburg":
            L.append(f"- {city}: {what}")
    L.append(f"- Inbound MX: `{COMPANY['mx']}` – the top `Received` header of every message is mx01's, naming the client as `from HELO (rDNS [IP])` and the recipient as `for <…>`.")
    L.append(f"- Internal mail: {COMPANY['relay']}.")
    L.append("- No Authentication-Results, DKIM-Signature, ARC-* or X-Spam-* headers are present: the gateway evaluates those itself.")
    L.append("- All dates fall in October–December 2026; time zones follow each sender (CEST→CET on 25 Oct, PDT→PST on 1 Nov).\n")

    L.append("## Staff (`staff.txt`)\n")
    L.append("| Name | Address | Office | Role |")
    L.append("|---|---|---|---|")
    for name, addr, office, role in STAFF:
        L.append(f"| {name} | `{addr}` | {office} | {role} |")
    L.append("")

    L.append("## Correspondents\n")
    L.append("| Organisation | Country | Role | Contacts | Mail infrastructure (genuine) |")
    L.append("|---|---|---|---|---|")
    for org, cc, role, contacts, infra in CORRESPONDENTS:
        cts = "<br>".join(f"{n} `<{a}>`" for n, a in contacts)
        L.append(f"| {esc(org)} | {cc} | {esc(role)} | {cts} | {esc(infra)} |")
    L.append("")

    for folder, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        L.append(f"## {title}\n")
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |")
        L.append("|---|---|---|---|---|---|---|")
        for e in results[folder]:
            cs, cte = body_cs_cte(e["root"])
            L.append(f"| `{e['file']}` | {e['lang']} | {cs} | {cte} | {esc(describe(e['root']))} | {esc(e['what'])} | {esc(e['why'])} |")
        L.append("")

    L.append("## Notes\n")
    L.append("### Hard negatives (genuine message ↔ attack on the same topic)\n")
    L.append("| Business (genuine) | Attack | Shared topic |")
    L.append("|---|---|---|")
    for b, a, topic in HARD_NEGATIVES:
        L.append(f"| `{by_slug[('business', b)]['file']}` | `{by_slug[('attack', a)]['file']}` | {topic} |")
    L.append("")
    L.append("Thread pairs share real `Message-ID`/`In-Reply-To`/`References` chains: business/08 → attack/08 (order 4500012873), "
             "business/18 → attack/20 (CMR 26/1043), business/32 → attack/35 (Kalamaria offer). The hijacked attack messages come from the "
             "same (genuinely compromised) mailboxes and infrastructure as the genuine ones; only content, links and attachments betray them.\n")
    L.append("### Attack techniques covered\n")
    for tq in TECHNIQUES:
        L.append(f"- {tq}")
    L.append("")
    L.append("### Identifiers\n")
    L.append("- Every IBAN carries valid ISO 13616 mod-97 check digits; national check digits are computed for IT (CIN), ES (DC), PL (sort-code digit) and FR (clé RIB). "
             "DE, GB, GR and LT IBANs only carry the IBAN check (German per-bank account checks and UK modulus checks are not modelled).")
    L.append(f"- Russian settlement accounts satisfy the BIK control key (weights 7-1-3 over BIK[-3:] + account); correspondent accounts are those of the real banks "
             f"(BIK {RU['old_bik']}, {RU['new_bik']}, {RU['fraud_bik']}) and validate with the same algorithm. INN/OGRN check digits are valid.")
    L.append(f"- Bitcoin address in the extortion message: `{BTC}` (bech32 P2WPKH, valid checksum, derived from a hash – nobody's wallet).")
    L.append("- VAT/tax numbers (DE USt-IdNr, IT P.IVA, PL NIP, ES CIF, GR ΑΦΜ, GB VAT) carry valid check digits.")
    L.append("- Phone numbers use fictional/drama ranges where one exists (UK 020 7946 0xxx, 07700 900xxx).\n")
    L.append("### Attachments\n")
    L.append("- PDFs are text-only (standard Helvetica, no JavaScript, no actions, no embedded files).")
    L.append("- ZIPs hold a one-line placeholder under a dangerous-looking name (.pdf.lnk, .pdf.js, .pdf.exe, .pdf.scr); encrypted ones use "
             "traditional PKWARE (ZipCrypto) encryption with the password quoted in the message body.")
    L.append("- HTML/SVG attachments contain no script; credential forms post to fictitious hosts. The ClickFix sample only *displays* a command "
             "that points to a fictitious host.")
    L.append("- QR codes are real ISO 18004 codes (byte mode, level M) produced by `gen/lib/qr.py` and written as PNG by `gen/lib/png.py`.")
    L.append("- PNG 'photos' are synthetic images.\n")
    L.append("### Regenerating\n")
    L.append("`python3 gen/build.py` rewrites `attack/`, `business/`, `staff.txt` and this file and then runs `gen/verify.py` "
             "(parsing with Python's `email` package, strict decoding of every text part, header policy, identifier checks, ZIP/PDF/QR checks).")
    with open(os.path.join(out, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")
