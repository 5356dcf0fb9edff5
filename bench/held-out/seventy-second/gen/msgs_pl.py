"""Polish messages: 5 attacks, 5 genuine (Wrocław office)."""
from kit import *
import checks

B = org.BANK
G = checks.group4
PL_SIG = ("Partner Logistik sp. z o.o.\nul. Magazynowa 12, 62-080 Tarnowo Podgórne\nNIP %s" % org.TAX["partner_nip"])


def _gmail_quote_header(day, who, addr_):
    return "W dniu %s %s <%s> napisał(a):" % (day, who, addr_)


# =============================================================== attacks
def a_ksef_phishing():
    rng = rng_for("a", "pl-ksef")
    t = utc("2026-11-25 08:06:44")
    route = R.SES(rng, "eu-central-1")
    sesid = "01070199%s-%s-000000" % (hexid(rng, 8), uuid4(rng))
    ua = U.Plain(rng, order=["From", "To", "Subject", "MIME-Version", "Content-Type", "Message-ID", "Date", "Feedback-ID", "X-SES-Outgoing"],
                 msgid_fn=lambda r, tt: "<%s@eu-central-1.amazonses.com>" % sesid,
                 boundary_fn=lambda r, k: "===============%019d==" % r.randrange(10 ** 18, 10 ** 19),
                 extra=[("Feedback-ID", "::1.eu-central-1.%s=:AmazonSES" % alnum(rng, 43, U.B64 + "+/")),
                        ("X-SES-Outgoing", "2026.11.25-%s" % route.client[2])])
    mid = ua.msgid(t, "")
    nip = org.TAX["eg_polska_nip"]
    link = "https://mcu-ksef.mf-gov-pl.com/logowanie?nip=%s&s=%s" % (nip, hexid(rng, 16))
    blocks = ["Szanowni Państwo,",
              "uprzejmie informujemy, że certyfikat KSeF przypisany do podmiotu **EXAMPLE GROUP POLSKA SP. Z O.O. (NIP %s)**, wykorzystywany do uwierzytelniania w Krajowym Systemie e-Faktur, traci ważność w dniu **30.11.2026**." % nip,
              "Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych w KSeF nie będzie możliwe, co może skutkować sankcjami przewidzianymi w art. 106gb ustawy o VAT.",
              "Aby zachować ciągłość fakturowania, prosimy o odnowienie certyfikatu w Module Certyfikatów i Uprawnień (MCU) przy użyciu Profilu Zaufanego lub podpisu kwalifikowanego."]
    footer = "Ministerstwo Finansów - Krajowa Administracja Skarbowa\nWiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać."
    html = S.esp_html("Certyfikat KSeF wygasa", blocks, ("Odnów certyfikat KSeF", link), footer, brand_color="#d4213d",
                      logo_text="Krajowy System e-Faktur", charset="windows-1250")
    txt = S.esp_plain("Certyfikat KSeF wygasa", blocks, ("Odnów certyfikat KSeF", link), footer)
    body = S.alt(txt, html, ua.boundary(), "windows-1250", "quoted-printable", "quoted-printable")
    h = {"From": addr("Krajowy System e-Faktur", "powiadomienia@ksef-mf-gov.pl"),
         "To": "pawel.lukasiewicz@example.com",
         "Subject": hval("KSeF: certyfikat dla NIP %s wygasa 30.11.2026 – wymagane odnowienie" % nip, "windows-1250", "Q")}
    return Mail("attack", "pl", "ksef-certyfikat-wygasa-phishing", t, route, ua, "pawel.lukasiewicz@example.com",
                sesid + "@eu-central-1.amazonses.com", h, body, mid, zone="UTC", date_lag=-1,
                technique="E-invoicing system (KSeF) credential phishing via Amazon SES",
                what="Fake Ministry of Finance notice: the company's KSeF certificate expires, renew it via a link",
                why="The ministry does not e-mail log-in links; ksef-mf-gov.pl / mf-gov-pl.com are not gov.pl; sanctions threat and a 5-day deadline; "
                    "the accountant had just told staff that certificates were already issued and such mails are fake (business/23).")


def a_partner_hijack_iban():
    rng = rng_for("a", "pl-partner")
    t = utc("2026-11-10 12:47:19")
    route = R.Google(rng)
    ua = U.Gmail(rng)
    mid = ua.msgid(t)
    name, bic, iban = B["partner_fraud"]
    orig = "<7a3c1e9f02b44d8e8c6a5b1f0e2d3c4a@EXCH01.corp.example.com>"
    src = """Panie Pawle,

dziękuję, korektę wyślemy z księgowości do końca tygodnia.

Przy okazji prośba: w związku z trwającym audytem w PKO BP prosimy, aby płatność za faktury FV/10/2026/114 i FV/10/2026/118 (łącznie 48 730,50 zł) została tym razem zrealizowana na nasz rachunek pomocniczy w Alior Banku:

%s

Rachunek jest zgłoszony do wykazu podatników VAT (biała lista), więc mechanizm podzielonej płatności działa normalnie.

Proszę o potwierdzenie zlecenia przelewu mailowo. Telefonicznie jestem w tym tygodniu słabo osiągalny - jestem na inwentaryzacji w Gądkach.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. Klienta Kluczowego
%s

%s
> Dzień dobry Panie Tadeuszu,
>
> proszę o przesłanie korekty do faktury FV/10/2026/118 - w pozycji 3 jest 42 palety zamiast 38.
>
> Pozdrawiam
> Paweł Łukasiewicz
> Example Group Polska sp. z o.o.
""" % (G(iban), PL_SIG, _gmail_quote_header("pon., 9 lis 2026 o 10:12", "Paweł Łukasiewicz", "pawel.lukasiewicz@example.com"))
    body = S.gmail_alt(src, ua.boundary())
    h = {"From": addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "UTF-8"),
         "To": addr("Paweł Łukasiewicz", "pawel.lukasiewicz@example.com", "UTF-8"),
         "Reply-To": addr("Tadeusz Zieliński", "t.zielinski@partner-logistlk.pl", "UTF-8"),
         "Subject": "Re: Korekta FV/10/2026/118", "In-Reply-To": orig, "References": orig}
    return Mail("attack", "pl", "partner-logistik-przejety-watek-rachunek", t, route, ua, "pawel.lukasiewicz@example.com",
                "t.zielinski@partner-logistik.pl", h, body, mid, date_lag=-4,
                technique="Thread hijack from a genuinely compromised partner mailbox (Google Workspace) with bank-detail change and look-alike Reply-To",
                what="Real Partner Logistik mailbox answers a real thread and asks to pay two invoices to an 'auxiliary' Alior Bank account",
                why="Sent through the partner's real Google Workspace, but Reply-To goes to partner-logistlk.pl (l instead of i); account change justified by a "
                    "'bank audit', claims white-list registration, avoids the phone; the partner's invoices always name the PKO BP account (business/22).")


def a_fake_register_pl():
    rng = rng_for("a", "pl-register")
    t = utc("2026-10-26 07:14:05")
    route = R.Postfix("crdg-rejestr.pl", "vps-%s.vps.ovh.net" % hexid(rng, 8), "57.128.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                      host="crdg-rejestr.pl", submit_ip="127.0.0.1", submit_helo="localhost", submit_rdns="localhost")
    ua = U.PHPMailer(rng, "6.9.3")
    mid = ua.msgid(t, "crdg-rejestr.pl")
    name, bic, iban = B["pl_register_fraud"]
    nr = "CRDG/2026/10/48812"
    src = """Szanowni Państwo,

w związku z aktualizacją danych w Centralnym Rejestrze Działalności Gospodarczej przesyłamy formularz wpisu dla firmy:

EXAMPLE GROUP POLSKA SP. Z O.O.
ul. Legnicka 48, 53-674 Wrocław
NIP %s

Prosimy o weryfikację danych oraz uiszczenie opłaty rejestracyjnej w wysokości 1 290,00 zł w terminie 7 dni na rachunek wskazany w formularzu (tytuł przelewu: %s). Brak wpłaty może skutkować nieuwzględnieniem Państwa firmy w rejestrze.

Z poważaniem
Dział Obsługi Rejestru
CRDG sp. z o.o.
""" % (org.TAX["eg_polska_nip"], nr)
    form = ["##Centralny Rejestr Działalności Gospodarczej", "CRDG sp. z o.o. - ul. Grzybowska 87 - 00-844 Warszawa", "",
            "**FORMULARZ WPISU / OPŁATA REJESTRACYJNA nr %s" % nr, "",
            "Firma: EXAMPLE GROUP POLSKA SP. Z O.O.", "Adres: ul. Legnicka 48, 53-674 Wrocław", "NIP: %s" % org.TAX["eg_polska_nip"],
            "Branża: kluby fitness, obiekty sportowe", "",
            "Opłata rejestracyjna (publikacja 12 miesięcy)      1 048,78 zł", "VAT 23%                                                   241,22 zł",
            "**Do zapłaty                                            1 290,00 zł", "",
            "Odbiorca: CRDG sp. z o.o.   Bank: %s" % name, "Rachunek: %s" % G(iban), "Tytuł: %s   Termin: 7 dni" % nr, "",
            "Niniejszy formularz stanowi ofertę zawarcia umowy o publikację danych w prywatnym katalogu internetowym crdg-rejestr.pl.",
            "Nie jest wezwaniem do zapłaty ani opłatą urzędową; CRDG nie jest rejestrem publicznym (CEIDG/KRS).",
            "Dokonanie wpłaty oznacza akceptację oferty i regulaminu; umowa zawierana jest na 3 lata z opłatą roczną."]
    att = pdf_att([form], "Formularz_%s.pdf" % nr.replace("/", "_"), title="Formularz wpisu", producer="TCPDF 6.7.5 (http://www.tcpdf.org)",
                  creator="TCPDF", created="D:20261026080501+01'00'")
    alt = S.alt(src, S.simple_html(src, "iso-8859-2", "Tahoma, sans-serif"), ua.boundary("alt"), "iso-8859-2", "quoted-printable", "quoted-printable", quote_charset=False)
    body = mixed(alt, [att], ua.boundary("mixed"))
    h = {"From": addr("CRDG - Rejestr Przedsiębiorców", "faktury@crdg-rejestr.pl", "iso-8859-2"),
         "To": "agnieszka.wojcik@example.com",
         "Subject": hval("Wpis do Centralnego Rejestru Działalności Gospodarczej – opłata rejestracyjna %s" % nr, "iso-8859-2")}
    return Mail("attack", "pl", "falszywy-rejestr-oplata", t, route, ua, "agnieszka.wojcik@example.com", "faktury@crdg-rejestr.pl",
                h, body, mid,
                technique="Fake register invoice (private directory posing as a public register)",
                what="'Central register of business activity' demands a 1,290 PLN 'registration fee'",
                why="Name mimics the public CEIDG; the PDF's fine print reveals a 3-year directory subscription accepted by paying; PHPMailer on an OVH VPS; "
                    "no order exists; public KRS/NIP data reused.")


def a_cv_zip():
    rng = rng_for("a", "pl-cv")
    t = utc("2026-10-21 18:55:31")
    route = R.Wp(rng, submit_ip="46.205.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), submit_rdns="public-gprs%d.centertel.pl" % rng.randrange(10000, 99999))
    ua = U.Plain(rng, order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "X-Mailer"],
                 mailer=("X-Mailer", "Poczta o2"),
                 msgid_fn=lambda r, tt: "<%s@o2.pl>" % hexid(r, 32),
                 boundary_fn=lambda r, k: "=-%s" % alnum(r, 22, U.B64))
    mid = ua.msgid(t, "")
    src = """Dzień dobry,

w odpowiedzi na ogłoszenie na Pracuj.pl (trener personalny / instruktor zajęć grupowych, Wrocław) przesyłam swoje CV oraz skany certyfikatów (trener personalny, instruktor pilatesu i zumby, kurs pierwszej pomocy).

Ze względu na dane osobowe pliki spakowałam i zabezpieczyłam hasłem: Trener2026

Pracuję obecnie w klubie na Krzykach, mogę zacząć od 1 grudnia. Chętnie przyjdę na rozmowę i zajęcia próbne.

Pozdrawiam serdecznie
Anna Lis
tel. 512 734 091
"""
    z = zip_att([("CV_Anna_Lis_2026_certyfikaty.pdf.vbs", b"' inert placeholder for evaluation: stands for a VBScript dropper\n")],
                "CV_Anna_Lis_trener.zip", password="Trener2026", seed="cv", ctype="application/zip", when=(2026, 10, 21, 19, 40, 2))
    body = mixed(M.text(src, "plain", "iso-8859-2", "quoted-printable"), [z], ua.boundary())
    h = {"From": addr("Anna Lis", "anna.lis.trenerka@o2.pl"), "To": "agnieszka.wojcik@example.com",
         "Subject": hval("CV – trener personalny / instruktor zajęć grupowych (Pracuj.pl)", "iso-8859-2", "Q")}
    return Mail("attack", "pl", "cv-trenerka-zip-haslo", t, route, ua, "agnieszka.wojcik@example.com", "anna.lis.trenerka@o2.pl",
                h, body, mid, date_lag=-6,
                technique="Fake job application with password-protected ZIP (VBScript)",
                what="'Trainer applicant' sends her CV as an encrypted ZIP with the password in the mail",
                why="CVs are PDFs, not encrypted archives; the archive holds a double-extension .pdf.vbs; freemail account from a mobile IP; "
                    "the 'data protection' excuse for encryption is the standard HR-malware lure.")


def a_sharepoint_share():
    rng = rng_for("a", "pl-sharepoint")
    t = utc("2026-12-07 13:12:50")
    route = R.O365(rng, region="eurprd09")
    srv = route.fqdn()
    ua = U.Plain(rng, order=["From", "To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID", "Accept-Language",
                             "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "MIME-Version", "X-OriginatorOrg"],
                 msgid_fn=lambda r, tt: "<%s@%s>" % (uuid4(r), srv),
                 boundary_fn=lambda r, k: "_000_%s_" % hexid(r, 40),
                 extra=[("Thread-Topic", "Polfit_Faktura_korygujaca_EG_Polska_12-2026.pdf"), ("Thread-Index", U.thread_index(rng)),
                        ("Accept-Language", "pl-PL, en-US"), ("Content-Language", "pl-PL"), ("X-OriginatorOrg", "polfit.pl")])
    mid = ua.msgid(t, "")
    fn = "Polfit_Faktura_korygujaca_EG_Polska_12-2026.pdf"
    link = "https://polfitdystrybucja-my.sharepoint.com/:b:/g/personal/r_kaczmarek_polfit_pl/E%s?e=%s" % (alnum(rng, 46, U.B64 + "-_"), alnum(rng, 6, U.B64))
    blocks = ["**Robert Kaczmarek** udostępnił Ci plik",
              "\u201eDzień dobry, w załączeniu korekta faktury - proszę o pilne zapoznanie się i akceptację do końca dnia. Dokument jest zabezpieczony, do podglądu należy zalogować się kontem firmowym Microsoft 365.\u201d",
              "\U0001F4C4 %s" % fn]
    html = S.esp_html("Robert Kaczmarek udostępnił Ci plik", blocks, ("Otwórz", link),
                      "Ten link działa tylko dla bezpośrednich adresatów tej wiadomości.\nZasady zachowania poufności informacji firmy Microsoft",
                      brand_color="#0f6cbd", logo_text="SharePoint")
    txt = S.esp_plain("Robert Kaczmarek udostępnił Ci plik", blocks, ("Otwórz", link), "Ten link działa tylko dla bezpośrednich adresatów tej wiadomości.")
    body = S.alt(txt, html, ua.boundary(), "utf-8", "base64", "base64")
    h = {"From": addr("Robert Kaczmarek", "no-reply@sharepointonline.com"), "To": "pawel.lukasiewicz@example.com",
         "Subject": hval("Robert Kaczmarek udostępnił Ci plik \u201e%s\u201d" % fn, "utf-8", "B")}
    return Mail("attack", "pl", "sharepoint-udostepnienie-przejety-tenant", t, route, ua, "pawel.lukasiewicz@example.com",
                "no-reply@sharepointonline.com", h, body, mid, zone="UTC", date_lag=-2,
                technique="Abuse of a genuine service: SharePoint sharing notification from a compromised tenant",
                what="Real SharePoint 'shared a file' mail from an unknown Polish distributor with an 'urgent corrective invoice' that needs a Microsoft 365 log-in",
                why="Genuine Microsoft infrastructure and sharepoint.com link, so reputation checks pass; Example Group has no business with Polfit; "
                    "the personal note demands same-day action and a corporate log-in to 'view' - the typical AiTM chain behind compromised-tenant shares.")


# =============================================================== genuine
def b_partner_invoice():
    rng = rng_for("b", "pl-partner-inv")
    t = utc("2026-12-02 09:31:14")
    route = R.Google(rng)
    ua = U.Gmail(rng)
    mid = ua.msgid(t)
    src = """Dzień dobry,

w załączeniu przesyłamy fakturę FV/11/2026/131 za usługi magazynowe i obsługę przesyłek w listopadzie 2026.

Faktura została wystawiona w KSeF - numer KSeF: %s-20261201-0A4F2C9B71D3-5E.
Kwota do zapłaty: 39 852,60 zł brutto, termin płatności: 31.12.2026.
Rachunek bankowy bez zmian: PKO Bank Polski, %s (mechanizm podzielonej płatności).

Korekta do FV/10/2026/118 (38 palet zamiast 42) jest w KSeF od 13.11.

Z poważaniem
Dział Księgowości
%s
""" % (org.TAX["partner_nip"], G(B["partner"][2]), PL_SIG)
    fv = ["##Partner Logistik sp. z o.o.", "ul. Magazynowa 12, 62-080 Tarnowo Podgórne, NIP %s" % org.TAX["partner_nip"], "",
          "**Wizualizacja faktury FV/11/2026/131 (dokument z KSeF)", "Numer KSeF: %s-20261201-0A4F2C9B71D3-5E" % org.TAX["partner_nip"],
          "Nabywca: Example Group Polska sp. z o.o., ul. Legnicka 48, 53-674 Wrocław, NIP %s" % org.TAX["eg_polska_nip"], "",
          "1. Składowanie - 38 miejsc paletowych x 30 dni          14 820,00",
          "2. Kompletacja i wydania (412 zleceń)                        11 536,00",
          "3. Transport Wrocław / Poznań - 9 kursów                    6 044,00",
          "Netto 32 400,00 zł - VAT 23% 7 452,60 zł - **Brutto 39 852,60 zł**", "",
          "Termin płatności: 31.12.2026 - mechanizm podzielonej płatności",
          "PKO Bank Polski S.A. - %s" % G(B["partner"][2])]
    atts = [pdf_att([fv], "FV_11_2026_131.pdf", title="FV/11/2026/131", author="Partner Logistik",
                    producer="Comarch ERP Optima", creator="Comarch ERP Optima", created="D:20261202102855+01'00'")]
    body = mixed(S.gmail_alt(src, ua.boundary()), atts, ua.boundary())
    h = {"From": addr("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl", "UTF-8"),
         "To": addr("Paweł Łukasiewicz", "pawel.lukasiewicz@example.com", "UTF-8"),
         "Subject": "Faktura FV/11/2026/131 - usługi magazynowe 11/2026"}
    return Mail("business", "pl", "partner-logistik-faktura-ksef", t, route, ua, "pawel.lukasiewicz@example.com",
                "ksiegowosc@partner-logistik.pl", h, body, mid, date_lag=-5, pair="attack/23",
                what="Partner Logistik's accounting sends the November invoice with its KSeF number",
                why="Same Google Workspace as attack/23 but the normal accounting mailbox, no Reply-To, the usual PKO BP account 'unchanged', "
                    "invoice also in KSeF. Hard negative of attack/23.")


def b_ksef_internal():
    t = utc("2026-11-13 12:20:07")
    src = """Cześć,

krótka informacja w sprawie KSeF:

1. Od 1 grudnia logujemy się do KSeF wyłącznie certyfikatami KSeF wygenerowanymi w MCU. Dotychczasowe tokeny przestaną działać z końcem roku. Certyfikaty dla osób uprawnionych (Agnieszka i ja) wygenerowałem w zeszłym tygodniu - nic więcej nie trzeba robić.

2. Krążą fałszywe maile "z Ministerstwa Finansów" o rzekomo wygasającym certyfikacie, z linkiem do logowania. MF nie wysyła takich wiadomości - do KSeF wchodzimy tylko przez ksef.podatki.gov.pl albo przez nasz program księgowy. Takie maile proszę zgłaszać przyciskiem "Zgłoś phishing".

3. Faktury kosztowe z KSeF pobieram automatycznie, więc papierowych ani PDF nie trzeba mi już przekazywać (poza fakturami od dostawców zagranicznych).

Pytania - do mnie.

Paweł

Paweł Łukasiewicz
Główny Księgowy
Example Group Polska sp. z o.o. | ul. Legnicka 48 | 53-674 Wrocław
"""
    return internal("pl", "ksef-certyfikaty-informacja-wewnetrzna", t, "pawel.lukasiewicz",
                    addrs(staff("agnieszka.wojcik", "iso-8859-2"), addr("Biuro Wrocław", "biuro-wroclaw@example.com")),
                    "KSeF - certyfikaty od grudnia i fałszywe maile \"z MF\"", src, charset="iso-8859-2", lang_tag="pl-PL", html_lang="PL",
                    client_ip="10.40.1.23", pair="attack/22",
                    what="The Polish accountant informs colleagues about KSeF certificates and fake Ministry e-mails",
                    why="Internal mail via Exchange and mail-int01; explains the real KSeF change and names the genuine portal. Hard negative of attack/22.")


def b_kowalski_invoice():
    rng = rng_for("b", "pl-kowalski")
    t = utc("2026-10-16 16:48:22")
    o3, o4 = rng.randrange(1, 250), rng.randrange(1, 250)
    route = R.Wp(rng, submit_ip="83.24.%d.%d" % (o3, o4), submit_rdns="%s%d.neoplus.adsl.tpnet.pl" % ("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(4)), o4))
    ua = U.WindowsLiveMail(rng)
    mid = ua.msgid(t, "")
    acct = B["kowalski"][2][2:]
    src = """Dzień dobry Pani Agnieszko,

w załączniku faktura za naprawę bieżni nr 4 (wymiana pasa i silnika podnoszenia) z 14.10 - faktura nr 37/10/2026 na kwotę 2 706,00 zł brutto.

Płatność na konto jak zawsze: ING %s (konto firmowe, jestem płatnikiem VAT i jestem na białej liście).

Przy okazji: na rowerze spinningowym nr 7 trzeba będzie wymienić łożyska suportu, mogę przyjechać w przyszłym tygodniu po 18.

Pozdrawiam
Marek Kowalski
Sport-Serwis
tel. 601 448 207
""" % " ".join([acct[:2]] + [acct[i:i + 4] for i in range(2, len(acct), 4)])
    fv = ["##Sport-Serwis Marek Kowalski", "ul. Krzemieniecka 41/3, 54-613 Wrocław - NIP %s" % org.TAX["kowalski_nip"], "",
          "**FAKTURA VAT nr 37/10/2026", "Data wystawienia: 16.10.2026   Data wykonania usługi: 14.10.2026",
          "Nabywca: Example Group Polska sp. z o.o., ul. Legnicka 48, 53-674 Wrocław, NIP %s" % org.TAX["eg_polska_nip"], "",
          "1. Wymiana pasa bieżni (bieżnia nr 4)                     1 050,00", "2. Silnik podnoszenia - część + montaż                      1 150,00",
          "Netto 2 200,00 zł - VAT 23% 506,00 zł - **Brutto 2 706,00 zł**", "",
          "Płatność: przelew 14 dni - ING Bank Śląski %s" % G(B["kowalski"][2])]
    atts = [pdf_att([fv], "FV 37-10-2026.pdf", title="Faktura 37/10/2026", author="Marek Kowalski",
                    producer="wFirma.pl", creator="wFirma.pl", created="D:20261016174001+02'00'")]
    alt = S.alt(S.plain(src), S.simple_html(src, "windows-1250", "Calibri, sans-serif"), ua.boundary("alt"), "windows-1250", "quoted-printable", "quoted-printable")
    body = mixed(alt, atts, ua.boundary("mixed"))
    h = {"From": addr("Marek Kowalski - Sport-Serwis", "serwis.kowalski@wp.pl", "windows-1250"),
         "To": addr("Agnieszka Wójcik", "agnieszka.wojcik@example.com", "windows-1250"),
         "Subject": hval("Faktura 37/10/2026 - naprawa bieżni nr 4", "windows-1250")}
    return Mail("business", "pl", "serwisant-faktura-wp", t, route, ua, "agnieszka.wojcik@example.com", "serwis.kowalski@wp.pl",
                h, body, mid, date_lag=-8, pair="attack/24",
                what="The sole-trader technician sends his repair invoice from his WP freemail",
                why="Long-standing supplier who always uses wp.pl and Windows Live Mail from his Orange home line; account 'as always', white-listed; "
                    "freemail + bank account + invoice but genuine. Hard negative of attack/24 and /23.")


def b_private_laptop():
    rng = rng_for("b", "pl-laptop")
    t = utc("2026-11-30 07:18:51")
    route = R.Google(rng)
    ua = U.Gmail(rng)
    mid = ua.msgid(t)
    src = """Cześć Paweł,

piszę z prywatnego maila, bo mój służbowy laptop od rana się nie uruchamia (czarny ekran, miga tylko dioda zasilania). Telefon służbowy działa, więc jestem pod telefonem.

Możesz przekazać to do helpdesku w Kolonii? Lukas, in English: my company laptop (EG-WRO-0412) does not boot since this morning - black screen, power LED blinking. I am in the Wrocław office all day; could you arrange a replacement or a remote check? Thanks!

Do czasu naprawy odpisuję z telefonu.

Aga
"""
    body = S.alt(src, S.gmail_html(src), ua.boundary(), "UTF-8", "base64", "base64")
    h = {"From": addr("Agnieszka Wójcik", "aga.wojcik88@gmail.com", "UTF-8"),
         "To": addr("Paweł Łukasiewicz", "pawel.lukasiewicz@example.com", "UTF-8"),
         "Cc": addr("Lukas Weber", "lukas.weber@example.com"),
         "Subject": hval("Służbowy laptop nie działa / company laptop broken", "UTF-8", "B")}
    return Mail("business", "pl", "prywatny-mail-zepsuty-laptop", t, route, ua, "pawel.lukasiewicz@example.com", "aga.wojcik88@gmail.com",
                h, body, mid, date_lag=-5,
                what="Office manager writes from her private Gmail because her company laptop will not boot",
                why="Known private address, plain request to forward to the helpdesk with asset tag, no payment, no link, no attachment.")


def b_newsletter_brevo():
    rng = rng_for("b", "pl-news")
    t = utc("2026-11-18 06:30:12")
    route = R.Brevo(rng)
    unsub = "https://7ab2c.r.sp1-brevo.net/mk/un/sh/%s/%s" % (alnum(rng, 40, U.B64), alnum(rng, 14, U.B64))
    ua = U.Plain(rng, order=["Content-Type", "MIME-Version", "From", "To", "Subject", "Reply-To", "List-Unsubscribe-Post", "List-Unsubscribe",
                             "Message-Id", "Date", "X-Mailin-Campaign", "X-Mailin-Client", "X-Mailin-EID", "Feedback-ID"],
                 msgid_fn=lambda r, tt: "<%s.%d@smtp-relay.mailin.fr>" % (tt.strftime("%Y%m%d%H%M"), r.randrange(10 ** 10, 10 ** 11)),
                 boundary_fn=lambda r, k: "----=_NextPart_%s" % hexid(r, 24),
                 extra=[("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                        ("List-Unsubscribe", "<%s>, <mailto:unsubscribe-%s@unsubscribe.brevo.com>" % (unsub, hexid(rng, 20))),
                        ("X-Mailin-Campaign", "412"), ("X-Mailin-Client", "2280194"),
                        ("X-Mailin-EID", alnum(rng, 40, U.B64) + "%3A" + "agnieszka.wojcik%40example.com"),
                        ("Feedback-ID", "412:2280194:campaign:sendinblue")])
    mid = ua.msgid(t, "")
    base = "https://7ab2c.r.sp1-brevo.net/mk/cl/f/sh/"
    blocks = ["Dzień dobry,",
              "**Rynek 2026:** liczba członków klubów fitness w Polsce przekroczyła 4 miliony; najszybciej rosną sieci z karnetami elastycznymi i klubami 24/7. [Czytaj raport](%s%s)" % (base, alnum(rng, 30, U.B64)),
              "**KSeF w klubach:** jak wystawiać faktury ustrukturyzowane dla klientów korporacyjnych i operatorów kart sportowych oraz jak bezpiecznie korzystać z certyfikatów KSeF - i dlaczego nie klikać w maile \"z MF\". [Poradnik](%s%s)" % (base, alnum(rng, 30, U.B64)),
              "**Fitness Biznes Forum 2027** - Warszawa, 3 marca 2027. Rejestracja early bird do 31 grudnia. [Program i zapisy](%s%s)" % (base, alnum(rng, 30, U.B64))]
    footer = ("Otrzymujesz tę wiadomość, ponieważ zapisałeś(-aś) się do newslettera na fitnessbiznes.pl.\n"
              "[Wypisz się](%s)\nFitness Biznes Polska sp. z o.o., ul. Prosta 68, 00-838 Warszawa" % unsub)
    html = S.esp_html("Fitness Biznes Polska - newsletter 11/2026", blocks, None, footer, brand_color="#ff6a00", logo_text="FITNESS BIZNES")
    txt = S.esp_plain("Fitness Biznes Polska - newsletter 11/2026", blocks, None, footer)
    body = S.alt(txt, html, ua.boundary(), "utf-8", "quoted-printable", "quoted-printable")
    h = {"From": addr("Fitness Biznes Polska", "newsletter@fitnessbiznes.pl"), "To": "agnieszka.wojcik@example.com",
         "Subject": hval("Rynek fitness 2026, KSeF w klubach i Fitness Biznes Forum 2027", "utf-8", "Q"),
         "Reply-To": "redakcja@fitnessbiznes.pl"}
    env = "bounces-412-%s@bounces.sendibm1.com" % hexid(rng, 12)
    return Mail("business", "pl", "newsletter-branzowy-brevo", t, route, ua, "agnieszka.wojcik@example.com", env,
                h, body, mid, zone="UTC", date_lag=-1,
                what="Subscribed Polish trade newsletter sent through Brevo with one-click unsubscribe",
                why="Brevo infrastructure with consistent campaign headers and RFC 8058 List-Unsubscribe; editorial content with tracked article links only.")


ATTACKS = [a_ksef_phishing, a_partner_hijack_iban, a_fake_register_pl, a_cv_zip, a_sharepoint_share]
BUSINESS = [b_partner_invoice, b_ksef_internal, b_kowalski_invoice, b_private_laptop, b_newsletter_brevo]
