# -*- coding: utf-8 -*-
"""business/ 17-21 (Italian)."""
from .common import *


def fatturapa(num, data, righe, imponibile, iva, totale, iban, scad):
    linee = ''.join('<DettaglioLinee><NumeroLinea>%d</NumeroLinea><Descrizione>%s</Descrizione><Quantita>%s</Quantita>'
                    '<PrezzoUnitario>%s</PrezzoUnitario><PrezzoTotale>%s</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA>'
                    '</DettaglioLinee>\n' % (i + 1, esc(d), q, p, t) for i, (d, q, p, t) in enumerate(righe))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
            'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">\n'
            '<FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice>'
            '</IdTrasmittente><ProgressivoInvio>FPR81226</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione>'
            '<CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>\n'
            '<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA>'
            '<Anagrafica><Denominazione>BioReagenti Italia S.r.l.</Denominazione></Anagrafica><RegimeFiscale>RF01'
            '</RegimeFiscale></DatiAnagrafici><Sede><Indirizzo>Via Lecco 61</Indirizzo><CAP>20900</CAP><Comune>Monza'
            '</Comune><Provincia>MB</Provincia><Nazione>IT</Nazione></Sede></CedentePrestatore>\n'
            '<CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice>'
            '</IdFiscaleIVA><Anagrafica><Denominazione>Example Group Diagnostica S.r.l.</Denominazione></Anagrafica>'
            '</DatiAnagrafici><Sede><Indirizzo>Viale Monza 259</Indirizzo><CAP>20126</CAP><Comune>Milano</Comune>'
            '<Provincia>MI</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente></FatturaElettronicaHeader>\n'
            '<FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR'
            '</Divisa><Data>%s</Data><Numero>%s</Numero><ImportoTotaleDocumento>%s</ImportoTotaleDocumento>'
            '</DatiGeneraliDocumento></DatiGenerali>\n<DatiBeniServizi>\n%s<DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA>'
            '<ImponibileImporto>%s</ImponibileImporto><Imposta>%s</Imposta><EsigibilitaIVA>I</EsigibilitaIVA>'
            '</DatiRiepilogo></DatiBeniServizi>\n<DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento>'
            '<DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>%s</DataScadenzaPagamento>'
            '<ImportoPagamento>%s</ImportoPagamento><IstitutoFinanziario>UniCredit S.p.A.</IstitutoFinanziario><IBAN>%s</IBAN>'
            '</DettaglioPagamento></DatiPagamento></FatturaElettronicaBody>\n</p:FatturaElettronica>\n') % (
        U.it_piva('0734918096'), U.it_piva('0734918096'), ENT['IT']['ids'][0][1], data, num, totale, linee, imponibile,
        iva, scad, totale, iban)


# ---------------------------------------------------------------------------------------------- 17
@msg('business', '17-it-ferretti-copia-cortesia-fatture')
def _(m):
    m.when = ('2026-11-12 10:05:48', 'IT')
    m.frm = ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')
    m.to = [P('marco.galli')]
    m.cc = [('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it')]
    m.subject = 'R: Fatture ottobre 2026'
    m.system = ferretti()
    m.replies = 1
    m.in_reply_to = '<2e8b7c1d4f9a4e3b8c6d5e4f3a2b1c0d@EXCH01.corp.example.com>'
    m.references = m.in_reply_to
    pdf = letter_pdf(m, 'FERRETTI TRASPORTI', ['Ferretti Trasporti S.p.A. · Via Emilia 118 · 26900 Lodi (LO)',
                                               'P.IVA %s · Tel. +39 0371 418 200' % U.it_piva('0839174015')],
                     ['Spett.le', 'Example Group Diagnostica S.r.l.', 'Viale Monza 259', '20126 Milano (MI)'],
                     'Lodi, 30/10/2026', 'Fattura n. 2026/1874 – copia di cortesia',
                     ['Documento privo di valenza fiscale. L\'originale è stato trasmesso al Sistema di Interscambio '
                      '(identificativo SdI 18472930155) e recapitato al codice destinatario M5UXCR1.'],
                     table=(['Data', 'Tratta', 'Servizio', 'Colli', 'Importo €'],
                            [['01-31/10', 'Lodi – Milano V.le Monza', 'Refrigerato +2/+8 °C, 2 ritiri/giorno', '412', '3.980,00'],
                             ['14/10', 'Piacenza – Milano', 'Urgente campioni ematici', '18', '690,00'],
                             ['01-31/10', 'Bergamo – Milano', 'Congelato -20 °C', '56', '1.000,80'],
                             ['', '', '', 'Imponibile', '5.670,80'], ['', '', '', 'IVA 22 %', '1.247,60'],
                             ('**', '', '', '', 'Totale fattura', '6.918,40')],
                            [46, 100, 260, 470, 552], ['l', 'l', 'l', 'r', 'r']),
                     footer=['Pagamento: bonifico bancario a 60 gg d.f.f.m. · Intesa Sanpaolo S.p.A. · IBAN %s · BIC '
                             'BCITITMM' % fi(FERRETTI_IBAN)],
                     producer='TeamSystem Enterprise', creator='TeamSystem', author='Amministrazione',
                     color=(0.0, 0.29, 0.55))
    text = ('Buongiorno Marco,\n\n'
            'in allegato la copia di cortesia della fattura 2026/1874 con il dettaglio delle tratte di ottobre. La '
            'fattura 2026/1902 riguarda solo le consegne urgenti del 6 novembre e te la mando a fine mese insieme a '
            'quelle di novembre.\n\n'
            'Le coordinate bancarie sono quelle di sempre (Intesa Sanpaolo, IBAN %s), pagamento a 60 gg fine mese.\n\n'
            'Buona giornata\n\nChiara Colombo\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\n'
            'Via Emilia 118 - 26900 Lodi (LO) | Tel. +39 0371 418 220\n\n'
            '________________________________\n'
            'Da: Marco Galli <marco.galli@example.com>\n'
            'Inviato: giovedì 12 novembre 2026 09:41\n'
            'A: Chiara Colombo <c.colombo@ferretti-trasporti.it>\n'
            'Oggetto: Fatture ottobre 2026\n\n'
            'Buongiorno Chiara,\n\n'
            'ci potete mandare in copia di cortesia le fatture di ottobre (trasporti refrigerati Lodi-Milano)? Le '
            'fatture elettroniche via SDI ci sono arrivate, ma manca il dettaglio delle tratte per il controllo.\n\n'
            'Grazie e buona giornata\nMarco Galli\nAmministrazione - Example Group Diagnostica S.r.l.\n') % fi(FERRETTI_IBAN)
    top, quoted = text.split('________________________________\n')
    qh, qb = quoted.split('\n\n', 1)
    cid = 'image001.png@01DD5A3E.7C41B2D0'
    logo_html = ('<p class="MsoNormal"><img width="180" height="36" style="width:1.875in;height:.375in" '
                 'id="Immagine_x0020_1" src="cid:%s" alt="Ferretti Trasporti"><o:p></o:p></p>' % cid)
    html = outlook_html(top, outlook_quote_html([l.split(' ', 1) for l in qh.split('\n')], qb), lang='IT', sig=logo_html)
    body = alt(m.rng, text, html, 'outlook', cte='base64', server='PA4PR03MB6611eurp', n=1)
    logo = banner_png(180, 36, (255, 255, 255), None, [(0, 0, 180, 36, (0, 74, 140)), (8, 8, 20, 20, (255, 255, 255)),
                                                       (34, 12, 130, 4, (255, 255, 255)), (34, 20, 96, 4, (180, 205, 230))])
    img = attachment(logo, 'image/png', 'image001.png', disposition='inline', cid=cid, style='rfc2047')
    rel = related(m.rng, 'outlook', [body, img], n=2, server='PA4PR03MB6611eurp', rtype='multipart/alternative')
    m.root = mixed(m.rng, 'outlook', [rel, attachment(pdf, 'application/pdf', 'Fattura_2026-1874_copia_cortesia.pdf',
                                                      style='rfc2047')], server='PA4PR03MB6611eurp')
    m.fact('phone', '+39 0371 418 220')
    m.hard_negative_of = (['17-it-ferretti-lookalike-nuovo-iban'],
                          'The real answer in the same thread: from ferretti-trasporti.it through its Microsoft 365, confirms '
                          'the unchanged Intesa account, courtesy copy of an SDI invoice.')
    m.what = 'Genuine reply from the Italian carrier with a courtesy copy of an e-invoice already delivered through SDI.'
    m.why = ('ferretti-trasporti.it tenant (DKIM/DMARC pass), replies in the real thread, restates the usual bank account, '
             'invoice amount matches the SDI original.')


# ---------------------------------------------------------------------------------------------- 18
@msg('business', '18-it-pec-bioreagenti-conferma-ordine')
def _(m):
    m.when = ('2026-10-16 12:31:09', 'IT')
    sender = 'bioreagenti@pec.bioreagenti.it'
    m.frm = ('Per conto di: %s' % sender, 'posta-certificata@pec.aruba.it')
    m.reply_to = ('', sender)
    m.to = [P('marco.galli')]
    m.subject = 'POSTA CERTIFICATA: Conferma d\'ordine OV-2026-0932 - Example Group Diagnostica S.r.l.'
    m.system = Aruba(pec=True, client_ip='151.24.118.70', ua='')
    ident = 'opec21012.20261016123106.61842.77.1.48@pec.aruba.it'
    m.msgid = '<%s>' % ident
    orig_id = '<%s$%s$%s$@pec.bioreagenti.it>' % (rhex(m.rng, 12), rhex(m.rng, 8), rhex(m.rng, 8))
    m.pre_extra = [('X-Riferimento-Message-ID', orig_id), ('X-Trasporto', 'posta-certificata')]
    pdf = letter_pdf(m, 'BioReagenti Italia', ['BioReagenti Italia S.r.l. · Via Lecco 61 · 20900 Monza (MB)',
                                               'P.IVA %s · ordini@bioreagenti.it' % U.it_piva('0734918096')],
                     ['Spett.le', 'Example Group Diagnostica S.r.l.', 'Viale Monza 259', '20126 Milano (MI)'],
                     'Monza, 16/10/2026', 'Conferma d\'ordine OV-2026-0932',
                     ['Vs. ordine n. 2026-MI-0417 del 14/10/2026 · Consegna prevista: 21/10/2026 (catena del freddo +2/+8 °C)'],
                     table=(['Codice', 'Descrizione', 'Conf.', 'Q.tà', 'Importo €'],
                            [['BR-TSH3', 'TSH 3a generazione, 200 test', '1 kit', '12', '2.856,00'],
                             ['BR-FT4', 'FT4, 200 test', '1 kit', '10', '2.190,00'],
                             ['BR-CTRL-IA3', 'Controllo immunochimica tri-livello', '6x5 ml', '4', '624,00'],
                             ['', '', '', 'Imponibile', '5.670,00'], ['', '', '', 'IVA 22 %', '1.247,40'],
                             ('**', '', '', '', 'Totale', '6.917,40')],
                            [46, 120, 340, 430, 552], ['l', 'l', 'l', 'r', 'r']),
                     footer=['Pagamento: bonifico 60 gg d.f.f.m. su UniCredit S.p.A. IBAN %s' % fi(BIOREAG_IBAN)],
                     producer='Microsoft® Word per Microsoft 365', creator='Microsoft® Word per Microsoft 365',
                     author='Ufficio ordini', color=(0.56, 0.11, 0.25))
    inner_text = ('Spett.le Example Group Diagnostica,\n\n'
                  'in allegato la conferma d\'ordine OV-2026-0932 relativa al Vs. ordine 2026-MI-0417. La consegna è '
                  'prevista per mercoledì 21/10 con corriere a temperatura controllata.\n\n'
                  'Cordiali saluti\nUfficio Ordini\nBioReagenti Italia S.r.l.\n')
    inner_root = mixed(m.rng, 'outlook-smtp', [text_part(inner_text, 'plain', 'iso-8859-1', 'quoted-printable'),
                                               attachment(pdf, 'application/pdf', 'Conferma_ordine_OV-2026-0932.pdf',
                                                          style='rfc2047')])
    inner = simple_message([('From', '"BioReagenti Italia PEC" <%s>' % sender), ('To', '<marco.galli@example.com>'),
                            ('Subject', '=?iso-8859-1?Q?Conferma_d=27ordine_OV-2026-0932_-_Example_Group_Diagnostica_S.r.l.?='),
                            ('Date', rfc2822(m.utc, 'IT')), ('Message-ID', orig_id), ('X-Mailer', 'Microsoft Outlook 16.0')],
                           inner_root)
    transport = ('Messaggio di posta certificata\n\n'
                 'Il giorno 16/10/2026 alle ore 12:31:06 (+0200) il messaggio\n'
                 '"Conferma d\'ordine OV-2026-0932 - Example Group Diagnostica S.r.l." è stato inviato da "%s"\n'
                 'indirizzato a:\nmarco.galli@example.com\n'
                 'Il messaggio originale è incluso in allegato.\n'
                 'Identificativo messaggio: %s\n') % (sender, ident)
    daticert = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<postacert tipo="posta-certificata" errore="nessuno">\n'
                '  <intestazione>\n    <mittente>%s</mittente>\n'
                '    <destinatari tipo="esterno">marco.galli@example.com</destinatari>\n'
                '    <risposte>%s</risposte>\n'
                '    <oggetto>Conferma d\'ordine OV-2026-0932 - Example Group Diagnostica S.r.l.</oggetto>\n'
                '  </intestazione>\n  <dati>\n    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>\n'
                '    <data zona="+0200">\n      <giorno>16/10/2026</giorno>\n      <ora>12:31:06</ora>\n    </data>\n'
                '    <identificativo>%s</identificativo>\n    <msgid>%s</msgid>\n  </dati>\n</postacert>\n') % (
        sender, sender, ident, orig_id.replace('<', '&lt;').replace('>', '&gt;'))
    p7s = bytes([0x30, 0x82, 0x0c, 0x41, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]) + \
        bytes(m.rng.getrandbits(8) for _ in range(3100))
    inner_mixed = mixed(m.rng, 'java', [
        alt(m.rng, transport, '<html><body>' + paras_html(transport) + '</body></html>\n', 'java', charset='UTF-8',
            cte='quoted-printable'),
        attachment(daticert.encode('utf-8'), 'application/xml', 'daticert.xml', style='plain'),
        rfc822(inner, 'postacert.eml')])
    m.root = multipart('signed', [inner_mixed, attachment(p7s, 'application/x-pkcs7-signature', 'smime.p7s', style='plain')],
                       bnd(m.rng, 'java'), params=[('protocol', 'application/x-pkcs7-signature', 'q'), ('micalg', 'sha-256', 'u')])
    m.hard_negative_of = (['18-it-pec-compromessa-sollecito-zip'],
                          'Same PEC transport format, but from the known supplier\'s PEC domain, about a real order, with the '
                          'PDF attached inside postacert.eml and no download link.')
    m.what = 'Genuine certified mail (PEC) from the reagent supplier: order confirmation PDF inside postacert.eml.'
    m.why = ('Aruba PEC envelope for pec.bioreagenti.it, known supplier, references the Milano lab\'s own order number, '
             'document attached directly, bank account is the known UniCredit one.')


# ---------------------------------------------------------------------------------------------- 19
@msg('business', '19-it-bioreagenti-offerta-listino-xlsx')
def _(m):
    m.when = ('2026-11-24 17:08:26', 'IT')
    m.frm = ('Davide Russo', 'd.russo@bioreagenti.it')
    m.to = [P('giulia.ferraro')]
    m.cc = [P('marco.galli'), P('oliver.gross')]
    m.subject = 'Offerta listino 2027 - reagenti immunochimica'
    m.system = Aruba(client_ip='151.24.118.70', ua='Microsoft Outlook 16.0')
    m.hdr_charset = 'iso-8859-1'
    m.hdr_enc = 'Q'
    rows = [['Codice', 'Descrizione', 'Confezione', 'Prezzo 2026 €', 'Prezzo 2027 €', 'Var. %'],
            ['BR-TSH3', 'TSH 3a generazione', '200 test', 238.0, 244.5, 2.7],
            ['BR-FT4', 'FT4', '200 test', 219.0, 224.9, 2.7],
            ['BR-FT3', 'FT3', '200 test', 226.0, 232.1, 2.7],
            ['BR-PCT', 'Procalcitonina', '100 test', 412.0, 418.0, 1.5],
            ['BR-FER', 'Ferritina', '200 test', 151.0, 155.5, 3.0],
            ['BR-B12', 'Vitamina B12', '100 test', 189.0, 194.7, 3.0],
            ['BR-VITD', '25-OH Vitamina D', '100 test', 298.0, 305.5, 2.5],
            ['BR-CTRL-IA3', 'Controllo immunochimica tri-livello', '6x5 ml', 156.0, 159.9, 2.5],
            ['BR-CAL-TH', 'Calibratori pannello tiroide', '2x2 ml', 88.0, 88.0, 0.0]]
    xlsx = make_xlsx([('Listino 2027', rows), ('Condizioni', [['Condizioni commerciali'],
                                                              ['Validità offerta: 31/01/2027'],
                                                              ['Pagamento: bonifico 60 gg d.f.f.m.'],
                                                              ['Resa: franco destino, catena del freddo inclusa'],
                                                              ['Sconto volume > 50 kit/anno: 4 %']])],
                     zdt(m, 90), title='Listino 2027 Example Group', author='Davide Russo', created='2026-11-24T15:40:00Z')
    text = ('Buonasera Giulia,\n\n'
            'come anticipato al telefono, le invio l\'offerta con il listino 2027 per i reagenti di immunochimica in '
            'uso presso il vostro laboratorio di Milano (file Excel in allegato). L\'aumento medio è del 2,5%, legato '
            'soprattutto ai costi di trasporto a temperatura controllata; i calibratori restano invariati.\n\n'
            'L\'offerta è valida fino al 31/01/2027. Se preferite, possiamo passare la settimana prossima per '
            'discuterne insieme al dott. Groß.\n\n'
            'Cordiali saluti\n\nDavide Russo\nArea Manager Lombardia\nBioReagenti Italia S.r.l.\n'
            'Via Lecco 61 - 20900 Monza (MB)\nTel. +39 039 231 4470 - Cell. +39 348 552 1907\n')
    html = outlook_html(text, lang='IT', charset='iso-8859-1')
    body = alt(m.rng, text, html, 'outlook-smtp', charset='iso-8859-1', cte='quoted-printable', n=1)
    m.root = mixed(m.rng, 'outlook-smtp', [body, attachment(xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                                                            'Listino_2027_Example_Group.xlsx', style='rfc2047')], n=0)
    m.hard_negative_of = (['19-it-dropbox-bioreagenti-compromesso'],
                          'The supplier\'s normal way of sending an offer: Outlook via Aruba SMTP, XLSX attached, '
                          'announced by phone, full signature.')
    m.what = 'Genuine supplier offer with the 2027 price list as an Excel attachment.'
    m.why = ('Aruba SMTP with the usual Outlook client, announced by phone, plausible price changes, no link to '
             'external storage.')


# ---------------------------------------------------------------------------------------------- 20
@msg('business', '20-it-fattura-elettronica-copia-aruba')
def _(m):
    m.when = ('2026-11-30 18:02:40', 'IT')
    m.frm = ('Aruba Fatturazione Elettronica', 'noreply@fatturazioneelettronica.aruba.it')
    m.reply_to = ('BioReagenti Italia S.r.l.', 'amministrazione@bioreagenti.it')
    m.to = [P('marco.galli')]
    m.subject = 'BioReagenti Italia S.r.l. - Fattura n. FPR 812/26 del 30/11/2026'
    m.system = Aruba(client_ip='62.149.128.14', ua='Aruba FE Notifier')
    m.msgid = '<%s.%s@fatturazioneelettronica.aruba.it>' % (rhex(m.rng, 16), rdigits(m.rng, 10))
    righe = [('TSH 3a generazione, kit 200 test', '12.00', '238.00', '2856.00'),
             ('FT4, kit 200 test', '10.00', '219.00', '2190.00'),
             ('Controllo immunochimica tri-livello 6x5 ml', '4.00', '156.00', '624.00')]
    xml = fatturapa('FPR 812/26', '2026-11-30', righe, '5670.00', '1247.40', '6917.40', BIOREAG_IBAN, '2027-01-31')
    fname = 'IT%s_0A1x7.xml' % U.it_piva('0734918096')
    text = ('Gentile Cliente,\n\n'
            'BioReagenti Italia S.r.l. ti ha inviato la fattura n. FPR 812/26 del 30/11/2026 di importo 6.917,40 EUR.\n\n'
            'La fattura elettronica è stata trasmessa al Sistema di Interscambio (SdI) ed è disponibile anche nel tuo '
            'cassetto fiscale. In allegato trovi una copia del file XML a solo titolo di cortesia.\n\n'
            'Per informazioni sulla fattura contatta direttamente il mittente: amministrazione@bioreagenti.it\n\n'
            'Questa email è stata inviata automaticamente dal servizio Aruba Fatturazione Elettronica per conto di '
            'BioReagenti Italia S.r.l. Non rispondere a questo messaggio.\n')
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333"><div style="border-top:4px solid '
            '#e36a1b;padding:16px;max-width:600px">' + paras_html(text) + '</div></body></html>\n')
    body = alt(m.rng, text, html, 'java', charset='UTF-8', cte='quoted-printable')
    m.root = mixed(m.rng, 'java', [body, attachment(xml.encode('utf-8'), 'application/xml', fname, style='plain')])
    m.what = 'Genuine courtesy copy of an Italian e-invoice (FatturaPA XML) sent by the supplier\'s invoicing platform.'
    m.why = ('Aruba e-invoicing notifier on Aruba infrastructure; FatturaPA XML for an order confirmed by PEC '
             '(business/18); known UniCredit IBAN; invoice is also in the tax drawer (SDI).')


# ---------------------------------------------------------------------------------------------- 21
@msg('business', '21-it-interno-f24-urgente')
def _(m):
    m.when = ('2026-11-13 16:47:19', 'IT')
    m.frm = P('giulia.ferraro')
    m.to = [P('marco.galli')]
    m.cc = [P('claudia.wendt')]
    m.subject = 'URGENTE: F24 in scadenza lunedì 16/11'
    m.system = internal(lang_accept='it-IT, en-US', lang_content='it-IT', client_ip='10.40.2.31')
    m.hdr_charset = 'iso-8859-1'
    m.hdr_enc = 'Q'
    m.extra = [('Importance', 'high')]
    text = ('Ciao Marco,\n\n'
            'ti ricordo che lunedì 16/11 scade l\'F24 con le ritenute di ottobre e l\'IVA mensile. Lo studio '
            'Bertolini ci ha mandato stamattina il modello definitivo (è nella cartella condivisa '
            'Amministrazione\\Fiscale\\2026\\F24), importo totale 23.418,07 euro.\n\n'
            'Claudia ha già approvato l\'importo via e-mail (in copia). Per favore caricalo lunedì mattina in remote '
            'banking tramite il canale F24 della Popolare di Sondrio come sempre, non come bonifico manuale, e mettimi '
            'la quietanza nella stessa cartella.\n\n'
            'Io lunedì sono in ferie, per qualsiasi cosa chiama Claudia.\n\n'
            'Grazie!\nGiulia\n\n'
            'Giulia Ferraro\nOffice Manager\nExample Group Diagnostica S.r.l. | Viale Monza 259 | 20126 Milano\n')
    html = outlook_html(text, lang='IT', charset='iso-8859-1')
    m.root = alt(m.rng, text, html, 'outlook', charset='iso-8859-1', cte='quoted-printable', server='EXCH01corpexamplecom')
    m.hard_negative_of = (['21-it-ceo-riservato-whatsapp', '17-it-ferretti-lookalike-nuovo-iban'],
                          'Urgent payment topic but internal, with the approver in copy, the normal tax-payment channel and '
                          'no new beneficiary.')
    m.what = 'Genuine urgent internal reminder: Italian tax payment (F24) due Monday, approval by the CFO in copy.'
    m.why = ('Internal Exchange path via mail-int01; approver copied; instructs to use the usual F24 channel and file the '
             'receipt; no external account involved.')
