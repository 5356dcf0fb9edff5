# -*- coding: utf-8 -*-
"""Polish messages: attacks 22-26, business 22-26."""
import base64

from .common import *  # noqa: F401,F403

P = IB.pretty
PLOG_IBAN = IB.iban_pl("1020522", "0000610204471902")   # PKO BP (genuine, on the VAT white list)
ATK_MBANK = IB.iban_pl("1140200", "4000350283114471")   # mBank (attack 25)
EG_PL_NIP = IB.pl_nip("899277315")
PLOG_NIP = IB.pl_nip("895218437")

SIG_TZ = """Tadeusz Zieliński
Kierownik ds. rozliczeń i transportu
Partner Logistik sp. z o.o.
ul. Żmigrodzka 244, 51-131 Wrocław
tel. +48 71 352 18 40, kom. +48 601 447 219"""


# ================================================================== ATTACKS
@msg("attack", 22, "pl", "thread-hijack-encrypted-zip")
def a22(r):
    body = """Dzień dobry Pani Małgorzato,

w nawiązaniu do naszej korespondencji przesyłam skorygowane rozliczenie przewozów za październik wraz z notą korygującą do faktury FV/2026/10/097.

Plik zabezpieczyłem hasłem ze względu na dane osobowe kierowców (RODO).
Hasło do archiwum: Rozl2610

Proszę o potwierdzenie zgodności do piątku, żebyśmy mogli zamknąć miesiąc.

Pozdrawiam
Tadeusz Zieliński

pon., 9 lis 2026 o 10:12 Małgorzata Łukasik <malgorzata.lukasik@example.com> napisał(a):
> Dzień dobry Panie Tadeuszu,
>
> w rozliczeniu za październik liczba kursów na linii Wrocław – Oleśnica
> nie zgadza się z naszym zestawieniem (u nas 62, u Państwa 66). Czy mogę
> prosić o weryfikację i ewentualną korektę?
>
> Z poważaniem
> Małgorzata Łukasik
> Księgowość | Example Group Polska sp. z o.o.
>
> pt., 6 lis 2026 o 14:31 Tadeusz Zieliński <t.zielinski@partner-logistik.pl> napisał(a):
>> Dzień dobry,
>> w załączeniu rozliczenie przewozów za październik 2026.
>> Pozdrawiam
>> Tadeusz Zieliński"""
    z = zipped("Rozliczenie_10_2026_korekta.zip", [("Rozliczenie_10_2026_korekta.pdf.js", PLACEHOLDER)], password="Rozl2610",
               seed="a22", date_time=(2026, 11, 12, 8, 2, 10), ctype="application/zip")
    htm = html_gmail(body.split("\n\npon.,")[0]) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">pon., 9 lis 2026 o 10:12 Małgorzata Łukasik &lt;<a href="mailto:malgorzata.lukasik@example.com">malgorzata.lukasik@example.com</a>&gt; napisał(a):<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + esc("\n".join(l[2:] for l in body.split("napisał(a):\n", 1)[1].split("\n"))).replace("\n", "<br>") + "</blockquote></div>\n"
    root = mixed(r, "gmail", alt(r, "gmail", text(body, "UTF-8", "quoted-printable"), Part("text/html", body=htm, charset="UTF-8", cte="quoted-printable")), z)
    return dict(
        system="gmail", opts={"tz": "DE", "host": 2},
        dt=at(2026, 11, 12, 8, 3, 41), frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[S("pl_acc")],
        in_reply_to="<CAF3x0qJm8vLz+Yt1Rk6pQ_wN4aH7eB2dUcX9sG5fTn0MkVyLpA@mail.gmail.com>",
        references="<CAJ7wP2nQ5sM9kL3xR8tV1bY4cZ6dF0gH2jK5mN8pQ3rS6uW9yA@mail.gmail.com> <CAF3x0qJm8vLz+Yt1Rk6pQ_wN4aH7eB2dUcX9sG5fTn0MkVyLpA@mail.gmail.com>",
        subject="Re: Rozliczenie przewozów październik 2026", hcs="UTF-8", henc="B",
        root=root,
        what="Thread hijack from the genuinely compromised Google Workspace mailbox of the logistics partner: password-protected ZIP 'correction' in a real thread",
        why="Real partner address and Google infrastructure, but the reply carries a ZipCrypto archive (password in the body, to defeat scanning) containing a script disguised as PDF (.pdf.js placeholder); the partner always sends plain PDFs (see business 22); hurried close-of-month pretext",
        pair="b22")


@msg("attack", 23, "pl", "ksef-token-phish-sendgrid")
def a23(r):
    link = "https://u3318422.ct.sendgrid.net/ls/click?upn=u001.%s" % r.s(90)
    body = """Ministerstwo Finansów – Krajowy System e-Faktur

Szanowni Państwo,

informujemy, że token uwierzytelniający wygenerowany w Krajowym Systemie e-Faktur (KSeF) dla podmiotu:

EXAMPLE GROUP POLSKA SP. Z O.O.
NIP: %s

wygasa w dniu 30.11.2026 r.

Od 1 lutego 2026 r. obowiązek wystawiania faktur ustrukturyzowanych w KSeF dotyczy dużych przedsiębiorców, a od 1 kwietnia 2026 r. pozostałych podatników VAT czynnych. Brak ważnego tokenu uniemożliwi wystawianie i odbieranie faktur za pośrednictwem systemów finansowo-księgowych, co może skutkować nałożeniem kar pieniężnych przewidzianych w art. 106ni ustawy o VAT.

W celu przedłużenia uprawnień prosimy o zalogowanie się do Aplikacji Podatnika KSeF przy użyciu profilu zaufanego, podpisu kwalifikowanego lub danych do bankowości elektronicznej i potwierdzenie tożsamości osoby uprawnionej:

Przedłuż uprawnienia: %s

Operacja zajmuje około 2 minut. Nowy token zostanie automatycznie przekazany do Państwa systemu księgowego.

Z poważaniem
Zespół Krajowego Systemu e-Faktur
Ministerstwo Finansów

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.""" % (EG_PL_NIP, link)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;background:#f5f5f5\">"
            "<table width=\"620\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#fff\"><tr><td style=\"background:#d4213d;height:6px\"></td></tr>"
            "<tr><td style=\"padding:18px 28px;font-size:18px;font-weight:bold\">Ministerstwo Finansów<br><span style=\"font-size:14px;font-weight:normal\">Krajowy System e-Faktur</span></td></tr><tr><td style=\"padding:6px 28px 20px 28px;line-height:21px\">\n"
            + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in body.split("\n\n")[1:6])
            + "<p style=\"text-align:center\"><a href=\"%s\" style=\"background:#0052a5;color:#fff;padding:11px 26px;text-decoration:none;font-weight:bold\">Przedłuż uprawnienia</a></p>\n" % link
            + "<p>Operacja zajmuje około 2 minut. Nowy token zostanie automatycznie przekazany do Państwa systemu księgowego.</p><p>Z poważaniem<br>Zespół Krajowego Systemu e-Faktur<br>Ministerstwo Finansów</p>"
              "<p style=\"font-size:11px;color:#777\">Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.</p></td></tr></table></body></html>\n")
    root = alt(r, "sendgrid", text(body, "iso-8859-2", "quoted-printable"), Part("text/html", body=html, charset="iso-8859-2", cte="quoted-printable"))
    return dict(
        system="sendgrid", opts={"em": "em7702.ksef-powiadomienia.pl"},
        dt=at(2026, 11, 24, 8, 15, 9), frm=("Krajowy System e-Faktur", "powiadomienia@ksef-powiadomienia.pl"), to=[S("pl_acc")],
        subject="KSeF: wygaśnięcie tokenu uwierzytelniającego – wymagana ponowna autoryzacja (NIP %s)" % EG_PL_NIP, hcs="iso-8859-2", henc="Q",
        root=root,
        what="KSeF (Polish national e-invoicing system) phishing: 'token expires', log in with Profil Zaufany or online banking to renew",
        why="The Ministry of Finance does not send KSeF token notices from ksef-powiadomienia.pl via SendGrid; real tokens are managed by the taxpayer in the KSeF app on podatki.gov.pl; asks for Profil Zaufany / bank login (credential theft); sanctions threat and deadline",
        pair="b23")


@msg("attack", 24, "pl", "etoll-balance-card-phish")
def a24(r):
    link = "https://etoll-doplata.pl/konto/saldo?nr=DW4K211&k=%s" % r.hex(10)
    body = """e-TOLL – System Poboru Opłaty Elektronicznej KAS

Szanowny Użytkowniku,

saldo przedpłaconego konta rozliczeniowego powiązanego z pojazdem o numerze rejestracyjnym DW 4K211 (autobus, klasa EURO 6, powyżej 3,5 t) jest niewystarczające do pokrycia opłaty za przejazd odcinkiem autostrady A4 Wrocław Wschód – Legnica w dniu 16.11.2026 r.

Kwota zaległej opłaty: 38,42 zł

Brak uregulowania należności w ciągu 48 godzin spowoduje wszczęcie postępowania w sprawie nałożenia kary pieniężnej oraz zablokowanie urządzenia pokładowego OBU pojazdu.

Aby uzupełnić saldo kartą płatniczą lub BLIK, przejdź do portalu klienta:
%s

Dziękujemy za korzystanie z systemu e-TOLL.

Krajowa Administracja Skarbowa
Centrum Obsługi Klienta e-TOLL""" % link
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            "<div style=\"max-width:600px;border:1px solid #ddd\"><div style=\"background:#003d7c;color:#fff;padding:14px 20px;font-size:20px;font-weight:bold\">e-TOLL</div><div style=\"padding:18px 20px\">\n"
            + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in body.split("\n\n")[1:5])
            + "<p><a href=\"%s\" style=\"background:#e30613;color:#fff;padding:10px 24px;text-decoration:none;font-weight:bold\">Uzupełnij saldo</a></p>\n" % link
            + "<p>Dziękujemy za korzystanie z systemu e-TOLL.</p><p style=\"font-size:12px;color:#666\">Krajowa Administracja Skarbowa<br>Centrum Obsługi Klienta e-TOLL</p></div></div></body></html>\n")
    root = alt(r, "roundcube", text(body, "windows-1250", "quoted-printable"), Part("text/html", body=html, charset="windows-1250", cte="quoted-printable"))
    return dict(
        system="exim", opts={"host": "s41.cyber-serwer.pl", "ip": "46.242.%d.%d" % (r.randint(128, 250), r.randint(2, 250)),
                             "client_ip": "91.92.%d.%d" % (r.randint(1, 250), r.randint(1, 250)), "client": "roundcube"},
        envelope="biuro@kwiaciarnia-lilia.pl",
        dt=at(2026, 11, 17, 13, 27, 45), frm=("e-TOLL Centrum Obsługi Klienta", "biuro@kwiaciarnia-lilia.pl"), to=[S("pl_disp")],
        subject="e-TOLL: niewystarczające saldo konta – pojazd DW 4K211 – zaległa opłata 38,42 zł", hcs="windows-1250", henc="Q",
        root=root,
        what="e-TOLL (Polish electronic toll for vehicles over 3.5 t, incl. coaches) phishing: unpaid toll for a company coach, card/BLIK top-up link",
        why="Sent from a compromised florist's mailbox on shared hosting with an e-TOLL display name; link to etoll-doplata.pl instead of etoll.gov.pl; small amount plus fine and OBU-blocking threat to harvest card/BLIK data; trade-specific (plate, A4 section)")


@msg("attack", 25, "pl", "partner-bank-change-lookalike")
def a25(r):
    body = """Dzień dobry,

uprzejmie informujemy, że z dniem 1 grudnia 2026 r. Partner Logistik sp. z o.o. zmienia bank prowadzący rachunek rozliczeniowy. Prosimy o dokonywanie wszystkich płatności, w tym za faktury już wystawione, wyłącznie na nowy rachunek:

Partner Logistik sp. z o.o.
mBank S.A.
%s

Nowy rachunek został zgłoszony do wykazu podatników VAT (tzw. biała lista). Aktualizacja danych w wykazie może potrwać do kilku dni roboczych – prosimy nie wstrzymywać z tego powodu płatności.

Dotyczy to w szczególności faktur FV/2026/11/118 (24 120,30 zł) oraz FV/2026/11/124 (7 920,00 zł) z terminem płatności 30.11.2026 r. Dotychczasowy rachunek w PKO BP zostanie zamknięty z końcem listopada.

W załączeniu przesyłamy pismo podpisane przez Zarząd. Prosimy o potwierdzenie aktualizacji danych zwrotnie na ten adres.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Żmigrodzka 244, 51-131 Wrocław
NIP %s""" % (P(ATK_MBANK), PLOG_NIP)
    pdfp = pdf("Zmiana_rachunku_Partner_Logistik.pdf", [[
        ("h", "Partner Logistik sp. z o.o."), ("s", "ul. Żmigrodzka 244, 51-131 Wrocław · NIP " + PLOG_NIP), "", "",
        "Wrocław, 25.11.2026", "", "Example Group Polska sp. z o.o.", "ul. Krakowska 180", "52-015 Wrocław", "",
        ("b", "Zawiadomienie o zmianie rachunku bankowego"), "",
        "Uprzejmie zawiadamiamy, że od dnia 01.12.2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o.",
        "należy kierować na rachunek prowadzony przez mBank S.A.:", "", P(ATK_MBANK), "",
        "Dotychczasowy rachunek zostanie zamknięty.", "", "Z poważaniem", "", "Zarząd Partner Logistik sp. z o.o."]],
        title="Zmiana rachunku", author="Ksiegowosc", creator="Microsoft Word", producer="Microsoft Word dla Microsoft 365", date="D:20261125091144+01'00'")
    root = mixed(r, "thunderbird", text(body, "UTF-8", "base64"), pdfp)
    return dict(
        system="vps", opts={"helo": "mail.partner-logistlk.pl", "rdns": "vmi%d.contaboserver.net" % r.randint(1000000, 2999999), "ip": "161.97.%d.%d" % (r.randint(1, 250), r.randint(1, 250)),
                            "client": "thunderbird", "lang": "pl", "ua": "Mozilla Thunderbird", "client_ip": "5.181.%d.%d" % (r.randint(1, 250), r.randint(1, 250))},
        dt=at(2026, 11, 25, 9, 40, 2), frm=("Księgowość Partner Logistik", "ksiegowosc@partner-logistlk.pl"), to=[S("pl_acc")],
        subject="Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.", hcs="UTF-8", henc="Q",
        root=root,
        what="Partner bank-account change from look-alike partner-logistlk.pl (l instead of i) with PDF; asks to pay two open invoices to a new mBank account",
        why="Look-alike domain on a Contabo VPS (partner uses Google Workspace); asks to ignore the missing VAT white-list entry (paying to a non-listed account costs tax deductibility and joint liability in Poland); pressure on invoices due 30.11; confirmation by mail only. IBAN and sort-code check digit valid",
        pair="b24")


@msg("attack", 26, "pl", "invoice-zip-script-freemail")
def a26(r):
    rcpt = S("pl_mgr")[1]
    body = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/12/0387 za części do autobusów zamówione w listopadzie (klocki hamulcowe, filtry, pióra wycieraczek) wraz ze specyfikacją dostawy.

Ze względu na rozmiar pliki zostały spakowane.

Termin płatności: 14 dni.

Pozdrawiam
Dział Sprzedaży
Auto-Części Nowak s.c.
tel. 71 789 20 14"""
    z = zipped("FV_2026_12_0387.zip", [("FV_2026_12_0387_specyfikacja.pdf.vbs", PLACEHOLDER)], seed="a26", date_time=(2026, 12, 2, 11, 58, 20), ctype="application/zip")
    root = mixed(r, "java", text(body, "utf-8", "quoted-printable"), z)
    return dict(
        system="hosted", opts={"helo": "mx.wp.pl", "rdns": "mx.wp.pl", "ip": "212.77.101.%d" % r.randint(8, 14), "z": "DE", "client": "wp", "tls": "1.3",
                               "inner": ["from [185.225.%d.%d] (unknown [185.225.%d.%d])\n\t(Authenticated sender: autoczesci.nowak@wp.pl)\n\tby smtp.wp.pl (WP-SMTPD) with ESMTPSA id 4d{ID}\n\tfor <%s>; {D}" % ((r.randint(1, 250), r.randint(1, 250)) * 2 + (rcpt,))]},
        dt=at(2026, 12, 2, 12, 10, 44), frm=("Auto-Części Nowak", "autoczesci.nowak@wp.pl"), to=[S("pl_mgr")],
        subject="Faktura VAT FV/2026/12/0387 – do zapłaty", hcs="utf-8", henc="Q",
        root=root,
        what="Invoice malspam from a free-mail 'parts supplier': plain ZIP holding a VBScript disguised as a PDF specification",
        why="No supplier relationship with 'Auto-Części Nowak'; WP free-mail sender from a foreign IP; 'invoice' delivered as a ZIP whose only member is a double-extension script (.pdf.vbs, inert placeholder); generic text with trade-specific parts list")


# ================================================================== BUSINESS
@msg("business", 22, "pl", "partner-thread-reply-pdf")
def b22(r):
    body = """Dzień dobry Pani Małgorzato,

ma Pani rację – w zestawieniu za październik policzyliśmy podwójnie cztery kursy z 27.10 (zmiana kierowcy w Oleśnicy). W załączeniu poprawione rozliczenie: 62 kursy, kwota netto 18 290,00 zł.

Notę korygującą do FV/2026/10/097 wystawimy w KSeF jeszcze dziś, powinna pojawić się u Państwa w systemie do jutra.

Pozdrawiam
""" + SIG_TZ + """

pon., 9 lis 2026 o 10:12 Małgorzata Łukasik <malgorzata.lukasik@example.com> napisał(a):
> Dzień dobry Panie Tadeuszu,
>
> w rozliczeniu za październik liczba kursów na linii Wrocław – Oleśnica
> nie zgadza się z naszym zestawieniem (u nas 62, u Państwa 66). Czy mogę
> prosić o weryfikację i ewentualną korektę?
>
> Z poważaniem
> Małgorzata Łukasik
> Księgowość | Example Group Polska sp. z o.o."""
    pdfp = pdf("Rozliczenie_10_2026_korekta.pdf", [[
        ("h", "Partner Logistik sp. z o.o."), ("s", "ul. Żmigrodzka 244, 51-131 Wrocław · NIP " + PLOG_NIP), "",
        ("b", "Rozliczenie przewozów – październik 2026 (korekta z 10.11.2026)"), "",
        "Linia Wrocław – Oleśnica, obsługa wspólna z Example Group Polska sp. z o.o.", "",
        "Liczba kursów wg harmonogramu:            62", "Stawka za kurs (netto):                295,00 zł",
        "Razem netto:                         18 290,00 zł", "VAT 8%:                               1 463,20 zł", ("b", "Razem brutto:                        19 753,20 zł"), "",
        "Korekta: usunięto 4 kursy z 27.10.2026 policzone podwójnie (zmiana kierowcy).", "",
        ("s", "Sporządził: Tadeusz Zieliński")]],
        title="Rozliczenie 10/2026 korekta", author="Tadeusz Zielinski", creator="Microsoft Excel", producer="Microsoft Excel dla Microsoft 365", date="D:20261110102044+01'00'")
    htm = html_gmail(body.split("\n\npon.,")[0])
    root = mixed(r, "gmail", alt(r, "gmail", text(body, "UTF-8", "quoted-printable"), Part("text/html", body=htm, charset="UTF-8", cte="quoted-printable")), pdfp)
    return dict(
        system="gmail", opts={"tz": "DE", "host": 2},
        dt=at(2026, 11, 10, 10, 24, 8), frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[S("pl_acc")],
        in_reply_to="<CAF3x0qJm8vLz+Yt1Rk6pQ_wN4aH7eB2dUcX9sG5fTn0MkVyLpA@mail.gmail.com>",
        references="<CAJ7wP2nQ5sM9kL3xR8tV1bY4cZ6dF0gH2jK5mN8pQ3rS6uW9yA@mail.gmail.com> <CAF3x0qJm8vLz+Yt1Rk6pQ_wN4aH7eB2dUcX9sG5fTn0MkVyLpA@mail.gmail.com>",
        subject="Re: Rozliczenie przewozów październik 2026", hcs="UTF-8", henc="B",
        root=root,
        what="Genuine reply in the settlement thread with a corrected PDF statement (62 trips)",
        why="Real partner mailbox, answers the specific question in the quoted message, plain text-only PDF, consistent arithmetic (62 × 295,00 zł; VAT 8 %), correction issued through KSeF",
        pair="a22")


@msg("business", 23, "pl", "accounting-newsletter-ksef-sendgrid")
def b23(r):
    unsub = "https://rachunkowosc-wpraktyce.pl/newsletter/wypisz?u=%s" % r.hex(24)
    body = """Rachunkowość w Praktyce – newsletter nr 47/2026

Dzień dobry,

w tym wydaniu:

KSeF: jak bezpiecznie zarządzać tokenami i uprawnieniami
Od kiedy KSeF stał się obowiązkowy, oszuści rozsyłają fałszywe e-maile o „wygasających tokenach”. Przypominamy: Ministerstwo Finansów nie wysyła linków do logowania. Tokeny generuje i unieważnia wyłącznie sam podatnik w Aplikacji Podatnika KSeF na stronie ksef.podatki.gov.pl.

Biała lista a płatności powyżej 15 000 zł
Co grozi za przelew na rachunek spoza wykazu i jak udokumentować weryfikację kontrahenta.

Zamknięcie roku 2026 – harmonogram dla księgowych
Inwentaryzacja, rozliczenie delegacji kierowców, rezerwy urlopowe.

Czytaj całość: https://rachunkowosc-wpraktyce.pl/newsletter/47-2026

Redakcja Rachunkowość w Praktyce

Otrzymujesz ten newsletter, ponieważ zapisałeś/-aś się adresem malgorzata.lukasik@example.com.
Wypisz się: %s""" % unsub
    html = ("<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"utf-8\"></head><body style=\"font-family:Verdana,sans-serif;font-size:14px;background:#f7f7f2\">"
            "<table width=\"600\" align=\"center\" style=\"background:#fff\"><tr><td style=\"background:#1e5631;color:#fff;padding:16px 22px;font-size:20px\">Rachunkowość w Praktyce <span style=\"font-size:13px\">nr 47/2026</span></td></tr>\n"
            + "".join("<tr><td style=\"padding:8px 22px;line-height:21px\">%s</td></tr>\n" % esc(p).replace("\n", "<br>\n") for p in body.split("\n\n")[1:-2])
            + "<tr><td style=\"padding:14px 22px\"><a href=\"https://rachunkowosc-wpraktyce.pl/newsletter/47-2026\" style=\"color:#1e5631;font-weight:bold\">Czytaj całość</a></td></tr>"
            "<tr><td style=\"padding:14px 22px;font-size:11px;color:#777\">Otrzymujesz ten newsletter, ponieważ zapisałeś/-aś się adresem malgorzata.lukasik@example.com.<br><a href=\"%s\">Wypisz się</a></td></tr></table></body></html>\n" % unsub)
    lst = [("List-Unsubscribe", "<%s>, <mailto:wypisz@rachunkowosc-wpraktyce.pl?subject=unsubscribe>" % unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("List-Id", "Newsletter Rachunkowosc w Praktyce <newsletter.rachunkowosc-wpraktyce.pl>")]
    root = alt(r, "sendgrid", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable"))
    return dict(
        system="sendgrid", opts={"em": "em2231.rachunkowosc-wpraktyce.pl", "list": lst},
        dt=at(2026, 11, 20, 7, 0, 31), frm=("Rachunkowość w Praktyce", "newsletter@rachunkowosc-wpraktyce.pl"), to=[S("pl_acc")],
        subject="KSeF i fałszywe tokeny, biała lista, zamknięcie roku – newsletter 47/2026", hcs="utf-8", henc="Q",
        root=root,
        what="Subscribed accounting newsletter via SendGrid (same ESP as attack 23) discussing KSeF phishing, with List-Unsubscribe",
        why="Subscribed sender with consistent domain and SendGrid bounce domain, List-Unsubscribe/List-Id present, links to its own site and to the official ksef.podatki.gov.pl text only, no login request",
        pair="a23")


@msg("business", 24, "pl", "partner-invoice-pdf")
def b24(r):
    body = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/118 za usługi zaplecza technicznego i przestawienia pojazdów w listopadzie 2026 r. Faktura została wystawiona w KSeF (numer KSeF w pliku PDF).

Kwota do zapłaty: 24 120,30 zł
Termin płatności: 30.11.2026 r.
Rachunek (bez zmian, zgłoszony w wykazie podatników VAT): PKO BP %s

W razie pytań prosimy o kontakt z Panem Tadeuszem Zielińskim.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Żmigrodzka 244, 51-131 Wrocław
NIP %s""" % (P(PLOG_IBAN), PLOG_NIP)
    ksef = "%s-20261116-%s-%s" % (PLOG_NIP, r.hex(12, True), r.hex(2, True))
    lines = [("h", "Partner Logistik sp. z o.o."), ("s", "ul. Żmigrodzka 244, 51-131 Wrocław · NIP " + PLOG_NIP), "", "",
             "Nabywca: Example Group Polska sp. z o.o., ul. Krakowska 180, 52-015 Wrocław, NIP " + EG_PL_NIP, "",
             ("b", "Faktura VAT nr FV/2026/11/118 (wizualizacja)"), "Numer KSeF: " + ksef,
             "Data wystawienia: 16.11.2026    Data sprzedaży: 15.11.2026", "",
             ("b", "Lp. Nazwa usługi                                          Ilość   Cena netto    Wartość netto"),
             "1  Postój i obsługa autobusów na placu Żmigrodzka (30 dni × 6)  180    59,00 zł    10 620,00 zł",
             "2  Przestawienia pojazdów do stacji diagnostycznej               14   185,00 zł     2 590,00 zł",
             "3  Mycie zewnętrzne i sprzątanie wnętrza autobusów               40   160,00 zł     6 400,00 zł", "",
             "Razem netto: 19 610,00 zł    VAT 23%: 4 510,30 zł", ("b", "Do zapłaty: 24 120,30 zł"), "",
             "Rachunek: PKO BP " + P(PLOG_IBAN), ("s", "Mechanizm podzielonej płatności: nie dotyczy.")]
    pdfp = pdf("FV_2026_11_118.pdf", [lines], title="FV/2026/11/118", author="Partner Logistik", creator="Comarch ERP Optima", producer="Comarch ERP Optima", date="D:20261116090511+01'00'")
    root = mixed(r, "gmail", alt(r, "gmail", text(body, "UTF-8", "base64"), Part("text/html", body=html_gmail(body), charset="UTF-8", cte="quoted-printable")), pdfp)
    return dict(
        system="gmail", opts={"tz": "DE", "host": 3},
        dt=at(2026, 11, 16, 9, 8, 27), frm=("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), to=[S("pl_acc")], cc=[("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl")],
        subject="Faktura FV/2026/11/118 – Partner Logistik sp. z o.o.", hcs="UTF-8", henc="B",
        root=root,
        what="Genuine partner invoice (depot services) with PDF visualisation of a KSeF invoice",
        why="Real partner domain on Google Workspace, contact in cc, account unchanged and stated to be on the VAT white list (PL IBAN and sort-code check digit valid), KSeF number referenced, amounts consistent",
        pair="a25")


@msg("business", 25, "pl", "travel-agency-booking-request")
def b25(r):
    body = """Dzień dobry Pani Agnieszko,

po udanej współpracy przy wyjeździe do Pragi chcielibyśmy ponownie zamówić u Państwa transport.

Szczegóły:
- termin: 17–21 maja 2027 r. (zielona szkoła)
- trasa: Wrocław – Karpacz – Wrocław, na miejscu dwa wyjazdy lokalne (Śnieżka/Karpacz Biały Jar, Kowary – Park Miniatur)
- liczba osób: 128 uczniów + 10 opiekunów, czyli prawdopodobnie trzy autokary
- wyjazd spod Szkoły Podstawowej nr 45 przy ul. Kasprowicza o godz. 8:00

Prosimy o wycenę do 15 grudnia, tak abyśmy mogli przedstawić ofertę rodzicom na zebraniu. Czy autokary mogą mieć pasy bezpieczeństwa na wszystkich miejscach? To wymóg szkoły.

Pozdrawiam serdecznie
Ewa Kamińska
Biuro Podróży „Słoneczko”
ul. Piłsudskiego 31/2, 50-032 Wrocław
tel. 71 344 90 12"""
    return dict(
        system="hosted", opts={"helo": "mx.wp.pl", "rdns": "mx.wp.pl", "ip": "212.77.101.%d" % r.randint(8, 14), "z": "DE", "client": "wp", "tls": "1.3",
                               "inner": ["from [83.24.%d.%d] (unknown [83.24.%d.%d])\n\t(Authenticated sender: biuro.sloneczko@wp.pl)\n\tby smtp.wp.pl (WP-SMTPD) with ESMTPSA id 4d{ID}\n\tfor <agnieszka.dabrowska@example.com>; {D}" % ((r.randint(1, 250), r.randint(1, 250)) * 2)]},
        dt=at(2026, 12, 1, 11, 33, 50), frm=("Biuro Podróży Słoneczko", "biuro.sloneczko@wp.pl"), to=[S("pl_disp")],
        subject="Zapytanie – zielona szkoła Karpacz 17-21.05.2027, 3 autokary", hcs="iso-8859-2", henc="Q",
        root=text(body, "iso-8859-2", "quoted-printable"),
        what="Genuine booking request from a travel-agency customer on a WP free-mail address",
        why="Known customer (refers to previous Prague trip), detailed operational request, no links, no attachments, no payment/bank content; consumer mailbox typical for small agencies")


@msg("business", 26, "pl", "internal-notice-winter-christmas")
def b26(r):
    body = """Drodzy Współpracownicy,

kilka spraw organizacyjnych przed zimą:

1. Opony zimowe i przeglądy przedsezonowe
Wymiana opon we wszystkich autokarach rusza w poniedziałek 30.11. Harmonogram według numerów bocznych wisi w dyżurce i jest w SharePoincie w folderze „Flota”. Kierowców prosimy o podstawienie pojazdów na plac przy Krakowskiej do godz. 7:00 w wyznaczonym dniu.

2. Tachografy
Przypominam o pobieraniu danych z kart kierowców co najmniej raz na 28 dni. Karty, którym kończy się ważność w I kwartale, proszę zgłaszać Agnieszce do 11.12.

3. Wigilia firmowa
Spotykamy się w piątek 18 grudnia o 16:00 w restauracji „Pod Złotym Psem” na Rynku. Prosimy o potwierdzenie obecności do 8.12 u Agnieszki.

Dziękuję za cały rok pracy!

Krzysztof Wójcik
Dyrektor Oddziału
Example Group Polska sp. z o.o.
ul. Krakowska 180, 52-015 Wrocław
tel. +48 71 780 44 00"""
    plain = text(body, "windows-1250", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "windows-1250", "PL", font="Calibri"), charset="windows-1250", cte="quoted-printable")
    return dict(
        system="exchange_int", dt=at(2026, 11, 23, 14, 5, 10), lang_tag="pl-PL",
        frm=S("pl_mgr"), to=[("Example Group Polska – wszyscy", "wszyscy.wroclaw@example.com")], rcpt=S("pl_acc")[1],
        subject="Opony zimowe, tachografy i Wigilia firmowa 18.12", hcs="windows-1250", henc="Q",
        root=alt(r, "exchange", plain, htm),
        what="Genuine internal notice from the Polish office manager (winter tyres, tachograph downloads, Christmas party)",
        why="Internal Exchange via mail-int01, distribution list, operational content, no links beyond internal SharePoint reference, nothing requested except RSVP")
