"""Example Group: offices, staff, correspondents, bank data."""

import codes as C

COMPANY = "Example Group"
DOMAINS = ["example.com", "examplegroup.eu"]

OFFICES = {
    "HQ": ("München (HQ)", "Example Group GmbH", "Leopoldstraße 180, 80804 München, Deutschland"),
    "IT": ("Milano", "Example Italia S.r.l.", "Via Gustavo Fara 28, 20124 Milano, Italia"),
    "PL": ("Wrocław", "Example Polska sp. z o.o.", "ul. Legnicka 48, 54-202 Wrocław, Polska"),
    "ES": ("Madrid", "Example Ingeniería y Arquitectura S.L.", "Calle de Orense 34, 28020 Madrid, España"),
    "GR": ("Αθήνα / Athens", "Example Hellas Μονοπρόσωπη Ι.Κ.Ε.", "Λεωφ. Κηφισίας 124, 115 26 Αθήνα"),
    "UK": ("Manchester", "Example Group UK Ltd", "3 Hardman Street, Manchester M3 3HF, United Kingdom"),
    "RU": ("Санкт-Петербург / St Petersburg", "ООО «Экзампл Груп Рус»", "Малоохтинский пр., д. 68, 195112 Санкт-Петербург"),
}


class Person:
    def __init__(self, key, name, email, office, role, title=None):
        self.key = key
        self.name = name
        self.email = email
        self.office = office
        self.role = role
        self.title = title or name

    @property
    def first(self):
        return self.name.split()[0] if not self.name.startswith("Dr.") else self.name.split()[1]


_S = [
    ("koehler", "Dr. Matthias Köhler", "matthias.koehler@example.com", "HQ", "CEO / Geschäftsführer"),
    ("weiss", "Sabine Weiß", "sabine.weiss@example.com", "HQ", "CFO / Leiterin Finanzen"),
    ("schaefer", "Katrin Schäfer", "katrin.schaefer@example.com", "HQ", "Kreditorenbuchhaltung (accounts payable)"),
    ("stoehr", "Benedikt Stöhr", "benedikt.stoehr@example.com", "HQ", "Debitorenbuchhaltung (accounts receivable)"),
    ("brueckner", "Monika Brückner", "monika.brueckner@example.com", "HQ", "Personal & Lohnabrechnung (HR/payroll)"),
    ("gross", "Thomas Groß", "thomas.gross@example.com", "HQ", "Leiter IT (head of IT)"),
    ("wendt", "Lukas Wendt", "lukas.wendt@example.com", "HQ", "IT-Sicherheit & Mail-Administration"),
    ("hoffmann", "Julia Hoffmann", "julia.hoffmann@example.com", "HQ", "Assistenz der Geschäftsführung"),
    ("duering", "Frank Düring", "frank.duering@example.com", "HQ", "Einkauf (procurement)"),
    ("krueger", "Nadine Krüger", "nadine.krueger@examplegroup.eu", "HQ", "Vertrieb / Business Development (sales)"),
    ("brandt", "Stefanie Brandt", "stefanie.brandt@example.com", "HQ", "Projektleiterin Tragwerksplanung"),
    ("voss", "Dr. Carolin Voß", "carolin.voss@examplegroup.eu", "HQ", "Justiziarin (legal counsel)"),
    ("yilmaz", "Ahmet Yılmaz", "ahmet.yilmaz@example.com", "HQ", "Office Manager HQ / Facility"),
    ("bernardi", "Niccolò Bernardi", "niccolo.bernardi@example.com", "IT", "Office manager Milano"),
    ("galli", "Federica Galli", "federica.galli@example.com", "IT", "Contabilità Milano (accountant)"),
    ("wroblewski", "Paweł Wróblewski", "pawel.wroblewski@example.com", "PL", "Dyrektor oddziału Wrocław (office manager)"),
    ("lukasik", "Małgorzata Łukasik", "malgorzata.lukasik@example.com", "PL", "Główna księgowa Wrocław (accountant)"),
    ("nunez", "Álvaro Núñez", "alvaro.nunez@example.com", "ES", "Director de oficina Madrid (office manager)"),
    ("fernandez", "Lucía Fernández", "lucia.fernandez@example.com", "ES", "Contable Madrid (accountant)"),
    ("papadopoulos", "Γιώργος Παπαδόπουλος", "giorgos.papadopoulos@example.com", "GR", "Διευθυντής γραφείου Αθήνας (office manager)"),
    ("karagianni", "Ελένη Καραγιάννη", "eleni.karagianni@example.com", "GR", "Λογίστρια Αθήνας (accountant)"),
    ("bennett", "Oliver Bennett", "oliver.bennett@example.com", "UK", "Office Manager Manchester"),
    ("shah", "Priya Shah", "priya.shah@examplegroup.eu", "UK", "Finance / accountant Manchester"),
    ("sokolov", "Дмитрий Соколов", "dmitry.sokolov@example.com", "RU", "Директор филиала СПб (office manager)"),
    ("smirnova", "Ольга Смирнова", "olga.smirnova@examplegroup.eu", "RU", "Главный бухгалтер СПб (accountant)"),
]

STAFF = {k: Person(k, n, e, o, r) for (k, n, e, o, r) in _S}
STAFF_ORDER = [s[0] for s in _S]


def S(key):
    return STAFF[key]


SHARED = [
    ("rechnungseingang@example.com", "Eingangsrechnungen HQ (read by accounts payable)"),
    ("it-servicedesk@example.com", "IT service desk (ticket system)"),
    ("fatture.milano@example.com", "Fatture passive Milano"),
]

# ------------------------------------------------------------ correspondents
# (company, country, role, [(name, address)])
CORRESPONDENTS = [
    ("Lieferant GmbH", "DE (Augsburg)", "Supplier: surveying instruments, laser scanners, calibration service",
     [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
      ("Buchhaltung", "rechnungen@lieferant-gmbh.de")]),
    ("Ferretti Trasporti S.p.A.", "IT (Bergamo)", "Road carrier (site equipment, exhibition material)",
     [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")]),
    ("Partner Logistik sp. z o.o.", "PL (Poznań)", "Logistics partner (storage of site equipment, archive, office moves)",
     [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")]),
    ("Bauwerk Immobilien AG", "DE (Frankfurt)", "Customer (developer)",
     [("Dr. Henrik Ahlers", "h.ahlers@bauwerk-immobilien.de")]),
    ("Repro-Zentrum Schwabing GmbH", "DE (München)", "Supplier: plan printing / reprographics",
     [("Rechnungsversand", "rechnung@repro-schwabing.de")]),
    ("Steuerkanzlei Brandl & Partner mbB", "DE (München)", "External tax advisor of the HQ",
     [("Andrea Brandl", "a.brandl@stb-brandl.de")]),
    ("Studio Tecnico Marchetti", "IT (Bergamo)", "Subcontractor: surveys, bills of quantities (consumer mail)",
     [("Ing. Paolo Marchetti", "studio.marchetti@libero.it")]),
    ("Costruzioni Lombarde S.r.l.", "IT (Brescia)", "Customer (contractor)",
     [("Ing. Alessandra Riva", "a.riva@costruzionilombarde.it")]),
    ("Geodezja Nowak", "PL (Wrocław)", "Subcontractor: land surveying (consumer mail)",
     [("Krzysztof Nowak", "geodezja.nowak@wp.pl")]),
    ("Transportes Hermanos Gil S.L.", "ES (Getafe)", "Road carrier",
     [("Administración", "administracion@transportesgil.es"), ("Raúl Gil", "trafico@transportesgil.es")]),
    ("Promociones Levante S.A.", "ES (Valencia)", "Customer (developer)",
     [("Javier Ruiz", "jruiz@promocioneslevante.es")]),
    ("Μεταφορική Αιγαίου (Aigaio Trans)", "GR (Aspropyrgos)", "Carrier, sole trader (consumer mail)",
     [("Νίκος Σταματίου", "aigaiotrans@otenet.gr")]),
    ("Τεχνική Αττικής Α.Ε.", "GR (Athens)", "Customer (construction company)",
     [("Νίκος Γεωργίου", "n.georgiou@techniki-attikis.gr")]),
    ("Λογιστικό Γραφείο Δημητρίου", "GR (Athens)", "External accountant of the Athens office",
     [("Μαρία Δημητρίου", "info@logistiki-dimitriou.gr")]),
    ("ТК «Балтика»", "RU (St Petersburg)", "Carrier (consumer mail)",
     [("Сергей Егоров", "baltika.tk@yandex.ru")]),
    ("ООО «СтройПроект-Нева»", "RU (St Petersburg)", "Customer (general contractor)",
     [("Алексей Волков", "volkov@stroyproekt-neva.ru")]),
    ("Hartley & Reed Surveyors LLP", "UK (Leeds)", "Subcontractor: quantity surveying",
     [("Accounts", "accounts@hartleyreed.co.uk"), ("Mark Hartley", "m.hartley@hartleyreed.co.uk")]),
    ("Northgate Developments Ltd", "UK (Manchester)", "Customer (developer)",
     [("Jamie Walsh", "j.walsh@northgate-dev.co.uk")]),
    ("BauTech Insight (newsletter)", "DE", "Subscribed trade newsletter via Mailchimp",
     [("BauTech Insight", "newsletter@bautech-insight.de")]),
    ("Obra Técnica (newsletter)", "ES", "Subscribed trade newsletter via Brevo",
     [("Obra Técnica", "boletin@obratecnica.es")]),
]

# ------------------------------------------------------------ bank data
BANK = {
    "example_hq": C.iban_de("70020270", "0658123401"),
    "lieferant_old": C.iban_de("72050000", "0251033870"),
    "lieferant_new": C.iban_de("72040046", "0318822400"),
    "lieferant_fake": C.iban_de("10011001", "2617384950"),
    "ferretti": C.iban_it("03069", "11166", "100000012345"),
    "ferretti_fake": C.iban_be("967", "4418203"),
    "partner": C.iban_pl("1140200", "0000380212455102"),
    "partner_fake": C.iban_pl("2490000", "0005002830913341"),
    "gil": C.iban_es("0081", "0216", "0001478523"),
    "gil_fake": C.iban_lt("32500", "71530918442"),
    "aigaio": C.iban_gr("017", "0148", "0005148087341265"),
    "gr_fake": C.iban_cy("002", "00212", "0000005009371243"),
    "hartley": C.iban_gb("BARC", "203253", "43871209"),
    "payroll_fake": C.iban_de("10010010", "0947712318"),
    "register_fake": C.iban_pl("1090101", "0000000153288417"),
    "repro": C.iban_de("70150000", "0081227365"),
    "lawyer_fake": C.iban_fr("30004", "00828", "00010512377"),
    "steuer": C.iban_de("70090100", "0004450012"),
    "example_it": C.iban_it("02008", "01600", "000105783211"),
    "example_gr": C.iban_gr("011", "0080", "0000080123456"),
    "es_fake": C.iban_lt("32500", "27739100385"),
}

RU = {
    "baltika_bik": "044030653",
    "baltika_acc": C.ru_account("044030653", "40702810055000071234"),
    "baltika_ks": C.ru_corr_account("044030653"),
    "baltika_inn": C.ru_inn10("780614528"),
    "fake_bik": "044525974",
    "fake_acc": C.ru_account("044525974", "40702810010000882164"),
    "fake_ks": C.ru_corr_account("044525974", "45250000"),
    "fake_inn": C.ru_inn10("772201947"),
    "stroy_inn": C.ru_inn10("781030276"),
    "example_ru_inn": C.ru_inn10("780640112"),
    "example_ru_ogrn": C.ru_ogrn("117784701234"),
}

VAT = {
    "example_de": C.de_ustid("28145079"),
    "lieferant": C.de_ustid("12877154"),
    "repro": C.de_ustid("13104422"),
    "ferretti": "IT" + C.it_piva("0281746016"),
    "example_it": "IT" + C.it_piva("0923118096"),
    "partner": C.pl_nip("779235410"),
    "example_pl": C.pl_nip("899281147"),
    "gil": C.es_cif("B", "8412376"),
    "example_es": C.es_cif("B", "8765190"),
    "aigaio": C.gr_afm("04381129"),
    "example_gr": C.gr_afm("80157712"),
    "techniki": C.gr_afm("99432017"),
}


def check_all():
    for k, v in BANK.items():
        assert C.iban_valid(v), (k, v)
    for k in ("baltika", "fake"):
        assert C.ru_account_valid(RU[k + "_bik"], RU[k + "_acc"]), k
        assert C.ru_account_valid("0" + RU[k + "_bik"][4:6], RU[k + "_ks"]), k
