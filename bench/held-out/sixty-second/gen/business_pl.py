"""Polish business messages 22-26."""
import banking as bk
import files
import infra as I
from attacks_pl import EXG_PL_NIP, PARTNER_NIP
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S

PARTNER_IBAN = bk.iban("PL", bk.pl_bban("1140200", "4000370271049983"))   # mBank
PARTNER_FOOTER = ("Partner Logistik sp. z o.o.\nul. Portowa 14, 44-100 Gliwice\nNIP %s | KRS 0000518842\n"
                  "tel. +48 32 339 20 00\n" % bk.fmt_nip(PARTNER_NIP))


def gw_relay(ids, t, rcpt, client_helo, client_ip):
    """Google Workspace SMTP relay (used by the partner's ERP / Outlook)."""
    n = ids.r.randrange(40, 99)
    host = "mail-ej1-f%d.google.com" % n
    return [
        I.mx(ids, host, host, "209.85.218.%d" % n, rcpt, plus(t, 3)),
        "by mail-ej1-f%d.google.com with SMTP id a640c23a62f3a-%s.%d\n        for <%s>; %s" % (
            n, ids.hex(12), ids.r.randrange(1, 9), rcpt, I.rdate(plus(t, 2), "PT") + " (%s)" % I.local(t, "PT")[2]),
        "from %s ([%s])\n        by smtp-relay.gmail.com with ESMTPS id a640c23a62f3a-%s.%d.2026.%s.%s;\n        %s" % (
            client_helo, client_ip, ids.hex(12), ids.r.randrange(1, 9), t.strftime("%m"), t.strftime("%d").lstrip("0"),
            I.rdate(plus(t, 1), "PT") + " (%s)" % I.local(t, "PT")[2]),
    ]


def b22():
    m = Mail("business", 22, "pl", "partner-logistik-faktura-ksef")
    ids = m.ids
    t = T("2026-11-30 13:02:19")
    rc = S("pl_acc")
    rec = gw_relay(ids, t, rc.email, "SRV-OPTIMA", "91.223.%d.%d" % (ids.r.randrange(60, 70), ids.r.randrange(2, 250)))
    ksef = "%s-20261130-%s-%s" % (PARTNER_NIP, ids.hex(12, True), ids.hex(2, True))
    plain = (
        "Szanowni Państwo,\n\n"
        "uprzejmie informujemy, że w Krajowym Systemie e-Faktur została wystawiona faktura:\n\n"
        "Numer faktury: FV/2026/11/0436\n"
        "Numer KSeF: %s\n"
        "Data wystawienia: 30.11.2026\n"
        "Kwota brutto: 12 910,20 zł\n"
        "Termin płatności: 30.12.2026\n\n"
        "Fakturę można pobrać w KSeF lub w Państwa systemie finansowo-księgowym. W załączeniu przesyłamy "
        "wizualizację faktury w formacie PDF (dokument informacyjny).\n\n"
        "Płatność prosimy kierować na rachunek wskazany na fakturze, zgłoszony w wykazie podatników VAT, "
        "z zastosowaniem mechanizmu podzielonej płatności.\n\n"
        "Wiadomość wygenerowana automatycznie przez system Comarch ERP Optima.\n\n") % ksef + PARTNER_FOOTER
    pdfb = files.pdf([
        "# Faktura VAT FV/2026/11/0436",
        "Numer KSeF: " + ksef,
        "Data wystawienia: 30.11.2026     Data sprzedaży: 30.11.2026     Termin płatności: 30.12.2026",
        "",
        "Nabywca: Example Group Polska sp. z o.o., ul. Chorzowska 150, 40-101 Katowice, NIP " + bk.fmt_nip(EXG_PL_NIP),
        "",
        "## Lp.  Nazwa                                              Netto        VAT 23%     Brutto",
        "1    Magazynowanie liczników i szafek, listopad 2026     6 840,00     1 573,20    8 413,20",
        "2    Kompletacja i wydania (214 palet)                    3 656,10       840,90    4 497,00",
        "## Razem                                                  10 496,10     2 414,10   12 910,20 zł",
        "",
        "Forma płatności: przelew, mechanizm podzielonej płatności",
        "mBank S.A.   nr rachunku: " + bk.pl_nrb(PARTNER_IBAN),
        "Dokument jest wizualizacją faktury ustrukturyzowanej z KSeF.",
    ], title="FV/2026/11/0436", author="Partner Logistik", creator="Comarch ERP Optima 2026.1",
        producer="Comarch ERP Optima", created="20261130140000+01'00'",
        header=["Partner Logistik sp. z o.o.", "ul. Portowa 14", "44-100 Gliwice", "NIP " + bk.fmt_nip(PARTNER_NIP)])
    body = multipart("mixed", [
        text(plain, "plain", "iso-8859-2", "base64"),
        attach(pdfb, "application/pdf", "FV_2026_11_0436.pdf"),
    ], "=_NextPart_" + ids.hex(20, True))
    hs = [
        ("Date", rdate(t, "CE")),
        ("From", addr("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl", "iso-8859-2", "Q", "ISO-8859-2")),
        ("To", rc.email),
        ("Subject", hval("Faktura FV/2026/11/0436 – Partner Logistik sp. z o.o. (KSeF)", "iso-8859-2", "Q", "ISO-8859-2")),
        ("Message-ID", "<OPT.%s.%s@partner-logistik.pl>" % (t.strftime("%Y%m%d%H%M%S"), ids.hex(8))),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Comarch ERP Optima"),
    ]
    return m.finish("<ksiegowosc@partner-logistik.pl>", rec, hs, body,
        "Genuine invoice notification from Partner Logistik's ERP: invoice FV/2026/11/0436 issued in KSeF, with KSeF number and a PDF visualisation",
        "Real partner domain sent through Google Workspace's SMTP relay from the partner's ERP server; matches a service actually provided; no login link; pays to the white-listed mBank account with split payment. Hard negative of the KSeF phishing attack 23 and of the look-alike bank change 22.")


def b23():
    m = Mail("business", 23, "pl", "partner-logistik-wezwanie-do-zaplaty")
    ids = m.ids
    t = T("2026-11-20 10:48:31")
    rc = S("pl_acc")
    rec, extra = I.gmail(ids, t, rc.email)
    plain = (
        "Szanowna Pani Małgorzato,\n\n"
        "mimo wcześniejszych przypomnień nie odnotowaliśmy wpłaty za fakturę FV/2026/10/0388 z dnia "
        "31.10.2026 na kwotę 41 208,30 zł, której termin płatności upłynął 15.11.2026.\n\n"
        "Niniejszym wzywamy do zapłaty powyższej kwoty wraz z odsetkami ustawowymi za opóźnienie w "
        "transakcjach handlowych w terminie 7 dni od otrzymania wezwania, na rachunek wskazany na fakturze "
        "(mBank S.A., %s – rachunek bez zmian, widnieje w wykazie podatników VAT).\n\n"
        "Informujemy, że w przypadku braku płatności w tym terminie będziemy zmuszeni wstrzymać wydania "
        "towaru z magazynu w Gliwicach do czasu uregulowania należności (art. 461 k.c.) oraz skierować "
        "sprawę na drogę postępowania sądowego.\n\n"
        "Jeżeli płatność została już zlecona, prosimy o przesłanie potwierdzenia przelewu i potraktowanie "
        "wezwania jako nieaktualnego. W razie pytań zapraszamy do kontaktu telefonicznego: +48 32 339 20 14.\n\n"
        "Z poważaniem\n\nAnna Wróbel\nDział Księgowości\n\n") % bk.pl_nrb(PARTNER_IBAN) + PARTNER_FOOTER
    html = '<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % p.replace("\n", "<br>")
                                       for p in plain.strip().split("\n\n")) + "</div>\n"
    pdfb = files.pdf([
        "Gliwice, 20.11.2026",
        "",
        "Example Group Polska sp. z o.o.",
        "ul. Chorzowska 150, 40-101 Katowice",
        "",
        "# PRZEDSĄDOWE WEZWANIE DO ZAPŁATY",
        "",
        "Wzywamy do zapłaty kwoty 41 208,30 zł z tytułu faktury FV/2026/10/0388 z dnia 31.10.2026",
        "(termin płatności 15.11.2026) wraz z ustawowymi odsetkami za opóźnienie w transakcjach handlowych,",
        "w terminie 7 dni od dnia doręczenia niniejszego wezwania, na rachunek:",
        "mBank S.A. " + bk.pl_nrb(PARTNER_IBAN),
        "",
        "Brak zapłaty spowoduje wstrzymanie wydań towaru z magazynu (art. 461 k.c.) i skierowanie sprawy do sądu.",
        "",
        "Anna Wróbel, Dział Księgowości        Tadeusz Zieliński, Prezes Zarządu",
    ], title="Wezwanie do zaplaty", author="A. Wrobel", creator="Microsoft Word", producer="Microsoft Word",
        created="20261120100000+01'00'", header=["Partner Logistik sp. z o.o.", "ul. Portowa 14, 44-100 Gliwice"])
    body = multipart("mixed", [
        alt(text(plain, "plain", "UTF-8", "quoted-printable"), text(html, "html", "UTF-8", "quoted-printable"), ids.b_gmail()),
        attach(pdfb, "application/pdf", "Wezwanie_do_zaplaty_FV_2026_10_0388.pdf", extra_headers=[("X-Attachment-Id", "f_m" + ids.alnum(8).lower())]),
    ], ids.b_gmail())
    hs = extra + [
        ("MIME-Version", "1.0"),
        ("From", addr("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl", "utf-8", "B", "UTF-8")),
        ("Date", rdate(t, "CE")),
        ("Message-ID", ids.mid_gmail()),
        ("Subject", hval("Przedsądowe wezwanie do zapłaty – FV/2026/10/0388", "utf-8", "B", "UTF-8")),
        ("To", addr("Małgorzata Łukasiewicz", rc.email, "utf-8", "B", "UTF-8")),
        ("Cc", addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "utf-8", "B", "UTF-8")),
    ]
    return m.finish("<ksiegowosc@partner-logistik.pl>", rec, hs, body,
        "Genuine urgent pre-litigation payment demand from Partner Logistik: overdue invoice FV/2026/10/0388, threat to stop releasing goods from the warehouse",
        "Real partner domain on Google Workspace, threat is legal and specific (retention right, court), payment to the unchanged white-listed account, phone number offered, CEO of the partner in copy. Hard negative of the look-alike bank-change attack 22.")


def b24():
    m = Mail("business", 24, "pl", "komunikat-it-falszywy-helpdesk-intern")
    ids = m.ids
    t = T("2026-12-07 08:12:05")
    rc, mgr = S("pl_acc"), S("pl_mgr")
    rec = I.internal_chain(ids, rc.email, t)
    plain = (
        "Drodzy,\n\n"
        "przekazuję ważny komunikat działu IT z Essen. W ostatnich dniach w kilku spółkach grupy "
        "odnotowano ataki według tego samego schematu: najpierw na skrzynkę trafiają setki wiadomości "
        "(tzw. spam bombing), a chwilę później dzwoni przez Teams rzekomy „helpdesk” i prosi o uruchomienie "
        "Szybkiej pomocy (Quick Assist), AnyDesk lub podanie kodu.\n\n"
        "Prosimy pamiętać:\n"
        "1. Nasz helpdesk nigdy nie dzwoni sam z siebie bez zgłoszenia i nigdy nie prosi o uruchomienie "
        "Quick Assist ani o podanie kodu.\n"
        "2. Połączenia od osób spoza firmy są w Teams oznaczone jako „Zewnętrzne” – takich połączeń nie "
        "przyjmujemy.\n"
        "3. Prawdziwe zgłoszenia IT mają numer z systemu (np. INC0012345) i przychodzą z adresu "
        "it-servicedesk@example.com.\n\n"
        "W razie wątpliwości: it-servicedesk@example.com, tel. wewn. 400 (Essen) lub bezpośrednio do mnie.\n\n"
        "Pozdrawiam\nKrzysztof\n\n"
        "Krzysztof Wąsowski\nDyrektor Zarządzający | Example Group Polska sp. z o.o.\nul. Chorzowska 150, 40-101 Katowice\n")
    html = html_doc('<div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">%s</div>' % "".join(
        "<p class=\"MsoNormal\">%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")), "PL")
    topic = "Uwaga: fałszywy helpdesk IT w Teams – prosimy o ostrożność"
    body = alt(text(plain, "plain", "iso-8859-2", "quoted-printable"), html_text(html, "iso-8859-2", "quoted-printable"),
               "_000_%s_" % ids.hex(40))
    hs = [
        ("From", addr("Wąsowski, Krzysztof", mgr.email, "iso-8859-2", "Q")),
        ("To", "\"Katowice - wszyscy\" <katowice-all@example.com>"),
        ("Subject", hval(topic, "iso-8859-2", "Q")),
    ] + I.onprem_hdrs(ids, t, hval(topic, "iso-8859-2", "Q"), lang="pl-PL", client_ip="10.60.4.21")
    return m.finish("<%s>" % mgr.email, rec, hs, body,
        "Internal notice (via the internal relay) from the Polish country manager to all Katowice staff, relaying IT's warning about fake Teams helpdesk calls and Quick Assist",
        "Internal Exchange via mail-int01 to a distribution list; explains the attack and gives the official channels; asks nobody to click, install or call anything unusual. Hard negative of the helpdesk-vishing attack 26 (same vocabulary: Teams, Quick Assist, code).")


def b25():
    m = Mail("business", 25, "pl", "zepsuty-laptop-prywatna-poczta-wp")
    ids = m.ids
    t = T("2026-11-25 17:26:40")
    mgr = S("pl_mgr")
    sender = "gosia.lukasiewicz@wp.pl"
    n = ids.r.randrange(1, 9)
    rec = [
        I.mx(ids, "smtpo%d.poczta.wp.pl" % (60 + n), "smtpo%d.poczta.wp.pl" % (60 + n), "212.77.101.%d" % (10 + n), mgr.email, plus(t, 2)),
        "(wp-smtpd smtp.wp.pl %d invoked by uid 990); %s" % (ids.r.randrange(10000, 99999), rdate(plus(t, 1), "CE")),
        "from [188.146.%d.%d] by poczta.wp.pl via HTTP id %s\n          ; %s" % (
            ids.r.randrange(1, 250), ids.r.randrange(1, 250), ids.alnum(16), rdate(t, "CE")),
    ]
    plain = (
        "Cześć Krzysztof,\n\n"
        "piszę z prywatnej skrzynki, bo mój służbowy laptop odmówił posłuszeństwa – po wczorajszej "
        "aktualizacji Windowsa uruchamia się tylko do czarnego ekranu z logo, a potem się wyłącza. Próbowałam "
        "dwa razy, bez zmian.\n\n"
        "Czy możesz poprosić IT w Essen o laptop zastępczy albo zdalną pomoc? Zgłoszenie założę jutro rano "
        "z komputera w biurze, ale wolę dać znać już teraz, bo w czwartek mam zamknięcie miesiąca w SAP.\n\n"
        "Na wszelki wypadek: laptop jest przy mnie, niczego nie instalowałam.\n\n"
        "Dzięki i do jutra\nGosia\n")
    body = text(plain, "plain", "UTF-8", "8bit")
    hs = [
        ("Date", rdate(t, "CE")),
        ("From", addr("Małgorzata Łukasiewicz", sender, "utf-8", "B", "UTF-8")),
        ("To", addr("Krzysztof Wąsowski", mgr.email, "utf-8", "B", "UTF-8")),
        ("Cc", "it-servicedesk@example.com"),
        ("Message-ID", "<%s@poczta.wp.pl>" % ids.hex(32)),
        ("Subject", hval("Laptop nie działa – jutro w biurze", "utf-8", "B", "UTF-8")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "WP Poczta (https://poczta.wp.pl)"),
        ("X-WP-MailID", ids.hex(32)),
        ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "Colleague's private wp.pl mail: the Polish chief accountant's laptop is broken after an update, she asks her manager to request a replacement from IT",
        "Private address but nothing requested beyond what IT normally does; she will raise a ticket from the office, IT service desk in copy, no link or credential, no payment or data change.")


def b26():
    m = Mail("business", 26, "pl", "zielinski-awizacja-dostawy")
    ids = m.ids
    t = T("2026-12-09 12:33:58")
    rc = S("pl_mgr")
    rec = gw_relay(ids, t, rc.email, "TZ-NB14", "91.223.%d.%d" % (ids.r.randrange(60, 70), ids.r.randrange(2, 250)))
    plain = (
        "Dzień dobry Panie Krzysztofie,\n\n"
        "potwierdzam awizację dostawy od Lieferant GmbH do naszego magazynu w Gliwicach:\n\n"
        "- przyjazd: poniedziałek 14.12.2026, okno 7:00–9:00, rampa nr 3\n"
        "- przewoźnik: Ferretti Trasporti, ciągnik BG 418 TX / naczepa AB 77120\n"
        "- ładunek: 14 palet (liczniki i szafki pomiarowe), zgodnie z listem przewozowym CMR IT-88412\n\n"
        "Prosimy o przesłanie do piątku awizo wydań na Śląsk (Tauron – Gliwice, Zabrze) na kolejny tydzień, "
        "żebyśmy mogli zaplanować kompletację.\n\n"
        "Pozdrawiam serdecznie\n\nTadeusz Zieliński\nPrezes Zarządu\n\n") + PARTNER_FOOTER
    html = html_doc('<div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">%s</div>' % "".join(
        "<p class=\"MsoNormal\">%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")), "PL")
    body = alt(text(plain, "plain", "windows-1250", "quoted-printable"), html_text(html, "windows-1250", "quoted-printable"),
               ids.b_outlook(None, 0))
    hs = [
        ("From", addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "windows-1250", "Q", "windows-1250")),
        ("To", addr("Krzysztof Wąsowski", rc.email, "windows-1250", "Q", "windows-1250")),
        ("Cc", "\"Deubel, Frank\" <%s>" % S("proc").email),
        ("Subject", hval("Awizacja dostawy Lieferant GmbH – magazyn Gliwice, 14.12", "windows-1250", "Q", "windows-1250")),
        ("Date", rdate(t, "CE")),
        ("Message-ID", ids.mid_outlook_smtp("partner-logistik.pl")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", ids.thread_index()),
        ("Content-Language", "pl"),
    ]
    return m.finish("<t.zielinski@partner-logistik.pl>", rec, hs, body,
        "Genuine delivery notice from Tadeusz Zieliński (Partner Logistik): inbound meters and cabinets from Lieferant GmbH at the Gliwice warehouse, slot and truck details",
        "Known partner contact on the real domain (Outlook via Google Workspace relay), operational content consistent with other partners (Lieferant, Ferretti), no link, no attachment, no payment.")


ALL = [b22, b23, b24, b25, b26]
