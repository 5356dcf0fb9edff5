"""Attack messages 17-21 (Italian) and 22-26 (Polish)."""
import checksums as C
import files
import infra
from common import M, T, H, ALT, MIX, REL, A, U, plain, html_simple, outlook_alt, gmail_alt, \
    quote_block, pdf_att, st
from mime import html_gmail
from people import BANK, IDS

F = 'attack'


# ------------------------------------------------------------------ Italian
def a17():
    iban = C.fmt_iban(BANK['mule_it'])
    text = """Gentile dott.ssa Galli,

con la presente Vi informiamo che, a seguito di una verifica in corso sul nostro conto presso Intesa Sanpaolo, la banca ha temporaneamente sospeso gli accrediti in entrata. Per evitare ritardi nei pagamenti, a partire da oggi Vi preghiamo di effettuare tutti i bonifici a nostro favore, comprese le fatture n. 2026/1187 e 2026/1243 in scadenza a fine mese, esclusivamente sulle nuove coordinate:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A.
IBAN: %s
BIC: SELBIT2BXXX

In allegato trova la comunicazione ufficiale firmata dal nostro amministratore delegato. Vi chiediamo cortesemente di non utilizzare più le coordinate riportate sulle fatture precedenti e di confermarci l'avvenuto aggiornamento rispondendo a questa e-mail.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Chiara Colombo
Ufficio Traffico e Amministrazione
Ferretti Trasporti S.p.A.
Via Enrico Fermi 41 - 37136 Verona
Tel. +39 045 8203 114
""" % iban
    letter = ['## FERRETTI TRASPORTI S.p.A.', 'Via Enrico Fermi 41 - 37136 Verona - P.IVA ' + IDS['ferretti_piva'], '--', '',
              'Spett.le', 'Example Packaging Italia S.r.l.', 'Via dell\'Industria 8', '37135 Verona', '',
              'Verona, 26/10/2026', '',
              '# Oggetto: comunicazione variazione coordinate bancarie', '',
              'Con la presente si comunica che, con decorrenza immediata, i pagamenti a favore della scrivente società dovranno essere '
              'effettuati esclusivamente sul seguente conto corrente:', '',
              'Intestatario: Ferretti Trasporti S.p.A.', 'Banca: Banca Sella S.p.A.', 'IBAN: ' + iban, 'BIC: SELBIT2BXXX', '',
              'Le coordinate precedentemente comunicate non sono più valide.', '',
              'Distinti saluti', '', 'Roberto Ferretti', 'Amministratore Delegato']
    att = pdf_att('Comunicazione variazione IBAN.pdf', letter, 'Variazione IBAN', 'Amministrazione', 'Microsoft Word',
                  'Microsoft: Print To PDF', U(10, 26, 9, 5))
    return M(F, 17, 'it', 'ferretti-iban-lookalike', U(10, 27, 8, 44, 10),
             (infra.outlook_smtp, dict(mx=('mail.ferretti-trasporti.com', 'vps-4a1e7c9b.vps.ovh.net', '51.68.141.203', 'tls13'),
                                       relay_line='from DESKTOP-7H2K4QF (unknown [194.26.29.117])\n\tby mail.ferretti-trasporti.com (Postfix) with ESMTPSA id %(qid)s\n\tfor <%(rcpt)s>; %(date)s',
                                       domain='ferretti-trasporti.com', lang='it')),
             ('Chiara Colombo', 'c.colombo@ferretti-trasporti.com'), [st('francesca.galli')],
             'Variazione coordinate bancarie - Ferretti Trasporti S.p.A.',
             MIX(outlook_alt(text, 'iso-8859-1', lang='IT'), att),
             'Carrier bank-detail change: "Chiara Colombo, Ferretti Trasporti" redirects payment of two open invoices to a new Banca Sella IBAN (PDF letter attached)',
             'Look-alike domain ferretti-trasporti.com (real: .it at Aruba) on an OVH VPS, Outlook headers faked; story of a "frozen" account, confirmation by reply only, '
             'names real invoice numbers - supplier/carrier BEC. The genuine Ferretti invoice (business/17) still carries the Intesa Sanpaolo IBAN.',
             zone='CET', clang='it', hcs='iso-8859-1', henc='Q')


def a18():
    quoted = """Il 26/11/2026 10:04, Marco Esposito <marco.esposito@example.com> ha scritto:

Ciao Lorenzo, sì sono in ufficio. Dimmi pure.

Il 26/11/2026 09:58, Lorenzo Bianchi <lorenzo.bianchi.verona@libero.it> ha scritto:

Ciao Marco, sei in ufficio? Ho bisogno di un favore veloce, sono in riunione e non posso telefonare. Fammi sapere appena leggi.
Lorenzo"""
    text = """Grazie Marco.

Mi servono 8 gift card Amazon da 100 € ciascuna: sono per alcuni clienti, un pensiero per Natale, e vorrei consegnarle oggi pomeriggio durante la visita. Puoi prenderle al tabaccaio o all'Esselunga qui vicino, le paghi con la carta aziendale e poi sistemiamo la nota spese con Francesca.

Quando le hai, gratta il retro delle carte e mandami qui una foto chiara dei codici, così le preparo già con i biglietti.

Per ora non dirlo a nessuno, voglio che sia una sorpresa anche per il team.

Grazie mille
Lorenzo

%s
""" % quote_block(quoted)
    return M(F, 18, 'it', 'gift-card-office-manager', U(11, 26, 9, 11, 58),
             (infra.libero, {}), ('Lorenzo Bianchi', 'lorenzo.bianchi.verona@libero.it'), [st('marco.esposito')],
             'R: Sei in ufficio?', T(text, 'UTF-8', 'quoted-printable'),
             'Gift-card fraud: "Lorenzo Bianchi" (office manager Italy) on a libero.it address asks a salesman to buy 8 x 100 EUR Amazon cards and send photos of the codes',
             'Free libero.it mailbox impersonating the office manager (real: lorenzo.bianchi@example.com), second stage of the "sei in ufficio?" opener, '
             'secrecy, scratch-off codes by photo - textbook gift-card BEC. Compare business/18 (genuine internal gift order through purchasing).',
             in_reply_to='<9a41d7e2c3b54f80a6e1d2c3b4a59687@EXMBX01.corp.example.com>',
             references='<1739201554.4412831.1795683480112@mail1.libero.it> <9a41d7e2c3b54f80a6e1d2c3b4a59687@EXMBX01.corp.example.com>',
             zone='CET', hcs='UTF-8', henc='Q')


def a19():
    action = 'https://fatture-corrispettivi.ade-servizi.com/auth/login.php'
    page = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Agenzia delle Entrate - Fatture e Corrispettivi</title>
<style>body{font-family:Titillium Web,Arial,sans-serif;background:#f2f7fc;margin:0}
.h{background:#0066cc;color:#fff;padding:18px 30px;font-size:20px}.b{max-width:520px;margin:30px auto;background:#fff;padding:28px;border:1px solid #d6e4f0}
label{display:block;margin-top:12px;font-size:14px}input{width:100%%;padding:8px;margin-top:4px;border:1px solid #9fb8cf}
button{margin-top:18px;background:#0066cc;color:#fff;border:0;padding:10px 24px;font-size:15px}</style></head>
<body><div class="h">Agenzia delle Entrate &middot; Fatture e Corrispettivi</div>
<div class="b"><h3>Notifica di scarto - file IT%s_a1F7K.xml</h3>
<p>Per visualizzare il dettaglio della notifica e la ricevuta del Sistema di Interscambio effettui l'accesso.</p>
<form method="post" action="%s">
<input type="hidden" name="ref" value="FPR118726">
<label>Codice fiscale / Partita IVA<input name="cf" value=""></label>
<label>Password<input type="password" name="pw"></label>
<label>PIN (Fisconline/Entratel)<input type="password" name="pin"></label>
<button type="submit">Accedi</button></form>
<p style="font-size:12px;color:#555">In alternativa: <a href="%s?spid=1">Entra con SPID</a> &middot; <a href="%s?cie=1">Entra con CIE</a></p>
</div></body></html>
""" % (IDS['ex_it_piva'], action, action, action)
    text = """Gentile contribuente,

si comunica che il file fattura IT%s_a1F7K.xml trasmesso in data 12/11/2026 è stato scartato dal Sistema di Interscambio per il seguente motivo:

Codice errore: 00305 - IdFiscaleIVA del cessionario/committente non valido

La fattura n. FPR 1187/26 non si considera emessa. Per evitare le sanzioni previste per omessa fatturazione è necessario procedere al reinvio entro 5 giorni dalla data della notifica di scarto.

Il dettaglio della notifica e la ricevuta sono disponibili nel documento allegato; per la visualizzazione è richiesto l'accesso con le credenziali dell'area riservata.

Cordiali saluti
Agenzia delle Entrate
Servizio Fatture e Corrispettivi
""" % IDS['ex_it_piva']
    body = MIX(T(text, 'iso-8859-1', '8bit'), A('Notifica_scarto_FPR_1187_26.html', page.encode('utf-8'), 'text/html', charset='utf-8'))
    return M(F, 19, 'it', 'sdi-scarto-html-login', U(11, 13, 10, 31, 40),
             (infra.aruba, dict(client_ip='5.188.62.140', client='webmail')),
             ('Agenzia delle Entrate - Fatture e Corrispettivi', 'info@studiotecnico-rinaldi.it'), [st('francesca.galli')],
             'Notifica di scarto fattura elettronica FPR 1187/26 - Sistema di Interscambio', body,
             'E-invoicing/tax phishing: fake SdI "notifica di scarto" with an HTML attachment that renders an Agenzia delle Entrate login form (CF, password, PIN) posting to an external host',
             'Sent from a compromised surveyor\'s Aruba mailbox (webmail session from a foreign VPS); SdI rejection notices come through the transmission channel/intermediary, '
             'never as HTML attachments asking for Fisconline/Entratel PINs; the form posts to ade-servizi.com (HTML form only, no script).',
             zone='CET', hcs='iso-8859-1', henc='Q')


def a20():
    link = 'https://conai-dichiarazioni.it/areariservata/login?pos=4471823'
    text = """Spett.le Example Packaging Italia S.r.l.
Posizione consorziata n. 4471823

dai controlli effettuati risulta non pervenuta la dichiarazione periodica del Contributo Ambientale CONAI relativa al III trimestre 2026 per i materiali carta/cartone e plastica.

Ai sensi del Regolamento consortile, in caso di mancata regolarizzazione entro 5 giorni lavorativi dal ricevimento della presente, il Consorzio procederà alla determinazione d'ufficio del contributo dovuto, maggiorato di sanzioni e interessi di mora, e alla segnalazione agli enti di controllo.

Per regolarizzare la posizione acceda all'area riservata Dichiarazioni online:

[[Accedi all'area riservata|%s]]

Cordiali saluti
CONAI - Consorzio Nazionale Imballaggi
Area Contributo Ambientale
""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
<div style="max-width:600px;border-top:5px solid #2e8b57;padding:18px">
<p style="font-size:20px;color:#2e8b57;font-weight:bold">CONAI <span style="font-size:13px;color:#555;font-weight:normal">Consorzio Nazionale Imballaggi</span></p>
<p>Spett.le <b>Example Packaging Italia S.r.l.</b><br>Posizione consorziata n. 4471823</p>
<p>dai controlli effettuati risulta <b>non pervenuta</b> la dichiarazione periodica del Contributo Ambientale CONAI relativa al III trimestre 2026 per i materiali carta/cartone e plastica.</p>
<p>Ai sensi del Regolamento consortile, in caso di mancata regolarizzazione entro 5 giorni lavorativi dal ricevimento della presente, il Consorzio procederà alla determinazione d'ufficio del contributo dovuto, maggiorato di sanzioni e interessi di mora, e alla segnalazione agli enti di controllo.</p>
<p>Per regolarizzare la posizione acceda all'area riservata Dichiarazioni online:</p>
<p><a href="%s" style="background:#2e8b57;color:#fff;padding:10px 20px;text-decoration:none">Accedi all'area riservata</a></p>
<p>Cordiali saluti<br>CONAI - Consorzio Nazionale Imballaggi<br>Area Contributo Ambientale</p></div></body></html>
""" % link
    body = ALT(T(plain(text, 'plain'), 'utf-8', 'base64'), H(html, 'utf-8', 'base64'))
    return M(F, 20, 'it', 'conai-sollecito-phish', U(10, 21, 7, 52, 3),
             (infra.cpanel_exim, dict(host='srv04.hostingvenetoweb.it', hostip='93.186.253.44', client_ip='45.88.97.210',
                                      domain='agriturismo-collinaverde.it', mailer=None, uid='1011 1013')),
             ('CONAI - Area Contributo', 'prenotazioni@agriturismo-collinaverde.it'), [st('francesca.galli')],
             'Sollecito dichiarazione periodica Contributo Ambientale CONAI - III trimestre 2026', body,
             'Regulator phishing for the packaging trade: fake CONAI (Italian packaging-recovery consortium) reminder about a missing quarterly environmental-contribution declaration',
             'Sent from a compromised agriturismo booking mailbox on shared hosting; display name claims CONAI; penalty threat and 5-day deadline; '
             'link to the look-alike conai-dichiarazioni.it instead of conai.org - credential phishing. Compare business/21 (genuine trade newsletter on the CONAI contribution).',
             zone='CET', hcs='utf-8', henc='B')


def a21():
    link = 'https://inbiz-aggiornamento.intesasanpaolo-inbiz.com/okey/?pratica=INB-26-0471-8823'
    text = """Gentile Cliente,

in applicazione della Direttiva (UE) 2015/2366 (PSD2) e delle misure antifrode del Regolamento (UE) 2024/886 sui bonifici istantanei, tutte le postazioni Inbiz devono completare l'aggiornamento del profilo di sicurezza O-Key Smart entro il 27/11/2026.

In assenza di aggiornamento le disposizioni di pagamento (bonifici SEPA, F24, RiBa) verranno temporaneamente bloccate.

L'operazione richiede circa 3 minuti:

[[Aggiorna il profilo di sicurezza|%s]]

Codice pratica: INB-26-0471-8823

Cordiali saluti
Intesa Sanpaolo S.p.A.
Servizio Clienti Imprese
""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#006837;padding:16px 28px;color:#fff;font-size:20px;font-weight:bold">INTESA <span style="color:#f47920">SANPAOLO</span> <span style="font-weight:normal;font-size:14px">Inbiz</span></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:21px;color:#333">
<p>Gentile Cliente,</p>
<p>in applicazione della Direttiva (UE) 2015/2366 (PSD2) e delle misure antifrode del Regolamento (UE) 2024/886 sui bonifici istantanei, tutte le postazioni Inbiz devono completare l'aggiornamento del profilo di sicurezza <b>O-Key Smart</b> entro il <b>27/11/2026</b>.</p>
<p>In assenza di aggiornamento le disposizioni di pagamento (bonifici SEPA, F24, RiBa) verranno temporaneamente bloccate.</p>
<p>L'operazione richiede circa 3 minuti:</p>
<p><a href="%s" style="background:#f47920;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold">Aggiorna il profilo di sicurezza</a></p>
<p style="font-size:12px;color:#777">Codice pratica: INB-26-0471-8823</p>
<p>Cordiali saluti<br>Intesa Sanpaolo S.p.A.<br>Servizio Clienti Imprese</p></td></tr></table></body></html>
""" % link
    body = ALT(T(plain(text, 'plain'), 'utf-8', 'quoted-printable'), H(html, 'utf-8', 'quoted-printable'))
    return M(F, 21, 'it', 'intesa-inbiz-okey-phish', U(11, 19, 15, 20, 44),
             (infra.ses, dict(region='eu-south-1')), ('Intesa Sanpaolo Inbiz', 'notifiche@intesasanpaolo-inbiz.com'),
             [st('francesca.galli')], 'Inbiz - aggiornamento obbligatorio profilo di sicurezza O-Key Smart entro il 27/11', body,
             'Bank phishing: fake Intesa Sanpaolo Inbiz (corporate e-banking) "mandatory O-Key Smart security update" citing PSD2 and the instant-payments regulation',
             'Amazon SES from the look-alike intesasanpaolo-inbiz.com; regulatory-sounding pretext, blocking threat for SEPA/F24/RiBa, '
             'deadline; link to a credential/OTP relay page on the same look-alike.', zone='CET', hcs='utf-8', henc='Q')


# ------------------------------------------------------------------ Polish
def a22():
    quoted = """W dniu pon., 19 paź 2026 o 14:07 Małgorzata Łukasik <malgorzata.lukasik@examplegroup.eu> napisał(a):
> Dzień dobry Panie Tadeuszu,
> potwierdzam otrzymanie faktury FV/2026/10/1187. Płatność zgodnie z terminem, 30 dni.
> Pozdrawiam
> Małgorzata Łukasik
>
> W dniu pt., 16 paź 2026 o 11:52 Tadeusz Zieliński <t.zielinski@partner-logistik.pl> napisał(a):
>> Dzień dobry,
>> w załączeniu faktura FV/2026/10/1187 za transport Poznań - Bielefeld (zlecenie 2026/10/118, CMR 0048817).
>> Pozdrawiam
>> Tadeusz Zieliński"""
    text = """Dzień dobry Pani Małgorzato,

w załączeniu przesyłam fakturę korygującą do zlecenia 2026/10/118 (korekta stawki za postój w Bielefeld) wraz z notą odsetkową. Ze względu na RODO plik jest zabezpieczony hasłem.

Hasło do pliku: PL1187

Proszę o potwierdzenie otrzymania i uwzględnienie korekty w najbliższym przelewie.

Pozdrawiam
Tadeusz Zieliński
Spedytor | Partner Logistik sp. z o.o.
ul. Gdyńska 87, 61-016 Poznań
tel. +48 61 842 17 30

%s
""" % quoted
    ph = b'// inert placeholder - JScript dropper removed\r\n'
    z = files.zip_crypto([('Faktura_korygujaca_FK_1187_2026.pdf.js', ph)], 'PL1187', (2026, 11, 17, 8, 51, 30), 'a22')
    body = MIX(gmail_alt(text), A('Faktura_korygujaca_FK_1187_2026.zip', z, 'application/zip'))
    return M(F, 22, 'pl', 'thread-hijack-partner-logistik-zip-js', U(11, 17, 7, 58, 2),
             (infra.gmail, dict(browser_zone='CET')), ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'),
             [st('malgorzata.lukasik')], 'Re: Faktura FV/2026/10/1187 - zlecenie 2026/10/118', body,
             'Thread hijack from the genuinely compromised Google Workspace mailbox of Tadeusz Zieliński (Partner Logistik): "correcting invoice" as password-protected ZIP with a .pdf.js inside',
             'Real partner domain and infrastructure, but: dispatcher suddenly sends a "correction + interest note" into a closed invoice thread, password-protected archive '
             '(password in the body, blinds the gateway), double extension .pdf.js (JScript loader). Compare business/22 (genuine CMR scans as plain ZIP of PDFs).',
             in_reply_to='<CAJx9q2Lk4m0ZsT7+8cVfR1pYw3nE5uHb6dG0aK@mail.gmail.com>',
             references='<CAF4tR8wY2pZ0Lq+M1nXv9sK3eB7cH5jU6dA2gQ@mail.gmail.com> <CAJx9q2Lk4m0ZsT7+8cVfR1pYw3nE5uHb6dG0aK@mail.gmail.com>',
             zone='CET', hcs='UTF-8', henc='B')


def a23():
    link = 'https://ap.ksef-mf.com.pl/web/logowanie?ref=FV-2026-11-0412'
    nip = IDS['ex_pl_nip']
    nipf = '%s-%s-%s-%s' % (nip[:3], nip[3:6], nip[6:8], nip[8:])
    text = """Szanowni Państwo,

informujemy, że faktura ustrukturyzowana nr FV/2026/11/0412 przesłana w dniu 12.11.2026 przez podmiot Example Group Polska sp. z o.o. (NIP %s) nie została przyjęta w Krajowym Systemie e-Faktur.

Powód odrzucenia: wygaśnięcie tokenu uwierzytelniającego (kod błędu 21405).

Faktura nieprzyjęta w KSeF nie jest uznawana za wystawioną, co może skutkować sankcją w wysokości do 100%% kwoty podatku VAT wykazanego na fakturze.

Aby odnowić token i ponownie przesłać fakturę, prosimy o zalogowanie się do Aplikacji Podatnika KSeF w ciągu 48 godzin:

[[Zaloguj się do Aplikacji Podatnika KSeF|%s]]

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
Ministerstwo Finansów - Krajowa Administracja Skarbowa
""" % (nipf, link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<div style="max-width:620px;border:1px solid #d8d8d8">
<div style="background:#d4213d;color:#fff;padding:14px 22px;font-size:18px"><b>KSeF</b> &nbsp;Krajowy System e-Faktur</div>
<div style="padding:20px 22px">
<p>Szanowni Państwo,</p>
<p>informujemy, że faktura ustrukturyzowana nr <b>FV/2026/11/0412</b> przesłana w dniu 12.11.2026 przez podmiot Example Group Polska sp. z o.o. (NIP %s) <b>nie została przyjęta</b> w Krajowym Systemie e-Faktur.</p>
<p>Powód odrzucenia: wygaśnięcie tokenu uwierzytelniającego (kod błędu 21405).</p>
<p>Faktura nieprzyjęta w KSeF nie jest uznawana za wystawioną, co może skutkować sankcją w wysokości do 100%% kwoty podatku VAT wykazanego na fakturze.</p>
<p>Aby odnowić token i ponownie przesłać fakturę, prosimy o zalogowanie się do Aplikacji Podatnika KSeF w ciągu <b>48 godzin</b>:</p>
<p><a href="%s" style="background:#d4213d;color:#fff;padding:10px 22px;text-decoration:none">Zaloguj się do Aplikacji Podatnika KSeF</a></p>
<p style="font-size:12px;color:#666">Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.<br>Ministerstwo Finansów - Krajowa Administracja Skarbowa</p>
</div></div></body></html>
""" % (nipf, link)
    body = ALT(T(plain(text, 'plain'), 'utf-8', 'quoted-printable'), H(html, 'utf-8', 'quoted-printable'))
    return M(F, 23, 'pl', 'ksef-token-phish', U(11, 13, 6, 47, 19),
             (infra.ses, dict(region='eu-central-1')), ('Krajowy System e-Faktur', 'powiadomienia@ksef-mf.com.pl'),
             [st('malgorzata.lukasik')], 'KSeF: faktura FV/2026/11/0412 odrzucona - wymagane odnowienie tokenu', body,
             'E-invoicing phishing: fake KSeF (Polish national e-invoice system, mandatory since 2026) rejection, "renew your token" login link',
             'Amazon SES from the look-alike ksef-mf.com.pl (the Ministry uses podatki.gov.pl / ksef.mf.gov.pl and does not e-mail rejections - status is returned '
             'to the ERP via the API), sanction threat, 48-hour deadline. Compare business/23 (the ERP\'s genuine KSeF acceptance notice).',
             zone='CET', hcs='utf-8', henc='Q')


def a24():
    iban = BANK['mule_pl']
    nip = IDS['ex_pl_nip']
    text = """Szanowni Państwo,

w związku z aktualizacją Krajowego Rejestru Podmiotów Gospodarczych uprzejmie prosimy o weryfikację danych Państwa firmy zamieszczonych w rejestrze:

Nazwa: EXAMPLE GROUP POLSKA SP. Z O.O.
NIP: %s
REGON: %s
Adres: ul. Składowa 14, 62-052 Komorniki
PKD: 17.21.Z - Produkcja papieru falistego i tektury falistej oraz opakowań z papieru i tektury

Formularz aktualizacyjny wraz z informacją o opłacie rejestrowej znajduje się w załączniku. W celu utrzymania wpisu w rejestrze na rok 2027 prosimy o uregulowanie opłaty w wysokości 1 289,00 zł w terminie 7 dni od otrzymania niniejszej wiadomości.

Z poważaniem
Dział Rejestracji
Krajowy Rejestr Podmiotów Gospodarczych
ul. Nowogrodzka 50 lok. 515, 00-695 Warszawa
""" % (nip, IDS['ex_pl_regon'])
    lines = ['## KRAJOWY REJESTR PODMIOTÓW GOSPODARCZYCH', 'Formularz aktualizacyjny wpisu nr KRPG/2026/11/48217', '--', '',
             'Nazwa podmiotu: EXAMPLE GROUP POLSKA SP. Z O.O.', 'NIP: ' + nip, 'REGON: ' + IDS['ex_pl_regon'],
             'Adres siedziby: ul. Składowa 14, 62-052 Komorniki', 'Branża (PKD): 17.21.Z', '',
             '# Opłata rejestrowa za okres 01.01.2027 - 31.12.2027: 1 289,00 zł',
             'Numer rachunku: ' + C.nrb(iban), 'Tytuł przelewu: KRPG/2026/11/48217', 'Termin płatności: 7 dni', '', '',
             'Dokonanie wpłaty jest równoznaczne z zamówieniem usługi zamieszczenia i utrzymania wpisu w internetowym katalogu krpg-rejestr.pl '
             'na okres 12 miesięcy oraz akceptacją regulaminu dostępnego na stronie. Opłata nie jest opłatą urzędową ani podatkiem. '
             'Krajowy Rejestr Podmiotów Gospodarczych jest prywatną bazą danych i nie jest rejestrem prowadzonym przez organ administracji publicznej.']
    att = pdf_att('Formularz_KRPG_2026_48217.pdf', lines, 'Formularz aktualizacyjny', 'KRPG', 'PDFCreator 5.2.0', 'PDFCreator 5.2.0', U(11, 16, 9, 0))
    body = MIX(T(text, 'windows-1250', 'quoted-printable'), att)
    return M(F, 24, 'pl', 'fake-register-invoice-krpg', U(11, 16, 9, 33, 50),
             (infra.postfix_webmail, dict(mx=('mail.krpg-rejestr.pl', 'srv84712.seohost.pl', '46.242.241.17', 'tls13'),
                                          host='mail.krpg-rejestr.pl', domain='krpg-rejestr.pl', ua=None, client='37.47.108.22')),
             ('Krajowy Rejestr Podmiotów Gospodarczych', 'biuro@krpg-rejestr.pl'), [st('krzysztof.wisniewski')],
             'Aktualizacja danych w Krajowym Rejestrze Podmiotów Gospodarczych - Example Group Polska sp. z o.o.', body,
             'Fake register/directory invoice: official-sounding "national register" asks for a 1,289 PLN annual fee, PDF form with bank account and fine print',
             'Private directory dressed as a state register (KRS/CEIDG are the real ones and charge nothing like this); the PDF\'s small print admits payment = ordering '
             'a catalogue listing; data scraped from public registers - a long-running invoice scam.',
             zone='CET', hcs='windows-1250', henc='Q')


def a25():
    link = 'https://dhl-clo-oplaty.pl/platnosc?awb=4829103756'
    text = """Szanowny Kliencie,

przesyłka międzynarodowa nr 4829103756 (nadawca: Shenzhen Yuto Packaging Co., Ltd., CN) została zatrzymana w oddziale celnym Warszawa-Okęcie.

Do zwolnienia przesyłki wymagane jest uregulowanie należności celno-podatkowych:

Cło: 38,20 PLN
VAT importowy: 41,36 PLN
Opłata agencyjna: 4,64 PLN
Razem do zapłaty: 84,20 PLN

Prosimy o dokonanie płatności w ciągu 72 godzin. Po tym terminie przesyłka zostanie zwrócona do nadawcy na jego koszt.

[[Opłać należności|%s]]

Dziękujemy za skorzystanie z usług DHL Express.
DHL Express (Poland) Sp. z o.o.
""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px">
<div style="background:#ffcc00;padding:14px 20px;font-size:22px;font-weight:bold;color:#d40511;font-style:italic">DHL</div>
<div style="padding:18px 20px;border:1px solid #eee">
<p>Szanowny Kliencie,</p>
<p>przesyłka międzynarodowa nr <b>4829103756</b> (nadawca: Shenzhen Yuto Packaging Co., Ltd., CN) została zatrzymana w oddziale celnym Warszawa-Okęcie.</p>
<p>Do zwolnienia przesyłki wymagane jest uregulowanie należności celno-podatkowych:</p>
<table cellpadding="4" style="font-size:14px"><tr><td>Cło</td><td align="right">38,20 PLN</td></tr><tr><td>VAT importowy</td><td align="right">41,36 PLN</td></tr>
<tr><td>Opłata agencyjna</td><td align="right">4,64 PLN</td></tr><tr><td><b>Razem do zapłaty</b></td><td align="right"><b>84,20 PLN</b></td></tr></table>
<p>Prosimy o dokonanie płatności w ciągu 72 godzin. Po tym terminie przesyłka zostanie zwrócona do nadawcy na jego koszt.</p>
<p><a href="%s" style="background:#d40511;color:#fff;padding:10px 22px;text-decoration:none">Opłać należności</a></p>
<p style="font-size:12px;color:#777">Dziękujemy za skorzystanie z usług DHL Express.<br>DHL Express (Poland) Sp. z o.o.</p></div></div></body></html>
""" % link
    body = ALT(T(plain(text, 'plain'), 'iso-8859-2', 'base64'), H(html, 'iso-8859-2', 'base64'))
    return M(F, 25, 'pl', 'dhl-clo-payment-phish', U(11, 25, 12, 4, 27),
             (infra.cpanel_exim, dict(host='s41.cyber-folks.pl', hostip='195.78.66.141', client_ip='154.47.19.82',
                                      domain='salonurody-anna.pl', mailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)', uid='2214 2216')),
             ('DHL Express Polska', 'kontakt@salonurody-anna.pl'), [st('agnieszka.nowak')],
             'DHL Express: przesyłka 4829103756 oczekuje na opłacenie należności celnych', body,
             'Courier/customs phishing: "DHL Express" says a sample shipment from a Chinese packaging maker is held in customs, pay 84.20 PLN by card',
             'Sent from a compromised beauty salon\'s hosting account (PHPMailer), display name only claims DHL; small-amount card-harvesting lure via dhl-clo-oplaty.pl; '
             'DHL collects duties through dhl.com / MyDHL+, not third-party domains.',
             zone='CET', hcs='iso-8859-2', henc='B')


def a26():
    text = """Dzień dobry,

działając w imieniu i na rzecz naszego Klienta, firmy PPHU Kartex Sp. z o.o., wzywamy Państwa do zapłaty kwoty 18 742,60 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych, wynikającej z nieuregulowanych faktur wskazanych w załączonym wezwaniu.

Niniejsze pismo stanowi ostateczne przedsądowe wezwanie do zapłaty. W przypadku braku wpłaty w terminie 3 dni od jego doręczenia sprawa zostanie skierowana na drogę postępowania sądowego (EPU), a dane dłużnika zostaną przekazane do Krajowego Rejestru Długów.

Szczegółowe zestawienie faktur oraz dane do przelewu znajdują się w załączniku.

Z poważaniem
Anna Wróblewska
Kancelaria Windykacyjna LEX-CREDIT
ul. Marszałkowska 87/14, 00-683 Warszawa
"""
    z = files.zip_plain([('Wezwanie_przedsadowe_WP-2026-11-4471.pdf.vbs', b"' inert placeholder - VBScript downloader removed\r\n")],
                        (2026, 11, 30, 9, 12, 44))
    body = MIX(T(text, 'UTF-8', 'quoted-printable'), A('Wezwanie_WP-2026-11-4471.zip', z, 'application/x-zip-compressed'))
    return M(F, 26, 'pl', 'windykacja-zip-vbs', U(11, 30, 8, 26, 15),
             (infra.onet, {}), ('Kancelaria LEX-CREDIT', 'lexcredit.windykacja@op.pl'), [st('krzysztof.wisniewski')],
             'Przedsądowe wezwanie do zapłaty nr WP/2026/11/4471', body,
             'Fake debt-collection letter: "law office" demands 18,742.60 PLN for an unknown creditor, ZIP attachment containing a .pdf.vbs script',
             'Free op.pl (Onet) address for a "law office", creditor Kartex is not a supplier of Example Group Polska, 3-day threat with KRD/e-court, '
             'archive hides a VBScript with a double extension - malware delivery. Compare business/24 (genuine payment reminder from a real partner).',
             zone='CET', hcs='UTF-8', henc='B')


MESSAGES = [a17, a18, a19, a20, a21, a22, a23, a24, a25, a26]
