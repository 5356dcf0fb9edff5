"""German genuine business messages 01-08."""
from lib import *
import facts as F
from att_de import LIEF_M365, SIG_PLANG


def xrechnung(inv, date, due, lines, net, vat, gross, seller, buyer_ref):
    items = []
    for i, (name, qty, unit, price, amount) in enumerate(lines, 1):
        items.append("""  <ram:IncludedSupplyChainTradeLineItem>
   <ram:AssociatedDocumentLineDocument><ram:LineID>%d</ram:LineID></ram:AssociatedDocumentLineDocument>
   <ram:SpecifiedTradeProduct><ram:Name>%s</ram:Name></ram:SpecifiedTradeProduct>
   <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>%s</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
   <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="%s">%s</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
   <ram:SpecifiedLineTradeSettlement>
    <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
    <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>%s</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
   </ram:SpecifiedLineTradeSettlement>
  </ram:IncludedSupplyChainTradeLineItem>""" % (i, name, price, unit, qty, amount))
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext>
  <ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>
  <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
 </rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>%(inv)s</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">%(date)s</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
%(items)s
  <ram:ApplicableHeaderTradeAgreement>
   <ram:BuyerReference>%(bref)s</ram:BuyerReference>
   <ram:SellerTradeParty><ram:Name>%(seller)s</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%(ust)s</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Example Group AG</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%(egust)s</ram:ID></ram:SpecifiedTaxRegistration></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%(iban)s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:ApplicableTradeTax><ram:CalculatedAmount>%(vat)s</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>%(net)s</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">%(due)s</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>%(net)s</ram:LineTotalAmount><ram:TaxBasisTotalAmount>%(net)s</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">%(vat)s</ram:TaxTotalAmount><ram:GrandTotalAmount>%(gross)s</ram:GrandTotalAmount><ram:DuePayableAmount>%(gross)s</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""" % dict(inv=inv, date=date, due=due, items="\n".join(items), bref=buyer_ref, seller=seller, ust=F.LIEF_USTID,
           egust=F.EG_USTID, iban=F.LIEF_IBAN_OLD, vat=vat, net=net, gross=gross)).encode("utf-8")


def b01():
    slug = "lieferant-rechnung-xrechnung"
    r = rng_for(slug)
    t = local("CET", 2026, 10, 30, 14, 3, 27)
    snd = "rechnungen@lieferant-gmbh.de"
    rcpt = "rechnungseingang@example.com"
    p = infra.m365(r, t, snd, rcpt, **LIEF_M365)
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10517 vom 30.10.2026 zu Ihrer Bestellung 4500187210 (Lieferschein LS-2026-11873, Klärwerk Nord) als PDF sowie als XRechnung (CII).

Rechnungsbetrag: 9.874,12 EUR
Fällig am: 29.11.2026 (30 Tage netto)

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser bekanntes Konto bei der Sparkasse Hildesheim Goslar Peine.

Bei Fragen zur Rechnung erreichen Sie unsere Buchhaltung unter +49 5121 99870-40 oder rechnungen@lieferant-gmbh.de.

Mit freundlichen Grüßen
Ihre Buchhaltung

Lieferant GmbH
Daimlerring 17 · 31135 Hildesheim
Amtsgericht Hildesheim HRB 201874 · USt-IdNr. %s
Geschäftsführer: Dr. Henning Roloff, Martina Busch

Diese E-Mail wurde automatisch erstellt.""" % F.LIEF_USTID
    pdf = simple_pdf("Rechnung RE-2026-10517", [
        "# Lieferant GmbH",
        "Chemikalien und Dosiertechnik für die Wasseraufbereitung · Daimlerring 17 · 31135 Hildesheim",
        "",
        "Example Group AG",
        "Kreditorenbuchhaltung",
        "Vahrenwalder Straße 210",
        "30179 Hannover",
        "",
        "## Rechnung RE-2026-10517",
        "Rechnungsdatum: 30.10.2026     Kunden-Nr.: 10442     Ihre Bestellung: 4500187210",
        "Lieferschein: LS-2026-11873 vom 29.10.2026, Lieferort: Klärwerk Nord, Tank T2",
        "",
        "Pos.  Artikel                                              Menge         Preis        Betrag",
        "1     Eisen(III)-chloridsulfat 40 %, lose, Tankzug     24,32 t     312,00 €     7.587,84 €",
        "2     Frachtkostenpauschale ADR-Tankzug                  1             709,74 €       709,74 €",
        "",
        "Nettobetrag                                                                                 8.297,58 €",
        "zzgl. 19 % USt.                                                                             1.576,54 €",
        "**Rechnungsbetrag                                                                        9.874,12 €",
        "",
        "Zahlbar bis 29.11.2026 ohne Abzug.",
        "Bankverbindung: Sparkasse Hildesheim Goslar Peine",
        "IBAN " + iban_fmt(F.LIEF_IBAN_OLD) + " · BIC " + F.LIEF_BIC_OLD,
        "",
        "Lieferant GmbH · Amtsgericht Hildesheim HRB 201874 · USt-IdNr. " + F.LIEF_USTID,
        "Geschäftsführer: Dr. Henning Roloff, Martina Busch",
    ], author="Lieferant GmbH", creator="Microsoft Dynamics 365 Business Central", producer="Microsoft Dynamics 365 Business Central",
        created=pdfdate(plus(t, -120)))
    xml = xrechnung("RE-2026-10517", "20261030", "20261129",
                    [("Eisen(III)-chloridsulfat 40 %, lose", "24.32", "TNE", "312.00", "7587.84"),
                     ("Frachtkostenpauschale ADR-Tankzug", "1", "C62", "709.74", "709.74")],
                    "8297.58", "1576.54", "9874.12", "Lieferant GmbH", "04011000-12345-67")
    text = plainify(text).replace("EUR", "EUR")
    body = mixed(p, Text(text, "plain", "iso-8859-1", "quoted-printable"),
                 [att(p, pdf, "RE-2026-10517.pdf"), att(p, xml, "RE-2026-10517_xrechnung.xml", "application/xml")])
    return Mail(1, "de", slug, B, p, ("Lieferant GmbH Buchhaltung", snd), ["rechnungseingang@example.com"],
                "Rechnung RE-2026-10517 - Lieferant GmbH", body,
                what="Supplier invoice from Lieferant GmbH's invoicing address (their Microsoft 365 tenant): PDF plus XRechnung CII XML for the ferric chloride sulphate delivery to Klärwerk Nord.",
                why="Real supplier domain and tenant, matches PO 4500187210 and delivery note, standard 30-day terms, pays to the known Sparkasse account (same IBAN in PDF and XML), no links, no urgency.",
                pair=[3, 2], pair_note="Same supplier, same delivery and invoice number as the thread hijack (03) and the look-alike bank change (02); here the invoice is a plain PDF/XML, no sign-in, known bank account.")


def b02():
    slug = "lieferant-bankwechsel-angekuendigt"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 30, 9, 40, 12)
    snd = "p.lang@lieferant-gmbh.de"
    rcpt = S("ap2")[1]
    p = infra.m365(r, t, snd, rcpt, **LIEF_M365)
    text = """Sehr geehrte Frau Böhm,

wie bereits in unserem Kundenrundschreiben vom 02.11.2026 angekündigt, bündeln wir unseren Zahlungsverkehr zum Jahreswechsel bei der Commerzbank. Unsere neue Bankverbindung gilt für alle Zahlungen ab dem 01.01.2027:

Commerzbank AG, Filiale Hildesheim
IBAN: %s
BIC: %s

Das von beiden Geschäftsführern unterzeichnete Schreiben finden Sie im Anhang; das Original geht Ihnen zusätzlich per Post zu. Ab Januar ist die neue Verbindung auch auf allen Rechnungen und in der XRechnung hinterlegt.

Bitte verifizieren Sie die Änderung vor der Hinterlegung in Ihrem Kreditorenstamm telefonisch über unsere Ihnen bekannte Zentrale (05121 99870-0) oder bei Ihrem Ansprechpartner Herrn Maier. Wir werden Sie niemals kurzfristig und nur per E-Mail zur Zahlung auf ein anderes Konto auffordern.

Das bisherige Konto bei der Sparkasse Hildesheim Goslar Peine bleibt bis zum 31.03.2027 bestehen; Zahlungen, die noch dort eingehen, werden selbstverständlich verbucht.

Mit freundlichen Grüßen

%s""" % (iban_fmt(F.LIEF_IBAN_NEW), F.LIEF_BIC_NEW, SIG_PLANG)
    pdf = simple_pdf("Änderung der Bankverbindung zum 01.01.2027", [
        "# Lieferant GmbH",
        "Daimlerring 17 · 31135 Hildesheim · Tel. 05121 99870-0",
        "",
        "An unsere Kunden und Geschäftspartner",
        "",
        "Hildesheim, 27.11.2026",
        "",
        "## Änderung unserer Bankverbindung zum 01.01.2027",
        "",
        "Sehr geehrte Damen und Herren,",
        "",
        "zum 01.01.2027 bündeln wir unseren Zahlungsverkehr bei der Commerzbank AG.",
        "Bitte leisten Sie Zahlungen ab diesem Datum auf folgendes Konto:",
        "",
        "**Kontoinhaber: Lieferant GmbH",
        "**Commerzbank AG, Filiale Hildesheim",
        "**IBAN: " + iban_fmt(F.LIEF_IBAN_NEW) + "    BIC: " + F.LIEF_BIC_NEW,
        "",
        "Bisherige Verbindung (gültig bis 31.03.2027):",
        "Sparkasse Hildesheim Goslar Peine, IBAN " + iban_fmt(F.LIEF_IBAN_OLD),
        "",
        "Zu Ihrer Sicherheit: Bitte bestätigen Sie diese Änderung telefonisch über unsere Zentrale",
        "05121 99870-0. Änderungen unserer Bankverbindung teilen wir ausschließlich schriftlich",
        "mit Unterschrift beider Geschäftsführer und mit ausreichendem Vorlauf mit.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "Dr. Henning Roloff                    Martina Busch",
        "Geschäftsführer                         Geschäftsführerin",
        "",
        "Lieferant GmbH · Amtsgericht Hildesheim HRB 201874 · USt-IdNr. " + F.LIEF_USTID,
    ], author="Petra Lang", created=pdfdate(plus(t, -86400 * 3)))
    html = html_outlook(text, "iso-8859-1")
    text = plainify(text)
    html = html_outlook(text, "iso-8859-1")
    body = mixed(p, alt(p, text, html, "iso-8859-1", "quoted-printable"),
                 [att(p, pdf, "Lieferant_GmbH_Bankverbindung_ab_2027.pdf")])
    return Mail(2, "de", slug, B, p, ("Petra Lang", snd), [S("ap2")],
                "Lieferant GmbH: neue Bankverbindung ab 01.01.2027", body, cc=[S("ap1")],
                what="Genuine supplier bank-detail change from Petra Lang's real mailbox: move to Commerzbank effective 1 Jan 2027, signed letter, old account stays open three months.",
                why="Real domain and tenant, announced a month ahead with a circular, letter signed by both managing directors and sent by post too, explicitly asks for phone verification via the known switchboard, no payment demanded, no deadline pressure.",
                pair=[2], pair_note="Same supplier, same sender name and same topic (new bank account) as the look-alike attack 02; differs in domain, lead time, verification advice and absence of payment pressure.")


def b03():
    slug = "ceo-dringende-zahlung-intern"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 6, 17, 12, 4)
    snd = S("ceo")[1]
    rcpt = S("cfo")[1]
    p = infra.exchange_internal(r, t, snd, rcpt, server="exch02", client_ip="10.20.31.112")
    text = """Hallo Sabine,

nach dem Ausfall beider Hauptpumpen im Abwasserpumpwerk Linden hat HydroPumpen in der Nacht auf Mittwoch die erste Ersatzpumpe eingebaut; der Notbetrieb läuft seitdem über die Mietpumpe. Die zweite Pumpe (Flygt NP 3171) liefert HydroPumpen nur gegen Vorkasse, weil der Hersteller das Aggregat außerhalb des Rahmenvertrags bereitstellt.

Bestellung 4500187342 ist angelegt, der Vorstand hat die Beschaffung im Umlaufbeschluss vom 04.11. freigegeben (Beschluss liegt Miriam vor). Die Vorkasserechnung von HydroPumpen über 64.260,00 EUR brutto liegt Frank vor und ist im Workflow erfasst - Zahlung bitte an die bekannte Bankverbindung aus dem Kreditorenstamm, keine Änderung.

Bitte gib die Zahlung heute noch im SAP-Workflow frei (Vier-Augen-Prinzip wie üblich, Jürgen als Zweitfreigabe), damit die Pumpe am Montag geliefert wird und wir die Mietpumpe zurückgeben können.

Bei Rückfragen bin ich bis 19 Uhr mobil erreichbar.

Danke und schönes Wochenende
Matthias

--
Matthias Görtz
Vorstandsvorsitzender
Example Group AG
Vahrenwalder Straße 210, 30179 Hannover
Tel. +49 511 7634-100 · Mobil +49 171 5503812"""
    html = html_outlook(text, "iso-8859-1")
    body = alt(p, text, html, "iso-8859-1", "quoted-printable")
    return Mail(3, "de", slug, B, p, S("ceo"), [S("cfo")],
                "Dringend: Vorkasse HydroPumpen Pumpwerk Linden - bitte heute freigeben", body,
                cc=[S("assist"), S("proc"), S("ap1")],
                what="The CEO's genuine urgent payment request, sent internally (Exchange → mail-int01): release a 64,260 EUR prepayment to HydroPumpen today for an emergency pump replacement.",
                why="Internal relay path with Exchange hops, real addresses, references PO, board resolution and the SAP four-eyes workflow, pays the known vendor to the master-data account, cc to assistant, procurement and AP, offers phone contact – urgent but within process.",
                pair=[1], pair_note="Same pattern as CEO fraud 01 (CEO, urgency, large transfer, end of week) but internal, documented, within the approval workflow and with phone contact offered.")


def b04():
    slug = "krankmeldung-privat-gmx"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 9, 6, 47, 31)
    snd = "j.weiss1971@gmx.de"
    rcpt = S("hr")[1]
    base = infra.gmx(r, t, snd, rcpt, "80.187.112.46", web="gmx", mobile=True)
    p = infra.iphone(r, t, snd, rcpt, base)
    text = """Guten Morgen Frau Hoffmann,

ich bin leider krank (Magen-Darm) und gehe heute Vormittag zum Arzt. Die AU kommt wie üblich elektronisch über die Krankenkasse.

Ich schreibe von meiner privaten Adresse, weil ich das Diensthandy am Freitag im Büro liegen gelassen habe.

Anja, kannst du bitte heute den Zahllauf übernehmen? Die Freigaben liegen im Workflow, die HydroPumpen-Vorkasse ist schon raus.

Viele Grüße
Jürgen Weiß

Von meinem iPhone gesendet"""
    body = Text(text, "plain", "utf-8", "quoted-printable")
    return Mail(4, "de", slug, B, p, ("Jürgen Weiß", snd), [S("hr")], "Krankmeldung", body, cc=[S("ap2")],
                what="Colleague (AP team lead) reports sick from his private GMX address via iPhone, asks a colleague to take over the payment run.",
                why="Private address of a real employee, plausible early-morning sick note, eAU via health insurer (no documents requested), no payment data, no links, mentions internal workflow; nothing is requested from HR except noting the absence.",
                pair=[7], pair_note="Like payroll diversion 07 it is a staff member writing to HR from a private free-mail address, but it asks for nothing financial.")


def b05():
    slug = "hydropumpen-mahnung-liefersperre"
    r = rng_for(slug)
    t = local("CET", 2026, 12, 3, 15, 22, 48)
    snd = "k.neumann@hydropumpen-service.de"
    rcpt = S("ap1")[1]
    p = infra.outlook_classic(r, t, snd, rcpt, dict(kind="telekom"), pc="HPS-NB-014", client_ip="93.197.45.210")
    text = """Sehr geehrter Herr Weiß,

trotz unserer Zahlungserinnerung vom 12.11.2026 und der 1. Mahnung vom 24.11.2026 sind die folgenden Rechnungen weiterhin offen:

RE 26-3318 vom 18.09.2026  Wartung Pumpwerke Q3                  11.742,30 EUR
RE 26-3502 vom 09.10.2026  Störungseinsatz PW Ricklingen             4.968,77 EUR
RE 26-3611 vom 23.10.2026  Laufradtausch PW Badenstedt              6.407,00 EUR
Summe                                                          23.118,07 EUR

Die Vorkasse für die Pumpe Linden ist eingegangen, vielen Dank - die Pumpe wurde wie besprochen am 09.11. geliefert. Die oben genannten Posten betreffen ältere Aufträge.

Wir bitten um Ausgleich bis spätestens 10.12.2026 auf unser bekanntes Konto bei der Hannoverschen Volksbank (IBAN %s). Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, Serviceeinsätze außerhalb des Notdienstes sowie Ersatzteillieferungen bis zum Ausgleich zurückzustellen und die Forderung an unser Inkassobüro abzugeben.

Falls sich die Zahlung mit diesem Schreiben überschnitten hat oder Rechnungen strittig sind, rufen Sie mich bitte an.

Mit freundlichen Grüßen

Karl Neumann
Kaufmännische Leitung
HydroPumpen Service GmbH
Bornumer Straße 131 · 30453 Hannover
Tel. 0511 4288 17-20 · Fax 0511 4288 17-99
www.hydropumpen-service.de""" % iban_fmt(F.HYDRO_IBAN)
    text = plainify(text)
    pdf = simple_pdf("2. Mahnung", [
        "# HydroPumpen Service GmbH",
        "Bornumer Straße 131 · 30453 Hannover",
        "",
        "Example Group AG · Kreditorenbuchhaltung · Vahrenwalder Straße 210 · 30179 Hannover",
        "",
        "## 2. Mahnung – Kunden-Nr. 20118",
        "Hannover, 03.12.2026",
        "",
        "RE 26-3318   18.09.2026   Wartung Pumpwerke Q3                  11.742,30 €",
        "RE 26-3502   09.10.2026   Störungseinsatz PW Ricklingen          4.968,77 €",
        "RE 26-3611   23.10.2026   Laufradtausch PW Badenstedt             6.407,00 €",
        "**Offener Betrag                                                           23.118,07 €",
        "",
        "Zahlungsfrist: 10.12.2026",
        "Hannoversche Volksbank eG · IBAN " + iban_fmt(F.HYDRO_IBAN) + " · BIC " + F.HYDRO_BIC,
    ], author="Karl Neumann", created=pdfdate(plus(t, -600)))
    html = html_outlook(text, "iso-8859-1")
    body = mixed(p, alt(p, text, html, "iso-8859-1", "quoted-printable"), [att(p, pdf, "2_Mahnung_Kd-20118.pdf")])
    return Mail(5, "de", slug, B, p, ("Karl Neumann", snd), [S("ap1")],
                "2. Mahnung Kd.-Nr. 20118 - offene Posten 23.118,07 EUR", body, cc=[S("proc")],
                what="Genuine second dunning letter from the pump contractor: three overdue invoices, deadline, threat to hold non-emergency service and spare parts and to hand over to debt collection.",
                why="Real contractor domain and its Telekom mail path, references earlier reminders and real jobs, pays to the known Volksbank account stated as 'bekanntes Konto', invites a phone call if disputed; a harsh but normal dunning letter.",
                pair=[6], pair_note="Payment demand with deadline and sanctions like the fake register invoice 06, but for real, ordered work with the known bank account.")


def b06():
    slug = "bewerbung-echt-pdf"
    r = rng_for(slug)
    t = local("CET", 2026, 10, 25, 19, 30, 18)
    snd = "lukas.brandes@t-online.de"
    rcpt = S("hr")[1]
    p = infra.thunderbird(r, t, snd, rcpt, dict(kind="telekom", pc="[192.168.2.113]"), "79.241.18.204")
    p.hops, p.client = infra.relay_hops(r, t, snd, rcpt, dict(kind="telekom"), "[192.168.2.113]", "79.241.18.204", "CET")
    text = """Sehr geehrte Frau Hoffmann,

hiermit bewerbe ich mich auf Ihre Stellenanzeige Nr. 2026-117 "Fachkraft für Abwassertechnik (m/w/d) – Klärwerk Nord" vom 12.10.2026.

Ich habe 2019 meine Ausbildung zur Fachkraft für Abwassertechnik beim Abwasserverband Peine abgeschlossen und arbeite seitdem dort im Schichtdienst auf der Kläranlage (Ausbaugröße 95.000 EW). Zu meinen Aufgaben gehören die Betriebsüberwachung über das Prozessleitsystem, die Eigenkontrolle nach Eigenkontrollverordnung, Wartung der Rechen- und Sandfanganlage sowie Rufbereitschaft. Seit 2024 habe ich zusätzlich die Fortbildung zum geprüften Abwassermeister begonnen.

Da ich mit meiner Familie nach Hannover-Nord ziehe, würde ich gern zu Ihnen wechseln. Meine Kündigungsfrist beträgt drei Monate zum Quartalsende.

Anschreiben, Lebenslauf und Zeugnisse hänge ich als PDF an. Für Rückfragen erreichen Sie mich unter 0176 2283 4410.

Mit freundlichen Grüßen
Lukas Brandes"""
    cv = simple_pdf("Lebenslauf Lukas Brandes", [
        "# Lebenslauf", "Lukas Brandes · geb. 14.03.1998 · Peine · lukas.brandes@t-online.de", "",
        "## Berufserfahrung",
        "seit 08/2019   Fachkraft für Abwassertechnik, Abwasserverband Peine, Kläranlage Peine",
        "                     Schichtbetrieb, PLS-Überwachung, Eigenkontrolle, Rufbereitschaft",
        "", "## Ausbildung",
        "08/2016–07/2019   Ausbildung Fachkraft für Abwassertechnik, Abwasserverband Peine",
        "seit 09/2024        Fortbildung Geprüfter Abwassermeister (IHK), berufsbegleitend",
        "", "## Kenntnisse",
        "Siemens PCS 7 (Bedienung), Probenahme und Laboranalytik, Staplerschein, Führerschein C1E",
    ], author="Lukas Brandes", creator="Writer", producer="LibreOffice 24.2", created=pdfdate(plus(t, -7200)))
    an = simple_pdf("Anschreiben Lukas Brandes", ["# Bewerbung", "Stellenanzeige Nr. 2026-117 – Fachkraft für Abwassertechnik (m/w/d)", "",
                                                  "Sehr geehrte Frau Hoffmann,", "",
                                                  "hiermit bewerbe ich mich auf die ausgeschriebene Stelle im Klärwerk Nord.",
                                                  "Seit 2019 arbeite ich im Schichtdienst der Kläranlage Peine und möchte mich",
                                                  "beruflich und räumlich nach Hannover verändern.", "",
                                                  "Mit freundlichen Grüßen", "Lukas Brandes"],
                    author="Lukas Brandes", creator="Writer", producer="LibreOffice 24.2", created=pdfdate(plus(t, -7300)))
    zg = simple_pdf("Zeugnisse Lukas Brandes", ["# Zeugnisse", "Abschlusszeugnis Berufsschule (2019)",
                                                "Prüfungszeugnis Fachkraft für Abwassertechnik, Note: gut (2019)",
                                                "Zwischenzeugnis Abwasserverband Peine (2025)"],
                    author="Lukas Brandes", creator="Writer", producer="LibreOffice 24.2", created=pdfdate(plus(t, -7400)))
    body = mixed(p, Text(text, "plain", "UTF-8", "8bit", params=["format=flowed"]),
                 [att(p, an, "Anschreiben_Lukas_Brandes.pdf"), att(p, cv, "Lebenslauf_Lukas_Brandes.pdf"),
                  att(p, zg, "Zeugnisse_Lukas_Brandes.pdf")])
    return Mail(6, "de", slug, B, p, ("Lukas Brandes", snd), [S("hr")],
                "Bewerbung: Fachkraft für Abwassertechnik (m/w/d), Anzeige 2026-117", body,
                what="Genuine job application from a t-online.de private address (Thunderbird via Telekom) with cover letter, CV and certificates as plain PDFs.",
                why="Specific to the real posting number and plant, concrete work history, phone number, unencrypted text-only PDFs; nothing to unlock or execute.",
                pair=[8], pair_note="Same topic and recipient as the malicious application 08 (password-protected ZIP with .pdf.exe); here ordinary PDFs from a private mailbox.")


def b07():
    slug = "newsletter-wasserpraxis-cleverreach"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 12, 10, 0, 6)
    snd = "newsletter@wasserpraxis-magazin.de"
    rcpt = S("ops")[1]
    p = infra.cleverreach(r, t, snd, rcpt)
    tok = hexs(r, 24)
    unsub = "https://seu2.cleverreach.com/f/%d-%d/wwu/?e=%s" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 5, 10 ** 6), tok)
    base = "https://www.wasserpraxis-magazin.de"
    text = """wasserpraxis – Newsletter 22/2026
Fachinformationen für Wasser- und Abwasserbetriebe

Liebe Leserinnen und Leser,

die neue EU-Kommunalabwasserrichtlinie beschäftigt die Branche weiter: Welche Kläranlagen bis 2035 eine vierte Reinigungsstufe brauchen und wie die erweiterte Herstellerverantwortung die Kosten verteilen soll, lesen Sie in unserem Schwerpunkt.

THEMEN DIESER AUSGABE

1. Vierte Reinigungsstufe: Was die neue Kommunalabwasserrichtlinie für Betreiber bedeutet
%s/artikel/kommunalabwasserrichtlinie-vierte-reinigungsstufe

2. Klärschlamm: Phosphorrückgewinnung ab 2029 – Stand der Verfahren
%s/artikel/phosphorrueckgewinnung-2029

3. NIS2 und KRITIS-Dachgesetz: Pflichten für Wasserversorger und Abwasserbetriebe
%s/artikel/nis2-kritis-wasserwirtschaft

4. Praxisbericht: Energieautarke Kläranlage – Faulgas, PV und Lastmanagement
%s/artikel/energieautarke-klaeranlage

TERMIN
Online-Seminar "Eigenkontrolle und Betriebstagebuch digital", 08.12.2026, 10:00–12:00 Uhr
%s/seminare

Ihre Redaktion wasserpraxis

Sie erhalten diesen Newsletter, weil Sie ihn unter %s abonniert haben.
Abmelden: %s

wasserpraxis Fachverlag GmbH · Am Hafen 12 · 28217 Bremen · HRB 31877 HB""" % (base, base, base, base, base, rcpt, unsub)
    html = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>wasserpraxis Newsletter 22/2026</title></head>
<body style="margin:0;background:#eef3f6;font-family:Arial,Helvetica,sans-serif;color:#1c2b36">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0a5c8a;padding:20px 26px;color:#fff"><span style="font-size:24px;font-weight:bold">wasserpraxis</span><br><span style="font-size:13px">Newsletter 22/2026 · Fachinformationen für Wasser- und Abwasserbetriebe</span></td></tr>
<tr><td style="padding:24px 26px;font-size:15px;line-height:1.5">
<p>Liebe Leserinnen und Leser,</p>
<p>die neue EU-Kommunalabwasserrichtlinie beschäftigt die Branche weiter: Welche Kläranlagen bis 2035 eine vierte Reinigungsstufe brauchen und wie die erweiterte Herstellerverantwortung die Kosten verteilen soll, lesen Sie in unserem Schwerpunkt.</p>
<h3 style="color:#0a5c8a">Themen dieser Ausgabe</h3>
<p><a href="%(b)s/artikel/kommunalabwasserrichtlinie-vierte-reinigungsstufe?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=nl22-2026" style="color:#0a5c8a;font-weight:bold">Vierte Reinigungsstufe: Was die neue Kommunalabwasserrichtlinie für Betreiber bedeutet</a></p>
<p><a href="%(b)s/artikel/phosphorrueckgewinnung-2029?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=nl22-2026" style="color:#0a5c8a;font-weight:bold">Klärschlamm: Phosphorrückgewinnung ab 2029 – Stand der Verfahren</a></p>
<p><a href="%(b)s/artikel/nis2-kritis-wasserwirtschaft?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=nl22-2026" style="color:#0a5c8a;font-weight:bold">NIS2 und KRITIS-Dachgesetz: Pflichten für Wasserversorger und Abwasserbetriebe</a></p>
<p><a href="%(b)s/artikel/energieautarke-klaeranlage?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=nl22-2026" style="color:#0a5c8a;font-weight:bold">Praxisbericht: Energieautarke Kläranlage – Faulgas, PV und Lastmanagement</a></p>
<h3 style="color:#0a5c8a">Termin</h3>
<p>Online-Seminar „Eigenkontrolle und Betriebstagebuch digital“, 08.12.2026, 10:00–12:00 Uhr – <a href="%(b)s/seminare" style="color:#0a5c8a">Anmeldung</a></p>
<p>Ihre Redaktion wasserpraxis</p>
</td></tr>
<tr><td style="padding:16px 26px;background:#f3f6f8;font-size:11px;color:#667">Sie erhalten diesen Newsletter, weil Sie ihn unter %(rc)s abonniert haben. <a href="%(u)s" style="color:#667">Newsletter abbestellen</a><br>wasserpraxis Fachverlag GmbH · Am Hafen 12 · 28217 Bremen · HRB 31877 HB · <a href="%(b)s/impressum" style="color:#667">Impressum</a> · <a href="%(b)s/datenschutz" style="color:#667">Datenschutz</a></td></tr>
</table></td></tr></table>
<img src="https://seu2.cleverreach.com/tr/o/%(tok)s" width="1" height="1" alt="">
</body></html>
""" % dict(b=base, rc=rcpt, u=unsub, tok=tok)
    body = alt(p, text, html, "utf-8", "quoted-printable")
    return Mail(7, "de", slug, B, p, ("wasserpraxis Newsletter", snd), [S("ops")],
                "wasserpraxis 22/2026: Vierte Reinigungsstufe, Phosphorrückgewinnung, NIS2", body,
                extra=[("List-Id", "<nl-wasserpraxis.%d.crsend.com>" % r.randrange(10 ** 5, 10 ** 6)),
                       ("List-Unsubscribe", "<%s>, <mailto:unsubscribe-%s@crsend.com>" % (unsub, tok)),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
                what="Subscribed trade newsletter (water/wastewater magazine) sent via CleverReach with List-Id, List-Unsubscribe and one-click unsubscribe.",
                why="Consistent ESP infrastructure and bounce domain, trade-specific editorial content, tracking links to the publisher's own domain, proper unsubscribe headers and imprint; no request for credentials or payment.")


def b08():
    slug = "it-hinweis-mfa-nummernabgleich-intern"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 2, 8, 15, 22)
    snd = S("itsec")[1]
    rcpt = S("sales")[1]
    p = infra.exchange_internal(r, t, snd, rcpt, server="exch01", client_ip="10.20.12.44")
    text = """Liebe Kolleginnen und Kollegen,

am Dienstag, 17.11.2026, stellen wir die Anmeldung an Microsoft 365 auf die Microsoft-Authenticator-App mit Nummernabgleich um. SMS als zweiter Faktor entfällt danach.

Was Sie tun müssen:
- Installieren Sie bis zum 16.11. die App "Microsoft Authenticator" auf Ihrem Diensthandy (Company Portal).
- Richten Sie die App im Firmennetz oder per VPN über https://aka.ms/mysecurityinfo ein. Eine Anleitung mit Screenshots finden Sie im Intranet unter IT > Anleitungen > MFA.
- Wer Hilfe braucht: IT-Sprechstunde am 12. und 13.11., jeweils 9–11 Uhr, Raum 2.14, oder Service Desk Durchwahl 4400.

Wichtig – bitte lesen:
- Die IT verschickt KEINE QR-Codes per E-Mail und setzt keine Fristen mit Kontosperrung per E-Mail. Den QR-Code zur Einrichtung sehen Sie nur auf der Seite mysecurityinfo, nachdem Sie sich dort selbst angemeldet haben.
- Bestätigen Sie in der App niemals eine Anmeldung, die Sie nicht selbst gerade ausgelöst haben.
- Verdächtige Nachrichten bitte über den Button "Phishing melden" in Outlook melden oder an phishing@example.com weiterleiten.

Vielen Dank für Ihre Unterstützung!

Viele Grüße
Lena Schäfer
IT-Sicherheit / Messaging
Example Group AG · Tel. +49 511 7634-452"""
    text = plainify(text)
    html = html_outlook(text, "iso-8859-1")
    body = alt(p, text, html, "iso-8859-1", "quoted-printable")
    return Mail(8, "de", slug, B, p, S("itsec"), [("Alle Mitarbeitenden", "alle@example.com")],
                "IT-Hinweis: Umstellung MFA auf Nummernabgleich am 17.11. - keine QR-Codes per E-Mail", body, rcpt=rcpt,
                what="Internal IT notice from the mail/security admin: MFA switch to Authenticator number matching, set-up only via aka.ms/mysecurityinfo, warning that IT never mails QR codes.",
                why="Internal relay with Exchange hops, real staff sender to a distribution list, links only to Microsoft's official short link and the intranet, offers office hours and the service-desk extension, no deadline with lockout.",
                pair=[5], pair_note="Same subject (Microsoft 365 MFA re-registration) as quishing attack 05; genuine one comes from inside, has no QR code and tells users to ignore QR-code mails.")


def build():
    return [b01(), b02(), b03(), b04(), b05(), b06(), b07(), b08()]
