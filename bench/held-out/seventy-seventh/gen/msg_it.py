"""Italian messages: attacks 17-21, business 17-21."""
import datetime as _dt

from banking import grp
from company import S, ACC, TAX, PRIVATE
from compose import att_pdf, att_zipenc, att_qrpng
from infra import filetime
from util import local_to_utc

# thread "offerta ricambi" Distributori Orobici <-> Niccolò (later hijacked)
_ft = filetime(local_to_utc('2026-11-24 10:30', 'it'))
GALLI_OFF_ID = '<AM9PR06MB7720C41D9E2B6A0F3C58E71D4A2B9F06@AM9PR06MB7720.eurprd06.prod.outlook.com>'
NICCOLO_REPLY_ID = '<8e41c07a2f9b4d35a6c1e9d0b7f28a53@EXCH02.example.local>'

GALLI_OFF_TEXT = """Buongiorno Niccolò,

come concordato al telefono ti invio in allegato la nostra offerta 2026/OF/0917 per i ricambi 2027:

- gettoniere MDB rigenerate (modello CG-7 Executive/MDB), 40 pz.
- schede di controllo MDB per le serie Orobica 700 e 900, 25 pz.
- kit guarnizioni e pompe per gruppi caffè, 120 kit

Prezzi validi fino al 31/01/2027, consegna in 10 giorni lavorativi dall'ordine, pagamento con RiBa a 60 gg d.f. come da contratto quadro.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti"""

GALLI_SIG = """Alessandro Galli
Ufficio Commerciale – Ricambi
Distributori Orobici S.r.l.
Via dei Livelli 6 – 24050 Grassobbio (BG)
Tel. +39 035 459 2271 – Cell. +39 348 771 0392"""

NICCOLO_REPLY_TEXT = """Ciao Alessandro,

grazie. Per le gettoniere ci servirebbero 60 pezzi invece di 40: puoi aggiornare l'offerta? Per il resto va bene, l'ordine parte appena abbiamo l'ok di Brema.

Niccolò"""

OROBICI_EXO = dict(server='AM9PR06MB7720', region='eurprd06', out=5, org='distributoriorobici.it')
IT_EXO = dict(accept='it-IT, en-US', lang='it-IT')


def attacks():
    L = []
    # ------------------------------------------------------------ 17
    L.append(dict(
        n=17, lang='it', slug='sdi-scarto-fattura-phishing',
        tech='Tax-authority / e-invoicing (SdI, "Fatture e Corrispettivi") credential phishing from a compromised Aruba mailbox',
        what='"Agenzia delle Entrate" reports that the SdI rejected an e-invoice as duplicate (code 00404) and asks to log in with SPID/CIE within 5 days to view the receipt and resend.',
        why='SdI receipts go to the transmission channel/intermediary, not as e-mail with a login link; the link goes to agenziaentrate-fatturazione.com (real: agenziaentrate.gov.it); sent from the hijacked Aruba mailbox of an unrelated hardware shop with a spoofed display name; sanction threat.',
        frm=('Agenzia delle Entrate - Fatturazione Elettronica', 'info@ferramentabrambilla.it'), to=[S('romano')],
        subject='Notifica di scarto SdI – Fattura n. 2026/FE/1187 – Identificativo SdI 13984421765',
        date='2026-10-19 10:12:40', tz='it',
        infra=('aruba', dict(client_helo='PC-NEGOZIO', client_ip='151.44.176.23', client='outlook16',
                             client_kw={'lang': 'it'})),
        charset='iso-8859-1', cte='quoted-printable', html='brand', hcs='iso-8859-1', henc='Q', plain_link='colon',
        brand=dict(brand='Agenzia delle Entrate', color='#0066cc', title='Fatturazione elettronica',
                   footer='Questo messaggio è generato automaticamente, si prega di non rispondere.\nAgenzia delle Entrate – Via Giorgione 106, 00147 Roma'),
        text="""Gentile Contribuente,

il Sistema di Interscambio (SdI) ha emesso una ricevuta di scarto per il seguente file fattura:

Identificativo SdI: 13984421765
Nome file: %s_0A7K2.xml
Fattura n. 2026/FE/1187 del 14/10/2026
Codice errore: 00404 – Fattura duplicata

La fattura scartata si considera non emessa. Per evitare l'applicazione delle sanzioni previste per l'omessa fatturazione è necessario visualizzare la ricevuta e ritrasmettere il file entro 5 giorni dalla data della presente notifica.

[[Accedi a Fatture e Corrispettivi|https://agenziaentrate-fatturazione.com/portale/fec/login?id=13984421765]]

L'accesso è consentito tramite SPID, CIE o CNS.

Cordiali saluti
Agenzia delle Entrate
Servizio Fatturazione Elettronica""" % TAX['eg_it'],
    ))
    # ------------------------------------------------------------ 18
    L.append(dict(
        n=18, lang='it', slug='ferretti-cambio-iban-lookalike',
        tech='Carrier bank-detail change from a look-alike domain (BEC), VPS with Outlook',
        what='"Chiara Colombo" of Ferretti Trasporti announces a new bank account at another bank and asks to pay overdue invoices there by Friday.',
        why='Domain ferretti-trasporti.com instead of ferretti-trasporti.it; sent via an OVH VPS; bank change by e-mail only, old account "being closed", administration "not reachable by phone"; Chiara Colombo is dispatch, not accounting. Compare genuine reminder business/17 (same invoices, unchanged IBAN).',
        frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.com'), to=[S('romano')],
        subject='Comunicazione variazione coordinate bancarie – Ferretti Trasporti S.p.A.',
        date='2026-11-09 09:41:18', tz='it',
        infra=('hosted_postfix', dict(host='mail.ferretti-trasporti.com', ip='141.94.211.37', rdns='vps-9b3e02af.vps.ovh.net',
                                      client_helo='DESKTOP-F0K2LQ9', client_ip='105.112.33.190',
                                      auth='c.colombo@ferretti-trasporti.com', zone='utc', client='outlook16',
                                      client_kw={'lang': 'it'})),
        charset='iso-8859-15', cte='quoted-printable', html='outlook', html_lang='IT', hcs='iso-8859-15', henc='Q',
        text="""Gentile Dott.ssa Romano,

con la presente Vi comunichiamo che, a seguito della migrazione dei nostri rapporti bancari, a partire dalla data odierna tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. – Filiale di Verona
IBAN: %s
BIC: SELBIT2BXXX

Il precedente conto presso Banco BPM è in fase di estinzione e a breve non potrà più ricevere accrediti.

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di saldare sul nuovo conto la fattura scaduta n. 2026/1438 del 30/09/2026 e la fattura n. 2026/1502 del 15/10/2026, per complessivi € 12.846,40, entro venerdì 13 novembre, così da evitare la sospensione dei ritiri programmati.

Per motivi di riorganizzazione interna il nostro ufficio amministrativo non è raggiungibile telefonicamente in questi giorni: per qualsiasi chiarimento Vi preghiamo di rispondere a questa e-mail.

Distinti saluti

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 18 – 37135 Verona
P.IVA %s""" % (grp(ACC['mule_it']), TAX['ferretti']),
    ))
    # ------------------------------------------------------------ 19
    L.append(dict(
        n=19, lang='it', slug='finto-avvocato-acquisizione-riservata',
        tech='Fake lawyer / CEO fraud (BEC) - confidential acquisition, escrow account in Cyprus',
        what='A "lawyer" of a Milan law firm says he acts for Example Group in a confidential acquisition authorised by the CEO and asks the Italian accountant to wire a EUR 96,500 deposit to an escrow account today.',
        why='Unknown look-alike law-firm domain on a fresh Microsoft 365 tenant; invokes the CEO\'s authority and insider-information secrecy, forbids talking to the office manager; same-day payment to a Cypriot account in a third party\'s name; confirmation by e-mail only. Compare genuine urgent CEO request business/04.',
        frm=('Avv. Lorenzo Marchetti', 'l.marchetti@marchettipartners-legal.com'), to=[S('romano')],
        subject='Riservato – Progetto Arabica / istruzioni per il deposito', date='2026-10-08 11:20:02', tz='it',
        infra=('exo', dict(server='DB8PR09MB3345', region='eurprd09', out=0, org='marchettipartnerslegal.onmicrosoft.com')),
        client_kw=IT_EXO, charset='utf-8', cte='quoted-printable', html='outlook', html_lang='IT', hcs='utf-8', henc='Q',
        text="""Gentile Dott.ssa Romano,

mi presento: sono l'avv. Lorenzo Marchetti dello studio Marchetti & Partners di Milano. Il nostro studio assiste Example Group nell'operazione di acquisizione, nome in codice "Progetto Arabica", di una società di gestione di distributori automatici in Lombardia.

Il Dott. Köhler mi ha autorizzato a contattarLa direttamente, poiché il versamento del deposito cauzionale previsto dalla lettera di intenti deve essere effettuato dalla società italiana. Trattandosi di informazioni privilegiate coperte da un accordo di riservatezza, La prego di non discutere dell'operazione con altri colleghi, incluso il Sig. Ferrara, fino all'annuncio ufficiale previsto per lunedì.

Il deposito, pari a € 96.500,00, deve essere accreditato oggi sul conto vincolato (escrow) gestito per conto dello studio:

Beneficiario: MP Escrow Services Ltd
IBAN: %s
BIC: HEBACY2N
Causale: Deposito Progetto Arabica – LOI 0810

Le chiedo di confermarmi l'esecuzione del bonifico inviandomi la contabile via e-mail. Il Dott. Köhler è in riunione tutto il giorno con la controparte e mi ha chiesto di seguire personalmente il coordinamento.

Cordiali saluti

Avv. Lorenzo Marchetti
Marchetti & Partners – Studio Legale
Via Fatebenefratelli 14, 20121 Milano
Tel. +39 02 8734 1190""" % grp(ACC['mule_cy']),
    ))
    # ------------------------------------------------------------ 20
    qurl = 'https://nexi-attivazione.com/t/0004518872'
    cid = 'qrcode.0004518872@nexi-terminali.it'
    L.append(dict(
        n=20, lang='it', slug='nexi-quishing-qr-inline-distributori',
        tech='Quishing: QR code as inline PNG in the HTML part, payment-terminal (Nexi) pretext for vending machines, via Brevo',
        what='"Nexi" says the contactless readers on the vending machines must be re-activated with new keys by 30 Nov or card payments stop; the user is to scan the QR code in the mail with the phone and log in.',
        why='Trade-specific lure (cashless readers in vending machines); the QR code leads to nexi-attivazione.com (not nexi.it) and is read on an unmanaged phone, out of reach of URL rewriting; sent from a look-alike domain through Brevo; suspension and fee threat.',
        frm=('Nexi Payments', 'comunicazioni@nexi-terminali.it'), to=[S('ferrara')],
        subject='Aggiornamento obbligatorio dei lettori contactless sui Suoi distributori automatici',
        date='2026-11-17 12:06:31', tz='it', infra=('brevo', {}),
        charset='utf-8', cte='quoted-printable', html='brand', hcs='utf-8', henc='Q', plain_link='colon',
        brand=dict(brand='nexi', color='#2d32aa', title='Nexi',
                   footer='Nexi Payments S.p.A. – Corso Sempione 55, 20149 Milano – P.IVA 10542790968\nQuesta è una comunicazione di servizio.'),
        attachments=[att_qrpng('qr_riattivazione.png', qurl, cid=cid)],
        text="""Gentile Esercente,

a partire dal 1° dicembre 2026 i lettori contactless installati sui distributori automatici collegati al Suo contratto (codice esercente 0004518872) devono essere riattivati con le nuove chiavi di cifratura richieste dallo standard PCI PTS 7.

Se la riattivazione non viene completata entro il 30 novembre, gli incassi con carta e smartphone sui Suoi distributori saranno sospesi fino all'intervento di un tecnico (costo di uscita € 89,00 + IVA per terminale).

La procedura richiede meno di due minuti: inquadri il codice QR qui sotto con la fotocamera del Suo smartphone e confermi le credenziali di accesso all'Area Riservata Nexi Business.

{{img:%s|Codice QR di riattivazione|200}}

Codice esercente: 0004518872 – scadenza: 30/11/2026

Grazie per la collaborazione.

Nexi Payments S.p.A.
Servizio Clienti Esercenti""" % cid,
    ))
    # ------------------------------------------------------------ 21
    L.append(dict(
        n=21, lang='it', slug='thread-hijack-offerta-zip-password',
        tech='Thread hijack from a genuinely compromised supplier mailbox with a password-protected ZIP (script disguised as PDF)',
        what='Reply in the real spare-parts offer thread from the real mailbox of Alessandro Galli, attaching the "updated offer" as a password-protected ZIP.',
        why='Sent from Distributori Orobici\'s real Microsoft 365 tenant (compromised account), continuing a real thread; the archive is encrypted with ZipCrypto so gateways cannot scan it and contains "Offerta_ricambi_2026-OF-0917.pdf.js" (a script with a double extension); the earlier genuine offer (business/19) came as a normal PDF.',
        frm=('Alessandro Galli', 'a.galli@distributoriorobici.it'), to=[S('ferrara')],
        subject='R: Offerta ricambi gettoniere e schede MDB – rif. 2026/OF/0917', date='2026-12-02 15:07:26', tz='it',
        in_reply_to=NICCOLO_REPLY_ID, references=[GALLI_OFF_ID, NICCOLO_REPLY_ID],
        infra=('exo', OROBICI_EXO), client_kw=IT_EXO,
        charset='windows-1252', cte='quoted-printable', html='outlook', html_lang='IT', hcs='windows-1252', henc='Q',
        attachments=[att_zipenc('Offerta_2026-OF-0917.zip', ['Offerta_ricambi_2026-OF-0917.pdf.js'], 'Orobici2026',
                                (2026, 12, 2, 14, 58, 12), 'a21', ctype='application/x-zip-compressed')],
        text="""Buongiorno Niccolò,

come richiesto ti allego l'offerta aggiornata con le 60 gettoniere e il nuovo listino 2027, insieme alle condizioni del contratto quadro. Per motivi di riservatezza il file è protetto da password: Orobici2026

Ti chiedo cortesemente un riscontro entro giovedì, perché i prezzi delle schede MDB aumentano dal 1° gennaio.

Cordiali saluti

""" + GALLI_SIG + """

~~~~
Da: Niccolò Ferrara <niccolo.ferrara@example.com>
Inviato: mercoledì 25 novembre 2026 09:12
A: Alessandro Galli <a.galli@distributoriorobici.it>
Oggetto: R: Offerta ricambi gettoniere e schede MDB – rif. 2026/OF/0917

""" + NICCOLO_REPLY_TEXT + """

Da: Alessandro Galli <a.galli@distributoriorobici.it>
Inviato: martedì 24 novembre 2026 10:30
A: Niccolò Ferrara <niccolo.ferrara@example.com>
Oggetto: Offerta ricambi gettoniere e schede MDB – rif. 2026/OF/0917

""" + GALLI_OFF_TEXT,
    ))
    return L


def business():
    L = []
    # ------------------------------------------------------------ 17
    L.append(dict(
        n=17, lang='it', slug='ferretti-sollecito-sospensione',
        pair=[18],
        what='Ferretti Trasporti\'s administration sends a formal payment reminder for two overdue invoices, threatening to suspend pick-ups and involve their lawyer.',
        why='Real carrier domain (ferretti-trasporti.it) from its usual Aruba-hosted mailbox; harsh but legitimate dunning; explicitly states the bank details are unchanged (same Banco BPM IBAN as before); asks for the remittance if already paid. Hard negative of attack/18.',
        frm=('Ferretti Trasporti S.p.A. - Amministrazione', 'amministrazione@ferretti-trasporti.it'), to=[S('romano')],
        cc=[S('ferrara')],
        subject='SOLLECITO DI PAGAMENTO – fatture scadute – ultimo avviso prima della sospensione del servizio',
        date='2026-11-20 11:02:09', tz='it',
        infra=('aruba', dict(client_helo='AMM-PC02', client_ip='93.45.121.18', client='outlook16', client_kw={'lang': 'it'})),
        charset='windows-1252', cte='quoted-printable', html='outlook', html_lang='IT', hcs='windows-1252', henc='Q',
        text="""Spett.le Example Group Italia S.r.l.
alla c.a. della Dott.ssa Giulia Romano

dai nostri controlli contabili risultano ancora insolute le seguenti fatture, già scadute:

- n. 2026/1438 del 30/09/2026 – scadenza 30/10/2026 – € 7.412,90
- n. 2026/1502 del 15/10/2026 – scadenza 14/11/2026 – € 5.433,50

per un totale di € 12.846,40.

Vi invitiamo a provvedere al saldo entro 10 giorni dal ricevimento della presente. In mancanza di pagamento saremo costretti, nostro malgrado, a sospendere i ritiri programmati presso il Vostro magazzino di Settala e ad affidare la pratica al nostro legale per il recupero del credito, con addebito degli interessi di mora ai sensi del D.Lgs. 231/2002.

Le coordinate bancarie restano invariate:
Banco BPM S.p.A. – IBAN %s

Qualora il pagamento fosse già stato effettuato, Vi preghiamo di considerare nullo il presente sollecito e di inviarci copia della contabile.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 18 – 37135 Verona
Tel. +39 045 861 4400 – P.IVA %s""" % (grp(ACC['ferretti']), TAX['ferretti']),
    ))
    # ------------------------------------------------------------ 18
    cmr = att_pdf('CMR_settimana_46_firmati.pdf', [
        ('LETTERA DI VETTURA INTERNAZIONALE / CMR', 13, True), '',
        '1 Mittente: Example Group GmbH, Konsul-Smidt-Str. 12, D-28217 Bremen',
        '2 Destinatario: Example Group Italia S.r.l., Magazzino Settala (MI)',
        '3 Luogo di consegna: Settala (MI)    4 Luogo e data di presa in carico: Bremen, 09/11/2026',
        '6-9 Colli: 22 pallet EPAL, caffè tostato in grani e macinato, 9.870 kg lordi',
        '16 Vettore: Ferretti Trasporti S.p.A., Verona - targa GH 418 RT', '',
        '22 Firma mittente: [firmato]    23 Firma vettore: [firmato]    24 Ricevuta: Settala 11/11/2026 [firmato]', '',
        ('CMR n. FT-2026-46-0311 / FT-2026-46-0312', 9, False)],
        title='CMR settimana 46', author='scanner', producer='KONICA MINOLTA bizhub C300i', creator='bizhub',
        date='2026-11-13 16:30', tz='it')
    L.append(dict(
        n=18, lang='it', slug='ferretti-programma-ritiri-cmr',
        what='Ferretti\'s dispatcher confirms next week\'s pick-up and delivery plan and sends the signed CMR consignment notes as PDF.',
        why='Real carrier contact and domain, routine operational mail via the carrier\'s Aruba mailbox, scanned PDF, no link or payment instruction.',
        frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=[S('ferrara')], cc=[S('jansen')],
        subject='Programma ritiri settimana 47 e CMR firmati settimana 46', date='2026-11-13 16:48:50', tz='it',
        infra=('aruba', dict(client_helo='[192.168.1.57]', client_ip='93.45.121.18', client='thunderbird',
                             client_kw={'lang': 'it-IT'})),
        charset='iso-8859-1', cte='8bit', hcs='iso-8859-1', henc='Q', cs_label='ISO-8859-1', quote_cs=False,
        attachments=[cmr],
        text="""Buongiorno Sig. Ferrara,

Le confermo il programma della settimana 47:

- lunedì 16/11: ritiro a Brema (Example Group GmbH, rampa 5), 22 pallet caffè tostato, consegna a Settala mercoledì 18/11 in mattinata;
- giovedì 19/11: distribuzione Milano città, 14 punti (elenco come da Vostro ordine di trasporto OT-2026-311);
- venerdì 20/11: ritiro vuoti e fondi esausti presso Settala.

In allegato i CMR firmati della settimana 46. L'autista per Brema sarà Marco Zanetti, trattore + semirimorchio targa GH 418 RT.

Cordiali saluti
Chiara Colombo
Traffico e Pianificazione
Ferretti Trasporti S.p.A.
Tel. +39 045 861 4412""",
    ))
    # ------------------------------------------------------------ 19
    off = att_pdf('Offerta_2026-OF-0917.pdf', [
        ('Distributori Orobici S.r.l.', 15, True), ('Via dei Livelli 6 - 24050 Grassobbio (BG) - P.IVA ' + TAX['orobici'], 8, False), '',
        ('OFFERTA N. 2026/OF/0917', 13, True), 'Spett.le Example Group Italia S.r.l. - Milano', 'Data: 24/11/2026', '',
        'Pos. Descrizione                                              Q.tà   Prezzo unit.   Totale',
        '1    Gettoniera MDB rigenerata CG-7 Executive/MDB             40     € 148,00   € 5.920,00',
        '2    Scheda controllo MDB serie Orobica 700/900               25     € 212,50   € 5.312,50',
        '3    Kit guarnizioni + pompa gruppo caffè                    120      € 38,40   € 4.608,00', '',
        ('Totale imponibile € 15.840,50 + IVA 22%', 10, True), '',
        'Validità: 31/01/2027 - Consegna: 10 gg lavorativi - Pagamento: RiBa 60 gg d.f.',
        'Appoggio: BPER Banca - IBAN ' + grp(ACC['orobici'])],
        title='Offerta 2026/OF/0917', author='A. Galli', producer='Microsoft® Excel® per Microsoft 365',
        creator='Microsoft® Excel® per Microsoft 365', date='2026-11-24 10:20', tz='it')
    L.append(dict(
        n=19, lang='it', slug='orobici-offerta-ricambi',
        pair=[21],
        what='Vending-machine manufacturer sends the requested spare-parts offer for 2027 as a PDF.',
        why='Known supplier contact from the supplier\'s own Microsoft 365 tenant, expected (agreed by phone), ordinary PDF, existing framework terms. Hard negative of attack/21, which later hijacks this thread.',
        frm=('Alessandro Galli', 'a.galli@distributoriorobici.it'), to=[S('ferrara')],
        subject='Offerta ricambi gettoniere e schede MDB – rif. 2026/OF/0917', date='2026-11-24 10:30:05', tz='it',
        message_id=GALLI_OFF_ID, infra=('exo', OROBICI_EXO), client_kw=IT_EXO,
        charset='iso-8859-15', cte='quoted-printable', html='outlook', html_lang='IT', hcs='iso-8859-15', henc='Q',
        attachments=[off],
        text=GALLI_OFF_TEXT + '\n\n' + GALLI_SIG,
    ))
    # ------------------------------------------------------------ 20
    L.append(dict(
        n=20, lang='it', slug='portatile-guasto-da-gmail-privata',
        what='The Italian accountant writes from her private Gmail that her company laptop does not start and she will work from home with webmail only.',
        why='Known private address of the employee, consistent with a ticket she opened; no request for data, money or credentials; copies the helpdesk.',
        frm=('Giulia Romano', PRIVATE['romano']), to=[S('ferrara')], cc=[('Helpdesk Example Group', 'helpdesk@example.com')],
        subject='Portatile guasto – oggi lavoro da casa', date='2026-10-20 08:12:33', tz='it', infra=('gmail', {}),
        charset='utf-8', cte='base64', html='gmail', hcs='UTF-8', henc='B', cs_label='UTF-8',
        text="""Ciao Niccolò,

ti scrivo dalla mail personale perché il portatile aziendale stamattina non si accende più (si accende la luce di ricarica ma lo schermo resta nero, ho già provato a tenere premuto il tasto per 30 secondi). Ho aperto un ticket dal telefono ma non riesco ad allegare niente.

Oggi lavoro da casa con il mio PC solo per la posta via web e per Teams, senza scaricare documenti. Le registrazioni delle fatture le recupero domani in ufficio. Se da Brema possono spedire un portatile sostitutivo, l'indirizzo è quello dell'ufficio.

Grazie,
Giulia""",
    ))
    # ------------------------------------------------------------ 21
    L.append(dict(
        n=21, lang='it', slug='cliente-reclamo-resto-libero',
        what='A bar owner (customer) complains from his libero.it address that the drinks machine keeps the change, asks for a technician on Monday.',
        why='Known customer writing from his usual consumer mailbox through Italiaonline\'s servers; plain complaint with no link, attachment or payment request.',
        frm=('Roberto Esposito', 'roberto.esposito64@libero.it'), to=[S('ferrara')],
        subject='distributore non restituisce il resto', date='2026-11-28 19:22:47', tz='it',
        infra=('libero', dict(client_ip='79.18.233.104')), charset='utf-8', cte='quoted-printable', hcs='UTF-8', henc='Q',
        cs_label='UTF-8',
        text="""Buonasera,

sono Roberto del Bar Tabacchi Esposito in via Padova 112. Vi scrivo perché il distributore di bevande che avete messo da noi da giovedì non dà più il resto: i clienti mettono 2 euro per un caffè da 0,80 e la macchina si tiene tutto. Ho già restituito di tasca mia una quindicina di euro e ho messo un cartello "solo importo esatto".

Il vostro tecnico era già passato a settembre per lo stesso problema. Potete mandare qualcuno lunedì mattina? Siamo aperti dalle 6.

Grazie, saluti
Roberto Esposito
Bar Tabacchi Esposito
tel. 347 552 1096""",
    ))
    return L
