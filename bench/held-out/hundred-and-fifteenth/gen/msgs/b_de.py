"""Business (genuine) messages, German (01-08)."""
from msgs import msg
from msgs.common import *  # noqa
from lib import qr as Q, ids, archive
from lib.mime import addr, hdr_text, ew, Leaf, Multi
from lib.msg import in_zone, d_std, d_pad, d_postfix, epoch, local
import company

LIEF_FOOT = [['Lieferant GmbH', 'Industriestraße 14, 30855 Langenhagen', 'Amtsgericht Hannover HRB 204117'],
             ['Geschäftsführer: Klaus Brandes', 'USt-IdNr. ' + ids.de_ustid('12738456'), 'Steuer-Nr. 25/206/41187'],
             ['Sparkasse Hannover', 'IBAN ' + ids.fmt_iban(company.LIEFERANT_IBAN), 'BIC SPKHDE2HXXX']]


def xrechnung_cii(inv_no, date, due, lines, net, vat, gross, iban, buyer_ref):
    items = []
    for i, (desc, qty, price, amount) in enumerate(lines, 1):
        items.append('''  <ram:IncludedSupplyChainTradeLineItem>
   <ram:AssociatedDocumentLineDocument><ram:LineID>%d</ram:LineID></ram:AssociatedDocumentLineDocument>
   <ram:SpecifiedTradeProduct><ram:Name>%s</ram:Name></ram:SpecifiedTradeProduct>
   <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>%s</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
   <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">%s</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
   <ram:SpecifiedLineTradeSettlement>
    <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
    <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>%s</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
   </ram:SpecifiedLineTradeSettlement>
  </ram:IncludedSupplyChainTradeLineItem>''' % (i, B.esc(desc), price, qty, amount))
    return ('''<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext>
  <ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>
  <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
 </rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument>
  <ram:ID>%s</ram:ID>
  <ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
%s
  <ram:ApplicableHeaderTradeAgreement>
   <ram:BuyerReference>%s</ram:BuyerReference>
   <ram:SellerTradeParty>
    <ram:Name>Lieferant GmbH</ram:Name>
    <ram:PostalTradeAddress><ram:PostcodeCode>30855</ram:PostcodeCode><ram:LineOne>Industriestraße 14</ram:LineOne><ram:CityName>Langenhagen</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
    <ram:URIUniversalCommunication><ram:URIID schemeID="EM">rechnungen@lieferant-gmbh.de</ram:URIID></ram:URIUniversalCommunication>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:SellerTradeParty>
   <ram:BuyerTradeParty>
    <ram:Name>Example Live Entertainment GmbH</ram:Name>
    <ram:PostalTradeAddress><ram:PostcodeCode>20457</ram:PostcodeCode><ram:LineOne>Am Sandtorkai 58</ram:LineOne><ram:CityName>Hamburg</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans>
    <ram:TypeCode>58</ram:TypeCode>
    <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
   </ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:ApplicableTradeTax><ram:CalculatedAmount>%s</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>%s</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradeAllowanceCharge>
    <ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator>
    <ram:ActualAmount>507.41</ram:ActualAmount><ram:Reason>Tourrabatt lt. Rahmenvertrag</ram:Reason>
    <ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:CategoryTradeTax>
   </ram:SpecifiedTradeAllowanceCharge>
   <ram:SpecifiedTradePaymentTerms><ram:Description>Zahlbar bis %s ohne Abzug</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>33046.40</ram:LineTotalAmount><ram:AllowanceTotalAmount>507.41</ram:AllowanceTotalAmount><ram:TaxBasisTotalAmount>%s</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">%s</ram:TaxTotalAmount><ram:GrandTotalAmount>%s</ram:GrandTotalAmount><ram:DuePayableAmount>%s</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
''' % (inv_no, date, '\n'.join(items), buyer_ref, ids.de_ustid('12738456'), company.ENTITIES[0]['ids'][0][1], iban,
       vat, net, due[6:] + '.' + due[4:6] + '.' + due[:4], due, net, vat, gross, gross))


@msg('business', '01', 'de', 'lieferant-rechnung-girocode-xrechnung')
def b01(m):
    when = local('DE', 2026, 11, 10, 6, 15, 2)
    inv = 'RE-2026-11204'
    iban = company.LIEFERANT_IBAN
    payload = epc_qr('SPKHDE2HXXX', 'Lieferant GmbH', iban, '38721.40', '%s Kd-Nr 40117' % inv)
    mat, _, _ = Q.encode(payload)
    m.qr_expect.append(payload)
    lines = [('Bühne 16 x 12 m inkl. Dach, Tourproduktion Winterleuchten (12 Shows)', '1', '14800.00', '14800.00'),
             ('Rigging-Paket Arena (24 Motoren, Traversen, Steuerung)', '12', '1115.00', '13380.00'),
             ('Rigger / Techniker, Personentage', '22', '221.20', '4866.40')]
    net, vat, gross = '32538.99', '6182.41', '38721.40'
    pdf = doc_pdf(m, 'Sage 100 Rechnungswesen 9.0 / PDFlib+PDI 10', when, 'Lieferant GmbH',
                  ['Bühnen-, Licht- & Riggingtechnik · Industriestraße 14 · 30855 Langenhagen · Tel. +49 511 7240 330'], (0, 84, 147),
                  ['Example Live Entertainment GmbH', 'Kreditorenbuchhaltung', 'Am Sandtorkai 58', '20457 Hamburg'],
                  [('Rechnungsnummer', inv), ('Rechnungsdatum', '09.11.2026'), ('Kundennummer', '40117'), ('Ihre Bestellung', 'EL-PO-2026-0388'),
                   ('Leistungszeitraum', '02.10.-31.10.2026')],
                  'Rechnung ' + inv,
                  ['Sehr geehrte Damen und Herren,', 'für die im Leistungszeitraum erbrachten Leistungen berechnen wir Ihnen:'],
                  table=(['Pos.', 'Bezeichnung', 'Menge', 'Einzelpreis', 'Gesamt EUR'], [30, 250, 45, 75, 83], ['l', 'l', 'r', 'r', 'r'],
                         [['1', lines[0][0], '1', '14.800,00', '14.800,00'], ['2', lines[1][0], '12', '1.115,00', '13.380,00'],
                          ['3', lines[2][0], '22', '221,20', '4.866,40']]),
                  totals=[('Summe netto', '33.046,40', False), ('abzgl. Tourrabatt lt. Rahmenvertrag', '-507,41', False), ('Nettobetrag', '32.538,99', False),
                          ('zzgl. 19 % USt', '6.182,41', False), ('Rechnungsbetrag', '38.721,40 EUR', True)],
                  after=['Zahlbar bis 09.12.2026 ohne Abzug auf unser Konto bei der Sparkasse Hannover, IBAN %s, BIC SPKHDE2HXXX. '
                         'Bitte geben Sie die Rechnungsnummer als Verwendungszweck an.' % ids.fmt_iban(iban),
                         'Mit dem GiroCode können Sie die Überweisung direkt in Ihrer Banking-App erfassen.'],
                  qr=(mat, payload), qr_caption=['GiroCode'], footer=LIEF_FOOT, doc_title=inv, author='Lieferant GmbH')
    xml = xrechnung_cii(inv, '20261109', '20261209', lines, net, vat, gross, iban, 'EL-PO-2026-0388')
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung %s vom 09.11.2026 über 38.721,40 EUR als PDF sowie als XRechnung (CII).

Bei Fragen zur Rechnung wenden Sie sich bitte an unsere Buchhaltung unter rechnungen@lieferant-gmbh.de oder +49 511 7240 335.

Mit freundlichen Grüßen
Ihre Buchhaltung

Lieferant GmbH
Industriestraße 14, 30855 Langenhagen
Amtsgericht Hannover HRB 204117 - Geschäftsführer: Klaus Brandes

Diese E-Mail wurde automatisch aus unserem Rechnungswesen versendet.""" % inv
    tp = B.text_part(text, 'plain', 'iso-8859-15', 'quoted-printable', quote=False)
    a1 = B.attachment(pdf, 'application/pdf', '%s.pdf' % inv, 'plain')
    a2 = B.attachment(xml.encode('utf-8'), 'application/xml', '%s_xrechnung.xml' % inv, 'plain', cte='base64')
    bnd = '----=_Part_%d_%d.%d' % (m.between(10000, 99999), m.between(10**8, 10**9), epoch(when) * 1000 + m.between(0, 999))
    body = Multi([('Content-Type', 'multipart/mixed; \n\tboundary="%s"' % bnd)], [tp, a1, a2], bnd)
    h = lieferant_relay(m, 'rechnungen@lieferant-gmbh.de', 'rechnungseingang@example.com', when, ('erp01.lieferant.local', '192.168.20.%d'), auth=False)
    h += [('Date', d_std(when)), ('From', 'Lieferant GmbH Buchhaltung <rechnungen@lieferant-gmbh.de>'),
          ('To', 'rechnungseingang@example.com'), ('Message-ID', '<%d.%d.%d.JavaMail.sage@erp01.lieferant.local>' % (
              m.between(100000, 999999), m.between(1, 99), epoch(when) * 1000 + m.between(0, 999))),
          ('Subject', 'Rechnung %s - Lieferant GmbH' % inv), ('MIME-Version', '1.0'), ('@MIME', None)]
    m.headers = h
    m.body = body
    m.facts['phone'] = ['+49 511 7240 335', '+49 511 7240 330']
    m.meta.update(
        what='Genuine supplier invoice from Lieferant GmbH\'s ERP (rechnungen@) to the AP inbox: PDF with EPC GiroCode (account on file, Sparkasse Hannover) plus XRechnung 3.0 CII XML.',
        why='Sent through Lieferant\'s own relay with aligned SPF/DKIM/DMARC; IBAN matches the master data; PO number and service period match the order; machine-generated by the ERP as every month.',
        hard_neg=dict(attacks=['02-de', '18-it', '22-pl'], topic='supplier invoice / payment details',
                      diff='Same invoice RE-2026-11204 as in the hijacked thread, but with the Sparkasse account on file, from the ERP address, no request to change bank details.'))


@msg('business', '02', 'de', 'lieferant-bankwechsel-ordnungsgemaess')
def b02(m):
    when = local('DE', 2026, 12, 1, 10, 42, 18)
    new_iban = ids.make_iban('DE', '25040066' + '0418227300')
    text = """Sehr geehrte Frau Weiß,

wie bereits im Jahresgespräch mit Herrn Schulz angekündigt, wechseln wir zum 1. Januar 2027 unsere Hausbank. Rechnungen mit Rechnungsdatum ab 01.01.2027 tragen dann die neue Bankverbindung bei der Commerzbank Hannover. Für alle Rechnungen aus 2026 bleibt die Sparkasse Hannover unverändert gültig.

Das unterschriebene Schreiben unserer Geschäftsführung liegt dieser Mail bei und geht Ihnen zusätzlich per Post zu.

Wichtig: Bitte ändern Sie Bankdaten bei uns nie allein aufgrund einer E-Mail. Verifizieren Sie die neue Verbindung bitte telefonisch über die Ihnen bekannte Zentrale (0511 7240 330) oder direkt bei mir. Wir werden Sie niemals per E-Mail bitten, offene Rechnungen kurzfristig auf ein anderes Konto zu überweisen.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management Touring & Festivals

Lieferant GmbH · Bühnen-, Licht- & Riggingtechnik
Industriestraße 14 · 30855 Langenhagen
Tel. +49 511 7240 3312 · Mobil +49 160 9418 2277
s.maier@lieferant-gmbh.de · www.lieferant-gmbh.de

[cid:image001.png@01DB43A7.5C2E8F10]"""
    letter = doc_pdf(m, 'Microsoft® Word 2021', local('DE', 2026, 11, 30, 16, 5, 0), 'Lieferant GmbH',
                     ['Bühnen-, Licht- & Riggingtechnik · Industriestraße 14 · 30855 Langenhagen'], (0, 84, 147),
                     ['Example Live Entertainment GmbH', 'Kreditorenbuchhaltung', 'Am Sandtorkai 58', '20457 Hamburg'],
                     [('Datum', '30.11.2026'), ('Kundennummer', '40117')],
                     'Wechsel unserer Bankverbindung zum 01.01.2027',
                     ['Sehr geehrte Damen und Herren,',
                      'zum 1. Januar 2027 stellen wir unseren Zahlungsverkehr auf die Commerzbank AG um. Für Rechnungen mit Rechnungsdatum ab '
                      '01.01.2027 gilt folgende Bankverbindung:',
                      'Commerzbank AG, Filiale Hannover\nIBAN: %s\nBIC: COBADEFFXXX' % ids.fmt_iban(new_iban),
                      'Für alle Rechnungen mit Rechnungsdatum bis 31.12.2026 gilt weiterhin unsere bisherige Verbindung bei der '
                      'Sparkasse Hannover (IBAN %s).' % ids.fmt_iban(company.LIEFERANT_IBAN),
                      'Bitte verifizieren Sie diese Änderung telefonisch über unsere Zentrale +49 511 7240 330. '
                      'Änderungen unserer Bankverbindung teilen wir ausschließlich schriftlich mit Vorlauf mit.',
                      'Mit freundlichen Grüßen'],
                     sign=['Lieferant GmbH', '', 'Klaus Brandes, Geschäftsführer          i. V. Sabine Oltmanns, Leitung Finanzen'],
                     footer=LIEF_FOOT, author='Sabine Oltmanns', doc_title='Wechsel Bankverbindung 2027')
    logo = logo_png(m, (0, 84, 147))
    img = B.attachment(logo, 'image/png', 'image001.png', 'outlook', cid='image001.png@01DB43A7.5C2E8F10', inline=True, when=when)
    att = B.attachment(letter, 'application/pdf', 'Lieferant_GmbH_Bankverbindung_ab_2027.pdf', 'outlook', when=when)
    body = outlook_mixed(m, text, 'iso-8859-1', 'DE', 'smtp', atts=[att], related=[img], font='Calibri',
                         sig_img_cid='image001.png@01DB43A7.5C2E8F10')
    h = lieferant_relay(m, 's.maier@lieferant-gmbh.de', ['monika.weiss@example.com', 'markus.schulz@example.com'], when)
    h += outlook_smtp_headers(m, ('Stefan Maier', 's.maier@lieferant-gmbh.de'), [S('Monika Weiß')],
                              'Wechsel unserer Bankverbindung zum 01.01.2027', when,
                              cc=[S('Markus Schulz'), ('Petra Lang', 'p.lang@lieferant-gmbh.de')])
    m.headers = h
    m.body = body
    m.facts['phone'] = ['+49 511 7240 330', '+49 511 7240 3312', '+49 160 9418 2277']
    m.meta.update(
        what='Genuine, properly announced bank change by Lieferant GmbH: new Commerzbank account only for invoices dated from 01.01.2027, signed letter also by post, explicit request to verify by phone via the known switchboard.',
        why='Sent by the known key-account manager through Lieferant\'s relay (Outlook, DKIM/DMARC pass), CC to procurement and his colleague, announced in advance in the annual review, old account stays valid for 2026 invoices, no urgency, invites call-back verification.',
        hard_neg=dict(attacks=['02-de', '10-en', '18-it', '22-pl', '39-ru'], topic='supplier bank-detail change',
                      diff='Long lead time, no open invoice redirected, call-back invited, same sender infrastructure as always, letter by post.'))


@msg('business', '03', 'de', 'ceo-dringende-freigabe-intern')
def b03(m):
    when = local('DE', 2026, 11, 20, 13, 58, 40)
    text = """Hallo Sabine,

kurze Bitte mit Dringlichkeit: Northbank braucht die Anzahlung für Mira Solvej (50 % = 182.500 GBP) bis Montag, sonst gibt die Agentur die Holds für Köln und Hamburg nicht frei und wir verlieren den Vorverkaufsstart am 1.12.

Die Rechnung NBA-INV-4468 ist heute Vormittag über accounts@northbankartists.co.uk bei James in London eingegangen, Vertrag ist gegengezeichnet und liegt im DMS unter Booking/2027/Mira Solvej. Daniel hat sachlich freigegeben. Bankverbindung ist das bekannte Barclays-Kundenkonto der Agentur – James hat es gegen die Stammdaten geprüft.

Kannst du die Zahlung heute noch im Vier-Augen-Prinzip mit Monika anstoßen? Wenn du Rückfragen hast, ruf mich gern an, ich bin bis 16 Uhr im Haus und danach auf dem Handy.

Danke dir!
Jürgen

--
Jürgen Hoffmann
Geschäftsführer
Example Live Entertainment GmbH
Am Sandtorkai 58 · 20457 Hamburg
T +49 40 8090 6600 · M +49 172 6104 880"""
    body = outlook_mixed(m, text, 'windows-1252', 'DE', 'exch', 'EXCH02', cte='quoted-printable')
    P.exchange_internal(m, S('Jürgen Hoffmann'), [S('Sabine Krüger')], 'Anzahlung Northbank / Mira Solvej – bitte heute freigeben', when, body,
                        cc=[S('Daniel Wagner'), S('Laura Fischer')], importance='high', subj_charset='utf-8', name_charset='iso-8859-1')
    m.facts['phone'] = ['+49 40 8090 6600', '+49 172 6104 880']
    m.meta.update(
        what='Genuine urgent internal request from the CEO to the CFO to release the artist deposit today, via the internal Exchange servers.',
        why='Arrives from mail-int01 out of EXCH02 (internal), references the contract in the DMS, the known Barclays account checked against master data, the booking head\'s approval and the four-eyes rule, CCs colleagues, invites a phone call.',
        hard_neg=dict(attacks=['01-de', '19-it'], topic='urgent payment request "from the CEO"',
                      diff='Internal Exchange route, no secrecy, normal approval path kept (four eyes, DMS), call-back offered, colleagues in CC.'))


@msg('business', '04', 'de', 'datev-neue-auswertungen')
def b04(m):
    when = local('DE', 2026, 11, 13, 15, 31, 7)
    text = """Guten Tag Frau Weiß,

Ihre Steuerberatungskanzlei Reimers & Partner Steuerberatungsgesellschaft mbB hat Ihnen in DATEV Unternehmen online neue Auswertungen bereitgestellt:

- Betriebswirtschaftliche Auswertung (BWA) Oktober 2026
- Summen- und Saldenliste Oktober 2026
- Offene-Posten-Liste Kreditoren zum 31.10.2026

Sie finden die Auswertungen in DATEV Unternehmen online unter "Auswertungen". Melden Sie sich dazu wie gewohnt mit DATEV SmartLogin oder Ihrem DATEV SmartCard-Zugang an.

DATEV Unternehmen online: https://duo.datev.de

Mit freundlichen Grüßen
Ihre DATEV eG

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese E-Mail.
DATEV eG, Paumgartnerstr. 6-14, 90429 Nürnberg, Registergericht Nürnberg GnR 70
Impressum und Datenschutz: https://www.datev.de/impressum"""
    tp = B.text_part(text, 'plain', 'UTF-8', 'quoted-printable', quote=False)
    html = brand_html('Neue Auswertungen bereitgestellt', text.split('\n\n')[:5], color='#009639', brand='DATEV Unternehmen online',
                      footer=['Mit freundlichen Grüßen\nIhre DATEV eG', text.split('\n\n')[-1]], charset='UTF-8')
    hp = B.html_part(html, 'UTF-8', 'quoted-printable', quote=False)
    bnd = '----=_Part_%d_%d.%d' % (m.between(100000, 999999), m.between(10**8, 10**9), epoch(when) * 1000 + m.between(0, 999))
    body = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % bnd)], [tp, hp], bnd)
    t1 = m.later(when, 1, 2)
    host = 'mout%d.datev.de' % m.between(1, 4)
    ip = '193.27.50.%d' % m.between(10, 60)
    m.connect(host, host, ip, 'noreply@datev.de', 'monika.weiss@example.com', m.later(t1, 1, 2))
    m.dmarc = ('pass', 'reject', 'datev.de')
    h = []
    h.append(('DKIM-Signature', m.dkim('datev.de', 'datev2025', 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', t=epoch(t1))))
    h.append(P.postfix_rcv(m, 'duo-notify%02d.datev.de' % m.between(1, 12), 'duo-notify%02d.datev.de' % m.between(1, 12), '10.64.%d.%d' % (m.between(1, 250), m.between(1, 250)),
                           host, t1, 'monika.weiss@example.com', proto='ESMTPS', tls='1.2'))
    h += [('Date', d_std(when)), ('From', 'DATEV Unternehmen online <noreply@datev.de>'), ('To', 'monika.weiss@example.com'),
          ('Message-ID', '<%d.%d.%d@duo-notify.datev.de>' % (m.between(10**6, 10**7), m.between(1, 99), epoch(when) * 1000)),
          ('Subject', hdr_text('Neue Auswertungen in DATEV Unternehmen online', 'UTF-8', 'Q')),
          ('MIME-Version', '1.0'), ('@MIME', None), ('Auto-Submitted', 'auto-generated')]
    m.headers = h
    m.body = body
    m.meta.update(
        what='Genuine DATEV Unternehmen online notification that the tax adviser published the October BWA and lists.',
        why='From datev.de with DKIM/DMARC pass through DATEV\'s own relay; no attachment, no QR code, only a pointer to the known portal duo.datev.de with "log in as usual"; expected monthly event.',
        hard_neg=dict(attacks=['03-de'], topic='DATEV portal notice', diff='Real DATEV domain, informational, no deadline, no QR or credential request.'))


@msg('business', '05', 'de', 'hansehalle-google-drive-freigabe')
def b05(m):
    when = local('DE', 2026, 11, 4, 11, 20, 44)
    folder = 'https://drive.google.com/drive/folders/1%s?usp=sharing_eil_m&ts=%s' % (m.b64url(24), m.hex(8))
    note = 'Hallo Jan, hier wie besprochen Hallenplan, Hängepunkte und Rettungswegeplan für die Mira-Solvej-Shows am 14./15.03.2027. Die Statik für die Zusatzpunkte kommt nächste Woche. Gruß Kerstin'
    text = """Kerstin Albers hat einen Ordner freigegeben

Kerstin Albers (k.albers@hansehalle.de) hat Sie eingeladen, am folgenden Ordner mitzuarbeiten:

%s

Hansehalle – Mira Solvej 14.+15.03.2027
%s

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Sie haben diese E-Mail erhalten, weil k.albers@hansehalle.de einen Ordner in Google Drive für Sie freigegeben hat.""" % (note, folder)
    html = ('<!doctype html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="margin:0;padding:0;background:#ffffff"><table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">'
            '<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="font-family:Google Sans,Roboto,Arial,sans-serif">'
            '<tr><td style="padding:24px 0 8px 0;font-size:22px;color:#202124">Kerstin Albers hat einen Ordner freigegeben</td></tr>'
            '<tr><td style="font-size:14px;color:#3c4043;padding:8px 0">Kerstin Albers (<a href="mailto:k.albers@hansehalle.de">k.albers@hansehalle.de</a>) hat Sie eingeladen, am folgenden Ordner mitzuarbeiten:</td></tr>'
            '<tr><td style="font-size:14px;color:#3c4043;background:#f1f3f4;border-radius:8px;padding:12px 16px">' + B.esc(note) + '</td></tr>'
            '<tr><td style="padding:16px 0"><a href="' + B.esc(folder) + '" style="display:inline-block;border:1px solid #dadce0;border-radius:8px;padding:10px 16px;color:#3c4043;text-decoration:none;font-size:14px">&#128193; Hansehalle – Mira Solvej 14.+15.03.2027</a></td></tr>'
            '<tr><td style="padding:8px 0"><a href="' + B.esc(folder) + '" style="background:#0b57d0;color:#ffffff;border-radius:18px;padding:10px 24px;text-decoration:none;font-size:14px;display:inline-block">Öffnen</a></td></tr>'
            '<tr><td style="font-size:12px;color:#5f6368;padding:24px 0">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Sie haben diese E-Mail erhalten, weil k.albers@hansehalle.de einen Ordner in Google Drive für Sie freigegeben hat.</td></tr>'
            '</table></td></tr></table></body></html>\n')
    b1 = P.gmail_boundary(m)
    body = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % b1)],
                 [B.text_part(text, 'plain', 'UTF-8', 'quoted-printable'), B.html_part(html, 'UTF-8', 'quoted-printable')], b1)
    n = m.between(60, 80)
    host = 'mail-sor-f%d.google.com' % n
    ip = '209.85.220.%d' % n
    t0 = in_zone(when, 'USP')
    m.connect(host, host, ip, '3%s@doclist.bounces.google.com' % m.alnum(30), 'jan.petersen@example.com', m.later(when, 1, 3))
    m.dmarc = ('pass', 'reject', 'google.com')
    h = []
    h.append(('Received', 'by %s with SMTP id %s\n        for <jan.petersen@example.com>\n        (Google Transport Security);\n        %s' % (
        host, '%s-%s.%d' % (m.hex(13), m.hex(14), m.between(0, 9)), d_paren(t0))))
    h.append(('DKIM-Signature', m.dkim('google.com', '20230601', 'reply-to:message-id:date:subject:from:to:mime-version:from:to:cc\n         :subject:date:message-id:reply-to', t=epoch(when), x=epoch(when) + 604800, style='google', extra=' darn=example.com;')))
    h.append(('X-Google-Smtp-Source', 'AGHT+I' + m.b64url(66)))
    h.append(('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (m.hex(4), m.hex(4), m.hex(3), m.hex(3), m.hex(3), m.hex(14), d_paren(t0))))
    h.append(('MIME-Version', '1.0'))
    h.append(('Reply-To', 'Kerstin Albers <k.albers@hansehalle.de>'))
    h.append(('X-No-Auto-Attachment', '1'))
    h.append(('Message-ID', '<%s@google.com>' % m.b64url(36)))
    h.append(('Date', d_std(in_zone(when, 'UTC'))))
    h.append(('Subject', hdr_text('Ordner für Sie freigegeben: "Hansehalle – Mira Solvej 14.+15.03.2027"', 'UTF-8', 'Q')))
    h.append(('From', hdr_text('Kerstin Albers (über Google Drive)', 'UTF-8', 'Q') + ' <drive-shares-dm-noreply@google.com>'))
    h.append(('To', 'jan.petersen@example.com'))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Genuine Google Drive folder share from the venue contact: hall plan, rigging points and escape-route plan for the March shows.',
        why='Real Google notification (drive-shares-dm-noreply@google.com, DKIM google.com), Reply-To the known contact, specific note that matches the ongoing production, link only to drive.google.com, addressed directly to the production manager.',
        hard_neg=dict(attacks=['05-de', '34-el'], topic='document share from the venue', diff='Platform-generated share to the named recipient with project-specific context; the attack was a self-addressed Bcc blast with a Canva link.'))


@msg('business', '06', 'de', 'nordhafenbank-postfach-hinweis')
def b06(m):
    when = local('DE', 2026, 11, 2, 7, 3, 12)
    text = """Sehr geehrte Frau Krüger,

in Ihrem elektronischen Postfach in NordhafenBusiness steht ein neues Dokument für Sie bereit:

Dokument: Kontoauszug Oktober 2026 (Geschäftskonto ...4400)
Eingestellt am: 02.11.2026

Bitte melden Sie sich wie gewohnt in NordhafenBusiness an, um das Dokument abzurufen. Aus Sicherheitsgründen enthält diese E-Mail weder Anhänge noch Links zur Anmeldung.

Wir werden Sie niemals per E-Mail oder Telefon nach Ihrer PIN, TANs oder Freigabecodes fragen.

Mit freundlichen Grüßen
Ihre Nordhafen Bank AG

Nordhafen Bank AG · Ballindamm 40 · 20095 Hamburg · www.nordhafenbank.de
Vorstand: Dr. Carsten Ehlers (Vorsitzender), Britta Sommer · Amtsgericht Hamburg HRB 61274"""
    tp = B.text_part(text, 'plain', 'iso-8859-15', 'quoted-printable')
    html = brand_html('Neues Dokument in Ihrem Postfach', text.split('\n\n')[:5], color='#0b3d6e', brand='Nordhafen Bank · NordhafenBusiness',
                      footer=['Mit freundlichen Grüßen\nIhre Nordhafen Bank AG', text.split('\n\n')[-1]], charset='iso-8859-15')
    hp = B.html_part(html, 'iso-8859-15', 'quoted-printable')
    bnd = '----=_Part_%d_%d.%d' % (m.between(100000, 999999), m.between(10**8, 10**9), epoch(when) * 1000 + m.between(0, 999))
    body = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % bnd)], [tp, hp], bnd)
    t1 = m.later(when, 1, 3)
    m.connect('mailout2.nordhafenbank.de', 'mailout2.nordhafenbank.de', '198.51.100.40', 'bounce@mailing.nordhafenbank.de',
              'sabine.krueger@example.com', m.later(t1, 1, 2))
    m.dmarc = ('pass', 'reject', 'nordhafenbank.de')
    h = []
    h.append(('DKIM-Signature', m.dkim('nordhafenbank.de', 'nh2026', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=epoch(t1))))
    h.append(P.postfix_rcv(m, 'nbk-notify01.intern.nordhafenbank.de', 'nbk-notify01.intern.nordhafenbank.de', '10.41.8.21',
                           'mailout2.nordhafenbank.de', t1, 'sabine.krueger@example.com', tls='1.2'))
    h += [('Date', d_std(when)), ('From', 'NordhafenBusiness <service@nordhafenbank.de>'), ('To', addr('Sabine Krüger', 'sabine.krueger@example.com', 'iso-8859-15', 'Q')),
          ('Message-ID', '<%d.%d.%d.JavaMail.notify@nbk-notify01>' % (m.between(10**5, 10**6), m.between(10, 99), epoch(when) * 1000)),
          ('Subject', 'Neues Dokument in Ihrem NordhafenBusiness-Postfach'), ('MIME-Version', '1.0'), ('@MIME', None)]
    m.headers = h
    m.meta.update(
        what='Genuine house-bank notification: a new account statement is waiting in the NordhafenBusiness electronic mailbox.',
        why='From nordhafenbank.de via the bank\'s own MTA with DKIM/DMARC (p=reject) pass; no link, no attachment, "log in as usual", explicit warning that the bank never asks for PIN/TAN.',
        hard_neg=dict(attacks=['06-de', '24-pl', '33-el', '40-ru'], topic='business-banking notice', diff='No link or attachment, no deadline, matches the monthly statement cycle.'))
    m.body = body


@msg('business', '07', 'de', 'kollege-privatmail-gmx-rider')
def b07(m):
    when = local('DE', 2026, 10, 17, 9, 44, 31)
    rider = doc_pdf(m, 'Pages / macOS Version 15.1 (Quartz PDFContext)', local('DE', 2026, 10, 16, 22, 10, 0), 'MIRA SOLVEJ – EU ARENA TOUR 2027',
                    ['Technical Rider v3.2 · Production contact: tour@northbankartists.co.uk'], (20, 20, 20),
                    ['Promoter: Example Live Entertainment GmbH', 'Production: Jan Petersen'],
                    [('Version', '3.2'), ('Stand', '16.10.2026')],
                    'Stage & Rigging Summary',
                    ['Stage: 18 m x 14 m, deck height 1.8 m, B-stage at FOH with runway (see plot).',
                     'Rigging: 38 points, max. 1.2 t per point, total 31 t; upstage video wall 16 x 8 m (2.6 mm).',
                     'Power: 2 x 400 A CEE for lighting/video, 1 x 125 A isolated for audio, generator backup required for open-air dates.',
                     'Load-in: 4 x 40 ft trucks, 06:00 call, 14 local crew + 4 riggers; load-out 2 h after show end.'],
                    footer=[['Northbank Artists Ltd – Mira Solvej Production'], ['Confidential – for promoter use only']],
                    doc_title='Mira Solvej Technical Rider v3.2')
    text = """Moin Markus,

mein Firmenlaptop ist seit gestern Abend im Update-Loop, Thomas schaut sich das Montag an. Deshalb kurz von privat.

Anbei der aktuelle Technical Rider v3.2 für Mira Solvej. Wichtig für die Anfrage bei Lieferant: 38 Hängepunkte statt 32, max. 1,2 t pro Punkt, und wir brauchen für Köln zusätzlich ein Generator-Backup. Kannst du das bitte in die Angebotsanfrage an Stefan Maier übernehmen? Angebot bitte wie immer an die Firmenadresse.

Ich bin Montag wieder normal erreichbar.

Gruß
Jan

Von meinem iPhone gesendet"""
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable')
    att = B.attachment(rider, 'application/pdf', 'Mira_Solvej_Tech_Rider_v3.2.pdf', 'apple')
    bnd = 'Apple-Mail-%s' % m.guid(upper=True)
    body = Multi([('Content-Type', 'multipart/mixed; boundary=%s' % bnd)], [tp, att], bnd)
    t1 = m.later(when, 1, 2)
    ip = '212.227.17.%d' % m.pick([20, 21, 22])
    m.connect('mout.gmx.net', 'mout.gmx.net', ip, 'jan.petersen.hh@gmx.de', 'markus.schulz@example.com', m.later(t1, 0, 2))
    m.dmarc = ('pass', 'none', 'gmx.de')
    h = []
    h.append(('DKIM-Signature', m.dkim('gmx.de', 's31663417', 'X-UI-Sender-Class:From:Content-Type:Mime-Version:Subject:Date:Message-Id:To:cc:content-transfer-encoding:content-type:date:from:message-id:mime-version:reply-to:subject:to', t=epoch(t1), i='jan.petersen.hh@gmx.de')))
    h.append(('X-UI-Sender-Class', '01bb95c1-4bf8-414a-932a-4f6e2808ef9c'))
    h.append(('Received', 'from smtpclient.apple ([91.64.%d.%d]) by mail.gmx.net (mrgmx%03d\n [212.227.17.%d]) with ESMTPSA (Nemesis) id\n %s-%s-%s; %s' % (
        m.between(1, 250), m.between(1, 250), m.between(1, 120), m.between(160, 190), '1M' + m.alnum(6), '1t' + m.alnum(9), '00' + m.alnum(4), d_std(t1))))
    h.append(('From', 'Jan Petersen <jan.petersen.hh@gmx.de>'))
    h.append(('@MIME', None))
    h.append(('Mime-Version', '1.0 (1.0)'))
    h.append(('Subject', 'Rider Mira Solvej v3.2 / Anfrage Lieferant'))
    h.append(('Date', d_std(when)))
    h.append(('Message-Id', '<%s@gmx.de>' % m.guid(upper=True)))
    h.append(('Cc', 'Jan Petersen <jan.petersen@example.com>'))
    h.append(('To', 'Markus Schulz <markus.schulz@example.com>'))
    h.append(('X-Mailer', 'iPhone Mail (22B91)'))
    h.append(('X-Provags-ID', 'V03:K1:' + m.b64(60)))
    h.append(('UI-OutboundReport', 'notjunk:1;M01:P0:' + m.b64(40)))
    m.headers = h
    m.rcpts = ['markus.schulz@example.com', 'jan.petersen@example.com']
    m.body = body
    m.meta.update(
        what='Genuine mail from a colleague\'s private GMX account (work laptop broken): production manager sends the updated technical rider to procurement.',
        why='Same private address the HR file has for him, CC to his own company mailbox, concrete production details, asks for nothing sensitive (no payment, no bank data, no credentials), reply expected to company address.',
        hard_neg=dict(attacks=['07-de', '19-it'], topic='colleague writing from a private mailbox', diff='Work content only, CC to his company address, no money or bank-data request.'))


@msg('business', '08', 'de', 'steuerberater-passwort-zip-lohnjournal')
def b08(m):
    when = local('DE', 2026, 12, 4, 14, 12, 9)
    pw = 'Hb7#Elbe-2611'
    xlsx = archive.make_xlsx([('Lohnjournal 11-2026', [['Pers.-Nr.', 'Kostenstelle', 'Brutto', 'Steuer', 'SV AN', 'Netto'],
                                                        [1004, 'HH-100', 6850.0, 1412.33, 1380.45, 4057.22],
                                                        [1017, 'HH-210', 4120.0, 612.5, 838.42, 2669.08],
                                                        [1023, 'HH-310', 3980.0, 571.08, 809.93, 2598.99],
                                                        ['Summe (Auszug)', None, 14950.0, 2595.91, 3028.8, 9325.29]])],
                             'Lohnjournal November 2026', 'Reimers & Partner', (2026, 12, 4, 13, 40, 0))
    pdf = doc_pdf(m, 'DATEV Lohn und Gehalt', local('DE', 2026, 12, 4, 13, 35, 0), 'Reimers & Partner Steuerberatungsgesellschaft mbB',
                  ['Lohnbüro · Ballindamm 7 · 20095 Hamburg'], (60, 60, 60),
                  ['Example Live Entertainment GmbH', 'Personalabteilung', 'Am Sandtorkai 58', '20457 Hamburg'],
                  [('Abrechnungsmonat', '11/2026'), ('Mandant', '41872/1200')],
                  'Zahlungsliste Nettobezüge November 2026',
                  ['Die Nettobezüge für 23 Beschäftigte (Hamburg) wurden abgerechnet. Die SEPA-Datei wurde wie vereinbart an '
                   'NordhafenBusiness übergeben und wartet auf Ihre Freigabe.'],
                  footer=[['Reimers & Partner Steuerberatungsgesellschaft mbB', 'Ballindamm 7, 20095 Hamburg']], doc_title='Zahlungsliste 11/2026')
    zipb = archive.make_zip_encrypted([('Lohn_11-2026/Lohnjournal_11-2026.xlsx', xlsx, (2026, 12, 4, 13, 40, 0)),
                                       ('Lohn_11-2026/Zahlungsliste_Nettobezuege_11-2026.pdf', pdf, (2026, 12, 4, 13, 36, 0))], pw, m.rng)
    text = """Hallo Frau Schäfer,

anbei wie besprochen das Lohnjournal und die Zahlungsliste für November 2026. Die SEPA-Datei liegt zur Freigabe in NordhafenBusiness.

Das Archiv ist verschlüsselt. Das Kennwort sende ich Ihnen wie immer separat per SMS auf Ihr Diensthandy.

Bitte prüfen Sie insbesondere die Korrektur der Reisekostenpauschale bei Pers.-Nr. 1017 (Nachberechnung Oktober).

Mit freundlichen Grüßen

Birte Jansen
Lohnbuchhaltung

Reimers & Partner Steuerberatungsgesellschaft mbB
Ballindamm 7 · 20095 Hamburg
Tel. +49 40 3098 2214 · b.jansen@reimers-partner.de
www.reimers-partner.de"""
    att = B.attachment(zipb, 'application/x-zip-compressed', 'Lohn_11-2026_Example_Live.zip', 'outlook', when=when)
    body = outlook_mixed(m, text, 'iso-8859-1', 'DE', 'm365', 'FR2P281MB', atts=[att])
    P.m365(m, ('Birte Jansen', 'b.jansen@reimers-partner.de'), [S('Anja Schäfer')], 'Lohnunterlagen November 2026', when, body,
           dkim_domain='reimers-partner.de', dmarc=('pass', 'quarantine'), lang='de-DE', region='DEUP281', prefix=('FR2P281MB', 'BE1P281MB'),
           has_attach=True, subj_charset='iso-8859-1', subj_enc='Q', name_charset='iso-8859-1')
    m.meta['passwords'] = [pw]
    m.facts['phone'] = ['+49 40 3098 2214']
    m.meta.update(
        what='Genuine encrypted ZIP from the payroll bureau (tax adviser) with the November payroll journal (XLSX) and net-pay list (PDF); password sent separately by SMS as agreed.',
        why='Known adviser\'s Microsoft 365 tenant (DKIM/DMARC pass), password NOT in the mail (out-of-band), archive contains only XLSX/PDF, content matches the monthly payroll cycle.',
        hard_neg=dict(attacks=['08-de', '37-ru'], topic='password-protected archive', diff='Password by a second channel, harmless document types inside, expected monthly process.'))
