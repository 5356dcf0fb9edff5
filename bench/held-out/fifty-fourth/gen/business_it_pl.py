"""Genuine business messages, Italian (5) and Polish (5)."""
from common import M, sysf, alt, plain, mixed, pdf_att, quote_block, exch_id, html_of, S, BANK, ids, docs
from mime import Bin, Multi, Text
import routes as R
from attacks_it_pl import NIP_PL, PIVA_IT

FERRETTI_SRV = dict(server='smtpdh20.si.aruba.it', server_ip='62.149.155.170', mta='aruba')
FERRETTI_OFFICE = ('[192.168.1.34]', 'unknown', '93.41.227.15')
PIVA_FERRETTI = ids.it_piva('0218744098')
NIP_PARTNER = ids.pl_nip('631256118')
HOMEPL = dict(server='cloudserver2054937.home.pl', server_ip='79.96.217.48', mta='homepl')
PARTNER_OFFICE = ('[192.168.0.118]', 'static-91-227-43-18.gliwice.vectranet.pl', '91.227.43.18')


# ---------------------------------------------------------------- Italian

def it_invoice():
    iban = BANK['ferretti']
    text = """Spett.le EXAMPLE GROUP ITALIA S.R.L.,

in allegato trasmettiamo copia di cortesia della fattura n. FT2026-1152 del 31/10/2026 relativa ai trasporti del mese di ottobre.

Si ricorda che l'originale della fattura elettronica e' stato trasmesso tramite il Sistema di Interscambio al Vostro codice destinatario; il documento PDF allegato non ha valore fiscale.

Importo totale: EUR 11.785,20
Scadenza: 30/11/2026 - bonifico bancario
Banco BPM S.p.A. - IBAN %s

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Mantova 118 - 25018 Montichiari (BS)
P.IVA %s - Tel. 030 961 4400

Questo messaggio e' stato generato automaticamente dal gestionale.
""" % (ids.fmt_iban(iban), PIVA_FERRETTI)
    pdf = [('FERRETTI TRASPORTI S.p.A.', 15, True), 'Via Mantova 118 - 25018 Montichiari (BS) - P.IVA %s' % PIVA_FERRETTI, '',
           ('FATTURA N. FT2026-1152 del 31/10/2026 - COPIA DI CORTESIA', 12, True), '',
           'Cliente: EXAMPLE GROUP ITALIA S.R.L. - Via della Siderurgia 48 - 25125 Brescia - P.IVA %s' % PIVA_IT, '',
           'Descrizione                                                       Q.tà   Prezzo      Importo',
           'Trasporto rottame ferroso Brescia - Duisburg (DE), bilico ribaltabile   5   1.380,00    6.900,00',
           'Trasporto rottame Brescia - Lumezzane, cassone scarrabile               8     335,00    2.680,00', '',
           'Imponibile: 9.580,00      IVA 22%: 2.107,60', 'Contributo gasolio (art. 6 contratto): 80,00 + IVA 17,60',
           ('Totale documento: EUR 11.785,20', 11, True), '',
           'Pagamento: bonifico a 30 gg d.f. - scadenza 30/11/2026', 'Banco BPM S.p.A. - IBAN %s' % ids.fmt_iban(iban), '',
           'Documento privo di valenza fiscale ai sensi dell\'art. 21 DPR 633/72. L\'originale è disponibile nell\'area riservata SdI.']
    return M(lang='it', slug='carrier-invoice-courtesy-copy', at='2026-11-02 09:31',
             frm=('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'), to=[S('lorusso')],
             subject='Invio fattura n. FT2026-1152 del 31/10/2026 - Ferretti Trasporti S.p.A.', hcs='iso-8859-1', henc='Q',
             sys=sysf(R.smtp_auth, client=FERRETTI_OFFICE, mua='generic', **FERRETTI_SRV),
             headers=[('X-Mailer', 'TeamSystem Enterprise - Invio documenti')],
             body=mixed(plain(text, 'iso-8859-1', 'base64'),
                        pdf_att('FT2026-1152_Ferretti_Trasporti.pdf', pdf, producer='TeamSystem Enterprise')),
             hard_negative_of=[('thread-hijack-carrier-encrypted-zip', 'Invoice from the same carrier; genuine ERP mail from the '
                                'carrier\'s office line, plain PDF courtesy copy, known bank details.')],
             what='Carrier sends the courtesy PDF copy of its October invoice (original via SdI)',
             why='Genuine: real carrier domain at Aruba from its office IP, ERP-generated, plain PDF, known Banco BPM account, '
                 'states the legally valid original went through SdI.')


def it_reminder():
    text = """Buongiorno Francesca,

dal nostro estratto conto risultano ancora aperte le seguenti fatture relative ai trasporti di settembre, scadute il 31/10:

FT2026-1072 del 15/09/2026   EUR 3.840,00
FT2026-1074 del 18/09/2026   EUR 4.112,40
FT2026-1081 del 30/09/2026   EUR 3.668,00

Totale: EUR 11.620,40

Vi chiediamo cortesemente di provvedere al saldo entro venerdì 13/11 sul solito conto Banco BPM. In mancanza del pagamento saremo purtroppo costretti, come previsto dall'art. 7 del contratto, a sospendere i ritiri programmati a partire dalla prossima settimana.

Se il pagamento è già stato disposto, vi prego di inviarmi la contabile così aggiorno la posizione.

Grazie e buona giornata

Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A.
Via Mantova 118 - 25018 Montichiari (BS)
Tel. 030 961 4420
"""
    return M(lang='it', slug='carrier-payment-reminder', at='2026-11-11 09:47',
             frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=[S('lorusso')], cc=[S('bellandi')],
             subject='Sollecito pagamento fatture trasporto settembre', hcs='windows-1252', henc='Q',
             sys=sysf(R.smtp_auth, client=FERRETTI_OFFICE, mua='outlook', lang='it-IT', **FERRETTI_SRV),
             body=alt(text, 'windows-1252', 'quoted-printable', 'outlook', lang='IT'),
             hard_negative_of=[('carrier-bank-change-lookalike', 'Same carrier and same three invoices; genuine domain and office '
                                'line, "usual account", threat of suspending pick-ups is contractual, no account change.'),
                               ('thread-hijack-carrier-encrypted-zip', 'The thread that was later hijacked.')],
             what='Carrier\'s urgent payment reminder with threat to suspend pick-ups',
             why='Genuine: known contact, real domain via Aruba from the office IP, refers to the usual account and the '
                 'contract clause; no links or attachments.')


def it_complaint():
    text = """Buongiorno Sig. Ferrante,

Vi comunichiamo che il carico consegnato ieri 19/11/2026 (DDT n. 4471/26, automezzo FR 227 PK, rottame ferroso cat. E8, 27,8 t) è stato respinto all'ingresso dello stabilimento per allarme del portale di rilevazione radiometrica.

Il controllo con strumento portatile eseguito dal nostro esperto di radioprotezione ha individuato una sorgente puntiforme nella parte posteriore del cassone (rateo di dose a contatto 2,4 µSv/h). Come previsto dal D.Lgs. 101/2020 abbiamo messo in sicurezza il mezzo nell'area di quarantena e informato la Prefettura e l'ARPA Lombardia.

Vi chiediamo di:
- indicarci entro oggi il nominativo del Vostro esperto qualificato per l'intervento di caratterizzazione;
- sospendere le consegne dallo stesso fornitore fino a chiarimento;
- prendere atto che i costi di gestione della sorgente e la sosta del mezzo saranno addebitati come da condizioni generali di acquisto (art. 11).

Restiamo a disposizione per un sopralluogo congiunto domattina.

Distinti saluti

Marco Gatti
Responsabile Acquisti Materie Prime
Fonderia Bresciana S.r.l.
Via Industriale 22 - 25030 Castel Mella (BS)
Tel. 030 258 7711
"""
    return M(lang='it', slug='customer-complaint-radiation-alarm', at='2026-11-20 08:22',
             frm=('Marco Gatti', 'm.gatti@fonderiabresciana.it'), to=[S('ferrante')], cc=[S('bellandi')],
             subject='Respingimento carico DDT 4471/26 - allarme portale radiometrico', hcs='iso-8859-1', henc='Q',
             sys=sysf(R.exo, srv='VI1PR08MB5321', region='eurprd08', obe=('EUR03', 'VI1', 'vi1eur03', '40.107.103'),
                      lang='it-IT', topic='Respingimento carico DDT 4471/26 - allarme portale radiometrico'),
             body=alt(text, 'iso-8859-1', 'quoted-printable', 'outlook', lang='IT'),
             what='Foundry customer rejects a scrap load after a radiation-portal alarm and demands action',
             why='Genuine: known customer on its Microsoft 365 tenant, concrete operational incident (DDT, plate, legal '
                 'references), demands are normal for the trade; no links, no payment redirection.')


def it_laptop():
    text = """Ciao Giorgio,

ti scrivo dalla mail personale perché il portatile aziendale non si accende più: da stamattina la luce di alimentazione lampeggia arancione e lo schermo resta nero, anche con il caricatore attaccato.

Domani sono tutto il giorno da un cliente a Lumezzane per il contratto dei torniti, quindi mi servirebbe un portatile sostitutivo. Posso passare in ufficio verso le 17:30 a prendere il muletto? Metto in copia Thomas dell'IT di Duisburg.

Thomas, in short: my laptop (ThinkPad T14, asset EG-IT-0417) does not power on any more, orange LED blinking. Could Brescia give me a loaner tomorrow? Thanks!

Grazie,
Niccolò
"""
    return M(lang='it', slug='colleague-broken-laptop-private-mail', at='2026-11-25 13:09',
             frm=('Niccolò Ferrante', 'niccolo.ferrante@libero.it'), to=[S('bellandi')], cc=[S('krueger')],
             subject='Portatile aziendale KO', hcs='utf-8', henc='Q',
             sys=sysf(R.libero, client_ip='151.38.71.204'),
             body=alt(text, 'utf-8', 'quoted-printable', 'simple'),
             what='Sales rep writes from his private Libero address: company laptop broken, asks for a loaner',
             why='Genuine: private address used by the employee, plausible IT issue, asks for a physical pick-up at the office; '
                 'no credentials, no money.')


def it_newsletter():
    base = 'https://arr-rottami.musvc2.net/e/t?q=3%3DTbJVN%26E%3D4%26I%3D'
    text = """ARR Notizie - Novembre 2026

RENTRI: le prossime scadenze per gli operatori del recupero rottami

- Contributo annuale 2027: va versato entro il 30 aprile 2027 esclusivamente tramite pagoPA dall'area operatori del portale rentri.gov.it. Il RENTRI non invia avvisi di pagamento con IBAN.
- FIR digitale: dal 13 febbraio 2026 il formulario digitale è obbligatorio per tutti gli iscritti; consigliamo di verificare le deleghe dei trasportatori.
- Attenzione: alcuni associati ci hanno segnalato e-mail fraudolente che chiedono il pagamento del "contributo RENTRI" con link o bonifico. Non rispondete e segnalatele all'associazione.

Leggi l'approfondimento: %s1%%26K%%3D0

Prezzi rottami ferrosi - rilevazione Camera di Commercio di Brescia, seduta del 12/11/2026
Leggi i listini: %s2%%26K%%3D0

Convegno "Economia circolare dei metalli", Brescia, 4 dicembre 2026 - iscrizioni aperte.

Ricevi questa newsletter in quanto associato ARR. Per non ricevere più comunicazioni: https://arr-rottami.musvc2.net/e/u?q=3%%3DTbJVN%%26E%%3D4%%26I%%3D9
ARR - Associazione Recuperatori Rottami, Via Cefalonia 70, 25124 Brescia
""" % (base, base)
    unsub = 'https://arr-rottami.musvc2.net/e/u?q=3%3DTbJVN%26E%3D4%26I%3D9'
    return M(lang='it', slug='association-newsletter-rentri', at='2026-11-18 07:15',
             frm=('ARR Notizie', 'notizie@arr-rottami.it'), env='bounce-2841-104-notizie=arr-rottami.it@mailupnet.it',
             to=[S('bellandi')], subject='ARR Notizie: RENTRI, scadenze e prezzi rottami di novembre', hcs='utf-8', henc='Q',
             sys=sysf(R.mailup),
             headers=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe-2841-104@mailupnet.it>' % unsub),
                      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                      ('List-ID', '<2841.arr-rottami.mailupclient.com>'), ('Precedence', 'bulk'),
                      ('X-MailUp-ListID', '4')],
             body=alt(text, 'utf-8', 'quoted-printable', 'simple'),
             hard_negative_of=[('rentri-waste-registry-fee-phish', 'Same topic (RENTRI annual contribution); subscribed '
                                'association newsletter via MailUp with List-Unsubscribe, points to rentri.gov.it and warns '
                                'about the fraud.')],
             what='Trade association newsletter (subscribed) on RENTRI deadlines and scrap prices, via MailUp',
             why='Genuine: subscribed list, MailUp ESP with List-Unsubscribe, informational, points to the official portal.')


# ---------------------------------------------------------------- Polish

def pl_invoice():
    iban = BANK['partner_logistik']
    ksef = '%s-20261105-3A7F9B21C4D8-5E' % NIP_PARTNER
    text = """Szanowni Państwo,

w załączeniu przesyłamy wizualizację faktury nr FV/2026/11/0318 z dnia 05.11.2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur.
Numer KSeF: %s

Załączony plik PDF ma wyłącznie charakter informacyjny.

Kwota do zapłaty: 14 200,00 zł
Termin płatności: 05.12.2026 r.
Rachunek: %s (Bank Pekao S.A.)

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Portowa 14, 44-100 Gliwice
NIP %s

Wiadomość wygenerowana automatycznie przez system Comarch ERP Optima.
""" % (ksef, ids.fmt_iban(iban), NIP_PARTNER)
    pdf = [('Partner Logistik sp. z o.o.', 14, True), 'ul. Portowa 14, 44-100 Gliwice | NIP %s' % NIP_PARTNER, '',
           ('Faktura VAT nr FV/2026/11/0318', 13, True), 'Data wystawienia: 05.11.2026   Data sprzedaży: 04.11.2026',
           'Numer KSeF: %s' % ksef, '',
           'Nabywca: Example Group Polska sp. z o.o., ul. Hutnicza 21, 40-241 Katowice, NIP %s' % NIP_PL, '',
           'Lp. Nazwa usługi                                              Netto        VAT      Brutto',
           '1   Transport międzynarodowy Katowice - Duisburg (DE),            14 200,00   0%%      14 200,00'.replace('%%', '%'),
           '    zlecenie 2026/11/0457, ciągnik + naczepa walking floor', '',
           ('Razem do zapłaty: 14 200,00 zł', 11, True), 'Słownie: czternaście tysięcy dwieście złotych 00/100', '',
           'Sposób płatności: przelew, termin 30 dni', 'Rachunek: %s' % ids.fmt_iban(iban), '',
           'Stawka VAT 0% - art. 83 ust. 1 pkt 23 ustawy o VAT (transport międzynarodowy).']
    return M(lang='pl', slug='partner-invoice-ksef', at='2026-11-05 12:18',
             frm=('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'), to=[S('luczak')],
             subject='Faktura FV/2026/11/0318 - Partner Logistik sp. z o.o.', hcs='iso-8859-2', henc='Q',
             sys=sysf(R.smtp_auth, client=PARTNER_OFFICE, mua='generic', **HOMEPL),
             headers=[('X-Mailer', 'Comarch ERP Optima 2026.1')],
             body=mixed(plain(text, 'iso-8859-2', 'base64'),
                        pdf_att('FV_2026_11_0318.pdf', pdf, producer='Comarch ERP Optima')),
             hard_negative_of=[('factoring-assignment-bank-redirect', 'Invoice of the same logistics partner; genuine: own '
                                'domain and office line, KSeF number, known Pekao account - no assignment or account change.')],
             what='Logistics partner\'s invoice (KSeF-issued) with PDF visualisation',
             why='Genuine: partner domain at home.pl from its office IP, ERP-generated, KSeF number, known account.')


def pl_transport_order():
    cmr = [('CMR', 16, True), 'Międzynarodowy samochodowy list przewozowy / Lettre de voiture internationale', '',
           '1 Nadawca: Example Group Polska sp. z o.o., ul. Hutnicza 21, 40-241 Katowice',
           '2 Odbiorca: Example Group GmbH, Sortieranlage Hochfeld, Rheinhauser Str. 80, 47053 Duisburg',
           '3 Miejsce przeznaczenia: Duisburg (DE)', '4 Miejsce i data załadowania: Katowice, 13.11.2026',
           '6-9 Rodzaj towaru: odpady z tworzyw sztucznych, folia PE w belach (kod odpadu 19 12 04), 24 bele',
           '11 Waga brutto: 23 860 kg', '16 Przewoźnik: Partner Logistik sp. z o.o., Gliwice - SK 7R412 / SK 3N90A',
           '', 'Załadunek: podpis i pieczęć nadawcy [skan]        Przewoźnik: podpis [skan]',
           '', 'Nr zlecenia: 2026/11/0457 | Awizacja Duisburg: 16.11.2026, 07:30, rampa 3']
    text = """Dzień dobry Panie Pawle,

potwierdzam realizację zlecenia transportowego nr 2026/11/0457 (Katowice - Duisburg, folia PE w belach, 24 bele, ok. 23,9 t). Załadunek odbył się 13.11., w załączniku przesyłam skan CMR z załadunku.

Awizacja w Duisburgu: poniedziałek 16.11.2026, godz. 7:30, rampa 3 - potwierdzona przez panią Lübke z dyspozycji.
Kierowca: Rafał Nowicki, tel. +48 605 771 208, zestaw SK 7R412 / SK 3N90A.

CMR z podpisem odbiorcy prześlę po powrocie kierowcy.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik Działu Spedycji
Partner Logistik sp. z o.o.
ul. Portowa 14, 44-100 Gliwice
tel. +48 32 339 41 20, kom. +48 601 284 377
"""
    return M(lang='pl', slug='transport-order-cmr', at='2026-11-17 14:05',
             frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=[S('wroblewski')], cc=[S('luebke')],
             subject='Zlecenie transportowe 2026/11/0457 - CMR i awizacja', hcs='windows-1250', henc='Q',
             sys=sysf(R.smtp_auth, client=PARTNER_OFFICE, mua='outlook', lang='pl-PL', **HOMEPL),
             body=mixed(alt(text, 'windows-1250', 'quoted-printable', 'outlook', lang='PL'),
                        pdf_att('CMR_2026-11-0457_zaladunek.pdf', cmr, producer='Canon iR-ADV C5535 PDF')),
             hard_negative_of=[('thread-hijack-partner-html-login', 'Start of the thread that was hijacked; genuine: same '
                                'mailbox but sent from the partner\'s office line, CMR as scanned PDF, no login.')],
             what='Logistics partner confirms a transport order, delivery slot and sends the loading CMR as PDF',
             why='Genuine: partner\'s office IP via home.pl, concrete order data, scanned PDF, no links.')


def pl_ksef_internal():
    text = """Szanowni Państwo,

przypominam zasady obiegu faktur zakupowych w Krajowym Systemie e-Faktur (KSeF), obowiązujące w naszej spółce od 1 lutego 2026 r.:

1. Faktury od dostawców pobieramy wyłącznie z KSeF przez system finansowo-księgowy. PDF-y otrzymane mailem traktujemy tylko jako wizualizację - nie są podstawą do zapłaty.
2. Uprawnienia i tokeny KSeF dla naszego NIP nadaje i odnawia wyłącznie dział księgowości (ja oraz p. Paweł Wróblewski). Nikt z Państwa nie musi się w tej sprawie nigdzie logować.
3. Ministerstwo Finansów nie wysyła e-maili z linkami do logowania do KSeF ani informacji o "wygasających tokenach". Takie wiadomości proszę przekazywać do it-security@example.com i nie klikać w linki.
4. Zmiana rachunku bankowego dostawcy wymaga potwierdzenia telefonicznego pod numerem z naszej bazy kontrahentów - nigdy pod numerem podanym w mailu.

W razie pytań proszę o kontakt pod numerem wewnętrznym 214.

Pozdrawiam
Małgorzata Łuczak
Główna Księgowa
Example Group Polska sp. z o.o.
"""
    return M(lang='pl', slug='internal-ksef-process-notice', at='2026-11-09 10:40',
             frm=S('luczak'), to=[('Pracownicy Katowice', 'katowice-wszyscy@example.com')], rcpt=S('dabrowski')[1],
             subject='KSeF - przypomnienie zasad obiegu faktur i bezpieczeństwa', hcs='iso-8859-2', henc='Q',
             sys=sysf(R.internal, lang='pl-PL', topic='KSeF - przypomnienie zasad obiegu faktur i bezpieczeństwa'),
             body=alt(text, 'iso-8859-2', 'quoted-printable', 'outlook', lang='PL'),
             hard_negative_of=[('ksef-token-expiry-phish', 'Same topic (KSeF access/tokens); internal notice via the '
                                'internal relay, no link, warns about exactly this phishing.')],
             what='Internal accounting notice on KSeF invoice handling and related fraud',
             why='Genuine: internal Exchange via mail-int01, process information, no links or requests.')


def pl_customer_order():
    text = """Dzień dobry,

potwierdzam zamówienie na grudzień:
- folia LDPE 98/2, bele ok. 400-450 kg, 3 auta (ok. 66 t),
- cena wg ustaleń telefonicznych: 1 150 zł/t netto, franco Tychy,
- dostawy: 7.12, 14.12 i 18.12, awizacja jak zwykle dzień wcześniej.

Jedna uwaga do ostatniej dostawy (WZ 2026/1187 z 13.11): dwie bele były mocno zawilgocone, pomiar wilgotności 12 %. Prosimy o przechowywanie bel pod dachem przed załadunkiem, inaczej będziemy musieli potrącać wagę.

Proszę o przesłanie potwierdzenia zamówienia oraz aktualnych kart przekazania odpadu (BDO) przed pierwszą dostawą.

Pozdrawiam
Agnieszka Kowalczyk
Dział Zakupów Surowców
PolyRecykl sp. z o.o.
ul. Strefowa 9, 43-100 Tychy
tel. +48 32 720 18 44
"""
    return M(lang='pl', slug='customer-order-pe-film-bales', at='2026-11-26 11:52',
             frm=('Agnieszka Kowalczyk', 'a.kowalczyk@polyrecykl.pl'), to=[S('dabrowski')], cc=[S('wroblewski')],
             subject='Zamówienie grudzień - folia LDPE 98/2', hcs='UTF-8', henc='Q',
             sys=sysf(R.smtp_auth, server='mail.polyrecykl.pl', server_ip='31.186.84.118', server_rdns='mail.polyrecykl.pl',
                      client=('[10.10.1.57]', 'host-178-216-200-61.tychy.net.pl', '178.216.200.61'), mua='thunderbird', lang='pl'),
             body=Text(text, 'plain', 'UTF-8', '8bit', quote=False, flowed=True),
             what='Customer orders three trucks of PE film bales and notes a moisture problem',
             why='Genuine: known customer domain and own mail server, Thunderbird, concrete order and quality feedback; no links.')


def pl_sick():
    text = """Cześć Paweł,

piszę z prywatnej skrzynki, bo od wczoraj leżę z grypą i nie mam przy sobie służbowego laptopa. Lekarz wystawił e-ZLA do piątku 4.12 włącznie - zwolnienie powinno już być widoczne w PUE ZUS.

Pilne sprawy: PolyRecykl czeka na potwierdzenie zamówienia na grudzień (mail od p. Kowalczyk z 26.11) - cena i terminy są w mailu, wystarczy potwierdzić. Resztę ogarnę po powrocie.

Pozdrawiam
Marcin
"""
    return M(lang='pl', slug='colleague-sick-leave-private-mail', at='2026-11-30 08:12',
             frm=('Marcin Dąbrowski', 'marcin.dabrowski82@wp.pl'), to=[S('wroblewski')],
             subject='L4 do piątku', hcs='iso-8859-2', henc='Q',
             sys=sysf(R.wp, client_ip='83.24.117.90'),
             body=plain(text, 'iso-8859-2', 'quoted-printable', quote=False, flowed=True),
             what='Colleague reports sick leave (e-ZLA) from his private wp.pl address',
             why='Genuine: private mailbox, routine notice, e-ZLA goes through ZUS; no request for data or payments.')


def messages():
    return [it_invoice(), it_reminder(), it_complaint(), it_laptop(), it_newsletter(),
            pl_invoice(), pl_transport_order(), pl_ksef_internal(), pl_customer_order(), pl_sick()]
