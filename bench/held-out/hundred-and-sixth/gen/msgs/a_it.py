"""Attack messages 17-21 (Italian)."""
from eglib import mime, bank, html as H
from eglib.infra import Zoho, PHPMailerSite, Mailgun, GMX, rhex, ralnum
from eglib.kit import attack, alt, mixed, related, att, pdf, zipfile_bytes, qr_png, inline_img, b64mail, PLACEHOLDER, S


@attack(17, 'it', 'ferretti-lookalike-variazione-iban',
        what='"Chiara Colombo, Ferretti Trasporti" announces new bank details (Banca Sella) and asks that the two invoices due (9,763.20 EUR) be paid there; signed letter attached.',
        why='Carrier bank-detail fraud: look-alike ferretti-trasporti.com (genuine .it) on Zoho Mail, IBAN change by e-mail with threat that payments to the old account '
            'will be rejected, confirmation requested by e-mail; Ferretti\'s genuine reminder in business 17 keeps the Intesa Sanpaolo IBAN.')
def _(m):
    m.use(Zoho())
    m.when('2026-11-04 11:08:37', 'it')
    m.frm = ('Chiara Colombo', 'c.colombo@ferretti-trasporti.com')
    m.to = [S('it_acc')]
    m.subject = 'Comunicazione variazione coordinate bancarie \u2013 Ferretti Trasporti S.p.A.'
    ib = bank.it_iban('03268', '01600', '052887331240')
    t = """Gentile Dott. Bianchi,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei nostri rapporti bancari, a partire dalla data odierna tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sulle seguenti coordinate:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. \u2013 Filiale di Milano
IBAN: %s
BIC/SWIFT: SELBIT2BXXX

Il precedente conto presso Intesa Sanpaolo \u00e8 in fase di estinzione: i bonifici ricevuti su di esso verranno respinti, con conseguente ritardo nella registrazione degli incassi.

Vi chiediamo cortesemente di aggiornare la Vostra anagrafica fornitori e di disporre su questo conto il pagamento delle fatture in scadenza n. 1184/26 e n. 1217/26 (totale \u20ac 9.763,20). In allegato trovate la lettera firmata dal nostro Amministratore Delegato.

Vi saremmo grati di una conferma via e-mail dell'avvenuto aggiornamento.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Via dell'Industria 27 \u2013 24040 Stezzano (BG)
""" % bank.fmt(ib)
    blocks = [('h1', 'FERRETTI TRASPORTI S.p.A.'), ('small', 'Via dell\'Industria 27 \u2013 24040 Stezzano (BG) \u2013 P.IVA 02871460164 \u2013 REA BG-331875'),
              ('gap', ''), ('p', 'Spett.le\nExample Group Italia S.r.l.\nVia Vittor Pisani 16\n20124 Milano'), ('gap', ''),
              ('p', 'Stezzano, 3 novembre 2026'), ('h2', 'Oggetto: variazione coordinate bancarie'),
              ('p', 'Con la presente comunichiamo che, con decorrenza immediata, i pagamenti a nostro favore dovranno essere disposti esclusivamente sul seguente conto corrente:'),
              ('b', 'Banca Sella S.p.A. \u2013 Filiale di Milano'), ('b', 'IBAN: ' + bank.fmt(ib)), ('b', 'BIC: SELBIT2BXXX'),
              ('p', 'Le coordinate precedenti non sono pi\u00f9 valide. Ringraziando per la collaborazione, porgiamo distinti saluti.'),
              ('p', 'Ferretti Trasporti S.p.A.\nL\'Amministratore Delegato\nGianluca Ferretti')]
    p = pdf(m, blocks, 'Variazione coordinate bancarie', author='Amministrazione', lang='it-IT',
            creator='Microsoft\u00ae Word per Microsoft 365', producer='PDF24 Creator 11.17')
    m.root = mixed(m, alt(m, mime.text(t, 'utf-8', 'quoted-printable', case='UTF-8'), mime.text(H.plain_div(t, 'Verdana, sans-serif'), 'utf-8', 'quoted-printable', 'html', case='UTF-8')),
                   att(m, p, 'application/pdf', 'Ferretti_Trasporti_variazione_coordinate_bancarie.pdf'))


@attack(18, 'it', 'agenzia-entrate-zip-protetto',
        what='"Agenzia delle Entrate" notice of VAT irregularities (14,827 EUR) with the full communication in a password-protected ZIP.',
        why='Malware lure: display name of the tax agency on a compromised surveyor\'s web site (PHPMailer, web-server user), ZipCrypto archive whose password is in the body '
            'to evade scanning, member "Comunicazione_...pdf.js" is a script with double extension; the Agenzia communicates via PEC/cassetto fiscale, never like this.')
def _(m):
    m.use(PHPMailerSite(helo='smtpweb157.aruba.it', rdns='smtpweb157.aruba.it', ip='62.149.158.157', site='studiorinaldi-geometra.it', zone='it'))
    m.when('2026-10-27 08:31:12', 'it')
    m.frm = ('Agenzia delle Entrate', 'info@studiorinaldi-geometra.it')
    m.to = [S('it_mgr')]
    m.subject = 'Comunicazione di irregolarit\u00e0 n. TYB0R3A01427/2026 \u2013 documento riservato'
    m.hcs, m.henc = 'iso-8859-1', 'Q'
    m.zip_pw = 'AdE2026'
    t = """Agenzia delle Entrate
Direzione Provinciale II di Milano - Ufficio Controlli

Spett.le EXAMPLE GROUP ITALIA S.R.L.

a seguito del controllo automatizzato della dichiarazione IVA 2025 (art. 54-bis del D.P.R. n. 633/1972) sono emerse irregolarit\u00e0 che hanno determinato una maggiore imposta di euro 14.827,00, oltre a sanzioni e interessi.

La comunicazione completa, con il dettaglio delle somme dovute e le modalit\u00e0 di regolarizzazione con riduzione delle sanzioni, \u00e8 allegata al presente messaggio in formato protetto.

Password per l'apertura del documento: AdE2026

Si ricorda che, in assenza di pagamento o di richiesta di chiarimenti entro 30 giorni dal ricevimento, si proceder\u00e0 all'iscrizione a ruolo delle somme dovute.

Distinti saluti

Agenzia delle Entrate
Direzione Provinciale II di Milano
"""
    z = zipfile_bytes(m, [('Comunicazione_AdE_TYB0R3A01427.pdf.js', PLACEHOLDER)], password=m.zip_pw.encode())
    a = att(m, z, 'application/zip', 'Comunicazione_AdE_TYB0R3A01427.zip')
    a.meta['note'] = ' (ZipCrypto, password in body; member Comunicazione_AdE_TYB0R3A01427.pdf.js)'
    m.root = mixed(m, mime.text(t, 'iso-8859-1', '8bit', quoted=False), a)


@attack(19, 'it', 'sdi-notifica-scarto-fattura',
        what='"Fatture e Corrispettivi" says the Sistema di Interscambio rejected an e-invoice and asks to log in with SPID/CIE within five days to resubmit it.',
        why='E-invoicing credential phishing: look-alike domain fatturapa-notifiche.it via Mailgun with click tracking, fake SdI error code and sanction threat; '
            'SdI notifications arrive through the transmission channel/PEC, not as marketing-style mail with a login link.')
def _(m):
    m.use(Mailgun(mgdomain='mg.fatturapa-notifiche.it', ip='159.135.224.31'))
    m.when('2026-11-10 07:44:20', 'it')
    m.frm = ('Fatture e Corrispettivi', 'notifiche@fatturapa-notifiche.it')
    m.to = [S('it_acc')]
    m.subject = 'Notifica di scarto \u2013 fattura n. FPR 418/26 \u2013 identificativo SdI 12847730211'
    link = 'https://email.mg.fatturapa-notifiche.it/c/eJw%s' % ralnum(m.rng, 96)
    t = """Fatture e Corrispettivi - Sistema di Interscambio

Gentile utente,

il Sistema di Interscambio ha scartato il file IT12877140967_0A3F1.xml relativo alla fattura n. FPR 418/26 del 06/11/2026.

Identificativo SdI: 12847730211
Codice errore: 00305 - IdFiscaleIVA del cessionario/committente non valido

Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997 \u00e8 necessario accedere al portale Fatture e Corrispettivi e ritrasmettere il file corretto entro 5 giorni dalla notifica di scarto.

Accedi con SPID o CIE: %s

Questo messaggio \u00e8 generato automaticamente, si prega di non rispondere.
Agenzia delle Entrate - Sogei S.p.A.
""" % link
    body = H.p("""Gentile utente,

il Sistema di Interscambio ha scartato il file <b>IT12877140967_0A3F1.xml</b> relativo alla fattura n. FPR 418/26 del 06/11/2026.""".replace('<b>', '').replace('</b>', ''))
    body += ('<table cellpadding="6" style="font-size:13px;border:1px solid #ccd6e0;background:#f4f7fa;margin:0 0 16px 0">'
             '<tr><td>Identificativo SdI</td><td><b>12847730211</b></td></tr>'
             '<tr><td>Codice errore</td><td style="color:#a4000f"><b>00305</b> \u2013 IdFiscaleIVA del cessionario/committente non valido</td></tr></table>')
    body += H.p("""Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997 \u00e8 necessario accedere al portale Fatture e Corrispettivi e ritrasmettere il file corretto entro 5 giorni dalla notifica di scarto.""")
    h = H.notice('Notifica di scarto (NS)', body, 'Accedi con SPID o CIE', link, color='#0066cc', lang='it',
                 logo_html='<span style="color:#0066cc;font-weight:700">Agenzia delle Entrate</span> <span style="color:#555;font-size:13px">| Fatture e Corrispettivi</span>',
                 footer='Questo messaggio \u00e8 generato automaticamente, si prega di non rispondere.<br>Agenzia delle Entrate \u2013 Sogei S.p.A.')
    m.root = alt(m, mime.text(t, 'utf-8', 'quoted-printable'), mime.text(h, 'utf-8', 'quoted-printable', 'html'))


@attack(20, 'it', 'intesa-quishing-okey',
        what='"Intesa Sanpaolo" demands an O-Key Smart re-activation by 30 November via a QR code embedded in the HTML.',
        why='Bank quishing: display name of the bank on an unrelated agriturismo domain, sent by PHPMailer from an OVH VPS (web-server user), QR code pointing to '
            'intesa-okey-verifica.com with the victim address; threat of blocked online banking.')
def _(m):
    m.use(PHPMailerSite(helo='vps-4c1e2a7b.vps.ovh.net', rdns='vps-4c1e2a7b.vps.ovh.net', ip='51.178.93.114', site='agriturismo-collinaverde.it', zone='it'))
    m.when('2026-11-19 18:22:06', 'it')
    m.frm = ('Intesa Sanpaolo', 'comunicazioni@agriturismo-collinaverde.it')
    m.to = [S('it_mgr')]
    m.subject = 'Intesa Sanpaolo: riattivazione obbligatoria O-Key Smart entro il 30/11'
    m.hcs, m.henc = 'iso-8859-1', 'B'
    url = 'https://intesa-okey-verifica.com/app/?id=%s' % b64mail(S('it_mgr')[1])
    m.qr_urls = {'okey.png': url}
    cid = 'okey.png@%s' % rhex(m.rng, 12)
    t = """Intesa Sanpaolo

Gentile Cliente,

a seguito dell'aggiornamento dei sistemi di sicurezza previsto dalla normativa europea PSD2, \u00e8 necessario riattivare la funzione O-Key Smart sul Suo dispositivo entro il 30/11/2026.

Inquadri il codice QR presente in questa comunicazione con la fotocamera dello smartphone e segua le istruzioni: l'operazione richiede pochi minuti.

In mancanza della riattivazione, l'accesso all'Internet Banking e alle disposizioni di pagamento sar\u00e0 temporaneamente sospeso.

Cordiali saluti
Intesa Sanpaolo S.p.A.
"""
    h = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#f4f4f4;padding:16px 24px;border-bottom:4px solid #118a3e"><span style="font-size:22px;color:#118a3e;font-weight:bold">Intesa Sanpaolo</span></td></tr>
<tr><td style="padding:24px">
<p>Gentile Cliente,</p>
<p>a seguito dell'aggiornamento dei sistemi di sicurezza previsto dalla normativa europea PSD2, \u00e8 necessario riattivare la funzione <b>O-Key Smart</b> sul Suo dispositivo entro il <b>30/11/2026</b>.</p>
<p>Inquadri il codice QR con la fotocamera dello smartphone e segua le istruzioni: l'operazione richiede pochi minuti.</p>
<p style="text-align:center"><img src="cid:%s" width="210" height="210" alt="QR"></p>
<p>In mancanza della riattivazione, l'accesso all'Internet Banking e alle disposizioni di pagamento sar\u00e0 temporaneamente sospeso.</p>
<p>Cordiali saluti<br>Intesa Sanpaolo S.p.A.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px 24px">Intesa Sanpaolo S.p.A. - Sede legale: Piazza San Carlo 156, 10121 Torino - Capitale Sociale Euro 10.368.870.930,08</td></tr>
</table></body></html>
""" % cid)
    img = inline_img(m, qr_png(url, 5), 'okey.png', cid)
    m.root = alt(m, mime.text(t, 'iso-8859-1', 'base64'),
                 related(m, mime.text(h, 'iso-8859-1', 'base64', 'html'), img))


@attack(21, 'it', 'ceo-fraud-whatsapp-primo-contatto',
        what='"J\u00fcrgen H\u00f6fer" writes from a mail.com address to the Milan office manager asking for her mobile number to continue a "confidential matter" on WhatsApp.',
        why='BEC opener: CEO display name on a free mail.com address, secrecy, unreachable by phone, move to WhatsApp to escape corporate controls (usually followed by gift-card or transfer requests).')
def _(m):
    m.use(GMX(brand='mailcom', origin='197.211.58.90'))
    m.when('2026-12-02 09:06:48', 'it')
    m.frm = ('J\u00fcrgen H\u00f6fer', 'j.hoefer.office@mail.com')
    m.to = [S('it_mgr')]
    m.subject = 'Richiesta riservata'
    t = """Buongiorno Giulia,

sei in ufficio oggi? Ho bisogno del tuo aiuto per una questione riservata che dobbiamo chiudere entro la giornata, con la massima discrezione.

Al momento sono in riunione con i legali e non posso telefonare. Mandami per favore il tuo numero di cellulare, cos\u00ec ti scrivo su WhatsApp con i dettagli.

Grazie,
J\u00fcrgen H\u00f6fer
CEO - Example Group
"""
    m.root = mime.text(t, 'UTF-8', 'quoted-printable', quoted=False)
