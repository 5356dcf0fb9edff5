"""Genuine business messages 22-26 (Polish)."""
from lib import *
from att_pl import guid_like

F = 'business'
NIP_PLOG = ck.pl_nip('958164322')
SIG_PLOG = """Partner Logistik sp. z o.o.
ul. Hutnicza 40, 81-061 Gdynia
NIP """ + NIP_PLOG


def b22():
    bank, bic, iban = BANK['plog']
    body = """Dzień dobry,

w załączeniu zestawienie otwartych pozycji za październik. Proszę o informację, kiedy możemy spodziewać się płatności.

Przypominam, że faktura FV/2026/10/0744 jest już po terminie. Zgodnie z umową ramową, w przypadku braku płatności do 20.11.2026 będziemy zmuszeni wstrzymać obsługę Państwa naczep w magazynie w Gdyni oraz odprawy celne do czasu uregulowania należności. Bardzo nie chciałbym do tego doprowadzić.

Płatność prosimy jak zawsze na rachunek w PKO BP podany na fakturach (zgłoszony w wykazie podatników VAT).

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Rozliczeń
""" + SIG_PLOG + "\ntel. +48 58 622 41 17"
    zest = pdf_part([
        '# Partner Logistik sp. z o.o.', 'ul. Hutnicza 40, 81-061 Gdynia · NIP ' + NIP_PLOG, '',
        '## Zestawienie otwartych pozycji - Example Group Polska sp. z o.o. - stan na 04.11.2026', '',
        '## Faktura              Data          Termin        Kwota brutto (PLN)   Pozostało',
        'FV/2026/10/0744       07.10.2026    21.10.2026        29 871,90          29 871,90',
        'FV/2026/10/0781       21.10.2026    04.11.2026        31 610,87          31 610,87',
        '## Razem do zapłaty                                                            61 482,77', '',
        'Rachunek: ' + bank + ' ' + ' '.join([iban[2:4]] + [iban[i:i + 4] for i in range(4, 28, 4)]),
        'Mechanizm podzielonej płatności - zgodnie z fakturą.'],
        'Zestawienie_otwartych_pozycji_EXG_2026-11-04.pdf', title='Zestawienie otwartych pozycji', author='Partner Logistik',
        producer='Comarch ERP Optima 2026.2', creator='Comarch ERP Optima', created="D:20261104085000+01'00'")
    Mail(F, 22, 'pl', 'partner-logistik-monit-wstrzymanie-obslugi',
         Thunderbird(tr=OwnPostfix(host='mail.partner-logistik.pl', ip='91.232.118.37', pc='[10.10.0.14]',
                                   user_ip='91.232.118.60', user_rdns='biuro.partner-logistik.pl'), lang='pl'),
         T(2026, 11, 4, 8, 2, 37), C['zielinski'], [S('pl_acc')],
         'Zaległe faktury - Example Group Polska / październik 2026',
         mixed(text(body, 'ISO-8859-2', '8bit', flowed=True), zest),
         msgid='<%s@partner-logistik.pl>' % guid_like('a22r1'),
         what='The logistics partner\'s genuine reminder (start of the thread later hijacked in attack/22).',
         why='Submitted from the partner\'s own office network to its own server with its usual Thunderbird, pays to '
             'the PKO BP account on the VAT white list, firm but ordinary dunning with a threat to suspend handling. '
             'Hard negative for attack/22.')


def b23():
    bank, bic, iban = BANK['plog']
    ksef = '%s-20261104-%s-%s' % (NIP_PLOG, hx('b23k', 12, UPHEX), hx('b23c', 2, UPHEX))
    body = """Szanowni Państwo,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/2026/11/0912 z dnia 04.11.2026.

Faktura została wystawiona w Krajowym Systemie e-Faktur.
Numer KSeF: {ksef}

Dokumentem rozliczeniowym jest faktura ustrukturyzowana dostępna w KSeF; załączony plik PDF ma charakter informacyjny.

Kwota do zapłaty: 18 244,20 PLN
Termin płatności: 18.11.2026
Rachunek: {nrb}

Wiadomość wygenerowana automatycznie z systemu Comarch ERP Optima. W sprawach dotyczących faktury prosimy o kontakt: ksiegowosc@partner-logistik.pl, tel. 58 622 41 10.

Dział Księgowości
""".format(ksef=ksef, nrb=' '.join([iban[2:4]] + [iban[i:i + 4] for i in range(4, 28, 4)])) + SIG_PLOG
    fv = pdf_part([
        '# Faktura VAT FV/2026/11/0912', 'Partner Logistik sp. z o.o., ul. Hutnicza 40, 81-061 Gdynia, NIP ' + NIP_PLOG, '',
        'Nabywca: Example Group Polska sp. z o.o., ul. Polska 17, 81-339 Gdynia, NIP ' + ck.pl_nip('586231477'),
        'Data wystawienia: 04.11.2026    Data sprzedaży: 31.10.2026    Numer KSeF: ' + ksef, '',
        '## Lp.  Nazwa                                              Ilość    Cena netto    Wartość netto   VAT',
        '1    Obsługa magazynowa naczep - październik 2026           1         9 860,00        9 860,00    23%',
        '2    Agencja celna - zgłoszenia tranzytowe                  38          124,00        4 712,00    23%',
        'Razem netto 14 572,00 PLN    VAT 3 351,56 PLN    Brutto 17 923,56 PLN',
        'Opłaty dodatkowe (poza VAT): 320,64 PLN        Do zapłaty: 18 244,20 PLN', '',
        'Termin płatności 18.11.2026, przelew: ' + bank + ', ' + ' '.join([iban[2:4]] + [iban[i:i + 4] for i in range(4, 28, 4)]),
        'Mechanizm podzielonej płatności'],
        'FV_2026_11_0912.pdf', title='FV/2026/11/0912', author='Partner Logistik', producer='Comarch ERP Optima 2026.2',
        creator='Comarch ERP Optima', created="D:20261104094500+01'00'")
    Mail(F, 23, 'pl', 'partner-logistik-faktura-ksef',
         ERPMailer(tr=OwnPostfix(host='mail.partner-logistik.pl', ip='91.232.118.37', pc='KSIEGOWOSC-01',
                                 user_ip='91.232.118.61', user_rdns='ksiegowosc.partner-logistik.pl'),
                   pc='KSIEGOWOSC-01', xm='Comarch ERP Optima 2026.2.1.1402'),
         T(2026, 11, 4, 8, 47, 55), C['pl_ksieg'], [S('pl_acc')],
         'Faktura FV/2026/11/0912 - Partner Logistik sp. z o.o.',
         mixed(text(body, 'windows-1250', 'quoted-printable'), fv),
         hcs='windows-1250', hmode='Q',
         what='Invoice e-mailed by the partner\'s ERP with the KSeF number and a PDF visualisation.',
         why='Genuine partner domain and server, references the e-invoice already in KSeF, no login link, bank account '
             'on file. Hard negative for attack/23 (KSeF lure).')


def b24():
    body = """Dzień dobry Pani Katarzyno,

niestety od wczoraj wieczorem mam wysoką gorączkę i byłem dziś rano u lekarza. Dostałem zwolnienie lekarskie do piątku 11.12 włącznie - e-ZLA zostało wystawione elektronicznie, więc powinno być widoczne na PUE ZUS.

Piszę z prywatnej poczty, bo nie mam przy sobie służbowego laptopa. Pilne sprawy: oferta dla Tartaku Kaszuby (zapytanie z 9.12) może poczekać do mojego powrotu, a stałymi klientami zajmie się w tym czasie Marta - przekazałem jej wszystko telefonicznie.

Pozdrawiam
Łukasz Nowak
tel. 601 482 917"""
    Mail(F, 24, 'pl', 'zwolnienie-lekarskie-z-prywatnej-poczty',
         WP(user_ip='83.24.151.77'), T(2026, 12, 8, 7, 18, 4), ('Łukasz Nowak', 'lukasz.nowak82@wp.pl'), [S('pl_mgr')],
         'Zwolnienie lekarskie - Łukasz Nowak',
         text(body, 'iso-8859-2', 'quoted-printable'),
         what='Polish sales colleague reports sick leave from his private wp.pl mailbox.',
         why='Private WP account via WP\'s own servers from a residential Orange Polska IP, e-ZLA (electronic sick '
             'note) visible to the employer via ZUS, no request for money or data.')


def b25():
    body = """Dzień dobry Pani Katarzyno,

dziękuję za spotkanie w zeszłym tygodniu. Zgodnie z ustaleniami przesyłam ofertę na catering pokładowy dla linii Gdynia - Kilonia na sezon 2027 (bistro, restauracja, zaopatrzenie kabin i mesa załogi).

Najważniejsze zmiany w stosunku do 2026:
- ceny menu bistro bez zmian do 30.06.2027, później waloryzacja wg wskaźnika GUS,
- nowa linia produktów bezglutenowych i wegańskich,
- dostawy na statek 6 razy w tygodniu, również w niedziele w sezonie letnim.

Oferta jest ważna do 31.01.2027. Chętnie omówię szczegóły telefonicznie lub na kolejnym spotkaniu w Gdyni.

Z poważaniem
Agnieszka Mazur
Kierownik ds. Klientów Kluczowych
Bałtyk Catering sp. z o.o.
ul. Elbląska 80, 80-761 Gdańsk
tel. +48 58 305 22 40"""
    of = pdf_part([
        '# Bałtyk Catering sp. z o.o.', 'ul. Elbląska 80, 80-761 Gdańsk · NIP ' + ck.pl_nip('583300112'), '',
        '## Oferta OF/2027/014 - catering pokładowy, linia Gdynia - Kilonia, sezon 2027', '',
        'Zakres: bistro pasażerskie, restauracja à la carte, zaopatrzenie kabin, mesa załogi (ok. 60 osób)',
        'Ceny menu bistro: bez zmian do 30.06.2027, następnie waloryzacja wg wskaźnika cen GUS',
        'Dostawy: 6 x w tygodniu, nabrzeże Gdynia, okno 06:00-08:30',
        'Termin płatności: 21 dni od daty faktury, przelew na rachunek ' + BANK['baltyk'][0], '',
        'Oferta ważna do 31.01.2027.', '', 'Agnieszka Mazur, Kierownik ds. Klientów Kluczowych'],
        'Oferta_OF-2027-014_Example_Group.pdf', title='Oferta OF/2027/014', author='Agnieszka Mazur',
        producer='LibreOffice 24.8', creator='Writer', created="D:20261124130500+01'00'")
    Mail(F, 25, 'pl', 'oferta-catering-pokladowy-2027',
         Thunderbird(tr=OwnPostfix(host='poczta.baltyk-catering.pl', ip='188.116.17.204', pc='[192.168.10.23]',
                                   user_ip='31.183.44.210', user_rdns='31-183-44-210.dynamic.chello.pl'), lang='pl'),
         T(2026, 11, 24, 12, 9, 31), C['mazur'], [S('pl_mgr')], 'Oferta catering pokładowy - sezon 2027',
         mixed(text(body, 'UTF-8', '8bit', flowed=True), of),
         what='Supplier sends a catering offer for the 2027 season after a meeting.',
         why='Known supplier, own mail server, follow-up to a real meeting, plain PDF offer, no payment request.')


def b26():
    body = """Drodzy,

w czwartek 17.12 w godzinach 9:00-13:00 w naszym biurze w Gdyni będzie pracował Michał Lis z działu IT centrali (Kilonia). Wymieni drukarkę na II piętrze i zaktualizuje laptopy, które zgłosiliście w ankiecie - proszę, żeby te osoby zostawiły tego dnia komputery w biurze.

Przy okazji ważna prośba od Leny Vogt z działu bezpieczeństwa IT: w ostatnich tygodniach w kilku firmach z naszej branży oszuści podszywali się pod „dział IT” - najpierw zasypywali skrzynkę spamem, a potem dzwonili przez Teams z zewnętrznego konta i prosili o uruchomienie Szybkiej pomocy (Quick Assist) albo AnyDesk.

Nasz dział IT:
- nie dzwoni przez Teams z kont spoza example.com,
- nigdy nie prosi o uruchomienie Quick Assist/AnyDesk bez wcześniejszego zgłoszenia z Waszej strony,
- nie pyta o hasła ani kody z aplikacji Authenticator.

W razie wątpliwości dzwońcie do mnie albo bezpośrednio do IT w Kilonii: +49 431 5570-444.

Pozdrawiam
Katarzyna Wójcik
Office Manager
Example Group Polska sp. z o.o.
ul. Polska 17, 81-339 Gdynia"""
    Mail(F, 26, 'pl', 'komunikat-biuro-wizyta-it-ostrzezenie-teams',
         Internal(lan='10.20.50.14', lang='pl-PL'), T(2026, 12, 10, 10, 44, 18), S('pl_mgr'),
         [('Biuro Gdynia', 'gdynia-biuro@example.com')], 'Wizyta IT w czwartek 17.12 + uwaga na fałszywe telefony „z IT”',
         outlook_alt(body, 'windows-1250'), rcpt=S('pl_acc')[1],
         what='Office manager\'s internal notice: IT visit, and a warning about fake "IT" calls via Teams.',
         why='Internal mail via Exchange/mail-int01 from the Gdynia office manager to the office list; announces a '
             'named colleague\'s visit and warns against Quick Assist requests. Hard negative for attack/26 (same '
             'topic).')


def build():
    for f in (b22, b23, b24, b25, b26):
        f()
