"""Genuine business messages, German (8)."""

from codes import iban_print
from company import S, BANK, VAT
import files
from core import Msg, alt, plain, mixed, related, att_pdf, att_bytes, html_of, png_inline
from mime import h
from systems import OwnPostfix, Internal, GMX, Ionos, Strato, Mailchimp

LIEF_SIG = """Lieferant GmbH
Haunstetter Straße 112, 86161 Augsburg
Geschäftsführer: Georg Hartmann | Amtsgericht Augsburg HRB 21743 | USt-IdNr. %s""" % VAT["lieferant"]


def _lieferant(client_helo="LG-BUCHH-PC03"):
    return OwnPostfix(server="dd38220.kasserver.com", server_ip="85.13.163.219", server_rdns="dd38220.kasserver.com",
                      client="outlook", client_helo=client_helo, client_ip="87.138.114.226",
                      client_rdns="p578a72e2.dip0.t-ipconnect.de", zone="CET")


def b01():
    text = """Sehr geehrte Damen und Herren,

im Zuge der Zusammenführung unserer Geschäftskonten ändert sich zum 01.12.2026 die Bankverbindung der Lieferant GmbH. Das beigefügte, von unserer Geschäftsführung unterzeichnete Schreiben enthält alle Angaben; hier die Zusammenfassung:

Neue Bankverbindung ab 01.12.2026:
Commerzbank AG, Filiale Augsburg
IBAN %s
BIC COBADEFFXXX
Kontoinhaber: Lieferant GmbH

Unser bisheriges Konto bei der Stadtsparkasse Augsburg (IBAN %s) bleibt bis zum 31.03.2027 bestehen; Zahlungen dorthin werden weiterhin ordnungsgemäß verbucht. Es besteht also kein Handlungsdruck.

Bitte verifizieren Sie die neue Verbindung wie üblich telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung und nicht über Kontaktdaten aus einer E-Mail. Ab Dezember ist die neue Bankverbindung außerdem auf allen Rechnungen aufgedruckt.

Für Rückfragen stehen wir Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

i. A. Monika Fendt
Buchhaltung

%s""" % (iban_print(BANK["lieferant_new"]), iban_print(BANK["lieferant_old"]), LIEF_SIG)
    pdf = att_pdf("Lieferant_GmbH_Mitteilung_Bankverbindung_2026-11.pdf", [
        ("h", "Lieferant GmbH"), ("s", "Vermessungs- und Messtechnik | Haunstetter Straße 112 | 86161 Augsburg | Tel. 0821 4508-0"), "",
        "An unsere Kunden", "", "Augsburg, 06.11.2026", "",
        ("b", "Änderung unserer Bankverbindung zum 01.12.2026"), "",
        "Sehr geehrte Damen und Herren,",
        "wir führen unsere Geschäftskonten zum 01.12.2026 bei der Commerzbank AG zusammen.",
        "Bitte leisten Sie Zahlungen ab diesem Datum auf folgendes Konto:", "",
        "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: Commerzbank AG, Augsburg",
        "IBAN: " + iban_print(BANK["lieferant_new"]), "BIC: COBADEFFXXX", "",
        "Das bisherige Konto bei der Stadtsparkasse Augsburg bleibt bis 31.03.2027 bestehen.",
        "Zur Verifizierung erreichen Sie unsere Buchhaltung unter 0821 4508-200.", "",
        "Mit freundlichen Grüßen", "", "Georg Hartmann", "Geschäftsführer", "",
        ("s", "Lieferant GmbH | Amtsgericht Augsburg HRB 21743 | USt-IdNr. " + VAT["lieferant"]),
    ], title="Mitteilung Bankverbindung", author="Georg Hartmann", created="20261106111502+01'00'",
        style="rfc2047", ncs="iso-8859-1")
    logo = png_inline(files.png_banner(180, 48, [(0, 10, 255), (10, 34, 30), (34, 38, 255), (38, 44, 140)]),
                      "image001.png@01DC5231.8A4F2B10", "image001.png")
    sig_html = '<p class="MsoNormal"><img width="180" height="48" src="cid:image001.png@01DC5231.8A4F2B10" alt="Lieferant GmbH"></p>'
    body = mixed(related(alt(text, "iso-8859-1", "quoted-printable", lang="de",
                             html=html_of(text, "outlook", "iso-8859-1", "de", bottom=sig_html)), logo), pdf)
    return Msg("lieferant-neue-bankverbindung", "2026-11-09 14:05:31", _lieferant(),
               ("Buchhaltung", "rechnungen@lieferant-gmbh.de"), [("", "rechnungseingang@example.com")],
               "Mitteilung: Neue Bankverbindung der Lieferant GmbH ab 01.12.2026",
               body,
               cc=[S("schaefer")], hcs="iso-8859-1", hmode="Q",
               what="Supplier Lieferant GmbH announces a new bank account (Commerzbank) from 1 Dec 2026 with a signed letter.",
               why="Genuine: real domain and the supplier's usual mail server and office IP (Telekom), account in the company's name at a major bank in its home town, old account remains valid "
                   "for four months, explicitly asks for call-back verification via the known number, no open-invoice pressure.",
               pair=[1])


def b02():
    text = """Liebe Sabine, liebe Frau Schäfer,

kurze Bitte mit Zeitdruck: Die Lieferant GmbH hält uns den Projektpreis für die zwei neuen Laserscanner (Bestellung BE-2026-0877, Angebot von Herrn Maier vom 29.09.) nur, wenn die vereinbarte Anzahlung von 30 % bis morgen früh bei ihnen eingeht. Ab 16.10. gilt deren neue Preisliste mit +8 %.

Die Anzahlungsrechnung AR-2026-0311 über 23.086,00 EUR hängt an. Die Bankverbindung ist die bekannte aus dem Kreditorenstamm (Stadtsparkasse Augsburg) - bitte nichts ändern. Frank Düring hat die Bestellung sachlich freigegeben, das Budget steht im Investitionsplan 2026 (Pos. 14).

Sabine, könntest du die Zahlung heute noch im Vier-Augen-Verfahren freigeben? Falls etwas unklar ist: Ich bin bis 19 Uhr im Haus, Durchwahl -101.

Danke euch!
Matthias

Dr. Matthias Köhler
Geschäftsführer
Example Group GmbH | Leopoldstraße 180 | 80804 München
T +49 89 5412 870-101"""
    pdf = att_pdf("AR-2026-0311_Anzahlungsrechnung.pdf", [
        ("h", "Lieferant GmbH"), ("s", "Haunstetter Straße 112 | 86161 Augsburg | USt-IdNr. " + VAT["lieferant"]), "",
        "Example Group GmbH", "Einkauf", "Leopoldstraße 180", "80804 München", "",
        ("b", "Anzahlungsrechnung AR-2026-0311                 Datum: 09.10.2026"),
        "Ihre Bestellung: BE-2026-0877 vom 05.10.2026", "",
        "Pos.  Bezeichnung                                             Betrag",
        "1     Anzahlung 30 % auf 2 Stk. terrestrischer Laserscanner   19.400,00 EUR",
        "      inkl. Software-Lizenz und Transportkoffer",
        "      Nettobetrag                                              19.400,00 EUR",
        "      USt. 19 %                                                 3.686,00 EUR",
        ("b", "      Rechnungsbetrag                                          23.086,00 EUR"), "",
        "Zahlbar sofort ohne Abzug auf:",
        "Stadtsparkasse Augsburg, IBAN " + iban_print(BANK["lieferant_old"]) + ", BIC AUGSDE77XXX",
    ], title="AR-2026-0311", author="Buchhaltung", producer="SAP Business One", created="20261009101200+02'00'")
    return Msg("ceo-dringende-anzahlung-intern", "2026-10-15 17:22:09", Internal(mbx="EXMBX01"),
               S("koehler"), [S("weiss"), S("schaefer")],
               "Dringend: Anzahlung Laserscanner Lieferant GmbH - heute noch freigeben",
               mixed(alt(text, "iso-8859-1", "quoted-printable", lang="de"), pdf),
               cc=[S("duering"), S("hoffmann")], hcs="iso-8859-1", hmode="Q",
               what="The CEO asks the CFO and accounts payable to release a down payment to the known supplier today, before a price increase.",
               why="Genuine urgent CEO request: sent from his mailbox through Exchange and the internal relay, known supplier and existing order number, explicitly keeps the vendor-master bank account, "
                   "refers to the four-eyes release and the procurement approval, CFO in the loop, offers his extension.",
               pair=[2])


def b03():
    text = """Sehr geehrte Frau Schäfer,

trotz unserer Zahlungserinnerung vom 20.11. und der Mahnung vom 01.12. sind die folgenden Rechnungen weiterhin offen:

RE-2026-10418 vom 14.10.2026 – Kalibrierung Tachymeter (6 Stk.) – 18.640,20 EUR – fällig seit 13.11.2026
RE-2026-10577 vom 29.10.2026 – Miete Laserscanner Oktober – 4.912,80 EUR – fällig seit 28.11.2026
Gesamt: 23.553,00 EUR zzgl. Mahngebühr 15,00 EUR

Wir möchten die gute Zusammenarbeit nicht belasten, müssen Ihnen aber mitteilen, dass wir ohne Zahlungseingang bis zum 15.12.2026 keine weiteren Geräte ausliefern und die laufenden Kalibrieraufträge zurückstellen. Die Mietgeräte müssten wir in diesem Fall zurückfordern.

Bitte überweisen Sie den Betrag auf unser Ihnen bekanntes Konto. Seit dem 01.12.2026 gilt unsere neue Bankverbindung bei der Commerzbank, die wir Ihnen am 09.11. schriftlich mitgeteilt haben; Zahlungen auf das bisherige Konto bei der Stadtsparkasse werden bis 31.03.2027 ebenfalls verbucht.

Sollten Sie zwischenzeitlich gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Falls es Unstimmigkeiten mit den Rechnungen gibt, rufen Sie mich gern an.

Mit freundlichen Grüßen

Petra Lang
Auftragsabwicklung / Innendienst
Tel. +49 821 4508-214

%s""" % LIEF_SIG
    pdf = att_pdf("2_Mahnung_RE-2026-10418_10577.pdf", [
        ("h", "Lieferant GmbH"), ("s", "Haunstetter Straße 112 | 86161 Augsburg"), "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Leopoldstraße 180", "80804 München", "",
        ("b", "2. Mahnung                                   Augsburg, 08.12.2026"), "Kundennummer: 40 1187", "",
        "Rechnung        Datum        fällig seit      Betrag",
        "RE-2026-10418   14.10.2026   13.11.2026   18.640,20 EUR",
        "RE-2026-10577   29.10.2026   28.11.2026    4.912,80 EUR",
        "Mahngebühr                                     15,00 EUR",
        ("b", "Gesamt                                     23.568,00 EUR"), "",
        "Ohne Zahlungseingang bis 15.12.2026 erfolgt ein Liefer- und Leistungsstopp.", "",
        "Commerzbank AG | IBAN " + iban_print(BANK["lieferant_new"]) + " | BIC COBADEFFXXX",
    ], title="2. Mahnung", author="Petra Lang", producer="SAP Business One", created="20261208095812+01'00'")
    return Msg("lieferant-mahnung-lieferstopp", "2026-12-08 10:16:44", _lieferant("LG-IND-PC07"),
               ("Petra Lang", "p.lang@lieferant-gmbh.de"), [S("schaefer")],
               "2. Mahnung – RE-2026-10418 / RE-2026-10577 – Lieferstopp ab 15.12.2026",
               mixed(alt(text, "windows-1252", "quoted-printable", lang="de"), pdf),
               cc=[S("duering")], hcs="windows-1252", hmode="Q",
               what="Supplier's second dunning letter for two invoices with a threat of supply stop from 15 Dec.",
               why="Genuine, though urgent and threatening: real address, the supplier's usual server and office IP, consistent invoice history, points to the account announced properly on 09.11 "
                   "(and accepts the old one), invites a phone call, no new bank details. (The invoices are unpaid because AP froze payments after attack/01.)",
               pair=[6, 1])


def b04():
    text = """Guten Morgen Frau Brückner,

ich bin leider krank und heute sowie voraussichtlich bis einschließlich Mittwoch arbeitsunfähig. Ich war heute früh beim Bereitschaftsarzt; die Krankmeldung wird von der Praxis elektronisch an die Krankenkasse übermittelt (eAU), Sie können sie dann wie üblich abrufen.

Ich schreibe von meiner privaten Adresse, weil mein Diensthandy im Büro liegt. Mein Team weiß Bescheid; die Statik-Besprechung Klinikum Ingolstadt am Dienstag übernimmt Jonas Reiter.

Viele Grüße
Stefanie Brandt"""
    return Msg("krankmeldung-privat-gmx", "2026-11-23 06:52:10", GMX(client_ip="188.174.61.203"),
               ("Stefanie Brandt", "steffi.brandt@gmx.de"), [S("brueckner")],
               "Krankmeldung Stefanie Brandt",
               plain(text, "UTF-8", "quoted-printable"),
               what="Project lead reports sick from her private GMX address; the eAU will follow electronically.",
               why="Genuine: private mail about sick leave is normal, no request for money, data or changes, refers to the standard eAU process, sent from a Munich residential IP via GMX webmail. "
                   "Hard negative of the payroll-diversion attack that abuses her name from a different GMX address.",
               pair=[8])


def b05():
    text = """Liebe Kolleginnen und Kollegen,

ab Montag, 02.11.2026, stellen wir die Anmeldung an Microsoft 365 auf den Nummernabgleich im Microsoft Authenticator um. Für Sie ändert sich wenig: Bei der Anmeldung wird eine zweistellige Zahl angezeigt, die Sie in der App eintippen. Eine erneute Registrierung ist NICHT erforderlich.

Derzeit kursieren E-Mails, die angeblich von der IT stammen und dazu auffordern, die „MFA-Registrierung zu erneuern“ – meist mit QR-Code und Frist. Bitte beachten Sie:

- Die IT verschickt niemals QR-Codes zur Anmeldung oder Registrierung.
- Wir fragen niemals nach Ihrem Kennwort, weder per E-Mail noch am Telefon.
- Bestätigen Sie keine Authenticator-Anfrage, die Sie nicht selbst ausgelöst haben.
- Geben Sie niemals einen Code auf microsoft.com/devicelogin ein, den Ihnen jemand anderes geschickt hat.

Verdächtige E-Mails melden Sie bitte über die Schaltfläche „Phishing melden“ in Outlook oder an it-servicedesk@example.com. Die Anleitung zum Nummernabgleich finden Sie im Intranet: [[Anleitung MFA (Intranet)|https://intranet.example.com/it/anleitungen/mfa-nummernabgleich]]

Vielen Dank für Ihre Aufmerksamkeit
Lukas Wendt
IT-Sicherheit & Mail-Administration
Example Group GmbH | Leopoldstraße 180 | 80804 München
T +49 89 5412 870-412"""
    return Msg("it-hinweis-mfa-qr-phishing", "2026-10-21 12:30:02", Internal(mbx="EXMBX02"),
               S("wendt"), [("Alle Mitarbeitenden", "alle@example.com")],
               "IT-Sicherheitshinweis: Nummernabgleich in Microsoft Authenticator ab 02.11. – Warnung vor QR-Code-Phishing",
               alt(text, "utf-8", "quoted-printable", lang="de"),
               hcs="utf-8", hmode="B", rcpt="alle@example.com",
               what="Internal IT security notice: MFA number matching from 2 Nov and a warning against QR-code 'MFA renewal' phishing.",
               why="Genuine internal announcement from the mail admin through Exchange and mail-int01; only an intranet link, no credential request, explicitly tells users that IT never sends QR codes. "
                   "Same topic as the quishing attack.",
               pair=[5, 13])


def b06():
    text = """Sehr geehrte Frau Weiß,

die Umsatzsteuer-Voranmeldung für September 2026 haben wir heute über DATEV an das Finanzamt München übermittelt. Das Übermittlungsprotokoll liegt bei. Die Zahllast von 41.318,27 € wird am 12.10.2026 per Lastschrift eingezogen (SEPA-Mandat liegt vor).

Noch ein Hinweis: Ihr eigenes ELSTER-Organisationszertifikat für das Unternehmenskonto in "Mein ELSTER" läuft laut unseren Unterlagen im Januar 2027 ab. Die Verlängerung erfolgt ausschließlich nach Anmeldung direkt unter www.elster.de; ELSTER verschickt dazu keine E-Mails mit Links. Wenn Sie möchten, erledigen wir das gemeinsam bei unserem Termin am 04.11.

Mit freundlichen Grüßen

Andrea Brandl
Steuerberaterin

Steuerkanzlei Brandl & Partner mbB
Prinzregentenstraße 54 | 80538 München
Tel. +49 89 2190 448-0 | www.stb-brandl.de"""
    pdf = att_pdf("UStVA_09-2026_Example_Group_GmbH.pdf", [
        ("h", "Übermittlungsprotokoll Umsatzsteuer-Voranmeldung 2026"), "",
        "Unternehmer: Example Group GmbH, Leopoldstraße 180, 80804 München",
        "Steuernummer: 143/118/40217        Finanzamt: München", "",
        "Zeitraum: September 2026", "Übermittelt am: 09.10.2026 11:31:04", "Transferticket: et8Q4r2Kd7Wm1xZp3L", "",
        "Kz 81  Steuerpflichtige Umsätze 19 %                  312.640",
        "Kz 66  Vorsteuerbeträge                                18.083,33",
        ("b", "Kz 83  Verbleibende Umsatzsteuer-Vorauszahlung       41.318,27"), "",
        ("s", "Übermittelt durch: Steuerkanzlei Brandl & Partner mbB, Beraternummer 71 4482"),
    ], title="Übermittlungsprotokoll UStVA 09/2026", producer="DATEV Druckausgabe", created="20261009113122+02'00'")
    return Msg("steuerkanzlei-ustva-elster-hinweis", "2026-10-09 11:47:20",
               Ionos(client="outlook", client_helo="KANZLEI-PC12", client_ip="84.151.203.77", zone="CET"),
               ("Andrea Brandl", "a.brandl@stb-brandl.de"), [S("weiss")],
               "USt-Voranmeldung September 2026 - Übermittlung / Hinweis ELSTER-Zertifikat",
               mixed(alt(text, "iso-8859-15", "quoted-printable", lang="de"), pdf),
               cc=[S("schaefer")], hcs="iso-8859-15", hmode="Q",
               what="The external tax advisor confirms the September VAT pre-return filing and mentions the ELSTER certificate renewal.",
               why="Genuine: known tax advisor on her own domain via IONOS from her office, expected monthly filing protocol, the ELSTER remark explicitly says ELSTER sends no links and renewal is only done on elster.de.",
               pair=[3])


def b07():
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung 2026-11-0457 für die im Oktober ausgeführten Plot- und Kopieraufträge (Projekte 24-117 "Klinikum Ingolstadt" und 25-031 "Wohnquartier Riem Süd").

Die Rechnung liegt als PDF sowie als strukturierte E-Rechnung (XRechnung, Syntax CII) bei und kann direkt in Ihr Buchhaltungssystem eingelesen werden.

Rechnungsbetrag: 1.247,68 EUR (inkl. 19 %% USt.)
Zahlbar bis 05.12.2026 ohne Abzug auf unser bekanntes Konto.

Mit freundlichen Grüßen
Ihr Team vom Repro-Zentrum Schwabing

Repro-Zentrum Schwabing GmbH | Belgradstraße 21 | 80796 München
Tel. 089 3088 214-0 | www.repro-schwabing.de
HRB 104882 AG München | USt-IdNr. %s""" % VAT["repro"]
    pdf = att_pdf("Rechnung_2026-11-0457.pdf", [
        ("h", "Repro-Zentrum Schwabing GmbH"), ("s", "Belgradstraße 21 | 80796 München | USt-IdNr. " + VAT["repro"]), "",
        "Example Group GmbH", "Leopoldstraße 180", "80804 München", "",
        ("b", "Rechnung 2026-11-0457                 Datum: 05.11.2026   Leistungszeitraum: 10/2026"), "",
        "Projekt 24-117 Klinikum Ingolstadt: 184 Plots A0/A1, 12 Sätze Kopien      712,40 EUR",
        "Projekt 25-031 Wohnquartier Riem Süd: 96 Plots A1, Faltung, Versand      336,07 EUR",
        "Nettobetrag                                                              1.048,47 EUR",
        "USt. 19 %                                                                  199,21 EUR",
        ("b", "Rechnungsbetrag                                                          1.247,68 EUR"), "",
        "Zahlbar bis 05.12.2026 ohne Abzug.",
        "Stadtsparkasse München | IBAN " + iban_print(BANK["repro"]) + " | BIC SSKMDEMMXXX",
    ], title="Rechnung 2026-11-0457", producer="Lexware faktura+auftrag", created="20261105150011+01'00'")
    xml = ("""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>
  <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>
 </ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>2026-11-0457</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20261105</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:BuyerReference>04011000-1234512345-06</ram:BuyerReference>
   <ram:SellerTradeParty><ram:Name>Repro-Zentrum Schwabing GmbH</ram:Name>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Example Group GmbH</ram:Name></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
    <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
   </ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:TaxBasisTotalAmount>1048.47</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">199.21</ram:TaxTotalAmount>
    <ram:GrandTotalAmount>1247.68</ram:GrandTotalAmount>
    <ram:DuePayableAmount>1247.68</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""" % (VAT["repro"], BANK["repro"])).encode("utf-8")
    return Msg("repro-erechnung-xrechnung", "2026-11-05 15:02:55",
               Strato(client="outlook", client_helo="RZS-BUERO02 (p54ab1c2d.dip0.t-ipconnect.de [84.171.28.45])", zone="CET"),
               ("Repro-Zentrum Schwabing", "rechnung@repro-schwabing.de"), [("", "rechnungseingang@example.com")],
               "Rechnung 2026-11-0457 - Plotaufträge Oktober 2026",
               mixed(plain(text, "iso-8859-1", "8bit"), pdf,
                     att_bytes("application/xml", "xrechnung_2026-11-0457.xml", xml)),
               hcs="iso-8859-1", hmode="Q",
               what="Regular reprographics supplier sends its monthly invoice as PDF plus XRechnung XML.",
               why="Genuine: known supplier on its own domain via its Strato mailbox from a Telekom office line, project numbers and amounts match ongoing work, "
                   "the e-invoice is a real CII XML file (no login, no viewer), payment to the known account.",
               pair=[4])


def b08():
    u, lid = h("bautechlist", 25), h("bautechid", 10)
    base = "https://bautech-insight.us21.list-manage.com/track/click?u=%s&id=" % u
    text = """BauTech Insight – Ausgabe 44/2026

Holz-Hybridbau in Gebäudeklasse 5: Was die neue Muster-Holzbaurichtlinie für Tragwerksplaner bedeutet
Seit Oktober gilt in weiteren Bundesländern die überarbeitete MHolzBauRL. Wir zeigen an drei Projekten, wie sich Brandschutzbekleidungen und Anschlussdetails auf die Statik auswirken.
[[Weiterlesen|%sa1f3c9e2b7]]

BIM-Pflicht bei Bundesbauten: Stufenplan 2027 veröffentlicht
Ab 2027 sollen alle Hochbaumaßnahmen des Bundes ab 5 Mio. Euro mit BIM geplant werden. Welche Auftraggeber-Informationsanforderungen (AIA) jetzt Standard werden.
[[Weiterlesen|%sb2e4d0f3c8]]

HOAI: Referentenentwurf zur Novelle liegt vor
Die Honorartafeln sollen um durchschnittlich 9,8 %% angehoben werden. Eine Übersicht der wichtigsten Änderungen für Objekt- und Tragwerksplanung.
[[Weiterlesen|%sc3f5e1a4d9]]

Termine: BIM-Praxistag München, 19.11.2026 | Fachforum Brandschutz im Holzbau, 03.12.2026 (online)

Sie erhalten diesen Newsletter, weil Sie ihn unter bautech-insight.de abonniert haben.
[[Newsletter abbestellen|https://bautech-insight.us21.list-manage.com/unsubscribe?u=%s&id=%s]] | [[Profil aktualisieren|https://bautech-insight.us21.list-manage.com/profile?u=%s&id=%s]]

BauTech Insight · Fachverlag Bauwesen GmbH · Rosenheimer Straße 145 · 81671 München
Copyright © 2026 Fachverlag Bauwesen GmbH, alle Rechte vorbehalten.""" % (base, base, base, u, lid, u, lid)
    return Msg("newsletter-bautech-insight", "2026-10-29 06:05:00", Mailchimp(),
               ("BauTech Insight", "newsletter@bautech-insight.de"), [S("brandt")],
               "BauTech Insight 44/2026: Holz-Hybridbau GK5, BIM-Pflicht bei Bundesbauten, HOAI-Novelle",
               alt(text, "utf-8", "quoted-printable", hstyle="generic", pstyle="paren", lang="de"),
               reply_to=("BauTech Insight", "redaktion@bautech-insight.de"), hcs="utf-8", hmode="Q",
               what="Subscribed trade newsletter (construction technology) sent via Mailchimp.",
               why="Genuine bulk mail: Mailchimp infrastructure with List-Unsubscribe / List-Unsubscribe-Post, List-ID and abuse headers, tracked links to list-manage.com, "
                   "editorial content relevant to the trade, no request for action.")


def messages():
    return [b01(), b02(), b03(), b04(), b05(), b06(), b07(), b08()]
