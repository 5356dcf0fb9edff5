"""business/ 22-26 (Polish)."""
import base64
import hashlib

from lib import docs, ids, mime, ooxml, profiles as P, styles as ST, when
from lib.mail import Mail
from . import msg
from .common import at, staff, cp, outlook, PDF_MIME, XLSX_MIME

PL_IBAN = ids.iban('PL', ids.pl_bban('1020405', '5000000000004427'))
PL_NIP = ids.pl_nip('732201854')


@msg('business', 22, 'pl', 'partner-logistik-faktura-ksef-qr',
     'Partner Logistik accounting sends the November warehousing invoice: PDF visualisation of the KSeF e-invoice with KSeF number and the "KOD I" verification QR, split payment to the usual account',
     'From ksiegowosc@partner-logistik.pl on the partner\'s usual home.pl server (DKIM pass), the account is the known one on the VAT white list, the QR points to the Ministry\'s qr.ksef.mf.gov.pl verification service; nothing to log in to.')
def b22(m):
    at(m, 'PL', 2026, 12, 1, 10, 14)
    m.frm = ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl')
    m.to = [staff('piotr')]
    m.subject = 'Faktura FV 2026/12/0019 - usługi magazynowe listopad 2026'
    iban = m.iban(PL_IBAN, 'Partner Logistik sp. z o.o., usual account (white list)')
    h = base64.urlsafe_b64encode(hashlib.sha256(b'FV 2026/12/0019 ' + PL_NIP.encode()).digest()).decode().rstrip('=')
    ksef = '%s-20261201-%s-%s' % (PL_NIP, m.hex(12, upper=True), m.hex(2, upper=True))
    qrurl = m.url('https://qr.ksef.mf.gov.pl/invoice/%s/01-12-2026/%s' % (PL_NIP, h), 'KSeF KOD I verification link (QR)')
    m.qr(qrurl, 'PDF FV_2026_12_0019.pdf', 'KSeF invoice verification code (KOD I)')
    m.phone('+48 42 714 22 80', 'Partner Logistik')
    body = ('Dzień dobry,\n\nw załączeniu przesyłamy wizualizację faktury FV 2026/12/0019 za usługi magazynowe i dystrybucyjne w listopadzie 2026 r. '
            'Faktura została wystawiona w KSeF, numer KSeF: %s.\n\n'
            'Płatność w mechanizmie podzielonej płatności na rachunek jak dotychczas. Termin płatności: 31.12.2026.\n\n'
            'Pozdrawiamy\nDział Księgowości\nPartner Logistik sp. z o.o.\nul. Magazynowa 5, 95-010 Stryków\ntel. +48 42 714 22 80' % ksef)
    PLS = ('Partner Logistik sp. z o.o.', ['Logistyka kontraktowa · Skład celny · Dystrybucja', 'ul. Magazynowa 5, 95-010 Stryków'])
    inv = docs.invoice(
        m, m.date, dict(invoice='Faktura VAT FV 2026/12/0019', pos='Lp.', desc='Nazwa usługi', qty='Ilość', unit='J.m.', price='Cena', amount='Wartość'),
        PLS, ['Nabywca:', 'Example Polska sp. z o.o.', 'ul. Toruńska 12', '80-747 Gdańsk', 'NIP 5833412077'],
        [('Data wystawienia', '01.12.2026'), ('Data sprzedaży', '30.11.2026'), ('Numer KSeF', ksef), ('Termin płatności', '31.12.2026')],
        [('Składowanie palet (miejsca paletowe, listopad)', 412.0, 'msc', 38.0), ('Przyjęcie/wydanie palet', 286.0, 'szt.', 14.5),
         ('Kompletacja zamówień e-commerce', 1930.0, 'szt.', 2.1), ('Obsługa składu celnego - dokumenty', 12.0, 'szt.', 95.0)],
        [('Razem netto', '25 690,00', False), ('VAT 23%', '5 908,70', False), ('Do zapłaty PLN', '31 598,70', True)],
        ['Mechanizm podzielonej płatności.', 'Rachunek: %s (PKO BP)' % ids.fmt_iban(iban),
         'Wizualizacja faktury ustrukturyzowanej z KSeF. Kod QR (KOD I) umożliwia weryfikację faktury w KSeF.'],
        ['Partner Logistik sp. z o.o. · NIP %s · KRS 0000518337 · Sąd Rejonowy dla Łodzi-Śródmieścia' % PL_NIP],
        'Comarch ERP Optima', 'Comarch ERP Optima 2026.2', 'FV 2026/12/0019', zone='PL', lang='pl', qr_payload=qrurl, qr_caption='OFFLINE/KSeF',
        color=(0.1, 0.3, 0.5))
    m.root = ST.thunderbird_mime(m, body, atts=[(PDF_MIME, inv, 'FV_2026_12_0019.pdf')])
    P.home_pl(m, '094114', '79.96.170.134', '83.24.151.20', dkim_dom='partner-logistik.pl', mua=('User-Agent', 'Mozilla Thunderbird'))


@msg('business', 23, 'pl', 'partner-logistik-ostrzezenie-falszywa-domena',
     'Managing director of Partner Logistik warns that fraudsters are sending account-change mails from partner-logistyk.pl and confirms the account is unchanged',
     'Real partner domain on its usual home.pl server with DKIM, written by the known contact; tells the recipient NOT to change anything and to call; typical of a genuine partner after a fraud attempt.')
def b23(m):
    at(m, 'PL', 2026, 11, 26, 8, 37)
    m.frm = cp('Partner Logistik', 0)
    m.to = [staff('piotr'), staff('agnieszka')]
    m.subject = 'UWAGA: fałszywe maile w naszym imieniu (partner-logistyk.pl)'
    m.fact('iban', PL_IBAN, 'Partner Logistik, unchanged account (confirmed)')
    m.phone('+48 42 714 22 80', 'Partner Logistik office')
    m.phone('+48 601 482 117', 'Tadeusz Zieliński mobile')
    body = ('Dzień dobry Panie Piotrze, Pani Agnieszko,\n\n'
            'dostaliśmy sygnał od dwóch klientów, że od wczoraj przychodzą maile rzekomo ode mnie z informacją o zmianie rachunku bankowego. '
            'Wysyłane są z domeny partner-logistyk.pl (z "y"), nasza domena to partner-logistik.pl.\n\n'
            'Nasz rachunek NIE uległ zmianie: %s (PKO BP), zgodnie z białą listą. Proszę nie realizować żadnych płatności na inne konta '
            'i w razie wątpliwości dzwonić do mnie bezpośrednio (+48 601 482 117) albo do biura (+48 42 714 22 80).\n\n'
            'Zgłosiliśmy sprawę do CERT Polska i na policję.\n\n'
            'Pozdrawiam\nTadeusz Zieliński\nPrezes Zarządu\nPartner Logistik sp. z o.o.' % ids.fmt_iban(PL_IBAN))
    m.root = ST.thunderbird_mime(m, body)
    P.home_pl(m, '094114', '79.96.170.134', '83.24.151.20', dkim_dom='partner-logistik.pl', mua=('User-Agent', 'Mozilla Thunderbird'))


@msg('business', 24, 'pl', 'dpd-powiadomienie-przesylka',
     'Genuine DPD Polska notification that a parcel (samples from a packaging supplier) is out for delivery to the Gdańsk office',
     'From DPD\'s own domain and mail servers, real-format tracking number and sender name that matches an expected sample shipment, link to DPD\'s tracking site; no payment request.')
def b24(m):
    at(m, 'PL', 2026, 12, 3, 7, 5)
    m.frm = ('DPD Polska', 'powiadomienia@dpd.com.pl')
    m.to = [staff('agnieszka')]
    m.subject = 'Twoja paczka 1000712448213U jest w drodze - doręczenie dzisiaj'
    track = m.url('https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=1000712448213U', 'DPD tracking page')
    mydpd = m.url('https://mojapaczka.dpd.com.pl/login?parcel=1000712448213U', 'DPD delivery management')
    paras = ['Dzień dobry,', 'przesyłka **1000712448213U** od nadawcy **OPAKOWANIA-PRO SP. Z O.O.** zostanie doręczona dzisiaj, 03.12.2026, '
             'w godzinach **10:00-12:00**.', 'Adres doręczenia: Example Polska sp. z o.o., ul. Toruńska 12, 80-747 Gdańsk\nKurier: Paweł, tel. dostępny w aplikacji DPD Mobile',
             'Możesz śledzić przesyłkę lub zmienić termin doręczenia w serwisie [[Moja Paczka|%s]].' % mydpd,
             'Pozdrawiamy\nZespół DPD Polska']
    h = ST.newsletter('DPD', '#dc0032', 'Twoja paczka jest w drodze', paras, button=('Śledź przesyłkę', track),
                      footer='DPD Polska sp. z o.o., ul. Mineralna 15, 02-274 Warszawa\nWiadomość wygenerowana automatycznie.', logo_text='DPD', lang='pl')
    m.root = ST.esp_mime(m, h, ST.html_to_text(h), '----=_Part_%d_%d.%d' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), int(m.date.timestamp() * 1000)))
    P.postfix_server(m, 'mailout2.dpd.com.pl', '91.240.185.22', dkim=('dpd.com.pl', 'dpd2025'), zone='PL',
                     submit_from=('notify-app03.dpd.com.pl', '10.32.4.13'), msgid_dom='dpd.com.pl')


@msg('business', 25, 'pl', 'klient-zapytanie-ofertowe-xlsx',
     'Request for quotation from the HoReCa wholesaler Gastro-Hurt Pomorze for 2027 (spices and teas), spreadsheet attached',
     'Known customer contact on the customer\'s Google Workspace (DKIM gastrohurt.pl), concrete products and volumes in an XLSX, reply by mail, no links to portals.')
def b25(m):
    at(m, 'PL', 2026, 11, 9, 13, 26)
    m.frm = cp('Gastro-Hurt', 0)
    m.to = [staff('agnieszka')]
    m.subject = 'Zapytanie ofertowe na 2027 r. - przyprawy i herbaty (Gastro-Hurt Pomorze)'
    m.phone('+48 58 660 12 45', 'Gastro-Hurt')
    body = ('Dzień dobry Pani Agnieszko,\n\n'
            'tak jak rozmawiałyśmy na targach w Gdańsku, przesyłam zapytanie ofertowe na przyszły rok. W załączniku lista 18 pozycji z szacowanymi '
            'ilościami rocznymi. Prosimy o ceny netto dla dostaw co dwa tygodnie do naszego magazynu w Gdyni, min. logistyczne 1 paleta.\n\n'
            'Najbardziej zależy nam na pieprzu, papryce wędzonej i herbatach w saszetkach dla hoteli.\n\n'
            'Oferty zbieramy do 27 listopada.\n\nPozdrawiam serdecznie\nMarta Lewandowska\nKierownik Zakupów\nGastro-Hurt Pomorze sp. z o.o.\n'
            'ul. Przemysłowa 8, 81-028 Gdynia\ntel. +48 58 660 12 45')
    rows = [[('Lp.', 1), ('Produkt', 1), ('Opakowanie', 1), ('Ilość roczna', 1), ('J.m.', 1), ('Cena netto PLN', 1)]]
    items = [('Pieprz czarny mielony', 'worek 1 kg', 1200, 'kg'), ('Pieprz czarny ziarnisty', 'worek 1 kg', 600, 'kg'),
             ('Papryka słodka wędzona', 'worek 1 kg', 450, 'kg'), ('Papryka ostra', 'worek 1 kg', 200, 'kg'), ('Oregano suszone', 'worek 500 g', 300, 'kg'),
             ('Kurkuma mielona', 'worek 1 kg', 150, 'kg'), ('Cynamon mielony', 'worek 1 kg', 180, 'kg'), ('Ziele angielskie', 'worek 1 kg', 120, 'kg'),
             ('Liść laurowy', 'worek 500 g', 90, 'kg'), ('Czosnek granulowany', 'worek 1 kg', 260, 'kg'), ('Majeranek', 'worek 500 g', 140, 'kg'),
             ('Kminek', 'worek 1 kg', 60, 'kg'), ('Herbata czarna Earl Grey, saszetki w kopertach', 'karton 500 szt.', 240000, 'szt.'),
             ('Herbata czarna English Breakfast, saszetki', 'karton 500 szt.', 300000, 'szt.'), ('Herbata zielona, saszetki', 'karton 500 szt.', 120000, 'szt.'),
             ('Herbata owocowa, saszetki', 'karton 500 szt.', 90000, 'szt.'), ('Mięta, saszetki', 'karton 500 szt.', 60000, 'szt.'),
             ('Rumianek, saszetki', 'karton 500 szt.', 40000, 'szt.')]
    for i, (n, p, q, u) in enumerate(items, 1):
        rows.append([i, n, p, q, u, None])
    xl = ooxml.xlsx([('Zapytanie 2027', rows)], author='Marta Lewandowska', company='Gastro-Hurt Pomorze', title='Zapytanie ofertowe 2027',
                    created='2026-11-09T11:40:00Z', dt=(2026, 11, 9, 12, 40, 0), widths=[5, 46, 18, 14, 7, 16])
    m.root = ST.gmail_mime(m, body, atts=[(XLSX_MIME, xl, 'Zapytanie_ofertowe_2027_Gastro-Hurt.xlsx')])
    P.gmail(m, workspace='gastrohurt.pl')


def _inner_esad(parent):
    """The suspicious message the office manager received (rendered as it arrived)."""
    m = Mail(parent.fname + '#inner', 'attack', 'pl')
    at(m, 'PL', 2026, 11, 30, 6, 12)
    m.frm = ('Kancelaria Legalis - Dział Windykacji', 'windykacja@kancelaria-legalis-pl.com')
    m.to = [staff('agnieszka')]
    m.subject = 'Ostateczne przedsądowe wezwanie do zapłaty - sprawa WP/11/4471/2026'
    link = parent.url('https://kancelaria-legalis-pl.com/sprawa/WP-11-4471-2026?d=' + m.alnum(24), 'link in the forwarded fake debt-collection notice')
    body = ('Szanowni Państwo,\n\ndziałając na zlecenie naszego Klienta wzywamy do zapłaty kwoty 12 870,00 zł wynikającej z nieopłaconych faktur. '
            'W przypadku braku zapłaty w terminie 3 dni sprawa zostanie skierowana do Elektronicznego Postępowania Upominawczego (e-Sąd), '
            'co narazi Państwa na dodatkowe koszty.\n\nSzczegóły zadłużenia oraz dokumenty: %s\n\n'
            'Dział Windykacji\nKancelaria Legalis' % link)
    m.root = mime.text(body + '\n', 'plain', 'utf-8', 'quoted-printable')
    P.postfix_server(m, 'mail.kancelaria-legalis-pl.com', '45.141.84.120', dkim=('kancelaria-legalis-pl.com', 'mail'), zone='PL',
                     submit_from=('[192.168.0.104]', '45.141.84.1'), auth_user='windykacja@kancelaria-legalis-pl.com')
    m.auth = dict(m.auth, dmarc='none')
    return m.render()


@msg('business', 26, 'pl', 'intern-zgloszenie-podejrzanego-wezwania',
     'The Gdańsk office manager forwards a suspicious "final pre-court payment demand" as an attachment to the local accountant and to security@, asking whether there is any real case',
     'Internal Exchange mail via mail-int01; the content is a user report: the embedded message (message/rfc822) is a scam, but the outer message is the correct reporting process requested by IT - a filter should not treat the report itself as an attack.')
def b26(m):
    at(m, 'PL', 2026, 11, 30, 8, 41)
    m.frm = staff('agnieszka')
    m.to = [staff('piotr')]
    m.cc = [('IT Security', 'security@example.com')]
    m.subject = 'PD: Ostateczne przedsądowe wezwanie do zapłaty - sprawa WP/11/4471/2026 - czy to prawdziwe?'
    inner = _inner_esad(m)
    body = ('Cześć Piotrze,\n\ndziś rano przyszło to na moją skrzynkę. Nie kojarzę żadnej zaległości wobec tej kancelarii ani sprawy o takim numerze '
            '- czy u Ciebie w księgach jest coś otwartego na 12 870 zł? Nie klikałam w link.\n\n'
            'Zgodnie z instrukcją IT przesyłam też jako załącznik na security@.\n\nPozdrawiam\nAgnieszka\n\n'
            'Agnieszka Wróbel\nOffice Manager\nExample Polska sp. z o.o.\nul. Toruńska 12, 80-747 Gdańsk\ntel. +48 58 320 41 60')
    m.phone('+48 58 320 41 60', 'Example Polska office')
    outlook(m, body, 'PL', 'iso-8859-2', system='exch', atts=[('message/rfc822', inner, 'Ostateczne przedsądowe wezwanie do zapłaty.eml')])
    P.exchange_internal(m, origin_ip='10.60.1.22', lang='pl-PL', has_attach=True)
