"""business/17-21: Italian-language genuine mail."""
from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib.mimekit import Part
from lib.registry import message

from ._common import FER, EX_IT_ADDR, S, W, outlook_alt


def fatturapa(num, date, items, net, vat, gross, due):
    lines = []
    for i, (desc, qty, price) in enumerate(items, 1):
        lines.append('      <DettaglioLinee>\n        <NumeroLinea>%d</NumeroLinea>\n        <Descrizione>%s</Descrizione>\n'
                     '        <Quantita>%.2f</Quantita>\n        <PrezzoUnitario>%.2f</PrezzoUnitario>\n        <PrezzoTotale>%.2f</PrezzoTotale>\n'
                     '        <AliquotaIVA>22.00</AliquotaIVA>\n      </DettaglioLinee>' % (i, desc, qty, price, qty * price))
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2 http://www.fatturapa.gov.it/export/fatturazione/sdi/fatturapa/v1.2/Schema_del_file_xml_FatturaPA_versione_1.2.xsd">
  <FatturaElettronicaHeader>
    <DatiTrasmissione>
      <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%(fer)s</IdCodice></IdTrasmittente>
      <ProgressivoInvio>A7K21</ProgressivoInvio>
      <FormatoTrasmissione>FPR12</FormatoTrasmissione>
      <CodiceDestinatario>M5UXCR1</CodiceDestinatario>
    </DatiTrasmissione>
    <CedentePrestatore>
      <DatiAnagrafici>
        <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%(fer)s</IdCodice></IdFiscaleIVA>
        <CodiceFiscale>%(fer)s</CodiceFiscale>
        <Anagrafica><Denominazione>Ferretti Trasporti S.p.A.</Denominazione></Anagrafica>
        <RegimeFiscale>RF01</RegimeFiscale>
      </DatiAnagrafici>
      <Sede><Indirizzo>Via Caorsana</Indirizzo><NumeroCivico>88</NumeroCivico><CAP>29122</CAP><Comune>Piacenza</Comune><Provincia>PC</Provincia><Nazione>IT</Nazione></Sede>
      <IscrizioneREA><Ufficio>PC</Ufficio><NumeroREA>118420</NumeroREA><CapitaleSociale>1200000.00</CapitaleSociale><SocioUnico>SM</SocioUnico><StatoLiquidazione>LN</StatoLiquidazione></IscrizioneREA>
    </CedentePrestatore>
    <CessionarioCommittente>
      <DatiAnagrafici>
        <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%(ex)s</IdCodice></IdFiscaleIVA>
        <Anagrafica><Denominazione>Example Carrelli Elevatori S.r.l.</Denominazione></Anagrafica>
      </DatiAnagrafici>
      <Sede><Indirizzo>Via Francia</Indirizzo><NumeroCivico>21</NumeroCivico><CAP>37135</CAP><Comune>Verona</Comune><Provincia>VR</Provincia><Nazione>IT</Nazione></Sede>
    </CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali>
      <DatiGeneraliDocumento>
        <TipoDocumento>TD01</TipoDocumento>
        <Divisa>EUR</Divisa>
        <Data>%(date)s</Data>
        <Numero>%(num)s</Numero>
        <ImportoTotaleDocumento>%(gross).2f</ImportoTotaleDocumento>
      </DatiGeneraliDocumento>
    </DatiGenerali>
    <DatiBeniServizi>
%(lines)s
      <DatiRiepilogo>
        <AliquotaIVA>22.00</AliquotaIVA>
        <ImponibileImporto>%(net).2f</ImponibileImporto>
        <Imposta>%(vat).2f</Imposta>
        <EsigibilitaIVA>I</EsigibilitaIVA>
      </DatiRiepilogo>
    </DatiBeniServizi>
    <DatiPagamento>
      <CondizioniPagamento>TP02</CondizioniPagamento>
      <DettaglioPagamento>
        <ModalitaPagamento>MP05</ModalitaPagamento>
        <DataScadenzaPagamento>%(due)s</DataScadenzaPagamento>
        <ImportoPagamento>%(gross).2f</ImportoPagamento>
        <IstitutoFinanziario>Crédit Agricole Italia S.p.A.</IstitutoFinanziario>
        <IBAN>%(iban)s</IBAN>
      </DettaglioPagamento>
    </DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
""" % dict(fer=W.FER_PIVA, ex=W.IT_PIVA, date=date, num=num, gross=gross, net=net, vat=vat, lines='\n'.join(lines), due=due,
           iban=W.FER_IBAN)).encode('utf-8')


@message('business', '17-it-ferretti-fattura-cortesia-fatturapa')
def b17(m):
    m.when('2026-10-30 11:20:14', 'CET')
    m.frm = ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it')
    m.to = [S['acc_it']]
    m.subject = 'Invio copia di cortesia fattura n. 2026/FT/1187 del 30/10/2026'
    mb = SY.m365_server(m, 'eur')
    m.msgid = SY.m365_msgid(m, mb[1])
    items = [('Trasporto carrelli elevatori Verona - Duisburg (DE), bilico centinato, DDT 4471 del 26/10/2026', 1, 1480.00),
             ('Trasporto retrattili Verona - Padova, motrice con sponda, DDT 4489 del 27/10/2026', 1, 420.00),
             ('Supplemento carburante ottobre 2026 (8,5%)', 1, 161.50)]
    net = round(sum(q * p for _, q, p in items), 2)
    vat = round(net * 0.22, 2)
    gross = round(net + vat, 2)
    pdfb, tot = docs.invoice('it', FER, EX_IT_ADDR, [('Numero', '2026/FT/1187'), ('Data', '30/10/2026'), ('Cod. cliente', 'C00318'),
                                                    ('Vs. ordine', 'VR-2026-0412')],
                             [(i + 1, d, q, 'nr', p) for i, (d, q, p) in enumerate(items)], 22,
                             payment_text='Pagamento: bonifico bancario 60 gg d.f.f.m. (scadenza 31/12/2026) - Crédit Agricole Italia, IBAN %s. '
                                          'Copia di cortesia: l\'originale è stato trasmesso tramite SdI.' % ids.fmt_iban(W.FER_IBAN),
                             footer=['Ferretti Trasporti S.p.A. · Via Caorsana 88, 29122 Piacenza · Capitale sociale € 1.200.000 i.v. · REA PC-118420',
                                     'P.IVA e C.F. %s · Documento privo di valenza fiscale ai sensi dell\'art. 21 DPR 633/72' % W.FER_PIVA],
                             creator='TeamSystem Enterprise', producer='TeamSystem Enterprise - Stampa documenti', title='Fattura 2026/FT/1187',
                             created='20261030111844', tz="+01'00'", color=(0.0, 0.33, 0.2))
    xml = fatturapa('2026/FT/1187', '2026-10-30', items, net, vat, gross, '2026-12-31')
    txt = """Buongiorno,

in allegato la copia di cortesia della fattura n. 2026/FT/1187 del 30/10/2026 e il relativo file XML. L'originale è stato trasmesso tramite Sistema di Interscambio al Vostro codice destinatario.

Scadenza pagamento: 31/12/2026, bonifico sulle consuete coordinate bancarie.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Caorsana 88 – 29122 Piacenza
Tel. +39 0523 614 200"""
    alt = outlook_alt(m, txt, charset='utf-8', lang='IT', bstyle='o365', idx=0, font='Calibri', size='11.0pt')
    m.body = B.mixed([alt, B.att(pdfb, 'application/pdf', 'Fattura_2026_FT_1187.pdf', style='outlook'),
                      B.att(xml, 'text/xml', 'IT%s_A7K21.xml' % W.FER_PIVA, style='outlook')], B.boundary(m, 'o365', 4))
    m.meta.update(
        what='Carrier Ferretti sends the courtesy copy of invoice 2026/FT/1187 (PDF + FatturaPA XML); original delivered via SdI',
        why='Genuine supplier invoice: real domain in Ferretti\'s Microsoft 365 tenant (SPF/DKIM pass), references SdI transmission, usual bank details (Crédit Agricole) identical in PDF and XML, matches Example\'s transport orders.',
        hn=(['17-it-ferretti-iban-lookalike', '19-it-agenzia-entrate-irregolarita-zip'], 'Ferretti invoices / e-invoicing (SdI)',
            'real domain, no change of bank details, structured XML matches the PDF'),
        accounts=[(W.FER_IBAN, 'Ferretti Trasporti S.p.A., Crédit Agricole Italia', 'yes')],
        phones=['+39 0523 614 200'], other=['2026/FT/1187'], delivery='Microsoft 365 (Ferretti tenant), Outlook')
    return m.render(SY.m365, domain='ferretti-trasporti.it', mailbox=mb, lang='it-IT', has_attach=True)


@message('business', '18-it-ferretti-ritiro-cmr-reply')
def b18(m):
    m.when('2026-10-22 09:03:47', 'CET')
    m.frm = ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')
    m.to = [S['om_it']]
    m.subject = 'R: Ritiro 3 carrelli Verona – conferma slot'
    prev = '%s@EXCH02.corp.example.com' % U.hexs(m.rng, 32)
    m.in_reply_to = prev
    m.references = [prev]
    mb = SY.m365_server(m, 'eur')
    m.msgid = SY.m365_msgid(m, mb[1])
    txt = """Ciao Giulia,

confermo il ritiro per lunedì 26/10 tra le 8:00 e le 10:00 con bilico centinato (autista Davide Rizzi, targa GH 482 ZT). I tre carrelli vanno caricati con le forche abbassate e le batterie scollegate, come l'ultima volta.

Ti allego la CMR precompilata: controlla per favore i numeri di matricola, poi la firmiamo al carico.

Buona giornata,
Chiara

Chiara Colombo
Ufficio Traffico – Ferretti Trasporti S.p.A.
Tel. +39 0523 614 231 | Cell. +39 348 772 1045

%%QUOTE%%
Da: Giulia Romano <giulia.romano@example.com>
Inviato: mercoledì 21 ottobre 2026 17:12
A: Chiara Colombo <c.colombo@ferretti-trasporti.it>
Oggetto: Ritiro 3 carrelli Verona – conferma slot

Ciao Chiara,
avremmo pronti per lunedì 3 carrelli elettrici (EFG 425, matricole 26-04471, 26-04472, 26-04490) da portare al nostro deposito di Duisburg. Riuscite a ritirarli lunedì mattina?
Grazie, Giulia"""
    alt = outlook_alt(m, txt, charset='utf-8', lang='IT', bstyle='o365', idx=0, font='Aptos', size='12.0pt', reply=True)
    cmr = docs.letter('it', FER, ['Destinatario:', 'Example Fördertechnik GmbH', 'Am Blumenkampshof 12', '47059 Duisburg (DE)'],
                      'Verona, 26/10/2026', 'Lettera di vettura internazionale CMR n. FT-2026-8841',
                      ['1. Mittente: Example Carrelli Elevatori S.r.l., Via Francia 21, 37135 Verona (IT)',
                       '3. Luogo di consegna: Duisburg (DE)          4. Luogo e data di presa in carico: Verona, 26/10/2026',
                       '6-9. Merce: 3 carrelli elevatori elettrici Vantrex EFG 425, matricole 26-04471, 26-04472, 26-04490, peso lordo totale 11.850 kg',
                       '16. Vettore: Ferretti Trasporti S.p.A., Piacenza – trattore GH 482 ZT, semirimorchio XA 118 RB',
                       '22-24. Firme mittente / vettore / destinatario: ______________________________'],
                      '', [], creator='Microsoft® Excel® per Microsoft 365', producer='Microsoft® Excel® per Microsoft 365',
                      created='20261022085610', color=(0.0, 0.33, 0.2))
    m.body = B.mixed([alt, B.att(cmr, 'application/pdf', 'CMR_FT-2026-8841.pdf', style='outlook')], B.boundary(m, 'o365', 4))
    m.meta.update(
        what='Carrier Ferretti (Chiara Colombo) confirms the pick-up slot for three trucks and attaches the pre-filled CMR',
        why='Genuine thread reply from the real mailbox: quotes Giulia\'s actual request, concrete driver/plate/serials, ordinary PDF attachment, normal working hours.',
        hn=(['18-it-sharepoint-share-ferretti-compromised'], 'transport documents from Ferretti (DDT/CMR)', 'direct reply in an existing thread, personal wording, attachment instead of a share link, office hours'),
        phones=['+39 0523 614 231', '+39 348 772 1045'], other=['FT-2026-8841'], delivery='Microsoft 365 (Ferretti tenant), Outlook')
    return m.render(SY.m365, domain='ferretti-trasporti.it', mailbox=mb, lang='it-IT', has_attach=True, replies=1)


@message('business', '19-it-intesa-inbiz-bonifico-eseguito')
def b19(m):
    m.when('2026-11-23 12:44:06', 'CET')
    m.frm = ('Intesa Sanpaolo', 'inbiz@intesasanpaolo.com')
    m.to = [S['acc_it']]
    m.subject = 'Inbiz - Esito disposizione: bonifico SEPA eseguito'
    m.msgid = '%d.%d.JavaMail.inbiz@mx-out3.intesasanpaolo.com' % (m.rng.randrange(10 ** 8, 10 ** 9), m.epoch() * 1000 + 255)
    txt = """Gentile Cliente,

La informiamo che la disposizione di bonifico SEPA n. 0000312458 inserita in data 23/11/2026 da utente MBIANCHI e autorizzata da utente GROMANO è stata eseguita.

Ordinante: EXAMPLE CARRELLI ELEVATORI S.R.L.
Beneficiario: FERRETTI TRASPORTI S.P.A.
IBAN beneficiario: %s
Importo: EUR 9.486,20
Causale: SALDO FATT. 2026/FT/1204 E 2026/FT/1231

Per visualizzare il dettaglio acceda a Inbiz digitando l'indirizzo www.intesasanpaolo.com nel Suo browser.

Le ricordiamo che Intesa Sanpaolo non Le chiederà mai, tramite e-mail, SMS o telefonata, codici di accesso, codici O-Key o di autorizzazione delle operazioni.

Cordiali saluti
Intesa Sanpaolo S.p.A.

Messaggio generato automaticamente. La preghiamo di non rispondere.
""" % ids.fmt_iban(W.FER_IBAN)
    m.body = B.text(txt, charset='iso-8859-1', cte='quoted-printable')
    m.dmarc_override['intesasanpaolo.com'] = 'reject'
    m.meta.update(
        what='Intesa Sanpaolo Inbiz notice: SEPA transfer of € 9.486,20 to Ferretti\'s known IBAN executed (entered and approved by two users)',
        why='Genuine bank notification: bank\'s own domain and mailer (DMARC pass), plain text without links, tells the user to type the bank address, reminds that codes are never requested; it is the outcome of correctly ignoring the fake IBAN change (attack/17).',
        hn=(['20-it-intesa-inbiz-aggiornamento-mailgun'], 'Intesa Sanpaolo Inbiz notification', 'bank\'s real domain, no link, no request for credentials'),
        accounts=[(W.FER_IBAN, 'Ferretti Trasporti S.p.A., Crédit Agricole Italia', 'yes')],
        other=['0000312458', 'EUR 9.486,20'], delivery='Intesa Sanpaolo corporate mailer')
    return m.render(SY.generic, helo='mx-out3.intesasanpaolo.com', ip='192.0.2.53', dkim_d='intesasanpaolo.com', dkim_s='isp2026',
                    inner=['Received: from inbiz-notify02.intranet.isp (inbiz-notify02.intranet.isp [10.42.17.22])\r\n\tby mx-out3.intesasanpaolo.com (Postfix) with ESMTP id %QID%\r\n\tfor <marco.bianchi@example.com>; %DATE%'],
                    order=['date', 'from', 'to', 'message-id', 'subject', 'mime-version', '*MIME*'])


@message('business', '20-it-scaligeri-richiesta-offerta-docx')
def b20(m):
    m.when('2026-11-10 10:37:22', 'CET')
    m.frm = ('Roberto Zanetti', 'r.zanetti@magazziniscaligeri.it')
    m.to = [S['om_it']]
    m.cc = [('Ufficio Acquisti MGS', 'acquisti@magazziniscaligeri.it')]
    m.rcpts = [S['om_it'][1]]
    m.subject = 'Richiesta di offerta – n. 3 carrelli retrattili 1,6 t – Magazzini Generali Scaligeri'
    m.hcs, m.hmode = 'iso-8859-1', 'Q'
    m.msgid = SY.outlook_msgid(m, 'magazziniscaligeri.it')
    txt = """Buongiorno Sig.ra Romano,

come anticipato telefonicamente al Vostro commerciale, Vi chiediamo un'offerta per la fornitura di n. 3 carrelli retrattili da 1,6 t per il nostro magazzino doganale di Verona – Quadrante Europa, in acquisto e, in alternativa, in noleggio full-service a 48 mesi.

In allegato il capitolato tecnico con le caratteristiche richieste e le condizioni di fornitura. Per eventuali sopralluoghi potete contattare direttamente il nostro capo magazzino, Sig. Bertolini (045 863 2210).

Gradiremmo ricevere l'offerta entro venerdì 27 novembre.

Cordiali saluti

Roberto Zanetti
Responsabile Acquisti
Magazzini Generali Scaligeri S.r.l.
Via Sommacampagna 22 – 37137 Verona
Tel. 045 863 2200"""
    alt = outlook_alt(m, txt, charset='windows-1252', lang='IT', bstyle='outlook', idx=1, font='Calibri', size='11.0pt')
    doc = archive.docx([('h1', 'Capitolato tecnico – Carrelli retrattili 1,6 t'),
                        'Committente: Magazzini Generali Scaligeri S.r.l., Verona – Quadrante Europa (magazzino doganale, area B)',
                        ('h2', '1. Oggetto della fornitura'),
                        'Fornitura di n. 3 carrelli elevatori retrattili elettrici, portata nominale 1.600 kg, altezza di sollevamento 9.500 mm, '
                        'in acquisto oppure in noleggio full-service a 48 mesi (1.200 ore/anno per carrello).',
                        ('h2', '2. Requisiti tecnici'),
                        ('table', [['Caratteristica', 'Requisito'], ['Portata residua a 9.500 mm', '≥ 1.000 kg'], ['Batteria', 'Litio 48 V, ricarica rapida'],
                                   ['Larghezza corsia', '2.750 mm (pallet 800 × 1.200)'], ['Telecamera forche', 'Sì, con display in cabina'],
                                   ['Sistemi di sicurezza', 'Riduzione velocità in curva, blue spot, limitatore altezza']]),
                        ('h2', '3. Servizi'),
                        'Consegna, messa in servizio e formazione di 6 operatori; manutenzione programmata; intervento entro 8 ore lavorative; verifiche periodiche INAIL incluse.',
                        ('h2', '4. Offerta'),
                        'Prezzi IVA esclusa, validità 90 giorni, tempi di consegna, condizioni di pagamento. Inviare a acquisti@magazziniscaligeri.it entro il 27/11/2026.'],
                       title='Capitolato tecnico retrattili MGS 2026', creator='Roberto Zanetti', dt=(2026, 11, 9, 17, 40, 0))
    m.body = B.mixed([alt, B.att(doc, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                                 'Capitolato_tecnico_retrattili_MGS_2026.docx', style='outlook')], B.boundary(m, 'outlook', 0))
    m.meta.update(
        what='Verona customer requests a quote for three reach trucks (purchase or 48-month rental) with the technical specification as DOCX',
        why='Genuine customer tender: known local customer, prior phone contact, specification attached directly (DOCX without macros), on-site contact and realistic deadline; sent from the customer\'s Aruba mailbox via Outlook.',
        hn=(['21-it-gara-canva-compromised-aruba'], 'request for quotation for forklifts', 'real customer relationship, documents attached instead of a Canva link, phone contacts'),
        phones=['045 863 2210', '045 863 2200'], delivery='Aruba (smtpdh*.aruba.it), Outlook 2019')
    return m.render(SY.aruba, client_ip='151.95.40.18', lang='it')


@message('business', '21-it-newsletter-carrellinews-mailchimp')
def b21(m):
    m.when('2026-11-17 07:30:04', 'CET')
    m.frm = ('CarrelliNews', 'redazione@carrellinews.it')
    m.reply_to = ('Redazione CarrelliNews', 'redazione@carrellinews.it')
    m.to = [S['om_it']]
    m.subject = 'CarrelliNews n. 46 – Batterie al litio: cosa cambia con il Regolamento UE, Intralogistica Italia 2027'
    r = m.rng
    uid, lid, cid = U.hexs(r, 25), U.hexs(r, 10), U.hexs(r, 10)
    m.msgid = '%s.%s@mail%d.suw11.mcdlv.net' % (U.hexs(r, 32), U.hexs(r, 8), r.randrange(100, 250))
    def trk():
        return 'https://carrellinews.us21.list-manage.com/track/click?u=%s&id=%s&e=%s' % (uid, U.hexs(r, 10), U.hexs(r, 10))
    arts = [('Batterie al litio nei carrelli: cosa cambia con il Regolamento UE 2023/1542', 'Passaporto della batteria, obblighi di raccolta e dichiarazione della carbon footprint: le scadenze 2027 per costruttori, noleggiatori e utilizzatori.'),
            ('Intralogistica Italia 2027: aperte le iscrizioni degli espositori', 'La fiera torna a Rho Fiera Milano dal 18 al 21 maggio 2027 con un\'area dedicata ad automazione e AGV.'),
            ('Noleggio a lungo termine: i canoni 2026 crescono del 4%', 'L\'indagine di CarrelliNews su 60 concessionari: pesano energia e costo del personale tecnico.'),
            ('Sicurezza: nuove linee guida INAIL per le verifiche periodiche', 'Cosa controllare su catene, forche e dispositivi di ritenuta del carico.')]
    blocks = ''.join('<tr><td style="padding:14px 24px;border-bottom:1px solid #eee;"><a href="%s" style="font-size:17px;color:#c8102e;text-decoration:none;font-weight:bold;">%s</a>'
                     '<p style="margin:6px 0 0 0;font-size:14px;color:#333;line-height:20px;">%s</p></td></tr>' % (trk(), t, d) for t, d in arts)
    unsub = 'https://carrellinews.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s' % (uid, lid, U.hexs(r, 10), cid)
    html = """<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>CarrelliNews n. 46</title></head>
<body style="margin:0;background:#f1f1f1;font-family:Helvetica,Arial,sans-serif;">
<span style="display:none;">Batterie al litio, Intralogistica Italia 2027, canoni di noleggio e verifiche INAIL</span>
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;background:#1f1f1f;color:#fff;font-size:24px;font-weight:bold;">Carrelli<span style="color:#c8102e;">News</span> <span style="font-size:13px;font-weight:normal;color:#bbb;">n. 46 · 17 novembre 2026</span></td></tr>
%s
<tr><td style="padding:16px 24px;font-size:11px;color:#777;line-height:16px;">Ricevi questa newsletter perché ti sei iscritto su carrellinews.it.<br>CarrelliNews · Edizioni Tecniche Padane S.r.l. · Via Emilia Est 210 · 41121 Modena<br>
<a href="%s" style="color:#777;">Annulla l'iscrizione</a> · <a href="https://carrellinews.us21.list-manage.com/profile?u=%s&id=%s&e=%s" style="color:#777;">Aggiorna le preferenze</a></td></tr>
</table></td></tr></table>
<img src="https://carrellinews.us21.list-manage.com/track/open.php?u=%s&id=%s&e=%s" height="1" width="1" alt=""></body></html>
""" % (blocks, unsub, uid, lid, U.hexs(r, 10), uid, cid, U.hexs(r, 10))
    plain = 'CarrelliNews n. 46 - 17 novembre 2026\n\n' + '\n\n'.join('** %s\n%s' % (t, d) for t, d in arts) + '\n\nAnnulla l\'iscrizione: %s\n' % unsub
    m.body = B.alt(B.text(plain, charset='utf-8', cte='quoted-printable'), B.html(html, charset='utf-8', cte='quoted-printable'),
                   B.boundary(m, 'mailchimp'))
    m.meta.update(
        what='Italian trade newsletter "CarrelliNews" (forklift industry news) sent through Mailchimp',
        why='Genuine subscribed newsletter: consistent Mailchimp infrastructure, DKIM for carrellinews.it and mcsv.net, List-Unsubscribe with one-click, tracking links on list-manage.com, editorial content only.',
        delivery='Mailchimp (us21)')
    return m.render(SY.mailchimp, dc='us21', uid=uid, list_id=lid, camp=cid, dkim_d='carrellinews.it')
