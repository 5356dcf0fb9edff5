"""Attack messages 22-26 (Polish)."""

import hashlib
import base64

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt
from lib.util import CRLF, secs, rfcdate

ATT = "attack"
PLOG = org.PLOG


@msg(ATT, 22, "pl", "ksef-nowa-faktura-kod-qr",
     "'Krajowy System e-Faktur' notification of a new structured invoice from Partner Logistik for PLN 18,452.70 "
     "with a 'KOD I' verification QR code and a 'download invoice' button",
     "E-invoicing impersonation with quishing: KSeF does not e-mail invoices; the QR code and the button point to "
     "ksef-weryfikacja.pl (not ksef.mf.gov.pl) where a 'login with trusted profile / KSeF token' page harvests "
     "credentials; sent through Brevo from e-ksef-powiadomienia.pl")
def a22(m):
    m.when(2026, 11, 4, 13, 27, 44)
    m.frm = ("Krajowy System e-Faktur", "powiadomienia@e-ksef-powiadomienia.pl")
    m.to = [org.st("michal.kowalczyk")]
    m.subject = "KSeF: otrzymano nową fakturę ustrukturyzowaną od PARTNER LOGISTIK SP. Z O.O."
    r = m.rng
    ksef_no = "%s-20261104-%s-%s" % (PLOG["vat"], r.hexs(12, True), r.hexs(2, True))
    qrurl = "https://ksef-weryfikacja.pl/invoice/%s/04-11-2026/%s" % (PLOG["vat"], r.b64url(32))
    dl = "https://ksef-weryfikacja.pl/pobierz?nr=%s" % ksef_no
    qp = qr_part(m, qrurl, "kod-qr.png", "kodqr@ksef", "plain", scale=4)
    logo = att(m, logo_png("KSEF", (200, 16, 46)), "image/png", "logo.png", "plain", inline=True, cid="logo@ksef")
    paras = ["Szanowni Państwo,",
             "w Krajowym Systemie e-Faktur została zarejestrowana faktura ustrukturyzowana, w której Państwa firma "
             "występuje jako nabywca.",
             "Sprzedawca: **PARTNER LOGISTIK SP. Z O.O.** (NIP %s)\nNabywca: EXAMPLE APTEKI SP. Z O.O. (NIP %s)\n"
             "Numer KSeF: %s\nKwota brutto: **18 452,70 PLN**\nTermin płatności: 18.11.2026" % (
                 PLOG["vat"], org.OFF["PL"]["taxid"][1], ksef_no),
             "Aby zweryfikować autentyczność faktury, zeskanuj kod QR (KOD I) aplikacją mobilną lub pobierz "
             "wizualizację faktury w formacie PDF."]
    html = bd.notice_html("Krajowy System e-Faktur", "#c8102e", "Nowa faktura w KSeF", paras,
                          ("Pobierz fakturę (PDF)", dl),
                          ["Ministerstwo Finansów · ul. Świętokrzyska 12 · 00-916 Warszawa",
                           "Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać."],
                          logo_cid="logo@ksef", lang="pl",
                          after_button=["KOD I – weryfikacja faktury:"])
    html = html.replace("<tr><td style=\"padding:8px 32px;font-size:14px;line-height:21px;color:#374151;\">KOD I – "
                        "weryfikacja faktury:</td></tr>",
                        "<tr><td style=\"padding:8px 32px;font-size:14px;line-height:21px;color:#374151;\">KOD I – "
                        "weryfikacja faktury:<br><img src=\"cid:kodqr@ksef\" width=\"160\" height=\"160\" alt=\"KOD I\">"
                        "</td></tr>")
    text = bd.notice_text("Nowa faktura w KSeF", paras, ("Pobierz fakturę (PDF)", dl),
                          ["Ministerstwo Finansów · ul. Świętokrzyska 12 · 00-916 Warszawa"])
    bd.alt(m, text, html, r.hexs(32), "utf-8", "quoted-printable", related=[logo, qp],
           related_boundary=r.hexs(32), quoted=True)
    sy.brevo(m, "e-ksef-powiadomienia.pl", "77.32.148.%d" % r.randint(10, 90), "m%d-%d.sendibt3.com" % (
        r.randint(10, 99), r.randint(10, 250)))


@msg(ATT, 23, "pl", "partner-logistic-zmiana-rachunku",
     "'Tadeusz Zieliński' (Partner Logistik) sends the November storage invoice and announces a new bank account "
     "'already on the VAT white list'",
     "Look-alike domain partner-logistic.pl (real: partner-logistik.pl) on different hosting, new account at a "
     "different bank, pre-emptive reassurance about the Biała lista to defuse the mandatory check, request to pay "
     "without split payment 'because of the account migration'")
def a23(m):
    m.when(2026, 11, 12, 10, 15, 26)
    m.frm = ("Tadeusz Zieliński", "t.zielinski@partner-logistic.pl")
    m.to = [org.st("michal.kowalczyk")]
    m.subject = "Faktura FV/2026/11/0842 - magazynowanie i dystrybucja listopad + nowy rachunek"
    m.lang = "pl"
    m.hcs = ("windows-1250", "Q", "windows-1250")
    iban = ident.iban_pl("1090105", "0000000152836471")
    m.fact("IBAN", iban, "attacker account")
    text = ("Dzień dobry Panie Michale,\n\n"
            "w załączeniu przesyłam fakturę FV/2026/11/0842 za usługi magazynowania i dystrybucji w listopadzie.\n\n"
            "Jednocześnie informuję, że w związku ze zmianą banku obsługującego naszą firmę płatności prosimy "
            "kierować od teraz na nowy rachunek:\n\n"
            "%s (Santander Bank Polska S.A.)\n\n"
            "Rachunek jest już zgłoszony do urzędu skarbowego i widnieje na białej liście podatników VAT. Do czasu "
            "zakończenia migracji prosimy o przelew zwykły, bez mechanizmu podzielonej płatności.\n\n"
            "Proszę o potwierdzenie zmiany w Państwa systemie.\n\n"
            "Z poważaniem\n\nTadeusz Zieliński\nKierownik obsługi klienta\nPartner Logistik sp. z o.o.\n"
            "ul. Składowa 12, 62-023 Gądki\ntel. +48 61 226 47 30\n" % ident.fmt_iban(iban))
    pdfb, total = docs.invoice(
        "pl", ["Partner Logistik sp. z o.o.", "ul. Składowa 12, 62-023 Gądki", "NIP " + ident.fmt_nip(PLOG["vat"])],
        ["Example Apteki sp. z o.o.", "ul. Grabiszyńska 241", "53-234 Wrocław", "NIP " + ident.fmt_nip(org.OFF["PL"]["taxid"][1])],
        [("Numer faktury", "FV/2026/11/0842"), ("Data wystawienia", "12.11.2026"), ("Data sprzedaży", "11.2026"),
         ("Termin płatności", "19.11.2026")],
        [("Magazynowanie towarów farmaceutycznych (GDP), 412 miejsc paletowych, listopad 2026", 412, 28.50, 23),
         ("Dystrybucja do aptek – 23 punkty, 96 kursów", 96, 35.00, 23)],
        ["Santander Bank Polska S.A.", "IBAN " + ident.fmt_iban(iban), "Tytuł: FV/2026/11/0842"],
        dict(title="FV/2026/11/0842", author="Partner Logistik", creator="Comarch ERP Optima",
             producer="Comarch ERP Optima 2026.1", date="D:20261112090211+01'00'"),
        color=(30, 90, 60), currency="PLN",
        footer=["Partner Logistik sp. z o.o. · KRS 0000487211 · kapitał zakładowy 500 000 zł"])
    m.fact("phone", "+48 61 226 47 30", "copied real phone number")
    a = att(m, pdfb, "application/pdf", "FV_2026_11_0842.pdf", "outlook")
    bd.outlook(m, text, "windows-1250", attachments=[a], html_lang="PL", nextpart=True)
    hdrs = sy.mua_outlook16(m)
    r = m.rng
    sy.relay(m, "s167.cyber-folks.pl", "195.78.66.%d" % r.randint(10, 90), hdrs,
             submit={"kind": "raw", "lines": [
                 "Received: from [185.246.%d.%d] (port=%d helo=DESKTOP-PL0842)" % (r.randint(1, 250), r.randint(1, 250),
                                                                                 r.randint(49152, 65000)) + CRLF +
                 "\tby s167.cyber-folks.pl with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" + CRLF +
                 "\t(Exim 4.98)" + CRLF + "\t(envelope-from <t.zielinski@partner-logistic.pl>)" + CRLF +
                 "\tid %s; %s" % (util.exim_id(r), rfcdate(m.date + secs(1), "Europe/Warsaw"))]},
             dkim=[("partner-logistic.pl", "default", "relaxed/relaxed",
                    "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc")],
             extra_trace=sy.cpanel_abuse("s167.cyber-folks.pl", "t.zielinski@partner-logistic.pl", "partner-logistic.pl")[:5],
             tls="1.3")


@msg(ATT, 24, "pl", "zapytanie-ofertowe-dropbox-zip",
     "'Agnieszka Lis, Hurtownia Medyczna MEDLIS' sends a request for quotation for OTC products; the file is 'too "
     "large' and shared as a Dropbox link to Zapytanie_ofertowe_MEDLIS_2026.zip",
     "Malware delivery via a cloud link: free-mail sender (onet.pl) posing as a wholesaler with no prior contact, "
     "direct-download (dl=1) Dropbox link to a ZIP, generic RFQ wording typical of Polish malspam")
def a24(m):
    m.when(2026, 10, 26, 9, 3, 51)
    m.frm = ("Agnieszka Lis", "medlis.hurtownia@onet.pl")
    m.to = [org.st("katarzyna.wisniewska")]
    m.subject = "Zapytanie ofertowe - produkty OTC / suplementy - MEDLIS"
    r = m.rng
    link = "https://www.dropbox.com/scl/fi/%s/Zapytanie_ofertowe_MEDLIS_2026.zip?rlkey=%s&st=%s&dl=1" % (
        r.alnum(21, "abcdefghijklmnopqrstuvwxyz0123456789"), r.alnum(25, "abcdefghijklmnopqrstuvwxyz0123456789"),
        r.alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789"))
    text = ("Dzień dobry,\n\n"
            "w imieniu Hurtowni Medycznej MEDLIS zwracam się z prośbą o przedstawienie oferty cenowej na produkty "
            "wymienione w załączonym zapytaniu (produkty OTC, suplementy diety, materiały opatrunkowe).\n\n"
            "Ze względu na rozmiar plików (specyfikacja + zdjęcia opakowań) udostępniam je przez Dropbox:\n"
            "%s\n\n"
            "Prosimy o odpowiedź do piątku 30.10.2026. W razie pytań pozostaję do dyspozycji.\n\n"
            "Pozdrawiam\nAgnieszka Lis\nDział Zakupów\nHurtownia Medyczna MEDLIS\ntel. 605 218 447\n" % link)
    m.fact("phone", "605 218 447")
    m.root = mime.text(text, "plain", "utf-8", "quoted-printable", "UTF-8")
    m.msgid = "%s@onet.pl" % r.hexs(32)
    hdrs = m.std(["Date", "From", "To", "Subject", "Message-Id", "MIME-Version", "MIME"])
    hdrs += ["X-Mailer: Onet Poczta 2.0", "X-Onet-PMQ: %s;%s;%s" % (r.hexs(32), r.randint(1, 9), r.b64(12))]
    ip = "213.180.142.%d" % r.randint(130, 160)
    node = "smtp%d.poczta.onet.pl" % r.randint(100, 160)
    sy.relay(m, node, ip, hdrs, submit={"kind": "raw", "lines": [
        "Received: from pmq%d.m5r2.onet (pmq%d.m5r2.onet [10.174.33.%d])" % (r.randint(1, 9), r.randint(1, 9), r.randint(2, 250))
        + CRLF + "\tby %s (Postfix) with ESMTP id %s" % (node, util.postfix_qid(r)) + CRLF +
        "\tfor <katarzyna.wisniewska@example.com>; %s" % rfcdate(m.date + secs(1), "Europe/Warsaw", comment=True)]},
        dkim=[("onet.pl", "2011", "relaxed/relaxed", "date:from:to:subject:message-id:mime-version:content-type")],
        tls="1.3")


@msg(ATT, 25, "pl", "mbank-companynet-blokada",
     "'mBank CompanyNet' says access for the company's users will be blocked on 20.11 unless the token and user "
     "data are re-verified; button to a verification page",
     "Bank credential phishing: domain mbank-companynet.com.pl (mBank uses mbank.pl), Amazon SES, generic "
     "'Szanowny Kliencie', deadline; real bank notifications never link to login pages")
def a25(m):
    m.when(2026, 11, 16, 16, 40, 22)
    m.frm = ("mBank CompanyNet", "powiadomienia@mbank-companynet.com.pl")
    m.to = [org.st("michal.kowalczyk")]
    m.subject = "Pilne: wymagana ponowna weryfikacja użytkowników CompanyNet do 20.11.2026"
    r = m.rng
    url = "https://companynet.mbank-weryfikacja.com/logowanie?klient=%d" % r.randint(10**7, 10**8)
    paras = ["Szanowny Kliencie,",
             "w związku z wdrożeniem nowych wymogów bezpieczeństwa (PSD3) wszyscy użytkownicy systemu CompanyNet muszą "
             "ponownie potwierdzić swoje dane i powiązanie tokena mobilnego.",
             "Firma: **EXAMPLE APTEKI SP. Z O.O.**\nTermin weryfikacji: **20.11.2026**",
             "Po tym terminie dostęp do rachunków firmowych zostanie czasowo zablokowany, a zlecenia oczekujące nie "
             "zostaną zrealizowane."]
    footer = ["mBank S.A. z siedzibą w Warszawie, ul. Prosta 18, 00-850 Warszawa",
              "Wiadomość wygenerowana automatycznie."]
    html = bd.notice_html("mBank CompanyNet", "#ae0026", "Weryfikacja użytkowników", paras,
                          ("Zweryfikuj teraz", url), footer, lang="pl")
    text = bd.notice_text("Weryfikacja użytkowników", paras, ("Zweryfikuj teraz", url), footer)
    bd.alt(m, text, html, "----=_Part_%d_%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9)), "UTF-8",
           "quoted-printable", one_line=False)
    sy.ses(m, "mbank-companynet.com.pl", "54.240.%d.%d" % (r.choice([3, 4, 7]), r.randint(10, 250)), region="eu-west-1")


@msg(ATT, 26, "pl", "formularz-google-premia",
     "Real Google Forms invitation from 'Dział Kadr': verify your data for the 2026 Christmas bonus; the form asks "
     "for the corporate e-mail address and password",
     "Abuse of a real platform: genuine Google mail (DKIM d=google.com), the phishing form is hosted on "
     "docs.google.com; HR does not run on a Gmail account (kadry.examplegroup@gmail.com) and never asks for "
     "passwords; bonus lure before Christmas")
def a26(m):
    m.when(2026, 12, 4, 11, 8, 15)
    m.frm = ("Dział Kadr (przez Formularze Google)", "forms-receipts-noreply@google.com")
    m.reply_to = [("", "kadry.examplegroup@gmail.com")]
    m.to = [org.st("katarzyna.wisniewska")]
    m.subject = "Weryfikacja danych do wypłaty premii świątecznej 2026"
    r = m.rng
    fid = "1FAIpQLS" + r.alnum(48, util.string.ascii_letters + util.string.digits + "_-")
    url = "https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link" % fid
    paras = ["Zaproszono Cię do wypełnienia formularza:",
             "**Weryfikacja danych do wypłaty premii świątecznej 2026**",
             "Szanowni Pracownicy, w celu naliczenia premii świątecznej prosimy o potwierdzenie danych (imię i "
             "nazwisko, służbowy adres e-mail i hasło do konta firmowego) do 8 grudnia. Dział Kadr"]
    after = ["Nie możesz wypełnić formularza? Wypełnij go w Formularzach Google: %s" % url]
    footer = ["Utworzono w Formularzach Google. Nigdy nie podawaj haseł w formularzach Google.",
              "[Zgłoś nadużycie](https://docs.google.com/forms/u/0/d/e/%s/reportabuse?source=%s)" % (fid, url.split("?")[0]),
              "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"]
    html = bd.notice_html("Formularze Google", "#673AB7", "Weryfikacja danych do wypłaty premii świątecznej 2026",
                          paras, ("WYPEŁNIJ FORMULARZ", url), footer, lang="pl", after_button=after,
                          font="Roboto,Arial,sans-serif")
    text = bd.notice_text("Weryfikacja danych do wypłaty premii świątecznej 2026", paras,
                          ("WYPEŁNIJ FORMULARZ", url), footer, after)
    bd.alt(m, text, html, "000000000000" + r.hexs(12), "UTF-8", "quoted-printable")
    m.mailfrom = "3%s@forms-receipts-noreply.bounces.google.com" % r.alnum(40, "abcdefghijklmnopqrstuvwxyz0123456789")
    sy.gmail(m, domain="google.com", host=("mail-sor-f69.google.com", "209.85.220.69"), features=False,
             sel="20230601")
