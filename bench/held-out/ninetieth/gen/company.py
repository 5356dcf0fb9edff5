"""Example Group: staff, offices, correspondents and bank details."""
import checks as C

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group GmbH",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": 700,
    "trade": "pest control and commercial hygiene services (IPM, rodent and insect "
             "control, bird control, disinfection, washroom and food-plant hygiene)",
}

OFFICES = {
    "DE": ("Köln (HQ)", "Example Group GmbH, Widdersdorfer Straße 190, 50825 Köln"),
    "IT": ("Milano", "Example Group Italia S.r.l., Via Gallarate 184, 20151 Milano"),
    "PL": ("Wrocław", "Example Group Polska sp. z o.o., ul. Legnicka 55, 54-203 Wrocław"),
    "ES": ("Valencia", "Example Group Iberia S.L., Avda. de las Cortes Valencianas 39, 46015 Valencia"),
    "GR": ("Athens", "Example Group Hellas M.E.P.E., Leof. Kifisias 280, 152 32 Chalandri"),
    "UK": ("Manchester", "Example Group UK Ltd, 3 Hardman Street, Manchester M3 3HF"),
    "RU": ("Moscow", "ООО «Экзампл Груп Рус», ул. Нижняя Сыромятническая 10, Москва"),
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Jürgen Köhler", "juergen.koehler@example.com", "DE", "Chief Executive Officer (Geschäftsführer)"),
    "cfo": ("Sabine Hoffmann", "sabine.hoffmann@example.com", "DE", "Chief Financial Officer"),
    "ap": ("Monika Schäfer", "monika.schaefer@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    "ar": ("Tobias Wendt", "tobias.wendt@example.com", "DE", "Accountant HQ (Debitoren / Hauptbuch)"),
    "hr": ("Anja Weiß", "anja.weiss@example.com", "DE", "Head of HR"),
    "payroll": ("Birgit Krämer", "birgit.kraemer@example.com", "DE", "Payroll (Lohn- und Gehaltsabrechnung)"),
    "ithead": ("Thomas Brandt", "thomas.brandt@example.com", "DE", "Head of IT"),
    "itsec": ("Lukas Reinhardt", "lukas.reinhardt@example.com", "DE", "IT security / mail administrator"),
    "assistant": ("Julia Neumann", "julia.neumann@example.com", "DE", "Assistant to the CEO"),
    "procurement": ("Markus Günther", "markus.guenther@example.com", "DE", "Procurement (Einkauf)"),
    "sales_de": ("Elif Yılmaz", "elif.yilmaz@example.com", "DE", "Key account sales, food industry"),
    "ops_de": ("Katrin Vogel", "katrin.vogel@example.com", "DE", "Service scheduling (Disposition) Germany"),
    "it_mgr": ("Niccolò Ferrara", "niccolo.ferrara@example.com", "IT", "Office manager Italy"),
    "it_acc": ("Francesca Romano", "francesca.romano@example.com", "IT", "Accountant Italy"),
    "it_tech": ("Davide Esposito", "davide.esposito@example.com", "IT", "Field service lead Italy"),
    "pl_mgr": ("Paweł Kowalczyk", "pawel.kowalczyk@example.com", "PL", "Office manager Poland"),
    "pl_acc": ("Małgorzata Wiśniewska", "malgorzata.wisniewska@example.com", "PL", "Accountant Poland"),
    "es_mgr": ("José Martínez Ruiz", "jose.martinez@examplegroup.eu", "ES", "Office manager Spain"),
    "es_acc": ("Lucía Fernández", "lucia.fernandez@example.com", "ES", "Accountant Spain"),
    "gr_mgr": ("Giorgos Papadopoulos", "giorgos.papadopoulos@examplegroup.eu", "GR", "Office manager Greece"),
    "gr_acc": ("Eleni Konstantinou", "eleni.konstantinou@example.com", "GR", "Accountant Greece"),
    "uk_mgr": ("Oliver Hughes", "oliver.hughes@example.com", "UK", "Office manager UK"),
    "uk_acc": ("Priya Shah", "priya.shah@examplegroup.eu", "UK", "Accountant UK"),
    "uk_sales": ("Daniel Cooper", "daniel.cooper@example.com", "UK", "Account manager UK (food & facilities)"),
    "ru_mgr": ("Dmitry Sokolov", "dmitry.sokolov@example.com", "RU", "Office manager Russia (General Director of the Russian subsidiary)"),
    "ru_acc": ("Yelena Morozova", "yelena.morozova@example.com", "RU", "Chief accountant Russia"),
}


def S(key):
    n, a, o, r = STAFF[key]
    return (n, a)


# native spellings used by their own mail clients
NATIVE = {
    "gr_mgr": "Γιώργος Παπαδόπουλος",
    "gr_acc": "Ελένη Κωνσταντίνου",
    "ru_mgr": "Дмитрий Соколов",
    "ru_acc": "Елена Морозова",
}

# ----------------------------------------------------------------- correspondents
CORR = [
    # company, country, relation, contacts
    ("Lieferant GmbH", "DE", "supplier of bait stations, traps, monitoring and rodenticides (Lieferant of the HQ warehouse)",
     ["Stefan Maier <s.maier@lieferant-gmbh.de>", "Petra Lang <p.lang@lieferant-gmbh.de>",
      "Buchhaltung <rechnungen@lieferant-gmbh.de>"]),
    ("Ferretti Trasporti S.p.A.", "IT", "road carrier (chemical and equipment transport IT/DE)",
     ["Chiara Colombo <c.colombo@ferretti-trasporti.it>", "<amministrazione@ferretti-trasporti.it>"]),
    ("Partner Logistik sp. z o.o.", "PL", "logistics partner (warehousing and distribution PL/DE)",
     ["Tadeusz Zieliński <t.zielinski@partner-logistik.pl>", "<ksiegowosc@partner-logistik.pl>"]),
    ("Biozid-Handel Nord GmbH", "DE", "wholesaler of biocides and insecticides",
     ["Jens Petersen <j.petersen@biozid-nord.de>", "<e-rechnung@biozid-nord.de>"]),
    ("Fachverband Schädlingsbekämpfung West e.V.", "DE", "regional trade association (membership)",
     ["Geschäftsstelle <info@fv-sbk-west.de>"]),
    ("Der Schädlingsprofi (trade newsletter)", "DE", "trade magazine newsletter via CleverReach",
     ["<newsletter@schaedlingsprofi-magazin.de>"]),
    ("Northgate Food Processing Ltd", "UK", "customer, ready-meal factory (M365 tenant)",
     ["Karen Whitfield <karen.whitfield@northgatefoods.co.uk>", "<accounts.payable@northgatefoods.co.uk>"]),
    ("Harbour Facilities Management Ltd", "UK", "customer, facilities management of port warehouses",
     ["Mark Dempsey <mark.dempsey@harbourfm.co.uk>"]),
    ("PestTech Weekly", "UK", "trade newsletter via Mailchimp", ["<news@pesttechweekly.co.uk>"]),
    ("Caseificio Val Padana S.r.l.", "IT", "customer, dairy plant near Cremona (own domain, Aruba hosting)",
     ["Marco Rinaldi <m.rinaldi@caseificiovalpadana.it>", "<qualita@caseificiovalpadana.it>"]),
    ("Studio Galli Commercialisti Associati", "IT", "external tax advisor of the Italian subsidiary",
     ["Dott.ssa Elena Galli <elena.galli@studiogalli-cr.it>"]),
    ("Agrofarm Esche S.r.l.", "IT", "supplier of rodenticide baits and glue boards",
     ["Ufficio crediti <crediti@agrofarmesche.it>"]),
    ("Piekarnia Nowak", "PL", "customer, bakery in Oleśnica (wp.pl mailbox)", ["Anna Nowak <piekarnia.nowak@wp.pl>"]),
    ("Magazyny Centralne Śląsk sp. z o.o.", "PL", "prospect, warehouse operator (RFQ)",
     ["Krzysztof Lis <k.lis@mcs-magazyny.pl>"]),
    ("Hurtownia DDD Chem-Pol sp. z o.o.", "PL", "supplier of DDD chemicals, invoices from wFirma",
     ["Biuro <biuro@chempol-ddd.pl>"]),
    ("Stowarzyszenie Branży DDD", "PL", "trade association newsletter via FreshMail", ["<newsletter@branzaddd.pl>"]),
    ("Gestoría Navarro & Asociados", "ES", "external tax advisor of the Spanish subsidiary",
     ["Carmen Navarro <cnavarro@gestorianavarro.es>"]),
    ("Hotel Costa Azahar", "ES", "customer, hotel in Benicàssim", ["Raúl Ortega <mantenimiento@hotelcostaazahar.com>"]),
    ("Suministros Sanitarios Levante S.L.", "ES", "supplier of biocides and PPE", ["Administración <administracion@sslevante.es>"]),
    ("Asesoría Biocidas Mediterráneo", "ES", "regulatory consultant (ROESB / biocides)", ["Inés Soler <ines.soler@abmconsultores.es>"]),
    ("Λογιστικό Γραφείο Δημητρίου (K. Dimitriou)", "GR", "external accountant of the Greek subsidiary (otenet.gr)",
     ["Κώστας Δημητρίου <k.dimitriou@otenet.gr>"]),
    ("Aegean Blue Hotels", "GR", "customer, hotel group in Crete and Rhodes", ["Μαρία Βλάχου <m.vlachou@aegeanbluehotels.gr>"]),
    ("ACS Courier", "GR", "courier (shipment notifications via Amazon SES)", ["<noreply@acscourier.net>"]),
    ("ООО «ДезСнаб»", "RU", "supplier of disinfectants (invoices from Yandex 360 domain)",
     ["Ольга Федорова <o.fedorova@dezsnab.ru>"]),
    ("Контур.Диадок", "RU", "EDI / e-document operator (notifications)", ["<noreply@diadoc.kontur.ru>"]),
    ("Microsoft, Google, GitHub, DocuSign, Yandex", "—", "genuine service notifications", ["see messages"]),
]

# ----------------------------------------------------------------- bank details
BANK = {
    # genuine
    "eg_de": C.iban_de("37050198", "190458702"),                 # Sparkasse KölnBonn
    "lief_old": C.iban_de("37160087", "420017735"),              # Kölner Bank (Volksbank)
    "lief_new": C.iban("DE", "37040044" + "0223319400"),         # Commerzbank Köln
    "biozid": C.iban_de("20050550", "126804117"),                # Hamburger Sparkasse
    "fv": C.iban_de("37050198", "300712245"),
    "ferretti": C.iban_it("03069", "11100", "100000063741"),      # Intesa Sanpaolo
    "agrofarm": C.iban_it("05034", "11400", "000000004512"),     # Banco BPM
    "partner": C.iban_pl("1240106", "1111000012345678"),         # Pekao
    "chempol": C.iban_pl("1140200", "4000000318227741"),         # mBank
    "eg_pl": C.iban_pl("1050150", "0000009031884217"),           # ING
    "ssl": C.iban_es("0081", "0216", "0001234567"),              # Sabadell
    "eg_es": C.iban_es("2100", "2177", "0200114736"),            # CaixaBank
    "eg_gr": C.iban("GR", "0172041" + "0005204099316551"),       # Piraeus
    "eg_it": C.iban_it("02008", "01603", "000105577321"),        # UniCredit
    "eg_uk": C.iban("GB", "NWBK" + "010665" + "48203318"),      # NatWest
    # attacker mule accounts
    "mule_de02": C.iban("DE", "10011001" + "2629847711"),        # neobank-style Berlin BLZ
    "mule_it17": C.iban("LT", "32500" + "18340092651"),          # Lithuanian e-money
    "mule_pl22": C.iban_pl("1160022", "0000000587391026"),       # Millennium
    "mule_de06": C.iban_es("0182", "5322", "0201553907"),        # BBVA (fake register)
    "mule_en13": C.iban("GB", "CLRB" + "040605" + "10472231"),   # ClearBank-hosted e-money
    "mule_es29": C.iban_es("1465", "0100", "9117553402"),        # ING España
    "mule_payroll": C.iban("DE", "10011001" + "2073316648"),     # payroll diversion (neobank)
    "mule_en14": None,
}

RU = {
    "dezsnab_bik": "044525593",   # Alfa-Bank
    "dezsnab_ks": C.ru_korr("044525593"),
    "dezsnab_rs": C.ru_account("044525593", "40702810x02300017413"),
    "dezsnab_inn": C.ru_inn10("772849017"),
    "dezsnab_kpp": "772801001",
    "eg_ru_bik": "044525187",     # VTB
    "eg_ru_ks": C.ru_korr("044525187"),
    "eg_ru_rs": C.ru_account("044525187", "40702810x00000041207"),
    "eg_ru_inn": C.ru_inn10("770491836"),
    "eg_ru_kpp": "770901001",
    "fake_bik": "044525225",      # Sberbank (used by an attacker)
    "fake_ks": C.ru_korr("044525225"),
    "fake_rs": C.ru_account("044525225", "40817810x38120049112"),
}

VAT = {
    "eg_de": C.de_ustid("21346598"),
    "lief": C.de_ustid("81225736"),
    "biozid": C.de_ustid("11852264"),
    "ferretti": "IT" + C.it_piva("0192457016"),
    "agrofarm": "IT" + C.it_piva("0381265019"),
    "eg_it": "IT" + C.it_piva("0978214096"),
    "partner": "PL" + C.pl_nip("894302117"),
    "chempol": "PL" + C.pl_nip("899281557"),
    "eg_pl": "PL" + C.pl_nip("897184302"),
    "ssl": "ES" + C.es_cif("B", "9821437"),
    "eg_es": "ES" + C.es_cif("B", "9874120"),
    "eg_gr": "EL" + C.gr_afm("80093712"),
    "gr_cust": "EL" + C.gr_afm("09980421"),
}

for k, v in BANK.items():
    if v:
        assert C.iban_valid(v), (k, v)
assert C.ru_account_ok(RU["dezsnab_bik"], RU["dezsnab_rs"])
assert C.ru_korr_ok(RU["dezsnab_bik"], RU["dezsnab_ks"])

BTC = {
    "extortion": C.btc_bech32_from_seed("audit91-extortion"),
    "extortion_legacy": C.btc_p2pkh_from_seed("audit91-extortion-legacy"),
}


def P(key):
    """Pretty-printed IBAN."""
    return C.iban_print(BANK[key])
