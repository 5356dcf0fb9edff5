"""Polish genuine business messages (22-26)."""
import base64
import hashlib

from common import *  # noqa
from banking import pl_iban, pl_nrb, pl_nip, ksef_number, spaced
from providers import M365, wp_pl, GoogleService
from routes import ExchangeInternal

MESSAGES = []
PL_NIP = pl_nip('586234567')          # Example Group Polska
PLOG_NIP = pl_nip('958102741')        # Partner Logistik
PLOG_IBAN = pl_iban('1020183', '0000512233445566')


def plog():
    return M365(region='EUR01', pod='AM8', prd='eurprd01', lang='pl-PL', hdr_cs='iso-8859-2',
                tenant='partnerlogistik', ipnet='40.107.14')


PLOG_SIG = """Partner Logistik sp. z o.o.
ul. Kontenerowa 18, 81-155 Gdynia
tel. +48 58 627 41 10
NIP {nip}, KRS 0000538812""".format(nip=PLOG_NIP)

# ------------------------------------------------------------------ 22 invoice with KSeF number + KSeF QR
ksef22 = ksef_number(PLOG_NIP, '20261104', '0100004A7F2C')
inv22, tot22 = invoice_pdf('pl', ['Partner Logistik sp. z o.o.', 'ul. Kontenerowa 18, 81-155 Gdynia', 'NIP ' + PLOG_NIP],
                           ['Nabywca:', 'Example Group Polska sp. z o.o.', 'ul. Hryniewickiego 6, 81-340 Gdynia', 'NIP ' + PL_NIP],
                           'FV/11/2026/412', '04.11.2026', '18.11.2026',
                           [('Składowanie mroźnicze -22 C, paletodni X 2026', 2480, 'pd', 3.20),
                            ('Przeładunek palet (przyjęcie/wydanie)', 412, 'szt', 18.00),
                            ('Etykietowanie i kompletacja zamówień', 96, 'h', 85.00),
                            ('Opłata za monitoring temperatury', 1, 'usł', 350.00)],
                           23, ['PKO BP S.A.', pl_nrb(PLOG_IBAN)],
                           notes=['Numer KSeF: ' + ksef22,
                                  'Mechanizm podzielonej płatności nie dotyczy.'],
                           extra=[('Data sprzedaży', '31.10.2026')], producer='Comarch ERP Optima 2026.2', creator='Comarch ERP Optima',
                           pdfdate="20261104090244+01'00'")
hash22 = base64.urlsafe_b64encode(hashlib.sha256(inv22).digest()).decode().rstrip('=')
qr22 = 'https://qr.ksef.mf.gov.pl/invoice/%s/04-11-2026/%s' % (PLOG_NIP, hash22)
t22 = """Szanowni Państwo,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/11/2026/412 za usługi składowania i przeładunku w październiku 2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur:
Numer KSeF: {ks}
Kwota brutto: {tot} zł
Termin płatności: 18.11.2026

Płatność prosimy kierować jak dotychczas na rachunek w PKO BP: {nrb}

Kod QR do weryfikacji faktury w KSeF znajduje się w załączniku.

Z poważaniem
Dział Księgowości
""".format(ks=ksef22, tot=fmt_money(tot22, 'pl'), nrb=pl_nrb(PLOG_IBAN)) + PLOG_SIG
MESSAGES.append(dict(
    slug='partner-logistik-faktura-ksef',
    frm=('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'), to=[S['acc_pl']],
    subject='Faktura FV/11/2026/412 - Partner Logistik sp. z o.o.',
    date='2026-11-04 09:05:37', zone='PL',
    via=plog(),
    body=mixed(alt(Text(t22, 'iso-8859-2', 'quoted-printable'), Text(h_outlook(t22, 'iso-8859-2', 'PL'), 'iso-8859-2', 'quoted-printable', 'html')),
               Att('FV_11_2026_412.pdf', 'application/pdf', inv22, dates='Wed, 04 Nov 2026 08:02:44 GMT'),
               Att('KSeF_QR_FV_11_2026_412.png', 'image/png', qr_png(qr22, 'M', 4), dates='Wed, 04 Nov 2026 08:02:44 GMT')),
    qr=[qr22],
    what='Monthly cold-store invoice from logistics partner Partner Logistik with KSeF number and the KSeF verification QR code (PNG) pointing to qr.ksef.mf.gov.pl.',
    why='Partner Logistik\'s real domain and Microsoft 365 tenant, KSeF number with valid CRC-8, QR to the official verification host, unchanged PKO BP account.',
    hardneg=['ksef-faktura-phishing', 'partner-logistik-lookalike-zmiana-konta'],
    hardneg_note='KSeF invoice notification and same carrier; genuine domain, official QR host, no login requested',
))

# ------------------------------------------------------------------ 23 urgent reminder with stop threat
t23 = """Pani Magdaleno, Pani Katarzyno,

niestety muszę ponownie wrócić do tematu zaległych płatności. Na dzień dzisiejszy nieuregulowane pozostają:

FV/10/2026/331 z 05.10.2026 - 42 118,40 zł - termin minął 19.10.2026
FV/10/2026/347 z 12.10.2026 - 17 960,25 zł - termin minął 26.10.2026

Łącznie 60 078,65 zł. Mimo dwóch przypomnień z działu księgowości nie otrzymaliśmy ani płatności, ani informacji o ewentualnych zastrzeżeniach do faktur.

Jeżeli należność nie wpłynie do piątku 27.11.2026 na rachunek wskazany na fakturach (PKO BP, bez zmian), będziemy zmuszeni od poniedziałku 30.11 wstrzymać wydania towaru z naszej chłodni do czasu uregulowania zaległości - zgodnie z § 9 umowy składu przysługuje nam prawo zatrzymania towaru. Bardzo chciałbym tego uniknąć, szczególnie przed sezonem świątecznym.

Jeśli problem leży po naszej stronie (np. brakujące dokumenty WZ), proszę o telefon - wyjaśnimy to od ręki.

Z poważaniem
Tadeusz Zieliński
Prezes Zarządu
""" + PLOG_SIG
MESSAGES.append(dict(
    slug='partner-logistik-ponaglenie-wstrzymanie',
    frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=[S['acc_pl'], S['mgr_pl']], cc=[S['cfo']],
    subject='PILNE: zaległe płatności - wstrzymanie wydań z chłodni od 30.11.2026',
    date='2026-11-23 15:12:08', zone='PL',
    via=plog(),
    headers=[('Importance', 'high')],
    body=alt(Text(t23, 'utf-8', 'quoted-printable'), Text(h_outlook(t23, 'utf-8', 'PL'), 'utf-8', 'quoted-printable', 'html')),
    what='Managing director of Partner Logistik urgently demands payment of two overdue invoices and threatens to withhold goods from the cold store.',
    why='Real partner domain and tenant, same invoices as known, explicitly says the bank account is unchanged, invites a phone call, CFO in copy.',
    hardneg=['partner-logistik-lookalike-zmiana-konta'], hardneg_note='same invoices, same threat to withhold goods, but genuine sender and unchanged account',
))

# ------------------------------------------------------------------ 24 customer order from wp.pl
t24 = """Dzień dobry Pani Kasiu,

zamawiam na czwartek 10.12 (dostawa do Słupska jak zwykle, rampa od 6:00):

- śledź matjas filet w oleju, wiaderko 3 kg - 40 szt.
- makrela wędzona na gorąco - 120 kg
- filet z dorsza bez skóry, mrożony, kartony 6,8 kg - 25 kartonów
- łosoś wędzony plastry 500 g - 60 opak.
- karp świeży (jeśli będzie już dostępny) - 300 kg, proszę o cenę

Przed świętami będę jeszcze potrzebował dodatkowe 200 kg karpia na 21.12 - proszę dać znać, czy możecie to zarezerwować.

Płatność jak zawsze przelewem 14 dni.

Pozdrawiam
Marek Kowalczyk
Hurtownia Ryb "Bałtyk"
ul. Portowa 7, 76-200 Słupsk
tel. 601 442 190"""
MESSAGES.append(dict(
    slug='zamowienie-klienta-wp',
    frm=('Marek Kowalczyk', 'marek.kowalczyk@wp.pl'), to=[S['mgr_pl']],
    subject='Zamówienie na czwartek 10.12',
    date='2026-12-07 06:34:19', zone='PL',
    via=wp_pl('83.24.199.57'),
    body=Text(t24, 'iso-8859-2', '8bit'),
    what='Weekly order from a small fish wholesaler in Słupsk, written from his wp.pl consumer mailbox in plain text.',
    why='Long-standing customer\'s known address, plain text order with realistic products and quantities, no links or attachments, no payment change.',
))

# ------------------------------------------------------------------ 25 Google security alert
u25 = 'https://accounts.google.com/AccountChooser?Email=katarzyna.wojcik@example.com&continue=https://myaccount.google.com/alert/nt/1795436120000?rfn%3D127%26rfnc%3D1%26eid%3D-2231469181022934477%26et%3D0'
t25 = """Nowe logowanie na urządzeniu Windows
katarzyna.wojcik@example.com

Zauważyliśmy nowe logowanie na Twoje konto Google na urządzeniu Windows. Jeśli to Ty, nie musisz nic robić. Jeśli to nie Ty, pomożemy Ci zabezpieczyć konto.

Sprawdź aktywność
{u}

Możesz też sprawdzić aktywność związaną z bezpieczeństwem na stronie
https://myaccount.google.com/notifications

Wysłaliśmy ten e-mail, aby poinformować Cię o ważnych zmianach na Twoim koncie Google i w usługach Google.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""".format(u=u25)
h25 = h_notice('UTF-8', 'Nowe logowanie na urządzeniu Windows', [
    'katarzyna.wojcik@example.com',
    'Zauważyliśmy nowe logowanie na Twoje konto Google na urządzeniu Windows. Jeśli to Ty, nie musisz nic robić. Jeśli to nie Ty, pomożemy Ci zabezpieczyć konto.'],
    button=('Sprawdź aktywność', u25), color='#1a73e8', brand='<span style="color:#5f6368">Google</span>', logo_alt='Google', lang='pl',
    after=['Możesz też sprawdzić aktywność związaną z bezpieczeństwem na stronie <a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a>'],
    footer='Wysłaliśmy ten e-mail, aby poinformować Cię o ważnych zmianach na Twoim koncie Google i w usługach Google.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA')
MESSAGES.append(dict(
    slug='google-alert-bezpieczenstwa',
    frm=('Google', 'no-reply@accounts.google.com'), to=[S['mgr_pl']],
    subject='Alert bezpieczeństwa',
    date='2026-11-24 13:15:20', zone='PL', date_zone='UTC',
    via=GoogleService(69),
    body=alt(Text(t25, 'UTF-8', 'base64'), Text(h25, 'UTF-8', 'quoted-printable', 'html')),
    what='Google security alert (new sign-in on Windows) for the Google account the Polish office uses for its Google Business Profile.',
    why='Sent by no-reply@accounts.google.com from Google\'s own service hosts (mail-sor-f69.google.com), links only to accounts.google.com / myaccount.google.com, no credential request in the mail.',
    hardneg=['m365-mfa-quishing'], hardneg_note='account-security notification, but from the real provider with provider-owned links',
))

# ------------------------------------------------------------------ 26 internal notice: year-end stock-take
t26 = """Drodzy,

przypominam o inwentaryzacji rocznej w magazynie i w chłodni Partner Logistik:

- czwartek 31.12.2026, start o 7:00 (chłodnia -22 °C - obowiązkowa odzież ochronna, rękawice i obuwie dostępne w szatni);
- zespoły liczące zgodnie z listą w załączniku do zarządzenia (Teams > Gdynia > Inwentaryzacja 2026);
- od 30.12 od godz. 14:00 do zakończenia spisu nie realizujemy wydań ani przyjęć.

Wigilia firmowa odbędzie się w piątek 18.12 o 15:00 w sali konferencyjnej. Proszę o potwierdzenie obecności do 11.12.

Pozdrawiam serdecznie
Katarzyna Wójcik
Kierownik biura, Example Group Polska sp. z o.o.
ul. Hryniewickiego 6, 81-340 Gdynia"""
MESSAGES.append(dict(
    slug='wewnetrzna-inwentaryzacja-wigilia',
    frm=S['mgr_pl'], to=[('Gdynia - wszyscy', 'gdynia-all@example.com')], rcpt=S['acc_pl'][1],
    subject='Inwentaryzacja 31.12 i Wigilia firmowa 18.12',
    date='2026-12-04 12:02:55', zone='PL',
    via=ExchangeInternal('HQ-EXCH02', 'pl-PL', ws_ip='10.40.2.18', hdr_cs='iso-8859-2'),
    body=alt(Text(t26, 'windows-1250', 'quoted-printable'), Text(h_outlook(t26, 'windows-1250', 'PL'), 'windows-1250', 'quoted-printable', 'html')),
    what='Internal notice from the Polish office manager to all Gdynia staff about the year-end stock-take and the Christmas party.',
    why='Internal route (Exchange + mail-int01), distribution list, practical information only, no links outside Teams, no requests for data or money.',
))
