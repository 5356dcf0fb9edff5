"""Polish messages: attacks 22-26, business 22-26."""
from common import *  # noqa
from lib.ids import iban_pl

PL_NIP = TAX['example_pl_nip']
FAKE_SECURO = iban_pl('1140200', '0000330217648809')   # mBank, fake supplier in CEO fraud

# ============================================================== ATTACKS

_u22 = 'https://ksef-mf.com.pl/aplikacja-podatnika/uwierzytelnienie?nip=' + PL_NIP + '&token=7f41c0e9b2'
msg(file='22-pl-ksef-token-wygasa', kind='attack', lang='pl', when='2026-11-23 07:45:12', zone='eu-cet',
    route=I.ses, route_kw=dict(region='eu-central-1'),
    env_from='powiadomienia@ksef-mf.com.pl', rcpt='malgorzata.kowalczyk@example.com',
    headers=[('From', A('Krajowy System e-Faktur (KSeF)', 'powiadomienia@ksef-mf.com.pl')),
             ('To', A('', 'malgorzata.kowalczyk@example.com')),
             ('Subject', hval('KSeF: token uwierzytelniający wygasa 30.11.2026 – wymagane ponowne uwierzytelnienie', 'utf-8', 'B'))],
    body=lambda b: b.alt(
        b.text('Ministerstwo Finansów\nKrajowy System e-Faktur\n\nSzanowni Państwo,\n\n'
               'informujemy, że token uwierzytelniający przypisany do kontekstu NIP ' + PL_NIP + ' wygasa w dniu 30.11.2026 r. '
               'Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych w KSeF nie będzie możliwe, a faktury '
               'wystawione poza systemem mogą skutkować sankcjami przewidzianymi w ustawie o VAT.\n\n'
               'Aby zachować ciągłość, należy ponownie uwierzytelnić podmiot w Aplikacji Podatnika KSeF i wygenerować nowy '
               'token:\n' + _u22 + '\n\nUwierzytelnienie możliwe jest przy użyciu danych logowania do e-Urzędu Skarbowego '
               'lub kwalifikowanego podpisu elektronicznego.\n\nWiadomość wygenerowana automatycznie – prosimy na nią nie '
               'odpowiadać.\n\nMinisterstwo Finansów', 'utf-8', 'quoted-printable'),
        b.html(notice_html('utf-8', 'Token uwierzytelniający KSeF wygasa', [
            'Szanowni Państwo,',
            'informujemy, że token uwierzytelniający przypisany do kontekstu NIP ' + PL_NIP + ' wygasa w dniu 30.11.2026 r. Po tym '
            'terminie wystawianie i odbieranie faktur ustrukturyzowanych w KSeF nie będzie możliwe, a faktury wystawione poza '
            'systemem mogą skutkować sankcjami przewidzianymi w ustawie o VAT.',
            'Aby zachować ciągłość, należy ponownie uwierzytelnić podmiot w Aplikacji Podatnika KSeF i wygenerować nowy token.',
            'Uwierzytelnienie możliwe jest przy użyciu danych logowania do e-Urzędu Skarbowego lub kwalifikowanego podpisu elektronicznego.'],
            button=('Uwierzytelnij w Aplikacji Podatnika', _u22), brand='Ministerstwo Finansów · KSeF', color='#b3112e', lang='pl',
            footer='Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.'), 'utf-8', 'quoted-printable'),
        style='py'),
    what='Credential phishing tailored to Poland\'s mandatory e-invoicing: "KSeF token expires, re-authenticate".',
    why='Look-alike domain ksef-mf.com.pl via Amazon SES (the Ministry uses ksef.mf.gov.pl / podatki.gov.pl and does not e-mail '
        'token-expiry links); asks for e-Urząd Skarbowy credentials; sanction threat and deadline.')

_pdf23 = make_pdf([
    ('Partner Logistik sp. z o.o.', 14, True), 'ul. Żmigrodzka 244, 51-131 Wrocław · NIP ' + TAX['partner_nip'], '---', '',
    'Wrocław, 16.11.2026', '', 'Example Group GmbH & Co. KGaA Oddział w Polsce', 'ul. Legnicka 48, 54-202 Wrocław', '',
    ('Zawiadomienie o zmianie rachunku bankowego', 12, True), '',
    'Uprzejmie informujemy, że od dnia 16.11.2026 r. wszystkie płatności na rzecz Partner Logistik sp. z o.o.',
    'należy kierować wyłącznie na rachunek:', '',
    'Bank Millennium S.A.', fmt_iban(BANK['partner_fake']), '',
    'Dotychczasowy rachunek w PKO Banku Polskim S.A. zostanie zamknięty z końcem miesiąca.', '',
    'Zarząd Partner Logistik sp. z o.o.'],
    title='Zmiana rachunku', producer='Microsoft® Word 2016', date=pdfdate(2026, 11, 16, 8, 5))

msg(file='23-pl-partner-logistik-zmiana-rachunku-lookalike', kind='attack', lang='pl', when='2026-11-16 08:37:26',
    route=I.postfix_company, route_kw=dict(mailhost='mail.partner-logistlk.pl', ip='116.203.144.77',
                                           rdns='static.77.144.203.116.clients.your-server.de', msgid_style='outlook',
                                           helo='mail.partner-logistlk.pl', mailer=[('X-Mailer', 'Microsoft Outlook 16.0')]),
    env_from='ksiegowosc@partner-logistlk.pl', rcpt='malgorzata.kowalczyk@example.com',
    headers=[('From', A('Księgowość Partner Logistik', 'ksiegowosc@partner-logistlk.pl', 'windows-1250', 'Q')),
             ('To', A('Małgorzata Kowalczyk', 'malgorzata.kowalczyk@example.com', 'windows-1250', 'Q')),
             ('Subject', hval('Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.', 'windows-1250', 'Q')),
             ('Thread-Index', 'AdtXk2h7vBv9Jc5qQ4KZb1oM3xW2Eg=='), ('Content-Language', 'pl')],
    body=lambda b: b.client(
        'Szanowna Pani,\n\n'
        'uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 16.11.2026 r. zmianie ulega '
        'numer rachunku bankowego. Prosimy o realizację płatności za faktury FV/2026/11/0412 oraz FV/2026/11/0419 wyłącznie '
        'na nowy rachunek:\n\nBank Millennium S.A.\n' + fmt_iban(BANK['partner_fake']) + '\n\n'
        'Nowy rachunek jest w trakcie zgłaszania do wykazu podatników VAT (tzw. biała lista). Aktualizacja wykazu może '
        'potrwać kilka dni, dlatego prosimy nie wstrzymywać płatności z tego powodu i tym razem zapłacić bez mechanizmu '
        'podzielonej płatności.\n\nPoprzedni rachunek w PKO BP zostanie zamknięty z końcem miesiąca. Oficjalne pismo zarządu '
        'przesyłamy w załączniku. Prosimy o potwierdzenie zmiany w odpowiedzi na tę wiadomość.\n\n'
        'Z poważaniem\nDział Księgowości\nPartner Logistik sp. z o.o.\nul. Żmigrodzka 244, 51-131 Wrocław',
        'outlook', 'windows-1250', 'quoted-printable', bstyle='outlook', lang='PL',
        attachments=[b.att(_pdf23, 'application/pdf', 'Zmiana_rachunku_bankowego.pdf', name_style='ew', name_charset='windows-1250')]),
    what='Logistics partner bank-detail change from a look-alike domain: pay two invoices to a new Bank Millennium account.',
    why='Domain partner-logistlk.pl (l instead of i) on a Hetzner server, while the real partner uses Google Workspace; '
        'the new account is admittedly not on the Polish VAT white list and the mail asks to skip split payment – both '
        'mandatory safeguards in Poland; reply-only confirmation.')

_u24 = 'https://ipkobiznes-pl.certyfikat-weryfikacja.com/logowanie?klient=EXAMPLE&sid=88a1f0'
msg(file='24-pl-pko-ipko-biznes-certyfikat', kind='attack', lang='pl', when='2026-10-28 13:05:41',
    route=I.exim_cpanel, route_kw=dict(server='serwer2417856.home.pl', ip='46.242.244.138', client_ip='194.26.135.91'),
    env_from='biuro@hydro-serwis-opole.pl', rcpt='pawel.wisniewski@example.com',
    headers=[('From', A('PKO Bank Polski', 'biuro@hydro-serwis-opole.pl')),
             ('To', A('', 'pawel.wisniewski@example.com')),
             ('Subject', hval('iPKO biznes: wymagana aktualizacja certyfikatu bezpieczeństwa', 'iso-8859-2', 'Q'))],
    body=lambda b: b.alt(
        b.text('Szanowny Kliencie,\n\n'
               'w związku z wdrożeniem nowych wymogów bezpieczeństwa (dyrektywa PSD3) certyfikat bezpieczeństwa Państwa '
               'firmy w serwisie iPKO biznes wygasa. Brak aktualizacji do dnia 31.10.2026 spowoduje czasowe zablokowanie '
               'zlecania przelewów przez wszystkich użytkowników firmy.\n\n'
               'Aktualizacja zajmuje 2 minuty: ' + _u24 + '\n\n'
               'Po zalogowaniu prosimy potwierdzić operację kodem z aplikacji mobilnej lub tokena.\n\n'
               'Z wyrazami szacunku\nZespół iPKO biznes\nPKO Bank Polski S.A.', 'iso-8859-2', 'quoted-printable'),
        b.html(notice_html('iso-8859-2', 'Wymagana aktualizacja certyfikatu bezpieczeństwa', [
            'Szanowny Kliencie,',
            'w związku z wdrożeniem nowych wymogów bezpieczeństwa (dyrektywa PSD3) certyfikat bezpieczeństwa Państwa firmy w '
            'serwisie iPKO biznes wygasa. Brak aktualizacji do dnia 31.10.2026 spowoduje czasowe zablokowanie zlecania przelewów '
            'przez wszystkich użytkowników firmy.',
            'Po zalogowaniu prosimy potwierdzić operację kodem z aplikacji mobilnej lub tokena.'],
            button=('Zaktualizuj certyfikat', _u24), brand='PKO Bank Polski', color='#004c9a', lang='pl',
            footer='PKO Bank Polski S.A., ul. Puławska 15, 02-515 Warszawa'), 'iso-8859-2', 'quoted-printable'), style='py'),
    what='Banking credential phishing: fake PKO BP "iPKO biznes certificate update" with account-block threat.',
    why='Sent from a compromised small-business mailbox on home.pl shared hosting with display name "PKO Bank Polski"; '
        'look-alike login domain; bank asks to "confirm with the mobile token" (real-time OTP relay); invented regulatory pretext and deadline.')

_u25 = 'https://pub-7f3c2a1b9e8d4c6fa0b9e2d1c4f5a6b7.r2.dev/zapytanie/Zapytanie_ofertowe_2026-11.html'
msg(file='25-pl-zapytanie-ofertowe-link-r2', kind='attack', lang='pl', when='2026-11-04 10:22:57',
    route=I.wp, env_from='z.adamczyk.zakupy@wp.pl', rcpt='pawel.wisniewski@example.com',
    headers=[('From', A('Zbigniew Adamczyk', 'z.adamczyk.zakupy@wp.pl')),
             ('To', A('', 'pawel.wisniewski@example.com')),
             ('Subject', hval('Zapytanie ofertowe - szaliki i koszulki klubowe (500 szt.)', 'iso-8859-2', 'Q'))],
    tail_headers=[('X-Mailer', 'WP Poczta')],
    body=lambda b: b.text(
        'Dzień dobry,\n\n'
        'reprezentuję stowarzyszenie kibiców z Opola. Przygotowujemy zamówienie grupowe na sezon 2027: ok. 500 szalików '
        'oraz 300 koszulek meczowych z nadrukiem imiennym. Prosimy o ofertę cenową z terminem realizacji.\n\n'
        'Specyfikację (rozmiary, logotypy, ilości) udostępniamy przez Dropbox, bo plik jest za duży na załącznik:\n'
        'Zapytanie_ofertowe_2026-11.pdf\n' + _u25 + '\n\n'
        'Przy otwieraniu pliku może być wymagane zalogowanie kontem służbowym Microsoft.\n\n'
        'Oferty zbieramy do piątku.\n\nPozdrawiam\nZbigniew Adamczyk\nkoordynator zakupów', 'iso-8859-2', 'quoted-printable'),
    what='Fake request for quotation on free mail; the "Dropbox" specification is an HTML page on Cloudflare R2 asking for a Microsoft login.',
    why='Unverifiable buyer on wp.pl; link text claims PDF/Dropbox but points to an HTML file on pub-*.r2.dev (abused genuine '
        'hosting); a "specification" that needs a corporate Microsoft login is credential phishing; artificial deadline.')

msg(file='26-pl-ceo-fraud-pilny-przelew', kind='attack', lang='pl', when='2026-12-09 14:11:38',
    route=I.postfix_company, route_kw=dict(mailhost='mail.exampiegroup.eu', ip='57.128.201.46',
                                           rdns='vps-6a19e2c4.vps.ovh.net', msgid_style='apple', helo='mail.exampiegroup.eu',
                                           mailer=[('X-Mailer', 'iPhone Mail (23B85)')]),
    env_from='pawel.wisniewski@exampiegroup.eu', rcpt='malgorzata.kowalczyk@example.com',
    headers=[('From', A('Paweł Wiśniewski', 'pawel.wisniewski@exampiegroup.eu', 'utf-8', 'Q')),
             ('To', A('Małgorzata Kowalczyk', 'malgorzata.kowalczyk@example.com', 'utf-8', 'Q')),
             ('Subject', hval('Pilne – przelew dziś', 'utf-8', 'Q'))],
    body=lambda b: b.text(
        'Pani Małgosiu,\n\n'
        'jestem na posiedzeniu zarządu w Düsseldorfie i nie mogę rozmawiać. Zarząd zatwierdził dziś nowego dostawcę ochrony '
        'na mecz pucharowy 17.12 i musimy jeszcze dziś wysłać zaliczkę, inaczej stracimy termin.\n\n'
        'Odbiorca: Securo Event Services sp. z o.o.\nRachunek: ' + fmt_iban(FAKE_SECURO) + '\nKwota: 68 400,00 PLN\n'
        'Tytuł: zaliczka umowa 11/2026\n\n'
        'Umowę i fakturę dostarczę jutro, proszę już nie czekać. Do czasu oficjalnego ogłoszenia proszę nikogo nie '
        'informować. Potwierdzenie przelewu proszę odesłać mailem.\n\nDziękuję\nPaweł\n\nWysłane z iPhone\'a',
        'utf-8', 'quoted-printable'),
    what='CEO/manager fraud in Polish: the Wrocław office manager "asks" the accountant for a same-day advance of PLN 68,400 to a new supplier.',
    why='Look-alike domain exampiegroup.eu (i instead of l) on an OVH VPS; new supplier without contract or invoice, '
        'secrecy, manager unreachable, same-day deadline, confirmation by e-mail only.')

# ============================================================== BUSINESS

_inv22 = make_pdf([
    ('Partner Logistik sp. z o.o.', 14, True), 'ul. Żmigrodzka 244, 51-131 Wrocław · NIP ' + TAX['partner_nip'], '---', '',
    ('Faktura VAT nr FV/2026/11/0412', 12, True), 'Data wystawienia: 05.11.2026    Data sprzedaży: 31.10.2026',
    'Numer KSeF: ' + TAX['partner_nip'] + '-20261105-4A7C19E02B3D-5F', '',
    'Nabywca: Example Group GmbH & Co. KGaA Oddział w Polsce, ul. Legnicka 48, 54-202 Wrocław, NIP ' + PL_NIP, '',
    'Lp. Nazwa usługi                                   Ilość   Cena netto   Wartość netto',
    '1   Magazynowanie towaru – październik (palety)     184      28,00        5 152,00',
    '2   Kompletacja zamówień sklepów kibica              2 410     1,90        4 579,00',
    '3   Transport krajowy – dystrybucja                   14     610,00        8 540,00', '',
    '                                   Razem netto      18 271,00 PLN',
    '                                   VAT 23%           4 202,33 PLN',
    '                                   Do zapłaty       22 473,33 PLN', '',
    'Termin płatności: 05.12.2026, przelew – mechanizm podzielonej płatności',
    'Rachunek (wykaz podatników VAT): PKO BP ' + fmt_iban(BANK['partner'])],
    title='FV/2026/11/0412', producer='Comarch ERP Optima', date=pdfdate(2026, 11, 5, 8, 2))

msg(file='22-pl-partner-logistik-faktura', kind='business', lang='pl', when='2026-11-05 08:04:12',
    route=I.gmail, route_kw=dict(workspace=True), msgid='<20261105080412.4F1A2C@partner-logistik.pl>',
    env_from='ksiegowosc@partner-logistik.pl', rcpt='malgorzata.kowalczyk@example.com',
    headers=[('From', A('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl', 'windows-1250', 'Q')),
             ('To', A('', 'malgorzata.kowalczyk@example.com')),
             ('Subject', hval('Faktura FV/2026/11/0412 - Partner Logistik sp. z o.o.', 'windows-1250', 'Q'))],
    tail_headers=[('X-Mailer', 'Comarch ERP Optima 2026.1.1')],
    body=lambda b: b.mixed(b.text(
        'Szanowni Państwo,\n\n'
        'w załączeniu przesyłamy wizualizację faktury FV/2026/11/0412 z dnia 05.11.2026 na kwotę 22 473,33 PLN brutto. '
        'Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: ' + TAX['partner_nip'] + '-20261105-4A7C19E02B3D-5F.\n\n'
        'Termin płatności: 05.12.2026. Prosimy o zapłatę w mechanizmie podzielonej płatności na rachunek widniejący w wykazie '
        'podatników VAT (PKO BP, bez zmian).\n\n'
        'Z poważaniem\nDział Księgowości\nPartner Logistik sp. z o.o.\ntel. 71 748 22 10',
        'windows-1250', 'quoted-printable'),
        b.att(_inv22, 'application/pdf', 'FV_2026_11_0412.pdf'), style='gmail'),
    what='Logistics partner\'s invoice (PDF visualisation) with KSeF number, split payment to the white-listed account.',
    why='Sent by the partner\'s ERP through its Google Workspace (real domain partner-logistik.pl), KSeF number present, '
        'account unchanged and on the VAT white list, split payment required.',
    pair=[23], pair_note='Same partner and invoice numbers as the look-alike bank change.')

msg(file='23-pl-ksef-komunikat-wewnetrzny', kind='business', lang='pl', when='2026-11-24 12:30:05',
    route=I.internal, route_kw=dict(client_ip='10.40.2.18'),
    env_from='malgorzata.kowalczyk@example.com', rcpt='pawel.wisniewski@example.com',
    headers=[('From', A('Małgorzata Kowalczyk', 'malgorzata.kowalczyk@example.com', 'iso-8859-2', 'Q')),
             ('To', A('Biuro Wrocław', 'biuro.wroclaw@example.com')),
             ('CC', A('Paweł Wiśniewski', 'pawel.wisniewski@example.com', 'iso-8859-2', 'Q')),
             ('Subject', hval('KSeF - zmiana tokenów i uprawnień od 1 grudnia / uwaga na fałszywe maile', 'iso-8859-2', 'Q')),
             ('Thread-Topic', hval('KSeF - zmiana tokenów i uprawnień od 1 grudnia / uwaga na fałszywe maile', 'iso-8859-2', 'Q')),
             ('Content-Language', 'pl-PL')],
    body=lambda b: b.client(
        'Cześć,\n\n'
        'od 1 grudnia porządkujemy uprawnienia w KSeF: każda osoba, która wystawia lub pobiera faktury, będzie miała własne '
        'uprawnienie nadane w Aplikacji Podatnika (na stronie ksef.mf.gov.pl), a stare tokeny wspólne dla działu wygaszę '
        'ręcznie 30.11.\n\n'
        'Nowe tokeny generuję ja, po zalogowaniu w Aplikacji Podatnika przez wpisanie adresu w przeglądarce. Ministerstwo nie '
        'wysyła maili z linkami do "ponownego uwierzytelnienia" - w tym tygodniu dostaliśmy już taki fałszywy mail '
        '(nadawca ksef-mf.com.pl). Proszę go usunąć i niczego tam nie wpisywać.\n\n'
        'W razie pytań zapraszam do mnie, pokój 2.03.\n\nPozdrawiam\nMałgorzata Kowalczyk\nKsięgowa\n'
        'Example Group GmbH & Co. KGaA Oddział w Polsce\nul. Legnicka 48, 54-202 Wrocław',
        'outlook', 'iso-8859-2', 'quoted-printable', bstyle='outlook', lang='PL'),
    what='Internal notice from the Polish accountant about KSeF token/permission changes and the fake KSeF mail.',
    why='Exchange → internal relay, office distribution list, instructs to type the official address manually, warns '
        'against the phishing; no link to click, no credentials requested.',
    pair=[22], pair_note='Same KSeF token topic and date as the KSeF phish.')

msg(file='24-pl-zielinski-pilne-rozladunek', kind='business', lang='pl', when='2026-10-23 06:52:19',
    route=I.gmail, route_kw=dict(workspace=True),
    env_from='t.zielinski@partner-logistik.pl', rcpt='pawel.wisniewski@example.com',
    headers=[('From', A('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl', 'UTF-8', 'Q')),
             ('To', A('Paweł Wiśniewski', 'pawel.wisniewski@example.com', 'UTF-8', 'Q')),
             ('CC', A('Markus Hofmann', 'markus.hofmann@example.com')),
             ('Subject', hval('PILNE: auto z towarem stoi na bramie – brak awiza (WGM 4471K)', 'UTF-8', 'B'))],
    body=lambda b: b.client(
        'Panie Pawle,\n\n'
        'auto z dostawą szalików i czapek od Lieferant GmbH (WGM 4471K, kierowca p. Nowicki) stoi od 6:10 na bramie nr 2 '
        'naszego magazynu, ale w systemie nie mamy awiza ani numeru zamówienia, więc ochrona nie może go wpuścić na rampę.\n\n'
        'Proszę o pilne przesłanie awiza albo numeru PO – po 8:00 przewoźnik zaczyna naliczać przestój 45 EUR za każdą '
        'rozpoczętą godzinę i obciąży tym nas, a my zgodnie z umową Państwa.\n\n'
        'Jestem pod telefonem: 601 448 219.\n\nPozdrawiam\nTadeusz Zieliński\nKierownik magazynu\nPartner Logistik sp. z o.o.',
        'gmail', 'UTF-8', 'quoted-printable'),
    what='Logistics partner\'s urgent request for a delivery advice: truck waiting at the gate, demurrage threatened.',
    why='Known contact on the partner\'s real Google Workspace domain, operational urgency with concrete plate number and '
        'contract terms, CC to HQ procurement, phone number; no payment data or link.')

_rfq25 = make_pdf([
    ('Stadion Serwis sp. z o.o.', 14, True), 'ul. Lotnicza 12, 54-155 Wrocław · NIP ' + TAX['stadionserwis_nip'], '---', '',
    ('Zapytanie ofertowe nr ZO/2026/41', 12, True), 'Data: 10.11.2026    Termin składania ofert: 27.11.2026', '',
    'Przedmiot: dostawa odzieży i gadżetów na turniej halowy "Zimowy Puchar Wrocławia" (16–17.01.2027)', '',
    'Poz.  Opis                                               Ilość',
    '1     Szalik żakardowy z logo turnieju i FC Example        400',
    '2     Koszulka bawełniana z nadrukiem, rozmiary S–XXL       250',
    '3     Smycz z karabińczykiem, nadruk dwustronny             600', '',
    'Warunki: dostawa do 08.01.2027, płatność 30 dni od dostarczenia faktury ustrukturyzowanej (KSeF).',
    'Kontakt: Agnieszka Nowak, tel. 71 722 40 15'],
    title='ZO/2026/41', producer='LibreOffice 24.2', date=pdfdate(2026, 11, 10, 11, 30))

msg(file='25-pl-stadionserwis-zapytanie-ofertowe', kind='business', lang='pl', when='2026-11-10 11:44:02',
    route=I.postfix_company, route_kw=dict(mailhost='mail.stadionserwis.pl', ip='91.227.186.42', rdns='mail.stadionserwis.pl',
                                           msgid_style='thunderbird', mailer=[('User-Agent', 'Mozilla Thunderbird'),
                                                                              ('Content-Language', 'pl')]),
    env_from='a.nowak@stadionserwis.pl', rcpt='pawel.wisniewski@example.com',
    headers=[('From', A('Agnieszka Nowak', 'a.nowak@stadionserwis.pl')),
             ('To', A('Paweł Wiśniewski', 'pawel.wisniewski@example.com', 'UTF-8', 'Q')),
             ('Subject', hval('Zapytanie ofertowe ZO/2026/41 – odzież i gadżety na turniej halowy', 'UTF-8', 'Q'))],
    body=lambda b: b.mixed(b.text(
        'Dzień dobry Panie Pawle,\n\n'
        'zgodnie z naszą rozmową z targów w Poznaniu przesyłam zapytanie ofertowe na odzież i gadżety na styczniowy turniej '
        'halowy. Szczegóły w załączonym PDF.\n\nOferty zbieramy do 27.11. W razie pytań proszę dzwonić: 71 722 40 15.\n\n'
        'Pozdrawiam serdecznie\nAgnieszka Nowak\nSpecjalista ds. zakupów\nStadion Serwis sp. z o.o.', 'UTF-8', '8bit',
        fmt='format=flowed'),
        b.att(_rfq25, 'application/pdf', 'ZO_2026_41_zapytanie_ofertowe.pdf'), style='tb'),
    what='Genuine request for quotation from a known Polish customer with PDF specification.',
    why='Known customer domain with own mail server and Thunderbird, references an earlier trade-fair meeting, PDF attached '
        'directly (no login), phone contact, realistic deadline.',
    pair=[25], pair_note='Same topic (RFQ for scarves/shirts to the same recipient) as the R2-hosted HTML lure.')


def _body26(b, c, r):
    unsub = 'https://sportbiznes.pl/newsletter/wypisz?e=%s&l=%s' % (c.hex(24), c.hex(8))
    r.headers.append(('List-Unsubscribe', '<%s>, <mailto:wypisz@sportbiznes.pl?subject=unsubscribe-%s>' % (unsub, c.hex(12))))
    r.headers.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
    r.headers.append(('List-Id', 'SportBiznes.pl Newsletter <newsletter.sportbiznes.pl>'))
    items = [('Ekstraklasa: rekordowe przychody z dnia meczowego w sezonie 2025/26', 'Raport pokazuje wzrost o 14 % r/r, '
              'głównie dzięki strefom premium.'),
             ('KSeF w klubach sportowych – pierwsze wnioski po 10 miesiącach', 'Jak kluby poradziły sobie z fakturami '
              'ustrukturyzowanymi za bilety i karnety.'),
             ('Merchandising: kibice kupują coraz więcej online', 'Udział e-commerce w sprzedaży pamiątek klubowych przekroczył 40 %.')]
    txt = 'SportBiznes.pl – Newsletter tygodniowy nr 47/2026\n\n'
    for t, d in items:
        txt += '%s\n%s\nCzytaj: %s\n\n' % (t, d, I.sg_link(c, t))
    txt += 'Otrzymujesz ten newsletter, ponieważ zapisałeś się na sportbiznes.pl.\nWypisz się: ' + unsub + '\n'
    rows = ''.join('<h2 style="font-size:18px;color:#12355b;margin:18px 0 4px">%s</h2><p style="margin:0 0 6px">%s</p>'
                   '<a href="%s" style="color:#d2232a">Czytaj dalej</a>' % (esc(t), esc(d), I.sg_link(c, t)) for t, d in items)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif">'
         '<div style="max-width:620px;margin:auto"><div style="background:#12355b;color:#fff;padding:16px;font-size:22px">'
         'SportBiznes.pl</div>' + rows + '<p style="font-size:11px;color:#888;margin-top:24px">Otrzymujesz ten newsletter, ponieważ '
         'zapisałeś się na sportbiznes.pl. <a href="' + unsub + '">Wypisz się</a>.<br>SportBiznes Media sp. z o.o., ul. Prosta 51, '
         '00-838 Warszawa</p></div><img src="https://u%d.ct.sendgrid.net/wf/open?upn=u001.%s" width="1" height="1" alt=""></body></html>'
         % (c.num(10 ** 6, 10 ** 7), c.b64url(60)))
    return b.alt(b.text(txt, 'utf-8', 'quoted-printable'), b.html(h, 'utf-8', 'quoted-printable'), style='sg')


msg(file='26-pl-newsletter-sportbiznes', kind='business', lang='pl', when='2026-11-19 07:00:33',
    route=I.sendgrid, route_kw=dict(em_domain='em5127.sportbiznes.pl', dedicated='o1.ptr4471.sportbiznes.pl'),
    env_from='newsletter@sportbiznes.pl', rcpt='pawel.wisniewski@example.com',
    headers=[('From', A('SportBiznes.pl', 'newsletter@sportbiznes.pl')),
             ('To', A('', 'pawel.wisniewski@example.com')),
             ('Subject', hval('Newsletter 47/2026: rekordowe przychody meczowe, KSeF w klubach, e-commerce pamiątek', 'utf-8', 'B'))],
    body=_body26,
    what='Subscribed Polish sports-business newsletter via SendGrid (dedicated IP with branded rDNS).',
    why='SendGrid infrastructure with the publisher\'s own bounce domain and rDNS, List-Unsubscribe (URL + mailto) and '
        'one-click, editorial content; tracked links are normal for newsletters.')
