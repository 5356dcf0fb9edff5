"""German messages: attack/01-08 and business/01-08."""
from .common import *  # noqa: F401,F403
from lib import ooxml, iso, zipc, png

LIEF_VAT = ids.de_vat('81563207')
LIEF_FOOTER = ['Lieferant GmbH · Industriestraße 18 · 57076 Siegen · Tel. +49 271 77041-0 · www.lieferant-gmbh.de',
               'Geschäftsführer: Andreas Kessler, Dr. Birgit Hoppe · Amtsgericht Siegen HRB 8841 · USt-IdNr. %s' % LIEF_VAT]
LIEF_SENDER = ['Lieferant GmbH', 'Industriestraße 18', '57076 Siegen', 'Telefon +49 271 77041-0',
               'info@lieferant-gmbh.de', 'www.lieferant-gmbh.de']


# fixed Message-IDs of the purchasing thread 4500018832 shared by business/03 and attack/03
PO_MID = '6f1c0a3e9b2d4c57a8e1f0b36d2c9a41@EXCH01.corp.example.com'      # Markus Weber, 19.10.2026 (PO)
AB_MID = '004a01dc6001$7e3b2c10$7ab18430$@lieferant-gmbh.de'             # Stefan Maier, 20.10.2026 (business/03)
MW_MID = 'c2d8e4f1a09b4b7e93f5d61a0e8c7b52@EXCH02.corp.example.com'      # Markus Weber, 30.10.2026 (asks for 3.1 certs)


def lief_sig(name, role, ext):
    return '\n'.join(['Mit freundlichen Grüßen', '', name, role, '', 'Lieferant GmbH',
                      'Präzisionsguss & Dichtungstechnik', 'Industriestraße 18 · 57076 Siegen',
                      'Tel. +49 271 77041-%s · Fax +49 271 77041-99' % ext, 'www.lieferant-gmbh.de', '',
                      'Geschäftsführer: Andreas Kessler, Dr. Birgit Hoppe',
                      'Amtsgericht Siegen HRB 8841 · USt-IdNr. %s' % LIEF_VAT])


def ox_html(text, quoted=''):
    parts = []
    for ln in text.split('\n'):
        parts.append('  <div class="default-style">\n   %s\n  </div>' % (fmt.esc(ln) if ln.strip() else '<br>'))
    q = ''
    if quoted:
        q = ('  <blockquote type="cite">\n%s\n  </blockquote>' % '\n'.join(
            '   <div>\n    %s\n   </div>' % (fmt.esc(ln) if ln.strip() else '<br>') for ln in quoted.split('\n')))
    return ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n%s\n%s\n </body>\n</html>\n'
            % ('\n'.join(parts), q))


# =====================================================================================  ATTACKS
@message('attack', 1, 'de', 'lieferant-bankverbindung')
def a01(c):
    t_prev = util.local_to_utc('DE', 2026, 10, 9, 14, 22)
    t = util.local_to_utc('DE', 2026, 10, 13, 10, 47, 19)
    fraud = BANK['fraud_lief']
    iban = c.iban(fraud, 'fraud account (Solaris SE, money-mule)')
    old = c.iban(BANK['lief_old'], 'genuine old Lieferant account, quoted in the forged letter')
    c.phone('+49 271 77041-32', 'copied direct line of Petra Lang')
    c.url('www.lieferant-gmbh.de', 'signature')
    quoted = fmt.outlook_quote_text('de', 'Jana Schulte <jana.schulte@example.com>', t_prev, 'DE',
                                    'Petra Lang <p.lang@lieferant-gmbh.de>',
                                    'Kontoauszug / offene Posten per 30.09.2026') + \
        ('\nHallo Frau Lang,\n\nanbei wie gewünscht unsere OP-Liste per 30.09.2026 (Kreditor 70412). '
         'Die beiden Rechnungen RE-2026-10418 und RE-2026-10455 sind zur Zahlung im nächsten Lauf am 16.10. '
         'vorgesehen.\n\nViele Grüße\nJana Schulte\nKreditorenbuchhaltung\nExample Group GmbH')
    text = ('Sehr geehrte Frau Schulte,\n\n'
            'vielen Dank für Ihre Rückmeldung und die Zusendung der OP-Liste.\n\n'
            'Wir möchten Sie vorab darüber informieren, dass wir im Zuge der Umstellung unseres Zahlungsverkehrs '
            'ab sofort eine neue Bankverbindung nutzen. Unser bisheriges Konto bei der Sparkasse Siegen wird '
            'während der laufenden Jahresabschlussprüfung nur noch für eingehende Lastschriften verwendet.\n\n'
            'Bitte veranlassen Sie die Zahlung der fälligen Rechnungen RE-2026-10418 (18.742,30 EUR) und '
            'RE-2026-10455 (6.118,90 EUR) im Zahllauf am 16.10. daher bereits auf das folgende Konto:\n\n'
            'Kontoinhaber: Lieferant GmbH\nBank: Solaris SE\nIBAN: %s\nBIC: SOBKDEBBXXX\n\n'
            'Das offizielle Schreiben unserer Geschäftsleitung finden Sie im Anhang. Bitte bestätigen Sie uns kurz '
            'die Änderung in Ihren Stammdaten, damit wir die Zahlungseingänge korrekt zuordnen können.\n\n'
            'Für Rückfragen stehe ich Ihnen gerne per E-Mail zur Verfügung – telefonisch bin ich diese Woche leider '
            'nur eingeschränkt erreichbar, da wir im Haus auf eine neue Telefonanlage umstellen.\n\n' % iban +
            lief_sig('Petra Lang', 'Auftragsabwicklung', '32'))
    pdfdata = docs.letter(
        dict(title='Mitteilung Bankverbindung', author='Admin', creator='Microsoft® Word 2016',
             producer='Microsoft® Word 2016', created="20261012163104+02'00'"),
        LIEF_SENDER, ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Wannenäckerstraße 40', '74078 Heilbronn'],
        'Siegen, 12.10.2026', 'Mitteilung über die Änderung unserer Bankverbindung',
        ['Sehr geehrte Damen und Herren,',
         'hiermit teilen wir Ihnen mit, dass sich mit sofortiger Wirkung unsere Bankverbindung für alle Zahlungen '
         'aus laufenden und zukünftigen Lieferungen geändert hat. Wir bitten Sie, ausstehende und künftige '
         'Rechnungsbeträge ausschließlich auf das nachfolgende Konto zu überweisen:',
         ('kv', [('Kontoinhaber:', 'Lieferant GmbH'), ('Kreditinstitut:', 'Solaris SE'),
                 ('IBAN:', iban), ('BIC:', 'SOBKDEBBXXX')]),
         'Unsere bisherige Bankverbindung bei der Sparkasse Siegen (IBAN %s) wird für Zahlungseingänge nicht '
         'mehr genutzt. Zahlungen auf das alte Konto können zu Verzögerungen bei der Verbuchung führen.' % old,
         'Bitte passen Sie Ihre Stammdaten entsprechend an und bestätigen Sie uns die Änderung per E-Mail an '
         'p.lang@lieferant-gmbh.de. Wir danken Ihnen für Ihr Verständnis und die gute Zusammenarbeit.'],
        'Mit freundlichen Grüßen', ['Lieferant GmbH', '', 'gez. Andreas Kessler', 'Geschäftsführer'],
        LIEF_FOOTER, color='#0b4f8a')
    ox_text = text + '\n\n' + fmt.quote_lines(quoted)
    alt = mime.multipart('alternative', [mime.text(ox_text, 'plain', 'UTF-8', 'quoted-printable', ct='text/plain; charset={cs}'),
                                         mime.text(ox_html(text, quoted), 'html', 'UTF-8', 'quoted-printable',
                                                   ct='text/html; charset={cs}')], c.boundary('javamail'))
    att = mime.attachment(pdfdata, 'application/pdf', 'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf',
                          fname_style='rfc2231', ct_params='')
    body = mime.multipart('mixed', [alt, att], c.boundary('javamail'))
    prev_mid = mid_exchange(c)
    env = Env(frm_name='Petra Lang', frm_email='p.lang@lieferant-grnbh.de', to=[to('ap')],
              subject='AW: Kontoauszug / offene Posten per 30.09.2026', date=t, zone='DE',
              msgid='%d.%d.%d@privateemail.com' % (c.randint(100000000, 999999999), c.randint(100000, 999999), int(t.timestamp() * 1000)),
              in_reply_to=prev_mid, references=[prev_mid], body=body,
              extra=[('X-Priority', '3'), ('Importance', 'Normal')])
    c.what = ('Reply in an existing payables thread from a look-alike of the supplier domain (lieferant-grnbh.de, '
              '"rn" for "m") announcing a new bank account, with a forged letter on Lieferant letterhead.')
    c.why = ('Vendor bank-detail change fraud: look-alike domain registered via Namecheap Private Email (SPF/DKIM pass '
             'for the fake domain, no DMARC), new IBAN at a neobank, pressure for the 16.10. payment run, phone '
             'verification discouraged; the forged letter\'s PDF metadata shows author "Admin".')
    return send(c, env, T.own_postfix, host='mta-08.privateemail.com', ip='198.54.118.215',
                client_ip='10.50.14.214', client_helo='APP-05', selector='default', xmailer=None,
                ua=None, amavis=False, extra_hops=None,
                order=['Date', 'From', 'To', 'Message-ID', 'In-Reply-To', 'References', 'Subject', 'MIME-Version',
                       '__MIME__', '__EXTRA__'],
                zone='UTC', tls_out='1.3')


@message('attack', 2, 'de', 'ceo-vertraulich-whatsapp')
def a02(c):
    t = util.local_to_utc('DE', 2026, 10, 22, 8, 16, 44)
    c.url('https://aka.ms/o0ukef', 'Outlook for iOS footer')
    text = ('Hallo Frau Hoffmann,\n\n'
            'sind Sie heute im Büro? Ich benötige kurzfristig Ihre Unterstützung bei einer vertraulichen '
            'Angelegenheit im Zusammenhang mit einer geplanten Übernahme. Bitte behandeln Sie das zunächst streng '
            'vertraulich und sprechen Sie noch nicht mit den Kollegen darüber – die Kommunikation nach außen ist '
            'noch nicht abgestimmt.\n\n'
            'Ich sitze bis zum Nachmittag in Gesprächen und kann nicht telefonieren. Senden Sie mir bitte Ihre '
            'aktuelle Mobilnummer, damit ich Sie über WhatsApp kontaktieren kann. Rechtsanwalt Dr. Weiß von der '
            'begleitenden Kanzlei wird sich anschließend direkt bei Ihnen melden.\n\n'
            'Danke und Gruß\nMatthias Krämer\n\n'
            'Outlook für iOS beziehen<https://aka.ms/o0ukef>')
    html = ('<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr">%s</div><div dir="ltr"><br></div><div dir="ltr">Outlook für iOS '
            '<a href="https://aka.ms/o0ukef">beziehen</a></div></body></html>\n' % ''.join(
                '<div dir="ltr">%s</div>' % (fmt.esc(l) if l else '<br>') for l in text.split('\n')[:-2]))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'),
                                          mime.text(html, 'html', 'utf-8', 'base64')], '_000_' + c.hex(44, True) + '_')
    env = Env(frm_name='Matthias Krämer', frm_email='matthias.kraemer@examplegroup-eu.com', to=[to('cfo')],
              subject='Vertraulich', date=t, zone='DE', msgid=None, body=body, lang='de-DE')
    c.what = 'CEO impersonation asking the CFO for her mobile number to continue on WhatsApp about a "confidential acquisition".'
    c.why = ('CEO fraud / BEC opener: display name of the CEO on the look-alike domain examplegroup-eu.com (M365 trial '
             'tenant, DKIM signed only by the onmicrosoft.com domain, no DMARC), secrecy, unavailability, move to WhatsApp, '
             'a "lawyer" to follow.')
    return send(c, env, T.m365, region='NAM', org_domain_='examplegroupeu.onmicrosoft.com',
                dkim_domain='examplegroupeu.onmicrosoft.com', selector='selector1-examplegroupeu-onmicrosoft-com',
                client='outlook-ios', lang='de-DE')


@message('attack', 3, 'de', 'lieferant-kompromittiert-dokumente')
def a03(c):
    t_b03 = util.local_to_utc('DE', 2026, 10, 20, 9, 41)
    t_mw = util.local_to_utc('DE', 2026, 10, 30, 15, 2)
    t = util.local_to_utc('DE', 2026, 11, 3, 7, 58, 31)
    link = c.url('https://acrobat.adobe.com/id/urn:aaid:sc:EU:4c7f2e19-8b3a-4d6e-9f21-6a0d3b5e7c84',
                 'Adobe Acrobat cloud share created by the attacker; the PDF inside links to a credential-phishing page')
    c.phone('+49 271 77041-27')
    c.url('www.lieferant-gmbh.de')
    q1 = fmt.outlook_quote_text('de', 'Weber, Markus <markus.weber@example.com>', t_mw, 'DE',
                                'Stefan Maier <s.maier@lieferant-gmbh.de>',
                                'AW: Bestellung 4500018832 – Liefertermin Ventilgehäuse') + \
        ('\nHallo Herr Maier,\n\ndanke für die AB. Können Sie uns die Abnahmeprüfzeugnisse 3.1 für die Charge '
         'vorab schicken? Unsere QS möchte die Werte vor Wareneingang prüfen.\n\nGruß\nMarkus Weber')
    text = ('Hallo Herr Weber,\n\n'
            'anbei wie besprochen die aktualisierten Unterlagen zur Bestellung 4500018832 (Lieferavis, '
            'Abnahmeprüfzeugnisse 3.1 nach EN 10204 und die geänderte Auftragsbestätigung).\n\n'
            'Aufgrund der Dateigröße haben wir die Dokumente über Adobe Acrobat freigegeben:\n\n'
            '%s\n\n'
            'Bitte melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an, um die Dateien anzuzeigen. '
            'Geben Sie mir bitte kurz Bescheid, wenn Sie alles erhalten haben, damit der Versand am Donnerstag '
            'rausgehen kann.\n\n' % link + lief_sig('Stefan Maier', 'Vertrieb Innendienst', '27'))
    quoted = q1 + '\n\n' + fmt.outlook_quote_text('de', 'Stefan Maier <s.maier@lieferant-gmbh.de>', t_b03, 'DE',
                                                  'Weber, Markus <markus.weber@example.com>',
                                                  'AW: Bestellung 4500018832 – Liefertermin Ventilgehäuse') + \
        '\nSehr geehrter Herr Weber,\n\nvielen Dank für Ihre Bestellung. Anbei erhalten Sie unsere Auftragsbestätigung AB-26-08817 ...'
    html = fmt.outlook_html(text, 'de', 'windows-1252',
                            quoted_html='<div>' + fmt.paras_html(quoted) + '</div>')
    html = html.replace(fmt.esc(link), '<a href="%s">%s</a>' % (link, fmt.esc(link)))
    base = c.hex(32, True)
    body = mime.multipart('alternative', [mime.text(text + '\n\n' + quoted, 'plain', 'windows-1252', 'quoted-printable'),
                                          mime.text(html, 'html', 'windows-1252', 'quoted-printable')],
                          '----=_NextPart_000_%s_%s.%s' % (c.hex(4, True), c.hex(8, True), c.hex(8, True)))
    env = Env(frm_name='Stefan Maier', frm_email='s.maier@lieferant-gmbh.de', to=[('Weber, Markus', p('proc')['email'])],
              subject='AW: Bestellung 4500018832 – Liefertermin Ventilgehäuse', subj_charset='windows-1252', subj_enc='Q',
              date=t, zone='DE', msgid=mid_outlook(c, 'lieferant-gmbh.de'), in_reply_to=MW_MID, references=[PO_MID, AB_MID, MW_MID],
              body=body, frm_charset='windows-1252', frm_enc='Q')
    c.what = ('Reply in a genuine purchasing thread, sent from the real (compromised) mailbox of Stefan Maier at '
              'Lieferant GmbH, pointing to "documents" shared via Adobe Acrobat cloud.')
    c.why = ('Thread hijacking / document-share lure: all authentication passes (real mailbox, real relay) but the '
             'message was submitted from a foreign VPS (185.225.74.18, HELO [127.0.0.1], no mail client header), '
             'the quoted thread is truncated, and it pushes a cloud link requiring a "business e-mail login".')
    return send(c, env, T.own_postfix, host='mail.lieferant-gmbh.de', ip='203.0.113.25', client_ip='185.225.74.18',
                client_helo='[127.0.0.1]', selector='lg2025', xmailer=None, ua=None,
                order=['From', 'To', 'Subject', 'Date', 'Message-ID', 'References', 'In-Reply-To', 'MIME-Version', '__MIME__'])


@message('attack', 4, 'de', 'elster-bescheid')
def a04(c):
    t = util.local_to_utc('DE', 2026, 10, 27, 6, 12, 5)
    track = c.url('https://u4829137.ct.sendgrid.net/ls/click?upn=u001.' + c.b64(90).replace('/', '-').replace('+', '_').rstrip('='),
                  'SendGrid click-tracking redirect; displayed as www.elster.de/eportal/login')
    c.url('www.elster.de/eportal/login', 'displayed link text only')
    unsub = c.url('https://u4829137.ct.sendgrid.net/asm/unsubscribe/?user_id=4829137&data=' + c.b64(30).replace('/', '_').replace('+', '-').rstrip('='))
    az = 'Az. 65203/41877 – USt 2025'
    text = ('ELSTER – Ihr Online-Finanzamt\n\n'
            'Sehr geehrte Damen und Herren,\n\n'
            'in Ihrem ELSTER-Postfach ist eine neue Nachricht eingegangen:\n\n'
            'Betreff: Bescheid über Umsatzsteuer 2025 – Nachforderung\nSteuernummer: 65203/41877\n'
            'Finanzamt: Heilbronn\nFrist: 06.11.2026\n\n'
            'Aufgrund einer Abweichung zwischen der Umsatzsteuer-Jahreserklärung 2025 und den übermittelten '
            'Voranmeldungen ergibt sich eine Nachforderung. Zur Vermeidung von Säumniszuschlägen bitten wir Sie, '
            'den Bescheid bis zum 06.11.2026 abzurufen.\n\n'
            'Hinweis: Aus Sicherheitsgründen muss Ihre Zertifikatsdatei nach dem Sicherheitsupdate vom 15.10.2026 '
            'einmalig neu bestätigt werden. Ohne Bestätigung ist der Abruf des Bescheids nicht möglich.\n\n'
            'Zum Postfach: www.elster.de/eportal/login\n\n'
            'Mit freundlichen Grüßen\nIhr ELSTER-Team\n\n'
            'Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.\n'
            'Bayerisches Landesamt für Steuern – Dienststelle München, im Auftrag der Steuerverwaltungen der Länder')
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>ELSTER</title></head>'
            '<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#222">'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">'
            '<tr><td style="background:#0b5a8c;padding:18px 24px;color:#ffffff;font-size:20px;font-weight:bold">'
            'ELSTER <span style="font-weight:normal;font-size:14px">Ihr Online-Finanzamt</span></td></tr>'
            '<tr><td style="padding:24px;font-size:14px;line-height:1.5">'
            '<p>Sehr geehrte Damen und Herren,</p><p>in Ihrem ELSTER-Postfach ist eine neue Nachricht eingegangen:</p>'
            '<table cellpadding="4" style="font-size:14px;background:#f5f7f9;border-left:4px solid #0b5a8c">'
            '<tr><td><b>Betreff:</b></td><td>Bescheid über Umsatzsteuer 2025 – Nachforderung</td></tr>'
            '<tr><td><b>Steuernummer:</b></td><td>65203/41877</td></tr><tr><td><b>Finanzamt:</b></td><td>Heilbronn</td></tr>'
            '<tr><td><b>Frist:</b></td><td>06.11.2026</td></tr></table>'
            '<p>Aufgrund einer Abweichung zwischen der Umsatzsteuer-Jahreserklärung 2025 und den übermittelten '
            'Voranmeldungen ergibt sich eine Nachforderung. Zur Vermeidung von Säumniszuschlägen bitten wir Sie, den '
            'Bescheid bis zum <b>06.11.2026</b> abzurufen.</p>'
            '<p style="background:#fff6d6;padding:10px">Hinweis: Aus Sicherheitsgründen muss Ihre Zertifikatsdatei nach '
            'dem Sicherheitsupdate vom 15.10.2026 einmalig neu bestätigt werden. Ohne Bestätigung ist der Abruf des '
            'Bescheids nicht möglich.</p>'
            '<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#0b5a8c;color:#ffffff;'
            'padding:12px 28px;text-decoration:none;font-weight:bold">Zum Postfach</a></p>'
            '<p style="font-size:12px;color:#555">Falls die Schaltfläche nicht funktioniert: '
            '<a href="%s">www.elster.de/eportal/login</a></p>'
            '<p>Mit freundlichen Grüßen<br>Ihr ELSTER-Team</p></td></tr>'
            '<tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #dde">Diese E-Mail wurde '
            'automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.<br>Bayerisches Landesamt für Steuern – '
            'Dienststelle München, im Auftrag der Steuerverwaltungen der Länder<br>'
            '<a href="%s" style="color:#777">Benachrichtigungen abbestellen</a></td></tr>'
            '</table></td></tr></table><img src="https://u4829137.ct.sendgrid.net/wf/open?upn=u001.%s" alt="" width="1" height="1" '
            'border="0" style="height:1px !important;width:1px !important"></body></html>\n' % (
                track, track, unsub, c.b64(60).replace('/', '-').replace('+', '_').rstrip('=')))
    open_px = html.split('<img src="')[1].split('"')[0]
    c.url(open_px, 'SendGrid open-tracking pixel')
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable', ct='text/plain; charset=utf-8'),
                                          mime.text(html, 'html', 'utf-8', 'quoted-printable', ct='text/html; charset=utf-8')],
                          c.boundary('sendgrid'))
    env = Env(frm_name='ELSTER - Ihr Online-Finanzamt', frm_email='benachrichtigung@elster-postfach-info.de',
              to=[('', p('cfo')['email'])], subject='Neue Nachricht in Ihrem ELSTER-Postfach: Bescheid über Umsatzsteuer 2025',
              date=t, zone='UTC', msgid=T.sendgrid_msgid(c), body=body,
              env_from='bounces+4829137-%s-sabine.hoffmann=example.com@em7193.elster-postfach-info.de' % c.hex(4),
              extra=[('List-Unsubscribe', '<%s>' % unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])
    c.what = 'Fake ELSTER mailbox notification about a VAT back-payment notice, asking to "re-confirm the certificate file".'
    c.why = ('Tax-authority credential phishing: look-alike sender domain elster-postfach-info.de on SendGrid, '
             'button hidden behind a SendGrid click-tracking redirect (text shows www.elster.de), deadline pressure; '
             'real ELSTER notices never ask to confirm certificates via a link.')
    return send(c, env, T.sendgrid, dkim_domain='elster-postfach-info.de',
                branded_host='o1.ptr4829.elster-postfach-info.de', branded_ip='149.72.161.59')


@message('attack', 5, 'de', 'bewerbung-iso')
def a05(c):
    t = util.local_to_utc('DE', 2026, 11, 2, 8, 41, 3)
    c.url('https://www.stepstone.de', 'mentioned job portal (text)')
    files = [('Lebenslauf_Jonas_Weidner.pdf.lnk', docs.inert('Windows shortcut launching a hidden PowerShell loader')),
             ('Zeugnisse_Jonas_Weidner.pdf.lnk', docs.inert('Windows shortcut launching a hidden PowerShell loader')),
             ('Bewerbungsfoto.jpg', docs.inert('decoy image'))]
    img = iso.build('BEWERBUNG_WEIDNER', files, (2026, 11, 1, 21, 14, 52))
    text = ('Sehr geehrte Frau Wagner,\n\n'
            'mit großem Interesse habe ich Ihre Stellenanzeige als Industriemechaniker (m/w/d) für die Montage von '
            'Axialkolbenpumpen auf StepStone (https://www.stepstone.de) gelesen und möchte mich hiermit bei Ihnen bewerben.\n\n'
            'Nach meiner Ausbildung zum Industriemechaniker bei einem Zulieferer der Landmaschinenindustrie arbeite '
            'ich seit vier Jahren in der Endmontage und Prüfung von Hydraulikaggregaten. Dabei gehören das Lesen von '
            'Hydraulikschaltplänen, die Inbetriebnahme am Prüfstand sowie die Dokumentation der Prüfprotokolle zu '
            'meinen täglichen Aufgaben.\n\n'
            'Meine vollständigen Bewerbungsunterlagen (Anschreiben, Lebenslauf und Zeugnisse) habe ich Ihnen aufgrund '
            'der Dateigröße als Bewerbungsmappe angehängt. Die Mappe lässt sich unter Windows mit einem Doppelklick '
            'öffnen.\n\n'
            'Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.\n\n'
            'Mit freundlichen Grüßen\nJonas Weidner\nMobil: 0157 38214407')
    c.phone('0157 38214407')
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>%s</div></div>'
            '</body></html>' % '</div>\n\n<div>'.join(fmt.esc(l) if l else '&nbsp;' for l in text.split('\n')))
    body = mime.multipart('mixed', [mime.text(html, 'html', 'UTF-8', 'quoted-printable', ct='text/html; charset={cs}'),
                                    mime.attachment(img, 'application/octet-stream', 'Bewerbung_Jonas_Weidner.iso',
                                                    ct_params='', fname_style='rfc2231')],
                          'trinity-' + c.guid() + '-' + str(c.randint(1790812800000, 1798675200000)))
    env = Env(frm_name='Jonas Weidner', frm_email='jonas.weidner94@gmx.de', to=[('', p('hr')['email'])],
              subject='Bewerbung als Industriemechaniker (m/w/d) – Jonas Weidner', date=t, zone='DE',
              msgid=None, body=body)
    c.what = 'Job application for an assembly position with the documents packed in an ISO disk image.'
    c.why = ('Malware loader: free-mail applicant (GMX), ISO image containing double-extension shortcuts '
             '(Lebenslauf_….pdf.lnk), instruction to open by double-click; classic HR-targeted loader.')
    return send(c, env, T.united_internet, brand='gmx', client_ip='91.64.112.7', webmail=True)


@message('attack', 6, 'de', 'register-eintragungsofferte')
def a06(c):
    t = util.local_to_utc('DE', 2026, 11, 10, 9, 3, 40)
    fax = c.phone('+49 30 57709 8841', 'fax for returning the signed form')
    web = c.url('https://www.zgh-register.de/datenschutz')
    vat = ids.de_vat('28467315')
    c.ident('Reference', 'ZGH-2026-741853')
    form = docs.letter(
        dict(title='Aktualisierung Firmendaten', author='ZGH', creator='PDFium', producer='iText® 7.2.5 ©2000-2023 Apryse Group NV',
             created="20261109174522+01'00'"),
        ['ZGH Zentralregister für Gewerbe und Handel', 'Datenerfassung', 'Postfach 35 02 17', '10211 Berlin',
         'Fax +49 30 57709 8841'],
        ['Example Group GmbH', 'z. Hd. Geschäftsführung', 'Wannenäckerstraße 40', '74078 Heilbronn'],
        'Berlin, 09.11.2026', 'Aktualisierung Ihrer Firmendaten – Registernummer ZGH-2026-741853',
        ['Bitte prüfen Sie die unten aufgeführten Daten, ergänzen Sie fehlende Angaben und senden Sie das Formular '
         'unterschrieben innerhalb von 7 Tagen per Fax oder E-Mail zurück.',
         ('kv', [('Firma:', 'Example Group GmbH'), ('Anschrift:', 'Wannenäckerstraße 40, 74078 Heilbronn'),
                 ('Registergericht:', 'Amtsgericht Stuttgart HRB 738215'), ('USt-IdNr.:', vat),
                 ('Branche:', 'Herstellung von Hydraulikpumpen und -ventilen'), ('Telefon / E-Mail:', '______________________')]),
         'Mit der Unterschrift beauftragen Sie die ZGH mit der Veröffentlichung und laufenden Aktualisierung Ihres '
         'Eintrags im ZGH-Branchenregister (Online-Verzeichnis). Die Vertragslaufzeit beträgt drei Jahre; die jährliche '
         'Veröffentlichungsgebühr beträgt 1.289,00 EUR zzgl. MwSt. und ist jeweils im Voraus fällig. Der Vertrag '
         'verlängert sich um ein weiteres Jahr, wenn er nicht drei Monate vor Ablauf schriftlich gekündigt wird. '
         'Es gelten die AGB unter %s. Gerichtsstand ist Berlin.' % web,
         'Ort, Datum: ____________________    Unterschrift / Firmenstempel: ________________________'],
        'Rücksendung per Fax an %s oder per E-Mail an auftrag@zgh-register.de' % fax, ['ZGH – Datenerfassung'],
        ['ZGH Zentralregister für Gewerbe und Handel ist ein privates Verzeichnis und steht in keiner Verbindung zu '
         'Handelsregister, Gewerbeamt oder IHK.', 'Betreiber: Orbis Data Services s.r.o., Bratislava'],
        color='#7a1d1d')
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'zur Vervollständigung Ihres Eintrags benötigen wir die Bestätigung Ihrer Firmendaten. Bitte prüfen Sie das '
            'beigefügte Formular, ergänzen Sie fehlende Angaben und senden Sie es unterschrieben innerhalb von 7 Tagen '
            'per Fax an %s oder per E-Mail an auftrag@zgh-register.de zurück.\n\n'
            'Registernummer: ZGH-2026-741853\nFirma: Example Group GmbH, Heilbronn\n\n'
            'Mit freundlichen Grüßen\nZGH – Datenerfassung\n\n'
            'Informationen zum Datenschutz: %s' % (fax, web))
    html = fmt.simple_html(text)
    body = mime.multipart('mixed', [mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'),
                                                                   mime.text(html, 'html', 'utf-8', 'quoted-printable')],
                                                   c.boundary('mailgun')),
                                    mime.attachment(form, 'application/pdf', 'ZGH-2026-741853_Datenabgleich.pdf')],
                          c.boundary('mailgun'))
    env = Env(frm_name='ZGH Datenerfassung', frm_email='eintragung@zgh-register.de', to=[('', p('assist')['email'])],
              subject='Aktualisierung Ihrer Firmendaten – Example Group GmbH (Reg.-Nr. ZGH-2026-741853)',
              date=t, zone='UTC', msgid=mid_time(c, t, 'mg.zgh-register.de'), body=body,
              env_from='bounce+%s.%s-anja.richter=example.com@mg.zgh-register.de' % (c.hex(6), c.hex(6)),
              sender='eintragung=zgh-register.de@mg.zgh-register.de')
    c.what = 'Form to "update company data" in a private register, looking official, with a 3-year paid contract in the small print.'
    c.why = ('Directory / register scam (like "Gewerbeauskunft-Zentrale"): official-sounding name, prefilled real '
             'register data, return-by-fax form that is in fact a 1.289 EUR/year three-year order, sent through Mailgun.')
    return send(c, env, T.mailgun, mg_domain='mg.zgh-register.de', auth={'dkim': None} if False else None)


@message('attack', 7, 'de', 'mfa-quishing-pdf')
def a07(c):
    t = util.local_to_utc('DE', 2026, 11, 4, 13, 27, 9)
    victim = p('qm')['email']
    import base64 as _b
    qurl = 'https://mfa-sicherheit365.com/reg/?sid=8f2c91#' + _b.b64encode(victim.encode()).decode()
    c.qr(qurl, 'quishing target with the victim address base64-encoded in the fragment')
    c.url(qurl)
    d = docs.pdf.Doc(title='Microsoft 365 – Sicherheitsbenachrichtigung', author='', creator='Microsoft® Word für Microsoft 365',
                     producer='Microsoft® Word für Microsoft 365', created="20261104121502+01'00'")
    lg = png.Canvas(240, 50, '#ffffff')
    for i, col in enumerate(['#f25022', '#7fba00', '#00a4ef', '#ffb900']):
        lg.rect(5 + (i % 2) * 22, 4 + (i // 2) * 22, 25 + (i % 2) * 22, 24 + (i // 2) * 22, col)
    lg.text(60, 33, 'Microsoft 365', 24, '#5e5e5e', 'bold')
    d.png_image(50, 770, 150, 31, lg)
    y = d.para(50, 730, 'Aktion erforderlich: Ihre Zwei-Faktor-Authentifizierung läuft ab', 495, 15, bold=True)
    y = d.para(50, y - 6, 'Konto: %s' % victim, 495, 10)
    y = d.para(50, y - 6, 'Im Rahmen der Umstellung auf die neue Microsoft-Authenticator-Richtlinie müssen alle Konten '
               'der Organisation example.com die Zwei-Faktor-Authentifizierung bis zum 05.11.2026 erneut bestätigen. '
               'Nach Ablauf der Frist wird der Zugriff auf Outlook, Teams und OneDrive vorübergehend gesperrt.', 495, 10.5, 15)
    y = d.para(50, y - 4, 'So gehen Sie vor:', 495, 10.5, bold=True)
    for s in ['1. Öffnen Sie die Kamera-App Ihres Smartphones.', '2. Scannen Sie den untenstehenden QR-Code.',
              '3. Melden Sie sich mit Ihrem Unternehmenskonto an und bestätigen Sie die Anfrage in der Authenticator-App.']:
        y = d.para(60, y, s, 480, 10.5)
    d.qr(222, y - 170, 150, qurl)
    d.text(297, y - 185, 'Scannen Sie den Code mit Ihrem Mobilgerät', 9, align='center', color='#555555')
    d.text(297, 90, 'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052', 7, align='center', color='#777777')
    pdfdata = d.build()
    text = ('Sehr geehrte Nutzerin, sehr geehrter Nutzer,\n\n'
            'für Ihr Konto %s steht eine Sicherheitsaktualisierung aus. Die Einrichtung der '
            'Zwei-Faktor-Authentifizierung läuft am 05.11.2026 ab.\n\n'
            'Bitte öffnen Sie das angehängte Dokument und folgen Sie den Anweisungen, um den Zugriff auf Ihr Postfach '
            'nicht zu verlieren.\n\n'
            'Dokument: MFA_Reaktivierung_%s.pdf\n\n'
            'Vielen Dank\nMicrosoft 365 Sicherheitsteam' % (victim, victim.split('@')[0]))
    body = mime.multipart('mixed', [
        mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'),
                                       mime.text(fmt.simple_html(text, 'Segoe UI, Arial, sans-serif', '11pt'), 'html', 'utf-8', 'quoted-printable')],
                       '_000_' + c.hex(40, True) + '_'),
        att_pdf(pdfdata, 'MFA_Reaktivierung_%s.pdf' % victim.split('@')[0], outlook=True, t=t)],
        '_004_' + c.hex(40, True) + '_')
    env = Env(frm_name='Microsoft 365 Sicherheit', frm_email='buero@krause-haustechnik.de', to=[('', victim)],
              subject='Aktion erforderlich: MFA-Bestätigung für %s läuft am 05.11.2026 ab' % victim,
              date=t, zone='DE', msgid=None, body=body, lang='de-DE')
    c.what = 'Fake "Microsoft 365 security" notice with a PDF whose QR code leads to a credential/MFA phishing page.'
    c.why = ('Quishing: sent from the compromised Microsoft 365 mailbox of an unrelated plumbing firm (SPF/DKIM/DMARC '
             'pass for krause-haustechnik.de), Microsoft branding in the display name, QR code moves the victim to a '
             'phone; landing URL carries the victim address in the fragment.')
    return send(c, env, T.m365, region='EUR', dkim_domain='krause-haustechnik.de', lang='de-DE')


DSE_HOST = ('mail-fr1.eumail.docusign.net', '185.201.84.17')


def docusign_mail(c, t, sender_name, sender_email, recipient, doc_title, message, acct_guid, lang='de'):
    env_guid = c.guid(True)
    a = c.guid(True)
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&acct=%s&er=%s' % (a.lower(), acct_guid, c.guid())
    code = c.hex(32, True)
    c.url(link, 'DocuSign signing link (genuine DocuSign infrastructure)')
    c.url('https://www.docusign.com', 'footer')
    c.url('https://support.docusign.com/s/?language=de', 'footer')
    c.ident('DocuSign security code', code)
    text = ('%s hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.\n\n'
            'DOKUMENT ÜBERPRÜFEN: %s\n\n'
            '%s\n%s\n\n'
            '%s\n\n'
            'Nicht weiterleiten: Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, '
            'den Link und den Zugangscode nicht an andere weiter.\n\n'
            'Alternative Signaturmethode\nBesuchen Sie Docusign.com, klicken Sie auf „Dokumente aufrufen“ und geben '
            'Sie den Sicherheitscode ein:\n%s\n\n'
            'Über Docusign\nDokumente elektronisch in wenigen Minuten unterzeichnen. Es ist sicher und geschützt. '
            'https://www.docusign.com\n\n'
            'Fragen zum Dokument?\nWenn Sie das Dokument ändern müssen oder Fragen zu den Details im Dokument haben, '
            'wenden Sie sich bitte direkt an den Absender.\n\n'
            'Hilfe: https://support.docusign.com/s/?language=de\n\n'
            'Diese Nachricht wurde an %s von %s über Docusign gesendet.' % (
                sender_name, link, sender_name, sender_email, message, code, recipient, sender_email))
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="padding:0;margin:0;background-color:#eaeaea"><table role="presentation" border="0" cellspacing="0" '
            'cellpadding="0" width="100%%" style="background-color:#eaeaea"><tr><td></td><td width="640">'
            '<table style="border-collapse:collapse;background-color:#ffffff;max-width:640px"><tr><td style="padding:10px 24px">'
            '<img alt="Docusign" height="24" src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" '
            'style="border:none" width="100"></td></tr><tr><td style="padding:0 24px 30px 24px">'
            '<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%%" align="center" '
            'style="background-color:#1e4ca1;color:#ffffff"><tr><td align="center" style="padding:28px 36px 36px 36px;'
            'border-radius:2px;background-color:#1e4ca1;color:#ffffff;font-size:16px;font-family:Helvetica,Arial,sans-serif">'
            '<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%%"><tr><td align="center" '
            'style="padding-top:24px;font-size:16px;font-family:Helvetica,Arial,sans-serif;color:#ffffff">%s hat Ihnen ein '
            'Dokument zum Überprüfen und Unterzeichnen gesendet.</td></tr></table><table role="presentation" border="0" '
            'cellspacing="0" cellpadding="0" width="100%%"><tr><td align="center" style="padding-top:30px"><div><table '
            'cellspacing="0" cellpadding="0"><tr><td align="center" height="44" style="font-size:15px;color:#333333;'
            'background-color:#ffc423;font-family:Helvetica,Arial,sans-serif;font-weight:bold;text-align:center;'
            'text-decoration:none;border-radius:2px;display:block"><a href="%s" style="font-size:15px;color:#333333;'
            'text-decoration:none;padding:0 24px;line-height:44px;display:inline-block"><span style="padding:0px 24px;'
            'line-height:44px">DOKUMENT ÜBERPRÜFEN</span></a></td></tr></table></div></td></tr></table></td></tr></table>'
            '</td></tr><tr><td style="padding:0 24px 24px 24px;color:#000000;font-size:16px;font-family:Helvetica,Arial,'
            'sans-serif"><table role="presentation" border="0" cellspacing="0" cellpadding="0"><tr><td style="padding-bottom:20px">'
            '<div style="font-family:Helvetica,Arial,sans-serif;font-size:18px;font-weight:bold;line-height:18px;color:#333333">'
            '%s</div><div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:20px;color:#666666">'
            '<a href="mailto:%s" style="color:#2463d1" target="_blank">%s</a></div></td></tr></table>'
            '<span style="font-size:15px;color:#333333;font-family:Helvetica,Arial,sans-serif;line-height:20px">%s</span>'
            '</td></tr><tr><td style="padding:0 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,sans-serif;'
            'font-size:11px;color:#666666"></td></tr><tr><td style="padding:30px 24px 45px 24px;background-color:#eaeaea">'
            '<p style="margin-bottom:1em;font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#666666;line-height:18px">'
            '<b role="heading" aria-level="3">Nicht weiterleiten</b><br>Diese E-Mail enthält einen sicheren Link zu Docusign. '
            'Bitte geben Sie diese E-Mail, den Link und den Zugangscode nicht an andere weiter.<br></p>'
            '<p style="margin-bottom:1em;font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#666666;line-height:18px">'
            '<b role="heading" aria-level="3">Alternative Signaturmethode</b><br>Besuchen Sie Docusign.com, klicken Sie auf '
            '„Dokumente aufrufen“ und geben Sie den Sicherheitscode ein:<br>%s</p>'
            '<p style="margin-bottom:1em;font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#666666;line-height:18px">'
            '<b role="heading" aria-level="3">Über Docusign</b><br>Dokumente elektronisch in wenigen Minuten unterzeichnen. '
            'Es ist sicher und geschützt. Weitere Informationen finden Sie auf <a href="https://www.docusign.com" '
            'style="color:#2463d1">docusign.com</a>.</p>'
            '<p style="margin-bottom:1em;font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#666666;line-height:18px">'
            '<b role="heading" aria-level="3">Fragen zum Dokument?</b><br>Wenn Sie das Dokument ändern müssen oder Fragen '
            'zu den Details im Dokument haben, wenden Sie sich bitte direkt an den Absender.<br><br>'
            '<a href="https://support.docusign.com/s/?language=de" style="color:#2463d1">Hilfe</a></p>'
            '<p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#666666">Diese Nachricht wurde an %s von '
            '%s über Docusign gesendet.</p></td></tr></table></td><td></td></tr></table></body></html>\n' % (
                fmt.esc(sender_name), link, fmt.esc(sender_name), sender_email, sender_email,
                fmt.esc(message).replace('\n', '<br>'), code, recipient, sender_email))
    c.url('https://eu.docusign.net/Member/Images/email/docusign-logo.png', 'logo image')
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'),
                                          mime.text(html, 'html', 'utf-8', 'quoted-printable')],
                          '----=_NextPart_%s' % c.guid())
    return body, env_guid


@message('attack', 8, 'de', 'docusign-zahlungsavis')
def a08(c):
    t = util.local_to_utc('DE', 2026, 12, 1, 10, 5, 22)
    victim = p('ap2')['email']
    sender_name = 'Holzmann Baumaschinen Buchhaltung'
    sender_email = 'buchhaltung.holzmann.bau@gmail.com'
    body, eg = docusign_mail(c, t, sender_name, sender_email, victim, 'Zahlungsavis',
                             'Sehr geehrte Damen und Herren,\nanbei unser Zahlungsavis zu Ihren offenen Rechnungen '
                             '(Zahllauf KW 49). Bitte prüfen und gegenzeichnen Sie die Aufstellung.\n'
                             'Mit freundlichen Grüßen\nBuchhaltung Holzmann Baumaschinen GmbH', c.guid())
    env = Env(frm_name='%s via Docusign' % sender_name, frm_email='dse@eumail.docusign.net', to=[('Melanie Vogt', victim)],
              reply_to=(sender_name, sender_email),
              subject='Bitte unterzeichnen Sie: Zahlungsavis_Holzmann_KW49_2026.pdf', date=t, zone='UTC',
              msgid='%s@docusign.net' % c.guid(), body=body, env_from='bounces@eumail.docusign.net',
              extra=[('X-DocuSign-Envelope-Id', eg), ('X-API-Host', 'docusign.net'), ('X-Docusign-Route', 'EU')])
    c.what = 'Genuine DocuSign envelope notification "Zahlungsavis" sent by a free DocuSign account posing as the customer\'s accounting.'
    c.why = ('Abuse of a real e-signature platform: DKIM/SPF/DMARC pass for docusign.net, but the sender identity shown in '
             'the envelope is a Gmail address (buchhaltung.holzmann.bau@gmail.com), not holzmann-baumaschinen.de; the '
             'envelope document carries the phishing link (remittance-advice lure to accounts receivable).')
    return send(c, env, T.platform, host=DSE_HOST[0], ip=DSE_HOST[1], selector='mail',
                dkim_domain='eumail.docusign.net',
                order=['MIME-Version', 'Reply-To', 'From', 'To', 'Message-ID', 'Date', 'Subject', '__EXTRA__', '__MIME__'])


# =====================================================================================  BUSINESS
@message('business', 1, 'de', 'lieferant-bankwechsel-offiziell')
def b01(c):
    t = util.local_to_utc('DE', 2026, 11, 5, 11, 18, 7)
    old = c.iban(BANK['lief_old'], 'old account, valid until 31.12.2026')
    new = c.iban(BANK['lief_new'], 'new account from 01.01.2027')
    c.phone('+49 271 77041-0', 'switchboard for call-back verification')
    c.url('www.lieferant-gmbh.de')
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'im Zuge der Zusammenlegung unserer Geschäftskonten werden wir den Zahlungsverkehr ab dem 01.01.2027 '
            'ausschließlich über unser Konto bei der Commerzbank abwickeln. Bis einschließlich 31.12.2026 bleibt '
            'die bisherige Bankverbindung bei der Sparkasse Siegen uneingeschränkt gültig.\n\n'
            'Neue Bankverbindung ab 01.01.2027:\nCommerzbank AG, Filiale Siegen\nIBAN: %s\nBIC: COBADEFFXXX\n\n'
            'Bisherige Bankverbindung (gültig bis 31.12.2026):\nSparkasse Siegen\nIBAN: %s\n\n'
            'Das von beiden Geschäftsführern unterzeichnete Schreiben finden Sie im Anhang; das Original geht Ihnen '
            'zusätzlich per Post zu. Die neue Bankverbindung wird ab Dezember auch auf unseren Rechnungen aufgedruckt.\n\n'
            'Zu Ihrer Sicherheit: Wir ändern Bankverbindungen niemals kurzfristig per E-Mail. Bitte verifizieren Sie '
            'die Angaben wie in Ihrem Haus üblich durch einen Rückruf unter der Ihnen bekannten Rufnummer unserer '
            'Zentrale (+49 271 77041-0) und lassen Sie sich mit der Buchhaltung verbinden.\n\n'
            'Vielen Dank für Ihre Unterstützung.\n\n' % (new, old) +
            lief_sig('Heike Brandt', 'Buchhaltung', '40'))
    letter = docs.letter(
        dict(title='Änderung der Bankverbindung zum 01.01.2027', author='Heike Brandt', creator='Microsoft® Word 2021',
             producer='Microsoft® Word 2021', created="20261104101542+01'00'"),
        LIEF_SENDER, ['Example Group GmbH', 'Finanzbuchhaltung / Kreditoren', 'Wannenäckerstraße 40', '74078 Heilbronn'],
        'Siegen, 04.11.2026', 'Änderung unserer Bankverbindung zum 01.01.2027 – Ihre Kreditorennummer 70412',
        ['Sehr geehrte Damen und Herren,',
         'wir informieren Sie hiermit, dass wir unseren Zahlungsverkehr zum 01.01.2027 auf folgendes Konto umstellen:',
         ('kv', [('Kontoinhaber:', 'Lieferant GmbH'), ('Kreditinstitut:', 'Commerzbank AG, Filiale Siegen'),
                 ('IBAN:', new), ('BIC:', 'COBADEFFXXX')]),
         'Bis einschließlich 31.12.2026 bleibt unser bisheriges Konto bei der Sparkasse Siegen (IBAN %s) gültig. '
         'Zahlungen, die nach dem 01.01.2027 noch auf dem bisherigen Konto eingehen, werden bis zum 30.06.2027 '
         'weitergeleitet.' % old,
         'Bitte prüfen Sie diese Mitteilung vor der Änderung Ihrer Stammdaten telefonisch unter unserer Zentrale '
         '+49 271 77041-0. Wir werden Sie niemals auffordern, eine Bankverbindung kurzfristig oder ausschließlich per '
         'E-Mail zu ändern.'],
        'Mit freundlichen Grüßen', ['Lieferant GmbH', '', 'Andreas Kessler                    Dr. Birgit Hoppe',
                                    'Geschäftsführer                       Geschäftsführerin'],
        LIEF_FOOTER, color='#0b4f8a')
    mid = mid_outlook(c, 'lieferant-gmbh.de')
    body = outlook_body(c, text, 'de', 'windows-1252', bstyle='nextpart',
                        attachments=[att_pdf(letter, 'Lieferant_GmbH_Bankverbindung_ab_2027.pdf', outlook=True, t=t)])
    env = Env(frm_name='Lieferant GmbH Buchhaltung', frm_email='rechnungen@lieferant-gmbh.de', to=[to('ap')],
              cc=[('Weber, Markus', p('proc')['email'])],
              subject='Änderung unserer Bankverbindung zum 01.01.2027 – Lieferant GmbH (Kreditor 70412)',
              subj_charset='windows-1252', subj_enc='Q', date=t, zone='DE', msgid=mid, body=body, lang='de',
              extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', T.thread_index(c)),
                     ('Content-Language', 'de')])
    c.what = 'Lieferant GmbH accounting announces a bank-account change effective 01.01.2027, with a letter signed by both managing directors.'
    c.why = ('Sent from the supplier\'s real domain and relay (SPF/DKIM/DMARC pass, Outlook client from the office IP), '
             'long lead time, old account stays valid, original by post, explicitly asks for call-back verification '
             'on the known switchboard number; no urgency, no new payment requested.')
    c.pair, c.topic = '01-de-lieferant-bankverbindung.eml', 'Supplier bank-detail change (Lieferant GmbH)'
    c.diff = ('Attack comes from look-alike lieferant-grnbh.de, demands immediate payment of open invoices to a neobank '
              'account and discourages phoning; genuine one comes from lieferant-gmbh.de, weeks ahead, both accounts '
              'valid in the transition, asks for call-back.')
    return send(c, env, T.own_postfix, host='mail.lieferant-gmbh.de', ip='203.0.113.25', client_ip='192.168.10.61',
                client_helo='PC-BUCHH02', selector='lg2025', submit_rdns=None,
                order=['From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'MIME-Version', '__MIME__', '__EXTRA__'])


@message('business', 2, 'de', 'ceo-dringend-freigabe-intern')
def b02(c):
    t = util.local_to_utc('DE', 2026, 11, 10, 11, 32, 48)
    text = ('Hallo Sabine,\n\n'
            'kannst Du bitte die Anzahlung an Hydrotec Prüfsysteme für den neuen Pumpenprüfstand (Bestellung '
            '4500019204, 30 % = 86.940,00 EUR netto) heute noch im Zahllauf freigeben? Die Anzahlungsrechnung '
            'liegt seit Freitag im Workflow bei Jana, die Bestellung habe ich am 28.10. unterschrieben.\n\n'
            'Hintergrund: Hydrotec hält uns den Fertigungsslot für KW 3 nur bis morgen, danach rutschen wir ins '
            'zweite Quartal und die Abnahme der neuen Axialkolbenbaureihe verschiebt sich entsprechend.\n\n'
            'Bankverbindung wie gehabt (Kreditor 70988, bei uns seit 2019 hinterlegt) – bitte keine Änderungen, '
            'ganz normal über den Zahlungsvorschlag mit Vier-Augen-Freigabe. Falls etwas unklar ist, ruf mich kurz '
            'an, ich bin ab 14 Uhr wieder im Haus.\n\n'
            'Danke Dir!\n\nViele Grüße\nMatthias\n\n'
            '--\nDr. Matthias Krämer\nGeschäftsführer\nExample Group GmbH\nTel. +49 7131 6390-100\n' + FOOTER_DE)
    body = outlook_body(c, text, 'de', 'windows-1252', mid=c.hex(32))
    env = Env(frm_name='Krämer, Matthias', frm_email=p('ceo')['email'], frm_charset='windows-1252', frm_enc='Q',
              to=[to_ad('cfo')], cc=[to_ad('assist'), to_ad('ap')],
              subject='Dringend: Freigabe Anzahlung Prüfstand Hydrotec heute', subj_charset='windows-1252', subj_enc='Q',
              date=t, zone='DE', msgid=mid_exchange(c), body=body, lang='de-DE')
    c.what = 'Internal mail from the CEO asking the CFO to release a down payment in today\'s payment run.'
    c.why = ('Real internal mail: relayed EXCH01 → EXCH02 → mail-int01 → mx01, refers to an existing order and '
             'invoice in the approval workflow, known vendor with unchanged bank details, insists on the normal '
             'four-eyes process and offers a phone call.')
    c.pair, c.topic = '02-de-ceo-vertraulich-whatsapp.eml', 'Urgent request from the CEO'
    c.diff = ('Genuine: internal Exchange route, existing PO and vendor, normal approval path, phone welcome. Attack: '
              'external look-alike domain, secrecy, no details, moves to WhatsApp.')
    return send(c, env, T.exchange_internal, importance='High', internal=True)


@message('business', 3, 'de', 'lieferant-auftragsbestaetigung')
def b03(c):
    t = util.local_to_utc('DE', 2026, 10, 20, 9, 41, 26)
    t_q = util.local_to_utc('DE', 2026, 10, 19, 16, 5)
    c.phone('+49 271 77041-27')
    c.url('www.lieferant-gmbh.de')
    items = [['Pos', 'Artikel', 'Bezeichnung', 'Menge', 'Einzelpreis', 'Gesamt'],
             ['10', 'VG-225-GJS', 'Ventilgehäuse NG10, EN-GJS-500-7, bearbeitet', '240 St', '48,60', '11.664,00'],
             ['20', 'VG-232-GJS', 'Ventilgehäuse NG16, EN-GJS-500-7, bearbeitet', '120 St', '71,25', '8.550,00'],
             ['30', 'DS-NBR-10', 'Dichtungssatz NBR 90 Shore, NG10', '240 St', '3,18', '763,20']]
    ab = docs.invoice(
        dict(title='Auftragsbestätigung AB-26-08817', author='proALPHA', creator='proALPHA ERP 9.0',
             producer='List & Label 29 PDF Export', created="20261020093955+02'00'"),
        LIEF_SENDER, ['Example Group GmbH', 'Einkauf – Herr Weber', 'Wannenäckerstraße 40', '74078 Heilbronn'],
        'Auftragsbestätigung',
        [('Nummer', 'AB-26-08817'), ('Datum', '20.10.2026'), ('Ihre Bestellung', '4500018832 vom 19.10.2026'),
         ('Kundennummer', '10233'), ('Liefertermin', 'KW 46/2026'), ('Lieferbedingung', 'FCA Siegen (Incoterms 2020)')],
        [(30, 'left'), (70, 'left'), (205, 'left'), (50, 'right'), (65, 'right'), (75, 'right')], items,
        [('Summe netto', '20.977,20 EUR', False), ('USt 19 %', '3.985,67 EUR', False), ('Gesamtbetrag', '24.962,87 EUR', True)],
        ['Zahlungsbedingung: 14 Tage 2 % Skonto, 30 Tage netto.', 'Abnahmeprüfzeugnisse 3.1 nach EN 10204 werden mit der Lieferung übergeben.'],
        LIEF_FOOTER, color='#0b4f8a')
    quoted = fmt.outlook_quote_text('de', 'Weber, Markus <markus.weber@example.com>', t_q, 'DE',
                                    'Stefan Maier <s.maier@lieferant-gmbh.de>',
                                    'Bestellung 4500018832 – Liefertermin Ventilgehäuse') + \
        ('\nHallo Herr Maier,\n\nanbei unsere Bestellung 4500018832 über Ventilgehäuse NG10/NG16 und Dichtungssätze. '
         'Bitte bestätigen Sie uns den Liefertermin – wir benötigen die Teile spätestens KW 47 in Heilbronn.\n\n'
         'Mit freundlichen Grüßen\nMarkus Weber\nLeiter Einkauf\nExample Group GmbH')
    text = ('Sehr geehrter Herr Weber,\n\n'
            'vielen Dank für Ihre Bestellung. Anbei erhalten Sie unsere Auftragsbestätigung AB-26-08817.\n\n'
            'Den gewünschten Liefertermin können wir bestätigen: Bereitstellung in KW 46, damit sind die Teile '
            'rechtzeitig zu KW 47 bei Ihnen. Die Abnahmeprüfzeugnisse 3.1 schicken wir Ihnen wie gewohnt mit der '
            'Lieferung; auf Wunsch auch vorab per E-Mail, sobald die Charge geprüft ist.\n\n' +
            lief_sig('Stefan Maier', 'Vertrieb Innendienst', '27'))
    body = outlook_body(c, text, 'de', 'windows-1252', quoted_text=quoted,
                        quoted_html='<div>' + fmt.paras_html(quoted) + '</div>',
                        attachments=[att_pdf(ab, 'AB-26-08817.pdf', outlook=True, t=t)], bstyle='nextpart')
    env = Env(frm_name='Stefan Maier', frm_email='s.maier@lieferant-gmbh.de', to=[('Weber, Markus', p('proc')['email'])],
              cc=[('Petra Lang', 'p.lang@lieferant-gmbh.de')],
              subject='AW: Bestellung 4500018832 – Liefertermin Ventilgehäuse', subj_charset='windows-1252', subj_enc='Q',
              date=t, zone='DE', msgid=AB_MID, in_reply_to=PO_MID, references=[PO_MID], body=body,
              extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', T.thread_index(c)),
                     ('Content-Language', 'de')])
    c.what = 'Supplier\'s order confirmation AB-26-08817 (PDF from the ERP) in reply to a purchase order.'
    c.why = ('Genuine reply from the supplier contact through his company relay, submitted from the office network with '
             'Outlook, matches the PO number, prices and delivery week; attachment is a plain PDF.')
    c.pair, c.topic = '03-de-lieferant-kompromittiert-dokumente.eml', 'Supplier contact replying in the purchasing thread'
    c.diff = ('Same mailbox and thread. Genuine: sent with Outlook from the office LAN, attaches the document. Attack '
              '(two weeks later): submitted from a foreign VPS without a mail client, replaces the documents by a cloud '
              'link that needs a login.')
    return send(c, env, T.own_postfix, host='mail.lieferant-gmbh.de', ip='203.0.113.25', client_ip='192.168.10.44',
                client_helo='PC-VERTR07', selector='lg2025',
                order=['From', 'To', 'Cc', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', '__MIME__', '__EXTRA__'])


@message('business', 4, 'de', 'steuerberater-ustva-protokoll')
def b04(c):
    t = util.local_to_utc('DE', 2026, 11, 9, 15, 44, 10)
    c.phone('+49 7131 58893-22')
    c.url('www.brandl-partner.de')
    ticket = '%s %s %s %s' % (c.lower(3), c.lower(3), c.lower(3), c.lower(3))
    c.ident('ELSTER Transferticket', ticket)
    d = docs.pdf.Doc(title='Übermittlungsprotokoll UStVA 10/2026', author='DATEV', creator='DATEV Kanzlei-Rechnungswesen',
                     producer='DATEV PDF-Druck', created="20261109153812+01'00'")
    d.text(50, 790, 'Übermittlungsprotokoll – Umsatzsteuer-Voranmeldung 2026', 13, True)
    y = 760
    rows = [('Steuernummer', '65203/41877'), ('Finanzamt', '2865 Heilbronn'), ('Unternehmen', 'Example Group GmbH'),
            ('Zeitraum', 'Oktober 2026'), ('Übermittelt am', '09.11.2026 15:37:54'), ('Transferticket', ticket),
            ('Datenlieferant', 'Dr. Brandl & Partner mbB, Heilbronn'), ('Verfahren', 'ElsterAnmeldung')]
    for k, v in rows:
        d.text(50, y, k, 10, True)
        d.text(220, y, v, 10)
        y -= 15
    y -= 10
    y = d.table(50, y, [(60, 'left'), (300, 'left'), (135, 'right')], [
        ['Kz.', 'Bezeichnung', 'Betrag EUR'],
        ['81', 'Steuerpflichtige Umsätze 19 %', '1.846.230,00'],
        ['41', 'Innergemeinschaftliche Lieferungen', '2.317.905,00'],
        ['66', 'Vorsteuerbeträge', '-266.571,53'],
        ['83', 'Verbleibende Umsatzsteuer-Vorauszahlung', '84.213,17']], size=9, leading=14)
    d.para(50, y - 20, 'Die Vorauszahlung wird aufgrund des erteilten SEPA-Lastschriftmandats zum Fälligkeitstag vom '
           'Finanzamt eingezogen. Dieses Protokoll ist kein Steuerbescheid.', 495, 9)
    proto = d.build()
    text = ('Sehr geehrte Frau Hoffmann,\n\n'
            'anbei erhalten Sie das ELSTER-Übermittlungsprotokoll zur Umsatzsteuer-Voranmeldung Oktober 2026. Die '
            'Anmeldung wurde heute um 15:37 Uhr übermittelt.\n\n'
            'Die Zahllast beträgt 84.213,17 EUR und wird zum 10.11.2026 vom Finanzamt Heilbronn per Lastschrift '
            'eingezogen – Sie müssen nichts weiter veranlassen. Die Auswertungen (UStVA-Verprobung, OPOS) stellen wir '
            'Ihnen wie üblich über DATEV Unternehmen online bereit.\n\n'
            'Bei Fragen erreichen Sie mich unter +49 7131 58893-22.\n\n'
            'Mit freundlichen Grüßen\n\nTobias Engel\nSteuerfachwirt\n\n'
            'Dr. Brandl & Partner mbB Steuerberatungsgesellschaft\nCäcilienstraße 42 · 74072 Heilbronn\n'
            'www.brandl-partner.de\n\nPartnerschaftsregister: Amtsgericht Stuttgart PR 720418')
    body = outlook_body(c, text, 'de', 'windows-1252', attachments=[att_pdf(proto, 'UStVA_2026-10_Uebermittlungsprotokoll.pdf', outlook=True, t=t)])
    env = Env(frm_name='Tobias Engel', frm_email='t.engel@brandl-partner.de', to=[('Hoffmann, Sabine', p('cfo')['email'])],
              cc=[('Claudia Brandl', 'c.brandl@brandl-partner.de')],
              subject='USt-Voranmeldung 10/2026 – Übermittlungsprotokoll', subj_charset='windows-1252', subj_enc='Q',
              date=t, zone='DE', msgid='%s@EXBP01.brandl-partner.local' % c.hex(32), body=body)
    c.what = 'Tax adviser sends the ELSTER transmission protocol of the October VAT pre-return.'
    c.why = ('Known tax adviser, sent via its Exchange server and Hornetsecurity outbound relay (DKIM/DMARC pass), '
             'contains only a protocol PDF, no links or login requests; payment is by existing direct debit.')
    c.pair, c.topic = '04-de-elster-bescheid.eml', 'ELSTER / tax office'
    c.diff = ('Genuine: from the tax adviser, protocol attached, "nothing to do". Attack: impersonates ELSTER itself on a '
              'look-alike domain via SendGrid and asks to log in and re-confirm the certificate file.')
    return send(c, env, T.hornet, inner_host='exbp01.brandl-partner.de', inner_ip='198.51.100.74')


@message('business', 5, 'de', 'bewerbung-ausbildung-pdf')
def b05(c):
    t = util.local_to_utc('DE', 2026, 10, 28, 19, 12, 33)
    c.phone('0176 45120983')

    def cvpdf(title, lines):
        d = docs.pdf.Doc(title=title, author='Lea Baumann', creator='Writer', producer='LibreOffice 24.8',
                         created="20261028185531+01'00'", lang='de-DE')
        d.text(50, 790, title, 16, True, '#2b4a6f')
        y = 760
        for ln in lines:
            y = d.para(50, y, ln, 495, 10.5, 15) - 4
        return d.build()
    anschreiben = cvpdf('Bewerbung um einen Ausbildungsplatz', [
        'Lea Baumann · Lerchenstraße 9 · 74080 Heilbronn · 0176 45120983 · lea.baumann@web.de',
        'Example Group GmbH, Personalabteilung, Frau Katrin Wagner, Wannenäckerstraße 40, 74078 Heilbronn',
        'Heilbronn, 28.10.2026',
        'Bewerbung um einen Ausbildungsplatz als Technische Produktdesignerin ab September 2027',
        'Sehr geehrte Frau Wagner,',
        'beim Tag der offenen Tür im Juli konnte ich mir Ihre Konstruktionsabteilung ansehen und war beeindruckt, '
        'wie aus einem 3D-Modell ein fertiges Ventilgehäuse entsteht. Deshalb bewerbe ich mich um einen '
        'Ausbildungsplatz als Technische Produktdesignerin.',
        'Ich besuche die 12. Klasse des Technischen Gymnasiums in Heilbronn (Profil Mechatronik) und werde im '
        'Sommer 2027 mein Abitur ablegen. CAD-Erfahrung habe ich in der Schul-AG mit SOLIDWORKS gesammelt.',
        'Über eine Einladung zu einem Vorstellungsgespräch freue ich mich.', 'Mit freundlichen Grüßen', 'Lea Baumann'])
    lebenslauf = cvpdf('Lebenslauf', [
        'Persönliche Daten: Lea Baumann, geboren am 14.03.2008 in Heilbronn',
        'Schulbildung: seit 09/2024 Technisches Gymnasium Heilbronn, Profil Mechatronik (Abitur voraussichtlich 06/2027); '
        '2018–2024 Robert-Mayer-Realschule Heilbronn, Mittlere Reife (Note 1,8)',
        'Praktika: 03/2025 zwei Wochen Konstruktion, Maschinenbau Kübler GmbH, Neckarsulm; 07/2026 Tag der offenen Tür '
        'Example Group mit Werkstattbesuch',
        'Kenntnisse: SOLIDWORKS (Schul-AG), MS Office, Englisch (B2), Französisch (A2)',
        'Interessen: Robotik-AG, Volleyball im TSG Heilbronn', 'Heilbronn, 28.10.2026'])
    zeugnis = cvpdf('Zeugnisse', ['Halbjahresinformation Klasse 12 (Auszug): Mathematik 12 Punkte, Physik 11 Punkte, '
                                  'Technik und Management 13 Punkte, Deutsch 10 Punkte, Englisch 11 Punkte.',
                                  'Praktikumsbescheinigung Maschinenbau Kübler GmbH, 03/2025: „Frau Baumann arbeitete '
                                  'sehr selbständig und zeigte großes Interesse an konstruktiven Aufgaben.“'])
    text = ('Sehr geehrte Frau Wagner,\n\n'
            'anbei sende ich Ihnen meine Bewerbung um einen Ausbildungsplatz als Technische Produktdesignerin ab '
            'September 2027. Im Anhang finden Sie mein Anschreiben, meinen Lebenslauf und meine Zeugnisse als PDF.\n\n'
            'Für Rückfragen bin ich telefonisch unter 0176 45120983 erreichbar.\n\n'
            'Mit freundlichen Grüßen\nLea Baumann')
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>%s</div></div>'
            '</body></html>' % '</div>\n\n<div>'.join(fmt.esc(l) if l else '&nbsp;' for l in text.split('\n')))
    atts = [mime.attachment(d, 'application/pdf', n, fname_style='rfc2231') for d, n in
            ((anschreiben, 'Anschreiben_Lea_Baumann.pdf'), (lebenslauf, 'Lebenslauf_Lea_Baumann.pdf'),
             (zeugnis, 'Zeugnisse_Lea_Baumann.pdf'))]
    body = mime.multipart('mixed', [mime.text(html, 'html', 'UTF-8', 'quoted-printable', ct='text/html; charset={cs}')] + atts,
                          'trinity-' + c.guid() + '-' + str(c.randint(1790812800000, 1798675200000)))
    env = Env(frm_name='Lea Baumann', frm_email='lea.baumann@web.de', to=[('', p('hr')['email'])],
              subject='Bewerbung um einen Ausbildungsplatz als Technische Produktdesignerin 2027', date=t, zone='DE',
              msgid=None, body=body)
    c.what = 'Application for a 2027 apprenticeship sent from WEB.DE with cover letter, CV and certificates as PDFs.'
    c.why = ('Private applicant from a free-mail address as is normal for applications, references a real open day, '
             'attachments are three plain text PDFs, nothing to execute.')
    c.pair, c.topic = '05-de-bewerbung-iso.eml', 'Job application with attachments'
    c.diff = 'Genuine: ordinary PDFs. Attack: ISO disk image with .pdf.lnk shortcuts and "double-click to open".'
    return send(c, env, T.united_internet, brand='webde', client_ip='93.204.18.77', webmail=True)


@message('business', 6, 'de', 'ihk-beitrag-girocode')
def b06(c):
    t = util.local_to_utc('DE', 2026, 11, 17, 7, 30, 2)
    acc = BANK['ihk']
    iban = c.iban(acc, 'IHK Heilbronn-Franken account')
    amount = '4218.00'
    ref = 'Beitrag 2026 Mitgl.-Nr. 3104872 Bescheid 26-0448712'
    payload = 'BCD\n002\n1\nSCT\n%s\n%s\n%s\nEUR%s\n\n\n%s' % (acc['bic'], acc['holder'], acc['iban'], amount, ref)
    c.qr(payload, 'EPC069-12 GiroCode')
    c.phone('+49 7131 9677-162')
    c.url('https://www.ihk.de/heilbronn-franken/beitrag')
    pdfdata = docs.invoice(
        dict(title='Beitragsbescheid 2026', author='IHK Heilbronn-Franken', creator='IHK-Beitragsverfahren',
             producer='Apache FOP Version 2.9', created="20261116200512+01'00'"),
        ['IHK Heilbronn-Franken', 'Ferdinand-Braun-Straße 20', '74074 Heilbronn', 'Tel. +49 7131 9677-0',
         'www.ihk.de/heilbronn-franken'],
        ['Example Group GmbH', 'Wannenäckerstraße 40', '74078 Heilbronn'], 'Beitragsbescheid 2026',
        [('Mitgliedsnummer', '3104872'), ('Bescheid-Nr.', '26-0448712'), ('Datum', '16.11.2026'),
         ('Fällig am', '15.12.2026')],
        [(300, 'left'), (195, 'right')],
        [['Beitragsart', 'Betrag EUR'], ['Grundbeitrag 2026 (Gewerbeertrag > 1.000.000 EUR)', '1.650,00'],
         ['Umlage 2026 (0,09 % der Bemessungsgrundlage)', '2.568,00']],
        [('Zu zahlen', '4.218,00 EUR', True)],
        ['Bitte überweisen Sie den Betrag bis 15.12.2026 unter Angabe des Verwendungszwecks:',
         'Empfänger: IHK Heilbronn-Franken', 'IBAN: %s   BIC: %s' % (iban, acc['bic']),
         'Verwendungszweck: %s' % ref],
        ['IHK Heilbronn-Franken · Körperschaft des öffentlichen Rechts · Bemessungsgrundlage: Gewerbeertrag 2024 laut Finanzamt',
         'Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.'],
        qr=(payload, 90, 455, 170), qr_caption=['GiroCode – mit Ihrer', 'Banking-App scannen'], color='#005a8c')
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'anbei erhalten Sie den Beitragsbescheid 2026 der IHK Heilbronn-Franken für Ihr Unternehmen '
            '(Mitgliedsnummer 3104872). Der Betrag von 4.218,00 EUR ist bis zum 15.12.2026 fällig.\n\n'
            'Für die Überweisung können Sie den GiroCode auf dem Bescheid mit Ihrer Banking-App scannen. '
            'Erläuterungen zur Beitragsberechnung finden Sie unter https://www.ihk.de/heilbronn-franken/beitrag.\n\n'
            'Bei Fragen zum Bescheid erreichen Sie die Beitragsabteilung unter +49 7131 9677-162.\n\n'
            'Mit freundlichen Grüßen\nIhre IHK Heilbronn-Franken\nBeitragsabteilung')
    body = mime.multipart('mixed', [mime.text(text, 'plain', 'iso-8859-15', 'quoted-printable', ct='text/plain; charset={cs}'),
                                    mime.attachment(pdfdata, 'application/pdf', 'Beitragsbescheid_2026_3104872.pdf')],
                          c.boundary('javamail'))
    env = Env(frm_name='IHK Heilbronn-Franken Beitrag', frm_email='beitrag@heilbronn.ihk.de', to=[('', p('assist')['email'])],
              subject='Ihr Beitragsbescheid 2026 – Mitgliedsnummer 3104872', date=t, zone='DE',
              msgid='%d.%d.%d@ihk-beitrag-app01' % (c.randint(100000, 999999), c.randint(1000, 9999), int(t.timestamp() * 1000)),
              body=body, env_from='bounce@heilbronn.ihk.de')
    c.what = 'Chamber of commerce (IHK) membership contribution notice 2026 with a GiroCode (EPC QR) on the PDF.'
    c.why = ('Statutory IHK contribution, sent by the IHK\'s own mail gateway, amount derived from trade income, '
             'GiroCode pays the IHK\'s own IBAN, legal remedy notice, no link to log in.')
    c.pair, c.topic = '06-de-register-eintragungsofferte.eml', 'Official-looking registration / contribution demands'
    c.diff = ('Genuine IHK notice: statutory body, own relay, IBAN of the IHK, appeal instructions. Attack: private '
              '"register" whose form is a hidden three-year paid order, sent via Mailgun.')
    return send(c, env, T.platform, host='mail.heilbronn.ihk.de', ip='198.51.100.141', selector='ihk2024',
                dkim_domain='heilbronn.ihk.de',
                hops=[lambda t0: T.postfix_hop(c, 'ihk-beitrag-app01.ihk.local', None, '10.14.2.31', 'mail.heilbronn.ihk.de',
                                               t0, 'DE', 'ESMTP', p('assist')['email'])])


@message('business', 7, 'de', 'it-mfa-einfuehrung-intern')
def b07(c):
    t = util.local_to_utc('DE', 2026, 11, 6, 9, 2, 14)
    guide = 'https://intranet.example.com/it/anleitungen/mfa-einrichtung'
    qrpng = c.qr_png(guide, scale=4, note='links to the intranet guide (not to a login)')
    c.url(guide)
    c.url('https://mfa.example.com', 'self-service registration portal, internal only')
    c.phone('+49 7131 6390-555', 'IT hotline')
    text = ('Liebe Kolleginnen und Kollegen,\n\n'
            'ab Montag, 16.11.2026, ist für den VPN-Zugang und für Outlook im Web (webmail.example.com) eine '
            'Zwei-Faktor-Anmeldung (MFA) erforderlich. Bitte richten Sie die MFA bis Freitag, 13.11., ein.\n\n'
            'So geht es:\n'
            '1. Installieren Sie auf Ihrem Firmen-Smartphone die App „Microsoft Authenticator“ aus dem Company Portal.\n'
            '2. Öffnen Sie im Firmennetz (nicht von zu Hause!) das Self-Service-Portal https://mfa.example.com und '
            'melden Sie sich mit Ihrer Windows-Anmeldung an.\n'
            '3. Scannen Sie den QR-Code, der Ihnen dort im Portal angezeigt wird, mit der App.\n\n'
            'Eine bebilderte Anleitung finden Sie im Intranet (QR-Code unten oder %s).\n\n'
            'Wichtig: Die IT wird Sie niemals per E-Mail oder PDF auffordern, einen QR-Code zu scannen, um Ihr Konto zu '
            '„reaktivieren“, und wir fragen nie nach Passwörtern oder Bestätigungscodes. Solche Nachrichten bitte über '
            'den Button „Phishing melden“ in Outlook melden.\n\n'
            'Bei Fragen: IT-Hotline -555 (+49 7131 6390-555).\n\n'
            'Viele Grüße\nLukas Brandt\nIT-Sicherheit & Messaging\nExample Group GmbH' % guide)
    cid = 'image001.png@01DC4F3A.%s' % c.hex(8, True)
    html = fmt.outlook_html(text, 'de', 'windows-1252', sig_html=(
        '<p class="MsoNormal"><img width="164" height="164" style="width:1.7083in;height:1.7083in" '
        'id="Grafik_x0020_1" src="cid:%s" alt="QR-Code Anleitung MFA"><o:p></o:p></p>' % cid))
    html = html.replace(fmt.esc(guide), '<a href="%s">%s</a>' % (guide, fmt.esc(guide)))
    html = html.replace('https://mfa.example.com ', '<a href="https://mfa.example.com">https://mfa.example.com</a> ')
    mid = c.hex(32)
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'windows-1252', 'quoted-printable'),
                                         mime.text(html, 'html', 'windows-1252', 'quoted-printable')], '_000_%s_' % mid)
    img = mime.attachment(qrpng, 'image/png', 'image001.png', disposition='inline', cid=cid,
                          extra_headers=[('Content-Description', 'image001.png')],
                          outlook_params=['size=%d' % len(qrpng)])
    body = mime.multipart('related', [alt, img], '_003_%s_' % mid, params='type="multipart/alternative"')
    env = Env(frm_name='Brandt, Lukas', frm_email=p('sec')['email'],
              to=[('Alle Mitarbeitenden Standort Heilbronn', 'alle.heilbronn@example.com')],
              subject='Einführung MFA für VPN und Webmail ab 16.11. – bitte bis 13.11. einrichten',
              subj_charset='windows-1252', subj_enc='Q', date=t, zone='DE', msgid=mid_exchange(c), body=body,
              frm_charset='windows-1252', frm_enc='Q', lang='de-DE', rcpt=['alle.heilbronn@example.com'])
    c.what = 'Internal IT announcement of MFA for VPN/webmail with an inline QR code that links to the intranet guide.'
    c.why = ('Internal Exchange mail from the IT security admin to a distribution list; registration only inside the '
             'company network via the known internal portal; QR points to the intranet; explicitly warns against '
             'QR "reactivation" mails.')
    c.pair, c.topic = '07-de-mfa-quishing-pdf.eml', 'MFA enrolment with a QR code'
    c.diff = ('Genuine: internal route, QR → intranet guide, enrolment on-prem only. Attack: external compromised '
              'mailbox, QR in a PDF → external look-alike login with the victim address encoded.')
    return send(c, env, T.exchange_internal, client_ip='10.20.4.62', internal=True)


@message('business', 8, 'de', 'docusign-rahmenvertrag-holzmann')
def b08(c):
    t = util.local_to_utc('DE', 2026, 11, 24, 14, 51, 39)
    sender_name = 'Sebastian Roth'
    sender_email = 'sebastian.roth@holzmann-baumaschinen.de'
    body, eg = docusign_mail(c, t, sender_name, sender_email, p('sales')['email'], 'Rahmenliefervertrag 2027',
                             'Hallo Herr Schmitt,\nwie am Donnerstag besprochen erhalten Sie den finalen Rahmenliefervertrag '
                             '2027 (Zahnradpumpen Baureihe ZP-4 und Steuerblöcke SB-12) zur Unterschrift. Die zweite '
                             'Unterschrift (Frau Dr. Krämer/Herr Dr. Krämer) bitte im Anschluss im selben Umschlag.\n'
                             'Viele Grüße\nSebastian Roth', c.guid())
    env = Env(frm_name='%s via Docusign' % sender_name, frm_email='dse@eumail.docusign.net', to=[('Daniel Schmitt', p('sales')['email'])],
              reply_to=(sender_name, sender_email),
              subject='Bitte unterzeichnen Sie: Rahmenliefervertrag 2027 – Holzmann Baumaschinen / Example Group',
              date=t, zone='UTC', msgid='%s@docusign.net' % c.guid(), body=body, env_from='bounces@eumail.docusign.net',
              extra=[('X-DocuSign-Envelope-Id', eg), ('X-API-Host', 'docusign.net'), ('X-Docusign-Route', 'EU')])
    c.what = 'DocuSign envelope from the customer\'s strategic buyer with the 2027 framework supply agreement.'
    c.why = ('Real DocuSign notification; the sender identity shown is the customer\'s corporate address, the content '
             'matches a negotiation the sales manager is in, Reply-To is the buyer\'s real mailbox.')
    c.pair, c.topic = '08-de-docusign-zahlungsavis.eml', 'DocuSign envelope from customer Holzmann'
    c.diff = ('Both come from genuine DocuSign infrastructure with passing authentication. Genuine: sender shown as '
              'sebastian.roth@holzmann-baumaschinen.de and expected contract. Attack: sender identity is a Gmail '
              'address, unexpected "payment advice" to accounts receivable.')
    return send(c, env, T.platform, host=DSE_HOST[0], ip=DSE_HOST[1], selector='mail',
                dkim_domain='eumail.docusign.net',
                order=['MIME-Version', 'Reply-To', 'From', 'To', 'Message-ID', 'Date', 'Subject', '__EXTRA__', '__MIME__'])
