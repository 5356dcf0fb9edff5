"""Attack messages, Polish (5)."""
from kit import *
from checks import bech32_p2wpkh, h160


def a_ksef():
    m = Mail("attack", "pl", "ksef-token-expiry-phish-brevo",
             "'Krajowy System e-Faktur' warns that KSeF authorisation tokens expire and permissions must be "
             "re-confirmed by 30.11.2026 via a login page (Profil Zaufany / token / certificate)",
             "Topical lure (KSeF became mandatory in 2026, tokens are being replaced by KSeF certificates) but "
             "the Ministry uses podatki.gov.pl / mf.gov.pl, not ksef-mf-gov.pl, and does not mail through "
             "Brevo; loss-of-invoicing threat; credential and token harvesting page.",
             pair=["partner-invoice-ksef"])
    I = Ids(m.slug)
    t = utc(2026, 11, 16, 7, 48, 11)
    send(P.brevo, m, I, t, ("Krajowy System e-Faktur", "powiadomienia@ksef-mf-gov.pl"), [S("acc_pl")],
         "KSeF: wygaśnięcie tokenów autoryzacyjnych – wymagane potwierdzenie uprawnień do 30.11.2026")
    link = "https://ksef-mf-gov.pl/aplikacja-podatnika/logowanie?nip=%s&s=%s" % (TAX["own_pl_nip"], I.hex(10))
    body = """Ministerstwo Finansów
Krajowy System e-Faktur (KSeF)

Szanowni Państwo,

w związku z wdrożeniem KSeF 2.0 tokeny autoryzacyjne wygenerowane w poprzedniej wersji systemu tracą ważność. Dla podmiotu:

EXAMPLE POLSKA SP. Z O.O.
NIP: %s

w systemie zarejestrowano 3 aktywne tokeny oraz 2 osoby z uprawnieniami do wystawiania i odbioru faktur ustrukturyzowanych, które nie zostały potwierdzone w nowej wersji systemu.

Aby zachować możliwość wystawiania i odbierania faktur w KSeF, należy do dnia 30.11.2026 zalogować się do Aplikacji Podatnika KSeF i potwierdzić nadane uprawnienia. Po tym terminie niepotwierdzone uprawnienia zostaną odwołane, a faktury wystawione przez kontrahentów nie będą Państwu udostępniane.

Potwierdź uprawnienia: %s

Logowanie możliwe jest przy użyciu Profilu Zaufanego, podpisu kwalifikowanego lub dotychczasowego tokena.

Z poważaniem
Zespół KSeF
Ministerstwo Finansów

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
""" % (TAX["own_pl_nip"], link)
    h = """<html><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif;color:#222">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px">
<tr><td style="background:#dc143c;height:6px"></td></tr>
<tr><td style="padding:20px 30px 0 30px;font-size:13px;color:#555">Ministerstwo Finansów<br><b style="font-size:18px;color:#1a1a1a">Krajowy System e-Faktur (KSeF)</b></td></tr>
<tr><td style="padding:16px 30px;font-size:14px;line-height:21px">
<p>Szanowni Państwo,</p>
<p>w związku z wdrożeniem KSeF 2.0 tokeny autoryzacyjne wygenerowane w poprzedniej wersji systemu tracą ważność. Dla podmiotu:</p>
<p style="background:#f5f5f5;padding:10px 14px"><b>EXAMPLE POLSKA SP. Z O.O.</b><br>NIP: %s</p>
<p>w systemie zarejestrowano <b>3 aktywne tokeny</b> oraz <b>2 osoby</b> z uprawnieniami do wystawiania i odbioru faktur ustrukturyzowanych, które nie zostały potwierdzone w nowej wersji systemu.</p>
<p>Aby zachować możliwość wystawiania i odbierania faktur w KSeF, należy do dnia <b>30.11.2026</b> zalogować się do Aplikacji Podatnika KSeF i potwierdzić nadane uprawnienia. Po tym terminie niepotwierdzone uprawnienia zostaną odwołane, a faktury wystawione przez kontrahentów nie będą Państwu udostępniane.</p>
<p style="text-align:center"><a href="%s" style="background:#1a4d8f;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold">Potwierdź uprawnienia</a></p>
<p>Logowanie możliwe jest przy użyciu Profilu Zaufanego, podpisu kwalifikowanego lub dotychczasowego tokena.</p>
<p>Z poważaniem<br>Zespół KSeF<br>Ministerstwo Finansów</p></td></tr>
<tr><td style="padding:10px 30px 20px 30px;font-size:11px;color:#888">Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.</td></tr>
</table></body></html>
""" % (TAX["own_pl_nip"], link)
    m.body = alt(text(body, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable"))
    return m


def a_partner_hijack():
    m = Mail("attack", "pl", "thread-hijack-partner-bank-change",
             "Reply in a genuine invoice thread from the real accounting mailbox of Partner Logistik: "
             "'because of an audit of our mBank account' pay FV/1187 and FV/1203 to a 'temporary' PKO BP account",
             "Genuinely compromised partner mailbox (real Google Workspace), but Reply-To silently points to "
             "the look-alike partner-logistic.pl; bank change in the middle of a thread; 'temporary' auxiliary "
             "account; claims the account is on the VAT white list without proof; asks for confirmation after transfer.",
             pair=["partner-thread-reply", "partner-invoice-ksef"])
    I = Ids(m.slug)
    t = utc(2026, 11, 10, 13, 27, 45)
    prev = "<4a9c2e71b05d4f6e8d3a1c7b9e2f4a60@EXCH01.corp.example.com>"
    first = "<CAHq5fK3vN8pR2xLm7Tq9Wz4Yb6Dc1Ej0Hs3Ku5Mn8Pr=xQ@mail.gmail.com>"
    send(P.gmail, m, I, t, ("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), [S("acc_pl")],
         "Re: Faktura FV/1187/10/2026 – Partner Logistik", irt=prev, refs=first + " " + prev,
         reply_to=("Księgowość Partner Logistik", "ksiegowosc@partner-logistic.pl"))
    iban = iban_fmt(BANK["att_partner"])
    body = """Dzień dobry Panie Pawle,

dziękujemy za informację i korektę. Uprzejmie informujemy, że w związku z trwającym audytem naszego rachunku w mBanku płatności za faktury FV/1187/10/2026 oraz FV/1203/10/2026 prosimy tymczasowo kierować na nasz rachunek pomocniczy w PKO BP:

%s
Partner Logistik sp. z o.o.

Rachunek jest zgłoszony do wykazu podatników VAT (biała lista), potwierdzenie prześlemy w osobnej wiadomości. Po zakończeniu audytu poinformujemy Państwa o powrocie do dotychczasowego rachunku.

Prosimy o krótką informację zwrotną po zleceniu przelewu.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Logistyczna 4, 95-010 Stryków

pon., 9 lis 2026 o 10:14 Paweł Łukasik <pawel.lukasik@example.com> napisał(a):

> Dzień dobry,
>
> na fakturze FV/1187/10/2026 brakuje numeru zamówienia (PO-PL-26-0932). Proszę o korektę lub notę, wtedy puścimy płatność razem z FV/1203/10/2026.
>
> Pozdrawiam
> Paweł Łukasik
> Księgowość | Example Polska sp. z o.o.
""" % iban
    m.body = gmail_alt(body)
    return m


def a_bank_pko():
    m = Mail("attack", "pl", "bank-pko-ipko-biznes-kyc-phish",
             "'PKO Bank Polski – iPKO biznes' demands an update of company KYC data by 4.12.2026 or the "
             "business account will be restricted; link to a login page",
             "Bank impersonation from pkobp-biznes.info (not pkobp.pl), injected by a PHP script on a "
             "compromised WordPress host; account-restriction threat; link to a look-alike iPKO biznes login.",
             pair=[])
    I = Ids(m.slug)
    t = utc(2026, 11, 27, 6, 11, 9)
    send(P.php_mailer, m, I, t, ("PKO Bank Polski", "powiadomienia@pkobp-biznes.info"), [S("mgr_pl")],
         "iPKO biznes: aktualizacja danych firmy (KYC) – wymagana do 4.12.2026",
         server="s73.cyber-folks.pl", server_ip="195.78.66.%d" % I.int(10, 200),
         script="/home/platinum/domains/sklep-rowerowy-kalisz.pl/public_html/wp-includes/class-mail.php",
         hcs="iso-8859-2", henc="B", xmailer=None)
    m.hdrs = [h for h in m.hdrs if h[0] != "X-Mailer"]
    link = "https://ipkobiznes-weryfikacja.com/logowanie?ref=%s" % I.hex(16)
    body = """Szanowni Państwo,

zgodnie z ustawą o przeciwdziałaniu praniu pieniędzy oraz finansowaniu terroryzmu bank jest zobowiązany do okresowej aktualizacji danych klientów firmowych.

Dla rachunku prowadzonego w iPKO biznes dla firmy EXAMPLE POLSKA SP. Z O.O. nie otrzymaliśmy aktualnych danych beneficjenta rzeczywistego oraz osób uprawnionych do reprezentacji.

Prosimy o uzupełnienie danych do dnia 4.12.2026. Po tym terminie bank będzie zmuszony ograniczyć możliwość realizacji przelewów wychodzących do czasu aktualizacji.

Aktualizacja zajmie około 3 minut: %s

Z poważaniem
PKO Bank Polski S.A.
Obsługa Klientów Korporacyjnych

Wiadomość została wygenerowana automatycznie. Prosimy nie odpowiadać.
""" % link
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
<div style="background:#003574;color:#fff;padding:14px 20px;font-size:18px;font-weight:bold">PKO Bank Polski &nbsp;|&nbsp; iPKO biznes</div>
<div style="padding:20px;max-width:600px">
<p>Szanowni Państwo,</p>
<p>zgodnie z ustawą o przeciwdziałaniu praniu pieniędzy oraz finansowaniu terroryzmu bank jest zobowiązany do okresowej aktualizacji danych klientów firmowych.</p>
<p>Dla rachunku prowadzonego w iPKO biznes dla firmy <b>EXAMPLE POLSKA SP. Z O.O.</b> nie otrzymaliśmy aktualnych danych beneficjenta rzeczywistego oraz osób uprawnionych do reprezentacji.</p>
<p>Prosimy o uzupełnienie danych do dnia <b>4.12.2026</b>. Po tym terminie bank będzie zmuszony ograniczyć możliwość realizacji przelewów wychodzących do czasu aktualizacji.</p>
<p><a href="%s" style="background:#e4202c;color:#fff;padding:10px 20px;text-decoration:none">Aktualizuj dane</a></p>
<p>Z poważaniem<br>PKO Bank Polski S.A.<br>Obsługa Klientów Korporacyjnych</p>
<p style="font-size:11px;color:#777">Wiadomość została wygenerowana automatycznie. Prosimy nie odpowiadać.</p></div></body></html>
""" % link
    m.body = alt(text(body, "iso-8859-2", "base64"), html(h, "iso-8859-2", "base64"))
    return m


def a_fake_register():
    m = Mail("attack", "pl", "fake-register-fee-pdf",
             "'Centralny Rejestr Firm i Przedsiębiorców' asks for a 'registration fee' of PLN 1,790.00 within "
             "7 days; PDF 'formularz wpisu' styled like an official payment form",
             "Offer-disguised-as-fee scam mimicking KRS/CEIDG (which are official and do not invoice like this); "
             "the small print makes payment an order for a 12-month paid listing; VPS-hosted domain, no relation.",
             pair=["partner-invoice-ksef"])
    I = Ids(m.slug)
    t = utc(2026, 10, 20, 9, 3, 55)
    send(P.vps_postfix, m, I, t, ("Centralny Rejestr Firm i Przedsiębiorców", "biuro@crfip.com.pl"),
         [("", "info@example.com")], "Wpis do rejestru – EXAMPLE POLSKA SP. Z O.O. – opłata za wpis (termin 7 dni)",
         helo="mail.crfip.com.pl", rdns="vps-7c2e41a9.vps.ovh.net", ip="57.128.%d.%d" % (I.int(1, 250), I.int(1, 250)),
         hcs="windows-1250", henc="Q", mid_style="outlook", xmailer="Microsoft Outlook 16.0", style="outlook",
         client_ip="178.235.%d.%d" % (I.int(1, 250), I.int(1, 250)))
    iban = iban_fmt(BANK["att_register_pl"])
    body = """Szanowni Państwo,

uprzejmie informujemy, że dane Państwa firmy

EXAMPLE POLSKA SP. Z O.O.
ul. Głogowska 218, 60-104 Poznań
NIP: %s

zostały przygotowane do wpisu w Centralnym Rejestrze Firm i Przedsiębiorców. W załączeniu przesyłamy formularz wpisu wraz z danymi do opłaty.

Opłata za wpis: 1 790,00 zł
Termin płatności: 7 dni od daty otrzymania
Rachunek: %s
Tytuł: CRFiP/2026/4417

Z poważaniem
Dział Rejestracji CRFiP
""" % (TAX["own_pl_nip"], iban)
    doc = pdf([("h", "Centralny Rejestr Firm i Przedsiębiorców"),
               ("t", "Dział Rejestracji · ul. Grzybowska 87 · 00-844 Warszawa"), ("r", ""),
               ("b", "FORMULARZ WPISU NR CRFiP/2026/4417"), ("", ""),
               ("m", "Firma:      EXAMPLE POLSKA SP. Z O.O."),
               ("m", "Adres:      ul. Głogowska 218, 60-104 Poznań"),
               ("m", "NIP:        " + TAX["own_pl_nip"]),
               ("m", "Branża:     Hurtowa sprzedaż produktów weterynaryjnych"), ("", ""),
               ("m", "Opłata za wpis i publikację (12 miesięcy)      1 790,00 zł"),
               ("m", "Termin płatności                                   7 dni"),
               ("m", "Rachunek   " + iban), ("", ""),
               ("t", "Prosimy o sprawdzenie danych i dokonanie opłaty w terminie."), ("", ""),
               ("s", "CRFiP jest prywatnym rejestrem gospodarczym i nie jest związany z KRS ani CEIDG. Niniejszy"),
               ("s", "formularz stanowi ofertę handlową. Dokonanie wpłaty oznacza zamówienie usługi publikacji danych"),
               ("s", "w rejestrze na okres 12 miesięcy z automatycznym przedłużeniem. Zamówienie nie podlega zwrotowi.")],
              title="Formularz wpisu CRFiP/2026/4417", creator="Writer", producer="LibreOffice 7.5",
              polish=True, date="D:20261020085944+02'00'")
    m.body = mixed(outlook_alt(body, "windows-1250", "quoted-printable", "PL"),
                   att(doc, "application/pdf", "Formularz_wpisu_CRFiP_2026_4417.pdf", style="2047", cs="windows-1250"))
    return m


def a_sextortion():
    addr_btc = bech32_p2wpkh(h160("audit64-pl-sextortion"))
    m = Mail("attack", "pl", "sextortion-spoofed-own-address-btc",
             "Sextortion: 'I hacked your device, recorded you via webcam, pay USD 1,450 in Bitcoin within "
             "48 hours' – sent 'from your own account'",
             "Mass extortion with no proof; From/Return-Path forged to the recipient's own address while the "
             "message comes straight from a Brazilian consumer IP with a bogus HELO; Bitcoin address "
             "(valid bech32) for payment; deadline and tracking-pixel claims.",
             pair=[])
    m.notes = "Bitcoin address %s is a syntactically valid bech32 P2WPKH address derived from a fixed seed." % addr_btc
    I = Ids(m.slug)
    t = utc(2026, 11, 5, 3, 26, 17)
    me = S("acc_pl")
    send(P.botnet, m, I, t, ("", me[1]), [("", me[1])],
         "Twoje konto zostało przejęte. Masz 48 godzin.", helo="WIN-J7Q2L0F3KPM",
         ip="177.93.%d.%d" % (I.int(1, 250), I.int(1, 250)), zone="BRT",
         xmailer="Microsoft Outlook Express 6.00.2900.5512")
    body = """Cześć!

Jak pewnie zauważyłeś, wysłałem tę wiadomość z Twojego własnego konta. Oznacza to, że mam pełny dostęp do Twojego urządzenia.

Od kilku miesięcy obserwuję Cię. Zainfekowałem Twój komputer złośliwym oprogramowaniem podczas wizyty na jednej ze stron dla dorosłych. Dzięki temu mam dostęp do Twojej kamery, mikrofonu, kontaktów i całej korespondencji.

Nagrałem film, na którym widać zarówno to, co oglądałeś, jak i Ciebie przed ekranem. Jednym kliknięciem mogę wysłać to nagranie wszystkim Twoim kontaktom – współpracownikom, rodzinie i znajomym.

Możemy to jednak załatwić po cichu. Przelej równowartość 1450 USD w Bitcoin na poniższy adres:

%s

Jeśli nie wiesz, jak kupić Bitcoin, wpisz w Google „jak kupić bitcoin”. To proste.

Masz 48 godzin od otwarcia tej wiadomości – widzę, kiedy ją przeczytałeś. Po otrzymaniu płatności usunę nagranie i dane, a Ty więcej o mnie nie usłyszysz. Nie odpowiadaj na tę wiadomość i nie zgłaszaj tego nikomu – jeśli zauważę, że to zrobiłeś, nagranie zostanie natychmiast rozesłane.
""" % addr_btc
    m.body = text(body, "utf-8", "base64")
    return m


MESSAGES = [a_ksef, a_partner_hijack, a_bank_pko, a_fake_register, a_sextortion]
