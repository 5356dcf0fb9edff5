"""attack/17-21 (Italian)."""
import base64

from lib import bodies, docs, ids, mime, shapes, systems, templates, util, zipx
from lib.company import DAUNA, FERR, P
from lib.registry import reg
from lib.util import addr, ew, local_to_utc, sec


@reg('attack', '17-it-sharepoint-ferretti-compromesso')
def a17(m):
    m.what = 'Genuine SharePoint Online sharing notification from the Ferretti Trasporti tenant: "Chiara Colombo ha condiviso un file con te" (estratto conto Q4), sent on a Saturday morning'
    m.why = 'Compromised partner account: real Microsoft infrastructure (SPF/DKIM/DMARC pass), but generic "Gentile Cliente" text, operations contact suddenly sending account statements to accounting at 06:41 on a Saturday; the shared PDF links on to an AiTM page'
    m.topic = 'document-share'
    rcpt = P['marco'][1]
    t = local_to_utc('CET', 2026, 11, 7, 6, 41, 12)
    link = 'https://ferrettitrasporti-my.sharepoint.com/:b:/g/personal/c_colombo_ferretti-trasporti_it/EVqR3kT9mLxAnf2Zc8YwH1kBq7xT0aQpZ3V8sN4wLc6Dfg?e=4%3aYkP2Rd&at=9'
    m.url(link, 'SharePoint share from compromised account')
    m.url('https://go.microsoft.com/fwlink/?LinkId=521839', 'privacy footer')
    msg = ('Gentile Cliente,\nsi trasmettono le fatture e l\'estratto conto aggiornato al 06/11/2026. '
           'Si prega di prendere visione dei documenti entro lunedì.\nCordiali saluti')
    text, html = templates.sharepoint('Chiara Colombo', msg, 'Ferretti_Trasporti_Estratto_conto_Q4_2026.pdf', link, 'it')
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'), mime.text(html, 'html', 'utf-8', 'base64')],
                          '_000_%s_' % m.hex(40))
    m.set_body(root)
    h, mid = systems.m365(m, t, rcpt, ('Chiara Colombo', 'no-reply@sharepointonline.com'), addr('Marco De Santis', rcpt),
                          ew('Chiara Colombo ha condiviso "Ferretti_Trasporti_Estratto_conto_Q4_2026" con te', 'utf-8', 'Q'),
                          org_domain='ferretti-trasporti.it', tenant_id=FERR['tenant_id'], dkim_domain='sharepointonline.com',
                          mail_from='no-reply@sharepointonline.com', reply_to=addr('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'),
                          outlook_client=False, thread=False, lang_code='IT', edge=2, dmarc_p='none', sharepoint=True,
                          extra=[('X-MS-Exchange-Organization-SharePointSharing', 'ShareLink')])
    m.assemble(h)


@reg('attack', '18-it-ferretti-lookalike-nuovo-iban')
def a18(m):
    m.what = 'Reply in a real invoice thread with Ferretti Trasporti, but from amministrazione@ferretti-trasporti.com: "new bank after a merger, pay overdue invoices 2026/FT/1422 and /1487 by Friday or the blade transports are suspended"'
    m.why = 'Look-alike domain (.com instead of .it) on an attacker Microsoft 365 tenant (all checks pass for the look-alike), stolen thread quoted to build trust, new IBAN at a different bank, threat to stop service'
    m.topic = 'bank-change'
    rcpt = P['marco'][1]
    t = local_to_utc('CET', 2026, 10, 22, 11, 37, 25)
    t1 = local_to_utc('CET', 2026, 10, 19, 9, 12)
    t2 = local_to_utc('CET', 2026, 10, 20, 15, 3)
    new_iban = ids.iban_it('03268', '22300', '052878941230')
    m.iban(new_iban, 'fraudulent account')
    m.iban(FERR['iban'], 'genuine Ferretti account (UniCredit), quoted as the "old" one')
    m.phone('+39 045 896 1270', 'Ferretti switchboard copied into signature')
    sig = 'Amministrazione\nFerretti Trasporti S.p.A.\nVia dell\'Industria 41 - 37066 Sommacampagna (VR)\nTel. +39 045 896 1270\nP.IVA %s' % FERR['piva']
    q1 = ('Buongiorno,\n\nvi scrivo per avere conferma dell\'importo della fattura 2026/FT/1487: nell\'ordine avevamo concordato '
          '9.200,00 € + IVA per il trasporto delle pale da Taranto a Troia (FG), in fattura risultano anche 562,40 € di scorta tecnica. '
          'Potete verificare?\n\nGrazie,\nMarco De Santis\nContabilità - Example Group Italia S.r.l.')
    q2 = ('Buongiorno Dott. De Santis,\n\nconfermiamo l\'importo: la scorta tecnica è prescritta dall\'autorizzazione al trasporto eccezionale '
          'rilasciata dalla Provincia ed è stata concordata con il vostro ufficio operativo il 2 ottobre.\n\nCordiali saluti\n' + sig)
    body = ('Gentile Dott. De Santis,\n\nfacendo seguito alla nostra precedente comunicazione, vi informiamo che a seguito della fusione '
            'del nostro istituto bancario le coordinate per i pagamenti sono variate con effetto immediato. Il conto UniCredit (IBAN %s) '
            'non è più operativo per gli incassi.\n\nVi preghiamo di effettuare il saldo delle fatture scadute:\n'
            '- 2026/FT/1422 del 30/09/2026 - € 17.543,60\n- 2026/FT/1487 del 14/10/2026 - € 11.910,13\n\n'
            'sul nuovo conto:\nBeneficiario: Ferretti Trasporti S.p.A.\nBanca Sella S.p.A.\nIBAN: %s\n\n'
            'entro venerdì 23/10, per evitare la sospensione dei trasporti programmati per il 12-13 novembre. '
            'In allegato la comunicazione ufficiale firmata dal nostro amministratore. Vi chiediamo cortesemente conferma scritta '
            'dell\'avvenuta modifica in anagrafica.\n\nCordiali saluti\n' % (ids.iban_fmt(FERR['iban']), ids.iban_fmt(new_iban))) + sig
    lt = lambda x: util.localtime(x, 'CET')
    amm_fake = 'Amministrazione Ferretti Trasporti <amministrazione@ferretti-trasporti.com>'
    amm_real = 'Amministrazione Ferretti Trasporti <amministrazione@ferretti-trasporti.it>'
    marco = 'Marco De Santis <marco.desantis@example.com>'
    quoted = (bodies.quote_block('it', amm_real, lt(t2), marco, 'R: Fattura 2026/FT/1487 - verifica importo', q2) + '\n\n' +
              bodies.quote_block('it', marco, lt(t1), amm_real, 'Fattura 2026/FT/1487 - verifica importo', q1))
    qh = (bodies.quote_html('it', amm_real, lt(t2), marco, 'R: Fattura 2026/FT/1487 - verifica importo', q2) +
          bodies.quote_html('it', marco, lt(t1), amm_real, 'Fattura 2026/FT/1487 - verifica importo', q1))
    text = body + '\n\n' + quoted
    html = bodies.fill_charset(bodies.outlook_html(body, 'IT', quote_html=qh), 'utf-8')
    letter = docs.letter_pdf(['Ferretti Trasporti S.p.A. - Via dell\'Industria 41 - 37066 Sommacampagna (VR)'],
                             ['Spett.le', 'Example Group Italia S.r.l.', 'Via Napoli km 3,200', '71122 Foggia (FG)'],
                             'Sommacampagna, 21/10/2026', 'Oggetto: Comunicazione variazione coordinate bancarie',
                             'Spettabile Cliente,\n\ncon la presente vi comunichiamo che, a seguito di operazioni di riorganizzazione bancaria, '
                             'a partire dalla data odierna tutti i pagamenti a nostro favore dovranno essere effettuati esclusivamente sul seguente conto corrente:\n\n'
                             'Intestatario: Ferretti Trasporti S.p.A.\nBanca: Banca Sella S.p.A.\nIBAN: %s\nBIC/SWIFT: SELBIT2BXXX\n\n'
                             'Vi preghiamo di aggiornare i vostri archivi e di non effettuare più pagamenti sulle coordinate precedenti.\n\n'
                             'Ringraziando per la collaborazione, porgiamo distinti saluti.' % ids.iban_fmt(new_iban),
                             ['Ferretti Trasporti S.p.A.', "L'Amministratore Delegato", 'Giorgio Ferretti'],
                             ['Ferretti Trasporti S.p.A. - Capitale sociale € 2.500.000 i.v. - P.IVA e C.F. %s - REA VR-298714' % FERR['piva']],
                             created=docs.pdfdate(t - sec(7200)), title='Comunicazione', author='Amministrazione', creator='Microsoft Word',
                             producer='Smallpdf', logo_text='FERRETTI TRASPORTI')
    msgid = None
    alt_b = '_000_%s_' % m.hex(44)
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'), mime.text(html, 'html', 'utf-8', 'base64')], alt_b)
    att = mime.attachment(letter, 'application/pdf', 'Comunicazione variazione coordinate bancarie.pdf', size=True,
                          date='Thu, 22 Oct 2026 09:31:02 GMT', description=True)
    root = mime.multipart('mixed', [alt, att], alt_b.replace('_000_', '_004_'))
    m.set_body(root)
    ref1 = '<%s@exch01.corp.example.com>' % m.hex(32)
    ref2 = '<VI1PR07MB%d%s@VI1PR07MB%d.eurprd07.prod.outlook.com>' % (4410, m.hex(24, True), 4410)
    h, mid = systems.m365(m, t, rcpt, ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.com'),
                          addr('Marco De Santis', rcpt), 'R: Fattura 2026/FT/1487 - verifica importo',
                          cc=addr('Chiara Colombo', 'c.colombo@ferretti-trasporti.com'),
                          org_domain='ferretti-trasporti.com', tenant_id='0e9b47c1-5d2a-4f63-b8e0-7a4c19d3f682', has_attach=True,
                          references='%s %s' % (ref1, ref2), in_reply_to=ref2, replies=2, lang_code='IT', edge=4, dmarc_p='none',
                          pre='PR3P191MB', region='EURP191')
    m.assemble(h)


@reg('attack', '19-it-dauna-threadhijack-zip-password')
def a19(m):
    m.what = 'Thread-hijack reply from the real mailbox of customer Energia Eolica Dauna: "in allegato ordine firmato e verbale", password-protected ZIP, password 2611 in the body'
    m.why = 'Malware delivery through a compromised Aruba mailbox (SMTP AUTH from an unknown IP, DKIM/SPF pass): encrypted archive with a script disguised as PDF (.pdf.vbs), password in the same mail so scanners cannot open it'
    m.topic = 'password-archive'
    rcpt = P['giulia'][1]
    t = local_to_utc('CET', 2026, 11, 26, 9, 14, 3)
    t1 = local_to_utc('CET', 2026, 11, 24, 16, 22)
    m.passwords = ['2611']
    m.fact('ID', '2611', 'ZIP password')
    vbs = docs.inert('VBScript dropper disguised as PDF (.pdf.vbs) inside a ZipCrypto archive',
                     'would download and run a banking trojan / loader from a compromised web site', comment_prefix="' ")
    z = zipx.make_zip_encrypted([('Ordine_EED_2026-1187_e_verbale_WTG07.pdf.vbs', vbs, (2026, 11, 26, 8, 51, 40))], '2611', m.rng)
    q = ('Buongiorno Antonio,\n\nci potete inviare l\'ordine firmato e il verbale di fermo macchina della WTG 07, così pianifichiamo '
         'l\'intervento sul moltiplicatore per la settimana 49?\n\nGrazie\nGiulia Russo\nExample Group Italia S.r.l.\nVia Napoli km 3,200 - 71122 Foggia')
    text = ('Buongiorno Giulia,\n\nin allegato quanto richiesto (ordine firmato e verbale).\nPer motivi di sicurezza l\'archivio è protetto.\n'
            'Password: 2611\n\nCordiali saluti\nAntonio Ricci\n\n'
            + bodies.quote_block('it', 'Giulia Russo <giulia.russo@example.com>', util.localtime(t1, 'CET'),
                                 'Antonio Ricci <a.ricci@eolicadauna.it>', 'Ordine manutenzione WTG 07 - moltiplicatore', q))
    body = mime.text(text, 'plain', 'utf-8', '8bit', charset_label='"utf-8"')
    att = mime.attachment(z, 'application/zip', 'Ordine_EED_2026-1187_verbale.zip', style='plain')
    root = mime.multipart('mixed', [body, att], m.hex(30))
    m.set_body(root)
    frm = DAUNA['people']['ricci']
    prev = '<%s@exch02.corp.example.com>' % m.hex(32)
    F = dict(from_=addr(frm[0], frm[1], quote_always=True), from_addr=frm[1], to=addr('Giulia Russo', rcpt, quote_always=True),
             subject='R: Ordine manutenzione WTG 07 - moltiplicatore', date=t, msgid='<%s$%s@eolicadauna.it>' % (m.hex(20, True), m.hex(8, True)),
             references=prev, in_reply_to=prev)
    m.assemble(shapes.aruba(m, t, rcpt, F, '198.51.100.203', helo='WIN-7QK2M9D4LRT'))


@reg('attack', '20-it-agenzia-entrate-sdi-scarto')
def a20(m):
    m.what = 'Fake "Agenzia delle Entrate – Sistema di Interscambio" notice that an e-invoice was rejected (scarto, code 00305), "log in to Fatture e Corrispettivi with SPID/CIE within 5 days"'
    m.why = 'Credential phishing for SPID/tax-portal access sent through SendGrid from fatturapa-agenziaentrate.com; SdI notifications arrive via PEC/SDI channel, never as links to log in'
    m.topic = 'tax-authority'
    rcpt = P['marco'][1]
    t = local_to_utc('CET', 2026, 11, 30, 8, 5, 44)
    link = 'https://fatture-corrispettivi.agenziaentrate-portale.com/accesso/?spid=1&idfile=IT03982140711_A1K7Q&r=%s' % m.hex(12)
    m.url(link, 'phishing login')
    text = """Agenzia delle Entrate - Fatture e Corrispettivi

Notifica di scarto - Sistema di Interscambio (SdI)

La fattura elettronica trasmessa per conto di EXAMPLE GROUP ITALIA S.R.L. (P.IVA 03982140711) è stata scartata.

Identificativo SdI: 18847215533
Nome file: IT03982140711_A1K7Q.xml
Fattura n. FPR 118/26 del 27/11/2026
Codice errore: 00305 - 1.4.1.1.1 <IdCodice> non valido

Ai sensi delle specifiche tecniche, la fattura scartata si considera non emessa. Per visualizzare il file di notifica e procedere alla ritrasmissione entro 5 giorni, acceda all'area riservata Fatture e Corrispettivi con SPID, CIE o CNS:

%s

Questo messaggio è generato automaticamente, si prega di non rispondere.
Agenzia delle Entrate - Direzione Centrale Servizi Fiscali""" % link
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2;font-family:'Titillium Web',Verdana,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0066cc;color:#fff;padding:18px 24px;font-size:20px"><b>Agenzia delle Entrate</b><br><span style="font-size:13px">Fatture e Corrispettivi</span></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;color:#17324d;line-height:21px">
<p style="font-size:17px;font-weight:bold">Notifica di scarto - Sistema di Interscambio (SdI)</p>
<p>La fattura elettronica trasmessa per conto di <b>EXAMPLE GROUP ITALIA S.R.L.</b> (P.IVA 03982140711) è stata <b>scartata</b>.</p>
<table cellpadding="5" style="font-size:13px;border:1px solid #d9e1e8;width:100%%">
<tr><td>Identificativo SdI</td><td>18847215533</td></tr><tr><td>Nome file</td><td>IT03982140711_A1K7Q.xml</td></tr>
<tr><td>Fattura</td><td>n. FPR 118/26 del 27/11/2026</td></tr><tr><td>Codice errore</td><td>00305 - 1.4.1.1.1 &lt;IdCodice&gt; non valido</td></tr></table>
<p>Ai sensi delle specifiche tecniche, la fattura scartata si considera non emessa. Per visualizzare il file di notifica e procedere alla ritrasmissione entro 5 giorni, acceda all'area riservata:</p>
<p style="text-align:center"><a href="%s" style="background:#0066cc;color:#fff;padding:11px 26px;text-decoration:none;font-weight:bold;display:inline-block">Entra con SPID / CIE</a></p>
<p style="font-size:12px;color:#5c6f82">Questo messaggio è generato automaticamente, si prega di non rispondere.<br>Agenzia delle Entrate - Direzione Centrale Servizi Fiscali</p>
</td></tr></table></td></tr></table></body></html>
""" % util.html_escape(link)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'), mime.text(html, 'html', 'utf-8', 'quoted-printable')], m.hex(64))
    m.set_body(root)
    frm = 'notifiche@fatturapa-agenziaentrate.com'
    F = dict(from_=addr('Agenzia delle Entrate', frm), from_addr=frm, to=rcpt, date=t,
             subject=ew('Notifica di scarto fattura elettronica n. FPR 118/26 – SdI 18847215533', 'UTF-8', 'B'),
             msgid='<%s@geopod-ismtpd-%d>' % (util.alnum(m.rng, 22), m.rng.randrange(1, 40)))
    m.assemble(shapes.sendgrid(m, t, rcpt, F, 'em8841.fatturapa-agenziaentrate.com', 'fatturapa-agenziaentrate.com'))


@reg('attack', '21-it-ceo-fraud-operazione-riservata')
def a21(m):
    m.what = '"Henrik Petersen" writes in Italian to the Foggia accountant about a confidential operation; a Milan lawyer will call, "confirm your availability by e-mail only"'
    m.why = 'CEO fraud via Zoho Mail from examplegroup.eu.com (CentralNic-style look-alike of examplegroup.eu); the CEO writes German/English, never in Italian, and payments follow the SAP release process'
    m.topic = 'ceo-payment'
    rcpt = P['marco'][1]
    t = local_to_utc('CET', 2026, 12, 15, 10, 48, 33)
    text = """Gentile Marco,

ho bisogno della tua collaborazione per un'operazione riservata che sto seguendo personalmente con il consiglio di amministrazione. Si tratta di un'acquisizione in Italia che sarà comunicata ufficialmente solo a gennaio.

Nelle prossime ore sarai contattato dall'Avv. Alessandro Conti dello studio Conti & Associati di Milano, che ti darà le istruzioni per un bonifico da effettuare entro domani. Ti chiedo la massima riservatezza: per il momento non parlarne con nessuno, né in Italia né in sede a Husum.

Sono in riunione tutto il giorno e non posso rispondere al telefono. Conferma la tua disponibilità rispondendo a questa email.

Cordiali saluti,
Henrik Petersen
CEO Example Group"""
    html = '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>' + '</div><div><br></div><div>'.join(
        util.html_escape(p).replace('\n', '<br>') for p in text.split('\n\n')) + '</div></div><br>'
    html = '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body >' + html + '</body></html>'
    b = '----=_Part_%d_%d.%d' % (m.rng.randrange(10 ** 5, 10 ** 6), m.rng.randrange(10 ** 8, 10 ** 9), util.unix(t) * 1000 + 12)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', '7bit' if text.isascii() else 'quoted-printable', charset_label='"UTF-8"'),
                                          mime.text(html, 'html', 'UTF-8', 'quoted-printable', charset_label='"UTF-8"')], b)
    m.set_body(root)
    frm = 'henrik.petersen@examplegroup.eu.com'
    F = dict(from_=addr('Henrik Petersen', frm, quote_always=True), from_addr=frm, to=addr('Marco De Santis', rcpt, quote_always=True),
             subject='Operazione riservata', date=t, msgid='<%s.%s.%d@examplegroup.eu.com>' % (m.hex(11), m.hex(16), m.rng.randrange(10 ** 18, 10 ** 19)))
    m.assemble(shapes.zoho(m, t, rcpt, F))
