"""The company, its staff, its correspondents and their bank details."""
import ids

COMPANY = {
    "name": "Example Group",
    "trade": "ceramic wall and floor tiles, porcelain stoneware and sanitaryware",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
}

OFFICES = {
    "HQ": ("Example Group AG", "Rheinstraße 41, 56235 Ransbach-Baumbach, Germany (HQ and main plant)"),
    "IT": ("Example Group Italia S.r.l.", "Via Radici in Piano 212, 41049 Sassuolo (MO), Italy"),
    "PL": ("Example Group Polska sp. z o.o.", "ul. Przemysłowa 14, 26-300 Opoczno, Poland (plant)"),
    "ES": ("Example Group Iberia S.L.", "Ctra. Castellón–Vila-real km 3,5, 12006 Castellón de la Plana, Spain"),
    "GR": ("Example Group Hellas Μ.Ε.Π.Ε.", "Οδός Γιαννιτσών 112, 546 27 Θεσσαλονίκη, Greece"),
    "UK": ("Example Group UK Ltd", "Unit 7, Festival Park, Stoke-on-Trent ST1 5RQ, United Kingdom"),
    "RU": ("ООО «Экзампл Груп Рус»", "ул. Бутырская, д. 62, 127015 Москва, Russia"),
}

# key: (display name, address, office, role)
STAFF = {
    "becker": ("Klaus Becker", "klaus.becker@example.com", "HQ", "Chief Executive Officer (Vorstandsvorsitzender)"),
    "krueger": ("Sabine Krüger", "sabine.krueger@example.com", "HQ", "Chief Financial Officer"),
    "weiss": ("Jürgen Weiß", "juergen.weiss@example.com", "HQ", "Accounts payable (Kreditorenbuchhaltung)"),
    "koch": ("Stefanie Koch", "stefanie.koch@example.com", "HQ", "HQ accountant, general ledger"),
    "schaefer": ("Monika Schäfer", "monika.schaefer@example.com", "HQ", "HR and payroll"),
    "hoffmann": ("Thomas Hoffmann", "thomas.hoffmann@example.com", "HQ", "Head of IT"),
    "vogel": ("Markus Vogel", "markus.vogel@example.com", "HQ", "IT security and mail administrator"),
    "fuchs": ("Andrea Fuchs", "andrea.fuchs@example.com", "HQ", "Assistant to the CEO"),
    "boehm": ("Dirk Böhm", "dirk.boehm@example.com", "HQ", "Procurement, raw materials (Einkauf)"),
    "neumann": ("Julia Neumann", "julia.neumann@example.com", "HQ", "Sales, key accounts DACH"),
    "bianchi": ("Marco Bianchi", "marco.bianchi@example.com", "IT", "Office manager Italy"),
    "ricci": ("Francesca Ricci", "francesca.ricci@examplegroup.eu", "IT", "Accountant Italy"),
    "gallo": ("Davide Gallo", "davide.gallo@example.com", "IT", "Sales Italy"),
    "wojcik": ("Agnieszka Wójcik", "agnieszka.wojcik@example.com", "PL", "Office manager Poland"),
    "lukasik": ("Paweł Łukasik", "pawel.lukasik@examplegroup.eu", "PL", "Accountant Poland (główny księgowy)"),
    "krol": ("Małgorzata Król", "malgorzata.krol@example.com", "PL", "Sales Poland"),
    "martinez": ("Javier Martínez", "javier.martinez@example.com", "ES", "Office manager Spain"),
    "fernandez": ("Lucía Fernández", "lucia.fernandez@example.com", "ES", "Accountant Spain"),
    "pena": ("Sergio Peña", "sergio.pena@example.com", "ES", "Sales Spain"),
    "papadakis": ("Nikos Papadakis", "nikos.papadakis@example.com", "GR", "Office manager Greece (Νίκος Παπαδάκης)"),
    "georgiou": ("Eleni Georgiou", "eleni.georgiou@examplegroup.eu", "GR", "Accountant Greece (Ελένη Γεωργίου)"),
    "bennett": ("Oliver Bennett", "oliver.bennett@example.com", "UK", "Office manager UK"),
    "hughes": ("Rachel Hughes", "rachel.hughes@example.com", "UK", "Accountant UK"),
    "whitfield": ("James Whitfield", "james.whitfield@example.com", "UK", "Sales UK"),
    "sokolov": ("Dmitry Sokolov", "dmitry.sokolov@example.com", "RU", "Office manager Russia (Дмитрий Соколов)"),
    "smirnova": ("Olga Smirnova", "olga.smirnova@examplegroup.eu", "RU", "Accountant Russia (Ольга Смирнова)"),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


LISTS = {
    "alle": ("Alle Mitarbeiter Ransbach-Baumbach", "alle-ransbach@example.com"),
    "all": ("All Staff Example Group", "all-staff@example.com"),
    "thess": ("Γραφείο Θεσσαλονίκης", "office-thessaloniki@example.com"),
}

# ---------------------------------------------------------------- bank data

BANK = {
    # genuine
    "lieferant_old": ids.iban_de("57391800", "104873002"),   # Westerwald Bank eG
    "lieferant_new": ids.iban_de("57351030", "205519870"),   # Sparkasse Westerwald-Sieg
    "ferretti": ids.iban_it("05387", "66760", "000001874522"),  # BPER Banca, Fiorano Modenese
    "partner": ids.iban_pl("114", "0200", "0000340127554412"),  # mBank
    "kartonex": ids.iban_pl("102", "0390", "0000670201844571"),  # PKO BP
    "esmaltes": ids.iban_es("2100", "4235", "0200118746"),  # CaixaBank, Onda
    "makedonia": ids.iban_gr("017", "0224", "0005224087311560"),  # Piraeus Bank
    "hartley_client": ids.iban_gb("NWBK", "601613", "48215903"),
    "example_uk": ids.iban_gb("BARC", "203253", "73016482"),
    # fraudulent
    "fake_lieferant": ids.iban_de("10010010", "983172640"),
    "fake_ferretti": ids.iban_it("03015", "03200", "000003618247"),
    "fake_partner": ids.iban_pl("249", "0005", "0000460091837265"),
    "fake_esmaltes": ids.iban_es("1465", "0100", "9117458203"),
    "fake_makedonia": ids.iban_gr("026", "0061", "0000870201773154"),
    "fake_escrow": ids.iban_gb("MYMB", "230580", "16483027"),
    "fake_payroll": ids.iban_de("10011001", "262519483"),
    "fake_register": ids.iban_de("70020270", "156934011"),
    "fake_cevisama": ids.iban_lt("32500", "27741095316"),
}

# Russian requisites
RU = {
    "keramtorg": {
        "name": "ООО «КерамТорг»", "inn": ids.ru_inn10("502914783"), "kpp": "502901001",
        "ogrn": ids.ru_ogrn("112502900418"),
        "bank": "ПАО Сбербанк", "bik": "044525225",
        "ks": ids.ru_corr("044525225", "30101810000000000225"),
        "rs": ids.ru_settlement("044525225", "40702810038000104772"),
    },
    "fake_keramtorg": {
        "bank": "АО «Альфа-Банк»", "bik": "044525593",
        "ks": ids.ru_corr("044525593", "30101810200000000593"),
        "rs": ids.ru_settlement("044525593", "40702810501850006213"),
    },
    "example_ru": {
        "name": "ООО «Экзампл Груп Рус»", "inn": ids.ru_inn10("771548203"), "kpp": "771501001",
    },
}

TAX = {
    "example_de": ids.de_ustid("81462537"),
    "lieferant": ids.de_ustid("14927305"),
    "fake_register": ids.de_ustid("30571846"),
    "ferretti": "IT" + ids.it_piva("0287413036"),
    "example_it": "IT" + ids.it_piva("0391826036"),
    "partner": ids.pl_nip("727284913"),
    "kartonex": ids.pl_nip("773246108"),
    "example_pl": ids.pl_nip("768172541"),
    "esmaltes": ids.es_cif("A", "1204873"),
    "example_es": ids.es_cif("B", "1281564"),
    "makedonia": ids.gr_afm("09941287"),
    "example_gr": ids.gr_afm("80163572"),
    "example_uk": ids.gb_vat("3184726"),
}


def check_all():
    for k, v in BANK.items():
        assert ids.iban_ok(v), k
    for k in ("keramtorg", "fake_keramtorg"):
        d = RU[k]
        assert ids.ru_acct_ok(d["bik"][-3:], d["rs"]), k
        assert ids.ru_acct_ok("0" + d["bik"][4:6], d["ks"]), k
    return True


# ---------------------------------------------------------------- correspondents

CORRESPONDENTS = [
    # (organisation, country, relation, contacts, mail system)
    ("Lieferant GmbH, Montabaur", "DE", "supplier of glaze raw materials (frits, zircon, feldspar) and kiln furniture",
     "Stefan Maier <s.maier@lieferant-gmbh.de> (key account), Petra Lang <p.lang@lieferant-gmbh.de> (finance), Buchhaltung <rechnungen@lieferant-gmbh.de>",
     "Microsoft 365 (EU); invoices from SAP through the same tenant"),
    ("Ferretti Trasporti S.p.A., Fiorano Modenese", "IT", "road carrier, Sassuolo–Ransbach-Baumbach and Italian distribution",
     "Chiara Colombo <c.colombo@ferretti-trasporti.it> (traffico), Amministrazione <amministrazione@ferretti-trasporti.it>",
     "Outlook for Windows via Aruba SMTP"),
    ("Partner Logistik sp. z o.o., Łódź", "PL", "logistics partner: warehousing and FTL transport for the Opoczno plant",
     "Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, Księgowość <ksiegowosc@partner-logistik.pl>",
     "Microsoft 365 (EU)"),
    ("Fliesen Rhein-Main GmbH, Offenbach", "DE", "customer (tile wholesaler)",
     "Holger Brandt <h.brandt@fliesen-rheinmain.de> (purchasing)", "IONOS; sends contracts through DocuSign"),
    ("Hartley Moss Solicitors LLP, Stoke-on-Trent", "UK", "the UK subsidiary's solicitors (property, contracts)",
     "Emma Clarke <emma.clarke@hartleymoss.co.uk>", "Microsoft 365"),
    ("Midlands Tile Centre Ltd, Birmingham", "UK", "customer (tile retailer)",
     "Gary Pritchard <gary.pritchard@midlandstilecentre.co.uk>", "Microsoft 365"),
    ("Castleford Payroll Services Ltd, Leeds", "UK", "payroll bureau of the UK subsidiary",
     "Payroll team <payroll@castlefordpayroll.co.uk>", "Microsoft 365"),
    ("Edilceramiche Rossi s.n.c., Reggio Emilia", "IT", "customer (building-materials dealer)",
     "Giovanni Rossi <edilceramiche.rossi@libero.it>", "Libero Mail (consumer webmail)"),
    ("Kartonex sp. z o.o., Tomaszów Mazowiecki", "PL", "supplier of cartons and pallet packaging",
     "Dział windykacji <windykacja@kartonex.com.pl> (Anna Kowalczyk)", "Thunderbird via home.pl"),
    ("Esmaltes del Mediterráneo S.A., Onda (Castellón)", "ES", "supplier of glazes and frits to the Spanish office's projects",
     "Vicente Ortega <v.ortega@esmaltesmediterraneo.es>, Administración <administracion@esmaltesmediterraneo.es>",
     "Google Workspace"),
    ("Almacenes Cerámicos Turia S.L., Valencia", "ES", "customer (tile store)",
     "Pilar Navarro <pilar.navarro.turia@hotmail.es>", "Outlook.com"),
    ("Makedonia Trans Α.Ε., Sindos (Thessaloniki)", "GR", "road carrier for Northern Greece",
     "Λογιστήριο <logistirio@makedoniatrans.gr> (Δημήτρης Καραγιάννης)", "Outlook for Windows via own Postfix"),
    ("Πλακάκια Αντωνίου, Kalamaria", "GR", "customer (tile shop)",
     "Γιώργος Αντωνίου <g.antoniou@otenet.gr>", "Thunderbird via OTEnet"),
    ("ООО «КерамТорг», Химки", "RU", "warehousing and distribution partner of the Moscow office",
     "Ирина Волкова <i.volkova@keramtorg.ru>, Бухгалтерия <buh@keramtorg.ru>", "Yandex 360; invoices from 1C"),
    ("ООО «ВЭД-Сервис», Москва", "RU", "customs broker",
     "Алексей Морозов <a.morozov.ved@mail.ru>", "Mail.ru"),
    ("Ceramic World Web (Tile Edizioni)", "IT", "trade-press newsletter (subscribed)",
     "newsletter@ceramicworldweb.it", "Brevo"),
    ("The Tile Association", "UK", "trade association newsletter (subscribed)", "news@tiles.org.uk", "Mailchimp"),
    ("Feria Valencia (Cevisama)", "ES", "trade fair organiser", "cevisama@feriavalencia.com", "Acumbamail ESP"),
]
