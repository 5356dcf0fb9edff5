"""Polish genuine business messages (business/22-26)."""
from lib import *
import infra as I
from util import rfc2822, secs, hexs
from msgs_pl_attack import NIP_PL

FOLDER = "business"
NIP_PARTNER = B.pl_nip("777310481")


def _crc8(s, poly=0x07):
    c = 0
    for b in s.encode():
        c ^= b
        for _ in range(8):
            c = ((c << 1) ^ poly) & 0xFF if c & 0x80 else (c << 1) & 0xFF
    return c


def ksef_number(nip, date, seed):
    body = "%s-%s-%s" % (nip, date, hexs(__import__("util").rng_for("ksef", seed), 12, True))
    return "%s-%02X" % (body, _crc8(body))


def _nrb(iban):
    s = iban[2:]
    return s[:2] + " " + " ".join(s[i:i + 4] for i in range(2, len(s), 4))


def _b22():
    ib = BANK["partner_logistik"]
    ksef = ksef_number(NIP_PARTNER, "20261031", "b22")
    text = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/10/131 z dnia 31.10.2026 r. za usługi logistyczne w październiku (cross-dock Poznań, trasy szpitalne).

Faktura została wystawiona w KSeF, numer KSeF: %s

Kwota brutto: 41 327,34 zł (netto 33 599,46 zł, VAT 23%%: 7 727,88 zł)
Termin płatności: 30.11.2026 r.
Rachunek: %s (mBank S.A.) – bez zmian, zgłoszony w wykazie podatników VAT; płatność w mechanizmie podzielonej płatności.

Pozdrawiamy
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Gnieźnieńska 42, 61-021 Poznań
NIP %s
""" % (ksef, _nrb(ib), NIP_PARTNER)
    inv = [(15, True, "Partner Logistik sp. z o.o."), "ul. Gnieźnieńska 42, 61-021 Poznań, NIP " + NIP_PARTNER, "",
           (12, True, "Faktura VAT FV/2026/10/131 - wizualizacja"), "Numer KSeF: " + ksef, "Data wystawienia: 31.10.2026", "",
           "Nabywca: Example Textilservice Polska sp. z o.o., NIP " + NIP_PL, "",
           "Usługi logistyczne 10/2026 (cross-dock, trasy szpitalne)     33 599,46", "VAT 23%                                                       7 727,88",
           "Razem brutto PLN                                             41 327,34", "",
           "Termin płatności: 30.11.2026, przelew, MPP", "Rachunek: " + _nrb(ib) + " (mBank S.A.)"]
    body = Mixed(Text(text, "windows-1250", "quoted-printable"),
                 pdf_att("FV_2026_10_131.pdf", inv, title="FV/2026/10/131", producer="Comarch ERP Optima"))
    return M(n=22, lang="pl", slug="partner-logistik-faktura-ksef",
             infra=I.homepl(), date="2026-11-02 12:44:18",
             frm=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), to=[S("malgorzata.dabrowska")],
             subject="Faktura FV/2026/10/131 – Partner Logistik sp. z o.o.", body=body, ksef=ksef,
             what="Genuine invoice visualisation from the logistics partner, with its KSeF number; legal invoice is in KSeF.",
             why="Real partner domain via its home.pl server and Outlook; KSeF number given, account unchanged, on the VAT white list and paid with split payment. Hard negative of attack/22 and attack/23.")


def _b23():
    text = """Pani Małgorzato, Panie Łukaszu,

w nawiązaniu do wczorajszej rozmowy telefonicznej: od poniedziałku 2.11 szpital przy ul. Szwajcarskiej przesuwa okno rozładunku czystej bielizny na 5:30-6:30. Nasz kierowca będzie wyjeżdżał z cross-docku o 4:50, więc prosimy o przygotowanie wózków do 4:30. Pilne, bo szpital zapowiada kary umowne za spóźnienia.

Przy okazji uprzejmie przypominam o fakturze FV/2026/09/097 (18 204,00 zł), której termin płatności minął 15.10. Jeśli przelew już wyszedł, proszę o zignorowanie. Numer rachunku bez zmian, jak na fakturze.

Pozdrawiam serdecznie

Tadeusz Zieliński
Kierownik ds. Kluczowych Klientów
Partner Logistik sp. z o.o.
tel. +48 61 852 40 17, kom. +48 601 447 219
"""
    return M(n=23, lang="pl", slug="partner-logistik-pilna-zmiana-okna-dostaw",
             infra=I.homepl(), date="2026-10-29 16:05:33",
             frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[S("malgorzata.dabrowska"), S("lukasz.wisniewski")],
             subject="PILNE: zmiana okna rozładunku - szpital Szwajcarska od 2.11", body=Text(text, "iso-8859-2", "quoted-printable"),
             what="Genuine urgent operational notice plus a gentle payment reminder from the logistics partner's key-account manager.",
             why="Real partner address and server, follows a phone call, operational urgency, reminder explicitly says the bank account is unchanged. Hard negative of attack/23 (same person impersonated from a look-alike domain).")


def _b24():
    text = """Dzień dobry,

w związku z konferencją (ok. 180 osób) prosimy o dodatkową dostawę na piątek 27.11 do godz. 10:00:

- pościel komplet 1-os.: 120 szt.
- ręczniki 50x100: 200 szt.
- ręczniki 70x140: 200 szt.
- obrusy 180x180 białe: 40 szt.

Odbiór brudnej bielizny jak zwykle w poniedziałek. Proszę o potwierdzenie zamówienia.

Pozdrawiam
Anna Kubiak
Recepcja / Housekeeping
Hotel Nad Wartą
tel. 61 833 72 10
"""
    return M(n=24, lang="pl", slug="hotel-nad-warta-zamowienie-dodatkowe",
             infra=I.postfix_server("cloudserver317842.home.pl", "cloudserver317842.home.pl", "79.96.170.142", tz="PL", mua="roundcube", webmail=True),
             date="2026-11-23 11:20:04", frm=("Hotel Nad Wartą - Recepcja", "recepcja@hotelnadwarta.pl"), to=[S("piotr.kaczmarek")],
             subject="Zamówienie dodatkowe na piątek 27.11 – konferencja", body=Text(text, "utf-8", "base64"),
             what="Genuine customer order for an extra delivery (conference).",
             why="Customer's own domain via home.pl Roundcube, concrete quantities and dates, no links or payment data.")


def _b25():
    text = """Dzień dobry Panie Łukaszu,

od dziś jestem na zwolnieniu lekarskim do 13.11 włącznie (zapalenie oskrzeli). Lekarz wystawił e-ZLA, powinno być już widoczne na PUE ZUS.

Piszę z prywatnego maila, bo w służbowym telefonie pękł mi ekran i nic nie działa - oddam go w poniedziałek do wymiany. Zamówienia z Hotelu Nad Wartą przejmuje Kasia, przekazałem jej wszystko wczoraj.

Pani Małgorzato, do wiadomości dla kadr.

Pozdrawiam
Piotr Kaczmarek
"""
    return M(n=25, lang="pl", slug="zwolnienie-lekarskie-prywatny-wp",
             infra=I.wp_pl(), date="2026-11-06 07:14:26",
             frm=("Piotr Kaczmarek", "piotr.kaczmarek88@wp.pl"), to=[S("lukasz.wisniewski")], cc=[S("malgorzata.dabrowska")],
             subject="Zwolnienie lekarskie do 13.11", body=Text(text, "utf-8", "8bit"),
             what="Employee reports sick leave (electronic e-ZLA) from his private wp.pl address because his company phone is broken.",
             why="Refers to the official e-ZLA process (no documents to open), hands over his work, no request for money or data changes.")


def _b26():
    def mid(c):
        return "%s.%s@mta2.dpd.com.pl" % (hexs(c["rng"], 16), hexs(c["rng"], 8))
    inf = I.service("mta2.dpd.com.pl", "mta2.dpd.com.pl", "195.191.236.18", mid, tz="PL", hmode="Q")
    md = """Dzień dobry,

Twoja paczka nr **10006345198701U** od nadawcy **TECNOLAV S.R.L.** zostanie doręczona dzisiaj, 17.11.2026.

Przewidywany czas doręczenia: **10:40 - 11:40**
Kurier: Marek, tel. 605 218 447

BTN: Śledź paczkę | https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=10006345198701U

Jeśli nie będzie Cię pod wskazanym adresem, możesz zmienić termin lub miejsce doręczenia w aplikacji DPD Mobile.

Pozdrawiamy
Zespół DPD Polska"""
    return M(n=26, lang="pl", slug="dpd-powiadomienie-o-dostawie",
             infra=inf, date="2026-11-17 07:31:40", frm=("DPD Polska", "powiadomienia@dpd.com.pl"), to=[S("piotr.kaczmarek")],
             subject="DPD: Twoja paczka 10006345198701U zostanie doręczona dzisiaj",
             body=alt(md, "iso-8859-2", "quoted-printable", style="brand", brand="DPD", color="#dc0032",
                      footer="DPD Polska Sp. z o.o., ul. Mineralna 15, 02-274 Warszawa. Wiadomość wygenerowana automatycznie."),
             what="Genuine DPD Polska delivery notification for a spare-parts parcel.",
             why="Sent from DPD's own domain and mail server, tracking link on tracktrace.dpd.com.pl, no attachment, no payment or login. Hard negative of attack/24.")


MESSAGES = [_b22(), _b23(), _b24(), _b25(), _b26()]
for _m in MESSAGES:
    _m["folder"] = FOLDER
