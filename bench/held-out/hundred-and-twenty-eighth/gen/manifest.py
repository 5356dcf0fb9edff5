"""Renders MANIFEST.md from company data, message metadata and verification results."""
from lib import company as C, ids

LANG_NAMES = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}

CORRESPONDENTS = [
    ('Lieferant GmbH — Stefan Maier (key account), Petra Lang (order processing), Buchhaltung', 'DE (Hannover)',
     's.maier@lieferant-gmbh.de, p.lang@lieferant-gmbh.de, rechnungen@lieferant-gmbh.de',
     'Supplier of kieserite, ammonium sulphate, trace-element premixes and FIBC big bags',
     'Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], OpenDKIM d=lieferant-gmbh.de s=mail2025; staff use Outlook 16 (IMAP/SMTP); invoices from proALPHA ERP; Roundcube webmail exists (abused in attack 02); DMARC p=none'),
    ('Ferretti Trasporti S.p.A. — Chiara Colombo (traffic office), Amministrazione', 'IT (Verona)',
     'c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it',
     'Road carrier (bulk tippers, curtain-siders) for deliveries Kassel → Northern Italy',
     'Microsoft 365 tenant (EUR03, DKIM selector1/2 d=ferretti-trasporti.it, ARC by microsoft.com), Outlook; DMARC p=quarantine'),
    ('Partner Logistik sp. z o.o. — Tadeusz Zieliński, Księgowość', 'PL (Gdańsk)',
     't.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl',
     'Port warehousing and onward distribution in Poland (Gdańsk terminal)',
     'home.pl hosting (IdeaSmtpServer, v3xx.home.net.pl 79.96.170.x, Vade headers), Outlook and Comarch ERP Optima; no DKIM, no DMARC record'),
    ('Consorzio Agrario Padano Soc. Coop. — Marco Galli (acquisti)', 'IT (Mantova)', 'acquisti@consorzio-agrario-padano.it',
     'Customer: farmers\' cooperative buying NPK and water-soluble grades', 'Aruba (smtpdh*.aruba.it, "Aruba Outgoing Smtp", X-CMAE-Envelope), Outlook; DKIM d=aruba.it'),
    ('Anglia Crop Supplies Ltd — Rachel Howard (buying)', 'UK (Bury St Edmunds)', 'rachel.howard@anglia-crop.co.uk',
     'Customer: distributor for East Anglia; sends RFQs and DocuSign contracts', 'Microsoft 365 tenant (GBR), DKIM selector1'),
    ('Agrosuministros Guadalquivir S.L. — Manuel Ortega Ruiz', 'ES (Dos Hermanas, Sevilla)', 'm.ortega@agrosuministros-guadalquivir.es',
     'Customer: distributor for Andalusia', 'Google Workspace (DKIM s=google), Gmail web client'),
    ('Αγροεφόδια Θεσσαλίας Α.Ε. (Agroefodia Thessalias S.A.) — Κωνσταντίνος Μπαλτάς, Λογιστήριο', 'GR (Larisa)',
     'k.baltas@agroefodia-thessalias.gr, logistirio@agroefodia-thessalias.gr', 'Customer: agri-input distributor for Thessaly',
     'cPanel/Exim shared hosting gr-sh12.hostnet-cloud.gr [185.138.42.77], Outlook; DKIM s=default'),
    ('ООО «УралХимТорг» (UralKhimTorg LLC) — Алексей Петров, Бухгалтерия', 'RU (Yekaterinburg)', 'a.petrov@uralkhimtorg.ru, buh@uralkhimtorg.ru',
     'Supplier: potash (MOP) and urea lots for the Russian office', 'Yandex 360 for business (forward*.mail.yandex.net, DKIM s=mail)'),
    ('ООО «ТрансЛогистик-М» — Ирина Козлова', 'RU (Moscow)', 'i.kozlova@translogistik-m.ru',
     'Freight forwarder (rail/road) for the Russian office', 'VK WorkSpace / Mail.ru for business (smtp*.i.mail.ru)'),
    ('Sistemas Onubenses S.L. — service desk', 'ES (Huelva)', 'soporte@sistemas-onubenses.es',
     'Local IT service provider for the Huelva office (GLPI help desk)', 'Own Postfix relay mail.sistemas-onubenses.es [198.51.100.73], GLPI notifications'),
    ('AgroTrials Hellas — Dr. Γεώργιος Καραγιάννης', 'GR (Thessaloniki)', 'g.karagiannis@agro-trials.gr',
     'Agronomy consultant running field trials for Example Hellas', 'Shares files via Dropbox (notifications from dropbox.com)'),
]


PLATFORM_INFO = {
    'elster.de': ('DE', 'Tax authority portal ELSTER (certificate notices)', 'ELSTER mail relay mailout2.elster.de, DKIM elster.de'),
    'bundesanzeiger.de': ('DE', 'Publisher of the Bundesanzeiger / Unternehmensregister (disclosure invoices)', 'Own Postfix relay, DKIM bundesanzeiger.de'),
    'microsoft.com': ('US', 'Microsoft Entra ID Protection alerts for the company tenant', 'Microsoft\'s own Exchange Online (EOP, ARC, DKIM microsoft.com)'),
    'eumail.docusign.net': ('EU', 'DocuSign envelopes sent by customers', 'DocuSign EU mail (DKIM eumail.docusign.net and docusign.net)'),
    'accounts.google.com': ('US', 'Google account security alerts (Google Ads account)', 'Google (mail-sor-*.google.com, DKIM accounts.google.com)'),
    'fertilizerseurope.com': ('BE', 'Industry association newsletter', 'Mailchimp with authenticated domain (DKIM k2, List-Unsubscribe)'),
    'tax.service.gov.uk': ('UK', 'HMRC notifications for the UK entity', 'GOV.UK Notify on Amazon SES eu-west-2'),
    'notifications.service.gov.uk': ('UK', 'Companies House reminders', 'GOV.UK Notify on Amazon SES eu-west-2'),
    'unicredit.it': ('IT', 'Bank of the Italian entity', 'Bank relay smtp-out2.unicredit.it, DKIM unicredit.it'),
    'trans.eu': ('PL', 'Freight exchange used by the Polish office', 'Amazon SES eu-central-1, DKIM trans.eu'),
    'mbank.pl': ('PL', 'Bank of the Polish entity (CompanyNet)', 'Bank relay mailout3.mbank.pl, DKIM mbank.pl'),
    'zus.pl': ('PL', 'Social insurance authority (eZUS)', 'ZUS relay mta2.zus.pl, DKIM zus.pl'),
    'correo.aeat.es': ('ES', 'Spanish tax agency notices', 'AEAT relay correo5.aeat.es, DKIM correo.aeat.es'),
    'adobesign.com': ('US/EU', 'Adobe Acrobat Sign requests from customers', 'Adobe Sign EU1 (DKIM adobesign.com)'),
    'canva.com': ('AU', 'Canva team notifications (marketing)', 'Amazon SES us-east-1, DKIM canva.com'),
    'acscourier.net': ('GR', 'Courier used by Greek customers', 'ACS relay mail2.acscourier.net, DKIM acscourier.net'),
    'dropbox.com': ('US', 'File shares from the agronomy consultant', 'Dropbox mail senders (162.125.x), DKIM dropbox.com'),
    'diadoc.kontur.ru': ('RU', 'EDI operator Kontur.Diadok (UPD documents)', 'Kontur relay smtp-out4.kontur.ru, DKIM kontur.ru'),
    'raiffeisen.ru': ('RU', 'Bank of the Russian entity', 'Bank relay mail-out2.raiffeisen.ru, DKIM raiffeisen.ru'),
}


def md_escape(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def table(headers, rows):
    out = ['| ' + ' | '.join(headers) + ' |', '|' + '|'.join('---' for _ in headers) + '|']
    for r in rows:
        out.append('| ' + ' | '.join(md_escape(c) for c in r) + ' |')
    return '\n'.join(out)


def render(msgs, results):
    L = []
    L.append('# Example Group — blind evaluation set for the mail gateway\n')
    L.append('Trade: **fertiliser and crop-nutrition producer** (NPK granulation, potash/magnesium blends, water-soluble '
             'fertilisers; raw materials potash, urea, ammonium sulphate, kieserite; EU FPR 2019/1009, REACH and CBAM obligations). '
             '40 attack and 40 genuine business messages, each as `mx01.example.com` received it in October–December 2026. '
             'Rebuild and verify with `python3 gen/build.py` (standard library only, deterministic, byte-identical on every run).\n')
    L.append('## The company\n')
    L.append('"Example Group", about 700 mailboxes, mail domains `example.com` and `examplegroup.eu`. Inbound MX `mx01.example.com` '
             '(Postfix, rspamd-style Authentication-Results); internal mail leaves the Exchange 2019 DAG `EXCH01/EXCH02.corp.example.com` '
             '(10.20.0.31/.32) through `mail-int01.example.com [10.20.0.25]`. DMARC for both domains: p=quarantine.\n')
    rows = []
    for k in ('DE', 'IT', 'PL', 'ES', 'GR', 'UK', 'RU'):
        e = C.ENT[k]
        tax = []
        if k == 'DE':
            tax = ['USt-IdNr. %s' % e['vat'], e['reg'], 'LEI %s' % e['lei'], 'EORI %s' % e['eori']]
        elif k == 'IT':
            tax = ['P.IVA/C.F. %s' % e['vat'], e['reg'], 'Codice SDI %s' % e['sdi']]
        elif k == 'PL':
            tax = ['NIP %s' % e['vat'], 'REGON %s' % e['regon'], 'KRS %s' % e['krs']]
        elif k == 'ES':
            tax = ['NIF %s' % e['vat'], e['reg']]
        elif k == 'GR':
            tax = ['ΑΦΜ %s' % e['vat'], e['reg']]
        elif k == 'UK':
            tax = ['VAT %s' % e['vat'], e['reg']]
        elif k == 'RU':
            tax = ['ИНН %s' % e['vat'], 'КПП %s' % e['kpp'], 'ОГРН %s' % e['ogrn']]
        bank = ('%s, IBAN %s, BIC %s' % (e['bank'], e['iban'], e['bic'])) if 'iban' in e else \
            ('%s, р/с %s, БИК %s, к/с %s' % (e['bank'], e['account'], e['bic'], e['corr']))
        rows.append((e['country'], e['name'], ', '.join(e['addr']), e['role'], '; '.join(tax), bank, e['phone']))
    L.append(table(['Office', 'Entity', 'Address', 'Role', 'Tax / register IDs', 'Bank account', 'Phone'], rows))
    L.append('\nAll identifiers carry valid check digits (USt-IdNr ISO 7064 MOD 11,10; Partita IVA Luhn variant; NIP and REGON weighted mod 11; '
             'Spanish CIF control digit; Greek ΑΦΜ powers-of-two mod 11; UK VAT mod 97; ИНН/ОГРН; LEI ISO 17442 mod 97; IBAN mod 97 with national '
             'check digits for IT (CIN), ES (DC) and PL (sort-code check digit); Russian accounts with the Bank of Russia control key).\n')
    L.append('## Staff (`staff.txt`)\n')
    L.append(table(['Name', 'Address', 'Office', 'Role'],
                   [((s[2] if s[2] == s[1] else '%s (%s)' % (s[1], s[2])), s[3], C.ENT[s[4]]['city'], s[5]) for s in C.STAFF]))
    L.append('')
    L.append('## Correspondents\n')
    known = ('lieferant-gmbh.de', 'ferretti-trasporti.it', 'partner-logistik.pl', 'consorzio-agrario-padano.it', 'anglia-crop.co.uk',
             'agrosuministros-guadalquivir.es', 'agroefodia-thessalias.gr', 'uralkhimtorg.ru', 'translogistik-m.ru', 'sistemas-onubenses.es',
             'example.com', 'examplegroup.eu')
    rows = list(CORRESPONDENTS)
    for mm in sorted((x for x in msgs if x.folder == 'business'), key=lambda x: x.num):
        dom = mm.frm[1].split('@')[1].lower()
        if dom in known or dom.endswith(('gmail.com', 'web.de')):
            continue
        rows.append(('%s (business/%02d)' % (mm.frm[0], mm.num), PLATFORM_INFO.get(dom, ('', '', ''))[0], mm.frm[1],
                     PLATFORM_INFO.get(dom, ('', '', ''))[1], PLATFORM_INFO.get(dom, ('', '', ''))[2]))
    L.append(table(['Organisation / person', 'Country', 'Addresses', 'Relationship', 'Mail system as modelled'], rows))
    L.append('\nColleagues\' private addresses that appear in genuine mail: f.neumann1974@web.de (Frank Neumann, business/08), '
             'agnieszka.wojcik83@gmail.com (Agnieszka Wójcik, business/25).')
    L.append('')
    by = {(m.folder, m.num): m for m in msgs}
    for folder, label in (('attack', 'Why attack'), ('business', 'Why genuine')):
        L.append('## %s/\n' % folder)
        rows = []
        for n in range(1, 41):
            m = by[(folder, n)]
            r = results[(folder, n)]
            rows.append(('`%s`' % m.name, m.lang, r['charset'], r['cte'], r['structure'], m.meta['what'], m.meta['why']))
        L.append(table(['File', 'Lang', 'Charset (body)', 'CTE (body)', 'Structure / attachments', 'What it is', label], rows))
        L.append('')
    L.append('## Notes\n')
    L.append('### Hard negatives (genuine message of the same topic as an attack)\n')
    rows = []
    for n in range(1, 41):
        m = by[('business', n)]
        h = m.meta.get('hard')
        if h:
            rows.append(('`business/%s`' % m.name, ', '.join('`attack/%s`' % by[('attack', a)].name for a in h[0]), h[1], h[2]))
    L.append(table(['Genuine', 'Attack(s) on the same topic', 'Topic', 'What separates them'], rows))
    L.append('')
    L.append('### Account numbers, identifiers, QR codes\n')
    L.append('- Every IBAN in the set passes ISO 13616 mod-97; Italian IBANs carry a correct CIN, Spanish ones correct DC digits, Polish ones a '
             'valid bank sort-code check digit. Attack IBANs are valid too (fraudsters use real accounts) but belong to other banks/countries '
             '(Postbank, C24 Bank and HypoVereinsbank accounts in Germany, a Lithuanian EMI account, a different Polish bank).')
    L.append('- Russian settlement accounts (р/с) are checked against the BIC with the Bank of Russia control-key algorithm; correspondent '
             'accounts (к/с) are the real ones of the named banks.')
    L.append('- QR codes are encoded by `gen/lib/qr.py` (ISO/IEC 18004 byte mode, RS error correction, mask selection) and decoded back by '
             '`gen/lib/qrdec.py` during the build: EPC069-12 SEPA payment codes (GiroCode), the Polish ZBP 2D payment code, the Russian '
             'ГОСТ Р 56042-2014 "ST00012" payment code, plain URLs (quishing, genuine MFA enrolment). QR codes inside PDFs are vector '
             'modules; elsewhere they are PNG images.')
    L.append('- The Bitcoin address (attack/13) is bech32 with a valid checksum. Attack URLs use invented domains (look-alikes, throw-away '
             'domains), compromised sites, or real platforms that are abused; nothing in the set points at a working phishing kit.')
    L.append('- Attachments are inert: no executables, no scripts, no macros, no PDF actions. Dangerous payloads are represented by file '
             'names and harmless text stand-ins (e.g. a `.lnk` entry whose content is a text note).')
    L.append('')
    owners = {C.ENT[k]['iban']: C.ENT[k]['name'] for k in ('DE', 'IT', 'PL', 'ES', 'GR', 'UK')}
    owners[C.ENT['RU']['account']] = C.ENT['RU']['name'] + ' (Raiffeisenbank)'
    owners[C.LIEF['iban']] = 'Lieferant GmbH – Sparkasse Hannover (current account)'
    owners[C.LIEF['iban_new']] = 'Lieferant GmbH – Deutsche Bank (from 1 Jan 2027)'
    owners[C.FERRETTI['iban']] = 'Ferretti Trasporti S.p.A. – Banco BPM'
    owners[C.PARTNER['iban']] = 'Partner Logistik sp. z o.o. – PKO BP'
    owners[C.URALKT['account']] = C.URALKT['name'] + ' – Sberbank'
    owners[C.TRANSLOG['account']] = C.TRANSLOG['name'] + ' – Alfa-Bank'
    owners[C.BUNDESANZEIGER_IBAN] = 'Bundesanzeiger Verlag GmbH – Postbank'
    owners[C.AGROEF_PAYER_IBAN] = C.AGROEF['latin'] + ' – National Bank of Greece (payer)'
    seen = {}
    for folder in ('attack', 'business'):
        for n in range(1, 41):
            f = results[(folder, n)]['facts']
            for acc in f.get('IBAN', []) + f.get('Account (RU)', []):
                if acc.startswith('30101'):
                    continue
                seen.setdefault(acc, []).append('%s/%02d' % (folder, n))
    rows = []
    for acc in sorted(seen, key=lambda a: (a[:2], a)):
        files = seen[acc]
        genuine = acc in owners
        rows.append(('`%s`' % acc, owners.get(acc, 'as stated in the message'), 'known/genuine' if genuine else 'not a known account – fraud',
                     ', '.join(files)))
    L.append('All account numbers found in bodies, attachments and QR codes (correspondent accounts of Russian banks omitted):\n')
    L.append(table(['Account', 'Holder', 'Status', 'Appears in'], rows))
    L.append('')
    L.append('### Facts per message\n')
    for folder in ('attack', 'business'):
        for n in range(1, 41):
            m = by[(folder, n)]
            r = results[(folder, n)]
            f = r['facts']
            L.append('**%s/%s** — Subject: %s' % (folder, m.name, md_escape(r['subject'])))
            any_ = False
            for k in ('IBAN', 'Account (RU)', 'URL', 'Phone', 'Wallet', 'QR'):
                vals = f.get(k) or []
                if not vals:
                    continue
                any_ = True
                if k == 'QR':
                    vals = ['`%s`' % v.replace('\n', '⏎') for v in vals]
                elif k in ('URL',):
                    vals = ['`%s`' % v for v in vals]
                L.append('- %s: %s' % (k, '; '.join(md_escape(v) for v in vals)))
            extra = m.meta.get('facts_extra')
            if extra:
                any_ = True
                for k, v in extra:
                    L.append('- %s: %s' % (k, md_escape(v)))
            if not any_:
                L.append('- (no account numbers, links, phone numbers, wallets or QR codes)')
            L.append('')
    return '\n'.join(L).rstrip() + '\n'
