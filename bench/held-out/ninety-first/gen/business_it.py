"""Genuine business messages, Italian (5)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK, TAX
from common import alt, mixed, related, pdf_att, b64s
import ids

MAILS = []
add = MAILS.append
fer = ids.fmt_iban(BANK['ferretti'])
PIVA_F = TAX['ferretti'][2:]
PIVA_EG = TAX['eg_it'][2:]


def aruba(host_n, client_ip, msgid_dom, mailer=()):
    return I.custom(('smtpcmd%d.aruba.it' % host_n, 'smtpcmd%d.aruba.it' % host_n, '62.149.156.%d' % (host_n % 200 + 20)),
                    hops=[('from [%s] ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid {rid}' % (client_ip, client_ip), 'IT', False, 1)],
                    msgid=lambda ctx: '<%s$%s$%s$@%s>' % ('00' + I.hx(ctx.rng, 10), I.hx(ctx.rng, 8), I.hx(ctx.rng, 8), msgid_dom),
                    style='outlook_smtp', tls='1.3', date_zone='IT', boundary='outlook_smtp',
                    mailer=list(mailer),
                    extra=[('X-CMAE-Envelope', lambda ctx: 'MS4xfA' + I.rs(ctx.rng, 140, I.ALNUM + '+/'))])

# ---------------------------------------------------------------- 17 invoice + FatturaPA courtesy copy
xml = """<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <FatturaElettronicaHeader>
    <DatiTrasmissione>
      <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>{pf}</IdCodice></IdTrasmittente>
      <ProgressivoInvio>0a1Bc</ProgressivoInvio>
      <FormatoTrasmissione>FPR12</FormatoTrasmissione>
      <CodiceDestinatario>M5UXCR1</CodiceDestinatario>
    </DatiTrasmissione>
    <CedentePrestatore>
      <DatiAnagrafici>
        <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{pf}</IdCodice></IdFiscaleIVA>
        <Anagrafica><Denominazione>FERRETTI TRASPORTI S.P.A.</Denominazione></Anagrafica>
        <RegimeFiscale>RF01</RegimeFiscale>
      </DatiAnagrafici>
      <Sede><Indirizzo>Via della Volta 112</Indirizzo><CAP>25124</CAP><Comune>Brescia</Comune><Provincia>BS</Provincia><Nazione>IT</Nazione></Sede>
    </CedentePrestatore>
    <CessionarioCommittente>
      <DatiAnagrafici>
        <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{pe}</IdCodice></IdFiscaleIVA>
        <Anagrafica><Denominazione>EXAMPLE GROUP ITALIA S.R.L.</Denominazione></Anagrafica>
      </DatiAnagrafici>
      <Sede><Indirizzo>Via dell'Industria 18</Indirizzo><CAP>37135</CAP><Comune>Verona</Comune><Provincia>VR</Provincia><Nazione>IT</Nazione></Sede>
    </CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali>
      <DatiGeneraliDocumento>
        <TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-10-31</Data><Numero>2026/1977</Numero>
        <ImportoTotaleDocumento>6954.00</ImportoTotaleDocumento>
      </DatiGeneraliDocumento>
    </DatiGenerali>
    <DatiBeniServizi>
      <DettaglioLinee>
        <NumeroLinea>1</NumeroLinea>
        <Descrizione>Distribuzione pneumatici magazzino Verona - clienti Nord Italia, ottobre 2026 (6 viaggi)</Descrizione>
        <Quantita>6.00</Quantita><PrezzoUnitario>950.00</PrezzoUnitario><PrezzoTotale>5700.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA>
      </DettaglioLinee>
      <DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>5700.00</ImponibileImporto><Imposta>1254.00</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo>
    </DatiBeniServizi>
    <DatiPagamento>
      <CondizioniPagamento>TP02</CondizioniPagamento>
      <DettaglioPagamento>
        <ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2026-11-30</DataScadenzaPagamento>
        <ImportoPagamento>6954.00</ImportoPagamento><IstitutoFinanziario>INTESA SANPAOLO S.P.A.</IstitutoFinanziario>
        <IBAN>{iban}</IBAN>
      </DettaglioPagamento>
    </DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
""".format(pf=PIVA_F, pe=PIVA_EG, iban=BANK['ferretti'])
p17 = """Spett.le Example Group Italia S.r.l.,

in allegato la copia di cortesia della fattura n. 2026/1977 del 31/10/2026 (distribuzione pneumatici dal Vostro magazzino di Verona ai clienti del Nord Italia, ottobre 2026, 6 viaggi). L'originale è stato trasmesso tramite il Sistema di Interscambio ed è disponibile nel Vostro cassetto fiscale.

Imponibile: € 5.700,00
IVA 22%%: € 1.254,00
Totale: € 6.954,00
Scadenza: 30/11/2026 - bonifico bancario
IBAN: %s (Intesa Sanpaolo)

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via della Volta 112 - 25124 Brescia
P.IVA %s - Tel. 030 348 2200
""" % (fer, PIVA_F)
add(Mail(
    'ferretti-fattura-2026-1977', '2026-11-02 09:31:18', MAIL['it_acc'],
    aruba(13118, '93.63.211.40', 'ferretti-trasporti.it'),
    ('Ferretti Trasporti S.p.A. - Amministrazione', 'amministrazione@ferretti-trasporti.it'),
    'Fattura n. 2026/1977 del 31/10/2026 - Ferretti Trasporti S.p.A.',
    mixed(Text(p17, 'plain', 'windows-1252', 'quoted-printable'),
          pdf_att('Fattura_2026_1977.pdf', [
              ('h1', 'FERRETTI TRASPORTI S.p.A.'),
              ('small', 'Via della Volta 112 - 25124 Brescia - P.IVA %s - Cap. soc. € 1.200.000 i.v.' % PIVA_F),
              ('h2', 'Fattura n. 2026/1977 del 31/10/2026'),
              ('p', 'Cliente: EXAMPLE GROUP ITALIA S.R.L. - Via dell\'Industria 18 - 37135 Verona (VR) - P.IVA %s' % PIVA_EG),
              ('mono', 'Distribuzione pneumatici magazzino Verona - clienti Nord Italia, ottobre 2026   6 x 950,00   € 5.700,00'),
              ('mono', 'Imponibile € 5.700,00    IVA 22% € 1.254,00    Totale documento € 6.954,00'),
              ('p', 'Pagamento: bonifico bancario a 30 gg d.f. - scadenza 30/11/2026\nIntesa Sanpaolo S.p.A. - IBAN %s' % fer),
              ('small', 'Copia di cortesia. L\'originale della fattura elettronica è stato trasmesso tramite SdI ed è disponibile nell\'area riservata del sito dell\'Agenzia delle Entrate.'),
          ], title='Fattura 2026/1977', author='Ferretti Trasporti', creator='Crystal Reports', producer='Crystal Reports',
             created="20261102093000+01'00'"),
          Att('IT%s_0a1Bc.xml' % PIVA_F, xml.encode('utf-8'), 'application/xml', note='FatturaPA XML courtesy copy')),
    to=[(None, MAIL['it_acc'])], sent_delta=4,
    pair=('ferretti-variazione-iban-lookalike',), pair_note='carrier invoice from the genuine ferretti-trasporti.it domain (Aruba) with the usual Intesa Sanpaolo IBAN, also inside the FatturaPA XML.',
    what='Carrier invoice with PDF courtesy copy and FatturaPA XML.',
    why='Correct domain, Aruba relay used by the carrier, IBAN identical to the one in the SdI invoice and the vendor master.'))

# ---------------------------------------------------------------- 18 urgent reminder with service stop
p18 = """Buongiorno Francesca,

purtroppo risulta ancora aperta la fattura n. 2026/1843 del 30/09/2026 di € 7.320,00, scaduta il 30/10. Ti avevo già scritto il 10 novembre ma non ho ancora avuto riscontro.

Ti chiedo di verificare con urgenza: la nostra direzione mi ha comunicato che, in assenza del pagamento entro martedì 1° dicembre, saremo costretti a sospendere i ritiri da Hannover a partire da mercoledì 2/12, compreso il carico di pneumatici ricostruiti già pianificato per il 3/12.

Le coordinate bancarie sono sempre quelle indicate in fattura (Intesa Sanpaolo, IBAN che termina con 4721). Se il bonifico è già partito, mandami pure la contabile e ignora questa mail.

Per qualsiasi cosa chiamami al 030 348 2217.

Grazie e buona giornata,

Chiara Colombo
Ufficio Amministrazione e Traffico
Ferretti Trasporti S.p.A.
Via della Volta 112 - 25124 Brescia
"""
add(Mail(
    'ferretti-sollecito-sospensione-ritiri', '2026-11-26 10:05:44', MAIL['it_acc'],
    aruba(13204, '93.63.211.40', 'ferretti-trasporti.it', mailer=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'it')]),
    ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'),
    'Sollecito pagamento fattura 2026/1843 - sospensione ritiri dal 2/12',
    alt(p18, T.word_html(p18, 'windows-1252', 'IT'), 'windows-1252', 'quoted-printable', quoted=True),
    to=[('Francesca De Luca', MAIL['it_acc'])], cc=[('Niccolò Ferrara', MAIL['it_mgr'])],
    hcs='iso-8859-1', sent_delta=6, extra=[('Importance', 'High')],
    pair=('ferretti-variazione-iban-lookalike',), pair_note='urgent reminder with a threat to stop pickups from the same carrier contact: genuine domain, unchanged IBAN, phone number offered.',
    what='Carrier contact chases an overdue invoice and threatens to stop pickups from 2 December.',
    why='Genuine domain and relay, unchanged bank details ("ending 4721"), phone number offered; strong urgency but no new payment destination.'))

# ---------------------------------------------------------------- 19 customer complaint from Libero
p19 = """Buongiorno Alessandro,

ti scrivo per un problema serio. Su 4 delle 20 coperture ricostruite 315/80 R22.5 consegnate con DDT n. 4471 del 15/10 il nostro cliente (Autotrasporti Bonetti) ha avuto il distacco parziale del battistrada dopo circa 9.000 km: due sull'asse motore di uno Scania R450 e due su un Volvo FH.

Le gomme sono ferme da noi in magazzino a Vicenza. Ho fatto le foto e ho segnato le matricole, te le mando domani dal PC dell'ufficio perché da qui non riesco ad allegarle.

Bonetti vuole la sostituzione immediata e il rimborso del fermo macchina. Da parte mia ti chiedo almeno la sostituzione in garanzia e il ritiro delle carcasse per l'analisi. Mi fai sapere entro domani cosa possiamo fare? Sono clienti che non voglio perdere.

Saluti
Marco Rossi
Pneumatici Rossi S.r.l.
Viale della Serenissima 58 - 36100 Vicenza
Tel. 0444 962130 - Cell. 347 5518204
"""
add(Mail(
    'rossi-reclamo-distacco-battistrada', '2026-11-09 18:47:29', MAIL['it_sales'],
    I.custom(('smtp-31-i6.italiaonline.it', 'smtp-31-i6.italiaonline.it', '213.209.12.31'),
             hops=[('from libero.it ([10.101.20.18])\n\tby smtp-31.iol.local with ESMTPA\n\tid {rid}', 'IT', False, 1)],
             msgid=lambda ctx: '<%d.%d.%d@mail1.libero.it>' % (ctx.rng.randrange(10 ** 8, 10 ** 9), ctx.rng.randrange(10 ** 5, 10 ** 6),
                                                               int(ctx.t_sent.timestamp() * 1000)),
             style='generic', tls='1.3', date_zone='IT', boundary='ox',
             mailer=[('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev62'), ('X-Originating-Client', 'open-xchange-appsuite'),
                     ('Importance', 'Normal'), ('X-Priority', '3')],
             extra=[('X-CNFS-Analysis', lambda ctx: 'v=2.4 cv=' + I.rs(ctx.rng, 22, I.ALNUM + '+/') + ' c=1 sm=1 tr=0')]),
    ('Marco Rossi', 'marco.rossi71@libero.it'),
    'Reclamo - distacco battistrada su ricostruiti 315/80 R22.5 (DDT 4471)',
    Text(p19, 'plain', 'iso-8859-15', '8bit'),
    to=[('Alessandro Galli', MAIL['it_sales'])], cc=[('Niccolò Ferrara', MAIL['it_mgr'])], hcs='iso-8859-15', sent_delta=3,
    what='Italian dealer (writing from his Libero mailbox) complains about tread separation on four retreads and asks for warranty replacement.',
    why='Known customer address on Libero\'s own infrastructure, specific delivery-note and vehicle details, no links or attachments, asks for a reply.'))

# ---------------------------------------------------------------- 20 colleague, private Gmail, broken laptop
p20 = """Ciao Niccolò,

ti scrivo dalla mia mail personale perché il portatile aziendale stamattina non si accende più: il led di ricarica è acceso, ma lo schermo resta nero e non dà segni di vita, anche tenendo premuto il tasto di accensione per 30 secondi.

Oggi pomeriggio ho il giro clienti a Vicenza e Padova, quindi lavoro dal telefono (Outlook e Teams funzionano). Puoi aprire tu un ticket all'IT di Hannover o preferisci che chiami io l'hotline? Il numero di inventario è EG-NB-0481.

Grazie,
Alessandro

--
Alessandro Galli
Sales Italia - Example Group Italia S.r.l.
"""
add(Mail(
    'galli-portatile-guasto-gmail', '2026-11-17 08:22:03', MAIL['it_mgr'],
    I.gmail(date_zone='IT', host='mail-ed1-f43.google.com', ip='209.85.208.43'),
    ('Alessandro Galli', 'ale.galli.vr@gmail.com'),
    'Portatile aziendale non si accende',
    alt(p20, T.gmail_html(p20), 'UTF-8', 'quoted-printable'),
    to=[('Niccolò Ferrara', MAIL['it_mgr'])], sent_delta=4,
    what='Sales rep writes from his private Gmail that his company laptop is dead and asks the office manager to open an IT ticket.',
    why='Ordinary colleague message from a personal address, no links, attachments or requests for credentials, money or data changes.'))

# ---------------------------------------------------------------- 21 genuine BRT notification
p21 = """Gentile EXAMPLE GROUP ITALIA S.R.L.,

la spedizione n. 050784318845 del mittente LIEFERANT GMBH (2 colli, 36,0 kg) è in consegna oggi, 25/11/2026, nella fascia oraria 9:00 - 13:00.

Puoi seguire la spedizione su https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=050784318845

Per modificare la consegna accedi a MyBRT: https://www.mybrt.it

Cordiali saluti
BRT S.p.A.

Questo messaggio è stato generato automaticamente, si prega di non rispondere.
"""
h21 = T.brand_html('BRT', 'La tua spedizione è in consegna oggi', [
    'Gentile EXAMPLE GROUP ITALIA S.R.L.,',
    'la spedizione n. <b>050784318845</b> del mittente LIEFERANT GMBH (2 colli, 36,0 kg) è in consegna oggi, 25/11/2026, nella fascia oraria 9:00 - 13:00.',
    'Per modificare la consegna accedi a <a href="https://www.mybrt.it">MyBRT</a>.'],
    'Segui la spedizione', 'https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=050784318845',
    color='#e30613', charset='iso-8859-1', footer='BRT S.p.A. - Questo messaggio è stato generato automaticamente, si prega di non rispondere.')
add(Mail(
    'brt-spedizione-in-consegna', '2026-11-25 07:12:30', MAIL['it_mgr'],
    I.custom(('mailout2.brt.it', 'mailout2.brt.it', '195.110.124.12'),
             hops=[('from notify-app03.brt.local (notify-app03.brt.local [10.30.8.23])\n\tby mailout2.brt.it (Postfix) with ESMTP id {qid}', 'IT', True, 1)],
             msgid=lambda ctx: '<%d.%d.JavaMail.notify@notify-app03>' % (ctx.rng.randrange(10 ** 8, 10 ** 9), int(ctx.t_sent.timestamp() * 1000)),
             style='esp', tls='1.2', return_path='bounce-notifiche@brt.it', date_zone='IT', boundary='javamail'),
    ('BRT', 'noreply@brt.it'),
    'BRT - La tua spedizione 050784318845 è in consegna oggi',
    alt(p21, h21, 'iso-8859-1', 'quoted-printable'),
    to=[(None, MAIL['it_mgr'])], hcs='iso-8859-1', sent_delta=2,
    pair=('correos-aduanas-tasa', 'acs-courier-telos-epanapostolis'), pair_note='courier notification about a parcel from a real supplier: genuine one from brt.it, links to brt.it / mybrt.it, no fee (the attacks imitate Correos and ACS).',
    what='BRT notification that a parcel from a known supplier is out for delivery today.',
    why='Sent from brt.it, links only to BRT\'s own domains, no payment or personal-data request.'))
