"""Genuine business messages 17-21 (Italian)."""
from eglib import mime, bank, html as H
from eglib.infra import Webmail, OutlookSMTP, rhex
from eglib.kit import business, alt, mixed, att, pdf, S, it_piva
from msgs.common import ferretti, internal

FERRETTI_IBAN = bank.it_iban('03069', '53280', '100000018472')
EDILIZIA_IBAN = bank.it_iban('05034', '01633', '000000012887')


@business(17, 'it', 'ferretti-sollecito-sospensione-servizi',
          what='Ferretti Trasporti\'s administration sends a final reminder for two overdue invoices (7,198 EUR) and threatens to suspend a scheduled furniture pick-up and involve their lawyer.',
          why='Genuine but aggressive dunning: real domain ferretti-trasporti.it through Aruba, known Intesa Sanpaolo IBAN unchanged, concrete invoice numbers, '
              'phone number, statement attached; no change of payment details.',
          pair=([17], 'same carrier, same urgency, but genuine domain and the known IBAN'))
def _(m):
    m.use(ferretti(desktop='AMMINISTR-PC02'))
    m.when('2026-11-05 10:02:51', 'it')
    m.frm = ('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it')
    m.to = [S('it_acc')]
    m.cc = [('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')]
    m.subject = 'Sollecito di pagamento \u2013 ultimo avviso prima della sospensione dei servizi'
    t = """Spett.le Example Group Italia S.r.l.
alla c.a. Dott. Marco Bianchi

dalle nostre verifiche contabili risultano ancora insolute le seguenti fatture, gi\u00e0 sollecitate in data 15/10/2026:

Fatt. n. 1042/26 del 31/08/2026 \u2013 \u20ac 4.880,00 \u2013 scaduta il 30/09/2026
Fatt. n. 1098/26 del 15/09/2026 \u2013 \u20ac 2.318,00 \u2013 scaduta il 15/10/2026

Totale scaduto: \u20ac 7.198,00

Vi invitiamo a provvedere al saldo entro e non oltre il 13/11/2026 mediante bonifico sul conto gi\u00e0 in Vostro possesso (Intesa Sanpaolo, IBAN %s). In mancanza del pagamento saremo costretti, nostro malgrado, a sospendere i servizi di trasporto e trasloco programmati (ritiro arredi di Via Vittor Pisani del 18/11) e ad affidare la pratica al nostro legale per il recupero del credito, con addebito degli interessi di mora ai sensi del D.Lgs. 231/2002.

Qualora abbiate gi\u00e0 provveduto al pagamento, Vi preghiamo di considerare nulla la presente e di inviarci copia della contabile.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 \u2013 24040 Stezzano (BG)
Tel. 035 4591 220 \u2013 P.IVA %s
""" % (bank.fmt(FERRETTI_IBAN), it_piva('0287146016'))
    blocks = [('h1', 'FERRETTI TRASPORTI S.p.A.'), ('small', 'Via dell\'Industria 27 - 24040 Stezzano (BG) - P.IVA ' + it_piva('0287146016')),
              ('h2', 'Estratto conto cliente al 05/11/2026 - Example Group Italia S.r.l.'),
              ('mono', 'Fatt. 1042/26  31/08/2026  scad. 30/09/2026   4.880,00'), ('mono', 'Fatt. 1098/26  15/09/2026  scad. 15/10/2026   2.318,00'),
              ('b', 'Totale scaduto: EUR 7.198,00'), ('p', 'Coordinate per il pagamento: Intesa Sanpaolo S.p.A., IBAN ' + bank.fmt(FERRETTI_IBAN))]
    p = pdf(m, blocks, 'Estratto conto', lang='it-IT', creator='TeamSystem Lynfa', producer='TeamSystem Lynfa', minutes_before=15)
    m.root = mixed(m, alt(m, mime.text(t, 'windows-1252', 'quoted-printable'), mime.text(H.outlook(t, 'IT'), 'windows-1252', 'quoted-printable', 'html')),
                   att(m, p, 'application/pdf', 'Estratto_conto_Example_Group_Italia_05-11-2026.pdf'))


@business(18, 'it', 'ferretti-preventivo-trasloco',
          what='Chiara Colombo (Ferretti Trasporti) sends the quote for relocating the Milan office archive and furniture on 12 December.',
          why='Genuine: her real address on ferretti-trasporti.it via Aruba, reply to a request from the office manager, PDF quote, no payment change, no link.')
def _(m):
    m.use(ferretti(desktop='COMM-CCOLOMBO', origin='93.45.118.201', hcs='iso-8859-1'))
    m.when('2026-11-24 16:35:09', 'it')
    m.frm = ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')
    m.to = [S('it_mgr')]
    m.subject = 'R: Preventivo trasloco archivio e arredi \u2013 12 dicembre'
    m.replies = 1
    m.in_reply_to = '<3e9a0c51b8d04f27a1c6e5d4b3a29f10@EXMB01.corp.example.com>'
    m.references = m.in_reply_to
    t = """Buongiorno Giulia,

come da sopralluogo di ieri Le invio in allegato il preventivo n. 2026-311 per il trasloco dell'archivio (circa 180 scatoloni) e degli arredi del secondo piano da Via Vittor Pisani al nuovo magazzino di Sesto San Giovanni.

Data proposta: sabato 12 dicembre, inizio ore 7:30, con due automezzi e cinque operatori.
Importo: 3.950,00 euro + IVA, comprensivo di imballaggio, montaggio/smontaggio e assicurazione.

Per confermare basta rispondere a questa e-mail con il numero d'ordine; il pagamento \u00e8 a 30 giorni data fattura come di consueto.

Cordiali saluti
Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Tel. 035 4591 214 - Cell. 348 712 4409
"""
    blocks = [('h1', 'FERRETTI TRASPORTI S.p.A.'), ('h2', 'Preventivo n. 2026-311 del 24/11/2026'),
              ('p', 'Cliente: Example Group Italia S.r.l., Via Vittor Pisani 16, 20124 Milano\nServizio: trasloco archivio (circa 180 colli) e arredi 2. piano verso magazzino di Sesto San Giovanni'),
              ('mono', 'Automezzi 2 x 8 ore                               1.440,00'), ('mono', 'Operatori 5 x 8 ore                               1.800,00'),
              ('mono', 'Materiale di imballaggio                            410,00'), ('mono', 'Assicurazione ad valorem                            300,00'),
              ('b', 'Totale imponibile EUR 3.950,00 + IVA 22%'), ('p', 'Validit\u00e0 dell\'offerta: 30 giorni. Pagamento: 30 gg data fattura.')]
    p = pdf(m, blocks, 'Preventivo 2026-311', lang='it-IT', creator='Microsoft\u00ae Excel\u00ae per Microsoft 365', minutes_before=30)
    m.root = mixed(m, alt(m, mime.text(t, 'iso-8859-1', 'quoted-printable'), mime.text(H.outlook(t, 'IT'), 'iso-8859-1', 'quoted-printable', 'html')),
                   att(m, p, 'application/pdf', 'Preventivo_2026-311_trasloco.pdf'))


@business(19, 'it', 'edilizia-copia-cortesia-fattura-sdi',
          what='Edilizia Lombarda sends the courtesy copy (PDF) of an e-invoice already transmitted through the SdI for facade repairs.',
          why='Genuine: known contractor domain via Aruba, states the legally valid invoice went through the Sistema di Interscambio, known IBAN, no link, no login.',
          pair=([19], 'SdI / e-invoice topic, but a normal courtesy copy from a known supplier with no login request'))
def _(m):
    m.use(OutlookSMTP(hoster='aruba', desktop='UFFICIO-AMM1', origin='79.11.206.58', hcs='iso-8859-15',
                      client_t=('smtpdh20-1.aruba.it', 'smtpdh20-1.aruba.it', '62.149.155.170'), content_lang='it', sender_zone='it'))
    m.when('2026-11-11 12:18:40', 'it')
    m.frm = ('Edilizia Lombarda S.r.l.', 'amministrazione@edilizialombarda.it')
    m.to = [S('it_acc')]
    m.subject = 'Copia di cortesia fattura n. 212/2026 del 10/11/2026'
    t = """Spett.le Example Group Italia S.r.l.,

in allegato la copia di cortesia della fattura n. 212/2026 del 10/11/2026 relativa ai lavori di ripristino della facciata dello stabile di Via Padova 118 (SAL n. 2).

La fattura elettronica \u00e8 stata trasmessa tramite il Sistema di Interscambio al Vostro codice destinatario ed \u00e8 disponibile nel Vostro cassetto fiscale; la presente copia non ha valore fiscale.

Importo: 18.544,00 euro (imponibile 15.200,00 + IVA 22%%)
Scadenza: 60 gg d.f.f.m. - pagamento su IBAN %s

Cordiali saluti
Ufficio Amministrazione
Edilizia Lombarda S.r.l.
Via Giacomo Watt 37 - 20143 Milano
""" % bank.fmt(EDILIZIA_IBAN)
    blocks = [('h1', 'EDILIZIA LOMBARDA S.r.l.'), ('small', 'Via Giacomo Watt 37 - 20143 Milano - P.IVA ' + it_piva('0945517015')),
              ('h2', 'COPIA DI CORTESIA - Fattura n. 212/2026 del 10/11/2026'),
              ('p', 'Documento privo di valore fiscale ai sensi dell\'art. 21 DPR 633/72. La fattura elettronica \u00e8 stata trasmessa tramite SdI.'),
              ('mono', 'Ripristino facciata Via Padova 118 - SAL n. 2        15.200,00'), ('mono', 'IVA 22%                                               3.344,00'),
              ('b', 'Totale documento EUR 18.544,00'), ('p', 'Pagamento: bonifico 60 gg d.f.f.m. - IBAN ' + bank.fmt(EDILIZIA_IBAN))]
    p = pdf(m, blocks, 'Fattura 212/2026', lang='it-IT', creator='Danea Easyfatt', producer='Danea Easyfatt', minutes_before=40)
    m.root = mixed(m, mime.text(t, 'iso-8859-15', 'quoted-printable'), att(m, p, 'application/pdf', 'Fattura_212_2026_copia_cortesia.pdf'))


@business(20, 'it', 'inquilino-reclamo-ascensore',
          what='Tenant in Via Padova complains that the lift has been out of order for five days and his elderly mother on the 6th floor is stuck.',
          why='Genuine tenant complaint from a Libero consumer address: specific building and history, asks for a technician and a date, no links or attachments.')
def _(m):
    m.use(Webmail(kind='libero', origin='151.38.77.140', hcs='iso-8859-1', henc='Q'))
    m.when('2026-11-17 19:44:30', 'it')
    m.frm = ('Roberto Esposito', 'roberto.esposito@libero.it')
    m.to = [S('it_mgr')]
    m.subject = 'Ascensore guasto da 5 giorni - Via Padova 118, scala B'
    t = """Gentile dott.ssa Rossi,

le scrivo perch\u00e9 l'ascensore della scala B di Via Padova 118 \u00e8 fermo da gioved\u00ec scorso. Il tecnico \u00e8 passato venerd\u00ec mattina, ha detto che manca un pezzo e da allora nessuno ci ha pi\u00f9 fatto sapere niente.

Mia madre ha 84 anni, abita al sesto piano con me e da cinque giorni non pu\u00f2 uscire di casa, nemmeno per le visite mediche. Anche altri condomini anziani sono nella stessa situazione.

Le chiedo per favore di sollecitare la ditta di manutenzione e di farci sapere entro domani una data certa per la riparazione. Se la situazione non si risolve entro la settimana mi rivolger\u00f2 al SUNIA.

Cordiali saluti
Roberto Esposito
Via Padova 118, scala B, int. 23
cell. 339 402 7718
"""
    m.root = mime.text(t, 'iso-8859-1', '8bit')


@business(21, 'it', 'comunicazione-interna-chiusura-ufficio',
          what='Milan office manager informs the Milan team (internal) about the office closure on 7-8 December and the on-call service for buildings.',
          why='Genuine internal notice via Exchange and mail-int01, no links except the internal intranet, nothing requested from recipients.')
def _(m):
    m.use(internal('it', client_ws='10.31.4.22'))
    m.when('2026-11-30 14:05:13', 'it')
    m.frm = S('it_mgr')
    m.to = [('Ufficio Milano', 'milano@example.com')]
    m.rcpt = S('it_acc')[1]
    m.subject = 'Chiusura ufficio di Milano 7 e 8 dicembre \u2013 reperibilit\u00e0'
    t = """Care colleghe, cari colleghi,

vi ricordo che luned\u00ec 7 dicembre (Sant'Ambrogio) e marted\u00ec 8 dicembre (Immacolata) l'ufficio di Via Vittor Pisani rester\u00e0 chiuso.

Per i condomini e gli stabili in gestione \u00e8 attivo come sempre il servizio di reperibilit\u00e0: numero verde 800 917 440 (guasti urgenti, ascensori, riscaldamento). Il turno di reperibilit\u00e0 interno \u00e8 pubblicato nell'intranet alla pagina Milano > Turni.

Chi deve ancora inserire ferie o permessi per dicembre lo faccia entro venerd\u00ec 4.

Grazie e buona settimana,
Giulia

Giulia Rossi
Office Manager Italia
Example Group Italia S.r.l.
Via Vittor Pisani 16 - 20124 Milano
"""
    m.root = alt(m, mime.text(t, 'utf-8', 'quoted-printable'), mime.text(H.outlook(t, 'IT'), 'utf-8', 'quoted-printable', 'html'))
