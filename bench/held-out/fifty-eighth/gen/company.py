# -*- coding: utf-8 -*-
"""Example Group: staff, offices, bank data and external correspondents."""
import banking as bk

COMPANY = {
    "name": "Example Group",
    "legal": "Example Shipping & Port Services GmbH",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "trade": "maritime shipping agency and port services: ship agency (port calls, "
             "disbursement accounts), chartering, crew changes, customs brokerage at ports",
    "hq": "Am Kaiserkai 12, 20457 Hamburg, Germany",
    "ustid": bk.de_ustid("27451309"),
    "hrb": "HRB 148207 (Amtsgericht Hamburg)",
    "mx": "mx01.example.com (Postfix, inbound)",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay, Exchange 2019 behind it: "
             "EXMB01/EXMB02.corp.example.com 10.20.0.41/42)",
}

OFFICES = [
    ("Hamburg (HQ)", "DE", "Am Kaiserkai 12, 20457 Hamburg"),
    ("Genova", "IT", "Via di Francia 28, 16149 Genova"),
    ("Gdynia", "PL", "ul. Waszyngtona 34/36, 81-342 Gdynia"),
    ("Valencia", "ES", "Av. del Puerto 289, 46024 Valencia"),
    ("Piraeus", "GR", "Akti Miaouli 47, 185 36 Piraeus"),
    ("Southampton", "UK", "Ocean Village, 4 Channel Way, Southampton SO14 3TG"),
    ("St. Petersburg", "RU", "Mezhevoy kanal 5, 198035 St. Petersburg"),
]

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Jörg Schäfer", "joerg.schaefer@example.com", "Hamburg (HQ)", "CEO / Geschäftsführer"),
    "cfo": ("Annette Brückner", "annette.brueckner@example.com", "Hamburg (HQ)", "CFO"),
    "ap": ("Sabine Köhler", "sabine.koehler@example.com", "Hamburg (HQ)", "Accounts payable (Kreditorenbuchhaltung)"),
    "hr": ("Monika Weiß", "monika.weiss@example.com", "Hamburg (HQ)", "HR & payroll"),
    "ithead": ("Thomas Krüger", "thomas.krueger@example.com", "Hamburg (HQ)", "Head of IT"),
    "itsec": ("Lars Petersen", "lars.petersen@example.com", "Hamburg (HQ)", "IT security / mail administrator"),
    "assist": ("Julia Hoffmann", "julia.hoffmann@example.com", "Hamburg (HQ)", "Assistant to the CEO"),
    "proc": ("Dirk Neumann", "dirk.neumann@example.com", "Hamburg (HQ)", "Procurement"),
    "sales": ("Katrin Vogel", "katrin.vogel@examplegroup.eu", "Hamburg (HQ)", "Sales & key accounts"),
    "charter": ("Nils Hansen", "nils.hansen@example.com", "Hamburg (HQ)", "Chartering broker"),
    "ops": ("Katharina Groß", "katharina.gross@example.com", "Hamburg (HQ)", "Operations / crew changes"),
    "customs": ("Mehmet Yılmaz", "mehmet.yilmaz@example.com", "Hamburg (HQ)", "Customs brokerage (Zollabfertigung)"),
    "it_mgr": ("Marco Bianchi", "marco.bianchi@example.com", "Genova", "Office manager Italy"),
    "it_acc": ("Francesca Ricci", "francesca.ricci@example.com", "Genova", "Accountant Italy"),
    "it_sales": ("Giulia Esposito", "giulia.esposito@examplegroup.eu", "Genova", "Sales Italy"),
    "pl_mgr": ("Paweł Nowak", "pawel.nowak@example.com", "Gdynia", "Office manager Poland"),
    "pl_acc": ("Małgorzata Wójcik", "malgorzata.wojcik@example.com", "Gdynia", "Accountant Poland"),
    "es_mgr": ("Javier Ortega", "javier.ortega@example.com", "Valencia", "Office manager Spain"),
    "es_acc": ("Lucía Fernández", "lucia.fernandez@example.com", "Valencia", "Accountant Spain"),
    "gr_mgr": ("Dimitrios Papadopoulos", "dimitrios.papadopoulos@example.com", "Piraeus", "Office manager Greece"),
    "gr_acc": ("Eleni Georgiou", "eleni.georgiou@example.com", "Piraeus", "Accountant Greece"),
    "uk_mgr": ("James Whitfield", "james.whitfield@example.com", "Southampton", "Office manager UK"),
    "uk_acc": ("Priya Shah", "priya.shah@example.com", "Southampton", "Accountant UK"),
    "ru_mgr": ("Aleksei Smirnov", "aleksei.smirnov@examplegroup.eu", "St. Petersburg", "Office manager Russia"),
    "ru_acc": ("Olga Kuznetsova", "olga.kuznetsova@examplegroup.eu", "St. Petersburg", "Accountant Russia"),
}


def S(key):
    return STAFF[key][0], STAFF[key][1]


# ------------------------------------------------------------- bank data
EXG_IBAN = bk.iban_de("20050550", "1268304517")           # Hamburger Sparkasse (own)
LIEF_IBAN_OLD = bk.iban_de("29040090", "0418227300")       # Commerzbank Bremerhaven
LIEF_IBAN_NEW = bk.iban_de("29250000", "0001947266")       # Weser-Elbe Sparkasse
LIEF_USTID = bk.de_ustid("81472366")
FERRETTI_IBAN = bk.iban_it("03069", "01400", "100000018523")      # Intesa Sanpaolo Genova
FERRETTI_PIVA = bk.it_piva("0187432099")
PARTNER_NIP = bk.pl_nip("586211948")
PARTNER_IBAN = bk.iban_pl("1020184", "0000260201558841")          # PKO BP Gdynia
LEVANTE_IBAN = bk.iban_es("2100", "2207", "0200183741")           # CaixaBank Valencia
LEVANTE_CIF = bk.es_cif("B", "9734128")
AEGEAN_IBAN = bk.iban_gr("017", "0124", "0000512038744120")       # Piraeus Bank
AEGEAN_AFM = bk.gr_afm("09981452")
PMS_AFM = bk.gr_afm("80013377")
PMS_IBAN = bk.iban_gr("026", "0217", "0000430200977519")          # Eurobank
NAVT_PIVA = bk.it_piva("0731455063")
NBC_ACCT = bk.iban("DK", "30000012477890")                        # Danske Bank
KEANE_IBAN = bk.iban_gb("NWBK", "601613", "41873905")

# Russia: Nevsky Forwarding (genuine) at Sberbank NW (St. Petersburg)
NEV_BIK = "044030653"
NEV_KS = bk.ru_account(NEV_BIK, "30101810500000000653", True)
NEV_RS = bk.ru_account(NEV_BIK, "40702810055040012873")
NEV_INN = bk.ru_inn10("780241735")
NEV_KPP = "780201001"

CORRESPONDENTS = [
    # (company, country, role, [(name, address)])
    ("Lieferant GmbH", "DE (Bremerhaven)", "supplier of ship stores, lashing gear and mooring ropes",
     [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
      ("Buchhaltung", "rechnungen@lieferant-gmbh.de")]),
    ("Ferretti Trasporti S.p.A.", "IT (Genova)", "road carrier, container haulage from the port",
     [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")]),
    ("Partner Logistik sp. z o.o.", "PL (Gdynia)", "logistics partner, warehousing and trucking",
     [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")]),
    ("Nordic Bulk Carriers A/S", "DK (Copenhagen)", "customer, bulk shipowner (agency & crew changes)",
     [("Mette Sørensen", "mes@nordicbulk.dk"), ("Accounts", "accounts@nordicbulk.dk")]),
    ("Aegean Star Shipping S.A.", "GR (Piraeus)", "customer, tanker/bulk owner (port agency Piraeus)",
     [("Ιωάννης Καραγιάννης / Ioannis Karagiannis", "i.karagiannis@aegeanstar.gr")]),
    ("Seaview Crew Management Ltd", "UK (Southampton)", "customer, crew manager (crew changes UK)",
     [("Daniel Hughes", "daniel.hughes@seaviewcrew.co.uk"), ("via DocuSign", "dse@eumail.docusign.net")]),
    ("Marlow Keane LLP", "UK (London)", "the group's maritime solicitors (cargo claims)",
     [("Richard Keane", "r.keane@marlowkeane.co.uk")]),
    ("Navigazione Tirrenica S.p.A.", "IT (Napoli)", "customer, shipowner (Genoa calls)",
     [("Alessandro De Luca", "a.deluca@navtirrenica.it")]),
    ("Transportes Levante S.L.", "ES (Valencia)", "road carrier Valencia port",
     [("Facturación", "facturacion@transporteslevante.es")]),
    ("Frutas Huerta del Turia S.A.", "ES (Valencia)", "customer, reefer exporter (customs clearance)",
     [("Marta Sanz", "marta.sanz@huertadelturia.es")]),
    ("Piraeus Marine Supplies", "GR (Piraeus)", "ship chandler",
     [("Κώστας Νικολάου / Kostas Nikolaou", "k.nikolaou@pms-chandlers.gr")]),
    ("ООО «Невская экспедиция» (Nevsky Forwarding LLC)", "RU (St. Petersburg)", "forwarder / sub-agent",
     [("Игорь Волков / Igor Volkov", "i.volkov@nevexp.ru"), ("Бухгалтерия", "buh@nevexp.ru")]),
    ("Anna Kowalczyk (job applicant)", "PL", "private applicant on Gmail",
     [("Anna Kowalczyk", "anna.kowalczyk93@gmail.com")]),
    ("Staff private mailboxes", "-", "colleagues writing from consumer mail",
     [("Katharina Groß", "kathi.gross@gmx.de"), ("Marco Bianchi", "marco.bianchi78@libero.it"),
      ("Małgorzata Wójcik", "m.wojcik.gdy@wp.pl"), ("Ελένη Γεωργίου", "elgeorgiou@otenet.gr"),
      ("Ольга Кузнецова", "olga.kuz1987@yandex.ru")]),
    ("Newsletters (subscribed)", "-", "trade press via ESPs",
     [("Maritimer Wirtschaftsbrief (CleverReach)", "newsletter@maritimer-wirtschaftsbrief.de"),
      ("ShipInsight Europe (Mailchimp)", "news@shipinsight-europe.com"),
      ("Porto & Logistica News (Brevo)", "newsletter@portoelogistica.it"),
      ("Cadena Logística Hoy (Mailchimp)", "boletin@cadenalogisticahoy.es"),
      ("Ναυτιλιακά Νέα (SendGrid)", "news@nautiliaka-nea.gr")]),
    ("Service notifications (genuine)", "-", "Microsoft, Google, GitHub, Yandex, DocuSign",
     [("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
      ("Microsoft", "microsoft-noreply@microsoft.com"), ("Google", "no-reply@accounts.google.com"),
      ("GitHub", "noreply@github.com"), ("Яндекс ID", "noreply@id.yandex.ru")]),
]
