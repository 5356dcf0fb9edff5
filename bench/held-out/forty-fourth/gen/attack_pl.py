"""Polish attack messages (5)."""

import ids
import org
import pdf
from core import mail, Text, Bin, Multi
from infra import Client, Hosted, ESP, EXO
from mime import HStyle
from org import S, A

U = HStyle("utf-8", "Q")
W1250 = HStyle("windows-1250", "Q", quote_names=True)
NIP_EG = ids.pl_nip("779243185")


# 22 ---------------------------------------------------------------------
def partner_rachunek():
    new = ids.iban_pl("114", "2004", "0000330212874561")
    old = org.BANK["partner"]
    body = """Szanowni Państwo,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę, od dnia 1 grudnia 2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. prosimy kierować wyłącznie na nowy rachunek bankowy:

Partner Logistik sp. z o.o.
mBank S.A.
%s

Nowy rachunek został zgłoszony do Urzędu Skarbowego i jest widoczny w Wykazie podatników VAT (tzw. biała lista). Dotychczasowy rachunek w Santander Bank Polska (%s) zostanie zamknięty z dniem 15.12.2026 r.

Płatność za fakturę FV/1187/11/2026 (usługi magazynowe i dystrybucja – listopad, 48 216,30 zł brutto) prosimy zrealizować już na nowy rachunek, w mechanizmie podzielonej płatności.

Prosimy o aktualizację danych w Państwa systemie księgowym oraz krótkie potwierdzenie zwrotne.

Z poważaniem

Dział Księgowości
Partner Logistik sp. z o.o.
ul. Rabowicka 15, 62-020 Swarzędz
""" % (ids.pl_nrb(new), ids.pl_nrb(old))
    route = Hosted("s41.cyber-folks.pl", "s41.cyber-folks.pl", "185.253.212.41", mta="postfix",
                   origin=("[192.168.1.101]", "unknown", "31.6.13.172"), by="s41.cyber-folks.pl")
    cl = Client("outlook", domain="partner-logistik.com.pl", hstyle=W1250, mailer="Microsoft Outlook 16.0")
    return mail(kind="attack", lang="pl", slug="partner-logistik-zmiana-rachunku-lookalike",
                t="2026-11-27 12:41:09", rcpt=A("pl_acc"), route=route, client=cl,
                frm=("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.com.pl"),
                to=[S["pl_acc"]],
                subject="Zmiana rachunku bankowego - Partner Logistik sp. z o.o.",
                body=Multi("alternative", [
                    Text(body, charset="windows-1250", cte="quoted-printable"),
                    Text(org.to_html_outlook(body, lang="PL"), "html", charset="windows-1250",
                         cte="quoted-printable")]),
                what="Logistics-partner bank-detail change from a look-alike domain, asking to pay the "
                     "November invoice (PLN 48,216.30) to a 'new' mBank account said to be on the VAT white list.",
                why="Domain partner-logistik.com.pl instead of partner-logistik.pl, hosted on cyber_Folks "
                    "shared hosting; invokes the VAT white list to appear verified (the account is not the "
                    "one on the list); no signed letter, no call-back; the genuine invoice (business 22) "
                    "names the Santander account.")


# 23 ---------------------------------------------------------------------
def ksef_token():
    link = "https://ksef-podatki.pl/web/uwierzytelnienie?nip=%s&ref=T-2026-88417" % NIP_EG
    txt = """Krajowy System e-Faktur (KSeF)

Szanowni Państwo,

informujemy, że token uwierzytelniający KSeF wygenerowany dla podmiotu:

Example Group Polska sp. z o.o.
NIP: %s

wygaśnie w dniu 30.11.2026 r. Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych za pośrednictwem Państwa systemu finansowo-księgowego nie będzie możliwe, a faktury przesłane poza KSeF nie zostaną uznane za wystawione.

Aby zachować ciągłość fakturowania, prosimy o ponowne uwierzytelnienie za pomocą profilu zaufanego, podpisu kwalifikowanego lub danych do bankowości elektronicznej:

%s

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
Ministerstwo Finansów
""" % (ids.fmt_nip(NIP_EG), link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Lato,Arial,sans-serif;font-size:15px;color:#1b1b1b">
<div style="border-bottom:3px solid #d4213d;padding:12px 0;font-size:20px;font-weight:bold">Krajowy System e-Faktur</div>
<p>Szanowni Państwo,</p>
<p>informujemy, że token uwierzytelniający KSeF wygenerowany dla podmiotu:<br>
<b>Example Group Polska sp. z o.o.</b><br>NIP: <b>%s</b></p>
<p><b>wygaśnie w dniu 30.11.2026 r.</b> Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych
za pośrednictwem Państwa systemu finansowo-księgowego nie będzie możliwe, a faktury przesłane poza KSeF nie
zostaną uznane za wystawione.</p>
<p>Aby zachować ciągłość fakturowania, prosimy o ponowne uwierzytelnienie za pomocą profilu zaufanego,
podpisu kwalifikowanego lub danych do bankowości elektronicznej.</p>
<p><a href="%s" style="background:#d4213d;color:#fff;padding:10px 22px;text-decoration:none">Odnów token KSeF</a></p>
<p style="font-size:12px;color:#666">Wiadomość wygenerowana automatycznie &ndash; prosimy na nią nie odpowiadać.<br>
Ministerstwo Finansów</p></body></html>
""" % (ids.fmt_nip(NIP_EG), link)
    route = ESP("ses", zone="UTC")
    cl = Client("ses", hstyle=U)
    return mail(kind="attack", lang="pl", slug="ksef-token-wygasa-ses",
                t="2026-11-23 08:22:41", rcpt=A("pl_acc"), route=route, client=cl,
                env_from="0102019b5c2e1f7a-51e0c4aa-3b7d-4e1f-a0c9-77e2d4b8f1a3-000000@eu-west-1.amazonses.com",
                frm=("Krajowy System e-Faktur", "powiadomienia@ksef-podatki.pl"), to=[("", A("pl_acc"))],
                subject="KSeF: wygaśnięcie tokenu uwierzytelniającego - wymagane ponowne uwierzytelnienie",
                body=Multi("alternative", [Text(txt, charset="UTF-8", cte="quoted-printable"),
                                           Text(html, "html", charset="UTF-8", cte="quoted-printable")]),
                what="E-invoicing phishing: 'KSeF token expires', re-authenticate with trusted profile, "
                     "qualified signature or online-banking credentials.",
                why="The Ministry of Finance does not e-mail token expiry links; domain ksef-podatki.pl is "
                    "not podatki.gov.pl/ksef.mf.gov.pl; sent via Amazon SES; asks for banking login as "
                    "an authentication method; deadline.")


# 24 ---------------------------------------------------------------------
def dpd_doplata():
    link = "https://dpd-pl.doplata-przesylki.com/p/0000118744219U"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#414042">
<table width="580" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#dc0032;color:#fff;font-size:26px;font-weight:bold;padding:14px 20px">dpd</td></tr>
<tr><td style="padding:20px">
<p>Dzień dobry,</p>
<p>Twoja przesyłka nr <b>0000 1187 4421 9U</b> od nadawcy <b>HÄFELE POLSKA SP. Z O.O.</b> została wstrzymana
w oddziale DPD Poznań (Komorniki) z powodu nieuregulowanej dopłaty za ponadgabarytowy wymiar paczki.</p>
<p>Kwota do zapłaty: <b>1,49 zł</b></p>
<p>Jeśli dopłata nie zostanie uregulowana w ciągu 48 godzin, przesyłka zostanie zwrócona do nadawcy.</p>
<p style="text-align:center"><a href="%s" style="background:#dc0032;color:#fff;padding:11px 30px;
text-decoration:none;border-radius:20px">Opłać i zaplanuj doręczenie</a></p>
<p>Pozdrawiamy<br>Zespół DPD Polska</p></td></tr></table></body></html>
""" % link
    txt = """Dzień dobry,

Twoja przesyłka nr 0000 1187 4421 9U od nadawcy HÄFELE POLSKA SP. Z O.O. została wstrzymana w oddziale DPD Poznań (Komorniki) z powodu nieuregulowanej dopłaty za ponadgabarytowy wymiar paczki.

Kwota do zapłaty: 1,49 zł

Jeśli dopłata nie zostanie uregulowana w ciągu 48 godzin, przesyłka zostanie zwrócona do nadawcy.

Opłać i zaplanuj doręczenie: %s

Pozdrawiamy
Zespół DPD Polska
""" % link
    route = Hosted("mail.dpd-pl-powiadomienia.com", "unknown", "164.92.181.57", mta="postfix",
                   origin=("localhost", "localhost", "127.0.0.1"), by="mail.dpd-pl-powiadomienia.com")
    cl = Client("phpmailer", domain="dpd-pl-powiadomienia.com", hstyle=HStyle("iso-8859-2", "B"),
                mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
    return mail(kind="attack", lang="pl", slug="dpd-doplata-karta",
                t="2026-12-02 10:11:27", rcpt=A("pl_proc"), route=route, client=cl,
                frm=("DPD Polska", "powiadomienia@dpd-pl-powiadomienia.com"), to=[("", A("pl_proc"))],
                subject="Przesyłka 0000 1187 4421 9U wstrzymana - dopłata 1,49 zł",
                body=Multi("alternative", [Text(txt, charset="iso-8859-2", cte="quoted-printable"),
                                           Text(html, "html", charset="iso-8859-2", cte="base64")]),
                what="Courier phishing: DPD parcel from a real fittings supplier 'held' for a PLN 1.49 "
                     "surcharge; the payment page harvests card data and 3-D Secure codes.",
                why="Look-alike dpd-pl-powiadomienia.com on a DigitalOcean VPS without reverse DNS "
                    "(HELO ≠ rDNS 'unknown'); tiny surcharge + 48 h return threat is the standard card-"
                    "phishing pattern; DPD Polska does not collect surcharges through such links.")


# 25 ---------------------------------------------------------------------
def teams_quickassist():
    body = """Dzień dobry Panie Krzysztofie,

w ciągu ostatnich dwóch godzin nasz system odnotował na Pana skrzynce pocztowej ponad 1 200 wiadomości typu spam (atak typu „e-mail bombing”). Aby zablokować dalsze wiadomości i wdrożyć dodatkowy filtr na Pana koncie, konieczna jest krótka zdalna sesja serwisowa.

Nasz technik skontaktuje się z Panem dziś między 14:00 a 15:00 przez Microsoft Teams (konto „IT Help Desk – Example Group”). Prosimy:

1. przyjąć połączenie w Teams,
2. uruchomić na komputerze aplikację Szybka pomoc (Quick Assist) – Win + Ctrl + Q,
3. wpisać 6-cyfrowy kod bezpieczeństwa, który poda technik, i zaakceptować udostępnianie ekranu.

Prosimy nie wyłączać komputera i nie usuwać otrzymanych wiadomości spamowych do czasu zakończenia sesji – są potrzebne do konfiguracji filtra.

Numer zgłoszenia: INC0048871

Pozdrawiamy
Service Desk IT
Example Group
"""
    route = EXO("itsupport-egpl.onmicrosoft.com", region="EUR3", zone="CET")
    cl = Client("outlook-exo", hstyle=U)
    return mail(kind="attack", lang="pl", slug="teams-helpdesk-quick-assist",
                t="2026-10-21 13:18:50", rcpt=A("pl_mgr"), route=route, client=cl, date_zone="UTC",
                frm=("IT Help Desk - Example Group", "servicedesk@itsupportegpl.onmicrosoft.com"),
                to=[S["pl_mgr"]],
                subject="INC0048871: blokada spamu na Pana skrzynce - kontakt przez Microsoft Teams",
                body=Multi("alternative", [
                    Text(body, charset="utf-8", cte="base64"),
                    Text(org.to_html_outlook(body, font="Aptos", lang="PL"), "html", charset="utf-8",
                         cte="base64")]),
                what="Remote-access vishing pretext after an e-mail bomb: 'IT Help Desk' announces a "
                     "Teams call and asks the plant manager to start Quick Assist and share the screen.",
                why="External Microsoft 365 trial tenant (*.onmicrosoft.com) posing as internal IT; "
                    "internal IT never initiates Quick Assist sessions and announces support via the "
                    "relay (business 25); matches the Storm-1811/Black Basta help-desk playbook.")


# 26 ---------------------------------------------------------------------
def transeu():
    link = "https://platform.trans-eu-logowanie.com/login?redirect=%2Fexchange%2Foffers&tid=1187442-1"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#2b2b2b;background:#f2f4f7">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px">
<tr><td style="padding:20px 28px;font-size:24px;font-weight:bold;color:#0a58ca">Trans.eu</td></tr>
<tr><td style="padding:0 28px 24px 28px">
<p>Dzień dobry,</p>
<p>wykryliśmy logowanie do Twojego konta Trans ID <b>1187442-1</b> (Example Group Polska sp. z o.o.)
z nowego urządzenia w lokalizacji <b>Mińsk, Białoruś</b>. Ze względów bezpieczeństwa dostęp do giełdy
ładunków, ofert i wiadomości został tymczasowo zablokowany.</p>
<p>Aby odblokować konto i zachować dostęp do zapisanych przewoźników, zweryfikuj swoje dane logowania
w ciągu 24 godzin:</p>
<p style="text-align:center"><a href="%s" style="background:#0a58ca;color:#fff;padding:11px 28px;
text-decoration:none;border-radius:4px">Zweryfikuj konto</a></p>
<p>Jeśli to Ty logowałeś się z tego urządzenia, możesz zignorować tę wiadomość po weryfikacji.</p>
<p>Zespół bezpieczeństwa Trans.eu</p></td></tr></table></body></html>
""" % link
    txt = """Dzień dobry,

wykryliśmy logowanie do Twojego konta Trans ID 1187442-1 (Example Group Polska sp. z o.o.) z nowego urządzenia w lokalizacji Mińsk, Białoruś. Ze względów bezpieczeństwa dostęp do giełdy ładunków, ofert i wiadomości został tymczasowo zablokowany.

Aby odblokować konto, zweryfikuj swoje dane logowania w ciągu 24 godzin:
%s

Zespół bezpieczeństwa Trans.eu
""" % link
    route = ESP("mailgun", zone="UTC")
    cl = Client("mailgun", domain="mg.trans-eu-logowanie.com", hstyle=U)
    return mail(kind="attack", lang="pl", slug="trans-eu-gielda-blokada-konta",
                t="2026-10-08 07:35:14", rcpt=A("pl_proc"), route=route, client=cl,
                env_from="bounce+8d2a71.4c09e-pawel.grabowski=example.com@mg.trans-eu-logowanie.com",
                frm=("Trans.eu", "bezpieczenstwo@mg.trans-eu-logowanie.com"), to=[("", A("pl_proc"))],
                subject="Twoje konto Trans ID zostało tymczasowo zablokowane",
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="quoted-printable"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                what="Trade-specific credential phishing for the Trans.eu freight exchange (used to book "
                     "carriers); stolen accounts are used for fake transport orders and cargo theft.",
                why="Not from trans.eu but from a look-alike on Mailgun; 'login from Minsk' fear plus "
                    "24-hour lockout; credentials for a freight exchange are a known cargo-theft target.")


MESSAGES = [partner_rachunek, ksef_token, dpd_doplata, teams_quickassist, transeu]
