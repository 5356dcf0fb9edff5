"""attack/ 22-26 (Polish)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2

PL_SIG_TZ = ("Tadeusz Zieliński\nKierownik ds. Klientów Kluczowych\nPartner Logistik sp. z o.o.\nul. Logistyczna 8, 55-040 Bielany Wrocławskie\n"
             "tel. +48 71 339 42 18, kom. +48 601 284 933\nwww.partner-logistik.pl")


def a22():
    m = Msg("attack", 22, "pl", "partner-logistik-przejete-konto-onedrive", utc(2026, 11, 27, 4, 41, 15))
    k = T2.HomePl(m, "partner-logistik.pl", client="roundcube")
    pawel = S("pawel")
    url = "https://1drv.ms/f/c/7b1e94d05a3c28f6/EjQxNk9wZ2x1dGVyR3JvdXBfRlZfMTFfMjAyNg?e=Qm4tZ1"
    plain = p(
        "Dzień dobry,",
        "",
        "w załączeniu przesyłam dokumenty do rozliczenia – fakturę korygującą do FV/10/2026/0691 oraz protokoły przekazania kartonów z przeprowadzki archiwum.",
        "",
        "Ze względu na wielkość plików (skany protokołów) udostępniam je przez OneDrive:",
        url,
        "",
        "Proszę o potwierdzenie otrzymania.",
        "",
        "Pozdrawiam",
        "",
        PL_SIG_TZ)
    m.root = mime.multi("alternative", [mime.text(plain, "UTF-8", "quoted-printable"),
                                        mime.text(mime.tb_html(plain), "UTF-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [S("pawel")], "Dokumenty do rozliczenia – korekta i protokoły")
    k.finish(f, client_ip="102.215.57.30", helo="webmail.home.pl", server="cloudserver094114.home.pl", server_ip="79.96.170.134",
             lang="pl", dmarc=("pass", "none"), ua="Roundcube Webmail/1.6.9")
    m.fact("URL", url, "OneDrive folder in the attacker's account with a PDF that links to a Microsoft 365 phishing page")
    for ph in ("+48 71 339 42 18", "+48 601 284 933"):
        m.fact("Phone", ph, "signature (copied)")
    m.info = dict(
        what="'Logistics partner' sends a corrective invoice and box-handover protocols as a OneDrive link because the scans are 'too large'.",
        why="Credential phishing from the partner's hijacked home.pl mailbox: real domain, SPF/DKIM pass, but written in webmail at 05:41 from a Nigerian IP (102.215.57.30) instead of Outlook in the office; generic text, link to an unknown OneDrive folder; the partner's real invoice (business/24) is attached as PDF with KSeF number.")
    return m


def a23():
    m = Msg("attack", 23, "pl", "ksef-odrzucona-faktura-logowanie", utc(2026, 12, 1, 6, 12, 44))
    m.sent = m.t - secs(2)
    k = P.SES(m, "eu-central-1")
    pawel = S("pawel")
    url = "https://ap-ksef.mf-gov.pl.weryfikacja-podatnika.com/logowanie?nip=7821449377&ref=FA-2026-11-0093"
    plain = p(
        "Krajowy System e-Faktur (KSeF)",
        "Ministerstwo Finansów",
        "",
        "Powiadomienie o odrzuceniu faktury",
        "",
        "Faktura nr FA/2026/11/0093 wystawiona przez podmiot Example Group Polska sp. z o.o. (NIP 7821449377) została odrzucona przez KSeF z powodu błędu weryfikacji podpisu kwalifikowanego.",
        "",
        "Aby uniknąć sankcji, o których mowa w art. 106ni ustawy o podatku od towarów i usług, należy w ciągu 24 godzin zalogować się do Aplikacji Podatnika KSeF i potwierdzić dane podmiotu:",
        url,
        "",
        "Po potwierdzeniu faktura zostanie ponownie przetworzona i otrzyma numer KSeF.",
        "",
        "Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.",
        "Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa")
    html = ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f1f3f6;font-family:Arial,sans-serif">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px"><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-top:5px solid #dc143c">'
            '<tr><td style="padding:20px 28px;font-size:18px;font-weight:bold;color:#1b1b1b">Krajowy System e-Faktur (KSeF)<br><span style="font-size:13px;font-weight:normal;color:#555">Ministerstwo Finansów</span></td></tr>'
            '<tr><td style="padding:0 28px;font-size:16px;font-weight:bold">Powiadomienie o odrzuceniu faktury</td></tr>'
            '<tr><td style="padding:14px 28px;font-size:14px;line-height:21px;color:#222">Faktura nr <b>FA/2026/11/0093</b> wystawiona przez podmiot Example Group Polska sp. z o.o. (NIP 7821449377) została odrzucona przez KSeF z powodu błędu weryfikacji podpisu kwalifikowanego.<br><br>'
            'Aby uniknąć sankcji, o których mowa w art. 106ni ustawy o podatku od towarów i usług, należy w ciągu <b>24 godzin</b> zalogować się do Aplikacji Podatnika KSeF i potwierdzić dane podmiotu.</td></tr>'
            '<tr><td style="padding:8px 28px 22px 28px"><a href="' + url.replace("&", "&amp;") + '" style="background:#dc143c;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold">Zaloguj się do Aplikacji Podatnika</a></td></tr>'
            '<tr><td style="padding:0 28px 20px 28px;font-size:13px;color:#444">Po potwierdzeniu faktura zostanie ponownie przetworzona i otrzyma numer KSeF.</td></tr>'
            '<tr><td style="padding:14px 28px;font-size:11px;color:#888;border-top:1px solid #eee">Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.<br>Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa</td></tr>'
            '</table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "UTF-8", "base64"), mime.text(html, "UTF-8", "base64", "html")], m.bnd())
    f = Fields(("KSeF - Ministerstwo Finansów", "powiadomienia@ksef-mf.pl"), [pawel], "KSeF: odrzucona faktura FA/2026/11/0093 – wymagana weryfikacja (24 h)")
    k.finish(f, "ksef-mf.pl", "s2026")
    m.fact("URL", url, "phishing page imitating the KSeF taxpayer application (look-alike host under weryfikacja-podatnika.com)")
    m.info = dict(
        what="'Ministry of Finance / KSeF' says an outgoing e-invoice was rejected because of a signature error; log in to the KSeF taxpayer app within 24 h to avoid penalties.",
        why="Credential phishing around the Polish e-invoicing system: look-alike sender domain ksef-mf.pl via Amazon SES (authenticates only for the fake domain), deceptive host ap-ksef.mf-gov.pl.weryfikacja-podatnika.com, 24-hour threat; KSeF itself does not send such e-mails (the genuine tax-office notice is business/23).")
    return m


def a24():
    m = Msg("attack", 24, "pl", "rejestr-firm-oplata-qr", utc(2026, 10, 22, 8, 5, 37))
    k = T.Exim(m, "rejestr-firm-polskich.pl", "s112.cyberfolks.pl", "195.78.66.112", client="outlook16", lang="pl")
    agn = S("agnieszka")
    acct_iban = "PL80114020044000380276431958"
    nrb = acct_iban[2:]
    payload = docs.zbp("5257906500", nrb, 1845.00, "Rejestr Firm Sp z o", "RF-2026/58812 7821449377")
    plain = p(
        "Szanowni Państwo,",
        "",
        "w załączeniu przesyłamy formularz aktualizacyjny wpisu firmy EXAMPLE GROUP POLSKA SP. Z O.O. (NIP 7821449377, KRS 0000874512) w Centralnym Rejestrze Firm i Przedsiębiorców.",
        "",
        "Prosimy o weryfikację danych i uiszczenie opłaty za wpis w wysokości 1 845,00 zł w terminie 14 dni. Dla wygody na formularzu umieszczono kod QR do zapłaty w aplikacji bankowej.",
        "",
        "Z poważaniem",
        "Dział Rejestracji",
        "Centralny Rejestr Firm i Przedsiębiorców",
        "Rejestr Firm Polskich sp. z o.o.",
        "ul. Grzybowska 87, 00-844 Warszawa")
    pdfp = docs.letter(
        m, "Formularz_aktualizacyjny_RF-2026-58812.pdf", head="Centralny Rejestr Firm i Przedsiębiorców",
        head_lines=["Dział Rejestracji", "ul. Grzybowska 87, 00-844 Warszawa", "NIP 525-790-65-00"], logo_color=(153, 0, 0), logo_text="CRFIP",
        recipient=["EXAMPLE GROUP POLSKA SP. Z O.O.", "ul. Szwedzka 5", "61-285 Poznań"],
        place_date="Warszawa, 21.10.2026", subject="Formularz aktualizacyjny wpisu nr RF-2026/58812",
        paras=["Szanowni Państwo,", "uprzejmie prosimy o weryfikację danych Państwa firmy zamieszczonych w Centralnym Rejestrze Firm i Przedsiębiorców oraz o dokonanie opłaty za wpis:"],
        table=[("Firma:", "EXAMPLE GROUP POLSKA SP. Z O.O."), ("NIP / KRS:", "7821449377 / 0000874512"), ("Branża (PKD):", "38.21.Z, 52.10.B"),
               ("Opłata za wpis:", "1 845,00 zł (12 miesięcy)"), ("Rachunek:", iban_f(acct_iban)), ("Tytuł przelewu:", "RF-2026/58812 7821449377"),
               ("Termin:", "05.11.2026")],
        extra_after=["Uiszczenie opłaty oznacza akceptację regulaminu i zamówienie publikacji wpisu w prywatnej bazie Rejestr Firm Polskich na okres 36 miesięcy. Rejestr nie jest rejestrem urzędowym w rozumieniu przepisów o KRS ani CEIDG."],
        qr=payload, qr_caption="Zapłać kodem QR w aplikacji banku",
        closing="Z poważaniem", signers=[["Dział Rejestracji", "Rejestr Firm Polskich sp. z o.o."]],
        footer=["Rejestr Firm Polskich sp. z o.o. · ul. Grzybowska 87 · 00-844 Warszawa · NIP 5257906500", "Wpis w rejestrze jest dobrowolny."],
        title="Formularz aktualizacyjny", author="Rejestr", creator="Microsoft Word 2016", producer="Microsoft: Print To PDF")
    m.root = mime.multi("mixed", [ol_alt(m, plain, cs="iso-8859-2", lang="PL"), pdfp], m.bnd("mixed"))
    for c in m.root.children[0].children:
        c.style = "default"
    f = Fields(("Centralny Rejestr Firm", "rejestracja@rejestr-firm-polskich.pl"), [agn],
               "Formularz aktualizacyjny wpisu - EXAMPLE GROUP POLSKA SP. Z O.O. - termin 14 dni", hcs="iso-8859-2", henc="Q")
    k.finish(f, client_ip="185.244.51.19", zone="CET")
    m.fact("IBAN", acct_iban, "mBank account of the 'register' (also in the QR code)")
    m.info = dict(
        what="'Central Register of Companies and Entrepreneurs' asks to verify the company entry and pay 1,845 PLN; PDF form with a Polish banking QR code.",
        why="Register/directory scam typical for Poland: official-sounding name mimicking KRS/CEIDG, company data scraped from the registry, payment by QR code, small print: a private 36-month listing. Sent from a shared-hosting mailbox of the scam company.")
    return m


def a25():
    m = Msg("attack", 25, "pl", "trans-eu-weryfikacja-konta", utc(2026, 11, 16, 11, 26, 59))
    k = P.Smtp2go(m, "trans-eu-platform.com")
    agn = S("agnieszka")
    url = "https://platform-trans.eu-login.com/account/verify?tid=1184227-1&lang=pl"
    plain = p(
        "Trans.eu",
        "",
        "Dzień dobry,",
        "",
        "w związku z nowymi wymogami bezpieczeństwa giełdy (weryfikacja przewoźników i spedytorów po fali kradzieży ładunków) Twoje konto Trans ID 1184227-1 zostało oznaczone do ponownej weryfikacji.",
        "",
        "Do czasu potwierdzenia danych firmy nie będzie możliwe publikowanie ofert ani przyjmowanie zleceń. Weryfikacja zajmuje 2 minuty:",
        url,
        "",
        "Jeżeli nie zweryfikujesz konta w ciągu 48 godzin, zostanie ono zawieszone.",
        "",
        "Zespół Trans.eu",
        "Trans.eu Group S.A., ul. Racławicka 2-4, 53-146 Wrocław")
    html = ('<html><body style="margin:0;background:#f4f6f9;font-family:Arial,sans-serif"><table width="100%"><tr><td align="center" style="padding:24px">'
            '<table width="580" style="background:#fff" cellpadding="0" cellspacing="0"><tr><td style="background:#0f4c81;color:#fff;padding:16px 26px;font-size:22px;font-weight:bold">Trans.eu</td></tr>'
            '<tr><td style="padding:22px 26px;font-size:14px;line-height:21px;color:#222">Dzień dobry,<br><br>w związku z nowymi wymogami bezpieczeństwa giełdy (weryfikacja przewoźników i spedytorów po fali kradzieży ładunków) Twoje konto <b>Trans ID 1184227-1</b> zostało oznaczone do ponownej weryfikacji.<br><br>'
            'Do czasu potwierdzenia danych firmy nie będzie możliwe publikowanie ofert ani przyjmowanie zleceń. Weryfikacja zajmuje 2 minuty.</td></tr>'
            '<tr><td style="padding:4px 26px 22px 26px"><a href="' + url.replace("&", "&amp;") + '" style="background:#ff7a00;color:#fff;padding:11px 26px;text-decoration:none;font-weight:bold;border-radius:4px">Zweryfikuj konto</a></td></tr>'
            '<tr><td style="padding:0 26px 20px 26px;font-size:13px;color:#555">Jeżeli nie zweryfikujesz konta w ciągu 48 godzin, zostanie ono zawieszone.<br><br>Zespół Trans.eu</td></tr>'
            '<tr><td style="padding:12px 26px;font-size:11px;color:#999;border-top:1px solid #eee">Trans.eu Group S.A., ul. Racławicka 2-4, 53-146 Wrocław</td></tr></table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "utf-8", "quoted-printable"), mime.text(html, "utf-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Trans.eu", "no-reply@trans-eu-platform.com"), [agn], "Weryfikacja konta Trans ID 1184227-1 – wymagane działanie")
    k.finish(f)
    m.fact("URL", url, "credential-phishing page imitating the Trans.eu login")
    m.info = dict(
        what="'Trans.eu' freight exchange: account flagged for re-verification after cargo thefts; verify within 48 h or the account is suspended.",
        why="Credential phishing against the freight-exchange account used by the Polish office (stolen exchange accounts are used for cargo theft and fake orders): look-alike domain trans-eu-platform.com via SMTP2GO, link to platform-trans.eu-login.com; the genuine notification (business/25) comes from trans.eu and links to platform.trans.eu.")
    return m


def a26():
    m = Msg("attack", 26, "pl", "wezwanie-do-zaplaty-akta-zip", utc(2026, 12, 9, 12, 3, 28))
    k = T.Exim(m, "kancelaria-nowak-wisniewski.pl", "server917343.nazwa.pl", "185.252.134.43", client="outlook16", lang="pl")
    pawel = S("pawel")
    url = "https://kancelaria-nowak-wisniewski.pl/wp-content/uploads/akta/KW-1184-11-2026.zip"
    plain = p(
        "PRZEDSĄDOWE WEZWANIE DO ZAPŁATY",
        "sygn. akt KW/1184/11/2026",
        "",
        "Szanowni Państwo,",
        "",
        "działając w imieniu i na rzecz naszego Mocodawcy – LOGI-TRANS Marek Dudek z siedzibą w Koninie (pełnomocnictwo w aktach sprawy) – wzywam Example Group Polska sp. z o.o. do zapłaty kwoty 8 742,19 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych z tytułu nieuregulowanych faktur za usługi transportowe, w terminie 3 dni od dnia otrzymania niniejszego wezwania.",
        "",
        "Zestawienie faktur, korespondencję oraz pełnomocnictwo udostępniamy w formie elektronicznej:",
        url,
        "",
        "W przypadku bezskutecznego upływu terminu sprawa zostanie skierowana na drogę postępowania sądowego w elektronicznym postępowaniu upominawczym, co narazi Państwa na dodatkowe koszty oraz wpis do Krajowego Rejestru Długów.",
        "",
        "Z poważaniem",
        "",
        "adw. Katarzyna Nowak",
        "Kancelaria Adwokacka Nowak & Wiśniewski s.c.",
        "ul. Wierzbięcice 34/6, 61-569 Poznań",
        "tel. +48 61 307 22 81")
    m.root = ol_alt(m, plain, cs="windows-1250", lang="PL")
    for c in m.root.children:
        c.style = "default"
    f = Fields(("Kancelaria Nowak & Wiśniewski", "sekretariat@kancelaria-nowak-wisniewski.pl"), [pawel],
               "Przedsądowe wezwanie do zapłaty – sygn. KW/1184/11/2026", hcs="windows-1250", henc="Q")
    k.finish(f, client_ip="45.134.26.58", zone="CET", cpuser="kancelar")
    m.fact("URL", url, "ZIP download on the compromised law firm's WordPress site (contains a JScript/LNK loader in the real campaign)")
    m.fact("Phone", "+48 61 307 22 81", "signature")
    m.info = dict(
        what="Pre-litigation demand for payment of 8,742.19 PLN on behalf of an unknown haulier, 3-day deadline, 'case file' to download as ZIP.",
        why="Fake legal notice used as a malware lure: the company has no dealings with the named creditor, threat of court and debt register, link to a ZIP in the wp-content/uploads folder of a compromised law-firm website on nazwa.pl; sent through the firm's mailbox from a foreign IP.")
    return m


MESSAGES = [a22, a23, a24, a25, a26]
