# -*- coding: utf-8 -*-
"""Polish messages (plant and office Opoczno)."""

import ids
import mime
import senders as X
from clients import OutlookSMTP, PHPMailer, Roundcube
from infra import Msg, hexs, rdate, ruuid
from people import BANK, S, TAX
from services import Postmark, SendGrid, Service
from templates import alt, att, brand_alt, cred_page, pdf_bytes, text

F = ids.fmt_iban
NIP_EG = ids.fmt_nip(TAX["example_pl"])

PARTNER_FOOT = """Partner Logistik sp. z o.o.
ul. Rokicińska 162, 92-412 Łódź
NIP %s | KRS 0000418273 | BDO 000118427
www.partner-logistik.pl""" % ids.fmt_nip(TAX["partner"])


# ======================================================================= attacks

def a_partner_rachunek():
    body = """Szanowni Państwo,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 16.11.2026 r. zmianie ulega numer rachunku bankowego Partner Logistik sp. z o.o.

Nowy rachunek: Alior Bank S.A.
%s

Nowy rachunek został zgłoszony do wykazu podatników VAT (tzw. białej listy) i będzie w nim widoczny w ciągu kilku dni roboczych. Prosimy o aktualizację danych w Państwa systemie i uregulowanie na nowy rachunek następujących faktur:

FV/2026/10/0388 z 31.10.2026 – 48 216,60 zł
FV/2026/11/0412 z 06.11.2026 – 12 930,00 zł

Dotychczasowy rachunek w mBanku zostanie zamknięty, wpłaty na niego będą zwracane. Pismo potwierdzające zmianę przesyłamy w załączniku.

Z poważaniem

Ewa Nowak
Główna Księgowa
%s""" % (F(BANK["fake_partner"]), PARTNER_FOOT.replace("partner-logistik.pl", "partner-logistic.pl"))
    letter = pdf_bytes([("Partner Logistik sp. z o.o.", 15, True), "ul. Rokicińska 162, 92-412 Łódź", "",
                        "Łódź, 13.11.2026", "", "Example Group Polska sp. z o.o.", "ul. Przemysłowa 14, 26-300 Opoczno", "",
                        ("Zawiadomienie o zmianie rachunku bankowego", 12, True), "",
                        "Informujemy, że od dnia 16.11.2026 r. właściwym rachunkiem do regulowania należności jest:",
                        "Alior Bank S.A.  " + F(BANK["fake_partner"]), "",
                        "Prezes Zarządu                  Główna Księgowa", "Marek Wiśniewski                Ewa Nowak"],
                       "Zmiana rachunku", producer="Microsoft: Print To PDF", date="D:20261113081922+01'00'")
    relay = X.homepl("102.89.47.118", n=7)
    relay["client_helo"] = "DESKTOP-Q1M7F2C"
    return Msg("partner-logistik-zmiana-rachunku", ("Księgowość Partner Logistik", "ksiegowosc@partner-logistic.pl"),
               [S("lukasik")], "Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.", "2026-11-13 08:24:37",
               mime.Multi("mixed", [alt(body, "iso-8859-2", lang="PL"),
                                    att(letter, "application/pdf", "Zmiana_rachunku_bankowego.pdf", style="outlook",
                                        when="Fri, 13 Nov 2026 07:20:10 GMT")]),
               OutlookSMTP("partner-logistic.pl", relay, lang="pl"),
               "Logistics-partner impersonation: 'Partner Logistik accounting' announces a new Alior Bank account and "
               "asks to pay two invoices there.",
               "Look-alike domain partner-logistic.pl (c instead of k; real: partner-logistik.pl) on shared hosting, "
               "sent from a Nigerian client IP instead of Partner's Microsoft 365; new account admitted not yet on the "
               "VAT white list (payments >15,000 PLN to it lose tax deductibility); pressure to pay open invoices.")


def a_ksef():
    url = "https://ksef-weryfikacja.mf-gov.com.pl/login?nip=7681725416&ref=KSEF-ODR-55120"
    blocks = ["Szanowni Państwo,",
              "informujemy, że w Krajowym Systemie e-Faktur (KSeF) faktura nr **FV/2026/11/0457** wystawiona na "
              "podmiot o NIP %s została **odrzucona** z powodu braku aktywnych uprawnień do odbioru faktur." % NIP_EG,
              "Aby uniknąć blokady możliwości odbierania i wystawiania faktur ustrukturyzowanych, prosimy o ponowną "
              "weryfikację uprawnień za pośrednictwem Profilu Zaufanego lub bankowości elektronicznej w ciągu 48 godzin.",
              "Numer referencyjny: KSEF-ODR-55120"]
    footer = ("Ministerstwo Finansów – Krajowy System e-Faktur\n"
              "Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.")
    body = brand_alt("Faktura odrzucona w KSeF", blocks, ("Zweryfikuj uprawnienia", url), footer, charset="UTF-8",
                     cte="quoted-printable", brand="KSeF", color="#d4213d", lang="pl")
    return Msg("ksef-faktura-odrzucona", ("Krajowy System e-Faktur", "powiadomienia@ksef-mf-gov.pl"), [S("lukasik")],
               "KSeF: faktura FV/2026/11/0457 odrzucona – wymagana weryfikacja uprawnień", "2026-11-09 12:11:29", body,
               SendGrid("ksef-mf-gov.pl"),
               "E-invoicing phishing: 'KSeF' claims an invoice was rejected and asks to re-verify permissions via "
               "Profil Zaufany or online banking.",
               "KSeF does not send such e-mails and invoices are not 'rejected' for missing permissions; sender "
               "ksef-mf-gov.pl and link host mf-gov.com.pl are not gov.pl; 'log in via your bank' harvests banking "
               "credentials; 48-hour blocking threat; sent via SendGrid.",
               env_from="bounces+27145560-a1f0-pawel.lukasik=examplegroup.eu@em8812.ksef-mf-gov.pl")


def a_dpd():
    url = "https://dpd-polska-doplaty.pl/clo/13274459823411U"
    blocks = ["Dzień dobry,",
              "Twoja przesyłka **13274459823411U** z Chin (nadawca: FOSHAN HUAYI CERAMIC MACHINERY CO., LTD – "
              "części zamienne / próbki) została wstrzymana przez Krajową Administrację Skarbową do czasu "
              "uregulowania należności celno-podatkowych.",
              "Cło: 18,40 zł\nPodatek VAT od importu: 21,30 zł\nOpłata za przygotowanie zgłoszenia celnego: 6,50 zł\n"
              "**Razem do zapłaty: 46,20 zł**",
              "Prosimy o uregulowanie należności do 27.11.2026. Po tym terminie przesyłka zostanie zwrócona do nadawcy "
              "na koszt odbiorcy."]
    footer = "DPD Polska sp. z o.o., ul. Mineralna 15, 02-274 Warszawa"
    body = brand_alt("Przesyłka wstrzymana – należności celne", blocks, ("Zapłać należności celne", url), footer,
                     charset="UTF-8", cte="base64", brand="DPD", color="#dc0032", lang="pl")
    relay = {"user": "sklepwit", "by": "s48.cyber-folks.pl", "helo": "s48.cyber-folks.pl", "rdns": "s48.cyber-folks.pl",
             "ip": "195.78.66.48", "cpanel": True, "uid": 2214}
    return Msg("dpd-clo-przesylka-zatrzymana", ("DPD Polska", "powiadomienia@dpd-paczka-info.pl"), [S("wojcik")],
               "Przesyłka 13274459823411U wstrzymana – należności celne 46,20 zł", "2026-11-25 13:40:08", body,
               PHPMailer("sklep-witaminy24.pl", relay),
               "Customs-fee phishing in DPD branding: a parcel of machinery spare parts from Foshan is 'held by customs' "
               "until PLN 46.20 duty and import VAT are paid online.",
               "Sender dpd-paczka-info.pl and payment link dpd-polska-doplaty.pl are not dpd.com.pl; customs charges "
               "are not collected by e-mail link; sent with PHPMailer from a hacked web shop; small amount to harvest "
               "card data; plausible for a tile plant that orders parts from China.",
               env_from="sklepwit@s48.cyber-folks.pl")


def a_esad_html():
    page = cred_page("e-Sąd – Elektroniczne Postępowanie Upominawcze", "e-Sąd", "#8b1a1a", "agnieszka.wojcik@example.com",
                     "https://e-sad-dokumenty.com/auth/bank.php", lang="pl",
                     fields=("Identyfikator / login do bankowości", "Hasło"),
                     intro="Nakaz zapłaty VI Nc-e 1873412/26 jest zabezpieczony. Aby pobrać dokument, potwierdź tożsamość "
                           "przez bankowość elektroniczną (login.gov.pl).", button="Zaloguj i pobierz")
    body = """Sąd Rejonowy Lublin-Zachód w Lublinie
VI Wydział Cywilny – Elektroniczne Postępowanie Upominawcze

Sygn. akt VI Nc-e 1873412/26

Pozwany: Example Group Polska sp. z o.o., ul. Przemysłowa 14, 26-300 Opoczno
Powód: TRANSBUD LOGISTYKA SP. Z O.O.
Wartość przedmiotu sporu: 18 430,00 zł

W załączeniu doręczamy nakaz zapłaty wydany w elektronicznym postępowaniu upominawczym. Pozwanemu przysługuje prawo wniesienia sprzeciwu w terminie 14 dni od dnia doręczenia. Dokument jest zabezpieczony podpisem elektronicznym – aby go otworzyć, należy uruchomić załączony plik.

Niniejsza wiadomość została wygenerowana automatycznie."""
    relay = X.vps("mail.e-sad-portal.pl", "vmi2281934.contaboserver.net", "167.86.94.31")
    return Msg("esad-nakaz-zaplaty-html", ("e-Sąd – Sąd Rejonowy Lublin-Zachód", "doreczenia@e-sad-portal.pl"),
               [S("wojcik")], "Nakaz zapłaty – sygn. akt VI Nc-e 1873412/26 – doręczenie elektroniczne",
               "2026-12-01 09:12:57",
               mime.Multi("mixed", [text(body, "UTF-8", "quoted-printable", ct_extra="format=flowed", quote_cs=False),
                                    mime.Bin(page.encode(), "text/html", "Nakaz_zaplaty_VI_Nc-e_1873412-26.html",
                                             ct_params="charset=UTF-8")]),
               Roundcube("e-sad-portal.pl", relay),
               "Fake court order: 'e-Sąd' serves an electronic payment order as an HTML file that asks for online-"
               "banking login.",
               "Courts do not serve payment orders by e-mail attachment; sender e-sad-portal.pl on a Contabo VPS (real: "
               "e-sad.gov.pl); the HTML lure posts bank credentials to e-sad-dokumenty.com; 14-day legal deadline as pressure.")


def a_boss_whatsapp():
    body = """Paweł, jesteś teraz w biurze?

Mam pilną sprawę, o której nie mogę rozmawiać przez telefon – siedzę na spotkaniu z audytorem i zarządem z Niemiec. Podeślij mi proszę swój numer komórki, dodam Cię na WhatsAppie i tam przekażę szczegóły przelewu, który trzeba dziś puścić.

Sprawa jest poufna, na razie nikogo nie informuj.

Agnieszka

Wysłane z iPhone'a"""
    return Msg("szefowa-whatsapp-przelew", ("Agnieszka Wójcik", "agnieszka.wojcik.opoczno@gmail.com"), [S("lukasik")],
               "Pilne", "2026-12-03 10:07:31", alt(body, "UTF-8", style="gmail", quote_cs=False), X.GMAIL,
               "Boss fraud: 'Agnieszka Wójcik' (office manager) asks the accountant from Gmail for his mobile number "
               "to continue on WhatsApp about an urgent confidential transfer.",
               "Gmail address using the manager's name; moving the conversation to WhatsApp to escape company controls; "
               "urgent, confidential, unnamed transfer; excuse for not calling.")


def ATTACK():
    return [a_partner_rachunek(), a_ksef(), a_dpd(), a_esad_html(), a_boss_whatsapp()]


# ======================================================================= business

def b_partner_faktura():
    ksef_no = "%s-20261106-%s-%s" % (TAX["partner"], "3F9A0C7D21B4", "7A")
    body = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/11/0457 z dnia 06.11.2026 r. za usługi magazynowe i transport FTL za październik 2026 r. (zlecenia ZL/2026/10/114–139).

Kwota brutto: 63 146,97 zł
Termin płatności: 30.11.2026 r.

Faktura została wystawiona w KSeF pod numerem %s; PDF jest wizualizacją do celów informacyjnych.

Płatność prosimy realizować w mechanizmie podzielonej płatności (MPP) na rachunek:
mBank S.A. %s
Rachunek widnieje w wykazie podatników VAT.

Z poważaniem
Dział Księgowości
%s""" % (ksef_no, F(BANK["partner"]), PARTNER_FOOT)
    inv = pdf_bytes([("Partner Logistik sp. z o.o.", 15, True), "ul. Rokicińska 162, 92-412 Łódź, NIP " + ids.fmt_nip(TAX["partner"]), "",
                     ("Faktura VAT FV/2026/11/0457", 13, True), "Data wystawienia: 06.11.2026   Numer KSeF: " + ksef_no, "",
                     "Nabywca: Example Group Polska sp. z o.o., ul. Przemysłowa 14, 26-300 Opoczno, NIP " + NIP_EG, "",
                     "1. Usługi magazynowe – październik 2026 (1 840 miejsc paletowych)     21 160,00 zł",
                     "2. Transport FTL Opoczno – Łódź – porty (26 kursów)                   30 179,00 zł", "",
                     "Razem netto 51 339,00 zł   VAT 23% 11 807,97 zł",
                     ("Do zapłaty: 63 146,97 zł", 11, True), "",
                     "Mechanizm podzielonej płatności. Termin płatności: 30.11.2026",
                     "mBank S.A. " + F(BANK["partner"])],
                    "FV/2026/11/0457", producer="Comarch ERP XL", date="D:20261106101500+01'00'")
    return Msg("partner-logistik-faktura", ("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), [S("lukasik")],
               "Faktura VAT FV/2026/11/0457 – Partner Logistik sp. z o.o.", "2026-11-06 10:22:14",
               mime.Multi("mixed", [alt(body, "iso-8859-2", lang="PL"),
                                    att(inv, "application/pdf", "FV_2026_11_0457.pdf", style="outlook",
                                        when="Fri, 06 Nov 2026 09:20:02 GMT")]),
               X.PARTNER,
               "The logistics partner's accounting sends the October invoice (issued in KSeF) with a PDF visualisation.",
               "Real domain on Partner's Microsoft 365 tenant; KSeF number, split payment to the known mBank account "
               "on the VAT white list; matches orders.",
               pair=(["partner-logistik-zmiana-rachunku", "ksef-faktura-odrzucona"], "same partner and invoice number as the attacks; genuine one keeps the known account"))


def b_fakturownia():
    blocks = ["Cześć,",
              "na Twoje konto **Example Group Polska sp. z o.o.** pobraliśmy z KSeF nową fakturę zakupową:",
              "Sprzedawca: Partner Logistik sp. z o.o. (NIP %s)\nNumer: FV/2026/11/0457\nData wystawienia: 06.11.2026\n"
              "Kwota brutto: 63 146,97 PLN\nTermin płatności: 30.11.2026" % ids.fmt_nip(TAX["partner"]),
              "Fakturę znajdziesz w zakładce Przychody/Wydatki → Wydatki po zalogowaniu do konta.",
              "Pozdrawiamy\nZespół Fakturowni"]
    footer = ("Otrzymujesz tę wiadomość, ponieważ masz włączone powiadomienia o fakturach z KSeF. "
              "[[Zmień ustawienia powiadomień|https://examplegrouppolska.fakturownia.pl/account/notifications]]\n"
              "Fakturownia sp. z o.o., ul. Fabryczna 16/22, 00-446 Warszawa")
    body = brand_alt("Nowa faktura zakupowa z KSeF", blocks, None, footer, charset="utf-8", cte="quoted-printable",
                     brand="Fakturownia", color="#2b7a0b", lang="pl")
    return Msg("fakturownia-nowa-faktura-ksef", ("Fakturownia", "powiadomienia@fakturownia.pl"), [S("lukasik")],
               "Nowa faktura zakupowa z KSeF: FV/2026/11/0457 – Partner Logistik sp. z o.o.", "2026-11-06 10:40:02",
               body, Postmark("fakturownia.pl", extra_hdrs=[("X-PM-Tag", "ksef-purchase-invoice")]),
               "Notification of the company's invoicing SaaS that a purchase invoice was fetched from KSeF.",
               "The company's own accounting tool, sent via Postmark with its own bounce domain; no login link "
               "except notification settings on the tenant's own subdomain; data match the Partner invoice.",
               env_from="pm_bounces@pm-bounces.fakturownia.pl",
               pair=(["ksef-faktura-odrzucona"], "KSeF notification about the same invoice; genuine one asks for no verification"))


def b_zielinski_awizacja():
    body = """Pani Agnieszko,

potwierdzam awizację na przyszły tydzień:

czwartek 12.11 – 3 naczepy do Opoczna (rampa 2), przyjazd 6:00 / 6:45 / 7:30, załadunek płytek Terra i Calce dla magazynu w Strykowie
piątek 13.11 – 2 naczepy, godziny jak wyżej

Kierowcy: Marek Dudek (EL 4T217), Sławomir Pietrzak (EL 8K330), Łukasz Wróbel (EL 2F915). Proszę o przygotowanie dokumentów WZ i CMR do godziny przyjazdu – w zeszły czwartek auto czekało prawie dwie godziny.

Gdyby coś się zmieniło po Państwa stronie, proszę dać znać do środy do 12:00.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. transportu
%s
tel. +48 42 208 31 40, kom. +48 601 448 217""" % PARTNER_FOOT
    return Msg("partner-logistik-awizacja", ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [S("wojcik")],
               "Awizacja 12–13.11 – Opoczno, 5 naczep", "2026-11-06 14:55:10", alt(body, "iso-8859-2", lang="PL"),
               X.PARTNER,
               "Transport manager of the logistics partner confirms truck slots and drivers for next week.",
               "Known contact on Partner's real tenant; operational details only, no payment, no link.",
               pair=(["partner-logistik-zmiana-rachunku"], "same partner organisation; genuine mail from the real domain"))


def b_laptop_private():
    body = """Cześć Agnieszko,

piszę z prywatnej poczty, bo mój służbowy laptop od rana się nie uruchamia – po włączeniu pokazuje tylko czarny ekran z komunikatem o BitLockerze i prosi o klucz odzyskiwania, którego oczywiście nie mam.

Możesz zgłosić to do IT w Niemczech albo podać mi numer do helpdesku? Do 14:00 mam klientów w Tomaszowie, potem mogę podjechać do biura z laptopem.

Oferty dla Ceramiki Kielce wyślę jutro, jak tylko będę miała dostęp.

Dzięki!
Gosia Król"""
    return Msg("laptop-bitlocker-prywatny-mail", ("Małgorzata Król", "gosia.krol@wp.pl"), [S("wojcik")],
               "Laptop nie działa – BitLocker", "2026-11-18 08:14:52", text(body, "iso-8859-2", "quoted-printable"),
               X.WPPL,
               "A sales employee reports from her private wp.pl address that her company laptop asks for the BitLocker "
               "recovery key.",
               "Private address used only to report a problem to her own manager; no link, no request for money or "
               "credentials; asks for the official helpdesk.",
               pair=(["szefowa-whatsapp-przelew"], "colleague writing from a free-mail address; genuine one asks for nothing sensitive"))


def b_kartonex_wezwanie():
    body = """Szanowni Państwo,

pomimo wcześniejszych przypomnień z dnia 20.10.2026 r. i 04.11.2026 r. na Państwa koncie pozostają nieuregulowane następujące należności:

FV 2026/09/1184 z 18.09.2026 r. – 21 648,00 zł (termin płatności 18.10.2026 r.)
FV 2026/09/1231 z 29.09.2026 r. – 9 471,00 zł (termin płatności 29.10.2026 r.)

Łącznie: 31 119,00 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych oraz rekompensatą za koszty odzyskiwania należności (2 × 40 EUR).

Wzywamy do zapłaty powyższej kwoty w terminie 7 dni od otrzymania niniejszego wezwania na rachunek:
PKO BP S.A. %s

W przypadku braku wpłaty sprawa zostanie skierowana na drogę postępowania sądowego, a informacja o zadłużeniu przekazana do BIG InfoMonitor, bez dalszego wezwania.

Jeżeli należność została już uregulowana, prosimy o przesłanie potwierdzenia przelewu.

Pełna treść wezwania w załączeniu.

Z poważaniem
Anna Kowalczyk
Dział Windykacji
Kartonex sp. z o.o.
ul. Spalska 91, 97-200 Tomaszów Mazowiecki
tel. 44 724 18 60""" % F(BANK["kartonex"])
    doc = pdf_bytes([("Kartonex sp. z o.o.", 15, True), "ul. Spalska 91, 97-200 Tomaszów Mazowiecki, NIP " + ids.fmt_nip(TAX["kartonex"]), "",
                     "Tomaszów Mazowiecki, 19.11.2026", "", "Example Group Polska sp. z o.o.", "ul. Przemysłowa 14, 26-300 Opoczno", "",
                     ("PRZEDSĄDOWE WEZWANIE DO ZAPŁATY", 13, True), "",
                     "Na podstawie faktur FV 2026/09/1184 i FV 2026/09/1231 wzywamy do zapłaty kwoty 31 119,00 zł",
                     "wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych w terminie 7 dni.",
                     "Rachunek: PKO BP S.A. " + F(BANK["kartonex"]), "",
                     "Brak wpłaty spowoduje skierowanie sprawy do sądu oraz wpis do BIG InfoMonitor.", "",
                     "Anna Kowalczyk, Dział Windykacji"],
                    "Wezwanie do zapłaty", producer="InsERT Subiekt GT", date="D:20261119120500+01'00'")
    return Msg("kartonex-wezwanie-do-zaplaty", ("Kartonex - Dział Windykacji", "windykacja@kartonex.com.pl"), [S("lukasik")],
               "Przedsądowe wezwanie do zapłaty – FV 2026/09/1184, FV 2026/09/1231", "2026-11-19 12:08:33",
               mime.Multi("mixed", [text(body, "windows-1250", "8bit", quote_cs=False),
                                    att(doc, "application/pdf", "Wezwanie_do_zaplaty_2026-11-19.pdf", style="thunderbird")]),
               X.KARTONEX,
               "A packaging supplier's collections department sends a pre-court payment demand with PDF.",
               "Known supplier's real domain via its hosting; demands payment to the long-standing PKO BP account; "
               "threats are standard legal steps (court, BIG InfoMonitor); asks for proof if already paid.",
               pair=(["esad-nakaz-zaplaty-html"], "legal payment demand with court threat; genuine one from a real creditor with a PDF, no login"))


def BUSINESS():
    return [b_partner_faktura(), b_fakturownia(), b_zielinski_awizacja(), b_laptop_private(), b_kartonex_wezwanie()]
