"""Company, staff, correspondents and bank details shared by all messages."""
import banking as bk

COMPANY = {
    "name": "Example Group",
    "trade": "chocolate and confectionery manufacturer (pralines, filled bars, seasonal hollow figures, couverture for bakeries)",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "mx": "mx01.example.com (Postfix, inbound MX for both domains)",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay; Exchange Server 2019 mailbox servers EXMBX01/EXMBX02.corp.example.com behind it)",
}

OFFICES = {
    "DE": ("Köln (HQ)", "Example Group GmbH, Industriestraße 12, 50829 Köln"),
    "IT": ("Torino", "Example Italia S.r.l., Corso Francia 211, 10139 Torino"),
    "PL": ("Poznań", "Example Polska sp. z o.o., ul. Głogowska 218, 60-104 Poznań"),
    "ES": ("Barcelona", "Example Iberia S.L., Carrer de la Marina 152, 08013 Barcelona"),
    "GR": ("Thessaloniki", "Example Hellas Μ.Α.Ε., 26ης Οκτωβρίου 64, 546 27 Θεσσαλονίκη"),
    "UK": ("Birmingham", "Example Confectionery UK Ltd, 40 Bournville Lane Business Park, Birmingham B30 2JR"),
    "RU": ("Moscow", "ООО «Экзампл Рус», ул. Верхняя Красносельская 2/1, 107140 Москва"),
}

# (display name, address, office key, role)
STAFF = [
    ("Markus Böhm", "markus.boehm@example.com", "DE", "Chief Executive Officer (Dr.)"),
    ("Claudia Weiß", "claudia.weiss@example.com", "DE", "Chief Financial Officer"),
    ("Julia Krüger", "julia.krueger@example.com", "DE", "Assistant to the CEO"),
    ("Sabine Müller", "sabine.mueller@example.com", "DE", "Accounts Payable (team lead)"),
    ("Thomas Schäfer", "thomas.schaefer@example.com", "DE", "Accounts Payable / Treasury"),
    ("Andrea Hoffmann", "andrea.hoffmann@example.com", "DE", "HR & Payroll"),
    ("Jörg Neumann", "joerg.neumann@example.com", "DE", "Head of IT"),
    ("Lukas Schröder", "lukas.schroeder@example.com", "DE", "IT Security & Mail Administrator"),
    ("Katrin Vogel", "katrin.vogel@example.com", "DE", "Procurement (cocoa, nuts, packaging)"),
    ("Florian Becker", "florian.becker@example.com", "DE", "Sales, Key Account Manager DACH"),
    ("Frank Zimmermann", "frank.zimmermann@examplegroup.eu", "DE", "Logistics & Supply Chain"),
    ("Giulia Russo", "giulia.russo@example.com", "IT", "Office Manager Italy"),
    ("Marco Bianchi", "marco.bianchi@examplegroup.eu", "IT", "Accountant Italy"),
    ("Francesca Ricci", "francesca.ricci@example.com", "IT", "Sales Italy"),
    ("Agnieszka Wójcik", "agnieszka.wojcik@example.com", "PL", "Office Manager Poland"),
    ("Paweł Kowalczyk", "pawel.kowalczyk@example.com", "PL", "Accountant Poland"),
    ("Javier Martínez", "javier.martinez@example.com", "ES", "Office Manager Spain"),
    ("Lucía Fernández", "lucia.fernandez@example.com", "ES", "Accountant Spain"),
    ("Nikos Papadopoulos", "nikos.papadopoulos@example.com", "GR", "Office Manager Greece"),
    ("Eleni Georgiou", "eleni.georgiou@examplegroup.eu", "GR", "Accountant Greece"),
    ("James Whitfield", "james.whitfield@example.com", "UK", "Office Manager UK"),
    ("Sarah Collins", "sarah.collins@example.com", "UK", "Accountant UK"),
    ("Oliver Hughes", "oliver.hughes@example.com", "UK", "Sales UK (retail key accounts)"),
    ("Dmitry Sokolov", "dmitry.sokolov@example.com", "RU", "Office Manager Russia"),
    ("Olga Kuznetsova", "olga.kuznetsova@examplegroup.eu", "RU", "Accountant Russia"),
]
S = {a.split("@")[0]: (n, a) for n, a, _, _ in STAFF}


def st(key):
    return S[key]


# private addresses of staff (used only by the staff members themselves)
PRIVATE = {
    "sabine": ("Sabine Müller", "sabine.mueller78@gmx.de"),
    "pawel": ("Paweł Kowalczyk", "pawel.kowalczyk84@gmail.com"),
}

# ---- bank details -----------------------------------------------------------
LIEFERANT_OLD = bk.de_iban("20050550", "128400731")      # Hamburger Sparkasse
LIEFERANT_NEW = bk.de_iban("20750000", "640217858")      # Sparkasse Harburg-Buxtehude
ATT_LIEFERANT = bk.de_iban("10011001", "262087415")      # N26 Bank (mule)
FERRETTI = bk.it_iban("05034", "11701", "000000012483")   # Banco BPM
ATT_FERRETTI = bk.it_iban("03015", "03200", "000003581274")  # FinecoBank (mule)
NOCCIOLE_OLD = bk.it_iban("08530", "46220", "000000211473")  # BCC (Alba)
NOCCIOLE_NEW = bk.it_iban("03069", "46221", "100000010381")  # Intesa Sanpaolo
PARTNER = bk.pl_iban("102", "4043", "0000690201457835")  # PKO BP
ATT_PARTNER = bk.pl_iban("105", "1461", "1000009731840262")  # ING Bank Śląski (mule)
NOWAK = bk.pl_iban("114", "2004", "0000370219044187")    # mBank
ALMENDRAS = bk.es_iban("2100", "0321", "0200183579")      # CaixaBank
ATT_ALMENDRAS = bk.es_iban("1583", "0001", "7091573826")  # Revolut (ES branch) (mule)
GALAKTO = bk.gr_iban("011", "0350", "0000035047183920")   # National Bank of Greece
ATT_GALAKTO = bk.lt_iban("32500", "48213370591")           # Revolut Bank UAB (LT) (mule)
MIDLAND = bk.gb_iban("BARC", "204577", "73920184")         # Barclays
ATT_MIDLAND = bk.gb_iban("SRLG", "608371", "25173094")     # Starling (mule)
ATT_LAWYER = bk.be_iban("967", "4120583")                  # Wise Europe (BE)
HANSEAT = bk.de_iban("20050550", "104566783")              # Hamburger Sparkasse
REGISTER_SCAM = bk.de_iban("10011001", "731004582")        # N26 (register scam)

SLAD_BIK_OLD, SLAD_CORR_OLD = "044525225", "30101810400000000225"   # ПАО Сбербанк
SLAD_BIK_NEW, SLAD_CORR_NEW = "044525593", "30101810200000000593"   # АО «Альфа-Банк»
ATT_BIK, ATT_CORR = "044525974", "30101810145250000974"              # АО «ТБанк»
SLAD_ACC_OLD = bk.ru_account(SLAD_BIK_OLD, "40702", "810", "3800", "0417263")
SLAD_ACC_NEW = bk.ru_account(SLAD_BIK_NEW, "40702", "810", "0010", "1482051")
ATT_RU_ACC = bk.ru_account(ATT_BIK, "40702", "810", "1000", "0391846")
SLAD_INN = bk.ru_inn10("771834652")
SLAD_KPP = "771801001"
SLAD_OGRN = bk.ru_ogrn("115774629173")
EXAMPLE_RU_INN = bk.ru_inn10("770839517")

LIEFERANT_VAT = bk.de_ustid("28415573")
HANSEAT_VAT = bk.de_ustid("11829406")
EXAMPLE_VAT = bk.de_ustid("81547326")
FERRETTI_PIVA = bk.it_piva("0318502023")
NOCCIOLE_PIVA = bk.it_piva("0297160004")
EXAMPLE_IT_PIVA = bk.it_piva("1183550001")
PARTNER_NIP = bk.pl_nip("782260913")
NOWAK_NIP = bk.pl_nip("789170355")
EXAMPLE_PL_NIP = bk.pl_nip("779241788")
ALMENDRAS_CIF = bk.es_cif("A", "4307281")
EXAMPLE_ES_CIF = bk.es_cif("B", "6619207")
GALAKTO_AFM = bk.gr_afm("09483712")
EXAMPLE_GR_AFM = bk.gr_afm("80116327")
MIDLAND_VAT = bk.gb_vat("2764391")

BTC_EXTORTION = bk.btc_from_seed("extortion-en-2026", "bech32")

for _ib in [LIEFERANT_OLD, LIEFERANT_NEW, ATT_LIEFERANT, FERRETTI, ATT_FERRETTI, NOCCIOLE_OLD, NOCCIOLE_NEW,
            PARTNER, ATT_PARTNER, NOWAK, ALMENDRAS, ATT_ALMENDRAS, GALAKTO, ATT_GALAKTO, MIDLAND, ATT_MIDLAND,
            ATT_LAWYER, HANSEAT, REGISTER_SCAM]:
    assert bk.iban_valid(_ib), _ib
for _b, _a in [(SLAD_BIK_OLD, SLAD_ACC_OLD), (SLAD_BIK_NEW, SLAD_ACC_NEW), (ATT_BIK, ATT_RU_ACC)]:
    assert bk.ru_check(_b, _a)
for _b, _a in [(SLAD_BIK_OLD, SLAD_CORR_OLD), (SLAD_BIK_NEW, SLAD_CORR_NEW), (ATT_BIK, ATT_CORR)]:
    assert bk.ru_check(_b, _a, corr=True)
assert bk.bech32_valid(BTC_EXTORTION)

F = bk.fmt_iban

# ---- correspondents -------------------------------------------------------
# (organisation, country, role, contacts [(name, address)], note)
CORRESPONDENTS = [
    ("Lieferant GmbH", "DE (Hamburg-Harburg)", "Supplier: cocoa butter, cocoa mass, nut pastes",
     [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
      ("Buchhaltung", "rechnungen@lieferant-gmbh.de")], "Mail hosted at IONOS, Outlook 16 clients"),
    ("Ferretti Trasporti S.p.A.", "IT (Verona)", "Road carrier (temperature-controlled)",
     [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")],
     "Mail hosted at Aruba, Outlook clients"),
    ("Partner Logistik sp. z o.o.", "PL (Swarzędz near Poznań)", "Logistics partner / contract warehouse",
     [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")],
     "Microsoft 365 tenant"),
    ("Hanseatische Kakaohandel GmbH", "DE (Hamburg)", "Cocoa bean importer (Ghana, Ecuador)",
     [("Jan Petersen", "jan.petersen@hanseatische-kakao.de"), ("Forderungsmanagement", "forderungen@hanseatische-kakao.de")],
     "Own Postfix relay, ERP (Microsoft Dynamics 365 Business Central) sends reminders"),
    ("Hafenspedition Nord GmbH", "DE (Hamburg)", "Forwarder and customs broker for cocoa imports",
     [("Zollabteilung / Birte Jansen", "zoll@hafenspedition-nord.de")], "Microsoft 365 tenant"),
    ("Nocciole delle Langhe S.r.l.", "IT (Alba, CN)", "Supplier: Piedmont hazelnuts (IGP), hazelnut paste",
     [("Roberto Gallo", "roberto.gallo@noccioledellelanghe.it"), ("Amministrazione", "amministrazione@noccioledellelanghe.it")],
     "Own domain at Register.it, Thunderbird"),
    ("Pasticceria Dolce Vita (Anna Esposito)", "IT (Torino)", "Customer: pastry shop buying couverture",
     [("Anna Esposito", "anna.esposito72@libero.it")], "Consumer mail libero.it"),
    ("Delikatesy Smakosz sp. z o.o.", "PL (Kraków)", "Customer: delicatessen chain",
     [("Magdalena Nowicka", "m.nowicka@smakosz.com.pl"), ("Zamówienia (ERP)", "zamowienia@smakosz.com.pl")],
     "Own mail server; orders generated by Subiekt nexo ERP"),
    ("Krzysztof Nowak Usługi Transportowe", "PL (Września)", "Independent haulier (one-man carrier)",
     [("Krzysztof Nowak", "k.nowak.transport@wp.pl")], "Consumer mail wp.pl, Outlook desktop"),
    ("Distribuciones Levante S.L.", "ES (Valencia)", "Customer: distributor to HORECA and retail",
     [("Carmen López", "carmen.lopez@distlevante.es")], "Microsoft 365 tenant"),
    ("Almendras del Mediterráneo S.A.", "ES (Reus, Tarragona)", "Supplier: Marcona and Largueta almonds",
     [("Jordi Puig", "jpuig@almendrasmediterraneo.es"), ("Facturación", "facturacion@almendrasmediterraneo.es")],
     "Hosted mail (Arsys), Outlook 16"),
    ("Galaktoviomichania Thessalias S.A. (Γαλακτοβιομηχανία Θεσσαλίας Α.Ε.)", "GR (Larissa)", "Supplier: milk powder, cream powder",
     [("Σοφία Καραγιάννη", "s.karagianni@galaktothessalias.gr"), ("Λογιστήριο", "logistirio@galaktothessalias.gr")],
     "Own Postfix server, Outlook 16"),
    ("Athinaiki Trofima A.E. (Αθηναϊκή Τρόφιμα Α.Ε.)", "GR (Athens)", "Customer: food distributor (supermarkets, kiosks)",
     [("Κώστας Δημητρίου", "k.dimitriou@athtrofima.gr")], "Microsoft 365 tenant (and a cPanel host for the web site)"),
    ("Giorgos Alexiou, accountant (Γιώργος Αλεξίου)", "GR (Thessaloniki)", "External tax accountant of the Greek office",
     [("Γιώργος Αλεξίου", "g.alexiou@otenet.gr")], "Consumer/ISP mail otenet.gr"),
    ("ООО «СладТорг»", "RU (Moscow)", "Customer: confectionery distributor",
     [("Ирина Волкова", "i.volkova@sladtorg.ru"), ("Бухгалтерия", "buh@sladtorg.ru")], "Own domain at a Moscow host, The Bat!"),
    ("Alexei Morozov, customs broker (Алексей Морозов)", "RU (Moscow)", "Customs broker for imports into Russia",
     [("Алексей Морозов", "morozov.broker@yandex.ru")], "Consumer mail yandex.ru"),
    ("Harrington Foods Ltd", "UK (Leeds)", "Customer: regional grocery retailer",
     [("Emma Clarke", "emma.clarke@harringtonfoods.co.uk")], "Microsoft 365 tenant; signs contracts with DocuSign"),
    ("Midland Freight Ltd", "UK (Coventry)", "Road carrier (UK distribution)",
     [("Accounts", "accounts@midlandfreight.co.uk"), ("Gary Turner", "gary.turner@midlandfreight.co.uk")],
     "Microsoft 365 tenant, invoices from Sage"),
]
