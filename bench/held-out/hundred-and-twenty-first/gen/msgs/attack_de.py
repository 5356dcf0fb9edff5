"""attack/01-08: German-language attacks."""
from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text
from lib.registry import scenario


# ---------------------------------------------------------------------------
@scenario('attack', '01-de-lieferant-bankwechsel-lookalike.eml')
def a01(m):
    """Look-alike domain lieferant-gbmh.de on a fresh M365 tenant continues a
    real open-items thread and announces new bank details."""
    r = m.rng
    jana = S('Köhler')
    petra_real = ('Petra Lang', 'p.lang@lieferant-gmbh.de')
    petra_fake = ('Petra Lang', 'p.lang@lieferant-gbmh.de')
    frank = S('Lüdtke')
    new_iban = ids.make_iban('DE', '10011001' + '2638104957')   # N26 Bank
    old_iban = data.LIEFERANT_IBAN_OLD
    m.frm = petra_fake
    m.to = [jana]
    m.cc = [('Stefan Maier', 's.maier@lieferant-gbmh.de')]
    m.rcpt = [jana[1]]
    m.mail_from = petra_fake[1]
    m.subject = 'AW: Offene Posten Lieferant GmbH / Kontoauszug per 30.09.2026'
    t0 = T(2026, 10, 19, 11, 8)
    t1 = T(2026, 10, 19, 15, 2)
    m.date = T(2026, 10, 20, 10, 47, 12)
    m.date_zone = 'UTC'
    mid0 = 'e4b0c2f91d8a4c37a52f0e9b6d1c7a58@EXCH02.corp.example.com'
    mid1 = '004d01db4120$7c1e2a40$745a7ec0$@lieferant-gmbh.de'
    m.irt = mid1
    m.refs = [mid0, mid1]
    m.thread_seed = 'lieferant-op-thread'
    m.thread_parts = 2
    m.thread_start = t0
    m.has_attach = True
    m.accept_language = 'de-DE, en-US'
    m.content_language = 'de-DE'
    orig0 = ('Hallo Frau Lang,\n\nwir gleichen gerade unsere Kreditoren zum Quartalsende ab. Könnten Sie mir bitte einen '
             'Kontoauszug der offenen Posten per 30.09.2026 schicken? Bei uns sind noch drei Rechnungen aus September offen, '
             'die Zahlung ist für diese Woche eingeplant.\n\nVielen Dank und viele Grüße\nJana Köhler\n\n'
             'Kreditorenbuchhaltung\nExample Brandschutztechnik GmbH\nVahrenwalder Straße 269 · 30179 Hannover\nTel. +49 511 5468 214')
    orig1 = ('Hallo Frau Köhler,\n\nanbei die OP-Liste per 30.09.2026. Offen sind bei Ihnen:\n\n'
             'RE-2026-10412 vom 02.09.2026   18.406,20 EUR\nRE-2026-10433 vom 11.09.2026   21.978,52 EUR\n'
             'RE-2026-10458 vom 23.09.2026    8.532,64 EUR\n\nMit freundlichen Grüßen\n\nPetra Lang\nLeiterin Finanzbuchhaltung\n'
             'Lieferant GmbH · Eckendorfer Straße 91 · 33609 Bielefeld\nTel. +49 521 93817-40\n'
             'Geschäftsführer: Klaus-Dieter Brinkmann · AG Bielefeld HRB 40217')
    body = ('Guten Morgen Frau Köhler,\n\nvielen Dank für die schnelle Abstimmung. Eine wichtige Information vorab, bevor Sie die '
            'Zahlung diese Woche ausführen:\n\nIm Zuge der Umstellung unseres Zahlungsverkehrs (Konsolidierung nach dem Jahresaudit) '
            'wird unser bisheriges Konto bei der Sparkasse Bielefeld zum 31.10.2026 aufgelöst. Zahlungseingänge auf das alte Konto '
            'werden ab sofort nicht mehr zugeordnet und gehen zurück.\n\nBitte überweisen Sie die drei offenen Rechnungen '
            '(gesamt 48.917,36 EUR) bereits auf unsere neue Bankverbindung:\n\n'
            'Kontoinhaber: Lieferant GmbH\nIBAN: %s\nBIC: NTSBDEB1XXX\n\n'
            'Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang. Bitte passen Sie auch die Stammdaten '
            'für künftige Zahlungen an.\n\nDa wir diese Woche wegen der Prüfung kaum telefonisch erreichbar sind, genügt eine '
            'kurze Bestätigung per E-Mail, sobald die Änderung erfasst ist.\n\nMit freundlichen Grüßen\n\nPetra Lang\n'
            'Leiterin Finanzbuchhaltung\nLieferant GmbH · Eckendorfer Straße 91 · 33609 Bielefeld\n'
            'Tel. +49 521 93817-40 · mobil +49 1521 7784093\n'
            'Geschäftsführer: Klaus-Dieter Brinkmann · AG Bielefeld HRB 40217\n') % ids.fmt_iban(new_iban)
    split = '\n\n<<QUOTE>>\n'
    q1 = kit.quote_outlook('de', petra_real, t1, [jana], 'AW: Offene Posten Lieferant GmbH / Kontoauszug per 30.09.2026', orig1)
    q0 = kit.quote_outlook('de', jana, t0, [petra_real], 'Offene Posten Lieferant GmbH / Kontoauszug per 30.09.2026', orig0)
    full = body + split + q1 + '\n\n' + q0.replace('\n\n', '\n\n', 1)
    plain = body + '\n' + q1 + '\n\n' + q0 + '\n'
    html = kit.outlook_html(body + '\n<<QUOTE>>\n' + q1 + '\n\n' + q0, 'de', 'us-ascii' and 'utf-8', reply=True, quote_split='<<QUOTE>>\n')
    letter = kit.letter_pdf(
        ['Lieferant GmbH', 'Brandschutzbedarf · Sprinklertechnik · Ersatzteile',
         'Eckendorfer Straße 91 · 33609 Bielefeld · Tel. +49 521 93817-0 · info@lieferant-gmbh.de'],
        ['Example Brandschutztechnik GmbH', 'Kreditorenbuchhaltung', 'Vahrenwalder Straße 269', '30179 Hannover'],
        'Bielefeld, 19.10.2026',
        'Änderung unserer Bankverbindung – gültig ab sofort',
        ['Sehr geehrte Damen und Herren,',
         'hiermit teilen wir Ihnen mit, dass wir unseren Zahlungsverkehr auf ein neues Geschäftskonto umgestellt haben. '
         'Bitte leisten Sie alle Zahlungen – auch für bereits gestellte und noch offene Rechnungen – ab sofort '
         'ausschließlich auf die folgende Bankverbindung:',
         '  Kontoinhaber: Lieferant GmbH',
         '  IBAN: %s' % ids.fmt_iban(new_iban),
         '  BIC: NTSBDEB1XXX',
         'Die bisherige Verbindung (IBAN %s) wird zum 31.10.2026 geschlossen.' % ids.fmt_iban(old_iban),
         'Wir bitten Sie, Ihre Stammdaten entsprechend anzupassen, und danken für die gute Zusammenarbeit.'],
        'Mit freundlichen Grüßen\n\nKlaus-Dieter Brinkmann\nGeschäftsführer',
        creator='Microsoft® Word für Microsoft 365', producer='Microsoft® Word für Microsoft 365',
        pdfdate="D:20261019163214+02'00'", title='Bankverbindung',
        footer='Lieferant GmbH · Sitz Bielefeld · AG Bielefeld HRB 40217 · USt-IdNr. %s · Geschäftsführer: Klaus-Dieter Brinkmann' % ids.de_ust('12583947'))
    host = sy.m365_hosts(m, 'DEU')[0][1]
    bnd_mixed = kit.boundary(r, 'outlook_m365', host)
    bnd_alt = kit.boundary(r, 'outlook_m365', host)
    body_obj = Multipart('mixed', [
        Multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable'),
                                  text(html, 'html', 'utf-8', 'quoted-printable')], bnd_alt),
        attachment(letter, 'Mitteilung Bankverbindung Lieferant GmbH.pdf', 'application/pdf', 'outlook', r,
                   plus(m.date, -40))], bnd_mixed)
    hdrs, conn, tmx, dkb = sy.m365_transport(m, m.date, region='DEU', dkim_domain='lieferantgbmh.onmicrosoft.com',
                                            dkim_selector='selector1-lieferantgbmh-onmicrosoft-com', lang='de',
                                            tenant_domain='lieferant-gbmh.de', dmarc_result='none')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'lieferant-gbmh.de'),
                                         dkim=[('pass', 'lieferantgbmh.onmicrosoft.com', 'selector1-lieferantgbmh-onmicrosoft-com', 2048, dkb)],
                                         dmarc=('none', None, 'lieferant-gbmh.de')), body_obj)
    m.what = 'Reply in the real open-items thread with Lieferant GmbH, from look-alike lieferant-gbmh.de, announcing a new bank account and asking to pay three invoices (48.917,36 EUR) there; PDF "letter from the managing director".'
    m.why = 'Look-alike domain (gbmh vs gmbh) on a new M365 tenant (SPF pass, DKIM only onmicrosoft.com, no DMARC); quotes the genuine thread; new IBAN at a neobank; discourages phone verification; mobile number changed in signature.'
    m.fact('ibans', new_iban, old_iban)
    m.fact('phones', '+49 1521 7784093', '+49 521 93817-40', '+49 521 93817-0', '+49 511 5468 214')


# ---------------------------------------------------------------------------
@scenario('attack', '02-de-ceo-vertraulich-icloud.eml')
def a02(m):
    r = m.rng
    claudia = S('Hoffmann')
    m.frm = ('Thomas Wegener', 't.wegener.hv@icloud.com')
    m.to = [claudia]
    m.rcpt = [claudia[1]]
    m.mail_from = m.frm[1]
    m.subject = 'Vertraulich – kurze Rückmeldung'
    m.date = T(2026, 11, 6, 16, 42, 9)
    m.msgid = m.mid('apple', 'icloud.com')
    m.hdr_enc = 'Q'
    body = ('Hallo Claudia,\n\nbist du heute Nachmittag noch im Büro? Ich brauche dich kurzfristig für eine vertrauliche '
            'Angelegenheit.\n\nWir sind in der finalen Phase der Übernahme in Österreich (Projekt „Florian“), die Anwälte '
            'von Hofstätter Pichler sitzen gerade mit mir im Termin. Bis zur Unterzeichnung darf intern niemand davon '
            'wissen – bitte auch nicht mit Jana oder unserem Sparkassen-Betreuer darüber sprechen.\n\nSchick mir bitte '
            'deine aktuelle Handynummer, ich melde mich gleich per WhatsApp. Anrufen geht gerade nicht.\n\nDanke dir\n'
            'Thomas\n\nVon meinem iPhone gesendet\n')
    body_obj = text(body, 'plain', 'utf-8', 'quoted-printable', ctype_value='text/plain;\n\tcharset=utf-8')
    hdrs, conn, tmx, dkb = sy.icloud(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 3), auth(spf=('pass', 'icloud.com'), dkim=[('pass', 'icloud.com', '1a1hai', 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'icloud.com')), body_obj)
    m.what = 'CEO fraud opener: "Thomas Wegener" from an iCloud address asks the CFO for her mobile number to continue on WhatsApp about a secret acquisition ("Projekt Florian").'
    m.why = 'Free-mail address with the CEO\'s name, secrecy (not even colleagues or the bank), moves the conversation to WhatsApp, avoids calls; classic first stage of CEO fraud. All authentication passes (real iCloud).'


# ---------------------------------------------------------------------------
@scenario('attack', '03-de-sparkasse-pushtan-qr-pdf.eml')
def a03(m):
    r = m.rng
    claudia = S('Hoffmann')
    site = 'zahnarztpraxis-lindner.de'
    m.frm = ('Sparkasse Hannover | S-pushTAN', 'info@' + site)
    m.to = [claudia]
    m.rcpt = [claudia[1]]
    m.mail_from = 'info@' + site
    m.subject = 'Wichtig: Neuregistrierung S-pushTAN für Geschäftskunden bis 31.10.2026'
    m.date = T(2026, 10, 13, 10, 22, 41)
    m.msgid = m.mid('php', site)
    url = 'https://s-pushtan-registrierung.de/hannover/geschaeftskunden/?vid=8f3K2pQx7Lw'
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sparkasse</title></head>'
            '<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;">'
            '<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">'
            '<tr><td style="background:#ff0000;padding:18px 24px;color:#fff;font-size:22px;font-weight:bold">Sparkasse Hannover</td></tr>'
            '<tr><td style="padding:24px;font-size:14px;line-height:20px;color:#333">'
            '<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>'
            '<p>zum 01.11.2026 stellt die Sparkasse das S-pushTAN-Verfahren auf die neue, PSD3-konforme Version um. '
            'Für <b>Geschäftskunden</b> ist dafür eine einmalige Neuregistrierung des freigegebenen Endgeräts erforderlich.</p>'
            '<p>Aus Sicherheitsgründen erfolgt die Registrierung ausschließlich über Ihren persönlichen QR-Code. Diesen finden Sie '
            'im beigefügten Dokument. Bitte scannen Sie den Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen.</p>'
            '<p style="background:#fff3f3;border-left:4px solid #ff0000;padding:10px">Erfolgt die Registrierung nicht bis zum '
            '<b>31.10.2026</b>, wird der Zugang zum Online-Banking für Ihre Firmenkonten vorübergehend eingeschränkt.</p>'
            '<p>Mit freundlichen Grüßen<br>Ihre Sparkasse Hannover<br>Firmenkundenservice</p></td></tr>'
            '<tr><td style="padding:14px 24px;font-size:11px;color:#888;border-top:1px solid #e5e5e5">Sparkasse Hannover · '
            'Raschplatz 4 · 30161 Hannover · Diese E-Mail wurde automatisch erstellt.</td></tr>'
            '</table></td></tr></table></body></html>')
    plain = ('Sehr geehrte Kundin, sehr geehrter Kunde,\n\nzum 01.11.2026 stellt die Sparkasse das S-pushTAN-Verfahren auf die '
             'neue, PSD3-konforme Version um. Für Geschäftskunden ist dafür eine einmalige Neuregistrierung des freigegebenen '
             'Endgeräts erforderlich.\n\nAus Sicherheitsgründen erfolgt die Registrierung ausschließlich über Ihren persönlichen '
             'QR-Code im beigefügten Dokument.\n\nErfolgt die Registrierung nicht bis zum 31.10.2026, wird der Zugang zum '
             'Online-Banking für Ihre Firmenkonten vorübergehend eingeschränkt.\n\nMit freundlichen Grüßen\nIhre Sparkasse Hannover\n')
    pdfdata = kit.letter_pdf(
        ['Sparkasse Hannover', 'Firmenkundenservice · Raschplatz 4 · 30161 Hannover'],
        ['Example Brandschutztechnik GmbH', 'z. Hd. Geschäftsführung / Finanzbuchhaltung', 'Vahrenwalder Straße 269', '30179 Hannover'],
        'Hannover, 12.10.2026',
        'S-pushTAN: Neuregistrierung Ihres Endgeräts (Geschäftskunden)',
        ['Sehr geehrte Kundin, sehr geehrter Kunde,',
         'mit der Umstellung auf die neue S-pushTAN-Version ist eine erneute Registrierung Ihres Endgeräts notwendig. '
         'Bitte führen Sie die Registrierung bis spätestens 31.10.2026 durch.',
         '1. Öffnen Sie die Kamera Ihres Smartphones.',
         '2. Scannen Sie den untenstehenden QR-Code.',
         '3. Melden Sie sich mit Ihrem Anmeldenamen und Ihrer PIN an und bestätigen Sie die Registrierung.',
         'Ihr persönlicher Registrierungscode ist 14 Tage gültig. Geben Sie diesen Brief nicht an Dritte weiter.'],
        'Mit freundlichen Grüßen\nIhre Sparkasse Hannover',
        qr_payload=url, qr_caption='Persönlicher Registrierungscode – bitte mit dem Smartphone scannen.',
        creator='Canva', producer='Canva', pdfdate="D:20261012184411+00'00'", accent=(1.0, 0.0, 0.0),
        footer='Sparkasse Hannover · Anstalt des öffentlichen Rechts · Sitz Hannover · Amtsgericht Hannover HRA 26947')
    bnd = kit.boundary(r, 'php')
    bnd2 = kit.boundary(r, 'php')
    body_obj = Multipart('mixed', [
        Multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable', ctype_value='text/plain; charset=utf-8'),
                                  text(html, 'html', 'utf-8', 'quoted-printable', ctype_value='text/html; charset=utf-8')], bnd2),
        attachment(pdfdata, 'S-pushTAN_Registrierung_Geschaeftskunden.pdf', 'application/pdf', 'php', r)],
        bnd, preamble='This is a multi-part message in MIME format.', quote_boundary=False)
    hdrs, conn, tmx, dkb = sy.exim_cpanel(m, m.date, 's134.goserver.host', '192.0.2.134', site, 'info@' + site, php=True,
                                          auth_user='zahnarz1', dkim=site)
    m.finish(hdrs, conn, plus(tmx, 4), auth(spf=('pass', site), dkim=[('pass', site, 'default', 2048, dkb)],
                                         dmarc=('pass', 'none', site)), body_obj)
    m.qr_expect = [url]
    m.fact('urls', url)
    m.what = 'Quishing: "Sparkasse Hannover" asks business customers to re-register S-pushTAN via a personal QR code in a PDF, with account restriction threat.'
    m.why = 'Sent by PHPMailer from a compromised dentist\'s website (auth passes for that domain, display name only says Sparkasse); the only link is a QR code in the PDF pointing to s-pushtan-registrierung.de; deadline pressure. Sparkassen never ask for registration by QR letter via e-mail.'


# ---------------------------------------------------------------------------
@scenario('attack', '04-de-lieferant-hijack-dokumentlink.eml')
def a04(m):
    r = m.rng
    frank = S('Lüdtke')
    maier = ('Stefan Maier', 's.maier@lieferant-gmbh.de')
    m.frm = maier
    m.to = [frank]
    m.rcpt = [frank[1]]
    m.mail_from = maier[1]
    m.subject = 'AW: Bestellung 4500018834 - CO2-Löscher 5 kg / Sprinklerköpfe K80'
    t0 = T(2026, 10, 28, 9, 14)
    m.date = T(2026, 11, 3, 7, 51, 36)
    mid0 = '3f9c0b7e12d84d6aa4c1e55f0b7d2291@EXCH01.corp.example.com'
    m.irt = mid0
    m.refs = [mid0]
    m.msgid = m.mid('exchange', 'lieferant-gmbh.de').replace('@', '.') + '@lieferant-gmbh.de' if False else '%s@lieferant-gmbh.de' % r.alnum(22, '0123456789')
    m.msgid = '%d.%d.%d@lieferant-gmbh.de' % (r.randrange(10 ** 17, 10 ** 18), r.randrange(1000, 9999), r.randrange(10 ** 8, 10 ** 9))
    url = 'https://lieferant-gmbh-docs.sp-share.workers.dev/AB_4500018834_rev2?rid=ZnJhbmsubHVlZHRrZUBleGFtcGxlLmNvbQ'
    orig = ('Hallo Herr Maier,\n\nanbei unsere Bestellung 4500018834:\n\n- 120 St. CO2-Feuerlöscher 5 kg (34B), Art. 4711-05\n'
            '- 800 St. Sprinklerkopf K80, 68 °C, stehend, verchromt, Art. 6620-80\n- 40 St. Sprinklerschlüssel\n\n'
            'Bitte um Auftragsbestätigung mit Liefertermin. Die Sprinklerköpfe werden für das Projekt Peine spätestens KW 46 benötigt.\n\n'
            'Mit freundlichen Grüßen\nFrank Lüdtke\nEinkauf\nExample Brandschutztechnik GmbH\nTel. +49 511 5468 231')
    body = ('Hallo Herr Lüdtke,\n\nanbei wie besprochen die überarbeitete Auftragsbestätigung zu Ihrer Bestellung 4500018834 '
            'inkl. der neuen Liefertermine für die Sprinklerköpfe (Teillieferung KW 45, Rest KW 47).\n\n'
            'Die Datei ist für den E-Mail-Versand zu groß, ich habe sie Ihnen deshalb über unseren Dokumentenserver freigegeben:\n\n'
            '[AB_4500018834_rev2.pdf (2,4 MB)](%s)\n\n'
            'Bitte kurz prüfen und bis morgen 12 Uhr freigeben, sonst können wir die Teillieferung KW 45 nicht mehr einplanen.\n\n'
            'Mit freundlichen Grüßen\n\nStefan Maier\nVertrieb Innendienst\nLieferant GmbH · Eckendorfer Straße 91 · 33609 Bielefeld\n'
            'Tel. +49 521 93817-22 · s.maier@lieferant-gmbh.de\n') % url
    q = kit.quote_outlook('de', frank, t0, [maier], 'Bestellung 4500018834 - CO2-Löscher 5 kg / Sprinklerköpfe K80', orig)
    plain = kit.to_plain(body, 'gmail') + '\n' + q + '\n'
    html = ('<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
            + kit._inline_html(body).replace('\n', '<br>\n')
            + '<br><hr>' + kit._inline_html(q).replace('\n', '<br>\n') + '</div></body></html>\n')
    bnd = kit.boundary(r, 'python')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable', ctype_value='text/plain; charset="utf-8"'),
                                         text(html, 'html', 'utf-8', 'quoted-printable', ctype_value='text/html; charset="utf-8"')], bnd)
    attacker_ip = '185.213.154.35'
    t1 = plus(m.date, 1)
    sig, dkb = sy.dkim_sig(r, 'lieferant-gmbh.de', 'lgm2025', 'From:To:Subject:Date:Message-ID:In-Reply-To:References:\n\t Content-Type:MIME-Version', t=t1)
    pre = [sig, sy.rcv_postfix('[127.0.0.1]', 'unknown', attacker_ip, 'mail.lieferant-gmbh.de', r.postfix_qid(), t1,
                               frank[1], sy.TLS13, proto='ESMTPSA')]
    hdrs = sy.compose(m, pre, 'generic')
    m.finish(hdrs, ('mail.lieferant-gmbh.de', 'mail.lieferant-gmbh.de', '203.0.113.25'), plus(m.date, 4),
             auth(spf=('pass', 'lieferant-gmbh.de'), dkim=[('pass', 'lieferant-gmbh.de', 'lgm2025', 2048, dkb)],
                  dmarc=('pass', 'quarantine', 'lieferant-gmbh.de')), body_obj)
    m.fact('urls', url)
    m.fact('phones', '+49 521 93817-22', '+49 511 5468 231')
    m.what = 'Reply from the real (compromised) mailbox of Stefan Maier in a genuine order thread: "revised order confirmation" offered as a download link with a deadline.'
    m.why = 'Thread hijack: real domain, DKIM/SPF/DMARC pass, but submitted with SMTP AUTH from a VPS (185.213.154.35, HELO [127.0.0.1]) by a script (Python boundary, no Outlook headers, unlike all real Lieferant mail); link to a Cloudflare workers.dev page posing as a document server, recipient address base64-encoded in the URL (AiTM credential phishing).'


# ---------------------------------------------------------------------------
def docusign_mail(m, sender_name, sender_email, doc_name, message, lang='de', envelope=None, accent='#ffc820'):
    """Body of a DocuSign 'please sign' e-mail (EU account)."""
    r = m.rng
    env = envelope or r.uuid()
    acct = r.uuid()
    er = r.uuid()
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, acct, er)
    code = r.hex(32, True)
    if lang == 'de':
        t = dict(intro='%s hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.' % sender_name,
                 btn='DOKUMENT ÜBERPRÜFEN', note='Bitte lesen und unterzeichnen Sie das Dokument.',
                 warn='Geben Sie diese E-Mail nicht weiter',
                 warn2=('Diese E-Mail enthält einen sicheren Link zu Docusign. Geben Sie diese E-Mail, den Link oder den '
                        'Zugangscode nicht an andere Personen weiter.'),
                 alt='Alternative Signaturmethode',
                 alt2=('Besuchen Sie Docusign.com, klicken Sie auf "Dokumente aufrufen" und geben Sie den folgenden '
                       'Sicherheitscode ein: %s' % code),
                 about='Über Docusign',
                 about2=('Unterzeichnen Sie Dokumente elektronisch in nur wenigen Minuten. Die Lösung ist sicher. Ganz egal, '
                         'ob Sie sich im Büro, zu Hause, unterwegs oder sogar in einem anderen Land befinden – Docusign '
                         'bietet eine vertrauenswürdige Lösung für das digitale Transaktionsmanagement.'),
                 q='Fragen zum Dokument?',
                 q2=('Wenn Sie das Dokument ändern müssen oder Fragen zu den Einzelheiten haben, wenden Sie sich bitte direkt '
                     'an den Absender.'))
    else:
        t = dict(intro='%s sent you a document to review and sign.' % sender_name, btn='REVIEW DOCUMENT',
                 note='Please review and sign the document.', warn='Do Not Share This Email',
                 warn2='This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.',
                 alt='Alternate Signing Method',
                 alt2='Visit Docusign.com, click \'Access Documents\', and enter the security code: %s' % code,
                 about='About Docusign',
                 about2=('Sign documents electronically in just minutes. It\'s safe, secure, and legally binding. Whether '
                         'you\'re in an office, at home, on-the-go -- or even across the globe -- Docusign provides a '
                         'professional trusted solution for Digital Transaction Management™.'),
                 q='Questions about the Document?',
                 q2='If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.')
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="padding:0;margin:0;background-color:#ffffff">'
            '<div style="background-color:#eaeaea;padding:2%;font-family:Helvetica,Arial,Sans Serif">'
            '<table role="presentation" border="0" cellspacing="0" cellpadding="0" align="center" width="100%" dir="">'
            '<tr><td></td><td width="640"><table role="presentation" style="border-collapse:collapse;background-color:#ffffff;max-width:640px">'
            '<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" style="border:none" width="116" height="34"></td></tr>'
            '<tr><td style="padding:0px 24px 30px 24px"><table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%" align="center" style="background-color:#1e4ca1;color:#ffffff">'
            '<tr><td align="center" style="padding:28px 36px 36px 36px;border-radius:2px;background-color:#1e4ca1;color:#ffffff;font-size:16px;font-family:Helvetica,Arial,Sans Serif;width:100%;text-align:center">'
            '<img width="75" height="75" src="https://eu.docusign.net/member/Images/email/docInvite-white.png" style="width:75px;height:75px" alt="">'
            '<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td align="center" style="padding-top:24px;font-size:16px;font-family:Helvetica,Arial,Sans Serif;border:none;text-align:center;color:#ffffff">'
            + kit._html.escape(t['intro']) +
            '</td></tr></table><table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td align="center" style="padding-top:30px">'
            '<div><table cellspacing="0" cellpadding="0"><tr><td align="center" height="44" style="font-size:15px;color:#333333;background-color:' + accent + ';font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;background-color:' + accent + ';display:block">'
            '<a href="' + link.replace('&', '&amp;') + '" style="font-size:15px;color:#333333;background-color:' + accent + ';font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;display:inline-block" target="_blank"><span style="padding:0px 24px;line-height:44px">'
            + t['btn'] + '</span></a></td></tr></table></div></td></tr></table></td></tr></table></td></tr>'
            '<tr><td style="padding:0px 24px 24px 24px;color:#000000;font-size:16px;font-family:Helvetica,Arial,Sans Serif;background-color:white">'
            '<table role="presentation" border="0" cellspacing="0" cellpadding="0"><tr><td style="padding-bottom:20px"><div style="font-family:Helvetica,Arial,Sans Serif;font-weight:bold;line-height:18px;font-size:15px;color:#333333">'
            + kit._html.escape(sender_name) + '</div><div style="font-family:Helvetica,Arial,Sans Serif;line-height:18px;font-size:15px;color:#666666">'
            '<a href="mailto:' + sender_email + '" style="color:#666666;text-decoration:none">' + sender_email + '</a></div></td></tr></table>'
            '<span style="font-size:15px;color:#333333;font-family:Helvetica,Arial,Sans Serif;line-height:20px">'
            + kit._html.escape(message).replace('\n', '<br>') + '<br></span><br></td></tr>'
            '<tr><td style="padding:0px 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,Sans Serif;font-size:11px;color:#666666"></td></tr></table></td><td></td></tr>'
            '<tr><td></td><td width="640" style="padding:24px;background-color:#eaeaea;font-size:13px;color:#666666;font-family:Helvetica,Arial,Sans Serif">'
            '<p style="margin-bottom:1em"><b role="heading" aria-level="3">' + t['warn'] + '</b><br>' + kit._html.escape(t['warn2']) + '<br></p>'
            '<p style="margin-bottom:1em"><b role="heading" aria-level="3">' + t['alt'] + '</b><br>' + kit._html.escape(t['alt2']) + ' </p>'
            '<p style="margin-bottom:1em"><b role="heading" aria-level="3">' + t['about'] + '</b><br>' + kit._html.escape(t['about2']) + '</p>'
            '<p style="margin-bottom:1em"><b role="heading" aria-level="3">' + t['q'] + '</b><br>' + kit._html.escape(t['q2']) + '<br><br>'
            'Stop receiving this email<br><a href="https://protect.docusign.net/report-abuse?e=' + r.alnum(120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') + '" style="color:#2463d1">Report this email</a> or read more about '
            '<a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463d1">Declining to sign</a> and '
            '<a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463d1">Managing notifications</a>.<br><br>'
            'If you have trouble signing, visit "<a href="https://support.docusign.com/s/articles/How-do-I-sign-a-DocuSign-document-Basic-Signing" style="color:#2463d1">How to Sign a Document</a>" on our <a href="https://support.docusign.com/" style="color:#2463d1">Docusign Support Center</a>, or browse our <a href="https://community.docusign.com/signing-7" style="color:#2463d1">Docusign Community</a> for more information.<br><br></p>'
            '<p style="margin-bottom:1em"><a href="https://itunes.apple.com/us/app/docusign-upload-sign-docs/id474990205?mt=8" style="color:#2463d1"><img src="https://eu.docusign.net/Member/Images/email/icon-DownloadApp-18x18@2x.png" width="18" height="18" style="margin-right:7px;border:none;vertical-align:middle">Download the Docusign App</a></p>'
            '<p style="margin-bottom:1em;font-size:11px;color:#666666">This message was sent to you by ' + kit._html.escape(sender_name) + ' who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.</p>'
            '</td><td></td></tr></table></div></body></html>\n')
    plain = ('%s\n\n%s\n\n%s\n%s\n\n%s\n\n%s\n\n%s\n%s\n\n%s\n%s\n\n%s\n%s\n\n%s\n%s\n\n'
             'This message was sent to you by %s who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.\n'
             % (t['intro'], t['btn'] + ': ' + link, sender_name, sender_email, message, t['note'], t['warn'], t['warn2'],
                t['alt'], t['alt2'], t['about'], t['about2'], t['q'], t['q2'], sender_name))
    return plain, html, link


def docusign_transport(m, t, reply_to=None):
    r = m.rng
    n = r.choice([1, 2, 3])
    host = 'mailout%d.eumail.docusign.net' % n
    ip = '185.81.100.%d' % (40 + n)
    inner = 'fra%ddsapp%03d' % (r.randrange(1, 3), r.randrange(1, 80))
    sig, b = sy.dkim_sig(r, 'eumail.docusign.net', 'mail', 'To:From:Reply-To:Subject:Date:Message-ID:Content-Type:MIME-Version', t=t)
    pre = [sig,
           sy.rcv('from %s ([10.150.%d.%d]) by %s with Microsoft SMTP Server id 14.3.487.0;\n %s' % (
               inner, r.randrange(0, 40), r.randrange(2, 250), host.split('.')[0].upper(), mime.rfcdate(t, 'UTC')))]
    m.msgid = m.msgid or '%s@%s' % (r.hex(32), inner)
    H = pre + sy.client_headers(m, 'generic')
    H.append(('X-DocuSign-Envelope-Id', m._env if hasattr(m, '_env') else r.uuid()))
    H.append(('X-Api-Host', inner))
    H.append(('X-Sender', 'dse@eumail.docusign.net'))
    return H, (host, host, ip), plus(t, 2), b


@scenario('attack', '05-de-docusign-missbraucht-rahmenvertrag.eml')
def a05(m):
    r = m.rng
    kai = S('Janßen')
    sender_name = 'Nordstadt Logistikpark Einkauf'
    sender_email = 'einkauf.nordstadt.logistikpark@gmail.com'
    m.frm = ('%s via Docusign' % sender_name, 'dse@eumail.docusign.net')
    m.reply_to = (sender_name, sender_email)
    m.to = [kai]
    m.rcpt = [kai[1]]
    m.mail_from = 'bounces+%s@eumail.docusign.net' % r.hex(16)
    m.subject = 'Bitte mit Docusign unterzeichnen: Rahmenvertrag_Wartung_2027_Example_Brandschutztechnik.pdf'
    m.date = T(2026, 11, 10, 14, 3, 55)
    m.date_zone = 'UTC'
    message = ('Sehr geehrter Herr Janßen,\n\nanbei der überarbeitete Rahmenvertrag Wartung Sprinkler/BMA 2027 für die Hallen A–C '
               'zur Unterschrift. Die Änderungen in §4 (Reaktionszeiten) und Anlage 2 (Preisblatt) sind markiert.\n\n'
               'Bitte bis Freitag zeichnen, damit wir die Bestellung im System anlegen können.\n\nMit freundlichen Grüßen\nEinkauf / Facility Management')
    plain, html, link = docusign_mail(m, sender_name, sender_email, 'Rahmenvertrag', message, 'de')
    bnd = kit.boundary(r, 'docusign')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable', ctype_value='text/plain; charset="utf-8"'),
                                         text(html, 'html', 'utf-8', 'quoted-printable', ctype_value='text/html; charset="utf-8"')], bnd)
    hdrs, conn, tmx, dkb = docusign_transport(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', 'eumail.docusign.net'), dkim=[('pass', 'eumail.docusign.net', 'mail', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'eumail.docusign.net')), body_obj)
    m.fact('urls', link)
    m.fact('other', 'Docusign sender account: ' + sender_email)
    m.what = 'Genuine DocuSign envelope notification, but the envelope was created by a free Gmail account posing as the customer Nordstadt Logistikpark ("Rahmenvertrag Wartung 2027").'
    m.why = 'Platform abuse: the mail is DocuSign\'s own (all auth passes, link is eu.docusign.net), yet the sender account is einkauf.nordstadt.logistikpark@gmail.com instead of the customer\'s domain (compare business/04); the "contract" in the envelope leads to a credential page. Reply-To goes to the Gmail account.'


# ---------------------------------------------------------------------------
@scenario('attack', '06-de-callback-m365-rechnung.eml')
def a06(m):
    r = m.rng
    mel = S('Schröder')
    acct = 'rechnungsabteilung.ms365.de@gmail.com'
    m.frm = ('Microsoft 365 Abrechnung', acct)
    m.to = [(None, acct)]
    m.rcpt = [mel[1]]
    m.mail_from = acct
    m.subject = 'Ihre Bestellung wurde verarbeitet – Rechnung MS-DE-4471982'
    m.date = T(2026, 10, 27, 8, 12, 30)
    m.msgid = m.mid('gmail')
    phone = '+49 800 589 3361'
    body = ('Sehr geehrter Kunde,\n\nvielen Dank für Ihre Bestellung. Ihr Abonnement „Microsoft 365 Business Premium“ '
            '(25 Benutzer, 12 Monate) wurde automatisch verlängert und Ihrem hinterlegten Zahlungsmittel belastet.\n\n'
            'Rechnungsbetrag: 599,88 EUR\nBestellnummer: MS-DE-4471982\n\nDie Rechnung finden Sie im Anhang.\n\n'
            'Sie haben diese Verlängerung nicht veranlasst? Dann rufen Sie innerhalb von 24 Stunden unsere Abrechnungsabteilung an, '
            'damit wir die Abbuchung stornieren und den Betrag erstatten können:\n\n%s (kostenfrei, Mo–Fr 8–20 Uhr)\n\n'
            'Mit freundlichen Grüßen\nIhr Microsoft 365 Abrechnungsteam\n') % phone
    html = kit.gmail_html(body)
    inv, _ = kit.invoice_pdf('de', ['Microsoft 365 Abrechnung', 'Abonnementverwaltung · Kundenservice %s' % phone, 'Bestell-Nr. MS-DE-4471982'],
                             ['Example Brandschutztechnik GmbH', 'Vahrenwalder Straße 269', '30179 Hannover'],
                             'MS-DE-4471982', '27.10.2026',
                             [('Microsoft 365 Business Premium – Jahresabonnement, 25 Benutzer, automatische Verlängerung', 1, 504.10)],
                             'EUR', 19, ['Die Zahlung wurde bereits von Ihrem hinterlegten Zahlungsmittel eingezogen.'],
                             meta_lines=['Zahlungsstatus|BEZAHLT'],
                             notes=['Nicht von Ihnen bestellt? Rufen Sie innerhalb von 24 Stunden an: %s – nach Ablauf der Frist ist '
                                    'keine Erstattung mehr möglich.' % phone],
                             creator='Microsoft Word', producer='www.ilovepdf.com', pdfdate="D:20261026221544+05'30'",
                             logo_color=(0.0, 0.47, 0.84))
    bnd_m = kit.boundary(r, 'gmail')
    bnd_a = kit.boundary(r, 'gmail')
    body_obj = Multipart('mixed', [
        Multipart('alternative', [text(body, 'plain', 'UTF-8', 'quoted-printable', ctype_value='text/plain; charset="UTF-8"'),
                                  text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset="UTF-8"')], bnd_a),
        attachment(inv, 'Rechnung_MS-DE-4471982.pdf', 'application/pdf', 'gmail', r)], bnd_m)
    hdrs, conn, tmx, dkb = sy.google(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', 'gmail.com'), dkim=[('pass', 'gmail.com', '20230601', 2048, dkb)],
                                         dmarc=('pass', 'none', 'gmail.com')), body_obj)
    m.fact('phones', phone)
    m.what = 'Callback phishing: fake Microsoft 365 renewal invoice (599,88 EUR) from a Gmail address, "call within 24 hours to cancel".'
    m.why = 'No link at all – the lure is a phone number (TOAD); Gmail sender with Microsoft branding, recipient in BCC (To: is the sender), PDF made with iLovePDF; real Microsoft invoices come from microsoft.com and are not paid by "stored payment method" for this tenant.'


# ---------------------------------------------------------------------------
@scenario('attack', '07-de-registerportal-girocode.eml')
def a07(m):
    r = m.rng
    jana = S('Köhler')
    dom = 'dhgr-register.de'
    m.frm = ('DHGR Registerservice', 'bekanntmachung@' + dom)
    m.to = [jana]
    m.rcpt = [jana[1]]
    m.mail_from = 'bounce-%s@%s' % (r.hex(10), 'sib.' + dom)
    m.subject = 'Eintragung HRB 218734 – Veröffentlichung Ihrer Unternehmensdaten (Az. DHGR-2026-218734)'
    m.date = T(2026, 11, 17, 6, 30, 12)
    m.date_zone = 'UTC'
    m.msgid = '%s@smtp-relay.mailin.fr' % r.uuid()
    iban = ids.make_iban('BG', 'UNCR' + '7000' + '15' + '24367218')
    amount = 489.30
    epc = ids.epc_qr('UNCRBGSF', 'DHGR Registerservice', iban, amount, 'DHGR-2026-218734 HRB 218734')
    body = ('Sehr geehrte Damen und Herren,\n\nzu der unter HRB 218734 beim Amtsgericht Hannover eingetragenen '
            'Example Brandschutztechnik GmbH liegt uns die Veröffentlichung Ihrer Unternehmensdaten zur Aufnahme in das '
            'Register deutscher Handels- und Gewerbebetriebe vor.\n\nDie Eintragungsofferte mit dem Aktenzeichen '
            'DHGR-2026-218734 finden Sie im Anhang. Für eine fristgerechte Bearbeitung bitten wir um Ausgleich bis zum 27.11.2026 – '
            'bequem per Überweisung oder durch Scannen des GiroCodes mit Ihrer Banking-App.\n\nMit freundlichen Grüßen\n'
            'DHGR Registerservice\nAbteilung Bekanntmachungen\n')
    html = kit.simple_html(body, 'Arial, sans-serif', '13px')
    pdfdata, _ = kit.invoice_pdf(
        'de', ['DHGR Deutsches Handels- und Gewerberegister', 'Registerservice · Abteilung Bekanntmachungen',
               'Postfach 10 12 44 · 10559 Berlin', 'www.dhgr-register.de'],
        ['Example Brandschutztechnik GmbH', 'Vahrenwalder Straße 269', '30179 Hannover', 'HRB 218734 (AG Hannover)'],
        'DHGR-2026-218734', '16.11.2026',
        [('Eintragung und Veröffentlichung der Unternehmensdaten im DHGR-Register (Laufzeit 12 Monate, Grundeintrag)', 1, 411.18)],
        'EUR', 19, ['Empfänger: DHGR Registerservice', 'IBAN: %s' % ids.fmt_iban(iban), 'BIC: UNCRBGSF',
                    'Verwendungszweck: DHGR-2026-218734 HRB 218734'],
        meta_lines=['Aktenzeichen|DHGR-2026-218734', 'Zahlbar bis|27.11.2026'],
        notes=['Eintragungsofferte. Mit Zahlung des Betrages nehmen Sie dieses Angebot zur Eintragung in das private Register '
               'des DHGR an. Es handelt sich nicht um eine Rechnung eines Amtsgerichts oder um eine amtliche Bekanntmachung. '
               'Das Vertragsverhältnis verlängert sich um jeweils 12 Monate, sofern es nicht 3 Monate vor Ablauf gekündigt wird.'],
        qr_payload=epc, qr_caption='GiroCode – mit Banking-App scannen',
        creator='DHGR Fakturierung', producer='TCPDF 6.7.5 (http://www.tcpdf.org)', pdfdate="D:20261116201801+01'00'",
        title='Eintragungsofferte', logo_color=(0.0, 0.2, 0.45), extra_footer='DHGR Registerservice · Berlin · kein amtliches Register')
    bnd_m = kit.boundary(r, 'generic')
    bnd_a = kit.boundary(r, 'generic')
    body_obj = Multipart('mixed', [
        Multipart('alternative', [text(body, 'plain', 'utf-8', 'quoted-printable'), text(html, 'html', 'utf-8', 'quoted-printable')], bnd_a),
        attachment(pdfdata, 'Eintragungsofferte_DHGR-2026-218734.pdf', 'application/pdf', 'generic', r)], bnd_m)
    hdrs, conn, tmx, bees = sy.brevo(m, m.date, dom)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'sib.' + dom),
                                         dkim=[('pass', dom, 'brevo1', 2048, bees[1][1]), ('pass', 'sendinblue.com', 'mail', 1024, bees[0][1])],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.qr_expect = [epc]
    m.fact('ibans', iban)
    m.fact('urls', 'www.dhgr-register.de')
    m.fact('other', 'EPC amount EUR 489.30, BIC UNCRBGSF')
    m.what = 'Register scam: "DHGR Deutsches Handels- und Gewerberegister" sends an invoice-like "Eintragungsofferte" for HRB 218734 with a GiroCode (EPC QR) to pay 489,30 EUR to a Bulgarian IBAN.'
    m.why = 'Private "register" imitating the Handelsregister using public HRB data; looks like a bill but the small print says it is an offer with automatic renewal; payee account abroad; sent via Brevo from a newly registered domain.'


# ---------------------------------------------------------------------------
@scenario('attack', '08-de-gehaltskonto-aenderung-gmx.eml')
def a08(m):
    r = m.rng
    sabine = S('Wünsche')
    m.frm = ('Marco Petersen', 'm.petersen.privat@gmx.de')
    m.to = [sabine]
    m.rcpt = [sabine[1]]
    m.mail_from = m.frm[1]
    m.subject = 'Änderung Bankverbindung Gehalt'
    m.date = T(2026, 11, 12, 19, 4, 51)
    m.hdr_charset, m.hdr_enc = 'UTF-8', 'Q'
    iban = ids.make_iban('DE', '50024024' + '8841602375')
    body = ('Hallo Frau Wünsche,\n\nich habe mein Gehaltskonto gewechselt (meine alte Bank hat die Kontoführungsgebühren '
            'verdoppelt). Können Sie das bitte schon für die November-Abrechnung ändern?\n\nNeue Bankverbindung:\n'
            'Kontoinhaber: Marco Petersen\nIBAN: %s\nBank: C24 Bank\n\nIch bin die ganze Woche auf Montage in Hamburg '
            '(Lagerhalle Billbrook) und komme nicht an den Dienstlaptop, deshalb schreibe ich von meiner privaten Adresse. '
            'Geben Sie mir bitte kurz Bescheid, wenn es geändert ist.\n\nDanke und viele Grüße\nMarco Petersen\n') % ids.fmt_iban(iban)
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
            + '</div>\n<div>'.join(kit._html.escape(l) if l else '&nbsp;' for l in body.rstrip('\n').split('\n'))
            + '</div></div></body></html>\n')
    body_obj = text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset=UTF-8')
    hdrs, conn, tmx, dkb, dom, sel = sy.gmx(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'gmx.de'), dkim=[('pass', dom, sel, 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'gmx.de')), body_obj)
    m.fact('ibans', iban)
    m.what = 'Payroll diversion: "Marco Petersen" (service technician) asks HR from a GMX address to pay his November salary to a new account at C24 Bank.'
    m.why = 'Look-alike private address (m.petersen.privat@gmx.de – the technician\'s real private mail is marco.petersen@web.de, see business/05), bank change requested by e-mail only, excuse why the company channel is not used, asks for confirmation; classic payroll diversion.'
