"""Polish messages: 5 attacks, 5 genuine."""

from common import utc, iban_fmt
from kit import S, M, ACC, ID, plain, alt, outlook_alt, with_atts, pdf_att, b64, sig
from mime import attachment, html_branded, html_simple, html_outlook
from attach import pdf, zip_plain, PLACEHOLDER
from infra import home_pl, wp_pl, interia, ses, vps_postfix, m365, internal

ATTACKS = []
BUSINESS = []

PL_SIG = """Tadeusz Zieliński
Kierownik ds. obsługi klienta

Partner Logistik sp. z o.o.
ul. Logistyczna 14, 55-040 Bielany Wrocławskie
tel. +48 71 311 40 20 | NIP %s
""" % ID["partner_nip"]

# ---------------------------------------------------------------------------
# A22. Thread hijack from the compromised accounting mailbox of the logistics partner
# ---------------------------------------------------------------------------
pl_hij = """Dzień dobry Pani Agnieszko,

dziękujemy za potwierdzenie salda. Uprzejmie informujemy, że w związku z przeniesieniem obsługi bankowej spółki do nowego banku, płatności za faktury FV/2026/11/0412 oraz FV/2026/11/0437 (łącznie 58 214,70 zł brutto) prosimy przelać na nasz nowy rachunek:

Partner Logistik sp. z o.o.
Santander Bank Polska S.A.
%s

Nowy rachunek został zgłoszony do Krajowej Administracji Skarbowej i pojawi się na białej liście podatników VAT w ciągu kilku dni roboczych, dlatego prosimy o zapłatę zwykłym przelewem, bez mechanizmu podzielonej płatności – komunikat o braku rachunku na wykazie można w tym przypadku pominąć.

Poprzedni rachunek w mBanku zostanie zamknięty z końcem miesiąca. Prosimy o krótkie potwierdzenie aktualizacji danych w odpowiedzi na tę wiadomość.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.

-----Original Message-----
From: Agnieszka Kołodziej <agnieszka.kolodziej@example.com>
Sent: Monday, November 16, 2026 11:04 AM
To: ksiegowosc@partner-logistik.pl
Subject: RE: Potwierdzenie salda na 31.10.2026

Dzień dobry,
potwierdzamy saldo zgodnie z Państwa zestawieniem. Faktury listopadowe zapłacimy w terminie.
Pozdrawiam
Agnieszka Kołodziej
""" % iban_fmt(ACC["partner_fraud"])
ATTACKS.append(M(
    id="A-pl-hijack", lang="pl", slug="partner-logistik-przejety-watek-rachunek",
    t=utc(2026, 11, 18, 13, 27, 51),
    frm=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"),
    reply_to=[("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik-pl.com")],
    to=[S["pl_acc"].nm()],
    subject="RE: Potwierdzenie salda na 31.10.2026",
    in_reply_to="<a90e3b7c15d24f8e8b6c2d1e07f9a354@EXCH01.corp.example.com>",
    references="<3f1d9a2c-5e7b-4c1a-9b0e-2d6f8a4c7e11@partner-logistik.pl> <a90e3b7c15d24f8e8b6c2d1e07f9a354@EXCH01.corp.example.com>",
    transport=home_pl(client_ip="45.141.87.30"), mua="roundcube", hdr_cs="iso-8859-2",
    body=plain(pl_hij, cs="iso-8859-2", cte="quoted-printable"),
    lookalikes=["partner-logistik-pl.com"],
    what="Reply in a genuine balance-confirmation thread from the logistics partner's own accounting mailbox, switching payment of two invoices (PLN 58,214.70) to a 'new' Santander account not yet on the VAT white list.",
    why="Compromised partner mailbox (real domain and hosting, but webmail login from a foreign VPS) with a Reply-To to the look-alike partner-logistik-pl.com; explicitly tells the victim to ignore the white-list warning and skip split payment (MPP) – both are Polish anti-fraud controls; confirmation only by mail."))

# ---------------------------------------------------------------------------
# A23. KSeF credential phishing (Amazon SES, windows-1250 base64)
# ---------------------------------------------------------------------------
ksef_url = "https://ksef.podatki.gov.pl.weryfikacja-uprawnien-mf.com/web/login?nip=8992712356&t=" + b64(S["pl_acc"].addr)
ksef_txt = """Krajowy System e-Faktur (KSeF)
Ministerstwo Finansów

Szanowni Państwo,

w związku z wdrożeniem obowiązkowego KSeF dla wszystkich podatników VAT informujemy, że uprawnienia do wystawiania i odbierania faktur ustrukturyzowanych nadane w kontekście NIP 8992712356 (EXAMPLE GROUP POLSKA SP. Z O.O.) nie zostały potwierdzone w wymaganym terminie.

W dniu 30.11.2026 o godz. 23:59 tokeny autoryzacyjne przypisane do Państwa podmiotu zostaną unieważnione. Od tego momentu faktury od kontrahentów nie będą mogły zostać Państwu udostępnione, a wystawianie faktur z systemu finansowo-księgowego zostanie zablokowane.

Aby utrzymać dostęp, prosimy o weryfikację osoby uprawnionej w Aplikacji Podatnika KSeF:

[[Zweryfikuj uprawnienia w KSeF|%s]]

Weryfikacja wymaga zalogowania się profilem zaufanym lub danymi bankowości elektronicznej i zajmuje ok. 3 minuty.

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa
""" % ksef_url
ksef_html = html_branded("Potwierdzenie uprawnień w KSeF",
                         ["Szanowni Państwo,",
                          "w związku z wdrożeniem obowiązkowego KSeF dla wszystkich podatników VAT informujemy, że uprawnienia do wystawiania i odbierania faktur ustrukturyzowanych nadane w kontekście NIP 8992712356 (EXAMPLE GROUP POLSKA SP. Z O.O.) nie zostały potwierdzone w wymaganym terminie.",
                          "W dniu 30.11.2026 o godz. 23:59 tokeny autoryzacyjne przypisane do Państwa podmiotu zostaną unieważnione. Od tego momentu faktury od kontrahentów nie będą mogły zostać Państwu udostępnione, a wystawianie faktur z systemu finansowo-księgowego zostanie zablokowane."],
                         button=("Zweryfikuj uprawnienia w KSeF", ksef_url),
                         after_button=["Weryfikacja wymaga zalogowania się profilem zaufanym lub danymi bankowości elektronicznej i zajmuje ok. 3 minuty."],
                         footer="Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.\nMinisterstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa",
                         brand="#d4213d", logo_text="KSeF – Krajowy System e-Faktur", lang="pl")
ATTACKS.append(M(
    id="A-pl-ksef", lang="pl", slug="ksef-uniewaznienie-tokenow-phishing",
    t=utc(2026, 11, 26, 7, 41, 12),
    frm=("KSeF - Ministerstwo Finansów", "powiadomienia@ksef-mf-powiadomienia.pl"),
    to=[S["pl_acc"].nm()], cc=[S["pl_mgr"].nm()],
    subject="KSeF: unieważnienie tokenów autoryzacyjnych dla NIP 8992712356 w dniu 30.11.2026",
    transport=ses(region="eu-central-1", ip="69.169.224.33", host="e224-33.smtp-out.eu-central-1.amazonses.com"),
    mua="none", hdr_cs="windows-1250", hdr_enc="B",
    body=alt(ksef_txt, ksef_html, cs="windows-1250", cte="base64"),
    lookalikes=["ksef-mf-powiadomienia.pl", "ksef.podatki.gov.pl.weryfikacja-uprawnien-mf.com"],
    what="Phishing posing as the Polish Ministry of Finance: KSeF (national e-invoicing) tokens will be revoked unless permissions are 'verified' by logging in with Profil Zaufany or online-banking credentials.",
    why="Amazon SES from ksef-mf-powiadomienia.pl (not mf.gov.pl); link to ksef.podatki.gov.pl.weryfikacja-uprawnien-mf.com (sub-domain trick) asking for bank-login credentials; invented revocation deadline that would block invoicing."))

# ---------------------------------------------------------------------------
# A24. Courier surcharge (DPD) via a compromised WordPress site
# ---------------------------------------------------------------------------
dpd_url = "https://dpd-pl.doplata-przesylki.com/sledzenie/0000471184926U?k=" + b64(S["pl_mgr"].addr)
dpd_txt = """DPD Polska

Twoja paczka nr 0000471184926U czeka na dopłatę

Dzień dobry,

przesyłka od nadawcy CROWN-TEC GmbH (Krefeld) dla Example Group Polska sp. z o.o. została zatrzymana w oddziale Wrocław (Bielany Wrocławskie) z powodu niepełnej opłaty za przekroczenie gabarytu (waga rzeczywista 31,5 kg).

Kwota do dopłaty: 12,49 zł

Jeśli dopłata nie zostanie uregulowana w ciągu 48 godzin, przesyłka zostanie zwrócona do nadawcy na jego koszt.

[[Opłać i wybierz termin doręczenia|%s]]

Pozdrawiamy
Zespół DPD Polska

To jest wiadomość automatyczna, prosimy na nią nie odpowiadać.
""" % dpd_url
dpd_html = html_branded("Twoja paczka czeka na dopłatę",
                        ["Przesyłka nr 0000471184926U od nadawcy CROWN-TEC GmbH (Krefeld) została zatrzymana w oddziale Wrocław (Bielany Wrocławskie) z powodu niepełnej opłaty za przekroczenie gabarytu (waga rzeczywista 31,5 kg).",
                         "Kwota do dopłaty: 12,49 zł",
                         "Jeśli dopłata nie zostanie uregulowana w ciągu 48 godzin, przesyłka zostanie zwrócona do nadawcy na jego koszt."],
                        button=("Opłać i wybierz termin doręczenia", dpd_url),
                        footer="To jest wiadomość automatyczna, prosimy na nią nie odpowiadać.\nDPD Polska Sp. z o.o.",
                        brand="#dc0032", logo_text="DPD", lang="pl")
ATTACKS.append(M(
    id="A-pl-dpd", lang="pl", slug="dpd-doplata-do-przesylki",
    t=utc(2026, 12, 2, 10, 6, 40),
    frm=("DPD Polska", "powiadomienia@gabinet-fizjoterapii-lesna.pl"),
    to=[S["pl_mgr"].nm()],
    subject="Przesyłka 0000471184926U oczekuje na dopłatę 12,49 zł",
    transport=vps_postfix("serwer2281614.home.pl", "46.242.242.99", rdns="serwer2281614.home.pl", auth=False, zone="+0100"),
    mua="phpmailer", hdr_cs="utf-8",
    body=alt(dpd_txt, dpd_html, cs="utf-8", cte="quoted-printable"),
    lookalikes=["doplata-przesylki.com"],
    what="Courier phishing: DPD parcel (a plausible spare part from a German bottling-equipment maker) held for a PLN 12.49 surcharge, pay via link.",
    why="Sent from a compromised physiotherapy-practice WordPress site (PHPMailer, web-server user) with DPD display name; link to dpd-pl.doplata-przesylki.com collects card data; DPD does not request surcharges by e-mail links."))

# ---------------------------------------------------------------------------
# A25. Teams / Quick Assist vishing pretext after mail-bombing
# ---------------------------------------------------------------------------
tv_txt = """Dzień dobry Panie Łukaszu,

nasz system bezpieczeństwa wykrył, że od ok. godz. 8:40 Pana skrzynka otrzymuje bardzo dużą liczbę wiadomości-śmieci (tzw. mail bombing – ponad 2 000 wiadomości z rejestracji newsletterów). Jest to najczęściej przygotowanie do ataku na konto.

Aby zablokować atak i wyczyścić skrzynkę, w ciągu najbliższych 15 minut skontaktuje się z Panem przez Microsoft Teams nasz technik z zespołu Service Desk (Example Group IT Support). Prosimy:

1. przyjąć rozmowę w Teams (zewnętrzny użytkownik „Service Desk – Example Group"),
2. uruchomić wbudowaną w Windows aplikację Szybka pomoc (Quick Assist) – skrót Ctrl + Windows + Q,
3. wybrać „Pomóż mi" i podać technikowi 6-cyfrowy kod bezpieczeństwa.

Do czasu zakończenia działań prosimy nie usuwać ani nie otwierać wiadomości-śmieci i nie wylogowywać się z komputera.

Z poważaniem
Service Desk IT
Example Group
"""
ATTACKS.append(M(
    id="A-pl-teams", lang="pl", slug="helpdesk-teams-szybka-pomoc-po-spamie",
    t=utc(2026, 12, 8, 9, 2, 26),
    frm=("Service Desk IT - Example Group", "servicedesk@examplegrouphelpdesk.onmicrosoft.com"),
    to=[S["pl_mgr"].nm()],
    subject="Pilne: atak spamowy na Pana skrzynkę – kontakt przez Teams",
    transport=m365("examplegrouphelpdesk.onmicrosoft.com", region="eurprd05", eop_host="mail-am7eur03on2120", ip="40.107.105.120"),
    mua="m365", lang_tag="pl-PL", hdr_cs="iso-8859-2",
    body=alt(tv_txt, html_outlook(tv_txt, lang="PL"), cs="iso-8859-2", cte="quoted-printable"),
    lookalikes=["examplegrouphelpdesk.onmicrosoft.com"],
    what="'IT service desk' warns of a spam flood (mail-bombing) and announces a Teams call; asks the user to start Quick Assist and read out the code.",
    why="External throw-away Microsoft 365 tenant (*.onmicrosoft.com) impersonating internal IT; the Black Basta-style pretext (mail-bomb, then Teams call, then Quick Assist remote access) hands the attacker control of the PC; internal IT never contacts users from external tenants."))

# ---------------------------------------------------------------------------
# A26. Debt-collection 'pre-court demand' with a ZIP (.pdf.js placeholder)
# ---------------------------------------------------------------------------
dc_zip = zip_plain([("Wezwanie_przedsadowe_KW-2026-11-4471.pdf.js", PLACEHOLDER)], date_time=(2026, 11, 19, 16, 2, 44))
dc_txt = """Szanowni Państwo,

działając w imieniu i na rzecz naszego Klienta – spółki BROWARY-SERWIS sp. z o.o. z siedzibą w Poznaniu – na podstawie udzielonego pełnomocnictwa, wzywamy Państwa do zapłaty kwoty 23 486,12 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych oraz rekompensatą za koszty odzyskiwania należności (art. 10 ustawy o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych).

Szczegółowe zestawienie nieopłaconych faktur, pełnomocnictwo oraz dane do przelewu znajdują się w załączonym archiwum (Wezwanie_KW-2026-11-4471.zip).

Brak zapłaty w terminie 7 dni od otrzymania niniejszego wezwania spowoduje skierowanie sprawy na drogę postępowania sądowego (elektroniczne postępowanie upominawcze) oraz wpis do Krajowego Rejestru Długów, co wiąże się z dodatkowymi kosztami po Państwa stronie.

Z poważaniem
r.pr. Katarzyna Malinowska
Kancelaria Radcy Prawnego LEXWIND
ul. Półwiejska 12/4, 61-888 Poznań
"""
ATTACKS.append(M(
    id="A-pl-zip", lang="pl", slug="wezwanie-przedsadowe-kancelaria-zip",
    t=utc(2026, 11, 20, 8, 15, 9),
    frm=("Kancelaria LEXWIND", "windykacja@kancelaria-lexwind.pl"),
    to=[S["pl_acc"].nm()],
    subject="Przedsądowe wezwanie do zapłaty – sprawa KW-2026-11-4471",
    transport=home_pl(server="s108.cyber-folks.pl", ip="195.78.67.108", client_ip="94.156.64.19"), mua="thunderbird",
    lang_tag="pl", hdr_cs="windows-1250",
    body=with_atts(plain(dc_txt, cs="windows-1250", cte="quoted-printable"),
                   [attachment(dc_zip, "application/zip", "Wezwanie_KW-2026-11-4471.zip")]),
    lookalikes=["kancelaria-lexwind.pl"],
    what="'Law firm' pre-court payment demand for PLN 23,486.12 on behalf of an unknown creditor; the invoice list and bank details are 'in the attached ZIP'.",
    why="The ZIP contains a JavaScript file disguised as PDF (.pdf.js, placeholder content) – a malware loader pattern; the creditor is not a supplier of the company; threats of court and debt register to force opening; legal demands normally come as PDF/paper."))

# ===========================================================================
# genuine
# ===========================================================================
pli_txt = """Dzień dobry,

w załączeniu przesyłamy fakturę FV/2026/11/0412 za usługi magazynowania i dystrybucji w październiku 2026 r. (składowanie w magazynie celnym, kompletacja i dostawy do odbiorców na terenie województwa dolnośląskiego).

Kwota brutto: 41 368,20 zł, termin płatności: 21 dni (do 26.11.2026).

Faktura została wystawiona w KSeF, numer KSeF: 8952147683-20261105-0100A3F2C1B4-7E. Załączony PDF jest jedynie wizualizacją.

Faktura jest objęta mechanizmem podzielonej płatności. Rachunek do zapłaty (bez zmian, widoczny na białej liście podatników VAT):
mBank S.A. %s

W razie pytań prosimy o kontakt z działem księgowości pod numerem 71 311 40 25.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Logistyczna 14, 55-040 Bielany Wrocławskie
NIP %s
""" % (iban_fmt(ACC["partner"]), ID["partner_nip"])
pli_pdf = pdf([[("Partner Logistik sp. z o.o.", 15, True), "ul. Logistyczna 14, 55-040 Bielany Wrocławskie, NIP " + ID["partner_nip"],
                ("", 0, False), ("Faktura VAT FV/2026/11/0412 - wizualizacja faktury KSeF", 12, True),
                "Numer KSeF: 8952147683-20261105-0100A3F2C1B4-7E   Data wystawienia: 05.11.2026",
                "Nabywca: Example Group Polska sp. z o.o., ul. Krakowska 180, 52-015 Wrocław, NIP " + ID["eg_pl_nip"], ("", 0, False),
                "1. Składowanie w magazynie celnym, 10/2026, 412 miejsc paletowych     18 540,00",
                "2. Kompletacja i wydania, 10/2026                                      7 892,00",
                "3. Dostawy do odbiorców, woj. dolnośląskie, 10/2026                    7 200,68",
                "Netto 33 632,68 PLN   VAT 23% 7 735,52 PLN",
                ("Razem brutto 41 368,20 PLN   Termin płatności 26.11.2026", 10, True),
                "MECHANIZM PODZIELONEJ PŁATNOŚCI", "mBank S.A.  " + iban_fmt(ACC["partner"])]],
              title="FV/2026/11/0412", author="Partner Logistik", producer="Comarch ERP Optima", creator="Comarch ERP Optima",
              created="20261105121530+01'00'")
BUSINESS.append(M(
    id="B-pl-partner", lang="pl", slug="partner-logistik-faktura-ksef-mpp",
    t=utc(2026, 11, 5, 12, 22, 41),
    frm=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"),
    to=[S["pl_acc"].nm()],
    subject="Faktura FV/2026/11/0412 - magazynowanie 10/2026",
    transport=home_pl(client_ip="31.0.83.211"), mua="thunderbird", lang_tag="pl", hdr_cs="iso-8859-2",
    body=with_atts(plain(pli_txt, cs="iso-8859-2", cte="quoted-printable"), [pdf_att(pli_pdf, "FV_2026_11_0412.pdf")]),
    pairs=["A-pl-hijack"],
    pair_note="Same partner mailbox and the same invoices. Genuine: from the partner's usual Wrocław office IP, KSeF number, split payment, account on the VAT white list and unchanged; attack: reply from the compromised account via a foreign VPS, new Santander account, 'ignore the white list, no split payment', look-alike Reply-To.",
    what="Logistics partner sends October warehousing invoice (KSeF number, split payment, unchanged white-listed mBank account) with a PDF visualisation.",
    why="Real partner domain and hosting from its usual office IP; consistent with Polish e-invoicing and MPP rules; no change of bank details, phone number given."))

ksg_txt = """Dzień dobry Pani Agnieszko,

jak rozmawialiśmy wczoraj telefonicznie: od 1 grudnia wszystkie nasze faktury (również korekty) będą udostępniane wyłącznie w KSeF. Nie będziemy już wysyłać PDF-ów mailem, chyba że Państwo o to poproszą.

Ważne dla Pani działu:
- numer KSeF faktury jest jedynym identyfikatorem, który prosimy podawać w tytule przelewu obok numeru FV;
- faktury pobierają Państwo sami w swoim systemie finansowo-księgowym albo w Aplikacji Podatnika KSeF (https://ksef.podatki.gov.pl) – my nigdy nie przesyłamy linków do logowania;
- nasze konto bankowe pozostaje bez zmian.

Gdyby jakaś faktura nie była widoczna w KSeF, proszę o telefon.

Pozdrawiam serdecznie
%s""" % PL_SIG
BUSINESS.append(M(
    id="B-pl-ksef", lang="pl", slug="partner-informacja-faktury-tylko-ksef",
    t=utc(2026, 11, 24, 15, 3, 7),
    frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"),
    to=[S["pl_acc"].nm()], cc=[("Księgowość", "ksiegowosc@partner-logistik.pl")],
    subject="Faktury od 1.12 wyłącznie w KSeF",
    transport=home_pl(client_ip="31.0.83.214"), mua="thunderbird", lang_tag="pl", hdr_cs="windows-1250",
    body=plain(ksg_txt, cs="windows-1250", cte="8bit"),
    pairs=["A-pl-ksef"],
    pair_note="Both are about KSeF access. Genuine: the partner's known contact, follow-up to a phone call, points to the official ksef.podatki.gov.pl and says no login links are ever sent; attack: fake Ministry notice with a sub-domain-trick login link and a revocation deadline.",
    what="Logistics partner's contact confirms that from 1 Dec invoices are only available in KSeF and explains the procedure.",
    why="Known partner address via its hosting from the office IP, follows a phone conversation, no login link except the official KSeF domain as plain text, no money or credential request."))

odr_txt = """Dzień dobry,

przy dostawie z 23.11 (WZ 2026/PL/11/3318) brakowało 12 skrzynek z butelkami zwrotnymi – kierowca zabrał 60 pustych skrzynek, a na dokumencie wpisał 48. Proszę o sprawdzenie i korektę kaucji na fakturze.

Dodatkowo 3 butelki w jednej zgrzewce soków były pęknięte, zdjęcie mam w telefonie, mogę wysłać SMS-em.

Na przyszły tydzień zamawiam jak zwykle: 40 skrzynek Pils 0,5, 20 skrzynek bezalkoholowego, 30 zgrzewek napojów 1,5 l. Dostawa najlepiej we wtorek rano.

Pozdrawiam
Katarzyna Nowak
Hurtownia Napojów Odra
ul. Rybacka 7, 55-200 Oława
tel. 501 224 718
"""
BUSINESS.append(M(
    id="B-pl-odra", lang="pl", slug="hurtownia-reklamacja-skrzynki-kaucja",
    t=utc(2026, 11, 24, 18, 55, 2),
    frm=("Hurtownia Napojów Odra", "hurtownia.odra@wp.pl"),
    to=[S["pl_mgr"].nm()],
    subject="Reklamacja skrzynek zwrotnych + zamówienie na przyszły tydzień",
    transport=wp_pl(client_ip="89.64.33.120"), mua="none", hdr_cs="utf-8",
    body=plain(odr_txt, cs="utf-8", cte="base64"),
    what="Beverage-wholesale customer (WP Poczta) complains about miscounted returnable crates and places next week's order.",
    why="Known customer's WP address via WP's servers from a Polish cable IP; specific delivery document, no links or attachments, no payment redirection."))

itn_txt = """Szanowni Państwo,

przekazuję komunikat działu IT z centrali w Bambergu:

W ostatnich tygodniach odnotowaliśmy w kilku firmach z naszej branży ataki według schematu: najpierw skrzynka pracownika zostaje zasypana setkami wiadomości (rejestracje w newsletterach), a chwilę później „dział IT" dzwoni przez Teams z zewnętrznego konta i prosi o uruchomienie Szybkiej pomocy (Quick Assist) lub AnyDesk.

Prosimy pamiętać:
- dział IT Example Group kontaktuje się przez Teams wyłącznie z kont wewnętrznych (@example.com) – zewnętrzne konta są w Teams oznaczone jako „Zewnętrzny" / „External";
- Szybka pomoc i AnyDesk są na komputerach firmowych zablokowane; zdalną pomoc uruchamiamy tylko przez zgłoszenie w portalu IT;
- w razie zalewu spamu proszę po prostu zgłosić to na numer 71 330 52 99 lub w portalu – nic nie klikać.

Dziękuję i pozdrawiam
Łukasz Wróbel

--
%s
""" % sig("pl_mgr", role="Kierownik biura Wrocław")
BUSINESS.append(M(
    id="B-pl-itnotice", lang="pl", slug="komunikat-it-teams-szybka-pomoc-wewnetrzny",
    t=utc(2026, 12, 1, 8, 30, 0),
    frm=S["pl_mgr"].nm(), to=[("Biuro Wrocław", "wroclaw@example.com")], rcpt=S["pl_acc"].addr,
    subject="Komunikat IT: fałszywe połączenia „helpdesku\" przez Teams",
    transport=internal("10.20.50.14"), mua="exchange", internal=True, hdr_cs="iso-8859-2", lang_tag="pl-PL",
    body=alt(itn_txt, html_outlook(itn_txt, lang="PL"), cs="iso-8859-2", cte="quoted-printable"),
    pairs=["A-pl-teams"],
    pair_note="Same subject (spam flood followed by a Teams 'help-desk' call with Quick Assist). Genuine: internal office manager via mail-int01 warns against it; attack: external onmicrosoft.com tenant announcing exactly such a call.",
    what="Wrocław office manager forwards IT's warning about mail-bombing followed by fake help-desk Teams calls with Quick Assist.",
    why="Internal sender through mail-int01/EXCH01 to the office distribution list; awareness notice, no links, no request to install or run anything."))

sick_txt = """Dzień dobry Panie Łukaszu,

piszę z prywatnej poczty, bo nie mam dostępu do laptopa. Od dzisiaj jestem na zwolnieniu lekarskim do 11.12 włącznie (angina), e-ZLA zostało wystawione przez lekarza i powinno być widoczne na PUE ZUS.

Pilne sprawy: przelewy na ten tydzień są zatwierdzone w banku, zostały tylko faktury od Partner Logistik z terminem 15.12 – będą w KSeF. Gdyby coś się paliło, jestem pod telefonem, ale raczej mało mówię ;)

Pozdrawiam
Agnieszka Kołodziej
"""
BUSINESS.append(M(
    id="B-pl-sick", lang="pl", slug="zwolnienie-lekarskie-z-prywatnej-poczty",
    t=utc(2026, 12, 7, 7, 26, 18),
    frm=("Agnieszka Kołodziej", "a.kolodziej88@interia.pl"),
    to=[S["pl_mgr"].nm()], cc=[S["hr"].nm()],
    subject="Zwolnienie lekarskie do 11.12",
    transport=interia(client_ip="5.173.144.9"), mua="none", hdr_cs="iso-8859-2",
    body=plain(sick_txt, cs="iso-8859-2", cte="quoted-printable"),
    what="Polish accountant reports sick leave (e-ZLA via ZUS) from her private Interia address.",
    why="Private mail used only to report absence; no bank, payroll or credential request; consistent work details; sent via Interia's servers."))
