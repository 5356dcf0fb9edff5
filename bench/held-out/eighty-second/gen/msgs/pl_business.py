# -*- coding: utf-8 -*-
"""Polish genuine messages 22-26."""
from lib.kit import *  # noqa
from lib import ids


def b22():
    real = C.ACCT["partner_real"]
    t = plainq("""Dzień dobry,

w załączeniu przesyłamy kopię faktury FV/2026/10/0387 za usługi magazynowania i transportu w październiku 2026 r. Oryginał został wystawiony w KSeF (nr KSeF %s-20261026-7C21E04A9B3F-2D).

Kwota brutto: 18 942,30 PLN
Termin płatności: 09.11.2026
Rachunek: PKO BP S.A. %s (zgłoszony w wykazie podatników VAT)

Płatność prosimy realizować w mechanizmie podzielonej płatności.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Kwidzyńska 6, 51-416 Wrocław
NIP %s""" % (C.TAX["partner"], N.nrb(real), N.pl_nip_fmt(C.TAX["partner"])))
    rows = [("h", "Partner Logistik sp. z o.o."), ("s", "ul. Kwidzyńska 6 · 51-416 Wrocław · NIP %s · KRS 0000418827" % N.pl_nip_fmt(C.TAX["partner"])), ("sp", 8),
            ("b", "Faktura VAT nr FV/2026/10/0387"), ("row", [(0, "Data wystawienia:"), (45, "26.10.2026")]),
            ("row", [(0, "Nabywca:"), (45, "Example Group Polska sp. z o.o., NIP %s" % N.pl_nip_fmt(C.TAX["eg_pl"]))]),
            ("row", [(0, "Numer KSeF:"), (45, "%s-20261026-7C21E04A9B3F-2D" % C.TAX["partner"])]), ("sp", 6),
            ("row", [(0, "Lp."), (10, "Nazwa usługi"), (100, "Netto"), (125, "VAT"), (145, "Brutto")], True), ("hr",),
            ("row", [(0, "1"), (10, "Magazynowanie - październik 2026 (42 mp)"), (100, "9 870,00"), (125, "23%"), (145, "12 140,10")]),
            ("row", [(0, "2"), (10, "Transport Wrocław - Katowice (3 kursy)"), (100, "5 530,00"), (125, "23%"), (145, "6 802,20")]),
            ("row", [(0, "Razem"), (100, "15 400,00"), (125, "3 542,30"), (145, "18 942,30")], True), ("sp", 8),
            "Słownie: osiemnaście tysięcy dziewięćset czterdzieści dwa złote 30/100",
            "Termin płatności: 09.11.2026, przelew - mechanizm podzielonej płatności",
            "Rachunek: PKO Bank Polski S.A. %s" % N.nrb(real)]
    body = Multi("mixed", [Text(t, "plain", "iso-8859-2", "base64"),
                           pdf_att(rows, "FV_2026_10_0387.pdf", title="Faktura FV/2026/10/0387", producer="Comarch ERP Optima 2026.1",
                                   when=T.berlin("2026-10-26 13:55"))])
    return Msg("business", 22, "pl", "logistics-partner-invoice",
               frm=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), to=S("pl_acc"),
               subject="Faktura FV/2026/10/0387 - Partner Logistik", when="2026-10-26 14:02:51",
               infra=I.postfix_server("mail.partner-logistik.pl", "91.227.48.35", rdns="mail.partner-logistik.pl",
                                      submit_ip="91.227.48.1", mailer="roundcube", lang="pl-PL", hcs=("ISO-8859-2", "Q"),
                                      label="Partner Logistik own Postfix/Roundcube"),
               body=body,
               what="Logistics partner's monthly invoice (copy of the KSeF invoice) with split-payment note",
               why="Correct domain and the partner's own server, login from its own network; KSeF number; PKO BP account that is on the VAT white list; normal terms and split payment.",
               contrast="Same partner, same invoice as attack 22, but the white-listed account and no change of payee.")


def b23():
    t = """Cześć,

krótkie podsumowanie zmian w obiegu faktur od 1 listopada:

1. Faktury zakupowe pobieramy wyłącznie z KSeF (integracja z Optimą). Papierowe i PDF-owe kopie od dostawców traktujemy tylko pomocniczo.
2. Przelewy puszczamy tylko na rachunki z białej listy – system sprawdza je automatycznie przed akceptacją paczki. Jeżeli dostawca prosi o zmianę rachunku, zawsze dzwonimy do niego na numer z umowy, nie z maila.
3. Tokeny do KSeF generujemy tylko ja i Krzysztof. Ministerstwo Finansów nie wysyła e-maili z linkami do logowania w KSeF – każdą taką wiadomość proszę przesłać do phishing@example.com i usunąć.

W razie pytań jestem dostępna pod wewn. 214.

Pozdrawiam
Małgorzata Błaszczyk
Główna księgowa
Example Group Polska sp. z o.o."""
    return Msg("business", 23, "pl", "internal-ksef-process-notice",
               frm=S("pl_acc"), to=("Biuro Wrocław", "biuro-wroclaw@example.com"), rcpt=A("pl_mgr"),
               subject="KSeF i biała lista - zasady od 1 listopada", when="2026-10-30 12:40:20",
               infra=I.internal(lang="pl-PL"),
               body=alt(t, outlook_html(t, "windows-1250", "PL"), "windows-1250", "quoted-printable"),
               what="Polish office accountant explains the KSeF and white-list payment rules to the office",
               why="Internal Exchange via mail-int01 to the office list; process information only; warns that the Ministry never e-mails login links.",
               contrast="Same KSeF topic as attack 23, but internal, no link, and it tells staff to report exactly such mails.")


def b24():
    t = plainq("""Dzień dobry,

uprzejmie informuję, że badanie okresowe dźwigu osobowego nr ewid. N3121004567 (ul. Świdnicka 40, Wrocław) zostało zaplanowane na dzień 18.11.2026 r., godz. 9:00.

Proszę o zapewnienie obecności konserwatora z uprawnieniami UDT oraz udostępnienie dziennika konserwacji i protokołu z ostatniego badania. Eksploatujący (zarządca budynku) został poinformowany osobnym pismem.

W przypadku konieczności zmiany terminu proszę o kontakt telefoniczny z sekretariatem Oddziału: 71 377 72 00.

Z poważaniem
Marek Nowicki
Inspektor
Urząd Dozoru Technicznego
Oddział Terenowy we Wrocławiu
ul. Ostrowskiego 7, 53-238 Wrocław""")
    return Msg("business", 24, "pl", "udt-periodic-inspection-scheduled",
               frm=("Nowicki Marek", "marek.nowicki@udt.gov.pl"), to=S("pl_svc"),
               subject="Badanie okresowe dźwigu nr ewid. N3121004567 - termin 18.11.2026",
               when="2026-11-04 10:26:44",
               infra=I.exchange_onprem("poczta.udt.gov.pl", "195.187.242.9", lang="pl-PL", server="EX02", domain="udt.gov.pl",
                                       gateway="mx.udt.gov.pl", hcs=("iso-8859-2", "Q"), label="UDT (Polish regulator) own Exchange"),
               body=alt(t, outlook_html(t, "iso-8859-2", "PL"), "iso-8859-2", "quoted-printable"),
               what="UDT inspector schedules the periodic inspection of a lift the company maintains",
               why="Real inspector at udt.gov.pl from UDT's own mail system; routine scheduling, asks for the maintainer and logbook on site; phone number of the branch; no link, no login.",
               contrast="Same lift (N3121004567) and regulator as attack 24, but a routine appointment from udt.gov.pl without any link or shutdown threat.")


def b25():
    t = """Cześć Krzysztof,

piszę z prywatnej skrzynki, bo wczoraj wieczorem zalałem służbowego laptopa (kawa, przepraszam…). Nie chce się włączyć, a na telefonie wylogowało mnie z Outlooka i nie mogę się zalogować.

Laptop mam przy sobie, mogę go jutro rano podrzucić do biura. Czy możesz zgłosić do IT w Düsseldorfie, żeby przygotowali zastępczy? Do tego czasu jestem pod telefonem służbowym 605 118 402, zlecenia na dziś mam w aplikacji serwisowej na tablecie.

Łukasz"""
    return Msg("business", 25, "pl", "employee-broken-laptop-private-wp",
               frm=("Łukasz Dąbrowski", "lukasz.dabrowski88@wp.pl"), to=S("pl_mgr"),
               subject="Zalany laptop - nie mam dostępu do poczty", when="2026-11-19 07:18:30", infra=I.wp(),
               body=Text(t, "plain", "UTF-8", "quoted-printable", quote_cs=False),
               what="Technician tells his manager from his private WP address that his laptop is broken",
               why="Private address known to the manager; asks the manager to open a ticket with IT and offers to bring the laptop in; gives his company phone; no links, no request for codes or money.",
               contrast="IT-support topic like attack 25, but a colleague asking his own manager to involve IT through normal channels.")


def b26():
    sm, eg = C.ACCT["sm_pl"], C.ACCT["eg_pl"]
    rows = [("h", "Bank Pekao S.A."), ("b", "Potwierdzenie wykonania przelewu"), ("sp", 6),
            ("row", [(0, "Data operacji:"), (50, "29.10.2026")]), ("row", [(0, "Data księgowania:"), (50, "29.10.2026")]),
            ("row", [(0, "Rachunek nadawcy:"), (50, N.nrb(sm))]),
            ("row", [(0, "Nadawca:"), (50, "Spółdzielnia Mieszkaniowa Śródmieście, ul. Podwale 62, 50-010 Wrocław")]),
            ("row", [(0, "Rachunek odbiorcy:"), (50, N.nrb(eg))]),
            ("row", [(0, "Odbiorca:"), (50, "Example Group Polska sp. z o.o., ul. Legnicka 57, 54-203 Wrocław")]),
            ("row", [(0, "Tytuł:"), (50, "FV/2026/09/1088 konserwacja dźwigów wrzesień")]),
            ("row", [(0, "Kwota:"), (50, "24 723,00 PLN")]), ("row", [(0, "Status:"), (50, "wykonany")]), ("sp", 14),
            ("s", "Dokument wygenerowany elektronicznie w systemie Pekao Biznes24, nie wymaga podpisu ani stempla.")]
    t = """Dzień dobry,

w załączeniu przesyłam potwierdzenie przelewu za fakturę FV/2026/09/1088 (konserwacja 41 dźwigów, wrzesień). Przepraszamy za opóźnienie - faktura czekała na akceptację zarządu.

Pozdrawiam
Ewa Kamińska
Dział Finansowo-Księgowy
Spółdzielnia Mieszkaniowa „Śródmieście”
ul. Podwale 62, 50-010 Wrocław
tel. 71 344 20 18"""
    body = Multi("mixed", [Text(plainq(t), "plain", "ISO-8859-2", "8bit", flowed=True, quote_cs=False),
                           pdf_att(rows, "potwierdzenie_przelewu_20261029.pdf", title="Potwierdzenie przelewu",
                                   producer="Pekao Biznes24", when=T.berlin("2026-10-29 09:02"))])
    return Msg("business", 26, "pl", "customer-payment-confirmation-pdf",
               frm=("Ewa Kamińska", "e.kaminska@sm-srodmiescie.pl"), to=S("pl_acc"),
               subject="Potwierdzenie przelewu FV/2026/09/1088", when="2026-10-29 09:07:12",
               infra=I.postfix_server("mail.sm-srodmiescie.pl", "89.161.131.20", rdns="mail.sm-srodmiescie.pl", submit_ip="89.161.131.2",
                                      mailer="thunderbird", lang="pl", hcs=("UTF-8", "Q"), label="housing cooperative's own Postfix, Thunderbird"),
               body=body,
               what="Customer sends the bank's PDF payment confirmation for a maintenance invoice",
               why="Known customer on its own domain and server; PDF generated by the bank showing both real accounts and the invoice; nothing to log into.",
               contrast="Same 'payment confirmation' lure as attack 26, but a real PDF from the known customer, no login page.")


def messages():
    return [b22(), b23(), b24(), b25(), b26()]
