"""Polish messages: 5 attacks, 5 business."""
import company as C
import ids
import infra as I
from common import Body, Msg, S, b64url, h, pdf_att, qr_file

ATTACKS = []
BUSINESS = []


def crc8(data, poly=0x07):
    c = 0
    for b in data:
        c ^= b
        for _ in range(8):
            c = ((c << 1) ^ poly) & 0xFF if c & 0x80 else (c << 1) & 0xFF
    return c


def ksef_no(nip, date, hex12):
    base = '%s-%s-%s' % (nip, date, hex12)
    return '%s-%02X' % (base, crc8(base.encode()))


def zl(x):
    s = '{:,.2f}'.format(x).replace(',', ' ').replace('.', ',')
    return s


PL_SIG = '''Partner Logistik sp. z o.o.
ul. Obornicka 235, 60-650 Poznań
NIP %s''' % ids.fmt_nip(C.PARTNER['nip'])
NRB = ids.pl_nrb(C.PARTNER['iban'])
VELO_IBAN = ids.pl_iban('1560', '001', '0000901423780115')
KSEF = ksef_no(C.PARTNER['nip'], '20261105', '3F8A1C2B7D9E')
NET = 19302.56
VAT = round(NET * 0.23, 2)
GROSS = round(NET + VAT, 2)

# ================================================================ ATTACKS
_KSEF_URL = 'https://ap-ksef.mf-gov.online/web/auth?nip=%s&ref=%s' % (C.EG['pl_nip'], h('pl-a22', 24))
ATTACKS.append(Msg(
    'ksef-einvoice-reauth-phishing', '2026-11-09 09:03:27',
    I.mailgun('mg.ksef-powiadomienia.pl', ip_last=77, block='159.135.224'),
    ('Krajowy System e-Faktur', 'powiadomienia@ksef-powiadomienia.pl'), [S('lukasz.kowalczyk')],
    'KSeF: odrzucenie faktury FV/2026/11/0462 – wymagane ponowne uwierzytelnienie podmiotu',
    Body('''Szanowni Państwo,

informujemy, że faktura ustrukturyzowana nr FV/2026/11/0462 wystawiona przez Partner Logistik sp. z o.o. (NIP %s) na rzecz Example Group Polska sp. z o.o. (NIP %s) nie mogła zostać udostępniona odbiorcy z powodu wygaśnięcia tokenu uwierzytelniającego Państwa podmiotu w KSeF.

Do czasu ponownego uwierzytelnienia nie będą Państwo mogli odbierać ani wystawiać faktur w KSeF.

Prosimy o ponowne uwierzytelnienie w Aplikacji Podatnika KSeF w ciągu 24 godzin przy użyciu profilu zaufanego, podpisu kwalifikowanego lub certyfikatu KSeF:

[[!Zaloguj się do Aplikacji Podatnika KSeF|%s]]

Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.

Ministerstwo Finansów
Krajowy System e-Faktur
''' % (ids.fmt_nip(C.PARTNER['nip']), ids.fmt_nip(C.EG['pl_nip']), _KSEF_URL), charset='utf-8',
        cte='quoted-printable', brand=('KSeF – Krajowy System e-Faktur', '#c8102e')),
    what='Fake KSeF (Polish national e-invoicing system) notice: "token expired, re-authenticate within 24 h".',
    why='KSeF does not e-mail such notices; sent via Mailgun from ksef-powiadomienia.pl, login link to mf-gov.online '
        'instead of ksef.mf.gov.pl/login.gov.pl; aims at Profil Zaufany / KSeF credentials; 24-hour threat of blocked invoicing.',
    pair='ksef-invoice-genuine', tech='E-invoicing system impersonation (KSeF), credential phishing via Mailgun'))

ATTACKS.append(Msg(
    'logistics-bank-change-whitelist-claim', '2026-11-26 10:37:50',
    I.gmail(host='wr1', last=68),
    ('Tadeusz Zieliński', 't.zielinski@partner-logistlk.pl'), [S('lukasz.kowalczyk')],
    'Zmiana rachunku bankowego – Partner Logistik sp. z o.o.',
    Body('''Dzień dobry Panie Łukaszu,

uprzejmie informuję, że w związku z przeniesieniem obsługi bankowej naszej spółki od 1 grudnia 2026 r. zmienia się nasz rachunek bankowy. Nowy rachunek:

Partner Logistik sp. z o.o.
VeloBank S.A.
%s

Rachunek został już zgłoszony do urzędu skarbowego i widnieje w wykazie podatników VAT (tzw. białej liście), więc płatności w mechanizmie podzielonej płatności można realizować bez przeszkód.

Bardzo proszę o aktualizację danych w Państwa systemie oraz o przelew zaległych faktur FV/2026/10/0398 i FV/2026/10/0412 (łącznie 48 612,30 zł) na nowy rachunek jeszcze w tym tygodniu – mamy zamknięcie miesiąca i audyt. Dotychczasowy rachunek w Santanderze zostanie zamknięty 30.11.

Proszę o krótkie potwierdzenie mailem.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Kluczowych Klientów
%s
''' % (ids.pl_nrb(VELO_IBAN), PL_SIG), charset='utf-8', cte='quoted-printable', html=True),
    cc=[S('malgorzata.wrobel')],
    what='Logistics-partner bank change from look-alike domain partner-logistlk.pl (l for i), falsely claiming white-list registration.',
    why='Look-alike domain on Google Workspace (the partner uses its own nazwa.pl server and Thunderbird/Outlook); new account '
        'is not on the VAT white list for the partner\'s NIP; references overdue invoices from the genuine reminder and pushes '
        'payment within days; confirmation by e-mail only.',
    pair='logistics-overdue-reminder', tech='BEC: partner bank-detail change (look-alike domain on Google Workspace)'))

ATTACKS.append(Msg(
    'teams-quick-assist-vishing-pretext', '2026-10-27 13:12:09',
    I.m365('5d0b8e3c-71f4-42a9-bc6e-0f9a3d2c1e84', region='eurprd09', prefix='PR3PR09',
           out=('EUR03-VI1-obe', 'vi1eur03on', '40.107.103'), lang='pl-PL', acc='pl-PL, en-US'),
    ('Dział IT – Example Group', 'it-support@examplegroup-helpdesk.com'), [S('malgorzata.wrobel')],
    'INC0048817: masowy spam w Pani skrzynce – technik skontaktuje się przez Teams',
    Body('''Dzień dobry,

nasz system ochrony poczty odnotował w ciągu ostatniej godziny ponad 1800 wiadomości spamowych skierowanych na Pani skrzynkę (malgorzata.wrobel@example.com). Oznacza to, że Pani adres został użyty w ataku typu "mail bombing".

Aby zablokować atak i oczyścić skrzynkę, nasz technik skontaktuje się z Panią w ciągu 15 minut przez Microsoft Teams (konto "Example Group IT Support"). Prosimy przyjąć połączenie i postępować zgodnie z instrukcjami:

1. Uruchomić aplikację Szybka pomoc (Quick Assist) - skrót Ctrl + Windows + Q.
2. Podać technikowi 6-znakowy kod zabezpieczający wyświetlony w aplikacji.
3. Nie wyłączać komputera do zakończenia czyszczenia skrzynki (ok. 20 minut).

Zgłoszenie jest obsługiwane centralnie przez Service Desk w Düsseldorfie, dlatego prosimy nie zgłaszać go dodatkowo w biurze lokalnym.

Pozdrawiamy
Dział IT / Service Desk
Example Group
''', charset='iso-8859-2', cte='quoted-printable', html=True),
    what='"IT department" announces a Teams call to fix mail bombing and asks the user to start Quick Assist and share the code.',
    why='External look-alike domain examplegroup-helpdesk.com on its own M365 tenant; remote-access pretext used by '
        'ransomware affiliates after e-mail bombing; asks to bypass the local office; real IT never uses external Teams '
        'accounts (see business 24 and 15).',
    pair='it-warning-fake-teams-calls', tech='Teams/remote-access vishing pretext (Quick Assist)'))

_INPOST = 'https://inpost-doplata.pl-paczka.info/pay/680019284751263018442317?s=%s' % h('pl-a25', 10)
ATTACKS.append(Msg(
    'inpost-surcharge-blik', '2026-12-07 11:20:14',
    I.mailgun('mg.inpost-paczka24.pl', ip_last=133, block='161.38.204'),
    ('InPost', 'powiadomienia@inpost-paczka24.pl'), [S('malgorzata.wrobel')],
    'Twoja paczka czeka – wymagana dopłata 1,99 zł',
    Body('''Cześć!

Twoja paczka nr 680019284751263018442317 od nadawcy "Komputronik - sklep internetowy" nie mogła zostać umieszczona w Paczkomacie WRO04M (ul. Legnicka 57, Wrocław) z powodu niedopłaty za gabaryt C.

Aby paczka została doręczona jutro, opłać różnicę 1,99 zł do 08.12.2026, godz. 23:59. Nieodebrane przesyłki wracają do nadawcy.

[[!Opłać dopłatę BLIK-iem lub kartą|%s]]

Pozdrawiamy
Zespół InPost
''' % _INPOST, charset='utf-8', cte='quoted-printable', brand=('InPost', '#1d1d1b')),
    what='Fake InPost parcel-locker surcharge (1,99 zł) leading to a BLIK/card phishing page.',
    why='InPost never requests surcharges by e-mail; look-alike sender domain via Mailgun, payment link on pl-paczka.info; '
        'tiny amount to harvest card/BLIK data.',
    tech='Courier phishing (InPost), payment-card/BLIK harvesting via Mailgun'))

_QR2 = 'https://sharepoint-dokumenty.pl-secure.cfd/auth/?u=%s&f=%s' % (b64url('lukasz.kowalczyk@example.com'), h('pl-a26', 8))
ATTACKS.append(Msg(
    'quishing-payroll-share-png', '2026-11-30 07:55:31',
    I.own_postfix('cloudserver072417.home.pl', '79.96.170.15', client='outlook16', sub_ip='146.70.116.42',
                  sub_rdns=None, ua_kw={'lang': 'pl'}),
    ('SharePoint Online', 'biuro@kancelaria-wrona.pl'), [S('lukasz.kowalczyk')],
    'Łukasz Kowalczyk, udostępniono Ci dokument „Lista płac 11_2026.xlsx”',
    Body('''Małgorzata Wróbel udostępniła Ci plik.

Lista płac 11_2026.xlsx

Ze względu na zawarte w dokumencie dane osobowe (RODO) dostęp jest możliwy wyłącznie po weryfikacji na urządzeniu mobilnym. Zeskanuj aparatem telefonu kod QR z załącznika i zaloguj się kontem służbowym.

Link wygaśnie za 24 godziny.

Microsoft SharePoint Online
Ta wiadomość została wysłana automatycznie.
''', charset='windows-1250', cte='base64', html=True,
        atts=[qr_file(_QR2, 'Lista_plac_11_2026_dostep.png')]),
    what='Quishing: fake SharePoint share of a payroll file, access only via a QR code in an attached PNG.',
    why='SharePoint notification sent from a compromised law-office mailbox on home.pl through a VPN address; the only '
        'link is inside the QR image (pl-secure.cfd, victim address encoded); payroll/RODO pretext.',
    tech='Quishing (QR PNG attachment), compromised small-business mailbox'))

# ================================================================ BUSINESS
BUSINESS.append(Msg(
    'ksef-invoice-genuine', '2026-11-05 12:48:09',
    C.PARTNER_TB,
    ('Partner Logistik – Księgowość', 'ksiegowosc@partner-logistik.pl'), [S('lukasz.kowalczyk')],
    'Faktura FV/2026/11/0457 – Partner Logistik sp. z o.o.',
    Body('''Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/0457 z dnia 05.11.2026 za usługi magazynowe i transport w październiku 2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur i jest dostępna w KSeF pod numerem %s. Oryginałem jest faktura ustrukturyzowana; załączony PDF ma charakter wyłącznie informacyjny.

Kwota brutto: %s zł
Termin płatności: 05.12.2026
Płatność w mechanizmie podzielonej płatności (MPP) na rachunek z białej listy:
Santander Bank Polska S.A. %s

Pozdrawiamy
Dział Księgowości
%s
''' % (KSEF, zl(GROSS), NRB, PL_SIG), charset='iso-8859-2', cte='quoted-printable',
        atts=[pdf_att('FV_2026_11_0457.pdf', [
            ('Partner Logistik sp. z o.o.', 15, True), 'ul. Obornicka 235, 60-650 Poznań · NIP ' + ids.fmt_nip(C.PARTNER['nip']), '',
            ('Faktura VAT FV/2026/11/0457 – wizualizacja', 12, True), 'Numer KSeF: ' + KSEF,
            'Data wystawienia: 05.11.2026   Data sprzedaży: 31.10.2026', '',
            'Nabywca: Example Group Polska sp. z o.o., ul. Legnicka 57, 54-203 Wrocław, NIP ' + ids.fmt_nip(C.EG['pl_nip']), '',
            '1. Magazynowanie – 38 miejsc paletowych, październik 2026        9 880,00 zł',
            '2. Kompletacja i przygotowanie wysyłek (412 szt.)                  4 326,56 zł',
            '3. Transport Wrocław – Düsseldorf, 3 kursy                        5 096,00 zł', '',
            'Razem netto: %s zł   VAT 23%%: %s zł   Razem brutto: %s zł' % (zl(NET), zl(VAT), zl(GROSS)),
            'Mechanizm podzielonej płatności', 'Termin płatności: 05.12.2026',
            'Rachunek: ' + NRB + ' (Santander Bank Polska S.A.)'],
            title='FV/2026/11/0457', creator='Comarch ERP Optima', producer='Comarch ERP Optima 2026.1',
            date="D:20261105124122+01'00'")]),
    what='Genuine invoice e-mail with the KSeF number and a PDF visualisation, split payment to the white-listed account.',
    why='Partner\'s own mail server via Thunderbird, correct KSeF wording (structured invoice is the original), known Santander '
        'account; no login links.',
    pair='ksef-einvoice-reauth-phishing'))

BUSINESS.append(Msg(
    'logistics-overdue-reminder', '2026-11-20 14:22:36',
    C.PARTNER_OL,
    ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), [S('lukasz.kowalczyk')],
    'PILNE: zaległe płatności – wstrzymanie realizacji zleceń od 27.11',
    Body('''Panie Łukaszu,

niestety nadal nie odnotowaliśmy wpłat za faktury FV/2026/10/0398 (26 418,60 zł, termin minął 04.11) oraz FV/2026/10/0412 (22 193,70 zł, termin minął 12.11), łącznie 48 612,30 zł.

Nasz dział finansowy poinformował mnie, że jeśli płatność nie wpłynie do 26.11, od 27.11 system automatycznie wstrzyma realizację nowych zleceń dla Example Group Polska – dotyczy to również zaplanowanego na 30.11 odbioru 14 palet z Wrocławia do Düsseldorfu.

Bardzo proszę o pilną weryfikację i informację, kiedy możemy spodziewać się przelewu. Numer rachunku bez zmian (Santander, końcówka 7731 – zgodnie z białą listą).

Jeśli płatność jest wstrzymana z powodu reklamacji, proszę o telefon – na pewno się dogadamy.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Kluczowych Klientów
%s
tel. +48 61 842 17 30, kom. +48 601 447 218
''' % PL_SIG, charset='windows-1250', cte='quoted-printable', html=True),
    cc=[S('malgorzata.wrobel')],
    what='Genuine urgent payment reminder with the threat of stopping transport orders.',
    why='Partner\'s real domain and mail server (Outlook), bank account explicitly unchanged, offers a phone call; '
        'pressure is commercial, not a redirection.',
    pair='logistics-bank-change-whitelist-claim'))

BUSINESS.append(Msg(
    'it-warning-fake-teams-calls', '2026-10-28 08:40:19',
    I.internal(oip='10.30.30.21', lang='pl-PL', acc='pl-PL, en-US'),
    S('malgorzata.wrobel'), [('Biuro Wrocław', 'wroclaw-office@example.com')],
    'Uwaga: fałszywe wiadomości i telefony od "działu IT" (Teams / Szybka pomoc)',
    Body('''Drodzy,

wczoraj kilka osób w naszym biurze dostało e-maile od rzekomego "Działu IT" z domeny examplegroup-helpdesk.com z informacją o "masowym spamie" i zapowiedzią połączenia przez Teams. To próba oszustwa - nie przyjmujcie takich połączeń.

Po konsultacji z Leną Fischer z IT w Düsseldorfie przypominam:
- nasz helpdesk nigdy nie dzwoni przez zewnętrzne konta Teams i nigdy nie prosi o uruchomienie Szybkiej pomocy, AnyDeska czy TeamViewera;
- zgłoszenia do IT zakładamy wyłącznie przez portal helpdesk w intranecie lub pod numerem wewnętrznym 300;
- podejrzane wiadomości zgłaszamy przyciskiem "Zgłoś" w Outlooku.

Jeżeli ktoś już przyjął takie połączenie, proszę natychmiast odłączyć komputer od sieci i zadzwonić do mnie.

Pozdrawiam
Małgorzata Wróbel
Office Manager
Example Group Polska sp. z o.o.
''', charset='iso-8859-2', cte='quoted-printable', html=True),
    rcpt='lukasz.kowalczyk@example.com',
    what='Genuine internal warning about fake IT calls via Teams/Quick Assist.',
    why='Internal relay from the Wrocław office manager, refers to the known helpdesk channels, no links or attachments.',
    pair='teams-quick-assist-vishing-pretext'))

BUSINESS.append(Msg(
    'customer-inquiry-wp', '2026-12-10 15:05:44',
    I.wp('wp', client_ip='89.64.%d.%d'),
    ('Agnieszka Nowak', 'biuro.nowak@wp.pl'), [S('malgorzata.wrobel')],
    'Zapytanie: leasing 6 laptopów od stycznia + przedłużenie umowy',
    Body('''Dzień dobry Pani Małgorzato,

w styczniu zatrudniamy dwie nowe osoby i chcielibyśmy od 1 stycznia wziąć w leasing jeszcze 6 laptopów (najlepiej takich samych jak obecne: 14 cali, Windows 11 Pro, pakiet Office). Przy okazji chciałabym przedłużyć naszą obecną umowę nr EG-PL/2023/118 na 4 komputery, która kończy się w lutym.

Czy mogłaby Pani przygotować ofertę w dwóch wariantach - na 24 i na 36 miesięcy? Ważne jest dla nas, żeby dyski były szyfrowane, bo pracujemy na danych klientów.

Proszę o kontakt mailowy lub telefoniczny: 71 344 20 18.

Pozdrawiam serdecznie
Agnieszka Nowak
Biuro Rachunkowe Nowak
ul. Kiełbaśnicza 24/3, 50-110 Wrocław
''', charset='iso-8859-2', cte='quoted-printable'),
    what='Genuine leasing inquiry from a small customer using a wp.pl mailbox.',
    why='Consumer mailbox but known customer and contract number, concrete needs, phone number; no links, attachments or payment.'))

BUSINESS.append(Msg(
    'sick-leave-private-interia', '2026-11-16 07:31:02',
    I.wp('interia', client_ip='31.0.%d.%d'),
    ('Łukasz Kowalczyk', 'lukasz.kowalczyk87@interia.pl'), [S('malgorzata.wrobel')],
    'L4 – Łukasz',
    Body('''Cześć Gosia,

niestety rozłożyła mnie grypa, lekarz wystawił mi e-ZLA do piątku 20.11 włącznie – powinno być już widoczne na PUE ZUS. Piszę z prywatnej poczty, bo nie mam przy sobie służbowego laptopa.

Najpilniejsze sprawy: przelewy do Partner Logistik są przygotowane w bankowości i czekają na akceptację pani Wörner. JPK za październik wysłałem w piątek, UPO jest w folderze JPK_2026.

W razie czego jestem pod telefonem, raczej po południu.

Pozdrawiam
Łukasz
''', charset='utf-8', cte='8bit'),
    what='Colleague\'s sick-leave notice (electronic certificate via ZUS) from a private interia.pl address.',
    why='Explains the private address, standard e-ZLA process, hand-over details; no requests involving money, data or links.'))
