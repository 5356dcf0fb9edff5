"""Static manifest content: correspondents, platforms, identifier notes."""
from . import company, ids


def fill(manifest):
    L, F, P = company.LIEF, company.FERR, company.PLOG
    manifest.CORRESPONDENTS[:] = [
        ['Lieferant GmbH – Stefan Maier (sales, Prokurist), Petra Lang (head of accounting), Buchhaltung', 'DE (Großkarolinenfeld)',
         's.maier@lieferant-gmbh.de, p.lang@lieferant-gmbh.de, rechnungen@lieferant-gmbh.de',
         'Main supplier of structural timber, glulam, OSB and wood-fibre insulation; customer no. 40117; ZUGFeRD invoices from the ERP; USt-IdNr. %s' % L['ustid'],
         'Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], OpenDKIM selector mail2025, SPF ip4, DMARC p=quarantine; staff use Outlook 16 over IMAP/SMTP from the office LAN 192.168.10.0/24; ERP erp01.lieferant.local submits invoices'],
        ['Ferretti Trasporti S.p.A. – Chiara Colombo (customer service / accounts), Ufficio Amministrazione', 'IT (Sommacampagna VR)',
         'c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it',
         'Road carrier for Rosenheim–Bolzano/Verona and Greece; P.IVA IT%s; Banco BPM IBAN %s' % (F['piva'], ids.iban_fmt(F['iban'])),
         'Microsoft 365 (tenant %s, EUR region, mailbox server PA4PR07MB7411), DKIM selector1, DMARC p=quarantine' % F['tenant_id']],
        ['Partner Logistik sp. z o.o. – Tadeusz Zieliński (operations director), Księgowość', 'PL (Tarnowo Podgórne)',
         't.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl',
         'Logistics partner: FTL transports Poznań–Rosenheim, storage, crane unloading; NIP %s; Santander IBAN %s; KSeF invoices' % (P['nip'], ids.iban_fmt(P['iban'])),
         'home.pl hosting (cloudserver231847.home.pl, 79.96.0.0/16), Postfix + amavis + Vade, DKIM selector dkim, DMARC p=none; Outlook'],
        ['Lindner & Koller Steuerberater PartG mbB – Carina Huber (payroll)', 'DE (Rosenheim)', 'c.huber@lindner-koller-stb.de',
         'Tax adviser doing payroll (DATEV LODAS), client no. 20417', 'IONOS (mout.kundenserver.de), Outlook; passwords for archives by SMS'],
        ['Inntal Bank AG', 'DE', 'business.inntalbank.de (portal)', 'House bank of the German entity (IBAN %s); also bank of the notary escrow account' % ids.iban_fmt(company.EG_DE_IBAN),
         'Referenced in documents only; DMARC p=reject'],
        ['Wohnbau Chiemsee GmbH – Claudia Ertl (project lead)', 'DE (Prien)', 'c.ertl@wohnbau-chiemsee.de',
         'Property developer customer (terraced houses, change orders)', 'Sends contracts through DocuSign EU (eumail.docusign.net)'],
        ['Segheria Dolomiti S.r.l. – Paolo Deflorian (sales)', 'IT (Predazzo TN)', 'vendite@segheriadolomiti.it, p.deflorian@segheriadolomiti.it',
         'Sawmill/glulam supplier of the Bolzano office; P.IVA IT%s; Cassa Rurale IBAN %s' % (company.SEGH['piva'], ids.iban_fmt(company.SEGH['iban'])),
         'Aruba mail (smtpdh*-su.aruba.it), Outlook; e-invoices via SdI to the company PEC'],
        ['Tartak Noteć sp. z o.o. – Ewa Szymańska (chief accountant)', 'PL (Wronki)', 'ksiegowosc@tartak-notec.pl',
         'Sawmill supplier of the Poznań office; NIP %s; PKO BP → mBank from 2027' % company.TART['nip'], 'nazwa.pl hosting (server704218.nazwa.pl), Thunderbird'],
        ['Maderas del Pirineo S.A. – Laura Sánchez Gil (administration)', 'ES (Sabiñánigo)', 'administracion@maderasdelpirineo.es',
         'CLT/glulam supplier of the Spanish office; CIF %s; Ibercaja IBAN %s; VERI*FACTU invoices' % (company.MPIR['cif'], ids.iban_fmt(company.MPIR['iban'])),
         'Google Workspace (DKIM selector google), DMARC p=quarantine'],
        ['Promociones Urbanas Ebro S.L. – Íñigo Lasarte (technical director)', 'ES (Zaragoza)', 'ilasarte@promourbanasebro.es',
         'Developer prospect (12 semi-detached houses); CIF %s' % company.PUE['cif'], 'Microsoft 365 (EUR region)'],
        ['Βόρειος Κατασκευαστική Α.Ε. – Νίκος Καραγιάννης (procurement)', 'GR (Thessaloniki)', 'n.karagiannis@voreios-kataskevastiki.gr',
         'Construction company customer (4 houses in Epanomi); ΑΦΜ %s' % company.VOR['afm'], 'Own Plesk server srv1.voreios-kataskevastiki.gr, Outlook'],
        ['Northern Timber Supplies Ltd – Gary Holt, accounts', 'UK (Selby)', 'accounts@northerntimber.co.uk, g.holt@northerntimber.co.uk',
         'Timber merchant of the York office; VAT %s; HSBC sort code %s account %s' % (company.NTS['vat'], company.NTS['sort'], company.NTS['acct']),
         'Microsoft 365 (GBR region); invoices through Xero (post.xero.com)'],
        ['Harrowgate Homes Ltd – Rachel Dunmore (procurement), Oliver Bentley (commercial director)', 'UK (Harrogate)',
         'rachel.dunmore@harrowgatehomes.co.uk', 'Housebuilder customer (Ripon Phase 2, 24 kits); VAT %s' % company.HHL['vat'],
         'Microsoft 365 (GBR region), SharePoint guest access for Example Group'],
        ['ООО «Северный лес» – Ирина Кузнецова (chief accountant)', 'RU (Petrozavodsk)', 'i.kuznetsova@severles.ru',
         'Timber supplier of the Russian entity, contract 14/2026; ИНН %s; Sberbank р/с %s, БИК %s' % (company.SEVL['inn'], company.SEVL['acc'], company.SEVL['bik']),
         'Yandex 360 (forward*.mail.yandex.net), web mail; EDI via Kontur.Diadoc'],
        ['ООО «Дом на Ладоге» – Сергей Павлов (deputy director construction)', 'RU (Vsevolozhsk)', 's.pavlov@domnaladoge.ru',
         'Developer customer (8 timber-frame houses); ИНН %s' % company.DNL['inn'], 'Mail.ru for business (smtp*.i.mail.ru), Outlook'],
    ]
    manifest.PLATFORMS[:] = [
        ['ELSTER (German tax administration)', 'DE', 'noreply@elster.de', 'business/05', 'Own gateway mx-out02.elster.de [198.51.100.12], DKIM elster.de'],
        ['DTVP Deutsches Vergabeportal', 'DE', 'noreply@dtvp.de', 'business/08', 'Own gateway mail2.dtvp.de'],
        ['DocuSign', 'US/EU', 'dse@eumail.docusign.net, dse_NA4@docusign.net', 'business/06 (and abused in attack/16)', 'DocuSign MTAs 64.207.216.0/21, DKIM docusign.net'],
        ['Microsoft 365 Message center', 'US', 'o365mc@microsoft.com', 'business/09', 'Microsoft\'s own tenant via EXO (40.107.0.0/16)'],
        ['Google accounts / Google Forms', 'US', 'no-reply@accounts.google.com, forms-receipts-noreply@google.com', 'business/10, 31 (and abused in attack/31)', 'mail-sor-f*.google.com (209.85.220.0/24)'],
        ['Companies House via GOV.UK Notify', 'UK', 'companies.house@notifications.service.gov.uk', 'business/11', 'Amazon SES eu-west-2'],
        ['Xero (on behalf of Northern Timber Supplies)', 'NZ/UK', 'messaging-service@post.xero.com', 'business/12', 'mta-out3.post.xero.com'],
        ['Timber Construction Europe (newsletter)', 'UK', 'briefing@timberconstructioneurope.com', 'business/15', 'Mailchimp (mcdlv.net, 198.2.128.0/18)'],
        ['SdI – Sistema di Interscambio / Aruba PEC', 'IT', 'sdi27@pec.fatturapa.it, posta-certificata@pec.aruba.it', 'business/18', 'PEC transport envelope, forwarded by inoltro-pec01.aruba.it'],
        ['Edenred Italia', 'IT', 'noreply@edenred.it', 'business/20', 'Salesforce Marketing Cloud (13.111.0.0/16)'],
        ['Aruba S.p.A.', 'IT', 'comunicazioni@staff.aruba.it', 'business/21', 'smtp-mk04.aruba.it'],
        ['InPost', 'PL', 'powiadomienia@inpost.pl', 'business/24', 'Amazon SES eu-central-1'],
        ['platformazakupowa.pl', 'PL', 'powiadomienia@platformazakupowa.pl', 'business/26', 'Own gateway'],
        ['DEHú / correo.gob.es', 'ES', 'no-reply.dehu@correo.gob.es', 'business/28', 'Own gateway'],
        ['Clúster Madera Navarra (via Google Forms)', 'ES', 'forms-receipts-noreply@google.com', 'business/31', 'Google'],
        ['ΑΑΔΕ (Greek tax authority)', 'GR', 'noreply@aade.gr', 'business/32', 'Own gateway'],
        ['ACS Courier', 'GR', 'noreply@acscourier.net', 'business/34', 'Own gateway'],
        ['Eurobank', 'GR', 'info@eurobank.gr', 'business/36', 'Own gateway'],
        ['Kontur.Diadoc (EDI operator)', 'RU', 'noreply@diadoc.ru', 'business/38', 'mail-out2.kontur.ru'],
    ]
    de = company.ENT['DE']['tax'][0][1]
    manifest.ID_NOTES[:] = [
        '- All IBANs are built from an invented national BBAN and carry valid ISO 13616 mod-97 check digits; Italian IBANs also carry a '
        'valid CIN, Spanish ones valid DC digits, Polish ones a valid sort-code check digit. Bank codes imitate the real structure '
        '(German BLZ, Italian ABI/CAB, Polish bank/branch, British bank code + sort code) but the accounts are fictitious.',
        '- Tax identifiers of the company and correspondents have valid check digits: German USt-IdNr. (ISO 7064 MOD 11,10, e.g. %s), '
        'Italian Partita IVA (Luhn variant), Polish NIP and REGON (weighted mod 11), Spanish CIF (control digit), Greek ΑΦΜ (powers of two '
        'mod 11), UK VAT numbers (mod 97), Russian ИНН (10 digits) and ОГРН (mod 11).' % de,
        '- Russian settlement and correspondent accounts are checked with the БИК key algorithm (weights 7-1-3); the Bitcoin address in '
        'attack/15 is a valid bech32 (BIP-173) P2WPKH address built from random bytes.',
        '- QR codes are encoded by the generator itself (QR Model 2, byte mode, EC level M) and decoded again during verification '
        '(format information, Reed-Solomon check of every block, payload comparison). Payload formats used: EPC069-12 "GiroCode" '
        '(BCD/002/1/SCT…) in attack/06 and business/03; Polish ZBP two-dimensional payment code (NIP|PL|NRB|amount in grosze|name|title|||) '
        'in attack/26; KSeF verification link (KOD I) in business/22; VERI*FACTU tax QR (AEAT ValidarQR URL) in business/27; plain '
        'phishing URLs in attack/05 (PDF) and attack/34 (inline PNG).',
        '- Password-protected archives use traditional PKWARE ZipCrypto: attack/37 (password in the body), business/04 (password sent by '
        'SMS, listed below only for verification).',
        '- Amounts are consistent across messages: the Lieferant invoice of business/03 is one of the three open items in the hijacked '
        'thread of attack/02; the Ferretti invoice of business/17 is the one attack/17 wants paid elsewhere; the Maderas invoice of '
        'business/27 is re-sent with a different IBAN in attack/28; the Partner Logistik invoice of business/22 is quoted in attack/22.',
        '- DKIM-Signature b= and bh= values, ARC seals, S/MIME signatures (smime.p7s) and Microsoft anti-spam blobs are random '
        'placeholders of the right shape; mx01\'s Authentication-Results state what a verifier would have concluded for the modelled '
        'setup. IP addresses: real provider ranges for big providers (Microsoft 40.107/16, Google 209.85/16, Amazon SES 54.240/16, '
        'SendGrid, Mailgun, Brevo, Mailchimp, United Internet, Aruba, Yandex, Mail.ru, PayPal, DocuSign, Salesforce) and documentation '
        'ranges 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24 for smaller or unknown operators and for attacker infrastructure.',
    ]
