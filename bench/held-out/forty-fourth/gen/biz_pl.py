"""Polish genuine business messages (5)."""

import ids
import media
import org
import pdf
from core import mail, Text, Bin, Multi
from infra import Client, Hosted
from mime import HStyle
from org import S, A

PARTNER = org.BANK["partner"]
NIP_EG = ids.pl_nip("779243185")
NIP_PARTNER = ids.pl_nip("777316842")
NIP_PIANEX = ids.pl_nip("727281530")


def _partner_route(origin_ip="83.12.174.66"):
    return Hosted("server204618.nazwa.pl", "server204618.nazwa.pl", "46.242.244.118", mta="postfix",
                  origin=("[192.168.0.14]", "static-83-12-174-66.ip.netia.com.pl", origin_ip),
                  by="server204618.nazwa.pl")


# 22 ---------------------------------------------------------------------
def partner_faktura():
    ksef = "%s-20261103-4F1A9C2E7B05-3D" % NIP_PARTNER
    inv = pdf.make_pdf([
        "# Partner Logistik sp. z o.o.", "ul. Rabowicka 15, 62-020 Swarzędz · NIP " + ids.fmt_nip(NIP_PARTNER), "",
        "# FAKTURA VAT FV/1098/10/2026", "Data wystawienia: 03.11.2026   Data sprzedaży: 31.10.2026",
        "Numer KSeF: " + ksef, "",
        "Nabywca: Example Group Polska sp. z o.o., ul. Głogowska 218, 60-104 Poznań, NIP " + ids.fmt_nip(NIP_EG), "",
        "Lp. Nazwa usługi                                   Netto        VAT 23%      Brutto",
        "1   Składowanie – październik 2026 (1 412 mp)     21 180,00     4 871,40    26 051,40",
        "2   Kompletacja i wydania (3 877 szt.)             9 692,50     2 229,28    11 921,78",
        "3   Transport dystrybucyjny – Wielkopolska         6 640,00     1 527,20     8 167,20",
        "    Razem                                         37 512,50     8 627,88    46 140,38", "",
        "Termin płatności: 24.11.2026, przelew – mechanizm podzielonej płatności",
        "Rachunek: Santander Bank Polska S.A. " + ids.pl_nrb(PARTNER),
    ], title="FV/1098/10/2026", producer="Comarch ERP Optima", creator="Comarch ERP Optima",
        author="", created="20261103091210+01'00'")
    body = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/1098/10/2026 za usługi magazynowe i dystrybucyjne za październik 2026 r. Faktura została również wystawiona w KSeF (numer KSeF: %s).

Kwota do zapłaty: 46 140,38 zł brutto
Termin płatności: 24.11.2026 r.
Płatność w mechanizmie podzielonej płatności na rachunek jak dotychczas:
Santander Bank Polska S.A. %s
(rachunek widnieje w wykazie podatników VAT).

W razie pytań dotyczących specyfikacji prosimy o kontakt z p. Tadeuszem Zielińskim.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
tel. 61 817 42 30
""" % (ksef, ids.pl_nrb(PARTNER))
    cl = Client("thunderbird", domain="partner-logistik.pl", hstyle=HStyle("iso-8859-2", "Q"),
                mailer="Mozilla Thunderbird")
    return mail(kind="business", lang="pl", slug="partner-logistik-faktura-mpp",
                t="2026-11-03 09:20:33", rcpt=A("pl_acc"), route=_partner_route(), client=cl,
                frm=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), to=[S["pl_acc"]],
                subject="Faktura VAT FV/1098/10/2026 - usługi magazynowe październik",
                body=Multi("mixed", [Text(body.replace("–", "-"), charset="ISO-8859-2", cte="quoted-printable",
                                          params="; format=flowed"),
                                     Bin(inv, "application/pdf", "FV_1098_10_2026.pdf")]),
                hn=["partner-logistik-zmiana-rachunku-lookalike"],
                pair="logistics partner's accounting department and its bank account",
                what="Logistics partner's genuine monthly invoice (also in KSeF), split payment to the "
                     "known account.",
                why="Real domain partner-logistik.pl on its nazwa.pl hosting from the office line; invoice "
                    "number matches KSeF; account unchanged and on the VAT white list; no request to change "
                    "anything.")


# 23 ---------------------------------------------------------------------
def zielinski_awizacja():
    body = """Dzień dobry Panie Pawle,

przesyłam awizację dostaw na tydzień 48 (23–27.11) dla magazynu w Swarzędzu. Proszę o potwierdzenie okien czasowych na rampie nr 3:

pon. 23.11, 7:00–8:00 – Pianex, pianka PU, 2 auta (plandeka 13,6 m)
wt. 24.11, 9:30 – Lieferant GmbH, okucia, 6 palet (kurier drobnicowy)
śr. 25.11, 7:00 – stelaże tapicerskie z Herford, 1 auto + przyczepa
czw. 26.11, 13:00 – odbiór: 22 palety wyrobów gotowych do Ferretti Trasporti (Werona)

W czwartek potrzebujemy dwóch wózkowych na popołudniową zmianę, bo Ferretti przyjeżdża z dwoma naczepami.

Pozdrawiam
Tadeusz Zieliński
Kierownik magazynu
Partner Logistik sp. z o.o.
tel. kom. 601 447 218
"""
    cl = Client("outlook", domain="partner-logistik.pl", hstyle=HStyle("windows-1250", "Q", quote_names=True),
                mailer="Microsoft Outlook 16.0")
    return mail(kind="business", lang="pl", slug="partner-logistik-awizacja-dostaw",
                t="2026-11-18 14:10:52", rcpt=A("pl_proc"), route=_partner_route(), client=cl,
                frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[S["pl_proc"]],
                cc=[S["pl_mgr"]],
                subject="Awizacja dostaw - tydzień 48 (23-27.11)",
                body=Multi("alternative", [
                    Text(body, charset="windows-1250", cte="quoted-printable"),
                    Text(org.to_html_outlook(body, lang="PL"), "html", charset="windows-1250",
                         cte="quoted-printable")]),
                what="Warehouse manager of the logistics partner sends next week's delivery schedule.",
                why="Known contact, own domain and office connection; operational content consistent with "
                    "suppliers and carriers; no links, no payment.")


# 24 ---------------------------------------------------------------------
def pianex_zmiana_rachunku():
    new = org.BANK["pianex_new"]
    old = org.BANK["pianex_old"]
    letter = pdf.make_pdf([
        "# PIANEX sp. z o.o.", "ul. Aleksandrowska 67/93, 91-205 Łódź · NIP " + ids.fmt_nip(NIP_PIANEX), "",
        "Łódź, 06.11.2026", "", "Example Group Polska sp. z o.o.", "ul. Głogowska 218, 60-104 Poznań", "",
        "# Zawiadomienie o zmianie rachunku bankowego", "",
        "Uprzejmie informujemy, że od 01.12.2026 r. właściwym rachunkiem do regulowania należności",
        "za faktury wystawione od tego dnia jest rachunek:", "",
        "Citi Handlowy (Bank Handlowy w Warszawie S.A.)  " + ids.pl_nrb(new), "",
        "Rachunek jest ujawniony w wykazie podatników VAT od 02.11.2026 r.",
        "Faktury wystawione przed 01.12.2026 r. można regulować na dotychczasowy rachunek",
        ids.pl_nrb(old) + " (Pekao S.A.) do 31.01.2027 r.", "",
        "Prosimy o telefoniczne potwierdzenie zmiany z naszym działem finansowym: 42 633 18 40.", "",
        "Anna Wiśniewska – Prezes Zarządu            Jacek Wróbel – Członek Zarządu",
    ], title="Zmiana rachunku", producer="Adobe Acrobat Pro (64-bit) 24.4.20272", creator="",
        author="finanse", created="20261106123300+01'00'")
    body = """Dzień dobry Pani Agnieszko,

w nawiązaniu do naszej rozmowy telefonicznej przesyłam zawiadomienie o zmianie rachunku bankowego Pianex sp. z o.o., podpisane przez Zarząd. Oryginał wyślemy pocztą.

Najważniejsze informacje:
- nowy rachunek obowiązuje dla faktur wystawionych od 01.12.2026 r.,
- rachunek jest już widoczny w wykazie podatników VAT (biała lista) – prosimy sprawdzić go na podatki.gov.pl przed pierwszą płatnością,
- faktury wystawione wcześniej można opłacać na dotychczasowy rachunek do 31.01.2027 r.

Zgodnie z Państwa procedurą prosimy o potwierdzenie zmiany telefonicznie z naszym działem finansowym (42 633 18 40, p. Ewa Kubiak).

Pozdrawiam serdecznie
Marta Kowalczyk
Dział Sprzedaży
Pianex sp. z o.o.
tel. 42 633 18 22
"""
    route = Hosted("mail.pianex.pl", "mail.pianex.pl", "212.91.26.140", mta="postfix",
                   origin=("[192.168.2.31]", "unknown", "212.91.26.131"), by="mail.pianex.pl")
    cl = Client("thunderbird", domain="pianex.pl", hstyle=HStyle("iso-8859-2", "Q"), mailer="Mozilla Thunderbird")
    return mail(kind="business", lang="pl", slug="pianex-zmiana-rachunku-potwierdzenie",
                t="2026-11-09 13:02:18", rcpt=A("pl_acc"), route=route, client=cl,
                frm=("Marta Kowalczyk", "m.kowalczyk@pianex.pl"), to=[S["pl_acc"]],
                cc=[("Pianex - Finanse", "finanse@pianex.pl")],
                subject="Pianex - zmiana rachunku bankowego od 01.12.2026",
                body=Multi("mixed", [Text(body.replace("–", "-"), charset="iso-8859-2", cte="8bit"),
                                     Bin(letter, "application/pdf", "Pianex_zmiana_rachunku_bankowego.pdf")]),
                hn=["partner-logistik-zmiana-rachunku-lookalike"],
                pair="supplier announces new bank account",
                what="Foam supplier's genuine bank-account change, after a phone call, with a letter signed "
                     "by the management board.",
                why="Known contact on the supplier's own mail server; new account already on the VAT white "
                    "list with a date; applies to future invoices only; old account valid during transition; "
                    "asks for telephone confirmation with the finance department.")


# 25 ---------------------------------------------------------------------
def it_ostrzezenie_teams():
    body = """Cześć,

wczoraj kilka osób w Poznaniu dostało najpierw kilkaset wiadomości ze spamem, a potem wiadomość lub telefon na Teams od rzekomego „IT Help Desk”, który prosił o uruchomienie Szybkiej pomocy (Quick Assist) albo AnyDesk. To próba przejęcia komputera.

Przypominam zasady:
1. Dział IT z Herford kontaktuje się z Wami wyłącznie z kont @example.com. Konta z dopiskiem „Zewnętrzny” / „External” w Teams to nie my.
2. Nigdy nie prosimy o zdalny dostęp, jeśli sami nie zgłosiliście problemu (helpdesk: wew. 555 lub it-service@example.com).
3. Nie instalujcie AnyDesk, TeamViewer itp. na niczyją prośbę.
4. Jeśli nagle dostajecie setki maili – zgłoście to na helpdesk i nie odbierajcie połączeń od „IT”.

Podejrzane wiadomości zgłaszajcie przyciskiem „Zgłoś phishing” w Outlooku.

Pozdrawiam
Krzysztof Wójcik
Example Group Polska sp. z o.o.
"""
    r, c = org.internal("pl", host_n=14)
    return mail(kind="business", lang="pl", slug="it-ostrzezenie-falszywy-helpdesk",
                t="2026-10-22 12:30:09", rcpt=A("pl_proc"), route=r, client=c,
                frm=S["pl_mgr"], to=[("Wszyscy Poznań i Swarzędz", "wszyscy-pl@example.com")],
                cc=[S["sec"]],
                subject="Uwaga: fałszywy „IT Help Desk” na Teams",
                body=Multi("alternative", [
                    Text(body.replace("„", '"').replace("”", '"').replace("–", "-"), charset="iso-8859-2", cte="quoted-printable"),
                    Text(org.to_html_outlook(body, lang="PL"), "html", charset="utf-8", cte="quoted-printable")]),
                hn=["teams-helpdesk-quick-assist"],
                pair="IT help desk and remote support via Teams",
                what="Internal warning from the Polish office manager about fake 'IT Help Desk' Teams calls "
                     "after e-mail bombing.",
                why="Internal mail via Exchange and mail-int01, IT security in Cc; tells staff never to start "
                    "remote tools on request; no links.")


# 26 ---------------------------------------------------------------------
def meble_nowak_reklamacja():
    body = """Dzień dobry,

piszę w sprawie narożnika Verona (zamówienie 2026/PL/0877), dostarczonego do nas 12.11. Po tygodniu klientka zgłosiła, że pianka w siedzisku przy łączeniu modułów mocno się zapada, a szew na oparciu zaczyna się rozchodzić. W załączniku zdjęcie.

Proszę o informację, czy przyślecie serwisanta, czy mamy odesłać moduł do Swarzędza. Klientka czeka na odpowiedź do końca przyszłego tygodnia.

Pozdrawiam
Grzegorz Nowak
Meble Nowak, Kalisz
tel. 62 767 44 10
"""
    photo = media.photo_placeholder("nowak-verona")
    route = Hosted("smtpo.poczta.wp.pl", "smtpo.poczta.wp.pl", "212.77.101.9", mta="wp",
                   origin=("[192.168.1.33]", "79.184.215.40.ipv4.supernova.orange.pl", "79.184.215.40"),
                   tls="1.2")
    cl = Client("generic", domain="wp.pl", hstyle=HStyle("utf-8", "B"))
    return mail(kind="business", lang="pl", slug="meble-nowak-reklamacja-naroznik",
                t="2026-11-20 18:41:16", rcpt=A("pl_mgr"), route=route, client=cl,
                frm=("Meble Nowak", "meble.nowak@wp.pl"), to=[S["pl_mgr"]],
                subject="Reklamacja - narożnik Verona, zam. 2026/PL/0877",
                body=Multi("mixed", [Text(body, charset="UTF-8", cte="base64"),
                                     Bin(photo, "image/png", "IMG_20261120_171204.png")]),
                hn=["clickfix-reklamationsfotos"],
                pair="retailer complaint with a photo",
                what="Small retail customer's genuine quality complaint from his WP mailbox with a photo.",
                why="Known customer on consumer mail; order number, delivery date, photo attached directly; "
                    "asks for a service visit.")


MESSAGES = [partner_faktura, zielinski_awizacja, pianex_zmiana_rachunku, it_ostrzezenie_teams,
            meble_nowak_reklamacja]
