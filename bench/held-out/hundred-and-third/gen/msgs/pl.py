# -*- coding: utf-8 -*-
"""Polish attack (22-26) and business (22-26) messages."""
from common import *
from lib.infra import (sendgrid, roundcube, cpanel_php, exo, vps_postfix, outlook_hosted, internal, ses, hexs, alnum)
from lib.banking import ksef_number

ATTACKS, BUSINESS = [], []

PL_SIG = ('Dział Księgowości\nPartner Logistik sp. z o.o.\nul. Ludźmierska 48, 34-400 Nowy Targ\n'
          'NIP %s | tel. 18 264 91 20 | www.partner-logistik.pl' % IDS['partner_nip'])
MSGID_B22 = '<001a01dd6d09$c3f1a2b0$4be2e710$@partner-logistik.pl>'
MSGID_GOSIA = '<e41b7c2a9d3f4a6e8b0c1d2e3f4a5b6c@EX02.corp.example.com>'
KSEF = ksef_number(IDS['partner_nip'], '20261105', '8A41C2E0F9D3')
EG_NIP = IDS['eg_pl_nip']

# 22 KSeF credential phishing via SendGrid
K22 = 'https://u4471823.ct.sendgrid.net/ls/click?upn=u001.' + 'Xr7kQ2mZpL9sVbN4cW1eYt0uH6jD3fG8aK5oR' + '-2FksefCert'
t22 = """Ministerstwo Finansów – Krajowy System e-Faktur

Szanowni Państwo,

uprzejmie informujemy, że certyfikat KSeF przypisany do kontekstu NIP %s (EXAMPLE GROUP POLSKA SP. Z O.O.) wygasa w dniu 20.10.2026.

Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych w imieniu podmiotu nie będzie możliwe, a faktury wystawione poza KSeF nie będą uznawane za prawidłowo wystawione.

Aby przedłużyć certyfikat, należy potwierdzić tożsamość osoby uprawnionej za pomocą profilu zaufanego lub bankowości elektronicznej:

[Przedłuż certyfikat KSeF](%s)

Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.
Ministerstwo Finansów – Krajowy System e-Faktur""" % (EG_NIP, K22)
h22 = notice_html('Wygaśnięcie certyfikatu KSeF', [
    'Szanowni Państwo,',
    'uprzejmie informujemy, że certyfikat KSeF przypisany do kontekstu NIP %s (EXAMPLE GROUP POLSKA SP. Z O.O.) wygasa w dniu 20.10.2026.' % EG_NIP,
    'Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych w imieniu podmiotu nie będzie możliwe, a faktury wystawione poza KSeF nie będą uznawane za prawidłowo wystawione.',
    'Aby przedłużyć certyfikat, należy potwierdzić tożsamość osoby uprawnionej za pomocą profilu zaufanego lub bankowości elektronicznej:'],
    button=('Przedłuż certyfikat KSeF', K22),
    footer=['Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.', 'Ministerstwo Finansów – Krajowy System e-Faktur'],
    brand='Krajowy System e-Faktur', color='#c8102e', lang='pl')
ATTACKS.append(M(
    folder='attack', n=22, lang='pl', slug='ksef-certyfikat-phishing-sendgrid',
    when=('CE', 2026, 10, 15, 9, 33, 0),
    prof=lambda u, r: sendgrid(u, r, 'ksef-podatki.com.pl'),
    frm=('Krajowy System e-Faktur (KSeF)', 'powiadomienia@ksef-podatki.com.pl'), to=[S('malgorzata.wojcik')],
    return_path='bounces+44718232-9c1e-malgorzata.wojcik=examplegroup.eu@em3817.ksef-podatki.com.pl',
    subject='KSeF: wygaśnięcie certyfikatu – wymagane ponowne uwierzytelnienie', hcs=('UTF-8', 'B'),
    body=lambda c: ALT(c, t22, 'UTF-8', 'quoted-printable', html=h22),
    technique='E-invoicing (KSeF) credential phishing for Profil Zaufany / bank login via SendGrid',
    what='Fake Ministry of Finance KSeF notice claiming the company KSeF certificate expires in five days; link to "renew" with Profil Zaufany or e-banking.',
    why='Look-alike domain ksef-podatki.com.pl (official services are on gov.pl), SendGrid click tracking hides the destination, deadline pressure, harvests trusted-profile/bank credentials. The real certificate is valid until 2028 (business 24).',
    hardneg='business 24'))

# 23 Thread hijack from the compromised accounting mailbox of Partner Logistik
gosia_reply = """Dzień dobry,

potwierdzam saldo na 31.10.2026 zgodne z Państwa wyciągiem. Faktura FV/1043/10/2026 zostanie opłacona w terminie.

Pozdrawiam
Małgorzata Wójcik
Księgowość | Example Group Polska sp. z o.o."""
b22_text = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/1043/10/2026 za usługi magazynowe i transportowe (październik 2026). Faktura została wystawiona w KSeF – numer KSeF: %s.

Kwota brutto: 38 412,90 zł
Termin płatności: 05.12.2026
Rachunek: %s (mBank S.A.) – rachunek zgłoszony w wykazie podatników VAT.

Faktura podlega obowiązkowemu mechanizmowi podzielonej płatności.

Prosimy również o potwierdzenie salda na koniec października.

Z poważaniem
%s""" % (KSEF, fi(BANK['partner']), PL_SIG)
t23 = """Dzień dobry Pani Małgorzato,

dziękujemy za potwierdzenie salda.

Uprzejmie informujemy, że w związku z audytem wewnętrznym i zmianą banku obsługującego nasz rachunek rozliczeniowy wszystkie płatności za faktury z terminem od 10.11.2026 prosimy kierować na nowy rachunek:

Santander Bank Polska S.A.
%s

Rachunek zostanie zgłoszony do wykazu podatników VAT (biała lista) w ciągu kilku dni – prosimy nie wstrzymywać z tego powodu płatności. Dla tej faktury wyjątkowo nie stosujemy podzielonej płatności. Będziemy wdzięczni za przelew kwoty 38 412,90 zł jeszcze w tym tygodniu, ponieważ zamykamy rozliczenia kwartalne z bankiem.

Z poważaniem
%s""" % (fi(BANK['partner_fraud']), PL_SIG)
t23 += oq('pl', 'Małgorzata Wójcik <malgorzata.wojcik@examplegroup.eu>', (2026, 11, 6, 8, 14), 'Księgowość | Partner Logistik <ksiegowosc@partner-logistik.pl>',
          'RE: Faktura FV/1043/10/2026 - Partner Logistik sp. z o.o.', gosia_reply +
          oq('pl', 'Księgowość | Partner Logistik <ksiegowosc@partner-logistik.pl>', (2026, 11, 5, 10, 41), 'Małgorzata Wójcik <malgorzata.wojcik@examplegroup.eu>',
             'Faktura FV/1043/10/2026 - Partner Logistik sp. z o.o.', b22_text))
ATTACKS.append(M(
    folder='attack', n=23, lang='pl', slug='partner-logistik-przejete-konto-zmiana-rachunku',
    when=('CE', 2026, 11, 9, 13, 12, 0),
    prof=lambda u, r: roundcube(u, r, 'partner-logistik.pl', 's112.cyber-folks.pl', '195.78.66.112', 'ksiegowosc@partner-logistik.pl',
                                '185.107.56.213', mta='exim'),
    frm=('Księgowość | Partner Logistik', 'ksiegowosc@partner-logistik.pl'), reply_to=('Księgowość | Partner Logistik', 'ksiegowosc@partner-logistlk.pl'),
    to=[SN('malgorzata.wojcik')],
    subject='RE: Faktura FV/1043/10/2026 - Partner Logistik sp. z o.o.', hcs=('UTF-8', 'Q'),
    in_reply_to=MSGID_GOSIA, references='%s %s' % (MSGID_B22, MSGID_GOSIA),
    body=lambda c: ALT(c, t23, 'UTF-8', 'quoted-printable', style='tb'),
    technique='Thread hijack from a genuinely compromised partner mailbox: bank-account change with Reply-To to a look-alike domain',
    what='Reply in the real invoice thread from Partner Logistik\'s real accounting mailbox asking to pay 38,412.90 PLN to a new Santander account "not yet on the VAT white list", without split payment.',
    why='Real domain, but sent via Roundcube webmail from a Dutch VPN address (their mail normally comes from Outlook in the Nowy Targ office); Reply-To partner-logistlk.pl (l instead of i) captures the answers; account not on the biała lista and split payment waived — both legal red flags in Poland; urgency.',
    hardneg='business 22'))

# 24 InPost "additional payment" smishing-style mail from a compromised WordPress site
IP24 = 'https://inpost-paczka-doplata.com/pl/620987714402553019287421'
t24 = """InPost

Dzień dobry,

Twoja przesyłka nr 620987714402553019287421 nie mogła zostać umieszczona w Paczkomacie® ZAK01M z powodu niedopłaty za gabaryt C.

Aby odebrać przesyłkę, uiść dopłatę 2,49 zł w ciągu 48 godzin. Po tym terminie paczka zostanie zwrócona do nadawcy.

[Opłać i odbierz przesyłkę](%s)

Dziękujemy, że korzystasz z InPost.
InPost sp. z o.o.""" % IP24
h24 = notice_html('Twoja paczka oczekuje na dopłatę', [
    'Dzień dobry,',
    'Twoja przesyłka nr 620987714402553019287421 nie mogła zostać umieszczona w Paczkomacie® ZAK01M z powodu niedopłaty za gabaryt C.',
    'Aby odebrać przesyłkę, uiść dopłatę 2,49 zł w ciągu 48 godzin. Po tym terminie paczka zostanie zwrócona do nadawcy.'],
    button=('Opłać i odbierz przesyłkę', IP24), footer=['Dziękujemy, że korzystasz z InPost.', 'InPost sp. z o.o.'],
    brand='InPost', color='#ffcd00', lang='pl')
ATTACKS.append(M(
    folder='attack', n=24, lang='pl', slug='inpost-doplata-phishing',
    when=('CE', 2026, 12, 3, 17, 45, 0),
    prof=lambda u, r: cpanel_php(u, r, 's38.hekko.pl', '185.37.128.38', 'magnolia', 'kwiaciarnia-magnolia.pl',
                                 'wp-admin/includes/.tmp/send.php'),
    frm=('InPost', 'powiadomienia@kwiaciarnia-magnolia.pl'), to=[S('pawel.krzyzanowski')],
    return_path='magnolia@s38.hekko.pl',
    subject='Twoja paczka oczekuje na dopłatę – nr 620987714402553019287421', hcs=('UTF-8', 'B'),
    body=lambda c: ALT(c, t24, 'UTF-8', 'base64', html=h24),
    technique='Courier "additional payment" card phishing (InPost) from a compromised WordPress site',
    what='Fake InPost notice asking for a 2.49 PLN surcharge via a link.',
    why='Sent by a PHP script on a hacked florist website (display name InPost only); look-alike payment domain; InPost does not collect surcharges via e-mail links; 48-hour deadline; card-data theft.',
    hardneg='business 25'))

# 25 Teams / Quick Assist helpdesk pretext from an onmicrosoft.com tenant
t25 = """Dzień dobry,

w ciągu ostatniej godziny nasz system odnotował ponad 1 400 wiadomości (rejestracje w newsletterach i formularzach) kierowanych na Pana skrzynkę pocztową. To typowy atak typu „mail bombing", który często poprzedza próbę przejęcia konta.

W ciągu najbliższych 15 minut skontaktuje się z Panem nasz technik przez Microsoft Teams (konto „Helpdesk IT – Example Group"). Prosimy o odebranie połączenia i uruchomienie narzędzia Szybka pomoc (Quick Assist, skrót Ctrl + Windows + Q), aby technik mógł zainstalować filtr antyspamowy na Pana komputerze.

Prosimy nie wyłączać komputera i nie zgłaszać sprawy lokalnie – incydent jest obsługiwany centralnie z Garmisch.

Numer zgłoszenia: INC0048213

Pozdrawiamy
Zespół IT Example Group
Garmisch-Partenkirchen"""
ATTACKS.append(M(
    folder='attack', n=25, lang='pl', slug='falszywy-helpdesk-teams-szybka-pomoc',
    when=('CE', 2026, 10, 29, 10, 55, 0),
    prof=lambda u, r: exo(u, r, 'exgroup-helpdesk.onmicrosoft.com', lang='pl-PL'),
    frm=('Dział IT – Helpdesk', 'helpdesk@exgroup-helpdesk.onmicrosoft.com'), to=[S('pawel.krzyzanowski')],
    subject='Zgłoszenie INC0048213: blokada spamu na Pana skrzynce', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, t25, 'utf-8', 'base64', style='exchange'),
    technique='Vishing pretext: fake IT helpdesk from an attacker Microsoft 365 tenant announcing a Teams call and Quick Assist session (after mail-bombing)',
    what='"IT helpdesk" says the mailbox is being mail-bombed and that a technician will call on Teams; asks to accept and start Quick Assist.',
    why='External onmicrosoft.com tenant posing as internal IT (real helpdesk is helpdesk@example.com with EG-xxxxx tickets); remote-access request; discourages local verification — the Black Basta / Storm-1811 playbook.',
    hardneg='business 26'))

# 26 ZUS PUE notice with HTML credential form attachment
t26 = """Zakład Ubezpieczeń Społecznych – Platforma Usług Elektronicznych

Szanowna Pani,

na profilu płatnika (NIP %s) w serwisie eZUS została umieszczona nowa korespondencja:

Zawiadomienie o stwierdzonych nieprawidłowościach w dokumentach rozliczeniowych za okres 10/2026 (ZUS DRA).

Termin na złożenie korekty wynosi 7 dni od daty doręczenia. Podgląd dokumentu znajduje się w załączniku (wymaga zalogowania do eZUS).

Wiadomość wygenerowana automatycznie.
Zakład Ubezpieczeń Społecznych""" % EG_NIP
html26 = credential_form_html('eZUS – Logowanie', 'Logowanie do eZUS', 'Aby wyświetlić zawiadomienie ZUS DRA 10/2026, zaloguj się do swojego profilu.',
                              'https://zus-pue.com.pl/auth/login.php', 'malgorzata.wojcik@examplegroup.eu',
                              [('Login lub adres e-mail', 'login', 'text', 'malgorzata.wojcik@examplegroup.eu'), ('Hasło', 'haslo', 'password', '')],
                              'Zaloguj', lang='pl', logo='ZUS eZUS', brand_color='#00843d',
                              note='Dokument: ZUS_Zawiadomienie_DRA_10-2026.pdf (podgląd zabezpieczony)')
ATTACKS.append(M(
    folder='attack', n=26, lang='pl', slug='zus-pue-zalacznik-html-logowanie',
    when=('CE', 2026, 11, 23, 8, 2, 0),
    prof=lambda u, r: vps_postfix(u, r, 'mail.zus-pue.com.pl', 'srv48213.seohost.com.pl', '46.242.241.113', '127.0.0.1',
                                  submit_rdns='localhost', auth_user='powiadomienia@zus-pue.com.pl', client_style='script', domain='zus-pue.com.pl'),
    frm=('ZUS - Platforma Usług Elektronicznych', 'powiadomienia@zus-pue.com.pl'), to=[SN('malgorzata.wojcik')],
    subject='eZUS: nowy dokument w skrzynce płatnika - zawiadomienie o nieprawidłowościach (ZUS DRA 10/2026)', hcs=('iso-8859-2', 'Q'),
    body=lambda c: MIX(c, T(l1(t26), 'iso-8859-2', 'quoted-printable'),
                       [ATT(html26.encode('utf-8'), 'ZUS_Zawiadomienie_DRA_10-2026.html', 'text/html', cs='utf-8')]),
    technique='HTML-attachment credential phishing impersonating the social-insurance portal (ZUS eZUS)',
    what='"ZUS" announces a notice about errors in the October contribution return; the HTML attachment is a login form.',
    why='Look-alike domain zus-pue.com.pl on a rented VPS (ZUS uses zus.pl); ZUS never sends documents as HTML login pages; the form posts to the attacker; 7-day deadline.',
    hardneg=None))

# =============================================================================================== BUSINESS
pdf22 = pdf([('Partner Logistik sp. z o.o.', 15, True), 'ul. Ludźmierska 48, 34-400 Nowy Targ, NIP ' + IDS['partner_nip'], '',
             ('Faktura VAT nr FV/1043/10/2026', 12, True), 'Data wystawienia: 05.11.2026   Data sprzedaży: 31.10.2026', 'Numer KSeF: ' + KSEF, '',
             'Nabywca: EXAMPLE GROUP POLSKA SP. Z O.O., NIP ' + EG_NIP, '',
             'Lp. Nazwa usługi                                   Netto        VAT 23%      Brutto',
             '1   Magazynowanie (10/2026)                       14 200,00     3 266,00    17 466,00',
             '2   Transport Nowy Targ – Zakopane (22 kursy)     17 030,00     3 916,90    20 946,90',
             ('Razem do zapłaty: 38 412,90 zł', 11, True), 'Słownie: trzydzieści osiem tysięcy czterysta dwanaście 90/100 zł', '',
             'Termin płatności: 05.12.2026, przelew', 'Rachunek: ' + fi(BANK['partner']) + ' (mBank S.A.)', 'Mechanizm podzielonej płatności',
             '', 'Wizualizacja faktury ustrukturyzowanej wystawionej w KSeF.'],
            title='FV/1043/10/2026', producer='Comarch ERP Optima 2026.1', created="20261105103912+01'00'")
BUSINESS.append(M(
    folder='business', n=22, lang='pl', slug='partner-logistik-faktura-ksef',
    when=('CE', 2026, 11, 5, 10, 41, 0),
    prof=lambda u, r: outlook_hosted(u, r, 'partner-logistik.pl', 's112.cyber-folks.pl', '195.78.66.112', '83.12.154.70',
                                     'ahr70.neoplus.adsl.tpnet.pl', auth_user='ksiegowosc@partner-logistik.pl', mta='exim', lang='pl'),
    msgid=MSGID_B22,
    frm=('Księgowość | Partner Logistik', 'ksiegowosc@partner-logistik.pl'), to=[SN('malgorzata.wojcik')],
    subject='Faktura FV/1043/10/2026 - Partner Logistik sp. z o.o.', hcs=('iso-8859-2', 'Q'),
    body=lambda c: MIX(c, ALT(c, l1(b22_text), 'iso-8859-2', 'quoted-printable', style='outlook', lang='PL'),
                       [ATT(pdf22, 'FV_1043_10_2026.pdf', 'application/pdf')]),
    technique='-',
    what='Logistics partner sends the PDF visualisation of its October invoice with KSeF number; asks to confirm the balance.',
    why='Sent from the partner\'s office (Orange line, Outlook) via its hosting; account matches vendor master data and the VAT white list; KSeF number and split payment are consistent with Polish practice.',
    hardneg='attack 23'))

b23 = """Dzień dobry Panie Pawle,

awizuję dostawę na czwartek 3.12. w godzinach 8:00–10:00 pod Państwa magazyn przy dolnej stacji:

- 2 palety części zamiennych do ratraków (zamówienie ZAM/PL/2026/311),
- 1 mauzer AdBlue 1000 l,
- 4 palety soli drogowej.

Samochód: MAN z windą, nr rej. KNT 48211, kierowca p. Józef Gąsienica, tel. 604 552 917.

Proszę o potwierdzenie, czy wjazd będzie odśnieżony i czy ktoś od Państwa przyjmie towar na WZ. W razie intensywnych opadów przesuniemy dostawę na piątek rano.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. logistyki
Partner Logistik sp. z o.o.
tel. kom. 601 338 420"""
BUSINESS.append(M(
    folder='business', n=23, lang='pl', slug='partner-logistik-awizacja-dostawy',
    when=('CE', 2026, 12, 1, 7, 55, 0),
    prof=lambda u, r: outlook_hosted(u, r, 'partner-logistik.pl', 's112.cyber-folks.pl', '195.78.66.112', '83.12.154.70',
                                     'ahr70.neoplus.adsl.tpnet.pl', auth_user='t.zielinski@partner-logistik.pl', mta='exim', lang='pl'),
    frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=[SN('pawel.krzyzanowski')],
    subject='Awizacja dostawy 3.12 – części do ratraków, AdBlue, sól', hcs=('windows-1250', 'Q'),
    body=lambda c: T(b23, 'windows-1250', '8bit'),
    technique='-',
    what='Logistics partner announces a delivery of snowcat spare parts, AdBlue and road salt.',
    why='Known contact, from the partner\'s office and server, operational content only, no links, no payment data.',
    hardneg=None))

b24 = """Paweł,

od listopada będziesz zatwierdzał faktury kosztowe bezpośrednio w KSeF, więc nadałam Ci w Aplikacji Podatnika KSeF uprawnienie do przeglądania faktur w kontekście naszego NIP %s. Logujesz się jak zwykle – profilem zaufanym albo swoim certyfikatem KSeF – przez stronę podatki.gov.pl, zakładka KSeF.

Certyfikat KSeF naszej spółki jest ważny do 2028 r. i nic nie trzeba przedłużać. Ministerstwo nie wysyła maili o wygasaniu certyfikatu z linkiem do logowania – w zeszłym tygodniu dostałam taką fałszywkę z adresu ksef-podatki.com.pl. Jeśli coś podobnego przyjdzie do Ciebie, nie klikaj, tylko przekaż do IT (Lena Vogt w Garmisch).

Pozdrawiam
Małgosia""" % EG_NIP
BUSINESS.append(M(
    folder='business', n=24, lang='pl', slug='wewnetrzny-ksef-uprawnienia',
    when=('CE', 2026, 10, 22, 12, 20, 0),
    prof=lambda u, r: internal(u, r, 'malgorzata.wojcik', client_ip='10.40.2.18', lang='pl-PL'),
    frm=SN('malgorzata.wojcik'), to=[SN('pawel.krzyzanowski')],
    subject='KSeF - nadanie uprawnień i uwaga na fałszywe maile', hcs=('iso-8859-2', 'B'),
    body=lambda c: ALT(c, l1(b24), 'iso-8859-2', 'base64', style='exchange'),
    technique='-',
    what='Polish accountant grants KSeF viewing rights to the office manager and warns about the fake KSeF mail.',
    why='Internal relay with Exchange hop; explains the legitimate KSeF access path (podatki.gov.pl) and contains words like certyfikat/KSeF/logowanie only as warnings; no link.',
    hardneg='attack 22'))

b25 = """InPost

Dzień dobry!

Twoja paczka nr 620987714402553019287465 od nadawcy Snowshop.pl czeka na odbiór w Paczkomacie® ZAK05M, ul. Kasprusie 35A, 34-500 Zakopane.

Kod odbioru: 482917

Masz czas na odbiór do: 05.12.2026, godz. 10:12

Paczkę odbierzesz, wpisując numer telefonu i kod odbioru na ekranie Paczkomatu® albo zdalnie w aplikacji InPost Mobile.

[Śledź przesyłkę](https://inpost.pl/sledzenie-przesylek?number=620987714402553019287465)

Pamiętaj: InPost nigdy nie prosi o dopłaty za pomocą linków w wiadomościach e-mail ani SMS.

InPost sp. z o.o., ul. Pana Tadeusza 4, 30-727 Kraków"""
h25 = notice_html('Twoja paczka czeka w Paczkomacie® ZAK05M', [
    'Dzień dobry!',
    'Twoja paczka nr 620987714402553019287465 od nadawcy Snowshop.pl czeka na odbiór w Paczkomacie® ZAK05M, ul. Kasprusie 35A, 34-500 Zakopane.',
    'Kod odbioru: 482917\nMasz czas na odbiór do: 05.12.2026, godz. 10:12',
    'Paczkę odbierzesz, wpisując numer telefonu i kod odbioru na ekranie Paczkomatu® albo zdalnie w aplikacji InPost Mobile.'],
    button=('Śledź przesyłkę', 'https://inpost.pl/sledzenie-przesylek?number=620987714402553019287465'),
    footer=['Pamiętaj: InPost nigdy nie prosi o dopłaty za pomocą linków w wiadomościach e-mail ani SMS.', 'InPost sp. z o.o., ul. Pana Tadeusza 4, 30-727 Kraków'],
    brand='InPost', color='#ffcd00', lang='pl')
BUSINESS.append(M(
    folder='business', n=25, lang='pl', slug='inpost-paczka-w-paczkomacie',
    when=('CE', 2026, 12, 3, 10, 12, 0),
    prof=lambda u, r: ses(u, r, 'eu-central-1'),
    frm=('InPost', 'powiadomienia@inpost.pl'), to=[S('pawel.krzyzanowski')],
    return_path='0107019a3f1c2d4e-5b6a7c8d-1e2f-4a3b-9c8d-7e6f5a4b3c2d-000000@eu-central-1.amazonses.com',
    subject='Twoja paczka czeka w Paczkomacie® ZAK05M', hcs=('UTF-8', 'B'),
    body=lambda c: ALT(c, b25, 'UTF-8', 'quoted-printable', html=h25),
    technique='-',
    what='Genuine InPost pick-up notification with collection code.',
    why='Sender inpost.pl via the transactional ESP InPost uses; link only to inpost.pl tracking; no payment request; expected parcel ordered by the office.',
    hardneg='attack 24'))

b26 = """Cześć wszystkim,

dziś rano dostałem maila od rzekomego „Działu IT" z adresu kończącego się na onmicrosoft.com, a chwilę później ktoś próbował się do mnie dodzwonić przez Teams jako „Helpdesk IT". To było oszustwo – zgłosiłem je już Lenie Vogt z centrali.

Przypominam, jak działa nasz prawdziwy helpdesk:
- pisze wyłącznie z adresu helpdesk@example.com,
- nigdy nie prosi o uruchomienie Szybkiej pomocy, AnyDeska ani o podanie kodu,
- zgłoszenia mają numer w formacie EG-12345.

Jeśli ktoś z Was dostanie podobną wiadomość albo połączenie, rozłączcie się i dajcie znać mnie albo zadzwońcie do Garmisch: +49 8821 7304-190.

Dzięki,
Paweł"""
BUSINESS.append(M(
    folder='business', n=26, lang='pl', slug='wewnetrzne-ostrzezenie-falszywy-helpdesk',
    when=('CE', 2026, 10, 29, 14, 5, 0),
    prof=lambda u, r: internal(u, r, 'pawel.krzyzanowski', client_ip='10.40.2.11', lang='pl-PL'),
    frm=SN('pawel.krzyzanowski'), to=[('Zespół Zakopane', 'zespol-zakopane@example.com')],
    subject='Uwaga: fałszywy „helpdesk" na Teams', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, b26, 'utf-8', 'base64', style='exchange'),
    technique='-',
    what='Office manager warns the Zakopane team about the fake helpdesk of attack 25.',
    why='Internal relay; the words Teams, helpdesk, Quick Assist and AnyDesk appear only in a warning; no link or request.',
    hardneg='attack 25'))
