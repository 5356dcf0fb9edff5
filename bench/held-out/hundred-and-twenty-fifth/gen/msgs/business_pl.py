"""Business messages 22-26 (Polish)."""

import base64
import hashlib

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt, quote_hdr
from lib.util import CRLF, secs, rfcdate

BUS = "business"
PLOG = org.PLOG
NIP_EX = org.OFF["PL"]["taxid"][1]


def _homepl(m, hdrs, client_ip, user):
    r = m.rng
    sy.relay(m, PLOG["relay"][0], PLOG["relay"][1], hdrs, submit={"kind": "raw", "lines": [
        "Received: from DESKTOP-%s (%s.static.gadki.vectranet.pl [%s])" % (r.alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                                                                          client_ip.replace(".", "-"), client_ip) + CRLF +
        "\t(Authenticated sender: %s)" % user + CRLF +
        "\tby %s (Postfix) with ESMTPSA id %s;" % (PLOG["relay"][0], util.postfix_qid(r)) + CRLF +
        "\t" + rfcdate(m.date + secs(1), "Europe/Warsaw", comment=True)]}, tls="1.2")


@msg(BUS, 22, "pl", "partner-logistik-faktura-ksef-kod-qr",
     "Partner Logistik's accounting sends the PDF visualisation of the October storage/distribution invoice issued "
     "in KSeF, with the KSeF number and the official verification QR code (KOD I)",
     "Genuine structured-invoice visualisation: known partner mailbox on home.pl (no DKIM, as always for this "
     "partner), QR points to qr.ksef.mf.gov.pl with the seller's NIP and the invoice hash, bank account is the "
     "partner's long-standing mBank account (on the VAT white list)",
     pair=[(22, "KSeF invoice with QR code", "genuine QR goes to the Ministry's qr.ksef.mf.gov.pl; the attack's QR "
            "and button go to ksef-weryfikacja.pl"),
           (23, "Partner Logistik invoice", "same sender domain and account as every month; the attack uses "
            "partner-logistic.pl and a new account")])
def b22(m):
    m.when(2026, 11, 2, 9, 12, 5)
    m.frm = PLOG["people"]["ksieg"][:2]
    m.to = [org.st("michal.kowalczyk")]
    m.subject = "Faktura FV/2026/10/0791 - Partner Logistik sp. z o.o."
    m.hcs = ("iso-8859-2", "Q", "iso-8859-2")
    bank = PLOG["bank"]
    xmlinv = ("<Faktura><Naglowek><KodFormularza>FA</KodFormularza><WariantFormularza>3</WariantFormularza></Naglowek>"
              "<Podmiot1><NIP>%s</NIP></Podmiot1><Podmiot2><NIP>%s</NIP></Podmiot2><Fa><P_1>2026-10-31</P_1>"
              "<P_2>FV/2026/10/0791</P_2></Fa></Faktura>" % (PLOG["vat"], NIP_EX)).encode()
    h = base64.urlsafe_b64encode(hashlib.sha256(xmlinv).digest()).decode().rstrip("=")
    qr = "https://qr.ksef.mf.gov.pl/invoice/%s/31-10-2026/%s" % (PLOG["vat"], h)
    ksef = "%s-20261031-%s-%s" % (PLOG["vat"], hashlib.md5(xmlinv).hexdigest()[:12].upper(),
                                  hashlib.md5(xmlinv).hexdigest()[12:14].upper())
    pdfb, total = docs.invoice(
        "pl", ["Partner Logistik sp. z o.o.", "ul. Składowa 12, 62-023 Gądki", "NIP " + ident.fmt_nip(PLOG["vat"]),
               "ksiegowosc@partner-logistik.pl · tel. +48 61 226 47 30"],
        ["Example Apteki sp. z o.o.", "ul. Grabiszyńska 241", "53-234 Wrocław", "NIP " + ident.fmt_nip(NIP_EX)],
        [("Numer faktury", "FV/2026/10/0791"), ("Data wystawienia", "31.10.2026"), ("Data sprzedaży", "10.2026"),
         ("Termin płatności", "30.11.2026"), ("Numer KSeF", ksef)],
        [("Magazynowanie towarów farmaceutycznych (GDP), 398 miejsc paletowych, październik 2026", 398, 28.50, 23),
         ("Dystrybucja do aptek – 23 punkty, 101 kursów", 101, 35.00, 23),
         ("Obsługa zwrotów i utylizacja – październik 2026", 1, 640.00, 23)],
        [bank["bank"], "IBAN " + ident.fmt_iban(bank["iban"]), "BIC " + bank["bic"], "Tytuł: FV/2026/10/0791"],
        dict(title="FV/2026/10/0791", author="Partner Logistik", creator="Comarch ERP Optima",
             producer="Comarch ERP Optima 2026.1", date="D:20261031151840+01'00'"),
        color=(30, 90, 60), currency="PLN", qr=qr, qr_caption="KOD I – weryfikacja w KSeF",
        title="Faktura VAT – wizualizacja KSeF",
        notes=["Faktura wystawiona w Krajowym Systemie e-Faktur. Niniejszy dokument jest wizualizacją faktury "
               "ustrukturyzowanej.", "Mechanizm podzielonej płatności."],
        footer=["Partner Logistik sp. z o.o. · KRS 0000487211 · kapitał zakładowy 500 000 zł"])
    m.want_qr(qr)
    text = ("Dzień dobry,\n\n"
            "w załączeniu przesyłamy wizualizację faktury FV/2026/10/0791 z 31.10.2026 r. za usługi magazynowe i "
            "dystrybucyjne za październik.\n\n"
            "Faktura została wystawiona w KSeF pod numerem %s i jest dostępna w Państwa systemie do odbioru faktur. "
            "Rachunek bankowy bez zmian (mBank, zgłoszony na białej liście).\n\n"
            "Pozdrawiamy\nDział Księgowości\nPartner Logistik sp. z o.o.\nul. Składowa 12, 62-023 Gądki\n"
            "tel. +48 61 226 47 30\n" % ksef)
    m.fact("phone", "+48 61 226 47 30")
    a = att(m, pdfb, "application/pdf", "FV_2026_10_0791.pdf", "outlook")
    bd.outlook(m, text, "iso-8859-2", attachments=[a], html_lang="PL", nextpart=True)
    hdrs = sy.mua_outlook16(m)
    _homepl(m, hdrs, "91.225.%d.%d" % (m.rng.randint(1, 250), m.rng.randint(1, 250)), "ksiegowosc@partner-logistik.pl")


@msg(BUS, 23, "pl", "partner-logistik-awizacja-swieta",
     "Tadeusz Zieliński (Partner Logistik) sends the delivery schedule for week 48 and the warehouse hours over "
     "Christmas (XLSX), copying the Polish accountant",
     "Genuine operational mail from the partner's real domain via home.pl with Outlook (iso-8859-2), content "
     "consistent with the logistics contract, no payment instructions",
     pair=[(23, "mail from Tadeusz Zieliński", "real partner-logistik.pl and operations topic; the attack on "
            "partner-logistic.pl changes the bank account")])
def b23(m):
    m.when(2026, 11, 20, 13, 8, 44)
    p = PLOG["people"]["zielinski"]
    m.frm = p[:2]
    m.to = [org.st("katarzyna.wisniewska")]
    m.cc = [org.st("michal.kowalczyk")]
    m.subject = "Awizacja dostaw - tydzień 48 oraz godziny pracy magazynu w okresie świątecznym"
    m.hcs = ("iso-8859-2", "Q", "iso-8859-2")
    rows = [["**Dzień", "**Data", "**Trasa", "**Apteki", "**Okno dostawy"],
            ["poniedziałek", "23.11.2026", "Wrocław Centrum / Krzyki", 6, "06:00-09:30"],
            ["wtorek", "24.11.2026", "Wrocław Fabryczna / Leśnica", 5, "06:00-09:30"],
            ["środa", "25.11.2026", "Oleśnica / Oława / Brzeg", 4, "07:00-11:00"],
            ["czwartek", "26.11.2026", "Poznań Grunwald / Jeżyce", 5, "06:30-10:00"],
            ["piątek", "27.11.2026", "Leszno / Kościan", 3, "08:00-12:00"],
            [], ["**Okres świąteczny", "", "", "", ""],
            ["24.12.2026", "Wigilia", "magazyn czynny 06:00-12:00", "", ""],
            ["25-26.12.2026", "Święta", "magazyn nieczynny", "", ""],
            ["31.12.2026", "Sylwester", "magazyn czynny 06:00-14:00", "", ""],
            ["01.01.2027", "Nowy Rok", "magazyn nieczynny", "", ""]]
    xl = archive.xlsx([("Tydzień 48", rows)], title="Awizacja W48", creator="Tadeusz Zieliński",
                      created="2026-11-20T11:40:00Z", dt=(2026, 11, 20, 12, 40, 0))
    text = ("Dzień dobry Pani Katarzyno,\n\n"
            "w załączeniu awizacja dostaw na tydzień 48 oraz godziny pracy magazynu w Gądkach w okresie "
            "świątecznym.\n\n"
            "Proszę o przekazanie aptekom, że w środę 25.11 trasa Oleśnica/Oława/Brzeg będzie obsługiwana później "
            "(okno 07:00-11:00) z powodu inwentaryzacji w strefie chłodniczej.\n\n"
            "Zamówienia na dostawy przed świętami prosimy składać najpóźniej do 21.12 do godz. 12:00.\n\n"
            "Pozdrawiam\n\n"
            "Tadeusz Zieliński\nKierownik obsługi klienta\nPartner Logistik sp. z o.o.\n"
            "ul. Składowa 12, 62-023 Gądki\ntel. +48 61 226 47 30, kom. +48 601 337 218\n")
    m.fact("phone", "+48 601 337 218")
    a = att(m, xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Awizacja_W48_swieta.xlsx",
            "outlook")
    bd.outlook(m, text, "iso-8859-2", attachments=[a], html_lang="PL", nextpart=True)
    hdrs = sy.mua_outlook16(m)
    _homepl(m, hdrs, "91.225.%d.%d" % (m.rng.randint(1, 250), m.rng.randint(1, 250)), "t.zielinski@partner-logistik.pl")


@msg(BUS, 24, "pl", "platforma-zakupowa-nowe-postepowanie",
     "Platforma Zakupowa (Open Nexus) alert: a long-term care centre in Wrocław published a tender for the supply of "
     "medicinal products to its hospital pharmacy; link to the proceeding on platformazakupowa.pl",
     "Genuine tender alert from the public-procurement platform the company is registered on: platform's own domain "
     "and link, no attachment, standard alert wording with unsubscribe settings",
     pair=[(24, "request for quotation for pharmacy products", "public tender alert on the official platform vs. a "
            "free-mail 'wholesaler' sending a Dropbox ZIP")])
def b24(m):
    m.when(2026, 10, 27, 7, 31, 10)
    m.frm = ("Platforma Zakupowa", "powiadomienia@platformazakupowa.pl")
    m.to = [org.st("katarzyna.wisniewska")]
    m.subject = "Nowe postępowanie: Dostawa produktów leczniczych do apteki szpitalnej (ZP/41/2026)"
    r = m.rng
    url = "https://platformazakupowa.pl/transakcja/%d" % r.randint(1100000, 1199999)
    paras = ["Dzień dobry,",
             "w Twoich obszarach zainteresowań (CPV 33600000-6 Produkty farmaceutyczne, województwo dolnośląskie) "
             "opublikowano nowe postępowanie:",
             "**Dostawa produktów leczniczych i wyrobów medycznych do apteki szpitalnej**\n"
             "Zamawiający: Wrocławskie Centrum Opieki Długoterminowej\nNumer: ZP/41/2026\n"
             "Tryb: podstawowy (art. 275 pkt 1 Pzp)\nTermin składania ofert: 12.11.2026, 10:00",
             "Wszystkie dokumenty zamówienia, pytania i odpowiedzi znajdziesz na stronie postępowania."]
    footer = ["Open Nexus Sp. z o.o. · ul. Bolesława Prusa 12 · 61-001 Poznań",
              "Ustawienia powiadomień zmienisz w [swoim profilu](https://platformazakupowa.pl/account/settings)."]
    html = bd.notice_html("platformazakupowa.pl", "#005ca9", "Nowe postępowanie w Twojej branży", paras,
                          ("Przejdź do postępowania", url), footer, lang="pl")
    text = bd.notice_text("Nowe postępowanie w Twojej branży", paras, ("Przejdź do postępowania", url), footer)
    bd.alt(m, text, html, r.hexs(60), "utf-8", "quoted-printable", quoted=False)
    sy.sendgrid(m, "platformazakupowa.pl", "149.72.%d.%d" % (r.randint(120, 250), r.randint(2, 250)), 7731205)


@msg(BUS, 25, "pl", "mbank-companynet-zmiana-regulaminu",
     "mBank informs CompanyNet users about changes to the terms from 1 January 2027 and reminds that the bank never "
     "asks for passwords or token codes by e-mail",
     "Genuine bank notice: mbank.pl domain (DKIM/DMARC pass), informational, no login link (only the public "
     "mbank.pl/firmy page), explicit anti-phishing advice",
     pair=[(25, "mBank CompanyNet notice", "genuine information without a login link; the attack threatens a block "
            "and links to mbank-weryfikacja.com")])
def b25(m):
    m.when(2026, 11, 30, 10, 5, 44)
    m.frm = ("mBank", "kontakt@mbank.pl")
    m.to = [org.st("michal.kowalczyk")]
    m.subject = "Zmiany w Regulaminie rachunków bankowych dla Klientów korporacyjnych od 1 stycznia 2027 r."
    r = m.rng
    paras = ["Szanowni Państwo,",
             "informujemy, że od 1 stycznia 2027 r. zmieniają się Regulamin rachunków bankowych dla Klientów "
             "korporacyjnych oraz Taryfa prowizji i opłat. Najważniejsze zmiany dotyczą obsługi przelewów "
             "natychmiastowych w euro oraz nowych limitów dla użytkowników aplikacji mobilnej CompanyMobile.",
             "Pełną treść dokumentów znajdą Państwo w systemie CompanyNet (zakładka Dokumenty) oraz na stronie "
             "[mbank.pl/firmy](https://www.mbank.pl/firmy/).",
             "Jeśli nie akceptują Państwo zmian, mogą Państwo złożyć sprzeciw przed 1 stycznia 2027 r.",
             "**Pamiętaj:** mBank nigdy nie prosi w wiadomościach e-mail o podanie loginu, hasła ani kodów z tokena i "
             "nie wysyła linków do logowania."]
    footer = ["mBank S.A. z siedzibą w Warszawie, ul. Prosta 18, 00-850 Warszawa, KRS 0000025237",
              "Infolinia dla firm: 801 273 273, +48 22 627 32 73"]
    m.fact("phone", "+48 22 627 32 73")
    html = bd.notice_html("mBank", "#ae0026", "Zmiany w Regulaminie od 1 stycznia 2027 r.", paras, None, footer,
                          lang="pl")
    text = bd.notice_text("Zmiany w Regulaminie od 1 stycznia 2027 r.", paras, None, footer)
    bd.alt(m, text, html, "----=_Part_%d_%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9)), "UTF-8",
           "quoted-printable", one_line=False)
    m.msgid = "%d.%d.%d@mailing.mbank.pl" % (r.randint(10**6, 10**7), r.randint(10**6, 10**7), util.epoch(m.date) * 1000)
    hdrs = m.std(["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "MIME"])
    hdrs += ["X-Campaign-Id: CN-REG-2027-01", "Auto-Submitted: auto-generated"]
    sy.relay(m, "mailout2.mbank.pl", "193.111.166.42", hdrs, submit={"kind": "raw", "lines": [
        "Received: from mailing-app03.mbank.pl (mailing-app03.mbank.pl [10.150.4.23])" + CRLF +
        "\tby mailout2.mbank.pl (Postfix) with ESMTP id %s" % util.postfix_qid(r) + CRLF +
        "\tfor <michal.kowalczyk@example.com>; %s" % rfcdate(m.date + secs(1), "Europe/Warsaw", comment=True)]},
        dkim=[("mbank.pl", "mbank2026", "relaxed/relaxed", "From:To:Subject:Date:Message-ID:Content-Type:MIME-Version")],
        tls="1.3", mailfrom="bounce@mailing.mbank.pl")


@msg(BUS, 26, "pl", "formularz-google-ankieta-partner-logistik",
     "Google Forms invitation from Tadeusz Zieliński (Partner Logistik): annual customer satisfaction survey, 8 "
     "questions about delivery punctuality and communication",
     "Genuine Google Forms use: real Google mail, Reply-To is the partner's real address, survey asks for ratings "
     "and comments only (no credentials), announced in the last quarterly meeting",
     pair=[(26, "Google Forms invitation", "genuine survey from a known partner asking for ratings; the attack is a "
            "Gmail 'HR' form harvesting passwords")])
def b26(m):
    m.when(2026, 12, 3, 12, 44, 30)
    m.frm = ("Tadeusz Zieliński (przez Formularze Google)", "forms-receipts-noreply@google.com")
    m.reply_to = [("", "t.zielinski@partner-logistik.pl")]
    m.to = [org.st("katarzyna.wisniewska")]
    m.subject = "Ankieta satysfakcji klientów Partner Logistik 2026"
    r = m.rng
    fid = "1FAIpQLS" + r.alnum(48, util.string.ascii_letters + util.string.digits + "_-")
    url = "https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link" % fid
    paras = ["Tadeusz Zieliński zaprosił Cię do wypełnienia formularza:",
             "**Ankieta satysfakcji klientów Partner Logistik 2026**",
             "Szanowni Państwo, jak zapowiadałem na spotkaniu kwartalnym, prosimy o ocenę naszej współpracy w 2026 r. "
             "(8 pytań, ok. 3 minuty): terminowość dostaw, kontakt z obsługą klienta, obsługa zwrotów. Dziękuję! "
             "Tadeusz Zieliński"]
    after = ["Nie możesz wypełnić formularza? Wypełnij go w Formularzach Google: %s" % url]
    footer = ["Utworzono w Formularzach Google. Nigdy nie podawaj haseł w formularzach Google.",
              "[Zgłoś nadużycie](https://docs.google.com/forms/u/0/d/e/%s/reportabuse?source=%s)" % (fid, url.split("?")[0]),
              "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"]
    html = bd.notice_html("Formularze Google", "#673AB7", "Ankieta satysfakcji klientów Partner Logistik 2026", paras,
                          ("WYPEŁNIJ FORMULARZ", url), footer, lang="pl", after_button=after,
                          font="Roboto,Arial,sans-serif")
    text = bd.notice_text("Ankieta satysfakcji klientów Partner Logistik 2026", paras, ("WYPEŁNIJ FORMULARZ", url),
                          footer, after)
    bd.alt(m, text, html, "000000000000" + r.hexs(12), "UTF-8", "quoted-printable")
    m.mailfrom = "3%s@forms-receipts-noreply.bounces.google.com" % r.alnum(40, "abcdefghijklmnopqrstuvwxyz0123456789")
    sy.gmail(m, domain="google.com", host=("mail-sor-f69.google.com", "209.85.220.69"), features=False, sel="20230601")
