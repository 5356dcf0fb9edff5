"""Genuine business mail, Italian (17-21) and Polish (22-26)."""
from msgs import msg
from msgs.common import *  # noqa
from lib import mta, mime
from lib.mime import local, utc
from lib.company import FERRETTI, CAP, PARTNER, ENT, S, P


@msg('business', 17, 'it', 'ferretti-programma-ritiri')
def b17(m):
    m.t = local('CET', 2026, 10, 23, 11, 42, 17)
    m.frm = FERRETTI['colombo']
    m.to = [P('romano')]
    m.cc = [P('hartmann')]
    m.subject = 'Programma ritiri settimana 44 – Kassel → Ferrara / Mantova'
    sysp = mta.M365(m, tenant=FERRETTI['tenant'], has_attach=True)
    paras = [
        'Buongiorno Francesca,',
        'come d\'accordo al telefono ti giro il programma dei ritiri per la settimana 44. Abbiamo confermato 6 bilici ribaltabili '
        'per il NPK 15-15-15 e il solfato di potassio; il carico a Kassel è fissato come sempre tra le 6:00 e le 14:00, '
        'le bolle (DDT) le stampa il magazzino di Kassel al momento del carico.',
        'Nota per Lena: martedì 27 il mezzo FT 218 KZ arriva con autista nuovo (Bogdan Ilie), gli ho già mandato le istruzioni '
        'di sicurezza per lo stabilimento, ma vi chiedo di avvisare la portineria.',
        'Per il ritiro di venerdì 30 a Mantova (Consorzio Agrario Padano) il cliente chiede scarico entro le 12:00, '
        'quindi partiremo da Kassel giovedì sera. Se cambia qualcosa vi aggiorno subito.',
        'In allegato il programma in PDF.',
        'Grazie e buona giornata,',
    ]
    sig = ('Chiara Colombo\nUfficio Traffico\nFerretti Trasporti S.p.A.\nVia dell\'Industria 21 – 37135 Verona\n'
           'Tel. +39 045 820 7140 – Cell. +39 347 218 5593\nwww.ferretti-trasporti.it')
    plain_t, html_t = styles.outlook('it', paras, sig, charset='windows-1252')
    rows = [
        ('Lun 26/10', 'FT-44-0611', 'FT 218 KZ', 'NPK 15-15-15, sfuso', '26,0 t', 'Ferrara – Example Italia'),
        ('Mar 27/10', 'FT-44-0612', 'FT 218 KZ', 'NPK 15-15-15, sfuso', '25,8 t', 'Ferrara – Example Italia'),
        ('Mar 27/10', 'FT-44-0613', 'GB 704 TR', 'SOP 50% K2O, big bag', '24,0 t', 'Ferrara – Example Italia'),
        ('Mer 28/10', 'FT-44-0614', 'FS 391 PL', 'NPK 20-10-10, sfuso', '26,0 t', 'Ferrara – Example Italia'),
        ('Gio 29/10', 'FT-44-0615', 'GB 704 TR', 'NPK 15-15-15, big bag', '24,0 t', 'Mantova – Cons. Agr. Padano'),
        ('Gio 29/10', 'FT-44-0616', 'FS 391 PL', 'Kieserite granulare', '25,5 t', 'Mantova – Cons. Agr. Padano'),
    ]
    pdf = doc_pdf(m, head='FERRETTI TRASPORTI S.p.A.', head_sub=('Via dell\'Industria 21 · 37135 Verona · P.IVA %s' % FERRETTI['vat'],
                                                                 'Tel. +39 045 820 7140 · traffico@ferretti-trasporti.it'),
                  recipient=('Example Italia S.r.l.', 'c.a. Francesca Romano', 'Via Guglielmo Marconi 35', '44122 Ferrara (FE)'),
                  meta=(('Programma n.', 'W44/2026-EXG'), ('Data', '23/10/2026'), ('Referente', 'Chiara Colombo')),
                  title='Programma ritiri – settimana 44/2026 (Kassel DE - Italia)',
                  intro=('Carico: Example Group GmbH, Hafenstraße 64, 34125 Kassel – finestra di carico 06:00–14:00, portineria cancello 2.',),
                  table=(('Data', 'Rif. viaggio', 'Targa', 'Merce', 'Peso', 'Destinazione'), rows, (58, 66, 60, 120, 45, 134),
                         ('l', 'l', 'l', 'l', 'r', 'l')),
                  after=('Tempi di transito previsti: 14–16 h (Brennero). Documenti di viaggio: CMR + DDT mittente. '
                         'Eventuali soste oltre 2 h al carico/scarico vengono addebitate secondo tariffa concordata.',),
                  footer=('Ferretti Trasporti S.p.A. – Capitale sociale EUR 1.200.000 i.v. – REA VR-301452 – P.IVA/C.F. %s' % FERRETTI['vat'],
                          'Iscrizione Albo Autotrasportatori VR/4821931/K'),
                  author='Chiara Colombo', color=(0.55, 0.08, 0.12), doc_title='Programma ritiri W44')
    root = mixed(m, [alt(m, plain_t, html_t, charset='windows-1252'),
                     att(pdf, 'application/pdf', 'Programma_ritiri_W44_Example.pdf', style='outlook',
                         date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('Weekly pickup schedule from the carrier (6 tipper loads Kassel → Ferrara/Mantova) with a PDF schedule.',
               'Known carrier contact writing from Ferretti\'s own Microsoft 365 tenant (DKIM/SPF/DMARC pass), operational content that '
               'matches existing business, no payment or credential request.',
               phones=['+39 045 820 7140', '+39 347 218 5593'], hard=([17], 'Ferretti Trasporti mailbox / shared documents',
                                                                       'Same sender domain and infrastructure; the genuine mail carries the document itself and concrete '
                                                                       'operational detail, the attack only a sharing link to a login page.'))


def fattura_pa_xml(number, date_iso, lines, iban, natura='N3.4'):
    body = []
    tot = 0.0
    for i, (desc, q, p) in enumerate(lines, 1):
        amt = round(q * p, 2)
        tot += amt
        body.append('      <DettaglioLinee>\n        <NumeroLinea>%d</NumeroLinea>\n        <Descrizione>%s</Descrizione>\n'
                    '        <Quantita>%.2f</Quantita>\n        <PrezzoUnitario>%.2f</PrezzoUnitario>\n        <PrezzoTotale>%.2f</PrezzoTotale>\n'
                    '        <AliquotaIVA>0.00</AliquotaIVA>\n        <Natura>%s</Natura>\n      </DettaglioLinee>' % (i, desc, q, p, amt, natura))
    tot = round(tot, 2)
    return ('''<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <FatturaElettronicaHeader>
    <DatiTrasmissione>
      <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente>
      <ProgressivoInvio>0A1B2</ProgressivoInvio>
      <FormatoTrasmissione>FPR12</FormatoTrasmissione>
      <CodiceDestinatario>%s</CodiceDestinatario>
    </DatiTrasmissione>
    <CedentePrestatore>
      <DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>FERRETTI TRASPORTI S.P.A.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>
      <Sede><Indirizzo>Via dell'Industria 21</Indirizzo><CAP>37135</CAP><Comune>Verona</Comune><Provincia>VR</Provincia><Nazione>IT</Nazione></Sede>
    </CedentePrestatore>
    <CessionarioCommittente>
      <DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>EXAMPLE ITALIA S.R.L.</Denominazione></Anagrafica></DatiAnagrafici>
      <Sede><Indirizzo>Via Guglielmo Marconi 35</Indirizzo><CAP>44122</CAP><Comune>Ferrara</Comune><Provincia>FE</Provincia><Nazione>IT</Nazione></Sede>
    </CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>%s</Data><Numero>%s</Numero><ImportoTotaleDocumento>%.2f</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>
    <DatiBeniServizi>
%s
      <DatiRiepilogo><AliquotaIVA>0.00</AliquotaIVA><Natura>%s</Natura><ImponibileImporto>%.2f</ImponibileImporto><Imposta>0.00</Imposta><RiferimentoNormativo>Non imponibile art. 9 c.1 n.2 DPR 633/72</RiferimentoNormativo></DatiRiepilogo>
    </DatiBeniServizi>
    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2026-12-31</DataScadenzaPagamento><ImportoPagamento>%.2f</ImportoPagamento><IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
''' % (FERRETTI['vat'], ENT['IT']['sdi'], FERRETTI['vat'], ENT['IT']['vat'], date_iso, number, tot, '\n'.join(body), natura, tot, tot, iban)).encode('utf-8'), tot


@msg('business', 18, 'it', 'ferretti-copia-cortesia-fattura')
def b18(m):
    m.t = local('CET', 2026, 11, 2, 7, 30, 11)
    m.frm = FERRETTI['amm']
    m.to = [P('bianchi')]
    m.subject = 'Copia di cortesia fattura n. 2026/1184/FT del 31/10/2026'
    sysp = mta.M365(m, tenant=FERRETTI['tenant'], client='smtp', client_ip='93.57.248.19', has_attach=True)
    m.extra = [('X-Mailer', 'TeamSystem Enterprise - Invio documenti')]
    lines = [('Trasporto conto terzi Kassel (DE) - Ferrara, viaggi FT-44-0611/0612/0613/0614 (4 bilici)', 4, 1480.00),
             ('Trasporto conto terzi Kassel (DE) - Mantova, viaggi FT-44-0615/0616 (2 bilici)', 2, 1535.00),
             ('Sosta oltre franchigia al carico, viaggio FT-44-0613 (3 h)', 3, 45.00)]
    xml, tot = fattura_pa_xml('2026/1184/FT', '2026-10-31', lines, FERRETTI['iban'])
    rows = [(d.replace(' - ', ' – '), eur(q, 'it').replace(',00', ''), eur(p, 'it'), eur(q * p, 'it')) for d, q, p in lines]
    pdf = doc_pdf(m, head='FERRETTI TRASPORTI S.p.A.', head_sub=('Via dell\'Industria 21 · 37135 Verona · P.IVA %s' % FERRETTI['vat'],
                                                                 'amministrazione@ferretti-trasporti.it · Tel. +39 045 820 7140'),
                  recipient=('Spett.le EXAMPLE ITALIA S.R.L.', 'Via Guglielmo Marconi 35', '44122 Ferrara (FE)', 'P.IVA %s' % ENT['IT']['vat']),
                  meta=(('Fattura n.', '2026/1184/FT'), ('Data', '31/10/2026'), ('Cod. destinatario', ENT['IT']['sdi']), ('Scadenza', '31/12/2026')),
                  title='COPIA DI CORTESIA – Fattura elettronica',
                  table=(('Descrizione', 'Q.tà', 'Prezzo', 'Importo'), rows, (300, 40, 70, 73), ('l', 'r', 'r', 'r')),
                  totals=(('Imponibile non imponibile art. 9', eur(tot, 'it') + ' €', False), ('IVA', '0,00 €', False), ('Totale documento', eur(tot, 'it') + ' €', True)),
                  after=('Operazione non imponibile ai sensi dell\'art. 9, comma 1, n. 2 del DPR 633/72 (trasporto internazionale).',
                         'Pagamento: bonifico bancario 60 gg data fattura fine mese – Banco BPM S.p.A., IBAN %s' % ids.fmt_iban(FERRETTI['iban']),
                         'Documento privo di valenza fiscale. L\'originale è disponibile nell\'area riservata dell\'Agenzia delle Entrate.'),
                  footer=('Ferretti Trasporti S.p.A. – Capitale sociale EUR 1.200.000 i.v. – REA VR-301452 – P.IVA/C.F. %s' % FERRETTI['vat'],),
                  creator='TeamSystem Enterprise', producer='TeamSystem Enterprise PDF Engine', color=(0.55, 0.08, 0.12))
    body = ('Gentile Cliente,\n\nin allegato trasmettiamo la copia di cortesia della fattura elettronica n. 2026/1184/FT del 31/10/2026 '
            'di euro %s, inviata al Sistema di Interscambio e recapitata al Vostro codice destinatario %s.\n\n'
            'Si ricorda che il documento fiscalmente valido è esclusivamente quello elettronico ricevuto tramite SdI.\n\n'
            'Pagamento: bonifico bancario a 60 gg d.f.f.m. sul conto Banco BPM, IBAN %s.\n\n'
            'Distinti saluti\n\nFerretti Trasporti S.p.A. – Ufficio Amministrazione\nTel. +39 045 820 7140\n'
            % (eur(tot, 'it'), ENT['IT']['sdi'], ids.fmt_iban(FERRETTI['iban'])))
    root = mixed(m, [plain(body, 'utf-8', 'base64'),
                     att(pdf, 'application/pdf', 'Fattura_2026-1184-FT_cortesia.pdf', style='outlook', date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT')),
                     att(xml, 'text/xml', 'IT%s_0A1B2.xml' % FERRETTI['vat'], style='outlook', date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('Genuine courtesy copy of an Italian e-invoice (FatturaPA XML + PDF) for six truck trips, sent by the carrier\'s ERP via Microsoft 365.',
               'Carrier\'s own tenant (DKIM/SPF/DMARC pass), invoice refers to the trips in business/17, the legally valid invoice runs through SdI, '
               'IBAN is the carrier\'s known Banco BPM account.',
               phones=['+39 045 820 7140'],
               hard=([18, 21], 'Italian e-invoices and tax notices', 'Genuine FatturaPA courtesy copy with XML; the attacks send a '
                                                                     'password ZIP "from the Agenzia" and an SVG "order".'))


@msg('business', 19, 'it', 'consorzio-ordine-npk')
def b19(m):
    m.t = local('CET', 2026, 11, 4, 10, 12, 37)
    m.frm = ('Marco Galli', CAP['person'][1])
    m.to = [P('romano')]
    m.cc = [P('bianchi')]
    m.subject = 'Ordine 2026/ACQ/1102 – NPK 15-15-15 big bag – consegna sett. 48'
    sysp = mta.Aruba(m, client='outlook', client_ip='93.42.117.86')
    pdf = doc_pdf(m, head='CONSORZIO AGRARIO PADANO Soc. Coop.', head_sub=('Strada Cisa 114 · 46100 Mantova · P.IVA %s' % CAP['vat'],),
                  recipient=('Spett.le Example Italia S.r.l.', 'Via Guglielmo Marconi 35', '44122 Ferrara (FE)'),
                  meta=(('Ordine n.', '2026/ACQ/1102'), ('Data', '04/11/2026'), ('Rif. offerta', 'EXI-OF-2026-217'), ('Pagamento', 'RiBa 90 gg f.m.')),
                  title='ORDINE DI ACQUISTO',
                  table=(('Art.', 'Descrizione', 'Q.tà', 'Prezzo €/t', 'Importo €'),
                         [('NPK15', 'Concime NPK 15-15-15 granulare, big bag 600 kg', '48 t', '468,00', '22.464,00'),
                          ('KIE25', 'Kieserite granulare 25 MgO, big bag 600 kg', '24 t', '255,00', '6.120,00')],
                         (44, 230, 50, 80, 79), ('l', 'l', 'r', 'r', 'r')),
                  totals=(('Imponibile', '28.584,00 €', False), ('IVA 4 %', '1.143,36 €', False), ('Totale', '29.727,36 €', True)),
                  after=('Consegna: franco nostro magazzino di Mantova, settimana 48 (23–27/11/2026), scarico con muletto, orario 7:30–12:00.',
                         'Si prega di inviare conferma d\'ordine.'),
                  footer=('Consorzio Agrario Padano Soc. Coop. – Albo Soc. Coop. A104728 – REA MN-118204',),
                  creator='Microsoft® Excel® per Microsoft 365', producer='Microsoft® Excel® per Microsoft 365', color=(0.1, 0.4, 0.15))
    paras = ['Buongiorno Francesca,',
             'come da vostra offerta EXI-OF-2026-217 del 28/10 vi trasmetto in allegato l\'ordine 2026/ACQ/1102 per 48 t di NPK 15-15-15 e 24 t '
             'di kieserite, entrambi in big bag.',
             'Consegna settimana 48 presso il nostro magazzino di Mantova, scarico la mattina. Pagamento come da accordi (RiBa 90 gg f.m.).',
             'Mi confermi per favore la data di consegna appena avete il programma con Ferretti.',
             'Grazie e buona giornata']
    sig = ('Marco Galli\nUfficio Acquisti\nConsorzio Agrario Padano Soc. Coop.\nStrada Cisa 114 – 46100 Mantova\nTel. 0376 391 220 – Fax 0376 391 229')
    plain_t, html_t = styles.outlook('it', paras, sig, charset='iso-8859-1')
    root = mixed(m, [alt(m, plain_t, html_t, charset='iso-8859-1', cte='quoted-printable'),
                     att(pdf, 'application/pdf', 'Ordine_2026_ACQ_1102.pdf', style='outlook', date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('Genuine customer purchase order (48 t NPK 15-15-15, 24 t kieserite) referring to a previous offer, PDF attached.',
               'Customer\'s real domain consorzio-agrario-padano.it on Aruba (as always), Outlook, order number/offer reference match, '
               'normal payment terms (RiBa), PDF with the order itself.',
               phones=['0376 391 220'],
               hard=([21], 'Customer purchase order', 'Genuine: real hyphenated domain, PDF order, reference to our offer; the attack uses '
                                                      'the unhyphenated look-alike and an SVG with a login link.'))


@msg('business', 20, 'it', 'regali-natale-clienti-intern')
def b20(m):
    m.t = local('CET', 2026, 11, 27, 11, 5, 40)
    m.frm = P('braun')
    m.to = [P('romano')]
    m.cc = [P('bianchi')]
    m.subject = 'Regali di Natale clienti Italia 2026'
    sysp = mta.ExchangeInternal(m, server='EXCH02', lang='it-IT', client_ip='10.20.15.77', has_attach=True)
    rows = [[('b', 'Cliente'), ('b', 'Referente'), ('b', 'Indirizzo'), ('b', 'Confezioni')],
            ['Consorzio Agrario Padano', 'Marco Galli', 'Strada Cisa 114, 46100 Mantova', 3],
            ['Agri Ferrara Servizi Srl', 'Paolo Bergamini', 'Via Padova 212, 44124 Ferrara', 2],
            ['Cooperativa Terre del Delta', 'Silvia Marchetti', 'Via Romea 45, 44021 Codigoro (FE)', 2],
            ['Ortofrutticola Estense Soc. Agr.', 'Davide Tassinari', 'Via Bologna 780, 44124 Ferrara', 1],
            ['Ferretti Trasporti S.p.A.', 'Chiara Colombo', 'Via dell\'Industria 21, 37135 Verona', 1]]
    x = archive.xlsx([('Lista regali', rows, [34, 20, 40, 11])], creator='Katrin Braun', company='Example Group')
    paras = ['Ciao Francesca,',
             'come ogni anno vorrei mandare un pensiero natalizio ai nostri clienti principali in Italia. Potresti ordinare le confezioni '
             '(panettone artigianale + bottiglia di Amarone) dalla stessa pasticceria di Ferrara dell\'anno scorso?',
             'Budget massimo 60 € a confezione IVA esclusa, fattura intestata a Example Italia, centro di costo 4410 (Marketing IT). La lista '
             'con indirizzi e numero di confezioni è in allegato – sono 9 in totale. I biglietti li firmo io quando passo a Ferrara il 10 dicembre.',
             'Luca, ti metto in copia per il centro di costo.',
             'Grazie mille!']
    sig = 'Katrin\n\nKatrin Braun\nSales Director Europe\nExample Group GmbH · Tel. +49 561 9082-180'
    plain_t, html_t = styles.outlook('it', paras, sig, charset='windows-1252')
    root = mixed(m, [alt(m, plain_t, html_t, charset='windows-1252', cte='quoted-printable'),
                     att(x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Regali_Natale_clienti_IT_2026.xlsx', style='outlook',
                         date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('Genuine internal request from the Sales Director to the Italian office manager to order Christmas gift boxes for key customers.',
               'Internal Exchange mail, purchase through a known pastry shop on invoice with a cost centre, accountant in Cc, customer list attached.',
               phones=['+49 561 9082-180'],
               hard=([20], 'Christmas gifts for customers', 'Genuine: internal sender, invoiced purchase with cost centre; the fraud asks for '
                                                             'gift-card codes by e-mail from a Gmail address with secrecy.'))


@msg('business', 21, 'it', 'unicredit-documento-disponibile')
def b21(m):
    m.t = local('CET', 2026, 12, 2, 5, 44, 20)
    m.frm = ('UniCredit', 'notifiche@unicredit.it')
    m.to = [P('bianchi')]
    m.subject = 'UniCredit: nuovo documento disponibile in Business Banking'
    sysp = mta.Platform(m, host='smtp-out2.unicredit.it', ip='193.42.228.%d' % m.rng.randint(20, 60), dkim=[('unicredit.it', 'ucmail')],
                        mailfrom='bounce-notifiche@unicredit.it', zone='CET', msgid_fmt='<{hex16}.{d12}@notifiche.unicredit.it>',
                        order=['date', 'from', 'to', 'subject', 'msgid', 'mime', 'body', 'extra'],
                        hops=['from ucnotif-app04 (unknown [10.77.16.44])\n\tby smtp-out2.unicredit.it (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date0c}'])
    body = ('Gentile Cliente,\n\nti informiamo che nella sezione Documenti del servizio UniCredit Business Banking è disponibile il seguente documento:\n\n'
            '  Estratto conto corrente al 30/11/2026\n  Rapporto: ******738214 – EXAMPLE ITALIA S.R.L.\n\n'
            'Per consultarlo accedi al servizio come di consueto dal sito unicredit.it o dall\'app UniCredit Business.\n\n'
            'Ti ricordiamo che UniCredit non ti chiederà mai, tramite e-mail, SMS o telefono, di fornire codici di accesso, codici '
            'di sicurezza o di installare applicazioni.\n\nCordiali saluti\nUniCredit S.p.A.\n\n'
            'Questa è una comunicazione automatica, ti preghiamo di non rispondere.\n')
    html_t = tx_html(blocks=['Gentile Cliente,', 'ti informiamo che nella sezione <b>Documenti</b> del servizio UniCredit Business Banking è disponibile '
                             'il seguente documento:', '<p style="background:#f2f4f7;padding:10px 14px;margin:0 0 14px 0;">Estratto conto corrente al 30/11/2026<br />'
                             'Rapporto: ******738214 – EXAMPLE ITALIA S.R.L.</p>',
                             'Per consultarlo accedi al servizio come di consueto dal sito unicredit.it o dall\'app UniCredit Business.',
                             'Ti ricordiamo che UniCredit non ti chiederà mai, tramite e-mail, SMS o telefono, di fornire codici di accesso, codici di '
                             'sicurezza o di installare applicazioni.', 'Cordiali saluti<br />UniCredit S.p.A.'],
                     brand='UniCredit', brand_color='#e2001a', footer=['UniCredit S.p.A. – Sede Sociale: Piazza Gae Aulenti 3, Tower A, 20154 Milano',
                                                                        'Questa è una comunicazione automatica, ti preghiamo di non rispondere.'], lang='it')
    root = alt(m, body, html_t, charset='iso-8859-1', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Genuine bank notification: monthly account statement available in UniCredit Business Banking.',
               'Bank\'s own relay with DKIM unicredit.it, masked account number, no link or button, reminder that the bank never asks for codes.',
               hard=([24, 40], 'Bank notifications', 'Genuine: information only, masked data, no link; the phishes demand token '
                                                     're-activation or document upload via a look-alike login.'))


# ------------------------------------------------------------------ Polish

@msg('business', 22, 'pl', 'partner-logistik-faktura-qr')
def b22(m):
    m.t = local('CET', 2026, 11, 30, 15, 8, 33)
    m.frm = PARTNER['ksieg']
    m.to = [P('kaminski')]
    m.subject = 'Faktura FV/2026/11/0417 – Partner Logistik sp. z o.o.'
    sysp = mta.HomePl(m, client='app', client_ip='83.11.204.17', client_host='apn-83-11-204-17.dynamic.gprs.plus.pl', mua='Comarch ERP Optima 2026.1')
    lines = [('Składowanie towaru – NPK w big bagach (paleta/m-c), listopad 2026', 120, 38.00, 'pal.'),
             ('Przeładunek samochód – magazyn, 96 t', 96, 22.50, 't'),
             ('Obsługa dokumentacji i awizacji dostaw', 1, 390.00, 'usł.')]
    net = sum(q * p for _, q, p, _ in lines)
    vat = round(net * 0.23, 2)
    gross = round(net + vat, 2)
    ksef = '5833271493-20261130-%s-%s' % (m.hex(12, True), m.hex(2, True))
    payload = '%s|PL|%s|%06d|%s|%s|||' % (PARTNER['vat'], PARTNER['iban'][2:], int(round(gross * 100)), 'Partner Logistik', 'FV/2026/11/0417')
    qrm = qr_matrix(m, payload, where='pdf')
    rows = [(d, '%d %s' % (q, u), eur(p, 'pl'), eur(q * p, 'pl')) for d, q, p, u in lines]
    pdf = doc_pdf(m, head='Partner Logistik sp. z o.o.', head_sub=('ul. Kontenerowa 18 · 80-601 Gdańsk · NIP %s · tel. %s' % (PARTNER['vat'], PARTNER['phone']),),
                  recipient=('Nabywca:', 'Example Polska sp. z o.o.', 'ul. Przemysłowa 8, 24-100 Puławy', 'NIP %s' % ENT['PL']['vat']),
                  meta=(('Faktura VAT nr', 'FV/2026/11/0417'), ('Data wystawienia', '30.11.2026'), ('Data sprzedaży', '30.11.2026'),
                        ('Termin płatności', '14.12.2026'), ('Numer KSeF', ksef[:24]), ('', ksef[24:])),
                  title='Faktura VAT FV/2026/11/0417',
                  table=(('Nazwa usługi', 'Ilość', 'Cena netto', 'Wartość netto'), rows, (280, 55, 70, 78), ('l', 'r', 'r', 'r')),
                  totals=(('Razem netto', eur(net, 'pl') + ' zł', False), ('VAT 23 %', eur(vat, 'pl') + ' zł', False), ('Do zapłaty', eur(gross, 'pl') + ' zł', True)),
                  after=('Forma płatności: przelew, termin 14 dni.',
                         'Rachunek: PKO Bank Polski S.A. %s' % ids.pl_nrb(PARTNER['iban']),
                         'Faktura została wystawiona w Krajowym Systemie e-Faktur; niniejszy wydruk jest wizualizacją.'),
                  qr=qrm, qr_caption=('Kod QR do płatności (standard ZBP)',),
                  footer=('Partner Logistik sp. z o.o., Sąd Rejonowy Gdańsk-Północ w Gdańsku, VII Wydział Gospodarczy KRS %s, REGON %s' % (PARTNER['krs'], PARTNER['regon']),),
                  creator='Comarch ERP Optima', producer='Comarch ERP Optima 2026.1', color=(0.0, 0.32, 0.6))
    body = ('Dzień dobry,\n\nw załączeniu przesyłamy wizualizację faktury nr FV/2026/11/0417 z dnia 30.11.2026 na kwotę %s zł brutto.\n'
            'Faktura została wystawiona w KSeF, numer KSeF: %s.\n\nTermin płatności: 14.12.2026, rachunek jak dotychczas: PKO BP %s.\n\n'
            'Pozdrawiamy\nDział Księgowości\nPartner Logistik sp. z o.o.\ntel. %s\n' % (eur(gross, 'pl'), ksef, ids.pl_nrb(PARTNER['iban']), PARTNER['phone']))
    root = mixed(m, [plain(body, 'iso-8859-2', 'quoted-printable'),
                     att(pdf, 'application/pdf', 'FV_2026_11_0417.pdf', style='generic')])
    sysp.finish(root)
    m.describe('Genuine monthly invoice of the logistics partner (warehousing, handling) as KSeF visualisation PDF with the Polish '
               'ZBP payment QR code.',
               'Partner\'s own home.pl mailbox sent by Comarch ERP Optima, account "as before" (known PKO BP account in text and QR), KSeF number '
               'given, amounts consistent.',
               phones=[PARTNER['phone']],
               hard=([22, 23], 'Polish invoices, bank account, KSeF', 'Genuine invoice keeps the known account and cites a KSeF number; the '
                                                                      'attacks change the account via a look-alike or phish KSeF logins.'))


@msg('business', 23, 'pl', 'trans-eu-zlecenie-zaakceptowane')
def b23(m):
    m.t = local('CET', 2026, 12, 4, 9, 26, 13)
    m.frm = ('Trans.eu', 'powiadomienia@trans.eu')
    m.to = [P('wojcik')]
    m.subject = 'Zlecenie TE/2026/4471823 zostało zaakceptowane przez przewoźnika'
    sysp = mta.SES(m, region='eu-central-1', dkim_domain='trans.eu', mailfrom_domain='mail.trans.eu', zone='CET',
                   order=['date', 'from', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'])
    url = 'https://platform.trans.eu/orders/4471823/details'
    blocks = ['<p style="font-size:18px;font-weight:bold;margin:0 0 12px 0;">Zlecenie zaakceptowane</p>',
              'Przewoźnik <b>Transport Drogowy Marek Nowicki</b> (Trans ID 538211-1) zaakceptował Twoje zlecenie transportowe.',
              '<table cellpadding="4" cellspacing="0" style="font-size:13px;border:1px solid #e3e6ea;margin:0 0 14px 0;">'
              '<tr><td>Numer zlecenia</td><td><b>TE/2026/4471823</b></td></tr>'
              '<tr><td>Załadunek</td><td>24-100 Puławy, ul. Przemysłowa 8 – 08.12.2026, 07:00–10:00</td></tr>'
              '<tr><td>Rozładunek</td><td>32-050 Skawina, ul. Energetyków 15 – 08.12.2026, 14:00–18:00</td></tr>'
              '<tr><td>Ładunek</td><td>NPK 15-15-15, big bag, 24 t, 24 szt.</td></tr>'
              '<tr><td>Pojazd</td><td>plandeka 13,6 m, LU 7K214</td></tr>'
              '<tr><td>Stawka</td><td>2 150,00 PLN netto, termin płatności 30 dni</td></tr></table>',
              'Dane kierowcy zobaczysz w szczegółach zlecenia.']
    html_t = tx_html(blocks=blocks, brand='Trans.eu', brand_color='#1b5fcc', button=('Zobacz zlecenie', url, '#1b5fcc'),
                     footer=['Trans.eu Group S.A., ul. Świeradowska 51/57, 50-559 Wrocław',
                             'Otrzymujesz tę wiadomość, ponieważ masz włączone powiadomienia o zleceniach w ustawieniach konta.'], lang='pl')
    plain_t = styles.html_to_text(html_t) + '\n\nZobacz zlecenie: %s\n' % url
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Genuine Trans.eu notification: a carrier accepted the company\'s transport order Puławy → Skawina (24 t NPK).',
               'Amazon SES with DKIM for trans.eu, link to platform.trans.eu, content matches an order the office placed, no alarm or deadline.',
               must_urls=[url],
               hard=([26], 'Freight-exchange platform notice', 'Genuine order notification from trans.eu; the phish claims a blocked account '
                                                               'and links to platform-trans-eu.com.'))


@msg('business', 24, 'pl', 'mbank-zmiana-taryfy')
def b24(m):
    m.t = local('CET', 2026, 11, 13, 8, 0, 2)
    m.frm = ('mBank S.A.', 'powiadomienia@mbank.pl')
    m.to = [P('kaminski')]
    m.subject = 'Zmiany w Taryfie prowizji i opłat dla firm od 1 stycznia 2027 r.'
    sysp = mta.Platform(m, host='mailout3.mbank.pl', ip='195.42.245.%d' % m.rng.randint(10, 60), dkim=[('mbank.pl', 'mbk2025')],
                        mailfrom='bounce@powiadomienia.mbank.pl', zone='CET', msgid_fmt='<{hex32}@powiadomienia.mbank.pl>',
                        order=['date', 'from', 'to', 'subject', 'msgid', 'mime', 'body', 'extra'])
    url = 'https://www.mbank.pl/msp-korporacje/aktualnosci/'
    body = ('Szanowni Państwo,\n\nuprzejmie informujemy, że od 1 stycznia 2027 r. zmienia się Taryfa prowizji i opłat bankowych mBanku S.A. '
            'dla klientów MSP i korporacji. Zmiany dotyczą m.in. opłat za przelewy natychmiastowe w systemie Express Elixir oraz za wydanie '
            'dodatkowego tokena sprzętowego.\n\n'
            'Pełna treść zmian jest dostępna w systemie CompanyNet w zakładce „Wiadomości” oraz na stronie:\n%s\n\n'
            'Jeżeli nie akceptują Państwo zmian, mogą Państwo wypowiedzieć umowę przed dniem ich wejścia w życie.\n\n'
            'Pamiętaj: mBank nigdy nie prosi w wiadomościach e-mail o podanie haseł, kodów z tokena ani o instalację aplikacji.\n\n'
            'Z poważaniem\nmBank S.A.\n\nmBank S.A. z siedzibą w Warszawie, ul. Prosta 18, 00-850 Warszawa, KRS 0000025237.\n' % url)
    root = plain(body, 'iso-8859-2', 'quoted-printable')
    sysp.finish(root)
    m.describe('Genuine bank notice of fee-schedule changes from 1 January 2027, details in CompanyNet messages and on mbank.pl.',
               'Bank\'s own infrastructure (DKIM mbank.pl), link only to the public news page, legal information (right to terminate), '
               'security reminder, no deadline requiring action.',
               must_urls=[url],
               hard=([24], 'mBank CompanyNet', 'Genuine fee notice pointing to CompanyNet messages; the phish demands token re-activation via a look-alike.'))


@msg('business', 25, 'pl', 'rachunki-delegacja-prywatny-gmail')
def b25(m):
    m.t = local('CET', 2026, 11, 21, 18, 40, 55)
    m.frm = ('Agnieszka Wójcik', 'agnieszka.wojcik83@gmail.com')
    m.to = [P('kaminski')]
    m.cc = [P('wojcik')]
    m.subject = 'Rachunki z delegacji Gdańsk (piszę z prywatnej poczty)'
    sysp = mta.Gmail(m)
    pdf = doc_pdf(m, head='Skan dokumentów – delegacja Gdańsk 17–19.11.2026', head_sub=('Adobe Scan · 3 strony połączone',),
                  title='Zestawienie kosztów',
                  table=(('Dokument', 'Data', 'Kwota brutto'),
                         [('Hotel Gdańsk Oliwa – faktura FH/11/2026/2281 (2 noclegi)', '19.11.2026', '684,00 zł'),
                          ('Parking Terminal DCT – paragon fiskalny', '18.11.2026', '45,00 zł'),
                          ('Orlen Stacja nr 4417 Gdańsk – faktura paliwo', '19.11.2026', '312,48 zł')], (300, 80, 103), ('l', 'l', 'r')),
                  totals=(('Razem', '1 041,48 zł', True),),
                  after=('Cel wyjazdu: przegląd magazynu Partner Logistik, inwentaryzacja big bagów NPK.',),
                  creator='Adobe Scan for Android 24.11', producer='Adobe Scan for Android 24.11', color=(0.3, 0.3, 0.3), author='Agnieszka Wójcik')
    body = ('Cześć Piotrze,\n\nw załączniku skan rachunków z delegacji do Gdańska (hotel, parking w DCT, paliwo) do rozliczenia w listopadzie. '
            'Piszę z prywatnej skrzynki, bo na telefonie służbowa poczta wymaga ponownej rejestracji w Authenticatorze, a w trasie nie miałam '
            'jak tego zrobić. Służbowy adres dałam w kopii.\n\nOryginały przyniosę w poniedziałek rano.\n\nPozdrawiam\nAga')
    plain_t, html_t = styles.gmail(body.split('\n\n'))
    root = mixed(m, [alt(m, plain_t, html_t, charset='UTF-8', cte='quoted-printable', cs_quote=False, cs_upper=True),
                     att(pdf, 'application/pdf', 'Rachunki_delegacja_Gdansk_11-2026.pdf', style='gmail', att_id='f_m%s0' % m.alnum(7, 'abcdefghijklmnopqrstuvwxyz0123456789'))])
    sysp.finish(root)
    m.describe('Genuine: the Polish office manager sends travel receipts from her private Gmail (work mail on the phone needs MFA re-registration).',
               'Private Gmail, but her work address in Cc, routine expense claim with a scan made by Adobe Scan, originals promised in person, '
               'no payment redirection.',
               hard=([8, 25], 'Colleague writing from private mail / Google', 'Genuine expense claim with work address in Cc; the '
                                                                              'attacks use free-mail or Google Forms to get money or passwords.'))


@msg('business', 26, 'pl', 'zus-pue-nowy-dokument')
def b26(m):
    m.t = local('CET', 2026, 10, 16, 14, 51, 2)
    m.frm = ('ZUS', 'no-reply@zus.pl')
    m.to = [P('kaminski')]
    m.subject = 'Masz nową wiadomość na eZUS'
    sysp = mta.Platform(m, host='mta2.zus.pl', ip='195.95.191.%d' % m.rng.randint(20, 60), dkim=[('zus.pl', 'zus1')], mailfrom='no-reply@zus.pl',
                        zone='CET', msgid_fmt='<{ms}.{d8}.JavaMail.pue@zus.pl>', bstyle='java',
                        order=['date', 'from', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'],
                        hops=['from pue-app07.zus.pl (pue-app07.zus.pl [10.16.4.87])\n\tby mta2.zus.pl (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date0c}'])
    body = ('Dzień dobry,\n\nna Twoim profilu na eZUS (Platforma Usług Elektronicznych ZUS) jest nowy dokument dla płatnika '
            'EXAMPLE POLSKA SP. Z O.O.:\n\n  Informacja o stanie konta płatnika składek (IPS)\n\n'
            'Aby go przeczytać, zaloguj się na eZUS przez stronę www.zus.pl.\n\n'
            'Ta wiadomość została wygenerowana automatycznie – nie odpowiadaj na nią.\n\nZakład Ubezpieczeń Społecznych\n')
    root = plain(body, 'utf-8', 'base64')
    sysp.finish(root)
    m.describe('Genuine ZUS notification: a new document (payer account statement) is available on eZUS.',
               'ZUS\'s own MTA (DKIM zus.pl), no link apart from the plain www.zus.pl, no attachment, no deadline.',
               hard=([23, 32], 'Authority notices', 'Genuine authority notice says "log in as usual" without links; the phishes link to look-alike logins.'))
