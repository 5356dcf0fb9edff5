"""Polish attack messages 22-26."""
import banking as bk
import files
import infra as I
import qr
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S

EXG_PL_NIP = bk.pl_nip("634301728")
PARTNER_NIP = bk.pl_nip("631265490")


def a22():
    m = Mail("attack", 22, "pl", "partner-logistik-zmiana-rachunku-lookalike")
    ids = m.ids
    t = T("2026-11-16 08:14:27")
    rc = S("pl_acc")
    dom = "partner-logistik.com.pl"
    sender = "ksiegowosc@" + dom
    rec, extra = I.gmail(ids, t, rc.email)
    new = bk.iban("PL", bk.pl_bban("1870000", "2043118856190001"))
    nrb = bk.pl_nrb(new)
    plain = (
        "Szanowna Pani,\n\n"
        "uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę z dniem "
        "1 grudnia 2026 r. dotychczasowy rachunek w mBank S.A. zostaje zamknięty. Prosimy o regulowanie "
        "wszystkich należności – w tym faktur FV/2026/11/0412 (38 745,60 zł) oraz FV/2026/11/0436 "
        "(12 910,20 zł) – wyłącznie na nowy rachunek:\n\n"
        "Partner Logistik sp. z o.o.\n"
        "Nest Bank S.A.\n"
        "Nr rachunku: %s\n\n"
        "Nowy rachunek jest w trakcie zgłaszania do wykazu podatników VAT (tzw. białej listy); aktualizacja "
        "wykazu może potrwać kilka dni roboczych. Prosimy nie wstrzymywać z tego powodu płatności – "
        "w załączeniu przesyłamy oświadczenie Zarządu potwierdzające zmianę. Do czasu aktywacji rachunku VAT "
        "prosimy o zwykły przelew, bez mechanizmu podzielonej płatności.\n\n"
        "Prosimy o potwierdzenie aktualizacji danych w Państwa systemie.\n\n"
        "Z poważaniem\n\n"
        "Anna Wróbel\nDział Księgowości\nPartner Logistik sp. z o.o.\n"
        "ul. Portowa 14, 44-100 Gliwice\nNIP %s\n") % (nrb, bk.fmt_nip(PARTNER_NIP))
    html = '<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % p.replace("\n", "<br>")
                                       for p in plain.strip().split("\n\n")) + "</div>\n"
    pdfb = files.pdf([
        "Gliwice, 13 listopada 2026 r.",
        "",
        "# OŚWIADCZENIE",
        "",
        "Zarząd spółki Partner Logistik sp. z o.o. z siedzibą w Gliwicach oświadcza, że z dniem",
        "1 grudnia 2026 r. jedynym rachunkiem bankowym spółki właściwym do regulowania należności jest:",
        "",
        "Nest Bank S.A., nr rachunku: " + nrb,
        "",
        "Dotychczasowy rachunek prowadzony w mBank S.A. zostaje zamknięty.",
        "",
        "Za Zarząd:",
        "Tadeusz Zieliński - Prezes Zarządu",
    ], title="Oswiadczenie", author="Ksiegowosc", creator="Microsoft Word", producer="Microsoft Word",
        created="20261113154000+01'00'", header=["Partner Logistik sp. z o.o.", "ul. Portowa 14, 44-100 Gliwice",
                                                  "NIP " + bk.fmt_nip(PARTNER_NIP)])
    body = multipart("mixed", [
        alt(text(plain, "plain", "UTF-8", "quoted-printable"), text(html, "html", "UTF-8", "quoted-printable"),
            ids.b_gmail()),
        attach(pdfb, "application/pdf", "Oswiadczenie_zmiana_rachunku.pdf", extra_headers=[("X-Attachment-Id", "f_m" + ids.alnum(8).lower())]),
    ], ids.b_gmail())
    hs = extra + [
        ("MIME-Version", "1.0"),
        ("From", addr("Księgowość | Partner Logistik", sender, "utf-8", "B", "UTF-8")),
        ("Date", rdate(t, "CE")),
        ("Message-ID", ids.mid_gmail()),
        ("Subject", hval("Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.", "utf-8", "B", "UTF-8")),
        ("To", addr("Małgorzata Łukasiewicz", rc.email, "utf-8", "B", "UTF-8")),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "Logistics-partner bank change from look-alike partner-logistik.com.pl (real: partner-logistik.pl) on a Google Workspace trial: new Nest Bank account 'not yet on the VAT white list'",
        "Look-alike domain; pre-empts the Polish payer's safeguards by asking to pay to an account absent from the VAT white list and without split payment (both mandatory controls); quotes real invoice numbers; 'board statement' PDF is unsigned. Genuine dunning letter from the real partner: business 23.",
        "business/23")


def a23():
    m = Mail("attack", 23, "pl", "ksef-uprawnienia-phishing")
    ids = m.ids
    t = T("2026-12-02 06:30:05")
    rc = S("pl_acc")
    dom = "ksef-mf.com.pl"
    rec, mid, extra = I.mailgun(ids, t, rc.email, "mg." + dom)
    link = "http://email.mg.%s/c/%s" % (dom, ids.alnum(140, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))
    plain = (
        "Ministerstwo Finansów – Krajowy System e-Faktur (KSeF)\n\n"
        "Szanowni Państwo,\n\n"
        "w Krajowym Systemie e-Faktur zarejestrowano 3 faktury ustrukturyzowane wystawione na rzecz podmiotu "
        "o NIP %s (EXAMPLE GROUP POLSKA SP. Z O.O.), których odbiór wymaga potwierdzenia uprawnień.\n\n"
        "W związku z aktualizacją modelu uprawnień KSeF osoby upoważnione do odbioru faktur w imieniu podmiotu "
        "muszą ponownie potwierdzić tożsamość. Do czasu potwierdzenia dostęp do faktur zakupowych w KSeF "
        "pozostaje zawieszony, co może uniemożliwić terminowe odliczenie podatku VAT za listopad 2026 r.\n\n"
        "Potwierdź uprawnienia, logując się przez login.gov.pl (Profil Zaufany, e-dowód lub bankowość "
        "elektroniczna):\n%s\n\n"
        "Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.\n"
        "Krajowa Administracja Skarbowa\n") % (bk.fmt_nip(EXG_PL_NIP), link)
    html = html_doc(
        '<div style="font-family:Arial,sans-serif;font-size:14px;max-width:620px;color:#222">'
        '<div style="border-bottom:3px solid #d4213d;padding:10px 0"><b>Ministerstwo Finansów</b> | Krajowy System e-Faktur</div>'
        "<p>Szanowni Państwo,</p><p>w Krajowym Systemie e-Faktur zarejestrowano <b>3 faktury ustrukturyzowane</b> wystawione na rzecz podmiotu o NIP "
        "%s (EXAMPLE GROUP POLSKA SP. Z O.O.), których odbiór wymaga potwierdzenia uprawnień.</p>"
        "<p>W związku z aktualizacją modelu uprawnień KSeF osoby upoważnione do odbioru faktur w imieniu podmiotu muszą ponownie potwierdzić tożsamość. "
        "Do czasu potwierdzenia dostęp do faktur zakupowych w KSeF pozostaje zawieszony, co może uniemożliwić terminowe odliczenie podatku VAT za listopad 2026 r.</p>"
        '<p style="margin:22px 0"><a href="%s" style="background:#1b4f9c;color:#fff;padding:10px 20px;text-decoration:none">Zaloguj się przez login.gov.pl</a></p>'
        '<p style="font-size:11px;color:#777">Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.<br>Krajowa Administracja Skarbowa</p></div>'
        % (bk.fmt_nip(EXG_PL_NIP), link), "pl")
    body = alt(text(plain, "plain", "iso-8859-2", "quoted-printable"), html_text(html, "iso-8859-2", "quoted-printable"),
               ids.hex(32))
    hs = [
        ("Mime-Version", "1.0"),
        ("Content-Type", None),
        ("Subject", hval("KSeF: otrzymano faktury ustrukturyzowane – wymagane potwierdzenie uprawnień", "iso-8859-2", "Q", "ISO-8859-2")),
        ("From", addr("Krajowy System e-Faktur", "powiadomienia@" + dom)),
        ("To", rc.email),
        ("Date", rdate(t, "GMT")),
        ("Message-Id", mid),
        ("Sender", "powiadomienia@" + dom),
    ] + extra
    return m.finish("<bounce+%s.%s-%s=example.com@mg.%s>" % (ids.hex(6), ids.hex(6), rc.email.split("@")[0], dom), rec, hs, body,
        "Credential phishing: fake KSeF (national e-invoicing system) notice — 3 structured invoices blocked until the user re-confirms permissions via login.gov.pl",
        "KSeF is mandatory for Polish companies in 2026, making the lure credible; the Ministry uses gov.pl domains and does not mail per-invoice alerts; sender ksef-mf.com.pl via Mailgun, link is a Mailgun click redirect to a fake Profil Zaufany / bank login; VAT-deduction pressure. Genuine KSeF-numbered invoice: business 22.",
        "business/22")


def a24():
    m = Mail("attack", 24, "pl", "ure-wezwanie-zip-haslo")
    ids = m.ids
    t = T("2026-10-21 11:42:19")
    rc = S("pl_mgr")
    dom = "ure-gov.pl"
    host = "vps-3fa81c22.vps.ovh.net"
    sender = "a.sobczak@" + dom
    rec = [
        I.mx(ids, "mail." + dom, host, "57.128.193.42", rc.email, plus(t, 2)),
        I.postfix(ids, "mail." + dom, "[10.8.0.6]", None, "185.246.220.61", plus(t, 1), tls="1.3", auth=True, zone="UTC"),
    ]
    pwd = "URE-4211"
    z = files.zip_bytes([("Wezwanie_DRE.WKO.4211.118.2026.pdf.scr", b"REM inert placeholder - not an executable\n")],
                        password=pwd.encode(), date_time=(2026, 10, 21, 12, 30, 2), seed=b"a24")
    plain = (
        "Dzień dobry,\n\n"
        "w załączeniu przekazujemy wezwanie Prezesa Urzędu Regulacji Energetyki do uzupełnienia braków "
        "formalnych w postępowaniu w sprawie zmiany koncesji na obrót energią elektryczną "
        "(znak sprawy: DRE.WKO.4211.118.2026).\n\n"
        "Ze względu na ochronę danych oraz tajemnicę przedsiębiorstwa załącznik został zabezpieczony "
        "hasłem: %s\n\n"
        "Braki należy uzupełnić w terminie 7 dni od dnia doręczenia wezwania, pod rygorem pozostawienia "
        "wniosku bez rozpoznania (art. 64 § 2 Kpa).\n\n"
        "Z poważaniem\n\n"
        "Agnieszka Sobczak\ngłówny specjalista\nDepartament Rynków Energii\n"
        "Urząd Regulacji Energetyki\nal. Jerozolimskie 181, 02-222 Warszawa\n") % pwd
    body = multipart("mixed", [
        text(plain, "plain", "windows-1250", "8bit", quote=False, flowed=True),
        attach(z, "application/zip", "Wezwanie_DRE.WKO.4211.118.2026.zip"),
    ], ids.b_tb(), preamble="This is a multi-part message in MIME format.")
    hs = [
        ("Message-ID", ids.mid_tb(dom)),
        ("Date", rdate(t, "CE")),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "pl"),
        ("To", rc.email),
        ("From", addr("Agnieszka Sobczak - URE", sender)),
        ("Subject", hval("Wezwanie do uzupełnienia braków – DRE.WKO.4211.118.2026", "windows-1250", "Q", "windows-1250")),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "Fake energy-regulator summons: 'URE' demands missing documents for the trading licence within 7 days; password-protected ZIP holding Wezwanie_…pdf.scr",
        "URE corresponds via ure.gov.pl / ePUAP, never with encrypted archives; domain ure-gov.pl on an OVH VPS; the ZIP (ZipCrypto, password in the body to defeat scanning) contains a screensaver executable disguised as PDF; legal deadline pressure aimed at the country manager.",
        None)


def a25():
    m = Mail("attack", 25, "pl", "pko-ipko-biznes-quishing")
    ids = m.ids
    t = T("2026-11-18 12:05:33")
    rc = S("pl_acc")
    rec, mid, extra = I.brevo(ids, t, rc.email)
    target = "https://ipko-biznes.aktywacja-autoryzacji.com/pl/?id=%s" % ids.hex(20)
    png = qr.qr_png(target, "M", scale=5)
    cid = "qr%s" % ids.hex(10)
    plain = (
        "PKO Bank Polski – iPKO biznes\n\n"
        "Szanowny Kliencie,\n\n"
        "w związku z wdrożeniem nowego standardu bezpieczeństwa autoryzacji transakcji w serwisie iPKO biznes "
        "wszyscy użytkownicy z uprawnieniami do akceptacji przelewów muszą do 30.11.2026 r. ponownie "
        "aktywować autoryzację mobilną.\n\n"
        "Po tym terminie akceptacja zleceń, w tym przelewów płacowych i podatkowych, będzie możliwa "
        "wyłącznie po wizycie w oddziale.\n\n"
        "Aby aktywować autoryzację, zeskanuj kod QR z tej wiadomości aparatem telefonu i postępuj zgodnie "
        "z instrukcjami. Aktywacja zajmie ok. 2 minut.\n\n"
        "Z poważaniem\nZespół iPKO biznes\n")
    html = html_doc(
        '<table width="600" style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1b"><tr>'
        '<td style="background:#003574;color:#fff;padding:16px"><b>PKO Bank Polski</b> &nbsp;|&nbsp; iPKO biznes</td></tr>'
        '<tr><td style="padding:20px"><p>Szanowny Kliencie,</p>'
        "<p>w związku z wdrożeniem nowego standardu bezpieczeństwa autoryzacji transakcji w serwisie iPKO biznes wszyscy użytkownicy "
        "z uprawnieniami do akceptacji przelewów muszą do <b>30.11.2026 r.</b> ponownie aktywować autoryzację mobilną.</p>"
        "<p>Po tym terminie akceptacja zleceń, w tym przelewów płacowych i podatkowych, będzie możliwa wyłącznie po wizycie w oddziale.</p>"
        "<p>Aby aktywować autoryzację, zeskanuj poniższy kod aparatem telefonu:</p>"
        '<p style="text-align:center"><img src="cid:%s" width="180" height="180" alt="Kod QR"></p>'
        "<p>Aktywacja zajmie ok. 2 minut.</p><p>Z poważaniem<br>Zespół iPKO biznes</p>"
        '<p style="font-size:11px;color:#888">PKO Bank Polski S.A., ul. Puławska 15, 02-515 Warszawa</p></td></tr></table>' % cid, "pl")
    body = multipart("related", [
        alt(text(plain, "plain", "iso-8859-2", "base64"), html_text(html, "iso-8859-2", "base64"), "b2=_" + ids.alnum(40)),
        attach(png, "image/png", "kod.png", disposition="inline", cid=cid),
    ], "b1=_" + ids.alnum(40), extra_params=[("type", "multipart/alternative", True)])
    hs = [
        ("Date", rdate(t, "UTC", day="pad0")),
        ("From", addr("PKO Bank Polski - iPKO biznes", "powiadomienia@ipkobiznes-info.pl")),
        ("To", rc.email),
        ("Message-Id", mid),
        ("Subject", hval("iPKO biznes: ponowna aktywacja autoryzacji mobilnej do 30.11.2026", "iso-8859-2", "B", "ISO-8859-2")),
        ("MIME-Version", "1.0"),
    ] + extra
    return m.finish("<bounces-%s-%s=example.com@sender-sib.com>" % (ids.digits(7), rc.email.split("@")[0]), rec, hs, body,
        "Quishing against corporate banking: 'PKO BP iPKO biznes' requires re-activation of mobile authorisation by scanning a QR code",
        "Bank impersonation from ipkobiznes-info.pl through Brevo; the QR code (decodable PNG) leads to aktywacja-autoryzacji.com, outside pkobp.pl, to capture login and pair the attacker's device for payment approval; deadline threat blocking payroll/tax transfers.",
        None, structure_note="inline QR decodes to https://ipko-biznes.aktywacja-autoryzacji.com/…")


def a26():
    m = Mail("attack", 26, "pl", "teams-helpdesk-quick-assist-vishing")
    ids = m.ids
    t = T("2026-12-08 09:47:12")
    rc = S("pl_mgr")
    server = "DU0PR02MB%d" % ids.r.randrange(7000, 9999)
    region = "eurprd02"
    out = I.exo_out("EUR05", ids)
    rec = I.exo(ids, server, region, t, out[0], out[1], rc.email)
    sender = "helpdesk@examplegroupit.onmicrosoft.com"
    plain = (
        "Dzień dobry Panie Krzysztofie,\n\n"
        "nasz system bezpieczeństwa wykrył masową wysyłkę niechcianych wiadomości na Pana skrzynkę "
        "(ponad 1 800 wiadomości w ciągu ostatniej godziny). To atak typu „spam bombing”, który często "
        "poprzedza próbę przejęcia konta.\n\n"
        "Aby zablokować atak, w ciągu najbliższych 15 minut skontaktuje się z Panem nasz specjalista przez "
        "Microsoft Teams (konto „Helpdesk IT | Example Group”). Prosimy:\n"
        "1. przyjąć połączenie w Teams,\n"
        "2. uruchomić narzędzie Szybka pomoc (Quick Assist) – skrót Ctrl + Windows + Q,\n"
        "3. podać specjaliście sześcioznakowy kod zabezpieczeń wyświetlony na ekranie.\n\n"
        "Prosimy nie wyłączać komputera i nie zgłaszać sprawy lokalnie – zgłoszenie jest już obsługiwane "
        "centralnie przez dział bezpieczeństwa w Essen.\n\n"
        "Pozdrawiamy\nZespół Helpdesk IT\nExample Group\n")
    html = html_doc('<div style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">%s</div>' % "".join(
        "<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")), "pl")
    body = alt(text(plain, "plain", "windows-1250", "quoted-printable"), html_text(html, "windows-1250", "quoted-printable"),
               ids.b_outlook(server, 0))
    topic = "Pilne: atak na Pana skrzynkę pocztową – kontakt z działem IT"
    hs = [
        ("From", addr("Dział IT – Helpdesk Example Group", sender, "windows-1250", "Q", "windows-1250")),
        ("To", addr("Krzysztof Wąsowski", rc.email, "windows-1250", "Q", "windows-1250")),
        ("Subject", hval(topic, "windows-1250", "Q", "windows-1250")),
    ] + I.exo_hdrs(ids, server, region, t, hval(topic, "windows-1250", "Q", "windows-1250"), lang="pl-PL")
    return m.finish("<%s>" % sender, rec, hs, body,
        "Helpdesk vishing pretext: an external Microsoft 365 trial tenant posing as 'IT Helpdesk Example Group' announces a Teams call and asks the manager to start Quick Assist and read out the code",
        "Black Basta / Storm-1811 playbook (spam bombing, then a Teams call from an onmicrosoft.com tenant, then remote control via Quick Assist). Internal IT mail comes from example.com via mail-int01, not from examplegroupit.onmicrosoft.com; 'do not report locally'. The genuine internal IT notice on this topic is business 24.",
        "business/24")


ALL = [a22, a23, a24, a25, a26]
