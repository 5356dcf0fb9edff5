"""Polish attack messages (22-26)."""
from common import *  # noqa
from banking import pl_iban, pl_nrb, pl_nip, spaced
from providers import vps_postfix, ses, M365
from routes import Webmail, hop_exim_auth, ORDER_PHP, OutlookSMTP, hop_postfix_sub
from util import rfcdate

MESSAGES = []
PL_NIP = pl_nip('586234567')

# ------------------------------------------------------------------ 22 look-alike Partner Logistik: bank change
IBAN22 = pl_iban('1140200', '0000334419870055')
t22 = """Szanowni Państwo,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę z dniem 01.11.2026 r. rachunek prowadzony dotychczas w PKO BP zostaje zamknięty. Prosimy o dokonywanie wszelkich płatności na rzecz Partner Logistik sp. z o.o. wyłącznie na nowy rachunek:

{nrb}
mBank S.A.

Nowy rachunek został zgłoszony do Urzędu Skarbowego i jest widoczny w wykazie podatników VAT (tzw. biała lista), więc płatności podlegające mechanizmowi podzielonej płatności mogą być realizowane bez przeszkód. Potwierdzenie z banku przesyłamy w załączniku.

Jednocześnie prosimy o pilne uregulowanie przeterminowanych faktur FV/10/2026/331 (42 118,40 zł) oraz FV/10/2026/347 (17 960,25 zł) już na nowy rachunek - w przeciwnym razie nie będziemy mogli wydać towaru z chłodni w przyszłym tygodniu.

Proszę o potwierdzenie aktualizacji danych w systemie zwrotnie na ten adres.

Z poważaniem

Tadeusz Zieliński
Prezes Zarządu
Partner Logistik sp. z o.o.
ul. Kontenerowa 18, 81-155 Gdynia
NIP {nip}""".format(nrb=pl_nrb(IBAN22), nip=PL_NIP)
conf22 = letter_pdf([
    ('b', 'mBank S.A.'), ('s', 'ul. Prosta 18, 00-850 Warszawa'), '',
    ('h', 'Potwierdzenie otwarcia rachunku'), '',
    'Niniejszym potwierdzamy, że dla klienta:', 'Partner Logistik sp. z o.o., NIP ' + PL_NIP,
    'został otwarty rachunek bieżący w PLN o numerze:', pl_nrb(IBAN22), '',
    'Data otwarcia: 27.10.2026', '', 'Dokument wygenerowany elektronicznie, nie wymaga podpisu.',
], 'Potwierdzenie rachunku', 'mBank', creator='Microsoft Word', producer='Microsoft: Print To PDF',
    pdfdate="20261030112201+01'00'")
MESSAGES.append(dict(
    slug='partner-logistik-lookalike-zmiana-konta',
    frm=('Tadeusz Zieliński', 't.zielinski@partnerlogistik.pl'), to=[S['acc_pl']], cc=[S['mgr_pl']],
    subject='Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.',
    date='2026-11-03 10:26:54', zone='PL',
    via=vps_postfix('mail.partnerlogistik.pl', 'srv517433.hstgr.cloud', '89.116.236.71', lang='pl',
                    hdr_cs='iso-8859-2', hdr_enc='Q', user_ip='176.97.66.203'),
    body=mixed(alt(Text(t22, 'iso-8859-2', 'quoted-printable'), Text(h_outlook(t22, 'iso-8859-2', 'PL'), 'iso-8859-2', 'quoted-printable', 'html')),
               Att('Potwierdzenie_rachunku_mBank.pdf', 'application/pdf', conf22)),
    what='Carrier bank-detail change: "Tadeusz Zieliński" of Partner Logistik announces a new mBank account and demands payment of two overdue invoices there, threatening to withhold goods in the cold store.',
    why='Look-alike domain partnerlogistik.pl (missing hyphen) on a Hostinger VPS, self-made "bank confirmation" PDF, claims white-list registration to pre-empt checks, urgency and threat, reply only by e-mail.',
    tech=['BEC / carrier bank-detail change', 'look-alike domain', 'VPS infrastructure'],
))

# ------------------------------------------------------------------ 23 KSeF phishing (Amazon SES)
u23 = 'https://ksef-mf-gov.pl/web/faktura/pobierz?nr=7831556206-20261118-01000098C4E2-11&auth=pz'
t23 = """Krajowy System e-Faktur

Otrzymano nową fakturę ustrukturyzowaną

W Krajowym Systemie e-Faktur udostępniono fakturę, w której Państwa podmiot występuje jako nabywca.

Nabywca: EXAMPLE GROUP POLSKA SP. Z O.O., NIP {nip}
Sprzedawca: NORD-FISH DYSTRYBUCJA SP. Z O.O., NIP 7831556206
Numer KSeF: 7831556206-20261118-01000098C4E2-11
Kwota brutto: 18 450,00 PLN
Termin płatności: 25.11.2026

Z uwagi na rozbieżność danych nabywcy faktura wymaga potwierdzenia odbioru w ciągu 72 godzin. Po tym terminie dokument zostanie przekazany do weryfikacji przez urząd skarbowy.

Pobierz fakturę i potwierdź odbiór (logowanie Profilem Zaufanym lub tokenem KSeF):
{u}

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
Ministerstwo Finansów""".format(nip=PL_NIP, u=u23)
h23 = h_notice('UTF-8', 'Otrzymano nową fakturę ustrukturyzowaną', [
    'W Krajowym Systemie e-Faktur udostępniono fakturę, w której Państwa podmiot występuje jako nabywca.',
    'Nabywca: <b>EXAMPLE GROUP POLSKA SP. Z O.O.</b>, NIP %s<br>Sprzedawca: <b>NORD-FISH DYSTRYBUCJA SP. Z O.O.</b>, NIP 7831556206<br>'
    'Numer KSeF: 7831556206-20261118-01000098C4E2-11<br>Kwota brutto: <b>18 450,00 PLN</b><br>Termin płatności: 25.11.2026' % PL_NIP,
    'Z uwagi na rozbieżność danych nabywcy faktura wymaga potwierdzenia odbioru w ciągu <b>72 godzin</b>. Po tym terminie dokument zostanie przekazany do weryfikacji przez urząd skarbowy.'],
    button=('Pobierz fakturę', u23), color='#d4213d', brand='KSeF · Krajowy System e-Faktur', lang='pl',
    footer='Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.<br>Ministerstwo Finansów')
MESSAGES.append(dict(
    slug='ksef-faktura-phishing',
    frm=('KSeF - Krajowy System e-Faktur', 'powiadomienia@ksef-mf-gov.pl'), to=[S['acc_pl']],
    subject='KSeF: otrzymano nową fakturę - 18 450,00 PLN - wymagane potwierdzenie odbioru',
    date='2026-11-18 13:40:02', zone='PL', date_zone='UTC',
    via=ses('eu-central-1'),
    body=alt(Text(t23, 'UTF-8', 'base64'), Text(h23, 'UTF-8', 'base64', 'html')),
    what='E-invoicing phishing: fake KSeF (Polish national e-invoice system) notification about an incoming invoice that must be "confirmed" within 72 h via Profil Zaufany / KSeF token.',
    why='KSeF does not e-mail invoices and has no "receipt confirmation"; look-alike domain ksef-mf-gov.pl (real: ksef.mf.gov.pl) sent through Amazon SES, harvests Profil Zaufany credentials or KSeF tokens, tax-office threat.',
    tech=['credential phishing: national e-invoicing system (KSeF)', 'bulk ESP abuse (Amazon SES)', 'look-alike domain'],
))

# ------------------------------------------------------------------ 24 courier surcharge (InPost)
u24 = 'https://inpost-paczkomaty24.pl/doplata/?nr=692411883074127110&k=2,49'
t24 = """Dzień dobry,

Twoja przesyłka nr 692411883074127110 nie mogła zostać umieszczona w Paczkomacie GDY21M (ul. Hutnicza 35, Gdynia) z powodu niedopłaty za gabaryt C.

Aby przesyłka została dostarczona, uiść dopłatę w wysokości 2,49 zł w ciągu 48 godzin:
{u}

Jeśli dopłata nie zostanie uregulowana, przesyłka zostanie zwrócona do nadawcy.

Pozdrawiamy
Zespół InPost""".format(u=u24)
h24 = h_notice('UTF-8', 'Przesyłka oczekuje na dopłatę', [
    'Twoja przesyłka nr <b>692411883074127110</b> nie mogła zostać umieszczona w Paczkomacie <b>GDY21M</b> (ul. Hutnicza 35, Gdynia) z powodu niedopłaty za gabaryt C.',
    'Aby przesyłka została dostarczona, uiść dopłatę w wysokości <b>2,49 zł</b> w ciągu 48 godzin.'],
    button=('Zapłać 2,49 zł', u24), color='#ffcd00', brand='<span style="color:#1d1d1b">InPost</span>', logo_alt='InPost', lang='pl',
    after=['Jeśli dopłata nie zostanie uregulowana, przesyłka zostanie zwrócona do nadawcy.'],
    footer='InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków')
MESSAGES.append(dict(
    slug='inpost-doplata-karta',
    frm=('InPost', 'powiadomienia@inpost-paczkomaty24.pl'), to=[S['mgr_pl']],
    subject='Twoja przesyłka czeka na dopłatę 2,49 zł',
    date='2026-12-02 17:55:31', zone='PL',
    via=Webmail(('mail.inpost-paczkomaty24.pl', 'unknown', '185.196.9.157'), [],
                lambda c: '<%s.%s@inpost-paczkomaty24.pl>' % (c.hx('a', 16), c.hx('b', 8)),
                order=ORDER_PHP, ctstyle='generic', hdr_cs='UTF-8', hdr_enc='B', tls='TLSv1.2'),
    body=alt(Text(t24, 'UTF-8', 'quoted-printable'), Text(h24, 'UTF-8', 'quoted-printable', 'html')),
    what='Courier phishing: fake InPost notice that a parcel needs a 2.49 PLN surcharge, link to a card-payment page.',
    why='Look-alike domain inpost-paczkomaty24.pl sent directly from a VPS without reverse DNS, tiny surcharge to steal card data / BLIK codes, 48-hour pressure.',
    tech=['courier phishing (card data)', 'look-alike domain', 'VPS infrastructure without rDNS'],
))

# ------------------------------------------------------------------ 25 M365 MFA quishing (QR in PNG attachment)
qr25 = 'https://mfa-reenroll-ms365.pages.dev/?e=a2F0YXJ6eW5hLndvamNpa0BleGFtcGxlLmNvbQ==&t=GDY'
t25 = """Dzień dobry,

w ramach wdrożenia nowych zasad bezpieczeństwa Microsoft 365 w Example Group wszystkie konta muszą zostać ponownie zarejestrowane w usłudze uwierzytelniania wieloskładnikowego (MFA) do 27.11.2026.

Konta, które nie zostaną zarejestrowane w tym terminie, zostaną automatycznie zablokowane, a dostęp do poczty, Teams i OneDrive zostanie wstrzymany do czasu kontaktu z działem IT.

Aby zakończyć rejestrację, zeskanuj załączony kod QR aparatem telefonu i zaloguj się swoimi danymi służbowymi. Cała operacja trwa około minuty.

Dziękujemy za współpracę.
Dział IT - Microsoft 365 Administrator
Example Group"""
MESSAGES.append(dict(
    slug='m365-mfa-quishing',
    frm=('Microsoft 365 Administrator', 'biuro@stolarstwo-nowak.pl'), to=[S['mgr_pl']],
    subject='Wymagana ponowna rejestracja MFA - konto zostanie zablokowane 27.11.2026',
    date='2026-11-24 08:19:46', zone='PL',
    via=Webmail(('s157.cyber-folks.pl', 's157.cyber-folks.pl', '195.78.66.157'),
                [hop_exim_auth('103.151.172.9', '[10.0.2.15]', 's157.cyber-folks.pl', 'PL')],
                lambda c: '<%s@stolarstwo-nowak.pl>' % c.hx('m', 32), mailer=('X-Mailer', 'Microsoft Outlook 16.0'),
                order=ORDER_PHP, ctstyle='outlook', hdr_cs='iso-8859-2', hdr_enc='Q'),
    body=mixed(Text(t25, 'iso-8859-2', '8bit'), Att('MFA_Example_Group.png', 'image/png', qr_png(qr25))),
    qr=[qr25],
    what='Quishing: "Microsoft 365 Administrator" demands MFA re-registration within days and asks to scan an attached QR code that leads to a credential page.',
    why='Sent from a compromised Polish carpentry firm\'s hosting account, impersonates company IT, QR code (no clickable link) pointing to a pages.dev site with the victim\'s address encoded, account-blocking threat.',
    tech=['quishing (QR code)', 'credential phishing: Microsoft 365 / MFA', 'compromised small-business mailbox', 'abused genuine service (Cloudflare Pages)'],
))

# ------------------------------------------------------------------ 26 CRBR penalty notice (compromised M365 tenant)
u26 = 'https://crbr-podatki-gov.pl/zgloszenie/aktualizacja?krs=0000712254'
t26 = """MINISTERSTWO FINANSÓW
Centralny Rejestr Beneficjentów Rzeczywistych

Wezwanie do aktualizacji zgłoszenia
Dotyczy: EXAMPLE GROUP POLSKA SP. Z O.O., KRS 0000712254

Szanowni Państwo,

w wyniku weryfikacji danych zgromadzonych w Centralnym Rejestrze Beneficjentów Rzeczywistych stwierdzono rozbieżność pomiędzy informacjami o beneficjentach rzeczywistych Spółki a danymi przekazanymi przez instytucję obowiązaną.

Zgodnie z art. 61 ust. 1 ustawy z dnia 1 marca 2018 r. o przeciwdziałaniu praniu pieniędzy oraz finansowaniu terroryzmu spółka jest obowiązana do aktualizacji zgłoszenia w terminie 14 dni. Niedopełnienie obowiązku zagrożone jest karą pieniężną do 1 000 000 zł.

Aktualizacji należy dokonać przez formularz elektroniczny po zalogowaniu się przez login.gov.pl:
{u}

Z poważaniem
Departament Informacji Finansowej
Ministerstwo Finansów""".format(u=u26)
MESSAGES.append(dict(
    slug='crbr-kara-login-gov',
    frm=('Ministerstwo Finansów - CRBR', 'biuro@dachpol-krakow.pl'), to=[S['mgr_pl']], cc=[S['acc_pl']],
    subject='Wezwanie do aktualizacji zgłoszenia w CRBR - EXAMPLE GROUP POLSKA SP. Z O.O.',
    date='2026-12-09 09:05:18', zone='PL', date_zone='UTC',
    via=M365(region='EUR03', pod='PR3', prd='eurprd03', lang='pl-PL', hdr_cs='iso-8859-2', tenant='dachpolkrakow', ipnet='40.107.104'),
    body=alt(Text(t26, 'windows-1250', 'quoted-printable'), Text(h_outlook(t26, 'windows-1250', 'PL'), 'windows-1250', 'quoted-printable', 'html')),
    what='Regulator phishing: "Ministry of Finance / CRBR" demands an update of the beneficial-owner register within 14 days under threat of a PLN 1 million fine, via a fake login.gov.pl page.',
    why='Government notice sent from a compromised roofing company\'s Microsoft 365 mailbox, link to look-alike crbr-podatki-gov.pl instead of podatki.gov.pl/crbr, harvests login.gov.pl/bank credentials, heavy penalty threat.',
    tech=['credential phishing: regulator (CRBR / login.gov.pl)', 'compromised Microsoft 365 tenant', 'look-alike domain'],
))
