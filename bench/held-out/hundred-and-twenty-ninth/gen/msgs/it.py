"""Italian messages: attack/17-21 and business/17-21."""
from .common import *  # noqa: F401,F403
from lib import der, png, qr as _qr

FER_PIVA = ids.it_piva('0384721036')
FER_TENANT = '9a1c44e2-5b7f-4d3a-8e61-0c2f7b9d3a58'
FER_FOOT = ['Ferretti Trasporti S.p.A. · Via Emilia Ovest 1180 · 41123 Modena · Tel. +39 059 828 4410 · www.ferretti-trasporti.it',
            'Capitale sociale € 1.200.000 i.v. · R.E.A. MO-287114 · C.F. e P.IVA %s' % FER_PIVA]
FER_SENDER = ['Ferretti Trasporti S.p.A.', 'Via Emilia Ovest 1180', '41123 Modena (MO)', 'Tel. +39 059 828 4410',
              'www.ferretti-trasporti.it']
EGI = ('Example Group Italia S.r.l.', 'Via dei Trasporti 7', '42124 Reggio Emilia (RE)')


def fer_sig(name='Ufficio Amministrazione'):
    return ('Cordiali saluti\n\n%s\nFerretti Trasporti S.p.A.\nVia Emilia Ovest 1180 – 41123 Modena\n'
            'Tel. +39 059 828 4410\nwww.ferretti-trasporti.it' % name)


# =====================================================================================  ATTACKS
@message('attack', 17, 'it', 'ferretti-iban-thread-hijack')
def a17(c):
    t_q = util.local_to_utc('IT', 2026, 10, 28, 11, 40)
    t = util.local_to_utc('IT', 2026, 11, 3, 16, 52, 18)
    fraud = c.iban(BANK['fraud_ferretti'], 'attacker account at a Lithuanian EMI')
    good = c.iban(BANK['ferretti'], 'genuine Ferretti account named as "under audit"')
    c.phone('+39 059 828 4410')
    c.url('www.ferretti-trasporti.it')
    quoted = fmt.outlook_quote_text('it', 'Marco Rinaldi <marco.rinaldi@example.com>', t_q, 'IT',
                                    'amministrazione@ferretti-trasporti.it', 'Estratto conto al 30/09/2026 – Example Group Italia') + \
        ('\nBuongiorno,\n\nin allegato il nostro estratto conto al 30/09. Risultano aperte da parte nostra le fatture '
         'FT/2026/03871, FT/2026/04017 e FT/2026/04126, che verranno pagate con il bonifico di fine novembre.\n\n'
         'Cordiali saluti\nMarco Rinaldi\nContabilità – Example Group Italia S.r.l.')
    text = ('Buongiorno Sig. Rinaldi,\n\n'
            'grazie per il riscontro.\n\n'
            'Vi informiamo che, a seguito di una verifica fiscale attualmente in corso sul nostro conto principale '
            'presso BPER Banca (IBAN %s), i pagamenti delle fatture in scadenza devono essere temporaneamente '
            'effettuati sul conto di appoggio sotto indicato:\n\n'
            'Beneficiario: Ferretti Trasporti SpA\nIBAN: %s\nBIC/SWIFT: EVIULT2VXXX\n\n'
            'Vi chiediamo cortesemente di anticipare il saldo delle fatture FT/2026/03871 (4.812,60 €), '
            'FT/2026/04017 (3.129,80 €) e FT/2026/04126 (2.957,40 €) entro venerdì 6 novembre, per evitare la '
            'sospensione dei ritiri programmati la prossima settimana.\n\n'
            'In allegato la comunicazione ufficiale. Per qualsiasi chiarimento rispondete pure a questa e-mail: in '
            'questi giorni gli uffici sono raggiungibili solo per posta elettronica.\n\n' % (good, fraud) + fer_sig())
    letter = docs.letter(
        dict(title='Comunicazione variazione coordinate bancarie', author='Amministrazione',
             creator='Microsoft® Word per Microsoft 365', producer='Microsoft® Word per Microsoft 365',
             created="20261103161022+01'00'", lang='it-IT'),
        FER_SENDER, list(EGI), 'Modena, 03/11/2026', 'Oggetto: comunicazione temporanea variazione coordinate bancarie',
        ['Spettabile Cliente,',
         'con la presente Vi comunichiamo che, per il periodo della verifica fiscale in corso, tutti i pagamenti a '
         'favore della scrivente dovranno essere disposti sul seguente conto:',
         ('kv', [('Beneficiario:', 'Ferretti Trasporti SpA'), ('Banca:', 'UAB Paysera LT'), ('IBAN:', fraud),
                 ('BIC:', 'EVIULT2VXXX')]),
         'Sarà nostra cura comunicarVi il ripristino delle coordinate abituali al termine della verifica.'],
        'Distinti saluti', ['Ferretti Trasporti S.p.A.', 'L\'Amministrazione'], FER_FOOT, color='#0b3d91')
    body = outlook_body(c, text, 'it', 'utf-8', quoted_text=quoted,
                        quoted_html='<div>' + fmt.paras_html(quoted) + '</div>',
                        attachments=[att_pdf(letter, 'Comunicazione variazione coordinate bancarie.pdf', outlook=True, t=t)])
    ref = mid_exchange(c)
    env = Env(frm_name='Amministrazione Ferretti Trasporti', frm_email='amministrazione@ferretti-trasporti.it',
              to=[('Marco Rinaldi', p('it_acc')['email'])],
              reply_to=('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti-spa.com'),
              subject='R: Estratto conto al 30/09/2026 – Example Group Italia', date=t, zone='IT', msgid=None,
              in_reply_to=ref, references=[ref], body=body, lang='it-IT')
    c.what = 'Reply in the real statement-of-account thread from the carrier\'s genuine accounting mailbox announcing a "temporary" IBAN in Lithuania.'
    c.why = ('Hijacked supplier mailbox (BEC): authentication passes for ferretti-trasporti.it, but Reply-To diverts to the '
             'look-alike ferretti-trasporti-spa.com, "tax audit" pretext, foreign EMI account, early payment deadline, '
             'phone contact discouraged.')
    return send(c, env, T.m365, region='EUR', lang='it-IT', tenant_id=FER_TENANT, client='owa')


@message('attack', 18, 'it', 'agenzia-entrate-avviso-zip')
def a18(c):
    t = util.local_to_utc('IT', 2026, 11, 13, 8, 3, 44)
    link = c.url('https://studiotecnicobellini.it/wp-content/uploads/2026/11/comunicazione.php?cf=02817340355',
                 'compromised site; delivers Comunicazione_AE_2026-0072914.zip (JScript loader)')
    c.url('www.agenziaentrate.gov.it', 'displayed text')
    text = ('AGENZIA DELLE ENTRATE\nDirezione Provinciale di Reggio Emilia – Ufficio Controlli\n\n'
            'Spett.le EXAMPLE GROUP ITALIA S.R.L.\nCodice fiscale 02817340355\n\n'
            'Oggetto: Comunicazione di irregolarità ai sensi dell\'art. 36-bis del DPR 600/1973 – Prot. n. 2026/AE/0072914\n\n'
            'Dal controllo automatizzato della dichiarazione Modello Redditi SC 2025 sono emerse irregolarità nei '
            'versamenti. L\'importo complessivamente dovuto, comprensivo di sanzioni ridotte e interessi, è pari a '
            '€ 3.847,21.\n\n'
            'Il dettaglio della comunicazione e il modello F24 precompilato sono disponibili al seguente indirizzo:\n'
            '%s\n\n'
            'Il documento è protetto; per aprirlo utilizzare la password: AE2026\n\n'
            'Se ritiene che la comunicazione non sia corretta può fornire chiarimenti entro 30 giorni dal ricevimento.\n\n'
            'Distinti saluti\nIl Capo Ufficio\n\nwww.agenziaentrate.gov.it' % link)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:'
            'Titillium Web,Arial,sans-serif;font-size:14px;color:#1a1a1a"><div style="background:#0066cc;color:#fff;padding:14px;'
            'font-size:18px;font-weight:bold">AGENZIA DELLE ENTRATE</div><p style="color:#555">Direzione Provinciale di Reggio '
            'Emilia – Ufficio Controlli</p><p>Spett.le <b>EXAMPLE GROUP ITALIA S.R.L.</b><br>Codice fiscale 02817340355</p>'
            '<p><b>Oggetto:</b> Comunicazione di irregolarità ai sensi dell\'art. 36-bis del DPR 600/1973 – Prot. n. 2026/AE/0072914</p>'
            '<p>Dal controllo automatizzato della dichiarazione Modello Redditi SC 2025 sono emerse irregolarità nei versamenti. '
            'L\'importo complessivamente dovuto, comprensivo di sanzioni ridotte e interessi, è pari a <b>€ 3.847,21</b>.</p>'
            '<p>Il dettaglio della comunicazione e il modello F24 precompilato sono disponibili al seguente indirizzo:<br>'
            '<a href="%s">Scarica la comunicazione (PDF)</a></p><p>Il documento è protetto; per aprirlo utilizzare la password: '
            '<b>AE2026</b></p><p>Se ritiene che la comunicazione non sia corretta può fornire chiarimenti entro 30 giorni dal '
            'ricevimento.</p><p>Distinti saluti<br>Il Capo Ufficio</p><p style="font-size:12px;color:#777">www.agenziaentrate.gov.it</p>'
            '</body></html>\n' % link)
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable', ct='text/plain; charset={cs}'),
                                          mime.text(html, 'html', 'UTF-8', 'quoted-printable', ct='text/html; charset={cs}')],
                          c.boundary('roundcube'))
    env = Env(frm_name='Agenzia delle Entrate - Ufficio Controlli', frm_email='info@studiotecnicobellini.it',
              to=[('', p('it_acc')['email'])],
              subject='Comunicazione di irregolarità Prot. n. 2026/AE/0072914 – EXAMPLE GROUP ITALIA S.R.L.',
              date=t, zone='IT', msgid=mid_hex(c, 'studiotecnicobellini.it'), body=body)
    c.what = 'Fake Agenzia delle Entrate "comunicazione di irregolarità" with a link to download the notice and F24.'
    c.why = ('Malware lure typical of Italian campaigns: display name of the tax agency on a hijacked Aruba mailbox of an '
             'engineering studio, link to a PHP dropper on a compromised WordPress site, "protected document" password '
             'in the mail body; the real agency sends such notices by PEC, not as download links.')
    return send(c, env, T.aruba, client_ip='45.137.21.9', ua='Aruba Webmail', webmail=True)


@message('attack', 19, 'it', 'pagopa-verbale-quishing')
def a19(c):
    t = util.local_to_utc('IT', 2026, 11, 19, 10, 11, 2)
    url = 'https://pagopa-avvisi.info/pagamento/?iuv=301000026417798&cf=02817340355'
    c.qr(url, 'quishing link disguised as pagoPA payment QR')
    c.url(url)
    c.url('https://checkout.pagopa.it', 'genuine pagoPA site named as decoration')
    d = docs.pdf.Doc(title='Avviso di pagamento', author='', creator='PDFsharp 1.51.5185-WPF (www.pdfsharp.com)',
                     producer='PDFsharp 1.51.5185-WPF (www.pdfsharp.com)', created="20261119091544+01'00'", lang='it-IT')
    d.rect(0, 770, 595.28, 72, fill='#0066cc')
    d.text(40, 800, 'pagoPA', 26, True, '#ffffff')
    d.text(160, 800, 'AVVISO DI PAGAMENTO', 16, True, '#ffffff')
    y = d.para(40, 740, 'Verbale di accertamento n. 2026/V/187744 – Violazione art. 142 c. 8 Codice della Strada '
               '(eccesso di velocità) – veicolo targato GK 418 PZ intestato a EXAMPLE GROUP ITALIA S.R.L.', 510, 11, bold=True)
    for k, v in [('Ente creditore', 'Polizia Locale – Unione Terre di Castelli'), ('Codice fiscale ente', '02754930366'),
                 ('Intestatario', 'EXAMPLE GROUP ITALIA S.R.L. – C.F. 02817340355'), ('Importo ridotto (entro 5 giorni)', '€ 121,80'),
                 ('Importo intero', '€ 174,00'), ('Codice avviso', '3010 0000 2641 7798'), ('Data notifica', '19/11/2026')]:
        d.text(40, y - 6, k, 10, True)
        d.text(260, y - 6, v, 10)
        y -= 17
    d.para(40, y - 10, 'Paga subito con la riduzione del 30%: inquadra il codice QR con lo smartphone e segui le '
           'istruzioni. In caso di mancato pagamento entro 60 giorni si procederà all\'iscrizione a ruolo con '
           'maggiorazione e decurtazione dei punti della patente.', 510, 10)
    d.qr(40, y - 220, 150, url)
    d.text(210, y - 120, 'Inquadra il codice QR', 12, True)
    d.text(210, y - 138, 'per pagare con app bancaria, carta o PayPal', 10)
    pdfdata = d.build()
    text = ('Gentile contribuente,\n\n'
            'Le è stato notificato un avviso di pagamento relativo al verbale di accertamento n. 2026/V/187744 '
            '(veicolo targato GK 418 PZ).\n\n'
            'Può pagare subito l\'importo ridotto di € 121,80 entro 5 giorni dalla notifica utilizzando il codice QR '
            'presente nell\'avviso allegato.\n\n'
            'Il servizio pagoPA consente di pagare in modo sicuro: https://checkout.pagopa.it\n\n'
            'Cordiali saluti\nServizio Avvisi pagoPA\n\nMessaggio generato automaticamente, si prega di non rispondere.')
    body = mime.multipart('mixed', [mime.multipart('alternative', [
        mime.text(text, 'plain', 'UTF-8', 'quoted-printable'),
        mime.text(fmt.simple_html(text, 'Titillium Web, Arial, sans-serif', '11pt'), 'html', 'UTF-8', 'quoted-printable')],
        c.boundary('ses')), mime.attachment(pdfdata, 'application/pdf', 'Avviso_pagoPA_verbale_2026-V-187744.pdf')],
        c.boundary('ses'))
    env = Env(frm_name='pagoPA - Avvisi di pagamento', frm_email='noreply@pagopa-avvisi.info', to=[('', p('it_om')['email'])],
              subject='Avviso di pagamento: verbale n. 2026/V/187744 – veicolo GK 418 PZ', date=t, zone='UTC',
              msgid=T.ses_msgid(c, 'eu-west-1'), body=body,
              env_from='010201%s-%s-000000@eu-west-1.amazonses.com' % (c.hex(10), c.guid()))
    c.what = 'Fake pagoPA payment notice for a speeding fine on a company car, with a QR code in the PDF to "pay now with 30 % reduction".'
    c.why = ('Quishing with a local hook: look-alike pagopa-avvisi.info via Amazon SES, the QR code is a plain URL to a '
             'card-harvesting page instead of a pagoPA payment code (PAGOPA|002|…), invented codice avviso, discount '
             'deadline pressure.')
    return send(c, env, T.ses, region='eu-west-1', dkim_domain='pagopa-avvisi.info')


@message('attack', 20, 'it', 'sdi-scarto-svg')
def a20(c):
    t = util.local_to_utc('IT', 2026, 11, 25, 14, 33, 51)
    link = c.url('https://fattura-sdi-notifiche.web.app/doc/?id=FT2026-1184&u=marco.rinaldi%40example.com',
                 'phishing page on Firebase hosting, linked from the SVG')
    unsub = c.url('https://sbfrmte.r.sp1-brevo.net/mk/un/v2/' + c.b64(40).replace('/', '_').replace('+', '-').rstrip('='))
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="794" height="1123" viewBox="0 0 794 1123">\n'
           '<rect width="794" height="1123" fill="#ffffff"/>\n'
           '<rect x="0" y="0" width="794" height="90" fill="#1f5fa8"/>\n'
           '<text x="40" y="55" font-family="Arial" font-size="28" fill="#ffffff" font-weight="bold">Sistema di Interscambio – Notifica di scarto</text>\n'
           '<text x="40" y="150" font-family="Arial" font-size="18" fill="#222">Fattura n. 2026/1184 del 12/11/2026 – Cedente: FONDERIA VALPADANA S.R.L.</text>\n'
           '<text x="40" y="185" font-family="Arial" font-size="16" fill="#222">Cessionario: EXAMPLE GROUP ITALIA S.R.L. – Codice destinatario M5UXCR1</text>\n'
           '<text x="40" y="230" font-family="Arial" font-size="16" fill="#b00020">Esito: SCARTO – codice errore 00404 (fattura duplicata)</text>\n'
           '<rect x="40" y="270" width="714" height="420" fill="#f2f4f7" stroke="#c9ced6"/>\n'
           '<text x="397" y="470" font-family="Arial" font-size="20" fill="#666" text-anchor="middle">Anteprima documento non disponibile</text>\n'
           '<text x="397" y="500" font-family="Arial" font-size="15" fill="#666" text-anchor="middle">Il file XML è protetto. Accedi per visualizzare la fattura e la ricevuta SdI.</text>\n'
           '<a xlink:href="%s" href="%s" target="_blank">\n'
           '<rect x="247" y="560" width="300" height="56" rx="6" fill="#1f5fa8"/>\n'
           '<text x="397" y="595" font-family="Arial" font-size="20" fill="#ffffff" text-anchor="middle">Visualizza fattura</text>\n'
           '</a>\n'
           '<text x="40" y="1080" font-family="Arial" font-size="12" fill="#888">Agenzia delle Entrate – Sistema di Interscambio. Documento generato automaticamente.</text>\n'
           '</svg>\n' % (link.replace('&', '&amp;'), link.replace('&', '&amp;')))
    text = ('Gentile cliente,\n\n'
            'la fattura elettronica n. 2026/1184 del 12/11/2026 emessa da FONDERIA VALPADANA S.R.L. è stata scartata dal '
            'Sistema di Interscambio (codice errore 00404).\n\n'
            'Per evitare ritardi nei pagamenti verifichi il documento in allegato e confermi i dati del cessionario '
            'entro 48 ore.\n\n'
            'Servizio Notifiche Fatturazione Elettronica\n\n'
            'Per non ricevere più queste comunicazioni: %s' % unsub)
    body = mime.multipart('mixed', [mime.multipart('alternative', [
        mime.text(text, 'plain', 'utf-8', 'quoted-printable'),
        mime.text(fmt.simple_html(text).replace(fmt.esc(unsub), '<a href="%s">disiscriviti</a>' % unsub), 'html', 'utf-8', 'quoted-printable')],
        c.boundary('brevo')), mime.attachment(svg.encode('utf-8'), 'image/svg+xml', 'Notifica_scarto_FT2026-1184.svg')],
        c.boundary('brevo'))
    env = Env(frm_name='Notifiche SdI - Fatturazione Elettronica', frm_email='notifiche@sdi-fatturapa.info',
              to=[('', p('it_acc')['email'])],
              subject='Notifica di scarto – Fattura n. 2026/1184 del 12/11/2026 (codice errore 00404)', date=t, zone='UTC',
              msgid='%s@smtp-relay.mailin.fr' % c.hex(40), body=body,
              env_from='bounces-%d-%s@sdi-fatturapa.info' % (c.randint(1000000, 9999999), c.hex(12)),
              extra=[('List-Unsubscribe', '<%s>' % unsub)])
    c.what = 'Fake "SdI rejection notice" for a supplier invoice with an SVG attachment that renders a document with a "view invoice" button.'
    c.why = ('SVG-attachment phishing: vector "document" containing an <a> link to a Firebase-hosted login page, sent '
             'via Brevo from a look-alike e-invoicing domain; the real SdI never e-mails rejections to the recipient '
             '(it notifies the issuer).')
    return send(c, env, T.brevo)


@message('attack', 21, 'it', 'quarantena-m365-finta')
def a21(c):
    t = util.local_to_utc('IT', 2026, 12, 7, 7, 2, 30)
    victim = p('it_acc')['email']
    base = 'https://quarantine-m365-notify.com/q/release?u=' + victim.replace('@', '%40')
    msgs_ = [('Ferretti Trasporti S.p.A.', 'Fattura FT/2026/04418 – sollecito', '02/12/2026'),
             ('BPER Banca – Servizi Imprese', 'Estratto conto trimestrale disponibile', '03/12/2026'),
             ('Fonderia Valpadana', 'R: Conferma ordine 7731 – date di consegna', '04/12/2026'),
             ('Agenzia delle Entrate', 'Ricevuta di presentazione F24', '06/12/2026')]
    rows_t = []
    rows_h = []
    for i, (s, o, d) in enumerate(msgs_):
        u = c.url(base + '&id=%s' % c.hex(12), 'fake "release" link')
        rows_t.append('%s | %s | %s | Rilascia: %s' % (d, s, o, u))
        rows_h.append('<tr><td style="padding:6px;border-bottom:1px solid #e1e1e1">%s</td><td style="padding:6px;border-bottom:'
                      '1px solid #e1e1e1">%s</td><td style="padding:6px;border-bottom:1px solid #e1e1e1">%s</td><td style="padding:6px;'
                      'border-bottom:1px solid #e1e1e1"><a href="%s" style="color:#0078d4">Rilascia</a></td></tr>' % (d, fmt.esc(s), fmt.esc(o), u))
    allurl = c.url(base + '&all=1', 'fake "release all" link')
    text = ('Microsoft 365 – Notifica di quarantena\n\n'
            '4 messaggi destinati a %s sono stati trattenuti in quarantena e verranno eliminati il 10/12/2026.\n\n'
            '%s\n\nRilascia tutti i messaggi: %s\n\n'
            'Questo messaggio è stato inviato da un indirizzo di notifica che non accetta risposte.\n'
            '© 2026 Microsoft Corporation' % (victim, '\n'.join(rows_t), allurl))
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#323130">'
            '<div style="background:#0078d4;color:#fff;padding:14px 20px;font-size:18px">Microsoft 365</div>'
            '<div style="padding:20px"><p style="font-size:20px;font-weight:600">Notifica di quarantena</p>'
            '<p>4 messaggi destinati a <b>%s</b> sono stati trattenuti in quarantena e verranno eliminati il '
            '<b>10/12/2026</b>.</p><table style="border-collapse:collapse;font-size:13px"><tr style="background:#f3f2f1">'
            '<th style="padding:6px;text-align:left">Data</th><th style="padding:6px;text-align:left">Mittente</th>'
            '<th style="padding:6px;text-align:left">Oggetto</th><th></th></tr>%s</table>'
            '<p style="margin-top:20px"><a href="%s" style="background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none">'
            'Rilascia tutti i messaggi</a></p><p style="font-size:11px;color:#605e5c">Questo messaggio è stato inviato da un '
            'indirizzo di notifica che non accetta risposte.<br>© 2026 Microsoft Corporation</p></div></body></html>\n' % (
                victim, ''.join(rows_h), allurl))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'),
                                          mime.text(html, 'html', 'utf-8', 'base64')], c.boundary('python'))
    env = Env(frm_name='Microsoft 365 Quarantena', frm_email='quarantine@quarantine-m365-notify.com', to=[('', victim)],
              subject='Hai 4 messaggi in quarantena – azione richiesta entro il 10/12/2026', date=t, zone='UTC',
              msgid='%s@quarantine-m365-notify.com' % c.hex(24), body=body,
              extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
    c.what = 'Fake Microsoft 365 quarantine digest listing plausible held messages (carrier, bank, supplier, tax agency) with "release" buttons.'
    c.why = ('Credential phishing tailored to the mail gateway: sent directly from a rented VPS whose own domain '
             'quarantine-m365-notify.com passes SPF/DKIM, forged X-Mailer, all "release" links go to the look-alike '
             'domain; the company\'s quarantine runs on mx01, not Microsoft 365.')
    return send(c, env, T.platform, host='mail.quarantine-m365-notify.com', ip='94.156.71.208', selector='mail',
                hops=[lambda t0: T.postfix_hop(c, 'localhost', 'localhost', '127.0.0.1', 'mail.quarantine-m365-notify.com',
                                               t0, 'UTC', 'ESMTP', victim)],
                order=['Content-Type' if False else '__MIME__', 'MIME-Version', 'Subject', 'From', 'To', 'Date', 'Message-ID', '__EXTRA__'])


# =====================================================================================  BUSINESS
def fer_invoice(c, num, date, iban):
    return docs.invoice(
        dict(title='Fattura %s' % num, author='Ferretti Trasporti', creator='TeamSystem Enterprise',
             producer='TeamSystem PDF Engine', created="20261104090211+01'00'", lang='it-IT'),
        FER_SENDER, list(EGI) + ['P.IVA 02817340355 – Cod. dest. M5UXCR1'], 'Fattura (copia di cortesia)',
        [('Numero', num), ('Data', date), ('Condizioni', 'Bonifico 60 gg d.f.f.m.'), ('Scadenza', '31/01/2027')],
        [(70, 'left'), (250, 'left'), (60, 'right'), (115, 'right')],
        [['Data', 'Descrizione', 'Colli', 'Importo €'],
         ['06/10', 'Groupage Reggio Emilia → Heilbronn, DDT 4412', '6', '612,00'],
         ['13/10', 'Groupage Reggio Emilia → Heilbronn, DDT 4507', '4', '448,00'],
         ['20/10', 'FTL Modena → Heilbronn, rimorchio centinato', '33 pal.', '1.380,00'],
         ['27/10', 'Groupage Heilbronn → Reggio Emilia (resi), DDT 4698', '3', '396,00'],
         ['31/10', 'Supplemento gasolio ottobre (6,8 %)', '', '192,85']],
        [('Imponibile', '3.028,85', False), ('IVA 22 %', '666,35', False), ('Totale documento €', '3.695,20', True)],
        ['Pagamento tramite bonifico bancario su: BPER Banca – IBAN %s' % iban,
         'Documento privo di valenza fiscale ai sensi dell\'art. 21 DPR 633/72. L\'originale è disponibile nell\'area',
         'riservata del sito dell\'Agenzia delle Entrate (Fatture e Corrispettivi).'],
        FER_FOOT, color='#0b3d91')


@message('business', 17, 'it', 'ferretti-fattura-cortesia')
def b17(c):
    t = util.local_to_utc('IT', 2026, 11, 4, 9, 14, 37)
    iban = c.iban(BANK['ferretti'], 'Ferretti\'s usual account')
    c.phone('+39 059 828 4410')
    c.url('www.ferretti-trasporti.it')
    inv = fer_invoice(c, 'FT/2026/04418', '31/10/2026', iban)
    text = ('Buongiorno,\n\n'
            'in allegato la copia di cortesia della fattura n. FT/2026/04418 del 31/10/2026 relativa ai trasporti di '
            'ottobre. L\'originale elettronico è stato trasmesso tramite SdI al Vostro codice destinatario M5UXCR1.\n\n'
            'Pagamento come di consueto con bonifico a 60 gg d.f.f.m. sul nostro conto BPER (coordinate invariate).\n\n'
            + fer_sig())
    lg = docs.logo('FERRETTI TRASPORTI', 300, 60, '#ffffff', '#0b3d91', '#c8102e', 24, 'dal 1968 · Modena', 10)
    logo = lg.png()
    cid = 'image001.png@01DC4C2B.%s' % c.hex(8, True)
    related = [mime.attachment(logo, 'image/png', 'image001.png', disposition='inline', cid=cid,
                               extra_headers=[('Content-Description', 'image001.png')], outlook_params=['size=%d' % len(logo)])]
    body = outlook_body(c, text, 'it', 'utf-8', attachments=[att_pdf(inv, 'FT_2026_04418.pdf', outlook=True, t=t)],
                        related=related)
    alt = body.children[0].children[0]
    h = alt.children[1]
    html = fmt.outlook_html(text, 'it', 'utf-8', sig_html='<p class="MsoNormal"><img width="200" height="40" '
                            'style="width:2.0833in;height:.4166in" id="Immagine_x0020_1" src="cid:%s" '
                            'alt="Ferretti Trasporti"><o:p></o:p></p>' % cid)
    alt.children[1] = mime.text(html, 'html', 'utf-8', 'quoted-printable')
    env = Env(frm_name='Amministrazione Ferretti Trasporti', frm_email='amministrazione@ferretti-trasporti.it',
              to=[('Marco Rinaldi', p('it_acc')['email'])], subject='Copia di cortesia fattura FT/2026/04418 del 31/10/2026',
              date=t, zone='IT', msgid=None, body=body, lang='it-IT')
    c.what = 'Carrier sends the courtesy copy of its October transport invoice; original already delivered via SdI.'
    c.why = ('Genuine Ferretti M365 mailbox sent from Outlook, invoice matches real shipments, usual BPER account '
             '"unchanged", no Reply-To, standard 60-day terms.')
    c.pair, c.topic = '17-it-ferretti-iban-thread-hijack.eml', 'Carrier invoices / payment account (Ferretti)'
    c.diff = ('Same mailbox. Genuine: usual BPER IBAN, normal terms, no Reply-To. Attack: Reply-To to a look-alike, '
              '"temporary" Lithuanian account, early payment demanded, phone discouraged.')
    return send(c, env, T.m365, region='EUR', lang='it-IT', tenant_id=FER_TENANT)


@message('business', 18, 'it', 'pec-agenzia-entrate-inoltro')
def b18(c):
    t = util.local_to_utc('IT', 2026, 11, 13, 10, 15, 3)
    t_fwd = util.plus(t, 41)
    ident = 'opec21006.%s.%d.%d.1.53@pec.agenziaentrate.it' % (util.local(t, 'IT').strftime('%Y%m%d%H%M%S'),
                                                              c.randint(10000, 99999), c.randint(100, 999))
    orig_mid = '%s@sogei.it' % c.hex(24)
    subj = 'Comunicazione ai sensi dell\'art. 36-bis del DPR 600/73 – periodo d\'imposta 2024'
    c.url('https://www.agenziaentrate.gov.it', 'institutional site named in the notice')
    c.ident('Protocollo', '2026/36BIS/000418227')
    d = docs.pdf.Doc(title='Comunicazione art. 36-bis', author='Agenzia delle Entrate', creator='AE-Comunicazioni',
                     producer='iText 2.1.7 by 1T3XT', created="20261112190011+01'00'", lang='it-IT')
    d.text(50, 790, 'Agenzia delle Entrate', 16, True, '#0066cc')
    d.text(50, 774, 'Direzione Provinciale di Reggio Emilia', 9, color='#444444')
    y = d.para(50, 740, 'COMUNICAZIONE AI SENSI DELL\'ART. 36-BIS DEL D.P.R. 29 SETTEMBRE 1973, N. 600 – PERIODO '
               'D\'IMPOSTA 2024 – Prot. 2026/36BIS/000418227', 495, 10.5, bold=True)
    for ln in ['Contribuente: EXAMPLE GROUP ITALIA S.R.L. – C.F. 02817340355',
               'Dal controllo automatizzato della dichiarazione Modello Redditi SC 2025 è emerso un omesso versamento '
               'parziale dell\'acconto IRES (codice tributo 2002) pari a € 1.912,00.',
               'Importo dovuto con sanzione ridotta a un terzo e interessi: € 2.041,73, da versare con modello F24 entro '
               '60 giorni dal ricevimento della presente utilizzando i codici indicati nel prospetto allegato.',
               'Se ritiene che la comunicazione non sia corretta può richiedere chiarimenti tramite il servizio CIVIS '
               'nell\'area riservata del sito https://www.agenziaentrate.gov.it o presso un ufficio territoriale.',
               'IL DIRETTORE PROVINCIALE (firma su delega)']:
        y = d.para(50, y - 8, ln, 495, 10, 14)
    pdfdata = d.build()
    orig_text = ('Si trasmette in allegato la comunicazione in oggetto.\n\n'
                 'Il presente messaggio è inviato da una casella di posta elettronica certificata utilizzata '
                 'esclusivamente per l\'invio di comunicazioni: eventuali risposte non saranno lette.\n\n'
                 'Agenzia delle Entrate')
    orig_body = mime.multipart('mixed', [mime.text(orig_text, 'plain', 'UTF-8', 'quoted-printable', ct='text/plain; charset={cs}'),
                                         mime.attachment(pdfdata, 'application/pdf', 'Comunicazione_36bis_2024_000418227.pdf')],
                               c.boundary('javamail'))
    orig_hdr = [('Return-Path', '<comunicazioni@pec.agenziaentrate.it>'),
                ('Date', util.fmt_date(util.plus(t, -2), 'IT')),
                ('From', 'comunicazioni@pec.agenziaentrate.it'), ('To', 'examplegroupitalia@legalmail.it'),
                ('Message-ID', '<%s>' % orig_mid), ('Subject', mime.hval(subj, 'utf-8', 'Q')), ('MIME-Version', '1.0')]
    orig = mime.Part(orig_hdr + orig_body.headers, children=orig_body.children, boundary=orig_body.boundary)
    orig_bytes = orig.as_bytes()
    ds = util.local(t, 'IT')
    daticert = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<postacert tipo="posta-certificata" errore="nessuno">\n'
                '  <intestazione>\n    <mittente>comunicazioni@pec.agenziaentrate.it</mittente>\n'
                '    <destinatari tipo="certificato">examplegroupitalia@legalmail.it</destinatari>\n'
                '    <risposte>comunicazioni@pec.agenziaentrate.it</risposte>\n'
                '    <oggetto>%s</oggetto>\n  </intestazione>\n  <dati>\n'
                '    <gestore-emittente>SOGEI S.p.A.</gestore-emittente>\n'
                '    <data zona="+0100">\n      <giorno>%s</giorno>\n      <ora>%s</ora>\n    </data>\n'
                '    <identificativo>%s</identificativo>\n    <msgid>&lt;%s&gt;</msgid>\n  </dati>\n</postacert>\n' % (
                    subj.replace('&', '&amp;'), ds.strftime('%d/%m/%Y'), ds.strftime('%H:%M:%S'), ident, orig_mid))
    busta_text = ('Messaggio di posta certificata\n\n'
                  'Il giorno %s alle ore %s (+0100) il messaggio\n"%s" è stato inviato da "comunicazioni@pec.agenziaentrate.it"\n'
                  'indirizzato a:\nexamplegroupitalia@legalmail.it\n'
                  'Il messaggio originale è incluso in allegato.\nIdentificativo messaggio: %s' % (
                      ds.strftime('%d/%m/%Y'), ds.strftime('%H:%M:%S'), subj, ident))
    busta_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                  '<h3>Messaggio di posta certificata</h3><p>Il giorno %s alle ore %s (+0100) il messaggio<br>"%s" è stato '
                  'inviato da "comunicazioni@pec.agenziaentrate.it"<br>indirizzato a:<br>examplegroupitalia@legalmail.it<br>'
                  'Il messaggio originale è incluso in allegato.<br>Identificativo messaggio: %s</p></body></html>\n' % (
                      ds.strftime('%d/%m/%Y'), ds.strftime('%H:%M:%S'), fmt.esc(subj), ident))
    inner = mime.multipart('mixed', [
        mime.multipart('alternative', [mime.text(busta_text, 'plain', 'UTF-8', 'quoted-printable', ct='text/plain; charset={cs}'),
                                       mime.text(busta_html, 'html', 'UTF-8', 'quoted-printable', ct='text/html; charset={cs}')],
                       c.boundary('javamail')),
        mime.attachment(daticert.encode('utf-8'), 'application/xml', 'daticert.xml', disposition='inline'),
        mime.rfc822(orig_bytes, 'postacert.eml', cte='7bit' if False else None, inline=True)], c.boundary('javamail'))
    p7 = der.cms_signed(c.rng, [('C', 'IT'), ('O', 'SOGEI S.p.A.'), ('OU', 'Servizi PEC'), ('CN', 'SOGEI PEC CA 3')],
                        c.randint(10 ** 15, 10 ** 16), ds.strftime('%y%m%d%H%M%SZ'))
    sig = mime.attachment(p7, 'application/pkcs7-signature', 'smime.p7s')
    body = mime.multipart('signed', [inner, sig], c.boundary('javamail'),
                          params='protocol="application/pkcs7-signature"; micalg="sha-256"')
    env = Env(frm_name='Per conto di: comunicazioni@pec.agenziaentrate.it', frm_email='posta-certificata@pec.agenziaentrate.it',
              to=[('', 'examplegroupitalia@legalmail.it')], rcpt=[p('it_acc')['email']],
              reply_to='comunicazioni@pec.agenziaentrate.it', subject='POSTA CERTIFICATA: ' + subj, subj_charset='UTF-8', subj_enc='Q',
              date=t, zone='IT', msgid=ident, body=body, env_from='examplegroupitalia@legalmail.it',
              extra=[('X-Riferimento-Message-ID', '<%s>' % orig_mid), ('X-Trasporto', 'posta-certificata'),
                     ('X-TipoRicevuta', 'completa'), ('X-Forwarded-To', p('it_acc')['email'])])
    c.what = ('PEC message from the Agenzia delle Entrate (art. 36-bis notice) received in the company\'s certified mailbox '
              'and auto-forwarded by the PEC provider to the accountant; includes daticert.xml, postacert.eml and the S/MIME signature.')
    c.why = ('Real certified-mail structure (busta di trasporto, multipart/signed, daticert.xml with identificativo, '
             'postacert.eml with the PDF), forwarded by the InfoCert Legalmail relay that hosts the company PEC box; the '
             'notice refers to CIVIS and F24, no links to download or passwords.')
    c.pair, c.topic = '18-it-agenzia-entrate-avviso-zip.eml', 'Agenzia delle Entrate notice'
    c.diff = ('Genuine: arrives as PEC (signed envelope, daticert.xml, PDF inside postacert.eml) via the PEC provider. '
              'Attack: ordinary mail from a hijacked studio mailbox with a link to a "protected" download.')
    c.unlisted_ok = []
    return send(c, env, T.platform, host='mx-out05.legalmail.it', ip='198.51.100.205', selector='lm2025', dkim=False, delay=41,
                hops=[lambda t0: 'from pec-in.legalmail.it (pec-in.legalmail.it [10.8.1.14])' + T.CRLF +
                      '\tby mx-out05.legalmail.it (Postfix) with ESMTP id %s' % util.postfix_qid(c.rng) + T.CRLF +
                      '\tfor <%s>; %s' % (p('it_acc')['email'], util.fmt_date(util.plus(t0, 40), 'IT', comment=True)),
                      lambda t0: 'from pec.agenziaentrate.it (pec-gw2.sogei.it [198.51.100.62])' + T.CRLF +
                      '\tby pec-in.legalmail.it (InfoCert PEC) with ESMTPS id %s' % c.hex(12, True) + T.CRLF +
                      '\tfor <examplegroupitalia@legalmail.it>; %s' % util.fmt_date(util.plus(t0, 1), 'IT')],
                order=['Date', 'Message-ID', 'Subject', 'From', 'Reply-To', 'To', '__EXTRA__', 'MIME-Version', '__MIME__'])


@message('business', 19, 'it', 'tari-pagopa-avviso')
def b19(c):
    t = util.local_to_utc('IT', 2026, 11, 23, 11, 2, 48)
    cf_ente = ids.it_piva('0014592035')
    avviso = ids.pagopa_avviso('01', '2600004187552')
    amount_cents = 287400
    payload = 'PAGOPA|002|%s|%s|%d' % (avviso, cf_ente, amount_cents)
    c.qr(payload, 'pagoPA payment code (avviso, CF ente, amount in cents)')
    c.ident('Codice avviso pagoPA', avviso)
    c.url('https://www.comune.re.it/tari', 'municipal information page')
    c.url('https://checkout.pagopa.it')
    c.phone('+39 0522 456 200')
    d = docs.pdf.Doc(title='Avviso di pagamento TARI 2026', author='Comune di Reggio Emilia', creator='Maggioli Tributi',
                     producer='JasperReports Library version 6.20.6', created="20261120170455+01'00'", lang='it-IT')
    d.rect(0, 792, 595.28, 50, fill='#0066cc')
    d.text(40, 810, 'Comune di Reggio Emilia – Servizio Tributi', 15, True, '#ffffff')
    y = 760
    d.text(40, y, 'AVVISO DI PAGAMENTO TARI 2026 – SECONDA RATA', 13, True)
    y -= 26
    for k, v in [('Intestatario', 'EXAMPLE GROUP ITALIA S.R.L.'), ('Codice fiscale', '02817340355'),
                 ('Utenza non domestica', 'Via dei Trasporti 7 – cat. 20 (attività industriali), mq 1.460'),
                 ('Importo rata', '2.874,00 €'), ('Scadenza', '16/12/2026'), ('Codice avviso', avviso),
                 ('Ente creditore', 'Comune di Reggio Emilia – C.F. %s' % cf_ente)]:
        d.text(40, y, k, 10, True)
        d.text(200, y, v, 10)
        y -= 16
    y = d.para(40, y - 10, 'Puoi pagare con pagoPA presso banche, uffici postali, tabaccherie, sportelli ATM, app di '
               'pagamento o sul sito https://checkout.pagopa.it, inquadrando il codice QR o inserendo il codice avviso e il '
               'codice fiscale dell\'ente.', 515, 10)
    d.rect(40, y - 190, 515, 170, stroke='#0066cc', lw=1)
    d.text(55, y - 40, 'pagoPA', 18, True, '#0066cc')
    d.text(55, y - 62, 'Codice avviso: %s' % ' '.join(avviso[i:i + 4] for i in range(0, 18, 4)), 10)
    d.text(55, y - 78, 'Cod. fiscale ente: %s' % cf_ente, 10)
    d.text(55, y - 94, 'Importo: 2.874,00 €', 10)
    d.qr(410, y - 180, 130, payload)
    pdfdata = d.build()
    text = ('Gentile contribuente,\n\n'
            'in allegato trova l\'avviso di pagamento della seconda rata TARI 2026 per l\'utenza non domestica di '
            'Via dei Trasporti 7 (scadenza 16/12/2026, importo 2.874,00 €).\n\n'
            'Il pagamento si effettua tramite pagoPA con il codice QR o il codice avviso riportati nell\'avviso. '
            'Informazioni sulla tariffa: https://www.comune.re.it/tari\n\n'
            'Per chiarimenti: Servizio Tributi, tel. +39 0522 456 200 (lun–ven 9–13).\n\n'
            'Comune di Reggio Emilia – Servizio Tributi\nPiazza Prampolini 1, 42121 Reggio Emilia')
    body = mime.multipart('mixed', [mime.text(text, 'plain', 'iso-8859-15' if False else 'utf-8', 'quoted-printable'),
                                    mime.attachment(pdfdata, 'application/pdf', 'TARI2026_rata2_02817340355.pdf')],
                          c.boundary('javamail'))
    env = Env(frm_name='Comune di Reggio Emilia - Servizio Tributi', frm_email='tributi@comune.re.it',
              to=[('', p('it_om')['email'])], subject='TARI 2026 – Avviso di pagamento seconda rata – EXAMPLE GROUP ITALIA S.R.L.',
              date=t, zone='IT', msgid='%d.%d.%d.JavaMail.tributi@app-tributi02' % (
                  c.randint(1000000, 9999999), c.randint(1, 99), int(t.timestamp() * 1000)), body=body)
    c.what = 'Municipal waste-tax (TARI) second-instalment notice with a genuine pagoPA payment QR code.'
    c.why = ('Municipality\'s own mail system, expected tax for the office\'s actual premises, QR encodes a proper '
             'pagoPA code (PAGOPA|002|codice avviso with valid mod-93 check|CF ente|amount), links only to comune.re.it '
             'and checkout.pagopa.it.')
    c.pair, c.topic = '19-it-pagopa-verbale-quishing.eml', 'pagoPA payment notice with QR code'
    c.diff = ('Genuine: pagoPA code payload readable by any banking app, municipal sender. Attack: QR is a URL to a '
              'look-alike payment site, sent via SES from pagopa-avvisi.info.')
    return send(c, env, T.platform, host='mx.comune.re.it', ip='198.51.100.18', selector='comunere', dkim=False,
                hops=[lambda t0: T.postfix_hop(c, 'app-tributi02.comune.re.local', None, '10.30.4.22', 'mx.comune.re.it',
                                               t0, 'IT', 'ESMTP', p('it_om')['email'])])


@message('business', 20, 'it', 'fonderia-fattura-xml')
def b20(c):
    t = util.local_to_utc('IT', 2026, 11, 16, 15, 21, 9)
    piva = ids.it_piva('0196453017')
    c.phone('+39 030 214 8850')
    c.url('www.fonderiavalpadana.it')
    iban = ids.it_iban('03069', '11210', '100000047781')
    c.iban(iban, 'Fonderia Valpadana account (Intesa Sanpaolo)')
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
           'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
           '  <FatturaElettronicaHeader>\n    <DatiTrasmissione>\n      <IdTrasmittente><IdPaese>IT</IdPaese>'
           '<IdCodice>%s</IdCodice></IdTrasmittente>\n      <ProgressivoInvio>00A7K</ProgressivoInvio>\n'
           '      <FormatoTrasmissione>FPR12</FormatoTrasmissione>\n      <CodiceDestinatario>M5UXCR1</CodiceDestinatario>\n'
           '    </DatiTrasmissione>\n    <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese>'
           '<IdCodice>%s</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>FONDERIA VALPADANA S.R.L.</Denominazione>'
           '</Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici><Sede><Indirizzo>Via Industriale 41</Indirizzo>'
           '<CAP>25030</CAP><Comune>Castel Mella</Comune><Provincia>BS</Provincia><Nazione>IT</Nazione></Sede>'
           '</CedentePrestatore>\n    <CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese>'
           '<IdCodice>02817340355</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>EXAMPLE GROUP ITALIA S.R.L.'
           '</Denominazione></Anagrafica></DatiAnagrafici><Sede><Indirizzo>Via dei Trasporti 7</Indirizzo><CAP>42124</CAP>'
           '<Comune>Reggio Emilia</Comune><Provincia>RE</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>\n'
           '  </FatturaElettronicaHeader>\n  <FatturaElettronicaBody>\n    <DatiGenerali><DatiGeneraliDocumento>'
           '<TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-11-12</Data><Numero>1187/2026</Numero>'
           '<ImportoTotaleDocumento>14914.56</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>\n'
           '    <DatiBeniServizi>\n'
           '      <DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Corpo pompa ZP-4 grezzo EN-GJS-400-15</Descrizione>'
           '<Quantita>480.00</Quantita><UnitaMisura>PZ</UnitaMisura><PrezzoUnitario>18.2000</PrezzoUnitario>'
           '<PrezzoTotale>8736.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>\n'
           '      <DettaglioLinee><NumeroLinea>2</NumeroLinea><Descrizione>Coperchio flangiato ZP-4 EN-GJS-400-15</Descrizione>'
           '<Quantita>480.00</Quantita><UnitaMisura>PZ</UnitaMisura><PrezzoUnitario>7.2800</PrezzoUnitario>'
           '<PrezzoTotale>3494.40</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>\n'
           '      <DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>12230.40</ImponibileImporto>'
           '<Imposta>2690.69</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo>\n'
           '    </DatiBeniServizi>\n    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento>'
           '<ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2027-01-31</DataScadenzaPagamento>'
           '<ImportoPagamento>14921.09</ImportoPagamento><IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento>\n'
           '  </FatturaElettronicaBody>\n</p:FatturaElettronica>\n' % (piva, piva, iban))
    xml = xml.replace('14914.56', '14921.09')
    pdfdata = docs.invoice(
        dict(title='Fattura 1187/2026', author='Fonderia Valpadana', creator='Zucchetti Ad Hoc Revolution',
             producer='Zucchetti PDF', created="20261112164210+01'00'", lang='it-IT'),
        ['Fonderia Valpadana S.r.l.', 'Via Industriale 41', '25030 Castel Mella (BS)', 'Tel. +39 030 214 8850',
         'www.fonderiavalpadana.it'],
        list(EGI), 'Fattura n. 1187/2026',
        [('Data', '12/11/2026'), ('Vs. ordine', '7731 del 02/10/2026'), ('DDT', '2210 del 11/11/2026'), ('Scadenza', '31/01/2027')],
        [(270, 'left'), (60, 'right'), (75, 'right'), (90, 'right')],
        [['Descrizione', 'Q.tà', 'Prezzo', 'Importo €'],
         ['Corpo pompa ZP-4 grezzo EN-GJS-400-15', '480', '18,2000', '8.736,00'],
         ['Coperchio flangiato ZP-4 EN-GJS-400-15', '480', '7,2800', '3.494,40']],
        [('Imponibile', '12.230,40', False), ('IVA 22 %', '2.690,69', False), ('Totale', '14.921,09', True)],
        ['Pagamento: bonifico 60 gg d.f.f.m. – Intesa Sanpaolo, IBAN %s' % ids.iban_fmt(iban),
         'Copia di cortesia – l\'originale è stato trasmesso tramite SdI (codice destinatario M5UXCR1).'],
        ['Fonderia Valpadana S.r.l. – Cap. soc. € 500.000 i.v. – R.E.A. BS-411287 – P.IVA %s' % piva], color='#6b2c0f')
    xmlname = 'IT%s_00A7K.xml' % piva
    text = ('Buonasera,\n\n'
            'in allegato copia di cortesia della fattura n. 1187/2026 del 12/11/2026 (file XML e PDF). La fattura è '
            'stata regolarmente trasmessa al Sistema di Interscambio ed è disponibile anche nel Vostro cassetto fiscale.\n\n'
            'Cordiali saluti\n\nUfficio Amministrazione\nFonderia Valpadana S.r.l.\nVia Industriale 41 – 25030 Castel Mella (BS)\n'
            'Tel. +39 030 214 8850\nwww.fonderiavalpadana.it')
    body = mime.multipart('mixed', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable', ct='text/plain; charset={cs}; format=flowed'),
                                    mime.attachment(xml.encode('utf-8'), 'text/xml', xmlname, ct_params='charset=UTF-8'),
                                    mime.attachment(pdfdata, 'application/pdf', 'Fattura_1187_2026.pdf')],
                          c.boundary('thunderbird'))
    env = Env(frm_name='Amministrazione - Fonderia Valpadana', frm_email='amministrazione@fonderiavalpadana.it',
              to=[('', p('it_acc')['email'])], subject='Copia di cortesia fattura n. 1187/2026 – Fonderia Valpadana S.r.l.',
              date=t, zone='IT', msgid=mid_uuid(c, 'fonderiavalpadana.it'), body=body)
    c.what = 'Supplier courtesy copy of an electronic invoice: FatturaPA XML plus PDF rendering.'
    c.why = ('Known castings supplier on Aruba mail sent from Thunderbird, invoice matches PO 7731 and delivery note, '
             'states the original went through SdI to the company\'s codice destinatario; XML and PDF are plain data.')
    c.pair, c.topic = '20-it-sdi-scarto-svg.eml', 'Electronic invoice / SdI'
    c.diff = ('Genuine: XML + PDF courtesy copy from the supplier itself. Attack: "SdI rejection" from a look-alike '
              'notification service via Brevo with an SVG containing a login link.')
    return send(c, env, T.aruba, client_ip='151.84.118.40', ua='Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2')


@message('business', 21, 'it', 'ferretti-messaggio-protetto-ome')
def b21(c):
    t = util.local_to_utc('IT', 2026, 12, 9, 12, 6, 40)
    victim = p('it_acc')['email']
    so = c.b64(30).replace('/', '').replace('+', '')[:40]
    mid = c.guid()
    link = ('https://outlook.office365.com/Encryption/retrieve.ashx?recipientemailaddress=%s&senderemailaddress=%s'
            '&senderorganization=%s&messageid=%s&cfmRecipient=%s&consumerEncryption=false&isCmkEnabled=false' % (
                victim.replace('@', '%40'), 'c.colombo%40ferretti-trasporti.it', so, mid, victim.replace('@', '%40')))
    c.url(link, 'Microsoft Purview Message Encryption portal')
    c.url('https://go.microsoft.com/fwlink/?LinkId=808143', 'OME information')
    c.url('https://go.microsoft.com/fwlink/?LinkId=521839', 'privacy')
    c.url('https://outlook.office365.com/Encryption/retrieve.ashx', 'form action in message.html')
    text = ('Chiara Colombo (c.colombo@ferretti-trasporti.it) ti ha inviato un messaggio protetto.\n\n'
            'Leggi il messaggio: %s\n\n'
            'Altre informazioni su Crittografia messaggi di Microsoft Purview: https://go.microsoft.com/fwlink/?LinkId=808143\n\n'
            'Informativa sulla privacy: https://go.microsoft.com/fwlink/?LinkId=521839\n\n'
            'Messaggio crittografato da Microsoft Purview Message Encryption. Ferretti Trasporti S.p.A. non ha accesso al '
            'contenuto del messaggio.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052' % link)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table style="max-width:640px;font-family:Segoe UI,Arial,sans-serif;color:#212121" cellpadding="0" cellspacing="0">'
            '<tr><td style="padding:24px 20px 8px;font-size:16px"><b>Chiara Colombo</b> (c.colombo@ferretti-trasporti.it) ti ha '
            'inviato un messaggio protetto.</td></tr><tr><td style="padding:16px 20px"><a href="%s" style="background:#0078d4;'
            'color:#ffffff;padding:10px 20px;text-decoration:none;font-size:14px">Leggi il messaggio</a></td></tr>'
            '<tr><td style="padding:16px 20px;font-size:12px;color:#666"><a href="https://go.microsoft.com/fwlink/?LinkId=808143" '
            'style="color:#0078d4">Altre informazioni su Crittografia messaggi di Microsoft Purview</a>.<br><br>'
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#0078d4">Informativa sulla privacy</a><br><br>'
            'Messaggio crittografato da Microsoft Purview Message Encryption. Ferretti Trasporti S.p.A. non ha accesso al '
            'contenuto del messaggio.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table>'
            '</body></html>\n' % link)
    blob = c.b64(1200)
    mhtml = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Encrypted message</title>'
             '</head><body><p>Per leggere il messaggio protetto apri questo allegato in un browser e seleziona "Leggi il messaggio".</p>'
             '<form method="post" action="https://outlook.office365.com/Encryption/retrieve.ashx" target="_blank">'
             '<input type="hidden" name="recipientemailaddress" value="%s">'
             '<input type="hidden" name="senderemailaddress" value="c.colombo@ferretti-trasporti.it">'
             '<input type="hidden" name="messageid" value="%s">'
             '<input type="hidden" name="encryptedcontent" value="%s">'
             '<input type="submit" value="Leggi il messaggio"></form></body></html>\n' % (victim, mid, blob))
    body = mime.multipart('mixed', [mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'),
                                                                   mime.text(html, 'html', 'utf-8', 'base64')],
                                                   '_000_' + c.hex(40, True) + '_'),
                                    mime.attachment(mhtml.encode('utf-8'), 'text/html', 'message.html')],
                          '_004_' + c.hex(40, True) + '_')
    env = Env(frm_name='Chiara Colombo', frm_email='c.colombo@ferretti-trasporti.it', to=[('Marco Rinaldi', victim)],
              subject='CMR firmati ottobre – contestazione colli mancanti DDT 4698', date=t, zone='IT', msgid=None,
              body=body, lang='it-IT')
    c.what = 'Microsoft Purview (OME) encrypted-message notice from the carrier\'s traffic clerk about signed CMRs and a missing-parcels claim.'
    c.why = ('Real OME template from Ferretti\'s genuine tenant (DMARC pass), the button goes to outlook.office365.com/Encryption, '
             'message.html wrapper posts only to Microsoft; expected topic (the October return shipment DDT 4698).')
    c.pair, c.topic = '21-it-quarantena-m365-finta.eml', 'Microsoft 365 security / protected-message notifications'
    c.diff = ('Genuine: encrypted message from a known contact via Microsoft\'s own portal. Attack: fake quarantine '
              'digest from a look-alike domain whose "release" links harvest credentials.')
    return send(c, env, T.m365, region='EUR', lang='it-IT', tenant_id=FER_TENANT, client='ome')
