"""business/ 01-08 (German)."""

from .common import *  # noqa: F401,F403


@msg("business", "01-de-lieferant-bankverbindung-angekuendigt.eml")
def b01(rng):
    t = "2026-10-06 14:12:37"
    dt = when(t)
    letter = K.letter(
        rng, dt=dt, org="Lieferant GmbH", org_lines=LIEF_LINES, color=(0.05, 0.32, 0.55),
        recipient=EXAMPLE_DE_ADDR, place_date="Krefeld, 6. Oktober 2026",
        title="Mitteilung über die Änderung unserer Bankverbindung zum 1. November 2026",
        paras=["Sehr geehrte Damen und Herren,",
               "im Zuge der Zusammenführung unseres Zahlungsverkehrs wird unser Geschäftskonto ab dem 1. November 2026 bei der "
               "Sparkasse Krefeld geführt. Bitte leisten Sie Zahlungen für Rechnungen mit Rechnungsdatum ab 1. November 2026 "
               "ausschließlich auf die unten genannte neue Bankverbindung.",
               ("box", ["*Neue Bankverbindung ab 01.11.2026", "Kontoinhaber: Lieferant GmbH", "Bank: Sparkasse Krefeld",
                        "IBAN: %s" % ck.iban_fmt(LIEF_IBAN_NEW), "BIC: %s" % LIEF_BIC_NEW]),
               "Unser bisheriges Konto bei der Volksbank Krefeld eG (IBAN %s) bleibt bis zum 31. März 2027 bestehen; dort "
               "eingehende Zahlungen werden nicht zurückgewiesen." % ck.iban_fmt(LIEF_IBAN_OLD),
               "Dieses Schreiben erhalten Sie zusätzlich auf dem Postweg. Bitte verifizieren Sie die Änderung wie gewohnt durch "
               "einen Rückruf unter unserer Ihnen bekannten Zentralnummer +49 2151 64 39 0 (Finanzbuchhaltung, Frau Lang). "
               "Änderungen von Bankverbindungen teilen wir niemals ausschließlich per E-Mail mit und wir bitten Sie auch nie, "
               "offene Posten vorzeitig oder auf ein abweichendes Konto zu zahlen.",
               "Für Ihre Unterstützung bedanken wir uns."],
        signature=["Mit freundlichen Grüßen", "", "ppa. Petra Lang                    Klaus Lieferant",
                   "Leitung Finanzbuchhaltung          Geschäftsführer"],
        footer=LIEF_FOOTER_OLD, author="Petra Lang", subject="Bankverbindung")
    text = ("Sehr geehrter Herr Weiß,\nsehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Mitteilung zur Änderung der Bankverbindung: Ab dem 1. November 2026 führen wir unseren "
            "Zahlungsverkehr über die Sparkasse Krefeld. Das Schreiben mit den neuen Kontodaten geht Ihnen heute zusätzlich per Post zu.\n\n"
            "Bitte prüfen Sie die Änderung wie gewohnt per Rückruf unter unserer Zentrale +49 2151 64 39 0 – gerne direkt bei mir. "
            "Das alte Konto bei der Volksbank bleibt bis Ende März 2027 bestehen, es geht also nichts verloren.\n\n"
            "Ab November stehen die neuen Daten auch im Fuß unserer Rechnungen und in der XRechnung.\n\n"
            + sig_lief("Petra Lang", "Leitung Finanzbuchhaltung", "21"))
    att = B.ol_attach(letter, "application/pdf", "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf", dt)
    body = ol_imap_body(rng, "de", text, attachments=[att])
    raw, info = T.compose(rng, profile="postfix_org", t=t, frm=LIEF_PL, to=[S["ap"], ("", "rechnungen@example.com")],
                          cc=[LIEF_BH], subject="Änderung unserer Bankverbindung zum 01.11.2026", body=body,
                          hdr_cs="iso-8859-1", hdr_mode="Q", msgid=outlook_imap_id(rng, "lieferant-gmbh.de"),
                          opts=lief_opts(rng, LIEF_PL, "PC-FIBU02", "192.168.20.31"), date_zone="berlin")
    return Result(raw, info, "Lieferant GmbH's head of accounting announces a new house bank from 1 Nov 2026, with a signed letter on letterhead.",
                  "Sent from Lieferant's own relay (SPF/DKIM/DMARC pass), announced weeks ahead, letter also by post, explicitly asks for call-back on the known number, old account stays open; no pressure, no request to pay open items early.",
                  phones=["+49 2151 64 39 0", "+49 2151 64 39-21", "+49 2151 64 39-99"], pair=[("01-de-lieferant-grnbh-bankwechsel.eml", "Supplier bank-detail change (Lieferant GmbH)",
                                                     "Genuine: own domain & relay, advance notice, postal letter, call-back invited. Attack: look-alike domain lieferant-grnbh.de on an M365 tenant, 'account not yet active' pretext, asks to pay open items now to a Deutsche Bank account, reply by e-mail only.")])


@msg("business", "02-de-ceo-anzahlung-ballast.eml")
def b02(rng):
    t = "2026-11-12 07:48:51"
    text = ("Hallo Sabine,\n\n"
            "bitte heute noch die Anzahlung für den zusätzlichen Ballastsatz LR 1750 anstoßen. Markus hat die Bestellung gestern "
            "in SAP angelegt (Bestellung 4500018832, Kreditor Liebherr-Werk Ehingen, 30 % Anzahlung = 118.440,00 EUR brutto). "
            "Die Anzahlungsrechnung liegt seit gestern Abend im Rechnungseingang in DocuWare.\n\n"
            "Hintergrund: Ehingen hält uns den Liefertermin KW 3 nur, wenn die Anzahlung bis Freitag auf deren Konto ist – sonst "
            "rutschen wir hinter den Hafenjob in Rotterdam.\n\n"
            "Bitte ganz normal über den Zahllauf mit Markus' Freigabe und deiner zweiten Unterschrift, keine Sonderwege. "
            "Bankverbindung ist die bekannte aus dem Kreditorenstamm. Ich bin bis ca. 10 Uhr bei Nordwerk im Termin, danach "
            "auf dem Handy.\n\nDanke!\nThomas\n\n" + sig_example("ceo"))
    body = B.outlook(rng, "de", text, cs="iso-8859-1", exchange=True)
    raw, info = T.compose(rng, profile="exchange_internal", t=t, frm=S["ceo"], to=[S["cfo"]], cc=[S["proc"]],
                          subject="Dringend: Anzahlung Ballastsatz LR 1750 heute noch anstoßen", body=body,
                          hdr_cs="iso-8859-1", hdr_mode="Q", opts=dict(exch="EXCH01", lang="de-DE"))
    return Result(raw, info, "CEO asks the CFO (cc procurement) to release today a 30 % down payment for an extra ballast set ordered in SAP.",
                  "Internal Exchange mail via mail-int01 (DKIM example.com pass); refers to an existing PO, the known vendor master data, the normal payment run with two signatures; cc to the buyer.",
                  phones=["+49 203 7391-0"], pair=[("02-de-ceo-vertrauliche-akquisition.eml", "Urgent CEO payment request",
                         "Genuine: internal route, existing PO and vendor, 4-eyes release, cc procurement. Attack: look-alike domain examplegroup-eu.com via Zoho, secrecy, unknown lawyer, new foreign account, WhatsApp.")])


def _sp_html(who, item, kind_word, msg_text, url, lang="de", tenant="Nordwerk Anlagenbau AG"):
    btn = "Öffnen" if lang == "de" else "Open"
    return """<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%(who)s hat %(kw)s für Sie freigegeben</title></head>
<body style="margin:0;padding:0;background-color:#f3f2f1;">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background-color:#f3f2f1;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background-color:#ffffff;font-family:'Segoe UI',Tahoma,sans-serif;color:#323130;">
<tr><td style="padding:24px 32px 8px 32px;font-size:21px;font-weight:600;">%(who)s hat %(kw)s für Sie freigegeben</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;line-height:20px;">%(msg)s</td></tr>
<tr><td style="padding:16px 32px;"><table role="presentation" cellpadding="0" cellspacing="0" style="border:1px solid #edebe9;width:100%%;"><tr>
<td style="padding:12px;font-size:14px;"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20251008.001/assets/item-types/20/folder.png" width="20" height="20" alt=""> <a href="%(url)s" style="color:#0078d4;text-decoration:none;font-weight:600;">%(item)s</a></td></tr></table></td></tr>
<tr><td style="padding:8px 32px 24px 32px;"><a href="%(url)s" style="display:inline-block;background-color:#0078d4;color:#ffffff;padding:8px 20px;font-size:14px;text-decoration:none;border-radius:2px;">%(btn)s</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#605e5c;border-top:1px solid #edebe9;">Dieser Link funktioniert nur für die direkten Empfänger dieser Nachricht.<br>
<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20251008.001/assets/brand-icons/product/png/sharepoint_32x1.png" width="16" height="16" alt="SharePoint"> Microsoft SharePoint · %(tenant)s<br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c;">Datenschutzbestimmungen</a></td></tr>
</table></td></tr></table></body></html>
""" % dict(who=B.esc(who), kw=kind_word, msg=msg_text, url=url, item=B.esc(item), btn=btn, tenant=tenant)


@msg("business", "03-de-nordwerk-sharepoint-ausschreibung.eml")
def b03(rng):
    t = "2026-11-05 16:03:10"
    url = "https://nordwerkanlagenbau.sharepoint.com/:f:/s/Einkauf-Ausschreibungen/EnQ4wR7pJ2FLk0cV9sT3bXoBz1yq8m0UaKdL5Hc2vWfNrA?e=h4TxQ2"
    msg_text = ("Hallo Frau Lehmann,<br><br>wie heute telefonisch besprochen die Unterlagen zur Ausschreibung Kranarbeiten "
                "Turnaround 2027 (Leistungsverzeichnis, Baustelleneinrichtungsplan, Lastenliste). Angebotsabgabe bitte bis "
                "04.12.2026 über unser Lieferantenportal oder per Mail an einkauf@nordwerk-anlagenbau.de.<br><br>Viele Grüße<br>Henrik Brauer")
    html = _sp_html("Henrik Brauer", "Ausschreibung Kranarbeiten TA 2027", "einen Ordner", msg_text, url)
    plain = B.html_to_text(html)
    body = M.multi("alternative", [M.text(plain, "utf-8", "quoted-printable", "plain", style="outlook"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="outlook")],
                   B.b_outlook(rng), style="outlook")
    raw, info = T.compose(rng, profile="m365", t=t, frm=("Henrik Brauer", "no-reply@sharepointonline.com"),
                          to=[S["sales"]], reply_to=NW_HB,
                          subject="Henrik Brauer hat den Ordner \"Ausschreibung Kranarbeiten TA 2027\" für Sie freigegeben",
                          body=body, env_from="no-reply@sharepointonline.com",
                          opts=dict(domain="sharepointonline.com", lang="de-DE", selector="selector1"))
    return Result(raw, info, "Genuine SharePoint Online sharing notification: customer Nordwerk Anlagenbau shares the tender folder for crane work at its 2027 turnaround.",
                  "Sent by Microsoft's infrastructure (sharepointonline.com, DKIM/SPF pass), link to the customer's own tenant nordwerkanlagenbau.sharepoint.com, expected after a phone call, reply-to the known buyer.",
                  pair=[("03-de-nordwerk-onenote-zahlungsavis.eml", "Document share from the customer Nordwerk",
                         "Genuine: SharePoint system mail, folder in the tenant's team site, expected tender. Attack: sent from a hijacked Nordwerk mailbox to accounting, OneNote 'payment advice' in a personal OneDrive that leads to an AiTM login page.")])


@msg("business", "04-de-lieferant-rechnung-girocode.eml")
def b04(rng):
    t = "2026-11-18 06:12:04"
    dt = when(t)
    amount = 7843.21
    inv = "RE-2026-12044"
    qrp = K.epc(LIEF_BIC_NEW, "Lieferant GmbH", LIEF_IBAN_NEW, amount, "%s Kd-Nr 10472" % inv)
    rows = [["1", "Rundschlinge RS 20 t, Nutzlänge 8 m, EN 1492-2", "4 Stk", "412,50", "1.650,00"],
            ["2", "Schäkel Form G-2130, WLL 35 t, mit Prüfzeugnis 3.1", "6 Stk", "287,90", "1.727,40"],
            ["3", "Reparatur Traverse TR 60, Sichtprüfung und Lastprobe (Auftrag 2026-4471)", "1 psch", "2.618,00", "2.618,00"],
            ["4", "Fracht Spedition, Krefeld -> Duisburg", "1 psch", "95,00", "95,00"]]
    net = 6090.40
    vat = round(net * 0.19, 2)
    total = round(net + vat, 2)
    amount = total
    qrp = K.epc(LIEF_BIC_NEW, "Lieferant GmbH", LIEF_IBAN_NEW, amount, "%s Kd-Nr 10472" % inv)
    paras = ["Kundennummer: 10472 · Ihre Bestellung: 4500018610 vom 02.11.2026 · Lieferschein: LS-2026-88412 · Leistungsdatum: 13.11.2026",
             ("table", [(30, "Pos", "left"), (250, "Bezeichnung", "left"), (55, "Menge", "right"), (70, "Einzelpreis", "right"), (76, "Gesamt EUR", "right")], rows
              + [("b", ["", "Nettobetrag", "", "", K.money(net)]), ("b", ["", "zzgl. 19 % USt.", "", "", K.money(vat)]),
                 ("b", ["", "Rechnungsbetrag", "", "", K.money(total)])]),
             "Zahlbar innerhalb von 30 Tagen ohne Abzug bis 18.12.2026 auf unser Konto bei der Sparkasse Krefeld, "
             "IBAN %s, BIC %s. Bei Zahlung bis 28.11.2026 gewähren wir 2 %% Skonto." % (ck.iban_fmt(LIEF_IBAN_NEW), LIEF_BIC_NEW),
             "Diese Rechnung wurde zusätzlich als strukturierte E-Rechnung (XRechnung 3.0, UBL) übermittelt. Maßgeblich ist der strukturierte Teil."]
    pdfb = K.letter(rng, dt=dt, org="Lieferant GmbH", org_lines=LIEF_LINES, color=(0.05, 0.32, 0.55),
                    recipient=EXAMPLE_DE_ADDR, place_date="Krefeld, 17.11.2026", title="Rechnung %s" % inv, paras=paras,
                    footer=LIEF_FOOTER, qr=qrp, qr_caption="GiroCode: mit Ihrer Banking-App scannen und bezahlen",
                    producer="Sage 100 Berichtsdesigner (PDF)", creator="Sage 100 9.0", author="Lieferant GmbH")
    xml = ("""<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>%(inv)s</cbc:ID>
  <cbc:IssueDate>2026-11-17</cbc:IssueDate>
  <cbc:DueDate>2026-12-18</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>4500018610</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Lieferant GmbH</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:StreetName>Hafenstraße 61</cbc:StreetName><cbc:CityName>Krefeld</cbc:CityName><cbc:PostalZone>47809</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>%(vat)s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:Contact><cbc:Name>Petra Lang</cbc:Name><cbc:Telephone>+49 2151 64 39 21</cbc:Telephone><cbc:ElectronicMail>rechnungen@lieferant-gmbh.de</cbc:ElectronicMail></cac:Contact></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Example Kran &amp; Schwerlast GmbH</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:StreetName>Ruhrorter Hafenweg 12</cbc:StreetName><cbc:CityName>Duisburg</cbc:CityName><cbc:PostalZone>47119</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>%(vat2)s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>%(inv)s</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>%(iban)s</cbc:ID><cbc:Name>Lieferant GmbH</cbc:Name><cac:FinancialInstitutionBranch><cbc:ID>%(bic)s</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>Zahlbar bis 18.12.2026 ohne Abzug; 2 %% Skonto bis 28.11.2026</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">%(vatamt).2f</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">%(net).2f</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="EUR">%(net).2f</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">%(total).2f</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">%(total).2f</cbc:PayableAmount></cac:LegalMonetaryTotal>
</ubl:Invoice>
""" % dict(inv=inv, vat=LIEF_VAT, vat2=VAT_DE, iban=LIEF_IBAN_NEW, bic=LIEF_BIC_NEW, vatamt=vat, net=net, total=total)).encode("utf-8")
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Rechnung %s vom 17.11.2026 über %s EUR als PDF sowie als XRechnung (UBL).\n\n"
            "Bei Fragen zur Rechnung erreichen Sie uns unter +49 2151 64 39-21 oder rechnungen@lieferant-gmbh.de.\n\n"
            "Mit freundlichen Grüßen\nLieferant GmbH\nFinanzbuchhaltung\n\n"
            "Diese E-Mail wurde automatisch aus Sage 100 erzeugt.\n" % (inv, K.money(total)))
    root = M.multi("mixed", [M.text(text, "iso-8859-15", "quoted-printable", "plain", style="tb"),
                             M.attach(pdfb, "application/pdf", "%s.pdf" % inv, style="tb"),
                             M.attach(xml, "application/xml", "%s_xrechnung.xml" % inv, style="tb")],
                   "=_%s" % "".join(rng.choice("0123456789abcdef") for _ in range(24)), style="tb")
    raw, info = T.compose(rng, profile="postfix_org", t=t, frm=LIEF_BH, to=[("", "rechnungen@example.com")],
                          subject="Rechnung %s - Lieferant GmbH - Kd-Nr. 10472" % inv, body=root,
                          hdr_cs="iso-8859-15", hdr_mode="Q",
                          msgid="sage100.%s.%s@lieferant-gmbh.de" % (inv, "".join(rng.choice("0123456789") for _ in range(10))),
                          opts=dict(relay="mail.lieferant-gmbh.de", relay_ip="203.0.113.25", domain="lieferant-gmbh.de", selector="mail",
                                    inner=[lambda c, m: "from erp01.lieferant.local (erp01.lieferant.local [192.168.20.5])\n\tby mail.lieferant-gmbh.de (Postfix) with ESMTP id %s;\n\t%s" % (
                                        c.qid(), tz.rfc(c.at(m.delay - 1), "berlin", pad=True, abbr=True))],
                                    order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version"],
                                    xheaders=[("X-Mailer", "Sage 100 Mailversand 9.0.3")]))
    return Result(raw, info, "Genuine supplier invoice from Lieferant GmbH's ERP (Sage 100): PDF with EPC GiroCode QR plus XRechnung (UBL) XML.",
                  "Own relay, DKIM/DMARC pass, matches PO and delivery note, IBAN is the Sparkasse account announced by letter in October; QR payload equals the invoice data.",
                  phones=["+49 2151 64 39-21", "+49 2151 64 39 21", "+49 2151 64 39 0"], qr=[qrp],
                  pair=[("08-de-handelsregister-eintragungsrechnung.eml", "Invoice with payment QR code",
                         "Genuine: expected supplier invoice, PO/delivery references, QR to the known supplier account. Attack: unsolicited 'register publication' offer dressed as an official invoice, QR pays a private company's account.")])


@msg("business", "05-de-vemags-bescheid-erteilt.eml")
def b05(rng):
    t = "2026-10-21 11:26:40"
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "zu Ihrem Antrag im Verfahrensmanagement für Großraum- und Schwertransporte (VEMAGS) liegt eine neue Statusmeldung vor.\n\n"
            "Antragsnummer:      2026-NW-0118734-00\n"
            "Antragsart:         Einzelerlaubnis nach § 29 Abs. 3 StVO / Ausnahmegenehmigung nach § 46 Abs. 1 Nr. 5 StVO\n"
            "Antragsteller:      Example Kran & Schwerlast GmbH, Duisburg\n"
            "Ladung:             Ballastplatten Raupenkran (Teilladung 3 von 6), Gesamtgewicht 71,4 t\n"
            "Fahrtweg:           Duisburg-Ruhrort - A 59 - A 42 - A 3 - Wesel (Hafen Emmelsum)\n"
            "Zeitraum:           26.10.2026 - 25.11.2026\n"
            "Neuer Status:       Bescheid erteilt\n"
            "Zuständige Behörde: Stadt Duisburg, Straßenverkehrsbehörde\n\n"
            "Der Bescheid steht Ihnen ab sofort im VEMAGS-Portal unter \"Meine Anträge\" zum Download zur Verfügung. Bitte melden Sie "
            "sich wie gewohnt an und beachten Sie die Nebenbestimmungen und Auflagen (u. a. BF3-Begleitung, Fahrzeit 22:00 - 06:00 Uhr).\n\n"
            "https://www.vemags.de\n\n"
            "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail. Anhänge werden von VEMAGS nicht "
            "per E-Mail versendet.\n\n"
            "Mit freundlichen Grüßen\nIhr VEMAGS-Team\n")
    body = M.text(text, "iso-8859-1", "quoted-printable", "plain", style="java")
    raw, info = T.compose(rng, profile="postfix_org", t=t, frm=("VEMAGS", "noreply@vemags.de"), to=[S["permits"]],
                          subject="VEMAGS: Statusänderung Antrag 2026-NW-0118734-00 - Bescheid erteilt", body=body,
                          hdr_cs="ISO-8859-1", hdr_mode="Q",
                          msgid="%d.%d.%d.JavaMail.vemags@app03.vemags.de" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(100, 999), rng.randrange(10 ** 12, 10 ** 13)),
                          opts=dict(relay="mail.vemags.de", relay_ip="192.0.2.80", domain="vemags.de", selector="vemags2025",
                                    inner=[lambda c, m: "from app03.vemags.de (app03.vemags.de [10.81.4.13])\n\tby mail.vemags.de (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                                        c.qid(), m.rcpt, tz.rfc(c.at(m.delay - 1), "berlin", pad=True, abbr=True))],
                                    order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version"]))
    return Result(raw, info, "Genuine VEMAGS status notification: heavy-transport permit granted; the decision is to be downloaded in the portal.",
                  "Comes from the VEMAGS relay with DKIM/DMARC pass, application number matches a real application, no attachment and no login link except the portal home page; plain JavaMail text.",
                  pair=[("05-de-vemags-nachforderung-html.eml", "VEMAGS heavy-haulage permit notice",
                         "Genuine: plain notice, portal home page only, states that no attachments are sent. Attack: HTML attachment 'Bescheid' that renders a VEMAGS/BundID login form posting to a foreign host, sent from a hacked WordPress site.")])


@msg("business", "06-de-privatmail-neue-bankverbindung-portal.eml")
def b06(rng):
    t = "2026-10-16 19:41:12"
    text = ("Hallo Monika,\n\n"
            "kurze Info, damit du dich nicht wunderst: Ich habe gestern Abend im Mitarbeiterportal (Self-Service) meine neue "
            "Bankverbindung eingetragen – wir haben jetzt ein gemeinsames Konto bei der Sparkasse. Den unterschriebenen "
            "Änderungsbogen lege ich dir am Montag früh ins Fach, vorher muss also nichts geändert werden.\n\n"
            "Ich schreibe von privat, weil ich bis Sonntag in Winterberg bin und Outlook auf dem Handy nach dem Update wieder "
            "die neue Anmeldung will – das mache ich Montag mit Lukas.\n\n"
            "Schönes Wochenende\nRalf\n\n--\nRalf Becker\nWerkstatt & Fuhrpark\nMobil 0171 4472 918\n")
    body = M.text(text, "UTF-8", "quoted-printable", "plain", style="tb")
    raw, info = T.compose(rng, profile="gmx", t=t, frm=("Ralf Becker", "ralf.becker74@web.de"), to=[S["hr"]],
                          subject="Neue Bankverbindung – habe ich im Portal eingetragen", body=body,
                          opts=dict(client="web"))
    return Result(raw, info, "Workshop manager writes from his private WEB.DE address to HR that he entered a new salary account in the self-service portal and will hand in the signed form.",
                  "Real WEB.DE infrastructure (DKIM web.de pass), no bank details in the mail, the change goes through the portal plus a signed paper form; plausible reason for private mail; known mobile number.",
                  phones=["0171 4472 918"],
                  pair=[("06-de-gehaltskonto-aenderung-gmx.eml", "Salary account change requested from private mail",
                         "Genuine: no IBAN in mail, process via portal and signed form. Attack: GMX look-alike account asks HR to enter a new IBAN at an online bank directly for the November payroll.")])


@msg("business", "07-de-lieferant-pruefzeugnisse-zip.eml")
def b07(rng):
    t = "2026-11-26 10:05:44"
    dt = when(t)
    pw = "Anschlag#2611"
    files = []
    for i, (art, n) in enumerate([("Rundschlinge RS 20 t x 8 m", "4"), ("Schäkel G-2130 35 t", "6"), ("Traverse TR 60 (nach Reparatur)", "1")]):
        d = K.letter(rng, dt=dt, org="Lieferant GmbH", org_lines=LIEF_LINES, color=(0.05, 0.32, 0.55),
                     recipient=["Example Kran & Schwerlast GmbH", "Werkstatt / Herr Becker", "Ruhrorter Hafenweg 12", "47119 Duisburg"],
                     place_date="Krefeld, 25.11.2026", title="Abnahmeprüfzeugnis 3.1 nach EN 10204",
                     paras=["Artikel: %s · Menge: %s · Lieferschein LS-2026-88412 · Auftrag 2026-4471" % (art, n),
                            "Hiermit bestätigen wir, dass die gelieferten Erzeugnisse den Vereinbarungen der Bestellung entsprechen. "
                            "Die Prüfung erfolgte mit dem 2-fachen der Tragfähigkeit (statische Prüfung), ohne bleibende Verformung.",
                            ("table", [(160, "Merkmal", "left"), (160, "Soll", "left"), (161, "Ist", "left")],
                             [["Prüflast", "2 x WLL", "bestanden"], ["Sichtprüfung", "ohne Befund", "ohne Befund"],
                              ["Kennzeichnung", "CE, WLL, Charge", "vorhanden"]]),
                            "Prüfer: M. Otten (befähigte Person nach TRBS 1203)"],
                     footer=LIEF_FOOTER, producer="Microsoft® Word für Microsoft 365", author="Stefan Maier")
        files.append(("APZ_3.1_LS-2026-88412_Pos%d.pdf" % (i + 1), d, (2026, 11, 25, 16, 20 + i, 0)))
    z = C.make_zip(files, rng, password=pw.encode())
    quote = B.Quote(S["workshop"], [LIEF_SM], "Prüfzeugnisse zu LS-2026-88412", "2026-11-25 15:12:00",
                    "Hallo Herr Maier,\n\nfür die UVV-Akte brauche ich zu der Lieferung vom 13.11. noch die 3.1-Zeugnisse der Schlingen und Schäkel "
                    "sowie das Protokoll der Lastprobe der Traverse. Können Sie die schicken?\n\nDanke und Gruß\nRalf Becker\nWerkstatt & Fuhrpark")
    text = ("Hallo Herr Becker,\n\n"
            "anbei die Abnahmeprüfzeugnisse 3.1 zu LS-2026-88412 inkl. Protokoll der Lastprobe der TR 60. Da die Zeugnisse "
            "kundenbezogene Seriennummern enthalten, schicken wir sie wie vereinbart als verschlüsseltes ZIP. Das Kennwort "
            "bekommen Sie gleich per SMS auf Ihre Mobilnummer (endet auf ...918).\n\n" + sig_lief("Stefan Maier", "Vertrieb Innendienst", "14"))
    att = B.ol_attach(z, "application/x-zip-compressed", "Pruefzeugnisse_LS-2026-88412.zip", dt)
    body = ol_imap_body(rng, "de", text, quotes=[quote], attachments=[att])
    raw, info = T.compose(rng, profile="postfix_org", t=t, frm=LIEF_SM, to=[S["workshop"]],
                          subject="AW: Prüfzeugnisse zu LS-2026-88412", body=body, hdr_cs="iso-8859-1", hdr_mode="Q",
                          msgid=outlook_imap_id(rng, "lieferant-gmbh.de"),
                          in_reply_to="%s@EXCH02.corp.example.com" % "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                          opts=lief_opts(rng, LIEF_SM, "PC-VI07", "192.168.20.47", thread_replies=1))
    return Result(raw, info, "Supplier answers a request from the workshop with test certificates (EN 10204 3.1) in an encrypted ZIP; password follows by SMS.",
                  "Real reply in an existing thread (quotes the workshop's request), from Lieferant's relay with DKIM pass; the ZIP holds only PDFs; password is sent out of band as agreed, not in the mail.",
                  phones=["+49 2151 64 39-14", "+49 2151 64 39-99", "+49 2151 64 39 0"], passwords=[pw], notes="ZIP password (sent by SMS in the scenario, not contained in the mail): used by the build only to verify the archive.",
                  pair=[("07-de-lieferant-rechnung-zip-lnk.eml", "Encrypted ZIP from Lieferant GmbH",
                         "Genuine: requested documents, password via SMS, PDFs inside. Attack: hijacked Lieferant mailbox replies in an old thread with an unrequested 'invoice' ZIP, password in the body, LNK loader inside.")])


@msg("business", "08-de-kessler-offenlegung-warnung.eml")
def b08(rng):
    t = "2026-11-02 09:31:18"
    dt = when(t)
    conf = K.letter(rng, dt=dt, org="Kessler & Partner mbB", org_lines=["Steuerberatungsgesellschaft", "Königstraße 28", "47051 Duisburg", "Tel. +49 203 298 44-0"],
                    color=(0.35, 0.1, 0.2), recipient=["Example Kran & Schwerlast GmbH", "Frau Sabine Köhler", "Ruhrorter Hafenweg 12", "47119 Duisburg"],
                    place_date="Duisburg, 30.10.2026", title="Offenlegung Jahresabschluss 2025 – Bestätigung",
                    paras=["Sehr geehrte Frau Köhler,",
                           "den Jahresabschluss zum 31.12.2025 der Example Kran & Schwerlast GmbH (HRB 31847) haben wir am 28.10.2026 "
                           "über die Publikations-Plattform des Unternehmensregisters zur Offenlegung eingereicht. Die Eingangsbestätigung "
                           "trägt das Aktenzeichen UR-2026-1028-44718.",
                           "Für die Offenlegung erhalten Sie eine Kostenrechnung ausschließlich vom Betreiber des Unternehmensregisters "
                           "(Bundesanzeiger Verlag). Die Gebühr liegt erfahrungsgemäß im niedrigen zweistelligen Eurobereich.",
                           "Rechnungen oder \"Eintragungsangebote\" anderer Absender, die sich auf Ihre Handelsregister-Eintragung oder die "
                           "Offenlegung beziehen, sind keine amtlichen Rechnungen. Bitte leiten Sie uns solche Schreiben vor einer Zahlung weiter."],
                    signature=["Mit freundlichen Grüßen", "", "Dr. Ulrike Kessler", "Steuerberaterin"],
                    footer=["Kessler & Partner mbB Steuerberatungsgesellschaft · Königstraße 28 · 47051 Duisburg · Partnerschaftsregister AG Essen PR 3391",
                            "Sparkasse Duisburg · IBAN %s" % ck.iban_fmt(ck.iban_from_bban("DE", "35050000" + "0200418833"))],
                    producer="DATEV Kanzleidokumente / PDF", creator="DATEV Eigenorganisation comfort", author="Kanzlei Kessler")
    text = ("Sehr geehrte Frau Köhler,\n\n"
            "die Offenlegung des Jahresabschlusses 2025 ist erledigt, die Bestätigung liegt bei.\n\n"
            "Ein Hinweis, weil es gerade wieder vermehrt auftritt: Nach jeder Registerbekanntmachung verschicken private Anbieter "
            "Schreiben, die wie amtliche Rechnungen aussehen (\"Eintragung Handelsregister\", \"Gewerbeverzeichnis\" o. ä., oft mit "
            "QR-Code zum Bezahlen). Das sind Angebote für wertlose Verzeichniseinträge. Die einzige Rechnung zur Offenlegung kommt "
            "vom Bundesanzeiger Verlag. Im Zweifel bitte kurz an uns weiterleiten. Ein anonymisiertes Beispiel, das ein anderer "
            "Mandant letzten Monat bekommen hat, hänge ich Ihnen als E-Mail an.\n\n"
            "Mit freundlichen Grüßen\nUlrike Kessler\n\n-- \nDr. Ulrike Kessler · Steuerberaterin\nKessler & Partner mbB Steuerberatungsgesellschaft\n"
            "Königstraße 28 · 47051 Duisburg\nTel. +49 203 298 44-12\nhttps://www.kessler-partner-stb.de\n")
    sample_txt = ("Sehr geehrte Damen und Herren,\n\n"
                  "im Anhang erhalten Sie die Rechnung GA-2026-118733 über die Eintragung Ihres Unternehmens in das Gewerbe- und "
                  "Handelsregister-Verzeichnis (Veröffentlichung vom 14.10.2026). Rechnungsbetrag 1.146,00 EUR, zahlbar innerhalb "
                  "von 7 Tagen.\n\nMit freundlichen Grüßen\nRegister-Service GHV\n")
    sample = M.text(sample_txt, "utf-8", "quoted-printable", "plain", style="plain")
    sh = ("Return-Path: <service@ghv-verzeichnis.de>\nDate: Thu, 15 Oct 2026 09:12:44 +0200\nFrom: Register-Service GHV <service@ghv-verzeichnis.de>\n"
          "To: buchhaltung@mandant-beispiel.de\nSubject: =?utf-8?Q?Rechnung_GA-2026-118733_-_Eintragung_Handelsregister?=\n"
          "Message-ID: <20261015071244.5f3a1c@ghv-verzeichnis.de>\nMIME-Version: 1.0\n")
    sample_raw = (sh + "".join("%s: %s\n" % kv for kv in sample.headers()) + "\n" + sample.encoded_body()).encode("latin-1")
    fwd = M.Part("message/rfc822", sample_raw, filename="Beispiel_Registerrechnung.eml", disposition="attachment", style="tb", cte="7bit")
    body = B.thunderbird(rng, "de", text, attachments=[B.tb_attach(conf, "application/pdf", "Offenlegung_JA2025_Bestaetigung.pdf"), fwd])
    raw, info = T.compose(rng, profile="ionos", t=t, frm=KESS, to=[S["cfo"]], cc=[("Kanzlei Kessler", "kanzlei@kessler-partner-stb.de")],
                          subject="Offenlegung Jahresabschluss 2025 erledigt / Hinweis auf Registerrechnungen", body=body,
                          msgid="%s@kessler-partner-stb.de" % T.Ctx(rng, dt).guid(),
                          opts=dict(domain="kessler-partner-stb.de", client_helo="[192.168.178.41]", client_ip="91.54.118.207",
                                    order=["Message-ID", "Date", "MIME-Version", "From", "To", "Cc", "Subject", "Reply-To"],
                                    xheaders=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")]))
    return Result(raw, info, "Tax adviser confirms the filing of the 2025 annual accounts and warns about fake register invoices, attaching a sample scam mail as .eml.",
                  "Known adviser on IONOS with DKIM pass, confirmation PDF with file reference, no payment request at all.",
                  phones=["+49 203 298 44-12", "+49 203 298 44-0"],
                  pair=[("08-de-handelsregister-eintragungsrechnung.eml", "Commercial register / disclosure",
                         "Genuine: adviser's confirmation, no payment demand. Attack: bulk-mailed 'Eintragungsrechnung' with due date, IBAN and GiroCode, small print says it is an offer.")])
