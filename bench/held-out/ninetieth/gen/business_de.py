# -*- coding: utf-8 -*-
"""Genuine business messages 01-08 (German)."""
from msgkit import *  # noqa: F401,F403

LIEF_EXO = dict(region="eurprd02", pod="DB9PR02MB",
                client_host=("EUR02-DB5-obe.outbound.protection.outlook.com",
                             "mail-db5eur02on2108.outbound.protection.outlook.com", "40.107.249.108"))


@message("business", 1, "de", "ceo-anzahlung-intern-dringend",
         "The CEO asks the CFO to release today a 30 % down-payment to a known supplier (purchase order in SAP, contract in the DMS)",
         "Internal mail through Exchange and mail-int01; urgent but references the normal SAP approval workflow, an existing PO and the supplier master data, explicitly 'no new bank account', no secrecy")
def b01():
    p = infra.Internal()
    txt = """Hallo Sabine,

bitte gib heute noch die Anzahlung (30 %) an Biozid-Handel Nord für den Rahmenvertrag Köderstationen/Monitoring 2027 frei: 41.650,00 EUR netto, Bestellung 4500018833. Der Freigabe-Workflow liegt im SAP bei dir, Markus hat die Bestellung gestern angelegt, der unterschriebene Vertrag liegt im DMS unter Einkauf > Rahmenverträge > 2027.

Hintergrund: Biozid-Nord hält uns die Preise von 2026 nur, wenn die Anzahlung bis morgen eingeht; danach gilt die neue Preisliste (plus 8,5 %).

Zahlung bitte ganz normal an die Bankverbindung aus den Kreditorenstammdaten, da gibt es nichts Neues. Ich bin bis 14 Uhr im Termin in Düsseldorf, danach telefonisch erreichbar, falls etwas unklar ist.

Danke dir
Jürgen

Jürgen Köhler
Geschäftsführer
Example Group GmbH | Widdersdorfer Straße 190 | 50825 Köln
Tel. +49 221 4710 100
"""
    body = alt(txt, html_outlook(txt, "iso-8859-1"), "iso-8859-1", "quoted-printable")
    return make("b01", p, bt(2026, 10, 14, 8, 12, 40), S("ceo")[1], S("cfo")[1], S("ceo"), S("cfo"),
                "Dringend: Anzahlung Biozid-Handel Nord heute freigeben", body, cc=[S("assistant")],
                lang_tag="de-DE")


@message("business", 2, "de", "lieferant-neue-bankverbindung-korrekt",
         "Lieferant GmbH's accounting announces its change of house bank from 1 Dec 2026 (Commerzbank), with a signed letter as PDF",
         "Sent from the real domain lieferant-gmbh.de (its M365 tenant); change announced weeks ahead with an overlap period, old account stays open, letter also by post, and the supplier itself asks the customer to verify by phone via the known switchboard number; new account is a German bank")
def b02():
    p = infra.EXO(**LIEF_EXO)
    txt = """Sehr geehrte Frau Schäfer,

wir wechseln zum 01.12.2026 unsere Hausbank. Zahlungen an die Lieferant GmbH bitten wir ab dem 01.12.2026 auf folgendes Konto zu leisten:

Commerzbank AG, Köln
IBAN: %s
BIC: COBADEFFXXX

Unser bisheriges Konto bei der Kölner Bank eG (IBAN %s) bleibt bis zum 31.01.2027 parallel bestehen; Zahlungen, die dort noch eingehen, gehen nicht verloren.

Zu Ihrer Sicherheit:
• Sie erhalten zusätzlich ein von unserer Geschäftsführung unterzeichnetes Schreiben per Post.
• Bitte verifizieren Sie die Änderung telefonisch über die Ihnen bekannte Nummer unserer Zentrale – nicht über Kontaktdaten aus einer E-Mail.
• Wir werden Sie niemals per E-Mail bitten, bereits fällige Rechnungen kurzfristig auf ein anderes Konto zu zahlen.

Das Schreiben liegt dieser Mail zusätzlich als PDF bei.

Mit freundlichen Grüßen

i. A. Petra Lang
Buchhaltung / Debitorenmanagement
Lieferant GmbH
Industriestraße 14 · 51149 Köln
Tel. +49 221 4710 232
""" % (P("lief_new"), P("lief_old"))
    pdf = pdf_att([("Lieferant GmbH", "h"), "Industriestraße 14, 51149 Köln - Tel. 0221 4710 200", "",
                   "Example Group GmbH", "Kreditorenbuchhaltung", "Widdersdorfer Straße 190", "50825 Köln", "",
                   "Köln, 06.11.2026", "",
                   ("Änderung unserer Bankverbindung zum 01.12.2026", "b"), "",
                   "Sehr geehrte Damen und Herren,", "",
                   "zum 01.12.2026 wechseln wir unsere Hausbank. Bitte leisten Sie Zahlungen ab diesem Datum auf:", "",
                   "Commerzbank AG, Köln - IBAN " + P("lief_new") + " - BIC COBADEFFXXX", "",
                   "Das bisherige Konto bei der Kölner Bank eG bleibt bis zum 31.01.2027 bestehen.",
                   "Bitte bestätigen Sie die Änderung telefonisch unter der Ihnen bekannten Rufnummer.", "",
                   "Mit freundlichen Grüßen", "", "Frank Lehmann, Geschäftsführer        Petra Lang, Buchhaltung", "",
                   ("Lieferant GmbH - Amtsgericht Köln HRB 48213 - USt-IdNr. " + VAT["lief"], "s")],
                  "Lieferant_GmbH_Bankverbindung_ab_01-12-2026.pdf", title="Änderung Bankverbindung",
                  author="Lieferant GmbH", date="D:20261106141000+01'00'")
    body = multipart("mixed", [alt(txt, html_outlook(txt, "windows-1252"), "windows-1252", "quoted-printable"), pdf])
    return make("b02", p, bt(2026, 11, 9, 10, 5, 12), "rechnungen@lieferant-gmbh.de", S("ap")[1],
                ("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"), S("ap"),
                "Änderung unserer Bankverbindung zum 01.12.2026 – bitte telefonisch verifizieren", body,
                cc=[("Petra Lang", "p.lang@lieferant-gmbh.de")], hdr_cs="windows-1252", hdr_enc="Q")


@message("business", 3, "de", "lieferant-mahnung-liefersperre",
         "Third reminder from Lieferant GmbH: two overdue invoices (EUR 21,140.87), threat of a supply stop from 27 Nov and statutory default interest",
         "Real supplier domain and tenant, same contact as always; demands payment to the account already on file (no change), cites invoice numbers and earlier reminders, offers a callback number - harsh but legitimate dunning")
def b03():
    p = infra.EXO(**LIEF_EXO)
    txt = """Sehr geehrte Frau Schäfer,
sehr geehrter Herr Günther,

trotz unserer Zahlungserinnerung vom 30.10. und der 2. Mahnung vom 10.11.2026 sind folgende Rechnungen weiterhin offen:

RE-2026-4588 vom 16.10.2026, fällig 30.10.2026      14.208,77 €
RE-2026-4611 vom 22.10.2026, fällig 05.11.2026       6.932,10 €
Summe                                                21.140,87 €

Sollte der Betrag nicht bis zum 26.11.2026 auf unserem Konto bei der Kölner Bank eG (IBAN %s) eingehen, müssen wir ab dem 27.11.2026 alle offenen Aufträge, einschließlich der Abrufe aus dem Rahmenvertrag Köderstationen, zurückstellen und nur noch gegen Vorkasse liefern. Zusätzlich berechnen wir Verzugszinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz sowie die Verzugspauschale von 40 € je Rechnung (§ 288 Abs. 5 BGB).

Falls sich Ihre Zahlung mit diesem Schreiben überschnitten hat, betrachten Sie es bitte als gegenstandslos. Bei Rückfragen zu einzelnen Positionen erreichen Sie mich unter 0221 4710 232.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung / Debitorenmanagement
Lieferant GmbH
Industriestraße 14 · 51149 Köln
""" % P("lief_old")
    pdf = pdf_att([("Lieferant GmbH", "h"), "Industriestraße 14, 51149 Köln", "",
                   "Example Group GmbH - Kundennummer 10448", "", ("3. MAHNUNG", "h"), "Datum: 20.11.2026", "",
                   "RE-2026-4588  16.10.2026  fällig 30.10.2026   14.208,77 EUR",
                   "RE-2026-4611  22.10.2026  fällig 05.11.2026    6.932,10 EUR",
                   "Verzugspauschale 2 x 40,00 EUR (§ 288 Abs. 5 BGB)      80,00 EUR",
                   ("Gesamt                                               21.220,87 EUR", "b"), "",
                   "Zahlungsfrist: 26.11.2026. Ab 27.11.2026 Lieferung nur gegen Vorkasse.",
                   "Bankverbindung: Kölner Bank eG, IBAN " + P("lief_old") + ", BIC GENODED1CGN"],
                  "3_Mahnung_10448_20112026.pdf", title="Mahnung", author="Lieferant GmbH",
                  creator="Microsoft Dynamics NAV", producer="Microsoft Dynamics NAV", date="D:20261120080500+01'00'")
    html = html_outlook(txt, "iso-8859-15").replace(
        '<p class="MsoNormal">Industriestraße 14 · 51149 Köln<o:p></o:p></p>',
        '<p class="MsoNormal">Industriestraße 14 · 51149 Köln<o:p></o:p></p>\n'
        '<p class="MsoNormal"><img width="160" height="40" src="cid:image001.png@01DD78C2.5A1E3F70" alt="Lieferant GmbH"><o:p></o:p></p>')
    logo = png_att(Q.simple_logo_png(160, 40, (255, 255, 255), (0, 94, 160),
                                     [(0, 0, 160, 6), (8, 14, 40, 34), (48, 14, 152, 20), (48, 26, 120, 32)]),
                   "image001.png", inline=True, cid="image001.png@01DD78C2.5A1E3F70", kind="PNG logo")
    rel = multipart("related", [alt(txt, html, "iso-8859-15", "quoted-printable"), logo],
                    extra_params=[("type", "multipart/alternative", True)])
    body = multipart("mixed", [rel, pdf])
    return make("b03", p, bt(2026, 11, 20, 8, 41, 3), "p.lang@lieferant-gmbh.de", S("ap")[1],
                ("Petra Lang", "p.lang@lieferant-gmbh.de"), S("ap"),
                "3. Mahnung – Liefersperre ab 27.11.2026 – Kd.-Nr. 10448", body,
                cc=[S("procurement")], hdr_cs="iso-8859-15", hdr_enc="Q",
                extra=[("X-Priority", "1"), ("Importance", "high")])


XRECHNUNG = """<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>RE-2026-118734</cbc:ID>
  <cbc:IssueDate>2026-11-03</cbc:IssueDate>
  <cbc:DueDate>2026-11-17</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>EG-EK-4711</cbc:BuyerReference>
  <cac:OrderReference><cbc:ID>4500018702</cbc:ID></cac:OrderReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cac:PartyName><cbc:Name>Biozid-Handel Nord GmbH</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:StreetName>Billwerder Ring 11</cbc:StreetName><cbc:CityName>Hamburg</cbc:CityName><cbc:PostalZone>21035</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>%(vat_s)s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PartyName><cbc:Name>Example Group GmbH</cbc:Name></cac:PartyName>
    <cac:PartyTaxScheme><cbc:CompanyID>%(vat_b)s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
    <cac:PayeeFinancialAccount><cbc:ID>%(iban)s</cbc:ID><cbc:Name>Biozid-Handel Nord GmbH</cbc:Name></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">1576.56</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">8297.70</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">8297.70</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">9874.26</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">9874.26</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="H87">240</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">5736.00</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Köderstation Typ R2, abschließbar</cbc:Name></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">23.90</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
  <cac:InvoiceLine><cbc:ID>2</cbc:ID><cbc:InvoicedQuantity unitCode="KGM">90</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">2561.70</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Rodentizid-Pastenköder Brodifacoum 25 ppm</cbc:Name></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">28.463</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
</ubl:Invoice>
"""


@message("business", 4, "de", "biozid-nord-xrechnung",
         "Supplier invoice RE-2026-118734 as XRechnung (UBL XML) plus PDF view, sent by the supplier's ERP",
         "Real supplier domain biozid-nord.de from its own mail server; the e-invoice itself (XML) is attached, refers to our PO and buyer reference, bank details match the master data, no portal login",
         pair=None)
def b04():
    p = infra.SMTPHost(mua="erp", software="postfix", host="mail.biozid-nord.de", host_ip="91.198.174.36",
                       rdns="mail.biozid-nord.de")
    txt = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-118734 vom 03.11.2026 als E-Rechnung im Format XRechnung (UBL 2.1) sowie zusätzlich als PDF-Ansicht. Rechtlich maßgeblich ist die XML-Datei.

Rechnungsbetrag: 9.874,26 EUR
Fällig: 17.11.2026 (netto 14 Tage)
Ihre Bestellung: 4500018702
Käuferreferenz: EG-EK-4711

Bitte antworten Sie nicht auf diese Adresse; Rückfragen an buchhaltung@biozid-nord.de oder 040 66969 311.

Biozid-Handel Nord GmbH · Billwerder Ring 11 · 21035 Hamburg
Amtsgericht Hamburg HRB 118840 · USt-IdNr. %s
""" % VAT["biozid"]
    xml = XRECHNUNG % {"vat_s": VAT["biozid"], "vat_b": VAT["eg_de"], "iban": BANK["biozid"]}
    xml_att = attachment(xml.encode("utf-8"), "application/xml", "RE-2026-118734.xml", kind="XML (XRechnung UBL)")
    pdf = pdf_att([("Biozid-Handel Nord GmbH", "h"), "Billwerder Ring 11, 21035 Hamburg", "",
                   "Example Group GmbH, Widdersdorfer Straße 190, 50825 Köln", "",
                   ("Rechnung RE-2026-118734 (Visualisierung der XRechnung)", "b"),
                   "Rechnungsdatum 03.11.2026 - Bestellung 4500018702 - Käuferreferenz EG-EK-4711", "",
                   "1  240 Stk  Köderstation Typ R2, abschließbar          23,90     5.736,00 EUR",
                   "2   90 kg   Rodentizid-Pastenköder Brodifacoum 25 ppm  28,463    2.561,70 EUR",
                   "Nettobetrag                                                      8.297,70 EUR",
                   "USt 19 %                                                         1.576,56 EUR",
                   ("Rechnungsbetrag                                                  9.874,26 EUR", "b"), "",
                   "Zahlbar bis 17.11.2026 auf Hamburger Sparkasse, IBAN " + P("biozid") + ", BIC HASPDEHHXXX"],
                  "RE-2026-118734.pdf", title="RE-2026-118734", author="Biozid-Handel Nord GmbH",
                  creator="Microsoft Dynamics 365 Business Central", producer="Microsoft Dynamics 365 Business Central",
                  date="D:20261104061500+01'00'")
    body = multipart("mixed", [text(txt, "plain", "utf-8", "8bit"), xml_att, pdf])
    return make("b04", p, bt(2026, 11, 4, 6, 17, 48), "e-rechnung@biozid-nord.de", S("ap")[1],
                ("Biozid-Handel Nord GmbH", "e-rechnung@biozid-nord.de"), ("Kreditorenbuchhaltung", S("ap")[1]),
                "Rechnung RE-2026-118734 (XRechnung) – Biozid-Handel Nord GmbH", body,
                user_ip="10.40.1.20", user_rdns="erp01.biozid-nord.local", user_lan="10.40.1.20",
                extra=[("X-Mailer", "Microsoft Dynamics 365 Business Central")], hdr_cs="utf-8", hdr_enc="Q")


@message("business", 5, "de", "it-hinweis-mfa-number-matching",
         "Internal IT-security notice: switch to Microsoft Authenticator with number matching by 30 Nov; register only at aka.ms/mysecurityinfo; IT never mails QR codes",
         "Sent by the mail administrator through Exchange and mail-int01 to a distribution list; points only to Microsoft's own short link on the company PC, explicitly warns that QR-code mails are attacks")
def b05():
    p = infra.Internal()
    txt = """Liebe Kolleginnen und Kollegen,

bis zum 30.11.2026 stellen wir die Anmeldung an Microsoft 365 vollständig auf die Microsoft-Authenticator-App mit Zahlenabgleich („Number Matching“) um. Wer die App bereits nutzt, muss nichts tun.

Alle anderen richten die App bitte so ein:
1. Am Firmen-PC https://aka.ms/mysecurityinfo aufrufen (Anmeldung wie gewohnt).
2. „Anmeldemethode hinzufügen“ und dann „Authenticator-App“ wählen.
3. Den angezeigten QR-Code mit der App scannen – dieser Code erscheint nur auf dieser Microsoft-Seite.

Wichtig:
– Wir verschicken niemals QR-Codes oder Registrierungslinks per E-Mail. Jede Mail, die Sie zum Scannen eines QR-Codes auffordert, ist ein Angriff: bitte an phishing@example.com weiterleiten und löschen.
– Niemand aus der IT fragt Sie nach Ihrem Passwort oder nach den Zahlen aus der Authenticator-App.
– Bei Problemen: IT-Servicedesk, Durchwahl 444, oder Ticket im Self-Service-Portal.

Viele Grüße
Lukas Reinhardt
IT-Sicherheit / Mail-Administration
Example Group GmbH
"""
    body = alt(txt, html_outlook(txt, "windows-1252"), "windows-1252", "quoted-printable")
    return make("b05", p, bt(2026, 11, 10, 9, 30, 5), S("itsec")[1], S("sales_de")[1], S("itsec"),
                None, "MFA-Umstellung auf Number Matching bis 30.11. – so geht's (und so nicht)", body,
                to_header="Alle Mitarbeitenden DE <alle-de@example.com>", hdr_cs="windows-1252", hdr_enc="Q")


@message("business", 6, "de", "fachverband-beitragsrechnung-2027",
         "Trade-association membership invoice 2027 (PDF), with a warning about fake directory 'invoices'",
         "Known association (member no. 0412) on its own domain via its hoster (Strato), plain Outlook mail, annual fee as every year, unchanged German bank account, no pressure",
         pair=None)
def b06():
    p = infra.SMTPHost(mua="outlook", software="strato", host="mo4-p00-ob.smtp.rzone.de", host_ip="81.169.146.177",
                       rdns="mo4-p00-ob.smtp.rzone.de", lang_tag="de")
    txt = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Beitragsrechnung für das Jahr 2027 (Mitgliedsnummer 0412, Beitragsstufe III, 51 bis 250 Beschäftigte). Der Beitrag ist wie jedes Jahr bis zum 31.01.2027 fällig; Sie können ihn wie gewohnt überweisen oder uns ein SEPA-Lastschriftmandat erteilen.

Hinweis in eigener Sache: Derzeit sind wieder Schreiben privater "Gewerbe- und Branchenverzeichnisse" im Umlauf, die wie Rechnungen aussehen. Der Fachverband stellt ausschließlich den Mitgliedsbeitrag und Seminargebühren in Rechnung; unsere Bankverbindung hat sich nicht geändert.

Mit freundlichen Grüßen

Heike Brandes
Geschäftsstelle
Fachverband Schädlingsbekämpfung West e.V.
Tel. 0221 4710 870
"""
    pdf = pdf_att([("Fachverband Schädlingsbekämpfung West e.V.", "h"), "Geschäftsstelle Köln", "",
                   "Example Group GmbH - Mitgliedsnummer 0412", "", ("Beitragsrechnung 2027 - Nr. B-2027-0412", "b"),
                   "Mitgliedsbeitrag 2027, Beitragsstufe III (51-250 Beschäftigte)       1.380,00 EUR",
                   "Der Verband ist nach § 5 Abs. 1 Nr. 5 KStG steuerbefreit; der Beitrag enthält keine USt.", "",
                   "Fällig zum 31.01.2027 - Sparkasse KölnBonn, IBAN " + P("fv") + ", BIC COLSDE33XXX",
                   "Verwendungszweck: B-2027-0412"],
                  "Beitragsrechnung_2027_0412.pdf", title="Beitragsrechnung 2027", author="Geschäftsstelle",
                  date="D:20261201101000+01'00'")
    body = multipart("mixed", [text(txt, "plain", "iso-8859-1", "quoted-printable"), pdf])
    return make("b06", p, bt(2026, 12, 1, 10, 24, 51), "info@fv-sbk-west.de", S("ar")[1],
                ("Fachverband Schädlingsbekämpfung West e.V.", "info@fv-sbk-west.de"), ("Buchhaltung", S("ar")[1]),
                "Beitragsrechnung 2027 - Mitgliedsnummer 0412", body,
                user_ip="93.216.161.178", user_rdns="p5dd8a1b2.dip0.t-ipconnect.de", user_lan="192.168.178.23",
                hdr_cs="iso-8859-1", hdr_enc="Q")


@message("business", 7, "de", "newsletter-schaedlingsprofi-cleverreach",
         "Subscribed trade-magazine newsletter (rodenticide resistance, biocide law, trade-fair dates) via CleverReach",
         "Regular newsletter the ops team subscribed to; sent through CleverReach with List-Unsubscribe / One-Click, CSA header, links to the magazine's own domain; no request for data or login")
def b07():
    p = infra.ESP(kind="cleverreach")
    unsub = "https://seu2.cleverreach.com/rmftlp.php?cid=1180442&mid=9913824&h=4f1a7c2e9b"
    txt = """Der Schädlingsprofi – Newsletter 11/2026

Liebe Leserinnen und Leser,

in dieser Ausgabe:

1. Resistenz bei Wanderratten: neue Monitoringdaten aus NRW und Niedersachsen zeigen eine weitere Ausbreitung der Mutation Y139C. Was das für die Wirkstoffwahl bedeutet:
https://www.schaedlingsprofi-magazin.de/2026/11/resistenz-y139c

2. Biozidrecht: Die Übergangsfrist für die Sachkunde nach Gefahrstoffverordnung Anhang I Nr. 3 läuft aus – Checkliste für Betriebe:
https://www.schaedlingsprofi-magazin.de/2026/11/sachkunde-checkliste

3. Termine: Parasitec Paris, Seminar „Vogelabwehr an Lebensmittelbetrieben“ in Münster, Frühjahrstagung des Fachverbands.
https://www.schaedlingsprofi-magazin.de/termine

Viel Spaß beim Lesen
Ihre Redaktion

Sie erhalten diesen Newsletter, weil Sie ihn unter katrin.vogel@example.com abonniert haben.
Abmelden: %s
Impressum: Fachverlag Hygiene & Umwelt GmbH, Hansaring 61, 50670 Köln
""" % unsub
    html = html_simple(txt, "utf-8")
    body = alt(txt, html, "utf-8", "quoted-printable")
    return make("b07", p, bt(2026, 11, 12, 6, 0, 14), "bounce-9913824-1180442@crsend.com", S("ops_de")[1],
                ("Der Schädlingsprofi", "newsletter@schaedlingsprofi-magazin.de"), S("ops_de"),
                "Rattenresistenz Y139C, Sachkunde-Checkliste und Termine – Newsletter 11/2026", body,
                extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-9913824-1180442@crsend.com>" % unsub),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                       ("List-Id", "<1180442.newsletter.schaedlingsprofi-magazin.de>"),
                       ("Precedence", "bulk")], hdr_cs="UTF-8", hdr_enc="Q")


@message("business", 8, "de", "krankmeldung-private-adresse",
         "A dispatcher reports sick from her private WEB.DE address to HR (eAU sent by the doctor, cover arranged)",
         "Plausible private address of a real employee, information only; no change of bank details, no link or attachment, refers to the electronic sick note process",
         pair=None)
def b08():
    p = infra.GMX(brand="web")
    txt = """Hallo Frau Weiß,

ich habe mir einen Magen-Darm-Infekt eingefangen und war heute früh beim Arzt: krankgeschrieben bis einschließlich Freitag, 20.11. Die AU hat die Praxis elektronisch an die Krankenkasse übermittelt.

Ich schreibe von meiner privaten Adresse, weil mein Laptop im Büro liegt. Die Disposition für heute habe ich am Freitag noch fertig gemacht, die Touren für Dienstag bis Freitag stehen im Planungstool; Jan Schmitt aus der Disposition weiß Bescheid und übernimmt.

Viele Grüße
Katrin Vogel
"""
    body = text(txt, "plain", "UTF-8", "quoted-printable", quote=False)
    return make("b08", p, bt(2026, 11, 16, 6, 48, 19), "katrin.vogel83@web.de", S("hr")[1],
                ("Katrin Vogel", "katrin.vogel83@web.de"), S("hr"), "Krankmeldung Katrin Vogel", body,
                user_ip="79.241.118.40", hdr_cs="UTF-8", hdr_enc="B")
