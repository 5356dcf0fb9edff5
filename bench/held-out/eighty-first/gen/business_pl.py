"""Polish genuine business messages (5)."""
import company as C
import files
import ids
import infra as I
from core import Text, Att, Multi, m, alt, quote_lines

W = C.who


def _nrb(iban):
    s = iban[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, len(s), 4))


@m('pl', 'logistics-invoice-ksef')
def b_partner_invoice(ctx):
    t = I.T(2026, 11, 3, 9, 14, 27)
    rcpt = W('malgorzata.lukasik')
    r = I.homepl(ctx.rng, t, rcpt[1], '83.12.201.46', '[192.168.0.118]', server='serwer1877520.home.pl')
    r.msgid = '<001b01db%s$%s$%s@partner-logistik.pl>' % (I.hexs(ctx.rng, 4), I.hexs(ctx.rng, 8), I.hexs(ctx.rng, 8))
    ksef = '%s-20261102-%s-%s' % (C.PARTNER_NIP, I.hexs(ctx.rng, 12, True), I.hexs(ctx.rng, 2, True))
    nrb = _nrb(C.PARTNER)
    text = """Szanowni Państwo,

informujemy, że w Krajowym Systemie e-Faktur wystawiliśmy fakturę:

Numer faktury: FV/2026/11/0412
Numer KSeF: {ksef}
Data wystawienia: 02.11.2026
Usługa: magazynowanie i dystrybucja, październik 2026 (cross-dock Swarzędz)
Kwota brutto: 48 216,90 zł (w tym VAT 9 016,17 zł)
Termin płatności: 02.12.2026

Płatność w mechanizmie podzielonej płatności na rachunek zgłoszony w
wykazie podatników VAT:
PKO BP S.A. {nrb}

Wizualizację faktury przesyłamy w załączniku wyłącznie informacyjnie;
dokumentem jest faktura w KSeF. Nasz numer rachunku nie uległ zmianie.

Z poważaniem
Ewa Kaczmarek
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Rabowicka 6, 62-020 Swarzędz
tel. 61 817 44 20, NIP {nip}
""".format(ksef=ksef, nrb=nrb, nip=C.PARTNER_NIP)
    pdf = files.pdf([(14, True, 'Partner Logistik sp. z o.o.'), 'ul. Rabowicka 6, 62-020 Swarzędz, NIP ' + C.PARTNER_NIP, '',
                     (12, True, 'Wizualizacja faktury FV/2026/11/0412'), 'Numer KSeF: ' + ksef, '',
                     'Nabywca: Example Group Polska sp. z o.o., NIP ' + C.EG_PL_NIP, '',
                     'Magazynowanie i dystrybucja 10/2026     netto 39 200,73 zł   VAT 23%   9 016,17 zł',
                     (11, True, 'Razem brutto: 48 216,90 zł'), 'Termin płatności: 02.12.2026 - MPP',
                     'Rachunek: PKO BP S.A. ' + nrb],
                    title='FV/2026/11/0412', author='Partner Logistik', producer='Comarch ERP Optima', creator='Comarch ERP Optima',
                    date="D:20261102180000+01'00'")
    a = alt(ctx, r, text, None, 'windows-1250', 'quoted-printable', bstyle='outlook', lang='pl')
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'FV_2026_11_0412.pdf')], ctx.boundary(r, 'outlook'),
                 preamble='This is a multipart message in MIME format.')
    return ctx.build(r, 'outlook', ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'), [rcpt],
                     'Faktura FV/2026/11/0412 wystawiona w KSeF', I.rdate(t, 'CET'), root, hcs='windows-1250',
                     mailer=('X-Mailer', 'Microsoft Outlook 16.0'), lang_tag='pl',
                     what='Logistics partner notifies an invoice issued in KSeF, with a PDF visualisation',
                     why='Real partner domain on its home.pl server from the office line, KSeF number, split payment to the account on the VAT white list, states explicitly that the account is unchanged',
                     notes='hn:logistics-partner-lookalike-bank-change,ksef-token-phish -- same partner and KSeF topic; genuine mail keeps the PKO BP account, insists on split payment and contains no link')


@m('pl', 'delivery-advice-warehouse')
def b_awizacja(ctx):
    t = I.T(2026, 11, 16, 13, 40, 51)
    rcpt = W('pawel.wroblewski')
    r = I.homepl(ctx.rng, t, rcpt[1], '83.12.201.46', '[192.168.0.131]', server='serwer1877520.home.pl')
    r.msgid = '<%s@partner-logistik.pl>' % I.ruuid(ctx.rng)
    prev = '<c3e9a0b1d4f24c6e8a7b5d2f1e0c9b88@EXCH01.corp.example.com>'
    quoted = """Dzień dobry Panie Tadeuszu,
w środę przyjedzie z Oldenburga transport 14 palet (choinki cięte
Nordmann + doniczkowe). Proszę o awizację i rampę.
Pozdrawiam, Paweł Wróblewski"""
    text = """Dzień dobry Panie Pawle,

potwierdzam awizację na środę 18.11.2026:

- godz. 6:00, rampa nr 3 (chłodnia wyłączona, temperatura otoczenia)
- 14 palet EUR: 10 choinek ciętych Nordmann, 4 doniczkowe
- przewoźnik: Ferretti Trasporti / kierowca podany przez Oldenburg

Rozładunek i etykietowanie pod sklepy w Poznaniu i Lesznie robimy tego
samego dnia, wysyłka do sklepów w czwartek rano. Proszę tylko o listę
ilości na sklep do wtorku do 14:00.

Pozdrawiam
Tadeusz Zieliński
Kierownik magazynu
Partner Logistik sp. z o.o.
tel. 61 817 44 31, kom. 601 447 219

W dniu 16.11.2026 o 10:12, Paweł Wróblewski pisze:
""" + quote_lines(quoted) + '\n'
    body = Text(text, 'plain', 'UTF-8', '8bit', ct_params='; format=flowed', quote_charset=False)
    return ctx.build(r, 'thunderbird', ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), [rcpt],
                     'Re: Awizacja dostawy 18.11 - choinki Nordmann', I.rdate(t, 'CET'), body,
                     cc=[W('sven.rademacher')], irt=prev, refs=prev, mailer=('User-Agent', 'Mozilla Thunderbird'), lang_tag='pl',
                     what='Logistics partner\'s warehouse manager confirms a delivery slot (ramp, time, pallets)',
                     why='Known contact in an existing thread, partner\'s server and office IP, purely operational content, no payment, link or attachment',
                     notes='')


@m('pl', 'internal-ksef-procedure')
def b_ksef_internal(ctx):
    t = I.T(2026, 11, 24, 8, 5, 3)
    rcpt = W('pawel.wroblewski')
    r = I.internal(ctx.rng, t, rcpt[1], ws_ip='10.40.10.12', mailbox_server='EXCH01')
    text = """Dzień dobry,

przypominam kilka zasad dotyczących KSeF, bo w tym tygodniu krążą
fałszywe maile "z Ministerstwa Finansów":

1. Faktury zakupowe pobiera automatycznie nasz system (Symfonia) z KSeF.
   Nikt z Państwa nie musi się nigdzie logować, żeby je "odebrać".
2. KSeF nie wysyła maili z linkami do logowania ani ostrzeżeń o
   wygasających tokenach. Tokeny generuję wyłącznie ja w Aplikacji
   Podatnika na ksef.podatki.gov.pl.
3. Dostawcy mogą przesyłać mailem tylko wizualizacje (PDF) - proszę je
   przekazywać do księgowości, nie płacić z PDF-a.
4. Każda zmiana rachunku dostawcy jest weryfikowana telefonicznie i na
   białej liście VAT, płacimy w MPP.

W razie wątpliwości proszę dzwonić: wewn. 2210.

Pozdrawiam
Małgorzata Łukasik
Główna księgowa
Example Group Polska sp. z o.o.
"""
    a = alt(ctx, r, text, None, 'iso-8859-2', 'quoted-printable', bstyle='exchange', lang='pl')
    return ctx.build(r, 'exchange', W('malgorzata.lukasik'), [rcpt, W('agnieszka.dabrowska')],
                     'KSeF - zasady odbioru faktur i fałszywe maile', I.rdate(t, 'CET'), a, hcs='iso-8859-2', lang_tag='pl-PL',
                     what='Polish chief accountant explains internal KSeF rules and warns about fake KSeF mails',
                     why='Internal Exchange route, known sender, policy content, points only to the real ksef.podatki.gov.pl, no link to click, no request',
                     notes='hn:ksef-token-phish -- same topic (KSeF tokens); internal sender, no login link')


@m('pl', 'customer-order-wp')
def b_nowak(ctx):
    t = I.T(2026, 12, 4, 16, 55, 12)
    rcpt = W('agnieszka.dabrowska')
    r = I.wp(ctx.rng, t, rcpt[1], 'ogrody.nowak@wp.pl')
    r.msgid = '<%s@wp.pl>' % I.ruuid(ctx.rng)
    text = """Dzień dobry Pani Agnieszko,

dziękuję za ofertę z 1 grudnia. Zamawiam do realizacji w marcu (budowa
przy ul. Grunwaldzkiej w Poznaniu):

- grab pospolity (Carpinus betulus), 100-125 cm, z bryłą - 280 szt.
- tuja Smaragd, 140-160 cm, z bryłą - 60 szt.
- kora sosnowa 10-40 mm, 80 l - 40 worków

Płatność jak zwykle przelewem 14 dni od faktury. Dostawa na budowę
w drugim tygodniu marca, dokładny termin potwierdzę telefonicznie.

Pozdrawiam
Krzysztof Nowak
Ogrody Nowak
tel. 602 331 908
"""
    body = Text(text, 'plain', 'iso-8859-2', '8bit', ct_params='; format=flowed')
    return ctx.build(r, 'thunderbird', ('Krzysztof Nowak', 'ogrody.nowak@wp.pl'), [rcpt],
                     'Zamówienie - Grunwaldzka, marzec 2027', I.rdate(t, 'CET'), body, hcs='iso-8859-2',
                     mailer=('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0'),
                     lang_tag='pl',
                     what='Regular customer (garden construction firm) places an order from his WP mailbox',
                     why='Known customer address, Thunderbird via WP from a Polish DSL line, order details in the body referring to a real offer, no attachment or link',
                     notes='hn:rfq-html-attachment-excel-login -- same topic (customer quote/order for hedging plants); genuine order is in the body, no HTML attachment')


@m('pl', 'sick-leave-private-gmail')
def b_l4(ctx):
    t = I.T(2026, 12, 7, 6, 48, 30)
    rcpt = W('pawel.wroblewski')
    r = I.gmail(ctx.rng, t, rcpt[1])
    text = """Dzień dobry Pawle,

niestety rozłożyła mnie grypa - lekarz wystawił L4 do piątku 11.12
(e-ZLA poszło do ZUS, u nas pojawi się na PUE). Piszę z prywatnej
poczty, bo nie mam przy sobie służbowego laptopa.

Dwie sprawy na ten tydzień:
- pan Nowak potwierdzi telefonicznie termin dostawy na Grunwaldzką,
- oferta dla szkółki w Lesznie leży w Teamsie w folderze "Oferty 2027".

Pozdrawiam
Agnieszka
"""
    html = '<div dir="ltr">' + text.replace('&', '&amp;').replace('\n\n', '<br><br>').replace('\n', '<br>') + '</div>\n'
    a = Multi('alternative', [Text(text, 'plain', 'UTF-8', 'quoted-printable', charset_upper=True),
                              Text(html, 'html', 'UTF-8', 'quoted-printable', charset_upper=True)], ctx.boundary(r))
    return ctx.build(r, 'gmail', ('Agnieszka Dąbrowska', 'aga.dabrowska88@gmail.com'), [rcpt],
                     'L4 do piątku', I.rdate(t, 'CET'), a, cc=[W('malgorzata.lukasik')],
                     what='Sales colleague reports sick leave (e-ZLA) from her private Gmail',
                     why='Informs only, sick note goes through ZUS electronically, hands over open tasks, no request for money, data or a change of contact channel',
                     notes='hn:ceo-whatsapp-move-outlook -- colleague writing from a freemail address; this one asks for nothing and does not try to move the conversation')


MESSAGES = [b_partner_invoice, b_awizacja, b_ksef_internal, b_nowak, b_l4]
