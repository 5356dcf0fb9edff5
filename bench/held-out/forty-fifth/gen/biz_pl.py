"""Genuine business messages, Polish (22-26)."""
import checks
import facts as FX
import partners as P
from kit import (compose, alt, text_to_html, html_escape, make, Text, Multi, st, co, pdf_att)

LANG = "pl"
KSEF_NO = checks.ksef_number(FX.PL_NIP, "20261015", "3F9A1C7E2B04")
PL_SIG = """Partner Logistik sp. z o.o.
ul. Bałtycka 18, 61-013 Poznań
NIP %s, KRS %s
tel. +48 61 842 37 90""" % (FX.PL_NIP, FX.PL_KRS)


def _gmail_html(text):
    return '<div dir="ltr">' + "<br>".join(html_escape(x) for x in text.split("\n")) + "</div>\n"


def b22():
    text = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/10/0412 z dnia 15.10.2026 r. za usługi magazynowe i transportowe we wrześniu 2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur:
Numer KSeF: %s
Data przyjęcia w KSeF: 15.10.2026

Kwota brutto: 38 745,00 zł
Termin płatności: 30.10.2026
Rachunek: mBank S.A. %s (rachunek z wykazu podatników VAT)

Pozdrawiamy
Dział Księgowości
""" % (KSEF_NO, FX.F(FX.PL_IBAN)) + PL_SIG
    inv = """Partner Logistik sp. z o.o., ul. Bałtycka 18, 61-013 Poznań, NIP %s

FAKTURA VAT nr FV/2026/10/0412
Numer KSeF: %s
Data wystawienia: 15.10.2026        Data wykonania usługi: 30.09.2026

Nabywca: Example Group Polska sp. z o.o., ul. Gdańska 3, 62-002 Suchy Las, NIP %s

Lp.  Nazwa usługi                                            Netto        VAT 23%%       Brutto
1    Magazynowanie - 420 miejsc paletowych, 09/2026         14 700,00     3 381,00     18 081,00
2    Transport krajowy FTL - 11 kursów                      15 800,00     3 634,00     19 434,00
3    Obsługa celna i dokumentacja                            1 000,00       230,00      1 230,00

Razem                                                       31 500,00     7 245,00     38 745,00

Do zapłaty: 38 745,00 zł
Słownie: trzydzieści osiem tysięcy siedemset czterdzieści pięć złotych 00/100
Termin płatności: 30.10.2026, przelew
Rachunek: mBank S.A. %s
Mechanizm podzielonej płatności

Wizualizacja faktury ustrukturyzowanej wygenerowana z KSeF.""" % (FX.PL_NIP, KSEF_NO, FX.EG_PL_NIP, FX.F(FX.PL_IBAN))
    p = pdf_att("FV_2026_10_0412.pdf", inv, "Comarch ERP Optima", "2026-10-15 12:14:00", zone="PL",
                title="Faktura FV/2026/10/0412", size=9)
    c = compose(P.PARTNERLOG, key="b-pl-22", frm=co("pl_ksieg"), to=[st("pl_acc")],
                subject="Faktura FV/2026/10/0412 - Partner Logistik sp. z o.o.", when="2026-10-15 12:20:31",
                body=lambda b: Multi("mixed", [alt(b, text, _gmail_html(text), "UTF-8", idx=1), p], b(0)))
    return make(LANG, "partner-logistik-faktura-ksef", c,
                "Logistics partner's invoice FV/2026/10/0412 (PLN 38,745) with KSeF number and PDF visualisation; payment to the white-listed mBank account.",
                "Real domain on the partner's Google Workspace, KSeF number in the NIP-date-hex-checksum format (CRC-8 as we understand the specification), amounts match the later reminder, known account.",
                pair=[("ksef-token-phish", "KSeF theme: a genuine KSeF invoice notice with its KSeF number vs. a fake 'Ministry' token-expiry login request."),
                      ("partner-logistik-rachunek-lookalike", "Same invoice number and amount: real domain and mBank account vs. look-alike domain and Santander account.")])


def b23():
    text = """Panie Pawle,

niestety do dziś nie odnotowaliśmy wpłaty za faktury FV/2026/10/0412 (38 745,00 zł, termin 30.10) i FV/2026/10/0433 (12 915,00 zł, termin 03.11). Łączne zadłużenie przekroczyło przyznany Państwu limit kupiecki.

Jeżeli płatność nie wpłynie do poniedziałku 09.11, będziemy zmuszeni wstrzymać przyjmowanie nowych zleceń transportowych i wydania z magazynu w Swarzędzu do czasu uregulowania należności - w tym zaplanowanego na 10.11 transportu części do Torunia.

Płatności proszę kierować jak zawsze na nasz rachunek w mBanku podany na fakturach (zgodny z białą listą). Nasz rachunek się nie zmienił - otrzymaliśmy sygnały, że ktoś podszywa się pod naszą firmę z domeny partner-logistik.com.pl, proszę zachować ostrożność.

W razie pytań proszę o telefon.

Z poważaniem
Tadeusz Zieliński
Key Account Manager
""" + PL_SIG
    c = compose(P.PARTNERLOG, key="b-pl-23", frm=co("pl_ziel"), to=[st("pl_acc")], cc=[st("pl_mgr")],
                subject="Pilne: zaległe płatności FV/2026/10/0412 i 0433 - wstrzymanie realizacji zleceń",
                when="2026-11-05 08:52:16",
                body=lambda b: alt(b, text, _gmail_html(text), "UTF-8", "base64", "base64"))
    return make(LANG, "partner-logistik-ponaglenie", c,
                "Logistics partner's urgent reminder: two invoices overdue, credit limit exceeded, transports and warehouse releases stop from 9 Nov unless paid.",
                "Real domain (Google Workspace), known account manager, office manager in copy, insists on the unchanged white-listed account and even warns about the .com.pl impersonation - pressure, but no diversion.",
                pair=[("partner-logistik-rachunek-lookalike", "Same invoices and urgency: genuine reminder keeps the known mBank account vs. look-alike demanding payment to a new Santander account.")])


def b24():
    text = """Cześć Agnieszka,

wczoraj wieczorem zalałem laptopa służbowego herbatą i dziś rano nie chce się uruchomić (ładuje się, ale ekran zostaje czarny). Piszę z prywatnej skrzynki, bo do poczty firmowej mam teraz dostęp tylko na telefonie, a tam nie mogę wysłać załączników.

Możesz zgłosić to do IT w Hanowerze? Numer inwentarzowy laptopa: EG-NB-4471. Dokumenty mam w OneDrive, więc nic nie powinno zginąć.

Będę w biurze ok. 10:00 - jeśli jest jakiś laptop zastępczy, byłoby super, bo do piątku muszę zamknąć VAT za październik.

Dzięki!
Paweł"""
    c = compose(P.KOWALCZYK_PRIVATE, key="b-pl-24", frm=("Paweł Kowalczyk", "pawel.kowalczyk85@wp.pl"), to=[st("pl_mgr")],
                subject="Laptop - awaria, będę w biurze ok. 10", when="2026-11-10 06:48:05",
                body=Text(text, "plain", "iso-8859-2", "quoted-printable"))
    return make(LANG, "laptop-awaria-prywatna-poczta", c,
                "Accountant writes from his private wp.pl address: company laptop damaged by tea, asks the office manager to open an IT ticket and for a loan laptop.",
                "Private address known to the office, WP webmail from a Polish consumer IP, gives asset number, asks for nothing sensitive and says he'll come to the office in person.")


def b25():
    text = """Dzień dobry Panie Krzysztofie,

zgodnie z rozmową na targach Polagra w Poznaniu przesyłam zapytanie o ofertę na części eksploatacyjne do ciągników Hokuto serii HT na sezon 2027 - specyfikacja w załączniku (PDF, 38 pozycji).

Prosimy o podanie cen z uwzględnieniem rabatu dealerskiego, dostępności oraz terminów dostawy do naszego magazynu w Inowrocławiu. Ofertę prosimy przesłać do 07.12.2026.

Pozdrawiam serdecznie
Marta Dąbrowska
Dział Zaopatrzenia
AgroSerwis Kujawy sp. z o.o.
ul. Toruńska 155, 88-100 Inowrocław
tel. +48 52 357 71 40"""
    spec = """AgroSerwis Kujawy sp. z o.o. - Zapytanie ofertowe ZO/2026/118 z dnia 26.11.2026

Części eksploatacyjne do ciągników Hokuto HT 95 / HT 110 / HT 130 - sezon 2027

Lp.  Indeks          Nazwa                                   Ilość
1    HK-HT-0415      Filtr oleju silnikowego                  80
2    HK-HT-0422      Filtr paliwa                             80
3    HK-HT-0510      Filtr oleju hydraulicznego               40
4    HK-HT-0611      Filtr powietrza wewnętrzny               40
5    HK-HT-0612      Filtr powietrza zewnętrzny               40
6    HK-HT-1208      Tarcza sprzęgła                          10
7    HK-HT-1311      Łożysko oporowe                          10
...  (pozycje 8-38 w tabeli na kolejnej stronie)

Termin składania ofert: 07.12.2026
Dostawa: magazyn Inowrocław, ul. Toruńska 155
Kontakt: Marta Dąbrowska, m.dabrowska@agroserwis-kujawy.pl"""
    p = pdf_att("Zapytanie_ZO-2026-118_AgroSerwis.pdf", spec, "LibreOffice 24.8", "2026-11-26 10:20:00", zone="PL",
                title="Zapytanie ofertowe ZO/2026/118", creator="Calc", size=9)
    c = compose(P.AGROSERWIS, key="b-pl-25", frm=co("agroserwis"), to=[st("pl_sales")],
                subject="Zapytanie ofertowe - części do ciągników Hokuto HT na sezon 2027", when="2026-11-26 10:31:14",
                body=lambda b: Multi("mixed", [Text(text, "plain", "UTF-8", "8bit", params="; format=flowed"), p], b(0)))
    return make(LANG, "agroserwis-zapytanie-ofertowe", c,
                "Dealer's genuine request for quotation for 38 Hokuto tractor wear parts, plain PDF specification.",
                "Known customer domain via its home.pl hosting and Thunderbird from a Polish IP, follow-up to a trade-fair conversation, plain PDF, no archive, no password.",
                pair=[("zapytanie-ofertowe-zip-exe", "Same topic (RFQ for Hokuto tractor parts): known dealer with a plain PDF vs. unknown firm with an encrypted .pdf.exe archive.")])


def b26():
    text = """Drodzy,

w środę 28.10 odwiedzi nasze biuro Prezes Matthias Köhler wraz z Sabine Wörner (CFO). Plan wizyty:
- 9:30 spotkanie z całym zespołem (sala konferencyjna),
- 11:00 przegląd wyników za III kwartał (Paweł, Krzysztof i ja),
- 13:00 wizyta u AgroSerwis Kujawy w Inowrocławiu.

Matthias prosił, żeby sprawy do omówienia zgłaszać przeze mnie albo bezpośrednio na kanale Teams „Polska - zarząd”, a nie przez prywatne komunikatory. Przypominam też, że polecenia przelewów ani zmiany danych bankowych nie są przekazywane mailem ani przez WhatsApp - obowiązuje jak zawsze procedura akceptacji w SAP.

Pozdrawiam
Agnieszka

Agnieszka Wróbel
Office Manager
Example Group Polska sp. z o.o."""
    c = compose(P.INTERNAL_PL, key="b-pl-26", frm=st("pl_mgr"), to=[("Zespół Poznań", "poznan@example.com")],
                cc=[st("ceo")], subject="Wizyta Prezesa Matthiasa Köhlera w Poznaniu - 28.10", when="2026-10-20 13:05:40",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "PL", "windows-1250"), "windows-1250"))
    return make(LANG, "wizyta-prezesa-intern", c,
                "Internal announcement by the Poznań office manager: the CEO and CFO visit on 28 Oct, agenda, and a reminder that payment orders never come by e-mail or WhatsApp.",
                "Internal Exchange -> mail-int01 path to the office distribution list with the CEO in copy; informational, no request.",
                pair=[("ceo-whatsapp-poufne", "Same people and channel question: genuine internal note says CEO topics go through Teams and never WhatsApp vs. fake CEO moving to WhatsApp.")])


def messages():
    return [b22(), b23(), b24(), b25(), b26()]
