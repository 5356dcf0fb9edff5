"""Genuine business messages, German (01-08)."""
from util import *
from profiles import smtp_client, exch_internal, exo
from profiles2 import custom, ms_account
from lib import pdf, qr, png
from lib.bank import fmt_iban
from company import IBAN, BIC, LIEF_USTID, EG_USTID

LIEF_RELAY = dict(relay="mail.lieferant-gmbh.de", relay_ip="85.13.147.92", out_helo="mail.lieferant-gmbh.de",
                  client_helo="[192.168.20.41]", client_rdns="p5b0a1f2c.dip0.t-ipconnect.de", client_ip="91.10.31.44")

LIEF_SIG = """Lieferant GmbH
Marine- und Hafenausrüstung
Großer Grasbrook 9 · 20457 Hamburg
Tel. +49 40 3097 660 · www.lieferant-gmbh.de
Amtsgericht Hamburg HRB 98213 · Geschäftsführer: Dr. Henning Carstens · USt-IdNr. %s""" % LIEF_USTID


def b01():
    m = Msg("business", 1, "de", "ceo-dringende-anzahlung-intern",
            "CEO's genuine urgent request (internal, via Exchange and mail-int01): release today the 30 % deposit for the "
            "winter refit slot of 'Libeccio' at Cantiere Navale Ligure, PO already approved",
            "Internal Exchange route; known supplier whose bank details are already in the master data ('do not take new "
            "ones'); PO number and four-eyes approval referenced; CEO reachable by phone; colleagues in copy.",
            pair=([1, 15, 19], "urgent payment request from the CEO"))
    m.rcpt = "sabine.krueger@example.com"
    m.t = T(2026, 10, 15, 11, 23, 40)
    F = dict(frm=staff("klaus.hoffmann", "iso-8859-1"), to=staff("sabine.krueger", "iso-8859-1"),
             cc=addrs([staff("markus.luehrs", "iso-8859-1"), staff("lena.vogt", "iso-8859-1")]),
             subject="Dringend: Anzahlung Refit Libeccio (Cantiere Navale Ligure) heute freigeben",
             t=ago(m.t, 3), env="klaus.hoffmann@example.com")
    exch_internal(m, F, server="EXCH01", importance=True, client_ip="10.20.4.112")
    text = """Hallo Sabine,

Luca Moretti von Cantiere Navale Ligure hat eben angerufen: Sie halten uns den Hallenplatz für den Winter-Refit von Libeccio nur, wenn die Anzahlung (30 %, 24.615,00 EUR) bis heute Abend bei ihnen eingeht. Sonst geht der Slot an einen anderen Kunden, und wir bekommen die Osmose-Behandlung nicht mehr vor der Saison hin.

Die Bestellung ist im System angelegt und von Markus freigegeben (Bestell-Nr. 4500018832, Angebot 2026/214 vom 02.10.). Die Bankverbindung der Werft ist seit 2023 in den Stammdaten - bitte genau diese nehmen, nicht irgendeine aus einer Mail.

Kannst du die Zahlung bitte heute noch mit Ute im Vier-Augen-Prinzip rausschicken? Ich bin bis 16 Uhr im Haus, ruf mich gern an (Durchwahl -110), falls noch etwas fehlt.

Danke und Gruß
Klaus

Dr. Klaus Hoffmann
Geschäftsführer
Example Group GmbH
Hafenstraße 12 | 24159 Kiel
Tel. +49 431 3986 110
"""
    m.body = alt(m, text, outlook_html(text), "iso-8859-1", "quoted-printable")
    return m


def b02():
    m = Msg("business", 2, "de", "lieferant-neue-bankverbindung-angekuendigt",
            "Lieferant GmbH announces a new bank account (Commerzbank Hamburg) effective 01.12.2026, with signed letter "
            "(PDF), old account valid until 31.01.2027, and asks the customer to verify by phone on the known number",
            "Real domain and the supplier's own mail server; change announced six weeks ahead, same account holder at a "
            "German bank, letter also sent by post, explicit instruction to verify by phone - the proper way to change "
            "bank details.", pair=([2], "supplier bank-detail change"))
    m.rcpt = "monika.schaefer@example.com"
    m.t = T(2026, 10, 16, 10, 5, 12)
    c = m.ctx
    F = dict(frm=addr("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"),
             to=staff("monika.schaefer", "windows-1252"), cc=staff("markus.luehrs", "windows-1252"),
             subject=hval("Ankündigung: neue Bankverbindung ab 01.12.2026 (Kd.-Nr. 10472)", "windows-1252"),
             t=ago(m.t, 2), env="rechnungen@lieferant-gmbh.de")
    smtp_client(m, F, auth="rechnungen@lieferant-gmbh.de", mailer="Microsoft Outlook 16.0",
                mid=c.outlook_imap_mid("lieferant-gmbh.de"), **LIEF_RELAY)
    text = """Sehr geehrte Frau Schäfer,

wir möchten Sie frühzeitig darüber informieren, dass wir unseren Zahlungsverkehr zum 1. Dezember 2026 von der Hamburger Sparkasse auf die Commerzbank umstellen. Kontoinhaber bleibt unverändert die Lieferant GmbH:

Neue Bankverbindung ab 01.12.2026
Commerzbank AG, Hamburg
IBAN: %s
BIC: %s

Unsere bisherige Verbindung bei der Hamburger Sparkasse (%s) bleibt bis zum 31.01.2027 parallel bestehen; Zahlungen dorthin werden bis dahin selbstverständlich noch zugeordnet.

Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang; das Original erhalten Sie zusätzlich per Post. Bitte verifizieren Sie die Änderung wie üblich telefonisch unter der Ihnen bekannten Rufnummer unserer Buchhaltung (040 3097 660). Wir ändern Bankverbindungen grundsätzlich nicht kurzfristig und nie ausschließlich per E-Mail - sollten Sie eine abweichende Mitteilung erhalten, rufen Sie uns bitte an.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung

%s
""" % (fmt_iban(IBAN["lief_new"]), BIC["lief_new"], fmt_iban(IBAN["lief_old"]), LIEF_SIG)
    letter = pdf.simple_doc([
        "#Lieferant GmbH - Marine- und Hafenausrüstung", "Großer Grasbrook 9, 20457 Hamburg", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Hafenstraße 12", "24159 Kiel", "",
        "Hamburg, 15.10.2026", "",
        "#Änderung unserer Bankverbindung zum 01.12.2026", "",
        "Sehr geehrte Damen und Herren,", "",
        "zum 01.12.2026 wickeln wir unseren Zahlungsverkehr über die Commerzbank AG ab. Bitte nutzen Sie ab diesem",
        "Datum die folgende Bankverbindung:", "",
        "Kontoinhaber:  Lieferant GmbH", "Bank:          Commerzbank AG, Hamburg",
        "IBAN:          " + fmt_iban(IBAN["lief_new"]), "BIC:           " + BIC["lief_new"], "",
        "Die bisherige Verbindung bei der Hamburger Sparkasse (IBAN " + fmt_iban(IBAN["lief_old"]) + ")",
        "bleibt bis zum 31.01.2027 bestehen.", "",
        "Bitte bestätigen Sie die Änderung telefonisch bei unserer Buchhaltung unter 040 3097 660.", "",
        "Mit freundlichen Grüßen", "",
        "Dr. Henning Carstens                         Petra Lang",
        "Geschäftsführer                              Buchhaltung", "",
        "Lieferant GmbH - Amtsgericht Hamburg HRB 98213 - USt-IdNr. " + LIEF_USTID,
    ], title="Änderung Bankverbindung", author="Petra Lang", creator="Microsoft® Word 2021",
        producer="Microsoft® Word 2021", date="D:20261015142233+02'00'")
    m.notes.append("new IBAN %s, old IBAN %s (mod-97 valid)" % (IBAN["lief_new"], IBAN["lief_old"]))
    m.body = Multipart("mixed", [
        alt(m, text, outlook_html(text), "windows-1252", "quoted-printable"),
        Attachment(letter, "application/pdf", "Lieferant_GmbH_Bankverbindung_ab_01-12-2026.pdf")], m.boundary(),
        preamble="This is a multipart message in MIME format.")
    return m


def b03():
    m = Msg("business", 3, "de", "lieferant-rechnung-xrechnung-girocode",
            "Lieferant GmbH invoice RE-2026-4471 from the ERP: HTML mail with inline GiroCode (EPC QR) for payment, PDF "
            "invoice and the XRechnung XML as attachments",
            "Real supplier, its own mail server, invoice matches the order, GiroCode encodes the supplier's known Haspa "
            "account; structured XRechnung attached directly as the law expects (no portal, no login).",
            pair=([4, 5, 21], "e-invoice with QR code / XRechnung"))
    m.rcpt = "monika.schaefer@example.com"
    m.t = T(2026, 10, 2, 6, 30, 18)
    c = m.ctx
    t = ago(m.t, 1)
    mid = "<erp.%s.%s@lieferant-gmbh.de>" % (c.digits(10), c.hex(8))
    custom(m, ("mail.lieferant-gmbh.de", "mail.lieferant-gmbh.de", "85.13.147.92", "1.3"), "<rechnungen@lieferant-gmbh.de>",
           [("Received", "from erp01.lieferant.local (erp01.lieferant.local [192.168.20.12])\n\tby mail.lieferant-gmbh.de (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
             % (c.postfix_qid(), m.rcpt, fmt(t, "DE", True)))],
           [("Date", fmt(t, "DE")), ("From", addr("Lieferant GmbH", "rechnungen@lieferant-gmbh.de")),
            ("Reply-To", addr("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de")),
            ("To", "monika.schaefer@example.com"),
            ("Subject", "Rechnung RE-2026-4471 vom 02.10.2026 - Kd.-Nr. 10472"),
            ("Message-ID", mid), ("X-Mailer", "Sage 100 9.0 Mailversand"), ("MIME-Version", "1.0"), ("MIME", None)],
           boundary=lambda n=0: "----=_Part_%d_%s" % (n, c.hex(12)))
    amount = "9417.85"
    epc = "BCD\n002\n1\nSCT\n%s\nLieferant GmbH\n%s\nEUR%s\n\n\nRE-2026-4471 Kd 10472" % (
        BIC["lief_old"], IBAN["lief_old"], amount)
    img = png.matrix_to_png(qr.encode(epc, "M"), scale=4)
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-4471 vom 02.10.2026 zu Ihrer Bestellung 4500018517 (Schwimmsteg-Beschläge und Festmacher für Steg C, Marina Kiel-Schilksee).

Rechnungsbetrag: 9.417,85 EUR (inkl. 19 %% USt.)
Fällig: 01.11.2026, zahlbar ohne Abzug
Bankverbindung: Hamburger Sparkasse, IBAN %s

Die Rechnung liegt als PDF und als XRechnung (UBL) bei. Für die Überweisung können Sie auch den GiroCode in dieser E-Mail mit Ihrer Banking-App scannen.

Mit freundlichen Grüßen
Ihre Buchhaltung

%s
""" % (fmt_iban(IBAN["lief_old"]), LIEF_SIG)
    cid = "girocode_RE-2026-4471@lieferant-gmbh.de"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<p>Sehr geehrte Damen und Herren,</p>
<p>anbei erhalten Sie unsere Rechnung <b>RE-2026-4471</b> vom 02.10.2026 zu Ihrer Bestellung 4500018517 (Schwimmsteg-Beschläge und Festmacher für Steg C, Marina Kiel-Schilksee).</p>
<table style="font-size:13px"><tr><td>Rechnungsbetrag:</td><td><b>9.417,85 €</b> (inkl. 19 % USt.)</td></tr>
<tr><td>Fällig:</td><td>01.11.2026, zahlbar ohne Abzug</td></tr>
<tr><td>Bankverbindung:</td><td>Hamburger Sparkasse, IBAN IBANX</td></tr></table>
<p>Die Rechnung liegt als PDF und als XRechnung (UBL) bei. Für die Überweisung können Sie auch den GiroCode mit Ihrer Banking-App scannen:</p>
<p><img src="cid:CID" width="164" height="164" alt="GiroCode"></p>
<p>Mit freundlichen Grüßen<br>Ihre Buchhaltung</p>
<p style="font-size:11px;color:#666">Lieferant GmbH · Marine- und Hafenausrüstung · Großer Grasbrook 9 · 20457 Hamburg<br>Amtsgericht Hamburg HRB 98213 · Geschäftsführer: Dr. Henning Carstens · USt-IdNr. USTID</p>
</body></html>
""".replace("CID", cid).replace("IBANX", fmt_iban(IBAN["lief_old"])).replace("USTID", LIEF_USTID)
    inv = pdf.simple_doc([
        "#Lieferant GmbH", "Marine- und Hafenausrüstung - Großer Grasbrook 9 - 20457 Hamburg", "",
        "Example Group GmbH, Hafenstraße 12, 24159 Kiel", "",
        "#Rechnung RE-2026-4471", "Rechnungsdatum: 02.10.2026   Kunden-Nr.: 10472   Ihre Bestellung: 4500018517",
        "Leistungsdatum: 29.09.2026   Ihre USt-IdNr.: " + EG_USTID, "",
        "Pos  Menge  Artikel                                              Einzelpreis      Gesamt",
        "1    40     Klampe Edelstahl 250 mm, Steganschluss                     38,90 EUR   1.556,00 EUR",
        "2    24     Festmacherleine 16 mm x 12 m, Polyester, mit Ruckdämpfer     61,50 EUR   1.476,00 EUR",
        "3    12     Stegverbinder C-Profil, feuerverzinkt                       214,00 EUR   2.568,00 EUR",
        "4    8      Fender-Stegprofil 2 m, weiß                                  171,25 EUR   1.370,00 EUR",
        "5    1      Fracht und Verpackung Hamburg - Kiel                          944,16 EUR     944,16 EUR", "",
        "                                                          Netto:                 7.914,16 EUR",
        "                                                          19 % USt.:             1.503,69 EUR",
        "                                                          Rechnungsbetrag:       9.417,85 EUR", "",
        "Zahlbar bis 01.11.2026 ohne Abzug auf: Hamburger Sparkasse, IBAN " + fmt_iban(IBAN["lief_old"]) + ", BIC " + BIC["lief_old"],
        "", "Lieferant GmbH - Amtsgericht Hamburg HRB 98213 - Geschäftsführer: Dr. Henning Carstens - USt-IdNr. " + LIEF_USTID,
    ], title="Rechnung RE-2026-4471", author="Lieferant GmbH", creator="Sage 100 9.0", producer="Sage PDF Export",
        date="D:20261002082955+02'00'")
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>RE-2026-4471</cbc:ID>
  <cbc:IssueDate>2026-10-02</cbc:IssueDate>
  <cbc:DueDate>2026-11-01</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>4500018517</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Lieferant GmbH</cbc:Name></cac:PartyName>
    <cac:PartyTaxScheme><cbc:CompanyID>LIEFUST</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Example Group GmbH</cbc:Name></cac:PartyName>
    <cac:PartyTaxScheme><cbc:CompanyID>EGUST</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>RE-2026-4471</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>IBANRAW</cbc:ID><cbc:Name>Lieferant GmbH</cbc:Name></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">1503.69</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">7914.16</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">7914.16</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">9417.85</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">9417.85</cbc:PayableAmount></cac:LegalMonetaryTotal>
</ubl:Invoice>
""".replace("LIEFUST", LIEF_USTID).replace("EGUST", EG_USTID).replace("IBANRAW", IBAN["lief_old"])
    m.notes.append("GiroCode (EPC QR) for IBAN %s, EUR %s" % (IBAN["lief_old"], amount))
    m.body = Multipart("mixed", [
        Multipart("related", [
            alt(m, text, html, "iso-8859-15", "8bit", n=2, quote_cs=False),
            Attachment(img, "image/png", "GiroCode_RE-2026-4471.png", inline=True, cid=cid)], m.boundary(1),
            extra_params=[("type", '"multipart/alternative"')]),
        Attachment(inv, "application/pdf", "RE-2026-4471.pdf"),
        Attachment(xml.encode("utf-8"), "application/xml", "RE-2026-4471_xrechnung.xml")], m.boundary(0))
    return m


def b04():
    m = Msg("business", 4, "de", "lieferant-mahnung-liefersperre",
            "Lieferant GmbH, Petra Lang: second reminder for RE-2026-4388 (14.862,30 EUR, overdue since 18.10.) with the "
            "threat to stop the pending pontoon delivery from 25.11. unless paid",
            "Real supplier and mail server; firm tone and a supply-stop threat, but payment is requested to the known, "
            "unchanged account and a phone contact is offered; no link, no attachment beyond the facts.",
            pair=([2], "supplier pressure on open invoices"))
    m.rcpt = "monika.schaefer@example.com"
    m.t = T(2026, 11, 18, 14, 46, 30)
    c = m.ctx
    F = dict(frm=addr("Petra Lang", "p.lang@lieferant-gmbh.de"), to=staff("monika.schaefer", "windows-1252"),
             cc=addrs([addr("Stefan Maier", "s.maier@lieferant-gmbh.de"), staff("markus.luehrs", "windows-1252")]),
             subject="2. Mahnung RE-2026-4388 - Liefersperre ab 25.11.2026", t=ago(m.t, 2), env="p.lang@lieferant-gmbh.de")
    smtp_client(m, F, auth="p.lang@lieferant-gmbh.de", mailer="Microsoft Outlook 16.0",
                mid=c.outlook_imap_mid("lieferant-gmbh.de"), **LIEF_RELAY)
    text = """Sehr geehrte Frau Schäfer,

leider konnten wir zu unserer Rechnung RE-2026-4388 vom 18.09.2026 über 14.862,30 € trotz unserer Zahlungserinnerung vom 03.11.2026 noch keinen Zahlungseingang feststellen. Die Rechnung ist seit dem 18.10.2026 fällig.

Bitte gleichen Sie den Betrag bis spätestens Dienstag, 24.11.2026, auf unser bekanntes Konto bei der Hamburger Sparkasse (%s) aus.

Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, die Belieferung Ihres Kundenkontos ab dem 25.11.2026 bis zum vollständigen Ausgleich zu sperren. Das beträfe auch die für KW 49 geplante Lieferung der Schwimmstegelemente für Steg D (Auftrag AB-2026-1377).

Falls die Zahlung bereits veranlasst wurde oder es Rückfragen zur Rechnung gibt (z. B. Reklamation der Teillieferung), rufen Sie mich bitte direkt an: 040 3097 6621.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung / Debitorenmanagement

%s
""" % (fmt_iban(IBAN["lief_old"]), LIEF_SIG)
    m.body = Text(text, "plain", "windows-1252", "quoted-printable")
    return m


def b05():
    m = Msg("business", 5, "de", "krankmeldung-privat-webde",
            "Monika Schäfer (accounts payable) writes from her private web.de address to HR: sick until Friday, eAU "
            "available from the health insurer, asks a colleague to cover the payment run",
            "Private address HR already knows; no request for money or data changes; refers to the official electronic "
            "sick note (eAU) that HR retrieves itself; sent through web.de's real infrastructure.",
            pair=([6], "employee writing from a private address"))
    m.rcpt = "andrea.weiss@example.com"
    m.t = T(2026, 11, 3, 7, 12, 5)
    c = m.ctx
    t = ago(m.t, 1)
    bap = c.randint(10, 60)
    mid = "<trinity-%s-%d@3c-app-webde-bap%02d>" % (c.uuid(), int(t.timestamp() * 1000), bap)
    custom(m, ("mout.web.de", "mout.web.de", "212.227.15.3", "1.3"), "<moni.schaefer@web.de>",
           [("Received", "from [91.64.87.203] ([91.64.87.203]) by web-mail.web.de\n (3c-app-webde-bap%02d.server.lan [172.19.172.%d]) (via HTTP); %s"
             % (bap, bap, fmt(t, "DE", True)))],
           [("MIME-Version", "1.0"), ("Message-ID", mid),
            ("From", addr("Monika Schäfer", "moni.schaefer@web.de", "UTF-8", "Q")),
            ("To", staff("andrea.weiss", "UTF-8", "Q")), ("Cc", staff("sabine.krueger", "UTF-8", "Q")),
            ("Subject", "Krankmeldung"), ("MIME", None), ("Date", fmt(t, "DE")), ("Importance", "normal"),
            ("Sensitivity", "Normal"), ("X-Priority", "3"),
            ("X-Provags-ID", "V03:K1:" + c.b64(48)), ("X-UI-Message-Type", "mail")])
    html = """<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Guten Morgen Andrea,</div>
<div>&nbsp;</div>
<div>ich habe mir eine fiese Magen-Darm-Geschichte eingefangen und war eben beim Arzt. Ich bin bis einschließlich Freitag krankgeschrieben, die AU hat die Praxis elektronisch an die TK übermittelt, ihr könnt sie also wie üblich abrufen.</div>
<div>&nbsp;</div>
<div>Sabine, der Zahlungslauf für Donnerstag ist vorbereitet (Liste liegt im Ordner Kreditoren/2026-11), Ute weiß Bescheid und kann ihn freigeben. Die Mahnung von Lieferant für RE-2026-4388 liegt oben auf dem Stapel, die Teillieferung ist noch nicht geklärt.</div>
<div>&nbsp;</div>
<div>Ich schreibe von privat, weil ich den Laptop im Büro gelassen habe.</div>
<div>&nbsp;</div>
<div>Liebe Grüße</div>
<div>Monika</div></div></body></html>
"""
    m.body = Text(html, "html", "UTF-8", "quoted-printable", quote_cs=False)
    return m


def b06():
    m = Msg("business", 6, "de", "microsoft-konto-sicherheitscode",
            "Genuine Microsoft account security code (German template) for the Head of IT's Microsoft account, requested "
            "while signing in to the Partner Center",
            "Sent by account-security-noreply@accountprotection.microsoft.com through Microsoft's own outbound servers; "
            "contains only a one-time code and no link to follow; matches an action the user took.",
            pair=([5, 8], "Microsoft account / MFA notification"))
    m.rcpt = "thomas.becker@example.com"
    m.t = T(2026, 11, 2, 9, 14, 51)
    F = dict(frm=addr("Microsoft-Kontoteam", "account-security-noreply@accountprotection.microsoft.com"),
             to="thomas.becker@example.com", subject=hval("Sicherheitscode für Microsoft-Konto", "utf-8", "Q"), t=m.t)
    ms_account(m, F)
    code = "%06d" % m.ctx.randint(100000, 999999)
    text = """Microsoft-Konto
Sicherheitscode

Verwenden Sie den folgenden Sicherheitscode für das Microsoft-Konto th*****@example.com.

Sicherheitscode: %s

Wenn Sie diesen Code nicht erkennen, können Sie diese E-Mail ignorieren.

Vielen Dank.
Ihr Microsoft-Kontoteam

Datenschutzbestimmungen: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % code
    html = """<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft-Konto</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec;">Sicherheitscode</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Verwenden Sie den folgenden Sicherheitscode für das Microsoft-Konto <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:th*****@example.com">th*****@example.com</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Sicherheitscode: <span style="font-family:'Segoe UI Bold','Segoe UI Semibold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:14px;font-weight:bold;color:#2a2a2a;">CODE</span></td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Wenn Sie diesen Code nicht erkennen, können Sie diese E-Mail ignorieren.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Vielen Dank.</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Ihr Microsoft-Kontoteam</td></tr>
<tr><td style="padding:0;padding-top:25px;font-size:12px;color:#707070;"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#2672ec">Datenschutzbestimmungen</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
""".replace("CODE", code)
    m.body = alt(m, text, html, "utf-8", "quoted-printable")
    return m


def b07():
    m = Msg("business", 7, "de", "it-sicherheitshinweis-teams-qr-intern",
            "Internal IT security notice (Jan Petersen, via Exchange): current spam-bombing and fake help-desk Teams calls, "
            "QR-code MFA mails and invoice portals; IT never calls from external Teams accounts or asks for Quick Assist",
            "Internal route through mail-int01 with Exchange hop; from the mail administrator's own mailbox; only "
            "internal contact data, links to the intranet; content is the opposite of attacks 05 and 08.",
            pair=([5, 8], "IT support / MFA / Teams call"))
    m.rcpt = "lena.vogt@example.com"
    m.t = T(2026, 11, 23, 15, 31, 2)
    F = dict(frm=staff("jan.petersen", "utf-8", "B"), to=addr("Alle Mitarbeitenden Kiel", "team-kiel@example.com"),
             subject=hval("Sicherheitshinweis: Spam-Wellen, falsche IT-Anrufe über Teams und QR-Codes", "utf-8", "B"),
             t=ago(m.t, 4), env="jan.petersen@example.com")
    exch_internal(m, F, server="EXCH02", client_ip="10.20.4.58")
    text = """Liebe Kolleginnen und Kollegen,

seit einigen Tagen beobachten wir bei mehreren Unternehmen der Branche ein bekanntes Angriffsmuster, und auch bei uns sind erste Fälle aufgetreten:

1. Ein Postfach wird mit Hunderten Newsletter-Anmeldungen geflutet.
2. Kurz danach ruft ein angeblicher "IT-Support" oder "Microsoft-Techniker" über Microsoft Teams an (externes Konto, Anzeige z. B. "Help Desk") und möchte per Schnellhilfe (Quick Assist) oder AnyDesk auf den Rechner.

Bitte beachten Sie:
- Die IT der Example Group ruft Sie nie über ein externes Teams-Konto an und bittet nie darum, Schnellhilfe, AnyDesk o. Ä. zu starten. Unsere Tickets kommen ausschließlich aus dem Servicedesk (servicedesk@example.com, intern 4444).
- Die MFA-Einrichtung ändern wir nur persönlich oder nach Ticket - niemals über QR-Codes in E-Mails. Mails mit QR-Codes zur "MFA-Neuregistrierung" sind immer Phishing.
- Rechnungen, "E-Rechnungsportale" und Zahlungsaufforderungen mit Login-Links bitte nicht öffnen, sondern über "Phishing melden" in Outlook an uns weiterleiten.

Wenn Sie von Spam geflutet werden: einfach die Schaltfläche "Phishing melden" nutzen und uns unter 4444 anrufen - wir melden uns dann bei Ihnen, und zwar von einer internen Nummer.

Weitere Hinweise finden Sie im Intranet unter https://intranet.example.com/it/sicherheit.

Vielen Dank und viele Grüße
Jan Petersen
IT-Sicherheit & Mail-Administration
Example Group GmbH | Tel. intern 4412
"""
    m.body = alt(m, text, outlook_html(text), "utf-8", "base64")
    return m


def b08():
    m = Msg("business", 8, "de", "kanzlei-vergleichsentwurf-liegeplatz",
            "Law firm Roth & Partner (Microsoft 365) sends the CEO a draft settlement in a berth-lease lawsuit before the "
            "Landgericht Kiel, with the draft as PDF; payment only after the court records the settlement",
            "The company's real law firm on its own domain, court and case number, no secrecy and no same-day deadline; "
            "explicitly: no payment before the court record and never to accounts sent by e-mail - the genuine "
            "counterpart of the fake-lawyer mails (attacks 01 and 19).", pair=([1, 19], "lawyer writing about a legal matter and a payment"))
    m.rcpt = "klaus.hoffmann@example.com"
    m.t = T(2026, 11, 12, 16, 40, 18)
    F = dict(frm=addr("Dr. Martina Roth", "m.roth@roth-partner-kiel.de"), to=staff("klaus.hoffmann", "iso-8859-1"),
             cc=staff("birgit.soerensen", "iso-8859-1"),
             subject=hval("Ihr Zeichen: Liegeplatz M/Y Aurora - Vergleichsentwurf (LG Kiel 5 O 214/26)", "iso-8859-1"),
             t=ago(m.t, 3), env="m.roth@roth-partner-kiel.de")
    exo(m, F, mbx="FR3P281MB2294", prd="DEUP281", out=("DEU01-BE0-obe", "mail-be0deu01on2093", "52.101.128.93"),
        lang="de-DE", attach=True, org="roth-partner-kiel.de")
    text = """Sehr geehrter Herr Dr. Hoffmann,

in dem Rechtsstreit mit Herrn Jürgen Albers (Eigner der M/Y "Aurora") wegen der Kündigung des Liegeplatzvertrags am Steg B übersende ich Ihnen anbei den Entwurf des Vergleichs, wie er sich nach der Güteverhandlung am 10.11. abzeichnet:

- Herr Albers räumt den Liegeplatz bis spätestens 31.03.2027;
- die Example Group GmbH verzichtet auf die offenen Liegegebühren für 2026 (2.940,00 EUR);
- jede Partei trägt ihre Kosten selbst, die Gerichtskosten werden geteilt.

Eine Zahlung Ihrerseits ist in diesem Entwurf nicht vorgesehen. Sollte es bei den Verhandlungen doch noch zu einer Ausgleichszahlung kommen, wird sie erst nach Protokollierung des Vergleichs durch das Gericht fällig und über unser Anderkonto abgewickelt, dessen Daten Sie aus dem Mandatsvertrag kennen - niemals über Kontodaten, die Ihnen nur per E-Mail mitgeteilt werden.

Bitte prüfen Sie den Entwurf in Ruhe mit Frau Sörensen und geben Sie mir bis zum 20.11.2026 Bescheid, ob wir ihn so dem Gericht vorlegen sollen. Für Rückfragen erreichen Sie mich unter 0431 5579 230.

Mit freundlichen Grüßen

Dr. Martina Roth
Rechtsanwältin | Fachanwältin für Miet- und Wohnungseigentumsrecht

Roth & Partner Rechtsanwälte PartG mbB
Holstenbrücke 8 | 24103 Kiel
Tel. 0431 5579 230 | www.roth-partner-kiel.de
"""
    draft = pdf.simple_doc([
        "#Entwurf - Vergleich", "Landgericht Kiel, Az. 5 O 214/26", "",
        "In dem Rechtsstreit", "Jürgen Albers ./. Example Group GmbH", "",
        "schließen die Parteien auf Vorschlag des Gerichts folgenden Vergleich:", "",
        "1. Der Kläger räumt den Liegeplatz B-17 der Marina Kiel-Schilksee bis spätestens 31.03.2027.",
        "2. Die Beklagte verzichtet auf die Liegegebühren für das Jahr 2026 in Höhe von 2.940,00 EUR.",
        "3. Mit Erfüllung dieses Vergleichs sind sämtliche Ansprüche aus dem Liegeplatzvertrag erledigt.",
        "4. Die Kosten des Rechtsstreits werden gegeneinander aufgehoben.", "",
        "Entwurf Roth & Partner, Stand 12.11.2026 - nicht zur Weitergabe an die Gegenseite",
    ], title="Vergleichsentwurf 5 O 214-26", author="Dr. M. Roth", creator="Microsoft® Word für Microsoft 365",
        producer="Microsoft® Word für Microsoft 365", date="D:20261112160512+01'00'")
    m.body = Multipart("mixed", [alt(m, text, outlook_html(text), "iso-8859-1", "quoted-printable"),
                                 Attachment(draft, "application/pdf", "Vergleichsentwurf_LG_Kiel_5_O_214-26.pdf")],
                       m.boundary(4))
    return m


BUILDERS = [b01, b02, b03, b04, b05, b06, b07, b08]
