"""Polish genuine business messages (22-26)."""
from lib import mk, Text, Att, alt, mixed, html_part, paras, pdf_att
from mime import T, sec, h, hn, uuid, fmt, ALNUM, UPHEX
from company import st, sa, BANK, IDS
from codes import nrb, pl_nip_fmt
from files import pdf
import infra

F = "business"


def ksef_no(nip, date, key):
    return "%s-%s-%s-%s" % (nip, date, h(key, 12, UPHEX), h(key + "c", 2, UPHEX))


def plog(key, t):
    """Partner Logistik's own mail server at a Polish hoster, Outlook clients."""
    return infra.own_postfix(key, t, "mail.partner-logistik.pl", "89.161.%d.%d" % (hn(key, 128, 255), hn(key + "x", 2, 250)),
                             "partner-logistik.pl", "31.182.%d.%d|31-182-%d-%d.dynamic.chello.pl" % (
                                 hn(key + "a", 1, 250), hn(key + "b", 1, 250), hn(key + "a", 1, 250), hn(key + "b", 1, 250)),
                             mid_style="outlook", rdns="serwer2614718.home.pl", tzone="PL",
                             auth=None, tls="1.2")


def build():
    pw = sa("Paweł")
    # ------------------------------------------------------------ 22 logistics partner invoice
    t = T(2026, 10, 19, 14, 6, 51, "PL")
    p = plog("b22", t)
    kno = ksef_no(IDS["partner_nip"], "20261019", "b22k")
    txt = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV 1184/10/2026 za przyjęcie dostaw i magazynowanie elementów stoisk przed Poznań FoodTech Fair (01-15.10.2026).

Faktura została wystawiona w KSeF, numer KSeF: {kno}

Kwota brutto: 18 203,10 PLN
Termin płatności: 02.11.2026
Rachunek (bez zmian, widoczny na białej liście VAT): {nrb}

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Głogowska 218, 60-104 Poznań
NIP {nip}
""".format(kno=kno, nrb=nrb(BANK["partner"]), nip=pl_nip_fmt(IDS["partner_nip"]))
    inv = pdf([("F2", 14, "Partner Logistik sp. z o.o."), "ul. Głogowska 218, 60-104 Poznań   NIP " + pl_nip_fmt(IDS["partner_nip"]), "",
               ("F2", 12, "Faktura VAT nr FV 1184/10/2026"), "Data wystawienia: 19.10.2026   Numer KSeF: " + kno, "",
               "Nabywca: Example Group Polska sp. z o.o., ul. Bukowska 12, 60-810 Poznań, NIP " + pl_nip_fmt(IDS["example_pl_nip"]), "",
               "Lp. Nazwa usługi                                   Netto      VAT     Brutto",
               "1.  Magazynowanie elementów stoisk 01-15.10.2026  9 840,00    23%   12 103,20",
               "2.  Przyjęcie dostaw i rozładunki (Komorniki)  4 959,27    23%    6 099,90",
               ("F2", 10, "Razem do zapłaty:                                                18 203,10 PLN"), "",
               "Termin płatności: 02.11.2026   Forma: przelew   Rachunek: " + nrb(BANK["partner"]),
               "Mechanizm podzielonej płatności"],
              title="FV 1184/10/2026", author="Partner Logistik", producer="Comarch ERP Optima")
    body = mixed(Text(txt, "plain", "iso-8859-2", "quoted-printable"), pdf_att(inv, "FV_1184_10_2026.pdf"))
    mk(F, 22, "pl", "partner-logistik-faktura-ksef", t=t, prof=p, order="ms", date_zone="PL",
       frm=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), to=[("Paweł Łuczak", pw)],
       subject="Faktura FV 1184/10/2026 - Partner Logistik sp. z o.o.", hcs="iso-8859-2", body=body,
       hn_of=([22], "Partner Logistik invoice FV 1184/10/2026 and bank account"),
       what="Logistics partner sends the visualisation of a KSeF invoice for warehouse handling at the Poznań fair.",
       why="Real domain partner-logistik.pl via its own server; KSeF number quoted; unchanged PKO BP account that is on the VAT white list; ordinary payment terms.")

    # ------------------------------------------------------------ 23 urgent operations mail with service-stop threat
    t = T(2026, 11, 10, 15, 31, 9, "PL")
    p = plog("b23", t)
    txt = """Pani Małgorzato, Panie Pawle,

dwie pilne sprawy przed demontażem FoodTech:

1. Okna rozładunkowe: MTP przesunęło nam wjazd na bramę 5 z czwartku 6:00 na środę 22:00. Potrzebujemy do jutra do 12:00 listy wystawców z pawilonu 5, którzy zamawiali odbiór palet, żeby zaplanować kierowców i wózki.

2. Płatność: faktura FV 1184/10/2026 (18 203,10 PLN) jest przeterminowana od 02.11. Nasz zarząd nie zgodzi się na obsługę demontażu bez uregulowania zaległości - jeśli przelew nie dotrze do piątku, będziemy zmuszeni wstrzymać obsługę magazynową. Rachunek jak zawsze w PKO BP, nic się nie zmieniło.

W razie pytań proszę dzwonić: 601 448 217.

Pozdrawiam
Tadeusz Zieliński
Kierownik Działu Spedycji
Partner Logistik sp. z o.o.
"""
    body = alt(Text(txt, "plain", "windows-1250", "quoted-printable"), html_part(paras(txt), "windows-1250", lang="pl"))
    mk(F, 23, "pl", "partner-logistik-pilne-demontaz", t=t, prof=p, order="ms", date_zone="PL",
       frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[st("Małgorzata"), ("Paweł Łuczak", pw)],
       subject="PILNE: demontaż FoodTech - okna rozładunkowe i zaległa płatność", hcs="windows-1250", body=body,
       hn_of=([22, 26], "Same contact, urgency and a payment threat"),
       what="The logistics partner's dispatcher urgently needs exhibitor data for dismantling and threatens to stop services over an overdue invoice.",
       why="Genuine domain and server; payment to the unchanged known account ('nothing has changed'); operational details consistent with the fair; phone number for call-back.")

    # ------------------------------------------------------------ 24 printer: KSeF invoice notice via Google Workspace
    t = T(2026, 11, 6, 12, 44, 30, "PL")
    p = infra.gmail("b24", t, pw)
    kno = ksef_no(IDS["poligraf_nip"], "20261106", "b24k")
    txt = """Dzień dobry Panie Pawle,

informuję, że faktura FV/2026/11/0384 za druk identyfikatorów, katalogu wystawców i oznakowania pawilonów na Poznań FoodTech Fair została wystawiona w KSeF.

Numer KSeF: {kno}
Kwota brutto: 23 247,00 PLN
Termin płatności: 20.11.2026
Rachunek: {nrb} (mBank)

Fakturę mogą Państwo pobrać z KSeF w swoim systemie księgowym; dla wygody przesyłam w załączniku jej wizualizację w PDF.

Pozdrawiam serdecznie
Agnieszka Kowalczyk
Drukarnia Poligraf sp. j.
ul. Św. Michała 43, 61-119 Poznań
tel. 61 852 19 40
""".format(kno=kno, nrb=nrb(BANK["poligraf"]))
    inv = pdf([("F2", 14, "Drukarnia Poligraf sp. j."), "ul. Św. Michała 43, 61-119 Poznań   NIP " + pl_nip_fmt(IDS["poligraf_nip"]), "",
               ("F2", 12, "Wizualizacja faktury FV/2026/11/0384"), "Numer KSeF: " + kno, "Data wystawienia: 06.11.2026", "",
               "Nabywca: Example Group Polska sp. z o.o., NIP " + pl_nip_fmt(IDS["example_pl_nip"]), "",
               "1. Identyfikatory PVC z nadrukiem, 4 500 szt.              6 750,00 netto",
               "2. Katalog wystawców A5, 160 str., 3 000 egz.              9 600,00 netto",
               "3. Oznakowanie pawilonów (banery, tablice)                 2 550,00 netto",
               "VAT 23%                                                    4 347,00",
               ("F2", 10, "Razem brutto:                                             23 247,00 PLN"), "",
               "Rachunek: " + nrb(BANK["poligraf"])],
              title="FV/2026/11/0384", author="Drukarnia Poligraf", producer="wFirma.pl")
    body = mixed(alt(Text(txt, "plain", "UTF-8", "quoted-printable"), html_part(paras(txt), "UTF-8", lang="pl", style="")),
                 pdf_att(inv, "FV_2026_11_0384.pdf"))
    mk(F, 24, "pl", "poligraf-ksef-invoice-notice", t=t, prof=p, date_zone="PL",
       frm=("Agnieszka Kowalczyk", "biuro@poligraf-druk.pl"), to=[("Paweł Łuczak", pw)],
       subject="Faktura FV/2026/11/0384 wystawiona w KSeF", body=body,
       hn_of=([23], "KSeF and the same invoice number FV/2026/11/0384"),
       what="Printing supplier informs that its invoice was issued in KSeF and attaches a PDF visualisation.",
       why="Known supplier domain on Google Workspace; KSeF number format and real invoice details; tells the customer to fetch it from KSeF in its own accounting system - no link to log in anywhere.")

    # ------------------------------------------------------------ 25 exhibitor with a question from wp.pl
    t = T(2026, 10, 23, 19, 52, 26, "PL")
    p = infra.wp("b25", t, user_ip="83.26.148.71")
    txt = """Dzień dobry Pani Małgorzato,

piszę w sprawie faktury za stoisko 5.14 na FoodTech. Na fakturze jest doliczone przyłącze wody, którego nie zamawialiśmy - mamy tylko ekspres do kawy na butelkowaną wodę. Czy mogłaby Pani to sprawdzić i ewentualnie wystawić korektę?

Druga sprawa: czy możemy wjechać samochodem dostawczym na teren targów w środę po 18:00, żeby przywieźć meble ekspozycyjne? Potrzebujemy jakiejś przepustki?

Pozdrawiam
Krzysztof Nowak
Meble Nowak, Swarzędz
tel. 602 331 874
"""
    body = Text(txt, "plain", "iso-8859-2", "8bit")
    mk(F, 25, "pl", "wystawca-pytanie-wp", t=t, prof=p, date_zone="PL",
       frm=("Krzysztof Nowak", "k.nowak.meble@wp.pl"), to=[st("Małgorzata")],
       subject="Faktura stoisko 5.14 - przyłącze wody", hcs="iso-8859-2", body=body,
       what="Small exhibitor (furniture maker) asks from his wp.pl address about a wrong line on his stand invoice and vehicle access.",
       why="Known exhibitor using his usual consumer mailbox via Poczta WP; asks for a correction (a credit, not a payment), no links or attachments.")

    # ------------------------------------------------------------ 26 internal urgent transfer request, approved
    t = T(2026, 11, 24, 10, 20, 58, "PL")
    p = infra.exchange_internal("b26", t, pw, mbx="EXMBX03", ws_ip="10.30.1.22", lang="pl-PL")
    txt = """Paweł,

proszę o pilny przelew zaliczki dla MTP (Grupa MTP sp. z o.o.) za dodatkową powierzchnię w pawilonie 5 na FoodTech 2027 - 48 600,00 zł brutto wg faktury proforma PF/2026/11/2210.

Zamówienie PO 4500018901 jest zatwierdzone w workflow (druga akceptacja: Claudia Brenner, dziś rano), proforma leży w DMS. Rachunek MTP bierz z kartoteki dostawcy - sprawdziłam, że zgadza się z białą listą.

MTP trzyma rezerwację do czwartku, więc wystarczy, jeśli przelew wyjdzie dziś albo jutro rano. W razie pytań dzwoń, jestem w biurze.

Dzięki
Małgorzata

--
Małgorzata Wójcik
Office Manager Poland | Example Group Polska sp. z o.o.
ul. Bukowska 12, 60-810 Poznań | tel. +48 61 624 70 10
"""
    body = alt(Text(txt, "plain", "iso-8859-2", "quoted-printable"), html_part(paras(txt), "iso-8859-2", lang="pl"))
    mk(F, 26, "pl", "internal-urgent-transfer-approved", t=t, prof=p, order="ms", date_zone="PL",
       frm=("Wójcik, Małgorzata", sa("Małgorzata")), to=[("Łuczak, Paweł", pw)],
       subject="Pilne: zaliczka MTP pawilon 5 - PO 4500018901", hcs="iso-8859-2", body=body,
       hn_of=([26], "Office manager asks the accountant for an urgent fair-operator deposit"),
       what="The Poznań office manager asks the local accountant for an urgent, already approved deposit to the fair operator.",
       why="Internal Exchange via mail-int01; PO approved in the workflow by the CFO, proforma in the DMS, bank account from the vendor master checked against the VAT white list, invites a phone call; reasonable deadline.")
