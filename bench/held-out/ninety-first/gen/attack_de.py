"""Attack messages, German (8)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK, TAX
from common import alt, mixed, related, pdf_att, qr_att, b64s
import ids

MAILS = []
add = MAILS.append

# ---------------------------------------------------------------- 01 CEO fraud
add(Mail(
    'ceo-fraud-projekt-vulkan', '2026-10-14 16:47:09', MAIL['cfo'],
    I.own_server('mta-17.privateemail.com', 'mta-17.privateemail.com', '198.54.127.83',
                 client_ip='91.65.201.44', client_rdns='ip5b41c92c.dynamic.kabel-deutschland.de',
                 mua='apple', ua='iPhone Mail (22A3354)', by='mta-17.privateemail.com'),
    ('Jürgen Köhler', 'juergen.koehler@example-group.eu'),
    'Vertraulich: Projekt Vulkan',
    Text("""Frau Weißmann,

sind Sie heute Nachmittag noch im Haus? Ich brauche Sie kurzfristig für eine vertrauliche Angelegenheit.

Wie Sie wissen, sprechen wir seit dem Sommer mit einem Runderneuerer in Norditalien über eine Beteiligung. Die Gespräche sind deutlich schneller vorangekommen als geplant, der Letter of Intent ist seit gestern Abend unterschrieben. Bis zur offiziellen Bekanntgabe gilt strikte Vertraulichkeit – bitte sprechen Sie mit niemandem im Haus darüber, auch nicht mit der Buchhaltung oder Herrn Großmann. Das ist ausdrücklich eine Auflage der Gegenseite.

Für die Exklusivitätsphase ist noch heute eine Sicherheitsleistung von 184.500,00 EUR auf das Treuhandkonto der begleitenden Kanzlei zu überweisen. Dr. Ranft von Ranft Schulte & Partner (Frankfurt) meldet sich gleich per E-Mail mit den Kontodaten und dem Treuhandvertrag bei Ihnen. Bitte stimmen Sie alles direkt mit ihm ab und führen Sie die Zahlung als Eilüberweisung aus, damit sie heute noch valutiert.

Ich sitze bis zum Abend in Verhandlungen in Mailand und kann nicht telefonieren. Schreiben Sie mir bitte kurz, sobald die Überweisung raus ist, und schicken Sie mir den Ausführungsbeleg.

Danke für Ihre Diskretion.

J. Köhler

Von meinem iPhone gesendet
""", 'plain', 'utf-8', 'quoted-printable'),
    rcpt_name='Sabine Weißmann', sent_delta=14, mime_version='1.0 (1.0)',
    what='CEO fraud: "CEO" asks the CFO for a same-day confidential escrow payment of EUR 184,500 for an acquisition; a "lawyer" will send account details.',
    why='Look-alike domain example-group.eu (real: examplegroup.eu) on Namecheap Private Email via a residential proxy; secrecy, urgency, bypasses approval, CEO "cannot be called".',
    tags=('BEC: CEO fraud', 'look-alike domain')))

# ------------------------------------------------------ 02 supplier bank change
fake_iban = ids.fmt_iban(BANK['lieferant_fake'])
add(Mail(
    'lieferant-bankverbindung-lookalike', '2026-10-19 10:22:51', MAIL['ap'],
    I.own_server('mail.lieferant-gmbh.com', 'static.214.87.201.138.clients.your-server.de', '138.201.87.214',
                 client_ip='138.201.87.214', mua='roundcube', webmail=True, domain='lieferant-gmbh.com'),
    ('Petra Lang', 'p.lang@lieferant-gmbh.com'),
    'Änderung unserer Bankverbindung / offene Posten',
    mixed(
        Text("""Sehr geehrte Frau Schäfer,

im Zuge der Umstellung unseres Zahlungsverkehrs auf SAP S/4HANA haben wir zum 01.11.2026 auch unsere Hausbank gewechselt. Bitte hinterlegen Sie ab sofort ausschließlich die folgende Bankverbindung für alle Zahlungen an die Lieferant GmbH:

Kontoinhaber: Lieferant GmbH
Bank: Deutsche Kreditbank AG
IBAN: %s
BIC: BYLADEM1001

Unsere bisherige Verbindung bei der Kasseler Sparkasse wird zum Monatsende aufgelöst; Zahlungen dorthin können wir leider nicht mehr zuordnen.

Betroffen sind insbesondere die bereits fälligen Rechnungen 9100284417 (18.740,12 EUR) und 9100285102 (9.612,80 EUR). Wir bitten um Ausgleich auf das neue Konto bis Freitag, damit es bei der Auslieferung Ihrer Laufstreifen-Bestellung nicht zu Verzögerungen kommt.

Die offizielle Mitteilung mit Unterschrift unserer Geschäftsführung finden Sie im Anhang. Eine kurze Bestätigung per E-Mail genügt; telefonisch bin ich diese Woche wegen des Jahresabschlussprojekts leider nur eingeschränkt erreichbar.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung

Lieferant GmbH
Industriestraße 41 · 34123 Kassel
Tel. +49 561 70 44 18-32
p.lang@lieferant-gmbh.de
""" % fake_iban, 'plain', 'iso-8859-15', 'quoted-printable', params='format=flowed'),
        pdf_att('Mitteilung_Bankverbindung_Lieferant_GmbH.pdf', [
            ('h1', 'Lieferant GmbH'),
            ('small', 'Industriestraße 41 · 34123 Kassel · Tel. 0561 70 44 18-0 · www.lieferant-gmbh.de'),
            ('p', 'Example Group GmbH\nKreditorenbuchhaltung\nAm Reifenwerk 12\n30855 Langenhagen'),
            ('p', 'Kassel, 19.10.2026'),
            ('h2', 'Mitteilung über die Änderung unserer Bankverbindung'),
            ('p', 'Sehr geehrte Damen und Herren,\n\nwir teilen Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert. '
                  'Bitte leisten Sie alle Zahlungen, auch für bereits gestellte Rechnungen, ausschließlich auf das folgende Konto:'),
            ('b', 'Kontoinhaber: Lieferant GmbH\nBank: Deutsche Kreditbank AG\nIBAN: %s\nBIC: BYLADEM1001' % fake_iban),
            ('p', 'Die bisherige Bankverbindung bei der Kasseler Sparkasse wird aufgelöst. Zahlungen auf das alte Konto haben keine '
                  'schuldbefreiende Wirkung.'),
            ('p', 'Mit freundlichen Grüßen\n\nKlaus Bertram\nGeschäftsführer'),
            ('small', 'Lieferant GmbH · Sitz Kassel · Amtsgericht Kassel HRB 8841 · USt-IdNr. %s · Geschäftsführer: Klaus Bertram' % TAX['lieferant']),
        ], title='Mitteilung Bankverbindung', author='Petra Lang', created="20261019091544+02'00'"),
    ),
    rcpt_name='Monika Schäfer', sent_delta=9,
    what='Supplier bank-detail change "from" Lieferant GmbH accounts receivable, with a forged letter PDF, asking to pay two overdue invoices to a new DKB account.',
    why='Look-alike domain lieferant-gmbh.com (real: lieferant-gmbh.de; signature still shows .de) on a Hetzner VPS with Roundcube; new mule IBAN, urgency, discourages phone verification.',
    tags=('BEC: supplier/carrier bank-detail change', 'look-alike domain', 'PDF lure')))

# ------------------------------------------------------ 03 thread hijack (compromised M365 mailbox)
link3 = 'https://brandt-dokumente.pages.dev/gs-2026-0318?c=' + b64s(MAIL['sales'])
q3 = """Von: Markus Fröhlich <markus.froehlich@example.com>
Gesendet: Donnerstag, 22. Oktober 2026 11:08
An: Heike Brandt <h.brandt@spedition-brandt.de>
Betreff: AW: Karkassenrücknahme Q3 – Gutschrift GS-2026-0318

Hallo Frau Brandt,

danke für die Liste. In der Gutschrift fehlen noch die 22 Karkassen aus der Abholung vom 29.09. (Lieferschein 7714), außerdem sind die Trailer-Karkassen 385/65 R22.5 mit Kategorie B statt A bewertet. Können Sie das bitte korrigieren lassen?

Viele Grüße
Markus Fröhlich
Vertrieb Deutschland
Example Group GmbH · Am Reifenwerk 12 · 30855 Langenhagen
"""
p3 = """Hallo Herr Fröhlich,

anbei wie besprochen die korrigierte Gutschrift zur Karkassenrücknahme Q3 inkl. der aktualisierten Stückliste (148 Karkassen 315/80 R22.5 und 385/65 R22.5).

Das Dokument liegt aus Datenschutzgründen in unserem geschützten Dokumentenbereich:
%s

Bitte melden Sie sich dort mit Ihrem Firmenkonto (Microsoft 365) an, um die Datei zu öffnen. Eine kurze Rückmeldung, ob alles passt, wäre super.

Viele Grüße
Heike Brandt

Spedition Brandt GmbH & Co. KG
Fuhrparkmanagement
Eckendorfer Straße 88 · 33609 Bielefeld
Tel. +49 521 98 73 30-14

""" % link3
add(Mail(
    'thread-hijack-brandt-gutschrift', '2026-11-05 03:12:40', MAIL['sales'],
    I.m365(obe=7, server='FR2P281MB2079', region='deup281', lang='de-DE'),
    ('Heike Brandt', 'h.brandt@spedition-brandt.de'),
    'AW: Karkassenrücknahme Q3 – Gutschrift GS-2026-0318',
    alt(p3 + q3, T.word_html(p3, 'windows-1252', 'DE', quoted=q3), 'windows-1252', 'quoted-printable', quoted=True),
    rcpt_name='Markus Fröhlich', hcs='utf-8', henc='B', replies=2, sent_delta=6,
    irt='<7e3b5a19c0d24f6e8a1b2c3d4e5f6071@EXMBX01.corp.example.com>',
    refs='<FR2P281MB2079B3A18F1C0E7D2A44C9E8A6B2C@FR2P281MB2079.DEUP281.PROD.OUTLOOK.COM> <7e3b5a19c0d24f6e8a1b2c3d4e5f6071@EXMBX01.corp.example.com>',
    what='Reply in a real thread about a casing buy-back credit note, sent from the customer\'s genuinely compromised Microsoft 365 mailbox at 03:12; link to a "protected document area".',
    why='Compromised partner mailbox (genuine infrastructure): the reply ignores the questions asked, the link goes to a pages.dev page carrying the recipient\'s address and asks for a Microsoft 365 login (credential phishing).',
    tags=('thread hijack (compromised partner mailbox)', 'credential phishing: Microsoft 365', 'abused hosting (pages.dev)')))

# ------------------------------------------------------ 04 ELSTER certificate phishing (SendGrid)
url4 = 'https://elster-zertifikatsdienst.de/verlaengerung/login?ref=ORG-4471-2291-0836'
p4 = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Organisationszertifikat für das Benutzerkonto „Example Group GmbH“ (Steuernummer 25/206/41873, Zertifikats-ID ORG-4471-2291-0836) läuft am 02.11.2026 ab. Nach Ablauf können keine Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassenden Meldungen mehr übermittelt werden. Für verspätet abgegebene Anmeldungen können Verspätungszuschläge festgesetzt werden.

Mit dem Sicherheitsupdate 2026 ist für die Verlängerung eine einmalige Bestätigung Ihrer Zertifikatsdatei erforderlich. Bitte melden Sie sich dazu im Verlängerungsportal mit Ihrer Zertifikatsdatei (.pfx) und dem zugehörigen Passwort an:

Zertifikat jetzt verlängern: %s

Die Verlängerung dauert etwa drei Minuten. Ihre Daten und Einstellungen in Mein ELSTER bleiben unverändert.

Mit freundlichen Grüßen
Ihr ELSTER-Team
Bayerisches Landesamt für Steuern

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.
""" % url4
h4 = T.brand_html('ELSTER', 'Ihr Organisationszertifikat läuft ab', [
    'Sehr geehrte Nutzerin, sehr geehrter Nutzer,',
    'das Organisationszertifikat für das Benutzerkonto <b>„Example Group GmbH“</b> (Steuernummer 25/206/41873, Zertifikats-ID ORG-4471-2291-0836) läuft am <b>02.11.2026</b> ab. Nach Ablauf können keine Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassenden Meldungen mehr übermittelt werden. Für verspätet abgegebene Anmeldungen können Verspätungszuschläge festgesetzt werden.',
    'Mit dem Sicherheitsupdate 2026 ist für die Verlängerung eine einmalige Bestätigung Ihrer Zertifikatsdatei erforderlich. Bitte melden Sie sich dazu im Verlängerungsportal mit Ihrer Zertifikatsdatei (.pfx) und dem zugehörigen Passwort an.'],
    'Zertifikat jetzt verlängern', url4,
    footer='Ihr ELSTER-Team · Bayerisches Landesamt für Steuern<br>Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.',
    color='#004b87', logo_text='ELSTER – Ihr Online-Finanzamt', after_button=['Die Verlängerung dauert etwa drei Minuten. Ihre Daten und Einstellungen in Mein ELSTER bleiben unverändert.'])
add(Mail(
    'elster-zertifikat-verlaengerung', '2026-10-26 08:03:37', MAIL['cfo'],
    I.sendgrid(em='em7340'),
    ('ELSTER – Ihr Online-Finanzamt', 'benachrichtigung@elster-zertifikatsdienst.de'),
    'Ihr ELSTER-Organisationszertifikat läuft am 02.11.2026 ab – Verlängerung erforderlich',
    alt(p4, h4, 'utf-8', 'base64'),
    rcpt_name=None, sent_delta=3, henc='B',
    what='"ELSTER" notice that the company\'s organisation certificate expires; asks to log in with the .pfx certificate file and its password to renew it.',
    why='Not from elster.de; sent through a SendGrid account on a look-alike domain; ELSTER never asks to upload the certificate file and PIN to a web page (credential/certificate theft).',
    tags=('credential phishing: national tax office', 'bulk ESP abuse (SendGrid)')))

# ------------------------------------------------------ 05 MFA quishing (compromised bakery, IONOS)
url5 = 'https://mfa-registrierung.m365-sicherheit.com/r/?e=' + b64s(MAIL['assistant']) + '&t=8841'
p5 = """Hallo Julia Hartmann,

im Rahmen der Umstellung auf die neuen Sicherheitsrichtlinien (phishing-resistente MFA) müssen alle Konten der Domäne example.com die Anmeldung mit Microsoft Authenticator bis zum 23.10.2026 neu registrieren. Nicht erneuerte Registrierungen werden automatisch deaktiviert; der Zugriff auf Outlook, Teams und SharePoint ist dann gesperrt.

Scannen Sie den QR-Code in dieser Nachricht mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Aus Sicherheitsgründen funktioniert die Registrierung nur auf dem Mobilgerät.

Referenz: EX-MFA-2026-10-8841

Vielen Dank
Ihr IT-Service
"""
h5 = T.brand_html('Microsoft 365', 'Aktion erforderlich: Microsoft Authenticator neu registrieren', [
    'Hallo Julia Hartmann,',
    'im Rahmen der Umstellung auf die neuen Sicherheitsrichtlinien (phishing-resistente MFA) müssen alle Konten der Domäne <b>example.com</b> die Anmeldung mit Microsoft Authenticator bis zum <b>23.10.2026</b> neu registrieren. Nicht erneuerte Registrierungen werden automatisch deaktiviert; der Zugriff auf Outlook, Teams und SharePoint ist dann gesperrt.',
    'Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Aus Sicherheitsgründen funktioniert die Registrierung nur auf dem Mobilgerät.'],
    footer='Referenz: EX-MFA-2026-10-8841 · Ihr IT-Service', color='#0f6cbd', charset='windows-1252',
    img_cid='qr8841@mfa', img_alt='QR-Code')
add(Mail(
    'quishing-authenticator-neuregistrierung', '2026-10-20 07:41:18', MAIL['assistant'],
    I.custom(('mout.kundenserver.de', 'mout.kundenserver.de', '212.227.126.133'),
             hops=[('from [185.220.101.47] ([185.220.101.47]) by mrelayeu.kundenserver.de\n (mreue009 [213.165.67.97]) with ESMTPSA (Nemesis) id 1M4JmT-1t8Zx03Bzb-00FjKL', 'DE', False, 2)],
             msgid=lambda ctx: '<%s@baeckerei-luedtke.de>' % I.hx(ctx.rng, 24), style='generic',
             date_zone='DE', boundary='generic',
             mailer=[('X-Mailer', 'Microsoft Outlook 16.0')],
             extra=[('X-Provags-ID', lambda ctx: 'V03:K1:' + I.rs(ctx.rng, 108, I.ALNUM + '+/')),
                    ('UI-OutboundReport', lambda ctx: 'notjunk:1;M01:P0:' + I.rs(ctx.rng, 120, I.ALNUM + '+/'))]),
    ('IT-Service | Microsoft 365', 'info@baeckerei-luedtke.de'),
    'Aktion erforderlich: Microsoft Authenticator bis 23.10. neu registrieren',
    Multi('alternative', [
        Text(p5, 'plain', 'windows-1252', 'quoted-printable'),
        related(Text(h5, 'html', 'windows-1252', 'quoted-printable'),
                qr_att('image001.png', url5, cid='qr8841@mfa', inline=True))]),
    rcpt_name='Julia Hartmann', hcs='windows-1252', sent_delta=4,
    what='"IT service" demands re-registration of Microsoft Authenticator by scanning an embedded QR code on the phone.',
    why='Sent from a compromised bakery mailbox at IONOS via a Tor exit node; QR code (quishing) decodes to %s, a look-alike credential/AiTM page; IT never sends QR codes by mail.' % url5,
    tags=('quishing (QR code)', 'credential phishing: Microsoft 365', 'compromised small-business mailbox')))

# ------------------------------------------------------ 06 Toll Collect (SES)
url6 = 'https://tollcollect-kundenportal.de/kundenportal/zahlungsdaten?kd=30041877&s=7f3a91'
p6 = """Sehr geehrte Damen und Herren,

für Ihr Kundenkonto (Kundennummer 30 041 877) ist die Mautaufstellung Oktober 2026 über 1.486,27 EUR trotz Zahlungserinnerung vom 28.10.2026 weiterhin offen. Das hinterlegte SEPA-Lastschriftmandat konnte nicht eingelöst werden (Rücklastschrift, Grund: AC04 – Konto erloschen).

Bitte aktualisieren Sie Ihre Zahlungsdaten bis zum 11.11.2026 im Kundenportal. Andernfalls werden die Fahrzeuggeräte (On-Board Units) Ihrer Fahrzeuge H-EG 4412, H-EG 4417 und H-EG 4420 gemäß Ziffer 7.3 unserer Allgemeinen Geschäftsbedingungen gesperrt. Die Maut muss dann vor jeder Fahrt manuell über die App oder die Webseite gebucht werden.

Zahlungsdaten aktualisieren: %s

Mit freundlichen Grüßen
Toll Collect GmbH
Kundenservice

Toll Collect GmbH · Linkstraße 4 · 10785 Berlin
""" % url6
h6 = T.brand_html('Toll Collect', 'Sperrankündigung Ihrer Fahrzeuggeräte', [
    'Sehr geehrte Damen und Herren,',
    'für Ihr Kundenkonto (Kundennummer 30 041 877) ist die Mautaufstellung Oktober 2026 über <b>1.486,27 EUR</b> trotz Zahlungserinnerung vom 28.10.2026 weiterhin offen. Das hinterlegte SEPA-Lastschriftmandat konnte nicht eingelöst werden (Rücklastschrift, Grund: AC04 – Konto erloschen).',
    'Bitte aktualisieren Sie Ihre Zahlungsdaten bis zum <b>11.11.2026</b> im Kundenportal. Andernfalls werden die Fahrzeuggeräte (On-Board Units) Ihrer Fahrzeuge H-EG 4412, H-EG 4417 und H-EG 4420 gemäß Ziffer 7.3 unserer Allgemeinen Geschäftsbedingungen gesperrt.'],
    'Zahlungsdaten aktualisieren', url6, color='#e2001a', logo_text='TOLL COLLECT',
    footer='Toll Collect GmbH · Linkstraße 4 · 10785 Berlin')
add(Mail(
    'toll-collect-obu-sperrung', '2026-11-06 11:28:02', MAIL['plant'],
    I.ses(region='eu-central-1', mail_from='mail.tollcollect-kundenportal.de'),
    ('Toll Collect Kundenservice', 'kundenservice@tollcollect-kundenportal.de'),
    'Sperrankündigung Fahrzeuggeräte – Kundennummer 30 041 877 – offene Mautforderung',
    alt(p6, h6, 'utf-8', 'quoted-printable'),
    rcpt_name='Dieter Krämer', sent_delta=2,
    what='"Toll Collect" threatens to block the trucks\' on-board units over an unpaid toll statement and asks to update payment data.',
    why='Look-alike domain tollcollect-kundenportal.de (real: toll-collect.de) via Amazon SES; payment-card/credential harvesting page; trade-specific pretext (truck toll).',
    tags=('credential/payment phishing: road toll', 'bulk ESP abuse (Amazon SES)', 'look-alike domain')))

# ------------------------------------------------------ 07 fake register invoice (Mailgun)
reg_iban = ids.fmt_iban(BANK['register_fake'])
p7 = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Eintragungsunterlagen zu Ihrem Unternehmen

Example Group GmbH
Am Reifenwerk 12, 30855 Langenhagen
Amtsgericht Hannover, HRB 214733

für das Zentrale Gewerbe- und Handelsverzeichnis 2027.

Bitte prüfen Sie die hinterlegten Angaben und überweisen Sie den Betrag innerhalb von 10 Tagen unter Angabe des Aktenzeichens, damit die Veröffentlichung fristgerecht erfolgen kann.

Betrag: 1.186,50 EUR
Empfänger: ZGHV Verlagsservice s.r.o.
IBAN: %s
BIC: FIOZSKBAXXX
Verwendungszweck: GHV-26-0418873

Mit freundlichen Grüßen
Ihr Eintragungsservice
Zentrales Gewerbe- und Handelsverzeichnis
""" % reg_iban
add(Mail(
    'register-eintragungsofferte', '2026-11-10 09:55:30', MAIL['ap'],
    I.mailgun(mgdomain='mg.gewerbeverzeichnis-zentral.de'),
    ('Zentrales Gewerbe- und Handelsverzeichnis', 'service@gewerbeverzeichnis-zentral.de'),
    'Eintragung Example Group GmbH - HRB 214733 - Az. GHV-26-0418873',
    mixed(Text(p7, 'plain', 'iso-8859-1', '8bit'),
          pdf_att('Eintragung_GHV-26-0418873.pdf', [
              ('h1', 'Zentrales Gewerbe- und Handelsverzeichnis'),
              ('small', 'ZGHV Verlagsservice s.r.o. · Postfach · Bratislava'),
              ('h2', 'Eintragungsofferte / Datenabgleich 2027 – Az. GHV-26-0418873'),
              ('p', 'Firma: Example Group GmbH\nAnschrift: Am Reifenwerk 12, 30855 Langenhagen\nRegister: Amtsgericht Hannover, HRB 214733\n'
                    'Branche: Reifengroßhandel, Runderneuerung'),
              ('b', 'Zahlbetrag: 1.186,50 EUR – zahlbar innerhalb von 10 Tagen\nIBAN: %s · BIC: FIOZSKBAXXX\nVerwendungszweck: GHV-26-0418873' % reg_iban),
              ('p', 'Bitte prüfen Sie Ihre Daten. Korrekturen können auf diesem Formular vorgenommen werden.'),
              ('small', 'Hinweis: Dieses Schreiben ist ein Angebot. Mit Zahlung des Betrages erteilen Sie den Auftrag zur Eintragung Ihrer Firmendaten in das '
                        'private Online-Verzeichnis www.gewerbeverzeichnis-zentral.de für eine Laufzeit von drei Jahren; der Betrag versteht sich als '
                        'Jahresgebühr. Eine Verbindung zu amtlichen Registern oder Behörden besteht nicht. Gerichtsstand Bratislava.'),
          ], title='Eintragung GHV-26-0418873', author='ZGHV', creator='Microsoft Word', producer='Microsoft: Print To PDF',
             created="20261110080112+01'00'")),
    rcpt_name=None, hcs='iso-8859-1', sent_delta=5,
    what='"Register" payment request for the company\'s entry (HRB number) with a PDF that looks like an official notice, EUR 1,186.50 to a Slovak account.',
    why='Classic directory/register trap: the small print reveals an offer for a private online directory (3 years, annual fee); no relation to the commercial register; sent via Mailgun.',
    tags=('fake directory/register invoice', 'bulk ESP abuse (Mailgun)', 'PDF lure')))

# ------------------------------------------------------ 08 payroll diversion (web.de)
pay_iban = ids.fmt_iban(BANK['payroll_fake'])
p8 = """Hallo Andrea,

kurze Bitte: ich habe mein Gehaltskonto gewechselt. Kannst du bitte ab der Novemberabrechnung die neue Verbindung hinterlegen?

Kontoinhaber: Markus Fröhlich
IBAN: %s
BIC: NTSBDEB1XXX

Ich bin die ganze Woche auf Kundentour in Nordhessen und komme nicht ins Personalportal, deshalb schreibe ich von privat. Die alte Bankverbindung bitte nicht mehr nutzen, das Konto wird zum 20.11. geschlossen.

Gib mir bitte kurz Bescheid, wenn das geklappt hat.

Danke dir und viele Grüße
Markus
""" % pay_iban
add(Mail(
    'gehaltskonto-aenderung-privatmail', '2026-11-12 13:36:44', MAIL['hr'],
    I.trinity('webde', client_ip='105.112.63.19', app='3c-app-webde-bap37', app_ip='172.19.172.201'),
    ('Markus Fröhlich', 'm.froehlich.hannover@web.de'),
    'Neue Bankverbindung – Gehalt November',
    Text(T.trinity_html(p8), 'html', 'utf-8', 'quoted-printable'),
    rcpt_name='Andrea Brückner', sent_delta=3,
    what='"Employee" writes from a private WEB.DE address asking HR to change his salary account before the November payroll.',
    why='Payroll diversion: free-mail address not on file for the employee (his known private address is at GMX), sent from a Nigerian IP, new N26 account, bypasses the HR portal, asks for confirmation.',
    tags=('BEC: payroll diversion', 'free-mail impersonation')))
