"""Attack messages 17-40 (Italian, Polish, Spanish, Greek, Russian)."""
from common import *


def A(key, cs='UTF-8', enc='B'):
    n, e = S(key)
    return addr(n, e, cs, enc)


def sub(s, **kw):
    for k, v in kw.items():
        s = s.replace('{%s}' % k, v)
    return s


def mailgun_route(m, dom, host='m228-52.mailgun.net', ip='159.135.228.52'):
    mgid = hexs(m.rng, 24)
    m.mailfrom = 'bounce+%s.%s-%s=%s@%s' % (hexs(m.rng, 6), hexs(m.rng, 6), m.rcpt.split('@')[0], m.rcpt.split('@')[1], dom)
    hop = 'by %s with HTTP id %s; %s' % (hexs(m.rng, 40), mgid, rfcdate(m.t, 'UTC').replace('+0000', 'GMT'))
    m.route = routes.custom(m, host, host, ip, [(hop, 0, 'UTC', False)], tls='1.3')
    m._mgid = mgid


def mailgun_headers(m, dom):
    m.h('Message-Id', '<%s.%s@%s>' % (localtime(m.t, 'UTC').strftime('%Y%m%d%H%M%S'), hexs(m.rng, 16), dom))
    m.h('X-Mailgun-Sid', 'WyI' + b64s(m.rng, 44, AL) + 'Il0=')


def ses_route(m, region='eu-west-1', host='a4-24.smtp-out.eu-west-1.amazonses.com', ip='54.240.4.24'):
    sesid = '0107019%s-%s-%s-%s-%s-000000' % (hexs(m.rng, 9), hexs(m.rng, 8), hexs(m.rng, 4), hexs(m.rng, 4), hexs(m.rng, 12))
    m.mailfrom = '%s@%s.amazonses.com' % (sesid, region)
    m.route = routes.custom(m, host, host, ip, [], tls='1.3')
    m._sesid = sesid


def ses_headers(m, ip):
    m.h('Message-ID', '<%s@email.amazonses.com>' % m._sesid)
    m.h('Feedback-ID', '::1.eu-west-1.%s=:AmazonSES' % b64s(m.rng, 43, AL + '+/'))
    m.h('X-SES-Outgoing', '%s-%s' % (localtime(m.t, 'UTC').strftime('%Y.%m.%d'), ip))


def brevo_route(m, dom, ip_last=81):
    m.mailfrom = 'bounces-%s-%s=%s@%s' % (hexs(m.rng, 10), m.rcpt.split('@')[0], m.rcpt.split('@')[1], dom)
    host = 'r%d.d.sender-sib.com' % ip_last
    m.route = routes.custom(m, host, host, '77.32.148.%d' % ip_last, [
        ('from smtp-relay.brevo.com (unknown [10.141.3.%d])\n\tby mta-out.brevo.com (Postfix) with ESMTP id {qid}\n'
         '\tfor <{rcpt}>; {date}' % m.rng.randrange(10, 60), 1, 'UTC', True)], tls='1.3')


def brevo_headers(m, ip_last=81):
    m.h('Message-Id', '<%s.%d@smtp-relay.mailin.fr>' % (localtime(m.t, 'UTC').strftime('%Y%m%d%H%M'), m.rng.randrange(10**10, 10**11)))
    m.h('X-Mailer', 'Sendinblue')
    m.h('X-sib-id', b64s(m.rng, 70, AL + '_-'))
    fid = m.rng.randrange(1000000, 9999999)
    m.h('Feedback-ID', '77.32.148.%d:%d_-1:%d:Sendinblue' % (ip_last, fid, fid))


# ================================================================ ITALIAN
def a17():
    m = Msg('attack', 17, 'it', 'thread-hijack-ferretti-zip-password', '2026-11-03 09:21:33', 'IT',
            'francesca.gallo@example.com', 'c.colombo@ferretti-trasporti.it')
    m.route = routes.custom(m, 'smtpdh19-2.aruba.it', 'smtpdh19-2.aruba.it', '62.149.155.149', [
        ('from webmail.aruba.it ([62.149.158.95])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid 8zXUtQk2LpQ1s8zXUtWd7S; {date}', 1, 'IT', False)],
        tls='1.3')
    pw = 'Fer2026'
    zipdata = make_zip([('Fattura_2026-FT-0912.pdf.js', zip_placeholder('Fattura_2026-FT-0912.pdf.js', 'a JScript downloader'), (2026, 11, 3, 9, 2, 18))],
                       password=pw, seed='a17')
    src = """Buongiorno Francesca,

come da accordi Le invio in allegato le fatture di ottobre relative ai viaggi Milano–Unterschleißheim e il riepilogo delle spese di sosta.

Per motivi di riservatezza l'archivio è protetto da password: **%s**

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti
Chiara Colombo

-----Messaggio originale-----
Da: Francesca Gallo <francesca.gallo@example.com>
Inviato: lunedì 2 novembre 2026 16:42
A: Chiara Colombo <c.colombo@ferretti-trasporti.it>
Oggetto: Trasporti ottobre – riepilogo viaggi Milano/Monaco

Buongiorno Chiara,

potrebbe inviarci il riepilogo dei viaggi di ottobre con le relative fatture? Ci servono entro fine settimana per la chiusura mensile.

Grazie e cordiali saluti
Francesca Gallo
Amministrazione – Example Group Italia S.r.l.
""" % pw
    a = alt(m, src, 'UTF-8', 'quoted-printable', style='simple', boundary=b_java(m), lang='IT')
    m.body = Multi('mixed', [a, Att(zipdata, 'application/zip', 'Fatture_Ferretti_ottobre_2026.zip',
                                    note='ZipCrypto, password in body; member Fattura_2026-FT-0912.pdf.js')], b_java(m))
    m.h('Date', m.date())
    m.h('From', addr('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'))
    m.h('To', addr('Francesca Gallo', 'francesca.gallo@example.com'))
    m.h('Message-ID', '<%d.%d.%d@webmail.aruba.it>' % (m.rng.randrange(10**9, 2 * 10**9), m.rng.randrange(10**4, 10**5), int(m.t.timestamp() * 1000)))
    m.h('In-Reply-To', '<%s@EXCH02.corp.example.com>' % hexs(m.rng, 32))
    m.h('References', '<%s@EXCH02.corp.example.com>' % hexs(m.rng, 32))
    m.h('Subject', text_header('R: Trasporti ottobre – riepilogo viaggi Milano/Monaco', 'UTF-8', 'Q'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Priority', '3')
    m.h('Importance', 'Normal')
    m.h('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev71')
    m.h('X-Originating-Client', 'open-xchange-appsuite')
    m.h('X-Originating-IP', '197.210.54.88')
    m.h('X-CMAE-Envelope', 'MS4xfB' + b64s(m.rng, 66, AL + '+/'))
    m.what = 'Thread hijack from the genuinely compromised mailbox of the carrier contact Chiara Colombo (Aruba webmail): reply in a real thread about October invoices with a password-protected ZIP (password "%s") containing "Fattura_2026-FT-0912.pdf.js".' % pw
    m.why = ('Real sender and Aruba infrastructure, but logged in to webmail from a Nigerian IP; invoices normally come from amministrazione@ as plain PDFs (business 17); '
             'encrypted archive defeats scanning and holds a script with a double extension.')
    m.hn = 17
    return m


def a18():
    m = Msg('attack', 18, 'it', 'sdi-notifica-scarto-brevo', '2026-11-09 08:40:12', 'IT',
            'francesca.gallo@example.com')
    brevo_route(m, 'sdi-fatturapa.it.com', 84)
    link = 'https://b3e91d.r.sp1-brevo.net/mk/cl/f/sh/' + b64s(m.rng, 86, AL + '-_')
    src = """Gentile contribuente,

il file fattura da Lei trasmesso al Sistema di Interscambio (SdI) è stato **scartato**.

|Dato|Valore|
|Nome file|IT10741250962_a3F9k.xml.p7m|
|Identificativo SdI|18273640551|
|Data ricezione|06/11/2026|
|Codice errore|00305 - IdFiscaleIVA del CessionarioCommittente non valido|

Ai sensi dell'art. 6 del D.Lgs. 471/1997 la fattura scartata si considera non emessa. Per evitare l'applicazione delle sanzioni è necessario ritrasmettere il file corretto entro 5 giorni dalla presente notifica.

Il dettaglio della notifica è disponibile nell'area riservata del portale Fatture e Corrispettivi.

[btn:Accedi all'area riservata|{LINK}]

Agenzia delle Entrate - Sistema di Interscambio
Messaggio generato automaticamente, si prega di non rispondere.
"""
    m.body = alt(m, sub(src, LINK=link), 'iso-8859-1', 'quoted-printable', style='brand', boundary=b_hex(m, 32),
                 brand=dict(brand='Agenzia delle Entrate', color='#0066cc', btn='#0066cc', lang='it', title='Fatture e Corrispettivi',
                            footer='Agenzia delle Entrate · Via Giorgione 106 · 00147 Roma · Cancella iscrizione'))
    m.h('MIME-Version', '1.0')
    m.h('From', addr('Agenzia delle Entrate - SdI', 'notifiche@sdi-fatturapa.it.com', quote=True))
    m.h('To', addr(None, 'francesca.gallo@example.com'))
    m.h('Subject', 'Notifica di scarto - file IT10741250962_a3F9k.xml.p7m - codice 00305')
    m.h('Date', m.date('UTC'))
    brevo_headers(m, 84)
    m.h('List-Unsubscribe', '<https://b3e91d.r.sp1-brevo.net/tr/un/li/%s>' % b64s(m.rng, 60, AL + '-_'))
    m.what = 'E-invoicing phishing: fake SdI "notifica di scarto" (error 00305) for an invoice of Example Group Italia with sanction threat and a button to the "Fatture e Corrispettivi" reserved area.'
    m.why = ('SdI notifications reach the company only through its intermediary/PEC channel (see the Aruba notice in business 19), never from sdi-fatturapa.it.com via Brevo; '
             'the button is a Brevo redirect to a fake Entratel/SPID login; 5-day sanction pressure.')
    m.hn = 19
    return m


def a19():
    m = Msg('attack', 19, 'it', 'vettore-cambio-iban-lookalike', '2026-11-19 11:55:07', 'IT',
            'francesca.gallo@example.com', 'amministrazione@ferrettitrasporti.it')
    m.route = routes.custom(m, 'mail.ferrettitrasporti.it', 'vps-4f2a81c3.vps.ovh.net', '51.77.140.203', [
        ('from webmail.ferrettitrasporti.it (localhost [127.0.0.1])\n\t(Authenticated sender: amministrazione@ferrettitrasporti.it)\n'
         '\tby mail.ferrettitrasporti.it (Postfix) with ESMTPA id {qid};\n\t{date}', 1, 'IT', True)], tls='1.3')
    fake = BANK['ferretti_fake']
    body = """Gentile Cliente,

con la presente Vi comunichiamo che, a seguito della riorganizzazione della tesoreria del nostro gruppo, a partire dalla data odierna i pagamenti delle nostre fatture dovranno essere effettuati esclusivamente sulle seguenti coordinate:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Paysera LT, UAB
IBAN: %s
BIC: EVIULT2VXXX

Le coordinate precedenti presso Intesa Sanpaolo non sono più attive e gli eventuali bonifici verranno respinti.

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di confermarci l'avvenuta modifica rispondendo a questa e-mail. Risultano inoltre ancora aperte le fatture 2026/FT/0871 e 2026/FT/0912 per complessivi € 9.842,00, che Vi chiediamo di saldare sul nuovo conto entro venerdì.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 20090 Segrate (MI)
P.IVA %s
""" % (IB(fake), VAT['ferretti'][2:])
    m.body = plain(body, 'UTF-8', '8bit', extra=';\n format=flowed', quoted=False)
    m.h('MIME-Version', '1.0')
    m.h('Date', m.date())
    m.h('From', addr('Amministrazione Ferretti Trasporti', 'amministrazione@ferrettitrasporti.it'))
    m.h('To', addr(None, 'francesca.gallo@example.com', quote='bare'))
    m.h('Cc', addr(None, 'alessandro.ricci@example.com', quote='bare'))
    m.h('Subject', 'Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.')
    m.h('Message-ID', '<%s@ferrettitrasporti.it>' % hexs(m.rng, 32))
    m.h('X-Sender', 'amministrazione@ferrettitrasporti.it')
    m.h('User-Agent', 'Roundcube Webmail/1.6.9')
    m.h('@CT', None)
    m.what = 'Carrier bank-detail change (BEC): "Amministrazione Ferretti Trasporti" from look-alike ferrettitrasporti.it (no hyphen) switches payments to a Lithuanian Paysera IBAN and asks to pay 9,842 EUR of open invoices there.'
    m.why = ('Look-alike domain on an OVH VPS with Roundcube, payment-institution account abroad for an Italian carrier, "old IBAN will bounce", confirmation by reply only. '
             'The genuine carrier writes from ferretti-trasporti.it with the unchanged Intesa Sanpaolo IBAN (business 17).')
    m.hn = 17
    return m


def a20():
    m = Msg('attack', 20, 'it', 'dogane-avviso-pagamento-pagopa', '2026-12-02 10:18:45', 'IT',
            'alessandro.ricci@example.com')
    ses_route(m, host='a4-37.smtp-out.eu-west-1.amazonses.com', ip='54.240.4.37')
    link = 'https://adm-pagopa-avvisi.github.io/pagamento/?mrn=26IT3K0Q8R1L9V2W60&iuv=01000000218374'
    src = """Gentile operatore,

si comunica che la spedizione sotto indicata, destinata a Example Group Italia S.r.l., è in giacenza presso l'Ufficio delle Dogane di Milano 2 – Sezione operativa Malpensa in attesa del pagamento dei diritti doganali.

|Voce|Importo|
|MRN|26IT3K0Q8R1L9V2W60|
|Merce|Circuiti integrati elettronici (TARIC 8542 31 90), origine TW|
|Dazio|€ 0,00|
|IVA all'importazione|€ 1.284,52|
|Diritti di segreteria|€ 18,00|
|Totale|€ 1.302,52|

Il pagamento deve essere effettuato tramite pagoPA entro 5 giorni. Decorso tale termine la merce sarà avviata a deposito doganale con addebito dei costi di sosta e custodia.

[btn:Paga con pagoPA|{LINK}]

Agenzia delle Dogane e dei Monopoli
Direzione Territoriale Lombardia
"""
    m.body = alt(m, sub(src, LINK=link), 'windows-1252', 'quoted-printable', style='brand', boundary=b_java(m),
                 brand=dict(brand='ADM – Agenzia delle Dogane e dei Monopoli', color='#003366', btn='#0073e6', lang='it',
                            title='Avviso di pagamento', footer='Agenzia delle Dogane e dei Monopoli · Piazza Mastai 12 · 00153 Roma'))
    m.h('From', addr('ADM - Agenzia delle Dogane', 'avvisi@adm-dogane-pagamenti.it', quote=True))
    m.h('To', addr(None, 'alessandro.ricci@example.com'))
    m.h('Subject', text_header('Avviso di pagamento diritti doganali – MRN 26IT3K0Q8R1L9V2W60', 'windows-1252', 'Q'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('Date', m.date('UTC'))
    ses_headers(m, '54.240.4.37')
    m.what = 'Customs phishing: fake ADM "avviso di pagamento" for import VAT of 1,302.52 EUR on a chip shipment, pay via a "pagoPA" button within 5 days.'
    m.why = ('Customs duties of Example Group are settled by its customs broker/forwarder under deferred payment, not by e-mailed payment links; '
             'sender domain adm-dogane-pagamenti.it via Amazon SES; target hosted on github.io; storage-cost threat.')
    return m


def a21():
    m = Msg('attack', 21, 'it', 'teams-vishing-quick-assist-pretext', '2026-10-28 09:02:19', 'IT',
            'marco.esposito@examplegroup.eu', 'supporto.it@examplegroupit.onmicrosoft.com')
    m.route = routes.m365(m, 'US', idx=1)
    src = """Gentile Marco,

nelle ultime ore i nostri sistemi hanno rilevato un volume anomalo di e-mail indesiderate in ingresso sulla Sua casella (iscrizioni automatiche a newsletter e notifiche di registrazione). Si tratta di un attacco di tipo «spam bombing» che stiamo bloccando con un nuovo filtro.

Per completare la configurazione del filtro è necessario un breve intervento sul Suo PC. Entro 15 minuti un tecnico del nostro supporto La contatterà su Microsoft Teams dall'account **Help Desk IT**.

Per velocizzare l'intervento:
1. accetti la chiamata Teams del tecnico;
2. avvii «Assistenza rapida» (Quick Assist) dal menu Start;
3. comunichi al tecnico il codice di sicurezza a 6 cifre che comparirà sullo schermo.

La preghiamo di non spegnere il computer e di non cancellare le e-mail ricevute fino al termine dell'intervento.

Grazie per la collaborazione,
Servizio IT - Example Group
"""
    m.body = alt(m, src, 'iso-8859-1', 'quoted-printable', style='outlook', lang='IT', label='iso-8859-1')
    m.h('From', addr('Supporto IT Example Group', 'supporto.it@examplegroupit.onmicrosoft.com'))
    m.h('To', addr('Marco Esposito', 'marco.esposito@examplegroup.eu'))
    subj = 'Attività anomala sulla Sua casella - il tecnico La contatterà su Teams'
    m.h('Subject', text_header(subj, 'iso-8859-1', 'Q'))
    m.h('Thread-Topic', text_header(subj, 'iso-8859-1', 'Q'))
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', routes.m365_msgid(m))
    for hh in routes.m365_tail(m, 'examplegroupit.onmicrosoft.com', lang='it-IT'):
        m.h(*hh)
    m.h('MIME-Version', '1.0')
    m.what = 'Remote-access vishing pretext (email bombing + Teams): external "Supporto IT" on an onmicrosoft.com tenant announces a Teams call from "Help Desk IT" and instructs to start Quick Assist and read out the code.'
    m.why = ('Attacker Microsoft 365 trial tenant examplegroupit.onmicrosoft.com (not example.com), follows a spam-bombing wave, asks the user to hand over remote control (Storm-1811/Black Basta tradecraft). '
             'Internal IT support never calls from external Teams accounts (business 21).')
    m.hn = 21
    return m


# ================================================================ POLISH
def a22():
    m = Msg('attack', 22, 'pl', 'ksef-token-wygasl-phishing', '2026-11-09 09:12:37', 'PL',
            'pawel.kowalczyk@examplegroup.eu')
    sgid = b64s(m.rng, 22, AL + '-_')
    m.mailfrom = 'bounces+40772193-91ac-pawel.kowalczyk=examplegroup.eu@em2210.ksef-mf.pl'
    fd = 'filterdrecv-5d7f9c8b4-m8wtn'
    m.route = routes.custom(m, 'wfbtdkrv.outbound-mail.sendgrid.net', 'wfbtdkrv.outbound-mail.sendgrid.net', '149.72.154.232', [
        ('by %s with SMTP id %s-1-%s-1A\n        2026-11-09 08:12:38.337190524 +0000 UTC m=+1112034.556201' % (fd, fd, hexs(m.rng, 8, True)), 1, 'UTC', False),
        ('from NDA3NzIxOTM (unknown)\n\tby geopod-ismtpd-3 (SG) with HTTP\n\tid %s\n\tMon, 09 Nov 2026 08:12:37.802 +0000 (UTC)' % sgid, 0, 'UTC', False)], tls='1.2')
    link = 'https://u40772193.ct.sendgrid.net/ls/click?upn=u001.' + b64s(m.rng, 100, AL + '-') + '-2B'
    src = """Szanowni Państwo,

informujemy, że faktura ustrukturyzowana nr **FV/2026/11/0457** wystawiona przez Partner Logistik sp. z o.o. (NIP {NIP1}) nie mogła zostać udostępniona w kontekście Państwa firmy w Krajowym Systemie e-Faktur, ponieważ token uwierzytelniający przypisany do NIP {NIP2} utracił ważność.

Do czasu ponownego uwierzytelnienia faktury zakupowe nie będą udostępniane, co może skutkować utratą prawa do odliczenia podatku VAT w bieżącym okresie rozliczeniowym.

Prosimy o ponowne uwierzytelnienie za pomocą profilu zaufanego, e-dowodu lub kwalifikowanego podpisu elektronicznego w ciągu 72 godzin.

[btn:Przejdź do Aplikacji Podatnika KSeF|{LINK}]

Z poważaniem
Krajowy System e-Faktur
Ministerstwo Finansów

Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.
"""
    m.body = alt(m, sub(src, LINK=link, NIP1=VAT['plog_nip'], NIP2=VAT['eg_pl']), 'utf-8', 'quoted-printable', html_cte='base64',
                 style='brand', boundary=b_hex(m, 64),
                 brand=dict(brand='KSeF · Ministerstwo Finansów', color='#d4213d', btn='#1f4e9c', lang='pl', title='Krajowy System e-Faktur',
                            footer='Ministerstwo Finansów · ul. Świętokrzyska 12 · 00-916 Warszawa'))
    m.h('From', addr('Krajowy System e-Faktur (KSeF)', 'powiadomienia@ksef-mf.pl', quote=True))
    m.h('Mime-Version', '1.0')
    m.h('Subject', text_header('KSeF: wymagane ponowne uwierzytelnienie – faktura FV/2026/11/0457 nieudostępniona', 'UTF-8', 'B'))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', '<%s@geopod-ismtpd-3>' % sgid)
    m.h('X-SG-EID', b64s(m.rng, 76, AL + '+/') + '\n ' + b64s(m.rng, 52, AL + '+/') + '==')
    m.h('To', addr(None, 'pawel.kowalczyk@examplegroup.eu'))
    m.h('X-Entity-ID', 'u001.' + b64s(m.rng, 22, AL + '+/') + '==')
    m.what = 'E-invoicing phishing (KSeF): "token expired, supplier invoice FV/2026/11/0457 not delivered", re-authenticate with Profil Zaufany within 72 h; button via SendGrid to a fake login.gov.pl.'
    m.why = ('KSeF does not e-mail token expiries and is at ksef.mf.gov.pl; sender ksef-mf.pl via SendGrid, hidden redirect, VAT-deduction threat; uses a real supplier invoice number visible to the attacker. '
             'The genuine invoice with its KSeF number is business 22.')
    m.hn = 22
    return m


def a23():
    m = Msg('attack', 23, 'pl', 'partner-logistik-zmiana-rachunku-lookalike', '2026-10-21 12:40:52', 'PL',
            'pawel.kowalczyk@examplegroup.eu', 'ksiegowosc@partner-logistic.pl')
    m.route = routes.custom(m, 'mail.partner-logistic.pl', 'static.112.47.198.88.clients.your-server.de', '88.198.47.112', [
        ('from DESKTOP-KSIEG01 (unknown [37.47.212.9])\n\t(Authenticated sender: ksiegowosc@partner-logistic.pl)\n'
         '\tby mail.partner-logistic.pl (Postfix) with ESMTPSA id {qid}\n\tfor <pawel.kowalczyk@examplegroup.eu>; {date}', 1, 'PL', True)], tls='1.3')
    fake = BANK['plog_fake']
    src = """Dzień dobry,

uprzejmie informujemy, że z dniem 21.10.2026 r. zmianie uległ numer rachunku bankowego naszej spółki. Prosimy o regulowanie wszystkich należności, w tym faktur FV/2026/09/0388 oraz FV/2026/10/0412, wyłącznie na nowy rachunek:

mBank S.A.
%s

Nowy rachunek jest w trakcie zgłaszania do wykazu podatników VAT („biała lista”). Aktualizacja wykazu nastąpi w ciągu kilku dni roboczych, dlatego prosimy o realizację przelewów bez mechanizmu podzielonej płatności.

W załączeniu przesyłamy oficjalne pismo podpisane przez Zarząd. Prosimy o potwierdzenie wprowadzenia zmiany zwrotnym e-mailem.

Z poważaniem

Dział Księgowości
Partner Logistik sp. z o.o.
ul. Strzegomska 236, 54-432 Wrocław
NIP %s
""" % (pl_nrb := ids.pl_nrb(fake), VAT['plog_nip'])
    a = alt(m, src, 'windows-1250', 'quoted-printable', style='outlook', lang='PL', label='windows-1250',
            boundary=b_outlook_desktop(m, 1))
    letter = pdf_att([('H', 'Partner Logistik sp. z o.o.'), ('S', 'ul. Strzegomska 236, 54-432 Wrocław · NIP %s · KRS 0000418827' % VAT['plog_nip']), '',
                      'Wrocław, 21.10.2026', '', ('B', 'Zawiadomienie o zmianie rachunku bankowego'), '',
                      'Szanowni Państwo,', '',
                      'informujemy, że z dniem 21.10.2026 r. właściwym rachunkiem do regulowania należności jest:', '',
                      ('M', 'mBank S.A.'), ('M', pl_nrb), '',
                      'Dotychczasowy rachunek w PKO BP S.A. zostaje zamknięty.', '',
                      'Prezes Zarządu                      Członek Zarządu', 'Andrzej Zieliński                   Ewa Kaczmarek'],
                     'Zawiadomienie_zmiana_rachunku.pdf', title='Zawiadomienie', creator='Microsoft® Word 2021',
                     producer='Microsoft® Word 2021', created=pdf_date(m, minutes_before=25))
    m.body = Multi('mixed', [a, letter], b_outlook_desktop(m, 0), preamble='This is a multipart message in MIME format.')
    m.h('From', addr('Księgowość Partner Logistik', 'ksiegowosc@partner-logistic.pl', 'iso-8859-2', 'Q'))
    m.h('To', addr('Paweł Kowalczyk', 'pawel.kowalczyk@examplegroup.eu', 'iso-8859-2', 'Q'))
    m.h('Cc', addr('Małgorzata Wójcik', 'malgorzata.wojcik@example.com', 'iso-8859-2', 'Q'))
    m.h('Subject', text_header('Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.', 'windows-1250', 'Q'))
    m.h('Date', m.date())
    m.h('Message-ID', outlook_msgid(m.rng, m.t, 'partner-logistic.pl'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'Microsoft Outlook 16.0')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Content-Language', 'pl')
    m.what = 'Logistics-partner bank-detail change (BEC): "Księgowość Partner Logistik" from look-alike partner-logistic.pl (c instead of k) announces a new mBank account and asks to pay without split payment because it is "not yet on the VAT white list".'
    m.why = ('Look-alike domain on a Hetzner VPS; in Poland paying to an account not on the white list or avoiding MPP is an immediate red flag; '
             'e-mail-only confirmation, PDF "signed by the board". The genuine partner invoices from partner-logistik.pl with the unchanged PKO BP account (business 22).')
    m.hn = 22
    return m


def a24():
    m = Msg('attack', 24, 'pl', 'e-sad-nakaz-zaplaty-zip-haslo', '2026-11-23 08:17:29', 'PL',
            'malgorzata.wojcik@example.com', 'biuro@instal-nowak.com.pl')
    m.route = routes.custom(m, 'cloudserver094312.home.pl', 'cloudserver094312.home.pl', '79.96.170.51', [
        ('from [172.245.12.7] (unknown [172.245.12.7])\n\tby cloudserver094312.home.pl (Postfix) with ESMTPSA id {qid}\n'
         '\tfor <malgorzata.wojcik@example.com>; {date}', 1, 'PL', True)], tls='1.3')
    pw = 'ES-1874523'
    member = 'Nakaz_zaplaty_VI_Nc-e_1874523_26.pdf.lnk'
    zipdata = make_zip([(member, zip_placeholder(member, 'a Windows shortcut launching a PowerShell loader'), (2026, 11, 23, 7, 58, 4))],
                       password=pw, seed='a24')
    body = """Sąd Rejonowy Lublin-Zachód w Lublinie
VI Wydział Cywilny - Elektroniczne Postępowanie Upominawcze

Sygn. akt VI Nc-e 1874523/26

Działając na podstawie art. 505(29) § 1 k.p.c., doręczamy odpis nakazu zapłaty wydanego w elektronicznym postępowaniu upominawczym z powództwa TRANSBUD-LOG sp. z o.o. przeciwko Example Group Polska sp. z o.o. na kwotę 48 312,77 zł wraz z odsetkami ustawowymi za opóźnienie oraz kosztami postępowania.

Pozwanemu przysługuje prawo wniesienia sprzeciwu w terminie 14 dni od dnia doręczenia nakazu. W przypadku niewniesienia sprzeciwu nakaz staje się prawomocny i podlega wykonaniu.

Ze względu na ochronę danych osobowych dokument został zaszyfrowany.
Hasło do otwarcia dokumentu: %s

Sekretariat VI Wydziału Cywilnego
""" % pw
    m.body = Multi('mixed', [plain(body, 'iso-8859-2', '8bit', label='ISO-8859-2', quoted=False),
                             Att(zipdata, 'application/x-zip-compressed', 'Nakaz_zaplaty_VI_Nc-e_1874523_26.zip',
                                 note='ZipCrypto, password in body; member %s' % member)], b_tb(m))
    m.h('Message-ID', '<%s@instal-nowak.com.pl>' % uuid(m.rng))
    m.h('Date', m.date())
    m.h('MIME-Version', '1.0')
    m.h('User-Agent', 'Mozilla Thunderbird')
    m.h('Content-Language', 'pl')
    m.h('To', addr(None, 'malgorzata.wojcik@example.com', quote='bare'))
    m.h('From', addr('e-Sąd - Sąd Rejonowy Lublin-Zachód', 'biuro@instal-nowak.com.pl', 'UTF-8', 'B'))
    m.h('Subject', text_header('Nakaz zapłaty w EPU - sygn. akt VI Nc-e 1874523/26', 'UTF-8', 'B'))
    m.h('@CT', None)
    m.h('X-CLIENT-IP', '172.245.12.7')
    m.h('X-CLIENT-HOSTNAME', '172.245.12.7')
    m.what = 'Fake court notice (e-Sąd payment order for 48,312.77 PLN) from the compromised mailbox of a plumbing firm, with a password-protected ZIP holding "…pdf.lnk".'
    m.why = ('Courts do not serve payment orders by e-mail from private company domains; e-Sąd documents are retrieved on the portal. '
             'Encrypted archive with shortcut (.lnk) double extension to evade scanning; sent via home.pl from a US VPS IP.')
    return m


def a25():
    m = Msg('attack', 25, 'pl', 'zus-dokument-screenconnect', '2026-12-07 10:33:14', 'PL',
            'pawel.kowalczyk@examplegroup.eu')
    ses_route(m, host='a4-51.smtp-out.eu-west-1.amazonses.com', ip='54.240.4.51')
    link = 'https://zus-edoc-viewer.screenconnect.com/Bin/ZUS_eDoc_Viewer.ClientSetup.exe?e=Access&y=Guest&c=IOK-2026&c=Example%20Group%20Polska'
    src = """Szanowny Płatniku,

na Twoim profilu w Platformie Usług Elektronicznych udostępniliśmy nowy dokument:

**Informacja o stanie konta ubezpieczonego (IOK) za rok 2026**
Płatnik: Example Group Polska sp. z o.o.
NIP: {NIP}

Dokument jest zabezpieczony podpisem elektronicznym ZUS i można go otworzyć wyłącznie w przeglądarce dokumentów ZUS eDoc dla systemu Windows.

[btn:Pobierz dokument i przeglądarkę eDoc|{LINK}]

Po pobraniu uruchom plik i postępuj zgodnie z instrukcjami na ekranie. Dokument będzie dostępny przez 7 dni.

Z poważaniem
Zakład Ubezpieczeń Społecznych
"""
    m.body = alt(m, sub(src, LINK=link, NIP=VAT['eg_pl']), 'UTF-8', 'base64', style='brand', boundary=b_java(m),
                 brand=dict(brand='ZUS · eZUS', color='#00843d', btn='#00843d', lang='pl', title='eZUS',
                            footer='Zakład Ubezpieczeń Społecznych · ul. Szamocka 3, 5 · 01-748 Warszawa'))
    m.h('From', addr('ZUS - Platforma Usług Elektronicznych', 'powiadomienia@ezus-dokumenty.pl', 'UTF-8', 'Q'))
    m.h('To', addr(None, 'pawel.kowalczyk@examplegroup.eu'))
    m.h('Subject', text_header('Nowy dokument na PUE ZUS: Informacja o stanie konta za 2026 r.', 'UTF-8', 'Q'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('Date', m.date('UTC'))
    ses_headers(m, '54.240.4.51')
    m.what = 'Remote-access tool lure: fake ZUS/PUE notice; "document viewer" link downloads a ConnectWise ScreenConnect client preconfigured for the attacker\'s instance (zus-edoc-viewer.screenconnect.com).'
    m.why = ('ZUS documents are opened in the eZUS portal, never with a downloaded Windows "viewer"; the URL is a ScreenConnect guest installer (legitimate RMM abused for remote access); '
             'sender domain ezus-dokumenty.pl via Amazon SES.')
    return m


def a26():
    m = Msg('attack', 26, 'pl', 'zapytanie-ofertowe-bom-canva-lookalike', '2026-10-30 13:50:03', 'PL',
            'malgorzata.wojcik@example.com', 'k.dabrowska@elmont-pomiar.com.pl')
    m.route = routes.custom(m, 's48.cyber-folks.pl', 's48.cyber-folks.pl', '46.242.241.148', [
        ('from [83.5.164.201] (helo=DESKTOP-ZAK2)\n\tby s48.cyber-folks.pl with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n'
         '\t(Exim 4.97.1)\n\t(envelope-from <k.dabrowska@elmont-pomiar.com.pl>)\n\tid 1tXq9R-0007Fv-2B\n\tfor malgorzata.wojcik@example.com;\n\t{date}', 1, 'PL', False)],
        tls='1.3')
    link = 'https://www.canva.com/design/DAGx7Q2kL9s/view?utm_content=ZO-2026-10-77'
    src = """Dzień dobry Pani Małgorzato,

w związku z planowanym uruchomieniem produkcji nowej serii liczników energii (I kwartał 2027) prosimy o przygotowanie oferty na pozycje z listy BOM - 38 pozycji, m.in. mikrokontrolery Vantor VTR32G4, przetworniki pomiarowe, kondensatory MLCC i złącza.

Ze względu na rozmiar dokumentacji (BOM, rysunki, harmonogram dostaw) udostępniliśmy ją w naszym portalu zakupowym:

[a:Zapytanie ofertowe ZO/2026/10/77 - dokumentacja|%s]

Dostęp wymaga zalogowania kontem firmowym Microsoft 365. Prosimy o przesłanie oferty do 06.11.2026.

Z poważaniem
Katarzyna Dąbrowska
Specjalista ds. Zakupów
Elmont-Pomiar sp. z o.o.
ul. Partyzantów 71, 43-316 Bielsko-Biała
""" % link
    m.body = alt(m, src, 'iso-8859-2', 'quoted-printable', style='outlook', lang='PL', label='iso-8859-2',
                 boundary=b_outlook_desktop(m, 0), link_style='angle')
    m.h('From', addr('Katarzyna Dąbrowska', 'k.dabrowska@elmont-pomiar.com.pl', 'iso-8859-2', 'Q'))
    m.h('To', addr('Małgorzata Wójcik', 'malgorzata.wojcik@example.com', 'iso-8859-2', 'Q'))
    m.h('Subject', text_header('Zapytanie ofertowe ZO/2026/10/77 - komponenty do liczników energii', 'iso-8859-2', 'Q'))
    m.h('Date', m.date())
    m.h('Message-ID', outlook_msgid(m.rng, m.t, 'elmont-pomiar.com.pl'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'Microsoft Outlook 16.0')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Content-Language', 'pl')
    m.what = 'RFQ phishing impersonating a real customer buyer from look-alike elmont-pomiar.com.pl; "BOM in our purchasing portal" is a Canva design that forwards to a Microsoft 365 login page.'
    m.why = ('Real customer domain is elmont-pomiar.pl; look-alike on shared hosting (cyber_Folks), BOM behind a third-party design-sharing page requiring the company M365 login. '
             'The genuine RFQ from the same buyer (business 26) comes from elmont-pomiar.pl with the BOM attached as CSV.')
    m.hn = 26
    return m


# ================================================================ SPANISH
def a27():
    m = Msg('attack', 27, 'es', 'tarjetas-regalo-director-gmail', '2026-11-13 12:47:40', 'ES',
            'lucia.fernandez@example.com', 'javier.munoz.direccion@gmail.com')
    m.route = routes.gmail(m, idx=3)
    src = """Hola Lucía,

¿Estás en la oficina? Necesito que me hagas un favor rápido y discreto.

Estoy reunido con un cliente y no puedo hablar por teléfono. Quiero tener un detalle de Navidad con algunos de nuestros clientes más importantes y necesito 8 tarjetas regalo de Amazon de 100 € cada una. ¿Puedes comprarlas ahora en el Carrefour o en cualquier estanco cercano?

Cuando las tengas, rasca la parte de atrás y mándame por aquí una foto clara de los códigos. Te lo reembolso esta semana con la nota de gastos.

No lo comentes todavía con nadie, es una sorpresa.

Gracias,
Javier

Enviado desde mi iPhone
"""
    m.body = alt(m, src, 'UTF-8', 'quoted-printable', style='gmail')
    m.h('MIME-Version', '1.0')
    m.h('From', addr('Javier Muñoz', 'javier.munoz.direccion@gmail.com', 'UTF-8', 'Q'))
    m.h('Date', m.date())
    m.h('Message-ID', gmail_msgid(m.rng))
    m.h('Subject', text_header('Petición urgente', 'UTF-8', 'B'))
    m.h('To', A('es_acc', 'UTF-8', 'Q'))
    m.what = 'Gift-card scam: "Javier Muñoz" (office director) from a new Gmail address asks the accountant to buy 8 × 100 EUR Amazon gift cards and send photos of the codes, discreetly.'
    m.why = ('Free-mail address that is not Javier\'s, "can\'t talk", secrecy, gift-card codes by photo - textbook gift-card fraud. '
             'Compare the genuine internal request for Christmas hampers via procurement (business 27).')
    m.hn = 27
    return m


def a28():
    m = Msg('attack', 28, 'es', 'aeat-verifactu-alta-obligatoria', '2026-10-26 09:10:55', 'ES',
            'lucia.fernandez@example.com')
    ses_route(m, host='a4-63.smtp-out.eu-west-1.amazonses.com', ip='54.240.4.63')
    link = 'https://sede-agenciatributaria.gob.es.verifactu-alta.com/Sede/procedimientos/G435.shtml?nif=' + VAT['eg_es']
    src = """Estimado/a contribuyente:

Le comunicamos que, de acuerdo con el Real Decreto 1007/2023 y la Orden HAC/1177/2024, las entidades obligadas deben completar el **alta de su sistema informático de facturación** en el servicio VERI*FACTU antes del 1 de enero de 2027.

Tras la comprobación de los datos censales, no consta el alta de la entidad:

|Dato|Valor|
|NIF|{NIF}|
|Razón social|EXAMPLE GROUP IBERIA SL|
|Estado|Pendiente de adhesión|

La falta de adaptación puede dar lugar a sanciones de hasta 50.000 € por ejercicio (art. 201 bis de la Ley 58/2003, General Tributaria).

Para completar el trámite, acceda a la Sede electrónica con su certificado electrónico o Cl@ve:

[btn:Acceder a la Sede electrónica|{LINK}]

Agencia Tributaria
Departamento de Gestión Tributaria
"""
    m.body = alt(m, sub(src, LINK=link, NIF=VAT['eg_es']), 'windows-1252', 'quoted-printable', style='brand', boundary=b_java(m),
                 brand=dict(brand='Agencia Tributaria', color='#9d1c20', btn='#9d1c20', lang='es', title='Agencia Tributaria',
                            footer='Agencia Estatal de Administración Tributaria · Sede electrónica'))
    m.h('From', addr('Agencia Tributaria', 'notificaciones@agenciatributaria-sede.es'))
    m.h('To', addr(None, 'lucia.fernandez@example.com'))
    m.h('Subject', text_header('VERI*FACTU: comunicación de adhesión obligatoria – NIF %s' % VAT['eg_es'], 'windows-1252', 'Q'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('Date', m.date('UTC'))
    ses_headers(m, '54.240.4.63')
    m.what = 'Tax/e-invoicing phishing: fake AEAT notice that VERI*FACTU "adhesion" is pending with fines up to 50,000 EUR; button to a look-alike Sede electrónica asking for certificate/Cl@ve.'
    m.why = ('VERI*FACTU has no registration ("alta") procedure that the AEAT chases by e-mail; sender agenciatributaria-sede.es via Amazon SES; '
             'target host sede-agenciatributaria.gob.es.verifactu-alta.com is a subdomain trick. Genuine AEAT e-mails only announce notifications in DEHú (business 28).')
    m.hn = 28
    return m


def a29():
    m = Msg('attack', 29, 'es', 'callback-caixabank-cargo-retenido', '2026-11-30 18:22:31', 'ES',
            'javier.munoz@example.com', 'caixabank.seguridad.empresas@outlook.com')
    mbx = 'AS8P193MB%d' % m.rng.randrange(1000, 9999)
    dom = 'EURP193.PROD.OUTLOOK.COM'
    m.route = routes.custom(m, 'EUR05-DB8-obe.outbound.protection.outlook.com', 'mail-db8eur05olkn2071.outbound.protection.outlook.com',
                            '40.92.89.71', [
                                ('from %s.%s\n (2603:10a6:20b:5a4::19) by DU0P193MB%d.%s\n (2603:10a6:10:43a::7) with Microsoft SMTP Server (version=TLS1_2,\n'
                                 ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9253.12; {date}' % (mbx, dom, m.rng.randrange(1000, 9999), dom), 1, 'UTC', False),
                                ('from %s.%s\n ([fe80::3c1a:77e2:9b0d:4f12]) by %s.%s\n ([fe80::3c1a:77e2:9b0d:4f12%%6]) with mapi id 15.20.9253.011; {date}' % (mbx, dom, mbx, dom), 0, 'UTC', False)],
                            tls='1.2')
    src = """Estimado cliente:

Le informamos de que hemos **retenido preventivamente** la siguiente operación realizada con su tarjeta Visa Business:

|Dato|Detalle|
|Tarjeta|Visa Business terminada en 8803|
|Comercio|ELECTRO-DIGITAL MARKET SL (Madrid)|
|Importe|2.847,00 EUR|
|Fecha|30/11/2026 17:54|

Si usted no reconoce esta operación, llame inmediatamente a nuestro Departamento de Seguridad 24 h en el **910 48 27 63** para anularla. Por su seguridad, no responda a este correo ni facilite sus claves por e-mail.

Si no recibimos su llamada en las próximas 2 horas, la operación se completará automáticamente.

Atentamente,
CaixaBank - Seguridad Empresas
"""
    m.body = alt(m, src, 'iso-8859-1', 'quoted-printable', style='outlook', lang='ES', label='iso-8859-1')
    m.h('From', addr('CaixaBank | Seguridad', 'caixabank.seguridad.empresas@outlook.com', quote=True))
    m.h('To', addr(None, 'javier.munoz@example.com', quote='bare'))
    m.h('Subject', text_header('Operación retenida: cargo de 2.847,00 EUR con su tarjeta de empresa', 'iso-8859-1', 'Q'))
    m.h('Thread-Topic', text_header('Operación retenida: cargo de 2.847,00 EUR con su tarjeta de empresa', 'iso-8859-1', 'Q'))
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', '<%s%s@%s.%s>' % (mbx, hexs(m.rng, 32, True), mbx, dom))
    m.h('Accept-Language', 'es-ES, en-US')
    m.h('Content-Language', 'es-ES')
    m.h('X-MS-Has-Attach', '')
    m.h('X-MS-TNEF-Correlator', '')
    m.h('x-ms-exchange-messagesentrepresentingtype', '1')
    m.h('X-OriginatorOrg', 'outlook.com')
    m.h('MIME-Version', '1.0')
    m.what = 'Callback phishing (TOAD) in Spanish: "CaixaBank Seguridad" from an outlook.com address reports a held card payment of 2,847 EUR and urges a call to 910 48 27 63 within 2 hours.'
    m.why = ('Bank alerts never come from free outlook.com addresses; no link on purpose - the phone call is used to extract OTPs or install remote access; '
             '2-hour deadline. The genuine CaixaBank notification (business 31) comes from caixabank.com infrastructure and points only to CaixaBankNow.')
    m.hn = 31
    return m


def a30():
    m = Msg('attack', 30, 'es', 'pedido-fraudulento-cliente-lookalike', '2026-10-19 11:08:24', 'ES',
            'javier.munoz@example.com', 'snavarro@automatismos-levante.es')
    m.route = routes.gmail(m, idx=2)
    src = """Buenos días, Javier:

Tras nuestra última conversación, os confirmamos el pedido adjunto PC-2026-0871 para la nueva línea de controladores:

|Referencia|Descripción|Cantidad|
|VTR32G474RET6|MCU Vantor 32 bit, LQFP64|6.000|
|VTP65N120-T|IGBT 1200 V / 65 A|2.500|
|KS-M12-8P-A|Conector M12 8 polos (Kessler)|8.000|

Importe aproximado según vuestra última tarifa: 187.400 € + IVA.

Por un problema de capacidad en nuestra planta de Paterna, necesitamos que esta vez la mercancía se entregue directamente en el almacén de nuestro operador logístico:

TRANSITARIOS DEL CENTRO S.L.
Polígono Industrial Las Fronteras, Calle Yunque 14
28850 Torrejón de Ardoz (Madrid)

Pago a 60 días fecha factura, como siempre. Dado el volumen, ¿podéis ampliar nuestro límite de crédito a 200.000 €? Es urgente: necesitamos confirmación de disponibilidad hoy mismo para no parar la línea.

Un saludo,

Sergio Navarro
Responsable de Compras
Automatismos Levante S.L.
Tel. +34 961 32 58 40
"""
    a = alt(m, src, 'UTF-8', 'quoted-printable', style='gmail')
    po = pdf_att([('H', 'AUTOMATISMOS LEVANTE S.L.'), ('S', 'Av. de la Industria 48 · 46980 Paterna (Valencia) · CIF %s' % VAT['levante']), '',
                  ('B', 'PEDIDO DE COMPRA PC-2026-0871'), 'Fecha: 19/10/2026', 'Proveedor: Example Group Iberia S.L.', '',
                  ('M', 'Ref.            Descripción                         Cant.'),
                  ('M', 'VTR32G474RET6   MCU 32 bit LQFP64                   6.000'),
                  ('M', 'VTP65N120-T     IGBT 1200V 65A                      2.500'),
                  ('M', 'KS-M12-8P-A     Conector M12 8 polos                8.000'), '',
                  'Lugar de entrega: TRANSITARIOS DEL CENTRO S.L., C/ Yunque 14, 28850 Torrejón de Ardoz',
                  'Condiciones de pago: 60 días fecha factura', '', 'Firmado: Sergio Navarro, Compras'],
                 'Pedido_PC-2026-0871.pdf', title='Pedido PC-2026-0871', creator='Google Docs Renderer',
                 producer='Skia/PDF m131', created=pdf_date(m, minutes_before=20))
    m.body = Multi('mixed', [a, po], b_gmail(m))
    m.h('MIME-Version', '1.0')
    m.h('From', addr('Sergio Navarro', 'snavarro@automatismos-levante.es'))
    m.h('Date', m.date())
    m.h('Message-ID', gmail_msgid(m.rng))
    m.h('Subject', text_header('Pedido urgente PC-2026-0871 – Vantor VTR32G474RET6 e IGBT', 'UTF-8', 'Q'))
    m.h('To', A('es_mgr', 'UTF-8', 'Q'))
    m.what = 'Purchase-order fraud: the customer\'s buyer impersonated from look-alike automatismos-levante.es (hyphen) orders ~187,400 EUR of MCUs/IGBTs on 60-day credit, to be delivered to a freight forwarder in Madrid, and asks for a higher credit limit.'
    m.why = ('Real customer domain is automatismoslevante.es; new Google Workspace on a look-alike, delivery diverted to a third-party warehouse, credit-limit increase, same-day urgency - '
             'goods would be shipped and never paid. The genuine order (business 29) comes from the real domain and ships to Paterna.')
    m.hn = 29
    return m


def a31():
    m = Msg('attack', 31, 'es', 'adobe-sign-abuso-nominas', '2026-12-14 10:41:36', 'ES',
            'lucia.fernandez@example.com', 'adobesign@adobesign.com')
    m.route = routes.custom(m, 'mail205.eu1.adobesign.com', 'mail205.eu1.adobesign.com', '3.121.168.205', [
        ('from eu1-esign-app-14 (ip-10-52-14-201.eu-central-1.compute.internal [10.52.14.201])\n\tby mail205.eu1.adobesign.com (Postfix) with ESMTP id {qid}\n'
         '\tfor <lucia.fernandez@example.com>; {date}', 1, 'UTC', True)], tls='1.3')
    link = 'https://secure.eu1.adobesign.com/public/apiesign?pid=CBFCIBAA3AAABLblqZhB' + b64s(m.rng, 60, AL + '-_') + '&chs=' + b64s(m.rng, 12, AL)
    src = """**RRHH Nóminas** (rrhh.nominas.egiberia@outlook.com) le ha enviado **Actualización nómina y retenciones IRPF 2027 – Example Group Iberia** para que lo revise y firme.

[btn:Revisar y firmar|{LINK}]

Mensaje del remitente:
"Estimada/o compañera/o: por la actualización de las retenciones de IRPF para 2027 es necesario revisar el documento y confirmar sus datos personales y bancarios antes del 18/12 para que se apliquen en la nómina de diciembre. Gracias, Departamento de RRHH."

Después de firmar el acuerdo, todas las partes recibirán un enlace al documento firmado.

No reenvíe este correo electrónico: si alguien ve este mensaje, podrá tener acceso al documento.
"""
    m.body = alt(m, sub(src, LINK=link), 'UTF-8', 'quoted-printable', style='brand', boundary=b_java(m),
                 brand=dict(brand='Adobe Acrobat Sign', color='#eb1000', btn='#1473e6', lang='es', title='Adobe Acrobat Sign',
                            footer='Powered by Adobe Acrobat Sign · Adobe Systems Software Ireland Ltd · Condiciones de uso · Privacidad'))
    m.h('Date', m.date('UTC'))
    m.h('From', addr('RRHH Nóminas via Adobe Acrobat Sign', 'adobesign@adobesign.com', 'UTF-8', 'Q'))
    m.h('Reply-To', addr('RRHH Nóminas', 'rrhh.nominas.egiberia@outlook.com', 'UTF-8', 'Q'))
    m.h('To', addr(None, 'lucia.fernandez@example.com', quote='bare'))
    m.h('Message-ID', '<%d.%d.%d.JavaMail.echosign@eu1.adobesign.com>' % (m.rng.randrange(10**8, 10**9), m.rng.randrange(10**5, 10**6), int(m.t.timestamp() * 1000)))
    m.h('Subject', text_header('Se requiere su firma: Actualización nómina y retenciones IRPF 2027 – Example Group Iberia', 'UTF-8', 'Q'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Adobe-Sign-Shard', 'eu1')
    m.what = 'Abuse of a genuine e-signature service: a real Adobe Acrobat Sign e-mail, sent by an outlook.com account posing as "RRHH Nóminas", asks staff to "confirm personal and bank data" for December payroll.'
    m.why = ('Infrastructure and link are genuinely Adobe\'s, but the requester is an external free-mail account; HR does not collect bank data through third-party signature envelopes. '
             'The agreement page leads to a data-harvesting form (payroll diversion).')
    return m


# ================================================================ GREEK
def a32():
    m = Msg('attack', 32, 'el', 'aade-mydata-apokliseis-prostimo', '2026-11-02 09:30:48', 'GR',
            'eleni.konstantinou@examplegroup.eu')
    brevo_route(m, 'aade-mydata.gr.com', 90)
    link = 'https://f91c2a.r.sp1-brevo.net/mk/cl/f/sh/' + b64s(m.rng, 88, AL + '-_')
    src = """Αξιότιμε/η κύριε/κυρία,

από τη διασταύρωση των δεδομένων της ηλεκτρονικής πλατφόρμας **myDATA** διαπιστώθηκαν αποκλίσεις μεταξύ των παραστατικών που εκδόθηκαν από την επιχείρησή σας και των δεδομένων που διαβίβασαν οι αντισυμβαλλόμενοι για το Γ' τρίμηνο 2026.

|Στοιχείο|Τιμή|
|ΑΦΜ|{AFM}|
|Επωνυμία|EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ε.Π.Ε.|
|Παραστατικά με απόκλιση|14|
|Προθεσμία διόρθωσης|10 ημέρες|

Σύμφωνα με το άρθρο 54 του ν. 4174/2013 (ΚΦΔ), η μη διόρθωση των αποκλίσεων εντός της προθεσμίας επισύρει πρόστιμο.

Για να δείτε τις αποκλίσεις, συνδεθείτε με τους κωδικούς TAXISnet:

[btn:Είσοδος στο myDATA|{LINK}]

Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
"""
    m.body = alt(m, sub(src, LINK=link, AFM=VAT['eg_gr']), 'utf-8', 'quoted-printable', style='brand', boundary=b_hex(m, 32),
                 brand=dict(brand='ΑΑΔΕ · myDATA', color='#003476', btn='#0a5ea8', lang='el', title='myDATA',
                            footer='Ανεξάρτητη Αρχή Δημοσίων Εσόδων · Καρ. Σερβίας 10 · 101 84 Αθήνα'))
    m.h('MIME-Version', '1.0')
    m.h('From', addr('ΑΑΔΕ - myDATA', 'enimerosi@aade-mydata.gr.com', 'UTF-8', 'B'))
    m.h('To', addr(None, 'eleni.konstantinou@examplegroup.eu'))
    m.h('Subject', text_header('myDATA: Διαπιστώθηκαν αποκλίσεις στα διαβιβασθέντα παραστατικά – προθεσμία 10 ημερών', 'UTF-8', 'B'))
    m.h('Date', m.date('UTC'))
    brevo_headers(m, 90)
    m.what = 'Tax/e-invoicing phishing: fake AADE myDATA notice about 14 mismatching documents, fine threat, "log in with TAXISnet credentials" via Brevo redirect.'
    m.why = ('AADE does not e-mail myDATA mismatch lists with login buttons; sender domain aade-mydata.gr.com via Brevo; harvests TAXISnet credentials. '
             'The genuine myDATA discussion with the external accountant is business 32.')
    m.hn = 32
    return m


def a33():
    m = Msg('attack', 33, 'el', 'eurobank-kyc-quishing', '2026-10-23 10:15:02', 'GR',
            'georgios.papadopoulos@example.com', 'no-reply@ebanking-eurobank.gr')
    m.route = routes.custom(m, 'mail.ebanking-eurobank.gr', 'unknown', '164.92.221.37', [
        ('from localhost (localhost [127.0.0.1])\n\tby mail.ebanking-eurobank.gr (Postfix) with ESMTP id {qid}\n\tfor <georgios.papadopoulos@example.com>; {date}', 1, 'GR', True)],
        tls='1.3')
    url = 'https://eurobank-kyc.gr-ebanking.info/business/verify?ref=EB-KYC-480271&m=Z2Vvcmdpb3MucGFwYWRvcG91bG9z'
    src = """Αγαπητέ πελάτη,

σύμφωνα με τον ν. 4557/2018 για την πρόληψη της νομιμοποίησης εσόδων από εγκληματικές δραστηριότητες, η Τράπεζα υποχρεούται να επικαιροποιεί περιοδικά τα στοιχεία των νόμιμων εκπροσώπων των εταιρικών πελατών.

Για την εταιρεία **EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε.** η επικαιροποίηση πρέπει να ολοκληρωθεί έως τις **30/10/2026**. Σε αντίθετη περίπτωση η πρόσβαση στο Eurobank Business e-Banking θα περιοριστεί προσωρινά.

Για λόγους ασφαλείας η διαδικασία ολοκληρώνεται αποκλειστικά από κινητό τηλέφωνο. Σαρώστε τον παρακάτω κωδικό QR με την κάμερα του κινητού σας και ακολουθήστε τις οδηγίες.

Με εκτίμηση,
Eurobank – Εξυπηρέτηση Επιχειρήσεων
"""
    plain_t, inner = md(src)
    inner += '\n<p style="text-align:center"><img src="cid:kyc-qr-480271" width="210" height="210" alt="QR"></p>'
    html = brand_html(inner, 'windows-1253', brand='Eurobank Business', color='#d4002a', lang='el', title='Eurobank',
                      footer='Eurobank Α.Ε. · Όθωνος 8 · 105 57 Αθήνα · Το μήνυμα στάλθηκε αυτόματα.')
    rel = Multi('related', [Text(html, 'html', 'windows-1253', 'base64', html_entities=True),
                            qr_att(url, 'kyc-qr-480271', 'kyc.png')], b_phpmailer(m))
    m.body = Multi('alternative', [Text(plain_t + '\n[QR]\n', 'plain', 'windows-1253', 'base64'), rel], b_phpmailer(m))
    m.h('Date', m.date())
    m.h('To', addr(None, 'georgios.papadopoulos@example.com'))
    m.h('From', addr('Eurobank Business', 'no-reply@ebanking-eurobank.gr'))
    m.h('Subject', text_header('Υποχρεωτική επικαιροποίηση στοιχείων (KYC) – Eurobank Business', 'windows-1253', 'B'))
    m.h('Message-ID', '<%s@ebanking-eurobank.gr>' % b64s(m.rng, 40, AL))
    m.h('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.what = 'Quishing: fake Eurobank Business KYC update with deadline and restriction threat; the inline PNG QR code leads to eurobank-kyc.gr-ebanking.info.'
    m.why = ('Look-alike ebanking-eurobank.gr on a DigitalOcean droplet without rDNS, PHPMailer, "complete only on your phone" to move the victim off protected devices; '
             'QR decodes to a non-Eurobank domain. Genuine Eurobank notice: business 34.')
    m.hn = 34
    return m


def a34():
    m = Msg('attack', 34, 'el', 'sextortion-bitcoin-spoofed-self', '2026-11-20 04:12:09', 'GR',
            'georgios.papadopoulos@example.com', 'georgios.papadopoulos@example.com')
    m.route = routes.custom(m, 'example.com', 'unknown', '14.231.182.47', [], tls=None, arrive=3)
    btc = BTC['sextortion']
    body = """Γεια σου.

Όπως ίσως παρατήρησες, σου στέλνω αυτό το μήνυμα από τον δικό σου λογαριασμό. Αυτό σημαίνει ότι έχω πλήρη πρόσβαση στη συσκευή σου.

Εδώ και μερικούς μήνες παρακολουθώ τη δραστηριότητά σου. Μέσω ενός κακόβουλου λογισμικού που εγκατέστησες άθελά σου από μια ιστοσελίδα για ενήλικες, απέκτησα πρόσβαση στην κάμερα, στο μικρόφωνο και στις επαφές σου. Έχω καταγράψει βίντεο από την κάμερά σου την ώρα που έβλεπες συγκεκριμένο περιεχόμενο.

Αν δεν θέλεις αυτό το υλικό να σταλεί σε όλους τους συναδέλφους, τους πελάτες και την οικογένειά σου, μετάφερε 1.150 USD σε Bitcoin στην παρακάτω διεύθυνση:

%s

Αν δεν ξέρεις πώς να αγοράσεις Bitcoin, κάνε αναζήτηση στο Google «αγορά bitcoin».

Έχεις 48 ώρες από τη στιγμή που άνοιξες αυτό το μήνυμα. Ο μετρητής έχει ήδη ξεκινήσει. Μην απαντήσεις σε αυτό το μήνυμα και μην ενημερώσεις την αστυνομία - θα το μάθω αμέσως.
""" % btc
    m.body = plain(body, 'utf-8', '8bit', quoted=False)
    m.h('From', addr(None, 'georgios.papadopoulos@example.com', quote='bare'))
    m.h('To', addr(None, 'georgios.papadopoulos@example.com', quote='bare'))
    m.h('Subject', text_header('Ο λογαριασμός σας έχει παραβιαστεί - georgios.papadopoulos', 'utf-8', 'B'))
    m.h('Date', m.date('VN'))
    m.h('Message-ID', '<%s$%s@example.com>' % (hexs(m.rng, 12, True), hexs(m.rng, 8, True)))
    m.h('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931')
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.what = 'Sextortion: claims device compromise and webcam recordings, demands 1,150 USD in Bitcoin to a bech32 address within 48 h; From/To forged to the victim\'s own address.'
    m.why = ('Own address spoofed from a Vietnamese residential IP without rDNS or TLS, HELO "example.com", fake Outlook Express header; '
             'extortion with crypto payment address - malicious spam by definition.')
    return m


def a35():
    m = Msg('attack', 35, 'el', 'acs-courier-telos-wordpress', '2026-12-10 16:02:44', 'GR',
            'eleni.konstantinou@examplegroup.eu', 'ouzerika@cpanel07.grserver.gr')
    m.route = routes.custom(m, 'cpanel07.grserver.gr', 'cpanel07.grserver.gr', '185.138.42.77', [
        ('from ouzerika by cpanel07.grserver.gr with local (Exim 4.97.1)\n\t(envelope-from <ouzerika@cpanel07.grserver.gr>)\n'
         '\tid 1tZ3kQ-0002Wn-0f\n\tfor eleni.konstantinou@examplegroup.eu; {date}', 1, 'GR', False)], tls='1.3')
    link = 'https://ouzeri-kalamaria.gr/wp-content/uploads/2026/12/acs/track/?id=7214839506&c=GR'
    src = """Αγαπητέ πελάτη,

η αποστολή σας με αριθμό **7214839506** βρίσκεται στο κέντρο διαλογής της ACS στο Ρέντη και δεν μπορεί να παραδοθεί, επειδή εκκρεμούν τέλη εκτελωνισμού ύψους **2,85 €**.

Για να προγραμματιστεί η παράδοση, εξοφλήστε τα τέλη έως αύριο. Μετά την παρέλευση της προθεσμίας η αποστολή θα επιστραφεί στον αποστολέα.

[btn:Πληρωμή τελών & επιλογή παράδοσης|{LINK}]

Ευχαριστούμε που επιλέξατε την ACS.
ACS Courier – Εξυπηρέτηση Πελατών
"""
    m.body = alt(m, sub(src, LINK=link), 'utf-8', 'quoted-printable', style='brand', boundary=b_phpmailer(m),
                 brand=dict(brand='ACS Courier', color='#e2001a', btn='#e2001a', lang='el', title='ACS',
                            footer='ACS Courier Α.Ε. · Εθνικής Αντιστάσεως 25 · Καλαμάκι'))
    m.h('To', addr(None, 'eleni.konstantinou@examplegroup.eu'))
    m.h('Subject', text_header('ACS: Η αποστολή 7214839506 εκκρεμεί – απαιτείται πληρωμή τελών 2,85 €', 'UTF-8', 'B'))
    m.h('X-PHP-Script', 'ouzeri-kalamaria.gr/wp-content/plugins/wp-file-manager/lib/files/m.php for 45.155.205.31')
    m.h('X-PHP-Originating-Script', '1004:m.php')
    m.h('Date', m.date())
    m.h('From', addr('ACS Courier', 'wordpress@ouzeri-kalamaria.gr'))
    m.h('Message-ID', '<%s@ouzeri-kalamaria.gr>' % b64s(m.rng, 40, AL))
    m.h('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.what = 'Courier phishing: fake ACS notice about 2.85 EUR customs fee; link to a card-harvesting page inside a compromised WordPress site of a restaurant.'
    m.why = ('Sent by a PHP web-shell (X-PHP-Script) on shared cPanel hosting as wordpress@ouzeri-kalamaria.gr, small-amount card lure, next-day return threat. '
             'Genuine ACS notices come from acscourier.net with tracking links on acscourier.net (business 35).')
    m.hn = 35
    return m


def a36():
    m = Msg('attack', 36, 'el', 'hellas-cargo-allagi-iban-lookalike', '2026-11-16 12:20:18', 'GR',
            'eleni.konstantinou@examplegroup.eu', 'logistirio@hellas-cargo.gr')
    m.route = routes.custom(m, 'p3plsmtpa11-04.prod.phx3.secureserver.net', 'p3plsmtpa11-04.prod.phx3.secureserver.net', '68.178.252.53', [
        ('from DESKTOP-LOGIST ([45.148.10.92])\n\tby :SMTPAUTH: with ESMTPSA\n\tid 5hTqt1gA2nC6w5hTrtXzyq; {date}', 1, 'UTC', False)], tls='1.3')
    fake = BANK['hcargo_fake']
    src = """Αγαπητοί συνεργάτες,

σας ενημερώνουμε ότι, λόγω τακτικού ελέγχου του εταιρικού μας λογαριασμού στην Τράπεζα Πειραιώς, οι πληρωμές των τιμολογίων μας θα πρέπει προσωρινά να γίνονται στον λογαριασμό της θυγατρικής μας εταιρείας στη Βουλγαρία:

Δικαιούχος: Hellas Cargo Forwarding EOOD
Τράπεζα: DSK Bank, Sofia
IBAN: %s
BIC: STSABGSF

Παρακαλούμε για την άμεση εξόφληση των ληξιπρόθεσμων τιμολογίων ΤΠΥ 3318 και ΤΠΥ 3342 (σύνολο 6.482,40 €) στον παραπάνω λογαριασμό και την αποστολή του αποδεικτικού πληρωμής.

Το τηλεφωνικό κέντρο του λογιστηρίου είναι εκτός λειτουργίας λόγω μετακόμισης, γι' αυτό σας παρακαλούμε να επικοινωνείτε μαζί μας μόνο μέσω e-mail.

Με εκτίμηση,
Λογιστήριο
Hellas Cargo Forwarding Α.Ε.
Ακτή Μιαούλη 47, 185 36 Πειραιάς
""" % IB(fake)
    a = alt(m, src, 'iso-8859-7', 'quoted-printable', style='outlook', lang='EL', label='iso-8859-7',
            boundary=b_outlook_desktop(m, 1))
    letter = pdf_att([('H', 'HELLAS CARGO FORWARDING Α.Ε.'), ('S', 'Ακτή Μιαούλη 47, 185 36 Πειραιάς · ΑΦΜ %s' % VAT['hcargo']), '',
                      'Πειραιάς, 16/11/2026', '', ('B', 'ΓΝΩΣΤΟΠΟΙΗΣΗ ΑΛΛΑΓΗΣ ΤΡΑΠΕΖΙΚΟΥ ΛΟΓΑΡΙΑΣΜΟΥ'), '',
                      'Οι πληρωμές προς την εταιρεία μας γίνονται προσωρινά στον λογαριασμό:', '',
                      ('M', 'Δικαιούχος: Hellas Cargo Forwarding EOOD'), ('M', 'IBAN: %s' % IB(fake)), ('M', 'BIC: STSABGSF'), '',
                      'Για το Δ.Σ.', 'Ο Διευθύνων Σύμβουλος'],
                     'Gnostopoiisi_allagis_logariasmou.pdf', title='Γνωστοποίηση', creator='Microsoft® Word 2019',
                     producer='Microsoft® Word 2019', created=pdf_date(m, minutes_before=15))
    m.body = Multi('mixed', [a, letter], b_outlook_desktop(m, 0), preamble='This is a multipart message in MIME format.')
    m.h('From', addr('Hellas Cargo Forwarding - Λογιστήριο', 'logistirio@hellas-cargo.gr', 'iso-8859-7', 'B'))
    m.h('To', A('gr_acc', 'iso-8859-7', 'B'))
    m.h('Cc', A('gr_mgr', 'iso-8859-7', 'B'))
    m.h('Subject', text_header('Αλλαγή τραπεζικού λογαριασμού - Hellas Cargo Forwarding Α.Ε.', 'iso-8859-7', 'B'))
    m.h('Date', m.date())
    m.h('Message-ID', outlook_msgid(m.rng, m.t, 'hellas-cargo.gr'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'Microsoft Outlook 16.0')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Content-Language', 'el')
    m.h('X-CMAE-Envelope', 'MS4xfB' + b64s(m.rng, 66, AL + '+/'))
    m.what = 'Forwarder bank-detail change (BEC): look-alike hellas-cargo.gr asks to pay overdue invoices (6,482.40 EUR) to a Bulgarian account of a "subsidiary" and discourages phone calls.'
    m.why = ('Real forwarder domain is hellascargo.gr; GoDaddy SMTP from a VPS; payee is a different legal entity abroad; "call centre out of service" blocks the usual verification. '
             'The genuine change (business 36) moves to NBG in Greece and asks to verify by phone.')
    m.hn = 36
    return m


# ================================================================ RUSSIAN
def a37():
    m = Msg('attack', 37, 'ru', 'fns-trebovanie-zip-parol', '2026-12-01 10:05:11', 'RU',
            'olga.ivanova@example.com', 'ifns15.spb@mail.ru')
    m.route = routes.custom(m, 'smtp48.i.mail.ru', 'smtp48.i.mail.ru', '95.163.41.89', [
        ('by smtp48.i.mail.ru with esmtpa (envelope-from <ifns15.spb@mail.ru>)\n\tid 1tU8xB-00000007Xy3-2KpL; {date}', 1, 'RU', False)], tls='1.3')
    pw = '48213'
    member = 'Требование_15-07_48213.pdf.scr'
    zipdata = make_zip([(member, zip_placeholder(member, 'a screensaver-format executable (remote-access trojan)'), (2026, 12, 1, 9, 51, 36))],
                       password=pw, seed='a37')
    body = """Уважаемый налогоплательщик!

В соответствии с п. 3 ст. 88 Налогового кодекса Российской Федерации по результатам камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года выявлены расхождения между сведениями, отражёнными в книге покупок, и сведениями контрагентов.

Вам необходимо в течение 5 (пяти) рабочих дней со дня получения настоящего требования представить пояснения или внести соответствующие исправления в налоговую декларацию.

Требование № 15-07/48213 во вложении. В целях сохранности налоговой тайны архив защищён паролем: %s

Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ.

Межрайонная ИФНС России № 15 по Санкт-Петербургу
Отдел камеральных проверок № 2
""" % pw
    m.body = Multi('mixed', [plain(body, 'windows-1251', 'base64', label='windows-1251'),
                             Att(zipdata, 'application/x-zip-compressed', 'Требование_15-07_48213.zip', charset='windows-1251',
                                 note='ZipCrypto, password in body; member %s' % member)],
                   b_outlook_desktop(m, 0), preamble='This is a multipart message in MIME format.')
    m.h('From', addr('Межрайонная ИФНС России № 15 по Санкт-Петербургу', 'ifns15.spb@mail.ru', 'windows-1251', 'B'))
    m.h('To', addr(None, 'olga.ivanova@example.com', quote='bare'))
    m.h('Subject', text_header('Требование о представлении пояснений № 15-07/48213 (НДС, 3 кв. 2026)', 'windows-1251', 'B'))
    m.h('Date', m.date())
    m.h('Message-ID', outlook_msgid(m.rng, m.t, 'mail.ru'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'Microsoft Outlook 16.0')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Content-Language', 'ru')
    m.h('X-Mailru-Src', 'smtp')
    m.what = 'Fake tax-office demand (FNS "требование о представлении пояснений") from a mail.ru address with a password-protected ZIP containing "…pdf.scr".'
    m.why = ('The FNS sends requirements only through the taxpayer\'s EDI operator (TKS) with a signed receipt, never from mail.ru with encrypted archives; '
             'executable screensaver with double extension; 5-day deadline and penalty threat.')
    return m


def a38():
    m = Msg('attack', 38, 'ru', 'diadok-dokument-fake-login', '2026-11-11 11:30:26', 'RU',
            'olga.ivanova@example.com')
    mailgun_route(m, 'mg.kontur-diadoc.ru', host='m228-61.mailgun.net', ip='159.135.228.61')
    link = 'https://kontur-diadoc.ru/auth/login?next=/Document/Show%3FboxId%3D' + hexs(m.rng, 32) + '%26letterId%3D' + hexs(m.rng, 32)
    src = """Здравствуйте!

Вам поступил документ от контрагента ООО "Невский Элемент" (ИНН {INN}):

|Документ|Сумма|
|УПД N 2341 от 10.11.2026|412 836,00 руб. (в т.ч. НДС 22%)|

Документ требует подписания. Срок подписания - 3 рабочих дня, после чего документ будет автоматически отклонён.

[btn:Перейти к документу|{LINK}]

С уважением,
команда Контур.Диадок

Вы получили это письмо, так как ваша организация подключена к Диадоку.
"""
    m.body = alt(m, sub(src, LINK=link, INN=RU['nev_inn']), 'koi8-r', 'quoted-printable', style='brand', boundary=m._mgid[:32],
                 brand=dict(brand='Контур.Диадок', color='#1f87ef', btn='#1f87ef', lang='ru', title='Диадок',
                            footer='СКБ Контур · Екатеринбург · Отписаться от уведомлений'))
    m.h('Mime-Version', '1.0')
    m.h('@CT', None)
    m.h('Subject', text_header('Вам поступил документ от ООО "Невский Элемент": УПД N 2341', 'koi8-r', 'B'))
    m.h('From', addr('Контур.Диадок', 'noreply@kontur-diadoc.ru', 'koi8-r', 'B'))
    m.h('To', addr(None, 'olga.ivanova@example.com', quote='bare'))
    m.h('Date', m.date('UTC'))
    mailgun_headers(m, 'mg.kontur-diadoc.ru')
    m.what = 'EDI credential phishing: fake Kontur.Diadok notice "document from Nevsky Element (UPD 2341) awaiting signature", button to a look-alike Diadok login.'
    m.why = ('Real Diadok notices come from diadoc.kontur.ru / kontur.ru infrastructure (business 39); here kontur-diadoc.ru via Mailgun, auto-rejection pressure, '
             'credential harvest for the EDI account used for tax documents.')
    m.hn = 39
    return m


def a39():
    m = Msg('attack', 39, 'ru', 'smena-rekvizitov-postavshchik-lookalike', '2026-10-29 14:10:40', 'RU',
            'olga.ivanova@example.com', 'buh@nevelem-spb.ru')
    m.route = routes.custom(m, 'forward501b.mail.yandex.net', 'forward501b.mail.yandex.net', '178.154.239.145', [
        ('from mail-nwsmtp-smtp-production-main-63.vla.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-63.vla.yp-c.yandex.net [IPv6:2a02:6b8:c0f:220f:0:640:1c0a:0])\n'
         '\tby forward501b.mail.yandex.net (Yandex) with ESMTPS id 3AB2C60F2B\n\tfor <olga.ivanova@example.com>; {date}', 2, 'RU', False),
        ('by mail-nwsmtp-smtp-production-main-63.vla.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id q3KpXk2OmKo0-7XbDqRrN;\n\t{date}', 1, 'RU', False)],
        tls='1.3')
    src = """Добрый день!

Уведомляем Вас о смене банковских реквизитов ООО «Невский Элемент» в связи с приостановлением операций по нашему счёту в ПАО Сбербанк (проверка в рамках 115-ФЗ).

С 29.10.2026 просим производить оплату по выставленным счетам только по следующим реквизитам:

Получатель: ООО «Невский Элемент»
ИНН/КПП: {INN} / {KPP}
Р/с: {ACC}
Банк: АО «АЛЬФА-БАНК», г. Москва
К/с: {CORR}
БИК: {BIK}

Официальное письмо за подписью генерального директора и главного бухгалтера во вложении.

Просим оплатить счёт № 2341 от 27.10.2026 на сумму 412 836,00 руб. (в т.ч. НДС 22%) уже по новым реквизитам и направить нам копию платёжного поручения. Платежи на старый счёт будут возвращены банком.

С уважением,
Бухгалтерия ООО «Невский Элемент»
Тел.: +7 (812) 407-31-18
"""
    src = sub(src, INN=RU['nev_inn'], KPP=RU['nev_kpp'], ACC=RU['nev_fake_acct'], CORR=RU['alfa_corr'], BIK=RU['alfa_bik'])
    a = alt(m, src, 'windows-1251', 'quoted-printable', style='outlook', lang='RU', label='windows-1251',
            boundary=b_outlook_desktop(m, 1))
    letter = pdf_att([('H', 'ООО «Невский Элемент»'), ('S', '196084, Санкт-Петербург, ул. Заставская, д. 22 · ИНН %s · КПП %s · ОГРН %s' % (RU['nev_inn'], RU['nev_kpp'], RU['nev_ogrn'])), '',
                      'Исх. № 418 от 28.10.2026', '', ('B', 'Информационное письмо о смене банковских реквизитов'), '',
                      'Просим с 29.10.2026 производить расчёты по следующим реквизитам:', '',
                      ('M', 'Р/с  %s' % RU['nev_fake_acct']), ('M', 'Банк АО «АЛЬФА-БАНК», г. Москва'),
                      ('M', 'К/с  %s' % RU['alfa_corr']), ('M', 'БИК  %s' % RU['alfa_bik']), '',
                      'Генеральный директор ____________ С. В. Лебедев', 'Главный бухгалтер    ____________ Н. А. Орлова'],
                     'Письмо_смена_реквизитов.pdf', title='Смена реквизитов', creator='Microsoft® Word 2016',
                     producer='Microsoft® Word 2016', created=pdf_date(m, minutes_before=60))
    letter.charset = 'windows-1251'
    m.body = Multi('mixed', [a, letter], b_outlook_desktop(m, 0), preamble='This is a multipart message in MIME format.')
    m.h('From', addr('Бухгалтерия ООО «Невский Элемент»', 'buh@nevelem-spb.ru', 'windows-1251', 'B'))
    m.h('To', A('ru_acc', 'windows-1251', 'B'))
    m.h('Cc', A('ru_mgr', 'windows-1251', 'B'))
    m.h('Subject', text_header('Уведомление о смене банковских реквизитов', 'windows-1251', 'B'))
    m.h('Date', m.date())
    m.h('Message-ID', outlook_msgid(m.rng, m.t, 'nevelem-spb.ru'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'Microsoft Outlook 16.0')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Content-Language', 'ru')
    m.h('X-Yandex-Fwd', '1')
    m.what = 'Supplier bank-detail change (BEC) in Russian: look-alike nevelem-spb.ru (Yandex 360) claims the Sberbank account is frozen under 115-FZ and moves payments to an Alfa-Bank Moscow account; invoice 412,836 RUB.'
    m.why = ('Real supplier domain is nevelem.ru; new account in another bank and city, pretext of a blocked account, "payments to the old account will bounce"; '
             'account/BIK pass the control-key check, so only the process reveals the fraud. The genuine invoice with Sberbank details is business 37.')
    m.hn = 37
    return m


def a40():
    m = Msg('attack', 40, 'ru', 'pochtovyi-yashchik-perepolnen-firebase', '2026-12-08 09:45:17', 'RU',
            'dmitry.sokolov@examplegroup.eu')
    mailgun_route(m, 'mg.mailadmin-notify.ru', host='m204-227.eu.mailgun.net', ip='161.38.204.227')
    link = 'https://owa-examplegroup-eu.firebaseapp.com/?email=dmitry.sokolov@examplegroup.eu&quota=98'
    src = """Уважаемый пользователь!

Ваш почтовый ящик dmitry.sokolov@examplegroup.eu заполнен на **98%** (49,1 ГБ из 50 ГБ).

Новые входящие сообщения временно задерживаются на сервере. Через 24 часа задержанные письма будут удалены без возможности восстановления.

Чтобы бесплатно увеличить квоту и получить задержанные сообщения, подтвердите свою учётную запись:

[btn:Подтвердить учётную запись|{LINK}]

Администратор почтового сервера examplegroup.eu
"""
    m.body = alt(m, sub(src, LINK=link), 'koi8-r', 'quoted-printable', style='brand', boundary=m._mgid[:32],
                 brand=dict(brand='Outlook Web App', color='#0072c6', btn='#0072c6', lang='ru', title='Outlook',
                            footer='Это автоматическое сообщение. Не отвечайте на него.'))
    m.h('Mime-Version', '1.0')
    m.h('@CT', None)
    m.h('Subject', text_header('Ваш почтовый ящик переполнен (98%) - входящие письма задержаны', 'koi8-r', 'B'))
    m.h('From', addr('Администратор почты examplegroup.eu', 'postmaster@mailadmin-notify.ru', 'koi8-r', 'B'))
    m.h('To', addr(None, 'dmitry.sokolov@examplegroup.eu', quote='bare'))
    m.h('Date', m.date('UTC'))
    mailgun_headers(m, 'mg.mailadmin-notify.ru')
    m.what = 'Credential phishing impersonating the company mail administrator: "mailbox 98% full, messages held, confirm your account", link to an OWA clone on firebaseapp.com.'
    m.why = ('External sender mailadmin-notify.ru via Mailgun with an internal-looking display name; Example Group\'s IT never asks to "confirm the account" for quota; '
             'link on an abused Firebase hosting domain with the address prefilled; deletion threat.')
    m.hn = 38
    return m


ALL = [a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40]
