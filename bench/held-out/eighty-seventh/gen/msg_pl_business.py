"""Polish genuine business messages (22-26)."""
import checkdigits as cd
from company import S, BANK
from common import pdf_att, zip_att
from files import pdf
from infra import TLS12, TLS13
from sigs import sig

NIP_PARTNER = cd.pl_nip("778142096")
NIP_OPAK = cd.pl_nip("781190325")
NIP_EG = cd.pl_nip("782301457")
NIP_BR = cd.pl_nip("779210336")


def messages():
    M = []
    # ----------------------------------------------------------------- 22
    ksef_no = "%s-20261130-0100A7F3C9D2-4E" % NIP_PARTNER
    M.append(dict(
        slug="partner-logistik-faktura-biala-lista",
        date="2026-11-30 13:52:07", zone="PL",
        frm=("Partner Logistik – Księgowość", "ksiegowosc@partner-logistik.pl"), to=[S("pl_acc")],
        cc=[("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl")],
        subject="Faktura VAT FV/2026/11/2417 – Partner Logistik sp. z o.o.",
        via="smtp_client",
        via_opts=dict(client="zimbra", out=("mail.partner-logistik.pl", "mail.partner-logistik.pl", "91.231.24.57"),
                      sub_host="mail.partner-logistik.pl", public_ip="91.231.24.1", public_rdns="gw.partner-logistik.pl",
                      zone="PL"),
        charset="utf-8", cte="quoted-printable", html="simple",
        text="""Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/2026/11/2417 za usługi cross-dockingu i składowania w listopadzie 2026 r. Faktura została wystawiona w KSeF (numer KSeF: %s) i jest dostępna w Państwa systemie po pobraniu z KSeF.

Kwota do zapłaty: 28 904,51 zł (w tym VAT 5 404,91 zł)
Termin płatności: 30.12.2026
Rachunek (bez zmian, widnieje w wykazie podatników VAT):
Santander Bank Polska S.A. %s

Prosimy o płatność w mechanizmie podzielonej płatności (MPP).

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Składowa 9, 62-080 Tarnowo Podgórne
NIP %s
tel. +48 61 814 22 40""" % (ksef_no, cd.nrb_fmt(BANK["partner_pl"]), cd.pl_nip_fmt(NIP_PARTNER)),
        attach=[pdf_att("FV_2026_11_2417.pdf", [
            "# Partner Logistik sp. z o.o.", "Faktura VAT nr FV/2026/11/2417 (wizualizacja)", "Numer KSeF: " + ksef_no, "",
            "Nabywca: Example Group Polska sp. z o.o., ul. Glogowska 218, 60-104 Poznan, NIP " + cd.pl_nip_fmt(NIP_EG), "---",
            "Cross-docking, palety EUR, 11/2026        1 284 szt.   11,40 PLN   14 637,60 PLN",
            "Skladowanie mrozne (-18 C), miejsca pal.    420 mp     21,10 PLN    8 862,00 PLN",
            "Netto 23 499,60 PLN   VAT 23% 5 404,91 PLN",
            "## Do zaplaty 28 904,51 PLN", "---",
            "Termin platnosci: 30.12.2026, przelew MPP",
            "Rachunek: Santander Bank Polska S.A. " + cd.nrb_fmt(BANK["partner_pl"])],
            title="FV/2026/11/2417", producer="Comarch ERP Optima 2026", created="20261130134811+01'00'")],
        what="Genuine monthly invoice from the logistics partner's accounting, issued in KSeF, with the unchanged Santander account.",
        why="Real domain and the partner's own Zimbra server; KSeF number; account stated as unchanged and on the VAT white list; asks for split payment; contact person in copy.",
        pair=["partner-logistik-lookalike-rachunek"],
        pair_note="Same partner, same kind of payment instruction; genuine from partner-logistik.pl with the white-listed Santander account and split payment, attack from partner-logistic.pl with a new account and a request to skip both controls.",
    ))
    # ----------------------------------------------------------------- 23
    M.append(dict(
        slug="opakowania-ksef-bez-pdf",
        date="2026-11-18 10:47:31", zone="PL",
        frm=("Marta Mazur", "m.mazur@opakowania-mazur.pl"), to=[S("pl_acc")], cc=[S("pl_off")],
        subject="Faktury w KSeF – od grudnia bez wysyłki PDF",
        via="smtp_client",
        via_opts=dict(client="outlook", out=("cloudserver071188.home.pl", "cloudserver071188.home.pl", "79.96.224.41"),
                      sub_host="cloudserver071188.home.pl", public_ip="83.26.142.91",
                      public_rdns="aebp91.neoplus.adsl.tpnet.pl", zone="PL"),
        charset="iso-8859-2", cte="quoted-printable", html="auto", clang="pl",
        text="""Pani Agnieszko,

od kwietnia wystawiamy wszystkie faktury w KSeF, a do tej pory wysyłaliśmy Państwu dodatkowo PDF-y mailem. Od 1 grudnia z tego rezygnujemy – faktury będą dostępne wyłącznie w KSeF, tak jak od innych dostawców.

Nic nie trzeba robić po Państwa stronie, jeśli program księgowy pobiera już faktury zakupowe z KSeF dla NIP %s. Wizualizację z kodem QR można w razie potrzeby sprawdzić na stronie Ministerstwa Finansów po numerze KSeF.

W załączniku ostatni raz przesyłam PDF do faktury FV 2026/11/0893 (kartony na pączki i torby papierowe z nadrukiem).

Gdyby coś nie działało, proszę o telefon.

Pozdrawiam serdecznie
Marta Mazur
Opakowania Mazur sp. z o.o.
ul. Przemysłowa 31, 62-020 Swarzędz
tel. +48 61 817 50 33 · NIP %s""" % (cd.pl_nip_fmt(NIP_EG), cd.pl_nip_fmt(NIP_OPAK)),
        attach=[pdf_att("FV_2026_11_0893.pdf", [
            "# Opakowania Mazur sp. z o.o.", "Faktura VAT FV 2026/11/0893 z dnia 17.11.2026", "",
            "Nabywca: Example Group Polska sp. z o.o., NIP " + cd.pl_nip_fmt(NIP_EG), "---",
            "Karton na paczki 6 szt., nadruk 1+0        5 000 szt.   0,62 PLN   3 100,00 PLN",
            "Torba papierowa 22x10x28 z nadrukiem      12 000 szt.   0,28 PLN   3 360,00 PLN",
            "Netto 6 460,00 PLN   VAT 23% 1 485,80 PLN",
            "## Razem 7 945,80 PLN", "---",
            "Termin platnosci: 17.12.2026, mBank S.A. " + cd.nrb_fmt(BANK["opak_pl"])],
            title="FV 2026/11/0893", producer="Subiekt GT / InsERT", created="20261117153008+01'00'")],
        what="Genuine note from the packaging supplier: invoices are issued in KSeF, so e-mailed PDFs stop in December; last PDF attached.",
        why="Known supplier contact on its own domain (home.pl hosting), sent from Outlook; no link, no login request; refers the recipient to their own accounting software and the Ministry's verification page.",
        pair=["ksef-token-wygasa"],
        pair_note="Both are about KSeF; the genuine supplier note asks for nothing and contains no login link, the attack asks to re-authenticate on ksef-uwierzytelnienie.pl.",
    ))
    # ----------------------------------------------------------------- 24
    M.append(dict(
        slug="laptop-zalany-mail-prywatny",
        date="2026-11-26 07:12:44", zone="PL",
        frm=("Paweł Wróbel", "pawel.wrobel78@wp.pl"), to=[S("pl_off")],
        subject="Laptop zalany – proszę o zgłoszenie do IT",
        via="wp", via_opts=dict(client_ip="89.64.18.207"),
        charset="iso-8859-2", cte="8bit",
        text="""Kasiu,

wczoraj wieczorem syn wylał herbatę na mój służbowy laptop (Dell Latitude, nr inwentarzowy EG-PL-0147) i nie da się go uruchomić. Piszę z prywatnej skrzynki, bo Outlooka mam tylko na nim, a na telefonie działa mi tylko Teams.

Możesz zgłosić to do IT w Hanowerze i zapytać, czy da się szybko dostać zastępczy? Laptop przywiozę dziś ok. 10 do biura, niech kurier go stamtąd zabierze. Jeśli trzeba podpisać protokół szkody, podpiszę na miejscu.

Dzięki!
Paweł""",
        what="Genuine message from the Polish country manager on his private wp.pl mailbox: company laptop damaged by spilled tea.",
        why="Private address explained by the broken laptop; asks the office coordinator to open an IT ticket; concrete asset number; no credentials, payments or links.",
    ))
    # ----------------------------------------------------------------- 25
    lp = pdf(["# Biuro Rachunkowe Nowicka", "Lista plac - listopad 2026", "Example Group Polska sp. z o.o. - oddzial Poznan", "---",
              "Liczba pracownikow: 38", "Wynagrodzenia brutto razem: 264 118,40 PLN",
              "Skladki ZUS pracownika: 36 210,63 PLN   Skladka zdrowotna: 20 511,70 PLN",
              "Zaliczki PIT: 17 904,00 PLN",
              "## Do wyplaty netto razem: 189 492,07 PLN", "---", "Termin wyplaty: 10.12.2026"],
             title="Lista plac 2026-11", producer="Symfonia Kadry i Place", created="20261202162201+01'00'")
    pk = pdf(["# Paski wynagrodzen - listopad 2026", "Example Group Polska sp. z o.o.", "---",
              "38 paskow wynagrodzen (po jednym na strone w wersji pelnej).",
              "Dane osobowe - przekazywac wylacznie uprawnionym osobom."],
             title="Paski 2026-11", producer="Symfonia Kadry i Place", created="20261202162205+01'00'")
    M.append(dict(
        slug="biuro-rachunkowe-listy-plac-zip",
        date="2026-12-02 16:31:58", zone="PL",
        frm=("Ewa Nowicka – Biuro Rachunkowe", "biuro@br-nowicka.pl"), to=[S("pl_off")], cc=[S("pl_acc")],
        subject="Lista płac i paski wynagrodzeń – listopad 2026 (plik zaszyfrowany)",
        via="smtp_client",
        via_opts=dict(client="outlook", out=("server481922.nazwa.pl", "server481922.nazwa.pl", "185.253.212.78"),
                      sub_host="server481922.nazwa.pl", public_ip="31.182.66.140", zone="PL"),
        charset="windows-1250", cte="quoted-printable", html="auto", clang="pl",
        text="""Pani Katarzyno,

w załączeniu przesyłam listę płac za listopad 2026 oraz paski wynagrodzeń pracowników oddziału Poznań.

Ze względu na dane osobowe archiwum jest zaszyfrowane – hasło jest takie samo, jak ustaliłyśmy telefonicznie we wrześniu (nie podaję go w wiadomości).

Przelewy wynagrodzeń proszę zlecić do 9 grudnia. Deklaracje ZUS DRA i PIT-4R rozliczę w terminie, jak zawsze.

Pozdrawiam serdecznie
Ewa Nowicka
Biuro Rachunkowe Nowicka
ul. Ratajczaka 20/4, 61-815 Poznań
NIP %s · tel. 61 853 11 72""" % cd.pl_nip_fmt(NIP_BR),
        attach=[zip_att("Place_2026-11_ExampleGroupPolska.zip",
                        [("Lista_plac_2026-11.pdf", lp), ("Paski_wynagrodzen_2026-11.pdf", pk)],
                        password="Poznan!Place-2026", seed="pl-payroll-zip",
                        date_time=(2026, 12, 2, 16, 25, 40))],
        what="Genuine monthly payroll files from the external payroll bureau as a password-protected ZIP; password agreed by phone earlier.",
        why="Known bureau on its own domain (nazwa.pl hosting), expected monthly mail; the password is not in the message (agreed out of band); the archive only holds two PDFs; routine instructions.",
        pair=["faktura-zip-haslo-lnk"],
        pair_note="Both carry an encrypted ZIP; the genuine one is expected, withholds the password and contains only PDFs, the attack puts the password in the body and hides a .pdf.lnk.",
    ))
    # ----------------------------------------------------------------- 26
    M.append(dict(
        slug="premie-swiateczne-zasady",
        date="2026-11-30 12:05:26", zone="PL",
        frm=S("pl_off"), to=[S("pl_mgr")], cc=[S("pl_acc")],
        subject="Premie świąteczne 2026 – zasady i terminy",
        via="internal_exchange", via_opts=dict(lang="pl-PL"),
        charset="iso-8859-2", cte="quoted-printable", html="auto",
        text="""Drogi Pawle,

Zarząd zatwierdził premię świąteczną za 2026 r. na takich samych zasadach jak w ubiegłym roku (do 8%% wynagrodzenia zasadniczego, w zależności od oceny rocznej).

Lista premiowa dla oddziału Poznań jest przygotowana w systemie kadrowo-płacowym. Proszę o jej weryfikację i akceptację w module „Kierownik” do piątku 4 grudnia – jak zawsze przez intranet, po zalogowaniu w sieci firmowej lub przez VPN. Listy nie wysyłamy mailem i nikt z kadr nie będzie prosił o logowanie przez link w wiadomości.

Wypłata premii nastąpi razem z wynagrodzeniem za grudzień.

Pozdrawiam
Kasia

%s""" % sig("pl_off"),
        what="Genuine internal HR notice about the Christmas bonus and how managers approve the list in the HR system via the intranet.",
        why="Internal relay/Exchange from the Polish HR coordinator; no link, explains that the list is never sent by e-mail and no login link will be used.",
        pair=["premie-swiateczne-lookalike-sharepoint"],
        pair_note="Same topic and deadline; the genuine notice comes through mail-int01 and contains no link, the attack comes from exarnple.com with a fake SharePoint login link.",
    ))
    return M
