"""Attack messages 17-31 (Italian, Polish, Spanish)."""
from common import *

IT_MULE = util.iban_it('03268', '01600', '052849170331')
IE_MULE = util.iban('IE', 'BOFI' + '900017' + '48213907')
PL_MULE = util.iban_pl('1140200', '0040370284619375')
ES_MULE = util.iban_es('1465', '0100', '9173482650')
ES_REG = util.iban_es('0182', '5921', '0201584733')

MSGS = []
A = MSGS.append

# 17 ------------------------------------------------------------------ carrier bank change look-alike
t17 = '''Gentile Dott. Russo,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari del Gruppo, a partire dal 02/11/2026 tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sulle nuove coordinate:

Banca Sella S.p.A. - Filiale di Biella
IBAN: %s
Intestatario: Ferretti Trasporti S.p.A.

Il precedente conto presso Intesa Sanpaolo è in fase di chiusura e non potrà più ricevere bonifici. Alleghiamo la comunicazione ufficiale su carta intestata.

Vi preghiamo di darci conferma dell'avvenuto aggiornamento rispondendo a questa e-mail e di indicarci la data prevista per il saldo delle fatture n. 2026/1187 e 2026/1214 (tot. € 14.662,30), scadute il 31/10.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 41 - 26900 Lodi (LO)
Tel. 0371 410 227''' % util.fmt_iban(IT_MULE)
A(M('it', 'ferretti-variazione-iban-lookalike', ('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.com'), [who('it_acc')],
    'Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.', T(2026, 10, 28, 11, 3), vps('mail.ferretti-trasporti.com', '5.181.156.34', '5.181.156.34', mid='outlook', rdns='vps-5-181-156-34.hosted-by-vdsina.com', tz='IT'),
    multi('mixed', altpart(t17, 'windows-1252', 'quoted-printable'),
          pdfatt('Comunicazione_variazione_coordinate_bancarie.pdf', ['#FERRETTI TRASPORTI S.p.A.', 'Via dell\'Industria 41 - 26900 Lodi (LO)', '',
                 'Oggetto: variazione coordinate bancarie', '', 'Nuovo IBAN: ' + util.fmt_iban(IT_MULE), 'Banca Sella S.p.A.', '', 'Lodi, 27/10/2026', 'L\'Amministratore Delegato'])),
    'Look-alike ferretti-trasporti.com (real carrier is .it) on a VPS tells the Italian accountant to pay the carrier to a new IBAN and asks for the payment date of overdue invoices.',
    'Vendor bank-detail fraud: wrong TLD, VPS with no link to the carrier\'s mail servers, confirmation by e-mail only, pressure on overdue invoices. Hard negative: business 17.',
    cc=[who('it_mgr')], hcs='windows-1252', tz='IT'))

# 18 ------------------------------------------------------------------ SdI rejection, HTML attachment
h18 = '''<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Agenzia delle Entrate - Fatture e Corrispettivi</title>
<style>body{font-family:"Titillium Web",Arial,sans-serif;margin:0}header{background:#0066cc;color:#fff;padding:16px 30px;font-size:20px}
.m{width:460px;margin:40px auto}input{width:100%;padding:9px;margin:6px 0;border:1px solid #5c6f82}button{background:#0066cc;color:#fff;border:0;padding:10px 24px}</style></head>
<body><header>Agenzia delle Entrate &ndash; Fatture e Corrispettivi</header><div class="m">
<h3>Notifica di scarto n. 1187 &ndash; IT09218430157</h3>
<p>Per visualizzare il file di notifica (codice errore 00305) e ritrasmettere la fattura accedi con le tue credenziali.</p>
<form method="post" action="https://ivaservizi-agenziaentrate.gov-it.cloud/sso/login.php">
<label>Codice fiscale</label><input name="cf"><label>Password Fisconline / SPID</label><input type="password" name="pw">
<label>PIN</label><input type="password" name="pin"><button type="submit">Entra</button></form></div>
<!-- inert test corpus: no script --></body></html>
'''
t18 = '''Gentile Contribuente,

il Sistema di Interscambio (SdI) ha scartato il file fattura IT09218430157_a3K7f.xml trasmesso in data 03/11/2026.

Identificativo SdI: 14982236571
Numero fattura: 2026/FE/1187
Codice errore: 00305 - IdFiscaleIVA del CessionarioCommittente non valido

Il documento si considera non emesso. Ai sensi dell'art. 6 D.Lgs. 471/97 la mancata ritrasmissione entro 5 giorni comporta l'applicazione della sanzione.

In allegato la notifica di scarto.

Agenzia delle Entrate - Servizio Fatture e Corrispettivi'''
A(M('it', 'sdi-notifica-scarto-allegato-html', ('Fatture e Corrispettivi', 'notifiche@sdi-fatturapa.it.com'), [who('it_acc')],
    'Notifica di scarto fattura 2026/FE/1187 - Sistema di Interscambio', T(2026, 11, 4, 8, 15), esp('sendgrid'),
    multi('mixed', text(t18, 'plain', 'iso-8859-1', '8bit'), att(h18.encode(), 'text/html', 'NS_IT09218430157_a3K7f.html')),
    'Fake SdI (Italian e-invoicing exchange) rejection notice via SendGrid; HTML attachment is an Agenzia delle Entrate look-alike login collecting codice fiscale, Fisconline/SPID password and PIN.',
    'SdI notifications arrive as XML through PEC or the intermediary, not as HTML login pages from sdi-fatturapa.it.com; form posts to gov-it.cloud. Hard negative: business 21.', tz='IT'))

# 19 ------------------------------------------------------------------ TheFork Manager
u19 = 'https://manager-thefork.it-verifica.com/partner/login?rid=48817&lang=it'
t19 = '''Gentile partner,

abbiamo rilevato un'incongruenza nei dati di fatturazione del ristorante "Example Bistrot Milano Porta Nuova" (ID 48817). Per rispettare la normativa europea DAC7 è necessario verificare i dati di pagamento e il titolare del conto entro 48 ore.

Se la verifica non verrà completata, la visibilità del ristorante su TheFork sarà sospesa e le prenotazioni in arrivo non verranno accettate.

Verifica ora: %s

Grazie per la collaborazione,
Il team TheFork Manager''' % u19
A(M('it', 'thefork-manager-verifica-mailgun', ('TheFork Manager', 'no-reply@thefork-partner-support.com'), [who('it_mgr')],
    'Azione richiesta: verifica dei dati di pagamento entro 48 ore', T(2026, 11, 6, 17, 29), esp('mailgun'),
    altpart(t19, 'iso-8859-15', 'quoted-printable'),
    'Restaurant-booking platform phishing: fake TheFork Manager notice via Mailgun, DAC7 pretext, threat to suspend the restaurant listing, link to a look-alike login.',
    'Trade-specific credential phishing: wrong sender domain, link host it-verifica.com, 48-hour suspension threat.', tz='IT'))

# 20 ------------------------------------------------------------------ fake lawyer
t20 = '''Gentile Dott.ssa Ferraro,

mi permetto di contattarLa su indicazione del Dott. Jürgen Böhm, con il quale stiamo seguendo un'operazione di acquisizione di una società di ristorazione collettiva con sede a Sesto San Giovanni (nome in codice "Progetto Navigli").

L'operazione è soggetta a obbligo di riservatezza ai sensi della normativa Consob fino all'annuncio ufficiale; il Dott. Böhm mi ha chiesto di coordinarmi esclusivamente con Lei per la parte italiana e di non coinvolgere altri colleghi.

Entro oggi è necessario disporre il versamento della caparra confirmatoria di € 186.400,00 sul conto di garanzia dello studio presso il nostro partner bancario:

Beneficiario: Rinaldi & Partners Escrow Services
IBAN: %s
Causale: Caparra Progetto Navigli - rif. RP/2026/331

La prego di confermarmi l'esecuzione del bonifico rispondendo a questa e-mail; la documentazione contrattuale Le verrà inviata a closing avvenuto.

Cordiali saluti

Avv. Francesco Rinaldi
Rinaldi & Partners - Studio Legale
Corso Venezia 18, 20121 Milano''' % util.fmt_iban(IE_MULE)
A(M('it', 'falso-avvocato-acquisizione', ('Avv. Francesco Rinaldi', 'f.rinaldi@rinaldipartners-legal.com'), [who('it_mgr')],
    'Riservato - Progetto Navigli', T(2026, 11, 11, 10, 48), vps('mail.rinaldipartners-legal.com', '45.145.167.203', '154.118.226.9', mid='outlook', rdns='45-145-167-203.nocix-vps.net', tz='IT'),
    text(t20, 'plain', 'iso-8859-15', 'quoted-printable'),
    'Fake-lawyer BEC: "studio legale" on a freshly registered domain claims the CEO\'s mandate for a confidential acquisition and asks the Italian office to wire a € 186,400 deposit to an Irish escrow IBAN today.',
    'Impersonated authority + secrecy + same-day wire + foreign account; CEO mandate cannot be verified, no internal approval. Related to attack 01.', hcs='iso-8859-15', tz='IT'))

# 21 ------------------------------------------------------------------ thread hijack dairy supplier
quoted21 = '''Il 05/11/2026 09:12, Giulia Ferraro ha scritto:
> Buongiorno Marco,
> confermo l'ordine per la settimana 46: 180 kg fior di latte, 40 kg grana
> grattugiato, consegna lunedì entro le 6:30 al centro cottura di Pero.
> Grazie, Giulia'''
t21 = '''Buongiorno Giulia,

ti giro la documentazione aggiornata (listino 2027 e DDT della settimana 46) che ci ha chiesto il vostro ufficio acquisti. L'ho caricata sul nostro spazio condiviso perché è troppo pesante per la mail:

https://www.canva.com/design/DAGx7Lq2vKp/view?utm_content=listino2027

Fammi sapere se riesci ad aprirla, ti chiede di accedere con la mail aziendale.

Un saluto
Marco Bertolini
Caseificio Valpadana S.r.l.

''' + quoted21
A(M('it', 'thread-hijack-caseificio-link-canva', ('Marco Bertolini', 'm.bertolini@caseificiovalpadana.it'), [who('it_mgr')],
    'Re: Ordine settimana 46', T(2026, 11, 12, 14, 5), vps('smtpdh02.ad.aruba.it', '62.149.158.72', '105.112.96.41', mid='roundcube', rdns='smtpdh02.ad.aruba.it', tz='IT'),
    text(t21, 'plain', 'utf-8', 'quoted-printable', flowed=True),
    'Reply in a real order thread from the dairy supplier\'s genuine Aruba mailbox, but submitted from a Nigerian mobile IP; link to a Canva page (abused legitimate service) that forwards to a "sign in with your company e-mail" page.',
    'Compromised partner mailbox: authentic domain and relay, unusual client IP, off-topic "price list" shared via Canva asking for a corporate login. Hard negative: business 19.',
    irt='<9d41e0c27b3a4f58a1e6c0d2f7b84a31@caseificiovalpadana.it>', tz='IT'))

# 22 ------------------------------------------------------------------ Partner Logistik look-alike
t22 = '''Dzień dobry Panie Pawle,

uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od 1 grudnia 2026 r. prosimy o dokonywanie wszystkich płatności na nowy rachunek:

Partner Logistik sp. z o.o.
%s
Bank Pekao S.A.

Nowy rachunek został już zgłoszony do Wykazu podatników VAT (biała lista) - aktualizacja w wykazie może potrwać do 7 dni roboczych, dlatego prosimy nie sugerować się chwilowym brakiem rachunku w wykazie. Płatności w mechanizmie podzielonej płatności (MPP) również prosimy kierować na nowy rachunek.

W załączniku przesyłam pismo potwierdzające zmianę, podpisane przez zarząd. Faktury FV/11/2026/0412 i FV/11/2026/0433 prosimy uregulować już na nowe konto.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik ds. Rozliczeń
Partner Logistik sp. z o.o.''' % util.fmt_iban(PL_MULE)
A(M('pl', 'partner-logistik-zmiana-rachunku', ('Tadeusz Zieliński', 't.zielinski@partner-logistik.com.pl'), [who('pl_acc')],
    'Zmiana rachunku bankowego - Partner Logistik sp. z o.o.', T(2026, 11, 24, 12, 36), vps('mail.partner-logistik.com.pl', '193.233.48.119', '193.233.48.119', mid='outlook', rdns='193-233-48-119.static.aeza.network', tz='PL'),
    multi('mixed', text(t22, 'plain', 'iso-8859-2', 'quoted-printable'),
          pdfatt('Pismo_zmiana_rachunku_Partner_Logistik.pdf', ['#Partner Logistik sp. z o.o.', 'ul. Logistyczna 12, 55-040 Bielany Wroclawskie', '',
                 'Zawiadomienie o zmianie rachunku bankowego', 'Nowy rachunek: ' + util.fmt_iban(PL_MULE), 'Obowiazuje od 01.12.2026', '', 'Zarzad Spolki'])),
    'Look-alike partner-logistik.com.pl impersonates the logistics partner\'s contact; new account "not yet visible" on the Polish VAT white list, asks to pay two invoices there.',
    'Vendor bank-detail fraud tailored to Poland: pre-empts the mandatory white-list check, wrong domain, VPS at a bulletproof-friendly host. Hard negatives: business 22 and 24.', hcs='iso-8859-2', tz='PL'))

# 23 ------------------------------------------------------------------ KSeF
u23 = 'https://ksef-mf.gov-pl.info/web/weryfikacja?nip=8992874415&t=0f3a71'
t23 = '''Szanowni Państwo,

faktura ustrukturyzowana nr FV/2026/11/2187 wystawiona dla podmiotu NIP %s została odrzucona przez Krajowy System e-Faktur z powodu niezgodności danych uwierzytelniających podmiotu (kod błędu 21405).

Aby uniknąć blokady wystawiania faktur w KSeF, prosimy o ponowną weryfikację uprawnień podmiotu w terminie 3 dni:
%s

Weryfikacja wymaga zalogowania się profilem zaufanym lub tokenem KSeF.

Ministerstwo Finansów
Krajowy System e-Faktur''' % (util.pl_nip('899287442'), u23)
A(M('pl', 'ksef-odrzucona-faktura-brevo', ('Krajowy System e-Faktur', 'powiadomienia@ksef-podatki.pl'), [who('pl_acc')],
    'KSeF: odrzucona faktura FV/2026/11/2187 - wymagana weryfikacja', T(2026, 11, 19, 8, 51), esp('brevo'),
    altpart(t23, 'utf-8', 'base64'),
    'Fake KSeF (Polish mandatory e-invoicing system, live since 2026) rejection notice via Brevo; link to gov-pl.info asking for Profil Zaufany login or the KSeF token.',
    'KSeF does not send e-mails with login links; domain is not gov.pl/podatki.gov.pl; token theft would allow issuing invoices in the company\'s name. Hard negative: business 25.', tz='PL'))

# 24 ------------------------------------------------------------------ InPost surcharge
u24 = 'https://inpost-doplata.pl-paczka.info/p/7D2K9Q'
t24 = '''InPost

Twoja paczka nr 682003915547281174622051 oczekuje w sortowni Wrocław.

Ze względu na niedopłatę za gabaryt (gabaryt C) paczka nie może zostać wydana kurierowi. Prosimy o uregulowanie dopłaty w wysokości 2,49 zł w ciągu 24 godzin, w przeciwnym razie przesyłka zostanie zwrócona do nadawcy.

Opłać dopłatę: %s

Dziękujemy,
Zespół InPost''' % u24
A(M('pl', 'inpost-doplata-phpmailer', ('InPost', 'sklep@rowery-kolo.com.pl'), [who('pl_mgr')],
    'Twoja paczka oczekuje - wymagana dopłata 2,49 zł', T(2026, 11, 25, 15, 16), vps('s47.cyber-folks.pl', '188.210.221.47', '188.210.221.47', mid='php', rdns='s47.cyber-folks.pl', helo='s47.cyber-folks.pl', tz='PL'),
    altpart(t24, 'windows-1250', 'base64'),
    'Courier surcharge smishing-style mail: InPost branding sent by PHPMailer from a compromised bike shop site on shared hosting; link to a card-payment page on pl-paczka.info.',
    'Card/3-D Secure phishing: tiny amount, brand vs sender mismatch, look-alike payment host.', tz='PL'))

# 25 ------------------------------------------------------------------ e-Urzad Skarbowy quishing
qr25 = qr_png('https://e-urzad-skarbowy.podatki-zwrot.com/zwrot?id=PL88213471&k=ZQ81XLM02H')
t25 = '''Szanowna Pani,

w wyniku rozliczenia rocznego za rok 2025 przysługuje Pani zwrot nadpłaconego podatku w kwocie 1 284,00 zł.

Ze względu na zmianę zasad identyfikacji w e-Urzędzie Skarbowym zwrot może zostać przekazany wyłącznie po potwierdzeniu rachunku bankowego w aplikacji mobilnej. Prosimy zeskanować kod QR z załącznika telefonem i postępować zgodnie z instrukcjami. Kod jest ważny 72 godziny.

Z poważaniem
Krajowa Administracja Skarbowa
e-Urząd Skarbowy'''
A(M('pl', 'e-urzad-skarbowy-quishing-png', ('e-Urząd Skarbowy', 'powiadomienia@e-urzad-skarbowy.com.pl'), [who('pl_hr')],
    'Zwrot nadpłaty podatku - wymagane potwierdzenie rachunku', T(2026, 12, 1, 9, 33), vps('mail.e-urzad-skarbowy.com.pl', '146.19.213.88', '146.19.213.88', mid='generic', rdns='unknown', helo='mail.e-urzad-skarbowy.com.pl', tz='PL'),
    multi('mixed', text(t25, 'plain', 'iso-8859-2', 'quoted-printable'), att(qr25, 'image/png', 'kod_weryfikacyjny.png')),
    'Quishing: fake tax refund from the Polish e-Urząd Skarbowy; the only call to action is a PNG QR code that decodes to a look-alike refund page collecting banking credentials.',
    'QR code hides the URL from link scanners; tax authority does not e-mail QR codes; look-alike .com.pl domain without reverse DNS.', hcs='iso-8859-2', tz='PL'))

# 26 ------------------------------------------------------------------ Sanepid encrypted zip
t26 = '''Państwowy Powiatowy Inspektor Sanitarny we Wrocławiu

Znak sprawy: HŻ.9022.1.487.2026

W związku z kontrolą przeprowadzoną w dniu 12.11.2026 r. w zakładzie żywienia zbiorowego (stołówka szkolna, ul. Kruszwicka 4, Wrocław) przekazujemy protokół kontroli wraz z wezwaniem do złożenia wyjaśnień w terminie 7 dni od doręczenia.

Dokumenty zostały zabezpieczone hasłem zgodnie z przepisami o ochronie danych osobowych.
Hasło do archiwum: PSSE2026

Z poważaniem
Sekretariat PSSE we Wrocławiu'''
z26 = util.zip_crypto([('Protokol_kontroli_HZ_9022_1_487_2026.pdf.js', b'// ' + util.PLACEHOLDER)], 'PSSE2026', 'a26')
A(M('pl', 'sanepid-protokol-zip-haslo', ('PSSE Wrocław - Sekretariat', 'sekretariat@psse-wroclaw.com.pl'), [who('pl_mgr')],
    'Protokół kontroli HŻ.9022.1.487.2026 - wezwanie do złożenia wyjaśnień', T(2026, 11, 17, 10, 2), vps('mail.psse-wroclaw.com.pl', '85.209.11.54', '85.209.11.54', mid='thunderbird', ua='Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2', rdns='unknown', tz='PL'),
    multi('mixed', text(t26, 'plain', 'windows-1250', 'quoted-printable'), att(z26, 'application/zip', 'Protokol_HZ_9022_487_2026.zip')),
    'Sanitary-inspection (Sanepid) lure for a school canteen: look-alike of the psse.gov.pl authority, password-protected ZipCrypto archive containing a .pdf.js file.',
    'Malware delivery: authorities use ePUAP/gov.pl, not encrypted ZIPs; double extension script; password in body to evade scanning.', hcs='windows-1250', tz='PL'))

# 27 ------------------------------------------------------------------ AEAT notification
u27 = 'https://sede-agenciatributaria.notificaciones-dehu.com/acceso?ref=A0810742&nif=B67219448'
t27 = '''Agencia Tributaria

Estimado/a contribuyente:

Le informamos que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) relativa al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido (modelo 303, 3T 2026) de EXAMPLE GROUP IBERIA S.L.

Referencia: A0810742 5626 3T
Plazo para comparecer: 10 días naturales

Transcurrido dicho plazo sin que se acceda a su contenido, la notificación se entenderá rechazada y se continuará el procedimiento (art. 43 Ley 39/2015).

Acceder a la notificación: %s

Puede acceder con Cl@ve o certificado electrónico.''' % u27
A(M('es', 'aeat-notificacion-dehu-sendgrid', ('Agencia Tributaria', 'avisos@agenciatributaria-notificaciones.es'), [who('es_acc')],
    'Aviso de notificación electrónica - Comprobación limitada IVA 3T 2026', T(2026, 11, 5, 9, 44), esp('sendgrid'),
    altpart(t27, 'iso-8859-1', 'quoted-printable'),
    'AEAT/DEHú notification lure via SendGrid: "comprobación limitada" of the VAT return, 10-day deadline, link to a look-alike sede asking for Cl@ve or certificate login.',
    'Real DEHú notices come from dehu.redsara.es/agenciatributaria.gob.es and point to the official sede; this domain and URL are look-alikes. Hard negative: business 31.', tz='ES'))

# 28 ------------------------------------------------------------------ olive oil supplier bank change
t28 = '''Buenos días Javier:

Te escribo porque desde administración nos indican que tenéis pendientes las facturas A-2026/0871 y A-2026/0904 (total 11.236,80 €) del aceite de oliva virgen extra de octubre.

Aprovecho para recordarte que desde este mes cobramos en la nueva cuenta de Openbank por la auditoría de nuestra entidad habitual; la cuenta de Caja Rural ya no admite abonos:

Titular: Aceites del Sur S.L.
IBAN: %s

¿Me confirmas si podéis hacer la transferencia esta semana? Si necesitas el certificado de titularidad te lo envío.

Un saludo,
Carmen Ruiz
Dpto. Comercial
Aceites del Sur S.L. - Jaén''' % util.fmt_iban(ES_MULE)
A(M('es', 'aceites-cambio-cuenta-lookalike', ('Carmen Ruiz', 'c.ruiz@aceites-delsur.es'), [who('es_acc')],
    'Facturas pendientes octubre - nueva cuenta', T(2026, 11, 13, 12, 19), vps('mail.aceites-delsur.es', '194.26.192.77', '194.26.192.77', mid='outlook', rdns='194-26-192-77.vps.hostinger.io', tz='ES'),
    text(t28, 'plain', 'iso-8859-1', 'quoted-printable'),
    'Look-alike aceites-delsur.es (hyphen) impersonates the olive-oil supplier\'s sales contact; chases overdue invoices and slips in a new account at an online bank.',
    'Vendor bank-detail fraud: domain differs by a hyphen, account change mentioned in passing with a made-up "audit" reason, no official letter. Hard negative: business 27.', hcs='iso-8859-1', tz='ES'))

# 29 ------------------------------------------------------------------ thread hijack carrier, Google Workspace
quoted29 = '''El lun, 16 nov 2026 a las 10:04, Sofía Núñez (<sofia.nunez@example.com>) escribió:
> Hola Raúl, ¿nos puedes mandar los albaranes y CMR firmados de las entregas
> de octubre al colegio y a la planta de Sant Cugat? Los necesitamos para cerrar el mes.
> Gracias, Sofía'''
t29 = '''Hola Sofía,

te he compartido la carpeta con todos los albaranes y CMR de octubre. Como son muchos escaneos los he subido a nuestro SharePoint:

https://transportesgil-my.sharepoint.com.albaranes-cmr.net/:f:/g/personal/r_gil/EkT7qF2wL9pNn?e=4Rz1Pq

Te pedirá que verifiques tu cuenta de Microsoft antes de abrirlo.

Saludos,
Raúl Gil
Transportes Hermanos Gil S.L.

''' + quoted29
A(M('es', 'thread-hijack-transportes-sharepoint-falso', ('Raúl Gil', 'r.gil@transportesgil.es'), [who('es_sales')],
    'Re: Albaranes y CMR octubre', T(2026, 11, 17, 18, 41), gmail(),
    altpart(t29, 'utf-8', 'quoted-printable'),
    'Reply in a genuine thread from the carrier\'s compromised Google Workspace mailbox; the "SharePoint" link is sharepoint.com.albaranes-cmr.net, a look-alike Microsoft login.',
    'Thread hijack: real sender and infrastructure, but link host is not sharepoint.com (subdomain trick), asks to "verify your Microsoft account". Hard negative: business 28 (genuine SharePoint share).',
    irt='<CAJ8rT1kqZ0Pc7wXn2fH5vLmB3Yy9sN4dQe6gU1aRtK0oW5iE8Q@mail.gmail.com>', tz='ES'))

# 30 ------------------------------------------------------------------ CEO WhatsApp pretext
t30 = '''Hola Lucía,

¿Estás en la oficina? Necesito que me ayudes con un tema confidencial relacionado con una operación en España que cerramos esta semana. No puedo hablar por teléfono ahora mismo.

Pásame tu número de móvil y te escribo por WhatsApp con los detalles. Por favor, no lo comentes con nadie del equipo de momento.

Saludos,
Jürgen Böhm
CEO - Example Group'''
A(M('es', 'ceo-fraude-whatsapp-outlook', ('Jürgen Böhm', 'jurgen.bohm.ceo@outlook.com'), [who('es_mgr')],
    'Tema confidencial', T(2026, 11, 26, 9, 3), o365(consumer=True, pod='DB9P189MB', region='EURP189', lang='es-ES', obe='EUR02-AM0'),
    text(t30, 'plain', 'windows-1252', 'quoted-printable'),
    'CEO fraud opener from an outlook.com address: confidential deal, asks for the mobile number to move the conversation to WhatsApp.',
    'Moves the victim to an unmonitored channel for the follow-up payment request; CEO never writes from a consumer mailbox; secrecy.',
    hcs='windows-1252', tz='ES'))

# 31 ------------------------------------------------------------------ fake sanitary register
t31 = '''Estimados señores:

Les recordamos que la inscripción de su establecimiento de comidas preparadas en el Registro de Establecimientos Alimentarios debe actualizarse cada dos años. Según nuestros datos, la inscripción de EXAMPLE GROUP IBERIA S.L. figura como caducada desde el 30/09/2026.

Para evitar la tramitación de un expediente sancionador, rogamos abonen la tasa de actualización y publicación (395,00 € + IVA) indicada en el documento adjunto en un plazo de 10 días.

Atentamente,
Departamento de Inscripciones
Gestión Registral Alimentaria'''
pdf31 = ['#GESTION REGISTRAL ALIMENTARIA', 'Actualizacion de inscripcion - Establecimientos alimentarios', '',
         'Empresa: EXAMPLE GROUP IBERIA S.L.', 'Importe: 395,00 EUR + IVA 21% = 477,95 EUR', 'IBAN: ' + util.fmt_iban(ES_REG),
         'Concepto: RSA-2026-77412', '', 'Servicio privado de gestion e intermediacion, no vinculado a la Administracion.']
A(M('es', 'registro-sanitario-falso-mailgun', ('Registro Sanitario - Inscripciones', 'inscripciones@registro-alimentario.info'), [who('es_mgr')],
    'Inscripción caducada - Registro de Establecimientos Alimentarios', T(2026, 12, 2, 11, 27), esp('mailgun'),
    multi('mixed', text(t31, 'plain', 'utf-8', 'quoted-printable'), pdfatt('Liquidacion_RSA-2026-77412.pdf', pdf31)),
    'Fake sanitary-register renewal invoice: private company imitates the official food establishment registry (RGSEAA), threatens sanctions and asks for a "fee"; disclaimer hidden in the PDF.',
    'Register scam: RGSEAA registration has no biennial fee payable to a private .info domain; the small print admits it is not the administration.', tz='ES'))
