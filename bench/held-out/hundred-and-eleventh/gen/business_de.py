"""German genuine business messages (01-08)."""
import banking as B
import company as C
import infra as I
import mime as M
import pdf
import qr
import util as U
from msg import (Msg, alt, hdrs_outlook365, hdrs_outlook_smtp, hdrs_thunderbird,
                 outlook_classic_boundary, outlook_smtp_msgid)

LIEF_HOST = ("mail.lieferant-gmbh.de", "88.99.%d.%d")


def _lieferant_env(r, t):
    return I.postfix_server(r, t, "mail.lieferant-gmbh.de", "88.99.214.37", client_ip="87.139.62.%d" % r.randint(100, 120),
                            client_rdns="p578b3e%02x.dip0.t-ipconnect.de" % r.randint(100, 120), client_helo="[192.168.20.%d]" % r.randint(20, 60))


def b01():
    m = Msg("business", 1, "de", "ceo-urgent-payment-internal")
    r = m.rng
    m.t = I.at(2026, 10, 22, 9, 52, 14, "EU")
    m.env = env = I.internal(r, m.t, "10.20.14.21")
    m.rcpt = "sabine.krueger@example.com"
    m.mailfrom = "matthias.hoefer@example.com"
    cs = "iso-8859-1"
    paras = [
        "Liebe Sabine,",
        "",
        "kurze Bitte mit Zeitdruck: Die Anzahlung an die Lieferant GmbH für die USV-Erweiterung FRA2 (30 % aus Bestellung 4500018823, Anzahlungsrechnung RE-2026-10903 über 176.715,00 EUR brutto) muss heute noch raus, sonst rutscht der Liefertermin der Batterieschränke von KW 49 ins neue Jahr.",
        "",
        "Markus hat Bestellung und Rechnung geprüft und im Workflow freigegeben, meine Freigabe als zweite Unterschrift ist seit 9:40 Uhr drin. Bitte wie immer auf die im Kreditorenstamm hinterlegte Bankverbindung, es gibt keine neuen Kontodaten.",
        "",
        "Wenn etwas unklar ist, ruf mich gern an - ich bin bis 12 Uhr im Haus (Durchwahl -100), danach mobil.",
        "",
        "Danke dir!",
        "Matthias",
    ]
    sig = ["Dr. Matthias Höfer", "Geschäftsführer / CEO", "Example Group GmbH | Hanauer Landstraße 312 | 60314 Frankfurt am Main",
           "Tel. +49 69 945 118-100 | matthias.hoefer@example.com",
           "Sitz Frankfurt am Main, %s | Geschäftsführer: Dr. Matthias Höfer, Sabine Krüger" % C.COMPANY["hrb"]]
    text = M.paras_to_text(paras + [""] + sig)
    html = M.outlook_html(paras, cs, "DE", sig)
    subj = M.hdr_text("Dringend: Anzahlung USV-Erweiterung FRA2 heute ausführen", cs)
    cc = "%s; %s" % (M.addr("Katharina Neumann", "katharina.neumann@example.com"), M.addr("Markus Brandt", "markus.brandt@example.com"))
    cc = cc.replace("; ", ", ")
    m.headers = hdrs_outlook365(env, m.t, M.addr("Höfer, Dr. Matthias", "matthias.hoefer@example.com", cs, quote_always=True),
                                M.addr("Krüger, Sabine", "sabine.krueger@example.com", cs), subj, cc=cc, lang="de-DE", rng=r)
    m.body = alt(text, html, cs, "quoted-printable", "quoted-printable", env.boundary(0))
    m.what = "CEO's genuine urgent request to the CFO to execute an approved down-payment to Lieferant GmbH today"
    m.why = ("Internal mail through mail-int01/Exchange, references a purchase order and an invoice that went through the approval workflow, "
             "explicitly the stored bank details, invites a phone call; urgent but procedurally clean")
    m.hard_neg_of = [1]
    return m


def b02():
    m = Msg("business", 2, "de", "supplier-bank-change-proper-announcement")
    r = m.rng
    m.t = I.at(2026, 11, 17, 14, 5, 38, "EU")
    m.env = env = _lieferant_env(r, m.t)
    m.rcpt = "juergen.weiss@example.com"
    m.mailfrom = "rechnungen@lieferant-gmbh.de"
    cs = "iso-8859-1"
    paras = [
        "Sehr geehrter Herr Weiß,",
        "",
        "wie in unserem Kundenrundschreiben vom Oktober angekündigt, führen wir unseren Zahlungsverkehr ab dem 01.12.2026 über die Deutsche Bank. Das Schreiben unserer Geschäftsführung mit der neuen Bankverbindung finden Sie im Anhang; das unterschriebene Original erhalten Sie zusätzlich per Post.",
        "",
        "Neue Bankverbindung ab 01.12.2026:",
        "Deutsche Bank AG, IBAN %s, BIC DEUTDEFFXXX" % B.fmt_iban(C.L_IBAN_NEW),
        "",
        "Bis einschließlich 30.11.2026 gilt unverändert unser Konto bei der Frankfurter Sparkasse; bereits fällige Rechnungen begleichen Sie bitte wie gewohnt. Beide Konten bleiben bis Ende März 2027 parallel bestehen, Fehlüberweisungen gehen also nicht verloren.",
        "",
        "Bitte verifizieren Sie die Änderung wie üblich telefonisch über die Ihnen bekannte Rufnummer Ihres Ansprechpartners Herrn Maier. Wir werden Sie niemals per E-Mail auffordern, bereits fällige Zahlungen kurzfristig auf ein anderes Konto umzuleiten.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "i. A. Petra Lang",
        "Buchhaltung",
        "",
        "Lieferant GmbH",
        "Industriestraße 14 | 63067 Offenbach am Main",
        "Geschäftsführer: Stefan Maier, Dr. Ralf Unger | HRB 41873 Amtsgericht Offenbach | USt-IdNr. %s" % B.de_ustid("21847605"),
    ]
    text = M.paras_to_text(paras)
    html = M.outlook_html(paras, cs, "DE")
    letter = pdf.make_pdf([
        ("Lieferant GmbH", 16, True), "Industriestraße 14, 63067 Offenbach am Main", "", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Hanauer Landstraße 312", "60314 Frankfurt am Main", "", "Offenbach, 16.11.2026", "",
        ("Änderung unserer Bankverbindung zum 01.12.2026", 12, True), "",
        "Sehr geehrte Damen und Herren,", "",
        "ab dem 01.12.2026 bitten wir Sie, Zahlungen an die Lieferant GmbH auf folgendes Konto zu leisten:", "",
        "Deutsche Bank AG", "IBAN: %s" % B.fmt_iban(C.L_IBAN_NEW), "BIC: DEUTDEFFXXX", "",
        "Bis zum 30.11.2026 bleibt das bisherige Konto (Frankfurter Sparkasse, IBAN %s) gültig." % B.fmt_iban(C.L_IBAN_OLD),
        "Beide Konten werden bis 31.03.2027 parallel geführt.", "",
        "Bitte bestätigen Sie die Änderung telefonisch mit Ihrem bekannten Ansprechpartner.", "", "Mit freundlichen Grüßen", "", "",
        "Stefan Maier                         Dr. Ralf Unger", "Geschäftsführer                      Geschäftsführer",
    ], title="Bankverbindung ab 01.12.2026", author="Lieferant GmbH", creator="Microsoft® Word 2021", producer="Microsoft® Word 2021", date="D:20261116110518+01'00'")
    msgid = outlook_smtp_msgid(r, m.t, "lieferant-gmbh.de")
    h, post = hdrs_outlook_smtp(m.t, M.addr("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de", cs),
                                M.addr("Jürgen Weiß", "juergen.weiss@example.com", cs),
                                M.hdr_text("Änderung unserer Bankverbindung zum 01.12.2026 - Schreiben der Geschäftsführung", cs),
                                msgid, cc="Stefan Maier <s.maier@lieferant-gmbh.de>", rng=r)
    m.headers = h
    m.post_headers = post
    bnd = outlook_classic_boundary(r, m.t)
    m.body = M.multipart("mixed", [
        alt(text, html, cs, "quoted-printable", "quoted-printable", bnd(1)),
        M.attachment(letter, "application/pdf", "Lieferant_GmbH_Bankverbindung_ab_01122026.pdf", describe="PDF letter signed by both managing directors"),
    ], bnd(0))
    m.what = "Lieferant GmbH's genuine, properly announced bank-account change (new account from 1 Dec, old one stays valid, verify by phone)"
    m.why = ("Sent from the supplier's own mail server, prior circular, letter by post as well, long overlap period, no redirection of due invoices, "
             "explicit call-back via known number")
    m.hard_neg_of = [2]
    return m


def b03():
    m = Msg("business", 3, "de", "supplier-invoice-zugferd-xrechnung")
    r = m.rng
    m.t = I.at(2026, 10, 20, 16, 31, 2, "EU")
    m.env = env = I.postfix_server(r, m.t, "mail.lieferant-gmbh.de", "88.99.214.37", client_ip="192.168.20.5",
                                   client_rdns="erp01.lieferant.local", client_helo="ERP01")
    m.rcpt = "rechnungen@example.com"
    m.mailfrom = "rechnungen@lieferant-gmbh.de"
    cs = "iso-8859-15"
    text = M.paras_to_text([
        "Sehr geehrte Damen und Herren,",
        "",
        "anbei erhalten Sie unsere Rechnung RE-2026-10903 vom 20.10.2026 (Anzahlung 30 % zu Ihrer Bestellung 4500018823, USV-Erweiterung FRA2).",
        "",
        "Rechnungsbetrag: 176.715,00 € (netto 148.500,00 €, USt 19 % 28.215,00 €)",
        "Zahlbar bis: 03.11.2026 ohne Abzug",
        "",
        "Die Rechnung liegt als ZUGFeRD-PDF (Profil EN 16931) sowie zusätzlich als XRechnung (UBL) bei.",
        "",
        "Bankverbindung: Frankfurter Sparkasse, IBAN %s, BIC HELADEF1822" % B.fmt_iban(C.L_IBAN_OLD),
        "",
        "Mit freundlichen Grüßen",
        "Ihre Lieferant GmbH - Buchhaltung",
        "",
        "Diese E-Mail wurde automatisch aus unserem ERP-System erstellt.",
    ])
    inv = pdf.make_pdf([
        ("Lieferant GmbH", 16, True), "Industriestraße 14 · 63067 Offenbach am Main · USt-IdNr. %s" % B.de_ustid("21847605"), "", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Hanauer Landstraße 312", "60314 Frankfurt am Main", "", "",
        ("RECHNUNG RE-2026-10903 (Anzahlungsrechnung)", 13, True),
        "Rechnungsdatum: 20.10.2026   Kunden-Nr.: 20417   Ihre Bestellung: 4500018823 vom 12.10.2026", "",
        "Pos  Bezeichnung                                                    Betrag EUR",
        "1    Anzahlung 30 % USV-Erweiterung FRA2 (2 x 500 kVA, Batterieschränke)   148.500,00", "",
        "Nettobetrag                                                          148.500,00",
        "Umsatzsteuer 19 %                                                     28.215,00",
        ("Rechnungsbetrag                                                      176.715,00", 11, True), "",
        "Zahlbar bis 03.11.2026 ohne Abzug.", "Frankfurter Sparkasse · IBAN %s · BIC HELADEF1822" % B.fmt_iban(C.L_IBAN_OLD), "", "",
        ("Lieferant GmbH · Geschäftsführer: Stefan Maier, Dr. Ralf Unger · HRB 41873 AG Offenbach", 8),
    ], title="RE-2026-10903", author="Lieferant GmbH", creator="Sage 100 9.0", producer="Sage 100 9.0 / ZUGFeRD 2.3", date="D:20261020163055+02'00'")
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ubl:Invoice xmlns:ubl=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
           "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\">\n"
           "  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>\n"
           "  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n"
           "  <cbc:ID>RE-2026-10903</cbc:ID>\n  <cbc:IssueDate>2026-10-20</cbc:IssueDate>\n  <cbc:DueDate>2026-11-03</cbc:DueDate>\n"
           "  <cbc:InvoiceTypeCode>386</cbc:InvoiceTypeCode>\n  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n"
           "  <cbc:BuyerReference>4500018823</cbc:BuyerReference>\n"
           "  <cac:AccountingSupplierParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Lieferant GmbH</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>\n"
           "  <cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Example Group GmbH</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>\n"
           "  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n"
           "  <cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID=\"EUR\">148500.00</cbc:TaxExclusiveAmount><cbc:PayableAmount currencyID=\"EUR\">176715.00</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
           "</ubl:Invoice>\n") % C.L_IBAN_OLD
    m.headers = [("From", M.addr("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de")), ("To", "rechnungen@example.com"),
                 ("Subject", "Rechnung RE-2026-10903 - Lieferant GmbH - Kd.-Nr. 20417"), ("Date", I.rfc2822(m.t, "EU")),
                 ("Message-ID", "<ERP01.%s.%s@lieferant-gmbh.de>" % (m.t.strftime("%Y%m%d%H%M%S"), I.rhex(r, 6))),
                 ("MIME-Version", "1.0"), ("X-Mailer", "Sage 100 9.0 (Mail-Dispatcher)")]
    b = I.b_hex(r, 24, "----=_NextPart_Sage_")
    m.body = M.multipart("mixed", [
        M.text_part(text, "plain", cs, "quoted-printable", label="ISO-8859-15"),
        M.attachment(inv, "application/pdf", "RE-2026-10903.pdf", describe="ZUGFeRD-style invoice PDF"),
        M.attachment(xml.encode("utf-8"), "application/xml", "RE-2026-10903_xrechnung.xml", describe="XRechnung UBL XML"),
    ], b(0))
    m.what = "Genuine down-payment invoice from Lieferant GmbH's ERP system (PDF + XRechnung XML), sent directly by the supplier"
    m.why = "Supplier's own server and ERP, matching PO, known (unchanged) bank account, structured XML attached as e-invoicing rules require; no portal, no login"
    m.hard_neg_of = [3]
    return m


def b04():
    m = Msg("business", 4, "de", "colleague-sick-note-private-gmx")
    r = m.rng
    m.t = I.at(2026, 11, 16, 6, 48, 3, "EU")
    m.env = env = I.nemesis(r, m.t, "gmx", client_ip="91.%d.%d.%d" % (r.randint(32, 63), r.randint(0, 255), r.randint(2, 250)))
    env.msgid = "<%s@gmx.de>" % I.ruuid(r)
    m.rcpt = "anja.schroeder@example.com"
    m.mailfrom = "oemer.yilmaz@gmx.de"
    png = qr.simple_png(240, 160, lambda x, y: (250, 250, 245) if not (20 < x < 220 and 20 < y < 40) else (40, 70, 150))
    text = M.paras_to_text([
        "Hallo Anja,",
        "",
        "ich muss mich leider krankmelden, mich hat seit gestern Abend eine Magen-Darm-Geschichte erwischt. Ich war eben bei der Hausärztin, krankgeschrieben bin ich bis einschließlich Mittwoch (18.11.). Die eAU kommt ja über die Krankenkasse bei euch an, ein Foto vom Ausdruck hänge ich trotzdem an.",
        "",
        "Frank hab ich in Kopie gesetzt - die Abuse-Tickets übernimmt heute und morgen Sven, das ist abgesprochen.",
        "",
        "Ich schreibe von privat, weil ich vom Handy nicht ins Firmenpostfach komme.",
        "",
        "Viele Grüße",
        "Ömer",
    ])
    m.headers = hdrs_thunderbird(m.t, M.addr("Ömer Yılmaz", "oemer.yilmaz@gmx.de", "UTF-8"),
                                 M.addr("Anja Schröder", "anja.schroeder@example.com", "UTF-8"), "Krankmeldung bis Mittwoch",
                                 env.msgid, cc=M.addr("Frank Zimmermann", "frank.zimmermann@example.com"), ua="Mozilla Thunderbird")
    m.headers[3] = ("User-Agent", "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Thunderbird/128.4.0")
    b = I.b_thunderbird(r)
    m.body = M.multipart("mixed", [
        M.text_part(text, "plain", "utf-8", "8bit", label="UTF-8", ct_style="plain", flowed=True),
        M.attachment(png, "image/png", "AU_Ausdruck_16-11.png", fname_style="rfc2231", describe="PNG photo placeholder of the sick note"),
    ], b(0))
    m.what = "Colleague (support lead) reports sick from his private GMX address with a photo of the sick note"
    m.why = "Private address but no payment or data change requested, consistent context (eAU, deputy arranged), manager in copy; HR-to-private-mail hard negative of the payroll diversion"
    m.hard_neg_of = [4, 26]
    return m


def b05():
    m = Msg("business", 5, "de", "contractor-final-reminder-service-stop")
    r = m.rng
    m.t = I.at(2026, 11, 19, 10, 14, 29, "EU")
    m.env = env = I.nemesis(r, m.t, "ionos", client_ip="80.%d.%d.%d" % (r.randint(128, 159), r.randint(0, 255), r.randint(2, 250)))
    env.msgid = "<%s@klimatec-rheinmain.de>" % I.ruuid(r)
    m.rcpt = "juergen.weiss@example.com"
    m.mailfrom = "buchhaltung@klimatec-rheinmain.de"
    iban = B.de_iban("50190000", "601234567")
    cs = "ISO-8859-15"
    text = M.paras_to_text([
        "Sehr geehrter Herr Weiß,",
        "",
        "trotz unserer Zahlungserinnerung vom 21.10.2026 und der 2. Mahnung vom 05.11.2026 sind folgende Rechnungen weiterhin offen:",
        "",
        "  RE 26-0714 vom 15.09.2026  Quartalswartung Kaltwassersätze FRA1   14.280,00 €",
        "  RE 26-0788 vom 02.10.2026  Notdienst Einsatz 27.09.2026           3.416,50 €",
        "  Mahngebühren                                                         20,00 €",
        "  Gesamt                                                           17.716,50 €",
        "",
        "Bitte überweisen Sie den Gesamtbetrag bis spätestens 27.11.2026 auf unser bekanntes Konto bei der Frankfurter Volksbank (IBAN %s)." % B.fmt_iban(iban),
        "",
        "Sollte der Betrag bis dahin nicht eingehen, sehen wir uns gezwungen, die Wartungs- und Bereitschaftsleistungen nach Ziffer 9.3 des Wartungsvertrags auszusetzen und die Forderung an unser Inkassobüro abzugeben. Über die Folgen für die Kälteversorgung im Rechenzentrum sind Sie sich sicher im Klaren.",
        "",
        "Sollte sich die Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Bei Rückfragen erreichen Sie mich unter 06181 90 77 12.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "Birgit Hahn",
        "Forderungsmanagement",
        "KlimaTec Rhein-Main GmbH | Otto-Hahn-Straße 8 | 63456 Hanau",
    ])
    doc = pdf.make_pdf([
        ("KlimaTec Rhein-Main GmbH", 15, True), "Otto-Hahn-Straße 8 · 63456 Hanau", "", "",
        "Example Group GmbH", "Hanauer Landstraße 312", "60314 Frankfurt am Main", "", "",
        ("3. MAHNUNG - LETZTE ZAHLUNGSAUFFORDERUNG", 13, True), "Kunden-Nr. 10342   Datum 19.11.2026", "",
        "RE 26-0714   15.09.2026   14.280,00 EUR", "RE 26-0788   02.10.2026    3.416,50 EUR", "Mahngebühren                    20,00 EUR",
        ("Gesamt                        17.716,50 EUR", 11, True), "",
        "Zahlungsziel: 27.11.2026. Danach Aussetzung der Leistungen gem. Ziffer 9.3 Wartungsvertrag und Abgabe an Inkasso.", "",
        "Frankfurter Volksbank · IBAN %s · BIC FFVBDEFFXXX" % B.fmt_iban(iban),
    ], title="3. Mahnung 10342", author="KlimaTec", creator="Lexware buchhaltung pro", producer="Lexware PDF", date="D:20261119100912+01'00'")
    m.headers = hdrs_thunderbird(m.t, M.addr("KlimaTec Rhein-Main - Buchhaltung", "buchhaltung@klimatec-rheinmain.de"),
                                 M.addr("Jürgen Weiß", "juergen.weiss@example.com", cs),
                                 M.hdr_text("3. Mahnung - letzte Zahlungsaufforderung vor Leistungseinstellung - Kd.-Nr. 10342", cs),
                                 env.msgid, cc=M.addr("Uwe Schäfer", "u.schaefer@klimatec-rheinmain.de", cs),
                                 ua="Mozilla Thunderbird", org="KlimaTec Rhein-Main GmbH")
    b = I.b_thunderbird(r)
    m.body = M.multipart("mixed", [
        M.text_part(text, "plain", "iso-8859-15", "8bit", label=cs, ct_style="plain"),
        M.attachment(doc, "application/pdf", "Mahnung_3_Kd10342.pdf", describe="dunning letter PDF"),
    ], b(0))
    m.what = "Genuine third dunning letter from the cooling contractor threatening to suspend maintenance and pass the debt to collection"
    m.why = "Known contractor on its usual IONOS mailbox, invoices and amounts verifiable, same bank account as always, phone number for questions; threatening tone but legitimate"
    return m


def b06():
    m = Msg("business", 6, "de", "microsoft-account-unusual-signin-genuine")
    r = m.rng
    m.t = I.at(2026, 11, 6, 7, 2, 51, "EU")
    m.env = env = I.eop(r, m.t, "microsoft.com", region="namprd11", pod="SN7PR11MB")
    env.ms_trace = env.ms_trace[:2]
    m.rcpt = "lena.vogt@example.com"
    m.mailfrom = "account-security-noreply@accountprotection.microsoft.com"
    paras = [
        "Microsoft-Konto",
        "Ungewöhnliche Anmeldeaktivität",
        "",
        "Es wurde eine ungewöhnliche Anmeldeaktivität für das Microsoft-Konto le*****@example.com festgestellt. Zu Ihrer Sicherheit möchten wir, dass Sie diese überprüfen.",
        "",
        "Anmeldedetails:",
        "Land/Region: Niederlande",
        "IP-Adresse: 185.107.56.%d" % r.randint(2, 250),
        "Datum: 06.11.2026 06:58 (MEZ)",
        "Plattform: Windows",
        "Browser: Firefox",
        "",
        "Wenn Sie das waren, können Sie diese E-Mail ignorieren.",
        "",
        "Falls Sie das nicht waren, wird Ihr Konto möglicherweise kompromittiert. Überprüfen Sie die letzte Aktivität unter https://account.live.com/activity und ändern Sie Ihr Kennwort.",
        "",
        "Sie können auch festlegen, dass Sie hierzu in Zukunft per SMS benachrichtigt werden.",
        "",
        "Danke,",
        "Ihr Microsoft-Kontoteam",
        "",
        "Datenschutzbestimmungen: https://go.microsoft.com/fwlink/?LinkId=521839",
        "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html("<table width=\"100%\" style=\"font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a\"><tr><td style=\"padding:20px\">"
                         "<div style=\"font-size:17px;color:#707070\">Microsoft-Konto</div><div style=\"font-size:41px;color:#2672ec\">Ungewöhnliche Anmeldeaktivität</div>"
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras[3:] if p and "account.live.com" not in p)
                         + "<p>Falls Sie das nicht waren, wird Ihr Konto möglicherweise kompromittiert. <a href=\"https://account.live.com/activity\" style=\"color:#2672ec\">Letzte Aktivität überprüfen</a></p>"
                         + "</td></tr></table>", "utf-8", "Microsoft-Konto")
    m.headers = [("From", "Microsoft-Kontoteam <account-security-noreply@accountprotection.microsoft.com>"),
                 ("To", "lena.vogt@example.com"), ("Subject", M.hdr_text("Ungewöhnliche Anmeldeaktivität beim Microsoft-Konto", "utf-8")),
                 ("Date", I.rfc2822_nopad(m.t, "UTC")), ("Message-ID", env.msgid), ("MIME-Version", "1.0")]
    m.post_headers = env.ms_post
    m.body = alt(text, html, "utf-8", "quoted-printable", "quoted-printable", env.boundary(0), label="utf-8")
    m.what = "Genuine Microsoft account 'unusual sign-in activity' notice for the mail admin's Microsoft account"
    m.why = "From accountprotection.microsoft.com via Microsoft's own Exchange Online infrastructure, links only to account.live.com / go.microsoft.com, no QR, no credential form"
    m.hard_neg_of = [6]
    return m


def b07():
    m = Msg("business", 7, "de", "customer-rfq-reseller-gmx-pdf")
    r = m.rng
    m.t = I.at(2026, 11, 9, 20, 12, 40, "EU")
    m.env = env = I.nemesis(r, m.t, "gmx", client_ip="84.%d.%d.%d" % (r.randint(128, 191), r.randint(0, 255), r.randint(2, 250)))
    env.msgid = "<%s@gmx.de>" % I.ruuid(r)
    m.rcpt = "julia.hartmann@examplegroup.eu"
    m.mailfrom = "heinz.koehler@gmx.de"
    text = M.paras_to_text([
        "Hallo Frau Hartmann,",
        "",
        "wie am Telefon besprochen schicke ich Ihnen meine Anforderungen für den Umzug meiner Kundenprojekte. Aktuell betreue ich 38 Websites (überwiegend WordPress und zwei Shopware-Shops), die ich bis Ende Februar von meinem bisherigen Hoster zu Ihnen bringen möchte.",
        "",
        "Kurz zusammengefasst:",
        "- Reseller-Paket mit mindestens 60 Domains und 200 Postfächern",
        "- 1 Managed-Server für die beiden Shops (8 vCPU, 32 GB RAM, NVMe)",
        "- tägliche Backups mit 30 Tagen Aufbewahrung, Standort Deutschland",
        "- AV-Vertrag nach Art. 28 DSGVO",
        "",
        "Details stehen im angehängten PDF. Über ein Angebot bis Ende November würde ich mich freuen.",
        "",
        "Viele Grüße",
        "Heinz Köhler",
        "",
        "-- ",
        "Heinz Köhler Webdesign",
        "Bergstraße 22, 64625 Bensheim",
        "Tel. 06251 58 47 31",
    ])
    doc = pdf.make_pdf([
        ("Heinz Köhler Webdesign", 15, True), "Anforderungen Hosting-Umzug (Stand 09.11.2026)", "", "",
        "1. Reseller-Hosting: 60 Domains, 200 Postfächer (IMAP, 10 GB), SSL (Let's Encrypt)",
        "2. Managed-Server: 8 vCPU, 32 GB RAM, 2 x 480 GB NVMe RAID1, PHP 8.3, MariaDB 11",
        "3. Backups: täglich, 30 Tage, Standort Deutschland, Restore über Kundenpanel",
        "4. Migration: Unterstützung beim Umzug der DNS-Zonen, geplanter Zeitraum Jan-Feb 2027",
        "5. Vertragliches: AV-Vertrag Art. 28 DSGVO, monatliche Kündbarkeit der Reseller-Pakete", "",
        "Kontakt: Heinz Köhler, heinz.koehler@gmx.de, 06251 58 47 31",
    ], title="Anforderungen Hosting", author="Heinz Köhler", creator="LibreOffice Writer", producer="LibreOffice 24.8", date="D:20261109195533+01'00'")
    m.headers = hdrs_thunderbird(m.t, M.addr("Heinz Köhler", "heinz.koehler@gmx.de", "UTF-8"),
                                 M.addr("Julia Hartmann", "julia.hartmann@examplegroup.eu"),
                                 "Anfrage Reseller-Hosting + Managed-Server, Anforderungen im Anhang", env.msgid)
    b = I.b_thunderbird(r)
    m.body = M.multipart("mixed", [
        M.text_part(text, "plain", "utf-8", "8bit", label="UTF-8", ct_style="plain", flowed=True),
        M.attachment(doc, "application/pdf", "Anforderungen_Hosting_Köhler.pdf", fname_style="rfc2231", describe="requirements PDF"),
    ], b(0))
    m.what = "Genuine request for quotation from a freelance web designer (existing prospect, GMX address) with a PDF of requirements"
    m.why = "Freemail but consistent with a prior phone call, ordinary PDF attachment with text only, no HTML viewer, no instructions to run anything"
    m.hard_neg_of = [7]
    return m


def b08():
    m = Msg("business", 8, "de", "law-firm-takedown-notice-genuine")
    r = m.rng
    m.t = I.at(2026, 11, 2, 14, 37, 19, "EU")
    m.env = env = I.postfix_server(r, m.t, "mail.albrecht-partner-ra.de", "212.227.%d.%d" % (r.randint(30, 40), r.randint(2, 250)),
                                   client_ip="217.%d.%d.%d" % (r.randint(80, 95), r.randint(0, 255), r.randint(2, 250)),
                                   client_helo="[10.10.1.%d]" % r.randint(20, 60))
    m.rcpt = "abuse@example.com"
    m.mailfrom = "j.albrecht@albrecht-partner-ra.de"
    cs = "windows-1252"
    paras = [
        "Sehr geehrte Damen und Herren,",
        "",
        "wir vertreten die Interessen der Nordlicht Verlag GmbH, Hamburg. Über die von Ihnen vergebene IP-Adresse 185.41.22.%d wird unter der Domain ebooks-gratis-oase24.net die vollständige digitale Ausgabe mehrerer Titel unserer Mandantin zum Download angeboten (Nachweise im anliegenden Schreiben, Anlage K1)." % r.randint(2, 250),
        "",
        "Wir bitten Sie als Hostprovider gemäß Art. 16 DSA um Prüfung und Entfernung bzw. Sperrung der konkret bezeichneten Inhalte sowie um Weiterleitung dieses Hinweises an Ihren Kunden. Eine Auskunft über Ihren Kunden verlangen wir an dieser Stelle ausdrücklich nicht.",
        "",
        "Für Rückfragen stehe ich Ihnen gern zur Verfügung, telefonisch unter 069 257 43 80 oder per E-Mail.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "Dr. Jens Albrecht",
        "Rechtsanwalt",
        "",
        "Kanzlei Dr. Albrecht & Partner mbB",
        "Bockenheimer Landstraße 51 | 60325 Frankfurt am Main",
        "www.albrecht-partner-ra.de",
    ]
    text = M.paras_to_text(paras)
    html = M.outlook_html(paras, cs, "DE")
    doc = pdf.make_pdf([
        ("Kanzlei Dr. Albrecht & Partner mbB", 14, True), "Rechtsanwälte · Bockenheimer Landstraße 51 · 60325 Frankfurt am Main", "", "",
        "Example Group GmbH", "- Abuse-Abteilung -", "Hanauer Landstraße 312", "60314 Frankfurt am Main", "", "Frankfurt, 02.11.2026", "Unser Zeichen: 471/26 JA", "",
        ("Hinweis auf rechtswidrige Inhalte gemäß Art. 16 DSA", 12, True), "",
        "Betroffene Inhalte (Anlage K1):", "- /downloads/nordlicht-titel-2026.zip", "- /ebooks/gesamtausgabe-band-1-4.epub", "",
        "Rechteinhaberin: Nordlicht Verlag GmbH, Hamburg (Vollmacht liegt vor).",
        "Wir bitten um Entfernung bzw. Sperrung und um Bestätigung der Bearbeitung.", "", "Mit freundlichen Grüßen", "", "Dr. Jens Albrecht, Rechtsanwalt",
    ], title="Hinweis Art. 16 DSA 471/26", author="Dr. Jens Albrecht", creator="Microsoft® Word 2019", producer="Microsoft® Word 2019", date="D:20261102142611+01'00'")
    msgid = outlook_smtp_msgid(r, m.t, "albrecht-partner-ra.de")
    h, post = hdrs_outlook_smtp(m.t, M.addr("Dr. Jens Albrecht", "j.albrecht@albrecht-partner-ra.de", cs),
                                "abuse@example.com", M.hdr_text("Hinweis nach Art. 16 DSA - rechtsverletzende Inhalte auf 185.41.22.x - Az. 471/26", cs),
                                msgid, rng=r, mailer="Microsoft Outlook 16.0")
    m.headers = h
    m.post_headers = post
    bnd = outlook_classic_boundary(r, m.t)
    m.body = M.multipart("mixed", [
        alt(text, html, cs, "quoted-printable", "quoted-printable", bnd(1)),
        M.attachment(doc, "application/pdf", "Hinweis_Art16_DSA_471-26.pdf", describe="plain PDF letter"),
    ], bnd(0))
    m.what = "Genuine notice-and-takedown letter from a Frankfurt law firm to the abuse desk (DSA Art. 16)"
    m.why = "Law firm's own mail server, concrete URLs, plain unencrypted PDF, no demand for payment or personal data, phone number for questions"
    m.hard_neg_of = [8]
    return m


ALL = [b01, b02, b03, b04, b05, b06, b07, b08]
