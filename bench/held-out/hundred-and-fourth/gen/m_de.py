"""German messages: attacks 01-08, business 01-08."""
from common import *  # noqa

SIG_EG = ('{name}\n{role}\n\nExample Group GmbH & Co. KGaA\nStadionallee 1 | 40474 Düsseldorf\nTel. +49 211 5500 {ext}\n'
          'www.example.com\n\nSitz der Gesellschaft: Düsseldorf | Amtsgericht Düsseldorf HRB 88412\n'
          'Persönlich haftende Gesellschafterin: Example Group Verwaltungs-GmbH')

# ============================================================== ATTACKS

# ---- 01 CEO fraud, look-alike domain, first stage
msg(file='01-de-ceo-fraud-vertrauliche-transaktion', kind='attack', lang='de', when='2026-10-15 07:52:41',
    route=I.postfix_company,
    route_kw=dict(mailhost='mail.examplegroup-holding.com', ip='173.212.217.84', rdns='vmi2281734.contaboserver.net',
                  msgid_style='apple', helo='mail.examplegroup-holding.com',
                  mailer=[('X-Mailer', 'iPhone Mail (23B85)')]),
    env_from='matthias.koehler@examplegroup-holding.com', rcpt='sabine.gross@example.com',
    headers=[('From', A('Dr. Matthias Köhler', 'matthias.koehler@examplegroup-holding.com', 'utf-8', 'Q')),
             ('To', to('cfo', 'utf-8', 'Q')),
             ('Subject', hval('Vertraulich – Projekt Nordlicht', 'utf-8', 'Q'))],
    body=lambda b: b.client(
        'Guten Morgen Frau Groß,\n\n'
        'sind Sie heute im Haus? Ich brauche Ihre Unterstützung in einer streng vertraulichen Angelegenheit.\n\n'
        'Wie Sie wissen, prüfen wir seit dem Sommer strategische Beteiligungen im Nachwuchsbereich. Wir stehen kurz vor dem '
        'Abschluss der Übernahme einer Mehrheitsbeteiligung an einem ausländischen Akademiebetreiber (intern "Projekt Nordlicht"). '
        'Da die Transaktion kapitalmarktrelevant ist, darf bis zur Ad-hoc-Mitteilung niemand davon erfahren – auch nicht '
        'im Finanzausschuss oder bei Herrn Hartmann. Bitte sprechen Sie intern mit niemandem darüber.\n\n'
        'Die Abwicklung liegt bei der Kanzlei Brenner & Partner. Herr Dr. Christian Brenner wird sich heute Vormittag per E-Mail '
        'bei Ihnen melden und Ihnen die Einzelheiten zur Anzahlung auf das Treuhandkonto geben. Die Anzahlung muss heute mit '
        'Valuta gleichen Tages raus, sonst verlieren wir die Exklusivität.\n\n'
        'Ich bin den ganzen Tag in London in Verhandlungen und telefonisch nicht erreichbar. Kommunikation bitte ausschließlich '
        'per E-Mail an diese Adresse, die normale Adresse wird während des Projekts nicht genutzt.\n\n'
        'Danke für Ihre Diskretion.\n\nMatthias Köhler\n\nVon meinem iPhone gesendet',
        'apple', 'utf-8', 'quoted-printable'),
    what='CEO fraud ("Fake President"), first stage: "CEO" asks CFO for a confidential same-day deposit, announces a lawyer.',
    why='Look-alike domain examplegroup-holding.com (company uses example.com/examplegroup.eu) on a Contabo VPS; secrecy '
        '("tell nobody, not even the sporting director"), same-day value date, channel restriction (no phone, use only this '
        'address), hand-over to an external "lawyer" – textbook BEC pattern.')

# ---- 02 fake lawyer follow-up with escrow IBAN
_escrow = fmt_iban(BANK['escrow_fake'])
_mandat_pdf = make_pdf([
    ('BRENNER & PARTNER', 16, True), ('Rechtsanwälte | Steuerberater | Transaktionsberatung', 9),
    'Königsallee 61 · 40215 Düsseldorf · Tel. +49 211 9878 4410', '---', '',
    ('Mandatsbestätigung und Zahlungsanweisung', 13, True), '',
    'Mandat: 2026-1187 "Nordlicht"                     Datum: 15.10.2026',
    'Mandant: Example Group GmbH & Co. KGaA, vertreten durch Dr. Matthias Köhler', '',
    'Sehr geehrte Frau Groß,', '',
    'im Auftrag unseres Mandanten bestätigen wir die treuhänderische Abwicklung der Anzahlung im Rahmen der',
    'Transaktion "Nordlicht". Der Betrag wird bis zum Closing auf einem Anderkonto verwahrt.', '',
    ('Zahlungsanweisung', 11, True),
    'Empfänger:            Brenner & Partner Escrow Services UAB',
    'IBAN:                 ' + _escrow,
    'BIC:                  EVIULT2VXXX',
    'Betrag:               EUR 1.850.000,00',
    'Verwendungszweck:     NL-2026-1187 Anzahlung',
    'Valuta:               15.10.2026 (gleichtägig, Eilüberweisung)', '',
    'Dieses Schreiben und sein Inhalt unterliegen der anwaltlichen Verschwiegenheit (§ 43a Abs. 2 BRAO).',
    'Eine Weitergabe an Dritte ist bis zur Veröffentlichung der Ad-hoc-Mitteilung untersagt.', '',
    'Dr. Christian Brenner', 'Rechtsanwalt, Partner'],
    title='Mandatsbestätigung Nordlicht', author='C. Brenner', producer='Microsoft® Word für Microsoft 365',
    creator='Microsoft® Word für Microsoft 365', date=pdfdate(2026, 10, 15, 9, 58, "+02'00'"))

msg(file='02-de-fake-anwalt-treuhandkonto', kind='attack', lang='de', when='2026-10-15 10:14:09',
    route=I.m365, route_kw=dict(region='eu', tenant_onms='brennerpartnerlegal.onmicrosoft.com'),
    env_from='c.brenner@brenner-partner-legal.com', rcpt='sabine.gross@example.com',
    headers=[('From', A('RA Dr. Christian Brenner', 'c.brenner@brenner-partner-legal.com')),
             ('To', to('cfo', 'iso-8859-1', 'Q')),
             ('CC', A('Dr. Matthias Köhler', 'matthias.koehler@examplegroup-holding.com', 'iso-8859-1', 'Q')),
             ('Subject', hval('Projekt Nordlicht – Treuhandabwicklung / Mandat 2026-1187', 'windows-1252', 'Q')),
             ('Thread-Topic', hval('Projekt Nordlicht – Treuhandabwicklung / Mandat 2026-1187', 'windows-1252', 'Q')),
             ('Thread-Index', 'AdtD6Vx1c9qKeXyGR0WnlbC0r7xQPw=='),
             ('Accept-Language', 'de-DE, en-US'), ('Content-Language', 'de-DE')],
    body=lambda b: b.client(
        'Sehr geehrte Frau Groß,\n\n'
        'Herr Dr. Köhler hat mich gebeten, mich direkt mit Ihnen in Verbindung zu setzen. Unsere Kanzlei begleitet die '
        'Transaktion "Nordlicht" auf Käuferseite; ich darf Sie zunächst auf die strikte Vertraulichkeit hinweisen, '
        'der dieses Mandat bis zur Veröffentlichung der Ad-hoc-Mitteilung unterliegt.\n\n'
        'Für die Sicherung der Exklusivität ist heute eine Anzahlung in Höhe von EUR 1.850.000,00 auf das Treuhandkonto '
        'zu leisten, das wir über unsere Partnerkanzlei in Vilnius führen (die Zielgesellschaft ist in Litauen '
        'registriert, daher die Abwicklung über ein dortiges Anderkonto). Die Zahlungsanweisung mit allen Angaben finden '
        'Sie in der beigefügten Mandatsbestätigung.\n\n'
        'Kontoinhaber: Brenner & Partner Escrow Services UAB\nIBAN: ' + _escrow + '\nBIC: EVIULT2VXXX\n'
        'Verwendungszweck: NL-2026-1187 Anzahlung\n\n'
        'Bitte veranlassen Sie die Zahlung als Eilüberweisung bis spätestens 14:00 Uhr und senden Sie mir den '
        'Ausführungsbeleg als PDF. Rückfragen bitte ausschließlich an mich per E-Mail; telefonisch bin ich wegen der '
        'laufenden Verhandlungen heute nur eingeschränkt erreichbar.\n\n'
        'Mit freundlichen Grüßen\n\nDr. Christian Brenner\nRechtsanwalt | Partner\n\nBRENNER & PARTNER\n'
        'Königsallee 61 | 40215 Düsseldorf\n\n'
        'Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige '
        'Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.',
        'outlook', 'iso-8859-1', 'quoted-printable', bstyle='exo',
        attachments=[b.att(_mandat_pdf, 'application/pdf', 'Mandatsbestätigung_Nordlicht_2026-1187.pdf', name_style='ew',
                           name_charset='iso-8859-1')]),
    what='Fake lawyer follow-up to 01: "escrow" payment instruction of EUR 1.85 m to a Lithuanian account, PDF instruction.',
    why='Continuation of the CEO-fraud scenario (CC to the look-alike CEO domain); unknown "law firm" domain on a fresh '
        'Microsoft 365 tenant; German deal paid to a Paysera LT "escrow" account; same-day deadline, secrecy under '
        '"§ 43a BRAO", e-mail-only contact.')

# ---- 03 supplier bank change from look-alike domain (reply in thread)
_prev03 = mid('lieferant-thread-10418', 'exch')
_bank_pdf = make_pdf([
    ('Lieferant GmbH', 16, True), 'Textildruck & Fanartikel · Monschauer Str. 12 · 41068 Mönchengladbach', '---', '',
    'Example Group GmbH & Co. KGaA', 'Kreditorenbuchhaltung', 'Stadionallee 1', '40474 Düsseldorf', '',
    'Mönchengladbach, 20.10.2026', '',
    ('Mitteilung über die Änderung unserer Bankverbindung', 12, True), '',
    'Sehr geehrte Damen und Herren,', '',
    'im Zuge der Umstellung unseres Zahlungsverkehrs auf einen neuen Bankpartner ändert sich unsere Bankverbindung',
    'mit sofortiger Wirkung. Bitte nutzen Sie für alle offenen und künftigen Rechnungen ausschließlich:', '',
    'Kontoinhaber:   Lieferant GmbH',
    'Bank:           Revolut Bank UAB',
    'IBAN:           ' + fmt_iban(BANK['lieferant_fake']),
    'BIC:            REVOLT21', '',
    'Die bisherige Verbindung bei der Stadtsparkasse wird zum 31.10.2026 aufgelöst. Zahlungen auf das alte Konto',
    'können nicht mehr zugeordnet werden.', '',
    'Mit freundlichen Grüßen', '', 'Petra Lang', 'Finanzbuchhaltung', '',
    'Geschäftsführer: Stefan Maier · AG Mönchengladbach HRB 17342 · USt-IdNr. ' + TAX['lieferant_ust']],
    title='Bankverbindung', author='plang', producer='LibreOffice 24.8', creator='Writer',
    date=pdfdate(2026, 10, 20, 9, 12, "+02'00'"))

msg(file='03-de-lieferant-bankwechsel-lookalike', kind='attack', lang='de', when='2026-10-20 09:31:55',
    route=I.roundcube_vps, route_kw=dict(mailhost='mail.lieferant-gmhb.de', ip='51.75.146.203', rdns='vps-8c2f41a7.vps.ovh.net'),
    env_from='p.lang@lieferant-gmhb.de', rcpt='juergen.weiss@example.com',
    headers=[('From', A('Petra Lang', 'p.lang@lieferant-gmhb.de')),
             ('To', to('ap1', 'utf-8', 'Q')),
             ('Subject', hval('AW: Rechnung 2026-10418 / Ihre Bestellung 4500018832', 'utf-8', 'Q')),
             ('In-Reply-To', _prev03), ('References', _prev03),
             ('Organization', 'Lieferant GmbH')],
    body=lambda b: b.client(
        'Hallo Herr Weiß,\n\n'
        'vielen Dank für Ihre Rückmeldung zur Rechnung 2026-10418.\n\n'
        'Bevor Sie den Zahlungslauf freigeben, noch ein wichtiger Hinweis: Wir haben unseren Zahlungsverkehr zum '
        '19.10. auf einen neuen Bankpartner umgestellt. Die bisherige Verbindung bei der Stadtsparkasse wird aufgelöst, '
        'Zahlungen dorthin werden zurückgebucht. Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang.\n\n'
        'Neue Bankverbindung:\nLieferant GmbH\nRevolut Bank UAB\nIBAN ' + fmt_iban(BANK['lieferant_fake']) + '\nBIC REVOLT21\n\n'
        'Bitte überweisen Sie die offenen Rechnungen 2026-10418 (30.858,37 EUR) und 2026-10377 (17.471,60 EUR), '
        'zusammen 48.329,97 EUR, bereits auf das neue Konto und bestätigen Sie mir kurz die Änderung in Ihrem '
        'Kreditorenstamm. Wegen der Umstellung sind wir telefonisch gerade schlecht erreichbar, am besten per Mail.\n\n'
        'Vielen Dank und viele Grüße\nPetra Lang\nFinanzbuchhaltung\n\nLieferant GmbH | Monschauer Str. 12 | 41068 Mönchengladbach\n\n'
        '-----Ursprüngliche Nachricht-----\nVon: Jürgen Weiß <juergen.weiss@example.com>\nGesendet: Freitag, 16. Oktober 2026 14:22\n'
        'An: rechnungen@lieferant-gmbh.de\nBetreff: Rechnung 2026-10418 / Ihre Bestellung 4500018832\n\n'
        'Sehr geehrte Damen und Herren,\nzur o.g. Rechnung fehlt uns noch der Lieferschein zur Teillieferung vom 08.10. '
        'Können Sie uns diesen bitte nachreichen?\nMit freundlichen Grüßen\nJürgen Weiß',
        'roundcube', 'utf-8', 'quoted-printable', bstyle='roundcube',
        attachments=[b.att(_bank_pdf, 'application/pdf', 'Bankverbindung_Lieferant_GmbH_neu.pdf')]),
    what='Supplier bank-detail change: "Lieferant GmbH" asks to pay two open invoices (48,329.97 EUR) to a new Revolut LT account.',
    why='Look-alike domain lieferant-gmhb.de (real: lieferant-gmbh.de) on an OVH VPS with Roundcube, while the real supplier '
        'mails from Microsoft 365; German GmbH switching to a Lithuanian neobank; redirects open invoices; discourages phone '
        'verification; quotes a real AP question to look like a thread reply.')

# ---- 04 thread hijack from the genuinely compromised supplier mailbox
_t04a = mid('lieferavis-kw45-a', 'exch')
_t04b = mid('lieferavis-kw45-b', 'exo-de')
_url04 = 'https://lieferant-gmbh-docs.pages.dev/ab/?d=AB-26-3391&r=bWFya3VzLmhvZm1hbm5AZXhhbXBsZS5jb20='
_html04 = lambda cs: (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>'
    '<div style="font-family:Calibri,sans-serif;font-size:11pt">Hallo Herr Hofmann,<br><br>'
    'anbei wie besprochen die aktualisierte Auftragsbestätigung inkl. Zahlungsübersicht für die Nachlieferung.<br><br>'
    '<table style="border:1px solid #d1d1d1;border-radius:4px;width:420px" cellpadding="12"><tr><td>'
    '<img alt="" width="32" height="32" src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240925.001/assets/item-types/32/pdf.png"> '
    '<b>AB-26-3391_Zahlungsübersicht.pdf</b><br><span style="color:#605e5c;font-size:9pt">Stefan Maier hat eine Datei für Sie freigegeben. '
    'Aus Datenschutzgründen ist die Datei geschützt – bitte melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an.</span><br><br>'
    '<a href="%s" style="background:#0f6cbd;color:#fff;padding:8px 18px;text-decoration:none;border-radius:4px">Öffnen</a>'
    '</td></tr></table><br>Viele Grüße<br>Stefan Maier<br><br>Lieferant GmbH<br>Geschäftsführung<br>Monschauer Str. 12 | 41068 Mönchengladbach<br>'
    '<hr><b>Von:</b> Markus Hofmann &lt;markus.hofmann@example.com&gt;<br><b>Gesendet:</b> Montag, 2. November 2026 16:05<br>'
    '<b>An:</b> Stefan Maier &lt;s.maier@lieferant-gmbh.de&gt;<br><b>Betreff:</b> AW: Lieferavis Heimtrikots Saison 26/27 – Nachlieferung KW 45<br><br>'
    'Hallo Herr Maier,<br>bleibt es bei Anlieferung Donnerstag KW 45 an Tor 3? Wir brauchen die Größen M und L dringend '
    'vor dem Heimspiel am 14.11.<br>Gruß<br>Markus Hofmann</div></body></html>' % (cs, _url04))

msg(file='04-de-thread-hijack-lieferant-kompromittiert', kind='attack', lang='de', when='2026-11-03 14:07:33',
    route=I.m365, route_kw=dict(region='de'),
    env_from='s.maier@lieferant-gmbh.de', rcpt='markus.hofmann@example.com',
    headers=[('From', A('Stefan Maier', 's.maier@lieferant-gmbh.de')),
             ('To', to('proc', 'windows-1252', 'Q')),
             ('Subject', hval('AW: Lieferavis Heimtrikots Saison 26/27 – Nachlieferung KW 45', 'windows-1252', 'Q')),
             ('Thread-Topic', hval('Lieferavis Heimtrikots Saison 26/27 – Nachlieferung KW 45', 'windows-1252', 'Q')),
             ('Thread-Index', 'AQHbLf3kq0W1zJ9aREyoI9F1nY3xNLKnQ8WAgAA7x2A='),
             ('In-Reply-To', _t04a), ('References', _t04b + '\n ' + _t04a),
             ('Accept-Language', 'de-DE, en-US'), ('Content-Language', 'de-DE')],
    body=lambda b: b.alt(
        b.text('Hallo Herr Hofmann,\n\nanbei wie besprochen die aktualisierte Auftragsbestätigung inkl. Zahlungsübersicht '
               'für die Nachlieferung.\n\nAB-26-3391_Zahlungsübersicht.pdf\nStefan Maier hat eine Datei für Sie freigegeben. '
               'Aus Datenschutzgründen ist die Datei geschützt – bitte melden Sie sich mit Ihrer geschäftlichen '
               'E-Mail-Adresse an.\n[[Öffnen|' + _url04 + ']]\n\nViele Grüße\nStefan Maier\n\nLieferant GmbH\nGeschäftsführung\n'
               'Monschauer Str. 12 | 41068 Mönchengladbach\n\n________________________________\nVon: Markus Hofmann '
               '<markus.hofmann@example.com>\nGesendet: Montag, 2. November 2026 16:05\nAn: Stefan Maier <s.maier@lieferant-gmbh.de>\n'
               'Betreff: AW: Lieferavis Heimtrikots Saison 26/27 – Nachlieferung KW 45\n\nHallo Herr Maier,\nbleibt es bei '
               'Anlieferung Donnerstag KW 45 an Tor 3? Wir brauchen die Größen M und L dringend vor dem Heimspiel am 14.11.\n'
               'Gruß\nMarkus Hofmann', 'windows-1252', 'quoted-printable', link_style='outlook'),
        b.html(_html04('windows-1252'), 'windows-1252', 'quoted-printable'), style='exo'),
    what='Thread hijack: reply from the real (compromised) mailbox of Lieferant GmbH\'s managing director in a live delivery thread, '
         'linking to a "protected" PDF.',
    why='Sender and thread are genuine (Lieferant\'s own Microsoft 365), but the reply ignores the question asked, '
        'pushes a "shared file" that requires signing in with the business e-mail, and the link goes to a Cloudflare '
        'pages.dev credential-harvesting page carrying the recipient\'s address in base64 – compromised partner mailbox.')

# ---- 05 quishing, MFA renewal, inline QR code
_qr05 = 'https://sso-examplegroup.authportal-eu.com/mfa/renew?uid=bW9uaWthLnNjaGFlZmVyQGV4YW1wbGUuY29t&t=8412'
_qrpng05 = qr_png(_qr05)


def _body05(b):
    t = ('Example Group – IT-Sicherheit\n\nAktion erforderlich: Erneuerung Ihrer Mehrfaktor-Authentifizierung\n\n'
         'Hallo Monika Schäfer,\n\nim Rahmen der Umstellung auf die neuen Microsoft-Sicherheitsstandards müssen alle '
         'Mitarbeitenden ihre Mehrfaktor-Authentifizierung (MFA) bis zum 23.10.2026 erneut bestätigen. Konten ohne '
         'Bestätigung werden anschließend vorübergehend gesperrt.\n\nDa die Bestätigung über die Microsoft Authenticator-App '
         'erfolgt, scannen Sie bitte den QR-Code in dieser E-Mail mit der Kamera Ihres Smartphones und melden Sie sich mit '
         'Ihrem gewohnten Kennwort an. Der Vorgang dauert weniger als eine Minute.\n\n'
         '(QR-Code im HTML-Teil dieser Nachricht)\n\nIhr IT-Service\nExample Group GmbH & Co. KGaA')
    h = notice_html('utf-8', 'Erneuerung Ihrer Mehrfaktor-Authentifizierung', [
        'Hallo Monika Schäfer,',
        'im Rahmen der Umstellung auf die neuen Microsoft-Sicherheitsstandards müssen alle Mitarbeitenden ihre '
        'Mehrfaktor-Authentifizierung (MFA) bis zum <b>23.10.2026</b> erneut bestätigen. Konten ohne Bestätigung werden '
        'anschließend vorübergehend gesperrt.'.replace('<b>', '').replace('</b>', ''),
        'Da die Bestätigung über die Microsoft Authenticator-App erfolgt, scannen Sie bitte den folgenden QR-Code mit der '
        'Kamera Ihres Smartphones und melden Sie sich mit Ihrem gewohnten Kennwort an.'],
        brand='Example Group | IT-Sicherheit', color='#0f6cbd',
        extra_after='<p style="text-align:center"><img src="cid:qr-mfa-7731@example" width="210" height="210" alt="QR-Code"></p>'
                    '<p style="font-size:12px;color:#605e5c">Der Vorgang dauert weniger als eine Minute. Vielen Dank für Ihre Mithilfe.</p>',
        footer='Ihr IT-Service · Example Group GmbH &amp; Co. KGaA · Stadionallee 1 · 40474 Düsseldorf<br>'
               'Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.')
    return b.alt(b.text(t, 'utf-8', 'quoted-printable'),
                 b.related(b.html(h, 'utf-8', 'quoted-printable'),
                           b.att(_qrpng05, 'image/png', 'image001.png', inline=True, cid='qr-mfa-7731@example'), style='py'),
                 style='py')


msg(file='05-de-quishing-mfa-erneuerung', kind='attack', lang='de', when='2026-10-22 08:05:17', qr=True,
    route=I.exim_cpanel, route_kw=dict(server='s147.webhosting-cluster.de', ip='185.26.156.147', client_ip='45.134.26.88'),
    env_from='info@hausverwaltung-lenz.de', rcpt='monika.schaefer@example.com',
    headers=[('From', '"IT-Service | Example Group" <info@hausverwaltung-lenz.de>'),
             ('To', to('hr', 'utf-8', 'Q')),
             ('Subject', hval('Aktion erforderlich: Erneuerung Ihrer Mehrfaktor-Authentifizierung bis 23.10.2026', 'utf-8', 'B')),
             ('X-Priority', '1 (Highest)')],
    body=_body05,
    what='Quishing: fake internal IT notice asks to re-confirm MFA by scanning an inline QR code (PNG) with the phone.',
    why='Sent from a compromised property-management mailbox on shared cPanel hosting with only the display name claiming '
        '"IT-Service | Example Group"; the QR code (decodes to ' + _qr05 + ') leads to a look-alike SSO page outside '
        'Microsoft and the company, carrying the victim\'s address; lock-out threat; moving the click to an unmanaged phone '
        'is the point of quishing. Real IT notice is business/05.')

# ---- 06 fake trademark register invoice
_tm_pdf = make_pdf([
    ('EMR – Europäisches Markenregister', 15, True), 'Register für Marken- und Schutzrechtsveröffentlichungen', '---', '',
    'Example Group GmbH & Co. KGaA', 'Stadionallee 1', '40474 Düsseldorf', '',
    ('Rechnung / Verlängerungsbescheid Nr. EMR-2026-118842', 12, True),
    'Datum: 10.11.2026             Fällig: 24.11.2026', '',
    'Marke:                  FC EXAMPLE 1904 (Wort-/Bildmarke)',
    'Registernummer:         018773421',
    'Klassen:                25, 28, 41',
    'Anmeldetag:             12.03.2017', '',
    'Eintragung und Veröffentlichung im EMR-Register, Laufzeit 10 Jahre      EUR 2.890,00',
    'Gesamtbetrag (umsatzsteuerfrei, Reverse Charge)                        EUR 2.890,00', '',
    'Zahlung an: EMR Register s.r.o., IBAN ' + fmt_iban(BANK['trademark_fake']) + ', BIC FIOZSKBAXXX',
    'Verwendungszweck: EMR-2026-118842', '',
    'Hinweis: Das EMR ist ein privates Verzeichnis. Diese Eintragung ist ein Angebot und steht in keiner Verbindung mit dem',
    'Amt der Europäischen Union für geistiges Eigentum (EUIPO) oder dem DPMA. Mit Zahlung nehmen Sie das Angebot an.'],
    title='Rechnung EMR-2026-118842', producer='wkhtmltopdf 0.12.6', date=pdfdate(2026, 11, 10, 10, 40))

msg(file='06-de-fake-markenregister-rechnung', kind='attack', lang='de', when='2026-11-10 11:23:48',
    route=I.brevo, route_kw=dict(domain='eu-markenregister.org'),
    env_from='verlaengerung@eu-markenregister.org', rcpt='sabine.gross@example.com',
    headers=[('From', A('EMR Markenregister | Verlängerungsstelle', 'verlaengerung@eu-markenregister.org', 'iso-8859-15', 'Q')),
             ('To', A('Example Group GmbH & Co. KGaA', 'sabine.gross@example.com')),
             ('Subject', hval('Verlängerung Markeneintragung „FC EXAMPLE 1904“ – Reg.-Nr. 018773421 – Zahlungsaufforderung',
                              'utf-8', 'B')),
             ('List-Unsubscribe', '<mailto:abmelden@eu-markenregister.org>')],
    body=lambda b: b.mixed(b.text(
        'Sehr geehrte Damen und Herren,\n\n'
        'die Eintragung Ihrer Marke FC EXAMPLE 1904 (Registernummer 018773421, Klassen 25, 28, 41) im Europäischen '
        'Markenregister EMR läuft demnächst ab. Um den Schutz Ihrer Veröffentlichung ohne Unterbrechung aufrechtzuerhalten, '
        'begleichen Sie bitte den beigefügten Verlängerungsbescheid bis zum 24.11.2026.\n\n'
        'Betrag: 2.890,00 EUR\nEmpfänger: EMR Register s.r.o.\nIBAN: ' + fmt_iban(BANK['trademark_fake']) + '\n'
        'Verwendungszweck: EMR-2026-118842\n\n'
        'Nach Zahlungseingang erhalten Sie Ihre Registerurkunde per Post.\n\n'
        'Mit freundlichen Grüßen\nVerlängerungsstelle\nEMR - Europäisches Markenregister\n\n'
        'Das EMR ist ein privatwirtschaftliches Register. Die Eintragung erfolgt auf Angebotsbasis.',
        'iso-8859-15', 'quoted-printable'),
        b.att(_tm_pdf, 'application/pdf', 'Verlaengerungsbescheid_EMR-2026-118842.pdf'), style='py'),
    what='Fake register invoice: "European trademark register" demands EUR 2,890 for "renewal" of the club trademark.',
    why='Deceptive offer disguised as an official renewal notice (only fine print says it is a private listing unrelated '
        'to EUIPO/DPMA); Slovak account; bulk-sent via an ESP; genuine renewals are handled by the club\'s IP attorneys '
        '(business/06) and paid to EUIPO.')

# ---- 07 payroll diversion from web.de
msg(file='07-de-gehaltskonto-aenderung-webde', kind='attack', lang='de', when='2026-11-18 16:48:02',
    route=I.gmx, route_kw=dict(brand='webde'),
    env_from='julia.brandt.privat@web.de', rcpt='monika.schaefer@example.com',
    headers=[('From', A('Julia Brandt', 'julia.brandt.privat@web.de')),
             ('To', A('Monika Schäfer', 'monika.schaefer@example.com', 'utf-8', 'Q')),
             ('Subject', hval('Änderung Bankverbindung Gehalt', 'utf-8', 'Q'))],
    body=lambda b: b.text(
        'Hallo Monika,\n\n'
        'ich habe mein Girokonto gewechselt. Kannst du die neue Bankverbindung bitte schon für die November-Abrechnung '
        'hinterlegen?\n\nKontoinhaberin: Julia Brandt\nIBAN: ' + fmt_iban(BANK['payroll_fake']) + '\nBank: N26\n\n'
        'Ich bin die ganze Woche bei Sponsorenterminen unterwegs und komme gerade nicht in mein Firmenpostfach '
        '(das Handy zickt mit der Authenticator-App), deshalb schreibe ich dir von privat. Eine kurze Bestätigung hier '
        'wäre super, dann weiß ich, dass es rechtzeitig klappt.\n\nDanke dir!\nLiebe Grüße\nJulia',
        'utf-8', 'quoted-printable'),
    what='Payroll diversion: "sales colleague" asks HR from a private web.de address to switch her salary account to N26.',
    why='Unverified private address using a staff member\'s name, timed just before the November payroll cut-off, new '
        'neobank account, excuse why the company mailbox/MFA cannot be used, asks for confirmation to the private address; '
        'salary accounts are changed only via the HR self-service or a signed form.')

# ---- 08 ClickFix via HTML attachment (fake CAPTCHA)
_clickfix_html = '''<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Abrechnung Heimspiele Oktober 2026 – Dokument wird geladen</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f4f4f4;margin:0}.box{max-width:520px;margin:80px auto;background:#fff;
border:1px solid #ddd;padding:28px}.cb{display:flex;align-items:center;border:1px solid #d0d0d0;padding:14px;background:#fafafa}
.sq{width:26px;height:26px;border:2px solid #888;margin-right:12px}.steps{display:none;margin-top:18px;font-size:14px}
kbd{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 5px}</style></head>
<body><div class="box"><h2>Dokument wird geladen …</h2>
<p>Abrechnung_Heimspiele_Okt2026.pdf (412 KB)</p>
<p>Bitte bestätigen Sie, dass Sie kein Roboter sind, um das Dokument anzuzeigen.</p>
<div class="cb"><div class="sq"></div>Ich bin kein Roboter<span style="margin-left:auto;font-size:11px;color:#777">reCAPTCHA<br>Datenschutz – Nutzungsbedingungen</span></div>
<div class="steps" id="steps" style="display:block"><b>Verifizierungsschritte</b><ol>
<li>Drücken Sie <kbd>Windows</kbd> + <kbd>R</kbd></li>
<li>Drücken Sie <kbd>Strg</kbd> + <kbd>V</kbd></li>
<li>Drücken Sie <kbd>Enter</kbd>, um die Verifizierung abzuschließen</li></ol>
<p style="font-size:12px;color:#666">Verifizierungs-ID: 7D41-KX93</p></div>
<!-- evaluation sample: the clipboard-setting script of the original lure has been removed. The command it would place
     in the clipboard is kept as inert text for reference only:
     data-clip="powershell -w h -nop -c &quot;[PAYLOAD REMOVED – hxxps://cdn-verify-check[.]com/ver.ps1]&quot;  # ✅ I am not a robot - reCAPTCHA Verification ID: 7D41" -->
</div></body></html>
'''

msg(file='08-de-clickfix-ticketing-abrechnung', kind='attack', lang='de', when='2026-11-26 10:02:37',
    route=I.sendgrid, route_kw=dict(em_domain='em8841.ticketservice-abrechnung.de'),
    env_from='noreply@ticketservice-abrechnung.de', rcpt='julia.brandt@example.com',
    headers=[('From', A('Ticketing Abrechnung', 'noreply@ticketservice-abrechnung.de')),
             ('To', A('', 'julia.brandt@example.com')),
             ('Subject', hval('Ihre Ticketing-Abrechnung Oktober 2026 – Heimspiele 9. bis 11. Spieltag', 'utf-8', 'Q'))],
    body=lambda b: b.mixed(
        b.alt(b.text('Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Abrechnung der Ticketing-Umsätze '
                     '(Tageskasse, Online-Vorverkauf und Hospitality-Kontingente) für die Heimspiele im Oktober 2026.\n\n'
                     'Aus Sicherheitsgründen wird das Dokument erst nach einer kurzen Verifizierung im Browser angezeigt. '
                     'Öffnen Sie dazu die angehängte Datei.\n\nAuszahlungsbetrag: 184.306,12 EUR\nAuszahlung: 02.12.2026\n\n'
                     'Mit freundlichen Grüßen\nIhr Abrechnungsteam', 'utf-8', 'quoted-printable'),
              b.html('<html><body style="font-family:Arial,sans-serif;font-size:14px"><p>Sehr geehrte Damen und Herren,</p>'
                     '<p>anbei erhalten Sie die Abrechnung der Ticketing-Umsätze (Tageskasse, Online-Vorverkauf und '
                     'Hospitality-Kontingente) für die Heimspiele im Oktober 2026.</p><p>Aus Sicherheitsgründen wird das Dokument '
                     'erst nach einer kurzen Verifizierung im Browser angezeigt. Öffnen Sie dazu die angehängte Datei.</p>'
                     '<table><tr><td>Auszahlungsbetrag:</td><td><b>184.306,12 EUR</b></td></tr><tr><td>Auszahlung:</td><td>02.12.2026</td></tr></table>'
                     '<p>Mit freundlichen Grüßen<br>Ihr Abrechnungsteam</p></body></html>', 'utf-8', 'quoted-printable'), style='sg'),
        b.att(_clickfix_html.encode('utf-8'), 'text/html', 'Abrechnung_Heimspiele_Okt2026.html', cte='base64'), style='sg'),
    what='ClickFix lure: "ticketing settlement" with an HTML attachment showing a fake reCAPTCHA that tells the user to press '
         'Win+R, Ctrl+V, Enter.',
    why='Unknown sender domain on SendGrid pretending to be the ticketing partner; the "document" is an HTML file, not a PDF; '
        'the fake CAPTCHA instructs to paste a clipboard command into the Run dialog (ClickFix → PowerShell loader; payload '
        'removed/inert here); attractive payout amount to make the recipient open it.')

# ============================================================== BUSINESS

# ---- B01 genuine supplier invoice
_inv01 = make_pdf([
    ('Lieferant GmbH', 16, True), 'Textildruck & Fanartikel · Monschauer Str. 12 · 41068 Mönchengladbach · Tel. +49 2161 48830-0', '---', '',
    'Example Group GmbH & Co. KGaA', 'Kreditorenbuchhaltung', 'Stadionallee 1', '40474 Düsseldorf', '',
    ('Rechnung 2026-10418', 13, True),
    'Rechnungsdatum: 14.10.2026    Kundennr.: 10077    Ihre Bestellung: 4500018832    Lieferschein: LS-26-8812', '',
    'Pos  Artikel                                        Menge    Einzelpreis      Gesamt',
    '1    Heimtrikot 26/27 Replica, Gr. S–XXL, bedruckt    600      31,90 EUR   19.140,00 EUR',
    '2    Schal "Example Arena" Jacquard                    900       7,45 EUR    6.705,00 EUR',
    '3    Beflockung Name/Nummer (Vorbestellungen)          108       0,80 EUR       86,40 EUR', '',
    '                                             Nettobetrag          25.931,40 EUR',
    '                                             USt. 19 %             4.926,97 EUR',
    '                                             Rechnungsbetrag      30.858,37 EUR', '',
    'Zahlbar innerhalb 30 Tagen ohne Abzug bis 13.11.2026.',
    'Bankverbindung: Stadtsparkasse Mönchengladbach · IBAN ' + fmt_iban(BANK['lieferant']) + ' · BIC MGLSDE33XXX', '',
    'Geschäftsführer: Stefan Maier · AG Mönchengladbach HRB 17342 · USt-IdNr. ' + TAX['lieferant_ust']],
    title='Rechnung 2026-10418', author='Lieferant GmbH', producer='Sage 100 Reporting', creator='Sage 100',
    date=pdfdate(2026, 10, 14, 7, 2, "+02'00'"))

msg(file='01-de-lieferant-rechnung-heimtrikots', kind='business', lang='de', when='2026-10-14 07:03:12',
    route=I.m365, route_kw=dict(region='de'),
    env_from='rechnungen@lieferant-gmbh.de', rcpt='juergen.weiss@example.com',
    headers=[('From', A('Lieferant GmbH - Buchhaltung', 'rechnungen@lieferant-gmbh.de')),
             ('To', A('Example Group Kreditorenbuchhaltung', 'juergen.weiss@example.com')),
             ('Subject', 'Rechnung 2026-10418 zu Ihrer Bestellung 4500018832'),
             ('Thread-Topic', 'Rechnung 2026-10418 zu Ihrer Bestellung 4500018832'),
             ('Content-Language', 'de-DE')],
    tail_headers=[('X-Mailer', 'Sage 100 E-Mail-Versand 9.0')],
    body=lambda b: b.mixed(b.text(
        'Sehr geehrte Damen und Herren,\n\n'
        'anbei erhalten Sie unsere Rechnung 2026-10418 vom 14.10.2026 über 30.858,37 EUR zu Ihrer Bestellung 4500018832 '
        '(Lieferschein LS-26-8812).\n\n'
        'Die XRechnung (UBL) wurde parallel über Peppol an Ihre Empfangsadresse übermittelt; das beigefügte PDF ist eine '
        'Sichtkopie.\n\nBei Fragen zur Rechnung erreichen Sie uns unter +49 2161 48830-25.\n\n'
        'Mit freundlichen Grüßen\nLieferant GmbH\nFinanzbuchhaltung\n\n'
        'Lieferant GmbH | Monschauer Str. 12 | 41068 Mönchengladbach\nGeschäftsführer: Stefan Maier | AG Mönchengladbach HRB 17342',
        'iso-8859-1', 'quoted-printable'),
        b.att(_inv01, 'application/pdf', 'RE_2026-10418.pdf'), style='exo'),
    what='Supplier invoice (merchandise) with PDF copy; XRechnung sent via Peppol.',
    why='Known supplier, sent from Lieferant\'s own Microsoft 365 tenant and real domain, bank account unchanged (Stadtsparkasse), '
        'matches purchase order and delivery note, no link or urgency.',
    pair=[3, 4], pair_note='Same supplier, same invoice number and order as the look-alike bank change (03) and the hijacked thread (04).')

# ---- B02 genuine urgent reminder with supply stop
msg(file='02-de-lieferant-mahnung-lieferstopp', kind='business', lang='de', when='2026-11-24 11:41:27',
    route=I.m365, route_kw=dict(region='de'),
    env_from='p.lang@lieferant-gmbh.de', rcpt='juergen.weiss@example.com',
    headers=[('From', A('Petra Lang', 'p.lang@lieferant-gmbh.de')),
             ('To', to('ap1', 'windows-1252', 'Q')),
             ('CC', to('proc', 'windows-1252', 'Q') + ', ' + A('Stefan Maier', 's.maier@lieferant-gmbh.de')),
             ('Subject', hval('DRINGEND: 2. Mahnung offene Posten – Lieferstopp ab 01.12.2026', 'windows-1252', 'Q')),
             ('Thread-Topic', hval('DRINGEND: 2. Mahnung offene Posten – Lieferstopp ab 01.12.2026', 'windows-1252', 'Q')),
             ('Importance', 'high'), ('X-Priority', '1'), ('Content-Language', 'de-DE')],
    body=lambda b: b.client(
        'Sehr geehrter Herr Weiß,\n\n'
        'trotz unserer Zahlungserinnerung vom 16.11. sind folgende Rechnungen weiterhin offen:\n\n'
        'RE 2026-10377 vom 07.10.2026 – 17.471,60 EUR – fällig seit 06.11.2026\n'
        'RE 2026-10418 vom 14.10.2026 – 30.858,37 EUR – fällig seit 13.11.2026\n\n'
        'Gesamt: 48.329,97 EUR\n\n'
        'Wir müssen Sie leider darauf hinweisen, dass wir ab dem 01.12.2026 keine weiteren Auslieferungen vornehmen können, '
        'solange diese Posten nicht ausgeglichen sind – das betrifft auch die Weihnachtskollektion für die Fanshops. '
        'Das möchten wir beide vermeiden.\n\n'
        'Bitte überweisen Sie den Betrag wie gewohnt auf unser Konto bei der Stadtsparkasse Mönchengladbach '
        '(IBAN ' + fmt_iban(BANK['lieferant']) + '). Sollte die Zahlung bereits unterwegs sein, betrachten Sie dieses '
        'Schreiben bitte als gegenstandslos. Falls es Unstimmigkeiten gibt (z. B. wegen des fehlenden Lieferscheins zur '
        'Teillieferung), rufen Sie mich gerne direkt an: 02161 48830-25.\n\n'
        'Mit freundlichen Grüßen\n\nPetra Lang\nFinanzbuchhaltung\n\nLieferant GmbH\nMonschauer Str. 12 | 41068 Mönchengladbach\n'
        'Tel. +49 2161 48830-25 | www.lieferant-gmbh.de',
        'outlook', 'windows-1252', 'quoted-printable', bstyle='exo'),
    what='Second payment reminder from the supplier threatening a supply stop from 1 December.',
    why='Real supplier domain and Microsoft 365 infrastructure, CC to the managing director and our procurement, bank account '
        'is the known one (no change), invites a phone call on the known number; urgency is legitimate dunning.',
    pair=[3], pair_note='Urgent money request from the same supplier and person as the look-alike attack, but with unchanged bank details.')

# ---- B03 CEO's genuine urgent payment request via internal relay
msg(file='03-de-ceo-dringende-zahlung-intern', kind='business', lang='de', when='2026-11-05 07:40:18',
    route=I.internal, route_kw=dict(client_ip='10.20.14.12'),
    env_from='matthias.koehler@example.com', rcpt='sabine.gross@example.com',
    headers=[('From', to('ceo', 'iso-8859-1', 'Q')),
             ('To', to('cfo', 'iso-8859-1', 'Q')),
             ('CC', to('stadium', 'iso-8859-1', 'Q') + ',\n ' + to('assist', 'iso-8859-1', 'Q')),
             ('Subject', hval('Bitte heute noch: Anzahlung GreenTurf Rasentausch', 'iso-8859-1', 'Q')),
             ('Thread-Topic', hval('Bitte heute noch: Anzahlung GreenTurf Rasentausch', 'iso-8859-1', 'Q')),
             ('Thread-Index', 'AdtO6q0x0M8y1aI3QmKf5tY2Wn0d1A=='),
             ('Importance', 'high'), ('Accept-Language', 'de-DE, en-US'), ('Content-Language', 'de-DE')],
    body=lambda b: b.client(
        'Liebe Sabine,\n\n'
        'nach dem Konzert am Wochenende ist der Rasen im Strafraum Süd nicht mehr zu retten, Frank hat gestern mit GreenTurf '
        'den Tausch für Montag fest gemacht, damit wir zum Heimspiel am 14.11. wieder spielfähig sind. GreenTurf fährt die '
        'Hybridrasen-Rollen nur los, wenn die Anzahlung (30 %, 38.675,00 EUR brutto) bis morgen früh auf ihrem Konto ist.\n\n'
        'Die Anzahlungsrechnung AR-26-0412 liegt seit gestern Abend im Rechnungsworkflow, Frank hat sachlich freigegeben. '
        'Kannst du die Zahlung bitte heute noch als Eilüberweisung rausschicken? Bankverbindung wie im Kreditorenstamm '
        '(GreenTurf ist seit Jahren unser Lieferant), also bitte ganz normal über den Workflow mit zweiter Freigabe.\n\n'
        'Bin bis 10 Uhr im Haus, danach in der DFL-Sitzung in Frankfurt, aber mobil erreichbar.\n\n'
        'Danke dir und viele Grüße\nMatthias\n\n' + SIG_EG.format(name='Dr. Matthias Köhler', role='Vorsitzender der Geschäftsführung', ext='100'),
        'outlook', 'iso-8859-1', 'quoted-printable', bstyle='outlook'),
    what='CEO\'s genuine urgent payment request to the CFO via Exchange and the internal relay.',
    why='Internal route (EXCH01 → mail-int01 → mx01), real address; refers to a known vendor, an invoice already in the '
        'approval workflow, existing vendor master data and the normal four-eyes release; CCs stadium manager and assistant; '
        'invites a call – urgency without secrecy.',
    pair=[1], pair_note='Urgent CEO → CFO payment request, like the CEO fraud, but internal, transparent and through the normal process.')

# ---- B04 colleague's sick note from private GMX
msg(file='04-de-krankmeldung-privat-gmx', kind='business', lang='de', when='2026-11-16 06:58:40',
    route=I.gmx, route_kw=dict(brand='gmx'),
    env_from='aylin.demir87@gmx.de', rcpt='monika.schaefer@example.com',
    headers=[('From', A('Aylin Demir', 'aylin.demir87@gmx.de')),
             ('To', A('Monika Schäfer', 'monika.schaefer@example.com', 'utf-8', 'Q')),
             ('CC', A('Jürgen Weiß', 'juergen.weiss@example.com', 'utf-8', 'Q')),
             ('Subject', 'Krankmeldung heute und morgen')],
    body=lambda b: b.text(
        'Guten Morgen Monika,\n\n'
        'ich habe mir am Wochenende einen Magen-Darm-Infekt eingefangen und bin heute und voraussichtlich morgen krank. '
        'Ich gehe gleich zum Arzt, die eAU ruft ihr dann ja wie immer bei der Krankenkasse ab.\n\n'
        'Jürgen, der Zahlungslauf für Dienstag ist vorbereitet, die Freigaben liegen bei Sabine. Die zwei Rechnungen von '
        'Rhein-Catering habe ich noch nicht gebucht, die liegen im Eingangskorb.\n\n'
        'Ich schreibe von privat, weil ich vom Handy nicht ins Firmenpostfach komme.\n\nViele Grüße\nAylin',
        'utf-8', 'quoted-printable'),
    what='Colleague reports sick from her private GMX address.',
    why='Plausible personal message with no request for money, data or credentials; refers to internal process details '
        '(eAU via health insurer, pending payment run); states why private mail is used.',
    pair=[7], pair_note='Colleague writing from private freemail to HR – exactly the channel of the payroll-diversion attack, but harmless.')

# ---- B05 internal IT notice about MFA
msg(file='05-de-it-mfa-umstellung-intern', kind='business', lang='de', when='2026-10-21 15:12:05',
    route=I.internal, route_kw=dict(client_ip='10.20.8.41'),
    env_from='lena.vogt@example.com', rcpt='monika.schaefer@example.com',
    headers=[('From', to('itsec', 'iso-8859-15', 'Q')),
             ('To', A('Alle Mitarbeitenden Düsseldorf', 'alle.duesseldorf@example.com', 'iso-8859-15', 'Q')),
             ('Subject', hval('IT-Info: Umstellung der Mehrfaktor-Anmeldung auf Number Matching bis 30.11.', 'iso-8859-15', 'Q')),
             ('Thread-Topic', hval('IT-Info: Umstellung der Mehrfaktor-Anmeldung auf Number Matching bis 30.11.', 'iso-8859-15', 'Q')),
             ('Accept-Language', 'de-DE'), ('Content-Language', 'de-DE')],
    body=lambda b: b.client(
        'Liebe Kolleginnen und Kollegen,\n\n'
        'bis zum 30.11.2026 stellen wir die Mehrfaktor-Anmeldung für Microsoft 365 schrittweise auf "Number Matching" um: '
        'Bei der Anmeldung zeigt der Bildschirm eine zweistellige Zahl an, die Sie in der Authenticator-App eintippen.\n\n'
        'Was Sie tun müssen: in der Regel nichts. Wer noch per SMS bestätigt, wird von uns persönlich angesprochen und bekommt '
        'einen Termin am IT-Schalter (Raum 1.14, Mo-Do 9-12 Uhr).\n\n'
        'Wichtig: Wir verschicken niemals QR-Codes oder Links, über die Sie Ihre Mehrfaktor-Anmeldung "erneuern" sollen, '
        'und wir sperren keine Konten mit Fristsetzung per E-Mail. Ihre Sicherheitsinformationen verwalten Sie ausschließlich '
        'selbst unter https://mysignins.microsoft.com/security-info (im Intranet unter IT > Anmeldung). Bestätigen Sie in der '
        'App niemals eine Anmeldung, die Sie nicht selbst gestartet haben, und melden Sie verdächtige Nachrichten über den '
        'Button "Phishing melden" in Outlook.\n\n'
        'Fragen gerne an die Hotline -4444.\n\nViele Grüße\n' +
        SIG_EG.format(name='Lena Vogt', role='IT-Sicherheit / Mail-Administration', ext='4411'),
        'outlook', 'iso-8859-15', 'quoted-printable', bstyle='outlook'),
    what='Internal IT security notice about the switch to MFA number matching.',
    why='Sent by the mail admin through Exchange and the internal relay to a distribution list; no QR code, no deadline-lock '
        'threat, points only to the genuine Microsoft security-info page and internal help desk.',
    pair=[5], pair_note='Same topic (MFA change, deadline) as the quishing attack, and explicitly warns against it.')

# ---- B06 genuine trademark renewal via IP attorneys
_ip_pdf = make_pdf([
    ('HARTMANN & ROTH', 15, True), 'Patentanwälte PartG mbB · Hohenstaufenring 44 · 50674 Köln', '---', '',
    'Example Group GmbH & Co. KGaA', 'z. Hd. Frau Sabine Groß', 'Stadionallee 1', '40474 Düsseldorf', '',
    'Unser Zeichen: HR-EX-0117-EM                          Köln, 09.11.2026', '',
    ('Kostenvoranschlag – Verlängerung Unionsmarke 018773421 „FC EXAMPLE 1904“', 12, True), '',
    'Schutzdauer endet am:        12.03.2027 (Verlängerung ab 12.09.2026 möglich)',
    'Klassen:                     25, 28, 41', '',
    'Amtsgebühr EUIPO (Grundgebühr inkl. 1. Klasse, elektronisch)              850,00 EUR',
    'Amtsgebühr EUIPO 2. Klasse                                                   50,00 EUR',
    'Amtsgebühr EUIPO 3. Klasse                                                  150,00 EUR',
    'Anwaltliche Bearbeitung, Verlängerungsantrag und Überwachung                 420,00 EUR',
    'zzgl. 19 % USt. auf Anwaltshonorar                                           79,80 EUR',
    'Gesamt                                                                     1.549,80 EUR', '',
    'Die Amtsgebühren werden von uns verauslagt und direkt an das EUIPO (Alicante) entrichtet.',
    'Bitte erteilen Sie uns bis zum 15.01.2027 Ihre Weisung. Eine Zahlung ist erst nach Rechnungsstellung fällig.', '',
    'USt-IdNr. ' + TAX['iplaw_ust']],
    title='KV Verlängerung 018773421', author='Hartmann & Roth', producer='Microsoft® Word 2021', date=pdfdate(2026, 11, 9, 16, 20))

msg(file='06-de-markenverlaengerung-patentanwaelte', kind='business', lang='de', when='2026-11-09 16:34:51',
    route=I.postfix_company, route_kw=dict(mailhost='mail.hartmann-roth-ip.de', ip='212.91.244.17', rdns='mail.hartmann-roth-ip.de',
                                           msgid_style='outlook', submit_ip='172.16.4.23',
                                           mailer=[('X-Mailer', 'Microsoft Outlook 16.0')]),
    env_from='e.roth@hartmann-roth-ip.de', rcpt='sabine.gross@example.com',
    headers=[('From', A('Dr. Eva Roth', 'e.roth@hartmann-roth-ip.de')),
             ('To', to('cfo', 'iso-8859-1', 'Q')),
             ('CC', A('Kanzlei Hartmann & Roth', 'kanzlei@hartmann-roth-ip.de')),
             ('Subject', hval('Ihr Zeichen Marken / Unser Zeichen HR-EX-0117-EM - Verlängerung Unionsmarke 018773421', 'iso-8859-1', 'Q')),
             ('Thread-Index', 'AdtSZ8mQx0bq5gb3R7yNbgF0Cq9K5w=='), ('Content-Language', 'de')],
    body=lambda b: b.client(
        'Sehr geehrte Frau Groß,\n\n'
        'die Schutzdauer Ihrer Unionsmarke 018773421 "FC EXAMPLE 1904" (Klassen 25, 28, 41) endet am 12.03.2027. Die '
        'Verlängerung kann seit dem 12.09.2026 beim EUIPO beantragt werden.\n\n'
        'Anbei unser Kostenvoranschlag. Wir empfehlen, die Verlängerung für alle drei Klassen vorzunehmen; insbesondere '
        'Klasse 25 (Bekleidung) ist für das Merchandising wesentlich.\n\n'
        'Bitte beachten Sie: In den letzten Wochen kursieren wieder Schreiben privater "Register" mit Zahlungsaufforderungen '
        'zu Ihren Marken. Diese stehen nicht in Verbindung mit dem EUIPO; zahlen Sie darauf bitte nicht und leiten Sie uns '
        'solche Schreiben gerne weiter.\n\n'
        'Für Ihre Weisung bis zum 15.01.2027 wären wir dankbar.\n\nMit freundlichen Grüßen\n\nDr. Eva Roth\nPatentanwältin\n\n'
        'HARTMANN & ROTH Patentanwälte PartG mbB\nHohenstaufenring 44 | 50674 Köln\nTel. +49 221 27059-0 | www.hartmann-roth-ip.de',
        'outlook', 'iso-8859-1', 'quoted-printable', bstyle='outlook',
        attachments=[b.att(_ip_pdf, 'application/pdf', 'KV_HR-EX-0117-EM_Verlaengerung.pdf')]),
    what='IP attorneys\' cost estimate for the EU trademark renewal, PDF.',
    why='Known law firm on its own mail server, correct EUIPO fee structure, no payment now (asks for instruction), '
        'explicitly warns about fake register invoices.',
    pair=[6], pair_note='Same trademark and renewal topic as the fake register invoice.')

# ---- B07 subscribed newsletter via Mailchimp


def _body07(b, c, r):
    mc = r.mc
    unsub = 'https://arena-stadion-business.us14.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s' % (mc['uid'], mc['lid'], mc['e'], mc['cid'])
    r.headers.append(('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us14_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>'
                      % (unsub.replace('/unsubscribe?', '/unsubscribe/post?'), mc['uid'], mc['cid'], mc['e'])))
    r.headers.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
    link = lambda slug: 'https://arena-stadion-business.us14.list-manage.com/track/click?u=%s&id=%s&e=%s' % (mc['uid'], c.hex(10), mc['e'])
    items = [
        ('Hybridrasen unter Dach: Was die Winterpause 2026/27 für Greenkeeper bedeutet',
         'Drei Bundesliga-Stadien berichten über LED-Wachstumslicht, Sensorik und Kosten pro Saison.'),
        ('Ticketing: Dynamische Preise in der Hospitality – Erfahrungen aus England',
         'Wie Premier-League-Klubs Logen und Business-Seats mit Nachfrageprognosen bepreisen.'),
        ('Stadionsicherheit: Neue DFB-Richtlinie zu Ordnerschulungen ab 2027',
         'Die wichtigsten Änderungen für Betreiber und Dienstleister im Überblick.'),
        ('Termin: Arena-Forum Köln, 4.–5. Februar 2027',
         'Frühbucherpreis bis 15. Dezember.')]
    txt = 'Arena & Stadion Business – Newsletter 46/2026\n\n'
    for t, d in items:
        txt += '** %s\n%s\nWeiterlesen: %s\n\n' % (t, d, link(t))
    txt += ('============================================================\nSie erhalten diesen Newsletter, weil Sie sich auf '
            'arena-stadion-business.de angemeldet haben.\nAbmelden: %s\nArena & Stadion Business · Fachverlag Kessel GmbH · '
            'Brüsseler Str. 21 · 50674 Köln\n' % unsub)
    rows = ''.join('<tr><td style="padding:14px 24px;border-bottom:1px solid #e5e5e5"><h2 style="font-size:18px;margin:0 0 6px;color:#0b3d2e">%s</h2>'
                   '<p style="margin:0 0 8px;font-size:14px;color:#333">%s</p><a href="%s" style="color:#1a7f4b;font-size:14px">Weiterlesen &rarr;</a></td></tr>'
                   % (esc(t), esc(d), link(t)) for t, d in items)
    h = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
         '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Newsletter 46/2026</title></head>'
         '<body style="margin:0;background:#f2f2f2"><span class="mcnPreviewText" style="display:none">Hybridrasen, dynamische Preise, Ordner-Richtlinie 2027</span>'
         '<center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
         '<tr><td style="background:#0b3d2e;color:#fff;padding:20px 24px;font-size:22px;font-weight:bold">Arena &amp; Stadion Business</td></tr>'
         + rows +
         '<tr><td style="padding:18px 24px;font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie sich auf arena-stadion-business.de '
         'angemeldet haben.<br><a href="%s">Abmelden</a> · <a href="https://arena-stadion-business.us14.list-manage.com/profile?u=%s&id=%s&e=%s">Einstellungen ändern</a>'
         '<br>Fachverlag Kessel GmbH · Brüsseler Str. 21 · 50674 Köln</td></tr></table></center>'
         '<img src="https://arena-stadion-business.us14.list-manage.com/track/open.php?u=%s&id=%s&e=%s" height="1" width="1" alt=""></body></html>'
         % (unsub, mc['uid'], mc['lid'], mc['e'], mc['uid'], mc['cid'], mc['e']))
    return b.alt(b.text(txt, 'utf-8', 'quoted-printable'), b.html(h, 'utf-8', 'quoted-printable'), style='mc')


msg(file='07-de-newsletter-arena-stadion-business', kind='business', lang='de', when='2026-11-12 06:30:04',
    route=I.mailchimp, route_kw=dict(us='us14'),
    env_from='newsletter@arena-stadion-business.de', rcpt='frank.neumann@example.com',
    headers=[('From', A('Arena & Stadion Business', 'newsletter@arena-stadion-business.de')),
             ('Reply-To', A('Arena & Stadion Business', 'redaktion@arena-stadion-business.de')),
             ('To', A('Frank Neumann', 'frank.neumann@example.com')),
             ('Subject', hval('Newsletter 46/2026: Hybridrasen unter Dach, Hospitality-Pricing, Ordner-Richtlinie 2027', 'utf-8', 'Q'))],
    body=_body07,
    what='Subscribed trade newsletter (stadium business) via Mailchimp.',
    why='Mailchimp infrastructure with consistent bounce/List-ID/Feedback-ID headers, working List-Unsubscribe + one-click, '
        'sender domain matches publisher, editorial content relevant to the recipient\'s job, no credential or payment request.')

# ---- B08 genuine DocuSign envelope


def _body08(b, c, r):
    env = c.uuid()
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (c.uuid(), c.uuid(), c.uuid())
    txt = ('Dirk Pohl hat Ihnen ein Dokument zur Überprüfung und Unterzeichnung gesendet.\n\n'
           'DOKUMENT ÜBERPRÜFEN\n' + url + '\n\nDirk Pohl\nd.pohl@nordwacht-sicherheit.de\n\n'
           'Sehr geehrter Herr Neumann,\nwie am Dienstag besprochen, erhalten Sie den Rahmenvertrag Ordnungsdienst 2027 mit den '
           'angepassten Stundensätzen zur Unterschrift. Die Gegenzeichnung durch unsere Geschäftsführung erfolgt danach automatisch.\n'
           'Viele Grüße\nDirk Pohl\n\nDiese Nachricht nicht weiterleiten\nDiese E-Mail enthält einen sicheren Link zu Docusign. '
           'Geben Sie den Link oder den Zugriffscode bitte nicht an andere weiter.\n\nAlternative Signaturmethode\n'
           'Besuchen Sie Docusign.com, klicken Sie auf "Dokumente abrufen" und geben Sie folgenden Sicherheitscode ein:\n'
           + c.hex(32, True) + '\n\nInfos zu Docusign\nUnterschreiben Sie Dokumente elektronisch in wenigen Minuten. Sicher und '
           'zuverlässig.\n\nFragen zum Dokument?\nWenn Sie das Dokument ändern müssen oder Fragen haben, wenden Sie sich bitte '
           'direkt an den Absender.\n')
    h = notice_html('utf-8', 'Dirk Pohl hat Ihnen ein Dokument zur Überprüfung und Unterzeichnung gesendet.', [
        'Sehr geehrter Herr Neumann,',
        'wie am Dienstag besprochen, erhalten Sie den Rahmenvertrag Ordnungsdienst 2027 mit den angepassten Stundensätzen zur '
        'Unterschrift. Die Gegenzeichnung durch unsere Geschäftsführung erfolgt danach automatisch.',
        'Viele Grüße<br>Dirk Pohl'.replace('<br>', ' – ')],
        button=('DOKUMENT ÜBERPRÜFEN', url), brand='Docusign', color='#4c00ff', lang='de',
        footer='<b>Diese Nachricht nicht weiterleiten</b><br>Diese E-Mail enthält einen sicheren Link zu Docusign. Geben Sie den '
               'Link oder den Zugriffscode bitte nicht an andere weiter.<br><br><b>Alternative Signaturmethode</b><br>Besuchen Sie '
               'Docusign.com, klicken Sie auf "Dokumente abrufen" und geben Sie den Sicherheitscode ein.<br><br>'
               '<a href="https://www.docusign.com/de-de/datenschutz">Datenschutz</a> · Docusign, Inc., 221 Main Street, San Francisco, CA 94105')
    return b.alt(b.text(txt, 'utf-8', 'quoted-printable'), b.html(h, 'utf-8', 'base64'), style='java')


msg(file='08-de-docusign-rahmenvertrag-ordnungsdienst', kind='business', lang='de', when='2026-12-01 13:18:27',
    route=I.docusign_eu, env_from='dse@eumail.docusign.net', rcpt='frank.neumann@example.com',
    headers=[('From', A('Dirk Pohl via Docusign', 'dse@eumail.docusign.net')),
             ('Reply-To', A('Dirk Pohl', 'd.pohl@nordwacht-sicherheit.de')),
             ('To', A('Frank Neumann', 'frank.neumann@example.com')),
             ('Subject', hval('Bitte mit Docusign unterzeichnen: Rahmenvertrag Ordnungsdienst 2027 – Example Arena', 'utf-8', 'Q'))],
    body=_body08,
    what='Genuine DocuSign EU envelope: security contractor sends the 2027 stewarding framework contract for signature.',
    why='Sent by DocuSign\'s EU infrastructure (dse@eumail.docusign.net), Reply-To is the known contact at Nordwacht, link '
        'points to eu.docusign.net, personal note matches a prior meeting, no attachment to open.',
    pair=[9], pair_note='DocuSign-branded signature request like the HTML-attachment phish, but from DocuSign itself with a docusign.net link.')
