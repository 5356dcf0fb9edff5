"""Attack messages, Italian (17-21) and Polish (22-26)."""
import base64

from common import *  # noqa: F401,F403
from biz_it_pl import ferretti_letterhead, PARTNER_NIP
from att_en import svg_doc

F = 'attack'


def build():
    # ------------------------------------------------------------------ 17 carrier bank change from look-alike domain
    t = dt(2026, 11, 16, 7, 42, 18)
    body = '''Spett.le Example Group Italia S.r.l.,

con la presente Vi comunichiamo che, a seguito di una riorganizzazione dei rapporti bancari, a partire dalla data odierna i pagamenti a nostro favore dovranno essere effettuati esclusivamente sul nuovo conto corrente indicato nella lettera allegata, firmata dal nostro Amministratore Delegato.

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di disporre su tale conto anche il pagamento della fattura n. 2026/1184 del 30/10/2026 (€ 3.100,00) in scadenza il 30/11. Il vecchio conto Intesa Sanpaolo è in fase di chiusura e i bonifici in entrata verranno respinti.

Per motivi organizzativi (trasloco dell'ufficio amministrativo) i nostri numeri fissi non saranno raggiungibili fino a fine mese: per qualsiasi comunicazione Vi preghiamo di rispondere a questa e-mail.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Zanica 58 – 24126 Bergamo
'''
    letter = pdf.letter(ferretti_letterhead() + [
        'Spett.le Example Group Italia S.r.l.', 'Via della Spiga 24 - 20121 Milano', ('S', 14),
        'Bergamo, 13/11/2026', ('S', 8), ('B', 'Oggetto: comunicazione variazione coordinate bancarie'), ('S', 6),
        ('W', 'Con la presente si comunica che, con decorrenza immediata, tutti i pagamenti a favore di Ferretti '
              'Trasporti S.p.A. dovranno essere effettuati sul seguente conto corrente:'), ('S', 6),
        'Intestatario: Ferretti Trasporti S.p.A.', 'IBAN: ' + fmt_iban(BANK['ferretti_fraud']), 'BIC: SELBIT2BXXX',
        ('S', 6), ('W', 'Le precedenti coordinate bancarie non sono più valide. Si prega di aggiornare l\'anagrafica.'),
        ('S', 20), 'L\'Amministratore Delegato', 'Dott. Roberto Ferretti'],
        producer='PDF24 Creator', creator='PDF24 Creator', title='', author='utente',
        created=pdfdate(dt(2026, 11, 13, 19, 5)))
    make(F, 17, 'it', 'vettore-cambio-iban-dominio-simile', frm=('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.com'),
         to=[S('it_acc')], subject='Comunicazione variazione coordinate bancarie – Ferretti Trasporti S.p.A.', t=t,
         infra=P(I.vps, helo='mail.ferretti-trasporti.com', rdns='vps-8c2d41f7.vps.ovh.net', ip='51.178.%d.%d' % (
             num('a17a', 2, 250), num('a17b', 2, 250)), mailer='outlook', local_hop=False),
         body=mixed(ol_alt(body, 'iso-8859-1', lang='IT'), attach(letter, 'application/pdf', 'Comunicazione_variazione_IBAN.pdf')),
         hcs='iso-8859-1', order='outlook', bstyle='outlook',
         what='"Ferretti Trasporti" announces new bank details and asks to pay invoice 2026/1184 to the new account.',
         why='Carrier bank-detail fraud from the look-alike ferretti-trasporti.com (genuine .it on Microsoft 365) '
             'sent from an OVH VPS; immediate change, open invoice redirected, landlines "unreachable" so no '
             'call-back; new IBAN at a different bank (valid CIN) in a PDF24 letter created the same evening.')

    # ------------------------------------------------------------------ 18 SdI rejection notice, credential phishing via SES
    t = dt(2026, 11, 4, 10, 6, 33)
    piva = money.it_piva('1048273015')
    link = 'https://ivaservizi.agenziaentrate-fatture.it/portale/web/guest/notifica?id=18473920512'
    body = '''Notifica di scarto – Sistema di Interscambio

Identificativo SdI: 18473920512
Nome file: IT%s_0A3F1.xml
Data di ricezione: 03/11/2026
Codice errore: 00404 – Fattura duplicata

Gentile contribuente,

la fattura elettronica indicata è stata scartata dal Sistema di Interscambio. Un documento scartato si considera non emesso: è necessario procedere al reinvio entro 5 giorni dalla data della notifica per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997.

Per visualizzare il dettaglio della notifica e il file scartato, acceda all'area riservata con SPID, CIE o CNS:

[[Accedi a Fatture e Corrispettivi|%s]]

Agenzia delle Entrate – Divisione Servizi
Messaggio generato automaticamente, si prega di non rispondere.
''' % (piva, link)
    paras = body.split('\n\n')
    hb = tpl.service_html('Notifica di scarto – Sistema di Interscambio', paras[1:4] + [paras[4]],
                          button=('Accedi a Fatture e Corrispettivi', link), footer=paras[-1],
                          color='#0066cc', brand='Agenzia delle Entrate', lang='it')
    make(F, 18, 'it', 'sdi-notifica-scarto-phishing-spid', frm=('Agenzia delle Entrate - Fatture e Corrispettivi', 'notifiche-sdi@agenziaentrate-fatture.it'),
         to=[S('it_acc')], subject='Notifica di scarto fattura elettronica – Identificativo SdI 18473920512', t=t,
         infra=P(I.ses), body=alt(text(tpl.plain(body), 'utf-8', 'base64'), html(hb, 'utf-8', 'base64')),
         bstyle='service',
         what='"Agenzia delle Entrate" reports an e-invoice rejected by SdI and asks to log in with SPID/CIE to resubmit.',
         why='Tax-authority / e-invoicing impersonation from agenziaentrate-fatture.it via Amazon SES; SdI rejection '
             'notices go to the transmitting channel, not as e-mails with login links; look-alike portal host '
             'harvests SPID/CIE credentials; sanction threat and 5-day deadline.')

    # ------------------------------------------------------------------ 19 trade-fair housing scam via Mailgun
    t = dt(2026, 10, 27, 8, 15, 51)
    body = '''Gentile Dott.ssa Ferraro,

in vista di VICENZAORO January 2027 (Fiera di Vicenza, 15–19 gennaio 2027) Le scriviamo in qualità di housing service per espositori e buyer accreditati. Come ogni anno la disponibilità alberghiera a Vicenza e dintorni durante la manifestazione è molto limitata; abbiamo riservato per Example Group un contingente di camere a tariffa convenzionata:

- Hotel 4* a 900 m dal quartiere fieristico – doppia uso singola € 189/notte
- Hotel 3* a Vicenza centro – € 139/notte
- Navetta gratuita da e per la fiera

Per confermare l'opzione La preghiamo di inviarci entro il 6 novembre:
1. nomi dei partecipanti e date di arrivo/partenza;
2. il modulo di prenotazione allegato, firmato, e la contabile del bonifico dell'acconto del 40%.

Dopo tale data le camere verranno rilasciate ad altri espositori.

Cordiali saluti,
Elena Marchetti
Housing & Travel Desk – VICENZAORO 2027
'''
    form = pdf.letter([('H', 'VICENZAORO January 2027 - Housing & Travel Desk'), 'Modulo di prenotazione alberghiera', ('R',),
                       'Azienda: Example Group Italia S.r.l.     Referente: ______________________', ('S', 6),
                       ('T', ['Struttura', 'Tipologia', 'Tariffa/notte', 'Camere'], [170, 120, 90, 60], True),
                       ('T', ['Hotel **** zona fiera', 'DUS', 'EUR 189', '___'], [170, 120, 90, 60]),
                       ('T', ['Hotel *** Vicenza centro', 'DUS', 'EUR 139', '___'], [170, 120, 90, 60]), ('S', 8),
                       ('W', 'Acconto 40% da versare entro il 06/11/2026 a: Expo Housing Services UAB - IBAN '
                             + fmt_iban(money.iban_lt('32500', '41853307216')) + ' - BIC REVOLT21. Il saldo sarà '
                             'addebitato alla carta di credito indicata al check-in. Cancellazione non rimborsabile.'),
                       ('S', 10), 'Titolare carta: ____________  Numero: ____________  Scadenza: ____  CVV: ___',
                       ('S', 20), 'Timbro e firma ____________________'],
                      producer='Canva', creator='Canva', title='Modulo prenotazione VOJ27',
                      created=pdfdate(dt(2026, 10, 26, 17, 30)))
    make(F, 19, 'it', 'fiera-vicenzaoro-housing-truffa', frm=('VICENZAORO Housing Service', 'booking@vicenzaoro-housing.com'),
         to=[S('it_mgr')], subject='VICENZAORO January 2027 – camere riservate per Example Group (scadenza 6/11)', t=t,
         infra=P(I.mailgun, mg_domain='mg.vicenzaoro-housing.com'),
         body=mixed(alt(text(body, 'utf-8', 'quoted-printable'), html(tpl.tb_html(body, 'utf-8'), 'utf-8', 'quoted-printable')),
                    attach(form, 'application/pdf', 'Modulo_prenotazione_VOJ27.pdf')),
         bstyle='default',
         what='"Housing service" for the VicenzaOro fair offers reserved hotel rooms against a 40 % deposit and card data.',
         why='Trade-fair housing scam: not affiliated with the fair organiser, look-alike domain via Mailgun, '
             'unsolicited "reserved" rooms with a deadline, deposit to a Lithuanian neobank account and card '
             'details including CVV on a Canva form, non-refundable.')

    # ------------------------------------------------------------------ 20 SVG "bank transfer receipt", compromised hotel
    t = dt(2026, 11, 26, 9, 41, 27)
    em = S('it_acc')[1]
    url = 'https://pub-3f9a2c81d4e54b7a9c1e0f6b2d8a4c17.r2.dev/contabile.html#' + base64.b64encode(em.encode()).decode()
    svg = svg_doc('CONTABILE BONIFICO SEPA', 'Ordine n. 0781 - data esecuzione 26/11/2026 - Intesa Sanpaolo', 'Visualizza contabile',
                  url, color='#00843d', note='Documento protetto: accedi per visualizzare la contabile completa.')
    body = '''Buongiorno,

in allegato la contabile del bonifico disposto in data odierna a saldo della Vs. fattura n. 781.

Restiamo a disposizione per eventuali chiarimenti.

Cordiali saluti
Ufficio Amministrazione
Hotel Villa Serena ****
Via Gardesana 112 – 37011 Bardolino (VR)
'''
    make(F, 20, 'it', 'svg-contabile-bonifico-hotel-compromesso', frm=('Hotel Villa Serena', 'amministrazione@hotelvillaserena-garda.it'),
         to=[S('it_acc')], subject='Contabile bonifico – Vs. fattura n. 781', t=t,
         infra=P(I.exim_cpanel, server='srv12.hostingweb-cpanel.it', server_ip='89.46.108.%d' % num('a20', 10, 200),
                 client_ip='41.216.%d.%d' % (num('a20a', 2, 250), num('a20b', 2, 250)), mua='roundcube'),
         body=mixed(alt(text(body, 'utf-8', 'quoted-printable'), html(tpl.tb_html(body), 'utf-8', 'quoted-printable')),
                    attach(svg, 'image/svg+xml', 'Contabile_Bonifico_SEPA_781.svg')),
         what='A lakeside hotel sends a "bank transfer receipt" for an invoice 781 as an SVG file.',
         why='SVG lure from a hotel\'s compromised cPanel mailbox (webmail from an African IP): we never invoiced '
             'this hotel; the SVG is a fake receipt whose button links to an r2.dev page with the victim\'s address '
             'encoded (credential phishing).')

    # ------------------------------------------------------------------ 21 fake quote request, password ZIP with .lnk
    t = dt(2026, 10, 28, 14, 33, 9)
    body = '''Buongiorno,

sono il titolare di una gioielleria a Bari e sto ampliando l'assortimento di oro 18 kt per la stagione natalizia. Ho visto la vostra collezione nella boutique di Milano e vorrei ricevere un preventivo per gli articoli indicati nel file allegato (circa 40 pezzi tra parure, bracciali tennis e fedi), con prezzi all'ingrosso e tempi di consegna.

Il file è protetto per riservatezza, la password è: 2026

Se possibile gradirei una risposta entro venerdì, così da chiudere gli ordini prima del ponte dell'Immacolata.

Cordiali saluti
Alessandro Greco
Gioielleria Greco – Bari
Tel. 080 521 4487
'''
    z = make_zip([('Richiesta_preventivo_articoli.pdf.lnk', placeholder('Richiesta_preventivo_articoli.pdf.lnk'))],
                 password='2026', when=(2026, 10, 28, 15, 20, 0), seed='a21')
    make(F, 21, 'it', 'richiesta-preventivo-zip-protetto-lnk', frm=('Alessandro Greco', 'ale.greco.gioielli@libero.it'),
         to=[S('it_mgr')], subject='Richiesta preventivo oro 18 kt – Gioielleria Greco Bari', t=t,
         infra=P(I.libero, client_ip='185.220.101.%d' % num('a21ip', 2, 250)),
         body=mixed(text(body, 'utf-8', 'quoted-printable'), attach(z, 'application/zip', 'Richiesta_preventivo_articoli.zip')),
         what='New "customer" (jeweller in Bari) asks for a wholesale quote; item list in a password-protected ZIP.',
         why='Malware delivery: password-protected ZIP (ZipCrypto, password "2026" in the body) containing a Windows '
             'shortcut disguised as PDF (.pdf.lnk, inert placeholder); unknown contact on freemail, webmail session '
             'from a Tor exit node, deadline.')

    # ------------------------------------------------------------------ 22 thread hijack, compromised logistics partner
    t = dt(2026, 12, 3, 8, 52, 46)
    b23 = REG[('business', 23)]
    ag_mid = internal_msgid('a22-agnieszka-reply')
    nrb = fmt_iban(BANK['partner_fraud'])[2:]
    quoted = '''Dzień dobry Panie Tadeuszu,

terminy pasują. Na inwentaryzację 30.12 przyjedzie Paweł Kowalczyk.
Proszę tylko o informację, o której godzinie możemy zacząć.

Pozdrawiam
Agnieszka Wójcik
'''
    body = '''Dzień dobry Panie Pawle,

w nawiązaniu do ustaleń z Panią Agnieszką: w związku z trwającym audytem w naszym banku dotychczasowy rachunek w mBanku jest czasowo zablokowany dla wpływów. Uprzejmie prosimy o uregulowanie faktury FV/2026/11/0412 (18 412,35 zł, termin 14.12) oraz kolejnych płatności na nasz rachunek pomocniczy:

Partner Logistik sp. z o.o.
Bank Millennium S.A.
%s

Rachunek zostanie zgłoszony do wykazu podatników VAT w najbliższych dniach, do tego czasu prosimy nie stosować mechanizmu podzielonej płatności. Proszę o potwierdzenie zlecenia przelewu w odpowiedzi na tę wiadomość.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik ds. Obsługi Klienta
Partner Logistik sp. z o.o.

W dniu 25.11.2026 o 09:14, Agnieszka Wójcik pisze:
''' % nrb + quote(quoted)
    webhop = ('Received: from [185.107.56.214]\r\n\tby webmail.partner-logistik.pl\r\n\twith HTTP (HTTP/1.1 POST); %s'
              % rfc(t, 'CE'))
    make(F, 22, 'pl', 'przejety-watek-partner-logistik-zmiana-konta', frm=C('zielinski'), to=[S('pl_acc')], cc=[S('pl_mgr')],
         subject='Re: Harmonogram dostaw grudzień – magazyn Komorniki', t=t, irt=ag_mid, refs='%s %s' % (b23, ag_mid),
         infra=P(I.postfix_own, server='mail.partner-logistik.pl', server_ip='91.227.76.140', client_ip='127.0.0.1',
                 client_rdns='localhost', helo_client='webmail.partner-logistik.pl', mua='roundcube', extra_hop=webhop,
                 sub_tls=None),
         body=text(body, 'UTF-8', 'quoted-printable', flowed=True, quote_cs=False),
         what='Reply in the genuine December-schedule thread from the logistics partner\'s real mailbox, redirecting payments to an "auxiliary account".',
         why='Thread hijack from a compromised partner mailbox: webmail session from an NForce (NL) hosting IP, '
             'unlike the partner\'s Outlook from its office; bank change inside an operational thread, account not '
             'on the VAT white list (payments above PLN 15,000 lose deductibility), asks to skip split payment, '
             'confirmation by e-mail only; invoices come from ksiegowosc@ (business 22).')

    # ------------------------------------------------------------------ 23 KSeF invoice notification phishing (VPS)
    t = dt(2026, 11, 20, 13, 21, 34)
    dhl_nip = money.pl_nip('527265329')
    ksef = '%s-20261119-%s-%s' % (dhl_nip, h('a23k', 12).upper(), h('a23c', 2).upper())
    link = 'https://ksef-mf-gov.pl/web/faktura/pobierz?nr=' + ksef
    body = '''Ministerstwo Finansów – Krajowy System e-Faktur (KSeF)

Powiadomienie o fakturze ustrukturyzowanej oczekującej na odbiór

Nabywca: Example Group Polska sp. z o.o., NIP %s
Wystawca: DHL Parcel Polska sp. z o.o., NIP %s
Numer KSeF: %s
Kwota brutto: 4 812,60 zł
Termin płatności: 27.11.2026

Faktura nie została dotąd pobrana przez nabywcę. Datą otrzymania faktury ustrukturyzowanej jest data przydzielenia jej numeru w KSeF – w celu uniknięcia opóźnień w płatności prosimy o pobranie dokumentu.

[[Pobierz fakturę (logowanie Profilem Zaufanym lub tokenem KSeF)|%s]]

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
''' % (money.pl_nip('526101473'), dhl_nip, ksef, link)
    paras = body.split('\n\n')
    hb = tpl.service_html('Powiadomienie o fakturze oczekującej na odbiór', paras[1:4],
                          button=('Pobierz fakturę', link), footer=paras[-1], color='#c8102e',
                          brand='KSeF – Ministerstwo Finansów', lang='pl', charset='iso-8859-2')
    make(F, 23, 'pl', 'ksef-powiadomienie-faktura-phishing', frm=('Krajowy System e-Faktur', 'powiadomienia@ksef-mf-gov.pl'),
         to=[S('pl_acc')], subject='KSeF: faktura oczekuje na odbiór – %s' % ksef, t=t,
         infra=P(I.vps, helo='mail.ksef-mf-gov.pl', rdns='vmi%d.contaboserver.net' % num('a23v', 1000000, 2999999),
                 ip='62.171.%d.%d' % (num('a23a', 128, 191), num('a23b', 2, 250)), mailer='phpmailer'),
         body=alt(text(tpl.plain(body), 'iso-8859-2', 'quoted-printable'), html(hb, 'iso-8859-2', 'quoted-printable')),
         hcs='iso-8859-2', bstyle='php',
         what='"KSeF" notification that a structured e-invoice awaits download, with a login link (Profil Zaufany / KSeF token).',
         why='E-invoicing impersonation: KSeF does not e-mail such notices; look-alike ksef-mf-gov.pl sent by '
             'PHPMailer from a Contabo VPS; link harvests Profil Zaufany/KSeF token credentials that allow issuing '
             'and reading the company\'s invoices.')

    # ------------------------------------------------------------------ 24 courier customs fee for Swiss parcel (Brevo)
    t = dt(2026, 11, 9, 9, 5, 12)
    link = 'https://dhl-express-odprawa.pl/platnosc/4829173650'
    body = '''Przesyłka DHL Express nr 4829173650 – należności celne do zapłaty

Dzień dobry,

przesyłka nadana przez MONTRES VALLORBE SA (Le Sentier, Szwajcaria) do Example Group Polska sp. z o.o. (zawartość: części zamienne – paski i zapięcia) została zatrzymana w oddziale celnym Port Lotniczy Warszawa-Okęcie do czasu uregulowania należności:

Cło: 0,00 zł
Podatek VAT z tytułu importu: 162,37 zł
Opłata za obsługę odprawy: 22,00 zł
Razem: 184,37 zł

Prosimy o dokonanie płatności w ciągu 48 godzin. Po tym terminie przesyłka zostanie zwrócona do nadawcy na jego koszt.

[[Zapłać należności online|%s]]

DHL Express (Poland) sp. z o.o.
Wiadomość wygenerowana automatycznie.
''' % link
    paras = body.split('\n\n')
    hb = tpl.service_html(paras[0], paras[1:5], button=('Zapłać należności online', link),
                          footer=paras[-1], color='#d40511', brand='DHL Express', lang='pl', charset='windows-1250')
    make(F, 24, 'pl', 'kurier-clo-przesylka-ze-szwajcarii', frm=('DHL Express', 'noreply@dhl-express-odprawa.pl'), to=[S('pl_mgr')],
         subject='Należności celne do zapłaty – przesyłka 4829173650', t=t, infra=P(I.brevo),
         body=alt(text(tpl.plain(body), 'windows-1250', 'base64'), html(hb, 'windows-1250', 'base64')),
         hcs='windows-1250', bstyle='service',
         what='"DHL Express" asks to pay PLN 184.37 import VAT and fees for a parcel from the Swiss watch brand.',
         why='Courier/customs lure tailored to the trade (real Swiss supplier named): look-alike domain via Brevo, '
             '48-hour return threat, small amount to harvest payment-card data on a fake payment page; DHL bills '
             'duties through MyDHL+/dhl.com.')

    # ------------------------------------------------------------------ 25 Teams / Quick Assist vishing pretext
    t = dt(2026, 12, 9, 12, 36, 7)
    body = '''Dzień dobry Pani Agnieszko,

nasz system bezpieczeństwa poczty wykrył od rana masową wysyłkę niechcianych wiadomości na Pani skrzynkę. To typowy objaw ataku, który może doprowadzić do zablokowania konta. Zgłoszenie otrzymało numer INC0048217.

Aby zatrzymać ten ruch, nasz specjalista ds. bezpieczeństwa skontaktuje się z Panią w ciągu 15 minut przez Microsoft Teams (konto „Help Desk | Example Group IT”). Prosimy:
1. zaakceptować czat lub połączenie w Teams,
2. uruchomić na komputerze aplikację Szybka pomoc (Quick Assist, skrót Ctrl + Windows + Q),
3. podać specjaliście sześcioznakowy kod wyświetlony w aplikacji.

Cała operacja trwa około 10 minut. Prosimy nie wyłączać komputera i nie zgłaszać sprawy lokalnie – incydent jest już obsługiwany przez centralny zespół w Pforzheim.

Z poważaniem
Service Desk IT
Example Group AG | Pforzheim
'''
    make(F, 25, 'pl', 'helpdesk-teams-szybka-pomoc-pretekst', frm=('Service Desk IT – Example Group', 'servicedesk@examplegroupit.onmicrosoft.com'),
         to=[S('pl_mgr')], subject='INC0048217: masowy spam na Pani skrzynce – kontakt przez Teams', t=t,
         infra=P(I.m365, lang='pl-PL', obe='EUR01-HE1-obe'), body=ol_alt(body, 'utf-8', lang='PL'), order='outlook',
         what='"Service Desk IT" announces a Teams call about a spam flood and asks to start Quick Assist and give the code.',
         why='Remote-access vishing pretext (email-bombing + Teams helpdesk, Storm-1811/Black Basta TTP): external '
             'onmicrosoft.com tenant posing as our IT, asks to accept an external Teams contact and grant Quick '
             'Assist control, discourages reporting locally.')

    # ------------------------------------------------------------------ 26 bank phishing via compromised florist mailbox
    t = dt(2026, 11, 24, 6, 48, 36)
    link = 'https://ipkobiznes-weryfikacja.com/login?cid=%s' % h('a26', 16)
    body = '''Szanowni Państwo,

w związku z nowymi wymogami dotyczącymi silnego uwierzytelniania użytkowników bankowości korporacyjnej, do 30 listopada 2026 r. wszyscy użytkownicy serwisu iPKO biznes muszą potwierdzić swoje dane oraz uprawnienia.

Użytkownicy, którzy nie dokonają weryfikacji, od 1 grudnia 2026 r. utracą możliwość autoryzacji przelewów – do czasu osobistej wizyty w oddziale.

[[Przejdź do weryfikacji|%s]]

Weryfikacja trwa około 3 minut. Przygotuj identyfikator firmy, login użytkownika oraz token lub aplikację mobilną do potwierdzenia.

Z poważaniem
Zespół iPKO biznes
PKO Bank Polski S.A.
''' % link
    paras = body.split('\n\n')
    hb = tpl.service_html('Weryfikacja użytkowników iPKO biznes', paras[:3], button=('Przejdź do weryfikacji', link),
                          footer='\n\n'.join(paras[4:]), color='#004c9a', brand='PKO Bank Polski', lang='pl')
    make(F, 26, 'pl', 'bank-ipko-biznes-weryfikacja-phishing', frm=('iPKO biznes', 'biuro@kwiaciarnia-rozana.pl'),
         to=[S('pl_acc')], subject='Pilne: weryfikacja użytkowników iPKO biznes do 30.11.2026', t=t,
         infra=P(I.exim_cpanel, server='s58.cyber-folks.pl', server_ip='195.78.66.%d' % num('a26h', 10, 200),
                 client_ip='45.128.%d.%d' % (num('a26a', 2, 250), num('a26b', 2, 250)), mua='phpmailer', webmail=False,
                 helo='[127.0.0.1]'),
         body=alt(text(tpl.plain(body), 'utf-8', 'quoted-printable'), html(hb, 'utf-8', 'quoted-printable')),
         bstyle='php',
         what='"PKO Bank Polski" demands re-verification of iPKO biznes users by 30 Nov or transfers will be blocked.',
         why='Corporate-banking credential phishing sent through a florist\'s compromised hosting account '
             '(PHPMailer over authenticated SMTP), display name of the bank, look-alike login domain, blocking threat; '
             'asks for company ID, login and token confirmation.')
