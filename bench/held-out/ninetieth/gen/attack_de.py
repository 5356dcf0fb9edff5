# -*- coding: utf-8 -*-
"""Attack messages 01-08 (German)."""
from msgkit import *  # noqa: F401,F403


@message("attack", 1, "de", "ceo-fraud-projekt-falke",
         "CEO fraud: 'Jürgen Köhler' asks the CFO to prepare a confidential same-day deposit of EUR 486,500 for an acquisition; a lawyer will send the account",
         "CEO display name on the look-alike domain examplegroup-holding.de (Roundcube on a Contabo VPS, not the internal relay); secrecy ('not even Mr Wendt'), urgency, reply only to this address, hand-off to a 'lawyer' - classic BEC opener",
         pair="business 01",
         note="Genuine urgent request comes from the CEO's real mailbox via Exchange and mail-int01, points to an existing SAP purchase order and the supplier master data, no secrecy, no new account")
def a01():
    p = infra.SMTPHost(mua="roundcube", software="postfix-local", host="mail.examplegroup-holding.de",
                       host_ip="167.86.94.211", rdns="vmi2281934.contaboserver.net")
    body_txt = """Guten Morgen Frau Hoffmann,

ich bin heute und morgen in Wien in Gesprächen und nur eingeschränkt
telefonisch erreichbar. Wir stehen kurz vor der Unterzeichnung der Übernahme
eines österreichischen Schädlingsbekämpfers (intern Projekt „Falke“). Die
Transaktion ist wettbewerbsrechtlich sensibel; bis zur offiziellen Mitteilung
darf außer Ihnen und mir niemand davon erfahren – bitte sprechen Sie das Thema
weder intern noch mit Herrn Wendt an.

Die Kanzlei Marlowe Hale LLP (Ansprechpartner Dr. Andreas Weninger) begleitet
die Transaktion und meldet sich heute Vormittag bei Ihnen. Für die
Exklusivitätsvereinbarung ist eine Anzahlung von 486.500,00 EUR auf das
Treuhandkonto der Kanzlei fällig, die heute noch mit Valuta heute rausgehen
muss. Die Kontodaten erhalten Sie direkt von Dr. Weninger.

Können Sie mir kurz bestätigen, dass Sie heute im Büro sind und die Zahlung
freigeben können? Antworten Sie bitte nur auf diese Adresse, mein Outlook
synchronisiert auf dem Tablet gerade nicht.

Danke für Ihre Diskretion.

Beste Grüße
Jürgen Köhler
Geschäftsführer
Example Group GmbH
"""
    body = text(body_txt, "plain", "UTF-8", "quoted-printable", quote=False, flowed=True)
    return make("a01", p, bt(2026, 10, 13, 8, 52, 17), "j.koehler@examplegroup-holding.de",
                S("cfo")[1], ("Jürgen Köhler", "j.koehler@examplegroup-holding.de"), S("cfo"),
                "Vertraulich – Projekt Falke", body, user_ip="185.213.154.69", lang_tag="de",
                hdr_cs="UTF-8", hdr_enc="Q")


@message("attack", 2, "de", "lieferant-bankverbindung-lookalike",
         "Supplier bank-detail change: 'Petra Lang' of Lieferant GmbH asks AP to pay three open invoices (EUR 38,412.60) to a new account; PDF 'confirmation letter'",
         "Sent from the look-alike domain lieferant-gmbh.com (M365 tenant), not lieferant-gmbh.de; signature still shows the .de address; 'old account closed', new IBAN at a Berlin neobank, Cc to a fake s.maier@lieferant-gmbh.com; fabricated quote of an earlier AP mail",
         pair="business 02 (genuine bank change), business 03 (genuine reminder)",
         note="Genuine mails come from lieferant-gmbh.de (its own M365 tenant): the bank change is announced weeks ahead with overlap, a German bank and a request to verify by phone; the reminder is harsh but asks for payment to the account on file")
def a02():
    p = infra.EXO(region="eurprd09", pod="PA4PR09MB",
                  client_host=("EUR03-DBA-obe.outbound.protection.outlook.com",
                               "mail-dbaeur03on2119.outbound.protection.outlook.com", "40.107.104.119"))
    iban = P("mule_de02")
    txt = """Sehr geehrte Frau Schäfer,

vielen Dank für Ihre Rückmeldung.

Wie bereits telefonisch angekündigt, wurde unser Geschäftskonto bei der Kölner Bank im Zuge der Umstellung unseres Zahlungsverkehrs zum 31.10.2026 geschlossen. Zahlungen auf das bisherige Konto werden nicht mehr gutgeschrieben und an Sie zurückgeleitet, was zu Verzögerungen und Mahngebühren führen kann.

Bitte veranlassen Sie die Zahlung der folgenden fälligen Rechnungen daher ausschließlich auf unsere neue Bankverbindung:

RE-2026-4471 vom 28.09.2026     12.836,40 EUR
RE-2026-4502 vom 06.10.2026     17.109,85 EUR
RE-2026-4519 vom 09.10.2026      8.466,35 EUR
Summe                           38.412,60 EUR

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: NTSBDEB1XXX

Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang. Bitte passen Sie die Stammdaten entsprechend an und senden Sie mir nach Ausführung kurz das Zahlungsavis, damit wir die Posten zeitnah ausgleichen können.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung / Debitorenmanagement
Lieferant GmbH
Industriestraße 14 · 51149 Köln
Tel. +49 221 4710 232
p.lang@lieferant-gmbh.de

Von: Monika Schäfer <monika.schaefer@example.com>
Gesendet: Dienstag, 27. Oktober 2026 16:12
An: Petra Lang <p.lang@lieferant-gmbh.de>
Betreff: AW: Offene Posten Oktober

Hallo Frau Lang,

die drei Rechnungen sind für unseren Zahllauf am 30.10. vorgesehen. Sie erhalten wie üblich das Avis.

Viele Grüße
Monika Schäfer
""" % iban
    pdf = pdf_att([("Lieferant GmbH", "h"), "Industriestraße 14, 51149 Köln", "",
                   "Example Group GmbH", "Kreditorenbuchhaltung", "Widdersdorfer Straße 190", "50825 Köln", "",
                   "Köln, 28.10.2026", "",
                   ("Mitteilung über die Änderung unserer Bankverbindung", "b"), "",
                   "Sehr geehrte Damen und Herren,", "",
                   "hiermit teilen wir Ihnen mit, dass Zahlungen an die Lieferant GmbH ab sofort",
                   "ausschließlich auf folgendes Konto zu leisten sind:", "",
                   "Kontoinhaber: Lieferant GmbH", "IBAN: " + iban, "BIC: NTSBDEB1XXX", "",
                   "Das bisherige Konto bei der Kölner Bank eG ist geschlossen.",
                   "Bitte aktualisieren Sie Ihre Stammdaten umgehend.", "",
                   "Mit freundlichen Grüßen", "", "ppa. Frank Lehmann", "Geschäftsführung", "",
                   ("Lieferant GmbH · Amtsgericht Köln HRB 48213 · USt-IdNr. " + VAT["lief"], "s")],
                  "Bankverbindung_Lieferant_GmbH_2026.pdf", title="Bankverbindung",
                  author="Petra Lang", date="D:20261028094100+01'00'")
    body = multipart("mixed", [alt(txt, html_outlook(txt, "iso-8859-1"), "iso-8859-1"), pdf])
    return make("a02", p, bt(2026, 10, 29, 10, 47, 33), "p.lang@lieferant-gmbh.com", S("ap")[1],
                ("Petra Lang", "p.lang@lieferant-gmbh.com"), S("ap"), "AW: Offene Posten Oktober", body,
                cc=[("Stefan Maier", "s.maier@lieferant-gmbh.com")], replies=1, lang_tag="de-DE",
                hdr_cs="iso-8859-1", hdr_enc="Q")


@message("attack", 3, "de", "elster-zertifikat-ablauf",
         "Credential phishing: 'ELSTER' says the company's organisation certificate expires and must be renewed via a link (certificate file + password)",
         "ELSTER display name but sent by PHPMailer from a compromised painter's WordPress on a cPanel host; link to elster.de-zertifikatsverlaengerung.com (subdomain trick); ELSTER never asks for the .pfx and PIN via a mailed link; deadline pressure")
def a03():
    p = infra.SMTPHost(mua="phpmailer", software="exim-local", host="s211.webhostbox.net",
                       host_ip="103.53.40.147", rdns="s211.webhostbox.net", helo="s211.webhostbox.net",
                       msgid_domain="malerbetrieb-krause.de")
    url = "https://elster.de-zertifikatsverlaengerung.com/eportal/login?zert=OrgZert&st=21557812046&ref=ML2610"
    txt = """Sehr geehrte Damen und Herren,

das Organisationszertifikat (Zertifikatsdatei) für das Benutzerkonto der
Example Group GmbH, Steuernummer 215/5781/2046, läuft am 31.10.2026 ab.
Nach Ablauf können Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und
Zusammenfassende Meldungen nicht mehr übermittelt werden; bereits vorbereitete
Übermittlungen werden abgewiesen.

Die Verlängerung ist kostenfrei und dauert etwa zwei Minuten. Melden Sie sich
mit Ihrer bisherigen Zertifikatsdatei und Ihrem Passwort an und bestätigen Sie
die Verlängerung:

Zertifikat jetzt verlängern: %s

Wird die Verlängerung nicht bis zum Ablaufdatum durchgeführt, muss ein neuer
Aktivierungsbrief per Post angefordert werden. Die Zustellung dauert
erfahrungsgemäß bis zu zwei Wochen.

Mit freundlichen Grüßen
Ihr ELSTER-Team
Bayerisches Landesamt für Steuern

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf
diese E-Mail.
""" % url
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>ELSTER</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;color:#222">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1d3a6e;padding:18px 24px;color:#fff;font-size:22px;font-weight:bold">ELSTER <span style="font-weight:normal;font-size:14px">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5">
<p>Sehr geehrte Damen und Herren,</p>
<p>das Organisationszertifikat (Zertifikatsdatei) für das Benutzerkonto der <b>Example Group GmbH</b>, Steuernummer 215/5781/2046, läuft am <b>31.10.2026</b> ab. Nach Ablauf können Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr übermittelt werden; bereits vorbereitete Übermittlungen werden abgewiesen.</p>
<p>Die Verlängerung ist kostenfrei und dauert etwa zwei Minuten. Melden Sie sich mit Ihrer bisherigen Zertifikatsdatei und Ihrem Passwort an und bestätigen Sie die Verlängerung.</p>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#1d3a6e;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Zertifikat jetzt verlängern</a></p>
<p>Wird die Verlängerung nicht bis zum Ablaufdatum durchgeführt, muss ein neuer Aktivierungsbrief per Post angefordert werden. Die Zustellung dauert erfahrungsgemäß bis zu zwei Wochen.</p>
<p>Mit freundlichen Grüßen<br>Ihr ELSTER-Team<br>Bayerisches Landesamt für Steuern</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777;border-top:1px solid #ddd">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></td></tr></table></body></html>
""" % esc(url)
    p._pmb = None
    body = alt(txt, html, "utf-8", "quoted-printable", quote=False)
    return make("a03", p, bt(2026, 10, 20, 7, 3, 41), "wordpress@malerbetrieb-krause.de", S("ar")[1],
                ("ELSTER - Ihr Online-Finanzamt", "wordpress@malerbetrieb-krause.de"), S("ar"),
                "Ihr ELSTER-Zertifikat läuft am 31.10.2026 ab – Verlängerung erforderlich", body,
                reply_to=("ELSTER", "noreply@elster.de-zertifikatsverlaengerung.com"),
                hdr_cs="UTF-8", hdr_enc="B")


@message("attack", 4, "de", "xrechnung-portal-sendgrid",
         "E-invoicing phishing: 'Biozid-Handel Nord' says an XRechnung could not be delivered and must be fetched from a portal with Microsoft 365 single sign-on",
         "Look-alike domain biozid-nord-erechnung.de of the real supplier biozid-nord.de, sent through SendGrid with click-tracking redirect; no invoice attached, 'log in with your M365 account' = credential harvesting; same day as the genuine invoice",
         pair="business 04",
         note="Genuine e-invoice comes from biozid-nord.de's own server with the XRechnung XML and PDF attached and the usual Haspa IBAN; no portal, no login")
def a04():
    p = infra.ESP(kind="sendgrid", esp_domain="shared1.sendgrid.net")
    track = ("https://u4829173.ct.sendgrid.net/ls/click?upn=u001.Gq7bZk2F0vQpX1-2FhNw9aR7sd3kLm0PzYb5"
             "-2FxT8eJcW4nQ6rUa9vZ3yHf1oKd2Lq7sN0gB5mXc8Ji4tR6wE1pY3uO9a")
    txt = """Guten Tag,

für Sie liegt eine neue elektronische Rechnung im Format XRechnung (UBL 2.1) bereit:

Rechnungsnummer: RE-2026-118791
Rechnungsdatum: 03.11.2026
Betrag: 12.316,40 EUR (brutto)
Fällig am: 17.11.2026

Die automatische Zustellung an Ihre hinterlegte Rechnungseingangsadresse ist fehlgeschlagen (Empfangsserver: Anhang abgelehnt). Seit Beginn der E-Rechnungspflicht im B2B-Bereich stellen wir Rechnungen daher zusätzlich in unserem Rechnungsportal bereit.

Rechnung abrufen:
%s

Die Anmeldung erfolgt wie gewohnt mit Ihrem Microsoft-365-Geschäftskonto (Single Sign-on). Das Dokument steht 14 Tage zum Abruf bereit.

Mit freundlichen Grüßen
Biozid-Handel Nord GmbH
Debitorenbuchhaltung
Billwerder Ring 11, 21035 Hamburg
""" % track
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1f1f1f">
<div style="max-width:620px;margin:0 auto;border:1px solid #dcdcdc">
<div style="background:#2e7d32;color:#fff;padding:14px 20px;font-size:18px">Biozid-Handel Nord GmbH &middot; Rechnungsportal</div>
<div style="padding:20px">
<p>Guten Tag,</p>
<p>für Sie liegt eine neue elektronische Rechnung im Format <b>XRechnung (UBL 2.1)</b> bereit:</p>
<table cellpadding="4" style="font-size:14px">
<tr><td>Rechnungsnummer:</td><td><b>RE-2026-118791</b></td></tr>
<tr><td>Rechnungsdatum:</td><td>03.11.2026</td></tr>
<tr><td>Betrag:</td><td>12.316,40 EUR (brutto)</td></tr>
<tr><td>Fällig am:</td><td>17.11.2026</td></tr>
</table>
<p>Die automatische Zustellung an Ihre hinterlegte Rechnungseingangsadresse ist fehlgeschlagen (Empfangsserver: Anhang abgelehnt). Seit Beginn der E-Rechnungspflicht im B2B-Bereich stellen wir Rechnungen daher zusätzlich in unserem Rechnungsportal bereit.</p>
<p style="margin:24px 0"><a href="%s" style="background:#2e7d32;color:#fff;padding:10px 22px;text-decoration:none">Rechnung abrufen</a></p>
<p>Die Anmeldung erfolgt wie gewohnt mit Ihrem Microsoft-365-Gesch&auml;ftskonto (Single Sign-on). Das Dokument steht 14 Tage zum Abruf bereit.</p>
<p>Mit freundlichen Grüßen<br>Biozid-Handel Nord GmbH<br>Debitorenbuchhaltung<br>Billwerder Ring 11, 21035 Hamburg</p>
</div></div>
<img src="https://u4829173.ct.sendgrid.net/wf/open?upn=u001.Hn3kQ9xY2bZ7pL0vR5sT8wC1mF4gJ6aD" alt="" width="1" height="1" border="0" style="height:1px!important;width:1px!important">
</body></html>
""" % esc(track)
    body = alt(txt, html, "utf-8", "quoted-printable", quote=False)
    return make("a04", p, bt(2026, 11, 4, 14, 21, 9), "bounces+3318841-7a2c-monika.schaefer=example.com@em8812.biozid-nord-erechnung.de",
                S("ap")[1], ("Biozid-Handel Nord GmbH | Rechnungsportal", "rechnungsportal@biozid-nord-erechnung.de"),
                S("ap"), "E-Rechnung RE-2026-118791 – Zustellung fehlgeschlagen, bitte im Portal abrufen",
                body, hdr_cs="UTF-8", hdr_enc="B")


@message("attack", 5, "de", "quishing-mfa-neuregistrierung",
         "Quishing: 'Example Group IT-Servicedesk' demands MFA re-registration by scanning an inline QR code, otherwise Outlook/Teams will be locked",
         "Internal IT display name on an external compromised tax-adviser mailbox (IONOS); the only call to action is a QR code (real, decodable) pointing to exg-mfa-registrierung.pages.dev with the victim's address base64-encoded - moves the click to an unmanaged phone; lock-out threat",
         pair="business 05",
         note="Genuine MFA notice comes from the mail admin through the internal relay, sends users to aka.ms/mysecurityinfo on the company PC and states that IT never mails QR codes")
def a05():
    p = infra.SMTPHost(mua="outlook", software="ionos", host="mout.kundenserver.de", host_ip="212.227.126.187",
                       msgid_domain="stb-lindner-partner.de")
    url = "https://exg-mfa-registrierung.pages.dev/auth?u=ZWxpZi55aWxtYXpAZXhhbXBsZS5jb20%3D&tid=7f3c"
    txt = """Aktion erforderlich: Microsoft Authenticator neu registrieren

Hallo Elif Yilmaz,

im Rahmen der Umstellung auf die neue Multi-Faktor-Authentifizierung (Number Matching) müssen alle Konten der Example Group bis zum 14.11.2026 neu registriert werden. Konten, die bis dahin nicht registriert sind, werden aus Sicherheitsgründen für Outlook, Teams und SharePoint gesperrt.

So gehen Sie vor:
1. Öffnen Sie die Kamera Ihres Smartphones.
2. Scannen Sie den QR-Code in dieser Nachricht.
3. Melden Sie sich mit Ihrem Example-Group-Konto an und bestätigen Sie die Anfrage in der Authenticator-App.

Der Code ist 48 Stunden gültig und an Ihr Konto gebunden. Bitte nicht weiterleiten.

Ihr IT-Servicedesk
Example Group GmbH
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #d0d0d0">
<tr><td style="background:#0f6cbd;color:#ffffff;padding:12px 18px;font-size:16pt">Aktion erforderlich: Microsoft Authenticator neu registrieren</td></tr>
<tr><td style="padding:18px">
<p>Hallo Elif Yilmaz,</p>
<p>im Rahmen der Umstellung auf die neue Multi-Faktor-Authentifizierung (Number Matching) müssen alle Konten der Example Group bis zum <b>14.11.2026</b> neu registriert werden. Konten, die bis dahin nicht registriert sind, werden aus Sicherheitsgründen für Outlook, Teams und SharePoint gesperrt.</p>
<p><b>So gehen Sie vor:</b><br>1. Öffnen Sie die Kamera Ihres Smartphones.<br>2. Scannen Sie den folgenden QR-Code.<br>3. Melden Sie sich mit Ihrem Example-Group-Konto an und bestätigen Sie die Anfrage in der Authenticator-App.</p>
<p style="text-align:center"><img src="cid:image001.png@01DD6A1F.3C2B8E40" width="180" height="180" alt="QR"></p>
<p style="font-size:9pt;color:#555">Der Code ist 48 Stunden gültig und an Ihr Konto gebunden. Bitte nicht weiterleiten.</p>
<p>Ihr IT-Servicedesk<br>Example Group GmbH</p>
</td></tr></table></body></html>
"""
    body = multipart("related", [
        alt(txt, html, "windows-1252", "quoted-printable"),
        qr_att(url, "image001.png", inline=True, cid="image001.png@01DD6A1F.3C2B8E40"),
    ], extra_params=[("type", "multipart/alternative", True)])
    return make("a05", p, bt(2026, 11, 11, 7, 38, 55), "kanzlei@stb-lindner-partner.de", S("sales_de")[1],
                ("Example Group IT-Servicedesk", "kanzlei@stb-lindner-partner.de"),
                ("Elif Yilmaz", S("sales_de")[1]),
                "Aktion erforderlich: Ihre MFA-Registrierung läuft am 14.11. ab", body,
                user_ip="102.89.47.13", user_lan="192.168.8.101", lang_tag="de", hdr_cs="windows-1252", hdr_enc="Q")


@message("attack", 6, "de", "gewerbeverzeichnis-offerte",
         "Fake register invoice: 'Zentrales Gewerbe- und Handelsverzeichnis' sends an invoice-like 'entry' for 2027, EUR 1,189 net, PDF with small-print 24-month contract",
         "No existing relation; name imitates official registers; PDF is an offer disguised as an invoice (payment = acceptance of a 2-year contract); payee is a Spanish BBVA account; sent from a fresh domain on an OVH VPS",
         pair="business 06",
         note="Genuine association invoice: known member number, annual fee, unchanged German account, sent by the association from its own domain; it even warns about fake register offers")
def a06():
    p = infra.SMTPHost(mua="outlook", software="postfix", host="mail.zgh-register.de", host_ip="51.91.72.14",
                       rdns="ip-51-91-72-14.eu")
    iban = P("mule_de06")
    txt = """Sehr geehrte Damen und Herren,

zur Aktualisierung Ihres Firmeneintrags im Zentralen Gewerbe- und
Handelsverzeichnis (ZGH) übersenden wir Ihnen anbei die Eintragungsunterlagen
für das Jahr 2027.

Firma:          Example Group GmbH
Anschrift:      Widdersdorfer Straße 190, 50825 Köln
Branche:        Schädlingsbekämpfung / Hygieneservice
Registernummer: ZGH-50825-11873

Bitte prüfen Sie die Angaben auf Richtigkeit. Die Eintragung wird mit Eingang
der Zahlung über 1.189,00 € zzgl. MwSt. veröffentlicht.

Bankverbindung: Banco Bilbao Vizcaya Argentaria
IBAN: %s
BIC: BBVAESMMXXX
Verwendungszweck: ZGH-50825-11873

Mit freundlichen Grüßen

ZGH Verwaltung
Zentrales Gewerbe- und Handelsverzeichnis
Postfach 10 07 41, 10567 Berlin
""" % iban
    pdf = pdf_att([("ZGH - Zentrales Gewerbe- und Handelsverzeichnis", "h"), "",
                   "Example Group GmbH", "Widdersdorfer Straße 190", "50825 Köln", "",
                   ("Eintragungsformular / Rechnung Nr. ZGH-50825-11873", "b"), "Datum: 22.10.2026", "",
                   "Leistung: Eintragung Firmenprofil mit Branchenzuordnung, 12 Monate   1.189,00 EUR",
                   "zzgl. 19 % MwSt.                                                     225,91 EUR",
                   ("Zahlbetrag                                                         1.414,91 EUR", "b"), "",
                   "Zahlbar innerhalb von 8 Tagen ohne Abzug auf:",
                   "Banco Bilbao Vizcaya Argentaria, IBAN " + iban + ", BIC BBVAESMMXXX", "",
                   ("Hinweis: Dieses Schreiben ist ein Angebot. Mit Zahlung des Betrags nehmen Sie das Angebot zur", "s"),
                   ("Eintragung an. Die Vertragslaufzeit beträgt 24 Monate und verlängert sich um weitere 12 Monate,", "s"),
                   ("sofern nicht 3 Monate vor Ablauf schriftlich gekündigt wird. Gerichtsstand Madrid.", "s"),
                   ("Das ZGH ist ein privates Verzeichnis und steht in keiner Verbindung zu Handelsregister oder Gewerbeamt.", "s")],
                  "ZGH-50825-11873.pdf", title="Eintragung", author="ZGH", creator="PDFCreator 5.3.2",
                  producer="PDFCreator 5.3.2", date="D:20261022081200+02'00'")
    body = multipart("mixed", [text(txt, "plain", "iso-8859-15", "8bit"), pdf])
    return make("a06", p, bt(2026, 10, 22, 8, 14, 2), "verwaltung@zgh-register.de", S("ar")[1],
                ("ZGH Verwaltung", "verwaltung@zgh-register.de"), ("Buchhaltung", S("ar")[1]),
                "Eintragung Gewerbe- und Handelsverzeichnis 2027 – Reg.-Nr. ZGH-50825-11873", body,
                user_ip="51.91.72.14", user_rdns="ip-51-91-72-14.eu", user_lan="10.8.0.6",
                hdr_cs="iso-8859-15", hdr_enc="Q")


@message("attack", 7, "de", "callback-norton-abo",
         "Callback phishing (TOAD): 'Norton' confirms a EUR 399.99 annual renewal and gives a phone number for cancellations; PDF invoice with the number",
         "Brand invoice from a random Gmail address, no link at all, only a phone number (+49 30 23125 418) to call - the call leads to a remote-access/refund scam; Example Group has no such subscription")
def a07():
    p = infra.Gmail()
    txt = """Sehr geehrte Kundin, sehr geehrter Kunde,

vielen Dank für Ihre Bestellung. Ihr Jahresabonnement wurde automatisch verlängert.

Bestellnummer: DE-58213977
Produkt: Norton 360 Premium – 10 Geräte, 12 Monate
Betrag: 399,99 EUR (inkl. MwSt.)
Zahlungsart: Lastschrift / hinterlegte Zahlungsmethode
Abbuchung: innerhalb von 24 Stunden

Die Rechnung finden Sie im Anhang.

Falls Sie diese Verlängerung nicht veranlasst haben oder das Abonnement kündigen möchten, wenden Sie sich bitte innerhalb von 24 Stunden an unseren Kundendienst:

+49 30 23125 418 (Mo–Sa 8–20 Uhr)

Nach Ablauf dieser Frist ist eine Erstattung nicht mehr möglich.

Mit freundlichen Grüßen
Ihr Kundenservice – Abrechnung
"""
    pdf = pdf_att([("RECHNUNG", "h"), "Rechnungsnummer: DE-58213977", "Datum: 17.11.2026", "",
                   "Norton 360 Premium - 10 Geräte - 12 Monate        1 x 399,99 EUR",
                   "enthaltene MwSt. 19 %                                    63,86 EUR",
                   ("Gesamtbetrag                                             399,99 EUR", "b"), "",
                   "Zahlungsstatus: Abbuchung in Bearbeitung", "",
                   ("Nicht autorisiert? Kündigung und Erstattung innerhalb von 24 Stunden:", "b"),
                   ("Kundendienst +49 30 23125 418", "h")],
                  "Rechnung_DE-58213977.pdf", title="Rechnung", creator="Microsoft Word",
                  producer="www.ilovepdf.com", date="D:20261117093300+01'00'")
    body = multipart("mixed", [alt(txt, html_gmail(txt), "UTF-8", "base64", quote=True), pdf])
    return make("a07", p, bt(2026, 11, 17, 9, 36, 48), "kundenservice.rechnung.de24@gmail.com", S("assistant")[1],
                ("Kundenservice Abrechnung", "kundenservice.rechnung.de24@gmail.com"), S("assistant"),
                "Zahlungsbestätigung – Bestellung DE-58213977", body)


@message("attack", 8, "de", "gehaltskonto-aenderung-gmx",
         "Payroll diversion: 'Elif Yilmaz' asks payroll from a GMX address to pay her November salary to a new neobank account and to confirm by mail",
         "Employee name on an unknown private freemail address (not the corporate mailbox, not the HR portal); new IBAN at a neobank; excuse for bypassing the portal; timed before the payroll run",
         pair="business 08",
         note="Genuine private-address mail from an employee only reports sick leave (eAU via the doctor) - no bank details, no request to bypass HR processes")
def a08():
    p = infra.GMX(brand="gmx")
    txt = """Hallo Frau Krämer,

ich habe zum 1. November mein Girokonto gewechselt und möchte Sie bitten, mein Gehalt ab der November-Abrechnung auf das neue Konto zu überweisen:

Kontoinhaberin: Elif Yilmaz
IBAN: %s
Bank: N26

Das alte Konto bei der Sparkasse wird Ende des Monats aufgelöst. Ich bin diese Woche fast durchgehend bei Kunden im Außendienst und komme nicht ins HR-Portal – könnten Sie die Änderung bitte direkt übernehmen und mir kurz per Mail bestätigen, dass es für November klappt?

Vielen Dank und viele Grüße
Elif Yilmaz
""" % P("mule_payroll")
    body = text(txt, "plain", "UTF-8", "quoted-printable", quote=False)
    return make("a08", p, bt(2026, 11, 19, 12, 4, 27), "elif.yilmaz85@gmx.de", S("payroll")[1],
                ("Elif Yilmaz", "elif.yilmaz85@gmx.de"), S("payroll"),
                "Änderung Bankverbindung Gehalt", body, user_ip="37.120.201.88", hdr_cs="UTF-8", hdr_enc="B")
