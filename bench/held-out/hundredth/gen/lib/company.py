"""Example Group: staff and correspondents."""

COMPANY = {
    "name": "Example Group",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": 700,
    "trade": "coach and bus operator: scheduled regional lines, school transport, charter and group tours",
}

OFFICES = {
    "DE": ("Regensburg (HQ)", "Example Reisen & Omnibus GmbH, Hafenstraße 21, 93055 Regensburg"),
    "IT": ("Verona", "Example Group Italia S.r.l., Via dell'Industria 14, 37135 Verona"),
    "PL": ("Wrocław", "Example Group Polska sp. z o.o., ul. Krakowska 180, 52-015 Wrocław"),
    "ES": ("Valencia", "Example Group Iberia S.L., Carrer de Sant Vicent Màrtir 290, 46017 València"),
    "GR": ("Thessaloniki", "Example Group Hellas Μονοπρόσωπη Ι.Κ.Ε., Λεωφ. Γεωργικής Σχολής 65, 555 35 Πυλαία, Θεσσαλονίκη"),
    "UK": ("Manchester", "Example Group UK Ltd, Unit 4, Trafford Park Road, Manchester M17 1HG"),
    "RU": ("Saint Petersburg", "ООО «Экзампл Груп Рус», ул. Салова 44, Санкт-Петербург, 192102"),
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Dr. Jörg Brückner", "joerg.brueckner@example.com", "DE", "CEO (Geschäftsführer)"),
    "cfo": ("Sabine Köhler", "sabine.koehler@example.com", "DE", "CFO"),
    "ap": ("Monika Weiß", "monika.weiss@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    "hr": ("Tanja Schäfer", "tanja.schaefer@example.com", "DE", "HR / payroll"),
    "ithead": ("Markus Hoffmann", "markus.hoffmann@example.com", "DE", "Head of IT"),
    "itsec": ("Lukas Brandt", "lukas.brandt@example.com", "DE", "IT security / mail administrator"),
    "assistant": ("Claudia Fröhlich", "claudia.froehlich@example.com", "DE", "Assistant to the CEO"),
    "procurement": ("Andreas Wolf", "andreas.wolf@example.com", "DE", "Procurement (fuel, parts, tyres)"),
    "sales": ("Julia Neumann", "julia.neumann@example.com", "DE", "Sales (charter and school transport)"),
    "de_mgr": ("Thomas Bauer", "thomas.bauer@example.com", "DE", "Office manager Regensburg / head of operations"),
    "de_acc": ("Birgit Lehmann", "birgit.lehmann@example.com", "DE", "Accountant Regensburg (general ledger)"),
    "workshop": ("Jan Krüger", "jan.krueger@example.com", "DE", "Workshop foreman"),
    "it_mgr": ("Lorenzo Galli", "lorenzo.galli@example.com", "IT", "Office manager Italy"),
    "it_acc": ("Niccolò Ferraro", "niccolo.ferraro@examplegroup.eu", "IT", "Accountant Italy"),
    "it_sales": ("Sara Ricci", "sara.ricci@example.com", "IT", "Sales Italy"),
    "pl_mgr": ("Krzysztof Wójcik", "krzysztof.wojcik@example.com", "PL", "Office manager Poland"),
    "pl_acc": ("Małgorzata Łukasik", "malgorzata.lukasik@example.com", "PL", "Accountant Poland"),
    "pl_disp": ("Agnieszka Dąbrowska", "agnieszka.dabrowska@example.com", "PL", "Dispatcher / sales Poland"),
    "es_mgr": ("José Martínez", "jose.martinez@example.com", "ES", "Office manager Spain"),
    "es_acc": ("Lucía Fernández", "lucia.fernandez@example.com", "ES", "Accountant Spain"),
    "es_sales": ("María Núñez", "maria.nunez@example.com", "ES", "Sales and marketing Spain"),
    "gr_mgr": ("Γιώργος Παπαδόπουλος", "giorgos.papadopoulos@example.com", "GR", "Office manager Greece"),
    "gr_acc": ("Ελένη Οικονόμου", "eleni.oikonomou@examplegroup.eu", "GR", "Accountant Greece"),
    "uk_mgr": ("Oliver Hughes", "oliver.hughes@examplegroup.eu", "UK", "Office manager UK"),
    "uk_acc": ("Priya Shah", "priya.shah@example.com", "UK", "Accountant UK"),
    "ru_mgr": ("Дмитрий Соколов", "dmitry.sokolov@example.com", "RU", "Office manager Russia"),
    "ru_acc": ("Ольга Кузнецова", "olga.kuznetsova@examplegroup.eu", "RU", "Accountant Russia"),
}

SHARED = {
    "servicedesk": ("Example Group IT Service Desk", "servicedesk@example.com"),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# Correspondents: (organisation, country, kind, [(name, address)], mail infrastructure)
CORRESPONDENTS = [
    ("Lieferant GmbH", "DE", "supplier: bus spare parts, brakes, filters, workshop consumables (Nürnberg)",
     [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"), ("Buchhaltung", "rechnungen@lieferant-gmbh.de")],
     "Microsoft 365 (EOP)"),
    ("Ferretti Trasporti S.p.A.", "IT", "road carrier; subcontracted coach transfers and parts haulage (Brescia)",
     [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")],
     "Aruba hosted mail, Outlook desktop"),
    ("Partner Logistik sp. z o.o.", "PL", "logistics partner; depot services, vehicle transfers, invoicing of shared lines (Wrocław)",
     [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")],
     "Google Workspace"),
    ("Kraus Nutzfahrzeuge GmbH", "DE", "coach dealer and workshop (Passau)",
     [("Klaus Kraus", "k.kraus@kraus-nutzfahrzeuge.de")], "referenced only"),
    ("Gymnasium St. Michael Landshut", "DE", "school customer (class trips)",
     [("Katrin Vogt", "k.vogt@gymnasium-st-michael.de")], "IONOS (mout.kundenserver.de), Thunderbird"),
    ("Bus & Reise Fachbrief", "DE", "trade newsletter (subscribed)",
     [("Bus & Reise Fachbrief", "newsletter@bus-reise-fachbrief.de")], "Brevo"),
    ("Pennine Coach Hire Ltd", "UK", "subcontracted coach operator (Oldham)",
     [("Gareth Pryce", "gareth.pryce@penninecoachhire.co.uk"), ("Accounts", "accounts@penninecoachhire.co.uk")],
     "Microsoft 365 (EOP)"),
    ("St Aidan's Academy", "UK", "school customer (home-to-school contract, Stockport)",
     [("Helen Carter", "h.carter@staidans-academy.org.uk")], "Google Workspace"),
    ("Parrocchia San Zeno (group organiser)", "IT", "private group-trip organiser (customer)",
     [("Gianni Moretti", "gianni.moretti@libero.it")], "Libero Mail (Italiaonline, Open-Xchange)"),
    ("Biuro Podróży Słoneczko", "PL", "travel agency (customer)",
     [("Ewa Kamińska", "biuro.sloneczko@wp.pl")], "WP Poczta"),
    ("Rachunkowość w Praktyce", "PL", "accounting newsletter (subscribed)",
     [("Rachunkowość w Praktyce", "newsletter@rachunkowosc-wpraktyce.pl")], "SendGrid"),
    ("Autocares Levante S.L.", "ES", "subcontracted coach operator (Alzira)",
     [("Vicente Soler", "administracion@autocareslevante.es")], "referenced only"),
    ("Gestoría Albufera Asesores", "ES", "payroll and labour advisors",
     [("Carmen Ruiz", "nominas@gestoria-albufera.es")], "Microsoft 365 (EOP)"),
    ("Autobús Profesional", "ES", "trade newsletter (subscribed)",
     [("Autobús Profesional", "boletin@autobusprofesional.es")], "Mailchimp"),
    ("Αιγαίο Travel (Aigaio Travel)", "GR", "travel agency (customer)",
     [("Νίκος Αντωνίου", "aigaio.travel@otenet.gr")], "OTEnet/Cosmote mail, Outlook desktop"),
    ("Diesel Hellas Μ.Ι.Κ.Ε.", "GR", "fuel supplier",
     [("Σοφία Δημητρίου", "logistirio@dieselhellas.gr")], "Microsoft 365 (EOP)"),
    ("Λογιστικό Γραφείο Καραγιάννη", "GR", "external accountant / tax adviser",
     [("Παναγιώτης Καραγιάννης", "info@karagiannis-logistes.gr")], "cPanel hosting, Outlook desktop"),
    ("Εκπαιδευτήρια Αριστοτέλης", "GR", "private school (customer)",
     [("Maria Georgiou", "grammateia@ekpaideftiria-aristotelis.gr")], "Google Workspace"),
    ("ООО «ТрансАвтоСервис»", "RU", "spare parts supplier (Saint Petersburg)",
     [("Сергей Морозов", "s.morozov@transavtoservis.ru")], "Yandex 360, The Bat!"),
    ("Ирина Волкова (group organiser)", "RU", "private tour-group organiser (customer)",
     [("Ирина Волкова", "irina.volkova@yandex.ru")], "Yandex Mail"),
]
