# -*- coding: utf-8 -*-
"""Genuine business mail, Polish (22-26)."""
from .common import *  # noqa: F401,F403
from .common import S, ACC, H, loc, ol_alt, outlook_html, ol_p, pdf_doc, zbp, tb_html
from .orgs import PL, sig_pl
from lib import util, checks as K, qr, archive, company as C, systems as SY
from lib.message import scenario


def fa3_xml(num, date, lines, net, vat, gross, nrb_acc):
    wiersze = "".join(
        "<FaWiersz><NrWierszaFa>%d</NrWierszaFa><P_7>%s</P_7><P_8A>%s</P_8A><P_8B>%s</P_8B><P_9A>%.2f</P_9A><P_11>%.2f</P_11><P_12>23</P_12></FaWiersz>"
        % (i, H(d), u, q, p, t) for i, (d, u, q, p, t) in enumerate(lines, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/">\n'
            '<Naglowek><KodFormularza kodSystemowy="FA (3)" wersjaSchemy="1-0E">FA</KodFormularza><WariantFormularza>3</WariantFormularza>'
            '<DataWytworzeniaFa>%sT14:05:11Z</DataWytworzeniaFa><SystemInfo>Comarch ERP Optima</SystemInfo></Naglowek>\n'
            '<Podmiot1><DaneIdentyfikacyjne><NIP>%s</NIP><Nazwa>Partner Logistik sp. z o.o.</Nazwa></DaneIdentyfikacyjne>'
            '<Adres><KodKraju>PL</KodKraju><AdresL1>ul. Składowa 12</AdresL1><AdresL2>62-023 Gądki</AdresL2></Adres></Podmiot1>\n'
            '<Podmiot2><DaneIdentyfikacyjne><NIP>%s</NIP><Nazwa>Example Polska sp. z o.o.</Nazwa></DaneIdentyfikacyjne>'
            '<Adres><KodKraju>PL</KodKraju><AdresL1>ul. Zabłocie 23</AdresL1><AdresL2>30-701 Kraków</AdresL2></Adres><JST>2</JST><GV>2</GV></Podmiot2>\n'
            '<Fa><KodWaluty>PLN</KodWaluty><P_1>%s</P_1><P_2>%s</P_2><P_6>%s</P_6><P_13_1>%.2f</P_13_1><P_14_1>%.2f</P_14_1><P_15>%.2f</P_15>'
            '<Adnotacje><P_16>2</P_16><P_17>2</P_17><P_18>2</P_18><P_18A>2</P_18A><Zwolnienie><P_19N>1</P_19N></Zwolnienie>'
            '<NoweSrodkiTransportu><P_22N>1</P_22N></NoweSrodkiTransportu><P_23>2</P_23><PMarzy><P_PMarzyN>1</P_PMarzyN></PMarzy></Adnotacje>'
            '<RodzajFaktury>VAT</RodzajFaktury>%s<Platnosc><TerminPlatnosci><Termin>2026-12-30</Termin></TerminPlatnosci><FormaPlatnosci>6</FormaPlatnosci>'
            '<RachunekBankowy><NrRB>%s</NrRB><NazwaBanku>PKO Bank Polski S.A.</NazwaBanku></RachunekBankowy></Platnosc></Fa>\n</Faktura>\n'
            % (date, PL["nip"], C.PL_NIP, date, num, date, net, vat, gross, wiersze, nrb_acc))


# ---------------------------------------------------------------------------------------------
@scenario("business", 22, "pl", "partner-logistik-faktura-ksef-qr")
def b22(m):
    m.at("PL", 2026, 11, 30, 14, 22)
    m.mua = "outlook"
    m.hdr_cs, m.hdr_enc = "iso-8859-2", "Q"
    iban = m.iban(ACC["partner_old"], "Partner Logistik sp. z o.o. – genuine account, PKO BP (on the VAT white list)")
    lines = [("Magazynowanie – miejsca paletowe 11/2026", "pal./m-c", 412, 38.50, 15862.00),
             ("Przyjęcie / wydanie palet (in/out)", "szt.", 1936, 6.20, 12003.20),
             ("Kompletacja zamówień sklepowych", "szt.", 2284, 2.10, 4796.40),
             ("Foliowanie i etykietowanie palet", "szt.", 968, 3.40, 3291.20)]
    net = round(sum(l[4] for l in lines), 2)
    vat = round(net * 0.23, 2)
    gross = round(net + vat, 2)
    xml = fa3_xml("FV/2026/11/0417", "2026-11-30", lines, net, vat, gross, iban[2:])
    xml_b = xml.encode("utf-8")
    h = util.sha256_b64url(xml_b)
    kurl = m.url("https://ksef.mf.gov.pl/client-app/invoice/%s/30-11-2026/%s" % (PL["nip"], h))
    hx = util.hexs(m.rng, 12, True)
    base = "%s-20261130-%s" % (PL["nip"], hx)
    ksef_no = "%s-%02X" % (base, K.crc8(base.encode()))
    m.fact("ids", ("numer KSeF", ksef_no))
    m.qr_payload(kurl, "attachment FV_2026_11_0417.pdf (KSeF verification code 'KOD I')")
    pay = zbp(PL["nip"], iban, int(round(gross * 100)) if gross < 10000 else 0, "Partner Logistik", "FV/2026/11/0417")
    # ZBP amount field has 6 digits (max 9 999,99 PLN); larger invoices leave it zero and the amount is typed by the payer
    m.qr_payload(pay, "attachment FV_2026_11_0417.pdf (ZBP 2D payment code)")
    d = pdf_doc("dejavu", producer="Comarch ERP Optima 2026.2", creator="Comarch ERP Optima", title="FV/2026/11/0417",
                when=util.plus(m.date, -1200), tz_min=60)
    d.letterhead("Partner Logistik sp. z o.o.", ["%s, %s · NIP %s · REGON %s · KRS %s" % (PL["street"], PL["city"], PL["nip"], PL["regon"], PL["krs"])],
                 color=(0.75, 0.08, 0.12), right_lines=("Faktura VAT nr FV/2026/11/0417", "Data wystawienia: 30.11.2026", "Numer KSeF:", ksef_no))
    d.para("Nabywca: Example Polska sp. z o.o., ul. Zabłocie 23, 30-701 Kraków, NIP %s" % C.PL_NIP, 9.5)
    d.space(4)
    d.table(["Lp.", "Nazwa usługi", "J.m.", "Ilość", "Cena netto", "Wartość netto"],
            [[str(i + 1), l[0], l[1], str(l[2]), util.fmt_eur(l[3], "pl"), util.fmt_eur(l[4], "pl")] for i, l in enumerate(lines)],
            [25, 215, 50, 45, 65, 83], ["l", "l", "l", "r", "r", "r"], size=8.5)
    d.kv([("Razem netto", util.fmt_eur(net, "pl") + " PLN"), ("VAT 23%", util.fmt_eur(vat, "pl") + " PLN"), ("Do zapłaty", util.fmt_eur(gross, "pl") + " PLN")], keyw=330)
    d.para("Termin płatności: 30.12.2026, przelew. Rachunek: PKO Bank Polski S.A. %s" % K.nrb(iban), 9)
    y0 = d.y
    d.qr(qr.encode(kurl), 95, caption="KSeF – weryfikacja faktury (KOD I)")
    d.qr(qr.encode(pay), 95, caption="Kod do płatności (standard ZBP)")
    d.para("Wizualizacja faktury ustrukturyzowanej wystawionej w Krajowym Systemie e-Faktur.", 7.5)
    pdfb = d.build()
    text = ("Dzień dobry,\n\n"
            "w załączeniu przesyłamy wizualizację faktury FV/2026/11/0417 za usługi logistyczne w listopadzie 2026 r. "
            "(%s PLN brutto) wraz z plikiem XML.\n\n"
            "Faktura została wystawiona w KSeF – numer KSeF: %s. Kod QR na wizualizacji pozwala zweryfikować fakturę "
            "w KSeF; drugi kod służy do płatności w aplikacji bankowej.\n\n"
            "Płatność bez zmian na rachunek w PKO BP widniejący na białej liście.\n\n" % (util.fmt_eur(gross, "pl"), ksef_no) +
            sig_pl("ksieg", "Pozdrawiamy"))
    text = text.replace("–", "-")
    body = m.mixed(ol_alt(m, text, "pl", "iso-8859-2", "quoted-printable"),
                   m.attach(pdfb, "application/pdf", "FV_2026_11_0417.pdf", style="outlook"),
                   m.attach(xml_b, "text/xml", "FV_2026_11_0417_KSeF.xml", style="outlook"))
    m.send(body, PL["ksieg"], [S["pl_acc"]], "Faktura FV/2026/11/0417 - Partner Logistik sp. z o.o. (KSeF)",
           SY.homepl(client_rdns="static-83-12-46-201.ip.netia.com.pl", client_ip="83.12.46.201"))
    m.what = ("Logistics partner's monthly invoice (warehousing, handling, picking) as KSeF visualisation PDF with the "
              "KSeF verification QR and a ZBP payment QR, plus the FA(3) XML.")
    m.why = ("Real partner domain on home.pl (DKIM/SPF pass), KSeF number and verification link to ksef.mf.gov.pl whose "
             "hash is the SHA-256 of the attached XML, payment to the known PKO BP account on the white list.")
    m.pair = ([22, 23], "Polish e-invoice / partner payment details", "Genuine KSeF invoice with QR to the official ksef.mf.gov.pl and unchanged account versus a look-alike announcing a new account and a fake KSeF 'rejection' login page.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 23, "pl", "partner-logistik-zmiana-rachunku-biala-lista")
def b23(m):
    m.at("PL", 2026, 12, 14, 10, 37)
    m.mua = "outlook"
    m.hdr_cs, m.hdr_enc = "windows-1250", "Q"
    old = m.iban(ACC["partner_old"], "Partner Logistik sp. z o.o. – genuine account until 31.12.2026, PKO BP")
    new = m.iban(ACC["partner_new"], "Partner Logistik sp. z o.o. – genuine new account from 01.01.2027, ING Bank Śląski")
    frm = PL["zielinski"]
    m.phone(PL["tel"])
    text = ("Szanowna Pani Katarzyno,\n\n"
            "dziękuję za dzisiejszą rozmowę telefoniczną. Zgodnie z ustaleniami potwierdzam na piśmie zmianę rachunku "
            "bankowego naszej spółki:\n\n"
            "- do 31.12.2026 obowiązuje dotychczasowy rachunek w PKO BP: %s\n"
            "- od 01.01.2027 prosimy o płatności na rachunek w ING Bank Śląski: %s\n\n"
            "Nowy rachunek jest już widoczny w Wykazie podatników VAT (biała lista) dla NIP %s - prosimy o weryfikację "
            "przed pierwszą płatnością, tak jak Pani zapowiedziała. Pismo podpisane przez Zarząd przesyłam w załączniku, "
            "oryginał wysłaliśmy pocztą.\n\n"
            "Faktury za grudzień, które wystawimy w styczniu, będą już zawierały nowy numer rachunku. Faktur za listopad "
            "i grudzień proszę nie przesyłać wcześniej niż w terminie.\n\n" % (K.nrb(old), K.nrb(new), PL["nip"]) + sig_pl("zielinski"))
    d = pdf_doc("dejavu", producer="Microsoft® Word dla Microsoft 365", creator="Microsoft® Word dla Microsoft 365",
                title="Zmiana rachunku bankowego", author="Partner Logistik", when=util.plus(m.date, -3 * 86400), tz_min=60)
    d.letterhead("Partner Logistik sp. z o.o.", ["%s, %s · NIP %s · KRS %s" % (PL["street"], PL["city"], PL["nip"], PL["krs"])],
                 color=(0.75, 0.08, 0.12), right_lines=("Gądki, 11.12.2026",))
    d.para("Example Polska sp. z o.o.\nul. Zabłocie 23\n30-701 Kraków", 10)
    d.space(8)
    d.heading("Informacja o zmianie rachunku bankowego", 13)
    d.para("Uprzejmie informujemy, że od dnia 1 stycznia 2027 r. rachunkiem rozliczeniowym spółki Partner Logistik sp. z o.o. "
           "będzie rachunek prowadzony przez ING Bank Śląski S.A.:")
    d.kv([("Numer rachunku", K.nrb(new)), ("IBAN", K.iban_fmt(new)), ("SWIFT", "INGBPLPW")], keyw=120)
    d.para("Do dnia 31 grudnia 2026 r. włącznie płatności prosimy kierować na dotychczasowy rachunek w PKO Bank Polski S.A. "
           "(%s). Oba rachunki są zgłoszone w wykazie podatników VAT. W razie pytań prosimy o kontakt telefoniczny pod numerem "
           "centrali %s." % (K.nrb(old), PL["tel"]))
    d.space(18)
    d.para("Prezes Zarządu                                  Członek Zarządu", 9)
    d.para("Marek Kowalczyk                                  Tadeusz Zieliński", 10, True)
    pdfb = d.build()
    body = m.mixed(ol_alt(m, text, "pl", "windows-1250", "quoted-printable"),
                   m.attach(pdfb, "application/pdf", "Partner_Logistik_zmiana_rachunku_2027.pdf", style="outlook"))
    m.send(body, frm, [S["pl_acc"]], "Potwierdzenie zmiany rachunku bankowego od 01.01.2027",
           SY.homepl(client_rdns="static-83-12-46-201.ip.netia.com.pl", client_ip="83.12.46.201"), cc=[PL["ksieg"]])
    m.what = ("Partner Logistik confirms in writing, after a phone call, its change of bank account from 1 Jan 2027; both "
              "accounts with validity dates, signed board letter, white-list check requested.")
    m.why = ("Real partner domain and home.pl infrastructure, follows a phone call initiated by the customer, new account "
             "already on the VAT white list, old account stays valid until year end, no early-payment request.")
    m.pair = ([22], "Polish supplier bank-account change", "Genuine change: phone call first, account already on the white list, dates in the future, real domain; the attack uses partner-logistik.com.pl and explains away the missing white-list entry.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 24, "pl", "e-doreczenia-ostrzezenie-wewnetrzne")
def b24(m):
    m.at("PL", 2026, 10, 7, 8, 50)
    m.mua = "exchange"
    link = m.url("https://www.gov.pl/web/e-doreczenia")
    text = ("Cześć Kasia, cześć wszystkim,\n\n"
            "wczoraj przyszedł do mnie mail „Nowa przesyłka w skrzynce do doręczeń elektronicznych – ZUS” z przyciskiem "
            "„Odbierz przesyłkę”. To był fałszywy mail (link prowadził do strony podszywającej się pod login.gov.pl) – "
            "zgłosiłam go już do Jonasa z IT, nic nie klikałam.\n\n"
            "Dla przypomnienia, jak u nas działają e-Doręczenia:\n"
            "- nasz adres do doręczeń elektronicznych to AE:PL-52871-40936-WSCHT-19 (ten z maila był inny),\n"
            "- powiadomienia o nowych przesyłkach przychodzą tylko na skrzynkę edoreczenia@example.com, którą obsługuję ja,\n"
            "- przesyłki otwieramy zawsze samodzielnie przez aplikację mObywatel albo przez stronę wpisaną ręcznie/z zakładek, "
            "nigdy z linku w mailu. Informacje: %s\n\n"
            "Jeśli dostaniecie coś podobnego, proszę od razu przekazać do IT (przycisk „Zgłoś phishing” w Outlooku).\n\n"
            "Pozdrawiam\nAgnieszka\n\nAgnieszka Nowak\nOffice Manager\nExample Polska sp. z o.o. | ul. Zabłocie 23 | 30-701 Kraków\n"
            "tel. +48 12 395 42 11\n" % link)
    body = ol_alt(m, text, "pl", "utf-8", "quoted-printable")
    m.send(body, S["pl_om"], [("Example Polska – wszyscy", "wszyscy-krakow@example.com")],
           "Uwaga: fałszywe powiadomienia e-Doręczeń (ZUS) – jak rozpoznać prawdziwe",
           SY.exchange_internal("EXCH01", "EXCH02"), cc=[S["pl_acc"]], rcpt=["wszyscy-krakow@example.com", S["pl_acc"][1]])
    m.what = ("Internal note from the Kraków office manager: yesterday's 'e-Doręczenia / ZUS' mail was fake; explains the "
              "company's real e-delivery address and how notices are opened.")
    m.why = ("Internal Exchange mail to the office list; it describes the phishing, links only to the official gov.pl "
             "information page and tells staff not to click mail links - a hard negative full of phishing vocabulary.")
    m.pair = ([24], "e-Doręczenia / ZUS notice", "Same wording ('Nowa przesyłka', 'Odbierz przesyłkę', login.gov.pl) appears in the genuine internal warning; intent and sender differ.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 25, "pl", "partner-logistik-oferta-2027-xlsx")
def b25(m):
    m.at("PL", 2026, 11, 19, 13, 10)
    m.mua = "thunderbird"
    frm = PL["zielinski"]
    text = ("Dzień dobry Pani Agnieszko,\n\n"
            "w nawiązaniu do naszego spotkania w Krakowie przesyłam ofertę na usługi magazynowe i dystrybucyjne na rok "
            "2027 (arkusz w załączniku). Najważniejsze zmiany względem 2026:\n\n"
            "- stawka za miejsce paletowe 39,90 zł/m-c (waloryzacja o wskaźnik inflacji 3,6%),\n"
            "- nowa usługa: dostawy do sklepów sieci convenience w strefie Kraków i Śląsk 2x w tygodniu,\n"
            "- bez zmian: przyjęcie/wydanie, foliowanie, etykiety GS1.\n\n"
            "Oferta ważna do 31.12.2026. Chętnie omówię szczegóły telefonicznie albo na Teams - proszę dać znać, "
            "który termin w przyszłym tygodniu Pani odpowiada. Do wiadomości Pani Katarzyna.\n\n" + sig_pl("zielinski"))
    rows = [["Partner Logistik sp. z o.o. – oferta 2027 dla Example Polska sp. z o.o."], [],
            ["Usługa", "Jednostka", "Cena 2026 netto PLN", "Cena 2027 netto PLN", "Zmiana %"],
            ["Magazynowanie – miejsce paletowe", "pal./m-c", 38.5, 39.9, ("=(D4-C4)/C4*100", 3.64)],
            ["Przyjęcie / wydanie palety", "szt.", 6.2, 6.4, ("=(D5-C5)/C5*100", 3.23)],
            ["Kompletacja (picking) – linia", "szt.", 2.1, 2.15, ("=(D6-C6)/C6*100", 2.38)],
            ["Foliowanie i etykieta GS1", "szt.", 3.4, 3.4, 0],
            ["Dostawa convenience Kraków/Śląsk", "paleta", "", 148.0, ""],
            [], ["Oferta ważna do 31.12.2026. Warunki płatności: 30 dni."]]
    xl = archive.xlsx([("Oferta 2027", rows)], title="Oferta 2027", creator="Tadeusz Zieliński", app="Microsoft Excel")
    body = m.mixed(m.alt(m.plain(text, "UTF-8", "8bit"), m.html(tb_html(text), "UTF-8", "8bit")),
                   m.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Oferta_2027_Example_Polska.xlsx"))
    m.send(body, frm, [S["pl_om"]], "Oferta Partner Logistik na 2027 r.", SY.homepl(client_rdns="unknown", client_ip="178.183.112.74"),
           cc=[S["pl_acc"]])
    m.what = "The logistics partner's key account manager sends the 2027 price offer for warehousing and distribution (XLSX), Thunderbird, UTF-8 8bit."
    m.why = ("Known contact on the real domain, follows a meeting, plain spreadsheet without macros or passwords, invites "
             "a call/Teams meeting, nothing to pay or log into.")
    m.pair = ([25], "offer/order with attachment", "A business document from a known partner as a plain XLSX versus an unsolicited 'order' in an encrypted ZIP holding a .pdf.scr.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 26, "pl", "it-ostrzezenie-service-desk-pl-en")
def b26(m):
    m.at("PL", 2026, 11, 26, 11, 34)
    m.mua = "exchange"
    phone = m.phone("+49 6101 5530-333")
    text = ("[PL]\n"
            "Dzień dobry,\n\n"
            "dziś rano kilka osób w Krakowie otrzymało maile „[INC0048213] Wymagana aktualizacja agenta bezpieczeństwa” "
            "z adresu servicedesk@examplegroup-support.com. To atak: link instaluje program do zdalnego pulpitu "
            "(ScreenConnect), a potem „technik” dzwoni przez Teams. Zablokowaliśmy domenę.\n\n"
            "Przypominamy:\n"
            "- Dział IT nigdy nie wysyła linków do instalacji programów – aktualizacje instalują się automatycznie.\n"
            "- Prawdziwe zgłoszenia mają numer SD-xxxxxx i przychodzą z adresu servicedesk@example.com.\n"
            "- Nie akceptujcie połączeń Teams od osób spoza firmy podających się za IT.\n"
            "- W razie wątpliwości dzwońcie do Service Desku: %s (wew. 333).\n\n"
            "Jeśli ktoś kliknął link lub zainstalował program, proszę natychmiast odłączyć laptop od sieci i zadzwonić.\n\n"
            "[EN]\n"
            "This morning several colleagues in Kraków received fake 'Service Desk' mails asking to install a 'security agent'. "
            "The link installs ScreenConnect remote-access software; do not run it. Real tickets are SD-xxxxxx from "
            "servicedesk@example.com. Call %s if in doubt.\n\n"
            "Pozdrawiam / Best regards\nJonas Richter\nIT-Sicherheit & Mailadministration · Example Group GmbH\n" % (phone, phone))
    body = ol_alt(m, text, "pl", "utf-8", "base64")
    m.send(body, S["sec"], [("Example Polska – wszyscy", "wszyscy-krakow@example.com")],
           "[SD-204417] Ostrzeżenie / Warning: fałszywe maile „Service Desk” (ScreenConnect)",
           SY.exchange_internal("EXCH02", "EXCH01"), rcpt=["wszyscy-krakow@example.com"])
    m.what = ("IT security warns the Kraków office (Polish + English) about this morning's fake Service Desk mails with a "
              "ScreenConnect link and explains what real IT tickets look like.")
    m.why = ("Internal Exchange mail from the security administrator to the office list with a real ticket number, no links, "
             "a known internal phone number; mentions the attacker domain and 'ScreenConnect' only as a warning.")
    m.pair = ([26], "IT service desk message", "Genuine IT mail uses the internal sender and ticket scheme and contains no download link; the attack's 'ticket' comes from a look-alike domain with a ScreenConnect installer.")
