# -*- coding: utf-8 -*-
"""Italian attack (17-21) and business (17-21) messages."""
from common import *
from lib.infra import (ses, mailjet, libero, outlook_hosted, mailup, hexs, alnum, uuid4, postfix_qid, thread_index, filetime_hex,
                       _outlook_bnd)
from lib.mime import rfc2822, plus

ATTACKS, BUSINESS = [], []

FERRETTI_SIG = ('Ferretti Trasporti S.p.A.\nVia dell\'Industria 24 – 37135 Verona\nTel. 045 8203 411 – www.ferretti-trasporti.it\n'
                'P.IVA %s' % IDS['ferretti_piva'])
MSGID_B18 = '<002e01dd7c2b$2ec1d7a0$8c4f8e20$@ferretti-trasporti.it>'
MSGID_MARCO = '<7c1e0a9b3d2f4e58a6b1c0d9e8f7a6b5@EX01.corp.example.com>'


def aruba(u, r, client_ip, webmail=False):
    n = r.choice([155, 156, 158])
    ip = '62.149.%d.%d' % (n, r.randrange(130, 180))
    helo = 'smtpdh%02d-%d.aruba.it' % (r.randrange(10, 30), r.randrange(1, 3))
    if webmail:
        hop = ('from webmail.aruba.it ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
               % (client_ip, alnum(r, 22), rfc2822(plus(u, 1), 'CE')))
        msgid = '<%d.%d.%d@webmail.aruba.it>' % (r.randrange(10 ** 9, 2 * 10 ** 9), r.randrange(1000, 9999), int(u.timestamp() * 1000))
        extra = [('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev70'), ('X-Originating-Client', 'open-xchange-appsuite'),
                 ('X-Priority', '3'), ('Importance', 'Normal')]
        bnd = lambda i: '----=_Part_%d_%d.%d' % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 2 * 10 ** 9), int(u.timestamp() * 1000))
        order = 'ox'
    else:
        hop = ('from DESKTOP-%s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
               % (alnum(r, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), client_ip, alnum(r, 22), rfc2822(plus(u, 1), 'CE')))
        hi, lo = filetime_hex(u, r)
        msgid = '<00%s%s$%s$%s$@ferretti-trasporti.it>' % (hexs(r, 2), hi, lo, hexs(r, 8))
        extra = [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(u, r)), ('Content-Language', 'it')]
        bnd = _outlook_bnd(u, r)
        order = 'outlook'
    extra.append(('X-CMAE-Envelope', 'MS4xfH' + alnum(r, 120)))
    return custom((helo, helo, ip), [hop], msgid, extra=extra, bnd=bnd, order=order, delay=2)


# 17 Thread hijack from the genuinely compromised Ferretti mailbox
q_b18 = None  # filled below (shared text with business 18)
b18_text = """Buonasera Marco,

confermo il ritiro di sabato 28/11 alle 6:30 presso il magazzino del fornitore nella zona industriale di Bolzano e la consegna in località Rio Gere entro le 11:00. Mezzo: bilico con gru, targa FT 482 KZ, autista Luca Rossi (cell. 347 218 5590).

Per l'accesso alla piazzola ci servirebbe il nominativo del vostro referente in loco e la conferma che la strada sia percorribile senza catene. CMR e DDT li porterà l'autista.

Cordiali saluti
Chiara Colombo
Ufficio Traffico
""" + FERRETTI_SIG
marco_text = """Buongiorno Chiara,

come anticipato al telefono, avremmo bisogno del ritiro di 6 cannoni sparaneve (su 2 bancali + 4 carrelli) a Bolzano sabato 28/11 mattina, con consegna alla piazzola di Rio Gere (Cortina) in mattinata. Ci confermi mezzo e orari?

Grazie e buona giornata
Marco Dal Pont
Example Group Italia S.r.l. – Cortina d'Ampezzo"""
quoted_b18 = oq('it', 'Marco Dal Pont <marco.dalpont@example.com>', (2026, 11, 24, 10, 30), 'Chiara Colombo <c.colombo@ferretti-trasporti.it>',
                'Ritiro cannoni sparaneve – Cortina, consegna 28/11', marco_text)
t17 = """Buongiorno Marco,

in riferimento alla consegna di sabato, le invio i documenti aggiornati: DDT, CMR firmato e il nuovo piano di carico con gli orari di accesso alla piazzola. Il file è protetto perché contiene i dati dei conducenti.

[Documenti_consegna_28-11.zip](https://www.agriturismo-collinedelsole.it/wp-content/uploads/2026/11/doc/?id=Ferretti_DDT_CMR_2811)
Password: 2811

Mi conferma la ricezione?

Cordiali saluti
Chiara Colombo
Ufficio Traffico
""" + FERRETTI_SIG + oq('it', 'Chiara Colombo <c.colombo@ferretti-trasporti.it>', (2026, 11, 24, 16, 48), 'Marco Dal Pont <marco.dalpont@example.com>',
                        'R: Ritiro cannoni sparaneve – Cortina, consegna 28/11', b18_text + quoted_b18)
ATTACKS.append(M(
    folder='attack', n=17, lang='it', slug='ferretti-thread-hijack-link-zip',
    when=('CE', 2026, 11, 26, 7, 31, 0),
    prof=lambda u, r: aruba(u, r, '185.213.155.161', webmail=True),
    frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=[S('marco.dalpont')],
    subject='R: Ritiro cannoni sparaneve – Cortina, consegna 28/11', hcs=('UTF-8', 'Q'),
    in_reply_to=MSGID_B18, references='%s %s' % (MSGID_MARCO, MSGID_B18),
    body=lambda c: ALT(c, t17, 'UTF-8', 'quoted-printable', style='simple'),
    technique='Thread hijack from a genuinely compromised carrier mailbox (link to password-protected ZIP on a hacked WordPress site)',
    what='Reply inside the real Ferretti/Example thread about the snow-gun delivery, from Chiara Colombo\'s real mailbox, with a link to a "documents" ZIP and its password.',
    why='Sent from the carrier\'s real Aruba account but through webmail from a VPN address (her normal mails come from Outlook in the Verona office); the ZIP is hosted on an unrelated agriturismo WordPress; password-protected archive to evade scanning; CMR/DDT travel with the driver (her previous mail said so). Emotet/Qakbot-style reply-chain attack.',
    hardneg='business 17, business 18'))

# 18 Fake SdI rejection notice via Amazon SES
t18 = """Agenzia delle Entrate – Sistema di Interscambio

Notifica di scarto

Gentile Contribuente,

la fattura elettronica trasmessa con identificativo SdI 18294736102 (cedente/prestatore: EXAMPLE GROUP ITALIA S.R.L.), numero FPR 1187/26 del 20/10/2026, è stata SCARTATA dal Sistema di Interscambio per il seguente motivo:

00305 – IdFiscaleIVA del cessionario/committente non valido

Entro 5 giorni dalla notifica di scarto è necessario ritrasmettere il documento corretto; decorso tale termine la fattura si considera non emessa, con applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997.

Per visualizzare il file di notifica (NS) e ritrasmettere la fattura, acceda all'area riservata:

[Accedi con SPID o CIE](https://sdi-fatturapa.info/portale/accesso?ids=18294736102&t=3b71c0)

Questa è una comunicazione automatica, si prega di non rispondere.
Agenzia delle Entrate – Fatture e Corrispettivi"""
h18 = notice_html('Notifica di scarto – IdSdI 18294736102', [
    'Gentile Contribuente,',
    'la fattura elettronica trasmessa con identificativo SdI 18294736102 (cedente/prestatore: EXAMPLE GROUP ITALIA S.R.L.), numero FPR 1187/26 del 20/10/2026, è stata SCARTATA dal Sistema di Interscambio per il seguente motivo:',
    '00305 – IdFiscaleIVA del cessionario/committente non valido',
    'Entro 5 giorni dalla notifica di scarto è necessario ritrasmettere il documento corretto; decorso tale termine la fattura si considera non emessa, con applicazione delle sanzioni previste dall\'art. 6 del D.Lgs. 471/1997.',
    'Per visualizzare il file di notifica (NS) e ritrasmettere la fattura, acceda all\'area riservata:'],
    button=('Accedi con SPID o CIE', 'https://sdi-fatturapa.info/portale/accesso?ids=18294736102&t=3b71c0'),
    footer=['Questa è una comunicazione automatica, si prega di non rispondere.', 'Agenzia delle Entrate – Fatture e Corrispettivi'],
    brand='Agenzia delle Entrate – Sistema di Interscambio', color='#0a4a8f', lang='it')
ATTACKS.append(M(
    folder='attack', n=18, lang='it', slug='sdi-notifica-scarto-phishing-spid',
    when=('CE', 2026, 10, 22, 8, 15, 0),
    prof=lambda u, r: ses(u, r, 'eu-west-1'),
    frm=('Agenzia delle Entrate - Sistema di Interscambio', 'notifiche@sdi-fatturapa.info'), to=[S('francesca.bello')],
    return_path='010201a%s@eu-west-1.amazonses.com' % '0c5d2e8f41-9a3b7c1d-0e2f-4a6b-8c9d-1e2f3a4b5c6d-000000',
    subject='Notifica di scarto fattura elettronica n. FPR 1187/26 – IdSdI 18294736102', hcs=('UTF-8', 'B'),
    body=lambda c: ALT(c, t18, 'UTF-8', 'base64', html=h18),
    technique='E-invoicing (SdI) credential phishing for SPID/CIE via Amazon SES',
    what='Fake "Sistema di Interscambio" rejection notice with a 5-day deadline and a link to log in with SPID/CIE.',
    why='SdI notifications reach companies via PEC or their intermediary channel, never by plain e-mail from a .info domain through Amazon SES; sanction threat; harvests SPID credentials.',
    hardneg='business 17'))

# 19 Invoice in password-protected ZIP from a compromised small business
t19 = """Buongiorno,

in allegato la fattura n. 1187 del 04/11/2026 relativa all'intervento sulla centrale termica dell'hotel (sostituzione circolatori e valvola miscelatrice).

Per motivi di privacy il file è protetto da password: 1187

Cordiali saluti

Amministrazione
Termoidraulica Zanon S.n.c.
Via Roma 58 - 32043 Cortina d'Ampezzo (BL)
P.IVA %s""" % IDS['zanon_piva']
zip19 = make_zip([('Fattura_1187_04-11-2026.pdf.js', PLACEHOLDER, (2026, 11, 4, 12, 31, 50))], password='1187', seed='attack19')
ATTACKS.append(M(
    folder='attack', n=19, lang='it', slug='fattura-zip-con-password-js',
    when=('CE', 2026, 11, 4, 12, 40, 0),
    prof=lambda u, r: outlook_hosted(u, r, 'termoidraulicazanon.it', 'authsmtp.register.it', '195.110.124.133', '91.92.251.40',
                                     'unknown', auth_user='amministrazione@termoidraulicazanon.it', mta='exim', lang='it',
                                     server_helo='authsmtp.register.it'),
    frm=('Termoidraulica Zanon', 'amministrazione@termoidraulicazanon.it'), to=[S('francesca.bello')],
    subject='Invio fattura n. 1187 del 04/11/2026', hcs=('iso-8859-1', 'Q'),
    body=lambda c: MIX(c, ALT(c, t19, 'iso-8859-1', 'quoted-printable', style='outlook', lang='IT'),
                       [ATT(zip19, 'Fattura_1187_2026.zip', 'application/x-zip-compressed')]),
    technique='Password-protected ZIP (ZipCrypto) with script file (.pdf.js) from a compromised local supplier',
    what='"Invoice" from a plumbing firm in Cortina as encrypted ZIP (password 1187) containing Fattura_1187_04-11-2026.pdf.js.',
    why='Italian B2B invoices are XML through SdI, not PDFs in encrypted ZIPs; archive contains a JavaScript file with a fake .pdf extension; sent from the firm\'s account but by a client in Bulgaria; generic wording. Classic Italian malspam pattern.',
    hardneg='business 17'))

# 20 pagoPA quishing
QR20 = 'https://pagopa-notifica.it/pagamento/?iuv=302000000044170&cf=00087160258&tk=Mm9KcTNR'
t20 = """Comando di Polizia Locale – Avviso di pagamento pagoPA

Gentile intestatario,

le notifichiamo il verbale n. 2026/V/004417 per violazione dell'art. 142 comma 8 del Codice della Strada (superamento del limite di velocità) commessa con il veicolo targato GH 418 TK, intestato a EXAMPLE GROUP ITALIA S.R.L.

Data e ora: 02/11/2026 ore 17:42
Luogo: SS51 di Alemagna, km 98+200, direzione Cortina d'Ampezzo

Importo ridotto del 30% se pagato entro 5 giorni dalla notifica: 124,60 euro
Importo dopo 5 giorni: 178,00 euro

Inquadri il codice QR con la fotocamera dello smartphone per pagare con app IO, carta di credito o home banking.

In caso di mancato pagamento si procederà all'iscrizione a ruolo e alla comunicazione della decurtazione dei punti.

PagoPA S.p.A. – Servizio avvisi di pagamento"""
h20 = notice_html('Avviso di pagamento – Verbale n. 2026/V/004417', [
    'Gentile intestatario,',
    'le notifichiamo il verbale n. 2026/V/004417 per violazione dell\'art. 142 comma 8 del Codice della Strada (superamento del limite di velocità) commessa con il veicolo targato GH 418 TK, intestato a EXAMPLE GROUP ITALIA S.R.L.',
    'Data e ora: 02/11/2026 ore 17:42\nLuogo: SS51 di Alemagna, km 98+200, direzione Cortina d\'Ampezzo',
    'Importo ridotto del 30% se pagato entro 5 giorni dalla notifica: 124,60 euro\nImporto dopo 5 giorni: 178,00 euro',
    'Inquadri il codice QR con la fotocamera dello smartphone per pagare con app IO, carta di credito o home banking.'],
    extra_rows='<tr><td align="center" style="padding:4px 32px 12px 32px;"><img src="cid:pagopa-qr@avviso" width="200" height="200" alt="QR pagoPA"></td></tr>\n',
    footer=['In caso di mancato pagamento si procederà all\'iscrizione a ruolo e alla comunicazione della decurtazione dei punti.', 'PagoPA S.p.A. – Servizio avvisi di pagamento'],
    brand='pagoPA', color='#0066cc', lang='it')
ATTACKS.append(M(
    folder='attack', n=20, lang='it', slug='pagopa-multa-quishing',
    when=('CE', 2026, 11, 16, 10, 2, 0),
    prof=lambda u, r: mailjet(u, r),
    frm=('pagoPA - Avvisi di pagamento', 'avvisi@pagopa-notifica.it'), to=[S('marco.dalpont')],
    return_path='bnc3.%s@bnc3.mailjet.com' % 'a1b2c3d4e5f6',
    subject='Avviso di pagamento pagoPA – Verbale n. 2026/V/004417 – scadenza ridotta 21/11/2026', hcs=('utf-8', 'Q'),
    body=lambda c: Multi('related', [ALT(c, t20, 'utf-8', 'quoted-printable', html=h20),
                                     ATT(qr_png(QR20), 'avviso_qr.png', 'image/png', inline=True, cid='pagopa-qr@avviso')],
                         c.bnd(), params=['type="multipart/alternative"']),
    technique='Quishing: fake pagoPA traffic-fine notice with QR code to a card-phishing page, via Mailjet',
    what='"pagoPA" speeding-fine notice for a company vehicle with an inline QR code that encodes ' + QR20,
    why='Real pagoPA QR codes contain the structured string PAGOPA|002|notice code|tax code|amount, never a web URL; look-alike domain pagopa-notifica.it via Mailjet; fines are notified by registered post/PEC/SEND, not e-mail; 5-day discount urgency.',
    hardneg='business 20'))

# 21 "Office manager" asks to move to WhatsApp (Libero)
t21 = """Ciao Francesca,

sei in ufficio stamattina? Ho bisogno che tu gestisca una cosa per me con la massima riservatezza, è una richiesta che arriva direttamente dalla direzione di Garmisch.

Mandami il tuo numero di cellulare, ti scrivo su WhatsApp perché sono in riunione e non posso parlare al telefono.

Grazie
Marco

Inviato da Libero Mail per iOS"""
ATTACKS.append(M(
    folder='attack', n=21, lang='it', slug='ceo-fraud-spostiamoci-su-whatsapp',
    when=('CE', 2026, 12, 1, 8, 9, 0),
    prof=lambda u, r: libero(u, r, '41.216.188.34'),
    frm=('Marco Dal Pont', 'marcodalpont.cortina@libero.it'), to=[S('francesca.bello')],
    subject='Urgente', hcs=('UTF-8', 'B'),
    body=lambda c: T(t21, 'UTF-8', '8bit'),
    technique='BEC first contact: manager impersonation from free mailer moving the victim to WhatsApp',
    what='"Marco Dal Pont" writes from Libero asking the accountant for her mobile number to continue a confidential matter on WhatsApp.',
    why='Office manager impersonated from a consumer address (real: marco.dalpont@example.com); secrecy + "direction from HQ" + cannot phone; moving to WhatsApp takes the fraud outside monitored channels. Webmail used from a Nigerian IP.',
    hardneg='business 19'))

# =============================================================================================== BUSINESS
b17 = """Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/0917 del 30/10/2026, relativa ai trasporti del mese di ottobre (tratte Verona – Cortina d'Ampezzo, 6 viaggi). L'originale in formato elettronico è stato trasmesso tramite Sistema di Interscambio al Vostro codice destinatario.

Importo totale: € 7.442,00 (IVA inclusa)
Scadenza: 30/11/2026 – bonifico bancario
IBAN: %s (Banco BPM, filiale di Verona)

Le coordinate bancarie sono invariate. Per qualsiasi chiarimento restiamo a disposizione.

Cordiali saluti

Ufficio Amministrazione
%s""" % (fi(BANK['ferretti']), FERRETTI_SIG)
pdf17 = pdf([('FERRETTI TRASPORTI S.p.A.', 15, True), 'Via dell\'Industria 24 – 37135 Verona – P.IVA ' + IDS['ferretti_piva'], '',
             'Spett.le', 'EXAMPLE GROUP ITALIA S.R.L.', 'Località Pocol 12', "32043 Cortina d'Ampezzo (BL)", '',
             ('COPIA DI CORTESIA – Fattura n. 2026/0917 del 30/10/2026', 12, True), '',
             'Descrizione                                        Q.tà     Importo',
             'Trasporto Verona – Cortina d\'Ampezzo (bilico)        6     5.100,00',
             'Supplemento consegna con gru                         2       600,00',
             'Imponibile                                                  6.100,00',
             'IVA 22%                                                     1.342,00',
             ('Totale documento                                         € 7.442,00', 10, True), '',
             'Pagamento: bonifico bancario 30 gg d.f.', 'IBAN ' + fi(BANK['ferretti']) + ' – Banco BPM', '',
             'Documento privo di valenza fiscale ai sensi dell\'art. 21 DPR 633/72. L\'originale è disponibile nell\'area riservata',
             'del portale Fatture e Corrispettivi dell\'Agenzia delle Entrate.'],
            title='Fattura 2026/0917', producer='TeamSystem Studio', creator='TeamSystem', created="20261030105512+01'00'")
BUSINESS.append(M(
    folder='business', n=17, lang='it', slug='ferretti-fattura-copia-cortesia',
    when=('CE', 2026, 10, 30, 11, 5, 0),
    prof=lambda u, r: aruba(u, r, '93.62.118.41'),
    frm=('Ferretti Trasporti S.p.A. - Amministrazione', 'amministrazione@ferretti-trasporti.it'), to=[S('francesca.bello')],
    subject='Ferretti Trasporti - Invio copia di cortesia fattura n. 2026/0917', hcs=('windows-1252', 'Q'),
    body=lambda c: MIX(c, ALT(c, b17, 'windows-1252', 'quoted-printable', style='outlook', lang='IT'),
                       [ATT(pdf17, 'Fattura_2026-0917_copia_cortesia.pdf', 'application/pdf')]),
    technique='-',
    what='Carrier sends the courtesy PDF copy of its October invoice; the e-invoice went through SdI.',
    why='Real domain via Aruba from the Verona office (Outlook); states the XML went through SdI; bank details unchanged and consistent with vendor master data; no links.',
    hardneg='attack 17, attack 18, attack 19'))

b18 = b18_text + quoted_b18
BUSINESS.append(M(
    folder='business', n=18, lang='it', slug='ferretti-conferma-ritiro-cannoni',
    when=('CE', 2026, 11, 24, 16, 48, 0),
    prof=lambda u, r: aruba(u, r, '93.62.118.41'),
    msgid=MSGID_B18, in_reply_to=MSGID_MARCO,
    frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=[S('marco.dalpont')],
    subject='R: Ritiro cannoni sparaneve – Cortina, consegna 28/11', hcs=('windows-1252', 'Q'),
    body=lambda c: ALT(c, b18, 'windows-1252', 'quoted-printable', style='outlook', lang='IT'),
    technique='-',
    what='Carrier confirms pick-up and delivery of six snow guns (the thread later hijacked in attack 17).',
    why='Sent with Outlook from the Verona office through Aruba, part of a real thread started by our office manager, operational details only, no links or attachments.',
    hardneg='attack 17'))

b19 = """Gentile Direzione,

ho soggiornato presso il vostro hotel di Cortina dall'11 al 14 dicembre con mia moglie (prenotazione n. CO-26-4471). Devo purtroppo segnalare alcuni disservizi:

- il riscaldamento della camera 306 non ha funzionato la prima notte, nonostante due chiamate alla reception;
- lo skibus delle 8:40 per le Tofane non è passato né sabato né domenica e abbiamo dovuto prendere un taxi (45 euro);
- in fattura ci è stata addebitata due volte l'imposta di soggiorno.

Chiedo il rimborso del taxi e dell'importo addebitato in eccesso. Posso inviarvi la ricevuta del taxi se necessario.

Distinti saluti
Roberto Gallo
cell. 338 410 2276"""
BUSINESS.append(M(
    folder='business', n=19, lang='it', slug='reclamo-cliente-libero',
    when=('CE', 2026, 12, 15, 22, 12, 0),
    prof=lambda u, r: libero(u, r, '151.38.44.201'),
    frm=('Roberto Gallo', 'roberto.gallo64@libero.it'), to=[S('marco.dalpont')],
    subject='Reclamo soggiorno 11-14 dicembre, camera 306', hcs=('UTF-8', 'B'),
    body=lambda c: T(b19, 'UTF-8', 'quoted-printable'),
    technique='-',
    what='Hotel guest complains about heating, ski bus and a double-charged tourist tax.',
    why='Consumer mailbox of a known guest (Italian IP), specific booking and room, no links or attachments, ordinary refund request.',
    hardneg='attack 21'))

PAGOPA = 'PAGOPA|002|301000004471202611|00087160258|384200'
b20 = """COMUNE DI CORTINA D'AMPEZZO
Ufficio Tributi

Oggetto: TARI 2026 - avviso di pagamento saldo - utenza non domestica n. 4471

Spett.le EXAMPLE GROUP ITALIA S.R.L.,

si trasmette l'avviso di pagamento pagoPA relativo al saldo TARI 2026 per l'utenza non domestica n. 4471 (categoria 08 - alberghi con ristorazione, Localita' Pocol 12).

Importo: 3.842,00 euro
Scadenza: 16/12/2026
Codice avviso: 3010 0000 4471 2026 11
Codice fiscale ente creditore: 00087160258

Il pagamento puo' essere effettuato tramite app IO, home banking (servizio CBILL/pagoPA), sportelli bancari e ricevitorie aderenti, utilizzando il codice avviso o il QR code allegato. L'avviso completo in PDF e' allegato alla presente; la comunicazione e' disponibile anche nella sezione "Tributi" del portale del Comune.

Per informazioni: Ufficio Tributi, tel. 0436 4291, dal lunedi' al venerdi' 9:00-12:30.

Cordiali saluti
Ufficio Tributi
Comune di Cortina d'Ampezzo"""
pdf20 = pdf([('COMUNE DI CORTINA D\'AMPEZZO', 14, True), 'Ufficio Tributi – Corso Italia 33 – 32043 Cortina d\'Ampezzo (BL)', '',
             ('AVVISO DI PAGAMENTO TARI 2026 – SALDO', 12, True), '', 'Destinatario: EXAMPLE GROUP ITALIA S.R.L.', 'Utenza non domestica n. 4471 – cat. 08',
             '', 'Importo da pagare: 3.842,00 euro', 'Entro il: 16/12/2026', '', 'Codice avviso: 3010 0000 4471 2026 11',
             'Codice fiscale ente creditore: 00087160258', '', 'Pagabile tramite circuito pagoPA (app IO, home banking, PSP aderenti).'],
            title='Avviso TARI 2026', producer='Halley Tributi 2026', created="20261112085012+01'00'")
BUSINESS.append(M(
    folder='business', n=20, lang='it', slug='comune-tari-avviso-pagopa-qr',
    when=('CE', 2026, 11, 12, 9, 0, 0),
    prof=lambda u, r: custom(('mailrelay.comune.cortinadampezzo.bl.it', 'mailrelay.comune.cortinadampezzo.bl.it', '185.58.121.36'),
                             ['from tributi-app01.comune.local (tributi-app01.comune.local [192.168.20.41])\n\tby mailrelay.comune.cortinadampezzo.bl.it (Postfix) with ESMTP id %s\n\tfor <francesca.bello@example.com>; %s' % (postfix_qid(plus(u, 1), r), rfc2822(plus(u, 1), 'CE', True))],
                             '<%d.%d.JavaMail.tributi@tributi-app01>' % (r.randrange(10 ** 8, 10 ** 9), int(u.timestamp() * 1000)),
                             extra=[('X-Mailer', 'Halley Tributi - invio avvisi')], order='plain',
                             bnd=lambda i: '----=_Part_%d_%d.%d' % (i, r.randrange(10 ** 8, 10 ** 9), int(u.timestamp() * 1000))),
    frm=("Comune di Cortina d'Ampezzo - Ufficio Tributi", 'tributi@comune.cortinadampezzo.bl.it'), to=[S('francesca.bello')],
    subject='TARI 2026 - Avviso di pagamento saldo - utenza non domestica n. 4471', hcs=('iso-8859-1', 'Q'),
    body=lambda c: MIX(c, T(b20, 'iso-8859-1', 'quoted-printable'),
                       [ATT(pdf20, 'Avviso_TARI_2026_saldo_4471.pdf', 'application/pdf'),
                        ATT(qr_png(PAGOPA), 'Avviso_pagoPA_TARI_2026_QR.png', 'image/png')]),
    technique='-',
    what='Municipality sends the waste-tax (TARI) balance notice with PDF and a pagoPA QR code.',
    why='Sent by the municipality\'s own relay; the QR code carries the standard pagoPA payload "' + PAGOPA + '" (notice code, creditor tax code, amount in cents) for payment through any bank or app IO; expected annual tax, phone number of the office.',
    hardneg='attack 20'))

nl21 = [("Innevamento programmato: i dati della stagione 2025/26", 'Consumi, ore di produzione e costi energetici in 40 comprensori alpini.', 'https://newsletter.montagnaimpianti.it/f/rnl.aspx/?ffe=x3b&hgg=y7a4&nel=1b_2c'),
        ("Nuovi bandi regionali per l'ammodernamento degli impianti", 'Veneto e Trentino: scadenze, requisiti e massimali.', 'https://newsletter.montagnaimpianti.it/f/rnl.aspx/?ffe=x3b&hgg=y7a4&nel=1b_2d'),
        ("Cortina dopo le Olimpiadi: l'eredità degli impianti", 'Un bilancio a nove mesi dai Giochi.', 'https://newsletter.montagnaimpianti.it/f/rnl.aspx/?ffe=x3b&hgg=y7a4&nel=1b_2e')]
ft21 = ['Ricevi questa newsletter perché sei iscritto su montagnaimpianti.it.',
        '[Cancellati](https://newsletter.montagnaimpianti.it/frontend/nl_catalog.aspx?unsub=1&id=a7f31c) | [Privacy](https://www.montagnaimpianti.it/privacy)',
        'Montagna & Impianti – Edizioni Alpine S.r.l., Via Brennero 102, 38121 Trento']
BUSINESS.append(M(
    folder='business', n=21, lang='it', slug='newsletter-montagna-impianti-mailup',
    when=('CE', 2026, 11, 6, 8, 30, 0),
    prof=lambda u, r: mailup(u, r),
    frm=('Montagna & Impianti', 'newsletter@montagnaimpianti.it'), to=[S('marco.dalpont')],
    return_path='bounce-a7f31c-4471-marco.dalpont=example.com@musvc.com',
    subject="Montagna & Impianti | Novembre: innevamento, bandi regionali, l'eredità olimpica", hcs=('utf-8', 'Q'),
    hdrs=[('List-Unsubscribe', '<https://newsletter.montagnaimpianti.it/frontend/nl_catalog.aspx?unsub=1&id=a7f31c>, <mailto:unsubscribe-a7f31c@musvc.com>'),
          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', '<a7f31c.montagnaimpianti.musvc.com>')],
    body=lambda c: ALT(c, newsletter_text('Montagna & Impianti – Novembre 2026', 'Le notizie del mese per chi gestisce impianti a fune e comprensori.', nl21, ft21),
                       'utf-8', 'quoted-printable',
                       html=newsletter_html('Montagna & Impianti – Novembre 2026', 'Le notizie del mese per chi gestisce impianti a fune e comprensori.', nl21, ft21, color='#7a1f1f', lang='it')),
    technique='-',
    what='Subscribed Italian trade newsletter via MailUp.',
    why='ESP infrastructure with List-Unsubscribe and One-Click; consistent tracking domain; editorial content only.',
    hardneg=None))
