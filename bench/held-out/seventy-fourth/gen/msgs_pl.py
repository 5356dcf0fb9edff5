"""Polish messages: attacks 22-26, business 22-26."""
import attach
import ids
import infra
from common import Mail, plain, alt, mixed, att, outlook_html, gmail_html, simple_html, brand_html, esc, quote_lines
from company import S, BANK, VAT
from util import utc, rng, uuid4, alnum, hexid, rfcdate

LANG = "pl"

SIG_TZ = """Z powa\u017caniem

Tadeusz Zieli\u0144ski
Kierownik Magazynu / Koordynator Transportu
Partner Logistik sp. z o.o.
ul. Magazynowa 5, 55-040 Bielany Wroc\u0142awskie
tel. +48 71 311 40 25, kom. +48 601 284 117
www.partner-logistik.pl"""

PL_HOST = "mail.partner-logistik.pl"
PL_IP = "188.128.%d.%d" % (204, 17)


def build():
    A, B = "attack", "business"
    pawel, gosia = S["pawel"], S["malgorzata"]
    pl_iban = BANK["partner"][2]
    nip_example = VAT["example_pl"][2:]
    nip_partner = VAT["partner"][2:]

    # ================================================================ ATTACKS
    # A22 logistics partner bank change from a look-alike domain (.com.pl), white-list pre-emption
    t = utc(2026, 11, 25, 10, 14, 2)
    r = rng(A, 22)
    fraud = BANK["fraud_pl"][2]
    txt = """Dzie\u0144 dobry Panie Pawle,

uprzejmie informujemy, \u017ce w zwi\u0105zku ze zmian\u0105 banku obs\u0142uguj\u0105cego nasz\u0105 sp\u00f3\u0142k\u0119, z dniem 1 grudnia 2026 r. zmianie ulega numer rachunku bankowego Partner Logistik sp. z o.o.

Nowy rachunek:
Santander Bank Polska S.A.
%s

Prosimy o aktualizacj\u0119 danych w Pa\u0144stwa systemie i dokonanie p\u0142atno\u015bci za faktur\u0119 FV/2026/11/0931 (magazynowanie i obs\u0142uga, listopad 2026) ju\u017c na nowy rachunek.

Nowy rachunek zosta\u0142 zg\u0142oszony do wykazu podatnik\u00f3w VAT (bia\u0142a lista). Aktualizacja wykazu po stronie Ministerstwa Finans\u00f3w mo\u017ce potrwa\u0107 do 7 dni roboczych - prosimy nie wstrzymywa\u0107 w tym czasie p\u0142atno\u015bci, poniewa\u017c zgodnie z umow\u0105 naliczamy odsetki za op\u00f3\u017anienie.

Dotychczasowy rachunek w PKO BP zostanie zamkni\u0119ty 30.11.2026.

""" % ids.iban_fmt(fraud) + SIG_TZ.replace("tel. +48 71 311 40 25, kom. +48 601 284 117", "tel. +48 71 311 40 25")
    rt = infra.smb_postfix(r, t, "mail.partner-logistik.com.pl", "s58.cyber-folks.pl", zone="PL", client_ip="89.64.%d.%d" % (12, 201),
                           client_rdns="89-64-12-201.dynamic.chello.pl", ua="outlook16", domain="partner-logistik.com.pl")
    rt.client = ("mail.partner-logistik.com.pl", "s58.cyber-folks.pl", "194.28.%d.%d" % (50, 58))
    rt.xh = [x if x[0] != "Content-Language" else ("Content-Language", "pl") for x in rt.xh]
    Mail(A, 22, LANG, "partner-logistik-lookalike-zmiana-rachunku", route=rt,
         frm=("Tadeusz Zieli\u0144ski", "t.zielinski@partner-logistik.com.pl"), to=[pawel],
         subject="Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.",
         body=alt(txt, outlook_html(txt, lang="PL"), "iso-8859-2", "quoted-printable"), hcs="iso-8859-2", henc="Q",
         what="'Tadeusz Zieli\u0144ski, Partner Logistik' announces a new bank account and asks to pay the November invoice there, although the account is 'not yet on the VAT white list'",
         why="Look-alike domain partner-logistik.com.pl (real: partner-logistik.pl) on shared hosting; bank change by e-mail with pressure, and the attacker pre-empts the mandatory white-list check (paying to an unlisted account is a red flag in Poland); the warehouse manager is not the person who sends bank data (hard negative: business 22).")

    # A23 KSeF phishing via Mailgun
    t = utc(2026, 10, 28, 6, 40, 11)
    r = rng(A, 23)
    land = "https://ksef-podatki.pl/web/uwierzytelnienie?nip=%s&ref=20261028-EE-%s" % (nip_example, hexid(r, 10, upper=True))
    txt = """Krajowy System e-Faktur (KSeF)
Ministerstwo Finans\u00f3w

Szanowni Pa\u0144stwo,

informujemy, \u017ce token uwierzytelniaj\u0105cy przypisany do kontekstu NIP %s wygas\u0142 w dniu 27.10.2026 r. W zwi\u0105zku z tym faktura FV/2026/10/2274 przes\u0142ana w trybie wsadowym zosta\u0142a odrzucona (kod b\u0142\u0119du 9105: nieprawid\u0142owe uwierzytelnienie).

Do czasu ponownej autoryzacji wystawianie oraz odbi\u00f3r faktur ustrukturyzowanych w KSeF b\u0119d\u0105 niemo\u017cliwe. Faktury wystawione poza KSeF w okresie obowi\u0105zkowym nie s\u0105 uznawane za wystawione zgodnie z ustaw\u0105 o VAT.

Aby odnowi\u0107 token, prosimy zalogowa\u0107 si\u0119 za pomoc\u0105 profilu zaufanego, e-dowodu lub podpisu kwalifikowanego:
%s

Wiadomo\u015b\u0107 zosta\u0142a wygenerowana automatycznie. Prosimy na ni\u0105 nie odpowiada\u0107.
""" % (nip_example, land)
    html = brand_html("Odrzucenie faktury - wymagana ponowna autoryzacja", [
        "Szanowni Pa\u0144stwo,",
        "informujemy, \u017ce token uwierzytelniaj\u0105cy przypisany do kontekstu <b>NIP %s</b> wygas\u0142 w dniu 27.10.2026 r. W zwi\u0105zku z tym faktura <b>FV/2026/10/2274</b> przes\u0142ana w trybie wsadowym zosta\u0142a <b>odrzucona</b> (kod b\u0142\u0119du 9105)." % nip_example,
        "Do czasu ponownej autoryzacji wystawianie oraz odbi\u00f3r faktur ustrukturyzowanych w KSeF b\u0119d\u0105 niemo\u017cliwe."],
        button=("Zaloguj si\u0119 i odn\u00f3w token", land), footer="Wiadomo\u015b\u0107 zosta\u0142a wygenerowana automatycznie. Prosimy na ni\u0105 nie odpowiada\u0107.",
        color="#d4213d", logo_text="KSeF &middot; Krajowy System e-Faktur", lang="pl")
    rt = infra.mailgun(r, t, "mg.ksef-podatki.pl", zone="PL")
    Mail(A, 23, LANG, "ksef-token-wygasl-phishing-mailgun", route=rt, frm=("KSeF - Krajowy System e-Faktur", "powiadomienia@ksef-podatki.pl"),
         to=[pawel], mail_from="bounce+2c81f0.7d1a4-pawel.kowalczyk=examplegroup.eu@mg.ksef-podatki.pl",
         subject="KSeF: faktura FV/2026/10/2274 odrzucona - wymagana ponowna autoryzacja",
         body=alt(txt, html, "utf-8", "quoted-printable"), hcs="utf-8", henc="B",
         what="'KSeF' (Polish national e-invoicing system) says the authentication token expired and an invoice was rejected; link to log in with Profil Zaufany / e-ID / qualified signature",
         why="KSeF does not send such e-mails; the domain ksef-podatki.pl imitates ksef.podatki.gov.pl and the mail comes via Mailgun; the login page harvests trusted-profile credentials; uses the real 2026 KSeF obligation and the company's real NIP to look credible.")

    # A24 fake DPD surcharge, BLIK payment page, from a hacked web shop (PHPMailer)
    t = utc(2026, 11, 20, 7, 51, 48)
    r = rng(A, 24)
    land = "https://dpd-pl.doplata-paczki.com/blik/?p=10008462193550&k=%s" % alnum(r, 12)
    html = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#414042">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e6e6e6">
<tr><td style="background:#dc0032;color:#fff;font-size:22px;font-weight:bold;padding:16px 24px">DPD</td></tr>
<tr><td style="padding:24px">
<p>Dzie\u0144 dobry,</p>
<p>Twoja przesy\u0142ka <b>1000846219355U</b> od nadawcy <b>Example Group GmbH</b> zosta\u0142a wstrzymana w oddziale Wroc\u0142aw-Kobierzyce z powodu niedop\u0142aty za przekroczenie gabarytu.</p>
<p>Kwota do zap\u0142aty: <b>4,87 z\u0142</b></p>
<p>Op\u0142a\u0107 dop\u0142at\u0119 kodem BLIK w ci\u0105gu 24 godzin. Po tym czasie paczka zostanie zwr\u00f3cona do nadawcy.</p>
<p><a href="%s" style="background:#dc0032;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">Zap\u0142a\u0107 BLIK</a></p>
<p style="font-size:11px;color:#808285">DPD Polska Sp. z o.o., ul. Mineralna 15, 02-274 Warszawa</p>
</td></tr></table>
</body></html>
""" % esc(land)
    txt = """Dzie\u0144 dobry,

Twoja przesy\u0142ka 1000846219355U od nadawcy Example Group GmbH zosta\u0142a wstrzymana w oddziale Wroc\u0142aw-Kobierzyce z powodu niedop\u0142aty za przekroczenie gabarytu.

Kwota do zap\u0142aty: 4,87 z\u0142
Op\u0142a\u0107 dop\u0142at\u0119 kodem BLIK w ci\u0105gu 24 godzin: %s

DPD Polska Sp. z o.o.
""" % land
    rt = infra.vps_postfix(r, t, "sklep.ogrodnicze-nasiona.pl", "srv24.mydevil.net", "128.204.%d.%d" % (218, 74), "ogrodnicze-nasiona.pl",
                           zone="PL", ua="phpmailer", local_submit=False)
    rt.received = ["from ogrodnicze-nasiona.pl (localhost [127.0.0.1])\n\tby srv24.mydevil.net (Postfix) with ESMTP id %s\n\tfor <%%RCPT%%>; %s" % (
        infra.postfix_short_qid(r), rfcdate(t, "PL", comment=True))]
    Mail(A, 24, LANG, "dpd-doplata-blik-phishing", route=rt, frm=("DPD Polska", "powiadomienia@ogrodnicze-nasiona.pl"), to=[gosia],
         mail_from="sklep@ogrodnicze-nasiona.pl",
         subject="Przesy\u0142ka 1000846219355U wstrzymana - wymagana dop\u0142ata 4,87 z\u0142",
         body=alt(txt, html, "utf-8", "8bit"), hcs="utf-8", henc="B",
         what="'DPD Polska' says a parcel from Example Group GmbH is held for a 4.87 PLN oversize surcharge payable by BLIK within 24 hours",
         why="Courier-surcharge scam: sent by PHPMailer from a hacked garden-seed web shop (From domain is not dpd.com.pl), link to the look-alike doplata-paczki.com payment page that steals BLIK codes / card data; tiny amount plus 24-hour threat (hard negative: business 26).")

    # A25 fake helpdesk after e-mail bombing: Teams + Quick Assist pretext from an external tenant
    t = utc(2026, 11, 10, 12, 58, 30)
    r = rng(A, 25)
    txt = """Dzie\u0144 dobry Pani Ma\u0142gorzato,

od dzisiejszego ranka nasz system bezpiecze\u0144stwa rejestruje na Pani skrzynce bardzo du\u017c\u0105 liczb\u0119 wiadomo\u015bci typu spam (ponad 1 400 w ci\u0105gu 2 godzin). Zg\u0142oszenie zosta\u0142o zarejestrowane pod numerem INC-0048213.

Aby zablokowa\u0107 atak, konieczne jest w\u0142\u0105czenie nowego filtra bezpo\u015brednio na Pani komputerze. W ci\u0105gu najbli\u017cszych 15 minut skontaktuje si\u0119 z Pani\u0105 nasz technik przez Microsoft Teams (konto \u201eIT Support - Example Group\u201d).

Prosimy:
1. zaakceptowa\u0107 czat/po\u0142\u0105czenie w Teams od \u201eIT Support - Example Group\u201d,
2. uruchomi\u0107 Szybk\u0105 pomoc (Quick Assist) - klawisze Ctrl + Windows + Q,
3. poda\u0107 technikowi 6-cyfrowy kod, kt\u00f3ry poda podczas rozmowy, i potwierdzi\u0107 pe\u0142n\u0105 kontrol\u0119.

Do czasu zako\u0144czenia prac prosimy nie usuwa\u0107 wiadomo\u015bci spamowych i nie restartowa\u0107 komputera.

Pozdrawiamy
Dzia\u0142 IT - Helpdesk
Example Group
"""
    rt = infra.m365(r, t, region="EU", org_domain="examplegroupit.onmicrosoft.com", lang="pl-PL")
    Mail(A, 25, LANG, "helpdesk-teams-quick-assist-vishing", route=rt,
         frm=("Dzia\u0142 IT - Helpdesk Example Group", "helpdesk@examplegroupit.onmicrosoft.com"), to=[gosia],
         subject="INC-0048213: atak spamowy na Pani skrzynk\u0119 - kontakt technika przez Teams",
         body=alt(txt, outlook_html(txt, lang="PL"), "windows-1250", "quoted-printable"), hcs="windows-1250", henc="Q",
         what="'IT helpdesk' follows up a spam flood: a technician will call via Microsoft Teams, the user should start Quick Assist and give him full control",
         why="Remote-access vishing as used by ransomware crews after e-mail bombing: external Microsoft 365 tenant examplegroupit.onmicrosoft.com posing as internal IT, Teams contact from an external account, Quick Assist with full control; real IT works through the ticket portal and internal number (hard negative: business 24).")

    # A26 HTML attachment redirector (HTML smuggling style) from a hacked small business (cPanel)
    t = utc(2026, 12, 7, 9, 22, 15)
    r = rng(A, 26)
    redir = "https://instal-kowal.pl/wp-content/uploads/2026/12/dokumenty/?f=FV_2026_12_0473&u=%s" % alnum(r, 16)
    htm = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=%s">
<title>Faktura FV/2026/12/0473</title>
</head>
<body style="font-family:Arial,sans-serif">
<p>Trwa pobieranie dokumentu Faktura_FV_2026_12_0473.zip ...</p>
<p>Je\u015bli pobieranie nie rozpocz\u0119\u0142o si\u0119 automatycznie, <a href="%s">kliknij tutaj</a>.</p>
</body>
</html>
""" % (esc(redir), esc(redir))
    txt = """Dzie\u0144 dobry,

w za\u0142\u0105czeniu przesy\u0142am faktur\u0119 FV/2026/12/0473 za wykonanie instalacji klimatyzacji w pomieszczeniu serwerowni.
Prosz\u0119 o terminow\u0105 p\u0142atno\u015b\u0107.

Pozdrawiam
Krzysztof Kowal
INSTAL-KOWAL Us\u0142ugi Instalacyjne
"""
    rt = infra.exim_cpanel(r, t, "s14.cyberfolks-hosting.pl", "194.28.%d.%d" % (51, 14), "instal-kowal.pl", "biuro@instal-kowal.pl",
                           zone="PL", ua="roundcube")
    Mail(A, 26, LANG, "faktura-html-przekierowanie-zip", route=rt, frm=("INSTAL-KOWAL", "biuro@instal-kowal.pl"), to=[pawel],
         subject="Faktura FV/2026/12/0473",
         body=mixed(plain(txt, "iso-8859-2", "quoted-printable"),
                    att(htm.encode("utf-8"), "text/html; charset=utf-8", "Faktura_FV_2026_12_0473.html")),
         hcs="iso-8859-2", henc="Q",
         what="Invoice e-mail from an unknown installer; the 'invoice' is an HTML file that immediately redirects to a ZIP download on a WordPress uploads folder",
         why="HTML attachment used as a redirector/downloader (meta refresh to a ZIP on a compromised WordPress site); no order or business relationship exists, the sender mailbox on shared hosting is compromised; standard malware delivery chain.")

    # ================================================================ BUSINESS
    # B22 genuine invoice from Partner Logistik (KSeF number, white list, split payment)
    t = utc(2026, 12, 1, 8, 31, 27)
    r = rng(B, 22)
    ksef = "%s-20261130-%s-%s-%s" % (nip_partner, hexid(r, 6, upper=True), hexid(r, 6, upper=True), hexid(r, 2, upper=True))
    pdfd = attach.pdf(["# Partner Logistik sp. z o.o.", "ul. Magazynowa 5, 55-040 Bielany Wroc\u0142awskie, NIP " + nip_partner, "",
                       "Nabywca: Example Dental Polska sp. z o.o., ul. Legnicka 48, 54-202 Wroc\u0142aw, NIP " + nip_example, "",
                       "# Faktura VAT FV/2026/11/0931", "Data wystawienia: 30.11.2026   Data sprzeda\u017cy: 30.11.2026", "Numer KSeF: " + ksef, "",
                       "Lp. Nazwa us\u0142ugi                                   Netto (z\u0142)   VAT   Brutto (z\u0142)",
                       "1   Magazynowanie - 86 miejsc paletowych, 11/2026        6 880,00   23%    8 462,40",
                       "2   Kompletacja i wydania - 412 zlece\u0144                   2 472,00   23%    3 040,56",
                       "    Razem                                                9 352,00          11 502,96", "",
                       "Termin p\u0142atno\u015bci: 14.12.2026, przelew", "Mechanizm podzielonej p\u0142atno\u015bci",
                       "PKO Bank Polski S.A. " + ids.iban_fmt(pl_iban)],
                      title="Faktura FV/2026/11/0931", author="Partner Logistik", producer="Comarch ERP Optima", creator="Comarch ERP Optima",
                      date="D:20261130163005+01'00'")
    txt = """Szanowni Pa\u0144stwo,

w za\u0142\u0105czeniu przesy\u0142amy wizualizacj\u0119 faktury FV/2026/11/0931 z dnia 30.11.2026 r. Faktura zosta\u0142a wystawiona w KSeF (numer KSeF: %s).

Kwota brutto: 11 502,96 z\u0142
Termin p\u0142atno\u015bci: 14.12.2026
Rachunek: PKO Bank Polski S.A. %s (rachunek widnieje na bia\u0142ej li\u015bcie podatnik\u00f3w VAT)

Pozdrawiamy
Dzia\u0142 Ksi\u0119gowo\u015bci
Partner Logistik sp. z o.o.
ul. Magazynowa 5, 55-040 Bielany Wroc\u0142awskie
tel. +48 71 311 40 10
""" % (ksef, ids.iban_fmt(pl_iban))
    rt = infra.smb_postfix(r, t, PL_HOST, PL_IP, zone="PL", client_ip="10.0.5.11", client_rdns="optima.partner.local", ua="postfix",
                           domain="partner-logistik.pl")
    rt.xh = [("X-Mailer", "Comarch ERP Optima")]
    Mail(B, 22, LANG, "partner-logistik-faktura-ksef", route=rt, frm=("Partner Logistik - Ksi\u0119gowo\u015b\u0107", "ksiegowosc@partner-logistik.pl"),
         to=[pawel], subject="Faktura FV/2026/11/0931 - Partner Logistik sp. z o.o.",
         body=mixed(plain(txt, "iso-8859-2", "8bit"), att(pdfd, "application/pdf", "FV_2026_11_0931.pdf")), hcs="iso-8859-2", henc="Q",
         what="Partner Logistik's November warehousing invoice (KSeF number, split payment), PDF visualisation",
         why="Genuine: the partner's own mail server and accounting address, the known PKO BP account that is on the VAT white list, KSeF reference, amounts match the contract. Hard negative of attack 22.")

    # B23 genuine delivery scheduling from Tadeusz Zieli\u0144ski with CMR scans (ZIP of PDFs)
    t = utc(2026, 11, 27, 13, 10, 44)
    r = rng(B, 23)
    cmr1 = attach.pdf(["# CMR 2026/11/1187", "Nadawca: Example Group GmbH, N\u00fcrnberg", "Odbiorca: Partner Logistik sp. z o.o., Bielany Wroc\u0142awskie",
                       "Przewo\u017anik: Ferretti Trasporti S.p.A.", "Towar: materia\u0142y dentystyczne, 14 palet, 3 120 kg", "Data przyj\u0119cia: 18.11.2026"],
                      title="CMR 2026/11/1187", author="Partner Logistik", producer="Canon iR-ADV C5840 PDF", creator="Canon", date="D:20261127123000+01'00'")
    cmr2 = attach.pdf(["# CMR 2026/11/1214", "Nadawca: Example Group GmbH, N\u00fcrnberg", "Odbiorca: Partner Logistik sp. z o.o., Bielany Wroc\u0142awskie",
                       "Przewo\u017anik: Raben Logistics Polska", "Towar: materia\u0142y dentystyczne, 9 palet, 1 870 kg", "Data przyj\u0119cia: 25.11.2026"],
                      title="CMR 2026/11/1214", author="Partner Logistik", producer="Canon iR-ADV C5840 PDF", creator="Canon", date="D:20261127123100+01'00'")
    zipd = attach.zip_plain([("CMR_2026_11_1187.pdf", cmr1), ("CMR_2026_11_1214.pdf", cmr2)], dt=(2026, 11, 27, 13, 5, 12))
    txt = """Dzie\u0144 dobry Pani Ma\u0142gorzato,

przesy\u0142am skany CMR z listopada (2 dostawy z Norymbergi) - w za\u0142\u0105czniku ZIP, bo skaner wysy\u0142a osobne pliki.

Awizacje na grudzie\u0144:
- 08.12 - dostawa z Norymbergi (Ferretti), ok. 12 palet, okno 7:00-10:00
- 15.12 - dostawa z Norymbergi (Raben), ok. 8 palet
- ostatnie wydania do klient\u00f3w przed \u015awi\u0119tami: 22.12 do 14:00
- magazyn zamkni\u0119ty 24-26.12 oraz 31.12-01.01, inwentaryzacja roczna 28.12

Prosz\u0119 o potwierdzenie terminu inwentaryzacji, \u017ceby\u015bmy mogli zaplanowa\u0107 ludzi.

""" + SIG_TZ
    rt = infra.smb_postfix(r, t, PL_HOST, PL_IP, zone="PL", client_ip="188.128.204.30", client_rdns="biuro.partner-logistik.pl", ua="outlook16",
                           domain="partner-logistik.pl")
    rt.xh = [x if x[0] != "Content-Language" else ("Content-Language", "pl") for x in rt.xh]
    Mail(B, 23, LANG, "partner-logistik-awizacje-cmr-zip", route=rt, frm=("Tadeusz Zieli\u0144ski", "t.zielinski@partner-logistik.pl"),
         to=[gosia], cc=[S["tobias"]], subject="Awizacje grudzie\u0144 + skany CMR listopad",
         body=mixed(alt(txt, outlook_html(txt, lang="PL"), "windows-1250", "quoted-printable"),
                    att(zipd, "application/x-zip-compressed", "CMR_listopad_2026.zip")), hcs="windows-1250", henc="Q",
         what="Logistics partner's warehouse manager sends December delivery slots and November CMR scans as a ZIP of two PDFs",
         why="Genuine: real domain and server, usual Outlook client, operational content matching shipments, the ZIP contains only two PDF scans (not encrypted, no executable), HQ logistics in Cc.")

    # B24 genuine internal notice about remote support (relayed IT procedure)
    t = utc(2026, 11, 12, 7, 45, 0)
    r = rng(B, 24)
    txt = """Drodzy,

w ostatnich tygodniach w kilku firmach z naszej bran\u017cy przest\u0119pcy najpierw zasypywali skrzynki pracownik\u00f3w tysi\u0105cami wiadomo\u015bci, a potem dzwonili przez Teams jako \u201ehelpdesk\u201d i prosili o uruchomienie Szybkiej pomocy (Quick Assist). Wczoraj tak\u0105 wiadomo\u015b\u0107 dosta\u0142a r\u00f3wnie\u017c nasza kole\u017canka - na szcz\u0119\u015bcie zg\u0142osi\u0142a to od razu.

Przypominam zasady ustalone z dzia\u0142em IT w Norymberdze:
1. Zdalne wsparcie odbywa si\u0119 tylko po zg\u0142oszeniu, kt\u00f3re sami za\u0142o\u017cycie w portalu serwisowym albo pod numerem wewn\u0119trznym 444.
2. Technik IT \u0142\u0105czy si\u0119 wy\u0142\u0105cznie przez nasz\u0105 firmow\u0105 konsol\u0119 zdalnej pomocy i zawsze podaje numer Waszego zg\u0142oszenia.
3. IT nigdy nie pisze z adres\u00f3w zewn\u0119trznych (np. \u2026onmicrosoft.com, Gmail) i nie kontaktuje si\u0119 przez Teams z kont spoza firmy (oznaczonych jako \u201eZewn\u0119trzny\u201d).
4. W razie w\u0105tpliwo\u015bci od\u0142\u00f3\u017ccie s\u0142uchawk\u0119 i zadzwo\u0144cie na 444.

Pozdrawiam
Ma\u0142gorzata W\u00f3jcik
Office Manager | Example Dental Polska sp. z o.o.
"""
    rt = infra.internal(r, t, sender_ip="10.24.1.12", lang="pl-PL", accept="pl-PL, en-US")
    Mail(B, 24, LANG, "komunikat-wsparcie-zdalne-intern", route=rt, frm=gosia, to=[("Wroc\u0142aw - wszyscy", "wroclaw-all@example.com")],
         rcpt=pawel[1], subject="Uwaga: fa\u0142szywy helpdesk przez Teams - jak wygl\u0105da prawdziwe wsparcie IT",
         body=alt(txt, outlook_html(txt, lang="PL"), "utf-8", "base64"), hcs="utf-8", henc="B",
         what="Polish office manager's internal notice describing the genuine remote-support procedure after a fake-helpdesk attempt",
         why="Genuine: internal Exchange via mail-int01 to the office distribution list, no link or request, only the known internal number 444 and the ticket portal. Hard negative of attack 25.")

    # B25 genuine customer order from wp.pl
    t = utc(2026, 11, 30, 18, 3, 19)
    r = rng(B, 25)
    txt = """Dzie\u0144 dobry Pani Ma\u0142gorzato,

prosz\u0119 o przygotowanie zam\u00f3wienia na grudzie\u0144 do gabinetu w Opolu:

- kompozyt nanohybrydowy A2, strzykawki 4 g - 6 szt.
- kompozyt nanohybrydowy A3 - 4 szt.
- system wi\u0105\u017c\u0105cy uniwersalny 5 ml - 2 szt.
- masa wyciskowa alginatowa 500 g - 10 op.
- \u0142y\u017ceczki wyciskowe jednorazowe, rozmiar M - 50 szt.
- ko\u0144c\u00f3wki \u015blinoci\u0105gu - 5 op.

Poprosz\u0119 o faktur\u0119 proforma na maila, zap\u0142ac\u0119 przelewem od razu. Zale\u017cy mi na dostawie przed 18 grudnia, bo potem zamykamy gabinet na \u015awi\u0119ta.

Pozdrawiam serdecznie
lek. dent. Anna Lewandowska
Gabinet Stomatologiczny Anna Lewandowska
ul. Krakowska 27, 45-018 Opole
tel. 77 454 12 80
"""
    rt = infra.wp(r, t)
    Mail(B, 25, LANG, "zamowienie-gabinet-wp", route=rt, frm=("Anna Lewandowska", "gabinet.lewandowska@wp.pl"), to=[gosia],
         subject="Zam\u00f3wienie na grudzie\u0144 - gabinet Opole", body=plain(txt, "iso-8859-2", "quoted-printable"), hcs="iso-8859-2", henc="Q",
         what="Dentist (long-standing customer) orders December consumables from her wp.pl mailbox and asks for a pro-forma invoice",
         why="Genuine: known customer address on WP Poczta, specific product list, asks us for a pro-forma and pays by transfer; no links, no attachments, nothing unusual.")

    # B26 genuine DPD Polska shipment notification
    t = utc(2026, 11, 23, 6, 12, 5)
    r = rng(B, 26)
    track = "https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=1000846219355U"
    txt = """Dzie\u0144 dobry,

nadawca Lieferant GmbH przekaza\u0142 nam Twoj\u0105 paczk\u0119.

Numer przesy\u0142ki: 1000846219355U
Planowana data dor\u0119czenia: 24.11.2026, w godzinach 9:00-17:00
Adres: Example Dental Polska sp. z o.o., ul. Legnicka 48, 54-202 Wroc\u0142aw

\u015aled\u017a przesy\u0142k\u0119: %s

Je\u015bli chcesz zmieni\u0107 termin lub miejsce dor\u0119czenia, skorzystaj z aplikacji DPD Mobile lub strony mojapaczka.dpd.com.pl.
DPD nie prosi o dop\u0142aty w wiadomo\u015bciach e-mail ani SMS.

Pozdrawiamy
Zesp\u00f3\u0142 DPD Polska
DPD Polska Sp. z o.o., ul. Mineralna 15, 02-274 Warszawa
""" % track
    html = brand_html("Twoja paczka jest w drodze", [
        "Dzie\u0144 dobry,", "nadawca <b>Lieferant GmbH</b> przekaza\u0142 nam Twoj\u0105 paczk\u0119.",
        "Numer przesy\u0142ki: <b>1000846219355U</b><br>Planowana data dor\u0119czenia: <b>24.11.2026</b>, w godzinach 9:00-17:00",
        "Adres: Example Dental Polska sp. z o.o., ul. Legnicka 48, 54-202 Wroc\u0142aw"], button=("\u015aled\u017a przesy\u0142k\u0119", track),
        after_button=["DPD nie prosi o dop\u0142aty w wiadomo\u015bciach e-mail ani SMS."],
        footer="DPD Polska Sp. z o.o., ul. Mineralna 15, 02-274 Warszawa", color="#dc0032", logo_text="DPD", lang="pl")
    inner = ["from notify-app02.dpd.com.pl (notify-app02.dpd.com.pl [10.200.%d.%d])\n\tby mailout1.dpd.com.pl (Postfix) with ESMTP id %s\n\tfor <malgorzata.wojcik@example.com>; %s" % (
        r.randrange(0, 255), r.randrange(1, 254), infra.postfix_short_qid(r), rfcdate(t, "PL", comment=True))]
    rt = infra.generic_mta(r, t, "mailout1.dpd.com.pl", "mailout1.dpd.com.pl", "91.239.%d.%d" % (8, 45), "dpd.com.pl", "PL", inner=inner, ua="postfix")
    Mail(B, 26, LANG, "dpd-powiadomienie-paczka-echt", route=rt, frm=("DPD Polska", "powiadomienia@dpd.com.pl"), to=[gosia],
         subject="Twoja paczka 1000846219355U jest w drodze", body=alt(txt, html, "utf-8", "quoted-printable"), hcs="utf-8", henc="B",
         what="DPD Polska notification that a parcel from Lieferant GmbH will be delivered on 24 Nov",
         why="Genuine: DPD's own domain and mail servers, link only to tracktrace.dpd.com.pl, no payment request, real consignment from a known supplier. Hard negative of attack 24.")
