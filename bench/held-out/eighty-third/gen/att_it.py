"""Italian attack messages (5)."""
import banking as B
import content as C
import infra as I
from message import Msg, mid_internal, mid_outlook_desktop
from mime import plain, html, alt, mixed, attachment
from people import S, BANK


def m17():
    iban = BANK['it_mule']
    parent = mid_internal('ferretti-estratto-conto')
    text = """Buongiorno Francesca,

grazie per l'estratto conto. Come anticipato telefonicamente dal nostro ufficio amministrativo, a seguito della verifica fiscale in corso il nostro conto presso Banco BPM è temporaneamente vincolato e non può ricevere accrediti fino alla chiusura della verifica.

Vi chiediamo pertanto di effettuare il pagamento delle fatture n. 1187/2026 (€ 6.490,40) e n. 1203/2026 (€ 3.915,60) sul conto della società che gestisce per noi l'incasso dei crediti:

Beneficiario: FTX Servizi Finanziari S.r.l.
IBAN: %s
Causale: Ferretti Trasporti – saldo fatture 1187 e 1203

Vi prego di inviarmi la contabile appena disposto il bonifico, così posso chiudere le partite in giornata. Per qualsiasi chiarimento scrivetemi pure, in questi giorni sono poco raggiungibile al telefono.

Cordiali saluti

Chiara Colombo
Ferretti Trasporti S.p.A.
Ufficio Commerciale
Via Emilia Parmense 212 – 29122 Piacenza
Tel. +39 0523 581 204

-----Messaggio originale-----
Da: Francesca Lucà <francesca.luca@example.com>
Inviato: venerdì 30 ottobre 2026 15:02
A: Chiara Colombo <c.colombo@ferretti-trasporti.it>
Oggetto: Fatture trasporti ottobre – estratto conto

Buongiorno Chiara,
in allegato l'estratto conto aggiornato al 30/10. Risultano aperte le fatture 1187 e 1203, che saranno pagate con il bonifico del 10 novembre come da scadenza.

Cordiali saluti
Francesca Lucà
Example Group Italia S.r.l. – Amministrazione""" % B.fmt_iban(iban)
    body = C.outlook_alt(text, 'windows-1252', 'quoted-printable', lang='IT')
    return Msg('thread-hijack-ferretti-iban', ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), [S('it_acc')],
               'R: Fatture trasporti ottobre – estratto conto', (2026, 11, 3, 11, 48, 20), body, I.aruba,
               infra_kw=dict(pc_name='DESKTOP-FT03AMM', client_ip='45.137.21.9'),
               reply_to=('Chiara Colombo', 'c.colombo@ferretti-trasporti.com'), in_reply_to=parent, references=[parent],
               what='Thread hijack from the genuine, compromised Ferretti Trasporti mailbox: pay two invoices to a "factoring" company\'s account.',
               why='Real Ferretti address and Aruba infrastructure, but logged in from a hosting IP; Reply-To diverted to look-alike ferretti-trasporti.com; '
                   'beneficiary is a third company ("FTX Servizi Finanziari"); "account frozen by tax audit" pretext; avoids the phone; asks for the payment receipt.')


def m18():
    url = 'https://ivaservizi.agenziaentrate.gov.it.fatture-sdi.com/portale/web/guest/home?ret=scarto&id=14920387716'
    paras = ['Gentile contribuente,',
             'il Sistema di Interscambio (SdI) ha scartato la fattura elettronica n. **FPR 884/26** del 02/11/2026 '
             '(identificativo SdI 14920387716) emessa nei confronti di **EXAMPLE GROUP ITALIA S.R.L.** per il seguente motivo:',
             '**00404 - Fattura duplicata**',
             'Per evitare l\'applicazione delle sanzioni per omessa fatturazione previste dall\'art. 6 del D.Lgs. 471/1997 è necessario confermare '
             'i dati della fattura entro 48 ore accedendo all\'area riservata "Fatture e Corrispettivi" con SPID o CIE.',
             'Questo messaggio è generato automaticamente, si prega di non rispondere.']
    footer = 'Agenzia delle Entrate - Via Giorgione 106, 00147 Roma - Codice fiscale e Partita IVA 06363391001'
    body = C.brand_alt('Notifica di scarto - Fatture e Corrispettivi', 'Agenzia delle Entrate', '#0066cc', paras,
                       button=('Accedi a Fatture e Corrispettivi', url), footer=footer, charset='iso-8859-15',
                       cte='quoted-printable', lang='it')
    return Msg('sdi-fattura-scartata-spid', ('Agenzia delle Entrate - Fatture e Corrispettivi', 'notifiche@avvisi-fatturazione.it'),
               [S('it_acc')], 'Notifica di scarto - Fattura elettronica FPR 884/26 - Codice errore 00404',
               (2026, 11, 4, 9, 27, 50), body, I.mailgun, infra_kw=dict(domain='mg.avvisi-fatturazione.it'),
               what='Credential phishing impersonating the Agenzia delle Entrate / SdI: an e-invoice was rejected, log in with SPID within 48 hours.',
               why='Mailgun from avvisi-fatturazione.it; link to ivaservizi.agenziaentrate.gov.it.fatture-sdi.com (subdomain trick); SdI rejection notices go to '
                   'the transmitter via the SdI channel/PEC, not to the buyer by e-mail; sanction threat and 48-hour deadline; SPID credential theft.')


def m19():
    text = """Buongiorno,

in allegato inviamo la documentazione relativa all'avviso di pagamento n. 4417/2026 come da accordi intercorsi.

Il file è protetto per motivi di riservatezza, la password di apertura è: 4417

Restiamo in attesa di un cortese riscontro.

Cordiali saluti

Amministrazione
Studio Tecnico Geom. Rinaldi
Via Trento 18 - 25128 Brescia"""
    z = C.zip_placeholder(['Avviso_pagamento_4417_2026.js'], (2026, 11, 19, 8, 40, 2), password='4417', seed=b'it19')
    body = mixed(plain(text, 'iso-8859-1', '8bit'),
                 attachment('application/zip', 'Avviso_4417_2026.zip', z, fname_style='2047'))
    m = Msg('zip-password-js-avviso', ('Studio Tecnico Rinaldi', 'amministrazione@studiotecnicorinaldi.it'), [S('it_sales')],
            'Avviso di pagamento n. 4417/2026 - documentazione', (2026, 11, 19, 8, 41, 37), body, I.cpanel_exim,
            infra_kw=dict(server='srv-web05.hostingbrescia.it', ip='89.46.108.57', rdns='srv-web05.hostingbrescia.it',
                          site='studiotecnicorinaldi.it', mode='smtp', client_ip='185.234.216.59', mailer=None),
            what='Malspam: "payment notice" with a password-protected ZIP containing a JScript file.',
            why='Unrelated (compromised) small business mailbox used via stolen SMTP credentials from a foreign IP; ZipCrypto archive with the password in '
                'the body to defeat scanning; payload name Avviso_pagamento_4417_2026.js (script downloader pattern); generic text.')
    m.zip_password = '4417'
    return m


def m20():
    url = 'https://area-clienti.telepass-business-area.com/login?contratto=TB-0086641'
    paras = ['Gentile Cliente,',
             'non è stato possibile addebitare l\'importo di **€ 1.284,60** relativo ai pedaggi di ottobre dei **37 dispositivi** associati al '
             'contratto Telepass Business n. TB-0086641 (EXAMPLE GROUP ITALIA S.R.L.).',
             'Per evitare la sospensione dei dispositivi a partire dal **14/11/2026** e l\'addebito dei costi di riattivazione, aggiorni il metodo '
             'di pagamento nell\'Area Clienti.',
             'Grazie per aver scelto Telepass.']
    footer = 'Telepass S.p.A. – Via Laurentina 449, 00142 Roma – P.IVA 09771701001'
    body = C.brand_alt('Addebito non riuscito', 'Telepass', '#00a1de', paras, button=('Aggiorna metodo di pagamento', url),
                       footer=footer, charset='utf-8', cte='base64', lang='it')
    return Msg('telepass-business-addebito', ('Telepass Business', 'noreply@telepass-business-area.com'), [S('it_mgr')],
               'Telepass Business: addebito non riuscito – dispositivi sospesi dal 14/11', (2026, 11, 10, 15, 2, 9), body,
               I.sendgrid, infra_kw=dict(bounce_domain='em2417.telepass-business-area.com'),
               what='Payment-card phishing impersonating Telepass Business (motorway toll devices of the Italian fleet).',
               why='SendGrid from look-alike telepass-business-area.com; Telepass Business is paid by SEPA direct debit, no "update card" link; '
                   'suspension threat for the whole fleet\'s toll devices; link to the same look-alike domain.')


def m21():
    text = """Ciao Roberto,

sei in ufficio? Sono in riunione con il cliente di Brescia e non posso telefonare.

Ho bisogno che mi aiuti con una cosa urgente e riservata: vorrei fare un pensiero di Natale ad alcuni referenti flotte dei nostri clienti principali. Mi servono 10 gift card Amazon da 100 € ciascuna.

Puoi acquistarle al punto vendita più vicino (supermercato o tabaccheria), grattare il retro e mandarmi qui le foto dei codici? Ti rimborso io con la nota spese entro fine mese.

Non parlarne in ufficio, vorrei che fosse una sorpresa.

Grazie,
Alessandro"""
    body = C.gmail_alt(text, 'quoted-printable')
    return Msg('gift-card-manager-gmail', ('Alessandro Conti', 'alessandro.conti.eg@gmail.com'), [S('it_sales')],
               'Richiesta riservata', (2026, 12, 9, 10, 12, 3), body, I.gmail, hcs='UTF-8', henc='B',
               what='Gift-card scam: the "office manager" asks a colleague from a Gmail address to buy Amazon gift cards and send photos of the codes.',
               why='Manager impersonated via a free-mail address not used by him; cannot call, secrecy, gift cards and photos of scratched codes - '
                   'a classic non-reversible payment scam.')


def messages():
    return [m17(), m18(), m19(), m20(), m21()]
