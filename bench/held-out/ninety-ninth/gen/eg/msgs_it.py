"""Italian attack and business messages (Brescia office)."""
from .compose import attack, business, std, outlook_html, paras_html, esc, quote_lines
from .mime import text, html, attachment, Multi, addr
from . import infra as I
from .infra import Env, fdate
from .company import BANK, VAT
from .checks import fmt_iban
from .docs import letter_pdf, table_lines, PLACEHOLDER
from .pdf import make_pdf
from .zipc import zipcrypto_zip

FERRETTI_SIG = """Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Industriale 22 – 25086 Rezzato (BS)
Tel. +39 030 2791 440 – P.IVA %s""" % VAT['ferretti']


# =============================================================================
# ATTACKS
# =============================================================================
@attack('it', 'sdi-scarto-fattura-spid-phish', (2026, 10, 27, 9, 14, 22), 'francesca.galli@example.com',
        'Fake "Agenzia delle Entrate - Fatture e Corrispettivi" rejection notice (SdI error 00305) for an invoice to the real customer Edilizia Rossi; asks to log in with SPID/CIE to re-submit within 5 days.',
        'Look-alike domain fatturazione-sdi.it on Mailgun; SdI rejection notices arrive as XML receipts through the transmission channel/PEC, not as HTML mail with a login button; threat of sanctions; link to a credential page imitating ivaservizi.agenziaentrate.gov.it.')
def a_it_sdi(c):
    snd = 'notifiche@fatturazione-sdi.it'
    env = I.mailgun(c, snd, 'mg.fatturazione-sdi.it', date_zone='IT')
    link = 'https://ivaservizi-agenziaentrate.fatturazione-sdi.it/portale/accesso?spid=1&ref=NS-%s' % c.digits(10)
    body = """Gentile contribuente,

il Sistema di Interscambio (SdI) ha scartato il file fattura %s_a3F9k.xml trasmesso in data 26/10/2026, relativo alla fattura n. FT/2026/0418 emessa nei confronti di EDILIZIA ROSSI S.R.L.

Codice errore: 00305 – IdFiscaleIVA del CessionarioCommittente non valido

La fattura scartata si considera non emessa: è necessario correggerla e ritrasmetterla entro 5 giorni dalla data della notifica di scarto, per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997.

Per consultare il dettaglio della notifica e ritrasmettere il file acceda all'area riservata Fatture e Corrispettivi con SPID, CIE o CNS:
%s

Cordiali saluti
Agenzia delle Entrate
Servizio Fatture e Corrispettivi

Messaggio generato automaticamente, si prega di non rispondere.
""" % (VAT['eg_it'], link)
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:Titillium Web,Arial,sans-serif;font-size:15px;color:#1a1a1a;background:#f5f5f0">
<div style="max-width:620px;margin:0 auto;background:#fff">
<div style="background:#0066cc;color:#fff;padding:16px 22px;font-size:18px"><b>Agenzia delle Entrate</b><br><span style="font-size:13px">Fatture e Corrispettivi</span></div>
<div style="padding:22px">%s
<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#0066cc;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accedi con SPID / CIE</a></p>
<p>Cordiali saluti<br>Agenzia delle Entrate<br>Servizio Fatture e Corrispettivi</p>
<p style="font-size:11px;color:#777">Messaggio generato automaticamente, si prega di non rispondere.</p></div></div></body></html>
""" % (paras_html(body.split('Per consultare')[0]), esc(link))
    alt = Multi('alternative', [text(body, charset='utf-8', cte='quoted-printable'), html(h, charset='utf-8', cte='quoted-printable')], env.boundary())
    return std(env, addr('Agenzia delle Entrate - Fatture e Corrispettivi', snd), 'francesca.galli@example.com',
               'Notifica di scarto – fattura n. FT/2026/0418 (codice errore 00305)', alt)


@attack('it', 'ferretti-iban-change-lookalike', (2026, 11, 5, 11, 47, 3), 'francesca.galli@example.com',
        'Carrier bank-detail change: "Chiara Colombo" of Ferretti Trasporti from ferretti-trasporti.com asks to pay two real invoices to a new IBAN; signed "official" PDF attached.',
        'Look-alike .com domain (real: ferretti-trasporti.it) on Namecheap Private Email; new account at a payment institution; claims the old account is closed; asks for written confirmation by reply. The genuine carrier warns about exactly this in business/18; genuine invoice in business/17.',
        pair='business/17')
def a_it_iban(c):
    snd = 'c.colombo@ferretti-trasporti.com'
    env = I.privateemail(c, snd, '5.%d.%d.%d' % (c.rint(180, 190), c.rint(1, 254), c.rint(1, 254)), mua='outlook', date_zone='IT')
    iban = fmt_iban(BANK['fraud_it'])
    body = """Gentile Dott.ssa Galli,

con la presente Vi comunichiamo che, a seguito della riorganizzazione della tesoreria del gruppo, a partire dalla data odierna le coordinate bancarie della Ferretti Trasporti S.p.A. sono variate.

Vi preghiamo pertanto di voler effettuare i pagamenti delle fatture in scadenza (FT/2026/2210 del 30/09/2026 e FT/2026/2288 del 15/10/2026, per un totale di € 15.920,00) sul nuovo conto:

Intestatario: Ferretti Trasporti S.p.A.
IBAN: %s

Il vecchio conto presso Banco BPM non è più operativo e gli eventuali bonifici verranno respinti. In allegato trova la comunicazione ufficiale firmata dall'Amministratore Delegato.

Le saremmo grati se potesse confermarci l'avvenuta registrazione delle nuove coordinate rispondendo a questa e-mail.

Cordiali saluti

%s
""" % (iban, FERRETTI_SIG)
    pdf = letter_pdf(['Ferretti Trasporti S.p.A.', 'Via Industriale 22 – 25086 Rezzato (BS) – P.IVA %s' % VAT['ferretti']],
                     ['Spett.le', 'Example Group Italia S.r.l.', 'Via Cave di Botticino 41', '25135 Brescia'],
                     'Rezzato, 04/11/2026', 'Oggetto: comunicazione variazione coordinate bancarie',
                     """Con la presente si comunica che, con decorrenza immediata, tutti i pagamenti a favore di
Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:""",
                     ['L\'Amministratore Delegato', 'Dott. Paolo Ferretti'], extra=['', ('mono', 'IBAN: ' + iban), '',
                                                                                 'Il precedente conto corrente non è più operativo.', 'Distinti saluti.'],
                     producer='Microsoft® Word per Microsoft 365', date="20261104172215+01'00'")
    alt = Multi('alternative', [text(body, charset='windows-1252', cte='quoted-printable'), html(outlook_html(body, lang='IT'), charset='windows-1252', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', 'Comunicazione variazione coordinate bancarie.pdf')], env.boundary(0))
    return std(env, addr('Chiara Colombo', snd), addr('Francesca Galli', 'francesca.galli@example.com'),
               'Variazione coordinate bancarie - Ferretti Trasporti S.p.A.', root)


@attack('it', 'pec-scadenza-compromised-host', (2026, 11, 9, 8, 33, 40), 'niccolo.ferraresi@example.com',
        'Credential/card phishing in Aruba PEC branding: the company\'s certified-mail box "expires on 12/11" and will be suspended and wiped unless renewed via the link.',
        'Sent by a PHP script on a compromised engineering firm\'s site (studiotecnicobarbieri.it), not by Aruba; false expiry date (genuine notice business/19 shows renewal in January and auto-renew active); threat of losing SdI notices and data; link to arubapec-rinnovi.com.',
        pair='business/19')
def a_it_pec(c):
    snd = 'info@studiotecnicobarbieri.it'
    env = I.cpanel_exim(c, snd, 'host%d.serverplan.com' % c.rint(10, 99), '185.%d.%d.%d' % (c.rint(30, 40), c.rint(1, 254), c.rint(1, 254)),
                        None, mua='phpmailer', date_zone='IT', local_script=True)
    link = 'https://arubapec-rinnovi.com/areaclienti/rinnovo.php?casella=examplegroupitalia%40pec.it&ord=' + c.digits(8)
    body = """Gentile Cliente,

ti informiamo che la casella di Posta Elettronica Certificata examplegroupitalia@pec.it risulta in scadenza il 12/11/2026.

Alla scadenza la casella verrà sospesa: non potrai più inviare né ricevere PEC, incluse le notifiche del Sistema di Interscambio e gli atti della Pubblica Amministrazione. Trascorsi 30 giorni dalla sospensione, i messaggi archiviati verranno eliminati definitivamente.

Per evitare l'interruzione del servizio accedi alla tua Area Clienti e conferma il rinnovo annuale (euro 5,00 + IVA):

%s

Cordiali saluti,
Aruba PEC S.p.A.
Servizio Clienti
"""
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="background:#f26522;padding:14px;color:#fff;font-size:20px"><b>Aruba</b>PEC</td></tr>
<tr><td style="padding:20px">%s
<p style="text-align:center"><a href="%s" style="background:#f26522;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold">RINNOVA ORA</a></p>
<p>Cordiali saluti,<br>Aruba PEC S.p.A.<br>Servizio Clienti</p></td></tr></table></body></html>
""" % (paras_html(body.split('Per evitare')[0] + 'Per evitare l\'interruzione del servizio accedi alla tua Area Clienti e conferma il rinnovo annuale (euro 5,00 + IVA).'), esc(link))
    body = body % link
    alt = Multi('alternative', [text(body, charset='iso-8859-15', cte='quoted-printable'), html(h, charset='iso-8859-15', cte='quoted-printable')], env.boundary())
    return std(env, addr('Aruba PEC', snd), 'niccolo.ferraresi@example.com',
               'Avviso di scadenza: la casella PEC examplegroupitalia@pec.it scade il 12/11/2026', alt, subj_charset='iso-8859-15')


@attack('it', 'html-contabile-redirect', (2026, 11, 23, 15, 2, 17), 'francesca.galli@example.com',
        'HTML attachment phishing: "contabile bonifico" (payment advice) from a look-alike of customer Edilizia Rossi; the HTML file meta-refreshes to a Microsoft login imitation on Firebase hosting.',
        'Look-alike domain edilrossi-srl.it (real customer: rossi-edilizia.it) on an OVH VPS; payment advice delivered as .html instead of PDF; the attachment only redirects to rossi-contabili.web.app (abused Google Firebase hosting) asking for Microsoft credentials.')
def a_it_html(c):
    snd = 'amministrazione@edilrossi-srl.it'
    ip = '51.%d.%d.%d' % (c.pick([38, 68, 75, 77, 83]), c.rint(1, 254), c.rint(1, 254))
    env = I.vps_postfix(c, snd, 'mail.edilrossi-srl.it', ip, rdns='vps-%s.vps.ovh.net' % c.hexs(8), mua='roundcube', date_zone='IT',
                        client_ip='103.%d.%d.%d' % (c.rint(1, 254), c.rint(1, 254), c.rint(1, 254)))
    url = 'https://rossi-contabili.web.app/contabile/?id=%s&m=ZnJhbmNlc2NhLmdhbGxpQGV4YW1wbGUuY29t' % c.hexs(16)
    body = """Buongiorno,

in allegato la contabile del bonifico disposto oggi a saldo delle vostre fatture di ottobre (n. 2026/0871, 2026/0903 e 2026/0924).

Cordiali saluti
Ufficio Amministrazione
Edilizia Rossi S.r.l.
"""
    att = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=%s">
<title>Contabile bonifico SEPA</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;text-align:center;padding-top:80px;color:#444">
<p>Caricamento della contabile in corso...</p>
<p>Per visualizzare il documento accedi con il tuo account Microsoft.</p>
<p><a href="%s">Apri il documento</a></p>
</body></html>
""" % (esc(url), esc(url))
    root = Multi('mixed', [text(body, charset='iso-8859-1', cte='8bit', quote=False),
                           attachment(att.encode('utf-8'), 'text/html', 'Contabile_Bonifico_SEPA_23112026.html')], env.boundary(0))
    return std(env, addr('Amministrazione - Edilizia Rossi', snd), 'francesca.galli@example.com',
               'Contabile bonifico SEPA - saldo fatture ottobre', root)


@attack('it', 'rossi-hijack-password-zip', (2026, 12, 2, 10, 19, 51), 'niccolo.ferraresi@example.com',
        'Thread hijack from the genuinely compromised mailbox of customer Edilizia Rossi (Register.it webmail): reply to a September delivery thread with a password-protected ZIP containing "Ordine_integrativo_C25-30.pdf.js".',
        'Real domain and provider, but the webmail session comes from a foreign IP; revives a closed thread; ZipCrypto archive with the password in the body (defeats scanning) and a script disguised as PDF (double extension). Genuine password-protected ZIP practice for comparison: business/21.',
        pair='business/21')
def a_it_zip(c):
    snd = 'm.rossi@rossi-edilizia.it'
    env = I.register_it(c, snd, '197.%d.%d.%d' % (c.rint(210, 255), c.rint(1, 254), c.rint(1, 254)), mua='roundcube')
    old = '<%s@EXCH02.corp.example.com>' % c.hexs(32)
    old2 = '<%s@rossi-edilizia.it>' % c.hexs(32)
    quoted = """Il 18/09/2026 11:42 Niccolò Ferraresi ha scritto:
> Buongiorno Marco,
> confermo la fornitura di 120 m³ di C25/30 XC2 S4 per il getto del 22/09,
> inizio scarico ore 7:30 con pompa da 36 m.
> Saluti
> Niccolò Ferraresi
> Example Group Italia S.r.l."""
    body = """Buongiorno Niccolò,

come anticipato, ti invio in allegato l'ordine integrativo e il programma getti aggiornato per il cantiere di Via Borgo Palazzo. Il file è protetto per motivi di riservatezza.

Password: BP2026

Fammi sapere se riesci a confermare entro oggi.

Saluti
Marco Rossi
Edilizia Rossi S.r.l.

""" + quoted
    z = zipcrypto_zip([('Ordine_integrativo_C25-30.pdf.js', PLACEHOLDER)], 'BP2026', (2026, 12, 2, 9, 58, 10), seed=c.slug.encode())
    root = Multi('mixed', [text(body, charset='UTF-8', cte='quoted-printable', extra=[('format', 'flowed', False)]),
                           attachment(z, 'application/zip', 'Documenti_Cantiere_BorgoPalazzo.zip')], env.boundary(0))
    return std(env, addr('Marco Rossi', snd), addr('Niccolò Ferraresi', 'niccolo.ferraresi@example.com'),
               'Re: Fornitura calcestruzzo C25/30 - cantiere Via Borgo Palazzo', root,
               irt=old, refs='%s %s' % (old2, old), style='generic')


# =============================================================================
# BUSINESS
# =============================================================================
@business('it', 'ferretti-invoice-courtesy-copy', (2026, 10, 1, 9, 5, 36), 'francesca.galli@example.com',
          'Genuine courtesy copy of Ferretti Trasporti invoice FT/2026/2210 (already sent through SdI), PDF attached, known Banco BPM account.',
          'Real domain on Aruba\'s outbound servers, sent by the carrier\'s accounting software, invoice number and amounts consistent with later mails, no change of bank details. Hard negative of attack/18.',
          pair='attack/18')
def b_it_invoice(c):
    snd = 'amministrazione@ferretti-trasporti.it'
    env = I.aruba(c, snd, '93.%d.%d.%d' % (c.rint(32, 63), c.rint(1, 254), c.rint(1, 254)), mua='none')
    env.extra = [('X-Mailer', 'TeamSystem Enterprise - Invio documenti')] + env.extra
    iban = fmt_iban(BANK['ferretti'])
    body = """Spett.le Example Group Italia S.r.l.,

si trasmette in allegato copia di cortesia della fattura n. FT/2026/2210 del 30/09/2026, regolarmente inviata tramite Sistema di Interscambio.

Importo: € 9.760,00 (imponibile € 8.000,00 + IVA 22%%)
Pagamento: bonifico bancario 60 gg d.f.f.m.
Banco BPM - IBAN %s

Distinti saluti
Ferretti Trasporti S.p.A. - Amministrazione
""" % iban
    L = [('h1', 'Ferretti Trasporti S.p.A.'), ('s', 'Via Industriale 22 – 25086 Rezzato (BS) – P.IVA %s' % VAT['ferretti']), '',
         'Spett.le Example Group Italia S.r.l.', 'Via Cave di Botticino 41 – 25135 Brescia – P.IVA %s' % VAT['eg_it'], '',
         ('h2', 'FATTURA N. FT/2026/2210 del 30/09/2026'), ('s', 'Copia di cortesia – documento trasmesso tramite SdI'), '---']
    L += table_lines([('Data', 'Descrizione', 'Viaggi', 'Prezzo', 'Importo'),
                      ('09/2026', 'Trasporto inerti Botticino - cantieri BS (bilico)', '40', '185,00', '7.400,00'),
                      ('09/2026', 'Supplemento attesa oltre 60 min', '8', '75,00', '600,00'),
                      ('', 'Imponibile', '', '', '8.000,00'), ('', 'IVA 22%', '', '', '1.760,00'), ('', 'Totale fattura', '', '', '9.760,00')],
                     [9, 46, 8, 10, 12])
    L += ['---', 'Pagamento: bonifico 60 gg d.f.f.m. – Banco BPM – IBAN ' + iban]
    pdf = make_pdf(L, title='FT/2026/2210', producer='TeamSystem Enterprise', date="20260930182211+02'00'")
    root = Multi('mixed', [text(body, charset='iso-8859-15', cte='quoted-printable'),
                           attachment(pdf, 'application/pdf', 'FT_2026_2210.pdf')], env.boundary(0))
    return std(env, addr('Ferretti Trasporti - Amministrazione', snd), 'francesca.galli@example.com',
               'Invio copia di cortesia fattura n. FT/2026/2210 del 30/09/2026', root, style='generic')


@business('it', 'ferretti-payment-reminder-suspension', (2026, 12, 4, 10, 40, 18), 'francesca.galli@example.com',
          'Genuine urgent payment reminder from Ferretti Trasporti threatening to suspend scheduled transports; also warns about fraudulent e-mails from a look-alike domain and confirms unchanged bank details.',
          'Real domain via Aruba with Outlook, known contact, same invoices, payment to the long-standing Banco BPM account, explicitly names the look-alike ferretti-trasporti.com. Hard negative of attack/18.',
          pair='attack/18')
def b_it_reminder(c):
    snd = 'c.colombo@ferretti-trasporti.it'
    env = I.aruba(c, snd, '93.%d.%d.%d' % (c.rint(32, 63), c.rint(1, 254), c.rint(1, 254)), mua='outlook')
    body = """Gentile Dott.ssa Galli,

risultano ancora insolute le fatture FT/2026/2210 del 30/09/2026 (€ 9.760,00) e FT/2026/2288 del 15/10/2026 (€ 6.160,00), scadute rispettivamente il 30/11 e il 15/12 secondo i termini concordati; la prima è ormai scaduta da oltre un mese per il nostro ufficio crediti.

In mancanza del pagamento entro l'11/12/2026 saremo costretti a sospendere i viaggi programmati per il cantiere di Montichiari a partire da lunedì 14/12.

Vi ricordiamo che le nostre coordinate bancarie NON sono cambiate: Banco BPM, IBAN %s. Nelle ultime settimane alcuni clienti ci hanno segnalato e-mail fraudolente inviate da un dominio simile al nostro (ferretti-trasporti.com) con richieste di variazione IBAN: Vi preghiamo di ignorarle e, in caso di dubbi, di chiamarci al numero fisso.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

%s
""" % (fmt_iban(BANK['ferretti']), FERRETTI_SIG)
    alt = Multi('alternative', [text(body, charset='windows-1252', cte='quoted-printable'), html(outlook_html(body, lang='IT'), charset='windows-1252', cte='quoted-printable')], env.boundary(1))
    return std(env, addr('Chiara Colombo', snd), addr('Francesca Galli', 'francesca.galli@example.com'),
               'SOLLECITO – fatture scadute FT/2026/2210 e FT/2026/2288 – sospensione servizio', alt,
               cc=addr('Niccolò Ferraresi', 'niccolo.ferraresi@example.com', 'windows-1252'), subj_charset='windows-1252')


@business('it', 'aruba-pec-renewal-notice', (2026, 11, 16, 7, 30, 5), 'niccolo.ferraresi@example.com',
          'Genuine Aruba notice: the company PEC mailbox expires on 15/01/2027, auto-renewal is active, no action needed.',
          'Sent from Aruba\'s own infrastructure and domain (staff.aruba.it), no urgency, links only to aruba.it customer area, says no action is required. Hard negative of attack/19.',
          pair='attack/19')
def b_it_aruba(c):
    snd = 'comunicazioni@staff.aruba.it'
    host = 'smtpdh%02d.ad.aruba.it' % c.rint(1, 20)
    ip = '62.149.155.%d' % c.rint(150, 250)
    env = Env(c, (host, host, ip), ['from notifiche.aruba.it ([10.10.%d.%d])\n\tby Aruba Outgoing Smtp  with ESMTP\n\tid %s; %s'
                                    % (c.rint(1, 254), c.rint(1, 254), c.alnum(16), fdate(c.at(1), 'IT'))],
              '<%s.%s@staff.aruba.it>' % (c.digits(13), c.hexs(12)), [('X-Mailer', 'Aruba Notifiche'), ('Auto-Submitted', 'auto-generated')],
              'bounce-notifiche@staff.aruba.it', 'IT', 2, bstyle='hex')
    body = """Gentile Cliente,

ti ricordiamo che il servizio PEC associato alla casella examplegroupitalia@pec.it è in scadenza il 15/01/2027.

Per questo servizio è attivo il rinnovo automatico: l'importo verrà addebitato sul metodo di pagamento registrato nella tua Area Clienti circa 15 giorni prima della scadenza. Non è richiesta alcuna azione da parte tua.

Se desideri modificare il metodo di pagamento o disattivare il rinnovo automatico, accedi all'Area Clienti da https://managehosting.aruba.it con le tue credenziali.

Ti ricordiamo che Aruba non ti chiederà mai di inserire password o dati di carta di credito tramite link ricevuti via e-mail.

Cordiali saluti,
Aruba S.p.A.
Servizio Clienti
"""
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center"><tr><td style="border-bottom:3px solid #f26522;padding:12px 0"><img src="https://www.aruba.it/CMSPages/GetResource.ashx?image=logo-aruba.png" alt="Aruba" width="110"></td></tr>
<tr><td style="padding:18px 0">%s</td></tr>
<tr><td style="font-size:11px;color:#888;border-top:1px solid #ddd;padding-top:10px">Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516<br>Questo messaggio è stato generato automaticamente.</td></tr></table></body></html>
""" % paras_html(body)
    alt = Multi('alternative', [text(body, charset='iso-8859-1', cte='quoted-printable'), html(h, charset='iso-8859-1', cte='quoted-printable')], env.boundary())
    return std(env, addr('Aruba.it', snd), 'niccolo.ferraresi@example.com',
               'Promemoria scadenza servizio PEC examplegroupitalia@pec.it - rinnovo automatico attivo', alt)


@business('it', 'customer-complaint-libero', (2026, 10, 13, 18, 22, 44), 'niccolo.ferraresi@example.com',
          'Genuine complaint from a small customer (sole trader) on his Libero address: washed sand delivered wet and with clay lumps, asks for a partial credit and a call back.',
          'Real Libero (Italiaonline) webmail infrastructure, long-standing customer address, colloquial and specific (delivery note number, site), no links or attachments, asks for a phone call.')
def b_it_conti(c):
    snd = 'giuseppe.conti61@libero.it'
    env = I.libero(c, snd, '79.%d.%d.%d' % (c.rint(0, 63), c.rint(1, 254), c.rint(1, 254)))
    body = """Buonasera Niccolò,

ti scrivo per la consegna di stamattina a Castenedolo (bolla n. 26-11842, 28 t di sabbia lavata 0/4). La sabbia era bagnatissima e con diversi grumi di argilla, i ragazzi hanno dovuto setacciarla a mano prima di fare il massetto e abbiamo perso mezza giornata.

Non è la prima volta, già a settembre era successo qualcosa di simile. Vorrei che mi faceste almeno uno sconto su questa bolla, altrimenti per il prossimo lavoro devo guardarmi intorno.

Richiamami domani mattina al 338 412 7790 che ne parliamo.

Saluti
Giuseppe Conti
Impresa edile Conti Giuseppe
"""
    root = text(body, charset='UTF-8', cte='8bit')
    return std(env, addr('Giuseppe Conti', snd), 'niccolo.ferraresi@example.com', 'consegna sabbia di oggi', root, style='generic')


@business('it', 'payroll-consultant-password-zip', (2026, 11, 27, 17, 5, 29), 'francesca.galli@example.com',
          'Genuine monthly payslips from the external payroll consultant (Studio Bertolini) as a ZipCrypto-protected ZIP; password agreed by phone at the start of the year.',
          'Known consultant domain via Aruba with Outlook, expected monthly mail, archive contains two PDFs (no executables), password NOT in the mail, refers to the F24 deadline. Hard negative of attack/21.',
          pair='attack/21')
def b_it_payroll(c):
    snd = 'l.bertolini@studiobertolini.it'
    env = I.aruba(c, snd, '151.%d.%d.%d' % (c.rint(16, 95), c.rint(1, 254), c.rint(1, 254)), mua='outlook')
    body = """Buonasera Francesca,

in allegato trovi i cedolini di novembre 2026 e il Libro Unico del Lavoro in formato protetto. Come d'accordo la password è quella che ti ho comunicato telefonicamente a gennaio (invariata).

Il modello F24 con scadenza 16/12 (ritenute e contributi di novembre, più tredicesima) te lo mando la prossima settimana, appena chiudiamo le tredicesime.

Buon fine settimana

Laura Bertolini
Consulente del Lavoro
Studio Bertolini – Via Solferino 18, 25122 Brescia
Tel. 030 377 1820
"""
    p1 = make_pdf([('h1', 'Cedolini paga - 11/2026'), 'Azienda: Example Group Italia S.r.l. - matricola INPS 1712345678', '---',
                   'Dipendenti elaborati: 23', 'Totale netto in busta: € 41.882,16', ('s', 'Studio Bertolini - elaborazione Zucchetti Paghe')],
                  title='Cedolini 11-2026', producer='Zucchetti Paghe Project')
    p2 = make_pdf([('h1', 'Libro Unico del Lavoro - 11/2026'), 'Sezione presenze e sezione paga', '---', 'Pagine: 23', ('s', 'Vidimazione: LUL n. 4417/BS')],
                  title='LUL 11-2026', producer='Zucchetti Paghe Project')
    z = zipcrypto_zip([('Cedolini_11-2026.pdf', p1), ('LUL_11-2026.pdf', p2)], 'Bertolini-1126', (2026, 11, 27, 16, 48, 2), seed=c.slug.encode())
    alt = Multi('alternative', [text(body, charset='windows-1252', cte='quoted-printable'), html(outlook_html(body, lang='IT'), charset='windows-1252', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(z, 'application/x-zip-compressed', 'ExampleGroupItalia_paghe_11-2026.zip')], env.boundary(0))
    return std(env, addr('Laura Bertolini', snd), addr('Francesca Galli', 'francesca.galli@example.com'),
               'Cedolini novembre 2026 - Example Group Italia S.r.l.', root)
