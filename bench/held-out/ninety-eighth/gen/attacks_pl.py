"""Attack messages, Polish (22-26)."""
from common import *

F = "attack"
NIP_EX = "7792418367"      # Example Polska sp. z o.o.
NIP_PL = "7822614571"      # Partner Logistik sp. z o.o.


@message(F, "pl", "partner-logistik-zmiana-rachunku-lookalike",
         "Logistics-partner bank-detail change: 'Tadeusz Zieliński' from look-alike partner-logistik.com.pl asks to pay two invoices to a new Millennium account that is 'not yet on the VAT white list'",
         "Look-alike domain (.com.pl instead of partner-logistik.pl, OVH VPS instead of Google Workspace), operations contact suddenly handling "
         "bank details, explicitly asks to pay to an account not on the white list (biała lista) and 'takes over' the art. 117ba liability - "
         "a genuine company would never ask that. Compare business/22.")
def a22():
    r = rng("a22")
    t = timez.local("de", 2026, 10, 26, 9, 20, 51)
    rcpt = "malgorzata.lukasik@example.com"
    frm_addr = "t.zielinski@partner-logistik.com.pl"
    s = infra.postfix_auth(r, t, rcpt, "mail.partner-logistik.com.pl", "vps-8d31f0b2.vps.ovh.net", "57.128.200.14",
                           "mail.partner-logistik.com.pl", "91.92.245.113", frm_addr, client_helo="[192.168.0.14]")
    iban = fmt_iban(BANK["partner_fraud"])
    body = f"""Szanowna Pani,

uprzejmie informujemy, że z dniem 1 listopada 2026 r. zmianie ulega numer rachunku bankowego naszej spółki w związku z przeniesieniem obsługi do nowego banku.

Prosimy o regulowanie wszystkich należności, w tym faktur FV/2026/10/0412 i FV/2026/10/0437, wyłącznie na nowy rachunek:

Partner Logistik sp. z o.o.
Bank Millennium S.A.
{iban}

Nowy rachunek zostanie zgłoszony do wykazu podatników VAT (tzw. białej listy) w ciągu kilku najbliższych dni roboczych. Do tego czasu prosimy nie wstrzymywać płatności - ewentualną odpowiedzialność wynikającą z art. 117ba Ordynacji podatkowej bierzemy na siebie.

Oficjalne pismo podpisane przez Zarząd przesyłam w załączniku. Bardzo proszę o potwierdzenie wprowadzenia zmiany w odpowiedzi na tę wiadomość.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Logistyki
Partner Logistik sp. z o.o.
ul. Składowa 14, 62-023 Gądki
tel. +48 61 223 48 10
"""
    letter = pdf_doc([
        ("h1", "Partner Logistik sp. z o.o."),
        ("small", f"ul. Składowa 14 · 62-023 Gądki · NIP {NIP_PL} · KRS 0000418827"),
        ("gap", ""),
        ("p", "Example Polska sp. z o.o.\nDział Księgowości"),
        ("p", "Gądki, 23.10.2026"),
        ("h2", "Zawiadomienie o zmianie rachunku bankowego"),
        ("p", "Niniejszym informujemy, że od dnia 1 listopada 2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. "
              "należy kierować wyłącznie na rachunek:"),
        ("mono", f"Bank Millennium S.A.\n{iban}"),
        ("p", "Dotychczasowy rachunek w PKO BP S.A. zostaje zamknięty."),
        ("p", "Za Zarząd:\nKrzysztof Nowicki – Prezes Zarządu"),
    ], title="Zmiana rachunku", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016", date="D:20261023154010+02'00'")
    root = Multi("mixed", [Text(body, "plain", "iso-8859-2", "quoted-printable"),
                           Attach(letter, "application/pdf", "Zmiana_rachunku_bankowego_Partner_Logistik.pdf")],
                 infra.outlook_boundary(r, t, 0))
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Tadeusz Zieliński", frm_addr, "iso-8859-2", "Q"), A("Małgorzata Łukasik", rcpt, "iso-8859-2", "Q"),
        SUBJ("Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.", "iso-8859-2", "Q"),
        "partner-logistik.com.pl", lang="pl")
    return hdr, root


@message(F, "pl", "ksef-weryfikacja-uprawnien-qr",
         "Quishing: 'Krajowy System e-Faktur – Ministerstwo Finansów' says KSeF 2.0 permissions expire and must be re-verified by scanning an attached QR code (PNG) and logging in with Profil Zaufany / bank login; via SendGrid",
         "The Ministry does not e-mail KSeF permission notices from non-gov.pl domains through SendGrid; the QR (attached as a PNG, so no "
         "clickable URL) points to ksef-weryfikacja.pl-gov.app, a look-alike; deadline pressure. Compare business/23 (genuine KSeF invoice).")
def a23():
    r = rng("a23")
    t = timez.local("de", 2026, 11, 10, 8, 2, 37)
    rcpt = "malgorzata.lukasik@example.com"
    frm_addr = "powiadomienia@ksef-mf-powiadomienia.pl"
    s = infra.sendgrid(r, t, rcpt, "o1.ptr8812.ksef-mf-powiadomienia.pl", tz="de")
    target = f"https://ksef-weryfikacja.pl-gov.app/uwierzytelnienie?nip={NIP_EX}&t=5f1c9a0e7d"
    plain = f"""Krajowy System e-Faktur
Ministerstwo Finansów

Szanowni Państwo,

w związku z wdrożeniem KSeF 2.0 uprawnienia do wystawiania i odbierania faktur ustrukturyzowanych nadane dla podmiotu o NIP {NIP_EX} w poprzedniej wersji systemu wygasają z dniem 14.11.2026 r.

Aby zachować ciągłość fakturowania, osoba uprawniona powinna ponownie potwierdzić uprawnienia. W tym celu należy zeskanować załączony kod QR aparatem telefonu i zalogować się za pomocą Profilu Zaufanego, aplikacji mObywatel lub bankowości elektronicznej.

Brak weryfikacji spowoduje zablokowanie możliwości wystawiania faktur w KSeF, a faktury wystawione poza systemem nie będą uznawane za prawidłowo wystawione.

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
"""
    html = html_wrap(f"""<div style="font-family:Arial,sans-serif;max-width:600px;border:1px solid #d5d9de">
<div style="background:#d4213d;color:#fff;padding:14px 18px"><b>Krajowy System e-Faktur</b><br><span style="font-size:12px">Ministerstwo Finans&oacute;w</span></div>
<div style="padding:18px;font-size:14px">{p_html(plain.split(chr(10)+chr(10), 1)[1])}</div></div>""", "pl", charset="windows-1250")
    alt = Multi("alternative", [Text(plain, "plain", "windows-1250", "quoted-printable"), Text(html, "html", "windows-1250", "quoted-printable")], s["bnd"]())
    root = Multi("mixed", [alt, Attach(qr_png(target), "image/png", "KSeF_weryfikacja_kod_QR.png")], s["bnd"]())
    hdr = [rp(f"bounces+39125511-77a0-{rcpt.replace('@', '=')}@em8812.ksef-mf-powiadomienia.pl")] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("Krajowy System e-Faktur", frm_addr)),
        ("Subject", SUBJ(f"KSeF: wymagana ponowna weryfikacja uprawnień (NIP {NIP_EX})", "windows-1250", "B")),
        ("Message-ID", s["mid"]),
        ("To", rcpt),
    ) + s["xh"]
    return hdr, root


@message(F, "pl", "dpd-doplata-karta",
         "Courier/card phishing: 'DPD Polska' says a parcel is held for an unpaid 2.49 PLN fee and links to a card-payment page; from a compromised cPanel account",
         "DPD does not collect fees by e-mail link; sender is an authenticated mailbox of an unrelated Polish shop, link to dpd-doplata.info "
         "(look-alike), tiny amount to harvest card data and 3-D Secure codes.")
def a24():
    r = rng("a24")
    t = timez.local("de", 2026, 12, 4, 14, 31, 20)
    rcpt = "pawel.wojcik@example.com"
    frm_addr = "sklep@zoologiczny-azorek.pl"
    s = infra.cpanel_exim(r, t, rcpt, "s97.cyber-folks.pl", "195.78.66.97", frm_addr, "154.47.18.211", tz="de")
    link = "https://dpd-doplata.info/pl/paczka/1000634813579U"
    plain = f"""DPD Polska

Dzień dobry,

Twoja paczka nr 1000634813579U nie może zostać doręczona z powodu nieuregulowanej dopłaty w wysokości 2,49 zł (aktualizacja adresu doręczenia).

Opłać dopłatę w ciągu 48 godzin, w przeciwnym razie przesyłka zostanie zwrócona do nadawcy:
{link}

Po zaksięgowaniu płatności kurier doręczy paczkę w następnym dniu roboczym.

Pozdrawiamy
Zespół DPD Polska
"""
    html = html_wrap(f"""<div style="font-family:Arial,sans-serif;max-width:560px">
<div style="background:#dc0032;color:#fff;padding:12px 16px;font-size:20px"><b>dpd</b></div>
<div style="padding:16px;border:1px solid #ddd">
<p>Dzień dobry,</p>
<p>Twoja paczka nr <b>1000634813579U</b> nie może zostać doręczona z powodu nieuregulowanej dopłaty w wysokości <b>2,49 zł</b> (aktualizacja adresu doręczenia).</p>
<p>Opłać dopłatę w ciągu 48 godzin, w przeciwnym razie przesyłka zostanie zwrócona do nadawcy.</p>
<p style="text-align:center"><a href="{link}" style="background:#dc0032;color:#fff;padding:10px 22px;text-decoration:none">Opłać 2,49 zł</a></p>
<p>Po zaksięgowaniu płatności kurier doręczy paczkę w następnym dniu roboczym.</p>
<p>Pozdrawiamy<br>Zespół DPD Polska</p></div></div>""", "pl", charset="iso-8859-2")
    root = Multi("alternative", [Text(plain, "plain", "iso-8859-2", "quoted-printable"), Text(html, "html", "iso-8859-2", "quoted-printable")], phpmailer_boundary(r))
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("To", rcpt),
        ("From", A("DPD Polska", frm_addr)),
        ("Subject", SUBJ("Twoja paczka oczekuje na dopłatę 2,49 zł", "iso-8859-2", "Q")),
        ("Message-ID", phpmailer_mid(r, "zoologiczny-azorek.pl")),
        ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
    ) + s["xh"]
    return hdr, root


@message(F, "pl", "windykacja-wezwanie-zip-haslo",
         "Fake debt-collection law office: 'pre-court demand for payment' with a ZipCrypto-encrypted ZIP (password in the text) containing 'Wezwanie_do_zaplaty….pdf.exe'",
         "Unknown 'kancelaria' on a fresh domain (VPS), no creditor or invoice named that exists in the books, encrypted archive with a "
         ".pdf.exe inside - malware dropper lure; threat of court and BIG registry listing.")
def a25():
    r = rng("a25")
    t = timez.local("de", 2026, 11, 18, 10, 48, 5)
    rcpt = "malgorzata.lukasik@example.com"
    frm_addr = "windykacja@kancelaria-lexfinanse.pl"
    s = infra.postfix_auth(r, t, rcpt, "mail.kancelaria-lexfinanse.pl", "vm2281.mikr.us", "213.189.52.180",
                           "mail.kancelaria-lexfinanse.pl", "185.244.36.12", frm_addr)
    pw = "WZ7783"
    body = f"""Szanowni Państwo,

działając w imieniu i na rzecz naszego Mocodawcy, wzywamy Państwa do zapłaty kwoty 18 742,60 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych, wynikającej z niezapłaconych faktur wskazanych w załączonym wezwaniu (sprawa nr WZ/2026/11/7783).

Termin zapłaty: 7 dni od daty doręczenia niniejszego wezwania.

Brak zapłaty w wyznaczonym terminie spowoduje skierowanie sprawy na drogę postępowania sądowego oraz wpis do Biura Informacji Gospodarczej, co wiąże się z dodatkowymi kosztami po Państwa stronie.

Wezwanie wraz z wykazem faktur i historią korespondencji przesyłamy w załączniku. Ze względu na ochronę danych osobowych (RODO) plik został zabezpieczony hasłem: {pw}

Z poważaniem
r.pr. Agnieszka Mazur
Kancelaria LexFinanse – Dział Windykacji Przedsądowej
ul. Grzybowska 62, 00-844 Warszawa
"""
    z = zip_att([("Wezwanie_do_zaplaty_WZ-2026-11-7783.pdf.exe", PLACEHOLDER, (2026, 11, 18, 10, 30, 44))],
                "Wezwanie_WZ-2026-11-7783.zip", password=pw, seed="a25")
    root = Multi("mixed", [Text(body, "plain", "windows-1250", "8bit"), z], infra.outlook_boundary(r, t, 0))
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Kancelaria LexFinanse", frm_addr), rcpt,
        SUBJ("Przedsądowe wezwanie do zapłaty – sprawa nr WZ/2026/11/7783", "windows-1250", "Q"),
        "kancelaria-lexfinanse.pl", lang="pl")
    return hdr, root


@message(F, "pl", "bec-whatsapp-kierownik-wp",
         "BEC opener: the Poznań office manager's name on a wp.pl free-mail address asks the accountant for her WhatsApp number for an 'urgent, confidential' matter before the Elixir session closes",
         "Colleague's display name on a free-mail address (real one is pawel.wojcik@example.com), move to WhatsApp to escape company controls, "
         "urgency + confidentiality + 'can't talk' - first stage of payment fraud. Compare business/25 (genuine private-mail sick note).")
def a26():
    r = rng("a26")
    t = timez.local("de", 2026, 12, 17, 16, 5, 29)
    rcpt = "malgorzata.lukasik@example.com"
    frm_addr = "p.wojcik.biuro@wp.pl"
    s = infra.wp(r, t, rcpt, frm_addr)
    body = """Pani Małgosiu,

czy jest Pani teraz przy komputerze? Mam pilną i poufną sprawę, którą musimy dziś załatwić, zanim zamknie się ostatnia sesja Elixir.

Jestem na spotkaniu i nie mogę rozmawiać. Proszę podać mi swój numer WhatsApp, napiszę szczegóły.

Paweł Wójcik

Wysłane z iPhone'a
"""
    root = Text(body, "plain", "utf-8", "quoted-printable")
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("Paweł Wójcik", frm_addr, "UTF-8", "Q")),
        ("To", A("Małgorzata Łukasik", rcpt, "UTF-8", "Q")),
        ("Subject", SUBJ("Pilne", "UTF-8", "Q")),
        ("Message-ID", s["mid"]),
    ) + s["xh"]
    return hdr, root
