"""Polish attack messages (5)."""
import banking as B
import content as C
import infra as I
from message import Msg
from mime import plain, html, alt, mixed, attachment
from people import S, BANK, TAXID


def m22():
    url = 'https://ksef.podatki.gov.pl.ksef-logowanie.com/web/login?ref=FV-2026-11-0387'
    paras = ['Szanowni Państwo,',
             'faktura ustrukturyzowana nr **FV/2026/11/0387** wystawiona przez Partner Logistik sp. z o.o. (NIP %s) na rzecz '
             '**Example Group Polska sp. z o.o.** (NIP %s) nie została udostępniona odbiorcy z powodu wygaśnięcia tokenu '
             'autoryzacyjnego podmiotu w Krajowym Systemie e-Faktur.' % (B.fmt_nip(TAXID['partner_logistik']), B.fmt_nip(TAXID['example_pl'])),
             'Do czasu ponownego uwierzytelnienia faktury wystawione na Państwa firmę nie są doręczane, a wynikające z nich koszty nie mogą zostać '
             'ujęte w rozliczeniu VAT za listopad.',
             'Prosimy o zalogowanie się przez login.gov.pl (profil zaufany lub bankowość elektroniczna) w ciągu **72 godzin**.',
             'Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.']
    footer = 'Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa. Krajowa Administracja Skarbowa.'
    body = C.brand_alt('KSeF: wymagane ponowne uwierzytelnienie', 'KSeF', '#d4213d', paras,
                       button=('Zaloguj się do KSeF', url), footer=footer, charset='iso-8859-2', cte='quoted-printable', lang='pl',
                       logo_text='Krajowy System e-Faktur')
    return Msg('ksef-token-wygasl-phish', ('Krajowy System e-Faktur (KSeF)', 'powiadomienia@ksef-podatki.pl'), [S('pl_acc')],
               'KSeF: faktura FV/2026/11/0387 nieudostępniona - wymagane ponowne uwierzytelnienie', (2026, 11, 16, 8, 33, 12), body,
               I.brevo,
               what='Credential phishing on Poland\'s mandatory e-invoicing system KSeF: "authorisation token expired", log in via login.gov.pl within 72 h.',
               why='Brevo from ksef-podatki.pl; link to ksef.podatki.gov.pl.ksef-logowanie.com (subdomain trick); KSeF does not e-mail buyers about '
                   'tokens; harvests Profil Zaufany / online-banking logins; VAT-deduction threat; uses real partner and NIP data for credibility.')


def m23():
    iban = BANK['pl_mule']
    text = """Dzień dobry Pani Małgorzato,

uprzejmie informuję, że w związku z przeniesieniem obsługi bankowej naszej spółki do Alior Banku, od 1 grudnia 2026 r. płatności za nasze faktury prosimy kierować wyłącznie na nowy rachunek:

Partner Logistik sp. z o.o.
%s
Alior Bank S.A.

Nowy rachunek zostanie zgłoszony do wykazu podatników VAT (biała lista) w ciągu kilku dni roboczych – do tego czasu prosimy nie sugerować się brakiem rachunku w wykazie, przelewy są w pełni bezpieczne. Dotyczy to również faktur FV/2026/11/0352 i FV/2026/11/0387, które są już w Państwa systemie.

Oficjalne pismo podpisane przez zarząd przesyłam w załączniku. Proszę o potwierdzenie zmiany w systemie odpowiedzią na tę wiadomość.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. współpracy z klientami
Partner Logistik sp. z o.o.
ul. Kwidzyńska 6, 51-416 Wrocław""" % B.fmt_iban(iban)
    pdfdata = C.pdf_doc(
        ['Partner Logistik sp. z o.o.', 'ul. Kwidzyńska 6, 51-416 Wrocław · NIP %s · KRS 0000418273' % B.fmt_nip(TAXID['partner_logistik'])],
        [('Wrocław, 23.11.2026', {'x': 420}), '', 'Example Group Polska sp. z o.o.', 'ul. Legnicka 48', '54-202 Wrocław', '',
         ('Zawiadomienie o zmianie rachunku bankowego', {'bold': True, 'size': 12}), '',
         'Niniejszym informujemy, że od dnia 01.12.2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o.',
         'należy realizować wyłącznie na rachunek:', '',
         ('%s   (Alior Bank S.A.)' % B.fmt_iban(iban), {'bold': True}), '',
         'Dotychczasowy rachunek w mBank S.A. zostanie zamknięty.', '',
         'Z poważaniem', '', 'Zarząd Partner Logistik sp. z o.o.'],
        meta=dict(title='Zmiana rachunku', author='T.Zielinski', creator='Writer', producer='LibreOffice 7.6', date="D:20261123101502+01'00'"))
    body = mixed(C.tb_alt(text, 'windows-1250', 'quoted-printable'),
                 attachment('application/pdf', 'Partner_Logistik_zmiana_rachunku.pdf', pdfdata))
    return Msg('partner-logistik-lookalike-konto', ('Tadeusz Zieliński', 't.zielinski@partner-logistiks.pl'), [S('pl_mgr')],
               'Zmiana rachunku bankowego – Partner Logistik sp. z o.o.', (2026, 11, 23, 10, 41, 8), body, I.vps_postfix,
               cc=[S('pl_acc')], infra_kw=dict(host='mail.partner-logistiks.pl', ip='167.86.94.121', rdns='vmi1893307.contaboserver.net',
                                              webmail_ip='89.64.12.240', ua='Mozilla Thunderbird'),
               hcs='windows-1250', henc='Q',
               what='Supplier bank-detail change impersonating Partner Logistik: new Alior Bank account from December, including two open invoices.',
               why='Look-alike domain partner-logistiks.pl (extra "s") on a Contabo VPS; new account admittedly not on the VAT white list and the recipient is '
                   'told to ignore that check (the key Polish anti-fraud control); confirmation only by reply; generic PDF "letter" without signature.')


def m24():
    num = '620804715530221944172201'
    url = 'https://inpost.pl-doplata.shop/p/%s' % num
    paras = ['Twoja przesyłka nr **%s** nie mogła zostać umieszczona w Paczkomacie **WRO12M** z powodu niepełnego adresu '
             'i nieuregulowanej opłaty za zmianę punktu odbioru.' % num,
             'Aby odebrać paczkę, potwierdź dane i uiść dopłatę **1,99 zł** w ciągu 48 godzin. Po tym czasie przesyłka wróci do nadawcy.',
             'Dziękujemy, zespół InPost']
    footer = 'InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków'
    body = C.brand_alt('Twoja paczka czeka na dopłatę', 'InPost', '#ffcd00', paras, button=('Zapłać i odbierz', url), footer=footer,
                       charset='utf-8', cte='base64', lang='pl')
    return Msg('inpost-doplata-card-phish', ('InPost', 'powiadomienia@pensjonat-pod-lipami.pl'), [S('pl_mgr')],
               'Twoja paczka czeka na dopłatę 1,99 zł', (2026, 12, 2, 13, 55, 40), body, I.cpanel_exim,
               infra_kw=dict(server='s41.cyber-folks.pl', ip='195.78.66.141', rdns='s41.cyber-folks.pl', site='pensjonat-pod-lipami.pl',
                             client_ip='91.92.245.18', user='pensjona'),
               what='Parcel "surcharge" phishing impersonating InPost (1.99 zł to release a parcel).',
               why='Display-name spoof of InPost sent by PHPMailer from a compromised guest-house website; payment page on inpost.pl-doplata.shop; '
                   'small-fee lure to steal card data/3-D Secure codes.')


def m25():
    url = 'https://etoll.gov.pl.konto-doladowanie.com/klient/saldo?konto=4470218833'
    paras = ['Szanowni Państwo,',
             'informujemy, że saldo konta e-TOLL nr **4470218833** przypisanego do Example Group Polska sp. z o.o. jest ujemne (**-412,86 zł**). '
             'Przejazdy 3 pojazdów ciężarowych rozliczanych w systemie e-TOLL zostały zarejestrowane bez pokrycia.',
             'W przypadku braku doładowania w ciągu 24 godzin konto zostanie zablokowane, a za każdy przejazd bez uiszczonej opłaty zostanie '
             'nałożona kara w wysokości 1500 zł.',
             'Zespół obsługi e-TOLL']
    body = C.brand_alt('e-TOLL: ujemne saldo konta', 'e-TOLL', '#1a3d8f', paras, button=('Doładuj konto', url),
                       footer='Krajowa Administracja Skarbowa, system e-TOLL', charset='iso-8859-2', cte='base64', lang='pl')
    return Msg('etoll-saldo-ujemne-phish', ('e-TOLL', 'powiadomienia@etoll-powiadomienia.pl'), [S('pl_acc')],
               'e-TOLL: ujemne saldo konta - blokada urządzeń', (2026, 11, 27, 7, 12, 3), body, I.mailgun,
               infra_kw=dict(domain='mg.etoll-powiadomienia.pl'),
               what='Payment phishing impersonating e-TOLL (Polish electronic toll for the rental trucks): negative balance, top up within 24 h.',
               why='Mailgun from look-alike etoll-powiadomienia.pl; top-up link to etoll.gov.pl.konto-doladowanie.com (subdomain trick); 24-hour block threat '
                   'and 1500 zł fine; genuine e-TOLL mail comes from etoll.gov.pl and never contains payment links to other domains.')


def m26():
    text = """Dzień dobry Panie Pawle,

nasz system wykrył, że od wczoraj na Pana skrzynkę trafiło ponad 1200 wiadomości typu spam (masowe zapisy do newsletterów). To celowy atak na Pana konto i musimy pilnie zainstalować poprawkę filtra na Pana komputerze.

W ciągu najbliższych 15 minut zadzwoni do Pana nasz technik przez Microsoft Teams (konto „Example Group IT Support”). Prosimy przyjąć połączenie, uruchomić aplikację Szybka pomoc (Quick Assist, skrót Ctrl + Windows + Q) i podać technikowi wyświetlony kod zabezpieczeń. Instalacja potrwa ok. 10 minut.

Prosimy nie zgłaszać sprawy przełożonemu ani do centrali – zgłoszenie jest już obsługiwane przez zespół bezpieczeństwa w Düsseldorfie.

Pozdrawiamy
Dział IT / Service Desk
Example Group"""
    body = C.outlook_alt(text, 'windows-1250', 'quoted-printable', lang='PL')
    return Msg('teams-helpdesk-quick-assist', ('Dział IT – Example Group', 'helpdesk.it@examplegroupsupport.onmicrosoft.com'), [S('pl_acc')],
               'Pilne: zgłoszenie #IT-48817 – masowy spam na Pana skrzynce', (2026, 11, 24, 9, 31, 7), body, I.exchange_online,
               infra_kw=dict(region='eur'),
               what='Help-desk impersonation announcing a Teams call from "IT Support" to run Quick Assist (remote access) after a spam flood.',
               why='External onmicrosoft.com tenant posing as internal IT (Storm-1811/Black Basta pattern: e-mail bombing, Teams vishing, Quick Assist '
                   'session code); secrecy towards the manager and HQ; real IT tickets come from the internal relay.')


def messages():
    return [m22(), m23(), m24(), m25(), m26()]
