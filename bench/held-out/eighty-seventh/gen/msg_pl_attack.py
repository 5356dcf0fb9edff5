"""Polish attack messages (22-26)."""
import checkdigits as cd
from company import S
from common import placeholder_zip
from infra import TLS12, TLS13

FAKE_PL = cd.iban_pl("2490005", "0000460081337214")        # Alior Bank sort code prefix
NIP_EG = cd.pl_nip("782301457")
NIP_PARTNER = cd.pl_nip("778142096")


def messages():
    M = []
    # ----------------------------------------------------------------- 22
    M.append(dict(
        slug="partner-logistik-lookalike-rachunek",
        date="2026-11-13 08:36:44", zone="PL",
        frm=("Tadeusz Zieliński", "t.zielinski@partner-logistic.pl"),
        to=[S("pl_acc")],
        subject="Zmiana rachunku bankowego – Partner Logistik sp. z o.o.",
        via="smtp_client",
        via_opts=dict(client="outlook", out=("mail.partner-logistic.pl", "static.212.118.201.138.clients.your-server.de", "138.201.118.212"),
                      sub_host="mail.partner-logistic.pl", public_ip="185.244.25.61", zone="PL"),
        charset="iso-8859-2", cte="quoted-printable", html="auto", clang="pl",
        text="""Dzień dobry Pani Agnieszko,

uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 16.11.2026 r. prosimy o regulowanie wszystkich należności wyłącznie na nowy rachunek:

Alior Bank S.A.
%s
Odbiorca: Partner Logistik sp. z o.o.

Rachunek został zgłoszony do Wykazu podatników VAT (biała lista). Aktualizacja wykazu po stronie Ministerstwa może potrwać do 7 dni roboczych, dlatego prosimy nie sugerować się chwilowym brakiem nowego numeru w wykazie.

Zaległe faktury FV/2026/10/2231 oraz FV/2026/10/2304 (łącznie 37 418,20 zł) prosimy opłacić na nowy rachunek przelewem zwykłym, bez mechanizmu podzielonej płatności – stary rachunek VAT jest w trakcie zamykania i przelewy MPP zostałyby zwrócone.

Będę wdzięczny za potwierdzenie przelewu mailowo. Jestem dziś w trasie, więc najlepiej kontaktować się ze mną tą drogą.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Rozliczeń Klientów
Partner Logistik sp. z o.o.
ul. Składowa 9, 62-080 Tarnowo Podgórne
NIP %s""" % (cd.nrb_fmt(FAKE_PL), cd.pl_nip_fmt(NIP_PARTNER)),
        what="Supplier bank-account change from the look-alike domain partner-logistic.pl (genuine: partner-logistik.pl), asking to pay two overdue invoices to a new account outside the split-payment mechanism.",
        why="Look-alike domain (k→c) on a Hetzner server; pre-emptively excuses that the account is not on the VAT white list and asks to skip split payment (both are exactly the controls that would expose it); urgency on named invoices; contact by e-mail only. The genuine invoice (business 22) keeps the Santander account listed on the white list.",
    ))
    # ----------------------------------------------------------------- 23
    ksef_link = "https://ksef-uwierzytelnienie.pl/logowanie?nip=%s&token=exp20261120" % NIP_EG
    M.append(dict(
        slug="ksef-token-wygasa",
        date="2026-11-17 07:58:19", zone="PL",
        frm=("Krajowy System e-Faktur", "powiadomienia@ksef-uwierzytelnienie.pl"),
        to=[S("pl_acc")],
        subject="KSeF: token uwierzytelniający dla NIP %s wygasa 20.11.2026" % NIP_EG,
        via="ses", via_opts=dict(region="eu-central-1"),
        charset="utf-8", cte="base64", html="brand", html_cte="base64",
        brand=dict(name="Krajowy System e-Faktur", color="#d4213d",
                   button=("Uwierzytelnij w KSeF", ksef_link),
                   footer="Ministerstwo Finansów – Krajowy System e-Faktur\nWiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać."),
        text="""Szanowni Państwo,

informujemy, że token uwierzytelniający wygenerowany dla podmiotu **EXAMPLE GROUP POLSKA SP. Z O.O.** (NIP %s) i używany przez Państwa program finansowo-księgowy wygasa **20.11.2026 r.**

Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych w KSeF zostanie zablokowane do czasu ponownego uwierzytelnienia. Faktury wystawione poza KSeF nie stanowią podstawy do odliczenia VAT.

Aby uniknąć przerwy w fakturowaniu, prosimy o ponowne uwierzytelnienie za pomocą profilu zaufanego, e-dowodu lub kwalifikowanego podpisu elektronicznego:

[[Uwierzytelnij w KSeF|%s]]

Z poważaniem
Zespół Krajowego Systemu e-Faktur
Ministerstwo Finansów""" % (NIP_EG, ksef_link),
        what="Credential phishing on the Polish e-invoicing system: fake 'KSeF token expiring' notice asking to re-authenticate with Profil Zaufany / e-ID / qualified signature.",
        why="The Ministry of Finance does not send such notices from ksef-uwierzytelnienie.pl via Amazon SES; tokens are managed in the KSeF application itself (ksef.podatki.gov.pl); link collects Profil Zaufany/bank login; threat of blocked invoicing and lost VAT deduction.",
    ))
    # ----------------------------------------------------------------- 24
    mb_link = "https://companynet-mbank.com.pl/certyfikat/aktualizacja?cid=EGP-22711"
    M.append(dict(
        slug="mbank-companynet-certyfikat",
        date="2026-10-21 14:06:37", zone="PL",
        frm=("mBank CompanyNet", "powiadomienia@ogrodniczy-lipa.pl"),
        to=[S("pl_mgr")],
        subject="mBank CompanyNet: wymagana aktualizacja certyfikatu Mobilnej Autoryzacji do 23.10.2026",
        via="smtp_client",
        via_opts=dict(client="phpmailer", out=("s117.cyber-folks.pl", "s117.cyber-folks.pl", "195.78.66.117"),
                      sub_style="local", sub_host="s117.cyber-folks.pl", zone="PL", tls=TLS12),
        charset="iso-8859-2", cte="base64", html="brand", html_cte="base64",
        brand=dict(name="mBank CompanyNet", color="#0065b1", button=("Zaktualizuj certyfikat", mb_link),
                   footer="mBank S.A., ul. Prosta 18, 00-850 Warszawa\nNie odpowiadaj na tę wiadomość."),
        text="""Szanowny Użytkowniku,

w związku z wdrożeniem nowych wymogów bezpieczeństwa (PSD2/SCA) certyfikat Mobilnej Autoryzacji przypisany do Twojego identyfikatora w systemie mBank CompanyNet wygasa 23.10.2026 r.

Po tej dacie autoryzacja przelewów i paczek płacowych w CompanyNet nie będzie możliwa. Aktualizacja zajmuje około 3 minut i wymaga zalogowania się identyfikatorem firmy, identyfikatorem użytkownika oraz hasłem.

[[Zaktualizuj certyfikat|%s]]

Dziękujemy,
Zespół mBank CompanyNet""" % mb_link,
        what="Bank credential phishing: fake mBank CompanyNet 'mobile authorisation certificate update' aimed at the Polish country manager who approves transfers.",
        why="Sent by PHPMailer from a hijacked garden-shop website (ogrodniczy-lipa.pl) with the bank's display name; link to companynet-mbank.com.pl, not mbank.pl; asks for company ID, user ID and password; deadline that threatens payroll payments.",
    ))
    # ----------------------------------------------------------------- 25
    M.append(dict(
        slug="faktura-zip-haslo-lnk",
        date="2026-11-24 11:27:09", zone="PL",
        frm=("Usługi Transportowe Kowalczyk", "biuro@transport-kowalczyk.pl"),
        to=[S("pl_acc")],
        subject="FV/147/11/2026 – wezwanie do zapłaty",
        via="smtp_client",
        via_opts=dict(client="outlook", out=("cloudserver094417.home.pl", "cloudserver094417.home.pl", "79.96.170.44"),
                      sub_host="cloudserver094417.home.pl", public_ip="94.156.71.30", zone="PL"),
        charset="windows-1250", cte="8bit", clang="pl",
        text="""Dzień dobry,

w załączeniu przesyłamy fakturę FV/147/11/2026 wraz z wezwaniem do zapłaty za usługi transportowe (trasa Poznań – Wrocław, 12–14.11.2026).

Ze względu na ochronę danych osobowych (RODO) dokumenty są spakowane i zabezpieczone hasłem.
Hasło do pliku: Fv147

Prosimy o pilną weryfikację i uregulowanie należności w terminie 3 dni. W przypadku braku wpłaty sprawa zostanie przekazana do windykacji.

Pozdrawiamy
Biuro – Usługi Transportowe Kowalczyk""",
        attach=[placeholder_zip("FV_147_11_2026.zip", "FV_147_11_2026.pdf.lnk",
                                password="Fv147", seed="pl-fv147", date_time=(2026, 11, 24, 10, 58, 40))],
        what="Malware lure: overdue-invoice 'payment demand' from an unknown haulier with a password-protected ZIP containing a Windows shortcut disguised as a PDF.",
        why="No business relationship with the sender (a small home.pl mailbox, compromised, submitted from a foreign IP); encrypted archive with the password in the body to blind scanners; .pdf.lnk double extension; debt-collection threat. Compare the genuine encrypted payroll archive in business 25.",
    ))
    # ----------------------------------------------------------------- 26
    sp_fake = "https://exarnple.com/sites/kadry/premie2026/Premie_swiateczne_2026_PL.xlsx?login=pawel.wrobel%40example.com"
    M.append(dict(
        slug="premie-swiateczne-lookalike-sharepoint",
        date="2026-12-01 15:44:03", zone="PL",
        frm=("Dział Kadr Example Group", "kadry@exarnple.com"),
        to=[S("pl_mgr")],
        subject="Premie świąteczne 2026 – lista do akceptacji przez kierowników (termin 4.12)",
        via="smtp_client",
        via_opts=dict(client="roundcube", out=("mail.exarnple.com", "unknown", "45.88.186.40"),
                      sub_host="mail.exarnple.com", zone="PL"),
        charset="utf-8", cte="quoted-printable", html="simple",
        text="""Szanowni Państwo,

w związku z decyzją Zarządu o wypłacie premii świątecznej za rok 2026 prosimy kierowników oddziałów o weryfikację i akceptację listy premiowej dla swoich zespołów do piątku, 4 grudnia.

Lista dla oddziału Poznań została udostępniona w SharePoint:
[[Premie_swiateczne_2026_PL.xlsx|%s]]

Dostęp wymaga zalogowania się służbowym kontem Microsoft 365. Prosimy o wpisanie akceptacji w kolumnie „Akceptacja kierownika”. Listy niezaakceptowane w terminie nie zostaną uwzględnione w wypłacie grudniowej.

Pozdrawiamy
Dział Kadr i Płac
Example Group""" % sp_fake,
        what="Credential phishing from the look-alike domain exarnple.com ('rn' for 'm'): a Christmas-bonus list 'in SharePoint' requiring a Microsoft 365 login.",
        why="Sender domain exarnple.com imitates example.com, server without reverse DNS; link text pretends to be a SharePoint file but points to exarnple.com with the victim's address; bonus lure plus deadline. Bonus lists in the Polish office are handled in the HR system via intranet (business 26).",
    ))
    return M
