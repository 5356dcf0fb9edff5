"""German messages: attack/01-08, business/01-08."""
from .common import *  # noqa

LF = 'Lieferant GmbH'
MAIER = P('Stefan Maier', 's.maier@lieferant-gmbh.de')
LANG = P('Petra Lang', 'p.lang@lieferant-gmbh.de')
LF_BUH = P('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de')
LF_SENDER = ['Lieferant GmbH', 'Hafen- und Krantechnik', 'Am Holzhafen 12', '28217 Bremen',
             'Tel. +49 421 696 418-0', 'www.lieferant-gmbh.de']
LF_FOOT = ['Lieferant GmbH · Am Holzhafen 12 · 28217 Bremen · Geschäftsführer: Hans-Jürgen Lang · Amtsgericht Bremen HRB 31874 HB',
           'USt-IdNr. %s · Sparkasse Bremen · IBAN %s · BIC SBREDE22XXX' % (C.LF_VAT, ids.fmt_iban(C.LF_OLD))]
EGT_ADR = ['Example Group Terminals GmbH', 'Kreditorenbuchhaltung', 'Köhlbranddeich 21', '21129 Hamburg']


@msg('attack', 1, 'de', 'lieferant-thread-hijack-bankwechsel')
def a01(m):
    m.t = hamburg(2026, 10, 14, 10, 22, 5)
    m.frm = MAIER
    m.to = [S['ap']]
    m.cc = [S['buy']]
    m.reply_to = P('Stefan Maier', 's.maier@lieferant-gmbh.com')
    m.subject = 'AW: Zahlungsavis KW 42 / offene Posten Lieferant GmbH'
    m.client = 'roundcube'
    m.x_mailer = 'Roundcube Webmail/1.6.9'
    m.system = sy.postfix_relay
    m.sys_kw['args'] = dict(relay='mail.lieferant-gmbh.de', relay_ip='203.0.113.25', client_ip=None,
                            dkim=('lieferant-gmbh.de', 'dkim2025'), webmail='webmail.lieferant-gmbh.de')
    new = ids.iban('DE', '10070024' + '0934561200')
    m.ids.append(('IBAN (fraudulent, Deutsche Bank Berlin)', ids.fmt_iban(new), iban_chk(new)))
    t_sab = ago(m, hours=18, minutes=41)
    t_ste = ago(m, days=2, hours=1, minutes=12)
    id1 = prev_id(m, 'outlook_smtp', 'lieferant-gmbh.de')
    id2 = prev_id(m, 'exch')
    m.references = [id1, id2]
    m.in_reply_to = id2
    body = ('Guten Morgen Frau Krüger,\n\n'
            'vielen Dank für das Avis.\n\n'
            'Bitte beachten Sie vor der Ausführung am Freitag: Im Zuge der Umstellung unseres Zahlungsverkehrs '
            '(Wechsel der Hausbank zum Quartalsende) ist unser bisheriges Konto bei der Sparkasse Bremen ab sofort '
            'nur noch für Lastschriften aktiv. Eingehende Zahlungen bitte ausschließlich auf die neue Verbindung:\n\n'
            'Kontoinhaber: Lieferant GmbH\n'
            'Bank: Deutsche Bank AG, Filiale Berlin\n'
            'IBAN: %s\n'
            'BIC: DEUTDEDBBER\n\n'
            'Die Bestätigung unserer kaufmännischen Leitung (Frau Lang) hängt als PDF an. Die beiden Rechnungen '
            '2026-10418 und 2026-10477 sind davon betroffen, die Rechnungsnummern bleiben gleich.\n\n'
            'Kurze Rückmeldung, sobald der Stammsatz bei Ihnen angepasst ist, wäre nett – ich bin diese Woche '
            'überwiegend auf Montage in Wilhelmshaven und telefonisch schlecht zu erreichen, gerne per Mail.\n\n'
            'Mit freundlichen Grüßen\n\n'
            'Stefan Maier\nVertrieb / Key Account Hafenbetriebe\n\nLieferant GmbH\nHafen- und Krantechnik\n'
            'Am Holzhafen 12, 28217 Bremen\nTel. +49 421 696 418-23 | Mobil +49 171 4482 913\n'
            % ids.fmt_iban(new))
    sab = ('Sehr geehrter Herr Maier,\n\n'
           'anbei wie besprochen unser Zahlungsavis für KW 42. Die Rechnungen 2026-10418 (Twistlock-Sensoren '
           'Spreader STS 04, 6.824,40 EUR) und 2026-10477 (Hydraulikschläuche/Dichtsätze, 11.307,51 EUR) sind für '
           'den Zahllauf am Freitag, 16.10., freigegeben.\n\n'
           'Mit freundlichen Grüßen\nSabine Krüger\nKreditorenbuchhaltung\nExample Group Terminals GmbH')
    ste = ('Hallo Frau Krüger,\n\n'
           'könnten Sie mir kurz den Stand zu unseren beiden offenen Rechnungen aus September geben? Unsere '
           'Buchhaltung fragt nach.\n\n'
           'Danke und viele Grüße\nStefan Maier')
    quoted = ('Am %s, schrieb Sabine Krüger:\n' % t_sab.strftime('%d.%m.%Y %H:%M') +
              '\n'.join('> ' + ln if ln else '>' for ln in sab.split('\n')) +
              '\n>\n> -----Ursprüngliche Nachricht-----\n> Von: Stefan Maier <s.maier@lieferant-gmbh.de>\n'
              '> Gesendet: %s\n> An: Sabine Krüger <sabine.krueger@example.com>\n> Betreff: offene Posten Lieferant GmbH\n>\n'
              % dates.outlook_sent(t_ste, 'de') + '\n'.join('> ' + ln if ln else '>' for ln in ste.split('\n')))
    text = M.flowed(body + '\n' + quoted)
    letter = D.letter_pdf(
        m, LF_SENDER, EGT_ADR, 'Bremen, 12. Oktober 2026',
        'Änderung unserer Bankverbindung',
        ['Sehr geehrte Damen und Herren,',
         'hiermit teilen wir Ihnen mit, dass wir unseren Zahlungsverkehr mit Wirkung zum 12.10.2026 auf eine neue '
         'Bankverbindung umgestellt haben. Wir bitten Sie, alle Zahlungen auf offene und künftige Rechnungen '
         'ausschließlich auf das folgende Konto zu leisten:',
         'Kontoinhaber: Lieferant GmbH\nKreditinstitut: Deutsche Bank AG, Filiale Berlin\nIBAN: %s\nBIC: DEUTDEDBBER'
         % ids.fmt_iban(new),
         'Zahlungen auf die bisherige Bankverbindung können ab dem oben genannten Datum nicht mehr zugeordnet werden. '
         'Bitte passen Sie Ihre Stammdaten entsprechend an.',
         'Für Ihr Verständnis und die gute Zusammenarbeit danken wir Ihnen.'],
        closing=['Mit freundlichen Grüßen', '', 'i. A. Petra Lang', 'Kaufmännische Leitung'],
        footer=[LF_FOOT[0], 'USt-IdNr. %s' % C.LF_VAT], author='Petra Lang')
    m.body = mixed(text_leaf(text, 'plain', 'UTF-8', 'quoted-printable', params='; format=flowed', quote_cs=False),
                   attachment(letter, 'application/pdf', 'Lieferant_GmbH_neue_Bankverbindung.pdf', 'plain'))
    m.what = ('Reply in a real payment-advice thread from the supplier\'s genuine mailbox (sent via the supplier\'s own '
              'Roundcube webmail and Postfix relay, DKIM/SPF/DMARC pass) announcing a new bank account, with a forged '
              'bank-change letter PDF; Reply-To points to lieferant-gmbh.com.')
    m.why = ('Thread hijacking / vendor e-mail compromise: account at a bank the supplier never used, change announced '
             'only by e-mail two days before a payment run, asks to confirm by mail because the sender is '
             '"hard to reach by phone", Reply-To on a look-alike domain, webmail user agent instead of Stefan\'s Outlook.')


@msg('attack', 2, 'de', 'ceo-fraud-projekt-nordlicht')
def a02(m):
    m.t = hamburg(2026, 10, 20, 8, 47, 31)
    m.frm = P('Henrik Brandt', 'henrik.brandt@examplegroup-eu.com')
    m.to = [S['cfo']]
    m.subject = 'Vertraulich – Projekt Nordlicht'
    m.client = 'outlook'
    m365(m, 'eu', tenant_domain='examplegroup-eu.com', sign_domain='examplegroupeu.onmicrosoft.com')
    m.content_language = 'de-DE'
    text = ('Guten Morgen Frau Wölfel,\n\n'
            'sind Sie heute im Haus? Ich benötige kurzfristig Ihre Unterstützung in einer sehr vertraulichen '
            'Angelegenheit.\n\n'
            'Wie Sie wissen, prüfen wir seit dem Sommer Optionen im Baltikum. Wir stehen kurz vor der Unterzeichnung '
            'eines Term Sheets für die Übernahme einer Minderheitsbeteiligung an einem Terminalbetreiber (Projekt '
            '„Nordlicht“). Bis zur Ad-hoc-Mitteilung des Verkäufers darf außer Ihnen und mir niemand im Haus davon '
            'wissen – bitte auch nicht Miriam oder die Buchhaltung einbinden.\n\n'
            'Im Laufe des Vormittags wird sich Herr Dr. Felix Kessler von der begleitenden Kanzlei bei Ihnen per '
            'E-Mail melden. Er koordiniert die Exklusivitätsvereinbarung und die damit verbundene Sicherheitsleistung, '
            'die heute noch auf ein Treuhandkonto überwiesen werden muss. Bitte folgen Sie seinen Anweisungen, die '
            'Unterlagen zeichne ich nach meiner Rückkehr gegen.\n\n'
            'Ich sitze den ganzen Tag in Verhandlungen in Kopenhagen und kann nicht telefonieren. Antworten Sie mir '
            'bitte nur auf diese Adresse, meine Firmenmail läuft momentan nur über das iPad der Assistenz.\n\n'
            'Danke für Ihre Diskretion.\n\n'
            'Henrik Brandt\n\n'
            'Outlook für iOS beziehen<https://aka.ms/o0ukef>')
    m.body = R.outlook_alt(text.replace('Outlook für iOS beziehen<https://aka.ms/o0ukef>',
                                        '[[Outlook für iOS beziehen|https://aka.ms/o0ukef]]'),
                           'de', 'windows-1252', 'quoted-printable', html_charset='windows-1252')
    m.what = ('"CEO" asks the CFO to stand by for a confidential acquisition deposit to be paid today on the '
              'instructions of an external lawyer; sent from examplegroup-eu.com through a Microsoft 365 tenant '
              '(DKIM only for the onmicrosoft.com domain, no DMARC record for the look-alike).')
    m.why = ('CEO fraud / BEC first stage: look-alike of examplegroup.eu, secrecy ("not even Miriam or accounting"), '
             'urgency ("today"), unreachable by phone, replies only to this address, hands over to a fake lawyer.')


@msg('attack', 3, 'de', 'm365-quarantaene-phishing')
def a03(m):
    m.t = hamburg(2026, 10, 22, 6, 58, 12)
    m.frm = P('Microsoft 365-Sicherheit', 'no-reply@pension-deichblick.de')
    m.to = [S['ops']]
    m.subject = 'Microsoft 365-Sicherheit: Sie haben 4 Nachrichten in Quarantäne'
    m.client = 'phpmailer'
    m.sys_kw['php_host'] = 'pension-deichblick.de'
    m.system = sy.exim_cpanel
    m.sys_kw['args'] = dict(server='srv147.webhost-nordsee.de', server_ip='194.164.62.147',
                            user_domain='pension-deichblick.de', mode='php', php_user='deichbli',
                            script='/wp-content/plugins/wp-mail-smtp-pro/vendor')
    target = 'ZGlyay5tYXR0aGllc2VuQGV4YW1wbGUuY29t'
    url = 'https://quarantine-release-eu.pages.dev/?rid=3f91c0a7&u=' + target
    rows = [('Maersk Line Hamburg <noreply@maersk.com>', 'Arrival notice MAERSK KIEL 243N – Container ready for pickup', '21.10.2026 23:14'),
            ('Hapag-Lloyd eBusiness <ebusiness@hlag.com>', 'Your booking confirmation HLCUHAM2610387', '21.10.2026 22:51'),
            ('Zoll Online <noreply@zoll.de>', 'ATLAS: Gestellungsmitteilung bestätigt – MRN 26DE480912734561E7', '21.10.2026 21:36'),
            ('DocuSign <dse@eumail.docusign.net>', 'Bitte mit DocuSign unterzeichnen: Liegeplatzvereinbarung 2027', '21.10.2026 19:02')]
    table = ''.join('<tr><td style="padding:6px 8px;border-bottom:1px solid #e1e1e1;font-size:13px">%s</td>'
                    '<td style="padding:6px 8px;border-bottom:1px solid #e1e1e1;font-size:13px">%s</td>'
                    '<td style="padding:6px 8px;border-bottom:1px solid #e1e1e1;font-size:13px;white-space:nowrap">%s</td>'
                    '<td style="padding:6px 8px;border-bottom:1px solid #e1e1e1;font-size:13px"><a href="%s" '
                    'style="color:#0078d4">Freigeben</a> | <a href="%s" style="color:#0078d4">Überprüfen</a></td></tr>'
                    % (R.esc(a), R.esc(b), c, url, url) for a, b, c in rows)
    extra = ('<tr><td style="padding:0 32px 20px 32px"><table cellpadding="0" cellspacing="0" width="100%%" '
             'style="font-family:Segoe UI,Arial,sans-serif;border-collapse:collapse"><tr style="background:#f3f2f1">'
             '<th align="left" style="padding:6px 8px;font-size:12px">Absender</th><th align="left" style="padding:6px 8px;'
             'font-size:12px">Betreff</th><th align="left" style="padding:6px 8px;font-size:12px">Datum</th>'
             '<th align="left" style="padding:6px 8px;font-size:12px">Aktion</th></tr>%s</table></td></tr>\n' % table)
    paras = ['Überprüfen Sie diese Nachrichten innerhalb von 3 Tagen nach dem Empfang, um zu entscheiden, ob Sie sie '
             'freigeben möchten. Nicht überprüfte Nachrichten werden anschließend automatisch gelöscht.',
             'Die folgenden Nachrichten an dirk.matthiesen@example.com wurden von Exchange Online Protection als '
             'verdächtig eingestuft und zurückgehalten:']
    footer = ('Diese Nachricht wurde von einer Adresse gesendet, die keine eingehenden E-Mails empfängt.\n'
              'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\nDatenschutzerklärung')
    html = R.notice_html('Sie haben 4 Nachrichten in Quarantäne', paras, ('Alle Nachrichten überprüfen', url),
                         'Microsoft 365', '#0078d4', footer, 'de', font='Segoe UI,Arial,sans-serif',
                         extra_rows=extra, preheader='4 Nachrichten werden zurückgehalten – Aktion erforderlich')
    pt = ('Sie haben 4 Nachrichten in Quarantäne\n\n' + '\n\n'.join(paras) + '\n\n' +
          '\n'.join('- %s | %s | %s' % r for r in rows) + '\n\nAlle Nachrichten überprüfen: %s\n' % url)
    m.body = alt(text_leaf(pt, 'plain', 'utf-8', 'quoted-printable', quote_cs=False),
                 text_leaf(html, 'html', 'utf-8', 'quoted-printable', quote_cs=False))
    m.what = ('Fake Microsoft 365 quarantine digest listing plausible carrier/customs/DocuSign mails; all buttons lead '
              'to a Cloudflare Pages credential-harvesting page with the victim\'s address base64-encoded in the URL. '
              'Sent by a PHP mailer on a compromised WordPress site (cPanel/Exim, DKIM of the hacked domain).')
    m.why = ('Credential phishing: Microsoft branding from an unrelated guesthouse domain, 3-day deletion threat, '
             'the company does not use Exchange Online quarantine (own gateway, see business/04), links to pages.dev.')


@msg('attack', 4, 'de', 'datev-smarttransfer-erechnung-brevo')
def a04(m):
    m.t = hamburg(2026, 10, 27, 9, 3, 44)
    m.frm = P('DATEV SmartTransfer', 'erechnung@datev-smarttransfer.de')
    m.to = [S['ap']]
    m.subject = 'Neue E-Rechnung (XRechnung) für Example Group Terminals GmbH – Abruf bis 03.11.2026'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s.%d@smtp-relay.mailin.fr>' % (
        dates.local('utc', mm.sent()).strftime('%Y%m%d%H%M%S'), mm.rng.randrange(10 ** 10, 10 ** 11))
    m.sys_kw['bstyle'] = 'rc'
    m.system = sy.brevo
    m.sys_kw['args'] = dict(sign_domain='datev-smarttransfer.de')
    track = 'https://7b3k9.r.sp1-brevo.net/mk/cl/f/sh/WqLxbkW1R2p6Yx1uN0d3GkJ/pQZs3M8vCq1x'
    unsub = 'https://7b3k9.r.sp1-brevo.net/mk/un/sh/WqLxbkW1R2p6Yx1uN0d3GkJ/Ab7cD2'
    m.extra = [('List-Unsubscribe', '<%s>' % unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    paras = ['Sehr geehrte Damen und Herren,',
             'über DATEV SmartTransfer wurde eine strukturierte elektronische Rechnung an Ihr Unternehmen übermittelt. '
             'Seit dem 1. Januar 2025 sind Unternehmen in Deutschland verpflichtet, E-Rechnungen im Format XRechnung '
             'bzw. ZUGFeRD empfangen und verarbeiten zu können.',
             '**Rechnungssteller:** Hafenservice Wilhelmsburg GmbH\n**Rechnungsnummer:** HW-2026-08817\n'
             '**Betrag:** 14.872,30 EUR\n**Fälligkeit:** 03.11.2026',
             'Da für Ihr Unternehmen noch kein Empfangskanal hinterlegt ist, kann die Rechnung nur einmalig über den '
             'gesicherten Abruf heruntergeladen werden. Bitte melden Sie sich dazu mit Ihrem geschäftlichen '
             'Microsoft-365-Konto an. Nicht abgerufene Rechnungen werden dem Rechnungssteller als „nicht zustellbar“ '
             'gemeldet.']
    footer = ('DATEV eG · Paumgartnerstraße 6–14 · 90429 Nürnberg\nSie erhalten diese Nachricht, weil Ihre Adresse als '
              'Rechnungsempfänger angegeben wurde. [[Abmelden|%s]]' % unsub)
    m.body = R.notice_alt('E-Rechnung bereitgestellt', paras, ('E-Rechnung jetzt abrufen', track), 'DATEV', '#00823c',
                          footer, 'de', 'utf-8', 'quoted-printable', link_style='colon')
    m.what = ('"DATEV SmartTransfer" e-invoice pickup notice sent through Brevo from datev-smarttransfer.de; the button '
              '(Brevo click tracking) leads to a Microsoft 365 login page.')
    m.why = ('Credential phishing using the German e-invoicing obligation: DATEV look-alike domain, unknown issuer, '
             '"one-time download", threat to report non-delivery, asks for the Microsoft 365 login to get an invoice.')


def _bulk_headers(m, mid):
    h = [('From', m.hdr_addr([m.frm]))]
    if m.reply_to:
        h.append(('Reply-To', m.hdr_addr([m.reply_to])))
    h += [('To', m.hdr_addr(m.to)), ('Subject', m.enc_subject()), ('MIME-Version', '1.0')]
    from ..msg import _ct_of
    h += _ct_of(m)
    h += [('Message-ID', m.msgid), ('Date', mid['date'])]
    return h


@msg('attack', 5, 'de', 'gewerberegister-eintragungsofferte-girocode')
def a05(m):
    m.t = hamburg(2026, 11, 3, 11, 26, 40)
    m.frm = P('Zentrales Gewerbe- und Unternehmensregister', 'service@gewerberegister-zentral.de')
    m.to = [S['assist']]
    m.subject = 'Datenabgleich Ihres Unternehmenseintrags – Example Group Terminals GmbH (Az. GZ-2026-114873)'
    m.client = 'thunderbird'
    m.x_mailer = 'Mozilla Thunderbird'
    iban = ids.iban('SK', '1100' + '000000' + '2947183365')
    m.system = sy.platform
    m.sys_kw['args'] = dict(
        helo='mo4-p01-ob.smtp.rzone.de', ip='81.169.146.165', env_from='service@gewerberegister-zentral.de',
        dkims=[('gewerberegister-zentral.de', 'strato-dkim-0002', 'Message-ID:Date:Subject:To:From:Cc:Date:From:'
                                                                 'Subject:Sender')],
        trace=[('Received', 'from [192.168.0.104]\n\tby smtp.strato.de (RZmta 51.2.17 AUTH)\n\twith ESMTPSA id '
                            'n0b2e31A2BQe9sK\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client '
                            'did not present a certificate)\n\tfor <{rcpt}>;\n\t{daten}')],
        tail=[('X-RZG-AUTH', ':P2EQZWCpfu+qG7CngxMFH1J+3q8wa/QXkBR9MXjAuzpIG0mv9coXAg4wqVv7Fpd2dQ=='),
              ('X-RZG-CLASS-ID', 'mo01')], date_zone='cet')
    m.ids.append(('IBAN (register scam, Slovakia)', ids.fmt_iban(iban), iban_chk(iban)))
    epc = D.epc('GZR Register Services s.r.o.', iban, 'TATRSKBX', 1414.91, 'GZ-2026-114873 Eintrag 2027')
    pdf = D.letter_pdf(
        m, ['Zentrales Gewerbe- und Unternehmensregister', 'GZR Register Services s.r.o.', 'Mlynské nivy 48',
            '821 09 Bratislava', 'service@gewerberegister-zentral.de'],
        ['Example Group Terminals GmbH', 'Köhlbranddeich 21', '21129 Hamburg'], 'Bratislava, 02.11.2026',
        'Eintragungsofferte / Datenabgleich – Az. GZ-2026-114873',
        ['Sehr geehrte Damen und Herren,',
         'zur Aktualisierung Ihres Eintrags bitten wir Sie, die nachstehenden Unternehmensdaten zu prüfen, '
         'gegebenenfalls zu korrigieren und das Formular unterzeichnet an uns zurückzusenden.',
         'Firma: Example Group Terminals GmbH\nRegister: HRB 148213, Amtsgericht Hamburg\nUSt-IdNr.: %s\n'
         'Branche: Hafenumschlag / Containerterminal\nAnschrift: Köhlbranddeich 21, 21129 Hamburg' % C.VAT_DE,
         'Mit der Rücksendung oder der Zahlung des Jahresbeitrags wird der Eintrag im Online-Verzeichnis '
         'www.gewerberegister-zentral.de für das Jahr 2027 veröffentlicht.',
         'Jahresbeitrag: 1.189,00 EUR zzgl. 19 %% USt. = 1.414,91 EUR. Zahlbar innerhalb von 10 Tagen auf '
         'IBAN %s (BIC TATRSKBX), Verwendungszweck GZ-2026-114873.' % ids.fmt_iban(iban),
         'Hinweis gemäß § 312i BGB: Es handelt sich um ein Angebot für einen privatwirtschaftlichen, kostenpflichtigen '
         'Verzeichniseintrag ohne Verbindung zum Handelsregister oder zu Behörden. Die Mindestlaufzeit beträgt drei '
         'Jahre und verlängert sich um jeweils ein weiteres Jahr, sofern nicht drei Monate vor Ablauf gekündigt wird.'],
        closing=['Mit freundlichen Grüßen', 'Ihr Registerservice'],
        footer=['GZR Register Services s.r.o. · Mlynské nivy 48 · 821 09 Bratislava · Obchodný register OS Bratislava I, '
                'oddiel Sro, vložka 162733/B'],
        qr_payload=epc, qr_pos=(420, 105, 120), qr_caption='GiroCode – bequem per Banking-App zahlen',
        creator='Writer', producer='LibreOffice 7.6', size=9)
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'im Rahmen des jährlichen Datenabgleichs übersenden wir Ihnen anbei den Auszug Ihres '
            'Unternehmenseintrags zur Prüfung.\n\n'
            'Bitte kontrollieren Sie die Angaben und senden Sie das Formular bis zum 13.11.2026 unterschrieben '
            'zurück. Zur Vereinfachung kann der Jahresbeitrag auch direkt über den GiroCode auf dem Formular '
            'beglichen werden.\n\n'
            'Bei Rückfragen erreichen Sie uns unter +49 30 2016 9847 (Mo–Fr 9–16 Uhr).\n\n'
            'Mit freundlichen Grüßen\n'
            'Kundenservice\nZentrales Gewerbe- und Unternehmensregister\n')
    m.phones = ['+49 30 2016 9847']
    m.body = mixed(R.tb_plain(text, 'de'),
                   attachment(pdf, 'application/pdf', 'Datenabgleich_GZ-2026-114873.pdf', 'thunderbird'))
    m.what = ('Official-looking "central trade register" data-check form with a GiroCode (EPC QR) for a 1,414.91 EUR '
              'yearly fee to a Slovak account; the small print reveals a 3-year paid directory listing. Sent via Strato.')
    m.why = ('Directory / register scam: mimics a public register, invoice disguised as a data check, EPC QR to make '
             'payment one tap, foreign account, auto-renewing 3-year contract in the fine print.')


@msg('attack', 6, 'de', 'gehaltskonto-aenderung-gmx')
def a06(m):
    m.t = hamburg(2026, 10, 23, 22, 14, 9)
    m.frm = P('Dirk Matthiesen', 'd.matthiesen1974@gmx.de')
    m.to = [S['hr']]
    m.subject = 'Neue Bankverbindung ab November'
    m.client = 'gmx'
    m.system = sy.united_internet
    m.sys_kw['args'] = dict(brand='gmx', client_ip='185.213.154.76')
    new = ids.iban('DE', '10011001' + '2641839074')
    m.ids.append(('IBAN (fraudulent, N26)', ids.fmt_iban(new), iban_chk(new)))
    text = ('Hallo Jana,\n\n'
            'ich habe mein Gehaltskonto gewechselt. Kannst du für die Novemberabrechnung bitte schon die neue '
            'Verbindung hinterlegen?\n\n'
            'Kontoinhaber: Dirk Matthiesen\n'
            'IBAN: %s\n'
            'BIC: NTSBDEB1XXX\n\n'
            'Schreibe dir von meiner privaten Adresse, bin die ganze Woche in der Spätschicht und komme am Terminal '
            'nicht ins Outlook. Falls du noch ein Formular brauchst, schick es mir einfach hierher, ich fülle es aus.\n\n'
            'Danke dir und schönes Wochenende\nDirk\n\n'
            'Von meinem Samsung Galaxy Smartphone gesendet.' % ids.fmt_iban(new))
    m.body = alt(text_leaf(text, 'plain', 'UTF-8', 'quoted-printable', quote_cs=False),
                 text_leaf(R.simple_html(text, 'UTF-8', 'Verdana', '10pt'), 'html', 'UTF-8', 'quoted-printable',
                           quote_cs=False))
    m.what = ('The head of terminal operations seemingly writes from a GMX address to HR asking to pay his November '
              'salary into a new N26 account; sent via GMX web mail at 22:14 from a VPN exit address.')
    m.why = ('Payroll diversion: private free-mail look-alike of a real colleague, neo-bank account, avoids the HR '
             'self-service process, wants forms sent to the private address, late-evening timing.')


@msg('attack', 7, 'de', 'mfa-neuregistrierung-quishing-pdf')
def a07(m):
    m.t = hamburg(2026, 10, 28, 7, 41, 2)
    m.frm = P('IT Service Desk | Example Group', 'servicedesk@examplegroup-service.de')
    m.to = [S['plan']]
    m.subject = 'Pflichtmaßnahme: Neuregistrierung Multi-Faktor-Authentifizierung bis 30.10.2026'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: sy.ses_msgid(mm, 'eu-central-1')
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.ses
    m.sys_kw['args'] = dict(region='eu-central-1', sign_domain='examplegroup-service.de')
    url = 'https://mfa-enroll.eg-sso.com/r/?tid=eg-hh&u=anna.luedemann%40example.com&k=7Qx2Lp'
    pdf = D.letter_pdf(
        m, ['Example Group', 'IT Service Desk', 'Informationssicherheit'],
        ['An alle Mitarbeitenden', 'Standort Hamburg'], 'Hamburg, 27.10.2026',
        'Neuregistrierung der Multi-Faktor-Authentifizierung (MFA)',
        ['Liebe Kolleginnen und Kollegen,',
         'im Rahmen der Umstellung auf die neue Sicherheitsrichtlinie „Zero Trust 2027“ werden alle bisherigen '
         'MFA-Registrierungen am 30.10.2026 zurückgesetzt. Ohne erneute Registrierung ist ab dem 31.10.2026 keine '
         'Anmeldung an Outlook, Teams und VPN mehr möglich.',
         'So gehen Sie vor:\n1. Scannen Sie den QR-Code mit der Kamera Ihres Smartphones.\n2. Melden Sie sich mit Ihrer '
         'Firmen-E-Mail-Adresse und Ihrem aktuellen Kennwort an.\n3. Bestätigen Sie die Anfrage in der '
         'Authenticator-App.',
         'Die Registrierung dauert weniger als zwei Minuten. Aus Sicherheitsgründen ist der Code persönlich und '
         'nur 48 Stunden gültig.',
         'Vielen Dank für Ihre Unterstützung.'],
        closing=['Ihr IT Service Desk', 'Durchwahl -444'], qr_payload=url, qr_pos=(400, 420, 140),
        qr_caption='Persönlicher Registrierungscode', footer=['Example Group · Informationssicherheit · Dokument '
                                                              'ISMS-RL-014 · Version 3.2 · intern'],
        creator='Microsoft® Word für Microsoft 365', producer='Microsoft® Word für Microsoft 365')
    text = ('Hallo Anna Lüdemann,\n\n'
            'im Anhang erhalten Sie Ihre persönliche Anleitung zur Neuregistrierung der Multi-Faktor-Authentifizierung. '
            'Bitte führen Sie die Registrierung bis spätestens Freitag, 30.10.2026, 12:00 Uhr durch – danach ist ohne '
            'gültige Registrierung keine Anmeldung mehr möglich.\n\n'
            'Hinweis: Der QR-Code kann nur mit einem Smartphone gescannt werden.\n\n'
            'Ihr IT Service Desk\nExample Group')
    m.body = mixed(text_leaf(text, 'plain', 'UTF-8', 'quoted-printable'),
                   attachment(pdf, 'application/pdf', 'MFA-Neuregistrierung_Anna_Luedemann.pdf', 'plain'))
    m.what = ('"IT Service Desk" MFA re-enrolment notice with a personalised PDF whose QR code leads to a credential/MFA '
              'phishing page; sent through Amazon SES (eu-central-1) from the look-alike examplegroup-service.de.')
    m.why = ('Quishing: the phishing URL exists only inside the QR image in the PDF (invisible to link scanners, '
             'pushes the victim to an unmanaged phone), look-alike domain, deadline and lock-out threat.')


@msg('attack', 8, 'de', 'bewerbung-passwort-zip-lnk')
def a08(m):
    m.t = hamburg(2026, 11, 9, 14, 52, 37)
    m.frm = P('Anna Vogt', 'anna.vogt94@web.de')
    m.to = [S['hr']]
    m.subject = 'Bewerbung als Containerbrückenfahrerin (m/w/d) – Ihre Anzeige vom 02.11.2026'
    m.client = 'gmx'
    m.sys_kw['gmxbrand'] = 'webde'
    m.system = sy.united_internet
    m.sys_kw['args'] = dict(brand='web', client_ip='89.187.171.204')
    m.zip_password = 'Vogt2026'
    inert = (b'Inert test placeholder. In the real campaign this entry is a Windows shortcut (.lnk) that starts '
             b'powershell/mshta to download a loader. No executable content is included here.\r\n')
    z = arch.make_zipcrypto([('Lebenslauf_Anna_Vogt.pdf.lnk', inert), ('Zeugnisse_Anna_Vogt.pdf.lnk', inert),
                             ('Anschreiben.txt', 'Sehr geehrte Frau Schütz,\r\nanbei meine vollständigen Unterlagen.\r\n'
                                                 'Mit freundlichen Grüßen\r\nAnna Vogt\r\n'.encode('utf-8'))],
                            m.zip_password, dates.local('cet', m.t - TD(hours=3)), m.rng)
    text = ('Sehr geehrte Frau Schütz,\n\n'
            'mit großem Interesse habe ich Ihre Stellenanzeige als Containerbrückenfahrerin (m/w/d) gelesen und '
            'bewerbe mich hiermit um die ausgeschriebene Position.\n\n'
            'Ich habe meine Ausbildung zur Fachkraft für Hafenlogistik 2016 abgeschlossen und arbeite seitdem im '
            'Umschlag, zuletzt vier Jahre als Van-Carrier-Fahrerin in Bremerhaven. Den Kranschein für '
            'Containerbrücken habe ich im Frühjahr erworben und möchte nun in Hamburg den nächsten Schritt machen.\n\n'
            'Lebenslauf und Zeugnisse finden Sie im Anhang. Da die Unterlagen persönliche Daten enthalten, habe ich '
            'sie verschlüsselt – das Passwort lautet: Vogt2026\n\n'
            'Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.\n\n'
            'Mit freundlichen Grüßen\nAnna Vogt\nTel. 0157 3928 1146')
    m.phones = ['0157 3928 1146']
    m.body = mixed(alt(text_leaf(text, 'plain', 'UTF-8', 'quoted-printable', quote_cs=False),
                       text_leaf(R.simple_html(text, 'UTF-8', 'Arial', '10pt'), 'html', 'UTF-8', 'quoted-printable',
                                 quote_cs=False)),
                   attachment(z, 'application/zip', 'Bewerbung_Anna_Vogt.zip', 'plain'))
    m.notes.append('ZIP password Vogt2026 (in the body); members are inert text placeholders')
    m.what = ('Job application for a crane-driver vacancy from a web.de address with an encrypted ZIP (password in the '
              'body) holding "Lebenslauf_…pdf.lnk" and "Zeugnisse_…pdf.lnk" shortcuts (inert placeholders here).')
    m.why = ('Malware delivery via HR: password-protected archive defeats scanning, double extensions .pdf.lnk, '
             'a well-written, trade-specific pretext that matches a real vacancy.')


# ============================================================== business

def _lf_invoice(m, number, date, items, order, bank_iban, bank_name, bic, due_days=30, qr=True):
    lines = [bank_name, 'IBAN: %s' % ids.fmt_iban(bank_iban), 'BIC: %s' % bic]
    pdf, gross = D.invoice_pdf(
        m, 'de', LF_SENDER, ['Example Group Terminals GmbH', 'Kreditorenbuchhaltung', 'Köhlbranddeich 21', '21129 Hamburg'],
        number, date, due_days, items, 19, lines, order=order, cust_no='10-4471', deliv='Oktober 2026',
        notes=['Lieferung frei Haus Terminal Waltershof, Tor 3. Es gelten unsere AGB (Stand 01/2026).'],
        qr_payload=None, footer=LF_FOOT, creator='proALPHA ERP', producer='proALPHA Druckdienst 8.2',
        logo=logo('LIEFERANT', (0, 70, 127)))
    if qr:
        epc = D.epc('Lieferant GmbH', bank_iban, bic, gross, 'RE %s KD 10-4471' % number)
        pdf, gross = D.invoice_pdf(
            m, 'de', LF_SENDER, ['Example Group Terminals GmbH', 'Kreditorenbuchhaltung', 'Köhlbranddeich 21',
                                 '21129 Hamburg'],
            number, date, due_days, items, 19, lines, order=order, cust_no='10-4471', deliv='Oktober 2026',
            notes=['Lieferung frei Haus Terminal Waltershof, Tor 3. Es gelten unsere AGB (Stand 01/2026).'],
            qr_payload=epc, qr_caption='GiroCode', footer=LF_FOOT, creator='proALPHA ERP',
            producer='proALPHA Druckdienst 8.2', logo=logo('LIEFERANT', (0, 70, 127)))
    return pdf, gross


def _xrechnung(number, date, gross, net, iban):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
            'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
            'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">\n'
            '  <rsm:ExchangedDocumentContext>\n    <ram:GuidelineSpecifiedDocumentContextParameter>\n'
            '      <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>\n'
            '    </ram:GuidelineSpecifiedDocumentContextParameter>\n  </rsm:ExchangedDocumentContext>\n'
            '  <rsm:ExchangedDocument>\n    <ram:ID>%s</ram:ID>\n    <ram:TypeCode>380</ram:TypeCode>\n'
            '    <ram:IssueDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime>\n'
            '  </rsm:ExchangedDocument>\n  <rsm:SupplyChainTradeTransaction>\n    <ram:ApplicableHeaderTradeAgreement>\n'
            '      <ram:BuyerReference>10-4471</ram:BuyerReference>\n      <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name>\n'
            '        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration>\n'
            '      </ram:SellerTradeParty>\n      <ram:BuyerTradeParty><ram:Name>Example Group Terminals GmbH</ram:Name>\n'
            '        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration>\n'
            '      </ram:BuyerTradeParty>\n    </ram:ApplicableHeaderTradeAgreement>\n    <ram:ApplicableHeaderTradeSettlement>\n'
            '      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>\n      <ram:SpecifiedTradeSettlementPaymentMeans>\n'
            '        <ram:TypeCode>58</ram:TypeCode>\n        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID>'
            '</ram:PayeePartyCreditorFinancialAccount>\n      </ram:SpecifiedTradeSettlementPaymentMeans>\n'
            '      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n        <ram:TaxBasisTotalAmount>%.2f</ram:TaxBasisTotalAmount>\n'
            '        <ram:GrandTotalAmount>%.2f</ram:GrandTotalAmount>\n        <ram:DuePayableAmount>%.2f</ram:DuePayableAmount>\n'
            '      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n    </ram:ApplicableHeaderTradeSettlement>\n'
            '  </rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n'
            % (number, date, C.LF_VAT, C.VAT_DE, iban, net, gross, gross)).encode('utf-8')


@msg('business', 1, 'de', 'lieferant-rechnung-xrechnung-girocode')
def b01(m):
    m.t = hamburg(2026, 10, 30, 6, 12, 48)
    m.frm = LF_BUH
    m.to = [S['ap']]
    m.subject = 'Rechnung 2026-10591 zu Ihrer Bestellung 4500187902 – Lieferant GmbH'
    m.client = 'javamail'
    m.sys_kw['java_host'] = 'erp01.lieferant.local'
    m.system = sy.postfix_relay
    m.sys_kw['args'] = dict(relay='mail.lieferant-gmbh.de', relay_ip='203.0.113.25', client_ip='192.168.20.15',
                            client_rdns='erp01.lieferant.local', dkim=('lieferant-gmbh.de', 'dkim2025'))
    items = [('Twistlock-Sensor induktiv, Spreader Bromma EH5\nArt.-Nr. LF-SP-22871, Lieferschein 80031945', 4, 612.50),
             ('Dichtsatz Hubzylinder Spreader-Teleskop\nArt.-Nr. LF-HY-10433', 6, 184.20),
             ('Hydraulikschlauch DN12 4SH, 2.350 mm, konfektioniert\nArt.-Nr. LF-HY-20915', 10, 96.80),
             ('Frachtkostenanteil Expresslieferung', 1, 145.00)]
    pdf, gross = _lf_invoice(m, '2026-10591', '29.10.2026', items, '4500187902', C.LF_OLD, 'Sparkasse Bremen',
                             'SBREDE22XXX')
    net = round(sum(q * p for _, q, p in items), 2)
    xml = _xrechnung('2026-10591', '20261029', gross, net, C.LF_OLD)
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'anbei erhalten Sie unsere Rechnung 2026-10591 vom 29.10.2026 zu Ihrer Bestellung 4500187902 '
            'über %s EUR.\n\n'
            'Die Rechnung liegt als XRechnung (CII, XML) sowie als Sichtbeleg im PDF-Format bei. '
            'Maßgeblich ist die XML-Datei.\n\n'
            'Unsere Bankverbindung ist unverändert: Sparkasse Bremen, IBAN %s.\n\n'
            'Mit freundlichen Grüßen\nLieferant GmbH - Buchhaltung\n\n'
            'Diese E-Mail wurde automatisch erstellt. Bei Fragen zur Rechnung wenden Sie sich bitte an '
            'rechnungen@lieferant-gmbh.de oder +49 421 696 418-0.\n' % (D.money(gross, 'de'), ids.fmt_iban(C.LF_OLD)))
    m.phones = ['+49 421 696 418-0']
    m.body = mixed(text_leaf(text, 'plain', 'iso-8859-15', 'quoted-printable', quote_cs=False),
                   attachment(xml, 'application/xml', 'RE_2026-10591_xrechnung.xml', 'plain', cte='base64'),
                   attachment(pdf, 'application/pdf', 'RE_2026-10591.pdf', 'plain'))
    m.what = ('Regular supplier invoice from the ERP system of Lieferant GmbH (rechnungen@, own Postfix relay, DKIM pass) '
              'with XRechnung XML and a PDF copy carrying a GiroCode for the known Sparkasse Bremen account.')
    m.why = ('Genuine: known ERP sender and relay, matches a real purchase order and delivery note, bank account '
             'unchanged and stated as unchanged, EPC QR payee and IBAN identical to the master data.')
    m.pair = [(1, 'Supplier invoice / bank details of Lieferant GmbH',
               'Genuine invoice from the ERP (rechnungen@) with the known Sparkasse account; the attack is a webmail '
               'reply in a thread that switches to an unknown Deutsche Bank account and a look-alike Reply-To.')]


@msg('business', 2, 'de', 'lieferant-bankwechsel-ordnungsgemaess')
def b02(m):
    m.t = hamburg(2026, 11, 16, 10, 5, 19)
    m.frm = LANG
    m.to = [S['ap']]
    m.cc = [S['cfo'], MAIER]
    m.subject = 'Ankündigung: Änderung unserer Bankverbindung zum 01.12.2026 – bitte telefonisch verifizieren'
    m.client = 'outlook_smtp'
    m.hdr_cs, m.hdr_enc = 'iso-8859-1', 'Q'
    m.system = sy.postfix_relay
    m.sys_kw['args'] = dict(relay='mail.lieferant-gmbh.de', relay_ip='203.0.113.25', client_ip='192.168.20.31',
                            client_rdns='pc-kfm02.lieferant.local', dkim=('lieferant-gmbh.de', 'dkim2025'))
    text = ('Sehr geehrte Frau Krüger,\n\n'
            'wie bereits in unserem Telefonat mit Frau Wölfel am 11.11. angekündigt, stellen wir unseren '
            'Zahlungsverkehr zum 01.12.2026 von der Sparkasse Bremen auf die Commerzbank um. Hintergrund ist die '
            'Finanzierung unseres neuen Logistikzentrums in Bremen-Hemelingen.\n\n'
            'Neue Bankverbindung ab 01.12.2026:\n'
            'Commerzbank AG, Filiale Bremen\n'
            'IBAN: %s\n'
            'BIC: COBADEFFXXX\n\n'
            'Wichtig:\n'
            '- Zahlungen, die bis 31.12.2026 noch auf dem bisherigen Sparkassenkonto eingehen, werden selbstverständlich '
            'weiterhin zugeordnet. Es entsteht Ihnen kein Nachteil.\n'
            '- Das unterschriebene Schreiben der Geschäftsführung ist zusätzlich per Post unterwegs.\n'
            '- Bitte verifizieren Sie die Änderung vor der Umstellung telefonisch über unsere Zentrale '
            '+49 421 696 418-0 (die Nummer aus Ihren Stammdaten, nicht aus einer E-Mail). Ich bin diese und nächste '
            'Woche täglich von 8 bis 16 Uhr erreichbar.\n\n'
            'Nach dem Vorfall im Oktober, bei dem das Postfach von Herrn Maier missbraucht wurde, werden wir '
            'Bankdaten nie wieder nur per E-Mail ändern und bitten Sie, das ebenso zu halten.\n\n'
            'Mit freundlichen Grüßen\n\n'
            'Petra Lang\nKaufmännische Leitung\n\nLieferant GmbH | Hafen- und Krantechnik\nAm Holzhafen 12 | 28217 Bremen\n'
            'Tel. +49 421 696 418-10 | p.lang@lieferant-gmbh.de\n'
            'Geschäftsführer: Hans-Jürgen Lang | Amtsgericht Bremen HRB 31874 HB | USt-IdNr. %s'
            % (ids.fmt_iban(C.LF_NEW), C.LF_VAT))
    m.phones = ['+49 421 696 418-0', '+49 421 696 418-10']
    letter = D.letter_pdf(
        m, LF_SENDER, ['Example Group Terminals GmbH', 'Kreditorenbuchhaltung', 'Köhlbranddeich 21', '21129 Hamburg'],
        'Bremen, 13. November 2026', 'Änderung unserer Bankverbindung zum 01.12.2026',
        ['Sehr geehrte Damen und Herren,',
         'zum 01.12.2026 wechseln wir unsere Hausbank. Bitte leisten Sie Zahlungen ab diesem Datum auf das folgende '
         'Konto:',
         'Commerzbank AG, Filiale Bremen\nIBAN: %s\nBIC: COBADEFFXXX' % ids.fmt_iban(C.LF_NEW),
         'Bisherige Verbindung (gültig bis 31.12.2026): Sparkasse Bremen, IBAN %s, BIC SBREDE22XXX.'
         % ids.fmt_iban(C.LF_OLD),
         'Zu Ihrer Sicherheit bitten wir Sie, diese Änderung telefonisch unter unserer Ihnen bekannten Rufnummer '
         '+49 421 696 418-0 zu bestätigen. Eine Änderung unserer Bankverbindung teilen wir ausschließlich mit '
         'unterschriebenem Schreiben der Geschäftsführung mit.'],
        closing=['Mit freundlichen Grüßen', '', 'Hans-Jürgen Lang          Petra Lang', 'Geschäftsführer              '
                 'Kaufmännische Leitung'],
        footer=LF_FOOT, author='Petra Lang', logo=logo('LIEFERANT', (0, 70, 127)))
    m.body = mixed(R.outlook_alt(text, 'de', 'iso-8859-1', 'quoted-printable', font='Calibri'),
                   attachment(letter, 'application/pdf', 'Lieferant_Bankverbindung_ab_01-12-2026.pdf', 'outlook',
                              when=m.t - TD(days=3)))
    m.what = ('Lieferant GmbH\'s commercial manager announces, six weeks ahead, the switch from Sparkasse Bremen to '
              'Commerzbank, after a phone call with the CFO; signed letter attached and also sent by post; asks for '
              'call-back verification on the known switchboard number.')
    m.why = ('Genuine: from the supplier\'s usual Outlook/Postfix path, copies the CFO and the key-account manager, '
             'long overlap period, old account keeps working, explicitly requests out-of-band verification and '
             'refers to the October mailbox compromise.')
    m.pair = [(1, 'Supplier bank-detail change',
               'Change announced weeks in advance with overlap, signed letter, call-back to known number, CFO informed; '
               'the attack demands an immediate switch, asks for confirmation by e-mail only.')]


@msg('business', 3, 'de', 'ceo-dringend-anzahlung-sts-krane-intern')
def b03(m):
    m.t = hamburg(2026, 11, 19, 17, 48, 2)
    m.frm = S['ceo']
    m.to = [S['cfo']]
    m.cc = [S['assist'], S['tech']]
    m.subject = 'Dringend: Anzahlung STS-Krane 11/12 noch diese Woche'
    m.client = 'outlook_onprem'
    m.system = sy.exchange_internal
    m.sys_kw['args'] = dict(mbx='EXCH01', hub='EXCH02', client_ip='10.20.14.22')
    m.hdr_cs, m.hdr_enc = 'iso-8859-1', 'Q'
    text = ('Hallo Katrin,\n\n'
            'der Aufsichtsrat hat heute Nachmittag im Umlaufverfahren zugestimmt (Beschluss AR 2026/14, Miriam legt '
            'dir das Protokoll morgen früh ins Fach). Damit können wir die erste Anzahlung für die beiden '
            'STS-Krane 11 und 12 anweisen.\n\n'
            'Der Hersteller hat heute noch einmal Druck gemacht: wenn die 20-%-Anzahlung nicht bis Freitag eingeht, '
            'rutschen wir aus dem Fertigungsslot Q3/2027. Bitte daher:\n\n'
            '- Zahlung über den normalen SAP-Zahllauf mit Vier-Augen-Freigabe, Kreditor 700231, Bankverbindung wie im '
            'Vertrag vom 14.07. hinterlegt (keine neuen Kontodaten!)\n'
            '- Betrag laut Zahlungsplan Anlage 4: 3.184.000,00 EUR\n'
            '- Bankgarantie des Herstellers liegt im Original bei Marco, bitte vor der Freigabe gegenprüfen\n\n'
            'Ich bin morgen ab 7:30 im Büro, wenn du Fragen hast ruf einfach an oder komm rüber.\n\n'
            'Danke und Gruß\nHenrik\n\n' + C.sig_de('ceo', '100'))
    m.body = R.outlook_alt(text, 'de', 'iso-8859-1', 'quoted-printable', font='Calibri')
    m.what = ('Internal, urgent request from the CEO to the CFO (cc assistant and technical manager) to release the '
              'contractual 20 % down payment for two new ship-to-shore cranes this week.')
    m.why = ('Genuine: internal Exchange 2019 path via mail-int01, refers to a board resolution, the SAP payment run with '
             'four-eyes approval, the existing vendor master and contract bank data, a bank guarantee to check, and '
             'invites a phone call.')
    m.pair = [(2, 'Urgent CEO payment request',
               'Internal Exchange mail that insists on the normal SAP approval and known vendor bank data and invites '
               'calls; the attack comes from a look-alike domain, demands secrecy and avoids phone contact.')]


@msg('business', 4, 'de', 'gateway-spam-report-quarantaene')
def b04(m):
    m.t = hamburg(2026, 11, 2, 6, 0, 4)
    m.frm = P('Proxmox Mail Gateway', 'postmaster@example.com')
    m.to = [S['ops']]
    m.subject = 'Spam-Report für dirk.matthiesen@example.com – Mo, 02.11.2026 (3 E-Mails)'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%d.%s@mx01.example.com>' % (int(mm.sent().timestamp()), rhex(mm.rng, 8))
    m.system = sy.local_mx01
    m.sys_kw['args'] = dict(env_from='postmaster@example.com')
    base = 'https://mx01.example.com:8006/quarantine'
    tick = 'PMGQM%3Adirk.matthiesen%40example.com%3A' + rhex(m.rng, 8).upper() + '%3A%3A' + rstr(m.rng, 27)
    rows = [('Bitcoin Profit Club <info@profit-signals.top>', 'Dirk, Ihre Auszahlung von 4.870 € ist bereit', '01.11. 14:32', 'C8R1'),
            ('Hafen-Ausrüster Direkt <angebote@hafen-ausruester-direkt.de>', 'Sonderposten Twistlocks – nur diese Woche', '01.11. 09:10', 'C8R2'),
            ('DHL Express <noreply@dhl-zustellung-info.com>', 'Ihre Sendung konnte nicht zugestellt werden', '31.10. 21:47', 'C8R3')]
    trs = ''
    for i, (f, s, d, cid) in enumerate(rows):
        trs += ('<tr><td>%s</td><td>%s</td><td>%s</td><td><a href="%s?ticket=%s&amp;cselect=%s&amp;action=deliver">'
                'Zustellen</a> | <a href="%s?ticket=%s&amp;cselect=%s&amp;action=delete">Löschen</a></td></tr>\n'
                % (R.esc(f), R.esc(s), d, base, tick, cid, base, tick, cid))
    html = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>Spam-Report</title><style>body{font-family:Arial,sans-serif;font-size:13px} td,th{padding:4px 8px;'
            'border-bottom:1px solid #ddd;text-align:left}</style></head><body>\n'
            '<p>Proxmox Mail Gateway – Spam-Report für <b>dirk.matthiesen@example.com</b></p>\n'
            '<p>Die folgenden E-Mails wurden in den letzten 24 Stunden in die Quarantäne verschoben. Sie werden nach '
            '14 Tagen automatisch gelöscht. Falls eine Nachricht fälschlich zurückgehalten wurde, können Sie sie hier '
            'zustellen lassen oder sich bei der IT (Durchwahl -444) melden.</p>\n'
            '<table><tr><th>Absender</th><th>Betreff</th><th>Empfangen</th><th>Aktion</th></tr>\n%s</table>\n'
            '<p><a href="%s?ticket=%s">Quarantäne anzeigen</a></p>\n'
            '<p style="color:#777">Example Group IT · mx01.example.com · Diese Nachricht wurde automatisch erzeugt.</p>'
            '\n</body></html>\n' % (trs, base, tick))
    m.body = text_leaf(html, 'html', 'utf-8', 'quoted-printable', quote_cs=False)
    m.what = ('Daily spam report of the company\'s own Proxmox Mail Gateway on mx01, generated locally, linking to the '
              'gateway\'s quarantine web interface on mx01.example.com:8006 with a per-user ticket.')
    m.why = ('Genuine: originates on mx01 itself (localhost submission), links only to the company\'s own gateway, '
             'no login/password request, lists obvious spam; the format of the product\'s real digest.')
    m.pair = [(3, 'Quarantine notification',
               'The real digest comes from mx01 (localhost) and links to mx01.example.com:8006; the attack imitates '
               'Microsoft 365 quarantine from a hacked WordPress host and links to pages.dev.')]


@msg('business', 5, 'de', 'steuerberater-passwort-zip-per-sms')
def b05(m):
    m.t = hamburg(2026, 11, 24, 15, 33, 51)
    m.frm = P('Kai Lemke', 'k.lemke@nordhoff-stb.de')
    m.to = [S['cfo']]
    m.cc = [P('Christiane Nordhoff', 'c.nordhoff@nordhoff-stb.de')]
    m.subject = 'Hochrechnung 2026 und Anpassung der Vorauszahlungen – Example Group Terminals GmbH'
    m.client = 'outlook_smtp'
    m.hdr_cs, m.hdr_enc = 'iso-8859-1', 'Q'
    m.system = sy.united_internet
    m.sys_kw['args'] = dict(brand='ionos', client_ip='87.138.201.66', web=False)
    m.zip_password = 'Hafen!Nov26-4471'
    when = dates.local('cet', m.t - TD(hours=2))
    xlsx = arch.make_xlsx([('Hochrechnung', [['Position', 'Ist 01-10/2026', 'Prognose 11-12/2026', 'Hochrechnung 2026'],
                                             ['Umsatzerlöse Umschlag', 71824310.55, 14910000.0, 86734310.55],
                                             ['Lagergeld / Reefer', 9318442.1, 1904000.0, 11222442.1],
                                             ['Materialaufwand', -18430117.92, -3720000.0, -22150117.92],
                                             ['Personalaufwand', -31277903.4, -6330000.0, -37607903.4],
                                             ['Abschreibungen', -12980000.0, -2600000.0, -15580000.0],
                                             ['Ergebnis vor Steuern (vorläufig)', 11208631.33, 2164000.0, 13372631.33]]),
                           ('Vorauszahlungen', [['Steuerart', 'bisher p.Q.', 'Antrag neu p.Q.'],
                                                ['Körperschaftsteuer', 612000.0, 705000.0],
                                                ['Gewerbesteuer Hamburg', 680000.0, 781000.0]])],
                          'Hochrechnung 2026 EGT', 'Kai Lemke', when)
    z = arch.make_zipcrypto([('Hochrechnung_2026_EGT_Entwurf.xlsx', xlsx)], m.zip_password, when, m.rng)
    text = ('Sehr geehrte Frau Wölfel,\n\n'
            'wie besprochen erhalten Sie anbei unseren Entwurf der Hochrechnung 2026 auf Basis der Zahlen bis '
            'einschließlich Oktober sowie unseren Vorschlag zur Anpassung der Körperschaft- und '
            'Gewerbesteuervorauszahlungen ab dem IV. Quartal.\n\n'
            'Die Datei ist verschlüsselt. Das Kennwort sende ich Ihnen wie gewohnt separat per SMS an Ihre '
            'hinterlegte Mobilnummer.\n\n'
            'Für eine kurze Abstimmung schlage ich Donnerstag, 26.11., 10:00 Uhr per Teams vor – Frau Nordhoff '
            'nimmt ebenfalls teil. Den Antrag an das Finanzamt würden wir nach Ihrer Freigabe bis Ende November '
            'stellen.\n\n'
            'Mit freundlichen Grüßen\n\n'
            'Kai Lemke\nBilanzbuchhalter (IHK)\n\nNordhoff & Partner mbB\nSteuerberatungsgesellschaft\n'
            'Ballindamm 27 | 20095 Hamburg\nTel. +49 40 3250 881-24\n[[www.nordhoff-stb.de|https://www.nordhoff-stb.de]]\n'
            'Partnerschaftsregister AG Hamburg PR 1187 | USt-IdNr. %s' % C.NP_VAT)
    m.phones = ['+49 40 3250 881-24']
    m.body = mixed(R.outlook_alt(text, 'de', 'iso-8859-1', 'quoted-printable', font='Arial'),
                   attachment(z, 'application/x-zip-compressed', 'Hochrechnung_2026_EGT.zip', 'outlook',
                              when=m.t - TD(hours=2)))
    m.notes.append('ZIP password (sent by SMS, not in the mail): Hafen!Nov26-4471')
    m.what = ('The German tax adviser sends the 2026 forecast and proposed tax prepayments as an encrypted ZIP (XLSX '
              'inside); the password goes by SMS to the CFO\'s known mobile number.')
    m.why = ('Genuine: known adviser domain and IONOS path, expected topic, password not in the mail, proper signature '
             'and register data, proposes a Teams call with the partner.')
    m.pair = [(8, 'Password-protected archive',
               'The adviser\'s archive contains an XLSX and its password travels by SMS; the attack puts the password '
               'in the body and hides .pdf.lnk shortcuts in the archive.')]


@msg('business', 6, 'de', 'kollege-privatmail-fotos-spreader')
def b06(m):
    m.t = hamburg(2026, 10, 19, 6, 37, 55)
    m.frm = P('Marco Steffens', 'marco.steffens77@gmail.com')
    m.to = [S['tech'], S['buy']]
    m.subject = 'STS 04 Spreader – Fotos Fehlerbild'
    m.client = 'gmail'
    m.system = sy.gmail
    img1 = D.crane_screen(m.rng, ['STS04 SPREADER ALARM', 'E-217 TWISTLOCK SENSOR TL3', 'STATUS: LOCKED NOT CONFIRMED',
                                  'HOIST: BLOCKED', '19.10.26 06:21:47'])
    img2 = D.crane_screen(m.rng, ['STS04 SPREADER ALARM', 'E-217 TWISTLOCK SENSOR TL4', 'SIGNAL LOSS 24V',
                                  'COUNT 14 / 24H', '19.10.26 06:24:02'])
    text = ('Moin Marco (an mich selbst, fürs Ticket) und Frank,\n\n'
            'schicke das von privat, das Diensthandy hat auf dem Kran keinen Empfang für Outlook und ich will die '
            'Bilder nicht verlieren.\n\n'
            'STS 04 hat seit der Nachtschicht immer wieder E-217 an TL3/TL4 – Twistlock verriegelt, Sensor meldet '
            'nicht. Kran steht, Schiff an Liegeplatz 3 wird mit STS 05 weitergemacht.\n\n'
            'Frank: Kannst du bitte bei Lieferant (Herr Maier) 2 Stück Twistlock-Sensoren LF-SP-22871 als '
            'Expresslieferung bestellen? Wir hatten im Oktober schon 4 Stück, ich fürchte der Kabelbaum am '
            'Teleskop ist durch. Bestellung bitte ganz normal über SAP, Kostenstelle 4104.\n\n'
            'Bin ab 9 im Büro.\n\nMarco')
    m.body = mixed(R.gmail_alt(text, 'de'),
                   attachment(img1, 'image/png', 'IMG_20261019_062153.png', 'gmail', cid='f_mgx2k8a10'),
                   attachment(img2, 'image/png', 'IMG_20261019_062410.png', 'gmail', cid='f_mgx2k8a21'))
    m.what = ('The technical manager sends two phone pictures of a crane HMI alarm from his private Gmail to his own '
              'work address and to procurement, asking for an express order of two sensors via SAP.')
    m.why = ('Genuine: private address used openly and explained, no change of any payment or account data, the '
             'order goes through the normal SAP process and the known supplier, content matches operations.')
    m.pair = [(6, 'Colleague writing from a private mailbox',
               'The private Gmail message only carries photos and asks for a normal SAP order; the attack uses a GMX '
               'look-alike of a colleague to change salary bank details.')]


@msg('business', 7, 'de', 'bewerbung-elektroniker-pdf-t-online')
def b07(m):
    m.t = hamburg(2026, 11, 12, 19, 22, 16)
    m.frm = P('Jonas Behrendt', 'jonas.behrendt@t-online.de')
    m.to = [S['hr']]
    m.subject = 'Bewerbung als Elektroniker für Betriebstechnik (m/w/d) – Kennziffer 2026-117'
    m.client = 'thunderbird'
    m.x_mailer = 'Mozilla Thunderbird'
    m.system = sy.platform
    m.sys_kw['args'] = dict(
        helo='mailout11.t-online.de', ip='194.25.134.85', env_from='jonas.behrendt@t-online.de',
        trace=[('Received', 'from fwd86.aul.t-online.de (fwd86.aul.t-online.de [10.223.144.112])\n\tby mailout11.t-online.de '
                            '(Postfix) with SMTP id {qid}\n\tfor <{rcpt}>; {date}'),
               ('Received', 'from [192.168.2.117] ([84.160.71.203]) by fwd86.aul.t-online.de\n\twith (TLSv1.3:'
                            'TLS_AES_256_GCM_SHA384 encrypted)\n\tesmtp id 1tQ7Fa-2Nh3sK0; {daten}')],
        tail=[('X-TOI-EXPURGATEID', '150726::1763058136-F27C3A90-4E2B81D1/0/0 CLEAN NORMAL'),
              ('X-TOI-MSGID', ruuid(m.rng))], date_zone='cet')
    m.auth_override = {'spf': 'pass'}
    when = dates.local('cet', m.t - TD(days=1))
    cover = D.letter_pdf(m, ['Jonas Behrendt', 'Veringstraße 41', '21107 Hamburg', '0176 4419 2083',
                             'jonas.behrendt@t-online.de'],
                         ['Example Group Terminals GmbH', 'Personalabteilung, Frau Jana Schütz', 'Köhlbranddeich 21',
                          '21129 Hamburg'], 'Hamburg, 12.11.2026',
                         'Bewerbung als Elektroniker für Betriebstechnik (m/w/d), Kennziffer 2026-117',
                         ['Sehr geehrte Frau Schütz,',
                          'seit meiner Ausbildung bei einem Hamburger Stahlwerk arbeite ich als Elektroniker für '
                          'Betriebstechnik in der Instandhaltung von Kranen und Fördertechnik. Die Fehlersuche an '
                          'Frequenzumrichtern und SPS-Steuerungen (Siemens S7-1500, Profinet) gehört zu meinem Alltag.',
                          'Ihr Terminal kenne ich von meinem Praktikum im Jahr 2019. Besonders reizt mich die Arbeit an '
                          'Containerbrücken und Van-Carriern im Schichtbetrieb.',
                          'Ich bin ab dem 01.02.2027 verfügbar. Über eine Einladung zu einem Gespräch freue ich mich.'],
                         closing=['Mit freundlichen Grüßen', 'Jonas Behrendt'], creator='Writer',
                         producer='LibreOffice 24.2')
    cv = D.letter_pdf(m, ['Jonas Behrendt', 'Lebenslauf'], ['geb. 14.03.1996 in Hamburg'], 'Stand: November 2026',
                      'Lebenslauf',
                      ['Berufserfahrung\n04/2019 – heute: Elektroniker für Betriebstechnik, ArcelorMittal Hamburg GmbH, '
                       'Instandhaltung Krananlagen\n09/2015 – 01/2019: Ausbildung Elektroniker für Betriebstechnik, '
                       'ebenda (Abschluss IHK, Note 1,8)',
                       'Weiterbildung\n2022: SPS-Fachkraft Siemens TIA Portal\n2024: Elektrofachkraft für '
                       'Hochvoltsysteme (Stufe 2S)',
                       'Kenntnisse\nSchaltpläne EPLAN, Frequenzumrichter ABB ACS880, Profinet, Englisch gut',
                       'Führerschein Klasse B, Staplerschein'],
                      creator='Writer', producer='LibreOffice 24.2')
    text = ('Sehr geehrte Frau Schütz,\n\n'
            'anbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als Elektroniker für Betriebstechnik '
            '(Kennziffer 2026-117), die ich auf Ihrer Karriereseite gefunden habe.\n\n'
            'Anschreiben und Lebenslauf liegen als PDF bei, meine Zeugnisse reiche ich gerne nach.\n\n'
            'Mit freundlichen Grüßen\nJonas Behrendt\n0176 4419 2083')
    m.phones = ['0176 4419 2083']
    m.body = mixed(R.tb_plain(text, 'de'),
                   attachment(cover, 'application/pdf', 'Anschreiben_Jonas_Behrendt.pdf', 'thunderbird'),
                   attachment(cv, 'application/pdf', 'Lebenslauf_Jonas_Behrendt.pdf', 'thunderbird'))
    m.what = ('Job application from a private T-Online address with a cover letter and CV as plain PDFs.')
    m.why = ('Genuine: unencrypted, text-only PDFs without links or macros, refers to a real vacancy reference, ordinary '
             'ISP mail path, no request to open anything else.')
    m.pair = [(8, 'Job application',
               'Plain PDFs from an ISP account; the attack sends an encrypted ZIP with .pdf.lnk shortcuts and the '
               'password in the text.')]


@msg('business', 8, 'de', 'hafenportal-zollfreigabe-statusmeldung')
def b08(m):
    m.t = hamburg(2026, 12, 3, 13, 17, 9)
    m.frm = P('HafenPortal Nord', 'status@hafenportal-nord.de')
    m.to = [S['docs']]
    m.subject = 'Statusmeldung Zollfreigabe – MRN 26DE480912781044E3 – 3 Container freigegeben'
    m.client = 'javamail'
    m.sys_kw['java_host'] = 'app03.hafenportal-nord.de'
    m.system = sy.platform
    m.sys_kw['args'] = dict(
        helo='mx-out2.hafenportal-nord.de', ip='198.51.100.42',
        env_from='bounce-status@hafenportal-nord.de',
        dkims=[('hafenportal-nord.de', 'hpn2026', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')],
        trace=[('Received', 'from app03.hafenportal-nord.de (app03.int.hafenportal-nord.de [10.40.3.13])\n\tby '
                            'mx-out2.hafenportal-nord.de (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date}')],
        date_zone='cet')
    text = ('HafenPortal Nord - Statusmeldung\n'
            '================================\n\n'
            'Teilnehmer:      Example Group Terminals GmbH (EGT-WAL)\n'
            'Meldungsart:     Zollfreigabe (ATLAS Überlassung)\n'
            'MRN:             26DE480912781044E3\n'
            'Zeitpunkt:       03.12.2026 13:16:41\n'
            'Schiff/Reise:    NORDIC SPIRIT / 2648W\n\n'
            'Container        Status            Sperre\n'
            'NOLU 482913 6    freigegeben       keine\n'
            'NOLU 480177 2    freigegeben       keine\n'
            'TGHU 913370 4    freigegeben       keine\n\n'
            'Die Container können ab sofort zur Abholung disponiert werden. Für Gestellungs- und '
            'Freigabehistorie melden Sie sich bitte wie gewohnt im Portal an:\n'
            'https://portal.hafenportal-nord.de/status/mrn/26DE480912781044E3\n\n'
            'Diese Nachricht wurde automatisch erzeugt. Benachrichtigungseinstellungen ändern Sie im Portal unter '
            '"Profil > Benachrichtigungen".\n\n'
            'HafenPortal Nord GmbH · Sandtorkai 38 · 20457 Hamburg · Servicedesk +49 40 3689 5500\n')
    m.phones = ['+49 40 3689 5500']
    m.body = text_leaf(text, 'plain', 'iso-8859-15', 'quoted-printable')
    m.what = ('Automated customs-release status from the port community system for three containers of a customer '
              'vessel, ISO-8859-15 plain text, link to the portal.')
    m.why = ('Genuine: the terminal\'s own PCS subscription, structured data that matches operations (MRN, container '
             'numbers with valid format), no request for credentials in the mail, DKIM/DMARC aligned.')
