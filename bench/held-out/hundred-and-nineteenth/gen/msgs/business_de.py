"""business/01-08: German-language genuine mail."""
from xml.sax.saxutils import escape

from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib.mimekit import Part
from lib.msg import Msg
from lib.registry import message

from ._common import LIEF, LIEF_FOOT, EX_DE_ADDR, S, W, outlook_alt, gmail_alt


def _vantrex_inner():
    """The Vantrex order confirmation that the CEO forwards as an attachment (as mx01 received it)."""
    m = Msg('business', '01-de-inner-vantrex')
    m.when('2026-10-29 17:42:10', 'CET')
    m.frm = ('Ruud Janssen', 'ruud.janssen@vantrex-mh.com')
    m.to = [S['ceo']]
    m.cc = [S['proc']]
    m.rcpts = [S['ceo'][1], S['proc'][1]]
    m.subject = 'Order confirmation – Vantrex framework agreement 2027 / Example Group'
    m.msgid = SY.gmail_msgid(m)
    txt = """Dear Matthias,

Thank you again for the meeting in Venlo. As agreed, please find below the order confirmation for the 2027 framework agreement:

- Volume: 40 units (ETV 316 reach trucks, EFG 425 electric counterbalance, ERE 225 pallet trucks) with delivery call-offs Q1–Q4 2027
- Price basis: 2026 list price -18 %, price escalation capped at 3.5 % (steel and lithium index)
- Down payment: 10 % of the framework value = EUR 186,400.00, due by 2 November 2026
- Pro-forma invoice VMH-PI-26-0918 has been uploaded to the dealer portal and sent to your accounts payable address.

Payment to our usual account with Rabobank Venlo as stated in your supplier master data; our bank details have not changed.

Kind regards,
Ruud Janssen
Dealer Development Manager DACH
Vantrex Material Handling B.V. | Venlo, NL
+31 77 320 8850"""
    m.body = gmail_alt(m, txt)
    data = m.render(SY.gmail, workspace='vantrex-mh.com')
    return data


@message('business', '01-de-ceo-dringende-anzahlung-intern')
def b01(m):
    m.when('2026-10-30 11:47:21', 'CET')
    m.frm = S['ceo']
    m.to = [S['cfo']]
    m.cc = [S['ap']]
    m.rcpts = [S['cfo'][1], S['ap'][1]]
    m.subject = 'Dringend: Anzahlung Vantrex Rahmenvertrag 2027 - bitte heute freigeben'
    m.hcs, m.hmode = 'iso-8859-1', 'Q'
    m.msgid = SY.exchange_msgid(m, 'EXCH02')
    txt = """Hallo Sabine,

Vantrex hat uns gestern die Auftragsbestätigung für den Rahmenvertrag 2027 geschickt (siehe angehängte Mail von Ruud Janssen). Damit wir das Kontingent von 40 Geräten und die gedeckelte Preisgleitung für 2027 sichern, ist die Anzahlung von 10 % (186.400,00 EUR) bis Montag fällig.

Die Proforma VMH-PI-26-0918 ist heute Morgen über den Rechnungseingang in DocuWare gelaufen und liegt bei Jana zur sachlichen Prüfung. Kannst Du die Zahlung bitte heute noch im normalen Freigabeprozess anstoßen (Vier-Augen-Prinzip, zweite Freigabe durch mich in der Banking-Software)? Die Bankverbindung ist die bekannte aus dem Kreditorenstamm (Rabobank Venlo), da ändert sich nichts.

Ich bin ab 13 Uhr beim Kunden in Krefeld, aber mobil erreichbar (0171 4418227), falls etwas unklar ist.

Danke und Gruß
Matthias

Dr. Matthias Krüger
Geschäftsführer
Example Fördertechnik GmbH
Am Blumenkampshof 12 · 47059 Duisburg
Tel. +49 203 60874-100"""
    alt = outlook_alt(m, txt, charset='iso-8859-1', lang='DE', bstyle='exch', idx=0)
    inner = _vantrex_inner()
    fwd = Part('message/rfc822', body=inner, cte='7bit', filename='Order confirmation – Vantrex framework agreement 2027.eml',
               disposition='attachment', name_param=False)
    fwd.ctype = 'message/rfc822'
    m.body = B.mixed([alt, fwd], B.boundary(m, 'exch', 4))
    m.meta.update(
        what='Internal: the CEO asks the CFO to release the € 186,400 Vantrex down payment today, with the supplier\'s order confirmation attached as .eml',
        why='Genuine urgent CEO request: sent inside Exchange (mail-int01, DKIM example.com), refers to the normal four-eyes release, the existing master-data account and the DocuWare workflow, copies accounts payable, offers a phone number for questions; the attached Vantrex mail is authentic (Google Workspace, DKIM vantrex-mh.com).',
        hn=(['01-de-ceo-fraud-projekt-rheinkai'], 'urgent CEO payment request to the CFO',
            'internal route and DKIM, no secrecy, normal approval workflow, known creditor and unchanged bank details, phone offered'),
        phones=['0171 4418227', '+31 77 320 8850'], other=['VMH-PI-26-0918', '186.400,00 EUR'],
        delivery='Internal Exchange (EXCH02 → EXCH01 → mail-int01), Outlook; attachment: forwarded Gmail/Workspace message')
    return m.render(SY.exchange_internal, has_attach=True)


LIEF_INV_PAY = dict(bic='SPBIDE3BXXX', iban=W.LIEF_IBAN_OLD)


@message('business', '02-de-lieferant-bankwechsel-rueckruf')
def b02(m):
    m.when('2026-11-20 10:05:44', 'CET')
    m.frm = ('Buchhaltung', 'rechnungen@lieferant-gmbh.de')
    m.to = [S['ap']]
    m.cc = [('Stefan Maier', 's.maier@lieferant-gmbh.de'), S['proc']]
    m.rcpts = [S['ap'][1], S['proc'][1]]
    m.subject = 'Neue Bankverbindung der Lieferant GmbH ab 01.12.2026 – bitte telefonisch verifizieren'
    m.hcs, m.hmode = 'iso-8859-1', 'Q'
    m.msgid = SY.outlook_msgid(m, 'lieferant-gmbh.de')
    txt = """Sehr geehrte Frau Becker,

wie in unserem Kundenrundschreiben vom 02.11.2026 angekündigt, stellen wir unseren Zahlungsverkehr zum 01.12.2026 von der Sparkasse Bielefeld auf die Deutsche Bank um. Das beigefügte Schreiben ist von unserer Geschäftsführung unterzeichnet.

Bitte ändern Sie die Bankverbindung in Ihrem System erst, nachdem Sie die Änderung telefonisch bei uns bestätigt haben. Rufen Sie dazu bitte die Ihnen bekannte Zentrale an und lassen Sie sich mit mir oder Herrn Lindemann verbinden; bitte keine Telefonnummer aus einer E-Mail verwenden.

Das bisherige Konto bei der Sparkasse Bielefeld bleibt bis zum 31.01.2027 bestehen. Zahlungen, die bis dahin noch dort eingehen, werden selbstverständlich verbucht; offene Posten müssen Sie also nicht umleiten. Herrn Schmitz und Ihren Ansprechpartner im Vertrieb, Herrn Maier, habe ich in Kopie gesetzt.

Bitte beachten Sie außerdem: Uns ist bekannt, dass derzeit gefälschte E-Mails in unserem Namen von der Domain lieferant-gmbh.com verschickt werden. Wir schreiben ausschließlich von Adressen @lieferant-gmbh.de und fordern niemals per E-Mail zu Eilzahlungen auf ein neues Konto auf.

Mit freundlichen Grüßen

Heike Brandes
Leitung Finanzbuchhaltung

Lieferant GmbH
Eckendorfer Straße 91 · 33609 Bielefeld
www.lieferant-gmbh.de"""
    alt = outlook_alt(m, txt, charset='windows-1252', lang='DE', bstyle='outlook', idx=1, font='Calibri', size='11.0pt')
    letter = docs.letter('de', LIEF, EX_DE_ADDR, 'Bielefeld, 19.11.2026', 'Änderung unserer Bankverbindung zum 01.12.2026',
                         ['Sehr geehrte Damen und Herren,',
                          'zum 01.12.2026 verlegen wir unseren Zahlungsverkehr von der Sparkasse Bielefeld zur Deutschen Bank. '
                          'Wir bitten Sie, ab diesem Datum Zahlungen auf die unten genannte Bankverbindung zu leisten.',
                          'Zu Ihrer Sicherheit: Bitte bestätigen Sie diese Änderung vor der Umstellung telefonisch über unsere Ihnen bekannte '
                          'Zentrale (0521 92784-0). Die bisherige Verbindung (IBAN %s, BIC SPBIDE3BXXX) bleibt bis 31.01.2027 gültig.' % ids.fmt_iban(W.LIEF_IBAN_OLD)],
                         'Für Ihre Unterstützung bedanken wir uns.',
                         ['Mit freundlichen Grüßen', '', 'Jörg Lindemann, Geschäftsführer          Heike Brandes, Leitung Finanzbuchhaltung'],
                         footer=LIEF_FOOT, creator='Microsoft® Word 2021', producer='Microsoft® Word 2021', created='20261119151107', tz="+01'00'",
                         box=('Neue Bankverbindung ab 01.12.2026', ['Kontoinhaber: Lieferant GmbH', 'Bank: Deutsche Bank AG, Filiale Bielefeld',
                                                                     'IBAN: %s' % ids.fmt_iban(W.LIEF_IBAN_NEW), 'BIC: DEUTDE3BXXX']))
    m.body = B.mixed([alt, B.att(letter, 'application/pdf', 'Lieferant_GmbH_Bankverbindung_ab_2026-12-01.pdf', style='outlook')],
                     B.boundary(m, 'outlook', 0))
    m.meta.update(
        what='Lieferant GmbH\'s accounting announces its new Deutsche Bank account from 01.12.2026, signed letter attached, asks for telephone verification',
        why='Genuine bank-detail change done properly: real domain and relay (SPF/DKIM/DMARC pass), announced earlier by circular, old account stays valid for two months, explicitly asks to verify by calling the known switchboard, warns about the look-alike domain.',
        hn=(['02-de-lieferant-bankverbindung-lookalike', '03-de-lieferant-thread-hijack-vorkasse'], 'supplier bank-detail change',
            'real domain, call-back requested, old account remains valid, no redirect of open items, signed by the managing director'),
        accounts=[(W.LIEF_IBAN_NEW, 'Lieferant GmbH, Deutsche Bank Bielefeld (new, from 01.12.2026)', 'yes'),
                  (W.LIEF_IBAN_OLD, 'Lieferant GmbH, Sparkasse Bielefeld (old, valid to 31.01.2027)', 'yes')],
        phones=['0521 92784-0'], delivery='Lieferant\'s own Postfix relay, Outlook 2021 in the office LAN')
    return m.render(SY.postfix_relay, host='mail.lieferant-gmbh.de', ip='203.0.113.25', dkim_d='lieferant-gmbh.de', dkim_s='2026a',
                    client='outlook', client_host='FIBU-PC03', client_ip='192.168.10.41', auth_user='rechnungen@lieferant-gmbh.de')


def xrechnung_ubl(inv_no, issue, due, buyer_ref, lines, net, vat, gross, iban, bic):
    il = []
    for i, (desc, qty, unit, price) in enumerate(lines, 1):
        il.append('  <cac:InvoiceLine>\n    <cbc:ID>%d</cbc:ID>\n    <cbc:InvoicedQuantity unitCode="%s">%s</cbc:InvoicedQuantity>\n'
                  '    <cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount>\n    <cac:Item>\n      <cbc:Name>%s</cbc:Name>\n'
                  '      <cac:ClassifiedTaxCategory>\n        <cbc:ID>S</cbc:ID>\n        <cbc:Percent>19</cbc:Percent>\n'
                  '        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>\n      </cac:ClassifiedTaxCategory>\n    </cac:Item>\n'
                  '    <cac:Price><cbc:PriceAmount currencyID="EUR">%.2f</cbc:PriceAmount></cac:Price>\n  </cac:InvoiceLine>'
                  % (i, unit, ('%g' % qty), round(qty * price, 2), escape(desc), price))
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
             xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
             xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>%(no)s</cbc:ID>
  <cbc:IssueDate>%(issue)s</cbc:IssueDate>
  <cbc:DueDate>%(due)s</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>%(ref)s</cbc:BuyerReference>
  <cac:AccountingSupplierParty>
    <cac:Party>
      <cbc:EndpointID schemeID="EM">rechnungen@lieferant-gmbh.de</cbc:EndpointID>
      <cac:PostalAddress>
        <cbc:StreetName>Eckendorfer Straße 91</cbc:StreetName>
        <cbc:CityName>Bielefeld</cbc:CityName>
        <cbc:PostalZone>33609</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyTaxScheme>
        <cbc:CompanyID>%(svat)s</cbc:CompanyID>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:PartyTaxScheme>
      <cac:PartyLegalEntity>
        <cbc:RegistrationName>Lieferant GmbH</cbc:RegistrationName>
        <cbc:CompanyID>HRB 45121</cbc:CompanyID>
      </cac:PartyLegalEntity>
      <cac:Contact>
        <cbc:Name>Buchhaltung</cbc:Name>
        <cbc:Telephone>+49 521 92784-0</cbc:Telephone>
        <cbc:ElectronicMail>rechnungen@lieferant-gmbh.de</cbc:ElectronicMail>
      </cac:Contact>
    </cac:Party>
  </cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>
    <cac:Party>
      <cbc:EndpointID schemeID="EM">rechnungseingang@example.com</cbc:EndpointID>
      <cac:PostalAddress>
        <cbc:StreetName>Am Blumenkampshof 12</cbc:StreetName>
        <cbc:CityName>Duisburg</cbc:CityName>
        <cbc:PostalZone>47059</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyTaxScheme>
        <cbc:CompanyID>%(bvat)s</cbc:CompanyID>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:PartyTaxScheme>
      <cac:PartyLegalEntity><cbc:RegistrationName>Example Fördertechnik GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
    </cac:Party>
  </cac:AccountingCustomerParty>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
    <cbc:PaymentID>%(no)s</cbc:PaymentID>
    <cac:PayeeFinancialAccount>
      <cbc:ID>%(iban)s</cbc:ID>
      <cbc:Name>Lieferant GmbH</cbc:Name>
      <cac:FinancialInstitutionBranch><cbc:ID>%(bic)s</cbc:ID></cac:FinancialInstitutionBranch>
    </cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>#SKONTO#TAGE=10#PROZENT=2.00#
Zahlbar innerhalb 30 Tagen netto.</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="EUR">%(vat).2f</cbc:TaxAmount>
    <cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="EUR">%(net).2f</cbc:TaxableAmount>
      <cbc:TaxAmount currencyID="EUR">%(vat).2f</cbc:TaxAmount>
      <cac:TaxCategory>
        <cbc:ID>S</cbc:ID>
        <cbc:Percent>19</cbc:Percent>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:TaxCategory>
    </cac:TaxSubtotal>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">%(net).2f</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">%(net).2f</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">%(gross).2f</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">%(gross).2f</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
%(lines)s
</ubl:Invoice>
""" % dict(no=inv_no, issue=issue, due=due, ref=buyer_ref, svat=W.LIEF_VAT, bvat=W.DE_VAT, iban=iban, bic=bic, vat=vat, net=net,
           gross=gross, lines='\n'.join(il))).encode('utf-8')


@message('business', '03-de-lieferant-rechnung-girocode-xrechnung')
def b03(m):
    m.when('2026-10-14 08:12:05', 'CET')
    m.frm = ('Buchhaltung', 'rechnungen@lieferant-gmbh.de')
    m.to = [S['ap']]
    m.subject = 'Rechnung RE-2026-11873 – Lieferant GmbH – Kd.-Nr. 40211'
    m.msgid = '%d.%d.%d@erp01.lieferant.local' % (m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(1, 99), m.epoch() * 1000 + 411)
    items = [('Gabelzinken 1200 mm, FEM II A, Paar', 2, 'Paar', 684.00),
             ('Vollgummireifen Superelastik 18x7-8, schwarz', 8, 'Stk', 139.50),
             ('Vollgummireifen Superelastik 16x6-8, spurlos', 4, 'Stk', 121.80),
             ('Hydraulikschlauch DN10, 1450 mm, 2SN, montiert', 6, 'Stk', 38.90),
             ('Sitzschalter-Set inkl. Kabelbaum', 3, 'Stk', 66.20)]
    buyer = ['Example Fördertechnik GmbH', 'Kreditorenbuchhaltung', 'Am Blumenkampshof 12', '47059 Duisburg']
    net = round(sum(q * p for _, q, _, p in items), 2)
    vat = round(net * 0.19, 2)
    gross = round(net + vat, 2)
    qr = docs.epc('SPBIDE3BXXX', 'Lieferant GmbH', W.LIEF_IBAN_OLD, gross, 'RE-2026-11873 Kd 40211')
    pdfb, tot = docs.invoice('de', LIEF, buyer,
                             [('Rechnungsnummer', 'RE-2026-11873'), ('Rechnungsdatum', '14.10.2026'), ('Lieferdatum', '12.10.2026'),
                              ('Kundennummer', '40211'), ('Ihre Bestellung', '4500017922')],
                             [(i + 1, d, q, u, p) for i, (d, q, u, p) in enumerate(items)], 19, qr_payload=qr, qr_label='Bezahlen mit GiroCode',
                             payment_text='Zahlbar bis 13.11.2026 ohne Abzug oder bis 24.10.2026 mit 2 %% Skonto. Sparkasse Bielefeld, '
                                          'IBAN %s, BIC SPBIDE3BXXX. Verwendungszweck: RE-2026-11873.' % ids.fmt_iban(W.LIEF_IBAN_OLD),
                             footer=LIEF_FOOT, creator='proALPHA ERP', producer='proALPHA Belegdruck 9.2 / PDFlib+PDI 10',
                             title='Rechnung RE-2026-11873', created='20261014081155')
    assert abs(tot['gross'] - gross) < 0.005
    xml = xrechnung_ubl('RE-2026-11873', '2026-10-14', '2026-11-13', '4500017922', [(d, q, {'Paar': 'PR', 'Stk': 'H87'}[u], p) for d, q, u, p in items],
                        net, vat, gross, W.LIEF_IBAN_OLD, 'SPBIDE3BXXX')
    txt = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11873 vom 14.10.2026 als PDF sowie als strukturierte E-Rechnung im Format XRechnung (UBL).

Rechnungsbetrag: %s EUR
Zahlbar bis: 13.11.2026 (2 %% Skonto bei Zahlung bis 24.10.2026)

Bitte verwenden Sie für die Zahlung die auf der Rechnung angegebene Bankverbindung bzw. den GiroCode.

Mit freundlichen Grüßen
Ihre Buchhaltung
Lieferant GmbH

Diese E-Mail wurde automatisch erstellt. Rückfragen bitte an rechnungen@lieferant-gmbh.de oder Tel. +49 521 92784-0.
""" % docs.fmt_amount(gross, 'de')
    plain = B.text(txt, charset='UTF-8', cte='quoted-printable')
    bnd = B.boundary(m, 'javamail')
    m.body = B.mixed([plain, Part('application/pdf', body=pdfb, cte='base64', filename='RE-2026-11873.pdf', disposition='attachment'),
                      Part('application/xml', body=xml, cte='base64', filename='RE-2026-11873_xrechnung.xml', disposition='attachment')], bnd)
    m.meta.update(
        what='Lieferant GmbH\'s ERP sends invoice RE-2026-11873 (spare parts) as PDF with GiroCode plus XRechnung UBL file',
        why='Genuine supplier invoice: real domain and relay (SPF/DKIM/DMARC pass), ERP mailer, matches PO 4500017922, bank details identical to the master data (Sparkasse Bielefeld) in PDF, GiroCode and XML.',
        hn=(['02-de-lieferant-bankverbindung-lookalike'], 'supplier invoices and payment details',
            'real domain, account matches master data in all three representations, no change request'),
        accounts=[(W.LIEF_IBAN_OLD, 'Lieferant GmbH, Sparkasse Bielefeld', 'yes')], qr=[qr], qr_where='PDF page image (EPC/GiroCode)',
        phones=['+49 521 92784-0'], other=['RE-2026-11873', '4500017922'], delivery='Lieferant\'s own Postfix relay, ERP document mailer (JavaMail)')
    return m.render(SY.postfix_relay, host='mail.lieferant-gmbh.de', ip='203.0.113.25', dkim_d='lieferant-gmbh.de', dkim_s='2026a',
                    client='app', client_host='erp01.lieferant.local', client_ip='192.168.10.12', lan=True, xmailer='proALPHA Belegversand 9.2')


@message('business', '04-de-bewerbung-kundendiensttechniker-webde')
def b04(m):
    m.when('2026-10-26 19:48:33', 'CET')
    m.frm = ('Jonas Reuter', 'jonas.reuter@web.de')
    m.to = [S['hr']]
    m.subject = 'Bewerbung als Kundendiensttechniker (m/w/d) – Ref. 2026-ST-14'
    m.msgid = SY.gmx_msgid(m, 'webde')
    txt = """Sehr geehrte Frau Schäfer,

anbei sende ich Ihnen meine Bewerbung auf Ihre Stellenanzeige „Kundendiensttechniker Flurförderzeuge (m/w/d)" (Referenz 2026-ST-14) auf Ihrer Karriereseite.

Ich bin Mechatroniker und seit 2019 im Werkstatt- und Außendienst eines Stapler-Vermieters in Oberhausen tätig; den Sachkundenachweis nach DGUV Grundsatz 308-003 und die Schulung für Lithium-Ionen-Batterien habe ich im vergangenen Jahr abgeschlossen.

Im Anhang finden Sie mein Anschreiben und meinen Lebenslauf als PDF. Zeugnisse reiche ich gerne nach oder bringe sie zum Gespräch mit.

Mit freundlichen Grüßen
Jonas Reuter
Mülheimer Straße 118
46045 Oberhausen
Tel. 0176 2093 4471
"""
    plain = B.text(txt, charset='UTF-8', cte='quoted-printable').set_charset_fmt('UTF-8')
    plain.ct_style = 'inline'
    me = dict(name='Jonas Reuter', logo='Jonas Reuter', sub='Mechatroniker · Kundendienst Flurförderzeuge',
              lines=['Mülheimer Straße 118', '46045 Oberhausen', '0176 2093 4471', 'jonas.reuter@web.de'])
    cover = docs.letter('de', me, ['Example Fördertechnik GmbH', 'Personalabteilung – Frau Monika Schäfer', 'Am Blumenkampshof 12', '47059 Duisburg'],
                        'Oberhausen, 26.10.2026', 'Bewerbung als Kundendiensttechniker Flurförderzeuge (m/w/d) – Ref. 2026-ST-14',
                        ['Sehr geehrte Frau Schäfer,',
                         'mit großem Interesse habe ich Ihre Stellenanzeige gelesen. Seit sieben Jahren warte und repariere ich Elektro- und '
                         'Dieselstapler, Schubmaststapler und Lagertechnikgeräte verschiedener Hersteller, führe UVV-Prüfungen nach DGUV Vorschrift 68 '
                         'durch und betreue Kunden im Außendienst im Ruhrgebiet.',
                         'Besonders reizt mich an Ihrer Stelle die Arbeit mit der Vantrex-Flotte und die Möglichkeit, mich bei Lithium-Ionen-Systemen '
                         'weiter zu spezialisieren. Ein Wechsel ist zum 01.02.2027 möglich, meine Gehaltsvorstellung liegt bei 52.000 EUR brutto p.a.'],
                        'Über eine Einladung zu einem persönlichen Gespräch freue ich mich.', ['Mit freundlichen Grüßen', '', 'Jonas Reuter'],
                        creator='Writer', producer='LibreOffice 24.8', created='20261026192210', tz="+01'00'", color=(0.2, 0.2, 0.2))
    cv = docs.letter('de', me, [], 'Oberhausen, Oktober 2026', 'Lebenslauf',
                     ['Berufserfahrung',
                      '04/2019 – heute: Servicetechniker Flurförderzeuge, Rhein-Ruhr Staplervermietung GmbH, Oberhausen',
                      '08/2015 – 03/2019: Mechatroniker (Ausbildung und Geselle), Autohaus Berger GmbH, Mülheim an der Ruhr',
                      'Qualifikationen',
                      'Sachkundiger für die Prüfung von Flurförderzeugen (DGUV G 308-003), Hochvolt-Schulung Stufe 2S, '
                      'Lithium-Ionen-Batterien in Flurförderzeugen (2025), Staplerschein, Führerschein Klasse B und C1',
                      'Ausbildung',
                      '2015: Fachoberschulreife, Gesamtschule Oberhausen-Osterfeld'],
                     '', [], creator='Writer', producer='LibreOffice 24.8', created='20261026192544', tz="+01'00'", color=(0.2, 0.2, 0.2))
    a1 = Part('application/pdf', body=cover, cte='base64', filename='Anschreiben_Jonas_Reuter.pdf', disposition='attachment', ct_style='inline')
    a2 = Part('application/pdf', body=cv, cte='base64', filename='Lebenslauf_Jonas_Reuter.pdf', disposition='attachment', ct_style='inline')
    m.body = B.mixed([plain, a1, a2], 'abmob-' + U.uuid4(m.rng), ct_style='inline')
    m.meta.update(
        what='Application for the field-service technician post (ref. 2026-ST-14) with cover letter and CV as plain PDFs',
        why='Genuine applicant via WEB.DE webmail: refers to the real job reference, plausible personal details, ordinary unencrypted PDF attachments that contain text only.',
        hn=(['04-de-bewerbung-passwort-zip-lnk'], 'job application from a freemail address',
            'plain PDFs instead of a password-protected archive with .lnk files; specific reference number and background'),
        phones=['0176 2093 4471'], other=['2026-ST-14'], delivery='WEB.DE webmail (mout.web.de)')
    return m.render(SY.nemesis, provider='webde', webmail=True, client_ip='88.152.17.203')


@message('business', '05-de-elster-neue-nachricht')
def b05(m):
    m.when('2026-11-03 06:12:48', 'CET')
    m.frm = ('ELSTER', 'noreply@elster.de')
    m.to = [S['cfo']]
    m.subject = 'Neue Nachricht in Ihrem Benutzerkonto bei Mein ELSTER'
    m.hcs, m.hmode = 'iso-8859-1', 'Q'
    m.msgid = '%d.%d.%d.JavaMail.elster@mailout2.elster.de' % (m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(10, 99), m.epoch() * 1000 + 17)
    txt = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Benutzerkonto "Example Fördertechnik GmbH" (Organisationszertifikat) bei Mein ELSTER ist eine neue Nachricht eingegangen:

Bescheid für 2025 über Umsatzsteuer

Bitte melden Sie sich bei Mein ELSTER unter https://www.elster.de an, um die Nachricht abzurufen.

Hinweis: Diese E-Mail enthält keine Anhänge und keine Aufforderung zur Eingabe persönlicher Daten. Die Steuerverwaltung fordert Sie niemals per E-Mail auf, Zertifikatsdateien, PINs oder Passwörter preiszugeben.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.
"""
    m.body = B.text(txt, charset='ISO-8859-1', cte='quoted-printable').set_charset_fmt('ISO-8859-1')
    m.body.ct_style = 'inline'
    m.dmarc_override['elster.de'] = 'reject'
    m.meta.update(
        what='ELSTER notifies that a new document (2025 VAT assessment) is waiting in the company\'s Mein ELSTER mailbox',
        why='Genuine authority notice: sent from elster.de\'s own mail servers (SPF/DKIM/DMARC pass), plain text, no attachment, only the generic portal address, explicitly states that no credentials are ever requested by mail.',
        hn=(['05-de-elster-zertifikat-sendgrid'], 'ELSTER account notification', 'real sender domain, no tracking link, no request for certificate file or password'),
        delivery='ELSTER government mailer (mailout2.elster.de), JavaMail')
    return m.render(SY.generic, helo='mailout2.elster.de', ip='198.51.100.36', dkim_d='elster.de', dkim_s='elster2026', tls=__import__('lib.msg', fromlist=['x']).TLS12,
                    inner=['Received: from app-nachricht04.elster.intern (app-nachricht04.elster.intern [10.180.4.14])\r\n\tby mailout2.elster.de (Postfix) with ESMTP id %QID%\r\n\tfor <sabine.hoffmann@example.com>; %DATE%'],
                    order=['date', 'from', 'to', 'message-id', 'subject', 'mime-version', '*MIME*'])


@message('business', '06-de-wlw-profilstatistik-ses')
def b06(m):
    m.when('2026-11-02 07:30:12', 'CET')
    m.frm = ('wlw – Wer liefert was', 'service@wlw.de')
    m.to = [S['om_de']]
    m.subject = 'Ihr wlw-Profil im Oktober: 214 Aufrufe und 3 neue Anfragen'
    m.msgid = SY.ses_msgid(m, 'eu-central-1')
    r = m.rng
    tok = U.alnum(r, 40, U.ALNUM)
    prof = 'https://www.wlw.de/de/firma/example-foerdertechnik-gmbh-1498237?utm_source=mail&utm_medium=email&utm_campaign=monthly_report'
    inbox = 'https://www.wlw.de/de/login?redirect=%2Fde%2Fanfragen&utm_source=mail&utm_medium=email&utm_campaign=monthly_report'
    unsub = 'https://www.wlw.de/de/newsletter/abmelden?t=%s' % tok
    html = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1c2b39;">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;">
<tr><td style="padding:20px 28px;font-size:24px;font-weight:bold;color:#ff5a00;">wlw</td></tr>
<tr><td style="padding:0 28px 8px 28px;font-size:20px;font-weight:bold;">Ihr Monatsbericht Oktober 2026</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;line-height:21px;">Guten Tag,<br><br>so hat sich das Profil von <b>Example Fördertechnik GmbH</b> im Oktober entwickelt:</td></tr>
<tr><td style="padding:8px 28px;"><table width="100%%" cellpadding="8" cellspacing="0" style="font-size:14px;border:1px solid #e3e7eb;">
<tr><td>Profilaufrufe</td><td align="right"><b>214</b> (+12 %%)</td></tr>
<tr><td>Produktaufrufe (Schubmaststapler, Mietstapler)</td><td align="right"><b>391</b></td></tr>
<tr><td>Neue Anfragen</td><td align="right"><b>3</b></td></tr></table></td></tr>
<tr><td style="padding:16px 28px;font-size:14px;line-height:21px;">Ihre Anfragen finden Sie wie gewohnt nach der Anmeldung in Ihrem wlw-Konto.<br><br>
<a href="%s" style="background:#ff5a00;color:#fff;text-decoration:none;padding:10px 20px;font-weight:bold;">Zu meinen Anfragen</a>&nbsp;&nbsp;<a href="%s" style="color:#ff5a00;">Profil ansehen</a></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#6b7785;border-top:1px solid #eee;">Visable GmbH &middot; Schellerdamm 16 &middot; 21079 Hamburg &middot; Amtsgericht Hamburg HRB 126425<br>
Sie erhalten diesen Bericht als Kunde von wlw. <a href="%s" style="color:#6b7785;">Monatsbericht abbestellen</a></td></tr>
</table></td></tr></table></body></html>
""" % (inbox, prof, unsub)
    plain = ('wlw – Ihr Monatsbericht Oktober 2026\n\nGuten Tag,\n\nso hat sich das Profil von Example Fördertechnik GmbH im Oktober entwickelt:\n'
             'Profilaufrufe: 214 (+12 %%)\nProduktaufrufe: 391\nNeue Anfragen: 3\n\nZu meinen Anfragen: %s\nProfil ansehen: %s\n\n'
             'Visable GmbH · Schellerdamm 16 · 21079 Hamburg\nMonatsbericht abbestellen: %s\n' % (inbox, prof, unsub))
    m.body = B.alt(B.text(plain, charset='UTF-8', cte='quoted-printable'), B.html(html, charset='UTF-8', cte='quoted-printable'), B.boundary(m, 'ses'))
    m.dmarc_override['wlw.de'] = 'reject'
    m.meta.update(
        what='Monthly statistics of Example\'s paid profile on the B2B directory wlw ("Wer liefert was")',
        why='Genuine directory notification: the company really has a wlw profile; sent from wlw.de via Amazon SES (DKIM wlw.de + amazonses, DMARC pass), links only to wlw.de, no form, no fee, unsubscribe link.',
        hn=(['06-de-gewerberegister-formular-brevo'], 'business-directory / register listing', 'existing customer relationship, no form to sign, no fees, links to the directory\'s own domain'),
        delivery='Amazon SES eu-central-1 (wlw.de)')
    return m.render(SY.ses, region='eu-central-1', dkim_d='wlw.de', mail_from='%s@mail.wlw.de' % ('0107019a' + U.hexs(r, 24)),
                    extra=[('List-Unsubscribe', '<%s>' % unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])


@message('business', '07-de-it-mfa-hinweis-intern-qr')
def b07(m):
    m.when('2026-11-02 08:15:03', 'CET')
    m.frm = S['itsec']
    m.to = [('Alle Mitarbeitenden', 'alle@example.com')]
    m.rcpts = [S['rental'][1], S['parts'][1], S['service'][1], S['sales'][1]]
    m.subject = 'Wichtig: neue MFA-Einstellungen ab 16.11. – und wie Sie echte IT-Mails erkennen'
    m.hcs, m.hmode = 'utf-8', 'B'
    m.msgid = SY.exchange_msgid(m, 'EXCH01')
    txt = """Liebe Kolleginnen und Kollegen,

ab Montag, 16.11.2026, stellen wir die Anmeldung an Microsoft 365 auf Passkeys in der Microsoft Authenticator App um. Für die meisten von Ihnen ändert sich nur, dass Sie bei der Anmeldung keine Zahl mehr eintippen, sondern die Anmeldung in der App mit Fingerabdruck oder Gesichtserkennung bestätigen.

Was Sie tun müssen:
1. Falls noch nicht vorhanden, installieren Sie die Microsoft Authenticator App aus dem App Store bzw. Google Play (QR-Code unten führt direkt zur offiziellen Download-Seite von Microsoft).
2. Melden Sie sich anschließend am Firmen-PC an und öffnen Sie https://aka.ms/mysecurityinfo – dort richten Sie den Passkey ein. Die Anleitung mit Screenshots finden Sie im Intranet unter IT > Anleitungen > Passkey.

Wie Sie echte IT-Mails erkennen:
- Wir schreiben ausschließlich von Adressen @example.com und nennen immer eine Ticketnummer oder einen Intranet-Link.
- Wir schicken Ihnen niemals PDFs oder Bilder mit QR-Codes, über die Sie sich anmelden sollen, und wir fragen nie nach Ihrem Kennwort.
- Bei Zweifeln: Mail nicht öffnen, sondern an phishing@example.com weiterleiten oder die Hotline -250 anrufen.

Vielen Dank!
Lukas Neumann
IT-Sicherheit / Mail-Administration
Example Group · Tel. +49 203 60874-250"""
    html = B.to_html_outlook(txt, 'utf-8', 'DE').replace(
        '<p class="MsoNormal">Wie Sie echte IT-Mails erkennen:<o:p></o:p></p>',
        '<p class="MsoNormal"><img width="180" height="180" style="width:1.875in;height:1.875in" id="Grafik_x0020_1" src="cid:qr-authapp@01DC4C2A.3F1B2E60" alt="QR-Code Microsoft Authenticator"><o:p></o:p></p>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal"><b>Wie Sie echte IT-Mails erkennen:</b><o:p></o:p></p>')
    qrpng = docs.qr_png('https://aka.ms/authapp', scale=6)
    img = B.att(qrpng, 'image/png', 'image001.png', inline=True, cid='qr-authapp@01DC4C2A.3F1B2E60', style='outlook')
    rel = B.related([B.html(html, charset='utf-8', cte='quoted-printable'), img], B.boundary(m, 'exch', 5))
    plain = B.text(B.to_plain(txt, 'outlook'), charset='utf-8', cte='quoted-printable')
    m.body = B.alt(plain, rel, B.boundary(m, 'exch', 0))
    m.meta.update(
        what='Internal all-staff notice from IT security: switch to passkeys from 16.11., QR code to the official Authenticator download page, tips to spot fake IT mails',
        why='Genuine internal IT announcement via Exchange (DKIM example.com, internal relay): QR code only points to Microsoft\'s aka.ms download page, registration is done at the official portal from a company PC, no deadline threat, no lock-out, contact numbers internal.',
        hn=(['07-de-mfa-neuregistrierung-quishing-pdf'], 'MFA re-registration with a QR code',
            'internal route, QR leads to the official app download (aka.ms) not to a login, no personal code, explicitly warns against QR logins'),
        qr=['https://aka.ms/authapp'], qr_where='inline PNG (cid) in the HTML body', phones=['+49 203 60874-250'],
        delivery='Internal Exchange distribution list via mail-int01')
    return m.render(SY.exchange_internal, mbx='EXCH01', hub='EXCH01', has_attach=True, client_ip='10.20.1.88')


@message('business', '08-de-steuerberater-jahresabschluss-zip-passwort-sms')
def b08(m):
    m.when('2026-10-09 16:31:27', 'CET')
    m.frm = ('Claudia Vogel', 'c.vogel@brandt-vogel-stb.de')
    m.to = [S['cfo']]
    m.subject = 'Entwurf Jahresabschluss 2025 – Example Fördertechnik GmbH (verschlüsselt)'
    m.hcs, m.hmode = 'iso-8859-1', 'Q'
    m.msgid = SY.outlook_msgid(m, 'brandt-vogel-stb.de')
    txt = """Sehr geehrte Frau Hoffmann,

wie am Dienstag besprochen erhalten Sie anbei den Entwurf des Jahresabschlusses 2025 einschließlich Anhang und Lagebericht zur Durchsicht. Die Datei ist mit einem Kennwort geschützt; das Kennwort schicke ich Ihnen wie vereinbart gleich separat per SMS an Ihre Mobilnummer.

Offene Punkte aus unserer Sicht:
- Bewertung der Mietflotte (Restbuchwerte der Geräte älter als 6 Jahre)
- Rückstellung für Gewährleistung Batteriesysteme
- Bestätigung der Saldenbestätigungen von Vantrex und Lieferant GmbH

Für die Schlussbesprechung schlage ich Donnerstag, 22.10., 10:00 Uhr bei Ihnen in Duisburg vor.

Mit freundlichen Grüßen

Claudia Vogel
Steuerberaterin / Partnerin

Brandt & Vogel Steuerberater PartG mbB
Friedrich-Wilhelm-Straße 71 · 47051 Duisburg
Tel. +49 203 39377-20 · www.brandt-vogel-stb.de"""
    alt = outlook_alt(m, txt, charset='iso-8859-1', lang='DE', bstyle='outlook', idx=1, font='Arial', size='10.0pt')
    stb = dict(name='Brandt & Vogel Steuerberater PartG mbB', logo='BRANDT & VOGEL', sub='Steuerberater · Wirtschaftsprüfung',
               lines=['Friedrich-Wilhelm-Straße 71', '47051 Duisburg', 'Tel. +49 203 39377-0'])
    doc = docs.letter('de', stb, ['Example Fördertechnik GmbH', 'Am Blumenkampshof 12', '47059 Duisburg'], 'Duisburg, 09.10.2026',
                      'Jahresabschluss zum 31.12.2025 – ENTWURF (Stand 09.10.2026)',
                      ['Bilanzsumme: 38.412.906,17 EUR (Vorjahr 35.977.310,44 EUR)',
                       'Umsatzerlöse: 61.208.447,92 EUR (Vorjahr 57.845.102,15 EUR)',
                       'Jahresüberschuss: 2.184.330,08 EUR (Vorjahr 1.902.611,73 EUR)',
                       'Anlagevermögen: davon Mietflotte 14.906.218,00 EUR (412 Geräte)',
                       'Der Entwurf steht unter dem Vorbehalt der noch ausstehenden Unterlagen (siehe Begleitschreiben) und ist nicht zur Weitergabe bestimmt.'],
                      '', ['Brandt & Vogel Steuerberater PartG mbB'], creator='DATEV Jahresabschluss', producer='DATEV PDF-Druck',
                      created='20261009161544', color=(0.15, 0.2, 0.35))
    z = archive.build_zip([('Jahresabschluss_2025_Example_Foerdertechnik_ENTWURF.pdf', doc, (2026, 10, 9, 16, 18, 2))],
                          password='Rh3in#Ufer-2025', rng=m.rng, made_by=0x0014)
    m.body = B.mixed([alt, B.att(z, 'application/x-zip-compressed', 'Jahresabschluss_2025_Entwurf.zip', style='outlook')], B.boundary(m, 'outlook', 0))
    m.dmarc_override['brandt-vogel-stb.de'] = 'quarantine'
    m.meta.update(
        what='Tax adviser sends the draft 2025 annual accounts as an encrypted ZIP; the password goes separately by SMS',
        why='Genuine password-protected file: known adviser (IONOS, DKIM/DMARC pass), the password is NOT in the mail but sent out of band as agreed, the archive contains a real PDF, concrete follow-up items and meeting proposal.',
        hn=(['04-de-bewerbung-passwort-zip-lnk', '40-ru-akt-sverki-thread-hijack-zip'], 'password-protected ZIP attachment',
            'password delivered by another channel, archive holds a real PDF (no shortcuts), expected by the recipient'),
        zip_password='Rh3in#Ufer-2025', pw_where='not in the mail (sent by SMS, used here only to verify the archive)',
        phones=['+49 203 39377-20'], delivery='IONOS (mout.kundenserver.de), Outlook 365 desktop')
    return m.render(SY.nemesis, provider='ionos', webmail=False, client_ip='93.211.161.194', client_name='STB-WS07')
