"""Attack messages, Polish (22-26)."""

from lib import co, ids, smtp, systems
from lib.archives import make_iso
from lib.mime import Part
from lib.msg import esc, simple_html
from lib.systems import H
from messages.common import (D, S, alt, footer, letterhead, mixed, outlook_att, related, table, eur)
from messages.registry import msg

A = "attack"


# --------------------------------------------------------------------- 22
@msg(A, 22, "pl", "ksef-faktura-logowanie")
def a22(m):
    url = "https://ksef-mf.com.pl/web/logowanie?nip=%s&ref=%s" % (co.OFF["PL"]["ids"][0][1], smtp.rhex(m.rng, 20))
    m.what = ("'Krajowy System e-Faktur' notice: a purchase invoice FA/2026/11/00873 is 'awaiting verification'; log in to KSeF "
              "with the company's authorisation data to accept or reject it within 3 days.")
    m.why = ("Credential phishing riding on the 2026 KSeF roll-out: KSeF does not send e-mail asking to accept invoices; sender "
             "and link are the look-alike ksef-mf.com.pl via SendGrid (real service: ksef.mf.gov.pl); deadline with VAT "
             "penalty threat; personalised with the company's NIP.")
    m.dmarc_policy = {"ksef-mf.com.pl": "none"}
    h = H(("Krajowy System e-Faktur (KSeF)", "powiadomienia@ksef-mf.com.pl"), [co.P("pl_acc")],
          "KSeF: faktura zakupowa FA/2026/11/00873 oczekuje na weryfikację", D(2026, 11, 13, 9, 18, 33))
    nip = co.OFF["PL"]["ids"][0][1]
    text = ("Krajowy System e-Faktur\nMinisterstwo Finansów\n\n"
            "Szanowni Państwo,\n\n"
            "w Krajowym Systemie e-Faktur dla podmiotu o NIP %s zarejestrowano fakturę zakupową, która wymaga "
            "weryfikacji odbiorcy:\n\n"
            "Numer faktury: FA/2026/11/00873\nNumer KSeF: %s-20261112-%s-3D\nSprzedawca: AGRO-TRANS Sp. z o.o., NIP 5213846607\n"
            "Kwota brutto: 48 712,44 PLN\n\n"
            "Prosimy o zalogowanie się do aplikacji KSeF i akceptację lub odrzucenie dokumentu w terminie 3 dni roboczych. "
            "Brak weryfikacji może skutkować nieuwzględnieniem faktury w rozliczeniu VAT za listopad 2026.\n\n"
            "Zaloguj się do KSeF: %s\n\n"
            "Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.\n") % (nip, nip, smtp.rhex(m.rng, 12, True), url)
    html = ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f5;'
            'font-family:Arial,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" '
            'style="padding:20px"><table width="600" style="background:#fff;border-top:6px solid #d4213d" cellpadding="0" '
            'cellspacing="0"><tr><td style="padding:18px 28px"><b style="font-size:18px;color:#1b1b1b">Krajowy System e-Faktur</b>'
            '<br><span style="font-size:12px;color:#666">Ministerstwo Finansów</span></td></tr><tr><td style="padding:0 28px 20px '
            '28px;font-size:14px;color:#222;line-height:1.5"><p>Szanowni Państwo,</p><p>w Krajowym Systemie e-Faktur dla podmiotu '
            'o NIP <b>%s</b> zarejestrowano fakturę zakupową, która wymaga weryfikacji odbiorcy:</p><table style="font-size:13px">'
            '<tr><td>Numer faktury:</td><td><b>FA/2026/11/00873</b></td></tr><tr><td>Sprzedawca:</td><td>AGRO-TRANS Sp. z o.o.</td>'
            '</tr><tr><td>Kwota brutto:</td><td>48 712,44 PLN</td></tr></table><p>Prosimy o zalogowanie się do aplikacji KSeF i '
            'akceptację lub odrzucenie dokumentu w terminie <b>3 dni roboczych</b>. Brak weryfikacji może skutkować '
            'nieuwzględnieniem faktury w rozliczeniu VAT za listopad 2026.</p><p style="text-align:center"><a href="%s" '
            'style="background:#d4213d;color:#fff;padding:11px 28px;text-decoration:none;border-radius:3px">Zaloguj się do KSeF</a>'
            '</p><p style="font-size:11px;color:#888">Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.</p>'
            '</td></tr></table></td></tr></table></body></html>\n') % (nip, esc(url))
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("sendgrid"))
    return systems.sendgrid(m, h, root, "ksef-mf.com.pl", ip="167.89.%d.%d" % (42, 187))


# --------------------------------------------------------------------- 23
@msg(A, 23, "pl", "partner-logistik-zmiana-rachunku")
def a23(m):
    P = co.PLOG
    mule = ids.pl_iban("1090101", "4000000152748391")
    m.what = ("'Księgowość Partner Logistik' announces a new bank account (Santander) 'already on the VAT white list' and asks to "
              "pay the open November invoices there; PDF letter attached.")
    m.why = ("Look-alike domain partner-logistic.pl (c instead of k) on OVH mail; mimics the real accounting mailbox and "
             "signature; pre-empts the Polish white-list check by claiming the account is registered; urgency before month end; "
             "real partner uses home.pl and mBank.")
    m.dmarc_policy = {"partner-logistic.pl": "none"}
    h = H(("Księgowość Partner Logistik", "ksiegowosc@partner-logistic.pl"), [co.P("pl_acc")],
          "Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.", D(2026, 11, 26, 12, 44, 5),
          cc=[co.P("pl_om")], hcs="windows-1250", henc="Q")
    text = ("Dzień dobry,\n\n"
            "uprzejmie informujemy, że z dniem 1 grudnia 2026 r. Partner Logistik sp. z o.o. zmienia bank prowadzący rachunek "
            "rozliczeniowy. Prosimy o aktualizację danych w systemie i kierowanie wszystkich płatności, w tym za faktury "
            "FV/11/2026/0871 i FV/11/2026/0902, na nowy rachunek:\n\n"
            "Santander Bank Polska S.A.\n%s\n\n"
            "Nowy rachunek został zgłoszony do wykazu podatników VAT (biała lista) i jest widoczny w wyszukiwarce MF. "
            "Dotychczasowy rachunek w mBanku zostanie zamknięty 30.11.2026.\n\n"
            "Oficjalne pismo w załączniku. Prosimy o potwierdzenie aktualizacji zwrotnym mailem.\n\n"
            "Z poważaniem\n\nKsięgowość\nPartner Logistik sp. z o.o.\nul. Składowa 9, 62-080 Tarnowo Podgórne\n"
            "NIP %s\n") % (ids.pl_nrb(mule), P["nip"])
    d = m.pdf(info={"Title": "Zmiana rachunku bankowego", "Producer": "Microsoft® Word dla Microsoft 365"},
              created="D:20261126121830+01'00'")
    p = d.page()
    y = letterhead(p, "PARTNER LOGISTIK", ["Logistyka chłodnicza · Magazynowanie · Cross-docking",
                                           "ul. Składowa 9, 62-080 Tarnowo Podgórne · tel. +48 61 814 52 90 · www.partner-logistik.pl"],
                   (0, 84, 150))
    p.text(540, y, "Tarnowo Podgórne, 26.11.2026 r.", 10, align="right")
    for i, l in enumerate(["Example Szklarnie Polska sp. z o.o.", "ul. Rawska 118", "96-100 Skierniewice"]):
        p.text(330, y + 24 + 12 * i, l, 10)
    y += 84
    p.text(56, y, "Dotyczy: zmiany rachunku bankowego", 11, bold=True)
    y += 22
    y = p.wrap(56, y, 480, "Szanowni Państwo,\n\ninformujemy, że od dnia 01.12.2026 r. wszelkie płatności na rzecz Partner "
               "Logistik sp. z o.o. należy kierować wyłącznie na rachunek:", 10)
    y += 6
    p.text(80, y, "Santander Bank Polska S.A.", 10, bold=True)
    p.text(80, y + 15, ids.pl_nrb(mule), 11, bold=True)
    y += 40
    y = p.wrap(56, y, 480, "Rachunek został zgłoszony do wykazu podmiotów zarejestrowanych jako podatnicy VAT. Płatności na "
               "dotychczasowy rachunek prowadzony przez mBank S.A. nie będą przyjmowane po 30.11.2026 r.\n\nZ poważaniem", 10)
    y += 20
    p.text(300, y, "Anna Wiśniewska", 14, color=(20, 40, 120))
    p.text(300, y + 14, "Główna Księgowa", 8.5)
    footer(p, ["Partner Logistik sp. z o.o. · NIP %s · Sąd Rejonowy Poznań - Nowe Miasto i Wilda, KRS 0000593317" % P["nip"]])
    pdf = m.render_pdf(d)
    b = m.boundary("nextpart")
    b2 = m.boundary("nextpart")
    html = simple_html([l for l in text.split("\n\n")], font="Calibri, sans-serif", size="11pt").replace(
        'charset=utf-8', 'charset=windows-1250')
    root = mixed([alt(m.text(text, "windows-1250", "quoted-printable"), m.html(html, "windows-1250", "quoted-printable"), b2),
                  outlook_att(m, pdf, "application/pdf", "Zmiana_rachunku_Partner_Logistik.pdf", h.date)], b,
                 preamble="This is a multipart message in MIME format.")
    host = "7.mo583.mail-out.ovh.net"
    ip = "46.105.%d.%d" % (61, 149)
    hops = ["Received: from director4.ghost.mail-out.ovh.net (unknown [10.109.156.89])\n\tby mo583.mail-out.ovh.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                smtp.queue_id(m.rng), h.rcpt, smtp.rfc_date(h.date + 2 * S, "utc", abbr=True)),
            "Received: from ghost-submission-5b5ff79f4f-x9v2q (unknown [10.110.188.42])\n\tby director4.ghost.mail-out.ovh.net (Postfix) with ESMTPSA id %s;\n\t%s" % (
                smtp.queue_id(m.rng), smtp.rfc_date(h.date + S, "utc", abbr=True)),
            "Authentication-Results: garm.ovh; auth=pass (GARM-104R005a3f8b2c1-7e14-4d0b-b6e2-%s,\n\t%s) smtp.auth=ksiegowosc@partner-logistic.pl" % (
                smtp.rhex(m.rng, 12), smtp.rhex(m.rng, 16)),
            "X-OVh-ClientIp: 192.0.2.98"]
    h.msgid = "<%s$%s$%s@partner-logistic.pl>" % (smtp.rhex(m.rng, 12), smtp.rhex(m.rng, 8), smtp.rhex(m.rng, 8))
    return systems.direct(m, h, root, host, host, ip, hops=hops, dkim_d="partner-logistic.pl", dkim_s="ovhmo1736405-selector1",
                          order=["from", "to", "cc", "subject", "date", "msgid", "mime"], tls=smtp.TLS13,
                          ua_lines=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: pl"],
                          extra=["X-Ovh-Tracer-Id: %d" % m.rng.randrange(10 ** 18, 10 ** 19), "X-VR-SPAMSTATE: OK",
                                 "X-VR-SPAMSCORE: 0", "X-VR-SPAMCAUSE: gggruggvucftvghtrhhoucdtuddrgeeffedrudeigedgjeelucetufdoteggodetrfdotffvucfrrhhofhhilhgvmecuqfggjfdpvefjgfevmfevgfenuceurghilhhouhhtmecuhedttdenucesvcftvggtihhpihgvnhhtshculddquddttddm"])


# --------------------------------------------------------------------- 24
@msg(A, 24, "pl", "helpdesk-quick-assist-spam")
def a24(m):
    url = "https://examplegroup-it.pl/wsparcie/ExampleGroup_SpamShield_Setup.exe"
    tel = m.tel("+48 22 307 41 88")
    m.what = ("'Dział IT - Example Group' says a spam flood hit the Polish office manager's mailbox (ticket INC-26-11872); a "
              "technician will call and start Quick Assist, or she can install a 'SpamShield' tool herself.")
    m.why = ("Help-desk / remote-access pretext as used after e-mail bombing (Black Basta/Storm-1811 pattern): IT of the group "
             "never writes from examplegroup-it.pl (look-alike, sent via SMTP2GO), pushes remote control via Quick Assist and "
             "a downloadable .exe, announces a phone call from an unknown Warsaw number.")
    m.dmarc_policy = {"examplegroup-it.pl": "none"}
    h = H(("Dział IT - Example Group", "helpdesk@examplegroup-it.pl"), [co.P("pl_om")],
          "Pilne: masowa wysyłka spamu na Pani skrzynkę - zgłoszenie INC-26-11872", D(2026, 12, 8, 9, 4, 56),
          hcs="iso-8859-2", henc="Q")
    text = ("Dzień dobry Pani Agnieszko,\n\n"
            "od wczoraj nasz system wykrywa masową wysyłkę spamu (ponad 3 000 wiadomości) na Pani skrzynkę pocztową. "
            "To zmasowany atak, który może zablokować pocztę całego biura w Skierniewicach.\n\n"
            "Aby zatrzymać atak, nasz technik zadzwoni do Pani dziś między 10:00 a 12:00 z numeru %s i poprosi o "
            "uruchomienie narzędzia Pomoc Szybka (Quick Assist) w systemie Windows, żeby zainstalować filtr antyspamowy. "
            "Całość trwa około 10 minut.\n\n"
            "Jeśli woli Pani zrobić to samodzielnie, proszę pobrać i uruchomić narzędzie:\n%s\n\n"
            "Proszę nie zgłaszać tej sprawy na ogólny adres helpdesku - zgłoszenie jest już w realizacji.\n\n"
            "Pozdrawiam\nPiotr Malinowski\nDział IT - wsparcie regionalne\nExample Group\n") % (tel, url)
    html = simple_html(text.strip().split("\n\n"), font="Segoe UI, Arial, sans-serif").replace("charset=utf-8", "charset=iso-8859-2")
    root = alt(m.text(text, "iso-8859-2", "quoted-printable"), m.html(html, "iso-8859-2", "quoted-printable"), m.boundary("java"))
    ip = "103.47.204.%d" % 21
    host = "e2i%d.smtp2go.com" % 340
    h.mail_from = "bounce-%s@em%d.examplegroup-it.pl" % (smtp.rhex(m.rng, 10), m.rng.randrange(100000, 999999))
    hops = ["Received: from [10.58.241.%d] (helo=SmtpCorp)\n\tby smtpcorp.com with esmtpsa (TLS1.3:ECDHE_SECP256R1__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)\n\t(Exim 4.97.1-S2G)\n\t(envelope-from <%s>)\n\tid 1tS%s-%s;\n\t%s" % (
        m.rng.randrange(2, 250), h.mail_from, smtp.ralnum(m.rng, 4), smtp.ralnum(m.rng, 8), smtp.rfc_date(h.date + S, "utc"))]
    return systems.direct(m, h, root, host, host, ip, hops=hops, dkim_d="examplegroup-it.pl", dkim_s="s%d" % 780934,
                          order=["date", "from", "to", "subject", "mime", "msgid"], tls=smtp.TLS13,
                          extra=["X-Smtpcorp-Track: 1tS%s.%s" % (smtp.ralnum(m.rng, 10), smtp.ralnum(m.rng, 10)),
                                 "Feedback-ID: %d:%d:a:%d" % (m.rng.randrange(10 ** 5, 10 ** 6), m.rng.randrange(10 ** 5, 10 ** 6), m.rng.randrange(10 ** 5, 10 ** 6)),
                                 "X-Report-Abuse: Please forward a copy of this message, including all headers, to <abuse-report@smtp2go.com>"])


# --------------------------------------------------------------------- 25
@msg(A, 25, "pl", "zapytanie-ofertowe-img")
def a25(m):
    m.what = ("Request for quotation ZO/1187/2026 for raspberry tomatoes 2027 from a Polish horticultural firm; the 'specification' "
              "is a disk image (.img).")
    m.why = ("Malware loader in a disk image: the IMG (ISO 9660/Joliet) contains 'ZO_1187_2026_specyfikacja.pdf.exe' (inert "
             "placeholder for an info-stealer such as Agent Tesla) - image files strip Mark-of-the-Web and are commonly used "
             "for this; sent from a compromised mailbox at cyber_Folks hosting (authentication passes), business pretext "
             "typical of Polish RFQ campaigns, 'open with double-click'.")
    h = H(("Zbigniew Nowak", "z.nowak@agro-kolsad.pl"), [co.P("pl_om")],
          "Zapytanie ofertowe ZO/1187/2026 - pomidory malinowe, dostawy 2027", D(2026, 10, 20, 13, 51, 2),
          hcs="iso-8859-2", henc="B")
    text = ("Dzień dobry,\n\n"
            "w imieniu firmy AGRO-KOLSAD sp. z o.o. zwracam się z zapytaniem ofertowym na dostawy pomidorów malinowych "
            "(kaliber 57-67 mm, klasa I) w sezonie 2027, ok. 18-22 t tygodniowo od tygodnia 14.\n\n"
            "Szczegółowa specyfikacja (opakowania, harmonogram, warunki płatności) znajduje się w załączniku - plik jest "
            "obrazem dysku, wystarczy otworzyć go dwuklikiem.\n\n"
            "Prosimy o przesłanie oferty do 30.10.2026 r.\n\n"
            "Z poważaniem\nZbigniew Nowak\nDział Zakupów\nAGRO-KOLSAD sp. z o.o.\nul. Sadowa 12, 05-600 Grójec\n"
            "tel. +48 48 664 21 17\n")
    m.tel("+48 48 664 21 17")
    ph = ("[INERT TEST PLACEHOLDER - evaluation corpus 119]\r\nThis file stands in for a Windows executable "
          "(info-stealer loader) disguised as a PDF specification. It contains no executable code.\r\n").encode("ascii")
    iso = make_iso("ZO_1187_2026", [("ZO_1187_2026_specyfikacja.pdf.exe", ph)], (2026, 10, 20, 11, 40, 12), tzq=8)
    b = m.boundary("nextpart")
    att = m.att(iso, "application/octet-stream", "ZO_1187_2026_specyfikacja.img", header_order=["ct", "cte", "cd"],
                fname_charset="iso-8859-2")
    root = mixed([m.text(text, "iso-8859-2", "quoted-printable"), att], b, preamble="This is a multi-part message in MIME format.")
    host = "s57.cyber-folks.pl"
    return systems.cpanel(m, h, root, host, "198.51.100.57", client_ip="192.0.2.183", auth_user="z.nowak@agro-kolsad.pl",
                          dkim_d="agro-kolsad.pl", zone="de", order=["from", "to", "subject", "date", "msgid", "mime"],
                          ua_lines=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtCh" + smtp.rb64(m.rng, 26),
                                    "Content-Language: pl"])


# --------------------------------------------------------------------- 26
@msg(A, 26, "pl", "autenti-podpis-lookalike")
def a26(m):
    url = "https://autenti-podpis.com/sign/d/%s/review?lang=pl" % smtp.uuid(m.rng)
    m.what = ("'Autenti' e-signature invitation: Tadeusz Zieliński (Partner Logistik) asks to sign 'Aneks nr 3 do umowy "
              "logistycznej 2027'.")
    m.why = ("Fake e-signature notice: real correspondent and a plausible document (the genuine annex arrives via Autenti in "
             "business/23) but the sender and link are autenti-podpis.com via Mailgun, not autenti.com; the 'sign' page asks for "
             "Microsoft 365 credentials; no access code, generic wording.")
    m.dmarc_policy = {"autenti-podpis.com": "none"}
    h = H(("Autenti", "powiadomienia@autenti-podpis.com"), [co.P("pl_om")],
          "Tadeusz Zieliński zaprasza do podpisania dokumentu: Aneks nr 3 do umowy logistycznej 2027",
          D(2026, 11, 30, 15, 2, 44))
    text = ("Tadeusz Zieliński (Partner Logistik sp. z o.o.) zaprasza Cię do podpisania dokumentu.\n\n"
            "Dokument: Aneks nr 3 do umowy logistycznej 2027.pdf\nTermin podpisu: 02.12.2026\n\n"
            "Przejdź do dokumentu: %s\n\n"
            "Aby wyświetlić dokument, zaloguj się służbowym kontem Microsoft 365.\n\n"
            "Autenti - podpis elektroniczny\nTa wiadomość została wygenerowana automatycznie.\n") % url
    html = ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f6f8;'
            'font-family:Lato,Arial,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" '
            'style="padding:28px"><table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">'
            '<tr><td style="padding:22px 30px;font-size:22px;font-weight:bold;color:#0b2a4a">autenti</td></tr>'
            '<tr><td style="padding:0 30px;font-size:16px;color:#222"><b>Tadeusz Zieliński</b> (Partner Logistik sp. z o.o.) '
            'zaprasza Cię do podpisania dokumentu.</td></tr><tr><td style="padding:16px 30px"><div style="border:1px solid #dde3ea;'
            'padding:12px;font-size:14px">&#128196; Aneks nr 3 do umowy logistycznej 2027.pdf<br><span style="color:#777">Termin '
            'podpisu: 02.12.2026</span></div></td></tr><tr><td style="padding:6px 30px 24px 30px"><a href="%s" style="background:'
            '#00a3e0;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;font-weight:bold">Przejdź do dokumentu</a>'
            '</td></tr><tr><td style="padding:0 30px 24px 30px;font-size:12px;color:#777">Aby wyświetlić dokument, zaloguj się '
            'służbowym kontem Microsoft 365.</td></tr></table><p style="font-size:11px;color:#999">Autenti - podpis elektroniczny · Ta wiadomość została wygenerowana automatycznie.</p></td></tr></table></body></html>\n') % esc(url)
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), smtp.rhex(m.rng, 32))
    return systems.mailgun(m, h, root, "mg.autenti-podpis.com", sender="powiadomienia@mg.autenti-podpis.com")
