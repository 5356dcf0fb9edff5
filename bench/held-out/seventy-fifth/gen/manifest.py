"""MANIFEST.md renderer."""
from company import COMPANY, STAFF, CORRESPONDENTS

# business slug -> attack slugs it is the hard negative of
HARD_NEG = {
    'lieferant-neue-bankverbindung-echt': ['lieferant-bankverbindung-lookalike', 'threadhijack-kartonagen-weber'],
    'ceo-eilzahlung-messe-intern': ['ceo-fraud-uebernahme', 'clickfix-spielwarenmesse-standplan'],
    'krankmeldung-private-mail': ['gehaltskonto-aenderung-freemail'],
    'it-hinweis-authenticator-intern': ['mfa-neuregistrierung-quishing'],
    'kartonagen-weber-mahnung-liefersperre': ['threadhijack-kartonagen-weber'],
    'spielwarenmesse-newsletter': ['clickfix-spielwarenmesse-standplan'],
    'docusign-jahresvereinbarung-kaiser': ['docusign-html-anhang', 'docusign-abused-ferretti-remittance'],
    'joyful-proforma-invoice': ['joyful-toys-bank-change-lookalike'],
    'companies-house-reminder': ['companies-house-overdue-phish'],
    'paypal-receipt': ['paypal-invoice-callback'],
    'sharepoint-share-brightwood': ['brightwood-compromised-share'],
    'teams-invite-internal': ['device-code-teams-pretext'],
    'ceo-christmas-gifts-internal': ['ceo-gift-cards'],
    'ferretti-fattura': ['ferretti-iban-lookalike', 'docusign-abused-ferretti-remittance'],
    'ferretti-sollecito-sospensione': ['ferretti-iban-lookalike'],
    'commercialista-scadenze-f24': ['sdi-scarto-zip-password', 'avvocato-operazione-riservata'],
    'partner-logistik-faktura-ksef': ['ksef-token-phishing', 'partner-logistik-lookalike-rachunek'],
    'zielinski-awizacja-pilne': ['partner-logistik-lookalike-rachunek'],
    'laptop-prywatna-poczta': ['gehaltskonto-aenderung-freemail', 'ceo-fraud-gmail-eleni'],
    'llorens-factura': ['llorens-iban-lookalike-thread'],
    'gestoria-requerimiento-dehu': ['aeat-dehu-notificacion-pdf'],
    'aviso-it-soporte-falso': ['soporte-quick-assist-vishing'],
    'nominas-noviembre-intranet': ['revision-salarial-portal-empleado'],
    'kalogirou-timologio': ['kalogirou-iban-bulgaria'],
    'logistria-mydata-otenet': ['aade-mydata-phishing'],
    'eleni-laptop-gmail': ['ceo-fraud-gmail-eleni'],
    'severtrans-schet': ['severtrans-rekvizity-lookalike', 'kontur-diadok-qr'],
    'yandex-id-vhod': ['kvota-pochty-phishing'],
    'buhgalter-trebovanie-kontur': ['fns-trebovanie-zip', 'kontur-diadok-qr'],
}


def esc(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def charset_info(m):
    tp = list(m.body.body_text_parts())
    css = []
    ctes = []
    for p in tp:
        tag = 'plain' if p.ctype == 'text/plain' else 'html'
        css.append((tag, p.cs.lower()))
        ctes.append((tag, p.cte))
    if len({c for _, c in css}) == 1:
        cs = css[0][1]
    else:
        cs = ', '.join('%s (%s)' % (c, t) for t, c in css)
    if len({c for _, c in ctes}) == 1:
        cte = ctes[0][1]
    else:
        cte = ', '.join('%s (%s)' % (c, t) for t, c in ctes)
    return cs, cte


def render(sets):
    L = []
    w = L.append
    w('# Mail gateway evaluation set – MANIFEST\n')
    w('Generated deterministically by `gen/build.py` (Python 3 standard library only). '
      '40 attack and 40 genuine business messages addressed to **%s**. '
      'All messages are inbound as seen by the MX: the top `Received` header is mx01\'s (`from HELO (rDNS [IP]) ... for <rcpt>`), '
      'followed by the sender\'s own hops. No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present.\n' % COMPANY['name'])
    w('## Company\n')
    w('* **%s** (%s) – %s.' % (COMPANY['name'], COMPANY['legal'], COMPANY['trade']))
    w('* Domains: `example.com`, `examplegroup.eu`; %s mailboxes.' % COMPANY['mailboxes'])
    w('* Inbound MX: `%s`. Internal mail: Exchange 2019 (EX01/EX02, `*.ad.example.com`) -> `%s` -> mx01.' % (COMPANY['mx'], COMPANY['relay']))
    w('* Offices:')
    for k, v in COMPANY['offices'].items():
        w('  * %s: %s' % (k, v))
    w('')
    w('## Staff (`staff.txt`)\n')
    w('| Name | Address | Office | Role |')
    w('|---|---|---|---|')
    for n, a, o, r, nat in STAFF:
        w('| %s | %s | %s | %s |' % (esc(n + (' (%s)' % nat if nat else '')), a, esc(o), esc(r)))
    w('')
    w('## Correspondents\n')
    w('| Organisation | Country | Relationship | Contacts (genuine addresses) | Mail system |')
    w('|---|---|---|---|---|')
    for org, c, rel, contacts, sysm in CORRESPONDENTS:
        w('| %s | %s | %s | %s | %s |' % (esc(org), esc(c), esc(rel), esc(contacts), esc(sysm)))
    w('')
    w('Genuine services appearing with their real infrastructure: Microsoft 365 / Exchange Online, Microsoft account, SharePoint Online, '
      'Google accounts, Gmail/Google Workspace, GitHub, Yandex ID / Yandex Mail, Docusign (EU), PayPal, Mailchimp, Brevo, Twilio SendGrid, Mailgun, Amazon SES, GOV.UK Notify, '
      'WEB.DE/GMX, IONOS, Aruba, home.pl, WP, Onet, Libero, OTEnet, Outlook.com, Proton, Zoho, Namecheap Private Email, Alibaba Mail.\n')
    for folder, title in (('attack', 'Attack messages (`attack/`)'), ('business', 'Genuine business messages (`business/`)')):
        w('## %s\n' % title)
        w('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |')
        w('|---|---|---|---|---|---|---|')
        for m in sets[folder]:
            cs, cte = charset_info(m)
            w('| %s | %s | %s | %s | %s | %s | %s |' % (m.fname, m.lang, cs, cte, esc(m.body.describe()),
                                                      esc(m.what), esc(m.why + ' [Sender infrastructure: %s]' % m.infra.name)))
        w('')
    w('## Notes\n')
    w('### Hard negatives\n')
    w('Genuine messages on the same topic as specific attacks, from the genuine sender and infrastructure:\n')
    by_slug = {m.slug: m for m in sets['attack']}
    w('| Genuine (business/) | Hard negative of (attack/) |')
    w('|---|---|')
    nhn = 0
    for m in sets['business']:
        if m.slug in HARD_NEG:
            nhn += 1
            w('| %s | %s |' % (m.fname, ', '.join(by_slug[s].fname for s in HARD_NEG[m.slug])))
    w('\n%d business messages are hard negatives of at least one attack.\n' % nhn)
    w('### Conventions and realism notes\n')
    w('* Numbering: attack and business files are numbered 01-40 in the language order de, en, it, pl, es, el, ru. '
      'In the "Why" column, `A07` means `attack/07-*`, `B04` means `business/04-*`.')
    w('* Dates are in October-December 2026; time zones follow the sender (CEST until 25 Oct 2026 01:00 UTC, CET after; '
      'EET/EEST for Greece, GMT/BST for the UK, MSK for Russia; Exchange Online and most ESPs stamp `+0000`).')
    w('* Every IBAN carries valid ISO 13616 mod-97 check digits; national check digits are also valid where an algorithm exists '
      '(Italian CIN, Spanish DC, Polish bank-sort-code digit, Slovak account weights). Russian settlement and correspondent accounts '
      'carry valid control keys for their BIK (and real BIK/correspondent pairs are used); INNs and the OGRN have valid check digits. '
      'VAT numbers (DE, IT, ES, PL, GR, GB) have valid check digits. The Bitcoin address is a valid bech32 (P2WPKH) address derived from a hash, '
      'i.e. nobody holds its key.')
    w('* QR codes are real PNG QR codes (byte mode, EC level M) produced by `gen/qr.py`; the build decodes them again with an independent reader '
      '(format-info lookup, unmasking, Reed-Solomon syndrome check).')
    w('* All attachments are inert: PDFs contain text only; ZIP members are one-line placeholders under dangerous-looking names; '
      'two ZIPs are encrypted with traditional PKWARE ZipCrypto (password in the message body); HTML and SVG attachments contain no script; '
      'the ClickFix "command" is a PowerShell comment that does nothing.')
    w('* Phishing URLs use look-alike or free-hosting hostnames invented for this set; genuine messages link only to the real services\' domains.')
    w('* Phone numbers in callback lures use Ofcom drama ranges (UK) or unassigned-looking numbers.')
    w('')
    return '\n'.join(L) + '\n'
