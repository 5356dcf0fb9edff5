# -*- coding: utf-8 -*-
"""attack/ 17-21 (Italian)."""
from .common import *


# ---------------------------------------------------------------------------------------------- 17
@msg('attack', '17-it-ferretti-lookalike-nuovo-iban')
def _(m):
    m.when = ('2026-11-12 11:27:03', 'IT')
    m.frm = ('Chiara Colombo', 'c.colombo@ferretti-trasporti.com')
    m.to = [P('marco.galli')]
    m.cc = [('Amministrazione Ferretti', 'amministrazione@ferretti-trasporti.com')]
    m.subject = 'R: Fatture ottobre 2026 - aggiornamento coordinate bancarie'
    m.system = M365(domain='ferretti-trasporti.com', region='eu1', lang='it-IT')
    m.replies = 1
    m.in_reply_to = '<2e8b7c1d4f9a4e3b8c6d5e4f3a2b1c0d@EXCH01.corp.example.com>'
    m.references = m.in_reply_to
    iban = U.iban_it('03268', '01600', '052877461290')
    m.fact('iban', iban, 'Banca Sella (account not Ferretti\'s)')
    m.fact('phone', '+39 351 748 2209', 'mobile given for "confirmation"')
    text = ('Buongiorno Marco,\n\n'
            'come anticipato stamattina al telefono alla sua collega, a seguito dell\'integrazione nel gruppo Ferretti '
            'Logistica abbiamo cambiato banca d\'appoggio. Le fatture n. 2026/1874 del 30/10/2026 (€ 6.918,40) e '
            '2026/1902 del 06/11/2026 (€ 2.305,00) vanno quindi saldate sulle nuove coordinate:\n\n'
            'Beneficiario: Ferretti Trasporti S.p.A.\n'
            'Banca: Banca Sella S.p.A. - Filiale di Milano\n'
            'IBAN: %s\n'
            'BIC: SELBIT2BXXX\n\n'
            'In allegato trova la comunicazione ufficiale su carta intestata, firmata dal nostro amministratore '
            'delegato. Vi chiediamo cortesemente di aggiornare l\'anagrafica fornitore e di inviarci la contabile del '
            'bonifico appena disposto, così da sbloccare le consegne della prossima settimana. Per qualsiasi verifica '
            'sono raggiungibile al cellulare +39 351 748 2209.\n\n'
            'Cordiali saluti\n\n'
            'Chiara Colombo\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\nVia Emilia 118 - 26900 Lodi (LO)\n\n'
            '________________________________\n'
            'Da: Marco Galli <marco.galli@example.com>\n'
            'Inviato: giovedì 12 novembre 2026 09:41\n'
            'A: Chiara Colombo <c.colombo@ferretti-trasporti.it>\n'
            'Oggetto: Fatture ottobre 2026\n\n'
            'Buongiorno Chiara,\n\n'
            'ci potete mandare in copia di cortesia le fatture di ottobre (trasporti refrigerati Lodi-Milano)? Le '
            'fatture elettroniche via SDI ci sono arrivate, ma manca il dettaglio delle tratte per il controllo.\n\n'
            'Grazie e buona giornata\nMarco Galli\nAmministrazione - Example Group Diagnostica S.r.l.\n') % fi(iban)
    top, quoted = text.split('________________________________\n')
    qh, qb = quoted.split('\n\n', 1)
    html = outlook_html(top, outlook_quote_html([l.split(' ', 1) for l in qh.split('\n')], qb), lang='IT')
    body = alt(m.rng, text, html, 'outlook', cte='base64', server='AM9PR04MB7721eurp')
    pdf = letter_pdf(m, 'FERRETTI TRASPORTI', ['Ferretti Trasporti S.p.A. · Via Emilia 118 · 26900 Lodi (LO)',
                                               'P.IVA %s · Cap. soc. € 1.200.000 i.v.' % U.it_piva('0839174015')],
                     ['Spett.le', 'Example Group Diagnostica S.r.l.', 'Viale Monza 259', '20126 Milano (MI)'],
                     'Lodi, 11/11/2026', 'Comunicazione variazione coordinate bancarie',
                     ['Con la presente vi comunichiamo che, con decorrenza immediata, tutti i pagamenti a favore di '
                      'Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:',
                      '**Banca Sella S.p.A. - IBAN %s - BIC SELBIT2BXXX' % fi(iban),
                      'Le precedenti coordinate non sono più operative. Vi preghiamo di aggiornare la vostra anagrafica '
                      'fornitori e di darci conferma dell\'avvenuta modifica.',
                      'Distinti saluti'],
                     sign=['', 'Dott. Roberto Ferretti', 'Amministratore Delegato'],
                     footer=['Ferretti Trasporti S.p.A. - Sede legale Via Emilia 118, 26900 Lodi - Registro Imprese di '
                             'Milano Monza Brianza Lodi - REA LO-1472'],
                     producer='Microsoft® Word per Microsoft 365', creator='Microsoft® Word per Microsoft 365',
                     author='Chiara Colombo', color=(0.0, 0.29, 0.55))
    m.root = mixed(m.rng, 'outlook', [body, attachment(pdf, 'application/pdf', 'Comunicazione_variazione_IBAN.pdf',
                                                       style='rfc2047')], server='AM9PR04MB7721eurp')
    m.what = ('Bank-detail change from a look-alike of the Italian carrier (ferretti-trasporti.com instead of .it), replying '
              'to a real thread copied into the mail; signed letter PDF attached.')
    m.why = ('.com look-alike on its own Microsoft 365 tenant (passes SPF/DKIM); the quoted message shows the real .it '
             'address; new bank, urgency tied to deliveries, asks for the payment receipt; "confirmation" phone is a '
             'mobile supplied by the fraudster; genuine Ferretti mail comes from ferretti-trasporti.it (business/17).')


# ---------------------------------------------------------------------------------------------- 18
@msg('attack', '18-it-pec-compromessa-sollecito-zip')
def _(m):
    m.when = ('2026-11-19 10:14:25', 'IT')
    sender = 'amministrazione@pec.tecnoimpianti-lodi.it'
    m.frm = ('Per conto di: %s' % sender, 'posta-certificata@pec.aruba.it')
    m.reply_to = ('', sender)
    m.to = [P('marco.galli')]
    m.subject = 'POSTA CERTIFICATA: Sollecito pagamento fattura n. 318/2026'
    m.system = Aruba(pec=True, client_ip='93.41.172.18', ua='')
    ident = 'opec21011.20261119101422.38173.492.1.53@pec.aruba.it'
    m.msgid = '<%s>' % ident
    orig_id = '<%s@pec.tecnoimpianti-lodi.it>' % rhex(m.rng, 32)
    m.pre_extra = [('X-Riferimento-Message-ID', orig_id), ('X-Trasporto', 'posta-certificata')]
    url = 'https://tecnoimpianti-lodi.it/wp-content/uploads/2026/11/Fattura_318-2026_Sollecito.zip'
    inner_text = ('Gentile Cliente,\n\n'
                  'con la presente si sollecita il pagamento della fattura n. 318/2026 del 30/09/2026 di € 4.870,00, '
                  'scaduta il 31/10/2026 e ad oggi non ancora saldata.\n\n'
                  'Copia della fattura firmata digitalmente e dell\'estratto conto sono disponibili al seguente '
                  'collegamento (dimensione superiore ai limiti della PEC):\n%s\n\n'
                  'In assenza di riscontro entro 5 giorni lavorativi saremo costretti ad affidare la pratica al nostro '
                  'legale per il recupero del credito.\n\n'
                  'Distinti saluti\nUfficio Amministrazione\nTecnoimpianti Lodi S.r.l.\n') % url
    inner_root = alt(m.rng, inner_text, '<html><body>' + paras_html(inner_text) + '</body></html>\n', 'thunderbird',
                     charset='utf-8', cte='quoted-printable')
    inner = simple_message([('Date', rfc2822(m.utc, 'IT')), ('From', sender), ('To', 'marco.galli@example.com'),
                            ('Subject', 'Sollecito pagamento fattura n. 318/2026'), ('Message-ID', orig_id),
                            ('User-Agent', 'Mozilla Thunderbird')], inner_root)
    transport = ('Messaggio di posta certificata\n\n'
                 'Il giorno 19/11/2026 alle ore 10:14:22 (+0100) il messaggio\n'
                 '"Sollecito pagamento fattura n. 318/2026" è stato inviato da "%s"\n'
                 'indirizzato a:\nmarco.galli@example.com\n'
                 'Il messaggio originale è incluso in allegato.\n'
                 'Identificativo messaggio: %s\n') % (sender, ident)
    thtml = '<html><body>' + paras_html(transport) + '</body></html>\n'
    daticert = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<postacert tipo="posta-certificata" errore="nessuno">\n'
                '  <intestazione>\n    <mittente>%s</mittente>\n'
                '    <destinatari tipo="esterno">marco.galli@example.com</destinatari>\n'
                '    <risposte>%s</risposte>\n    <oggetto>Sollecito pagamento fattura n. 318/2026</oggetto>\n'
                '  </intestazione>\n  <dati>\n    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>\n'
                '    <data zona="+0100">\n      <giorno>19/11/2026</giorno>\n      <ora>10:14:22</ora>\n    </data>\n'
                '    <identificativo>%s</identificativo>\n    <msgid>%s</msgid>\n  </dati>\n</postacert>\n') % (
        sender, sender, ident, orig_id.replace('<', '&lt;').replace('>', '&gt;'))
    p7s = bytes([0x30, 0x82, 0x0b, 0x7a, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]) + \
        bytes(m.rng.getrandbits(8) for _ in range(2900))
    inner_mixed = mixed(m.rng, 'java', [
        alt(m.rng, transport, thtml, 'java', charset='UTF-8', cte='quoted-printable'),
        attachment(daticert.encode('utf-8'), 'application/xml', 'daticert.xml', style='plain'),
        rfc822(inner, 'postacert.eml')])
    sig = attachment(p7s, 'application/x-pkcs7-signature', 'smime.p7s', style='plain')
    root = multipart('signed', [inner_mixed, sig], bnd(m.rng, 'java'),
                     params=[('protocol', 'application/x-pkcs7-signature', 'q'), ('micalg', 'sha-256', 'u')])
    m.root = root
    m.what = ('Malware delivery through a compromised Italian PEC mailbox: certified "payment reminder" whose postacert.eml '
              'links to a ZIP on the sender\'s hacked WordPress site.')
    m.why = ('PEC transport and Aruba signature are genuine, which makes it look official, but Example Group has no '
             'relationship with Tecnoimpianti Lodi; the "invoice" is only a link to a .zip under wp-content/uploads; '
             'legal-action threat; the same wave hit many Italian companies.')


# ---------------------------------------------------------------------------------------------- 19
@msg('attack', '19-it-dropbox-bioreagenti-compromesso')
def _(m):
    m.when = ('2026-10-27 14:46:31', 'IT')
    m.frm = ('Davide Russo (tramite Dropbox)', 'no-reply@dropbox.com')
    m.reply_to = ('Davide Russo', 'd.russo@bioreagenti.it')
    m.to = [P('giulia.ferraro')]
    m.subject = 'Davide Russo ha condiviso "Offerta_BioReagenti_2027.pdf" con te'
    m.system = Platform(host='mail-s12.dropboxmail.com', ip='162.125.4.12', dkims=[('dropbox.com', 'ed2025'), ('dropboxmail.com', 'scph0924')],
                        env_from='bounces+%s@dropboxmail.com' % rhex(m.rng, 16),
                        received=[lambda M: 'Received: from dropbox.com (localhost [127.0.0.1])\n\tby mail-s12.dropboxmail.com with ESMTP id %s\n\tfor <%s>; %s' % (
                            rhex(M.rng, 12), M.rcpts[0], rfc2822(M.t(1), 'UTC'))],
                        order=['From', 'Reply-To', 'To', 'Subject', 'Date', 'Message-ID', 'mime', 'ct', 'extra'])
    m.msgid = '<%s@dropbox.com>' % rhex(m.rng, 32)
    link = ('https://www.dropbox.com/scl/fi/k3x9q2m7v1b8n4c6z0a5e/Offerta_BioReagenti_2027.pdf?rlkey=8f2k1m9q4w7e3r6t0y5u2i8o1'
            '&st=a7x3k9m2&dl=0')
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f5f2;margin:0">'
            '<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;margin-top:24px">'
            '<tr><td style="padding:28px 32px 8px 32px"><span style="color:#0061fe;font-size:22px;font-weight:bold">Dropbox</span></td></tr>'
            '<tr><td style="padding:8px 32px;font-size:16px;color:#1e1919">'
            '<p><b>Davide Russo</b> (d.russo@bioreagenti.it) ti ha invitato a visualizzare il file '
            '<b>"Offerta_BioReagenti_2027.pdf"</b> su Dropbox.</p>'
            '<p style="background:#f7f5f2;padding:12px 16px;font-size:14px">Buongiorno, come da accordi in allegato '
            'l\'offerta aggiornata con il listino 2027 per i reagenti di immunochimica. Attendo un vostro riscontro. '
            'Cordiali saluti, Davide</p>'
            '<p style="margin:26px 0"><a href="%s" style="background:#0061fe;color:#ffffff;padding:12px 22px;'
            'text-decoration:none;border-radius:4px">Apri</a></p></td></tr>'
            '<tr><td style="padding:16px 32px 28px 32px;font-size:12px;color:#736c64">Buon lavoro!<br>- Il team di Dropbox'
            '<br><br><a href="https://www.dropbox.com/account/notifications" style="color:#736c64">Annulla l\'iscrizione a '
            'queste email</a> &middot; <a href="https://www.dropbox.com/help" style="color:#736c64">Centro assistenza</a>'
            '</td></tr></table></body></html>\n') % link
    m.root = alt(m.rng, html2text(html), html, 'java', charset='UTF-8', cte='quoted-printable')
    m.what = ('Document-share lure on a real platform: genuine Dropbox notification from the supplier\'s compromised mailbox; '
              'the shared PDF carries the next-stage credential-phishing link.')
    m.why = ('Dropbox infrastructure and links are genuine, but BioReagenti sends offers as XLSX by e-mail via Aruba '
             '(business/19) and never via Dropbox; the account behind the share was created by the intruder after '
             'taking over d.russo@bioreagenti.it; the PDF only shows a "Visualizza documento" button to a fake login.')


# ---------------------------------------------------------------------------------------------- 20
@msg('attack', '20-it-webmail-casella-piena')
def _(m):
    m.when = ('2026-10-06 07:22:48', 'IT')
    m.frm = ('Supporto Webmail', 'noreply@lavanderiasanmarco.it')
    m.to = [P('giulia.ferraro')]
    m.subject = 'Avviso: la casella giulia.ferraro@example.com ha raggiunto il 98% dello spazio disponibile'
    m.system = WebHostPHP(host='server.lavanderiasanmarco.it', ip='203.0.113.77', uid=33, zone='IT',
                          env='www-data@server.lavanderiasanmarco.it', spf='none', msgid_dom='lavanderiasanmarco.it')
    link = 'https://pub-3f9c1e2b7d8a4e6f9a0b1c2d3e4f5a6b.r2.dev/webmail/index.html#Z2l1bGlhLmZlcnJhcm9AZXhhbXBsZS5jb20='
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">'
            '<div style="max-width:560px;border:1px solid #ddd;padding:22px">'
            '<h2 style="font-weight:normal;color:#c00">Casella di posta quasi piena</h2>'
            '<p>Gentile utente <b>giulia.ferraro@example.com</b>,</p>'
            '<p>la sua casella di posta ha raggiunto il <b>98%%</b> dello spazio disponibile (4,90 GB di 5 GB).</p>'
            '<div style="background:#eee;width:100%%;height:14px"><div style="background:#c00;width:98%%;height:14px"></div></div>'
            '<p>Quando lo spazio sarà esaurito non potrà più ricevere nuovi messaggi e le email in arrivo verranno '
            'respinte al mittente.</p>'
            '<p>Per aumentare gratuitamente lo spazio a 50 GB confermi il suo account entro 24 ore:</p>'
            '<p><a href="%s" style="background:#0072c6;color:#fff;padding:10px 20px;text-decoration:none">Aumenta spazio '
            'gratuitamente</a></p>'
            '<p style="font-size:12px;color:#777">Amministratore di sistema - example.com<br>Questo è un messaggio '
            'automatico, si prega di non rispondere.</p></div></body></html>\n') % link
    m.root = alt(m.rng, html2text(html), html, 'phpmailer', charset='utf-8', cte='quoted-printable')
    m.what = 'Webmail "mailbox full" credential phishing sent from a hacked small-business website.'
    m.why = ('Generic quota lure signed "Amministratore di sistema - example.com" but sent by PHPMailer from '
             'lavanderiasanmarco.it (SPF none); page hosted on Cloudflare R2 (r2.dev) with the victim address in the '
             'fragment; Example Group runs Exchange, not a "webmail" with a 5 GB quota.')


# ---------------------------------------------------------------------------------------------- 21
@msg('attack', '21-it-ceo-riservato-whatsapp')
def _(m):
    m.when = ('2026-12-03 08:18:40', 'IT')
    m.frm = ('Markus Brandt', 'markus.brandt.ceo@proton.me')
    m.to = [P('marco.galli')]
    m.subject = 'Riservato'
    m.system = Proton()
    text = ('Buongiorno Marco,\n\n'
            'sto seguendo personalmente un\'operazione riservata con i nostri consulenti legali: l\'acquisizione di un '
            'laboratorio di analisi in Lombardia. Nei prossimi giorni avrò bisogno della tua collaborazione per alcune '
            'disposizioni di pagamento verso lo studio notarile.\n\n'
            'Per ragioni di riservatezza (Consob e accordo di non divulgazione) ti chiedo di non parlarne con nessuno '
            'in ufficio, neanche con Giulia o con la sede di Heidelberg, finché non ti autorizzo io.\n\n'
            'Mandami per favore il tuo numero di cellulare: ti scrivo su WhatsApp, dove ti contatterà anche l\'avvocato '
            'Bellandi che coordina la pratica.\n\n'
            'Grazie per la discrezione,\nMarkus Brandt\n\nInviato dal mio iPhone\n')
    html = '<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>\n' % '<br>'.join(esc(l) for l in text.split('\n'))
    m.root = alt(m.rng, text, html, 'phpmailer', charset='utf-8', cte='quoted-printable')
    m.what = 'CEO fraud moving the victim to WhatsApp: "confidential acquisition", asks the Italian accountant for his mobile.'
    m.why = ('CEO name on a Proton Mail address, secrecy even towards the local office manager and HQ, invented '
             'regulatory pretext, channel switch to WhatsApp where the "lawyer" will ask for transfers.')
