"""Polish business messages (22-26)."""
from common import *  # noqa: F401,F403
from a_pl import KSEF_0842

PL_FOOT = D("""
    Partner Logistik sp. z o.o.
    ul. Graniczna 8, 54-610 Wrocław
    NIP %s
    tel. +48 71 336 45 00""") % B.fmt_nip(VAT["partner"])


def b22():
    t = util.local("CET", 2026, 11, 19, 15, 7, 2)
    body = D("""
        Pani Małgosiu,

        w załączeniu skan listu przewozowego CMR i dokumentu WZ do wczorajszej dostawy z Erlangen (12 palet: pianina cyfrowe EP-88 i statywy).

        Na jednej palecie folia była rozerwana - adnotacja jest w polu 18 CMR. Towar sprawdziliśmy przy rozładunku, bez uszkodzeń.

        Pozostałe 4 palety z tej wysyłki wydamy zgodnie z awizacją w poniedziałek.

        Pozdrawiam
        Tadeusz Zieliński
        Key Account Manager
        %s
        """) % PL_FOOT
    cmr = D("""
        # CMR / WZ - dostawa 2026/11/WRO-5521
        Nadawca: Example Group GmbH & Co. KG, Saitenweg 12, 91058 Erlangen, DE
        Odbiorca: Example Group Polska sp. z o.o., ul. Legnicka 58, 54-204 Wrocław, PL
        Miejsce przeładunku: Partner Logistik sp. z o.o., magazyn Wrocław-Pawłowice

        Przewoźnik: Partner Logistik sp. z o.o., ciągnik DW 4K218, naczepa DW 7T903
        Data załadunku: 17.11.2026      Data dostawy: 18.11.2026

        Lp.  Opis towaru                                   Palety   Waga brutto kg
        1    Pianino cyfrowe EP-88, karton                     9          2 214
        2    Statyw do pianina EP-ST, karton                   3            486

        Pole 18 (zastrzeżenia przewoźnika): paleta nr 7 - uszkodzona folia, towar bez widocznych uszkodzeń.
        Pole 24: towar przyjęto 18.11.2026 14:20, podpis i pieczęć odbiorcy.
        """)
    return Msg("22-pl-partner-logistik-cmr-wz", "business",
               C("zielinski"), [S("wojcik")],
               "CMR i WZ - dostawa 2026/11/WRO-5521 (pianina cyfrowe)",
               ("CET", 2026, 11, 19, 15, 7, 2),
               ("m365", dict(org="partner-logistik.pl", tenant_guid=TENANTS["partner-logistik.pl"], region="eurprd07", lang="pl-PL",
                             obe="EUR05-VI1-obe", eop_ip="40.107.21.119")),
               mixed(alt(text(body, "iso-8859-2", "quoted-printable"),
                         html(html_outlook(body, "iso-8859-2", "PL"), "iso-8859-2", "quoted-printable")),
                     pdf_att(cmr, "CMR_WZ_WRO-5521.pdf", title="CMR WRO-5521", creator="Canon iR-ADV C5840",
                             producer="Adobe PSL 1.3e for Canon", t=t)),
               name_cs="iso-8859-2", name_enc="Q", mixed_subject=True,
               what="Logistics partner sends the scanned CMR and delivery note for a delivery of digital pianos.",
               why="Genuine: the partner's Microsoft 365 tenant, addressed personally, concrete shipment details, document attached as PDF rather than a link.",
               pairs=[("22-pl-partner-logistik-przejete-konto.eml", "same sender and tenant; genuine mail is personal and attaches the document, the attack uses Bcc and an external link")])


def b23():
    t = util.local("CET", 2026, 11, 30, 16, 20, 51)
    body = D("""
        Szanowni Państwo,

        uprzejmie informujemy, że faktura nr FV/2026/11/0842 z dnia 30.11.2026 r. za usługi magazynowe i dystrybucyjne w listopadzie 2026 r. została wystawiona w Krajowym Systemie e-Faktur.

        Numer KSeF: %s
        Kwota brutto: 48 271,35 zł
        Termin płatności: 14.12.2026 r.

        Fakturę mogą Państwo pobrać w KSeF (Aplikacja Podatnika KSeF lub Państwa system ERP). W załączeniu przesyłamy wizualizację faktury wyłącznie do wiadomości.

        Rachunek bankowy bez zmian (mBank S.A., widoczny na białej liście podatników VAT):
        %s

        Z poważaniem
        Dział Księgowości
        %s
        """) % (KSEF_0842, B.nrb(BANK["partner"]), PL_FOOT)
    viz = D("""
        # Wizualizacja faktury (dokument pomocniczy)
        Faktura VAT nr FV/2026/11/0842          Data wystawienia: 30.11.2026
        Numer KSeF: %s

        Sprzedawca: Partner Logistik sp. z o.o., ul. Graniczna 8, 54-610 Wrocław, NIP %s
        Nabywca:    Example Group Polska sp. z o.o., ul. Legnicka 58, 54-204 Wrocław, NIP %s

        Lp.  Nazwa                                                  Ilość     Cena netto     Wartość netto
        1    Składowanie paletowe (miejsca paletowe x dni)           3 420          4,50         15 390,00
        2    Obsługa przyjęć i wydań (palety)                          611         18,00         10 998,00
        3    Kompletacja zamówień sklepów (linie)                    2 143          6,00         12 857,00

        Razem netto: 39 245,00 zł     VAT 23%%: 9 026,35 zł     ## Razem brutto: 48 271,35 zł

        Płatność: przelew do 14.12.2026 na rachunek %s (mechanizm podzielonej płatności)
        """) % (KSEF_0842, B.fmt_nip(VAT["partner"]), B.fmt_nip(VAT["eg_pl"]), B.nrb(BANK["partner"]))
    return Msg("23-pl-partner-logistik-faktura-ksef", "business",
               C("pl_ksieg"), [S("lukasiewicz")],
               "Faktura FV/2026/11/0842 – usługi magazynowe listopad 2026 (KSeF)",
               ("CET", 2026, 11, 30, 16, 20, 51),
               ("m365", dict(org="partner-logistik.pl", tenant_guid=TENANTS["partner-logistik.pl"], region="eurprd07", lang="pl-PL",
                             obe="EUR05-VI1-obe", eop_ip="40.107.21.120")),
               mixed(text(body, "windows-1250", "base64"),
                     pdf_att(viz, "FV_2026_11_0842_wizualizacja.pdf", title="FV/2026/11/0842",
                             creator="Comarch ERP Optima", producer="Comarch ERP Optima", t=t)),
               name_cs="windows-1250", name_enc="Q",
               what="Logistics partner's accounting announces invoice FV/2026/11/0842 issued in KSeF, with a PDF visualisation.",
               why="Genuine: partner's own tenant, KSeF number with the issuer's NIP, invoice retrieved in KSeF/ERP (no login link), bank account unchanged and on the VAT white list.",
               pairs=[("23-pl-ksef-weryfikacja-odbiorcy.eml", "same invoice and KSeF number; genuine mail has no login link and refers to the recipient's own KSeF/ERP access")])


def b24():
    body = D("""
        Dzień dobry Pani Małgorzato,

        piszę w sprawie pianina cyfrowego EP-88 (nr seryjny EP88-2610-04417), które kupiliśmy u Państwa 20 listopada na fakturę nr FV/WRO/2026/1187. Od wczoraj nie działa klawisz C4 - nie wydaje żadnego dźwięku, a sąsiednie klawisze działają normalnie. Klient, któremu sprzedaliśmy instrument, jest zdenerwowany, bo pianino miało być prezentem na Mikołajki.

        Czy możemy odesłać pianino na Państwa koszt kurierem, czy woli Pani, żebyśmy wymienili je na nowe przy najbliższej dostawie do Opola? Zależy nam na szybkim rozwiązaniu.

        Pozdrawiam serdecznie
        Krzysztof Nowak
        Sklep Muzyczny Akord
        ul. Krakowska 21, 45-018 Opole
        tel. 77 454 12 90
        """)
    return Msg("24-pl-akord-reklamacja-pianino", "business",
               ("Sklep Muzyczny Akord", "akord.sklep@wp.pl"), [S("wojcik")],
               "Reklamacja - pianino cyfrowe EP-88, nie działa klawisz C4",
               ("CET", 2026, 12, 8, 11, 3, 25),
               ("wp_pl", dict(client_ip="83.29.114.57", client_rdns="83.29.114.57.ipv4.supernova.orange.pl")),
               text(body, "iso-8859-2", "quoted-printable"),
               name_cs="iso-8859-2", name_enc="Q",
               what="Customer (music shop) complains about a digital piano with a dead key.",
               why="Genuine: the shop's usual WP.pl webmail, concrete invoice and serial numbers, only asks for repair or replacement.")


def b25():
    t = util.local("CET", 2026, 10, 6, 19, 12, 40)
    body = D("""
        Dzień dobry,

        w odpowiedzi na ogłoszenie na stanowisko sprzedawcy - doradcy klienta w salonie przy ul. Legnickiej przesyłam swoje CV w formacie PDF.

        Od dziesięciu lat gram na skrzypcach i fortepianie, a od dwóch lat pracuję jako instruktorka w ognisku muzycznym na Krzykach. Chętnie wykorzystałabym swoją wiedzę w doradztwie dla rodziców i uczniów wybierających pierwszy instrument.

        Jestem dostępna od 1 stycznia 2027 r. Chętnie spotkam się na rozmowie w dogodnym dla Państwa terminie.

        Z wyrazami szacunku
        Joanna Kaczmarek
        tel. 512 300 418
        """)
    cv = D("""
        # Joanna Kaczmarek
        Wrocław - tel. 512 300 418 - joanna.kaczmarek92@gmail.com

        ## Doświadczenie
        2024 - obecnie   Instruktorka gry na skrzypcach i fortepianie, Ognisko Muzyczne "Krzyki", Wrocław
        2019 - 2024      Sprzedawczyni (praca dorywcza), księgarnia muzyczna "Nuty i Struny", Wrocław

        ## Wykształcenie
        2014 - 2019      Akademia Muzyczna im. Karola Lipińskiego we Wrocławiu, Edukacja artystyczna
        2008 - 2014      Szkoła Muzyczna II stopnia, skrzypce

        ## Umiejętności
        Skrzypce, fortepian, podstawy strojenia i konserwacji instrumentów smyczkowych
        Obsługa kasy fiskalnej, systemów sprzedaży i sklepu internetowego
        Język angielski (C1), niemiecki (B1)

        Wyrażam zgodę na przetwarzanie moich danych osobowych w celu prowadzenia rekrutacji.
        """)
    return Msg("25-pl-kandydatka-cv-pdf", "business",
               C("kandydatka"), [S("wojcik")],
               "Aplikacja na stanowisko: sprzedawca – doradca klienta (Wrocław)",
               ("CET", 2026, 10, 6, 19, 12, 40), ("gmail", {}),
               mixed(alt(text(body, "utf-8", "quoted-printable"), html(html_gmail(body), "utf-8", "quoted-printable")),
                     pdf_att(cv, "CV_Joanna_Kaczmarek.pdf", title="CV Joanna Kaczmarek", author="Joanna Kaczmarek",
                             creator="Canva", producer="Canva", t=t)),
               name_cs="utf-8", name_enc="B",
               what="Genuine job application with a plain PDF CV for the Wrocław shop.",
               why="Genuine: personal Gmail, specific cover letter, the CV is an ordinary unencrypted PDF with text only.",
               pairs=[("26-pl-cv-zaszyfrowane-archiwum.eml", "same vacancy and HR recipient; genuine CV is a PDF, the attack uses an encrypted ZIP with a .pdf.lnk")])


def b26():
    t = util.local("CET", 2026, 12, 2, 8, 47, 15)
    body = D("""
        Szanowni Państwo,

        uprzejmie informujemy, że od 1 stycznia 2027 r. zmieniamy bank prowadzący nasz rachunek rozliczeniowy. Nowy numer rachunku:

        Bank Pekao S.A.
        %s

        Nowy rachunek jest już zgłoszony do urzędu skarbowego i widnieje na białej liście podatników VAT - prosimy o sprawdzenie go w wykazie przed pierwszą płatnością. Dotychczasowy rachunek w PKO BP pozostaje aktywny do 31 marca 2027 r.

        W załączeniu pismo podpisane przez obu wspólników. Prosimy o potwierdzenie zmiany telefonicznie pod znanym Państwu numerem biura (71 339 20 14) - nie zmieniamy numerów telefonów ani adresów e-mail.

        Faktury wystawione w grudniu 2026 r. prosimy opłacać jeszcze na dotychczasowy rachunek.

        Z poważaniem
        Ewa Kowalczyk
        Przewozy Kowalczyk s.c.
        ul. Strzegomska 140, 54-429 Wrocław
        NIP %s
        """) % (B.nrb(BANK["kowalczyk_new"]), B.fmt_nip(VAT["kowalczyk"]))
    letter = D("""
        # Przewozy Kowalczyk s.c. Jan Kowalczyk, Ewa Kowalczyk
        ul. Strzegomska 140, 54-429 Wrocław - NIP %s

        Example Group Polska sp. z o.o.
        ul. Legnicka 58
        54-204 Wrocław
                                                                     Wrocław, 1 grudnia 2026 r.

        ## Zawiadomienie o zmianie rachunku bankowego

        Informujemy, że od dnia 1 stycznia 2027 r. właściwym rachunkiem do regulowania należności na rzecz
        Przewozy Kowalczyk s.c. jest rachunek:

        Bank Pekao S.A.:            %s

        Dotychczasowy rachunek (PKO BP: %s) pozostaje aktywny do 31.03.2027 r.
        Nowy rachunek figuruje w wykazie podatników VAT (biała lista).

        Jan Kowalczyk                                   Ewa Kowalczyk
        wspólnik                                        wspólnik
        """) % (B.fmt_nip(VAT["kowalczyk"]), B.nrb(BANK["kowalczyk_new"]), B.nrb(BANK["kowalczyk_old"]))
    return Msg("26-pl-kowalczyk-zmiana-rachunku", "business",
               C("kowalczyk"), [S("lukasiewicz")],
               "Zmiana numeru rachunku bankowego od 01.01.2027 – Przewozy Kowalczyk s.c.",
               ("CET", 2026, 12, 2, 8, 47, 15),
               ("postfix", dict(host="poczta.przewozy-kowalczyk.pl", ip="46.242.130.77", rdns="s77.serwery-home.pl",
                                client=("BIURO-PC", "aaev77.neoplus.adsl.tpnet.pl", "83.25.128.77"), mua="outlook")),
               mixed(alt(text(body, "windows-1250", "quoted-printable"),
                         html(html_outlook(body, "windows-1250", "PL"), "windows-1250", "quoted-printable")),
                     pdf_att(letter, "Zmiana_rachunku_Przewozy_Kowalczyk.pdf", title="Zmiana rachunku",
                             creator="Microsoft® Word 2019", producer="Microsoft® Word 2019", t=t)),
               name_cs="windows-1250", name_enc="Q", mixed_subject=True,
               what="A regional carrier properly announces a new bank account from 2027 with a letter signed by both partners.",
               why="Genuine: the carrier's own domain and usual office line, change announced a month in advance, old account stays open, new account on the VAT white list, asks for phone verification on the known number.",
               pairs=[("17-it-ferretti-variazione-iban.eml", "bank-detail change of a carrier; genuine one gives lead time, keeps the old account and asks for call-back and white-list check"),
                      ("02-de-lieferant-neue-bankverbindung.eml", "bank-detail change with signed letter; genuine one is verifiable")])


def messages():
    return [b22(), b23(), b24(), b25(), b26()]
