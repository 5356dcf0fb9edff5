"""Polish messages (attack 22-26, business 22-26)."""
import base64
import hashlib

from . import docs, ids, mime, mta, ooxml, qr, zipx
from . import util as U
from . import world as W
from .core import (P, Msg, att, esc, fit, gmail_html, once, outlook_alt, outlook_att, outlook_html, outlook_mixed,
                   paras_html)

PL = W.OFFICES["PL"]
PLG = W.PARTNER
PAWEL = ("Paweł Kowalczyk", "pawel.kowalczyk@example.com")
KASIA = ("Katarzyna Wójcik", "katarzyna.wojcik@example.com")
PLG_SELLER = dict(name="Partner Logistik sp. z o.o.", lines=[
    "Magazynowanie · Spedycja · Konsolidacja ładunków PL/DE",
    "ul. Głogowska 218, 60-104 Poznań · tel. +48 61 886 40 12",
    "NIP %s · KRS 0000412877 · BDO 000118472" % PLG["nip"]],
    return_line="Partner Logistik sp. z o.o. · ul. Głogowska 218 · 60-104 Poznań")
PLG_FOOTER = ["Partner Logistik sp. z o.o. · Sąd Rejonowy Poznań – Nowe Miasto i Wilda, VIII Wydział Gospodarczy KRS",
              "KRS 0000412877 · NIP %s · kapitał zakładowy 200 000,00 zł" % PLG["nip"]]


def crc8(data):
    c = 0
    for b in data:
        c ^= b
        for _ in range(8):
            c = ((c << 1) ^ 0x07) & 0xFF if c & 0x80 else (c << 1) & 0xFF
    return c


def ksef_number(nip, yyyymmdd, rng):
    core = "%s-%s-%s" % (nip, yyyymmdd, U.hexs(rng, 12, True))
    return "%s-%02X" % (core, crc8(core.encode()))


def _homepl(m, root, server="cloudserver094114.home.pl", ip="79.96.170.134", client_ip="198.51.100.90",
            order=None, auth=None):
    ua = ["X-CLIENT-IP: %s" % client_ip, "X-CLIENT-HOSTNAME: %s" % client_ip,
          "X-VADE-SPAMSTATE: clean",
          "X-VADE-SPAMCAUSE: gggruggvucftvghtrhhoucdtuddrgeeftddrgedvgdefudcutefuodetggdotefrodftvfcurfhrohhf"
          "ihhlvgemucfjqffogffrnfdpggftiffpkfenuceurghilhhouhhtmecusecvtfgvtghiphhivghnthhsucdlqddutddtmdenucfj"]
    return m.finish(mta.postfix_relay, root, relay=server, relay_ip=ip, client_helo="[192.168.1.%d]" % m.rng.randint(20, 60),
                    client_rdns="unknown", client_ip=client_ip, dkim_sel=None, auth_user=auth or m.frm[1],
                    ua_headers=ua, order=order or mta.outlook_desktop_order(m, m.rng))


# =================================================================== ATTACKS
def a22():
    m = Msg("22-pl-ksef-token-quishing-qr.eml", "attack", "pl")
    m.frm = ("KSeF - Krajowy System e-Faktur", "powiadomienia@ksef-podatki.pl")
    m.to = [("", PAWEL[1])]
    m.subject = "KSeF: faktura oczekuje na odbiór – token uwierzytelniający wygasł (NIP %s)" % PL["tax"]
    m.date = U.local("CET", 2026, 11, 5, 8, 11, 22)
    m.msgid = mta.ses_msgid(m.rng, m.date, "eu-central-1")
    url = "https://ksef-podatki.pl/uwierzytelnij?nip=%s&t=%s" % (PL["tax"], U.b64(m.rng, 18, urlsafe=True))
    payload = m.qr(url)
    png = qr.to_png(qr.encode(payload), scale=5)
    cid = "qr_%s@ksef" % U.hexs(m.rng, 12)
    text = ("Szanowni Państwo,\n\nw Krajowym Systemie e-Faktur oczekuje 1 faktura zakupowa wystawiona dla podmiotu o "
            "NIP %s (EXAMPLE GROUP AUKCJE SP. Z O.O.).\n\nToken uwierzytelniający Państwa podmiotu wygasł "
            "04.11.2026 r. Aby odebrać fakturę i uniknąć zablokowania dostępu do KSeF dla wszystkich użytkowników, "
            "należy ponownie uwierzytelnić podmiot w ciągu 24 godzin.\n\nZeskanuj kod QR telefonem i potwierdź "
            "tożsamość w aplikacji mObywatel lub profilem zaufanym.\n\nWiadomość wygenerowana automatycznie – prosimy "
            "na nią nie odpowiadać.\nMinisterstwo Finansów – Krajowa Administracja Skarbowa\n") % PL["tax"]
    html = ('<!DOCTYPE html><html lang="pl"><head><meta charset="UTF-8"></head><body style="margin:0;'
            'background:#f2f2f2;font-family:Lato,Arial,sans-serif"><table width="100%%"><tr><td align="center" '
            'style="padding:24px"><table width="580" style="background:#fff;border-top:5px solid #dc143c">'
            '<tr><td style="padding:20px 30px;font-size:13px;color:#555">Ministerstwo Finansów · Krajowa Administracja '
            'Skarbowa</td></tr><tr><td style="padding:0 30px;font-size:22px;color:#1b1b1b"><b>Krajowy System '
            'e-Faktur</b></td></tr><tr><td style="padding:20px 30px;font-size:15px;line-height:22px;color:#1b1b1b">%s'
            '<p style="text-align:center"><img src="cid:%s" width="185" height="185" alt="Kod QR"></p></td></tr>'
            '</table></td></tr></table></body></html>\n') % (paras_html(text.split("\n\nWiadomość")[0]), cid)
    root = P("multipart/related", boundary="----=_Part_%d_%d.%d" % (
        m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), U.ts(m.date) * 1000),
        params=['type="multipart/alternative"'], children=[
            P("multipart/alternative", boundary="----=_Part_%d_%d.%d" % (
                m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), U.ts(m.date) * 1000), children=[
                P("text/plain", text=text, charset="UTF-8", cte="quoted-printable"),
                P("text/html", text=html, charset="UTF-8", cte="quoted-printable")]),
            P("image/png", data=png, cte="base64", cid=cid, disposition="inline", filename="kod_qr.png",
              fn_style="plain")])
    m.envfrom = "%s@eu-central-1.amazonses.com" % m.msgid.strip("<>").split("@")[0]
    m.what = ("KSeF (Polish national e-invoicing system) quishing: 'token expired, invoice waiting' – inline QR code "
              "leads to a fake KSeF/mObywatel authentication page on ksef-podatki.pl; sent via Amazon SES.")
    m.why = ("KSeF does not send e-mail notifications with QR logins, look-alike domain, urgency (24 h, lock-out of all "
             "users), URL only in an image, tailored to the 2026 KSeF roll-out and the company's NIP.")
    return m.finish(mta.ses, root, region="eu-central-1")


def a23():
    m = Msg("23-pl-partner-logistik-lookalike-rachunek.eml", "attack", "pl")
    m.frm = ("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.com.pl")
    m.to = [PAWEL]
    m.subject = "Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o."
    m.date = U.local("CET", 2026, 11, 26, 9, 44, 51)
    m.msgid = "<000001dd5f1c$%s$%s@partner-logistik.com.pl>" % (U.hexs(m.rng, 8), U.hexs(m.rng, 8))
    m.hcharset = ("iso-8859-2", "Q")
    new = ids.iban_pl("187", "0045", "2078014173660001")
    m.fact("ibans", new)
    text = ("Dzień dobry Panie Pawle,\n\nuprzejmie informujemy, że w związku z przeniesieniem obsługi bankowej naszej "
            "spółki, od dnia 25.11.2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. prosimy kierować "
            "wyłącznie na nowy rachunek:\n\nNest Bank S.A.\n%s\n\nDotychczasowy rachunek w Santander Bank Polska "
            "został zamknięty. Nowy rachunek został zgłoszony do wykazu podatników VAT (biała lista) – aktualizacja "
            "wykazu przez Ministerstwo Finansów może potrwać do 7 dni roboczych, prosimy więc nie wstrzymywać "
            "płatności z tego powodu.\n\nProsimy o uregulowanie na nowy rachunek zaległej faktury FV/2026/11/0412 "
            "(8 364,00 zł, termin płatności 18.11.2026) oraz potwierdzenie zmiany danych w Państwa systemie "
            "zwrotną wiadomością.\n\nPismo podpisane przez Zarząd w załączeniu.\n\nZ poważaniem\n\nDział Księgowości\n"
            "Partner Logistik sp. z o.o.\nul. Głogowska 218, 60-104 Poznań\n") % ids.fmt_iban(new)
    text = fit(text, "iso-8859-2")
    m.subject = fit(m.subject, "iso-8859-2")
    html = outlook_html(text, "iso-8859-2", "PL")
    letter = docs.letter(
        m.file, "Zmiana rachunku bankowego", PLG_SELLER,
        ["Example Group Aukcje sp. z o.o.", "ul. Mokotowska 49", "00-542 Warszawa"], "Poznań, 24.11.2026 r.",
        "Informacja o zmianie rachunku bankowego",
        ["Szanowni Państwo,",
         "niniejszym informujemy, że z dniem 25.11.2026 r. zmianie uległ rachunek bankowy spółki Partner Logistik "
         "sp. z o.o. Prosimy o dokonywanie wszelkich płatności wyłącznie na wskazany poniżej rachunek. Płatności "
         "dokonane na dotychczasowy rachunek nie zostaną zaksięgowane.",
         "Rachunek został zgłoszony do wykazu podmiotów zarejestrowanych jako podatnicy VAT."],
        "Z poważaniem", ["Tadeusz Zieliński", "Prezes Zarządu"], footer=PLG_FOOTER,
        producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", created="D:20261124160212+01'00'",
        boxes=[["Nowy rachunek bankowy:", "Nest Bank S.A.", "IBAN %s" % ids.fmt_iban(new), "SWIFT: NESBPLPW"]],
        lang="pl-PL")
    alt = P("multipart/alternative", boundary="----=_NextPart_001_0001_01DD5F1C.%s" % U.hexs(m.rng, 8, True),
            children=[P("text/plain", text=text, charset="iso-8859-2", cte="quoted-printable"),
                      P("text/html", text=html, charset="iso-8859-2", cte="quoted-printable")])
    root = P("multipart/mixed", boundary="----=_NextPart_000_0000_01DD5F1C.%s" % U.hexs(m.rng, 8, True),
             preamble="This is a multipart message in MIME format.",
             children=[alt, att("application/pdf", letter, "Pismo_zmiana_rachunku_Partner_Logistik.pdf",
                                fn_style="rfc2047q")])
    m.what = ("Supplier bank-account change from the look-alike domain partner-logistik.com.pl: pay the overdue "
              "invoice FV/2026/11/0412 (8 364,00 PLN) to a new Nest Bank account 'not yet on the VAT white list'.")
    m.why = ("Look-alike domain on cPanel hosting (SPF/DKIM pass for the wrong domain), pre-emptive excuse for the "
             "account missing from the white list (a key Polish control), real invoice data from an earlier "
             "compromise, asks for confirmation by e-mail only; the genuine change in October went to Santander.")
    return m.finish(mta.exim_cpanel, root, server="s41.cyber-folks.pl", server_ip="185.238.72.41",
                    client_rdns="unknown", client_ip="203.0.113.212", helo="[10.0.2.15]", zone="CET",
                    order=["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "__MIME__",
                           "=X-Mailer: Microsoft Outlook 16.0", "=Thread-Index: " + mta.thread_index(m.rng),
                           "=Content-Language: pl"])


def a24():
    m = Msg("24-pl-helpdesk-szybka-pomoc-gmail.eml", "attack", "pl")
    m.frm = ("Dział IT Example Group", "it.helpdesk.examplegroup@gmail.com")
    m.to = [("", KASIA[1])]
    m.subject = "Zgłoszenie INC-2026-118734: atak spamowy na Pani skrzynkę – pomoc zdalna dziś o 14:00"
    m.date = U.local("CET", 2026, 12, 10, 12, 6, 39)
    m.msgid = U.gmail_msgid(m.rng)
    phone = "+48 22 307 41 88"
    m.fact("phones", phone)
    text = ("Dzień dobry Pani Katarzyno,\n\nw związku z atakiem spamowym na Pani skrzynkę (setki wiadomości z "
            "newsletterów i rejestracji, które mogła Pani zauważyć w ciągu ostatnich godzin) centrala IT w Monachium "
            "wdraża dodatkowy filtr na Pani komputerze.\n\nNasz konsultant zadzwoni do Pani dziś o 14:00 z numeru "
            "%s. Prosimy przygotować komputer:\n\n1. Naciśnij jednocześnie klawisze Ctrl + Windows + Q (uruchomi się "
            "aplikacja \"Szybka pomoc\").\n2. Podaj konsultantowi 6-cyfrowy kod zabezpieczeń widoczny na "
            "ekranie.\n3. Zaakceptuj prośbę o pełną kontrolę.\n\nCała operacja trwa ok. 15 minut. Prosimy nie "
            "usuwać teraz wiadomości ze spamem – są potrzebne do konfiguracji filtra.\n\nNumer zgłoszenia: "
            "INC-2026-118734\n\nPozdrawiamy\nService Desk – Example Group IT\n") % phone
    root = P("multipart/alternative", boundary=U.gmail_boundary(m.rng), children=[
        P("text/plain", text=text, charset="UTF-8", cte="quoted-printable"),
        P("text/html", text=gmail_html(text), charset="UTF-8", cte="quoted-printable")])
    m.what = ("Help-desk / remote-access pretext after e-mail bombing: fake 'IT service desk' on Gmail announces a call "
              "and instructs the Warsaw office manager to open Windows Quick Assist and grant full control.")
    m.why = ("Free-mail sender posing as internal IT, explains the preceding spam flood (typical Black Basta-style "
             "playbook), Quick Assist with full control, ticket number to look official; no links or attachments.")
    return m.finish(mta.gmail, root)


def a25():
    m = Msg("25-pl-zapytanie-ofertowe-zip-js.eml", "attack", "pl")
    m.frm = ("Dział Zakupów METALPOL", "zakupy@metalpol-zph.pl")
    m.to = [("", KASIA[1])]
    m.subject = "Zapytanie ofertowe ZO/118/2026 – zakup maszyn z aukcji (tokarki CNC, centra obróbcze)"
    m.date = U.local("CET", 2026, 11, 27, 13, 28, 5)
    m.msgid = "<%s@metalpol-zph.pl>" % U.uuid4(m.rng)
    m.fact("phones", "+48 34 361 22 57")
    text = ("Dzień dobry,\n\nw imieniu ZPH METALPOL Sp. z o.o. zwracamy się z prośbą o przedstawienie oferty na "
            "zakup maszyn z Państwa najbliższych aukcji przemysłowych, zgodnie ze specyfikacją w załączniku "
            "(tokarki CNC, centra obróbcze 5-osiowe, szlifierki do płaszczyzn).\n\nJesteśmy zainteresowani zakupem "
            "poza aukcją (sprzedaż z ręki) i możemy dokonać przedpłaty w ciągu 7 dni. Prosimy o odpowiedź do "
            "04.12.2026 r.\n\nZałącznik jest spakowany ze względu na rozmiar plików.\n\nZ poważaniem\nMarcin "
            "Dudek\nSpecjalista ds. zakupów\nZPH METALPOL Sp. z o.o.\nul. Przemysłowa 9, 42-202 Częstochowa\n"
            "tel. +48 34 361 22 57\n")
    js = ("// INERT TEST PLACEHOLDER - NOT EXECUTABLE CONTENT.\r\n// Represents an obfuscated JScript downloader "
          "named like a PDF (.pdf.js) that would fetch a second stage from hxxps://cdn-metalpol[.]shop/ZO118.dat\r\n"
          "// and run it with wscript.exe. In the real campaign this file is several hundred KB of junk code.\r\n")
    z = zipx.build_zip([("Zapytanie_ofertowe_ZO_118_2026.pdf.js", js.encode(), (2026, 11, 27, 12, 51, 30))],
                       made_by=0x0014)
    root = P("multipart/mixed", boundary="------------%s" % U.alnum(m.rng, 24), children=[
        P("text/plain", text=text, charset="UTF-8", cte="8bit", params=["format=flowed"]),
        att("application/x-zip-compressed", z, "Zapytanie_ofertowe_ZO_118_2026.zip", fn_style="plain")],
        preamble="This is a multi-part message in MIME format.")
    m.what = ("Fake request for quotation for machinery from the compromised mailbox of a small Polish manufacturer "
              "(home.pl): ZIP with 'Zapytanie_ofertowe…pdf.js' (JScript downloader, represented inert).")
    m.why = ("Real small-company mailbox (SPF pass) but unknown contact, .pdf.js double extension inside ZIP, prepayment "
             "bait outside the auction, generic wording, sent from a webmail client unusual for that firm.")
    return _homepl(m, root, server="cloudserver071388.home.pl", ip="79.96.183.88", client_ip="192.0.2.201",
                   order=["Message-ID", "Date", "MIME-Version", "=User-Agent: Roundcube Webmail/1.6.9", "To", "From",
                          "Subject", "__MIME__"])


def a26():
    m = Msg("26-pl-rejestr-oplata-wezwanie.eml", "attack", "pl")
    m.frm = ("Centralny Rejestr Przedsiębiorców i Firm", "biuro@crpif-rejestr.pl")
    m.to = [("", PAWEL[1])]
    m.subject = "Wezwanie do uiszczenia opłaty rejestrowej – EXAMPLE GROUP AUKCJE SP. Z O.O. (KRS 0000874512)"
    m.date = U.local("CET", 2026, 10, 13, 10, 42, 37)
    m.msgid = "<%s.%s@mg.crpif-rejestr.pl>" % (U.dstr(m.date, "UTC", "%Y%m%d%H%M%S"), U.hexs(m.rng, 16))
    iban = ids.iban_pl("116", "0022", "0000000518274306")
    m.fact("ibans", iban)
    text = ("Szanowni Państwo,\n\nw związku z aktualizacją danych w Centralnym Rejestrze Przedsiębiorców i Firm "
            "(CRPiF) przesyłamy wezwanie do uiszczenia opłaty za wpis podmiotu EXAMPLE GROUP AUKCJE SP. Z O.O. "
            "(NIP %s, KRS 0000874512) za rok 2027.\n\nKwota do zapłaty: 1 289,00 zł\nTermin płatności: 27.10.2026 r.\n"
            "Numer rachunku: %s\nTytuł: CRPIF/2026/40771\n\nSzczegóły w załączonym wezwaniu. Brak płatności w terminie "
            "skutkuje usunięciem danych z rejestru.\n\nZ poważaniem\nDział Obsługi Rejestru CRPiF\n") % (
        PL["tax"], ids.fmt_iban(iban))
    pdfb = docs.invoice(
        m.file, "Wezwanie do zapłaty CRPIF/2026/40771", dict(name="CRPiF – Centralny Rejestr Przedsiębiorców i Firm",
                                                              lines=["Rejestr prywatny · www.crpif-rejestr.pl · "
                                                                     "biuro@crpif-rejestr.pl"]),
        ["EXAMPLE GROUP AUKCJE SP. Z O.O.", "ul. Mokotowska 49", "00-542 Warszawa", "NIP %s" % PL["tax"]],
        [("Numer", "CRPIF/2026/40771"), ("Data", "13.10.2026"), ("KRS", "0000874512"), ("Termin", "27.10.2026")],
        ["Lp.", "Opis", "Ilość", "Cena", "Wartość"],
        [["1", "Wpis i aktualizacja danych podmiotu w rejestrze CRPiF – okres 12 miesięcy (2027)", "1",
          "1 048,00", "1 048,00"]],
        [("Netto", "1 048,00 zł", False), ("VAT 23%", "241,04 zł", False), ("Do zapłaty", "1 289,04 zł", True)],
        notes=["Wpłaty należy dokonać na rachunek: %s (Bank Millennium S.A.), tytuł: CRPIF/2026/40771." %
               ids.fmt_iban(iban),
               "Dokonanie wpłaty oznacza akceptację regulaminu usługi i zawarcie umowy na czas 12 miesięcy z "
               "automatycznym przedłużeniem. CRPiF jest rejestrem prywatnym i nie jest powiązany z Krajowym "
               "Rejestrem Sądowym."],
        footer=["CRPiF Sp. z o.o. · ul. Prosta 70 · 00-838 Warszawa"], producer="dompdf 2.0.4 + CPDF",
        creator="dompdf", created="D:20261013083911+00'00'", accent=(0.6, 0.0, 0.0), lang="pl-PL")
    root = P("multipart/mixed", boundary=U.hexs(m.rng, 32), children=[
        P("text/plain", text=text, charset="utf-8", cte="base64"),
        att("application/pdf", pdfb, "Wezwanie_CRPIF_2026_40771.pdf", fn_style="rfc2231")])
    m.envfrom = "bounce+%s.%s-pawel.kowalczyk=example.com@mg.crpif-rejestr.pl" % (U.hexs(m.rng, 6), U.hexs(m.rng, 6))
    m.what = ("Register scam: private 'Centralny Rejestr Przedsiębiorców i Firm' sends a payment demand ('wezwanie') "
              "for a 2027 entry of the real KRS number, 1 289 PLN to a Bank Millennium account; sent via Mailgun.")
    m.why = ("Official-sounding private register imitating KRS/CEIDG, 'wezwanie' wording, threat of deletion, small "
             "print makes payment a contract; the amount in the mail (1 289,00) and PDF (1 289,04) even differ.")
    return m.finish(mta.mailgun, root, mg_domain="mg.crpif-rejestr.pl")


# =================================================================== BUSINESS
@once
def b22():
    m = Msg("22-pl-partner-logistik-faktura-ksef-qr.eml", "business", "pl")
    m.frm = ("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl")
    m.to = [("", PAWEL[1])]
    m.subject = "Faktura VAT FV/2026/11/0412 - Partner Logistik sp. z o.o."
    m.date = U.local("CET", 2026, 11, 4, 14, 33, 17)
    m.msgid = "<%s.%d@partner-logistik.pl>" % (U.hexs(m.rng, 12, True), U.ts(m.date))
    m.hcharset = ("windows-1250", "Q")
    nip = PLG["nip"]
    iban = PLG["new_iban"]
    m.fact("ibans", iban)
    ksef = ksef_number(nip, "20261104", m.rng)
    xml = ('<?xml version="1.0" encoding="UTF-8"?><Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/">'
           '<Naglowek><KodFormularza kodSystemowy="FA (3)" wersjaSchemy="1-0E">FA</KodFormularza><WariantFormularza>3'
           '</WariantFormularza><DataWytworzeniaFa>2026-11-04T13:31:02Z</DataWytworzeniaFa></Naglowek><Podmiot1>'
           '<DaneIdentyfikacyjne><NIP>%s</NIP></DaneIdentyfikacyjne></Podmiot1><Podmiot2><DaneIdentyfikacyjne><NIP>%s'
           '</NIP></DaneIdentyfikacyjne></Podmiot2><Fa><P_1>2026-11-04</P_1><P_2>FV/2026/11/0412</P_2><P_15>8364.00'
           '</P_15></Fa></Faktura>') % (nip, PL["tax"])
    h = base64.urlsafe_b64encode(hashlib.sha256(xml.encode()).digest()).decode().rstrip("=")
    payload = m.qr("https://qr.ksef.mf.gov.pl/invoice/%s/04-11-2026/%s" % (nip, h))
    m.fact("other", "KSeF number %s" % ksef)
    text = ("Dzień dobry,\n\nw załączeniu przesyłamy wizualizację faktury VAT nr FV/2026/11/0412 z dnia 04.11.2026 r.\n"
            "Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: %s\n\n"
            "Kwota brutto: 8 364,00 PLN\nTermin płatności: 18.11.2026 r.\nRachunek: %s (Santander Bank Polska S.A.)\n\n"
            "Wiadomość została wygenerowana automatycznie z systemu Comarch ERP Optima.\n\nZ poważaniem\n"
            "Dział Księgowości\nPartner Logistik sp. z o.o.\ntel. +48 61 886 40 12\n") % (ksef, ids.fmt_iban(iban))
    inv = docs.invoice(
        m.file, "Faktura VAT FV/2026/11/0412", PLG_SELLER,
        ["Nabywca:", "Example Group Aukcje sp. z o.o.", "ul. Mokotowska 49, 00-542 Warszawa", "NIP %s" % PL["tax"]],
        [("Numer faktury", "FV/2026/11/0412"), ("Data wystawienia", "04.11.2026"), ("Data sprzedaży", "31.10.2026"),
         ("Termin płatności", "18.11.2026"), ("Numer KSeF", "")],
        ["Lp.", "Nazwa usługi", "Ilość", "Cena netto", "Wartość netto"],
        [["1", "Magazynowanie – skład celny i wolnocłowy, październik 2026 (42 miejsca paletowe)", "1 usł.",
          "3 780,00", "3 780,00"],
         ["2", "Konsolidacja i przeładunek przesyłek Warszawa–Poznań–Monachium (3 kursy)", "3 usł.", "860,00",
          "2 580,00"],
         ["3", "Ubezpieczenie cargo ad valorem", "1 usł.", "440,00", "440,00"]],
        [("Razem netto", "6 800,00 PLN", False), ("VAT 23%", "1 564,00 PLN", False),
         ("Razem brutto", "8 364,00 PLN", True)],
        extra_right=[ksef],
        notes=["Słownie: osiem tysięcy trzysta sześćdziesiąt cztery złote 00/100.",
               "Płatność przelewem na rachunek: Santander Bank Polska S.A. %s" % ids.fmt_iban(iban),
               "Faktura wystawiona w KSeF. Kod QR umożliwia weryfikację faktury w Krajowym Systemie e-Faktur."],
        qr_payload=payload, qr_caption="KSeF\n" + ksef[:24] + "\n" + ksef[24:],
        footer=PLG_FOOTER, producer="Comarch ERP Optima 2026.1", creator="Comarch ERP Optima",
        created="D:20261104143112+01'00'", accent=(0.0, 0.3, 0.55), lang="pl-PL")
    root = P("multipart/mixed", boundary="=_%s" % U.hexs(m.rng, 28), children=[
        P("text/plain", text=text, charset="windows-1250", cte="quoted-printable"),
        att("application/pdf", inv, "FV_2026_11_0412.pdf", fn_style="plain")])
    m.what = ("Logistics partner's invoice FV/2026/11/0412 (8 364 PLN) generated by Comarch ERP Optima: PDF "
              "visualisation with KSeF number and the KSeF verification QR code (KOD I).")
    m.why = ("Partner's real home.pl mailbox, windows-1250 ERP mail, IBAN = the Santander account announced and "
             "verified in October (on the VAT white list), QR points to qr.ksef.mf.gov.pl with the invoice hash.")
    m.hard_negative_of = (["attack/22-pl-ksef-token-quishing-qr.eml", "attack/23-pl-partner-logistik-lookalike-rachunek.eml"],
                          "KSeF invoice with QR code. Genuine: QR is the official verification link with the invoice "
                          "hash. Attack: QR to a fake KSeF login; later look-alike bank change for this invoice.")
    return _homepl(m, root, client_ip="198.51.100.90", auth="ksiegowosc@partner-logistik.pl",
                   order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "__MIME__",
                          "=X-Mailer: Comarch ERP Optima"])


def b23():
    m = Msg("23-pl-partner-logistik-zmiana-rachunku-prawidlowa.eml", "business", "pl")
    m.frm = ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl")
    m.to = [PAWEL]
    m.cc = [("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl")]
    m.subject = "Zmiana rachunku bankowego od 01.11.2026 – pismo Zarządu"
    m.date = U.local("CET", 2026, 10, 16, 11, 2, 49)
    m.msgid = "<002a01dd5d3e$%s$%s@partner-logistik.pl>" % (U.hexs(m.rng, 8), U.hexs(m.rng, 8))
    m.hcharset = ("iso-8859-2", "Q")
    new, old = PLG["new_iban"], PLG["old_iban"]
    m.fact("ibans", new, old)
    l1 = "https://www.podatki.gov.pl/wykaz-podatnikow-vat-wyszukiwarka"
    text = ("Dzień dobry Panie Pawle,\n\nzgodnie z naszą wczorajszą rozmową telefoniczną przesyłam pismo Zarządu w "
            "sprawie zmiany rachunku bankowego. Od faktur wystawionych po 01.11.2026 r. prosimy o płatności na "
            "rachunek w Santander Bank Polska S.A.:\n\n%s\n\nDotychczasowy rachunek w PKO BP (%s) pozostaje aktywny do "
            "31.12.2026 r.\n\nNowy rachunek jest już widoczny w wykazie podatników VAT (biała lista) – można to "
            "sprawdzić w wyszukiwarce Ministerstwa Finansów:\n%s\n\nJak zawsze prosimy o potwierdzenie zmiany "
            "telefonicznie pod znanym Państwu numerem centrali +48 61 886 40 12 przed pierwszą płatnością.\n\n"
            "Pozdrawiam serdecznie\n\nTadeusz Zieliński\nKierownik ds. spedycji / Prezes Zarządu\nPartner Logistik sp. "
            "z o.o.\nul. Głogowska 218, 60-104 Poznań\ntel. +48 61 886 40 12\n") % (
        ids.fmt_iban(new), ids.fmt_iban(old), l1)
    text = fit(text, "iso-8859-2")
    m.subject = fit(m.subject, "iso-8859-2")
    html = outlook_html(text, "iso-8859-2", "PL")
    letter = docs.letter(
        m.file, "Zmiana rachunku bankowego", PLG_SELLER,
        ["Example Group Aukcje sp. z o.o.", "ul. Mokotowska 49", "00-542 Warszawa"], "Poznań, 15.10.2026 r.",
        "Informacja o zmianie rachunku bankowego",
        ["Szanowni Państwo,",
         "uprzejmie informujemy, że należności z tytułu faktur wystawionych od dnia 01.11.2026 r. prosimy regulować "
         "na nowy rachunek bankowy wskazany poniżej. Dotychczasowy rachunek w PKO Bank Polski S.A. (%s) pozostaje "
         "aktywny do 31.12.2026 r." % ids.fmt_iban(old),
         "Nowy rachunek został zgłoszony do wykazu podatników VAT. Prosimy o weryfikację zmiany telefonicznie pod "
         "numerem +48 61 886 40 12."],
        "Z poważaniem", ["Tadeusz Zieliński", "Prezes Zarządu"], footer=PLG_FOOTER,
        producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", created="D:20261015154422+02'00'",
        boxes=[["Nowy rachunek bankowy od 01.11.2026:", "Santander Bank Polska S.A.", "IBAN %s" % ids.fmt_iban(new),
                "SWIFT: WBKPPLPP"]], lang="pl-PL")
    alt = P("multipart/alternative", boundary="----=_NextPart_001_002B_01DD5D3E.%s" % U.hexs(m.rng, 8, True),
            children=[P("text/plain", text=text, charset="iso-8859-2", cte="quoted-printable"),
                      P("text/html", text=html, charset="iso-8859-2", cte="quoted-printable")])
    root = P("multipart/mixed", boundary="----=_NextPart_000_002A_01DD5D3E.%s" % U.hexs(m.rng, 8, True),
             preamble="This is a multipart message in MIME format.",
             children=[alt, att("application/pdf", letter, "Zmiana_rachunku_Partner_Logistik_2026.pdf",
                                fn_style="rfc2047q")])
    m.what = ("Logistics partner's director announces a new bank account from 01.11.2026 after a phone call, with a "
              "signed letter, transition period and pointer to the VAT white-list search.")
    m.why = ("Real partner mailbox (home.pl), follows a phone call, old account stays valid to year end, new account "
             "verifiable on the official white list, asks for phone confirmation on the known number.")
    m.hard_negative_of = (["attack/23-pl-partner-logistik-lookalike-rachunek.eml",
                           "attack/02-de-lieferant-lookalike-bankverbindung.eml"],
                          "Supplier bank change. Genuine: real domain, white-list verifiable, phone check. Attack: "
                          "look-alike domain, 'not yet on the white list', e-mail-only confirmation.")
    return _homepl(m, root, client_ip="198.51.100.90",
                   order=["From", "To", "Cc", "Subject", "Date", "Message-ID", "MIME-Version", "__MIME__",
                          "=X-Mailer: Microsoft Outlook 16.0", "=Thread-Index: " + mta.thread_index(m.rng),
                          "=Content-Language: pl"])


def b24():
    m = Msg("24-pl-wewnetrzne-pomoc-zdalna-zgloszenie.eml", "business", "pl")
    m.frm = (W.short(KASIA[1]), KASIA[1])
    m.to = [(W.short(PAWEL[1]), PAWEL[1])]
    m.cc = [("Engelhardt, Lukas", "lukas.engelhardt@example.com")]
    m.subject = "Jutro 9:00 – zdalna aktualizacja modułu KSeF (zgłoszenie IT-2026-4471)"
    m.date = U.local("CET", 2026, 12, 8, 15, 21, 6)
    m.msgid = "<%s@EXCH01.corp.example.com>" % U.hexs(m.rng, 32)
    m.hcharset = ("iso-8859-2", "Q")
    m.content_lang = "pl-PL"
    m.accept_lang = "pl-PL, de-DE, en-US"
    text = ("Cześć Paweł,\n\npotwierdzam z Lukasem (w kopii): jutro, 9.12., o 9:00 Lukas połączy się z Twoim komputerem "
            "przez Szybką pomoc, żeby zaktualizować moduł KSeF w Comarch i certyfikat do tokena. Potrwa to ok. "
            "30 minut, zamknij wcześniej Optimę.\n\nZgłoszenie jest w systemie IT pod numerem IT-2026-4471. Lukas "
            "zadzwoni na Twój numer wewnętrzny 214 i poda swoje imię oraz numer zgłoszenia – dopiero wtedy "
            "uruchamiasz Szybką pomoc.\n\nPrzypominam ogólną zasadę: dział IT nigdy nie dzwoni bez zgłoszenia i nie "
            "pisze z prywatnych adresów. Jeśli ktoś się tak kontaktuje, od razu daj znać mnie albo Lukasowi.\n\n"
            "Pozdrawiam\nKasia\n\nKatarzyna Wójcik\nOffice Manager\nExample Group Aukcje sp. z o.o.\n"
            "ul. Mokotowska 49, 00-542 Warszawa\ntel. +48 22 628 41 70\n")
    text = fit(text, "iso-8859-2")
    m.subject = fit(m.subject, "iso-8859-2")
    html = outlook_html(text, "iso-8859-2", "PL")
    root = outlook_alt(m, text, html, "iso-8859-2")
    root.boundary = "_000_%s_" % m.msgid.strip("<>").replace("@", "").replace(".", "")[:60]
    m.what = ("Internal note from the Warsaw office manager: IT (cc) will connect via Quick Assist tomorrow 9:00 for "
              "a KSeF module update – ticket number and call-back rules included.")
    m.why = ("Internal Exchange route, the IT admin himself is in cc, scheduled and ticketed, explicitly tells the "
             "user to verify the caller and warns against calls from private addresses.")
    m.hard_negative_of = (["attack/24-pl-helpdesk-szybka-pomoc-gmail.eml"],
                          "Remote support with Quick Assist. Genuine: internal, ticketed, IT in cc. Attack: Gmail "
                          "'service desk' after spam bombing, external phone number.")
    return m.finish(mta.exchange_internal, root)


def b25():
    m = Msg("25-pl-dzm-zapytanie-aukcja-maszyn.eml", "business", "pl")
    m.frm = ("Agnieszka Mazur", "a.mazur@dzm-dabrowa.com.pl")
    m.to = [KASIA]
    m.cc = [("Andreas Kettl", "andreas.kettl@example.com")]
    m.subject = "Zapytanie – sprzedaż aukcyjna nadwyżek parku maszynowego DZM S.A."
    m.date = U.local("CET", 2026, 10, 19, 10, 37, 55)
    m.msgid = "<%s@dzm-dabrowa.com.pl>" % U.uuid4(m.rng)
    m.fact("phones", "+48 32 262 71 40", "+48 601 447 218")
    text = ("Dzień dobry Pani Katarzyno,\n\ndziękuję za rozmowę na targach w Poznaniu. Zgodnie z ustaleniami przesyłam "
            "wstępną listę maszyn, które chcielibyśmy sprzedać w ramach Państwa aukcji internetowej (4 tokarki "
            "CNC, 2 prasy krawędziowe, suwnica, sprężarki). Maszyny są sprawne, do obejrzenia w naszym zakładzie w "
            "Dąbrowie Górniczej.\n\nProsimy o propozycję warunków (prowizja, termin aukcji, demontaż) oraz "
            "informację, czy możliwa jest wizyta Państwa rzeczoznawcy w listopadzie. Pana Kettla dodaję do wiadomości "
            "zgodnie z sugestią.\n\nZ poważaniem\n\nAgnieszka Mazur\nKierownik Działu Zakupów i Gospodarki "
            "Majątkiem\nDąbrowskie Zakłady Mechaniczne DZM S.A.\nul. Kasprzaka 12, 41-303 Dąbrowa Górnicza\n"
            "tel. +48 32 262 71 40, kom. +48 601 447 218\n")
    rows = [["Nr inw.", "Maszyna", "Producent", "Rok", "Stan", "Uwagi"],
            ["DZM-0412", "Tokarka CNC TUR 630", "FAT Wrocław", 2008, "sprawna", "sterowanie Sinumerik"],
            ["DZM-0415", "Tokarka CNC Puma 2600", "Doosan", 2014, "sprawna", "ok. 31 000 h"],
            ["DZM-0416", "Tokarka CNC Puma 2600", "Doosan", 2014, "sprawna", "ok. 29 500 h"],
            ["DZM-0433", "Tokarka CNC CTX 510", "DMG", 2011, "sprawna", ""],
            ["DZM-0502", "Prasa krawędziowa PPK 100/3100", "Ponar", 2009, "sprawna", "CE"],
            ["DZM-0507", "Prasa krawędziowa 135 t", "Amada", 2016, "sprawna", "z narzędziami"],
            ["DZM-0610", "Suwnica 5 t", "Demag", 2005, "sprawna", "dozór UDT do 2027"],
            ["DZM-0711", "Sprężarka śrubowa 45 kW", "Atlas Copco", 2017, "sprawna", ""]]
    xl = ooxml.xlsx([("Maszyny", rows)], "Lista maszyn DZM", "Agnieszka Mazur", "2026-10-19T08:20:00Z",
                    (2026, 10, 19, 10, 20, 0), "DZM S.A.")
    root = P("multipart/mixed", boundary="------------%s" % U.alnum(m.rng, 24), children=[
        P("multipart/alternative", boundary="------------%s" % U.alnum(m.rng, 24), children=[
            P("text/plain", text=text, charset="UTF-8", cte="quoted-printable", params=["format=flowed"]),
            P("text/html", text=paras_html(text).join(['<!DOCTYPE html><html><head><meta http-equiv="content-type" '
                                                        'content="text/html; charset=UTF-8"></head><body>', '</body></html>\n']),
              charset="UTF-8", cte="quoted-printable")]),
        att("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xl, "DZM_lista_maszyn_2026.xlsx",
            fn_style="rfc2231")])
    m.what = ("Polish manufacturer asks for an auction of surplus machinery after meeting at a trade fair; list of "
              "machines as XLSX.")
    m.why = ("Consistent business context (trade-fair contact), own domain on nazwa.pl with SPF pass, spreadsheet "
             "without macros, asks for terms rather than money.")
    m.hard_negative_of = (["attack/25-pl-zapytanie-ofertowe-zip-js.eml"],
                          "Request for quotation about machinery. Genuine: XLSX list, known contact. Attack: ZIP with "
                          "a .pdf.js downloader and prepayment bait.")
    return m.finish(mta.postfix_relay, root, relay="server170.nazwa.pl", relay_ip="46.242.243.170",
                    client_helo="[192.168.0.41]", client_rdns="unknown", client_ip="203.0.113.77", dkim_sel=None,
                    order=["Message-ID", "Date", "MIME-Version",
                           "=User-Agent: Mozilla Thunderbird", "Content-Language", "To", "Cc", "From", "Subject",
                           "__MIME__"])


def b26():
    m = Msg("26-pl-newsletter-antykwariusze-mailchimp.eml", "business", "pl")
    m.frm = ("Stowarzyszenie Antykwariuszy Polskich", "newsletter@antykwariusze.org.pl")
    m.reply_to = [("Biuro SAP", "biuro@antykwariusze.org.pl")]
    m.to = [("Katarzyna Wójcik", KASIA[1])]
    m.subject = "Newsletter SAP | listopad 2026: targi, wywóz zabytków, szkolenie AML"
    m.date = U.local("CET", 2026, 11, 5, 9, 0, 3)
    m.msgid = "<%s.%s@mail%d.suw%d.mcdlv.net>" % (U.hexs(m.rng, 25), U.hexs(m.rng, 10), m.rng.randint(130, 240),
                                                   m.rng.randint(11, 41))
    mc = "https://antykwariusze.us14.list-manage.com/track/click?u=%s&id=%s&e=%s"
    u = U.hexs(m.rng, 25)
    e = U.hexs(m.rng, 10)
    links = [mc % (u, U.hexs(m.rng, 10), e) for _ in range(3)]
    unsub = "https://antykwariusze.us14.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s" % (
        u, U.hexs(m.rng, 10), e, U.hexs(m.rng, 10))
    text = ("Newsletter Stowarzyszenia Antykwariuszy Polskich – listopad 2026\n\n1. Targi Sztuki i Antyków – Warszawa, "
            "28–29 listopada 2026\nZapraszamy na stoisko Stowarzyszenia (hala B). Członkowie SAP mają 15%% zniżki na "
            "stoisko w edycji wiosennej.\nWięcej: %s\n\n2. Wywóz zabytków za granicę – zmiany w progach wartości\n"
            "Od 1 stycznia 2027 r. obowiązują nowe progi wartości, od których wymagane jest pozwolenie na wywóz. "
            "Omówienie przygotowała mec. Joanna Krawczyk.\nCzytaj: %s\n\n3. Szkolenie: obowiązki AML w handlu "
            "dziełami sztuki (transakcje od 10 000 euro) – 10 grudnia, online\nZapisy: %s\n\nStowarzyszenie "
            "Antykwariuszy Polskich, ul. Nowy Świat 30, 00-373 Warszawa\nOtrzymujesz tę wiadomość, ponieważ jesteś "
            "członkiem SAP.\nWypisz się: %s\n") % (links[0], links[1], links[2], unsub)
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta '
            'http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, '
            'initial-scale=1"><title>Newsletter SAP | listopad 2026</title></head><body style="height:100%%;margin:0;'
            'padding:0;width:100%%;background-color:#f7f3ea"><center><table align="center" border="0" cellpadding="0" '
            'cellspacing="0" width="100%%" id="bodyTable" style="background-color:#f7f3ea"><tr><td align="center" '
            'valign="top" id="bodyCell" style="padding:10px"><table border="0" cellpadding="0" cellspacing="0" '
            'width="600" style="background:#ffffff"><tr><td style="background:#5a3e1b;color:#f7f3ea;padding:18px 24px;'
            'font-family:Georgia,serif;font-size:22px">Stowarzyszenie Antykwariuszy Polskich</td></tr><tr><td '
            'style="padding:24px;font-family:Georgia,serif;font-size:15px;line-height:1.5;color:#2b2b2b">'
            '<h2 style="font-size:18px">Targi Sztuki i Antyków – Warszawa, 28–29 listopada 2026</h2><p>Zapraszamy na '
            'stoisko Stowarzyszenia (hala B). Członkowie SAP mają 15%% zniżki na stoisko w edycji wiosennej. <a '
            'href="%s">Więcej</a></p><h2 style="font-size:18px">Wywóz zabytków za granicę – zmiany w progach '
            'wartości</h2><p>Od 1 stycznia 2027 r. obowiązują nowe progi wartości, od których wymagane jest pozwolenie '
            'na wywóz. Omówienie przygotowała mec. Joanna Krawczyk. <a href="%s">Czytaj</a></p><h2 '
            'style="font-size:18px">Szkolenie: obowiązki AML w handlu dziełami sztuki</h2><p>Transakcje od 10 000 euro '
            '– 10 grudnia, online. <a href="%s">Zapisy</a></p></td></tr><tr><td style="padding:16px 24px;'
            'font-family:Arial,sans-serif;font-size:11px;color:#777;background:#efe8da">Stowarzyszenie Antykwariuszy '
            'Polskich, ul. Nowy Świat 30, 00-373 Warszawa<br>Otrzymujesz tę wiadomość, ponieważ jesteś członkiem SAP.'
            '<br><a href="%s">Wypisz się</a></td></tr></table></td></tr></table></center><img src="https://antykwariusze.'
            'us14.list-manage.com/track/open.php?u=%s&id=%s&e=%s" height="1" width="1" alt=""></body></html>\n') % (
        links[0].replace("&", "&amp;"), links[1].replace("&", "&amp;"), links[2].replace("&", "&amp;"),
        unsub.replace("&", "&amp;"), u, U.hexs(m.rng, 10), e)
    root = P("multipart/alternative", boundary="_----------=_MCPart_%d" % m.rng.randint(10 ** 9, 10 ** 10), children=[
        P("text/plain", text=text, charset="utf-8", cte="quoted-printable", params=["format=fixed"]),
        P("text/html", text=html, charset="utf-8", cte="quoted-printable")])
    m.envfrom = "bounce-mc.us14_%d.%d-%s@mail%s" % (m.rng.randint(10 ** 7, 10 ** 8), m.rng.randint(10 ** 6, 10 ** 7),
                                                   e, m.msgid.split("@mail")[1].rstrip(">"))
    m.what = ("Monthly newsletter of a Polish antique dealers' association (Mailchimp): fair dates, export-licence "
              "thresholds, AML training for art dealers.")
    m.why = ("Subscribed sender, Mailchimp with the association's DKIM (k3) and List-Unsubscribe, only tracking links "
             "to list-manage.com, no requests.")
    return m.finish(mta.mailchimp, root, list_id="Newsletter SAP",
                    extra=["List-Unsubscribe: <%s>, <mailto:unsubscribe-mc.us14_%s.%s-%s@unsubscribe.mailchimpapp.net>" % (
                        unsub, u, U.hexs(m.rng, 10), e)])


ATTACK = [a22, a23, a24, a25, a26]
BUSINESS = [b22, b23, b24, b25, b26]
