"""Business messages, Polish (22-26)."""
from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, gmail_body, tb_body)
from lib import systems as S, world as W, ident as I, docs, office, mime
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, rb64url, ALNUM
from messages.b_de import tb_mua

P = W.PARTNER
PL = W.OFF["PL"]
EG_PL = ["Example Group Polska sp. z o.o.", "ul. Na Ostrowiu 15", "80-958 Gdańsk", "NIP %s" % PL["ids"]["NIP"]]


def fmt_pl_iban(ib):
    return I.iban_fmt(ib)


# ---------------------------------------------------------------------------------------------
@message("business", "22-pl-partner-logistik-faktura-ksef")
def b22(m):
    r = m.r
    t = at(2026, 10, 21, 12, 31, 7, zone="PL")
    bank = P["old_bank"]
    items = [("Obsługa przeładunkowa - rury pływające DN800 (HDPE), BCT Gdynia\nrozładunek z naczepy, składowanie 14 dni", 1,
              "usł.", 12400.00),
             ("Agencja celna - odprawa wywozowa (pompa booster, części zamienne)\nSAD/EX-A, 3 zgłoszenia", 3, "szt.", 450.00),
             ("Transport Gdynia - Gdańsk, Nabrzeże Bytomskie\nzestaw niskopodwoziowy, 2 kursy", 2, "kurs", 2850.00)]
    net = round(sum(q * p for _, q, _, p in items), 2)
    gross = round(net * 1.23, 2)
    ksef = "%s-20261021-%s-%s" % (P["nip"], rhex(r, 12).upper(), rhex(r, 2).upper())
    inv_xml_hash = I.sha256_b64url(("FA3|FV/2026/10/0712|%s|%.2f" % (P["nip"], gross)).encode())
    qr_url = "https://qr.ksef.mf.gov.pl/invoice/%s/21-10-2026/%s" % (P["nip"], inv_xml_hash)
    pdfb, net2, vat, gross2 = docs.invoice_pdf(
        m, "pl", dict(name="Partner Logistik sp. z o.o.", tag=["Spedycja · Agencja celna · Obsługa portowa"],
                      lines=["Partner Logistik sp. z o.o.", "ul. Polska 13", "81-339 Gdynia", "NIP %s" % P["nip"],
                             "tel. +48 58 621 77 40", "ksiegowosc@partner-logistik.pl"],
                      short=["Partner Logistik sp. z o.o.", "ul. Polska 13", "81-339 Gdynia"]),
        EG_PL, [("Numer faktury", "FV/2026/10/0712"), ("Data wystawienia", "21.10.2026"), ("Data sprzedaży", "20.10.2026"),
                ("Numer KSeF", ksef[:24]), ("", ksef[24:]), ("Termin płatności", "20.11.2026")],
        items, 23,
        ["Forma płatności: przelew, termin 30 dni", "%s, BIC %s" % (bank[0], bank[1]),
         "Rachunek: %s" % fmt_pl_iban(bank[2])],
        [["Partner Logistik sp. z o.o.", "ul. Polska 13, 81-339 Gdynia", "KRS %s" % P["krs"]],
         ["NIP %s" % P["nip"], "Kapitał zakładowy 250 000 zł"], ["Faktura wystawiona w KSeF", "Wizualizacja faktury ustrukturyzowanej"]],
        t, 120, qr_payload=qr_url, qr_label="KOD I - weryfikacja faktury w KSeF", creator="Comarch ERP Optima 2026.1",
        producer="Comarch ERP Optima", color=(200, 60, 20), currency="PLN", loc="pl",
        notes=dict(intro="Faktura wystawiona w Krajowym Systemie e-Faktur. Niniejszy dokument jest wizualizacją."))
    text = ("Dzień dobry,\n\nw załączeniu przesyłamy wizualizację faktury FV/2026/10/0712 z dnia 21.10.2026 r. "
            "Faktura została wystawiona w KSeF i jest dostępna w Państwa systemie pod numerem:\n%s\n\n"
            "Kwota do zapłaty: %s zł, termin płatności: 20.11.2026 r.\n\n"
            "Pozdrawiamy\nDział Księgowości\nPartner Logistik sp. z o.o.\nul. Polska 13, 81-339 Gdynia\ntel. +48 58 621 77 40\n"
            % (ksef, docs.money(gross, "pl").replace("\u00a0", " ")))
    root = tb_body(m, text, "UTF-8", [m.attach(pdfb, "application/pdf", "FV_2026_10_0712.pdf", style="tb")],
                   flowed=True, cte="quoted-printable")
    ctx = m.ctx(t, P["people"]["ksieg"][:2], [W.st("katarzyna")], "Faktura FV/2026/10/0712 - Partner Logistik sp. z o.o.",
                root, zone="PL")
    ctx.msgid = "<%s@partner-logistik.pl>" % ruuid(r)
    res = S.homepl(ctx, ("[192.168.0.121]", "89-64-97-12.dynamic.chello.pl", "89.64.97.12"), tb_mua(ctx, lang="pl"),
                   dkim_dom="partner-logistik.pl")
    m.facts(iban=[bank[2]], url=[qr_url])
    m.phone("+48 58 621 77 40")
    m.describe("Logistics partner's accounting sends the visualisation of a KSeF e-invoice (port handling, customs "
               "agency, heavy transport) with KSeF number and the official 'KOD I' verification QR code.",
               "Genuine: partner's own home.pl mailbox (DKIM/DMARC pass), invoice already in KSeF (number given), QR "
               "points to qr.ksef.mf.gov.pl with the seller NIP and hash, IBAN is the partner's known Pekao account.",
               pair="A22 (KSeF phishing), A23 (look-alike bank change)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "23-pl-partner-logistik-zmiana-rachunku-prawidlowa")
def b23(m):
    r = m.r
    t = at(2026, 11, 3, 10, 2, 44, zone="PL")
    old, new = P["old_bank"], P["new_bank"]
    letter = ("Szanowni Państwo,\n\n"
              "informujemy, że od dnia 01.12.2026 r. rachunkiem właściwym do regulowania należności na rzecz "
              "Partner Logistik sp. z o.o. będzie rachunek prowadzony przez %s:\n\n%s\n\n"
              "Rachunek jest ujawniony w wykazie podatników VAT (tzw. biała lista) i może być używany w mechanizmie "
              "podzielonej płatności. Dotychczasowy rachunek w %s (%s) pozostanie aktywny do 28.02.2027 r.\n\n"
              "Prosimy o weryfikację zmiany telefonicznie pod dotychczasowym numerem naszej księgowości. Pismo zostało "
              "podpisane kwalifikowanym podpisem elektronicznym przez dwóch członków zarządu zgodnie z zasadami "
              "reprezentacji spółki." % (new[0], fmt_pl_iban(new[2]), old[0], fmt_pl_iban(old[2])))
    pdfb = docs.letter_pdf(m, "Partner Logistik", ["Partner Logistik sp. z o.o.", "ul. Polska 13", "81-339 Gdynia",
                                                   "NIP %s" % P["nip"], "KRS %s" % P["krs"]],
                           ["Example Group Polska sp. z o.o.", "Dział Księgowości", "ul. Na Ostrowiu 15", "80-958 Gdańsk"],
                           "Gdynia, 02.11.2026", "Zmiana rachunku bankowego od 01.12.2026 r.", letter,
                           ["Z poważaniem", "", "Tadeusz Zieliński - Prezes Zarządu",
                            "Małgorzata Zielińska-Kruk - Członek Zarządu", "(dokument podpisany kwalifikowanym podpisem elektronicznym)"],
                           [["Partner Logistik sp. z o.o.", "ul. Polska 13, 81-339 Gdynia"],
                            ["Sąd Rejonowy Gdańsk-Północ, VIII Wydział KRS", "KRS %s, NIP %s" % (P["krs"], P["nip"])]],
                           t, 60, creator="Microsoft® Word 2021", producer="Microsoft® Word 2021", color=(200, 60, 20),
                           lang="pl-PL")
    text = ("Dzień dobry Pani Katarzyno,\n\n"
            "w załączeniu przesyłam pismo o zmianie naszego rachunku bankowego od 1 grudnia (przechodzimy z Pekao do "
            "mBanku). Stary rachunek będzie jeszcze aktywny do końca lutego, więc nic się nie stanie, jeśli któraś "
            "płatność pójdzie jeszcze na stary numer.\n\n"
            "Nowy rachunek jest już na białej liście - proszę go sprawdzić w wykazie przed pierwszym przelewem i, tak jak "
            "ustalaliśmy przy poprzednich zmianach, potwierdzić telefonicznie z naszą księgową, panią Ewą (58 621 77 40 "
            "wew. 12). Oryginał pisma z podpisami kwalifikowanymi wysłaliśmy również przez ePUAP.\n\n"
            "Pozdrawiam serdecznie\nTadeusz Zieliński\n\n-- \nTadeusz Zieliński\nPrezes Zarządu\nPartner Logistik sp. z o.o.\n"
            "ul. Polska 13, 81-339 Gdynia\ntel. +48 58 621 77 40 | kom. +48 601 448 213\n")
    root = tb_body(m, text, "UTF-8", [m.attach(pdfb, "application/pdf", "Zmiana_rachunku_od_01.12.2026.pdf", style="tb")],
                   flowed=True, cte="8bit")
    ctx = m.ctx(t, P["people"]["zielinski"][:2], [W.st("katarzyna")],
                "Zmiana rachunku bankowego od 01.12.2026 - prośba o weryfikację", root, zone="PL", subj_enc="Q")
    ctx.msgid = "<%s@partner-logistik.pl>" % ruuid(r)
    res = S.homepl(ctx, ("[192.168.0.143]", "89-64-97-12.dynamic.chello.pl", "89.64.97.12"), tb_mua(ctx, lang="pl"),
                   dkim_dom="partner-logistik.pl")
    m.facts(iban=[old[2], new[2]])
    m.phone("+48 58 621 77 40", "+48 601 448 213")
    m.describe("The logistics partner's CEO announces a change of bank account from 01.12.2026 with a letter signed by two "
               "board members (qualified e-signature); the old account stays active until end of February.",
               "Genuine: real domain and mail system (home.pl, DKIM/DMARC pass), long lead time, overlap period, "
               "explicitly asks to verify on the VAT white list and by phone with the known accountant, original sent "
               "via ePUAP.",
               pair="A23 (look-alike bank change)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "24-pl-platformazakupowa-nowe-postepowanie")
def b24(m):
    r = m.r
    t = at(2026, 10, 15, 6, 30, 2, zone="PL")
    tid = 1184472
    link = "https://platformazakupowa.pl/transakcja/%d" % tid
    settings = "https://platformazakupowa.pl/panel/powiadomienia"
    text = ("Dzień dobry,\n\n"
            "na Platformie Zakupowej pojawiło się nowe postępowanie zgodne z Twoimi ustawieniami powiadomień "
            "(kategoria: roboty hydrotechniczne, województwo pomorskie):\n\n"
            "Zamawiający: Urząd Morski w Gdyni\n"
            "Nazwa: Utrzymanie głębokości toru podejściowego do portu Władysławowo - roboty czerpalne w latach 2027-2028\n"
            "Numer postępowania: UMG-ZP-2026/71\nTryb: przetarg nieograniczony (powyżej progów unijnych)\n"
            "Termin składania ofert: 12.01.2027, godz. 10:00\n\n"
            "Szczegóły postępowania i dokumenty zamówienia: %s\n\n"
            "Pytania do treści SWZ można zadawać wyłącznie przez formularz w postępowaniu na Platformie.\n\n"
            "Zarządzaj powiadomieniami: %s\n\n"
            "Pozdrawiamy\nZespół platformazakupowa.pl\nOpen Nexus sp. z o.o., ul. Bolesława Orzechowicza 4, 61-065 Poznań\n"
            % (link, settings))
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f5f6f8;margin:0">'
           '<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Lato,Arial,'
           'sans-serif;font-size:14px;color:#2d2d2d"><tr><td style="padding:20px 28px;border-bottom:3px solid #00a0e3;'
           'font-size:20px;font-weight:bold;color:#00a0e3">platformazakupowa.pl</td></tr><tr><td style="padding:22px 28px">' +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[:3]) +
           '<p><a href="%s" style="background:#00a0e3;color:#fff;padding:10px 20px;text-decoration:none">Przejdź do postępowania</a></p>'
           '<p>Pytania do treści SWZ można zadawać wyłącznie przez formularz w postępowaniu na Platformie.</p>'
           '<p style="font-size:12px"><a href="%s">Zarządzaj powiadomieniami</a></p></td></tr><tr><td style="padding:14px 28px;'
           'font-size:11px;color:#888">Zespół platformazakupowa.pl · Open Nexus sp. z o.o., ul. Bolesława Orzechowicza 4, '
           '61-065 Poznań</td></tr></table></body></html>' % (link, settings))
    root = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"), m.html(htm, "utf-8", "quoted-printable")],
                   style="hex")
    ctx = m.ctx(t, ("platformazakupowa.pl", "powiadomienia@platformazakupowa.pl"), [W.st("agnieszka")],
                "Nowe postępowanie: Utrzymanie głębokości toru podejściowego do portu Władysławowo - roboty czerpalne", root,
                zone="PL")
    ctx.msgid = "<%s@platformazakupowa.pl>" % rhex(r, 32)
    ctx.env_from = "bounce-%s@platformazakupowa.pl" % rhex(r, 8)
    mua = [("Date", ctx.date()), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Subject", ctx.subj()),
           ("Message-ID", ctx.msgid), ("MIME-Version", "1.0"), ("__MIME__", None),
           ("List-Unsubscribe", "<%s>" % settings), ("Auto-Submitted", "auto-generated")]
    res = S.platform(ctx, "mail3.platformazakupowa.pl", "192.0.2.93", mua,
                     [("platformazakupowa.pl", "pz2024", "From:To:Subject:Date:Message-ID:List-Unsubscribe", "opendkim")],
                     inner=["from app-notify-07 (unknown [10.3.7.17])\n\tby mail3.platformazakupowa.pl (Postfix) with ESMTP id {QID}"
                            "\n\tfor <%s>; {DATE}" % W.st("agnieszka")[1]], dmarc=("pass", "quarantine"))
    m.facts(url=[link, settings])
    m.describe("Genuine tender alert from the e-procurement platform used by Polish public buyers: the Maritime Office "
               "in Gdynia publishes a fairway maintenance-dredging tender.",
               "Genuine: subscribed notification with the recipient's own alert criteria, links only to "
               "platformazakupowa.pl, no attachment or login form in the mail, questions only via the platform.",
               pair="A24 (fake RFQ with HTML login attachment)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "25-pl-santander-komunikat-prace-serwisowe")
def b25(m):
    r = m.r
    t = at(2026, 11, 18, 16, 5, 41, zone="PL")
    text = ("Szanowni Państwo,\n\n"
            "uprzejmie informujemy, że w nocy z 21 na 22 listopada 2026 r. (sobota/niedziela), w godzinach 23:00-05:00, "
            "przeprowadzimy prace serwisowe systemu iBiznes24 i aplikacji iBiznes24 mobile.\n\n"
            "W tym czasie:\n- logowanie do iBiznes24 i iBiznes24 mobile nie będzie możliwe,\n"
            "- przelewy natychmiastowe Express Elixir i BlueCash nie będą realizowane,\n"
            "- zlecenia z datą przyszłą zostaną wykonane po zakończeniu prac.\n\n"
            "Przepraszamy za utrudnienia.\n\n"
            "Pamiętaj o bezpieczeństwie: nigdy nie prosimy o podawanie haseł, kodów SMS ani o skanowanie kodów QR z "
            "wiadomości e-mail. Do iBiznes24 loguj się, wpisując adres strony samodzielnie w przeglądarce.\n\n"
            "Z poważaniem\nSantander Bank Polska S.A.\n\n"
            "Wiadomość została wygenerowana automatycznie. Infolinia dla firm: 1 9999 (z tel. komórkowych +48 61 81 1 9999).\n"
            "Santander Bank Polska S.A. z siedzibą w Warszawie, al. Jana Pawła II 17, 00-854 Warszawa, KRS 0000008723, "
            "NIP 8960005673.\n")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body style="margin:0">'
           '<table width="600" align="center" style="font-family:Arial,sans-serif;font-size:14px;color:#222" cellpadding="0" '
           'cellspacing="0"><tr><td style="padding:18px 24px;border-bottom:3px solid #ec0000;font-size:22px;color:#ec0000">'
           '<b>Santander</b></td></tr><tr><td style="padding:22px 24px">' +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[:-1]) +
           '</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#777">' +
           "<br>".join(html_escape(x) for x in text.split("\n\n")[-1].split("\n")) + '</td></tr></table></body></html>')
    root = m.multi("alternative", [m.text(text, "iso-8859-2", "quoted-printable"),
                                   m.html(htm, "iso-8859-2", "quoted-printable")], style="generic")
    ctx = m.ctx(t, ("Santander Bank Polska", "komunikaty@santander.pl"), [W.st("katarzyna")],
                "Prace serwisowe iBiznes24 w nocy z 21 na 22 listopada", root, zone="PL", subj_cs="iso-8859-2",
                subj_enc="Q")
    ctx.msgid = "<%s.%d@mta7.e.santander.pl>" % (ruuid(r), r.randint(1000, 9999))
    ctx.env_from = "bounce-2418877_HTML-%d-7310005-%d@bounce.e.santander.pl" % (r.randint(10 ** 8, 10 ** 9), r.randint(100, 999))
    mua = [("Date", ctx.date(zone="US-E")), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Subject", ctx.subj()),
           ("MIME-Version", "1.0"), ("Reply-To", "Santander Bank Polska <reply-fec2157972660d7a-2418877_HTML-0@e.santander.pl>"),
           ("List-Unsubscribe", "<mailto:leave-fec2157972660d7a@e.santander.pl>"), ("__MIME__", None),
           ("Message-ID", ctx.msgid), ("x-CSA-Complaints", "csa-complaints@eco.de"),
           ("x-messageKey", ruuid(r)), ("X-SFMC-Stack", "50"), ("x-job", "7310005_2418877")]
    res = S.platform(ctx, "mta7.e.santander.pl", "13.111.31.7", mua,
                     [("e.santander.pl", "200608", "From:To:Subject:Date:List-Unsubscribe:Message-ID", "opendkim")],
                     dmarc=("pass", "reject"))
    m.phone("+48 61 81 1 9999")
    m.describe("Bank's service announcement about night maintenance of the corporate e-banking system (ISO-8859-2).",
               "Genuine: bank's marketing-cloud sending domain with DKIM/DMARC pass, no links at all, explicitly says the "
               "bank never asks to scan QR codes from e-mails.",
               pair="A25 (bank quishing with inline QR)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "26-pl-hydrobudowa-zamowienie-robot")
def b26(m):
    r = m.r
    t = at(2026, 10, 26, 11, 14, 39, zone="PL")
    H = W.HYDRO
    dt = (2026, 10, 26, 10, 58, 2)
    order = ("Zamawiający: Hydrobudowa Bałtyk S.A., ul. Marynarki Polskiej 96, 80-557 Gdańsk, NIP %s\n"
             "Wykonawca: Example Group Polska sp. z o.o., ul. Na Ostrowiu 15, 80-958 Gdańsk, NIP %s\n\n"
             "Przedmiot zamówienia: roboty czerpalne przy przebudowie Nabrzeża Bytomskiego w Gdańsku - pogłębienie akwenu "
             "do rzędnej -10,50 m, ok. 62 000 m3 urobku, transport refulerem na pole odkładu Górki Zachodnie.\n"
             "Wynagrodzenie ryczałtowe: 4 185 000,00 zł netto + VAT, płatne na podstawie protokołów odbioru częściowego.\n"
             "Termin realizacji: 15.01.2027 - 30.04.2027.\nWarunki: zgodnie z umową ramową UR/HB/2025/07 oraz przedmiarem "
             "w załączniku nr 1.\nZabezpieczenie: gwarancja należytego wykonania 5%% wynagrodzenia.\n\n"
             "Prosimy o potwierdzenie przyjęcia zamówienia do realizacji w terminie 7 dni." % (H["nip"], PL["ids"]["NIP"]))
    pdfb = docs.letter_pdf(m, "Hydrobudowa Bałtyk S.A.", ["ul. Marynarki Polskiej 96", "80-557 Gdańsk", "NIP %s" % H["nip"]],
                           EG_PL, "Gdańsk, 26.10.2026", "ZAMÓWIENIE nr ZAM/HB/2026/188", order,
                           ["Marek Lewandowski", "Kierownik Kontraktu"], [["Hydrobudowa Bałtyk S.A.", "KRS 0000214883"]],
                           t, 60, creator="Microsoft® Word 2016", producer="Microsoft® Word 2016", color=(0, 90, 70),
                           lang="pl-PL")
    xl = office.xlsx([("Przedmiar", [
        [("b", "Załącznik nr 1 - przedmiar robót czerpalnych, Nabrzeże Bytomskie")], [],
        [("b", "Poz."), ("b", "Opis"), ("b", "j.m."), ("b", "Ilość")],
        [1, "Mobilizacja i demobilizacja sprzętu pływającego", "kpl.", 1],
        [2, "Pogłębienie akwenu do rz. -10,50 m, grunty kat. I-III", "m3", 54000],
        [3, "Pogłębienie skarpy przy ściance szczelnej (robota czerpakowa)", "m3", 8000],
        [4, "Transport refulerem na pole odkładu Górki Zachodnie, L=3,2 km", "m3", 62000],
        [5, "Sondaże kontrolne przed i po robotach (MBES)", "kpl.", 2]])],
        dt, "Przedmiar", "Marek Lewandowski", "Hydrobudowa Bałtyk S.A.", widths=[6, 60, 8, 10])
    text = ("Dzień dobry Panie Piotrze,\n\n"
            "zgodnie z ustaleniami z narady koordynacyjnej z 22.10 przesyłam zamówienie nr ZAM/HB/2026/188 na roboty "
            "czerpalne przy Nabrzeżu Bytomskim wraz z przedmiarem.\n\n"
            "Prosimy o potwierdzenie przyjęcia zamówienia oraz przesłanie harmonogramu mobilizacji pogłębiarki i "
            "projektu organizacji robót czerpalnych do 6.11.\n\n"
            "Pozdrawiam\nMarek Lewandowski\nKierownik Kontraktu\nHydrobudowa Bałtyk S.A.\ntel. +48 601 227 310\n")
    root = m.multi("mixed", [
        m.multi("alternative", [m.text(text, "windows-1250", "quoted-printable"),
                                m.html(finalize_html(outlook_html(text, "PL"), "windows-1250"), "windows-1250", "quoted-printable")],
                style="generic", level=1),
        m.attach(pdfb, "application/pdf", "Zamówienie ZAM-HB-2026-188.pdf", fstyle="windows-1250:Q"),
        m.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Przedmiar robót czerpalnych.xlsx",
                 fstyle="windows-1250:Q")], style="generic")
    ctx = m.ctx(t, H["people"]["lewandowski"][:2], [W.st("piotr")],
                "Zamówienie ZAM/HB/2026/188 - roboty czerpalne Nabrzeże Bytomskie", root, zone="PL",
                cc=[W.st("agnieszka")], subj_cs="windows-1250", subj_enc="Q")
    mua = S.outlook_smtp_mua(ctx, "pl")
    res = S.nazwa(ctx, client_ip="83.26.113.9", mua=mua, dkim_dom="hydrobudowa-baltyk.pl")
    m.phone("+48 601 227 310")
    m.describe("Customer (general contractor) places a dredging order for a quay reconstruction in Gdańsk with PDF order "
               "and XLSX bill of quantities.",
               "Genuine: known customer's own domain on nazwa.pl with Outlook desktop (DKIM/DMARC pass), follows a "
               "coordination meeting, standard order documents, no links or credential requests.",
               pair="A24 (fake RFQ)")
    return m.finish(ctx, res)
