"""Italian genuine business messages (5)."""
import banking as B
import content as C
import infra as I
from message import Msg
from mime import plain, html, alt, mixed, attachment
from people import S, BANK, TAXID

LBL = dict(pos='Pos.', desc='Descrizione', qty='Q.tà', unit='Prezzo unit.', amount='Importo', net='Imponibile',
           vat='IVA 22%', total='Totale fattura')


def b17():
    pay = ['Pagamento: bonifico bancario 30 gg data fattura fine mese - scadenza 30/11/2026',
           'IBAN %s - Banco BPM S.p.A., filiale di Piacenza' % B.fmt_iban(BANK['ferretti']),
           'Copia di cortesia priva di valore fiscale. Originale trasmesso tramite SdI (art. 21 DPR 633/72).']
    data, tot = C.invoice_pdf(
        ['Ferretti Trasporti S.p.A.', 'Via Emilia Parmense 212 - 29122 Piacenza - P.IVA %s - Cap. soc. € 1.200.000 i.v.' % TAXID['ferretti']],
        ['Spett.le', 'Example Group Italia S.r.l.', 'Via Gallarate 184', '20151 Milano (MI)', 'P.IVA %s' % TAXID['example_it'][2:]],
        [((56, 'Fattura n. 1187/2026'), (330, 'Data: 15/10/2026')), ((56, 'Cod. destinatario SdI: M5UXCR1'), (330, 'Vs. ordine: EG-IT-PO-2026-0771'))],
        'Fattura - copia di cortesia',
        [('Trasferimento bisarca Milano Linate - Bologna B. Panigale (8 veicoli)', 2, '1180.00'),
         ('Trasferimento bisarca Milano Linate - Verona Villafranca (8 veicoli)', 2, '960.00'),
         ('Supplemento consegna sabato', 1, '240.00'),
         ('Fuel surcharge ottobre 2026', 1, '800.00')],
        22, LBL, pay,
        meta=dict(title='Fattura 1187/2026', creator='TeamSystem', producer='TeamSystem PDF', date="D:20261015094805+02'00'"),
        style='it')
    text = """Spett.le Example Group Italia S.r.l.,

in allegato copia di cortesia della fattura n. 1187/2026 del 15/10/2026 relativa ai trasferimenti con bisarca di ottobre (Milano Linate - Bologna / Verona).

L'originale è stato trasmesso tramite il Sistema di Interscambio ed è disponibile nel Vostro cassetto fiscale.

Importo: Euro %s - pagamento con bonifico a 30 gg d.f.f.m. (scadenza 30/11/2026) sulle consuete coordinate bancarie Banco BPM, invariate.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Emilia Parmense 212 - 29122 Piacenza
Tel. +39 0523 581 200""" % C.money(tot['total'], 'it')
    body = mixed(plain(text, 'iso-8859-1', 'quoted-printable'),
                 attachment('application/pdf', 'FT_1187_2026_Example_Group_Italia.pdf', data, fname_style='2047'))
    return Msg('ferretti-fattura-cortesia', ('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'), [S('it_acc')],
               'Ferretti Trasporti S.p.A. - Fattura n. 1187/2026 - copia di cortesia', (2026, 10, 16, 10, 5, 0), body, I.aruba,
               infra_kw=dict(pc_name='FT-AMM-PC01', client_ip='93.41.212.66'),
               what='Courtesy copy of a real carrier invoice from Ferretti Trasporti (car-transporter moves), PDF attached.',
               why='Genuine Ferretti domain via Aruba from the company\'s usual Italian IP; invoice also sent via SdI; bank details unchanged and '
                   'matching the known Banco BPM account.',
               hard_neg=[('thread-hijack-ferretti-iban', 'same carrier, same invoice 1187/2026')])


def b18():
    paras = ['Gentile Cliente,',
             'sul servizio di Fatturazione Elettronica è stata ricevuta una nuova fattura passiva:',
             'Mittente: **CARROZZERIA LOMBARDI S.R.L.** - P.IVA %s' % TAXID['lombardi'][2:],
             'Numero documento: 2026/FE/0418 - Data: 05/11/2026 - Importo: € 2.842,90',
             'Identificativo SdI: 14935120084',
             'Per visualizzare e scaricare la fattura acceda al pannello di Fatturazione Elettronica con le sue credenziali.',
             'Questa è una comunicazione automatica, si prega di non rispondere.']
    body = C.brand_alt('Nuova fattura ricevuta', 'Aruba Fatturazione Elettronica', '#e2001a', paras,
                       button=('Accedi al pannello', 'https://fatturazioneelettronica.aruba.it/'),
                       footer='Aruba S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG) - P.IVA 01573850516',
                       charset='utf-8', cte='quoted-printable', lang='it')
    return Msg('aruba-fe-fattura-ricevuta', ('Aruba Fatturazione Elettronica', 'noreply@fatturazioneelettronica.aruba.it'), [S('it_acc')],
               'Fatturazione Elettronica: ricevuta nuova fattura da CARROZZERIA LOMBARDI S.R.L.', (2026, 11, 6, 3, 12, 44), body,
               I.corp_gateway, infra_kw=dict(out_host='smtpfe03.aruba.it', out_ip='62.149.128.203', inner_host='fenotify02.fe.aruba.it',
                                              inner_ip='10.10.41.22', mailer='Aruba FE Notifier'),
               what='Genuine notification from the company\'s e-invoicing provider (Aruba) that an invoice from the body shop arrived via SdI.',
               why='Aruba\'s own infrastructure and domain; link only to fatturazioneelettronica.aruba.it; no deadline or sanction; known supplier.',
               hard_neg=[('sdi-fattura-scartata-spid', 'SdI e-invoice notification')])


def b19():
    paras = ['Gentile Cliente,',
             'è disponibile nell\'Area Riservata l\'estratto conto di **ottobre 2026** relativo al contratto Telepass Business n. TB-0086641 '
             '(EXAMPLE GROUP ITALIA S.R.L., 37 dispositivi).',
             'Importo: **€ 1.284,60** - addebito SEPA sul conto IT** **** 4471 con data valuta 16/11/2026.',
             'Non è richiesta alcuna azione da parte tua.',
             'Ricorda: Telepass non ti chiederà mai via e-mail o SMS di aggiornare i dati di pagamento tramite un link.']
    body = C.brand_alt('Il tuo estratto conto è disponibile', 'Telepass', '#00a1de', paras,
                       footer='Telepass S.p.A. - Via Laurentina 449, 00142 Roma - P.IVA 09771701001', charset='iso-8859-15',
                       cte='quoted-printable', lang='it')
    return Msg('telepass-estratto-conto-echt', ('Telepass', 'noreply@comunicazioni.telepass.com'), [S('it_mgr')],
               'Telepass Business: il tuo estratto conto di ottobre è disponibile', (2026, 11, 6, 7, 0, 40), body, I.sfmc,
               infra_kw=dict(mta_host='mta.comunicazioni.telepass.com', ip='13.111.112.9', bounce_domain='bounce.comunicazioni.telepass.com'),
               what='Genuine Telepass Business monthly statement notice for the Italian fleet\'s toll devices.',
               why='Sent from Telepass\'s marketing-cloud subdomain; amount paid by SEPA direct debit; no link to enter payment data; explicit warning.',
               hard_neg=[('telepass-business-addebito', 'Telepass Business toll charges')])


def b20():
    text = """Ciao Alessandro,

ti scrivo dalla mia mail personale perché stamattina il portatile aziendale (ThinkPad, etichetta EG-IT-0417) non si accende più: la spia di ricarica lampeggia arancione e non parte nemmeno il logo Lenovo. Ho provato anche con l'alimentatore di Francesca, niente da fare.

Oggi pomeriggio ho l'appuntamento dal cliente a Monza per il rinnovo flotta, i documenti li ho anche stampati quindi riesco a gestirlo lo stesso.

Puoi aprire tu il ticket con l'IT di Düsseldorf o mi dici a chi portarlo? Domani mattina posso passare in ufficio presto.

Mi trovi sul cellulare aziendale.

Grazie,
Roberto"""
    body = plain(text, 'UTF-8', 'quoted-printable')
    return Msg('portatile-guasto-mail-privata', ('Roberto Esposito', 'robertoesposito82@libero.it'), [S('it_mgr')],
               'Portatile aziendale non si accende', (2026, 11, 12, 8, 21, 0), body, I.libero, infra_kw=dict(client_ip='151.38.117.204'),
               hcs='UTF-8', henc='Q',
               what='Sales colleague reports from his private Libero address that his company laptop is broken.',
               why='Consistent, specific IT problem; asks his manager to open a ticket; no money, credentials or secrecy; sent via Libero from an '
                   'Italian residential IP.',
               hard_neg=[('gift-card-manager-gmail', 'colleague writing from private free-mail')])


def b21():
    text = """Buonasera,

vi scrivo in merito al noleggio n. RA-MI-2026-18841 (Fiat Tipo SW, ritiro Milano Centrale il 12/10, riconsegna il 16/10 alla stessa stazione).

L'auto è stata riconsegnata senza danni e con il pieno, come risulta dal verbale firmato dal vostro addetto. Tuttavia, a tre settimane dalla riconsegna, la cauzione di 500 € è ancora bloccata sulla mia carta di credito.

Vi chiedo di sbloccare immediatamente l'importo. Se non riceverò riscontro entro 7 giorni, mi rivolgerò ad Altroconsumo e chiederò lo storno alla mia banca.

Distinti saluti
Giovanni Marchetti
Via Borgo Palazzo 41, Bergamo
cell. 333 418 2207"""
    body = C.gmail_alt(text, 'quoted-printable')
    return Msg('reclamo-cliente-cauzione', ('Giovanni Marchetti', 'giovanni.marchetti.bg@gmail.com'), [S('it_mgr')],
               'Reclamo noleggio RA-MI-2026-18841 - cauzione non restituita', (2026, 11, 6, 21, 4, 0), body, I.gmail,
               hcs='UTF-8', henc='B',
               what='Angry but genuine customer complaint: deposit still blocked three weeks after returning a rental car.',
               why='Real customer on Gmail referring to a specific rental agreement; threatens consumer association and chargeback but requests nothing '
                   'but the release of his own deposit; no links or attachments.')


def messages():
    return [b17(), b18(), b19(), b20(), b21()]
