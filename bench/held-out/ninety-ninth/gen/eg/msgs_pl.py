"""Polish attack and business messages (Kielce office)."""
from .compose import attack, business, std, outlook_html, paras_html, esc, quote_lines
from .mime import text, html, attachment, Multi, addr
from . import infra as I
from .infra import Env, fdate
from .company import BANK, VAT
from .checks import fmt_iban, fmt_nip
from .docs import letter_pdf, table_lines
from .pdf import make_pdf

ZIELINSKI_SIG = """Tadeusz Zieliński
Kierownik ds. Przewozów
Partner Logistik sp. z o.o.
ul. Półłanki 64, 30-740 Kraków
tel. +48 12 307 44 18, kom. +48 601 318 277"""
SUBJ_ZT = 'Zlecenie transportowe ZT/2026/1184 - kruszywo 0/31,5 Kielce - Rzeszów'


# =============================================================================
# ATTACKS
# =============================================================================
@attack('pl', 'partner-compromised-canva-link', (2026, 10, 23, 13, 48, 2), 'pawel.wrobel@example.com',
        'Thread hijack from the genuinely compromised mailbox of Partner Logistik (Tadeusz Zieliński): reply in the real transport-order thread pointing to "documents" on a Canva page.',
        'Real domain and provider (home.pl), but sent through webmail from a Dutch VPS address; content does not follow the quoted thread; "our server rejects attachments" excuse; link to a Canva design (abused genuine service) that forwards to a credential page. Genuine message in this thread: business/22.',
        pair='business/22')
def a_pl_hijack(c):
    snd = 't.zielinski@partner-logistik.pl'
    env = I.homepl(c, snd, '185.%d.%d.%d' % (c.rint(100, 110), c.rint(1, 254), c.rint(1, 254)), webmail=True)
    prev = '<%s@partner-logistik.pl>' % c.uuid()
    mine = '<%s@EXCH01.corp.example.com>' % c.hexs(32)
    link = 'https://www.canva.com/design/DAG%s/%s/view' % (c.alnum(8), c.alnum(22))
    quoted = """W dniu 09.10.2026 o 11:30, Tadeusz Zieliński pisze:
> Dzień dobry Panie Pawle,
> potwierdzam podstawienie 6 zestawów (wywrotki 24 t) na 14-16.10,
> załadunek w kopalni Trzuskawica od 6:00.
> Pozdrawiam
> Tadeusz Zieliński"""
    body = """Dzień dobry Panie Pawle,

w nawiązaniu do naszej korespondencji przesyłam zaktualizowane zestawienie kosztów transportu oraz korektę faktury za wrzesień. Dokumenty udostępniłem przez Canva, ponieważ nasz serwer odrzuca większe załączniki.

Zobacz dokumenty (PDF, 3 pliki):
%s

Proszę o weryfikację do końca dnia, abyśmy mogli zamknąć rozliczenie miesiąca.

Z poważaniem
%s

%s
""" % (link, ZIELINSKI_SIG, quoted)
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"></head><body style="font-family: Verdana, Geneva, sans-serif; font-size: 10pt">' + \
        paras_html(body.split('Zobacz dokumenty')[0]) + '<p><a href="%s">Zobacz dokumenty (PDF, 3 pliki)</a></p>' % esc(link) + \
        paras_html(body.split(link)[1].split('W dniu')[0]) + '<blockquote type="cite" style="padding:0 0.4em;border-left:#1010ff 2px solid;margin:0">' + \
        paras_html('\n'.join(l[2:] for l in quoted.split('\n')[1:])) + '</blockquote></body></html>'
    alt = Multi('alternative', [text(body, charset='ISO-8859-2', cte='quoted-printable', extra=[('format', 'flowed', False)]),
                                html(h, charset='ISO-8859-2', cte='quoted-printable')], env.boundary(0))
    return std(env, addr('Tadeusz Zieliński', snd, 'ISO-8859-2'), addr('Paweł Wróbel', 'pawel.wrobel@example.com', 'ISO-8859-2'),
               'Re: ' + SUBJ_ZT, alt, irt=prev, refs='%s %s' % (mine, prev), subj_charset='ISO-8859-2', style='generic')


@attack('pl', 'ksef-token-phish-ses', (2026, 11, 3, 7, 45, 12), 'malgorzata.lukasik@examplegroup.eu',
        'Fake Ministry of Finance notice via Amazon SES: the company\'s KSeF (national e-invoicing system) authorisation token "expires", renew by logging in with Profil Zaufany / e-Urząd Skarbowy credentials.',
        'KSeF notices do not come by e-mail from ksef-mf.pl (official: ksef.mf.gov.pl / podatki.gov.pl); bulk ESP; real NIP harvested from public registers; threat of not being able to issue or receive invoices; link harvests government-ID credentials. Genuine KSeF-numbered invoice: business/23.',
        pair='business/23')
def a_pl_ksef(c):
    snd = 'powiadomienia@ksef-mf.pl'
    env = I.ses(c, snd, region='eu-central-1', date_zone='PL')
    nip = VAT['eg_pl']
    link = 'https://ksef-mf.pl/aplikacja-podatnika/odnow-token?nip=%s&sid=%s' % (nip, c.hexs(24))
    body = """Szanowni Państwo,

informujemy, że token autoryzacyjny KSeF wygenerowany dla podmiotu EXAMPLE GROUP POLSKA SP. Z O.O. (NIP %s) wygasa w dniu 06.11.2026 r.

Po tym terminie wystawianie i pobieranie faktur ustrukturyzowanych w Krajowym Systemie e-Faktur nie będzie możliwe, a faktury przesłane przez kontrahentów nie zostaną Państwu udostępnione. Od 2026 r. korzystanie z KSeF jest obowiązkowe.

Aby odnowić token, prosimy o ponowne uwierzytelnienie w Aplikacji Podatnika KSeF za pomocą profilu zaufanego, podpisu kwalifikowanego lub danych logowania do e-Urzędu Skarbowego:

%s

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
Ministerstwo Finansów
Krajowy System e-Faktur
""" % (fmt_nip(nip), link)
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<table width="620" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#d4213d;height:6px"></td></tr>
<tr><td style="padding:18px 0;font-size:20px;font-weight:bold">Krajowy System e-Faktur <span style="font-weight:normal;color:#666">| Ministerstwo Finansów</span></td></tr>
<tr><td>%s<p><a href="%s" style="display:inline-block;background:#1f4fa0;color:#fff;padding:11px 22px;text-decoration:none">Odnów token KSeF</a></p>
<p style="font-size:11px;color:#777">Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.</p></td></tr></table></body></html>
""" % (paras_html(body.split('Aby odnowić')[0] + 'Aby odnowić token, prosimy o ponowne uwierzytelnienie w Aplikacji Podatnika KSeF za pomocą profilu zaufanego, podpisu kwalifikowanego lub danych logowania do e-Urzędu Skarbowego.'), esc(link))
    alt = Multi('alternative', [text(body, charset='UTF-8', cte='quoted-printable'), html(h, charset='UTF-8', cte='quoted-printable')], env.boundary())
    return std(env, addr('Krajowy System e-Faktur (KSeF)', snd), 'malgorzata.lukasik@examplegroup.eu',
               'KSeF: token autoryzacyjny wygasa 06.11.2026 – wymagane ponowne uwierzytelnienie', alt, subj_mode='B')


@attack('pl', 'inpost-fee-card-phish', (2026, 11, 26, 16, 20, 35), 'pawel.wrobel@example.com',
        'Courier phishing in InPost branding via Mailjet: parcel held in a Paczkomat, pay 1.99 PLN for "extended storage" or it goes back to the sender.',
        'Look-alike domain inpost-paczkomat24.pl on a bulk ESP, invented tracking number, tiny fee to harvest card data and 3-D Secure codes, deadline the next day; InPost does not charge recipients this way.')
def a_pl_inpost(c):
    snd = 'powiadomienia@inpost-paczkomat24.pl'
    env = I.mailjet(c, snd, date_zone='PL')
    trk = '6203 4418 0027 5519 8843 12'
    link = 'https://inpost-paczkomat24.pl/odbior/%s?k=%s' % (trk.replace(' ', ''), c.hexs(10))
    body = """Cześć!

Twoja paczka nr %s nie mogła zostać umieszczona w wybranym Paczkomacie z powodu niepełnych danych adresowych. Przesyłka oczekuje w Paczkomacie KIE12M (Kielce, ul. Warszawska 34).

Aby odebrać paczkę, uzupełnij dane i opłać przedłużenie przechowywania (1,99 zł) do 27.11.2026, godz. 23:59. Po tym terminie przesyłka zostanie zwrócona do nadawcy.

Opłać i odbierz: %s

Dziękujemy,
Zespół InPost
""" % (trk, link)
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body style="margin:0;background:#f5f5f5;font-family:Montserrat,Arial,sans-serif">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#ffcd00;padding:16px 24px;font-size:24px;font-weight:bold;color:#1d1d1b">InPost</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#1d1d1b">%s
<p style="text-align:center"><a href="%s" style="background:#1d1d1b;color:#ffcd00;padding:13px 30px;text-decoration:none;font-weight:bold;border-radius:3px">Opłać 1,99 zł i odbierz</a></p>
<p>Dziękujemy,<br>Zespół InPost</p></td></tr></table></body></html>
""" % (paras_html(body.split('Opłać i odbierz')[0]), esc(link))
    alt = Multi('alternative', [text(body, charset='iso-8859-2', cte='quoted-printable'), html(h, charset='iso-8859-2', cte='quoted-printable')], env.boundary())
    return std(env, addr('InPost', snd), 'pawel.wrobel@example.com',
               'Twoja paczka czeka w Paczkomacie KIE12M - wymagana dopłata 1,99 zł', alt, subj_charset='iso-8859-2')


@attack('pl', 'tender-portal-lookalike', (2026, 10, 30, 10, 5, 48), 'pawel.wrobel@example.com',
        'Trade-specific portal phishing: invitation to bid for 12,000 t of crushed aggregate for a GDDKiA road project on a look-alike of platformazakupowa.pl; bid documents only after Microsoft 365 login.',
        'Domain platforma-zakupowa-przetargi.pl on an OVH VPS (real platform: platformazakupowa.pl, which uses its own accounts, see business/24); short deadline; credential harvest with a plausible tender for exactly the company\'s product.',
        pair='business/24')
def a_pl_tender(c):
    snd = 'zaproszenia@platforma-zakupowa-przetargi.pl'
    ip = '54.36.%d.%d' % (c.rint(1, 254), c.rint(1, 254))
    env = I.vps_postfix(c, snd, 'mail.platforma-zakupowa-przetargi.pl', ip, rdns='ip%s.ip-54-36-%d.eu' % (ip.split('.')[3], int(ip.split('.')[2])),
                        mua='phpmailer', date_zone='PL')
    link = 'https://platforma-zakupowa-przetargi.pl/transakcja/1187342/logowanie?sso=microsoft'
    body = """Szanowni Państwo,

Generalna Dyrekcja Dróg Krajowych i Autostrad Oddział w Kielcach zaprasza Państwa firmę do złożenia oferty w postępowaniu:

Dostawa kruszywa łamanego 0/31,5 mm (C90/3) do podbudowy – 12 000 t
Zadanie: rozbudowa DK73, odcinek Morawica – Chmielnik
Numer postępowania: O.KI.D-3.2411.118.2026
Termin składania ofert: 05.11.2026, godz. 10:00

Specyfikacja warunków zamówienia (SWZ), przedmiar oraz wzór umowy są dostępne po zalogowaniu na platformie. Ze względu na ochronę dokumentacji zalogowanie odbywa się za pomocą służbowego konta Microsoft 365 Państwa firmy.

Przejdź do postępowania: %s

Z poważaniem
Zespół platformy zakupowej
""" % link
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head><body style="font-family:Arial,sans-serif;font-size:14px">' + \
        paras_html(body.split('Przejdź do')[0]) + '<p><a href="%s" style="background:#2f7ec1;color:#fff;padding:10px 20px;text-decoration:none">Przejdź do postępowania</a></p><p>Z poważaniem<br>Zespół platformy zakupowej</p></body></html>' % esc(link)
    alt = Multi('alternative', [text(body, charset='windows-1250', cte='quoted-printable'), html(h, charset='windows-1250', cte='quoted-printable')], env.boundary())
    return std(env, addr('Platforma zakupowa - powiadomienia', snd), 'pawel.wrobel@example.com',
               'Zaproszenie do złożenia oferty: dostawa kruszywa łamanego 0/31,5 – 12 000 t (DK73)', alt, subj_charset='windows-1250')


@attack('pl', 'partner-bank-change-not-whitelisted', (2026, 12, 7, 9, 12, 26), 'malgorzata.lukasik@examplegroup.eu',
        'Bank-detail change from a look-alike of the logistics partner (partnerlogistik.pl, no hyphen): pay two real November invoices to a new Alior account that is "not yet on the VAT white list", without split payment.',
        'Look-alike domain on a budget VPS; the request to pay to an account absent from the Polish VAT white list and to skip the split-payment mechanism is itself a red flag (tax liability); real invoice numbers for credibility. Genuine Partner Logistik invoice: business/23.',
        pair='business/23')
def a_pl_bank(c):
    snd = 'ksiegowosc@partnerlogistik.pl'
    ip = '91.%d.%d.%d' % (c.rint(185, 189), c.rint(1, 254), c.rint(1, 254))
    env = I.vps_postfix(c, snd, 'mail.partnerlogistik.pl', ip, rdns='vps-%d.cloud-mikrus.pl' % c.rint(1000, 9999), mua='thunderbird', date_zone='PL',
                        client_ip='45.%d.%d.%d' % (c.rint(130, 159), c.rint(1, 254), c.rint(1, 254)))
    iban = fmt_iban(BANK['fraud_pl'])
    body = """Szanowni Państwo,

uprzejmie informujemy, że z dniem 01.12.2026 r. Partner Logistik sp. z o.o. zmieniła bank prowadzący rachunek rozliczeniowy. Prosimy o regulowanie wszystkich należności, w tym faktur FV/2026/11/0417 i FV/2026/11/0452, wyłącznie na nowy rachunek:

Alior Bank S.A.
%s

Nowy rachunek zostanie zgłoszony do wykazu podatników VAT (tzw. białej listy) w ciągu kilku dni roboczych – do tego czasu prosimy o wykonanie przelewów bez mechanizmu podzielonej płatności, aby uniknąć zwrotu środków. Dotychczasowy rachunek w mBanku zostanie zamknięty 15.12.2026.

Prosimy o potwierdzenie zmiany danych w Państwa systemie odpowiedzią na tę wiadomość.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Półłanki 64, 30-740 Kraków
NIP %s
""" % (iban, fmt_nip(VAT['partner_pl']))
    root = text(body, charset='windows-1250', cte='8bit', extra=[('format', 'flowed', False)])
    return std(env, addr('Księgowość Partner Logistik', snd, 'windows-1250'), addr('', 'malgorzata.lukasik@examplegroup.eu'),
               'Zmiana rachunku bankowego – Partner Logistik sp. z o.o.', root, subj_charset='windows-1250')


# =============================================================================
# BUSINESS
# =============================================================================
@business('pl', 'partner-transport-order-thread', (2026, 10, 9, 11, 30, 7), 'pawel.wrobel@example.com',
          'Genuine reply from Partner Logistik\'s transport manager confirming trucks for a transport order; PDF confirmation attached.',
          'Real domain via home.pl with Thunderbird from a Kraków/Kielce residential/office line, answers the actual request, concrete dates and quarry, attachment is a plain PDF. Hard negative of attack/22.',
          pair='attack/22')
def b_pl_order(c):
    snd = 't.zielinski@partner-logistik.pl'
    env = I.homepl(c, snd, '89.%d.%d.%d' % (c.rint(64, 79), c.rint(1, 254), c.rint(1, 254)), mua='thunderbird-full')
    mine = '<%s@EXCH01.corp.example.com>' % c.hexs(32)
    quoted = """W dniu 08.10.2026 o 15:12, Wróbel, Paweł pisze:
> Panie Tadeuszu,
> w załączeniu zlecenie ZT/2026/1184: 1 800 t kruszywa 0/31,5
> z Trzuskawicy do Rzeszowa (baza Budimex, ul. Lubelska), 14-16.10.
> Proszę o potwierdzenie ilości zestawów.
> Pozdrawiam
> Paweł Wróbel"""
    body = """Dzień dobry Panie Pawle,

potwierdzam przyjęcie zlecenia ZT/2026/1184. Podstawimy 6 zestawów (wywrotki 24 t) na 14-16.10, załadunek w kopalni Trzuskawica od 6:00, przy dwóch kursach dziennie na zestaw wychodzi ok. 860 t dziennie, więc całość zamkniemy w trzech dniach.

Potwierdzenie zlecenia z numerami rejestracyjnymi w załączniku. Stawka bez zmian wg umowy ramowej (38,50 zł/t netto).

Pozdrawiam
%s

%s
""" % (ZIELINSKI_SIG, quoted)
    L = [('h1', 'Partner Logistik sp. z o.o.'), ('s', 'ul. Półłanki 64, 30-740 Kraków · NIP %s' % fmt_nip(VAT['partner_pl'])), '',
         ('h2', 'Potwierdzenie zlecenia ZT/2026/1184'), 'Zleceniodawca: Example Group Polska sp. z o.o., ul. Wapienna 7, 25-655 Kielce',
         'Trasa: KW Trzuskawica - Rzeszów, ul. Lubelska (baza budowy)', 'Ładunek: kruszywo łamane 0/31,5, 1 800 t', '---']
    L += table_lines([('Data', 'Zestaw', 'Nr rej.', 'Kierowca'), ('14-16.10', '1', 'KR 7H318', 'M. Nowak'), ('14-16.10', '2', 'KR 4C902', 'J. Wójcik'),
                      ('14-16.10', '3', 'KR 9J117', 'P. Kaczmarek'), ('14-16.10', '4', 'TK 51882', 'A. Mazur'), ('14-16.10', '5', 'TK 60214', 'R. Krawczyk'),
                      ('14-16.10', '6', 'KR 2M556', 'S. Zając')], [12, 8, 12, 16])
    L += ['---', 'Stawka: 38,50 zł/t netto wg umowy ramowej UR/2025/07.', ('s', 'Tadeusz Zieliński, Kierownik ds. Przewozów')]
    pdf = make_pdf(L, title='Potwierdzenie ZT/2026/1184', producer='LibreOffice 24.8', date="20261009112610+02'00'")
    root = Multi('mixed', [text(body, charset='ISO-8859-2', cte='quoted-printable', extra=[('format', 'flowed', False)]),
                           attachment(pdf, 'application/pdf', 'ZT_2026_1184_potwierdzenie.pdf')], env.boundary(0))
    return std(env, addr('Tadeusz Zieliński', snd, 'ISO-8859-2'), addr('Wróbel, Paweł', 'pawel.wrobel@example.com', 'ISO-8859-2'),
               'Re: ' + SUBJ_ZT, root, irt=mine, refs=mine, subj_charset='ISO-8859-2',
               extra=[('Content-Language', 'pl')])


@business('pl', 'partner-invoice-ksef-number', (2026, 11, 4, 8, 15, 30), 'malgorzata.lukasik@examplegroup.eu',
          'Genuine invoice notification from Partner Logistik\'s accounting (Comarch ERP): invoice issued in KSeF with its KSeF number, PDF visualisation attached, paid to the white-listed mBank account.',
          'Real domain via home.pl, ERP-generated, KSeF number in the correct NIP-date-hex format, payment to the long-standing white-listed account. Hard negative of attack/23 and attack/26.',
          pair='attack/26')
def b_pl_invoice(c):
    snd = 'ksiegowosc@partner-logistik.pl'
    env = I.homepl(c, snd, '89.%d.%d.%d' % (c.rint(64, 79), c.rint(1, 254), c.rint(1, 254)), mua='none')
    env.extra = [('X-Mailer', 'Comarch ERP Optima 2026.1')] + env.extra
    iban = fmt_iban(BANK['partner_pl'])
    ksef = '%s-20261103-%s-%s' % (VAT['partner_pl'], c.hexs(12, True), c.hexs(2, True))
    body = """Szanowni Państwo,

uprzejmie informujemy, że faktura FV/2026/10/0388 z dnia 03.11.2026 została wystawiona w Krajowym Systemie e-Faktur.
Numer KSeF: %s

W załączeniu przesyłamy wizualizację faktury w formacie PDF (dokument informacyjny - fakturą jest dokument ustrukturyzowany w KSeF).

Kwota do zapłaty: 84 591,90 zł
Termin płatności: 03.12.2026
Rachunek (mBank S.A., wykaz podatników VAT): %s

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
""" % (ksef, iban)
    L = [('h1', 'Faktura VAT FV/2026/10/0388'), ('s', 'Numer KSeF: ' + ksef), '', 'Sprzedawca: Partner Logistik sp. z o.o., ul. Półłanki 64, 30-740 Kraków, NIP ' + fmt_nip(VAT['partner_pl']),
         'Nabywca: Example Group Polska sp. z o.o., ul. Wapienna 7, 25-655 Kielce, NIP ' + fmt_nip(VAT['eg_pl']), '---']
    L += table_lines([('Lp', 'Usługa', 'Ilość', 'Cena netto', 'Wartość netto'),
                      ('1', 'Transport kruszywa Trzuskawica-Rzeszów (ZT/2026/1184)', '1 786 t', '38,50', '68 761,00'),
                      ('2', 'Postój ponad normę', '3 h', '180,00', '540,00'),
                      ('', 'Razem netto', '', '', '69 301,00'), ('', 'VAT 23%', '', '', '15 939,23'), ('', 'Do zapłaty (po korekcie KOR/2026/09/004)', '', '', '84 591,90')],
                     [4, 52, 9, 11, 14])
    L += ['---', 'Płatność: przelew, mechanizm podzielonej płatności, do 03.12.2026, rachunek ' + iban]
    pdf = make_pdf(L, title='FV/2026/10/0388', producer='Comarch ERP Optima', date="20261104081244+01'00'")
    root = Multi('mixed', [text(body, charset='windows-1250', cte='base64'), attachment(pdf, 'application/pdf', 'FV_2026_10_0388.pdf')], env.boundary(0))
    return std(env, addr('Partner Logistik - Księgowość', snd, 'windows-1250'), 'malgorzata.lukasik@examplegroup.eu',
               'Faktura FV/2026/10/0388 - Partner Logistik sp. z o.o. (KSeF)', root, subj_charset='windows-1250', style='generic')


@business('pl', 'platformazakupowa-genuine-invite', (2026, 10, 28, 12, 0, 19), 'pawel.wrobel@example.com',
          'Genuine tender invitation from platformazakupowa.pl (county road authority buying aggregates), sent by the platform itself.',
          'Real platform domain and ESP infrastructure, links only to platformazakupowa.pl, login with the platform account, public procurement identifiers, no Microsoft sign-in. Hard negative of attack/25.',
          pair='attack/25')
def b_pl_tender(c):
    snd = 'powiadomienia@platformazakupowa.pl'
    env = I.ses(c, snd, region='eu-central-1', date_zone='PL')
    link = 'https://platformazakupowa.pl/transakcja/1123456'
    body = """Dzień dobry,

Zarząd Dróg Powiatowych w Kielcach zaprasza do udziału w postępowaniu:

Dostawa kruszyw naturalnych i łamanych do bieżącego utrzymania dróg powiatowych w 2027 r.
Numer postępowania: ZDP.261.41.2026
Tryb: podstawowy bez negocjacji (art. 275 pkt 1 Pzp)
Termin składania ofert: 12.11.2026, godz. 10:00

Szczegóły postępowania: %s

Aby złożyć ofertę, zaloguj się na swoje konto w serwisie platformazakupowa.pl. Jeżeli nie chcesz otrzymywać powiadomień o postępowaniach z tej kategorii, zmień ustawienia w zakładce "Moje konto > Powiadomienia".

Pozdrawiamy
Zespół platformazakupowa.pl

Open Nexus sp. z o.o., ul. Bolesława Orzechowskiego 18, 61-315 Poznań
""" % link
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">' + \
        '<div style="border-bottom:3px solid #00a0dc;padding:10px 0;font-size:18px;font-weight:bold">platformazakupowa.pl</div>' + paras_html(body) + '</body></html>'
    alt = Multi('alternative', [text(body, charset='iso-8859-2', cte='quoted-printable'), html(h, charset='iso-8859-2', cte='quoted-printable')], env.boundary())
    return std(env, addr('platformazakupowa.pl', snd), 'pawel.wrobel@example.com',
               'Nowe postępowanie: Dostawa kruszyw do utrzymania dróg powiatowych w 2027 r. (ZDP.261.41.2026)', alt, subj_charset='iso-8859-2',
               extra=[('List-Unsubscribe', '<https://platformazakupowa.pl/settings/notifications?u=%s>' % c.hexs(16))])


@business('pl', 'colleague-laptop-broken-private-wp', (2026, 11, 17, 7, 40, 56), 'pawel.wrobel@example.com',
          'Genuine note from the Polish accountant from her private WP address: company laptop does not start after an update, she works from home today and has opened a help-desk ticket.',
          'Real WP Poczta infrastructure from a Polish residential line, known colleague, no request for money, data, credentials or links; refers to the official help-desk ticket number.')
def b_pl_laptop(c):
    snd = 'm.lukasik82@wp.pl'
    env = I.wp(c, snd, '83.%d.%d.%d' % (c.rint(0, 31), c.rint(1, 254), c.rint(1, 254)), 'aeip%s.neoplus.adsl.tpnet.pl' % c.hexs(3))
    body = """Dzień dobry Paweł,

piszę z prywatnej poczty, bo służbowy laptop po wczorajszej aktualizacji Windows w ogóle się nie uruchamia (czarny ekran z logo i restart w kółko). Zgłosiłam to rano telefonicznie na helpdesk (wewn. 4444), numer zgłoszenia INC0047702 - mają odesłać kuriera z laptopem zastępczym jutro.

Dziś pracuję z domu na tym, co mam w telefonie; w razie czego dzwoń na komórkę. Przelewy na dziś są już zatwierdzone w banku, zostały tylko dwie faktury do zaksięgowania, zrobię je jutro.

Pozdrawiam
Małgorzata
"""
    root = text(body, charset='iso-8859-2', cte='quoted-printable')
    return std(env, addr('Małgorzata Łukasik', snd, 'iso-8859-2'), addr('Paweł Wróbel', 'pawel.wrobel@example.com', 'iso-8859-2'),
               'Laptop nie działa - dziś pracuję z domu', root, subj_charset='iso-8859-2', style='generic')


@business('pl', 'newsletter-freshmail', (2026, 12, 1, 9, 0, 3), 'pawel.wrobel@example.com',
          'Subscribed Polish trade newsletter "Kruszywa i Beton" sent via FreshMail with List-Unsubscribe (one-click).',
          'Consistent ESP infrastructure and list headers, editorial content, links to the publisher\'s site, unsubscribe link; no requests.')
def b_pl_news(c):
    snd = 'newsletter@kruszywaibeton.pl'
    env = I.freshmail(c, snd, 'kib%s' % c.hexs(6))
    items = [('Rynek kruszyw 2026: popyt z inwestycji drogowych hamuje', 'GUS i PSPK podsumowują trzy kwartały - produkcja kruszyw łamanych spadła o 4,1 proc. r/r.'),
             ('Nowe wymagania dla kruszyw do betonu wg PN-EN 12620+A1', 'Co zmienia nowelizacja normy dla producentów i laboratoriów zakładowych.'),
             ('Konferencja „Kopalnie odkrywkowe 2027” - zapisy otwarte', 'Kielce, 17-18 marca 2027. Program i formularz rejestracji.')]
    plain = 'Kruszywa i Beton - newsletter 48/2026\n\n' + '\n\n'.join('%s\n%s\nhttps://kruszywaibeton.pl/artykul/2026-48-%d' % (t, d, i + 1) for i, (t, d) in enumerate(items)) + \
        '\n\n--\nOtrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter serwisu kruszywaibeton.pl.\nWypisz się: https://app.freshmail.com/pl/unsubscribe/\nWydawnictwo Surowce Media sp. z o.o., ul. Zagnańska 84, 25-558 Kielce\n'
    h = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f0f0f0;margin:0"><table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif">' + \
        '<tr><td style="background:#3d4f5c;color:#fff;padding:18px;font-size:22px">Kruszywa i Beton <span style="font-size:12px">newsletter 48/2026</span></td></tr>' + \
        ''.join('<tr><td style="padding:14px 18px"><h3 style="margin:0 0 6px">%s</h3><p style="margin:0 0 6px">%s</p><a href="https://kruszywaibeton.pl/artykul/2026-48-%d?utm_source=freshmail">Czytaj więcej</a></td></tr>' % (esc(t), esc(d), i + 1) for i, (t, d) in enumerate(items)) + \
        '<tr><td style="padding:14px 18px;font-size:11px;color:#888">Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter serwisu kruszywaibeton.pl. <a href="https://app.freshmail.com/pl/unsubscribe/">Wypisz się</a><br>Wydawnictwo Surowce Media sp. z o.o., ul. Zagnańska 84, 25-558 Kielce</td></tr></table></body></html>'
    alt = Multi('alternative', [text(plain, charset='utf-8', cte='quoted-printable'), html(h, charset='utf-8', cte='quoted-printable')], env.boundary())
    return std(env, addr('Kruszywa i Beton', snd), 'pawel.wrobel@example.com',
               'Newsletter 48/2026: rynek kruszyw, PN-EN 12620, konferencja Kopalnie odkrywkowe', alt)
