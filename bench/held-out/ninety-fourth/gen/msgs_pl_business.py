"""Genuine business messages 22-26 (Polish)."""

import infra as I
import data as D
import checks as C
from compose import Mail, alt, text, html, mixed, att_pdf
from world import S

MAILS = []
EG_NIP = C.pl_nip("894303121")
PARTNER_NIP = C.pl_nip("897187433")
KSEF_NO = "%s-20261116-0100A4C93B2F-D7" % PARTNER_NIP


def add(**kw):
    MAILS.append(Mail(lang="pl", folder="business", **kw))


def pl_invoice(num, date, rows, netto, vat, brutto, ksef=None):
    lines = [("Partner Logistik sp. z o.o.", 15, True), "ul. Kwidzyńska 6, 51-416 Wrocław, NIP " + PARTNER_NIP, "",
             "Nabywca: Example Group Polska sp. z o.o., ul. Robotnicza 72, 53-608 Wrocław, NIP " + EG_NIP, "",
             ("Faktura VAT nr %s z dnia %s" % (num, date), 12, True)]
    if ksef:
        lines.append("Numer KSeF: " + ksef)
    lines += [""] + rows + ["", "Netto: %s zł   VAT 23%%: %s zł   " % (netto, vat), ("Brutto: %s zł" % brutto, 11, True), "",
                            "Mechanizm podzielonej płatności", "Santander Bank Polska S.A.  " + C.pl_nrb(D.PL_IBAN),
                            "Termin płatności: 14 dni"]
    return lines


# 22 ------------------------------------------------------------------------
add(n=22, slug="logistics-partner-invoice",
    via=I.exo, via_kw=dict(lang="pl-PL"),
    frm=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), to=[S("pl_acc")], hcs="iso-8859-2", henc="Q",
    subject="Faktura FV/10/2026/0417 - Partner Logistik sp. z o.o.", date=(2026, 10, 22, 12, 40, 10), zone="PL",
    body=mixed(alt("""Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/10/2026/0417 za usługi magazynowe i transport krajowy w październiku 2026 r. Faktura została wystawiona w KSeF.

Kwota brutto: 31 482,60 zł
Termin płatności: 5.11.2026

Numer rachunku pozostaje bez zmian (Santander Bank Polska, rachunek zgłoszony w wykazie podatników VAT).

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Kwidzyńska 6, 51-416 Wrocław
tel. +48 71 733 40 12""", cs="iso-8859-2", cte="quoted-printable", style="outlook", lang="PL"),
               att_pdf("FV_10_2026_0417.pdf", pl_invoice("FV/10/2026/0417", "22.10.2026", [
                   "Składowanie - 86 miejsc paletowych, 10/2026                 9 460,00 zł",
                   "Obsługa magazynowa (przyjęcia/wydania)                     4 135,61 zł",
                   "Transport krajowy - 14 kursów                             12 000,00 zł"],
                   "25 595,61", "5 886,99", "31 482,60", ksef="%s-20261022-01009F21C4B7-3A" % PARTNER_NIP),
                   title="FV/10/2026/0417", producer="Comarch ERP Optima", creator="Comarch ERP Optima",
                   date="D:20261022123500+02'00'")),
    what="Genuine monthly invoice from the logistics partner (KSeF invoice, PDF visualisation)",
    why="Partner's real Microsoft 365 tenant, consistent amount and due date (the same invoice the look-alike attack "
        "tries to redirect), account explicitly unchanged and on the VAT white list, split payment.",
    hn=([22], "logistics partner invoice / bank account"))

# 23 ------------------------------------------------------------------------
add(n=23, slug="ksef-invoice-issued-notice",
    via=I.exo, via_kw=dict(lang="pl-PL"),
    frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[S("pl_acc")], cc=[S("pl_mgr")],
    hcs="windows-1250", henc="Q",
    subject="FV/11/2026/0452 wystawiona w KSeF – korekta stawki za składowanie", date=(2026, 11, 16, 14, 22, 51),
    zone="PL",
    body=mixed(alt("""Pani Agnieszko,

zgodnie z ustaleniami z Panem Markiem z zeszłego tygodnia wystawiliśmy fakturę FV/11/2026/0452 już z nową stawką za składowanie (110 zł/miejsce paletowe). Faktura jest w KSeF pod numerem %s, więc powinna być już widoczna w Państwa systemie księgowym. W załączniku przesyłam wizualizację dla wygody.

Proszę nie szukać w mailu żadnych linków do pobrania – fakturę pobierają Państwo bezpośrednio z KSeF.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik ds. rozliczeń
Partner Logistik sp. z o.o.
tel. +48 71 733 40 15, kom. +48 601 555 218""" % KSEF_NO, cs="windows-1250", cte="quoted-printable", style="outlook",
                   lang="PL"),
               att_pdf("FV_11_2026_0452_wizualizacja.pdf", pl_invoice("FV/11/2026/0452", "16.11.2026", [
                   "Składowanie - 88 miejsc paletowych x 110,00 zł, 11/2026       9 680,00 zł",
                   "Obsługa magazynowa (przyjęcia/wydania)                     3 820,00 zł"],
                   "13 500,00", "3 105,00", "16 605,00", ksef=KSEF_NO),
                   title="FV/11/2026/0452", producer="Comarch ERP Optima", creator="Comarch ERP Optima",
                   date="D:20261116142000+01'00'")),
    what="Genuine note from the partner's finance contact: invoice issued in KSeF, PDF visualisation attached",
    why="Known contact on the partner's real tenant, KSeF number in the correct format, refers to an agreement with the "
        "office manager, says the invoice is fetched from KSeF itself — no login link.",
    hn=([23], "KSeF e-invoice notification"))

# 24 ------------------------------------------------------------------------
add(n=24, slug="broken-laptop-private-mail",
    via=I.wp, via_kw=dict(client_ip="83.24.115.61"),
    frm=("Agnieszka Kołodziej", "aga.kolodziej@wp.pl"), to=[S("pl_mgr")], cc=[S("it")], hcs="utf-8", henc="Q",
    subject="Laptop nie działa / laptop broken – piszę z prywatnej poczty", date=(2026, 11, 23, 8, 6, 44), zone="PL",
    body=text("""Marek,

mój służbowy laptop od rana się nie włącza (tylko miga dioda ładowania), dlatego piszę z prywatnej poczty. Jestem w biurze, mogę w tym czasie pracować na komputerze w sekretariacie, ale nie mam tam dostępu do Optimy. Dzisiejsze przelewy przygotuję, jak tylko IT coś zaradzi.

Proszę nie wysyłać mi na ten adres żadnych dokumentów firmowych.

Thomas, sorry for the private address: my laptop (asset tag EG-PL-0231) does not power on since this morning. I am in the Wrocław office today; could someone call me on +48 71 720 18 40 (reception)? Thanks!

Agnieszka""", cs="utf-8", cte="8bit"),
    what="Genuine message from the Wrocław accountant's private WP address: her company laptop is broken",
    why="Known private address, asks for nothing sensitive, explicitly declines company documents at the private "
        "address, gives the office phone and asset tag; expected helpdesk situation.",
    hn=([5, 28], "colleague writing from a private address"))

# 25 ------------------------------------------------------------------------
add(n=25, slug="funeral-home-cremation-order",
    via=I.wp, via_kw=dict(client_ip="89.72.201.14"),
    frm=("Krzysztof Kowalczyk", "zp.aniol.opole@wp.pl"), to=[S("pl_mgr")], hcs="utf-8", henc="B",
    subject="Zlecenie kremacji + urny – ZP Anioł Opole", date=(2026, 12, 2, 13, 17, 30), zone="PL",
    body=text("""Dzień dobry Panie Marku,

zlecamy kremację zmarłej Janiny Nowak (ur. 1941, zm. 30.11.2026 w Opolu). Karta zgonu i zgoda rodziny będą przy przewozie. Przywieziemy zwłoki w czwartek 3.12 ok. godz. 9:00 naszym karawanem.

Prosimy też o 2 urny z katalogu:
- urna „Klasyczna” orzech, nr kat. U-114 – 1 szt.
- urna biodegradowalna „Natura”, nr kat. U-220 – 1 szt. (rodzina chce część prochów rozsypać… proszę potwierdzić, czy to w ogóle możliwe, bo u nas nie wolno)

Fakturę proszę jak zwykle na Zakład Pogrzebowy „Anioł”, przelew 14 dni.

Pozdrawiam
Krzysztof Kowalczyk
Zakład Pogrzebowy „Anioł”, Opole
tel. 604 555 317""", cs="utf-8", cte="base64"),
    what="Genuine cremation order with urn request from a small funeral home using a wp.pl mailbox",
    why="Regular customer's known consumer mailbox, concrete case details, standard terms (invoice, 14-day transfer); "
        "asks a genuine regulatory question; no links or attachments.")

# 26 ------------------------------------------------------------------------
mem = """MEMENTO – newsletter branży pogrzebowej, nr 11/2026

Nowelizacja ustawy o cmentarzach: co się zmienia od 2027 r.
Projekt przewiduje m.in. nowe wymogi dla domów pogrzebowych i krematoriów oraz elektroniczny rejestr pochówków. Omawiamy najważniejsze zmiany.

KSeF w zakładach pogrzebowych – pół roku doświadczeń
Jak małe zakłady radzą sobie z fakturami ustrukturyzowanymi? Rozmowa z doradcą podatkowym.

Targi MEMENTO 2027
Zapraszamy do Kielc, 11–12 maja 2027 r. Rejestracja wystawców już otwarta.

Czytaj całe wydanie: https://www.memento-branza.pl/newsletter/11-2026

Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera na memento-branza.pl.
[[Wypisz się|https://www.memento-branza.pl/newsletter/wypisz?u=c81f3a92e4]]
Wydawnictwo Memento sp. z o.o., ul. Sienkiewicza 14, 25-301 Kielce"""
add(n=26, slug="trade-newsletter-sendgrid",
    via=I.sendgrid, via_kw=dict(em_dom="em3307.memento-branza.pl"),
    frm=("MEMENTO – newsletter", "newsletter@memento-branza.pl"), to=[S("pl_mgr")], hcs="utf-8", henc="Q",
    subject="MEMENTO 11/2026: nowelizacja ustawy o cmentarzach, KSeF w zakładach pogrzebowych",
    date=(2026, 11, 26, 7, 30, 0), zone="PL",
    xh=["List-Unsubscribe: <https://www.memento-branza.pl/newsletter/wypisz?u=c81f3a92e4>, <mailto:unsubscribe@memento-branza.pl?subject=c81f3a92e4>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
    body=alt(mem, cs="utf-8", cte="quoted-printable", style="news"),
    what="Genuine subscribed Polish trade newsletter sent via SendGrid with List-Unsubscribe",
    why="Publisher's own domain with SendGrid link-branding subdomain, one-click unsubscribe, informational content, "
        "links to the publisher's site only.")
