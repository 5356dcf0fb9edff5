# -*- coding: utf-8 -*-
"""Italian messages (attack 17-21, business 17-21)."""
import ids
import docs
import office
import company as C
import mailsys as X
from common import *
from reg import msg

FERR_TENANT = ('a3c0e5d1-7f42-4b8e-9c61-2d5e8f0a7b34', 'ferrettitrasporti.onmicrosoft.com')
FERR_DOM = 'ferretti-trasporti.it'
FERR_FOOT = ('Ferretti Trasporti S.p.A. - Via Emilia Est 218 - 43036 Fidenza (PR) - P.IVA 01994370342 - '
             'Cap. Soc. EUR 1.200.000 i.v. - REA PR-198227')
DISCL = ('\n\nAi sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questo messaggio sono riservate e '
         'destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di '
         'informarci e di cancellarla.')


def sig_ferr(who):
    if who == 'chiara':
        return ('Cordiali saluti\n\nChiara Colombo\nCustomer Service - Ufficio Traffico\nFerretti Trasporti S.p.A.\n'
                'Via Emilia Est 218 - 43036 Fidenza (PR)\nTel. +39 0524 832140 - Cell. +39 335 742 1187\nwww.ferretti-trasporti.it' + DISCL)
    return ('Cordiali saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\nVia Emilia Est 218 - 43036 Fidenza (PR)\n'
            'Tel. +39 0524 832100\namministrazione@ferretti-trasporti.it' + DISCL)


# =====================================================================================
@msg('attack', '17-it-ferretti-casella-compromessa-iban.eml')
def a17(m):
    r = m.rng
    t = when(2026, 11, 5, 12, 18, 40)
    new_iban = ids.it_iban('03268', '22300', '052874611930')
    luca = S('Luca')
    prev_t = when(2026, 11, 3, 9, 41, 12)
    prev = ('Buongiorno,\n\nci inviate per cortesia l\'estratto conto aggiornato al 31/10? Dal nostro lato risultano aperte le '
            'fatture FT 2026/3318, 3342 e 3390; vorremmo inserirle nel pagamento di metà mese.\n\nGrazie, saluti\n\n'
            'Luca Ferraro\nAmministrazione\nExample Group Italia S.r.l.\nTel. +39 0521 774 315')
    body = ('Buongiorno Sig. Ferraro,\n\n'
            'in allegato trova l\'estratto conto aggiornato al 31/10/2026.\n\n'
            'Le segnaliamo inoltre che, a seguito di un controllo fiscale in corso, il nostro conto presso BPER Banca è '
            'temporaneamente vincolato e non può ricevere accrediti fino alla chiusura della verifica. Vi chiediamo quindi di '
            'effettuare il pagamento delle fatture scadute (FT 2026/3318, 3342 e 3390, per complessivi EUR 27.840,60) '
            'esclusivamente sul conto sotto indicato, intestato sempre alla nostra società:\n\n'
            'Ferretti Trasporti S.p.A.\nIBAN: %s\n\n'
            'Trova la comunicazione ufficiale in allegato. Per ragioni di riservatezza vi preghiamo di non contattare la banca '
            'e di rispondere solo a questa e-mail: i nostri centralini sono in migrazione al nuovo sistema VoIP questa '
            'settimana.\n\nCi servirebbe la contabile del bonifico entro venerdì.\n\n' % ids.fmt_iban(new_iban)) + sig_ferr('amm')
    plain = body + '\n\n' + B.outlook_quote_plain('it', luca, prev_t, [('Amministrazione', 'amministrazione@ferretti-trasporti.it')],
                                                  'Estratto conto al 31/10 - Example Group Italia', prev)
    html = B.outlook_html(body, 'it', 'utf-8', B.outlook_quote_html('it', luca, prev_t, [('Amministrazione', 'amministrazione@ferretti-trasporti.it')],
                                                                   'Estratto conto al 31/10 - Example Group Italia', B.text_to_mso(prev)), reply=True)
    pdfb, _ = docs.build(m, [
        ('addr', ['Spett.le', 'Example Group Italia S.r.l.', 'Via Paradigna 112', '43122 Parma (PR)'],
         [('Data', '04/11/2026'), ('Cliente', 'C00417'), ('Rif.', 'Amm./2026/211')]),
        ('sp', 16), ('h2', 'Comunicazione variazione coordinate bancarie'), ('sp', 6),
        ('p', 'Con la presente vi comunichiamo che, con effetto immediato e fino a nuova comunicazione, tutti i pagamenti a '
              'favore di Ferretti Trasporti S.p.A. dovranno essere effettuati sul seguente conto corrente:'), ('sp', 6),
        ('kv', [('Intestatario', 'Ferretti Trasporti S.p.A.'), ('IBAN', ids.fmt_iban(new_iban)), ('Causale', 'Saldo fatture FT 2026/3318-3342-3390')]),
        ('sp', 10), ('h2', 'Estratto conto al 31/10/2026'),
        ('table', ['Documento', 'Data', 'Scadenza', 'Importo EUR'], [['FT 2026/3318', '30/09/2026', '30/10/2026', '9.412,80'],
                                                                    ['FT 2026/3342', '07/10/2026', '06/11/2026', '8.925,40'],
                                                                    ['FT 2026/3390', '15/10/2026', '14/11/2026', '9.502,40']],
         [2, 1.5, 1.5, 1.6], ['l', 'l', 'l', 'r']),
        ('totals', [('Totale da saldare', 'EUR 27.840,60', True)]), ('sp', 14),
        ('p', 'Distinti saluti'), ('p', 'Ferretti Trasporti S.p.A. - Ufficio Amministrazione'),
    ], 'Microsoft: Print To PDF', '', 'Comunicazione', 'amministrazione', t - TD(hours=3),
        header=docs.letterhead('Ferretti Trasporti S.p.A.', ['Trasporti nazionali e internazionali a temperatura controllata'], (0.0, 0.35, 0.2)),
        footer=docs.footer_lines([FERR_FOOT]))
    srv = 'AS8PR03MB%04d' % r.randint(1000, 9999)
    m.root = Multi('mixed', [B.alt(m, plain, html, 'utf-8', 'base64', bnd=B.bnd_outlook(m, '000', srv)),
                             att(m, pdfb, 'application/pdf', 'Estratto_conto_e_comunicazione_IBAN.pdf', 'outlook', t)], B.bnd_outlook(m, '004', srv))
    c = dict(frm=('Amministrazione', 'amministrazione@ferretti-trasporti.it'), to=[luca],
             subject='R: Estratto conto al 31/10 - Example Group Italia', date=t, replies=1,
             irt='<5f2e81c0a7d94c3bb1e26f7d0c94a8e2@EXCH02.corp.example.com>', refs='<5f2e81c0a7d94c3bb1e26f7d0c94a8e2@EXCH02.corp.example.com>')
    X.m365(m, c, FERR_TENANT, FERR_DOM, region='eurprd03', lang='it-IT', dmarc_policy='none')
    m.describe('Thread hijack from the REAL Ferretti Trasporti accounts mailbox (Microsoft 365, compromised): reply to the '
               'accountant\'s request for a statement, claiming the carrier\'s bank account is frozen by a tax audit and giving '
               'a new IBAN at a different bank, with a statement + "official letter" PDF.',
               'All authentication passes (real tenant). Tells: new IBAN at another bank, "do not contact the bank, reply only by '
               'e-mail, phones down", payment proof by Friday, PDF made with "Microsoft: Print To PDF". Genuine Ferretti invoice: '
               'business/17.', ibans=[new_iban], phones=['+39 0521 774 315', '+39 0524 832100'])


# =====================================================================================
@msg('attack', '18-it-agenzia-entrate-irregolarita-fattura.eml')
def a18(m):
    r = m.rng
    t = when(2026, 11, 10, 8, 12, 3)
    url = 'https://comunicazioni-agenziaentrate.com/avvisi/download.php?pratica=2026-PR-118837&cf=02847310345'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>\n'
            '<body style="font-family:Titillium Web,Arial,sans-serif;font-size:15px;color:#1a1a1a">\n'
            '<div style="background:#0066cc;color:#fff;padding:14px 18px;font-size:20px">Agenzia delle Entrate</div>\n'
            '<div style="padding:16px 18px;line-height:22px">\n'
            '<p><b>Comunicazione di irregolarità n. 2026/PR/118837</b><br>ai sensi dell\'art. 54-bis del D.P.R. 633/1972</p>\n'
            '<p>Gentile contribuente,<br>Partita IVA: 02847310345 - EXAMPLE GROUP ITALIA S.R.L.</p>\n'
            '<p>dal controllo automatizzato dei dati trasmessi al Sistema di Interscambio (SdI) nel terzo trimestre 2026 sono '
            'emerse differenze tra l\'imposta risultante dalle fatture elettroniche emesse e quella indicata nella '
            'liquidazione periodica (LIPE).</p>\n'
            '<p>L\'importo da regolarizzare, comprensivo di sanzioni ridotte e interessi, è pari a <b>EUR 3.742,18</b>. '
            'È possibile consultare il dettaglio della comunicazione e il modello F24 precompilato entro 30 giorni:</p>\n'
            '<p><a href="%s" style="color:#0066cc"><b>Consulta la comunicazione (PDF)</b></a></p>\n'
            '<p>Decorso il termine, l\'importo sarà iscritto a ruolo senza ulteriori avvisi.</p>\n'
            '<p>Cordiali saluti<br>Agenzia delle Entrate<br>Direzione Provinciale di Parma - Ufficio Controlli</p>\n'
            '<p style="font-size:11px;color:#666">Messaggio generato automaticamente, si prega di non rispondere.</p>\n'
            '</div></body></html>\n' % url)
    m.root = Leaf('text/html', html, 'iso-8859-1', 'quoted-printable', ct_quote=True)
    c = dict(frm=('Agenzia delle Entrate', 'noreply@comunicazioni-agenziaentrate.com'), to=[S('Luca')],
             subject='Comunicazione di irregolarità n. 2026/PR/118837 - Fatturazione elettronica', date=t, hcs='iso-8859-1', hmode='Q')
    X.mailgun(m, c, 'mg.comunicazioni-agenziaentrate.com', ip='159.135.224.31')
    m.describe('Fake Agenzia delle Entrate "comunicazione di irregolarità" about e-invoicing (SdI/LIPE) with a link to a PHP '
               'download page, sent through Mailgun from a look-alike domain.',
               'The Agenzia communicates through the cassetto fiscale/PEC, never with download links from a .com domain; '
               'mismatch sender vs. brand; threat of iscrizione a ruolo; Mailgun bulk route.')


# =====================================================================================
@msg('attack', '19-it-canva-rdo-condivisione.eml')
def a19(m):
    r = m.rng
    t = when(2026, 11, 19, 15, 40, 11)
    did = 'DAG' + alnum(r, 8)
    url = 'https://www.canva.com/design/%s/%s/view?utm_content=%s&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId=h%s' % (
        did, alnum(r, 22), did, hexs(r, 9))
    html = ('<!DOCTYPE html><html lang="it"><head><meta charset="UTF-8"></head>\n'
            '<body style="margin:0;background:#f4f4f6;font-family:Helvetica,Arial,sans-serif;color:#0e1318">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 12px">\n'
            '<table width="480" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px">\n'
            '<tr><td style="padding:28px 32px 8px"><img src="https://static.canva.com/emails/canva_logo_email.png" width="76" alt="Canva"></td></tr>\n'
            '<tr><td style="padding:8px 32px;font-size:22px;font-weight:bold">Marco Santini ti ha invitato a visualizzare il suo design</td></tr>\n'
            '<tr><td style="padding:8px 32px;font-size:15px;line-height:22px">"Buongiorno, come anticipato al telefono vi invio la '
            'richiesta di offerta per la fornitura 2027. Documentazione e capitolato nel link. Scadenza offerte 30/11."</td></tr>\n'
            '<tr><td style="padding:14px 32px;font-size:15px"><b>RDO 2027 - Fornitura alimenti per animali - Zoomania S.p.A.</b></td></tr>\n'
            '<tr><td style="padding:10px 32px 28px"><a href="%s" style="background:#8b3dff;color:#ffffff;text-decoration:none;'
            'padding:12px 22px;border-radius:8px;font-weight:bold;font-size:15px">Apri design</a></td></tr>\n'
            '<tr><td style="padding:18px 32px;font-size:12px;color:#6b6f76;border-top:1px solid #e8e8ec">Hai ricevuto questa email perché '
            'marco.santini.zoomania@gmail.com ha condiviso un design con te su Canva.<br>© 2026 Canva, PO Box 7049, Sydney NSW 2001, Australia</td></tr>\n'
            '</table></td></tr></table></body></html>\n' % url)
    plain = B.html_to_text(html).replace('Apri design', 'Apri design: ' + url)
    m.root = B.alt(m, plain, html, 'UTF-8', 'quoted-printable', bnd=B.bnd_java(m), ct_quote=False)
    c = dict(frm=('Canva', 'no-reply@canva.com'), reply_to=[('Marco Santini', 'marco.santini.zoomania@gmail.com')],
             to=[S('Francesca')], subject='Marco Santini ti ha invitato a visualizzare "RDO 2027 - Fornitura alimenti per animali"',
             date=t, hcs='UTF-8', hmode='B')
    X.ses(m, c, region='us-east-1', host=('a48-93', '54.240.48.93'), dkim_d='canva.com', dkim_s='s3ui6fd8wvh7hhqn4b2gi5ag6gpmnvbt',
          mail_from='%s@bounce.canva.com' % hexs(r, 24), dmarc_policy='quarantine')
    m.describe('Fake tender delivered through the REAL Canva sharing service: a Gmail user posing as buyer of an Italian '
               'pet-store chain shares a "RDO 2027" design; inside the design a button leads to a Microsoft 365 login page.',
               'Canva mail is authentic (DKIM canva.com, DMARC pass); the tell is a tender from a free-mail account via a '
               'design tool, unknown buyer, link-only document.')


# =====================================================================================
@msg('attack', '20-it-ceo-richiesta-whatsapp.eml')
def a20(m):
    t = when(2026, 11, 23, 9, 4, 51)
    text = ('Buongiorno Francesca,\n\nsei in ufficio stamattina? Ho bisogno che tu mi aiuti con una questione riservata e '
            'abbastanza urgente che riguarda la filiale italiana.\n\nMandami per favore il tuo numero di cellulare, ti scrivo '
            'su WhatsApp perché oggi sono in riunione tutto il giorno e non posso telefonare.\n\nPer il momento non parlarne con '
            'nessuno, ti spiego tutto dopo.\n\nGrazie\nMatthias Brandt\n\nInviato da Outlook per iOS')
    m.root = B.alt(m, text, '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n<div dir="auto">'
                   + '<br>'.join(B.esc(l) for l in text.split('\n')) + '</div>\n</body>\n</html>\n', 'utf-8', 'base64',
                   bnd=B.bnd_outlook(m, '000', 'DU0P192MB%04d' % m.rng.randint(1000, 9999)))
    c = dict(frm=('Matthias Brandt', 'matthias.brandt.ceo@outlook.com'), to=[S('Francesca')],
             subject='Richiesta riservata', date=t, hcs='utf-8', hmode='B')
    X.outlook_com(m, c, lang='it-IT')
    m.describe('CEO fraud first contact in Italian: "Matthias Brandt" from an Outlook.com free-mail account asks the Parma '
               'office manager for her mobile number to continue on WhatsApp, secrecy requested.',
               'CEO\'s name on a consumer account; the German CEO writing fluent (machine-translated) Italian; move to WhatsApp; '
               'secrecy; no business context. Internal urgent request for contrast: business/20.')


# =====================================================================================
@msg('attack', '21-it-ordine-immagine-disco-img.eml')
def a21(m):
    r = m.rng
    t = when(2026, 12, 2, 10, 27, 18)
    lnk = (INERT_LNK % ('%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe,11',
                        'C:\\Windows\\System32\\rundll32.exe .\\data\\lib.dat,DllRegisterServer   (payload not included)')).encode()
    img = office.iso9660([('Ordine_2026-4471.pdf.lnk', lnk)], 'ORDINE_4471', (2026, 12, 2, 9, 58, 4), app='', preparer='')
    text = ('Buongiorno,\n\nin allegato il nostro ordine n. 2026/4471 per i nostri punti vendita di Parma e Fidenza (crocchette '
            'cane adulto e umido gatto). Vi chiediamo conferma della disponibilità e dei tempi di consegna.\n\nIl file è in '
            'formato immagine disco per le dimensioni: basta aprirlo con doppio clic.\n\nCordiali saluti\n\n'
            'Ufficio Acquisti\nZampa Felice S.n.c. di Bertoli G. & C.\nVia Trieste 41 - 43122 Parma\nTel. 0521 297 418\n')
    m.root = Multi('mixed', [Leaf('text/plain', text, 'windows-1252', 'quoted-printable'),
                             att(m, img, 'application/octet-stream', 'Ordine_2026-4471.img', 'outlook', t)], B.bnd_generic(m))
    c = dict(frm=('Zampa Felice Acquisti', 'ordini@zampafelice.it'), to=[S('Francesca')],
             subject='Ordine n. 2026/4471 - richiesta conferma', date=t, hcs='windows-1252', hmode='Q')
    X.aruba(m, c, '41.216.183.77', order=['From', 'To', 'Subject', 'Date', 'Message-ID', 'MV', 'MIMEONLY',
                                          ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', X.thread_index(r)), ('Content-Language', 'it')])
    m.describe('Malware loader via a compromised Aruba mailbox of a small Parma pet shop: "purchase order" delivered as a '
               'disk image (.img, ISO 9660/Joliet) containing "Ordine_2026-4471.pdf.lnk" (inert placeholder).',
               'Disk-image attachment to bypass Mark-of-the-Web; LNK masquerading as PDF; "just double-click"; authenticated '
               'Aruba submission from an unusual client IP; no DKIM.', phones=['0521 297 418'])


# =====================================================================================
# BUSINESS
# =====================================================================================
def fatturapa(num, date, lines, iban, due):
    tot = sum(q * p for _, q, p in lines)
    iva = round(tot * 0.22, 2)
    dl = ''.join('<DettaglioLinee><NumeroLinea>%d</NumeroLinea><Descrizione>%s</Descrizione><Quantita>%.2f</Quantita>'
                 '<PrezzoUnitario>%.2f</PrezzoUnitario><PrezzoTotale>%.2f</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>\n'
                 % (i + 1, d, q, p, q * p) for i, (d, q, p) in enumerate(lines))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
            'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            '<FatturaElettronicaHeader>\n<DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>01994370342</IdCodice></IdTrasmittente>'
            '<ProgressivoInvio>a7K2q</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>\n'
            '<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>01994370342</IdCodice></IdFiscaleIVA>'
            '<Anagrafica><Denominazione>FERRETTI TRASPORTI S.P.A.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>'
            '<Sede><Indirizzo>VIA EMILIA EST 218</Indirizzo><CAP>43036</CAP><Comune>FIDENZA</Comune><Provincia>PR</Provincia><Nazione>IT</Nazione></Sede></CedentePrestatore>\n'
            '<CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>02847310345</IdCodice></IdFiscaleIVA>'
            '<Anagrafica><Denominazione>EXAMPLE GROUP ITALIA S.R.L.</Denominazione></Anagrafica></DatiAnagrafici>'
            '<Sede><Indirizzo>VIA PARADIGNA 112</Indirizzo><CAP>43122</CAP><Comune>PARMA</Comune><Provincia>PR</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>\n'
            '</FatturaElettronicaHeader>\n<FatturaElettronicaBody>\n<DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento>'
            '<Divisa>EUR</Divisa><Data>%s</Data><Numero>%s</Numero><ImportoTotaleDocumento>%.2f</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>\n'
            '<DatiBeniServizi>\n%s<DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>%.2f</ImponibileImporto><Imposta>%.2f</Imposta>'
            '<EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo>\n</DatiBeniServizi>\n'
            '<DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>'
            '<DataScadenzaPagamento>%s</DataScadenzaPagamento><ImportoPagamento>%.2f</ImportoPagamento><IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento>\n'
            '</FatturaElettronicaBody>\n</p:FatturaElettronica>\n' % (date, num, tot + iva, dl, tot, iva, due, tot + iva, iban)), tot, iva


@msg('business', '17-it-ferretti-fattura-copia-cortesia.eml')
def b17(m):
    r = m.rng
    t = when(2026, 11, 30, 11, 2, 44)
    lines = [('Trasporto FTL Parma - Verden (DE) 18-19/11, semirimorchio frigo, rif. ord. EGI-2611-07', 1, 1640.00),
             ('Trasporto FTL Parma - Verden (DE) 24-25/11, semirimorchio frigo, rif. ord. EGI-2611-12', 1, 1640.00),
             ('Trasporto groupage Parma - Roma Interporto 26/11, 14 pallet', 14, 38.50),
             ('Supplemento gasolio novembre 2026 (6,4%%)', 1, 244.42)]
    lines = [(d.replace('%%', '%'), q, p) for d, q, p in lines]
    xml, tot, iva = fatturapa('FT 2026/3611', '2026-11-30', lines, C.FERR_IBAN, '2026-12-30')
    mny = lambda v: docs.money(v, 'it')
    pdfb, _ = docs.build(m, [
        ('addr', ['Spett.le', 'EXAMPLE GROUP ITALIA S.R.L.', 'Via Paradigna 112', '43122 Parma (PR)', 'P.IVA 02847310345'],
         [('Fattura n.', 'FT 2026/3611'), ('Data', '30/11/2026'), ('Cod. cliente', 'C00417'), ('Pagamento', 'Bonifico 30 gg d.f.')]),
        ('sp', 10), ('h', 'FATTURA - copia di cortesia'), ('sp', 4),
        ('table', ['Descrizione', 'Q.tà', 'Prezzo', 'Importo'], [[d, '%d' % q, mny(p), mny(q * p)] for d, q, p in lines],
         [6, 0.8, 1.2, 1.4], ['l', 'r', 'r', 'r']),
        ('totals', [('Imponibile', mny(tot), False), ('IVA 22%', mny(iva), False), ('Totale documento EUR', mny(tot + iva), True)]),
        ('sp', 6), ('kv', [('Scadenza', '30/12/2026'), ('Banca', 'BPER Banca - Fil. Fidenza'), ('IBAN', ids.fmt_iban(C.FERR_IBAN))]),
        ('sp', 6), ('small', 'Documento privo di valenza fiscale ai sensi dell\'art. 21 DPR 633/72. L\'originale è disponibile nella Sua area '
                             'riservata del sito dell\'Agenzia delle Entrate (Fatture e Corrispettivi). Trasmessa allo SdI il 30/11/2026, '
                             'id. SdI 14877203365.'),
    ], 'TeamSystem Gamma', 'TeamSystem', 'FT 2026/3611', 'Ferretti Trasporti', t - TD(minutes=20),
        header=docs.letterhead('Ferretti Trasporti S.p.A.', ['Trasporti nazionali e internazionali a temperatura controllata'], (0.0, 0.35, 0.2)),
        footer=docs.footer_lines([FERR_FOOT], 'Pag. %d'))
    body = ('Spett.le Example Group Italia,\n\nin allegato la copia di cortesia della fattura FT 2026/3611 del 30/11/2026, '
            'trasmessa oggi al Sistema di Interscambio, con il relativo file XML.\n\nLe coordinate bancarie restano invariate '
            '(BPER Banca, IBAN %s).\n\n' % ids.fmt_iban(C.FERR_IBAN)) + sig_ferr('amm')
    srv = 'AS8PR03MB%04d' % r.randint(1000, 9999)
    m.root = Multi('mixed', [B.alt(m, body, B.outlook_html(body, 'it', 'utf-8'), 'utf-8', 'base64', bnd=B.bnd_outlook(m, '000', srv)),
                             att(m, pdfb, 'application/pdf', 'FT_2026_3611.pdf', 'outlook', t),
                             att(m, xml.encode('utf-8'), 'text/xml', 'IT01994370342_a7K2q.xml', 'outlook', t)], B.bnd_outlook(m, '004', srv))
    c = dict(frm=('Amministrazione', 'amministrazione@ferretti-trasporti.it'), to=[S('Luca')],
             subject='Fattura FT 2026/3611 del 30/11/2026 - copia di cortesia', date=t)
    X.m365(m, c, FERR_TENANT, FERR_DOM, region='eurprd03', lang='it-IT', dmarc_policy='none')
    m.describe('Genuine carrier invoice (courtesy copy) from Ferretti\'s accounts mailbox: PDF plus FatturaPA FPR12 XML, '
               'bank details explicitly unchanged.',
               'Real tenant, same IBAN as in the SdI XML and all previous invoices, expected monthly invoice.',
               hardneg='17-it-ferretti-casella-compromessa-iban.eml', ibans=[C.FERR_IBAN], phones=['+39 0524 832100'])


# =====================================================================================
@msg('business', '18-it-ferretti-programmazione-ritiri.eml')
def b18(m):
    r = m.rng
    t = when(2026, 12, 7, 16, 12, 9)
    fr = S('Francesca')
    prev_t = when(2026, 12, 7, 11, 30, 2)
    prev = ('Ciao Chiara,\n\nper la settimana 50 avremmo tre ritiri a Parma per Verden (mar 8, gio 10, ven 11) e un groupage per '
            'Bologna giovedì mattina. Riuscite a confermare le bilico frigo? Il carico di venerdì deve arrivare in Germania '
            'entro lunedì 14 alle 6:00, perché è il contingente per il cliente tedesco.\n\nGrazie mille\nFrancesca\n\n'
            'Francesca Bernardi\nOffice Manager\nExample Group Italia S.r.l.\nTel. +39 0521 774 311')
    body = ('Ciao Francesca,\n\nconfermo i ritiri di martedì 8 e giovedì 10 con partenza da Parma alle 14:00; per venerdì 11 '
            'abbiamo il mezzo ma con l\'autista in doppia guida, quindi arrivo a Verden lunedì 14 entro le 5:30 senza problemi.\n\n'
            'Il groupage per Bologna lo carichiamo giovedì alle 8:00 insieme al giro Emilia.\n\n'
            'Ti mando domani le targhe per il portale di Verden. Marco in copia per la parte tedesca.\n\n') + sig_ferr('chiara')
    plain = body + '\n\n' + B.outlook_quote_plain('it', fr, prev_t, [('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')],
                                                  'Programmazione ritiri settimana 50', prev, cc=[S('Marco')])
    html = B.outlook_html(body, 'it', 'iso-8859-1', B.outlook_quote_html('it', fr, prev_t, [('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')],
                                                                         'Programmazione ritiri settimana 50', B.text_to_mso(prev), cc=[S('Marco')]), reply=True)
    srv = 'AS8PR03MB%04d' % r.randint(1000, 9999)
    m.root = B.alt(m, plain, html, 'iso-8859-1', 'quoted-printable', bnd=B.bnd_outlook(m, '000', srv))
    c = dict(frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=[fr], cc=[S('Marco')],
             subject='R: Programmazione ritiri settimana 50', date=t, hcs='iso-8859-1', hmode='Q', replies=1,
             irt='<9a7b2c41e0d34f5b8c1a6e9f2d3b7a40@EXCH01.corp.example.com>', refs='<9a7b2c41e0d34f5b8c1a6e9f2d3b7a40@EXCH01.corp.example.com>')
    X.m365(m, c, FERR_TENANT, FERR_DOM, region='eurprd03', lang='it-IT', dmarc_policy='none')
    m.describe('Genuine reply in an existing thread from the carrier\'s dispatcher confirming pick-ups for week 50.',
               'Real Ferretti mailbox, thread continuity, operational content only, no links/attachments/payment.',
               hardneg='17-it-ferretti-casella-compromessa-iban.eml', phones=['+39 0524 832140', '+39 335 742 1187', '+39 0521 774 311'])


# =====================================================================================
@msg('business', '19-it-riseria-conferma-ordine.eml')
def b19(m):
    r = m.rng
    t = when(2026, 10, 14, 9, 5, 37)
    mny = lambda v: docs.money(v, 'it')
    lines = [('Rotture di riso (risina) per uso zootecnico, big bag 1.000 kg', 48, 412.00), ('Farina di riso gelatinizzata, sacchi 25 kg', 6, 890.00)]
    tot = sum(q * p for _, q, p in lines)
    pdfb, _ = docs.build(m, [
        ('addr', ['Spett.le', 'Example Group Italia S.r.l.', 'Via Paradigna 112', '43122 Parma (PR)'],
         [('Conferma n.', '1187/26'), ('Data', '14/10/2026'), ('Vs. ordine', 'EGI-ACQ-2610-03'), ('Resa', 'Franco Verden (DE)')]),
        ('sp', 10), ('h', 'CONFERMA D\'ORDINE'), ('sp', 4),
        ('table', ['Articolo', 'Q.tà (t)', 'Prezzo EUR/t', 'Importo EUR'], [[d, '%d' % q, mny(p), mny(q * p)] for d, q, p in lines],
         [5, 1, 1.5, 1.6], ['l', 'r', 'r', 'r']),
        ('totals', [('Totale imponibile', mny(tot) + ' EUR', True)]), ('sp', 6),
        ('kv', [('Consegna', '2 bilici settimana 44 + 2 bilici settimana 46'), ('Pagamento', 'RiBa 60 gg f.m.'),
                ('Certificazioni', 'GMP+ B3, analisi micotossine per lotto')]),
        ('sp', 6), ('small', 'Riseria Lomellina S.r.l. - Strada per Cilavegna 9 - 27036 Mortara (PV) - P.IVA 02276410186'),
    ], 'Microsoft® Excel® 2019', 'Microsoft® Excel® 2019', 'Conferma ordine 1187/26', 'Giulia Rossi', t - TD(minutes=15),
        header=docs.letterhead('Riseria Lomellina', ['Sottoprodotti del riso per mangimistica e petfood'], (0.55, 0.45, 0.1)))
    text = ('Buongiorno Francesca,\n\nin allegato la conferma d\'ordine n. 1187/26 relativa al Vs. ordine EGI-ACQ-2610-03. Le '
            'consegne a Verden sono pianificate per le settimane 44 e 46; i certificati di analisi viaggiano con i documenti '
            'di trasporto.\n\nResto a disposizione per qualsiasi chiarimento.\n\nCordiali saluti\n\nGiulia Rossi\nUfficio Ordini\n'
            'Riseria Lomellina S.r.l.\nTel. 0384 91 22 47\n')
    m.root = Multi('mixed', [Leaf('text/plain', text, 'windows-1252', 'quoted-printable'),
                             att(m, pdfb, 'application/pdf', 'Conferma_ordine_1187-26.pdf', 'outlook', t)], B.bnd_generic(m))
    c = dict(frm=('Riseria Lomellina - Ordini', 'ordini@riserialomellina.it'), to=[S('Francesca')], cc=[S('Frank')],
             subject='Conferma d\'ordine n. 1187/26 - Vs. ordine EGI-ACQ-2610-03', date=t, hcs='windows-1252', hmode='Q')
    X.aruba(m, c, '93.62.148.22')
    m.describe('Genuine order confirmation from the rice-by-product supplier sent with Outlook via Aruba SMTP (no DKIM, as '
               'many small Italian firms).', 'Known supplier and order number, expected PDF, no payment data changes.',
               hardneg='21-it-ordine-immagine-disco-img.eml', phones=['0384 91 22 47'])


# =====================================================================================
@msg('business', '20-it-interno-f24-urgente.eml')
def b20(m):
    r = m.rng
    t = when(2026, 12, 14, 10, 31, 2)
    rows = [[('Codice tributo', 'b'), ('Descrizione', 'b'), ('Periodo', 'b'), ('Importo EUR', 'b')],
            ['6011', 'IVA acconto dicembre', '2026', (18422.00, 'n')], ['1001', 'Ritenute redditi lavoro dipendente', '11/2026', (9318.44, 'n')],
            ['1040', 'Ritenute lavoro autonomo', '11/2026', (612.00, 'n')], ['DM10', 'Contributi INPS', '11/2026', (12044.71, 'n')],
            [None, ('Totale F24', 'b'), None, (40397.15, 'bn')]]
    x = office.xlsx([('F24 16-12-2026', rows, [14, 38, 10, 14])], 'Luca Ferraro', 'Luca Ferraro', '2026-12-14T08:50:00Z',
                    '2026-12-14T09:28:40Z', (2026, 12, 14, 9, 28, 40))
    text = ('Ciao Francesca,\n\nil 16 scade l\'F24 di dicembre (acconto IVA + ritenute e contributi di novembre), totale EUR '
            '40.397,15 - prospetto in allegato, già quadrato con il consulente del lavoro.\n\nMi serve la seconda firma '
            'sull\'home banking entro domani sera: la distinta è già caricata su Intesa Inbiz, devi solo autorizzarla con il '
            'tuo token. Ho avvisato anche Katrin in sede.\n\nGrazie!\nLuca\n\nLuca Ferraro\nAmministrazione\nExample Group Italia S.r.l.\nTel. +39 0521 774 315')
    m.root = Multi('mixed', [B.alt(m, text, B.outlook_html(text, 'it', 'utf-8'), 'utf-8', 'quoted-printable', bnd=B.bnd_exchange(m)),
                             att(m, x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Prospetto_F24_16-12-2026.xlsx', 'outlook', t)],
                   B.bnd_exchange(m, '004'))
    c = dict(frm=S('Luca'), to=[S('Francesca')], cc=[S('Katrin')], subject='URGENTE: F24 in scadenza il 16/12 - serve tua autorizzazione',
             date=t)
    X.exchange_internal(m, c, client_ip='10.22.1.15', lang='it-IT', importance='high')
    m.describe('Genuine urgent internal request in Italian: the accountant asks the office manager for the second '
               'authorisation of the December F24 tax payment already prepared in the bank portal.',
               'Internal route; recurring statutory payment with due date; normal dual authorisation in the bank\'s own '
               'portal; CFO copied.', hardneg='20-it-ceo-richiesta-whatsapp.eml', phones=['+39 0521 774 315'])


# =====================================================================================
@msg('business', '21-it-sharepoint-condivisione-tariffe-2027.eml')
def b21(m):
    r = m.rng
    t = when(2026, 12, 9, 14, 55, 30)
    url = 'https://ferrettitrasporti.sharepoint.com/:x:/s/Commerciale/E%s?e=%s' % (alnum(r, 42, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), alnum(r, 6))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:\'Segoe UI\',Tahoma,sans-serif;margin:0">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">\n'
            '<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1">\n'
            '<tr><td style="padding:24px 28px 8px;font-size:20px;color:#323130">Chiara Colombo ha condiviso un file con te</td></tr>\n'
            '<tr><td style="padding:6px 28px;font-size:14px;color:#605e5c">Ecco il tariffario 2027 come da accordi, valido dal 1° gennaio. '
            'Fammi sapere se serve la versione PDF firmata.</td></tr>\n'
            '<tr><td style="padding:14px 28px"><table cellpadding="0" cellspacing="0" style="border:1px solid #edebe9;width:100%%"><tr>'
            '<td style="padding:12px;font-size:14px"><b style="color:#107c41">X</b>&nbsp; Tariffe 2027 Ferretti - Example Group.xlsx</td></tr></table></td></tr>\n'
            '<tr><td style="padding:8px 28px 22px"><a href="%s" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none;font-size:14px">Apri</a></td></tr>\n'
            '<tr><td style="padding:12px 28px;font-size:11px;color:#8a8886;border-top:1px solid #edebe9">Questo collegamento funziona solo per i '
            'destinatari diretti di questo messaggio.<br><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#0078d4">'
            'Informativa sulla privacy</a> · Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>\n'
            '</table></td></tr></table></body></html>\n' % url)
    plain = ('Chiara Colombo ha condiviso un file con te\n\nEcco il tariffario 2027 come da accordi, valido dal 1° gennaio. Fammi '
             'sapere se serve la versione PDF firmata.\n\nTariffe 2027 Ferretti - Example Group.xlsx\nApri: %s\n' % url)
    m.root = B.alt(m, plain, html, 'utf-8', 'quoted-printable', bnd=B.bnd_outlook(m, '000', 'AM7PR03MB%04d' % r.randint(1000, 9999)), ct_quote=True)
    c = dict(frm=('Chiara Colombo', 'no-reply@sharepointonline.com'), reply_to=[('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')],
             to=[S('Francesca')], subject='Chiara Colombo ha condiviso "Tariffe 2027 Ferretti - Example Group" con te', date=t, hcs='utf-8', hmode='B')
    X.m365(m, c, FERR_TENANT, 'ferretti-trasporti.it', region='eurprd03', lang='it-IT', dkim_d='sharepointonline.com',
           dkim_s='selector1', dmarc_policy='reject', extra=[('X-MS-Exchange-Organization-SharePoint', 'SharingNotification')])
    m.describe('Genuine SharePoint Online sharing notification: the carrier\'s dispatcher shares the 2027 rate card; link to '
               'the carrier\'s own *.sharepoint.com site.',
               'Sent by Microsoft (sharepointonline.com, DKIM pass) on behalf of a known contact, Reply-To is her real address, '
               'link to ferrettitrasporti.sharepoint.com.', hardneg='14-en-oauth-consent-sharepoint.eml')
