"""Attack messages, Polish (22-26)."""
import checks
from company import BANK, S, TAX
from compose import att_pdf, att_zip

_nip_partner = TAX["pl_partner"].replace("-", "")
_ksef_no = "%s-20261016-4A7B91C2D3E4-5F" % _nip_partner

MESSAGES = [
    dict(
        n=22, lang="pl", slug="ksef-faktura-logowanie",
        prof=("mailgun", dict(mg_domain="mg.ksef-powiadomienia.pl")),
        frm=("KSeF - Krajowy System e-Faktur", "powiadomienia@ksef-powiadomienia.pl"),
        to=[S("pl_acc")],
        subject="Nowa faktura w KSeF od Partner Logistik sp. z o.o. - wymagane pobranie",
        when="2026-10-16 08:44:12",
        cs="utf-8", cte="base64", html="brand",
        brand=dict(name="KSeF", color="#d4213d", logo="gov.pl &middot; Krajowy System e-Faktur"),
        text="""# Nowa faktura ustrukturyzowana w KSeF

Szanowni Państwo,

informujemy, że w Krajowym Systemie e-Faktur zarejestrowano fakturę ustrukturyzowaną wystawioną na Państwa NIP %s:

Numer KSeF: %s
Wystawca: Partner Logistik sp. z o.o.
Numer faktury: FV/2026/10/0451
Kwota brutto: 48 216,30 zł
Termin płatności: 30.10.2026

Ze względu na zmianę zasad udostępniania faktur od 1 lutego 2026 r. faktura wraz z wizualizacją PDF jest dostępna wyłącznie po zalogowaniu do Aplikacji Podatnika KSeF. Uwierzytelnienie odbywa się przez login.gov.pl (profil zaufany, e-dowód lub bankowość elektroniczna).

[[Pobierz fakturę|https://ksef-podatki.gov-pl.app/web/faktura/pobierz?nr=%s]]

Faktury nieodebrane w ciągu 7 dni zostaną oznaczone jako niedoręczone, co może skutkować naliczeniem odsetek przez wystawcę.

Ministerstwo Finansów – Krajowy System e-Faktur

~ Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.
""" % (TAX["pl_example"], _ksef_no, _ksef_no),
        what="Fake KSeF (Polish national e-invoicing system) notification asking to log in via 'login.gov.pl' to download an invoice.",
        why="KSeF does not e-mail invoice notifications with login links; the link host is gov-pl.app (not podatki.gov.pl); sent through Mailgun from a look-alike domain; harvests Profil Zaufany / online-banking credentials; fake 'non-delivery' threat.",
    ),
    dict(
        n=23, lang="pl", slug="partner-logistik-przejete-konto-rachunek",
        prof=("roundcube", dict(mta_helo="cloudserver094215.home.pl", mta_rdns="cloudserver094215.home.pl",
                                mta_ip="79.96.170.38", host="cloudserver094215.home.pl",
                                webhost="poczta.home.pl", client_ip="102.89.33.214", version="1.6.7")),
        frm=("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"),
        to=[S("pl_acc")],
        subject="Re: Faktury za październik - prośba o korektę",
        irt="<5d0c3e8a1f7b4a6e9c2d8b1a0f3e7c65@EX02.corp.example.com>",
        when="2026-10-29 14:51:37",
        cs="iso-8859-2", cte="quoted-printable",
        text="""Dzień dobry Panie Pawle,

dziękujemy za wiadomość. Korektę do faktury FV/2026/10/0433 wystawimy jutro.

Przy okazji uprzejmie informujemy, że z dniem 01.11.2026 r. zmianie ulega numer rachunku bankowego naszej spółki. Prosimy o regulowanie wszystkich należności, w tym faktur FV/2026/10/0412 oraz FV/2026/10/0433 (pomniejszonej o korektę), na nowy rachunek:

mBank S.A.
%s

Nowy rachunek zostanie zgłoszony do wykazu podatników VAT (tzw. białej listy) w ciągu kilku dni roboczych, dlatego prosimy o dokonanie przelewów bez mechanizmu podzielonej płatności - VAT rozliczymy we własnym zakresie.

Prosimy o potwierdzenie aktualizacji danych w odpowiedzi na tę wiadomość.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.

Dnia 28.10.2026 09:12, Paweł Łukasik napisał(a):
> Dzień dobry,
> na fakturze FV/2026/10/0433 naliczono 14 palet składowania zamiast 12 (zgodnie z WZ 2026/10/882). Proszę o korektę.
> Pozdrawiam
> Paweł Łukasik
> Example Group Polska sp. z o.o.
""" % checks.nrb(BANK["partner_fraud"]),
        what="Thread hijack from the genuinely compromised accounts mailbox of Partner Logistik: answers a real correction request and slips in a new bank account.",
        why="Real partner mailbox, but sent through the hoster's Roundcube webmail from a foreign mobile IP (X-Originating-IP 102.89.33.214) whereas the partner normally uses Outlook; the new account is admittedly not on the VAT white list and the split-payment mechanism is to be skipped (loss of tax deductibility, joint liability) – a bank-detail fraud.",
    ),
    dict(
        n=24, lang="pl", slug="sanepid-protokol-zip-haslo",
        prof=("wp", dict(client_ip="37.248.170.12")),
        frm=("PSSE Wrocław - Sekcja Higieny Żywności", "psse.wroclaw.kontrole@wp.pl"),
        to=[S("pl_mgr")],
        subject="Protokół z kontroli sanitarnej nr HŻ.9022.1.184.2026 - wezwanie do usunięcia nieprawidłowości",
        when="2026-10-19 12:07:55",
        cs="iso-8859-2", cte="8bit",
        text="""Szanowni Państwo,

w załączeniu przesyłamy protokół z kontroli sanitarnej przeprowadzonej w dniu 14.10.2026 r. w stołówce pracowniczej prowadzonej przez Example Group Polska sp. z o.o. przy ul. Legnickiej we Wrocławiu, wraz z decyzją nakazującą usunięcie stwierdzonych nieprawidłowości w terminie 7 dni.

Ze względu na ochronę danych osobowych dokumenty zostały zabezpieczone hasłem: PSSE2026

Brak odpowiedzi w wyznaczonym terminie skutkuje wszczęciem postępowania w sprawie wymierzenia kary pieniężnej na podstawie art. 103 ustawy o bezpieczeństwie żywności i żywienia.

Z poważaniem
Sekcja Higieny Żywności, Żywienia i Przedmiotów Użytku
Powiatowa Stacja Sanitarno-Epidemiologiczna we Wrocławiu
""",
        atts=[att_zip("Protokol_kontroli_HZ.9022.1.184.2026.zip",
                      ["Protokół_kontroli_HŻ.9022.1.184.2026.pdf.exe", "Decyzja_nakaz_7_dni.pdf.lnk"],
                      password="PSSE2026", when=(2026, 10, 19, 11, 58, 40))],
        what="Fake sanitary-inspection (Sanepid) report as a password-protected ZIP.",
        why="A state sanitary station would use ePUAP or registered post, not a wp.pl freemail box; encrypted archive with password in the mail hides the content from scanning; members are an .exe and a .lnk with PDF decoy extensions; fine threat tailored to a canteen operator.",
    ),
    dict(
        n=25, lang="pl", slug="mbank-companynet-powiazanie-urzadzenia",
        prof=("sendgrid", {}),
        frm=("mBank CompanyNet", "powiadomienia@mbank-companynet.com.pl"),
        to=[S("pl_acc")],
        subject="CompanyNet: wymagane ponowne powiązanie urządzenia autoryzującego do 21.10.2026",
        when="2026-10-19 06:58:30",
        cs="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="mBank CompanyNet", color="#1d1d1b", logo="mBank &middot; CompanyNet"),
        text="""# Wymagane ponowne powiązanie urządzenia autoryzującego

Szanowni Państwo,

w związku z aktualizacją zabezpieczeń systemu mBank CompanyNet zgodnie z wymogami silnego uwierzytelnienia (PSD2/SCA) wszyscy użytkownicy uprawnieni do autoryzacji przelewów muszą ponownie powiązać urządzenie autoryzujące (aplikację mBank CompanyMobile lub token).

Użytkownik: PLUKASIK
Firma: Example Group Polska sp. z o.o.
Termin: 21.10.2026

Po tym terminie autoryzacja przelewów i paczek przelewów zostanie zablokowana do czasu wizyty w oddziale.

[[Powiąż urządzenie|https://companynet-mbank.pl-auth.com/login?ref=psd2-20261019&u=PLUKASIK]]

Z poważaniem
Zespół mBank CompanyNet

~ mBank S.A., ul. Prosta 18, 00-850 Warszawa
""",
        what="Corporate online-banking phishing: 're-bind your authorisation device' for mBank CompanyNet.",
        why="Look-alike sender domain via SendGrid; link host pl-auth.com; banks do not ask to re-bind SCA devices through an e-mail link; block threat with 2-day deadline; the goal is a real-time phishing session to authorise transfers.",
    ),
    dict(
        n=26, lang="pl", slug="puesc-clo-wezwanie-mrn",
        prof=("vps", dict(helo="mail.puesc-mf.pl", rdns="vmi1873422.contaboserver.net",
                          ip="62.171.164.88", mailer="phpmailer")),
        frm=("Krajowa Administracja Skarbowa - PUESC", "powiadomienia@puesc-mf.pl"),
        to=[S("pl_mgr")],
        subject="PUESC: Wezwanie do uzupełnienia zgłoszenia celnego MRN 26PL401010E0A7K2R4 - termin 3 dni",
        when="2026-11-16 10:20:05",
        cs="windows-1250", cte="quoted-printable",
        text="""Szanowni Państwo,

informujemy, że w systemie AIS/IMPORT PLUS zarejestrowano zgłoszenie celne dotyczące przesyłki, w której Example Group Polska sp. z o.o. (NIP %s) występuje jako odbiorca:

Numer MRN: 26PL401010E0A7K2R4
Towar: urządzenia gastronomiczne (piece konwekcyjno-parowe, 2 szt.), kod CN 8419 81 80
Nadawca: Guangzhou Hengtai Kitchen Equipment Co., Ltd.
Urząd: Oddział Celny w Legnicy

W toku weryfikacji stwierdzono brak faktury handlowej oraz dokumentu potwierdzającego wartość celną. Prosimy o uzupełnienie dokumentów za pośrednictwem Platformy Usług Elektronicznych Skarbowo-Celnych (PUESC) w terminie 3 dni od doręczenia niniejszego wezwania. Po upływie terminu towar zostanie skierowany do magazynu czasowego składowania, a koszty składowania obciążą odbiorcę.

[[Zaloguj się do PUESC|https://puesc.gov.pl.logowanie-kas.com/uzupelnij?mrn=26PL401010E0A7K2R4]]

Wezwanie w formacie PDF znajduje się w załączniku.

Z poważaniem
Krajowa Administracja Skarbowa
Izba Administracji Skarbowej we Wrocławiu
""" % TAX["pl_example"],
        atts=[att_pdf("Wezwanie_MRN_26PL401010E0A7K2R4.pdf", [
            "# Krajowa Administracja Skarbowa - Wezwanie do uzupelnienia dokumentow",
            "MRN: 26PL401010E0A7K2R4        Data: 16.11.2026",
            "Odbiorca: Example Group Polska sp. z o.o., NIP " + TAX["pl_example"],
            "Towar: piece konwekcyjno-parowe (2 szt.), CN 8419 81 80",
            "Brakujace dokumenty: faktura handlowa, dokument wartosci celnej",
            "Termin: 3 dni od doreczenia. Dokumenty nalezy zlozyc po zalogowaniu:",
            "https://puesc.gov.pl.logowanie-kas.com/uzupelnij?mrn=26PL401010E0A7K2R4",
            "Koszty skladowania po terminie obciazaja odbiorce.",
        ], producer="FPDF 1.86", when="D:20261116091203+01'00'")],
        what="Fake customs (KAS/PUESC) demand to complete an import declaration for kitchen equipment, leading to a PUESC login look-alike.",
        why="Look-alike domain puesc-mf.pl with PHPMailer on a Contabo VPS; the link host is logowanie-kas.com (puesc.gov.pl is only a subdomain label); customs communicate via PUESC/ePUAP or the customs agent, not by e-mail with a login link; no such import was ordered; 3-day storage-cost threat; trade-specific goods (combi ovens).",
    ),
]
