# -*- coding: utf-8 -*-
from data.common import *
from data.biz_de import internal_headers


def nipfmt(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


# ----------------------------------------------------------------- 22 -------
@message('business', 22, 'pl', 'logistics-partner-invoice-ksef',
         what='Genuine invoice mail from Partner Logistik\'s accounting (ksiegowosc@partner-logistik.pl): November cold-storage and distribution invoice issued in KSeF, PDF visualisation attached, unchanged PKO BP account, split payment.',
         why='Real domain on the partner\'s hosted mail server, invoice with a KSeF number, payment to the account already on the VAT white list and in the vendor master, split payment (MPP) as required - everything the look-alike in attack/23 tries to avoid.',
         hn=(['23-pl-logistics-partner-bank-change-lookalike.eml', '22-pl-ksef-certificate-credential-phish.eml'],
             'same partner and invoices / KSeF topic; genuine one keeps the known account and links nowhere'),
         att_note='PDF invoice visualisation with account ' + fmt_iban(IBAN_PARTNER_GENUINE))
def b22():
    rn, ra = S('pl_acc')
    c = ctx('b22', '2026-11-06 13:12:09', 'CET', ra)
    frm = 'ksiegowosc@partner-logistik.pl'
    inf = postfix_client(c, 'serwer2412345.home.pl', '46.242.244.117', 'static-89-229-14-2.ip.orange.pl', '89.229.14.2',
                         frm, mua='thunderbird')
    ksef = '%s-20261106-%s-%s' % (NIP_PARTNER, tok('b22k', 12, '0123456789ABCDEF'), tok('b22j', 2, '0123456789ABCDEF'))
    text = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/0438 za usługi magazynowania chłodniczego i dystrybucji w październiku 2026 r.

Faktura została wystawiona w KSeF, numer KSeF: %s

Kwota brutto: 41 328,00 zł
Termin płatności: 30.11.2026 r.
Rachunek (bez zmian, widoczny na białej liście VAT): %s, PKO BP S.A.
Płatność w mechanizmie podzielonej płatności (MPP).

Pozdrawiamy
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Elewatorska 29, 15-620 Białystok
NIP %s | tel. 85 744 21 90
""" % (ksef, fmt_nrb(IBAN_PARTNER_GENUINE), nipfmt(NIP_PARTNER))
    inv = pdf(c, [[(-14, 'FAKTURA VAT  FV/2026/11/0438'), (9, 'Numer KSeF: ' + ksef), (9, ''),
                   (10, 'Sprzedawca: Partner Logistik sp. z o.o., ul. Elewatorska 29, 15-620 Bialystok, NIP ' + nipfmt(NIP_PARTNER)),
                   (10, 'Nabywca: Example Group Polska sp. z o.o., ul. Produkcyjna 41, 15-680 Bialystok, NIP ' + nipfmt(NIP_EXAMPLE_PL)),
                   (10, 'Data wystawienia: 06.11.2026     Data sprzedazy: 31.10.2026'), (10, ''),
                   (10, '1. Magazynowanie chlodnicze +2/+6 C, 412 miejsc paletowych      18 540,00 PLN'),
                   (10, '2. Kompletacja i wydania (1 284 palet)                            9 630,00 PLN'),
                   (10, '3. Dystrybucja regionalna - 38 kursow                              5 430,00 PLN'), (10, ''),
                   (10, 'Netto 33 600,00 PLN   VAT 23% 7 728,00 PLN   Brutto 41 328,00 PLN'), (10, ''),
                   (10, 'Termin platnosci: 30.11.2026, przelew MPP'), (10, 'Rachunek: ' + fmt_nrb(IBAN_PARTNER_GENUINE) + ' (PKO BP S.A.)')]],
              'FV/2026/11/0438', 'Partner Logistik', 'Comarch ERP Optima', 'Comarch ERP Optima')
    body = Multi('mixed', [Text(text, charset='ISO-8859-2', cte='quoted-printable', params='; format=flowed', quoted=False),
                           Bin(inv, 'application/pdf', 'FV_2026_11_0438.pdf', sep='; ')], tb_boundary(c),
                 preamble='This is a multi-part message in MIME format.')
    hs = [('Message-ID', inf.msgid),
          ('Date', rfc(c.t, 'CET')),
          ('MIME-Version', '1.0'),
          ('User-Agent', 'Mozilla Thunderbird'),
          ('Content-Language', 'pl'),
          ('To', addr('Paweł Łukasik', ra, 'UTF-8', 'Q')),
          ('From', addr('Partner Logistik - Księgowość', frm, 'UTF-8', 'Q')),
          ('Subject', htext('Faktura FV/2026/11/0438 - Partner Logistik sp. z o.o.', 'UTF-8', 'Q'))]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 23 -------
@message('business', 23, 'pl', 'colleague-broken-laptop-private-mail',
         what='The Polish accountant writes from his private wp.pl mailbox to his office manager: his laptop is stuck at the BitLocker recovery screen after an update; asks her to raise it with IT in Kempten.',
         why='Known colleague, private webmail used for an obvious reason, gives device name and serial for IT, explicitly says he will not use banking from elsewhere; no links, no attachments, no requests to others.',
         hn=(['25-pl-email-bombing-teams-helpdesk-pretext.eml'],
             'IT-support topic in Polish; genuine one is a colleague asking for help, not "IT" asking for remote access'))
def b23():
    rn, ra = S('pl_mgr')
    c = ctx('b23', '2026-11-24 08:07:33', 'CET', ra)
    frm = 'pawel.lukasik@wp.pl'
    inf = wp_pl(c, client_ip='83.24.166.201')
    text = """Cześć Gosiu,

piszę z prywatnej skrzynki, bo mój służbowy laptop od rana nie chce się uruchomić - po nocnej aktualizacji Windowsa pokazuje ekran odzyskiwania BitLockera i prosi o klucz, którego nie mam.

Czy możesz zgłosić to do IT w Kempten (Thomas Gräf albo hotline)? Nazwa komputera: EXG-PL-NB07, numer seryjny 5CG3481KQT.

Do czasu naprawy pracuję na komputerze w sali konferencyjnej - do KSeF i banku wchodzę tylko stamtąd.

Dzięki!
Paweł
"""
    body = Text(text, charset='UTF-8', cte='8bit', quoted=False)
    hs = [('Date', rfc(c.t, 'CET')),
          ('From', addr('Paweł Łukasik', frm, 'UTF-8', 'Q')),
          ('To', addr('Małgorzata Wróbel', ra, 'UTF-8', 'Q')),
          ('Message-ID', inf.msgid),
          ('Subject', htext('Laptop nie działa - ekran BitLockera', 'UTF-8', 'Q')),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, frm, mime_pos=6)


# ----------------------------------------------------------------- 24 -------
@message('business', 24, 'pl', 'customer-purchase-order',
         what='Purchase order from the Polish dairy wholesaler Nabiał-Pol for week 49 (Emmental slices, Bergkäse, butter) with the order as PDF; asks to confirm date and price.',
         why='Known customer on its own domain via its hosted mail server and Outlook, specific quantities and delivery arrangements, ordinary PDF; no payment or link requests.')
def b24():
    rn, ra = S('pl_mgr')
    c = ctx('b24', '2026-11-19 11:48:27', 'CET', ra)
    frm = 'k.nowak@nabial-pol.com.pl'
    inf = postfix_client(c, 'mail.nabial-pol.com.pl', '91.185.186.40', 'user-94-254-130-17.play-internet.pl', '94.254.130.17', frm,
                         mua='outlook16', helo='NABIAL-PC04')
    text = """Dzień dobry Pani Małgorzato,

przesyłam zamówienie nr 118/11/2026 na dostawę w 49. tygodniu:

- Ementaler plastry 150 g - 240 kartonów
- Bergkäse 1/8 krążka, vacuum - 60 szt.
- Masło ekstra 200 g - 80 kartonów

Proszę o potwierdzenie terminu i cen zgodnie z cennikiem z października. Dostawa jak zwykle na magazyn w Wasilkowie, awizacja dzień wcześniej do p. Roberta (tel. 603 118 442).

Pozdrawiam
Krzysztof Nowak
Dział Zakupów
Hurtownia Nabiał-Pol Sp. j.
ul. Białostocka 58, 16-010 Wasilków
tel. 85 718 22 40
"""
    po = pdf(c, [[(-14, 'Hurtownia Nabial-Pol Sp. j. - ZAMOWIENIE 118/11/2026'), (9, 'ul. Bialostocka 58, 16-010 Wasilkow'), (9, ''),
                  (10, 'Dostawca: Example Group Polska sp. z o.o.'), (10, 'Termin dostawy: tydzien 49/2026, magazyn Wasilkow'), (10, ''),
                  (10, '1. Ementaler plastry 150 g              240 kart.'),
                  (10, '2. Bergkase 1/8 kraz., vacuum            60 szt.'),
                  (10, '3. Maslo ekstra 200 g                    80 kart.'), (10, ''),
                  (10, 'Ceny wg cennika 10/2026, platnosc 30 dni.'), (10, 'Wystawil: Krzysztof Nowak')]],
             'Zamowienie 118/11/2026', 'Krzysztof Nowak', 'Subiekt GT', 'Subiekt GT')
    b1 = outlook_boundary(c, 0)
    b2 = outlook_boundary(c, 1)
    body = Multi('mixed', [Multi('alternative', [Text(text, charset='windows-1250', cte='quoted-printable'),
                                                 Text(html_outlook(text, 'PL', 'Calibri', 'windows-1250'), 'html', 'windows-1250', 'quoted-printable')], b2),
                           Bin(po, 'application/pdf', 'Zamowienie_118_11_2026.pdf')], b1,
                 preamble='This is a multipart message in MIME format.')
    hs = [('From', '"Krzysztof Nowak" <%s>' % frm),
          ('To', addr('Małgorzata Wróbel', ra, 'iso-8859-2', 'Q')),
          ('Subject', htext('Zamówienie 118/11/2026 - dostawa tydz. 49', 'iso-8859-2', 'Q')),
          ('Date', rfc(c.t, 'CET')),
          ('Message-ID', inf.msgid),
          ('MIME-Version', '1.0'),
          ('X-Mailer', 'Microsoft Outlook 16.0'),
          ('Thread-Index', thread_index(c)),
          ('Content-Language', 'pl')]
    return assemble(c, inf, hs, body, frm, mime_pos=6)


# ----------------------------------------------------------------- 25 -------
@message('business', 25, 'pl', 'internal-warning-fake-teams-helpdesk',
         what='Internal warning from the Polish office manager to the Białystok team, relaying IT: spam floods followed by fake "IT Helpdesk" Teams calls asking to start Quick Assist are an attack; how to reach real IT.',
         why='Internal Exchange/relay path, known sender, distribution list, purely protective content without links to act on.',
         hn=(['25-pl-email-bombing-teams-helpdesk-pretext.eml'],
             'same topic (spam flood, IT helpdesk on Teams, Quick Assist); genuine one is the internal warning, not the pretext'))
def b25():
    rn, ra = S('pl_acc')
    c = ctx('b25', '2026-11-11 08:34:02', 'CET', ra)
    inf = exchange_internal(c, client_ip='10.50.1.23')
    text = """Drodzy,

IT z Kempten prosi o przekazanie: w ostatnich dniach kilka osób w grupie (także u nas - wczoraj) dostało setki niechcianych wiadomości, a zaraz potem e-mail lub połączenie w Teams od rzekomego "IT Helpdesk" z prośbą o uruchomienie Pomocy zdalnej (Quick Assist). To atak - nie odbierajcie takich połączeń i niczego nie instalujcie.

Nasz dział IT nigdy nie kontaktuje się z zewnętrznych kont Teams (z nazwą kończącą się na onmicrosoft.com) i nie prosi o zdalny dostęp bez zgłoszenia, które sami założyliście.

W razie wątpliwości dzwońcie bezpośrednio na infolinię IT: +49 831 5900-333 albo do mnie.

Pozdrawiam
Małgorzata Wróbel
Kierownik Biura
Example Group Polska sp. z o.o.
"""
    body = alt(c, Text(text, charset='iso-8859-2', cte='quoted-printable'),
               Text(html_outlook(text, 'PL', 'Calibri', 'iso-8859-2'), 'html', 'iso-8859-2', 'quoted-printable'),
               boundary=inf.boundary())
    hs = internal_headers(c, inf, 'pl_mgr', [], 'Uwaga: fałszywy "IT Helpdesk" w Teams', charset='iso-8859-2', lang='pl-PL')
    hs[1] = ('To', '"Biuro Białystok" <biuro.bialystok@example.com>'.replace('Białystok" <', 'Bialystok" <'))
    return assemble(c, inf, hs, body, S('pl_mgr')[1])


# ----------------------------------------------------------------- 26 -------
@message('business', 26, 'pl', 'newsletter-dairy-market-freshmail',
         what='Subscribed Polish dairy-market newsletter ("Mleczarski Przegląd Rynkowy", week 47: butter, SMP, Gouda, milk purchase prices) via FreshMail with List-Unsubscribe.',
         why='Opt-in newsletter via a Polish ESP with bulk headers and unsubscribe link, informational market data, no requests.')
def b26():
    rn, ra = S('pl_mgr')
    c = ctx('b26', '2026-11-20 06:45:40', 'CET', ra)
    lid = tok('b26l', 10)
    inf = freshmail(c, 'https://app.freshmail.com/pl/unsubscribe/%s/%s' % (lid, tok('b26s', 16)), 'unsubscribe-%s@freshmail.pl' % lid)
    rows = [('Masło w blokach 82%', '27,40 zł/kg', '-0,6 %'), ('Mleko w proszku odtłuszczone', '10,35 zł/kg', '+0,4 %'),
            ('Ser Gouda (blok)', '21,10 zł/kg', '+0,9 %'), ('Cena skupu mleka (GUS, X)', '2,41 zł/l', '+1,3 %')]
    text = """Mleczarski Przegląd Rynkowy - tydzień 47/2026

Dzień dobry,

przedstawiamy notowania tygodnia:

%s

Temat tygodnia: eksport serów dojrzewających do Wielkiej Brytanii i Niemiec w III kwartale wzrósł o 6 %% r/r.

Pełne wydanie: https://mleczarskiprzeglad.pl/wydanie/2026-47

Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera Mleczarskiego Przeglądu Rynkowego.
Wypisz się: https://app.freshmail.com/pl/unsubscribe/%s
""" % ('\n'.join('- %s: %s (%s)' % r for r in rows), lid)
    table = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in rows)
    html = brand_html('Notowania tygodnia 47/2026', ['Dzień dobry,', 'przedstawiamy notowania tygodnia:',
                                                       '<table width="100%%" style="font-size:13px">%s</table>' % table,
                                                       'Temat tygodnia: eksport serów dojrzewających do Wielkiej Brytanii i Niemiec w III kwartale wzrósł o 6&#37; r/r.'],
                      'Pełne wydanie', 'https://mleczarskiprzeglad.pl/wydanie/2026-47',
                      'Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera. <a href="https://app.freshmail.com/pl/unsubscribe/%s">Wypisz się</a>' % lid,
                      color='#00796b', logo_text='Mleczarski Przegląd Rynkowy', lang='pl', font='Arial, sans-serif')
    body = Multi('alternative', [Text(text, charset='utf-8', cte='base64'), Text(html, 'html', 'utf-8', 'base64')], inf.boundary())
    hs = [('From', addr('Mleczarski Przegląd Rynkowy', 'newsletter@mleczarskiprzeglad.pl', 'utf-8', 'B')),
          ('To', ra),
          ('Subject', htext('Notowania tygodnia 47: masło słabnie, Gouda w górę', 'utf-8', 'B')),
          ('Date', rfc(c.t, 'CET')),
          ('Message-ID', inf.msgid),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, 'bounce-%s-%s@freshmail.pl' % (lid, c.hex(12)), mime_pos=6)
