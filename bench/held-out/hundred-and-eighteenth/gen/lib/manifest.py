"""MANIFEST.md writer."""

from . import co, ids

CORRESPONDENTS = [
    ("Lieferant GmbH - Stefan Maier, Petra Lang, Buchhaltung", "DE (Geldern)",
     "s.maier@lieferant-gmbh.de, p.lang@lieferant-gmbh.de, rechnungen@lieferant-gmbh.de",
     "Supplier: growing substrates (coir/rockwool), fertiliser, drip irrigation parts",
     "Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], DKIM d=lieferant-gmbh.de s=mail2025; staff use Outlook 16 over SMTP, "
     "invoices from Sage 100; Roundcube webmail on the same host"),
    ("Ferretti Trasporti S.p.A. - Chiara Colombo, Amministrazione", "IT (Sommacampagna VR)",
     "c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it",
     "Refrigerated road carrier (Sicily/Verona - Germany/Poland)",
     "Microsoft 365 (EUR03, 40.107.x.x), DKIM d=ferretti-trasporti.it s=selector1/selector2, DMARC p=quarantine; SharePoint Online"),
    ("Partner Logistik sp. z o.o. - Tadeusz Zieliński, Księgowość", "PL (Tarnowo Podgórne)",
     "t.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl",
     "Logistics partner: cold-chain cross-dock and storage for Poland/Baltics",
     "home.pl hosting (cloudserver094114.home.pl [79.96.170.134], IdeaSmtpServer, Vade), DKIM s=dkim; Thunderbird, Comarch ERP Optima; Autenti e-signature"),
    ("Nordfrisch Handels AG - Julia Brockmann", "DE (Hamburg)", "julia.brockmann@nordfrisch.de",
     "Customer: food retail chain, category management fruit & vegetables",
     "Exchange Online behind Mimecast EU outbound (eu-smtp-delivery-151/202.mimecast.com), DKIM s=mimecast20240215"),
    ("AgriCert Europe GmbH - Dr. Martin Weber, portal, newsletter", "DE (Bonn)",
     "martin.weber@agricert-europe.de, portal@agricert-europe.de, news@agricert-europe.de",
     "Certification body (GLOBALG.A.P. IFA v6, QS) - audits the group's farms",
     "Portal notifications via SendGrid (d=agricert-europe.de s=s1); newsletter via Mailchimp (d=agricert-europe.de s=k2 + mcdlv.net)"),
    ("Grenzland Volksbank eG", "DE (Kevelaer)", "service@grenzland-volksbank.de",
     "House bank of the German entity (eBanking business / ePostfach)",
     "Cooperative-bank data-centre relay mx-out02.atruvia.de [192.0.2.33], DKIM d=grenzland-volksbank.de"),
    ("Harrowfield Fresh Produce Ltd - Oliver Grant, Accounts Payable", "UK (Spalding)",
     "oliver.grant@harrowfieldfresh.co.uk, accounts.payable@harrowfieldfresh.co.uk",
     "Customer: importer/packer supplying UK supermarkets (tomatoes, peppers)",
     "Microsoft 365 (GBR region, LO2P265 servers), DKIM s=selector2; sends Teams invites and DocuSign envelopes"),
    ("Companies House", "UK", "companies.house@notifications.service.gov.uk",
     "Authority: UK company register (identity verification, confirmation statements)",
     "GOV.UK Notify on Amazon SES eu-west-2, DKIM notifications.service.gov.uk + amazonses.com"),
    ("Studio Bellini Commercialisti Associati - Marta Occhipinti", "IT (Ragusa)", "m.occhipinti@studiobellini.it",
     "Tax adviser / payroll for the Italian entity", "Aruba (smtpdh*.aruba.it, 62.149.155.x), Outlook 16"),
    ("Folimex sp. z o.o. - Marek Kowalczyk", "PL (Zgierz)", "m.kowalczyk@folimex.com.pl",
     "Supplier: greenhouse film, thermal/shade screens, packaging", "nazwa.pl shared hosting (server157642.nazwa.pl), Outlook 16"),
    ("Semilleros del Poniente S.L. - Juan Manuel Callejón, Administración", "ES (El Ejido)",
     "jmcallejon@semillerosdelponiente.es, administracion@semillerosdelponiente.es",
     "Supplier: young plants / grafted tomato and pepper seedlings", "Google Workspace (d=semillerosdelponiente.es s=google), Google Drive"),
    ("Agencia Tributaria / DEHú", "ES", "notificaciones.dehu@correo.gob.es",
     "Authority: Spanish tax agency; electronic notifications via DEHú", "Spanish government relay (correo.gob.es) [192.0.2.70]"),
    ("Kritipack Α.Ε. (Χαρτοκιβωτοποιία Κρήτης) - Νίκος Σπανουδάκης, Λογιστήριο", "GR (Heraklion)",
     "n.spanoudakis@kritipack.gr, logistirio@kritipack.gr",
     "Supplier: corrugated boxes and trays for vegetables", "cPanel/Exim shared hosting cp27.greekhost.gr [198.51.100.87], DKIM s=default; WeTransfer"),
    ("ООО «АгроТехСервис» - Сергей Белов, Бухгалтерия", "RU (Lipetsk)", "s.belov@agrotechservice.ru, buh@agrotechservice.ru",
     "Service contractor: greenhouse climate control and irrigation systems", "Yandex 360 for business (forward*.mail.yandex.net), DKIM s=mail; Kontur.Diadok EDI"),
    ("Agronoticias del Poniente", "ES (Almería)", "boletin@agronoticiasponiente.es",
     "Trade news for greenhouse growers (newsletter the Spanish office subscribes to)", "Acumbamail (ES ESP)"),
    ("Platforms (not correspondents themselves)", "-",
     "Microsoft (Entra ID notices), DocuSign (dse@eumail.docusign.net), Autenti, WeTransfer, Google Drive, Kontur.Diadok",
     "Services the correspondents use to reach the group", "Their own infrastructure as modelled in each file"),
]


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def describe(part):
    ct = part.ctype
    if ct.startswith("multipart/"):
        return "%s(%s)" % (ct.split("/")[1], ", ".join(describe(c) for c in part.children))
    short = {"text/plain": "text", "text/html": "html", "application/pdf": "pdf", "image/png": "png",
             "text/calendar": "ics", "message/rfc822": "eml", "application/zip": "zip", "image/svg+xml": "svg",
             "audio/wav": "wav", "audio/x-wav": "wav", "application/x-iso9660-image": "img",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
             "application/xml": "xml", "text/xml": "xml", "application/octet-stream": "bin", "image/jpeg": "jpg",
             "application/x-zip-compressed": "zip"}.get(ct, ct)
    if part.filename:
        return "%s '%s'" % (short, part.filename)
    if part.cid:
        return "%s (inline cid)" % short
    return short


def body_enc(part, acc):
    if part.ctype.startswith("multipart/"):
        for c in part.children:
            body_enc(c, acc)
        return acc
    if part.ctype in ("text/plain", "text/html") and not part.filename:
        acc.append((part.charset or "us-ascii", part.cte or "7bit"))
    return acc


def uniq(seq):
    out = []
    for s in seq:
        if s not in out:
            out.append(s)
    return out


def render(built):
    L = []
    w = L.append
    w("# Example Group - blind evaluation set for the mail gateway (set 119)\n")
    w("Trade: **greenhouse vegetable growing** (tomatoes, cucumbers, peppers under glass). 40 attack and 40 genuine "
      "messages as `mx01.example.com` received them, October-December 2026. Rebuild with `python3 gen/build.py` "
      "(deterministic; verifies every file).\n")
    w("## The company\n")
    w("Example Group, about 700 mailboxes, mail domains `example.com` and `examplegroup.eu`. Inbound MX `mx01.example.com` "
      "(Postfix with OpenDKIM, OpenDMARC, policyd-spf); internal mail relayed by `mail-int01.example.com [10.20.0.25]` from "
      "Exchange 2019 servers `EXCH01.corp.example.com` (10.20.0.11) and `EXCH02.corp.example.com` (10.20.0.12). "
      "DMARC for example.com: p=quarantine.\n")
    w("| Office | Entity | Address | Phone | Tax / register IDs | House bank account |")
    w("|---|---|---|---|---|---|")
    for o in co.OFFICES:
        acc = o["bank"][2]
        accs = ids.fmt_iban(acc) if o["key"] != "RU" else "р/с %s, %s, к/с %s" % (acc, o["bank"][1], co.RU_CORR_SBER_LIP)
        w("| %s - %s | %s | %s | %s | %s | %s (%s) |" % (
            _cell(o["country"]), _cell(o["city"]), _cell(o["entity"]), _cell(o["address"]), _cell(o["phone"]),
            _cell("; ".join("%s %s" % kv for kv in o["ids"])), _cell(accs), _cell(o["bank"][0])))
    w("\nTax IDs: all check digits are valid (DE USt-IdNr ISO 7064 MOD 11,10; IT Partita IVA Luhn; PL NIP weights "
      "6-5-7-2-3-4-5-6-7 and REGON; ES CIF; GR ΑΦΜ; GB VAT mod 97; RU ИНН and ОГРН). IBANs pass mod-97 and, where the "
      "country has them, national checks (IT CIN, ES DC, PL sort-code digit); the Russian account and correspondent "
      "account carry valid keys against the БИК.\n")
    w("## Staff (`staff.txt`)\n")
    w("| Name | Address | Office | Role |")
    w("|---|---|---|---|")
    for k, s in co.STAFF.items():
        w("| %s | %s | %s | %s |" % (s[0], s[1], s[2], _cell(s[3])))
    w("\n## Correspondents\n")
    w("| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |")
    w("|---|---|---|---|---|")
    for r in CORRESPONDENTS:
        w("| " + " | ".join(_cell(x) for x in r) + " |")
    for folder, why in (("attack", "Why attack"), ("business", "Why genuine")):
        w("\n## %s/\n" % folder)
        w("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |" % why)
        w("|---|---|---|---|---|---|---|")
        for fname, m, path in built[folder]:
            enc = uniq(body_enc(m.root, []))
            cs = ", ".join(uniq(e[0] for e in enc)) or "-"
            cte = ", ".join(uniq(e[1] for e in enc)) or "-"
            w("| `%s` | %s | %s | %s | %s | %s | %s |" % (fname, m.lang, cs, cte, _cell(describe(m.root)),
                                                         _cell(m.what), _cell(m.why)))
    w("\n## Notes\n")
    w("### Hard negatives (genuine message of the same topic as an attack)\n")
    w("| Genuine (business/) | Attack(s) on the same topic | Shared topic | What tells them apart |")
    w("|---|---|---|---|")
    for fname, m, path in built["business"]:
        if m.pair:
            w("| `%s` | %s | %s | %s |" % (fname, ", ".join("`%s`" % p for p in m.pair), _cell(m.pair_topic), _cell(m.pair_diff)))
    w("\n### Account numbers, identifiers, QR codes\n")
    w("* Genuine accounts: the group's own accounts are in the company table. Correspondents: Lieferant GmbH %s (%s); "
      "Ferretti Trasporti old %s (%s), new from 01.12.2026 %s (%s) - the change is announced in business/17 and confirmed "
      "by phone/PEC; Partner Logistik %s (%s); Semilleros del Poniente %s; Kritipack %s; АгроТехСервис р/с %s (БИК %s)." % (
          ids.fmt_iban(co.LIEF["bank"][2]), co.LIEF["bank"][0], ids.fmt_iban(co.FERR["bank_old"][2]), co.FERR["bank_old"][0],
          ids.fmt_iban(co.FERR["bank_new"][2]), co.FERR["bank_new"][0], ids.fmt_iban(co.PLOG["bank"][2]), co.PLOG["bank"][0],
          ids.fmt_iban(co.SEMI["bank"][2]), ids.fmt_iban(co.KRIT["bank"][2]), co.ATS["acc"], co.ATS["bik"]))
    w("* Every other IBAN/account that appears in attack/ is fraudster-controlled (mule or scam account); all are "
      "syntactically valid (mod-97 and national check digits) so that a check-digit test does not give them away. "
      "The only other account in business/ is the employee's new salary account in business/07 (genuine).")
    w("* Other identifiers: GLOBALG.A.P. number (GGN) of the German farm %s; Italian SdI recipient code M5UXCR1; "
      "Greek myDATA MARK 400001951238874 (Kritipack invoice ΤΔΑ 3318); KSeF number on Partner Logistik's FV/11/2026/0902." % ids.gtin("406306158220"))
    w("* QR codes are real, encoded by `gen/lib/qr.py` (byte mode, EC level M) and decoded again by the build's own decoder "
      "(with Reed-Solomon syndrome check). Formats: EPC069-12 GiroCode (BCD/002), Polish ZBP 2D payment code, Russian "
      "GOST R 56042-2014 (ST00012), Spanish VERI*FACTU verification URL, KSeF invoice verification URL, and plain phishing URLs (quishing).")
    w("* Bitcoin addresses are bech32 with valid checksums. GGN/GLN numbers carry valid GS1 check digits. Phone numbers in UK "
      "drama ranges (020 7946 0xxx) or invented; IP addresses are the real providers' ranges or RFC 5737 documentation ranges "
      "(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) for invented hosts, used consistently per host.")
    w("* Attachments are inert: 'malware' (LNK, JS, EXE inside ZIP/IMG) are short text placeholders with the dangerous file "
      "name; HTML/SVG lures contain no script (forms/links only); ClickFix text points to a documentation-range IP.")
    w("\n### Facts per message\n")
    for folder in ("attack", "business"):
        for fname, m, path in built[folder]:
            w("**%s/%s**\n" % (folder, fname))
            if not m.facts:
                w("- (no IBAN, URL, phone number, wallet or QR payload)\n")
                continue
            for kind, v in m.facts:
                if kind == "IBAN":
                    v = ids.fmt_iban(v)
                vv = v.replace("\n", "\\n")
                w("- %s: `%s`" % (kind, vv.replace("`", "'")))
            w("")
    return "\n".join(L) + "\n"
