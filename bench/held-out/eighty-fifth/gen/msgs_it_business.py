"""Italian genuine business messages (17-21)."""
from common import *  # noqa
from banking import it_iban, it_piva, spaced
from providers import aruba_outlook, libero
from routes import thunderbird, hop_aruba, hop_postfix_sub
from files import photo_png

MESSAGES = []
FERRETTI_IBAN = it_iban('05034', '01400', '000000012873')
FERRETTI_PIVA = it_piva('0284731010')
OUR_PIVA = it_piva('0247318099')
FERRETTI_SIG = """Ferretti Trasporti S.p.A.
Via Pionieri e Aviatori d'Italia 112 - 16154 Genova
Tel. +39 010 6512 740 - Fax +39 010 6512 749
P.IVA {piva} - www.ferretti-trasporti.it""".format(piva=FERRETTI_PIVA)

# ------------------------------------------------------------------ 17 Ferretti invoice (courtesy copy + FatturaPA XML)
inv17, tot17 = invoice_pdf('it', ['Ferretti Trasporti S.p.A.', "Via Pionieri e Aviatori d'Italia 112 - 16154 Genova",
                                  'P.IVA ' + FERRETTI_PIVA],
                           ['Spett.le', 'Example Group Italia S.r.l.', 'Via Albertazzi 3', '16149 Genova', 'P.IVA ' + OUR_PIVA],
                           '2026/1874', '31/10/2026', '31/12/2026',
                           [('Trasporto refrigerato Bremerhaven - Genova 14/10/2026, 22 pallet -20 C', 1, 'viaggio', 2980.00),
                            ('Supplemento carburante 7,5%', 1, 'forf.', 223.50),
                            ('Sosta tecnica / attesa carico oltre franchigia', 2, 'h', 45.00)],
                           22, ['Banco BPM S.p.A. - Filiale di Genova', 'IBAN ' + spaced(FERRETTI_IBAN)],
                           notes=['Copia di cortesia - documento privo di valenza fiscale (art. 21 DPR 633/72).',
                                  'Pagamento: bonifico 60 gg d.f.f.m. - Rif. CMR 4471, ordine 14/10/2026.'],
                           extra=[('Codice destinatario', 'M5UXCR1')], producer='TeamSystem Enterprise', creator='TeamSystem',
                           pdfdate="20261031174401+01'00'")
xml17 = ("""<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <FatturaElettronicaHeader>
    <DatiTrasmissione>
      <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>{fp}</IdCodice></IdTrasmittente>
      <ProgressivoInvio>00F1874</ProgressivoInvio>
      <FormatoTrasmissione>FPR12</FormatoTrasmissione>
      <CodiceDestinatario>M5UXCR1</CodiceDestinatario>
    </DatiTrasmissione>
    <CedentePrestatore>
      <DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{fp}</IdCodice></IdFiscaleIVA>
        <Anagrafica><Denominazione>Ferretti Trasporti S.p.A.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>
      <Sede><Indirizzo>Via Pionieri e Aviatori d'Italia 112</Indirizzo><CAP>16154</CAP><Comune>Genova</Comune><Provincia>GE</Provincia><Nazione>IT</Nazione></Sede>
    </CedentePrestatore>
    <CessionarioCommittente>
      <DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{op}</IdCodice></IdFiscaleIVA>
        <Anagrafica><Denominazione>Example Group Italia S.r.l.</Denominazione></Anagrafica></DatiAnagrafici>
      <Sede><Indirizzo>Via Albertazzi 3</Indirizzo><CAP>16149</CAP><Comune>Genova</Comune><Provincia>GE</Provincia><Nazione>IT</Nazione></Sede>
    </CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-10-31</Data><Numero>2026/1874</Numero>
      <ImportoTotaleDocumento>{tot:.2f}</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>
    <DatiBeniServizi>
      <DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Trasporto refrigerato Bremerhaven - Genova 14/10/2026</Descrizione><Quantita>1.00</Quantita><PrezzoUnitario>2980.00</PrezzoUnitario><PrezzoTotale>2980.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DettaglioLinee><NumeroLinea>2</NumeroLinea><Descrizione>Supplemento carburante 7,5%</Descrizione><Quantita>1.00</Quantita><PrezzoUnitario>223.50</PrezzoUnitario><PrezzoTotale>223.50</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DettaglioLinee><NumeroLinea>3</NumeroLinea><Descrizione>Sosta tecnica oltre franchigia</Descrizione><Quantita>2.00</Quantita><PrezzoUnitario>45.00</PrezzoUnitario><PrezzoTotale>90.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>3293.50</ImponibileImporto><Imposta>724.57</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo>
    </DatiBeniServizi>
    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>
      <DataScadenzaPagamento>2026-12-31</DataScadenzaPagamento><ImportoPagamento>{tot:.2f}</ImportoPagamento><IBAN>{iban}</IBAN></DettaglioPagamento></DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
""").format(fp=FERRETTI_PIVA, op=OUR_PIVA, tot=tot17, iban=FERRETTI_IBAN)
t17 = """Spett.le Example Group Italia S.r.l.,

si trasmette in allegato copia di cortesia della fattura elettronica n. 2026/1874 del 31/10/2026, regolarmente inviata tramite il Sistema di Interscambio (SdI) al Vostro codice destinatario M5UXCR1.

Importo: euro {tot}
Scadenza: 31/12/2026 (bonifico 60 gg d.f.f.m.)
Coordinate: Banco BPM - IBAN {iban}

La copia PDF non ha valore fiscale; fa fede il file XML ricevuto tramite SdI.

Cordiali saluti

Ufficio Amministrazione
""".format(tot=fmt_money(tot17, 'it'), iban=spaced(FERRETTI_IBAN)) + FERRETTI_SIG
MESSAGES.append(dict(
    slug='ferretti-fattura-cortesia',
    frm=('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'),
    to=[S['acc_it']], subject='Invio fattura n. 2026/1874 del 31/10/2026 - Ferretti Trasporti S.p.A.',
    date='2026-11-02 09:12:20', zone='IT',
    via=aruba_outlook('AMMINISTRAZ-PC', '151.38.112.90', hdr_cs='iso-8859-1'),
    body=mixed(alt(Text(t17, 'iso-8859-1', 'quoted-printable'), Text(h_outlook(t17, 'iso-8859-1', 'IT'), 'iso-8859-1', 'quoted-printable', 'html')),
               Att('Fattura_2026_1874.pdf', 'application/pdf', inv17),
               Att('IT%s_00F1874.xml' % FERRETTI_PIVA, 'text/xml', xml17.encode('utf-8'), charset='UTF-8')),
    what='Courtesy copy of the carrier\'s electronic invoice (PDF plus FatturaPA XML) for the Bremerhaven-Genova reefer transport.',
    why='Ferretti\'s real Aruba account from an Italian office IP with Outlook, invoice already delivered via SdI, known Banco BPM account, consistent with transport order and CMR.',
    hardneg=['ferretti-thread-hijack-zip-password'], hardneg_note='same carrier and same mail platform (Aruba); plain PDF/XML, no archive, normal client',
))

# ------------------------------------------------------------------ 18 Ferretti CMR in the same thread
q18 = outlook_reply_header('it', 'Marco Bianchi <marco.bianchi@example.com>', 'martedì 13 ottobre 2026 16:40',
                           'Chiara Colombo <c.colombo@ferretti-trasporti.it>', 'Conferma ritiro 14/10 Bremerhaven - Genova') + """

Ciao Chiara,

confermo il ritiro di domani a Bremerhaven (Example Group, rampa 4, dalle 07:00): 22 pallet di filetti di merluzzo surgelati, temperatura -20 °C, destinazione il nostro magazzino di Genova.
Mi mandi poi CMR firmato e DDT?

Grazie, Marco"""
t18 = """Ciao Marco,

consegna effettuata stamattina alle 06:50 al vostro magazzino di Genova, 22 pallet, nessuna riserva. Ti allego la CMR firmata dal vostro magazziniere e la stampa del datalogger (temperatura sempre tra -21,4 e -19,8 °C).

Il DDT originale te lo lascia l'autista in ufficio.

Un saluto,
Chiara

Chiara Colombo
Ufficio Traffico
""" + FERRETTI_SIG + "\n\n" + q18
cmr18 = letter_pdf([
    ('h', 'CMR - Lettera di vettura internazionale'), ('s', 'N. 4471 / Ferretti Trasporti S.p.A.'), '',
    ('t', [(0, '1 Mittente'), (120, 'Example Group GmbH, Am Lunedeich 118, 27572 Bremerhaven (DE)')]),
    ('t', [(0, '2 Destinatario'), (120, 'Example Group Italia S.r.l., Via Albertazzi 3, 16149 Genova (IT)')]),
    ('t', [(0, '3 Luogo consegna'), (120, 'Genova, magazzino frigorifero')]),
    ('t', [(0, '4 Luogo/data presa'), (120, 'Bremerhaven, 14.10.2026')]),
    ('t', [(0, '6-9 Merce'), (120, '22 pallet - filetti di merluzzo surgelati - 17.160 kg lordi')]),
    ('t', [(0, '16 Vettore'), (120, 'Ferretti Trasporti S.p.A. - targa GE 481 TR / semirim. XA 227 KF')]),
    ('t', [(0, '24 Ricevuta'), (120, 'Genova, 15.10.2026 06:50 - nessuna riserva - firma e timbro')]),
    '', ('s', 'Datalogger: min -21,4 C / max -19,8 C durante il viaggio.'),
], 'CMR 4471', 'Ferretti Trasporti', creator='Canon iR-ADV C5535', producer='Adobe PSL 1.3e for Canon',
    pdfdate="20261015094411+02'00'")
MESSAGES.append(dict(
    slug='ferretti-cmr-thread-reply',
    frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=[S['mgr_it']],
    subject='R: Conferma ritiro 14/10 Bremerhaven - Genova',
    date='2026-10-15 09:47:30', zone='IT',
    in_reply_to='<6b0e4d2a9f1c47e3a8d5b2c1e0f9a7d3@HQ-EXCH02.ad.example.com>',
    via=aruba_outlook('TRAFFICO-03', '151.38.112.90', hdr_cs='iso-8859-1'),
    body=mixed(alt(Text(t18, 'windows-1252', 'quoted-printable'), Text(h_outlook(t18, 'windows-1252', 'IT'), 'windows-1252', 'quoted-printable', 'html')),
               Att('CMR_4471.pdf', 'application/pdf', cmr18)),
    what='Ferretti\'s traffic clerk replies in the pickup thread with the signed CMR as a plain PDF.',
    why='Genuine reply from Ferretti\'s office IP with Outlook via Aruba, plain scanned PDF, content matches the order (22 pallets, -20 °C), no password, no links.',
    hardneg=['ferretti-thread-hijack-zip-password'], hardneg_note='same thread and sender address as the hijack; genuine client/IP and plain PDF',
))

# ------------------------------------------------------------------ 19 sick leave from private libero address
t19 = """Ciao Giulia, ciao Katrin,

vi scrivo dalla mail personale perché sono a casa con la febbre alta da ieri sera e il portatile aziendale è in ufficio. Oggi e domani sono in malattia; il medico ha già inviato il certificato telematico all'INPS (protocollo 2026112414732), il numero ve lo giro anche per WhatsApp a Giulia.

Giulia, la riunione con Pescheria Adriatica di domani la sposta Luca Romano a lunedì, l'ho già sentito.

Katrin, sorry for Italian - I'm sick today and tomorrow, the medical certificate has been sent to INPS, number above.

A presto,
Marco""".replace('\u2019', "'")
MESSAGES.append(dict(
    slug='malattia-mail-privata',
    frm=('Marco Bianchi', 'marco.bianchi71@libero.it'), to=[S['acc_it'], S['hr']],
    subject='Malattia oggi e domani / sick leave',
    date='2026-11-24 07:41:09', zone='IT',
    via=libero('79.18.201.66'),
    body=Text(t19, 'iso-8859-15', 'quoted-printable'),
    what='The Italian office manager reports two days of sick leave from his private libero.it address, with the INPS certificate number.',
    why='No request for money or data changes; refers to the official telematic certificate; informs HR and the accountant; private address is his known one.',
    hardneg=['payroll-diversion-libero'], hardneg_note='same person\'s name on libero.it, but only a sick-leave notice, no bank change',
))

# ------------------------------------------------------------------ 20 customer complaint with photos
t20 = """Buongiorno Marco,

Vi segnaliamo un problema sulla consegna di ieri (Vs. DDT n. 2611/92 del 12/11/2026, ns. ordine 3341):

- 14 cartoni di seppie pulite IQF 20/40 (lotto 26-1203): circa un terzo del prodotto presenta glassatura eccessiva e pezzi attaccati in blocchi, segno di probabile interruzione della catena del freddo;
- il peso netto sgocciolato su 3 cartoni campione è risultato di 7,1-7,3 kg invece dei 8 kg dichiarati.

Vi alleghiamo due foto scattate al ricevimento. La merce è bloccata in cella a -22 °C in attesa di Vostre istruzioni; Vi chiediamo una nota di credito o la sostituzione entro la prossima settimana, perché abbiamo ordini dei ristoranti per le feste.

Restiamo in attesa di un Vostro riscontro.

Cordiali saluti

Luca Romano
Ufficio Acquisti
Pescheria Adriatica S.r.l.
Banchina Nazario Sauro 28 - 60121 Ancona
Tel. 071 204 8811"""
MESSAGES.append(dict(
    slug='reclamo-cliente-seppie-foto',
    frm=('Luca Romano', 'l.romano@pescheriaadriatica.it'), to=[S['mgr_it']], cc=[S['qa']],
    subject='Reclamo consegna DDT 2611/92 - seppie IQF lotto 26-1203',
    date='2026-11-13 11:09:44', zone='IT',
    via=thunderbird(('smtp.serverplan.com', 'smtp19.serverplan.com', '89.46.108.19'),
                    [hop_postfix_sub('[192.168.1.50]', 'host-95-233-17-8.retail.telecomitalia.it', '95.233.17.8',
                                     'smtp19.serverplan.com', 'IT')]),
    body=mixed(Text(t20, 'UTF-8', 'quoted-printable'),
               Att('IMG_20261113_0812.png', 'image/png', photo_png('it-complaint-1', palette='ice')),
               Att('IMG_20261113_0815.png', 'image/png', photo_png('it-complaint-2', palette='fish'))),
    what='Customer complaint from an Ancona fish wholesaler about over-glazed cuttlefish and short weight, with two photos.',
    why='Known customer domain via its hosting provider (Thunderbird), concrete delivery note/lot numbers, only image attachments, asks for credit note through normal channels.',
    hardneg=['pec-reclamo-clickfix'], hardneg_note='quality complaint about a cephalopod lot, but known customer and plain photos instead of an HTML "viewer"',
))

# ------------------------------------------------------------------ 21 tax advisor: F24 due
t21 = """Gentile Giulia,

Le invio in allegato il modello F24 con scadenza lunedì 16 novembre 2026 per Example Group Italia S.r.l.:

- IVA ottobre 2026 (codice tributo 6010): euro 18.422,15
- ritenute lavoro dipendente ottobre (1001): euro 9.874,60
- ritenute lavoro autonomo (1040): euro 612,00
- contributi INPS DM10 ottobre: euro 14.236,88

Totale delega: euro 43.145,63

Come d'accordo la delega NON è stata trasmessa da noi: va pagata da voi tramite home banking (Intesa Sanpaolo, servizio F24) entro il 16/11. Mi mandi per cortesia la quietanza quando è disponibile.

Le ricordo anche che entro il 30 novembre va versato il secondo acconto IRES/IRAP: le mando il prospetto la prossima settimana.

Cordiali saluti

Dott.ssa Paola Rinaldi
Studio Rinaldi Commercialisti Associati
Corso Buenos Aires 18/6 - 16129 Genova
Tel. 010 587 3320"""
f24 = letter_pdf([
    ('h', 'MODELLO F24 - Delega irrevocabile'), ('s', 'Contribuente: Example Group Italia S.r.l. - C.F./P.IVA ' + OUR_PIVA), '',
    ('b', 'Sezione Erario'),
    ('t', [(0, 'Codice tributo'), (100, 'Rateazione'), (200, 'Anno'), (300, 'Importi a debito')]),
    ('t', [(0, '6010'), (200, '2026'), (300, '18.422,15')]),
    ('t', [(0, '1001'), (100, '0010'), (200, '2026'), (300, '9.874,60')]),
    ('t', [(0, '1040'), (100, '0010'), (200, '2026'), (300, '612,00')]), '',
    ('b', 'Sezione INPS'),
    ('t', [(0, 'Sede 3400'), (100, 'Causale DM10'), (200, '10/2026'), (300, '14.236,88')]), '',
    ('t', [(0, 'SALDO FINALE'), (300, '43.145,63')]),
    ('t', [(0, 'Data scadenza'), (300, '16/11/2026')]),
], 'F24 16-11-2026 Example Group Italia', 'Studio Rinaldi', creator='Entratel', producer='iText 5.5.13',
    pdfdate="20261110161203+01'00'")
MESSAGES.append(dict(
    slug='commercialista-f24-scadenza',
    frm=('Dott.ssa Paola Rinaldi', 'paola.rinaldi@studiorinaldi.it'), to=[S['acc_it']], cc=[S['mgr_it']],
    subject='F24 in scadenza 16/11/2026 - Example Group Italia S.r.l.',
    date='2026-11-10 16:14:27', zone='IT',
    via=thunderbird(('smtpcmd0912.aruba.it', 'smtpcmd0912.aruba.it', '62.149.156.112'),
                    [hop_aruba('[192.168.10.21]', '2.228.145.90')]),
    body=mixed(Text(t21, 'UTF-8', '8bit'), Att('F24_16112026_ExampleGroupItalia.pdf', 'application/pdf', f24)),
    what='External tax advisor sends the monthly F24 payment form (VAT, withholding taxes, INPS) due 16 November for payment via home banking.',
    why='Known advisor on her firm\'s domain (Aruba, Thunderbird), realistic tax codes and amounts, payment made by the company itself through its bank\'s F24 service - no third-party account.',
    hardneg=['agenzia-entrate-lipe-spid'], hardneg_note='Italian tax/VAT topic with deadline, but from the known advisor and no login link',
))
