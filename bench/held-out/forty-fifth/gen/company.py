"""Example Group: company facts, staff and correspondents shared by all modules."""

COMPANY = {
    "name": "Example Group",
    "legal_hq": "Example Agrartechnik GmbH",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": 700,
    "trade": ("Importer and dealer of agricultural machinery and spare parts "
              "(tractors, combine harvesters, balers, implements); sells to farms "
              "and to regional dealers. Principal makes: Hokuto Agri Machinery (JP, "
              "tractors) and Trakmaster (TR, implements)."),
    "hq": "Hannover-Langenhagen, Germany",
    "offices": {
        "DE": "Hannover-Langenhagen (HQ)",
        "IT": "Verona",
        "PL": "Poznań",
        "ES": "Zaragoza",
        "GR": "Larisa",
        "UK": "Peterborough",
        "RU": "Krasnodar",
    },
    "mx": "mx01.example.com (Postfix)",
    "relay": "mail-int01.example.com [10.20.0.25]",
    "exchange": "EXCH01.corp.example.com [10.20.0.31] (Exchange Server SE)",
    "phone_hq": "+49 511 7284-0",
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Matthias Köhler", "matthias.koehler@example.com", "Hannover (HQ)", "Chief Executive Officer (Geschäftsführer)"),
    "cfo": ("Sabine Wörner", "sabine.woerner@example.com", "Hannover (HQ)", "Chief Financial Officer"),
    "assist": ("Julia Brandt", "julia.brandt@example.com", "Hannover (HQ)", "Assistant to the CEO"),
    "ap": ("Anna Becker", "anna.becker@example.com", "Hannover (HQ)", "Accounts payable (Kreditorenbuchhaltung)"),
    "ar": ("Thomas Groß", "thomas.gross@example.com", "Hannover (HQ)", "Accounts receivable / credit control"),
    "hr": ("Claudia Schäfer", "claudia.schaefer@example.com", "Hannover (HQ)", "HR and payroll"),
    "ithead": ("Jörg Hoffmann", "joerg.hoffmann@example.com", "Hannover (HQ)", "Head of IT"),
    "itsec": ("Lukas Neumann", "lukas.neumann@example.com", "Hannover (HQ)", "IT security / mail administrator"),
    "proc": ("Frank Müller", "frank.mueller@example.com", "Hannover (HQ)", "Procurement (Einkauf)"),
    "sales": ("Katrin Vogel", "katrin.vogel@example.com", "Hannover (HQ)", "Sales Germany (Vertrieb)"),
    "parts": ("Dennis Wagner", "dennis.wagner@examplegroup.eu", "Hannover (HQ)", "Spare-parts sales and service"),
    "logi": ("Markus Schulte", "markus.schulte@example.com", "Hannover (HQ)", "Logistics and warehouse"),
    "it_mgr": ("Francesca Rinaldi", "francesca.rinaldi@example.com", "Verona (IT)", "Office manager Italy"),
    "it_acc": ("Marco Esposito", "marco.esposito@example.com", "Verona (IT)", "Accountant Italy"),
    "pl_mgr": ("Agnieszka Wróbel", "agnieszka.wrobel@example.com", "Poznań (PL)", "Office manager Poland"),
    "pl_acc": ("Paweł Kowalczyk", "pawel.kowalczyk@example.com", "Poznań (PL)", "Accountant Poland"),
    "pl_sales": ("Krzysztof Łukasiewicz", "krzysztof.lukasiewicz@example.com", "Poznań (PL)", "Sales Poland"),
    "es_mgr": ("Javier Ortega", "javier.ortega@example.com", "Zaragoza (ES)", "Office manager Spain"),
    "es_acc": ("Lucía Fernández", "lucia.fernandez@example.com", "Zaragoza (ES)", "Accountant Spain"),
    "gr_mgr": ("Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.com", "Larisa (GR)", "Office manager Greece"),
    "gr_acc": ("Ελένη Γεωργίου", "eleni.georgiou@examplegroup.eu", "Larisa (GR)", "Accountant Greece"),
    "uk_mgr": ("James Whitfield", "james.whitfield@example.com", "Peterborough (UK)", "Office manager UK"),
    "uk_acc": ("Rachel Moore", "rachel.moore@examplegroup.eu", "Peterborough (UK)", "Accountant UK"),
    "ru_mgr": ("Дмитрий Соколов", "dmitry.sokolov@example.com", "Krasnodar (RU)", "Office manager Russia"),
    "ru_acc": ("Ольга Иванова", "olga.ivanova@examplegroup.eu", "Krasnodar (RU)", "Accountant Russia"),
}


def name(key):
    return STAFF[key][0]


def addr(key):
    return STAFF[key][1]


# Correspondents: key -> (organisation, country, contact display name, address, kind)
CORR = {
    # required shared correspondents
    "lg_maier": ("Lieferant GmbH", "DE", "Stefan Maier", "s.maier@lieferant-gmbh.de", "supplier of hydraulic components, PTO shafts and wear parts"),
    "lg_lang": ("Lieferant GmbH", "DE", "Petra Lang", "p.lang@lieferant-gmbh.de", "supplier - key account / receivables"),
    "lg_buha": ("Lieferant GmbH", "DE", "Buchhaltung", "rechnungen@lieferant-gmbh.de", "supplier - invoicing mailbox"),
    "fe_colombo": ("Ferretti Trasporti S.p.A.", "IT", "Chiara Colombo", "c.colombo@ferretti-trasporti.it", "road carrier - dispatch"),
    "fe_amm": ("Ferretti Trasporti S.p.A.", "IT", "Amministrazione", "amministrazione@ferretti-trasporti.it", "road carrier - invoicing"),
    "pl_ziel": ("Partner Logistik sp. z o.o.", "PL", "Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "logistics partner - account manager"),
    "pl_ksieg": ("Partner Logistik sp. z o.o.", "PL", "Księgowość", "ksiegowosc@partner-logistik.pl", "logistics partner - accounting"),
    # own correspondents
    "hansen": ("Landtechnik Hansen KG", "DE", "Ole Hansen", "o.hansen@landtechnik-hansen.de", "regional dealer (customer), Schleswig-Holstein"),
    "kramer": ("Hofgut Sonnenfeld (farm)", "DE", "Bernd Kramer", "bernd.kramer@gmx.de", "farm customer on consumer mail"),
    "weber": ("Spedition Weber & Söhne GmbH", "DE", "Disposition", "dispo@spedition-weber.de", "German carrier"),
    "fenland": ("Fenland Agri Supplies Ltd", "UK", "Tom Harris", "tom.harris@fenlandagri.co.uk", "UK regional dealer (customer)"),
    "valpadana": ("Agricola Valpadana S.r.l.", "IT", "Roberto Galli", "r.galli@agricolavalpadana.it", "Italian dealer (customer)"),
    "bellini": ("Azienda Agricola Bellini", "IT", "Giuseppe Bellini", "giuseppe.bellini@libero.it", "farm customer on consumer mail"),
    "agroserwis": ("AgroSerwis Kujawy sp. z o.o.", "PL", "Marta Dąbrowska", "m.dabrowska@agroserwis-kujawy.pl", "Polish dealer (customer)"),
    "nowak": ("Gospodarstwo Rolne Nowak", "PL", "Jan Nowak", "jan.nowak.gospodarstwo@wp.pl", "farm customer on consumer mail"),
    "ebro": ("Maquinaria Agrícola Ebro S.L.", "ES", "Carlos Ruiz", "c.ruiz@maquinariaebro.es", "Spanish dealer (customer)"),
    "gil": ("Transportes Hermanos Gil S.L.", "ES", "Administración", "administracion@transportesgil.es", "Spanish carrier"),
    "abogados": ("Lanuza & Sierra Abogados", "ES", "Beatriz Sierra", "b.sierra@lanuzasierra.es", "company's own law firm in Zaragoza"),
    "thessaly": ("Γεωργικά Μηχανήματα Θεσσαλίας Α.Ε.", "GR", "Κώστας Δημητρίου", "k.dimitriou@thessaly-agro.gr", "Greek dealer (customer)"),
    "karag": ("farm, Tyrnavos", "GR", "Γιάννης Καραγιάννης", "g.karagiannis@otenet.gr", "farm customer on consumer mail"),
    "agrokuban": ("ООО «АгроКубань»", "RU", "Сергей Петров", "s.petrov@agrokuban.ru", "Russian dealer (customer)"),
    "volkov": ("КФХ Волков", "RU", "Андрей Волков", "a.volkov71@yandex.ru", "farm customer on consumer mail"),
    "yugtrans": ("ООО «ЮгТрансЛогистик»", "RU", "Бухгалтерия", "buh@yugtranslog.ru", "Russian carrier"),
}
