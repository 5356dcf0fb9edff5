"""Genuine business messages, Polish (22-26)."""
from util import *
from profiles import smtp_client, exch_internal
from profiles2 import custom
from lib import pdf
from lib.bank import fmt_iban
from lib import bank as B
from company import IBAN, BIC, MID, EG_PL_NIP
import threads as TH

PARTNER_NIP = B.pl_nip("586204117")


def b22():
    m = Msg("business", 22, "pl", "partner-logistik-faktura",
            "Partner Logistik accounting sends invoice FV/2026/10/1184 (transport of two yachts Gdańsk - Kiel) as PDF, "
            "payable to their PKO BP account - the message later hijacked in attack 23",
            "Real mailbox sent from Outlook through home.pl with the office's Polish IP; account matches the white-list "
            "(biała lista) account in previous invoices; invoice also in KSeF.", pair=([23], "carrier/logistics invoice"))
    m.rcpt = "malgorzata.lukasik@example.com"
    m.t = T(2026, 10, 30, 14, 2, 27, "PL")
    F = dict(frm=addr("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl", "windows-1250", "Q"),
             to=staff("malgorzata.lukasik", "windows-1250", "Q"), cc=staff("pawel.wrobel", "windows-1250", "Q"),
             subject=hval(TH.PARTNER_INV_SUBJECT, "windows-1250", "Q"), t=ago(m.t, 3), tz="PL",
             env="ksiegowosc@partner-logistik.pl", lang="pl")
    smtp_client(m, F, relay="cloudserver094512.home.pl", relay_ip="79.96.184.77", out_helo="cloudserver094512.home.pl",
                client_helo="KSIEGOWOSC-PC", client_rdns="static-83-238-11-40.ip.netia.com.pl", client_ip="83.238.11.40",
                auth="ksiegowosc@partner-logistik.pl", mailer="Microsoft Outlook 16.0", mid=MID["partner_invoice"],
                relay_tz="PL")
    text = TH.PARTNER_INV_BODY % fmt_iban(IBAN["partner"]) + "\n"
    inv = pdf.simple_doc([
        "#Partner Logistik sp. z o.o.", "ul. Hutnicza 35, 81-061 Gdynia - NIP " + PARTNER_NIP, "",
        "Nabywca: Example Group Polska sp. z o.o., ul. Przemyslowa 8, 80-542 Gdansk - NIP " + EG_PL_NIP, "",
        "#Faktura VAT nr FV/2026/10/1184", "Data wystawienia: 30.10.2026   Data sprzedazy: 28.10.2026",
        "Numer KSeF: %s-20261030-%s-%s" % (PARTNER_NIP, m.ctx.hex(12, True), m.ctx.hex(2, True)), "",
        "1. Transport jachtu Bavaria C42 'Seeadler' Gdansk - Kilonia       netto 11 750,00 PLN",
        "2. Transport jachtu Hanse 418 'Mewa' Gdansk - Kilonia            netto 11 750,00 PLN", "",
        "Razem netto 23 500,00 PLN   VAT 23% 5 405,00 PLN   Razem brutto 28 905,00 PLN", "",
        "Termin platnosci: 29.11.2026   Mechanizm podzielonej platnosci",
        "Rachunek: PKO BP S.A. " + fmt_iban(IBAN["partner"]) + " (BIC " + BIC["partner"] + ")",
    ], title="FV/2026/10/1184", creator="Comarch ERP Optima", producer="Comarch ERP Optima 2026.2",
        date="D:20261030135800+01'00'")
    m.notes.append("NIP %s / %s (check digits valid); IBAN %s" % (PARTNER_NIP, EG_PL_NIP, IBAN["partner"]))
    m.body = Multipart("mixed", [alt(m, text, outlook_html(text, "PL"), "windows-1250", "quoted-printable"),
                                 Attachment(inv, "application/pdf", "FV_2026_10_1184.pdf")], m.boundary(),
                       preamble="This is a multipart message in MIME format.")
    return m


def b23():
    m = Msg("business", 23, "pl", "partner-logistik-zimowanie-thread",
            "Tadeusz Zieliński (Partner Logistik) answers in an existing thread about winter storage of four yachts in "
            "their Gdynia hall, with dates and prices; Thunderbird, iso-8859-2, 8bit",
            "Real contact, normal working hours, specific operational content, quotes the earlier message; no payment "
            "change, no links.", pair=([23], "ongoing thread with the logistics partner"))
    m.rcpt = "pawel.wrobel@example.com"
    m.t = T(2026, 10, 13, 11, 27, 40, "PL")
    c = m.ctx
    irt = "<%s@EXCH02.corp.example.com>" % c.hex(32)
    F = dict(frm=addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "ISO-8859-2", "Q"),
             to=addr("Paweł Wróbel", "pawel.wrobel@example.com", "ISO-8859-2", "Q"),
             subject=hval("Re: Zimowanie jachtów 2026/27 - hala w Gdyni", "ISO-8859-2", "Q"),
             t=ago(m.t, 3), tz="PL", env="t.zielinski@partner-logistik.pl", irt=irt, refs=irt, lang="pl")
    smtp_client(m, F, relay="cloudserver094512.home.pl", relay_ip="79.96.184.77", out_helo="cloudserver094512.home.pl",
                client_helo="[10.10.1.57]", client_rdns="static-83-238-11-40.ip.netia.com.pl", client_ip="83.238.11.40",
                auth="t.zielinski@partner-logistik.pl", mid=MID["partner_thread_0"], order="thunderbird",
                user_agent="Mozilla Thunderbird", relay_tz="PL")
    text = """Dzień dobry Panie Pawle,

potwierdzam: mamy miejsce w hali w Gdyni dla czterech jachtów od 2 listopada do 15 kwietnia.

- Mewa, Seeadler (po powrocie z Kilonii), Bryza - miejsca na wózkach, hala ogrzewana
- Sztorm - miejsce na placu pod plandeką (za duży na halę)

Cena jak w zeszłym roku plus 4 %% waloryzacji: 38 zł netto za m2 za miesiąc w hali, 19 zł na placu. Dźwig i transport z mariny liczymy osobno, wg cennika z 2026.

Proszę o potwierdzenie do końca tygodnia, wtedy zarezerwuję terminy slipu.

Pozdrawiam
Tadeusz Zieliński
Partner Logistik sp. z o.o.
tel. +48 601 224 318

W dniu 12.10.2026 o 16:40, Paweł Wróbel pisze:
> Dzień dobry Panie Tadeuszu,
>
> czy w tym roku znajdzie się u Państwa miejsce w hali na zimowanie
> czterech naszych jachtów (Mewa, Seeadler, Bryza, Sztorm)? Prosimy
> o ofertę jak w poprzednim sezonie.
>
> Pozdrawiam
> Paweł Wróbel
> Example Group Polska sp. z o.o.
"""
    text = text.replace("%%", "%")
    m.body = Text(text, "plain", "ISO-8859-2", "8bit", quote_cs=False, extra_params=[("format", "flowed")])
    return m


def b24():
    m = Msg("business", 24, "pl", "stocznia-faktura-serwis-zimowy",
            "Stocznia Jachtowa Bałtyk sends invoice FV/2026/10/0432 (winter service of 'Mewa') as a plain PDF, "
            "iso-8859-2 base64 text",
            "Real yard domain stocznia-baltyk.pl, Outlook via its own mail server; PDF invoice, KSeF number, usual Pekao "
            "account; compare attack 25 (look-alike domain, encrypted ZIP).", pair=([25], "invoice from the shipyard"))
    m.rcpt = "malgorzata.lukasik@example.com"
    m.t = T(2026, 10, 29, 9, 12, 15, "PL")
    c = m.ctx
    F = dict(frm=addr("Agnieszka Nowak", "a.nowak@stocznia-baltyk.pl"), to=staff("malgorzata.lukasik", "iso-8859-2", "B"),
             subject="Faktura FV/2026/10/0432 - serwis zimowy Mewa", t=ago(m.t, 2), tz="PL",
             env="a.nowak@stocznia-baltyk.pl", lang="pl")
    smtp_client(m, F, relay="mail.stocznia-baltyk.pl", relay_ip="195.117.62.140", out_helo="mail.stocznia-baltyk.pl",
                client_helo="[192.168.50.112]", client_rdns="host-195-117-62-129.static.orange.pl", client_ip="195.117.62.129",
                auth="a.nowak@stocznia-baltyk.pl", mailer="Microsoft Outlook 16.0",
                mid=c.outlook_imap_mid("stocznia-baltyk.pl"), relay_tz="PL")
    text = """Dzień dobry,

w załączeniu faktura FV/2026/10/0432 za serwis zimowy jachtu "Mewa" (wymiana łożyska wału, serwis silnika, dźwig i slip). Faktura jest również dostępna w KSeF.

Kwota brutto: 17 773,50 PLN, termin płatności 14 dni, rachunek jak dotychczas (Bank Pekao).

Pozdrawiam
Agnieszka Nowak
Dział Rozliczeń
Stocznia Jachtowa Bałtyk sp. z o.o.
ul. Na Ostrowiu 15, 80-873 Gdańsk
tel. +48 58 307 44 12
"""
    inv = pdf.simple_doc([
        "#Stocznia Jachtowa Baltyk sp. z o.o.", "ul. Na Ostrowiu 15, 80-873 Gdansk - NIP " + B.pl_nip("204118337"), "",
        "Nabywca: Example Group Polska sp. z o.o. - NIP " + EG_PL_NIP, "",
        "#Faktura VAT FV/2026/10/0432 z dnia 28.10.2026", "",
        "1. Wymiana lozyska walu napedowego, jacht 'Mewa'         6 200,00 PLN",
        "2. Serwis silnika Yanmar 4JH45                            4 850,00 PLN",
        "3. Dzwig, slip, transport na plac                          3 400,00 PLN", "",
        "Netto 14 450,00 PLN  VAT 23% 3 323,50 PLN  Brutto 17 773,50 PLN", "",
        "Rachunek: Bank Pekao S.A. " + fmt_iban(IBAN["stocznia"]),
    ], title="FV/2026/10/0432", creator="Symfonia", producer="Symfonia ERP", date="D:20261028152010+01'00'")
    m.notes.append("IBAN %s (PL, valid)" % IBAN["stocznia"])
    m.body = Multipart("mixed", [Text(text, "plain", "iso-8859-2", "base64"),
                                 Attachment(inv, "application/pdf", "FV_2026_10_0432.pdf")], m.boundary(),
                       preamble="This is a multipart message in MIME format.")
    return m


def b25():
    m = Msg("business", 25, "pl", "klient-reklamacja-wp",
            "Charter customer (Poczta WP) complains about a dirty yacht and a broken dinghy outboard at check-in in Gdańsk "
            "and asks for a discount",
            "Real customer from WP's servers with booking number and concrete details; complaint and request for goodwill, "
            "no links, no payment redirection.", pair=None)
    m.rcpt = "pawel.wrobel@example.com"
    m.t = T(2026, 10, 6, 19, 48, 2, "PL")
    c = m.ctx
    t = ago(m.t, 2)
    custom(m, ("mx.wp.pl", "mx4.wp.pl", "212.77.101.12", "1.3"), "<k.wisniewski@wp.pl>",
           [("Received", "(wp-smtpd smtp.wp.pl %d invoked by uid 990); %s" % (c.randint(10000, 99999), fmt(t, "PL"))),
            ("Received", "from [31.0.124.77] (HELO [192.168.1.14]) (k.wisniewski@[31.0.124.77])\n          (envelope-sender <k.wisniewski@wp.pl>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s" % (m.rcpt, fmt(ago(t, 1), "PL")))],
           [("Date", fmt(t, "PL")), ("From", addr("Krzysztof Wiśniewski", "k.wisniewski@wp.pl", "UTF-8", "Q")),
            ("To", "pawel.wrobel@example.com"), ("Message-ID", "<%s@wp.pl>" % c.hex(20)),
            ("Subject", hval("Reklamacja - rezerwacja EGP-2026-0219, jacht Bryza", "UTF-8", "Q")),
            ("MIME-Version", "1.0"), ("MIME", None), ("X-WP-MailID", c.hex(32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")])
    text = """Dzień dobry,

w dniach 26.09-03.10 czarterowaliśmy od Państwa jacht "Bryza" (rezerwacja EGP-2026-0219). Niestety muszę złożyć reklamację:

1. Przy odbiorze jacht był brudny - w kambuzie resztki jedzenia po poprzedniej załodze, toaleta niesprawna do wieczora.
2. Silnik zaburtowy do pontonu nie działał przez cały tydzień, mimo zgłoszenia pierwszego dnia.

Bosman w marinie przyznał, że sprzątanie "nie zdążyło" się odbyć. Zapłaciliśmy pełną cenę 9 800 zł i oczekujemy rabatu w wysokości 20 %, czyli 1 960 zł, zwrotu na rachunek, z którego płaciliśmy.

Zdjęcia mogę przesłać, jeśli będą potrzebne.

Z poważaniem
Krzysztof Wiśniewski
tel. 602 318 447
"""
    m.body = Multipart("alternative", [Text(text, "plain", "UTF-8", "quoted-printable"),
                                       Text(simple_html(text).replace("%CS%", "UTF-8"), "html", "UTF-8", "quoted-printable")],
                       m.boundary(), fold=False)
    return m


def b26():
    m = Msg("business", 26, "pl", "wewnetrzna-informacja-ksef",
            "Office manager Poland (internal Exchange) informs staff about KSeF: purchase invoices arrive only in KSeF, "
            "there are no e-mail notifications with login links, tokens are managed by accounting only",
            "Internal route through mail-int01 with Exchange hop; no links except intranet; content contradicts attack "
            "22 (fake KSeF mail).", pair=([22], "KSeF / e-invoicing notice"))
    m.rcpt = "malgorzata.lukasik@example.com"
    m.t = T(2026, 10, 5, 9, 3, 20, "PL")
    F = dict(frm=staff("pawel.wrobel", "iso-8859-2", "Q"), to=addr("Biuro Gdańsk", "biuro-gdansk@example.com"),
             cc=staff("malgorzata.lukasik", "iso-8859-2", "Q"),
             subject=hval("KSeF - przypomnienie: faktury zakupowe tylko w KSeF, bez linków w mailach", "iso-8859-2", "Q"),
             t=ago(m.t, 3), env="pawel.wrobel@example.com")
    exch_internal(m, F, server="EXCH01", lang="pl-PL", client_ip="10.40.1.15")
    text = """Dzień dobry,

przypominam zasady pracy z Krajowym Systemem e-Faktur (KSeF), obowiązującym nas od 1 kwietnia 2026:

1. Wszystkie faktury zakupowe od polskich dostawców trafiają wyłącznie do KSeF. Pani Małgorzata pobiera je codziennie przez nasz system księgowy.
2. KSeF nie wysyła e-maili z linkami do logowania ani z "fakturami do akceptacji". Faktur w KSeF się nie akceptuje. Każdy taki mail to próba wyłudzenia - proszę go zgłosić przyciskiem "Zgłoś phishing".
3. Tokeny i uprawnienia do KSeF ma wyłącznie księgowość. Nikt z nas nie loguje się do KSeF przez linki z maili.
4. Zmiana rachunku bankowego dostawcy jest możliwa tylko po sprawdzeniu białej listy VAT i telefonicznym potwierdzeniu pod znanym numerem.

Szczegóły w intranecie: https://intranet.example.com/pl/ksef

Pozdrawiam
Paweł Wróbel
Kierownik biura
Example Group Polska sp. z o.o.
"""
    m.body = alt(m, text, outlook_html(text, "PL"), "iso-8859-2", "quoted-printable")
    return m


BUILDERS = [b22, b23, b24, b25, b26]
