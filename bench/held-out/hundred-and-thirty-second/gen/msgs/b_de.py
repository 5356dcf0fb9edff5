"""Business messages 01-08 (German)."""
from lib import base, clients, containers, docs, infra, pdf, util
from lib import company as C
from lib.base import Multipart, Part, att, bnd, finish, mk
from lib.util import local

L = C.LIEF
E = C.ENT["DE"]


def b01():
    m = mk("01-de-lieferant-bankwechsel-mit-rueckrufbitte", "business", "de")
    m.t = local("DE", 2026, 12, 7, 10, 14, 22)
    m.from_ = L["maier"]
    m.to = [C.S("ap")]
    m.cc = [("Rechnungseingang Example Group", "rechnungen@example.com"), L["buha"]]
    m.rcpt = "sabine.krueger@example.com"
    m.subject = "Änderung unserer Bankverbindung zum 01.01.2027 - bitte telefonisch bestätigen"
    m.hcs = "iso-8859-1"
    m.hmode = "Q"
    old_iban, new_iban = L["bank_old"][2], L["bank_new"][2]
    paras = ["Sehr geehrte Frau Krüger,",
             "wir stellen zum Jahreswechsel unseren Zahlungsverkehr um: Ab dem 01.01.2027 lautet unsere "
             "Bankverbindung",
             "Lieferant GmbH\nCommerzbank AG, Filiale Bielefeld\nIBAN %s\nBIC COBADEFFXXX" % util.iban_fmt(new_iban),
             "Das bisherige Konto bei der Sparkasse Bielefeld (IBAN endet auf %s) bleibt bis zum 31.03.2027 "
             "bestehen; Zahlungen, die noch dort eingehen, gehen also nicht verloren. Rechnungen mit Datum ab dem "
             "01.01.2027 tragen bereits die neue Verbindung." % old_iban[-4:],
             "Bitte ändern Sie Ihre Kreditorenstammdaten nicht allein aufgrund dieser E-Mail. Zu Ihrer Sicherheit "
             "rufen Sie mich bitte unter unserer Ihnen bekannten Zentrale +49 521 9876 5400 an, oder Sie warten auf "
             "das unterschriebene Original, das heute per Post an Ihre Buchhaltung rausgeht. Eine Kopie hängt an.",
             "Wichtig: Wir arbeiten nicht mit Factoring und werden Sie nie bitten, an Dritte zu zahlen. Sollten Sie "
             "eine solche Nachricht in unserem Namen erhalten, melden Sie sich bitte sofort bei uns.",
             "Vielen Dank und beste Grüße aus Bielefeld"]
    sig = ["Stefan Maier", "Geschäftsführer", "", "Lieferant GmbH", "Eckendorfer Straße 91 · 33609 Bielefeld",
           "Tel. +49 521 9876 5400 · Fax +49 521 9876 5499 · www.lieferant-gmbh.de", L["reg"] + " · USt-IdNr. " + L["vat"]]
    pdfb = docs.letter_pdf(
        m, "Lieferant GmbH", ["Messebausysteme · Textildruck · Leuchtrahmen", "Eckendorfer Straße 91 · 33609 Bielefeld",
                              "Tel. +49 521 9876 5400 · www.lieferant-gmbh.de"],
        ["Example Group GmbH", "Buchhaltung / Kreditoren", "Kaiserswerther Straße 181", "40474 Düsseldorf"],
        "Bielefeld, 07.12.2026", "Änderung unserer Bankverbindung zum 01.01.2027",
        ["Sehr geehrte Damen und Herren,",
         "zum 01.01.2027 ändert sich unsere Bankverbindung. Bitte verwenden Sie für Zahlungen auf Rechnungen mit "
         "Rechnungsdatum ab dem 01.01.2027 ausschließlich:",
         "Kontoinhaber: Lieferant GmbH\nBank: Commerzbank AG, Filiale Bielefeld\nIBAN: %s\nBIC: COBADEFFXXX" %
         util.iban_fmt(new_iban),
         "Unser bisheriges Konto bei der Sparkasse Bielefeld (IBAN %s) bleibt bis zum 31.03.2027 erreichbar." %
         util.iban_fmt(old_iban),
         "Bitte bestätigen Sie die Änderung telefonisch über unsere Zentrale +49 521 9876 5400. Kontoinhaber ist "
         "und bleibt die Lieferant GmbH; Zahlungen an Dritte fordern wir nicht an."],
        closing=["Mit freundlichen Grüßen", "", "Lieferant GmbH", "Ralf Lang · Stefan Maier, Geschäftsführung"],
        footer=["Lieferant GmbH · Sitz Bielefeld · " + L["reg"] + " · USt-IdNr. " + L["vat"],
                "Geschäftsführer: Ralf Lang, Stefan Maier"],
        creator="Microsoft® Word 2021", producer="Microsoft® Word 2021", t=local("DE", 2026, 12, 7, 9, 40),
        title="Bankverbindung 2027")
    pdfp = att(m, pdfb, "application/pdf", "Lieferant_GmbH_Bankverbindung_2027.pdf", "outlook")
    m.msgid = "000001db68a2$%s$%s@lieferant-gmbh.de" % (util.rand_hex(m.r, 8), util.rand_hex(m.r, 8))
    body = base.outlook_body(m, paras, sig, lang="de", cs="iso-8859-1", atts=[pdfp], font="Calibri")
    m.root = base.desktop_outlook_bounds(m, body, "01DB68A2")
    m.extra = [("X-Mailer", "Microsoft Outlook 16.0")]
    m.system = (infra.postfix, dict(host=L["relay"], ip=L["ip"], client="outlook", dkim_sel="mail2026",
                                    client_ip="192.168.10.44", client_host="pc-maier.lieferant.local"))
    return finish(m, "Managing director of the supplier announces the new house bank from 01.01.2027, old account "
                     "stays open until 31.03., asks AP to verify by phone via the known switchboard; signed letter "
                     "attached and sent by post.",
                  "Genuine supplier bank change done properly: from the supplier's own relay and usual Outlook client, "
                  "account holder unchanged (Lieferant GmbH), transition period, explicit call-back request, warning "
                  "against factoring stories (the pattern of attack/01).",
                  hard_neg=(["01-de-lieferant-thread-hijack-factoring", "03-de-lookalike-lieferant-rechnung-girocode"],
                            "Supplier bank-detail change",
                            "Same sender infrastructure as always, holder unchanged, overlap period, asks for call-back "
                            "to known number and postal original"),
                  phones=["+49 521 9876 5400"])


def b02():
    m = mk("02-de-ceo-dringende-freigabe-intern", "business", "de")
    m.t = local("DE", 2026, 11, 26, 16, 41, 5)
    m.from_ = C.S("ceo")
    m.to = [C.S("cfo")]
    m.cc = [C.S("asst"), C.S("proc"), C.S("sales")]
    m.rcpt = "claudia.weber@example.com"
    m.subject = "Dringend: Freigabe Anzahlung Lieferant (Nordwerk / Agritechnica 2027) heute noch"
    m.hcs = "iso-8859-1"
    m.hmode = "Q"
    infra.exchange_prepare(m, "EXCH01")
    paras = ["Hallo Claudia,",
             "Nordwerk hat heute Mittag den Auftrag für den Agritechnica-Stand 2027 unterschrieben, Katrin hat den "
             "Vertrag im DMS abgelegt. Lieferant hält uns die Alu-Systemteile und Textilrahmen nur zum alten Preis, "
             "wenn die Anzahlung laut ihrer Auftragsbestätigung AB-2026-4512 bis morgen 12 Uhr bei ihnen eingeht.",
             "Die Anzahlungsrechnung (RE-2026-12410, 31.416,00 EUR) liegt seit 15:20 Uhr im DMS, Andreas hat sie "
             "sachlich geprüft. Kannst du bitte die kaufmännische Freigabe im Vier-Augen-Lauf heute noch machen? "
             "Birgit weiß Bescheid und nimmt sie in den Eilzahllauf.",
             "Ich bin ab 17:30 im Flieger nach Mailand, bei Rückfragen bitte bis dahin anrufen oder Nicole fragen.",
             "Danke!\nMarkus"]
    sig = ["Dr. Markus Hoffmann", "Geschäftsführer / CEO", "Example Group GmbH · Kaiserswerther Straße 181 · "
           "40474 Düsseldorf", "T +49 211 5403 8800"]
    m.root = base.outlook_body(m, paras, sig, lang="de", cs="iso-8859-1")
    m.system = (infra.exchange, dict(lang="de-DE", client_ip="10.20.31.12"))
    return finish(m, "Internal mail from the CEO to the CFO: urgent down payment to the regular supplier for a newly "
                     "won Agritechnica 2027 stand, invoice already in the DMS, approval in the usual four-eyes run today.",
                  "Genuine urgent CEO request: internal Exchange path via mail-int01, refers to the normal approval "
                  "workflow and named colleagues, invites phone calls, no new bank account.",
                  hard_neg=(["02-de-ceo-fraud-outlook-com-projekt"], "Urgent payment request from the CEO",
                            "Internal route, existing invoice and process, colleagues in copy, call-back welcome"),
                  phones=["+49 211 5403 8800"])


def b03():
    m = mk("03-de-lieferant-rechnung-zugferd-girocode", "business", "de")
    m.t = local("DE", 2026, 11, 26, 6, 30, 11)
    m.from_ = L["buha"]
    m.to = [("Rechnungseingang Example Group", "rechnungen@example.com")]
    m.rcpt = "rechnungen@example.com"
    m.subject = "Rechnung RE-2026-12388 zu Auftrag AB-2026-4471 (Kundennr. 20417)"
    m.hcs = "UTF-8"
    bank = L["bank_old"]
    items = [("Textildrucke Spannrahmen B1 (240 g/m², Polyester), 14 Stück, Motive lt. Freigabe v. 11.11.2026", 14, 412.50),
             ("LED-Leuchtrahmen doppelseitig 2.000 x 2.500 mm inkl. Netzteil", 4, 1648.00),
             ("Konfektion Silikonkeder, Kantenversäuberung", 14, 38.00),
             ("Fracht Bielefeld – Düsseldorf (Stückgut, 3 Paletten)", 1, 286.00)]
    seller_x = dict(name="Lieferant GmbH", zip="33609", street="Eckendorfer Straße 91", city="Bielefeld", vat=L["vat"])
    buyer_x = dict(name="Example Group GmbH", zip="40474", street="Kaiserswerther Straße 181", city="Düsseldorf", vat=E["vat"])
    xml, tot = docs.cii_xml("RE-2026-12388", "20261126", "20261226", seller_x, buyer_x, items, 19, bank[2], bank[1],
                            "20417", note="Auftrag AB-2026-4471 / Projekt boot Düsseldorf 2027")
    qr_payload = "BCD\n002\n1\nSCT\n%s\nLieferant GmbH\n%s\nEUR%.2f\n\n\nRE-2026-12388 KD 20417" % (bank[1], bank[2], tot["gross"])
    seller = dict(name="Lieferant GmbH", lines=["Eckendorfer Straße 91 · 33609 Bielefeld", "Tel. +49 521 9876 5400 · "
                                                "rechnungen@lieferant-gmbh.de"],
                  footer=["Lieferant GmbH · Eckendorfer Straße 91 · 33609 Bielefeld · " + L["reg"] + " · USt-IdNr. " + L["vat"],
                          "Sparkasse Bielefeld · IBAN " + util.iban_fmt(bank[2]) + " · BIC " + bank[1] +
                          " · Geschäftsführer: Ralf Lang, Stefan Maier"])
    buyer = dict(name="Example Group GmbH", lines=["Kreditorenbuchhaltung", "Kaiserswerther Straße 181", "40474 Düsseldorf"])
    meta = [("Rechnungsnummer", "RE-2026-12388"), ("Rechnungsdatum", "26.11.2026"), ("Kundennummer", "20417"),
            ("Auftrag", "AB-2026-4471"), ("Lieferdatum", "24.11.2026"), ("Fällig am", "26.12.2026")]
    pdfb, tot2 = docs.invoice_pdf(
        m, "de", seller, buyer, meta, items, 19,
        ["Kontoinhaber: Lieferant GmbH", "Sparkasse Bielefeld · IBAN " + util.iban_fmt(bank[2]) + " · BIC " + bank[1]],
        notes=["Zahlbar innerhalb von 30 Tagen ohne Abzug.",
               "Diese Rechnung ist eine ZUGFeRD-2.3-Rechnung (Profil EN 16931 / XRechnung); die strukturierten Daten "
               "sind als factur-x.xml eingebettet."],
        qr=qr_payload, qr_caption=["GiroCode", "Betrag und Verwendungszweck sind vorbelegt"],
        creator="Lieferant ERP (proALPHA)", producer="Mustang Project ZUGFeRD 2.15", t=local("DE", 2026, 11, 26, 6, 29),
        embed=[("factur-x.xml", xml, "text/xml", "Factur-X/ZUGFeRD invoice", "Alternative")])
    assert abs(tot2["gross"] - tot["gross"]) < 0.005
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Rechnung RE-2026-12388 vom 26.11.2026 über %s EUR zu Ihrem Auftrag "
            "AB-2026-4471 (Projekt boot Düsseldorf 2027).\n\n"
            "Die Rechnung ist eine E-Rechnung im Format ZUGFeRD 2.3 (EN 16931); die XML-Daten sind in der PDF-Datei "
            "eingebettet.\n\n"
            "Bei Fragen zur Rechnung erreichen Sie unsere Buchhaltung unter +49 521 9876 5410.\n\n"
            "Mit freundlichen Grüßen\nLieferant GmbH - Buchhaltung\n\n"
            "--\nDiese E-Mail wurde automatisch aus unserem ERP-System versendet.\n" % base.fmt_eur(tot["gross"]))
    pdfp = att(m, pdfb, "application/pdf", "RE-2026-12388.pdf", "plain")
    m.root = base.plain_body(m, text, "UTF-8", "8bit", [pdfp], kind="java")
    m.extra = [("X-Mailer", "proALPHA Mail Service")]
    m.system = (infra.postfix, dict(host=L["relay"], ip=L["ip"], client="app", dkim_sel="mail2026",
                                    msgid_host="erp01.lieferant.local"))
    return finish(m, "ERP-generated invoice from the supplier's accounts mailbox: ZUGFeRD 2.3 PDF with embedded "
                     "factur-x.xml and a GiroCode for the supplier's usual Sparkasse account.",
                  "Genuine e-invoice with QR payment code: same relay and account as all earlier invoices, order "
                  "number and customer number match, XML and PDF agree, QR pays the known account.",
                  hard_neg=(["03-de-lookalike-lieferant-rechnung-girocode", "06-de-registerbetrug-offerte-girocode"],
                            "Invoice with GiroCode", "Known supplier domain and account; QR matches the printed IBAN; "
                            "structured XRechnung data embedded"),
                  phones=["+49 521 9876 5410"])


def b04():
    m = mk("04-de-messe-standbauantrag-genehmigt", "business", "de")
    m.t = local("DE", 2026, 11, 5, 14, 2, 51)
    m.from_ = ("MEDICA 2026 - Technischer Ausstellerservice", "medica-service@messe-duesseldorf.de")
    m.to = [C.S("pm")]
    m.rcpt = "florian.zimmermann@example.com"
    m.subject = "MEDICA 2026 – Halle 12 / C41: Standbauantrag 26-12-0841 genehmigt (mit Auflagen)"
    portal = "https://aussteller.messe-duesseldorf.de/standbau/antraege/26-12-0841"
    title = "Standbauantrag 26-12-0841 genehmigt"
    paras = ["Sehr geehrter Herr Zimmermann,",
             "der Standbauantrag für den Stand C41 in Halle 12 (Aussteller: Halcyon Medical Devices Ltd) wurde mit "
             "folgenden Auflagen genehmigt:",
             "• Der statische Nachweis für den Leuchtrahmen (Bauhöhe 4,50 m) ist vor Aufbaubeginn in Papierform am "
             "Stand bereitzuhalten.\n• Die Abnahme der zweigeschossigen Bauweise erfolgt am 14.11.2026 ab 10:00 Uhr "
             "durch die Technische Abteilung.\n• Rigging: 6 Hängepunkte à max. 250 kg sind bestätigt; die Bestellung "
             "im Online Order System ist bis 09.11.2026 abzuschließen.",
             "Den Genehmigungsbescheid und die Auflagen finden Sie im Ausstellerportal unter Standbau > Anträge. "
             "Bitte melden Sie sich wie gewohnt mit Ihrem bestehenden Zugang an; wir versenden keine Links zur "
             "Passworteingabe per E-Mail.",
             "Aufbau: 10.–15.11.2026, 7:00–22:00 Uhr · Abbau: 19.11.2026 ab 18:00 Uhr bis 21.11.2026"]
    footer = ["Messe Düsseldorf GmbH · Messeplatz · 40474 Düsseldorf · Amtsgericht Düsseldorf HRB 63",
              "Technischer Ausstellerservice MEDICA · Telefon +49 211 4560 7700",
              "[Datenschutz](https://www.messe-duesseldorf.de/datenschutz) · [Impressum](https://www.messe-duesseldorf.de/impressum)"]
    html = clients.notif_html("MEDICA 2026", "#00557f", title, paras, ("Zum Ausstellerportal", portal), footer, "de",
                              logo_text="MEDICA 2026 · Messe Düsseldorf")
    text = clients.notif_text(title, paras, ("Zum Ausstellerportal", portal), footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="java")
    m.system = (infra.platform, dict(host="mx-out2.messe-duesseldorf.de", ip="192.0.2.41",
                                     dkim_list=[("messe-duesseldorf.de", "md2026", "From:To:Subject:Date:Message-ID:MIME-Version")],
                                     msgid="%s.%s@oos.messe-duesseldorf.de" % (util.rand_hex(m.r, 12), util.rand_hex(m.r, 6)),
                                     envfrom="bounce-oos@messe-duesseldorf.de", dmarc="pass"))
    return finish(m, "Exhibitor-portal notification from the fair organiser: stand construction application approved "
                     "with conditions (static proof, inspection date, rigging order deadline).",
                  "Genuine trade-portal notification: organiser's own domain and relay with DKIM, no credential "
                  "request, link to the portal the project manager already uses, dates consistent with the fair.",
                  hard_neg=(["04-de-messe-portal-standbau-phishing"], "Trade-fair portal: stand approval",
                            "Organiser domain with DKIM/DMARC pass, portal link without pre-filled address, explicit "
                            "'no password links by mail'"),
                  phones=["+49 211 4560 7700"])


def b05():
    m = mk("05-de-it-mfa-authenticator-qr-intern", "business", "de")
    m.t = local("DE", 2026, 11, 16, 8, 5, 0)
    m.from_ = C.S("sec")
    m.to = [("Alle Mitarbeitenden Düsseldorf", "alle-duesseldorf@example.com")]
    m.rcpt = "birgit.hartmann@example.com"
    m.subject = "Umstellung auf Microsoft Authenticator mit Nummernabgleich bis 30.11. – Anleitung"
    m.hcs = "utf-8"
    infra.exchange_prepare(m, "EXCH02")
    url = "https://aka.ms/mysecurityinfo"
    png = base.qr_png(m, url, scale=4)
    cid = "image001.png@01DB5818.%s" % util.rand_hex(m.r, 8, upper=True)
    paras = ["Liebe Kolleginnen und Kollegen,",
             "bis 30.11.2026 stellen wir die Anmeldung an Microsoft 365 (Teams, SharePoint, Outlook im Browser) für "
             "alle auf die Microsoft-Authenticator-App mit Nummernabgleich um. SMS-Codes funktionieren danach nicht "
             "mehr.",
             "So geht's (ca. 5 Minuten):\n1. Authenticator-App auf dem Diensthandy installieren (Company Portal).\n"
             "2. Am PC [https://aka.ms/mysecurityinfo](https://aka.ms/mysecurityinfo) öffnen – oder den QR-Code unten "
             "mit dem Handy scannen, er führt auf dieselbe Microsoft-Seite.\n3. „Anmeldemethode hinzufügen“ > "
             "Microsoft Authenticator und den Anweisungen folgen.",
             "Bitte prüft nach dem Öffnen, dass in der Adresszeile mysignins.microsoft.com steht. Wir fordern euch nie "
             "per Mail auf, einen Code einzutippen, eine Datei zu öffnen oder ein Passwort zu bestätigen – im Zweifel "
             "Service Desk anrufen (Durchwahl -8850).",
             "Eine bebilderte Anleitung liegt im Intranet unter IT > Anleitungen.",
             "Danke und viele Grüße\nJonas"]
    sig = ["Jonas Wagner", "IT-Sicherheit / Mail-Administration", "Example Group GmbH · T +49 211 5403 8850"]
    html_paras = paras[:3] + ["__QR__"] + paras[3:]
    qr_html = ('<p class="MsoNormal"><img width="136" height="136" style="width:1.4166in;height:1.4166in" '
               'id="Grafik_x0020_1" src="cid:%s" alt="QR-Code aka.ms/mysecurityinfo"><o:p></o:p></p>' % cid)
    text = clients.plain_text(paras, sig, None, "outlook", "de")
    html = clients.outlook_html(html_paras, clients.outlook_sig(sig), None, "de", "utf-8").replace(
        '<p class="MsoNormal">__QR__<o:p></o:p></p>', qr_html)
    alt = clients.alt(text, html, "utf-8", "utf-8", "quoted-printable", "quoted-printable", infra.ms_boundary(m, "000"))
    img = base.inline_img(m, png, "image/png", "image001.png", cid, "outlook")
    m.root = Multipart("related", [alt, img], infra.ms_boundary(m, "005"), params=['type="multipart/alternative"'])
    m.system = (infra.exchange, dict(lang="de-DE", mailbox="EXCH02", client_ip="10.20.40.18"))
    return finish(m, "IT security announcement to all Düsseldorf staff: switch MFA to Microsoft Authenticator with "
                     "number matching by 30.11.; inline QR code that leads to aka.ms/mysecurityinfo.",
                  "Genuine internal MFA campaign with a QR code: internal Exchange route, QR and text link point to "
                  "Microsoft's real page, tells users to check the address and never to type codes from mails.",
                  hard_neg=(["05-de-m365-mfa-quishing-pdf"], "MFA re-registration with QR code",
                            "Internal sender/route, QR target is aka.ms (Microsoft), same URL as text link, no deadline "
                            "lock-out threat"),
                  phones=["+49 211 5403 8850"])


def b06():
    m = mk("06-de-steuerberater-offenlegung-jahresabschluss", "business", "de")
    m.t = local("DE", 2026, 10, 21, 15, 27, 40)
    m.from_ = C.BRANDT["heike"]
    m.to = [C.S("cfo")]
    m.cc = [C.S("acc_de")]
    m.rcpt = "claudia.weber@example.com"
    m.subject = "Offenlegung Jahresabschluss 2025 – Einreichung beim Unternehmensregister erfolgt"
    paras = ["Sehr geehrte Frau Weber,",
             "wir haben den Jahresabschluss 2025 der Example Group GmbH heute fristgerecht zur Offenlegung beim "
             "Unternehmensregister eingereicht. Die Einreichungsbestätigung hängt an.",
             "Die Gebührenrechnung kommt in den nächsten Wochen direkt vom Bundesanzeiger Verlag (Köln); sie liegt "
             "erfahrungsgemäß bei etwa 60–90 EUR.",
             "Da gerade wieder viele „Register“-Schreiben mit GiroCode im Umlauf sind, die sich auf Ihre "
             "Handelsregisternummer beziehen: Solche Schreiben bitte nicht bezahlen, sondern kurz an uns "
             "weiterleiten. Amtliche Kosten entstehen nur beim Registergericht bzw. beim Bundesanzeiger.",
             "Mit freundlichen Grüßen"]
    sig = ["Heike Brandt", "Steuerberaterin", "Brandt & Partner mbB Steuerberatungsgesellschaft",
           "Graf-Adolf-Straße 41 · 40210 Düsseldorf · Tel. +49 211 8628 410"]
    pdfb = docs.letter_pdf(
        m, "Brandt & Partner mbB", ["Steuerberatungsgesellschaft · Graf-Adolf-Straße 41 · 40210 Düsseldorf"],
        ["Example Group GmbH", "Frau Claudia Weber", "Kaiserswerther Straße 181", "40474 Düsseldorf"],
        "Düsseldorf, 21.10.2026", "Einreichungsbestätigung – Offenlegung Jahresabschluss 2025",
        ["Unternehmen: Example Group GmbH, Düsseldorf (Amtsgericht Düsseldorf HRB 87412)",
         "Unterlagen: Bilanz zum 31.12.2025, Anhang (verkürzt gem. § 326 HGB)",
         "Eingereicht über: Publikations-Plattform des Unternehmensregisters am 21.10.2026, 14:58 Uhr",
         "Auftragsnummer der Plattform: 261021-0418-7734",
         "Die Gebühren werden vom Betreiber des Unternehmensregisters gesondert in Rechnung gestellt."],
        closing=["Brandt & Partner mbB"], footer=["Brandt & Partner mbB · Partnerschaftsregister AG Essen PR 3318"],
        creator="DATEV Kanzlei-Rechnungswesen", producer="DATEV PDF", t=local("DE", 2026, 10, 21, 15, 20))
    pdfp = att(m, pdfb, "application/pdf", "Einreichungsbestaetigung_JA2025_Example_Group.pdf", "thunderbird")
    m.root = base.tb_body(m, paras, sig, None, [pdfp], "de", "UTF-8", "8bit")
    m.extra = [("User-Agent", "Mozilla Thunderbird")]
    m.msgid = "%s@brandt-partner-stb.de" % util.uuid4(m.r)
    m.system = (infra.united, dict(brand="ionos", client_ip="87.79.214.30"))
    return finish(m, "Tax adviser confirms filing of the 2025 annual accounts with the company register; the "
                     "official fee invoice will come from the Bundesanzeiger; warns about fake 'register' letters.",
                  "Genuine register-related correspondence: known adviser via her usual IONOS mailbox, no payment "
                  "demand, explains the real fee channel (contrast to attack/06).",
                  hard_neg=(["06-de-registerbetrug-offerte-girocode"], "Company-register fees",
                            "Known adviser, no payment request, explicitly explains which fees are real"),
                  phones=["+49 211 8628 410"])


def b07():
    m = mk("07-de-lohnbuero-verschluesselte-lohnunterlagen", "business", "de")
    m.t = local("DE", 2026, 12, 2, 11, 8, 12)
    m.from_ = C.BRANDT["lohn"]
    m.to = [C.S("hr")]
    m.rcpt = "julia.schaefer@example.com"
    m.subject = "Lohnunterlagen November 2026 - Example Group GmbH (Mandant 41027)"
    pwd = "Nov26-Lj#4418"
    text = ("Guten Tag Frau Schäfer,\n\n"
            "anbei erhalten Sie die Lohnunterlagen für November 2026 (Lohnjournal, Zahlungsliste, Beitragsnachweise "
            "der Krankenkassen) für Mandant 41027.\n\n"
            "Das ZIP-Archiv ist wie vereinbart verschlüsselt. Das Kennwort für diesen Monat haben wir Ihnen soeben "
            "per SMS an Ihre hinterlegte Diensthandynummer geschickt; es wird niemals per E-Mail versendet.\n\n"
            "Bitte beachten Sie: Die Überweisung der Nettolöhne ist für den 27.11. bereits über Ihre Bank "
            "ausgelöst worden; Änderungen von Bankverbindungen der Mitarbeitenden nehmen wir nur über das "
            "unterschriebene Stammdatenblatt entgegen.\n\n"
            "Mit freundlichen Grüßen\n\nAndrea Kowalski\nLohnbuchhaltung\nBrandt & Partner mbB Steuerberatungsgesellschaft\n"
            "Graf-Adolf-Straße 41 · 40210 Düsseldorf · Tel. +49 211 8628 430\n")
    journal = docs.letter_pdf(
        m, "Lohnjournal 11/2026", ["Mandant 41027 · Example Group GmbH · Abrechnungsmonat November 2026"],
        ["Example Group GmbH", "Personalabteilung"], "Düsseldorf, 02.12.2026", "Lohnjournal (Zusammenfassung)",
        ["Beschäftigte: 412 · davon Minijob: 9 · Auszubildende: 14",
         "Bruttolöhne gesamt: 1.684.215,33 EUR · Lohnsteuer: 298.417,80 EUR · SV-Arbeitnehmeranteil: 338.104,21 EUR",
         "Auszahlungsbeträge gesamt: 1.021.377,94 EUR (Zahlungsdatei übermittelt am 25.11.2026)"],
        creator="DATEV LODAS", producer="DATEV PDF", t=local("DE", 2026, 12, 2, 10, 50))
    csv = ("Personalnummer;Name;IBAN-Endung;Betrag\r\n1004;Hoffmann, Markus;...5600;\r\n1022;Weber, Claudia;...8811;\r\n"
           "Summe;;;1021377,94\r\n").encode("utf-8")
    z = containers.make_zip([("Lohnjournal_2026-11_41027.pdf", journal, {"dt": (2026, 12, 2, 10, 51, 0)}),
                             ("Zahlungsliste_2026-11_41027.csv", csv, {"dt": (2026, 12, 2, 10, 51, 0)}),
                             ("Beitragsnachweise_2026-11_41027.pdf", journal, {"dt": (2026, 12, 2, 10, 51, 0)})],
                            password=pwd.encode(), rnd=m.r, made_by=0x0014)
    zp = att(m, z, "application/x-zip-compressed", "Lohnunterlagen_2026-11_41027.zip", "outlook")
    m.msgid = "000001db64a8$%s$%s@brandt-partner-stb.de" % (util.rand_hex(m.r, 8), util.rand_hex(m.r, 8))
    tp = clients.text_part(text, "iso-8859-1", "quoted-printable")
    m.root = Multipart("mixed", [tp, zp], "----=_NextPart_000_0041_01DB64A8.%s" % util.rand_hex(m.r, 8, upper=True))
    m.extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")]
    m.system = (infra.united, dict(brand="ionos", client_ip="87.79.214.30"))
    rec = finish(m, "Payroll bureau sends the November payroll documents as an encrypted ZIP; the password was sent by "
                    "SMS to HR's company phone and is not in the mail.",
                 "Genuine password-protected file with out-of-band password: known payroll provider on its IONOS "
                 "mailbox, agreed procedure, archive holds PDFs/CSV only, no request to change bank data "
                 "(contrast attack/07 and attack/08).",
                 hard_neg=(["07-de-bewerbung-passwort-zip-lnk", "08-de-gehaltskonto-aenderung-gmx"],
                           "Encrypted ZIP / payroll data",
                           "Password delivered by SMS (not in the mail), expected monthly delivery, harmless file "
                           "types inside, bank changes only via signed form"),
                 phones=["+49 211 8628 430"])
    rec["zip_passwords"] = ["Lohnunterlagen_2026-11_41027.zip=" + pwd]
    rec["other"].append("Archive password `%s` was sent by SMS (not contained in the message; used only by the "
                        "build's verification)" % pwd)
    return rec


def b08():
    m = mk("08-de-krankmeldung-privatmail", "business", "de")
    m.t = local("DE", 2026, 11, 23, 6, 48, 30)
    m.from_ = ("Dirk Schulte", "dirk.schulte1971@t-online.de")
    m.to = [C.S("hr")]
    m.cc = [C.S("pm")]
    m.rcpt = "julia.schaefer@example.com"
    m.subject = "Krankmeldung Dirk Schulte ab heute"
    m.hcs = "iso-8859-15"
    m.hmode = "Q"
    text = ("Guten Morgen Julia,\n\n"
            "ich hab mir am Wochenende den Rücken verrissen und gehe heute früh zum Arzt. Die AU kommt wie immer "
            "elektronisch über die Krankenkasse (TK), ich gehe von mindestens der ganzen Woche aus.\n\n"
            "Ich schreibe von privat, weil ich das Diensthandy Freitag in der Werkstatt habe liegen lassen.\n\n"
            "Florian: Die Rahmen für Nordwerk sind bis auf zwei Stück fertig verleimt, Kai weiß Bescheid und macht "
            "die Kanten. Der Schlüssel für Halle 2 liegt im Schrank bei Anja.\n\n"
            "Gruß\nDirk\n")
    m.root = clients.text_part(text, "iso-8859-15", "8bit")
    m.extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")]
    m.system = (infra.tonline, dict())
    return finish(m, "Workshop manager reports sick from his private t-online address (company phone left at work), "
                     "eAU via the health insurer, handover notes for the project manager.",
                  "Genuine colleague writing from private mail: no request for data changes or money, content only "
                  "an insider would know, project manager in copy, normal t-online route.",
                  hard_neg=(["08-de-gehaltskonto-aenderung-gmx"], "Colleague writing from a private address",
                            "Informational only, no bank/payroll change, insider details, colleague in copy"))


MESSAGES = [b01, b02, b03, b04, b05, b06, b07, b08]
