"""Polish messages: 5 attacks, 5 genuine."""
import base64
import random

from common import *  # noqa: F401,F403

PAWEL = C.P('pl_mgr')
GOSIA = C.P('pl_acc')
PLOG_FOOT = 'Partner Logistik sp. z o.o.\nul. Obornicka 235, 60-650 Poznań\nNIP %s | tel. 61 843 27 10' % ids.fmt_nip(C.PLOG_NIP)
ORDER_T = T('PL', 2026, 10, 13, 10, 24, 7)
ORDER_SUBJ = 'RE: Zlecenie transportowe 2026/10/118 - Wrocław -> Praga'
ORDER_MSGID = '<003a%08x$4e2f9a10$ea5ccf30$@partner-logistik.pl>' % (I.filetime(ORDER_T) >> 32)
ORDER_BODY = """Dzień dobry Panie Pawle,

potwierdzam przyjęcie zlecenia transportowego nr 2026/10/118:

Załadunek: 15.10.2026, godz. 8:00, magazyn Example Polska, Wrocław, ul. Krakowska 141
Rozładunek: 16.10.2026 do godz. 12:00, Barvy Praha s.r.o., Průmyslová 11, Praha 10
Towar: 22 palety EUR, farby wodorozcieńczalne, ok. 14,8 t (nie ADR)
Pojazd: WGM 48K1 / PO 7731N, kierowca Marek Kaczmarek, tel. +48 601 224 718
Fracht: 3 150 zł netto, termin płatności 30 dni

Potwierdzenie zlecenia w załączniku. Prosimy o przygotowanie dokumentów WZ w jednym komplecie.

Pozdrawiam serdecznie
Tadeusz Zieliński
Spedycja / Transport krajowy i międzynarodowy
Partner Logistik sp. z o.o.
tel. 61 843 27 22, kom. 605 318 442
"""


# =========================================================== ATTACKS ======
def a_plog_lookalike():
    t = T('PL', 2026, 11, 26, 9, 3, 40)
    body = """Szanowni Państwo,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę, od dnia 1 grudnia 2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. prosimy kierować wyłącznie na nowy rachunek bankowy:

Alior Bank S.A.
nr rachunku: %s

Nowy rachunek został zgłoszony do Wykazu podatników VAT (tzw. białej listy) i pojawi się w wykazie w ciągu kilku dni roboczych. Do tego czasu prosimy nie sugerować się komunikatem o braku rachunku w wykazie - płatność w mechanizmie podzielonej płatności jest w pełni bezpieczna.

Dotyczy to również faktur FV/1128/11/2026 oraz FV/1164/11/2026 z terminem płatności 14.12.2026.

Prosimy o potwierdzenie aktualizacji danych w odpowiedzi na tę wiadomość.

Z poważaniem
Dział Księgowości
""" % ids.pl_nrb(C.PLOG_FAKE) + PLOG_FOOT + '\n'
    return Mail('partner-logistik-rachunek-lookalike', t=t, frm=('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.com.pl'),
                to=GOSIA, subject='Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.', hcs='UTF-8', henc='B', lang_tag='pl',
                body=text(body, 'utf-8', '8bit', label='UTF-8', params=[('format', 'flowed')]),
                profile=I.thunderbird, pkw=dict(domain='partner-logistik.com.pl', server='mail.partner-logistik.com.pl', server_ip='45.87.153.20',
                                                client_ip='185.107.56.12', zone='PL'),
                what='Logistics-partner bank-detail change from a look-alike domain; asks to ignore that the new account is missing from the Polish VAT white list.',
                why='partner-logistik.com.pl instead of partner-logistik.pl (own Postfix on a VPS); explicitly pre-empts the white-list (biała lista) check, which is the Polish control against exactly this fraud; names two real upcoming invoices (genuine one in business 22 keeps the ING account).')


def a_ksef():
    t = T('PL', 2026, 11, 19, 7, 55, 14)
    url = 'https://ap-ksef.mf-gov.pl.weryfikacja-podmiotu.com/logowanie?nip=%s&s=%s' % (C.EXG_PL_NIP, base64.urlsafe_b64encode(b'malgorzata.wojcik@example.com').decode().rstrip('='))
    body = """Szanowni Państwo,

w Krajowym Systemie e-Faktur (KSeF) odnotowano odrzucenie faktury ustrukturyzowanej wystawionej przez Example Polska sp. z o.o. (NIP %s):

Numer faktury: FV/EXP/2026/11/0932
Data wystawienia: 18.11.2026
Status: odrzucona - kod błędu 21405 (brak aktywnych uprawnień do wystawiania faktur)

Uprawnienia przypisane do Państwa konta wygasły w związku z aktualizacją mechanizmu uwierzytelniania KSeF 2.0. Do czasu ich potwierdzenia faktury wystawiane w imieniu podmiotu nie będą przyjmowane, a dokumenty przesłane w tym okresie uznaje się za niewystawione.

Aby przywrócić uprawnienia, zaloguj się do Aplikacji Podatnika KSeF i potwierdź dane podmiotu w ciągu 48 godzin:

[Zaloguj się do Aplikacji Podatnika KSeF](%s)

Logowanie możliwe za pomocą profilu zaufanego, e-dowodu lub bankowości elektronicznej.

Z poważaniem
Ministerstwo Finansów
Zespół Krajowego Systemu e-Faktur
""" % (ids.fmt_nip(C.EXG_PL_NIP), url)
    foot = 'Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.'
    blocks = [('h', 'KSeF - faktura odrzucona')] + body.strip().split('\n\n')[:5] + [('btn', 'Zaloguj się do Aplikacji Podatnika KSeF', url), body.strip().split('\n\n')[7], 'Z poważaniem\nMinisterstwo Finansów\nZespół Krajowego Systemu e-Faktur']
    b = multi('alternative', [text(plain(body, 'colon') + '\n' + foot + '\n', 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded(blocks, brand='#d4213d', logo_text='KSeF | Krajowy System e-Faktur', footer=foot), 'utf-8', 'quoted-printable')])
    return Mail('ksef-faktura-odrzucona-phishing', t=t, frm=('Krajowy System e-Faktur', 'powiadomienia@ksef-mf.pl'), to=GOSIA,
                subject='KSeF: faktura FV/EXP/2026/11/0932 odrzucona - wymagane potwierdzenie uprawnień', body=b,
                profile=I.mailgun, pkw=dict(mgdomain='mg.ksef-mf.pl'),
                what='Polish e-invoicing (KSeF) phishing: "invoice rejected, permissions expired" with a link to a fake KSeF taxpayer app asking for Profil Zaufany / bank login.',
                why='KSeF does not e-mail rejections or permission expiries; sender ksef-mf.pl via Mailgun is not gov.pl; link host weryfikacja-podmiotu.com dressed up with "mf-gov.pl" sub-labels; 48-hour threat that invoices count as not issued.')


def a_inpost():
    t = T('PL', 2026, 12, 3, 12, 18, 2)
    url = 'https://inpost.doplata-paczka24.com/p/620411273390884155201?k=WRO12M'
    body = """Dzień dobry,

Twoja przesyłka nr 620411273390884155201 nie mogła zostać umieszczona w Paczkomacie® WRO12M (ul. Krakowska 141, Wrocław), ponieważ nadawca nie uiścił pełnej opłaty za gabaryt C.

Do zapłaty: 2,99 zł

Przesyłka oczekuje w oddziale przez 48 godzin. Po tym czasie zostanie zwrócona do nadawcy.

[Dopłać i wybierz termin doręczenia](%s)

Dziękujemy,
Zespół InPost
""" % url
    blocks = [('h', 'Twoja paczka czeka na dopłatę')] + body.strip().split('\n\n')[1:4] + [('btn', 'Dopłać 2,99 zł', url), 'Dziękujemy,\nZespół InPost']
    b = multi('alternative', [text(plain(body, 'colon'), 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded(blocks, brand='#ffcd00', logo_text='InPost', footer='InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków'), 'utf-8', 'quoted-printable')])
    return Mail('inpost-doplata-paczka-phishing', t=t, frm=('InPost', 'powiadomienia@inpost-paczkomaty-info.pl'), to=PAWEL,
                subject='Paczka 620411273390884155201 czeka na dopłatę 2,99 zł', body=b, profile=I.brevo, pkw=dict(account='6610284'),
                what='Parcel-fee phishing ("InPost", 2.99 PLN surcharge) leading to a card-data page.',
                why='Not an InPost domain, sent through Brevo; tiny surcharge plus 48-hour return threat is the standard card-skimming lure; link to doplata-paczka24.com.')


def a_thread_hijack():
    t = T('PL', 2026, 11, 3, 22, 47, 36)
    body = """Dzień dobry Panie Pawle,

w nawiązaniu do zlecenia przesyłam komplet dokumentów przewozowych (CMR, potwierdzenie dostawy) oraz fakturę korygującą. Ze względu na rozmiar plików udostępniam je przez OneDrive:

[Dokumenty_2026-10-118.pdf](https://www.przedszkole-zielonyogrod.pl/wp-content/uploads/2026/11/onedrive/index.php?e=cGF3ZWwua293YWxjenlrQGV4YW1wbGUuY29t)

Proszę o potwierdzenie odbioru.

Pozdrawiam
Tadeusz Zieliński
""" + quote_outlook('pl', ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), ORDER_T, PAWEL, ORDER_SUBJ, ORDER_BODY)
    b = multi('alternative', [text(plain(body), 'windows-1250', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'windows-1250', lang='PL'), 'windows-1250', 'quoted-printable')])
    return Mail('thread-hijack-partner-logistik-onedrive', t=t, frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=PAWEL,
                subject=ORDER_SUBJ, irt=ORDER_MSGID, refs='<5e21c0d98b7a4f31a2c6e08d14b37f92@EXCH01.corp.example.com> ' + ORDER_MSGID,
                hcs='windows-1250', henc='Q', body=b,
                profile=I.outlook_desktop, pkw=dict(domain='partner-logistik.pl', smtp_style='postfix', client_name='WIN-3M8P5K1Q2RT',
                                                    client_ip='89.248.165.41', server='serwer2445123.home.pl', server_ip='46.242.245.19',
                                                    lang='pl', zone='PL'),
                what='Thread hijack from the genuinely compromised mailbox of the logistics partner\'s dispatcher: reply to a real transport order with a "OneDrive" link hosted on a hacked kindergarten website.',
                why='Account takeover: correct sender and real quoted thread, but sent at 22:47 via SMTP AUTH from a Dutch VPS (WIN-... hostname) instead of the office line; "OneDrive" link is a PHP page on an unrelated WordPress site with the victim address base64-encoded; documents for a finished job.')


def a_bdo():
    t = T('PL', 2026, 10, 22, 10, 37, 28)
    url = 'https://bdo-mos-gov.pl-logowanie.net/logowanie?rej=000184473'
    body = """Szanowni Państwo,

Urząd Marszałkowski Województwa Dolnośląskiego, Departament Ochrony Środowiska, informuje, że w ramach weryfikacji realizacji obowiązków w zakresie opłaty produktowej za rok 2025 stwierdzono rozbieżności w sprawozdaniu o produktach w opakowaniach i o gospodarowaniu odpadami opakowaniowymi złożonym przez Example Polska sp. z o.o. (nr rejestrowy BDO 000184473).

Zgodnie z ustawą o gospodarce opakowaniami i odpadami opakowaniowymi, w przypadku nieusunięcia nieprawidłowości w terminie 7 dni od doręczenia niniejszego wezwania wszczęte zostanie postępowanie w sprawie wymierzenia administracyjnej kary pieniężnej.

Korekty należy dokonać po zalogowaniu do systemu BDO:
%s

Z poważaniem
Wydział Ewidencji i Opłat Środowiskowych
Urząd Marszałkowski Województwa Dolnośląskiego
""" % url
    h = html_simple(body.replace(url, '[%s](%s)' % (url, url)), 'iso-8859-2')
    b = multi('alternative', [text(body, 'iso-8859-2', 'base64', label='iso-8859-2'), htmlpart(h, 'iso-8859-2', 'base64', label='iso-8859-2')])
    return Mail('bdo-oplata-produktowa-phishing', t=t, frm=('BDO - Urząd Marszałkowski', 'powiadomienia@biuro-rachunkowe-lesna.pl'),
                to=GOSIA, subject='Wezwanie do usunięcia nieprawidłowości - sprawozdanie BDO za 2025 r.', hcs='iso-8859-2', henc='B', body=b,
                profile=I.cpanel_php, pkw=dict(server='s47.cyberfolks-hosting.pl', server_ip='195.78.66.120', cpuser='lesnabiu',
                                               site='biuro-rachunkowe-lesna.pl', script='/home/%s/public_html/wp-content/plugins/contact-form-7/includes/mailq.php'),
                what='Regulator-themed phishing: fake Marshal\'s Office summons about the packaging-waste (BDO) report of a paint producer, with a login link.',
                why='Trade-specific (packaging fees apply to paint producers) but sent from a hacked accounting-office website via PHPMailer; link to pl-logowanie.net instead of bdo.mos.gov.pl; authorities serve such summons via ePUAP/BDO, not e-mail; 7-day penalty threat.')


def attacks():
    return [a_plog_lookalike(), a_ksef(), a_inpost(), a_thread_hijack(), a_bdo()]


# =========================================================== BUSINESS =====
def b_plog_invoice():
    t = T('PL', 2026, 11, 30, 14, 2, 51)
    ksef = ksef_number(C.PLOG_NIP, '20261130', '0A1B7C3D9E2F')
    body = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/1128/11/2026 z dnia 30.11.2026 za usługi magazynowania i dystrybucji w listopadzie 2026.

Faktura została wystawiona w KSeF - numer KSeF: %s. Dokument w formie ustrukturyzowanej jest dostępny w KSeF, plik PDF ma charakter wyłącznie informacyjny.

Kwota brutto: 48 212,70 zł
Termin płatności: 14.12.2026
Rachunek bankowy (bez zmian, widoczny w wykazie podatników VAT): %s, ING Bank Śląski S.A.
Płatność w mechanizmie podzielonej płatności (MPP).

Z poważaniem
Dział Księgowości
""" % (ksef, ids.pl_nrb(C.PLOG)) + PLOG_FOOT + '\n'
    doc = pdf([('h', 'Faktura VAT nr FV/1128/11/2026'), ('s', 'Numer KSeF: %s' % ksef), ('gap', 8),
               ('row', [(50, 'Sprzedawca'), (300, 'Nabywca')]),
               ('row', [(50, 'Partner Logistik sp. z o.o.'), (300, 'Example Polska sp. z o.o.')]),
               ('row', [(50, 'ul. Obornicka 235, 60-650 Poznań'), (300, 'ul. Krakowska 141, 50-428 Wrocław')]),
               ('row', [(50, 'NIP %s' % ids.fmt_nip(C.PLOG_NIP)), (300, 'NIP %s' % ids.fmt_nip(C.EXG_PL_NIP))]), ('gap', 6),
               ('row', [(50, 'Data wystawienia: 30.11.2026'), (300, 'Data sprzedaży: 30.11.2026')]), ('rule',),
               ('row', [(50, 'Nazwa usługi'), (330, 'Netto'), (400, 'VAT'), (470, 'Brutto')]),
               ('row', [(50, 'Magazynowanie - 412 miejsc paletowych, XI 2026'), (330, '22 660,00'), (400, '23%'), (470, '27 871,80')]),
               ('row', [(50, 'Dystrybucja krajowa - 38 kursów, XI 2026'), (330, '16 537,32'), (400, '23%'), (470, '20 340,90')]), ('rule',),
               ('row', [(50, 'Razem'), (330, '39 197,32'), (400, '9 015,38'), (470, '48 212,70')]), ('gap', 6),
               ('p', 'Do zapłaty: 48 212,70 zł. Termin płatności: 14.12.2026, przelew.\nING Bank Śląski S.A. %s\nMechanizm podzielonej płatności.' % ids.pl_nrb(C.PLOG))],
              'FV/1128/11/2026', 'Partner Logistik', 'Comarch ERP Optima', 'Comarch ERP Optima', t)
    b = multi('mixed', [multi('alternative', [text(body, 'windows-1250', 'quoted-printable'),
                                              htmlpart(html_outlook(body, 'windows-1250', lang='PL'), 'windows-1250', 'quoted-printable')]),
                        pdf_att(doc, 'FV_1128_11_2026.pdf')])
    return Mail('partner-logistik-faktura-ksef', t=t, frm=('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl'), to=GOSIA,
                subject='Faktura FV/1128/11/2026 - Partner Logistik sp. z o.o.', hcs='windows-1250', henc='Q', body=b,
                profile=I.outlook_desktop, pkw=dict(domain='partner-logistik.pl', smtp_style='postfix', client_name='KSIEGOWOSC-PC',
                                                    client_ip='83.24.115.90', client_rdns='aby90.neoplus.adsl.tpnet.pl', server='serwer2445123.home.pl',
                                                    server_ip='46.242.245.19', lang='pl', zone='PL'),
                what='Genuine monthly invoice of the logistics partner, issued in KSeF, with PDF visualisation and unchanged white-listed account.',
                why='Real domain via the partner\'s home.pl server from its usual Polish DSL line; KSeF number with valid structure; account unchanged (ING) and on the VAT white list; split payment.',
                pair=(['partner-logistik-rachunek-lookalike'], 'Same invoices and same accounting mailbox name; genuine domain, account unchanged and verifiable on the white list.'))


def b_budmax_complaint():
    t = T('PL', 2026, 11, 26, 13, 11, 5)
    body = """Dzień dobry Panie Pawle,

w dostawie z dnia 24.11.2026 (WZ 26/11/3341, zamówienie ZK/BM/2026/1187) do naszego centrum dystrybucyjnego w Strykowie stwierdziliśmy uszkodzenia: 46 wiader farby lateksowej "Example Interior Biały 10 l" ma pęknięte pokrywy lub wgniecenia, część produktu wyciekła na palety. Protokół szkody podpisany przez kierowcę oraz zdjęcia przesłaliśmy również do Partner Logistik.

Prosimy o wymianę uszkodzonego towaru do 4.12.2026 albo wystawienie faktury korygującej. Do czasu wyjaśnienia wstrzymujemy płatność faktury FV/EXP/2026/11/0418 w części dotyczącej tej pozycji.

Z poważaniem
Agnieszka Nowak
Kierownik Działu Zakupów - Chemia budowlana
Budmax S.A.
ul. Rokicińska 142, 92-412 Łódź
NIP %s
""" % ids.fmt_nip(C.BUDMAX_NIP)
    b = multi('alternative', [text(body, 'iso-8859-2', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'iso-8859-2', lang='PL'), 'iso-8859-2', 'quoted-printable')])
    return Mail('budmax-reklamacja-uszkodzone-wiadra', t=t, frm=('Agnieszka Nowak', 'a.nowak@budmax.pl'), to=PAWEL, cc=[('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')],
                subject='Reklamacja - uszkodzone wiadra w dostawie WZ 26/11/3341', hcs='iso-8859-2', henc='Q', body=b,
                profile=I.o365, pkw=dict(domain='budmax.pl', srv='VI1PR09MB4417', region='eurprd09', lang='pl-PL',
                                         obe=('EUR05-VI1-obe', 'mail-vi1eur05on2093', '40.107.21.93')),
                what='Genuine customer complaint (damaged pails) with partial payment hold.',
                why='Customer\'s own Microsoft 365 tenant, concrete delivery and order numbers, logistics partner in cc, withholding payment is a normal commercial lever; no link or bank data.')


def b_sick_leave():
    t = T('PL', 2026, 11, 2, 7, 12, 33)
    body = """Cześć Paweł,

niestety rozłożyła mnie grypa, lekarz wystawił L4 do piątku 6.11 włącznie (e-ZLA jest już w ZUS, zobaczycie je na PUE). Piszę z prywatnej poczty, bo laptop został w biurze.

Najpilniejsze: przelewy do Partner Logistik i do ZUS są przygotowane w banku, czekają tylko na Twoją drugą autoryzację. JPK_V7 za październik wyślę po powrocie, termin mamy do 25.11.

W razie czego jestem pod telefonem po południu.

Pozdrawiam
Gosia
"""
    return Mail('zwolnienie-lekarskie-prywatna-poczta', t=t, frm=('Małgorzata Wójcik', 'gosia.wojcik@wp.pl'), to=PAWEL,
                subject='L4 do piątku', body=text(body, 'utf-8', 'quoted-printable', label='UTF-8'),
                profile=I.wp_pl, pkw=dict(client_ip='89.229.14.77', client_rdns='89-229-14-77.dynamic.chello.pl'),
                what='Polish accountant reports sick leave (L4, e-ZLA) from her private wp.pl address.',
                why='Private address but only informs about absence; sick note goes through ZUS; payments stay in the bank\'s dual-authorisation workflow; Polish consumer IP.',
                pair=(['gehaltskonto-aenderung-freemail'], 'Employee from a private free-mail address, but no request to change anything.'))


def b_transport_order():
    t = ORDER_T
    doc = pdf([('h', 'Potwierdzenie zlecenia transportowego 2026/10/118'), ('p', 'Partner Logistik sp. z o.o., ul. Obornicka 235, 60-650 Poznań'), ('gap', 6)]
              + [('row', [(50, a), (200, b)]) for a, b in (
                  ('Zleceniodawca', 'Example Polska sp. z o.o., Wrocław'), ('Załadunek', '15.10.2026 08:00, Wrocław, ul. Krakowska 141'),
                  ('Rozładunek', '16.10.2026 do 12:00, Barvy Praha s.r.o., Praha 10'), ('Towar', '22 palety EUR, farby wodorozcieńczalne, 14,8 t, nie ADR'),
                  ('Pojazd', 'WGM 48K1 / PO 7731N'), ('Kierowca', 'Marek Kaczmarek, +48 601 224 718'), ('Fracht', '3 150,00 zł netto, 30 dni'))]
              + [('gap', 10), ('s', 'Zlecenie realizowane zgodnie z Konwencją CMR oraz OWS Partner Logistik.')],
              'Zlecenie 2026/10/118', 'Tadeusz Zieliński', 'Microsoft: Print To PDF', 'Microsoft Word', t)
    b = multi('mixed', [multi('alternative', [text(ORDER_BODY, 'windows-1250', 'quoted-printable'),
                                              htmlpart(html_outlook(ORDER_BODY, 'windows-1250', lang='PL'), 'windows-1250', 'quoted-printable')]),
                        pdf_att(doc, 'Potwierdzenie_zlecenia_2026-10-118.pdf')])
    return Mail('partner-logistik-potwierdzenie-zlecenia', t=t, frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=PAWEL,
                subject=ORDER_SUBJ, irt='<5e21c0d98b7a4f31a2c6e08d14b37f92@EXCH01.corp.example.com>',
                refs='<5e21c0d98b7a4f31a2c6e08d14b37f92@EXCH01.corp.example.com>', msgid=ORDER_MSGID, hcs='windows-1250', henc='Q', body=b,
                profile=I.outlook_desktop, pkw=dict(domain='partner-logistik.pl', smtp_style='postfix', client_name='DESKTOP-TZ7LOG',
                                                    client_ip='83.24.115.91', client_rdns='aby91.neoplus.adsl.tpnet.pl', server='serwer2445123.home.pl',
                                                    server_ip='46.242.245.19', lang='pl', zone='PL'),
                what='Genuine confirmation of a transport order by the logistics partner\'s dispatcher, with PDF.',
                why='Sent in office hours from the partner\'s own office line through its home.pl server, operational details, PDF attached directly.',
                pair=(['thread-hijack-partner-logistik-onedrive'], 'The very thread later hijacked; same sender, but office IP and hours, attachment instead of an external "OneDrive" link.'))


def b_newsletter():
    t = T('PL', 2026, 11, 5, 8, 0, 4)
    lu = '<https://rynekfarb.pl/newsletter/wypisz?u=c41e7a9d20&l=pl-main>, <mailto:wypisz@rynekfarb.pl?subject=unsubscribe-c41e7a9d20>'
    trk = lambda p: 'https://email.rynekfarb.pl/c/' + base64.urlsafe_b64encode(('https://rynekfarb.pl/' + p).encode()).decode().rstrip('=')
    items = [('Ceny bieli tytanowej w IV kwartale - przegląd rynku', 'ceny-tio2-q4'),
             ('KSeF obowiązkowy: pierwsze doświadczenia producentów chemii budowlanej', 'ksef-doswiadczenia'),
             ('Targi Budma 2027 - lista wystawców z branży farb i lakierów', 'budma-2027')]
    ptxt = 'Rynek Farb - newsletter 45/2026\n\n'
    blocks = [('h', 'Rynek Farb · newsletter 45/2026')]
    for title, slug in items:
        ptxt += '%s\n%s\n\n' % (title, trk(slug))
        blocks.append('[%s](%s)' % (title, trk(slug)))
    foot = ('Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera Rynek Farb adresem pawel.kowalczyk@example.com.\n'
            '[Wypisz się](https://rynekfarb.pl/newsletter/wypisz?u=c41e7a9d20&l=pl-main) · Wydawnictwo Rynek Farb sp. z o.o., ul. Grzybowska 80, 00-844 Warszawa')
    ptxt += plain(foot, 'paren')
    b = multi('alternative', [text(ptxt, 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded(blocks, brand='#1f5f8b', logo_text='Rynek Farb', footer=foot), 'utf-8', 'quoted-printable')])
    return Mail('newsletter-rynek-farb-mailgun', t=t, frm=('Rynek Farb', 'newsletter@rynekfarb.pl'), to=PAWEL,
                subject='Rynek Farb 45/2026: ceny TiO2, KSeF w praktyce, Budma 2027', body=b,
                profile=I.mailgun, pkw=dict(mgdomain='email.rynekfarb.pl'), list_unsub=lu,
                what='Subscribed Polish trade newsletter sent through Mailgun.',
                why='Consistent publisher domain and Mailgun sending domain, List-Unsubscribe with one-click, subscription notice; article links only.',
                pair=(['ksef-faktura-odrzucona-phishing'], 'Also mentions KSeF and comes from Mailgun, but is informational with unsubscribe and no login request.'))


def business():
    return [b_plog_invoice(), b_budmax_complaint(), b_sick_leave(), b_transport_order(), b_newsletter()]
