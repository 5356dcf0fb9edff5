"""MANIFEST.md writer."""
from mime import Multipart, Text, Attachment
from people import COMPANY, OFFICES, STAFF, CORR, BANK, RU, TAX, BTC
from util import iban_fmt

LANGS = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish",
         "el": "Greek", "ru": "Russian"}


def cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def structure(part):
    if isinstance(part, Multipart):
        return "%s(%s)" % (part.subtype, ", ".join(structure(p) for p in part.parts))
    if isinstance(part, Text):
        return "text/%s" % part.subtype
    if isinstance(part, Attachment):
        ct = part.ct.split(";")[0]
        if part.filename and part.disp == "attachment":
            return "**%s** `%s`" % (ct, part.filename)
        return "%s inline%s" % (ct, " (cid)" if part.cid else "")
    return "?"


def uniq(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def render(reg):
    L = []
    a = L.append
    a("# Blind evaluation set: spam / phishing filtering for Example Group\n")
    a("Generated deterministically by `gen/build.py` (Python 3 standard library only). 80 messages: "
      "40 in `attack/`, 40 in `business/`, each folder split German 8, English 8, Italian 5, Polish 5, "
      "Spanish 5, Greek 5, Russian 4 (files 01-08 de, 09-16 en, 17-21 it, 22-26 pl, 27-31 es, 32-36 el, 37-40 ru).\n")
    a("All messages are fictitious. Domains, people, account numbers and IP addresses are invented for this set; "
      "well-known services (Microsoft, Google, GitHub, Yandex, DocuSign, SendGrid, Mailgun, Brevo, Amazon SES, Mailchimp, "
      "Xero, Fakturownia, Kontur, public authorities) appear with their public naming conventions only. "
      "Attachments are inert: ZIPs contain a one-line placeholder under a dangerous-looking name, HTML and SVG "
      "attachments contain no script, PDFs contain text only.\n")

    a("## The company\n")
    a("| | |\n|---|---|")
    a("| Name | %s (%s) |" % (COMPANY["name"], COMPANY["legal"]))
    a("| Domains | `example.com`, `examplegroup.eu` (%s mailboxes) |" % COMPANY["mailboxes"])
    a("| Trade | %s |" % COMPANY["trade"])
    a("| Headquarters | %s |" % COMPANY["hq"])
    a("| Offices | %s |" % "; ".join("%s: %s" % kv for kv in OFFICES.items()))
    a("| Inbound MX | `mx01.example.com` (Postfix). Its `Received` header is always the top one and names the connecting client as `from HELO (rDNS [IP])` and the recipient as `for <...>`; the sender's own hops follow below. |")
    a("| Internal mail | Outlook -> Exchange 2019 (`EXCH01`/`EXCH02.corp.example.com`, 10.20.1.11/12) -> internal relay `mail-int01.example.com [10.20.0.25]` -> mx01. System mail (cloud PBX `pbx-core02.voice.example.com`) enters Exchange the same way. |")
    a("| Not present | No `Authentication-Results`, `DKIM-Signature`, `ARC-*`, `Received-SPF` or `X-Spam-*` headers: the gateway evaluates authentication itself. |")
    a("| Company bank accounts | DE %s (Commerzbank Frankfurt); IT %s; ES %s; GB %s |" % (
        iban_fmt(BANK["example_de"]), iban_fmt(BANK["example_it"]), iban_fmt(BANK["example_es"]), iban_fmt(BANK["example_gb"])))
    a("| Tax IDs | DE %s; IT P.IVA %s; PL NIP %s; ES NIF %s; GR ΑΦΜ %s; RU ИНН %s |\n" % (
        COMPANY["ustid"], TAX["example_it_piva"], TAX["example_pl_nip"], TAX["example_es_cif"], TAX["example_gr_afm"], TAX["example_ru_inn"]))

    a("## Staff (`staff.txt`)\n")
    a("| Name | Address | Office | Role |\n|---|---|---|---|")
    for n, ad, o, r in STAFF:
        a("| %s | `%s` | %s | %s |" % (n, ad, o, r))
    a("\nShared / list addresses that also appear: `alle-de@example.com`, `all-uk@example.com` (distribution lists; the envelope recipient in mx01's header is the expanded member), `voicemail@voice.example.com` (cloud PBX system sender).\n")

    a("## Correspondents\n")
    a("| Organisation | Country | Relationship | Addresses used by genuine mail |\n|---|---|---|---|")
    for org, c, role, contacts in CORR:
        a("| %s | %s | %s | %s |" % (cell(org), c, cell(role), cell(", ".join("`%s`" % x for x in contacts))))
    a("| (staff, private) | DE/IT | colleagues writing from private mail | `anna.schmidt.ffm@gmx.de` (Anna Schmidt), `elena.conti.mi@gmail.com` (Elena Conti) |")
    a("| Trade media | DE/PL | subscribed newsletters | `newsletter@glasfaser-aktuell.de` (via Brevo), `newsletter@telekomforum.pl` (via Mailchimp) |")
    a("| Services / authorities | - | genuine notifications | `billing@ripe.net`, `dse@eumail.docusign.net`, `microsoft-noreply@microsoft.com`, `azure-noreply@microsoft.com`, `no-reply@sharepointonline.com`, `messaging-service@post.xero.com`, `noreply@github.com`, `no-reply@accounts.google.com`, `noreply@id.yandex.ru`, `noreply@elster.de`, `noreply.dehu@correo.gob.es`, `noreply@aade.gr`, `noreply@acscourier.net`, `powiadomienia@fakturownia.pl`, `noreply@notify.kontur.ru` |\n")
    a("Genuine correspondent bank details: Lieferant GmbH %s (Sparkasse Nürnberg, until 31.12.2026) -> %s (Commerzbank, from 01.01.2027); "
      "Ferretti %s; Partner Logistik %s; FiberTech %s; Teleimpianti Lombardi %s; Transportes Navarro %s; Mavridis %s; "
      "ИП Волков р/с %s, БИК %s, к/с %s.\n" % (
          iban_fmt(BANK["lieferant_old"]), iban_fmt(BANK["lieferant_new"]), iban_fmt(BANK["ferretti"]),
          iban_fmt(BANK["partner"]), iban_fmt(BANK["fibertech"]), iban_fmt(BANK["lombardi"]), iban_fmt(BANK["navarro"]),
          iban_fmt(BANK["mavridis"]), RU["volkov"]["rs"], RU["volkov"]["bik"], RU["volkov"]["ks"]))

    for folder, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        a("## %s\n" % title)
        a("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |" % (
            "attack" if folder == "attack" else "genuine"))
        a("|---|---|---|---|---|---|---|")
        for m in sorted((m for m in reg if m["folder"] == folder), key=lambda m: m["n"]):
            tps = m["body"].text_parts()
            cs = ", ".join(uniq(t.csname for t in tps))
            cte = ", ".join(uniq(t.cte for t in tps))
            why = m["why"]
            a("| `%s` | %s | %s | %s | %s | %s | %s |" % (
                m["file"], m["lang"], cs, cte, cell(structure(m["body"])), cell(m["what"]), cell(why)))
        a("")

    a("## Notes\n")
    a("### Hard negatives (genuine message -> the attack it mirrors)\n")
    a("| Genuine | Mirrors attack | Shared topic / sender |\n|---|---|---|")
    byfile = {(m["folder"], m["n"]): m for m in reg}
    for m in sorted((m for m in reg if m["folder"] == "business" and m.get("pair")), key=lambda m: m["n"]):
        f, n = m["pair"].split("/")
        other = byfile.get((f, int(n)))
        a("| `business/%s` | `%s/%s` | %s |" % (m["file"], f, other["file"] if other else n, cell(m["what"])))
    a("")
    a("Extra relationships: attack/19 (fake lawyer) uses the real carrier Ferretti from business/17; attack/28 copies the "
      "look-alike CEO domain of attack/01; business/36 explicitly warns about attack/34; attack/13 and business/13 concern the same user; "
      "attack/25 abuses the same WP mailbox as genuine business/25; attack/30 and business/28 are replies in the same thread "
      "(In-Reply-To identical); attack/34 and business/34 likewise.\n")

    a("### Attack techniques covered\n")
    tech = [
        ("BEC / CEO fraud (look-alike domain, attacker M365 tenant, Reply-To to proton.me)", "01"),
        ("Fake lawyer (debt-collection threat; CEO fraud with escrow account)", "19, 28"),
        ("Supplier / carrier bank-detail change from look-alike domains", "02, 17, 22, 39"),
        ("Payment diversion from genuinely compromised partner mailboxes", "34"),
        ("Thread hijack from compromised partner mailbox + password-protected ZIP (ZipCrypto)", "08, 30"),
        ("Lateral phishing from compromised supplier/customer mailboxes", "13, 20, 25"),
        ("Payroll diversion", "06"),
        ("Internal-manager impersonation from free mail", "36"),
        ("Gift-card scam", "16"),
        ("Tax-office / e-invoicing phishing (ELSTER, SdI, KSeF, AEAT Verifactu, AADE myDATA, FNS, Gosuslugi MChD, Diadoc)", "03, 18, 23, 27, 32, 37, 38, 40"),
        ("Telecom-regulator lures (BNetzA, AGCOM ROC + SPID, UKE fee)", "05, 21, 26"),
        ("ISP-specific: RIPE NCC LIR deregistration threat", "09"),
        ("Bank phishing (Pekao quishing, Piraeus KYC)", "24, 33"),
        ("Courier / customs fee phishing (DHL, ACS)", "29, 35"),
        ("Quishing (real QR code PNG)", "04, 24"),
        ("Callback phishing / TOAD (PDF with phone number, no links)", "11"),
        ("HTML attachment credential forms", "05, 25"),
        ("SVG attachments with links (DocuSign, voicemail)", "10, 31"),
        ("ClickFix (fake Cloudflare check, Win+R / PowerShell one-liner)", "14"),
        ("Device-code phishing (microsoft.com/devicelogin)", "13"),
        ("Help-desk / Teams / Quick Assist vishing pretext after mail bombing", "12"),
        ("Malicious archives with double extensions (.pdf.vbs, .pdf.exe, .js, .wsf)", "08, 19, 30, 37"),
        ("Fake directory / register invoice", "07"),
        ("Extortion / sextortion with Bitcoin (bech32)", "15"),
        ("Voicemail-notification lure to a cloud-telephony provider", "31"),
        ("Abused ESPs: SendGrid, Mailgun, Brevo, Amazon SES", "03, 23 / 09, 27, 32, 40 / 07, 35 / 05, 21, 29"),
        ("Compromised shared hosting (cPanel/Exim, Roundcube, hacked WordPress PHP mailer)", "04, 10, 18, 30"),
        ("Look-alike domains on VPS / cheap mail hosting (OVH, Contabo, Hetzner, Hostinger, DigitalOcean, REG.RU, Namecheap, IONOS, Aruba, home.pl)", "02, 14, 17, 19, 22, 24, 26, 28, 31, 33, 38"),
        ("Free mail (Gmail, mail.ru, Yandex) and spoofed own address", "06, 11, 16, 36, 37, 39 / 15"),
    ]
    a("| Technique | attack/ files |\n|---|---|")
    for t, f in tech:
        a("| %s | %s |" % (t, f))
    a("")
    a("### Data validity\n")
    a("- Every IBAN in bodies and PDFs has valid ISO 13616 mod-97 check digits; national check digits are also correct where "
      "applicable: Italian CIN, Spanish DC (both digits), Polish sort-code check digit (e.g. mBank 1140 2004 style), "
      "Portuguese NIB (hence PT50); the German account numbers of Example Group, Lieferant GmbH and Hansa Kabelbau carry a method-00 check digit.")
    a("- Russian settlement and correspondent accounts pass the BIK control-key algorithm (weights 7-1-3); "
      "correspondent accounts are the banks' real ones. INN (10/12-digit), OGRN, Polish NIP, Italian P.IVA, German USt-IdNr, "
      "Greek ΑΦΜ, Spanish CIF and UK VAT numbers carry valid check digits.")
    a("- Bitcoin address in attack/15 (`%s`) is a valid bech32 (BIP-173) P2WPKH address." % BTC["extortion"])
    a("- QR codes (attack/04, attack/24, business/06) are real QR Model 2 symbols (byte mode, ECC M) produced by `gen/qr.py`; "
      "`gen/qrdecode.py` re-reads them (format BCH, Reed-Solomon syndromes) and, where installed, `zbarimg` confirms them.")
    a("- ZIP passwords (ZipCrypto): attack/08 `LG-4471`, attack/30 `TN-2026` (given in the message bodies, as attackers do).")
    a("- Dates: 1 Oct - 31 Dec 2026, local time zones with the 25 Oct 2026 DST change; mx01 stamps Europe/Berlin.\n")
    a("### Checks run by `gen/build.py`\n")
    a("Each file is parsed with `email.message_from_bytes(..., policy=email.policy.default)`; the build fails if any defect "
      "is reported, if a text part does not decode strictly in its declared charset, if headers contain raw non-ASCII, if the "
      "top `Received` is not mx01's `from HELO (rDNS [IP])` form, if a forbidden authentication/spam header is present, if a date is "
      "outside Oct-Dec 2026, or if any IBAN / Russian account / Bitcoin address / QR code / PDF cross-reference / ZIP fails validation.\n")
    return "\n".join(L) + "\n"
