"""Attack messages, Polish (5)."""
import infra as I
import kit as K
import facts as F
from checks import iban_fmt
from company import S
from util import rng_for


def M(**kw):
    kw.setdefault("lang", "pl")
    return kw


def a22():
    text = """Szanowna Pani Małgorzato,

uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę, od dnia dzisiejszego prosimy o realizację wszystkich płatności na nowy rachunek bankowy:

Partner Logistik sp. z o.o.
Santander Bank Polska S.A.
%s

Nowy rachunek został już zgłoszony do Wykazu podatników VAT (tzw. biała lista), jednak aktualizacja w systemie Ministerstwa Finansów może potrwać do 7 dni roboczych. Do tego czasu prosimy o płatności zwykłym przelewem, bez mechanizmu podzielonej płatności, ponieważ rachunek VAT jest jeszcze w trakcie otwierania.

Dotyczy to również faktur FV/2026/10/0388 oraz FV/2026/10/0402, których termin płatności upływa w tym tygodniu.

Oficjalne pismo z podpisem Zarządu prześlę pocztą tradycyjną. Uprzejmie proszę o potwierdzenie otrzymania tej wiadomości.

Z poważaniem
Tadeusz Zieliński
Dyrektor ds. Operacyjnych
Partner Logistik sp. z o.o.
ul. Logistyczna 8, 55-040 Bielany Wrocławskie
tel. +48 71 795 40 12
""" % iban_fmt(F.MULE_PL)
    return M(
        slug="partner-logistik-zmiana-rachunku-lookalike",
        what="Logistics-partner bank change: 'Tadeusz Zieliński' announces a new account, asks to pay two invoices without split payment (MPP) because the account 'is not yet on the white list'.",
        why="Look-alike domain partner-logistic.pl (c for k) on an OVH VPS; the request to skip split payment and to ignore the VAT white list is the giveaway (a genuine account is listed immediately, and paying to an unlisted account makes the payer liable); deadline on named invoices; 'letter will follow by post'.",
        to=S["placc"], frm=("Tadeusz Zieliński", "t.zielinski@partner-logistic.pl"),
        subject="Zmiana numeru rachunku bankowego - Partner Logistik", hcs="iso-8859-2", henc="Q",
        when=(11, 5, 13, 37), zone="PL",
        infra=lambda c: I.vps_postfix(c, "mail.partner-logistic.pl", "vps-4b7e21d0.vps.ovh.net", "57.128.201.14", mua="outlook"),
        lang_tag="pl",
        body=K.alt(text, "iso-8859-2", "quoted-printable", "outlook", "pl"),
    )


def a23():
    nip = F.EXAMPLE_PL_NIP
    text = """Szanowni Państwo,

w Krajowym Systemie e-Faktur (KSeF) zarejestrowano 3 faktury ustrukturyzowane wystawione na NIP **%s**, które zostały wstrzymane do czasu potwierdzenia uprawnień podmiotu.

Zgodnie z przepisami o obowiązkowym KSeF, niepotwierdzenie uprawnień w ciągu 48 godzin spowoduje odrzucenie faktur i konieczność ich ponownego wystawienia przez kontrahentów.

Aby potwierdzić uprawnienia, zaloguj się do Aplikacji Podatnika KSeF za pomocą profilu zaufanego lub bankowości elektronicznej:

[[!Przejdź do Aplikacji Podatnika KSeF|https://ap-ksef.mf-gov.com.pl/web/login?nip=%s&ref=KS-2026-118842]]

Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.

Ministerstwo Finansów
Krajowy System e-Faktur
""" % (nip, nip)
    return M(
        slug="ksef-potwierdzenie-uprawnien-phish",
        what="Fake KSeF (National e-Invoice System) notice: three invoices 'on hold' until the company confirms its permissions via login.gov-style sign-in.",
        why="Sent through Amazon SES from ksef-mf.com.pl (not podatki.gov.pl / mf.gov.pl); KSeF does not e-mail such notices and has no 48-hour 'permission confirmation'; the link goes to ap-ksef.mf-gov.com.pl to capture Profil Zaufany / online-banking credentials. Riding on the 2026 mandatory e-invoicing.",
        to=S["placc"], frm=("KSeF - Krajowy System e-Faktur", "powiadomienia@ksef-mf.com.pl"),
        subject="KSeF: faktury wstrzymane - wymagane potwierdzenie uprawnień podmiotu",
        when=(11, 12, 7, 2), zone="PL",
        infra=lambda c: I.ses(c, "eu-central-1", feedback="1.eu-central-1.%s=:AmazonSES"),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "pl", title="KSeF",
                   button="display:inline-block;padding:10px 22px;background:#d4213d;color:#fff;text-decoration:none;font-weight:bold"),
    )


def a24():
    text = """Dzień dobry,

Twoja paczka nr **0000441773209U** nie mogła zostać doręczona, ponieważ podczas sortowania stwierdzono różnicę wagi przesyłki. Do odbioru wymagana jest dopłata w wysokości **2,49 zł**.

Jeśli dopłata nie zostanie uregulowana w ciągu 48 godzin, przesyłka zostanie zwrócona do nadawcy.

[[!Zapłać i wybierz termin doręczenia|https://dpd-pl.doplata-przesylki.com/pl/pay?p=0000441773209U]]

Dziękujemy za skorzystanie z usług DPD Polska.

DPD Polska sp. z o.o.
"""
    return M(
        slug="dpd-doplata-kurier-phish",
        what="Courier payment phishing: 'DPD Polska' says a parcel needs a PLN 2.49 surcharge before delivery.",
        why="Sent by a PHP script on a compromised pharmacy website (shared cPanel host) with DPD as display name; link to dpd-pl.doplata-przesylki.com (not dpd.com.pl) collecting card data; small-amount surcharge lure.",
        to=S["plmgr"], frm=("DPD Polska", "sklep@apteka-podlipami.pl"),
        subject="Twoja paczka 0000441773209U czeka na dopłatę 2,49 zł", hcs="iso-8859-2", henc="B",
        when=(11, 17, 17, 55), zone="PL",
        infra=lambda c: I.exim_cpanel(c, "s58.hostingcloud-pl.net", "91.227.122.58", php=True, script="aptekapl"),
        envelope="aptekapl@s58.hostingcloud-pl.net",
        body=K.alt(text, "iso-8859-2", "base64", "mail", "pl", title="DPD",
                   button="display:inline-block;padding:12px 24px;background:#dc0032;color:#fff;text-decoration:none;font-weight:bold"),
    )


def a25():
    r = rng_for("a25-zip")
    text = """Dzień dobry,

w załączeniu przesyłam korektę faktury FK/11/2026/17 zgodnie z ustaleniami telefonicznymi z działem logistyki (zmiana stawki za transport palet, zlecenie 4417/WRO).

Ze względu na dane osobowe plik jest zabezpieczony hasłem.
Hasło do pliku: FK2026

Proszę o potwierdzenie otrzymania korekty.

Pozdrawiam
Ewa Kasprzak
Biuro Rachunkowe Kasprzak
"""
    z = K.zip_att("Korekta_FK_11_2026_17.zip", [("Korekta_FK_11_2026_17.pdf.lnk", K.stub("lnk")),
                                                 ("Zalacznik_specyfikacja.pdf.lnk", K.stub("lnk"))],
                  password="FK2026", rng=r, dt=(2026, 11, 20, 8, 44, 10))
    return M(
        slug="korekta-faktury-zip-haslo-wp",
        what="'Invoice correction' from an accounting office on wp.pl with a password-protected ZIP (password in the body).",
        why="Unknown sender on a free WP mailbox; the encrypted ZIP contains only Windows shortcuts disguised as PDFs (.pdf.lnk, inert placeholders here) - the classic loader chain; the password-in-text trick defeats attachment scanning; vague reference to a 'phone agreement with logistics'.",
        to=S["placc"], frm=("Biuro Rachunkowe Kasprzak", "biuro.kasprzak@wp.pl"),
        subject="Korekta faktury FK/11/2026/17", hcs="utf-8", henc="Q",
        when=(11, 20, 8, 47), zone="PL",
        infra=lambda c: I.wp_pl(c),
        body=K.mixed(K.plain(text, "utf-8", "quoted-printable"), z),
    )


def a26():
    url = "https://epuap-udt.gov-pl.info/dokument/?id=UDT-WR-2026-118842&n=N3311002345"
    png = K.qr_png_bytes(url, "M", 6)
    text = """Szanowni Państwo,

Urząd Dozoru Technicznego, Oddział we Wrocławiu, informuje, że w wyniku badania doraźnego eksploatacyjnego przeprowadzonego w dniu 28.10.2026 r. dla urządzenia:

podest ruchomy przyścienny masztowy (masztowa platforma robocza)
nr ewidencyjny UDT: N3311002345
miejsce eksploatacji: Wrocław, ul. Legnicka - budowa osiedla "Nowe Żerniki II"

wydana została decyzja o wstrzymaniu eksploatacji urządzenia ze względu na stwierdzone nieprawidłowości w zakotwieniach masztu.

Decyzja wraz z protokołem z badania została udostępniona w skrzynce ePUAP. W celu pobrania dokumentów na urządzenie mobilne należy zeskanować kod QR z załącznika i zalogować się profilem zaufanym.

Od decyzji przysługuje odwołanie w terminie 14 dni od dnia doręczenia. Eksploatacja urządzenia przed usunięciem nieprawidłowości jest zabroniona.

Z poważaniem
Inspektor Oddziału UDT we Wrocławiu
"""
    return M(
        slug="udt-decyzja-qr-quishing",
        what="Quishing with a trade-specific lure: 'Urząd Dozoru Technicznego' (technical inspectorate) says a mast-climbing platform has been taken out of service; the decision is 'on ePUAP' via a QR code (PNG attachment).",
        why="Sent from a VPS under the look-alike udt-gov-pl.eu, not udt.gov.pl; UDT decisions are served via ePUAP/post, never via a QR image in an e-mail; the (real, decodable) QR code leads to epuap-udt.gov-pl.info to capture Profil Zaufany credentials on the phone, bypassing desktop URL filtering.",
        to=S["plmgr"], frm=("UDT Oddział we Wrocławiu", "wroclaw@udt-gov-pl.eu"),
        subject="Decyzja o wstrzymaniu eksploatacji urządzenia N3311002345", hcs="iso-8859-2", henc="Q",
        when=(11, 24, 9, 6), zone="PL",
        infra=lambda c: I.vps_postfix(c, "mail.udt-gov-pl.eu", "vm2291.ptr.vpsdime-eu.net", "45.147.228.91", mua="none"),
        body=K.mixed(K.plain(text, "iso-8859-2", "quoted-printable"),
                     K.att(png, "image/png", "UDT_decyzja_N3311002345_kod_QR.png")),
    )


def build():
    return [a22(), a23(), a24(), a25(), a26()]
