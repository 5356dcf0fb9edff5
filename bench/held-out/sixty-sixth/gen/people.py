"""Company, staff, correspondents and their bank/tax details."""
import ids

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group Sprachdienste GmbH",
    "domains": ["example.com", "examplegroup.eu"],
    "trade": "Translation and localisation agency: specialist and sworn translations, conference and court "
             "interpreting, terminology and CAT-tool based localisation for law firms, pharma and industry; "
             "about 700 mailboxes, several hundred freelance translators and interpreters.",
    "hq": "Hohenzollernring 72, 50672 Köln, Germany (HRB 98412, Amtsgericht Köln)",
    "vat": ids.de_ustid("31849275"),
    "mx": "mx01.example.com (Postfix), internal relay mail-int01.example.com [10.20.0.25], Exchange EXCH01.ad.example.com",
}

OFFICES = {
    "Köln": "HQ – Example Group Sprachdienste GmbH, Hohenzollernring 72, 50672 Köln",
    "Milano": "Example Group Italia S.r.l., Via Vittor Pisani 16, 20124 Milano",
    "Kraków": "Example Group Polska sp. z o.o., ul. Lubicz 23, 31-503 Kraków",
    "Valencia": "Example Group Iberia S.L., Calle de Colón 48, 46004 Valencia",
    "Thessaloniki": "Example Group Hellas M.I.K.E., Tsimiski 43, 546 23 Thessaloniki",
    "Manchester": "Example Group UK Ltd, 55 King Street, Manchester M2 4LQ",
    "Sankt Petersburg": "OOO Example Group Rus, Nevsky pr. 88, 191025 Sankt Petersburg",
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Jürgen Köhler", "juergen.koehler@example.com", "Köln", "Chief Executive Officer (Geschäftsführer)"),
    "cfo": ("Birgit Schäfer", "birgit.schaefer@example.com", "Köln", "Chief Financial Officer"),
    "ap": ("Monika Weiß", "monika.weiss@example.com", "Köln", "Accounts payable (Kreditorenbuchhaltung)"),
    "ar": ("Tobias Brandt", "tobias.brandt@example.com", "Köln", "Accounts receivable (Debitorenbuchhaltung)"),
    "hr": ("Sabine Hoffmann", "sabine.hoffmann@example.com", "Köln", "HR and payroll"),
    "it": ("Markus Vogel", "markus.vogel@example.com", "Köln", "Head of IT"),
    "sec": ("Lena Krüger", "lena.krueger@example.com", "Köln", "IT security and mail administrator"),
    "asst": ("Anja Müller", "anja.mueller@example.com", "Köln", "Assistant to the CEO"),
    "proc": ("Frank Dietrich", "frank.dietrich@example.com", "Köln", "Procurement (CAT/TMS licences, IT, interpreting equipment)"),
    "sales": ("Katrin Böhm", "katrin.boehm@example.com", "Köln", "Sales, key accounts DACH (pharma, law)"),
    "vm": ("Julia Neumann", "julia.neumann@examplegroup.eu", "Köln", "Vendor manager, freelance translators and interpreters"),
    "it_mgr": ("Giulia Ferri", "giulia.ferri@example.com", "Milano", "Office manager Italy"),
    "it_acc": ("Davide Ricci", "davide.ricci@examplegroup.eu", "Milano", "Accountant Italy"),
    "it_pm": ("Martina Greco", "martina.greco@example.com", "Milano", "Project manager, technical translation"),
    "pl_mgr": ("Agnieszka Wróbel", "agnieszka.wrobel@example.com", "Kraków", "Office manager Poland"),
    "pl_acc": ("Łukasz Kowalczyk", "lukasz.kowalczyk@example.com", "Kraków", "Accountant Poland"),
    "es_mgr": ("Javier Muñoz", "javier.munoz@example.com", "Valencia", "Office manager Spain"),
    "es_acc": ("Lucía Ortega", "lucia.ortega@example.com", "Valencia", "Accountant Spain"),
    "gr_mgr": ("Nikos Papadopoulos", "nikos.papadopoulos@example.com", "Thessaloniki", "Office manager Greece"),
    "gr_acc": ("Eleni Georgiou", "eleni.georgiou@examplegroup.eu", "Thessaloniki", "Accountant Greece"),
    "uk_mgr": ("Oliver Bennett", "oliver.bennett@example.com", "Manchester", "Office manager UK"),
    "uk_acc": ("Priya Shah", "priya.shah@example.com", "Manchester", "Accountant UK"),
    "uk_sales": ("Emma Clarke", "emma.clarke@example.com", "Manchester", "Sales and interpreting coordinator UK"),
    "ru_mgr": ("Dmitry Sokolov", "dmitry.sokolov@example.com", "Sankt Petersburg", "Office manager Russia"),
    "ru_acc": ("Olga Ivanova", "olga.ivanova@example.com", "Sankt Petersburg", "Accountant Russia"),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# Correspondents: key -> dict
CORR = {
    # shared by every set (exact addresses)
    "lief_maier": ("Stefan Maier", "s.maier@lieferant-gmbh.de"),
    "lief_lang": ("Petra Lang", "p.lang@lieferant-gmbh.de"),
    "lief_buch": ("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"),
    "ferr_colombo": ("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
    "ferr_amm": ("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferretti-trasporti.it"),
    "pl_ziel": ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"),
    "pl_ksieg": ("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"),
    # own correspondents
    "rheinpharm": ("Dr. Claudia Wendt", "claudia.wendt@rheinpharm.de"),
    "brenner": ("Thomas Brenner", "t.brenner@brenner-partner.de"),
    "applicant": ("Laura Schmitz", "laura.schmitz.uebersetzungen@t-online.de"),
    "thames": ("James Harper", "j.harper@thameslegal.co.uk"),
    "northbridge": ("Sarah Whitmore", "sarah.whitmore@northbridge-eng.co.uk"),
    "iti": ("ITI Bulletin", "bulletin@iti.org.uk"),
    "meccanica": ("Paolo Gatti", "p.gatti@meccanicalombarda.it"),
    "bellini": ("Francesca Bellini", "francesca.bellini@libero.it"),
    "nowicka": ("Marta Nowicka", "marta.nowicka@wp.pl"),
    "wisla": ("Katarzyna Lis", "k.lis@farmacjawisla.pl"),
    "albufera": ("Marta Soler", "msoler@laboratoriosalbufera.es"),
    "albufera_tes": ("Tesorería Laboratorios Albufera", "tesoreria@laboratoriosalbufera.es"),
    "cruiz": ("Carmen Ruiz", "carmen.ruiz.interprete@gmail.com"),
    "revista": ("La Linterna del Traductor", "boletin@lalinterna-traduccion.es"),
    "syntech": ("Γιάννης Δημητρίου", "g.dimitriou@syntech-conference.gr"),
    "syntech_acc": ("Syntech Conference Systems - Λογιστήριο", "logistirio@syntech-conference.gr"),
    "nautilus": ("Μαρία Κωνσταντίνου", "m.konstantinou@nautilus-shipping.gr"),
    "acs": ("ACS Courier", "noreply@acscourier.net"),
    "nevskaya": ("ООО «Невская типография» – бухгалтерия", "buh@nevskaya-tip.ru"),
    "petrova": ("Анна Петрова", "anna.petrova@yandex.ru"),
    # staff private mailboxes used in genuine mail
    "brandt_priv": ("Tobias Brandt", "tobias.brandt@gmx.de"),
    "georgiou_priv": ("Ελένη Γεωργίου", "eleni.georgiou@otenet.gr"),
}

CORR_TABLE = [
    ("Lieferant GmbH", "DE", "Reseller of CAT/TMS licences, terminology software and IT hardware; also prints and binds certified translations",
     "Stefan Maier <s.maier@lieferant-gmbh.de>, Petra Lang <p.lang@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>"),
    ("Ferretti Trasporti S.p.A.", "IT", "Road carrier: moves interpreting booths and conference equipment to events",
     "Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>"),
    ("Partner Logistik sp. z o.o.", "PL", "Logistics partner: warehouse for interpreting equipment, courier for sworn translations",
     "Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>"),
    ("Rheinpharm AG", "DE", "Pharma customer (SmPC/package leaflet translations), signs via DocuSign", "Dr. Claudia Wendt <claudia.wendt@rheinpharm.de>"),
    ("Brenner & Partner Rechtsanwälte", "DE", "Law-firm customer (sworn translations)", "RA Thomas Brenner <t.brenner@brenner-partner.de>"),
    ("Laura Schmitz", "DE", "Freelance translator applicant (T-Online)", "<laura.schmitz.uebersetzungen@t-online.de>"),
    ("Thames Legal LLP", "UK", "Law-firm customer (witness statements, certified translations), Microsoft 365", "James Harper <j.harper@thameslegal.co.uk>"),
    ("Northbridge Engineering plc", "UK", "Industrial customer (interpreting at plant audits), Microsoft 365", "Sarah Whitmore <sarah.whitmore@northbridge-eng.co.uk>"),
    ("ITI (Institute of Translation & Interpreting)", "UK", "Subscribed newsletter via Mailchimp", "<bulletin@iti.org.uk>"),
    ("Meccanica Lombarda S.r.l.", "IT", "Industrial customer (machine manuals)", "Ing. Paolo Gatti <p.gatti@meccanicalombarda.it>"),
    ("Francesca Bellini", "IT", "Freelance translator (libero.it)", "<francesca.bellini@libero.it>"),
    ("Marta Nowicka", "PL", "Freelance translator (wp.pl)", "<marta.nowicka@wp.pl>"),
    ("Farmacja Wisła S.A.", "PL", "Pharma customer", "Katarzyna Lis <k.lis@farmacjawisla.pl>"),
    ("Laboratorios Albufera S.L.", "ES", "Pharma customer, pays from SAP", "Marta Soler <msoler@laboratoriosalbufera.es>, Tesorería <tesoreria@laboratoriosalbufera.es>"),
    ("Carmen Ruiz", "ES", "Freelance conference interpreter (gmail.com)", "<carmen.ruiz.interprete@gmail.com>"),
    ("La Linterna del Traductor", "ES", "Subscribed trade newsletter via Brevo", "<boletin@lalinterna-traduccion.es>"),
    ("Syntech Conference Systems Μ.Ε.Π.Ε.", "GR", "Supplier/rental of interpreting booths and infrared systems", "Γιάννης Δημητρίου <g.dimitriou@syntech-conference.gr>, <logistirio@syntech-conference.gr>"),
    ("Nautilus Shipping S.A.", "GR", "Shipping customer, Piraeus (sworn translations of ship documents)", "Μαρία Κωνσταντίνου <m.konstantinou@nautilus-shipping.gr>"),
    ("ACS Courier", "GR", "Courier used by the Thessaloniki office", "<noreply@acscourier.net>"),
    ("OOO «Nevskaya tipografiya»", "RU", "Print shop in St Petersburg (bound certified translations), Yandex 360 domain mail", "<buh@nevskaya-tip.ru>"),
    ("Анна Петрова", "RU", "Freelance translator (yandex.ru)", "<anna.petrova@yandex.ru>"),
    ("Staff private mailboxes", "DE/GR", "Private addresses of employees, used for sick leave / broken laptop", "Tobias Brandt <tobias.brandt@gmx.de>, Ελένη Γεωργίου <eleni.georgiou@otenet.gr>"),
]

# ------------------------------------------------------------- bank data
BANK = {
    # genuine
    "lief_old": ids.iban_de("37050198", "192837465"),       # Sparkasse KölnBonn
    "lief_new": ids.iban_de("37040044", "458201937"),       # Commerzbank Köln
    "lief_ustid": ids.de_ustid("81234567"),
    "example_de": ids.iban_de("37070060", "120456789"),     # Deutsche Bank Köln
    "example_uk": ids.iban_gb("BARC", "200000", "43918265"),
    "ferretti": ids.iban_it("03069", "01600", "100000031876"),   # Intesa Sanpaolo
    "ferretti_piva": ids.it_piva("0419387015"),
    "bellini": ids.iban_it("03069", "09473", "100000004418"),
    "bellini_piva": ids.it_piva("0972381015"),
    "meccanica_piva": ids.it_piva("0288154016"),
    "example_it_piva": ids.it_piva("1034527096"),
    "partner": ids.iban_pl("1020290", "0000610203471185"),      # PKO BP
    "partner_nip": ids.pl_nip("679318452"),
    "nowicka": ids.iban_pl("1140200", "0000331200571184"),      # mBank
    "example_pl_nip": ids.pl_nip("676258310"),
    "wisla_nip": ids.pl_nip("525231848"),
    "example_es": ids.iban_es("2100", "4512", "0200137751"),    # CaixaBank
    "example_es_cif": ids.es_cif("B", "9871245"),
    "albufera_cif": ids.es_cif("B", "4621873"),
    "cruiz": ids.iban_es("0182", "5925", "0201566349"),        # BBVA
    "syntech": ids.iban_gr("017", "0215", "0005215047311829"),   # Piraeus
    "syntech_afm": ids.gr_afm("80136952"),
    "example_gr_afm": ids.gr_afm("80197734"),
    "nautilus_afm": ids.gr_afm("09982157"),
    "nevskaya_inn": ids.ru_inn10("780563821"),
    "nevskaya_kpp": "784001001",
    "nevskaya_ogrn": ids.ru_ogrn("116784711234"),
    "nevskaya_bik": "044030653",
    "nevskaya_rs": ids.ru_settlement("044030653", "40702810055000047213"),
    "nevskaya_ks": ids.ru_corr("044030653"),
    "example_ru_inn": ids.ru_inn10("784256190"),
    "example_uk_vat": ids.gb_vat("3148207"),
    # attacker mule accounts
    "mule_lt_ceo": ids.iban_lt("32500", "10458823719"),         # LT EMI
    "mule_de_lief": ids.iban_de("11010100", "571833029"),       # neobank
    "mule_de_payroll": ids.iban_de("10011001", "282049613"),    # neobank
    "mule_de_register": ids.iban_de("76026000", "301722845"),
    "mule_it_ferretti": ids.iban_it("36772", "22500", "010002481753"),   # EMI-like ABI
    "mule_lt_bellini": ids.iban_lt("35000", "10173624598"),   # Paysera LT
    "mule_pl_register": ids.iban_pl("1090101", "0000072316489524"),
    "mule_gr_syntech": ids.iban_gr("026", "0185", "0000640201776513"),   # Eurobank
    "mule_gr_ceo": ids.iban_lt("32500", "10771249036"),
    "mule_ru_bik": "044525974",
    "mule_ru_rs": ids.ru_settlement("044525974", "40702810710000931846"),
    "mule_ru_ks": ids.ru_corr("044525974"),
}
BANK["mule_es_overpay"] = ids.iban_pt("0018", "0003", "54376120982")   # PT with NIB check digits
BANK["mule_es_chk"] = ids.iban_es("1465", "0100", "9417062238")

BTC = ids.bech32_address("audit68-extortion-uk")
