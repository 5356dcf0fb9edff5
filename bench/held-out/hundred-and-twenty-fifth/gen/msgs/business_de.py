"""Business messages 01-08 (German)."""

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt, cross_logo
from lib.util import CRLF, secs, rfcdate

BUS = "business"
LIEF = org.LIEF


def _lief_footer():
    return ["Lieferant GmbH · Industriestraße 14 · 74076 Heilbronn · Tel. +49 7131 58210-0 · www.lieferant-gmbh.de",
            "Geschäftsführer: Dipl.-Kfm. Rainer Lehmann, Susanne Dorn · Amtsgericht Stuttgart HRB 108463 · "
            "USt-IdNr. %s · %s · IBAN %s · BIC %s" % (LIEF["vat"], LIEF["bank"]["bank"],
                                                     ident.fmt_iban(LIEF["bank"]["iban"]), LIEF["bank"]["bic"])]


def _lief_client(m, ip, user, mua_hdrs):
    sy.relay(m, "mail.lieferant-gmbh.de", "203.0.113.25", mua_hdrs,
             submit={"kind": "esmtpsa", "client": ("pc-%s.lieferant.local" % user.split("@")[0].replace(".", ""), ip),
                     "helo": "[%s]" % ip, "user": user},
             dkim=("lieferant-gmbh.de", "mail2024", "relaxed/simple",
                   "From:To:Cc:Subject:Date:Message-ID:In-Reply-To:References:From"), dkim_filter=True)


@msg(BUS, 1, "de", "lieferant-rechnung-girocode-xrechnung",
     "Lieferant GmbH's ERP sends invoice RE-2026-10511 (OTC goods for the central warehouse) as PDF with GiroCode "
     "plus the XRechnung (CII) XML",
     "Regular supplier invoice from the ERP host through Lieferant's own relay (DKIM pass), IBAN identical to the "
     "house bank printed on every Lieferant document, amounts/PZNs match the order, no urgency",
     pair=[(1, "Lieferant GmbH payments / bank details", "genuine invoice carries the long-standing Volksbank IBAN and "
            "comes from the ERP; the attack changes the IBAN via webmail from a foreign IP"),
           (7, "payment QR code (GiroCode) on a PDF", "genuine EPC QR pays the known supplier for delivered goods; "
            "the register scam pays a Lithuanian EMI for an 'entry'")])
def b01(m):
    m.when(2026, 11, 3, 6, 12, 40, delay=4)
    m.frm = LIEF["people"]["buha"][:2]
    m.to = [org.st("jana.koehler")]
    m.subject = "Rechnung RE-2026-10511 / Kunden-Nr. 40217 / Lieferant GmbH"
    bank = LIEF["bank"]
    items = [("Ibuprofen 400 mg Filmtabletten 50 St., PZN 14866269", 240, 3.12, 19),
             ("Pantoprazol 20 mg magensaftresistente Tabletten 14 St., PZN 88118519", 180, 2.74, 19),
             ("Loratadin 10 mg Tabletten 50 St., PZN 51784109", 96, 4.05, 19),
             ("Xylometazolin 0,1 % Nasenspray 10 ml, PZN 18699532", 300, 1.89, 19),
             ("Elektrolyt-Pulver Orange Beutel 10 St., PZN 36315280", 120, 3.46, 19),
             ("FFP2-Atemschutzmaske CE 2797, 20 St., PZN 28992807", 60, 6.90, 19)]
    net = sum(round(q * p, 2) for _d, q, p, _v in items)
    total = round(net + round(net * 0.19, 2), 2)
    epc = ident.epc_qr(bank["bic"], "Lieferant GmbH", bank["iban"], total, "RE-2026-10511 KD 40217")
    pdfb, tot2 = docs.invoice(
        "de", ["Lieferant GmbH", "Pharmagroßhandel · OTC · Medizinprodukte", "Industriestraße 14 · 74076 Heilbronn",
               "Tel. +49 7131 58210-0 · rechnungen@lieferant-gmbh.de"],
        ["Example Group SE", "Zentrallager / Kreditorenbuchhaltung", "Seckenheimer Landstraße 210", "68163 Mannheim"],
        [("Rechnungsnummer", "RE-2026-10511"), ("Rechnungsdatum", "02.11.2026"), ("Kundennummer", "40217"),
         ("Lieferschein", "LS-2026-88412 vom 30.10.2026"), ("Ihre Bestellung", "EG-PO-2026-4471"),
         ("Zahlbar bis", "02.12.2026 netto")],
        items, ["%s" % bank["bank"], "IBAN " + ident.fmt_iban(bank["iban"]), "BIC " + bank["bic"],
                "Verwendungszweck: RE-2026-10511 KD 40217"],
        dict(title="Rechnung RE-2026-10511", author="Lieferant GmbH", creator="SAP Business One 10.0",
             producer="Crystal Reports PDF Export", date="D:20261102211503+01'00'"),
        color=(0, 84, 140), qr=epc, qr_caption="GiroCode",
        notes=["Es gelten unsere Allgemeinen Geschäftsbedingungen. Bei Zahlung innerhalb von 10 Tagen gewähren "
               "wir 2 % Skonto (nur auf Warenwert).",
               "Diese Rechnung wird zusätzlich als XRechnung (CII) übermittelt."],
        footer=_lief_footer())
    assert abs(tot2 - total) < 0.01
    m.want_qr(epc)
    cii = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
           'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
           'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">\n'
           ' <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>'
           '<ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>'
           '</ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>\n'
           ' <rsm:ExchangedDocument><ram:ID>RE-2026-10511</ram:ID><ram:TypeCode>380</ram:TypeCode>'
           '<ram:IssueDateTime><udt:DateTimeString format="102">20261102</udt:DateTimeString></ram:IssueDateTime>'
           '</rsm:ExchangedDocument>\n'
           ' <rsm:SupplyChainTradeTransaction>\n'
           '  <ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>EG-PO-2026-4471</ram:BuyerReference>'
           '<ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name><ram:SpecifiedTaxRegistration>'
           '<ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>'
           '<ram:BuyerTradeParty><ram:Name>Example Group SE</ram:Name><ram:SpecifiedTaxRegistration>'
           '<ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:BuyerTradeParty>'
           '</ram:ApplicableHeaderTradeAgreement>\n'
           '  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>'
           '<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>'
           '<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID>'
           '</ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>'
           '<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>%.2f</ram:LineTotalAmount>'
           '<ram:TaxBasisTotalAmount>%.2f</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">%.2f'
           '</ram:TaxTotalAmount><ram:GrandTotalAmount>%.2f</ram:GrandTotalAmount><ram:DuePayableAmount>%.2f'
           '</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>'
           '</ram:ApplicableHeaderTradeSettlement>\n'
           ' </rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n' % (
               LIEF["vat"], org.OFF["DE"]["taxid"][1], bank["iban"], net, net, total - net, total, total))
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Rechnung RE-2026-10511 vom 02.11.2026 über %s EUR als PDF sowie als "
            "XRechnung (XML).\n\n"
            "Bei Rückfragen zur Rechnung wenden Sie sich bitte an unsere Debitorenbuchhaltung, Tel. +49 7131 "
            "58210-31.\n\n"
            "Mit freundlichen Grüßen\nLieferant GmbH - Buchhaltung\n\n"
            "Diese E-Mail wurde automatisch erzeugt.\n" % docs.money(total, "de"))
    m.fact("phone", "+49 7131 58210-31", "Lieferant accounts receivable")
    tp = mime.text(text, "plain", "iso-8859-15", "quoted-printable")
    a1 = att(m, pdfb, "application/pdf", "RE-2026-10511.pdf", "plain")
    a2 = att(m, cii.encode("utf-8"), "application/xml", "RE-2026-10511_xrechnung.xml", "plain")
    m.root = mime.multipart("mixed", [tp, a1, a2], "=_%s" % m.rng.hexs(24, True), quoted=True)
    m.msgid = "B1-%s.%s@erp01.lieferant.local" % (m.rng.hexs(12, True), m.rng.digits(6))
    hdrs = m.std(["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "MIME"])
    hdrs.append("X-Mailer: SAP Business One Mailer Service 10.0")
    sy.relay(m, "mail.lieferant-gmbh.de", "203.0.113.25", hdrs,
             submit={"kind": "esmtp", "client": ("erp01.lieferant.local", "192.168.10.20"), "helo": "ERP01"},
             dkim=("lieferant-gmbh.de", "mail2024", "relaxed/simple", "Date:From:To:Subject:Message-ID:From"),
             dkim_filter=True)


@msg(BUS, 2, "de", "lieferant-konditionen-2027-preisliste",
     "Stefan Maier (Lieferant) answers the head of procurement in the ongoing thread about 2027 terms, with the "
     "price list (XLSX) and notes on supply shortages",
     "Normal supplier correspondence from Stefan's usual Outlook client inside Lieferant's network, quoted thread "
     "matches, attachment is a plain spreadsheet, no payment topic",
     pair=[(6, "reply in a procurement thread with an attachment", "genuine reply continues the actual conversation "
            "with a readable XLSX; the attack replays an old thread with a password ZIP"),
           (1, "reply from a Lieferant mailbox in an existing thread", "submitted from Lieferant's LAN with Outlook, "
            "not via webmail from abroad; no bank details")])
def b02(m):
    m.when(2026, 10, 9, 14, 38, 2)
    p = LIEF["people"]["maier"]
    m.frm = p[:2]
    m.to = [org.st("markus.jaeger")]
    m.cc = [LIEF["people"]["lang"][:2]]
    m.subject = "AW: Konditionen 2027 / Jahresgespräch"
    prev = "5e0c3a9d71b24f1e8c6a2b4d9f7e3c10@EXCH02.corp.example.com"
    m.in_reply_to = prev
    m.references = [prev]
    m.hcs = ("iso-8859-1", "Q", "iso-8859-1")
    rows = [["**PZN", "**Artikel", "**Packung", "**AEP 2026 (EUR)", "**AEP 2027 (EUR)", "**Staffel ab"],
            ["14866269", "Ibuprofen 400 mg Filmtabletten", "50 St.", 3.12, 3.18, 200],
            ["88118519", "Pantoprazol 20 mg magensaftres. Tabletten", "14 St.", 2.74, 2.74, 150],
            ["51784109", "Loratadin 10 mg Tabletten", "50 St.", 4.05, 4.11, 100],
            ["18699532", "Xylometazolin 0,1 % Nasenspray", "10 ml", 1.89, 1.95, 250],
            ["36315280", "Elektrolyt-Pulver Orange", "10 Btl.", 3.46, 3.52, 100],
            ["28992807", "FFP2-Atemschutzmaske CE 2797", "20 St.", 6.90, 6.40, 50],
            ["72376573", "Wund- und Heilsalbe Dexpanthenol 5 %", "100 g", 3.85, 3.99, 100],
            ["51368055", "Vitamin D3 1000 I.E. Tabletten", "100 St.", 2.95, 3.05, 150]]
    xl = archive.xlsx([("Preisliste 2027", rows)], title="Preisliste Example Group 2027", creator="Stefan Maier",
                      modby="Stefan Maier", created="2026-10-08T13:11:40Z", modified="2026-10-09T12:30:05Z",
                      dt=(2026, 10, 9, 14, 30, 6))
    text = ("Hallo Herr Jäger,\n\n"
            "vielen Dank für das gute Gespräch am Dienstag. Wie besprochen anbei unsere Preisliste 2027 für Ihr "
            "Kernsortiment, die Staffeln sind bereits eingearbeitet.\n\n"
            "Kurz zu den offenen Punkten:\n"
            "- Die FFP2-Masken können wir 2027 günstiger anbieten, da wir den Hersteller gewechselt haben.\n"
            "- Beim Ibuprofen 400 rechnen wir im ersten Quartal weiter mit Kontingentierung, wir reservieren Ihnen "
            "aber wie 2026 feste Mengen.\n"
            "- Die Zahlungskonditionen bleiben unverändert (30 Tage netto, 2 % Skonto bei 10 Tagen).\n\n"
            "Frau Lang schickt Ihnen nächste Woche noch die aktualisierten Lieferzeiten pro Artikel.\n\n"
            "Viele Grüße aus Heilbronn\n\n"
            "Stefan Maier\nKey Account Manager Apotheken\n\nLieferant GmbH\nIndustriestraße 14 | 74076 Heilbronn\n"
            "Tel. +49 7131 58210-17 | Mobil +49 171 4429810\ns.maier@lieferant-gmbh.de | www.lieferant-gmbh.de\n"
            + h_quote("Markus Jäger <markus.jaeger@example.com>", "Dienstag, 6. Oktober 2026 17:05",
                      "Stefan Maier <s.maier@lieferant-gmbh.de>", "Konditionen 2027 / Jahresgespräch") +
            "Hallo Herr Maier,\n\n"
            "danke für Ihre Zeit heute. Schicken Sie mir bitte die Preisliste 2027 für das Kernsortiment inkl. "
            "Staffeln und eine Einschätzung zur Liefersituation Ibuprofen im Q1.\n\n"
            "Viele Grüße\nMarkus Jäger\nLeiter Einkauf\nExample Group SE\n")
    m.fact("phone", "+49 171 4429810", "Stefan Maier mobile (signature)")
    a = att(m, xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "Preisliste_Example_Group_2027.xlsx", "outlook")
    bd.outlook(m, text, "iso-8859-1", attachments=[a], nextpart=True)
    _lief_client(m, "192.168.20.31", "s.maier", sy.mua_outlook16(m))


def h_quote(frm, sent, to, subj, cc=None):
    from lib.h import quote_de
    return quote_de(frm, sent, to, subj, cc)


@msg(BUS, 3, "de", "ceo-dringend-kaufpreisrate-notartermin",
     "The CEO asks the CFO internally to release today the second purchase-price instalment for the acquired "
     "pharmacy in Heidelberg; notary appointment tomorrow, payment already prepared in SAP",
     "Real urgent CEO request: internal Exchange path via mail-int01 with DKIM d=example.com, refers to the "
     "existing SAP payment proposal and four-eyes release, copies the assistant, payee is the notary's escrow known "
     "from the signed contract",
     pair=[(2, "urgent confidential payment request from the CEO", "internal route and signature, refers to the "
            "documented SAP workflow and the known notary account; no secrecy demand, phone offered"),
           (21, "CEO asks a subordinate for an urgent favour", "internal, traceable, within the normal approval chain")])
def b03(m):
    m.when(2026, 11, 26, 7, 48, 19)
    m.frm = ("Brenner, Matthias Dr.", "matthias.brenner@example.com")
    m.to = [("Hoffmann-Weiß, Claudia", "claudia.hoffmann-weiss@example.com")]
    m.cc = [("Engel, Nicole", "nicole.engel@example.com")]
    m.subject = "Dringend: Freigabe 2. Kaufpreisrate Apotheke am Bismarckplatz (Notartermin morgen)"
    m.hcs = ("iso-8859-1", "Q", "iso-8859-1")
    m.rcpt = ["claudia.hoffmann-weiss@example.com", "nicole.engel@example.com"]
    text = ("Hallo Claudia,\n\n"
            "kurze Bitte mit Dringlichkeit: Für die Übernahme der Apotheke am Bismarckplatz (Heidelberg) ist laut "
            "Kaufvertrag die 2. Kaufpreisrate (420.000 EUR) spätestens morgen zum Notartermin auf dem Notaranderkonto "
            "von Notar Dr. Helbig fällig. Der Zahlungsvorschlag liegt seit gestern in SAP (Beleg 5100018842), die "
            "erste Freigabe hat Jana schon gemacht.\n\n"
            "Kannst du die zweite Freigabe heute Vormittag erledigen? Bankverbindung ist die aus § 4 des Vertrags, "
            "nichts Neues.\n\n"
            "Ich bin bis 11 Uhr im Strategiemeeting, danach per Handy erreichbar. Nicole hat die Vertragsunterlagen, "
            "falls du etwas nachsehen willst.\n\n"
            "Danke und viele Grüße\nMatthias\n\n"
            "Dr. Matthias Brenner\nChief Executive Officer\n\nExample Group SE\nSeckenheimer Landstraße 210 | "
            "68163 Mannheim\nTel. +49 621 4390-100\n")
    bd.outlook(m, text, "iso-8859-1")
    sy.internal(m, "EXCH02", "EXCH01", "10.30.1.14")


@msg(BUS, 4, "de", "it-mfa-neuregistrierung-qr-intern",
     "Head of IT security announces the re-registration of Microsoft Authenticator for the warehouse pilot group; "
     "the mail carries an inline QR code that opens aka.ms/mfasetup",
     "Genuine internal IT notice: sent by the mail admin through Exchange/mail-int01, the QR code points to "
     "Microsoft's own aka.ms/mfasetup short link, announced dates match the IT change calendar, explicit hint "
     "that IT never asks for passwords by mail",
     pair=[(3, "MFA re-registration with a QR code", "internal sender, QR encodes Microsoft's aka.ms/mfasetup; the "
            "attack's QR hides a Bing redirect to a phishing domain in a PDF from an outside host")])
def b04(m):
    m.when(2026, 11, 4, 9, 2, 55)
    m.frm = ("Feldmann, Lukas", "lukas.feldmann@example.com")
    m.to = [("Schäfer, Florian", "florian.schaefer@example.com"), ("Keller, Sandra", "sandra.keller@examplegroup.eu")]
    m.subject = "Pilotgruppe Lager: neue MFA-Registrierung (Number Matching) ab 10.11."
    m.rcpt = ["florian.schaefer@example.com", "sandra.keller@examplegroup.eu"]
    url = "https://aka.ms/mfasetup"
    qp = qr_part(m, url, "image001.png", "image001.png@01DD4C2A.5E3F9B10", "outlook", scale=4)
    text = ("Hallo zusammen,\n\n"
            "wie im IT-Newsletter angekündigt, stellen wir die Anmeldung an Teams und OneDrive auf Microsoft "
            "Authenticator mit Zahlenabgleich („Number Matching“) um. Ihr seid die Pilotgruppe (Lager und "
            "Office Mannheim).\n\n"
            "Bitte richtet die App zwischen dem 10. und 13.11. neu ein:\n"
            "1. Am PC https://aka.ms/mfasetup öffnen (oder den QR-Code unten mit dem Diensthandy scannen).\n"
            "2. „Anmeldemethode hinzufügen“ > „Microsoft Authenticator“ wählen und den Anweisungen folgen.\n"
            "3. Die alte SMS-Methode bitte erst löschen, wenn die App funktioniert.\n\n"
            "[cid:image001.png@01DD4C2A.5E3F9B10]\n\n"
            "Wir fragen euch nie per Mail nach Passwörtern oder Codes. Wer Probleme hat: Ticket im Service-Portal "
            "oder Durchwahl -333.\n\n"
            "Viele Grüße\nLukas\n\n"
            "Lukas Feldmann\nIT-Sicherheit / Messaging\nExample Group SE | Seckenheimer Landstraße 210 | "
            "68163 Mannheim\nTel. +49 621 4390-333\n")
    html_text = text.replace("[cid:image001.png@01DD4C2A.5E3F9B10]", "@@IMG@@")
    m.root = None
    bd.outlook(m, html_text, "windows-1252", inline=[qp])
    # put the <img> into the HTML part
    alt = m.root.parts[0]
    hp = alt.parts[1]
    html = hp.info["text"].replace(
        '<p class="MsoNormal">@@IMG@@<o:p></o:p></p>',
        '<p class="MsoNormal"><img width="164" height="164" style="width:1.7083in;height:1.7083in" '
        'id="Grafik_x0020_1" src="cid:image001.png@01DD4C2A.5E3F9B10" alt="QR-Code aka.ms/mfasetup"><o:p></o:p></p>')
    alt.parts[1] = mime.text(html, "html", "windows-1252", "quoted-printable")
    alt.parts[0] = mime.text(bd.plain(text, "outlook"), "plain", "windows-1252", "quoted-printable")
    m.fact("phone", "+49 621 4390-333", "IT hotline")
    sy.internal(m, "EXCH01", "EXCH02", "10.30.2.88")


@msg(BUS, 5, "de", "steuerberater-passwort-zip-separat",
     "Tax adviser Hollmann & Partner sends the documents for the VAT special audit as an encrypted ZIP; the "
     "password comes by SMS as agreed",
     "Genuine protected file: known adviser (Hornetsecurity outbound, DKIM/DMARC pass), password deliberately NOT "
     "in the mail but sent by another channel, content expected (audit appointment announced), named contacts",
     pair=[(6, "password-protected ZIP attachment", "password is not in the mail and the archive holds PDF/XLSX "
            "working papers; the attack puts the password next to a ZIP containing a .lnk"),
           (5, "German tax matters", "genuine adviser correspondence vs. a fake ELSTER form")])
def b05(m):
    m.when(2026, 11, 20, 11, 34, 8)
    p = org.HOLL["people"]["sturm"]
    m.frm = p[:2]
    m.to = [org.st("claudia.hoffmann-weiss")]
    m.cc = [org.st("jana.koehler"), org.HOLL["people"]["hollmann"][:2]]
    m.subject = "USt-Sonderprüfung Example Group SE - Unterlagen zur Vorbereitung (verschlüsselt)"
    m.hcs = ("iso-8859-1", "Q", "iso-8859-1")
    m.rcpt = ["claudia.hoffmann-weiss@example.com", "jana.koehler@example.com"]
    pw = "Hp#26-Ust!Mz4"
    zname = "Example_Group_USt-SP_2024-2025.zip"
    m.meta["zip_pw"] = {zname: pw}
    m.fact("other", "ZIP password %s (not in the mail; sent by SMS as modelled)" % pw)
    summary = docs.letter(["Hollmann & Partner mbB", "Steuerberater · Wirtschaftsprüfer", "Kaiserring 10–16 · 68161 Mannheim"],
                          ["Example Group SE", "Frau Claudia Hoffmann-Weiß", "Seckenheimer Landstraße 210", "68163 Mannheim"],
                          "Mannheim, 20.11.2026", "Umsatzsteuer-Sonderprüfung 2024/2025 – Vorbereitung",
                          ["Sehr geehrte Frau Hoffmann-Weiß,",
                           "das Finanzamt Mannheim-Stadt hat die Umsatzsteuer-Sonderprüfung für die Zeiträume "
                           "01/2024 bis 12/2025 für den 07.12.2026 angekündigt. Prüfungsschwerpunkte sind laut "
                           "Prüfungsanordnung der Vorsteuerabzug aus Eingangsrechnungen des Versandhandels und die "
                           "innergemeinschaftlichen Lieferungen an die Landesgesellschaften.",
                           "Anbei erhalten Sie unsere Checkliste der bereitzustellenden Unterlagen und die Abstimmung "
                           "der Umsatzsteuer-Voranmeldungen mit den Sachkonten. Bitte prüfen Sie insbesondere die "
                           "markierten Differenzen bis zum 30.11.2026.",
                           "Mit freundlichen Grüßen"],
                          ["", "Miriam Sturm", "Steuerfachangestellte"],
                          ["Hollmann & Partner mbB · Partnerschaftsregister AG Mannheim PR 700418"],
                          dict(title="USt-SP Vorbereitung", author="M. Sturm", creator="DATEV Dokumentenmanagement",
                               producer="DATEV PDF-Druck 14.2", date="D:20261120102114+01'00'"))
    xl = archive.xlsx([("Abstimmung USt", [["**Monat", "**USt lt. UStVA", "**USt lt. Sachkonto", "**Differenz"],
                                           ["01/2025", 184220.14, 184220.14, 0.0],
                                           ["02/2025", 171904.88, 172118.40, -213.52],
                                           ["03/2025", 196410.06, 196410.06, 0.0]])],
                      title="Abstimmung", creator="Miriam Sturm", created="2026-11-19T15:40:00Z")
    z = archive.make_zip([("01_Checkliste_Unterlagen_USt-SP.pdf", summary, (2026, 11, 20, 10, 22, 4)),
                          ("02_Abstimmung_UStVA_Sachkonten_2025.xlsx", xl, (2026, 11, 19, 16, 41, 0))],
                         password=pw, rng=m.rng.sub("zip"))
    text = ("Sehr geehrte Frau Hoffmann-Weiß,\n\n"
            "wie telefonisch besprochen erhalten Sie anbei die Unterlagen zur Vorbereitung der Umsatzsteuer-"
            "Sonderprüfung am 07.12.2026 (Checkliste und Abstimmung der Voranmeldungen).\n\n"
            "Die Datei ist verschlüsselt. Das Passwort sende ich Ihnen wie vereinbart per SMS an Ihre bei uns "
            "hinterlegte Mobilnummer.\n\n"
            "Für Rückfragen stehen Dr. Hollmann und ich Ihnen gern zur Verfügung.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Miriam Sturm\nSteuerfachangestellte\n\nHollmann & Partner mbB\nSteuerberater · Wirtschaftsprüfer\n"
            "Kaiserring 10–16 | 68161 Mannheim\nTel. +49 621 178 290-22\nm.sturm@hollmann-partner.de\n\n"
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren "
            "Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n")
    text = text.replace("Kaiserring 10–16", "Kaiserring 10-16")
    m.fact("phone", "+49 621 178 290-22")
    a = att(m, z, "application/x-zip-compressed", zname, "outlook")
    bd.outlook(m, text, "iso-8859-1", attachments=[a])
    r = m.rng
    exch = "HP-EXCH01.hollmann.local"
    m.msgid = "%s@%s" % (r.hexs(32), exch)
    hdrs = m.std(["From", "To", "CC", "Subject"])
    hdrs += ["Thread-Topic: " + sy.thread_topic(m), "Thread-Index: " + sy.thread_index(m)]
    hdrs += m.std(["Date"], pad=True) + m.std(["Message-ID"])
    hdrs += ["Accept-Language: de-DE, en-US", "Content-Language: de-DE", "X-MS-Has-Attach: yes",
             "X-MS-TNEF-Correlator: ", "x-originating-ip: [10.1.2.47]", "@MIME@", "MIME-Version: 1.0"]
    relay = "mx-relay%02d-hz%d.antispameurope.com" % (r.randint(10, 90), r.randint(1, 2))
    ip = "94.100.132.%d" % r.randint(10, 90)
    sy.relay(m, relay, ip, hdrs, submit={"kind": "raw", "lines": [
        "Received: from mail.hollmann-partner.de ([212.87.141.20]) by %s;" % relay
        + CRLF + " " + rfcdate(m.arrival - secs(2), "Europe/Berlin"),
        "Received: from HP-EXCH01.hollmann.local (10.1.2.10) by HP-EXCH01.hollmann.local" + CRLF +
        " (10.1.2.10) with Microsoft SMTP Server (version=TLS1_2," + CRLF +
        " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.37; " + util.rfcdate_pad(m.date + secs(1)),
        "Received: from HP-EXCH01.hollmann.local ([fe80::5d1:3c2a:91b4:7e02]) by" + CRLF +
        " HP-EXCH01.hollmann.local ([fe80::5d1:3c2a:91b4:7e02%4]) with mapi id" + CRLF +
        " 15.02.1748.037; " + util.rfcdate_pad(m.date)]},
        dkim=[("hollmann-partner.de", "hse1", "relaxed/relaxed", "From:To:CC:Subject:Date:Message-ID:Content-Type:MIME-Version")],
        extra_trace=["X-cloud-security-sender: m.sturm@hollmann-partner.de",
                     "X-cloud-security-recipient: claudia.hoffmann-weiss@example.com",
                     "X-cloud-security-crypt: load encryption module",
                     "X-cloud-security-Virusscan: CLEAN",
                     "X-cloud-security-disclaimer: This E-Mail was scanned by E-Mailservice on %s with %s" % (
                         relay, r.hexs(12, True)),
                     "X-cloud-security-connect: mail.hollmann-partner.de[212.87.141.20], TLS=1, IP=212.87.141.20",
                     "X-cloud-security-Digest: %s" % r.hexs(32),
                     "X-cloud-security: scantime:%.3f" % (r.randint(800, 3000) / 1000.0)],
        tls="1.3", mailfrom="m.sturm@hollmann-partner.de", dkim_filter=False)
    sy.mime.outlook_boundaries(m.root, m.msgid)


@msg(BUS, 6, "de", "apodata-wartung-securpharm-modul",
     "ApoData Systeme (the chain's pharmacy ERP vendor) announces the maintenance window for the securPharm module "
     "update and automatic certificate rollover on 21 November",
     "Real trade-service notification: vendor's verified SendGrid domain, no login link (only status page and "
     "release notes on apodata-systeme.de), explicitly says nothing needs to be done and that ApoData never asks "
     "for passwords",
     pair=[(4, "securPharm certificate renewal", "genuine vendor says the certificate rollover is automatic and asks "
            "for nothing; the attack demands a login on a look-alike NGDA portal")])
def b06(m):
    m.when(2026, 11, 17, 16, 0, 9)
    m.frm = ("ApoData Systeme", "noreply@apodata-systeme.de")
    m.reply_to = [("ApoData Support", "support@apodata-systeme.de")]
    m.to = [org.st("katrin.vogt")]
    m.subject = "Wartungsankündigung: securPharm-Modul 5.8 und Zertifikatstausch am 21.11.2026"
    r = m.rng
    status = "https://status.apodata-systeme.de"
    notes = "https://www.apodata-systeme.de/service/release-notes/securpharm-5-8"
    paras = ["Sehr geehrte Frau Dr. Vogt,",
             "am **Samstag, 21.11.2026, von 22:00 bis 02:00 Uhr** aktualisieren wir das securPharm-Modul Ihrer "
             "Warenwirtschaft auf Version 5.8. Gleichzeitig tauschen wir das Client-Zertifikat für die Verbindung "
             "zum Apothekenserver automatisch aus (Kundennummer 7700418, 128 Betriebsstätten).",
             "**Sie müssen nichts tun.** Während des Wartungsfensters werden Verifikationen zwischengespeichert und "
             "nach Abschluss automatisch übertragen. Die Abgabe von Arzneimitteln ist nicht eingeschränkt.",
             "Den aktuellen Stand sehen Sie jederzeit auf unserer [Statusseite](%s). Die Änderungen im Detail finden "
             "Sie in den [Release Notes](%s)." % (status, notes),
             "Bitte beachten Sie: ApoData fragt Sie niemals per E-Mail nach Passwörtern, PINs oder Zertifikatsdateien."]
    footer = ["ApoData Systeme GmbH · Alte Bahnhofstraße 9 · 76133 Karlsruhe · Support: +49 721 9180 400",
              "Geschäftsführer: Jörg Eberle · Amtsgericht Mannheim HRB 711902",
              "Sie erhalten diese Service-Information als Vertragskunde."]
    m.fact("phone", "+49 721 9180 400")
    html = bd.notice_html("ApoData Systeme", "#1e6b52", "Wartungsankündigung securPharm-Modul 5.8", paras, None,
                          footer, lang="de")
    text = bd.notice_text("Wartungsankündigung securPharm-Modul 5.8", paras, None, footer)
    bd.alt(m, text, html, r.hexs(60), "utf-8", "quoted-printable", quoted=False)
    sy.sendgrid(m, "apodata-systeme.de", "149.72.163.91", 2846)


@msg(BUS, 7, "de", "mitarbeiter-privatmail-kinderkrank",
     "Florian Schäfer writes to HR from his private web.de address: child is ill, attached the doctor's certificate "
     "(scan) for child-sick days, asks HR to enter it",
     "Colleague legitimately writing from private mail: his known private address (used before, in the HR file), "
     "personal details only HR knows, an attachment HR expects, no bank or payment change",
     pair=[(8, "employee writes to HR from a private mailbox", "genuine: known private address, sick-note context, "
            "mentions personnel number; attack: fresh GMX address asking to redirect salary")])
def b07(m):
    m.when(2026, 12, 7, 7, 14, 31)
    m.frm = ("Florian Schäfer", "f.schaefer83@web.de")
    m.to = [org.st("andrea.schroeder")]
    m.cc = [org.st("florian.schaefer")]
    m.subject = "Kinderkrankentage 07.-09.12. - Bescheinigung"
    m.rcpt = ["andrea.schroeder@example.com", "florian.schaefer@example.com"]
    scan = docs.letter(["Praxis Dr. med. Sabine Kuhn", "Fachärztin für Kinder- und Jugendmedizin",
                        "Meerfeldstraße 41 · 68163 Mannheim · Tel. 0621 8320 55"],
                       ["Ärztliche Bescheinigung für den Bezug von", "Kinderpflege-Krankengeld (§ 45 SGB V)"],
                       "Mannheim, 07.12.2026", "Bescheinigung",
                       ["Hiermit wird bescheinigt, dass das Kind Emil Schäfer, geb. 14.03.2019, erkrankt ist und "
                        "voraussichtlich vom 07.12.2026 bis 09.12.2026 der Beaufsichtigung, Betreuung und Pflege "
                        "durch einen Elternteil bedarf.",
                        "Betreuende Person: Florian Schäfer"],
                       ["", "Dr. med. S. Kuhn"], ["Scan erstellt mit Adobe Scan"],
                       dict(title="Adobe Scan 07.12.2026", author="", creator="Adobe Scan for iOS 26.10.2",
                            producer="Adobe PDF Library 18.0.3", date="D:20261207070912+01'00'"),
                       stamp=(380, 330, "Dr. med. S. Kuhn", "Kinderärztin · Mannheim"))
    text = ("Hallo Andrea,\n\n"
            "Emil hat seit gestern Abend Fieber und die Kita nimmt ihn so nicht. Ich bleibe deshalb bis Mittwoch "
            "zuhause (Kinderkrankentage). Die Bescheinigung von der Kinderärztin hängt als Scan an, das Original "
            "bringe ich am Donnerstag mit.\n\n"
            "Kannst du das bitte so eintragen? Personalnummer 10482. Mein Vertreter im Lager ist wie immer Kai, der "
            "weiß Bescheid.\n\n"
            "Schreibe von privat, weil ich den Laptop im Büro gelassen habe – die Dienstadresse habe ich in CC.\n\n"
            "Danke und Gruß\nFlorian\n")
    a = att(m, scan, "application/pdf", "Adobe Scan 07.12.2026.pdf", "apple")
    r = m.rng
    bnd = "Apple-Mail=_%s" % r.guid().upper()
    tp = mime.text(text, "plain", "utf-8", "quoted-printable", quoted=False)
    m.root = mime.multipart("mixed", [tp, a], bnd)
    hdrs = sy.mua_apple(m)
    sy.webde(m, "web.de", client_ip="93.192.%d.%d" % (r.randint(1, 250), r.randint(1, 250)), mua_hdrs=hdrs)


@msg(BUS, 8, "de", "it-warnung-phishing-weitergeleitet-eml",
     "IT security warns all German staff about a current ELSTER phishing wave and attaches the reported message as "
     ".eml for reference",
     "Genuine internal awareness mail: sent by the mail admin through the internal path, the dangerous content is "
     "only inside the attached sample (message/rfc822) and is explicitly labelled; tells staff what to do",
     pair=[(5, "ELSTER certificate phishing", "the business mail quotes the phishing as an attached sample and warns "
            "against it; the attack is the phishing itself"),
           (4, "phishing-themed content", "contains a phishing URL only inside a labelled forwarded sample")])
def b08(m):
    m.when(2026, 11, 25, 10, 6, 44)
    m.frm = ("Feldmann, Lukas", "lukas.feldmann@example.com")
    m.to = [("Alle Mitarbeitenden Deutschland", "alle-de@example.com")]
    m.rcpt = ["alle-de@example.com"]
    m.subject = "Warnung: gefälschte ELSTER-Mails im Umlauf - bitte nicht öffnen"
    # the reported sample (inner message, inert)
    inner = ("Return-Path: <benachrichtigung@mein-elster-info.de>\r\n"
             "Received: from m204-72.eu.mailgun.net (m204-72.eu.mailgun.net [161.38.204.72])\r\n"
             "\tby mx01.example.com (Postfix) with ESMTPS id 4X7LpW2Zb3z9sQT\r\n"
             "\tfor <jana.koehler@example.com>; Tue, 24 Nov 2026 14:22:08 +0100 (CET)\r\n"
             "From: Mein ELSTER <benachrichtigung@mein-elster-info.de>\r\n"
             "To: jana.koehler@example.com\r\n"
             "Subject: =?utf-8?Q?Mein_ELSTER:_Ihr_Organisationszertifikat_muss_bis_27.11.2026_verl?=\r\n"
             " =?utf-8?Q?=C3=A4ngert_werden?=\r\n"
             "Date: Tue, 24 Nov 2026 13:22:03 +0000\r\n"
             "Message-Id: <20261124132203.7f3e1c0a9b2d4e61@mein-elster-info.de>\r\n"
             "MIME-Version: 1.0\r\n"
             "Content-Type: text/plain; charset=\"utf-8\"\r\n"
             "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
             "Sehr geehrte Nutzerin, sehr geehrter Nutzer,\r\n\r\n"
             "das Organisationszertifikat Ihres Benutzerkontos l=C3=A4uft in K=C3=BCrze ab. =\r\n"
             "Bitte =C3=B6ffnen Sie das beigef=C3=BCgte Formular und folgen Sie den Anweisungen.\r\n\r\n"
             "[Formular-Anhang durch die IT entfernt]\r\n"
             "Formular-Ziel: https://elster-login.verify-de.com/cert/renew.php\r\n\r\n"
             "Ihr ELSTER-Team\r\n").encode("ascii")
    text = ("Liebe Kolleginnen und Kollegen,\n\n"
            "seit gestern erhalten mehrere Kolleginnen und Kollegen E-Mails, die angeblich von „Mein ELSTER“ stammen "
            "und zur Verlängerung des Organisationszertifikats auffordern. Die Mails enthalten ein HTML-Formular, das "
            "Zertifikatsdatei und PIN an Betrüger schickt.\n\n"
            "Woran ihr die Fälschung erkennt:\n"
            "- Absender ist nicht @elster.de, sondern z. B. mein-elster-info.de\n"
            "- ELSTER verschickt keine Formulare als Anhang und fragt nie nach der Zertifikats-PIN\n"
            "- Frist von wenigen Tagen, Drohung mit Neuregistrierung\n\n"
            "Ein Beispiel hängt zur Ansicht an (der gefährliche Anhang wurde entfernt). Bitte öffnet keine solchen "
            "Anhänge und meldet verdächtige Mails über den Button „Phishing melden“ in Outlook.\n\n"
            "Falls ihr bereits etwas eingegeben habt: sofort bei uns melden, Durchwahl -333.\n\n"
            "Viele Grüße\nLukas Feldmann\nIT-Sicherheit\n")
    a = mime.rfc822(inner, "outlook", "Mein ELSTER Ihr Organisationszertifikat muss verlaengert werden.eml")
    bd.outlook(m, text, "windows-1252", attachments=[a])
    sy.internal(m, "EXCH01", "EXCH02", "10.30.2.88")
