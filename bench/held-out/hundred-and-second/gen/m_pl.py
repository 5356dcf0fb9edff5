"""Polish messages: attacks 22-26, business 22-26."""
import infra
from infra import R
from common import (attack, business, T, H, ALT, MIXED, RELATED, ATT, addr,
                    subj, utc, Ctx, build, S, BANK, TAX, esc, ohtml,
                    paras_html, office_ip, rfcdate)
import ids
import qr
import zipc
from docs import invoice_pdf, letter_pdf

NRB = ids.nrb
PL_HEAD = ["Partner Logistik sp. z o.o.",
           "ul. Logistyczna 8, 62-080 Tarnowo Podgórne · tel. +48 61 814 27 00 · NIP %s · KRS 0000418273 · www.partner-logistik.pl" % ids.pl_nip_fmt(TAX["partner"])]
PL_FOOT = ["Partner Logistik sp. z o.o. · Sąd Rejonowy Poznań – Nowe Miasto i Wilda, VIII Wydział Gospodarczy KRS · KRS 0000418273 · kapitał zakładowy 500 000 zł",
           "PKO BP S.A. · nr rachunku %s · BIC BPKOPLPW" % NRB(BANK["partner"])]
EG_PL = ["Example Group Polska sp. z o.o.", "ul. Głogowska 218", "60-104 Poznań", "NIP %s" % ids.pl_nip_fmt(TAX["eg_pl"])]
TZ_SIG = """Tadeusz Zieliński
Kierownik ds. operacyjnych
Partner Logistik sp. z o.o.
ul. Logistyczna 8, 62-080 Tarnowo Podgórne
tel. +48 61 814 27 12, kom. +48 601 447 218"""


def who(k, cs="iso-8859-2", enc="Q"):
    return addr(S[k]["name"], S[k]["addr"], cs, enc)


# ======================================================================
# ATTACKS
# ======================================================================

@attack("pl", "partner-logistik-przejety-watek-zip",
        "Thread hijack from the genuinely compromised mailbox of Tadeusz Zieliński (Partner Logistik): 'invoice correction and pallet list' in a password-protected ZIP, password in the body, containing a .pdf.lnk shortcut",
        "Real address and home.pl server, correct thread, but sent through webmail from a foreign VPN IP instead of his usual Outlook (compare business/23), ZipCrypto archive with password in the same mail (defeats scanning), double-extension shortcut (.pdf.lnk, placeholder) - malware delivery via a compromised partner. Hard negatives: business/22, business/23.")
def a22():
    t = utc(2026, 11, 18, 13, 47, 9, "PL")
    ctx = Ctx("a22", t, S["lukasik"]["addr"])
    snd = "t.zielinski@partner-logistik.pl"
    r = infra.homepl(ctx, snd, "185.156.46.162", mua="roundcube")
    quote = """W dniu 16.11.2026 o 10:21, Paweł Łukasik napisał(a):
> Dzień dobry Panie Tadeuszu,
>
> na fakturze FV/2026/10/0457 stawka za paletomiejsce w cross-docku jest 2,85 zł zamiast uzgodnionych 2,60 zł (aneks nr 3).
> Proszę o korektę.
>
> Pozdrawiam
> Paweł Łukasik
> Example Group Polska sp. z o.o."""
    text = """Dzień dobry Panie Pawle,

w nawiązaniu do Pana wiadomości przesyłam korektę faktury FV/2026/10/0457 oraz zestawienie palet za październik.

Ze względu na dane osobowe kierowców pliki są w archiwum zabezpieczonym hasłem.
Hasło: PL2026-0457

Proszę o sprawdzenie i potwierdzenie do końca tygodnia.

Pozdrawiam
%s

%s
""" % (TZ_SIG, quote)
    zdata = zipc.make_zip([("Korekta_FV_2026_10_0457.pdf.lnk", b"placeholder - inert evaluation sample, not a shortcut\n",
                            (2026, 11, 18, 13, 39, 2))], password="PL2026-0457", seed="a22")
    body = MIXED(r, T(text, "UTF-8", "quoted-printable", fmt="flowed"),
                 ATT(zdata, "application/zip", "Korekta_FV_2026_10_0457.zip"))
    return build(ctx, r, {
        "From": addr("Tadeusz Zieliński", snd, "UTF-8", "Q"),
        "To": addr("Paweł Łukasik", S["lukasik"]["addr"], "UTF-8", "Q"),
        "Subject": "Re: Korekta faktury FV/2026/10/0457",
        "In-Reply-To": "<0a3e91c5d7f24b60a1e2b3c4d5e6f708@DEHQ-EX01.corp.example.com>",
        "References": "<0a3e91c5d7f24b60a1e2b3c4d5e6f708@DEHQ-EX01.corp.example.com>",
    }, body)


@attack("pl", "ksef-token-wygasa-phishing",
        "Credential phishing on Poland's KSeF e-invoicing system: 'authentication token expires, re-authorise by 31.12.2026 or you cannot issue invoices' – link to a fake login.gov.pl with bank-login options",
        "Bulk ESP (SendGrid) from ksef-powiadomienia.pl, not gov.pl; link to ksef-podatki-gov.pl.autoryzacja-mf.com imitating the national login node (profil zaufany / bank login) - harvests e-banking and Profil Zaufany credentials; sanction pressure. Hard negative: business/25 (genuine internal notice about the real token-to-certificate change).")
def a23():
    t = utc(2026, 12, 1, 8, 20, 14, "PL")
    ctx = Ctx("a23", t, S["lukasik"]["addr"])
    snd = "powiadomienia@ksef-powiadomienia.pl"
    r = infra.sendgrid(ctx, snd, "em2207.ksef-powiadomienia.pl")
    url = "https://ksef-podatki-gov.pl.autoryzacja-mf.com/logowanie?nip=%s&s=%s" % (TAX["eg_pl"], ctx.hex(16))
    text = """Krajowy System e-Faktur (KSeF)

Szanowni Państwo,

informujemy, że token uwierzytelniający wygenerowany w KSeF dla podmiotu o NIP %s utraci ważność z dniem 31.12.2026 r. Od 1 stycznia 2027 r. uwierzytelnianie w KSeF będzie możliwe wyłącznie przy użyciu certyfikatu KSeF.

Brak ponownej autoryzacji spowoduje brak możliwości wystawiania i odbierania faktur ustrukturyzowanych, co może skutkować sankcjami przewidzianymi w ustawie o VAT.

Aby wygenerować certyfikat i zachować dostęp, zaloguj się za pomocą profilu zaufanego lub bankowości elektronicznej:
%s

Z poważaniem
Ministerstwo Finansów
Krajowa Administracja Skarbowa

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
""" % (ids.pl_nip_fmt(TAX["eg_pl"]), url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
<body style="margin:0;background:#f1f1f1;font-family:Arial,sans-serif;color:#1b1b1b">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 28px;border-bottom:4px solid #d4213d"><span style="font-size:20px;font-weight:bold">Krajowy System e-Faktur</span><br><span style="font-size:12px;color:#555">Ministerstwo Finansów · Krajowa Administracja Skarbowa</span></td></tr>
<tr><td style="padding:22px 28px;font-size:15px;line-height:22px">
<p>Szanowni Państwo,</p>
<p>informujemy, że token uwierzytelniający wygenerowany w KSeF dla podmiotu o NIP <b>%s</b> utraci ważność z dniem <b>31.12.2026 r.</b> Od 1 stycznia 2027 r. uwierzytelnianie w KSeF będzie możliwe wyłącznie przy użyciu certyfikatu KSeF.</p>
<p>Brak ponownej autoryzacji spowoduje brak możliwości wystawiania i odbierania faktur ustrukturyzowanych, co może skutkować sankcjami przewidzianymi w ustawie o VAT.</p>
<p style="text-align:center;padding:8px 0"><a href="%s" style="background:#0052a5;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold">Zaloguj się i wygeneruj certyfikat</a></p>
<p style="font-size:13px">Logowanie: profil zaufany · e-dowód · bankowość elektroniczna (PKO BP, Pekao, mBank, ING, Santander, Millennium)</p>
<p>Z poważaniem<br>Ministerstwo Finansów<br>Krajowa Administracja Skarbowa</p>
<p style="font-size:11px;color:#777">Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.</p></td></tr></table></body></html>
""" % (ids.pl_nip_fmt(TAX["eg_pl"]), esc(url))
    body = ALT(r, T(text, "windows-1250", "quoted-printable"), H(html, "windows-1250", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("KSeF - Ministerstwo Finansów", snd, "windows-1250", "Q"),
        "To": S["lukasik"]["addr"],
        "Subject": subj("KSeF: wygaśnięcie tokena uwierzytelniającego – wymagana autoryzacja do 31.12.2026", "windows-1250", "B"),
    }, body)


@attack("pl", "trans-eu-konto-zawieszone",
        "Freight-exchange account phishing: 'Trans.eu – your account has been suspended after unusual activity, confirm your identity' to the Polish office manager",
        "Sent by PHPMailer from a VPS (trans-eu-platforma.com, not trans.eu), link to platform-trans.eu.weryfikacja-konta.top; stolen freight-exchange logins are used to post fake loads and steal cargo (double brokering). Account-suspension pressure.")
def a24():
    t = utc(2026, 10, 13, 14, 2, 55, "PL")
    ctx = Ctx("a24", t, S["wojcik"]["addr"])
    snd = "no-reply@trans-eu-platforma.com"
    r = infra.vps_direct(ctx, snd, "mail.trans-eu-platforma.com", None, "45.137.21.88", mua="phpmailer", zone="PL", local_hop=False)
    url = "https://platform-trans.eu.weryfikacja-konta.top/login?company=EGP-448172&ref=" + ctx.hex(12)
    text = """Trans.eu

Dzień dobry,

nasz system bezpieczeństwa wykrył nietypową aktywność na koncie firmy Example Group Polska sp. z o.o. (Trans ID 448172-7): logowanie z nowego urządzenia oraz publikację 6 ofert ładunków w ciągu 10 minut.

Aby chronić Państwa kontrahentów, konto zostało tymczasowo zawieszone. Oferty i wiadomości nie są widoczne dla innych użytkowników platformy.

Aby przywrócić dostęp, potwierdź tożsamość w ciągu 24 godzin:
%s

Jeśli nie potwierdzisz tożsamości, konto zostanie zablokowane, a aktywne zlecenia anulowane.

Zespół Bezpieczeństwa Trans.eu
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Arial,sans-serif;background:#f4f6f8;margin:0"><table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 26px;background:#1b3a6b;color:#fff;font-size:22px;font-weight:bold">Trans.eu</td></tr>
<tr><td style="padding:24px 26px;font-size:15px;line-height:22px;color:#222">
<p>Dzień dobry,</p>
<p>nasz system bezpieczeństwa wykrył <b>nietypową aktywność</b> na koncie firmy Example Group Polska sp. z o.o. (Trans ID 448172-7): logowanie z nowego urządzenia oraz publikację 6 ofert ładunków w ciągu 10 minut.</p>
<p>Aby chronić Państwa kontrahentów, konto zostało <b>tymczasowo zawieszone</b>. Oferty i wiadomości nie są widoczne dla innych użytkowników platformy.</p>
<p style="text-align:center"><a href="%s" style="background:#f28c00;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold;border-radius:4px">Potwierdź tożsamość</a></p>
<p>Jeśli nie potwierdzisz tożsamości w ciągu 24 godzin, konto zostanie zablokowane, a aktywne zlecenia anulowane.</p>
<p>Zespół Bezpieczeństwa Trans.eu</p></td></tr></table></body></html>
""" % esc(url)
    body = ALT(r, T(text, "iso-8859-2", "quoted-printable"), H(html, "iso-8859-2", "quoted-printable"))
    return build(ctx, r, {
        "From": "Trans.eu <%s>" % snd, "To": S["wojcik"]["addr"],
        "Subject": subj("Konto zawieszone - potwierdź tożsamość w ciągu 24 godzin", "iso-8859-2", "Q"),
    }, body)


@attack("pl", "mbank-companynet-quishing",
        "Quishing impersonating mBank CompanyNet: 'update the mobile authorisation certificate by 07.12 – scan the QR code with the mBank app' (inline PNG QR)",
        "Sent via a hacked cPanel hosting account (Exim, X-AntiAbuse headers) of an unrelated company with display name 'mBank CompanyNet'; the QR encodes companynet-mbank.pl-autoryzacja.com (not mbank.pl); banks do not ask to scan QR codes from e-mails; deadline pressure.")
def a25():
    t = utc(2026, 12, 3, 9, 12, 37, "PL")
    ctx = Ctx("a25", t, S["lukasik"]["addr"])
    snd = "biuro@hurtowniaelektryczna-kalisz.pl"
    r = infra.phpmailer_cpanel(ctx, snd, "s112.cyber-folks.pl", "195.78.66.112", "194.15.36.71",
                               "hurtowniaelektryczna-kalisz.pl", zone="PL")
    url = "https://companynet-mbank.pl-autoryzacja.com/m/%s?k=%s" % (TAX["eg_pl"], ctx.hex(10))
    png = qr.qr_png(url, "M", 5)
    cid = "qr_%s@mbank" % ctx.hex(10)
    text = """mBank CompanyNet

Szanowni Państwo,

w związku ze zmianą standardu zabezpieczeń mobilnej autoryzacji w systemie mBank CompanyNet prosimy o aktualizację certyfikatu mToken dla użytkowników firmy EXAMPLE GROUP POLSKA SP. Z O.O. do dnia 07.12.2026 r.

Aby zaktualizować certyfikat, zeskanuj kod QR widoczny w wiadomości aplikacją mobilną mBank lub aparatem telefonu i postępuj zgodnie z instrukcją.

Po tym terminie autoryzacja przelewów w aplikacji mobilnej nie będzie możliwa.

Z poważaniem
Zespół mBank CompanyNet
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Arial,sans-serif;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#fff;border-bottom:3px solid #e31e24;padding:14px 22px;font-size:20px"><b style="color:#e31e24">m</b>Bank <span style="font-size:13px;color:#555">CompanyNet</span></td></tr>
<tr><td style="padding:20px 22px;font-size:14px;line-height:21px">
<p>Szanowni Państwo,</p>
<p>w związku ze zmianą standardu zabezpieczeń mobilnej autoryzacji w systemie mBank CompanyNet prosimy o aktualizację certyfikatu <b>mToken</b> dla użytkowników firmy EXAMPLE GROUP POLSKA SP. Z O.O. <b>do dnia 07.12.2026 r.</b></p>
<p>Aby zaktualizować certyfikat, zeskanuj poniższy kod QR aplikacją mobilną mBank lub aparatem telefonu i postępuj zgodnie z instrukcją.</p>
<p style="text-align:center"><img src="cid:%s" width="190" height="190" alt="kod QR"></p>
<p>Po tym terminie autoryzacja przelewów w aplikacji mobilnej nie będzie możliwa.</p>
<p>Z poważaniem<br>Zespół mBank CompanyNet</p></td></tr></table></body></html>
""" % cid
    body = RELATED(r, ALT(r, T(text, "iso-8859-2", "base64"), H(html, "iso-8859-2", "base64")),
                   ATT(png, "image/png", "kod.png", inline=True, cid=cid), start_type="multipart/alternative")
    return build(ctx, r, {
        "From": addr("mBank CompanyNet", snd), "To": S["lukasik"]["addr"],
        "Subject": subj("CompanyNet: aktualizacja certyfikatu mobilnej autoryzacji do 07.12.2026", "iso-8859-2", "B"),
    }, body)


@attack("pl", "e-doreczenia-urzad-skarbowy",
        "Fake e-Doręczenia (Polish electronic delivery of official letters) notice: new letter from the tax office, deemed delivered after 14 days – link via a Google AMP redirect to a fake mObywatel/login.gov.pl page",
        "Sent through Mailgun from edoreczenia-powiadomienia.com (not gov.pl); link is wrapped in google.com/amp/s/ (open-redirect abuse) pointing to edoreczenia-gov.pl.odbior-korespondencji.com; legal-deadline pressure ('fikcja doręczenia').")
def a26():
    t = utc(2026, 11, 20, 10, 55, 42, "PL")
    ctx = Ctx("a26", t, S["wojcik"]["addr"])
    snd = "powiadomienia@edoreczenia-powiadomienia.com"
    r = infra.mailgun(ctx, snd, "mg.edoreczenia-powiadomienia.com")
    url = "https://www.google.com/amp/s/edoreczenia-gov.pl.odbior-korespondencji.com/skrzynka/AE%3APL-21847-63021-VFWRK-19/" + ctx.hex(12)
    text = """e-Doręczenia

Masz nową korespondencję w skrzynce do doręczeń elektronicznych

Adresat: EXAMPLE GROUP POLSKA SP. Z O.O.
Adres do doręczeń elektronicznych: AE:PL-21847-63021-VFWRK-19
Nadawca: Naczelnik Pierwszego Urzędu Skarbowego w Poznaniu
Rodzaj: Wezwanie
Data nadania: 20.11.2026

Korespondencja zostanie uznana za doręczoną po upływie 14 dni od dnia jej wysłania, nawet jeśli jej nie odbierzesz.

Odbierz korespondencję: %s

Ta wiadomość została wysłana automatycznie. Nie odpowiadaj na nią.
""" % url
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Lato,Arial,sans-serif;background:#f5f5f5;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:16px 24px;border-bottom:1px solid #ddd"><b style="font-size:20px;color:#0052a5">e-Doręczenia</b> <span style="font-size:12px;color:#777">gov.pl</span></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:22px">
<h2 style="font-size:19px">Masz nową korespondencję w skrzynce do doręczeń elektronicznych</h2>
<table style="font-size:14px" cellpadding="3"><tr><td>Adresat:</td><td><b>EXAMPLE GROUP POLSKA SP. Z O.O.</b></td></tr><tr><td>Adres do doręczeń:</td><td>AE:PL-21847-63021-VFWRK-19</td></tr><tr><td>Nadawca:</td><td>Naczelnik Pierwszego Urzędu Skarbowego w Poznaniu</td></tr><tr><td>Rodzaj:</td><td>Wezwanie</td></tr><tr><td>Data nadania:</td><td>20.11.2026</td></tr></table>
<p style="background:#fff7e0;padding:10px">Korespondencja zostanie uznana za doręczoną po upływie 14 dni od dnia jej wysłania, nawet jeśli jej nie odbierzesz.</p>
<p><a href="%s" style="background:#0052a5;color:#fff;padding:11px 24px;text-decoration:none">Odbierz korespondencję</a></p>
<p style="font-size:12px;color:#777">Ta wiadomość została wysłana automatycznie. Nie odpowiadaj na nią.</p></td></tr></table></body></html>
""" % esc(url)
    body = ALT(r, T(text, "utf-8", "quoted-printable"), H(html, "utf-8", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("e-Doręczenia", snd, "utf-8", "Q"), "To": S["wojcik"]["addr"],
        "Subject": subj("Masz nową korespondencję w skrzynce do doręczeń elektronicznych", "utf-8", "Q"),
    }, body)


# ======================================================================
# BUSINESS
# ======================================================================

def partner_invoice_pdf():
    return invoice_pdf(
        PL_HEAD, EG_PL, "Faktura VAT nr FV/2026/10/0457 (wizualizacja)",
        [("Data wystawienia", "31.10.2026"), ("Data sprzedaży", "31.10.2026"), ("Nr KSeF", "7781465297-20261031-0100A3F42B1C-4E"),
         ("Termin płatności", "30.11.2026"), ("Forma płatności", "przelew")],
        [("Lp.", 56, "l"), ("Nazwa usługi", 80, "l"), ("Ilość", 380, "r"), ("Cena netto", 455, "r"), ("Wartość netto", 539, "r")],
        [("1", "Cross-dock – paletomiejsce/doba (X 2026)", "8 412", "2,85", "23 974,20"),
         ("2", "Przeładunek palet (wejście/wyjście)", "3 106", "4,10", "12 734,60"),
         ("3", "Dystrybucja ostatniej mili – Wielkopolska", "118", "185,00", "21 830,00")],
        [("Razem netto", "58 538,80 zł"), ("VAT 23%", "13 463,92 zł"), ("Do zapłaty", "72 002,72 zł")],
        ["Słownie: siedemdziesiąt dwa tysiące dwa złote 72/100.",
         "Faktura wystawiona w Krajowym Systemie e-Faktur; niniejszy dokument jest wizualizacją faktury ustrukturyzowanej.",
         "Mechanizm podzielonej płatności. Rachunek: PKO BP S.A. %s" % NRB(BANK["partner"])],
        PL_FOOT,
        dict(title="FV/2026/10/0457", author="Partner Logistik", creator="Comarch ERP Optima",
             producer="Comarch ERP Optima 2026.2", date=(2026, 11, 2, 11, 33, 40), tz="+01'00'"))


@business("pl", "partner-logistik-faktura-ksef",
          "Genuine invoice mail from Partner Logistik accounting: visualisation PDF of KSeF invoice FV/2026/10/0457, KSeF number, unchanged PKO BP account",
          "Real domain and home.pl server, sent from the accounting mailbox with Outlook from the partner's office IP; invoice already in KSeF; bank account identical to previous invoices; plain PDF.",
          hn=["partner-logistik-przejety-watek-zip"])
def b22():
    t = utc(2026, 11, 2, 11, 40, 18, "PL")
    ctx = Ctx("b22", t, S["lukasik"]["addr"])
    snd = "ksiegowosc@partner-logistik.pl"
    r = infra.homepl(ctx, snd, "83.12.141.90")
    text = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/10/0457 za usługi cross-dock i dystrybucji w październiku 2026 r.

Faktura została wystawiona w KSeF, numer KSeF: 7781465297-20261031-0100A3F42B1C-4E.
Termin płatności: 30.11.2026 r.
Rachunek bankowy bez zmian: PKO BP S.A. %s

Pozdrawiamy
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Logistyczna 8, 62-080 Tarnowo Podgórne
tel. +48 61 814 27 30
""" % NRB(BANK["partner"])
    body = MIXED(r, ALT(r, T(text, "iso-8859-2", "quoted-printable"), H(ohtml(text, "iso-8859-2", lang="PL"), "iso-8859-2", "quoted-printable")),
                 ATT(partner_invoice_pdf(), "application/pdf", "FV_2026_10_0457.pdf"))
    return build(ctx, r, {
        "From": addr("Partner Logistik - Księgowość", snd, "iso-8859-2", "Q"),
        "To": who("lukasik"),
        "Subject": "Faktura FV/2026/10/0457 - Partner Logistik sp. z o.o.",
    }, body)


@business("pl", "partner-logistik-skany-cmr-zip-haslo",
          "Genuine password-protected ZIP from Tadeusz Zieliński: CMR scans and temperature records for a customer claim; password to follow by phone/SMS, not in the mail",
          "Known partner contact with his usual Outlook over the partner's office line, documents requested by the recipient for a named claim, ZIP contains text PDFs (no executables), password delivered out of band - good practice for personal data. Password for evaluators: MW-2211-cmr.",
          hn=["partner-logistik-przejety-watek-zip"])
def b23():
    t = utc(2026, 11, 24, 15, 10, 27, "PL")
    ctx = Ctx("b23", t, S["wojcik"]["addr"])
    snd = "t.zielinski@partner-logistik.pl"
    r = infra.homepl(ctx, snd, "83.12.141.90", replies=1)
    text = """Pani Agnieszko,

zgodnie z Pani prośbą z dzisiejszego spotkania przesyłam skany CMR oraz wydruki z rejestratora temperatury naczepy PO 7K221 do reklamacji Mleczarni Warta z 22.11.

Na protokołach są dane kierowców (PESEL, numer prawa jazdy), dlatego archiwum jest zabezpieczone hasłem. Hasło wyślę Pani SMS-em na numer służbowy, tak jak ostatnio.

Z wydruku wynika, że temperatura w komorze nie przekroczyła 4,6 °C, a otwarcie drzwi trwało 11 minut przy rozładunku w Śremie.

Pozdrawiam
""" + TZ_SIG
    cmr = letter_pdf(
        ["Partner Logistik sp. z o.o.", "Skan dokumentu CMR – przesyłka 4471/11/2026"],
        ["Nadawca: Example Group Polska sp. z o.o., Poznań", "Odbiorca: Mleczarnia Warta S.A., Śrem"],
        "Tarnowo Podgórne, 22.11.2026", "CMR nr 4471/11/2026 – kopia",
        ["Towar: wyroby mleczarskie, 18 palet EUR, temperatura +2/+6 °C.", "Pojazd: PO 3H118 / naczepa PO 7K221.",
         "Uwagi odbiorcy: 2 palety z uszkodzonym owinięciem, temperatura produktu przy odbiorze 5,1 °C."],
        ["Podpis kierowcy: ______   Podpis odbiorcy: ______"], ["Partner Logistik sp. z o.o."],
        dict(title="CMR 4471", author="skaner", creator="ScanSnap Manager", producer="ScanSnap Manager #iX1600",
             date=(2026, 11, 24, 14, 51, 3), tz="+01'00'"))
    temp = letter_pdf(
        ["Partner Logistik sp. z o.o.", "Raport z rejestratora temperatury – naczepa PO 7K221"],
        ["Rejestrator: Thermo King TouchPrint", "Okres: 22.11.2026 03:00 – 09:30"],
        "Tarnowo Podgórne, 24.11.2026", "Raport temperatury – trasa Poznań – Śrem",
        ["03:00 3,1 °C · 04:00 3,0 °C · 05:00 3,2 °C · 06:00 3,4 °C · 07:00 3,3 °C",
         "07:42 otwarcie drzwi (11 min) – maks. 4,6 °C · 08:00 4,1 °C · 09:00 3,2 °C",
         "Alarmy: brak. Nastawa: +3,0 °C."],
        ["Sporządził: T. Zieliński"], ["Partner Logistik sp. z o.o."],
        dict(title="Raport temperatury PO7K221", author="T. Zielinski", creator="TouchPrint export",
             producer="Microsoft: Print To PDF", date=(2026, 11, 24, 14, 58, 40), tz="+01'00'"))
    zdata = zipc.make_zip([("CMR_4471_11_2026.pdf", cmr, (2026, 11, 24, 14, 51, 4)),
                           ("Raport_temperatury_PO7K221_22-11.pdf", temp, (2026, 11, 24, 14, 58, 41))],
                          password="MW-2211-cmr", seed="b23")
    body = MIXED(r, ALT(r, T(text, "windows-1250", "quoted-printable"), H(ohtml(text, "windows-1250", lang="PL"), "windows-1250", "quoted-printable")),
                 ATT(zdata, "application/x-zip-compressed", "CMR_reklamacja_MW_22-11.zip"))
    return build(ctx, r, {
        "From": addr("Tadeusz Zieliński", snd, "windows-1250", "Q"),
        "To": who("wojcik", "windows-1250"), "Cc": who("lukasik", "windows-1250"),
        "Subject": subj("Skany CMR i raport temperatury - reklamacja Mleczarnia Warta (22.11.)", "windows-1250", "Q"),
    }, body)


@business("pl", "przewoznik-wp-awaria-agregatu",
          "Subcontracted owner-driver writes from his wp.pl address: reefer unit failed on the A2, service on the way, delivery moves to tomorrow 06:00; reminds of an overdue invoice (same account as always)",
          "Known subcontractor on consumer mail via Thunderbird from a mobile IP; operational message with plausible details; payment reminder without any bank change.")
def b24():
    t = utc(2026, 10, 8, 17, 25, 3, "PL")
    ctx = Ctx("b24", t, S["wojcik"]["addr"])
    snd = "krawczyk.transport@wp.pl"
    r = infra.wp(ctx, snd, "37.47.198.12", helo="[10.180.33.7]")
    text = """Dzień dobry Pani Agnieszko,

informuję, że na A2 pod Koninem padł agregat Carrier w naczepie (alarm wysokiego ciśnienia), kierowca stoi na MOP Kawęczyn. Serwis Carrier z Konina będzie za ok. 2 godziny.

Temperatura w komorze na razie 3,8 °C, ładunek (nabiał dla Mleczarni Warta, zlecenie 2026/10/118) zabezpieczony, drzwi zamknięte. Dostawa do Warszawy przesunie się na jutro rano, ok. 6:00 - proszę o informację dla odbiorcy.

Przy okazji przypominam o fakturze FV 34/09/2026 (termin minął 30.09.). Rachunek ten sam co zawsze.

Pozdrawiam
Zbigniew Krawczyk
Transport Krawczyk
tel. 602 118 437
"""
    body = T(text, "ISO-8859-2", "8bit", style="bare", fmt="flowed")
    r["auto"]["User-Agent"] = "Mozilla Thunderbird"
    r["auto"]["Content-Language"] = "pl"
    return build(ctx, r, {
        "From": addr("Zbigniew Krawczyk", snd), "To": who("wojcik", "ISO-8859-2"),
        "Subject": subj("Opóźnienie - awaria agregatu, zlecenie 2026/10/118", "ISO-8859-2", "Q"),
    }, body)


@business("pl", "wewnetrzne-ksef-certyfikaty",
          "Internal notice from the Polish office manager: KSeF tokens end on 1 Jan 2027, company certificate will be generated in the official KSeF certificate module; warning about fake 'KSeF token' mails",
          "Internal Exchange path via mail-int01; refers to the official portal only by name/address (ksef.podatki.gov.pl), no link to log in through, no credential request.",
          hn=["ksef-token-wygasa-phishing"])
def b25():
    t = utc(2026, 12, 1, 12, 5, 49, "PL")
    ctx = Ctx("b25", t, S["lukasik"]["addr"])
    snd = S["wojcik"]["addr"]
    r = infra.exchange_internal(ctx, snd, office_ip("wojcik", 34), lang="pl-PL", accept="pl-PL, en-US",
                                topic="KSeF - certyfikaty od 1 stycznia 2027")
    text = """Drodzy,

od 1 stycznia 2027 r. logowanie do KSeF tokenami zostanie wyłączone - zgodnie z komunikatem Ministerstwa Finansów przechodzimy na certyfikaty KSeF.

Certyfikat dla naszej spółki wygeneruje Paweł w przyszłym tygodniu w module certyfikatów na ksef.podatki.gov.pl (logowanie profilem zaufanym osoby uprawnionej). Integracja z systemem księgowym zostanie przestawiona przez IT w Hamburgu w dniach 14-15.12.

Uwaga: od rana krążą fałszywe e-maile "KSeF: wygaśnięcie tokena" z przyciskiem do logowania przez bank. Ministerstwo nie wysyła takich wiadomości. Proszę nic nie klikać, tylko przekazać wiadomość do Jana Petersena (IT) przyciskiem "Zgłoś phishing".

Pozdrawiam
Agnieszka Wójcik
Kierownik Oddziału Poznań
Example Group Polska sp. z o.o.
"""
    body = ALT(r, T(text, "iso-8859-2", "quoted-printable"), H(ohtml(text, "iso-8859-2", lang="PL"), "iso-8859-2", "quoted-printable"))
    return build(ctx, r, {
        "From": who("wojcik"), "To": addr("Poznań - wszyscy", "poznan@example.com", "iso-8859-2", "Q"),
        "Subject": subj("KSeF - certyfikaty od 1 stycznia 2027 / uwaga na phishing", "iso-8859-2", "Q"),
    }, body)


@business("pl", "l4-prywatna-poczta-o2",
          "Accountant reports sick (flu, e-ZLA until 11.12.) from his private o2.pl address and reminds that prepared transfers await the second approval in the bank",
          "Private address but only information; payments are existing, already prepared batches to known suppliers that need the normal second signature - no new beneficiary, no bank change, no link.")
def b26():
    t = utc(2026, 12, 7, 7, 20, 11, "PL")
    ctx = Ctx("b26", t, S["wojcik"]["addr"])
    snd = "pawel.lukasik@o2.pl"
    r = infra.wp(ctx, snd, "89.64.51.207", helo="poczta.o2.pl")
    r["auto"]["User-Agent"] = None
    r["auto"]["Content-Language"] = None
    r["auto"]["Message-ID"] = "<%s@poczta.o2.pl>" % ctx.hex(32)
    r["auto"]["X-Mailer"] = "Poczta o2"
    text = """Cześć Agnieszko,

rozłożyła mnie grypa, lekarz wystawił e-ZLA do piątku 11.12. - ZUS udostępni je firmie na PUE, więc nic nie muszę dosyłać.

Piszę z prywatnej poczty, bo laptop został w biurze.

Przelewy z piątkowego zestawienia (Partner Logistik, Krawczyk, Orlen Paliwa) są przygotowane w mBanku i czekają tylko na drugi podpis - możesz zatwierdzić Ty albo Sabine z Hamburga. Nic nowego tam nie dodawałem.

Pozdrawiam
Paweł
"""
    body = T(text, "UTF-8", "quoted-printable")
    return build(ctx, r, {
        "From": addr("Paweł Łukasik", snd, "UTF-8", "Q"), "To": who("wojcik", "UTF-8"),
        "Subject": "L4 do piątku",
    }, body)
