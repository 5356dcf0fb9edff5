"""Attack messages, Polish (22-26)."""
import base64
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs, rfc
from . import infra, ids, qr, pdfdoc, zipc

F = "attack"
NIP = company.VAT["example_pl"]
NIP_F = "%s-%s-%s-%s" % (NIP[:3], NIP[3:6], NIP[6:8], NIP[8:])


def a22():
    seed = "a22"
    t = local("PL", "2026-11-19 10:05:33")
    rcpt = S["pl_acc"]["addr"]
    mg = "mg.ksef-podatki.pl"
    ch = infra.mailgun(seed, t, rcpt, mg, ip="159.135.224.58")
    ksef_no = "%s-20261118-%s-%s" % (company.VAT["partner_logistik"], h(seed + "k", 12, UHEX), h(seed + "k2", 2, UHEX))
    link = "https://ksef-podatki.pl/web/logowanie?nip=%s&ref=%s" % (NIP, h(seed + "r", 16, HEX))
    htm = dd("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;">
        <div style="max-width:640px;border:1px solid #d9d9d9;">
        <div style="background:#d4213d;color:#fff;padding:14px 20px;font-size:17px;font-weight:bold;">Krajowy System e-Faktur &middot; Ministerstwo Finansów</div>
        <div style="padding:20px;">
        <p>Szanowni Państwo,</p>
        <p>w Krajowym Systemie e-Faktur zarejestrowano fakturę ustrukturyzowaną wystawioną na podmiot o numerze NIP <b>__NIPF__</b> (EXAMPLE GROUP POLSKA SP. Z O.O.).</p>
        <table cellpadding="5" style="border-collapse:collapse;font-size:13px;">
        <tr><td style="border:1px solid #ccc;background:#f3f3f3;">Numer KSeF</td><td style="border:1px solid #ccc;">__KSEF__</td></tr>
        <tr><td style="border:1px solid #ccc;background:#f3f3f3;">Sprzedawca</td><td style="border:1px solid #ccc;">PARTNER LOGISTIK SP. Z O.O.</td></tr>
        <tr><td style="border:1px solid #ccc;background:#f3f3f3;">Status</td><td style="border:1px solid #ccc;color:#c00;">Oczekuje na autoryzację odbiorcy</td></tr></table>
        <p>W związku ze zmianą zasad uwierzytelniania obowiązującą od 1 listopada 2026 r. dostęp do faktur zakupowych wymaga ponownej autoryzacji tokenem KSeF lub Profilem Zaufanym. Tokeny, które nie zostaną potwierdzone w ciągu 3 dni roboczych, zostaną unieważnione, a pobieranie faktur przez systemy księgowe zostanie wstrzymane.</p>
        <p style="margin:24px 0;"><a href="__LINK__" style="background:#d4213d;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold;">Zaloguj się do KSeF</a></p>
        <p style="font-size:12px;color:#666;">Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.<br>Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa</p>
        </div></div></body></html>
        """).replace("__NIPF__", NIP_F).replace("__KSEF__", ksef_no).replace("__LINK__", esc(link))
    plain = dd("""
        Szanowni Państwo,

        w Krajowym Systemie e-Faktur zarejestrowano fakturę ustrukturyzowaną wystawioną na podmiot o numerze NIP %(nip)s (EXAMPLE GROUP POLSKA SP. Z O.O.).

        Numer KSeF: %(k)s
        Sprzedawca: PARTNER LOGISTIK SP. Z O.O.
        Status: Oczekuje na autoryzację odbiorcy

        W związku ze zmianą zasad uwierzytelniania obowiązującą od 1 listopada 2026 r. dostęp do faktur zakupowych wymaga ponownej autoryzacji tokenem KSeF lub Profilem Zaufanym. Tokeny, które nie zostaną potwierdzone w ciągu 3 dni roboczych, zostaną unieważnione.

        Zaloguj się do KSeF: %(l)s

        Ministerstwo Finansów
        """) % {"nip": NIP_F, "k": ksef_no, "l": link}
    body = alt(plain, htm, bnd("mailgun", seed), "utf-8", "base64")
    return spec(F, "pl", "ksef-autoryzacja-tokenu-phishing", seed, t, ch,
                frm=addr("Krajowy System e-Faktur", "powiadomienia@ksef-podatki.pl"), to=rcpt, rcpt=rcpt, ret=ch["bounce"],
                subject=subj("KSeF: faktura oczekuje na autoryzację odbiorcy – wymagane potwierdzenie tokenu", "utf-8", "B"),
                body=body, zone="PL",
                what="E-invoicing (KSeF) phishing: a 'new structured invoice' from the real logistics partner requires token / Profil Zaufany re-authorisation.",
                why="KSeF does not e-mail such notices and lives on *.podatki.gov.pl / ksef.mf.gov.pl; domain ksef-podatki.pl via Mailgun; invented rule change with 3-day token revocation threat; link harvests KSeF tokens or Profil Zaufany logins.")


def a23():
    seed = "a23"
    t = local("PL", "2026-11-26 14:47:03")
    rcpt = S["pl_acc"]["addr"]
    sender = "ksiegowosc@partner-logistik.pl"
    ch = infra.vps(seed, t, rcpt, "serwer2476158.home.pl", "46.242.241.58", "serwer2476158.home.pl", "partner-logistik.pl", "PL")
    prev = "<%s@EXMBX01.corp.example.com>" % h(seed + "p", 32, HEX)
    plain = dd("""
        Dzień dobry Panie Łukaszu,

        w załączeniu przesyłam fakturę korygującą do FV/2026/10/0287 wraz z zestawieniem palet i potwierdzeniami dostaw.
        Ze względu na dane osobowe kierowców plik jest zabezpieczony hasłem: PL0287

        Proszę o potwierdzenie otrzymania i akceptację korekty do piątku.

        Pozdrawiam
        Dział Księgowości
        Partner Logistik sp. z o.o.
        ul. Rabowicka 15, 62-020 Swarzędz

        W dniu 25.11.2026 o 09:32, Łukasz Król napisał(a):
        > Dzień dobry,
        >
        > w fakturze FV/2026/10/0287 policzono 48 miejsc paletowych zamiast 42
        > (zestawienie z WMS w załączniku). Proszę o korektę.
        >
        > Z poważaniem
        > Łukasz Król
        > Księgowość | Example Group Polska sp. z o.o.
        """)
    inner = "Korekta_FV_2026_10_0287.pdf.js"
    z = zipc.make_zip([(inner, placeholder(inner))], password=b"PL0287", seed=23, dt=(2026, 11, 26, 14, 40, 18))
    b = bnd("roundcube", seed)
    body = Multi("mixed", [Text(plain, "plain", "UTF-8", "quoted-printable", flowed=True),
                           Att(z, "application/zip", "Korekta_FV_2026_10_0287.zip", size=True)], b)
    return spec(F, "pl", "thread-hijack-partner-logistik-zip", seed, t, ch,
                frm=addr("Księgowość Partner Logistik", sender, "UTF-8", "Q"), to=addr("Łukasz Król", rcpt, "UTF-8", "Q"),
                rcpt=rcpt, ret=sender, subject=subj("Re: Faktura FV/2026/10/0287 – korekta", "UTF-8", "Q"), body=body, zone="PL",
                in_reply_to=prev, references=prev, zip_pwd="PL0287",
                what="Thread hijack from the logistics partner's genuinely compromised accounting mailbox: reply with an encrypted ZIP 'credit note'.",
                why="Real partner-logistik.pl server, real thread, but sent via the hoster's Roundcube webmail (the partner normally sends from Thunderbird, business/22) with a ZipCrypto archive containing a JavaScript file disguised as PDF (…pdf.js), password in the body – malware delivery.")


def a24():
    seed = "a24"
    t = local("PL", "2026-11-16 07:22:48")
    rcpt = S["pl_mgr"]["addr"]
    env = "gabinetn@s47.hostingserwer.pl"
    ch = infra.cpanel(seed, t, rcpt, "s47.hostingserwer.pl", "185.28.102.47", "gabinetn", None, None, "PL", mua="php",
                      envelope=env, php_script="/home/gabinetn/domains/stomatologia-nowak.pl/public_html/wp-content/uploads/2026/zus.php")
    link = "https://pue-zus.pl.ezla-portal.com/portal/logowanie.npi?ref=" + h(seed + "r", 14, UPALNUM)
    plain = dd("""
        Szanowni Państwo,

        na profil płatnika składek EXAMPLE GROUP POLSKA SP. Z O.O. na Platformie Usług Elektronicznych ZUS wpłynęło nowe zaświadczenie lekarskie (e-ZLA) ubezpieczonego pracownika.

        Seria i numer zaświadczenia: ZY 4418275
        Okres niezdolności do pracy: 16.11.2026 - 04.12.2026
        Kod literowy: -

        Zaświadczenie oraz dane pracownika są dostępne po zalogowaniu na profil płatnika w eZUS:
        %(l)s

        Wiadomość została wygenerowana automatycznie przez system PUE ZUS.
        Zakład Ubezpieczeń Społecznych
        """) % {"l": link}
    body = Text(plain, "plain", "iso-8859-2", "base64")
    return spec(F, "pl", "zus-e-zla-zaswiadczenie-phishing", seed, t, ch,
                frm=addr("PUE ZUS - powiadomienia", "kontakt@stomatologia-nowak.pl", quote_always=True), to=rcpt, rcpt=rcpt, ret=env,
                subject=subj("eZUS: nowe zaświadczenie lekarskie e-ZLA dla płatnika składek", "iso-8859-2", "Q"),
                body=body, zone="PL", extra=[("X-PHP-Originating-Script", "1042:zus.php")],
                what="Regulator / social-insurance phishing: 'PUE ZUS' says a new sick-leave certificate (e-ZLA) is waiting and asks to log in to eZUS.",
                why="Sent from a PHP script uploaded to a compromised dental practice's WordPress (envelope gabinetn@s47.hostingserwer.pl); link uses pue-zus.pl.ezla-portal.com instead of zus.pl – credential phishing for the payer profile.")


def a25():
    seed = "a25"
    t = local("PL", "2026-11-23 09:14:50")
    rcpt = S["pl_mgr"]["addr"]
    sender = "zakupy@oleomar-hurt.pl"
    ch = infra.vps(seed, t, rcpt, "mail.oleomar-hurt.pl", "51.68.141.203", "vps-2b7c91e4.vps.ovh.net", "oleomar-hurt.pl", "PL", mua="phpmailer")
    cmd_ps = "Write-Output 'INERT EVALUATION PLACEHOLDER - ClickFix sample, no payload'"
    enc = base64.b64encode(cmd_ps.encode("utf-16-le")).decode()
    command = "powershell -w h -nop -ep bypass -enc " + enc
    page = dd("""
        <!DOCTYPE html>
        <html lang="pl"><head><meta charset="utf-8"><title>ZO_2026_1187_specyfikacja.docx - Word Online</title>
        <style>body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#e9e9e9}
        .bar{background:#185abd;color:#fff;padding:10px 18px;font-size:15px}
        .doc{max-width:760px;margin:30px auto;background:#fff;height:520px;filter:blur(3px);padding:40px;color:#999}
        .err{position:absolute;top:120px;left:0;right:0;margin:auto;max-width:520px;background:#fff;border:1px solid #c8c8c8;box-shadow:0 6px 20px rgba(0,0,0,.3);padding:26px 30px}
        .err h2{margin:0 0 10px 0;font-size:19px;color:#a4262c}.cmd{background:#f3f2f1;border:1px solid #ccc;padding:8px;font-family:Consolas,monospace;font-size:11px;word-break:break-all}
        ol li{margin:6px 0}</style></head>
        <body><div class="bar">Word &middot; ZO_2026_1187_specyfikacja.docx &middot; tylko do odczytu</div>
        <div class="doc">Zapytanie ofertowe nr ZO/2026/1187 &hellip; Specyfikacja produktu &hellip; Oliwa z oliwek extra virgin &hellip; Opakowania &hellip; Warunki dostawy &hellip;</div>
        <div class="err">
        <h2>Nie można wyświetlić dokumentu</h2>
        <p>Wystąpił błąd rozszerzenia czcionek Word Online (kod 0x80070643). Aby poprawnie wyświetlić dokument, zaktualizuj składnik czcionek:</p>
        <ol>
        <li>Naciśnij jednocześnie klawisze <b>Windows + R</b></li>
        <li>Skopiuj i wklej poniższe polecenie (<b>Ctrl + V</b>)</li>
        <li>Naciśnij <b>Enter</b> i odśwież tę stronę</li>
        </ol>
        <div class="cmd">__CMD__</div>
        <p style="font-size:12px;color:#666;">Aktualizacja trwa kilka sekund. Identyfikator weryfikacji: 7318-4420</p>
        </div></body></html>
        """).replace("__CMD__", esc(command))
    plain = dd("""
        Dzień dobry,

        w imieniu Hurtowni Spożywczej Oleo-Mar sp. z o.o. zapraszamy do złożenia oferty na dostawy oliwy z oliwek extra virgin w 2027 r.:

        - butelka szklana 1 l - ok. 18 000 szt./rok
        - puszka 5 l - ok. 4 500 szt./rok

        Szczegółowa specyfikacja, harmonogram dostaw i warunki płatności znajdują się w załączniku (dokument otwiera się w przeglądarce).
        Termin składania ofert: 27.11.2026.

        Z poważaniem
        Agnieszka Dąbrowska
        Dział Zakupów
        Hurtownia Spożywcza Oleo-Mar sp. z o.o.
        ul. Przemysłowa 8, 85-758 Bydgoszcz
        """)
    body = Multi("mixed", [Text(plain, "plain", "windows-1250", "quoted-printable"),
                           Text(page, "html", "utf-8", "base64", disposition="attachment", filename="ZO_2026_1187_specyfikacja.html")],
                 bnd("php", seed))
    return spec(F, "pl", "clickfix-zapytanie-ofertowe-html", seed, t, ch,
                frm=addr("Agnieszka Dąbrowska - Oleo-Mar", sender, "windows-1250", "Q"), to=rcpt, rcpt=rcpt, ret=sender,
                subject=subj("Zapytanie ofertowe nr ZO/2026/1187 – oliwa z oliwek extra virgin", "windows-1250", "Q"),
                body=body, zone="PL",
                what="ClickFix: a fake tender request whose HTML 'document' shows a Word Online error and tells the user to run a PowerShell command via Win+R.",
                why="Unknown 'wholesaler' domain on an OVH VPS (PHPMailer); no legitimate document requires pasting a command into the Run dialog; the command is an encoded PowerShell one-liner (here inert: it only prints a placeholder) – ClickFix malware delivery.")


def a26():
    seed = "a26"
    t = local("PL", "2026-12-03 16:38:12")
    rcpt = S["pl_acc"]["addr"]
    sender = "rozliczenia.m365.pl@gmail.com"
    ch = infra.gmail(seed, t, rcpt, host=("mail-lf1-f47.google.com", "209.85.167.47"))
    phone = "+48 22 307 41 86"
    pdf = pdfdoc.make_pdf([[
        "# Potwierdzenie zamówienia i faktura",
        "Microsoft 365 Business Premium - odnowienie roczne",
        "",
        "Numer zamówienia: MS-PL-4481927",
        "Data: 03.12.2026",
        "Klient: Example Group Polska sp. z o.o., NIP " + NIP_F,
        "",
        "## Pozycje",
        "Microsoft 365 Business Premium (25 licencji x 12 mies.)           2 316,26 zł",
        "VAT 23%                                                              532,74 zł",
        "Razem do zapłaty                                                   2 849,00 zł",
        "",
        "Płatność: pobrana automatycznie z zapisanej karty płatniczej (**** 4417).",
        "",
        "## Anulowanie i zwrot",
        "Jeżeli nie zamawiali Państwo odnowienia lub chcą Państwo anulować subskrypcję i otrzymać",
        "pełny zwrot środków, prosimy o kontakt z działem rozliczeń w ciągu 24 godzin:",
        "",
        "Dział rozliczeń (pon.-niedz. 8:00-22:00): " + phone,
        "",
        "Po upływie 24 godzin zwrot nie będzie możliwy.",
    ]], title="Potwierdzenie zamowienia MS-PL-4481927", producer="Skia/PDF m131", creator="Chromium", created="D:20261203153501+00'00'")
    plain = dd("""
        Dzień dobry,

        dziękujemy za odnowienie subskrypcji Microsoft 365 Business Premium. Płatność w wysokości 2 849,00 zł została pobrana z zapisanej karty.

        Szczegóły zamówienia znajdują się w załączonym pliku PDF.

        Jeżeli nie zamawiali Państwo odnowienia, prosimy o kontakt z działem rozliczeń w ciągu 24 godzin pod numerem %s.

        Z poważaniem
        Zespół rozliczeń Microsoft 365
        """) % phone
    body = Multi("mixed", [gmail_alt(plain, bnd("gmail", seed + "x")), Att(pdf, "application/pdf", "MS-PL-4481927.pdf",
                 extra=[("X-Attachment-Id", "f_" + h(seed + "att", 9, "abcdefghijklmnopqrstuvwxyz0123456789"))], cid="f_" + h(seed + "att", 9, "abcdefghijklmnopqrstuvwxyz0123456789"))],
                 bnd("gmail", seed))
    return spec(F, "pl", "toad-odnowienie-microsoft-pdf", seed, t, ch,
                frm=addr("Microsoft 365 Rozliczenia", sender), to=rcpt, rcpt=rcpt, ret=sender,
                subject=subj("Potwierdzenie zamówienia MS-PL-4481927 – odnowienie Microsoft 365", "UTF-8", "B"),
                body=body, zone="PL",
                what="Callback phishing (TOAD) with a PDF 'invoice' for a Microsoft 365 renewal and a phone number to cancel within 24 hours.",
                why="Microsoft billing never comes from Gmail; no link, only a phone number in body and PDF – the call leads to remote-access installation and bank fraud; urgency (refund only within 24 h). Genuine Microsoft invoice notice: business/24.")


def messages():
    return [a22(), a23(), a24(), a25(), a26()]
