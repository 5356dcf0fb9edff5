"""Attack messages, German (01-08)."""
import base64

from common import *  # noqa: F401,F403
from biz_de import lieferant_letterhead, LIEF_FOOT

F = 'attack'


def build():
    # ------------------------------------------------------------------ 01 CEO fraud from look-alike tenant
    t = dt(2026, 11, 5, 9, 52, 14)
    body = '''Sabine,

bist du heute Vormittag am Platz? Ich brauche dich für etwas Vertrauliches.

Wir stehen unmittelbar vor der Unterzeichnung der Übernahme von Juwelier Haslinger in Wien (drei Standorte, u. a. am Kohlmarkt). Der Verkäufer hat heute früh Exklusivität bis Montag zugesagt, wenn bis heute 15 Uhr eine Exklusivitätsgebühr von 1,38 Mio. EUR auf dem Treuhandkonto seiner Kanzlei eingeht. Der Betrag wird beim Closing voll angerechnet.

Da es sich um eine Insiderinformation im Sinne der MAR handelt, bitte ich dich, das mit niemandem zu besprechen – auch nicht mit Monika. Dr. Albrecht ist informiert. Die Zahlung bitte als Einzelüberweisung außerhalb des normalen Zahllaufs anlegen.

Dr. Felix Renner von Renner Hoffmeister Rechtsanwälte (Frankfurt) begleitet die Transaktion für uns und schickt dir gleich die Kontodaten und das Term Sheet. Ich sitze den ganzen Tag in Genf in den Verhandlungen und kann nicht telefonieren, bitte antworte nur per Mail.

Danke dir, das ist wirklich wichtig für uns.

Johannes

Von meinem iPhone gesendet
'''
    dom = 'examplegroup-ag.com'
    make(F, 1, 'de', 'ceo-fraud-vertrauliche-uebernahme', frm=('Johannes Köhler', 'j.koehler@' + dom), to=[S('cfo')],
         subject='Vertraulich – bist du erreichbar?', t=t,
         infra=P(I.m365, lang='de-DE', xmailer='iPhone Mail (22B91)', obe='EUR02-AM0-obe'),
         msgid='<%s@%s>' % (uuid('a01-apple', upper=True), dom),
         body=alt(text(body, 'utf-8', 'quoted-printable'), html(tpl.apple_html(body), 'utf-8', 'quoted-printable')),
         bstyle='apple',
         what='"CEO" asks the CFO to wire a EUR 1.38 m exclusivity fee for a secret acquisition; a "lawyer" will send account details.',
         why='CEO fraud: CEO\'s display name on the look-alike domain examplegroup-ag.com (a Microsoft 365 trial tenant), '
             'not our Exchange path; secrecy (MAR pretext, "not even Monika"), deadline today, payment outside the '
             'normal payment run, refuses phone contact, hand-off to a fake lawyer.')

    # ------------------------------------------------------------------ 02 supplier bank change, look-alike domain
    t = dt(2026, 11, 10, 7, 47, 3)
    body = '''Sehr geehrte Frau Groß,

wir möchten Sie darüber informieren, dass wir im Zuge der Umstellung unseres Zahlungsverkehrs auf eine neue Hausbank unsere Bankverbindung geändert haben. Das entsprechende Schreiben unserer Geschäftsführung finden Sie im Anhang.

Wir bitten Sie, ab sofort alle Zahlungen ausschließlich auf die neue Bankverbindung zu leisten. Das betrifft auch die derzeit offenen Posten:

RE 2026-1098 vom 21.09.2026 – 14.980,00 EUR
RE 2026-1187 vom 12.10.2026 – 23.359,70 EUR

Die bisherige Verbindung bei der Sparkasse Hanau wird zum Monatsende aufgelöst; Zahlungen dorthin können ab sofort nicht mehr zugeordnet werden.

Bitte bestätigen Sie mir kurz per E-Mail die Änderung in Ihren Stammdaten. Telefonisch bin ich diese Woche wegen der Umstellung leider nur eingeschränkt erreichbar.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung / Forderungsmanagement
Lieferant GmbH | Kinzigheimer Weg 18 | 63450 Hanau
Tel. +49 6181 9077-230
'''
    letter = pdf.letter(lieferant_letterhead() + [
        'Example Group AG', 'Buchhaltung', 'Goldschmiedstraße 12', '75172 Pforzheim', ('S', 20),
        'Hanau, 09.11.2026', ('S', 10), ('B', 'Mitteilung über die Änderung unserer Bankverbindung'), ('S', 8),
        'Sehr geehrte Geschäftspartner,', ('S', 4),
        ('W', 'hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung geändert hat. '
              'Bitte leisten Sie alle künftigen sowie alle offenen Zahlungen ausschließlich auf das folgende Konto:'),
        ('S', 6), 'Kontoinhaber:  Lieferant GmbH', 'Kreditinstitut:  Berliner Volksbank eG',
        'IBAN:  ' + fmt_iban(BANK['lief_fraud']), 'BIC:  BEVODEBBXXX', ('S', 6),
        ('W', 'Unsere bisherige Bankverbindung wird zum Monatsende aufgelöst. Zahlungen auf das alte Konto können '
              'nicht mehr berücksichtigt werden.'), ('S', 6),
        'Mit freundlichen Grüßen', ('S', 24), 'Michael Lange', 'Geschäftsführer', ('S', 40), ('R',)] + LIEF_FOOT,
        producer='Microsoft® Word 2016', creator='Microsoft® Word 2016', title='', author='Admin',
        created=pdfdate(dt(2026, 11, 9, 21, 14)))
    make(F, 2, 'de', 'lieferant-bankwechsel-lookalike-domain', frm=('Petra Lang', 'p.lang@lieferant-gmbh.com'), to=[S('ap1')],
         subject='Lieferant GmbH – Änderung der Bankverbindung / offene Posten', t=t,
         infra=P(I.vps, helo='mail.lieferant-gmbh.com', rdns='static.34.61.198.88.clients.your-server.de',
                 ip='88.198.61.34', mailer='outlook', local_hop=False),
         body=mixed(ol_alt(body, 'windows-1252'), attach(letter, 'application/pdf', 'Lieferant_GmbH_Bankverbindung.pdf')),
         hcs='windows-1252', order='outlook', bstyle='outlook',
         what='"Petra Lang" announces new bank details and asks that the two open invoices be paid to the new account.',
         why='Supplier bank-detail fraud from the look-alike domain lieferant-gmbh.com (genuine: .de) sent from a '
             'Hetzner VPS; "with immediate effect", open items redirected to an unrelated Berlin account, asks for '
             'e-mail confirmation and avoids the phone; contradicts the genuine, signed change to Frankfurter '
             'Sparkasse announced for 1 Dec (business 02).')

    # ------------------------------------------------------------------ 03 thread hijack, compromised supplier mailbox
    t = dt(2026, 10, 20, 12, 7, 31)
    orig_mid = internal_msgid('a03-monika-orig')
    quoted = '''Sehr geehrte Damen und Herren,

zu Ihrer Rechnung 2026-1187 vom 12.10.: Bei der Wareneingangsprüfung haben
wir 12 Karabinerverschlüsse 750 GG (Pos. 2) mit defekter Feder
festgestellt; die Teile gehen heute mit UPS an Sie zurück.

Bitte senden Sie uns eine Gutschrift über 12 x 38,40 EUR zzgl. USt., dann
können wir die Rechnung mit Skonto bis 22.10. begleichen.

Mit freundlichen Grüßen
Monika Groß
Kreditorenbuchhaltung
Example Group AG
'''
    body = '''Sehr geehrte Frau Groß,

anbei wie besprochen die korrigierte Rechnung 2026-1187 sowie die Gutschrift GS-2026-0214 über die 12 beanstandeten Karabinerverschlüsse.

Aus Datenschutzgründen versenden wir Belege mit Bankdaten seit dieser Woche nur noch verschlüsselt. Das Kennwort für das Archiv lautet: LG-1187

Bitte gleichen Sie die offenen Posten auf Basis der korrigierten Belege ab.

Mit freundlichen Grüßen
Lieferant GmbH - Buchhaltung

Am 19.10.2026 10:12, schrieb Monika Groß:
''' + quote(quoted)
    z = make_zip([('Rechnung_Gutschrift_2026-1187.pdf.wsf', placeholder('Rechnung_Gutschrift_2026-1187.pdf.wsf'))],
                 password='LG-1187', when=(2026, 10, 20, 14, 3, 10), seed='a03')
    webhop = ('Received: from [146.70.117.38]\r\n\tby webmail.lieferant-gmbh.de\r\n\twith HTTP (HTTP/1.1 POST); %s'
              % rfc(t, 'CE'))
    make(F, 3, 'de', 'thread-hijack-lieferant-zip-passwort', frm=C('lief_buha'), to=[S('ap1')],
         subject='Re: Rechnung 2026-1187 – Gutschrift für 12 Karabiner', t=t,
         irt=orig_mid, refs=orig_mid,
         infra=P(I.postfix_own, server='mail.lieferant-gmbh.de', server_ip='213.61.148.27', client_ip='127.0.0.1',
                 client_rdns='localhost', helo_client='webmail.lieferant-gmbh.de', mua='roundcube', extra_hop=webhop,
                 sub_tls=None),
         body=mixed(text(body, 'UTF-8', 'quoted-printable', flowed=True, quote_cs=False),
                    attach(z, 'application/zip', 'Rechnung_Gutschrift_2026-1187.zip')),
         bstyle='default',
         what='Reply in a real invoice thread from the supplier\'s (compromised) invoice mailbox with an encrypted ZIP and its password.',
         why='Thread hijack: genuine lieferant-gmbh.de mailbox, but submitted via webmail from an M247 VPN address '
             '(146.70.117.38) instead of the supplier\'s ERP/Outlook; the "credit note" is a password-protected ZIP '
             '(ZipCrypto, password in the body to defeat scanning) holding a script disguised as PDF '
             '(.pdf.wsf, inert placeholder).')

    # ------------------------------------------------------------------ 04 BZSt / USt-IdNr. credential phishing via SendGrid
    t = dt(2026, 11, 3, 6, 12, 40)
    click = 'https://u4821733.ct.sendgrid.net/ls/click?upn=u001.' + b64url('a04click', 90).replace('_', '-')
    body = '''Bundeszentralamt für Steuern
BZStOnline-Portal (BOP)

Ihr Zeichen: USt-IdNr. %s
Vorgangsnummer: BOP-USt-2026-1103-447291

Sehr geehrte Damen und Herren,

im Rahmen der Umsetzung des EU-Mehrwertsteuerpakets „VAT in the Digital Age“ (ViDA) werden die im Mehrwertsteuer-Informationsaustauschsystem (MIAS) gespeicherten Unternehmensdaten zum 1. Januar 2027 überprüft. Für die oben genannte Umsatzsteuer-Identifikationsnummer liegt uns bislang keine Bestätigung der hinterlegten Unternehmensangaben vor.

Bitte bestätigen Sie die Angaben bis spätestens 20. November 2026 über das BZStOnline-Portal. Nach Ablauf der Frist wird die USt-IdNr. im MIAS vorübergehend als „nicht bestätigt“ geführt; qualifizierte Bestätigungsanfragen Ihrer Geschäftspartner würden in diesem Zeitraum mit „ungültig“ beantwortet, was die Steuerbefreiung Ihrer innergemeinschaftlichen Lieferungen gefährden kann.

[[Angaben jetzt im BOP bestätigen|%s]]

Für die Anmeldung benötigen Sie Ihr ELSTER-Zertifikat (Zertifikatsdatei und PIN) bzw. Ihre BOP-Zugangsdaten.

Mit freundlichen Grüßen
Ihr Bundeszentralamt für Steuern
Referat St I 4 – Umsatzsteuer-Identifikationsnummern

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
Bundeszentralamt für Steuern, An der Küppe 1, 53225 Bonn
''' % (COMPANY['ustid'], click)
    paras = body.split('\n\n')
    hb = tpl.service_html('Bestätigung Ihrer Umsatzsteuer-Identifikationsnummer', paras[2:5] + [paras[6]],
                          button=('Angaben jetzt im BOP bestätigen', click),
                          footer='\n'.join(paras[7:]), color='#00468c', brand='Bundeszentralamt für Steuern', lang='de')
    make(F, 4, 'de', 'bzst-ustid-bestaetigung-phishing', frm=('Bundeszentralamt für Steuern', 'noreply@bzst-bop-portal.de'),
         to=[S('ap2')], subject='Bestätigung Ihrer USt-IdNr. erforderlich – Frist 20.11.2026', t=t,
         infra=P(I.sendgrid, em_domain='em4821.bzst-bop-portal.de'),
         body=alt(text(tpl.plain(body), 'utf-8', 'base64'), html(hb, 'utf-8', 'base64')), bstyle='service',
         what='"BZSt" demands confirmation of the company\'s VAT ID in the BZSt portal with the ELSTER certificate and PIN.',
         why='Authority impersonation from bzst-bop-portal.de (not bzst.de/elster.de) sent through SendGrid; invented '
             'ViDA/MIAS "confirmation" with a deadline and a threat to intra-EU VAT exemption; click-tracked link to '
             'harvest ELSTER certificate file and PIN. The BZSt does not do this by e-mail (see business 07).')

    # ------------------------------------------------------------------ 05 quishing: MFA re-registration, compromised hairdresser
    t = dt(2026, 10, 19, 4, 55, 29)
    em = S('sales')[1]
    qurl = 'https://mfa-eg-sync.pages.dev/?u=' + base64.b64encode(em.encode()).decode()
    body = '''Sehr geehrter Herr Richter,

im Zuge der konzernweiten Umstellung auf phishingresistente Anmeldeverfahren muss Ihr Microsoft Authenticator bis Freitag, 23.10.2026, neu registriert werden. Andernfalls wird der Zugriff auf Outlook, Teams und SharePoint ab Montag automatisch gesperrt.

Die Neuregistrierung dauert weniger als zwei Minuten:
1. Öffnen Sie die Kamera Ihres Smartphones.
2. Scannen Sie den untenstehenden QR-Code.
3. Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie die Anfrage im Authenticator.

Aus Sicherheitsgründen ist der Code nur auf einem mobilen Gerät gültig.

Ihr IT-Service
Example Group AG · Goldschmiedstraße 12 · 75172 Pforzheim
'''
    qr = qr_png(qurl, scale=6)
    cid = 'image001.png@01DD%s.%s' % (h('a05c1', 4).upper(), h('a05c2', 8).upper())
    hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
          '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">'
          '<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#0f6cbd;color:#fff;padding:14px 20px;font-size:16px">'
          '<b>Microsoft 365</b> &nbsp;|&nbsp; Example Group IT-Service</td></tr><tr><td style="padding:20px">'
          '<p>Sehr geehrter Herr Richter,</p>'
          '<p>im Zuge der konzernweiten Umstellung auf phishingresistente Anmeldeverfahren muss Ihr <b>Microsoft Authenticator bis Freitag, 23.10.2026</b>, neu registriert werden. Andernfalls wird der Zugriff auf Outlook, Teams und SharePoint ab Montag automatisch gesperrt.</p>'
          '<p>Die Neuregistrierung dauert weniger als zwei Minuten:</p><ol><li>Öffnen Sie die Kamera Ihres Smartphones.</li>'
          '<li>Scannen Sie den untenstehenden QR-Code.</li><li>Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie die Anfrage im Authenticator.</li></ol>'
          '<p style="text-align:center"><img src="cid:%s" width="222" height="222" alt=""></p>'
          '<p style="font-size:12px;color:#666">Aus Sicherheitsgründen ist der Code nur auf einem mobilen Gerät gültig.</p>'
          '<p>Ihr IT-Service<br>Example Group AG · Goldschmiedstraße 12 · 75172 Pforzheim</p></td></tr></table></body></html>' % cid)
    make(F, 5, 'de', 'quishing-mfa-neuregistrierung-qr', frm=('Example Group IT-Service', 'info@haarstudio-lichtblick.de'),
         to=[S('sales')], subject='Aktion erforderlich: Neuregistrierung Microsoft Authenticator bis 23.10.2026', t=t,
         infra=P(I.exim_cpanel, server='s41.cpanel-hosting24.de', server_ip='185.26.156.%d' % num('a05h', 10, 200),
                 client_ip='197.211.58.%d' % num('a05c', 2, 250), mua='roundcube'),
         body=related(alt(text(body, 'utf-8', 'quoted-printable'), html(hb, 'utf-8', 'quoted-printable')),
                      attach(qr, 'image/png', 'image001.png', inline=True, cid=cid), rtype='multipart/alternative'),
         what='"IT-Service" demands MFA re-registration by scanning a QR code within four days.',
         why='Quishing: the QR code (inline PNG) encodes a credential-phishing URL on pages.dev carrying the '
             'victim\'s address; sent from a hairdresser\'s compromised cPanel mailbox via webmail from a Nigerian '
             'IP, display name impersonates our IT; lockout threat. Our IT never sends QR codes (business 05).')

    # ------------------------------------------------------------------ 06 payroll diversion from Gmail
    t = dt(2026, 11, 19, 15, 48, 20)
    body = '''Hallo Claudia,

kurze Bitte: Ich habe mein Gehaltskonto zu einer anderen Bank umgezogen. Kannst du bitte für die November-Abrechnung schon die neue Verbindung hinterlegen?

Kontoinhaberin: Katrin Müller
IBAN: %s
BIC: NTSBDEB1XXX

Ich schreibe dir von meiner privaten Adresse, weil ich gerade auf dem Weg zur Inhorgenta-Vorbesprechung in München bin und am Handy nicht ins Firmenpostfach komme. Das alte Konto wird zum Monatsende geschlossen, deshalb wäre es super, wenn es noch vor dem Abrechnungslauf klappt.

Gib mir einfach kurz Bescheid, wenn es drin ist. Danke dir!

Liebe Grüße
Katrin
''' % fmt_iban(BANK['payroll_fraud'])
    make(F, 6, 'de', 'gehaltsumleitung-private-adresse', frm=('Katrin Müller', 'katrin.mueller.eg@gmail.com'), to=[S('hr')],
         subject='Neue Bankverbindung Gehalt', t=t, infra=P(I.gmail, client='mobile'), body=gm_alt(body), order='gmail',
         what='"Katrin Müller" asks HR from a Gmail address to change her salary account before the November payroll run.',
         why='Payroll diversion: employee\'s display name on an unknown freemail address (not her private address on '
             'file), new account at a neobank, deadline before the payroll cut-off, excuse for not using the company '
             'mailbox or HR self-service, asks only for e-mail confirmation.')

    # ------------------------------------------------------------------ 07 fake register invoice via Mailgun
    t = dt(2026, 11, 23, 8, 3, 55)
    body = '''Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung zur Eintragung Ihrer Unternehmensdaten (Example Group AG, HRB 706118, Amtsgericht Mannheim) in das Deutsche Handels- und Gewerberegister für den Zeitraum 2027.

Rechnungsnummer: DHGR-2026-884172
Betrag: 698,70 EUR
Zahlungsziel: 7 Tage

Wir bitten um fristgerechte Überweisung unter Angabe der Rechnungsnummer. Bei Rückfragen steht Ihnen unser Kundenservice werktags von 9 bis 16 Uhr zur Verfügung.

Mit freundlichen Grüßen
Abteilung Registerführung
DHGR Deutsches Handels- und Gewerberegister
'''
    inv = pdf.letter([
        ('H', 'DHGR'), 'Deutsches Handels- und Gewerberegister - Abteilung Registerführung', ('R',), ('S', 8),
        'Example Group AG', 'Goldschmiedstraße 12', '75172 Pforzheim', ('S', 14),
        ('B', 'RECHNUNG  Nr. DHGR-2026-884172'), 'Datum: 23.11.2026', ('S', 8),
        ('T', ['Leistung', 'Zeitraum', 'Betrag EUR'], [260, 100, 100], True), ('R',),
        ('T', ['Eintragung HRB 706118, AG Mannheim', '2027', '587,14'], [260, 100, 100]),
        ('T', ['zzgl. 19 % USt.', '', '111,56'], [260, 100, 100]),
        ('T', ['Gesamtbetrag', '', '698,70'], [260, 100, 100], True), ('S', 10),
        'Zahlbar innerhalb von 7 Tagen ohne Abzug an:', 'Empfänger: DHGR Registerservice', 'Bank: Alior Bank S.A.',
        'IBAN: ' + fmt_iban(BANK['register_fraud']) + '   BIC: ALBPPLPW', 'Verwendungszweck: DHGR-2026-884172',
        ('S', 260),
        ('W', 'Hinweis: Bei diesem Schreiben handelt es sich um ein Angebot zur Eintragung in das private Register des '
              'DHGR. Mit Zahlung des Betrages nehmen Sie das Angebot an; die Laufzeit beträgt 24 Monate und verlängert '
              'sich jeweils um 12 Monate. Es besteht keine Verbindung zum amtlichen Handelsregister oder zum '
              'Unternehmensregister.')],
        producer='FPDF 1.86', creator='FPDF', title='Rechnung', created=pdfdate(dt(2026, 11, 23, 7, 40)))
    make(F, 7, 'de', 'registereintrag-scheinrechnung', frm=('DHGR Registerführung', 'rechnung@dhgr-register.de'),
         to=[S('ap2')], subject='Rechnung DHGR-2026-884172 – Eintragung HRB 706118', t=t,
         infra=P(I.mailgun, mg_domain='mg.dhgr-register.de'),
         body=mixed(text(body, 'iso-8859-1', '8bit'), attach(inv, 'application/pdf', 'Rechnung_DHGR-2026-884172.pdf')),
         hcs='iso-8859-1',
         what='Invoice-looking demand for EUR 698.70 for an "entry in the German commercial and trade register".',
         why='Fake register/directory invoice: official-sounding private "register", uses public HRB data, looks '
             'like an invoice with a 7-day deadline; the small print at the foot of the PDF admits it is an offer '
             'with a 24-month auto-renewal; payment to a Polish account; sent through Mailgun.')

    # ------------------------------------------------------------------ 08 callback phishing via genuine PayPal invoice
    t = dt(2026, 11, 25, 12, 17, 44)
    inv_id = 'INV2-%s-%s-%s-%s' % tuple(alnum('a08inv%d' % i, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for i in range(4))
    body = '''Digital Wallet Security hat Ihnen eine Rechnung über 489,99 € EUR gesendet.

Rechnungsnummer: 0004217
Fällig am: 26. Nov. 2026

Hinweis des Verkäufers:
Ihr Konto wurde für eine Zahlung von 489,99 EUR an Coinbase Europe (Bitcoin-Kauf) autorisiert. Wenn Sie diese Transaktion nicht selbst veranlasst haben, rufen Sie innerhalb von 24 Stunden unsere Kundenbetreuung unter +44 20 7946 0718 an, um die Zahlung zu stornieren. Nach Ablauf der Frist wird der Betrag automatisch eingezogen.

[[Rechnung ansehen und bezahlen|https://www.paypal.com/invoice/p/#%s]]

Hilfe und Kontakt: [[www.paypal.com/de/smarthelp/contact-us|https://www.paypal.com/de/smarthelp/contact-us]]

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburg
Bitte antworten Sie nicht auf diese E-Mail. Dieses Postfach wird nicht überwacht.
Copyright © 1999-2026 PayPal. Alle Rechte vorbehalten.
PPX001205:%s
''' % (inv_id, h('a08foot', 12))
    paras = body.split('\n\n')
    hb = tpl.service_html('Rechnung von Digital Wallet Security', paras[:3], button=('Rechnung ansehen und bezahlen',
                          'https://www.paypal.com/invoice/p/#' + inv_id), footer='\n'.join(paras[4:]), color='#003087',
                          brand='PayPal', lang='de')
    make(F, 8, 'de', 'callback-paypal-rechnung-telefonnummer', frm=('PayPal', 'service@paypal.de'), to=[S('eshop')],
         subject='Rechnung von Digital Wallet Security (0004217)', t=t, infra=P(I.paypal, tld='de'),
         body=alt(text(tpl.plain(body, 'service'), 'UTF-8', 'quoted-printable', quote_cs=False),
                  html(hb, 'UTF-8', 'quoted-printable', quote_cs=False)),
         bstyle='service', date_pad=True, date_zone='PT',
         what='A real PayPal invoice from a merchant "Digital Wallet Security" whose note claims an authorised Bitcoin purchase and gives a phone number.',
         why='Callback phishing (TOAD) abusing PayPal\'s genuine invoicing service: everything technical is '
             'genuine PayPal, but the seller note invents an unauthorised charge and pushes the victim to call a '
             'UK number within 24 h, where "support" installs remote access or takes card data.')
