# -*- coding: utf-8 -*-
"""German messages: attacks 01-08, business 01-08."""
import base64
from common import *
import bodies as B
import lib_mime as M

# ---------------------------------------------------------------- attacks --

A(num=1, lang="de", slug="ceo-fraud-notaranderkonto",
  when=(2026, 10, 15, 16, 42, 11), tz="CET",
  frm=("Dr. Matthias Köhler", "matthias.koehler@exarnple.com"), to=[s("cfo")],
  subject="Vertraulich: Projekt Ostkorridor – Anzahlung Notaranderkonto",
  hcs=("UTF-8", "Q"), subj_mixed=True,
  infra=("vps_postfix", dict(host="mail.exarnple.com", rdns="static.34.71.198.88.clients.your-server.de",
                             ip="88.198.71.34", client="roundcube", webclient_ip="185.213.155.74",
                             webhelo="webmail.exarnple.com", zone="UTC")),
  date_zone="CET",
  body=tb("""Liebe Frau Weiß,

wie Sie wissen, prüfen wir seit dem Sommer mehrere Möglichkeiten, unsere Präsenz auf dem Korridor Duisburg–Małaszewicze auszubauen. Gestern Abend haben wir uns mit den Gesellschaftern eines polnischen Wagenvermieters auf die Eckpunkte einer Übernahme geeinigt. Die Transaktion ist für die Gegenseite börsenrelevant und unterliegt bis zur Signing-Mitteilung strikter Vertraulichkeit. Bitte sprechen Sie vorerst mit niemandem im Haus darüber, auch nicht mit Herrn Schäfer oder der Kreditorenbuchhaltung.

Für die Exklusivitätsvereinbarung ist bis morgen, 12:00 Uhr, eine Anzahlung von 487.500,00 EUR auf das Anderkonto des beurkundenden Notars zu leisten. Die Kanzlei Dr. Rehberg & Partner (Frankfurt) begleitet die Transaktion; Herr Dr. Rehberg wird sich heute noch direkt bei Ihnen melden und Ihnen Term Sheet und Treuhandvereinbarung übermitteln.

Kontoinhaber: Notar Dr. Jens Rehberg – Anderkonto
IBAN: %s
BIC: COBADEFFXXX
Verwendungszweck: ANK-2026-1147 Ostkorridor

Bitte führen Sie die Zahlung als Einzelüberweisung außerhalb des regulären Zahllaufs aus und bestätigen Sie mir die Ausführung kurz per E-Mail. Ich sitze bis morgen Nachmittag in Verhandlungen in Warschau und bin telefonisch nicht erreichbar – schreiben Sie mir daher bitte ausschließlich an diese Adresse.

Vielen Dank für Ihre Diskretion.

Beste Grüße
Matthias Köhler

--
Dr. Matthias Köhler
Vorsitzender der Geschäftsführung
Example Group GmbH | Hafenstraße 21 | 47119 Duisburg
""" % C.iban_fmt(BANK["ceo_fake"]), cs="UTF-8", cte="8bit"),
  what="CEO fraud: 'CEO' asks CFO for a confidential EUR 487,500 advance to a notary escrow account for an acquisition",
  why="Look-alike domain exarnple.com ('rn' for 'm') on a Hetzner VPS with Roundcube instead of the internal Exchange relay; secrecy towards AP, deadline, payment outside the payment run, CEO 'unreachable by phone', new payee account; announces a follow-up by a 'lawyer'.",
  pair="business 01")

A(num=2, lang="de", slug="lieferant-bankverbindung-lookalike",
  when=(2026, 10, 20, 10, 7, 40), tz="CET",
  frm=("Petra Lang", "p.lang@lieferant-gmhb.de"),
  to=[s("ap"), ("Rechnungseingang Example Group", "rechnungseingang@example.com")],
  subject="Änderung unserer Bankverbindung – offene Posten Oktober",
  hcs=("Windows-1252", "Q"),
  infra=("exo", dict(srv="FR3P281MB2471", region="DEUP281", obe="DEU01-FR2-obe", mailhost="mail-fr2deu01on2092",
                     ip="40.107.135.92", lang="de-DE")),
  body=outlook("""Sehr geehrter Herr Schäfer,
sehr geehrte Damen und Herren,

im Zuge der Umstellung unseres Zahlungsverkehrs auf einen neuen Finanzdienstleister haben wir unsere Hausbankverbindung geändert. Bitte hinterlegen Sie ab sofort ausschließlich die folgende Bankverbindung in Ihrem Kreditorenstamm:

Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Unsere bisherige Verbindung bei der Kasseler Sparkasse wird zum 31.10.2026 geschlossen; Zahlungseingänge auf dieses Konto können wir nach dem Stichtag leider nicht mehr zuordnen.

Betroffen sind insbesondere die noch offenen Rechnungen:
RE-2026-10418 vom 28.09.2026 über 18.642,50 EUR
RE-2026-10477 vom 05.10.2026 über 7.915,20 EUR

Wir bitten um kurze Bestätigung, sobald die Änderung in Ihrem System hinterlegt ist. Die schriftliche Bestätigung auf Firmenpapier reichen wir mit der nächsten Rechnung nach. Da unsere Telefonanlage im Rahmen der Umstellung bis Ende nächster Woche nur eingeschränkt erreichbar ist, wenden Sie sich bei Rückfragen bitte direkt per E-Mail an mich.

Mit freundlichen Grüßen

Petra Lang
Forderungsmanagement

Lieferant GmbH
Bremsen · Radsätze · Ersatzteile für Güterwagen
Industriestraße 14 · 34123 Kassel
Tel. +49 561 98 27 40-22
www.lieferant-gmbh.de
""" % C.iban_fmt(BANK["lief_fake"]), cs="Windows-1252"),
  what="Supplier bank-detail change: 'Lieferant GmbH' asks AP to switch to a Lithuanian EMI account before paying two open invoices",
  why="Sender domain lieferant-gmhb.de (letters swapped) hosted on a fresh Microsoft 365 tenant instead of the supplier's own server; German supplier suddenly paid via Revolut LT IBAN; pressure via closing date; callback discouraged ('phone system limited'); letter on paper 'to follow'.",
  pair="business 02, business 04")

ELSTER_ATT = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Mein ELSTER – Anmeldung erforderlich</title>
<style>
body{margin:0;font-family:Arial,Helvetica,sans-serif;background:#eef1f4;color:#222}
.top{background:#0b3a67;color:#fff;padding:14px 28px;font-size:20px}
.top b{color:#ffd100}
.box{max-width:460px;margin:40px auto;background:#fff;border:1px solid #c9d2db;padding:28px}
label{display:block;font-size:13px;margin:14px 0 4px}
input{width:100%;padding:8px;border:1px solid #9aa7b4;box-sizing:border-box}
button{margin-top:20px;background:#0b3a67;color:#fff;border:0;padding:10px 22px;font-size:14px}
.small{font-size:11px;color:#667;margin-top:18px}
</style>
</head>
<body>
<div class="top"><b>ELSTER</b> &nbsp;Ihr Online-Finanzamt</div>
<div class="box">
<h2 style="font-size:17px;margin-top:0">Verwaltungsakt USt-VA 2026-08-41172</h2>
<p style="font-size:13px">Das Dokument ist verschlüsselt. Bitte melden Sie sich mit Ihrer Zertifikatsdatei an, um den Bescheid anzuzeigen.</p>
<form method="post" action="https://mein-elster-postfach.de/eportal/login/softpse">
<label>Benutzername / Steuernummer</label><input name="user" type="text">
<label>Passwort der Zertifikatsdatei</label><input name="pin" type="password">
<label>E-Mail-Adresse für die Zustellung</label><input name="mail" type="text">
<button type="submit">Anmelden und Dokument öffnen</button>
</form>
<p class="small">© Bayerisches Landesamt für Steuern &middot; Datenschutz &middot; Impressum</p>
</div>
</body>
</html>
"""

A(num=3, lang="de", slug="elster-bescheid-html-anhang",
  when=(2026, 10, 13, 7, 52, 3), tz="CET",
  frm=("Mein ELSTER", "noreply@physio-am-rathaus-moers.de"), to=[s("cfo")],
  subject="Neuer Verwaltungsakt in Ihrem ELSTER-Postfach – Festsetzung Verspätungszuschlag",
  hcs=("iso-8859-1", "Q"),
  infra=("cpanel_exim", dict(server="web41877.alfahosting-server.de", ip="91.204.46.93", local="physioam",
                             script="/home/physioam/public_html/wp-content/plugins/wp-mail-bank/send.php",
                             client="phpmailer", msgid_domain="physio-am-rathaus-moers.de")),
  date_zone="CET",
  body=mixed(
      alt("""Sehr geehrte Steuerpflichtige, sehr geehrter Steuerpflichtiger,

in Ihrem ELSTER-Postfach ist ein neuer Verwaltungsakt eingegangen:

Art: Festsetzung eines Verspätungszuschlags (§ 152 AO) zur Umsatzsteuer-Voranmeldung 08/2026
Finanzamt: Duisburg-Hamborn
Steuernummer: 134/5712/0388
Aktenzeichen: USt-VA 2026-08-41172
Bereitstellung: 13.10.2026

Aus Datenschutzgründen ist das Dokument verschlüsselt als Anlage beigefügt. Zum Öffnen melden Sie sich bitte mit Ihrer Zertifikatsdatei an. Die Einspruchsfrist beträgt einen Monat; der Verwaltungsakt gilt am vierten Tag nach Bereitstellung zum Abruf als bekannt gegeben (§ 122a AO).

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Ihr ELSTER-Team
Bayerisches Landesamt für Steuern
""", B.card_html("Neuer Verwaltungsakt in Ihrem Postfach", [
          "Sehr geehrte Steuerpflichtige, sehr geehrter Steuerpflichtiger,",
          "in Ihrem ELSTER-Postfach ist ein neuer Verwaltungsakt eingegangen:",
          '<table cellpadding="4" style="font-size:13px;color:#333;margin-bottom:14px">'
          '<tr><td><b>Art</b></td><td>Festsetzung eines Verspätungszuschlags (§ 152 AO) zur USt-VA 08/2026</td></tr>'
          '<tr><td><b>Finanzamt</b></td><td>Duisburg-Hamborn</td></tr><tr><td><b>Steuernummer</b></td><td>134/5712/0388</td></tr>'
          '<tr><td><b>Aktenzeichen</b></td><td>USt-VA 2026-08-41172</td></tr><tr><td><b>Bereitstellung</b></td><td>13.10.2026</td></tr></table>',
          "Aus Datenschutzgründen ist das Dokument verschlüsselt als Anlage beigefügt. Zum Öffnen melden Sie sich bitte mit Ihrer Zertifikatsdatei an. Die Einspruchsfrist beträgt einen Monat; der Verwaltungsakt gilt am vierten Tag nach Bereitstellung zum Abruf als bekannt gegeben (§ 122a AO).",
          "Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail."],
          brand="ELSTER", logo='<span style="color:#ffd100">ELSTER</span> &nbsp;<span style="font-size:14px;font-weight:400">Ihr Online-Finanzamt</span>',
          color="#0b3a67", charset="iso-8859-1", font="Arial,Helvetica,sans-serif",
          footer="Bayerisches Landesamt für Steuern · Dienststelle München · Sophienstraße 6 · 80333 München"),
          cs="iso-8859-1", cte="8bit"),
      att(ELSTER_ATT.encode("utf-8"), "text/html", "ELSTER_Verwaltungsakt_USt-VA_2026-08.html", charset="utf-8", note="credential form posting to mein-elster-postfach.de, no script")),
  what="ELSTER (German tax portal) notice with an HTML attachment that asks for user name and certificate PIN",
  why="Display name 'Mein ELSTER' on a compromised physiotherapy WordPress site (PHPMailer via cPanel/Exim local delivery); ELSTER never mails documents as attachments; HTML file posts credentials to mein-elster-postfach.de.",
  pair=None)

qr_url = "https://login.examplegroup-it.com/mfa/enroll?tenant=examplegroup&u=" + \
    base64.b64encode(b"katrin.vogel@examplegroup.eu").decode().replace("=", "%3D")
qr_att, _ = B.qr_png(qr_url, "mfa-registrierung.png", cid="qr-mfa-7f2c@examplegroup-it.com")
A(num=4, lang="de", slug="m365-mfa-quishing-qr",
  when=(2026, 10, 21, 8, 3, 18), tz="CET",
  frm=("IT-Servicedesk | Example Group", "servicedesk@examplegroup-it.com"), to=[s("sales")],
  subject="Pflichtaktion: Microsoft Authenticator bis 30.10.2026 neu registrieren",
  hcs=("UTF-8", "Q"),
  infra=("esp", dict(esp="sendgrid", bounce_domain="em4012.examplegroup-it.com")),
  body=M.Multi("alternative", [
      T_("""Hallo Katrin Vogel,

im Rahmen der neuen Sicherheitsrichtlinien (Conditional Access) muss jedes Konto die Microsoft-Authenticator-App bis zum 30.10.2026 neu registrieren. Konten ohne erneute Registrierung werden nach Ablauf der Frist für Outlook, Teams und SharePoint gesperrt.

Bitte scannen Sie den QR-Code in dieser E-Mail mit der Kamera Ihres Smartphones (nicht mit dem Arbeits-PC) und folgen Sie den Anweisungen. Der Vorgang dauert etwa zwei Minuten.

Ihr IT-Servicedesk
Example Group GmbH
""", cs="utf-8"),
      related(
          H_(B.card_html("Neuregistrierung Microsoft Authenticator", [
              "Hallo Katrin Vogel,",
              "im Rahmen der neuen Sicherheitsrichtlinien (Conditional Access) muss jedes Konto die Microsoft-Authenticator-App bis zum <b>30.10.2026</b> neu registrieren. Konten ohne erneute Registrierung werden nach Ablauf der Frist für Outlook, Teams und SharePoint gesperrt.".replace("<b>", "").replace("</b>", ""),
              "Bitte scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones (nicht mit dem Arbeits-PC) und folgen Sie den Anweisungen. Der Vorgang dauert etwa zwei Minuten.",
              '<p style="text-align:center;margin:10px 0 20px 0"><img src="cid:qr-mfa-7f2c@examplegroup-it.com" width="198" height="198" alt="QR-Code"></p>',
              "Ihr IT-Servicedesk<br>Example Group GmbH".replace("<br>", "\n")],
              brand="Example Group · IT-Servicedesk", color="#0f4c81", charset="utf-8",
              footer="Diese Nachricht wurde automatisch vom Identity-Management-System versendet."), cs="utf-8"),
          qr_att)]),
  what="Quishing: fake IT notice demanding Microsoft Authenticator re-registration via a QR code (PNG, inline)",
  why="External look-alike domain examplegroup-it.com sent through SendGrid; QR code (real, decodable) leads to login.examplegroup-it.com with the victim's address base64-encoded; explicitly asks to scan with the phone to bypass the corporate web filter; lockout threat.",
  pair="business 05")

zip_a5 = B.zipf("Bewerbung_Lisa_Hartmann.zip", [
    ("Bewerbung_Lisa_Hartmann/Lebenslauf_Lisa_Hartmann.pdf.lnk", b"placeholder - inert stand-in for a malicious shortcut\r\n"),
    ("Bewerbung_Lisa_Hartmann/Zeugnisse_Hartmann.pdf.lnk", b"placeholder - inert stand-in for a malicious shortcut\r\n")],
    password="Hartmann2026", seed=b"a05")
A(num=5, lang="de", slug="bewerbung-passwort-zip",
  when=(2026, 10, 27, 19, 14, 50), tz="CET",
  frm=("Lisa Hartmann", "lisa.hartmann94@gmx.de"), to=[("Personalabteilung", "bewerbung@example.com")],
  subject="Bewerbung als Disponentin Schienengüterverkehr (Ref. 2026-DU-17)",
  hcs=("UTF-8", "Q"),
  infra=("gmx", dict(client_ip="95.90.214.77")),
  body=mixed(T_("""Sehr geehrte Frau Müller,

mit großem Interesse habe ich Ihre Stellenanzeige als Disponentin im Schienengüterverkehr (Ref. 2026-DU-17) gelesen und möchte mich hiermit bei Ihnen bewerben.

Nach meiner Ausbildung zur Kauffrau für Spedition und Logistikdienstleistung war ich sechs Jahre bei einem Operateur im Kombinierten Verkehr in Duisburg tätig, zuletzt in der Disposition von Ganzzügen Richtung Italien und Polen. Die Zusammenarbeit mit Terminals, EVU und Trassenmanagement gehört daher zu meinem Alltag.

Aus Datenschutzgründen habe ich meine Unterlagen (Lebenslauf, Zeugnisse) in einem verschlüsselten Archiv beigefügt. Das Kennwort lautet: Hartmann2026

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Lisa Hartmann
Mobil 0157 3482 1190
""", cs="UTF-8"), zip_a5),
  what="Fake job application to the HR mailbox with a password-protected ZIP",
  why="ZipCrypto archive with the password in the body so the gateway cannot scan it; entries are .pdf.lnk shortcuts disguised as PDFs (classic loader delivery to HR); freemail sender, generic story.",
  pair=None)

A(num=6, lang="de", slug="teams-helpdesk-quickassist-vishing",
  when=(2026, 11, 3, 9, 21, 37), tz="CET",
  frm=("Example Group IT-Servicedesk", "servicedesk@examplegroupit.onmicrosoft.com"), to=[s("ap2")],
  subject="Störung: Spam-Welle auf Ihrem Postfach – Rückruf durch den Servicedesk über Teams",
  hcs=("utf-8", "B"),
  infra=("exo", dict(srv="AS8PR07MB9318", region="eurprd07", obe="EUR05-DB8-obe", mailhost="mail-db8eur05on2113",
                     ip="40.107.20.113", lang="de-DE")),
  body=outlook("""Guten Morgen Frau Brandt,

unser Monitoring meldet, dass Ihr Postfach seit heute früh mit automatisierten Newsletter- und Registrierungs-Mails überflutet wird (derzeit über 1.400 Nachrichten). Es handelt sich um einen bekannten Angriff, der Ihr Postfach blockieren soll. Wir richten für Sie einen individuellen Filter ein.

Ein Kollege des Servicedesks wird Sie dazu in den nächsten 30 Minuten über Microsoft Teams anrufen (angezeigt als „Help Desk“ bzw. „IT Support“). Bitte nehmen Sie den Anruf an und halten Sie die Windows-Schnellhilfe bereit (Tastenkombination Strg + Windows + Q). Unser Kollege nennt Ihnen dann einen Sicherheitscode, damit er die Filterregeln direkt auf Ihrem Rechner einrichten kann.

Bitte wenden Sie sich in dieser Sache nicht an die interne Hotline, diese ist wegen der Störung derzeit überlastet.

Vielen Dank für Ihre Mithilfe.

Mit freundlichen Grüßen
IT-Servicedesk
Example Group GmbH
""", cs="utf-8", lang="DE"),
  what="Help-desk vishing pretext (email bombing follow-up): announces a Teams call from 'IT' and asks the user to open Quick Assist",
  why="Comes from an external onmicrosoft.com tenant, not from the company; remote-access request via Quick Assist on an external Teams call is the known Black Basta/Storm-1811 playbook; tells the user to avoid the real hotline.",
  pair="business 05")

A(num=7, lang="de", slug="trassenportal-zugangsdaten",
  when=(2026, 11, 5, 14, 2, 9), tz="CET",
  frm=("DB InfraGO | Trassenportal", "noreply@trassenportal-infrago.de"), to=[s("track")],
  subject="Fahrplanwechsel 13.12.2026: Bestätigung Ihres Trassenportal-Zugangs erforderlich",
  hcs=("utf-8", "Q"),
  infra=("esp", dict(esp="mailgun", mg_domain="mg.trassenportal-infrago.de")),
  body=alt("""Sehr geehrter Herr Schröder,

zum Fahrplanwechsel am 13.12.2026 stellen wir die Anmeldung im Trassenportal (TPN) auf ein neues Identitätsverfahren mit Zwei-Faktor-Authentifizierung um. Für Ihr Unternehmen (EVU-Kennung 2341) liegen derzeit 14 offene Anmeldungen im Gelegenheitsverkehr vor.

Damit diese Anmeldungen fristgerecht bearbeitet werden können, bestätigen Sie bitte bis zum 11.11.2026 Ihren Zugang:

https://trassenportal-infrago.de/tpn/konto/bestaetigen?evu=2341&ref=DS-88412

Nicht bestätigte Zugänge werden am 12.11.2026 deaktiviert; offene Anmeldungen müssen dann neu gestellt werden.

Mit freundlichen Grüßen
Ihr Team Trassenportal
DB InfraGO AG
""", B.card_html("Bestätigung Ihres Trassenportal-Zugangs", [
      "Sehr geehrter Herr Schröder,",
      "zum Fahrplanwechsel am 13.12.2026 stellen wir die Anmeldung im Trassenportal (TPN) auf ein neues Identitätsverfahren mit Zwei-Faktor-Authentifizierung um. Für Ihr Unternehmen (EVU-Kennung 2341) liegen derzeit 14 offene Anmeldungen im Gelegenheitsverkehr vor.",
      "Damit diese Anmeldungen fristgerecht bearbeitet werden können, bestätigen Sie bitte bis zum 11.11.2026 Ihren Zugang.",
      '<p style="font-size:12px;color:#666">Nicht bestätigte Zugänge werden am 12.11.2026 deaktiviert; offene Anmeldungen müssen dann neu gestellt werden.</p>'],
      button=("Zugang bestätigen", "https://trassenportal-infrago.de/tpn/konto/bestaetigen?evu=2341&ref=DS-88412"),
      brand="DB InfraGO", color="#ec0016", charset="utf-8", font="Arial,Helvetica,sans-serif",
      footer="DB InfraGO AG · Trassenportal · Diese E-Mail wurde automatisch erstellt."), cs="utf-8"),
  what="Credential phishing for the rail infrastructure manager's path-ordering portal, timed to the December timetable change",
  why="Look-alike domain trassenportal-infrago.de sent via Mailgun; asks the track-access planner to 'confirm' his login on that domain; deactivation threat for open path requests; trade-specific lure (EVU code, ad-hoc paths).",
  pair=None)

reg_pdf, _ = B.pdf("ZGHV_Eintragungsofferte_2026-381547.pdf", [
    ("h1", "ZGHV – Zentrales Gewerbe- und Handelsverzeichnis"),
    ("s", "ZGHV Verzeichnisdienste · Postfach 10 22 41 · 10559 Berlin · www.zghv-register.de"),
    ("n", ""),
    ("n", "Example Group GmbH"), ("n", "Hafenstraße 21"), ("n", "47119 Duisburg"),
    ("n", ""),
    ("h2", "Eintragungsofferte / Rechnung Nr. ZGHV-2026-381547"),
    ("n", "Datum: 14.10.2026      Registergericht: Amtsgericht Duisburg      HRB 48211"),
    ("n", ""),
    ("n", "Leistung: Eintragung und Veröffentlichung der Firmendaten im ZGHV-Online-Verzeichnis, Laufzeit 36 Monate, Branche: Eisenbahnverkehrsunternehmen / Güterverkehr"),
    ("n", "Jahresbetrag netto: 973,31 EUR      USt. 19 %: 184,93 EUR      Gesamtbetrag: 1.158,24 EUR"),
    ("b", "Zahlbar bis: 30.10.2026"),
    ("n", "Empfänger: ZGHV Verzeichnisdienste   IBAN: %s   BIC: PBNKDEFFXXX" % C.iban_fmt(BANK["reg_fake"])),
    ("n", "Verwendungszweck: ZGHV-2026-381547 / HRB 48211"),
    ("n", ""),
    ("s", "Hinweis: Bei diesem Schreiben handelt es sich um ein Angebot zur kostenpflichtigen Eintragung in ein privates Verzeichnis. Es besteht keine Verbindung zum amtlichen Handelsregister, zum Unternehmensregister oder zum Bundesanzeiger. Mit der Zahlung des Betrages nehmen Sie dieses Angebot an. Die Laufzeit verlängert sich um jeweils 12 Monate, sofern nicht drei Monate vor Ablauf schriftlich gekündigt wird. Es gelten die AGB unter www.zghv-register.de/agb."),
], meta=dict(title="Eintragungsofferte ZGHV-2026-381547", producer="TCPDF 6.7.5", creator="ZGHV Faktura",
             created="20261014061500+02'00'"))
A(num=8, lang="de", slug="registereintrag-offerte-als-rechnung",
  when=(2026, 10, 14, 6, 18, 55), tz="CET",
  frm=("ZGHV Rechnungsstelle", "rechnung@zghv-register.de"), to=[("", "info@example.com")],
  subject="Rechnung ZGHV-2026-381547 – Eintragung HRB 48211 Amtsgericht Duisburg",
  hcs=("iso-8859-15", "Q"),
  infra=("esp", dict(esp="ses")),
  body=mixed(T_("""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Unterlagen zur Eintragung Ihres Unternehmens

Example Group GmbH
Amtsgericht Duisburg, HRB 48211

Bitte begleichen Sie den Betrag von 1.158,24 EUR bis zum 30.10.2026 unter Angabe der Referenznummer ZGHV-2026-381547.

Mit freundlichen Grüßen
Rechnungsstelle ZGHV
""", cs="iso-8859-15"), reg_pdf),
  what="Fake register 'invoice': offer for a private business directory dressed up as a register fee invoice",
  why="Unknown private directory (Amazon SES bulk sending) copies HRB number and court to look official; the PDF is titled 'Rechnung' and only the small print says it is an offer with a 3-year auto-renewing contract; classic 'Adressbuchschwindel'.",
  pair=None)

# --------------------------------------------------------------- business --

G(num=1, lang="de", slug="ceo-dringende-freigabe-intern",
  when=(2026, 10, 15, 11, 26, 40), tz="CET",
  frm=s("ceo"), to=[s("cfo")], cc=[s("ap"), s("assist")],
  subject="Bitte heute freigeben: Abschlagsrechnung RailPower Leasing (Beleg 5100042817)",
  hcs=("iso-8859-1", "Q"),
  infra=("exch_internal", dict(srv="EXCH01")),
  body=outlook("""Liebe Sabine,

die RailPower Leasing hat uns die Abschlagsrechnung über 212.400,00 EUR für die zwei zusätzlichen Mietloks (Übergabe 02.11. in Duisburg-Ruhrort) geschickt. Die Rechnung liegt seit Montag im Rechnungseingang (SAP-Beleg 5100042817), Frank hat sie sachlich geprüft und gegen den Mietvertrag abgeglichen.

Bitte gib sie heute noch frei, damit sie in den morgigen Zahllauf kommt; RailPower übergibt die Loks erst nach Zahlungseingang, und ohne die beiden Maschinen fehlen uns ab KW 45 die Traktionen für die Verona-Umläufe.

Bankverbindung bitte wie im Kreditorenstamm hinterlegt, es gibt keine Änderung. Jürgen, bitte den Beleg wie üblich mit dem Vier-Augen-Vermerk versehen.

Bei Fragen ruf mich gern an, ich bin bis 16 Uhr im Haus (Durchwahl -100), danach mobil.

Danke und viele Grüße
Matthias

Dr. Matthias Köhler
Vorsitzender der Geschäftsführung
Example Group GmbH | Hafenstraße 21 | 47119 Duisburg
Tel. +49 203 44 871-100
""", cs="iso-8859-1"),
  what="CEO asks the CFO to release an urgent invoice payment today",
  why="Sent through the internal Exchange hop and mail-int01; references an invoice already booked in SAP and checked by procurement, explicitly keeps the stored bank details, keeps AP in copy with the four-eyes rule, invites a phone call.",
  pair="attack 01")

lief_letter, _ = B.pdf("Lieferant_GmbH_Mitteilung_Bankverbindung.pdf", [
    ("h1", "Lieferant GmbH"),
    ("s", "Bremsen · Radsätze · Ersatzteile für Güterwagen · Industriestraße 14 · 34123 Kassel"),
    ("n", ""),
    ("n", "Example Group GmbH"), ("n", "Kreditorenbuchhaltung"), ("n", "Hafenstraße 21"), ("n", "47119 Duisburg"),
    ("n", "\tKassel, 02.11.2026"),
    ("h2", "Mitteilung über die Änderung unserer Bankverbindung"),
    ("n", "Sehr geehrte Damen und Herren,"),
    ("n", "zum 01.12.2026 führen wir unseren Zahlungsverkehr über die Commerzbank AG. Bitte überweisen Sie Rechnungen mit Fälligkeit ab dem 01.12.2026 auf folgendes Konto:"),
    ("b", "Kontoinhaber: Lieferant GmbH     IBAN: %s     BIC: COBADEFFXXX" % C.iban_fmt(BANK["lief_new"])),
    ("n", "Unser bisheriges Konto bei der Kasseler Sparkasse (IBAN %s) bleibt bis zum 31.03.2027 bestehen; Zahlungen dorthin werden weiterhin korrekt verbucht." % C.iban_fmt(BANK["lief_old"])),
    ("n", "Bitte bestätigen Sie die Änderung telefonisch bei Ihrer bekannten Ansprechpartnerin in unserer Buchhaltung (Zentrale 0561 98 27 40-0). Dieses Schreiben erhalten Sie zusätzlich per Post."),
    ("n", ""),
    ("n", "Mit freundlichen Grüßen"),
    ("n", "Lieferant GmbH"),
    ("n", "gez. Wolfgang Lieferant, Geschäftsführer            gez. Petra Lang, Leitung Finanzbuchhaltung"),
    ("s", "Lieferant GmbH · Sitz Kassel · Amtsgericht Kassel HRB 5127 · USt-IdNr. %s · Geschäftsführer: Wolfgang Lieferant" % TAX["lief"]),
], meta=dict(title="Mitteilung Bankverbindung", author="P. Lang", producer="Microsoft: Print To PDF",
             creator="Microsoft Word", created="20261102101200+01'00'"))
import lib_png
LOGO = lib_png.banner(180, 42, (255, 255, 255), None, [(0, 0, 42, 42, (0, 84, 140)), (8, 8, 34, 34, (255, 255, 255)),
                                                      (14, 14, 28, 28, (200, 30, 40)), (50, 12, 176, 18, (0, 84, 140)),
                                                      (50, 24, 150, 29, (120, 120, 120))])
LOGO_CID = "image001.png@01DD4C1E.7A3B2F50"
B02_TEXT = """Sehr geehrte Damen und Herren,
sehr geehrter Herr Schäfer,

anbei erhalten Sie unsere Mitteilung zur Änderung unserer Bankverbindung zum 01.12.2026. Das Schreiben geht Ihnen zusätzlich per Post zu.

Wichtig: Unser bisheriges Konto bei der Kasseler Sparkasse bleibt bis zum 31.03.2027 bestehen. Es besteht also kein Handlungsdruck, Zahlungen dorthin werden weiterhin korrekt verbucht.

Bitte verifizieren Sie die Änderung wie gewohnt telefonisch unter der Ihnen bekannten Rufnummer unserer Buchhaltung (0561 98 27 40-0). Wir teilen Änderungen unserer Bankverbindung niemals ausschließlich per E-Mail mit.

Mit freundlichen Grüßen

i. A. Petra Lang
Leitung Finanzbuchhaltung

Lieferant GmbH
Industriestraße 14 · 34123 Kassel
Tel. +49 561 98 27 40-22 · Fax -99
rechnungen@lieferant-gmbh.de · www.lieferant-gmbh.de
Amtsgericht Kassel HRB 5127 · Geschäftsführer: Wolfgang Lieferant
"""
G(num=2, lang="de", slug="lieferant-neue-bankverbindung-echt",
  when=(2026, 11, 2, 10, 31, 6), tz="CET",
  frm=("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"),
  to=[("Rechnungseingang Example Group", "rechnungseingang@example.com")], cc=[s("ap")],
  subject="Mitteilung: Neue Bankverbindung der Lieferant GmbH ab 01.12.2026",
  hcs=("Windows-1252", "Q"),
  infra=("own_postfix", dict(host="mail.lieferant-gmbh.de", ip="85.214.132.57", client="outlook16",
                             client_ip="217.91.33.102", client_rdns="pd95b2166.dip0.t-ipconnect.de", lang="de")),
  quote_names=True,
  body=mixed(related(alt(B.plain(B02_TEXT), B.outlook_html(B02_TEXT, "DE", "Windows-1252").replace(
      "</div>\n</body>", '<p class="MsoNormal"><img width="180" height="42" id="Grafik_x0020_1" src="cid:%s" alt="Lieferant GmbH"><o:p></o:p></p>\n</div>\n</body>' % LOGO_CID),
      cs="Windows-1252"), att(LOGO, "image/png", "image001.png", disposition="inline", cid=LOGO_CID, note="signature logo")), lief_letter),
  what="Supplier announces a new bank account properly (letter PDF, post, callback)",
  why="From the supplier's real domain and mail server (same infrastructure as its invoices); new account at a German bank in the supplier's name; old account stays valid four months; asks for verification via the known phone number; no pressure.",
  pair="attack 02")

ab_pdf, _ = B.pdf("AB-2026-3318.pdf", [
    ("h1", "Auftragsbestätigung AB-2026-3318"),
    ("s", "Lieferant GmbH · Industriestraße 14 · 34123 Kassel"),
    ("n", "Kunde: Example Group GmbH, Einkauf, Herr Frank Wagner      Ihre Bestellung: 4500187742 vom 16.10.2026"),
    ("n", "Lieferadresse: Example Group GmbH, Werkstatt Duisburg-Ruhrort, Gleis 7"),
    ("n", ""),
    ("b", "Pos  Artikel                                      Menge     EP (EUR)     GP (EUR)"),
    ("m", "10   Radsatz BA 004, neu, 920 mm, Güterwagen          8 St     6.240,00    49.920,00"),
    ("m", "20   Bremsklotzsohle LL (Verbundstoff), 2-teilig    400 St        41,80    16.720,00"),
    ("m", "30   Bremsgestängesteller, Typ 450                   12 St       612,00     7.344,00"),
    ("n", "Summe netto: 73.984,00 EUR   USt. 19 %: 14.056,96 EUR   Gesamt: 88.040,96 EUR"),
    ("n", "Liefertermin: KW 47/2026 (Radsätze), KW 45/2026 (Bremsklotzsohlen, Gestängesteller)"),
    ("n", "Zahlungsbedingungen: 30 Tage netto. Es gelten unsere Allgemeinen Liefer- und Zahlungsbedingungen."),
    ("s", "Lieferant GmbH · Amtsgericht Kassel HRB 5127 · USt-IdNr. %s · Kasseler Sparkasse IBAN %s" % (TAX["lief"], C.iban_fmt(BANK["lief_old"]))),
], meta=dict(title="AB-2026-3318", producer="SAP NetWeaver 7.50", creator="SAPscript", created="20261019093300+02'00'"))
G(num=3, lang="de", slug="lieferant-auftragsbestaetigung",
  when=(2026, 10, 19, 9, 41, 22), tz="CET",
  frm=("Stefan Maier", "s.maier@lieferant-gmbh.de"), to=[s("proc")], cc=[s("fleet")],
  subject="Auftragsbestätigung AB-2026-3318 zu Ihrer Bestellung 4500187742",
  hcs=("ISO-8859-15", "Q"),
  infra=("own_postfix", dict(host="mail.lieferant-gmbh.de", ip="85.214.132.57", client="thunderbird",
                             client_ip="192.168.10.57", lang="de-DE")),
  body=mixed(tb("""Hallo Herr Wagner,

vielen Dank für Ihre Bestellung vom 16.10. Anbei die Auftragsbestätigung AB-2026-3318.

Die Bremsklotzsohlen und Gestängesteller gehen in KW 45 raus. Bei den Radsätzen BA 004 hat uns das Werk KW 47 bestätigt, früher geht es wegen der Wellenlieferung leider nicht. Falls Frau Krämer einzelne Radsätze dringender braucht (z. B. für die Sgnss in der Werkstatt Ruhrort), sagen Sie Bescheid, dann versuche ich eine Teillieferung.

Die Anlieferung erfolgt wie besprochen an Gleis 7, bitte geben Sie mir noch einen Ansprechpartner vor Ort durch.

Viele Grüße
Stefan Maier

--
Stefan Maier
Key Account Management Eisenbahn
Lieferant GmbH | Industriestraße 14 | 34123 Kassel
Tel. +49 561 98 27 40-31 | Mobil +49 171 4428 913
""", cs="ISO-8859-15", cte="8bit"), ab_pdf),
  what="Supplier's order confirmation for wheelsets and brake blocks (PDF)",
  why="Real supplier domain and mail server, Thunderbird from the office LAN, matches a PO number, no payment change, normal business detail.",
  pair=None)

kto_pdf, _ = B.pdf("Kontoauszug_Kd-20418_Stand_11-11-2026.pdf", [
    ("h1", "Kontoauszug Kunde 20418"),
    ("s", "Lieferant GmbH · Forderungsmanagement · Stand 11.11.2026"),
    ("n", "Example Group GmbH, Hafenstraße 21, 47119 Duisburg"),
    ("b", "Beleg            Datum        Fällig       Betrag (EUR)    Mahnstufe"),
    ("m", "RE-2026-10418    28.09.2026   28.10.2026     18.642,50        2"),
    ("m", "RE-2026-10477    05.10.2026   04.11.2026      7.915,20        1"),
    ("n", "Summe überfällig: 26.557,70 EUR"),
    ("n", "Bankverbindung (unverändert): Kasseler Sparkasse, IBAN %s" % C.iban_fmt(BANK["lief_old"])),
], meta=dict(title="Kontoauszug 20418", producer="SAP NetWeaver 7.50", creator="SAPscript", created="20261111083000+01'00'"))
G(num=4, lang="de", slug="lieferant-mahnung-liefersperre",
  when=(2026, 11, 11, 8, 47, 15), tz="CET",
  frm=("Petra Lang", "p.lang@lieferant-gmbh.de"), to=[s("ap")], cc=[s("proc"), ("Stefan Maier", "s.maier@lieferant-gmbh.de")],
  subject="2. Mahnung – Liefersperre ab 20.11.2026 – Kundennr. 20418",
  hcs=("Windows-1252", "Q"),
  infra=("own_postfix", dict(host="mail.lieferant-gmbh.de", ip="85.214.132.57", client="outlook16",
                             client_ip="217.91.33.102", client_rdns="pd95b2166.dip0.t-ipconnect.de", lang="de")),
  quote_names=True,
  body=mixed(outlook("""Sehr geehrter Herr Schäfer,

trotz unserer Zahlungserinnerung vom 29.10.2026 sind die folgenden Rechnungen weiterhin offen:

RE-2026-10418 vom 28.09.2026, fällig 28.10.2026: 18.642,50 EUR
RE-2026-10477 vom 05.10.2026, fällig 04.11.2026: 7.915,20 EUR

Den aktuellen Kontoauszug finden Sie im Anhang. Sollte bis zum 19.11.2026 kein Zahlungseingang auf unserem bekannten Konto bei der Kasseler Sparkasse erfolgen, müssen wir Ihr Kundenkonto ab dem 20.11.2026 sperren. Lieferungen, auch die bestätigte Radsatzlieferung aus AB-2026-3318, erfolgen dann nur noch gegen Vorkasse.

Falls die Zahlung bereits veranlasst wurde oder einzelne Positionen strittig sind, rufen Sie mich bitte kurz an, dann klären wir das.

Mit freundlichen Grüßen

Petra Lang
Leitung Finanzbuchhaltung
Lieferant GmbH · Industriestraße 14 · 34123 Kassel
Tel. +49 561 98 27 40-22
""", cs="Windows-1252", html_cte="base64"), kto_pdf),
  what="Supplier's second dunning letter threatening a supply stop",
  why="Genuine supplier domain and server, matches the supplier's earlier mails; insists on the existing known account (no bank change), invites a phone call; urgency is commercial, not a payment redirect.",
  pair="attack 02")

G(num=5, lang="de", slug="it-sicherheitshinweis-mfa-servicedesk",
  when=(2026, 10, 22, 13, 5, 0), tz="CET",
  frm=s("itsec"), to=[("Alle Mitarbeitenden Deutschland", "alle-de@example.com")],
  rcpt="alle-de@example.com",
  subject="IT-Sicherheit: Authenticator-Umstellung am 02.11. und gefälschte Servicedesk-Anrufe",
  hcs=("utf-8", "B"),
  infra=("exch_internal", dict(srv="EXCH02")),
  body=outlook("""Liebe Kolleginnen und Kollegen,

am Montag, 02.11.2026, stellen wir die Anmeldung mit dem Microsoft Authenticator auf „Number Matching“ um. Für Sie ändert sich nur, dass Sie bei der Anmeldung eine zweistellige Zahl in der App eintippen statt nur auf „Genehmigen“ zu tippen. Eine Neuregistrierung ist nicht nötig.

Bitte beachten Sie:
• Sie erhalten von uns keine E-Mail mit QR-Code zur „Neuregistrierung“. Wer eine solche Nachricht bekommt, meldet sie bitte über den Button „Phishing melden“ in Outlook.
• Der Servicedesk ruft Sie nie über einen externen Teams-Chat an und bittet Sie nie, die Schnellhilfe (Quick Assist) oder AnyDesk zu starten. Interne Anrufe kommen immer von der Durchwahl -555.
• Wenn Ihr Postfach plötzlich mit Newsletter-Anmeldungen überflutet wird, melden Sie sich bitte selbst unter -555. Wir rufen nicht unaufgefordert zurück.

Sicherheitsinformationen verwalten Sie jederzeit selbst unter https://mysignins.microsoft.com/security-info.

Vielen Dank!
Lukas Hoffmann
IT-Sicherheit & Mail-Administration
Example Group GmbH | Tel. +49 203 44 871-512
""", cs="utf-8", lang="DE"),
  what="Internal IT security notice about the Authenticator change and fake help-desk calls",
  why="Internal Exchange and mail-int01 chain, from the real IT security admin to a distribution list; links only to the genuine Microsoft page; tells users not to act on QR mails or Teams help-desk calls.",
  pair="attack 04, attack 06")

G(num=6, lang="de", slug="krankmeldung-privatadresse",
  when=(2026, 10, 20, 7, 12, 44), tz="CET",
  frm=("Dirk Schröder", "dirk.schroeder@gmx.de"), to=[s("hr")], cc=[s("fleet")],
  subject="Krankmeldung – bin bis einschl. Freitag raus",
  hcs=("UTF-8", "B"),
  infra=("gmx", dict(client_ip="84.159.202.14")),
  body=T_("""Hallo Anja,

ich liege seit gestern Abend mit Fieber flach, mein Hausarzt hat mich heute früh bis einschließlich Freitag krankgeschrieben. Die AU ist elektronisch an die Krankenkasse gegangen, ihr könnt sie wie immer abrufen.

Ich schreibe von meiner privaten Adresse, weil mein Laptop und das Diensthandy im Büro liegen.

Birgit, die Anmeldungen für die Sonderzüge KW 44 sind im Portal fertig vorbereitet, müssen nur noch abgeschickt werden. Die Zugangsdaten hast du ja. Bei Rückfragen zu Verona bitte direkt Alessandro fragen.

Viele Grüße
Dirk
""", cs="UTF-8"),
  what="Employee reports sick leave from his private GMX address",
  why="Plausible private-mail use (laptop and phone at the office), no request for money, data or credentials; eAU workflow is the normal German process; colleagues in copy; real GMX infrastructure.",
  pair="attack 09")

wagon = C.uic_wagon("33807841234")
dmg_pdf, _ = B.pdf("Schadensprotokoll_Zug47321_Wagen_%s.pdf" % wagon.replace(" ", "").replace("-", ""), [
    ("h1", "Schadensprotokoll Wareneingang"),
    ("s", "Nordchemie AG · Werk Marl · Logistik Schiene"),
    ("n", "Zug: 47321 (Marl – Verona Q.E.)   Ankunft Rücklauf: 24.10.2026 14:10   Aufnahme: H. Kowalski"),
    ("n", "Wagen: %s (Zacns, Kesselwagen)" % wagon),
    ("b", "Befund"),
    ("n", "Bodenventil Seite A schließt nicht vollständig, Tropfverlust ca. 1 Liter/h festgestellt; Plombe am Domdeckel beschädigt."),
    ("n", "Wagen wurde gesperrt und auf Gleis 12 abgestellt. Fotos liegen im Schadensordner 2026-1024-07 vor."),
    ("b", "Forderung"),
    ("n", "Instandsetzung durch die ECM des Halters, Nachweis der Dichtheitsprüfung vor Wiederbeladung."),
], meta=dict(title="Schadensprotokoll", author="Kowalski, Heinz", producer="Microsoft: Print To PDF",
             creator="Microsoft Excel", created="20261024152000+02'00'"))
G(num=7, lang="de", slug="kunde-reklamation-ganzzug",
  when=(2026, 10, 26, 9, 3, 51), tz="CET",
  frm=("Dr. Heike Brandes", "heike.brandes@nordchemie-ag.de"), to=[s("sales")], cc=[s("fleet")],
  subject="Reklamation: Verspätung Ganzzug 47321 Marl–Verona und undichtes Bodenventil",
  hcs=("iso-8859-1", "Q"),
  infra=("exo", dict(srv="DU2PR10MB7745", region="eurprd10", obe="EUR02-DB5-obe", mailhost="mail-db5eur02on2109",
                     ip="40.107.249.109", lang="de-DE")),
  body=mixed(outlook("""Sehr geehrte Frau Vogel,

der Ganzzug 47321 ist am 21.10. mit über 31 Stunden Verspätung in Verona angekommen. Eine Information von Ihrer Seite haben wir erst auf Nachfrage unserer italienischen Kollegen bekommen. Unser Kunde musste deshalb eine Produktionsschicht umplanen.

Zusätzlich wurde beim Rücklauf am 24.10. an einem Ihrer Kesselwagen ein nicht dicht schließendes Bodenventil festgestellt (Protokoll anbei). Der Wagen ist bei uns gesperrt.

Ich bitte um
1. eine schriftliche Stellungnahme zur Ursache der Verspätung bis Freitag,
2. die Bestätigung, dass der Wagen durch Ihre ECM instand gesetzt wird, und
3. die Klärung der Vertragsstrafe nach § 9 unseres Rahmenvertrags.

Bei einer Wiederholung werden wir die Verteilung der Volumina für 2027 neu bewerten müssen.

Mit freundlichen Grüßen

Dr. Heike Brandes
Leiterin Logistik Schiene
Nordchemie AG | Paul-Baumann-Straße 1 | 45772 Marl
Tel. +49 2365 49-22817
""", cs="iso-8859-1"), dmg_pdf),
  what="Customer complaint about a 31-hour delay and a leaking tank-wagon valve, with damage report",
  why="Real customer tenant (Microsoft 365 of nordchemie-ag.de), factual complaint with a protocol PDF (valid UIC wagon number), no links, no payment or credential request.",
  pair=None)

NL_HTML = B.card_html("VSGV-Newsletter 11/2026", [
    "Liebe Mitglieder und Partner,",
    "<h3 style=\"font-size:16px;margin:10px 0 6px 0;color:#134e2e\">Trassenpreise 2027: Förderung der Trassenentgelte verlängert</h3>",
    "Der Bundestag hat im Haushaltsausschuss die Fortführung der anteiligen Förderung der Trassenentgelte im Schienengüterverkehr beschlossen. Wir erläutern, was das für Ihre Kalkulation 2027 bedeutet.",
    "<h3 style=\"font-size:16px;margin:10px 0 6px 0;color:#134e2e\">Einzelwagenverkehr: neue Förderrichtlinie</h3>",
    "Die Antragsfrist für die Anlagenpreisförderung läuft bis 31.01.2027. Unsere Geschäftsstelle bietet dazu am 03.12. eine Online-Sprechstunde an.",
    "<h3 style=\"font-size:16px;margin:10px 0 6px 0;color:#134e2e\">Termine</h3>",
    "26.11.2026 · Arbeitskreis Wagen & Instandhaltung, Köln\n03.12.2026 · Online-Sprechstunde Förderung\n21.01.2027 · Neujahrsempfang, Berlin",
    "Alle Beiträge lesen: https://www.vsgv.de/newsletter/2026-11"],
    brand="Verband Schienengüterverkehr e.V.", color="#134e2e", charset="utf-8", font="Georgia,serif",
    footer='Verband Schienengüterverkehr e.V. · Reinhardtstraße 18 · 10117 Berlin · Vereinsregister AG Charlottenburg VR 31877<br>'
           'Sie erhalten diesen Newsletter, weil Sie ihn als Mitglied abonniert haben. '
           '<a href="https://r.vsgv.de/mk/un/v2/sh/1t6AVsd2XFnIGKAdc2fjR4Pq-katrin" style="color:#888">Abmelden</a>')
G(num=8, lang="de", slug="verbands-newsletter-brevo",
  when=(2026, 11, 17, 10, 0, 4), tz="CET",
  frm=("Verband Schienengüterverkehr", "newsletter@vsgv.de"), to=[("", "katrin.vogel@examplegroup.eu")],
  subject="VSGV-Newsletter 11/2026: Trassenpreisförderung 2027, Einzelwagenverkehr, Termine",
  hcs=("UTF-8", "B"),
  infra=("esp", dict(esp="brevo", bounce_domain="bounces.vsgv.de")),
  extra_headers=["List-Unsubscribe: <https://r.vsgv.de/mk/un/v2/sh/1t6AVsd2XFnIGKAdc2fjR4Pq-katrin>,\r\n <mailto:unsubscribe@vsgv.de?subject=unsubscribe>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
  body=alt("""VSGV-Newsletter 11/2026

Liebe Mitglieder und Partner,

TRASSENPREISE 2027: FÖRDERUNG DER TRASSENENTGELTE VERLÄNGERT
Der Bundestag hat im Haushaltsausschuss die Fortführung der anteiligen Förderung der Trassenentgelte im Schienengüterverkehr beschlossen. Wir erläutern, was das für Ihre Kalkulation 2027 bedeutet.

EINZELWAGENVERKEHR: NEUE FÖRDERRICHTLINIE
Die Antragsfrist für die Anlagenpreisförderung läuft bis 31.01.2027. Unsere Geschäftsstelle bietet dazu am 03.12. eine Online-Sprechstunde an.

TERMINE
26.11.2026 Arbeitskreis Wagen & Instandhaltung, Köln
03.12.2026 Online-Sprechstunde Förderung
21.01.2027 Neujahrsempfang, Berlin

Alle Beiträge: https://www.vsgv.de/newsletter/2026-11
Abmelden: https://r.vsgv.de/mk/un/v2/sh/1t6AVsd2XFnIGKAdc2fjR4Pq-katrin
""", NL_HTML, cs="utf-8"),
  what="Subscribed industry-association newsletter sent via Brevo",
  why="Bulk ESP with List-Unsubscribe (One-Click), Precedence bulk, consistent association branding and imprint, links only to the association's own domain, no call to log in or pay.",
  pair="ESP-sent attacks (04, 07, 20)")
