"""Genuine business messages, German (8)."""
import ids
import pdf
import threads as th
from core import reg, finish
from infra import (t_postfix, t_internal, t_gmx, t_strato, t_brevo, mua_javamail, mua_exchange, mua_thunderbird,
                   mua_outlook16)
from mime import Text, Multi, Blob
from people import S, LIEFERANT_IBAN_OLD, LIEFERANT_USTID, EG_DE_USTID
from tpl import alt, mixed, mso_html, simple_html, card_html, button, p, esc, fill, outlook_quote, outlook_quote_html
from util import addr, secs, rfcdate, tok, digits

B = "business"


def _lieferant_path(rt, k, client="LGEX01.lieferant.local", ip="192.168.10.21", erp=False, back=8):
    if erp:
        t_postfix(rt, "mail.lieferant-gmbh.de", "195.243.118.70", rdns="mail.lieferant-gmbh.de",
                  client_helo="erp01.lieferant.local", client_ip="192.168.10.40", client_rdns="erp01.lieferant.local",
                  esmtp="ESMTP", back=back, tls="1.2")
    else:
        t_postfix(rt, "mail.lieferant-gmbh.de", "195.243.118.70", rdns="mail.lieferant-gmbh.de",
                  client_helo=client, client_ip=ip, client_rdns=client.lower(), esmtp="ESMTPS", back=back, tls="1.2",
                  extra_hop="from LGEX01.lieferant.local ([fe80::9d2:41ab:7c3e:12f0]) by\n LGEX01.lieferant.local "
                            "([fe80::9d2:41ab:7c3e:12f0%6]) with mapi id\n 15.02.1748.024; " +
                            rfcdate(k.t - secs(back - 3), "CET", pad=False))
    rt.note = "Lieferant GmbH on-prem (Exchange 2019 / ERP) behind Postfix gateway mail.lieferant-gmbh.de"


@reg(B, "de", "lieferant-rechnung-xrechnung")
def b_invoice(k):
    k.when("2026-10-20 18:02:11")
    ap = S("ap")
    rt = k.env("rechnungen@lieferant-gmbh.de", ap["addr"])
    _lieferant_path(rt, k, erp=True)
    mua_javamail(rt, "erp01.lieferant.local")
    items = [("CT-Injektorspritzen-Set 200 ml", 40, "38,50", "1.540,00"),
             ("Gadoteridol 0,5 mmol/ml, 10 x 15 ml", 12, "412,60", "4.951,20"),
             ("CRP-Testkit Laborreagenz (200 Tests)", 25, "96,84", "2.421,00"),
             ("Einweg-Abdeckset MRT (Karton 50 Stk.)", 3, "627,67", "1.883,01")]
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10482 vom 20.10.2026 als PDF sowie als strukturierte E-Rechnung im Format XRechnung (CII).

Rechnungsnummer: RE-2026-10482
Kundennummer: 104711
Ihre Bestellung: 4500018537 vom 08.10.2026
Rechnungsbetrag: 12.846,30 EUR
Fällig: 19.11.2026 (30 Tage netto), bei Zahlung bis 30.10.2026 2 %% Skonto

Bankverbindung: Deutsche Apotheker- und Ärztebank eG
IBAN: %s
BIC: DAAEDEDDXXX

Bei Rückfragen zur Rechnung erreichen Sie unsere Buchhaltung unter +49 212 38841-40 oder rechnungen@lieferant-gmbh.de.

Diese E-Mail wurde automatisch erstellt.

Lieferant GmbH · Industriestraße 12 · 42655 Solingen
Geschäftsführer: Dr. Hans-Peter Lang · HRB 24817 Amtsgericht Wuppertal · USt-IdNr. %s
""" % (ids.pretty(LIEFERANT_IBAN_OLD), LIEFERANT_USTID)
    lines = [("Lieferant GmbH", 16, True), "Medizinischer Fachbedarf - Laborreagenzien - Kontrastmittel",
             "Industriestraße 12, 42655 Solingen", "", "Example Group Holding GmbH", "Kreditorenbuchhaltung",
             "Kaistraße 18", "40221 Düsseldorf", "",
             ("Rechnung RE-2026-10482", 13, True),
             "Rechnungsdatum: 20.10.2026   Kunden-Nr.: 104711   Bestellung: 4500018537   Lieferschein: LS-88120",
             "Ihre USt-IdNr.: " + EG_DE_USTID, "", "---",
             ("Pos  Artikel                                         Menge   Einzelpreis       Gesamt", 9, True)]
    for i, (a, q, e, g) in enumerate(items, 1):
        lines.append(("%-4d %-46s %5d %12s EUR %12s EUR" % (i, a, q, e, g), 9, False))
    lines += ["---", ("Nettobetrag                                                           10.795,21 EUR", 9, False),
              ("zzgl. 19 % USt.                                                          2.051,09 EUR", 9, False),
              ("Rechnungsbetrag                                                       12.846,30 EUR", 10, True), "",
              "Zahlbar bis 19.11.2026 ohne Abzug, bei Zahlung bis 30.10.2026 abzüglich 2 % Skonto.",
              "Bankverbindung: Deutsche Apotheker- und Ärztebank eG, IBAN " + ids.pretty(LIEFERANT_IBAN_OLD) +
              ", BIC DAAEDEDDXXX", "", "---",
              ("Lieferant GmbH - Geschäftsführer Dr. Hans-Peter Lang - HRB 24817 AG Wuppertal - USt-IdNr. " +
               LIEFERANT_USTID, 7, False)]
    inv = pdf.make_pdf(lines, k.t - secs(40), title="Rechnung RE-2026-10482", author="Lieferant GmbH",
                       creator="abas ERP", producer="iText 7.2.5")
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter>
      <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>
    </ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>RE-2026-10482</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20261020</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
%s    <ram:ApplicableHeaderTradeAgreement>
      <ram:BuyerReference>4500018537</ram:BuyerReference>
      <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name>
        <ram:PostalTradeAddress><ram:PostcodeCode>42655</ram:PostcodeCode><ram:LineOne>Industriestraße 12</ram:LineOne><ram:CityName>Solingen</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Example Group Holding GmbH</ram:Name>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
      </ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:ApplicableTradeTax><ram:CalculatedAmount>2051.09</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>10795.21</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20261119</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>10795.21</ram:LineTotalAmount><ram:TaxBasisTotalAmount>10795.21</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">2051.09</ram:TaxTotalAmount><ram:GrandTotalAmount>12846.30</ram:GrandTotalAmount>
        <ram:DuePayableAmount>12846.30</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""" % ("".join("""    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>%d</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>%s</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>%s</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="H87">%d</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>%s</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
""" % (i, a, e.replace(".", "").replace(",", "."), q, g.replace(".", "").replace(",", ".")) for i, (a, q, e, g) in
           enumerate(items, 1)), LIEFERANT_USTID, EG_DE_USTID, LIEFERANT_IBAN_OLD)
    body = mixed(rt, Text(text, "plain", "ISO-8859-15", "quoted-printable", quote_cs=False),
                 Blob(inv, "application/pdf", "RE-2026-10482.pdf"),
                 Blob(xml.encode("utf-8"), "application/xml", "RE-2026-10482_xrechnung.xml"))
    return finish(k, rt, frm=addr("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), to=ap["addr"],
                  subject="Rechnung RE-2026-10482 - Lieferant GmbH - Kunden-Nr. 104711", body=body,
                  what="Supplier invoice from Lieferant GmbH's ERP: PDF plus XRechnung (CII XML), apoBank account "
                       "as on file",
                  why="Sent by the known invoicing address through Lieferant's own gateway (ERP host on their LAN); "
                      "bank details unchanged and matching the creditor master data; references a real purchase "
                      "order; no links or pressure.",
                  pair=(["erechnung-portal-phishing"], "Real e-invoice delivered directly by the supplier vs. fake "
                                                       "'e-invoice reception portal' demanding an M365 login."))


@reg(B, "de", "lieferant-bankverbindung-angekuendigt")
def b_bank(k):
    k.when("2026-11-09 10:14:52")
    proc, ap = S("proc"), S("ap")
    rt = k.env("s.maier@lieferant-gmbh.de", proc["addr"])
    _lieferant_path(rt, k, back=9)
    subj = "Neue Bankverbindung der Lieferant GmbH ab 01.01.2027 - bitte telefonisch verifizieren"
    mua_exchange(rt, "LGEX01", "lieferant.local", "X", subj, attach=True)
    new = ids.iban_de("34250000", "0001473926")
    text = """Guten Tag Herr Vogel,
guten Tag Frau Müller,

wie bereits in unserem Jahresgespräch im September angekündigt, stellen wir zum Jahreswechsel unsere Hausbankverbindung um. Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang; das Original ist Ihnen zusätzlich per Post zugegangen.

Die wichtigsten Punkte:
- Neue Bankverbindung ab 01.01.2027: Stadt-Sparkasse Solingen, IBAN %s
- Unsere bisherige Verbindung bei der apoBank bleibt bis 31.03.2027 aktiv, es geht also keine Zahlung verloren.
- Rechnungen mit Datum bis 31.12.2026 können Sie wie gewohnt auf das bisherige Konto zahlen.

Bitte verifizieren Sie die Änderung vor der Umstellung Ihrer Stammdaten telefonisch über unsere Zentrale (+49 212 38841-0, Nummer wie auf unserer Website und Ihren bisherigen Rechnungen) oder direkt bei mir. Wir werden Sie niemals per E-Mail auffordern, Zahlungen kurzfristig auf ein anderes Konto umzuleiten.

Mit freundlichen Grüßen

Stefan Maier
Key Account Manager Kliniken & Diagnostikzentren

Lieferant GmbH
Industriestraße 12 · 42655 Solingen
Tel. +49 212 38841-31 · Mobil +49 171 5520 318
s.maier@lieferant-gmbh.de · www.lieferant-gmbh.de
""" % ids.pretty(new)
    letter = pdf.make_pdf([
        ("Lieferant GmbH", 16, True), "Industriestraße 12, 42655 Solingen", "",
        "Example Group Holding GmbH", "Einkauf / Kreditorenbuchhaltung", "Kaistraße 18", "40221 Düsseldorf", "",
        ("Solingen, 02.11.2026", 10, False, 330), "", ("Änderung unserer Bankverbindung zum 01.01.2027", 12, True), "",
        "Sehr geehrte Damen und Herren,", "",
        "im Rahmen der Neuordnung unserer Unternehmensfinanzierung wechseln wir zum 01.01.2027 unsere Hausbank.",
        "Ab diesem Datum bitten wir um Zahlung auf folgende Bankverbindung:", "",
        ("Kontoinhaber: Lieferant GmbH", 10, True), ("Bank: Stadt-Sparkasse Solingen", 10, True),
        ("IBAN: " + ids.pretty(new), 10, True), ("BIC: SOLSDE33XXX", 10, True), "",
        "Die bisherige Verbindung bei der Deutschen Apotheker- und Ärztebank (IBAN " + ids.pretty(LIEFERANT_IBAN_OLD) + ")",
        "bleibt bis zum 31.03.2027 bestehen. Bitte verifizieren Sie diese Mitteilung telefonisch unter",
        "+49 212 38841-0, bevor Sie Ihre Stammdaten ändern.", "", "Mit freundlichen Grüßen", "",
        "Dr. Hans-Peter Lang                    Sabine Reuter", "Geschäftsführer                          Prokuristin",
    ], k.t - secs(86400 * 7), title="Bankverbindung 2027", author="Sabine Reuter", creator="Microsoft Word",
        producer="Microsoft Word")
    body = mixed(rt, alt(rt, text, mso_html(text, "DE"), "iso-8859-1", "quoted-printable"),
                 Blob(letter, "application/pdf", "Schreiben_Bankverbindung_2027.pdf"))
    return finish(k, rt, frm=addr("Stefan Maier", "s.maier@lieferant-gmbh.de"), to=addr("Vogel, Markus", proc["addr"]),
                  cc=addr("Müller, Anja", ap["addr"], "iso-8859-1", "Q"), subject=subj, body=body,
                  what="Supplier's key account manager announces a bank change for 2027 with a signed letter (also by "
                       "post), old account open until 31.03.2027, asks for phone verification",
                  why="Known contact on the genuine domain through Lieferant's own Exchange/gateway; change was "
                      "announced months ahead, has a long overlap, no payment pressure, and explicitly asks for "
                      "verification via the published phone number – the proper way to announce new bank details.",
                  pair=(["lieferant-bankwechsel-lookalike"], "Same topic (Lieferant bank change) but genuine domain, "
                                                             "long lead time, phone verification invited."))


@reg(B, "de", "lieferant-antwort-liefertermin")
def b_thread(k):
    k.when("2026-10-22 11:47:31")
    proc = S("proc")
    rt = k.env("p.lang@lieferant-gmbh.de", proc["addr"])
    _lieferant_path(rt, k, back=7)
    subj = "AW: " + th.L_SUBJ
    mua_exchange(rt, "LGEX01", "lieferant.local", "X", subj, reply=True)
    q = outlook_quote("de", "Vogel, Markus <markus.vogel@example.com>", "Mittwoch, 21. Oktober 2026 14:20",
                      "Petra Lang <p.lang@lieferant-gmbh.de>", th.L_SUBJ, th.L_M0_TEXT)
    plain = th.L_P1_TEXT + "\n" + q
    html = mso_html(th.L_P1_TEXT, "DE", quote_html=outlook_quote_html(
        "de", "Vogel, Markus <markus.vogel@example.com>", "Mittwoch, 21. Oktober 2026 14:20",
        "Petra Lang <p.lang@lieferant-gmbh.de>", th.L_SUBJ, th.L_M0_TEXT))
    body = alt(rt, plain, html, "windows-1252", "quoted-printable")
    return finish(k, rt, frm=addr("Petra Lang", "p.lang@lieferant-gmbh.de"), to=addr("Vogel, Markus", proc["addr"]),
                  subject=subj, subj_cs=("windows-1252", "Q", None), body=body, msgid=th.L_P1,
                  in_reply_to=th.L_M0, references=th.L_M0,
                  what="Supplier order desk answers a procurement question: partial delivery of contrast media in "
                       "week 44, remainder in week 45",
                  why="Genuine reply in an ongoing thread from the known contact, sent from the supplier's office "
                      "network (x-originating-ip in Lieferant's LAN); operational content, no links, no payment "
                      "request.",
                  pair=(["lieferant-threadhijack-dokumentenportal"], "Same thread and mailbox; the hijack later "
                                                                     "replies from a foreign IP with a login link."))


@reg(B, "de", "ceo-dringende-anzahlung-intern")
def b_ceo(k):
    k.when("2026-11-12 09:18:40")
    ceo, cfo, aph = S("ceo"), S("cfo"), S("ap_head")
    rt = k.env(ceo["addr"], cfo["addr"])
    t_internal(rt)
    subj = "Dringend: Anzahlung 3-T-MRT Neuss heute freigeben"
    mua_exchange(rt, "EXDE01", "corp.example.com", "DE", subj)
    text = """Liebe Sabine,

wie gestern in der Geschäftsführungsrunde besprochen: Die Anzahlung für das neue 3-Tesla-MRT am Standort Neuss muss heute raus, sonst verlieren wir den Liefer- und Installationsslot im Februar.

- Betrag: 30 % = 412.500,00 € netto laut Kaufvertrag vom 12.10.2026 (DocuWare, Vertragsnr. V-2026-0318)
- Bestellung im SAP: 4500018954, von Markus sachlich freigegeben
- Kreditor: 700145 (Hersteller, Bankdaten seit 2021 unverändert im Stamm)

Bitte wie üblich im Vier-Augen-Prinzip mit Jörg freigeben und die Bankdaten ausschließlich aus dem Kreditorenstamm nehmen, nicht aus irgendwelchen Mails des Herstellers.

Ich bin bis 13 Uhr im Haus (Raum 4.12), danach mobil erreichbar.

Danke Dir!
Matthias

--
Dr. Matthias Brandt
Vorsitzender der Geschäftsführung | CEO
Example Group Holding GmbH
Kaistraße 18 · 40221 Düsseldorf
"""
    body = alt(rt, text, mso_html(text, "DE"), "utf-8", "base64")
    return finish(k, rt, frm=addr("Dr. Matthias Brandt", ceo["addr"]), to=addr("Köhler, Sabine", cfo["addr"], "utf-8", "B"),
                  cc=addr("Weißmann, Jörg", aph["addr"], "utf-8", "B"), subject=subj, body=body,
                  what="CEO's genuine urgent payment request to the CFO: down payment for a new MRT scanner today",
                  why="Internal path (Exchange EXDE02 → EXDE01 → relay mail-int01) from the CEO's real mailbox; "
                      "references contract, SAP purchase order and vendor number, insists on four-eyes approval and "
                      "master-data bank details, Cc to the head of accounting, offers personal contact.",
                  pair=(["ceo-fraud-vertrauliche-uebernahme"], "Urgent CEO payment request in both; genuine one is "
                                                               "internal, transparent and process-bound."))


@reg(B, "de", "krankmeldung-privat-gmx")
def b_sick(k):
    k.when("2026-11-17 06:58:09")
    hr, aph = S("hr"), S("ap_head")
    rt = k.env("anja.mueller77@gmx.de", hr["addr"])
    t_gmx(rt, "84.151.22.107", client_helo="[192.168.178.27]")
    mua_thunderbird(rt, "gmx.de")
    text = """Hallo Frau Schröder,

ich bin seit heute Nacht mit einem Magen-Darm-Infekt krank und war eben beim Hausarzt. Er hat mich bis einschließlich Freitag, 20.11., krankgeschrieben.

Die AU wurde elektronisch an meine Krankenkasse (TK) übermittelt, Sie können sie wie gewohnt über die eAU abrufen.

Ich schreibe von meiner privaten Adresse, weil mein Diensthandy im Büro liegt. Herr Weißmann weiß Bescheid, die Zahlungsläufe diese Woche übernimmt Frau Berger.

Viele Grüße
Anja Müller
"""
    body = Text(text, "plain", "UTF-8", "8bit", quote_cs=False, params="; format=flowed")
    return finish(k, rt, frm=addr("Anja Müller", "anja.mueller77@gmx.de", "UTF-8", "Q"),
                  to=addr("Claudia Schröder", hr["addr"], "UTF-8", "Q"),
                  cc=addr("Jörg Weißmann", aph["addr"], "UTF-8", "Q"),
                  subject="Krankmeldung Anja Müller 17.–20.11.", subj_cs=("UTF-8", "Q", None), body=body,
                  what="AP clerk reports sick from her private GMX address (Thunderbird at home); eAU is with the "
                       "health insurer",
                  why="Ordinary sick note: no request for data, money or bank changes; refers to the standard eAU "
                      "procedure; Cc to her manager; sent from a German residential IP via GMX SMTP.",
                  pair=(["gehaltskonto-aenderung-gmx"], "Employee writing to HR from a private GMX address; the "
                                                        "attack uses the same channel to divert salary."))


@reg(B, "de", "steriltechnik-mahnung-leistungsstopp")
def b_dunning(k):
    k.when("2026-11-20 11:31:27")
    ap, aph = S("ap"), S("ap_head")
    rt = k.env("j.weber@steriltechnik-weber.de", ap["addr"])
    t_strato(rt, "PC-WEBER3")
    mua_outlook16(rt, "steriltechnik-weber.de", lang="de")
    iban = ids.iban_de("30050110", "1004732815")
    text = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 21.10.2026 und der 1. Mahnung vom 04.11.2026 ist unsere Rechnung 2026-4312 vom 30.09.2026 über 18.742,60 € (Sterilgutaufbereitung September, Standorte Düsseldorf-Bilk und Neuss) weiterhin offen.

Wir bitten Sie, den Betrag bis spätestens 27.11.2026 auf unser bekanntes Konto bei der Stadtsparkasse Düsseldorf (IBAN %s) zu überweisen.

Sollte bis dahin kein Zahlungseingang erfolgen, sehen wir uns leider gezwungen, die Aufbereitung für Ihre Standorte ab dem 01.12.2026 nur noch gegen Vorkasse durchzuführen. Uns ist bewusst, dass dies Ihren OP- und Untersuchungsbetrieb beeinträchtigen würde – bitte melden Sie sich daher bei Unklarheiten umgehend direkt bei mir.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen

Jürgen Weber
Geschäftsführer

Steriltechnik Weber GmbH
Aufbereitungseinheit für Medizinprodukte (AEMP)
Höher Weg 214 · 40231 Düsseldorf
Tel. 0211 73 94 28-0
""" % ids.pretty(iban)
    dun = pdf.make_pdf([
        ("Steriltechnik Weber GmbH", 15, True), "Höher Weg 214, 40231 Düsseldorf", "",
        "Example Group Holding GmbH", "Kreditorenbuchhaltung", "Kaistraße 18", "40221 Düsseldorf", "",
        ("2. Mahnung", 13, True), "Kunden-Nr. K10233          Datum: 20.11.2026", "",
        "Rechnung 2026-4312 vom 30.09.2026      fällig 30.10.2026      18.742,60 EUR",
        "Mahngebühr                                                       0,00 EUR",
        ("Offener Betrag                                              18.742,60 EUR", 10, True), "",
        "Bitte überweisen Sie bis 27.11.2026 an: Stadtsparkasse Düsseldorf, IBAN " + ids.pretty(iban),
        "Ohne Zahlungseingang erfolgt die Aufbereitung ab 01.12.2026 nur gegen Vorkasse.",
    ], k.t - secs(900), title="2. Mahnung 2026-4312", creator="Lexware buchhalter", producer="Lexware")
    body = mixed(rt, alt(rt, text, mso_html(text, "DE"), "windows-1252", "quoted-printable"),
                 Blob(dun, "application/pdf", "2_Mahnung_2026-4312.pdf"))
    return finish(k, rt, frm=addr("Jürgen Weber", "j.weber@steriltechnik-weber.de", "windows-1252", "Q"),
                  to=ap["addr"], cc=aph["addr"],
                  subject="2. Mahnung Rechnung 2026-4312 - Ankündigung Vorkasse ab 01.12.2026",
                  subj_cs=("windows-1252", "Q", None), body=body,
                  what="Sterile-goods service provider's second dunning letter with threat of prepayment-only service "
                       "from 1 December",
                  why="Known service provider on its own domain (Strato mail, Outlook); real invoice and dunning "
                      "history; pays to the 'known account' already on file, invites direct contact; a harsh but "
                      "legitimate supply-stop threat.",
                  pair=(["register-eintragung-rechnung"], "Both demand payment; the genuine one refers to a real "
                                                          "contract and unchanged bank details."))


@reg(B, "de", "it-sicherheit-passkey-umstellung")
def b_mfa(k):
    k.when("2026-11-02 08:05:13")
    itsec, hr = S("itsec"), S("hr")
    rt = k.env(itsec["addr"], hr["addr"])
    t_internal(rt)
    subj = "Anmeldung an Microsoft 365: Umstellung auf Passkeys bis 11.12.2026"
    mua_exchange(rt, "EXDE01", "corp.example.com", "DE", subj)
    text = """Liebe Kolleginnen und Kollegen,

ab dem 16.11.2026 stellen wir die Anmeldung an Microsoft 365 schrittweise auf Passkeys in der Microsoft-Authenticator-App um. Passkeys sind sicherer als SMS-Codes und Push-Bestätigungen, weil sie nicht abgefangen werden können.

Was Sie tun müssen:
1. Öffnen Sie am Arbeitsplatzrechner im Firmennetz die Seite „Sicherheitsinformationen“ (https://mysignins.microsoft.com/security-info).
2. Wählen Sie „Anmeldemethode hinzufügen“ → „Passkey in Microsoft Authenticator“ und folgen Sie den Schritten.
Eine bebilderte Anleitung finden Sie im Intranet unter IT → Anleitungen → Passkey.

Zeitraum: bis 11.12.2026. Niemand wird gesperrt – wer es bis dahin nicht schafft, bekommt eine Erinnerung und Unterstützung vom Service Desk.

Wichtig: Die IT verschickt keine QR-Codes per E-Mail, ruft Sie nicht an, um Codes abzufragen, und bittet Sie nie, Ihr Passwort auf einer verlinkten Seite einzugeben. Melden Sie solche Nachrichten bitte über den Button „Phishing melden“ in Outlook.

Bei Fragen erreichen Sie den Service Desk unter Durchwahl -4444 oder servicedesk@example.com.

Viele Grüße
Lukas Hartmann
IT-Sicherheit & Mail-Administration
Example Group Holding GmbH
"""
    html = mso_html(text, "DE").replace(esc("https://mysignins.microsoft.com/security-info"),
                                        '<a href="https://mysignins.microsoft.com/security-info">'
                                        'https://mysignins.microsoft.com/security-info</a>')
    body = alt(rt, text, html, "utf-8", "quoted-printable")
    return finish(k, rt, frm=addr("Lukas Hartmann", itsec["addr"]),
                  to=addr("Alle Mitarbeitenden Düsseldorf", "alle-duesseldorf@example.com", "utf-8", "Q"),
                  subject=subj, body=body,
                  what="Internal IT-security announcement: move to passkeys in Microsoft Authenticator, "
                       "self-service via the official Microsoft security-info page",
                  why="Internal relay path from the IT-security admin's mailbox to a distribution list; link is the "
                      "genuine Microsoft page, no QR code, generous deadline, explicitly no lock-out, points to the "
                      "intranet and service desk.",
                  pair=(["quishing-mfa-neuregistrierung"], "Same topic (MFA re-registration); the attack comes from "
                                                           "outside with a QR code and a lock-out threat."))


@reg(B, "de", "fachverband-newsletter-brevo")
def b_news(k):
    k.when("2026-11-26 10:00:07")
    med = S("med")
    rt = k.env("newsletter@vpdz-ev.de", med["addr"])
    t_brevo(rt)
    unsub = "https://r.vpdz-ev.de/mk/un/v2/%s" % tok(k.rng, 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    web = "https://www.vpdz-ev.de/newsletter/2026-11"
    text = """VPDZ-Newsletter 11/2026

Sehr geehrter Herr Dr. Zimmermann,

die Themen dieser Ausgabe:

1. GOÄ-Reform: Stand der Beratungen nach der Verbändeanhörung
Die Bundesärztekammer und der PKV-Verband haben ihre gemeinsame Stellungnahme zur neuen GOÄ veröffentlicht. Für die Radiologie sind insbesondere die neuen Komplexpauschalen für MRT-Untersuchungen relevant. Unsere Zusammenfassung finden Sie im Mitgliederbereich.

2. Strahlenschutz: Fristen für die Aktualisierung der Fachkunde
Bis zum 30.06.2027 müssen alle Ärztinnen und Ärzte, deren Fachkunde vor 2022 erworben wurde, einen Aktualisierungskurs nachweisen. Der VPDZ bietet Online-Kurse zu Sonderkonditionen an.

3. Fachtagung „Diagnostik 2027“ am 18./19. März in Köln
Die Anmeldung ist eröffnet, Mitglieder erhalten 20 %% Rabatt bis zum 31.12.2026.

Die vollständige Ausgabe lesen Sie online: %s

Mit freundlichen Grüßen
Ihre Geschäftsstelle des VPDZ

Verband Privater Diagnostikzentren e.V. · Reinhardtstraße 31 · 10117 Berlin
Sie erhalten diesen Newsletter, weil Sie ihn als Mitglied abonniert haben. Abmelden: %s
""" % (web, unsub)
    inner = p("<b>VPDZ-Newsletter 11/2026</b>", "Sehr geehrter Herr Dr. Zimmermann,", "die Themen dieser Ausgabe:") + \
        p("<b>1. GOÄ-Reform: Stand der Beratungen nach der Verbändeanhörung</b><br>Die Bundesärztekammer und der "
          "PKV-Verband haben ihre gemeinsame Stellungnahme zur neuen GOÄ veröffentlicht. Für die Radiologie sind "
          "insbesondere die neuen Komplexpauschalen für MRT-Untersuchungen relevant.",
          "<b>2. Strahlenschutz: Fristen für die Aktualisierung der Fachkunde</b><br>Bis zum 30.06.2027 müssen alle "
          "Ärztinnen und Ärzte, deren Fachkunde vor 2022 erworben wurde, einen Aktualisierungskurs nachweisen.",
          "<b>3. Fachtagung &bdquo;Diagnostik 2027&ldquo; am 18./19. März in Köln</b><br>Mitglieder erhalten 20 % "
          "Rabatt bis zum 31.12.2026.") + button(web, "Vollständige Ausgabe lesen", "#00594f")
    html = card_html("VPDZ-Newsletter 11/2026", inner, brand="VPDZ &middot; Verband Privater Diagnostikzentren e.V.",
                     brand_color="#00594f",
                     footer="Verband Privater Diagnostikzentren e.V. &middot; Reinhardtstraße 31 &middot; 10117 Berlin"
                            "<br>Sie erhalten diesen Newsletter, weil Sie ihn als Mitglied abonniert haben. "
                            "<a href='%s' style='color:#6b7280'>Abmelden</a>" % esc(unsub))
    body = alt(rt, text, html, "utf-8", "quoted-printable")
    return finish(k, rt, frm=addr("VPDZ Newsletter", "newsletter@vpdz-ev.de"), to=med["addr"],
                  reply_to=addr("VPDZ Geschäftsstelle", "info@vpdz-ev.de"),
                  subject="VPDZ-Newsletter 11/2026: GOÄ-Reform, Fachkunde Strahlenschutz, Fachtagung Köln",
                  body=body,
                  extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-%s@vpdz-ev.de>" % (unsub, tok(k.rng, 16))),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("List-Id", "VPDZ Mitglieder-Newsletter <12.list-id.vpdz-ev.de>")],
                  what="Trade-association member newsletter sent through Brevo",
                  why="Subscribed newsletter with List-Unsubscribe/One-Click headers, personal salutation, links "
                      "only to the association's own site, no credential request.")
