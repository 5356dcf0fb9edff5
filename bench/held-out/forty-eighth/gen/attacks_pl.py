"""Attack messages, Polish (5)."""

from codes import iban_print, pl_nip_fmt
from company import S, BANK, VAT
from core import Msg, alt, plain, mixed, att_zip
from systems import Zoho, Mailgun, Interia, Onet, SendGrid


def a22():
    acc = iban_print(BANK["partner_fake"])
    text = """Szanowna Pani Małgorzato,

uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 09.11.2026 r. prosimy o dokonywanie wszystkich płatności na nowy rachunek:

Partner Logistik sp. z o.o.
Alior Bank S.A.
%s

Dotychczasowy rachunek w mBanku zostanie zamknięty z końcem miesiąca. Nowy rachunek zostanie zgłoszony do wykazu podatników VAT (biała lista) w ciągu kilku dni – do tego czasu prosimy o realizację przelewów bez weryfikacji w wykazie. Płatność za fakturę FV/2026/11/0087 (14 760,00 zł) prosimy zlecić najpóźniej w środę.

Zmiana dotyczy wyłącznie płatności – pozostałe dane spółki pozostają bez zmian. Potwierdzenie z banku prześlę w osobnej wiadomości.

Z poważaniem

Tadeusz Zieliński
Kierownik ds. Kluczowych Klientów
Partner Logistik sp. z o.o.
ul. Składowa 12, 62-080 Tarnowo Podgórne
NIP %s""" % (acc, pl_nip_fmt(VAT["partner"]))
    return Msg("partner-logistik-zmiana-rachunku", "2026-11-06 10:27:31",
               Zoho(client_helo="[10.8.0.6]", client_ip="194.26.29.114", zone="CET"),
               ("Tadeusz Zieliński", "t.zielinski@partner-logistic.pl"), [S("lukasik")],
               "Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.",
               alt(text, "UTF-8", "quoted-printable", hstyle="generic", lang="pl"),
               hcs="UTF-8", hmode="B",
               what="'Tadeusz Zieliński' of Partner Logistik announces a new bank account at Alior Bank and asks to pay invoice FV/2026/11/0087 there.",
               why="Partner bank-detail-change BEC: look-alike partner-logistic.pl ('c' instead of 'k') hosted on Zoho Mail, admits the new account is not on the Polish VAT white list and asks to pay "
                   "'without checking the list' (for a real company this would be a red flag and a tax risk), deadline. Contrast business/22 (genuine invoice, white-listed mBank account).",
               technique="BEC partner bank change; look-alike domain (Zoho Mail)")


def a23():
    url = "https://ksef-aplikacja-podatnika.pl/web/login?nip=8992811472&ref=KSEF-20261016-A1B2C3"
    ksef_no = "7792354101-20261016-5E1B0C7A94D2-3F"
    text = """Szanowni Państwo,

w Krajowym Systemie e-Faktur (KSeF) udostępniono nową fakturę ustrukturyzowaną wystawioną dla podmiotu:

EXAMPLE POLSKA SP. Z O.O.
NIP: %s

Numer KSeF: %s
Data wystawienia: 16.10.2026
Kwota brutto: 28 413,90 PLN

Aby pobrać fakturę i potwierdzić jej odbiór, zaloguj się do Aplikacji Podatnika KSeF przy użyciu profilu zaufanego, podpisu kwalifikowanego lub tokena:

[[Zaloguj się do KSeF|%s]]

Brak potwierdzenia odbioru w terminie 7 dni skutkuje przekazaniem faktury do weryfikacji przez urząd skarbowy.

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
Ministerstwo Finansów | Krajowa Administracja Skarbowa""" % (pl_nip_fmt(VAT["example_pl"]), ksef_no, url)
    return Msg("ksef-nowa-faktura-logowanie", "2026-10-16 08:06:12",
               Mailgun(mgdomain="mg.ksef-powiadomienia.pl", tag="ksef"),
               ("KSeF – Krajowy System e-Faktur", "powiadomienia@ksef-powiadomienia.pl"), [S("lukasik")],
               "KSeF: otrzymano nową fakturę – numer KSeF %s" % ksef_no,
               alt(text, "UTF-8", "quoted-printable", hstyle="generic", pstyle="colon", lang="pl"),
               hcs="UTF-8", hmode="Q",
               what="'KSeF' notification that a new structured invoice is waiting and must be 'confirmed' after logging in with Profil Zaufany or a token.",
               why="E-invoicing credential phishing: KSeF (mandatory Polish e-invoicing) does not e-mail invoice notifications or require receipt confirmation; look-alike domains via Mailgun; "
                   "threat of a tax-office review; fake login page collecting trusted-profile credentials/KSeF tokens. Contrast business/22.",
               technique="credential phishing: e-invoicing system (KSeF) / national tax administration; bulk ESP (Mailgun)")


def a24():
    text = """Dzień dobry,

w imieniu inwestora prosimy o przygotowanie oferty na kompleksową dokumentację projektową (projekt budowlany, projekt wykonawczy, nadzór autorski) hali magazynowo-produkcyjnej o powierzchni ok. 12 000 m² wraz z częścią biurową, zlokalizowanej w Kątach Wrocławskich.

Specyfikacja, mapa do celów projektowych oraz decyzja o warunkach zabudowy znajdują się w załączniku. Ze względu na poufność inwestycji plik został zabezpieczony hasłem.

Hasło do archiwum: Hala2026

Termin składania ofert: 27.11.2026 r. Prosimy o potwierdzenie udziału w postępowaniu.

Z poważaniem
Robert Domański
Domański Inwestycje
tel. 512 884 310"""
    z = att_zip("Zapytanie_ofertowe_hala_Katy_Wr.zip",
                [("Specyfikacja_hala_12000m2.pdf.exe", "inert placeholder - evaluation sample, no executable content\n",
                  (2026, 11, 13, 12, 2, 40))], password="Hala2026", seed="a24")
    m = Msg("zapytanie-ofertowe-zip-haslo", "2026-11-13 13:51:29", Interia(),
            ("Domański Inwestycje", "domanski.inwestycje@interia.pl"), [S("wroblewski")],
            "Zapytanie ofertowe – projekt hali magazynowej 12 000 m² – Kąty Wrocławskie",
            mixed(plain(text, "UTF-8", "base64"), z),
            what="Unsolicited request for a design quotation for a 12,000 m² warehouse with a password-protected ZIP.",
            why="Malware delivery: unknown 'investor' on a free interia.pl address, password given in the same mail so the ZipCrypto archive cannot be scanned, "
                "inside an executable disguised as a PDF (.pdf.exe). Contrast business/24 (genuine encrypted survey data, password sent by SMS).",
            technique="password-protected archive (ZipCrypto) with disguised executable; RFQ lure; free mailer (Interia)")
    m.zip_password = "Hala2026"
    return m


def a25():
    text = """Pani Małgorzato,

jest Pani dziś w biurze? Potrzebuję Pani pomocy w pilnej i poufnej sprawie. Jestem na spotkaniu z zarządem i nie mogę rozmawiać przez telefon.

Proszę podać mi swój aktualny numer komórki – napiszę do Pani na WhatsAppie i wszystko wyjaśnię. Na razie proszę nikomu o tym nie wspominać.

Paweł Wróblewski

Wysłane z iPhone'a"""
    return Msg("dyrektor-numer-telefonu-whatsapp", "2026-12-09 08:47:50", Onet(),
               ("Paweł Wróblewski", "pawel.wroblewski.dyr@onet.pl"), [S("lukasik")],
               "Pilne",
               plain(text, "UTF-8", "quoted-printable"),
               what="The Wrocław office manager's name on an onet.pl address asks the accountant for her mobile number to continue on WhatsApp.",
               why="BEC opener: manager impersonated on a free mailer, urgency and secrecy, cannot talk, moves the conversation to WhatsApp where the payment request follows outside company controls. "
                   "Contrast business/25 (the real manager's urgent payment request through the internal relay).",
               technique="CEO/manager fraud (BEC) moving to WhatsApp; free mailer (Onet)")


def a26():
    text = """Dzień dobry Panie Pawle,

nasz system wykrył atak typu spam na Pana skrzynkę pocztową (ponad 2 400 wiadomości w ciągu ostatniej godziny). Aby zablokować źródło i przywrócić normalne działanie poczty, nasz technik, Pan Marek Kowal, skontaktuje się z Panem w ciągu 15 minut przez Microsoft Teams (konto: IT Support | Example Group).

Prosimy:
1. przyjąć połączenie w Teams,
2. uruchomić aplikację Szybka pomoc (Quick Assist) – skrót Ctrl + Windows + Q,
3. podać technikowi kod zabezpieczający widoczny na ekranie i zezwolić na przejęcie kontroli.

Nie należy w tym czasie wyłączać komputera ani zgłaszać sprawy w inny sposób, aby nie przerwać procedury.

Numer zgłoszenia: INC-88417

Dział IT
Example Group – Service Desk"""
    return Msg("teams-helpdesk-quick-assist", "2026-10-21 15:02:19", SendGrid(),
               ("Dział IT – Example Group", "servicedesk@examplegroup-it.support"), [S("wroblewski")],
               "Zgłoszenie INC-88417: atak spamowy na Pana skrzynkę – kontakt technika przez Teams",
               alt(text, "UTF-8", "quoted-printable", hstyle="generic", lang="pl"),
               hcs="UTF-8", hmode="B",
               what="'IT service desk' announces a Teams call from a technician and asks the user to start Quick Assist and hand over control.",
               why="Remote-access vishing pretext (email-bombing + fake help desk, as used by ransomware affiliates): external look-alike domain examplegroup-it.support via SendGrid, "
                   "external Teams account, instruction to run Quick Assist and give control, 'do not report it'. Contrast business/26 (the real IT ticket confirmation).",
               technique="Teams / remote-access vishing pretext (Quick Assist); help-desk impersonation; bulk ESP (SendGrid)")


def messages():
    return [a22(), a23(), a24(), a25(), a26()]
