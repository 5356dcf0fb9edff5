"""Attack messages, Italian (5)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK, TAX
from common import alt, mixed, related, pdf_att, b64s, b64url
import ids

MAILS = []
add = MAILS.append

# ---------------------------------------------------------------- 17 carrier bank change
fake = ids.fmt_iban(BANK['ferretti_fake'])
p17 = """Gentile dott.ssa De Luca,

con la presente Vi comunichiamo che, a seguito della riorganizzazione della tesoreria di gruppo, dal 1° dicembre 2026 Ferretti Trasporti S.p.A. opera su un nuovo conto corrente dedicato agli incassi. Vi preghiamo pertanto di aggiornare la Vostra anagrafica fornitori e di disporre tutti i pagamenti, compresi quelli relativi a fatture già emesse e non ancora saldate, esclusivamente sulle seguenti coordinate:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Revolut Bank UAB
IBAN: %s
BIC/SWIFT: REVOLT21

In particolare Vi chiediamo di saldare entro venerdì 4 dicembre le fatture n. 2026/1843 del 30/09/2026 (€ 7.320,00) e n. 2026/1977 del 31/10/2026 (€ 6.954,00), per le quali risultano già solleciti interni.

Il conto presso Intesa Sanpaolo è in fase di estinzione e gli eventuali bonifici in arrivo verranno respinti.

In allegato trovate la comunicazione ufficiale firmata dall'amministratore delegato. Per esigenze di audit Vi chiediamo di confermare l'avvenuto aggiornamento rispondendo a questa e-mail; in questo periodo il nostro ufficio non può gestire richieste telefoniche.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione e Traffico
Ferretti Trasporti S.p.A.
Via della Volta 112 – 25124 Brescia
Tel. +39 030 348 2217
""" % fake
add(Mail(
    'ferretti-variazione-iban-lookalike', '2026-11-30 09:14:03', MAIL['it_acc'],
    I.own_server('mail.ferretti-trasporti.com', 'vps-3b7c1a2e.vps.ovh.net', '51.77.148.203',
                 client_ip='151.38.74.12', client_rdns='net-151-38-74-12.cust.vodafonedsl.it',
                 mua='thunderbird', lang='it-IT', date_zone='IT'),
    ('Chiara Colombo', 'c.colombo@ferretti-trasporti.com'),
    'Comunicazione variazione coordinate bancarie – Ferretti Trasporti S.p.A.',
    mixed(Text(p17, 'plain', 'utf-8', '8bit', params='format=flowed'),
          pdf_att('Comunicazione_variazione_IBAN_Ferretti.pdf', [
              ('h1', 'FERRETTI TRASPORTI S.p.A.'),
              ('small', 'Via della Volta 112 – 25124 Brescia – P.IVA %s – Capitale sociale € 1.200.000 i.v.' % TAX['ferretti'][2:]),
              ('p', 'Spett.le\nExample Group Italia S.r.l.\nVia dell\'Industria 18\n37135 Verona'),
              ('p', 'Brescia, 27 novembre 2026'),
              ('h2', 'Oggetto: variazione coordinate bancarie'),
              ('p', 'Con la presente si comunica che, a far data dal 1° dicembre 2026, tutti i pagamenti a favore di Ferretti Trasporti S.p.A. '
                    'dovranno essere effettuati esclusivamente sul seguente conto corrente:'),
              ('b', 'Banca: Revolut Bank UAB\nIBAN: %s\nBIC: REVOLT21' % fake),
              ('p', 'Le precedenti coordinate bancarie non sono più valide. Pagamenti effettuati su conti diversi non avranno effetto liberatorio.'),
              ('p', 'Distinti saluti\n\nRoberto Ferretti\nAmministratore Delegato'),
          ], title='Variazione coordinate bancarie', author='Amministrazione', creator='Writer', producer='LibreOffice 7.6',
             created="20261127161203+01'00'")),
    rcpt_name='Francesca De Luca', sent_delta=11,
    what='Carrier "Ferretti Trasporti" announces a new bank account (Lithuanian IBAN) and asks to pay two specific invoices there by Friday; forged letter PDF.',
    why='Look-alike domain ferretti-trasporti.com (real: .it) on an OVH VPS; foreign EMI account for an Italian carrier, pressure to pay open invoices, refuses phone verification.',
    tags=('BEC: supplier/carrier bank-detail change', 'look-alike domain', 'PDF lure')))

# ---------------------------------------------------------------- 18 SdI / Agenzia Entrate
url18 = 'https://ivaservizi-agenziaentrate.it-accesso.com/portale/fatture-corrispettivi?id=SDI-2026-4481177'
p18 = """Gentile Contribuente,

il Sistema di Interscambio (SdI) ha scartato la fattura elettronica n. 1187/EG del 16/11/2026 trasmessa da EXAMPLE GROUP ITALIA S.R.L. (P.IVA %s) per il seguente motivo:

Codice errore 00305 – 1.4.1.1.2 <IdCodice> non valido: IdFiscaleIVA del CessionarioCommittente non presente in anagrafe tributaria.

La fattura si considera non emessa. Per evitare le sanzioni previste per omessa fatturazione (art. 6 D.Lgs. 471/1997) è necessario correggere e ritrasmettere il documento entro 5 giorni dalla data della presente notifica.

Per visualizzare il dettaglio dello scarto e scaricare il file di notifica acceda all'area riservata con SPID, CIE o CNS:
%s

Cordiali saluti
Agenzia delle Entrate – Sistema di Interscambio

Questo messaggio è generato automaticamente, si prega di non rispondere.
""" % (TAX['eg_it'][2:], url18)
h18 = T.brand_html('Agenzia delle Entrate', 'Notifica di scarto – Fattura n. 1187/EG', [
    'Gentile Contribuente,',
    'il Sistema di Interscambio (SdI) ha <b>scartato</b> la fattura elettronica n. 1187/EG del 16/11/2026 trasmessa da EXAMPLE GROUP ITALIA S.R.L. (P.IVA %s) per il seguente motivo:' % TAX['eg_it'][2:],
    '<i>Codice errore 00305 – 1.4.1.1.2 &lt;IdCodice&gt; non valido: IdFiscaleIVA del CessionarioCommittente non presente in anagrafe tributaria.</i>',
    'La fattura si considera non emessa. Per evitare le sanzioni previste per omessa fatturazione (art. 6 D.Lgs. 471/1997) è necessario correggere e ritrasmettere il documento entro 5 giorni dalla data della presente notifica.'],
    'Accedi con SPID / CIE', url18, color='#0066cc', charset='iso-8859-15',
    footer='Agenzia delle Entrate – Sistema di Interscambio<br>Questo messaggio è generato automaticamente, si prega di non rispondere.',
    fontstack='Titillium Web, Arial, sans-serif')
p18, h18 = p18.replace('–', '-'), h18.replace('–', '-')
add(Mail(
    'sdi-scarto-fattura-spid', '2026-11-18 08:37:26', MAIL['it_acc'],
    I.exim_cpanel('srv12.hostingitalia-cloud.it', '5.249.148.77', client_ip='127.0.0.1', phpmailer=True,
                  date_zone='IT', cpuser='miravall'),
    ('Agenzia delle Entrate - Fatture e Corrispettivi', 'noreply@hotelmiravalle-garda.it'),
    'Notifica di scarto - Fattura elettronica n. 1187/EG del 16/11/2026 (codice 00305)',
    alt(p18, h18, 'iso-8859-15', 'quoted-printable'),
    rcpt_name=None, sent_delta=2,
    what='"Agenzia delle Entrate" notice that an e-invoice was rejected by the SdI, with a link to log in with SPID/CIE to see the details.',
    why='Sent by a PHP script from a compromised hotel website (display-name spoofing); SdI rejections are delivered through the SdI channel/PEC, not e-mail with login links; link to it-accesso.com harvests SPID credentials.',
    tags=('credential phishing: national tax office / e-invoicing', 'compromised website (PHPMailer)', 'display-name spoofing')))

# ---------------------------------------------------------------- 19 fake lawyer
lw = ids.fmt_iban(BANK['lawyer_fake'])
p19 = """Egregio Dott. Ferrara,

mi permetto di presentarmi: sono l'avv. Lorenzo Marchetti dello studio Marchetti & Associati di Milano. Il Dr. Jürgen Köhler, in copia, ci ha conferito l'incarico di assistere Example Group nell'acquisizione della quota di maggioranza di un'azienda di ricostruzione pneumatici in Lombardia (nome in codice "Vulcano").

Su indicazione del Dr. Köhler Lei è stato individuato come referente per la parte italiana dell'operazione. Trattandosi di informazione privilegiata ai sensi del Regolamento (UE) n. 596/2014, La prego di non informare nessuno, nemmeno i colleghi dell'amministrazione o la sede di Hannover, fino all'annuncio ufficiale.

Per la sottoscrizione del contratto preliminare è richiesta entro oggi una caparra confirmatoria di EUR 96.400,00 da versare sul conto di deposito fiduciario (escrow) dello studio:

Beneficiario: Marchetti & Associati - conto deposito fiduciario
IBAN: %s
Causale: Caparra Progetto Vulcano - rif. MA/2026/117

Le chiedo cortesemente di confermarmi entro le ore 15:00 la disposizione del bonifico e di trasmettermi la contabile. Per ragioni di riservatezza La prego di comunicare esclusivamente per e-mail con me e con il Dr. Köhler.

Distinti saluti

Avv. Lorenzo Marchetti
Marchetti & Associati - Studio Legale
Via Fatebenefratelli 14 - 20121 Milano
""" % lw
add(Mail(
    'avvocato-caparra-progetto-vulcano', '2026-10-21 10:58:44', MAIL['it_mgr'],
    I.own_server('mail.marchetti-associati-legal.com', 'vmi2217485.contaboserver.net', '161.97.142.18',
                 client_ip='41.216.188.73', mua='roundcube', webmail=True, date_zone='IT', http_ip='41.216.188.73'),
    ('Avv. Lorenzo Marchetti', 'l.marchetti@marchetti-associati-legal.com'),
    'Riservato - Operazione Vulcano / incarico Dr. Köhler',
    Text(p19, 'plain', 'iso-8859-1', '8bit'),
    cc=[('Jürgen Köhler', 'juergen.koehler@exarnple.com')],
    rcpt_name='Niccolò Ferrara', hcs='iso-8859-1', sent_delta=6,
    what='"Lawyer" mandated by the CEO asks the Italian office manager for a same-day EUR 96,400 deposit to an escrow account for a confidential acquisition.',
    why='Fake-lawyer CEO fraud: look-alike CEO address juergen.koehler@exarnple.com ("rn" for "m") in Cc, unknown law-firm domain on a Contabo VPS, insider-information secrecy, deadline, e-mail-only contact.',
    tags=('BEC: fake lawyer / CEO fraud', 'look-alike domain (homoglyph rn/m)')))

# ---------------------------------------------------------------- 20 SVG "bank receipt"
url20 = 'https://contabile-intesasanpaolo.web.app/?e=' + b64url(MAIL['it_sales'])
svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="620" height="420" viewBox="0 0 620 420">
  <rect width="620" height="420" fill="#ffffff" stroke="#d0d0d0"/>
  <rect width="620" height="64" fill="#00663b"/>
  <text x="24" y="40" font-family="Arial" font-size="22" fill="#ffffff" font-weight="bold">Intesa Sanpaolo</text>
  <text x="24" y="104" font-family="Arial" font-size="16" fill="#222">Contabile bonifico SEPA</text>
  <text x="24" y="140" font-family="Arial" font-size="13" fill="#444">Ordinante: PNEUMATICI ROSSI S.R.L.</text>
  <text x="24" y="162" font-family="Arial" font-size="13" fill="#444">Beneficiario: EXAMPLE GROUP ITALIA S.R.L.</text>
  <text x="24" y="184" font-family="Arial" font-size="13" fill="#444">Importo: EUR 12.480,00</text>
  <text x="24" y="206" font-family="Arial" font-size="13" fill="#444">Data esecuzione: 26/11/2026 - CRO 0326261140872</text>
  <rect x="24" y="228" width="572" height="70" fill="#f2f2f2"/>
  <text x="40" y="258" font-family="Arial" font-size="12" fill="#666">Per motivi di sicurezza la contabile completa e' protetta.</text>
  <text x="40" y="280" font-family="Arial" font-size="12" fill="#666">Accedi con il tuo account aziendale per visualizzarla.</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="24" y="322" width="250" height="44" rx="4" fill="#00663b"/>
    <text x="52" y="350" font-family="Arial" font-size="15" fill="#ffffff" font-weight="bold">Visualizza contabile</text>
  </a>
</svg>
""" % (url20, url20)
p20 = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Buongiorno,</p>
<p>in allegato la contabile del bonifico disposto a Vostro favore da PNEUMATICI ROSSI S.R.L. (EUR 12.480,00, saldo fatture ottobre).</p>
<p>Per motivi di sicurezza il documento è consultabile tramite il visualizzatore allegato.</p>
<p>Cordiali saluti<br>Intesa Sanpaolo – Servizio Incassi e Pagamenti Imprese</p>
</body></html>
"""
add(Mail(
    'svg-contabile-bonifico', '2026-11-26 15:21:09', MAIL['it_sales'],
    I.custom(('smtpcmd13146.aruba.it', 'smtpcmd13146.aruba.it', '62.149.156.146'),
             hops=[('from [2.58.56.101] ([2.58.56.101])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid 9xKqB2vPcTfzA4xKqBvmWE', 'IT', False, 1)],
             msgid=lambda ctx: '<%s@studiobettoni.it>' % I.hx(ctx.rng, 32),
             style='generic', tls='1.3', date_zone='IT', boundary='generic',
             extra=[('X-CMAE-Envelope', lambda ctx: 'MS4xfA' + I.rs(ctx.rng, 140, I.ALNUM + '+/'))]),
    ('Intesa Sanpaolo Imprese', 'amministrazione@studiobettoni.it'),
    'Contabile bonifico SEPA - PNEUMATICI ROSSI S.R.L. - EUR 12.480,00',
    mixed(Text(p20, 'html', 'utf-8', 'base64'),
          Att('Contabile_Bonifico_0326261140872.svg', svg.encode('utf-8'), 'image/svg+xml',
              note='SVG "receipt" with a clickable link, no script')),
    rcpt_name='Alessandro Galli', sent_delta=4,
    what='"Intesa Sanpaolo" payment receipt for a customer\'s transfer, delivered as an SVG image with a "view receipt" button.',
    why='Sent from a compromised accountant\'s Aruba mailbox with the bank as display name; the SVG links to a Firebase web.app page that harvests Microsoft credentials (%s).' % url20,
    tags=('SVG attachment', 'credential phishing: Microsoft 365', 'compromised small-business mailbox', 'abused hosting (Firebase web.app)')))

# ---------------------------------------------------------------- 21 trade portal (Tyre24) / DAC7 pretext
url21 = 'https://tyre24-partner-verifica.com/it/login?dealer=4471-IT-0829&ref=DAC7'
p21 = """Gentile partner,

in base agli obblighi previsti dalla Direttiva (UE) 2021/514 (DAC7), i gestori di piattaforme digitali devono verificare periodicamente i dati identificativi e bancari dei venditori attivi sulla piattaforma.

Per il Suo account rivenditore Tyre24 (ID 4471-IT-0829, EXAMPLE GROUP ITALIA S.R.L.) la verifica annuale non risulta ancora completata. In assenza di verifica entro 48 ore, la visibilità delle Sue offerte verrà sospesa e i pagamenti degli ordini in corso saranno trattenuti fino al completamento della procedura.

La verifica richiede pochi minuti: acceda con le credenziali del Suo account Tyre24 e confermi i dati aziendali e l'IBAN di accredito.

Verifica account: %s

Cordiali saluti
Il team Tyre24 Italia
Servizio partner commerciali
""" % url21
h21 = T.brand_html('Tyre24', 'Verifica obbligatoria dell\'account rivenditore (DAC7)', [
    'Gentile partner,',
    'in base agli obblighi previsti dalla Direttiva (UE) 2021/514 (DAC7), i gestori di piattaforme digitali devono verificare periodicamente i dati identificativi e bancari dei venditori attivi sulla piattaforma.',
    'Per il Suo account rivenditore Tyre24 (<b>ID 4471-IT-0829</b>, EXAMPLE GROUP ITALIA S.R.L.) la verifica annuale non risulta ancora completata. In assenza di verifica <b>entro 48 ore</b>, la visibilità delle Sue offerte verrà sospesa e i pagamenti degli ordini in corso saranno trattenuti fino al completamento della procedura.',
    'La verifica richiede pochi minuti: acceda con le credenziali del Suo account Tyre24 e confermi i dati aziendali e l\'IBAN di accredito.'],
    'Verifica account', url21, color='#f39200', charset='iso-8859-1', logo_text='Tyre24',
    footer='Il team Tyre24 Italia · Servizio partner commerciali')
add(Mail(
    'tyre24-verifica-account-dac7', '2026-11-24 17:40:52', MAIL['it_mgr'],
    I.mailgun(mgdomain='mg.tyre24-partner-verifica.com'),
    ('Tyre24 Italia', 'partner@tyre24-partner-verifica.com'),
    'Tyre24: verifica obbligatoria dell\'account rivenditore entro 48 ore (DAC7)',
    alt(p21, h21, 'iso-8859-1', 'quoted-printable'),
    rcpt_name='Niccolò Ferrara', sent_delta=3,
    what='"Tyre24" (B2B tyre trading platform) demands a DAC7 seller verification within 48 hours or offers and payouts are suspended; asks to log in and confirm the payout IBAN.',
    why='Trade-specific portal phishing: look-alike domain tyre24-partner-verifica.com via Mailgun; topical regulatory pretext (DAC7); harvests platform credentials and lets the attacker change the payout account.',
    tags=('credential phishing: trade-specific B2B portal', 'bulk ESP abuse (Mailgun)', 'look-alike domain')))
