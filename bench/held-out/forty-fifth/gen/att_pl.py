"""Attack messages, Polish (22-26)."""
import systems as S
import facts as FX
from kit import (compose, alt, text_to_html, html_escape, make, Text, Multi, st, png_att, qr_png,
                 zip_att, hexid, alnum, uuid_of, rfc, plus)

LANG = "pl"


def _zoho_hops(ctx):
    return ("from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%03d%d.%d; %s"
            % (int(ctx.t.timestamp()), int(hexid(ctx.key, 3), 16) % 1000, int(hexid(ctx.key + "a", 3), 16) % 900 + 100,
               int(hexid(ctx.key + "b", 8), 16), rfc(plus(ctx.t, 1), "PL", True)))


ZOHO = S.Custom(
    client=("sender4-op-o12.zoho.eu", "sender4-op-o12.zoho.eu", "136.143.169.12", "1.3-256"),
    hops=[_zoho_hops],
    msgid=lambda ctx: "<%x.%s.%d@partner-logistik.com.pl>" % (int(ctx.t.timestamp() * 1000), hexid(ctx.key, 14),
                                                           int(hexid(ctx.key + "n", 15), 16)),
    headers=[("Importance", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")],
    boundary="----=_Part_%s", style="generic", zone="PL")
BREVO_PL = S.Brevo(rdns="smtp-relay.sendinblue.com", ip="77.32.148.26")
HETZNER = S.SMTPHost("exim-local", S.PHPMailer("pkobp-biznes-info.pl", version="6.8.1"), "mail.pkobp-biznes-info.pl",
                     "88.198.45.17", rdns="static.17.45.198.88.clients.your-server.de", local_user="www-data",
                     zone="PL", delay=3)
HOMEPL_HACKED = S.SMTPHost("homepl", S.OutlookSMTP(lang="pl"), "cloudserver2231874.home.pl", "79.96.170.112",
                           user_ip="91.92.247.19", zone="PL")
OUTLOOK_PL = S.OutlookCom(host="DU0P191MB2043", region="EURP191", lang="pl-PL", zone="PL",
                          obe=("EUR05-DB8-obe.outbound.protection.outlook.com",
                               "mail-db8eur05olkn2077.outbound.protection.outlook.com", "40.92.89.77"))


def a22():
    text = """Dzień dobry Panie Pawle,

uprzejmie informuję, że w związku z przeniesieniem obsługi bankowej naszej spółki z mBanku do Santander Bank Polska od 1 listopada 2026 r. zmienia się nasz rachunek rozliczeniowy. Prosimy o dokonywanie wszystkich płatności na poniższy rachunek:

Partner Logistik sp. z o.o.
Santander Bank Polska S.A.
%s

Nowy rachunek został już zgłoszony do Wykazu podatników VAT (tzw. białej listy). Aktualizacja wykazu Ministerstwa Finansów może potrwać kilka dni roboczych, dlatego prosimy nie wstrzymywać z tego powodu płatności - potwierdzenie zgłoszenia prześlemy w przyszłym tygodniu.

Jednocześnie prosimy o uregulowanie na nowy rachunek faktur FV/2026/10/0412 (38 745,00 zł) oraz FV/2026/10/0433 (12 915,00 zł), których terminy płatności upływają 30.10 i 03.11.

Proszę o krótkie potwierdzenie mailowe wprowadzenia zmiany.

Z poważaniem
Tadeusz Zieliński
Key Account Manager
Partner Logistik sp. z o.o.
ul. Bałtycka 18, 61-013 Poznań
tel. +48 61 842 37 90""" % FX.F(FX.PL_IBAN_FRAUD)
    html = '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>' + \
        "<br>".join(html_escape(x) for x in text.split("\n")) + "</div></div><br>\n"
    c = compose(ZOHO, key="a-pl-22", frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.com.pl"),
                to=[st("pl_acc")], cc=[("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.com.pl")],
                subject="Zmiana rachunku bankowego - Partner Logistik sp. z o.o.", when="2026-10-29 13:18:44",
                body=lambda b: alt(b, text, html, "UTF-8"))
    return make(LANG, "partner-logistik-rachunek-lookalike", c,
                "Bank-detail change from a look-alike of the logistics partner: 'Tadeusz Zieliński' announces a new Santander account and asks for two invoices (PLN 51,660) to be paid there.",
                "Domain partner-logistik.com.pl instead of partner-logistik.pl, hosted on Zoho (the real company uses Google Workspace), pre-empts the VAT white-list check that would show the account is not registered to Partner Logistik, deadline, confirmation by e-mail only; compare the genuine reminder (business 23).")


def a23():
    link = "https://ksef-podatki.pl/aplikacja-podatnika/logowanie?nip=%s&t=%s" % (FX.EG_PL_NIP, hexid("a-pl-23", 16))
    track = "https://r.sp1-brevo.net/mk/cl/f/sh/" + alnum("a-pl-23-l", 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    text = """Szanowni Państwo,

informujemy, że w dniu 16.11.2026 r. trzy faktury ustrukturyzowane wystawione przez podmiot o numerze NIP %s (EXAMPLE GROUP POLSKA SP. Z O.O.) nie zostały przyjęte przez Krajowy System e-Faktur (status 445: „Błąd weryfikacji uprawnień - token wygasł”).

Do czasu ponownego uwierzytelnienia faktury nie otrzymają numeru KSeF i nie są uznawane za wystawione, co może skutkować sankcjami, o których mowa w art. 106ni ustawy o VAT.

Aby przywrócić wysyłkę, zaloguj się do Aplikacji Podatnika KSeF i wygeneruj nowy token uwierzytelniający:

%s

Link jest aktywny przez 48 godzin.

Z wyrazami szacunku
Zespół Krajowego Systemu e-Faktur
Ministerstwo Finansów""" % (FX.EG_PL_NIP, track)
    html = """<html><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#d4213d;height:6px"></td></tr>
<tr><td style="padding:20px 28px"><b style="font-size:18px">Krajowy System e-Faktur</b><br><span style="color:#666;font-size:12px">Ministerstwo Finansów</span></td></tr>
<tr><td style="padding:0 28px 24px;line-height:20px">
<p>Szanowni Państwo,</p>
<p>informujemy, że w dniu 16.11.2026 r. <b>trzy faktury ustrukturyzowane</b> wystawione przez podmiot o numerze NIP %s (EXAMPLE GROUP POLSKA SP. Z O.O.) nie zostały przyjęte przez Krajowy System e-Faktur (status 445: „Błąd weryfikacji uprawnień - token wygasł”).</p>
<p>Do czasu ponownego uwierzytelnienia faktury nie otrzymają numeru KSeF i nie są uznawane za wystawione, co może skutkować sankcjami, o których mowa w art. 106ni ustawy o VAT.</p>
<p style="text-align:center;margin:26px 0"><a href="%s" data-target="%s" style="background:#1b4f9c;color:#fff;padding:12px 22px;text-decoration:none;border-radius:3px">Zaloguj się do Aplikacji Podatnika KSeF</a></p>
<p>Link jest aktywny przez 48 godzin.</p>
<p>Z wyrazami szacunku<br>Zespół Krajowego Systemu e-Faktur<br>Ministerstwo Finansów</p></td></tr></table></body></html>""" % (FX.EG_PL_NIP, track, link)
    c = compose(BREVO_PL, key="a-pl-23", frm=("Krajowy System e-Faktur", "powiadomienia@ksef-podatki.pl"), to=[st("pl_acc")],
                subject="KSeF: 3 faktury odrzucone - wymagane ponowne uwierzytelnienie (NIP %s)" % FX.EG_PL_NIP,
                when="2026-11-17 06:02:51", env_from="bounces-7731902-pawel.kowalczyk=example.com@ksef-podatki.pl",
                body=lambda b: alt(b, text, html, "utf-8"))
    return make(LANG, "ksef-token-phish", c,
                "E-invoicing credential phishing: 'Krajowy System e-Faktur' claims three invoices were rejected because the company's KSeF token expired and asks to log in to the taxpayer application within 48 hours.",
                "The Ministry does not send such e-mails (KSeF status is returned in the API/application), look-alike domain ksef-podatki.pl (real: ksef.podatki.gov.pl), link behind Brevo tracking, invented status code, sanction threat and 48-hour deadline.")


def a24():
    url = "https://ipko-biznes.pl-weryfikacja.com/kyc/?c=%s" % hexid("a-pl-24", 12)
    text = """Szanowni Państwo,

zgodnie z ustawą o przeciwdziałaniu praniu pieniędzy oraz finansowaniu terroryzmu bank ma obowiązek okresowej aktualizacji danych klientów (KYC). W przypadku Państwa firmy termin aktualizacji upływa 09.12.2026 r.

Aktualizacja zajmuje ok. 3 minuty. Zeskanuj aparatem telefonu kod QR z załącznika, zaloguj się do iPKO biznes i potwierdź dane w aplikacji IKO.

Brak aktualizacji w wyznaczonym terminie spowoduje czasowe ograniczenie dostępu do bankowości elektronicznej oraz wstrzymanie realizacji przelewów zgodnie z Regulaminem.

Z poważaniem
PKO Bank Polski S.A.
Departament Obsługi Klientów Korporacyjnych"""
    png = png_att("kod_QR_iPKO_biznes.png", qr_png(url))
    c = compose(HETZNER, key="a-pl-24", frm=("PKO Bank Polski", "powiadomienia@pkobp-biznes-info.pl"), to=[st("pl_mgr")],
                subject="iPKO biznes - aktualizacja danych firmy (KYC) wymagana do 09.12.2026", when="2026-12-02 08:15:33",
                env_from="www-data@mail.pkobp-biznes-info.pl",
                body=lambda b: Multi("mixed", [Text(text, "plain", "iso-8859-2", "quoted-printable"), png], b(0)))
    it = make(LANG, "pko-kyc-quishing", c,
              "Bank quishing: 'PKO Bank Polski' demands a KYC data update for the business account by scanning an attached QR code, under threat of blocked transfers.",
              "Look-alike pkobp-biznes-info.pl sent by PHPMailer from a Hetzner VPS, the QR code (PNG attachment) leads to ipko-biznes.pl-weryfikacja.com, banks do not ask for KYC via QR codes in e-mail, QR hides the URL from scanners, blocking threat.")
    it.expect_qr = url
    return it


def a25():
    text = """Dzień dobry,

w imieniu firmy ROLMECH Serwis zwracamy się z prośbą o przygotowanie oferty cenowej na części zamienne do ciągników Hokuto serii HT (filtry, elementy układu hydraulicznego, sprzęgła, łożyska) - łącznie 46 pozycji, zgodnie ze specyfikacją w załączniku.

Ze względu na zawarte w specyfikacji dane handlowe plik został zabezpieczony hasłem: Rolmech2026

Prosimy o przesłanie oferty do 30.11.2026 r. wraz z terminem dostawy i warunkami płatności.

Z poważaniem
Zbigniew Kaczmarek
Zaopatrzenie
ROLMECH Serwis Sp. z o.o.
ul. Przemysłowa 9, 87-100 Toruń
tel. 56 654 21 18"""
    z = zip_att("Zapytanie_ofertowe_47_2026.zip", ["Zapytanie_ofertowe_47_2026_specyfikacja.pdf.exe"],
                "2026-11-25 09:41:00", password="Rolmech2026")
    c = compose(HOMEPL_HACKED, key="a-pl-25", frm=("Zbigniew Kaczmarek", "biuro@rolmech-serwis.pl"), to=[st("pl_sales")],
                subject="Zapytanie ofertowe nr 47/2026 - części zamienne do ciągników Hokuto", when="2026-11-25 09:47:19",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "PL", "windows-1250"), "windows-1250", idx=1), z], b(0)))
    return make(LANG, "zapytanie-ofertowe-zip-exe", c,
                "Malware 'request for quotation': a small Toruń firm asks for a quote for 46 Hokuto spare parts; the 'specification' is a ZipCrypto archive (password Rolmech2026) holding ...specyfikacja.pdf.exe.",
                "Classic Polish RFQ malspam from a hijacked home.pl mailbox of an unknown firm, encrypted archive to evade scanning, executable with a .pdf.exe double extension; a genuine RFQ comes as a plain PDF (business 25).")


def a26():
    text = """Dzień dobry Pani Agnieszko,

czy jest Pani teraz dostępna? Prowadzimy poufne rozmowy w sprawie przejęcia jednego z dealerów w Wielkopolsce i jeszcze dzisiaj potrzebuję Pani wsparcia przy kilku formalnościach po stronie polskiej spółki.

Proszę o przesłanie mi numeru Pani telefonu komórkowego - utworzę grupę na WhatsAppie, w której będzie też nasz doradca prawny z kancelarii w Warszawie. Ze względu na poufność nie korzystamy w tej sprawie z Teams ani ze skrzynki firmowej.

Proszę na razie nikogo z zespołu o tym nie informować.

Pozdrawiam serdecznie
Matthias Köhler
Dyrektor Generalny, Example Group"""
    c = compose(OUTLOOK_PL, key="a-pl-26", frm=("Matthias Köhler", "m.koehler.examplegroup@outlook.com"), to=[st("pl_mgr")],
                subject="Poufne - prośba", when="2026-10-21 14:26:02",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "PL", "iso-8859-2"), "iso-8859-2"))
    return make(LANG, "ceo-whatsapp-poufne", c,
                "CEO fraud, WhatsApp variant: 'Matthias Köhler' writes to the Poznań office manager from outlook.com about a confidential acquisition and asks for her mobile number to add her to a WhatsApp group with a 'lawyer'.",
                "Consumer outlook.com address, moves the conversation off corporate channels explicitly, secrecy, fake legal adviser - first stage of a BEC transfer fraud; the CEO's real visit is announced via internal mail (business 26).")


def messages():
    return [a22(), a23(), a24(), a25(), a26()]
