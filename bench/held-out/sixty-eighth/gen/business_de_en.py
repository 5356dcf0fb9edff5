"""Genuine business messages 01-16: German (01-08) and English (09-16)."""
import ident as I
import infra
import qr
from attack_de_en import FORMOSA_PI_MID
from compose import alt, att, mixed, plain, related
from kit import B, H, pdf, qr_png, sig_hq, sig_lief
from mime import esp_html, esp_text
from people import C, LIEF, OFFICES, S
from util import rng_for, rs

SPECS = []


def add(**kw):
    kw.setdefault('folder', 'business')
    SPECS.append(kw)


HQ = OFFICES['HQ']

# ---------------------------------------------------------------- 01 CEO genuine urgent payment
add(num=1, lang='de', slug='ceo-dringende-anzahlung-intern', when='2026-10-16 17:22:31',
    route=lambda c: infra.exchange_internal(c, client='10.20.3.57'),
    frm=S['ceo'], to=[S['cfo']], cc=[S['ap'], S['proc']],
    subject='Dringend: Anzahlung Voltaro Energy - Zellkontingent 2027',
    body=alt('''Hallo Sabine,

Voltaro hat uns heute das Zellkontingent für das erste Halbjahr 2027 zugesagt (21700er-Zellen, 48.000 Stück), allerdings nur gegen 30 % Anzahlung bis Montag, 12:00 Uhr. Danach geht das Kontingent an einen Wettbewerber.

Die Proforma PF-2026-0877 über 412.650,00 EUR netto liegt seit heute Mittag im DMS (Workflow 26-4471). Markus hat sie sachlich geprüft, Dieter hat die Mengen mit der Produktionsplanung abgestimmt. Bitte gebt die Anzahlung von 123.795,00 EUR nach dem üblichen Vier-Augen-Verfahren frei. Bankverbindung ist die bekannte aus dem Kreditorenstamm (Kreditor 700412, keine Änderung).

Mir ist klar, dass das knapp ist. Wenn etwas fehlt, ruf mich bitte an: Ich bin heute bis 19 Uhr im Haus und am Wochenende mobil erreichbar.

Danke dir!
Jürgen

''' + sig_hq('ceo', 'Geschäftsführer', '100', '+49 171 4471 208'), 'iso-8859-1', lang='DE'),
    what='CEO asks the CFO to release an urgent 30 % deposit to the battery-cell supplier by Monday noon',
    why='Sent by the real CEO mailbox through Exchange and mail-int01; refers to the proforma in the DMS '
        'workflow, the existing vendor master record (no bank change), the normal four-eyes release; '
        'AP and procurement in CC; CEO offers to be called.',
    neg_of=[(1, 'CEO asks the CFO for an urgent high-value payment before a deadline',
             'Internal Exchange/mail-int01 path and real address; DMS workflow, known vendor account, '
             'four-eyes approval, colleagues in CC, reachable by phone, no secrecy')],
    tech='', infra='Internal: Exchange EX01 -> mail-int01 -> mx01')

# ---------------------------------------------------------------- 02 Lieferant genuine bank change
_l02 = '''Sehr geehrte Frau Weiß,

wie bereits in unserem Kundenrundschreiben vom 15. September angekündigt, wechselt die Lieferant GmbH zum 1. Januar 2027 ihre Hausbank. Anbei erhalten Sie das von beiden Geschäftsführern unterzeichnete Schreiben; das Original geht Ihnen zusätzlich per Post zu.

Bitte beachten Sie:
- Die neue Bankverbindung bei der Commerzbank gilt für Rechnungen ab dem 1. Januar 2027 und steht ab dann auch auf jeder Rechnung und in der XRechnung.
- Das bisherige Konto bei der Sparkasse Schweinfurt-Haßberge bleibt bis zum 30. Juni 2027 bestehen; Zahlungen dorthin werden weiterhin ordnungsgemäß verbucht.
- Für offene Rechnungen aus 2026 ändert sich nichts.

Bitte verifizieren Sie die Änderung, wie in Ihrem Haus üblich, telefonisch über unsere Zentrale (+49 9721 6480-0) oder direkt bei Herrn Maier bzw. bei mir. Ändern Sie Ihre Stammdaten bitte nicht allein aufgrund dieser E-Mail.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
''' + sig_lief('Petra Lang', 'Vertriebsinnendienst / Debitorenmanagement', '214', 'p.lang@lieferant-gmbh.de')
_p02 = pdf([H('Lieferant GmbH'), 'Hafenstraße 21 · 97424 Schweinfurt · Tel. +49 9721 6480-0', '',
            'Example Group GmbH', 'Kreditorenbuchhaltung', 'Tullastraße 84', '79108 Freiburg im Breisgau', '',
            'Schweinfurt, 06.10.2026', '',
            B('Wechsel unserer Hausbank zum 01.01.2027'), '',
            'Sehr geehrte Damen und Herren,', '',
            'zum 1. Januar 2027 verlegen wir unseren Zahlungsverkehr zur Commerzbank AG. Ab diesem Datum bitten',
            'wir Sie, Zahlungen für Rechnungen ab Rechnungsdatum 01.01.2027 auf folgendes Konto zu leisten:', '',
            'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: ' + LIEF['bank_new'],
            'IBAN: ' + I.fmt_iban(LIEF['iban_new']), 'BIC: ' + LIEF['bic_new'], '',
            'Unsere bisherige Bankverbindung bleibt bis zum 30.06.2027 parallel bestehen:',
            LIEF['bank_old'] + ', IBAN ' + I.fmt_iban(LIEF['iban_old']) + ', BIC ' + LIEF['bic_old'], '',
            'Bitte verifizieren Sie diese Mitteilung vor der Änderung Ihrer Stammdaten telefonisch unter',
            'unserer Ihnen bekannten Rufnummer +49 9721 6480-0. Das Original erhalten Sie per Post.', '',
            'Mit freundlichen Grüßen', '',
            'gez. Dr. Klaus Reinhardt                    gez. Anja Seidel',
            'Geschäftsführer                                Geschäftsführerin', '',
            ('Lieferant GmbH · Amtsgericht Schweinfurt HRB 4821 · USt-IdNr. ' + LIEF['vat'], 7, False)],
           'Wechsel der Hausbank 2027', 'Petra Lang', 'Microsoft® Word für Microsoft 365',
           'Microsoft® Word für Microsoft 365', '2026-10-06 11:31')
add(num=2, lang='de', slug='lieferant-bankwechsel-ordnungsgemaess', when='2026-10-07 14:10:05',
    route=lambda c: infra.exchange_online(c, region='DEUP281', tenant='lieferant', lang='de-DE',
                                          srv=('FR3P281MB0875', 'BE1P281MB1620')),
    frm=LIEF['lang'], to=[S['ap']], cc=[LIEF['maier']],
    subject='Lieferant GmbH: Wechsel der Hausbank zum 01.01.2027 - Ankündigung',
    body=mixed(alt(_l02, 'iso-8859-1', lang='DE'),
               att(_p02, 'application/pdf', 'Lieferant_GmbH_Hausbankwechsel_2027.pdf')),
    what='Supplier announces a change of house bank three months ahead, with a signed letter',
    why='Real lieferant-gmbh.de from its own Microsoft 365 tenant (DEUP281); announced earlier by circular, '
        'old account stays valid for six months, open 2026 invoices unchanged, asks explicitly for a call-back '
        'to the known number and not to change master data on the strength of the e-mail; original by post.',
    neg_of=[(2, 'Bank-detail change of Lieferant GmbH with a PDF letter',
             'Genuine domain/tenant, long notice, accounts in parallel, call-back requested, no invoice redirected')],
    tech='', infra='Lieferant GmbH Microsoft 365 (DEUP281)')

# ---------------------------------------------------------------- 03 Lieferant invoice + XRechnung
_net, _vat = 32704.00, 6213.76
_xml03 = ('''<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext>
  <ram:GuidelineSpecifiedDocumentContextParameter>
   <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>
  </ram:GuidelineSpecifiedDocumentContextParameter>
 </rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument>
  <ram:ID>RE-2026-11873</ram:ID>
  <ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20261116</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:IncludedSupplyChainTradeLineItem>
   <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
   <ram:SpecifiedTradeProduct><ram:SellerAssignedID>HM-250-AX</ram:SellerAssignedID><ram:Name>Achse HM-250 für Nabenmotor</ram:Name></ram:SpecifiedTradeProduct>
   <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>40.88</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
   <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="H87">800</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
   <ram:SpecifiedLineTradeSettlement>
    <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
    <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>32704.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
   </ram:SpecifiedLineTradeSettlement>
  </ram:IncludedSupplyChainTradeLineItem>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:BuyerReference>4500031187</ram:BuyerReference>
   <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name>
    <ram:PostalTradeAddress><ram:PostcodeCode>97424</ram:PostcodeCode><ram:LineOne>Hafenstraße 21</ram:LineOne><ram:CityName>Schweinfurt</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Example Group GmbH</ram:Name>
    <ram:PostalTradeAddress><ram:PostcodeCode>79108</ram:PostcodeCode><ram:LineOne>Tullastraße 84</ram:LineOne><ram:CityName>Freiburg im Breisgau</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:BuyerTradeParty>
   <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>4500031187</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery><ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime><udt:DateTimeString format="102">20261113</udt:DateTimeString></ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent></ram:ApplicableHeaderTradeDelivery>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
    <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
   </ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:ApplicableTradeTax><ram:CalculatedAmount>6213.76</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>32704.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradePaymentTerms><ram:Description>Zahlbar bis 16.12.2026 ohne Abzug, 3 %% Skonto bis 30.11.2026</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">20261216</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>32704.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>32704.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">6213.76</ram:TaxTotalAmount><ram:GrandTotalAmount>38917.76</ram:GrandTotalAmount>
    <ram:DuePayableAmount>38917.76</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
''' % (LIEF['vat'], HQ['vat'], LIEF['iban_old'])).encode('utf-8')
_p03 = pdf([H('Lieferant GmbH'), 'Hafenstraße 21 · 97424 Schweinfurt', '',
            'Example Group GmbH · Kreditorenbuchhaltung · Tullastraße 84 · 79108 Freiburg im Breisgau', '',
            B('Rechnung RE-2026-11873'), 'Rechnungsdatum: 16.11.2026   Lieferdatum: 13.11.2026',
            'Ihre Bestellung: 4500031187   Lieferschein: LS-26-20417   Kunden-Nr.: 10488', '',
            'Pos. Artikel          Bezeichnung                         Menge     Einzelpreis      Gesamt',
            '1    HM-250-AX        Achse HM-250 für Nabenmotor         800 Stk   40,88 EUR   32.704,00 EUR', '',
            'Nettobetrag                                                                  32.704,00 EUR',
            'USt. 19 %                                                                      6.213,76 EUR',
            B('Rechnungsbetrag                                                              38.917,76 EUR'), '',
            'Zahlbar bis 16.12.2026 ohne Abzug; bei Zahlung bis 30.11.2026 3 % Skonto.',
            'Bankverbindung: %s · IBAN %s · BIC %s' % (LIEF['bank_old'], I.fmt_iban(LIEF['iban_old']), LIEF['bic_old']), '',
            ('Lieferant GmbH · Geschäftsführer: Dr. Klaus Reinhardt, Anja Seidel · Amtsgericht Schweinfurt HRB 4821 · USt-IdNr. ' + LIEF['vat'], 7, False)],
           'Rechnung RE-2026-11873', 'Lieferant GmbH', 'proALPHA ERP', 'proALPHA Output Management',
           '2026-11-16 05:01')
add(num=3, lang='de', slug='lieferant-rechnung-xrechnung', when='2026-11-16 05:02:44',
    route=lambda c: infra.exchange_online(c, region='DEUP281', tenant='lieferant', lang='de-DE',
                                          srv=('BEZP281MB3307', 'FR2P281MB0981')),
    frm=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), to=[S['ap']],
    subject='Rechnung RE-2026-11873 zu Ihrer Bestellung 4500031187',
    body=mixed(plain('''Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11873 vom 16.11.2026 zu Ihrer Bestellung 4500031187 als PDF sowie als elektronische Rechnung im Format XRechnung (CII).

Rechnungsbetrag: 38.917,76 EUR (brutto)
Fällig: 16.12.2026 (30 Tage netto), 3 % Skonto bei Zahlung bis 30.11.2026

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser bekanntes Konto bei der Sparkasse Schweinfurt-Haßberge (IBAN siehe Rechnung).

Diese E-Mail wurde automatisch erstellt. Bei Fragen zur Rechnung wenden Sie sich bitte an rechnungen@lieferant-gmbh.de oder telefonisch an +49 9721 6480-250.

Mit freundlichen Grüßen
Lieferant GmbH - Buchhaltung''', 'iso-8859-1', 'quoted-printable'),
               att(_p03, 'application/pdf', 'RE-2026-11873.pdf'),
               att(_xml03, 'application/xml', 'RE-2026-11873_xrechnung.xml', note='XRechnung 3.0 CII')),
    what='Supplier ERP sends invoice RE-2026-11873 as PDF plus XRechnung (CII XML)',
    why='Real lieferant-gmbh.de tenant, automated ERP mail at 05:02 as usual, PDF and structured e-invoice '
        'attached (German B2B e-invoicing), payment to the known account, matches order 4500031187.',
    neg_of=[(3, 'Same Lieferant GmbH tenant, same order number 4500031187',
             'Documents attached directly (PDF + XRechnung); no portal link, no sign-in, known account')],
    tech='', infra='Lieferant GmbH Microsoft 365 (DEUP281), ERP mailbox')

# ---------------------------------------------------------------- 04 Lieferant urgent reminder
add(num=4, lang='de', slug='lieferant-mahnung-liefersperre', when='2026-12-04 11:37:19',
    route=lambda c: infra.exchange_online(c, region='DEUP281', tenant='lieferant', lang='de-DE',
                                          srv=('FR3P281MB0875', 'BEZP281MB2871')),
    frm=LIEF['lang'], to=[S['ap']], cc=[S['proc'], LIEF['maier']],
    subject='2. Mahnung – offene Posten Example Group GmbH – Liefersperre ab 11.12.2026',
    body=alt('''Sehr geehrte Frau Weiß,

trotz unserer Zahlungserinnerung vom 13.11.2026 sind folgende Rechnungen weiterhin offen:

RE-2026-10412 vom 28.09.2026 – 48.316,20 € – fällig seit 28.10.2026
RE-2026-10977 vom 10.10.2026 – 12.904,55 € – fällig seit 09.11.2026
Gesamt: 61.220,75 €

Wir haben Verständnis für Abstimmungsbedarf zum Jahresende, müssen aber auf einem Ausgleich bestehen. Sollte bis zum 10.12.2026 kein Zahlungseingang vorliegen, sind wir leider gezwungen, die Belieferung ab dem 11.12.2026 einzustellen; das betrifft auch Ihre Abrufe für KW 50 und 51.

Bitte überweisen Sie auf unsere bekannte Bankverbindung bei der Sparkasse Schweinfurt-Haßberge (IBAN %s). Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Herr Maier ist über den Stand informiert und steht für Fragen zur Belieferung ebenfalls zur Verfügung.

Mit freundlichen Grüßen
''' % I.fmt_iban(LIEF['iban_old']) + sig_lief('Petra Lang', 'Vertriebsinnendienst / Debitorenmanagement', '214',
                                             'p.lang@lieferant-gmbh.de'),
             'utf-8', 'quoted-printable', 'base64', lang='DE'),
    what='Second reminder for two overdue invoices with a supply stop from 11 December',
    why='Genuine supplier mailbox and tenant; the invoices exist (RE-2026-10412 is the one the attackers '
        'tried to redirect in attack 02); payment to the known, unchanged account; firm but ordinary '
        'commercial pressure; key account manager in CC.',
    neg_of=[(2, 'Pressure about the same invoice RE-2026-10412',
             'Pays to the known Sparkasse account, genuine domain'),
            (3, 'Same supplier tenant, urgency', 'No link, no sign-in')],
    tech='', infra='Lieferant GmbH Microsoft 365 (DEUP281)')

# ---------------------------------------------------------------- 05 sick note from private mail
add(num=5, lang='de', slug='krankmeldung-private-mail', when='2026-11-23 07:12:48',
    route=lambda c: infra.united_internet(c, 'web', 'iphone', client_ip='91.64.187.20'),
    frm=('Julia Becker', 'jbecker.fr@web.de'), to=[S['hr']], cc=[S['salesdir']],
    subject='Krankmeldung bis Freitag',
    body=plain('''Guten Morgen Herr Schäfer,

ich liege seit dem Wochenende mit Fieber flach und war heute früh beim Arzt – ich bin bis einschließlich Freitag (27.11.) krankgeschrieben. Die Praxis hat die eAU an die TK übermittelt, Sie können sie wie gewohnt abrufen.

Ich schreibe vom privaten Handy, weil mein Firmenlaptop im Büro liegt.

Michael, meine Termine bei Radhaus Breisgau am Mittwoch und beim Zweirad-Center Offenburg am Donnerstag müsste bitte jemand absagen oder verschieben. Die Kontakte stehen im CRM.

Viele Grüße
Julia Becker

Von meinem iPhone gesendet''', 'utf-8', 'quoted-printable'),
    what='Sales employee reports sick leave to HR from her private web.de address (iPhone)',
    why='Informational only: no request to change data or pay anything; sick note goes through the '
        'electronic eAU process of the health insurer; her manager is copied; details consistent.',
    neg_of=[(4, 'Employee writes to HR from a private free-mail address',
             'No bank or data change, manager in CC, verifiable process (eAU)')],
    tech='', infra='web.de (iPhone Mail via smtp.web.de)')

# ---------------------------------------------------------------- 06 genuine Docusign
_sec06 = rs(rng_for('b06'), 32, '0123456789ABCDEF')
_b06 = [('raw', '<tr><td style="padding:24px 32px;background:#1e1e1e;color:#ffffff;font-family:Arial,'
                'sans-serif;font-size:16px;text-align:center">Claudia Neumann hat Ihnen ein Dokument zum '
                'Überprüfen und Unterzeichnen gesendet.</td></tr>'),
        ('btn', 'DOKUMENT ÜBERPRÜFEN', 'https://eu.docusign.net/Signing/EmailStart.aspx?a=3e8d1c5a-7b2f-4e90-a6c3-1d4f8b2e9a07&etti=24&acct=6a1f3c2d-8e4b-4d7a-9c05-2b7e1f0a3d98&er=9d2c7e4b-1a3f-4b6e-8c0d-5f2a7e1b3c49'),
        ('p', '**Claudia Neumann**\nc.neumann@dienstvelo-leasing.de'),
        ('p', 'Hallo Herr Braun,\n\nwie am Dienstag besprochen, anbei der Händler-Rahmenvertrag 2027 mit den '
              'angepassten Konditionen (Servicepauschale, Rücknahme nach 36 Monaten). Als zweiter Unterzeichner '
              'ist Herr Hoffmann hinterlegt; er erhält den Umschlag automatisch nach Ihrer Unterschrift.\n\n'
              'Viele Grüße\nClaudia Neumann\nDienstVelo Leasing GmbH'),
        ('small', '**Diese E-Mail nicht weiterleiten**\nDiese E-Mail enthält einen sicheren Link zu Docusign. '
                  'Bitte geben Sie diese E-Mail, den Link oder den Zugriffscode nicht an andere weiter.\n\n'
                  '**Alternative Unterzeichnungsmethode**\nBesuchen Sie Docusign.com, klicken Sie auf '
                  '„Auf Dokumente zugreifen“ und geben Sie den Sicherheitscode ein: ' + _sec06 + '\n\n'
                  '**Fragen zum Dokument?**\nWenn Sie das Dokument ändern müssen oder Fragen dazu haben, '
                  'wenden Sie sich bitte direkt per E-Mail an den Absender.')]
add(num=6, lang='de', slug='docusign-leasing-rahmenvertrag', when='2026-11-25 14:03:12',
    route=lambda c: infra.docusign(c, eu=True),
    frm=('Claudia Neumann über Docusign', 'dse@eumail.docusign.net'),
    reply_to=C['dienstvelo']['contacts'][0], to=[S['salesdir']],
    subject='Bitte unterzeichnen Sie mit Docusign: Händler-Rahmenvertrag 2027 – Example Group GmbH',
    body=alt(None, 'utf-8', html=esp_html(_b06, '#ffc820', 'Docusign', 'Powered by Docusign',
                                           logo_text='Docusign', lang='de'),
             text=esp_text(_b06, 'Powered by Docusign')),
    what='Docusign envelope from the bike-leasing partner with the 2027 dealer framework contract',
    why='Real Docusign EU infrastructure, link only to eu.docusign.net, sender and reply-to are the known '
        'leasing contact on her own domain, follows a meeting "on Tuesday", second signer is the CEO as usual.',
    neg_of=[(6, 'Contract "to sign with DocuSign"', 'Real Docusign mail and links, known partner, no attachment'),
            (15, 'Docusign envelope', 'Known partner account, no extra links, reply-to on the partner domain')],
    tech='', infra='Docusign EU (eumail.docusign.net)')

# ---------------------------------------------------------------- 07 newsletter via Brevo
_lk7 = lambda n: 'https://%s.r.sp1-brevo.net/mk/cl/f/sh/%s' % (rs(rng_for('b07', n), 6, 'abcdefghijklmnopqrstuvwxyz0123456789'),
                                                           rs(rng_for('b07x', n), 90, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'))
_b07 = [('h', 'Fachhandel Report 43/2026'),
        ('p', '**E-Bike-Absatz im dritten Quartal: Fachhandel stabilisiert sich**\nNach zwei schwierigen '
              'Jahren melden die meisten Fachhändler für Juli bis September wieder leicht steigende Stückzahlen. '
              'Die Lagerbestände bei Herstellern und Handel haben sich weitgehend normalisiert, die Rabattschlachten '
              'des Vorjahres sind abgeflaut. [[Weiterlesen|%s]]' % _lk7(1)),
        ('p', '**Dienstradleasing: Was Händler für 2027 beachten sollten**\nLeasinggesellschaften passen ihre '
              'Rahmenverträge an: längere Laufzeiten, neue Servicepauschalen und strengere Vorgaben bei der '
              'Rücknahme. Wir haben drei Anbieter gefragt, worauf Händler achten müssen. [[Weiterlesen|%s]]' % _lk7(2)),
        ('p', '**Batteriepass ab 2027: Was auf Hersteller von E-Bike-Akkus zukommt**\nMit der EU-Batterieverordnung '
              'kommen Sorgfaltspflichten und digitale Produktinformationen auch auf Akkus für leichte Verkehrsmittel zu. '
              'Ein Überblick über Fristen und offene Fragen. [[Weiterlesen|%s]]' % _lk7(3)),
        ('p', 'Termine: Fachhandelstag Süd am 14. Januar in Ulm – [[Programm und Anmeldung|%s]]' % _lk7(4))]
_f07 = ('Sie erhalten diesen Newsletter, weil Sie ihn unter zweirad-fachhandel-report.de abonniert haben.\n'
        '[[Newsletter abbestellen|https://zweirad-fachhandel-report.de/newsletter/abmelden]] · '
        '[[Impressum|https://zweirad-fachhandel-report.de/impressum]]\n'
        'Zweirad Fachhandel Report · Verlag Rad & Markt GmbH · Leopoldstraße 12 · 76133 Karlsruhe')
add(num=7, lang='de', slug='newsletter-fachhandel-brevo', when='2026-10-23 06:30:14',
    route=lambda c: infra.brevo(c),
    frm=('Zweirad Fachhandel Report', 'newsletter@zweirad-fachhandel-report.de'), to=[S['salesdir']],
    subject='Fachhandel Report 43/2026: E-Bike-Absatz Q3, Dienstradleasing, Batteriepass',
    extra=[('List-Unsubscribe', '<mailto:unsubscribe@zweirad-fachhandel-report.de?subject=unsubscribe>,\n '
                                '<https://zweirad-fachhandel-report.de/newsletter/abmelden?u=michael.braun%40example.com>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
           ('Precedence', 'bulk')],
    body=alt(None, 'utf-8', html=esp_html(_b07, '#c0392b', 'Zweirad Fachhandel Report', _f07,
                                           'E-Bike-Absatz Q3, Dienstradleasing 2027, Batteriepass',
                                           logo_text='Zweirad Fachhandel Report'),
             text=esp_text(_b07, _f07)),
    what='Weekly trade newsletter for the bicycle retail trade',
    why='Subscribed trade publication via Brevo with List-Unsubscribe/One-Click headers, consistent sender '
        'domain, purely editorial content with tracked "read more" links, no requests.',
    neg_of=[(5, 'Same ESP (Brevo), bulk German mail to a company address',
             'Subscribed, unsubscribe headers, editorial content, no payment/credentials')],
    tech='', infra='Brevo (Sendinblue)')

# ---------------------------------------------------------------- 08 internal IT notice with QR
QR_B08 = 'https://intranet.example.com/it/anleitungen/mfa-number-matching'
_cid08 = 'image001.png@01DD6123.4A5B6C70'
add(num=8, lang='de', slug='it-hinweis-mfa-umstellung-qr', when='2026-10-21 09:30:02',
    route=lambda c: infra.exchange_internal(c, client='10.20.5.18'),
    frm=S['itsec'], to=[('Alle Mitarbeitenden Freiburg', 'alle-freiburg@example.com')],
    rcpt=S['ap'][1],
    subject='IT-Hinweis: Umstellung der MFA auf Nummernabgleich ab 02.11.2026',
    body=related(alt('''Liebe Kolleginnen und Kollegen,

ab Montag, 02.11.2026, stellen wir die Multi-Faktor-Authentifizierung (MFA) für Microsoft 365 auf die Bestätigung mit Nummernabgleich in der App Microsoft Authenticator um. SMS-Codes werden danach nicht mehr angeboten.

Was Sie tun müssen:
- Installieren Sie, falls noch nicht geschehen, Microsoft Authenticator aus dem App Store bzw. aus Google Play.
- Melden Sie sich im Firmennetz oder per VPN unter [[https://mysignins.microsoft.com/security-info|https://mysignins.microsoft.com/security-info]] an und fügen Sie dort die App hinzu. Den QR-Code für die Einrichtung zeigt Ihnen ausschließlich diese Microsoft-Seite an.
- Die bebilderte Anleitung finden Sie im Intranet; der QR-Code unten führt direkt dorthin (nur im Firmennetz oder per VPN erreichbar).

{{img|%s|QR-Code: Intranet-Anleitung MFA|132}}

Bitte beachten Sie: Wir schicken Ihnen niemals einen QR-Code oder Link, über den Sie sich anmelden sollen, und wir fragen Sie weder per E-Mail noch per Telefon oder Teams nach Ihrem Passwort oder nach Codes aus der App. Verdächtige Nachrichten melden Sie bitte über die Schaltfläche "Phishing melden" in Outlook.

Bei Fragen erreichen Sie den IT-Service unter der Durchwahl -300 oder per Ticket im Intranet.

Viele Grüße
Katharina Brandt
IT-Sicherheit

Example Group GmbH
Tullastraße 84 | 79108 Freiburg im Breisgau
Tel. +49 761 4587-312''' % _cid08, 'iso-8859-1', lang='DE'),
                 att(qr_png(QR_B08, 4), 'image/png', 'image001.png', inline=True, cid=_cid08,
                     note='QR code to the intranet')),
    what='IT security announces the switch to MFA number matching, with a QR code to the intranet guide',
    why='Internal relay and Exchange hops from the IT security officer; the QR code leads to the internal '
        'intranet, enrolment only via Microsoft\'s own mysignins page, and the mail explicitly warns that IT '
        'never sends QR codes for sign-in.',
    neg_of=[(7, 'MFA re-registration notice containing a QR code',
             'Internal origin, QR to intranet.example.com, refers to Microsoft\'s own page, no deadline threat')],
    checks={'qr': [QR_B08]}, tech='', infra='Internal: Exchange EX01 -> mail-int01 -> mx01')

# ================================================================= ENGLISH
# ---------------------------------------------------------------- 09 Microsoft account security code
_b09 = [('p', 'Microsoft account'), ('h', 'Security code'),
        ('p', 'Please use the following security code for the Microsoft account an*****@example.com.'),
        ('p', 'Security code: **482917**'),
        ('p', "If you don't recognise the Microsoft account an*****@example.com, you can "
              "[[click here|https://account.live.com/dp?ft=-DgVxYbGnL0uD2m4kIcZ1mq7r8sW3tQp%21yHf5aPzB0o&d=an*****%40example.com]] "
              'to remove your email address from that account.'),
        ('p', 'Thanks,\nThe Microsoft account team')]
_f09 = ('[[Privacy Statement|https://go.microsoft.com/fwlink/?LinkId=521839]]\n'
        'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052')
add(num=9, lang='en', slug='microsoft-account-security-code', when='2026-11-12 21:14:36',
    route=lambda c: infra.microsoft_service(c),
    frm=('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'),
    to=[S['ithead']],
    subject='Microsoft account security code',
    body=alt(None, 'utf-8', html=esp_html(_b09, '#2672ec', 'Microsoft account', _f09, lang='en'),
             text=esp_text(_b09, _f09)),
    what='One-time security code for the IT head\'s Microsoft account (Partner Center sign-in)',
    why='Sent from Microsoft\'s own infrastructure to the account owner who just signed in; links only to '
        'account.live.com/microsoft.com; no request to share or enter the code anywhere else.',
    neg_of=[(9, 'Microsoft sign-in codes', 'Code for the recipient\'s own sign-in, from Microsoft, not from a partner asking to enter a code')],
    tech='', infra='Microsoft account (Exchange Online, namprd)')

# ---------------------------------------------------------------- 10 GitHub password reset
_tok10 = rs(rng_for('b10'), 40, '0123456789abcdef')
_b10 = [('p', 'Hey katbrandt-eg!'),
        ('p', 'We heard that you lost your GitHub password. Sorry about that!'),
        ('p', "But don't worry! You can use the following button to reset your password:"),
        ('btn', 'Reset your password', 'https://github.com/password_reset/' + _tok10),
        ('p', "If you don't use this link within 3 hours, it will expire. To get a new password reset link, "
              'visit: [[https://github.com/password_reset|https://github.com/password_reset]]'),
        ('p', 'Thanks,\nThe GitHub Team')]
_f10 = "You're receiving this email because a password reset was requested for your account.\nGitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107"
add(num=10, lang='en', slug='github-password-reset', when='2026-10-30 17:44:09',
    route=lambda c: infra.github(c),
    frm=('GitHub', 'noreply@github.com'), to=[('katbrandt-eg', S['itsec'][1])],
    subject='[GitHub] Please reset your password',
    extra=[('X-GitHub-Reason', 'password_reset'), ('X-Auto-Response-Suppress', 'All'),
           ('Auto-Submitted', 'auto-generated')],
    body=alt(None, 'utf-8', html=esp_html(_b10, '#2da44e', 'GitHub', _f10, lang='en'),
             text=esp_text(_b10, _f10)),
    what='Password reset link for the IT security officer\'s GitHub account (requested by her)',
    why='From GitHub\'s own SMTP infrastructure, link to github.com only, standard wording, expected after '
        'she clicked "forgot password".',
    neg_of=[], tech='', infra='GitHub SMTP (out-*.smtp.github.com)')


# ---------------------------------------------------------------- 11 Pennine complaint with photo
def _photo():
    w, h = 480, 360
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            v = 150 + ((x * 3 + y * 2) % 40) - 20
            if 150 < x < 330 and 130 < y < 230:      # frame tube
                v = 70 + (y - 130) // 3
            if abs((x - 160) * 0.35 - (y - 150)) < 1.2 and 160 < x < 300:   # crack
                v = 10
            row.append(max(0, min(255, v)))
        rows.append(bytes(row))
    return qr.png_gray(rows, w, h, [('Software', 'Android')])


add(num=11, lang='en', slug='pennine-warranty-complaint', when='2026-11-04 10:26:41',
    route=lambda c: infra.exchange_online(c, region='GBRP265', tenant='pennine', lang='en-GB',
                                          srv=('CWLP265MB5521', 'LO4P265MB3318'), zone='UTC'),
    frm=C['pennine']['contacts'][0], to=[S['uk_mgr']],
    subject='Cracked chainstays on Trekking E-7 - third one this month (WC-2611, WC-2614, WC-2619)',
    body=mixed(alt('''Hi Oliver,

I'm afraid we've had another one. A customer brought in his Trekking E-7 (frame no. EG7-26-0418873) this morning with a crack along the drive-side chainstay, just behind the weld at the bottom bracket. That's the third E-7 frame this month after WC-2611 and WC-2614, all from the spring 2026 batch. Photo attached.

I've taken the remaining five E-7s in size L off the shop floor as a precaution. Frankly, I'm not comfortable selling them until you can tell me whether this is a batch issue.

What I need from you by Friday:
- replacement frames (or complete bikes) for the three customers - two of them ride to work every day and are asking for loan bikes;
- a statement on the affected serial range;
- a collection date for the three cracked frames so your engineers can look at them.

If we can't sort this quickly I'll have to escalate it to our buying group, and we'd have to think hard about the E-7 for the 2027 range.

Regards,
James Whitaker
Owner
Pennine Cycles Ltd
Unit 3, Bradley Business Park, Huddersfield HD2 1QW
01484 512 338''', 'utf-8', lang='EN-GB'),
               att(_photo(), 'image/png', 'Screenshot_20261104_091744.png', note='photo of the crack')),
    what='Dealer complains about a third cracked E-7 frame and demands replacements by Friday',
    why='Genuine dealer mailbox on its own M365 tenant; concrete serial and warranty numbers; photo attached; '
        'no links, no payment or credential request; the escalation threat is commercial.',
    neg_of=[(9, 'Same Pennine Cycles mailbox, tenant and server', 'No codes, links or sign-in; ordinary complaint'),
            (12, 'Pennine Cycles mail to the UK office', 'Real penninecycles.co.uk domain and tenant')],
    tech='', infra='Pennine Cycles Microsoft 365 (GBRP265)')

# ---------------------------------------------------------------- 12 Formosa proforma
_p12 = pdf([H('Formosa Alloy Frames Co., Ltd.'), 'No. 88, Gongye 36th Rd., Xitun Dist., Taichung 40768, Taiwan', '',
            B('PROFORMA INVOICE  PI-2026-0931'), 'Date: 30 Oct 2026', '',
            'Buyer: Example Group GmbH, Tullastrasse 84, 79108 Freiburg im Breisgau, Germany',
            'Buyer VAT: ' + HQ['vat'], '',
            'Item  Description                          Qty     Unit price    Amount',
            '1     AL6061 trekking frame E-7 (S/M/L/XL)  1,120   USD 108.50    USD 121,520.00',
            '2     AL6061 e-MTB frame HT-9 (M/L/XL)        520   USD 131.00    USD  68,120.00', '',
            B('Total FOB Taichung                                        USD 189,640.00'), '',
            'Payment terms: 30% deposit (USD 56,892.00) by T/T with order, balance against copy of B/L.',
            'Production: from week 2/2027 after receipt of deposit. ETD Taichung: mid-February 2027.', '',
            B('Beneficiary bank details'), 'Beneficiary: Formosa Alloy Frames Co., Ltd.',
            'Bank: Mega International Commercial Bank, Taichung Branch',
            'SWIFT: ICBCTWTP010    A/C No.: 010-09-07812-3', '',
            'Authorized signature: ______________________   Kevin Lin, Sales Manager Europe'],
           'PI-2026-0931', 'kevin.lin', 'Microsoft® Excel® 2019', 'Microsoft® Excel® 2019', '2026-10-30 16:55')
add(num=12, lang='en', slug='formosa-proforma-invoice', when='2026-10-30 10:12:26',
    route=lambda c: infra.smtp_host(
        c, ('mail.formosa-frames.com.tw', '211-20-114-83.hinet-ip.hinet.net', '211.20.114.83'),
        client=('[192.168.10.57]', 'unknown', '192.168.10.57'), mua='olk16', lang='en-us',
        host='mail.formosa-frames.com.tw', zone='TW', tls='tls12'),
    frm=C['formosa']['contacts'][0], to=[S['proc']], msgid=FORMOSA_PI_MID,
    subject='PI-2026-0931 - 2027 frame order (AL6061 trekking / e-MTB) - proforma invoice',
    body=mixed(alt('''Dear Markus,

Thank you for your visit to Taichung in September and for the order forecast. Please find attached our proforma invoice PI-2026-0931 for the 2027 frame order:

- AL6061 trekking frame E-7, sizes S/M/L/XL: 1,120 pcs
- AL6061 e-MTB frame HT-9, sizes M/L/XL: 520 pcs

Total: USD 189,640.00 FOB Taichung
Payment: 30% deposit (USD 56,892.00) by T/T with order, balance against copy of B/L.
Production: from week 2/2027 after receipt of the deposit, ETD Taichung mid-February.

Our bank details are unchanged from previous orders (Mega International Commercial Bank, Taichung Branch, see PI).

Please return the signed PI together with your PO.

Best regards,
Kevin Lin
Sales Manager - Europe
Formosa Alloy Frames Co., Ltd.
No. 88, Gongye 36th Rd., Xitun Dist., Taichung 40768, Taiwan
Tel: +886-4-2359-7712 ext. 215''', 'us-ascii', '7bit', 'quoted-printable', lang='EN-US'),
               att(_p12, 'application/pdf', 'PI-2026-0931_Example_Group.pdf')),
    what='Taiwanese frame supplier sends the proforma invoice for the 2027 frame order',
    why='Supplier\'s own domain formosa-frames.com.tw from its own mail server on a HiNet address, '
        'Outlook desktop as always; bank details explicitly unchanged (beneficiary = supplier, Taiwanese bank).',
    neg_of=[(14, 'Same supplier and PI-2026-0931 thread (the attack quotes this mail)',
             'Genuine .com.tw domain and server; bank unchanged; beneficiary is the supplier itself')],
    tech='', infra='Supplier\'s own Postfix server (HiNet), Outlook 16')

# ---------------------------------------------------------------- 13 Pennine remittance (genuine)
_p13 = pdf([H('Pennine Cycles Ltd'), 'Unit 3, Bradley Business Park, Huddersfield HD2 1QW', '',
            B('REMITTANCE ADVICE'), 'Payment date: 01/12/2026     Method: BACS     Ref: PCL-20261201', '',
            'To: Example Group UK Ltd', 'Bank: Barclays Bank UK PLC  Sort code 20-45-17  Account 73920418', '',
            'Invoice       Date          Amount',
            'UK-26-04187   02/10/2026    GBP  9,612.00',
            'UK-26-04233   16/10/2026    GBP  6,418.50',
            'UK-26-04301   30/10/2026    GBP  2,712.00', '',
            B('Total paid                 GBP 18,742.50')],
           'Remittance Advice', 'Sage', 'Sage 50 Accounts', 'Sage 50 Accounts', '2026-12-01 13:58')
add(num=13, lang='en', slug='pennine-remittance-advice', when='2026-12-01 15:05:51',
    route=lambda c: infra.exchange_online(c, region='GBRP265', tenant='pennine', lang='en-GB',
                                          srv=('LO4P265MB3318', 'CWLP265MB5521'), zone='UTC'),
    frm=C['pennine']['contacts'][1], to=[S['uk_acc']],
    subject='Remittance Advice - Pennine Cycles Ltd - PCL-20261201',
    body=mixed(alt('''Dear Sir/Madam,

Please find attached a remittance advice for a BACS payment of £18,742.50, which will reach your account on 02/12/2026.

If you have any queries, please contact accounts@penninecycles.co.uk or call 01484 512 330.

Kind regards,

Sue Ramsden
Accounts
Pennine Cycles Ltd''', 'utf-8', lang='EN-GB'),
               att(_p13, 'application/pdf', 'Remittance_Advice_PCL-20261201.pdf')),
    what='Dealer\'s accounts team sends a remittance advice for three invoices as PDF',
    why='Real penninecycles.co.uk mailbox on the dealer\'s M365 tenant; plain PDF attachment listing real '
        'invoice numbers and Example Group UK\'s own bank account; nothing to sign in to.',
    neg_of=[(12, 'Remittance advice from Pennine Cycles', 'Genuine domain/tenant, PDF instead of a sign-in HTML page')],
    tech='', infra='Pennine Cycles Microsoft 365 (GBRP265)')


# ---------------------------------------------------------------- 14 Mailchimp newsletter
def _body14(r):
    us, uid, lid, cid = r.mc
    base = 'https://cycletradeweekly.%s.list-manage.com/track/click?u=%s&id=' % (us, uid)
    lk = lambda n: base + rs(rng_for('b14', n), 10, '0123456789abcdef') + '&e=7c1d9a2f3b'
    b = [('h', 'CycleTrade Weekly – 29 October 2026'),
         ('p', '**Autumn trading: e-bike sell-through holds up**\nIndependent dealers report steady e-bike '
               'sales into the autumn, with commuter and cargo models leading. Service and repair income keeps '
               'growing faster than new-bike sales. [[Read more|%s]]' % lk(1)),
         ('p', '**Cycle to Work: providers prepare for 2027**\nScheme providers are updating their dealer terms '
               'for the new year. We look at what changes for independent shops. [[Read more|%s]]' % lk(2)),
         ('p', '**Battery safety in the workshop**\nA practical checklist for storing, charging and shipping '
               'e-bike batteries, from fire-safe cabinets to dangerous-goods labels. [[Read more|%s]]' % lk(3)),
         ('p', '**Jobs board**: Workshop manager (Leeds), Sales advisor e-bikes (Bristol) – [[see all jobs|%s]]' % lk(4))]
    foot = ('You are receiving this email because you subscribed to CycleTrade Weekly.\n'
            '[[Update your preferences|https://cycletradeweekly.%s.list-manage.com/profile?u=%s&id=%s&e=7c1d9a2f3b]] · '
            '[[Unsubscribe|https://cycletradeweekly.%s.list-manage.com/unsubscribe?u=%s&id=%s&e=7c1d9a2f3b&c=%s]]\n'
            'CycleTrade Weekly · 14 Ropewalk · Nottingham NG1 5DU · United Kingdom' % (us, uid, lid, us, uid, lid, cid))
    return alt(None, 'utf-8', html=esp_html(b, '#0b6e4f', 'CycleTrade Weekly', foot,
                                             'Autumn trading, Cycle to Work 2027, battery safety',
                                             logo_text='CycleTrade Weekly', lang='en'),
               text=esp_text(b, foot))


def _unsub14(c):
    pass


add(num=14, lang='en', slug='newsletter-cycletrade-mailchimp', when='2026-10-29 08:00:47',
    route=lambda c: infra.mailchimp(c),
    frm=('CycleTrade Weekly', 'news@cycletradeweekly.co.uk'), to=[S['uk_mgr']],
    subject='CycleTrade Weekly: autumn trading, Cycle to Work 2027, battery safety',
    extra=[('List-Unsubscribe', '<https://cycletradeweekly.us14.list-manage.com/unsubscribe?u=8f2b1c4e7a9d3f6b2c1e8a4d5&id=4c1a9e2f7b&t=b&e=7c1d9a2f3b>,\n'
                                ' <mailto:unsubscribe-mc.us14_8f2b1c4e7a9d3f6b2c1e8a4d5.4c1a9e2f7b-7c1d9a2f3b@unsubscribe.mailchimp.com?subject=unsubscribe>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
    body=_body14,
    what='Weekly UK cycle-trade newsletter',
    why='Subscribed newsletter sent through Mailchimp with its usual headers (List-ID, List-Unsubscribe, '
        'One-Click), editorial content with Mailchimp click tracking, no requests.',
    neg_of=[], tech='', infra='Mailchimp (mcsv.net)')

# ---------------------------------------------------------------- 15 Google security alert
_b15 = [('h', 'A new sign-in on Windows'), ('p', 'lena.doerfler@example.com'),
        ('p', "We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't "
              "need to do anything. If not, we'll help you secure your account."),
        ('btn', 'Check activity', 'https://accounts.google.com/AccountChooser?Email=lena.doerfler@example.com&continue=https://myaccount.google.com/alert/nt/1795077660000?rfn%3D325%26rfnc%3D1%26eid%3D-4618832201556902214%26et%3D0'),
        ('p', 'You can also see security activity at\n[[https://myaccount.google.com/notifications|https://myaccount.google.com/notifications]]')]
_f15 = ('You received this email to let you know about important changes to your Google Account and services.\n'
        '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA')
add(num=15, lang='en', slug='google-security-alert', when='2026-11-18 08:41:03',
    route=lambda c: infra.google_service(c),
    frm=('Google', 'no-reply@accounts.google.com'), to=[('', S['assist'][1])],
    subject='Security alert',
    body=alt(None, 'utf-8', 'quoted-printable', 'quoted-printable',
             html=esp_html(_b15, '#1a73e8', 'Google', _f15, lang='en'), text=esp_text(_b15, _f15)),
    what='Google "new sign-in" alert for the CEO assistant\'s Google account (used for Google Business Profile)',
    why='Sent by Google\'s own infrastructure (mail-sor, Google Transport Security) to the account holder; '
        'links only to accounts.google.com / myaccount.google.com; purely informational.',
    neg_of=[(7, 'Security/sign-in notification', 'Google infrastructure, google.com links, no QR and no deadline')],
    tech='', infra='Google (mail-sor-f*.google.com)')

# ---------------------------------------------------------------- 16 PayPal receipt
_b16 = [('p', 'Hello Example Group UK Ltd,'),
        ('h', 'You sent a payment of £216.40 GBP to Brooks Bicycle Spares Ltd'),
        ('p', "It may take a few moments for this transaction to appear in your account."),
        ('table', [('Merchant', 'Brooks Bicycle Spares Ltd\nsales@brooksbicyclespares.co.uk'),
                   ('Transaction ID', '7HX41256KD8830319'), ('Transaction date', '19 November 2026'),
                   ('Hydraulic brake hose kit, 2 m (x10)', '£118.00'),
                   ('Mineral oil bleed kit (x4)', '£62.33'), ('Postage', '£0.00'),
                   ('VAT', '£36.07'), ('Total', '£216.40 GBP')]),
        ('p', 'Payment sent to sales@brooksbicyclespares.co.uk\nFunding source: Visa Business x-4471\n'
              'Delivery address: Example Group UK Ltd, Unit 4, Tyseley Industrial Estate, Birmingham B11 2LQ')]
_f16 = ('Help & Contact | Security | Apps\nPayPal is committed to preventing fraudulent emails. Emails from '
        'PayPal will always contain your full name.\nCopyright © 1999-2026 PayPal. All rights reserved. '
        'PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.\nPayPal RT000186:en_GB(en-GB):1.3.0:'
        + rs(rng_for('b16'), 12, '0123456789abcdef'))
add(num=16, lang='en', slug='paypal-payment-receipt', when='2026-11-19 14:22:40',
    route=lambda c: infra.paypal(c, 'PPX000186'),
    frm=('service@paypal.co.uk', 'service@paypal.co.uk'), to=[S['uk_acc']],
    subject='Receipt for your payment to Brooks Bicycle Spares Ltd',
    body=alt(None, 'utf-8', html=esp_html(_b16, '#003087', 'PayPal', _f16, logo_text='PayPal', lang='en'),
             text=esp_text(_b16, _f16)),
    what='PayPal receipt for workshop spare parts bought by the UK office',
    why='PayPal\'s real infrastructure, matches a purchase the office made (parts, delivery to the Birmingham '
        'unit); no phone number, no call to action.',
    neg_of=[(11, 'Same PayPal infrastructure and sender address', 'Receipt for a real purchase, no callback number, nothing to do')],
    tech='', infra='PayPal (mx0.slc.paypal.com)')
