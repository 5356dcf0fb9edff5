"""Polish attack messages 22-26."""
import base64

from lib import *
import facts as F


def m22():
    slug = "thread-hijack-partner-logistik-konto"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 5, 13, 54, 37)
    snd = "ksiegowosc@partner-logistik.pl"
    rcpt = S("pl_acc")[1]
    p = infra.roundcube(r, t, snd, rcpt, dict(kind="homepl", helo="webmail.home.pl"), "79.96.170.2")
    p.hops.append("from 102.89.34.117 by webmail.home.pl with HTTP (Roundcube Webmail);\n\t%s" % rfcdate(plus(t, -1), "CET"))
    t_prev1 = local("CET", 2026, 11, 3, 9, 20, 11)
    t_prev2 = local("CET", 2026, 11, 3, 14, 2, 45)
    mid1 = prev_mid("exchange_internal", slug + "1", t_prev1, rcpt, lang="pl-PL")
    mid2 = prev_mid("outlook_classic", slug + "2", t_prev2, snd, relay=dict(kind="homepl"))
    text = """Dzień dobry Pani Małgorzato,

dziękujemy za potwierdzenie salda.

Uprzejmie informujemy, że w związku z audytem i zmianą banku obsługującego spółkę, od dnia 01.11.2026 prosimy o dokonywanie wszystkich płatności wyłącznie na nowy rachunek:

Partner Logistik sp. z o.o.
Nest Bank S.A.
%s

Rachunek zostanie zgłoszony do wykazu podatników VAT (biała lista) w ciągu kilku dni roboczych - prosimy nie wstrzymywać z tego powodu płatności. Dotychczasowy rachunek w ING zostanie zamknięty.

Prosimy o pilne uregulowanie zaległych faktur FV/2026/10/0412 oraz FV/2026/10/0438 (łącznie 48 612,90 zł) do piątku 06.11.2026. Prosimy o przesłanie potwierdzenia przelewu w odpowiedzi na tę wiadomość.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Karmelkowa 29, 52-437 Wrocław

W dniu 03.11.2026 o 14:02, Księgowość Partner Logistik napisał(a):
> Dzień dobry,
> saldo na dzień 31.10.2026 zgodne, w załączeniu zestawienie.
> Pozdrawiamy
> Dział Księgowości
>
> W dniu 03.11.2026 o 09:20, Małgorzata Wójcik napisał(a):
>> Dzień dobry,
>> w związku z zamknięciem miesiąca proszę o potwierdzenie salda
>> na 31.10.2026: FV/2026/10/0412 (31 426,50 zł) i FV/2026/10/0438
>> (17 186,40 zł), razem 48 612,90 zł.
>> Pozdrawiam
>> Małgorzata Wójcik
>> Główna Księgowa, Example Group Polska sp. z o.o.""" % iban_fmt(F.PARTNER_IBAN_FRAUD)
    html = html_thunderbird(text, "UTF-8")
    body = alt(p, text, html, "UTF-8", "quoted-printable")
    return Mail(22, "pl", slug, A, p, ("Księgowość Partner Logistik", snd), [S("pl_acc")],
                "Re: Potwierdzenie salda na 31.10.2026", body,
                reply_to=("Księgowość Partner Logistik", "ksiegowosc@partner-logistlk.pl"),
                in_reply_to=mid2, references="%s\n %s" % (mid1, mid2),
                what="Thread hijack from the genuinely compromised mailbox ksiegowosc@partner-logistik.pl (webmail session from a Nigerian IP): in a real balance-confirmation thread, 'new bank account' and pay two invoices by Friday; Reply-To points to look-alike partner-logistlk.pl.",
                why="Reply-To diverted to a look-alike (l→I-like 'logistlk'), account change inside an unrelated thread, new account admittedly not on the VAT white list (paying >15,000 PLN to such an account breaks Polish tax rules), Nest Bank instead of the known ING account, deadline and request for transfer confirmation; webmail login from an unrelated foreign IP.")


def m23():
    slug = "ksef-token-phishing"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 10, 7, 12, 40)
    snd = "powiadomienia@ksef-mf-gov.pl"
    rcpt = S("pl_acc")[1]
    p = infra.sendgrid(r, t, snd, rcpt, "em2281.ksef-mf-gov.pl")
    url = "https://ksef.mf-gov-pl.eu/web/logowanie?nip=%s&sid=%s" % (F.EG_PL_NIP, hexs(r, 20))
    text = """Krajowy System e-Faktur (KSeF)
Ministerstwo Finansów

Szanowni Państwo,

w Krajowym Systemie e-Faktur oczekują 4 nieodebrane faktury ustrukturyzowane wystawione na NIP %s (EXAMPLE GROUP POLSKA SP. Z O.O.).

Token uwierzytelniający przypisany do Państwa kontekstu wygasa 12.11.2026. Po tym terminie dostęp do faktur zakupowych w KSeF zostanie zablokowany do czasu ponownej weryfikacji uprawnień.

Aby zachować dostęp, prosimy o zalogowanie się i ponowne uwierzytelnienie za pomocą profilu zaufanego, e-dowodu lub kwalifikowanego podpisu elektronicznego:

%s

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.

Ministerstwo Finansów
ul. Świętokrzyska 12, 00-916 Warszawa""" % (F.EG_PL_NIP, url)
    html = """<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f0f2f5;font-family:Lato,Arial,sans-serif;color:#1b1b1b">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px auto">
<tr><td style="padding:20px 28px;border-bottom:3px solid #d4213d"><b style="font-size:18px">Krajowy System e-Faktur</b><br><span style="font-size:12px;color:#555">Ministerstwo Finansów</span></td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:1.55">
<p>Szanowni Państwo,</p>
<p>w Krajowym Systemie e-Faktur oczekują <b>4 nieodebrane faktury ustrukturyzowane</b> wystawione na NIP <b>%s</b> (EXAMPLE GROUP POLSKA SP. Z O.O.).</p>
<p>Token uwierzytelniający przypisany do Państwa kontekstu <b>wygasa 12.11.2026</b>. Po tym terminie dostęp do faktur zakupowych w KSeF zostanie zablokowany do czasu ponownej weryfikacji uprawnień.</p>
<p>Aby zachować dostęp, prosimy o zalogowanie się i ponowne uwierzytelnienie za pomocą profilu zaufanego, e-dowodu lub kwalifikowanego podpisu elektronicznego.</p>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#d4213d;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">Zaloguj się do KSeF</a></p>
<p style="font-size:12px;color:#777">Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.<br>Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa</p>
</td></tr></table>
<img src="https://u22813.ct.sendgrid.net/wf/open?upn=%s" alt="" width="1" height="1" border="0">
</body></html>
""" % (F.EG_PL_NIP, url, alnum(r, 60))
    body = alt(p, text, html, "utf-8", "quoted-printable")
    return Mail(23, "pl", slug, A, p, ("KSeF - Ministerstwo Finansów", snd), [S("pl_acc")],
                "KSeF: 4 nieodebrane faktury - token wygasa 12.11.2026", body,
                what="E-invoicing credential phishing: fake KSeF (Polish national e-invoice system) notice via SendGrid from ksef-mf-gov.pl: 'token expires, log in with Profil Zaufany'.",
                why="KSeF runs on ksef.mf.gov.pl / podatki.gov.pl and does not mail login links about 'unreceived invoices'; the link goes to mf-gov-pl.eu; targets Profil Zaufany / qualified-signature credentials of the chief accountant; blocking threat and deadline; bulk-ESP sender on a look-alike domain.")


def m24():
    slug = "inpost-doplata-blik"
    r = rng_for(slug)
    t = local("CET", 2026, 10, 14, 18, 33, 2)
    snd = "powiadomienia@inpost-paczkomaty.com.pl"
    rcpt = S("pl_sales")[1]
    p = infra.vps(r, t, snd, rcpt, "mail.inpost-paczkomaty.com.pl", None, "194.26.192.77", mailer="phpmailer")
    num = "6230 1876 5523 4480 1932 11"
    url = "https://inpost-pl.odbior-paczki.com/platnosc/?p=%s" % num.replace(" ", "")
    text = """InPost

Twoja paczka nr %s czeka na odbiór.

Z powodu niepełnych danych adresowych przesyłka została przekierowana do Paczkomatu WRO16M (ul. Strzegomska 138A, Wrocław).

Aby odebrać paczkę w ciągu 48 godzin, należy uiścić dopłatę w wysokości 1,49 zł za przekierowanie. Po tym czasie paczka zostanie zwrócona do nadawcy.

Zapłać BLIK-iem i odbierz paczkę:
%s

Dziękujemy, że korzystasz z InPost.
InPost sp. z o.o., ul. Pana Tadeusza 4, 30-727 Kraków""" % (num, url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Montserrat,Arial,sans-serif;background:#f5f5f5;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ffcd00;padding:18px 26px;font-size:26px;font-weight:bold;color:#1d1d1b">InPost</td></tr>
<tr><td style="padding:26px;font-size:15px;color:#1d1d1b;line-height:1.5">
<p><b>Twoja paczka nr %s czeka na odbiór.</b></p>
<p>Z powodu niepełnych danych adresowych przesyłka została przekierowana do Paczkomatu <b>WRO16M</b> (ul. Strzegomska 138A, Wrocław).</p>
<p>Aby odebrać paczkę w ciągu <b>48 godzin</b>, należy uiścić dopłatę w wysokości <b>1,49 zł</b> za przekierowanie. Po tym czasie paczka zostanie zwrócona do nadawcy.</p>
<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#1d1d1b;color:#ffcd00;padding:13px 28px;text-decoration:none;font-weight:bold">Zapłać BLIK-iem</a></p>
<p style="font-size:12px;color:#777">Dziękujemy, że korzystasz z InPost.<br>InPost sp. z o.o., ul. Pana Tadeusza 4, 30-727 Kraków</p>
</td></tr></table></body></html>
""" % (num, url)
    body = alt(p, text, html, "iso-8859-2", "quoted-printable")
    return Mail(24, "pl", slug, A, p, ("InPost", snd), [S("pl_sales")],
                "Twoja paczka czeka w Paczkomacie - wymagana dopłata 1,49 zł", body,
                what="Courier small-fee phishing: fake InPost notice from inpost-paczkomaty.com.pl (VPS without rDNS, PHPMailer): parcel redirected, pay 1.49 PLN by BLIK within 48 h.",
                why="InPost mails from inpost.pl and never charges redirect fees by link; payment page odbior-paczki.com captures BLIK codes / card data; small amount plus 48-hour return threat; sender host has no reverse DNS.")


def m25():
    slug = "ceo-whatsapp-pretext-gmail"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 23, 11, 18, 55)
    snd = "pawel.kowalczyk.wroclaw@gmail.com"
    rcpt = S("pl_acc")[1]
    p = infra.gmail(r, t, snd, rcpt, client="mobile")
    text = """Pani Małgosiu,

czy jest Pani teraz przy komputerze? Jestem na spotkaniu z wykonawcą w MPWiK i nie mogę rozmawiać przez telefon.

Mam pilną i poufną sprawę, którą musimy dziś załatwić. Proszę podać mi swój numer WhatsApp, napiszę tam szczegóły.

Proszę na razie nikomu o tym nie wspominać.

Paweł Kowalczyk"""
    body = alt(p, text, html_gmail(text), "UTF-8", "quoted-printable")
    return Mail(25, "pl", slug, A, p, ("Paweł Kowalczyk", snd), [S("pl_acc")], "Pilne", body,
                what="CEO-fraud opener: the Polish office manager's name on a Gmail address asks the chief accountant for her WhatsApp number for an 'urgent and confidential matter'.",
                why="Staff display name on a free mailer, unreachable by phone, secrecy, moves the conversation to WhatsApp where the payment request follows outside e-mail controls; contrast with the genuine internal request (business 26).")


def m26():
    slug = "zus-pue-html-zalacznik"
    r = rng_for(slug)
    t = local("CET", 2026, 12, 3, 9, 27, 18)
    snd = "powiadomienia@zus-pue.com.pl"
    rcpt = S("pl_acc")[1]
    p = infra.vps(r, t, snd, rcpt, "s57.cyber-folks.pl", "s57.cyber-folks.pl", "195.78.66.57", mailer="phpmailer",
                  own_hop=False)
    p.hops = ["from [185.244.214.9] (port=60412 helo=[127.0.0.1])\n\tby s57.cyber-folks.pl with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <powiadomienia@zus-pue.com.pl>)\n\tid 1tRgKx-00GhT2-1q\n\tfor malgorzata.wojcik@example.com;\n\t%s" % rfcdate(t, "CET")]
    text = """Zakład Ubezpieczeń Społecznych
Oddział we Wrocławiu

Płatnik: EXAMPLE GROUP POLSKA SP. Z O.O.
NIP: %s

Zakład Ubezpieczeń Społecznych informuje, że na koncie płatnika składek stwierdzono zaległość z tytułu nieopłaconych składek za okres 10/2026 w łącznej kwocie 18 742,16 zł.

Szczegóły zawiadomienia oraz numer rachunku do wpłaty znajdują się w załączonym dokumencie. Aby zapoznać się z dokumentem, należy zalogować się do Platformy Usług Elektronicznych (PUE/eZUS).

Nieuregulowanie należności w terminie 7 dni od doręczenia zawiadomienia skutkuje wszczęciem postępowania egzekucyjnego.

Z poważaniem
Zakład Ubezpieczeń Społecznych""" % F.EG_PL_NIP
    page = attach.login_page("pl", "eZUS - Platforma Usług Elektronicznych", "Zawiadomienie o zaległości nr 2026/12/WR/044817 (PDF)", rcpt,
                             "https://ezus-pue.zus-logowanie.com/portal/login.npi", hidden={"doc": "044817"},
                             logo_text="ZUS · eZUS", heading="Logowanie do eZUS",
                             note="Dokument jest dostępny po zalogowaniu na koncie płatnika. Zaloguj się loginem i hasłem do eZUS lub kontem bankowym.",
                             button="Zaloguj", pw_label="Hasło")
    body = mixed(p, Text(text, "plain", "windows-1250", "quoted-printable"),
                 [att(p, page.encode("utf-8"), "Zawiadomienie_ZUS_2026-12-03.html", "text/html")])
    return Mail(26, "pl", slug, A, p, ("ZUS - Platforma Usług Elektronicznych", snd), [S("pl_acc")],
                "Zawiadomienie o zaległości w opłacaniu składek - płatnik NIP " + F.EG_PL_NIP, body,
                what="Social-insurance (ZUS) credential phishing: 'notice of arrears' with an HTML attachment that is a fake eZUS login form, sent from a compromised cyber-folks shared host on look-alike zus-pue.com.pl.",
                why="ZUS delivers letters to the payer's PUE inbox or by post, never as HTML attachments; the form posts login and password to zus-logowanie.com; enforcement threat; sender domain is not zus.pl; submission from an unrelated IP via cPanel/Exim.")


def build():
    return [m22(), m23(), m24(), m25(), m26()]
