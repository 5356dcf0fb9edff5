"""Genuine business messages 01-08 (German)."""
import files
import ids
import infra
from company import BANK, VAT, S, C
from helpers import alt, esc, html_gmail, html_outlook, html_tb, mixed, pdf_att, quote_outlook, related, zip_att
from mime import Bin, Multi, Text

MSGS = []


def reg(f):
    MSGS.append(f)
    return f


def B(num, lang, slug, **kw):
    d = dict(folder='business', num=num, lang=lang, slug=slug)
    d.update(kw)
    return d


LIEF_TENANT = '7c3f1a52-9d4e-4b8a-a1f6-2e0b5c7d9a31'
SIG_CEO = """--
Jürgen Köhler
Geschäftsführer
Example Group GmbH | Hohenzollernring 58 | 50672 Köln
Tel. +49 221 4711 80-100 | www.example.com"""


def anglia_invoice_pdf():
    return pdf_att('Anglia_Invoice_CF-2026-30418.pdf', [
        ('Anglia Assessment Services Ltd', 14, 'B'), '14 Hills Road, Cambridge CB2 1JP, United Kingdom',
        'VAT Reg. No. GB 318 4471 56', '', ('INVOICE CF-2026-30418', 12, 'B'), 'Invoice date: 2 November 2026',
        'Customer: Example Group GmbH (centres DE214 Cologne, GB118 Manchester)', '',
        'Centre fees, spring sessions January/February 2027', '  246 candidates x GBP 60.00            GBP 14,760.00',
        '  VAT: reverse charge (customer to account for VAT)', ('Total due                               GBP 14,760.00', 10, 'B'), '',
        'Payment terms: slots are confirmed on receipt of payment; due 6 November 2026.',
        'Barclays Bank UK PLC, sort code 20-32-53, account 73615208',
        'IBAN ' + ids.fmt_iban(BANK['anglia']) + '   BIC BARCGB22', 'Please quote CF-2026-30418 as reference.'],
        title='Invoice CF-2026-30418', author='Anglia Assessment Services Ltd', producer='Sage Accounting',
        creator='Sage', date="D:20261102101500Z")


# --- German ---------------------------------------------------------------------------------------
@reg
def b01():
    text = f"""Hallo Monika,

bitte überweise heute noch die Anzahlung für die Prüfungstermine Januar/Februar an Anglia Assessment Services. Die Rechnung CF-2026-30418 über 14.760,00 GBP hängt an und liegt auch schon in DocuWare – Sabine hat sie gestern freigegeben, ich habe eben als Zweitfreigabe gegengezeichnet.

Hintergrund: Anglia vergibt die Frühjahrs-Slots erst nach Zahlungseingang. Wenn das Geld nicht bis Freitag dort ist, verlieren wir die Termine in Köln und Manchester und müssen rund 240 Kandidatinnen und Kandidaten umbuchen.

Bitte wie immer die Bankverbindung aus dem Kreditorenstamm nehmen und nicht aus dem PDF abtippen. Bei Fragen ruf mich gerne an, ich bin bis 11 Uhr im Haus, danach mobil.

Danke und viele Grüße
Jürgen

{SIG_CEO}"""
    return B(1, 'de', 'ceo-urgent-payment-exam-fees-internal',
             date='2026-11-04 08:12:37', zone='DE',
             **{'from': S('ceo')}, to=[S('ap')], cc=[S('cfo'), S('asst')],
             subject='Dringend: Anzahlung Prüfungstermine Anglia – bitte heute überweisen',
             hcs=('iso-8859-1', 'Q'),
             body=mixed(alt(text, html_outlook(text, 'windows-1252'), 'windows-1252', 'quoted-printable'),
                        anglia_invoice_pdf()),
             infra=infra.internal, ikw=dict(topic='Dringend: Anzahlung Prüfungstermine Anglia – bitte heute überweisen',
                                            has_attach=True, client_ip='10.20.14.51'),
             hard=[1, 15, 21, 35],
             what='The CEO\'s genuine urgent payment request: pay the exam board\'s deposit today, invoice attached.',
             why='Sent through Exchange and mail-int01 from the CEO\'s real mailbox; known supplier with a real invoice; '
                 'refers to the two-person approval already done in DocuWare, insists on bank details from the vendor '
                 'master, CFO and assistant in copy, invites a phone call.')


@reg
def b02():
    old, new = BANK['lieferant_old'], BANK['lieferant_new']
    text = f"""Sehr geehrte Frau Brandt,

wie bereits in unserem Kundenschreiben vom September angekündigt, wechseln wir im Zuge der Finanzierung unseres neuen Logistikzentrums in Mainz-Hechtsheim unsere Hausbank. Die neue Bankverbindung gilt ab dem 01.01.2027:

Mainzer Volksbank eG
IBAN: {ids.fmt_iban(new)}
BIC: MVBMDE55

Bis einschließlich 31.12.2026 bleibt unser bisheriges Konto bei der Sparkasse Mainz ({ids.fmt_iban(old)}) unverändert gültig; alle Rechnungen dieses Jahres zahlen Sie bitte wie gewohnt dorthin. Ab Januar ist die neue Verbindung auf allen Rechnungen und in der XRechnung hinterlegt.

Das unterschriebene Schreiben finden Sie im Anhang, das Original geht Ihnen zusätzlich per Post zu. Bitte prüfen Sie die Änderung wie gewohnt über einen Rückruf unter unserer Ihnen bekannten Zentrale (06131 48827-0) – wir werden Sie niemals per E-Mail zu einer kurzfristigen Kontoänderung auffordern.

Bei Fragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Stefan Maier
Geschäftsführer

Lieferant GmbH
Rheinallee 114 | 55120 Mainz
Tel. +49 6131 48827-0 | www.lieferant-gmbh.de
Amtsgericht Mainz HRB 48112 | USt-IdNr. {VAT['lieferant']}"""
    letter = [('Lieferant GmbH', 14, 'B'), 'Rheinallee 114 - 55120 Mainz', '', 'Example Group GmbH', 'Kreditorenbuchhaltung',
              'Hohenzollernring 58', '50672 Köln', '', 'Mainz, 14.10.2026', '',
              ('Änderung unserer Bankverbindung zum 01.01.2027', 12, 'B'), '',
              'Sehr geehrte Damen und Herren,', '',
              'wir wechseln zum Jahreswechsel unsere Hausbank. Ab dem 01.01.2027 lautet unsere Bankverbindung:',
              '', 'Mainzer Volksbank eG', 'IBAN ' + ids.fmt_iban(new), 'BIC MVBMDE55', '',
              'Bis zum 31.12.2026 bleibt das Konto bei der Sparkasse Mainz, IBAN ' + ids.fmt_iban(old) + ', gültig.',
              'Bitte verifizieren Sie diese Mitteilung telefonisch unter 06131 48827-0.', '',
              'Mit freundlichen Grüßen', '', 'Stefan Maier, Geschäftsführer', '',
              ('Lieferant GmbH - Amtsgericht Mainz HRB 48112 - USt-IdNr. ' + VAT['lieferant'], 8)]
    return B(2, 'de', 'supplier-bank-change-announced-properly',
             date='2026-10-14 10:05:19', zone='DE',
             **{'from': C('lieferant', 0)}, to=[S('ap')], cc=[C('lieferant', 2), S('proc')],
             subject='Ankündigung: neue Bankverbindung der Lieferant GmbH ab 01.01.2027',
             hcs=('iso-8859-1', 'Q'),
             body=mixed(alt(text, html_outlook(text, 'windows-1252'), 'windows-1252', 'quoted-printable'),
                        pdf_att('Lieferant_GmbH_Bankverbindung_ab_2027.pdf', letter, title='Bankverbindung 2027',
                                author='Stefan Maier', date="D:20261014095811+02'00'")),
             infra=infra.exo, ikw=dict(region='eur', tenant_guid=LIEF_TENANT, has_attach=True,
                                       topic='Ankündigung: neue Bankverbindung der Lieferant GmbH ab 01.01.2027'),
             hard=[2],
             what='Genuine bank-detail change from the supplier\'s managing director, announced 11 weeks ahead with a '
                  'signed letter.',
             why='Real domain lieferant-gmbh.de via the supplier\'s own M365 tenant; old account stays valid until year '
                 'end, the new one is a regional German bank, letter also by post, explicitly asks for phone '
                 'verification via the known number; no open invoice is redirected.')


def xrechnung_xml():
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
 <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
 <cbc:ID>RE-2026-10412</cbc:ID>
 <cbc:IssueDate>2026-10-22</cbc:IssueDate>
 <cbc:DueDate>2026-11-21</cbc:DueDate>
 <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 <cbc:BuyerReference>EG-KOE-4711</cbc:BuyerReference>
 <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Lieferant GmbH</cbc:Name></cac:PartyName>
  <cac:PartyTaxScheme><cbc:CompanyID>{VAT['lieferant']}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
 </cac:Party></cac:AccountingSupplierParty>
 <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Example Group GmbH</cbc:Name></cac:PartyName>
  <cac:PartyTaxScheme><cbc:CompanyID>{VAT['example_de']}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
 </cac:Party></cac:AccountingCustomerParty>
 <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
  <cac:PayeeFinancialAccount><cbc:ID>{BANK['lieferant_old']}</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
 <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">208.31</cbc:TaxAmount></cac:TaxTotal>
 <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">2975.89</cbc:LineExtensionAmount>
  <cbc:TaxExclusiveAmount currencyID="EUR">2975.89</cbc:TaxExclusiveAmount>
  <cbc:TaxInclusiveAmount currencyID="EUR">3184.20</cbc:TaxInclusiveAmount>
  <cbc:PayableAmount currencyID="EUR">3184.20</cbc:PayableAmount></cac:LegalMonetaryTotal>
 <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="C62">86</cbc:InvoicedQuantity>
  <cbc:LineExtensionAmount currencyID="EUR">2141.40</cbc:LineExtensionAmount><cac:Item><cbc:Name>Perspektive Beruf B2 Kursbuch</cbc:Name></cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="EUR">24.90</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
 <cac:InvoiceLine><cbc:ID>2</cbc:ID><cbc:InvoicedQuantity unitCode="C62">35</cbc:InvoicedQuantity>
  <cbc:LineExtensionAmount currencyID="EUR">801.50</cbc:LineExtensionAmount><cac:Item><cbc:Name>Perspektive Beruf B2 Arbeitsbuch</cbc:Name></cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="EUR">22.90</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
 <cac:InvoiceLine><cbc:ID>3</cbc:ID><cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity>
  <cbc:LineExtensionAmount currencyID="EUR">32.99</cbc:LineExtensionAmount><cac:Item><cbc:Name>Versandkosten Palette</cbc:Name></cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="EUR">32.99</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
</ubl:Invoice>
"""


@reg
def b03():
    text = f"""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10412 vom 22.10.2026 als XRechnung (XML) sowie eine PDF-Ansicht zu Ihrer Information.

Rechnungsbetrag: 3.184,20 EUR
Zahlbar bis: 21.11.2026 ohne Abzug
Ihre Bestellung: EG-KOE-4711 (Kursmaterial Wintersemester)

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser Konto bei der Sparkasse Mainz, IBAN {ids.fmt_iban(BANK['lieferant_old'])}.

Diese E-Mail wurde automatisch aus unserem Warenwirtschaftssystem versendet. Bei Rückfragen erreichen Sie unsere Buchhaltung unter rechnungen@lieferant-gmbh.de oder 06131 48827-30.

Mit freundlichen Grüßen
Lieferant GmbH - Buchhaltung"""
    pdf = pdf_att('RE-2026-10412.pdf', [
        ('Lieferant GmbH', 14, 'B'), 'Rheinallee 114 - 55120 Mainz - USt-IdNr. ' + VAT['lieferant'], '',
        'Example Group GmbH, Hohenzollernring 58, 50672 Köln', '', ('Rechnung RE-2026-10412', 12, 'B'),
        'Rechnungsdatum 22.10.2026 - Bestellung EG-KOE-4711 - Leitweg/Buyer reference EG-KOE-4711', '',
        'Pos  Menge  Artikel                                   Einzel      Gesamt',
        '1    86     Perspektive Beruf B2 Kursbuch             24,90     2.141,40',
        '2    35     Perspektive Beruf B2 Arbeitsbuch          22,90       801,50',
        '3     1     Versandkosten Palette                     32,99        32,99', '',
        'Nettobetrag 2.975,89 EUR - USt 7 % 208,31 EUR', ('Rechnungsbetrag 3.184,20 EUR', 11, 'B'), '',
        'Zahlbar bis 21.11.2026 ohne Abzug auf IBAN ' + ids.fmt_iban(BANK['lieferant_old']) + ' (Sparkasse Mainz, BIC MALADE51MNZ)'],
        title='Rechnung RE-2026-10412', author='Lieferant GmbH', producer='Microsoft Dynamics 365 Business Central',
        creator='Business Central', date="D:20261022143044+02'00'")
    xml = Bin(xrechnung_xml().encode(), 'application/xml', 'RE-2026-10412_xrechnung.xml')
    return B(3, 'de', 'supplier-invoice-xrechnung-pdf',
             date='2026-10-22 14:31:02', zone='DE',
             **{'from': ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de')}, to=[S('ap')],
             subject='Rechnung RE-2026-10412 - Lieferant GmbH',
             body=mixed(Text(text, 'plain', 'iso-8859-15', 'quoted-printable'), pdf, xml),
             infra=infra.exo, ikw=dict(region='eur', tenant_guid=LIEF_TENANT, has_attach=True,
                                       mailer='Microsoft Dynamics 365 Business Central'),
             drop=['Thread-Topic', 'Thread-Index', 'Accept-Language'],
             hard=[4, 2],
             what='Genuine supplier invoice sent by the supplier\'s ERP: XRechnung XML plus PDF view.',
             why='Real supplier domain via the supplier\'s M365 tenant; matches an existing purchase order; the e-invoice is '
                 'an XML file and the PDF contains only text; IBAN is the supplier\'s known Sparkasse account.')


@reg
def b04():
    text = f"""Sehr geehrter Herr Engel,
sehr geehrte Frau Brandt,

trotz unserer Zahlungserinnerung vom 25.11. sind die folgenden Rechnungen weiterhin offen:

RE-2026-10587 vom 30.10.2026 – 1.947,75 EUR – fällig seit 29.11.2026
RE-2026-10944 vom 12.11.2026 – 5.326,40 EUR – fällig seit 05.12.2026

Gesamt: 7.274,15 EUR

Ich muss Sie leider darauf hinweisen, dass unsere Geschäftsleitung bei einem Saldo über 5.000 EUR keine weiteren Lieferungen auf Rechnung freigibt. Sollte der Ausgleich nicht bis zum 14.12.2026 bei uns eingehen, müssen wir die für den 16.12. geplante Auslieferung der Prüfungsmaterialien für Köln leider zurückhalten.

Ich weiß, dass die Auslieferung für Ihre Prüfungstermine wichtig ist – bitte geben Sie mir kurz Bescheid, wenn die Zahlung angewiesen ist oder falls es zu einzelnen Positionen Klärungsbedarf gibt, dann finden wir sicher eine Lösung. Die Bankverbindung ist unverändert (Sparkasse Mainz, siehe Rechnung).

Die Offene-Posten-Liste hängt an.

Mit freundlichen Grüßen

Petra Lang
Vertriebsinnendienst / Debitorenmanagement

Lieferant GmbH
Rheinallee 114 | 55120 Mainz
Tel. +49 6131 48827-24"""
    op = pdf_att('Offene_Posten_Example_Group_2026-12-08.pdf', [
        ('Lieferant GmbH - Offene-Posten-Liste', 13, 'B'), 'Kunde 40218 Example Group GmbH, Köln - Stand 08.12.2026', '',
        'Beleg           Datum        Fällig        Betrag EUR', 'RE-2026-10587   30.10.2026   29.11.2026     1.947,75',
        'RE-2026-10944   12.11.2026   05.12.2026     5.326,40', ('Summe                                       7.274,15', 10, 'B'), '',
        'Bankverbindung: Sparkasse Mainz, IBAN ' + ids.fmt_iban(BANK['lieferant_old'])],
        title='Offene Posten', author='Lieferant GmbH', producer='Microsoft Dynamics 365 Business Central', creator='')
    return B(4, 'de', 'supplier-urgent-reminder-supply-stop',
             date='2026-12-08 11:47:05', zone='DE',
             **{'from': C('lieferant', 1)}, to=[S('proc'), S('ap')],
             subject='2. Mahnung – offene Rechnungen / Lieferung Prüfungsmaterial 16.12.',
             hcs=('iso-8859-1', 'Q'),
             body=mixed(alt(text, html_outlook(text, 'windows-1252'), 'windows-1252', 'quoted-printable'), op),
             infra=infra.exo, ikw=dict(region='eur', tenant_guid=LIEF_TENANT, has_attach=True,
                                       topic='2. Mahnung – offene Rechnungen / Lieferung Prüfungsmaterial 16.12.'),
             hard=[2, 4],
             what='Urgent second reminder from the supplier threatening to withhold a delivery unless two invoices are paid.',
             why='Real supplier, real contact, real invoice numbers; pressure is commercial (credit limit) and the bank '
                 'account is explicitly unchanged; invites clarification; attachment is a text PDF.')


@reg
def b05():
    text = """Hallo Katrin,

ich liege seit gestern Abend mit Fieber flach und war eben beim Arzt – krankgeschrieben bis einschließlich Freitag. Die eAU hat die Praxis an die TK geschickt, ihr solltet sie ab morgen abrufen können.

Ich komme gerade nicht an Outlook (Laptop liegt im Büro), deshalb schreibe ich von meiner privaten Adresse.

Die Nordwind-Schulung am Mittwoch müsste bitte jemand übernehmen. Julia weiß Bescheid, ich habe ihr eben eine SMS geschrieben, die Unterlagen liegen im Teams-Kanal "Corporate Training".

Viele Grüße
Tobias

Von meinem iPhone gesendet"""
    return B(5, 'de', 'colleague-sick-note-from-private-mail',
             date='2026-11-16 07:02:48', zone='DE',
             **{'from': ('Tobias Richter', 'tobi.richter@gmx.de')}, to=[S('hr')], cc=[S('sales')],
             subject='Krankmeldung Tobias',
             hlabel='utf-8',
             body=Text(text, 'plain', 'utf-8', 'quoted-printable'),
             infra=infra.gmx, ikw=dict(brand='gmx', ua='iPhone Mail (22B91)', client_ip='176.2.{0}.{1}'),
             hard=[5, 28],
             what='Employee reports sick from his private GMX address on his iPhone.',
             why='Ordinary consumer mail from a German mobile IP at 7 am; only informs about the sick note (eAU goes via '
                 'the health insurer) and hands over a training; no bank data, no link, no request for money or credentials.')


@reg
def b06():
    text = """Liebe Kolleginnen und Kollegen,

ab dem 23.11.2026 stellen wir die Multi-Faktor-Anmeldung für alle Microsoft-365-Konten auf die Microsoft Authenticator App mit Zahlenabgleich (Number Matching) um. SMS-Codes werden danach nicht mehr unterstützt.

Was Sie tun müssen:
Melden Sie sich bis zum 20.11. selbst unter https://aka.ms/mysecurityinfo an und fügen Sie dort die Authenticator App hinzu. Eine bebilderte Anleitung finden Sie im Intranet unter https://intranet.example.com/it/mfa. Wer Hilfe braucht, kommt in die offene Sprechstunde (Di/Do 14-16 Uhr, Raum 2.14 Köln, oder per Teams).

Bitte beachten Sie gerade jetzt:
- Wir verschicken keine QR-Codes per E-Mail und bitten Sie nie, Anmeldedaten auf einer verlinkten Seite einzugeben.
- Der IT-Helpdesk ruft Sie nicht unaufgefordert über Teams an und bittet Sie nicht, die Schnellhilfe (Quick Assist) zu starten. Anrufe von externen Teams-Konten ("Extern") bitte ablehnen.
- Bestätigen Sie keine Authenticator-Anfragen, die Sie nicht selbst ausgelöst haben.

Verdächtige Nachrichten melden Sie bitte mit dem Button "Phishing melden" in Outlook oder an security@example.com.

Vielen Dank und viele Grüße
Lukas Hoffmann
IT-Sicherheit / Messaging
Example Group GmbH | Köln | Durchwahl -240"""
    return B(6, 'de', 'internal-it-notice-mfa-change',
             date='2026-11-10 09:30:11', zone='DE',
             **{'from': S('sec')}, to=[('Alle Mitarbeitenden', 'alle@example.com')],
             subject='IT-Hinweis: Umstellung der MFA auf Authenticator mit Zahlenabgleich ab 23.11.',
             hcs=('iso-8859-1', 'Q'),
             body=alt(text, html_outlook(text, 'iso-8859-1'), 'iso-8859-1', 'quoted-printable'),
             infra=infra.internal, ikw=dict(topic='IT-Hinweis: Umstellung der MFA auf Authenticator mit Zahlenabgleich ab 23.11.',
                                            client_ip='10.20.16.12'),
             hard=[6, 8],
             what='Internal IT notice about the MFA change, with explicit warnings about QR-code and Teams/Quick Assist scams.',
             why='From the mail admin\'s own mailbox through Exchange and the internal relay to an internal list; links only '
                 'to aka.ms (Microsoft) and the intranet; tells staff to self-enrol, not to scan mailed QR codes.')


@reg
def b07():
    link_unsub = 'https://2kd8r.r.sp1-brevo.net/mk/un/v2/sh/1t6Af4OahmjLkYQ7Ba3gkq3KgpFb'
    text = f"""BVPS-Newsletter November 2026

Liebe Mitglieder,

in dieser Ausgabe:

1. Integrationskurse 2027: Das BAMF hat die neuen Kostenerstattungssätze veröffentlicht. Die Übersicht und unsere Stellungnahme finden Sie im Mitgliederbereich.

2. Prüfungstermine DTZ und telc Deutsch B1–C1 für das erste Halbjahr 2027 sind online. Bitte melden Sie Sammeltermine bis zum 15.12. bei der jeweiligen Prüfungszentrale an.

3. Weiterbildungsförderung: Seit Oktober können Qualifizierungsmaßnahmen für Beschäftigte nach § 82 SGB III wieder mit erhöhten Zuschüssen gefördert werden. Unser Webinar am 26.11. erklärt die Antragstellung.

4. Jahrestagung 2027 in Leipzig (5.–6. März): Frühbucherpreis bis 31.12.

Alle Beiträge: https://www.bvps-sprachschulen.de/newsletter/2026-11

Mit besten Grüßen
Ihre Geschäftsstelle
Bundesverband privater Sprachschulen e.V. | Friedrichstraße 95 | 10117 Berlin

Sie erhalten diesen Newsletter als Mitglied des BVPS. Abmelden: {link_unsub}"""
    html = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>BVPS-Newsletter</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#1f4e79;color:#fff;padding:20px;font-size:22px"><b>BVPS</b> Newsletter November 2026</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:21px;color:#333">
<p>Liebe Mitglieder,</p><p>in dieser Ausgabe:</p>
<p><b>Integrationskurse 2027:</b> Das BAMF hat die neuen Kostenerstattungssätze veröffentlicht. Die Übersicht und unsere Stellungnahme finden Sie im Mitgliederbereich.</p>
<p><b>Prüfungstermine DTZ und telc Deutsch B1–C1</b> für das erste Halbjahr 2027 sind online. Bitte melden Sie Sammeltermine bis zum 15.12. bei der jeweiligen Prüfungszentrale an.</p>
<p><b>Weiterbildungsförderung:</b> Seit Oktober können Qualifizierungsmaßnahmen für Beschäftigte nach § 82 SGB III wieder mit erhöhten Zuschüssen gefördert werden. Unser Webinar am 26.11. erklärt die Antragstellung.</p>
<p><b>Jahrestagung 2027 in Leipzig</b> (5.–6. März): Frühbucherpreis bis 31.12.</p>
<p><a href="https://2kd8r.r.sp1-brevo.net/mk/cl/f/sh/1t6Af4OahmjLkYQ7Ba3gkq3KgpFb/bn2QpR8yWc0d" style="color:#1f4e79">Alle Beiträge lesen</a></p>
<p>Mit besten Grüßen<br>Ihre Geschäftsstelle</p></td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#777;background:#eee">Bundesverband privater Sprachschulen e.V. | Friedrichstraße 95 | 10117 Berlin<br>Sie erhalten diesen Newsletter als Mitglied des BVPS. <a href="{link_unsub}">Abmelden</a></td></tr>
</table></td></tr></table><img width="1" height="1" alt="" src="https://2kd8r.r.sp1-brevo.net/tr/op/nUq3xW0Y8kR1"></body></html>"""
    return B(7, 'de', 'association-newsletter-brevo',
             date='2026-11-04 10:00:03', zone='DE',
             **{'from': C('bvs')}, to=[S('de_mgr')],
             env_from='bounces-14821-882@bvps-sprachschulen.de',
             subject='BVPS-Newsletter 11/2026: Integrationskurse, DTZ-Termine 2027, Förderung',
             body=alt(text, html, 'utf-8', 'quoted-printable'),
             infra=infra.brevo, ikw=dict(from_dom='bvps-sprachschulen.de'),
             extra=[('List-Unsubscribe', f'<{link_unsub}>, <mailto:unsubscribe-14821@bvps-sprachschulen.de>'),
                    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                    ('Precedence', 'bulk')],
             hard=[3],
             what='Subscribed trade-association newsletter sent through Brevo with List-Unsubscribe.',
             why='Expected monthly bulk mail from the association\'s own domain; informational content, no credential '
                 'request, no attachment; standard one-click unsubscribe. Same ESP as attack 03.')


@reg
def b08():
    text = """Sehr geehrte Frau Krämer,

leider muss ich mich heute mit einer Beschwerde an Sie wenden.

Der Englischkurs für unsere Konstrukteure (Gruppe 2, B2 Technical English) ist am Montag, 19.10., und am Dienstag, 20.10., jeweils ausgefallen, ohne dass wir vorher informiert wurden. An beiden Tagen saßen elf Kolleginnen und Kollegen um 7:30 Uhr im Schulungsraum und haben vergeblich auf den Trainer gewartet. Erst am Dienstagmittag kam eine kurze Nachricht, dass Herr Lindner erkrankt sei.

Für einen Rahmenvertrag in dieser Größenordnung erwarten wir, dass ein Ausfall spätestens am Vorabend gemeldet und möglichst eine Vertretung gestellt wird. Die Teilnehmenden haben die Zeit dafür aus ihren Projekten freigeschaufelt.

Wir bitten um
- eine Gutschrift für die beiden ausgefallenen Termine,
- einen verbindlichen Nachholplan bis Ende November und
- eine Vertretungsregelung für den Rest des Kurses.

Bitte melden Sie sich bis Freitag bei mir; sollte sich so etwas wiederholen, müssten wir den Rahmenvertrag für 2027 noch einmal grundsätzlich überdenken.

Mit freundlichen Grüßen

Claudia Fischer
Personalentwicklung

Nordwind Maschinenbau AG
Industriestraße 12 | 33602 Bielefeld
Tel. +49 521 9388-412"""
    html = html_outlook(text, 'windows-1252', sig_html='\n<p class="MsoNormal"><img width="160" height="40" '
                        'src="cid:image001.png@01DB42C1.5E8F0A90" alt="Nordwind Maschinenbau AG"></p>')
    logo = Bin(files.logo_png(160, 40, (0, 61, 122), (255, 255, 255)), 'image/png', 'image001.png',
               disp='inline', cid='image001.png@01DB42C1.5E8F0A90', desc='image001.png')
    body = Multi('related', [alt(text, html, 'windows-1252', 'quoted-printable'), logo], None,
                 ctparams='; type="multipart/alternative"')
    return B(8, 'de', 'customer-complaint-trainer-no-show',
             date='2026-10-21 16:48:27', zone='DE',
             **{'from': C('nordwind')}, to=[S('sales')], cc=[S('trainer')],
             subject='Beschwerde: Ausfall Englischkurs Gruppe 2 am 19. und 20.10.',
             hcs=('iso-8859-1', 'Q'),
             body=body, infra=infra.exo, ikw=dict(region='eur3', topic='Beschwerde: Ausfall Englischkurs Gruppe 2 am 19. und 20.10.'),
             hard=[],
             what='Corporate customer complaint about a trainer no-show, with credit-note request and contract warning.',
             why='Known customer contact on her company\'s M365; angry and demanding but asks only for a credit note '
                 'and a plan, no payment redirection, no links; Outlook signature logo inline.')
