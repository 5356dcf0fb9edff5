"""attack/17-21: Italian-language attacks."""
from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib.mimekit import Part
from lib.registry import message

from ._common import FER, EX_IT_ADDR, S, W, outlook_alt

SELLA_IBAN = ids.it_iban('03268', '22300', '052878174730')


@message('attack', '17-it-ferretti-iban-lookalike')
def a17(m):
    m.when('2026-11-19 16:02:27', 'CET')
    m.frm = ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.com')
    m.to = [S['acc_it']]
    m.subject = 'Comunicazione variazione coordinate bancarie – Ferretti Trasporti S.p.A.'
    mb = SY.m365_server(m, 'eur')
    m.msgid = SY.m365_msgid(m, mb[1])
    txt = """Spett.le Example Carrelli Elevatori S.r.l.,
alla c.a. dell'Ufficio Amministrazione

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari del Gruppo, a partire dal 01/12/2026 tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul nuovo conto corrente indicato nella comunicazione allegata su carta intestata.

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di disporre su tale conto anche il pagamento delle fatture n. 2026/FT/1204 e 2026/FT/1231 in scadenza al 30/11/2026, per un totale di € 9.486,20.

Il vecchio conto presso Crédit Agricole Italia verrà estinto a fine mese: eventuali bonifici disposti sulle vecchie coordinate saranno respinti dalla banca.

Restiamo a disposizione per ogni chiarimento e Vi ringraziamo per la collaborazione.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Caorsana 88 – 29122 Piacenza
Tel. +39 0523 614 200"""
    alt = outlook_alt(m, txt, charset='windows-1252', lang='IT', bstyle='o365', idx=0, font='Calibri', size='11.0pt')
    letter = docs.letter('it', FER, EX_IT_ADDR, 'Piacenza, 18 novembre 2026',
                         'Oggetto: comunicazione variazione coordinate bancarie',
                         ['Spettabile Cliente,',
                          'Vi informiamo che, con decorrenza 01/12/2026, le coordinate bancarie per i pagamenti a favore della scrivente sono variate come segue. '
                          'Vi preghiamo di aggiornare i Vostri archivi e di utilizzare esclusivamente le nuove coordinate per tutti i pagamenti, compresi quelli relativi a fatture già emesse.',
                          'Le precedenti coordinate bancarie non saranno più operative a partire dalla data sopra indicata.'],
                         'Certi della Vostra collaborazione, porgiamo distinti saluti.',
                         ['Ferretti Trasporti S.p.A.', "L'Amministratore Delegato", 'Dott. Luca Ferretti'],
                         footer=['Ferretti Trasporti S.p.A. · Capitale sociale € 1.200.000 i.v. · Reg. Imprese Piacenza · P.IVA e C.F. %s' % W.FER_PIVA],
                         creator='Microsoft® Word per Microsoft 365', producer='Microsoft® Word per Microsoft 365', created='20261118173311',
                         tz="+01'00'", color=(0.0, 0.33, 0.2),
                         box=('Nuove coordinate bancarie', ['Beneficiario: Ferretti Trasporti S.p.A.', 'Banca: Banca Sella S.p.A. – Filiale di Milano',
                                                            'IBAN: %s' % ids.fmt_iban(SELLA_IBAN), 'BIC/SWIFT: SELBIT2BXXX']))
    pdfp = B.att(letter, 'application/pdf', 'Variazione_coordinate_bancarie_Ferretti.pdf', style='outlook')
    m.body = B.mixed([alt, pdfp], B.boundary(m, 'o365', 4))
    m.meta.update(
        what='"Ferretti Trasporti administration" announces new bank details from 01/12 and asks to pay two open invoices (€ 9.486,20) there',
        why='Look-alike domain ferretti-trasporti.com (the carrier uses ferretti-trasporti.it) on a Microsoft 365 tenant of the attacker; letterhead copied; pressure ("old payments will be rejected"), no call-back offered; IBAN belongs to a mule.',
        accounts=[(SELLA_IBAN, 'claims Ferretti Trasporti S.p.A. (mule account)', 'no — fraudulent')],
        phones=['+39 0523 614 200'], other=['2026/FT/1204', '€ 9.486,20'], delivery='Microsoft 365 (attacker tenant ferrettitrasportispa.onmicrosoft.com)')
    return m.render(SY.m365, domain='ferretti-trasporti.com', dkim_d='ferrettitrasportispa.onmicrosoft.com',
                    dkim_s='selector1-ferrettitrasportispa-onmicrosoft-com', mailbox=mb, lang='it-IT', has_attach=True)


@message('attack', '18-it-sharepoint-share-ferretti-compromised')
def a18(m):
    m.when('2026-11-21 06:12:40', 'CET')
    m.frm = ('Chiara Colombo', 'no-reply@sharepointonline.com')
    m.reply_to = ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')
    m.to = [S['om_it']]
    m.subject = 'Chiara Colombo ha condiviso il file "DDT_CMR_ottobre_2026.pdf" con te'
    r = m.rng
    m.msgid = '%s@odspnotify' % U.uuid4(r)
    link = 'https://ferrettitrasporti-my.sharepoint.com/:b:/g/personal/c_colombo_ferretti-trasporti_it/EVk3q9Lx2mFHtR0pWc8ZyN4BQd7sJ1aK5uXe6oT2vGm8Hw?e=4AbC2d'
    note = 'Buongiorno, in allegato la documentazione di trasporto di ottobre (DDT e CMR firmati) da verificare. Cordiali saluti'
    html = """<html lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background-color:#ffffff;font-family:'Segoe UI','Segoe UI Web (West European)',-apple-system,BlinkMacSystemFont,Roboto,'Helvetica Neue',sans-serif;">
<table role="presentation" cellspacing="0" cellpadding="0" border="0" width="100%%" style="max-width:560px;margin:0 auto;">
<tr><td style="padding:32px 24px 8px 24px;font-size:24px;font-weight:600;color:#242424;">Chiara Colombo ha condiviso un file con te</td></tr>
<tr><td style="padding:8px 24px;"><table role="presentation" cellspacing="0" cellpadding="0" border="0" width="100%%" style="background:#f5f5f5;border-radius:4px;">
<tr><td style="padding:12px 16px;font-size:14px;color:#424242;">&quot;%s&quot;</td></tr></table></td></tr>
<tr><td style="padding:16px 24px;"><table role="presentation" cellspacing="0" cellpadding="0" border="0" style="border:1px solid #e0e0e0;border-radius:4px;" width="100%%">
<tr><td style="padding:14px 16px;font-size:14px;color:#242424;"><b>DDT_CMR_ottobre_2026.pdf</b></td></tr></table></td></tr>
<tr><td style="padding:8px 24px 16px 24px;"><a href="%s" style="display:inline-block;background:#0f6cbd;color:#ffffff;text-decoration:none;font-size:14px;font-weight:600;padding:8px 20px;border-radius:4px;">Apri</a></td></tr>
<tr><td style="padding:8px 24px;font-size:12px;color:#616161;">Questo collegamento funziona solo per i destinatari diretti di questo messaggio.</td></tr>
<tr><td style="padding:24px 24px 32px 24px;font-size:12px;color:#616161;border-top:1px solid #f0f0f0;">Microsoft rispetta la tua privacy. Per altre informazioni, leggi l'<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161;">Informativa sulla privacy</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
""" % (note, link)
    plain = """Chiara Colombo ha condiviso un file con te

"%s"

DDT_CMR_ottobre_2026.pdf
Apri: %s

Questo collegamento funziona solo per i destinatari diretti di questo messaggio.

Microsoft rispetta la tua privacy. Informativa sulla privacy: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % (note, link)
    m.body = B.alt(B.text(plain, charset='utf-8', cte='base64'), B.html(html, charset='utf-8', cte='base64'), B.boundary(m, 'ms'))
    m.meta.update(
        what='Genuine SharePoint/OneDrive sharing notification: Chiara Colombo (Ferretti) shares "DDT_CMR_ottobre_2026.pdf"',
        why='Document-share lure from the carrier\'s compromised Microsoft 365 account: the mail is a real SharePoint notification (passes everything), but the shared "PDF" in her OneDrive is a one-page lure with a button to an AiTM Microsoft login. Tells: sent 06:12 on a Saturday, impersonal wording ("Buongiorno … Cordiali saluti") unlike her usual mails to Giulia, same share sent to many of her contacts.',
        other=['DDT_CMR_ottobre_2026.pdf'], delivery='SharePoint Online sharing notification (Microsoft infrastructure) from a compromised tenant account')
    return m.render(SY.m365, domain='sharepointonline.com', dkim_d='sharepointonline.com', dkim_s='selector1', region='nam',
                    lang='it-IT', via='smtp', src=('PH0PR11CA0071.namprd11.prod.outlook.com', '2603:10b6:510:d9::29'),
                    env_from='no-reply@sharepointonline.com', tenant_id='72f988bf-86f1-41af-91ab-2d7cd011db47',
                    extra=[('X-Sharing-Type', 'OneDriveFileShare'), ('X-MS-Exchange-Organization-SCL', '-1')])


@message('attack', '19-it-agenzia-entrate-irregolarita-zip')
def a19(m):
    m.when('2026-10-29 10:47:52', 'CET')
    m.frm = ('Agenzia delle Entrate', 'comunicazioni@agenziaentrate-avvisi.it')
    m.to = [S['acc_it']]
    m.subject = 'Comunicazione di irregolarità – fatture elettroniche III trimestre 2026 (prot. 2026/0845127)'
    m.msgid = '%s.%s@agenziaentrate-avvisi.it' % (U.hexs(m.rng, 16), U.hexs(m.rng, 8))
    txt = """Gentile contribuente,

a seguito dei controlli automatizzati sulle fatture elettroniche trasmesse tramite il Sistema di Interscambio (SdI) nel periodo luglio–settembre 2026, sono emerse incongruenze tra l'IVA esposta nelle fatture emesse e quanto indicato nella comunicazione delle liquidazioni periodiche IVA (LIPE) del terzo trimestre.

In allegato trova la comunicazione di irregolarità prot. n. 2026/0845127 con il dettaglio delle operazioni interessate.

Entro 30 giorni dal ricevimento può regolarizzare la posizione avvalendosi del ravvedimento operoso oppure fornire chiarimenti tramite il servizio "Cassetto fiscale". Decorso tale termine si procederà all'iscrizione a ruolo delle somme dovute, con applicazione delle sanzioni previste dall'art. 13 del D.Lgs. 471/1997.

Cordiali saluti

Agenzia delle Entrate
Direzione Provinciale di Verona – Ufficio Controlli

Messaggio generato automaticamente, si prega di non rispondere."""
    html = B.to_html_simple(txt, 'utf-8', 'Titillium Web, Arial, sans-serif', '10.5pt').replace(
        '<body style="font-family:Titillium Web, Arial, sans-serif;font-size:10.5pt">',
        '<body style="font-family:Titillium Web, Arial, sans-serif;font-size:10.5pt">\n<div style="background:#06c;color:#fff;padding:10px 14px;font-size:15pt;font-weight:bold">Agenzia delle Entrate</div>')
    lnk = docs.lnk_stub('Comunicazione irregolarità (PDF)')
    z = archive.build_zip([('Comunicazione_irregolarita_2026_0845127.pdf.lnk', lnk, (2026, 10, 29, 9, 58, 12))], made_by=0x0014)
    alt = B.alt(B.text(B.to_plain(txt, 'none'), charset='utf-8', cte='quoted-printable'), B.html(html, charset='utf-8', cte='quoted-printable'),
                B.boundary(m, 'python', 1))
    m.body = B.mixed([alt, Part('application/zip', body=z, cte='base64', filename='Comunicazione_irregolarita_2026_0845127.zip',
                                disposition='attachment')], B.boundary(m, 'python', 0))
    m.meta.update(
        what='"Agenzia delle Entrate" notice of VAT irregularities in Q3 e-invoices, details in an attached ZIP',
        why='Malware loader impersonating the Italian tax agency: look-alike domain agenziaentrate-avvisi.it on a VPS, ZIP containing only a Windows shortcut disguised as a PDF (…pdf.lnk); the agency communicates such notices via PEC / Cassetto fiscale, never with archives.',
        other=['prot. n. 2026/0845127', 'Comunicazione_irregolarita_2026_0845127.pdf.lnk'], delivery='Postfix on a rented VPS, Python mailer')
    return m.render(SY.generic, helo='mail.agenziaentrate-avvisi.it', ip='198.51.100.183', rdns='vps-5c21f8a3.vps.ovh.net',
                    dkim_d='agenziaentrate-avvisi.it', dkim_s='mail',
                    inner=['Received: from localhost (localhost [127.0.0.1])\r\n\tby mail.agenziaentrate-avvisi.it (Postfix) with ESMTP id %QID%\r\n\tfor <marco.bianchi@example.com>; %DATE%'],
                    order=['*MIME*', 'mime-version', 'subject', 'from', 'to', 'date', 'message-id'])


@message('attack', '20-it-intesa-inbiz-aggiornamento-mailgun')
def a20(m):
    m.when('2026-11-23 08:31:15', 'CET')
    m.frm = ('Intesa Sanpaolo Inbiz', 'avvisi@intesasanpaolo-inbiz.it')
    m.to = [S['acc_it']]
    m.subject = 'Inbiz: aggiornamento obbligatorio del profilo di sicurezza entro il 27/11/2026'
    r = m.rng
    m.msgid = '20261123073115.%s@mg.intesasanpaolo-inbiz.it' % U.hexs(r, 16)
    link = 'https://accesso.intesasanpaolo-inbiz.it/inbiz/aggiornamento?cod=IB7Q2K9M&u=%s' % U.hexs(r, 24)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#333;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:18px 28px;border-bottom:4px solid #2c9a3b;"><span style="font-size:22px;color:#2c9a3b;font-weight:bold;">INTESA</span> <span style="font-size:22px;color:#e0592a;font-weight:bold;">SANPAOLO</span> <span style="font-size:14px;color:#666;">| Inbiz</span></td></tr>
<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;">
<p>Gentile Cliente,</p>
<p>a partire dal <b>1&deg; dicembre 2026</b>, in linea con le nuove disposizioni europee sui servizi di pagamento, l'accesso a Inbiz sar&agrave; consentito esclusivamente ai profili che hanno completato l'aggiornamento delle credenziali di sicurezza e la riattivazione di O-Key Smart sull'app Intesa Sanpaolo Business.</p>
<p>Dai nostri sistemi il profilo dell'azienda <b>EXAMPLE CARRELLI ELEVATORI S.R.L.</b> risulta non ancora aggiornato. Per evitare la sospensione dell'operativit&agrave; (bonifici, F24, RiBa, incassi) La invitiamo a completare la procedura entro il <b>27/11/2026</b>.</p>
<p style="text-align:center;padding:8px 0;"><a href="%s" style="background:#2c9a3b;color:#fff;padding:11px 30px;text-decoration:none;font-weight:bold;border-radius:3px;">Aggiorna il profilo</a></p>
<p>La procedura richiede circa 3 minuti. Tenga a portata di mano il codice titolare, il PIN e lo smartphone su cui &egrave; attivo O-Key Smart.</p>
<p>Cordiali saluti,<br>Intesa Sanpaolo S.p.A.<br>Servizio Clienti Imprese</p></td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888;background:#fafafa;">Intesa Sanpaolo S.p.A. &ndash; Sede legale: Piazza San Carlo 156, 10121 Torino. Messaggio automatico, non rispondere a questo indirizzo.</td></tr>
</table></td></tr></table></body></html>
""" % link.replace('&', '&amp;')
    plain = ('Gentile Cliente,\n\na partire dal 1° dicembre 2026 l\'accesso a Inbiz sarà consentito esclusivamente ai profili che hanno completato '
             'l\'aggiornamento delle credenziali di sicurezza e la riattivazione di O-Key Smart.\n\nIl profilo dell\'azienda EXAMPLE CARRELLI ELEVATORI S.R.L. '
             'risulta non ancora aggiornato. Completi la procedura entro il 27/11/2026:\n%s\n\nCordiali saluti,\nIntesa Sanpaolo S.p.A.\n' % link)
    m.body = B.alt(B.text(plain, charset='utf-8', cte='quoted-printable'), B.html(html, charset='utf-8', cte='quoted-printable'), B.boundary(m, 'python'))
    m.meta.update(
        what='"Intesa Sanpaolo Inbiz" demands a mandatory security-profile update and O-Key reactivation by 27/11 or operations are suspended',
        why='Bank credential phishing (Inbiz corporate banking) from look-alike intesasanpaolo-inbiz.it via the attacker\'s Mailgun account; asks for holder code, PIN and O-Key on a fake login; deadline and suspension threat. Real Inbiz notices come from intesasanpaolo.com and never link to a login.',
        other=['IB7Q2K9M'], delivery='Mailgun (attacker account, look-alike domain)')
    return m.render(SY.mailgun, mg_domain='mg.intesasanpaolo-inbiz.it', dkim_d='intesasanpaolo-inbiz.it')


@message('attack', '21-it-gara-canva-compromised-aruba')
def a21(m):
    m.when('2026-11-30 09:14:03', 'CET')
    m.frm = ('Ufficio Acquisti - Logistica Adriatica', 'ufficio.acquisti@logisticaadriatica.it')
    m.to = [S['om_it']]
    m.subject = 'Richiesta di offerta n. 27/2026 – fornitura carrelli elevatori elettrici'
    m.hcs, m.hmode = 'iso-8859-1', 'Q'
    m.msgid = SY.outlook_msgid(m, 'logisticaadriatica.it')
    link = 'https://www.canva.com/design/DAGzQ7v1kHk/8mX2pLr4QfTz0YbN1cWdEw/view'
    txt = """Spett.le Example Carrelli Elevatori S.r.l.,

con la presente Vi invitiamo a presentare la Vostra migliore offerta per la fornitura di n. 8 carrelli elevatori elettrici (portata 2.000–2.500 kg, 80V, montante triplex 4.700 mm) e n. 4 transpallet elettrici con pedana per il nostro nuovo polo logistico di Ancona – Interporto Marche, con formula noleggio full-service 60 mesi in alternativa all'acquisto.

La documentazione di gara (capitolato tecnico, modulo offerta economica e condizioni generali) è consultabile al seguente link:

[[Documentazione RdO 27/2026 – Logistica Adriatica|%s]]

Le offerte dovranno pervenire entro le ore 12:00 del 04/12/2026 al presente indirizzo.

Distinti saluti

Ufficio Acquisti
Logistica Adriatica S.r.l.
Via dell'Industria 41 – 60027 Osimo (AN)
Tel. 071 781 2240""" % link
    alt = outlook_alt(m, txt, charset='windows-1252', lang='IT', bstyle='outlook', idx=0, font='Calibri', size='11.0pt')
    m.body = alt
    m.meta.update(
        what='Request for quotation for 8 electric forklifts and 4 pallet trucks, tender documents "on Canva"',
        why='Fake tender from a compromised Aruba mailbox of a small logistics firm with no relationship; the Canva design (real platform, good reputation) shows a "view documents" button leading to a webmail/Microsoft credential page. Same mail sent to many dealers.',
        phones=['071 781 2240'], other=['RdO 27/2026'], delivery='Aruba (compromised customer mailbox), Outlook 2019, link to Canva')
    return m.render(SY.aruba, client_ip='5.188.62.140', lang='it')
