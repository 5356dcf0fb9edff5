"""Polish genuine business messages 22-26."""
from lib import *
import facts as F


def b22():
    slug = "partner-logistik-faktura-ksef"
    r = rng_for(slug)
    t = local("CET", 2026, 10, 30, 12, 20, 8)
    snd = "ksiegowosc@partner-logistik.pl"
    rcpt = S("pl_acc")[1]
    p = infra.outlook_classic(r, t, snd, rcpt, dict(kind="homepl", helo="[192.168.10.24]"), pc="KSIEG-02",
                              client_ip="83.22.160.77", lang="pl", hcs="iso-8859-2")
    ksef = "%s-20261030-%s-%s" % (F.PARTNER_NIP, hexs(r, 12, upper=True), hexs(r, 2, upper=True))
    text = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/2026/10/0438 z dnia 30.10.2026 za usługi magazynowe i obsługę logistyczną części zamiennych w październiku 2026 r. Faktura została wystawiona w KSeF (numer KSeF: %s).

Kwota brutto: 17 186,40 zł
Termin płatności: 29.11.2026
Rachunek: ING Bank Śląski S.A. %s
(rachunek znajduje się w wykazie podatników VAT - biała lista)

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Karmelkowa 29, 52-437 Wrocław
tel. 71 338 52 10
NIP %s""" % (ksef, iban_fmt(F.PARTNER_IBAN), F.PARTNER_NIP)
    pdf = simple_pdf("Faktura VAT FV/2026/10/0438", [
        "# Partner Logistik sp. z o.o.",
        "ul. Karmelkowa 29, 52-437 Wrocław · NIP " + F.PARTNER_NIP,
        "",
        "## Faktura VAT nr FV/2026/10/0438",
        "Data wystawienia: 30.10.2026     Data sprzedaży: 31.10.2026",
        "Numer KSeF: " + ksef,
        "",
        "Nabywca: Example Group Polska sp. z o.o., ul. Strzegomska 140, 54-429 Wrocław, NIP " + F.EG_PL_NIP,
        "",
        "Lp.  Nazwa                                                         Netto            VAT      Brutto",
        "1    Magazynowanie części zamiennych 10/2026 (412 m²)   8 446,00 zł   23%   10 388,58 zł",
        "2    Obsługa logistyczna i kompletacja wydań 10/2026      5 526,68 zł   23%    6 797,82 zł",
        "**Razem                                                          13 972,68 zł          17 186,40 zł",
        "",
        "Termin płatności: 29.11.2026, przelew",
        "ING Bank Śląski S.A. " + iban_fmt(F.PARTNER_IBAN),
        "Mechanizm podzielonej płatności: nie dotyczy",
    ], author="Partner Logistik", creator="Comarch ERP Optima", producer="Comarch ERP Optima", created=pdfdate(plus(t, -900)))
    html = html_outlook(text, "iso-8859-2", lang="PL")
    body = mixed(p, alt(p, text, html, "iso-8859-2", "quoted-printable"), [att(p, pdf, "FV_2026_10_0438.pdf")])
    return Mail(22, "pl", slug, B, p, ("Księgowość Partner Logistik", snd), [S("pl_acc")],
                "Faktura FV/2026/10/0438 - usługi magazynowe październik 2026", body,
                what="Genuine invoice notification from the logistics partner's accounting (Outlook via home.pl): KSeF number, PDF visualisation, known ING account on the VAT white list.",
                why="Real domain and its normal Outlook/home.pl path, KSeF reference, 30-day terms, same account as always and explicitly on the white list, no change or urgency.",
                pair=[22], pair_note="Same mailbox and invoice numbers as the thread hijack 22; genuine mail is sent with Outlook via home.pl, has no Reply-To diversion and names the known ING account.")


def b23():
    slug = "partner-logistik-awizacja-dostawy"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 17, 8, 5, 51)
    snd = "t.zielinski@partner-logistik.pl"
    rcpt = S("pl_mgr")[1]
    p = infra.outlook_classic(r, t, snd, rcpt, dict(kind="homepl", helo="[192.168.10.31]"), pc="LOG-KIER-01",
                              client_ip="83.22.160.77", lang="pl", hcs="windows-1250")
    text = """Dzień dobry Panie Pawle,

potwierdzam awizację dostawy części zamiennych do pomp dla przepompowni Oława i Jelcz-Laskowice:

- data: czwartek 19.11.2026, okno 7:00-9:00, rampa nr 3
- przewoźnik: Trans-Mar, ciężarówka DW 4K218 (plandeka, winda)
- 6 palet (2 palety wirników i uszczelnień mechanicznych, 4 palety armatury DN150-DN300)
- dokumenty: WZ 2026/11/0871, specyfikacja w załączeniu do zlecenia w portalu

Proszę o obecność osoby do odbioru ilościowego, jak ostatnio pani Agnieszki. Gdyby okno się nie zgadzało, proszę o telefon do mnie do środy do 15:00.

Pozdrawiam
Tadeusz Zieliński
Kierownik Magazynu
Partner Logistik sp. z o.o.
tel. 71 338 52 14, kom. 604 218 355"""
    body = Text(text, "plain", "windows-1250", "quoted-printable")
    return Mail(23, "pl", slug, B, p, ("Tadeusz Zieliński", snd), [S("pl_mgr")],
                "Awizacja dostawy - części zamienne pomp, rampa 3, czwartek 19.11", body, cc=[S("pl_sales")],
                what="Genuine delivery notice (awizacja) from the logistics partner's warehouse manager: date, ramp, truck plate, pallets and documents.",
                why="Known correspondent on his normal Outlook/home.pl path, operational details only, phone contact offered, no links or attachments.")


def b24():
    slug = "wodkan-wezwanie-do-zaplaty"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 25, 14, 30, 6)
    snd = "k.mazur@wodkan-serwis.pl"
    rcpt = S("pl_acc")[1]
    p = infra.thunderbird(r, t, snd, rcpt, dict(kind="nazwa", helo="192.168.1.20", rdns="user-46-112-87-14.play-internet.pl"),
                          "46.112.87.14", lang="pl")
    text = """Szanowni Państwo,

w związku z brakiem zapłaty za faktury:

- FV 112/10/2026 z dnia 09.10.2026 - 28 905,00 zł (termin płatności 08.11.2026),
- FV 118/10/2026 z dnia 23.10.2026 - 14 760,00 zł (termin płatności 22.11.2026),

wzywamy do zapłaty łącznej kwoty 43 665,00 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych oraz rekompensatą za koszty odzyskiwania należności (równowartość 40 euro za każdą fakturę), w terminie 7 dni od otrzymania niniejszego wezwania, na rachunek wskazany na fakturach:
Bank Pekao S.A. %s

Jednocześnie informujemy, że zgodnie z § 8 umowy nr 14/2026 w przypadku braku zapłaty wstrzymamy prace przy czyszczeniu kanalizacji i przepompowni w Oławie do czasu uregulowania należności, a sprawa zostanie skierowana na drogę postępowania sądowego.

Jeżeli płatność została już dokonana, prosimy potraktować to wezwanie jako nieaktualne.

Pismo w formie PDF w załączeniu.

Z poważaniem

Krzysztof Mazur
Wiceprezes Zarządu
Wodkan-Serwis sp. z o.o.
ul. Kutrowskiego 41, 55-200 Oława
tel. 71 303 44 18
NIP %s""" % (iban_fmt(F.WODKAN_IBAN), F.WODKAN_NIP)
    pdf = simple_pdf("Przedsądowe wezwanie do zapłaty", [
        "# Wodkan-Serwis sp. z o.o.",
        "ul. Kutrowskiego 41, 55-200 Oława · NIP " + F.WODKAN_NIP,
        "",
        "Oława, 25.11.2026",
        "",
        "Example Group Polska sp. z o.o.",
        "ul. Strzegomska 140, 54-429 Wrocław",
        "",
        "## PRZEDSĄDOWE WEZWANIE DO ZAPŁATY",
        "",
        "FV 112/10/2026 z 09.10.2026     28 905,00 zł     termin 08.11.2026",
        "FV 118/10/2026 z 23.10.2026     14 760,00 zł     termin 22.11.2026",
        "**Razem: 43 665,00 zł + odsetki ustawowe + rekompensata 2 x 40 EUR",
        "",
        "Termin zapłaty: 7 dni od doręczenia.",
        "Rachunek: Bank Pekao S.A. " + iban_fmt(F.WODKAN_IBAN),
        "",
        "Krzysztof Mazur – Wiceprezes Zarządu",
    ], author="Krzysztof Mazur", creator="Writer", producer="LibreOffice 7.6", created=pdfdate(plus(t, -1500)))
    body = mixed(p, Text(text, "plain", "UTF-8", "8bit", params=["format=flowed"]),
                 [att(p, pdf, "Wezwanie_do_zaplaty_Example_Group_Polska.pdf")])
    return Mail(24, "pl", slug, B, p, ("Krzysztof Mazur", snd), [S("pl_acc")],
                "Przedsądowe wezwanie do zapłaty - FV 112/10/2026, FV 118/10/2026", body, cc=[S("pl_mgr")],
                what="Genuine pre-litigation payment demand from a sewer-maintenance contractor (Thunderbird via nazwa.pl): two overdue invoices, statutory interest, threat to stop works and go to court.",
                why="Real contractor domain and hosting path, references contract clause and real invoices, pays to the account on the invoices (unchanged), 'ignore if already paid'; tough but legitimate dunning.",
                pair=[26], pair_note="Deadline/enforcement pressure like the fake ZUS arrears notice 26, but from a real creditor with no link or login.")


def b25():
    slug = "kaminski-wp-faktura-elektryk"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 2, 19, 52, 28)
    snd = "janusz.kaminski72@wp.pl"
    rcpt = S("pl_mgr")[1]
    p = infra.wp(r, t, snd, rcpt, "31.0.43.118")
    text = """Dzień dobry Panie Pawle,

w załączniku faktura za październik - przeglądy i pomiary instalacji elektrycznych w przepompowniach P3 i P7 w Oławie oraz wymiana stycznika i zabezpieczenia silnika pompy nr 1 w P7. Faktura jest też wysłana przez KSeF.

Protokoły z pomiarów doniosę w czwartek do biura, bo muszę je jeszcze podpisać.

Pozdrawiam
Janusz Kamiński
tel. 601 447 328"""
    html = "<div>" + "<br>".join(html_escape(l) for l in text.split("\n")) + "</div>"
    pdf = simple_pdf("Faktura FV 14/10/2026", [
        "# Usługi Elektryczne Janusz Kamiński",
        "ul. Polna 8, 55-200 Oława · NIP " + F.KAMINSKI_NIP,
        "",
        "## Faktura nr FV 14/10/2026",
        "Data wystawienia: 02.11.2026   Data wykonania usługi: 31.10.2026",
        "Nabywca: Example Group Polska sp. z o.o., NIP " + F.EG_PL_NIP,
        "",
        "1. Przegląd i pomiary instalacji elektrycznej - przepompownie P3, P7     1 600,00 zł",
        "2. Wymiana stycznika i wyłącznika silnikowego - P7 pompa 1 (z materiałem)  870,00 zł",
        "Razem netto 2 470,00 zł   VAT 23% 568,10 zł",
        "**Do zapłaty: 3 038,10 zł",
        "Termin płatności: 16.11.2026, przelew",
        "PKO BP " + iban_fmt(F.KAMINSKI_IBAN),
    ], author="Janusz", creator="inFakt", producer="inFakt", created=pdfdate(plus(t, -3600)))
    body = mixed(p, alt(p, text, html, "UTF-8", "quoted-printable"), [att(p, pdf, "Faktura_FV_14_10_2026.pdf")])
    return Mail(25, "pl", slug, B, p, ("Janusz Kamiński", snd), [S("pl_mgr")],
                "faktura za październik - przepompownie Oława", body, cc=[S("pl_acc")],
                what="Genuine invoice from a one-man electrical contractor who uses his private wp.pl mailbox: PDF invoice for inspections at two pumping stations, also sent via KSeF.",
                why="Known small contractor who always writes from wp.pl, informal tone, concrete work, small amount to the same PKO account as on earlier invoices, no urgency; free-mail sender alone does not make it suspicious.")


def b26():
    slug = "kowalczyk-prosba-o-przelew-intern"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 26, 9, 10, 44)
    snd = S("pl_mgr")[1]
    rcpt = S("pl_acc")[1]
    p = infra.exchange_internal(r, t, snd, rcpt, server="exch02", client_ip="10.40.2.18", lang="pl-PL")
    p.hcs = "iso-8859-2"
    text = """Pani Małgosiu,

proszę dziś puścić przelew dla Wodkan-Serwis za FV 112/10/2026 i FV 118/10/2026 (razem 43 665,00 zł) - wczoraj przyszło od nich wezwanie do zapłaty, a nie chcę, żeby zeszli z robót w Oławie przed zimą.

Obie faktury zatwierdziłem wczoraj w obiegu dokumentów, protokoły odbioru prac są w Teams w folderze "Oława - kanalizacja". Rachunek bez zmian, jak na fakturach i na białej liście. Odsetki proszę na razie pominąć, dogadam to z panem Mazurem.

Jakby coś było niejasne, proszę dzwonić na komórkę.

Pozdrawiam
Paweł Kowalczyk
Dyrektor Oddziału
Example Group Polska sp. z o.o.
tel. +48 71 799 40 10, kom. +48 602 318 477"""
    html = html_outlook(text, "iso-8859-2", lang="PL")
    body = alt(p, text, html, "iso-8859-2", "quoted-printable")
    return Mail(26, "pl", slug, B, p, S("pl_mgr"), [S("pl_acc")],
                "Pilne: przelew Wodkan-Serwis dzisiaj", body,
                what="The Polish office manager's genuine internal request (Exchange → mail-int01) to pay the contractor's overdue invoices today, approved in the document workflow.",
                why="Internal path, real addresses, references the approval workflow, acceptance protocols and the unchanged white-listed account, invites a phone call.",
                pair=[25], pair_note="Same people and 'Pilne' urgency as the WhatsApp CEO-fraud opener 25, but internal, specific, within the approval process and with phone contact offered.")


def build():
    return [b22(), b23(), b24(), b25(), b26()]
