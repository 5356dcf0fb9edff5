"""business/ 22-26 (Polish)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2
from .attack_pl import PL_SIG_TZ

PARTNER_IBAN = "PL46109239860000000124417306"
PL_FOOT = ["Partner Logistik sp. z o.o. · ul. Logistyczna 8 · 55-040 Bielany Wrocławskie · NIP 8963493644 · REGON 028484683",
           "Sąd Rejonowy dla Wrocławia-Fabrycznej, VI Wydział Gospodarczy KRS 0000563418 · kapitał zakładowy 200 000 zł"]


def homepl(m, client="outlook16"):
    return T2.HomePl(m, "partner-logistik.pl", client=client)


def b22():
    m = Msg("business", 22, "pl", "partner-logistik-harmonogram-przeprowadzki", utc(2026, 11, 6, 13, 17, 40))
    k = homepl(m)
    agn = S("agnieszka")
    plain = p(
        "Dzień dobry Pani Agnieszko,",
        "",
        "zgodnie z ustaleniami z wczorajszego spotkania przesyłam harmonogram przeprowadzki archiwum z Poznania do naszego magazynu w Bielanach oraz listę kartonów z podziałem na kursy.",
        "",
        "Kurs 1: wtorek 17.11, załadunek 7:00, 642 kartony (regały A1-A14)",
        "Kurs 2: czwartek 19.11, załadunek 7:00, 642 kartony (regały A15-A28)",
        "",
        "Kierowcy będą mieli przy sobie protokoły przekazania z numerami plomb. Proszę o potwierdzenie, że rampa nr 2 będzie wolna w obu terminach, oraz o nazwisko osoby, która podpisze protokoły po Państwa stronie.",
        "",
        "Pozdrawiam serdecznie",
        "",
        PL_SIG_TZ)
    rows = [["Kurs", "Data", "Regały", "Liczba kartonów", "Plomba", "Pojazd"],
            [1, "17.11.2026", "A1–A14", 642, "PL-2026-44817", "DW 4K218 + naczepa"],
            [2, "19.11.2026", "A15–A28", 642, "PL-2026-44818", "DW 4K218 + naczepa"],
            ["Razem", None, None, 1284, None, None]]
    xl = att.xlsx(m, "Harmonogram_przeprowadzki_archiwum_XI_2026.xlsx", [("Harmonogram", rows)], author="Tadeusz Zieliński", widths=[8, 12, 10, 16, 16, 20])
    m.root = mime.multi("mixed", [ol_alt(m, plain, cs="iso-8859-2", lang="PL"), xl], m.bnd("mixed"))
    for c in m.root.children[0].children:
        c.style = "default"
    f = Fields(("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [agn],
               "Przeprowadzka archiwum Poznań - Bielany: harmonogram i lista kartonów", hcs="iso-8859-2", henc="Q")
    k.finish(f, client_ip="83.238.164.12", helo="DESKTOP-TZ01", server="cloudserver094114.home.pl", server_ip="79.96.170.134", lang="pl")
    for ph in ("+48 71 339 42 18", "+48 601 284 933"):
        m.fact("Phone", ph, "signature")
    m.info = dict(pair=("22-pl-partner-logistik-przejete-konto-onedrive.eml", "Same sender mailbox (home.pl); the genuine mail is written in Outlook from the partner's office line (Netia IP), during office hours, with concrete operational details and an XLSX."),
                  what="Logistics partner sends the schedule for moving 1,284 archive boxes from Poznań to its warehouse, with XLSX list, asks to confirm the loading ramp.",
                  why="Partner's real mailbox at home.pl written from its office (Outlook, HELO DESKTOP-TZ01, Netia address), references a meeting, specific and plausible content.")
    return m


def b23():
    m = Msg("business", 23, "pl", "e-urzad-skarbowy-nowa-wiadomosc", utc(2026, 11, 24, 10, 4, 57))
    m.sent = m.t - secs(6)
    k = T.PostfixOrg(m, "podatki.gov.pl", "smtp2.mf.gov.pl", "203.0.113.88", client="java", dkim_sel="mf2025", msgid_domain="podatki.gov.pl")
    pawel = S("pawel")
    url = "https://www.podatki.gov.pl/e-urzad-skarbowy/"
    plain = p(
        "Dzień dobry,",
        "",
        "w e-Urzędzie Skarbowym jest nowa wiadomość dla podmiotu EXAMPLE GROUP POLSKA SP. Z O.O. (NIP 782*****77).",
        "",
        "Aby ją przeczytać, zaloguj się do e-Urzędu Skarbowego w zwykły sposób, np. przez stronę " + url,
        "",
        "Ze względów bezpieczeństwa w tej wiadomości nie podajemy treści pisma ani linków do logowania.",
        "",
        "Ta wiadomość została wysłana automatycznie. Prosimy na nią nie odpowiadać.",
        "",
        "Ministerstwo Finansów – e-Urząd Skarbowy")
    m.root = mime.text(plain, "UTF-8", "quoted-printable")
    f = Fields(("e-Urząd Skarbowy", "powiadomienia@podatki.gov.pl"), [pawel], "Masz nową wiadomość w e-Urzędzie Skarbowym", scs="UTF-8", senc="B")
    k.finish(f, submit=("eus-notify01.mf.local", "10.61.4.21"), auth_user="", dmarc=("pass", "reject"))
    m.fact("URL", url, "official e-Urząd Skarbowy page (no login link)")
    m.info = dict(pair=("23-pl-ksef-odrzucona-faktura-logowanie.eml", "Both are tax-administration notices to the Polish accountant; the genuine one is from podatki.gov.pl, masks the NIP, contains no deadline threat and no login link - only the general portal address."),
                  what="Ministry of Finance notifies that a new message is waiting in the e-Urząd Skarbowy portal.",
                  why="Government domain with DKIM and DMARC reject, deliberately no content or login link, masked tax ID, standard wording.")
    return m


def b24():
    m = Msg("business", 24, "pl", "partner-logistik-faktura-kod-qr", utc(2026, 11, 30, 12, 40, 3))
    k = homepl(m, client="thunderbird")
    pawel = S("pawel")
    nrb = PARTNER_IBAN[2:]
    payload = docs.zbp("8963493644", nrb, 3828.25, "Partner Logistik", "FV/11/2026/0733")
    plain = p(
        "Dzień dobry,",
        "",
        "w załączeniu przesyłamy fakturę VAT nr FV/11/2026/0733 za listopad 2026 (składowanie kartonów oraz przeprowadzka archiwum). Faktura została wystawiona w KSeF, numer KSeF: 8963493644-20261130-4F2A91C07B3E-5D.",
        "",
        "Termin płatności: 14.12.2026, rachunek bez zmian (Santander Bank Polska). Na fakturze znajduje się kod QR do płatności.",
        "",
        "Z poważaniem",
        "Dział Księgowości",
        "Partner Logistik sp. z o.o.",
        "tel. +48 71 339 42 00")
    inv = docs.invoice(
        m, "FV_11_2026_0733.pdf", seller="Partner Logistik sp. z o.o.", logo_color=(0, 110, 70), logo_text="PARTNER",
        seller_lines=["ul. Logistyczna 8, 55-040 Bielany Wrocławskie", "NIP 8963493644", "tel. +48 71 339 42 00"],
        buyer=["Nabywca:", "Example Group Polska sp. z o.o.", "ul. Szwedzka 5, 61-285 Poznań", "NIP 7821449377"],
        title_word="Faktura VAT", meta=[("Numer", "FV/11/2026/0733"), ("Data wystawienia", "30.11.2026"), ("Data sprzedaży", "30.11.2026"),
                                        ("Termin płatności", "14.12.2026"), ("Numer KSeF", "8963493644-20261130-4F2A91C07B3E-5D")],
        columns=("Lp.", "Nazwa towaru / usługi", "Ilość", "Cena netto", "Wartość netto"),
        items=[("1", "Składowanie kartonów archiwalnych – listopad 2026", "1 284 szt.", "1,10", "1 412,40"),
               ("2", "Przeprowadzka archiwum Poznań – Bielany Wr., transport (kursy 17.11 i 19.11)", "2", "850,00", "1 700,00")],
        totals=[("Razem netto", "3 112,40 zł", False), ("VAT 23%", "715,85 zł", False), ("Do zapłaty", "3 828,25 zł", True)],
        notes=["Słownie: trzy tysiące osiemset dwadzieścia osiem złotych 25/100. Mechanizm podzielonej płatności nie dotyczy."],
        pay_lines=["Santander Bank Polska S.A.", "Nr rachunku: " + iban_f(PARTNER_IBAN), "Tytuł: FV/11/2026/0733"],
        qr=payload, qr_caption="Zapłać kodem QR", footer=PL_FOOT, title="FV/11/2026/0733", author="Partner Logistik",
        creator="Comarch ERP Optima 2026.1", producer="Comarch ERP Optima", lang="pl")
    m.root = mime.multi("mixed", [tb_text(plain), inv], m.bnd("mixed"), style="thunderbird", preamble="This is a multi-part message in MIME format.")
    f = Fields(("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), [pawel], "Faktura FV/11/2026/0733 – Partner Logistik sp. z o.o.")
    k.finish(f, client_ip="83.238.164.12", helo="KSIEG-PC2", server="cloudserver094114.home.pl", server_ip="79.96.170.134", lang="pl")
    m.fact("IBAN", PARTNER_IBAN, "partner's Santander account (NRB in the QR code)")
    m.fact("Phone", "+48 71 339 42 00", "partner switchboard")
    m.info = dict(pair=("24-pl-rejestr-firm-oplata-qr.eml", "Both are Polish payment requests with a banking QR code; the genuine invoice comes from a real partner for delivered services, carries a KSeF number and the partner's known account."),
                  what="Logistics partner's accounts department sends invoice FV/11/2026/0733 (storage and archive move, 3,828.25 PLN) with KSeF number and payment QR code.",
                  why="Known partner domain (home.pl, DKIM), services match business/22, KSeF number, unchanged bank account, QR code in the Polish ZBP format matching the invoice.")
    return m


def b25():
    m = Msg("business", 25, "pl", "trans-eu-zlecenie-zaakceptowane", utc(2026, 12, 7, 9, 41, 16))
    m.sent = m.t - secs(5)
    k = P.SendGrid(m)
    agn = S("agnieszka")
    url = "https://platform.trans.eu/orders/TE-2026-11-48812"
    prefs = "https://platform.trans.eu/settings/notifications"
    plain = p(
        "Trans.eu",
        "",
        "Zlecenie transportowe zostało zaakceptowane",
        "",
        "Numer zlecenia: TE/2026/11/48812",
        "Trasa: Poznań (PL 61-285) → Bielany Wrocławskie (PL 55-040)",
        "Załadunek: 10.12.2026, 07:00–09:00",
        "Przewoźnik: PHU Transbud Łukasz Mroczek (Trans ID 902217-3)",
        "Pojazd: plandeka 13,6 m, 24 t",
        "Fracht: 1 450,00 PLN netto, termin płatności 30 dni",
        "",
        "Szczegóły zlecenia: " + url,
        "",
        "Powiadomienia możesz zmienić w ustawieniach konta: " + prefs,
        "",
        "Trans.eu Group S.A., ul. Racławicka 2-4, 53-146 Wrocław")
    html = ('<html><body style="font-family:Arial,sans-serif;background:#f4f6f9;margin:0"><table width="100%"><tr><td align="center" style="padding:24px">'
            '<table width="580" style="background:#fff" cellpadding="0" cellspacing="0"><tr><td style="background:#0f4c81;color:#fff;padding:16px 26px;font-size:22px;font-weight:bold">Trans.eu</td></tr>'
            '<tr><td style="padding:20px 26px;font-size:17px;font-weight:bold;color:#0f4c81">Zlecenie transportowe zostało zaakceptowane</td></tr>'
            '<tr><td style="padding:0 26px 16px 26px;font-size:14px;line-height:22px">Numer zlecenia: <b>TE/2026/11/48812</b><br>Trasa: Poznań (PL 61-285) &rarr; Bielany Wrocławskie (PL 55-040)<br>'
            'Załadunek: 10.12.2026, 07:00–09:00<br>Przewoźnik: PHU Transbud Łukasz Mroczek (Trans ID 902217-3)<br>Pojazd: plandeka 13,6 m, 24 t<br>Fracht: 1 450,00 PLN netto, termin płatności 30 dni</td></tr>'
            '<tr><td style="padding:4px 26px 22px 26px"><a href="' + url + '" style="background:#ff7a00;color:#fff;padding:10px 22px;text-decoration:none;font-weight:bold;border-radius:4px">Szczegóły zlecenia</a></td></tr>'
            '<tr><td style="padding:12px 26px;font-size:11px;color:#999;border-top:1px solid #eee"><a href="' + prefs + '" style="color:#999">Ustawienia powiadomień</a><br>Trans.eu Group S.A., ul. Racławicka 2-4, 53-146 Wrocław</td></tr></table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "utf-8", "quoted-printable"), mime.text(html, "utf-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Trans.eu", "no-reply@trans.eu"), [agn], "Zlecenie TE/2026/11/48812 zostało zaakceptowane")
    k.finish(f, "trans.eu", "em5531.trans.eu", dmarc=("pass", "quarantine"), list_unsub=prefs)
    m.fact("URL", url, "order on the real Trans.eu platform")
    m.fact("URL", prefs, "notification settings / List-Unsubscribe")
    m.info = dict(pair=("25-pl-trans-eu-weryfikacja-konta.eml", "Same platform; the genuine notification comes from trans.eu (SendGrid with the platform's DKIM), refers to a real order of the office and links only to platform.trans.eu, no verification request."),
                  what="Freight exchange Trans.eu confirms that a carrier accepted the transport order for the second archive move (10.12.2026).",
                  why="Platform's own domain and SendGrid setup with DKIM/DMARC pass, order data consistent with the archive move, links to platform.trans.eu only.")
    return m


def b26():
    m = Msg("business", 26, "pl", "partner-logistik-przypomnienie-platnosci", utc(2026, 12, 15, 8, 30, 11))
    k = homepl(m, client="thunderbird")
    pawel = S("pawel")
    plain = p(
        "Dzień dobry Panie Pawle,",
        "",
        "uprzejmie przypominamy, że termin płatności faktury FV/11/2026/0733 z dnia 30.11.2026 na kwotę 3 828,25 zł upłynął wczoraj (14.12.2026). Być może przelew jest już w drodze – w takim przypadku prosimy potraktować tę wiadomość jako nieaktualną.",
        "",
        "Jeżeli faktura nie dotarła lub wymaga korekty, proszę o informację, chętnie wyjaśnimy. Rachunek do wpłat pozostaje bez zmian.",
        "",
        "Z poważaniem",
        "Dział Księgowości",
        "Partner Logistik sp. z o.o.",
        "tel. +48 71 339 42 00")
    m.root = tb_text(plain)
    f = Fields(("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), [pawel], "Przypomnienie o terminie płatności – FV/11/2026/0733")
    k.finish(f, client_ip="83.238.164.12", helo="KSIEG-PC2", server="cloudserver094114.home.pl", server_ip="79.96.170.134", lang="pl")
    m.fact("Phone", "+48 71 339 42 00", "partner switchboard")
    m.info = dict(pair=("26-pl-wezwanie-do-zaplaty-akta-zip.eml", "Both are payment reminders to the Polish accountant; the genuine one is a polite reminder from a real creditor for a real invoice, no legal threats, no links or downloads, account unchanged."),
                  what="Logistics partner politely reminds that invoice FV/11/2026/0733 became due yesterday.",
                  why="Known sender and invoice (business/24), friendly tone, no deadline threat, no attachment or link.")
    return m


MESSAGES = [b22, b23, b24, b25, b26]
