"""Genuine business messages 01-08 (German)."""
from eglib import mime, bank, html as H
from eglib.infra import GMX, Service, Thunderbird, rhex, ralnum, ruuid
from eglib.kit import business, alt, mixed, att, pdf, S
from msgs.common import lieferant, internal

LIEFERANT_IBAN = bank.de_iban('37050198', '190457823', method00=True)      # Sparkasse KoelnBonn
LIEFERANT_IBAN_NEW = bank.de_iban('37050299', '108834519', method00=True)  # Kreissparkasse Koeln


def lieferant_sig(name, role, phone):
    return """%s
%s
Lieferant GmbH
Industriestra\u00dfe 42 - 50829 K\u00f6ln
Tel. +49 221 9587-%s
www.lieferant-gmbh.de

Gesch\u00e4ftsf\u00fchrer: Klaus Berger - Amtsgericht K\u00f6ln HRB 48117""" % (name, role, phone)


@business(1, 'de', 'lieferant-rechnung-xrechnung',
          what='Lieferant GmbH accounting sends invoice RE-2026-10417 (heating spare parts for a residential block) as PDF plus XRechnung XML.',
          why='Genuine: correct supplier domain lieferant-gmbh.de through its own Microsoft 365 tenant, known IBAN at Sparkasse K\u00f6lnBonn, invoice references a real delivery, '
              'no urgency, no link; XRechnung is the normal B2B e-invoice format in Germany.',
          pair=([2], 'same supplier, but genuine domain and unchanged known bank account'))
def _(m):
    m.use(lieferant())
    m.when('2026-11-02 07:31:18', 'de')
    m.frm = ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de')
    m.to = [('Example Group Kreditorenbuchhaltung', 'rechnungseingang@example.com')]
    m.rcpt = 'rechnungseingang@example.com'
    m.subject = 'Rechnung RE-2026-10417 vom 02.11.2026 - Kd.-Nr. 20784'
    t = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10417 vom 02.11.2026 als PDF sowie als XRechnung (UBL).

Rechnungsbetrag: 4.286,55 EUR
F\u00e4llig am: 02.12.2026 (30 Tage netto)
Ihre Bestellung: PO-DE-2026-1187 (Oliver Franke)

Bitte \u00fcberweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser Konto bei der Sparkasse K\u00f6lnBonn, IBAN %s.

Bei Fragen zur Rechnung wenden Sie sich bitte an unsere Buchhaltung unter +49 221 9587-300.

Mit freundlichen Gr\u00fc\u00dfen

Lieferant GmbH
Buchhaltung
Industriestra\u00dfe 42 - 50829 K\u00f6ln
""" % bank.fmt(LIEFERANT_IBAN)
    items = [('1', 'Grundfos Heizungsumw\u00e4lzpumpe MAGNA3 32-80 F', '1', '1.486,00'),
             ('2', 'Thermostatventil-Unterteil DN15 (Heimeier), VE 10', '6', '534,60'),
             ('3', 'Sicherheitsventil 3 bar 1/2"', '4', '98,40'),
             ('4', 'LED-Panel 620x620 4000K 36W', '24', '1.483,20')]
    blocks = [('h1', 'Lieferant GmbH'), ('small', 'Industriestra\u00dfe 42 - 50829 K\u00f6ln - USt-IdNr. DE812334671 - Amtsgericht K\u00f6ln HRB 48117'),
              ('gap', ''), ('p', 'Example Group GmbH\nKreditorenbuchhaltung\nMainzer Landstra\u00dfe 180\n60327 Frankfurt am Main'),
              ('h2', 'Rechnung RE-2026-10417'),
              ('p', 'Rechnungsdatum: 02.11.2026   Kundennummer: 20784   Ihre Bestellung: PO-DE-2026-1187\nLieferadresse: Wohnanlage Schweizer Stra\u00dfe 58, 60594 Frankfurt am Main\nLieferdatum: 29.10.2026, Lieferschein LS-2026-22817')]
    for pos, txt, qty, amt in items:
        blocks.append(('mono', '%s  %-52s %3s   %10s EUR' % (pos, txt, qty, amt)))
    blocks += [('gap', ''), ('b', 'Nettobetrag: 3.602,20 EUR'), ('p', 'Umsatzsteuer 19 %: 684,35 EUR'), ('b', 'Rechnungsbetrag: 4.286,55 EUR'),
               ('p', 'Zahlbar bis 02.12.2026 ohne Abzug. Sparkasse K\u00f6lnBonn, IBAN ' + bank.fmt(LIEFERANT_IBAN) + ', BIC COLSDE33XXX.')]
    p = pdf(m, blocks, 'Rechnung RE-2026-10417', author='Lieferant GmbH', creator='Microsoft Dynamics 365 Business Central',
            producer='Microsoft Dynamics 365 Business Central', minutes_before=2)
    xml = ("""<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>RE-2026-10417</cbc:ID>
  <cbc:IssueDate>2026-11-02</cbc:IssueDate>
  <cbc:DueDate>2026-12-02</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>PO-DE-2026-1187</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Lieferant GmbH</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:StreetName>Industriestra\u00dfe 42</cbc:StreetName><cbc:CityName>K\u00f6ln</cbc:CityName><cbc:PostalZone>50829</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>DE812334671</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Example Group GmbH</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:StreetName>Mainzer Landstra\u00dfe 180</cbc:StreetName><cbc:CityName>Frankfurt am Main</cbc:CityName><cbc:PostalZone>60327</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">684.35</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">3602.20</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="EUR">3602.20</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">4286.55</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">4286.55</cbc:PayableAmount></cac:LegalMonetaryTotal>
</ubl:Invoice>
""" % LIEFERANT_IBAN).encode('utf-8')
    m.root = mixed(m, alt(m, mime.text(t, 'iso-8859-15', 'quoted-printable'), mime.text(H.outlook(t), 'iso-8859-15', 'quoted-printable', 'html')),
                   att(m, p, 'application/pdf', 'RE-2026-10417.pdf'),
                   att(m, xml, 'application/xml', 'RE-2026-10417_xrechnung.xml'))


@business(2, 'de', 'lieferant-bankwechsel-ordnungsgemaess',
          what='Stefan Maier (Lieferant GmbH) confirms a bank change effective 1 Jan 2027 that was announced by letter, with both accounts running in parallel and a request to verify by phone.',
          why='Genuine bank change done properly: correct domain and tenant, announced by post in advance, long transition with the old account still valid, '
              'explicit instruction to call back on the known number before changing master data, signed letter.',
          pair=([2, 17, 22, 29, 35, 38], 'same topic (new bank account) but announced well ahead, verifiable by call-back, old account stays valid, no pressure'))
def _(m):
    m.use(lieferant())
    m.when('2026-12-01 10:14:22', 'de')
    m.frm = ('Stefan Maier', 's.maier@lieferant-gmbh.de')
    m.to = [S('ap')]
    m.cc = [('Petra Lang', 'p.lang@lieferant-gmbh.de')]
    m.subject = 'Neue Bankverbindung der Lieferant GmbH ab 01.01.2027'
    t = """Sehr geehrte Frau Wei\u00df,

wie in unserem Schreiben vom 16.11.2026 bereits per Post angek\u00fcndigt, wechseln wir zum 01.01.2027 unsere Hausbank. Ab diesem Datum lautet unsere Bankverbindung:

Kreissparkasse K\u00f6ln
IBAN: %s
BIC: COKSDE33XXX

Bis zum 31.03.2027 bleibt unser bisheriges Konto bei der Sparkasse K\u00f6lnBonn parallel bestehen, Zahlungen dorthin werden weiterhin gutgeschrieben. F\u00fcr die Rechnungen aus 2026 \u00e4ndert sich also nichts.

Bitte pr\u00fcfen Sie die \u00c4nderung wie gewohnt durch einen R\u00fcckruf bei unserer Buchhaltung unter der Ihnen bekannten Nummer +49 221 9587-300 (Frau Lang), bevor Sie Ihre Stammdaten anpassen. Wir \u00e4ndern Bankverbindungen nie kurzfristig per E-Mail und bitten Sie, entsprechende Nachrichten ohne R\u00fcckruf nicht zu ber\u00fccksichtigen.

Das unterschriebene Schreiben h\u00e4nge ich Ihnen zur Sicherheit noch einmal als PDF an. Ab Januar steht die neue Verbindung auch auf allen Rechnungen.

Mit freundlichen Gr\u00fc\u00dfen

%s
""" % (bank.fmt(LIEFERANT_IBAN_NEW), lieferant_sig('Stefan Maier', 'Vertriebsinnendienst / Key Account', '214'))
    blocks = [('h1', 'Lieferant GmbH'), ('small', 'Industriestra\u00dfe 42 - 50829 K\u00f6ln - Amtsgericht K\u00f6ln HRB 48117'),
              ('gap', ''), ('p', 'Example Group GmbH\nKreditorenbuchhaltung\nMainzer Landstra\u00dfe 180\n60327 Frankfurt am Main'),
              ('p', 'K\u00f6ln, 16.11.2026'), ('h2', 'Wechsel unserer Bankverbindung zum 01.01.2027'),
              ('p', 'Sehr geehrte Damen und Herren,\n\nzum 01.01.2027 f\u00fchren wir unseren Zahlungsverkehr \u00fcber die Kreissparkasse K\u00f6ln:'),
              ('b', 'IBAN ' + bank.fmt(LIEFERANT_IBAN_NEW) + '   BIC COKSDE33XXX'),
              ('p', 'Unser bisheriges Konto bei der Sparkasse K\u00f6lnBonn (IBAN ' + bank.fmt(LIEFERANT_IBAN) + ') bleibt bis zum 31.03.2027 bestehen. '
                    'Bitte best\u00e4tigen Sie die neue Verbindung telefonisch bei unserer Buchhaltung (+49 221 9587-300), bevor Sie Ihre Stammdaten \u00e4ndern.'),
              ('p', 'Mit freundlichen Gr\u00fc\u00dfen\n\nKlaus Berger, Gesch\u00e4ftsf\u00fchrer          Petra Lang, Leitung Finanzbuchhaltung')]
    p = pdf(m, blocks, 'Wechsel der Bankverbindung', author='Petra Lang', creator='Microsoft\u00ae Word f\u00fcr Microsoft 365', minutes_before=60 * 24 * 15)
    m.root = mixed(m, alt(m, mime.text(t, 'windows-1252', 'quoted-printable'), mime.text(H.outlook(t), 'windows-1252', 'quoted-printable', 'html')),
                   att(m, p, 'application/pdf', 'Lieferant_GmbH_Bankwechsel_2027_unterschrieben.pdf'))


@business(3, 'de', 'ceo-dringende-kaufpreiszahlung-intern',
          what='The CEO asks the CFO (cc Treasury and his assistant) to pay the 3.85 m EUR purchase price for a property into the notary\'s escrow account today.',
          why='Genuine urgent CEO request: internal mail from Exchange through mail-int01, refers to the board resolution and investment request, keeps the four-eyes principle, '
              'tells finance to take the account only from the notary\'s letter, invites phone questions, notary letter attached.',
          pair=([1, 28], 'urgent large payment requested by the CEO, but internal route, documented approval, four-eyes principle and call-back encouraged'))
def _(m):
    m.use(internal('de'))
    m.when('2026-11-12 08:06:41', 'de')
    m.frm = S('ceo')
    m.to = [S('cfo')]
    m.cc = [S('treasury'), S('assist')]
    m.subject = 'Dringend: Kaufpreis Hanauer Landstra\u00dfe 212 heute auf Notaranderkonto'
    notary_iban = bank.de_iban('50050201', '200734518', method00=True)
    t = """Hallo Sabine,

der Notar hat heute fr\u00fch die F\u00e4lligkeitsmitteilung f\u00fcr den Kaufpreis Hanauer Landstra\u00dfe 212 geschickt (siehe Anhang). Laut \u00a7 4 des Kaufvertrags muss der Kaufpreis von 3.850.000,00 EUR innerhalb von zehn Bankarbeitstagen auf das Anderkonto gehen. Da die Finanzierung seit Montag valutiert ist und wir die Bereitstellungszinsen sparen wollen, m\u00f6chte ich das bitte heute noch erledigt haben.

Die Zahlung ist durch den Aufsichtsratsbeschluss vom 14.10. und den Investitionsantrag INV-2026-031 gedeckt. Bitte wie \u00fcblich im Vier-Augen-Prinzip mit Tobias freigeben und die Kontodaten ausschlie\u00dflich aus der F\u00e4lligkeitsmitteilung des Notars \u00fcbernehmen (Notar Dr. Weber, Anderkonto bei der Frankfurter Sparkasse), nicht aus E-Mails.

Ich bin bis 12 Uhr im Haus (Durchwahl -100), danach im Termin beim Planungsamt. Bei R\u00fcckfragen einfach anrufen.

Danke und Gru\u00df
J\u00fcrgen

--
J\u00fcrgen H\u00f6fer
Chief Executive Officer
Example Group GmbH
Mainzer Landstra\u00dfe 180, 60327 Frankfurt am Main
T +49 69 2475-100
"""
    blocks = [('h1', 'Dr. Andreas Weber'), ('small', 'Notar - Bockenheimer Landstra\u00dfe 17 - 60325 Frankfurt am Main'),
              ('gap', ''), ('p', 'Example Group GmbH\nz. Hd. Herrn J\u00fcrgen H\u00f6fer\nMainzer Landstra\u00dfe 180\n60327 Frankfurt am Main'),
              ('p', 'Frankfurt am Main, 11.11.2026'), ('h2', 'F\u00e4lligkeitsmitteilung - UR-Nr. 1842/2026 W'),
              ('p', 'Kaufvertrag vom 22.10.2026 \u00fcber das Grundst\u00fcck Hanauer Landstra\u00dfe 212, Frankfurt am Main (Grundbuch von Frankfurt Bezirk 28, Blatt 11482).'),
              ('p', 'Die in \u00a7 4 des Vertrags genannten F\u00e4lligkeitsvoraussetzungen sind eingetreten: Die Auflassungsvormerkung ist eingetragen, die L\u00f6schungsunterlagen '
                    'liegen vor und das Vorkaufsrechtszeugnis der Stadt ist erteilt. Der Kaufpreis von 3.850.000,00 EUR ist innerhalb von zehn Bankarbeitstagen auf mein Anderkonto zu zahlen:'),
              ('b', 'Notaranderkonto Dr. Andreas Weber, Frankfurter Sparkasse\nIBAN ' + bank.fmt(notary_iban) + '   BIC HELADEF1822\nVerwendungszweck: UR 1842/2026 W Kaufpreis'),
              ('p', 'Mit freundlichen Gr\u00fc\u00dfen\nDr. Andreas Weber, Notar')]
    p = pdf(m, blocks, 'Faelligkeitsmitteilung UR 1842/2026', author='Notariat Dr. Weber', creator='Microsoft\u00ae Word 2016',
            producer='Microsoft\u00ae Word 2016', minutes_before=60 * 20)
    m.root = mixed(m, alt(m, mime.text(t, 'iso-8859-1', 'quoted-printable'), mime.text(H.outlook(t), 'iso-8859-1', 'quoted-printable', 'html')),
                   att(m, p, 'application/pdf', 'Faelligkeitsmitteilung_UR_1842-2026_W.pdf'))


@business(4, 'de', 'lieferant-mahnung-liefersperre',
          what='Second reminder from Lieferant GmbH\'s receivables department for two overdue invoices (9,395.65 EUR) threatening a supply stop from 20 November.',
          why='Genuine but urgent dunning letter: correct domain and tenant, refers to the known account, concrete invoice numbers and dates, direct phone number, '
              'emergency heating deliveries excluded; threatening tone alone does not make it malicious.',
          pair=([2, 7], 'payment pressure from a supplier, but no new account, verifiable invoices and contact'))
def _(m):
    m.use(lieferant(hcs='iso-8859-15'))
    m.when('2026-11-10 09:27:05', 'de')
    m.frm = ('Petra Lang', 'p.lang@lieferant-gmbh.de')
    m.to = [S('ap')]
    m.subject = '2. Mahnung - RE-2026-08812 / RE-2026-09044 - Liefer- und Leistungssperre ab 20.11.2026'
    t = """Sehr geehrte Frau Wei\u00df,

trotz unserer Zahlungserinnerung vom 22.10.2026 sind die folgenden Rechnungen weiterhin offen:

RE-2026-08812 vom 04.09.2026 - 6.418,20 EUR - f\u00e4llig seit 04.10.2026
RE-2026-09044 vom 15.09.2026 - 2.977,45 EUR - f\u00e4llig seit 15.10.2026

Offener Gesamtbetrag: 9.395,65 EUR zzgl. Mahngeb\u00fchr 5,00 EUR

Wir bitten Sie, den Betrag bis sp\u00e4testens 19.11.2026 auf unser bekanntes Konto bei der Sparkasse K\u00f6lnBonn (IBAN %s) zu \u00fcberweisen. Sollte bis dahin kein Zahlungseingang erfolgen, sehen wir uns leider gezwungen, ab dem 20.11.2026 eine Liefer- und Leistungssperre f\u00fcr alle Objekte der Example Group zu verh\u00e4ngen und die Forderung an unser Inkassob\u00fcro abzugeben. Notdienst-Lieferungen f\u00fcr Heizungsanlagen sind davon ausgenommen.

Falls sich Ihre Zahlung mit diesem Schreiben \u00fcberschnitten hat, betrachten Sie es bitte als gegenstandslos. Bei Unstimmigkeiten erreichen Sie mich direkt unter +49 221 9587-312.

Mit freundlichen Gr\u00fc\u00dfen

%s
""" % (bank.fmt(LIEFERANT_IBAN), lieferant_sig('Petra Lang', 'Leitung Finanzbuchhaltung / Forderungsmanagement', '312'))
    m.root = alt(m, mime.text(t, 'iso-8859-15', 'quoted-printable'), mime.text(H.outlook(t), 'iso-8859-15', 'quoted-printable', 'html'))


@business(5, 'de', 'krankmeldung-private-gmx',
          what='Property manager Anja K\u00f6hler reports sick from her private GMX address to her manager and HR and hands over tomorrow\'s flat handover.',
          why='Genuine: her known private address, electronic sick note (eAU) via the health insurer as usual, concrete hand-over of her appointments, '
              'asks for nothing sensitive and no payment or data change.',
          pair=([6], 'staff member writing from a private address to HR, but no bank-detail change and no request to avoid calls'))
def _(m):
    m.use(GMX(brand='gmx', origin='91.64.118.29'))
    m.when('2026-11-03 07:12:50', 'de')
    m.frm = ('Anja K\u00f6hler', 'anja.koehler@gmx.de')
    m.to = [S('de_mgr'), S('hr')]
    m.subject = 'Krankmeldung - bis einschlie\u00dflich Freitag krankgeschrieben'
    t = """Hallo Frank, hallo Frau Sch\u00e4fer,

ich liege seit gestern Abend mit Fieber flach und war heute fr\u00fch beim Arzt: krankgeschrieben bis einschlie\u00dflich Freitag, 6.11. Die AU ist elektronisch an die TK gegangen, Sie k\u00f6nnen sie wie immer \u00fcber die eAU abrufen.

Da ich auf dem privaten Handy kein Outlook habe, schreibe ich von meiner GMX-Adresse. Die Wohnungs\u00fcbergabe morgen um 10 Uhr in der Schweizer Stra\u00dfe 58 (2. OG links) m\u00fcsste bitte jemand \u00fcbernehmen, das Protokoll und die Schl\u00fcssel liegen in meinem Rollcontainer, oberes Fach. Die Handwerkertermine am Donnerstag habe ich schon abgesagt.

Ich melde mich, falls es l\u00e4nger dauert.

Viele Gr\u00fc\u00dfe
Anja
"""
    m.root = mime.text(t, 'UTF-8', '8bit', quoted=False)


@business(6, 'de', 'docusign-nachtrag-mietvertrag-echt',
          what='DocuSign envelope from the commercial tenant\'s law firm: 2nd addendum to the office lease for review and signature.',
          why='Genuine DocuSign: sent by DocuSign\'s EU infrastructure (dse@eumail.docusign.net, Reply-To the known tenant), link to eu.docusign.net with envelope IDs '
              'and an alternative access code, expected document in an ongoing lease negotiation.',
          pair=([4], 'DocuSign signature request, but from DocuSign itself and linking to docusign.net'))
def _(m):
    m.use(Service(svc='docusign'))
    m.when('2026-11-05 14:40:12', 'utc')
    m.frm = ('Dr. Martin Hoffmann via DocuSign', 'dse@eumail.docusign.net')
    m.reply_to = ('Dr. Martin Hoffmann', 'm.hoffmann@hoffmann-partner-ra.de')
    m.to = [S('sales')]
    m.subject = 'Bitte mit DocuSign unterzeichnen: 2. Nachtrag Mietvertrag B\u00fcrohaus Westend 3. OG'
    env = ruuid(m.rng)
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (ruuid(m.rng), ruuid(m.rng), ruuid(m.rng))
    code = rhex(m.rng, 32, True)
    t = """Dr. Martin Hoffmann hat Ihnen ein Dokument zum \u00dcberpr\u00fcfen und Unterzeichnen gesendet.

DOKUMENT \u00dcBERPR\u00dcFEN
%s

Dr. Martin Hoffmann
m.hoffmann@hoffmann-partner-ra.de

Sehr geehrte Frau Hartmann,
anbei wie besprochen der 2. Nachtrag zum Mietvertrag \u00fcber die B\u00fcrofl\u00e4chen im 3. OG (Bockenheimer Landstra\u00dfe 51) mit den vereinbarten \u00c4nderungen zur Indexierung und zur Stellplatzanzahl. Wir haben bereits unterzeichnet.
Mit freundlichen Gr\u00fc\u00dfen
Martin Hoffmann

Diese E-Mail enth\u00e4lt einen sicheren Link zu DocuSign. Bitte geben Sie diesen Link nicht an andere weiter.

Alternative Signaturmethode
Besuchen Sie DocuSign.com, klicken Sie auf "Auf Dokumente zugreifen" und geben Sie den Sicherheitscode ein:
%s

Informationen zu DocuSign
Unterzeichnen Sie Dokumente elektronisch in nur wenigen Minuten. Das ist sicher. Egal, ob Sie sich im B\u00fcro, zu Hause oder unterwegs befinden - DocuSign bietet eine zuverl\u00e4ssige L\u00f6sung f\u00fcr das Digital Transaction Management\u2122.
""" % (link, code)
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#eaeaea">'
         '<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:20px">'
         '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
         '<tr><td style="padding:16px 24px"><img src="https://eu.docusign.net/Member/Images/email/docuSign-logo.png" width="116" alt="DocuSign"></td></tr>'
         '<tr><td style="background:#1e4ca1;padding:30px 24px;text-align:center;color:#ffffff">'
         '<p style="font-size:16px;margin:0 0 22px 0">Dr. Martin Hoffmann hat Ihnen ein Dokument zum \u00dcberpr\u00fcfen und Unterzeichnen gesendet.</p>'
         '<a href="%s" style="background:#ffc820;color:#333333;padding:12px 24px;font-size:15px;font-weight:bold;text-decoration:none;border-radius:2px">DOKUMENT \u00dcBERPR\u00dcFEN</a></td></tr>'
         '<tr><td style="padding:24px;font-size:15px;color:#333333;line-height:20px"><b>Dr. Martin Hoffmann</b><br>'
         '<a href="mailto:m.hoffmann@hoffmann-partner-ra.de" style="color:#2463d1">m.hoffmann@hoffmann-partner-ra.de</a><br><br>'
         'Sehr geehrte Frau Hartmann,<br>anbei wie besprochen der 2. Nachtrag zum Mietvertrag \u00fcber die B\u00fcrofl\u00e4chen im 3. OG (Bockenheimer Landstra\u00dfe 51) '
         'mit den vereinbarten \u00c4nderungen zur Indexierung und zur Stellplatzanzahl. Wir haben bereits unterzeichnet.<br>Mit freundlichen Gr\u00fc\u00dfen<br>Martin Hoffmann</td></tr>'
         '<tr><td style="padding:0 24px 24px 24px;font-size:13px;color:#666666"><b>Diese E-Mail enth\u00e4lt einen sicheren Link zu DocuSign.</b> '
         'Bitte geben Sie diesen Link nicht an andere weiter.<br><br><b>Alternative Signaturmethode</b><br>Besuchen Sie DocuSign.com, klicken Sie auf '
         '\'Auf Dokumente zugreifen\' und geben Sie den Sicherheitscode ein:<br>%s</td></tr>'
         '<tr><td style="padding:18px 24px;background:#f4f4f4;font-size:11px;color:#666666">Informationen zu DocuSign<br>Unterzeichnen Sie Dokumente '
         'elektronisch in nur wenigen Minuten. Das ist sicher.</td></tr></table></td></tr></table></body></html>\n' % (link, code))
    m.root = alt(m, mime.text(t, 'utf-8', 'quoted-printable'), mime.text(h, 'utf-8', 'quoted-printable', 'html'))


@business(7, 'de', 'mieterin-beschwerde-heizung',
          what='Residential tenant complains that heating and hot water have failed since Friday and announces a possible rent reduction.',
          why='Genuine tenant complaint: consumer T-Online address of a known tenant, old Thunderbird in ISO-8859-15, concrete flat and contact details, '
              'no links, no attachments, no payment request; angry tone is normal.')
def _(m):
    m.use(Thunderbird(hoster='tonline', origin='79.204.113.62', client_t=('mailout11.t-online.de', 'mailout11.t-online.de', '194.25.134.85'),
                      ua='Mozilla/5.0 (Windows NT 6.1; WOW64; rv:52.0) Gecko/20100101 Thunderbird/52.9.1', hcs='iso-8859-15', henc='Q'))
    m.when('2026-11-16 08:44:19', 'de')
    m.frm = ('Dr. Ingrid Vogel', 'ingrid.vogel@t-online.de')
    m.to = [S('pm')]
    m.subject = 'Heizung und Warmwasser ausgefallen - Schweizer Stra\u00dfe 58, 2. OG rechts'
    t = """Sehr geehrte Frau K\u00f6hler,

seit Freitag funktioniert in unserer Wohnung (Schweizer Stra\u00dfe 58, 2. OG rechts) die Heizung nicht mehr, die Heizk\u00f6rper bleiben kalt und das Warmwasser ist nur noch lauwarm. Ich habe am Samstag die Notdienstnummer aus dem Aushang im Treppenhaus angerufen, es hat sich aber bis heute niemand gemeldet.

Bei den derzeitigen Temperaturen ist das nicht zumutbar, zumal mein Mann nach seiner Operation viel zu Hause ist. Ich bitte Sie dringend, bis morgen einen Handwerker zu schicken. Sollte die Heizung nicht bis Ende der Woche wieder laufen, behalte ich mir eine Mietminderung vor.

Wir sind ab 14 Uhr zu Hause, ansonsten hat Frau Berger im Erdgeschoss einen Schl\u00fcssel.

Mit freundlichen Gr\u00fc\u00dfen
Dr. Ingrid Vogel
Tel. 069 61 44 27
"""
    m.root = mime.text(t, 'ISO-8859-15', '8bit', quoted=False, extra='; format=flowed')


@business(8, 'de', 'it-hinweis-mfa-authenticator-intern',
          what='Internal IT-security notice: switch to Microsoft Authenticator with number matching; MFA QR codes are only shown in the Microsoft sign-in window, never sent by e-mail.',
          why='Genuine internal announcement from the mail administrator via Exchange and mail-int01, no external links except official Microsoft short links, '
              'explicitly warns about MFA/QR phishing.',
          pair=([5, 11], 'MFA/QR-code topic, but internal sender and it tells users never to scan QR codes from e-mail'))
def _(m):
    m.use(internal('de', hcs='utf-8', henc='B'))
    m.when('2026-10-12 11:02:37', 'de')
    m.frm = S('sec')
    m.to = [('Alle Mitarbeitenden Example Group', 'alle@example.com')]
    m.rcpt = S('ap')[1]
    m.subject = 'IT-Sicherheit: Umstellung auf Microsoft Authenticator ab 02.11. \u2013 und wie Sie echte Hinweise erkennen'
    t = """Liebe Kolleginnen und Kollegen,

ab Montag, 02.11.2026, stellen wir die Anmeldung an Microsoft 365 schrittweise auf die Microsoft Authenticator-App mit Nummernabgleich um. SMS-Codes werden danach abgeschaltet.

So l\u00e4uft die Umstellung ab:
1. Bei Ihrer n\u00e4chsten Anmeldung am PC im Firmennetz fordert Microsoft Sie auf, die Authenticator-App einzurichten.
2. Der QR-Code f\u00fcr die Einrichtung wird ausschlie\u00dflich in diesem Anmeldefenster auf Ihrem Bildschirm angezeigt (https://aka.ms/mysecurityinfo).
3. Bei Problemen hilft Ihnen der IT-Service unter Durchwahl -444 oder im Ticketportal.

Bitte beachten Sie: Wir verschicken niemals QR-Codes oder Links zur MFA-Registrierung per E-Mail, und es gibt keine Frist, nach der Ihr Konto \u201egesperrt\u201c wird. Solche Nachrichten sind Phishing \u2013 bitte \u00fcber die Schaltfl\u00e4che \u201ePhishing melden\u201c in Outlook melden und nicht scannen.

Vielen Dank und viele Gr\u00fc\u00dfe
Daniel Vogt
IT-Sicherheit & Mail-Administration
Example Group GmbH
T +49 69 2475-441
"""
    m.root = alt(m, mime.text(t, 'utf-8', 'base64'), mime.text(H.outlook(t), 'utf-8', 'base64', 'html'))
