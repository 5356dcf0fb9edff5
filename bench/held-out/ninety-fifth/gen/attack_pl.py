"""Attack messages 22-26 (Polish)."""

from dsl import *  # noqa: F401,F403

M = A("attack")

# ---------------------------------------------------------------- 22 KSeF token phishing via SES
_url22 = "https://ksef-podatki.pl/logowanie/token?nip=" + VAT["example_pl"]
_plain22 = dedent("""
    Krajowy System e-Faktur (KSeF)
    Ministerstwo Finansów

    Powiadomienie o wstrzymaniu odbioru faktur

    Podmiot: EXAMPLE GROUP POLSKA SP. Z O.O., NIP %s

    Szanowni Państwo,

    token autoryzacyjny wykorzystywany przez Państwa system finansowo-księgowy do pobierania faktur zakupowych z KSeF wygasł w dniu 16.11.2026. Od tego czasu 3 faktury zakupowe oczekują na odbiór, a termin płatności dla części z nich upływa w tym tygodniu.

    Zgodnie z art. 106nd ustawy o VAT faktury otrzymane w KSeF uznaje się za doręczone z chwilą przydzielenia numeru KSeF – brak odbioru nie wstrzymuje biegu terminów płatności.

    Aby wygenerować nowy token, prosimy zalogować się do Aplikacji Podatnika KSeF za pomocą profilu zaufanego (login.gov.pl) lub bankowości elektronicznej:

    %s

    Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.
    """) % (VAT["example_pl"], _url22)
_html22 = notice_html(
    "Powiadomienie o wstrzymaniu odbioru faktur",
    ["Podmiot: <b>EXAMPLE GROUP POLSKA SP. Z O.O.</b>, NIP %s" % VAT["example_pl"],
     "Szanowni Państwo,",
     "token autoryzacyjny wykorzystywany przez Państwa system finansowo-księgowy do pobierania faktur zakupowych z KSeF <b>wygasł w dniu 16.11.2026</b>. Od tego czasu <b>3 faktury zakupowe</b> oczekują na odbiór, a termin płatności dla części z nich upływa w tym tygodniu.",
     "Zgodnie z art. 106nd ustawy o VAT faktury otrzymane w KSeF uznaje się za doręczone z chwilą przydzielenia numeru KSeF – brak odbioru nie wstrzymuje biegu terminów płatności.",
     "Aby wygenerować nowy token, prosimy zalogować się do Aplikacji Podatnika KSeF za pomocą profilu zaufanego (login.gov.pl) lub bankowości elektronicznej."],
    "Zaloguj się do Aplikacji Podatnika KSeF", _url22,
    "Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa. Wiadomość wygenerowana automatycznie.",
    color="#c8102e", logo_text="KSeF &middot; Krajowy System e-Faktur", lang="pl")
M(22, "pl", "ksef-token-wygasl",
  ("KSeF - Ministerstwo Finansów", "powiadomienia@ksef-podatki.pl"), STAFF["pl_acc"],
  "KSeF: token wygasł – 3 faktury zakupowe oczekują na odbiór", "2026-11-17 07:12:40",
  P(infra.ses, region="eu-central-1"),
  alt(text(_plain22, "utf-8", "base64"), html(_html22, "utf-8", "base64")),
  hcs="UTF-8", henc="B",
  what="'KSeF / Ministry of Finance': authorisation token expired, 3 purchase invoices waiting, log in with Profil Zaufany",
  why="National e-invoicing system (mandatory KSeF 2026) pretext; KSeF does not send such e-mails; domain ksef-podatki.pl instead of gov.pl/mf.gov.pl; link to a fake login harvesting Profil Zaufany/bank credentials; sent through Amazon SES",
  technique="Credential phishing with e-invoicing system pretext (KSeF), bulk ESP Amazon SES")

# ---------------------------------------------------------------- 23 thread hijack from compromised Partner Logistik mailbox, encrypted ZIP
_zip23 = zipc.make_zip([("Zlecenie_transportowe_ZT-11-0417_CMR.pdf.lnk",
                         b"placeholder: inert stand-in for a malicious Windows shortcut (evaluation sample)\n")],
                       password="PL2611", seed="a23", when=(2026, 11, 6, 8, 55, 30))
_body23 = dedent("""
    Dzień dobry Pani Katarzyno,

    w nawiązaniu do poniższej korespondencji przesyłam zaktualizowane zlecenie transportowe ZT/11/0417 wraz z listem przewozowym CMR i awizacją na rozładunek w Bytomiu.

    Zgodnie z nową polityką bezpieczeństwa (RODO) dokumenty z danymi kierowców przesyłamy wyłącznie w archiwum zabezpieczonym hasłem.
    Hasło do pliku: PL2611

    Proszę o potwierdzenie zlecenia do godz. 12:00, inaczej nie utrzymamy okna czasowego na rozładunek.

    Pozdrawiam
    Tadeusz Zieliński
    Spedytor
    Partner Logistik sp. z o.o.
    ul. Bankowa 7, 40-007 Katowice
    tel. +48 32 258 41 17

    -----Original Message-----
    From: Katarzyna Wójcik <katarzyna.wojcik@example.com>
    Sent: Wednesday, November 4, 2026 2:21 PM
    To: Tadeusz Zieliński <t.zielinski@partner-logistik.pl>
    Subject: Zlecenie transportowe 11/2026 - odlewy do Bytomia

    Panie Tadeuszu,

    potwierdzam odbiór 2 palet (korpusy pomp, ok. 1,8 t) z naszego magazynu w Gliwicach w piątek 6.11 od 7:00. Rozładunek ZM Bytom, rampa 3.

    Pozdrawiam
    Katarzyna Wójcik
    """)
s23 = M(23, "pl", "partner-logistik-hijack-zip",
        PLOG["ziel"], STAFF["pl_mgr"],
        "RE: Zlecenie transportowe 11/2026 - odlewy do Bytomia", "2026-11-06 08:57:12",
        P(infra.hosted, provider="homepl", client_ip="185.161.248.97", pcname="DESKTOP-R2K8P", lang="pl"),
        mixed(alt(text(_body23, "iso-8859-2", "quoted-printable"),
                  html(html_outlook(_body23, "PL", charset="iso-8859-2"), "iso-8859-2", "quoted-printable")),
              attach(_zip23, "application/x-zip-compressed", "ZT-11-0417_CMR.zip")),
        in_reply_to="<4d9b1c2e7a5f4e0d8b3a6c1f9e2d7a40@example.com>",
        references="<4d9b1c2e7a5f4e0d8b3a6c1f9e2d7a40@example.com>",
        hcs="iso-8859-2", henc="Q",
        what="Reply in a real transport thread from the logistics partner's real mailbox, with a password-protected ZIP 'order + CMR'",
        why="Thread hijack: genuinely compromised mailbox of Partner Logistik (their own home.pl server, but submitted from an unknown foreign IP); encrypted ZIP with the password in the text hides a .pdf.lnk shortcut (double extension) from scanners; 'RODO' pretext and deadline; the partner never sends archives",
        technique="Thread hijack from a genuinely compromised partner mailbox, password-protected ZIP (ZipCrypto) with .pdf.lnk")
s23.zip_password = "PL2611"

# ---------------------------------------------------------------- 24 PUESC customs, VPS
_url24 = "https://puesc-sluzbacelna.pl/logowanie?mrn=26PL441010E0187422"
_body24 = dedent("""
    Szanowni Państwo,

    informujemy, że zgłoszenie celne w systemie AIS/IMPORT PLUS o numerze MRN 26PL441010E0187422 (nadawca: Dalian Huarui Foundry Materials Co., Ltd., towar: modyfikator sferoidyzujący FeSiMg, 2 400 kg) zostało wstrzymane z powodu niezgodności danych podmiotu w rejestrze EORI.

    Towar pozostaje w składzie czasowym w Gliwicach na koszt odbiorcy. Opłata za składowanie naliczana jest od 27.11.2026.

    W celu uzupełnienia danych i zwolnienia towaru prosimy o zalogowanie się na Platformie Usług Elektronicznych Skarbowo-Celnych (PUESC) w ciągu 3 dni roboczych:
    %s

    Z poważaniem
    Śląski Urząd Celno-Skarbowy w Katowicach
    Oddział Celny w Gliwicach
    """) % _url24
M(24, "pl", "puesc-zgloszenie-celne-eori",
  ("PUESC - Służba Celno-Skarbowa", "powiadomienia@puesc-sluzbacelna.pl"), STAFF["pl_mgr"],
  "Wstrzymanie zgłoszenia celnego MRN 26PL441010E0187422 - wymagana weryfikacja EORI", "2026-11-26 10:03:18",
  P(infra.vps, helo="mail.puesc-sluzbacelna.pl", rdns="unknown", ip="45.150.108.72",
    client_ip="45.150.108.72", mailer="roundcube", zone="UTC"),
  text(_body24, "iso-8859-2", "base64"),
  hcs="iso-8859-2", henc="B",
  what="'Customs (PUESC)' says an import declaration (nodulariser FeSiMg from China) is held for EORI mismatch; storage fees; log in to PUESC",
  why="Customs pretext tailored to a foundry's imports; sender domain puesc-sluzbacelna.pl (real service is puesc.gov.pl), VPS without reverse DNS, credential-harvesting login link, time pressure and storage fees",
  technique="Credential phishing with customs pretext (PUESC / KAS), look-alike domain on VPS without rDNS")

# ---------------------------------------------------------------- 25 supplier bank change from look-alike (scrap supplier), split-payment bypass
_frh = BANK["fr_hutmet"]
_body25 = dedent("""
    Dzień dobry Panie Pawle,

    uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę z dniem 1.12.2026 zmienia się numer rachunku bankowego Hutmet-Recykling Sp. z o.o.

    Nowy rachunek:
    Bank Millennium S.A.
    %s

    Rachunek jest w trakcie zgłaszania do wykazu podatników VAT (biała lista) – aktualizacja w bazie KAS następuje zwykle w ciągu kilku dni roboczych. Do tego czasu prosimy o realizację płatności za faktury FV/11/0392/2026 i FV/11/0417/2026 (złom stalowy, dostawy z 12 i 19.11) bez mechanizmu podzielonej płatności, ponieważ rachunek VAT jest przenoszony razem z rachunkiem głównym.

    Proszę o potwierdzenie zmiany w systemie zwrotnym mailem.

    Z poważaniem
    Agnieszka Kamińska
    Główna Księgowa
    Hutmet-Recykling Sp. z o.o.
    ul. Hutnicza 21, 41-800 Zabrze
    NIP %s
    """) % (nrb(_frh), VAT["hutmet"])
M(25, "pl", "hutmet-zmiana-rachunku-lookalike",
  ("Agnieszka Kamińska", "a.kaminska@hutmet-recykllng.pl"), STAFF["pl_acc"],
  "Zmiana numeru rachunku bankowego – Hutmet-Recykling Sp. z o.o.", "2026-11-24 13:26:44",
  P(infra.vps, helo="hutmet-recykllng.pl", rdns="vmi1887206.contaboserver.net", ip="173.249.44.61",
    client_ip="89.187.171.150", mailer="outlook", zone="DE"),
  alt(text(_body25, "windows-1250", "quoted-printable"),
      html(html_outlook(_body25, "PL", charset="windows-1250"), "windows-1250", "quoted-printable")),
  hcs="windows-1250", henc="Q",
  what="'Scrap supplier' announces a new bank account and asks to pay two scrap invoices without split payment until the VAT whitelist is updated",
  why="Look-alike domain hutmet-recykllng.pl (ll for li) on a Contabo VPS; new account not on the VAT whitelist, explicit request to skip mandatory split payment (scrap is an Annex 15 good) - both red flags for Polish AP; confirmation only by e-mail",
  technique="Supplier bank-detail change from look-alike domain on VPS, exploiting VAT whitelist / split-payment rules")

# ---------------------------------------------------------------- 26 RFQ with ZIP containing .exe, wp.pl freemail
_zip26 = zipc.make_zip([("ZO_118_2026_rysunki_techniczne_odlewy.pdf.exe",
                         b"placeholder: inert stand-in for a Windows executable (evaluation sample)\n"),
                        ("ZO_118_2026_specyfikacja.txt",
                         "Zapytanie ofertowe ZO/118/2026 - specyfikacja w pliku z rysunkami.\n".encode("utf-8"))],
                       seed="a26", when=(2026, 10, 20, 9, 40, 2))
_body26 = dedent("""
    Dzień dobry,

    w imieniu firmy PROMET-SERWIS Sp. z o.o. zwracam się z prośbą o przygotowanie oferty na odlewy żeliwne z żeliwa szarego EN-GJL-250 oraz sferoidalnego EN-GJS-500-7 (korpusy przekładni, pokrywy łożysk).

    Ilości roczne: ok. 1 200 szt. w 6 pozycjach, masy od 8 do 64 kg. Wymagane świadectwa odbioru 3.1 wg EN 10204 oraz PPAP poziom 3 dla dwóch pozycji.

    Rysunki techniczne i specyfikację przesyłam w załączniku (archiwum ZIP). Prosimy o ofertę do 30.10.2026 z podaniem kosztów modeli i terminu pierwszych dostaw.

    Z poważaniem
    Piotr Sadowski
    Specjalista ds. Zakupów
    PROMET-SERWIS Sp. z o.o.
    tel. 533 418 207
    """)
M(26, "pl", "zapytanie-ofertowe-zip-exe",
  ("Piotr Sadowski - PROMET-SERWIS", "promet.serwis.zakupy@wp.pl"), STAFF["pl_mgr"],
  "Zapytanie ofertowe ZO/118/2026 – odlewy EN-GJL-250 / EN-GJS-500-7", "2026-10-20 09:41:58",
  P(infra.wp, client_ip="5.173.16.88"),
  mixed(text(_body26, "UTF-8", "quoted-printable", quote_charset=False),
        attach(_zip26, "application/zip", "ZO_118_2026_rysunki.zip")),
  hcs="UTF-8", henc="Q",
  what="Request for quotation for grey/ductile iron castings with 'drawings' in a ZIP",
  why="Malware lure aimed at sales: unknown 'company' on a wp.pl freemail, the ZIP holds an executable disguised as PDF (.pdf.exe); drawings are normally PDF/DWG/STEP, never executables",
  technique="Malware delivery via RFQ lure: ZIP with double-extension .pdf.exe, freemail (WP Poczta)")
