"""business/ 01-08 (German)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2

LIEF_OLD = "DE53620901000135492004"
LIEF_NEW = "DE27620500000005512346"
LANG_SIG = ("Petra Lang\nLeitung Finanzbuchhaltung\nLieferant GmbH\nCarl-Benz-Straße 17, 74074 Heilbronn\n"
            "Tel. +49 7131 58930-40\np.lang@lieferant-gmbh.de\n\n"
            "Lieferant GmbH · Sitz Heilbronn · Amtsgericht Stuttgart HRB 743219\nGeschäftsführer: Dipl.-Ing. Werner Haag, Susanne Köhler · USt-IdNr. DE894349731")


def b01():
    m = Msg("business", 1, "de", "lieferant-bankverbindung-offiziell", utc(2026, 11, 16, 9, 5, 31))
    k = T.PostfixOrg(m, "lieferant-gmbh.de", "mail.lieferant-gmbh.de", "203.0.113.25", client="thunderbird", dkim_sel="mail2026")
    jana = S("jana")
    body = p(
        "Sehr geehrte Frau Hoffmann,",
        "",
        "wie in unserem Kundenrundschreiben angekündigt, verlegen wir unseren Zahlungsverkehr zur Kreissparkasse Heilbronn. Das Schreiben unserer Geschäftsführung finden Sie im Anhang, das Original geht Ihnen zusätzlich per Post zu.",
        "",
        "Die neue Bankverbindung gilt für alle Rechnungen mit Rechnungsdatum ab dem 01.12.2026:",
        "Kreissparkasse Heilbronn, IBAN " + iban_f(LIEF_NEW) + ", BIC HEISDE66XXX",
        "",
        "Das bisherige Konto bei der Volksbank Heilbronn (" + iban_f(LIEF_OLD) + ") bleibt bis zum 31.01.2027 bestehen; Zahlungen dorthin kommen also in jedem Fall an.",
        "",
        "Bitte ändern Sie die Bankdaten nicht allein aufgrund dieser E-Mail. Rufen Sie mich zur Bestätigung über unsere Ihnen bekannte Zentrale +49 7131 58930-0 an oder direkt unter der Durchwahl -40. Wir werden Sie niemals per E-Mail auffordern, offene Rechnungen kurzfristig auf ein anderes Konto zu zahlen.",
        "",
        "In eigener Sache: Ende Oktober wurden über das missbrauchte Webmail-Konto eines Kollegen gefälschte Bankdaten (Konto bei der N26) verschickt. Das Konto ist gesperrt und neu abgesichert. Falls Sie eine solche Nachricht erhalten haben, betrachten Sie sie bitte als gegenstandslos.",
        "",
        "Mit freundlichen Grüßen",
        "",
        LANG_SIG)
    pdfp = docs.letter(
        m, "Lieferant_GmbH_Bankverbindung_ab_01-12-2026.pdf", head="Lieferant GmbH", head_lines=LIEF_HEAD,
        logo_color=(0, 82, 147), logo_text="LIEFERANT",
        recipient=["Example Group GmbH", "Kreditorenbuchhaltung", "Frau Jana Hoffmann", "Hansastraße 31", "41460 Neuss"],
        place_date="Heilbronn, 13.11.2026", subject="Änderung unserer Bankverbindung zum 01.12.2026",
        paras=["Sehr geehrte Damen und Herren,",
               "zum 01.12.2026 führen wir unseren Zahlungsverkehr über die Kreissparkasse Heilbronn. Bitte verwenden Sie für Rechnungen mit Rechnungsdatum ab dem 01.12.2026 die folgende Bankverbindung:"],
        table=[("Kontoinhaber:", "Lieferant GmbH"), ("Kreditinstitut:", "Kreissparkasse Heilbronn"), ("IBAN:", iban_f(LIEF_NEW)), ("BIC:", "HEISDE66XXX")],
        extra_after=["Unsere bisherige Verbindung bei der Volksbank Heilbronn eG (IBAN " + iban_f(LIEF_OLD) + ") bleibt bis zum 31.01.2027 bestehen.",
                     "Zu Ihrer Sicherheit: Bitte bestätigen Sie die Änderung telefonisch über unsere Zentrale +49 7131 58930-0. Kurzfristige Kontowechsel per E-Mail nehmen wir grundsätzlich nicht vor."],
        closing="Mit freundlichen Grüßen", signers=[["Dipl.-Ing. Werner Haag", "Geschäftsführer"], ["Susanne Köhler", "Geschäftsführerin"]],
        footer=LIEF_FOOTER, title="Änderung Bankverbindung", author="Petra Lang", minutes_before=4000)
    m.root = mime.multi("mixed", [tb_text(body), pdfp], m.bnd("mixed"), style="thunderbird", preamble="This is a multi-part message in MIME format.")
    f = Fields(("Petra Lang", "p.lang@lieferant-gmbh.de"), [jana],
               "Neue Bankverbindung der Lieferant GmbH ab 01.12.2026 – bitte telefonisch bestätigen",
               cc=[("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de")])
    k.finish(f, submit=("[192.168.20.41]", "192.168.20.41"), dmarc=("pass", "quarantine"), org="Lieferant GmbH")
    m.fact("IBAN", LIEF_NEW, "new account of the supplier (Kreissparkasse Heilbronn) from 01.12.2026")
    m.fact("IBAN", LIEF_OLD, "previous account (Volksbank Heilbronn), open until 31.01.2027")
    for ph in ("+49 7131 58930-0", "+49 7131 58930-40"):
        m.fact("Phone", ph, "supplier's switchboard / accounts")
    m.info = dict(pair=("01-de-lieferant-bankverbindung-thread.eml", "Same supplier, same topic; the genuine change comes from the finance lead via the usual Thunderbird/LAN path, is announced with lead time, keeps the old account open, moves to a regional Sparkasse and asks for telephone verification."),
                  what="Supplier's finance lead announces the new bank account from 01.12.2026 with a signed letter, keeps the old account open until end of January and asks for confirmation by phone; warns about the October mailbox abuse.",
                  why="Written on the supplier's LAN in Thunderbird via its own relay (SPF/DKIM/DMARC pass), long lead time, both accounts named, explicit call-back instruction, consistent with the supplier's letterhead and master data.")
    return m


def b02():
    m = Msg("business", 2, "de", "ceo-dringend-anzahlung-intern", utc(2026, 11, 5, 9, 7, 12))
    k = T.Exchange(m, "EXCH01", "de-DE")
    sabine = S("sabine")
    plain = p(
        "Hallo Sabine,",
        "",
        "kurze Bitte mit Termindruck: Lieferant hält uns den Fertigungsslot für die Schredderlinie 3 nur, wenn die Anzahlung heute bis 16 Uhr bei ihnen avisiert ist (30 % laut Auftragsbestätigung AB-26-0871, 41.769,00 EUR brutto). Frank hat mir die AB gestern Abend geschickt, sie liegt im DMS unter Kreditor 70412 / Vorgang 2026-0871.",
        "",
        "Bitte ganz normal über den Freigabeprozess: Jana erfasst, du gibst frei. Bankverbindung bitte aus dem Kreditorenstamm nehmen und nicht aus Mails, Lieferant hatte im Oktober das Thema mit dem missbrauchten Postfach.",
        "",
        "Ich bin ab 13 Uhr beim Klinikum Erftaue, danach mobil erreichbar. Wenn etwas unklar ist, ruf mich einfach an.",
        "",
        "Danke dir!",
        "Matthias",
        "",
        "--",
        SIG_DE["matthias"],
        "Mobil +49 172 2618840",
        "",
        LEGAL_DE)
    m.root = ol_alt(m, plain, cs="iso-8859-1", lang="DE")
    f = Fields(S("matthias"), [sabine], "Dringend heute: Anzahlung Schredderlinie 3 (AB-26-0871)", hcs="iso-8859-1", henc="Q")
    k.finish(f, client_ip="10.20.31.58", importance="high")
    m.fact("Phone", "+49 2131 6604-100", "signature")
    m.fact("Phone", "+49 172 2618840", "CEO's mobile (signature)")
    m.info = dict(pair=("02-de-ceo-vertraulich-uebernahme.eml", "Both are urgent payment requests from 'the CEO' to the CFO; the genuine one is internal (Exchange -> mail-int01), references the order and DMS record, insists on the normal four-eyes process and the master-data account, and invites a phone call."),
                  what="Internal high-priority mail from the CEO to the CFO: release the 30 % down payment for shredder line 3 today through the normal approval workflow.",
                  why="Originates on EXCH01 from the CEO's client (10.20.31.58) and reaches mx01 via mail-int01; references documents in the DMS, demands the standard process and master-data bank details, offers a call.")
    return m


def b03():
    m = Msg("business", 3, "de", "lieferant-rechnung-girocode", utc(2026, 10, 23, 9, 20, 45))
    k = T.PostfixOrg(m, "lieferant-gmbh.de", "mail.lieferant-gmbh.de", "203.0.113.25", client="java", dkim_sel="mail2026")
    jana = S("jana")
    payload = docs.epc("GENODES1VHN", "Lieferant GmbH", LIEF_OLD, 18742.50, "RE 2026-10418 KD 10472")
    plain = p(
        "Sehr geehrte Damen und Herren,",
        "",
        "anbei erhalten Sie unsere Rechnung Nr. 2026-10418 vom 23.10.2026 als PDF-Dokument.",
        "",
        "Für eine bequeme Zahlung ist auf der Rechnung ein GiroCode aufgedruckt, den Sie mit Ihrer Banking-Software scannen können.",
        "",
        "Bei Rückfragen zur Rechnung erreichen Sie unsere Buchhaltung unter +49 7131 58930-40 oder rechnungen@lieferant-gmbh.de.",
        "",
        "Mit freundlichen Grüßen",
        "Lieferant GmbH",
        "- Buchhaltung -",
        "",
        "Diese E-Mail wurde automatisch aus unserem Warenwirtschaftssystem erstellt.")
    inv = docs.invoice(
        m, "Rechnung_2026-10418.pdf", seller="Lieferant GmbH", logo_color=(0, 82, 147), logo_text="LIEFERANT",
        seller_lines=LIEF_HEAD,
        buyer=["Example Group GmbH", "Kreditorenbuchhaltung", "Hansastraße 31", "41460 Neuss"], title_word="Rechnung",
        meta=[("Rechnungsnummer", "2026-10418"), ("Rechnungsdatum", "23.10.2026"), ("Kundennummer", "10472"), ("Ihre Bestellung", "4500018822"),
              ("Lieferschein", "LS-2026-08812"), ("Ihre USt-IdNr.", "DE230004988")],
        columns=("Pos.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt"),
        items=[("1", "Schneidwerk SW-4 komplett, Schnittbreite 4 x 40 mm, Sicherheitsstufe P-4 / T-4 / E-3 nach DIN 66399, für HSM-Linie 2", "1", "14.980,00", "14.980,00"),
               ("2", "Montage und Inbetriebnahme durch Servicetechniker (Pauschale), Termin 03.11.2026", "1", "770,00", "770,00")],
        totals=[("Netto", "15.750,00 EUR", False), ("USt. 19 %", "2.992,50 EUR", False), ("Gesamtbetrag", "18.742,50 EUR", True)],
        notes=["Zahlbar innerhalb von 14 Tagen nach Rechnungsdatum ohne Abzug. Es gelten unsere Allgemeinen Geschäftsbedingungen."],
        pay_lines=["Volksbank Heilbronn eG", "IBAN " + iban_f(LIEF_OLD), "BIC GENODES1VHN", "Verwendungszweck: RE 2026-10418 KD 10472"],
        qr=payload, qr_caption="GiroCode",
        footer=LIEF_FOOTER, title="Rechnung 2026-10418", author="Lieferant GmbH", creator="Sage 100 9.0", producer="Sage 100 PDF-Export")
    m.root = mime.multi("mixed", [mime.text(plain, "iso-8859-15", "quoted-printable"), inv], m.bnd("mixed"))
    f = Fields(("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), [jana], "Rechnung 2026-10418",
               hcs="iso-8859-15", henc="Q")
    k.finish(f, submit=("erp01.lieferant.local", "192.168.20.12"), auth_user="rechnungen@lieferant-gmbh.de",
             dmarc=("pass", "quarantine"), extra=[("X-Mailer", "Sage 100 (9.0.8)")])
    m.fact("IBAN", LIEF_OLD, "supplier's account (Volksbank Heilbronn), also in the GiroCode")
    m.fact("Phone", "+49 7131 58930-40", "supplier's accounts department")
    m.fact("Phone", "+49 7131 58930-0", "letterhead")
    m.info = dict(pair=("07-de-lieferant-zahlungserinnerung-girocode.eml", "Both are Lieferant invoices with a GiroCode; the genuine one comes from lieferant-gmbh.de via the supplier's ERP and relay and pays into the supplier's known Volksbank account."),
                  what="Supplier's ERP sends invoice 2026-10418 (cutting unit SW-4 and installation, 18,742.50 EUR) as PDF with an EPC GiroCode.",
                  why="Generated by the supplier's ERP (192.168.20.12) and relayed by mail.lieferant-gmbh.de with DKIM; order and delivery-note numbers match the procurement thread; IBAN is the master-data account.")
    return m


def b04():
    m = Msg("business", 4, "de", "sharepoint-freigabe-lohnsteuerpruefung", utc(2026, 11, 10, 13, 31, 5))
    k = P.MsNotify(m, "sharepoint")
    claudia = S("claudia")
    link = "https://brandtpartnerstb.sharepoint.com/:x:/s/Mandanten-ExampleGroup/EcV0h3pLq9NFt5aXw2yR8JkB1sQ7mZc0vXyT4aWn6uPqLg?e=h2Rk7d"
    priv = "https://go.microsoft.com/fwlink/?LinkId=521839"
    note = "Hallo Frau Schüler, wie eben am Telefon besprochen: hier die Belegliste für die Lohnsteuer-Außenprüfung ab 23.11. Die gelb markierten Unterlagen bitte bis 18.11. in den Mandantenordner hochladen. Viele Grüße, Andrea Brandt"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>'
            '<body style="margin:0;padding:0;background:#faf9f8">\r\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center" style="padding:24px 12px">\r\n<table role="presentation" width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #edebe9;font-family:\'Segoe UI\',\'Segoe UI Web (West European)\',-apple-system,Roboto,Helvetica,sans-serif">\r\n'
            '<tr><td style="padding:28px 32px 8px 32px;font-size:20px;color:#242424;font-weight:600">Andrea Brandt hat eine Datei für Sie freigegeben.</td></tr>\r\n'
            '<tr><td style="padding:12px 32px 16px 32px;font-size:14px;color:#424242;border-left:3px solid #0f6cbd">' + mime.esc(note) + '</td></tr>\r\n'
            '<tr><td style="padding:8px 32px"><table role="presentation" cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd;width:100%"><tr>'
            '<td style="padding:14px;font-size:14px;color:#242424"><b>LSt-Außenprüfung 2026 – Belegliste.xlsx</b></td></tr></table></td></tr>\r\n'
            '<tr><td style="padding:18px 32px 26px 32px"><a href="' + link + '" style="background:#0f6cbd;color:#ffffff;text-decoration:none;padding:10px 22px;font-size:14px;font-weight:600;border-radius:4px">Öffnen</a></td></tr>\r\n'
            '<tr><td style="padding:0 32px 24px 32px;font-size:12px;color:#616161">Dieser Link funktioniert nur für die direkten Empfänger dieser Nachricht.</td></tr>\r\n'
            '<tr><td style="padding:14px 32px;font-size:11px;color:#616161;border-top:1px solid #edebe9">Microsoft respektiert Ihre Privatsphäre. Lesen Sie unsere Datenschutzbestimmungen unter <a href="' + priv + '" style="color:#616161">' + priv + '</a>.<br>'
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>\r\n</table></td></tr></table>\r\n</body></html>\r\n')
    m.root = mime.text(html, "utf-8", "base64", "html")
    f = Fields(("Andrea Brandt", "no-reply@sharepointonline.com"), [claudia],
               "Andrea Brandt hat \"LSt-Außenprüfung 2026 – Belegliste\" für Sie freigegeben",
               reply_to=[("Andrea Brandt", "a.brandt@brandt-partner-stb.de")])
    k.finish(f, lang="de-DE")
    m.fact("URL", link, "SharePoint link to the shared spreadsheet in the tax adviser's tenant")
    m.fact("URL", priv, "Microsoft privacy statement")
    m.info = dict(pair=("04-de-sharepoint-freigabe-steuerberater.eml", "Same platform and same sharer; the genuine share follows a phone call, concerns an announced payroll tax audit, is sent on a weekday afternoon and shares a working spreadsheet with a concrete task."),
                  what="SharePoint Online notification: the tax adviser shares the document list for the payroll tax audit with HR, referring to a phone call.",
                  why="Genuine Microsoft sharing mail from the adviser's tenant (DKIM sharepointonline.com, Reply-To the adviser), expected in the context of the audit, specific instructions, business hours.")
    return m


def b05():
    m = Msg("business", 5, "de", "it-hinweis-mfa-authenticator", utc(2026, 11, 2, 7, 30, 18))
    k = T.Exchange(m, "EXCH02", "de-DE")
    url = "https://aka.ms/mfasetup"
    plain = p(
        "Liebe Kolleginnen und Kollegen,",
        "",
        "ab dem 23.11.2026 stellen wir die Anmeldung an Outlook, Teams und das Kundenportal auf Microsoft Authenticator mit Nummernabgleich um. SMS-Codes funktionieren danach nicht mehr.",
        "",
        "Bitte richtet die App bis zum 20.11. ein:",
        "1. Microsoft Authenticator aus dem App Store bzw. Google Play installieren (Diensthandys haben die App bereits über Intune).",
        "2. Am PC im Firmennetz oder über VPN " + url + " öffnen – oder den QR-Code unten mit dem Handy scannen, er führt auf dieselbe Microsoft-Seite.",
        "3. Mit eurem normalen Example-Group-Konto anmelden, \"Anmeldemethode hinzufügen\" > \"Authenticator-App\" wählen und den Anweisungen folgen.",
        "",
        "Wichtig: Wir verschicken solche Aufforderungen nur von dieser internen Adresse und nie als PDF mit persönlichem Code. Die IT ruft euch auch nie an, um nach einer Zahl aus der App zu fragen. Verdächtige Mails bitte über den Button \"Phishing melden\" in Outlook oder an it-security@example.com melden.",
        "",
        "Sprechstunde für Fragen: Dienstag und Donnerstag, 13–14 Uhr, im Besprechungsraum EG oder per Teams.",
        "",
        "Viele Grüße",
        "Tobias",
        "",
        SIG_DE["tobias"])
    cid = "image001.png@01DD4B2A.5C3E7F10"
    html_lines = []
    for l in plain.split("\n"):
        html_lines.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (mime.linkify(l) if l else "<o:p>&nbsp;</o:p>"))
        if l.startswith("3. "):
            html_lines.append('<p class="MsoNormal"><img width="150" height="150" style="width:1.5625in;height:1.5625in" id="Grafik_x0020_1" src="cid:%s" alt="QR-Code aka.ms/mfasetup"><o:p></o:p></p>' % cid)
    html = mime.outlook_html(plain, "DE", charset="utf-8")
    start = html.index('<div class="WordSection1">') + len('<div class="WordSection1">\r\n')
    end = html.index("\r\n</div>\r\n</body>")
    html = html[:start] + "\r\n".join(html_lines) + html[end:]
    alt = mime.multi("alternative", [mime.text(plain, "utf-8", "quoted-printable", style="outlook"),
                                     mime.text(html, "utf-8", "quoted-printable", "html", style="outlook")], m.bnd("alternative"), style="outlook")
    img = att.qr_png_part(m, url, "image001.png", inline=True, cid=cid, scale=6)
    m.root = mime.multi("related", [alt, img], m.bnd("related"), style="outlook", params=[("type", '"multipart/alternative"')])
    f = Fields(S("tobias"), [("Alle Mitarbeitenden Neuss", "neuss-alle@example.com")],
               "Umstellung MFA: Authenticator mit Nummernabgleich – bitte bis 20.11. einrichten", hcs="utf-8", henc="B")
    k.finish(f, client_ip="10.20.40.17", rcpt="dennis.yilmaz@example.com")
    m.fact("URL", url, "Microsoft's security-info page (text and inline QR code)")
    m.fact("Phone", "+49 2131 6604-133", "signature")
    m.info = dict(pair=("05-de-mfa-neuregistrierung-qr.eml", "Both ask staff to register Microsoft Authenticator and both carry a QR code; the genuine one is internal, addressed to a distribution list, and its QR code leads to Microsoft's own aka.ms/mfasetup."),
                  what="Internal IT announcement to all Neuss staff: switch to Authenticator number matching by 20.11., instructions, inline QR code for aka.ms/mfasetup, warning about fake requests.",
                  why="Sent by the IT security administrator from EXCH02 via mail-int01 to a distribution list; the QR code and link point to Microsoft's official short link; no deadline threat, includes office hours.")
    return m


def b06():
    m = Msg("business", 6, "de", "klinikum-aktenanforderung-portal", utc(2026, 11, 12, 8, 41, 27))
    k = T2.HornetExchange(m, "klinikum-erftaue.de")
    anja = S("anja")
    boxes = ["EKE-PA-0%05d" % n for n in (38811, 38812, 38840, 39102, 39103, 39377)]
    plain = p(
        "Sehr geehrte Frau Roth,",
        "",
        "über das Kundenportal habe ich soeben die Anforderung Nr. 2026-1187 angelegt (6 Kartons, Liste anbei). Die Akten werden für eine Prüfung durch den Medizinischen Dienst benötigt.",
        "",
        "Lieferung bitte wie immer an unser Zentralarchiv, Erftstraße 85, Haus A, Untergeschoss, Anlieferung über Tor 2 (Ansprechpartner Herr Dahmen, Tel. +49 2181 600-4410). Ein Termin in KW 47 reicht völlig aus.",
        "",
        "Nach Abschluss der Prüfung - voraussichtlich Ende November - können Sie die Kartons im Rahmen der regulären Tour wieder mitnehmen.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "Birgit Lorenz",
        "Patientenaktenarchiv / Medizincontrolling",
        "",
        "Evangelisches Klinikum Erftaue gGmbH",
        "Erftstraße 85 · 41515 Grevenbroich",
        "Tel. +49 2181 600-4417",
        "b.lorenz@klinikum-erftaue.de · www.klinikum-erftaue.de",
        "",
        "Geschäftsführung: Dr. med. Ulrich Sander, Heike Brandes · Amtsgericht Mönchengladbach HRB 19220",
        "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.")
    xl = att.xlsx(m, "Anforderung_2026-1187.xlsx",
                  [("Anforderung 2026-1187", [["Pos.", "Barcode", "Bestand", "Jahrgang", "Fallnummern"]] +
                    [[i + 1, b, "Patientenakten stationär", y, fn] for i, (b, y, fn) in enumerate(zip(
                        boxes, [2019, 2019, 2019, 2020, 2020, 2021],
                        ["1907xxx-1908xxx", "1908xxx-1909xxx", "1911xxx", "2003xxx", "2004xxx", "2102xxx"]))])],
                  author="Lorenz, Birgit", widths=[6, 16, 26, 10, 18])
    m.root = mime.multi("mixed", [ol_alt(m, plain, cs="iso-8859-1", lang="DE"), xl], m.bnd("mixed"), style="outlook")
    f = Fields(("Lorenz, Birgit", "b.lorenz@klinikum-erftaue.de"), [anja],
               "Aktenanforderung 2026-1187 - 6 Kartons für MD-Prüfung", hcs="iso-8859-1", henc="Q")
    k.finish(f, gw_ip="198.51.100.40", client_ip="10.1.40.23")
    m.fact("Phone", "+49 2181 600-4410", "customer's archive contact on site")
    m.fact("Phone", "+49 2181 600-4417", "signature")
    m.info = dict(pair=("06-de-klinikum-aktenauslieferung-aussenlager.eml", "Both are record-retrieval requests from the hospital's archive contact; the genuine one is from klinikum-erftaue.de via the hospital's Exchange and Hornetsecurity, refers to a portal order and delivers to the hospital's own archive."),
                  what="Hospital customer requests retrieval of 6 boxes of patient records (portal order 2026-1187) for an audit, delivery to the hospital's central archive.",
                  why="Real customer domain (DKIM hse1, DMARC reject, via Hornetsecurity from the hospital's Exchange), portal order number, delivery to the contractual address, normal lead time.")
    return m


def b07():
    m = Msg("business", 7, "de", "ihk-beitragsbescheid-2026", utc(2026, 11, 3, 6, 2, 40))
    m.sent = m.t - secs(40)
    k = T.PostfixOrg(m, "mittlerer-niederrhein.ihk.de", "mx-out1.ihk.de", "203.0.113.61", client="dotnet", dkim_sel="ihk2025",
                     msgid_domain="mittlerer-niederrhein.ihk.de")
    sabine = S("sabine")
    iban = "DE66320500000000318766"
    payload = docs.epc("SPKRDE33XXX", "IHK Mittlerer Niederrhein", iban, 3186.40, "MG-4012873 BB-2026")
    portal = "https://www.ihk.de/mittlerer-niederrhein/beitrag"
    plain = p(
        "Sehr geehrte Damen und Herren,",
        "",
        "anbei erhalten Sie den Beitragsbescheid 2026 der IHK Mittlerer Niederrhein für Ihr Unternehmen Example Group GmbH (Mitgliedsnummer 4012873).",
        "",
        "Der Bescheid beruht auf dem vom Finanzamt übermittelten Gewerbeertrag 2024 und ist bis zum 30.11.2026 zahlbar. Sofern Sie uns ein SEPA-Lastschriftmandat erteilt haben, wird der Betrag automatisch eingezogen.",
        "",
        "Informationen zur Beitragsberechnung und Antworten auf häufige Fragen finden Sie unter " + portal,
        "",
        "Für Rückfragen erreichen Sie die Beitragsabteilung unter +49 2151 635-0.",
        "",
        "Mit freundlichen Grüßen",
        "Ihre IHK Mittlerer Niederrhein",
        "Beitragsabteilung",
        "",
        "Industrie- und Handelskammer Mittlerer Niederrhein · Nordwall 39 · 47798 Krefeld",
        "Körperschaft des öffentlichen Rechts")
    pdfp = docs.letter(
        m, "Beitragsbescheid_2026_4012873.pdf", head="IHK Mittlerer Niederrhein",
        head_lines=["Industrie- und Handelskammer", "Nordwall 39 · 47798 Krefeld", "Tel. +49 2151 635-0"],
        logo_color=(0, 84, 140), logo_text="IHK",
        recipient=["Example Group GmbH", "Hansastraße 31", "41460 Neuss"],
        place_date="Krefeld, 02.11.2026", subject="Beitragsbescheid 2026 – Mitgliedsnummer 4012873",
        paras=["Sehr geehrte Damen und Herren,",
               "auf Grundlage des Gesetzes zur vorläufigen Regelung des Rechts der Industrie- und Handelskammern (IHKG) und der Beitragsordnung der IHK Mittlerer Niederrhein setzen wir Ihren Beitrag für das Jahr 2026 wie folgt fest:"],
        table=[("Grundbeitrag:", "550,00 EUR"), ("Umlage (0,14 % v. 1.883.143 EUR):", "2.636,40 EUR"), ("Beitrag 2026:", "3.186,40 EUR"),
               ("Fällig am:", "30.11.2026"), ("IBAN:", iban_f(iban)), ("BIC:", "SPKRDE33XXX"), ("Verwendungszweck:", "MG-4012873 BB-2026")],
        extra_after=["Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Düsseldorf erhoben werden."],
        qr=payload, qr_caption="Zahlung per GiroCode",
        closing="Mit freundlichen Grüßen", signers=[["IHK Mittlerer Niederrhein", "Beitragsabteilung"]],
        footer=["IHK Mittlerer Niederrhein · Nordwall 39 · 47798 Krefeld · www.ihk.de/mittlerer-niederrhein",
                "Sparkasse Krefeld · IBAN " + iban_f(iban) + " · BIC SPKRDE33XXX"],
        title="Beitragsbescheid 2026", author="IHK Mittlerer Niederrhein", creator="IHK-Beitragsverfahren", producer="PDFlib+PDI 10.0.1")
    m.root = mime.multi("mixed", [mime.text(plain, "utf-8", "base64"), pdfp], m.bnd("mixed"))
    f = Fields(("IHK Mittlerer Niederrhein - Beitragsabteilung", "beitrag@mittlerer-niederrhein.ihk.de"), [sabine],
               "Beitragsbescheid 2026 – Mitgliedsnummer 4012873 – Example Group GmbH", scs="utf-8", senc="B")
    k.finish(f, submit=("beitrag-app02.ihk.local", "10.40.12.32"), auth_user="", dmarc=("pass", "reject"))
    m.fact("IBAN", iban, "chamber of commerce (Sparkasse Krefeld), also in GiroCode")
    m.fact("URL", portal, "IHK fee information")
    m.fact("Phone", "+49 2151 635-0", "IHK switchboard")
    m.info = dict(pair=("03-de-gewerbeverzeichnis-eintragung.eml", "Both are 'official' fee notices with payment details; the genuine one is a statutory membership fee from the chamber of commerce, based on tax data, with legal remedy instructions, a German Sparkasse account and DMARC reject."),
                  what="Chamber of commerce (IHK) membership fee notice 2026 for Example Group GmbH with PDF decision and GiroCode.",
                  why="Statutory fee (membership is mandatory), correct membership number and trade income basis, German public-law body, Sparkasse account, legal remedy instructions, sent by the IHK mail system.")
    return m


def b08():
    m = Msg("business", 8, "de", "bewerbung-berufskraftfahrer-pdf", utc(2026, 10, 21, 17, 48, 2))
    k = T2.GMX(m, "gmx.de")
    claudia = S("claudia")
    plain = p(
        "Sehr geehrte Frau Schüler,",
        "",
        "auf Ihrer Karriereseite habe ich die Stelle als Berufskraftfahrer CE (m/w/d) für die Aktenabholung gesehen (Kennziffer EG-2026-17) und bewerbe mich hiermit.",
        "",
        "Ich fahre seit 2014 im Verteilerverkehr im Raum Düsseldorf/Neuss, zurzeit mit einem 18-Tonner mit Ladebordwand für einen Getränkehändler. Führerschein CE mit Schlüsselzahl 95 und Fahrerkarte sind vorhanden, ADR-Basisschein ebenfalls. Ein polizeiliches Führungszeugnis kann ich jederzeit vorlegen.",
        "",
        "Anschreiben und Lebenslauf hänge ich als PDF an. Ein Wechsel wäre zum 01.01.2027 möglich.",
        "",
        "Über eine Einladung zu einem Gespräch freue ich mich.",
        "",
        "Mit freundlichen Grüßen",
        "Marcel Brinkmann",
        "Tel. 0157 39126684")

    def cv(name, title, blocks):
        doc = att.new_pdf(m, title, "Marcel Brinkmann", "Microsoft Word 2019", "Microsoft: Print To PDF", minutes_before=900)
        pg = doc.page()
        pg.text(70, 80, "Marcel Brinkmann", 20, True, (0.15, 0.25, 0.45))
        pg.text(70, 100, "Rheydter Straße 112 · 41464 Neuss · 0157 39126684 · m.brinkmann1991@gmx.de", 9, False, (0.3, 0.3, 0.3))
        y = 140
        for head, lines in blocks:
            pg.text(70, y, head, 12, True, (0.15, 0.25, 0.45))
            y += 18
            for ln in lines:
                y = pg.para(70, y, 460, ln, 10, leading=14)
            y += 10
        return att.pdf(m, doc, name)
    p1 = cv("Anschreiben_Marcel_Brinkmann.pdf", "Anschreiben", [
        ("Bewerbung als Berufskraftfahrer CE (m/w/d) – Kennziffer EG-2026-17", [
            "Sehr geehrte Frau Schüler,",
            "seit zwölf Jahren bin ich täglich im Verteilerverkehr unterwegs und weiß, wie wichtig Pünktlichkeit, ein freundliches Auftreten beim Kunden und ein sorgfältiger Umgang mit der Ware sind. Bei Ihnen reizt mich, dass Vertraulichkeit und Sicherheit ganz oben stehen – das passt zu meiner Arbeitsweise.",
            "Ich bin belastbar, körperlich fit und kenne die Gewerbegebiete zwischen Neuss, Düsseldorf und Mönchengladbach sehr gut. Über ein persönliches Gespräch freue ich mich.",
            "Mit freundlichen Grüßen", "Marcel Brinkmann"])])
    p2 = cv("Lebenslauf_Marcel_Brinkmann.pdf", "Lebenslauf", [
        ("Berufserfahrung", ["seit 03/2019  Berufskraftfahrer, Getränke Hoffmanns GmbH, Neuss (Verteilerverkehr, 18 t, Ladebordwand)",
                             "04/2014 – 02/2019  Kraftfahrer, Rhein-Logistik Kaiser GmbH, Düsseldorf (Nahverkehr, Wechselbrücken)",
                             "08/2011 – 03/2014  Lagerist, Baumarkt-Zentrallager Dormagen"]),
        ("Führerscheine und Qualifikationen", ["Führerschein B, C1, C, CE mit Schlüsselzahl 95 (gültig bis 2029)", "Fahrerkarte, ADR-Basisschein", "Staplerschein"]),
        ("Ausbildung", ["2008 – 2011  Ausbildung Fachkraft für Lagerlogistik, IHK Mittlerer Niederrhein"])])
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">' + "".join(
        "<div>%s</div>" % (mime.esc(l) if l else "&nbsp;") for l in plain.split("\n")) + "</div></body></html>\r\n")
    m.root = mime.multi("mixed", [mime.text(html, "UTF-8", "quoted-printable", "html"), p1, p2], m.bnd("mixed"))
    f = Fields(("Marcel Brinkmann", "m.brinkmann1991@gmx.de"), [claudia],
               "Bewerbung als Berufskraftfahrer CE (m/w/d) – Kennziffer EG-2026-17")
    k.finish(f, client_ip="95.91.226.40")
    m.fact("Phone", "0157 39126684", "applicant's mobile")
    m.info = dict(pair=("08-de-bewerbung-berufskraftfahrer-zip.eml", "Both are applications for the driver vacancy from GMX addresses; the genuine one names the HR contact and the job reference and attaches readable PDFs, no archive and no password."),
                  what="Job application for the truck-driver vacancy (reference EG-2026-17) with cover letter and CV as PDF.",
                  why="Freemail is normal for applicants; the content is specific, attachments are ordinary text PDFs, nothing is encrypted or executable.")
    return m


MESSAGES = [b01, b02, b03, b04, b05, b06, b07, b08]
