"""The fictitious company, its staff, its correspondents and time zones."""

import datetime as _dt

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group SE",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "trade": "funeral services and cremation (own crematoria, funeral homes, "
             "repatriation of remains, urns and coffins wholesale to independent funeral directors)",
    "mx": "mx01.example.com (Postfix), inbound for example.com and examplegroup.eu",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay behind Exchange 2019 EXMBX01/EXMBX02)",
}

OFFICES = {
    "HQ": ("Hannover", "Germany", "DE"),
    "IT": ("Milano", "Italy", "IT"),
    "PL": ("Wrocław", "Poland", "PL"),
    "ES": ("Valencia", "Spain", "ES"),
    "GR": ("Thessaloniki", "Greece", "GR"),
    "UK": ("Manchester", "United Kingdom", "UK"),
    "RU": ("Sankt-Peterburg", "Russia", "RU"),
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Matthias Köhler", "matthias.koehler@example.com", "HQ", "Chief Executive Officer (Vorstandsvorsitzender)"),
    "cfo": ("Sabine Weiß", "sabine.weiss@example.com", "HQ", "Chief Financial Officer"),
    "ap": ("Jörg Hübner", "joerg.huebner@example.com", "HQ", "Accounts payable (Kreditorenbuchhaltung)"),
    "hr": ("Anja Brückner", "anja.brueckner@example.com", "HQ", "HR and payroll (Personal/Lohnbuchhaltung)"),
    "it": ("Thomas Groß", "thomas.gross@example.com", "HQ", "Head of IT"),
    "sec": ("Lena Vogt", "lena.vogt@example.com", "HQ", "IT security and mail administrator"),
    "asst": ("Claudia Meißner", "claudia.meissner@example.com", "HQ", "Assistant to the CEO"),
    "proc": ("Frank Schäfer", "frank.schaefer@example.com", "HQ", "Procurement (Einkauf)"),
    "sales": ("Tobias Kraus", "tobias.kraus@example.com", "HQ", "Sales, key accounts funeral directors"),
    "hq_mgr": ("Uwe Lindemann", "uwe.lindemann@example.com", "HQ", "Office manager Hannover / crematorium site lead"),
    "hq_acc": ("Martina Böhm", "martina.boehm@example.com", "HQ", "Accountant Hannover (Finanzbuchhaltung)"),
    "it_mgr": ("Alessandro Ricci", "alessandro.ricci@example.com", "IT", "Office manager Milano"),
    "it_acc": ("Francesca Galli", "francesca.galli@examplegroup.eu", "IT", "Accountant Milano"),
    "it_sales": ("Roberta Conti", "roberta.conti@example.com", "IT", "Sales and customer service Milano"),
    "pl_mgr": ("Marek Wiśniewski", "marek.wisniewski@example.com", "PL", "Office manager Wrocław"),
    "pl_acc": ("Agnieszka Kołodziej", "agnieszka.kolodziej@examplegroup.eu", "PL", "Accountant Wrocław"),
    "es_mgr": ("Javier Martínez", "javier.martinez@example.com", "ES", "Office manager Valencia"),
    "es_acc": ("Lucía Fernández", "lucia.fernandez@example.com", "ES", "Accountant Valencia"),
    "gr_mgr": ("Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.com", "GR", "Office manager Thessaloniki"),
    "gr_acc": ("Ελένη Γεωργίου", "eleni.georgiou@examplegroup.eu", "GR", "Accountant Thessaloniki"),
    "uk_mgr": ("James Whitfield", "james.whitfield@example.com", "UK", "Office manager Manchester"),
    "uk_acc": ("Priya Sharma", "priya.sharma@example.com", "UK", "Accountant Manchester"),
    "ru_mgr": ("Дмитрий Соколов", "dmitry.sokolov@example.com", "RU", "Office manager Sankt-Peterburg"),
    "ru_acc": ("Ольга Кузнецова", "olga.kuznetsova@example.com", "RU", "Accountant Sankt-Peterburg"),
    "pl_hr": ("Ewa Dąbrowska", "ewa.dabrowska@examplegroup.eu", "PL", "HR and payroll Poland"),
}

STAFF_ORDER = ["ceo", "cfo", "ap", "hr", "it", "sec", "asst", "proc", "sales", "hq_mgr",
               "hq_acc", "it_mgr", "it_acc", "it_sales", "pl_mgr", "pl_acc", "pl_hr",
               "es_mgr", "es_acc", "gr_mgr", "gr_acc", "uk_mgr", "uk_acc", "ru_mgr", "ru_acc"]


def S(key):
    """(name, address) of a staff member."""
    n, a, _, _ = STAFF[key]
    return (n, a)


# Correspondents: key -> (organisation, country, kind, [(name, address)], note)
CORR = {
    "lieferant": ("Lieferant GmbH", "DE", "supplier of coffins, urns and cremation consumables",
                  [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
                   ("Buchhaltung", "rechnungen@lieferant-gmbh.de")],
                  "mail hosted at IONOS, Outlook 16 clients"),
    "ferretti": ("Ferretti Trasporti S.p.A.", "IT", "road carrier (coffin and urn consignments, repatriation vehicles)",
                 [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("", "amministrazione@ferretti-trasporti.it")],
                 "mail hosted at Aruba, Thunderbird clients"),
    "partner": ("Partner Logistik sp. z o.o.", "PL", "logistics partner (warehouse Wrocław, cross-border transport)",
                [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("", "ksiegowosc@partner-logistik.pl")],
                "Microsoft 365 tenant"),
    "thermotec": ("Thermotec Anlagenbau GmbH", "DE", "cremator manufacturer, maintenance contractor",
                  [("Martin Ebert", "m.ebert@thermotec-anlagenbau.de"), ("Service", "service@thermotec-anlagenbau.de")],
                  "Microsoft 365 tenant"),
    "engel": ("Bestattungshaus Engel e.K.", "DE", "customer: independent funeral director (cremation orders)",
              [("Rainer Engel", "info@bestattungshaus-engel.de")], "Strato mailbox, Thunderbird"),
    "memoriasoft": ("MemoriaSoft GmbH", "DE", "vendor of the funeral-home ERP and cremation order portal used group-wide",
                    [("MemoriaSoft Kundenservice", "kundenservice@memoriasoft.de"), ("MemoriaSoft", "news@mail.memoriasoft.de")],
                    "newsletters through Mailgun"),
    "verband": ("Fachverband Feuerbestattung e.V.", "DE", "trade association (membership, newsletter)",
                [("Fachverband Feuerbestattung", "info@fachverband-feuerbestattung.de")], "own mail server, Outlook"),
    "rossi": ("Onoranze Funebri Rossi", "IT", "customer: funeral director near Bergamo",
              [("Marco Rossi", "onoranzerossi@libero.it")], "consumer mailbox at libero.it"),
    "bertolini": ("Marmi Bertolini S.r.l.", "IT", "supplier: marble urns and memorial plaques",
                  [("Ufficio ordini", "ordini@marmibertolini.it")], "own domain, Outlook"),
    "aniol": ("Zakład Pogrzebowy \"Anioł\"", "PL", "customer: funeral home in Opole",
              [("Krzysztof Kowalczyk", "zp.aniol.opole@wp.pl")], "consumer mailbox at wp.pl"),
    "sanvicente": ("Funeraria San Vicente S.L.", "ES", "customer: funeral home in Alicante",
                   [("Carmen López", "administracion@funerariasanvicente.es")], "Microsoft 365 tenant"),
    "tflevante": ("Transportes Funerarios Levante S.L.", "ES", "carrier: hearse and repatriation transport",
                  [("Vicente Soler", "trafico@tflevante.es")], "own domain, Outlook"),
    "alexiou": ("Γραφείο Τελετών Αλεξίου", "GR", "customer: funeral director in Katerini",
                [("Γιώργος Αλεξίου", "alexiou.teletes@otenet.gr")], "consumer mailbox at otenet.gr"),
    "logistiki": ("Λογιστικό Γραφείο Καραγιάννη", "GR", "external accountant for the Greek subsidiary (myDATA filings)",
                  [("Σοφία Καραγιάννη", "s.karagianni@karagianni-logistiki.gr")], "own domain, Outlook"),
    "pamyat": ("ООО \"Ритуальная служба Память\"", "RU", "customer/partner in Sankt-Peterburg",
               [("Андрей Волков", "pamyat.spb@yandex.ru"), ("Бухгалтерия", "buh.pamyat@yandex.ru")],
               "Yandex mail"),
    "hollingworth": ("Hollingworth & Sons Funeral Directors Ltd", "UK", "customer: funeral director in Stockport",
                     [("David Hollingworth", "david@hollingworthfunerals.co.uk"), ("Accounts", "accounts@hollingworthfunerals.co.uk")],
                     "Microsoft 365 tenant"),
    "floral": ("Pennine Floral Tributes Ltd", "UK", "supplier: funeral flowers (invoices through Xero)",
               [("Sarah Booth", "accounts@penninefloral.co.uk")],
               "invoices delivered by Xero (messaging-service@post.xero.com via Amazon SES, Reply-To the florist)"),
    "broker": ("Irwell Customs Brokers Ltd", "UK", "customs broker for urn and coffin imports into the UK",
               [("Mark Dawson", "entries@irwellcustoms.co.uk")], "Microsoft 365 tenant"),
    "castlefield": ("Castlefield Property Management", "UK", "landlord's agent for the Manchester premises",
                    [("Helen Ashworth", "h.ashworth@castlefieldpm.co.uk")], "envelopes via DocuSign EU"),
    "ftw": ("Funeral Trade Weekly", "UK", "subscribed trade newsletter",
            [("Funeral Trade Weekly", "news@funeraltradeweekly.co.uk")], "Mailchimp"),
    "memento": ("Wydawnictwo Memento sp. z o.o.", "PL", "subscribed trade newsletter",
                [("MEMENTO", "newsletter@memento-branza.pl")], "SendGrid"),
    "gesfactura": ("GesFactura Soluciones S.L.", "ES", "vendor of the Spanish office's invoicing software",
                   [("GesFactura Cloud", "novedades@gesfactura.es")], "Brevo"),
}

# ---------------------------------------------------------------- time ----
UTC = _dt.timezone.utc
_EU_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
_US_END_PT = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
_US_END_ET = _dt.datetime(2026, 11, 1, 6, 0, tzinfo=UTC)

ZONES = {
    "DE": ((60, "CET"), (120, "CEST"), _EU_END), "IT": ((60, "CET"), (120, "CEST"), _EU_END),
    "PL": ((60, "CET"), (120, "CEST"), _EU_END), "ES": ((60, "CET"), (120, "CEST"), _EU_END),
    "GR": ((120, "EET"), (180, "EEST"), _EU_END), "UK": ((0, "GMT"), (60, "BST"), _EU_END),
    "RU": ((180, "MSK"), (180, "MSK"), _EU_END), "UTC": ((0, "UTC"), (0, "UTC"), _EU_END),
    "PT": ((-480, "PST"), (-420, "PDT"), _US_END_PT), "ET": ((-300, "EST"), (-240, "EDT"), _US_END_ET),
    "NG": ((60, "WAT"), (60, "WAT"), _EU_END), "CN": ((480, "CST"), (480, "CST"), _EU_END),
}


def offset(zone, utc):
    std, dst, end = ZONES[zone]
    return dst if utc < end else std


def to_utc(local, zone):
    """local: (Y, M, D, h, m, s) in zone."""
    naive = _dt.datetime(*local, tzinfo=UTC)
    std, dst, end = ZONES[zone]
    for off, _ in (dst, std):
        u = naive - _dt.timedelta(minutes=off)
        if offset(zone, u)[0] == off:
            return u
    return naive - _dt.timedelta(minutes=std[0])


def rfc_date(utc, zone, abbrev=False, pad_day=False):
    off, name = offset(zone, utc)
    lt = utc + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    o = abs(off)
    day = ("%02d" if pad_day else "%d") % lt.day
    s = "%s, %s %s %04d %02d:%02d:%02d %s%02d%02d" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][lt.weekday()], day,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][lt.month - 1],
        lt.year, lt.hour, lt.minute, lt.second, sign, o // 60, o % 60)
    if abbrev:
        s += " (%s)" % name
    return s


def local(utc, zone):
    off, _ = offset(zone, utc)
    return utc + _dt.timedelta(minutes=off)


def secs(n):
    return _dt.timedelta(seconds=n)
