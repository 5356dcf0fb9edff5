"""Example Group: staff, offices, correspondents, bank details."""
import banking as B

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group GmbH & Co. KG",
    "trade": "Musikinstrumentenbau (Streich- und Zupfinstrumente, Digitalpianos) und Fachhandelskette "
             "mit 38 Musikhäusern; ca. 700 Postfächer",
    "domains": ["example.com", "examplegroup.eu"],
    "mx": "mx01.example.com (Postfix, inbound)",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay from Exchange EXCH01/EXCH02)",
}

OFFICES = {
    "HQ": "Erlangen (DE) – Example Group GmbH & Co. KG, Saitenweg 12, 91058 Erlangen; Werkstatt Markneukirchen",
    "IT": "Cremona (IT) – Example Group Italia S.r.l., Via dei Liutai 14, 26100 Cremona",
    "PL": "Wrocław (PL) – Example Group Polska sp. z o.o., ul. Legnicka 58, 54-204 Wrocław",
    "ES": "Valencia (ES) – Example Group Iberia S.L., Carrer de Colón 22, 46004 València",
    "GR": "Athens (GR) – Example Group Hellas Μονοπρόσωπη Ι.Κ.Ε., Λεωφ. Συγγρού 112, 117 41 Αθήνα",
    "UK": "London (UK) – Example Group UK Ltd, 9 Denmark Street, London WC2H 8LS",
    "RU": "Saint Petersburg (RU) – ООО «Экзампл Груп Рус», ул. Рубинштейна, д. 15, 191002 Санкт-Петербург",
}

# key: (display name, address, office, role)
STAFF = {
    "waechter": ("Klaus Wächter", "klaus.waechter@example.com", "HQ Erlangen", "CEO / Geschäftsführer"),
    "koehler": ("Sabine Köhler", "sabine.koehler@example.com", "HQ Erlangen", "CFO"),
    "weiss": ("Jürgen Weiß", "juergen.weiss@example.com", "HQ Erlangen", "Accounts payable (Kreditorenbuchhaltung)"),
    "brandstaetter": ("Monika Brandstätter", "monika.brandstaetter@example.com", "HQ Erlangen", "HR / payroll"),
    "yildiz": ("Elif Yıldız", "elif.yildiz@example.com", "HQ Erlangen", "Payroll clerk (Entgeltabrechnung)"),
    "grossmann": ("Thomas Großmann", "thomas.grossmann@example.com", "HQ Erlangen", "Head of IT"),
    "vogt": ("Lena Vogt", "lena.vogt@example.com", "HQ Erlangen", "IT security / mail administrator"),
    "schroeder": ("Anja Schröder", "anja.schroeder@example.com", "HQ Erlangen", "Assistant to the CEO"),
    "huebner": ("Markus Hübner", "markus.huebner@example.com", "HQ Erlangen", "Procurement (Einkauf)"),
    "bauer": ("Felix Bauer", "felix.bauer@example.com", "HQ Erlangen", "Sales DACH (Vertrieb Fachhandel)"),
    "engel": ("Sandra Engel", "sandra.engel@example.com", "HQ Erlangen", "E-commerce / online shop"),
    "renner": ("Tobias Renner", "tobias.renner@example.com", "HQ Erlangen", "Warehouse & shipping (Lager/Versand)"),
    "doerfler": ("Ralf Dörfler", "ralf.doerfler@example.com", "Workshop Markneukirchen", "Workshop manager (Werkstattleiter)"),
    "ferrante": ("Giulia Ferrante", "giulia.ferrante@example.com", "Cremona", "Office manager Italy"),
    "cortesi": ("Nicolò Cortesi", "nicolo.cortesi@example.com", "Cremona", "Accountant Italy"),
    "wojcik": ("Małgorzata Wójcik", "malgorzata.wojcik@example.com", "Wrocław", "Office manager Poland"),
    "lukasiewicz": ("Paweł Łukasiewicz", "pawel.lukasiewicz@example.com", "Wrocław", "Accountant Poland"),
    "martinez": ("Begoña Martínez", "begona.martinez@example.com", "Valencia", "Office manager Spain"),
    "ibanez": ("Andrés Ibáñez", "andres.ibanez@example.com", "Valencia", "Accountant Spain"),
    "papadopoulou": ("Eleni Papadopoulou", "eleni.papadopoulou@examplegroup.eu", "Athens", "Office manager Greece"),
    "karalis": ("Dimitris Karalis", "dimitris.karalis@examplegroup.eu", "Athens", "Accountant Greece"),
    "bennett": ("Oliver Bennett", "oliver.bennett@example.com", "London", "Office manager UK"),
    "shah": ("Priya Shah", "priya.shah@example.com", "London", "Accountant UK"),
    "sokolov": ("Andrei Sokolov", "andrei.sokolov@examplegroup.eu", "Saint Petersburg", "Office manager Russia"),
    "volkova": ("Ekaterina Volkova", "ekaterina.volkova@examplegroup.eu", "Saint Petersburg", "Accountant Russia"),
}

# Native-script forms used in message bodies/display names where the office uses them
NATIVE = {
    "papadopoulou": "Ελένη Παπαδοπούλου",
    "karalis": "Δημήτρης Καραλής",
    "sokolov": "Андрей Соколов",
    "volkova": "Екатерина Волкова",
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# key: (display name, address, organisation, country, relation)
CORR = {
    # shared correspondents
    "maier": ("Stefan Maier", "s.maier@lieferant-gmbh.de", "Lieferant GmbH, Markneukirchen", "DE",
              "Supplier of tuning machines, fittings, strings and case hardware – sales"),
    "lang": ("Petra Lang", "p.lang@lieferant-gmbh.de", "Lieferant GmbH", "DE", "Supplier – accounts receivable / credit control"),
    "lief_rech": ("Buchhaltung", "rechnungen@lieferant-gmbh.de", "Lieferant GmbH", "DE", "Supplier – ERP invoice mailbox"),
    "colombo": ("Chiara Colombo", "c.colombo@ferretti-trasporti.it", "Ferretti Trasporti S.p.A., Cremona", "IT",
                "Road carrier (pianos, instrument pallets) – dispatcher"),
    "ferretti_amm": ("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it", "Ferretti Trasporti S.p.A.", "IT",
                     "Road carrier – accounts"),
    "zielinski": ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "Partner Logistik sp. z o.o., Wrocław", "PL",
                  "Logistics partner (warehouse & distribution PL) – key account"),
    "pl_ksieg": ("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl", "Partner Logistik sp. z o.o.", "PL",
                 "Logistics partner – accounting"),
    # own correspondents
    "keller": ("Martin Keller", "m.keller@tonholz-schwarzwald.de", "Tonholz Schwarzwald KG, Titisee-Neustadt", "DE",
               "Tonewood supplier (spruce, maple)"),
    "brenner": ("Musikhaus Brenner", "musikhaus-brenner@t-online.de", "Musikhaus Brenner e.K., Regensburg", "DE",
                "Customer (independent music shop), uses T-Online mail"),
    "ostermann": ("Heike Ostermann", "h.ostermann@stb-ostermann.de", "Steuerkanzlei Ostermann, Erlangen", "DE",
                  "Tax advisor (Steuerberaterin) of the German companies"),
    "bonetti": ("Paolo Bonetti", "liuteria.bonetti@libero.it", "Liuteria Bonetti, Cremona", "IT",
                "Customer / contract luthier, uses Libero mail"),
    "rota": ("Studio Rota Commercialisti", "studio@studiorota-cremona.it", "Studio Rota, Cremona", "IT",
             "Accountant (commercialista) of the Italian company"),
    "akord": ("Sklep Muzyczny Akord", "akord.sklep@wp.pl", "Sklep Muzyczny Akord, Opole", "PL",
              "Customer (music shop), uses WP.pl mail"),
    "kowalczyk": ("Przewozy Kowalczyk", "biuro@przewozy-kowalczyk.pl", "Przewozy Kowalczyk s.c., Wrocław", "PL",
                  "Regional carrier (domestic PL deliveries)"),
    "soler": ("Vicente Soler", "vicente.soler@guitarrassoler.es", "Guitarras Hermanos Soler S.L., Alboraia (Valencia)", "ES",
              "Supplier (classical/flamenco guitars)"),
    "allegro": ("Escuela de Música Allegro", "secretaria@escuelaallegro.es", "Escuela de Música Allegro, Madrid", "ES",
                "Customer (music school)"),
    "llopis": ("Transportes Llopis", "trafico@transportesllopis.es", "Transportes Llopis S.L., Paterna", "ES",
               "Road carrier Spain"),
    "gestoria": ("Assessoria Puig", "marta@assessoriapuig.es", "Assessoria Fiscal Puig, València", "ES",
                 "Tax/payroll advisor (gestoría) of the Spanish company"),
    "armonia": ("Γιώργος Νικολάου", "armonia.music@otenet.gr", "Μουσικός Οίκος Αρμονία, Θεσσαλονίκη", "GR",
                "Customer (music shop), uses OTEnet mail"),
    "spanos": ("Σπανός Μεταφορική", "logistirio@spanos-metafores.gr", "Σπανός Μεταφορική Α.Ε., Ασπρόπυργος", "GR",
               "Road carrier Greece – accounts"),
    "logistis": ("Κατερίνα Αλεξίου", "k.alexiou@alexiou-logistiki.gr", "Λογιστικό Γραφείο Αλεξίου, Αθήνα", "GR",
                 "External accountant (myDATA / tax filings) Greece"),
    "kamerton": ("Ольга Морозова", "kamerton-spb@yandex.ru", "Музыкальный салон «Камертон», Санкт-Петербург", "RU",
                 "Customer (music shop), uses Yandex mail"),
    "szt": ("ООО «СевЗапТранс»", "buh@sevzaptrans.ru", "ООО «СевЗапТранс», Санкт-Петербург", "RU",
            "Carrier Russia – accounting"),
    "harbour": ("James Whitfield", "james@harbourguitars.co.uk", "Harbour Guitars Ltd, Bristol", "UK",
                "Customer (guitar shop)"),
    "northway": ("Northway Freight Accounts", "accounts@northwayfreight.co.uk", "Northway Freight Ltd, Birmingham", "UK",
                 "UK carrier – accounts"),
    "mtr": ("Music Trade Weekly", "news@musictradeweekly.com", "Music Trade Weekly (trade newsletter)", "UK",
            "Subscribed newsletter (Mailchimp)"),
    "kandydatka": ("Joanna Kaczmarek", "joanna.kaczmarek92@gmail.com", "private applicant", "PL",
                   "Job applicant (genuine) for the Wrocław shop"),
}


# Microsoft 365 tenant IDs of correspondents that send from their own tenant more than once
TENANTS = {
    "partner-logistik.pl": "5d2c8e71-0a4f-4b9e-9c31-7e6a20f4b1d8",
}


def C(key):
    n, a = CORR[key][:2]
    return (n, a)


# ------------------------------------------------------------------ bank details
BANK = {
    # Example Group own accounts
    "eg_de": B.iban_de("76350000", "0040127736"),
    # Lieferant GmbH old (Sparkasse Vogtland) and genuinely new (Commerzbank Plauen)
    "lief_old": B.iban_de("87058000", "3500417210"),
    "lief_new": B.iban_de("87040000", "0421876500"),
    # fraudulent accounts used by attackers
    "fraud_lt": B.iban("LT", "32500" + "10000028741"),
    "fraud_de_mule": B.iban_de("10011001", "2626158734"),
    "fraud_de_payroll": B.iban_de("10010010", "0916530458"),
    "fraud_ie": B.iban("IE", "REVO99036071946852"),
    "fraud_es": B.iban_es("1465", "0100", "1725039864"),
    "fraud_pl": B.iban_pl("1050101", "5238160048173902"),
    "fraud_gr": B.iban_gr("026", "0125", "0000470200196"),
    # correspondents
    "ferretti": B.iban_it("03069", "11400", "100000008817"),
    "ferretti_fraud": B.iban_it("36772", "22300", "CC0010493615"),
    "partner": B.iban_pl("1140200", "4000370271958214"),
    "kowalczyk_old": B.iban_pl("1020527", "0000120200183377"),
    "kowalczyk_new": B.iban_pl("1240642", "1111001073924156"),
    "soler": B.iban_es("2100", "2346", "0200118734"),
    "llopis": B.iban_es("0081", "0693", "1100014521"),
    "spanos": B.iban_gr("017", "0171", "0000517033421"),
    "ostermann": B.iban_de("76350000", "0000612345"),
    "register_scam": B.iban("LT", "73100" + "00110048195"),
    "register_scam_pl": B.iban_pl("1940107", "6005831100000001"),
    "keller": B.iban_de("68050101", "0012093188"),
    "northway_sort": ("40-11-62", "71204438"),
}
BANK["northway"] = B.iban_gb("HBUK", "401162", "71204438")

# Russian details (BIK with valid control keys)
RU = {
    "eg_bik": "044030653",
    "eg_acc": B.ru_account_key("044030653", "40702810055000071842"),
    "eg_corr": B.ru_corr_key("044030653", "30101810500000000653"),
    "eg_inn": B.ru_inn10("784108372"),
    "eg_kpp": "784101001",
    "szt_bik": "044030790",
    "szt_acc": B.ru_account_key("044030790", "40702810990310004417"),
    "szt_corr": B.ru_corr_key("044030790", "30101810900000000790"),
    "szt_inn": B.ru_inn10("780624115"),
    "szt_kpp": "780601001",
    "fraud_bik": "044525974",
    "fraud_acc": B.ru_account_key("044525974", "40702810110001593320"),
    "fraud_corr": B.ru_corr_key("044525974", "30101810145250000974"),
}

VAT = {
    "eg_de": B.de_ustid("21845736"),
    "lief": B.de_ustid("14273908"),
    "lief_fake": B.de_ustid("14273908"),
    "keller": B.de_ustid("14250617"),
    "eg_it": "IT" + B.it_piva("0184672019"),
    "ferretti": "IT" + B.it_piva("0093421019"),
    "eg_pl": B.pl_nip("899281735"),
    "partner": B.pl_nip("894310262"),
    "kowalczyk": B.pl_nip("897170224"),
    "eg_es": B.es_cif("B", "9872315"),
    "soler": B.es_cif("B", "4618203"),
    "llopis": B.es_cif("B", "9605118"),
    "allegro": B.es_cif("B", "8531247"),
    "eg_gr": B.gr_afm("80124736"),
    "spanos": B.gr_afm("09481027"),
    "armonia": B.gr_afm("04731852"),
    "eg_uk": "GB" + B.gb_vat("3145921"),
}

if __name__ == "__main__":
    for k, v in BANK.items():
        if isinstance(v, str):
            assert B.iban_valid(v), k
            print(k, B.fmt_iban(v))
    print(RU, VAT)
