"""Genuine business messages, Polish (22-26)."""
from common import *

F = "business"
NIP_EX = "7792418367"
NIP_PL = "7822614571"
PL_FOOT = f"""Partner Logistik sp. z o.o.
ul. Składowa 14, 62-023 Gądki
NIP {NIP_PL}, KRS 0000418827"""


def gsmtp_submission(r, s, host, ip, rcpt):
    """Google Workspace submission from a desktop client / ERP through smtp.gmail.com."""
    s["trace"].append(("Received", f"from {host} ([{ip}])\n        by smtp.gmail.com with ESMTPSA id {rstr(r, HEX, 13)}-{r.randint(100,999)}{rstr(r, HEX, 6)}.{r.randint(1,9)}.{r.randint(2026,2026)}.{r.randint(10,99)}\n"
                                   f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {timez.rfc(s['utc'], 'pt', comment=True)}"))


@message(F, "pl", "partner-logistik-zmiana-rachunku-oficjalna",
         "Genuine bank-detail change from Partner Logistik's accounting (real domain, Google Workspace, Outlook client): new Santander account from 1 Jan 2027, already on the VAT white list, signed letter attached, asks to verify by phone with the contact from the contract",
         "Real domain and infrastructure, one month lead time, account verifiable on the white list, call-back encouraged, old account "
         "stays open in January. Hard negative of attack/22.")
def b22():
    r = rng("b22")
    t = timez.local("de", 2026, 12, 4, 9, 15, 20)
    rcpt = "malgorzata.lukasik@example.com"
    frm_addr = "ksiegowosc@partner-logistik.pl"
    s = infra.gmail(r, t, rcpt, tz_client="de")
    gsmtp_submission(r, s, "KSIEGOWOSC-02", "83.24.117.92", rcpt)
    new = fmt_iban(BANK["partner_new"])
    old = fmt_iban(BANK["partner_old"])
    body = f"""Szanowna Pani,

uprzejmie informujemy, że od 1 stycznia 2027 r. Partner Logistik sp. z o.o. będzie prowadzić rozliczenia za pośrednictwem nowego rachunku bankowego:

Santander Bank Polska S.A.
{new}

Nowy rachunek jest już widoczny w wykazie podatników VAT (biała lista) - prosimy o sprawdzenie go przed pierwszą płatnością. Dotychczasowy rachunek w PKO BP ({old}) pozostanie aktywny do 31 stycznia 2027 r., więc płatności zlecone na stary numer zostaną zaksięgowane.

W załączniku przesyłamy pismo podpisane przez Zarząd; oryginał wysłaliśmy pocztą. Zmianę mogą Państwo potwierdzić telefonicznie u Pani Anny Nowak (główna księgowa) pod numerem podanym w umowie ramowej: +48 61 223 48 00.

Z poważaniem
Anna Nowak
Główna Księgowa
{PL_FOOT}
"""
    letter = pdf_doc([
        ("h1", "Partner Logistik sp. z o.o."),
        ("small", f"ul. Składowa 14 · 62-023 Gądki · NIP {NIP_PL} · KRS 0000418827"),
        ("p", "Example Polska sp. z o.o.\nul. Obornicka 233\n60-650 Poznań"),
        ("p", "Gądki, 3 grudnia 2026 r."),
        ("h2", "Informacja o zmianie rachunku bankowego"),
        ("p", f"Informujemy, że od 1 stycznia 2027 r. właściwym rachunkiem do regulowania należności na rzecz Partner Logistik sp. z o.o. jest rachunek w Santander Bank Polska S.A. nr {new}. "
              f"Rachunek został zgłoszony do wykazu podatników VAT. Dotychczasowy rachunek {old} pozostaje aktywny do 31 stycznia 2027 r."),
        ("p", "Potwierdzenia udziela: Anna Nowak, tel. +48 61 223 48 00."),
        ("p", "Za Zarząd:\nKrzysztof Nowicki - Prezes Zarządu          Ewa Górecka - Członek Zarządu"),
    ], title="Zmiana rachunku bankowego", author="Anna Nowak", creator="Microsoft® Word 2021", producer="Microsoft® Word 2021",
        date="D:20261203142011+01'00'")
    root = Multi("mixed", [Text(body, "plain", "iso-8859-2", "quoted-printable"), pdf_att(letter, "Pismo_zmiana_rachunku_2027.pdf")],
                 infra.outlook_boundary(r, t, 0))
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Partner Logistik - Księgowość", frm_addr, "iso-8859-2", "Q"), A("Małgorzata Łukasik", rcpt, "iso-8859-2", "Q"),
        SUBJ("Informacja o zmianie rachunku bankowego od 01.01.2027", "iso-8859-2", "Q"), "partner-logistik.pl",
        cc=A("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "iso-8859-2", "Q"), lang="pl")
    return hdr, root


@message(F, "pl", "partner-logistik-faktura-ksef",
         "Genuine invoice notification from Partner Logistik's ERP through Google's SMTP relay: invoice FV/2026/11/0512 with its KSeF number and a PDF visualisation; usual PKO BP account",
         "Real domain and infrastructure, refers to the KSeF number of an invoice that exists in KSeF, no links or logins. Hard negative of attack/23 (KSeF quishing).")
def b23():
    r = rng("b23")
    t = timez.local("de", 2026, 11, 3, 12, 0, 8)
    rcpt = "malgorzata.lukasik@example.com"
    frm_addr = "ksiegowosc@partner-logistik.pl"
    s = infra.gmail(r, t, rcpt, tz_client="de")
    s["trace"].append(("Received", f"from erp01.partner-logistik.local ([83.24.117.90])\n        by smtp-relay.gmail.com with ESMTPS id {rstr(r, HEX, 13)}-{r.randint(100,999)}{rstr(r, HEX, 6)}.{r.randint(1,9)}\n        for <{rcpt}>\n        (version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128);\n        {timez.rfc(t, 'pt', comment=True)}"))
    ksef = f"{NIP_PL}-20261103-0100A4F2C91B-3D"
    old = fmt_iban(BANK["partner_old"])
    body = f"""Szanowni Państwo,

informujemy, że w Krajowym Systemie e-Faktur wystawiona została faktura:

Numer faktury: FV/2026/11/0512
Numer KSeF: {ksef}
Data wystawienia: 03.11.2026
Nabywca: Example Polska sp. z o.o., NIP {NIP_EX}
Kwota brutto: 23 616,00 PLN
Termin płatności: 03.12.2026
Rachunek: {old}

W załączeniu przesyłamy wizualizację faktury w formacie PDF. Dokumentem źródłowym jest faktura ustrukturyzowana dostępna w KSeF.

Wiadomość została wygenerowana automatycznie przez system Comarch ERP Optima.
{PL_FOOT}
"""
    inv = pdf_doc([
        ("h1", "Faktura VAT FV/2026/11/0512"),
        ("small", f"Numer KSeF: {ksef}"),
        ("mono", f"Sprzedawca: Partner Logistik sp. z o.o., NIP {NIP_PL}\nNabywca: Example Polska sp. z o.o., NIP {NIP_EX}\nData wystawienia: 03.11.2026   Data sprzedaży: 31.10.2026"),
        ("mono", "1. Składowanie - miejsca paletowe, październik 2026    640 msc   18,00   11 520,00\n"
                 "2. Obsługa magazynowa (przyjęcie/wydanie A-frame)      96 szt   78,00    7 488,00\n"
                 "Netto 19 008,00   VAT 23%  4 371,84   Brutto 23 379,84"),
        ("p", f"Do zapłaty: 23 379,84 PLN, termin 03.12.2026, przelew na rachunek {old}. Mechanizm podzielonej płatności nie dotyczy."),
    ], title="FV/2026/11/0512", author="Comarch ERP Optima", creator="Comarch ERP Optima", producer="Comarch ERP Optima",
        date="D:20261103115955+01'00'")
    body = body.replace("23 616,00", "23 379,84")
    root = Multi("mixed", [Text(body, "plain", "windows-1250", "quoted-printable"), pdf_att(inv, "FV_2026_11_0512.pdf")],
                 f"------------{rstr(r, '0123456789', 24)}")
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("From", A("Partner Logistik - Księgowość", frm_addr, "windows-1250", "Q")),
        ("To", rcpt),
        ("Subject", SUBJ("Faktura FV/2026/11/0512 - numer KSeF " + ksef, "windows-1250", "Q")),
        ("Date", s["date"]),
        ("Message-ID", f"<{rstr(r, HEX, 8)}.{r.randint(1000, 9999)}.erp01@partner-logistik.pl>"),
        ("X-Mailer", "Comarch ERP Optima 2026.2.1"),
    )
    return hdr, root


@message(F, "pl", "okna-bud-reklamacja-wp",
         "Complaint from a small window-installer customer using Poczta WP (iso-8859-2, base64): two cracked insulating units, asks for replacement before the heating season and threatens to switch supplier",
         "Known customer on his usual wp.pl address, concrete order number and unit sizes, no links or attachments.")
def b24():
    r = rng("b24")
    t = timez.local("de", 2026, 10, 19, 7, 50, 3)
    rcpt = "pawel.wojcik@example.com"
    frm_addr = "oknabud.kowalski@wp.pl"
    s = infra.wp(r, t, rcpt, frm_addr)
    body = """Dzień dobry Panie Pawle,

piszę w sprawie zamówienia ZS/PL/2026/0871. Przy rozładunku w piątek okazało się, że dwie szyby zespolone (4/16/4/16/4, wymiar 1230 x 1480) mają pęknięcia w narożnikach. Kierowca to widział, zaznaczyliśmy na liście przewozowym.

Klient w Lesznie czeka na montaż, a zapowiadają przymrozki. Proszę o pilną wymianę, najpóźniej w przyszłym tygodniu. Jeśli znowu będzie trzeba czekać trzy tygodnie jak przy poprzedniej reklamacji, to będę musiał poszukać innego dostawcy.

Zdjęcia mogę podesłać z telefonu, jeśli są potrzebne.

Pozdrawiam
Jan Kowalski
OKNA-BUD Jan Kowalski
Leszno, tel. 605 418 227
"""
    root = Text(body, "plain", "iso-8859-2", "base64")
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("OKNA-BUD Jan Kowalski", frm_addr)),
        ("To", A("Paweł Wójcik", rcpt, "iso-8859-2", "Q")),
        ("Subject", SUBJ("Reklamacja - pęknięte szyby, zamówienie ZS/PL/2026/0871", "iso-8859-2", "Q")),
        ("Message-ID", s["mid"]),
    ) + s["xh"]
    return hdr, root


@message(F, "pl", "zwolnienie-lekarskie-prywatny-o2",
         "The Poznań accountant reports sick from her private o2.pl address (WP infrastructure): e-ZLA issued until 27 Nov, no VPN access from home, hands over the VAT deadline",
         "Private address of a known colleague, sick note via the official e-ZLA system, no request for money or data. Hard negative of attack/26 (colleague's name on free-mail).")
def b25():
    r = rng("b25")
    t = timez.local("de", 2026, 11, 23, 6, 58, 40)
    rcpt = "pawel.wojcik@example.com"
    frm_addr = "m.lukasik84@o2.pl"
    s = infra.wp(r, t, rcpt, frm_addr, brand="o2.pl")
    body = """Dzień dobry Panie Pawle,

niestety rozchorowałam się - lekarz wystawił mi zwolnienie (e-ZLA) do piątku 27.11 włącznie, powinno już być widoczne na PUE ZUS.

Piszę z prywatnej poczty, bo z domu nie mam dostępu do VPN.

Deklaracja JPK_V7 za październik jest wysłana, UPO zapisałam w folderze Księgowość/VAT/2026-10. Jedyna pilna rzecz w tym tygodniu to przelew do ZUS do 15 grudnia, więc zdążę po powrocie.

Pozdrawiam
Małgorzata Łukasik
"""
    root = Text(body, "plain", "UTF-8", "quoted-printable")
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("Małgorzata Łukasik", frm_addr, "UTF-8", "Q")),
        ("To", A("Paweł Wójcik", rcpt, "UTF-8", "Q")),
        ("Subject", SUBJ("Zwolnienie lekarskie do 27.11", "UTF-8", "Q")),
        ("Message-ID", s["mid"]),
    ) + [(k, v) for k, v in s["xh"] if k != "X-Mailer"] + [("X-Mailer", "Poczta o2")]
    return hdr, root


@message(F, "pl", "partner-logistik-awizacja-dostawy",
         "Tadeusz Zieliński (Partner Logistik, Gmail web on Google Workspace) confirms an unloading slot for two A-frames at ramp 4 and asks for the driver's phone number",
         "Known logistics contact from the real domain and infrastructure, routine operational content, no links or attachments.")
def b26():
    r = rng("b26")
    t = timez.local("de", 2026, 10, 14, 13, 30, 19)
    rcpt = "pawel.wojcik@example.com"
    frm_addr = "t.zielinski@partner-logistik.pl"
    s = infra.gmail(r, t, rcpt, tz_client="de")
    body = """Cześć Paweł,

potwierdzam awizację na czwartek 15.10, godz. 10:00, rampa nr 4. Przyjmujemy 2 stojaki A-frame z Würzburga (zlecenie PL-2026-1118), rozładunek suwnicą, więc kierowca nie musi mieć własnego HDS.

Podeślij mi proszę numer telefonu kierowcy i numery rejestracyjne, żeby ochrona wpuściła go bez czekania.

Puste stojaki z poprzedniej dostawy (4 szt.) są gotowe do zabrania.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. Logistyki
Partner Logistik sp. z o.o.
tel. +48 61 223 48 10
"""
    root = Multi("alternative", [Text(body, "plain", "UTF-8", "quoted-printable"),
                                 Text(f'<div dir="ltr">{p_html(body)}</div>\n', "html", "UTF-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(frm_addr)] + s["trace"] + gmail_headers(
        s, A("Tadeusz Zieliński", frm_addr, "UTF-8", "B"), A("Paweł Wójcik", rcpt, "UTF-8", "B"),
        SUBJ("Awizacja 15.10 - 2 stojaki A-frame, rampa 4", "UTF-8", "Q"))
    return hdr, root
