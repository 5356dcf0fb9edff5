# -*- coding: utf-8 -*-
"""Attack messages 22-26 (Polish)."""
from common import *  # noqa: F401,F403

EXG_PL_NIP = bk.pl_nip("958174302")


def a22():
    url = "https://ksef-podatki.pl/uwierzytelnienie/kontekst?nip=%s&ref=KSEF2-TOKEN-EXP" % EXG_PL_NIP
    text = """\
Szanowni Państwo,

informujemy, że token uwierzytelniający wygenerowany dla kontekstu NIP %s (EXAMPLE SHIPPING & PORT SERVICES GMBH SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ ODDZIAŁ W POLSCE) utraci ważność w dniu 23.10.2026 r. w związku z przejściem KSeF 2.0 na nowy model certyfikatów.

Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych z użyciem dotychczasowego tokena nie będzie możliwe, a faktury wystawione poza KSeF mogą skutkować sankcjami przewidzianymi w ustawie o VAT.

Aby zachować ciągłość fakturowania, prosimy o ponowne uwierzytelnienie podmiotu:

[[btn:Odnów uprawnienia w KSeF|%s]]

Do logowania przygotuj login i hasło do Profilu Zaufanego lub bankowości elektronicznej.

Z poważaniem
Zespół Krajowego Systemu e-Faktur
Ministerstwo Finansów

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.""" % (bk.fmt_nip(EXG_PL_NIP), url)
    return Mail("pl", "ksef-token-wygasa-phishing", "esp", (2026, 10, 20, 7, 58, 12),
                ("Krajowy System e-Faktur", "powiadomienia@ksef-podatki.pl"), [S("pl_acc")],
                "KSeF: token uwierzytelniający wygaśnie 23.10.2026 - wymagane ponowne uwierzytelnienie",
                B.alt(text, "brand", "iso-8859-2", brand="Krajowy System e-Faktur", color="#c8102e", lang="pl",
                      footer="Ministerstwo Finansów - ul. Świętokrzyska 12, 00-916 Warszawa", linkstyle="bracket"),
                hcs=("iso-8859-2", "Q"), p=dict(esp="ses"),
                what="E-invoicing (KSeF, Polish National e-Invoice System) token-expiry phishing",
                why="KSeF does not mail login links; ksef-podatki.pl is not a gov.pl domain; sent through Amazon "
                    "SES; harvests Profil Zaufany / online-banking credentials under threat of VAT sanctions.")


def a23():
    ib = bk.iban_pl("1090136", "0000000147335522")
    prev = """\
Panie Tadeuszu,

potwierdzam odbiór dwóch kontenerów 40' HC w piątek 13.11 z terminalu BCT, dostawa do Poznania w poniedziałek do 8:00. Proszę o przesłanie numerów rejestracyjnych i danych kierowców do awizacji.

Pozdrawiam
Małgorzata Wójcik
Księgowość / Administracja | Example Group Gdynia"""
    text = """\
Pani Małgorzato,

dziękuję za potwierdzenie terminów, dane kierowców prześlę jutro rano. Przy okazji mam prośbę w sprawie płatności: nasz rachunek w PKO BP jest od wczoraj czasowo zablokowany w związku z trwającą kontrolą celno-skarbową (sprawa dotyczy innego klienta, nie Państwa). Do czasu jej zakończenia prosimy o regulowanie należności na nasz rachunek pomocniczy:

Santander Bank Polska S.A.
%s
Odbiorca: Partner Logistik sp. z o.o.

Rachunek został już zgłoszony do wykazu podatników VAT (białej listy) – aktualizacja w wykazie może potrwać kilka dni roboczych, proszę się tym nie sugerować.

Dotyczy to w szczególności faktur FV/1184/2026 i FV/1191/2026 (łącznie 58 940,40 zł), których termin mija w poniedziałek. Będę wdzięczny za informację, kiedy przelew zostanie zlecony.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Spedycji
Partner Logistik sp. z o.o.
ul. Pucka 112, 81-036 Gdynia

-----Original Message-----
From: Małgorzata Wójcik <malgorzata.wojcik@example.com>
Sent: Wednesday, November 11, 2026 10:12 AM
To: Tadeusz Zieliński <t.zielinski@partner-logistik.pl>
Cc: Paweł Nowak <pawel.nowak@example.com>
Subject: RE: Zlecenie transportowe ZT/2026/1187 – kontenery Gdynia – Poznań

%s""" % (bk.fmt_iban(ib), prev)
    irt = "<4b2e9d17c0a84f3e9a61d5c2b7e80f14@EXMB01.corp.example.com>"
    return Mail("pl", "thread-hijack-partner-logistik-rachunek", "postfix", (2026, 11, 12, 15, 47, 33),
                ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [S("pl_acc")],
                "RE: Zlecenie transportowe ZT/2026/1187 – kontenery Gdynia – Poznań",
                B.alt(text, "outlook", "windows-1250"), cc=[S("pl_mgr")],
                reply_to=("Tadeusz Zieliński", "t.zielinski@partner-logistlk.pl"), hcs=("windows-1250", "Q"),
                irt=irt, refs="<003101dc4f8e$2a91c6e0$7fb554a0$@partner-logistik.pl> " + irt,
                p=dict(mta=("serwer2487512.home.pl", "46.242.241.38"), client_ip=("unknown", "5.181.22.47"),
                       lan="10.14.0.3", ua="outlook", content_lang="pl"),
                what="Thread hijack from Partner Logistik's compromised mailbox: 'temporary' bank account during a "
                     "tax audit, Reply-To to a look-alike",
                why="Genuine partner mailbox at home.pl but submitted from 5.181.22.47 (VPN/hosting, not the usual "
                    "office line); Reply-To goes to partner-logistlk.pl (l->I look-alike); payment diversion to an "
                    "account not on the VAT white list with a pre-emptive excuse; Monday deadline.",
                hn=["B22", "B23"])


def a24():
    num = "620418773190552118456"
    url = "https://inpost-pl.dostawa-paczki.shop/pl/doplata?n=" + num
    text = """\
Dzień dobry,

Twoja przesyłka nr %s nie mogła zostać umieszczona w Paczkomacie GDY12M (Gdynia, ul. Waszyngtona 34) z powodu niedopłaty za przesyłkę gabarytową.

Nadawca: DHL Express (Poland) - dokumenty
Do zapłaty: 3,49 zł

Jeżeli dopłata nie zostanie uregulowana w ciągu 48 godzin, przesyłka zostanie zwrócona do nadawcy.

[[btn:Opłać i odbierz przesyłkę|%s]]

Pozdrawiamy
Zespół InPost""" % (num, url)
    return Mail("pl", "inpost-doplata-przesylka", "exim", (2026, 11, 30, 12, 9, 51),
                ("InPost", "powiadomienia@pracownia-krawiecka-ola.pl"), [S("pl_mgr")],
                "Twoja paczka czeka na dopłatę - zwrot do nadawcy za 48h",
                B.alt(text, "brand", "iso-8859-2", "base64", brand="InPost", color="#ffcd00", lang="pl",
                      footer="InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków"),
                hcs=("iso-8859-2", "B"),
                p=dict(mta=("s134.cyber-folks.pl", "195.78.66.134"), ua="roundcube"),
                what="Courier (InPost parcel locker) surcharge phishing for card data",
                why="Sent from a tailor's compromised shared-hosting mailbox (cyber_Folks cPanel webmail), not "
                    "from InPost; link to a .shop look-alike collecting card details; small amount and 48-hour "
                    "return threat.")


def a25():
    text = """\
Dzień dobry,

w odpowiedzi na ogłoszenie na stanowisko Specjalisty ds. obsługi statków (agent portowy) w Gdyni przesyłam swoje CV oraz list motywacyjny. Od czterech lat pracuję w obsłudze operacyjnej jednostek w porcie Gdańsk, znam procedury PUESC oraz organizację zmian załóg.

Ze względu na dane osobowe pliki są zabezpieczone hasłem: CV2026

Będę wdzięczna za informację o dalszych etapach rekrutacji.

Z poważaniem
Katarzyna Wiśniewska"""
    z = zip_part("CV_Katarzyna_Wisniewska.zip", [("CV_Katarzyna_Wisniewska_2026.pdf.lnk", A.PLACEHOLDER)],
                 password="CV2026", date_time=(2026, 12, 8, 9, 20, 0))
    return Mail("pl", "cv-zip-haslo-lnk", "webmail", (2026, 12, 8, 9, 31, 4),
                ("Katarzyna Wiśniewska", "k.wisniewska.praca@onet.pl"), [S("pl_mgr")],
                "Aplikacja – Specjalista ds. obsługi statków (agent portowy) – Katarzyna Wiśniewska",
                B.mixed(B.plain(text, "utf-8", "quoted-printable"), z), hcs=("utf-8", "Q"),
                p=dict(kind="onet"),
                what="Fake job application: password-protected ZIP 'CV' containing a Windows shortcut (.lnk)",
                why="Encrypted archive with the password in the body defeats scanning; the 'CV' is a .pdf.lnk "
                    "shortcut (script launcher), not a document; genuine applicants send PDFs (B25).",
                hn=["B25"])


def a26():
    ib = bk.iban_pl("1140200", "0040000237105516")
    text = """\
Szanowni Państwo,

uprzejmie informujemy, że dane Państwa firmy (EXAMPLE SHIPPING & PORT SERVICES GMBH SP. Z O.O. ODDZIAŁ W POLSCE, NIP %s) wymagają aktualizacji w Centralnym Rejestrze Firm i Przedsiębiorców na rok 2027.

W załączeniu przesyłamy formularz aktualizacyjny wraz z numerem sprawy CRFiP/2026/11873. Aktualizacja wpisu zostanie dokonana po zaksięgowaniu opłaty rejestracyjnej w wysokości 1 290,00 zł netto (1 586,70 zł brutto) na rachunek wskazany w formularzu, w terminie 7 dni od otrzymania niniejszej wiadomości.

Wpis w rejestrze zapewnia widoczność firmy w wyszukiwarce kontrahentów oraz potwierdza aktualność danych wobec partnerów handlowych.

Z poważaniem
Dział Rejestracji
Centralny Rejestr Firm i Przedsiębiorców""" % bk.fmt_nip(EXG_PL_NIP)
    pdf = pdf_part("Formularz_aktualizacji_CRFiP_2026_11873.pdf", [
        ("CENTRALNY REJESTR FIRM I PRZEDSIĘBIORCÓW", 14, True), "ul. Chmielna 73, 00-801 Warszawa", "",
        ("Formularz aktualizacji wpisu - sprawa CRFiP/2026/11873", 11, True), "",
        "Podmiot: EXAMPLE SHIPPING & PORT SERVICES GMBH SP. Z O.O. ODDZIAŁ W POLSCE",
        "NIP: " + bk.fmt_nip(EXG_PL_NIP), "Adres: ul. Waszyngtona 34/36, 81-342 Gdynia", "",
        "Opłata rejestracyjna za rok 2027: 1 290,00 zł netto + 23% VAT = 1 586,70 zł brutto",
        "Rachunek: " + bk.fmt_iban(ib), "Tytuł przelewu: CRFiP/2026/11873", "Termin płatności: 7 dni", "", "", "",
        ("Formularz stanowi ofertę zawarcia umowy o zamieszczenie danych w prywatnym katalogu internetowym CRFiP.", 6, False),
        ("Dokonanie wpłaty oznacza akceptację regulaminu i zawarcie umowy na okres 24 miesięcy. CRFiP nie jest", 6, False),
        ("rejestrem urzędowym i nie ma związku z KRS ani CEIDG.", 6, False)],
        title="Formularz CRFiP", producer="TCPDF 6.6.2 (http://www.tcpdf.org)", creator="CRFiP",
        date="20261118101500+01'00'")
    return Mail("pl", "rejestr-firm-oplata-oferta", "postfix", (2026, 11, 18, 10, 20, 37),
                ("Centralny Rejestr Firm i Przedsiębiorców", "rejestracja@crfip.pl"), [S("pl_acc")],
                "Aktualizacja wpisu w rejestrze na rok 2027 – sprawa CRFiP/2026/11873",
                B.mixed(B.plain(text, "windows-1250", "quoted-printable"), pdf), hcs=("windows-1250", "Q"),
                p=dict(mta=("mail.crfip.pl", "116.203.74.19"), rdns="static.19.74.203.116.clients.your-server.de",
                       ua="roundcube"),
                what="Fake register invoice: private 'Central Register of Companies' demanding a registration fee",
                why="Private directory imitating official registers (KRS/CEIDG are free and official); the PDF small "
                    "print reveals a 24-month paid listing contract; Hetzner VPS sender; deadline pressure.")


def messages():
    return [a22(), a23(), a24(), a25(), a26()]
