"""Genuine business messages, Polish (5)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK, TAX
from common import alt, mixed, related, pdf_att, b64s
import ids

MAILS = []
add = MAILS.append
pold = ids.fmt_iban(BANK['partner_old'])
pnew = ids.fmt_iban(BANK['partner_new'])
NIP_P = ids.fmt_nip(TAX['partner'])
NIP_EG = ids.fmt_nip(TAX['eg_pl'])
HOMEPL = ('serwer2418771.home.pl', 'serwer2418771.home.pl', '46.242.247.71')

# ---------------------------------------------------------------- 22 genuine bank change
p22 = """Szanowna Pani Małgorzato,

uprzejmie informuję, że od 1 stycznia 2027 r. Partner Logistik sp. z o.o. przenosi obsługę rachunków do mBanku S.A. Nowy rachunek rozliczeniowy:

mBank S.A.
%s

Rachunek jest już widoczny w Wykazie podatników VAT („białej liście”) – można to sprawdzić na stronie podatki.gov.pl w wyszukiwarce Ministerstwa Finansów po naszym NIP %s.

Do 31 marca 2027 r. dotychczasowy rachunek w PKO BP pozostaje aktywny, więc płatności wysłane tam w okresie przejściowym zostaną prawidłowo zaksięgowane. Faktury wystawione od 1 stycznia będą już zawierały nowy numer.

Pismo podpisane przez Zarząd przesyłam w załączniku, oryginał wysłaliśmy listem poleconym. Zgodnie z Państwa procedurą proszę o weryfikację zmiany telefonicznie pod znanym Państwu numerem naszej księgowości (61 817 42 00). Nie prosimy o żadne pilne przelewy.

Z poważaniem

Tadeusz Zieliński
Dyrektor Operacyjny
Partner Logistik sp. z o.o.
ul. Poznańska 71, 62-020 Swarzędz
tel. +48 61 817 42 90
""" % (pnew, NIP_P)
add(Mail(
    'partner-logistik-zmiana-rachunku-2027', '2026-12-01 10:18:27', MAIL['pl_acc'],
    I.own_server(*HOMEPL, client_ip='83.24.156.71', client_rdns='aavx71.neoplus.adsl.tpnet.pl', mua='outlook',
                 lang='pl', date_zone='PL'),
    ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'),
    'Zmiana rachunku bankowego Partner Logistik od 01.01.2027 – prośba o weryfikację telefoniczną',
    mixed(alt(p22, T.word_html(p22, 'windows-1250', 'PL'), 'windows-1250', 'quoted-printable', quoted=True),
          pdf_att('Partner_Logistik_zmiana_rachunku_2027.pdf', [
              ('h1', 'Partner Logistik sp. z o.o.'),
              ('small', 'ul. Poznańska 71, 62-020 Swarzędz · NIP %s · KRS 0000481177' % NIP_P),
              ('p', 'Swarzędz, 30.11.2026 r.'),
              ('p', 'Example Group Polska sp. z o.o.\nul. Obornicka 229\n60-650 Poznań'),
              ('h2', 'Informacja o zmianie rachunku bankowego'),
              ('p', 'Informujemy, że od dnia 01.01.2027 r. rachunkiem rozliczeniowym Partner Logistik sp. z o.o. będzie rachunek:'),
              ('b', 'mBank S.A.\n%s' % pnew),
              ('p', 'Rachunek został zgłoszony do Wykazu podatników VAT. Dotychczasowy rachunek %s w PKO BP S.A. pozostaje aktywny do 31.03.2027 r.' % pold),
              ('p', 'Prosimy o telefoniczną weryfikację zmiany z działem księgowości (61 817 42 00).'),
              ('p', 'Z poważaniem\n\nAnna Zielińska – Prezes Zarządu          Tadeusz Zieliński – Członek Zarządu'),
          ], title='Zmiana rachunku 2027', author='Partner Logistik', creator='Microsoft® Word 2021',
             producer='Microsoft® Word 2021', created="20261130112233+01'00'")),
    to=[('Małgorzata Kowalczyk', MAIL['pl_acc'])], cc=[('Łukasz Wójcik', MAIL['pl_mgr'])],
    hcs='utf-8', henc='B', sent_delta=7,
    pair=('partner-logistik-zmiana-rachunku-lookalike',), pair_note='bank-account change of the logistics partner: genuine one from partner-logistik.pl, account already on the white list, transition period, phone verification requested.',
    what='Logistics partner announces a new bank account from 01.01.2027 with a signed letter.',
    why='Correct domain and the partner\'s usual home.pl server, account already on the VAT white list (verifiable), old account stays active, phone verification requested, no payment pressure.'))

# ---------------------------------------------------------------- 23 ERP invoice (KSeF)
p23 = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/11/0412 z dnia 02.11.2026 r. za usługi magazynowe i dystrybucyjne w październiku 2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: 7773214563-20261102-4A1F9C2E7B31-0D.

Kwota do zapłaty: 18 911,40 zł
Termin płatności: 02.12.2026 r.
Rachunek: PKO BP S.A. %s (mechanizm podzielonej płatności)

Wiadomość wygenerowana automatycznie z systemu Comarch ERP Optima. W razie pytań prosimy o kontakt: ksiegowosc@partner-logistik.pl, tel. 61 817 42 00.

Księgowość
Partner Logistik sp. z o.o.
""" % pold
add(Mail(
    'partner-logistik-faktura-fv-2026-11-0412', '2026-11-02 13:40:55', MAIL['pl_acc'],
    I.own_server(*HOMEPL, client_ip='83.24.156.71', client_rdns='aavx71.neoplus.adsl.tpnet.pl', mua='none',
                 ua='Comarch ERP Optima 2026.1', date_zone='PL'),
    ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'),
    'Faktura VAT FV/2026/11/0412 - Partner Logistik sp. z o.o.',
    mixed(Text(p23, 'plain', 'iso-8859-2', 'base64'),
          pdf_att('FV_2026_11_0412.pdf', [
              ('h1', 'Faktura VAT FV/2026/11/0412'),
              ('p', 'Data wystawienia: 02.11.2026 r. · Data sprzedaży: 31.10.2026 r. · Numer KSeF: 7773214563-20261102-4A1F9C2E7B31-0D'),
              ('p', 'Sprzedawca: Partner Logistik sp. z o.o., ul. Poznańska 71, 62-020 Swarzędz, NIP %s' % NIP_P),
              ('p', 'Nabywca: Example Group Polska sp. z o.o., ul. Obornicka 229, 60-650 Poznań, NIP %s' % NIP_EG),
              ('mono', '1. Usługi magazynowe – opony i karkasy, 10/2026      1 usł.   9 840,00 zł   23%'),
              ('mono', '2. Dystrybucja – dostawy do klientów, 10/2026       1 usł.   5 535,12 zł   23%'),
              ('mono', 'Netto: 15 375,12 zł   VAT 23%: 3 536,28 zł   Brutto: 18 911,40 zł'),
              ('p', 'Do zapłaty: 18 911,40 zł (słownie: osiemnaście tysięcy dziewięćset jedenaście złotych 40/100)\n'
                    'Termin płatności: 02.12.2026 r., przelew · PKO BP S.A. %s · Mechanizm podzielonej płatności' % pold),
          ], title='FV/2026/11/0412', author='Comarch ERP Optima', creator='Comarch ERP Optima', producer='Comarch ERP Optima',
             created="20261102134000+01'00'")),
    to=[(None, MAIL['pl_acc'])], hcs='iso-8859-2', sent_delta=3,
    pair=('partner-logistik-zmiana-rachunku-lookalike',), pair_note='routine invoice FV/2026/11/0412 with the (still valid) PKO BP account; the look-alike asks to pay the same invoice elsewhere.',
    what='ERP invoice mail with the KSeF number and the invoice PDF.',
    why='Correct domain and server, KSeF reference, white-list account, split payment, contact details.'))

# ---------------------------------------------------------------- 24 customer order (wp.pl)
p24 = """Dzień dobry Panie Łukaszu,

zgodnie z rozmową telefoniczną zamawiam:
- 12 szt. 315/80 R22,5 bieżnik napędowy (bieżnikowane na gorąco, jak ostatnio)
- 8 szt. 385/65 R22,5 naczepowe

Odbiór własny w Poznaniu w przyszłym tygodniu, najlepiej w środę przed południem. Przy odbiorze oddamy 20 karkasów do odkupu.

Proszę o potwierdzenie i fakturę na firmę jak zawsze (PHU Transport Nowak, NIP jest u Państwa w systemie).

Pozdrawiam
Jan Nowak
PHU Transport Nowak
Gniezno, tel. 601 442 318
"""
add(Mail(
    'nowak-zamowienie-opony-wp', '2026-11-05 16:03:41', MAIL['pl_mgr'],
    I.custom(('smtp.wp.pl', 'mx4.wp.pl', '212.77.101.11'),
             hops=[('from [188.146.98.201] (unknown [188.146.98.201])\n\tby smtp.wp.pl (WP-SMTPD) with ESMTPSA id {rid}', 'PL', False, 1)],
             msgid=lambda ctx: '<%s@wp.pl>' % I.hx(ctx.rng, 32),
             style='generic', tls='1.3', date_zone='PL', boundary='generic',
             mailer=[('X-Mailer', 'WP Poczta')],
             extra=[('X-WP-MailID', lambda ctx: I.hx(ctx.rng, 32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski')]),
    ('Jan Nowak', 'jan.nowak.transport@wp.pl'),
    'zamówienie opony bieżnikowane',
    Text(p24, 'plain', 'utf-8', '8bit'),
    to=[('Łukasz Wójcik', MAIL['pl_mgr'])], sent_delta=3,
    what='Small haulier (regular customer on WP Poczta) places an order for retreads after a phone call.',
    why='Known customer address, WP infrastructure, refers to a phone call, pickup in person, casing buy-back; no links, attachments or payment data.'))

# ---------------------------------------------------------------- 25 internal office notice
p25 = """Drodzy,

przypominam, że we wtorek 10.11 pracujemy do 15:00, a w środę 11 listopada (Narodowe Święto Niepodległości) biuro i magazyn są zamknięte. Dyżur telefoniczny dla klientów flotowych pełni Paweł (telefon służbowy).

Inwentaryzacja roczna magazynu opon i karkasów odbędzie się w poniedziałek 30.11 od 7:00. Od piątku 27.11 od godz. 14:00 nie wydajemy towaru - zamówienia z odbiorem osobistym proszę przesunąć na 1.12. Listy spisowe przygotuje Małgorzata, składy zespołów podam w przyszłym tygodniu.

Dziękuję i pozdrawiam
Łukasz Wójcik
Kierownik Oddziału Poznań
Example Group Polska sp. z o.o.
"""
add(Mail(
    'biuro-poznan-zamkniecie-inwentaryzacja', '2026-11-06 12:30:05', MAIL['pl_log'],
    I.exchange_internal('EXMBX02', client_ip='10.20.62.31', zone='PL', lang='pl-PL'),
    S['pl_mgr'], 'Zamknięcie biura 11.11 oraz inwentaryzacja magazynu 30.11',
    alt(p25, T.word_html(p25, 'iso-8859-2', 'PL'), 'iso-8859-2', 'quoted-printable', quoted=True),
    to=[('Biuro Poznań', 'poznan@example.com')], hcs='iso-8859-2', sent_delta=2,
    what='Poznań office manager announces the 11 November closure and the annual stock-take to the office distribution list.',
    why='Internal Exchange mail via mail-int01, ordinary office information, no links or requests.'))

# ---------------------------------------------------------------- 26 newsletter via SendGrid
nl = """Trans.eu Newsletter – listopad 2026

Stawki frachtowe: w listopadzie średnia stawka na trasach krajowych wzrosła o 3,1%% m/m, na trasach PL–DE o 2,4%%.
Więcej: https://www.trans.eu/pl/blog/stawki-frachtowe-listopad-2026/

Bezpieczeństwo transakcji: nowe zasady weryfikacji kontrahentów na giełdzie ładunków i przypomnienie – nigdy nie zmieniamy danych do płatności e-mailem.
Więcej: https://www.trans.eu/pl/blog/weryfikacja-kontrahentow/

Webinar: e-Faktury w transporcie po wdrożeniu KSeF – 9 grudnia, godz. 11:00.
Zapisy: https://www.trans.eu/pl/webinary/

Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera Trans.eu.
Wypisz się: https://www.trans.eu/newsletter/unsubscribe?t=%s
Trans.eu Group S.A., ul. Racławicka 2-4, 53-146 Wrocław
""" % b64s(MAIL['pl_log'])[:30]
nl = nl.replace('%%', '%')
nl_html = T.brand_html('Trans.eu', 'Newsletter – listopad 2026', [
    '<b>Stawki frachtowe</b><br>W listopadzie średnia stawka na trasach krajowych wzrosła o 3,1% m/m, na trasach PL–DE o 2,4%. <a href="https://www.trans.eu/pl/blog/stawki-frachtowe-listopad-2026/">Więcej</a>',
    '<b>Bezpieczeństwo transakcji</b><br>Nowe zasady weryfikacji kontrahentów na giełdzie ładunków i przypomnienie – nigdy nie zmieniamy danych do płatności e-mailem. <a href="https://www.trans.eu/pl/blog/weryfikacja-kontrahentow/">Więcej</a>',
    '<b>Webinar: e-Faktury w transporcie po wdrożeniu KSeF</b> – 9 grudnia, godz. 11:00. <a href="https://www.trans.eu/pl/webinary/">Zapisy</a>'],
    color='#0a2240', footer='Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera Trans.eu. '
    '<a href="https://www.trans.eu/newsletter/unsubscribe?t=%s">Wypisz się</a><br>Trans.eu Group S.A., ul. Racławicka 2-4, 53-146 Wrocław' % b64s(MAIL['pl_log'])[:30])
add(Mail(
    'newsletter-transeu-sendgrid', '2026-11-26 09:00:44', MAIL['pl_log'],
    I.sendgrid(em='em8841'),
    ('Trans.eu', 'newsletter@trans.eu'),
    'Stawki frachtowe w listopadzie i nowe zasady weryfikacji kontrahentów',
    alt(nl, nl_html, 'utf-8', 'quoted-printable'),
    to=[(None, MAIL['pl_log'])], henc='B', sent_delta=1,
    extra=[('List-Unsubscribe', '<https://www.trans.eu/newsletter/unsubscribe?t=%s>, <mailto:unsubscribe@trans.eu?subject=unsubscribe>' % b64s(MAIL['pl_log'])[:30]),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
    what='Subscribed freight-exchange newsletter sent via SendGrid.',
    why='Subscribed list from the service\'s own domain through its ESP, List-Unsubscribe headers, links to trans.eu only.'))
