"""Polish genuine business messages (5)."""
import banking as B
import content as C
import infra as I
from message import Msg
from mime import plain, html, alt, mixed, attachment
from people import S, BANK, TAXID

LBL = dict(pos='Lp.', desc='Nazwa towaru lub usługi', qty='Ilość', unit='Cena netto', amount='Wartość netto', net='Razem netto',
           vat='VAT 23%', total='Razem brutto')
KSEF_NO = '%s-20261113-4A7C2E91B3D5-6F' % TAXID['partner_logistik']


def b22():
    pay = ['Termin płatności: 27.11.2026, przelew', 'Mechanizm podzielonej płatności: nie dotyczy',
           'Rachunek (wykaz podatników VAT): %s - mBank S.A.' % B.fmt_iban(BANK['partner_logistik']),
           'Numer KSeF: %s' % KSEF_NO, 'Wizualizacja faktury ustrukturyzowanej wystawionej w KSeF.']
    data, tot = C.invoice_pdf(
        ['Partner Logistik sp. z o.o.', 'ul. Kwidzyńska 6, 51-416 Wrocław · NIP %s · KRS 0000418273' % B.fmt_nip(TAXID['partner_logistik'])],
        ['Nabywca:', 'Example Group Polska sp. z o.o.', 'ul. Legnicka 48, 54-202 Wrocław', 'NIP %s' % B.fmt_nip(TAXID['example_pl'])],
        [((56, 'Faktura VAT nr FV/2026/11/0387'), (330, 'Data wystawienia: 13.11.2026')),
         ((56, 'Data sprzedaży: 31.10.2026'), (330, 'Zamówienie: EG-PL-2026-0219'))],
        'Faktura VAT',
        [('Przygotowanie pojazdu do wynajmu (PDI, mycie, kontrola)', 64, '145.00'),
         ('Przechowanie pojazdów - plac Wrocław Bierutowska (doba)', 410, '9.50'),
         ('Transfer pojazdu Wrocław - Katowice Pyrzowice', 6, '520.00')],
        23, LBL, pay,
        meta=dict(title='FV/2026/11/0387', creator='Comarch ERP Optima', producer='Comarch ERP Optima 2026.1', date="D:20261113084411+01'00'"),
        style='pl', currency='zł')
    text = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/0387 z dnia 13.11.2026 za przygotowanie, przechowanie i transfery pojazdów w październiku.

Faktura została wystawiona w Krajowym Systemie e-Faktur.
Numer KSeF: %s

Kwota do zapłaty: %s zł, termin płatności: 27.11.2026.
Rachunek bez zmian, zgodny z wykazem podatników VAT (mBank).

Pozdrawiamy
Dział Księgowości
Partner Logistik sp. z o.o.
tel. 71 307 44 00""" % (KSEF_NO, C.money(tot['total'], 'pl'))
    body = mixed(C.outlook_alt(text, 'iso-8859-2', 'quoted-printable', lang='PL'),
                 attachment('application/pdf', 'FV_2026_11_0387.pdf', data))
    return Msg('partner-logistik-faktura-ksef', ('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl'), [S('pl_acc')],
               'Faktura FV/2026/11/0387 - Partner Logistik sp. z o.o.', (2026, 11, 13, 9, 2, 31), body, I.exchange_online,
               infra_kw=dict(region='eur', tenant_id='2f7d3b10-8c4e-4a91-b6d2-5e0f1a9c7b38'),
               what='Genuine invoice from logistics partner Partner Logistik with KSeF number and PDF visualisation.',
               why='Genuine partner-logistik.pl on its Microsoft 365 tenant; KSeF number quoted; unchanged bank account consistent with the VAT white list.',
               hard_neg=[('ksef-token-wygasl-phish', 'KSeF invoice FV/2026/11/0387'),
                         ('partner-logistik-lookalike-konto', 'same partner, payment of FV/2026/11/0387')])


def b23():
    text = """Pani Małgorzato,

mimo dwóch przypomnień z naszej księgowości nadal nieopłacone są faktury:
- FV/2026/10/0311 - 18 450,00 zł, termin płatności 31.10.2026
- FV/2026/11/0352 - 9 870,60 zł, termin płatności 15.11.2026

Jeżeli należność nie wpłynie do 9 grudnia, będziemy niestety zmuszeni wstrzymać przyjmowanie kolejnych pojazdów do przygotowania oraz wydawanie aut z naszego placu do czasu uregulowania zaległości. Zdaję sobie sprawę, że to trudny moment przed sezonem świątecznym, dlatego piszę z wyprzedzeniem.

Rachunek bez zmian - ten sam, co na fakturach i w wykazie podatników VAT. Jeśli płatność jest już w drodze, proszę o krótką informację. Chętnie też porozmawiam telefonicznie: 71 307 44 18.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. współpracy z klientami
Partner Logistik sp. z o.o."""
    body = C.outlook_alt(text, 'windows-1250', 'base64', lang='PL')
    return Msg('partner-logistik-wezwanie-wstrzymanie', ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), [S('pl_mgr')],
               'Zaległe płatności - wstrzymanie przyjęć pojazdów od 10.12', (2026, 12, 2, 15, 48, 0), body, I.exchange_online,
               cc=[S('pl_acc')], infra_kw=dict(region='eur', tenant_id='2f7d3b10-8c4e-4a91-b6d2-5e0f1a9c7b38'),
               what='Urgent but genuine payment reminder from the partner, threatening to stop vehicle intake.',
               why='Real contact on the partner\'s tenant; real overdue invoices; explicitly the unchanged white-list account; offers a phone call.',
               hard_neg=[('partner-logistik-lookalike-konto', 'same partner and contact, payment demand')])


def b24():
    text = """Szanowni Państwo,

saldo konta prepaid w systemie e-TOLL dla konta klienta nr 4470218833 (EXAMPLE GROUP POLSKA SP. Z O.O.) spadło poniżej ustawionego progu powiadomień (100,00 zł).

Aktualne saldo: 86,40 zł
Stan na: 20.11.2026, 06:00

Aby uniknąć przejazdów bez uiszczonej opłaty, zasil konto w aplikacji e-TOLL PL lub w Internetowym Koncie Klienta na stronie etoll.gov.pl.

Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać. Krajowa Administracja Skarbowa nie wysyła wiadomości z linkami do płatności w domenach innych niż etoll.gov.pl.

Zespół e-TOLL
Krajowa Administracja Skarbowa"""
    body = plain(text, 'iso-8859-2', '8bit')
    return Msg('etoll-niskie-saldo-echt', ('e-TOLL', 'powiadomienia@etoll.gov.pl'), [S('pl_mgr')],
               'e-TOLL: niskie saldo konta prepaid', (2026, 11, 20, 6, 12, 0), body, I.corp_gateway,
               infra_kw=dict(out_host='mailgw02.etoll.gov.pl', out_ip='195.164.49.21', inner_host='notif-app01.etoll.gov.pl',
                             inner_ip='10.201.14.33', mailer=None),
               hcs='iso-8859-2', henc='Q',
               what='Genuine low-balance notice from the Polish e-TOLL system for the company\'s prepaid account (rental trucks).',
               why='From etoll.gov.pl through its own gateway; threshold notice set by the customer; no link, tells the user to use the app/IKK; no threat.',
               hard_neg=[('etoll-saldo-ujemne-phish', 'e-TOLL account balance')])


def b25():
    text = """Pani Małgorzato, dzień dobry,

niestety rozłożyła mnie grypa - lekarz wystawił e-ZLA do piątku 11.12 włącznie, zwolnienie powinno być już widoczne na PUE ZUS.

Piszę z prywatnej poczty, bo laptop został w biurze.

Najpilniejsza sprawa: przelew do Partner Logistik za FV/2026/10/0311 i FV/2026/11/0352 jest przygotowany w bankowości i czeka tylko na drugą akceptację - proszę, żeby Pani go zatwierdziła. Rachunek sprawdziłem na białej liście, jest ten sam co zawsze.

Pozdrawiam
Paweł Dąbrowski"""
    body = plain(text, 'UTF-8', 'quoted-printable')
    return Msg('zwolnienie-l4-prywatna-poczta', ('Paweł Dąbrowski', 'pawel.dabrowski85@wp.pl'), [S('pl_mgr')], 'L4 do piątku',
               (2026, 12, 7, 7, 55, 12), body, I.wp, hcs='UTF-8', henc='Q',
               infra_kw=dict(client_ip='83.26.147.92', client_rdns='abcx92.neoplus.adsl.tpnet.pl'),
               what='Accountant reports sick leave from his private WP address and asks his manager to approve a prepared payment in e-banking.',
               why='Consistent with the ongoing Partner Logistik reminder (b23); payment is to the unchanged white-listed account and is approved in '
                   'the bank by the manager herself (four-eyes); no new bank details; Polish residential IP via WP.',
               hard_neg=[('payroll-diversion-webde', 'staff writing from private mail'),
                         ('partner-logistik-lookalike-konto', 'payment to Partner Logistik')])


def b26():
    text = """Drodzy,

centrala IT w Düsseldorfie (Lukas Brandt) prosi o przekazanie ważnej informacji. W ostatnich tygodniach kilka firm z naszej branży padło ofiarą oszustów podszywających się pod dział IT: najpierw skrzynka zalewana jest setkami wiadomości, potem dzwoni „helpdesk” przez Microsoft Teams i prosi o uruchomienie Szybkiej pomocy (Quick Assist) lub AnyDesk.

Nasz Service Desk:
- nigdy nie dzwoni z kont zewnętrznych (w Teams oznaczonych jako „Zewnętrzny” / „External”),
- nigdy nie prosi o uruchomienie Szybkiej pomocy, AnyDesk ani TeamViewer bez zgłoszenia w systemie ticketowym (numer zawsze zaczyna się od INC),
- nigdy nie prosi o zachowanie czegokolwiek w tajemnicy przed przełożonym.

W razie wątpliwości rozłączcie się i zadzwońcie na wewnętrzny 4444 (Service Desk, po angielsku lub niemiecku) albo do mnie.

Pozdrawiam
Małgorzata Wójcik
Office Manager
Example Group Polska sp. z o.o."""
    body = C.outlook_alt(text, 'windows-1250', 'quoted-printable', lang='PL')
    return Msg('komunikat-it-falszywy-helpdesk', S('pl_mgr'), [('Wrocław - wszyscy', 'wroclaw@example.com')],
               'Ważne: fałszywe połączenia „Helpdesk IT” w Teams', (2026, 11, 26, 12, 5, 0), body, I.internal_exchange,
               rcpt=S('pl_acc')[1], infra_kw=dict(mailbox_srv='EXCH02', client_ip='10.42.1.37'),
               what='Internal notice from the Wrocław office manager warning about fake IT help-desk calls via Teams and Quick Assist.',
               why='Internal Exchange -> mail-int01 path from the real office manager to the office distribution list; awareness message, asks for nothing.',
               hard_neg=[('teams-helpdesk-quick-assist', 'IT help desk / Teams / Quick Assist')])


def messages():
    return [b22(), b23(), b24(), b25(), b26()]
