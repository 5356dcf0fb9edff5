"""Genuine business messages, Polish (22-26)."""
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs, rfc, utc
from . import infra, ids, qr, pdfdoc, zipc, pngimg

F = "business"
B = company.BANK
V = company.VAT
NIP = V["example_pl"]
NIP_F = "%s-%s-%s-%s" % (NIP[:3], NIP[3:6], NIP[6:8], NIP[8:])
PL_NIP = V["partner_logistik"]
HOMEPL = ("serwer2476158.home.pl", "46.242.241.58")


def b22():
    seed = "b22"
    t = local("PL", "2026-12-01 12:08:31")
    rcpt = S["pl_acc"]["addr"]
    sender = "ksiegowosc@partner-logistik.pl"
    ch = infra.postfix_small(seed, t, rcpt, HOMEPL[0], HOMEPL[1], "78.88.201.37", "78-88-201-37.static.ip.netia.com.pl", "PL",
                             mua="thunderbird", sender_dom="partner-logistik.pl")
    ch["extra"] = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")]
    ksef = "%s-20261201-%s-%s" % (PL_NIP, h(seed + "k", 12, UHEX), h(seed + "k2", 2, UHEX))
    plain = dd("""
        Dzień dobry,

        w załączeniu przesyłamy fakturę nr FV/2026/11/0318 za usługi magazynowe i obsługę paletową w listopadzie 2026 r.

        Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: %(ksef)s. Załączony plik PDF jest wyłącznie wizualizacją do celów informacyjnych.

        Kwota brutto: 41 283,72 zł, termin płatności: 15.12.2026, rachunek bez zmian (Santander Bank Polska).

        Pozdrawiam
        Ewa Michalak
        Dział Księgowości
        Partner Logistik sp. z o.o.
        ul. Rabowicka 15, 62-020 Swarzędz
        tel. 61 817 40 22
        """) % {"ksef": ksef}
    pdf = pdfdoc.make_pdf([[
        "# Faktura VAT nr FV/2026/11/0318", "Numer KSeF: " + ksef, "Data wystawienia: 01.12.2026   Data sprzedaży: 30.11.2026", "",
        "Sprzedawca: Partner Logistik sp. z o.o., ul. Rabowicka 15, 62-020 Swarzędz, NIP " + PL_NIP,
        "Nabywca: Example Group Polska sp. z o.o., ul. Głogowska 248, 60-104 Poznań, NIP " + NIP, "",
        "1. Składowanie palet EUR, listopad 2026 (avg. 612 miejsc)        18 360,00 zł",
        "2. Obsługa przyjęć i wydań (1 284 palety)                         11 556,00 zł",
        "3. Kompletacja zamówień sklepowych                                3 648,00 zł",
        "Razem netto                                                       33 564,00 zł",
        "VAT 23%                                                            7 719,72 zł",
        "Razem brutto                                                      41 283,72 zł", "",
        "Termin płatności: 15.12.2026, przelew",
        "Santander Bank Polska S.A., IBAN " + ids.fmt_iban(B["partner_logistik"]),
        "", "Wizualizacja faktury ustrukturyzowanej KSeF - dokument informacyjny."]],
        title="FV/2026/11/0318", producer="Comarch ERP Optima", created="D:20261201115520+01'00'")
    body = Multi("mixed", [Text(plain, "plain", "ISO-8859-2", "quoted-printable"),
                           Att(pdf, "application/pdf", "FV_2026_11_0318.pdf")], bnd("thunderbird", seed))
    return spec(F, "pl", "partner-logistik-faktura-ksef", seed, t, ch,
                frm=addr("Partner Logistik - Księgowość", sender, "ISO-8859-2", "Q"), to=addr("Łukasz Król", rcpt, "ISO-8859-2", "Q"),
                rcpt=rcpt, ret=sender, client_ip="78.88.201.37",
                subject=subj("Faktura FV/2026/11/0318 - usługi magazynowe 11/2026", "ISO-8859-2", "Q"),
                body=body, zone="PL", ibans=[B["partner_logistik"]], hn=[22, 23],
                hn_note="Same partner mailbox as the hijack 23 and same KSeF topic as 22; sent from the partner's usual Thunderbird client through its server, plain PDF, unchanged account, KSeF number given without any link.",
                what="Logistics partner's monthly warehousing invoice: KSeF number in the text, PDF visualisation attached.",
                why="Genuine partner-logistik.pl mailbox via its home.pl server from the office's static Netia IP and Thunderbird (its normal pattern), plain PDF, account unchanged, no link or login.")


def b23():
    seed = "b23"
    t = local("PL", "2026-11-10 14:36:09")
    rcpt = S["pl_mgr"]["addr"]
    sender = "t.zielinski@partner-logistik.pl"
    ch = infra.postfix_small(seed, t, rcpt, HOMEPL[0], HOMEPL[1], "78.88.201.37", "78-88-201-37.static.ip.netia.com.pl", "PL",
                             mua="outlook", sender_dom="partner-logistik.pl")
    plain = dd("""
        Pani Małgorzato,

        awizuję na czwartek 12.11 dwa auta z towarem z Mannheim do naszego magazynu w Swarzędzu:

        1) PO 4WX18 / naczepa PO 82GK - 33 palety (oliwa 0,5 l i 1 l), okno 7:00-8:00
        2) PZ 61HT / naczepa PZ 4401N - 26 palet (olej rzepakowy 1 l, puszki 5 l), okno 9:30-10:30

        Rozładunek na rampach 3 i 4. Proszę o potwierdzenie, czy puszki 5 l mają iść od razu na kompletację zamówień świątecznych dla Smaczka, czy na skład.

        Dokumenty WZ i CMR przekażę kierowcom, kopie wyślę po rozładunku.

        Pozdrawiam
        Tadeusz Zieliński
        Kierownik magazynu
        Partner Logistik sp. z o.o.
        tel. 601 318 442
        """)
    body = outlook_alt(plain, bnd("outlook2", seed), cs="windows-1250", lang="PL")
    return spec(F, "pl", "partner-logistik-awizacja-dostaw", seed, t, ch,
                frm=addr("Tadeusz Zieliński", sender, "windows-1250", "Q"), to=addr("Małgorzata Wójcik", rcpt, "windows-1250", "Q"),
                rcpt=rcpt, ret=sender, client_ip="78.88.201.37",
                subject=subj("Awizacja - czwartek 12.11, 2 auta z Mannheim", "windows-1250", "Q"), body=body, zone="PL",
                what="Logistics partner's warehouse manager announces two inbound trucks.",
                why="Known contact from the partner's own server and office IP (Outlook), purely operational content, no attachments, links or payment requests.")


def b24():
    seed = "b24"
    t = utc("2026-12-05 04:12:51")
    rcpt = S["pl_acc"]["addr"]
    ch = infra.microsoft_notify(seed, t, rcpt)
    inv = "G%s" % h(seed + "inv", 9, DIG)
    plain = dd("""
        Microsoft

        Twoja faktura jest gotowa

        Konto rozliczeniowe: Example Group Polska sp. z o.o.
        Numer faktury: %(inv)s
        Data faktury: 05.12.2026
        Okres rozliczeniowy: 05.11.2026 - 04.12.2026
        Kwota należna: 4 812,30 PLN
        Termin płatności: 04.01.2027
        Metoda płatności: przelew bankowy (dane do przelewu na fakturze)

        Fakturę w formacie PDF możesz pobrać w centrum administracyjnym Microsoft 365:
        https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list

        To jest wiadomość wysłana automatycznie. Nie odpowiadaj na nią.

        Oświadczenie o ochronie prywatności: https://go.microsoft.com/fwlink/?LinkId=521839
        Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521
        """) % {"inv": inv}
    htm = fill_cs(button_mail("pl", "#0067b8", "Microsoft", "Twoja faktura jest gotowa",
                              ["Konto rozliczeniowe: <b>Example Group Polska sp. z o.o.</b>", "Numer faktury: %s<br>Data faktury: 05.12.2026<br>Okres rozliczeniowy: 05.11.2026 - 04.12.2026<br>Kwota należna: <b>4 812,30 PLN</b><br>Termin płatności: 04.01.2027<br>Metoda płatności: przelew bankowy (dane do przelewu na fakturze)" % inv,
                               "Fakturę w formacie PDF możesz pobrać w centrum administracyjnym Microsoft 365."],
                              "Wyświetl fakturę", "https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list",
                              "To jest wiadomość wysłana automatycznie. Nie odpowiadaj na nią.<br><a href=\"https://go.microsoft.com/fwlink/?LinkId=521839\">Oświadczenie o ochronie prywatności</a><br>Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521"), "utf-8")
    body = alt(plain, htm, "__%s" % h(seed + "b", 20, ALNUM), "utf-8", "base64")
    return spec(F, "pl", "microsoft-365-faktura-gotowa", seed, t, ch,
                frm=addr("Microsoft", "microsoft-noreply@microsoft.com"), to=rcpt, rcpt=rcpt, ret="msonlineservicesteam@microsoftonline.com",
                subject=subj("Faktura Microsoft %s jest gotowa" % inv, "utf-8", "B"), body=body, zone="UTC", hn=[26],
                hn_note="Same topic as the TOAD attack 26 (Microsoft 365 billing); genuine Microsoft infrastructure, invoice only in the admin centre, no phone number, no urgency.",
                what="Genuine Microsoft 365 billing notice: monthly invoice available in the admin centre.",
                why="From microsoft-noreply@microsoft.com via Microsoft's own outbound servers, standard template, links only to admin.microsoft.com / go.microsoft.com, no phone callback or refund pressure.")


def b25():
    seed = "b25"
    t = local("PL", "2026-12-07 07:58:14")
    rcpt = S["pl_mgr"]["addr"]
    sender = "piotr.kaczmarek88@wp.pl"
    ch = infra.wp_pl(seed, t, rcpt, "83.26.114.203", client_rdns="aaoc203.neoplus.adsl.tpnet.pl")
    plain = dd("""
        Dzień dobry Pani Małgorzato,

        od rana mój służbowy laptop (Dell, nr inwentarzowy PL-NB-0142) pokazuje niebieski ekran z prośbą o klucz odzyskiwania BitLocker i nie mogę się zalogować. W załączniku zdjęcie ekranu.

        Nie mam dostępu do poczty firmowej ani do Teams, dlatego piszę z prywatnego adresu. Czy może Pani przekazać to do IT w Mannheim? Jestem pod telefonem 604 217 830.

        Dziś mam wizyty u klientów w Lesznie, więc jeśli trzeba, mogę podjechać z laptopem do biura jutro rano.

        Pozdrawiam
        Piotr Kaczmarek
        przedstawiciel handlowy, region Wielkopolska
        """)
    png = pngimg.synthetic_screenshot(320, 200, 25)
    body = Multi("mixed", [Text(plain, "plain", "iso-8859-2", "quoted-printable"), Att(png, "image/png", "ekran.png")], "=-" + h(seed + "b", 22, ALNUM))
    return spec(F, "pl", "pracownik-laptop-bitlocker-prywatny-wp", seed, t, ch,
                frm=addr("Piotr Kaczmarek", sender), to=addr("Małgorzata Wójcik", rcpt, "iso-8859-2", "Q"), rcpt=rcpt, ret=sender,
                subject=subj("Laptop nie działa - BitLocker (piszę z prywatnej poczty)", "iso-8859-2", "Q"), body=body, zone="PL",
                what="Sales rep writes from his private wp.pl mailbox because his company laptop is stuck at the BitLocker recovery screen.",
                why="Employee's private address via WP's own servers from a Polish consumer IP, explains why he uses private mail, asks only to forward to IT and offers to come in; the PNG is a plain photo of the screen; no credentials, money or bank data involved.")


def b26():
    seed = "b26"
    t = local("PL", "2026-12-02 10:41:26")
    rcpt = S["pl_mgr"]["addr"]
    sender = "zamowienia@smaczek.com.pl"
    ch = infra.postfix_small(seed, t, rcpt, "mail.smaczek.com.pl", "89.161.255.46", "188.146.12.91", "188.146.12.91.nat.umts.dynamic.t-mobile.pl", "PL",
                             mua="thunderbird", sender_dom="smaczek.com.pl", rdns_server="s46.linuxpl.com")
    ch["extra"] = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")]
    plain = dd("""
        Dzień dobry,

        przesyłamy zamówienie nr 2026/412 na dostawę przedświąteczną:

        - oliwa z oliwek extra virgin 0,5 l - 240 szt.
        - oliwa z oliwek extra virgin 1 l - 120 szt.
        - olej rzepakowy tłoczony na zimno 1 l - 180 szt.
        - oliwa z oliwek extra virgin 5 l (puszka) - 24 szt.

        Dostawa w dwóch częściach:
        1) sklep Kraków, ul. Karmelicka 14 - do 11.12
        2) sklep Wieliczka, ul. Dembowskiego 8 - do 15.12

        Ceny wg cennika z października, płatność jak zwykle 21 dni. Proszę o potwierdzenie terminów, zwłaszcza dla Wieliczki.

        Pozdrawiam serdecznie
        Katarzyna Lis
        Delikatesy Smaczek s.c.
        tel. 12 422 18 07
        """)
    body = Text(plain, "plain", "UTF-8", "8bit")
    return spec(F, "pl", "delikatesy-zamowienie-swiateczne", seed, t, ch,
                frm=addr("Delikatesy Smaczek - Katarzyna Lis", sender, "UTF-8", "Q"), to=rcpt, rcpt=rcpt, ret=sender,
                client_ip="188.146.12.91",
                subject=subj("Zamówienie 2026/412 - dostawa przed świętami", "UTF-8", "Q"), body=body, zone="PL",
                what="Customer order for Christmas deliveries from a delicatessen chain.",
                why="Known customer from its own domain and hosting via Thunderbird (sent from a mobile connection), ordinary order with price list reference and normal payment terms, nothing to click or pay.")


def messages():
    return [b22(), b23(), b24(), b25(), b26()]
