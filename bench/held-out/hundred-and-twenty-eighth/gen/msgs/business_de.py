"""Genuine business mail, German (01-08)."""
from msgs import msg
from msgs.common import *  # noqa
from msgs.docs import lieferant_invoice, lieferant_letter
from lib import mta, mime, ids
from lib.mime import local
from lib.company import LIEF, ENT, S, P


def xrechnung_cii(number, date_iso, due_iso, order, items, iban, bic, net, vat, gross):
    lines = []
    for pos, desc, q, p, unit in items:
        lines.append('''  <ram:IncludedSupplyChainTradeLineItem>
   <ram:AssociatedDocumentLineDocument><ram:LineID>%s</ram:LineID></ram:AssociatedDocumentLineDocument>
   <ram:SpecifiedTradeProduct><ram:Name>%s</ram:Name></ram:SpecifiedTradeProduct>
   <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>%.2f</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
   <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="%s">%.3f</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
   <ram:SpecifiedLineTradeSettlement>
    <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>
    <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>%.2f</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
   </ram:SpecifiedLineTradeSettlement>
  </ram:IncludedSupplyChainTradeLineItem>''' % (pos, desc.split('\n')[0].replace('&', '&amp;'), p, {'t': 'TNE', 'Stk': 'H87'}.get(unit, 'H87'), q, q * p))
    return ('''<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext>
  <ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>
  <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
 </rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument>
  <ram:ID>%s</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
%s
  <ram:ApplicableHeaderTradeAgreement>
   <ram:BuyerReference>10472</ram:BuyerReference>
   <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name>
    <ram:PostalTradeAddress><ram:PostcodeCode>30179</ram:PostcodeCode><ram:LineOne>Industrieweg 12</ram:LineOne><ram:CityName>Hannover</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
    <ram:URIUniversalCommunication><ram:URIID schemeID="EM">rechnungen@lieferant-gmbh.de</ram:URIID></ram:URIUniversalCommunication>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Example Group GmbH</ram:Name>
    <ram:PostalTradeAddress><ram:PostcodeCode>34125</ram:PostcodeCode><ram:LineOne>Hafenstraße 64</ram:LineOne><ram:CityName>Kassel</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:BuyerTradeParty>
   <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>%s</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
    <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
    <ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>%s</ram:BICID></ram:PayeeSpecifiedCreditorFinancialInstitution>
   </ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:ApplicableTradeTax><ram:CalculatedAmount>%.2f</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>%.2f</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradePaymentTerms><ram:Description>30 Tage netto</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>%.2f</ram:LineTotalAmount><ram:TaxBasisTotalAmount>%.2f</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">%.2f</ram:TaxTotalAmount><ram:GrandTotalAmount>%.2f</ram:GrandTotalAmount><ram:DuePayableAmount>%.2f</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
''' % (number, date_iso, '\n'.join(lines), LIEF['vat'], ENT['DE']['vat'], order, iban, bic, vat, net, due_iso, net, net, vat, gross, gross)).encode('utf-8')


def lief_postfix(m, client, **kw):
    return mta.PostfixOrg(m, relay=LIEF['relay'], ip=LIEF['ip'], client=client, dkim=('lieferant-gmbh.de', 'mail2025'),
                          auth_user=kw.pop('auth_user', m.frm[1]), client_helo=kw.pop('client_helo', '[192.168.20.%d]' % m.rng.randint(20, 90)),
                          client_ip=kw.pop('client_ip', '192.168.20.%d' % m.rng.randint(20, 90)), **kw)


@msg('business', 1, 'de', 'lieferant-rechnung-xrechnung')
def b01(m):
    m.t = local('CET', 2026, 11, 12, 6, 15, 3)
    m.frm = LIEF['buha']
    m.to = [P('krueger')]
    m.subject = 'Rechnung RE-2026-04711 der Lieferant GmbH (Kd.-Nr. 10472)'
    sysp = lief_postfix(m, 'java', auth_user='rechnungen@lieferant-gmbh.de', client_helo='pa-app01.lieferant.local', client_ip='192.168.20.15',
                        mua='proALPHA Mail 8.2', msgid_host='pa-app01.lieferant.local')
    items = [('1', 'Spurennährstoff-Premix ZnMnB (Zn 10 %, Mn 8 %, B 2 %)\nBig Bag à 1.000 kg', 12, 1284.00, 't'),
             ('2', 'FIBC Big Bag 90x90x150 cm, Einlaufstutzen/Auslauf, bedruckt', 1000, 7.85, 'Stk'),
             ('3', 'Frachtkostenanteil Hannover – Kassel', 1, 385.00, 'Stk')]
    pdf, gross = lieferant_invoice(m, 'RE-2026-04711', '12.11.2026', '4500018411', items, LIEF['iban'], LIEF['bic'], LIEF['bank'],
                                   delivery='LS-2026-12094', created=pdf_date(local('CET', 2026, 11, 12, 6, 14, 58)))
    net = round(sum(i[2] * i[3] for i in items), 2)
    vat = round(net * 0.19, 2)
    xml = xrechnung_cii('RE-2026-04711', '20261112', '20261212', '4500018411', items, LIEF['iban'], LIEF['bic'], net, vat, gross)
    body = ('Sehr geehrte Damen und Herren,\n\n'
            'anbei erhalten Sie unsere Rechnung RE-2026-04711 vom 12.11.2026 zu Ihrer Bestellung 4500018411 als PDF sowie als '
            'elektronische Rechnung im Format XRechnung 3.0 (CII).\n\n'
            'Rechnungsbetrag: %s EUR, fällig am 12.12.2026.\n\n'
            'Bitte richten Sie Rückfragen zur Rechnung an unsere Buchhaltung unter 0511 6740-250 oder rechnungen@lieferant-gmbh.de.\n\n'
            'Diese E-Mail wurde automatisch erstellt.\n\n'
            'Mit freundlichen Grüßen\nLieferant GmbH – Buchhaltung\n\n'
            'Lieferant GmbH · Industrieweg 12 · 30179 Hannover · %s · USt-IdNr. %s' % (eur(gross), LIEF['reg'], LIEF['vat']))
    root = mixed(m, [plain(body, 'iso-8859-15', 'quoted-printable'),
                     att(pdf, 'application/pdf', 'RE-2026-04711.pdf', style='generic'),
                     att(xml, 'application/xml', 'RE-2026-04711_xrechnung.xml', style='generic')])
    sysp.finish(root)
    m.describe('Supplier invoice from the ERP: PDF with GiroCode plus XRechnung 3.0 (CII) XML for order 4500018411 (trace-element '
               'premix, big bags).',
               'From Lieferant\'s own relay 203.0.113.25 (SPF/DKIM pass) and the usual invoice address; the bank account in text, XML and '
               'GiroCode is the known Sparkasse account; matches a real order; nothing to click.',
               phones=['0511 6740-250'],
               hard=([2, 6], 'Supplier invoice / e-invoice', 'Genuine invoice: same IBAN everywhere (text, XML, QR), ERP sender, XML '
                                                                'e-invoice; the attacks use an edited PDF with a foreign IBAN (and stale QR) or an HTML "viewer".'))


@msg('business', 2, 'de', 'lieferant-bankwechsel-angekuendigt')
def b02(m):
    m.t = local('CET', 2026, 11, 25, 14, 3, 26)
    m.frm = LIEF['lang_']
    m.to = [P('krueger')]
    m.cc = [LIEF['maier'], P('zimmermann')]
    m.subject = 'Ankündigung: neue Bankverbindung der Lieferant GmbH ab 01.01.2027'
    sysp = lief_postfix(m, 'outlook', lang='de')
    paras = ['Sehr geehrte Frau Krüger,',
             'wie Herr Maier bei unserem Termin am 18.11. in Kassel bereits angekündigt hat, stellen wir unseren Zahlungsverkehr zum '
             'Jahreswechsel auf die Deutsche Bank um. Bis einschließlich 31.12.2026 gilt unverändert unsere bisherige Verbindung bei der '
             'Sparkasse Hannover – bitte zahlen Sie alle Rechnungen aus 2026 noch dorthin.',
             'Ab dem 01.01.2027 lautet unsere Bankverbindung:\nDeutsche Bank AG, Filiale Hannover\nIBAN %s\nBIC %s' % (ids.fmt_iban(LIEF['iban_new']), LIEF['bic_new']),
             'Das von unserer Geschäftsführung unterschriebene Schreiben finden Sie im Anhang; das Original haben wir Ihnen heute zusätzlich '
             'per Post geschickt. Auf allen Rechnungen ab Januar wird die neue Verbindung ausgewiesen.',
             'Bitte ändern Sie Ihre Stammdaten nicht allein aufgrund dieser E-Mail. Rufen Sie mich zur Bestätigung gern unter meiner '
             'bekannten Durchwahl 0511 6740-232 an, oder Herrn Maier unter 0511 6740-214.',
             'Vielen Dank und freundliche Grüße']
    sig = ('Petra Lang\nAuftragsabwicklung / Debitorenmanagement\n\nLieferant GmbH\nIndustrieweg 12 · 30179 Hannover\nTel. +49 511 6740-232 · '
           'Fax +49 511 6740-299\np.lang@lieferant-gmbh.de · www.lieferant-gmbh.de\n\nSitz Hannover · HRB 203817, Amtsgericht Hannover · '
           'Geschäftsführer: Dipl.-Kfm. Werner Lieferant, Stefan Maier')
    plain_t, html_t = styles.outlook('de', paras, sig, charset='iso-8859-1')
    letter = lieferant_letter(m, '24.11.2026', ('Example Group GmbH', 'Kreditorenbuchhaltung', 'Hafenstraße 64', '34125 Kassel'),
                              'Neue Bankverbindung ab 01.01.2027',
                              ['Sehr geehrte Damen und Herren,',
                               'zum 01.01.2027 führen wir unseren Zahlungsverkehr über die Deutsche Bank AG. Für Zahlungen ab diesem '
                               'Datum bitten wir Sie, folgende Verbindung zu verwenden:',
                               'Deutsche Bank AG, Filiale Hannover\nIBAN: %s\nBIC: %s' % (ids.fmt_iban(LIEF['iban_new']), LIEF['bic_new']),
                               'Für Rechnungen mit Rechnungsdatum bis 31.12.2026 gilt weiterhin unsere Verbindung bei der Sparkasse Hannover '
                               '(IBAN %s). Das Konto bleibt bis Ende März 2027 bestehen, Zahlungen dorthin werden selbstverständlich weiter '
                               'zugeordnet.' % ids.fmt_iban(LIEF['iban']),
                               'Für Rückfragen stehen Ihnen Frau Lang (0511 6740-232) und Herr Maier (0511 6740-214) gern zur Verfügung.'],
                              ['Mit freundlichen Grüßen', '', 'Lieferant GmbH', '', 'Werner Lieferant          Stefan Maier', 'Geschäftsführer              Geschäftsführer'],
                              created=pdf_date(local('CET', 2026, 11, 24, 11, 20, 0)), author='Petra Lang')
    root = mixed(m, [alt(m, plain_t, html_t, charset='iso-8859-1', cte='quoted-printable'),
                     att(letter, 'application/pdf', 'Lieferant_GmbH_neue_Bankverbindung_2027.pdf', style='outlook',
                         date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('Genuine bank-detail change done properly: the supplier announces a new Deutsche Bank account from 1 Jan 2027 with five '
               'weeks\' notice, letter signed by both managing directors, original by post, explicit request to verify by phone.',
               'Known sender on the real domain and relay (SPF/DKIM pass, Outlook as always), managing director in Cc, the old account stays '
               'valid for 2026 items, no urgency, no request to pay open invoices elsewhere, verification invited.',
               phones=['0511 6740-232', '0511 6740-214'],
               hard=([1, 22], 'Change of supplier bank details', 'Same topic and tone; the genuine change comes from the real domain with '
                                                                   'lead time, keeps the old account valid, asks for call-back verification; '
                                                                   'the attacks use look-alike domains, "effective immediately" and open invoices.'))


@msg('business', 3, 'de', 'ceo-dringend-anzahlung-intern')
def b03(m):
    m.t = local('CET', 2026, 11, 5, 8, 2, 44)
    m.frm = P('hoffmann')
    m.to = [P('becker')]
    m.cc = [P('koehler'), P('weiss')]
    m.subject = 'Dringend: Anzahlung MOP Januar – Freigabe heute'
    sysp = mta.ExchangeInternal(m, server='EXCH01', lang='de-DE', client_ip='10.20.14.41')
    m.extra = [('X-Priority', '1'), ('Importance', 'high')]
    paras = ['Claudia,',
             'Nordkali hat uns die 20.000 t MOP granular für Januar zugesagt, allerdings nur, wenn die Anzahlung von 15 % bis Freitag '
             'bei ihnen eingeht. Markus hat Kontrakt und Proforma gestern Abend im Einkaufs-SharePoint abgelegt (Einkauf > Kontrakte 2027 > Nordkali).',
             'Bitte prüft das heute noch mit Heike im normalen Vier-Augen-Verfahren und gebt die Zahlung im Banking frei. Die Bankverbindung '
             'bitte wie immer gegen den Lieferantenstammsatz prüfen – Nordkali ist seit 2019 bei uns angelegt, da hat sich nichts geändert.',
             'Ich sitze ab 14 Uhr im Flieger nach Oslo, bis dahin bin ich im Büro bzw. mobil erreichbar; Anja kann mich notfalls aus dem Termin holen.',
             'Danke dir!']
    sig = 'Matthias\n\nDr. Matthias Hoffmann\nGeschäftsführer\nExample Group GmbH · Hafenstraße 64 · 34125 Kassel\nTel. +49 561 9082-100'
    plain_t, html_t = styles.outlook('de', paras, sig, charset='iso-8859-1')
    root = alt(m, plain_t, html_t, charset='iso-8859-1', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Genuine urgent request from the CEO: release of a 15 % prepayment for a January potash cargo today.',
               'Internal Exchange mail via mail-int01 from the CEO\'s real mailbox, purchasing in Cc, refers to the normal four-eyes '
               'release and to checking the bank details against the master record, offers to be reachable by phone.',
               phones=['+49 561 9082-100'],
               hard=([3, 20], 'Urgent payment request "from the CEO"', 'Genuine: internal route, colleagues in Cc, normal controls '
                                                                       'explicitly kept; the frauds demand secrecy, bypass controls and '
                                                                       'refuse phone contact.'))


@msg('business', 4, 'de', 'elster-zertifikat-ablauf-hinweis')
def b04(m):
    m.t = local('CET', 2026, 11, 16, 3, 12, 9)
    m.frm = ('ELSTER - Ihr Online-Finanzamt', 'noreply@elster.de')
    m.to = [P('zimmermann')]
    m.subject = 'ELSTER: Ihr Zertifikat läuft in 60 Tagen ab'
    sysp = mta.Platform(m, host='mailout2.elster.de', ip='193.109.238.42', helo='mailout2.elster.de', dkim=[('elster.de', 'elster2024')],
                        mailfrom='noreply@elster.de', zone='CET', msgid_fmt='<{ms}.{d8}.JavaMail.elster@elster.de>',
                        order=['date', 'from', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'],
                        hops=['from elster-notify-02.elster.local (elster-notify-02.elster.local [10.191.24.12])\n\tby mailout2.elster.de (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date0c}'])
    body = ('Sehr geehrte Nutzerin, sehr geehrter Nutzer,\n\n'
            'das Zertifikat für das Benutzerkonto "Example Group GmbH" (Kontotyp: Organisationszertifikat, Benutzer-ID '
            'endet auf ...4417) läuft am 15.01.2027 ab.\n\n'
            'Sie können das Zertifikat ab sofort verlängern. Melden Sie sich dazu wie gewohnt mit Ihrer Zertifikatsdatei in Mein ELSTER '
            'an und wählen Sie im Menü "Mein Benutzerkonto" den Eintrag "Zertifikat verlängern". Nach Ablauf des Zertifikats ist eine '
            'Neuregistrierung erforderlich.\n\n'
            'Bitte beachten Sie: ELSTER fordert Sie niemals per E-Mail auf, Zugangsdaten, Passwörter oder Zertifikatsdateien über einen '
            'Link einzugeben. Rufen Sie Mein ELSTER immer direkt über die Ihnen bekannte Adresse auf.\n\n'
            'Mit freundlichen Grüßen\nIhr ELSTER-Team\n\n'
            '--\nDiese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht bearbeitet.\n')
    root = plain(body, 'iso-8859-15', 'quoted-printable')
    sysp.finish(root)
    m.describe('Genuine ELSTER reminder that the organisation certificate expires in 60 days, with instructions to renew inside '
               'Mein ELSTER.',
               'Sent from elster.de infrastructure (DKIM/SPF/DMARC pass), plain text, no link, no deadline pressure, explicitly warns '
               'against mailed login links.',
               hard=([4], 'ELSTER certificate expiry', 'Genuine reminder 60 days ahead without any link; the phish comes from a look-alike '
                                                       'domain via SendGrid with a tracked "renew now" button 4 days before expiry.'))


@msg('business', 5, 'de', 'it-mfa-authenticator-qr-intern')
def b05(m):
    m.t = local('CET', 2026, 11, 9, 10, 30, 12)
    m.frm = P('richter')
    m.to = [('Alle Mitarbeitenden Kassel', 'alle.kassel@example.com')]
    m.subject = 'Umstellung der Anmeldung: Microsoft Authenticator mit Nummernabgleich bis 30.11.'
    sysp = mta.ExchangeInternal(m, server='EXCH02', lang='de-DE', client_ip='10.20.11.54', has_attach=True)
    url = 'https://aka.ms/mysecurityinfo'
    png = qr_png(m, url, scale=4)
    cid = 'image001.png@01DD7021.%s' % m.hex(8, True)
    paras = ['Liebe Kolleginnen und Kollegen,',
             'bis zum 30.11. stellen wir die Anmeldung an Microsoft 365 (Teams, SharePoint, Outlook im Web) für alle Konten auf den Microsoft '
             'Authenticator mit Nummernabgleich um. SMS-Codes werden danach nicht mehr akzeptiert.',
             'So geht es (Dauer ca. 5 Minuten):\n1. Microsoft Authenticator aus dem App Store bzw. Google Play installieren.\n'
             '2. Am PC im Browser %s öffnen und mit Ihrem Firmenkonto anmelden – oder den QR-Code unten mit dem Handy scannen, er führt auf dieselbe Seite.\n'
             '3. "Anmeldemethode hinzufügen" > "Authenticator-App" wählen und den Anweisungen folgen.' % url,
             'Wichtig: Die IT wird Sie niemals per E-Mail oder PDF auffordern, einen QR-Code zu scannen, um Ihr Konto zu "bestätigen" oder zu '
             '"entsperren". Die einzige Seite für die Registrierung ist die oben genannte Microsoft-Seite. Im Zweifel rufen Sie uns an '
             '(Durchwahl -154) oder eröffnen ein Ticket unter https://servicedesk.example.com.',
             'Vielen Dank!']
    sig = ('Viele Grüße\nJonas Richter\nIT-Sicherheit\nExample Group GmbH · Hafenstraße 64 · 34125 Kassel\nTel. +49 561 9082-154')
    img = '<p class="MsoNormal"><img width="164" height="164" style="width:1.7083in;height:1.7083in" id="Grafik_x0020_1" src="cid:%s" alt="QR-Code aka.ms/mysecurityinfo"><o:p></o:p></p>' % cid
    plain_t, html_t = styles.outlook('de', paras, sig, charset='utf-8', extra_html=img)
    root = related(m, [alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable'),
                       att(png, 'image/png', 'image001.png', style='outlook', disposition='inline', cid=cid,
                           date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))], slot=2)
    m.meta['qr_png_names'] = ['image001.png']
    sysp.finish(root)
    m.describe('Internal IT announcement: move to Microsoft Authenticator with number matching by 30 Nov; link and inline QR code to '
               'Microsoft\'s own security-info page.',
               'Internal Exchange mail from the IT security administrator to a distribution list; the link and QR go to aka.ms (Microsoft); '
               'explicit warning that IT never asks to scan QR codes from e-mails/PDFs; ticket portal and extension given.',
               phones=['+49 561 9082-154'], must_urls=[url],
               hard=([5, 9, 10], 'MFA / Microsoft sign-in, QR code', 'Genuine: internal sender, QR and link to aka.ms, no deadline threat; '
                                                                     'the attacks hide the target behind a QR in a PDF, a device code or an OAuth consent.'))


@msg('business', 6, 'de', 'phishing-meldung-weitergeleitet')
def b06(m):
    from msgs.attack_de import a01
    from lib.mailctx import Mail
    orig = Mail('attack', 1, 'de', 'lieferant-lookalike-bankwechsel')
    a01(orig)
    m.t = local('CET', 2026, 10, 13, 11, 2, 37)
    m.frm = P('krueger')
    m.to = [P('richter')]
    m.cc = [P('becker')]
    m.subject = 'WG: Aktualisierung unserer Bankverbindung – Lieferant GmbH – bitte prüfen'
    sysp = mta.ExchangeInternal(m, server='EXCH01', lang='de-DE', client_ip='10.20.12.88', has_attach=True)
    paras = ['Hallo Jonas,',
             'die angehängte Mail kam heute früh angeblich von Frau Lang von der Lieferant GmbH. Die Absenderadresse sieht komisch aus '
             '("lieferant-gnbh.de" statt "lieferant-gmbh.de") und die Handynummer kenne ich nicht.',
             'Ich habe Frau Lang unter der bekannten Durchwahl angerufen – sie weiß nichts von einem Bankwechsel. Ich habe nichts geändert, '
             'nichts bezahlt und den PDF-Anhang nicht geöffnet.',
             'Kannst du die Domain bitte sperren und schauen, ob noch jemand die Mail bekommen hat? Claudia zur Info in Kopie.',
             'Danke!']
    sig = 'Viele Grüße\nSabine\n\nSabine Krüger\nKreditorenbuchhaltung\nExample Group GmbH · Tel. +49 561 9082-114'
    plain_t, html_t = styles.outlook('de', paras, sig, charset='utf-8')
    fwd = mime.Part([('Content-Type', 'message/rfc822'),
                     ('Content-Disposition', 'attachment;\n\tcreation-date="%s";\n\tmodification-date="%s"'
                      % ((mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'),) * 2))], orig.raw)
    root = mixed(m, [alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable'), fwd])
    sysp.finish(root)
    m.describe('Genuine internal report: accounts payable forwards the suspicious "bank change" mail (attached as .eml) to IT security '
               'after verifying by phone that it is fake.',
               'Internal Exchange mail between colleagues; the dangerous content is only inside the attached original message, which '
               'the user reports rather than acts on; a gateway must not block internal phishing reports.',
               phones=['+49 561 9082-114'],
               hard=([1], 'Supplier bank-change phishing (reported)', 'Contains the full attack as message/rfc822 attachment; the outer '
                                                                       'message is an internal report to IT.'))


@msg('business', 7, 'de', 'bundesanzeiger-rechnung-offenlegung')
def b07(m):
    m.t = local('CET', 2026, 11, 20, 13, 41, 5)
    m.frm = ('Bundesanzeiger Verlag', 'publikations-service@bundesanzeiger.de')
    m.to = [P('zimmermann')]
    m.subject = 'Ihre Rechnung zum Auftrag 2026-11-18-4718392 (Offenlegung Jahresabschluss)'
    sysp = mta.Platform(m, host='mo2.bundesanzeiger.de', ip='193.17.232.18', dkim=[('bundesanzeiger.de', 'bav2025')],
                        mailfrom='publikations-service@bundesanzeiger.de', zone='CET', msgid_fmt='<{ms}.{d8}@bundesanzeiger.de>',
                        order=['date', 'from', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'],
                        hops=['from pubsvc-app3.bav.local (pubsvc-app3.bav.local [10.40.3.23])\n\tby mo2.bundesanzeiger.de (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date0c}'])
    from lib.company import BUNDESANZEIGER_IBAN as iban
    pdf = doc_pdf(m, head='Bundesanzeiger Verlag GmbH', head_sub=('Amsterdamer Straße 192 · 50735 Köln',),
                  recipient=('Example Group GmbH', 'Rechnungswesen', 'Hafenstraße 64', '34125 Kassel'),
                  meta=(('Rechnungsnummer', '9326118472'), ('Rechnungsdatum', '20.11.2026'), ('Auftragsnummer', '2026-11-18-4718392'), ('Kundennummer', '6204187')),
                  title='Rechnung',
                  table=(('Leistung', 'Register', 'Betrag EUR'), [('Offenlegung Jahresabschluss zum 31.12.2025\nExample Group GmbH, Kassel – '
                                                                  'Hinterlegung/Veröffentlichung im Unternehmensregister', 'HRB 17429', '48,40')],
                         (300, 90, 93), ('l', 'l', 'r')),
                  totals=(('Nettobetrag', '48,40 EUR', False), ('USt. 19 %', '9,20 EUR', False), ('Rechnungsbetrag', '57,60 EUR', True)),
                  after=('Zahlbar innerhalb von 14 Tagen ohne Abzug. Bitte überweisen Sie unter Angabe der Rechnungsnummer auf: '
                         'Postbank Köln, IBAN %s, BIC PBNKDEFFXXX.' % ids.fmt_iban(iban),),
                  footer=('Bundesanzeiger Verlag GmbH · Sitz Köln · HRB 31248, Amtsgericht Köln · USt-IdNr. DE123127512',),
                  creator='SAP NetWeaver 7.50', producer='SAP NetWeaver 7.50', color=(0.0, 0.2, 0.45))
    body = ('Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihren Auftrag vom 18.11.2026. Ihre Unterlagen zum Jahresabschluss 2025 der '
            'Example Group GmbH wurden geprüft und im Unternehmensregister offengelegt.\n\nIm Anhang erhalten Sie die Rechnung '
            '9326118472 über 57,60 EUR.\n\nMit freundlichen Grüßen\nIhr Publikations-Service\n\nBundesanzeiger Verlag GmbH\n'
            'Amsterdamer Straße 192, 50735 Köln\nTelefon: 0221 97668-0\n')
    root = mixed(m, [plain(body, 'utf-8', '8bit'), att(pdf, 'application/pdf', 'Rechnung_9326118472.pdf', style='generic')])
    sysp.finish(root)
    m.describe('Genuine invoice for the statutory disclosure of the 2025 annual accounts in the Unternehmensregister (57.60 EUR), '
               'after the company itself placed the order.',
               'Official publisher\'s own mail system (DKIM/SPF/DMARC pass), references a real order number and the HRB, small statutory fee, '
               'no form to sign.',
               phones=['0221 97668-0'],
               hard=([7], 'Commercial register / publication fees', 'Genuine: ordered service, correct domain, small fee; the scam '
                                                                    'imitates the register and hides a 1,899 EUR "offer" in the fine print.'))


@msg('business', 8, 'de', 'krankmeldung-privat-webde')
def b08(m):
    m.t = local('CET', 2026, 11, 30, 6, 52, 19)
    m.frm = ('Frank Neumann', 'f.neumann1974@web.de')
    m.to = [P('schaefer')]
    m.cc = [P('neumann')]
    m.subject = 'Krankmeldung'
    sysp = mta.UnitedInternet(m, brand='webde', client='web', client_ip='91.49.137.208')
    body = ('Hallo Julia,\n\nich liege seit gestern mit Grippe flach, der Arzt hat mich bis einschließlich Freitag krankgeschrieben. '
            'Die eAU hat die Praxis heute früh an die Kasse geschickt.\n\n'
            'Ich schreibe von privat, weil der Laptop im Werk liegt – meine Firmenadresse habe ich in Kopie gesetzt, damit es auch dort ankommt.\n\n'
            'Die Schichtübergabe habe ich telefonisch mit Tobias Brandt geklärt, die Revision an Granulator 2 läuft wie geplant weiter.\n\n'
            'Gruß Frank\n\n--\nVon meinem Smartphone gesendet.')
    html_t = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
              + '</div>\n\n<div>'.join(styles.esc(l) if l else '&nbsp;' for l in body.split('\n')) + '</div></div></body></html>')
    root = alt(m, body, html_t, charset='UTF-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Genuine sick note from the plant manager\'s private WEB.DE address, copying his company mailbox.',
               'Private free-mail from a residential IP, but a routine HR matter (no bank data, no money), his work address in Cc, details '
               'only an insider knows; the diversion attempt (attack/08) uses a different free-mail address and asks for a bank change.',
               hard=([8], 'Employee writing from private free-mail to HR', 'Both from free-mail in the same person\'s name; genuine: '
                                                                           'sick note, work address in Cc, no bank data; attack: salary account change.'))
