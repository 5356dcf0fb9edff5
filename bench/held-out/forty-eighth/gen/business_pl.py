"""Genuine business messages, Polish (5)."""

from codes import iban_print, pl_nip_fmt
from company import S, BANK, VAT
from core import Msg, alt, plain, mixed, att_pdf, att_zip, prev_mid
from systems import OwnPostfix, WP, Internal

PL_SIG = """Partner Logistik sp. z o.o.
ul. Składowa 12, 62-080 Tarnowo Podgórne
NIP %s | KRS 0000512873""" % pl_nip_fmt(VAT["partner"])


def _partner(pc):
    return OwnPostfix(server="mail.partner-logistik.pl", server_ip="91.227.116.34", server_rdns="mail.partner-logistik.pl",
                      client="outlook", client_helo=pc, client_ip="83.238.171.90",
                      client_rdns="83-238-171-90.static.play-internet.pl", zone="CET")


def b22():
    text = """Szanowni Państwo,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/0087 za usługi magazynowania sprzętu budowy (październik 2026) oraz obsługę przeprowadzki archiwum.

Faktura została wystawiona w Krajowym Systemie e-Faktur:
numer KSeF: 7792354101-20261102-9A41C07E33B8-5D
kwota brutto: 14 760,00 zł
termin płatności: 16.11.2026

Płatność prosimy przekazać na rachunek wskazany na fakturze (mBank S.A., %s) – rachunek jest widoczny w wykazie podatników VAT (biała lista). Numer rachunku nie uległ zmianie.

Oryginał faktury jest dostępny wyłącznie w KSeF; załączony PDF ma charakter informacyjny.

Z poważaniem
Dział Księgowości
%s""" % (iban_print(BANK["partner"]), PL_SIG)
    pdf = att_pdf("FV_2026_11_0087_wizualizacja.pdf", [
        ("h", "Faktura VAT FV/2026/11/0087"), ("s", "Wizualizacja faktury ustrukturyzowanej - numer KSeF 7792354101-20261102-9A41C07E33B8-5D"), "",
        "Sprzedawca: Partner Logistik sp. z o.o., ul. Składowa 12, 62-080 Tarnowo Podgórne, NIP " + pl_nip_fmt(VAT["partner"]),
        "Nabywca: Example Polska sp. z o.o., ul. Legnicka 48, 54-202 Wrocław, NIP " + pl_nip_fmt(VAT["example_pl"]), "",
        "Data wystawienia: 02.11.2026          Termin płatności: 16.11.2026", "",
        "Lp.  Nazwa                                              Netto        VAT 23%       Brutto",
        "1    Magazynowanie sprzętu - 10/2026 (42 m2)           6 800,00     1 564,00      8 364,00",
        "2    Przeprowadzka archiwum (2 kursy, 38 palet)         5 200,00     1 196,00      6 396,00",
        ("b", "     Razem                                             12 000,00     2 760,00     14 760,00"), "",
        "Forma płatności: przelew, mBank S.A.",
        "Rachunek: " + iban_print(BANK["partner"]),
    ], title="FV/2026/11/0087", producer="Comarch ERP Optima", created="20261102091512+01'00'", enc="cp1250")
    return Msg("partner-logistik-faktura-ksef", "2026-11-02 09:20:47", _partner("PL-KSIEG-01"),
               ("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), [S("lukasik")],
               "Faktura FV/2026/11/0087 – Partner Logistik sp. z o.o.",
               mixed(alt(text, "windows-1250", "quoted-printable", lang="pl"), pdf),
               hcs="windows-1250", hmode="Q",
               what="Logistics partner's accounting sends the informational PDF of a KSeF invoice; account unchanged and on the VAT white list.",
               why="Genuine: partner's real domain and own mail server from its office IP, valid KSeF number, amounts consistent, explicitly the unchanged white-listed mBank account; no login or link. "
                   "Hard negative of both the look-alike bank-change mail and the fake KSeF notice.",
               pair=[22, 23])


def b23():
    text = """Dzień dobry Panie Pawle,

potwierdzam termin przeprowadzki archiwum z biura we Wrocławiu do naszego magazynu w Tarnowie Podgórnym:

- data: poniedziałek 14.12.2026, załadunek od 7:30,
- 2 samochody (solówka 18 palet + zestaw 20 palet), razem 38 palet,
- ekipa: 4 osoby + koordynator (p. Marek Janik, tel. 604 118 273),
- wjazd od ul. Legnickiej, prosimy o zarezerwowanie miejsca przy rampie.

Kartony z dokumentacją powinny być opisane numerami projektów; listę zawartości palet prosimy przesłać do piątku 11.12. Dokumenty z danymi osobowymi (teczki kadrowe) przewozimy w plombowanych pojemnikach - proszę o informację, ile ich będzie.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik ds. Kluczowych Klientów
tel. +48 61 816 44 20

%s""" % PL_SIG
    return Msg("partner-logistik-awizacja-archiwum", "2026-12-01 11:36:58", _partner("PL-HANDL-03"),
               ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [S("wroblewski")],
               "Przeprowadzka archiwum 14.12 - potwierdzenie terminu",
               plain(text, "iso-8859-2", "quoted-printable"),
               cc=[S("lukasik")], hcs="iso-8859-2", hmode="Q",
               what="The logistics partner's account manager confirms the date and logistics of moving the office archive.",
               why="Genuine operational mail from the real domain (partner-logistik.pl, not the look-alike), own server, concrete plan, no payment or link.",
               pair=[22])


def b24():
    text = """Dzień dobry Panie Pawle,

w załączeniu przesyłam wyniki inwentaryzacji powykonawczej hali B (Bielany Wrocławskie): plik DXF z pomiarem oraz szkic polowy w PDF.

Zgodnie z umową archiwum jest zaszyfrowane, bo zawiera dane z państwowego zasobu geodezyjnego (mapa zasadnicza). Hasło wysłałem Panu przed chwilą SMS-em na numer służbowy.

Operat techniczny złożyłem w PODGiK w piątek; po przyjęciu do zasobu prześlę mapę z klauzulą.

Pozdrawiam
Krzysztof Nowak
Geodezja Nowak – usługi geodezyjne
upr. zawodowe nr 21874
tel. 601 442 918"""
    z = att_zip("inwentaryzacja_hala_B_Bielany.zip", [
        ("inwentaryzacja_hala_B_2026-11-18.dxf", "0\nSECTION\n2\nHEADER\n0\nENDSEC\n0\nEOF\n", (2026, 11, 18, 16, 2, 10)),
        ("szkic_polowy_hala_B.pdf", "placeholder - field sketch (evaluation sample)\n", (2026, 11, 18, 16, 5, 44)),
    ], password="Bielany#2118", seed="b24", pw_note="sent separately by SMS, not in the mail")
    m = Msg("geodezja-nowak-zip-haslo-sms", "2026-11-20 09:48:02", WP(),
            ("Geodezja Nowak", "geodezja.nowak@wp.pl"), [S("wroblewski")],
            "Inwentaryzacja powykonawcza hali B – pliki DXF/PDF",
            mixed(plain(text, "UTF-8", "quoted-printable"), z),
            what="The surveying subcontractor sends as-built survey data (DXF + PDF) in an encrypted ZIP; the password was sent by SMS.",
            why="Genuine despite the encrypted archive: known subcontractor writing from his usual wp.pl address, expected deliverable of an ongoing job, password delivered out of band (not in the mail), "
                "archive contains data files (.dxf, .pdf) rather than executables. Hard negative of the password-protected-ZIP attack.",
            pair=[24])
    m.zip_password = "Bielany#2118"
    return m


def b25():
    text = """Pani Małgorzato,

proszę o pilne zlecenie dziś przelewu zaliczki dla Geodezji Nowak na podstawie faktury zaliczkowej FZ/12/2026 (7 380,00 zł brutto) - pomiary na budowie w Kątach Wrocławskich ruszają w poniedziałek, a p. Nowak rozpoczyna prace dopiero po wpłacie, zgodnie z umową z 24.11.

Fakturę zatwierdziłem w obiegu dokumentów (Workflow, nr 2026/PL/0412), rachunek bez zmian - ten sam co w kartotece kontrahenta. Gdyby coś się nie zgadzało, proszę o telefon, jestem dziś w biurze do 17:00 (wew. 214).

Dziękuję,
Paweł Wróblewski
Dyrektor oddziału Wrocław
Example Polska sp. z o.o. | ul. Legnicka 48 | 54-202 Wrocław"""
    return Msg("dyrektor-pilna-zaliczka-wewnetrzna", "2026-12-10 09:31:26", Internal(mbx="EXMBX01"),
               S("wroblewski"), [S("lukasik")],
               "Pilne: zaliczka Geodezja Nowak - FZ/12/2026",
               alt(text, "iso-8859-2", "quoted-printable", lang="pl"),
               hcs="iso-8859-2", hmode="Q",
               what="The Wrocław office manager asks the accountant to pay a subcontractor's advance invoice today.",
               why="Genuine urgent request: internal Exchange/mail-int01 path, known subcontractor and its vendor-master account, invoice approved in the document workflow with a reference, "
                   "invites a phone call. Hard negative of the WhatsApp manager-fraud opener.",
               pair=[25])


def b26():
    text = """Zgłoszenie INC-2026-10-51230 zostało przyjęte

Dzień dobry Panie Pawle,

dziękujemy za zgłoszenie dotyczące dużej liczby niechcianych wiadomości (zapisy na newslettery i potwierdzenia rejestracji) w Pana skrzynce.

Co zrobiliśmy:
- włączyliśmy dodatkowe reguły filtrowania dla Pana skrzynki,
- zablokowaliśmy nadawców masowych zidentyfikowanych w ostatnich 24 godzinach.

Ważne: takie „zalewanie” skrzynki często poprzedza próbę oszustwa. Dział IT Example Group nigdy nie kontaktuje się przez Teams z kont zewnętrznych, nie prosi o uruchomienie Szybkiej pomocy (Quick Assist), AnyDesk ani TeamViewer i nie prosi o podanie hasła ani kodów. Jeśli ktoś się tak z Panem skontaktuje, prosimy zakończyć rozmowę i zgłosić to pod numerem wewnętrznym 4400.

Status zgłoszenia można sprawdzić w portalu: [[Portal IT|https://servicedesk.example.com/portal/ticket/INC-2026-10-51230]]

Pozdrawiamy
IT Service Desk – Example Group"""
    return Msg("it-zgloszenie-przyjete", "2026-10-21 16:10:44", Internal(mbx="EXMBX02"),
               ("IT Service Desk", "it-servicedesk@example.com"), [S("wroblewski")],
               "[INC-2026-10-51230] Zgłoszenie przyjęte: duża liczba niechcianych wiadomości",
               alt(text, "utf-8", "base64", lang="pl"),
               hcs="utf-8", hmode="B",
               what="Real IT service-desk ticket confirmation about the user's mailbox being flooded with sign-up mails.",
               why="Genuine internal ticket mail via Exchange/mail-int01, link only to the internal service portal, explicitly states IT never calls via external Teams accounts or asks for Quick Assist/AnyDesk. "
                   "Same topic as the Teams/Quick Assist vishing pretext.",
               pair=[26])


def messages():
    return [b22(), b23(), b24(), b25(), b26()]
