"""Genuine business messages 01-08 (German) and 09-16 (English)."""
from common import *

F = "business"

SIG_LIEF = """
Lieferant GmbH
Gereonstraße 18, 50670 Köln
Tel. +49 221 987654-0 · www.lieferant-gmbh.de
Amtsgericht Köln HRB 61234 · Geschäftsführer: Andreas Wirtz"""


def lief_invoice_pdf(no, date, items, total, due, t):
    lines = [(14, True, "Lieferant GmbH"), "Gereonstraße 18 · 50670 Köln · USt-IdNr. " + BANK["lief_ustid"], "", "",
             "Example Group Sprachdienste GmbH", "Hohenzollernring 72", "50672 Köln", "",
             (12, True, "Rechnung %s" % no), "Rechnungsdatum: %s     Kundennummer: 10442" % date, ""]
    lines += items
    lines += ["", (11, True, "Rechnungsbetrag: %s EUR" % total), "Zahlbar bis %s ohne Abzug." % due, "",
              "Bankverbindung: Sparkasse KölnBonn · IBAN " + G(BANK["lief_old"]) + " · BIC COLSDE33XXX"]
    return pdf([lines], title="Rechnung " + no, author="Lieferant GmbH", creator="Sage 100", producer="Sage 100 PDF", date=pdfdate(t))


def b01():
    t = T("2026-10-29 11:05:37")
    inv = lief_invoice_pdf("RE-2026-4388", "22.10.2026",
                           ["Pos. 1  Trados GroupShare 2024 Server – Jahreswartung 11/2026–10/2027      12.150,00 EUR",
                            "Pos. 2  Trados Studio Professional, 15 Floating-Lizenzen – Wartung          3.350,00 EUR",
                            "Nettobetrag 15.500,00 EUR   zzgl. 19 % USt 2.945,00 EUR"], "18.445,00", "05.11.2026", t)
    text = """Liebe Frau Weiß,

Herr Maier von der Lieferant GmbH hat mich eben angerufen: Die Jahreswartung für unsere Trados-GroupShare-Serverlizenzen läuft am Freitag aus, und ohne Zahlungseingang werden die Lizenzen zum 01.11. gesperrt. Dann stünden die Projektteams in Köln und Krakau still.

Die Rechnung RE-2026-4388 (18.445,00 EUR) hängt an; die Freigabe im DMS habe ich gerade erteilt (Workflow 2026-10-2291). Bitte überweisen Sie den Betrag heute noch als Eilüberweisung auf die in den Stammdaten hinterlegte Bankverbindung der Lieferant GmbH – bitte keine neuen Kontodaten verwenden, falls Ihnen welche zugehen.

Frau Schäfer ist in CC und weiß Bescheid. Bei Fragen bin ich bis 17 Uhr im Büro (Durchwahl -100).

Viele Grüße
Jürgen Köhler

--
Jürgen Köhler
Geschäftsführer
Example Group Sprachdienste GmbH
Hohenzollernring 72, 50672 Köln
Tel. +49 221 4711-100
"""
    return mk(F, 1, "de", "ceo-urgent-payment-internal",
              infra=P(I.exchange_int, ws_ip="10.20.3.11"), frm=S("ceo"), to=[S("ap")], cc=[S("cfo")],
              subject="Dringend: Zahlung Lieferant GmbH RE-2026-4388 heute noch", t=t, hcs="iso-8859-1", hmode="Q",
              extra=[("Importance", "high"), ("X-Priority", "1")],
              body=lambda k: Multi("mixed", [alt(k, text, html_outlook(text, "iso-8859-1"), "iso-8859-1", quote_cs=True),
                                             PDF("RE-2026-4388.pdf", inv, fn_style="2047Q", fn_charset="iso-8859-1")], k.bd()),
              internal=True,
              what="The CEO asks accounts payable (CFO in CC) to pay a supplier's licence-maintenance invoice as an express transfer today, invoice attached.",
              why="Internal mail through EXCH01 and mail-int01; known supplier and invoice, approval workflow number, payment explicitly to the master-data account, CFO copied, phone extension offered.",
              pair="attack 01")


def b02():
    t = T("2026-11-17 09:41:02")
    letter = pdf([[(14, True, "Lieferant GmbH"), "Gereonstraße 18 · 50670 Köln", "", "",
                   "Example Group Sprachdienste GmbH", "Kreditorenbuchhaltung", "Hohenzollernring 72", "50672 Köln", "",
                   "Köln, 16.11.2026", "", (11, True, "Änderung unserer Bankverbindung zum 01.01.2027"), "",
                   "Sehr geehrte Damen und Herren,", "",
                   "zum 1. Januar 2027 führen wir unseren Zahlungsverkehr über die Commerzbank AG. Ab diesem Datum bitten wir um",
                   "Zahlung auf folgende Bankverbindung:", "",
                   "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: Commerzbank AG, Köln", "IBAN: " + G(BANK["lief_new"]), "BIC: COBADEFFXXX", "",
                   "Rechnungen mit Rechnungsdatum bis 31.12.2026 begleichen Sie bitte wie gewohnt auf unser Konto bei der",
                   "Sparkasse KölnBonn (IBAN " + G(BANK["lief_old"]) + ").", "",
                   "Bitte verifizieren Sie diese Mitteilung telefonisch über unsere Zentrale (0221 987654-0).", "",
                   "Mit freundlichen Grüßen", "", "Andreas Wirtz                          Petra Lang",
                   "Geschäftsführer                        Vertriebsinnendienst"]],
                 title="Bankverbindung 2027", author="Lieferant GmbH", creator="Microsoft® Word 2021", producer="Microsoft® Word 2021",
                 date=pdfdate(t))
    text = """Sehr geehrte Frau Weiß,

wie in unserem Kundenrundschreiben vom Oktober angekündigt, wickeln wir unseren Zahlungsverkehr ab dem 1. Januar 2027 über die Commerzbank ab. Die neue Bankverbindung lautet:

Kontoinhaber: Lieferant GmbH
Bank: Commerzbank AG, Köln
IBAN: %s
BIC: COBADEFFXXX

Bis zum 31.12.2026 bleibt unser Konto bei der Sparkasse KölnBonn unverändert gültig; Rechnungen mit Datum bis 31.12.2026 begleichen Sie bitte wie gewohnt dorthin.

Das unterschriebene Schreiben unserer Geschäftsführung liegt bei und geht Ihnen zusätzlich per Post zu. Bitte verifizieren Sie die Änderung vor der Umstellung telefonisch über unsere Zentrale unter der Ihnen bekannten Nummer 0221 987654-0. Wir werden Sie niemals per E-Mail auffordern, bereits fällige Zahlungen kurzfristig auf ein anderes Konto umzuleiten.

Mit freundlichen Grüßen

Petra Lang
Vertriebsinnendienst
%s
""" % (G(BANK["lief_new"]), SIG_LIEF)
    return mk(F, 2, "de", "supplier-bank-change-announced",
              infra=P(I.company_gw, gw_helo="mail.lieferant-gmbh.de", gw_ip="195.243.112.18", inner="SRV-EX01.lieferant.local",
                      inner_ip="192.168.10.12"),
              frm=CORR["lief_lang"], to=[S("ap")], cc=[S("proc")],
              subject="Neue Bankverbindung der Lieferant GmbH ab 01.01.2027 – bitte telefonisch verifizieren", t=t,
              hcs="windows-1252", hmode="Q",
              body=lambda k: Multi("mixed", [alt(k, text, html_outlook(text, "windows-1252"), "windows-1252", quote_cs=True),
                                             PDF("Bankverbindung_2027_Lieferant_GmbH.pdf", letter, fn_style="plain")], k.bd()),
              what="Lieferant GmbH announces its new Commerzbank account from 1 Jan 2027 with a signed letter, also sent by post.",
              why="Real domain and the supplier's own mail gateway/Exchange; change announced weeks ahead, old account stays valid for current invoices, asks for phone verification via the known switchboard, no redirection of open items.",
              pair="attack 02")


UBL = """<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>RE-2026-4561</cbc:ID>
  <cbc:IssueDate>2026-11-09</cbc:IssueDate>
  <cbc:DueDate>2026-12-09</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>EXG-PO-2026-0877</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cac:PartyName><cbc:Name>Lieferant GmbH</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:StreetName>Gereonstraße 18</cbc:StreetName><cbc:CityName>Köln</cbc:CityName><cbc:PostalZone>50670</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>{USTID}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Lieferant GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
    <cac:Contact><cbc:Name>Buchhaltung</cbc:Name><cbc:Telephone>+49 221 987654-30</cbc:Telephone><cbc:ElectronicMail>rechnungen@lieferant-gmbh.de</cbc:ElectronicMail></cac:Contact>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PartyName><cbc:Name>Example Group Sprachdienste GmbH</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:StreetName>Hohenzollernring 72</cbc:StreetName><cbc:CityName>Köln</cbc:CityName><cbc:PostalZone>50672</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>{EXVAT}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Example Group Sprachdienste GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>RE-2026-4561</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>{IBAN}</cbc:ID><cbc:Name>Lieferant GmbH</cbc:Name><cac:FinancialInstitutionBranch><cbc:ID>COLSDE33XXX</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>Zahlbar innerhalb 30 Tagen ohne Abzug.</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">866.42</cbc:TaxAmount>
    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">4560.10</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">866.42</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">4560.10</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="EUR">4560.10</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">5426.52</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">5426.52</cbc:PayableAmount></cac:LegalMonetaryTotal>
  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="H87">3</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="EUR">3897.00</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Notebook Lenovo ThinkPad T14 Gen 6, 32 GB, inkl. Einrichtung</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">1299.00</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
  <cac:InvoiceLine><cbc:ID>2</cbc:ID><cbc:InvoicedQuantity unitCode="H87">250</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="EUR">663.10</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Druck und Bindung beglaubigter Übersetzungen, Fadenheftung mit Siegelschnur (Seiten)</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">2.6524</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
</ubl:Invoice>
"""


def b03():
    t = T("2026-11-09 18:02:11")
    xml = (UBL.replace("{USTID}", BANK["lief_ustid"]).replace("{EXVAT}", __import__("people").COMPANY["vat"])
           .replace("{IBAN}", BANK["lief_old"])).encode("utf-8")
    inv = lief_invoice_pdf("RE-2026-4561", "09.11.2026",
                           ["Ihre Bestellung EXG-PO-2026-0877", "Pos. 1  3 x Notebook Lenovo ThinkPad T14 Gen 6, inkl. Einrichtung   3.897,00 EUR",
                            "Pos. 2  250 Seiten Druck und Bindung beglaubigter Übersetzungen                    663,10 EUR",
                            "Nettobetrag 4.560,10 EUR   zzgl. 19 % USt 866,42 EUR"], "5.426,52", "09.12.2026", t)
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-4561 vom 09.11.2026 als E-Rechnung im Format XRechnung 3.0 (UBL) sowie eine PDF-Ansicht zur Information. Maßgeblich ist die XML-Datei.

Rechnungsbetrag: 5.426,52 EUR
Ihre Bestellung: EXG-PO-2026-0877
Zahlbar bis: 09.12.2026 ohne Abzug

Bei Rückfragen zur Rechnung erreichen Sie unsere Buchhaltung unter +49 221 987654-30.

Mit freundlichen Grüßen
Ihre Buchhaltung der Lieferant GmbH
%s
""" % SIG_LIEF
    xa = Attach("application/xml", xml, "RE-2026-4561.xml", fn_style="plain")
    xa.note = "XRechnung 3.0 UBL XML"
    return mk(F, 3, "de", "supplier-xrechnung-invoice",
              infra=P(I.company_gw, gw_helo="mail.lieferant-gmbh.de", gw_ip="195.243.112.18", inner="SRV-ERP01.lieferant.local",
                      inner_ip="192.168.10.31", exchange=False, mailer="Sage 100 9.0 E-Mail-Versand"),
              frm=CORR["lief_buch"], to=[("Kreditorenbuchhaltung Example Group", S("ap")[1])],
              subject="Rechnung RE-2026-4561 vom 09.11.2026 (XRechnung)", t=t, hcs="iso-8859-15", hmode="Q",
              msgid="<20261109170211.SRV-ERP01.RE-2026-4561.4f1c@lieferant-gmbh.de>",
              body=lambda k: Multi("mixed", [Text(text, "plain", "iso-8859-15", "8bit"), xa,
                                             PDF("RE-2026-4561.pdf", inv, fn_style="plain")], k.bd()),
              what="Lieferant GmbH's ERP sends invoice RE-2026-4561 as XRechnung XML plus PDF view for notebooks and certified-translation binding.",
              why="Real supplier domain and gateway, expected e-invoice format, purchase-order reference, account unchanged (Sparkasse KölnBonn), no links or log-in.",
              pair="attack 03")


def b04():
    t = T("2026-11-11 14:26:45")
    dun = pdf([[(14, True, "Lieferant GmbH"), "Gereonstraße 18 · 50670 Köln", "", "Example Group Sprachdienste GmbH", "Hohenzollernring 72, 50672 Köln", "",
                (12, True, "2. Mahnung"), "Köln, 11.11.2026", "",
                "RE-2026-4217 vom 15.09.2026   fällig 15.10.2026   14.892,80 EUR",
                "RE-2026-4233 vom 22.09.2026   fällig 22.10.2026    8.725,00 EUR",
                (11, True, "Offener Betrag: 23.617,80 EUR"), "",
                "Zahlungsfrist: 20.11.2026. Danach stellen wir Lieferungen und Lizenzfreischaltungen ein.",
                "Bankverbindung: Sparkasse KölnBonn · IBAN " + G(BANK["lief_old"])]],
              title="2. Mahnung", author="Lieferant GmbH", creator="Sage 100", producer="Sage 100 PDF", date=pdfdate(t))
    text = """Sehr geehrte Frau Weiß,
sehr geehrter Herr Dietrich,

trotz unserer Zahlungserinnerung vom 21.10.2026 sind die folgenden Rechnungen weiterhin offen:

RE-2026-4217 vom 15.09.2026 (memoQ-Serverlizenz, Erweiterung 20 Nutzer) – 14.892,80 EUR
RE-2026-4233 vom 22.09.2026 (Druck und Bindung beglaubigter Übersetzungen Q3) – 8.725,00 EUR

Offener Gesamtbetrag: 23.617,80 EUR

Sollte der Betrag nicht bis zum 20.11.2026 auf unserem bekannten Konto bei der Sparkasse KölnBonn eingehen, sehen wir uns leider gezwungen, weitere Lieferungen und Lizenzfreischaltungen einzustellen und auch den Druck- und Bindeservice für Ihre beglaubigten Übersetzungen bis zum Ausgleich auszusetzen. Die Mahnung liegt als PDF bei.

Falls sich die Zahlung mit diesem Schreiben überschnitten hat, betrachten Sie es bitte als gegenstandslos. Für eine Ratenvereinbarung rufen Sie mich gerne an.

Mit freundlichen Grüßen

Stefan Maier
Key Account Manager
Tel. +49 221 987654-15
%s
""" % SIG_LIEF
    return mk(F, 4, "de", "supplier-dunning-supply-stop",
              infra=P(I.company_gw, gw_helo="mail.lieferant-gmbh.de", gw_ip="195.243.112.18", inner="SRV-EX01.lieferant.local",
                      inner_ip="192.168.10.12"),
              frm=CORR["lief_maier"], to=[S("ap"), S("proc")], subject="2. Mahnung – RE-2026-4217 / RE-2026-4233 – Liefer- und Lizenzsperre ab 20.11.",
              t=t, hcs="iso-8859-15", hmode="Q", extra=[("Importance", "high")],
              body=lambda k: Multi("mixed", [alt(k, text, html_outlook(text, "iso-8859-15"), "iso-8859-15", quote_cs=True),
                                             PDF("2_Mahnung_10442.pdf", dun, fn_style="plain")], k.bd()),
              what="Second dunning letter from the supplier's key-account manager: EUR 23,617.80 overdue, supply and licence stop threatened after 20 Nov.",
              why="Urgent and threatening but genuine: real sender and infrastructure, real invoice numbers, payment to the known account, offers a phone call and instalments.",
              pair="attack 02 (urgent supplier payment)")


def b05():
    t = T("2026-10-20 15:14:08", "UTC")
    env = "e7a1c2d4-5b3f-4a8e-9c61-2f0b7d3e8a45"
    acct = "3d8f1b27-64ac-4e19-b5d0-8a2c7f91e6b3"
    url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=9b4e2c71-0d5a-4f38-a6e1-c3b7d8f2a914" % (env, acct)
    code = "E7A1C2D45B3F4A8E9C612F0B7D3E8A452"
    text = """Dr. Claudia Wendt hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.

DOKUMENT ÜBERPRÜFEN: %s

Dr. Claudia Wendt
claudia.wendt@rheinpharm.de

Sehr geehrte Frau Böhm,
wie besprochen anbei der Rahmenvertrag 2027 zur Unterschrift. Die Anlagen (Preisliste und QS-Vereinbarung) sind unverändert gegenüber dem Entwurf vom 9. Oktober.
Beste Grüße, Claudia Wendt

Diese E-Mail nicht weitergeben: Dieser Link ermöglicht Anderen den Zugriff auf das Dokument.

Alternative Signaturmethode
Besuchen Sie Docusign.com, klicken Sie auf 'Zugriff auf Dokumente' und geben Sie den Sicherheitscode ein:
%s

Über Docusign
Unterzeichnen Sie Dokumente elektronisch in nur wenigen Minuten. Es ist sicher. Egal, ob Sie im Büro, zu Hause oder unterwegs sind – Docusign bietet eine vertrauenswürdige Lösung für Digital Transaction Management.

Fragen zum Dokument?
Wenn Sie das Dokument ändern müssen oder Fragen zum Dokument haben, wenden Sie sich bitte direkt an den Absender.
""" % (url, code)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:2px;margin:0;background:#eaeaea">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:20px 0">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:16px 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116" height="34"></td></tr>
<tr><td style="padding:0 24px 24px 24px"><table width="100%%" style="background:#1e4ca1"><tr><td align="center" style="padding:28px;color:#ffffff;font-size:16px">
Dr. Claudia Wendt hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.<br><br>
<a href="%s" style="background:#ffc423;color:#333;text-decoration:none;padding:10px 24px;font-size:15px;font-weight:bold;border-radius:2px">DOKUMENT ÜBERPRÜFEN</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px;font-size:15px;color:#333"><b>Dr. Claudia Wendt</b><br><a href="mailto:claudia.wendt@rheinpharm.de">claudia.wendt@rheinpharm.de</a><br><br>
Sehr geehrte Frau Böhm,<br>wie besprochen anbei der Rahmenvertrag 2027 zur Unterschrift. Die Anlagen (Preisliste und QS-Vereinbarung) sind unverändert gegenüber dem Entwurf vom 9. Oktober.<br>Beste Grüße, Claudia Wendt<br><br></td></tr>
<tr><td style="padding:24px;background:#eaeaea;font-size:11px;color:#666"><b>Diese E-Mail nicht weitergeben:</b> Dieser Link ermöglicht Anderen den Zugriff auf das Dokument.<br><br>
<b>Alternative Signaturmethode</b><br>Besuchen Sie Docusign.com, klicken Sie auf 'Zugriff auf Dokumente' und geben Sie den Sicherheitscode ein: %s<br><br>
<b>Fragen zum Dokument?</b><br>Wenn Sie das Dokument ändern müssen oder Fragen zum Dokument haben, wenden Sie sich bitte direkt an den Absender.</td></tr>
</table></td></tr></table></body></html>
""" % (url, code)
    return mk(F, 5, "de", "docusign-envelope-customer-contract",
              infra=P(I.docusign), frm=("Dr. Claudia Wendt über Docusign", "dse@eumail.docusign.net"), to=[S("sales")],
              reply_to=CORR["rheinpharm"],
              subject="Bitte mit Docusign unterzeichnen: Rahmenvertrag Übersetzungsleistungen 2027 Rheinpharm",
              t=t, zone="UTC", bstyle="hex",
              extra=[("X-DocuSign-Envelope-Id", env.upper())],
              body=lambda k: alt(k, text, html, "utf-8", "quoted-printable"),
              what="DocuSign envelope from the pharma customer's regulatory-affairs contact for the 2027 framework agreement.",
              why="Sent by DocuSign's EU infrastructure (docusign.net), links only to eu.docusign.net, Reply-To is the real customer contact, personal note referencing the draft discussed earlier, alternative access code.",
              pair="attack 04")


def b06():
    t = T("2026-11-16 07:12:40")
    text = """Hallo Sabine,

ich bin leider seit heute Nacht mit Fieber und Magen-Darm krank und war eben schon beim Hausarzt. Ich bin voraussichtlich bis einschließlich Freitag krankgeschrieben; die eAU hat die Praxis direkt an die TK übermittelt, du kannst sie also wie gewohnt abrufen.

Ich schreibe dir von meiner privaten Adresse, weil ich den Laptop am Freitag im Büro gelassen habe.

Birgit, die Offene-Posten-Liste für Rheinpharm und Brenner & Partner liegt im Teams-Kanal „Debitoren“ im Ordner 2026-11. Die Mahnläufe für diese Woche habe ich noch nicht gestartet – vielleicht kann Monika das übernehmen?

Viele Grüße
Tobias
"""
    return mk(F, 6, "de", "colleague-sick-leave-private-gmx",
              infra=P(I.gmx, origin="87.163.44.201"), frm=CORR["brandt_priv"], to=[S("hr")], cc=[S("cfo")],
              subject="Krankmeldung Tobias Brandt", t=t, bstyle="gmx",
              body=lambda k: Text(text, "plain", "UTF-8", "quoted-printable"),
              what="An accounts-receivable clerk reports sick from his private GMX address and hands over open tasks.",
              why="Private mailbox of a real employee, German Telekom dial-up IP, no request for money or data changes, eAU handled through the health insurer as usual, manager in CC.",
              pair="attack 05")


def b07():
    t = T("2026-11-23 16:48:19")
    text = """Sehr geehrte Frau Böhm,

in der von Ihnen am 18.11.2026 gelieferten beglaubigten Übersetzung des polnischen Registerauszugs (KRS) der Nowacki Logistyka sp. z o.o. sind zwei Fehler enthalten, die uns erst bei der Vorbereitung des Schriftsatzes aufgefallen sind:

1. Der Name des Vorstandsmitglieds ist auf Seite 2 als „Wojciech Nowak“ statt „Wojciech Nowacki“ wiedergegeben.
2. Die KRS-Nummer lautet 0000418273, nicht 0000418237.

Das Landgericht Köln hat uns für die Vorlage der Übersetzungen eine Frist bis zum 27.11.2026 gesetzt (Az. 22 O 187/26). Ich erwarte daher eine korrigierte und erneut beglaubigte Fassung bis spätestens Mittwoch, 25.11.2026, 12:00 Uhr, per Kurier an unsere Kanzlei. Sollte dies nicht möglich sein, müssten wir kurzfristig ein anderes Büro beauftragen und Ihnen die Mehrkosten in Rechnung stellen.

Ich bitte um kurze Bestätigung bis morgen.

Mit freundlichen Grüßen

Thomas Brenner
Rechtsanwalt

Brenner & Partner Rechtsanwälte mbB
Kaiser-Wilhelm-Ring 24, 50672 Köln
Tel. +49 221 310 288-0
"""
    return mk(F, 7, "de", "customer-complaint-sworn-translation",
              infra=P(I.hosted, provider="ionos", origin_ip="217.110.92.34", mailer="Microsoft Outlook 16.0"),
              frm=CORR["brenner"], to=[S("sales")], cc=[S("vm")],
              subject="Beschwerde: Fehler in beglaubigter Übersetzung KRS-Auszug – Frist LG Köln 27.11.", t=t, hcs="iso-8859-1", hmode="Q",
              body=lambda k: alt(k, text, html_outlook(text, "iso-8859-1"), "iso-8859-1", quote_cs=True),
              what="Law-firm customer complains about two errors in a sworn translation of a Polish register extract and demands a corrected certified copy before a court deadline.",
              why="Known customer on its usual IONOS mail hosting, concrete case data, threat is commercial (cost of another agency), no links, attachments or payment changes.")


def b08():
    t = T("2026-10-28 20:31:56")
    cv = pdf([[(15, True, "Laura Schmitz"), "Diplom-Übersetzerin · Ermächtigte Übersetzerin für Englisch und Spanisch (OLG Köln)",
               "Bonn · laura.schmitz.uebersetzungen@t-online.de", "", (11, True, "Berufserfahrung"),
               "seit 2020   Freiberufliche Fachübersetzerin EN/ES > DE (Recht, Handelsregister, Urkunden)",
               "2016–2020   Inhouse-Übersetzerin, Kanzlei im Bereich Wirtschaftsrecht, Düsseldorf", "",
               (11, True, "Ausbildung"), "2010–2016   Diplom-Übersetzerin, TH Köln (Englisch, Spanisch)", "",
               (11, True, "Werkzeuge"), "Trados Studio 2024, memoQ 11, Xbench", "",
               (11, True, "Mitgliedschaften"), "BDÜ Landesverband NRW"]],
             title="Lebenslauf Laura Schmitz", author="Laura Schmitz", creator="Pages", producer="macOS Version 15.6 (Build 24G84) Quartz PDFContext",
             date=pdfdate(t))
    ref = pdf([["Referenzen Laura Schmitz", "", "- Kanzlei Dr. Sommer & Kollegen, Düsseldorf (Handelsrecht, 2016–2020)",
                "- Fachübersetzungen für zwei Notariate im Raum Bonn (Urkunden, Vollmachten, Apostillen)",
                "- Ermächtigungsurkunde OLG Köln vom 14.03.2021 (Kopie auf Anfrage)"]],
              title="Referenzen", author="Laura Schmitz", creator="Pages", producer="macOS Version 15.6 (Build 24G84) Quartz PDFContext",
              date=pdfdate(t))
    text = """Sehr geehrte Frau Neumann,

auf der Website des BDÜ habe ich gesehen, dass Sie für beglaubigte Übersetzungen im Rechtsbereich freiberufliche Unterstützung suchen. Ich bin seit 2021 vom OLG Köln als Übersetzerin für Englisch und Spanisch ermächtigt und übersetze vor allem Handelsregisterauszüge, Gesellschaftsverträge, Vollmachten und notarielle Urkunden.

Meinen Lebenslauf und eine Übersicht meiner Referenzen habe ich angehängt. Gern fertige ich eine Probeübersetzung an.

Mit freundlichen Grüßen
Laura Schmitz

Laura Schmitz
Ermächtigte Übersetzerin (OLG Köln) – Englisch, Spanisch
Bonn · Tel. 0228 9284 1173
"""
    html = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' + \
        "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.split("\n")) + "</body></html>\n"
    return mk(F, 8, "de", "freelancer-application-pdf-cv",
              infra=P(I.tonline, origin_ip="93.199.61.148"), frm=CORR["applicant"], to=[S("vm")],
              subject="Bewerbung als freiberufliche Übersetzerin (EN/ES > DE, Recht) – ermächtigt OLG Köln", t=t,
              body=lambda k: Multi("mixed", [alt(k, text, html, "utf-8", "quoted-printable"),
                                             PDF("Lebenslauf_Laura_Schmitz.pdf", cv, fn_style="plain", disposition="inline"),
                                             PDF("Referenzen_Laura_Schmitz.pdf", ref, fn_style="plain", disposition="inline")], k.bd()),
              what="Genuine freelance application of a court-authorised translator with CV and references as plain PDFs.",
              why="Sent from a T-Online consumer account via Apple Mail from a German IP; attachments are ordinary unencrypted PDFs; specific, verifiable professional details.",
              pair="attack 07")


# -------------------------------------------------------------- English

def b09():
    t = T("2026-11-16 21:03:12", "UTC")
    text = """Microsoft 365

Your subscription will renew soon

Your Microsoft 365 Business Premium subscription is set to renew automatically on 1 December 2026.

Subscription: Microsoft 365 Business Premium
Licences: 25
Billing account: Example Group UK Ltd
Billing frequency: Annual

No action is required if you want to keep your subscription. To review licences, change the renewal settings or update your payment method, sign in to the Microsoft 365 admin center:
https://admin.microsoft.com/Adminportal/Home#/subscriptions

Microsoft respects your privacy. To learn more, please read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
"""
    html = html_simple(text.replace("https://", "https://"), "utf-8", "font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130")
    return mk(F, 9, "en", "microsoft-365-renewal-notice",
              infra=P(I.ms_notify), frm=("Microsoft", "microsoft-noreply@microsoft.com"), to=[S("uk_mgr")],
              subject="Your Microsoft 365 Business Premium subscription will renew on 1 December 2026", t=t, zone="UTC", bstyle="hex",
              body=lambda k: alt(k, text, html, "utf-8", "quoted-printable"),
              what="Microsoft's genuine notice that the UK tenant's Business Premium subscription renews on 1 December.",
              why="Microsoft notification infrastructure (EOP outbound, microsoft.com sender), links only to admin.microsoft.com and go.microsoft.com, no phone number, no charge claimed.",
              pair="attack 12")


def b10():
    t = T("2026-10-07 06:44:51", "PT")
    tok = "Mf2Q8vKpZr7TxN1cYbW4hA9sEeLg0uJ3dRkVn6iOqS5tGz"
    text = """Hi @mvogel-exg,

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following link to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % tok
    html = html_simple(text, "utf-8", "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px")
    return mk(F, 10, "en", "github-password-reset",
              infra=P(I.github), frm=("GitHub", "noreply@github.com"), to=[("mvogel-exg", S("it")[1])],
              subject="[GitHub] Please reset your password", t=t, zone="PT", bstyle="hex",
              msgid="<67f3a1b2c4d5e_3b9a1f7c40d2e8@github.com>",
              body=lambda k: alt(k, text, html, "UTF-8", "7bit", cte_html="quoted-printable"),
              what="GitHub password-reset mail requested by the head of IT for his GitHub account.",
              why="Sent by GitHub's own SMTP (smtp.github.com, out-2x hosts), link only to github.com, short-lived token, triggered by the user.")


def b11():
    t = T("2026-11-02 09:14:37", "UTC")
    text = """A new sign-in on Windows

emma.clarke@example.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
https://accounts.google.com/AccountChooser?Email=emma.clarke@example.com&continue=https://myaccount.google.com/alert/nt/1793610877000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D-4417682290137364512%%26et%%3D0

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % ()
    html = html_simple(text, "UTF-8", "font-family:'Google Sans',Roboto,Arial,sans-serif;font-size:14px;color:#202124")
    return mk(F, 11, "en", "google-new-signin-alert",
              infra=P(I.google_notify), frm=("Google", "no-reply@accounts.google.com"), to=[S("uk_sales")],
              subject="Security alert", t=t, zone="UTC",
              body=lambda k: alt(k, text, html, "UTF-8", "quoted-printable"),
              what="Google's genuine 'new sign-in on Windows' alert for the Google account (Ads/Business Profile) registered to the UK coordinator's work address.",
              why="Google's own infrastructure (mail-sor-f*.google.com, Google Transport Security), links only to accounts.google.com / myaccount.google.com, no credential request.",
              pair="attack 38 (sign-in alert theme)")


def b12():
    t = T("2026-10-20 08:00:14", "UTC")
    vrn = ids.gb_vat("3148207")[2:]
    text = """HM Revenue & Customs

Your VAT Return is due

Dear Example Group UK Ltd

VAT registration number: %s

Your VAT Return for the period 07 26 to 09 26 is due by 7 November 2026. Any payment must also reach HMRC by this date.

You must submit your return using software compatible with Making Tax Digital. Find out more at https://www.gov.uk/submit-vat-return

For security reasons, we have not included a link to sign in to your HMRC online services account.

From HMRC

This is an automated email - please do not reply.
""" % vrn
    html = html_simple(text, "utf-8", "font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c")
    return mk(F, 12, "en", "hmrc-vat-return-reminder-govuk-notify",
              infra=P(I.ses, region="eu-west-2"), frm=("HMRC", "noreply@tax.service.gov.uk"), to=[S("uk_acc")],
              subject="Your VAT Return is due", t=t, zone="UTC", bstyle="java",
              body=lambda k: alt(k, text, html, "utf-8", "quoted-printable"),
              what="HMRC reminder (via GOV.UK Notify on Amazon SES) that the Q3 VAT return is due by 7 November.",
              why="Sender tax.service.gov.uk via the government's notification platform, no sign-in link (HMRC says so explicitly), only a gov.uk guidance link.",
              pair="attack 11")


def b13():
    t = T("2026-11-10 11:37:02", "UK")
    link = "https://thameslegal.sharepoint.com/:f:/s/Litigation/EhK3o8mR9vFNuQ2tY6a1cWcBr8xPq4fE0jZkLm2nYt7sVA?e=Qb3nF1"
    text = """James Harper shared a folder with you

Dear Emma, further to our call, here are the 14 witness statements for certified translation (Polish and Lithuanian into English). Could you confirm receipt and the delivery date? Our ref TL/4471/JH.

TL-4471 Witness statements
%s

This link will work for anyone at Example Group.

Microsoft respects your privacy. To learn more, please read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % link
    html = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:'Segoe UI',Arial,sans-serif">
<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1"><tr><td style="padding:24px">
<div style="font-size:21px;color:#333">James Harper shared a folder with you</div>
<p style="font-size:14px;color:#333">Dear Emma, further to our call, here are the 14 witness statements for certified translation (Polish and Lithuanian into English). Could you confirm receipt and the delivery date? Our ref TL/4471/JH.</p>
<div style="border:1px solid #e1e1e1;padding:12px;font-size:14px">&#128193; <a href="%s">TL-4471 Witness statements</a></div>
<p style="font-size:12px;color:#666">This link will work for anyone at Example Group.</p>
<p style="font-size:11px;color:#777"><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
""" % link)
    return mk(F, 13, "en", "client-sharepoint-share-genuine",
              infra=P(I.m365, org="thameslegal.co.uk", pod="LO4P265MB", region="GBRP265", lang="en-GB"),
              frm=("James Harper", "no-reply@sharepointonline.com"), to=[S("uk_sales")], reply_to=CORR["thames"],
              subject="James Harper shared the folder \"TL-4471 Witness statements\" with you", t=t, zone="UTC", bstyle="hex",
              body=lambda k: alt(k, text, html, "utf-8", "quoted-printable"),
              what="SharePoint sharing notification from the law-firm client: folder with 14 witness statements for certified translation.",
              why="Sent by SharePoint Online from the client's tenant, Reply-To the real contact, link to the firm's team site (/:f:/s/Litigation), matches an agreed job; attack 16 later hijacks the e-mail thread about this same engagement.",
              pair="attack 16")


def b14():
    t = T("2026-12-03 12:00:41", "UTC")
    base = "https://iti.us21.list-manage.com"
    text = """ITI Bulletin – December 2026

In this issue
* ITI Conference 2027, Manchester, 14–15 May: call for papers closes 31 January
* CPD webinars in December: post-editing contracts, certified translation and AI, interpreting for the NHS
* New guidance: certification of translations for UK courts and the Home Office
* Member news and regional network meetings

Read the full Bulletin online:
%s/track/click?u=8b2f4c61a9e07d35b1c48f26e&id=3c71e9a04b&e=5d1a2c3b4e

You are receiving this email because Example Group UK Ltd is a corporate member of the Institute of Translation & Interpreting.
Update your preferences: %s/profile?u=8b2f4c61a9e07d35b1c48f26e&id=d41f0a9c27
Unsubscribe: %s/unsubscribe?u=8b2f4c61a9e07d35b1c48f26e&id=d41f0a9c27

Institute of Translation & Interpreting, Milton Keynes, United Kingdom
""" % (base, base, base)
    html = html_simple(text, "utf-8", "font-family:Georgia,serif;font-size:15px;color:#222")

    def infra(ctx):
        inf = I.mailchimp(ctx, dc="us21", list_name="ITI Bulletin", list_id="d41f0a9c27", u="8b2f4c61a9e07d35b1c48f26e")
        inf["extra"] = inf["extra"] + [
            ("List-Unsubscribe", "<%s/unsubscribe?u=8b2f4c61a9e07d35b1c48f26e&id=d41f0a9c27&t=b&e=5d1a2c3b4e&c=3c71e9a04b>,\n <mailto:%s?subject=unsubscribe>"
             % (base, inf["unsub_mail"])),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
        return inf
    return mk(F, 14, "en", "trade-association-newsletter-mailchimp",
              infra=infra, frm=("ITI Bulletin", "bulletin@iti.org.uk"), to=[S("uk_sales")],
              subject="ITI Bulletin: Conference 2027 call for papers, December CPD webinars, certified translation guidance",
              t=t, zone="UTC", bstyle="mc",
              body=lambda k: alt(k, text, html, "utf-8", "quoted-printable"),
              what="Subscribed monthly newsletter of the translators' professional association, sent via Mailchimp.",
              why="Expected bulk mail: Mailchimp infrastructure, List-Id, RFC 8058 one-click List-Unsubscribe, corporate-membership footer; informational content only.")


def b15():
    t = T("2026-12-10 08:30:05")
    text = """Dear colleagues,

over the last two weeks several offices have received fraudulent e-mails. Please be aware of three patterns:

1. Gift-card requests: someone uses a manager's name on a Gmail or other private address and asks you to buy gift cards or send card codes. No one at Example Group will ever ask for gift cards by e-mail. Please verify any unusual request by calling the person on their known number.

2. "Your account has been hacked" extortion e-mails that appear to come from your own address and demand Bitcoin. These are bluffs sent to millions of addresses. Do not reply and do not pay; just forward them to security@example.com and delete them.

3. Fake IT support: our IT team never contacts you through external Teams accounts and never asks you to start Quick Assist, AnyDesk or TeamViewer. Genuine IT tickets come from helpdesk.example.com or from me.

Bank-detail changes from suppliers and changes to salary accounts are only processed after a call-back to a known number, no matter how urgent the request sounds.

If in doubt, forward the message to security@example.com or call the IT hotline on extension 2400.

Thank you for staying alert.

Lena Krüger
IT Security & Mail Administration
Example Group Sprachdienste GmbH, Köln
"""
    return mk(F, 15, "en", "internal-security-awareness-notice",
              infra=P(I.exchange_int, ws_ip="10.20.3.42", lang="en-US"), frm=S("sec"),
              to=[("All Staff Example Group", "allstaff@example.com")], rcpt=S("uk_sales")[1],
              subject="Security notice: gift-card requests, extortion e-mails and fake IT support calls", t=t,
              body=lambda k: alt(k, text, html_outlook(text, "utf-8", "EN-US"), "utf-8", quote_cs=True),
              internal=True,
              what="Internal security-awareness circular from the mail administrator warning about gift-card, extortion and fake-IT scams.",
              why="Internal Exchange mail via mail-int01, from the real IT security admin to the all-staff list; mentions scam keywords (gift cards, Bitcoin, Quick Assist) but only advises and points to internal contacts.",
              pair="attack 14, 15 (same keywords)")


def b16():
    t = T("2026-11-04 14:22:51", "UK")
    meet = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4ZDcxYzItOTFmMy00YjUyLWE3ZDQtMmM5ZTFiMGY4YTQz%40thread.v2/0?context=%7b%22Tid%22%3a%2271c4e2a9-3b8d-4f60-9e15-a2c7d4b8f013%22%2c%22Oid%22%3a%22e5f0a3b1-8c2d-47e9-b6a4-1d9c3e7f2a58%22%7d"
    text = """Hi Emma,

As discussed, here is the invite for the interpreter briefing ahead of the supplier audit at our Wrocław plant on 24–25 November (Polish/English, two consecutive interpreters). We will go through the audit agenda, the safety induction and the technical glossary.

Best regards
Sarah

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<%s>
Meeting ID: 382 114 907 55
Passcode: Vb7hZ2
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
""" % meet
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Sarah Whitmore:mailto:sarah.whitmore@northbridge-eng.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emma Clarke:mailto:emma.clarke@example.com
DESCRIPTION;LANGUAGE=en-GB:Interpreter briefing ahead of the supplier audit at the Wrocław plant.
SUMMARY;LANGUAGE=en-GB:Interpreter briefing – plant audit Wrocław (PL/EN)
DTSTART;TZID=GMT Standard Time:20261112T100000
DTEND;TZID=GMT Standard Time:20261112T110000
UID:040000008200E00074C5B7101A82E00800000000B0F3D7C16E4EDC01000000000000000010000000A7C3E9F15D2B4A4E8F6C1D0B9E3A7F25
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T142251Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-SKYPETEAMSMEETINGURL:%s
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n") % meet
    html = html_outlook(text, "utf-8", "EN-GB")
    return mk(F, 16, "en", "customer-teams-meeting-invite",
              infra=P(I.m365, org="northbridge-eng.co.uk", pod="CWLP265MB", region="GBRP265", lang="en-GB"),
              frm=CORR["northbridge"], to=[S("uk_sales")],
              subject="Interpreter briefing – plant audit Wrocław (PL/EN)", t=t, zone="UK",
              body=lambda k: Multi("alternative", [Text(text, "plain", "utf-8", "quoted-printable", quote_cs=True),
                                                   HText(html, "utf-8", "quoted-printable", quote_cs=True),
                                                   Text(ics, "calendar", "utf-8", "base64", params='; method=REQUEST', quote_cs=True)], k.bd()),
              what="Industrial customer's Teams meeting invitation for an interpreter briefing before a plant audit.",
              why="Customer's own Microsoft 365 tenant, genuine Teams join link and calendar part, agreed engagement; no code entry or sign-in to a third-party resource.",
              pair="attack 09")


BUSINESS = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16]
