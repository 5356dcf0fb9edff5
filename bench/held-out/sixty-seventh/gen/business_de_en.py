"""Genuine business messages 01-16: German (8) and English (8)."""
import ids
import systems as SY
from common import attach, esc, hexs, multi, text, utc, Part, rfc_date, plus
from docs import photo_glasses, wav_voicemail
from kit import (alt, bnd, esp_html, html_gmail, html_outlook, mixed, noted, pdf_att, d)
from message import Msg
from people import S, LIEF, LENT, OCCH, CLEAR, ASHW, VERB, OPTW, EG_DE_VAT, EG_UK_VAT

MSGS = []


def add(f):
    MSGS.append(f())
    return f


def erp_relay():
    def f(m, rng):
        e = SY.Env()
        e.name = 'Lentiva ERP (SAP) through its own Postfix mail gateway'
        e.client = ('mailgw.lentiva-optical.de', 'mailgw.lentiva-optical.de', '217.110.42.18')
        e.trace.append('Received: from sapprd01.lentiva.local (sapprd01.lentiva.local [10.1.4.21])\n\tby mailgw.lentiva-optical.de (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                       % (SY.pf_qid(rng), m.rcpt, rfc_date(plus(m.when, 1), 'DE', paren=True)))
        e.msgid = '<%s.SAPPRD.%s@lentiva-optical.de>' % (m.when.strftime('%Y%m%d%H%M%S'), hexs(rng, 16, True))
        e.extra += [('X-Mailer', 'SAP NetWeaver 7.50'), ('Auto-Submitted', 'auto-generated')]
        e.zone = 'DE'
        e.return_path = 'e-rechnung@lentiva-optical.de'
        return e
    return f


SIG_LIEF = """Lieferant GmbH
Gewerbestraße 14 · 86167 Augsburg
Tel. +49 821 4470-0 · Fax +49 821 4470-199
www.lieferant-gmbh.de
Geschäftsführer: Walter Hintermayr, Dr. Ines Brugger · HRB 31847 Amtsgericht Augsburg · USt-IdNr. """ + LIEF['vat']


# ------------------------------------------------------------------ 01
@add
def b01():
    t = """Hallo Sabine,

bitte gib heute noch die Anzahlung an Occhialeria Dolomiti frei: 30 % auf die Frühjahrskollektion 2027, 38.412,00 EUR laut Proforma PF-2026/0871. Proforma und Auftragsbestätigung liegen im DMS unter Vorgang EK-2026-1187, Markus hat beides sachlich geprüft und freigezeichnet.

Hintergrund: Dolomiti startet die Produktion der Modelle CORTINA und PELMO erst nach Zahlungseingang, sonst rutschen die Liefertermine für unsere Filialen auf Mitte März. Giulia hat das gestern so mit Herrn De Pellegrin vereinbart.

Zahlung bitte an die im Kreditorenstamm hinterlegte Bankverbindung (Kreditor 70418) – es gibt keine neue Kontoverbindung. Falls etwas unklar ist, ruf mich einfach an, ich bin bis 15 Uhr im Haus, danach mobil.

Danke und Gruß
Jürgen

Dr. Jürgen Köhler
Geschäftsführer
Example Group GmbH
Äußere Sulzbacher Straße 118 · 90491 Nürnberg
Tel. +49 911 5807-100"""
    return Msg('de', 'ceo-dringende-anzahlung-intern',
               when=utc(2026, 10, 14, 11, 20), route=SY.exchange_int('10.20.30.12', 'EXCH01'),
               frm=S('ceo'), to=[S('cfo')], cc=[S('assist'), S('proc')], hdr_cs='iso-8859-1',
               subject='Dringend: Freigabe Anzahlung Occhialeria Dolomiti heute',
               body=alt(t, 'iso-8859-1', 'quoted-printable', 'exchange', 'b01'),
               extra=[('X-Priority', '1'), ('Importance', 'high')],
               what='The CEO asks the CFO (cc assistant and procurement) to release today a 38,412 EUR down payment to the known frame supplier.',
               why='Genuine: internal Exchange -> mail-int01 relay, real CEO address, references DMS case, checked by procurement, pays the vendor master account explicitly "no new bank details", invites a phone call. Urgent but follows process.',
               pair=[(1, 'urgent CEO payment request; real one is internal, references DMS/vendor master and invites a call'),
                     (13, 'same CFO, same urgency, genuine supplier and process vs. secret escrow')])


# ------------------------------------------------------------------ 02
@add
def b02():
    t = """Sehr geehrte Frau Schäfer,

wie bereits in unserem Kundenrundschreiben vom September angekündigt, wickeln wir unseren Zahlungsverkehr ab dem 1. Januar 2027 über die VR Bank Augsburg-Ostallgäu eG ab. Das beigefügte Schreiben ist von beiden Geschäftsführern unterzeichnet.

Neue Bankverbindung ab 01.01.2027:
VR Bank Augsburg-Ostallgäu eG
IBAN: %s

Bitte beachten Sie:
- Unser bisheriges Konto bei der Stadtsparkasse Augsburg (IBAN %s) bleibt bis zum 31.03.2027 bestehen; Zahlungen dorthin werden weiterhin zugeordnet.
- Offene Rechnungen aus 2026 begleichen Sie bitte wie gewohnt auf das bisherige Konto.
- Bitte verifizieren Sie die Änderung vor der Anpassung Ihrer Stammdaten telefonisch unter der Ihnen bekannten Rufnummer unserer Buchhaltung (0821 4470-0, Frau Lang oder Frau Dr. Brugger). Wir werden Sie niemals per E-Mail auffordern, fällige Zahlungen kurzfristig auf ein anderes Konto umzuleiten.

Für Rückfragen stehen wir Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

i. A. Petra Lang
Buchhaltung

%s""" % (ids.fmt_iban(LIEF['iban_new']), ids.fmt_iban(LIEF['iban_old']), SIG_LIEF)
    pdf = pdf_att('Lieferant_GmbH_Bankverbindung_ab_2027.pdf', [
        '# Lieferant GmbH', 'Gewerbestraße 14 · 86167 Augsburg · Tel. 0821 4470-0', '',
        'Example Group GmbH', 'Kreditorenbuchhaltung', 'Äußere Sulzbacher Straße 118', '90491 Nürnberg', '',
        'Augsburg, 08.10.2026', '',
        '## Änderung unserer Bankverbindung zum 01.01.2027', '',
        'Sehr geehrte Damen und Herren,', '',
        'zum 1. Januar 2027 verlegen wir unseren Zahlungsverkehr zur VR Bank Augsburg-Ostallgäu eG.',
        'Bitte verwenden Sie ab diesem Datum die folgende Bankverbindung:', '',
        'Kontoinhaber: Lieferant GmbH', 'IBAN: ' + ids.fmt_iban(LIEF['iban_new']), '',
        'Das bisherige Konto bei der Stadtsparkasse Augsburg (IBAN ' + ids.fmt_iban(LIEF['iban_old']) + ')',
        'bleibt bis zum 31.03.2027 bestehen. Zahlungen für Rechnungen aus 2026 leisten Sie bitte weiterhin dorthin.', '',
        'Zu Ihrer Sicherheit: Bitte bestätigen Sie diese Änderung telefonisch unter 0821 4470-0.',
        'Wir ändern Bankverbindungen niemals kurzfristig per E-Mail.', '',
        'Mit freundlichen Grüßen', '',
        'Walter Hintermayr                    Dr. Ines Brugger', 'Geschäftsführer                      Geschäftsführerin', '',
        'Lieferant GmbH · HRB 31847 Amtsgericht Augsburg · USt-IdNr. ' + LIEF['vat']],
        title='Änderung Bankverbindung 2027', author='Ines Brugger', date=d(2026, 10, 8, 15, 12))
    body = mixed([alt(t, 'iso-8859-1', 'quoted-printable', 'm365', 'b02'), pdf], 'm365_mixed', 'b02')
    return Msg('de', 'lieferant-bankwechsel-ordnungsgemaess',
               when=utc(2026, 10, 9, 10, 5), route=SY.m365('lieferant-gmbh.de', region='DE'),
               frm=LIEF['buha'], to=[S('ap1')], hdr_cs='iso-8859-1',
               subject='Änderung unserer Bankverbindung zum 01.01.2027 – bitte telefonisch verifizieren', body=body,
               what='Lieferant GmbH accounting announces a new house bank from 1 Jan 2027 with a letter signed by both managing directors.',
               why='Genuine: sent from Lieferant\'s real Microsoft 365 tenant and known address, German IBAN at a regional bank, long lead time, old account stays open, explicitly asks for phone verification at the known number and says they never redirect due payments by e-mail.',
               pair=[(2, 'bank-detail change of the same supplier: genuine one is from the real domain, domestic bank, announced months ahead, asks for call-back')])


# ------------------------------------------------------------------ 03
@add
def b03():
    t = """Sehr geehrte Frau Schäfer,

trotz unserer Zahlungserinnerung vom 21.10.2026 sind die folgenden Rechnungen weiterhin offen:

RE-2026-10418 vom 15.09.2026, fällig 15.10.2026 – 8.412,60 EUR
RE-2026-10455 vom 22.09.2026, fällig 22.10.2026 – 5.969,60 EUR

Gesamt: 14.382,20 EUR

Bitte gleichen Sie den Betrag bis spätestens 17.11.2026 auf unser bekanntes Konto bei der Stadtsparkasse Augsburg (IBAN %s) aus. Sollte bis dahin kein Zahlungseingang erfolgen, müssen wir Ihr Kundenkonto ab dem 18.11.2026 leider für weitere Lieferungen sperren; die offenen Aufträge für Ihre Filialen (u. a. AB 26-7712, Etuis und Mikrofasertücher) würden dann zurückgestellt.

Sollte die Zahlung bereits unterwegs sein oder es Unstimmigkeiten geben, rufen Sie mich bitte kurz an. Den aktuellen Kontoauszug finden Sie im Anhang.

Mit freundlichen Grüßen

Petra Lang
Auftragsabwicklung / Debitorenbuchhaltung
Tel. +49 821 4470-132

%s""" % (ids.fmt_iban(LIEF['iban_old']), SIG_LIEF)
    pdf = pdf_att('Kontoauszug_Kd100482_2026-11-11.pdf', [
        '# Lieferant GmbH – Kontoauszug', 'Kunde 100482 · Example Group GmbH · Stand 11.11.2026', '',
        'Beleg            Datum        Fällig       Betrag EUR   Mahnstufe',
        'RE-2026-10418    15.09.2026   15.10.2026     8.412,60    2',
        'RE-2026-10455    22.09.2026   22.10.2026     5.969,60    2',
        'RE-2026-10702    20.10.2026   19.11.2026     3.118,44    -', '',
        'Überfällig gesamt:                          14.382,20',
        'Offen gesamt:                               17.500,64', '',
        'Bankverbindung: Stadtsparkasse Augsburg, IBAN ' + ids.fmt_iban(LIEF['iban_old'])],
        title='Kontoauszug', author='Petra Lang', creator='Microsoft Dynamics 365 Business Central',
        producer='Microsoft Dynamics 365 Business Central', date=d(2026, 11, 11, 14, 30))
    body = mixed([alt(t, 'windows-1252', 'quoted-printable', 'm365', 'b03'), pdf], 'm365_mixed', 'b03')
    return Msg('de', 'lieferant-mahnung-liefersperre',
               when=utc(2026, 11, 11, 14, 40), route=SY.m365('lieferant-gmbh.de', region='DE'),
               frm=LIEF['lang'], to=[S('ap1')], cc=[S('proc')], hdr_cs='windows-1252',
               subject='2. Mahnung – offene Posten Kd.-Nr. 100482 – Liefersperre ab 18.11.2026', body=body,
               extra=[('Importance', 'high')],
               what='Second dunning letter from the real supplier: 14,382.20 EUR overdue, delivery stop from 18 Nov, statement PDF.',
               why='Genuine: real Lieferant M365 tenant and known sender, pays to the known account (no change), invoice numbers match earlier genuine invoices, offers a phone call. Threat of supply stop is normal dunning practice.',
               pair=[(2, 'same two invoice numbers the fraudster wanted paid to a Lithuanian account; genuine reminder insists on the known account')])


# ------------------------------------------------------------------ 04
@add
def b04():
    t = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung 9100448127 vom 03.11.2026 als PDF sowie im strukturierten Format XRechnung (UBL 2.1, EN 16931).

Kundennummer: 400172
Ihre Bestellung: 4500233410
Rechnungsbetrag: 19.266,12 EUR
Zahlungsbedingungen: 30 Tage netto, 2 %% Skonto bei Zahlung innerhalb von 14 Tagen

Bitte überweisen Sie den Betrag auf unser bekanntes Konto bei der Kreissparkasse Ostalb, IBAN %s.

Diese E-Mail wurde automatisch erstellt. Bei Fragen zur Rechnung wenden Sie sich bitte an debitoren@lentiva-optical.de oder +49 7361 5840-300.

Lentiva Optical GmbH · Carl-Benz-Straße 8 · 73431 Aalen
Geschäftsführung: Dr. Karin Aldinger, Stefan Rau · HRB 725311 Amtsgericht Ulm · USt-IdNr. %s""" % (ids.fmt_iban(LENT['iban']), LENT['vat'])
    net, vat = 16190.02, 3076.10
    pdf = pdf_att('Rechnung_9100448127.pdf', [
        '# Lentiva Optical GmbH', 'Carl-Benz-Straße 8 · 73431 Aalen', '',
        'Example Group GmbH · Äußere Sulzbacher Straße 118 · 90491 Nürnberg', '',
        '## Rechnung 9100448127', 'Rechnungsdatum 03.11.2026 · Kunde 400172 · Bestellung 4500233410 · Lieferschein 8200771541', '',
        'Pos  Artikel                                   Menge   Einzelpreis   Gesamt',
        '10   Lentiva Progressive Comfort 1.6 HMC+        64    142,80        9.139,20',
        '20   Lentiva Single Vision 1.5 BlueProtect      120     31,40        3.768,00',
        '30   Lentiva Office Relax 1.6                    22    149,22        3.282,82', '',
        'Nettobetrag                                                        16.190,02',
        'USt 19 %                                                            3.076,10',
        'Rechnungsbetrag EUR                                                19.266,12', '',
        'Zahlbar bis 03.12.2026 ohne Abzug, bis 17.11.2026 mit 2 % Skonto.',
        'Kreissparkasse Ostalb · IBAN ' + ids.fmt_iban(LENT['iban']),
        'USt-IdNr. ' + LENT['vat'] + ' · Ihre USt-IdNr. ' + EG_DE_VAT],
        title='Rechnung 9100448127', author='SAPPRD', creator='SAP NetWeaver', producer='SAP NetWeaver', date=d(2026, 11, 3, 18, 1))
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
           'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
           'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n'
           '  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>\n'
           '  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n'
           '  <cbc:ID>9100448127</cbc:ID>\n  <cbc:IssueDate>2026-11-03</cbc:IssueDate>\n  <cbc:DueDate>2026-12-03</cbc:DueDate>\n'
           '  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n'
           '  <cbc:BuyerReference>4500233410</cbc:BuyerReference>\n'
           '  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Lentiva Optical GmbH</cbc:Name></cac:PartyName>'
           '<cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme></cac:Party></cac:AccountingSupplierParty>\n'
           '  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Example Group GmbH</cbc:Name></cac:PartyName>'
           '<cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme></cac:Party></cac:AccountingCustomerParty>\n'
           '  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n'
           '  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">%.2f</cbc:TaxAmount></cac:TaxTotal>\n'
           '  <cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID="EUR">%.2f</cbc:TaxExclusiveAmount>'
           '<cbc:TaxInclusiveAmount currencyID="EUR">%.2f</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">%.2f</cbc:PayableAmount></cac:LegalMonetaryTotal>\n'
           '</ubl:Invoice>\n' % (LENT['vat'], EG_DE_VAT, LENT['iban'], vat, net, net + vat, net + vat))
    xatt = attach(xml.encode('utf-8'), 'application/xml', 'Rechnung_9100448127_XRechnung.xml')
    body = mixed([text(t, 'plain', 'iso-8859-15', 'quoted-printable'), pdf, xatt], 'java', 'b04')
    return Msg('de', 'lentiva-rechnung-pdf-xrechnung',
               when=utc(2026, 11, 3, 18, 2), route=erp_relay(),
               frm=LENT['erech'], to=[('Example Group Kreditorenbuchhaltung', 'lukas.brandt@example.com')],
               reply_to=('Lentiva Debitorenbuchhaltung', 'debitoren@lentiva-optical.de'), hdr_cs='iso-8859-15',
               subject='Rechnung 9100448127 – Lentiva Optical GmbH – Kunde 400172', body=body,
               what='Automated invoice from the lens manufacturer\'s SAP system: PDF plus XRechnung UBL XML.',
               why='Genuine: sent from the supplier\'s own mail gateway, known account, PDF + XML as required for e-invoices in Germany, no login or link.',
               pair=[(4, 'e-invoice topic; real XRechnung arrives as XML attachment from the supplier, no HTML viewer/login'),
                     (3, 'same supplier whose mailbox was hijacked; genuine mail has the document attached')])


# ------------------------------------------------------------------ 05
@add
def b05():
    t = """Liebe Kolleginnen und Kollegen,

seit gestern erreichen uns E-Mails, die im Namen des "IT-Service" oder von "Microsoft 365" dazu auffordern, die Mehrstufige Authentifizierung (MFA) per QR-Code neu zu registrieren. Diese Nachrichten sind gefälscht und stammen nicht von uns.

Bitte beachten Sie:
- Wir fordern Sie nie per E-Mail auf, einen QR-Code zu scannen oder Ihr Kennwort einzugeben.
- Ihre MFA-Methoden verwalten Sie ausschließlich selbst unter https://aka.ms/mysecurityinfo - am besten direkt am Arbeitsplatz-PC.
- Verdächtige Nachrichten melden Sie bitte über die Schaltfläche "Phishing melden" in Outlook oder an it-sicherheit@example.com.
- Falls Sie einen solchen Code bereits gescannt und sich angemeldet haben, rufen Sie bitte sofort die IT-Hotline an: 0911 5807-444.

Vielen Dank für Ihre Aufmerksamkeit!

Jana Hoffmann
IT-Sicherheit
Example Group GmbH
Äußere Sulzbacher Straße 118 · 90491 Nürnberg"""
    return Msg('de', 'it-sicherheitshinweis-mfa-qr',
               when=utc(2026, 10, 23, 8, 15), route=SY.exchange_int('10.20.30.77', 'EXCH02'),
               frm=S('itsec'), to=[('Alle Mitarbeitenden', 'alle@example.com')], rcpt='felix.baeumer@example.com',
               hdr_cs='iso-8859-15', subject='Sicherheitshinweis: Gefälschte MFA-Aufforderungen mit QR-Code im Umlauf',
               body=alt(t, 'iso-8859-15', 'quoted-printable', 'exchange', 'b05'),
               what='IT security warns all staff about fake MFA/QR e-mails and explains the real procedure.',
               why='Genuine internal notice via Exchange and mail-int01; mentions MFA, QR code, password, Microsoft 365, a link (to aka.ms) and a hotline – all trigger words, but it asks for nothing.',
               pair=[(5, 'same topic (MFA re-registration, QR code); genuine one warns, links only to aka.ms')])


# ------------------------------------------------------------------ 06
@add
def b06():
    t = """Sehr geehrte Frau Gödecke,

auf Ihre Stellenanzeige bei der Bundesagentur für Arbeit (Referenznummer 2026-114) bewerbe ich mich als Augenoptikerin in Ihrer Filiale Nürnberg-Südstadt.

2023 habe ich meine Ausbildung zur Augenoptikerin bei Optik Brenninger in Schwabach abgeschlossen und arbeite dort seitdem in Vollzeit. Zu meinen Aufgaben gehören Sehtests, die Beratung zu Gleitsichtbrillen und Kontaktlinsen sowie Werkstattarbeiten am Schleifautomaten. Berufsbegleitend bereite ich mich auf die Meisterschule vor.

Meine Unterlagen (Anschreiben, Lebenslauf und Zeugnisse) finden Sie im Anhang als PDF. Ein Eintritt wäre zum 1. Februar 2027 möglich.

Über eine Einladung zum Vorstellungsgespräch freue ich mich.

Mit freundlichen Grüßen
Lena Hartmann
Tel. 0176 2841 9930"""
    pdf = pdf_att('Bewerbung_Lena_Hartmann.pdf', [
        '# Lena Hartmann', 'Rednitzstraße 9 · 91126 Schwabach · 0176 2841 9930 · lena.hartmann.97@gmail.com', '',
        '## Lebenslauf', '',
        'seit 08/2023   Augenoptikerin (Gesellin), Optik Brenninger, Schwabach',
        '               Refraktion, Gleitsicht- und Kontaktlinsenberatung, Werkstatt',
        '2020 – 2023    Ausbildung zur Augenoptikerin, Optik Brenninger, Schwabach',
        '               Gesellenprüfung 06/2023, Note: gut (HWK Mittelfranken)',
        '2020           Mittlere Reife, Realschule Schwabach', '',
        '## Kenntnisse', 'Refraktion, Kontaktlinsenanpassung (weich/formstabil), Zentriermessung,',
        'Schleifautomat, Warenwirtschaft, Englisch (gut)', '',
        'Schwabach, 9. November 2026'],
        title='Bewerbung Lena Hartmann', author='Lena Hartmann', creator='Microsoft Word', producer='Microsoft Word for Microsoft 365', date=d(2026, 11, 9, 19, 30))
    body = multi('mixed', [alt(t, 'UTF-8', 'quoted-printable', 'gmail', 'b06'), pdf], bnd('gmail', 'b06m'))
    return Msg('de', 'bewerbung-augenoptikerin-pdf',
               when=utc(2026, 11, 9, 19, 48), zone='DE', route=SY.gmail(),
               frm=('Lena Hartmann', 'lena.hartmann.97@gmail.com'), to=[S('hr')],
               subject='Bewerbung als Augenoptikerin (m/w/d) – Filiale Nürnberg-Südstadt, Ref. 2026-114', body=body,
               what='Job application for the optician post with a PDF CV.',
               why='Genuine: consistent personal details, references a real job posting number, ordinary Gmail, plain PDF attachment (no archive, no password).',
               pair=[(6, 'same vacancy; genuine applicant sends a text PDF, not an encrypted archive')])


# ------------------------------------------------------------------ 07
@add
def b07():
    unsub = 'https://seu2.cleverreach.com/f/218466-334719/wcu/?c=%s' % 'a7d3e91f2b'
    blocks = [
        ('h', 'Branchen-Update November 2026'),
        ('p', 'Liebe Mitglieder, liebe Leserinnen und Leser,\n\nhier die wichtigsten Themen für den Augenoptik-Handel in diesem Monat.'),
        ('h', 'E-Rechnung: Ab 2027 auch beim Versand Pflicht'),
        ('p', 'Ab dem 1. Januar 2027 müssen Unternehmen mit mehr als 800.000 Euro Vorjahresumsatz E-Rechnungen im Format XRechnung oder ZUGFeRD ausstellen. '
              'Unser Merkblatt erklärt, was Filialisten bei Sammelrechnungen an Krankenkassen beachten müssen.'),
        ('link', 'Merkblatt E-Rechnung herunterladen (PDF)', 'https://www.bvah.de/service/merkblatt-e-rechnung-2027'),
        ('h', 'Warnung: Angebote von "Firmenregistern" als Rechnung getarnt'),
        ('p', 'Mehrere Mitglieder haben uns Schreiben von privaten Verzeichnissen weitergeleitet, die wie amtliche Gebührenbescheide zur "Offenlegung" '
              'aussehen und Beträge zwischen 600 und 900 Euro auf ausländische Konten verlangen. Die Eintragung ins Handelsregister ist kostenpflichtig nur über das '
              'Registergericht bzw. den Notar. Bitte nicht bezahlen, sondern an Ihre Rechtsabteilung oder an uns weiterleiten.'),
        ('h', 'Fachtagung Filialoptik 2027'),
        ('p', '4. und 5. März 2027 in Kassel: Myopie-Management, Fachkräftegewinnung, KI in der Refraktion. Frühbucherpreis für Mitglieder bis 15.12.2026.'),
        ('link', 'Programm und Anmeldung', 'https://www.bvah.de/fachtagung-2027'),
    ]
    footer = ('Bundesverband Augenoptik-Handel e.V. · Friedrichstraße 95 · 10117 Berlin\n'
              'Vereinsregister VR 31847 B, Amtsgericht Charlottenburg · Vorstand: Andrea Vogel\n'
              'Sie erhalten diesen Newsletter, weil Sie ihn als Mitglied abonniert haben. Abmelden: ' + unsub)
    h = esp_html('utf-8', blocks, color='#005a70', brand='BVAH Branchen-Update', footer=footer, preheader='E-Rechnung 2027, Registerabzocke, Fachtagung Kassel')
    t = """Branchen-Update November 2026

Liebe Mitglieder, liebe Leserinnen und Leser,

hier die wichtigsten Themen für den Augenoptik-Handel in diesem Monat.

E-RECHNUNG: AB 2027 AUCH BEIM VERSAND PFLICHT
Ab dem 1. Januar 2027 müssen Unternehmen mit mehr als 800.000 Euro Vorjahresumsatz E-Rechnungen im Format XRechnung oder ZUGFeRD ausstellen. Unser Merkblatt erklärt, was Filialisten bei Sammelrechnungen an Krankenkassen beachten müssen.
https://www.bvah.de/service/merkblatt-e-rechnung-2027

WARNUNG: ANGEBOTE VON "FIRMENREGISTERN" ALS RECHNUNG GETARNT
Mehrere Mitglieder haben uns Schreiben von privaten Verzeichnissen weitergeleitet, die wie amtliche Gebührenbescheide zur "Offenlegung" aussehen und Beträge zwischen 600 und 900 Euro auf ausländische Konten verlangen. Die Eintragung ins Handelsregister ist kostenpflichtig nur über das Registergericht bzw. den Notar. Bitte nicht bezahlen, sondern an Ihre Rechtsabteilung oder an uns weiterleiten.

FACHTAGUNG FILIALOPTIK 2027
4. und 5. März 2027 in Kassel: Myopie-Management, Fachkräftegewinnung, KI in der Refraktion. Frühbucherpreis für Mitglieder bis 15.12.2026.
https://www.bvah.de/fachtagung-2027

--
Bundesverband Augenoptik-Handel e.V. · Friedrichstraße 95 · 10117 Berlin
Sie erhalten diesen Newsletter, weil Sie ihn als Mitglied abonniert haben.
Abmelden: %s""" % unsub
    return Msg('de', 'newsletter-verband-cleverreach',
               when=utc(2026, 11, 26, 10, 0), route=SY.cleverreach(218466),
               frm=VERB['news'], to=[S('retail')], reply_to=('BVAH Geschäftsstelle', 'info@bvah.de'),
               subject='BVAH Branchen-Update November: E-Rechnung 2027, Warnung vor Registerabzocke, Fachtagung',
               body=alt(t, 'utf-8', 'quoted-printable', 'html', 'b07', html=h),
               extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe-218466-334719@crsend.com>' % unsub),
                      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                      ('List-Id', 'BVAH Branchen-Update <218466.list-id.crsend.com>')],
               what='Subscribed trade-association newsletter via CleverReach: e-invoicing duty 2027, warning about fake register invoices, conference.',
               why='Genuine bulk mail: CSA-certified ESP, List-Unsubscribe (+One-Click), List-Id, consistent sender/Reply-To domain, content is informational; it even describes the fake-register scam.',
               pair=[(7, 'mentions register "Offenlegung" invoices and foreign accounts, but as a warning from a subscribed newsletter')])


# ------------------------------------------------------------------ 08
@add
def b08():
    t = """Guten Morgen Heike,

ich muss mich leider krankmelden – mich hat die Grippe erwischt, ich war heute früh beim Hausarzt. Die AU gilt bis einschließlich Freitag (04.12.), die Praxis übermittelt sie elektronisch an die TK, ihr könnt sie also wie immer über die eAU abrufen.

Ich schreibe von meiner privaten Adresse, weil mein Diensthandy noch im Büro liegt. Die Filialbesuche in Erlangen und Bamberg diese Woche habe ich per SMS bei den Filialleitungen abgesagt, Anja weiß Bescheid.

Viele Grüße
Özlem

Von meinem iPhone gesendet"""
    return Msg('de', 'krankmeldung-von-privatadresse',
               when=utc(2026, 12, 1, 6, 52),
               route=SY.united_internet('webde', 'client', client_ip='88.130.61.214', mua=SY.MUA['iphone']),
               frm=('Özlem Arslan', 'oezlem.arslan@web.de'), to=[S('payroll')], cc=[S('hr')],
               subject='Krankmeldung bis Freitag', body=text(t, 'plain', 'utf-8', 'quoted-printable'),
               mime_version='1.0 (1.0)',
               what='A colleague calls in sick from her private WEB.DE address on her iPhone, the sick note goes electronically to the health insurer.',
               why='Genuine: real colleague writing from a private address (German consumer IP), explains why, asks for nothing – no bank data, no links, no attachments, cc to HR head.',
               pair=[(8, 'staff member writing to payroll from a private freemail address; genuine one contains no payment change')])


# ------------------------------------------------------------------ 09
@add
def b09():
    t = """Microsoft account

Security code

Please use the following security code for the Microsoft account ja*****@example.com.

Security code: 482913

If you don't recognise the Microsoft account ja*****@example.com, you can click https://account.live.com/dp?ft=-DmH4x3cXq2&fl=001 to remove your email address from that account.

Thanks,
The Microsoft account team"""
    h = esp_html('utf-8', [
        ('p', 'Microsoft account'),
        ('h', 'Security code'),
        ('p', 'Please use the following security code for the Microsoft account ja*****@example.com.'),
        ('raw', '<tr><td style="padding:8px 32px;font-family:Segoe UI,Arial,sans-serif;font-size:14px;">Security code: <span style="font-weight:bold;">482913</span></td></tr>'),
        ('p', "If you don't recognise the Microsoft account ja*****@example.com, you can click the link below to remove your email address from that account."),
        ('link', 'Remove your email address', 'https://account.live.com/dp?ft=-DmH4x3cXq2&fl=001'),
        ('p', 'Thanks,\nThe Microsoft account team')],
        color='#2672ec', brand='', font='Segoe UI,Tahoma,Verdana,Arial,sans-serif',
        footer='Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052')
    return Msg('en', 'microsoft-account-security-code',
               when=utc(2026, 10, 27, 12, 14), route=SY.ms_account(),
               frm=('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'),
               to=[S('itsec')], subject='Microsoft account security code',
               body=alt(t, 'utf-8', 'quoted-printable', 'html', 'b09', html=h),
               extra=[('X-Priority', '3')],
               what='One-time security code for the IT security admin\'s Microsoft account (requested by her).',
               why='Genuine Microsoft notification from accountprotection.microsoft.com via Microsoft\'s own outbound infrastructure; the only link goes to account.live.com.',
               pair=[(10, 'codes + Microsoft sign-in; genuine mail gives the user a code, the attack asks the user to enter the attacker\'s code')])


# ------------------------------------------------------------------ 10
@add
def b10():
    t = """Hi treuter-eg,

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following link to reset your password:

https://github.com/password_reset/3f8a1c7e9b2d4f6a0c5e8b1d7a9f2c4e6b8d0a1c

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team"""
    return Msg('en', 'github-password-reset',
               when=utc(2026, 11, 5, 21, 30), route=SY.github(),
               frm=('GitHub', 'noreply@github.com'), to=[S('ithead')],
               subject='[GitHub] Please reset your password',
               body=alt(t, 'UTF-8', '7bit', 'html', 'b10'),
               what='Password-reset link for the IT head\'s GitHub account (self-requested).',
               why='Genuine GitHub transactional mail from out-*.smtp.github.com with GitHub-style Message-ID; link to github.com only.')


# ------------------------------------------------------------------ 11
@add
def b11():
    t = """Dear Example Group UK Ltd

You have a new message from HMRC about your VAT account.

Sign in to your HMRC online account to read it. For security reasons, we have not included a link with this email.

Do not reply to this email.

From HMRC"""
    h = esp_html('utf-8', [
        ('p', 'Dear Example Group UK Ltd'),
        ('p', 'You have a new message from HMRC about your VAT account.'),
        ('p', 'Sign in to your HMRC online account to read it. For security reasons, we have not included a link with this email.'),
        ('p', 'Do not reply to this email.'),
        ('p', 'From HMRC')], color='#0b0c0c', brand='GOV.UK', font='Helvetica,Arial,sans-serif')
    return Msg('en', 'hmrc-new-message-govuk-notify',
               when=utc(2026, 11, 16, 9, 2, zone='UK'), route=SY.ses('eu-west-2', '1.eu-west-2'),
               frm=('HM Revenue and Customs', 'noreply@tax.service.gov.uk'), to=[S('uk_acc')],
               subject='You have a new message from HMRC',
               body=alt(t, 'utf-8', 'quoted-printable', 'html', 'b11', html=h),
               what='GOV.UK Notify e-mail telling the UK accountant there is a new message in the HMRC business tax account.',
               why='Genuine: HMRC notification style – no link, no amount, no bank details, tells the user to sign in by herself; sent from tax.service.gov.uk via GOV.UK Notify (Amazon SES).',
               pair=[(11, 'HMRC + VAT topic; genuine notice contains no link and no request')])


# ------------------------------------------------------------------ 12
@add
def b12():
    t = """Dear Provider,

Please find attached the remittance advice for payments made to you in our payment run of 06/11/2026.

Provider number: CLS-OPT-004417
Payment reference: CS-PR-261106-4417
Amount: £3,286.40 (41 optical claims)

Payment has been made by BACS to the account registered on your provider profile and should reach your account within 3 working days.

If you have any queries about individual claims, please contact our Provider Services team on 0161 496 0200 quoting your provider number.

Clearsight Health Plans Ltd
Provider Payments

Clearsight Health Plans Ltd is registered in England and Wales (No. 04418720). Registered office: 21 Lever Street, Manchester M1 1BY."""
    lines = ['# Clearsight Health Plans Ltd – Remittance Advice', 'Provider: Example Group UK Ltd (CLS-OPT-004417)',
             'Payment run: 06/11/2026    Reference: CS-PR-261106-4417', '',
             'Claim ref      Member         Service date   Item                     Paid £']
    items = [('Eye test', 25.00), ('Glasses benefit', 150.00), ('Contact lenses', 95.00), ('Glasses benefit', 120.00)]
    total = 0
    for i in range(41):
        it, amt = items[i % 4]
        amt = round(amt * (0.6 + (i * 37 % 41) / 100), 2)
        total += amt
        lines.append('CS%07d      M%06d        %02d/10/2026     %-22s %8.2f' % (4471000 + i * 13, 210000 + i * 97, 1 + i % 28, it, amt))
    lines += ['', 'Total paid: £%.2f' % total]
    pdf = pdf_att('Remittance_CS-PR-261106-4417.pdf', lines, title='Remittance Advice', author='Clearsight',
                  creator='JasperReports Library version 6.20.0', producer='OpenPDF 1.3.30', date=d(2026, 11, 6, 13, 55))
    t = t.replace('£3,286.40', '£{:,.2f}'.format(total))
    body = mixed([alt(t, 'utf-8', 'quoted-printable', 'html', 'b12'), pdf], 'java', 'b12')
    return Msg('en', 'insurer-remittance-advice',
               when=utc(2026, 11, 6, 14, 10, zone='UK'), route=SY.ses(),
               frm=CLEAR['remit'], to=[S('uk_acc')],
               subject='Remittance advice – payment run 06/11/2026 – CLS-OPT-004417', body=body,
               what='Health-cash-plan insurer sends the remittance advice for 41 optical claims paid by BACS.',
               why='Genuine: known insurer sending via its ESP (SES), paid to the registered account, PDF list of claims, no request for action or data.')


# ------------------------------------------------------------------ 13
@add
def b13():
    t = """Dear Oliver,

Further to our call on Thursday, I attach the engrossment of the renewal lease for Unit 14, King Street (10-year term from 25 December 2026, tenant-only break at year five, rent £68,500 p.a. as agreed with the landlord's agents).

Could you please check the schedule of condition and, if you are happy, arrange for the lease to be signed by two directors (or by one director in the presence of a witness) and returned to us in hard copy by 4 December, so that we can complete before the quarter day?

I also attach our fee note 2026/3318 for £4,200 plus VAT. Please pay to the client account details set out in our engagement letter of 2 September 2026. For your security: we will never change our bank details by email. If you receive a message that appears to come from us with different bank details, please call me on 0161 496 0623 before making any payment.

Sabine, copied for information as the fee will be charged to the UK entity.

Kind regards

Emily Crane
Partner | Commercial Property
Ashworth Crane LLP
Bridge House, 4 Bridge Street, Manchester M3 3BZ
T: 0161 496 0623

Ashworth Crane LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 588204). This email is confidential and may be legally privileged."""
    pdf1 = pdf_att('Unit14_KingStreet_Renewal_Lease_Engrossment.pdf', [
        '# LEASE (RENEWAL)', 'Unit 14, King Street, Manchester', '',
        'Landlord: King Street Estates Ltd', 'Tenant: Example Group UK Ltd (Company No. 10944187)', '',
        'Term: 10 years from and including 25 December 2026', 'Rent: £68,500 per annum exclusive of VAT, payable quarterly in advance',
        'Break: Tenant only, on the fifth anniversary of the term commencement date', '',
        'Schedule of condition: annexed (photographs dated 14 October 2026)', '',
        'EXECUTED as a deed by EXAMPLE GROUP UK LTD acting by two directors'],
        title='Renewal Lease', author='Ashworth Crane LLP', date=d(2026, 11, 19, 11, 2))
    pdf2 = pdf_att('Fee_Note_2026-3318.pdf', [
        '# Ashworth Crane LLP – Fee Note 2026/3318', 'Client: Example Group UK Ltd    Matter: 0418/LEASE/KINGST', '',
        'Professional charges – lease renewal Unit 14, King Street      £4,200.00', 'VAT @ 20%                                                        £840.00',
        'Total                                                          £5,040.00', '',
        'Payment: to the client account stated in our engagement letter of 2 September 2026.',
        'We never change bank details by email. Please telephone 0161 496 0623 to verify any request.'],
        title='Fee Note', author='Ashworth Crane LLP', date=d(2026, 11, 19, 11, 5))
    body = mixed([alt(t, 'utf-8', 'quoted-printable', 'm365', 'b13', lang='EN-GB'), pdf1, pdf2], 'm365_mixed', 'b13')
    return Msg('en', 'solicitors-lease-renewal-fee-note',
               when=utc(2026, 11, 19, 16, 25, zone='UK'), route=SY.m365('ashworthcrane.co.uk', region='UK', lang='en-GB'),
               frm=ASHW['crane'], to=[S('uk_mgr')], cc=[S('cfo')],
               subject='Unit 14, King Street – renewal lease engrossment and fee note 2026/3318', body=body,
               what='The UK subsidiary\'s property solicitors send the lease engrossment and their fee note, cc the CFO.',
               why='Genuine: known law firm on its own M365 tenant, relates to an ongoing matter, payment to account in the engagement letter, explicit "we never change bank details by email", offers a call-back.',
               pair=[(13, 'solicitor writing to the CFO about money; genuine firm refers to known account and call-back, no secrecy')])


# ------------------------------------------------------------------ 14
@add
def b14():
    t = """Hello Oliver Bennett,

You have received a new voicemail.

Caller: 07700 900418
Date: 17/11/2026 12:02
Duration: 00:38
Extension: 201 Oliver Bennett

The voicemail is attached to this email as a WAV file.

3CX Phone System - Example Group UK"""
    wav = attach(wav_voicemail(3.0, 'b14'), 'audio/wav', 'vmail_07700900418_20261117120214.wav')
    body = mixed([alt(t, 'utf-8', 'quoted-printable', 'html', 'b14'), wav], 'other', 'b14')
    return Msg('en', '3cx-voicemail-wav',
               when=utc(2026, 11, 17, 12, 3, zone='UK'), route=SY.exchange_int('10.40.0.20', 'EXCH02', zone='UK', via_3cx=True),
               frm=('3CX Phone System', 'pbx-uk@example.com'), to=[S('uk_mgr')],
               subject='New Voicemail from 07700 900418',
               body=body,
               what='Voicemail notification from the company\'s own 3CX PBX with the recording as WAV.',
               why='Genuine: generated by the internal PBX, relayed by Exchange and mail-int01, the recording is an audio file, no link or login.',
               pair=[(14, 'voicemail notification; the real one comes from the internal PBX with a WAV, the fake with SVG+link')])


# ------------------------------------------------------------------ 15
@add
def b15():
    t = """Hello,

I picked up my new varifocals (order MCR-26-10884) from your King Street branch on 2 December. Since then I've had trouble reading at the computer – I have to tilt my head right back to get the screen in focus – and yesterday I noticed a small chip at the edge of the left lens, see the photo attached. The frame has never been dropped.

I'd like the prescription and the fitting heights checked, and the left lens replaced. I'm free most mornings next week. Could someone please ring me on 07700 900512 to arrange an appointment?

Thanks,
Graham Whitfield"""
    img = attach(photo_glasses('b15'), 'image/png', 'left_lens_chip.png')
    body = multi('mixed', [alt(t, 'UTF-8', 'quoted-printable', 'gmail', 'b15'), img], bnd('gmail', 'b15m'))
    return Msg('en', 'customer-complaint-varifocals-photo',
               when=utc(2026, 12, 9, 20, 41, zone='UK'), zone='UK', route=SY.gmail(),
               frm=('Graham Whitfield', 'graham.whitfield64@gmail.com'), to=[S('uk_mgr')],
               subject='Varifocals – reading distortion and chip on left lens (order MCR-26-10884)', body=body,
               what='Customer complaint about new varifocals with an order number and a photo of the lens.',
               why='Genuine: specific order/branch/date details, the photo is an actual image attachment, asks for a call-back appointment, nothing to run or log into.',
               pair=[(16, 'angry varifocal complaint from Gmail; genuine photo is a PNG, the attack\'s "photos" are HTML with ClickFix')])


# ------------------------------------------------------------------ 16
@add
def b16():
    unsub = 'https://opticianweekly.us21.list-manage.com/unsubscribe?u=a1f3c8e2b7d94e6f0c5b2a9d1&id=3b7e9c1d2a&e=5f2a8c3d1e&c=8f3e2d1c0b'
    blocks = [
        ('h', 'Optician Weekly – 29 October 2026'),
        ('h', 'Myopia management: uptake doubles among under-12s'),
        ('p', 'Independent and multiple practices report that specs and contact lens options for myopia control now account for one in five paediatric dispenses. We look at pricing models and follow-up schedules that work.'),
        ('link', 'Read the full story', 'https://www.opticianweekly.co.uk/news/myopia-management-uptake-2026'),
        ('h', 'GOS fee update confirmed'),
        ('p', 'The new sight-test and voucher values for 2026/27 have been published. Our table shows what changes for your practice from 1 December.'),
        ('link', 'See the fee table', 'https://www.opticianweekly.co.uk/gos-fees-2026-27'),
        ('h', 'Five Christmas window ideas that sell frames'),
        ('p', 'From mirrored "gift wall" displays to sunglasses for winter sun holidays – visual merchandisers share what worked last year.'),
    ]
    footer = ('You are receiving this email because you subscribed to Optician Weekly at opticianweekly.co.uk.\n'
              'Optician Weekly, 40 Mosley Street, Manchester M2 3AZ, United Kingdom\n'
              'Unsubscribe: ' + unsub)
    h = esp_html('utf-8', blocks, color='#3d1a5b', brand='OPTICIAN WEEKLY', footer=footer, preheader='Myopia management, GOS fees, Christmas windows')
    t = """Optician Weekly – 29 October 2026

MYOPIA MANAGEMENT: UPTAKE DOUBLES AMONG UNDER-12s
Independent and multiple practices report that specs and contact lens options for myopia control now account for one in five paediatric dispenses. We look at pricing models and follow-up schedules that work.
Read the full story: https://www.opticianweekly.co.uk/news/myopia-management-uptake-2026

GOS FEE UPDATE CONFIRMED
The new sight-test and voucher values for 2026/27 have been published. Our table shows what changes for your practice from 1 December.
https://www.opticianweekly.co.uk/gos-fees-2026-27

FIVE CHRISTMAS WINDOW IDEAS THAT SELL FRAMES
From mirrored "gift wall" displays to sunglasses for winter sun holidays – visual merchandisers share what worked last year.

============================================================
You are receiving this email because you subscribed to Optician Weekly at opticianweekly.co.uk.
Optician Weekly, 40 Mosley Street, Manchester M2 3AZ, United Kingdom
Unsubscribe: %s""" % unsub
    return Msg('en', 'newsletter-trade-magazine-mailchimp',
               when=utc(2026, 10, 29, 7, 0, zone='UK'), route=SY.mailchimp(),
               frm=OPTW['news'], to=[S('uk_mgr')],
               subject='This week: myopia management uptake, GOS fee update, Christmas windows',
               body=alt(t, 'utf-8', 'quoted-printable', 'html', 'b16', html=h),
               extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us21_a1f3c8e2b7d94e6f0c5b2a9d1.3b7e9c1d2a-5f2a8c3d1e@inbound.mailchimp.com?subject=unsubscribe>' % unsub),
                      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                      ('List-Id', 'Optician Weekly <a1f3c8e2b7d94e6f0c5b2a9d1.3b7e9c1d2a.list-id.mcsv.net>')],
               what='Subscribed UK optical trade-magazine newsletter via Mailchimp.',
               why='Genuine bulk mail: Mailchimp infrastructure, List-Unsubscribe/One-Click, List-Id, subscription reason in footer, links only to the publisher\'s site.')
