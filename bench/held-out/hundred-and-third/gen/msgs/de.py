# -*- coding: utf-8 -*-
"""German attack (01-08) and business (01-08) messages."""
from common import *
from lib.infra import (internal, outlook_hosted, gmx, exo, cpanel_php, vps_postfix, brevo, mailgun, cleverreach,
                       microsoft_notif, docusign_eu, postfix_qid, hexs, alnum, filetime_hex, thread_index)
from lib.mime import rfc2822, plus
from lib.banking import de_ustid

LIEF_SIG = ('Lieferant GmbH\nKufsteiner Straße 88 · 83022 Rosenheim\nTel. 08031 4094-0 · www.lieferant-gmbh.de\n'
            'Geschäftsführer: Stefan Maier · AG Traunstein HRB 21874 · USt-IdNr. %s' % de_ustid('13184755'))
EG_SIG = ('Example Group GmbH | Zugspitzstraße 40 | 82467 Garmisch-Partenkirchen\n'
          'Sitz: Garmisch-Partenkirchen | Amtsgericht München HRB 198443 | Geschäftsführer: Markus Höfer')

ATTACKS, BUSINESS = [], []

# =============================================================================================== ATTACKS
# 01 CEO fraud, first stage
t01 = """Hallo Frau Krüger,

sind Sie heute Vormittag im Büro erreichbar?

Ich bin bis Donnerstag in Innsbruck in den Gesprächen über die Übernahme eines Bergbahnbetriebs im Tiroler Oberland, über die bisher nur der Beirat informiert ist. Wir stehen kurz vor der Unterzeichnung des Term Sheets.

Für die Exklusivitätsvereinbarung muss heute noch eine Sicherheitsleistung überwiesen werden. Die Abwicklung läuft über die Kanzlei Hastings Brook in London – Herr Edward Hastings wird sich im Laufe des Vormittags direkt bei Ihnen melden und Ihnen die Daten des Treuhandkontos übermitteln.

Bis zur offiziellen Bekanntgabe unterliegt der Vorgang strikter Vertraulichkeit. Bitte sprechen Sie ihn weder mit Herrn Weiß noch mit anderen Kollegen an, auch nicht mit Frau Özdemir. Ich sitze den ganzen Tag in Verhandlungen und bin telefonisch nicht erreichbar, bitte kommunizieren Sie ausschließlich per E-Mail mit mir.

Geben Sie mir kurz Bescheid, ob Sie heute eine Auslandsüberweisung in Höhe von ca. 386.000 EUR freigeben können.

Vielen Dank und beste Grüße
Markus Höfer
Geschäftsführer
Example Group GmbH"""
ATTACKS.append(M(
    folder='attack', n=1, lang='de', slug='ceo-fraud-vertrauliche-transaktion',
    when=('CE', 2026, 10, 13, 8, 52, 11),
    prof=lambda u, r: vps_postfix(u, r, 'mail.examplegroup-eu.com', 'vmi2471834.contaboserver.net', '161.97.143.208',
                                  '5.181.234.19', auth_user='markus.hoefer@examplegroup-eu.com', domain='examplegroup-eu.com'),
    frm=('Markus Höfer', 'markus.hoefer@examplegroup-eu.com'), to=[S('sabine.krueger')],
    reply_to=('Markus Höfer', 'm.hoefer.gf@proton.me'),
    subject='Vertraulich – kurze Abstimmung heute', hcs=('windows-1252', 'Q'),
    body=lambda c: ALT(c, t01, 'windows-1252', 'quoted-printable', style='outlook'),
    technique='BEC / CEO fraud (look-alike domain, Reply-To to Proton Mail)',
    what='"CEO" asks the CFO whether she can release a confidential foreign transfer of ~386,000 EUR today and announces a London lawyer.',
    why='Sender domain examplegroup-eu.com is a look-alike (real: example.com / examplegroup.eu) sent from a Contabo VPS; Reply-To diverts to Proton Mail; secrecy, "do not tell Weiß/Özdemir", "only by e-mail", same-day deadline. Stage 1 of the scheme continued by attack 13.',
    hardneg='business 01'))

# 02 supplier bank-detail change from look-alike domain
q02 = oq('de', 'Jürgen Weiß <juergen.weiss@example.com>', (2026, 10, 19, 15, 2), 'Petra Lang <p.lang@lieferant-gmbh.de>',
         'Offene Posten Example Group',
         """Hallo Frau Lang,

anbei unsere OP-Liste zum 16.10. Aus unserer Sicht sind folgende Rechnungen offen und werden mit dem nächsten Zahllauf am 22.10. beglichen:

RE-2026-10418 – 21.604,10 EUR
RE-2026-10452 – 14.377,85 EUR
RE-2026-10533 – 11.880,40 EUR

Bitte kurz prüfen, ob das mit Ihren Zahlen übereinstimmt.

Viele Grüße
Jürgen Weiß
Kreditorenbuchhaltung
""" + EG_SIG)
t02 = """Sehr geehrter Herr Weiß,

vielen Dank für Ihre Rückmeldung und die OP-Liste, die Beträge stimmen mit unseren Zahlen überein.

Im Zuge der Umstellung unseres Zahlungsverkehrs auf eine neue Treasury-Lösung haben wir unsere Bankverbindung geändert. Bitte veranlassen Sie die Zahlung der drei fälligen Rechnungen (gesamt 47.862,35 EUR) ab sofort ausschließlich auf das unten genannte Konto. Das bisherige Konto bei der Sparkasse Rosenheim-Bad Aibling wird zum 31.10. aufgelöst, Zahlungseingänge dorthin können wir dann nicht mehr zuordnen.

Neue Bankverbindung:
Kontoinhaber: Lieferant GmbH
Bank: Paysera LT, UAB
IBAN: %s
BIC: EVIULT2VXXX

Die schriftliche Bestätigung mit Unterschrift unserer Geschäftsführung finden Sie im Anhang. Da wir mitten in der Umstellung sind und diese Woche auch unsere Telefonanlage getauscht wird, richten Sie Rückfragen bitte nur per E-Mail an mich.

Bitte bestätigen Sie mir kurz die Änderung in Ihrem System und das voraussichtliche Ausführungsdatum.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung
%s""" % (fi(BANK['lief_fraud']), LIEF_SIG.replace('lieferant-gmbh.de', 'lieferant-gmbh.de'))
pdf02 = pdf([('Lieferant GmbH', 16, True), 'Kufsteiner Straße 88 · 83022 Rosenheim', '', 'Example Group GmbH', 'Kreditorenbuchhaltung',
             'Zugspitzstraße 40', '82467 Garmisch-Partenkirchen', '', 'Rosenheim, 20.10.2026', '',
             ('Mitteilung über die Änderung unserer Bankverbindung', 12, True), '',
             'Sehr geehrte Damen und Herren,', '',
             'hiermit teilen wir Ihnen mit, dass Zahlungen an die Lieferant GmbH ab sofort ausschließlich',
             'auf folgendes Konto zu leisten sind:', '',
             'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: Paysera LT, UAB', 'IBAN: ' + fi(BANK['lief_fraud']), 'BIC: EVIULT2VXXX', '',
             'Das bisherige Konto bei der Sparkasse Rosenheim-Bad Aibling wird zum 31.10.2026 geschlossen.', '',
             'Mit freundlichen Grüßen', '', 'Stefan Maier', 'Geschäftsführer'],
            title='Bankverbindung', author='Petra Lang', producer='Microsoft® Word für Microsoft 365', creator='Microsoft® Word für Microsoft 365',
            created="20261020094411+02'00'")
ATTACKS.append(M(
    folder='attack', n=2, lang='de', slug='lieferant-bankverbindung-lookalike',
    when=('CE', 2026, 10, 20, 10, 17, 40),
    prof=lambda u, r: vps_postfix(u, r, 'mail.lieferant-gmbh.com', 'vps-7c41e2a9.vps.ovh.net', '51.178.92.144', '102.89.34.117',
                                  auth_user='p.lang@lieferant-gmbh.com', domain='lieferant-gmbh.com'),
    frm=('Petra Lang', 'p.lang@lieferant-gmbh.com'), to=[S('juergen.weiss')], cc=[('Buchhaltung', 'rechnungen@lieferant-gmbh.com')],
    subject='AW: Offene Posten Example Group', hcs=('windows-1252', 'Q'),
    in_reply_to='<000b01dc40f2$9a3e1c70$cebe5550$@example.com>',
    body=lambda c: MIX(c, ALT(c, t02 + q02, 'windows-1252', 'quoted-printable', style='outlook'),
                       [ATT(pdf02, 'Bankverbindung_Lieferant_GmbH_2026.pdf', 'application/pdf')]),
    technique='Vendor bank-detail change (BEC) from look-alike domain with thread continuation',
    what='Reply in the real open-items thread "from Petra Lang" announcing a new account at Paysera (Lithuania) for 47,862.35 EUR, PDF "confirmation" attached.',
    why='Domain lieferant-gmbh.com instead of lieferant-gmbh.de (the quoted part still shows the real .de address), sent from an OVH VPS by a client in Nigeria; foreign e-money account; asks to avoid phone verification ("telephone system being replaced").',
    hardneg='business 02, business 03'))

# 03 ELSTER certificate phishing via Brevo
t03 = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Software-Zertifikat Ihres ELSTER-Organisationskontos für „Example Group GmbH" läuft am 10.11.2026 ab.

Nach Ablauf des Zertifikats können keine Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassenden Meldungen mehr elektronisch übermittelt werden. Verspätet abgegebene Anmeldungen können einen Verspätungszuschlag nach § 152 AO nach sich ziehen.

Die Verlängerung dauert etwa zwei Minuten. Bitte halten Sie Ihre aktuelle Zertifikatsdatei (.pfx) und das zugehörige Passwort bereit.

[Zertifikat jetzt verlängern](https://9n7kq.r.sp1-brevo.net/mk/cl/f/sh/1t6Af4OiGsFyQ0BQ2ZcKBAU8dVmJ/fH1qcN0ZrY3x)

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
© 2026 ELSTER – Ihr Online-Finanzamt"""
h03 = notice_html('Ihr ELSTER-Zertifikat läuft ab', [
    'Sehr geehrte Nutzerin, sehr geehrter Nutzer,',
    'das Software-Zertifikat Ihres ELSTER-Organisationskontos für <b>Example Group GmbH</b> läuft am <b>10.11.2026</b> ab.'.replace('<b>', '').replace('</b>', ''),
    'Nach Ablauf des Zertifikats können keine Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassenden Meldungen mehr elektronisch übermittelt werden. Verspätet abgegebene Anmeldungen können einen Verspätungszuschlag nach § 152 AO nach sich ziehen.',
    'Die Verlängerung dauert etwa zwei Minuten. Bitte halten Sie Ihre aktuelle Zertifikatsdatei (.pfx) und das zugehörige Passwort bereit.'],
    button=('Zertifikat jetzt verlängern', 'https://9n7kq.r.sp1-brevo.net/mk/cl/f/sh/1t6Af4OiGsFyQ0BQ2ZcKBAU8dVmJ/fH1qcN0ZrY3x'),
    footer=['Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.', '© 2026 ELSTER – Ihr Online-Finanzamt | www.elster.de'],
    brand='ELSTER – Ihr Online-Finanzamt', color='#1f4e79', lang='de')
ATTACKS.append(M(
    folder='attack', n=3, lang='de', slug='elster-zertifikat-phishing',
    when=('CE', 2026, 11, 3, 7, 12, 0),
    prof=lambda u, r: brevo(u, r, 'elster-zertifikat.de'),
    frm=('ELSTER – Ihr Online-Finanzamt', 'benachrichtigung@elster-zertifikat.de'), to=[S('birgit.muehlbauer')],
    return_path='bounces-2031857-48@sib.elster-zertifikat.de',
    subject='Ihr ELSTER-Zertifikat läuft am 10.11.2026 ab – Verlängerung erforderlich', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, t03, 'utf-8', 'quoted-printable', html=h03),
    technique='National tax-office credential phishing (ELSTER certificate + password) via bulk ESP (Brevo)',
    what='"ELSTER" warns that the organisation certificate expires and links (through Brevo click tracking) to a "renewal" page asking for the .pfx file and its password.',
    why='elster-zertifikat.de is not elster.de; sent through Brevo; the real ELSTER never asks for the certificate file and PIN on a web page; threat of late-filing surcharge; the .pfx + password gives full access to the company tax account.',
    hardneg=None))

# 04 payroll diversion from web.de
t04 = """Hallo Anja,

kurze Bitte: ich habe meine Bank gewechselt, das alte Konto bei der Kreissparkasse wird gekündigt. Könntest du meine Gehaltszahlung ab der Novemberabrechnung auf das neue Konto umstellen?

Kontoinhaber: Andreas Lechner
IBAN: %s
Bank: N26

Ich schreibe dir von meiner privaten Adresse, weil ich mich gerade nicht ins Firmenpostfach einloggen kann (Handy ist zur Reparatur, die Authenticator-App geht nicht). Gibt es dafür ein Formular oder reicht dir die Mail? Wäre super, wenn das noch vor dem Abrechnungslauf klappt.

Danke dir und viele Grüße
Andreas""" % fi(BANK['lechner_fraud'])
ATTACKS.append(M(
    folder='attack', n=4, lang='de', slug='gehaltskonto-umleitung-webde',
    when=('CE', 2026, 11, 18, 21, 37, 5),
    prof=lambda u, r: gmx(u, r, 'webde', client_ip='176.6.52.91'),
    frm=('Andreas Lechner', 'andreas.lechner.gap@web.de'), to=[S('anja.schaefer')],
    subject='Änderung Bankverbindung Gehalt', hcs=('UTF-8', 'B'),
    body=lambda c: T(t04, 'UTF-8', 'quoted-printable'),
    technique='Payroll diversion (employee impersonation from free mailer)',
    what='"Resort manager Andreas Lechner" writes to HR from a web.de address asking to pay his November salary to a new N26 account.',
    why='Staff member impersonated from a free mailer (his real mailbox is andreas.lechner@example.com); excuse why MFA/company mailbox cannot be used; neobank account; pressure before the payroll run. Classic payroll-diversion BEC.',
    hardneg='business 04'))

# 05 fake register "invoice" via Mailgun
t05 = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Unterlagen zur Veröffentlichung Ihrer Gewerbedaten im Deutschen Gewerberegister (Basiseintrag inkl. Branchenverzeichnis „Hotellerie, Freizeit und Bergbahnen").

Firma: Example Group GmbH
Anschrift: Zugspitzstraße 40, 82467 Garmisch-Partenkirchen
Registergericht: Amtsgericht München, HRB 198443
Vorgangszeichen: DGR-2026-448172

Bitte prüfen Sie die Angaben und überweisen Sie den Betrag von 849,66 EUR innerhalb von 10 Tagen unter Angabe des Vorgangszeichens. Nach Zahlungseingang wird die Eintragung für den Zeitraum von 12 Monaten veröffentlicht.

Mit freundlichen Grüßen

DGR Deutsches Gewerberegister
Datenerfassung / Veröffentlichung"""
pdf05 = pdf([('DGR Deutsches Gewerberegister', 16, True), 'Datenerfassung und Veröffentlichung gewerblicher Unternehmensdaten', '',
             'Example Group GmbH', 'Zugspitzstraße 40', '82467 Garmisch-Partenkirchen', '',
             ('Eintragungsofferte / Rechnung', 13, True), 'Vorgangszeichen: DGR-2026-448172       Datum: 27.10.2026', '',
             'Pos.  Leistung                                                         Betrag',
             '1     Basiseintrag Gewerberegister inkl. Branchenverzeichnis, 12 Monate     714,00 EUR',
             '      zzgl. 19 % USt.                                                       135,66 EUR',
             ('      Zahlbetrag                                                            849,66 EUR', 10, True), '',
             'Zahlbar innerhalb von 10 Tagen ohne Abzug an:', 'Empfänger: DGR Datenservice', 'IBAN: ' + fi(BANK['dgr_fraud']), 'BIC: ALBPPLPW', '',
             'Verwendungszweck: DGR-2026-448172', '', '', '',
             ('Hinweis: Dieses Schreiben ist ein Angebot. Mit Zahlung des Betrages nehmen Sie das Angebot an. Die Laufzeit beträgt', 6),
             ('drei Jahre und verlängert sich jeweils um ein weiteres Jahr, wenn nicht drei Monate vor Ablauf gekündigt wird. Es besteht', 6),
             ('keine Verbindung zu amtlichen Registern (Handelsregister, Gewerbeamt). Es gelten unsere AGB.', 6)],
            title='DGR-2026-448172', producer='TCPDF 6.6.5 (http://www.tcpdf.org)', creator='DGR Datenservice', created="20261027080412+01'00'")
ATTACKS.append(M(
    folder='attack', n=5, lang='de', slug='gewerberegister-offerte-als-rechnung',
    when=('CE', 2026, 10, 27, 9, 5, 0),
    prof=lambda u, r: mailgun(u, r, 'mg.dgr-register.de'),
    frm=('DGR Deutsches Gewerberegister', 'rechnung@dgr-register.de'), to=[S('juergen.weiss')],
    return_path='bounce+8c1e2f.5a3b-juergen.weiss=example.com@mg.dgr-register.de',
    subject='Eintragung Gewerbedaten – Example Group GmbH – Vorgang DGR-2026-448172', hcs=('utf-8', 'Q'),
    body=lambda c: MIX(c, T(t05, 'utf-8', 'quoted-printable'), [ATT(pdf05, 'DGR-2026-448172_Rechnung.pdf', 'application/pdf')]),
    technique='Fake directory/register invoice (offer disguised as invoice) via Mailgun',
    what='"Deutsches Gewerberegister" sends an "invoice" PDF for 849.66 EUR for a register entry, payable to a Polish account.',
    why='Private "register" imitating an official one; the PDF states in 6-pt type that it is an offer with a 3-year term; foreign account; bulk ESP; no prior business relationship.',
    hardneg='business 03'))

# 06 fake DocuSign sent from a compromised partner Microsoft 365 mailbox
t06 = """DocuSign

Josef Reindl hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.

[DOKUMENT PRÜFEN](https://express.adobe.com/page/Xf3kTq9LwZb2m/)

Josef Reindl
j.reindl@elektro-reindl.de

Guten Tag Herr Gruber,
anbei das Nachtragsangebot für die Elektroarbeiten an der Talstation (Erweiterung Steuerschrank / Beschneiung). Bitte prüfen und digital freigeben, damit wir die Material bestellen können.

Mit freundlichen Grüßen
Josef Reindl
Elektro Reindl GmbH

Diese Nachricht nicht weiterleiten
Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie diese E-Mail, den Link oder den Zugriffscode nicht an andere Personen weiter."""
h06 = notice_html('Josef Reindl hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.', [
    'Nachtragsangebot_Talstation_Kreuzeck.pdf',
    'Guten Tag Herr Gruber,\nanbei das Nachtragsangebot für die Elektroarbeiten an der Talstation (Erweiterung Steuerschrank / Beschneiung). Bitte prüfen und digital freigeben, damit wir die Material bestellen können.',
    'Mit freundlichen Grüßen\nJosef Reindl\nElektro Reindl GmbH'],
    button=('DOKUMENT PRÜFEN', 'https://express.adobe.com/page/Xf3kTq9LwZb2m/'),
    footer=['Diese Nachricht nicht weiterleiten', 'Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie diese E-Mail, den Link oder den Zugriffscode nicht an andere Personen weiter.',
            'Informationen zu DocuSign: Unterzeichnen Sie Dokumente elektronisch in wenigen Minuten.'],
    brand='DocuSign', color='#1e4ca1', lang='de', charset='utf-8')
ATTACKS.append(M(
    folder='attack', n=6, lang='de', slug='docusign-imitat-kompromittierter-partner',
    when=('CE', 2026, 11, 5, 14, 21, 0),
    prof=lambda u, r: exo(u, r, 'elektro-reindl.de', lang='de-DE'),
    frm=('Josef Reindl', 'j.reindl@elektro-reindl.de'), to=[S('florian.gruber')],
    subject='Josef Reindl hat Ihnen ein Dokument zur Unterschrift gesendet: Nachtragsangebot_Talstation_Kreuzeck.pdf', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, t06, 'utf-8', 'base64', html=h06),
    technique='Fake DocuSign notification from a compromised partner mailbox (Microsoft 365), lure hosted on Adobe Express',
    what='DocuSign-styled "please sign" mail sent from the real Microsoft 365 mailbox of the electrician Elektro Reindl; the button leads to an Adobe Express page.',
    why='Genuine DocuSign envelopes are sent by dse@eumail.docusign.net with links to docusign.net, not from the sender\'s own mailbox; the "document" link is an Adobe Express page (abused hosting used as a hop to a credential-phishing page); partner account is compromised.',
    hardneg='business 07'))

# 07 quishing: MFA re-registration with QR code, via compromised WordPress site
QR07 = 'https://secure-m365-verify.com/de/mfa/?e=a2F0cmluLm9lemRlbWlyQGV4YW1wbGUuY29t&r=5183'
t07 = """Microsoft 365

Aktion erforderlich: Ihre Multi-Faktor-Authentifizierung läuft ab

Die Registrierung der Microsoft Authenticator-App für katrin.oezdemir@example.com muss bis zum 12.11.2026 erneuert werden. Nach diesem Datum wird der Zugriff auf Outlook, Teams und SharePoint gesperrt.

Scannen Sie den QR-Code mit der Kamera Ihres Smartphones, um die Registrierung in weniger als einer Minute abzuschließen.

Microsoft 365-Sicherheitsdienst
Dies ist eine automatisch generierte Nachricht."""
h07 = notice_html('Aktion erforderlich: Ihre Multi-Faktor-Authentifizierung läuft ab', [
    'Die Registrierung der Microsoft Authenticator-App für katrin.oezdemir@example.com muss bis zum 12.11.2026 erneuert werden. Nach diesem Datum wird der Zugriff auf Outlook, Teams und SharePoint gesperrt.',
    'Scannen Sie den QR-Code mit der Kamera Ihres Smartphones, um die Registrierung in weniger als einer Minute abzuschließen.'],
    extra_rows='<tr><td align="center" style="padding:6px 32px 10px 32px;"><img src="cid:qr-mfa-7741@secure" width="220" height="220" alt="QR-Code"></td></tr>\n',
    footer=['Microsoft 365-Sicherheitsdienst', 'Dies ist eine automatisch generierte Nachricht.'],
    brand='Microsoft 365', color='#0078d4', lang='de')
ATTACKS.append(M(
    folder='attack', n=7, lang='de', slug='quishing-mfa-qr-code',
    when=('CE', 2026, 11, 9, 6, 48, 0),
    prof=lambda u, r: cpanel_php(u, r, 'cp17.world4you.com', '81.19.145.87', 'alpenro1', 'pension-alpenrose-tirol.at',
                                 'wp-content/uploads/2026/10/class-wp-cache-mail.php'),
    frm=('Microsoft 365-Sicherheitsdienst', 'no-reply@pension-alpenrose-tirol.at'), to=[S('katrin.oezdemir')],
    return_path='alpenro1@cp17.world4you.com',
    subject='Aktion erforderlich: MFA-Registrierung für katrin.oezdemir@example.com läuft ab', hcs=('UTF-8', 'B'),
    body=lambda c: Multi('related', [ALT(c, t07, 'UTF-8', 'quoted-printable', html=h07),
                                     ATT(qr_png(QR07), 'qr.png', 'image/png', inline=True, cid='qr-mfa-7741@secure')],
                         c.bnd(), params=['type="multipart/alternative"']),
    technique='Quishing (QR code to M365 credential/MFA phishing) from a compromised WordPress site',
    what='"Microsoft 365 security service" says the MFA registration expires; an inline PNG QR code encodes ' + QR07,
    why='Sent by a PHP script on a hacked Austrian guesthouse website (cPanel X-PHP-Script header), not Microsoft; QR code moves the click to an unmanaged phone; target address base64-encoded in the URL; look-alike domain secure-m365-verify.com; access-block threat.',
    hardneg='business 05, business 08'))

# 08 HTML attachment "Zahlungsavis" from a compromised customer mailbox (Strato)
t08 = """Guten Tag,

anbei das Zahlungsavis zur Anzahlung für die Gruppenbuchung 12.–15.12. (Kundennr. 30718).

Das Dokument ist geschützt, bitte mit Ihrer E-Mail-Adresse öffnen.

Mit freundlichen Grüßen
Buchhaltung
Reisebüro Werdenfels GmbH
Marktstraße 7 · 82418 Murnau a. Staffelsee"""
html08 = credential_form_html('Excel Online – Zahlungsavis_8004512.xlsx', 'Geschütztes Dokument',
                              'Dieses Dokument wurde über Microsoft Excel Online freigegeben. Melden Sie sich an, um den Inhalt anzuzeigen.',
                              'https://avis-dokumente.web-viewer-secure.com/xl/auth.php', 'birgit.muehlbauer@example.com',
                              [('E-Mail-Adresse', 'login', 'email', 'birgit.muehlbauer@example.com'), ('Kennwort', 'passwd', 'password', '')],
                              'Anmelden', lang='de', logo='Microsoft Excel', brand_color='#217346',
                              note='Zahlungsavis_8004512.xlsx · 48 KB · Freigegeben von buchhaltung@reisebuero-werdenfels.de')


def prof08(u, r):
    ip = '81.169.146.%d' % r.randrange(140, 180)
    helo = 'mo4-p00-ob.smtp.rzone.de'
    hop = ('from DESKTOP-7Q2LM4K\n\tby smtp.strato.de (RZmta 51.3.0 AUTH)\n\twith ESMTPSA id %s\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n'
           '\t(Client did not present a certificate)\n\tfor <birgit.muehlbauer@example.com>;\n\t%s' % (alnum(r, 14), rfc2822(plus(u, 1), 'CE')))
    hi, lo = filetime_hex(u, r)
    return custom((helo, helo, ip), [hop], '<%s$%s$%s$@reisebuero-werdenfels.de>' % ('00' + hexs(r, 2) + hi, lo, hexs(r, 8)),
                  extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(u, r)), ('Content-Language', 'de'),
                         ('X-RZG-AUTH', ':P2EQZWCpfu+qG7CngxMFH1J+3q8wa/QXkBR9MXjAuzpIG0mv9coXAg5l+Vk1V8tvL' + alnum(r, 20)),
                         ('X-RZG-CLASS-ID', 'mo00')], order='outlook',
                  bnd=lambda i: '----=_NextPart_%03d_%04X_01DD822E.%s' % (i, 0x0012 + i, 'A4F1C2E0'))


ATTACKS.append(M(
    folder='attack', n=8, lang='de', slug='zahlungsavis-html-anhang',
    when=('CE', 2026, 12, 2, 11, 3, 0),
    prof=prof08,
    frm=('Reisebüro Werdenfels | Buchhaltung', 'buchhaltung@reisebuero-werdenfels.de'), to=[S('birgit.muehlbauer')],
    subject='Zahlungsavis 8004512 – Gruppenreise Dezember', hcs=('windows-1252', 'Q'),
    body=lambda c: MIX(c, ALT(c, t08, 'windows-1252', 'quoted-printable', style='outlook'),
                       [ATT(html08.encode('utf-8'), 'Zahlungsavis_8004512.html', 'text/html', cs='utf-8')]),
    technique='HTML-attachment credential phishing from a compromised customer mailbox',
    what='Short "payment advice" mail with an HTML attachment that imitates an Excel Online login, pre-filled with the recipient address.',
    why='The HTML file contains a login form posting to avis-dokumente.web-viewer-secure.com; a payment advice never needs the recipient\'s password; the travel agency\'s Strato mailbox was used by the attacker (generic text, "open with your e-mail address").',
    hardneg=None))

# =============================================================================================== BUSINESS
b01 = """Hallo Sabine,

wie gestern in der Geschäftsleitungsrunde besprochen: Schneetechnik Allgäu liefert die zwölf zusätzlichen Propellermaschinen für die Kandahar-Abfahrt nur, wenn die Anzahlung (30 %%) bis heute 12 Uhr bei ihnen eingeht – sonst verlieren wir den Liefertermin vor dem Saisonstart am 12.12.

Die Anzahlungsrechnung AZ-2026-0931 über 148.260,00 EUR brutto liegt seit gestern im Rechnungseingang im DMS, die Bestellung 4500018342 habe ich freigegeben. Bankverbindung ist die bekannte aus dem Kreditorenstamm (%s), keine Änderung.

Bitte wie üblich mit Vier-Augen-Freigabe durch Jürgen in der Banking-Software ausführen. Falls etwas fehlt: ich bin bis 9:30 in der Bergbahn-Besprechung, danach auf dem Handy erreichbar, Katrin weiß Bescheid.

Danke dir!
Markus

--
Markus Höfer
Geschäftsführer
Tel. +49 8821 7304-100 | markus.hoefer@example.com
%s""" % (fi(BANK['schnee']), EG_SIG)
BUSINESS.append(M(
    folder='business', n=1, lang='de', slug='ceo-dringende-anzahlung-intern',
    when=('CE', 2026, 10, 14, 7, 58, 0),
    prof=lambda u, r: internal(u, r, 'markus.hoefer', client_ip='10.20.14.31', lang='de-DE'),
    frm=S('markus.hoefer'), to=[S('sabine.krueger')], cc=[S('juergen.weiss'), S('florian.gruber')],
    subject=l1('Dringend: Anzahlung Schneeerzeuger Kandahar – heute bis 12 Uhr'), hcs=('iso-8859-1', 'Q'),
    body=lambda c: ALT(c, l1(b01), 'iso-8859-1', 'quoted-printable', style='exchange'),
    technique='-',
    what='The CEO asks the CFO to pay an urgent 30 % deposit to the known snowmaking contractor today.',
    why='Internal mail via Exchange and mail-int01; known supplier and account from vendor master data; references purchase order and DMS; explicitly requires four-eyes approval; CEO reachable by phone; colleagues in Cc.',
    hardneg='attack 01'))

b02 = """Sehr geehrte Damen und Herren,

wir möchten Sie darüber informieren, dass wir unseren Zahlungsverkehr zum 01.12.2026 von der Sparkasse Rosenheim-Bad Aibling zur VR Bank Rosenheim-Chiemsee eG verlagern. Bis zum 30.11.2026 gilt unser bisheriges Konto unverändert; beide Konten laufen bis Ende März 2027 parallel, Zahlungen gehen also in keinem Fall verloren.

Neue Bankverbindung ab 01.12.2026:
VR Bank Rosenheim-Chiemsee eG
IBAN: %s
BIC: GENODEF1VRR

Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang, es geht Ihnen zusätzlich per Post zu. Bitte verifizieren Sie die Änderung wie gewohnt telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung (08031 4094-0, Frau Lang oder Herr Maier). Wir werden Sie niemals per E-Mail bitten, bereits fällige Zahlungen kurzfristig auf ein anderes Konto umzuleiten.

Mit freundlichen Grüßen

i. A. Petra Lang
Buchhaltung
%s""" % (fi(BANK['lief_new']), LIEF_SIG)
pdf_b02 = pdf([('Lieferant GmbH', 16, True), 'Kufsteiner Straße 88 · 83022 Rosenheim', '', 'Example Group GmbH', 'Buchhaltung / Kreditoren',
               'Zugspitzstraße 40', '82467 Garmisch-Partenkirchen', '', 'Rosenheim, 30.10.2026', '',
               ('Änderung unserer Bankverbindung zum 01.12.2026', 12, True), '',
               'Sehr geehrte Damen und Herren,', '',
               'zum 01.12.2026 verlagern wir unseren Zahlungsverkehr zur VR Bank Rosenheim-Chiemsee eG.',
               'Bitte leisten Sie Zahlungen ab diesem Datum auf folgendes Konto:', '',
               'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: VR Bank Rosenheim-Chiemsee eG', 'IBAN: ' + fi(BANK['lief_new']), 'BIC: GENODEF1VRR', '',
               'Unser bisheriges Konto bei der Sparkasse Rosenheim-Bad Aibling (IBAN ' + fi(BANK['lief_old']) + ')',
               'bleibt bis zum 31.03.2027 parallel bestehen.', '',
               'Bitte bestätigen Sie die Änderung telefonisch unter 08031 4094-0.', '',
               'Mit freundlichen Grüßen', '', 'Stefan Maier, Geschäftsführer'],
              title='Änderung Bankverbindung', author='Petra Lang', producer='Microsoft® Word 2021', creator='Microsoft® Word 2021',
              created="20261030161206+01'00'")
BUSINESS.append(M(
    folder='business', n=2, lang='de', slug='lieferant-neue-bankverbindung-echt',
    when=('CE', 2026, 11, 2, 9, 12, 0),
    prof=lambda u, r: outlook_hosted(u, r, 'lieferant-gmbh.de', 'dd45318.kasserver.com', '85.13.150.81', '93.211.194.161',
                                     'p5dd3c2a1.dip0.t-ipconnect.de', auth_user='m06f3a21'),
    frm=('Lieferant GmbH - Buchhaltung', 'rechnungen@lieferant-gmbh.de'), to=[S('juergen.weiss')], cc=[('Petra Lang', 'p.lang@lieferant-gmbh.de')],
    subject='Änderung unserer Bankverbindung zum 01.12.2026', hcs=('iso-8859-1', 'Q'),
    body=lambda c: MIX(c, ALT(c, l1(b02), 'iso-8859-1', 'quoted-printable', style='outlook'),
                       [ATT(pdf_b02, 'Aenderung_Bankverbindung_Lieferant_GmbH.pdf', 'application/pdf')]),
    technique='-',
    what='Lieferant GmbH announces a house-bank change to VR Bank Rosenheim-Chiemsee from 1 Dec with a signed PDF letter.',
    why='Real domain lieferant-gmbh.de via its usual All-Inkl server from its office line; German cooperative bank; one month lead time and parallel accounts; explicitly asks for phone verification on the known number; letter also sent by post.',
    hardneg='attack 02'))

b03 = """Sehr geehrter Herr Weiß,

trotz unserer Zahlungserinnerung vom 22.09. sind die folgenden Rechnungen weiterhin offen:

RE-2026-08811 vom 14.08.2026 – 12.480,00 EUR – fällig seit 13.09.2026
RE-2026-09027 vom 29.08.2026 – 6.915,40 EUR – fällig seit 28.09.2026

Gesamt: 19.395,40 EUR

Wir müssen Sie bitten, den Betrag bis spätestens 15.10.2026 auf unser bekanntes Konto bei der Sparkasse Rosenheim-Bad Aibling (%s) zu überweisen. Andernfalls sehen wir uns leider gezwungen, ab dem 16.10. alle weiteren Lieferungen zurückzustellen – auch die bereits bestätigte Vorsaison-Lieferung der Leihski (AB-2026-1147) – und die Forderung an unser Inkassobüro abzugeben.

Sollten sich Zahlung und Mahnung überschnitten haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Falls es Unstimmigkeiten bei einzelnen Positionen gibt, rufen Sie mich gerne direkt an.

Mit freundlichen Grüßen

Stefan Maier
Geschäftsführer
%s""" % (fi(BANK['lief_old']), LIEF_SIG)
pdf_b03 = pdf([('Lieferant GmbH', 16, True), 'Kufsteiner Straße 88 · 83022 Rosenheim', '', 'Example Group GmbH', 'Zugspitzstraße 40', '82467 Garmisch-Partenkirchen', '',
               'Kundennummer: 10472                                  Rosenheim, 09.10.2026', '',
               ('2. Mahnung', 14, True), '',
               'Rechnung        Datum         fällig am       Betrag',
               'RE-2026-08811   14.08.2026    13.09.2026      12.480,00 EUR',
               'RE-2026-09027   29.08.2026    28.09.2026       6.915,40 EUR',
               ('Offener Betrag                                19.395,40 EUR', 10, True), '',
               'Bitte überweisen Sie den Betrag bis zum 15.10.2026 auf:',
               'Sparkasse Rosenheim-Bad Aibling, IBAN ' + fi(BANK['lief_old']) + ', BIC BYLADEM1ROS', '',
               'Bei Nichtzahlung stellen wir weitere Lieferungen ab 16.10.2026 zurück.'],
              title='2. Mahnung 10472', producer='Sage 100 9.0', creator='Sage 100', created="20261009143812+02'00'")
BUSINESS.append(M(
    folder='business', n=3, lang='de', slug='lieferant-mahnung-liefersperre',
    when=('CE', 2026, 10, 9, 14, 45, 0),
    prof=lambda u, r: outlook_hosted(u, r, 'lieferant-gmbh.de', 'dd45318.kasserver.com', '85.13.150.81', '93.211.194.161',
                                     'p5dd3c2a1.dip0.t-ipconnect.de', auth_user='m06f3a17'),
    frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=[S('juergen.weiss')], cc=[S('florian.gruber')],
    subject=l1('2. Mahnung / Liefersperre ab 16.10. – Kd.-Nr. 10472 Example Group'), hcs=('iso-8859-15', 'Q'),
    body=lambda c: MIX(c, ALT(c, l1(b03), 'iso-8859-15', 'quoted-printable', style='outlook'),
                       [ATT(pdf_b03, 'Mahnung_2_Kd10472.pdf', 'application/pdf')]),
    technique='-',
    what='Supplier\'s second reminder with a threatened delivery stop and collection agency.',
    why='Genuine sender and server, amounts and invoice numbers match the vendor account, payment to the known account, offers a phone call; urgency and threats are ordinary dunning, not fraud.',
    hardneg='attack 02, attack 05'))

b04 = """Guten Morgen Anja, guten Morgen Sabine,

ich liege seit gestern Abend mit Fieber flach und war eben beim Bereitschaftsarzt – ich bin voraussichtlich bis einschließlich Mittwoch krankgeschrieben. Die Praxis hat die AU elektronisch an die Krankenkasse übermittelt (eAU), ihr könnt sie wie üblich abrufen.

Ich schreibe von privat, weil der Firmenlaptop im Büro liegt. Dringend ist nur der Zahllauf am Dienstag: Die Freigabeliste liegt im DMS unter „Zahlläufe/KW47", Birgit kennt den Ablauf und kann das mit Sabine als zweiter Freigabe übernehmen.

Viele Grüße
Jürgen"""
BUSINESS.append(M(
    folder='business', n=4, lang='de', slug='krankmeldung-von-privat-gmx',
    when=('CE', 2026, 11, 16, 6, 41, 0),
    prof=lambda u, r: gmx(u, r, 'gmx', client_ip='2.206.112.37'),
    frm=('Jürgen Weiß', 'juergen.weiss71@gmx.de'), to=[S('anja.schaefer')], cc=[S('sabine.krueger')],
    subject='Krankmeldung Jürgen Weiß', hcs=('UTF-8', 'B'),
    body=lambda c: T(b04, 'UTF-8', 'quoted-printable'),
    technique='-',
    what='Accounts-payable clerk reports sick from his private GMX address.',
    why='Ordinary sick note: no bank data, no link, no request to change anything; refers to the eAU process and hands the payment run to the normal four-eyes colleagues. Same pattern (colleague on free mailer) as attack 04 but benign.',
    hardneg='attack 04'))

b05 = """Example Group

Anmeldemethode hinzugefügt

Hallo Katrin Özdemir,

für Ihr Geschäfts-, Schul- oder Unikonto ka*****@example.com wurde folgende Anmeldemethode hinzugefügt:

Microsoft Authenticator – iPhone 15
Zeitpunkt: 10.11.2026 14:01 (UTC+01:00)

Wenn Sie diese Änderung vorgenommen haben, ist keine weitere Aktion erforderlich.

Wenn Sie diese Änderung nicht vorgenommen haben, wenden Sie sich umgehend an Ihren Administrator. Ihre Sicherheitsinformationen können Sie unter [https://mysignins.microsoft.com/security-info](https://mysignins.microsoft.com/security-info) überprüfen.

Microsoft respektiert Ihre Privatsphäre. Weitere Informationen finden Sie in unserer Datenschutzerklärung: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"""
h05 = notice_html('Anmeldemethode hinzugefügt', [
    'Hallo Katrin Özdemir,',
    'für Ihr Geschäfts-, Schul- oder Unikonto ka*****@example.com wurde folgende Anmeldemethode hinzugefügt:',
    'Microsoft Authenticator – iPhone 15\nZeitpunkt: 10.11.2026 14:01 (UTC+01:00)',
    'Wenn Sie diese Änderung vorgenommen haben, ist keine weitere Aktion erforderlich.',
    'Wenn Sie diese Änderung nicht vorgenommen haben, wenden Sie sich umgehend an Ihren Administrator. Ihre Sicherheitsinformationen können Sie unter [https://mysignins.microsoft.com/security-info](https://mysignins.microsoft.com/security-info) überprüfen.'],
    footer=['Microsoft respektiert Ihre Privatsphäre. [Datenschutzerklärung](https://go.microsoft.com/fwlink/?LinkId=521839)',
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'],
    brand='Example Group', color='#2f2f2f', lang='de')
BUSINESS.append(M(
    folder='business', n=5, lang='de', slug='microsoft-anmeldemethode-hinzugefuegt',
    when=('UTC', 2026, 11, 10, 13, 2, 0),
    prof=lambda u, r: microsoft_notif(u, r),
    frm=('Microsoft im Auftrag von Example Group', 'MSSecurity-noreply@microsoft.com'), to=[S('katrin.oezdemir')],
    return_path='MSSecurity-noreply@microsoft.com',
    subject='Anmeldemethode für Ihr Konto hinzugefügt', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, b05, 'utf-8', 'quoted-printable', html=h05),
    technique='-',
    what='Microsoft Entra notification that a new Authenticator was registered (after IT swapped the phones, see business 08).',
    why='Sent by Microsoft from outbound.protection.outlook.com with microsoft.com sender; informational only; links to mysignins.microsoft.com; masked address; no QR code, no deadline.',
    hardneg='attack 07'))

nl_items = [
    ('Beschneiung: 18 % weniger Strom durch KI-gesteuerte Zeitfenster', 'Drei bayerische Skigebiete berichten über die ersten Erfahrungen mit wetterprognosebasierter Steuerung der Schneeerzeuger.', 'https://t.crsend.com/c/f8a1b2c3/bergbahn-journal/beschneiung-ki'),
    ('Saisonkräfte 2026/27: So gewinnen Bergbahnen Personal aus dem Ausland', 'Arbeitsmarktzulassung, Unterkunft, Sprachkurse – ein Praxisbericht aus dem Allgäu.', 'https://t.crsend.com/c/f8a1b2c3/bergbahn-journal/saisonkraefte'),
    ('Termine: Fachtagung Seilbahnsicherheit am 19. November in Innsbruck', 'Anmeldeschluss 12.11., Frühbucherpreis für VDS-Mitglieder.', 'https://t.crsend.com/c/f8a1b2c3/bergbahn-journal/termine'),
]
nl_foot = ['Sie erhalten diesen Newsletter, weil Sie ihn unter bergbahn-journal.de abonniert haben.',
           '[Newsletter abbestellen](https://bergbahn-journal.de/newsletter/abmelden?u=7f3c21&e=andreas.lechner%40example.com) | [Impressum](https://bergbahn-journal.de/impressum)',
           'Bergbahn-Journal, Fachverlag Alpin GmbH, Sonnenstraße 12, 80331 München']
b06t = newsletter_text('Bergbahn-Journal – Newsletter Oktober 2026', 'Liebe Leserinnen und Leser, die Vorbereitung auf den Winter läuft – hier unsere Themen des Monats.', nl_items, nl_foot)
b06h = newsletter_html('Bergbahn-Journal – Newsletter Oktober 2026', 'Liebe Leserinnen und Leser, die Vorbereitung auf den Winter läuft – hier unsere Themen des Monats.', nl_items, nl_foot, lang='de')
BUSINESS.append(M(
    folder='business', n=6, lang='de', slug='newsletter-bergbahn-journal-cleverreach',
    when=('CE', 2026, 10, 8, 10, 0, 0),
    prof=lambda u, r: cleverreach(u, r),
    frm=('Bergbahn-Journal', 'newsletter@bergbahn-journal.de'), to=[S('andreas.lechner')],
    return_path='bounce-178233-4471902-andreas.lechner=example.com@crsend.com',
    subject='Bergbahn-Journal 10/2026: Beschneiung mit weniger Strom, Saisonkräfte, Termine', hcs=('utf-8', 'Q'),
    hdrs=[('List-Unsubscribe', '<https://bergbahn-journal.de/newsletter/abmelden?u=7f3c21&e=andreas.lechner%40example.com>, <mailto:unsubscribe-178233-4471902@crsend.com>'),
          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', '<178233.list-id.crsend.com>')],
    body=lambda c: ALT(c, b06t, 'utf-8', 'quoted-printable', html=b06h),
    technique='-',
    what='Subscribed trade newsletter sent through CleverReach.',
    why='Known subscription; ESP infrastructure with List-Unsubscribe/One-Click; tracking links are normal for newsletters; no request for data or payment.',
    hardneg='attack 03'))

DS_A = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=5c1d9e2f-47a8-4b3c-9e61-0f2a7d3c8b14&etti=24&acct=8e4b2a71-3c5d-4f19-a6e2-7b90c1d4e5f3&er=a3f7c2d1-9b8e-4c6a-8d2f-1e0b7a9c4d55'
b07 = """Dr. Claudia Huber hat Ihnen ein Dokument zum Prüfen und Signieren gesendet.

DOKUMENT PRÜFEN: %s

Dr. Claudia Huber
c.huber@huber-stb.de

Sehr geehrte Frau Krüger,
wie besprochen erhalten Sie die Vollständigkeitserklärung zum Jahresabschluss 2025 zur Unterschrift durch die Geschäftsführung und Sie. Bei Fragen erreichen Sie mich unter 08821 9410-20.

Mit freundlichen Grüßen
Claudia Huber

Diese E-Mail nicht weiterleiten
Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, den Link oder den Zugriffscode nicht an andere Personen weiter.

Alternative Signaturmethode
Besuchen Sie Docusign.com, klicken Sie auf 'Auf Dokumente zugreifen' und geben Sie den Sicherheitscode ein:
8C41F2E09B7D4A3F95E16C0D2B8A7F4E2

Informationen zu Docusign
Signieren Sie Dokumente elektronisch in wenigen Minuten. Das ist sicher. Ob Sie im Büro, zu Hause oder unterwegs sind – Docusign bietet eine vertrauenswürdige Lösung für das digitale Transaktionsmanagement.

Fragen zum Dokument?
Wenn Sie das Dokument ändern müssen oder Fragen zu den Details im Dokument haben, wenden Sie sich per E-Mail an den Absender.""" % DS_A
h07b = notice_html('Dr. Claudia Huber hat Ihnen ein Dokument zum Prüfen und Signieren gesendet.', [
    'Sehr geehrte Frau Krüger,\nwie besprochen erhalten Sie die Vollständigkeitserklärung zum Jahresabschluss 2025 zur Unterschrift durch die Geschäftsführung und Sie. Bei Fragen erreichen Sie mich unter 08821 9410-20.\n\nMit freundlichen Grüßen\nClaudia Huber'],
    button=('DOKUMENT PRÜFEN', DS_A),
    footer=['Diese E-Mail nicht weiterleiten: Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, den Link oder den Zugriffscode nicht an andere Personen weiter.',
            'Alternative Signaturmethode: Besuchen Sie Docusign.com, klicken Sie auf \'Auf Dokumente zugreifen\' und geben Sie den Sicherheitscode ein: 8C41F2E09B7D4A3F95E16C0D2B8A7F4E2',
            'Fragen zum Dokument? Wenden Sie sich per E-Mail an den Absender.', '[Diese E-Mail melden](https://protect.docusign.net/report-abuse?e=AUtomjpGRS1...)'],
    brand='Docusign', color='#4c00ff', lang='de')
BUSINESS.append(M(
    folder='business', n=7, lang='de', slug='docusign-steuerberater-echt',
    when=('UTC', 2026, 12, 10, 13, 41, 0),
    prof=lambda u, r: docusign_eu(u, r),
    frm=('Dr. Claudia Huber via Docusign', 'dse@eumail.docusign.net'), reply_to=('Dr. Claudia Huber', 'c.huber@huber-stb.de'),
    to=[S('sabine.krueger')], return_path='bounces@eumail.docusign.net', date_zone='UTC',
    subject='Bitte mit Docusign unterschreiben: Vollständigkeitserklärung_JA_2025_Example_Group.pdf', hcs=('utf-8', 'Q'),
    body=lambda c: ALT(c, b07, 'utf-8', 'quoted-printable', html=h07b),
    technique='-',
    what='Genuine DocuSign envelope from the company\'s tax adviser for the 2025 annual-accounts representation letter.',
    why='Sent by DocuSign EU infrastructure (dse@eumail.docusign.net), link to eu.docusign.net with envelope IDs and access code, Reply-To is the known adviser, content matches an expected process.',
    hardneg='attack 06'))

b08 = """Liebe Kolleginnen und Kollegen,

ab morgen, Dienstag 10.11., tauschen wir in Garmisch die Diensthandys gegen neue iPhones. Dabei muss die Microsoft-Authenticator-App neu eingerichtet werden. So läuft es ab:

1. Holt euer neues Gerät zwischen 9 und 15 Uhr in der IT ab (Raum 2.14).
2. Die Einrichtung machen wir gemeinsam am Schalter – ihr müsst dafür nichts aus einer E-Mail anklicken und keinen QR-Code aus einer E-Mail scannen.
3. Nach der Einrichtung schickt Microsoft automatisch eine Bestätigung „Anmeldemethode hinzugefügt". Das ist normal.

Wichtig: Heute früh sind mehrere Phishing-Mails angekommen, angeblich vom „Microsoft 365-Sicherheitsdienst", mit der Aufforderung, einen QR-Code zu scannen, weil die MFA-Registrierung ablaufe. Bitte nicht scannen, sondern über den Button „Phishing melden" in Outlook melden. Wer schon gescannt und sich angemeldet hat: bitte sofort bei uns melden, wir setzen dann das Kennwort zurück.

Bei Fragen: Durchwahl -190 oder helpdesk@example.com.

Viele Grüße
Lena Vogt
IT-Sicherheit
Example Group GmbH"""
BUSINESS.append(M(
    folder='business', n=8, lang='de', slug='interne-it-info-authenticator-qr-warnung',
    when=('CE', 2026, 11, 9, 16, 20, 0),
    prof=lambda u, r: internal(u, r, 'lena.vogt', client_ip='10.20.14.77', lang='de-DE'),
    frm=S('lena.vogt'), to=[('Alle Mitarbeitenden Garmisch', 'alle-garmisch@example.com')],
    subject='Neue Diensthandys und Authenticator-Umstellung ab 10.11. – bitte lesen', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, b08, 'utf-8', 'base64', style='exchange'),
    technique='-',
    what='IT security announces the phone swap / Authenticator re-enrolment and warns about the QR phishing of attack 07.',
    why='Internal relay with Exchange hop; from the mail admin; tells staff NOT to click or scan anything; mentions MFA, QR code and password reset only as warnings.',
    hardneg='attack 07'))
