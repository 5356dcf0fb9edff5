"""Business messages 22-26 (Polish)."""
from common import T, addr, text, attach, multi, boundary, esc, H, ALNUM
from company import (E, A, MID, TI, IBAN_PARTNER, IBAN_KARTONEX, NIP_PARTNER, NIP_KARTONEX, NIP_EXAMPLE_PL)
from reg import business, alt, mixed, pdf_att
import infra
import finance as fi
import docs

PARTNER = dict(org='partner-logistik.pl', srv='VI1PR07MB6271', region='eurprd07',
               obe=('EUR05-VI1-obe', 'mail-vi1eur05on2097', '40.107.21.97'))
PL_HEAD = ['Partner Logistik sp. z o.o.', 'ul. Przemysłowa 12, 62-052 Komorniki · NIP ' + fi.fmt_nip(NIP_PARTNER),
           'KRS 0000412877 · tel. +48 61 811 42 00 · www.partner-logistik.pl']
EX_PL = ['Example Polska sp. z o.o.', 'ul. Grunwaldzka 182', '60-166 Poznań', 'NIP ' + fi.fmt_nip(NIP_EXAMPLE_PL)]


@business(22, 'pl', 'partner-logistik-faktura',
          'Partner Logistik\'s accounts department sends invoice FV/2026/11/1298 for October warehousing and '
          'pick & pack (PDF), payable with split payment to the known PKO BP account.',
          'Real partner-logistik.pl tenant; account is the long-known one on the VAT white list, split-payment '
          'note as required for this service category; KSeF number given; no change, no pressure.', hn=[22])
def b22(m):
    t = T(2026, 11, 6, 12, 8, 30)
    sender = 'ksiegowosc@partner-logistik.pl'
    f = dict(sender=sender, rcpt=E('pl_acc'), frm=addr('Księgowość Partner Logistik', sender, 'iso-8859-2'),
             to=A('pl_acc', 'iso-8859-2'), subject='Faktura FV/2026/11/1298 - magazynowanie i obsługa 10/2026',
             scs=('iso-8859-2', 'Q'))
    st = infra.m365(m, t, f, attach=True, lang='pl-PL', **PARTNER)
    nrb = fi.nrb(IBAN_PARTNER)
    ksef = '%s-20261105-%s-%s' % (NIP_PARTNER, H(m.seed('k'), 12, '0123456789ABCDEF'), H(m.seed('k2'), 2, '0123456789ABCDEF'))
    src = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/1298 za usługi magazynowania i obsługi logistycznej w październiku 2026 r. Faktura ustrukturyzowana została wystawiona w KSeF (numer KSeF: %s).

Kwota brutto: 46 294,13 zł
Termin płatności: 05.12.2026
Rachunek: PKO BP S.A., %s (mechanizm podzielonej płatności)

W razie pytań prosimy o kontakt.

Pozdrawiamy
Dział Księgowości
Partner Logistik sp. z o.o.
tel. +48 61 811 42 15
""" % (ksef, nrb)
    pdf = docs.invoice(
        PL_HEAD, EX_PL,
        [('Nr faktury', 'FV/2026/11/1298'), ('Data wyst.', '05.11.2026'), ('Data sprzed.', '31.10.2026'),
         ('Termin', '05.12.2026')],
        [('1', 'Składowanie – miejsca paletowe 10/2026', '1 184', '9,80', '11 603,20'),
         ('2', 'Kompletacja zamówień (pick & pack)', '14 702', '1,65', '24 258,30'),
         ('3', 'Przyjęcia i wydania palet', '96', '18,50', '1 776,00')],
        [('Netto', '37 637,50 zł'), ('VAT 23%', '8 656,63 zł'), ('Brutto', '46 294,13 zł')],
        ['Numer KSeF: ' + ksef, 'Zapłata przelewem na rachunek PKO BP S.A. ' + nrb + '.',
         'Mechanizm podzielonej płatności.'],
        ['Partner Logistik sp. z o.o. · Sąd Rejonowy Poznań – Nowe Miasto i Wilda, VIII Wydział Gospodarczy KRS'],
        t, zone='PL', title='FV/2026/11/1298', author='Partner Logistik', creator='Comarch ERP Optima',
        producer='Comarch ERP Optima 2026.1', cols=('Lp.', 'Nazwa usługi', 'Ilość', 'Cena netto', 'Wartość netto'),
        doc_title='FAKTURA VAT')
    m.body = mixed(m, st, alt(m, st, src, 'iso-8859-2', lang='PL'), pdf_att(pdf, 'FV_2026_11_1298.pdf'))


@business(23, 'pl', 'partner-logistik-awizacja',
          'Tadeusz Zieliński confirms the delivery slot for order PL/26/11/0412 at the Komorniki warehouse and '
          'attaches the advice confirmation as PDF.',
          'Genuine message in the real thread (same tenant and thread as the later hijack, attack 26): specific '
          'dock, time and pallet data, real PDF attachment, sent in working hours.', hn=[26])
def b23(m):
    t = T(2026, 11, 16, 11, 40, 12)
    sender = 't.zielinski@partner-logistik.pl'
    f = dict(sender=sender, rcpt=E('pl_log'), frm=addr('Tadeusz Zieliński', sender, 'utf-8'), to=A('pl_log', 'utf-8'),
             subject='RE: Awizacja dostawy – zlecenie PL/26/11/0412', topic='Awizacja dostawy – zlecenie PL/26/11/0412',
             irt=MID['pl_awizo'], refs=MID['pl_awizo'], msgid=MID['pl_awizo_re'],
             thread_index=infra.thread_index_reply(TI['pl'], 'p1', 26000))
    st = infra.m365(m, t, f, attach=True, lang='pl-PL', **PARTNER)
    src = """Dzień dobry Panie Michale,

potwierdzam awizację: wtorek 17.11, rampa 6, okno 7:00–8:00. Kierowca Ferretti (naczepa VR 418 TK) – 22 palety EUR, towar niebezpieczny tylko w pozycji 14 (aerozole UN 1950, ilości ograniczone), proszę o oznakowanie palety.

Potwierdzenie awizacji w załączniku. WZ podpisany wyślę po rozładunku.

Pozdrawiam
Tadeusz Zieliński
Opiekun Klienta
Partner Logistik sp. z o.o.
tel. +48 61 811 42 70

Od: Michał Kowalczyk <michal.kowalczyk@examplegroup.eu>
Wysłane: poniedziałek, 16 listopada 2026 10:12
Do: Tadeusz Zieliński <t.zielinski@partner-logistik.pl>
Temat: Awizacja dostawy – zlecenie PL/26/11/0412

Dzień dobry Panie Tadeuszu,
proszę o awizację dostawy z Neuss na jutro rano, 22 palety, lista w załączniku zlecenia.

Pozdrawiam
Michał Kowalczyk
"""
    pdf = docs.letter(
        PL_HEAD, EX_PL, 'Komorniki, 16.11.2026', 'Potwierdzenie awizacji – zlecenie PL/26/11/0412',
        ['Data i godzina: 17.11.2026, 07:00–08:00', 'Rampa: 6', 'Przewoźnik: Ferretti Trasporti S.p.A., naczepa VR 418 TK',
         'Ilość: 22 palety EUR (wysokość max. 1,80 m)', 'ADR: poz. 14 – UN 1950 aerozole, ilości ograniczone (LQ)', '',
         'Prosimy o dostarczenie listu przewozowego CMR oraz specyfikacji wysyłkowej. Rozładunek bez awizacji '
         'nie będzie możliwy.'],
        ['Tadeusz Zieliński', 'Opiekun Klienta'], ['Partner Logistik sp. z o.o. · magazyn Komorniki'], t, zone='PL',
        title='Potwierdzenie awizacji', author='t.zielinski', creator='WMS Partner 5.2', producer='iText 7.2')
    m.body = mixed(m, st, alt(m, st, src, 'utf-8', lang='PL'), pdf_att(pdf, 'Potwierdzenie_awizacji_PL-26-11-0412.pdf'))


@business(24, 'pl', 'kartonex-faktura-ksef',
          'Carton supplier Kartonex sends invoice FV 412/11/2026 through its invoicing service, with the KSeF '
          'number, a download link on its invoicing-service subdomain and the PDF.',
          'Known supplier and amount matching the order; genuine invoicing-platform infrastructure; the KSeF '
          'number identifies the structured invoice; payment to the supplier\'s white-listed account; no '
          'login or token request.', hn=[23])
def b24(m):
    t = T(2026, 11, 17, 10, 3, 26)
    sender = 'faktury@kartonex.pl'
    f = dict(sender=sender, rcpt=E('pl_acc'), frm=addr('Kartonex sp. z o.o.', sender, quote=True), to=E('pl_acc'),
             reply_to=addr('Kartonex - księgowość', 'ksiegowosc@kartonex.pl', 'UTF-8'), subject='Faktura FV 412/11/2026 od Kartonex sp. z o.o.')
    infra.ses(m, t, f, 'eu-central-1', ip='69.169.228.%d' % 17)
    ksef = '%s-20261117-%s-%s' % (NIP_KARTONEX, H(m.seed('k'), 12, '0123456789ABCDEF'), H(m.seed('k2'), 2, '0123456789ABCDEF'))
    link = 'https://kartonex.fakturownia.pl/invoice/%s' % H(m.seed('tok'), 20, ALNUM)
    nrb = fi.nrb(IBAN_KARTONEX)
    src = """Dzień dobry,

w załączeniu przesyłamy fakturę nr FV 412/11/2026 z dnia 17.11.2026 na kwotę 24 944,40 PLN brutto.
Numer KSeF: %s
Termin płatności: 01.12.2026
Rachunek: %s (Bank Pekao S.A.)

Fakturę można również wyświetlić i pobrać pod adresem:
%s

Pozdrawiamy
Kartonex sp. z o.o.
ul. Fabryczna 7, 62-800 Kalisz
""" % (ksef, nrb, link)
    pdf = docs.invoice(
        ['Kartonex sp. z o.o.', 'ul. Fabryczna 7, 62-800 Kalisz · NIP ' + fi.fmt_nip(NIP_KARTONEX)],
        EX_PL, [('Faktura nr', 'FV 412/11/2026'), ('Data wyst.', '17.11.2026'), ('Zamówienie', 'ZP/PL/2026/0388'),
                ('Termin', '01.12.2026')],
        [('1', 'Kartonik składany 75 ml, druk 4+0, lakier', '30 000', '0,38', '11 400,00'),
         ('2', 'Karton zbiorczy 5-warstwowy 40x30x25', '4 800', '1,85', '8 880,00')],
        [('Netto', '20 280,00 zł'), ('VAT 23%', '4 664,40 zł'), ('Brutto', '24 944,40 zł')],
        ['Numer KSeF: ' + ksef, 'Przelew na rachunek ' + nrb + ' (Bank Pekao S.A.).'],
        ['Wystawiono w serwisie Fakturownia.pl'], t, zone='PL', title='FV 412/11/2026', creator='Fakturownia.pl',
        producer='Fakturownia.pl', cols=('Lp.', 'Nazwa', 'Ilość', 'Cena netto', 'Wartość netto'), doc_title='FAKTURA VAT')
    m.body = mixed(m, 'java', text(src, 'UTF-8', 'quoted-printable'),
                   attach(pdf, 'application/pdf', 'Faktura_FV_412_11_2026.pdf'))


@business(25, 'pl', 'zwolnienie-lekarskie-wp',
          'Michał Kowalczyk reports sick leave (e-ZLA) from his private wp.pl mailbox to the office manager.',
          'Colleague on private mail with an ordinary reason; the sick note is electronic via ZUS; he hands '
          'over a task and asks for nothing.', hn=[36])
def b25(m):
    t = T(2026, 11, 23, 6, 21, 58)
    sender = 'michal.kowalczyk.84@wp.pl'
    f = dict(sender=sender, rcpt=E('pl_mgr'), frm=addr('Michał Kowalczyk', sender, 'UTF-8'), to=E('pl_mgr'),
             subject='L4 do piątku')
    infra.wp_pl(m, t, f, '83.24.171.90')
    src = """Dzień dobry Pani Agnieszko,

niestety rozłożyła mnie grypa – lekarz wystawił mi zwolnienie od dziś do piątku 27.11 włącznie, e-ZLA powinno być już widoczne na PUE ZUS.

Piszę z prywatnej skrzynki, bo laptop został w biurze. Jutro rano jest dostawa 18 palet do Partner Logistik (awizacja potwierdzona, rampa 4 o 7:00) – dokumenty leżą w segregatorze na moim biurku, gdyby trzeba było coś sprawdzić.

Pozdrawiam
Michał
"""
    m.body = text(src, 'UTF-8', 'quoted-printable')


@business(26, 'pl', 'it-ostrzezenie-falszywy-helpdesk',
          'Internal notice from the Poznań office manager on behalf of group IT: beware of fake "helpdesk" '
          'calls via Teams after spam floods; real IT never uses external Teams accounts or Quick Assist on '
          'request.',
          'Internal Exchange mail via mail-int01; gives the real IT number and process, asks nothing of the '
          'reader except to report; same topic as the vishing pretext but the inverse message.', hn=[24])
def b26(m):
    t = T(2026, 11, 20, 8, 15, 4)
    f = dict(sender=E('pl_mgr'), rcpt=E('pl_acc'), frm=A('pl_mgr', 'iso-8859-2'), to=addr('Pracownicy Poznań', 'pracownicy-poznan@example.com', 'iso-8859-2'),
             cc=A('sec', 'iso-8859-2'), subject='Uwaga: fałszywy „helpdesk” na Teams – komunikat działu IT', scs=('windows-1250', 'Q'))
    st = infra.exchange_internal(m, t, f, client_ip='10.60.1.23', lang='pl-PL')
    src = """Szanowni Państwo,

na prośbę działu IT w Neuss (Felix Schäfer, bezpieczeństwo IT) przekazuję ważne ostrzeżenie.

W ostatnich dniach kilka osób w Grupie otrzymało setki wiadomości z zapisów do newsletterów, a następnie wiadomość lub telefon od rzekomego „Help Desk” przez Microsoft Teams z propozycją „instalacji filtra”. To znany scenariusz ataku: przestępcy proszą o uruchomienie aplikacji Pomoc zdalna (Quick Assist) lub AnyDesk i przejmują komputer.

Prosimy pamiętać:
- nasz dział IT kontaktuje się wyłącznie z kont @example.com – nigdy z kont zewnętrznych (np. …onmicrosoft.com),
- IT nigdy nie prosi o uruchomienie Pomocy zdalnej na podstawie niezapowiedzianego czatu,
- w razie wątpliwości proszę dzwonić na infolinię IT: +49 2131 7702-300 (po polsku: wewn. 4310).

Podejrzane wiadomości proszę przekazywać na adres it-sicherheit@example.com.

Z pozdrowieniami
Agnieszka Wróblewska
Office Manager
Example Polska sp. z o.o.
"""
    m.body = alt(m, st, src, 'windows-1250', lang='PL')
