# -*- coding: utf-8 -*-
"""Genuine business messages 22-26 (Polish)."""
from common import *  # noqa: F401,F403
from company import PARTNER_IBAN, PARTNER_NIP
from datetime import datetime, timezone

from attacks_pl import EXG_PL_NIP

HOMEPL = ("serwer2487512.home.pl", "46.242.241.38")
PL_OFFICE = ("host-87-99-10-34.internetia.net.pl", "87.99.10.34")
PREV_MSGID = "<4b2e9d17c0a84f3e9a61d5c2b7e80f14@EXMB01.corp.example.com>"


def b22():
    ksef = bk.ksef_number(PARTNER_NIP, "20261102", "0B3A71C4E2F9")
    lines = [("Partner Logistik sp. z o.o.", 15, True), "ul. Pucka 112, 81-036 Gdynia - NIP " + bk.fmt_nip(PARTNER_NIP),
             "", ("FAKTURA VAT nr FV/1184/2026 - wizualizacja", 12, True), "Numer KSeF: " + ksef,
             "Data wystawienia: 02.11.2026   Data sprzedaży: 31.10.2026", "",
             "Nabywca: EXAMPLE SHIPPING & PORT SERVICES GMBH SP. Z O.O. ODDZIAŁ W POLSCE",
             "ul. Waszyngtona 34/36, 81-342 Gdynia, NIP " + bk.fmt_nip(EXG_PL_NIP), "",
             ("Lp. Nazwa usługi                                   Netto        VAT 23%      Brutto", 9, True),
             ("1.  Transport kontenerów BCT/GCT - magazyn (X.2026)    18 450,24    4 243,56    22 693,80", 9, False),
             ("2.  Składowanie i przeładunek - magazyn Gdynia (X.2026) 7 150,00    1 644,50     8 794,50", 9, False), "",
             ("Razem do zapłaty: 31 488,30 PLN", 11, True), "Termin płatności: 16.11.2026 (14 dni)",
             "Rachunek: " + bk.fmt_iban(PARTNER_IBAN) + " (PKO BP S.A.)"]
    text = """\
Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/1184/2026 z dnia 02.11.2026 za usługi transportowe i magazynowe (październik 2026).

Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: %s. Załączony plik PDF jest wyłącznie wizualizacją faktury.

Kwota do zapłaty: 31 488,30 zł
Termin płatności: 16.11.2026
Rachunek: %s (PKO BP S.A.)

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Pucka 112, 81-036 Gdynia""" % (ksef, bk.fmt_iban(PARTNER_IBAN))
    return Mail("pl", "partner-logistik-faktura-ksef", "postfix", (2026, 11, 3, 13, 10, 22),
                ("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), [S("pl_acc")],
                "Faktura VAT FV/1184/2026 - Partner Logistik sp. z o.o.",
                B.mixed(B.plain(text, "iso-8859-2", "base64"),
                        pdf_part("FV_1184_2026.pdf", lines, title="FV/1184/2026", author="Partner Logistik",
                                 producer="Comarch ERP Optima 2026.1", creator="Comarch ERP Optima",
                                 date="20261103131000+01'00'")),
                hcs=("iso-8859-2", "Q"),
                p=dict(mta=HOMEPL, ua="erp", mailer="Comarch ERP Optima 2026.1", erp_host="optima.plogistik.local",
                       lan="192.168.1.12"),
                what="Logistics partner's invoice with KSeF number and PDF visualisation",
                why="Partner Logistik's real domain and home.pl server (ERP relay from its LAN); KSeF number carries a "
                    "valid CRC-8; account at PKO BP as on the VAT white list; amounts consistent.")


def b23():
    prev = """\
Panie Tadeuszu,

potwierdzam odbiór dwóch kontenerów 40' HC w piątek 13.11 z terminalu BCT, dostawa do Poznania w poniedziałek do 8:00. Proszę o przesłanie numerów rejestracyjnych i danych kierowców do awizacji.

Pozdrawiam
Małgorzata Wójcik
Księgowość / Administracja | Example Group Gdynia"""
    text = """\
Pani Małgorzato,

dziękuję, potwierdzam: odbiór 2 x 40' HC w piątek 13.11 z BCT, okno awizacyjne 9:00–11:00, dostawa Poznań w poniedziałek do 8:00.

Kierowcy:
- Andrzej K., ciągnik GD 4K217 / naczepa GD 2F881
- Piotr S., ciągnik GD 7M502 / naczepa GD 3H118

Faktura za przewóz zostanie wystawiona standardowo w KSeF po zakończeniu zlecenia, płatność jak zawsze na nasz rachunek w PKO BP.

Pozdrawiam serdecznie
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

%s""" % prev
    return Mail("pl", "partner-logistik-watek-zlecenie", "postfix", (2026, 11, 11, 11, 2, 50),
                ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [S("pl_acc")],
                "RE: Zlecenie transportowe ZT/2026/1187 – kontenery Gdynia – Poznań",
                B.alt(text, "outlook", "windows-1250"), cc=[S("pl_mgr")], hcs=("windows-1250", "Q"),
                irt=PREV_MSGID, refs="<003101dc4f8e$2a91c6e0$7fb554a0$@partner-logistik.pl> " + PREV_MSGID,
                p=dict(mta=HOMEPL, client_ip=PL_OFFICE, lan="192.168.1.57", ua="outlook", content_lang="pl"),
                what="Genuine reply in the same transport-order thread that A23 later hijacks",
                why="Same partner mailbox but submitted from Partner Logistik's usual office line, no Reply-To, "
                    "operational details only and confirms payment 'as always' to the PKO BP account.")


def b24():
    text = """\
Cześć Paweł,

piszę z prywatnej skrzynki, bo nie mam w domu służbowego laptopa. Od rana mam gorączkę, lekarz wystawił mi e-ZLA do piątku włącznie (20.11) - zwolnienie powinno być już widoczne na PUE ZUS.

Najpilniejsze sprawy:
- faktury Partner Logistik FV/1184 i FV/1191 są zaksięgowane, przelewy czekają w bankowości na Twoją akceptację (termin w poniedziałek, rachunek PKO BP jak zawsze);
- JPK_V7M za październik wysłany 12.11., UPO jest w folderze Księgowość/JPK.

Gdyby coś było pilne, dzwoń na komórkę.

Pozdrawiam
Małgosia"""
    return Mail("pl", "zwolnienie-lekarskie-prywatny-wp", "webmail", (2026, 11, 16, 7, 35, 14),
                ("Małgorzata Wójcik", "m.wojcik.gdy@wp.pl"), [S("pl_mgr")], "L4 do piątku",
                B.plain(text, "iso-8859-2", "quoted-printable"), hcs=("iso-8859-2", "Q"),
                p=dict(kind="wp", cnet="83.25"),
                what="Colleague's sick-leave note (e-ZLA) from her private WP mailbox",
                why="Her known private address; sick leave through ZUS e-ZLA; hand-over only; payments stay in "
                    "the bank's approval queue to the known account.")


def b25():
    lines = [("Anna Kowalczyk", 16, True), "Gdańsk - anna.kowalczyk93@gmail.com", "",
             ("Doświadczenie zawodowe", 12, True),
             "2023 - obecnie: Asystentka agenta statkowego, agencja żeglugowa, Gdańsk",
             "  - zgłoszenia zawinięć statków w PUESC i Port Community System",
             "  - organizacja zmian załóg (hotele, transfery, wizy)",
             "  - przygotowanie PDA/FDA i rozliczenia z armatorami",
             "2021 - 2023: Specjalistka ds. obsługi klienta, spedycja morska, Gdynia", "",
             ("Wykształcenie", 12, True), "Uniwersytet Morski w Gdyni - Transport i logistyka (mgr)", "",
             ("Języki", 12, True), "angielski - C1, niemiecki - B1", "",
             ("Wyrażam zgodę na przetwarzanie moich danych osobowych w celu rekrutacji.", 8, False)]
    text = """\
Dzień dobry,

w odpowiedzi na ogłoszenie opublikowane na portalu pracuj.pl przesyłam w załączniku moje CV na stanowisko Specjalisty ds. obsługi statków w Gdyni.

Od trzech lat pracuję jako asystentka agenta statkowego w Gdańsku - zajmuję się m.in. zgłoszeniami zawinięć w PUESC i Port Community System, organizacją zmian załóg oraz przygotowaniem PDA/FDA dla armatorów. Posługuję się biegle językiem angielskim i komunikatywnie niemieckim.

Chętnie opowiem więcej podczas rozmowy.

Z wyrazami szacunku
Anna Kowalczyk"""
    return Mail("pl", "aplikacja-cv-pdf-gmail", "gmail", (2026, 12, 4, 19, 22, 5),
                ("Anna Kowalczyk", "anna.kowalczyk93@gmail.com"), [S("pl_mgr")],
                "Aplikacja na stanowisko Specjalista ds. obsługi statków – Anna Kowalczyk",
                B.mixed(B.alt(text, "gmail", "utf-8", "quoted-printable"),
                        pdf_part("CV_Anna_Kowalczyk.pdf", lines, title="CV Anna Kowalczyk", author="Anna Kowalczyk",
                                 producer="Microsoft\xae Word dla Microsoft 365",
                                 creator="Microsoft\xae Word dla Microsoft 365", date="20261204185500+01'00'")),
                hcs=("utf-8", "B"), p=dict(ghost=("mail-lf1-f47", "209.85.167.47")),
                what="Genuine job application on Gmail with a plain PDF CV",
                why="Private applicant from Gmail's real infrastructure; CV is an ordinary text PDF, no archive, no "
                    "password, no macro; refers to the real job advert.")


def b26():
    t = datetime(2026, 11, 29, 18, 48, tzinfo=timezone.utc)
    ms = int(t.timestamp() * 1000)
    url = ("https://accounts.google.com/AccountChooser?Email=pawel.nowak@example.com&continue=https://myaccount.google.com/"
           "alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D-4186220931837455710%%26et%%3D0" % ms)
    text = """\
Nowe logowanie na urządzeniu z systemem Windows

pawel.nowak@example.com

Zauważyliśmy nowe logowanie na Twoje konto Google na urządzeniu z systemem Windows. Jeśli to Ty, nie musisz nic robić. Jeśli nie, pomożemy Ci zabezpieczyć konto.

[[btn:Sprawdź aktywność|%s]]

Aktywność związaną z bezpieczeństwem możesz też sprawdzić na stronie
https://myaccount.google.com/notifications

Otrzymujesz ten e-mail, aby poinformować Cię o ważnych zmianach na Twoim koncie Google i w usługach Google.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % url
    return Mail("pl", "google-alert-bezpieczenstwa", "service", (2026, 11, 29, 19, 48, 30),
                ("Google", "no-reply@accounts.google.com"), [S("pl_mgr")],
                "Alert bezpieczeństwa", B.alt(text, "brand", "utf-8", brand="Google", color="#1a73e8", lang="pl",
                                              linkstyle="bracket"),
                hcs=("utf-8", "B"), p=dict(svc="google"),
                what="Genuine Google 'new sign-in' security alert for a Google account registered with the office "
                     "address",
                why="Google's real sender and mail-sor infrastructure; links only to accounts.google.com / "
                    "myaccount.google.com; informational, nothing to enter.")


def messages():
    return [b22(), b23(), b24(), b25(), b26()]
