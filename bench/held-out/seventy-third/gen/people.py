"""The company, its staff and its correspondents."""

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group AG",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": 700,
    "trade": ("Municipal water and wastewater utility operator: runs drinking-water works, sewage "
              "treatment plants and pumping stations under concession for municipalities; buys "
              "treatment chemicals (ferric chloride, polyaluminium chloride, sodium hypochlorite, "
              "polymer flocculants), pumps and spare parts; hires civil/pipeline contractors and "
              "road carriers (ADR tankers); reports to environmental and water regulators."),
    "mx": "mx01.example.com (Postfix), inbound MX for example.com and examplegroup.eu",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay; Exchange 2019 servers exch01/exch02.ad.example.com behind it)",
}

OFFICES = {
    "HQ": ("Hannover, Germany", "Example Group AG, Vahrenwalder Straße 210, 30179 Hannover"),
    "IT": ("Bologna, Italy", "Example Group Italia S.r.l., Via Stalingrado 45, 40128 Bologna"),
    "PL": ("Wrocław, Poland", "Example Group Polska sp. z o.o., ul. Strzegomska 140, 54-429 Wrocław"),
    "ES": ("Valencia, Spain", "Example Group Ibérica S.L., Av. de les Corts Valencianes 58, 46015 València"),
    "GR": ("Thessaloniki, Greece", "Example Group Hellas Μ.Α.Ε., Λεωφ. Γεωργικής Σχολής 65, 57001 Θέρμη, Θεσσαλονίκη"),
    "UK": ("Leeds, United Kingdom", "Example Group UK Ltd, 4 Wellington Place, Leeds LS1 4AP"),
    "RU": ("Saint Petersburg, Russia", "ООО «Экзампл Груп Рус», Санкт-Петербург, Московский пр., 212"),
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Matthias Görtz", "matthias.goertz@example.com", "HQ", "Chief Executive Officer (Vorstandsvorsitzender)"),
    "cfo": ("Sabine Krüger", "sabine.krueger@example.com", "HQ", "Chief Financial Officer"),
    "ap1": ("Jürgen Weiß", "juergen.weiss@example.com", "HQ", "Accounts payable (Kreditorenbuchhaltung), team lead"),
    "ap2": ("Anja Böhm", "anja.boehm@example.com", "HQ", "Accounts payable clerk"),
    "hr": ("Claudia Hoffmann", "claudia.hoffmann@example.com", "HQ", "HR & payroll (Personal/Entgeltabrechnung)"),
    "ithead": ("Thomas Brandt", "thomas.brandt@example.com", "HQ", "Head of IT"),
    "itsec": ("Lena Schäfer", "lena.schaefer@example.com", "HQ", "IT security / mail administrator"),
    "assist": ("Miriam Köhler", "miriam.koehler@example.com", "HQ", "Assistant to the CEO"),
    "proc": ("Frank Düring", "frank.duering@example.com", "HQ", "Procurement (chemicals, spare parts)"),
    "sales": ("Katrin Vogel", "katrin.vogel@example.com", "HQ", "Sales / key accounts (municipal contracts)"),
    "ops": ("Markus Schröder", "markus.schroeder@example.com", "HQ", "Head of operations (treatment plants)"),
    "it_mgr": ("Alessandro Ricci", "alessandro.ricci@example.com", "IT", "Office manager Italy"),
    "it_acc": ("Giulia Esposito", "giulia.esposito@examplegroup.eu", "IT", "Accountant Italy"),
    "pl_mgr": ("Paweł Kowalczyk", "pawel.kowalczyk@example.com", "PL", "Office manager Poland"),
    "pl_acc": ("Małgorzata Wójcik", "malgorzata.wojcik@example.com", "PL", "Accountant Poland (główna księgowa)"),
    "pl_sales": ("Agnieszka Dąbrowska", "agnieszka.dabrowska@example.com", "PL", "Sales Poland"),
    "es_mgr": ("Javier Martínez", "javier.martinez@example.com", "ES", "Office manager Spain"),
    "es_acc": ("Lucía Fernández", "lucia.fernandez@examplegroup.eu", "ES", "Accountant Spain"),
    "es_proc": ("Carmen Ruiz", "carmen.ruiz@example.com", "ES", "Procurement Spain"),
    "gr_mgr": ("Γιώργος Παπαδόπουλος", "giorgos.papadopoulos@example.com", "GR", "Office manager Greece"),
    "gr_acc": ("Ελένη Γεωργίου", "eleni.georgiou@example.com", "GR", "Accountant Greece"),
    "uk_mgr": ("James Whitfield", "james.whitfield@example.com", "UK", "Office manager UK"),
    "uk_acc": ("Priya Shah", "priya.shah@examplegroup.eu", "UK", "Accountant UK"),
    "ru_mgr": ("Алексей Смирнов", "aleksei.smirnov@example.com", "RU", "Office manager Russia"),
    "ru_acc": ("Ольга Кузнецова", "olga.kuznetsova@example.com", "RU", "Accountant Russia (главный бухгалтер)"),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# Correspondents: (organisation, country, role in the trade, [(name, address)], mail system)
CORRESPONDENTS = [
    ("Lieferant GmbH", "DE", "Supplier of water-treatment chemicals (ferric chloride, PAC, polymers) and dosing equipment, Hildesheim",
     [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
      ("Buchhaltung", "rechnungen@lieferant-gmbh.de")], "Microsoft 365 (Outlook); Stefan Maier's mailbox is compromised in attack 03"),
    ("Ferretti Trasporti S.p.A.", "IT", "Road carrier, ADR tanker transport of chemicals, Modena",
     [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")],
     "Aruba mail, Outlook 2016"),
    ("Partner Logistik sp. z o.o.", "PL", "Logistics partner, warehousing and distribution of spare parts, Wrocław",
     [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")],
     "home.pl hosting, Outlook; the ksiegowosc@ webmail is compromised in attack 22"),
    ("HydroPumpen Service GmbH", "DE", "Pump repair and replacement contractor, Hannover",
     [("Karl Neumann", "k.neumann@hydropumpen-service.de")], "own Exchange via Telekom"),
    ("Northern Pipeline Services Ltd", "UK", "Sewer rehabilitation contractor, Wakefield",
     [("Gareth Hughes", "gareth.hughes@northernpipeline.co.uk"), ("Accounts", "accounts@northernpipeline.co.uk")],
     "Microsoft 365, DocuSign"),
    ("Acqua Veneta Reagenti S.r.l.", "IT", "Chemicals supplier Italy (polyelectrolytes, hypochlorite), Padova",
     [("Marco Bianchi", "m.bianchi@acquaveneta-reagenti.it")], "Google Workspace"),
    ("Consorzio Acque Reno", "IT", "Municipal customer (water consortium), Casalecchio di Reno",
     [("Ing. Paola Galli", "p.galli@consorzioacquereno.it")], "own Postfix"),
    ("Wodkan-Serwis sp. z o.o.", "PL", "Sewer and pipe maintenance contractor, Oława",
     [("Krzysztof Mazur", "k.mazur@wodkan-serwis.pl")], "nazwa.pl hosting, Thunderbird"),
    ("Janusz Kamiński – Usługi Elektryczne", "PL", "One-man electrical contractor (pumping stations)",
     [("Janusz Kamiński", "janusz.kaminski72@wp.pl")], "WP Poczta (wp.pl)"),
    ("Hidroquímica Levante S.L.", "ES", "Chemicals supplier Spain (cloruro férrico, hipoclorito), Paterna",
     [("Rosa Navarro", "rnavarro@hidroquimica-levante.es"), ("Facturación", "facturacion@hidroquimica-levante.es")],
     "Microsoft 365"),
    ("Transportes Hermanos Soler S.L.", "ES", "Road carrier (ADR cisternas), Sagunto",
     [("Tráfico", "trafico@transportes-soler.es")], "Arsys hosting"),
    ("Mancomunitat d'Aigües de l'Horta Nord", "ES", "Municipal customer (water association)",
     [("Vicent Ferrer Ballester", "vferrer@aigueshortanord.es")], "Gmail (Google Workspace)"),
    ("Aquatech Hellas Α.Ε.", "GR", "Supplier of pumps, membranes and chemicals, Thessaloniki",
     [("Νίκος Αντωνίου", "n.antoniou@aquatech-hellas.gr"), ("Λογιστήριο", "logistirio@aquatech-hellas.gr")],
     "cPanel hosting, Outlook"),
    ("Δημήτρης Καραγιάννης – Τεχνικές Εργασίες", "GR", "Small civil works contractor (his mailbox is later compromised, attack 35)", [("Δημήτρης Καραγιάννης", "dkaragiannis@otenet.gr")],
     "otenet.gr (Zimbra webmail)"),
    ("ΔΕΥΑ Βορείου Άξονα", "GR", "Municipal customer (municipal water & sewerage company)",
     [("Σοφία Μαυρίδου", "s.mavridou@deya-vaxona.gr")], "own mail server"),
    ("ООО «Водоочистные Технологии»", "RU", "Supplier of reagents and UV disinfection units, St Petersburg",
     [("Сергей Волков", "s.volkov@vodtech-spb.ru"), ("Бухгалтерия", "buh@vodtech-spb.ru")], "Yandex 360 for business"),
    ("ИП Петров Иван Сергеевич", "RU", "Individual entrepreneur, electrical/automation works",
     [("Иван Петров", "ivan.petrov.spb@yandex.ru")], "Yandex Mail"),
    ("wasserpraxis Fachverlag GmbH", "DE", "Trade newsletter (subscribed)", [("wasserpraxis Newsletter", "newsletter@wasserpraxis-magazin.de")],
     "CleverReach"),
    ("Agua y Saneamiento Ediciones S.L.", "ES", "Trade newsletter (subscribed)", [("Agua y Saneamiento", "boletin@aguaysaneamiento.es")],
     "Brevo"),
    ("Calderbrook resident", "UK", "Private customer / resident near Leeds treatment works",
     [("Margaret Holroyd", "m.holroyd58@yahoo.co.uk")], "Yahoo Mail"),
]
