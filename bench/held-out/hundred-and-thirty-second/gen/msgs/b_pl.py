"""Business messages 22-26 (Polish)."""
import hashlib

from lib import base, clients, containers, docs, infra, util
from lib import company as C
from lib.base import Multipart, Part, att, bnd, finish, mk
from lib.util import local

P = C.PLOG
E = C.ENT["PL"]
NIP_P = P["vat"][2:]
NIP_E = E["vat"][2:]


def _fa3(number, issue, perf, due, items):
    from xml.sax.saxutils import escape as e
    net = round(sum(q * p for _, q, p in items), 2)
    vat = round(net * 0.23, 2)
    rows = "".join("<FaWiersz><NrWierszaFa>%d</NrWierszaFa><P_7>%s</P_7><P_8A>szt.</P_8A><P_8B>%g</P_8B><P_9A>%.2f</P_9A>"
                   "<P_11>%.2f</P_11><P_12>23</P_12></FaWiersz>" % (i, e(d), q, p, q * p) for i, (d, q, p) in enumerate(items, 1))
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/">'
           '<Naglowek><KodFormularza kodSystemowy="FA (3)" wersjaSchemy="1-0E">FA</KodFormularza><WariantFormularza>3'
           '</WariantFormularza><DataWytworzeniaFa>%sT07:58:41Z</DataWytworzeniaFa><SystemInfo>Comarch ERP Optima 2026.1'
           '</SystemInfo></Naglowek><Podmiot1><DaneIdentyfikacyjne><NIP>%s</NIP><Nazwa>Partner Logistik sp. z o.o.</Nazwa>'
           '</DaneIdentyfikacyjne><Adres><KodKraju>PL</KodKraju><AdresL1>ul. Przemysłowa 48A</AdresL1><AdresL2>62-052 '
           'Komorniki</AdresL2></Adres></Podmiot1><Podmiot2><DaneIdentyfikacyjne><NIP>%s</NIP><Nazwa>Example Group Polska '
           'sp. z o.o.</Nazwa></DaneIdentyfikacyjne><Adres><KodKraju>PL</KodKraju><AdresL1>ul. Głogowska 14</AdresL1>'
           '<AdresL2>60-734 Poznań</AdresL2></Adres><JST>2</JST><GV>2</GV></Podmiot2><Fa><KodWaluty>PLN</KodWaluty>'
           '<P_1>%s</P_1><P_2>%s</P_2><P_6>%s</P_6><P_13_1>%.2f</P_13_1><P_14_1>%.2f</P_14_1><P_15>%.2f</P_15>'
           '<Adnotacje><P_16>2</P_16><P_17>2</P_17><P_18>2</P_18><P_18A>2</P_18A><Zwolnienie><P_19N>1</P_19N></Zwolnienie>'
           '<NoweSrodkiTransportu><P_22N>1</P_22N></NoweSrodkiTransportu><P_23>2</P_23><PMarzy><P_PMarzyN>1</P_PMarzyN>'
           '</PMarzy></Adnotacje><RodzajFaktury>VAT</RodzajFaktury>%s<Platnosc><TerminPlatnosci><Termin>%s</Termin>'
           '</TerminPlatnosci><FormaPlatnosci>6</FormaPlatnosci><RachunekBankowy><NrRB>%s</NrRB><NazwaBanku>mBank S.A.'
           '</NazwaBanku></RachunekBankowy></Platnosc></Fa></Faktura>\n' % (
               issue, NIP_P, NIP_E, issue, number, perf, net, vat, net + vat, rows, due, P["bank"][2][2:]))
    return xml.encode("utf-8"), dict(net=net, vat=vat, gross=round(net + vat, 2))


def b22():
    m = mk("22-pl-partner-logistik-faktura-ksef-qr", "business", "pl")
    m.t = local("PL", 2026, 11, 30, 8, 12, 40)
    m.date_zone = "PL"
    m.from_ = P["ksiegowosc"]
    m.to = [C.S("acc_pl")]
    m.rcpt = "krzysztof.nowak@example.com"
    m.subject = "Faktura FV/2026/11/0412 - magazynowanie elementów stoisk, listopad 2026"
    m.hcs = "iso-8859-2"
    m.hmode = "Q"
    items = [("Magazynowanie elementów stoisk – miejsca paletowe, 11/2026", 52, 39.00),
             ("Obsługa magazynowa – przyjęcia/wydania (Budma 2027, zwrot EuroTier)", 14, 65.00),
             ("Transport Komorniki – MTP Poznań, samochód 7,5 t", 2, 420.00)]
    xml, tot = _fa3("FV/2026/11/0412", "2026-11-30", "2026-11-30", "2026-12-14", items)
    ksef_no = "%s-20261130-%s-%s" % (NIP_P, util.rand_hex(m.r, 12, upper=True), util.rand_hex(m.r, 2, upper=True))
    qr = "https://qr.ksef.mf.gov.pl/invoice/%s/30-11-2026/%s" % (NIP_P, util.sha256_b64url(xml))
    bank = P["bank"]
    seller = dict(name="Partner Logistik sp. z o.o.", zone="PL",
                  lines=["ul. Przemysłowa 48A · 62-052 Komorniki", "NIP %s · tel. +48 61 810 44 20" % NIP_P],
                  footer=["Partner Logistik sp. z o.o. · KRS 0000571204 · NIP %s · kapitał zakładowy 250 000 zł" % NIP_P,
                          "Wizualizacja faktury ustrukturyzowanej – numer KSeF: %s" % ksef_no])
    buyer = dict(name=E["name"], lines=["ul. Głogowska 14", "60-734 Poznań", "NIP %s" % NIP_E])
    meta = [("Numer faktury", "FV/2026/11/0412"), ("Data wystawienia", "30.11.2026"), ("Data wykonania usługi", "30.11.2026"),
            ("Termin płatności", "14.12.2026"), ("Numer KSeF", ksef_no[:24] + "…")]
    pdfb, tot2 = docs.invoice_pdf(
        m, "pl", seller, buyer, meta, items, 23,
        ["Odbiorca: Partner Logistik sp. z o.o.", "mBank S.A. · %s" % util.iban_fmt(bank[2]),
         "Rachunek figuruje w wykazie podatników VAT (biała lista)."],
        notes=["Numer KSeF: " + ksef_no, "Sposób płatności: przelew, 14 dni."],
        qr=qr, qr_caption=["KOD I – weryfikacja faktury w KSeF", "Zeskanuj, aby sprawdzić fakturę w systemie MF"],
        currency="PLN", creator="Comarch ERP Optima", producer="Comarch ERP Optima", color=(0.05, 0.35, 0.2),
        t=local("PL", 2026, 11, 30, 8, 0), title="Faktura VAT FV/2026/11/0412", qr_ecl="M")
    assert abs(tot2["gross"] - tot["gross"]) < 0.005
    paras = ["Dzień dobry,",
             "w załączeniu przesyłamy wizualizację faktury FV/2026/11/0412 za magazynowanie i obsługę w listopadzie "
             "2026. Faktura została wystawiona w KSeF (numer %s) i jest dostępna w Państwa Aplikacji Podatnika; plik "
             "XML dołączamy pomocniczo." % ksef_no,
             "Kwota do zapłaty: %s PLN, termin 14.12.2026, rachunek bez zmian (mBank, biała lista)." % base.fmt_eur(tot["gross"], "pl").replace("\u00a0", " "),
             "Pozdrawiamy"]
    sig = ["Dział Księgowości", "Partner Logistik sp. z o.o.", "ul. Przemysłowa 48A, 62-052 Komorniki", "tel. +48 61 810 44 20"]
    pdfp = att(m, pdfb, "application/pdf", "FV_2026_11_0412.pdf", "thunderbird")
    xp = att(m, xml, "text/xml", "FV_2026_11_0412_KSeF.xml", "thunderbird")
    m.root = base.tb_body(m, paras, sig, None, [pdfp, xp], "pl", "ISO-8859-2", "quoted-printable", html=False, flowed=True)
    m.extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")]
    m.system = (infra.homepl, dict(client="thunderbird", client_ip="83.238.164.19", client_rdns="83-238-164-19.static.ip.netia.com.pl"))
    return finish(m, "Logistics partner's accounts department sends the November storage invoice: PDF visualisation "
                     "with KSeF number and KSeF verification QR code ('KOD I'), plus the FA(3) XML.",
                  "Genuine invoice with QR code: correct domain and home.pl path, KSeF QR links to the Ministry's "
                  "verification service and its hash equals SHA-256 of the attached XML, unchanged whitelisted account.",
                  hard_neg=(["22-pl-partner-logistik-przejete-konto-sharepoint", "23-pl-ksef-faktura-odrzucona-phishing"],
                            "Partner Logistik invoice / KSeF", "Invoice itself attached (PDF+XML), QR points to "
                            "qr.ksef.mf.gov.pl with matching hash, no login link"),
                  phones=["+48 61 810 44 20"], other=["KSeF number: `%s`" % ksef_no])


def b23():
    m = mk("23-pl-dpd-powiadomienie-doreczenie", "business", "pl")
    m.t = local("PL", 2026, 10, 22, 7, 41, 15)
    m.date_zone = "PL"
    m.from_ = ("DPD Polska", "powiadomienia@dpd.com.pl")
    m.to = [(None, "agnieszka.wojcik@example.com")]
    m.rcpt = "agnieszka.wojcik@example.com"
    m.subject = "Twoja paczka 13825006529814 od Lieferant GmbH zostanie dziś doręczona"
    url = "https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=13825006529814"
    title = "Kurier DPD doręczy dziś Twoją paczkę"
    paras = ["Dzień dobry,",
             "paczka nr **13825006529814** od nadawcy Lieferant GmbH (Bielefeld) jest dziś w doręczeniu. Przewidywany "
             "czas doręczenia: **10:15–11:15**.",
             "Kurier: Paweł, tel. +48 61 222 90 41 (kontakt w sprawie tej przesyłki).",
             "Płatność za przesyłkę została uregulowana przez nadawcę – nic nie dopłacasz. DPD nigdy nie prosi o "
             "dopłaty poprzez linki w SMS lub e-mailu."]
    footer = ["DPD Polska Sp. z o.o., ul. Mineralna 15, 02-274 Warszawa", "Wiadomość wygenerowana automatycznie."]
    html = clients.notif_html("DPD", "#dc0032", title, paras, ("Śledź paczkę", url), footer, "pl", logo_text="DPD Polska")
    text = clients.notif_text(title, paras, ("Śledź paczkę", url), footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="java")
    m.system = (infra.platform, dict(host="mailing3.dpd.com.pl", ip="192.0.2.175",
                                     dkim_list=[("dpd.com.pl", "dpd1", "From:To:Subject:Date:Message-ID")],
                                     msgid="%s@dpd.com.pl" % util.uuid4(m.r), envfrom="bounce@dpd.com.pl", dmarc="none"))
    return finish(m, "Courier delivery notice: parcel from the supplier arrives today between 10:15 and 11:15, paid by "
                     "sender, tracking link on dpd.com.pl.",
                  "Genuine courier notification: carrier's own domain, tracking link only, explicitly no surcharge.",
                  hard_neg=(["24-pl-dpd-doplata-blik"], "DPD parcel notification",
                            "No payment requested, tracking on dpd.com.pl, realistic courier time slot"),
                  phones=["+48 61 222 90 41"])


def b24():
    m = mk("24-pl-wielkopolanka-zapytanie-ofertowe-docx", "business", "pl")
    m.t = local("PL", 2026, 11, 17, 13, 4, 55)
    m.date_zone = "PL"
    m.from_ = C.MLECZ["bartosz"]
    m.to = [C.S("om_pl")]
    m.rcpt = "agnieszka.wojcik@example.com"
    m.subject = "Zapytanie ofertowe - stoisko na Polagra Food 2027 (SM Wielkopolanka)"
    paras = ["Dzień dobry Pani Agnieszko,",
             "dziękuję za rozmowę telefoniczną. Zgodnie z ustaleniami przesyłam zapytanie ofertowe na zabudowę naszego "
             "stoiska na targach Polagra Food 2027 (MTP Poznań, pawilon 3A, ok. 80 m²).",
             "Specyfikacja w załączniku (Word). Oferty przyjmujemy do 4 grudnia; wizja lokalna w pawilonie możliwa po "
             "uzgodnieniu z MTP.",
             "Pozdrawiam serdecznie"]
    sig = ["Bartosz Kaczmarek", "Kierownik Marketingu", "Spółdzielnia Mleczarska Wielkopolanka",
           "ul. Kolejowa 7, 63-000 Środa Wielkopolska", "tel. +48 61 285 30 12"]
    d = containers.docx([
        ("h1", "Zapytanie ofertowe nr ZO/MKT/2026/14"),
        ("p", "Zamawiający: Spółdzielnia Mleczarska Wielkopolanka, ul. Kolejowa 7, 63-000 Środa Wielkopolska, NIP %s"
              % C.MLECZ["vat"][2:]),
        ("h2", "Przedmiot zamówienia"),
        ("p", "Projekt, wykonanie, transport, montaż i demontaż zabudowy stoiska targowego na targach Polagra Food 2027, "
              "MTP Poznań, pawilon 3A, powierzchnia ok. 80 m² (stoisko narożne, dwie strony otwarte)."),
        ("li", "strefa degustacji z ladą chłodniczą (3 m),"), ("li", "salka spotkań na 6 osób,"),
        ("li", "zaplecze z lodówką i zlewem (przyłącze wody),"), ("li", "podwieszany baner z logo (4 x 1 m)."),
        ("h2", "Terminy"), ("p", "Montaż: 2 dni przed targami; demontaż: dzień po zakończeniu."),
        ("h2", "Kryteria wyboru"), ("p", "Cena 60%, koncepcja wizualna 30%, doświadczenie 10%."),
        ("p", "Oferty prosimy przesyłać do 4.12.2026 na adres b.kaczmarek@wielkopolanka.pl."),
    ], title="Zapytanie ofertowe ZO/MKT/2026/14", creator="Bartosz Kaczmarek", created="2026-11-17T11:30:00Z",
        company="SM Wielkopolanka")
    dp = att(m, d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "Zapytanie_ofertowe_Polagra_Food_2027.docx", "gmail")
    m.root = base.gmail_body(m, paras, sig, atts=[dp], lang="pl")
    m.system = (infra.gmail, dict(workspace=True))
    return finish(m, "Prospect's marketing manager sends a tender for an 80 m² stand at Polagra Food 2027 after a phone "
                     "call; DOCX specification attached.",
                  "Genuine customer tender: corporate Google Workspace domain, follows up a call, ordinary DOCX with "
                  "the specification text, no container or shortcut files.",
                  hard_neg=(["25-pl-zapytanie-ofertowe-img-lnk"], "RFQ for a Polagra stand",
                            "Company domain, prior phone contact, DOCX content instead of a disk image"),
                  phones=["+48 61 285 30 12"])


def b25():
    m = mk("25-pl-partner-logistik-przypomnienie-platnosci", "business", "pl")
    m.t = local("PL", 2026, 11, 9, 10, 22, 8)
    m.date_zone = "PL"
    m.from_ = P["ksiegowosc"]
    m.to = [C.S("acc_pl")]
    m.rcpt = "krzysztof.nowak@example.com"
    m.subject = "Przypomnienie o płatności - FV/2026/10/0377"
    m.hcs = "windows-1250"
    m.hmode = "Q"
    m.msgid = "000001db52c4$%s$%s@partner-logistik.pl" % (util.rand_hex(m.r, 8), util.rand_hex(m.r, 8))
    paras = ["Dzień dobry Panie Krzysztofie,",
             "uprzejmie przypominamy, że termin płatności faktury FV/2026/10/0377 z 17.10.2026 na kwotę 4 873,26 zł "
             "(magazynowanie, październik) upłynął 31.10.2026.",
             "Jeżeli płatność została już zlecona, prosimy potraktować tę wiadomość jako nieaktualną. Rachunek do "
             "wpłaty pozostaje bez zmian: mBank S.A. %s." % util.iban_fmt(P["bank"][2]),
             "W razie pytań proszę o kontakt telefoniczny.",
             "Z poważaniem"]
    sig = ["Ewa Nowicka", "Księgowość", "Partner Logistik sp. z o.o.", "tel. +48 61 810 44 25"]
    body = base.outlook_body(m, paras, sig, lang="pl", cs="windows-1250", font="Calibri")
    m.root = base.desktop_outlook_bounds(m, body, "01DB52C4")
    m.extra = [("X-Mailer", "Microsoft Outlook 16.0")]
    m.system = (infra.homepl, dict(client="outlook", client_ip="83.238.164.19", client_rdns="83-238-164-19.static.ip.netia.com.pl"))
    return finish(m, "Friendly payment reminder from the logistics partner's accounts department for an overdue "
                     "October invoice; account unchanged.",
                  "Genuine dunning: known counterpart, modest amount matching an actual invoice, no threats, no link, "
                  "same whitelisted account.",
                  hard_neg=(["26-pl-wezwanie-przedsadowe-dropbox"], "Payment demand / reminder",
                            "Named creditor and invoice, polite tone, no attachment or link, phone contact offered"),
                  phones=["+48 61 810 44 25"])


def b26():
    m = mk("26-pl-dropbox-udostepniony-folder-zdjecia", "business", "pl")
    m.t = local("PL", 2026, 11, 4, 16, 18, 2)
    m.date_zone = "PL"
    m.from_ = ("Tadeusz Zieliński (przez Dropbox)", "no-reply@dropbox.com")
    m.reply_to = P["zielinski"]
    m.to = [(None, "agnieszka.wojcik@example.com")]
    m.rcpt = "agnieszka.wojcik@example.com"
    m.subject = "Tadeusz Zieliński udostępnił Ci folder „EuroTier 2026 – zdjęcia załadunku”"
    url = "https://www.dropbox.com/scl/fo/%s/%s?rlkey=%s&dl=0" % (util.rand_alnum(m.r, 21, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                                                  util.rand_alnum(m.r, 21, "abcdefghijklmnopqrstuvwxyz0123456789-_"),
                                                                  util.rand_alnum(m.r, 25, "abcdefghijklmnopqrstuvwxyz0123456789"))
    title = "Tadeusz Zieliński udostępnił Ci folder"
    paras = ["**EuroTier 2026 – zdjęcia załadunku** (48 plików)",
             "„Pani Agnieszko, zdjęcia z załadunku na Hanower – dla ubezpieczyciela i do protokołu. Pozdrawiam, T.Z.”"]
    footer = ["Dropbox, Inc., PO Box 77767, San Francisco, CA 94107",
              "[Ustawienia powiadomień](https://www.dropbox.com/account/notifications)"]
    html = clients.notif_html("Dropbox", "#0061fe", title, paras, ("Otwórz w Dropbox", url), footer, "pl", logo_text="Dropbox")
    text = clients.notif_text(title, paras, ("Otwórz w Dropbox", url), footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="java")
    m.system = (infra.platform, dict(host="mailsender-68.dropbox.com", ip="162.125.6.68",
                                     dkim_list=[("dropbox.com", "20231101", "From:To:Subject:Date:Message-ID:Reply-To"),
                                                ("dropboxmail.com", "20231101", "From:To:Subject:Date:Message-ID")],
                                     msgid="%s@dropbox.com" % util.rand_hex(m.r, 32),
                                     envfrom="bounces+%s@em-s.dropbox.com" % util.rand_hex(m.r, 12), dmarc="pass"))
    return finish(m, "Dropbox share notification: the logistics partner's warehouse manager shared a folder of loading "
                     "photos (EuroTier) with the office manager.",
                  "Genuine file-share: Dropbox's own mail system, sharer identity is the known partner address, "
                  "folder of photos (no download of archives), fits an actual shipment.",
                  hard_neg=(["26-pl-wezwanie-przedsadowe-dropbox", "22-pl-partner-logistik-przejete-konto-sharepoint"],
                            "File-share link", "Share created by a known partner inside Dropbox, photo folder for an "
                            "actual job, no password or direct-download archive"))


MESSAGES = [b22, b23, b24, b25, b26]
