"""Attack messages 01-08 (German)."""
import base64

import checksums as C
import files
import infra
import qr
from common import M, T, H, ALT, MIX, REL, A, U, plain, html_outlook, html_gmail, html_simple, \
    outlook_alt, gmail_alt, quote_block, pdf_att, st
from people import BANK

LIEF_TENANT = '7c1f3a52-9e4d-4b8a-a6f0-2d91c5e8b317'
F = 'attack'


def a01():
    text = """Hallo Frau Weiß,

ich bin bis Freitag in Mailand bei den Gesprächen zum Projekt Nordlicht und schreibe Ihnen deshalb von der separaten Adresse, die wir für die Transaktion eingerichtet haben.

Wie Sie wissen, prüfen wir seit dem Sommer die Übernahme eines Wellpappenwerks in Norditalien. Heute Vormittag haben wir uns mit den Verkäufern grundsätzlich geeinigt. Die Kommunikation an Belegschaft und Markt erfolgt erst nach dem Signing; bis dahin gilt strikte Vertraulichkeit. Bitte sprechen Sie vorerst mit niemandem darüber, auch nicht mit Herrn Bergmann oder der Kreditorenbuchhaltung.

Für die Exklusivitätsvereinbarung ist eine Sicherheitsleistung fällig, die über das Anderkonto der begleitenden Kanzlei abgewickelt wird. Herr Dr. Henrik Vos (Vos Berger Advocaten, Amsterdam) meldet sich heute noch per E-Mail bei Ihnen mit den Einzelheiten und der Kontoverbindung. Die Zahlung muss heute mit Valuta morgen raus, sonst verlieren wir die Exklusivität an einen Mitbieter.

Können Sie mir kurz bestätigen, welcher Betrag heute noch über die Commerzbank disponierbar ist und ob Sie die Freigabe allein vornehmen können? Ich bin durchgehend in Sitzungen und nur per E-Mail erreichbar.

Danke für Ihre Diskretion.

Beste Grüße
Matthias Köhler

--
Von unterwegs gesendet
"""
    return M(F, 1, 'de', 'ceo-fraud-projekt-nordlicht', U(10, 15, 12, 47, 9),
             (infra.postfix_webmail, dict(mx=('mail.examplegroup-eu.com', 'vps-2c41a7e3.vps.ovh.net', '51.178.212.47', 'tls13'),
                                          host='mail.examplegroup-eu.com', domain='examplegroup-eu.com')),
             ('Dr. Matthias Köhler', 'm.koehler@examplegroup-eu.com'), [st('sabine.weiss')],
             'Vertraulich: Projekt Nordlicht', T(text, 'UTF-8', 'quoted-printable', params=[('format', 'flowed')]),
             'CEO fraud: "Dr. Matthias Köhler" asks the CFO for a same-day escrow payment for a secret acquisition and announces a lawyer',
             'Look-alike domain examplegroup-eu.com (real: example.com/examplegroup.eu) on an OVH VPS with Roundcube; secrecy towards IT and AP, '
             'pressure to pay today, asks whether she can release alone (bypass four-eyes), "only reachable by e-mail", external lawyer escrow - classic BEC/CEO fraud.',
             hcs='UTF-8', henc='Q')


def a02():
    iban = C.fmt_iban(BANK['mule_lt_revolut'])
    text = """Sehr geehrter Herr Brandt,

im Zuge der Umstellung unseres Zahlungsverkehrs auf eine zentrale Cash-Management-Lösung wird unser bisheriges Geschäftskonto bei der Sparkasse Gütersloh-Rietberg-Versmold zum 31.10.2026 geschlossen.

Wir bitten Sie daher, alle künftigen Zahlungen, einschließlich der offenen Rechnungen RE-2026-10418 (14.860,20 EUR) und RE-2026-10452 (9.312,75 EUR, fällig am 23.10.2026), ausschließlich auf unsere neue Bankverbindung anzuweisen:

Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang. Zahlungen auf die alte Verbindung können nach dem 31.10. nicht mehr zugeordnet werden und gehen an den Auftraggeber zurück.

Bitte bestätigen Sie die Änderung in Ihrem System kurz per Antwort auf diese E-Mail. Telefonisch sind wir aufgrund der Umstellung unserer Telefonanlage in dieser Woche leider nur eingeschränkt erreichbar.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung / Debitorenmanagement
Lieferant GmbH
Am Stellwerk 9 · 33334 Gütersloh
""" % iban
    letter = ['## Lieferant GmbH', 'Am Stellwerk 9 · 33334 Gütersloh', '--', '',
              'Example Group GmbH', 'Kreditorenbuchhaltung', 'Industriestraße 12', '33609 Bielefeld', '',
              'Gütersloh, 19.10.2026', '',
              '# Mitteilung über die Änderung unserer Bankverbindung', '',
              'Sehr geehrte Damen und Herren,', '',
              'hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert. Bitte leisten Sie '
              'sämtliche Zahlungen ab sofort ausschließlich auf das folgende Konto:', '',
              'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: Revolut Bank UAB', 'IBAN: ' + iban, 'BIC: REVOLT21', '',
              'Das bisherige Konto bei der Sparkasse Gütersloh-Rietberg-Versmold wird zum 31.10.2026 aufgelöst.', '',
              'Mit freundlichen Grüßen', '', 'Holger Lindemann', 'Geschäftsführer', '', '--',
              'Lieferant GmbH · Sitz Gütersloh · Amtsgericht Gütersloh HRB 7421 · Geschäftsführer: Holger Lindemann, Ute Brinkmann']
    att = pdf_att('Bankverbindung_Lieferant_GmbH.pdf', letter, 'Bankverbindung', 'Petra', 'Microsoft Word',
                  'Microsoft: Print To PDF', U(10, 19, 14, 2))
    body = MIX(ALT(T(text, 'UTF-8', 'quoted-printable'),
                   H(html_simple(text, 'Verdana, Arial, Helvetica, sans-serif'), 'UTF-8', 'quoted-printable')), att)
    return M(F, 2, 'de', 'lieferant-bankverbindung-lookalike', U(10, 20, 8, 12, 40),
             (infra.zoho_eu, {}), ('Petra Lang', 'p.lang@lieferant-grnbh.de'), [st('juergen.brandt')],
             'Änderung unserer Bankverbindung – Lieferant GmbH', body,
             'Supplier bank-detail change: "Petra Lang, Lieferant GmbH" announces a new account at Revolut (LT IBAN) for two open invoices, PDF letter attached',
             'Look-alike domain lieferant-grnbh.de ("rn" for "m") hosted at Zoho EU; a German Mittelstand supplier moving to a Lithuanian EMI account, '
             'asks for confirmation by reply only, claims phones unavailable; the genuine Lieferant GmbH mails from lieferant-gmbh.de via Microsoft 365 (see business/02).',
             hcs='UTF-8', henc='Q')


def a03():
    quoted = """Von: Stefan Maier <s.maier@lieferant-gmbh.de>
Gesendet: Mittwoch, 17. Juni 2026 08:41
An: Frank Östreicher <frank.oestreicher@example.com>
Betreff: AW: Rahmenvereinbarung Flexodruckfarben 2027 - Preisanpassung

Hallo Herr Östreicher,

danke für Ihre Rückmeldung. Ich kläre die Staffel mit unserer Geschäftsleitung und melde mich mit einem überarbeiteten Angebot.

Mit freundlichen Grüßen
Stefan Maier

Von: Frank Östreicher <frank.oestreicher@example.com>
Gesendet: Dienstag, 16. Juni 2026 10:12
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: Rahmenvereinbarung Flexodruckfarben 2027 - Preisanpassung

Hallo Herr Maier,

vielen Dank für Ihr Schreiben vom 9. Juni. Die angekündigte Preisanpassung von 6,5 % auf die wasserbasierten Flexofarben können wir in dieser Höhe nicht mittragen. Bitte schicken Sie uns eine überarbeitete Staffel für 2027 auf Basis von ca. 38 t Jahresabnahme (Werke Bielefeld und Poznan).

Viele Grüße
Frank Östreicher
Leiter Einkauf | Example Group GmbH"""
    url = 'https://pub-3f8c2a91d4e54b7aa0c6e2f19b7d5c48.r2.dev/LG/Rahmenvereinbarung_2027.html?e=frank.oestreicher@example.com'
    text = """Hallo Herr Östreicher,

wie im Juni besprochen, anbei die überarbeitete Preisstaffel für 2027 sowie der Entwurf der Rahmenvereinbarung. Da die Unterlagen vertrauliche Konditionen enthalten, stellen wir sie über unseren gesicherten Dokumentenbereich bereit:

[[Rahmenvereinbarung_2027_Example_Group.pdf (2 Dokumente, 1,8 MB)|%s]]

Bitte melden Sie sich zur Ansicht mit Ihrer geschäftlichen E-Mail-Adresse an. Der Link ist aus Sicherheitsgründen 72 Stunden gültig.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Stefan Maier
Vertrieb / Key Account
Lieferant GmbH
Am Stellwerk 9 · 33334 Gütersloh
Tel. +49 5241 90870-24

%s
""" % (url, quoted)
    return M(F, 3, 'de', 'thread-hijack-lieferant-r2-link', U(11, 4, 13, 21, 5),
             (infra.m365, dict(region='DE', lang='de-DE', tenant=LIEF_TENANT)), ('Stefan Maier', 's.maier@lieferant-gmbh.de'),
             [st('frank.oestreicher')], 'AW: Rahmenvereinbarung Flexodruckfarben 2027 - Preisanpassung',
             outlook_alt(text, 'iso-8859-1', lang='DE'),
             'Thread hijack from the genuinely compromised mailbox of Stefan Maier (Lieferant GmbH, sent through Lieferant\'s own Microsoft 365 tenant): '
             'revives a June price thread with a "secure document area" link',
             'Real sender infrastructure, but the reply arrives 4.5 months later with no file attached, the "document" lives on a throw-away Cloudflare R2 bucket '
             '(pub-<hash>.r2.dev) with the recipient address in the URL and asks to "sign in with your business e-mail" - an AiTM credential-phishing page. '
             'Compare the genuine thread reply in business/03 (PDF attached, concrete order data).',
             in_reply_to='<FR2P281MB25868C1D4E2A7B9F03C6D1E5A2B4F8D7E1C@FR2P281MB2586.DEUP281.PROD.OUTLOOK.COM>',
             references='<a3c91f0e6b2d4e7f8a1b5c9d2e4f6a80@EXMBX02.corp.example.com> '
                        '<FR2P281MB25868C1D4E2A7B9F03C6D1E5A2B4F8D7E1C@FR2P281MB2586.DEUP281.PROD.OUTLOOK.COM>',
             depth=2, topic='Rahmenvereinbarung Flexodruckfarben 2027 - Preisanpassung', clang='de-DE')


def a04():
    track = 'https://email.mg.lucid-verpackungsregister.de/c/eJwszk1OwzAQBeC7zLqxnB_TNuxYkA2wYoNYWc4kseTYlj2NoBV3R2k5wMz3vjusAw'
    text = """Sehr geehrte Damen und Herren,

im Rahmen des jährlichen Registerabgleichs nach § 9 VerpackG haben wir die Stammdaten Ihrer Registrierung überprüft:

Hersteller: Example Group GmbH
Registrierungsnummer: DE3108527464019
Status: Validierung ausstehend

Die Prüfung hat ergeben, dass die hinterlegten Markennamen und die Angaben zur Systembeteiligung für das Kalenderjahr 2027 nicht mit den Datenmeldungen Ihres dualen Systems übereinstimmen. Mit Geltung der EU-Verpackungsverordnung (PPWR) ist zudem die Bestätigung Ihres Bevollmächtigten erforderlich.

Bitte bestätigen Sie Ihre Angaben bis spätestens 23.10.2026 im LUCID-Portal:

[[Registrierung jetzt bestätigen|%s]]

Erfolgt bis zu diesem Datum keine Bestätigung, wird Ihre Registrierung auf „ruhend“ gesetzt. Hersteller ohne gültige Registrierung dürfen systembeteiligungspflichtige Verpackungen nicht in Verkehr bringen (§ 9 Abs. 5 VerpackG); Ihre Vertriebspartner können dies im öffentlichen Register einsehen.

Für die Neuvalidierung wird eine einmalige Bearbeitungsgebühr von 149,00 EUR erhoben, die im Portal per Kreditkarte oder SEPA-Lastschrift beglichen werden kann.

Mit freundlichen Grüßen
Ihr LUCID-Team

Stiftung Zentrale Stelle Verpackungsregister
Öwer de Hase 18 · 49074 Osnabrück
""" % track
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>LUCID</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1d2b36">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #007a87">
<tr><td style="padding:20px 32px;font-size:22px;font-weight:bold;color:#007a87">LUCID <span style="font-weight:normal;color:#5a6b78;font-size:14px">Verpackungsregister</span></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:14px;line-height:21px">
<p>Sehr geehrte Damen und Herren,</p>
<p>im Rahmen des jährlichen Registerabgleichs nach § 9 VerpackG haben wir die Stammdaten Ihrer Registrierung überprüft:</p>
<table cellpadding="6" style="background:#f4f7f9;font-size:14px;width:100%%">
<tr><td width="45%%">Hersteller</td><td><b>Example Group GmbH</b></td></tr>
<tr><td>Registrierungsnummer</td><td><b>DE3108527464019</b></td></tr>
<tr><td>Status</td><td style="color:#c0392b"><b>Validierung ausstehend</b></td></tr></table>
<p>Die Prüfung hat ergeben, dass die hinterlegten Markennamen und die Angaben zur Systembeteiligung für das Kalenderjahr 2027 nicht mit den Datenmeldungen Ihres dualen Systems übereinstimmen. Mit Geltung der EU-Verpackungsverordnung (PPWR) ist zudem die Bestätigung Ihres Bevollmächtigten erforderlich.</p>
<p>Bitte bestätigen Sie Ihre Angaben bis spätestens <b>23.10.2026</b> im LUCID-Portal:</p>
<p style="text-align:center;padding:8px 0"><a href="%s" style="background:#007a87;color:#ffffff;padding:12px 28px;text-decoration:none;font-weight:bold">Registrierung jetzt bestätigen</a></p>
<p>Erfolgt bis zu diesem Datum keine Bestätigung, wird Ihre Registrierung auf „ruhend“ gesetzt. Hersteller ohne gültige Registrierung dürfen systembeteiligungspflichtige Verpackungen nicht in Verkehr bringen (§ 9 Abs. 5 VerpackG); Ihre Vertriebspartner können dies im öffentlichen Register einsehen.</p>
<p>Für die Neuvalidierung wird eine einmalige Bearbeitungsgebühr von 149,00 EUR erhoben, die im Portal per Kreditkarte oder SEPA-Lastschrift beglichen werden kann.</p>
<p>Mit freundlichen Grüßen<br>Ihr LUCID-Team</p></td></tr>
<tr><td style="padding:16px 32px;background:#f4f7f9;font-size:11px;color:#5a6b78">Stiftung Zentrale Stelle Verpackungsregister · Öwer de Hase 18 · 49074 Osnabrück</td></tr>
</table></td></tr></table>
<img src="https://email.mg.lucid-verpackungsregister.de/o/eJwszk1OwzAQBeC7zL" width="1" height="1" alt="">
</body></html>
""" % track
    body = ALT(T(plain(text, 'gmail'), 'utf-8', 'quoted-printable'), H(html, 'utf-8', 'base64'))
    return M(F, 4, 'de', 'lucid-verpackungsregister-phish', U(10, 12, 6, 30, 2),
             (infra.mailgun, dict(mgdomain='mg.lucid-verpackungsregister.de')),
             ('Zentrale Stelle Verpackungsregister', 'service@lucid-verpackungsregister.de'), [st('sabine.weiss')],
             'LUCID: Validierung Ihrer Registrierung DE3108527464019 erforderlich', body,
             'Regulator phishing tailored to the packaging trade: fake LUCID (German packaging register) "re-validation" with deadline, threat of sales ban and a 149 EUR fee',
             'Sent via Mailgun from the look-alike domain lucid-verpackungsregister.de (the register is lucid.verpackungsregister.org); LUCID registration is free and there is '
             'no "re-validation fee"; tracked button leads to a credential/card harvesting page; invented legal pressure (PPWR, "ruhend").',
             hcs='utf-8', henc='B')


def a05():
    email_b64 = base64.b64encode(b'katrin.vogt@example.com').decode()
    url = 'https://ms365-mfa.authcenter-verify.workers.dev/?u=' + email_b64 + '&ref=MFA-EX-4471'
    png = qr.qr_png(url, 'M', 5)
    cid = 'qr_4471@ordination-dr-huber.at'
    text = """Sehr geehrte/r Katrin Vogt,

gemäß der aktualisierten Sicherheitsrichtlinie Ihrer Organisation (example.com) muss die Multi-Faktor-Authentifizierung für alle Benutzerkonten bis zum 06.11.2026 neu registriert werden. Konten ohne erneute Registrierung werden vorübergehend für die Anmeldung an Outlook, Teams und SharePoint gesperrt.

Scannen Sie den QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Die Einrichtung dauert weniger als zwei Minuten.

Referenz: MFA-EX-2026-4471-KV

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
Microsoft 365 Sicherheitscenter im Auftrag der IT-Abteilung von Example Group
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,Arial,sans-serif;font-size:14px;color:#201f1e">
<div style="max-width:560px;margin:0 auto;border:1px solid #e1dfdd">
<div style="background:#0078d4;color:#fff;padding:14px 20px;font-size:18px">Microsoft 365</div>
<div style="padding:20px">
<p>Sehr geehrte/r Katrin Vogt,</p>
<p>gemäß der aktualisierten Sicherheitsrichtlinie Ihrer Organisation (<b>example.com</b>) muss die Multi-Faktor-Authentifizierung für alle Benutzerkonten bis zum <b>06.11.2026</b> neu registriert werden. Konten ohne erneute Registrierung werden vorübergehend für die Anmeldung an Outlook, Teams und SharePoint gesperrt.</p>
<p>Scannen Sie den QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Die Einrichtung dauert weniger als zwei Minuten.</p>
<p style="text-align:center"><img src="cid:%s" width="205" height="205" alt="QR-Code"></p>
<p style="font-size:12px;color:#605e5c">Referenz: MFA-EX-2026-4471-KV</p>
<p style="font-size:12px;color:#605e5c">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.<br>Microsoft 365 Sicherheitscenter im Auftrag der IT-Abteilung von Example Group</p>
</div></div></body></html>
""" % cid
    body = ALT(T(text, 'utf-8', 'quoted-printable'),
               REL(H(html, 'utf-8', 'quoted-printable'), A('mfa_qr.png', png, 'image/png', inline=True, cid=cid)))
    return M(F, 5, 'de', 'quishing-m365-mfa', U(11, 3, 7, 55, 31),
             (infra.cpanel_exim, dict(host='cp21.alpenhost-server.at', hostip='185.101.159.21', client_ip='103.167.88.214',
                                      domain='ordination-dr-huber.at', mailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')),
             ('Microsoft 365 Sicherheitscenter', 'office@ordination-dr-huber.at'), [st('katrin.vogt')],
             'Aktion erforderlich: Ihre Multi-Faktor-Authentifizierung läuft am 06.11.2026 ab', body,
             'Quishing: "Microsoft 365" MFA re-registration notice with an inline QR code (PNG) that encodes a Cloudflare Workers phishing URL carrying the victim\'s address',
             'Sent from a compromised Austrian dental practice\'s hosting account (cPanel/Exim, PHPMailer, submitted from an Indonesian IP); the link is hidden in a QR code '
             'to move the victim to an unmanaged phone; Microsoft never asks to re-register MFA by mail; the genuine IT notice (business/04) says so.',
             hcs='utf-8', henc='Q')


def a06():
    text = """Sehr geehrte Frau Hüsken,

mit großem Interesse habe ich Ihre Stellenanzeige als Sachbearbeiterin Kreditorenbuchhaltung (m/w/d) auf StepStone gelesen und bewerbe mich hiermit um die Position.

Nach meiner Ausbildung zur Industriekauffrau bin ich seit 2021 bei einem mittelständischen Maschinenbauunternehmen in der Kreditorenbuchhaltung tätig. Dort prüfe und kontiere ich Eingangsrechnungen in SAP S/4HANA, bereite Zahlungsläufe vor und kläre Differenzen mit Lieferanten. Nun suche ich eine neue Herausforderung in einem international aufgestellten Unternehmen.

Meine vollständigen Unterlagen (Anschreiben, Lebenslauf, Zeugnisse) finden Sie im Anhang. Aus Datenschutzgründen habe ich die Dateien in einem passwortgeschützten Archiv zusammengefasst. Das Passwort lautet: Bewerbung2026

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Laura Schmitt
Mobil: 0176 48291173
"""
    ph = b'[inert placeholder - original Windows shortcut payload removed]\r\n'
    z = files.zip_crypto([('Bewerbung_Laura_Schmitt/Lebenslauf_Laura_Schmitt.pdf.lnk', ph),
                          ('Bewerbung_Laura_Schmitt/Zeugnisse_Laura_Schmitt.pdf.lnk', ph)],
                         'Bewerbung2026', (2026, 11, 8, 21, 40, 12), 'a06')
    body = MIX(T(text, 'UTF-8', 'quoted-printable'), A('Bewerbungsunterlagen_Laura_Schmitt.zip', z, 'application/zip', style='rfc2231'))
    return M(F, 6, 'de', 'bewerbung-passwort-zip-lnk', U(11, 9, 10, 14, 22),
             (infra.gmx, dict(domain='gmx.de', client_ip='185.220.%d.%d')), ('Laura Schmitt', 'laura.schmitt94@gmx.de'),
             [st('claudia.huesken')], 'Bewerbung als Sachbearbeiterin Kreditorenbuchhaltung (m/w/d)', body,
             'Malware-delivery "job application" to HR: ZipCrypto password-protected archive (password in the body) containing .pdf.lnk shortcuts',
             'Free mailer (GMX) submitted from a Tor exit range, password-protected ZIP so the gateway cannot inspect it, double-extension Windows shortcuts '
             '(.pdf.lnk) instead of PDFs - the long-running German "Bewerbung" malware pattern. Genuine applications arrive as plain PDFs (business/08).',
             hcs='UTF-8', henc='Q')


def a07():
    iban = C.fmt_iban(BANK['mule_de_n26'])
    text = """Hallo Claudia,

ich habe zum 1. November meine Bank gewechselt und wollte dir die neue Verbindung fürs Gehalt durchgeben, damit die Novemberabrechnung schon aufs neue Konto geht:

Kontoinhaberin: Katrin Vogt
IBAN: %s
Bank: N26

Ich schreibe dir von meiner privaten Adresse, weil ich diese Woche beim Kunden in Polen bin und mein VPN-Zugang gerade nicht funktioniert. Ins Personalportal komme ich deshalb auch nicht rein. Das alte Konto bei der Sparkasse löse ich Ende des Monats auf, es wäre also super, wenn das noch vor dem Abrechnungslauf klappt.

Kannst du mir kurz bestätigen, wenn es eingetragen ist? Bitte nicht auf die Firmenadresse antworten, die lese ich gerade nicht.

Danke dir und liebe Grüße
Katrin
""" % iban
    return M(F, 7, 'de', 'gehaltskonto-umleitung', U(11, 12, 17, 42, 3),
             (infra.gmail, dict(browser_zone='CET')), ('Katrin Vogt', 'vogt.katrin.privat@gmail.com'),
             [st('claudia.huesken')], 'Neue Bankverbindung für mein Gehalt', gmail_alt(text),
             'Payroll diversion: "Katrin Vogt" asks HR to pay her November salary to a new N26 account',
             'Free Gmail address never used with HR before (bank changes go through the HR self-service portal), '
             'claims VPN/portal access broken, asks not to reply to the company mailbox (keeps the real employee out of the loop), deadline before the payroll run - payroll-diversion BEC. '
             'Compare business/31 (change via the HR system) and business/06 (genuine private mail from a colleague).',
             hcs='UTF-8', henc='B')


def a08():
    text = """Guten Morgen Frau Schäfer,

seit ca. 07:30 Uhr registrieren unsere Systeme eine ungewöhnlich hohe Anzahl an Newsletter-Anmeldungen und Spam-Nachrichten auf Ihr Postfach (aktuell über 1.100 Nachrichten). Es handelt sich um einen sogenannten „Mail-Bombing“-Angriff, mit dem häufig wichtige Sicherheitsmeldungen von Banken oder Lieferanten verdeckt werden sollen.

Für Ihr Postfach wurde bereits ein Ticket angelegt (INC-2026-118347). Damit wir den Spamfilter für Ihr Konto individuell anpassen können, ist eine kurze gemeinsame Sitzung erforderlich:

1. Ein Mitarbeiter des Servicedesks ruft Sie in den nächsten 10–15 Minuten über Microsoft Teams an (Anzeigename „IT-Servicedesk | Example Group“).
2. Starten Sie dann bitte die Windows-App „Schnellhilfe“ (Quick Assist): Windows-Taste drücken, „Schnellhilfe“ eingeben, „Hilfe erhalten“ wählen.
3. Nennen Sie dem Kollegen den angezeigten Sicherheitscode.

Bitte löschen Sie bis dahin keine Nachrichten und klicken Sie auf keine Abmeldelinks, da dies die Menge weiter erhöhen kann.

Vielen Dank für Ihre Mithilfe.

Mit freundlichen Grüßen
Ihr IT-Servicedesk
Example Group GmbH | Industriestraße 12 | 33609 Bielefeld
"""
    return M(F, 8, 'de', 'teams-helpdesk-quick-assist', U(11, 24, 7, 3, 48),
             (infra.m365, dict(region='EU', lang='de-DE', tenant='e2b7d410-53c8-4f6e-9a1d-c8f04b6e2a95')),
             ('IT-Servicedesk Example Group', 'servicedesk@exgroup-itsupport.onmicrosoft.com'), [st('monika.schaefer')],
             'Ticket INC-2026-118347: Spam-Welle auf Ihrem Postfach – Rückruf über Microsoft Teams',
             outlook_alt(text, 'utf-8', 'base64', lang='DE'),
             'Vishing/remote-access pretext after e-mail bombing: fake "IT service desk" announces a Teams call and asks the accountant to start Quick Assist and read out the code',
             'External throw-away Microsoft 365 tenant (*.onmicrosoft.com) posing as internal IT; the real service desk is it-servicedesk@example.com and never '
             'initiates Quick Assist sessions (business/04); this is the Storm-1811/Black Basta playbook leading to hands-on-keyboard ransomware access.',
             hcs='utf-8', henc='B', clang='de-DE')


MESSAGES = [a01, a02, a03, a04, a05, a06, a07, a08]
