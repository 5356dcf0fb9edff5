"""Attack messages, Polish (22-26)."""
from util import *
from profiles import smtp_client, ses, mailgun
from profiles2 import custom
from lib import zipc
from lib.bank import fmt_iban
from company import IBAN, BIC, MID, EG_PL_NIP
import threads as TH


def a22():
    m = Msg("attack", 22, "pl", "ksef-nowe-faktury-logowanie",
            "KSeF lure: 'three new purchase invoices await acceptance in the National e-Invoice System - log in with "
            "Profil Zaufany or KSeF token', link to a look-alike login",
            "KSeF does not send e-mail notifications with login links and has no 'acceptance' step; domain "
            "ksef-podatki-gov.pl is not podatki.gov.pl; sent via Amazon SES; penalty threat. Timed with the 2026 "
            "mandatory KSeF roll-out.", pair="business 26")
    m.rcpt = "malgorzata.lukasik@example.com"
    m.t = T(2026, 10, 14, 8, 11, 36, "PL")
    c = m.ctx
    url = "https://ksef-podatki-gov.pl/web/logowanie?nip=%s&t=%s" % (EG_PL_NIP, c.hex(16))
    nip = "%s-%s-%s-%s" % (EG_PL_NIP[:3], EG_PL_NIP[3:6], EG_PL_NIP[6:8], EG_PL_NIP[8:])
    F = dict(frm=addr("Krajowy System e-Faktur", "powiadomienia@ksef-podatki-gov.pl"), to="malgorzata.lukasik@example.com",
             subject=hval("KSeF: 3 nowe faktury zakupowe oczekują na akceptację – Example Group Polska sp. z o.o.", "iso-8859-2", "Q"),
             t=m.t)
    ses(m, F, region="eu-central-1", host="e234-58", ip="69.169.234.58")
    text = """Szanowni Państwo,

w Krajowym Systemie e-Faktur (KSeF) zarejestrowano nowe faktury ustrukturyzowane wystawione na Państwa NIP %s:

1. FA/2026/10/0871 - Stocznia Jachtowa Bałtyk sp. z o.o. - 41 820,00 PLN
2. 318/10/2026 - Marina Service Hel s.c. - 6 150,00 PLN
3. FV/1044/2026 - PortBud sp. z o.o. - 12 546,60 PLN

Zgodnie z art. 106nd ustawy o VAT faktury wymagają akceptacji odbiorcy w ciągu 7 dni od daty udostępnienia. Brak akceptacji skutkuje wstrzymaniem prawa do odliczenia podatku naliczonego.

Aby przejrzeć i zaakceptować faktury, zaloguj się do Aplikacji Podatnika KSeF za pomocą Profilu Zaufanego, podpisu kwalifikowanego lub tokena:

%s

Wiadomość wygenerowana automatycznie. Prosimy nie odpowiadać.
Ministerstwo Finansów - Krajowa Administracja Skarbowa
""" % (nip, url)
    html = simple_html(text, "font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b")
    m.notes.append("URL " + url)
    m.notes.append("NIP %s (check digit valid)" % EG_PL_NIP)
    m.body = alt(m, text, html, "iso-8859-2", "quoted-printable", quote_cs=False)
    return m


def a23():
    m = Msg("attack", 23, "pl", "thread-hijack-partner-logistik-konto",
            "Thread hijack from the genuinely compromised accounting mailbox of Partner Logistik (Roundcube webmail at "
            "home.pl): reply to the real invoice FV/2026/10/1184 saying the PKO account is blocked by a tax audit and asking "
            "to pay to a new Alior Bank account",
            "Genuine mailbox and thread, but the webmail session comes from a Nigerian mobile IP; Reply-To points to "
            "partner-logistlk.pl (look-alike); bank change by e-mail with urgency; new account is not on the VAT 'biała "
            "lista' for the supplier's NIP - in Poland a strong fraud signal.", pair="business 22, 23")
    m.rcpt = "malgorzata.lukasik@example.com"
    m.t = T(2026, 11, 9, 7, 54, 20, "PL")
    c = m.ctx
    t = ago(m.t, 3)
    iban = IBAN["att_partner_pl"]
    F = dict(frm=addr("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl", "UTF-8", "Q"),
             to=staff("malgorzata.lukasik", "UTF-8", "Q"),
             reply_to="ksiegowosc@partner-logistlk.pl",
             subject=hval("Re: " + TH.PARTNER_INV_SUBJECT, "UTF-8", "Q"),
             t=t, tz="PL", env="ksiegowosc@partner-logistik.pl",
             irt=MID["partner_invoice"], refs=MID["partner_invoice"])
    smtp_client(m, F, relay="cloudserver094512.home.pl", relay_ip="79.96.184.77", out_helo="cloudserver094512.home.pl",
                client_helo="webmail.home.pl", client_rdns="localhost", client_ip="127.0.0.1",
                auth="ksiegowosc@partner-logistik.pl", mid="<%s@partner-logistik.pl>" % c.hex(32),
                order="roundcube", user_agent="Roundcube Webmail/1.6.10", relay_tz="PL",
                extra_hops=[("Received", "from [102.89.34.171] by webmail.home.pl\n\twith HTTP (HTTP/1.1 POST); %s" % fmt(ago(t, 1), "PL"))])
    text = """Dzień dobry Pani Małgorzato,

w nawiązaniu do poniższej faktury uprzejmie informujemy, że w związku z trwającą kontrolą podatkową nasz dotychczasowy rachunek w PKO BP został czasowo zablokowany. Do czasu zakończenia kontroli prosimy o dokonywanie wszystkich płatności na nasz rachunek pomocniczy:

Alior Bank S.A.
%s

Ponieważ termin płatności zbliża się, a musimy rozliczyć przewoźnika, prosimy o pilne przelanie kwoty 28 905,00 PLN najpóźniej do środy oraz o przesłanie potwierdzenia przelewu na ten adres.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.

W dniu 30.10.2026 o 14:02, Księgowość Partner Logistik napisał(a):
%s
""" % (fmt_iban(iban), "\n".join("> " + l if l else ">" for l in (TH.PARTNER_INV_BODY % fmt_iban(IBAN["partner"])).split("\n")))
    m.notes.append("IBAN %s (PL, mod-97 + sort-code check valid); original PKO IBAN %s" % (iban, IBAN["partner"]))
    m.notes.append("webmail client IP 102.89.34.171")
    m.body = Text(text, "plain", "UTF-8", "quoted-printable", quote_cs=False, extra_params=[("format", "flowed")])
    return m


def a24():
    m = Msg("attack", 24, "pl", "inpost-doplata-paczkomat",
            "Courier lure: 'InPost - your parcel does not fit the Paczkomat GDA14M, pay 1,99 zł surcharge' with a "
            "payment/card-harvesting link",
            "Domain inpost-paczkomaty.info (InPost uses inpost.pl), sent straight from a VPS with no rDNS; InPost does not "
            "charge surcharges by e-mail link; classic small-amount card phishing.", pair=None)
    m.rcpt = "pawel.wrobel@example.com"
    m.t = T(2026, 12, 3, 13, 27, 48, "PL")
    c = m.ctx
    t = ago(m.t, 1)
    url = "https://inpost-paczkomaty.info/doplata/%s" % c.alnum(10)
    custom(m, ("inpost-paczkomaty.info", "unknown", "94.156.64.12", "1.2"), "<noreply@inpost-paczkomaty.info>", [],
           [("Date", fmt(t, "PL")), ("From", addr("InPost", "noreply@inpost-paczkomaty.info")), ("To", "pawel.wrobel@example.com"),
            ("Subject", hval("Twoja paczka nie mieści się w Paczkomacie GDA14M – wymagana dopłata 1,99 zł", "windows-1250", "Q")),
            ("Message-ID", "<%s@inpost-paczkomaty.info>" % c.hex(24)), ("MIME-Version", "1.0"), ("MIME", None)])
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
<body style="font-family:Montserrat,Arial,sans-serif;background:#f3f3f3;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" style="background:#fff"><tr><td style="background:#ffcd00;padding:18px 24px;font-size:24px;font-weight:bold;color:#1d1d1b">InPost</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#1d1d1b;line-height:21px">
<p><b>Dzień dobry,</b></p>
<p>Twoja przesyłka nr <b>6209 4418 3071 2266 9182 04</b> nie zmieściła się w wybranym Paczkomacie <b>GDA14M</b> (Gdańsk, ul. Przemysłowa 8) ze względu na gabaryt.</p>
<p>Aby przesyłka została przekierowana do większej skrytki, prosimy o uregulowanie dopłaty w wysokości <b>1,99 zł</b> w ciągu 48 godzin. Po tym terminie paczka zostanie zwrócona do nadawcy.</p>
<p style="text-align:center;margin:26px 0"><a href="URL" style="background:#1d1d1b;color:#ffcd00;padding:12px 30px;text-decoration:none;font-weight:bold;border-radius:22px">Opłać dopłatę</a></p>
<p>Dziękujemy, że korzystasz z Paczkomatów InPost.</p>
<p style="font-size:11px;color:#777">InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków. Wiadomość wygenerowana automatycznie.</p>
</td></tr></table></td></tr></table></body></html>
""".replace("URL", url)
    m.notes.append("URL " + url)
    m.body = Text(html, "html", "windows-1250", "quoted-printable")
    return m


def a25():
    m = Msg("attack", 25, "pl", "faktura-korygujaca-zip-haslo",
            "Malware delivery: 'Agnieszka Nowak' sends a 'correcting invoice FK/2026/11/0087' as a password-protected ZIP "
            "(password in the mail) containing FK_2026_11_0087.pdf.lnk",
            "Domain stocznia-baltyk.com.pl instead of stocznia-baltyk.pl, sent from a Hetzner VPS; the real yard sends "
            "plain PDF invoices (business 24) and the invoice is in KSeF anyway; encrypted archive + .pdf.lnk double "
            "extension = loader.", pair="business 24")
    m.rcpt = "malgorzata.lukasik@example.com"
    m.t = T(2026, 11, 27, 10, 40, 2, "PL")
    c = m.ctx
    pw = "FK0087"
    m.zip_password = pw
    F = dict(frm=addr("Agnieszka Nowak", "a.nowak@stocznia-baltyk.com.pl"), to=staff("malgorzata.lukasik", "windows-1250", "Q"),
             subject=hval("Faktura korygująca FK/2026/11/0087 do FV/2026/10/0432", "windows-1250", "Q"),
             t=ago(m.t, 3), tz="PL", env="a.nowak@stocznia-baltyk.com.pl", lang="pl")
    smtp_client(m, F, relay="static.215.88.201.138.clients.your-server.de", relay_ip="138.201.88.215",
                out_helo="mail.stocznia-baltyk.com.pl", client_helo="[10.0.2.15]", client_rdns="unknown",
                client_ip="193.42.33.19", auth="a.nowak@stocznia-baltyk.com.pl", mailer="Microsoft Outlook 16.0",
                mid=c.outlook_imap_mid("stocznia-baltyk.com.pl"), relay_tz="PL")
    text = """Dzień dobry,

w załączeniu przesyłam fakturę korygującą nr FK/2026/11/0087 do faktury FV/2026/10/0432 (serwis zimowy jachtu "Mewa" - korekta stawki za dźwig i slip).

Ze względu na dane osobowe w załączniku plik jest zaszyfrowany.
Hasło do pliku: %s

Proszę o potwierdzenie otrzymania i zaksięgowanie korekty przed zamknięciem miesiąca.

Pozdrawiam
Agnieszka Nowak
Dział Rozliczeń
Stocznia Jachtowa Bałtyk sp. z o.o.
ul. Na Ostrowiu 15, 80-873 Gdańsk
""" % pw
    inner = "FK_2026_11_0087.pdf.lnk"
    z = zipc.zipcrypto_zip([(inner, b"INERT PLACEHOLDER - original was a Windows shortcut launching a PowerShell loader; removed.\n")],
                           pw, m.filename, dt=(2026, 11, 27, 10, 31, 54))
    m.notes.append("ZipCrypto password %s; member %s" % (pw, inner))
    m.body = Multipart("mixed", [
        Text(text, "plain", "windows-1250", "base64"),
        Attachment(z, "application/x-zip-compressed", "FK_2026_11_0087.zip")], m.boundary(),
        preamble="This is a multipart message in MIME format.")
    return m


def a26():
    m = Msg("attack", 26, "pl", "pko-ipko-biznes-kyc",
            "Bank phishing: 'PKO Bank Polski - iPKO biznes: confirm company data (KYC) by 30.11.2026 or electronic banking "
            "will be limited', link to a look-alike login",
            "Domain pkobp-biznes.net via Mailgun (PKO uses pkobp.pl); banks do not request KYC updates via e-mail links; "
            "restriction threat; generic salutation.", pair=None)
    m.rcpt = "pawel.wrobel@example.com"
    m.t = T(2026, 11, 20, 15, 3, 11, "PL")
    c = m.ctx
    url = "https://pkobp-biznes.net/ipkobiznes/weryfikacja?id=%s" % c.hex(20)
    F = dict(frm=addr("PKO Bank Polski", "powiadomienia@pkobp-biznes.net"), to="pawel.wrobel@example.com",
             subject=hval("iPKO biznes: wymagane potwierdzenie danych firmy do 30.11.2026", "iso-8859-2", "B"),
             t=m.t, from_domain="pkobp-biznes.net", env_local="powiadomienia")
    mailgun(m, F, ip="159.135.228.43", host="m228-43.mailgun.net")
    text = """Szanowni Państwo,

zgodnie z ustawą o przeciwdziałaniu praniu pieniędzy oraz finansowaniu terroryzmu bank ma obowiązek okresowej weryfikacji danych klientów instytucjonalnych.

Prosimy o potwierdzenie danych firmy Example Group Polska sp. z o.o. oraz danych osób uprawnionych do reprezentacji w serwisie iPKO biznes w terminie do 30.11.2026:

%s

Po tym terminie dostęp do zleceń przelewów w serwisie iPKO biznes zostanie ograniczony do czasu wizyty w oddziale.

Z poważaniem
PKO Bank Polski S.A.
Obsługa Klienta Korporacyjnego
""" % url
    html = simple_html(text, "font-family:Arial,sans-serif;font-size:14px;color:#000")
    m.notes.append("URL " + url)
    m.body = alt(m, text, html, "iso-8859-2", "base64", quote_cs=False)
    return m


BUILDERS = [a22, a23, a24, a25, a26]
