"""attack/17-21: Italian-language attacks."""
import html as _h

from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text, rfc822_part
from lib.registry import scenario

FERRETTI_SIG = ('Chiara Colombo\nUfficio Traffico / Customer Service\nFerretti Trasporti S.p.A.\n'
                'Via Sommacampagna 63 – 37137 Verona\nTel. +39 045 861 2240 – Fax +39 045 861 2299\nwww.ferretti-trasporti.it')


# ---------------------------------------------------------------------------
@scenario('attack', '17-it-ferretti-hijack-cambio-iban.eml')
def a17(m):
    r = m.rng
    luca = S('Bernardi')
    chiara = ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')
    amm = ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it')
    m.frm = chiara
    m.to = [luca]
    m.rcpt = [luca[1]]
    m.mail_from = chiara[1]
    m.subject = 'R: Fatture trasporto settembre - FT 2026/01874 e 2026/01911'
    t0 = T(2026, 10, 27, 10, 5)
    m.date = T(2026, 10, 29, 21, 47, 26)
    m.date_zone = 'UTC'
    m.accept_language, m.content_language = 'it-IT, en-US', 'it-IT'
    mid0 = '7c2e91a4b0f34d6e8d05a1c3f2b9e470@EXCH02.corp.example.com'
    m.irt, m.refs = mid0, [mid0]
    m.thread_parts, m.thread_start = 1, t0
    new_iban = ids.make_iban('IT', ids.it_bban('03268', '01600', '052874310920'))
    orig = ('Buongiorno Chiara,\n\nabbiamo ricevuto le fatture FT 2026/01874 (EUR 6.412,00) e FT 2026/01911 (EUR 3.987,50) per i '
            'trasporti di settembre. Sono in pagamento con la distinta del 05/11.\n\nCordiali saluti\nLuca Bernardi\n'
            'Contabilità – Example Antincendio S.r.l.\nVia Stefanardo da Vimercate 28 – 20128 Milano')
    body = ('Buonasera Luca,\n\ngrazie per la conferma.\n\nVi informiamo che, a seguito della verifica fiscale in corso, il nostro '
            'conto presso Banco BPM è temporaneamente vincolato e non può ricevere accrediti fino a fine anno. Vi chiediamo '
            'pertanto di effettuare il pagamento delle due fatture (totale EUR 10.399,50), e dei prossimi, sul seguente conto:\n\n'
            'Intestatario: Ferretti Trasporti S.p.A.\nBanca Sella – filiale di Verona\nIBAN: %s\n\n'
            'In allegato la comunicazione ufficiale firmata dalla nostra amministrazione. Vi preghiamo di non utilizzare più le '
            'vecchie coordinate e di confermarci via e-mail l\'avvenuta modifica in anagrafica.\n\nPer qualsiasi chiarimento '
            'rispondete pure a questa mail, in questi giorni sono spesso fuori ufficio.\n\nCordiali saluti\n\n%s\n') % (
        ids.fmt_iban(new_iban), FERRETTI_SIG)
    q = kit.quote_outlook('it', luca, t0, [chiara], 'Fatture trasporto settembre - FT 2026/01874 e 2026/01911', orig)
    plain = body + '\n' + '_' * 32 + '\n' + q + '\n'
    html = kit.owa_html(body + '<<Q>>\n' + q, charset='windows-1252', quote_split='<<Q>>\n', lang='it')
    letter = kit.letter_pdf(
        ['Ferretti Trasporti S.p.A.', 'Autotrasporti nazionali e internazionali',
         'Via Sommacampagna 63 – 37137 Verona – P.IVA IT%s' % ids.it_piva('0384127' + '023')],
        ['Spett.le', 'Example Antincendio S.r.l.', 'Via Stefanardo da Vimercate 28', '20128 Milano (MI)'],
        'Verona, 29/10/2026', 'Oggetto: comunicazione variazione coordinate bancarie',
        ['Spettabile cliente,',
         'con la presente vi comunichiamo che, con decorrenza immediata, tutti i pagamenti a nostro favore dovranno essere '
         'effettuati esclusivamente sul seguente conto corrente:',
         '  Banca Sella S.p.A. – filiale di Verona',
         '  IBAN: %s' % ids.fmt_iban(new_iban),
         'Le precedenti coordinate bancarie non sono più valide. Restiamo a disposizione per ogni chiarimento.'],
        'Distinti saluti\n\nFerretti Trasporti S.p.A.\nL\'Amministrazione',
        creator='Microsoft® Word per Microsoft 365', producer='Microsoft® Word per Microsoft 365',
        pdfdate="D:20261029213944+01'00'", accent=(0.0, 0.32, 0.6))
    region = 'EUR'
    host = sy.m365_hosts(m, region)[0][1]
    bnd_m, bnd_a = kit.boundary(r, 'outlook_m365', host), kit.boundary(r, 'outlook_m365', host)
    m.has_attach = True
    body_obj = Multipart('mixed', [
        Multipart('alternative', [text(plain, 'plain', 'windows-1252', 'quoted-printable'),
                                  text(html, 'html', 'windows-1252', 'quoted-printable')], bnd_a),
        attachment(letter, 'Comunicazione variazione coordinate bancarie.pdf', 'application/pdf', 'outlook', r, plus(m.date, -120))], bnd_m)
    hdrs, conn, tmx, dkb = sy.m365_transport(m, m.date, region=region, lang='it', dkim_selector='selector2',
                                            tenant_id='3a8f0e52-7b1d-4c39-9e6a-0d4b2f81c7e5')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'ferretti-trasporti.it'),
                                         dkim=[('pass', 'ferretti-trasporti.it', 'selector2', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'ferretti-trasporti.it')), body_obj)
    m.fact('ibans', new_iban)
    m.fact('phones', '+39 045 861 2240', '+39 045 861 2299')
    m.what = 'Thread hijack from the real Ferretti Trasporti mailbox: reply to an invoice thread announcing that the carrier\'s bank account is "frozen by a tax audit" and payments must go to a new IBAN (Banca Sella).'
    m.why = 'Compromised real M365 mailbox (SPF/DKIM/DMARC pass, genuine thread); new Italian IBAN different from the one on Ferretti\'s invoices (business/17, Banco BPM); sent at 22:47, asks to confirm only by e-mail, "often out of office" – classic BEC after account takeover.'


# ---------------------------------------------------------------------------
@scenario('attack', '18-it-pec-sollecito-zip-password.eml')
def a18(m):
    r = m.rng
    fra = S('Rinaldi')
    pec = 'amministrazione@pec.edilsudimpianti.it'
    m.frm = ('Per conto di: %s' % pec, 'posta-certificata@pec.aruba.it')
    m.reply_to = (None, pec)
    m.to = [fra]
    m.rcpt = [fra[1]]
    m.mail_from = 'posta-certificata@pec.aruba.it'
    subj = 'Sollecito pagamento fattura n. 2026/3381'
    m.subject = 'POSTA CERTIFICATA: ' + subj
    m.date = T(2026, 11, 9, 9, 12, 44)
    pwd = '3381'
    zname = 'Fattura_2026_3381.zip'
    inert = ('Inert stand-in for the archive member "Fattura_2026_3381.js". In the real campaign this file was a '
             'JScript downloader; the code has been removed for this evaluation set.\n').encode()
    z = containers.make_encrypted_zip([('Fattura_2026_3381.js', inert, (2026, 11, 9, 8, 58, 12))], pwd, r)
    inner_body = ('Buongiorno,\n\ncon la presente sollecitiamo il pagamento della fattura n. 2026/3381 del 30/09/2026 di '
                  'EUR 3.842,10, scaduta il 31/10/2026 e ad oggi non ancora saldata.\n\nIn allegato copia della fattura e '
                  'dell\'estratto conto. Per motivi di riservatezza l\'archivio è protetto, la password è: %s\n\n'
                  'Vi preghiamo di provvedere al saldo entro 5 giorni dal ricevimento della presente, trascorsi i quali '
                  'saremo costretti ad affidare la pratica al nostro legale.\n\nDistinti saluti\n\nUfficio Amministrazione\n'
                  'Edil Sud Impianti S.r.l.\nVia Nazionale 214 – 80143 Napoli\n') % pwd
    b_in = kit.boundary(r, 'thunderbird')
    inner_obj = Multipart('mixed', [Part('text/plain', inner_body, 'utf-8', '8bit', ctype_value='text/plain; charset=UTF-8; format=flowed'),
                                    attachment(z, zname, 'application/zip', 'thunderbird', r)], b_in,
                          preamble='This is a multi-part message in MIME format.')
    inner_mid = '%s@pec.edilsudimpianti.it' % r.uuid()
    inner_t = plus(m.date, -3)
    inner_headers = [('Message-ID', '<%s>' % inner_mid), ('Date', mime.rfcdate(inner_t, 'CET')), ('MIME-Version', '1.0'),
                     ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'it-IT'), ('To', fra[1]),
                     ('From', pec), ('Subject', subj), ('<MIME>', None)]
    signed, ident, orig_mid = kit.pec_envelope(m, inner_headers, inner_obj, pec, subject_inner=subj, t=m.date)
    m.msgid = ident
    k = r.randrange(1, 9)
    pre = [sy.rcv('from pec.aruba.it (localhost [127.0.0.1])\n\tby smtpdpec%d.pec.aruba.it (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
               k, r.postfix_qid(), fra[1], mime.rfcdate(plus(m.date, 1), 'CET', comment=True))),
           ('X-Riferimento-Message-ID', orig_mid),
           ('X-Trasporto', 'posta-certificata')]
    hdrs = pre + [('Date', mime.rfcdate(m.date, 'CET')), ('Subject', m.subject), ('From', '"%s" <%s>' % m.frm),
                  ('Reply-To', pec), ('To', fra[1]), ('Message-ID', '<%s>' % ident), ('MIME-Version', '1.0'),
                  ('X-TipoRicevuta', 'completa'), ('<MIME>', None)]
    conn = ('smtpdpec%d.pec.aruba.it' % k, 'smtpdpec%d.pec.aruba.it' % k, '62.149.158.%d' % (60 + k))
    m.finish(hdrs, conn, plus(m.date, 4), auth(spf=('pass', 'pec.aruba.it'), dkim=[], dmarc=('pass', 'none', 'pec.aruba.it')), signed)
    m.zip_passwords = {zname: pwd}
    m.fact('other', 'ZIP password %s; member Fattura_2026_3381.js (inert)' % pwd)
    m.what = 'Malware delivery via a compromised PEC mailbox: certified-mail envelope from Aruba PEC carrying a payment reminder with a password-protected ZIP ("Fattura_2026_3381.zip", password 3381) containing a .js file.'
    m.why = 'Real PEC infrastructure (trusted by Italian offices, signed envelope) abused from a hijacked PEC box of an unknown company; unknown invoice, legal threat, encrypted archive with the password in the body to evade scanning, JScript inside – the typical Italian PEC malspam pattern.'


# ---------------------------------------------------------------------------
@scenario('attack', '19-it-mfa-qr-inline-ses.eml')
def a19(m):
    r = m.rng
    luca = S('Bernardi')
    dom = 'sicurezza365-account.com'
    m.frm = ('Microsoft 365', 'no-reply@' + dom)
    m.to = [luca]
    m.rcpt = [luca[1]]
    m.mail_from = '%s@eu-central-1.amazonses.com' % ('0107' + r.hex(12) + '-' + r.uuid() + '-000000')
    m.subject = 'Azione richiesta: la configurazione MFA di luca.bernardi@example.com scade il 20/11/2026'
    m.date = T(2026, 11, 18, 7, 2, 11)
    m.date_zone = 'UTC'
    url = 'https://login.ms365-verifica.com/it/mfa/?u=bHVjYS5iZXJuYXJkaUBleGFtcGxlLmNvbQ==&t=%s' % r.hex(12)
    mat = qr.encode(url, 'M')
    png_data = png.qr_png(mat, 5, 4)
    cid = 'qr_%s@%s' % (r.hex(8), dom)
    html = ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head><body style="margin:0;padding:0;background:#ffffff">'
            '<div style="max-width:600px;margin:0 auto;font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1b1b1b">'
            '<div style="padding:20px 0;border-bottom:1px solid #e1e1e1"><span style="font-size:18px;color:#737373">Microsoft</span></div>'
            '<h1 style="font-size:26px;font-weight:600;color:#0067b8;margin:24px 0 12px">Riconfigura l\'autenticazione a più fattori</h1>'
            '<p style="font-size:14px;line-height:20px">Gentile utente,</p>'
            '<p style="font-size:14px;line-height:20px">la configurazione dell\'autenticazione a più fattori (MFA) dell\'account '
            '<b>luca.bernardi@example.com</b> scade il <b>20/11/2026</b>. Per evitare l\'interruzione dell\'accesso a Outlook, Teams '
            'e OneDrive è necessario riconfigurarla.</p>'
            '<p style="font-size:14px;line-height:20px">Scansiona il codice QR qui sotto con la fotocamera del telefono e segui le '
            'istruzioni. Il codice è personale e valido 48 ore.</p>'
            '<p style="text-align:center"><img src="cid:%s" width="185" height="185" alt="Codice QR"></p>'
            '<p style="font-size:12px;color:#737373;line-height:18px">Se non riconfiguri l\'MFA entro la scadenza, l\'account verrà '
            'bloccato per motivi di sicurezza e dovrai contattare l\'amministratore.</p>'
            '<p style="font-size:12px;color:#737373">Grazie,<br>Il team dell\'account Microsoft</p>'
            '<div style="border-top:1px solid #e1e1e1;padding-top:12px;font-size:11px;color:#737373">Informativa sulla privacy: '
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA</div></div></body></html>\n') % cid
    b_rel = kit.boundary(r, 'javamail')
    body_obj = Multipart('related', [
        text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset=UTF-8'),
        attachment(png_data, 'qr.png', 'image/png', 'generic', r, inline=True, cid=cid)], b_rel, params=' type="text/html";')
    hdrs, conn, tmx, bees = sy.ses(m, m.date, region='eu-central-1', dkim_domain=dom)
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', 'eu-central-1.amazonses.com'),
                                         dkim=[('pass', dom, 'k1', 2048, bees[0][1]), ('pass', 'amazonses.com', 'uku4taia5b5tsbglxyj6zym32efj7xqv', 1024, bees[1][1])],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.qr_expect = [url]
    m.fact('urls', url)
    m.what = 'Quishing: "Microsoft 365" says the MFA configuration of luca.bernardi@example.com expires and must be renewed by scanning an inline QR code (no clickable link).'
    m.why = 'QR code embedded as an inline PNG so there is no URL in the text; points to ms365-verifica.com with the victim\'s address base64-encoded; sent through Amazon SES from the look-alike sicurezza365-account.com; MFA methods do not "expire".'


# ---------------------------------------------------------------------------
@scenario('attack', '20-it-aruba-pec-scadenza-phishing.eml')
def a20(m):
    r = m.rng
    fra = S('Rinaldi')
    site = 'agriturismocolledoro.it'
    m.frm = ('Aruba.it - Servizio PEC', 'noreply@' + site)
    m.to = [fra]
    m.rcpt = [fra[1]]
    m.mail_from = 'colledor@srv21.italiahosting.net'
    m.subject = 'La tua casella PEC exampleantincendio@pec.it scade il 30/11/2026 - Rinnova ora'
    m.date = T(2026, 11, 23, 7, 48, 3)
    m.msgid = m.mid('php', site)
    url = 'https://aruba-pec-rinnovo.servizi-clienti.info/login?pec=exampleantincendio%40pec.it&ref=AR-77310'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333;background:#f5f5f5">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="background:#f29100;padding:14px 20px;color:#fff;font-size:20px;font-weight:bold">Aruba.it</td></tr>'
            '<tr><td style="padding:22px">'
            '<p>Gentile Cliente,</p>'
            '<p>ti informiamo che il servizio <b>Posta Elettronica Certificata</b> associato alla casella '
            '<b>exampleantincendio@pec.it</b> è in scadenza il <b>30/11/2026</b>.</p>'
            '<p>Dopo la scadenza la casella verrà sospesa: non potrai più inviare né ricevere messaggi PEC e i messaggi '
            'presenti verranno cancellati definitivamente dopo 30 giorni.</p>'
            '<p>Per rinnovare il servizio per 1 anno al costo di 5,00 EUR + IVA accedi all\'Area Clienti e conferma il rinnovo:</p>'
            '<p style="text-align:center"><a href="%s" style="background:#f29100;color:#fff;padding:11px 26px;text-decoration:none;'
            'font-weight:bold;border-radius:3px">RINNOVA ORA</a></p>'
            '<p>Cordiali saluti,<br>Aruba S.p.A. - Servizio Clienti</p></td></tr>'
            '<tr><td style="padding:12px 22px;font-size:11px;color:#888;border-top:1px solid #eee">Aruba S.p.A. - Via San Clemente 53, '
            '24036 Ponte San Pietro (BG) - P.IVA 01573850516</td></tr></table></body></html>\n') % _h.escape(url)
    plain = ('Gentile Cliente,\n\nti informiamo che il servizio Posta Elettronica Certificata associato alla casella '
             'exampleantincendio@pec.it è in scadenza il 30/11/2026.\n\nDopo la scadenza la casella verrà sospesa.\n\n'
             'Rinnova ora: %s\n\nCordiali saluti,\nAruba S.p.A. - Servizio Clienti\n') % url
    bnd = kit.boundary(r, 'php')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'iso-8859-1', 'quoted-printable', ctype_value='text/plain; charset=iso-8859-1'),
                                         text(html, 'html', 'iso-8859-1', 'quoted-printable', ctype_value='text/html; charset=iso-8859-1')], bnd)
    hdrs, conn, tmx, dkb = sy.exim_cpanel(m, m.date, 'srv21.italiahosting.net', '192.0.2.21', site, m.mail_from, php=True,
                                          auth_user='colledor')
    m.finish(hdrs, conn, plus(tmx, 3), auth(spf=('pass', 'srv21.italiahosting.net'), dkim=[],
                                         dmarc=('fail', 'none', site)), body_obj)
    m.fact('urls', url)
    m.what = 'Credential phishing: "Aruba.it – Servizio PEC" warns that the company PEC mailbox expires on 30/11 and must be renewed via a button.'
    m.why = 'Sent by PHPMailer from a compromised agriturismo website (envelope colledor@srv21.italiahosting.net, From domain with failing DMARC alignment); link to servizi-clienti.info, not aruba.it; suspension and deletion threat. Compare the genuine Aruba notice in business/21.'


# ---------------------------------------------------------------------------
def dropbox_share(m, sender_name, sender_email, filename, message, lang='it', folder=False):
    r = m.rng
    fid = r.alnum(25, 'abcdefghijklmnopqrstuvwxyz0123456789')
    key = r.alnum(25, 'abcdefghijklmnopqrstuvwxyz0123456789')
    if folder:
        link = 'https://www.dropbox.com/scl/fo/%s/%s?rlkey=%s&dl=0&e=1' % (fid, r.alnum(21, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), key)
    else:
        link = 'https://www.dropbox.com/scl/fi/%s/%s?rlkey=%s&dl=0&e=1' % (fid, filename.replace(' ', '%20'), key)
    if lang == 'it':
        intro = '%s (%s) ti ha invitato a visualizzare %s «%s» su Dropbox.' % (sender_name, sender_email, 'la cartella' if folder else 'il file', filename)
        btn = 'Apri in Dropbox' if folder else 'Visualizza file'
        msg_l = 'Messaggio di %s:' % sender_name.split(' ')[0]
        foot = ('Buon lavoro!\n- Il team di Dropbox\n\nHai ricevuto questa email perché %s ha condiviso un elemento con te. '
                'Non vuoi più ricevere queste notifiche? Annulla l\'iscrizione.\n© 2026 Dropbox, Inc. 1800 Owens St., San Francisco, CA 94158' % sender_name)
    text_ = '%s\n\n%s\n"%s"\n\n%s: %s\n\n%s\n' % (intro, msg_l, message, btn, link, foot)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="margin:0;padding:0;background:#f7f5f2">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">'
            '<table role="presentation" width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Atlas Grotesk,Helvetica,Arial,sans-serif;color:#1e1919">'
            '<tr><td style="padding:32px 40px 8px 40px"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34%402x.png" width="34" height="34" alt="Dropbox"></td></tr>'
            '<tr><td style="padding:16px 40px;font-size:16px;line-height:24px">' + _h.escape(intro) + '</td></tr>'
            '<tr><td style="padding:0 40px 16px 40px;font-size:14px;line-height:22px;color:#52504d"><b>' + _h.escape(msg_l) + '</b><br>'
            '&ldquo;' + _h.escape(message) + '&rdquo;</td></tr>'
            '<tr><td style="padding:8px 40px 32px 40px"><a href="' + _h.escape(link) + '" style="background:#0061fe;color:#ffffff;'
            'font-size:15px;text-decoration:none;padding:12px 24px;border-radius:4px;display:inline-block">' + btn + '</a></td></tr>'
            '<tr><td style="padding:24px 40px;font-size:12px;line-height:18px;color:#736c64;border-top:1px solid #e8e4dd">'
            + _h.escape(foot).replace('\n', '<br>') + '</td></tr></table></td></tr></table></body></html>\n')
    return text_, html, link


@scenario('attack', '21-it-dropbox-condivisione-abusata.eml')
def a21(m):
    r = m.rng
    luca = S('Bernardi')
    sender_name = 'Valvole Brambilla Amministrazione'
    sender_email = 'brambilla.amministrazione@gmail.com'
    m.frm = ('%s (tramite Dropbox)' % sender_name, 'no-reply@dropbox.com')
    m.reply_to = (sender_name, sender_email)
    m.to = [luca]
    m.rcpt = [luca[1]]
    m.mail_from = 'bounces+%s@em-s.dropbox.com' % r.hex(14)
    fname = 'Ordine_PO-2026-771_Example.pdf'
    m.subject = '%s ha condiviso «%s» con te' % (sender_name, fname)
    m.date = T(2026, 12, 2, 8, 31, 50)
    m.date_zone = 'UTC'
    message = 'Buongiorno, in allegato il nuovo ordine con il listino 2027 aggiornato. Si prega di confermare entro oggi. Grazie'
    plain, html, link = dropbox_share(m, sender_name, sender_email, fname, message)
    bnd = kit.boundary(r, 'javamail')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable'),
                                         text(html, 'html', 'utf-8', 'quoted-printable')], bnd)
    hdrs, conn, tmx, bees = sy.dropbox(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', 'em-s.dropbox.com'),
                                         dkim=[('pass', 'dropbox.com', 'smtpout', 2048, bees[0][1]), ('pass', 'dropboxmail.com', 'smtpout', 2048, bees[1][1])],
                                         dmarc=('pass', 'reject', 'dropbox.com')), body_obj)
    m.fact('urls', link)
    m.fact('other', 'Dropbox account of sender: ' + sender_email)
    m.what = 'Genuine Dropbox share notification, but shared by a Gmail-based Dropbox account named "Valvole Brambilla Amministrazione" – a PDF "order" that leads to a credential page.'
    m.why = 'Platform abuse: Dropbox\'s own infrastructure (all auth passes, dropbox.com link) used by an account that is not Brambilla\'s (their mail is @brambillavalvole.it, see business/19); unexpected "order" from a supplier, "confirm today".'
