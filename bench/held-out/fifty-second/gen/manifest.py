"""MANIFEST.md writer."""
import mime
from company import COMPANY, OFFICES, STAFF, CORR, BANK, RU
import checks as CK

LANGNAME = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek", "ru": "Russian"}


def esc(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def _body_part(p):
    if isinstance(p, mime.Multi):
        for c in p.parts:
            r = _body_part(c)
            if r is not None:
                return r
        return None
    if p.ctype in ("text/plain", "text/html") and not any(k == "Content-Disposition" for k, _ in p.headers):
        return p
    return None


def _desc(p, m, top=True):
    if isinstance(p, mime.Multi):
        inner = ", ".join(_desc(c, m, False) for c in p.parts)
        return "%s(%s)" % (p.subtype, inner)
    disp = [v for k, v in p.headers if k == "Content-Disposition"]
    if not disp:
        return p.ctype.split("/")[1] if p.ctype.startswith("text/") else p.ctype
    fn = p.meta.get("filename", "")
    extra = ""
    if fn.lower().endswith(".zip"):
        pw = getattr(m, "zip_password", None)
        extra = " [ZipCrypto, password '%s']" % pw if pw else " [ZIP]"
    if disp[0][0] == "inline":
        extra += " [inline cid]"
    if p.ctype == "image/png" and getattr(m, "qr", None):
        extra += " [QR -> %s]" % m.qr
    return "%s «%s»%s" % (p.ctype, fn, extra)


def row(m, attack):
    bp = _body_part(m.body)
    cs, cte = (bp.meta.get("charset", "?"), bp.cte) if bp else ("-", "-")
    what = ("**%s.** %s" % (m.technique, m.what)) if attack else m.what
    return "| %s | %s | %s | %s | %s | %s | %s |" % (m.file + ".eml", m.lang, cs, cte, esc(_desc(m.body, m)), esc(what), esc(m.why))


def write(path, attacks, business, vnotes):
    L = []
    a = L.append
    a("# Mail-gateway blind evaluation set - MANIFEST\n")
    a("Generated deterministically by `gen/build.py` (Python 3 standard library only). 40 attack messages in `attack/`, "
      "40 genuine business messages in `business/`, staff list in `staff.txt`.\n")
    a("References of the form A08 / B08 in the tables denote `attack/08-...eml` / `business/08-...eml`.\n")
    a("## The company\n")
    a("**%s** is a printing house and publisher: commercial print, packaging print (folding cartons, labels, sleeves) and "
      "its own magazine titles (e.g. *Garten & Leben*). Domains `example.com` and `examplegroup.eu`, about 700 mailboxes, "
      "headquarters in Augsburg, Germany.\n" % COMPANY)
    a("- Inbound MX: `mx01.example.com` (Postfix). Its `Received` header is the top one of every message "
      "(`from HELO (rDNS [IP]) ... by mx01.example.com (Postfix) ... for <recipient>`); the sender's own hops follow below.")
    a("- Internal mail: Exchange Server 2019 (`EX01/EX02.corp.example.com`, 10.20.0.31/32) -> internal relay "
      "`mail-int01.example.com [10.20.0.25]` -> mx01.")
    a("- No `Authentication-Results`, `DKIM-Signature`, `ARC-*`, `Received-SPF` or `X-Spam*` headers are present; the gateway is expected to evaluate authentication itself.")
    a("- All dates are between October and December 2026 (CEST until 25 Oct 2026, CET afterwards).\n")
    a("| Office | Location | Legal entity / address |\n|---|---|---|")
    for k, (loc, ent) in OFFICES.items():
        a("| %s | %s | %s |" % (k, loc, esc(ent)))
    a("\n## Staff (staff.txt)\n")
    a("| Name | Address | Office | Role |\n|---|---|---|---|")
    for k, (n, ad, off, role) in STAFF.items():
        a("| %s | %s | %s | %s |" % (n, ad, OFFICES[off][0], role))
    a("\nFurther internal distribution lists used: `alle@example.com`, `uk-staff@example.com`, `poznan@example.com`, "
      "`athens@example.com` and the invoice inbox `rechnungseingang@example.com`.\n")
    a("## Correspondents\n")
    a("| Organisation | Country | Relationship | Genuine addresses | Mail system |\n|---|---|---|---|---|")
    for k, (org, cc, kind, people, system) in CORR.items():
        a("| %s | %s | %s | %s | %s |" % (esc(org), cc, esc(kind), esc(", ".join("%s <%s>" % p if p[0] else p[1] for p in people)), esc(system)))
    a("\nGenuine service senders appearing in `business/`: Microsoft Entra (`msonlineservicesteam@microsoftonline.com`, EOP outbound), "
      "Google (`no-reply@accounts.google.com`, mail-sor-*.google.com), GitHub (`noreply@github.com`, out-*.smtp.github.com), "
      "Yandex ID (`noreply@id.yandex.ru`, forward*.mail.yandex.net), DocuSign (`dse@eumail.docusign.net`). "
      "Genuine infrastructure abused in `attack/`: DocuSign, PayPal invoicing, Microsoft device login, Gmail, Zoho, SendGrid, Mailgun, Brevo, Amazon SES.\n")
    for title, folder, msgs, attack in (("Attack messages (`attack/`)", "attack", attacks, True),
                                        ("Business messages (`business/`)", "business", business, False)):
        a("## %s\n" % title)
        counts = {}
        for m in msgs:
            counts[m.lang] = counts.get(m.lang, 0) + 1
        a("Languages: " + ", ".join("%s %d" % (LANGNAME[k], v) for k, v in counts.items()) + ".\n")
        a("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |")
        a("|---|---|---|---|---|---|---|")
        for m in msgs:
            a(row(m, attack))
        a("")
    a("## Notes\n")
    a("### Hard negatives (genuine messages that share topic, sender or format with an attack)\n")
    bmap = {m.file[:2]: m.file for m in business}
    a("| Attack | Hard negative(s) in business/ | What differs |\n|---|---|---|")
    for m in attacks:
        if m.pair:
            bs = [bmap[p[1:]] + ".eml" for p in m.pair]
            a("| %s | %s | %s |" % (m.file + ".eml", ", ".join(bs), esc(HN.get(m.file[:2], ""))))
    a("\n### Techniques covered in attack/\n")
    for m in attacks:
        a("- `%s`: %s" % (m.file[:2], m.technique))
    a("\n### Data validity\n")
    a("- Every IBAN carries valid ISO 13616 mod-97 check digits. National check digits: Italian CIN, Spanish DC (both digits), "
      "Polish bank sort-code check digit, French RIB key and Portuguese NIB check digits are computed; German account numbers "
      "carry a check digit by Bundesbank method 00 (the real method of each bank code was not verified); Greek, Lithuanian and UK "
      "BBANs have no national check digit applied.")
    a("- Russian settlement and correspondent accounts pass the BIK control-key test (weights 7-1-3); INN (10 digits) and OGRN "
      "check digits are valid; VAT IDs (DE USt-IdNr., IT partita IVA, PL NIP, ES CIF, GR AFM) carry valid check digits.")
    a("- Bank data used: " + "; ".join("%s %s (%s)" % (k, CK.fmt(v[2]), v[0]) for k, v in BANK.items()) + ".")
    a("- Russian: " + "; ".join("%s: BIK %s, k/s %s, r/s %s (%s)" % (k, v[1], v[2], v[3], v[0]) for k, v in RU.items() if isinstance(v, tuple)) + ".")
    a("- QR codes are real PNG QR codes (byte mode, ECC M/Q) produced by `gen/qr.py`; the payload of each is given in the structure column.")
    a("- The Bitcoin address in the extortion mail is a bech32 P2WPKH address with a valid checksum, derived from a fixed seed (nobody is known to hold its key).")
    a("- Attachments are inert: PDFs contain text only (no JavaScript, forms or embedded files); ZIP entries with dangerous-looking names "
      "(.lnk, .docm, .vbs, .exe, .scr) contain a single placeholder line; HTML attachments contain no script (login forms post to fictitious hosts); "
      "the SVG has no script; the ClickFix command is displayed as text only. Password-protected archives use traditional PKWARE encryption (ZipCrypto).")
    a("- Phishing domains and URLs are fictitious look-alikes; message IDs, boundaries and X-Mailer/User-Agent values follow each sending system's style.\n")
    a("### Build verification\n")
    a("`python3 gen/build.py` re-creates all files and checks that every message parses with Python's `email` package without defects, "
      "that every text part decodes to exactly the generated text, that every attachment round-trips, that the top `Received` is mx01's "
      "with the right `for <recipient>`, that no authentication/spam headers exist, and that IBANs, Russian accounts, bech32 addresses, "
      "ZIP passwords and (when `zbarimg` is installed) QR payloads are valid.\n")
    for n in vnotes:
        a("- " + n)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


HN = {
    "01": "Genuine CEO request comes via Exchange/mail-int01 from example.com, cites PO and DMS invoice, keeps the four-eyes workflow and phone contact.",
    "02": "Genuine change comes from lieferant-gmbh.de, known contact, long lead time, old account stays open, phone verification requested.",
    "03": "Genuine private mail is the colleague's known GMX address and only reports sick leave; no bank data.",
    "04": "Genuine e-invoice arrives from the supplier's own domain with ZUGFeRD PDF + XML; no portal login.",
    "05": "Genuine IT notice comes from the head of IT internally; its QR code points to the intranet and says no re-registration is needed.",
    "06": "Genuine supplier invoice refers to a real order and the known bank account.",
    "07": "Genuine photographer complaint: known freelancer, friendly, small PDF invoice, no encrypted archive.",
    "08": "Same thread, same mailbox: the genuine reply attaches the PDF during office hours; the hijack links to an external 'document exchange' at 05:52.",
    "09": "Genuine Microsoft notification from Microsoft infrastructure; informs only, no code entry.",
    "10": "Genuine DocuSign envelope: sender is the known Harrowgate contact; attack envelope comes from an outlook.com account.",
    "12": "Genuine remittance is a PDF from harrowgatefoods.co.uk's tenant; the attack is an SVG from a compromised heating firm.",
    "13": "Genuine Harrowgate complaint comes from the real domain with a photo; the attack uses harrowgate-foods.com and a sign-in portal.",
    "14": "Genuine IT notice warns exactly against external Teams callers and Quick Assist.",
    "16": "The genuine CEO request stays inside the payment workflow; gift cards are never requested.",
    "17": "Genuine carrier invoice from ferretti-trasporti.it via Aruba with unchanged Banco BPM IBAN.",
    "18": "Genuine SdI-related mail is a courtesy copy from the carrier; SdI itself never asks for mailbox passwords.",
    "19": "Genuine reply in the same kind of thread carries a PDF scan from the carrier's office IP, no password archive.",
    "20": "Genuine CEO payment request (business 01) goes through HQ finance; the fake lawyer demands secrecy from HQ.",
    "21": "Genuine supplier newsletter announces the price list in the customer area; no 'verification' or Win+R steps.",
    "22": "Genuine partner reminder threatens a service stop but pays to the known PKO account that is on the white list.",
    "23": "Genuine internal KSeF reminder explains the ministry never e-mails token-expiry links.",
    "24": "Genuine supplier invoice carries a KSeF number and a plain PDF from a known supplier.",
    "26": "Genuine invoices come from real suppliers; CEPG is a private directory offer.",
    "28": "Genuine orders come from conservasolmedo.es as PDF; the attack uses conservas-olmedo.com with an HTML login form.",
    "29": "Genuine customs mail from the company's agent says duties are deferred/invoiced and never paid by link.",
    "31": "Genuine customer order is from a known customer with framework terms; the fraud is an unknown 'retailer' on a look-alike domain with delivery to a rented warehouse.",
    "32": "Genuine internal myDATA status mail warns about the fake AADE message.",
    "33": "Genuine private mail of the manager comes from his OTEnet address and reports sickness; no IBAN.",
    "35": "Genuine internal notice's QR code points to the intranet and states no Taxisnet credentials are requested.",
    "36": "Same freelancer: genuine mail uses a real we.tl link without login; the compromised one links to download-share.net and demands sign-in.",
    "38": "Genuine change from nevupak.ru is confirmed via EDI with signed letter and keeps the old account open; attack uses nevupak-spb.ru and a Moscow bank.",
    "39": "Genuine Yandex ID notice comes from id.yandex.ru via Yandex servers and links only to id.yandex.ru.",
}
