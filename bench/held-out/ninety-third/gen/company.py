"""Example Group: staff, offices and correspondents shared by all messages."""
import checks

COMPANY = dict(
    name="Example Group",
    legal="Example Group SE",
    trade="contract catering and canteen services (staff restaurants, hospital, school "
          "and care-home catering, vending and event catering)",
    domains=["example.com", "examplegroup.eu"],
    mailboxes=700,
    hq="Köln (Cologne), Germany",
    mx="mx01.example.com (Postfix, inbound gateway)",
    relay="mail-int01.example.com [10.20.0.25] (internal relay, fed by Exchange 2019 EX01/EX02)",
)

OFFICES = {
    "HQ": "Köln, DE", "IT": "Milano, IT", "PL": "Wrocław, PL", "ES": "Valencia, ES",
    "GR": "Athína (Athens), GR", "UK": "Manchester, UK", "RU": "Moskva (Moscow), RU",
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Dr. Klaus Brenner", "klaus.brenner@example.com", "HQ", "Chief Executive Officer"),
    "cfo": ("Sabine Köhler", "sabine.koehler@example.com", "HQ", "Chief Financial Officer"),
    "ap": ("Jürgen Weiß", "juergen.weiss@example.com", "HQ", "Accounts Payable (Kreditorenbuchhaltung)"),
    "ar": ("Daniela Groß", "daniela.gross@example.com", "HQ", "Head of Accounting / HQ accountant"),
    "hr": ("Monika Schäfer", "monika.schaefer@example.com", "HQ", "HR & Payroll"),
    "hr2": ("Stefanie Braun", "stefanie.braun@example.com", "HQ", "HR assistant (payroll master data)"),
    "it": ("Thomas Krüger", "thomas.krueger@example.com", "HQ", "Head of IT"),
    "sec": ("Lena Hoffmann", "lena.hoffmann@example.com", "HQ", "IT Security / Mail Administrator"),
    "asst": ("Julia Neumann", "julia.neumann@example.com", "HQ", "Assistant to the CEO"),
    "proc": ("Markus Vogel", "markus.vogel@example.com", "HQ", "Head of Procurement (Einkauf)"),
    "sales": ("Anja Brückner", "anja.brueckner@example.com", "HQ", "Key Account Manager, Sales"),
    "sales2": ("Niklas Becker", "niklas.becker@example.com", "HQ", "Sales Representative (field)"),
    "it_mgr": ("Marco Bianchi", "marco.bianchi@example.com", "IT", "Office Manager Italy"),
    "it_acc": ("Giulia Esposito", "giulia.esposito@examplegroup.eu", "IT", "Accountant Italy"),
    "pl_mgr": ("Katarzyna Wójcik", "katarzyna.wojcik@example.com", "PL", "Office Manager Poland"),
    "pl_acc": ("Paweł Łukasik", "pawel.lukasik@example.com", "PL", "Accountant Poland"),
    "es_mgr": ("Javier Muñoz", "javier.munoz@example.com", "ES", "Office Manager Spain"),
    "es_acc": ("Lucía Fernández", "lucia.fernandez@examplegroup.eu", "ES", "Accountant Spain"),
    "gr_mgr": ("Δημήτρης Παπαδόπουλος", "dimitris.papadopoulos@example.com", "GR", "Office Manager Greece"),
    "gr_acc": ("Ελένη Γεωργίου", "eleni.georgiou@example.com", "GR", "Accountant Greece"),
    "uk_mgr": ("James Whitfield", "james.whitfield@example.com", "UK", "Office Manager UK"),
    "uk_acc": ("Sarah Collins", "sarah.collins@example.com", "UK", "Accountant UK"),
    "uk_ops": ("Emma Taylor", "emma.taylor@example.com", "UK", "Contract Manager, schools (UK)"),
    "ru_mgr": ("Андрей Соколов", "andrei.sokolov@example.com", "RU", "Office Manager Russia"),
    "ru_acc": ("Ольга Морозова", "olga.morozova@examplegroup.eu", "RU", "Accountant Russia"),
    "helpdesk": ("Example Group IT-Servicedesk", "servicedesk@example.com", "HQ", "IT service desk (shared mailbox)"),
    "invoices": ("Rechnungseingang Example Group", "rechnungseingang@example.com", "HQ", "Incoming invoices (shared mailbox, AP team)"),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# ---------------------------------------------------------------- correspondents
CORR = [
    # (organisation, country, role, contacts)
    ("Lieferant GmbH", "DE", "food & non-food wholesale supplier (dry goods, dairy, cleaning agents) for the canteens",
     ["Stefan Maier <s.maier@lieferant-gmbh.de> (key account)",
      "Petra Lang <p.lang@lieferant-gmbh.de> (order processing / Disposition)",
      "Buchhaltung <rechnungen@lieferant-gmbh.de> (invoicing)"]),
    ("Ferretti Trasporti S.p.A.", "IT", "road carrier (refrigerated transport Milano–Lombardia sites)",
     ["Chiara Colombo <c.colombo@ferretti-trasporti.it> (traffic/dispatch)",
      "<amministrazione@ferretti-trasporti.it> (accounts)"]),
    ("Partner Logistik sp. z o.o.", "PL", "logistics partner (warehousing and distribution for the Polish sites)",
     ["Tadeusz Zieliński <t.zielinski@partner-logistik.pl> (operations)",
      "<ksiegowosc@partner-logistik.pl> (accounts)"]),
    ("Frischeland Großhandel GmbH", "DE", "fresh produce and meat wholesaler (supplier)",
     ["Buchhaltung <buchhaltung@frischeland-grosshandel.de> (e-invoices)"]),
    ("Kliniken am Stadtpark gGmbH", "DE", "hospital group, catering customer",
     ["Dr. Henrike Albers <h.albers@kliniken-stadtpark.de> (head of patient catering)"]),
    ("Großküche Aktuell", "DE", "trade newsletter for canteen/contract catering (subscribed)",
     ["newsletter@grosskueche-aktuell.de via Brevo"]),
    ("Northbridge Academy Trust", "UK", "multi-academy trust, school-meals customer",
     ["Rebecca Hale <r.hale@northbridgeacademies.org.uk> (business manager)",
      "contracts via DocuSign"]),
    ("Harbour Payroll Services Ltd", "UK", "external payroll bureau for the UK staff",
     ["Priya Nair <priya.nair@harbourpayroll.co.uk>"]),
    ("Manchester City Council – Environmental Health", "UK", "food-hygiene inspections of the UK kitchens",
     ["Daniel Price <daniel.price@manchester.gov.uk> (environmental health officer)"]),
    ("Caseificio Val Padana S.r.l.", "IT", "dairy supplier (mozzarella, grana)",
     ["appears only as invoice issuer in the e-invoicing notification"]),
    ("Asilo Nido Il Girasole (Roberto Galli)", "IT", "small nursery customer, writes from consumer mail",
     ["Roberto Galli <roberto.galli72@libero.it>"]),
    ("Ristorazione Collettiva News", "IT", "trade newsletter (subscribed), sent via Mailchimp",
     ["news@ristorazionecollettiva-news.it"]),
    ("Hurtownia Spożywcza Mazur sp. j.", "PL", "food wholesaler (supplier; no mail in this set)", ["biuro@hurtownia-mazur.pl"]),
    ("Fakturownia", "PL", "invoicing/KSeF service used by the Polish office", ["powiadomienia@fakturownia.pl"]),
    ("Distribuciones Alimentarias Levante S.L.", "ES", "food distributor (supplier)",
     ["Vicente Ortega <v.ortega@dalevante.es> (comercial)", "administracion@dalevante.es"]),
    ("Hospital Clínica Turia", "ES", "private hospital, catering customer",
     ["María José Ferrer <mjferrer@clinicaturia.es> (hostelería)"]),
    ("Facturalia Software S.L.", "ES", "billing-software vendor (VERI*FACTU updates), newsletter via SendGrid",
     ["novedades@facturalia.es"]),
    ("Λογιστικό Γραφείο Καραγιάννη", "GR", "external accountants of the Athens office",
     ["Νίκος Καραγιάννης <n.karagiannis@karagiannis-logistiki.gr>"]),
    ("Γαλακτοκομικά Θεσσαλίας Α.Ε.", "GR", "dairy supplier, uses consumer mail (otenet.gr)",
     ["Γιώργος Παπαδάκης <galaktothessalias@otenet.gr>"]),
    ("ООО «СеверПродукт»", "RU", "food supplier for the Moscow sites",
     ["Ирина Волкова <i.volkova@severprodukt.ru> (бухгалтерия)", "Сергей Петров <s.petrov@severprodukt.ru> (продажи)"]),
    ("Честный ЗНАК (ООО «Оператор-ЦРПТ»)", "RU", "national product-labelling system (dairy/water), info mailing",
     ["info@crpt.ru"]),
    ("Private addresses of staff", "DE/PL/ES", "staff writing from private mail",
     ["Markus Vogel <markus.vogel77@gmx.de>", "Paweł Łukasik <pawel.lukasik88@wp.pl>",
      "Lucía Fernández <luciafdez.vlc@gmail.com>"]),
]


# ---------------------------------------------------------------- bank data (all check-digit valid)
BANK = {
    "example_hq": checks.iban_de("37050198", "example-hq"),          # Sparkasse KölnBonn
    "lieferant_old": checks.iban_de("37050198", "lieferant-old"),
    "lieferant_new": checks.iban_de("37060590", "lieferant-new"),    # Sparda-Bank West
    "lieferant_fraud": checks.iban_lt("32500", "lieferant-fraud"),   # LT EMI
    "frischeland": checks.iban_de("30050110", "frischeland"),
    "ferretti": checks.iban_it("03069", "01603", "ferretti"),         # Intesa Sanpaolo
    "ferretti_fraud": checks.iban_it("36772", "22300", "ferretti-fraud"),  # Italian EMI/neo-bank range
    "partner": checks.iban_pl("1020522", "partner-logistik"),         # PKO BP
    "partner_fraud": checks.iban_pl("1140200", "partner-fraud"),      # mBank
    "dalevante_old": checks.iban_es("0081", "0216", "dalevante-old"),  # Sabadell
    "dalevante_new": checks.iban_es("2100", "3849", "dalevante-new"),  # CaixaBank
    "dalevante_fraud": checks.iban_es("1583", "0001", "dalevante-fraud"),  # Revolut ES branch range
    "payroll_fraud": checks.iban_de("10011001", "payroll-fraud"),     # N26
    "payroll_genuine": checks.iban_de("37040044", "payroll-genuine"),  # Commerzbank Köln
    "ceo_fraud": checks.iban_gb("REVO", "044070", "ceo-fraud"),
    "solicitor_fraud": checks.iban_gb("BARC", "201596", "solicitor"),
    "register_fraud_de": checks.iban_pl("1090101", "register-de"),
    "register_fraud_pl": checks.iban_pl("1240000", "register-pl"),
    "equip_deposit": checks.iban_de("37050299", "equipment-deposit"),  # Kreissparkasse Köln
    "gr_supplier": checks.iban_gr("017", "0125", "gr-supplier"),      # Piraeus
    "gr_fraud": checks.iban_gr("026", "0180", "gr-fraud"),            # Eurobank
    "es_ceo_fraud": checks.iban_lt("35000", "es-ceo-fraud"),
    "uk_payroll": checks.iban_gb("NWBK", "600923", "uk-payroll"),
    "caseificio": checks.iban_it("05034", "11201", "caseificio"),
    "sdi_fraud": None,
}

RU = {
    "bik_sever": "044525225",   # ПАО Сбербанк
    "bik_sever_new": "044525593",   # АО «Альфа-Банк»
    "bik_fraud": "044525974",   # АО «ТБанк»
}
RU["acc_sever"] = checks.ru_settlement_account(RU["bik_sever"], "sever-old")
RU["corr_sever"] = checks.ru_corr_account(RU["bik_sever"])
RU["acc_sever_new"] = checks.ru_settlement_account(RU["bik_sever_new"], "sever-new")
RU["corr_sever_new"] = checks.ru_corr_account(RU["bik_sever_new"])
RU["acc_fraud"] = checks.ru_settlement_account(RU["bik_fraud"], "sever-fraud")
RU["corr_fraud"] = checks.ru_corr_account(RU["bik_fraud"])
RU["inn_sever"] = checks.ru_inn10("severprodukt")
RU["ogrn_sever"] = checks.ru_ogrn("severprodukt")
RU["inn_fraud"] = checks.ru_inn10("sever-fraud-llc")
RU["inn_example"] = checks.ru_inn10("example-ru")

TAX = {
    "de_example": checks.de_ustid("example-se"),
    "de_lieferant": checks.de_ustid("lieferant"),
    "de_frischeland": checks.de_ustid("frischeland"),
    "it_ferretti": checks.it_piva("ferretti"),
    "it_caseificio": checks.it_piva("caseificio"),
    "it_example": checks.it_piva("example-it"),
    "pl_partner": checks.pl_nip("partner-logistik"),
    "pl_example": checks.pl_nip("example-pl"),
    "pl_register": checks.pl_nip("register-pl"),
    "es_dalevante": checks.es_cif("B", "dalevante"),
    "es_example": checks.es_cif("B", "example-es"),
    "gr_example": checks.gr_afm("example-gr"),
    "gr_supplier": checks.gr_afm("gr-supplier"),
    "gb_example": checks.gb_vat("example-uk"),
}

BTC = {
    "extortion": checks.bech32_p2wpkh("extortion-el"),
}
