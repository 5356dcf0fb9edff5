"""business/ 17-21 (Italian)."""
from lib import docs, ids, mime, ooxml, profiles as P, styles as ST, when
from . import msg
from .common import at, staff, cp, outlook, PDF_MIME, XLSX_MIME
from .a_it import FERRETTI_TENANT, _ferretti_sig

FERRETTI_IBAN = ids.iban('IT', ids.it_bban('05188', '11701', '000000047218'))


@msg('business', 17, 'it', 'ferretti-fattura-cortesia-sdi',
     'Ferretti Trasporti accounts department sends the courtesy PDF copy and the FatturaPA XML of the October freight invoice (original transmitted via SdI)',
     'From amministrazione@ferretti-trasporti.it on the carrier\'s Microsoft 365 tenant, standard Italian e-invoicing wording, the XML is a valid FatturaPA with the carrier\'s long-standing Italian IBAN; no change of bank details.')
def b17(m):
    at(m, 'IT', 2026, 11, 2, 9, 12)
    m.frm = cp('Ferretti', 1)
    m.to = [staff('marco')]
    m.subject = 'Invio copia di cortesia fattura n. FT 2026/4472 del 31/10/2026'
    iban = m.iban(FERRETTI_IBAN, 'Ferretti Trasporti S.p.A., usual account (Banca Scaligera)')
    ns = m.url('http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2', 'FatturaPA XML namespace')
    m.phone('+39 045 860 4400', 'Ferretti administration')
    body = ('Spett.le Example Italia S.r.l.,\n\n'
            'in allegato trasmettiamo copia di cortesia della fattura n. FT 2026/4472 del 31/10/2026. L\'originale è stato trasmesso tramite '
            'Sistema di Interscambio (SdI) ed è disponibile nel Vostro cassetto fiscale.\n\n'
            'Il presente documento non ha valore ai fini fiscali.\n\n'
            'Distinti saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\nVia del Lavoro 18 - 37137 Verona\nTel. +39 045 860 4400')
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<p:FatturaElettronica versione="FPR12" xmlns:p="%s">\n'
           '  <FatturaElettronicaHeader>\n    <DatiTrasmissione>\n      <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>03187420230</IdCodice></IdTrasmittente>\n'
           '      <ProgressivoInvio>0A7F2</ProgressivoInvio>\n      <FormatoTrasmissione>FPR12</FormatoTrasmissione>\n      <CodiceDestinatario>M5UXCR1</CodiceDestinatario>\n'
           '    </DatiTrasmissione>\n    <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>03187420230</IdCodice></IdFiscaleIVA>'
           '<Anagrafica><Denominazione>FERRETTI TRASPORTI S.P.A.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>'
           '<Sede><Indirizzo>Via del Lavoro 18</Indirizzo><CAP>37137</CAP><Comune>Verona</Comune><Provincia>VR</Provincia><Nazione>IT</Nazione></Sede></CedentePrestatore>\n'
           '    <CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>02714583016</IdCodice></IdFiscaleIVA>'
           '<Anagrafica><Denominazione>EXAMPLE ITALIA S.R.L.</Denominazione></Anagrafica></DatiAnagrafici>'
           '<Sede><Indirizzo>Via XX Settembre 41/5</Indirizzo><CAP>16121</CAP><Comune>Genova</Comune><Provincia>GE</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>\n'
           '  </FatturaElettronicaHeader>\n  <FatturaElettronicaBody>\n    <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa>'
           '<Data>2026-10-31</Data><Numero>FT 2026/4472</Numero><ImportoTotaleDocumento>7612.80</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>\n'
           '    <DatiBeniServizi>\n      <DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Trasporto bilico frigo Genova Porto - Hamburg Billbrook, rif. ORD EG-26-1093</Descrizione>'
           '<Quantita>1.00</Quantita><PrezzoUnitario>6240.00</PrezzoUnitario><PrezzoTotale>6240.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>\n'
           '      <DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>6240.00</ImponibileImporto><Imposta>1372.80</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo>\n'
           '    </DatiBeniServizi>\n    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>'
           '<DataScadenzaPagamento>2026-11-30</DataScadenzaPagamento><ImportoPagamento>7612.80</ImportoPagamento><IstitutoFinanziario>BANCA SCALIGERA</IstitutoFinanziario>'
           '<IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento>\n  </FatturaElettronicaBody>\n</p:FatturaElettronica>\n') % (ns, iban)
    FT = ('Ferretti Trasporti S.p.A.', ['Autotrasporti conto terzi - Groupage - Temperatura controllata', 'Via del Lavoro 18 - 37137 Verona'])
    inv = docs.invoice(
        m, m.date, dict(invoice='FATTURA N. FT 2026/4472', pos='#', desc='Descrizione', qty='Q.tà', unit='', price='Prezzo', amount='Importo'),
        FT, ['Spett.le', 'EXAMPLE ITALIA S.R.L.', 'Via XX Settembre 41/5', '16121 Genova (GE)', 'P.IVA IT02714583016'],
        [('Data', '31/10/2026'), ('Cliente', 'C-01822'), ('Rif. ordine', 'EG-26-1093'), ('Scadenza', '30/11/2026')],
        [('Trasporto bilico frigo Genova Porto - Hamburg Billbrook, 33 pallet, ritiro 27/10, consegna 29/10', 1.0, '', 6240.0)],
        [('Imponibile', '6.240,00', False), ('IVA 22%', '1.372,80', False), ('Totale documento EUR', '7.612,80', True)],
        ['Pagamento: bonifico bancario 30 gg d.f.', 'Banca Scaligera - IBAN %s' % ids.fmt_iban(iban)],
        ['Ferretti Trasporti S.p.A. - P.IVA IT03187420230 - Cap. soc. EUR 1.200.000 i.v. - REA VR-318742',
         'Copia di cortesia - documento non valido ai fini fiscali (art. 21 DPR 633/72). Originale trasmesso via SdI.'],
        'TeamSystem Studio', 'TeamSystem', 'FT 2026/4472', zone='IT', lang='it', color=(0.6, 0.1, 0.1))
    outlook(m, body, 'IT', 'iso-8859-1', system='exo',
            atts=[(PDF_MIME, inv, 'FT_2026_4472.pdf'), ('application/xml', xml.encode('utf-8'), 'IT03187420230_0A7F2.xml')])
    P.m365(m, 'ferretti-trasporti.it', tenant_guid=FERRETTI_TENANT, lang='it-IT', has_attach=True)


@msg('business', 18, 'it', 'ferretti-conferma-ritiro-groupage',
     'Ferretti\'s traffic clerk confirms two refrigerated loads Genova port to Hamburg with pickup slots and attaches the transport confirmation',
     'Same real sender as the compromised-account attack, but the content is purely operational (slots, plates, drivers, temperature), no money or bank data, Ferretti\'s normal M365 path.')
def b18(m):
    at(m, 'IT', 2026, 11, 10, 15, 48)
    m.frm = cp('Ferretti', 0)
    m.to = [staff('giulia')]
    m.cc = [staff('dirk')]
    m.subject = 'Conferma ritiro 12/11 - 2 bilici frigo Genova PSA -> Amburgo Billbrook (rif. EG-26-1121)'
    body = ('Buongiorno Giulia,\n\nconfermo i due ritiri per giovedì 12/11 al terminal PSA Genova Pra\':\n\n'
            '- Bilico 1: targa motrice GF 418 KT / semirimorchio XA 772 RB, autista Dario Pellegrini, slot 07:30-08:30, container MSCU 4471822\n'
            '- Bilico 2: targa motrice GF 902 LM / semirimorchio XA 319 PC, autista Ionut Popa, slot 09:00-10:00, container MSCU 4471839\n\n'
            'Temperatura impostata +15 °C come da vostra istruzione (tè in foglia e spezie). Consegna prevista a Billbrook sabato 14/11 mattina, '
            'Dirk in copia per l\'avviso di scarico.\n\n'
            'In allegato la conferma d\'ordine di trasporto.\n\nCordiali saluti\n\n') + _ferretti_sig(m)
    FT = ('Ferretti Trasporti S.p.A.', ['Ufficio Traffico', 'Via del Lavoro 18 - 37137 Verona'])
    conf = docs.letter(m, m.date, FT, ['Example Italia S.r.l.', 'c.a. Giulia Rinaldi', 'Via XX Settembre 41/5', '16121 Genova'],
                       'Verona, 10/11/2026', 'Conferma d\'ordine di trasporto n. TR-26-11872 (Vs. rif. EG-26-1121)',
                       'Con la presente confermiamo l\'incarico di trasporto alle seguenti condizioni:\n\n'
                       'Ritiro: 12/11/2026, PSA Genova Pra\', 2 container 40\' reefer (MSCU 4471822, MSCU 4471839)\n'
                       'Destino: Example Group GmbH, Lager Billbrook, Halskestraße 34, 22113 Hamburg\n'
                       'Consegna: 14/11/2026, ore 07:00-11:00\nTemperatura: +15 °C costante, registrazione datalogger\n'
                       'Tariffa concordata: EUR 3.120,00 per bilico, tutto compreso (pedaggi, Brennero)\n\n'
                       'Documenti di viaggio: CMR emesso dal vettore, packing list e certificati fitosanitari a cura del mittente.',
                       'Cordiali saluti\nFerretti Trasporti S.p.A. - Ufficio Traffico', ['Ferretti Trasporti S.p.A. - P.IVA IT03187420230 - REA VR-318742'],
                       producer='Microsoft® Word per Microsoft 365', creator='Microsoft® Word per Microsoft 365', author='Chiara Colombo', zone='IT',
                       color=(0.6, 0.1, 0.1))
    outlook(m, body, 'IT', 'iso-8859-1', system='exo', atts=[(PDF_MIME, conf, 'Conferma_trasporto_TR-26-11872.pdf')])
    P.m365(m, 'ferretti-trasporti.it', tenant_guid=FERRETTI_TENANT, lang='it-IT', has_attach=True)


@msg('business', 19, 'it', 'aruba-rinnovo-pec-genuino',
     'Genuine Aruba notice that the Genova office\'s hosting/PEC package expires on 15 January 2027, renewal from the customer area',
     'From comunicazioni@staff.aruba.it through Aruba\'s own mail servers, addressed with customer code, points only to the Aruba customer area (managehosting.aruba.it), generous lead time (two months), no card data requested in mail.')
def b19(m):
    at(m, 'IT', 2026, 11, 16, 6, 2)
    m.frm = ('Aruba.it', 'comunicazioni@staff.aruba.it')
    m.to = [staff('giulia')]
    m.subject = 'Servizi in scadenza il 15/01/2027 - codice cliente 4512873'
    area = m.url('https://managehosting.aruba.it/rinnovo-servizi.aspx?lang=it', 'Aruba customer area')
    guida = m.url('https://guide.hosting.aruba.it/', 'Aruba guides')
    paras = ['Gentile Cliente,', 'ti ricordiamo che i seguenti servizi associati al codice cliente **4512873** scadranno il **15/01/2027**:',
             'Hosting Linux Easy - dominio exampleitalia.it\nPEC Pro - casella amministrazione@pec.exampleitalia.it',
             'Puoi rinnovare i servizi accedendo all\'Area Clienti con il tuo codice cliente. Se hai attivato il rinnovo automatico non devi fare nulla.',
             'Ti ricordiamo che Aruba non ti chiederà mai via email di inserire i dati della carta di credito tramite link contenuti nel messaggio: '
             'accedi sempre digitando direttamente l\'indirizzo dell\'Area Clienti. Per informazioni consulta le nostre [[guide|%s]].' % guida,
             'Cordiali saluti,\nAruba S.p.A.']
    h = ST.newsletter('Aruba.it', '#e3001b', 'Servizi in scadenza', paras, button=('Vai all\'Area Clienti', area),
                      footer='Aruba S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG) - P.IVA 01573850516\nMessaggio inviato al titolare del codice cliente 4512873.',
                      logo_text='Aruba.it', lang='it')
    m.root = ST.esp_mime(m, h, ST.html_to_text(h), '----=_Part_%d_%d.%d' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), int(m.date.timestamp() * 1000)))
    P.postfix_server(m, 'smtpdh18.ad.aruba.it', '62.149.155.18', dkim=('staff.aruba.it', 'a1'), local_uid=None, zone='IT',
                     submit_from=('notifiche01.aruba.it', '10.114.2.31'), msgid_dom='staff.aruba.it')
    m.auth = dict(m.auth, dmarc_policy='none')


@msg('business', 20, 'it', 'intern-regali-natale-clienti',
     'Internal request from the Italian accountant to the office manager: order artisan panettoni as Christmas gifts for 40 customers from the usual supplier, budget approved by the CFO',
     'Internal Exchange via mail-int01, concrete and checkable (supplier, quantities, budget approval, invoice to the company), no gift cards, no secrecy, no codes by photo.')
def b20(m):
    at(m, 'IT', 2026, 11, 25, 11, 20)
    m.frm = staff('marco')
    m.to = [staff('giulia')]
    m.cc = [staff('katrin')]
    m.subject = 'Regali di Natale clienti 2026 - ordine panettoni'
    body = ('Ciao Giulia,\n\ncome ogni anno dobbiamo ordinare i regali di Natale per i clienti. Katrin ha approvato il budget di 1.600 euro (in copia).\n\n'
            'Proposta:\n- 40 panettoni artigianali da 1 kg della Pasticceria Villa di Sampierdarena (quelli dell\'anno scorso), confezione con il nostro biglietto\n'
            '- per i 6 clienti principali (Bottega delle Spezie, Drogheria Sapori, ecc.) aggiungiamo la latta del nostro Darjeeling di Natale\n\n'
            'Puoi chiedere a Villa conferma del prezzo (l\'anno scorso 28 euro + IVA) e la consegna in ufficio entro il 10/12? '
            'La fattura intestata a Example Italia, la pago io con il bonifico di fine mese. La lista indirizzi aggiornata è nella cartella '
            'Vendite\\Clienti\\Natale_2026.xlsx.\n\nGrazie!\nMarco\n\n'
            'Marco Bianchi\nAmministrazione - Example Italia S.r.l.\nVia XX Settembre 41/5 - 16121 Genova\nTel. +39 010 583 4412')
    m.phone('+39 010 583 4412', 'Marco Bianchi')
    outlook(m, body, 'IT', 'iso-8859-1', system='exch')
    P.exchange_internal(m, origin_ip='10.40.1.57', lang='it-IT')


@msg('business', 21, 'it', 'cliente-ordine-zafferano-natale',
     'Customer order from Bottega delle Spezie (Bologna) for the Christmas season: saffron, cinnamon and teas, order sheet as XLSX',
     'Known customer on its usual Aruba-hosted mailbox, order references the current price list, ships to their known shop address; attachment is a plain spreadsheet.')
def b21(m):
    at(m, 'IT', 2026, 10, 26, 12, 33)
    m.frm = ('Bottega delle Spezie - Acquisti', 'acquisti@bottegadellespezie.it')
    m.to = [staff('giulia')]
    m.subject = 'Ordine n. 118/2026 - spezie e tè per Natale'
    m.phone('+39 051 228 471', 'Bottega delle Spezie')
    body = ('Buongiorno Giulia,\n\ncome anticipato al telefono vi inviamo l\'ordine per il periodo natalizio (listino ottobre 2026). '
            'Consegna nei due negozi come sempre: Via Clavature 14/B a Bologna e Via Emilia Centro 82 a Modena.\n\n'
            'Se possibile vorremmo ricevere lo zafferano entro il 20 novembre per le confezioni regalo.\n\n'
            'Grazie, buona giornata\n\nLuca Moretti\nUfficio Acquisti\nBottega delle Spezie S.r.l.\nVia Clavature 14/B - 40124 Bologna\nTel. +39 051 228 471')
    xl = ooxml.xlsx([('Ordine 118', [
        [('Codice', 1), ('Articolo', 1), ('Confezione', 1), ('Quantità', 1), ('Prezzo listino EUR', 1), ('Consegna', 1)],
        ['ZF-010', 'Zafferano in stimmi cat. I, Spagna', 'scatola 1 g', 400, (4.90, 2), 'Bologna'],
        ['ZF-010', 'Zafferano in stimmi cat. I, Spagna', 'scatola 1 g', 250, (4.90, 2), 'Modena'],
        ['CN-220', 'Cannella Ceylon stecche', 'busta 250 g', 60, (7.80, 2), 'Bologna'],
        ['TE-115', 'Darjeeling Natale (latta)', 'latta 100 g', 120, (8.60, 2), 'Bologna'],
        ['TE-131', 'Tè nero speziato "Vin brulé"', 'busta 250 g', 80, (6.40, 2), 'Modena'],
        ['SP-044', 'Chiodi di garofano interi', 'busta 100 g', 50, (3.95, 2), 'Modena']])],
        author='Luca Moretti', company='Bottega delle Spezie S.r.l.', title='Ordine 118/2026', created='2026-10-26T10:05:00Z',
        dt=(2026, 10, 26, 12, 5, 0), widths=[10, 38, 14, 10, 18, 12])
    m.root = mime.multipart('mixed', [
        mime.multipart('alternative', [mime.text(body + '\n', 'plain', 'iso-8859-1', 'quoted-printable'),
                                       mime.text('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
                                                 + ''.join('<div>%s</div>' % (ST.inline_html(l) if l else '&nbsp;') for l in body.split('\n')) + '</body></html>',
                                                 'html', 'iso-8859-1', 'quoted-printable')], '----=_NextPart_001_%s_%s.%s' % (m.hex(4).upper(), m.hex(8).upper(), m.hex(8).upper())),
        mime.attachment(XLSX_MIME, xl, 'Ordine_118_2026.xlsx')], '----=_NextPart_000_%s_%s.%s' % (m.hex(4).upper(), m.hex(8).upper(), m.hex(8).upper()),
        preamble='This is a multipart message in MIME format.')
    P.aruba(m, '79.31.44.208', mua=('X-Mailer', 'Microsoft Outlook 16.0'))
