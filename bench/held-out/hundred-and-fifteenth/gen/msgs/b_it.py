"""Business (genuine) messages, Italian (17-21)."""
from msgs import msg
from msgs.common import *  # noqa
from lib import qr as Q, ids, archive
from lib.mime import addr, hdr_text, ew, Leaf, Multi
from lib.msg import in_zone, d_std, d_pad, d_postfix, d_paren, epoch, local
import company

FERRETTI_SUB = ['Via dell\'Industria 18 · 24040 Stezzano (BG) · P.IVA IT' + ids.it_piva('0318724016')]
FERRETTI_FOOT = [['Ferretti Trasporti S.p.A.', 'Cap. Soc. EUR 2.500.000 i.v.'], ['Registro Imprese Bergamo', 'REA BG-318204'],
                 ['Intesa Sanpaolo S.p.A.', 'IBAN ' + ids.fmt_iban(company.FERRETTI_IBAN)]]


@msg('business', '17', 'it', 'ferretti-fattura-copia-cortesia')
def b17(m):
    when = local('IT', 2026, 11, 3, 9, 12, 44)
    pdf = doc_pdf(m, 'TeamSystem Enterprise', local('IT', 2026, 11, 3, 9, 0, 0), 'FERRETTI TRASPORTI S.p.A.', FERRETTI_SUB, (160, 20, 30),
                  ['Spett.le', 'Example Live Italia S.r.l.', 'Via Tortona 27', '20144 Milano (MI)', 'P.IVA IT12184730153 - Cod. SDI M5UXCR1'],
                  [('Fattura n.', 'FT 2026/1842'), ('Data', '31/10/2026'), ('Scadenza', '30/11/2026'), ('Vs. ordine', 'ELI-2026-214')],
                  'COPIA DI CORTESIA - FATTURA FT 2026/1842',
                  ['Documento privo di valenza fiscale. L\'originale è stato trasmesso al Sistema di Interscambio (SdI) in data 31/10/2026.'],
                  table=(['Descrizione', 'Q.tà', 'Prezzo', 'Importo'], [280, 45, 80, 78], ['l', 'r', 'r', 'r'],
                         [['Trasporto bilico 13,6 m Milano-Roma-Bologna, tour Mira Solvej pre-production, 06-12/10/2026', '3', '2.850,00', '8.550,00'],
                          ['Autista aggiuntivo e pernottamenti', '6', '410,00', '2.460,00'],
                          ['Pedaggi autostradali (rimborso a piè di lista)', '1', '1.246,30', '1.246,30']]),
                  totals=[('Imponibile', 'EUR 12.256,30', False), ('IVA 22%', 'EUR 2.696,39', False), ('Totale documento', 'EUR 14.952,69', True)],
                  after=['Pagamento: bonifico bancario a 30 gg d.f. - Intesa Sanpaolo S.p.A., IBAN %s' % ids.fmt_iban(company.FERRETTI_IBAN)],
                  footer=FERRETTI_FOOT, doc_title='FT 2026/1842')
    text = """Buongiorno,

in allegato la copia di cortesia della fattura FT 2026/1842 del 31/10/2026 (trasporti tour ottobre), già trasmessa tramite SdI al Vostro codice destinatario.

Coordinate di pagamento invariate (Intesa Sanpaolo, IBAN come da anagrafica).

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 18 - 24040 Stezzano (BG)
Tel. +39 035 4218 700
amministrazione@ferretti-trasporti.it"""
    att = B.attachment(pdf, 'application/pdf', 'FT_2026_1842_copia_cortesia.pdf', 'outlook', when=when)
    body = outlook_mixed(m, text, 'windows-1252', 'IT', 'm365', 'AM6PR08MB', atts=[att])
    P.m365(m, ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it'), [S('Marco Esposito')],
           'Copia di cortesia fattura FT 2026/1842', when, body, dkim_domain='ferretti-trasporti.it', dmarc=('pass', 'quarantine'),
           lang='it-IT', region='eurprd08', prefix=('AM6PR08MB', 'PAXPR08MB'), has_attach=True, cc=[('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')],
           subj_charset='windows-1252', subj_enc='Q', name_charset='windows-1252')
    m.rcpts = ['marco.esposito@example.com']
    m.facts['phone'] = ['+39 035 4218 700']
    m.meta.update(
        what='Genuine courtesy copy of a road-carrier invoice (the legal invoice went through SdI) with the Intesa Sanpaolo account on file.',
        why='Real ferretti-trasporti.it Microsoft 365 tenant (DKIM/DMARC pass), states that payment details are unchanged, invoice matches the purchase order and tour dates.',
        hard_neg=dict(attacks=['18-it'], topic='Ferretti invoice / bank details', diff='Real domain with hyphen, unchanged IBAN, no change request.'))


@msg('business', '18', 'it', 'pec-legalmail-ferretti-adeguamento-carburante')
def b18(m):
    when = local('IT', 2026, 12, 10, 11, 40, 2)
    sender_pec = 'ferrettitrasporti@legalmail.it'
    rcpt = 'marco.esposito@example.com'
    subj = 'Comunicazione adeguamento tariffario gasolio dal 01/01/2027'
    letter = doc_pdf(m, 'Microsoft® Word per Microsoft 365', local('IT', 2026, 12, 9, 17, 30, 0), 'FERRETTI TRASPORTI S.p.A.', FERRETTI_SUB, (160, 20, 30),
                     ['Spett.le', 'Example Live Italia S.r.l.', 'Via Tortona 27', '20144 Milano (MI)'],
                     [('Stezzano,', '09/12/2026'), ('Prot.', 'COM/2026/0977')],
                     'Oggetto: adeguamento tariffario per variazione costo gasolio',
                     ['Spettabile Cliente,',
                      'ai sensi dell\'art. 6 del contratto quadro di trasporto e dell\'art. 83-bis del D.L. 112/2008, Vi comunichiamo che a partire '
                      'dal 01/01/2027 le tariffe di trasporto saranno adeguate del +2,8% in base alla variazione del costo medio del gasolio '
                      'rilevata dal Ministero (ottobre 2026 su ottobre 2025).',
                      'Restano invariate tutte le altre condizioni contrattuali, incluse le coordinate bancarie.',
                      'Distinti saluti.'],
                     sign=['Ferretti Trasporti S.p.A.', 'L\'Amministratore Delegato', 'Dott. Roberto Ferretti'],
                     footer=FERRETTI_FOOT, doc_title='Adeguamento tariffario 2027')
    inner_txt = """Spett.le Example Live Italia S.r.l.,

in allegato la comunicazione relativa all'adeguamento tariffario per variazione del costo del gasolio con decorrenza 01/01/2027, come previsto dal contratto quadro.

Per chiarimenti potete contattare la Sig.ra Chiara Colombo (c.colombo@ferretti-trasporti.it, tel. +39 035 4218 770).

Distinti saluti
Ferretti Trasporti S.p.A."""
    inner_mid = '<%s@legalmail.it>' % m.hex(24)
    bi = '----=_Part_%d_%d.%d' % (m.between(10000, 99999), m.between(10**8, 10**9), epoch(when) * 1000)
    ib = Multi([('Content-Type', 'multipart/mixed; \n\tboundary="%s"' % bi)],
               [B.text_part(inner_txt, 'plain', 'UTF-8', 'quoted-printable', quote=False),
                B.attachment(letter, 'application/pdf', 'Comunicazione_adeguamento_gasolio_2027.pdf', 'plain')], bi)
    inner = raw_inner([('Date', d_std(when)), ('From', sender_pec), ('To', rcpt), ('Message-ID', inner_mid),
                       ('Subject', subj), ('MIME-Version', '1.0'), ('X-Mailer', 'Legalmail Webmail')], ib)
    body, ident = pec_wrap(m, 'legalmail.it', 'InfoCert S.p.A.', sender_pec, rcpt, subj, when, inner, inner_mid)
    host = 'mx%02d.pec.legalmail.it' % m.between(1, 8)
    ip = '217.14.%d.%d' % (m.between(128, 135), m.between(10, 250))
    t1 = m.later(when, 1, 3)
    m.connect(host, host, ip, 'posta-certificata@legalmail.it', rcpt, m.later(t1, 0, 2))
    m.dmarc = ('none', None, 'legalmail.it')
    h = []
    h.append(('Received', 'from pec-smtp%02d.legalmail.it (pec-smtp%02d.legalmail.it [10.90.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
        m.between(1, 9), m.between(1, 9), m.between(1, 250), m.between(1, 250), host, m.short_qid(), rcpt, d_postfix(t1))))
    h += [('X-Trasporto', 'posta-certificata'), ('Date', d_std(when)), ('Subject', 'POSTA CERTIFICATA: ' + subj),
          ('From', '"Per conto di: %s" <posta-certificata@legalmail.it>' % sender_pec), ('Reply-To', sender_pec), ('To', rcpt),
          ('X-Riferimento-Message-ID', inner_mid), ('X-TipoRicevuta', 'completa'), ('Message-ID', '<%s>' % ident),
          ('MIME-Version', '1.0'), ('@MIME', None)]
    m.headers = h
    m.body = body
    m.facts['phone'] = ['+39 035 4218 770']
    m.meta.update(
        what='Genuine certified e-mail (PEC via InfoCert Legalmail) from the road carrier announcing the contractual diesel-cost tariff adjustment from 1 January 2027 (PDF inside postacert.eml).',
        why='The PEC address is the carrier\'s registered one, content refers to the framework contract and the law on fuel adjustment, the PDF is a letter, bank details explicitly unchanged, contact person named.',
        hard_neg=dict(attacks=['17-it'], topic='PEC certified mail with a business document', diff='Known counterparty\'s registered PEC, document attached (not a download link to a random site), no threat.'))


@msg('business', '19', 'it', 'birrificio-ordine-hospitality-aruba')
def b19(m):
    when = local('IT', 2026, 11, 27, 10, 18, 33)
    po = 'ODA 2026/0611'
    pdf = doc_pdf(m, 'Microsoft® Excel® 2019', when, 'BIRRIFICIO ADRIATICO S.p.A.',
                  ['Via Tiburtina Valeria 318 · 65129 Pescara · P.IVA IT' + ids.it_piva('0194372068')], (200, 140, 20),
                  ['Spett.le', 'Example Live Italia S.r.l.', 'Via Tortona 27', '20144 Milano (MI)'],
                  [('Ordine n.', po), ('Data', '27/11/2026'), ('Rif. contratto', 'Sponsorship 2027 del 12/09/2026')],
                  'ORDINE DI ACQUISTO',
                  ['Pacchetti hospitality come da allegato B del contratto di sponsorizzazione 2027.'],
                  table=(['Descrizione', 'Q.tà', 'Prezzo', 'Importo'], [280, 45, 80, 78], ['l', 'r', 'r', 'r'],
                         [['Pacchetto Hospitality Gold - Mira Solvej, Forum di Assago, 14/03/2027', '40', '189,00', '7.560,00']]),
                  totals=[('Imponibile', 'EUR 7.560,00', False), ('IVA 10%', 'EUR 756,00', False), ('Totale', 'EUR 8.316,00', True)],
                  after=['Pagamento: bonifico a 30 gg data fattura. Fatturazione elettronica: codice destinatario KRRH6B9.',
                         'Biglietti nominativi da inviare a f.deluca@birrificioadriatico.it entro il 28/02/2027.'],
                  sign=['Ufficio Acquisti', 'Birrificio Adriatico S.p.A.'],
                  footer=[['Birrificio Adriatico S.p.A.', 'REA PE-119374'], ['acquisti@birrificioadriatico.it', 'Tel. +39 085 4471 200']], doc_title=po)
    text = """Ciao Giulia,

come anticipato al telefono ti giro il nostro ordine per i 40 pacchetti Hospitality Gold di Assago (14 marzo), come da allegato B del contratto di sponsorizzazione. Nina è in copia per il riepilogo sponsor.

I nominativi degli ospiti te li mando entro fine gennaio; i biglietti poi a me direttamente, come l'anno scorso.

Grazie e a presto!

Francesca De Luca
Brand & Sponsorship Manager
Birrificio Adriatico S.p.A.
Via Tiburtina Valeria 318 - 65129 Pescara
Tel. +39 085 4471 231 - Cell. +39 348 771 0452"""
    tp = B.text_part(text, 'plain', 'iso-8859-15', 'quoted-printable')
    hp = B.html_part(B.outlook_html(text, 'iso-8859-15', 'IT', 'Calibri'), 'iso-8859-15', 'quoted-printable')
    b0 = P.outlook_nextpart(m, 1, when)
    alt = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b0)], [tp, hp], b0)
    att = B.attachment(pdf, 'application/pdf', 'ODA_2026_0611_Example_Live.pdf', 'outlook', when=when)
    b1 = P.outlook_nextpart(m, 0, when)
    body = Multi([('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % b1)], [alt, att], b1, 'This is a multipart message in MIME format.')
    P.aruba(m, ('Francesca De Luca', 'f.deluca@birrificioadriatico.it'), [S('Giulia Romano')],
            'Ordine hospitality Assago 14/03 - ODA 2026/0611', when, body, cc=[S('Nina Hartmann')],
            mua_headers=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', P.thread_index(m)), ('Content-Language', 'it')],
            subj_charset='iso-8859-15', dmarc=('pass', 'none'))
    m.facts['phone'] = ['+39 085 4471 231', '+39 348 771 0452', '+39 085 4471 200']
    m.meta.update(
        what='Genuine purchase order from the brewery sponsor for 40 hospitality packages, referencing the sponsorship contract, after a phone call.',
        why='Known sponsor on its usual Aruba mail (DKIM pass), order matches contract annex B, tickets go to the sponsor herself, normal 30-day terms with existing customer, sales lead in CC.',
        hard_neg=dict(attacks=['21-it'], topic='corporate ticket purchase order', diff='Existing contract and customer, small quantity, tickets delivered to the customer, no third-party agency.'))


@msg('business', '20', 'it', 'interno-buoni-regalo-natale-approvazione')
def b20(m):
    when = local('IT', 2026, 12, 14, 9, 31, 5)
    text = """Ciao Marco,

come ogni anno vorrei ordinare i buoni regalo di Natale per il team di Milano e per i tecnici freelance che hanno lavorato al tour (in totale 14 persone, 50 € a testa, quindi 700 € in tutto) - in linea con la policy omaggi approvata da Sabine.

L'ordine lo faccio come l'anno scorso tramite il nostro account Amazon Business con fattura intestata a Example Live Italia, pagamento con la carta aziendale. Niente carte prepagate comprate in negozio.

Mi dai l'ok sul centro di costo MI-ADM-500? Se serve ti giro la lista dei nomi.

Grazie,
Giulia

--
Giulia Romano
Office Manager
Example Live Italia S.r.l.
Via Tortona 27 - 20144 Milano
T +39 02 8945 3310"""
    body = outlook_mixed(m, text, 'windows-1252', 'IT', 'exch', 'EXCH01', cte='quoted-printable')
    P.exchange_internal(m, S('Giulia Romano'), [S('Marco Esposito')], 'Buoni regalo Natale team Milano - ok centro di costo?', when, body,
                        server='EXCH01', lang='it-IT', accept='it-IT, en-US', cc=[S('Sabine Krüger')])
    m.facts['phone'] = ['+39 02 8945 3310']
    m.meta.update(
        what='Genuine internal request from the Milan office manager to the Milan accountant to approve Christmas gift vouchers (14 x 50 EUR) bought via Amazon Business with an invoice, CFO in CC.',
        why='Internal Exchange route; follows the gift policy, company account with invoice (not scratch cards and photos of codes), cost centre, CFO in copy, initiated by the office itself.',
        hard_neg=dict(attacks=['19-it'], topic='gift cards / vouchers', diff='Internal sender, documented purchase with invoice, no secrecy or code photos.'))


@msg('business', '21', 'it', 'siae-permesso-rilasciato')
def b21(m):
    when = local('IT', 2026, 12, 2, 16, 5, 27)
    pratica = '2026/MI/%d' % m.between(100000, 999999)
    url = 'https://servizi.siae.it/areariservata/pratiche/dettaglio?id=%s' % m.hex(16)
    text = """Gentile Example Live Italia S.r.l.,

la informiamo che per la pratica n. %s è stato rilasciato il permesso per l'evento:

Evento: Mira Solvej - European Arena Tour 2027
Data: 14/03/2027
Luogo: Forum di Assago (MI)
Tipologia: concerto di musica leggera con ingresso a pagamento

Il permesso e la distinta dei diritti sono disponibili nella sua Area Riservata:
%s

Le ricordiamo di trasmettere il programma musicale (borderò) entro 5 giorni lavorativi dalla data dell'evento.

Cordiali saluti
SIAE - Società Italiana degli Autori ed Editori
Divisione Musica - Sezione Concerti

Questa è una comunicazione automatica, si prega di non rispondere.""" % (pratica, url)
    paras = text.split('\n\n')
    html = brand_html('Permesso rilasciato - pratica n. %s' % pratica, paras[0:4], color='#0f3f86', brand='SIAE', button=('Vai all\'Area Riservata', url),
                      footer=[paras[4], paras[5]], lang='it', charset='utf-8')
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable')
    hp = B.html_part(html, 'utf-8', 'quoted-printable')
    b1 = m.hex(64)
    body = Multi([('Content-Type', 'multipart/alternative; boundary=%s' % b1)], [tp, hp], b1)
    P.sendgrid(m, 'SIAE Servizi Online <noreply@comunicazioni.siae.it>', 'giulia.romano@example.com', 'giulia.romano@example.com',
               'SIAE - Permesso rilasciato pratica n. %s' % pratica, when, body, 'comunicazioni.siae.it', em_sub='em5521',
               dmarc=('pass', 'quarantine'))
    m.meta.update(
        what='Genuine SIAE (Italian collecting society) notification that the performance permit for the Assago concert was issued; documents in the reserved area.',
        why='Expected step for every Italian concert, sent via SIAE\'s ESP with its own aligned subdomain, link to servizi.siae.it, no payment or credential demand in the mail, reminder of the normal borderò duty.',
        hard_neg=dict(attacks=['17-it', '20-it'], topic='authority / registry notification in Italy', diff='Expected permit for a real event, institutional domain, no download of unknown files.'))
