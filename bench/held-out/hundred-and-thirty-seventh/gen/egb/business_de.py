"""business/01-08: German-language genuine mail."""
from . import archive, company, docs, einvoice, ids, mime, shared, systems
from .core import local, Part, rstr, HEXL, HEXU, ALNUM, guid, rfc2822
from .h import S, setup, meta, urls, mid_exchange, mid_outlook_classic, mid_tb, pdf_meta, outlook_quote_header
from .registry import message

LIEF = company.LIEF


def lief_sig(name, role, phone):
    return ('Mit freundlichen Grüßen\n\n%s\n%s\n\nLieferant GmbH\nHolzwerkstoffe · Konstruktionsvollholz · Dämmstoffe\n'
            'Gewerbering 21 · 83109 Großkarolinenfeld\nTel. %s · Fax +49 8031 98442-99\nwww.lieferant-gmbh.de\n\n'
            'Geschäftsführer: Stefan Maier, Dr. Ulrike Lang-Bachmair · Amtsgericht Traunstein HRB 21735 · USt-IdNr. %s\n'
            % (name, role, phone, LIEF['ustid']))


@message('business', 1, 'de', 'ceo-dringend-notaranderkonto')
def b01(m):
    ceo, cfo, ja = S('markus.brandstaetter'), S('sabine.koehler'), S('julia.wagner')
    sent = local('Europe/Berlin', 2026, 11, 19, 11, 5, 42)
    setup(m, (ceo['name'], ceo['addr']), [(cfo['name'], cfo['addr'])], 'Dringend: Kaufpreis Grundstück Kolbermoor - heute in den Zahlungslauf',
          sent, cc=[(ja['name'], ja['addr'])])
    m.hcharset, m.henc = 'iso-8859-1', 'Q'
    m.msgid = mid_exchange(m, 'EXCH01')
    iban = ids.iban_make('DE', '71120977' + '0009318840')
    text = ('Hallo Sabine,\n\n'
            'der Notar hat heute früh die Fälligkeitsmitteilung für das Grundstück Kolbermoor (Flurstück 1184/3, Erweiterung Abbundhalle) '
            'geschickt. Sie hängt als PDF an und liegt im DMS unter Grundstücke/Kolbermoor/Kaufvertrag. Damit ist der Kaufpreis von '
            '1.240.000 EUR innerhalb von 10 Tagen auf das Notaranderkonto fällig, spätestens am 30.11.\n\n'
            'Kannst du die Zahlung bitte heute noch vorbereiten und in den regulären Zahlungslauf nehmen? Ich gebe sie dann wie immer im '
            'Banking mit der zweiten Unterschrift frei. Ich bin bis 17 Uhr im Haus, danach wieder ab morgen 8 Uhr.\n\n'
            'Die Bankverbindung bitte nur aus dem Notarschreiben bzw. dem Kaufvertrag übernehmen, nicht aus Mails. Wenn etwas unklar ist, '
            'ruf direkt im Notariat an (Frau Brunner, 08031 3904-12), die Nummer steht auch im Vertrag.\n\n'
            'Danke dir!\nMarkus\n\n'
            'Markus Brandstätter\nGeschäftsführer\nExample Group GmbH | Holzhofstraße 12 | 83026 Rosenheim\nTel. +49 8031 4077-100\n')
    html = mime.outlook_html(mime.paras_html(text)).replace('charset=utf-8', 'charset=iso-8859-1')
    pdfb, _ = docs.letter('helv', pdf_meta(m, sent, 'Fälligkeitsmitteilung URNr. 2318/2026', 'Notariat Dr. Feichtner'),
                          ('Notariat Dr. Martin Feichtner', ['Notar', 'Münchener Straße 31', '83022 Rosenheim', 'Tel. 08031 3904-0']),
                          ['Example Group GmbH', 'z. H. der Geschäftsführung', 'Holzhofstraße 12', '83026 Rosenheim'],
                          'Rosenheim, 19.11.2026', 'Kaufvertrag vom 08.10.2026, URNr. 2318/2026 F – Fälligkeitsmitteilung',
                          'Sehr geehrte Damen und Herren,\n\nin der oben genannten Urkundssache teile ich Ihnen mit, dass sämtliche im '
                          'Kaufvertrag unter Ziffer IV.2 genannten Fälligkeitsvoraussetzungen vorliegen. Die Auflassungsvormerkung ist '
                          'im Grundbuch eingetragen, die Genehmigung nach dem Grundstückverkehrsgesetz und die Vorkaufsrechtsverzichtserklärung '
                          'der Stadt Kolbermoor liegen vor.\n\nDer Kaufpreis in Höhe von\n\n**1.240.000,00 EUR**\n\nist innerhalb von zehn '
                          'Tagen nach Zugang dieses Schreibens auf das Notaranderkonto zu überweisen:\n\n**Kontoinhaber: Notar Dr. Martin Feichtner, Anderkonto**\n'
                          '**Inntal Bank AG, IBAN %s, BIC INNTDEM1XXX**\n**Verwendungszweck: URNr. 2318/2026 F Kolbermoor**\n\n'
                          'Eine Änderung dieser Bankverbindung wird Ihnen niemals per E-Mail mitgeteilt.' % ids.iban_fmt(iban),
                          'Mit freundlichen Grüßen', [('Dr. Martin Feichtner', 'Notar')],
                          ['Notariat Dr. Martin Feichtner · Münchener Straße 31 · 83022 Rosenheim'], accent=(60, 60, 60))
    m.body = mime.mixed(m, 'exchange', [
        mime.alt(m, 'exchange', mime.text(text, 'iso-8859-1', 'quoted-printable'), mime.html(html, 'iso-8859-1', 'quoted-printable')),
        mime.attachment(pdfb, 'application/pdf', 'Faelligkeitsmitteilung_URNr_2318-2026.pdf')])
    systems.exchange_internal(m, 'EXCH01', client_ip='10.20.12.41', has_attach=True, importance='high')
    m.fact('IBAN', iban)
    m.fact('Phone', '08031 3904-12')
    meta(m, 'Internal urgent payment request from the real CEO to the CFO (cc assistant): the notary\'s due-date notice for a '
            'land purchase (1.24 million EUR to the notary escrow account) should go into today\'s payment run.',
         'Comes through Exchange EXCH01 and mail-int01 from the CEO\'s real mailbox; follows the normal payment run and four-eyes '
         'release, insists on taking bank details only from the notary document and gives a known phone number for checks.',
         pair=(['01-de-ceo-fraud-projekt-laerche.eml'], 'urgent payment request from the CEO to the CFO, same day',
               'Internal Exchange path vs look-alike external tenant; normal approval process and call-back invited vs secrecy and "don\'t call me".'))


@message('business', 2, 'de', 'lieferant-bankverbindung-fusion')
def b02(m):
    jw = S('juergen.weiss')
    sent = local('Europe/Berlin', 2026, 11, 24, 10, 5, 11)
    setup(m, ('Petra Lang', 'p.lang@lieferant-gmbh.de'), [('', 'eingangsrechnungen@example.com')],
          'Neue Bankverbindung ab 01.01.2027 – Fusion Raiffeisenbank Mangfalltal eG / VR-Bank Inn-Mangfall eG', sent,
          cc=[(jw['name'], jw['addr'])], rcpt='eingangsrechnungen@example.com')
    m.hcharset, m.henc = 'windows-1252', 'Q'
    m.msgid = mid_outlook_classic(m, 'lieferant-gmbh.de')
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'unsere Hausbank, die Raiffeisenbank Mangfalltal eG, fusioniert zum 01.01.2027 mit der VR-Bank Inn-Mangfall eG. Im Zuge der '
            'technischen Zusammenführung ändern sich Bankleitzahl, IBAN und BIC unseres Geschäftskontos. Kontoinhaber und Kontonummer '
            'bleiben unverändert.\n\n'
            'Bisher:        IBAN %s, BIC %s\nAb 01.01.2027: IBAN %s, BIC %s\n\n'
            'Zahlungen an die bisherige IBAN werden laut Bank noch bis mindestens 30.06.2027 automatisch umgeleitet. Bitte stellen Sie Ihre '
            'Stammdaten zum Jahreswechsel um; bis dahin gilt die bisherige Verbindung, die auch auf unseren Rechnungen steht.\n\n'
            'Das Schreiben unserer Geschäftsführung liegt bei. Wir bitten Sie ausdrücklich, die neue Bankverbindung vor der Umstellung '
            'telefonisch mit uns abzugleichen – bitte über unsere Ihnen bekannte Zentrale +49 8031 98442-0 und nicht über eine Nummer aus '
            'einer E-Mail. Die Information finden Sie außerdem auf unserer Website unter www.lieferant-gmbh.de/bankverbindung.\n\n'
            % (ids.iban_fmt(LIEF['old_iban']), LIEF['old_bic'], ids.iban_fmt(LIEF['new_iban']), LIEF['new_bic'])) + \
        lief_sig('Petra Lang', 'Leitung Finanzbuchhaltung', '+49 8031 98442-31')
    html = mime.outlook_html(mime.paras_html(text)).replace('charset=utf-8', 'charset=windows-1252')
    pdfb, _ = docs.letter('helv', pdf_meta(m, sent, 'Bankverbindung ab 2027', 'Petra Lang'),
                          ('Lieferant GmbH', ['Gewerbering 21', '83109 Großkarolinenfeld', 'Tel. +49 8031 98442-0', 'www.lieferant-gmbh.de']),
                          ['An unsere Kunden'], 'Großkarolinenfeld, 24.11.2026',
                          'Änderung unserer Bankverbindung zum 01.01.2027 (Bankenfusion)',
                          'Sehr geehrte Damen und Herren,\n\ndurch die Fusion der Raiffeisenbank Mangfalltal eG mit der VR-Bank '
                          'Inn-Mangfall eG ändert sich zum 01.01.2027 unsere Bankverbindung. Kontoinhaber und Kontonummer bleiben gleich.\n\n'
                          '**Bisher: %s · BIC %s**\n**Ab 01.01.2027: %s · BIC %s**\n\nZahlungen auf die bisherige IBAN werden bis '
                          'mindestens 30.06.2027 weitergeleitet. Bitte gleichen Sie die neue Verbindung telefonisch über unsere Zentrale '
                          'ab. Wir werden Ihnen Änderungen unserer Bankverbindung niemals ausschließlich per E-Mail mitteilen.'
                          % (ids.iban_fmt(LIEF['old_iban']), LIEF['old_bic'], ids.iban_fmt(LIEF['new_iban']), LIEF['new_bic']),
                          'Mit freundlichen Grüßen', [('Stefan Maier', 'Geschäftsführer'), ('Dr. Ulrike Lang-Bachmair', 'Geschäftsführerin')],
                          ['Lieferant GmbH · Sitz Großkarolinenfeld · Amtsgericht Traunstein HRB 21735 · USt-IdNr. %s' % LIEF['ustid']],
                          accent=(0, 84, 64))
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(text, 'windows-1252', 'quoted-printable'), mime.html(html, 'windows-1252', 'quoted-printable')),
        mime.attachment(pdfb, 'application/pdf', 'Lieferant_GmbH_Bankverbindung_ab_2027.pdf')])
    systems.postfix_relay(m, LIEF['relay'][0], LIEF['relay'][1], mua='outlook', selector='mail2025', lan_ip='192.168.10.57')
    m.fact('IBAN', LIEF['old_iban'])
    m.fact('IBAN', LIEF['new_iban'])
    meta(m, 'Genuine supplier bank-detail change: Lieferant GmbH\'s head of accounting announces that the bank merger changes IBAN/BIC '
            'from 1 Jan 2027 (same account holder and account number), with a signed letter.',
         'From the supplier\'s own relay and office LAN (SPF/DKIM/DMARC pass), sent to the invoice mailbox with the clerk in cc, '
         'no urgency (old IBAN forwarded until mid-2027), explicitly asks for verification via the known switchboard and points to the '
         'website. Merger-driven IBAN change keeps the account number.',
         pair=(['02-de-lieferant-lookalike-bankwechsel.eml', '17-it-ferretti-compromesso-variazione-iban.eml',
                '22-pl-partner-logistik-lookalike-zmiana-rachunku.eml', '38-ru-severny-les-lookalike-smena-rekvizitov.eml'],
               'supplier announces new bank details',
               'Real domain and relay, months of lead time, call-back via the known number, same account holder and number; the attacks '
               'demand a change "today", discourage calls and name an unrelated bank.'))


@message('business', 3, 'de', 'lieferant-rechnung-zugferd-girocode')
def b03(m):
    sent = local('Europe/Berlin', 2026, 11, 2, 16, 41, 3)
    num = 'RE-2026-10482'
    setup(m, ('Lieferant GmbH - Buchhaltung', 'rechnungen@lieferant-gmbh.de'), [('', 'eingangsrechnungen@example.com')],
          'Rechnung %s vom 02.11.2026 (Kd.-Nr. %s)' % (num, shared.LIEF_CUSTOMER_NO), sent, rcpt='eingangsrechnungen@example.com')
    m.hcharset, m.henc = 'iso-8859-1', 'Q'
    qid = postfix = rstr(m.rng, HEXU, 10)
    m.msgid = '%s.%s@erp01.lieferant.local' % (sent.strftime('%Y%m%d%H%M%S'), rstr(m.rng, '0123456789', 6))
    net, vat, gross = shared.LIEF_RE_10482_NET, shared.LIEF_RE_10482_VAT, shared.LIEF_RE_10482_GROSS
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'anbei erhalten Sie unsere Rechnung %s vom 02.11.2026 über %s EUR als E-Rechnung im Format ZUGFeRD 2.3 (Profil EN 16931).\n'
            'Die strukturierten Rechnungsdaten (factur-x.xml) sind in die PDF-Datei eingebettet.\n\n'
            'Zahlbar innerhalb von 30 Tagen ohne Abzug bis 02.12.2026, bei Zahlung bis 12.11.2026 mit 2 %% Skonto.\n\n'
            'Diese E-Mail wurde automatisch erstellt. Bei Rückfragen zur Rechnung wenden Sie sich bitte an unsere Buchhaltung, '
            'Tel. +49 8031 98442-30, rechnungen@lieferant-gmbh.de.\n\n'
            'Lieferant GmbH · Gewerbering 21 · 83109 Großkarolinenfeld\nAmtsgericht Traunstein HRB 21735 · USt-IdNr. %s\n'
            % (num, shared.fmt(gross), LIEF['ustid']))
    epc = ids.epc_payload(LIEF['old_bic'], 'Lieferant GmbH', LIEF['old_iban'], float(gross), remittance='%s Kd %s' % (num, shared.LIEF_CUSTOMER_NO))
    eg = company.ENT['DE']
    xml = einvoice.cii(num, '20261102', '20261030', '20261202',
                       dict(name='Lieferant GmbH', street='Gewerbering 21', zip='83109', city='Großkarolinenfeld', country='DE', vat=LIEF['ustid']),
                       dict(name='Example Group GmbH', street='Holzhofstraße 12', zip='83026', city='Rosenheim', country='DE', vat=eg['tax'][0][1]),
                       shared.LIEF_RE_10482_ITEMS, net, vat, gross, LIEF['old_iban'], LIEF['old_bic'], shared.LIEF_CUSTOMER_NO,
                       terms='Zahlbar bis 02.12.2026 ohne Abzug, bis 12.11.2026 2 % Skonto')
    items = []
    for pos, desc, detail, q, unit, pr in shared.LIEF_RE_10482_ITEMS:
        qty = ('%s' % q).replace('.', ',') + ' ' + unit
        items.append([pos, desc + ('\n' + detail if detail else ''), qty, shared.fmt(pr), shared.fmt(shared.money(q * pr))])
    pdfb, _ = docs.invoice(
        'helv', pdf_meta(m, sent, 'Rechnung %s' % num, 'Lieferant GmbH', 'Sage 100 9.0', 'Sage 100 9.0 / ZUGFeRD-Export 2.3'),
        ('Lieferant GmbH', ['Gewerbering 21 · 83109 Großkarolinenfeld', 'Tel. +49 8031 98442-0 · rechnungen@lieferant-gmbh.de',
                            'USt-IdNr. ' + LIEF['ustid']]),
        ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Holzhofstraße 12', '83026 Rosenheim'],
        'Rechnung %s' % num, [('Rechnungsdatum', '02.11.2026'), ('Lieferdatum', '30.10.2026'), ('Kunden-Nr.', shared.LIEF_CUSTOMER_NO),
                              ('Lieferschein', 'LS-88231'), ('Ihre Bestellung', 'EG-B-2026-1412')],
        ['Pos.', 'Artikel', 'Menge', 'Preis', 'Betrag EUR'], items,
        [('Warenwert netto', shared.fmt(net), False), ('USt. 19 %', shared.fmt(vat), False), ('Rechnungsbetrag', shared.fmt(gross) + ' EUR', True)],
        ['Zahlbar bis 02.12.2026 ohne Abzug, bis 12.11.2026 abzüglich 2 % Skonto.',
         'Raiffeisenbank Mangfalltal eG · IBAN %s · BIC %s' % (ids.iban_fmt(LIEF['old_iban']), LIEF['old_bic']),
         'Bitte geben Sie die Rechnungsnummer als Verwendungszweck an.'],
        ['Lieferant GmbH · Amtsgericht Traunstein HRB 21735 · Geschäftsführer: Stefan Maier, Dr. Ulrike Lang-Bachmair · USt-IdNr. %s' % LIEF['ustid']],
        qr=(epc, ['GiroCode']), accent=(0, 84, 64), attach=('factur-x.xml', xml, 'text/xml', 'Alternative', 'Factur-X/ZUGFeRD Rechnungsdaten'),
        xmp=einvoice.FACTURX_XMP, col_x=[50, 80, 330, 400, 470], money_cols=(3,))
    m.qr_expect.append(('%s.pdf' % num, epc))
    m.body = mime.mixed(m, 'python', [mime.text(text, 'iso-8859-1', '8bit', quoted=True),
                                      mime.attachment(pdfb, 'application/pdf', '%s.pdf' % num)])

    def submit(t0):
        return ('from erp01.lieferant.local (erp01.lieferant.local [192.168.10.20])' + systems.FOLD +
                'by mail.lieferant-gmbh.de (Postfix) with ESMTP id %s' % qid + systems.FOLD +
                'for <eingangsrechnungen@example.com>; %s' % rfc2822(t0, 'Europe/Berlin', abbr=True))
    systems.postfix_relay(m, LIEF['relay'][0], LIEF['relay'][1], mua='bare', selector='mail2025', local_submit=submit,
                          x_mailer='Sage 100 Belegversand 9.0')
    m.fact('IBAN', LIEF['old_iban'])
    meta(m, 'Genuine supplier invoice as ZUGFeRD 2.3 e-invoice (EN 16931 XML embedded in the PDF) with a GiroCode (EPC QR) for the '
            'registered IBAN; sent automatically by the supplier\'s ERP to the invoice mailbox.',
         'Sent by the ERP server through the supplier\'s own relay (SPF/DKIM/DMARC pass); IBAN, customer number, delivery note and '
         'purchase-order number match the known master data; the EPC QR pays the registered account.',
         pair=(['06-de-firmenverzeichnis-rechnung-girocode.eml', '02-de-lieferant-lookalike-bankwechsel.eml'],
               'invoice with payment QR code / invoices of this supplier',
               'Ordered goods with PO and delivery note, known IBAN in both text and QR; the scam invoices an unordered directory entry.'))


@message('business', 4, 'de', 'steuerkanzlei-lohn-zip-passwort-sms')
def b04(m):
    hr = S('andrea.schueler')
    sent = local('Europe/Berlin', 2026, 12, 2, 14, 20, 37)
    setup(m, ('Carina Huber | Lindner & Koller Steuerberater', 'c.huber@lindner-koller-stb.de'), [(hr['name'], hr['addr'])],
          'Lohnauswertungen 11/2026 – Mandant 20417 Example Group GmbH', sent)
    m.msgid = mid_outlook_classic(m, 'lindner-koller-stb.de')
    pwd = b'Kl7#Rosenheim-1126'
    text = ('Sehr geehrte Frau Schüler,\n\n'
            'anbei erhalten Sie die Lohnauswertungen für den Abrechnungsmonat November 2026 (Lohnjournal, Zahlungsliste Gehälter, '
            'Beitragsnachweise) als verschlüsselte ZIP-Datei. Das Kennwort erhalten Sie wie vereinbart separat per SMS auf Ihr Diensthandy.\n\n'
            'Die SEPA-Datei für die Gehaltszahlung haben wir wie gewohnt in DATEV Unternehmen online bereitgestellt. Bitte beachten Sie, '
            'dass in diesem Monat das Weihnachtsgeld für 212 Mitarbeitende enthalten ist; die Auszahlung ist für den 27.11. vorgesehen '
            'gewesen und wurde korrekt gebucht.\n\n'
            'Änderungen von Bankverbindungen der Mitarbeitenden übernehmen wir weiterhin nur über das unterschriebene Formular P-07 aus '
            'Ihrer Personalabteilung.\n\n'
            'Mit freundlichen Grüßen\n\nCarina Huber\nLohnbuchhaltung\n\nLindner & Koller Steuerberater PartG mbB\n'
            'Kufsteiner Straße 58 · 83022 Rosenheim\nTel. +49 8031 23 58 70-24\nwww.lindner-koller-stb.de\n')
    html = mime.outlook_html(mime.paras_html(text))
    j, _ = docs.notice('helv', pdf_meta(m, sent, 'Lohnjournal 11/2026', 'DATEV', 'DATEV LODAS', 'DATEV eG'),
                       'DATEV LODAS – Lohnjournal', (0, 110, 80), 'Mandant 20417 Example Group GmbH – Abrechnungsmonat 11/2026',
                       ['Lohnjournal (Summenblatt). Die personenbezogenen Einzelnachweise befinden sich im Lohnkonto.'],
                       box=['Mitarbeitende abgerechnet: 212', 'Bruttolohn gesamt: 1.048.612,40 EUR', 'Weihnachtsgeld: 402.110,00 EUR',
                            'Lohnsteuer: 214.983,17 EUR', 'Sozialversicherung AN-Anteil: 214.712,36 EUR', 'Netto-Auszahlung: 611.938,71 EUR'])
    z, _ = docs.notice('helv', pdf_meta(m, sent, 'Zahlungsliste 11/2026', 'DATEV', 'DATEV LODAS', 'DATEV eG'),
                       'DATEV LODAS – Zahlungsliste', (0, 110, 80), 'Zahlungsliste Gehälter 11/2026 (Summen)',
                       ['Die SEPA-Datei wurde in DATEV Unternehmen online zur Freigabe bereitgestellt.'],
                       box=['Überweisungen: 212', 'Gesamtbetrag: 611.938,71 EUR', 'Auftraggeberkonto: Example Group GmbH, Inntal Bank AG',
                            'Ausführungstermin: 27.11.2026'])
    zipb = archive.make_zip([('Lohnjournal_2026-11_Mandant20417.pdf', j, (2026, 12, 2, 14, 12, 0)),
                             ('Zahlungsliste_Gehaelter_2026-11.pdf', z, (2026, 12, 2, 14, 12, 0))], password=pwd, rng=m.rng)
    fn = 'Lohn_20417_2026-11.zip'
    m.zip_passwords[fn] = pwd
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(text, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable')),
        mime.attachment(zipb, 'application/x-zip-compressed', fn)])
    systems.united_internet(m, 'ionos', mua='outlook', lan_ip='192.168.2.%d' % m.rng.randint(20, 60), client_ip='198.51.100.32',
                            x_mailer='Microsoft Outlook 16.0')
    m.fact('Other', 'ZIP password (delivered by SMS, not part of the message; needed only for verification): `%s`' % pwd.decode())
    meta(m, 'Monthly payroll reports from the payroll tax adviser as a ZipCrypto-encrypted archive; the password travels separately '
            'by SMS.',
         'Long-standing adviser on its own domain via IONOS (SPF/DKIM pass), expected monthly document with client number, password '
         'not in the mail, content matches (DATEV summaries), explicitly refuses e-mail bank-detail changes.',
         pair=(['08-de-abmahnung-bildrechte-iso.eml', '37-ru-fns-trebovanie-zip-parol.eml'], 'encrypted/packed attachment that scanners cannot open',
               'Password sent out-of-band and the archive holds PDFs from a known adviser; the attacks put the password in the same mail '
               'or use ISO containers holding executables.'))


@message('business', 5, 'de', 'elster-postfach-benachrichtigung')
def b05(m):
    cfo = S('sabine.koehler')
    sent = local('Europe/Berlin', 2026, 11, 18, 6, 12, 44)
    setup(m, ('ELSTER - Ihr Online-Finanzamt', 'noreply@elster.de'), [('', cfo['addr'])],
          'Benachrichtigung: Neuer Eingang in Ihrem Postfach bei Mein ELSTER', sent)
    m.hcharset, m.henc = 'UTF-8', 'Q'
    m.msgid = '%s.%s@elster.de' % (rstr(m.rng, '0123456789', 13), rstr(m.rng, HEXL, 8))
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'in Ihrem Postfach bei Mein ELSTER ist ein neuer Eingang vorhanden.\n\n'
            'Art des Eingangs: Bescheid\nBenutzerkonto: Example Group GmbH (Organisationszertifikat)\nEingangsdatum: 18.11.2026\n\n'
            'Bitte melden Sie sich wie gewohnt bei Mein ELSTER an, um den Eingang abzurufen: https://www.elster.de\n\n'
            'Aus Sicherheitsgründen enthält diese Benachrichtigung weder Anhänge noch den Inhalt des Eingangs. ELSTER fordert Sie niemals '
            'per E-Mail auf, Passwörter, Zertifikatsdateien oder Zahlungsdaten einzugeben.\n\n'
            'Mit freundlichen Grüßen\nIhr ELSTER-Team\n\n'
            'Diese E-Mail wurde automatisch erzeugt. Antworten auf diese E-Mail können nicht bearbeitet werden.\n')
    m.body = mime.text(text, 'UTF-8', 'quoted-printable')
    systems.gateway(m, 'mx-out02.elster.de', '198.51.100.12', 'elster2025', dkim_domain='elster.de',
                    inner=[('portal-mail03.elster.local (portal-mail03.elster.local [10.128.%d.%d])' % (m.rng.randint(1, 90), m.rng.randint(1, 250)),
                            'mx-out02.elster.de (Postfix)', 'with ESMTP id %s' % rstr(m.rng, HEXU, 10))],
                    mua='bare', lang='de')
    urls(m, 'https://www.elster.de')
    meta(m, 'Genuine ELSTER notification: a new tax assessment is waiting in the company\'s Mein ELSTER mailbox.',
         'Signed by elster.de, aligned SPF/DKIM/DMARC (p=reject), no attachment, no deep link, no request for certificates or passwords; '
         'just "log in as usual".',
         pair=(['04-de-bzst-erechnung-registrierung.eml'], 'German tax administration contacting the company',
               'No link except the portal home page, no deadline, no penalty threat, no credential request; the fake demands ELSTER certificate and password.'))


@message('business', 6, 'de', 'docusign-nachtrag-wohnbau-chiemsee')
def b06(m):
    ks = S('katrin.stoeckl')
    sent = local('Europe/Berlin', 2026, 12, 7, 15, 36, 20)
    setup(m, ('Wohnbau Chiemsee GmbH über Docusign', 'dse@eumail.docusign.net'), [(ks['name'], ks['addr'])],
          'Bitte unterzeichnen Sie mit Docusign: Nachtrag Nr. 3 – BV Reihenhäuser Prien, Los 2 Holzbau', sent, zone='UTC',
          reply_to=('Claudia Ertl', 'c.ertl@wohnbau-chiemsee.de'))
    m.msgid = '%s@eumail.docusign.net' % guid(m.rng)
    acct = guid(m.rng)
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (guid(m.rng), acct, guid(m.rng))
    code = rstr(m.rng, HEXU, 32)
    note = ('Sehr geehrte Frau Stöckl,\n\nwie am Montag in der Baubesprechung vereinbart, anbei der Nachtrag Nr. 3 (Mehrkosten '
            'Brandschutzbekleidung K2 60 Treppenhauswände, Haus 4–6) über netto 38.420,00 EUR zur Unterschrift. Die Gegenzeichnung '
            'durch unseren Geschäftsführer erfolgt im Anschluss.\n\nMit freundlichen Grüßen\nClaudia Ertl\nProjektleitung, Wohnbau Chiemsee GmbH')
    html = ('<html><body style="background:#eaeaea;margin:0;font-family:Helvetica,Arial,sans-serif"><table align="center" width="640" '
            'style="background:#fff"><tr><td style="padding:20px 24px"><img src="https://eu.docusign.net/Member/Images/email/docuSign-logo.png" '
            'width="116" alt="Docusign"></td></tr><tr><td style="background:#1e4ca1;color:#fff;padding:30px 24px;text-align:center;font-size:16px">'
            'Wohnbau Chiemsee GmbH hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.<br><br><a href="%s" '
            'style="background:#ffc820;color:#333;padding:12px 24px;text-decoration:none;font-weight:bold;font-size:14px">DOKUMENT ÜBERPRÜFEN</a>'
            '</td></tr><tr><td style="padding:24px;font-size:15px;color:#333"><b>Claudia Ertl</b><br><a href="mailto:c.ertl@wohnbau-chiemsee.de">'
            'c.ertl@wohnbau-chiemsee.de</a><br><br>%s</td></tr><tr><td style="padding:24px;background:#f4f4f4;font-size:12px;color:#666">'
            '<b>Diese E-Mail nicht weiterleiten</b><br>Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, '
            'den Link oder den Zugangscode nicht an andere weiter.<br><br><b>Alternative Unterzeichnungsmethode</b><br>Rufen Sie Docusign.com '
            'auf, klicken Sie auf „Access Documents“ und geben Sie den Sicherheitscode ein:<br>%s<br><br>Diese Nachricht wurde Ihnen von '
            'Wohnbau Chiemsee GmbH über den elektronischen Signaturdienst von Docusign gesendet.</td></tr></table></body></html>'
            % (mime.esc(link), mime.esc(note).replace('\n', '<br>'), code))
    plain = ('Wohnbau Chiemsee GmbH hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.\n\nDOKUMENT ÜBERPRÜFEN: %s\n\n'
             'Claudia Ertl\nc.ertl@wohnbau-chiemsee.de\n\n%s\n\nAlternative Unterzeichnungsmethode: Rufen Sie Docusign.com auf, klicken '
             'Sie auf „Access Documents“ und geben Sie den Sicherheitscode ein:\n%s\n' % (link, note, code))
    m.body = mime.alt(m, 'net', mime.text(plain, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'))
    m.env_from = 'bounces+%s@eumail.docusign.net' % rstr(m.rng, HEXL, 16)
    systems.gateway(m, 'mail-eu1b.docusign.net', '64.207.221.141', 'mail1', dkim_domain='docusign.net',
                    inner=[('EU1DFMAIL2.docusign.net (10.60.%d.%d)' % (m.rng.randint(1, 200), m.rng.randint(1, 200)),
                            'mail-eu1b.docusign.net (Postfix)', 'with ESMTP id %s' % rstr(m.rng, HEXU, 10))],
                    extra=[('X-DocuSign-EnvelopeId', guid(m.rng).upper()), ('X-Api-Host', 'eu.docusign.net'),
                           ('X-DocuSign-Notification', 'EnvelopeSent')])
    urls(m, link, 'https://eu.docusign.net/Member/Images/email/docuSign-logo.png')
    meta(m, 'Genuine DocuSign envelope from a property-developer customer: change order no. 3 (fire-protection lining, 38,420 EUR net) '
            'for a terraced-house project, to be signed by sales.',
         'Real DocuSign EU mail (docusign.net DKIM, DMARC pass), sender identity is the customer\'s own domain, refers to a meeting and '
         'an ongoing project, sent to the person who negotiated it; the document is a change order, not bank details.',
         pair=(['16-en-docusign-abuse-remittance-form.eml'], 'DocuSign envelope',
               'Sender account = customer\'s real corporate address and a real project; the abusive envelope uses a free Outlook.com '
               'address and asks to sign new remittance details.'))


@message('business', 7, 'de', 'mitarbeiter-privatmail-bankformular')
def b07(m):
    hr, ah = S('andrea.schueler'), S('andreas.huber')
    sent = local('Europe/Berlin', 2026, 11, 12, 20, 17, 55)
    setup(m, ('Andreas Huber', 'andreas.huber.ro@t-online.de'), [('Andrea Schüler', hr['addr'])],
          'Formular P-07 Änderung Bankverbindung (Personalnr. 10384)', sent)
    m.hcharset, m.henc = 'UTF-8', 'Q'
    m.msgid = '%s@email.t-online.de' % guid(m.rng)
    iban = ids.iban_make('DE', '71150000' + '0020417396')
    text = ('Hallo Andrea,\n\n'
            'wie heute früh in der Halle besprochen: ich habe mein Konto zur Sparkasse gewechselt. Das ausgefüllte und unterschriebene '
            'Formular P-07 aus dem Intranet hängt als Scan dran, das Original leg ich dir morgen früh ins Fach. Ich schreib von daheim, '
            'weil ich hier den Scanner hab.\n\n'
            'Wenn es für die Dezemberabrechnung zu knapp ist, passt auch Januar – das alte Konto lass ich noch bis Februar offen.\n\n'
            'Gruß\nAndreas\n')
    pdfb, _ = docs.notice('helv', pdf_meta(m, sent, 'Scan P-07', '', 'HP Smart', 'HP Smart Scan'),
                          'Example Group GmbH – Personal', (40, 70, 100), 'Formular P-07: Änderung der Bankverbindung',
                          ['Bitte vollständig ausfüllen, unterschreiben und im Original in der Personalabteilung abgeben. Änderungen '
                           'werden nur mit Originalunterschrift und nach Rückruf durch die Personalabteilung wirksam.'],
                          box=['Name, Vorname: Huber, Andreas', 'Personalnummer: 10384', 'Abteilung: Vorfertigung / Halle 2',
                               'Kontoinhaber: Andreas Huber', 'Kreditinstitut: Sparkasse Rosenheim-Bad Aibling',
                               'IBAN: %s' % ids.iban_fmt(iban), 'Gültig ab Abrechnungsmonat: 12/2026 bzw. 01/2027',
                               'Datum / Unterschrift: 12.11.2026 / A. Huber'])
    m.body = mime.mixed(m, 'gmx', [mime.text(text, 'UTF-8', 'quoted-printable'),
                                   mime.attachment(pdfb, 'application/pdf', 'Scan_P-07_Huber_20261112.pdf')])
    systems.tonline(m)
    m.fact('IBAN', iban)
    meta(m, 'Genuine private-mail message from the production manager to HR: the signed bank-change form (P-07) as a scan, original '
            'to follow in person, "as discussed this morning".',
         'Employee writes from his private T-Online address because his scanner is at home; the change goes through HR\'s paper form '
         'with original signature and call-back; no urgency (December or January); personnel number and department given.',
         pair=(['07-de-gehaltskonto-aenderung-gmx.eml'], 'employee changes salary account, writing from private mail',
               'Follows the HR form process with original signature and personal contact; the attack asks HR to change the account '
               'from an unknown GMX address with no form and urgency.'))


@message('business', 8, 'de', 'dtvp-bekanntmachung-kinderhaus')
def b08(m):
    mr = S('michael.reiter')
    sent = local('Europe/Berlin', 2026, 10, 21, 5, 30, 2)
    setup(m, ('DTVP Deutsches Vergabeportal', 'noreply@dtvp.de'), [('Michael Reiter', mr['addr'])],
          'Neue Bekanntmachungen zu Ihrem Suchprofil „Holzbau Bayern“', sent)
    m.hcharset, m.henc = 'UTF-8', 'Q'
    m.msgid = '%s@dtvp.de' % guid(m.rng)
    t1 = 'https://www.dtvp.de/Center/notice/CXP4Y8T1R2W'
    t2 = 'https://www.dtvp.de/Center/notice/CXP4Y8T1QZK'
    prof = 'https://www.dtvp.de/Center/company/searchprofiles.do'
    rows = [('Neubau Kinderhaus (4 Gruppen) in Holzrahmenbauweise – Los 4 Holzbauarbeiten', 'Gemeinde Thalbach am Inn',
             'Offenes Verfahren (VOB/A EU)', '24.11.2026, 10:00', t1),
            ('Aufstockung Grundschule Mitte in Holztafelbauweise', 'Stadt Wasserburg-Süd Schulverband', 'Öffentliche Ausschreibung (VOB/A)',
             '02.12.2026, 11:00', t2)]
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222"><p>Guten Tag Herr Reiter,</p>'
            '<p>für Ihr Suchprofil <b>„Holzbau Bayern“</b> wurden seit gestern 2 neue Bekanntmachungen veröffentlicht:</p>'
            '<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px" border="1">'
            '<tr style="background:#e8eef4"><th align="left">Bezeichnung</th><th align="left">Vergabestelle</th><th align="left">Verfahrensart</th>'
            '<th align="left">Angebotsfrist</th></tr>' +
            ''.join('<tr><td><a href="%s">%s</a></td><td>%s</td><td>%s</td><td>%s</td></tr>' % (u, mime.esc(a), mime.esc(b), mime.esc(c), d)
                    for a, b, c, d, u in rows) +
            '</table><p>Die Vergabeunterlagen stehen nach Anmeldung mit Ihrem DTVP-Benutzerkonto im Bieterbereich zum Download bereit. '
            'Fragen zum Verfahren richten Sie bitte ausschließlich über die Kommunikationsfunktion der Plattform an die Vergabestelle.</p>'
            '<p>Ihre Suchprofile verwalten: <a href="%s">%s</a></p><p>Mit freundlichen Grüßen<br>Ihr DTVP-Team<br>'
            'cosinex GmbH · Konrad-Zuse-Straße 14 · 44801 Bochum</p></body></html>' % (prof, prof))
    plain = mime.html2text(html, link_style='bracket')
    m.body = mime.alt(m, 'java', mime.text(plain, 'UTF-8', 'quoted-printable'), mime.html(html, 'UTF-8', 'quoted-printable'))
    systems.gateway(m, 'mail2.dtvp.de', '198.51.100.88', 'dtvp1', dkim_domain='dtvp.de',
                    inner=[('app07.dtvp.local (app07.dtvp.local [10.40.%d.%d])' % (m.rng.randint(1, 90), m.rng.randint(1, 250)),
                            'mail2.dtvp.de (Postfix)', 'with ESMTP id %s' % rstr(m.rng, HEXU, 10))], mua='bare')
    urls(m, t1, t2, prof)
    meta(m, 'Genuine tender-portal notification: two new public tenders (kindergarten and school extension in timber construction) '
            'matching the saved search profile "Holzbau Bayern".',
         'Expected daily notification from the public procurement platform the export/tender manager subscribed to; links only to '
         'dtvp.de notices, documents behind the normal bidder login, communication only through the platform.',
         pair=(['13-en-itt-tender-html-credential-lure.eml'], 'invitation to tender / tender documents',
               'Platform notification the user subscribed to, links to the platform only; the lure sends an HTML "access file" that asks for the Microsoft password.'))
