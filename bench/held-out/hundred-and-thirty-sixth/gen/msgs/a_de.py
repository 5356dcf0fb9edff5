"""attack/ 01-08 (German)."""
from lib import docs, ids, mime, profiles as P, styles as ST, when, zipx, png, qr as qrmod
from lib.world import OFFICES
from . import msg
from .common import at, staff, cp, outlook, eg_sig_de, PDF_MIME, ZIP_MIME, XLSX_MIME, KURKUMA_JANA, KURKUMA_STEFAN

LF_FOOT = ['Lieferant GmbH · Hafenstraße 112 · 28217 Bremen · Tel. +49 421 6198 200 · info@lieferant-gmbh.de · www.lieferant-gmbh.de',
           'Geschäftsführer: Klaus Bergmann, Dr. Anke Wiese · Amtsgericht Bremen HRB 31874 HB · USt-IdNr. %s' % ids.de_vat('81406275')]
LF_SENDER = ('Lieferant GmbH', ['Gewürzmühle · Sterilisation · Lohnabpackung', 'Hafenstraße 112 · 28217 Bremen'])

FRAUD_A01 = ids.iban('DE', '28020050' + '7310458827')


@msg('attack', 1, 'de', 'lieferant-bankwechsel-lookalike',
     'Supplier bank-detail change from the look-alike domain lieferantgmbh.de (hyphen dropped), sent through Zoho Mail EU, with a forged letterhead PDF',
     'Look-alike of lieferant-gmbh.de registered by the fraudster (SPF/DKIM/DMARC all pass for the fake domain); asks AP to redirect open invoices RE-2026-10811/10877 to a new account at another bank, to confirm by e-mail only because "the phone system is being migrated"; first contact from this domain, Zoho web client from a VPN address.',
     hn='business/01')
def a01(m):
    at(m, 'DE', 2026, 10, 13, 10, 42)
    m.frm = ('Petra Lang', 'p.lang@lieferantgmbh.de')
    m.to = [staff('sabine')]
    m.cc = [staff('jana')]
    m.subject = 'Änderung unserer Bankverbindung - Lieferant GmbH'
    iban = m.iban(FRAUD_A01, 'fraud account (mule) in forged letter')
    m.phone('+49 421 6198 230', 'real-looking Lieferant number copied into signature')
    m.url('http://www.lieferant-gmbh.de', 'genuine site in copied signature')
    body = ('Sehr geehrte Frau Krüger,\n\n'
            'im Zuge der Umstellung unseres Zahlungsverkehrs auf eine neue Hausbank zum 01.11.2026 hat sich unsere Bankverbindung geändert. '
            'Die entsprechende Mitteilung unserer Geschäftsführung finden Sie im Anhang.\n\n'
            'Wir bitten Sie, alle offenen und künftigen Zahlungen ausschließlich auf das neue Konto zu leisten. Das bisherige Konto bei der '
            'Weser-Volksbank wird zum Monatsende aufgelöst, Eingänge darauf können danach nicht mehr zugeordnet werden.\n\n'
            'Betroffen sind insbesondere die offenen Rechnungen RE-2026-10811 und RE-2026-10877 (Kurkuma gemahlen, Paprika edelsüß). '
            'Bitte bestätigen Sie uns kurz per E-Mail, dass Sie die Stammdaten angepasst haben.\n\n'
            'Für Rückfragen stehe ich Ihnen gern zur Verfügung, am besten per E-Mail, da wir in dieser Woche unsere Telefonanlage auf '
            'Cloud-Telefonie umstellen und telefonisch nur eingeschränkt erreichbar sind.\n\n'
            'Mit freundlichen Grüßen\n\n'
            'Petra Lang\nAuftragsabwicklung / Kundenservice\n\nLieferant GmbH\nHafenstraße 112 · 28217 Bremen\n'
            'Tel. +49 421 6198 230\n[[www.lieferant-gmbh.de|http://www.lieferant-gmbh.de]]\n')
    letter = docs.letter(
        m, m.date, LF_SENDER,
        ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Brooktorkai 9', '20457 Hamburg'],
        'Bremen, 12.10.2026', 'Mitteilung über die Änderung unserer Bankverbindung',
        'Sehr geehrte Damen und Herren,\n\n'
        'hiermit teilen wir Ihnen mit, dass die Lieferant GmbH ihren Zahlungsverkehr mit Wirkung zum 01.11.2026 auf eine neue Hausbank umstellt. '
        'Bitte leisten Sie ab sofort sämtliche Zahlungen, auch für bereits gestellte und noch offene Rechnungen, ausschließlich auf folgendes Konto:\n\n'
        'Kontoinhaber: Lieferant GmbH\nBank: Nordwest Direktbank AG\nIBAN: %s\nBIC: NWDBDE21XXX\n\n'
        'Das bisherige Konto bei der Weser-Volksbank eG wird zum 31.10.2026 geschlossen. Zahlungen auf das alte Konto werden von der Bank '
        'nach diesem Datum zurückgewiesen, was zu Mahngebühren und Lieferverzögerungen führen kann.\n\n'
        'Wir danken Ihnen für die Anpassung Ihrer Stammdaten und die gute Zusammenarbeit.' % docs_fmt(iban),
        'Mit freundlichen Grüßen\n\nLieferant GmbH\n\ngez. Klaus Bergmann          gez. Petra Lang\nGeschäftsführer                   Auftragsabwicklung',
        LF_FOOT, producer='Microsoft® Word 2016', creator='Microsoft® Word 2016', author='PLang',
        title='Mitteilung Bankverbindung')
    root = mime.multipart('mixed', [
        mime.multipart('alternative', [
            mime.text(ST.plain(body, 'gmail'), 'plain', 'UTF-8', 'quoted-printable'),
            mime.text('<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
                      + ''.join('<div>%s<br></div>' % ST.inline_html(l) if l else '<div><br></div>' for l in body.split('\n'))
                      + '</div><br>', 'html', 'UTF-8', 'quoted-printable')],
            '----=_Part_%d_%d.%d' % (m.rng.randint(100000, 999999), m.rng.randint(100000000, 999999999), int(m.date.timestamp() * 1000))),
        mime.attachment(PDF_MIME, letter, 'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf')],
        '----=_Part_%d_%d.%d' % (m.rng.randint(100000, 999999), m.rng.randint(100000000, 999999999), int(m.date.timestamp() * 1000)))
    for p in root.walk():
        if p.ctype.startswith('text/'):
            p.charset_quoted = False
    m.root = root
    P.zoho_eu(m, 'lieferantgmbh.de', '185.213.154.71')
    m.auth = dict(m.auth, dmarc='pass', dmarc_policy='none')


def docs_fmt(iban):
    return ids.fmt_iban(iban)


def _quoted_lief(m):
    """The genuine thread between Jana Köhler and Stefan Maier (28 Oct 2026)."""
    t1 = when.local_utc('DE', 2026, 10, 28, 9, 17, 40)
    t2 = when.local_utc('DE', 2026, 10, 28, 11, 3, 12)
    q2 = ('Hallo Frau Köhler,\n\nder Liefertermin für Ihren Auftrag 4500018832 (2.400 kg Kurkuma gemahlen, 24 x 100 kg Sackware, '
          'dampfsterilisiert) ist Mittwoch, 04.11., Anlieferung zwischen 8 und 12 Uhr an Ihr Lager Billbrook. Die Spedition meldet sich '
          'am Vortag mit dem Zeitfenster.\n\nDas Analysenzertifikat der Charge KU-2610-07 schicke ich Ihnen separat.\n\n'
          'Viele Grüße aus Bremen\nStefan Maier\n\nLieferant GmbH\nVertrieb / Key Account\nHafenstraße 112 · 28217 Bremen\nTel. +49 421 6198 214')
    q1 = ('Hallo Herr Maier,\n\nkönnen Sie mir bitte den Liefertermin für die Kurkuma aus unserer Bestellung 4500018832 bestätigen? '
          'Wir bräuchten die Ware spätestens in KW 45 für die Abfüllung.\n\nDanke und viele Grüße\nJana Köhler')
    return [
        (ST.outlook_quote_hdr('de', 'Stefan Maier <s.maier@lieferant-gmbh.de>', t2, 'Jana Köhler <jana.koehler@example.com>',
                              'AW: Lieferung Kurkuma gemahlen KW 44 - Auftrag 4500018832'), q2),
        (ST.outlook_quote_hdr('de', 'Jana Köhler <jana.koehler@example.com>', t1, 'Stefan Maier <s.maier@lieferant-gmbh.de>',
                              'Lieferung Kurkuma gemahlen KW 44 - Auftrag 4500018832'), q1),
    ]


@msg('attack', 2, 'de', 'lieferant-threadhijack-html',
     'Reply inside a real order thread from the genuine but compromised mailbox s.maier@lieferant-gmbh.de, with an HTML attachment posing as a protected invoice/delivery note',
     'Sent through Lieferant\'s own Exchange and Postfix relay (SPF/DKIM/DMARC pass), but submitted via Outlook on the web from a Nigerian mobile IP (x-originating-ip 102.89.34.17) at 07:12; the "invoice" is an .html file whose only content is a "sign in with Microsoft 365 to view" button to a workers.dev page.',
     hn='business/02')
def a02(m):
    at(m, 'DE', 2026, 11, 2, 7, 12)
    m.frm = ('Stefan Maier', 's.maier@lieferant-gmbh.de')
    m.to = [staff('jana')]
    m.subject = 'AW: AW: Lieferung Kurkuma gemahlen KW 44 - Auftrag 4500018832'
    m.phone('+49 421 6198 214', 'Stefan Maier (genuine, quoted signature)')
    target = m.url('https://sharepoint-viewer.lgmbh-docs.workers.dev/RE-2026-10877?u=jana.koehler%40example.com', 'credential phishing page behind HTML attachment')
    body = ('Hallo Frau Köhler,\n\nanbei wie besprochen die korrigierte Rechnung RE-2026-10877 zusammen mit dem Lieferschein zur Sendung von Mittwoch. '
            'Die Position Frachtkosten war in der ersten Version doppelt berechnet.\n\n'
            'Das Dokument ist aus Datenschutzgründen geschützt, bitte öffnen Sie es mit Ihren Microsoft-Zugangsdaten.\n\n'
            'Viele Grüße aus Bremen\nStefan Maier\n\nLieferant GmbH\nVertrieb / Key Account\nHafenstraße 112 · 28217 Bremen\nTel. +49 421 6198 214')
    html = ('<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>Microsoft 365 | Freigegebenes Dokument</title>\n'
            '<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1;margin:0}.card{width:440px;margin:80px auto;background:#fff;'
            'padding:36px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}.ms{font-size:20px;color:#5e5e5e;font-weight:600}.doc{border:1px solid #e1dfdd;'
            'padding:12px;margin:18px 0;font-size:14px}.btn{display:inline-block;background:#0067b8;color:#fff;padding:10px 26px;text-decoration:none;'
            'font-size:15px}.small{font-size:12px;color:#605e5c}</style>\n</head>\n<body>\n<div class="card">\n<div class="ms">Microsoft 365</div>\n'
            '<h2 style="font-weight:600;font-size:22px;color:#1b1b1b">Geschütztes Dokument</h2>\n'
            '<div class="doc"><b>RE-2026-10877_LS-2026-22817.pdf</b><br><span class="small">214 KB &middot; freigegeben von s.maier@lieferant-gmbh.de</span></div>\n'
            '<p style="font-size:14px">Dieses Dokument wurde für <b>jana.koehler@example.com</b> freigegeben. Zum Anzeigen bestätigen Sie bitte Ihre Identität '
            'mit Ihrem Geschäftskonto.</p>\n<p><a class="btn" href="%s">Dokument öffnen</a></p>\n'
            '<p class="small">Der Link ist 24 Stunden gültig. &copy; 2026 Microsoft &middot; Datenschutz &amp; Cookies</p>\n</div>\n</body>\n</html>\n') % target
    outlook(m, body, 'DE', 'iso-8859-1', quoted=_quoted_lief(m), reply=True, system='lieferant',
            atts=[('text/html', html.encode('utf-8'), 'RE-2026-10877_Lieferschein.html')])
    m.in_reply_to = KURKUMA_STEFAN
    m.references = [KURKUMA_JANA, KURKUMA_STEFAN]
    P.lieferant(m, owa_ip='102.89.34.17', has_attach=True, replies=2)
    m.meta['tell'] = 'Same mailbox and relay; attack comes via OWA from a foreign IP, early morning, HTML "protected document" attachment instead of a PDF, asks for Microsoft credentials.'


@msg('attack', 3, 'de', 'ceo-fraud-exarnple-whatsapp',
     'CEO fraud opener to the CFO from the look-alike domain exarnple.com ("rn" for "m") in a Microsoft 365 trial tenant: confidential acquisition of a tea garden in Assam, lawyer will call, move to WhatsApp',
     'Display name and signature of the CEO, but domain exarnple.com (authentication passes for the fake domain); secrecy towards colleagues, "only reachable by mail", asks for the CFO\'s mobile number to continue on WhatsApp - classic set-up for an urgent foreign transfer.',
     hn='business/03')
def a03(m):
    at(m, 'DE', 2026, 10, 20, 8, 3)
    m.frm = ('Johannes Brandt', 'johannes.brandt@exarnple.com')
    m.to = [staff('katrin')]
    m.subject = 'Vertraulich - Projekt Assam'
    body = ('Hallo Katrin,\n\nbist du heute im Haus? Ich brauche dich kurzfristig für eine vertrauliche Angelegenheit.\n\n'
            'Wir stehen kurz vor dem Abschluss der Beteiligung an einem Teegarten in Assam, die Transaktion läuft über eine Holding in Singapur. '
            'Die Gegenseite besteht bis zur Unterzeichnung auf absoluter Vertraulichkeit. Bitte sprich mit niemandem darüber, auch nicht mit '
            'Henrik oder den Kollegen in der Buchhaltung, bis ich das Projekt offiziell vorstelle.\n\n'
            'Die Abwicklung übernimmt Dr. Martin Weiland von der Kanzlei Harrison & Weiland, er wird sich heute im Laufe des Vormittags bei dir melden. '
            'Ich sitze den ganzen Tag in Gesprächen und kann nicht telefonieren.\n\n'
            'Schick mir bitte kurz deine Handynummer, dann nehme ich dich in unsere WhatsApp-Gruppe mit Dr. Weiland auf.\n\n'
            'Danke dir!\nJohannes\n\nVon meinem iPhone gesendet')
    outlook(m, body, 'DE', 'utf-8', system='exo')
    P.m365(m, 'exarnple.com', region='EUR', lang='de-DE')
    m.meta['tell'] = 'Look-alike domain exarnple.com via external M365 tenant vs. internal Exchange path; secrecy and channel switch vs. normal ERP approval workflow.'


@msg('attack', 4, 'de', 'zoll-portal-bescheid-sendgrid',
     'Fake German customs "Zoll-Portal" notification about an import duty assessment for a spice shipment, sent through SendGrid with a tracked link',
     'Sender domain zoll-portal-service.de is not the customs administration (DKIM by the fake domain and sendgrid.info); the customs portal does not send payment requests with 5-day deadlines by e-mail; link is a SendGrid click-tracker leading away from zoll.de; MRN and shipment details are generic.',
     hn='business/04')
def a04(m):
    at(m, 'DE', 2026, 11, 10, 14, 26)
    m.frm = ('Zoll-Portal', 'benachrichtigung@zoll-portal-service.de')
    m.to = [staff('birgit')]
    m.subject = 'Neue Nachricht im Zoll-Portal: Einfuhrabgabenbescheid (Zahlungsfrist 5 Tage)'
    click = m.url('https://u48213907.ct.sendgrid.net/ls/click?upn=u001.' + m.b64(86).replace('+', '-').replace('/', '_') + '-2Fa-3D', 'SendGrid click tracker to phishing page')
    zoll = m.url('https://www.zoll.de', 'genuine customs site linked in footer')
    pixel = m.url('https://u48213907.ct.sendgrid.net/wf/open?upn=u001.' + m.b64(120).replace('+', '-').replace('/', '_'), 'open-tracking pixel')
    paras = ['Sehr geehrte Nutzerin, sehr geehrter Nutzer,',
             'in Ihrem Postfach im Zoll-Portal ist eine neue Nachricht eingegangen:',
             '**Einfuhrabgabenbescheid / Steuerbescheid**\nMRN: 26DE480271593841E4\nWarenbezeichnung: Gewürze, gemahlen (HS 0910 30)\nAbgabenbetrag: 4.812,37 EUR (Zoll, Einfuhrumsatzsteuer)',
             'Der Abgabenbetrag ist innerhalb von 5 Tagen nach Bekanntgabe zu entrichten. Bei Fristversäumnis werden Säumniszuschläge nach § 240 AO '
             'erhoben und die Sendung kann nicht zum zollrechtlich freien Verkehr überlassen werden.',
             'Bitte melden Sie sich im Zoll-Portal an, um den Bescheid einzusehen und die Zahlung anzuweisen.']
    h = ST.newsletter('Zoll-Portal', '#005a4e', 'Neue Nachricht in Ihrem Postfach', paras, button=('Zum Postfach', click),
                      footer='Dies ist eine automatisch erzeugte Nachricht des Zoll-Portals. Bitte antworten Sie nicht auf diese E-Mail.\n[[www.zoll.de|%s]]' % zoll,
                      logo_text='Zoll-Portal | Generalzolldirektion', lang='de')
    h = h.replace('</body>', '<img src="%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin-top:0 !important;margin-bottom:0 !important;margin-right:0 !important;margin-left:0 !important;padding-top:0 !important;padding-bottom:0 !important;padding-right:0 !important;padding-left:0 !important;"/></body>' % pixel)
    t = ST.html_to_text(h.replace('<img src="%s"' % pixel, '<img src=""'))
    m.root = ST.esp_mime(m, h, t, m.hex(64), charset='UTF-8', cte='quoted-printable')
    m.root.charset_quoted = False
    P.sendgrid(m, domain_dkim=('zoll-portal-service.de', 's1'))
    m.meta['tell'] = 'Customs broker forwards real ATLAS notices from his own domain with PDF; the fake comes from a new domain via SendGrid with a payment deadline and a login link.'


@msg('attack', 5, 'de', 'gehaltsanpassung-quishing-pdf',
     'Quishing: "DocuSign" salary-adjustment notice for 2027 whose PDF carries a QR code to a credential page on a compromised WordPress site; sent by PHPMailer from a hacked shared-hosting account',
     'Display name "Personalabteilung via DocuSign" but address on koeller-bau.de (a compromised construction firm, not DocuSign, not Example Group); the PDF has no document, only a QR code ("only viewable on mobile"), which moves the click to an unprotected phone; the QR URL embeds the recipient\'s address in base64.',
     hn='business/05')
def a05(m):
    import base64
    at(m, 'DE', 2026, 11, 24, 6, 51)
    m.frm = ('Personalabteilung via DocuSign', 'dse-notification@koeller-bau.de')
    m.to = [staff('henrik')]
    m.subject = 'Henrik Petersen: Gehaltsanpassung 2027 - Ihre Unterschrift ist erforderlich'
    target = m.url('https://koeller-bau.de/wp-includes/js/dsg/?id=' + base64.b64encode(b'henrik.petersen@example.com').decode(), 'QR target, credential phishing on compromised WordPress')
    m.qr(target, 'PDF Gehaltsanpassung_2027_HPetersen.pdf')
    ref = 'A%s-%s' % (m.hex(4).upper(), m.hex(4).upper())
    pdfdoc = docs.new_pdf(m, 'Skia/PDF m131', 'DocuSign', 'Gehaltsanpassung 2027', '', m.date)
    pg = pdfdoc.page()
    pg.rect(0, 770, 595.28, 72, fill=(0.16, 0.2, 0.4))
    pg.text(56, 800, 'DocuSign', 'B', 22, (1, 1, 1))
    pg.text(56, 720, 'Vertrauliches Dokument zur Unterschrift', 'B', 15)
    y = pg.para(56, 690, 480, 'Empfänger: Henrik Petersen (henrik.petersen@example.com)\nAbsender: Personalabteilung Example Group\n'
                'Dokument: Gehaltsanpassung_2027_Zielvereinbarung.pdf (2 Seiten)\nReferenz: ' + ref, 'R', 10)
    y = pg.para(56, y - 10, 480, 'Aus Datenschutzgründen (DSGVO) kann dieses Dokument nur auf einem verifizierten Mobilgerät geöffnet werden. '
                'Scannen Sie den QR-Code mit der Kamera Ihres Smartphones und melden Sie sich mit Ihren Firmen-Zugangsdaten an, '
                'um die Gehaltsanpassung einzusehen und digital zu unterzeichnen.', 'R', 10)
    pdfdoc.add_qr('Im1', qrmod.encode(target, 'M'), scale=3)
    pg.image('Im1', 56, y - 190, 170, 170)
    pg.para(240, y - 40, 300, 'Bitte bis spätestens 27.11.2026 unterzeichnen.\nNach Ablauf der Frist wird die Anpassung erst mit der '
            'Abrechnung Februar 2027 wirksam.', 'R', 10)
    pg.text(56, 90, 'DocuSign Envelope ID: %s' % m.guid().upper(), 'R', 7, (0.4, 0.4, 0.4))
    pdfbytes = pdfdoc.render()
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">'
         '<div style="background:#1e3264;color:#fff;padding:16px 22px;font-size:20px;font-weight:bold">DocuSign</div>'
         '<div style="padding:22px"><p>Hallo Henrik Petersen,</p><p>die Personalabteilung hat Ihnen ein Dokument zur Unterschrift gesendet: '
         '<b>Gehaltsanpassung 2027 / Zielvereinbarung</b>.</p><p>Aus Sicherheitsgründen ist das Dokument nur mobil abrufbar. Bitte öffnen Sie den Anhang '
         'und scannen Sie den QR-Code mit Ihrem Smartphone.</p><p>Frist: 27.11.2026</p><p style="color:#888;font-size:12px">Referenz: %s</p></div></body></html>' % ref)
    m.root = ST.phpmailer_mime(m, h, ST.html_to_text(h), atts=[(PDF_MIME, pdfbytes, 'Gehaltsanpassung_2027_HPetersen.pdf')])
    P.exim_cpanel(m, 'vps2114.hostpoint-server.de', '194.163.182.77', auth_user='dse-notification@koeller-bau.de',
                  client=('45.134.26.118', 51823, 'localhost.localdomain'), mailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)',
                  dkim=('koeller-bau.de', 'default'))
    m.meta['tell'] = 'Internal IT notice with QR comes through mail-int01 from the IT security officer and points to mfa.example.com; the attack comes from an outside construction-company domain and points to a WordPress path.'


@msg('attack', 6, 'de', 'zahlungserinnerung-zip-lnk',
     'Invoice reminder from the compromised mailbox of a label printer (druckerei-luedemann.de) replying into a stolen thread, with a password-protected ZIP containing a shortcut file',
     'Real small-business mailbox at all-inkl (authentication passes, no DMARC); the reply reuses an old quote thread from July, the "reminder" is a ZIP with password in the body (defeats scanning) containing Zahlungserinnerung_2026-1187.pdf.lnk (double extension, Windows shortcut = loader).',
     hn='business/06')
def a06(m):
    at(m, 'DE', 2026, 10, 27, 15, 8)
    m.frm = ('Ralf Lüdemann', 'r.luedemann@druckerei-luedemann.de')
    m.to = [staff('claudia')]
    m.subject = 'AW: Angebot Etiketten Teedosen 250 g - Zahlungserinnerung 2026-1187'
    m.zip_passwords['Zahlungserinnerung_2026-1187.zip'] = '4471'
    m.meta['extra_facts'] = [('ZIP password', '4471', 'given in the mail body itself')]
    m.phone('+49 40 5472 8810', 'Druckerei signature (copied)')
    tq = when.local_utc('DE', 2026, 7, 14, 10, 22, 5)
    quoted = [(ST.outlook_quote_hdr('de', 'Claudia Neumann <claudia.neumann@example.com>', tq, "'Ralf Lüdemann' <r.luedemann@druckerei-luedemann.de>",
                                     'AW: Angebot Etiketten Teedosen 250 g'),
               'Hallo Herr Lüdemann,\n\nvielen Dank für das Angebot. Wir bestellen die 12.000 Rundetiketten (Ø 90 mm, 4c, lackiert) für die '
               'Teedosen 250 g wie angeboten. Liefertermin wie besprochen KW 31.\n\nViele Grüße\nClaudia Neumann\nExample Group GmbH')]
    body = ('Guten Tag Frau Neumann,\n\nzu unserer Rechnung 2026-1187 vom 04.08.2026 (Etiketten Teedosen 250 g) konnten wir bisher keinen Zahlungseingang feststellen. '
            'Anbei erhalten Sie die Zahlungserinnerung mit Rechnungskopie.\n\n'
            'Aus Datenschutzgründen ist das Dokument verschlüsselt, das Kennwort lautet: 4471\n\n'
            'Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.\n\n'
            'Mit freundlichen Grüßen\n\nRalf Lüdemann\nDruckerei Lüdemann GmbH\nEtiketten · Faltschachteln · Verpackungsdruck\n'
            'Tel. +49 40 5472 8810')
    inner = ('INERT PLACEHOLDER - stands for "Zahlungserinnerung_2026-1187.pdf.lnk", a Windows shortcut whose target would start a '
             'script host to download a loader. No executable content.\r\n').encode('utf-8')
    z = zipx.build([('Zahlungserinnerung_2026-1187.pdf.lnk', inner, (2026, 10, 27, 14, 55, 10))], password='4471', rng=m.rng)
    outlook(m, body, 'DE', 'iso-8859-1', quoted=quoted, reply=True, atts=[(ZIP_MIME, z, 'Zahlungserinnerung_2026-1187.zip')])
    P.kasserver(m, 'dd31522', '89.187.175.143')
    m.meta['tell'] = 'Genuine adviser sends the ZIP password by SMS and the archive holds a PDF/XLSX; the attack puts the password in the same mail and the archive holds a .pdf.lnk.'


@msg('attack', 7, 'de', 'docusign-abuse-kreditlinie',
     'Genuine DocuSign envelope (real DocuSign EU infrastructure) created by a fraudster in the name of the house bank: "Verlängerung Kreditlinie 2027" for the CEO',
     'All authentication passes for docusign.net; the tell is the sender identity inside the envelope: "Thomas Reuter" of Nordhanse Bank but reply address thomas.reuter.nordhanse@outlook.de, and the signing page leads to a document whose "view" button goes to a credential page. Abuse of a legitimate platform.',
     hn='business/07,business/08')
def a07(m):
    at(m, 'DE', 2026, 11, 18, 16, 40)
    m.frm = ('Thomas Reuter via DocuSign', 'dse@eumail.docusign.net')
    m.reply_to = ('Thomas Reuter', 'thomas.reuter.nordhanse@outlook.de')
    m.to = [staff('johannes')]
    m.subject = 'Vervollständigen Sie mit DocuSign: Verlaengerung_Kreditlinie_2027_Example_Group.pdf'
    env = m.guid()
    acct = m.guid()
    link = m.url('https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, acct, m.guid()), 'real DocuSign signing link (envelope made by attacker)')
    u1 = m.url('https://www.docusign.com/de-de', 'DocuSign footer')
    u2 = m.url('https://support.docusign.com/s/?language=de', 'DocuSign footer')
    u3 = m.url('https://www.docusign.com/de-de/datenschutz', 'DocuSign footer')
    u4 = m.url('https://protect.docusign.net/report-abuse?e=AUtomjpF' + m.alnum(40) + '&lang=de', 'DocuSign report link')
    code = m.hex(32).upper()
    msgtxt = ('Sehr geehrter Herr Brandt,\n\nwie telefonisch angekündigt erhalten Sie die Unterlagen zur Verlängerung Ihrer Betriebsmittel-Kreditlinie '
              'für 2027 zur elektronischen Unterzeichnung. Bitte prüfen und signieren Sie die Dokumente bis Freitag, damit die Linie nahtlos weiterläuft.\n\n'
              'Mit freundlichen Grüßen\nThomas Reuter\nFirmenkundenbetreuung, Nordhanse Bank AG')
    h = _docusign_html('Thomas Reuter', 'thomas.reuter.nordhanse@outlook.de', 'Johannes Brandt', msgtxt, link, code, u1, u2, u3, u4)
    t = ST.html_to_text(h)
    m.root = ST.esp_mime(m, h, t, '----=_NextPart_%s' % m.hex(24), charset='utf-8', cte='quoted-printable')
    P.docusign(m, acct)
    m.meta['tell'] = 'Both are real DocuSign mails; the genuine envelope names the sender thomas.reuter@nordhanse-bank.de and matches a call, the abuse uses an outlook.de reply address.'


def _docusign_html(sender, sender_mail, rcpt_name, msgtxt, link, code, u1, u2, u3, u4):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head>\n'
            '<body style="margin:0;padding:0;background:#eaeaea;font-family:Helvetica,Arial,sans-serif">\n'
            '<table width="100%%" border="0" cellspacing="0" cellpadding="0" style="background:#eaeaea"><tr><td style="padding:20px">\n'
            '<table width="640" align="center" border="0" cellspacing="0" cellpadding="0" style="background:#ffffff;max-width:640px">\n'
            '<tr><td style="padding:10px 24px"><span style="font-size:22px;font-weight:bold;color:#26125e">DocuSign</span></td></tr>\n'
            '<tr><td style="background:#1e4ca1;padding:28px 24px;text-align:center;color:#ffffff;font-size:16px">'
            '%s hat Ihnen ein Dokument zum Prüfen und Signieren gesendet.<br><br>'
            '<a href="%s" style="background:#ffc820;color:#000000;font-size:15px;font-weight:bold;text-decoration:none;padding:12px 26px;display:inline-block;border-radius:2px">DOKUMENT PRÜFEN</a></td></tr>\n'
            '<tr><td style="padding:24px;font-size:15px;color:#333333;line-height:22px"><b>%s</b><br><a href="mailto:%s" style="color:#2463d1">%s</a><br><br>%s</td></tr>\n'
            '<tr><td style="padding:18px 24px;background:#eaeaea;font-size:11px;color:#666666;line-height:16px">'
            '<b>Leiten Sie diese E-Mail nicht weiter</b><br>Diese E-Mail enthält einen sicheren Link zu DocuSign. Geben Sie diesen Link und den Zugriffscode nicht an andere weiter.<br><br>'
            '<b>Alternative Signaturmethode</b><br>Besuchen Sie DocuSign.com, klicken Sie auf \'Dokumente aufrufen\' und geben Sie den folgenden Sicherheitscode ein: %s<br><br>'
            '<b>Über DocuSign</b><br>Signieren Sie Dokumente elektronisch in wenigen Minuten. Es ist sicher. Ob im Büro, zu Hause oder unterwegs – mit DocuSign erhalten Sie eine vertrauenswürdige Lösung für Digital Transaction Management™.<br><br>'
            '<b>Fragen zum Dokument?</b><br>Wenn Sie das Dokument ändern müssen oder Fragen zu den Details im Dokument haben, wenden Sie sich direkt per E-Mail an den Absender.<br><br>'
            '<a href="%s" style="color:#2463d1">DocuSign</a> | <a href="%s" style="color:#2463d1">Hilfe</a> | <a href="%s" style="color:#2463d1">Datenschutz</a> | '
            '<a href="%s" style="color:#2463d1">Diese E-Mail melden</a></td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (
        sender, link, sender, sender_mail, sender_mail, msgtxt.replace('\n', '<br>'), code, u1, u2, u3, u4)


@msg('attack', 8, 'de', 'sextortion-bitcoin-spoofed-self',
     'Sextortion with a Bitcoin address, "From" spoofed to the recipient\'s own address, sent directly from a Brazilian broadband host without TLS',
     'From = To (spoofed own address, SPF softfail, no DKIM, DMARC fail for examplegroup.eu); claims device compromise and demands 1,450 EUR in BTC within 48 hours; bech32 wallet; Outlook-Express-style X-Mailer on a 2026 mail; sent from a dynamic residential IP.',
     hn=None)
def a08(m):
    at(m, 'BR', 2026, 12, 5, 23, 14)
    m.frm = ('Florian Meyer', 'florian.meyer@examplegroup.eu')
    m.to = [staff('florian')]
    m.subject = 'Ihr Konto wurde kompromittiert - florian.meyer@examplegroup.eu'
    prog = bytes(m.rng.randrange(256) for _ in range(20))
    w = m.fact('wallet', ids.bech32_address(prog), 'extortion wallet (bech32, valid checksum)')
    body = ('Hallo!\n\nIch habe leider schlechte Nachrichten für Sie.\n'
            'Vor einigen Monaten habe ich Zugriff auf Ihre Geräte erhalten, mit denen Sie im Internet surfen. '
            'Über eine Schwachstelle in Ihrem Router konnte ich eine Schadsoftware installieren, die mir vollen Zugriff auf Kamera, Mikrofon, '
            'Kontakte und E-Mail-Konto gibt. Deshalb schreibe ich Ihnen von Ihrer eigenen Adresse.\n\n'
            'Ich habe Sie eine Weile beobachtet und Aufnahmen von Ihnen beim Besuch gewisser Webseiten gemacht. Mit einem Klick kann ich dieses '
            'Video an alle Ihre Kontakte, Kollegen und Geschäftspartner senden.\n\n'
            'Ich mache Ihnen ein einmaliges Angebot: Überweisen Sie 1450 EUR in Bitcoin (BTC) an meine Wallet:\n\n%s\n\n'
            'Wie man Bitcoin kauft, finden Sie über jede Suchmaschine. Sie haben 48 Stunden ab dem Öffnen dieser E-Mail. '
            'Ich sehe, wann Sie diese Nachricht gelesen haben. Nach Zahlungseingang lösche ich alles und Sie hören nie wieder von mir.\n\n'
            'Antworten Sie nicht auf diese E-Mail und wenden Sie sich nicht an die Polizei oder Ihre IT - in diesem Fall werden die Videos sofort verschickt.\n') % w
    m.root = mime.text(body, 'plain', 'windows-1252', '8bit')
    m.env_from = 'florian.meyer@examplegroup.eu'
    P.direct_bot(m, 'dsl-177-93-41-202.dynamic.desktop.com.br', '177.93.41.202', rdns='177-93-41-202.dynamic.desktop.com.br',
                 mua=[('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512'), ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.5512'),
                      ('X-Priority', '3')], zone='BR', spf='softfail', dmarc='fail')
