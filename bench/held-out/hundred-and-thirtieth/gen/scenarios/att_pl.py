# -*- coding: utf-8 -*-
"""Attacks, Polish (22-26)."""
from .common import *  # noqa: F401,F403
from .common import S, MULE, ACC, H, loc, ol_alt, outlook_html, ol_p, pdf_doc, inert
from .orgs import PL, sig_pl
from lib import util, checks as K, archive, systems as SY
from lib.message import scenario


# ---------------------------------------------------------------------------------------------
@scenario("attack", 22, "pl", "partner-logistik-zmiana-rachunku-lookalike")
def a22(m):
    m.at("PL", 2026, 10, 28, 13, 5)
    m.mua = "outlook"
    m.hdr_cs, m.hdr_enc = "iso-8859-2", "Q"
    mule = m.iban(MULE["a22_pl"], "fraudster – mBank account presented as Partner Logistik's new account")
    old = m.iban(ACC["partner_old"], "Partner Logistik sp. z o.o. – genuine old account (PKO BP)")
    frm = ("Tadeusz Zieliński", "t.zielinski@partner-logistik.com.pl")
    text = ("Dzień dobry Pani Katarzyno,\n\n"
            "uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od 2 listopada 2026 r. "
            "zmienia się numer rachunku bankowego Partner Logistik sp. z o.o.\n\n"
            "Dotychczasowy rachunek w PKO BP (%s) zostanie zamknięty z końcem października.\n\n"
            "Nowy rachunek do wszystkich płatności:\n"
            "mBank S.A.\n"
            "%s\n\n"
            "Rachunek został zgłoszony do Wykazu podatników VAT (biała lista) – aktualizacja wykazu po stronie "
            "Ministerstwa Finansów może potrwać do 7 dni roboczych, dlatego w załączeniu przesyłam podpisane "
            "oświadczenie Zarządu, które stanowi podstawę do zapłaty na nowy rachunek.\n\n"
            "Proszę o aktualizację danych w systemie oraz o potwierdzenie zwrotne mailem. Faktury za październik "
            "(magazynowanie i kompletacja) proszę już regulować na nowy rachunek.\n\n" % (K.nrb(old), K.nrb(mule)) +
            sig_pl("zielinski", "Z poważaniem")).replace("–", "-")
    d = pdf_doc("dejavu", producer="Microsoft® Word dla Microsoft 365", creator="Microsoft® Word dla Microsoft 365",
                title="Oświadczenie", author="Tadeusz", when=util.plus(m.date, -7200), tz_min=60)
    d.letterhead("Partner Logistik sp. z o.o.", ["%s, %s · NIP %s · KRS %s" % (PL["street"], PL["city"], PL["nip"], PL["krs"])],
                 color=(0.75, 0.08, 0.12), right_lines=("Gądki, 27.10.2026",))
    d.space(6)
    d.heading("OŚWIADCZENIE O ZMIANIE RACHUNKU BANKOWEGO", 13)
    d.para("Zarząd spółki Partner Logistik sp. z o.o. z siedzibą w Gądkach (NIP %s) oświadcza, że z dniem 2 listopada 2026 r. "
           "rachunkiem właściwym do dokonywania wszelkich płatności na rzecz spółki jest rachunek:" % PL["nip"])
    d.kv([("Bank", "mBank S.A."), ("Numer rachunku", K.nrb(mule)), ("IBAN", K.iban_fmt(mule)), ("SWIFT", "BREXPLPWXXX")], keyw=120)
    d.para("Rachunek prowadzony w PKO Bank Polski S.A. zostaje zamknięty. Płatności dokonane na dotychczasowy rachunek po "
           "1 listopada 2026 r. nie będą uznawane za zapłatę.")
    d.para("Rachunek został zgłoszony do wykazu podmiotów, o którym mowa w art. 96b ustawy o VAT. Do czasu aktualizacji "
           "wykazu niniejsze oświadczenie stanowi podstawę do dokonania zapłaty.")
    d.space(20)
    d.para("Prezes Zarządu                                  Członek Zarządu", 9)
    d.para("Marek Kowalczyk                                  Tadeusz Zieliński", 10, True)
    pdfb = d.build()
    body = m.mixed(ol_alt(m, text, "pl", "iso-8859-2", "quoted-printable"),
                   m.attach(pdfb, "application/pdf", "Oswiadczenie_zmiana_rachunku_Partner_Logistik.pdf", style="outlook"))
    m.send(body, frm, [S["pl_acc"]], "Zmiana rachunku bankowego – Partner Logistik sp. z o.o.",
           SY.vps_postfix("mail.partner-logistik.com.pl", "51.83.141.206", rdns="vps-5f3c2a1b.vps.ovh.net", dkim_sel="default",
                          client_ip="91.219.236.45", client="[192.168.0.105]", zone="PL"))
    m.what = ("'Tadeusz Zieliński' of the Polish logistics partner announces a new mBank account from 2 Nov with a signed "
              "board statement (PDF) that the account is 'registered on the VAT white list'.")
    m.why = ("Look-alike partner-logistik.com.pl (real: partner-logistik.pl, home.pl) on an OVH VPS; pre-empts the white-list "
             "check ('update can take 7 days'), asks to pay October invoices to the new account and to confirm by mail only.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 23, "pl", "ksef-faktura-odrzucona")
def a23(m):
    m.at("PL", 2026, 11, 17, 8, 47)
    m.mua = "sendgrid"
    link = m.url("https://ksef.podatki-gov.pl.weryfikacja-tokenu.com/logowanie?nip=6762514373&ref=FA-PL-2026-11-0417")
    text = ("Krajowy System e-Faktur\nMinisterstwo Finansów\n\n"
            "Szanowni Państwo,\n\n"
            "faktura FA/PL/2026/11/0417 wystawiona przez podmiot o NIP 6762514373 (EXAMPLE POLSKA SP. Z O.O.) "
            "została odrzucona przez system KSeF.\n\n"
            "Kod błędu: 21405 – Token uwierzytelniający wygasł lub nie posiada uprawnień do wystawiania faktur.\n\n"
            "Do czasu ponownego uwierzytelnienia faktury wystawiane w imieniu podmiotu nie otrzymają numeru KSeF "
            "i nie będą uznane za wystawione. Prosimy o zalogowanie się i odnowienie uprawnień w ciągu 48 godzin:\n\n"
            "%s\n\n"
            "Wiadomość wygenerowana automatycznie. Prosimy nie odpowiadać.\n" % link)
    html = ('<html><body style="margin:0;background:#eef1f5;font-family:Arial,sans-serif"><table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="background:#0052a5;padding:16px 24px;color:#fff"><b style="font-size:18px">KSeF</b> &nbsp; Krajowy System e-Faktur<br>'
            '<span style="font-size:12px">Ministerstwo Finansów</span></td></tr><tr><td style="padding:24px;font-size:14px;line-height:21px;color:#222">'
            'Szanowni Państwo,<br><br>faktura <b>FA/PL/2026/11/0417</b> wystawiona przez podmiot o NIP <b>6762514373</b> (EXAMPLE POLSKA SP. Z O.O.) '
            'została <span style="color:#c00"><b>odrzucona</b></span> przez system KSeF.<br><br>Kod błędu: <b>21405</b> – Token uwierzytelniający wygasł '
            'lub nie posiada uprawnień do wystawiania faktur.<br><br>Do czasu ponownego uwierzytelnienia faktury wystawiane w imieniu podmiotu nie otrzymają '
            'numeru KSeF i nie będą uznane za wystawione. Prosimy o zalogowanie się i odnowienie uprawnień w ciągu 48 godzin.<br><br>'
            '<a href="%s" style="background:#0052a5;color:#fff;padding:11px 24px;text-decoration:none;border-radius:3px">Zaloguj się do KSeF</a><br><br>'
            '<span style="font-size:11px;color:#777">Wiadomość wygenerowana automatycznie. Prosimy nie odpowiadać.</span></td></tr></table></body></html>' % H(link))
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "base64"))
    m.send(body, ("KSeF – Ministerstwo Finansów", "powiadomienia@ksef-powiadomienia.pl"), [S["pl_acc"]],
           "KSeF: faktura FA/PL/2026/11/0417 odrzucona – wymagane ponowne uwierzytelnienie",
           SY.sendgrid(custom_dom="ksef-powiadomienia.pl"),
           env_from="bounces+41927730-a6c2-katarzyna.wisniewska=example.com@em2290.ksef-powiadomienia.pl")
    m.what = ("'KSeF – Ministry of Finance' says an outgoing invoice was rejected (error 21405, token expired) and asks to "
              "log in within 48 h.")
    m.why = ("E-invoicing-portal phishing: KSeF does not e-mail rejection notices, the link goes to weryfikacja-tokenu.com "
             "with a gov-looking subdomain; SendGrid from ksef-powiadomienia.pl, the NIP and invoice-number format are "
             "public/guessable, 48-hour threat.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 24, "pl", "e-doreczenia-zus-login-gov")
def a24(m):
    m.at("PL", 2026, 10, 6, 10, 31)
    m.mua = "brevo"
    m.hdr_cs, m.hdr_enc = "UTF-8", "B"
    link = m.url("https://login-gov.pl.e-doreczenia-odbior.com/ade/odbierz?id=AE%3APL-84271-30615-HTWRV-28&nadawca=ZUS")
    text = ("e-Doręczenia\n\n"
            "Na adres do doręczeń elektronicznych AE:PL-41268-57302-VBJDE-31 (EXAMPLE POLSKA SP. Z O.O.) "
            "wpłynęła nowa przesyłka.\n\n"
            "Nadawca: Zakład Ubezpieczeń Społecznych, I Oddział w Krakowie\n"
            "Tytuł: Zawiadomienie o wszczęciu postępowania – zaległości składkowe\n"
            "Data nadania: 06.10.2026 09:58\n\n"
            "Przesyłka zostanie uznana za doręczoną po upływie 14 dni od jej wysłania (fikcja doręczenia).\n\n"
            "Odbierz przesyłkę: %s\n\n"
            "Do odebrania przesyłki wymagane jest zalogowanie przez login.gov.pl (profil zaufany, e-dowód lub bankowość "
            "elektroniczna).\n\n"
            "Ta wiadomość została wysłana automatycznie – nie odpowiadaj na nią.\n" % link)
    html = ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;color:#1b1b1b">'
            '<tr><td style="padding:18px 28px;border-bottom:4px solid #dc143c"><b style="font-size:20px">e-Doręczenia</b> <span style="color:#666;font-size:12px">| gov.pl</span></td></tr>'
            '<tr><td style="padding:24px 28px;font-size:14px;line-height:22px">Na adres do doręczeń elektronicznych <b>AE:PL-41268-57302-VBJDE-31</b> '
            '(EXAMPLE POLSKA SP. Z O.O.) wpłynęła nowa przesyłka.<br><br><table cellpadding="4" style="font-size:14px"><tr><td style="color:#666">Nadawca</td><td>Zakład Ubezpieczeń Społecznych, I Oddział w Krakowie</td></tr>'
            '<tr><td style="color:#666">Tytuł</td><td>Zawiadomienie o wszczęciu postępowania – zaległości składkowe</td></tr>'
            '<tr><td style="color:#666">Data nadania</td><td>06.10.2026 09:58</td></tr></table><br>'
            'Przesyłka zostanie uznana za doręczoną po upływie 14 dni od jej wysłania (fikcja doręczenia).<br><br>'
            '<a href="%s" style="background:#0052a5;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">Odbierz przesyłkę</a><br><br>'
            'Do odebrania przesyłki wymagane jest zalogowanie przez login.gov.pl (profil zaufany, e-dowód lub bankowość elektroniczna).</td></tr>'
            '<tr><td style="padding:14px 28px;font-size:11px;color:#888;background:#fafafa">Ta wiadomość została wysłana automatycznie – nie odpowiadaj na nią.</td></tr>'
            '</table></body></html>' % H(link))
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"))
    m.send(body, ("e-Doręczenia", "powiadomienia@e-doreczenia-info.pl"), [S["pl_om"]],
           "Nowa przesyłka w skrzynce do doręczeń elektronicznych – ZUS",
           SY.brevo(custom_dom="e-doreczenia-info.pl"),
           env_from="bounces-%d-agnieszka.nowak=example.com@sendibm2.com" % m.rng.randrange(10 ** 6, 10 ** 7))
    m.what = ("'e-Doręczenia' notification of a new registered electronic letter from ZUS about social-security arrears, "
              "deemed delivered after 14 days; 'collect' button asks for login.gov.pl.")
    m.why = ("Government e-delivery phishing via Brevo from e-doreczenia-info.pl; the collect link is a fake login.gov.pl "
             "(bank login / trusted profile harvesting) on e-doreczenia-odbior.com; the company's real e-delivery address "
             "differs, debt threat plus deemed-delivery pressure.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 25, "pl", "zamowienie-zip-scr")
def a25(m):
    m.at("PL", 2026, 11, 16, 9, 55)
    m.mua = "outlook"
    m.hdr_cs, m.hdr_enc = "windows-1250", "Q"
    pwd = "1187"
    zname = "ZAM_1187_11_2026.zip"
    inner = "Zamowienie_ZAM_1187_11_2026.pdf.scr"
    m.zip_passwords = {zname: pwd}
    z = archive.make_zip([{"name": inner, "data": inert("Windows screensaver executable (.scr) loader", inner),
                           "password": pwd.encode(), "date_time": (2026, 11, 16, 9, 41, 2)}], rng=m.rng)
    m.expect_attachments = [inner]
    frm = ("Hurtownia Napojów MAZUR – Zamówienia", "biuro@hurtownia-napojow-mazur.pl")
    m.phone("+48 89 527 14 30")
    text = ("Dzień dobry,\n\n"
            "w załączeniu przesyłamy zamówienie nr ZAM/1187/11/2026 na wodę mineralną (niegazowana i gazowana, "
            "PET 0,5 l i 1,5 l) – łącznie 22 palety z dostawą do naszego magazynu w Olsztynie do 27.11.2026.\n\n"
            "Prosimy o potwierdzenie cen z ostatniej oferty oraz terminu dostawy. Ze względu na dane handlowe "
            "zamówienie jest w zaszyfrowanym archiwum – hasło: %s\n\n"
            "Pozdrawiamy\nDział Zakupów\nHurtownia Napojów MAZUR sp. j.\nul. Lubelska 44A, 10-409 Olsztyn\ntel. +48 89 527 14 30\n" % pwd)
    body = m.mixed(ol_alt(m, text, "pl", "windows-1250", "quoted-printable"),
                   m.attach(z, "application/x-zip-compressed", zname, style="outlook"))
    m.send(body, frm, [S["pl_om"]], "Zamówienie nr ZAM/1187/11/2026 – prośba o potwierdzenie",
           SY.homepl(client_rdns="host-89-231-17-142.static.dialog.net.pl", client_ip="89.231.17.142"))
    m.what = ("Purchase order from a beverage wholesaler in Olsztyn for 22 pallets of water, order in an encrypted ZIP with "
              "the password in the mail.")
    m.why = ("Malware loader: ZIP (password 1187) contains 'Zamowienie_ZAM_1187_11_2026.pdf.scr'; sent from a compromised "
             "home.pl mailbox of a real-looking wholesaler that has never ordered before, 'last offer' that does not exist, "
             "encryption to defeat scanning.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 26, "pl", "helpdesk-screenconnect")
def a26(m):
    m.at("PL", 2026, 11, 26, 8, 12)
    m.mua = "generic"
    link = m.url("https://examplegroup-support.screenconnect.com/Bin/ScreenConnect.ClientSetup.exe?e=Access&y=Guest&h=instance-q3x8t1-relay.screenconnect.com&p=443&s=4f1d7c2e-9a58-4b06-b3e1-6d0c8a2f7e91&k=BgIAAACkAABSU0ExAAgAAAEAAQ&c=Example%20Group&c=KRK")
    phone = m.phone("+48 12 881 04 67")
    text = ("Zgłoszenie: INC0048213\nPriorytet: Wysoki\nStacja robocza: KRK-NB-017\n\n"
            "Dzień dobry Pani Katarzyno,\n\n"
            "w związku z wczorajszą falą niechcianych wiadomości (spam) w Pani skrzynce nasz system bezpieczeństwa wykrył "
            "na stacji KRK-NB-017 nieaktualnego agenta ochrony poczty. Aby zablokować dalsze wiadomości, konieczna jest "
            "instalacja aktualizacji agenta (ok. 2 minuty, nie wymaga restartu):\n\n"
            "%s\n\n"
            "Po instalacji technik Service Desk połączy się z Panią przez Microsoft Teams, aby zweryfikować konfigurację. "
            "W razie pytań prosimy o kontakt: %s.\n\n"
            "Pozdrawiamy\nService Desk / Dział IT\nExample Group\n" % (link, phone))
    html = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222"><table cellpadding="0" cellspacing="0" width="640">'
            '<tr><td style="background:#005ea8;color:#fff;padding:12px 20px;font-size:16px"><b>Example Group</b> · Service Desk</td></tr>'
            '<tr><td style="padding:6px 20px;background:#f3f6f9;font-size:12px">Zgłoszenie: <b>INC0048213</b> · Priorytet: <b style="color:#c00">Wysoki</b> · Stacja robocza: KRK-NB-017</td></tr>'
            '<tr><td style="padding:20px;line-height:21px">Dzień dobry Pani Katarzyno,<br><br>w związku z wczorajszą falą niechcianych wiadomości (spam) w Pani skrzynce '
            'nasz system bezpieczeństwa wykrył na stacji KRK-NB-017 nieaktualnego agenta ochrony poczty. Aby zablokować dalsze wiadomości, konieczna jest '
            'instalacja aktualizacji agenta (ok. 2 minuty, nie wymaga restartu):<br><br><a href="%s" style="background:#107c10;color:#fff;padding:10px 22px;text-decoration:none">'
            'Zainstaluj aktualizację agenta</a><br><br>Po instalacji technik Service Desk połączy się z Panią przez Microsoft Teams, aby zweryfikować konfigurację. '
            'W razie pytań prosimy o kontakt: %s.<br><br>Pozdrawiamy<br>Service Desk / Dział IT<br>Example Group</td></tr></table></body></html>' % (H(link), phone))
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"))
    m.send(body, ("Service Desk Example Group", "servicedesk@examplegroup-support.com"), [S["pl_acc"]],
           "[INC0048213] Wymagana aktualizacja agenta bezpieczeństwa – KRK-NB-017",
           SY.mailgun("mg.examplegroup-support.com"), env_from="bounce+2e81c4.7d03a-katarzyna.wisniewska=example.com@mg.examplegroup-support.com")
    m.what = ("'Service Desk' ticket INC0048213: after yesterday's spam wave the mail-protection agent must be updated via "
              "a download link; a technician will then call via Teams.")
    m.why = ("Help-desk / remote-access pretext (email bombing + Teams vishing): the 'agent' is a ScreenConnect remote-control "
             "client on an attacker instance; look-alike examplegroup-support.com via Mailgun, internal IT uses the "
             "@example.com ticket system and never sends installers.")
