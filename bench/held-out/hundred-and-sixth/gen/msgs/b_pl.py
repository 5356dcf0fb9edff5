"""Genuine business messages 22-26 (Polish)."""
from eglib import mime, bank, html as H
from eglib.infra import Webmail, Mailjet, rhex, ralnum
from eglib.kit import business, alt, mixed, att, pdf, S
from msgs.common import partner_logistik, termoserwis

PL_PLN = bank.pl_iban('1020109', '0000740203318459')
TS_IBAN = bank.pl_iban('1090104', '4000000147210388')


@business(22, 'pl', 'partner-logistik-faktura-ksef-mpp',
          what='Partner Logistik\'s accounting sends invoice FV/2026/10/0412 (11,482.20 PLN) issued in KSeF, to be paid with split payment to the white-listed PKO BP account.',
          why='Genuine: partner-logistik.pl via its own Microsoft 365 tenant, KSeF number given, split payment to the known white-list account, PDF visualisation attached, no link.',
          pair=([22, 23], 'same partner and KSeF context, but genuine domain, unchanged white-list account, no login request'))
def _(m):
    m.use(partner_logistik())
    m.when('2026-10-31 12:40:26', 'pl')
    m.frm = ('Partner Logistik - Ksi\u0119gowo\u015b\u0107', 'ksiegowosc@partner-logistik.pl')
    m.to = [S('pl_acc')]
    m.subject = 'Faktura FV/2026/10/0412 - Partner Logistik sp. z o.o.'
    ksef = '7792468135-20261031-4A1F2B3C9D07-E4'
    t = """Dzie\u0144 dobry,

w za\u0142\u0105czeniu przesy\u0142amy wizualizacj\u0119 faktury VAT nr FV/2026/10/0412 z dnia 31.10.2026 za magazynowanie archiwum i mebli (rega\u0142y 14-17) oraz obs\u0142ug\u0119 dw\u00f3ch dostaw na ul. Chmieln\u0105 w pa\u017adzierniku.

Kwota brutto: 11 482,20 z\u0142
Termin p\u0142atno\u015bci: 30.11.2026
Numer KSeF: %s

Faktura zosta\u0142a wystawiona w KSeF i jest dost\u0119pna r\u00f3wnie\u017c w Pa\u0144stwa systemie. Prosimy o p\u0142atno\u015b\u0107 w mechanizmie podzielonej p\u0142atno\u015bci na rachunek z bia\u0142ej listy:
PKO Bank Polski S.A. %s

Z powa\u017caniem
Dzia\u0142 Ksi\u0119gowo\u015bci
Partner Logistik sp. z o.o.
ul. Gda\u0144ska 120, 61-123 Pozna\u0144
tel. 61 852 44 00
""" % (ksef, bank.pl_nrb(PL_PLN))
    blocks = [('h1', 'Partner Logistik sp. z o.o.'), ('small', 'ul. Gda\u0144ska 120, 61-123 Pozna\u0144 - NIP 7792468135'),
              ('h2', 'Faktura VAT FV/2026/10/0412'), ('p', 'Data wystawienia: 31.10.2026   Numer KSeF: ' + ksef),
              ('p', 'Nabywca: Example Group Polska sp. z o.o., ul. Chmielna 73, 00-801 Warszawa, NIP 5252847313'),
              ('mono', '1  Magazynowanie - rega\u0142y 14-17, pa\u017adziernik 2026      6 480,00 z\u0142'),
              ('mono', '2  Dostawa na ul. Chmieln\u0105 73 (2 kursy)                2 855,00 z\u0142'),
              ('b', 'Razem netto 9 335,00 z\u0142   VAT 23% 2 147,20 z\u0142   Brutto 11 482,20 z\u0142'),
              ('b', 'Mechanizm podzielonej p\u0142atno\u015bci'), ('p', 'Rachunek: PKO Bank Polski S.A. ' + bank.pl_nrb(PL_PLN))]
    p = pdf(m, blocks, 'FV/2026/10/0412', lang='pl-PL', creator='Comarch ERP Optima', producer='Comarch ERP Optima', minutes_before=8)
    m.root = mixed(m, alt(m, mime.text(t, 'iso-8859-2', 'quoted-printable'), mime.text(H.outlook(t, 'PL'), 'iso-8859-2', 'quoted-printable', 'html')),
                   att(m, p, 'application/pdf', 'FV_2026_10_0412.pdf'))


@business(23, 'pl', 'termoserwis-wezwanie-wstrzymanie-serwisu',
          what='HVAC contractor reminds about two unpaid invoices (7,011 PLN) and announces it will suspend routine servicing (not emergencies) after 27 November.',
          why='Genuine reminder from the same home.pl mailbox that was later abused (attack 25): invoice numbers, account on the invoices, phone number, no attachment, no link.',
          pair=([25], 'same sender and infrastructure, but an ordinary reminder with no attachment, no link and no login'))
def _(m):
    m.use(termoserwis())
    m.when('2026-11-13 13:22:05', 'pl')
    m.frm = ('Termo-Serwis Kowalski', 'biuro@termoserwis-kowalski.pl')
    m.to = [S('pl_acc')]
    m.cc = [S('pl_mgr')]
    m.subject = 'Wezwanie do zap\u0142aty - FV/318/09/2026 i FV/361/10/2026'
    t = """Szanowni Pa\u0144stwo,

uprzejmie przypominamy, \u017ce faktury FV/318/09/2026 (4 674,00 z\u0142) oraz FV/361/10/2026 (2 337,00 z\u0142) za serwis instalacji HVAC w budynku przy ul. Chmielnej 73 pozostaj\u0105 nieop\u0142acone mimo up\u0142ywu terminu p\u0142atno\u015bci.

Prosimy o uregulowanie nale\u017cno\u015bci w kwocie 7 011,00 z\u0142 do dnia 27.11.2026 na rachunek wskazany na fakturach (Santander Bank Polska, %s). Brak wp\u0142aty w tym terminie b\u0119dzie oznacza\u0142 wstrzymanie przegl\u0105d\u00f3w i wizyt serwisowych do czasu uregulowania zaleg\u0142o\u015bci (z wyj\u0105tkiem interwencji awaryjnych) oraz naliczenie odsetek ustawowych za op\u00f3\u017anienie w transakcjach handlowych.

W razie pyta\u0144 prosimy o kontakt pod numerem 22 664 18 20.

Z powa\u017caniem
Biuro Termo-Serwis Kowalski sp.j.
ul. Po\u0142czy\u0144ska 31, 01-377 Warszawa
""" % bank.pl_nrb(TS_IBAN)
    m.root = alt(m, mime.text(t, 'windows-1250', 'quoted-printable'), mime.text(H.outlook(t, 'PL'), 'windows-1250', 'quoted-printable', 'html'))


@business(24, 'pl', 'najemczyni-zgloszenie-przeciek',
          what='Residential tenant reports water leaking from the bathroom ceiling from the flat above and asks for a plumber and insurer contact.',
          why='Genuine tenant report from a WP consumer address: specific flat, history, phone number, no links/attachments, nothing requested except help.')
def _(m):
    m.use(Webmail(kind='wp', origin='83.24.190.17', origin_rdns='83.24.190.17.ipv4.supernova.orange.pl', hcs='utf-8', henc='B', hcase='UTF-8'))
    m.when('2026-11-21 21:08:47', 'pl')
    m.frm = ('Magdalena Nowak', 'magda.nowak@wp.pl')
    m.to = [S('pl_mgr')]
    m.subject = 'Zg\u0142oszenie: przeciek z sufitu w \u0142azience - ul. Grochowska 212 m. 34'
    t = """Dzie\u0144 dobry,

od wczoraj wieczorem z sufitu w \u0142azience kapie woda, dzi\u015b plama jest ju\u017c na ca\u0142ej \u015bcianie przy wannie. S\u0105siad z mieszkania 38 nie otwiera, a w administracji budynku nikt nie odbiera telefonu w weekend.

Bardzo prosz\u0119 o pilny przyjazd hydraulika i sprawdzenie pionu. Prosz\u0119 te\u017c o informacj\u0119, do kogo zg\u0142osi\u0107 szkod\u0119 - czy do Pa\u0144stwa ubezpieczyciela budynku, czy do s\u0105siada.

Jestem w domu codziennie po 16.

Pozdrawiam
Magdalena Nowak
ul. Grochowska 212 m. 34, Warszawa
tel. 601 448 273
"""
    m.root = alt(m, mime.text(t, 'UTF-8', 'quoted-printable'), mime.text(H.plain_div(t), 'UTF-8', 'quoted-printable', 'html'))


@business(25, 'pl', 'partner-logistik-odpowiedz-w-watku-awizacja',
          what='Tadeusz Zieli\u0144ski replies in the thread about a furniture delivery to the Warsaw office, confirms the slot and points to delivery documents in Partner Logistik\'s own client portal.',
          why='Genuine thread reply from the real mailbox and tenant: consistent with the quoted conversation, link goes to the partner\'s own domain (portal.partner-logistik.pl) '
              'without access codes or password prompts, concrete logistics details.',
          pair=([9], 'thread reply from the same partner mailbox containing a document link, but to the partner\'s own portal and consistent with the conversation'))
def _(m):
    m.use(partner_logistik())
    m.when('2026-11-10 09:17:38', 'pl')
    m.frm = ('Tadeusz Zieli\u0144ski', 't.zielinski@partner-logistik.pl')
    m.to = [S('pl_mgr')]
    m.subject = 'RE: Dostawa mebli na Chmieln\u0105 - awizacja 19.11'
    m.replies = 1
    m.in_reply_to = '<8c2f5e0a1d3b47e6b9a4c7d2e1f03b58@EXMB01.corp.example.com>'
    m.references = m.in_reply_to
    link = 'https://portal.partner-logistik.pl/zlecenia/PLX-2026-11874'
    t = """Dzie\u0144 dobry Pani Agnieszko,

potwierdzam dostaw\u0119 na czwartek 19.11, okno 8:00-10:00. Przyjedzie samoch\u00f3d z wind\u0105 (DMC 12 t), kierowca pan Marek, tel. 602 114 385. Prosz\u0119 tylko o zarezerwowanie miejsca na podje\u017adzie od strony ul. Z\u0142otej.

List przewozowy i list\u0119 kompletacyjn\u0105 (42 pozycje) znajdzie Pani w naszym portalu klienta pod zleceniem PLX-2026-11874:
%s

Pozdrawiam serdecznie
Tadeusz Zieli\u0144ski
Key Account Manager
Partner Logistik sp. z o.o.
tel. +48 61 852 44 10

Od: Agnieszka W\u00f3jcik <agnieszka.wojcik@example.com>
Wys\u0142ane: poniedzia\u0142ek, 9 listopada 2026 15:41
Do: Tadeusz Zieli\u0144ski <t.zielinski@partner-logistik.pl>
Temat: Dostawa mebli na Chmieln\u0105 - awizacja 19.11

Dzie\u0144 dobry Panie Tadeuszu,

czy mo\u017cemy potwierdzi\u0107 dostaw\u0119 biurek i szaf z magazynu w Poznaniu na 19.11 rano? Prosz\u0119 te\u017c o list\u0119 pozycji, \u017ceby\u015bmy mogli przygotowa\u0107 pomieszczenia na 4. pi\u0119trze.

Pozdrawiam
Agnieszka W\u00f3jcik
""" % link
    m.root = alt(m, mime.text(t, 'iso-8859-2', 'quoted-printable'), mime.text(H.outlook(t, 'PL'), 'iso-8859-2', 'quoted-printable', 'html'))


@business(26, 'pl', 'newsletter-portal-ksiegowych-ksef',
          what='Subscribed accounting newsletter (via Mailjet) about KSeF deadlines and changes, with List-Unsubscribe.',
          why='Genuine bulk mail: Mailjet infrastructure, List-Unsubscribe/One-Click, informative content with links to the publisher\'s site, nothing to log into; subscribed by the accountant.',
          pair=([23], 'KSeF topic with links, but an informational newsletter from a subscribed publisher, no login or deadline threat'))
def _(m):
    m.use(Mailjet())
    m.when('2026-11-18 07:00:05', 'pl')
    m.frm = ('Portal Ksi\u0119gowych', 'newsletter@portalksiegowych.pl')
    m.to = [(None, S('pl_acc')[1])]
    m.subject = 'Biuletyn nr 46/2026: KSeF po 10 miesi\u0105cach - najcz\u0119stsze b\u0142\u0119dy i zmiany od stycznia'
    cid = rhex(m.rng, 12)
    unsub = 'https://x8k2q.mjt.lu/unsub2?m=%s&b=%s&e=%s&x=%s' % (ralnum(m.rng, 12), rhex(m.rng, 8), rhex(m.rng, 8), ralnum(m.rng, 22))
    m.extra = [('List-Unsubscribe', '<%s>, <mailto:unsub-%s@x8k2q.mjt.lu>' % (unsub, rhex(m.rng, 24))),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    trk = lambda: 'https://x8k2q.mjt.lu/lnk/%s/%s' % (ralnum(m.rng, 30), ralnum(m.rng, 40))
    arts = [('KSeF po 10 miesi\u0105cach: pi\u0119\u0107 najcz\u0119stszych b\u0142\u0119d\u00f3w przy odbiorze faktur',
             'Jak weryfikowa\u0107 uprawnienia, co z fakturami wystawionymi w trybie offline i jak dokumentowa\u0107 dat\u0119 otrzymania.'),
            ('Zmiany od 1 stycznia 2027 r.', 'Przegl\u0105d projektowanych zmian w ustawie o VAT i w strukturze FA(3).'),
            ('Webinar 3 grudnia, godz. 10:00', 'KSeF w biurze rachunkowym - tokeny, uprawnienia, integracje. Udzia\u0142 bezp\u0142atny dla prenumerator\u00f3w.')]
    links = [trk() for _ in arts]
    t = 'Portal Ksi\u0119gowych - Biuletyn nr 46/2026\n\n' + '\n\n'.join('%s\n%s\nCzytaj: %s' % (a, b, l) for (a, b), l in zip(arts, links))
    t += ('\n\nOtrzymujesz t\u0119 wiadomo\u015b\u0107, poniewa\u017c zapisa\u0142e\u015b si\u0119 na biuletyn w serwisie portalksiegowych.pl.\n'
          'Wypisz si\u0119: %s\nPortal Ksi\u0119gowych sp. z o.o., ul. Prosta 51, 00-838 Warszawa\n' % unsub)
    body = ''.join('<h2 style="font-size:17px;margin:16px 0 6px 0;color:#0b4f6c">%s</h2><p style="margin:0 0 6px 0">%s</p><p><a href="%s">Czytaj dalej</a></p>'
                   % (H.escape(a), H.escape(b), l) for (a, b), l in zip(arts, links))
    h = H.notice('Biuletyn nr 46/2026', body, color='#0b4f6c', lang='pl', brand='Portal Ksi\u0119gowych',
                 footer='Otrzymujesz t\u0119 wiadomo\u015b\u0107, poniewa\u017c zapisa\u0142e\u015b si\u0119 na biuletyn w serwisie portalksiegowych.pl.<br>'
                        '<a href="%s">Wypisz si\u0119</a><br>Portal Ksi\u0119gowych sp. z o.o., ul. Prosta 51, 00-838 Warszawa' % unsub)
    m.root = alt(m, mime.text(t, 'utf-8', 'quoted-printable'), mime.text(h, 'utf-8', 'quoted-printable', 'html'))
