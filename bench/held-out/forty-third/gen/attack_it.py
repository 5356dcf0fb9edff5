"""Attack messages 17-21 (Italian)."""
from datetime import timedelta

from common import T, addr, text, attach, multi, boundary, esc, H, ALNUM, local
from company import E, A, IBAN_A17, PIVA_FERRETTI, PIVA_EXAMPLE_IT
from reg import attack, alt, mixed, pdf_att
import infra
import finance as fi
import files
import docs


@attack(17, 'it', 'ferretti-variazione-iban',
        'Carrier bank-detail change: "Amministrazione Ferretti Trasporti" announces a new IBAN at another '
        'bank and asks the Milan accountant to pay two overdue freight invoices there; signed letter as PDF.',
        'Look-alike ferretti-trasporti.com (the carrier uses .it) on an OVH VPS, fake CC to '
        'c.colombo@ferretti-trasporti.com, old account "no longer operational", overdue invoices and '
        'e-mail-only confirmation. Genuine Ferretti mail (business 17, 18) comes from ferretti-trasporti.it '
        'and keeps the Banco BPM account.')
def a17(m):
    t = T(2026, 11, 2, 8, 37, 12)
    sender = 'amministrazione@ferretti-trasporti.com'
    f = dict(sender=sender, rcpt=E('it_acc'), frm=addr('Amministrazione Ferretti Trasporti', sender),
             to=A('it_acc'), cc=addr('Chiara Colombo', 'c.colombo@ferretti-trasporti.com'),
             subject='Variazione coordinate bancarie - Ferretti Trasporti S.p.A.', zone='IT')
    infra.postfix_host(m, t, f, 'mail.ferretti-trasporti.com', 'vps-7d21c0e4.vps.ovh.net', '57.128.171.90',
                       '79.110.62.147', client_helo='DESKTOP-4JQ2R7N', ua=infra.XM_OL16, zone='IT',
                       mid_style='outlook')
    iban = fi.fmt_iban(IBAN_A17)
    src = """Gentile Dott. Bianchi,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari della Società, a partire dal 1° novembre 2026 tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:

Banca Sella S.p.A. – Filiale di Verona
IBAN: %s
BIC: SELBIT2BXXX
Intestatario: Ferretti Trasporti S.p.A.

Il conto presso Banco BPM non è più operativo per gli incassi; eventuali bonifici disposti sulle vecchie coordinate verranno respinti con addebito delle relative spese.

Vi chiediamo cortesemente di aggiornare la Vostra anagrafica fornitori e di disporre su tale conto il pagamento delle fatture scadute n. 2026/FT/3187 e 2026/FT/3244, per un totale di € 14.386,40, entro venerdì 6 novembre.

In allegato trovate la comunicazione ufficiale firmata dal nostro Amministratore Delegato. Vi saremo grati se vorrete confermarci per e-mail l'avvenuto aggiornamento.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 48 – 37135 Verona
P.IVA %s
""" % (iban, PIVA_FERRETTI)
    pdf = docs.letter(
        ['Ferretti Trasporti S.p.A.', 'Autotrasporti nazionali e internazionali · Via dell\'Industria 48 · 37135 Verona',
         'Tel. +39 045 861 2200 · P.IVA ' + PIVA_FERRETTI],
        ['Spett.le', 'Example Italia S.r.l.', 'Via Tortona 31', '20144 Milano (MI)'],
        'Verona, 30 ottobre 2026', 'Oggetto: variazione coordinate bancarie',
        ['Con la presente si comunica che a far data dal 1° novembre 2026 i pagamenti a favore della scrivente '
         'dovranno essere disposti esclusivamente sul conto corrente:', '',
         'Banca Sella S.p.A. – Filiale di Verona',
         'IBAN ' + iban + '   BIC SELBIT2BXXX', '',
         'Si prega di voler aggiornare la propria anagrafica fornitori. Le precedenti coordinate non sono più valide.'],
        ['Distinti saluti', '', 'L\'Amministratore Delegato', 'Roberto Ferretti'],
        ['Ferretti Trasporti S.p.A. · Capitale sociale € 1.200.000 i.v. · REA VR-281744'], t, zone='IT',
        title='Comunicazione variazione IBAN', author='Utente', creator='Microsoft® Word 2016',
        producer='Microsoft® Word 2016')
    st = 'nextpart'
    m.body = mixed(m, st, alt(m, st, src, 'windows-1252', lang='IT'),
                   pdf_att(pdf, 'Comunicazione_variazione_IBAN.pdf', style='plain'))


@attack(18, 'it', 'agenzia-entrate-zip-password',
        '"Agenzia delle Entrate" notice of VAT irregularities for Example Italia S.r.l., delivered as a '
        'password-protected ZIP with the password in the mail body.',
        'The tax agency uses PEC and the cassetto fiscale, never password-protected archives from a dental '
        'practice\'s Aruba mailbox (compromised, logged in from abroad); the ZIP (ZipCrypto, so gateways '
        'cannot scan it) holds a ".pdf.lnk" shortcut – a malware-loader pattern (here an inert placeholder).')
def a18(m):
    t = T(2026, 11, 4, 9, 55, 41)
    sender = 'segreteria@studiodentisticomarini.it'
    f = dict(sender=sender, rcpt=E('it_acc'), frm=addr('Agenzia delle Entrate', sender), to=E('it_acc'),
             subject='Comunicazione di irregolarità n. 2026/AT/0388412 - Example Italia S.r.l.',
             scs=('iso-8859-1', 'Q'))
    infra.aruba(m, t, f, '196.251.72.14')
    src = """Spett.le Example Italia S.r.l.
P.IVA %s

a seguito del controllo automatizzato delle dichiarazioni, ai sensi dell'art. 54-bis del D.P.R. 633/1972, relativo al periodo d'imposta 2025, sono emerse irregolarità nei versamenti dell'IVA. In allegato trasmettiamo la comunicazione con il dettaglio delle somme dovute e delle sanzioni ridotte.

Per la tutela dei dati personali il documento è protetto da password.
Password di apertura: AdE-0388412

Entro 30 giorni dal ricevimento è possibile regolarizzare la posizione beneficiando della riduzione della sanzione a un terzo, oppure fornire chiarimenti tramite il servizio CIVIS.

Direzione Provinciale II di Milano
Ufficio Controlli
""" % PIVA_EXAMPLE_IT
    z = files.make_zip([('Comunicazione_AdE_2026_0388412.pdf.lnk', files.PLACEHOLDER)],
                       local(t, 'IT')[0].replace(tzinfo=None) - timedelta(minutes=7),
                       password='AdE-0388412', seed=m.seed('zip'))
    m.body = mixed(m, 'nextpart', text(src, 'iso-8859-1', 'quoted-printable'),
                   attach(z, 'application/x-zip-compressed', 'Comunicazione_AdE_2026_0388412.zip'))


SDI_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Titillium Web,Arial,sans-serif;font-size:15px;color:#17324d;background:#f5f5f0">
<div style="max-width:600px;margin:20px auto;background:#fff">
<div style="background:#0066cc;color:#fff;padding:16px 22px;font-size:18px"><b>Fatture e Corrispettivi</b> &middot; Sistema di Interscambio</div>
<div style="padding:22px">
<p style="font-size:17px"><b>Notifica di scarto</b></p>
<p>Il file fattura <b>IT10937560158_0A7F2.xml</b> trasmesso in data 10/11/2026 è stato scartato dal Sistema di Interscambio.</p>
<table cellpadding="5" style="background:#f0f4f8;font-size:14px;width:100%%">
<tr><td>Identificativo SdI</td><td>11873420391</td></tr>
<tr><td>Codice errore</td><td>00305 – 1.4.1.1.2 &lt;IdCodice&gt; non valido</td></tr>
<tr><td>Cedente/prestatore</td><td>Example Italia S.r.l.</td></tr>
<tr><td>Cessionario/committente</td><td>Farmacie Riunite Lombarde S.r.l.</td></tr></table>
<p>Il documento non è da considerarsi emesso. Per evitare le sanzioni per omessa fatturazione (art. 6 D.Lgs. 471/1997) è
necessario correggere e ritrasmettere il file entro 5 giorni dalla data della notifica.</p>
<p style="text-align:center;margin:24px"><a href="%(url)s" style="background:#0066cc;color:#fff;padding:11px 22px;text-decoration:none">Visualizza la notifica e correggi la fattura</a></p>
<p style="font-size:12px;color:#5c6f82">Accesso con SPID, CIE oppure con le credenziali aziendali del referente.</p>
</div></div></body></html>
"""


@attack(19, 'it', 'sdi-fattura-scartata',
        'Fake SdI (Sistema di Interscambio) rejection notice for an outgoing e-invoice, error 00305, with a '
        'button to "view the notice and correct the invoice".',
        'SdI notifications arrive via PEC or in Fatture e Corrispettivi, not as a Mailgun mail from '
        'fatturazione-sdi.it; link to a look-alike portal offering "company credentials" besides SPID/CIE '
        '(harvests Microsoft 365 logins); penalty threat and 5-day deadline.')
def a19(m):
    t = T(2026, 11, 11, 7, 21, 3)
    sender = 'notifiche@fatturazione-sdi.it'
    f = dict(sender=sender, rcpt=E('it_acc'), frm=addr('Fatture e Corrispettivi - SdI', sender), to=E('it_acc'),
             subject='Notifica di scarto fattura elettronica - Identificativo SdI 11873420391')
    infra.mailgun(m, t, f, 'mg.fatturazione-sdi.it', '159.135.228.14', 'm228-14.mailgun.net')
    url = 'https://email.mg.fatturazione-sdi.it/c/%s' % H(m.seed('c'), 120, ALNUM + '_-')
    src = """Notifica di scarto – Sistema di Interscambio

Il file fattura IT10937560158_0A7F2.xml trasmesso in data 10/11/2026 è stato scartato dal Sistema di Interscambio.

Identificativo SdI: 11873420391
Codice errore: 00305 – 1.4.1.1.2 <IdCodice> non valido
Cedente/prestatore: Example Italia S.r.l.
Cessionario/committente: Farmacie Riunite Lombarde S.r.l.

Il documento non è da considerarsi emesso. Per evitare le sanzioni per omessa fatturazione (art. 6 D.Lgs. 471/1997) è necessario correggere e ritrasmettere il file entro 5 giorni dalla data della notifica.

Visualizza la notifica e correggi la fattura:
%s

Accesso con SPID, CIE oppure con le credenziali aziendali del referente.
""" % url
    m.body = multi('alternative', [text(src, 'utf-8', 'base64'),
                                   text(SDI_HTML % dict(url=esc(url)), 'utf-8', 'base64', 'html')],
                   boundary('hex', m.seed('alt')))


@attack(20, 'it', 'farmadati-area-fornitori',
        'Pharmacy product-database "Area Fornitori" demands reconfirmation of 47 product records before '
        'delisting from pharmacies and wholesalers; login link.',
        'Trade-specific credential phishing aimed at pharmacy-channel sales: From spoofs '
        'farmadati-fornitori.it but the mail is sent by a PHP mailer on an unrelated shared host; link to '
        'look-alike area-fornitori-farmadati.it asking for company e-mail and password; delisting threat.')
def a20(m):
    t = T(2026, 11, 13, 13, 44, 50)
    sender = 'noreply@farmadati-fornitori.it'
    f = dict(sender=sender, rcpt=E('it_sales'), frm=addr('Banca Dati - Area Fornitori', sender),
             to=E('it_sales'), subject='Riconferma obbligatoria schede prodotto 2027 - codice fornitore 0041872')
    infra.exim_cpanel(m, t, f, 'srv-it04.hostingsolutions.it', '31.14.133.84', zone='IT',
                      local_user='mercatin', script='1012:wp-includes/class-mailer.php')
    url = 'https://area-fornitori-farmadati.it/login.php?fc=0041872&s=%s' % H(m.seed('s'), 16)
    src = """Gentile fornitore,

con il rilascio del nuovo tracciato 2027 della banca dati, tutte le schede dei prodotti cosmetici e parafarmaceutici devono essere riconfermate dal responsabile dell'immissione in commercio entro il 30 novembre 2026. Le schede non confermate (codice ministeriale, EAN, prezzo al pubblico, PAO, immagini) saranno sospese dalla distribuzione verso farmacie e grossisti a partire dal 1° dicembre.

Risultano in attesa di conferma 47 referenze di Example Italia S.r.l.

[[Accedi all'Area Fornitori|%s]]

Per l'accesso utilizzi le credenziali aziendali del referente (indirizzo e-mail e password).

Cordiali saluti
Servizio Anagrafiche Fornitori
""" % url
    html = ('<html><body style="font-family:Verdana,sans-serif;font-size:13px">' +
            ''.join('<p>%s</p>' % (esc(p).replace('\n', '<br>') if '[[' not in p else
                                    '<a href="%s" style="background:#2e7d32;color:#fff;padding:8px 16px;'
                                    'text-decoration:none">Accedi all\'Area Fornitori</a>' % esc(url))
                    for p in src.strip().split('\n\n')) + '</body></html>')
    m.body = multi('alternative', [text(src.replace('[[Accedi all\'Area Fornitori|%s]]' % url,
                                                     'Accedi all\'Area Fornitori: %s' % url), 'windows-1252',
                                        'quoted-printable'),
                                   text(html, 'windows-1252', 'quoted-printable', 'html')],
                   boundary('phpmailer', m.seed('alt')))


@attack(21, 'it', 'cosmoprof-expo-guide',
        '"Expo Guide" asks the Italian country manager to check and return the "exhibitor data update" '
        'form for Cosmoprof Worldwide Bologna 2027 (PDF form attached).',
        'Trade-fair directory fraud: not BolognaFiere but a private directory; the form\'s small print '
        'turns the signature into a three-year order at EUR 1,271 per year. Sent from a fresh domain on a '
        'DigitalOcean droplet without reverse DNS.')
def a21(m):
    t = T(2026, 11, 24, 10, 8, 26)
    sender = 'update@expo-guide-cosmetics.com'
    f = dict(sender=sender, rcpt=E('it_mgr'), frm=addr('Expo Guide - Aggiornamento espositori', sender),
             to=E('it_mgr'), subject='Cosmoprof Worldwide Bologna 2027 - aggiornamento dati espositore', zone='IT')
    infra.postfix_host(m, t, f, 'mail.expo-guide-cosmetics.com', 'unknown', '164.92.180.33', '127.0.0.1',
                       client_rdns='localhost', client_helo='localhost', auth=False, zone='UTC',
                       ua=('X-Mailer', 'PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)'), mid_style='phpmailer')
    src = """Gentile espositore,

in vista della prossima edizione di Cosmoprof Worldwide Bologna (marzo 2027) stiamo aggiornando i dati delle aziende per la pubblicazione nella guida espositori EXPO GUIDE, consultata da buyer e distributori del settore cosmetico di oltre 150 paesi.

La preghiamo di verificare i dati della Sua azienda nel modulo allegato, di correggerli o integrarli se necessario e di rispedirci il modulo firmato via e-mail entro 10 giorni.

Se i dati sono corretti è sufficiente firmare e rispedire il modulo.

Cordiali saluti
Servizio aggiornamento dati
EXPO GUIDE
"""
    pdf = docs.letter(
        ['EXPO GUIDE', 'International Exhibitors Directory · Cosmetics & Beauty'],
        ['Example Italia S.r.l.', 'Via Tortona 31', '20144 Milano', 'Italia'],
        'Rif. CWB27-IT-20517', 'Modulo di aggiornamento dati espositore – Cosmoprof Worldwide Bologna 2027',
        ['Ragione sociale: Example Italia S.r.l.', 'Indirizzo: Via Tortona 31, 20144 Milano',
         'Telefono: ______________________   E-mail: ______________________',
         'Settore: Cosmetici / Cura della persona', 'Padiglione / Stand: __________', '',
         'Timbro e firma: __________________________', '', '',
         'Condizioni: Con la firma del presente modulo il sottoscritto ordina l\'inserimento dei dati aziendali '
         'nella guida EXPO GUIDE (edizione stampata e online) per un periodo di tre anni consecutivi al prezzo di '
         'EUR 1.271 all\'anno più IVA. L\'ordine non è revocabile. EXPO GUIDE è un servizio indipendente e non è '
         'collegato agli organizzatori della fiera. Foro competente: Città del Messico.'],
        [], ['EXPO GUIDE S. de R.L. de C.V. · Insurgentes Sur 1458 · Ciudad de México'], t, zone='UTC',
        title='Modulo aggiornamento', creator='PDFsharp 1.50', producer='PDFsharp 1.50.5147', width=102)
    m.body = mixed(m, 'phpmailer', text(src, 'utf-8', '8bit'),
                   attach(pdf, 'application/pdf', 'Modulo_aggiornamento_CWB2027.pdf'))
