"""Genuine business messages 01-08 (German)."""
import files
import infra
import qr
import util
from company import BANK, VAT
from compose import A, E, S, T, alt, html_gmx, html_outlook, html_simple, mixed, msg
from mime import Leaf, addr, ew
from threads import T as TH
from util import berlin, fmt_iban


def xrechnung(inv, date, due, seller, buyer_ref, lines, iban):
    net = sum(q * p for _, _, q, p in lines)
    vat = round(net * 0.19, 2)
    L = []
    for i, (sku, name, q, p) in enumerate(lines, 1):
        L.append("""  <cac:InvoiceLine>
    <cbc:ID>%d</cbc:ID>
    <cbc:InvoicedQuantity unitCode="H87">%d</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount>
    <cac:Item>
      <cbc:Name>%s</cbc:Name>
      <cac:SellersItemIdentification><cbc:ID>%s</cbc:ID></cac:SellersItemIdentification>
      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
    </cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">%.4f</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>""" % (i, q, q * p, name, sku, p))
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>%s</cbc:ID>
  <cbc:IssueDate>%s</cbc:IssueDate>
  <cbc:DueDate>%s</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>%s</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cbc:EndpointID schemeID="EM">rechnung@etiketten-rheinhessen.de</cbc:EndpointID>
    <cac:PostalAddress><cbc:StreetName>Industriestraße 7</cbc:StreetName><cbc:CityName>Alzey</cbc:CityName><cbc:PostalZone>55232</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Etikettendruck Rheinhessen GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
    <cac:Contact><cbc:Name>Buchhaltung</cbc:Name><cbc:Telephone>+49 6731 40 77-0</cbc:Telephone><cbc:ElectronicMail>rechnung@etiketten-rheinhessen.de</cbc:ElectronicMail></cac:Contact>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cbc:EndpointID schemeID="EM">rechnungen@example.com</cbc:EndpointID>
    <cac:PostalAddress><cbc:StreetName>Rheinallee 88</cbc:StreetName><cbc:CityName>Mainz</cbc:CityName><cbc:PostalZone>55120</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Example Group GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
    <cbc:PaymentID>%s</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID><cbc:Name>Etikettendruck Rheinhessen GmbH</cbc:Name></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>Zahlbar innerhalb 30 Tagen ohne Abzug.</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="EUR">%.2f</cbc:TaxAmount>
    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">%.2f</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">%.2f</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">%.2f</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">%.2f</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">%.2f</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
%s
</ubl:Invoice>
""" % (inv, date, due, buyer_ref, seller, VAT["eg_de"], inv, iban, vat, net, vat, net, net, net + vat, net + vat,
       "\n".join(L))), net, vat


def build():
    # ------------------------------------------------------------ 01 CEO's genuine urgent payment request (internal)
    dt = berlin(2026, 10, 27, 9, 12, 44)
    r = util.rng("b01")
    p = infra.internal(r, dt, E("ceo"), E("cfo"), "10.20.41.17")
    text = """Hallo Sabine,

kannst du bitte heute noch die Anzahlung für den Pinot-Grigio-Kontrakt mit der Cantina Valdadige freigeben? 30 % von 153.600,00 EUR, also 46.080,00 EUR. Die Anzahlungsrechnung liegt im DMS unter Kreditor 70412, Markus hat sie sachlich geprüft, der Kontrakt ist vom 23.10. (von mir und Alessandro unterschrieben, ebenfalls im DMS).

Hintergrund der Eile: Die Cantina gibt die Ware erst nach Zahlungseingang frei, und Ferretti hat die beiden Tankzüge für Montag, 2.11., gebucht. Wenn die Zahlung heute rausgeht, reicht es.

Bitte ganz normal über den Zahllauf auf die im System hinterlegte Bankverbindung und mit Freigabe im Vier-Augen-Prinzip (Jürgen ist heute da). Falls irgendwas unklar ist, ruf mich an, ich bin bis 14 Uhr im Haus.

Danke und Gruß
Johannes

Dr. Johannes Körber
Geschäftsführer
Example Group GmbH
Rheinallee 88, 55120 Mainz
Tel. +49 6131 90 88-100
"""
    body = alt(p, T(text, "iso-8859-1", "quoted-printable"),
               T(html_outlook(text, "iso-8859-1"), "iso-8859-1", "quoted-printable", sub="html"))
    msg("01-de-ceo-dringende-anzahlung-intern.eml", "business", "de", p, E("cfo"), dt, E("ceo"),
        [("From", S("ceo", "iso-8859-1", "Q")),
         ("To", S("cfo", "iso-8859-1", "Q")),
         ("Cc", "%s, %s" % (S("proc"), S("ar", "iso-8859-1", "Q"))),
         ("Subject", "Anzahlung Cantina Valdadige - bitte heute freigeben"),
         ("Importance", "high"), ("X-Priority", "1")],
        body,
        "The CEO's genuine urgent request to the CFO to release a EUR 46,080 deposit to the bulk-wine supplier today",
        "Sent through the internal relay from the on-premises Exchange; refers to the invoice in the DMS, known "
        "creditor number, stored bank details, normal payment run with four-eyes approval, invites a phone call.",
        pair="A01,A16,A21,A24", order="outlook")

    # ------------------------------------------------------------ 02 Lieferant GmbH: genuine bank change, properly announced
    dt = berlin(2026, 12, 1, 10, 31, 9)
    r = util.rng("b02")
    p = infra.ionos_outlook(r, dt, E("ap"), "lieferant-gmbh.de", "BUHA-PC03", "87.139.212.66")
    text = """Sehr geehrte Frau Schäfer,

wie bereits in unserem Schreiben vom 24.11.2026 per Post angekündigt, stellen wir unseren Zahlungsverkehr zum Jahreswechsel auf die Commerzbank Mainz um. Ab dem 01.01.2027 lautet unsere Bankverbindung:

Kontoinhaber: Lieferant GmbH
Bank: Commerzbank AG, Filiale Mainz
IBAN: %s
BIC: COBADEFFXXX

Unser bisheriges Konto bei der Sparkasse Rhein-Nahe (IBAN %s) bleibt bis zum 31.03.2027 bestehen; Zahlungen dorthin werden bis dahin selbstverständlich weiter verbucht. Alle Rechnungen ab Januar 2027 tragen die neue Bankverbindung.

Bitte prüfen Sie die Änderung wie gewohnt durch einen Rückruf bei mir unter der Ihnen bekannten Nummer aus Ihren Stammdaten. Wir werden Sie niemals allein per E-Mail zu einer kurzfristigen Umstellung oder zur Zahlung fälliger Rechnungen auf ein neues Konto auffordern.

Das unterschriebene Schreiben unserer Geschäftsführung finden Sie zusätzlich im Anhang.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung / Debitorenmanagement

Lieferant GmbH
Industriestraße 14 · 55543 Bad Kreuznach
Tel. +49 671 483 92-31 · Fax +49 671 483 92-99
Amtsgericht Bad Kreuznach HRB 2317 · USt-IdNr. %s
Geschäftsführer: Stefan Maier, Dr. Ulrike Brandt
""" % (fmt_iban(BANK["lief_new"]), fmt_iban(BANK["lief_old"]), VAT["lieferant"])
    pdf = files.pdf([(16, "Lieferant GmbH", "B"), "Industriestraße 14 · 55543 Bad Kreuznach", "",
                     "Example Group GmbH", "Kreditorenbuchhaltung", "Rheinallee 88", "55120 Mainz", "",
                     "Bad Kreuznach, 24.11.2026", "",
                     (12, "Änderung unserer Bankverbindung zum 01.01.2027", "B"), "",
                     "Sehr geehrte Damen und Herren,", "",
                     "zum 01.01.2027 stellen wir unseren Zahlungsverkehr auf folgende Bankverbindung um:", "",
                     "Commerzbank AG, Filiale Mainz", "IBAN: " + fmt_iban(BANK["lief_new"]), "BIC: COBADEFFXXX", "",
                     "Die bisherige Verbindung (Sparkasse Rhein-Nahe, IBAN " + fmt_iban(BANK["lief_old"]) + ")",
                     "bleibt bis 31.03.2027 bestehen. Bitte verifizieren Sie diese Mitteilung telefonisch",
                     "bei Ihrer bekannten Ansprechpartnerin (Frau Lang, +49 671 483 92-31).", "",
                     "Mit freundlichen Grüßen", "", "gez. Stefan Maier          gez. Dr. Ulrike Brandt",
                     "Geschäftsführer            Geschäftsführerin"],
                    title="Mitteilung Bankverbindung 2027", author="Lang, Petra", created="20261124094512+01'00'")
    body = mixed(p, alt(p, T(text, "windows-1252", "quoted-printable"),
                        T(html_outlook(text, "windows-1252"), "windows-1252", "quoted-printable", sub="html")),
                 A("application/pdf", pdf, "Lieferant_GmbH_Mitteilung_Bankverbindung_2027.pdf"))
    msg("02-de-lieferant-bankwechsel-angekuendigt.eml", "business", "de", p, E("ap"), dt, "p.lang@lieferant-gmbh.de",
        [("From", addr("Petra Lang", "p.lang@lieferant-gmbh.de")),
         ("To", S("ap", "iso-8859-1", "Q")),
         ("Cc", "rechnungen@example.com"),
         ("Subject", ew("Neue Bankverbindung ab 01.01.2027 - Lieferant GmbH", "iso-8859-1", "Q"))],
        body,
        "Genuine bank-detail change of the supplier Lieferant GmbH: announced by letter first, effective at year end, "
        "old account kept for three months, explicit call-back instruction; signed letter attached",
        "Real domain lieferant-gmbh.de via its usual IONOS/Outlook path from the office line; German bank in the "
        "company's own name; long transition, no pressure, asks for verification by phone.", pair="A02", order="outlook")

    # ------------------------------------------------------------ 03 Lieferant GmbH: urgent reminder, supply stop
    dt = berlin(2026, 11, 19, 15, 47, 2)
    r = util.rng("b03")
    p = infra.ionos_outlook(r, dt, E("proc"), "lieferant-gmbh.de", "VERTRIEB-NB07", "87.139.212.66")
    text = """Hallo Herr Weber,

leider sind die Rechnungen RE-2026-04418 und RE-2026-04502 (zusammen 23.874,60 EUR) trotz unserer Zahlungserinnerung vom 30.10. und der Mahnung vom 12.11. weiterhin offen. Unser Kreditversicherer hat das Limit für die Example Group deshalb vorerst eingefroren.

Wenn bis Mittwoch, 25.11.2026, kein Zahlungseingang auf unserem bekannten Konto bei der Sparkasse Rhein-Nahe erfolgt, muss ich die Auslieferung der Schraubverschlüsse und Kartonagen für Ihre Weihnachtsabfüllung (Auftrag AB-2026-1187) leider zurückstellen. Das möchte ich natürlich vermeiden.

Falls es Rückfragen zu den Rechnungen gibt - Frau Schäfer hatte Anfang Oktober eine Preisabweichung bei den Kartonagen erwähnt -, rufen Sie mich bitte direkt an, dann klären wir das kurzfristig. Die OP-Liste hängt an.

Viele Grüße
Stefan Maier
Vertrieb / Key Account

Lieferant GmbH
Industriestraße 14 · 55543 Bad Kreuznach
Tel. +49 671 483 92-14 · Mobil +49 171 552 30 18
"""
    pdf = files.pdf([(14, "Lieferant GmbH - Offene Posten", "B"), "Kunde: Example Group GmbH (Debitor 10477)",
                     "Stand: 19.11.2026", "",
                     "Beleg          Datum        Fällig       Betrag EUR     Mahnstufe",
                     "RE-2026-04418  15.09.2026   15.10.2026   11.402,30       2",
                     "RE-2026-04502  22.09.2026   22.10.2026   12.472,30       2", "",
                     (11, "Summe offen: 23.874,60 EUR", "B"), "",
                     "Bankverbindung: Sparkasse Rhein-Nahe, IBAN " + fmt_iban(BANK["lief_old"])],
                    title="OP-Liste Example Group", producer="SAP NetWeaver 7.50", created="20261119154100+01'00'")
    body = mixed(p, T(text, "iso-8859-15", "quoted-printable"),
                 A("application/pdf", pdf, "OP-Liste_Example_Group_20261119.pdf"))
    msg("03-de-lieferant-mahnung-liefersperre.eml", "business", "de", p, E("proc"), dt, "s.maier@lieferant-gmbh.de",
        [("From", addr("Stefan Maier", "s.maier@lieferant-gmbh.de")),
         ("To", S("proc")),
         ("Cc", S("ap", "iso-8859-15", "Q")),
         ("Subject", ew("Dringend: offene Posten / Auslieferung AB-2026-1187", "iso-8859-15", "Q"))],
        body,
        "Genuine urgent reminder from the supplier's sales contact: two overdue invoices, credit-insurance limit frozen, "
        "delivery for the Christmas bottling will be held back if not paid by 25.11.",
        "Known contact on the real domain and usual IONOS path; asks for payment to the known, unchanged account, "
        "refers to earlier reminders and a known dispute, invites a phone call; threat is commercial, not a trick.",
        pair="A02", order="outlook")

    # ------------------------------------------------------------ 04 Kessler order (thread later hijacked)
    dt = berlin(2026, 10, 26, 10, 12, 30)
    r = util.rng("b04")
    p = infra.strato(r, dt, E("salesde"), "kessler-weinhandel.de", "EINKAUF-PC ([91.12.62.33])", "91.12.62.33")
    text = """Guten Morgen Frau Schulz,

hiermit bestellen wir für KW 44/45 wie telefonisch besprochen:

240 Fl. 2024 Riesling Spätlese, Rheinhessen (Art. 24-RS-075) à 8,90 EUR
180 Fl. 2023 Spätburgunder trocken (Art. 23-SB-075) à 9,40 EUR
60 Fl. 2024 Silvaner Kabinett trocken (Art. 24-SI-075) à 6,20 EUR

Lieferung bitte wie immer frei Haus an unser Lager in der Taunusstraße, Anlieferung Mo-Do 7-15 Uhr. Zahlung wie vereinbart 30 Tage netto.

Die Bestellung als PDF hängt an.

Mit freundlichen Grüßen
Jana Roth
Einkauf
Weinhandel Kessler GmbH
Taunusstraße 21 | 65183 Wiesbaden
Tel. 0611 / 5 47 12-20
"""
    pdf = files.pdf([(14, "Weinhandel Kessler GmbH - Bestellung", "B"), "Bestell-Nr. B-2026-0441 vom 26.10.2026",
                     "Lieferant: Example Group GmbH, Mainz", "",
                     "Pos  Menge   Artikel                                   EP EUR   Gesamt EUR",
                     "1    240     2024 Riesling Spätlese (24-RS-075)          8,90     2.136,00",
                     "2    180     2023 Spätburgunder trocken (23-SB-075)      9,40     1.692,00",
                     "3     60     2024 Silvaner Kabinett trocken (24-SI-075)  6,20       372,00", "",
                     (11, "Summe netto: 4.200,00 EUR", "B"), "Lieferung frei Haus, Zahlung 30 Tage netto."],
                    title="Bestellung B-2026-0441", author="J. Roth", created="20261026100812+01'00'")
    body = mixed(p, alt(p, T(text, "windows-1252", "quoted-printable"),
                        T(html_outlook(text, "windows-1252"), "windows-1252", "quoted-printable", sub="html")),
                 A("application/pdf", pdf, "Bestellung_B-2026-0441.pdf"))
    msg("04-de-kessler-bestellung-kw44.eml", "business", "de", p, E("salesde"), dt, "einkauf@kessler-weinhandel.de",
        [("From", addr("Jana Roth", "einkauf@kessler-weinhandel.de")),
         ("To", addr("Katrin Schulz", E("salesde"))),
         ("Subject", ew("Bestellung KW 44 - Riesling Spätlese / Spätburgunder", "iso-8859-1", "Q"))],
        body,
        "Genuine customer order from the wine merchant Kessler with the order PDF (start of the thread that is later "
        "hijacked in attack 08)",
        "Known customer, Strato submission from Kessler's usual Telekom line, ordinary PDF order with plausible "
        "articles and prices, no link or archive.", pair="A08", msgid=TH["kessler_order"], order="outlook")

    # ------------------------------------------------------------ 05 sick note from private GMX
    dt = berlin(2026, 11, 9, 7, 12, 38)
    r = util.rng("b05")
    p = infra.gmx(r, dt, E("hr"), "91.58.214.103")
    text = """Hallo Claudia,

ich bin leider krank (Magen-Darm) und heute und morgen nicht im Büro. Ich war gerade beim Arzt, die AU wird elektronisch an die Krankenkasse übermittelt, du kannst sie wie üblich abrufen.

Ich schreibe von privat, weil mein Diensthandy im Büro liegt. Die Termine heute habe ich Kessler und dem Weinkontor Mainz schon abgesagt, Felix weiß Bescheid.

Liebe Grüße
Katrin"""
    body = T(html_gmx(text), "UTF-8", "quoted-printable", sub="html")
    msg("05-de-krankmeldung-private-mail.eml", "business", "de", p, E("hr"), dt, "katrin.schulz84@gmx.de",
        [("From", addr("Katrin Schulz", "katrin.schulz84@gmx.de")),
         ("To", S("hr", "UTF-8", "Q")),
         ("Cc", addr("Felix Zimmermann", E("export"))),
         ("Subject", "Krankmeldung heute und morgen")],
        body,
        "Employee's genuine sick-leave notice from her private GMX address",
        "Katrin's known private address (on file with HR), plausible content (eAU goes to the health insurer, no "
        "action on payroll or bank data), manager in copy; sent from a German consumer line via GMX webmail.",
        pair="A06")

    # ------------------------------------------------------------ 06 internal IT notice: MFA change, no QR codes by mail
    dt = berlin(2026, 10, 14, 8, 30, 15)
    r = util.rng("b06")
    p = infra.internal(r, dt, E("sec"), E("ar"), "10.20.40.63", has_attach=True)
    text = """Liebe Kolleginnen und Kollegen,

bis zum 30.11.2026 stellen wir die Mehrfaktor-Anmeldung für alle Konten auf Microsoft Authenticator mit Nummernabgleich um. SMS als zweiter Faktor wird danach abgeschaltet.

So funktioniert es:
- Melden Sie sich an Ihrem Firmen-Laptop an und öffnen Sie https://aka.ms/mysecurityinfo.
- Wählen Sie "Anmeldemethode hinzufügen" > "Authenticator-App" und folgen Sie den Schritten. Der QR-Code dafür erscheint nur auf dieser Microsoft-Seite.
- Eine bebilderte Anleitung finden Sie im Anhang und im Intranet unter IT > Sicherheit.

Wichtig: Die IT verschickt niemals QR-Codes oder Anmeldelinks per E-Mail. Nachrichten der IT kommen ausschließlich von Adressen @example.com. Wenn Sie eine Aufforderung zur "Neuregistrierung" mit QR-Code oder von einer anderen Domain erhalten, melden Sie diese bitte über den Button "Phishing melden" in Outlook.

Bei Fragen erreichen Sie den IT-Service unter Durchwahl -444.

Viele Grüße
Lena Vogt
IT-Sicherheit / Mail-Administration
Example Group GmbH
"""
    pdf = files.pdf([(14, "Anleitung: Microsoft Authenticator einrichten", "B"), "IT-Sicherheit, Stand 10/2026", "",
                     "1. Am Firmen-Laptop anmelden und https://aka.ms/mysecurityinfo öffnen.",
                     "2. 'Anmeldemethode hinzufügen' > 'Authenticator-App' wählen.",
                     "3. App auf dem Smartphone installieren (App Store / Google Play, Herausgeber Microsoft).",
                     "4. Den auf der Microsoft-Seite angezeigten QR-Code mit der App scannen.",
                     "5. Testbenachrichtigung bestätigen (Nummer eingeben).", "",
                     "Die IT schickt keine QR-Codes per E-Mail. Verdächtige Nachrichten bitte melden."],
                    title="Anleitung Authenticator", author="Vogt, Lena", created="20261013161000+02'00'")
    body = mixed(p, alt(p, T(text, "utf-8", "quoted-printable"),
                        T(html_outlook(text, "utf-8", links={"https://aka.ms/mysecurityinfo": "https://aka.ms/mysecurityinfo"}),
                          "utf-8", "quoted-printable", sub="html")),
                 A("application/pdf", pdf, "Anleitung_Authenticator_2026.pdf", name_style="outlook"))
    msg("06-de-it-hinweis-mfa-umstellung.eml", "business", "de", p, E("ar"), dt, E("sec"),
        [("From", S("sec")),
         ("To", "Alle Mitarbeitenden <alle@example.com>"),
         ("Subject", ew("Umstellung auf Microsoft Authenticator mit Nummernabgleich bis 30.11.", "utf-8", "Q"))],
        body,
        "Internal IT notice about the MFA change to Microsoft Authenticator, with PDF guide; explicitly warns that IT "
        "never sends QR codes or login links by e-mail",
        "From the IT security admin through the internal relay and Exchange; points only to Microsoft's own "
        "aka.ms/mysecurityinfo, asks users to report phishing; no credentials requested.", pair="A05", order="outlook")

    # ------------------------------------------------------------ 07 newsletter via Mailchimp
    dt = berlin(2026, 11, 5, 7, 0, 12)
    r = util.rng("b07")
    p = infra.mailchimp(r, dt, E("proc"), "4f1e8c2a7b3d9e06a5c1b2d7e", "c81d4a3f92",
                        "WeinMarkt Fachdienst", "weinmarkt-fachdienst")
    link = "https://weinmarkt-fachdienst.us12.list-manage.com/track/click?u=4f1e8c2a7b3d9e06a5c1b2d7e&id=%s&e=%s" % (
        util.hexid(r, 10), util.hexid(r, 10))
    text = """WeinMarkt Fachdienst - Ausgabe 45/2026

Fassweinmarkt: Nach der kleinen Ernte 2026 ziehen die Preise für weiße Rebsorten in Rheinhessen und der Pfalz weiter an. Riesling-Fassware notiert bei 1,35 bis 1,55 EUR/l, Müller-Thurgau bei 0,85 bis 0,95 EUR/l.

Trockenstoffe: Mehrere Glashütten kündigen für das erste Quartal 2027 Preiserhöhungen von 4 bis 6 Prozent an. Bei Schraubverschlüssen bleibt die Lage stabil.

Export: Die Ausfuhren nach Polen und in die baltischen Staaten legen im dritten Quartal zweistellig zu; Großbritannien bleibt wegen der neuen Alkoholsteuerstufen schwierig.

Termine: ProWein 2027 in Düsseldorf - die Hallenpläne werden im Dezember an die Aussteller verschickt.

Alle Beiträge lesen: %s

Sie erhalten diesen Newsletter, weil Sie sich mit markus.weber@example.com angemeldet haben.
Abmelden: https://weinmarkt-fachdienst.us12.list-manage.com/unsubscribe?u=4f1e8c2a7b3d9e06a5c1b2d7e&id=c81d4a3f92
WeinMarkt Fachdienst GmbH · Kaiserstraße 41 · 55116 Mainz
""" % link
    html = html_simple(text, links={link: link}, font="Georgia, serif")
    body = alt(p, T(text, "utf-8", "quoted-printable"), T(html, "utf-8", "quoted-printable", sub="html"))
    p["extra"] += [("List-Unsubscribe", p["unsub"]), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("Precedence", "bulk")]
    msg("07-de-newsletter-weinmarkt-mailchimp.eml", "business", "de", p, E("proc"), dt,
        p["bounce"] % ("markus.weber", "example.com"),
        [("From", addr("WeinMarkt Fachdienst", "newsletter@weinmarkt-fachdienst.de")),
         ("To", addr("Markus Weber", E("proc"))),
         ("Subject", ew("Fassweinpreise ziehen an, Glas teurer ab Q1 - WeinMarkt 45/2026", "utf-8", "Q")),
         ("Reply-To", "redaktion@weinmarkt-fachdienst.de")],
        body,
        "Subscribed trade newsletter (bulk-wine prices, glass prices, export) sent through Mailchimp",
        "Regular Mailchimp infrastructure with List-Unsubscribe/One-Click, subscription notice naming the address, "
        "content only informational.", order="std")

    # ------------------------------------------------------------ 08 XRechnung (UBL XML) from the label printer
    dt = berlin(2026, 11, 10, 2, 14, 5)
    r = util.rng("b08")
    p = infra.postfix_host(r, dt, "rechnungen@example.com", "mail.etiketten-rheinhessen.de", "mail.etiketten-rheinhessen.de",
                           "85.214.131.77", "erp01.etiketten.local (erp01.etiketten.local [192.168.10.20])",
                           domain="etiketten-rheinhessen.de", auth=False)
    p["msgid"] = "<ERP.RE-2026-11512.%s@etiketten-rheinhessen.de>" % util.local(dt, "DE").strftime("%Y%m%d%H%M%S")
    p["extra"] = [("X-Mailer", "abas ERP Mail-Service 2024r4")]
    lines = [("ET-4711", "Rückenetikett Riesling 2025, 90x110 mm, Haftpapier", 20000, 0.0412),
             ("ET-4712", "Frontetikett Riesling 2025, Prägung gold, 100x120 mm", 20000, 0.0865),
             ("DK-0090", "Druckplatte / Klischee Jahrgangsänderung", 2, 85.00)]
    xml, net, vat = xrechnung("RE-2026-11512", "2026-11-09", "2026-12-09", VAT["etiketten"], "EG-BE-2026-2231",
                              lines, BANK["etiketten"])
    gross = net + vat
    epc = "BCD\n002\n1\nSCT\nGENODE61AZY\nEtikettendruck Rheinhessen GmbH\n%s\nEUR%.2f\n\n\nRE-2026-11512" % (
        BANK["etiketten"], gross)
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11512 vom 09.11.2026 als XRechnung (UBL) sowie eine Sichtkopie als PDF.

Rechnungsbetrag: %s EUR
Faellig am: 09.12.2026

Bei Fragen zur Rechnung wenden Sie sich bitte an buchhaltung@etiketten-rheinhessen.de oder +49 6731 40 77-0.

Mit freundlichen Gruessen
Etikettendruck Rheinhessen GmbH
- automatisch erzeugte Nachricht -
""" % ("{:,.2f}".format(gross).replace(",", "X").replace(".", ",").replace("X", "."))
    pdf = files.pdf([(14, "Etikettendruck Rheinhessen GmbH", "B"), "Industriestraße 7 · 55232 Alzey", "",
                     (12, "Rechnung RE-2026-11512 vom 09.11.2026", "B"), "Ihre Bestellung: EG-BE-2026-2231", ""]
                    + ["%s  %-52s %6d x %.4f = %.2f EUR" % (a, b, c, d, c * d) for a, b, c, d in lines]
                    + ["", "Netto: %.2f EUR    USt 19 %%: %.2f EUR    Gesamt: %.2f EUR" % (net, vat, gross), "",
                       "Zahlbar bis 09.12.2026 auf IBAN " + fmt_iban(BANK["etiketten"]) + " (Volksbank Alzey-Worms)",
                       "USt-IdNr. " + VAT["etiketten"]],
                    title="RE-2026-11512", producer="abas ERP PDF-Export", created="20261110021200+01'00'")
    body = mixed(p, T(text, "us-ascii", "7bit"),
                 A("application/xml", xml.encode("utf-8"), "RE-2026-11512_xrechnung.xml"),
                 A("application/pdf", pdf, "RE-2026-11512.pdf"),
                 A("image/png", qr.qr_png(epc, "M", scale=4), "GiroCode_RE-2026-11512.png"))
    msg("08-de-etiketten-xrechnung-ubl.eml", "business", "de", p, "rechnungen@example.com", dt,
        "rechnung@etiketten-rheinhessen.de",
        [("From", addr("Etikettendruck Rheinhessen - Rechnungsversand", "rechnung@etiketten-rheinhessen.de")),
         ("To", "rechnungen@example.com"),
         ("Subject", "Rechnung RE-2026-11512 / XRechnung")],
        body,
        "Genuine e-invoice of the label printer: XRechnung 3.0 UBL XML plus PDF view copy and a GiroCode, mailed "
        "by the ERP at night",
        "Known supplier, own mail server, real structured e-invoice (XML) that needs no login to read; amounts and "
        "bank details consistent across XML, PDF and EPC QR.", pair="A04,A07", order="std")
