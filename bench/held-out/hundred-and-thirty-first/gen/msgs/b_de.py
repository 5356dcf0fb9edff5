# -*- coding: utf-8 -*-
"""business/ 01-08 (German)."""
from .common import *

LIEF_FOOTER = ['Lieferant GmbH · Industriestraße 14 · 68169 Mannheim · Tel. +49 621 4388 0 · www.lieferant-gmbh.de',
               'Sitz Mannheim · Amtsgericht Mannheim HRB 712833 · Geschäftsführer: Gerhard Vollmer · USt-IdNr. %s' % U.de_ustid('14392768'),
               'Sparkasse Rhein Neckar Nord · IBAN %s · BIC MANSDE66XXX' % fi(LIEF_OLD)]


def xrechnung(inv, date, due, lines, net, vat, gross, iban, bic):
    items = ''.join(
        '<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>%d</ram:LineID>'
        '</ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>%s</ram:Name></ram:SpecifiedTradeProduct>'
        '<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>%s</ram:ChargeAmount>'
        '</ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery>'
        '<ram:BilledQuantity unitCode="C62">%d</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>'
        '<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode>'
        '<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent>'
        '</ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>%s'
        '</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>'
        '</ram:IncludedSupplyChainTradeLineItem>\n' % (i + 1, esc(n), p, q, t) for i, (n, q, p, t) in enumerate(lines))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
            'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
            'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">\n'
            '<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>'
            'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>'
            '</ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>\n'
            '<rsm:ExchangedDocument><ram:ID>%s</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime>'
            '<udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>\n'
            '<rsm:SupplyChainTradeTransaction>\n%s'
            '<ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>4500231987</ram:BuyerReference>'
            '<ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name><ram:PostalTradeAddress><ram:PostcodeCode>68169'
            '</ram:PostcodeCode><ram:LineOne>Industriestraße 14</ram:LineOne><ram:CityName>Mannheim</ram:CityName>'
            '<ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration>'
            '<ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>'
            '<ram:BuyerTradeParty><ram:Name>Example Group Diagnostics GmbH</ram:Name><ram:PostalTradeAddress>'
            '<ram:PostcodeCode>69115</ram:PostcodeCode><ram:LineOne>Czernyring 22</ram:LineOne><ram:CityName>Heidelberg'
            '</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration>'
            '<ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:BuyerTradeParty>'
            '</ram:ApplicableHeaderTradeAgreement>\n<ram:ApplicableHeaderTradeDelivery/>\n'
            '<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>'
            '<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount>'
            '<ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount><ram:PayeeSpecifiedCreditorFinancialInstitution>'
            '<ram:BICID>%s</ram:BICID></ram:PayeeSpecifiedCreditorFinancialInstitution></ram:SpecifiedTradeSettlementPaymentMeans>'
            '<ram:ApplicableTradeTax><ram:CalculatedAmount>%s</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>'
            '<ram:BasisAmount>%s</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19'
            '</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradePaymentTerms><ram:Description>'
            '2 %% Skonto bis %s, netto bis %s</ram:Description></ram:SpecifiedTradePaymentTerms>'
            '<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>%s</ram:LineTotalAmount>'
            '<ram:TaxBasisTotalAmount>%s</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">%s</ram:TaxTotalAmount>'
            '<ram:GrandTotalAmount>%s</ram:GrandTotalAmount><ram:DuePayableAmount>%s</ram:DuePayableAmount>'
            '</ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement>\n'
            '</rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n') % (
        inv, date, items, U.de_ustid('14392768'), ENT['DE']['ids'][0][1], iban, bic, vat, net, due[0], due[1], net, net,
        vat, gross, gross)


# ---------------------------------------------------------------------------------------------- 01
@msg('business', '01-de-lieferant-rechnung-girocode-xrechnung')
def _(m):
    m.when = ('2026-11-12 07:05:41', 'DE')
    m.frm = ('Lieferant GmbH - Buchhaltung', 'rechnungen@lieferant-gmbh.de')
    m.to = [P('jana.koehler')]
    m.subject = 'Rechnung RE-2026-11544 zu Ihrer Bestellung 4500231987'
    m.system = lieferant(client='app', ua='Sage 100 9.0 - Belegversand')
    m.hdr_charset = 'iso-8859-15'
    m.hdr_enc = 'Q'
    lines = [('Serum-Gel-Röhrchen 8 ml, Karton à 1.000 Stk.', 40, '189.00', '7560.00'),
             ('Pipettenspitzen 200 µl gefiltert, steril, Karton à 9.600 Stk.', 12, '214.50', '2574.00'),
             ('Probentransportbeutel UN3373 95 kPa, Pack à 500 Stk.', 6, '118.40', '710.40')]
    skonto_amount = '12646.74'
    epc = 'BCD\n002\n1\nSCT\nMANSDE66XXX\nLieferant GmbH\n%s\nEUR%s\n\n\nRE-2026-11544 Kd 40211 abzgl. 2%% Skonto' % (LIEF_OLD, skonto_amount)
    pdf = letter_pdf(m, 'Lieferant GmbH', ['Labor- und Reagenzienhandel · Industriestraße 14 · 68169 Mannheim',
                                           'Telefon +49 621 4388 0 · rechnungen@lieferant-gmbh.de'],
                     ['Example Group Diagnostics GmbH', 'Kreditorenbuchhaltung', 'Czernyring 22', '69115 Heidelberg'],
                     'Mannheim, 12.11.2026', 'Rechnung RE-2026-11544',
                     ['Kundennummer 40211 · Ihre Bestellung 4500231987 vom 28.10.2026 · Lieferschein LS-2026-20871 vom 11.11.2026'],
                     table=(['Pos.', 'Artikel', 'Menge', 'Einzelpreis', 'Gesamt'],
                            [['1', 'Serum-Gel-Röhrchen 8 ml, Karton à 1.000 Stk.', '40', '189,00', '7.560,00'],
                             ['2', 'Pipettenspitzen 200 µl gefiltert, steril, Ktn. à 9.600', '12', '214,50', '2.574,00'],
                             ['3', 'Probentransportbeutel UN3373 95 kPa, Pack à 500', '6', '118,40', '710,40'],
                             ['', '', '', 'Nettobetrag', '10.844,40'],
                             ['', '', '', 'USt. 19 %', '2.060,44'],
                             ('**', '', '', '', 'Rechnungsbetrag EUR', '12.904,84')],
                            [46, 74, 380, 470, 552], ['l', 'l', 'r', 'r', 'r']),
                     qr_payload=epc,
                     qr_caption=['Zahlbar bis 26.11.2026 mit 2 % Skonto (12.646,74 EUR)', 'oder bis 12.12.2026 netto.',
                                 'GiroCode: Betrag mit Skonto, IBAN %s' % fi(LIEF_OLD),
                                 'Bitte beachten Sie unsere neue Bankverbindung ab 01.12.2026',
                                 '(Schreiben vom 05.11.2026).'],
                     footer=LIEF_FOOTER, producer='Sage 100 Belegdruck', creator='Sage 100 9.0', author='Lieferant GmbH',
                     color=(0.05, 0.36, 0.27), minutes_before=2, qr_where='PDF image (EPC GiroCode)')
    xml = xrechnung('RE-2026-11544', '20261112', ('26.11.2026', '12.12.2026'), lines, '10844.40', '2060.44', '12904.84',
                    LIEF_OLD, 'MANSDE66XXX')
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'anbei erhalten Sie unsere Rechnung RE-2026-11544 vom 12.11.2026 über 12.904,84 EUR als PDF sowie als '
            'XRechnung (CII, Version 3.0).\n\n'
            'Bitte beachten Sie, dass sich unsere Bankverbindung zum 01.12.2026 ändert. Details entnehmen Sie bitte '
            'unserem Schreiben vom 05.11.2026, das Ihnen auch per Post zugegangen ist.\n\n'
            'Bei Rückfragen zur Rechnung erreichen Sie uns unter +49 621 4388 210.\n\n'
            'Mit freundlichen Grüßen\nLieferant GmbH\nBuchhaltung\n\n'
            '--\nDiese E-Mail wurde automatisch aus unserem Warenwirtschaftssystem versendet.\n')
    m.root = mixed(m.rng, 'outlook-smtp', [text_part(text, 'plain', 'iso-8859-15', 'quoted-printable'),
                                           attachment(pdf, 'application/pdf', 'RE-2026-11544.pdf', style='plain'),
                                           attachment(xml.encode('utf-8'), 'application/xml', 'RE-2026-11544_xrechnung.xml',
                                                      style='plain')])
    m.fact('phone', '+49 621 4388 210', 'Lieferant accounts department')
    m.what = 'Supplier invoice from Lieferant GmbH\'s ERP: PDF with EPC GiroCode (Skonto amount) plus XRechnung CII XML.'
    m.why = ('Sent by Lieferant\'s ERP through its own relay mail.lieferant-gmbh.de (SPF/DKIM/DMARC pass); matches PO '
             '4500231987 and delivery note; IBAN is the known Sparkasse account and the invoice itself points to the '
             'properly announced bank change.')


# ---------------------------------------------------------------------------------------------- 02
@msg('business', '02-de-lieferant-bankwechsel-ordnungsgemaess')
def _(m):
    m.when = ('2026-11-05 14:20:09', 'DE')
    m.frm = ('Petra Lang', 'p.lang@lieferant-gmbh.de')
    m.to = [P('jana.koehler')]
    m.cc = [P('frank.zimmermann'), ('Stefan Maier', 's.maier@lieferant-gmbh.de')]
    m.subject = 'Neue Bankverbindung der Lieferant GmbH ab 01.12.2026 - bitte telefonisch bestätigen'
    m.system = lieferant(client='Thunderbird', ua='Mozilla Thunderbird', lan=('192.168.20.33', 'pc-buha02.lieferant.local'))
    text = ('Sehr geehrte Frau Köhler,\n\n'
            'wie bereits im Jahresgespräch mit Herrn Groß angekündigt, wechseln wir zum 1. Dezember 2026 unsere '
            'Hausbank von der Sparkasse Rhein Neckar Nord zur Commerzbank.\n\n'
            '- Bis einschließlich 30.11.2026 gilt unverändert das Sparkassenkonto.\n'
            '- Ab 01.12.2026 bitten wir um Zahlung auf das Konto bei der Commerzbank.\n'
            '- Zahlungen, die danach noch auf dem alten Konto eingehen, werden bis 31.03.2027 automatisch '
            'weitergeleitet – es geht also nichts verloren.\n\n'
            'Das offizielle Schreiben mit Unterschrift unserer Geschäftsführung liegt bei und ist Ihnen zusätzlich per '
            'Post zugegangen. Bitte ändern Sie Ihre Stammdaten nicht allein aufgrund dieser E-Mail: Rufen Sie uns zur '
            'Bestätigung gern unter unserer Zentrale +49 621 4388 0 an (bitte nicht unter einer Nummer aus einer E-Mail) '
            'und lassen Sie sich mit mir oder Herrn Maier verbinden. Der Empfängerabgleich Ihrer Bank wird für beide '
            'Konten „Lieferant GmbH“ ergeben.\n\n'
            'Wir ändern ausschließlich die Bank – alle anderen Daten (Kundennummer 40211, Ansprechpartner, '
            'Zahlungsziele) bleiben gleich.\n\n'
            'Mit freundlichen Grüßen\n\nPetra Lang\nDebitorenbuchhaltung\n\n'
            '--\nLieferant GmbH · Labor- und Reagenzienhandel\nIndustriestraße 14 · 68169 Mannheim\n'
            'Tel. +49 621 4388 214 · Zentrale +49 621 4388 0\nwww.lieferant-gmbh.de\n'
            'Amtsgericht Mannheim HRB 712833 · Geschäftsführer: Gerhard Vollmer\n')
    pdf = letter_pdf(m, 'Lieferant GmbH', ['Labor- und Reagenzienhandel · Industriestraße 14 · 68169 Mannheim',
                                           'Telefon +49 621 4388 0 · info@lieferant-gmbh.de'],
                     ['Example Group Diagnostics GmbH', 'Kreditorenbuchhaltung', 'Czernyring 22', '69115 Heidelberg'],
                     'Mannheim, 04.11.2026', 'Änderung unserer Bankverbindung zum 01.12.2026',
                     ['Kundennummer 40211',
                      'Sehr geehrte Damen und Herren,',
                      'zum 1. Dezember 2026 führen wir unseren Zahlungsverkehr über die Commerzbank AG. Bitte '
                      'berücksichtigen Sie ab diesem Datum die neue Bankverbindung:',
                      '**Neu ab 01.12.2026: Commerzbank AG, Mannheim · IBAN %s · BIC COBADEFFXXX' % fi(LIEF_NEW),
                      'Bisher (gültig bis 30.11.2026): Sparkasse Rhein Neckar Nord · IBAN %s · BIC MANSDE66XXX' % fi(LIEF_OLD),
                      'Kontoinhaberin beider Konten ist die Lieferant GmbH. Zahlungen auf das bisherige Konto werden bis '
                      '31.03.2027 weitergeleitet. Zur Bestätigung der Änderung erreichen Sie uns unter unserer Zentrale '
                      '+49 621 4388 0.',
                      'Mit freundlichen Grüßen'],
                     sign=['', 'Gerhard Vollmer', 'Geschäftsführer'],
                     footer=LIEF_FOOTER[:2], producer='Microsoft® Word für Microsoft 365',
                     creator='Microsoft® Word für Microsoft 365', author='Petra Lang', color=(0.05, 0.36, 0.27),
                     minutes_before=24 * 60)
    m.root = mixed(m.rng, 'thunderbird', [text_part(text, 'plain', 'UTF-8', '8bit', flowed=True, quote=''),
                                          attachment(pdf, 'application/pdf', 'Lieferant_GmbH_neue_Bankverbindung_2026-12-01.pdf',
                                                     style='plain', quote='"')], quote='"')
    m.root.parts[0].params = [('charset', 'UTF-8', 'u'), ('format', 'flowed', 'u')]
    m.fact('phone', '+49 621 4388 0', 'Lieferant switchboard (known number)')
    m.hard_negative_of = (['02-de-lieferant-bankverbindung-lookalike', '03-de-lieferant-thread-hijack-ausweichkonto'],
                          'Real domain and relay, announced weeks ahead with an effective date, old account stays valid and '
                          'forwards payments, asks to verify by phone via the known switchboard, VoP will match, letter by post.')
    m.what = 'Genuine bank-detail change of Lieferant GmbH, done properly (letter signed by the MD, effective date, call-back request).'
    m.why = ('From the real mailbox via mail.lieferant-gmbh.de with Thunderbird as usual; no urgency, old account keeps '
             'working, explicitly tells AP not to trust e-mail alone and to call the known switchboard.')


# ---------------------------------------------------------------------------------------------- 03
@msg('business', '03-de-ceo-dringend-aufsichtsrat')
def _(m):
    m.when = ('2026-10-21 13:54:30', 'DE')
    m.frm = P('markus.brandt', 'Brandt, Markus')
    m.to = [P('claudia.wendt', 'Wendt, Claudia')]
    m.cc = [P('nina.schaefer', 'Schäfer, Nina')]
    m.subject = 'Dringend: Zahlen für AR-Sitzung morgen 9 Uhr'
    m.system = internal()
    m.hdr_charset = 'windows-1252'
    m.hdr_enc = 'Q'
    m.extra = [('Importance', 'high'), ('X-Priority', '1')]
    text = ('Hallo Claudia,\n\n'
            'der Aufsichtsrat hat die Sitzung kurzfristig auf morgen 9:00 Uhr vorgezogen. Kannst du mir bis heute '
            '18:00 Uhr bitte noch folgende Punkte aktualisieren:\n\n'
            '1. Liquiditätsvorschau Q4 inkl. der Investition in die zweite Massenspektrometrie-Linie\n'
            '2. Stand Projekt Rheintal (DD-Bericht, Kaufpreisband, Finanzierungszusage der Bank)\n'
            '3. Forderungslaufzeiten Kliniken, vor allem Kreisklinikum Bergstraße\n\n'
            'Bitte alles im Teams-Kanal „AR-Sitzung 11/2026“ ablegen, nicht per Mail verschicken – Rheintal bleibt bis '
            'zum Signing streng vertraulich. Überweisungen oder Anzahlungen stehen dafür nicht an, das läuft wie '
            'besprochen erst nach Beschluss über den Notar.\n\n'
            'Nina kümmert sich um Raum und Catering. Ich sitze ab 15 Uhr im Zug nach Berlin, bin aber auf dem Handy '
            'erreichbar.\n\n'
            'Danke dir!\nMarkus\n\n'
            '--\nDr. Markus Brandt\nChief Executive Officer\nExample Group Diagnostics GmbH\nCzernyring 22 | 69115 Heidelberg\n')
    html = outlook_html(text, lang='DE', charset='windows-1252')
    m.root = alt(m.rng, text, html, 'outlook', charset='windows-1252', cte='quoted-printable', server='EXCH02corpexamplecom')
    m.hard_negative_of = (['01-de-ceo-fraud-projekt-rheintal', '29-es-fraude-ceo-abogado-escrow'],
                          'Internal Exchange path via mail-int01, colleagues on "du", secrecy handled through the usual Teams '
                          'channel, explicitly no payment, reachable by phone.')
    m.what = 'Genuine urgent internal request from the CEO to the CFO before a supervisory-board meeting (same confidential project).'
    m.why = ('Internal Exchange 2019 → mail-int01 → mx01 path with internal DKIM; normal tone and colleagues in Cc; asks '
             'for documents in the usual channel and states that no transfer is involved.')


# ---------------------------------------------------------------------------------------------- 04
@msg('business', '04-de-docusign-rahmenvertrag-kreisklinikum')
def _(m):
    m.when = ('2026-12-02 10:31:06', 'DE')
    m.frm = ('Einkauf Kreisklinikum Bergstraße via Docusign', 'dse@eumail.docusign.net')
    m.reply_to = ('Einkauf Kreisklinikum Bergstraße', 'einkauf@kreisklinikum-bergstrasse.de')
    m.to = [P('julia.neumann')]
    m.cc = [P('markus.brandt')]
    m.subject = 'Bitte unterzeichnen Sie mit Docusign: Rahmenvertrag Labordiagnostik 2027-2029 Kreisklinikum Bergstraße'
    m.system = docusign('eu')
    m.msgid = '<%s@docusign.net>' % rhex(m.rng, 32)
    link = ('https://eu.docusign.net/Signing/EmailStart.aspx?a=2f8c1d4e-7b39-4a06-9e5c-81d3a7f0b264&etti=24'
            '&acct=6b0e9f27-3c14-48d5-a2e1-97f4c8b53d10&er=c91a5e38-04d7-4f2b-b6a9-3e8d17c0f452')
    from .a_en import docusign_html
    msg_txt = ('Sehr geehrte Frau Neumann, sehr geehrter Herr Dr. Brandt,<br><br>wie am 26.11. besprochen erhalten Sie '
               'den finalen Rahmenvertrag Labordiagnostik 2027-2029 (Stand nach Abstimmung der Rechtsabteilungen, '
               'Version 4) zur elektronischen Unterzeichnung. Die Reihenfolge ist: Herr Dr. Brandt, danach unsere '
               'Geschäftsführung.<br><br>Mit freundlichen Grüßen<br>Sandra Keller<br>Zentraleinkauf Kreisklinikum Bergstraße')
    html = docusign_html('Einkauf Kreisklinikum Bergstraße', 'einkauf@kreisklinikum-bergstrasse.de',
                         'Einkauf Kreisklinikum Bergstraße hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.',
                         msg_txt, link, '2C9F7A41D86B4E0F93A5C1B7E2D0F648', button='DOKUMENT PRÜFEN')
    html = html.replace('Do Not Share This Email', 'Diese E-Mail nicht weiterleiten').replace(
        'This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.',
        'Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, den Link oder den Zugriffscode nicht an andere weiter.')
    m.root = alt(m.rng, html2text(html), html, 'dotnet', charset='utf-8', cte='quoted-printable')
    m.hard_negative_of = (['05-de-fake-docusign-gehaltsanpassung', '09-en-docusign-callback-renewal-invoice'],
                          'Real DocuSign EU infrastructure, envelope from the known customer\'s purchasing department, '
                          'expected after a meeting, link goes to eu.docusign.net, reply address is the customer\'s domain.')
    m.what = 'Genuine DocuSign envelope: customer hospital sends the 2027-2029 lab services framework contract for signature.'
    m.why = ('Sent by DocuSign EU (eumail.docusign.net, DKIM pass); the sender is the customer\'s purchasing team with its '
             'own domain as reply address; contract negotiated beforehand; signing order explained.')


# ---------------------------------------------------------------------------------------------- 05
@msg('business', '05-de-microsoft-entra-risiko-benachrichtigung')
def _(m):
    m.when = ('2026-11-04 06:12:44', 'DE')
    m.frm = ('Microsoft Entra ID Protection', 'azure-noreply@microsoft.com')
    m.to = [P('lukas.weber')]
    m.subject = 'Microsoft Entra ID Protection: Benutzer mit Risiko erkannt'
    m.system = M365(domain='microsoft.com', region='eu4', lang='de-DE', dkim_s='s1024-meo')
    html = ('<html><body style="font-family:Segoe UI,Tahoma,Arial,sans-serif;font-size:14px;color:#323130">'
            '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0;font-size:20px">Microsoft '
            'Entra ID Protection</td></tr><tr><td>'
            '<p>In Ihrem Mandanten <b>Example Group (examplegroup.onmicrosoft.com)</b> wurden neue Benutzer mit '
            'Risikostufe „Hoch“ erkannt.</p>'
            '<table cellpadding="6" style="border-collapse:collapse;font-size:13px;border:1px solid #edebe9">'
            '<tr style="background:#f3f2f1"><td>Benutzer</td><td>Risikostufe</td><td>Erkennung</td><td>Zeitpunkt (UTC)</td></tr>'
            '<tr><td>giulia.ferraro@example.com</td><td>Hoch</td><td>Ungewöhnlicher Ortswechsel</td><td>04.11.2026 04:51</td></tr>'
            '<tr><td>martin.schulz@example.com</td><td>Mittel</td><td>Anmeldung von anonymer IP-Adresse</td><td>04.11.2026 05:37</td></tr>'
            '</table>'
            '<p>Überprüfen Sie die Benutzer und ergreifen Sie geeignete Maßnahmen (z. B. Kennwortzurücksetzung '
            'erzwingen, Sitzungen widerrufen).</p>'
            '<p><a href="https://entra.microsoft.com/#view/Microsoft_AAD_IAM/SecurityMenuBlade/~/RiskyUsers" '
            'style="background:#0078d4;color:#ffffff;padding:8px 18px;text-decoration:none">Benutzer mit Risiko anzeigen</a></p>'
            '<p style="font-size:12px;color:#605e5c">Sie erhalten diese E-Mail, weil Sie als Empfänger für '
            'Benachrichtigungen zu Benutzern mit Risiko konfiguriert sind. '
            '<a href="https://learn.microsoft.com/de-de/entra/id-protection/howto-identity-protection-configure-notifications">'
            'Weitere Informationen</a></p>'
            '<p style="font-size:12px;color:#605e5c">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 · '
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Datenschutzbestimmungen</a></p></td></tr></table>'
            '</body></html>\n')
    m.root = alt(m.rng, html2text(html), html, 'dotnet', charset='utf-8', cte='base64')
    m.hard_negative_of = (['04-de-svg-sprachnachricht-teams', '12-en-mfa-reenrolment-pdf-qr', '10-en-hartley-devicecode-audit-portal'],
                          'Microsoft\'s own outbound (DKIM microsoft.com), addressed to the configured admin, links only to '
                          'entra.microsoft.com/learn.microsoft.com, no credential prompt inside the mail.')
    m.what = 'Genuine Microsoft Entra ID Protection alert (users at risk) sent to the mail/security administrator.'
    m.why = ('Sent from Microsoft\'s Exchange Online outbound with microsoft.com DKIM; informational, addressed to the '
             'configured recipient; links go to the Entra admin centre and documentation.')


# ---------------------------------------------------------------------------------------------- 06
@msg('business', '06-de-badische-handelsbank-postfach')
def _(m):
    m.when = ('2026-12-02 05:47:10', 'DE')
    m.frm = ('Badische Handelsbank Firmenkundenportal', 'noreply@portal.badische-handelsbank.de')
    m.to = [P('claudia.wendt')]
    m.subject = 'Neues Dokument in Ihrem elektronischen Postfach'
    m.system = PostfixRelay(host='mailout01.badische-handelsbank.de', ip='192.0.2.44', domain='badische-handelsbank.de',
                            zone='DE', client='app', app_host='ebk-app03.int.badische-handelsbank.de', app_ip='10.41.8.23',
                            dkim_sel='bhb2026', dkim_domain='portal.badische-handelsbank.de')
    text = ('Sehr geehrte Frau Wendt,\n\n'
            'in Ihrem elektronischen Postfach im Firmenkundenportal steht ein neues Dokument für Sie bereit:\n\n'
            'Dokument: Kontoauszug 11/2026 mit Rechnungsabschluss\n'
            'Konto: DE** **** **** **** **65 01\n'
            'Firma: Example Group Diagnostics GmbH\n\n'
            'Bitte melden Sie sich wie gewohnt über die Internetseite der Bank oder die BHB Business App an, um das '
            'Dokument abzurufen.\n\n'
            'Aus Sicherheitsgründen enthalten unsere E-Mails keine Links zur Anmeldung und keine Anhänge. Wir fragen '
            'Sie niemals per E-Mail oder Telefon nach PIN, TAN oder Freigaben.\n\n'
            'Mit freundlichen Grüßen\nIhre Badische Handelsbank AG\nFirmenkundenbetreuung\n\n'
            'Badische Handelsbank AG · Bismarckplatz 3 · 69115 Heidelberg · Vorstand: Dr. Heinrich Obermann (Vors.), '
            'Susanne Kraft · Amtsgericht Mannheim HRB 701455\n'
            'Dies ist eine automatisch erzeugte E-Mail. Antworten an diese Adresse werden nicht bearbeitet.\n')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:13px;color:#1d1d1b">'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#00315e;color:#fff;padding:12px 18px;'
            'font-size:17px">Badische Handelsbank</td></tr><tr><td style="padding:18px">' + paras_html(text) +
            '</td></tr></table></body></html>\n')
    m.root = alt(m.rng, text, html, 'java', charset='iso-8859-15', cte='quoted-printable')
    m.hard_negative_of = (['25-pl-ipko-biznes-zalacznik-html', '39-ru-sberbusiness-sertifikat-phishing'],
                          'House bank\'s own gateway, no link and no attachment, tells the customer to log in as usual.')
    m.what = 'Genuine house-bank portal notification: new statement in the electronic mailbox.'
    m.why = ('Sent from the bank\'s own gateway (DKIM portal.badische-handelsbank.de, DMARC pass); contains no link, no '
             'attachment and no request; account number masked.')


# ---------------------------------------------------------------------------------------------- 07
@msg('business', '07-de-kreisklinikum-zip-passwort-per-sms')
def _(m):
    m.when = ('2026-10-26 11:38:52', 'DE')
    m.frm = ('Albrecht, Miriam Dr.', 'm.albrecht@kreisklinikum-bergstrasse.de')
    m.to = [P('julia.neumann')]
    m.cc = [('Einkauf Kreisklinikum', 'einkauf@kreisklinikum-bergstrasse.de')]
    m.subject = 'AW: Sammelrechnung Q3 2026 – Einsenderliste'
    m.system = kreisklinikum()
    m.hdr_charset = 'windows-1252'
    m.hdr_enc = 'Q'
    m.replies = 1
    m.in_reply_to = '<6d1f0a3b8e2c4d7f9a1b5c3e7d9f2a4b@EXCH01.corp.example.com>'
    m.references = m.in_reply_to
    pw = 'Kb7!Mq42-Rw9'
    m.fact('password-oob', pw, 'sent separately by SMS, not in the e-mail')
    rows = ['Einsendung;Datum;Kostenstelle;Station;Leistung;GOÄ/EBM;Bemerkung']
    r = m.rng
    stations = [('4410', 'Innere 2'), ('4420', 'Kardiologie'), ('5120', 'Chirurgie 1'), ('6300', 'Gynäkologie'),
                ('7100', 'Notaufnahme'), ('4430', 'Gastroenterologie')]
    tests = [('Anti-CCP-AK', '3898'), ('Procalcitonin', '3754'), ('Vitamin D3 (25-OH)', '4138'), ('HbA1c', '3561'),
             ('Hepatitis-E-IgG', '4403'), ('Calprotectin (Stuhl)', '3811'), ('Interferon-gamma-Release-Assay', '4187')]
    for i in range(14):
        ks, st = r.choice(stations)
        t, g = r.choice(tests)
        rows.append('E-2026-%06d;%02d.%02d.2026;%s;%s;%s;%s;Kostenstelle ergänzt' % (
            r.randint(410000, 489999), r.randint(1, 28), r.choice([7, 8, 9]), ks, st, t, g))
    csv = ('\r\n'.join(rows) + '\r\n').encode('cp1252')
    z = make_zip([('Einsenderliste_Q3_2026_korrigiert.csv', csv, zdt(m, 40))], password=pw, rng=m.rng)
    text = ('Sehr geehrte Frau Neumann,\n\n'
            'anbei die korrigierte Einsenderliste Q3 2026 für die Sammelrechnung. Bei den 14 Einsendungen sind die '
            'Kostenstellen jetzt ergänzt.\n\n'
            'Da die Liste Einsendungsnummern enthält, habe ich sie als verschlüsseltes ZIP angehängt. Das Kennwort '
            'sende ich Ihnen wie vereinbart gleich per SMS an Ihre hinterlegte Mobilnummer – bitte nicht per E-Mail '
            'zurückschicken.\n\n'
            'Mit freundlichen Grüßen\n\n'
            'Dr. med. Miriam Albrecht\nLeitende Oberärztin Labormedizin\n'
            'Kreisklinikum Bergstraße gGmbH\nViernheimer Straße 2 | 64646 Heppenheim\n'
            'Tel. +49 6252 701-4410 | m.albrecht@kreisklinikum-bergstrasse.de\n\n'
            'Kreisklinikum Bergstraße gGmbH | Sitz Heppenheim | Amtsgericht Darmstadt HRB 90417 | '
            'Geschäftsführung: Thomas Reinhardt\n'
            'Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige Adressat sind, '
            'informieren Sie bitte den Absender und löschen Sie diese E-Mail.\n')
    html = outlook_html(text, lang='DE', charset='windows-1252')
    body = alt(m.rng, text, html, 'outlook', charset='windows-1252', cte='quoted-printable', server='KKBEX02kkblocal')
    m.root = mixed(m.rng, 'outlook', [body, attachment(z, 'application/x-zip-compressed',
                                                       'Einsenderliste_Q3_2026_korrigiert.zip', style='rfc2047')],
                   server='KKBEX02kkblocal')
    m.hard_negative_of = (['07-de-kreisklinikum-thread-hijack-zip', '38-ru-fns-trebovanie-zip-parol'],
                          'Same customer and thread topic, but the password travels by SMS, the archive contains a CSV, '
                          'full signature and timely answer to the request.')
    m.what = 'Genuine encrypted ZIP (patient-related CSV) from the customer hospital; password sent separately by SMS.'
    m.why = ('Real Kreisklinikum mailbox and Hornetsecurity path; answers the actual request within three weeks; archive '
             'contains a plain CSV, the password is not in the mail, data-protection reason is genuine.')


# ---------------------------------------------------------------------------------------------- 08
@msg('business', '08-de-euroqas-ringversuch-ergebnisse')
def _(m):
    m.when = ('2026-10-27 10:00:04', 'DE')
    m.frm = ('EuroQAS Ringversuche', 'noreply@eqas-europe.org')
    m.reply_to = ('EuroQAS Support', 'support@eqas-europe.org')
    m.to = [P('katrin.lehmann')]
    m.subject = 'Ringversuch KC-2026-3 (Klinische Chemie): Auswertung und Zertifikat verfügbar'
    m.system = SES(domain='eqas-europe.org', region='eu-central-1', mail_from='%s@bounce.eqas-europe.org' % rhex(m.rng, 24),
                   sel='eqas2025')
    link = 'https://portal.eqas-europe.org/teilnehmer/ergebnisse/KC-2026-3'
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b36">'
            '<div style="background:#0b4f6c;color:#fff;padding:14px 20px;font-size:18px">EuroQAS &middot; Ringversuche</div>'
            '<div style="padding:20px">'
            '<p>Sehr geehrte Frau Lehmann,</p>'
            '<p>die Auswertung des Ringversuchs <b>KC-2026-3 (Klinische Chemie, Proben KC-05/KC-06)</b> ist abgeschlossen.</p>'
            '<table cellpadding="4" style="font-size:14px"><tr><td>Teilnehmernummer:</td><td>40-1187</td></tr>'
            '<tr><td>Labor:</td><td>Example Group Diagnostics GmbH, Heidelberg</td></tr>'
            '<tr><td>Bewertete Analyte:</td><td>24</td></tr><tr><td>Erfolgreich:</td><td>24 von 24</td></tr></table>'
            '<p>Die Einzelergebnisse (z-Scores, Youden-Plots) und das Teilnahmezertifikat stehen in Ihrem '
            'Teilnehmerbereich zum Download bereit:<br><a href="%s">%s</a></p>'
            '<p>Die Zertifikate sind nach Rili-BÄK Teil B1 fünf Jahre aufzubewahren.</p>'
            '<p>Der nächste Ringversuch KC-2026-4 wird in KW 46 versandt.</p>'
            '<p>Mit freundlichen Grüßen<br>Ihr EuroQAS-Team</p></div>'
            '<div style="font-size:11px;color:#6b7b86;padding:10px 20px;border-top:1px solid #dde3e7">EuroQAS – European '
            'Quality Assessment Scheme e.V. · Vereinsregister Amtsgericht Frankfurt am Main VR 16247 · Diese Nachricht wurde '
            'automatisch erstellt. Antworten an support@eqas-europe.org.</div></body></html>\n') % (link, link)
    m.root = alt(m.rng, html2text(html), html, 'java', charset='UTF-8', cte='quoted-printable')
    m.hard_negative_of = (['16-en-eqas-lookalike-results-login'],
                          'Real eqas-europe.org domain via its SES setup (custom MAIL FROM, DKIM), results already '
                          'evaluated, no deadline or threat, link to the known portal.')
    m.what = 'Genuine EQA ring-trial notification: results and certificate available in the participant portal.'
    m.why = ('eqas-europe.org with its own DKIM and bounce domain on Amazon SES; expected event after the round, '
             'informational; link to the known portal host.')
