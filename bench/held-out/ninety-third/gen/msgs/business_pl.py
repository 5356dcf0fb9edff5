"""Genuine business messages, Polish (22-26)."""
import checks
from company import BANK, S, TAX
from compose import att_pdf

PARTNER = dict(mta_helo="cloudserver094215.home.pl", mta_rdns="cloudserver094215.home.pl", mta_ip="79.96.170.38",
               provider_host="cloudserver094215.home.pl", client_ip="89.77.43.120",
               client_rdns="89-77-43-120.dynamic.chello.pl", lang="pl")
_nip_partner = TAX["pl_partner"].replace("-", "")
_nip_example = TAX["pl_example"].replace("-", "")

MESSAGES = [
    dict(
        n=22, lang="pl", slug="partner-logistik-faktura-ksef",
        prof=("outlook_smtp", dict(PARTNER, pc="KSIEGOWOSC-PC")),
        frm=("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"),
        to=[S("pl_acc")],
        subject="Faktura VAT FV/2026/10/0433 - usługi magazynowe październik 2026",
        when="2026-10-27 09:40:18",
        cs="windows-1250", cte="quoted-printable", html=True,
        text="""Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/2026/10/0433 za usługi magazynowe i dystrybucyjne w październiku 2026 r.

Faktura została wystawiona w KSeF – numer KSeF: %s-20261027-8C41D2E07B95-3A.

Kwota brutto: 31 857,00 zł
Termin płatności: 10.11.2026
Rachunek (zgłoszony w wykazie podatników VAT): PKO BP %s
Płatność w mechanizmie podzielonej płatności (MPP).

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Logistyczna 7, 55-040 Bielany Wrocławskie
NIP %s
""" % (_nip_partner, checks.nrb(BANK["partner"]), TAX["pl_partner"]),
        atts=[att_pdf("FV_2026_10_0433.pdf", [
            "# Partner Logistik sp. z o.o. - Faktura VAT FV/2026/10/0433",
            "Data wystawienia: 27.10.2026   Numer KSeF: %s-20261027-8C41D2E07B95-3A" % _nip_partner,
            "Nabywca: Example Group Polska sp. z o.o., NIP " + TAX["pl_example"],
            "1. Skladowanie paletowe 10/2026   14 pal. x 31 dni",
            "2. Kompletacja i dystrybucja do stolowek (Wroclaw, Olesnica)",
            "Netto: 25 900,00 zl   VAT 23%: 5 957,00 zl   Brutto: 31 857,00 zl",
            "Termin platnosci: 10.11.2026 - MPP",
            "PKO BP " + checks.nrb(BANK["partner"]),
        ], producer="Comarch ERP Optima", author="Partner Logistik", when="D:20261027093512+01'00'")],
        what="Logistics partner's monthly invoice (visualisation of the KSeF invoice) from the accounts mailbox.",
        why="Usual route (Outlook desktop via the partner's home.pl mail server from its office line), KSeF number given, white-listed PKO BP account, split payment requested – consistent with Polish rules.",
        pair=([23, 22], "Same partner and invoice as the hijacked thread; genuine mail uses the white-listed account and MPP, the attack asks to skip both."),
    ),
    dict(
        n=23, lang="pl", slug="fakturownia-ksef-przyjeta",
        prof=("ses", dict(region="eu-central-1")),
        frm=("Fakturownia", "powiadomienia@fakturownia.pl"),
        to=[S("pl_acc")],
        subject="Faktura FV 2026/11/37 została przyjęta przez KSeF",
        when="2026-11-03 12:01:09",
        cs="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Fakturownia", color="#2f7d32", logo="Fakturownia"),
        text="""# Faktura przyjęta przez KSeF

Dzień dobry,

faktura FV 2026/11/37 wystawiona dla kontrahenta Szpital Specjalistyczny im. św. Jadwigi sp. z o.o. została przyjęta przez Krajowy System e-Faktur.

Numer KSeF: %s-20261103-5E19A0C4F2B7-91
Data przyjęcia: 03.11.2026 12:00:41
Kwota brutto: 64 206,00 zł

Urzędowe poświadczenie odbioru (UPO) możesz pobrać w szczegółach faktury:

[[Zobacz fakturę|https://examplegroup.fakturownia.pl/invoices/48190217]]

Pozdrawiamy,
Zespół Fakturownia

~ Otrzymujesz tę wiadomość, ponieważ w ustawieniach konta włączone są powiadomienia o statusie KSeF.
""" % _nip_example,
        what="Genuine status notification from the invoicing SaaS the Polish office uses: outgoing invoice accepted by KSeF.",
        why="Expected notification for the company's own sales invoice, from the vendor's domain via Amazon SES; link to the company's own account subdomain on fakturownia.pl; no deadline, no credentials requested in the mail.",
        pair=([22], "KSeF topic; genuine notice from the company's invoicing tool, the attack impersonates the Ministry's KSeF with a login link."),
    ),
    dict(
        n=24, lang="pl", slug="partner-logistik-awizacja-palety",
        prof=("outlook_smtp", dict(PARTNER, pc="TZIELINSKI-NB")),
        frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"),
        to=[S("pl_mgr")],
        subject="Awizacja dostawy 16.11 - ul. Legnicka, wymiana palet",
        when="2026-11-13 07:55:40",
        cs="windows-1250", cte="quoted-printable", html=True,
        text="""Dzień dobry Pani Katarzyno,

awizuję dostawę na poniedziałek 16.11 do stołówki przy ul. Legnickiej:
- okno czasowe 5:30–6:00 (rampa od strony parkingu),
- 6 palet EUR (magazyn suchy) + 2 palety chłodnicze (nabiał, +2/+6 °C),
- kierowca: Marek Nowicki, samochód DW 4827K.

Proszę o przygotowanie 8 pustych palet EUR do wymiany – przy ostatniej dostawie zabraliśmy tylko 5 i saldo paletowe wynosi obecnie 11 palet na Państwa niekorzyść.

Jeśli okno czasowe nie pasuje, proszę o informację do piątku do 12:00.

Pozdrawiam
Tadeusz Zieliński
Kierownik Operacyjny
Partner Logistik sp. z o.o.
""",
        what="Delivery advice (awizacja) and pallet-exchange request from the logistics partner's operations manager.",
        why="Known contact, usual infrastructure, purely operational content with concrete details; no link, attachment or payment.",
    ),
    dict(
        n=25, lang="pl", slug="zepsuty-laptop-prywatna-poczta",
        prof=("wp", dict(client_ip="83.24.117.9")),
        frm=("Paweł Łukasik", "pawel.lukasik88@wp.pl"),
        to=[S("pl_mgr")], cc=[S("helpdesk")],
        subject="Laptop nie uruchamia się po aktualizacji - pilne, zamknięcie miesiąca",
        when="2026-11-30 08:05:12",
        cs="iso-8859-2", cte="8bit",
        text="""Dzień dobry Kasiu,

piszę z prywatnej skrzynki, bo mój służbowy laptop po wczorajszej aktualizacji Windowsa nie uruchamia się – zatrzymuje się na niebieskim ekranie z komunikatem o automatycznej naprawie. Próbowałem dwa razy, bez zmian.

Dzisiaj i jutro mamy zamknięcie miesiąca i JPK, więc pilnie potrzebuję komputera zastępczego. Do ServiceDesku dodaję kopię – zgłoszenie proszę przypisać do mnie (pawel.lukasik@example.com). Laptop przywiozę do biura na 9:00.

Do tego czasu jestem pod telefonem służbowym.

Pozdrawiam
Paweł Łukasik
""".replace("–", "-"),
        what="Employee reports a broken laptop from his private wp.pl mailbox.",
        why="Known private address of the employee; asks for a replacement device through the service desk and gives his company address for the ticket; no request for credentials, money or remote access.",
        pair=([24], "Free wp.pl sender like the fake Sanepid mail, but a colleague with an ordinary IT request and no attachment."),
    ),
    dict(
        n=26, lang="pl", slug="mbank-potwierdzenie-przelewu",
        prof=("esp", dict(helo="mx-out2.mbank.pl", rdns="mx-out2.mbank.pl", ip="193.41.230.78",
                          hop="notify-app03.mbank.local ([10.65.14.23])", msgid_host="notify.mbank.pl",
                          zone="Europe/Berlin")),
        frm=("mBank CompanyNet", "powiadomienia@mbank.pl"),
        to=[S("pl_acc")],
        subject="Potwierdzenie realizacji przelewu - Example Group Polska sp. z o.o.",
        when="2026-11-10 14:33:02",
        cs="utf-8", cte="base64",
        text="""Dzień dobry,

w załączniku przesyłamy potwierdzenie realizacji przelewu z rachunku Example Group Polska sp. z o.o., zleconego w systemie mBank CompanyNet przez użytkownika PLUKASIK.

Odbiorca: Partner Logistik sp. z o.o.
Tytuł: FV/2026/10/0412, FV/2026/10/0433/KOR
Kwota: 58 301,40 PLN
Data realizacji: 10.11.2026

To jest wiadomość automatyczna, nie odpowiadaj na nią. Potwierdzenie wygenerowano na Twoje życzenie w CompanyNet. mBank nigdy nie prosi w wiadomościach e-mail o logowanie przez link ani o dane autoryzacyjne.

mBank S.A.
""",
        atts=[att_pdf("Potwierdzenie_przelewu_20261110.pdf", [
            "# mBank S.A. - Potwierdzenie realizacji przelewu",
            "Zleceniodawca: Example Group Polska sp. z o.o.",
            "Odbiorca: Partner Logistik sp. z o.o.",
            "Rachunek odbiorcy: " + checks.nrb(BANK["partner"]),
            "Tytul: FV/2026/10/0412, FV/2026/10/0433/KOR",
            "Kwota: 58 301,40 PLN - Data realizacji: 10.11.2026 - MPP",
        ], producer="mBank CompanyNet", author="mBank S.A.", when="D:20261110143255+01'00'")],
        what="Genuine transfer confirmation requested by the accountant in the corporate banking portal.",
        why="Bank's own mail server, requested by the user, PDF confirmation only; shows the payment went to the partner's original white-listed account; explicitly no login link.",
        pair=([25], "mBank CompanyNet branding like the phishing mail; genuine one carries a requested PDF and no link."),
    ),
]
