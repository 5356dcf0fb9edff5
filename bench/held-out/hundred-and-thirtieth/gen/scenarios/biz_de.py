# -*- coding: utf-8 -*-
"""Genuine business mail, German (01-08)."""
from .common import *  # noqa: F401,F403
from .common import S, ACC, H, loc, ol_alt, outlook_html, ol_p, epc, pdf_doc, gmail_html, sig_de
from .orgs import LIEF, sig_lief, lief_letterhead, SP, sig_sp, WENDT
from lib import util, checks as K, qr, archive, company as C, systems as SY
from lib.message import scenario


# ---------------------------------------------------------------------------------------------
@scenario("business", 1, "de", "lieferant-neue-bankverbindung-rueckruf")
def b01(m):
    m.at("DE", 2026, 11, 30, 9, 12)
    m.mua = "outlook"
    m.hdr_cs, m.hdr_enc = "iso-8859-15", "Q"
    old = m.iban(ACC["lieferant_old"], "Lieferant GmbH – genuine current account, Sparkasse Fulda")
    new = m.iban(ACC["lieferant_new"], "Lieferant GmbH – genuine new account from 01.01.2027, VR Genossenschaftsbank Fulda")
    m.phone(LIEF["tel"])
    frm = LIEF["buchhaltung"]
    frm = ("Heike Brandl", "rechnungen@lieferant-gmbh.de")
    text = ("Sehr geehrte Frau Wolf,\n\n"
            "wie Herr Maier bereits im Jahresgespräch am 18.11. mit Herrn Braun angekündigt hat, stellen wir unseren "
            "Zahlungsverkehr zum Jahreswechsel auf die VR Genossenschaftsbank Fulda um.\n\n"
            "Bis einschließlich 31.12.2026 gilt unverändert unsere bisherige Verbindung:\n"
            "Sparkasse Fulda, IBAN %s, BIC HELADEF1FDS\n\n"
            "Ab dem 01.01.2027 bitten wir um Zahlung auf:\n"
            "VR Genossenschaftsbank Fulda eG, IBAN %s, BIC GENODE51FUL\n"
            "Kontoinhaber: Lieferant GmbH\n\n"
            "Die neue Verbindung steht ab Januar auch auf allen Rechnungen. Das von unserer Geschäftsführung "
            "unterschriebene Schreiben liegt bei und geht Ihnen zusätzlich per Post zu.\n\n"
            "Zu Ihrer Sicherheit: Bitte verifizieren Sie die Änderung vor dem Anlegen telefonisch über unsere Ihnen "
            "bekannte Zentrale %s (nicht über eine Nummer aus einer E-Mail) bei mir oder bei Herrn Maier. Wir werden "
            "Sie niemals per E-Mail bitten, offene Rechnungen vorzeitig oder auf ein anderes als die oben genannten "
            "Konten zu zahlen.\n\n"
            "Mit freundlichen Grüßen\n\nHeike Brandl\nLeitung Finanzbuchhaltung, Prokuristin\n\nLieferant GmbH\n"
            "%s · %s\nTel. %s\nrechnungen@lieferant-gmbh.de · %s\n\nGeschäftsführer: %s · %s · USt-IdNr. %s\n"
            % (K.iban_fmt(old), K.iban_fmt(new), LIEF["tel"], LIEF["street"], LIEF["city"], LIEF["tel"], LIEF["web"], LIEF["gf"], LIEF["hrb"], LIEF["ust"]))
    d = pdf_doc("helv", producer="Microsoft® Word für Microsoft 365", creator="Microsoft® Word für Microsoft 365",
                title="Änderung Bankverbindung 2027", author="Heike Brandl", when=util.plus(m.date, -86400), tz_min=60)
    lief_letterhead(d, "27.11.2026")
    d.para("Example Group GmbH\nKreditorenbuchhaltung\nAm Quellenpark 3\n61118 Bad Vilbel", 10)
    d.space(12)
    d.heading("Änderung unserer Bankverbindung zum 01.01.2027", 13)
    d.para("Sehr geehrte Damen und Herren,")
    d.para("zum Jahreswechsel führen wir unseren Zahlungsverkehr bei der VR Genossenschaftsbank Fulda eG zusammen. "
           "Für Zahlungen bis einschließlich 31.12.2026 gilt weiterhin unsere bisherige Bankverbindung:")
    d.kv([("Kreditinstitut", "Sparkasse Fulda"), ("IBAN", K.iban_fmt(old)), ("BIC", "HELADEF1FDS")], keyw=120)
    d.para("Ab dem 01.01.2027 bitten wir um Zahlung ausschließlich auf folgendes Konto:")
    d.kv([("Kontoinhaber", "Lieferant GmbH"), ("Kreditinstitut", "VR Genossenschaftsbank Fulda eG"),
          ("IBAN", K.iban_fmt(new)), ("BIC", "GENODE51FUL")], keyw=120)
    d.para("Bitte bestätigen Sie die Änderung telefonisch über unsere Zentrale %s. Änderungen unserer Bankverbindung "
           "teilen wir ausschließlich schriftlich mit Unterschrift der Geschäftsführung mit." % LIEF["tel"])
    d.space(8)
    d.para("Mit freundlichen Grüßen\nLieferant GmbH")
    d.space(16)
    d.para("Dr. Klaus Wegener                              ppa. Heike Brandl", 10)
    d.para("Geschäftsführer                                   Leitung Finanzbuchhaltung", 9)
    pdfb = d.build()
    body = m.mixed(ol_alt(m, text, "de", "iso-8859-15", "quoted-printable"),
                   m.attach(pdfb, "application/pdf", "Lieferant_GmbH_Bankverbindung_ab_2027.pdf", style="outlook"))
    m.send(body, frm, [S["ap"]], "Änderung unserer Bankverbindung zum 01.01.2027 - bitte telefonisch verifizieren",
           SY.postfix_relay(LIEF["relay"], LIEF["ip"], "192.168.10.63", client_helo="PC-FIBU02", auth_user="rechnungen@lieferant-gmbh.de",
                            dkim_sel="mail2024"), cc=[S["proc"]])
    m.what = ("The preform supplier's head of accounting announces the switch to a new house bank from 1 Jan 2027 with a "
              "letter signed by the managing director; old account valid until 31 Dec.")
    m.why = ("Real domain and relay (SPF/DKIM/DMARC pass, internal client), announced in advance in the annual meeting, "
             "both accounts named with clear dates and same account holder at a local cooperative bank, explicit request to "
             "verify by phone via the known switchboard, no payment pressure, original by post.")
    m.pair = ([1, 2], "supplier bank-detail change", "business/01 keeps the old account valid, gives a future date, asks for phone verification via the known number and comes from the real domain; the attacks push immediate payment to a new account and avoid the phone.")


# ---------------------------------------------------------------------------------------------
def xrechnung_xml(inv, date, due, lines, net, vat, gross, iban, bic):
    items = []
    for i, (desc, qty, unit, price, amount) in enumerate(lines, 1):
        items.append(
            '<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>%d</ram:LineID></ram:AssociatedDocumentLineDocument>'
            '<ram:SpecifiedTradeProduct><ram:Name>%s</ram:Name></ram:SpecifiedTradeProduct>'
            '<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>%.2f</ram:ChargeAmount><ram:BasisQuantity unitCode="%s">1000</ram:BasisQuantity></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>'
            '<ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="%s">%d</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>'
            '<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>'
            '<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>%.2f</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>'
            '</ram:IncludedSupplyChainTradeLineItem>\n' % (i, H(desc), price, unit, unit, qty, amount))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
            'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
            'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">\n'
            '<rsm:ExchangedDocumentContext><ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>'
            '<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>\n'
            '<rsm:ExchangedDocument><ram:ID>%s</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>\n'
            '<rsm:SupplyChainTradeTransaction>\n%s'
            '<ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>40117</ram:BuyerReference>'
            '<ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name><ram:PostalTradeAddress><ram:PostcodeCode>36043</ram:PostcodeCode><ram:LineOne>Industriestraße 14</ram:LineOne><ram:CityName>Fulda</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>'
            '<ram:URIUniversalCommunication><ram:URIID schemeID="EM">rechnungen@lieferant-gmbh.de</ram:URIID></ram:URIUniversalCommunication>'
            '<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>'
            '<ram:BuyerTradeParty><ram:Name>Example Group GmbH</ram:Name><ram:PostalTradeAddress><ram:PostcodeCode>61118</ram:PostcodeCode><ram:LineOne>Am Quellenpark 3</ram:LineOne><ram:CityName>Bad Vilbel</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>'
            '<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:BuyerTradeParty>'
            '<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>4500186921</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument></ram:ApplicableHeaderTradeAgreement>\n'
            '<ram:ApplicableHeaderTradeDelivery><ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent></ram:ApplicableHeaderTradeDelivery>\n'
            '<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>'
            '<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>'
            '<ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>%s</ram:BICID></ram:PayeeSpecifiedCreditorFinancialInstitution></ram:SpecifiedTradeSettlementPaymentMeans>'
            '<ram:ApplicableTradeTax><ram:CalculatedAmount>%.2f</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>%.2f</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>'
            '<ram:SpecifiedTradePaymentTerms><ram:Description>Zahlbar innerhalb von 30 Tagen netto, 14 Tage 2 %% Skonto</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>'
            '<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>%.2f</ram:LineTotalAmount><ram:TaxBasisTotalAmount>%.2f</ram:TaxBasisTotalAmount>'
            '<ram:TaxTotalAmount currencyID="EUR">%.2f</ram:TaxTotalAmount><ram:GrandTotalAmount>%.2f</ram:GrandTotalAmount><ram:DuePayableAmount>%.2f</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>'
            '</ram:ApplicableHeaderTradeSettlement>\n</rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n'
            % (inv, date, "".join(items), LIEF["ust"], C.DE_UST, date, iban, bic, vat, net, due, net, net, vat, gross, gross))


@scenario("business", 2, "de", "lieferant-rechnung-girocode-xrechnung")
def b02(m):
    m.at("DE", 2026, 10, 14, 6, 2)
    m.mua = "javamail"
    iban = m.iban(ACC["lieferant_old"], "Lieferant GmbH – genuine account, Sparkasse Fulda")
    lines = [("Preform 28 g PCO 1881 klar", 960000, "C62", 21.40, 20544.00),
             ("Preform 38 g PCO 1881 blau (1,5 l)", 480000, "C62", 27.90, 13392.00),
             ("Verschluss PCO 1881 Standard weiß", 1200000, "C62", 6.10, 7320.00)]
    net = 41256.00
    vat = round(net * 0.19, 2)
    gross = round(net + vat, 2)
    payload = m.qr_payload(epc("Lieferant GmbH", iban, gross, "RE-2026-10457 Kd-Nr 40117", bic="HELADEF1FDS"),
                           "attachment RE-2026-10457.pdf (EPC GiroCode)")
    d = pdf_doc("helv", producer="iText® 8.0.4 ©2000-2024 Apryse Group NV", creator="proALPHA ERP",
                title="Rechnung RE-2026-10457", author="Lieferant GmbH", when=util.plus(m.date, -120), tz_min=120)
    lief_letterhead(d, "14.10.2026", ("Rechnung Nr. RE-2026-10457", "Kunden-Nr. 40117", "Ihre Bestellung 4500186921"))
    d.para("Example Group GmbH\nKreditorenbuchhaltung\nAm Quellenpark 3\n61118 Bad Vilbel", 10)
    d.space(10)
    d.heading("Rechnung RE-2026-10457", 12)
    d.para("Lieferung gemäß Lieferschein LS-2026-38811 vom 13.10.2026, Rahmenvertrag RV-2026-017.", 9)
    d.table(["Pos", "Artikel", "Menge", "Preis / Tsd.", "Betrag EUR"],
            [[str(i + 1), l[0], util.fmt_eur(l[1], "de").split(",")[0], util.fmt_eur(l[3], "de"), util.fmt_eur(l[4], "de")] for i, l in enumerate(lines)],
            [30, 200, 80, 80, 93], ["l", "l", "r", "r", "r"])
    d.kv([("Nettobetrag", util.fmt_eur(net) + " EUR"), ("zzgl. 19 % USt", util.fmt_eur(vat) + " EUR"),
          ("Rechnungsbetrag", util.fmt_eur(gross) + " EUR")], keyw=330)
    d.para("Zahlbar bis 13.11.2026 ohne Abzug oder bis 28.10.2026 abzüglich 2 % Skonto. Bitte geben Sie bei Zahlung die "
           "Rechnungsnummer an. Die strukturierte Rechnung (XRechnung, CII) ist dieser E-Mail als XML beigefügt.", 9)
    d.qr(qr.encode(payload), 95, caption="GiroCode: Sparkasse Fulda, IBAN %s" % K.iban_fmt(iban))
    pdfb = d.build()
    xml = xrechnung_xml("RE-2026-10457", "20261014", "20261113", lines, net, vat, gross, iban, "HELADEF1FDS")
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Rechnung RE-2026-10457 vom 14.10.2026 über %s EUR als PDF sowie als "
            "XRechnung (XML, Syntax CII).\n\n"
            "Kunden-Nr.: 40117\nIhre Bestellung: 4500186921\nLieferschein: LS-2026-38811\n\n"
            "Bei Fragen zur Rechnung erreichen Sie unsere Buchhaltung unter %s oder rechnungen@lieferant-gmbh.de.\n\n"
            "Mit freundlichen Grüßen\nLieferant GmbH – Buchhaltung\n\n"
            "Diese E-Mail wurde automatisch erstellt.\n" % (util.fmt_eur(gross), LIEF["tel"]))
    m.phone(LIEF["tel"])
    body = m.mixed(m.plain(text, "utf-8", "8bit", style="bare"),
                   m.attach(pdfb, "application/pdf", "RE-2026-10457.pdf", style="generic"),
                   m.attach(xml.encode("utf-8"), "application/xml", "RE-2026-10457_xrechnung.xml", style="generic"))
    m.send(body, ("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), [S["ap"]],
           "Rechnung RE-2026-10457 / Kunden-Nr. 40117 / Bestellung 4500186921",
           SY.postfix_relay(LIEF["relay"], LIEF["ip"], "192.168.10.20", client_helo="erp01.lieferant.local",
                            dkim_sel="mail2024", client_tls=False))
    m.what = ("Automated invoice RE-2026-10457 for preforms and closures (49,094.64 EUR) from the supplier's ERP: PDF with "
              "GiroCode and the XRechnung (CII) XML.")
    m.why = ("Real supplier domain and relay (ERP host, DKIM/SPF/DMARC pass), order, delivery note and customer numbers match, "
             "GiroCode and XML carry the known Sparkasse account, normal payment terms with discount.")
    m.pair = ([2, 7], "invoice with QR payment code", "Same layout and GiroCode mechanism as the forged invoice in attack/02 and the register bill in attack/07, but the QR encodes the supplier's known account and the XRechnung matches the order.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 3, "de", "ceo-intern-anzahlung-freigeben")
def b03(m):
    m.at("DE", 2026, 11, 26, 9, 47)
    m.mua = "exchange"
    text = ("Hallo Katrin,\n\n"
            "kannst du bitte heute noch die Anzahlung an die Vetreria Bergamasca freigeben? Es geht um die 0,7-l-Mehrweg-"
            "Glasflaschen für die Gastro-Linie (Bestellung 4500187342, 30 % Anzahlung = 86.400,00 EUR). Michael hat die "
            "Bestellung gestern im SAP zur Freigabe an dich geschickt, die Bankverbindung ist die bekannte aus dem "
            "Kreditorenstamm (UniCredit), da ändert sich nichts.\n\n"
            "Hintergrund: Vetreria hält uns den Ofen-Slot in KW 49 nur, wenn die Anzahlung bis Freitag eingeht – sonst "
            "rutschen wir ins Frühjahr und die Gastro-Aktion wackelt.\n\n"
            "Ich sitze ab 14 Uhr im Flieger nach Mailand (Termin bei Vetreria morgen früh), bis dahin bin ich im Büro oder "
            "mobil erreichbar. Wenn irgendwas unklar ist, ruf mich kurz an.\n\n"
            "Danke dir!\n\nViele Grüße\nMatthias\n\n"
            "Dr. Matthias Krüger\nGeschäftsführer\nExample Group GmbH · Am Quellenpark 3 · 61118 Bad Vilbel\n"
            "Tel. +49 6101 5530-100 · Mobil +49 171 2290 418\n")
    m.phone("+49 171 2290 418")
    body = ol_alt(m, text, "de", "utf-8", "base64")
    m.send(body, S["ceo"], [S["cfo"]], "Bitte heute freigeben: Anzahlung Vetreria (Bestellung 4500187342)",
           SY.exchange_internal("EXCH01", "EXCH02"), cc=[S["proc"]], rcpt=[S["cfo"][1], S["proc"][1]])
    m.what = ("CEO asks the CFO internally to approve today a 30 % prepayment (86,400 EUR) to the Italian glass-bottle "
              "supplier; the order is already in SAP for approval.")
    m.why = ("Genuine internal mail through Exchange and mail-int01; refers to the normal SAP approval with four-eyes "
             "principle and the known vendor master data, purchasing manager in copy, invites a phone call - urgent but "
             "not secret, no new bank details.")
    m.pair = ([3, 16], "urgent CEO request", "Real internal path, existing approval workflow and known bank data, open to a call; the attacks demand secrecy, use look-alike/free-mail senders and avoid calls.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 4, "de", "steuerberater-jahresabschluss-zip-passwort-sms")
def b04(m):
    m.at("DE", 2026, 12, 1, 14, 20)
    m.mua = "m365"
    pwd = "Quellpark#JA2025-Dez"
    zname = "Example_Group_JA2025_Pruefungsbericht_Entwurf.zip"
    m.zip_passwords = {zname: pwd}
    m.fact("ids", ("ZIP password (sent separately by SMS, not contained in the mail)", pwd))
    d = pdf_doc("helv", producer="Microsoft® Word für Microsoft 365", creator="DATEV Kanzlei-Rechnungswesen",
                title="Prüfungsbericht JA 2025 Entwurf", author="Schneider & Partner mbB", when=util.plus(m.date, -10000), tz_min=60)
    d.letterhead("Schneider & Partner mbB", ["Wirtschaftsprüfungsgesellschaft · Steuerberatungsgesellschaft",
                                             "%s · %s" % (SP["street"], SP["city"])], color=(0.12, 0.31, 0.47),
                 right_lines=("ENTWURF – Stand 30.11.2026",))
    d.heading("Bericht über die Prüfung des Jahresabschlusses zum 31. Dezember 2025", 13)
    d.para("Example Group GmbH, Bad Vilbel", 11, True)
    d.para("A. Prüfungsauftrag\nDurch Beschluss der Gesellschafterversammlung vom 12. März 2026 wurden wir zum Abschlussprüfer "
           "für das Geschäftsjahr 2025 gewählt. Die Geschäftsführung hat uns daraufhin beauftragt, den Jahresabschluss "
           "unter Einbeziehung der Buchführung und den Lagebericht zu prüfen.")
    d.para("B. Grundsätzliche Feststellungen\nDie Lage der Gesellschaft ist durch ein Umsatzwachstum im Segment Mineralwasser "
           "in Mehrwegglas sowie gestiegene Kosten für Energie und CO2 gekennzeichnet.")
    d.para("– Entwurf, nicht zur Weitergabe –", 9)
    inner = d.build()
    z = archive.make_zip([{"name": "Pruefungsbericht_JA2025_Entwurf_v3.pdf", "data": inner, "password": pwd.encode(),
                           "date_time": (2026, 12, 1, 13, 58, 20)}], rng=m.rng)
    text = ("Sehr geehrte Frau Hoffmann,\n\n"
            "wie heute Vormittag telefonisch besprochen, erhalten Sie anbei den Entwurf unseres Prüfungsberichts zum "
            "Jahresabschluss 2025 (Stand 30.11.2026) zur Durchsicht.\n\n"
            "Die Datei ist ein verschlüsseltes ZIP-Archiv. Das Kennwort habe ich Ihnen soeben per SMS an Ihre "
            "Mobilnummer geschickt – bitte fordern Sie es nicht per E-Mail an, wir versenden Kennwörter grundsätzlich "
            "nur über einen zweiten Kanal.\n\n"
            "Die finale, unterschriebene Fassung stellen wir wie gewohnt in DATEV Unternehmen online bereit. Für "
            "Rückfragen zu den Anmerkungen in Abschnitt B stehen Frau Schneider und ich am Donnerstag ab 10 Uhr zur Verfügung.\n\n"
            + sig_sp("brandt"))
    m.phone(SP["brandt_tel"])
    body = m.mixed(m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(outlook_html(ol_p(text), "utf-8", "de"), "utf-8", "quoted-printable")),
                   m.attach(z, "application/x-zip-compressed", zname))
    m.send(body, SP["brandt"], [S["cfo"]], "Jahresabschluss 2025 – Entwurf Prüfungsbericht (verschlüsselt)",
           SY.hornet_m365("schneider-partner-wp.de", tenant_id=SP["tenant"]))
    m.what = ("The auditor sends the draft audit report 2025 as an encrypted ZIP after a phone call; the password went "
              "separately by SMS; final version will be in DATEV Unternehmen online.")
    m.why = ("Known adviser's real Microsoft 365/Hornetsecurity path, agreed by phone beforehand, password through a second "
             "channel (not in the mail), ZIP contains a real PDF, refers to the usual DATEV portal; no login link.")
    m.pair = ([4, 18, 30, 38], "adviser documents / password-protected archive", "An encrypted archive is not malicious per se: here the password is delivered out of band and the content is a PDF; in the attacks the password sits in the mail next to script/executable files, or the 'documents' are a Canva login page.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 5, "de", "hr-grippeschutzimpfung-aushang-qr")
def b05(m):
    m.at("DE", 2026, 10, 20, 11, 30)
    m.mua = "exchange"
    url = m.url("https://intranet.corp.example.com/gesundheit/grippeschutzimpfung-2026")
    m.qr_payload(url, "attachment Aushang_Grippeschutzimpfung_2026.pdf")
    dl = ("Alle Mitarbeitenden Bad Vilbel", "alle-badvilbel@example.com")
    text = ("Liebe Kolleginnen und Kollegen,\n\n"
            "auch in diesem Jahr bietet unsere Betriebsärztin Dr. Susanne Albrecht (B·A·D Gesundheitsvorsorge) eine "
            "kostenlose Grippeschutzimpfung am Standort an:\n\n"
            "Mittwoch, 04.11.2026, 7:00–10:00 Uhr und 13:30–15:30 Uhr\nSanitätsraum, Verwaltungsgebäude EG\n\n"
            "Bitte tragen Sie sich bis Freitag, 30.10., im Intranet für einen Termin ein (Link unten bzw. QR-Code auf dem "
            "Aushang für die Kolleginnen und Kollegen in der Produktion, die keinen PC-Arbeitsplatz haben). Bringen Sie "
            "bitte Ihren Impfausweis mit. Die Impfung erfolgt während der Arbeitszeit.\n\n"
            "Anmeldung: %s\n\n"
            "Den Aushang hängen wir zusätzlich an den Infotafeln in Halle 1 und 3 aus.\n\n"
            "Viele Grüße\nMonika Schäfer\nPersonal & Entgeltabrechnung · Durchwahl -230\n" % url)
    d = pdf_doc("helv", producer="Microsoft® Word für Microsoft 365", creator="Microsoft® Word für Microsoft 365",
                title="Aushang Grippeschutzimpfung 2026", author="Monika Schäfer", when=util.plus(m.date, -3600), tz_min=120)
    d.letterhead("Example Group", ["Personal & Gesundheitsmanagement · Standort Bad Vilbel"], color=(0.0, 0.37, 0.66))
    d.heading("Grippeschutzimpfung 2026", 20, (0.0, 0.37, 0.66))
    d.para("Mittwoch, 04. November 2026", 14, True)
    d.para("7:00 – 10:00 Uhr und 13:30 – 15:30 Uhr · Sanitätsraum, Verwaltungsgebäude EG", 12)
    d.para("Durchgeführt von unserer Betriebsärztin Dr. Susanne Albrecht. Die Impfung ist kostenlos und findet während "
           "der Arbeitszeit statt. Bitte Impfausweis mitbringen.", 11)
    d.para("Anmeldung bis 30.10.2026 im Intranet – einfach den QR-Code mit dem Firmenhandy oder am Terminal in der "
           "Pausenzone scannen (nur im Firmennetz erreichbar):", 11)
    d.qr(qr.encode(url), 140, caption="intranet.corp.example.com › Gesundheit")
    d.para("Fragen: Personalabteilung, Monika Schäfer, Durchwahl -230", 10)
    pdfb = d.build()
    body = m.mixed(ol_alt(m, text, "de", "utf-8", "quoted-printable"),
                   m.attach(pdfb, "application/pdf", "Aushang_Grippeschutzimpfung_2026.pdf"))
    m.send(body, S["hr"], [dl], "Grippeschutzimpfung am 04.11. – Anmeldung bis 30.10.",
           SY.exchange_internal("EXCH02", "EXCH01"), rcpt=[dl[1]])
    m.what = ("HR invites all Bad Vilbel staff to the company flu vaccination; notice as PDF with a QR code for colleagues "
              "without a PC.")
    m.why = ("Internal Exchange mail from HR to the site distribution list; the QR code points to the internal intranet "
             "host (only reachable inside the network) and asks for no credentials; same link in clear text.")
    m.pair = ([5], "HR document with QR code", "QR code to the internal intranet in a notice sent through Exchange; the attack's QR leads via a Google redirect to an external Microsoft login clone and comes from a look-alike domain via Brevo.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 6, "de", "bewerbung-elektroniker-gmail")
def b06(m):
    m.at("DE", 2026, 11, 8, 20, 14)
    m.mua = "gmail"
    frm = ("Jan Petersen", "jan.petersen.1995@gmail.com")
    m.phone("0176 4419 2087")
    text = ("Sehr geehrte Frau Schäfer,\n\n"
            "hiermit bewerbe ich mich auf Ihre Stellenanzeige als Elektroniker für Betriebstechnik (m/w/d) in der "
            "Instandhaltung (Kennziffer 2026-21), die ich auf Ihrer Karriereseite gefunden habe.\n\n"
            "Ich bin gelernter Elektroniker für Betriebstechnik und arbeite seit 2019 in der Instandhaltung eines "
            "Brauereibetriebs in Friedberg. Dort betreue ich u. a. Füller, Etikettiermaschinen und die Siemens S7-Steuerungen "
            "der Abfülllinien und bin in den Rufbereitschaftsplan eingebunden.\n\n"
            "Im Anhang finden Sie mein Anschreiben, meinen Lebenslauf und meine Zeugnisse als PDF. Mein frühestmöglicher "
            "Eintrittstermin ist der 01.02.2027.\n\n"
            "Über eine Einladung zu einem Gespräch freue ich mich.\n\n"
            "Mit freundlichen Grüßen\nJan Petersen\n\nTel.: 0176 4419 2087\n")
    docs = []
    for fname, title, paras in (
            ("Anschreiben_Jan_Petersen.pdf", "Bewerbung als Elektroniker für Betriebstechnik (m/w/d) – Kennziffer 2026-21",
             ["Sehr geehrte Frau Schäfer,", "seit meinem Abschluss 2019 arbeite ich in der Instandhaltung eines Brauereibetriebs "
              "und bin für Störungsbehebung, vorbeugende Wartung und Umbauten an Abfüll- und Verpackungsanlagen zuständig.",
              "Mit freundlichen Grüßen\nJan Petersen"]),
            ("Lebenslauf_Jan_Petersen.pdf", "Lebenslauf",
             ["Persönliche Daten: Jan Petersen, geb. 14.03.1995 in Gießen, Am Seebach 12, 61169 Friedberg",
              "seit 08/2019  Elektroniker für Betriebstechnik, Instandhaltung, Brauerei in Friedberg (Hessen)",
              "08/2015 – 07/2019  Ausbildung Elektroniker für Betriebstechnik, IHK Frankfurt am Main",
              "Kenntnisse: Siemens S7 / TIA Portal, Krones-Füller, Schaltschrankbau, Elektrofachkraft nach DGUV V3"]),
            ("Zeugnisse_Jan_Petersen.pdf", "Zeugnisse",
             ["Abschlusszeugnis der IHK Frankfurt am Main (Gesamtnote: gut)", "Zwischenzeugnis vom 30.06.2026: "
              "Herr Petersen erledigte die ihm übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit."])):
        d = pdf_doc("helv", producer="LibreOffice 7.6", creator="Writer", title=title, author="Jan Petersen",
                    when=util.plus(m.date, -86400 * 2), tz_min=60)
        d.para("Jan Petersen · Am Seebach 12 · 61169 Friedberg · 0176 4419 2087 · jan.petersen.1995@gmail.com", 8)
        d.space(14)
        d.heading(title, 12)
        for p in paras:
            d.para(p)
        docs.append(m.attach(d.build(), "application/pdf", fname))
    body = m.mixed(m.alt(m.plain(text, "UTF-8", "quoted-printable"), m.html(gmail_html(text), "UTF-8", "quoted-printable")), *docs)
    m.send(body, frm, [S["hr"]], "Bewerbung als Elektroniker für Betriebstechnik (m/w/d) – Kennziffer 2026-21", SY.gmail(),
           date_tz="DE")
    m.what = "Application for the advertised maintenance electrician job with cover letter, CV and certificates as three PDFs, sent from Gmail."
    m.why = ("Ordinary applicant from a personal Gmail address: plain PDFs (no archives, images or scripts), concrete and "
             "consistent CV, matching reference number, phone number given.")
    m.pair = ([6], "job application", "Both arrive from free mail with a reference number; the genuine one attaches PDFs, the attack a disk image with a .pdf.lnk shortcut.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 7, "de", "patentanwalt-markeneintragung-warnung")
def b07(m):
    m.at("DE", 2026, 11, 2, 10, 5)
    m.mua = "outlook"
    m.hdr_cs, m.hdr_enc = "iso-8859-1", "Q"
    iban = m.iban(ACC["wendt"], "Patentanwälte Wendt & Kollegen – genuine account, Deutsche Bank")
    m.fact("ids", ("Marke (German trademark file)", "30 2026 214 387.5"))
    frm = WENDT["wendt"]
    m.phone(WENDT["tel"])
    text = ("Sehr geehrte Frau Neumann,\n\n"
            "wir freuen uns, Ihnen mitteilen zu können, dass die Marke \"Quellwerk Naturell\" (Wort-/Bildmarke, "
            "Klassen 21 und 32) am 22.10.2026 unter der Nummer 30 2026 214 387 in das beim Deutschen Patent- und "
            "Markenamt geführte Register eingetragen wurde. Die Eintragungsurkunde erhalten Sie anbei; das Original "
            "senden wir Ihnen per Post.\n\n"
            "Die Widerspruchsfrist läuft bis zum 22.01.2027; wir überwachen die Marke in dieser Zeit.\n\n"
            "Wichtiger Hinweis: Nach jeder Veröffentlichung im Markenblatt erhalten Markeninhaber Schreiben privater "
            "Anbieter (z. B. \"DMR Deutsches Marken-Register\"), die wie amtliche Gebührenbescheide aussehen. Diese "
            "Eintragungen sind wertlos - bitte leiten Sie solche Schreiben an uns weiter und zahlen Sie nichts. Die "
            "amtlichen Gebühren des DPMA haben wir bereits bei der Anmeldung für Sie entrichtet.\n\n"
            "Unsere Kostennote für die Anmeldung und die verauslagten Amtsgebühren fügen wir bei.\n\n"
            "Mit freundlichen Grüßen\n\nDr. Henrik Wendt\nPatentanwalt · European Trademark and Design Attorney\n\n"
            "Patentanwälte Wendt & Kollegen\n%s · %s\nTel. %s · kanzlei@patent-wendt.de\n" % (WENDT["street"], WENDT["city"], WENDT["tel"]))
    d = pdf_doc("helv", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", title="Kostennote 2026-1184",
                author="Kanzlei Wendt", when=util.plus(m.date, -5400), tz_min=60)
    d.letterhead("Patentanwälte Wendt & Kollegen", ["%s · %s · Tel. %s" % (WENDT["street"], WENDT["city"], WENDT["tel"])],
                 color=(0.25, 0.25, 0.3), right_lines=("Frankfurt, 02.11.2026", "Kostennote Nr. 2026-1184", "Unser Zeichen: W-M-2026-088"))
    d.para("Example Group GmbH\nz. Hd. Frau Laura Neumann\nAm Quellenpark 3\n61118 Bad Vilbel", 10)
    d.space(10)
    d.heading("Kostennote – Markenanmeldung \"Quellwerk Naturell\" (DE 30 2026 214 387)", 12)
    d.table(["Leistung", "Betrag EUR"], [["Recherche und Anmeldung, Klassen 21 und 32 (Pauschale)", "950,00"],
                                         ["Korrespondenz, Eintragungsmitteilung", "120,00"],
                                         ["Zwischensumme Honorar", "1.070,00"], ["zzgl. 19 % USt", "203,30"],
                                         ["DPMA-Anmeldegebühr (elektronisch, bis 3 Klassen), USt-frei verauslagt", "290,00"]],
            [380, 103], ["l", "r"])
    d.kv([("Gesamtbetrag", "1.563,30 EUR")], keyw=330)
    d.para("Zahlbar innerhalb von 14 Tagen auf: Deutsche Bank AG, IBAN %s, BIC DEUTDEFFXXX. USt-IdNr. %s" % (K.iban_fmt(iban), WENDT["ust"]), 9)
    pdf1 = d.build()
    d2 = pdf_doc("helv", producer="DPMAregister", creator="DPMA", title="Eintragungsurkunde 30 2026 214 387", when=util.plus(m.date, -86400 * 5), tz_min=60)
    d2.heading("Deutsches Patent- und Markenamt", 14)
    d2.heading("Urkunde über die Eintragung der Marke Nr. 30 2026 214 387", 12)
    d2.kv([("Markenform", "Wort-/Bildmarke"), ("Wiedergabe", "Quellwerk Naturell"), ("Anmeldetag", "14.08.2026"),
           ("Tag der Eintragung", "22.10.2026"), ("Klassen", "21, 32"), ("Inhaber", "Example Group GmbH, 61118 Bad Vilbel"),
           ("Vertreter", "Patentanwälte Wendt & Kollegen, 60325 Frankfurt am Main")], keyw=150)
    pdf2 = d2.build()
    body = m.mixed(ol_alt(m, text, "de", "iso-8859-1", "quoted-printable"),
                   m.attach(pdf2, "application/pdf", "Eintragungsurkunde_302026214387.pdf", style="outlook"),
                   m.attach(pdf1, "application/pdf", "Kostennote_2026-1184.pdf", style="outlook"))
    m.send(body, frm, [S["asst"]], "Marke \"Quellwerk Naturell\" eingetragen (DE 30 2026 214 387) / Warnung vor Registerfallen",
           SY.postfix_relay("mx.patent-wendt.de", "198.51.100.140", "198.51.100.141", client_helo="[10.1.1.37]",
                            client_rdns="gw.patent-wendt.de", auth_user="h.wendt", dkim_sel="pw2025", amavis=False), cc=[S["ceo"]])
    m.what = ("The company's trademark attorney reports the registration of 'Quellwerk Naturell', attaches the DPMA "
              "certificate and his fee note, and warns against private register scams.")
    m.why = ("Known law firm's own relay (DKIM/SPF/DMARC pass), the firm filed the mark and paid the official fee, invoice "
             "payable to a German bank account of the firm, explicitly tells the client not to pay 'register' letters.")
    m.pair = ([7], "trademark registration fees", "Same trademark and file number; the genuine mail comes from the appointed attorney and warns about exactly the kind of bill in attack/07 (private register, Slovak account, 36-month contract).")


# ---------------------------------------------------------------------------------------------
@scenario("business", 8, "de", "krankmeldung-private-gmx")
def b08(m):
    m.at("DE", 2026, 11, 9, 6, 58)
    m.mua = "gmx"
    text = ("Guten Morgen Monika,\n\n"
            "ich hab mir übers Wochenende eine ordentliche Grippe eingefangen, der Hausarzt hat mich heute früh bis "
            "einschließlich Freitag krankgeschrieben. Die eAU ruft ihr ja über die TK ab.\n\n"
            "Die Schichtübergabe hat Tobias Wendel übernommen, ich habe ihn gestern Abend schon informiert, und Markus weiß "
            "wegen der Verladung Bescheid. Ich schreibe dir von privat, weil ich auf dem Handy gerade nicht ins "
            "Firmenpostfach komme.\n\n"
            "Gruß\nFrank\n\n-- \nGesendet mit der GMX Mail App")
    html = ('<!DOCTYPE html><html><head></head><body><div dir="auto">' +
            "".join("<div dir=\"auto\">%s</div>" % (H(x) if x else "<br>") for x in text.split("\n")) + "</div></body></html>\n")
    body = m.alt(m.plain(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable"))
    m.send(body, ("Frank Zimmermann", "f.zimmermann76@gmx.de"), [S["hr"]], "Krankmeldung diese Woche",
           SY.gmx("gmx", mobile=True), cc=[S["log"]], rcpt=[S["hr"][1], S["log"][1]])
    m.what = "The plant manager reports sick for the week from his private GMX address (known to HR), shift handover arranged."
    m.why = ("Colleague writing from his usual private address (on file at HR), no request for data or money, the eAU comes "
             "through the health insurer, colleagues named and in copy.")
    m.pair = ([8], "employee writing from private free-mail", "Same employee and provider; the genuine note is a sick report from his known address, the attack asks to change the salary account from an unknown gmx.net address and bypasses the HR portal.")
