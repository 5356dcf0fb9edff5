# -*- coding: utf-8 -*-
"""German attack messages 01-08."""
import base64

from lib.kit import *  # noqa


def m01():
    t = """Guten Morgen Herr Krüger,

sind Sie heute im Büro? Ich brauche kurzfristig Ihre Unterstützung in einer vertraulichen Angelegenheit.

Wir sind in der finalen Phase der Übernahme eines österreichischen Wartungsunternehmens (intern „Projekt Donau“). Der Aufsichtsrat hat gestern Abend zugestimmt, die Ad-hoc-Mitteilung geht aber erst nach dem Signing raus. Bis dahin darf im Haus niemand davon erfahren. Frau Weiß ist eingebunden, sitzt heute aber ganztägig in der Bankenrunde und ist nicht erreichbar.

Für die Exklusivitätsvereinbarung ist heute eine Sicherheitsleistung von 248.500,00 EUR auf das Treuhandkonto der begleitenden Kanzlei fällig. Dr. Albrecht von Albrecht & Partner meldet sich im Laufe des Vormittags per E-Mail bei Ihnen und schickt Ihnen die Unterlagen.

Kontoinhaber: Albrecht Partners Escrow Zrt.
IBAN: %s
BIC: OTPVHUHB
Verwendungszweck: DONAU-SPA-2026/10

Bitte als Einzelüberweisung ausführen, nicht über den Zahllauf, und mir kurz per Mail bestätigen, wenn sie raus ist. Telefonisch bin ich bis zum Nachmittag nicht erreichbar, ich sitze in Wien in den Verhandlungen.

Ich verlasse mich auf Ihre Diskretion.

Beste Grüße
Klaus Böhmer

Von meinem iPhone gesendet""" % fi(C.ACCT["ceofraud_hu"])
    return Msg("attack", 1, "de", "ceo-fraud-lookalike-acquisition",
               frm=("Klaus Böhmer", "klaus.boehmer@example-group.eu"), to=S("ap"),
               subject="Vertraulich – Projekt Donau", when="2026-10-13 08:47:21",
               infra=I.postfix_server("mail.example-group.eu", "62.171.137.48", rdns="vmi2214876.contaboserver.net",
                                      submit_ip="185.213.155.171", mailer="iphone",
                                      label="look-alike domain on Contabo VPS (Postfix), iPhone Mail style"),
               body=Text(t, "plain", "utf-8", "quoted-printable", quote_cs=False),
               techniques=["BEC / CEO fraud", "look-alike domain"],
               what="'CEO' asks AP clerk for a secret EUR 248,500 transfer to a Hungarian 'escrow' account for an acquisition",
               why="From example-group.eu (look-alike of example.com/examplegroup.eu) on a Contabo VPS; secrecy, bypass of payment run and of the CFO, unreachable by phone, foreign escrow account. Classic CEO fraud.",
               pair=1)


def m02():
    old = C.ACCT["lieferant_old"]
    fake = C.ACCT["lieferant_fake"]
    t = """Sehr geehrter Herr Krüger,

im Zuge der Umstellung unseres Zahlungsverkehrs auf das neue Cash-Management unserer Unternehmensgruppe ändert sich zum 15.10.2026 unsere Bankverbindung. Das bisherige Konto bei der Sparkasse KölnBonn wird zum Monatsende aufgelöst; Zahlungseingänge dort können ab sofort nicht mehr zuverlässig zugeordnet werden.

Bitte hinterlegen Sie in Ihren Kreditorenstammdaten die neue Verbindung:

Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang.

Gleichzeitig möchten wir Sie bitten, die beiden in Kürze fälligen Rechnungen bereits auf das neue Konto zu überweisen:

RE-2026-10-4471 vom 01.10.2026 über 38.412,60 EUR
RE-2026-10-4502 vom 05.10.2026 über 12.977,35 EUR

Eine kurze Bestätigung per E-Mail, sobald die Änderung bei Ihnen eingepflegt ist, wäre sehr hilfreich. Telefonisch bin ich diese Woche wegen der Inventur leider nur eingeschränkt erreichbar.

Mit freundlichen Grüßen

Petra Lang
Forderungsmanagement

Lieferant GmbH
Industriestraße 42 | 50735 Köln
Tel. +49 221 9847-214
www.lieferant-gmbh.de""" % fi(fake)
    letter = [("h", "Lieferant GmbH"), ("s", "Industriestraße 42 · 50735 Köln · Tel. +49 221 9847-0 · USt-IdNr. %s" % C.TAX["lieferant"]),
              ("sp", 20), "Example Group AG", "Kreditorenbuchhaltung", "Kaistraße 18", "40221 Düsseldorf", ("sp", 16),
              ("r", "Köln, 12.10.2026"), ("sp", 10),
              ("b", "Mitteilung über die Änderung unserer Bankverbindung"), ("sp", 6),
              "Sehr geehrte Damen und Herren,",
              "im Rahmen der Zentralisierung des Zahlungsverkehrs unserer Unternehmensgruppe wird unser Geschäftskonto zum 15.10.2026 umgestellt. Bitte leisten Sie ab sofort alle Zahlungen ausschließlich auf die folgende Bankverbindung:",
              ("sp", 6), ("row", [(0, "Kontoinhaber:"), (40, "Lieferant GmbH")]), ("row", [(0, "Kreditinstitut:"), (40, "Revolut Bank UAB, Vilnius")]),
              ("row", [(0, "IBAN:"), (40, fi(fake))]), ("row", [(0, "BIC:"), (40, "REVOLT21")]), ("sp", 6),
              "Die bisherige Verbindung (IBAN %s) wird aufgelöst. Zahlungen auf das alte Konto können nicht mehr berücksichtigt werden und gelten nicht als schuldbefreiend." % fi(old),
              "Wir danken Ihnen für Ihr Verständnis und die langjährige, gute Zusammenarbeit.", ("sp", 10),
              "Mit freundlichen Grüßen", ("sp", 18), "Dr. Rainer Hölscher", "Geschäftsführer", ("sp", 30),
              ("s", "Lieferant GmbH · Sitz Köln · Amtsgericht Köln HRB 61734 · Geschäftsführer: Dr. Rainer Hölscher")]
    body = Multi("mixed", [
        alt(t, outlook_html(t, "windows-1252"), "windows-1252", "quoted-printable"),
        pdf_att(letter, "Lieferant_GmbH_Aenderung_Bankverbindung.pdf", title="Änderung Bankverbindung",
                author="p.lang", producer="Microsoft® Word für Microsoft 365", creator="Microsoft® Word für Microsoft 365",
                when=T.berlin("2026-10-12 16:03"))])
    return Msg("attack", 2, "de", "supplier-bank-change-lookalike",
               frm=("Petra Lang", "p.lang@lieferant-gmbh.com"), to=S("ap"),
               subject="Änderung unserer Bankverbindung – offene Posten Oktober", when="2026-10-14 10:12:40",
               infra=I.postfix_server("mail.lieferant-gmbh.com", "65.21.71.148", rdns="static.148.71.21.65.clients.your-server.de",
                                      mailer="outlook", hcs=("windows-1252", "Q"),
                                      label="look-alike domain (.com instead of .de) on Hetzner VPS, Outlook via SMTP"),
               body=body, techniques=["supplier bank-detail change (vendor email compromise)", "look-alike domain", "PDF letter"],
               what="'Lieferant GmbH' announces a new bank account at a Lithuanian neobank and asks to pay two open invoices there",
               why="Sender domain lieferant-gmbh.com is not the supplier's lieferant-gmbh.de; new account abroad at a neobank, old account 'closed', discourages phone verification, pushes immediate payment of real-looking invoices.",
               pair=2)


def m03():
    uid = 38471922
    r = ids_rng("a03")
    click = I.sendgrid_click(r, uid, "")
    t = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Organisationszertifikat (Zertifikatsdatei) für das ELSTER-Benutzerkonto der Example Group AG (Steuernummer 133/5712/0948) läuft am 31.10.2026 ab.

Ohne Verlängerung ist ab dem 01.11.2026 keine Übermittlung von Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassenden Meldungen mehr möglich. Verspätet übermittelte Anmeldungen können einen Verspätungszuschlag nach § 152 AO nach sich ziehen.

Die Verlängerung dauert etwa drei Minuten. Halten Sie dazu Ihre bisherige Zertifikatsdatei (.pfx) und das zugehörige Passwort bereit:

Zertifikat jetzt verlängern:
%s

Sollten Sie die Verlängerung bereits durchgeführt haben, betrachten Sie diese Nachricht als gegenstandslos.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.""" % click
    html = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>ELSTER</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1d1d1b">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="background:#003064;padding:18px 28px;color:#ffffff;font-size:22px;font-weight:bold">ELSTER <span style="font-weight:normal;font-size:14px">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:28px;font-size:14px;line-height:21px">
<p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
<p>das <b>Organisationszertifikat</b> f&uuml;r das ELSTER-Benutzerkonto der <b>Example Group AG</b> (Steuernummer 133/5712/0948) l&auml;uft am <b>31.10.2026</b> ab.</p>
<p>Ohne Verl&auml;ngerung ist ab dem 01.11.2026 keine &Uuml;bermittlung von Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassenden Meldungen mehr m&ouml;glich. Versp&auml;tet &uuml;bermittelte Anmeldungen k&ouml;nnen einen Versp&auml;tungszuschlag nach &sect; 152 AO nach sich ziehen.</p>
<p>Die Verl&auml;ngerung dauert etwa drei Minuten. Halten Sie dazu Ihre bisherige Zertifikatsdatei (.pfx) und das zugeh&ouml;rige Passwort bereit.</p>
<p style="text-align:center;margin:30px 0"><a href="%s" style="background:#e2001a;color:#ffffff;text-decoration:none;padding:12px 28px;font-weight:bold;border-radius:3px">Zertifikat jetzt verl&auml;ngern</a></p>
<p>Sollten Sie die Verl&auml;ngerung bereits durchgef&uuml;hrt haben, betrachten Sie diese Nachricht als gegenstandslos.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr ELSTER-Team</p>
</td></tr>
<tr><td style="padding:16px 28px;background:#f6f6f6;font-size:11px;color:#6b6b6b">Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.<br>ELSTER &ndash; Ein Produkt der Steuerverwaltungen des Bundes und der L&auml;nder</td></tr>
</table></td></tr></table>
<img src="https://u%d.ct.sendgrid.net/wf/open?upn=u001.%s" alt="" width="1" height="1" border="0" style="height:1px!important;width:1px!important">
</body></html>""" % (click, uid, ids_pick(r, 64))
    return Msg("attack", 3, "de", "elster-certificate-expiry-phish",
               frm=("ELSTER - Ihr Online-Finanzamt", "noreply@mein-elster-zertifikat.de"), to=S("cfo"),
               subject="Ihr ELSTER-Zertifikat läuft am 31.10.2026 ab – Verlängerung erforderlich",
               when="2026-10-19 07:31:02",
               infra=I.sendgrid("em4821.mein-elster-zertifikat.de", uid=uid),
               body=alt(t, html, "utf-8", "quoted-printable"),
               techniques=["credential phishing: national tax portal (ELSTER)", "abused bulk ESP (SendGrid click tracking)"],
               what="Fake ELSTER notice: organisation certificate expires, 'renew' via link asking for .pfx file and password",
               why="Domain mein-elster-zertifikat.de is not elster.de; sent via SendGrid with click-tracking redirect hiding the target; ELSTER never asks for the certificate file by link; deadline and penalty pressure.",
               pair=8)


def m04():
    url = "https://m365-auth-verify.com/reg/?tid=ex4mpl3&u=" + base64.b64encode(b"monika.schaefer@example.com").decode().rstrip("=")
    png, q = Q.qr_png(url, scale=5)
    t = """Microsoft 365 – Sicherheitsbenachrichtigung

Hallo Monika Schäfer,

im Rahmen der konzernweiten Umstellung auf die phishingresistente Mehrstufige Authentifizierung muss Ihre Registrierung für monika.schaefer@example.com bis zum 23.10.2026 erneuert werden. Nicht erneuerte Konten werden automatisch gesperrt; der Zugriff auf Outlook, Teams und SharePoint ist dann nicht mehr möglich.

So gehen Sie vor:
1. Öffnen Sie die Kamera-App Ihres Smartphones.
2. Scannen Sie den QR-Code in dieser Nachricht (HTML-Ansicht).
3. Bestätigen Sie Ihr Konto mit Ihrem aktuellen Kennwort und dem Code aus der Authenticator-App.

Der QR-Code ist 48 Stunden gültig.

Mit freundlichen Grüßen
Microsoft 365 Sicherheitsteam
im Auftrag der IT-Abteilung Example Group

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,Arial,sans-serif;font-size:14px;color:#262626;background:#ffffff">
<div style="max-width:560px;margin:0 auto;padding:20px">
<table cellpadding="0" cellspacing="0"><tr>
<td style="width:12px;height:12px;background:#f25022"></td><td style="width:2px"></td><td style="width:12px;height:12px;background:#7fba00"></td><td style="width:10px"></td>
<td rowspan="3" style="font-size:18px;color:#737373;padding-left:6px">Microsoft 365</td></tr>
<tr><td style="height:2px"></td></tr>
<tr><td style="width:12px;height:12px;background:#00a4ef"></td><td></td><td style="width:12px;height:12px;background:#ffb900"></td></tr></table>
<h2 style="font-weight:600;font-size:22px;margin:24px 0 12px">Aktion erforderlich: MFA-Registrierung erneuern</h2>
<p>Hallo Monika Sch&auml;fer,</p>
<p>im Rahmen der konzernweiten Umstellung auf die phishingresistente Mehrstufige Authentifizierung muss Ihre Registrierung f&uuml;r <b>monika.schaefer@example.com</b> bis zum <b>23.10.2026</b> erneuert werden. Nicht erneuerte Konten werden automatisch gesperrt.</p>
<p>Scannen Sie den folgenden Code mit der Kamera Ihres Smartphones:</p>
<p style="text-align:center"><img src="cid:%s" width="205" height="205" alt="QR-Code"></p>
<p style="font-size:12px;color:#737373">Der Code ist 48 Stunden g&uuml;ltig. Bitte scannen Sie ihn nicht mit einem Firmen-PC, sondern mit Ihrem Mobilger&auml;t.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Microsoft 365 Sicherheitsteam<br><span style="color:#737373">im Auftrag der IT-Abteilung Example Group</span></p>
<p style="font-size:11px;color:#a6a6a6;border-top:1px solid #e5e5e5;padding-top:10px">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</div></body></html>"""
    cid = "qr_mfa_1029@m365"
    body = Multi("related", [
        alt(t, html % cid, "utf-8", "base64"),
        Attach(png, "image/png", "mfa_qr.png", disposition="inline", cid=cid)], params='type="multipart/alternative"')
    return Msg("attack", 4, "de", "m365-mfa-quishing-inline-qr",
               frm=("Microsoft 365 Sicherheit", "no-reply@m365-sicherheitscenter.de"), to=S("hr"),
               subject="Aktion erforderlich: MFA-Registrierung für monika.schaefer@example.com läuft ab",
               when="2026-10-21 13:05:44",
               infra=I.ses("eu-west-1"),
               body=body, qr_text=url, techniques=["quishing (QR code, inline PNG)", "Microsoft 365 brand impersonation", "abused bulk ESP (Amazon SES)"],
               what="Fake Microsoft 365 MFA re-registration with a QR code to scan on the phone",
               why="Sender domain m365-sicherheitscenter.de is unrelated to Microsoft or Example Group; QR code (only in the image) points to m365-auth-verify.com with the victim's address encoded; tells user to scan with phone to bypass desktop protection; lockout threat.",
               pair=5)


def m05():
    t = """Hallo Frau Schäfer,

ich habe zum 1. November meine Bank gewechselt. Könnten Sie bitte mein Gehalt ab der Novemberabrechnung auf das neue Konto überweisen?

Kontoinhaber: Frank Neumann
IBAN: %s
Bank: Solaris SE

Das alte Konto bei der Stadtsparkasse wird zum Monatsende geschlossen, daher wäre es wichtig, dass die Änderung noch vor dem Lohnlauf drin ist.

Ich schreibe von meiner privaten Adresse, weil ich diese Woche auf der Baustelle in Duisburg bin und mit dem Handy nicht ins Mitarbeiterportal komme. Ein Formular brauchen Sie hoffentlich nicht? Falls doch, schicken Sie es mir einfach an diese Adresse zurück.

Danke und viele Grüße
Frank Neumann""" % fi(C.ACCT["payroll_fake"])
    return Msg("attack", 5, "de", "payroll-diversion-freemail",
               frm=("Frank Neumann", "frank.neumann.mobil@gmx.de"), to=S("hr"),
               subject="Änderung Bankverbindung Gehalt", when="2026-10-27 19:42:15",
               infra=I.gmx("gmx.de"),
               body=Text(t, "plain", "UTF-8", "quoted-printable", quote_cs=False),
               techniques=["payroll diversion (employee impersonation)", "free-mail account"],
               what="'Employee' asks HR from an unknown GMX address to switch his salary to a neobank account before payroll",
               why="Not the employee's known private address (frank.neumann78@web.de) nor his company mailbox; bypasses the employee portal and any form; neobank account; urgency before payroll run; asks to reply to the free-mail address.",
               pair=4)


def m06():
    fake = C.ACCT["register_sk"]
    t = """Sehr geehrte Damen und Herren,

zur Aktualisierung des Eintrags Ihres Unternehmens im Zentralregister für Gewerbe und Handel übersenden wir Ihnen anbei die Erfassungsbestätigung für

Example Group AG
Kaistraße 18, 40221 Düsseldorf
Amtsgericht Düsseldorf, HRB 48213

Bitte prüfen Sie die erfassten Angaben und begleichen Sie den ausgewiesenen Betrag innerhalb von 8 Tagen, damit die Veröffentlichung fristgerecht erfolgen kann. Die Zahlung gilt zugleich als Bestätigung der Richtigkeit Ihrer Daten.

Bei Rückfragen stehen wir Ihnen per E-Mail gerne zur Verfügung.

Mit freundlichen Grüßen

Zentralregister für Gewerbe und Handel
- Abteilung Erfassung -"""
    letter = [("h", "ZRGH Zentralregister für Gewerbe und Handel"), ("s", "Erfassung · Veröffentlichung · Aktualisierung von Unternehmensdaten"), ("sp", 14),
              "Example Group AG", "Kaistraße 18", "40221 Düsseldorf", ("sp", 12),
              ("r", "Aktenzeichen: ZR-48213-26"), ("r", "Datum: 02.11.2026"), ("sp", 8),
              ("b", "Erfassungsbestätigung / Zahlungsaufforderung"), ("sp", 4),
              ("row", [(0, "Registergericht:"), (45, "Amtsgericht Düsseldorf")]),
              ("row", [(0, "Registernummer:"), (45, "HRB 48213")]),
              ("row", [(0, "Firma:"), (45, "Example Group AG")]),
              ("row", [(0, "Gegenstand:"), (45, "Installation und Wartung von Aufzugs- und Fahrtreppenanlagen")]), ("sp", 8),
              ("row", [(0, "Leistung"), (120, "Betrag")], True), ("hr",),
              ("row", [(0, "Erfassung und Veröffentlichung im ZRGH, Laufzeit 12 Monate"), (120, "915,13 EUR")]),
              ("row", [(0, "zzgl. 19 % USt."), (120, "173,87 EUR")]),
              ("row", [(0, "Gesamtbetrag"), (120, "1.089,00 EUR")], True), ("sp", 8),
              "Zahlbar innerhalb von 8 Tagen ohne Abzug an:",
              ("row", [(0, "Empfänger:"), (45, "ZRGH Services s.r.o.")]),
              ("row", [(0, "IBAN:"), (45, fi(fake))]),
              ("row", [(0, "BIC:"), (45, "TATRSKBX")]),
              ("row", [(0, "Verwendungszweck:"), (45, "ZR-48213-26")]), ("sp", 30),
              ("s", "Hinweis: Das ZRGH ist ein privates Verzeichnis und steht in keiner Verbindung zum Handelsregister oder zum Unternehmensregister. Dieses Schreiben ist ein Angebot zur kostenpflichtigen Eintragung. Mit Zahlung des Gesamtbetrags kommt ein Vertrag mit einer Laufzeit von 36 Monaten zustande, der sich jeweils um 12 Monate verlängert, sofern er nicht 3 Monate vor Ablauf schriftlich gekündigt wird. Es gelten unsere AGB."),
              ("s", "ZRGH Services s.r.o. · Bratislava · USt-IdNr. %s" % C.TAX["register_fake"])]
    body = Multi("mixed", [
        Text(t, "plain", "iso-8859-1", "quoted-printable"),
        pdf_att(letter, "ZRGH_Erfassungsbestaetigung_HRB48213.pdf", title="Erfassungsbestätigung", producer="dompdf 2.0.4 + CPDF",
                when=T.berlin("2026-11-02 06:10"))])
    return Msg("attack", 6, "de", "fake-register-invoice",
               frm=("Zentralregister für Gewerbe und Handel", "erfassung@zrgh-register.de"), to=S("assist"),
               subject="Example Group AG – HRB 48213 – Erfassungsbestätigung / Zahlungsaufforderung",
               when="2026-11-02 09:14:51", infra=I.mailgun("mg.zrgh-register.de"), body=body,
               hcs=("utf-8", "Q"),
               techniques=["fake directory / register invoice", "abused bulk ESP (Mailgun)"],
               what="Official-looking 'register' payment demand for EUR 1,089 with a PDF; small print reveals a 3-year subscription offer",
               why="Private 'register' mimicking the Handelsregister; 'payment confirms your data' while the small print makes payment accept a 36-month contract; Slovak account; no prior business relationship. Classic directory-invoice fraud.",
               pair=None)


def m07():
    act = "https://pruefstelle-rhein-zues.de/onedrive/auth/login.php"
    page = D.login_page("OneDrive – Dokument geschützt", "Microsoft OneDrive", "Geschütztes Dokument",
                        "Prüfbericht_FA-2291_Maengelliste.pdf wurde für stefanie.gross@example.com freigegeben. Bitte bestätigen Sie Ihre Identität, um das Dokument anzuzeigen.",
                        "stefanie.gross@example.com", act, "Dokument anzeigen", user_label="E-Mail-Adresse",
                        pw_label="Kennwort", footer="© Microsoft 2026 · Datenschutz & Cookies · Nutzungsbedingungen",
                        hidden=[("doc", "PB-2026-10-12-FA2291"), ("src", "mail")])
    t = """Sehr geehrte Frau Groß,

bei der wiederkehrenden Prüfung der Aufzugsanlage Fabrik-Nr. FA-2291 (Kö-Bogen II, Aufzug 3) am 12.10.2026 wurden sicherheitserhebliche Mängel festgestellt (u. a. Fangvorrichtung und Notrufsystem). Bis zur Beseitigung ist die Anlage gemäß BetrSichV nur eingeschränkt zu betreiben.

Den vollständigen Prüfbericht mit Mängelliste erhalten Sie im Anhang. Aus Datenschutzgründen ist das Dokument geschützt; bitte öffnen Sie es mit Ihrem Firmenkonto.

Wir bitten um Rückmeldung zur Mängelbeseitigung bis zum 23.10.2026, andernfalls müssen wir die zuständige Behörde informieren.

Mit freundlichen Grüßen

i. A. Dipl.-Ing. Holger Brandt
Prüfstelle Rhein ZÜS GmbH"""
    body = Multi("mixed", [
        Text(t, "plain", "iso-8859-1", "quoted-printable", quote_cs=False),
        Attach(page.encode("utf-8"), "text/html", "Pruefbericht_FA-2291_Maengelliste.html", text_charset="UTF-8")])
    return Msg("attack", 7, "de", "zues-inspection-report-html-attachment",
               frm=("Prüfstelle Rhein ZÜS - Prüfberichte", "berichte@pruefstelle-rhein-zues.de"), to=S("service"),
               subject="Prüfbericht Aufzugsanlage FA-2291 – sicherheitserhebliche Mängel", when="2026-10-15 11:26:09",
               infra=I.postfix_server("mail.pruefstelle-rhein-zues.de", "51.68.143.27", rdns="vps-3c8a1f42.vps.ovh.net",
                                      mailer="roundcube", label="look-alike domain on OVH VPS, Roundcube"),
               body=body, techniques=["trade-specific lure (lift inspection body / ZÜS)", "HTML attachment credential phishing", "look-alike domain"],
               what="Fake ZÜS inspection report 'with serious defects'; the attachment is an HTML OneDrive login page",
               why="Look-alike of pruefstelle-rhein.de; the 'report' is an HTML file with a password form posting to the attacker's server with the victim's address prefilled; urgency and authority threat.",
               pair=6)


def m08():
    hist = """________________________________
Von: Maier, Stefan <s.maier@lieferant-gmbh.de>
Gesendet: Montag, 12. Oktober 2026 16:48
An: Köhler, Markus <markus.koehler@example.com>
Cc: Groß, Stefanie <stefanie.gross@example.com>
Betreff: AW: Angebot 2026-0877 – Treibscheiben und Tragseile Projekt Kö-Bogen II

Hallo Herr Köhler,

danke für die Bestellung. Die Auftragsbestätigung mit den finalen Lieferterminen bekommen Sie bis Ende der Woche, wir warten noch auf die Rückmeldung aus der Fertigung zu den Treibscheiben (Rillenprofil wie besprochen).

Beste Grüße
Stefan Maier

________________________________
Von: Köhler, Markus <markus.koehler@example.com>
Gesendet: Freitag, 9. Oktober 2026 14:22
An: Maier, Stefan <s.maier@lieferant-gmbh.de>
Betreff: Angebot 2026-0877 – Treibscheiben und Tragseile Projekt Kö-Bogen II

Hallo Herr Maier,

anbei unsere Bestellung 4500187731 zu Ihrem Angebot 2026-0877 (3 Treibscheiben, 18 Tragseile 8 mm, Montagematerial). Bitte bestätigen Sie uns die Liefertermine; Baustellenbeginn ist KW 47.

Viele Grüße
Markus Köhler
Einkauf | Example Group AG"""
    link = "https://lieferant-ab-freigabe.pages.dev/sharepoint/AB-2026-0877-rev2"
    t = """Hallo Herr Köhler,

anbei wie besprochen die aktualisierte Auftragsbestätigung inkl. der geänderten Liefertermine. Wegen der Dateigröße habe ich sie Ihnen über unsere SharePoint-Freigabe bereitgestellt:

AB_2026-0877_rev2.pdf
%s

Bitte prüfen und bis heute 15 Uhr bestätigen, sonst können wir die Fertigungsslots in KW 45 nicht halten.

Beste Grüße
Stefan Maier
Key Account Management
Lieferant GmbH | Industriestraße 42 | 50735 Köln
Tel. +49 221 9847-130

""" % link + hist
    body_html = outlook_html(t.replace(link + "\n", ""), "Windows-1252", autolink=False).replace(
        "AB_2026-0877_rev2.pdf<br>", '<a href="%s">AB_2026-0877_rev2.pdf</a> (SharePoint)<br>' % link, 1)
    return Msg("attack", 8, "de", "thread-hijack-compromised-supplier",
               frm=("Maier, Stefan", "s.maier@lieferant-gmbh.de"), to=S("proc"), cc=S("service"),
               subject="AW: Angebot 2026-0877 – Treibscheiben und Tragseile Projekt Kö-Bogen II",
               when="2026-10-16 09:03:37",
               irt="<AM9PR05MB8812B3C4D5E6F7A8B9C0D1E2F3A4B@AM9PR05MB8812.eurprd05.prod.outlook.com>",
               refs="<5b1f2e3d4c5b4a69876543210fedcba9@EXCH01.corp.example.com> <AM9PR05MB8812B3C4D5E6F7A8B9C0D1E2F3A4B@AM9PR05MB8812.eurprd05.prod.outlook.com>",
               infra=I.exo(lang="de-DE", pre="AM9", label="genuine Lieferant GmbH Microsoft 365 tenant (compromised mailbox)"),
               body=alt(t, body_html, "windows-1252", "quoted-printable"),
               techniques=["thread hijack from compromised partner mailbox", "credential phishing behind fake SharePoint link (Cloudflare Pages)"],
               what="Reply in a real procurement thread from the supplier's real mailbox, linking an 'order confirmation' on 'SharePoint'",
               why="The link claims SharePoint but goes to lieferant-ab-freigabe.pages.dev (free Cloudflare Pages hosting); a real Lieferant tenant would share via sharepoint.com; deadline pressure atypical for the thread; the genuine mailbox is compromised, so infrastructure checks pass.",
               pair=None)


def ids_rng(seed):
    from lib import ids
    return ids.rng(seed)


def ids_pick(r, n):
    from lib import ids
    return ids.pick(r, ids.ALNUM + "-_", n)


def messages():
    return [m01(), m02(), m03(), m04(), m05(), m06(), m07(), m08()]
