"""Example Group: staff, offices and correspondents (single source of truth
for staff.txt, the MANIFEST tables and the message modules)."""
import checkdigits as cd

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group SE",
    "trade": "industrial bakery and bakery-café chain (own bakeries, frozen "
             "dough and par-baked bread for retail and food service, ~140 "
             "bakery-cafés)",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "mx": "mx01.example.com (Postfix, inbound MX)",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay; Exchange "
             "2019 EXCH01/EXCH02.corp.example.com behind it)",
    "vat": cd.de_ustid("28417306"),
}

OFFICES = {
    "HQ": "Hannover, Germany (HQ and main bakery, Lister Damm 42, 30163 Hannover)",
    "IT": "Verona, Italy (Example Group Italia S.r.l., Via dell'Industria 14, 37135 Verona)",
    "PL": "Poznań, Poland (Example Group Polska sp. z o.o., ul. Głogowska 218, 60-104 Poznań)",
    "ES": "Valencia, Spain (Example Group Iberia S.L., Av. de les Corts Valencianes 58, 46015 València)",
    "GR": "Thessaloniki, Greece (Example Group Hellas Μ.Α.Ε., 26ης Οκτωβρίου 90, 546 27 Θεσσαλονίκη)",
    "UK": "Manchester, UK (Example Group UK Ltd, Trafford Park, Manchester M17 1AB)",
    "RU": "St Petersburg, Russia (ООО «Экзампл Груп Рус», Московский пр-т 212, Санкт-Петербург)",
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Jürgen Hoffmann", "juergen.hoffmann@example.com", "HQ", "Chief Executive Officer (Vorstandsvorsitzender)"),
    "cfo": ("Sabine Krüger", "sabine.krueger@example.com", "HQ", "Chief Financial Officer"),
    "ap": ("Monika Weiß", "monika.weiss@example.com", "HQ", "Accounts payable (Kreditorenbuchhaltung)"),
    "ar": ("Ingrid Löffler", "ingrid.loeffler@example.com", "HQ", "Accounts receivable (Debitorenbuchhaltung)"),
    "hr": ("Katrin Schäfer", "katrin.schaefer@example.com", "HQ", "HR / payroll (Personal & Entgeltabrechnung)"),
    "it": ("Thomas Becker", "thomas.becker@example.com", "HQ", "Head of IT"),
    "sec": ("Daniel Vogel", "daniel.vogel@example.com", "HQ", "IT security / mail administrator"),
    "assist": ("Laura Brandt", "laura.brandt@example.com", "HQ", "Assistant to the CEO"),
    "proc": ("Markus Köhler", "markus.koehler@example.com", "HQ", "Head of procurement (Einkauf)"),
    "sales": ("Anja Schröder", "anja.schroeder@example.com", "HQ", "Sales, food-service key accounts"),
    "logi": ("Felix Wagner", "felix.wagner@example.com", "HQ", "Logistics / dispatch (Disposition)"),
    "qa": ("Nadine Zimmermann", "nadine.zimmermann@example.com", "HQ", "Quality assurance (QS, HACCP)"),
    "cafe": ("Jana Pohl", "jana.pohl@example.com", "HQ", "Bakery-café operations, customer service"),
    "it_mgr": ("Alessandro Ricci", "alessandro.ricci@example.com", "IT", "Country manager Italy"),
    "it_acc": ("Francesca Bianchi", "francesca.bianchi@examplegroup.eu", "IT", "Accountant Italy"),
    "pl_mgr": ("Paweł Wróbel", "pawel.wrobel@example.com", "PL", "Country manager Poland"),
    "pl_acc": ("Agnieszka Łuczak", "agnieszka.luczak@examplegroup.eu", "PL", "Accountant Poland"),
    "pl_off": ("Katarzyna Wójcik", "katarzyna.wojcik@example.com", "PL", "Office & HR coordinator Poland"),
    "es_mgr": ("Javier Martínez Ruiz", "javier.martinez@example.com", "ES", "Country manager Spain"),
    "es_acc": ("Lucía Fernández", "lucia.fernandez@example.com", "ES", "Accountant Spain"),
    "gr_mgr": ("Dimitris Papadopoulos", "dimitris.papadopoulos@example.com", "GR", "Country manager Greece"),
    "gr_acc": ("Eleni Georgiou", "eleni.georgiou@example.com", "GR", "Accountant Greece"),
    "uk_mgr": ("James Whitfield", "james.whitfield@example.com", "UK", "Managing director UK"),
    "uk_acc": ("Priya Sharma", "priya.sharma@example.com", "UK", "Accountant UK"),
    "ru_mgr": ("Sergei Volkov", "sergei.volkov@examplegroup.eu", "RU", "General director Russia"),
    "ru_acc": ("Olga Smirnova", "olga.smirnova@example.com", "RU", "Chief accountant Russia"),
}

# Native-script display names used by the local offices' mail clients
NATIVE = {
    "gr_mgr": "Δημήτρης Παπαδόπουλος",
    "gr_acc": "Ελένη Γεωργίου",
    "ru_mgr": "Сергей Волков",
    "ru_acc": "Ольга Смирнова",
}


def S(key, native=False):
    n, a, _, _ = STAFF[key]
    if native and key in NATIVE:
        n = NATIVE[key]
    return (n, a)


# ----------------------------------------------------------- bank data ----
# Genuine accounts of Example Group and its correspondents (valid checksums)
BANK = {
    "eg_de": cd.iban_de("25050180", "091027734"),                  # Sparkasse Hannover
    "lieferant_old": cd.iban_de("25190001", "660417302"),          # Hannoversche Volksbank
    "lieferant_new": cd.iban_de("20050550", "128730451"),          # Hamburger Sparkasse
    "ferretti": cd.iban_it("05034", "11701", "000000031874"),      # Banco BPM
    "partner_pl": cd.iban_pl("1090131", "0000000153021944"),       # Santander Bank Polska
    "opak_pl": cd.iban_pl("1140200", "0040000330218471"),          # mBank
    "payroll_pl": cd.iban_pl("1020403", "0000710201745560"),       # PKO BP
    "harinera": cd.iban_es("2100", "3842", "0200184467"),          # CaixaBank
    "gil": cd.iban_es("0081", "0693", "0001736220"),               # Banco Sabadell
    "dairy_gr": cd.iban_gr("011", "0223", "0000022347051882"),     # NBG
    "weser": cd.iban_de("25050180", "000318862"),                  # Sparkasse Hannover
    "molino": cd.iban_it("02008", "44310", "000104829337"),        # UniCredit
    "hartley": cd.iban_gb("NWBK", "010957", "41873620"),
    "eg_gr": cd.iban_gr("017", "0251", "0005251083746"),           # Piraeus
}

# Russian bank details (BIK + settlement account with valid control key)
RU_BANK = {
    "sevupak": {"bank": "ПАО Сбербанк (Северо-Западный банк)", "bik": "044030653",
                "ks": cd.ru_corr_account("044030653"),
                "rs": cd.ru_account("044030653", "40702810X55040012877"),
                "inn": cd.ru_inn10("781403581"), "kpp": "781401001"},
    "sevupak_fake": {"bank": "АО «ТБанк»", "bik": "044525974",
                     "ks": cd.ru_corr_account("044525974"),
                     "rs": cd.ru_account("044525974", "40702810X10001947263"),
                     "inn": cd.ru_inn10("781403581"), "kpp": "781401001"},
    "eg_ru": {"bank": "АО «Райффайзенбанк» (Санкт-Петербургский филиал)", "bik": "044030723",
              "ks": cd.ru_corr_account("044030723"),
              "rs": cd.ru_account("044030723", "40702810X03000061453"),
              "inn": cd.ru_inn10("781012377"), "kpp": "781001001"},
}

# (organisation, country, kind, [(name, address)], notes)
CORRESPONDENTS = [
    ("Lieferant GmbH", "DE", "supplier: baking ingredients, margarine, fillings",
     [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
      ("Buchhaltung", "rechnungen@lieferant-gmbh.de")], "given; own mail server mail.lieferant-gmbh.de"),
    ("Ferretti Trasporti S.p.A.", "IT", "road carrier (refrigerated)",
     [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")],
     "given; mail hosted at Aruba"),
    ("Partner Logistik sp. z o.o.", "PL", "logistics partner, cross-dock Poznań",
     [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")],
     "given; own Zimbra server"),
    ("Weser Mühlenwerke GmbH", "DE", "flour mill (supplier)",
     [("Jens Otte", "j.otte@weser-muehlenwerke.de"), ("Vertragsmanagement", "vertraege@weser-muehlenwerke.de")],
     "Microsoft 365 tenant; signs contracts via DocuSign"),
    ("Backwelt Fachverlag", "DE", "trade magazine, newsletter (subscribed)",
     [("BACKWELT Newsletter", "newsletter@backwelt-fachmagazin.de")], "sends via CleverReach"),
    ("Pennine Foodservice Ltd", "UK", "food-service wholesaler (customer)",
     [("Rachel Hughes", "rachel.hughes@penninefoodservice.co.uk"), ("Accounts Payable", "accounts@penninefoodservice.co.uk")],
     "Microsoft 365 tenant"),
    ("Hartley Cold Chain Ltd", "UK", "refrigerated haulier (carrier)",
     [("Hartley Cold Chain accounts", "accounts@hartleycoldchain.co.uk")], "invoices via Xero"),
    ("Molino Valsesia S.r.l.", "IT", "flour and semolina mill (supplier)",
     [("Marco Rinaldi", "m.rinaldi@molinovalsesia.it"), ("Fatturazione", "fatturazione@molinovalsesia.it")],
     "Aruba-hosted mail"),
    ("Pasticceria Bellini", "IT", "pastry shop, customer for frozen croissants",
     [("Roberto Bellini", "pasticceria.bellini@libero.it")], "consumer mailbox on libero.it"),
    ("Opakowania Mazur sp. z o.o.", "PL", "packaging supplier (bags, boxes)",
     [("Marta Mazur", "m.mazur@opakowania-mazur.pl")], "hosted at home.pl"),
    ("Biuro Rachunkowe Nowicka", "PL", "external payroll bureau for the Polish office",
     [("Ewa Nowicka", "biuro@br-nowicka.pl")], "hosted at nazwa.pl"),
    ("Harinera del Turia S.A.", "ES", "flour mill (supplier)",
     [("Carmen López", "clopez@harineradelturia.es"), ("Administración", "administracion@harineradelturia.es")],
     "own Postfix server"),
    ("Transportes Hermanos Gil S.L.", "ES", "road carrier",
     [("Tráfico", "trafico@transportesgil.es")], "Microsoft 365 tenant"),
    ("Asesoría Vidal & Soler", "ES", "tax adviser (gestoría) of the Spanish office",
     [("Marta Soler", "msoler@vidalsoler-asesores.es")], "own server"),
    ("Γαλακτοκομικά Μακεδονίας Α.Ε. (Makedonia Dairy S.A.)", "GR", "dairy supplier (butter, cream)",
     [("Νίκος Αντωνίου", "n.antoniou@makedonia-dairy.gr"), ("Λογιστήριο", "logistirio@makedonia-dairy.gr")],
     "own Exchange / Outlook"),
    ("Λογιστικό Γραφείο Καραλή", "GR", "external accountant of the Greek office",
     [("Γιώργος Καραλής", "g.karalis@karalis-logistiki.gr")], "Outlook via hosting"),
    ("Φούρνος Καραγιάννη", "GR", "bakery customer (frozen dough)",
     [("Κώστας Καραγιάννης", "kostas.karagiannis@otenet.gr")], "consumer mailbox on otenet.gr"),
    ("ООО «Северная Упаковка»", "RU", "packaging supplier",
     [("Марина Кузнецова", "m.kuznetsova@sev-upak.ru")], "own mail server"),
    ("Кафе «Пышка»", "RU", "café customer",
     [("Анна Белова", "pyshka.cafe@yandex.ru")], "consumer mailbox on yandex.ru"),
]
