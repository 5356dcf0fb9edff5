"""Polish attack messages (22-26)."""
from common import *  # noqa: F401,F403


def crc8(s, poly=0x07):
    c = 0
    for b in s.encode():
        c ^= b
        for _ in range(8):
            c = ((c << 1) ^ poly) & 0xff if c & 0x80 else (c << 1) & 0xff
    return c


def ksef_number(nip, date, hex12):
    base = "%s-%s-%s" % (nip, date, hex12)
    return "%s-%02X" % (base, crc8(base))


KSEF_0842 = ksef_number(VAT["partner"], "20261130", "7C41A9E0B2D3")


def a22():
    link = "https://dokumenty-partnerlogistik.web.app/?d=rozliczenie-11-2026&id=cGF3ZWwubHVrYXNpZXdpY3pAZXhhbXBsZS5jb20"
    txt = D("""
        Dzień dobry,

        przesyłam dokumenty rozliczeniowe za listopad 2026 (zestawienie usług magazynowych, korekty i protokoły dostaw), udostępnione w bezpiecznym folderze:

        Otwórz dokumenty: %s

        Dostęp do folderu wygasa po 48 godzinach.

        Pozdrawiam
        Tadeusz Zieliński
        Key Account Manager
        Partner Logistik sp. z o.o.
        ul. Graniczna 8, 54-610 Wrocław
        """) % link
    h = html_outlook(txt.replace("Otwórz dokumenty: " + link, "[[BTN]]"), "utf-8", "PL")
    btn = ('<table cellpadding="0" cellspacing="0"><tr><td style="background:#0f6cbd;padding:10px 18px">'
           '<a href="%s" style="color:#ffffff;font-family:Segoe UI,sans-serif;font-size:14px;text-decoration:none">'
           '&#128196; Rozliczenie_listopad_2026.pdf &ndash; Otwórz</a></td></tr></table>' % link)
    h = h.replace("[[BTN]]", btn)
    return Msg("22-pl-partner-logistik-przejete-konto", "attack",
               C("zielinski"), [C("zielinski")],
               "Partner Logistik - dokumenty rozliczeniowe listopad 2026 (udostępnione)",
               ("CET", 2026, 11, 25, 13, 52, 30),
               ("m365", dict(org="partner-logistik.pl", tenant_guid=TENANTS["partner-logistik.pl"], region="eurprd07", lang="pl-PL",
                             obe="EUR05-VI1-obe", eop_ip="40.107.21.127")),
               alt(text(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "base64")),
               rcpt=S("lukasiewicz")[1], name_cs="utf-8", name_enc="B",
               what="Compromised partner mailbox: the logistics partner's real account sends a 'shared settlement documents' link to a Firebase-hosted phishing page, recipients in Bcc.",
               why="Genuine partner-logistik.pl Microsoft 365 account, but addressed To the sender himself with recipients in Bcc, generic text, 48-hour expiry and a link to *.web.app instead of SharePoint/attachments (the real contact sends PDFs, see business/22) – account takeover used for credential phishing.",
               techniques=["compromised partner mailbox (account takeover)", "abuse of a genuine service (Firebase web.app hosting)", "credential phishing"])


def a23():
    link = "https://ksef-podatki.pl/web/odbior?nr=%s" % KSEF_0842
    txt = D("""
        Szanowni Państwo,

        w Krajowym Systemie e-Faktur udostępniono nową fakturę ustrukturyzowaną:

        Wystawca: Partner Logistik sp. z o.o., NIP %s
        Nabywca: Example Group Polska sp. z o.o., NIP %s
        Numer faktury: FV/2026/11/0842
        Numer KSeF: %s
        Kwota brutto: 48 271,35 zł

        Zgodnie z nowymi zasadami obowiązującymi od 1 grudnia 2026 r. odbiorca faktury musi potwierdzić swoją tożsamość przed pobraniem dokumentu. Zaloguj się przez profil zaufany lub bankowość elektroniczną i zweryfikuj odbiorcę:
        %s

        Brak weryfikacji w ciągu 72 godzin może skutkować odrzuceniem faktury i naliczeniem odsetek ustawowych za opóźnienie.

        Krajowy System e-Faktur
        Ministerstwo Finansów
        Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
        """) % (B.fmt_nip(VAT["partner"]), B.fmt_nip(VAT["eg_pl"]), KSEF_0842, link)
    h = html_simple(D("""
        <div style="font-family:Lato,Arial,sans-serif;max-width:600px;color:#1b1b1b">
        <div style="background:#ffffff;border-bottom:4px solid #dc143c;padding:12px 0;font-size:20px;font-weight:bold">KSeF <span style="font-weight:normal;font-size:14px;color:#555555">Krajowy System e-Faktur</span></div>
        <p>Szanowni Państwo,</p>
        <p>w Krajowym Systemie e-Faktur udostępniono nową fakturę ustrukturyzowaną:</p>
        <table style="font-size:14px;background:#f4f4f4;padding:10px">
        <tr><td>Wystawca</td><td>Partner Logistik sp. z o.o., NIP %s</td></tr>
        <tr><td>Nabywca</td><td>Example Group Polska sp. z o.o., NIP %s</td></tr>
        <tr><td>Numer faktury</td><td>FV/2026/11/0842</td></tr>
        <tr><td>Numer KSeF</td><td>%s</td></tr>
        <tr><td>Kwota brutto</td><td><b>48 271,35 zł</b></td></tr></table>
        <p>Zgodnie z nowymi zasadami obowiązującymi od 1 grudnia 2026 r. odbiorca faktury musi potwierdzić swoją tożsamość przed pobraniem dokumentu.</p>
        <p><a href="%s" style="background:#dc143c;color:#ffffff;padding:10px 20px;text-decoration:none">Zweryfikuj odbiorcę i pobierz fakturę</a></p>
        <p style="font-size:13px">Logowanie: profil zaufany lub bankowość elektroniczna. Brak weryfikacji w ciągu 72 godzin może skutkować odrzuceniem faktury i naliczeniem odsetek ustawowych za opóźnienie.</p>
        <p style="font-size:12px;color:#666666">Krajowy System e-Faktur &middot; Ministerstwo Finansów<br>Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.</p>
        </div>""") % (B.fmt_nip(VAT["partner"]), B.fmt_nip(VAT["eg_pl"]), KSEF_0842, link), "utf-8", "KSeF")
    return Msg("23-pl-ksef-weryfikacja-odbiorcy", "attack",
               ("Krajowy System e-Faktur (KSeF)", "powiadomienia@ksef-podatki.pl"), [S("lukasiewicz")],
               "KSeF: nowa faktura od Partner Logistik sp. z o.o. – wymagana weryfikacja odbiorcy",
               ("CET", 2026, 12, 1, 7, 30, 12), ("sendgrid", dict(domain="ksef-podatki.pl")),
               alt(text(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "base64")),
               name_cs="utf-8", name_enc="B",
               what="E-invoicing phishing: fake KSeF notice about a real-looking incoming invoice, asks the accountant to 'verify the recipient' via trusted profile or online banking.",
               why="KSeF does not e-mail invoice notifications or require recipient verification; ksef-podatki.pl is not a gov.pl domain; SendGrid bulk sender; invented rule and 72-hour threat; the login leads to a bank/ePUAP credential harvest. Invoice details were likely taken from the compromised partner mailbox (attack/22).",
               techniques=["e-invoicing system impersonation (KSeF)", "bank / trusted-profile credential phishing", "bulk ESP abuse (SendGrid)"])


def a24():
    url = "https://inpost-doplata.pl/p/695022741183?k=WRO12M"
    png = qr.qr_png(url, scale=6)
    body = D("""
        Dzień dobry!

        Twoja przesyłka nr 695022741183004712652847 dotarła do Paczkomatu WRO12M (ul. Legnicka 58, Wrocław).

        Z powodu niepełnej opłaty nadawcy (przekroczony gabaryt C) odbiór wymaga dopłaty 4,99 zł.

        Zeskanuj telefonem kod QR z załącznika, aby uregulować dopłatę i otrzymać kod odbioru. Przesyłka będzie czekać 48 godzin, następnie zostanie zwrócona do nadawcy.

        Pozdrawiamy
        Zespół InPost
        """)
    return Msg("24-pl-inpost-doplata-kod-qr", "attack",
               ("InPost", "powiadomienia@inpost-paczka24.pl"), [S("wojcik")],
               "Twoja paczka czeka w Paczkomacie WRO12M - wymagana dopłata 4,99 zł",
               ("CET", 2026, 10, 22, 14, 11, 6),
               ("exim", dict(host="serwer2471.hosting-panel.pl", ip="91.185.187.44", client_ip="193.233.21.9",
                             mua=None)),
               mixed(text(body, "iso-8859-2", "quoted-printable"), png_att(png, "kod_odbioru_QR.png")),
               name_cs="iso-8859-2", name_enc="Q", qr=[url],
               what="Courier quishing: fake InPost parcel-locker notice demanding a 4.99 zł surcharge via a QR code in a PNG attachment.",
               why="Look-alike domain via a shared hosting server used from a foreign IP; InPost never collects surcharges by e-mail QR codes; small-fee lure leads to a card-data page (inpost-doplata.pl) that URL filters cannot see in the PNG.",
               techniques=["courier impersonation (InPost)", "quishing (QR code PNG attachment)", "card phishing"])


def a25():
    t = util.local("CET", 2026, 11, 16, 10, 5, 44)
    iban = BANK["register_scam_pl"]
    body = D("""
        Szanowni Państwo,

        uprzejmie informujemy, że dane Państwa przedsiębiorstwa zostały zweryfikowane w Centralnym Rejestrze Działalności Gospodarczej i Przedsiębiorców:

        Firma: Example Group Polska sp. z o.o.
        Adres: ul. Legnicka 58, 54-204 Wrocław
        NIP: %s

        W celu aktualizacji wpisu na rok 2027 prosimy o uregulowanie opłaty zgodnie z załączoną fakturą proforma nr CRDG/2026/11/4817 w terminie 7 dni od daty otrzymania wiadomości.

        Z poważaniem
        Dział Obsługi Wpisów
        Centralny Rejestr Działalności Gospodarczej
        """) % B.fmt_nip(VAT["eg_pl"])
    pf = D("""
        # Centralny Rejestr Działalności Gospodarczej i Przedsiębiorców
        Dział Obsługi Wpisów

        ## FAKTURA PROFORMA nr CRDG/2026/11/4817          Data wystawienia: 16.11.2026

        Nabywca:  Example Group Polska sp. z o.o., ul. Legnicka 58, 54-204 Wrocław, NIP %s

        Lp.  Nazwa usługi                                              Netto       VAT 23%%     Brutto
        1    Aktualizacja i utrzymanie wpisu w rejestrze - rok 2027   1 497,00      344,31    1 841,31

        ## Do zapłaty: 1 841,31 zł        Termin płatności: 7 dni

        Rachunek bankowy: %s
        Tytuł przelewu: CRDG/2026/11/4817

        Rejestr prowadzony jest przez podmiot prywatny i nie stanowi rejestru publicznego w rozumieniu ustawy o KRS ani
        CEIDG. Dokonanie wpłaty oznacza akceptację regulaminu i zawarcie umowy o prezentację danych na okres 12 miesięcy
        z automatycznym przedłużeniem.
        """) % (B.fmt_nip(VAT["eg_pl"]), B.nrb(iban))
    return Msg("25-pl-rejestr-faktura-proforma", "attack",
               ("Centralny Rejestr Działalności Gospodarczej", "wpisy@crdg-rejestr.pl"), [S("wojcik")],
               "Faktura proforma nr CRDG/2026/11/4817 – aktualizacja wpisu Example Group Polska sp. z o.o.",
               ("CET", 2026, 11, 16, 10, 5, 44), ("mailgun", dict(mgdomain="mg.crdg-rejestr.pl")),
               mixed(text(body, "windows-1250", "base64"),
                     pdf_att(pf, "Proforma_CRDG_2026_11_4817.pdf", title="Faktura proforma", creator="mPDF 8.2",
                             producer="mPDF 8.2", t=t)),
               name_cs="windows-1250", name_enc="B",
               what="Fake register invoice: a private 'Central Register' sends a pro-forma invoice (1,841.31 zł) for 'updating the 2027 entry'.",
               why="Name mimics the official CEIDG/KRS registers, payment demanded for a worthless private listing, small print reveals a subscription contract; bulk-sent via Mailgun.",
               techniques=["fake directory/register invoice", "bulk ESP abuse (Mailgun)", "PDF invoice lure"])


def a26():
    body = D("""
        Dzień dobry,

        w odpowiedzi na ogłoszenie o pracę na stanowisko sprzedawcy - doradcy klienta w Państwa salonie we Wrocławiu przesyłam swoje CV.

        Od 12 lat gram na gitarze klasycznej i elektrycznej, ukończyłam szkołę muzyczną II stopnia, a przez ostatnie trzy lata pracowałam w sklepie muzycznym w Opolu, gdzie zajmowałam się doradztwem przy wyborze instrumentów i obsługą sklepu internetowego.

        Ze względu na ochronę danych osobowych (RODO) plik z CV jest zabezpieczony hasłem: Rekrutacja2026

        Będę wdzięczna za informację zwrotną.

        Z poważaniem
        Anna Kaczmarczyk
        """)
    z = zip_att([("CV_Anna_Kaczmarczyk_2026.pdf.lnk",
                  b"INERT TEST PLACEHOLDER - not a real shortcut (mail gateway evaluation)\n")],
                "CV_Anna_Kaczmarczyk.zip", password="Rekrutacja2026", seed="a26", dt=(2026, 10, 7, 21, 20, 54))
    return Msg("26-pl-cv-zaszyfrowane-archiwum", "attack",
               ("Anna Kaczmarczyk", "anna.kaczmarczyk1994@wp.pl"), [S("wojcik")],
               "CV - sprzedawca / doradca klienta, salon we Wrocławiu",
               ("CET", 2026, 10, 7, 21, 33, 27),
               ("wp_pl", dict(client_ip="178.236.45.102", client_rdns="unknown")),
               mixed(text(body, "iso-8859-2", "quoted-printable"), z),
               name_cs="iso-8859-2", name_enc="Q",
               what="Fake job application: CV sent as a password-protected ZIP whose content is a .pdf.lnk shortcut.",
               why="A real applicant sends a PDF; the encrypted archive (password in the body, 'RODO' pretext) defeats scanning and hides a Windows shortcut with a double extension – a common loader vector against HR.",
               techniques=["fake job application", "password-protected ZIP (ZipCrypto)", "LNK shortcut with double extension"])


def messages():
    return [a22(), a23(), a24(), a25(), a26()]
