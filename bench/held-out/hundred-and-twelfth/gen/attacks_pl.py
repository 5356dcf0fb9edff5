"""Polish attack messages (5)."""
import assets
import banking as bk
import data as D
import infra
from builder import register, html_outlook, to_plain, to_html, brand_page, esc, html_simple


# ---------------------------------------------------------------------------
@register("attack", "pl", "partner-logistik-zmiana-rachunku-lookalike")
def _(b):
    sender = "t.zielinski@partner-logisitk.pl"
    b.at(2026, 11, 9, 12, 37, 5, zone="PL").env(sender, "pawel.kowalczyk@example.com")
    b.style = "outlook_smtp"
    b.via(infra.vps_client(b, "mail.partner-logisitk.pl", "146.59.12.87", "vps-2b7e41c0.vps.ovh.net",
                           "91.92.109.14", client_helo="DESKTOP-0N4KP2T", zone="PL", bstyle="outlook_smtp"))
    b.frm("Tadeusz Zieliński", sender, "iso-8859-2")
    b.to(("Paweł Kowalczyk", "pawel.kowalczyk@example.com"), cs="iso-8859-2")
    b.subject("Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.", "iso-8859-2")
    b.set("Content-Language", "pl")
    nrb = bk.pl_nrb(D.ATT_PARTNER)
    txt = """Dzień dobry Panie Pawle,

uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 9 listopada 2026 r. prosimy o dokonywanie wszelkich płatności na nowy rachunek bankowy:

Partner Logistik sp. z o.o.
ING Bank Śląski S.A.
nr rachunku: %s

Nowy rachunek został już zgłoszony do urzędu skarbowego i jest widoczny w wykazie podatników VAT (tzw. biała lista). Dotychczasowy rachunek w PKO BP zostanie zamknięty z końcem miesiąca.

W załączeniu przesyłam pismo z potwierdzeniem zmiany podpisane przez Zarząd. Proszę o aktualizację danych w systemie i potwierdzenie zwrotne mailem. Przy okazji uprzejmie przypominam o płatności za fakturę FV/2026/10/0871 (magazynowanie i kompletacja, październik) - termin mija w piątek.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Obsługi Klienta
Partner Logistik sp. z o.o.
""" % nrb
    pdfb = assets.invoice_pdf([
        ("Partner Logistik sp. z o.o.", 15, True), "ul. Poznańska 140, 62-020 Swarzędz · NIP " + bk.fmt_nip(D.PARTNER_NIP), "",
        "Swarzędz, 06.11.2026 r.", "", "Example Polska sp. z o.o.", "ul. Głogowska 218", "60-104 Poznań", "",
        ("Zawiadomienie o zmianie rachunku bankowego", 12, True), "",
        "Szanowni Państwo,", "",
        "informujemy, że z dniem 9 listopada 2026 r. zmianie ulega rachunek bankowy naszej spółki.",
        "Wszelkie płatności prosimy kierować wyłącznie na rachunek:", "",
        "ING Bank Śląski S.A.", "nr " + nrb, "",
        "Dotychczasowy rachunek prowadzony w PKO BP S.A. zostanie zamknięty.", "",
        "Z poważaniem", "", "Prezes Zarządu", "Marek Jabłoński", "",
    ], title="Zawiadomienie", author="Tadeusz", creator="Microsoft\u00ae Word 2019", created="20261106153022+01'00'")
    b.body(b.mixed(b.alt(b.text(txt, "iso-8859-2"), b.html(html_outlook(txt, "PL", charset="iso-8859-2"), "iso-8859-2")),
                   b.attach("application/pdf", pdfb, "Zawiadomienie_zmiana_rachunku.pdf")))
    b.meta("Logistics-partner bank-detail change: 'Tadeusz Zieliński' announces a new ING account, claims it is on the VAT white list, attaches a 'board letter' and chases invoice FV/2026/10/0871.",
           "Look-alike domain partner-logisitk.pl (transposed letters) on an OVH VPS; the real partner uses Microsoft 365 and still quotes its PKO BP account (business 22, 25); unverifiable white-list claim, confirmation by e-mail, payment pressure.")


# ---------------------------------------------------------------------------
@register("attack", "pl", "ksef-token-phishing")
def _(b):
    sender = "powiadomienia@ksef-podatki.pl"
    b.at(2026, 10, 19, 8, 15, 32, zone="PL").env(sender, "agnieszka.wojcik@example.com")
    b.style = "esp"
    b.via(infra.mailjet(b))
    b.frm("KSeF - Krajowy System e-Faktur", sender)
    b.to(("", "agnieszka.wojcik@example.com"))
    b.subject("KSeF: wymagane ponowne uwierzytelnienie podmiotu – Example Polska sp. z o.o.")
    url = "https://ap-ksef.podatki-mf.pl/web/login?nip=%s" % D.EXAMPLE_PL_NIP
    src = """Szanowni Państwo,

w związku z przejściem na obowiązkowy KSeF tokeny autoryzacyjne wygenerowane przed 1 lutego 2026 r. tracą ważność. Token przypisany do podmiotu:

Example Polska sp. z o.o.
NIP: %s

zostanie unieważniony w dniu 23 października 2026 r. Po tym terminie nie będzie możliwe odbieranie faktur ustrukturyzowanych od kontrahentów ani wystawianie faktur w KSeF, co może skutkować sankcjami przewidzianymi w ustawie o VAT.

Aby zachować ciągłość pracy, prosimy o ponowne uwierzytelnienie podmiotu za pomocą profilu zaufanego lub podpisu kwalifikowanego:

[[Zaloguj się do Aplikacji Podatnika KSeF|%s]]

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
Ministerstwo Finansów - Krajowa Administracja Skarbowa
""" % (bk.fmt_nip(D.EXAMPLE_PL_NIP), url)
    head = '<div style="background:#d40e14;color:#fff;padding:16px 32px;font-size:17px">Krajowy System e-Faktur</div>'
    html = brand_page(to_html(src, btn_style="display:inline-block;padding:10px 22px;background:#d40e14;color:#fff;text-decoration:none"),
                      head, "Ministerstwo Finansów · ul. Świętokrzyska 12 · 00-916 Warszawa", title="KSeF")
    b.body(b.alt(b.text(to_plain(src), "utf-8", "base64"), b.html(html, "utf-8", "base64")))
    b.meta("Credential phishing around the Polish e-invoicing system KSeF: 'your authorisation token expires on 23 October, re-authenticate with Profil Zaufany'.",
           "Sent via the Mailjet ESP from ksef-podatki.pl; the link goes to podatki-mf.pl instead of ksef.mf.gov.pl/podatki.gov.pl; KSeF does not e-mail token expiry warnings; harvesting of Profil Zaufany / qualified-signature logins; deadline and sanction threat.")


# ---------------------------------------------------------------------------
@register("attack", "pl", "zus-korekta-zip-haslo")
def _(b):
    sender = "biuro@stolarstwo-wisniewski.pl"
    b.at(2026, 12, 1, 10, 44, 18, zone="PL").env(sender, "pawel.kowalczyk@example.com")
    b.style = "roundcube"
    b.via(infra.cpanel_exim(b, "s37.cyber-folks.pl", "195.78.67.37", client_ip="80.94.95.203",
                            client_helo="[127.0.0.1]", zone="PL"))
    b.frm("ZUS - Zakład Ubezpieczeń Społecznych", sender, "windows-1250")
    b.to(("", "pawel.kowalczyk@example.com"))
    b.subject("Zawiadomienie o niezgodności w deklaracji ZUS DRA za 10/2026 – wezwanie do korekty", "windows-1250")
    b.set("User-Agent", "Roundcube Webmail/1.6.8")
    txt = """Szanowni Państwo,

Zakład Ubezpieczeń Społecznych informuje, że w deklaracji rozliczeniowej ZUS DRA za październik 2026 r. złożonej przez płatnika składek Example Polska sp. z o.o. stwierdzono niezgodność kwot składek na ubezpieczenie zdrowotne z danymi z raportów imiennych RCA.

Szczegółowe zestawienie rozbieżności oraz wezwanie do złożenia korekty w terminie 7 dni znajdują się w załączonym archiwum. Ze względu na ochronę danych osobowych ubezpieczonych plik został zabezpieczony hasłem.

Hasło: ZUS1225

Niezłożenie korekty w wyznaczonym terminie może skutkować wszczęciem postępowania wyjaśniającego oraz naliczeniem odsetek za zwłokę.

Z poważaniem
Zakład Ubezpieczeń Społecznych
Oddział w Poznaniu
"""
    z = assets.make_zip("Zawiadomienie_ZUS_DRA_10-2026.pdf.scr", "placeholder\n", password="ZUS1225",
                        dt=(2026, 12, 1, 10, 2, 40), seed="pl-zus")
    b.body(b.mixed(b.text(txt, "windows-1250", "quoted-printable"),
                   b.attach("application/zip", z, "ZUS_DRA_10-2026_korekta.zip")))
    b.meta("Fake ZUS (social insurance) notice about a DRA declaration mismatch with a password-protected ZIP (ZipCrypto) holding 'Zawiadomienie_ZUS_DRA_10-2026.pdf.scr'.",
           "ZUS communicates with payers through PUE/eZUS, not by e-mail archives; sent from a joinery's compromised mailbox on shared hosting (webmail login from a foreign IP); .pdf.scr double extension; password in the body to bypass scanning; 7-day deadline.")


# ---------------------------------------------------------------------------
@register("attack", "pl", "przejete-konto-przewoznika-wp")
def _(b):
    sender = "k.nowak.transport@wp.pl"
    b.at(2026, 11, 27, 21, 36, 44, zone="PL").env(sender, "pawel.kowalczyk@example.com")
    b.style = "webmail"
    b.via(infra.wp(b, client_ip="102.89.45.117", webmail=True))
    b.frm("Krzysztof Nowak", sender)
    b.to(("", "k.nowak.transport@wp.pl"))
    b.subject("Faktura FV 118/2026 - dokumenty do pobrania")
    b.msgid_domain = "wp.pl"
    url = "https://www.ogrody-zielinski.pl/wp-includes/js/onedrive/?e=pawel.kowalczyk@example.com"
    src = """Dzień dobry,

przesyłam fakturę za ostatni transport wraz z dokumentami. Ze względu na rozmiar plików dokumenty zostały udostępnione do pobrania:

FV_118_2026.pdf (1,8 MB)
[[Pobierz dokumenty|%s]]

Proszę o potwierdzenie otrzymania.

Pozdrawiam
Krzysztof Nowak
""" % url
    html = '<div style="font-family:Arial;font-size:14px">' + to_html(src, btn_style="color:#1a0dab;text-decoration:underline") + "</div>\n"
    b.body(b.alt(b.text(to_plain(src), "utf-8", "quoted-printable"), b.html(html, "utf-8", "quoted-printable")))
    b.meta("Compromised-account phishing: the real wp.pl mailbox of the haulier Krzysztof Nowak sends a generic 'invoice' link late on a Friday evening.",
           "Genuine wp.pl infrastructure but webmail login from a Nigerian IP, mass-mailing pattern (To: his own address, victims in Bcc), generic text without transport details, link to a fake OneDrive page on a compromised WordPress site with the victim's e-mail pre-filled. Hard negative: business 23 (Nowak's usual invoice as PDF from Outlook, with route, order number and CMR details).")


# ---------------------------------------------------------------------------
@register("attack", "pl", "ibiznes24-certyfikat-ses")
def _(b):
    sender = "powiadomienia@ibiznes24-santander.pl"
    b.at(2026, 10, 26, 7, 58, 1, zone="PL").env(sender, "agnieszka.wojcik@example.com")
    b.style = "esp"
    b.via(infra.ses(b, "eu-central-1"))
    b.frm("Santander Bank Polska - iBiznes24", sender, "iso-8859-2")
    b.to(("", "agnieszka.wojcik@example.com"))
    b.subject("iBiznes24: wygaśnięcie certyfikatu użytkownika - odnowienie do 28.10.2026", "iso-8859-2")
    url = "https://ibiznes24-santander.pl/certyfikat/odnowienie?u=AWOJCIK01"
    src = """Szanowny Kliencie,

certyfikat użytkownika przypisany do Państwa dostępu w systemie iBiznes24 (użytkownik: AWOJCIK01, firma: Example Polska sp. z o.o.) wygasa 28.10.2026 r.

Po tym terminie autoryzacja przelewów i paczek płatniczych nie będzie możliwa do czasu odnowienia certyfikatu w oddziale banku.

Aby uniknąć przerwy w obsłudze płatności, prosimy o odnowienie certyfikatu online:

[[Odnów certyfikat|%s]]

Odnowienie zajmuje ok. 2 minuty i wymaga zalogowania oraz potwierdzenia operacji kodem SMS.

Z poważaniem
Zespół iBiznes24
Santander Bank Polska S.A.
""" % url
    head = '<div style="background:#ec0000;color:#fff;padding:16px 32px;font-size:18px;font-weight:bold">Santander &nbsp;<span style="font-weight:normal;font-size:14px">iBiznes24</span></div>'
    html = brand_page(to_html(src, btn_style="display:inline-block;padding:10px 22px;background:#ec0000;color:#fff;text-decoration:none"),
                      head, "Santander Bank Polska S.A. · al. Jana Pawła II 17 · 00-854 Warszawa", charset="iso-8859-2", title="iBiznes24")
    b.body(b.alt(b.text(to_plain(src), "iso-8859-2"), b.html(html, "iso-8859-2")))
    b.meta("Bank credential phishing: 'iBiznes24 user certificate expires, renew online with SMS code'.",
           "Look-alike domain ibiznes24-santander.pl sent via Amazon SES; corporate-banking certificates are not renewed via e-mail links; asks for login plus SMS authorisation code (real-time phishing for payment authorisation); 2-day deadline.")
