"""Genuine business messages, German (01-08)."""
import tpl
from company import BANK, S, TAX
from compose import att_pdf, att_raw

LIEF = dict(edge=0, region="eurprd04", prefix="DU2PR04MB", lang="de-DE")

_xml = """<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>RE-FL-2026-08812</cbc:ID>
  <cbc:IssueDate>2026-11-02</cbc:IssueDate>
  <cbc:DueDate>2026-11-16</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>4500018790</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cbc:EndpointID schemeID="EM">buchhaltung@frischeland-grosshandel.de</cbc:EndpointID>
    <cac:PostalAddress><cbc:StreetName>Am Großmarkt 6</cbc:StreetName><cbc:CityName>Köln</cbc:CityName><cbc:PostalZone>50968</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>%(vat)s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Frischeland Großhandel GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cbc:EndpointID schemeID="EM">rechnungseingang@example.com</cbc:EndpointID>
    <cac:PostalAddress><cbc:CityName>Köln</cbc:CityName><cbc:PostalZone>50667</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyLegalEntity><cbc:RegistrationName>Example Group SE</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
    <cac:PayeeFinancialAccount><cbc:ID>%(iban)s</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">171.75</cbc:TaxAmount>
    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">2453.50</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">171.75</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>7</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">2453.50</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">2453.50</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">2625.25</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">2625.25</cbc:PayableAmount></cac:LegalMonetaryTotal>
%(lines)s
</ubl:Invoice>
"""
_lines = [("1", "Hähnchenbrustfilet frisch", "KGM", "120", "8.90", "1068.00"),
          ("2", "Rindergulasch frisch", "KGM", "60", "13.40", "804.00"),
          ("3", "Kartoffeln festkochend 12,5 kg", "XSA", "40", "11.20", "448.00"),
          ("4", "Eisbergsalat", "H87", "150", "0.89", "133.50")]
_xml = _xml % dict(vat=TAX["de_frischeland"], iban=BANK["frischeland"].replace(" ", ""), lines="\n".join(
    '  <cac:InvoiceLine><cbc:ID>%s</cbc:ID><cbc:InvoicedQuantity unitCode="%s">%s</cbc:InvoicedQuantity>'
    '<cbc:LineExtensionAmount currencyID="EUR">%s</cbc:LineExtensionAmount><cac:Item><cbc:Name>%s</cbc:Name>'
    '<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>7</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>'
    '<cac:Price><cbc:PriceAmount currencyID="EUR">%s</cbc:PriceAmount></cac:Price></cac:InvoiceLine>'
    % (i, u, q, a, n, p) for i, n, u, q, p, a in _lines))

MESSAGES = [
    dict(
        n=1, lang="de", slug="lieferant-rechnung-pdf",
        prof=("m365", LIEF),
        frm=("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"),
        to=[S("ap")],
        subject="Rechnung RE-2026-12107 - Example Group SE, Kd.-Nr. 40117",
        when="2026-11-02 06:12:40",
        cs="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-12107 vom 02.11.2026 für die Lieferungen vom 19.10. bis 30.10.2026 an Ihre Standorte Köln-Deutz und Leverkusen.

Rechnungsbetrag: 6.345,44 EUR
Zahlbar bis: 02.12.2026 ohne Abzug

Bei Fragen zur Rechnung erreichen Sie unsere Buchhaltung unter 0221 58907-30.

Mit freundlichen Grüßen
Ihre Buchhaltung
Lieferant GmbH
Industriestraße 14 - 50829 Köln
""",
        atts=[att_pdf("RE-2026-12107.pdf", [
            "# Lieferant GmbH - Industriestraße 14 - 50829 Köln",
            "Example Group SE, Kreditorenbuchhaltung, 50667 Köln",
            "",
            "# Rechnung RE-2026-12107",
            "Rechnungsdatum: 02.11.2026    Kunden-Nr.: 40117    Lieferzeitraum: 19.10.-30.10.2026",
            "",
            "Pos  Artikel                                Menge    Einzelpreis    Gesamt   USt",
            "1    H-Milch 1,5 % Fett, 12 x 1 l           240 Krt        11,28   2.707,20    7%",
            "2    Joghurt natur 3,5 %, 10-kg-Eimer        36 St         24,90     896,40    7%",
            "3    Basmatireis 5 kg                        60 Sack        9,85     591,00    7%",
            "4    Rapsöl 10 l Kanister                    45 St         21,40     963,00    7%",
            "5    Spülmittel-Konzentrat 10 l              18 St         38,60     694,80   19%",
            "",
            "Netto 7 %: 5.157,60   USt 7 %: 361,03",
            "Netto 19 %: 694,80    USt 19 %: 132,01",
            "Rechnungsbetrag: 6.345,44 EUR",
            "",
            "Zahlbar bis 02.12.2026 ohne Abzug auf:",
            "Sparkasse KölnBonn, IBAN " + BANK["lieferant_old"] + ", BIC COLSDE33XXX",
            "USt-IdNr.: " + TAX["de_lieferant"] + "   Amtsgericht Köln HRB 31877   Tel. 0221 58907-0",
        ], producer="SAP NetWeaver 7.50 / Adobe Document Services", author="Lieferant GmbH",
            when="D:20261102061011+01'00'")],
        what="Routine supplier invoice from Lieferant GmbH's accounts mailbox with the PDF invoice.",
        why="Known supplier domain and its own Microsoft 365 tenant (EU region); invoice number sequence, customer number and bank account match the existing master data; no link, no change of payment details, normal payment term.",
        pair=([3], "Same supplier and invoice topic; the genuine invoice uses the known .de domain and the known Sparkasse account, no HTML lure."),
    ),
    dict(
        n=2, lang="de", slug="lieferant-bankwechsel-korrekt-angekuendigt",
        prof=("m365", LIEF),
        frm=("Stefan Maier", "s.maier@lieferant-gmbh.de"),
        to=[S("ap")], cc=[S("proc")],
        subject="Neue Bankverbindung der Lieferant GmbH ab 01.01.2027 - Schreiben der Geschäftsführung",
        when="2026-11-16 14:05:12",
        cs="iso-8859-1", cte="quoted-printable", html=True,
        text="""Sehr geehrter Herr Weiß,

wie bereits in unserem Schreiben vom 2. November per Post angekündigt, wechseln wir zum 1. Januar 2027 unsere Hausbank. Zur Sicherheit erhalten Sie das von unserer Geschäftsführung unterschriebene Schreiben mit der neuen Bankverbindung hier noch einmal als PDF.

Wichtig:
- Bis einschließlich 31.12.2026 bleibt unser bisheriges Konto bei der Sparkasse KölnBonn unverändert gültig. Bitte zahlen Sie alle bis dahin fälligen Rechnungen wie gewohnt dorthin.
- Die neue Bankverbindung gilt erst für Zahlungen ab dem 01.01.2027 und wird ab Dezember auch auf unseren Rechnungen angedruckt.
- Bitte verifizieren Sie die Änderung, wie bei Stammdatenänderungen üblich, telefonisch über unsere Zentrale unter der Ihnen bekannten Rufnummer (steht auch im Briefkopf jeder Rechnung). Frau Krämer aus unserer Buchhaltung bestätigt Ihnen die Daten gern.

Wir werden Sie niemals per E-Mail zu kurzfristigen Kontoänderungen oder Eilzahlungen auffordern.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management
Lieferant GmbH
Industriestraße 14 · 50829 Köln
Tel. +49 221 58907-0
""",
        atts=[att_pdf("Lieferant_GmbH_Hausbankwechsel_2027.pdf", [
            "# Lieferant GmbH - Industriestraße 14 - 50829 Köln",
            "An unsere Kunden                                        Köln, 02.11.2026",
            "",
            "# Wechsel unserer Bankverbindung zum 01.01.2027",
            "Sehr geehrte Damen und Herren,",
            "zum 1. Januar 2027 verlegen wir unseren Zahlungsverkehr zur Sparda-Bank West eG.",
            "",
            "Bisherige Bankverbindung (gültig bis 31.12.2026):",
            "Sparkasse KölnBonn, IBAN " + BANK["lieferant_old"] + ", BIC COLSDE33XXX",
            "",
            "Neue Bankverbindung (gültig ab 01.01.2027):",
            "Sparda-Bank West eG, IBAN " + BANK["lieferant_new"] + ", BIC GENODED1SPK",
            "",
            "Bitte bestätigen Sie die Änderung telefonisch unter 0221 58907-0 (Zentrale).",
            "Änderungen unserer Bankverbindung teilen wir ausschließlich schriftlich mit",
            "Unterschrift der Geschäftsführung mit.",
            "",
            "Mit freundlichen Grüßen",
            "gez. Andreas Lenz, Geschäftsführer        gez. Birgit Krämer, Leitung Finanzen",
            "USt-IdNr.: " + TAX["de_lieferant"] + "   Amtsgericht Köln HRB 31877",
        ], producer="Microsoft\xae Word für Microsoft 365", author="Birgit Krämer",
            when="D:20261102101522+01'00'")],
        what="Genuine supplier bank change, announced by post and e-mail weeks in advance, old account valid until year end, phone verification requested.",
        why="Known contact on the supplier's real domain and tenant; German bank, long lead time, no pressure, explicitly asks for call-back verification via the known number and states the old account stays valid.",
        pair=([2], "Same topic (Lieferant GmbH bank change): genuine mail has the real domain, a German bank, months of notice and asks for phone verification; the attack uses a look-alike domain, a Lithuanian EMI and urgency."),
    ),
    dict(
        n=3, lang="de", slug="lieferant-mahnung-liefersperre",
        prof=("m365", LIEF),
        frm=("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"),
        to=[S("ap")], cc=[S("proc"), ("Stefan Maier", "s.maier@lieferant-gmbh.de")],
        subject="2. Mahnung - Kd.-Nr. 40117 - Androhung Liefersperre",
        when="2026-11-10 09:31:55",
        cs="windows-1252", cte="quoted-printable", html=True,
        text="""Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 27.10.2026 sind folgende Rechnungen weiterhin offen:

RE-2026-11873 vom 18.09.2026, fällig seit 18.10.2026 – 14.386,20 €
RE-2026-11958 vom 02.10.2026, fällig seit 01.11.2026 – 21.940,08 €
Offener Gesamtbetrag: 36.326,28 €

Sollte der Betrag nicht bis zum 17.11.2026 auf unserem bekannten Konto bei der Sparkasse KölnBonn (IBAN %s) eingegangen sein, sehen wir uns leider gezwungen, weitere Lieferungen an Ihre Standorte nur noch gegen Vorkasse auszuführen bzw. die Belieferung einzustellen. Zusätzlich berechnen wir Verzugszinsen gemäß § 288 Abs. 2 BGB sowie die Verzugspauschale von 40 € je Rechnung (§ 288 Abs. 5 BGB).

Sollten Sie die Zahlung zwischenzeitlich veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Bei Unstimmigkeiten melden Sie sich gern unter 0221 58907-30.

Mit freundlichen Grüßen
Birgit Krämer
Leitung Finanzen
Lieferant GmbH
""" % BANK["lieferant_old"],
        atts=[att_pdf("Mahnung_2_Kd40117_20261110.pdf", [
            "# Lieferant GmbH - 2. Mahnung",
            "Kunden-Nr. 40117 - Example Group SE - Datum 10.11.2026",
            "RE-2026-11873  18.09.2026  fällig 18.10.2026  14.386,20 EUR",
            "RE-2026-11958  02.10.2026  fällig 01.11.2026  21.940,08 EUR",
            "Summe offen: 36.326,28 EUR - Zahlungsziel: 17.11.2026",
            "Sparkasse KölnBonn, IBAN " + BANK["lieferant_old"],
            "Bei Nichtzahlung: Lieferung nur gegen Vorkasse / Liefersperre.",
        ], producer="SAP NetWeaver 7.50 / Adobe Document Services", author="Lieferant GmbH",
            when="D:20261110093011+01'00'")],
        what="Genuine second dunning letter with a threatened supply stop, urgent and firm in tone.",
        why="Real supplier domain and tenant, references a previous reminder and real invoice numbers, asks for payment to the long-known account, offers a phone number and the usual 'disregard if paid' – urgency without any change of payment route or link.",
        pair=([2, 5], "Urgency and the same invoice numbers as the fake bank change; genuine dunning keeps the known account and offers phone contact."),
    ),
    dict(
        n=4, lang="de", slug="ceo-eilzahlung-intern-vier-augen",
        prof=("internal", dict(server="EX01", client_ip="10.20.5.101")),
        frm=("Dr. Klaus Brenner", "klaus.brenner@example.com"),
        to=[S("cfo")], cc=[S("ar"), S("proc")],
        subject="Eilt: Anzahlung Bandspülmaschine Leverkusen - bitte heute freigeben",
        when="2026-10-07 11:48:30",
        cs="iso-8859-1", cte="quoted-printable", html=True,
        text="""Liebe Sabine,

wie eben im Jour fixe besprochen: Die Anzahlung für die neue Bandspülmaschine im Betriebsrestaurant Leverkusen muss heute noch raus, sonst verlieren wir den Montagetermin in den Herbstferien und die Küche läuft bis Februar mit der alten Anlage.

Lieferant ist die Rheinische Großküchentechnik GmbH (bestehender Kreditor 70412, Rahmenvertrag seit 2021). Die Bestellung 4500018832 ist im SAP freigegeben, die Anzahlungsrechnung über 30 % (41.650,00 EUR brutto) hängt an. Bankverbindung bitte wie immer aus dem Kreditorenstamm nehmen, nicht aus dem PDF.

Bitte wie üblich im Vier-Augen-Prinzip über Daniela freigeben. Bei Rückfragen bin ich bis 14 Uhr im Büro (Durchwahl -100), danach mobil.

Danke und viele Grüße
Klaus

Dr. Klaus Brenner
Vorstandsvorsitzender (CEO)
Example Group SE
""",
        atts=[att_pdf("AR-2026-0388_Anzahlung_Bandspuelmaschine.pdf", [
            "# Rheinische Großküchentechnik GmbH",
            "Anzahlungsrechnung AR-2026-0388 vom 06.10.2026",
            "Ihre Bestellung 4500018832 vom 29.09.2026 - Kreditor-Nr. bei Ihnen: 70412",
            "Objekt: Bandspülmaschine inkl. Montage, Betriebsrestaurant Leverkusen",
            "Auftragswert netto: 116.666,67 EUR",
            "Anzahlung 30 % netto: 35.000,00 EUR  zzgl. 19 % USt 6.650,00 EUR",
            "Anzahlungsbetrag: 41.650,00 EUR",
            "Kreissparkasse Köln, IBAN " + BANK["equip_deposit"],
            "Montagetermin: 19.-23.10.2026 (Herbstferien)",
        ], producer="Microsoft\xae Excel\xae für Microsoft 365", author="RGT Buchhaltung",
            when="D:20261006153012+02'00'")],
        what="The CEO's genuine urgent payment request, sent internally via Exchange and mail-int01.",
        why="Internal origin (EX01 mapi hop, mail-int01 relay), real PO number and existing vendor, explicitly tells finance to use master-data bank details and the four-eyes approval, gives a phone extension; urgency has a concrete operational reason.",
        pair=([1, 13], "Same 'urgent payment requested by the CEO' pattern; genuine request keeps controls (PO, vendor master, four-eyes, phone) while the frauds demand secrecy and bypass them."),
    ),
    dict(
        n=5, lang="de", slug="krankmeldung-private-adresse",
        prof=("gmx", dict(brand="gmx", client_ip="91.64.201.33")),
        frm=("Markus Vogel", "markus.vogel77@gmx.de"),
        to=[S("hr")], cc=[S("proc")],
        subject="Krankmeldung Markus Vogel",
        when="2026-11-24 07:12:16",
        cs="utf-8", cte="quoted-printable",
        text="""Guten Morgen Frau Schäfer,

ich bin seit heute Nacht mit einem Magen-Darm-Infekt außer Gefecht und war eben beim Hausarzt. Ich bin bis einschließlich Freitag, 27.11., krankgeschrieben. Die AU hat die Praxis elektronisch an meine Krankenkasse (TK) übermittelt, Sie können sie also wie üblich abrufen.

Ich schreibe von privat, weil mein Laptop im Büro liegt. Die Abrufe für Leverkusen und Deutz diese Woche sind im System angelegt; bei dringenden Fragen kann Frau Brückner im Einkaufsordner nachsehen.

Viele Grüße
Markus Vogel
""",
        what="Employee's sick note from his (known) private GMX address.",
        why="Private address already on file with HR, no request for money or data, refers to the statutory electronic sick note (eAU) that HR retrieves from the health insurer; cc to his own work mailbox.",
        pair=([7], "Private freemail from an employee to HR, like the payroll-diversion attack, but it asks for nothing and uses the employee's known address."),
    ),
    dict(
        n=6, lang="de", slug="xrechnung-frischeland-xml-pdf",
        prof=("esp", dict(helo="mail.frischeland-grosshandel.de", rdns="mail.frischeland-grosshandel.de",
                          ip="88.99.212.45", hop="erp01.frischeland.local ([192.168.20.15])",
                          msgid_host="erp01.frischeland-grosshandel.de",
                          post=["X-Mailer: Microsoft Dynamics 365 Business Central"], zone="Europe/Berlin")),
        frm=("Frischeland Großhandel GmbH - Buchhaltung", "buchhaltung@frischeland-grosshandel.de"),
        to=[S("invoices")],
        subject="Rechnung RE-FL-2026-08812 (XRechnung) - Bestellung 4500018790",
        when="2026-11-02 05:40:02",
        cs="utf-8", cte="8bit",
        text="""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-FL-2026-08812 vom 02.11.2026 als XRechnung (UBL, Version 3.0) sowie eine PDF-Sichtkopie. Rechtlich maßgeblich ist die XML-Datei.

Ihre Bestellung: 4500018790
Rechnungsbetrag: 2.625,25 EUR
Fällig: 16.11.2026

Die Bankverbindung entnehmen Sie bitte wie gewohnt der Rechnung; sie ist unverändert.

Diese E-Mail wurde automatisch aus unserem Warenwirtschaftssystem versendet. Bei Rückfragen wenden Sie sich bitte an buchhaltung@frischeland-grosshandel.de oder 0221 39481-20.

Frischeland Großhandel GmbH
Am Großmarkt 6, 50968 Köln
""",
        atts=[att_raw("RE-FL-2026-08812.xml", "application/xml", _xml, nocharset=True),
              att_pdf("RE-FL-2026-08812.pdf", [
                  "# Frischeland Großhandel GmbH - Rechnung RE-FL-2026-08812",
                  "Sichtkopie - maßgeblich ist die XRechnung (XML)",
                  "Rechnungsdatum 02.11.2026 - Bestellung 4500018790 - fällig 16.11.2026",
                  "1  Hähnchenbrustfilet frisch    120 kg  x  8,90  =  1.068,00",
                  "2  Rindergulasch frisch          60 kg  x 13,40  =    804,00",
                  "3  Kartoffeln festkochend 12,5kg 40 Sack x 11,20 =    448,00",
                  "4  Eisbergsalat                 150 St  x  0,89  =    133,50",
                  "Netto 2.453,50   USt 7 % 171,75   Brutto 2.625,25 EUR",
                  "IBAN " + BANK["frischeland"] + "   USt-IdNr. " + TAX["de_frischeland"],
              ], producer="Microsoft Dynamics 365 Business Central", author="Frischeland Großhandel GmbH",
                  when="D:20261102053955+01'00'")],
        what="Genuine e-invoice (XRechnung UBL XML plus PDF copy) sent automatically by a fresh-produce supplier's ERP.",
        why="Supplier's own mail server, structured XML attached as required by the German e-invoicing rules, matching PO number, unchanged bank details, no login or link.",
        pair=([3], "Genuine XRechnung delivery (XML attached directly) versus the fake 'e-invoice delivery service' that wants a Microsoft 365 login."),
    ),
    dict(
        n=7, lang="de", slug="gehaltskonto-aenderung-intern-formular",
        prof=("internal", dict(server="EX02", ip="10.20.1.12", client_ip="10.20.7.44")),
        frm=("Niklas Becker", "niklas.becker@example.com"),
        to=[S("hr2")],
        subject="Änderung Bankverbindung ab Dezember - Formular anbei",
        when="2026-11-05 17:22:09",
        cs="iso-8859-1", cte="quoted-printable", html=True,
        text="""Hallo Frau Braun,

ich habe zum 1. Dezember mein Gehaltskonto zur Commerzbank gewechselt. Das Formular "Änderung der Bankverbindung" habe ich ausgefüllt, unterschrieben und eingescannt (Anhang). Das Original lege ich Ihnen am Donnerstag ins Postfach, wenn ich im Büro bin.

Wie im Formular vermerkt, können Sie mich zur Bestätigung gern auf meinem Diensthandy anrufen. Für die Novemberabrechnung bleibt es bitte noch beim alten Konto.

Viele Grüße
Niklas Becker
Vertrieb Außendienst
Example Group SE
""",
        atts=[att_pdf("Formular_Aenderung_Bankverbindung_Becker.pdf", [
            "# Example Group SE - Personalabteilung",
            "Formular HR-07: Änderung der Bankverbindung für Entgeltzahlungen",
            "Personalnummer: 100483   Name: Becker, Niklas   Abteilung: Vertrieb",
            "Neue Bankverbindung gültig ab: 01.12.2026",
            "Kontoinhaber: Niklas Becker",
            "Kreditinstitut: Commerzbank AG, Köln",
            "IBAN: " + BANK["payroll_genuine"],
            "Rückruf zur Bestätigung: Diensthandy laut Telefonverzeichnis",
            "Köln, 05.11.2026   Unterschrift: N. Becker (eingescannt)",
        ], producer="Canon iR-ADV C5840 PDF", when="D:20261105171533+01'00'")],
        what="Employee's genuine salary-account change from his company mailbox, with the signed HR form.",
        why="Internal Exchange origin, uses the HR form with personnel number, original on paper follows, invites call-back, change only effective from the next month – all controls intact.",
        pair=([7], "Same request as the payroll-diversion attack; the genuine one comes from the company mailbox with the signed form and no rush."),
    ),
    dict(
        n=8, lang="de", slug="newsletter-grosskueche-brevo",
        prof=("brevo", {}),
        frm=("Großküche Aktuell", "newsletter@grosskueche-aktuell.de"),
        to=[S("sales")],
        subject="Großküche Aktuell 44/2026: Mindestlohn 2027, DGE-Standard Kita, Preise für Molkereiprodukte",
        when="2026-10-29 06:30:00",
        cs="utf-8", cte="quoted-printable",
        hdrs=["List-Unsubscribe: <https://grosskueche-aktuell.de/newsletter/abmelden?uid=8f31c2a7e0>,\r\n <mailto:abmelden@grosskueche-aktuell.de?subject=unsubscribe>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              "Precedence: bulk"],
        html=tpl.newsletter_html("Großküche Aktuell – Ausgabe 44/2026", [
            ("Mindestlohn 2027: was Caterer jetzt kalkulieren müssen",
             "Die Erhöhung des gesetzlichen Mindestlohns zum 1. Januar 2027 trifft die Gemeinschaftsverpflegung besonders. Wir zeigen, wie Betriebe Preisgleitklauseln in laufenden Verträgen nutzen.",
             ("Weiterlesen", "https://grosskueche-aktuell.de/artikel/mindestlohn-2027-kalkulation")),
            ("DGE-Qualitätsstandard Kita: Überarbeitung in Kraft",
             "Was die neue Auflage für Speisepläne, Nährstoffziele und die Dokumentation bedeutet.",
             ("Weiterlesen", "https://grosskueche-aktuell.de/artikel/dge-qualitaetsstandard-kita")),
            ("Marktbericht: Molkereiprodukte ziehen wieder an",
             "Butter und Hartkäse werden teurer, Trinkmilch bleibt stabil – der Überblick für den Einkauf.",
             ("Zum Marktbericht", "https://grosskueche-aktuell.de/marktbericht/kw44")),
        ], "https://grosskueche-aktuell.de/newsletter/abmelden?uid=8f31c2a7e0", "utf-8",
            footer="Großküche Aktuell · Fachverlag für Gemeinschaftsverpflegung · Impressum: grosskueche-aktuell.de/impressum"),
        text="""Großküche Aktuell – Ausgabe 44/2026

Mindestlohn 2027: was Caterer jetzt kalkulieren müssen
Die Erhöhung des gesetzlichen Mindestlohns zum 1. Januar 2027 trifft die Gemeinschaftsverpflegung besonders. Wir zeigen, wie Betriebe Preisgleitklauseln in laufenden Verträgen nutzen.
https://grosskueche-aktuell.de/artikel/mindestlohn-2027-kalkulation

DGE-Qualitätsstandard Kita: Überarbeitung in Kraft
Was die neue Auflage für Speisepläne, Nährstoffziele und die Dokumentation bedeutet.
https://grosskueche-aktuell.de/artikel/dge-qualitaetsstandard-kita

Marktbericht: Molkereiprodukte ziehen wieder an
Butter und Hartkäse werden teurer, Trinkmilch bleibt stabil – der Überblick für den Einkauf.
https://grosskueche-aktuell.de/marktbericht/kw44

Abmelden: https://grosskueche-aktuell.de/newsletter/abmelden?uid=8f31c2a7e0
Großküche Aktuell · Fachverlag für Gemeinschaftsverpflegung
""",
        what="Subscribed trade newsletter for the catering sector, sent via Brevo with List-Unsubscribe.",
        why="Subscribed by the sales department; sent through the ESP with one-click unsubscribe, links all on the publisher's own domain, editorial content only, no request to act.",
    ),
]
