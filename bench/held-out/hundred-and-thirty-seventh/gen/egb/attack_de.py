"""attack/01-08: German-language attacks."""
from . import archive, company, docs, ids, mime, shared, systems
from .core import local, Part
from .h import S, setup, meta, urls, mid_m365, mid_outlook_classic, mid_exchange, outlook_quote_header, pdf_meta, b64, long_date
from .registry import message

LIEF = company.LIEF


@message('attack', 1, 'de', 'ceo-fraud-projekt-laerche')
def a01(m):
    ceo, cfo = S('markus.brandstaetter'), S('sabine.koehler')
    setup(m, (ceo['name'], 'markus.brandstaetter@exarnplegroup.eu'), [(cfo['name'], cfo['addr'])],
          'Vertraulich – Projekt Lärche', local('Europe/Berlin', 2026, 11, 19, 16, 42, 10), style='outlook')
    m.ms_server, m.ms_pod = 'SA1PR12MB6871', 'namprd12'
    m.msgid = mid_m365(m, 'SA1PR12MB6871', 'namprd12')
    body = (
        'Hallo Sabine,\n\n'
        'bist du gerade am Platz? Ich sitze noch bis ca. 18 Uhr in Wien bei den Gesprächen mit den Eigentümern '
        'von Hollerer Holzbau – du weißt, worum es geht, Projekt Lärche. Wir sind heute deutlich weitergekommen als gedacht.\n\n'
        'Die Gegenseite will bis Montag ein Zeichen, dass wir es ernst meinen: eine Exklusivitätsgebühr von 184.500 EUR '
        'auf das Treuhandkonto der Kanzlei, die die Transaktion in Wien begleitet. Dr. Reinhard Auer von Auer Kessler '
        'Rechtsanwälte meldet sich gleich per Mail bei dir mit den Unterlagen und der Bankverbindung.\n\n'
        'Bitte behandle das streng vertraulich, auch intern – bis zur Unterschrift des LOI darf nichts nach außen dringen, '
        'das ist Bedingung der Gegenseite. Die Freigabe im System stimmen wir nachträglich ab, ich zeichne alles ab, sobald ich zurück bin.\n\n'
        'Ich bin in den Verhandlungen und kann nicht telefonieren. Schreib mir bitte kurz hier, ob du das heute noch anstoßen kannst.\n\n'
        'Danke dir!\nMarkus\n\n')
    plain = body + 'Von Outlook für iOS<https://aka.ms/o0ukef> gesendet\n'
    divs = ''.join('<div dir="ltr">%s</div>' % (mime.esc(p) if p else '<br>') for p in body.rstrip('\n').split('\n'))
    html = ('<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n'
            '<div dir="ltr" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\r\n'
            + divs + '</div>\r\n<div dir="ltr"><br></div>\r\n<div id="ms-outlook-mobile-signature" dir="ltr">'
            'Von <a href="https://aka.ms/o0ukef">Outlook für iOS</a> gesendet</div>\r\n</body>\r\n</html>\r\n')
    m.body = mime.alt(m, 'outlook', mime.text(plain, 'utf-8', 'base64'), mime.html(html, 'utf-8', 'base64'))
    systems.m365(m, tenant_id='e4b1c9d2-7a35-4f0e-b6a8-3d91f2c07e58', org='exarnplegroup.eu', region='NAM',
                 server='SA1PR12MB6871', pod='namprd12', lang='de-DE', selector='selector1')
    urls(m, 'https://aka.ms/o0ukef')
    meta(m, 'CEO fraud to the CFO: "Markus Brandstätter" asks for an urgent, confidential 184,500 EUR "exclusivity fee" for an '
            'acquisition (Projekt Lärche); a fake lawyer will follow with bank details. Sent "from the iPhone", no link, no attachment.',
         'Sender domain exarnplegroup.eu ("rn" for "m") is a look-alike of examplegroup.eu, hosted in an attacker-owned Microsoft 365 '
         'tenant (US region), so SPF/DKIM pass and DMARC is "none". Classic BEC pretext: secrecy, time pressure, bypassing the '
         'approval process, no phone calls. Same day as the genuine internal urgent payment request business/01.')


@message('attack', 2, 'de', 'lieferant-lookalike-bankwechsel')
def a02(m):
    jw = S('juergen.weiss')
    fake = 'lieferant-gmhb.de'
    t_prev1 = local('Europe/Berlin', 2026, 11, 6, 11, 18)
    t_prev2 = local('Europe/Berlin', 2026, 11, 9, 10, 2)
    sent = local('Europe/Berlin', 2026, 11, 10, 14, 27, 33)
    mid_prev1 = mid_outlook_classic(m, 'lieferant-gmbh.de')
    mid_prev2 = mid_exchange(m, 'EXCH02')
    setup(m, ('Petra Lang', 'p.lang@' + fake), [(jw['name'], jw['addr'])],
          'AW: Offene Posten Lieferant GmbH – Kontoauszug per 31.10.2026', sent,
          cc=[('Buchhaltung Lieferant GmbH', 'rechnungen@' + fake)], irt=mid_prev2, refs=[mid_prev1, mid_prev2])
    m.hcharset, m.henc = 'windows-1252', 'Q'
    m.msgid = mid_outlook_classic(m, fake)
    iban = shared.A02_IBAN
    total = shared.fmt(shared.LIEF_OPEN_TOTAL)
    invs = ', '.join(x[0] for x in shared.LIEF_OPEN[:-1]) + ' und ' + shared.LIEF_OPEN[-1][0]
    sig = ('Mit freundlichen Grüßen\n\nPetra Lang\nLeitung Finanzbuchhaltung\n\nLieferant GmbH\nHolzwerkstoffe · Konstruktionsvollholz · Dämmstoffe\n'
           'Gewerbering 21 · 83109 Großkarolinenfeld\nTel. +49 8031 98442-31 · Fax +49 8031 98442-99\nwww.lieferant-gmbh.de\n\n'
           'Geschäftsführer: Stefan Maier, Dr. Ulrike Lang-Bachmair · Amtsgericht Traunstein HRB 21735 · USt-IdNr. %s\n' % LIEF['ustid'])
    new = ('Sehr geehrter Herr Weiß,\n\n'
           'vielen Dank für Ihre Rückmeldung und den Abgleich der offenen Posten.\n\n'
           'Bevor Sie den Zahlungslauf am 12.11. freigeben, möchten wir Sie auf eine Änderung hinweisen: Im Zuge der Umstellung '
           'unseres Zahlungsverkehrs auf die Commerzbank wird unser bisheriges Konto bei der Raiffeisenbank Mangfalltal zum '
           '30.11.2026 aufgelöst. Zahlungseingänge auf das alte Konto werden ab sofort nicht mehr automatisch zugeordnet.\n\n'
           'Bitte überweisen Sie die offenen Rechnungen %s (gesamt %s EUR) daher ausschließlich auf unsere neue Bankverbindung:\n\n'
           'Kontoinhaber: Lieferant GmbH\nBank: Commerzbank AG, Filiale Rosenheim\nIBAN: %s\nBIC: COBADEFFXXX\n\n'
           'Die schriftliche Bestätigung mit Unterschrift unserer Geschäftsführung finden Sie im Anhang. Um Verzögerungen zu vermeiden, '
           'bitten wir Sie, die Stammdaten in Ihrem System heute noch anzupassen und uns den Zahlungsavis nach Ausführung kurz zuzusenden.\n\n'
           'Für Rückfragen stehe ich Ihnen gern per E-Mail zur Verfügung – telefonisch bin ich diese Woche wegen der Vorbereitung des '
           'Jahresabschlusses leider nur eingeschränkt erreichbar.\n\n' % (invs, total, ids.iban_fmt(iban))) + sig
    q1 = outlook_quote_header('de', 'Weiß, Jürgen <juergen.weiss@example.com>', t_prev2, 'Petra Lang <p.lang@lieferant-gmbh.de>',
                              'AW: Offene Posten Lieferant GmbH – Kontoauszug per 31.10.2026')
    b1 = ('Hallo Frau Lang,\n\nvielen Dank für den Kontoauszug. Die Rechnungen %s sind bei uns erfasst und gehen mit dem '
          'Zahlungslauf am 12.11. raus.\n\nKönnen Sie mir bitte noch die Gutschrift zur Reklamation KVH (Lieferschein LS-88214, 6 Stk '
          'mit Rissbildung) schicken? Dann kann ich den Abgleich abschließen.\n\nDanke und Gruß\nJürgen Weiß\nKreditorenbuchhaltung\n'
          'Example Group GmbH | Holzhofstraße 12 | 83026 Rosenheim\nTel. +49 8031 4077-114\n' % invs)
    q2 = outlook_quote_header('de', 'Petra Lang <p.lang@lieferant-gmbh.de>', t_prev1, 'juergen.weiss@example.com',
                              'Offene Posten Lieferant GmbH – Kontoauszug per 31.10.2026')
    b2 = ('Sehr geehrter Herr Weiß,\n\nanbei erhalten Sie unseren Kontoauszug per 31.10.2026 zu Ihrer Kundennummer %s mit der Bitte '
          'um Abstimmung. Offen sind derzeit drei Rechnungen über insgesamt %s EUR.\n\nMit freundlichen Grüßen\nPetra Lang\n'
          % (shared.LIEF_CUSTOMER_NO, total))
    plain = new + '\n' + q1 + '\n\n' + b1 + '\n' + q2 + '\n\n' + b2
    hb = mime.paras_html(new)
    hq = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">%s</p></div>' %
          '<br>'.join(mime.esc(x) for x in q1.split('\n'))) + mime.paras_html(b1) + \
         ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">%s</p></div>' %
          '<br>'.join(mime.esc(x) for x in q2.split('\n'))) + mime.paras_html(b2)
    html = mime.outlook_html(hb + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + hq).replace('charset=utf-8', 'charset=windows-1252')
    pdfb, _ = docs.letter(
        'helv', pdf_meta(m, sent, 'Bankverbindung Lieferant GmbH', 'Petra Lang'),
        ('Lieferant GmbH', ['Gewerbering 21', '83109 Großkarolinenfeld', 'Tel. +49 8031 98442-0', 'www.lieferant-gmbh.de']),
        ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Holzhofstraße 12', '83026 Rosenheim'],
        'Großkarolinenfeld, 10.11.2026', 'Änderung unserer Bankverbindung',
        'Sehr geehrte Damen und Herren,\n\nwir informieren Sie hiermit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert. '
        'Bitte leisten Sie alle künftigen und offenen Zahlungen ausschließlich auf das folgende Konto:\n\n'
        '**Kontoinhaber: Lieferant GmbH**\n**Bank: Commerzbank AG, Filiale Rosenheim**\n**IBAN: %s**\n**BIC: COBADEFFXXX**\n\n'
        'Zahlungen auf unsere bisherige Verbindung bei der Raiffeisenbank Mangfalltal eG können ab dem 30.11.2026 nicht mehr '
        'zugeordnet werden. Wir bitten Sie, Ihre Stammdaten entsprechend zu aktualisieren.\n\nFür Ihre Unterstützung bedanken wir uns.'
        % ids.iban_fmt(iban),
        'Mit freundlichen Grüßen', [('Stefan Maier', 'Geschäftsführer'), ('Dr. Ulrike Lang-Bachmair', 'Geschäftsführerin')],
        ['Lieferant GmbH · Sitz Großkarolinenfeld · Amtsgericht Traunstein HRB 21735 · USt-IdNr. %s' % LIEF['ustid'],
         'Geschäftsführer: Stefan Maier, Dr. Ulrike Lang-Bachmair · Commerzbank AG · IBAN %s · BIC COBADEFFXXX' % ids.iban_fmt(iban)],
        accent=(0, 84, 64))
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(plain, 'windows-1252', 'quoted-printable'), mime.html(html, 'windows-1252', 'quoted-printable')),
        mime.attachment(pdfb, 'application/pdf', 'Bankverbindung_Lieferant_GmbH_2026.pdf')])
    systems.postfix_relay(m, 'mail.' + fake, '198.51.100.23', rdns='static.23.100.51.198.clients.your-server.de',
                          mua='outlook', selector='default', lan_ip='10.0.2.15')
    m.fact('IBAN', iban)
    meta(m, 'Supplier bank-detail change inside a stolen thread: "Petra Lang" of Lieferant GmbH answers the accounts-payable clerk\'s '
            'real open-items thread and asks that the three open invoices (%s EUR) be paid to a new Commerzbank account; '
            'PDF "confirmation" on copied letterhead.' % shared.fmt(shared.LIEF_OPEN_TOTAL, 'en'),
         'From/Cc use the look-alike domain lieferant-gmhb.de (letters swapped) while the quoted history shows the real '
         'lieferant-gmbh.de; sent from a rented VPS (Hetzner-style rDNS) with its own SPF/DKIM, no DMARC record. Asks to change master '
         'data "today" and discourages phone verification. Compare business/02, the genuine bank change of the same supplier.')


@message('attack', 3, 'de', 'lieferant-kompromittiert-canva-angebot')
def a03(m):
    fb = S('florian.bauer')
    sent = local('Europe/Berlin', 2026, 11, 12, 7, 48, 12)
    setup(m, ('Stefan Maier', 's.maier@lieferant-gmbh.de'), [('Stefan Maier', 's.maier@lieferant-gmbh.de')],
          'Lieferant GmbH: Angebot BSH/KVH Q1-2027 – Freigabe erforderlich', sent, rcpt=fb['addr'], style='outlook')
    m.zone = 'UTC'
    qid = 'A7C41B2E09'
    m.msgid = '20261112064812.%s@mail.lieferant-gmbh.de' % qid
    canva = 'https://www.canva.com/design/DAGz7kQm2Xw/V3pLr9tYbN1cQeH8sAzKfw/view?utm_content=DAGz7kQm2Xw&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId=h4c1e9f2a7b'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
            '<p>Guten Morgen,</p>'
            '<p>wie besprochen erhalten Sie unser überarbeitetes Angebot für die Rahmenvereinbarung BSH/KVH Q1-2027 inkl. der neuen '
            'Staffelpreise und der aktualisierten Lieferbedingungen.</p>'
            '<p>Aufgrund der Dateigröße habe ich das Dokument über unseren Cloud-Speicher freigegeben:</p>'
            '<table cellpadding="0" cellspacing="0" style="margin:18px 0"><tr><td style="background:#00594c;border-radius:4px;padding:11px 22px">'
            '<a href="%s" style="color:#ffffff;text-decoration:none;font-weight:bold">Angebot_2027-Q1_Lieferant_GmbH.pdf ansehen</a>'
            '</td></tr></table>'
            '<p>Bitte melden Sie sich zur Ansicht mit Ihrer Firmen-E-Mail-Adresse an. Die Preise sind bis 27.11.2026 gültig.</p>'
            '<p>Mit freundlichen Grüßen</p>'
            '<p>Stefan Maier<br>Vertrieb Holzwerkstoffe / Prokurist<br><br><b>Lieferant GmbH</b><br>Gewerbering 21 · 83109 Großkarolinenfeld<br>'
            'Tel. +49 8031 98442-21<br><a href="https://www.lieferant-gmbh.de">www.lieferant-gmbh.de</a></p>'
            '</div></body></html>' % mime.esc(canva))
    m.body = mime.html(html, 'utf-8', 'quoted-printable')

    def submit(t0):
        return ('from [192.0.2.147] (unknown [192.0.2.147])' + systems.FOLD + '(Authenticated sender: s.maier@lieferant-gmbh.de)' +
                systems.FOLD + 'by mail.lieferant-gmbh.de (Postfix) with ESMTPSA id %s;' % qid + systems.FOLD +
                systems.rfc2822(t0, 'Europe/Berlin', abbr=True))
    systems.postfix_relay(m, LIEF['relay'][0], LIEF['relay'][1], mua='bare', selector='mail2025', local_submit=submit)
    urls(m, canva, 'https://www.lieferant-gmbh.de')
    meta(m, 'Document-share lure from the real, compromised mailbox of supplier contact Stefan Maier: "revised framework offer" '
            'behind a Canva "view" link that leads to a credential-harvesting page ("sign in with your company e-mail").',
         'Passes SPF/DKIM/DMARC because it really comes from Lieferant GmbH\'s relay, but the submission came from an outside IP '
         '(192.0.2.147) instead of the office LAN, To is the sender himself with recipients in Bcc, the Message-ID was added by the '
         'relay (no mail client), HTML-only body with a single button to an abused design-sharing platform.')


@message('attack', 4, 'de', 'bzst-erechnung-registrierung')
def a04(m):
    nf = S('nicole.franke')
    sent = local('Europe/Berlin', 2026, 12, 1, 8, 5, 41)
    setup(m, ('Bundeszentralamt für Steuern', 'service@bzst-erechnung.de'), [('', nf['addr'])],
          'Pflichtregistrierung E-Rechnung: Frist 15.12.2026 – Aktenzeichen EZR-2026-0418-77312', sent, style='outlook')
    m.quote_names = False
    link = 'https://4x9kq.r.sp1-brevo.net/mk/cl/f/sh/1t6Af4OiGsFOq7AxFRV07RWmP5Jn/8FHd1mYqTzXl'
    unsub = 'https://4x9kq.r.sp1-brevo.net/mk/un/sh/1t6Af4OiGsFOq7AxFRV07RWmP5Jn/kQ2vB7rT1sWx'
    blocks = [
        'Sehr geehrte Damen und Herren,',
        'mit der zweiten Stufe der E-Rechnungspflicht nach § 14 UStG in Verbindung mit § 27 Abs. 38 UStG sind Unternehmen mit einem '
        'Vorjahresumsatz von mehr als 800.000 Euro ab dem 1. Januar 2027 verpflichtet, Rechnungen an andere Unternehmen ausschließlich '
        'als strukturierte elektronische Rechnung (XRechnung oder ZUGFeRD ab Version 2.0.1) auszustellen.',
        'Für die eindeutige Zuordnung im Meldeverfahren ist eine einmalige Registrierung Ihrer Empfangs- und Versandadresse im '
        'E-Rechnungs-Verzeichnis des Bundeszentralamts für Steuern erforderlich. Für Ihr Unternehmen liegt bisher keine Registrierung vor.',
    ]
    box = [('Unternehmen', 'Example Group GmbH'), ('Steuernummer', '156/118/40277'), ('Aktenzeichen', 'EZR-2026-0418-77312'),
           ('Frist', '15.12.2026')]
    after = [
        'Bitte schließen Sie die Registrierung über das E-Rechnungs-Portal ab. Halten Sie hierfür Ihre ELSTER-Zugangsdaten '
        '(Organisationszertifikat und Passwort) bereit.',
    ]
    tail = [
        'Unterbleibt die Registrierung, kann eine ordnungsgemäße Rechnungsstellung ab 2027 nicht nachgewiesen werden. Die '
        'Finanzverwaltung kann in diesem Fall ein Zwangsgeld nach § 329 AO festsetzen.',
        'Mit freundlichen Grüßen\nIhr Bundeszentralamt für Steuern\nReferat St II 4 – Elektronische Rechnungsstellung',
    ]
    ps = lambda xs: ''.join('<p style="margin:0 0 14px 0">%s</p>' % mime.esc(x).replace('\n', '<br>') for x in xs)
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>BZSt</title></head><body style="margin:0;background:#f2f2f2">'
            '<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">'
            '<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">'
            '<tr><td style="border-top:6px solid #000;padding:0"><div style="height:6px;background:#dd0000"></div><div style="height:6px;background:#ffcc00"></div></td></tr>'
            '<tr><td style="padding:22px 32px 6px 32px;font-size:18px;font-weight:bold">Bundeszentralamt für Steuern</td></tr>'
            '<tr><td style="padding:0 32px 18px 32px;color:#555;font-size:12px">Elektronische Rechnungsstellung (E-Rechnung) · Meldeverfahren</td></tr>'
            '<tr><td style="padding:8px 32px">' + ps(blocks) +
            '<table cellpadding="6" cellspacing="0" style="background:#f4f6f8;border:1px solid #d9dde2;margin:0 0 16px 0;font-size:14px">' +
            ''.join('<tr><td style="color:#555">%s:</td><td><b>%s</b></td></tr>' % (mime.esc(a), mime.esc(b)) for a, b in box) +
            '</table>' + ps(after) +
            '<table cellpadding="0" cellspacing="0" style="margin:6px 0 20px 0"><tr><td style="background:#004b87;padding:12px 26px">'
            '<a href="%s" style="color:#fff;text-decoration:none;font-weight:bold">Jetzt registrieren</a></td></tr></table>' % mime.esc(link) +
            ps(tail) + '</td></tr>'
            '<tr><td style="padding:16px 32px;background:#eeeeee;color:#666;font-size:11px">Diese E-Mail wurde automatisch erstellt. Bitte '
            'antworten Sie nicht auf diese Nachricht.<br>Bundeszentralamt für Steuern · An der Küppe 1 · 53225 Bonn<br>'
            '<a href="%s" style="color:#666">Benachrichtigungen abbestellen</a></td></tr>' % mime.esc(unsub) +
            '</table></td></tr></table></body></html>')
    plain = '\n\n'.join(blocks) + '\n\n' + '\n'.join('%s: %s' % x for x in box) + '\n\n' + '\n\n'.join(after) + \
        '\n\nJetzt registrieren: %s\n\n' % link + '\n\n'.join(tail) + \
        '\n\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.\n' \
        'Bundeszentralamt für Steuern · An der Küppe 1 · 53225 Bonn\n'
    m.body = mime.alt(m, 'java', mime.text(plain, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'))
    systems.brevo(m, customer_domain='bzst-erechnung.de', list_unsub=unsub)
    urls(m, link, unsub)
    meta(m, 'Fake Federal Central Tax Office (BZSt) notice: "mandatory registration" of the company\'s e-invoicing address before '
            '15 Dec 2026, with the real tax number scraped from public sources, asking for ELSTER organisation certificate and password.',
         'There is no such registration: the lure exploits the real 2027 e-invoicing obligation (§ 27 Abs. 38 UStG). Sender domain '
         'bzst-erechnung.de is not bzst.de; sent through the Brevo bulk service with click-tracking redirect; threatens a penalty; '
         'harvests ELSTER credentials. Genuine tax-office mail looks like business/05.')


@message('attack', 5, 'de', 'quishing-mfa-pdf')
def a05(m):
    hr = S('andrea.schueler')
    sent = local('Europe/Berlin', 2026, 11, 16, 7, 31, 5)
    setup(m, ('IT-Service | Example Group', 'info@physio-innspitz.de'), [(hr['name'], hr['addr'])],
          'Aktion erforderlich: Ihre MFA-Registrierung läuft am 20.11.2026 ab', sent, style='outlook')
    m.msgid = '%s@physio-innspitz.de' % mime.rstr(m.rng, mime.HEXL, 32)
    qr = 'https://mfa-renewal.example-group.help/auth/?ref=INC2026114872&u=' + b64(hr['addr'])
    text = ('Hallo Andrea Schüler,\n\n'
            'im Rahmen der jährlichen Sicherheitsüberprüfung muss die Multi-Faktor-Authentifizierung (Microsoft Authenticator) für Ihr '
            'Konto andrea.schueler@example.com bis zum 20.11.2026 erneuert werden. Andernfalls wird der Zugriff auf Outlook, Teams '
            'und SharePoint vorübergehend gesperrt.\n\n'
            'Die Anleitung mit Ihrem persönlichen Registrierungscode finden Sie im angehängten Dokument. Bitte scannen Sie den QR-Code '
            'mit der Kamera Ihres Smartphones – aus Sicherheitsgründen ist die Erneuerung nur mobil möglich.\n\n'
            'Vielen Dank für Ihre Mitarbeit\nIT-Service Example Group\nTicket: INC-2026-114872\n')
    pdfb, qrs = docs.notice(
        'helv', pdf_meta(m, sent, 'MFA-Erneuerung', '', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36', 'Skia/PDF m142'),
        'Microsoft 365', (0, 103, 184), 'Erneuerung der Multi-Faktor-Authentifizierung',
        ['Für Ihr Konto ist eine erneute Registrierung der Multi-Faktor-Authentifizierung erforderlich. Die bestehende Registrierung '
         'läuft gemäß der Sicherheitsrichtlinie Ihrer Organisation in Kürze ab.'],
        box=['Konto: andrea.schueler@example.com', 'Organisation: Example Group GmbH', 'Ablaufdatum: 20.11.2026', 'Referenz: INC-2026-114872'],
        qr=(qr, ['1. Öffnen Sie die Kamera-App Ihres Smartphones.', '2. Scannen Sie den QR-Code und melden Sie sich mit Ihrem '
                 'Firmenkonto an.', '3. Bestätigen Sie die Anfrage in der Authenticator-App.']),
        small=['Dieser Code ist 72 Stunden gültig und nur für das oben genannte Konto verwendbar. © Microsoft 2026 · Datenschutz & Cookies'])
    m.qr_expect.append(('MFA_Erneuerung_Andrea_Schueler.pdf', qr))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
            + ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in text.strip().split('\n\n')) + '</body></html>')
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(text, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable')),
        mime.attachment(pdfb, 'application/pdf', 'MFA_Erneuerung_Andrea_Schueler.pdf')])
    systems.united_internet(m, 'ionos', mua='bare', client_ip='198.51.100.201')
    meta(m, 'Quishing: "IT-Service" tells the HR manager that her Microsoft Authenticator registration expires; the QR code that '
            'leads to an adversary-in-the-middle login page is only inside the attached PDF, the mail body has no link.',
         'Sent from a compromised physiotherapy practice mailbox at IONOS (SPF/DKIM pass for physio-innspitz.de) with a display name '
         'imitating internal IT; QR target example-group.help is not a company domain and carries her address base64-encoded; '
         '"mobile only" pushes the scan to an unmanaged phone. IT\'s real guidance is business/16.')


@message('attack', 6, 'de', 'firmenverzeichnis-rechnung-girocode')
def a06(m):
    sent = local('Europe/Berlin', 2026, 10, 14, 9, 12, 48)
    setup(m, ('ZFD Zentrales Firmenverzeichnis', 'rechnung@zfd-verzeichnis.de'), [('Example Group GmbH', 'info@example.com')],
          'Rechnung ZFD-2026-118204 – Eintragung Example Group GmbH, HRB 28417', sent, style='thunderbird')
    m.msgid = mime.rstr(m.rng, mime.HEXL, 8) + '-' + mime.rstr(m.rng, mime.HEXL, 4) + '@zfd-verzeichnis.de'
    iban = shared.A06_IBAN
    net = shared.money('1168.00')
    vat = shared.money(net * shared.Decimal('0.19'))
    gross = net + vat
    epc = ids.epc_payload('SOBKDEB2XXX', 'ZFD Verzeichnisdienste UG', iban, float(gross), remittance='ZFD-2026-118204 HRB 28417')
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'anbei erhalten Sie die Rechnung für die Eintragung Ihres Unternehmens Example Group GmbH (Amtsgericht Traunstein, HRB 28417) '
            'im Zentralen Firmenverzeichnis Deutschland für den Leistungszeitraum 2026/2027.\n\n'
            'Rechnungsnummer: ZFD-2026-118204\nRechnungsbetrag: %s EUR (inkl. 19 %% USt.)\nZahlungsziel: 24.10.2026\n\n'
            'Für eine schnelle Zahlung können Sie den GiroCode auf der Rechnung mit Ihrer Banking-App scannen. Bitte geben Sie bei '
            'Überweisung die Rechnungsnummer als Verwendungszweck an.\n\n'
            'Mit freundlichen Grüßen\n\nRechnungsstelle\nZFD Zentrales Firmenverzeichnis Deutschland\nZFD Verzeichnisdienste UG (haftungsbeschränkt)\n'
            'Friedrichstraße 171 · 10117 Berlin\nTel. +49 30 2089 6614\n' % shared.fmt(gross))
    pdfb, _ = docs.invoice(
        'helv', pdf_meta(m, sent, 'Rechnung ZFD-2026-118204', 'ZFD', 'Writer', 'LibreOffice 24.8'),
        ('ZFD Zentrales Firmenverzeichnis Deutschland', ['ZFD Verzeichnisdienste UG (haftungsbeschränkt)', 'Friedrichstraße 171, 10117 Berlin',
                                                          'rechnung@zfd-verzeichnis.de · www.zfd-verzeichnis.de']),
        ['Example Group GmbH', 'Holzhofstraße 12', '83026 Rosenheim'],
        'Rechnung', [('Rechnungs-Nr.', 'ZFD-2026-118204'), ('Datum', '14.10.2026'), ('Register', 'AG Traunstein HRB 28417'),
                     ('Fällig', '24.10.2026')],
        ['Pos.', 'Leistung', 'Menge', 'Einzelpreis', 'Gesamt'],
        [['1', 'Eintragung Firmendaten, Branche Holzbau/Fertighausbau\nLeistungszeitraum 24 Monate', '1', shared.fmt(net), shared.fmt(net)]],
        [('Nettobetrag', shared.fmt(net) + ' EUR', False), ('zzgl. 19 % USt.', shared.fmt(vat) + ' EUR', False),
         ('Rechnungsbetrag', shared.fmt(gross) + ' EUR', True)],
        ['Bankverbindung: ZFD Verzeichnisdienste UG', 'IBAN: %s' % ids.iban_fmt(iban), 'BIC: SOBKDEB2XXX',
         'Verwendungszweck: ZFD-2026-118204'],
        ['Hinweis: Das Zentrale Firmenverzeichnis Deutschland ist ein privates Branchenverzeichnis und steht in keiner Verbindung zum '
         'amtlichen Handels- oder Unternehmensregister.',
         'Mit Zahlung des Rechnungsbetrages erteilen Sie den Auftrag zur Eintragung für 24 Monate; der Vertrag verlängert sich um '
         'jeweils 12 Monate, sofern er nicht 3 Monate vor Ablauf gekündigt wird. Es gelten unsere AGB.'],
        qr=(epc, ['GiroCode – mit Banking-App scannen']), col_x=[50, 80, 330, 400, 470], money_cols=(3,))
    m.qr_expect.append(('Rechnung_ZFD-2026-118204.pdf', epc))
    m.body = mime.mixed(m, 'thunderbird', [mime.text(text, 'utf-8', '8bit', flowed=True, quoted=False),
                                           mime.attachment(pdfb, 'application/pdf', 'Rechnung_ZFD-2026-118204.pdf')],
                        preamble='This is a multi-part message in MIME format.')
    systems.postfix_relay(m, 'mail.zfd-verzeichnis.de', '198.51.100.61', rdns='vps61.zfd-verzeichnis.de', mua='thunderbird',
                          selector='dkim', ua='Mozilla Thunderbird')
    m.fact('IBAN', iban)
    meta(m, 'Register/directory scam: an "invoice" for the entry of the company in a "Central Company Directory", quoting the real '
            'register court and HRB number, 1,389.92 EUR payable via the GiroCode (EPC QR) in the attached PDF.',
         'Nothing was ordered; the small print admits it is a private directory and that paying creates a 24-month contract. '
         'Sent to the generic info@ address from a throw-away domain with its own mail server; the EPC QR pays a payment-institution '
         'IBAN. Genuine QR-code invoices: business/03 (Lieferant) and business/11 (Companies House reminder, no payment link).')


@message('attack', 7, 'de', 'gehaltskonto-aenderung-gmx')
def a07(m):
    hr = S('andrea.schueler')
    sent = local('Europe/Berlin', 2026, 11, 17, 19, 48, 2)
    setup(m, ('Sebastian Wimmer', 'sebastian.wimmer87@gmx.de'), [('', hr['addr'])],
          'Neue Bankverbindung für Gehalt', sent, style='outlook')
    m.msgid = '%s@gmx.de' % mime.rstr(m.rng, mime.HEXL, 24)
    iban = shared.A07_IBAN
    text = ('Hallo Andrea,\n\n'
            'ich habe mein Gehaltskonto gewechselt und bin jetzt bei der N26. Kannst du bitte ab der Novemberabrechnung das Gehalt '
            'auf das neue Konto überweisen?\n\n'
            'Kontoinhaber: Sebastian Wimmer\nIBAN: %s\nBIC: NTSBDEB1XXX\n\n'
            'Das alte Konto bei der Sparkasse löse ich Ende des Monats auf. Ich bin die ganze Woche auf der Baustelle in Aschau und '
            'komme nicht ins Büro, deshalb schreib ich dir kurz von privat.\n\n'
            'Gibst du mir kurz Bescheid, wenn es eingetragen ist?\n\nDanke dir und Gruß\nSebastian\n\n'
            '--\nVon meinem Galaxy gesendet\n' % ids.iban_fmt(iban))
    m.body = mime.text(text, 'utf-8', 'quoted-printable')
    systems.united_internet(m, 'gmx', mua='webmail', client_ip='198.51.100.144')
    m.fact('IBAN', iban)
    meta(m, 'Payroll diversion: a site manager "writes from private mail" to HR asking that his salary go to a new neobank account '
            'from the November payroll on.',
         'The real Sebastian Wimmer has never used this GMX address; the new account is a neobank account opened by the fraudster. '
         'Plausible story (always on site), informal tone, asks for confirmation, no form and no signature. Genuine private-mail '
         'counterpart with the proper HR form: business/07.')


@message('attack', 8, 'de', 'abmahnung-bildrechte-iso')
def a08(m):
    ks = S('katrin.stoeckl')
    sent = local('Europe/Berlin', 2026, 10, 28, 10, 41, 19)
    setup(m, ('Rechtsanwälte Dr. Volkmann & Partner mbB', 'kanzlei@volkmann-partner-recht.de'), [(ks['name'], ks['addr'])],
          'Abmahnung – Urheberrechtsverletzung (Bildrechte) – Az. 418/26 UV – Frist 11.11.2026', sent,
          env_from='alpenros@s21.server-alpen.net', style='outlook')
    m.msgid = '%s@volkmann-partner-recht.de' % mime.rstr(m.rng, mime.ALNUM, 40)
    page = 'https://www.example.com/referenzen/einfamilienhaus-samerberg'
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'wir zeigen an, dass wir die rechtlichen Interessen des Berufsfotografen Herrn Thomas Reinholz, München, vertreten. Eine auf '
            'uns lautende Vollmacht wird anwaltlich versichert.\n\n'
            'Unser Mandant ist Urheber der Lichtbilder „Holzhaus am Hang I–III“. Auf Ihrer Internetseite %s werden diese Lichtbilder '
            'ohne Lizenz und ohne Urhebernennung öffentlich zugänglich gemacht (§§ 15, 19a UrhG). Die Nutzung wurde am 21.10.2026 '
            'dokumentiert.\n\n'
            'Namens und im Auftrag unseres Mandanten fordern wir Sie auf,\n'
            '1. die Nutzung der Lichtbilder unverzüglich einzustellen,\n'
            '2. die beigefügte strafbewehrte Unterlassungserklärung bis spätestens 11.11.2026 unterzeichnet an uns zurückzusenden und\n'
            '3. einen Betrag von 2.450,00 EUR (Lizenzschadensersatz 1.800,00 EUR zzgl. Rechtsanwaltskosten 650,00 EUR) zu zahlen.\n\n'
            'Die Beweismittel (Screenshots mit Zeitstempel, Lizenznachweise, Zahlungsinformationen) sowie die vorformulierte '
            'Unterlassungserklärung haben wir Ihnen als Anlagenpaket beigefügt. Das Archiv lässt sich unter Windows per Doppelklick öffnen.\n\n'
            'Sollte die Frist fruchtlos verstreichen, werden wir unserem Mandanten empfehlen, ohne weitere Ankündigung gerichtliche '
            'Hilfe in Anspruch zu nehmen.\n\n'
            'Mit freundlichen Grüßen\n\nDr. Frank Volkmann\nRechtsanwalt\nFachanwalt für Urheber- und Medienrecht\n\n'
            'Rechtsanwälte Dr. Volkmann & Partner mbB\nLeopoldstraße 244 · 80807 München\nTel. +49 89 2154 8870\n' % page)
    html = ('<html><body style="font-family:Georgia,serif;font-size:14px;color:#111">\n' +
            '\n'.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>\n') for p in text.strip().split('\n\n')) + '\n</body></html>\n')
    lnk = ('[InternetShortcut-Inert-Sample]\r\nThis file stands for a Windows shortcut (.lnk) with a PDF icon. In the real campaign '
           'it starts a hidden command that downloads and runs a loader from a remote server. This evaluation file contains no '
           'target, no command and no code.\r\n').encode('utf-8')
    decoy, _ = docs.letter('helv', pdf_meta(m, sent, 'Unterlassungserklärung 418/26 UV', 'Volkmann'),
                           ('Dr. Volkmann & Partner', ['Leopoldstraße 244', '80807 München']),
                           ['Example Group GmbH', 'Holzhofstraße 12', '83026 Rosenheim'], 'München, 28.10.2026',
                           'Strafbewehrte Unterlassungs- und Verpflichtungserklärung',
                           'Die Example Group GmbH verpflichtet sich gegenüber Herrn Thomas Reinholz, es bei Meidung einer für jeden Fall '
                           'der Zuwiderhandlung fälligen Vertragsstrafe von 5.100,00 EUR zu unterlassen, die Lichtbilder „Holzhaus am '
                           'Hang I–III“ ohne Zustimmung öffentlich zugänglich zu machen.\n\nDie Example Group GmbH verpflichtet sich '
                           'ferner, an Herrn Reinholz 2.450,00 EUR zu zahlen.',
                           'Ort, Datum, Unterschrift', [('Example Group GmbH', 'rechtsverbindliche Unterschrift')],
                           ['Rechtsanwälte Dr. Volkmann & Partner mbB · Az. 418/26 UV'], accent=(40, 40, 40))
    iso = archive.make_iso('AZ_418_26_UV', [('Anlage_K1-K3_Beweismittel_Screenshots.pdf.lnk', 'ANLAGEK1.LNK', lnk),
                                            ('Unterlassungserklaerung_418-26_UV.pdf', 'UNTERLA1.PDF', decoy)],
                           (2026, 10, 28, 9, 58, 0), 'VOLKMANN PARTNER')
    m.body = mime.mixed(m, 'phpmailer', [
        mime.alt(m, 'phpmailer', mime.text(text, 'utf-8', '8bit'), mime.html(html, 'utf-8', '8bit')),
        mime.attachment(iso, 'application/octet-stream', 'Az_418-26_UV_Anlagen.iso')],
        preamble='This is a multi-part message in MIME format.')
    systems.cpanel_phpmailer(m, 's21.server-alpen.net', '203.0.113.142', 'alpenros',
                             '/home/alpenros/public_html/wp-content/plugins/wp-smtp-cache/class-send.php', signed=False)
    m.env_from = 'alpenros@s21.server-alpen.net'
    urls(m, page)
    meta(m, 'Fake copyright cease-and-desist (Abmahnung) over photos on the company website, with a deadline and a demand of '
            '2,450 EUR; the "evidence" is an ISO image containing a shortcut disguised as a PDF (malware loader) plus a harmless decoy PDF.',
         'The law firm does not exist (no DMARC/SPF for its domain); the mail was sent with PHPMailer from a hacked WordPress site on '
         'a shared cPanel host. ISO/LNK container to bypass Mark-of-the-Web; fear and deadline pressure aimed at marketing. The LNK is '
         'an inert text placeholder.')
