"""Genuine business messages 22-26 (Polish)."""

from dsl import *  # noqa: F401,F403

M = A("business")
_plog = BANK["plog"]

# ---------------------------------------------------------------- 22 Partner Logistik invoice with KSeF number
_ksef22 = "%s-20261130-0F3A9C21B7D4-5E" % VAT["plog"]
_pdf22 = pdf.make_pdf([
    "# Partner Logistik sp. z o.o.", "ul. Bankowa 7, 40-007 Katowice, NIP " + VAT["plog"], "---",
    "Nabywca: Example Group Polska Sp. z o.o., ul. Portowa 16, 44-100 Gliwice, NIP " + VAT["example_pl"], "",
    "# Faktura VAT nr FV/2026/11/0877", "Data wystawienia: 30.11.2026    Data sprzedazy: 30.11.2026",
    "Numer KSeF: " + _ksef22, "(wizualizacja faktury ustrukturyzowanej)", "---",
    "Lp  Nazwa uslugi                                        Netto      VAT     Brutto",
    "1   Magazynowanie odlewow, 11/2026 (46 miejsc pal.)    5.060,00   23%   6.223,80",
    "2   Przeladunek i kompletacja, 11/2026                 1.870,00   23%   2.300,10",
    "3   Transport Gliwice - Bytom, 6 kursow                3.180,00   23%   3.911,40", "---",
    "Razem                                                 10.110,00          12.435,30 PLN", "",
    "Termin platnosci: 30.12.2026, przelew",
    "Rachunek: ING Bank Slaski S.A. " + nrb(_plog), "Mechanizm podzielonej platnosci: nie dotyczy"],
    title="FV/2026/11/0877", author="Partner Logistik", creator="Comarch ERP Optima 2026",
    producer="Comarch ERP Optima", created="D:20261130143510+01'00'")
_body22 = dedent("""
    Dzień dobry,

    w załączeniu przesyłamy wizualizację faktury nr FV/2026/11/0877 z dnia 30.11.2026 za usługi magazynowe i transportowe w listopadzie. Faktura została wystawiona w Krajowym Systemie e-Faktur i jest dostępna w KSeF pod numerem:

    %s

    Kwota brutto: 12 435,30 PLN
    Termin płatności: 30.12.2026
    Rachunek bez zmian: %s

    Wiadomość wygenerowana z systemu Comarch ERP Optima.

    Z poważaniem
    Dział Księgowości
    Partner Logistik sp. z o.o.
    """) % (_ksef22, nrb(_plog))
M(22, "pl", "partner-logistik-faktura-ksef",
  PLOG["ksieg"], STAFF["pl_acc"],
  "Faktura FV/2026/11/0877 - Partner Logistik sp. z o.o.", "2026-11-30 14:38:22",
  P(infra.hosted, provider="homepl", client_ip="31.179.42.18", pcname="KSIEGOWOSC-01", mailer="Comarch ERP Optima", lang="pl"),
  mixed(text(_body22, "iso-8859-2", "quoted-printable"),
        attach(_pdf22, "application/pdf", "FV_2026_11_0877.pdf")),
  hcs="iso-8859-2", henc="Q",
  what="Logistics partner's accounting sends the KSeF visualisation of November's warehousing/transport invoice",
  why="Partner's real domain and home.pl server from their office IP; invoice already in KSeF with its KSeF number, unchanged ING account, no login link",
  pair=([22, 23], "KSeF invoice / Partner Logistik mail from the same server", "real invoice with KSeF number, usual account, no archive, no login, office IP"))

# ---------------------------------------------------------------- 23 Tadeusz Zielinski: transport order confirmation (genuine thread)
_pdf23 = pdf.make_pdf([
    "# ZLECENIE TRANSPORTOWE ZT/12/0051", "Partner Logistik sp. z o.o. - Spedycja", "---",
    "Zleceniodawca: Example Group Polska Sp. z o.o., Gliwice", "Zaladunek: 04.12.2026 07:00, ul. Portowa 16, Gliwice (rampa 2)",
    "Rozladunek: 04.12.2026 do 12:00, ZM Bytom S.A., ul. Strzelcow Bytomskich 100, rampa 3",
    "Towar: korpusy pomp EN-GJS-400, 3 palety, ok. 2,4 t", "Pojazd: SK 4471F / SK 8812J, kierowca: J. Nowicki",
    "Fracht: 760,00 PLN netto", "---", "Warunki: OCP przewoznika, termin platnosci 30 dni od otrzymania faktury"],
    title="ZT/12/0051", author="Partner Logistik", creator="Trans.eu / TMS", producer="wkhtmltopdf 0.12.6",
    created="D:20261202152012+01'00'")
_body23 = dedent("""
    Dzień dobry Pani Katarzyno,

    potwierdzam zlecenie na piątek 4.12: załadunek u Państwa w Gliwicach od 7:00 (rampa 2), rozładunek ZM Bytom do 12:00, rampa 3. Auto SK 4471F, kierowca Jarosław Nowicki, tel. kierowcy podam jutro rano SMS-em.

    Zlecenie w PDF w załączniku, stawka jak w umowie ramowej.

    Pozdrawiam
    Tadeusz Zieliński
    Spedytor
    Partner Logistik sp. z o.o.
    ul. Bankowa 7, 40-007 Katowice
    tel. +48 32 258 41 17
    """)
M(23, "pl", "partner-logistik-zlecenie-potwierdzenie",
  PLOG["ziel"], STAFF["pl_mgr"],
  "RE: Transport 04.12 Gliwice - Bytom, 3 palety", "2026-12-02 15:24:40",
  P(infra.hosted, provider="homepl", client_ip="31.179.42.18", pcname="SPEDYCJA-03", lang="pl"),
  mixed(alt(text(_body23, "iso-8859-2", "quoted-printable"),
            html(html_outlook(_body23, "PL", charset="iso-8859-2"), "iso-8859-2", "quoted-printable")),
        attach(_pdf23, "application/pdf", "ZT_12_0051.pdf")),
  in_reply_to="<a7c3e1f9d5b24c6e8f0a1b2c3d4e5f60@example.com>", references="<a7c3e1f9d5b24c6e8f0a1b2c3d4e5f60@example.com>",
  hcs="iso-8859-2", henc="Q",
  what="Logistics partner's forwarder confirms a transport order, PDF order attached",
  why="Same mailbox and home.pl server as the partner always uses, sent from the partner's usual Katowice office IP; plain PDF, concrete truck/driver data consistent with the thread, no password or archive",
  pair=([23], "transport order reply from Tadeusz Zieliński's real mailbox", "usual office IP, plain PDF order, no encrypted archive, no 'RODO password'"))

# ---------------------------------------------------------------- 24 genuine bank change, whitelist, split payment kept
_hn = BANK["hutmet_new"]
_ho = BANK["hutmet_old"]
_pdf24 = pdf.make_pdf([
    "# Hutmet-Recykling Sp. z o.o.", "ul. Hutnicza 21, 41-800 Zabrze, NIP " + VAT["hutmet"], "---",
    "Zabrze, 01.12.2026", "", "Example Group Polska Sp. z o.o.", "Dzial Ksiegowosci", "",
    "# Zawiadomienie o zmianie rachunku bankowego", "",
    "Informujemy, ze od 01.01.2027 platnosci za faktury nalezy kierowac na rachunek:",
    "PKO Bank Polski S.A. " + nrb(_hn), "",
    "Rachunek zostal zgloszony do Urzedu Skarbowego i widnieje w wykazie podatnikow VAT",
    "(biala lista) od 27.11.2026. Dotychczasowy rachunek w mBanku " + nrb(_ho),
    "pozostaje aktywny do 31.03.2027.", "",
    "Faktury za zlom objety zal. 15 ustawy o VAT prosimy nadal oplacac w mechanizmie",
    "podzielonej platnosci.", "", "Prosimy o telefoniczne potwierdzenie zmiany z osoba kontaktowa.", "",
    "Prezes Zarzadu                       Glowna Ksiegowa", "Tomasz Wrobel                        Agnieszka Kaminska"],
    title="Zmiana rachunku", author="A. Kaminska", creator="Microsoft Word", producer="Microsoft Word",
    created="D:20261201101544+01'00'")
_body24 = dedent("""
    Dzień dobry Panie Pawle,

    zgodnie z wczorajszą rozmową telefoniczną przesyłam pismo o zmianie naszego rachunku bankowego od 1 stycznia 2027 r. (przechodzimy z mBanku do PKO BP). Oryginał podpisany przez Zarząd wysłaliśmy także pocztą.

    Nowy rachunek jest już widoczny w wykazie podatników VAT (biała lista) – można to sprawdzić na podatki.gov.pl. Stary rachunek w mBanku pozostaje aktywny do końca marca, więc grudniowe płatności proszę realizować jak dotychczas. Faktury za złom oczywiście nadal w mechanizmie podzielonej płatności.

    Gdyby chciał Pan dodatkowo potwierdzić zmianę, proszę dzwonić na mój numer stacjonarny z naszej umowy.

    Z poważaniem
    Agnieszka Kamińska
    Główna Księgowa
    Hutmet-Recykling Sp. z o.o.
    ul. Hutnicza 21, 41-800 Zabrze
    """)
M(24, "pl", "hutmet-zmiana-rachunku-prawidlowa",
  CORR["hutmet"], STAFF["pl_acc"],
  "Zmiana rachunku bankowego od 01.01.2027 - Hutmet-Recykling", "2026-12-01 10:22:09",
  P(infra.hosted, provider="homepl", client_ip="89.229.12.140", pcname="KSIEGOWA", lang="pl"),
  mixed(alt(text(_body24, "windows-1250", "quoted-printable"),
            html(html_outlook(_body24, "PL", charset="windows-1250"), "windows-1250", "quoted-printable")),
        attach(_pdf24, "application/pdf", "Zawiadomienie_zmiana_rachunku_Hutmet.pdf")),
  hcs="windows-1250", henc="Q",
  what="Scrap supplier's chief accountant announces a new PKO BP account from 1 Jan 2027, following a phone call; signed letter also by post",
  why="Real supplier domain (hutmet-recykling.pl) on its usual server; new account already on the VAT whitelist, old account stays active for 3 months, split payment explicitly kept, phone verification encouraged",
  pair=([25], "Hutmet-Recykling changes its bank account", "real domain, whitelisted account, no urgency, split payment kept, phone verification"))

# ---------------------------------------------------------------- 25 small carrier from wp.pl with CMR scans
_body25 = dedent("""
    Dzień dobry,

    w załączeniu faktura FV 41/11/2026 za kurs Gliwice - Ostrava z 24.11 oraz skany CMR z podpisem odbiorcy (2 strony).

    Kwota 1 845,00 zł brutto, termin 30 dni, konto jak zawsze (Pekao).

    Pozdrawiam
    Marek Nowak
    Usługi Transportowe
    tel. 601 284 117
    """)
M(25, "pl", "przewoznik-wp-faktura-cmr",
  CORR["nowak"], STAFF["pl_mgr"],
  "faktura 41/11 + CMR Ostrava", "2026-11-26 19:03:57",
  P(infra.wp, client_ip="83.24.118.201"),
  mixed(text(_body25, "UTF-8", "quoted-printable", quote_charset=False),
        attach(img.scan_page("b25-cmr1"), "image/png", "CMR_24_11_str1.png"),
        attach(img.scan_page("b25-cmr2"), "image/png", "CMR_24_11_str2.png"),
        attach(pdf.make_pdf(["# Marek Nowak Uslugi Transportowe", "Tychy", "---", "# Faktura FV 41/11/2026",
                             "Usluga transportowa Gliwice - Ostrava (CZ), 24.11.2026", "Netto 1.500,00  VAT 23% 345,00  Brutto 1.845,00 PLN",
                             "Termin platnosci 30 dni"], title="FV 41/11/2026", creator="wFirma",
                            producer="wFirma.pl", created="D:20261126185022+01'00'"),
               "application/pdf", "FV_41_11_2026.pdf")),
  hcs="UTF-8", henc="Q",
  what="One-truck subcontract carrier sends his invoice and CMR scans from his WP freemail address",
  why="Long-standing small carrier who always uses this wp.pl address from his home connection; PDF invoice and PNG scans, account 'as always', nothing executable",
  pair=([26], "Polish freemail (wp.pl) sender with attachments", "known carrier, ordinary PDF/PNG attachments, no archive, no executable"))

# ---------------------------------------------------------------- 26 genuine RFQ from a customer (M365) with PDF spec
_pdf26 = pdf.make_pdf([
    "# Zaklady Mechaniczne Bytom S.A.", "Dzial Zakupow", "---", "# Zapytanie ofertowe ZO/2026/212",
    "Przedmiot: odlewy korpusow pomp wirowych, zeliwo EN-GJS-400-15", "",
    "Poz  Indeks           Opis                         Masa     Ilosc/rok",
    "1    ZMB-PW-125-01    Korpus pompy PW-125          42 kg    600",
    "2    ZMB-PW-125-02    Pokrywa korpusu PW-125       18 kg    600",
    "3    ZMB-PW-150-01    Korpus pompy PW-150          57 kg    300", "",
    "Wymagania: swiadectwo 3.1 EN 10204, proba cisnieniowa 16 bar, PPAP poziom 2",
    "Rysunki 2D/3D (PDF, STEP) udostepnione na platformie zakupowej Logintrade.",
    "Termin skladania ofert: 18.12.2026"],
    title="ZO/2026/212", author="Piotr Mazur", creator="Microsoft Word", producer="Microsoft Word",
    created="D:20261207103110+01'00'")
_body26 = dedent("""
    Dzień dobry Pani Katarzyno,

    w nawiązaniu do rozmowy na targach w Kielcach przesyłam zapytanie ofertowe ZO/2026/212 na korpusy pomp PW-125 i PW-150 z żeliwa sferoidalnego.

    Specyfikacja w załączniku (PDF). Rysunki 2D i modele STEP udostępniliśmy jak zwykle na naszej platformie zakupowej Logintrade – zaproszenie do postępowania dostała Pani osobnym mailem z systemu.

    Termin ofert: 18.12.2026. W razie pytań technicznych proszę o kontakt z p. Leszkiem Dudą z technologii.

    Z poważaniem
    Piotr Mazur
    Kierownik Działu Zakupów
    Zakłady Mechaniczne Bytom S.A.
    tel. +48 32 388 12 40
    """)
M(26, "pl", "zapytanie-ofertowe-klient-prawdziwe",
  CORR["zmb"], STAFF["pl_mgr"],
  "Zapytanie ofertowe ZO/2026/212 - korpusy pomp PW-125 / PW-150", "2026-12-07 10:40:03",
  P(infra.exo, region="eurprd06", lang="pl-PL", has_attach=True),
  mixed(alt(text(_body26, "utf-8", "quoted-printable"),
            html(html_outlook(_body26, "PL", charset="utf-8"), "utf-8", "quoted-printable")),
        attach(_pdf26, "application/pdf", "ZO_2026_212_specyfikacja.pdf")),
  hcs="utf-8", henc="Q",
  what="Existing customer's purchasing manager sends an RFQ for ductile-iron pump housings, PDF specification",
  why="Known customer on its own Microsoft 365 tenant, follow-up of a trade-fair meeting, PDF only, drawings on the customer's procurement platform, named technical contact",
  pair=([26], "request for quotation for castings with attachments", "known customer domain and tenant, plain PDF, no archive or executable"))
