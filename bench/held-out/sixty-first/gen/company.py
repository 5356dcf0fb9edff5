"""Example Group: offices, staff, correspondents, bank data."""
from checks import (iban_de, iban_it, iban_es, iban_pl, iban_gr, iban_gb, iban_lt, ru_account,
                    ru_corr_account, ru_inn10, pl_nip, it_piva, gr_afm, de_ustid, es_cif)

COMPANY = {
    "name": "Example Group",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "trade": "group of veterinary clinics (Tierkliniken) with in-house lab diagnostics, "
             "and a pet-supplies wholesaler (pet food, veterinary medicines and consumables distribution)",
}

OFFICES = {
    "HQ": ("Example Group GmbH", "Hafenweg 12, 48155 Münster, Germany"),
    "IT": ("Example Italia S.r.l.", "Via del Lavoro 41, 40127 Bologna, Italy"),
    "PL": ("Example Polska sp. z o.o.", "ul. Głogowska 218, 60-104 Poznań, Poland"),
    "ES": ("Example Iberia S.L.", "Carrer de Sant Vicent Màrtir 212, 46007 València, Spain"),
    "GR": ("Example Hellas Μονοπρόσωπη Ι.Κ.Ε.", "Λεωφ. Γεωργικής Σχολής 65, 555 35 Πυλαία, Θεσσαλονίκη, Greece"),
    "UK": ("Example Group UK Ltd", "Unit 4, Calder Park Business Centre, Leeds LS10 1BT, United Kingdom"),
    "RU": ("ООО «Экзампл Вет»", "Московский пр., д. 212, лит. А, 196066 Санкт-Петербург, Russia"),
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Dr. Jürgen Höfer", "juergen.hoefer@example.com", "HQ Münster", "Chief Executive Officer (Geschäftsführer)"),
    "cfo": ("Katrin Weiß", "katrin.weiss@example.com", "HQ Münster", "Chief Financial Officer"),
    "assist": ("Sabine Krüger", "sabine.krueger@example.com", "HQ Münster", "Assistant to the CEO"),
    "ap": ("Monika Schäfer", "monika.schaefer@example.com", "HQ Münster", "Accounts payable (Kreditorenbuchhaltung)"),
    "acc_de": ("Ute Hartmann", "ute.hartmann@example.com", "HQ Münster", "Accountant HQ (general ledger)"),
    "hr": ("Andrea Böhm", "andrea.boehm@example.com", "HQ Münster", "HR / Payroll (Personal & Lohn)"),
    "ithead": ("Thomas Brandt", "thomas.brandt@example.com", "HQ Münster", "Head of IT"),
    "itsec": ("Lena Vogt", "lena.vogt@example.com", "HQ Münster", "IT security / mail administrator"),
    "proc": ("Markus Engel", "markus.engel@example.com", "HQ Münster", "Head of procurement (Einkauf)"),
    "sales_de": ("Jan Peters", "jan.peters@examplegroup.eu", "HQ Münster", "Sales, key accounts Germany"),
    "lab": ("Dr. Miriam Adler", "miriam.adler@example.com", "HQ Münster", "Head of lab diagnostics"),
    "mgr_de": ("Frank Schröder", "frank.schroeder@example.com", "HQ Münster", "Site manager Münster (office & warehouse)"),
    "mgr_it": ("Giulia Ricci", "giulia.ricci@example.com", "Bologna", "Office manager Italy"),
    "acc_it": ("Marco Esposito", "marco.esposito@example.com", "Bologna", "Accountant Italy"),
    "sales_it": ("Francesca Bianchi", "francesca.bianchi@example.com", "Bologna", "Sales Italy"),
    "mgr_pl": ("Agnieszka Wróbel", "agnieszka.wrobel@example.com", "Poznań", "Office manager Poland"),
    "acc_pl": ("Paweł Łukasik", "pawel.lukasik@example.com", "Poznań", "Accountant Poland"),
    "mgr_es": ("Javier Ortega", "javier.ortega@example.com", "València", "Office manager Spain"),
    "acc_es": ("Lucía Fernández", "lucia.fernandez@example.com", "València", "Accountant Spain"),
    "sales_es": ("Carmen Ruiz", "carmen.ruiz@example.com", "València", "Sales Spain"),
    "mgr_gr": ("Nikos Papadopoulos", "nikos.papadopoulos@example.com", "Thessaloniki", "Office manager Greece"),
    "acc_gr": ("Eleni Georgiou", "eleni.georgiou@example.com", "Thessaloniki", "Accountant Greece"),
    "mgr_uk": ("Oliver Hughes", "oliver.hughes@examplegroup.eu", "Leeds", "Office manager UK"),
    "acc_uk": ("Priya Shah", "priya.shah@examplegroup.eu", "Leeds", "Accountant UK"),
    "mgr_ru": ("Dmitry Sokolov", "dmitry.sokolov@examplegroup.eu", "St Petersburg", "Office manager Russia"),
    "acc_ru": ("Olga Kuznetsova", "olga.kuznetsova@examplegroup.eu", "St Petersburg", "Accountant Russia"),
}

ROLE_BOXES = [("rechnungen@example.com", "incoming supplier invoices, read by accounts payable"),
              ("it-servicedesk@example.com", "internal IT service desk"),
              ("info@example.com", "general contact address")]


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# native-script names used in signatures
NATIVE = {"mgr_gr": "Νίκος Παπαδόπουλος", "acc_gr": "Ελένη Γεωργίου",
          "mgr_ru": "Дмитрий Соколов", "acc_ru": "Ольга Кузнецова"}

# ---------------------------------------------------------------- correspondents
# key: (organisation, country, role, [(name, address), ...], infrastructure note)
CORR = {
    "lieferant": ("Lieferant GmbH", "DE", "supplier of veterinary consumables, vaccines logistics and pet food (Bielefeld)",
                  [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
                   ("Buchhaltung", "rechnungen@lieferant-gmbh.de")], "Microsoft 365 (Exchange Online)"),
    "ferretti": ("Ferretti Trasporti S.p.A.", "IT", "road carrier, temperature-controlled groupage (Verona)",
                 [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")],
                 "Aruba hosted mail, Outlook 2021"),
    "partner": ("Partner Logistik sp. z o.o.", "PL", "logistics partner, warehouse and distribution (Stryków)",
                [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")],
                "Google Workspace"),
    "hansen": ("Tierarztpraxis Dr. Ulrike Hansen", "DE", "customer, small-animal practice (Osnabrück)",
               [("Dr. Ulrike Hansen", "tierarztpraxis.hansen@gmx.de")], "GMX (consumer mail)"),
    "northern": ("Northern Pet Supplies Ltd", "UK", "customer, pet-supplies retailer chain (York)",
                 [("Gareth Evans", "gareth.evans@northernpetsupplies.co.uk")], "Microsoft 365"),
    "solicitor": ("Harrowgate & Pryce LLP", "UK", "solicitors of the UK subsidiary (Leeds)",
                  [("Eleanor Pryce", "e.pryce@harrowgatepryce.co.uk")], "Microsoft 365"),
    "sanluca": ("Ambulatorio Veterinario San Luca", "IT", "customer, veterinary practice (Modena)",
                [("Dott. Paolo Greco", "amb.sanluca@libero.it")], "Libero (consumer mail)"),
    "azor": ("Gabinet Weterynaryjny „Azor”", "PL", "customer, veterinary practice (Gniezno)",
             [("lek. wet. Katarzyna Nowak", "gabinet.azor@wp.pl")], "WP Poczta (consumer mail)"),
    "levante": ("Transportes Levante Frío S.L.", "ES", "refrigerated road carrier (Paterna)",
                [("Raúl Navarro", "raul.navarro@levantefrio.es"), ("Administración", "administracion@levantefrio.es")],
                "own hosting, Outlook"),
    "albufera": ("Clínica Veterinaria Albufera", "ES", "customer, veterinary clinic (València)",
                 [("Dra. Marta Gil", "clinicavetalbufera@gmail.com")], "Gmail (consumer)"),
    "turia": ("Asesoría Turia Laboral S.L.", "ES", "payroll and labour-law advisers (gestoría) of Example Iberia",
              [("Nóminas", "nominas@asesoriaturia.es")], "own hosting (Plesk), Outlook"),
    "vetfarma": ("VetFarma Hellas Α.Ε.", "GR", "supplier, veterinary pharmaceuticals distributor (Thessaloniki)",
                 [("Γιώργος Αντωνίου", "g.antoniou@vetfarma.gr"), ("Λογιστήριο", "logistirio@vetfarma.gr")],
                 "own Postfix server"),
    "kalamaria": ("Κτηνιατρείο Καλαμαριάς", "GR", "customer, veterinary practice (Kalamaria)",
                  [("Μαρία Δημητρίου", "ktiniatreio.kalamarias@otenet.gr")], "OTEnet / Cosmote (consumer ISP mail)"),
    "zoovet": ("ООО «ЗооВетСнаб»", "RU", "supplier, veterinary drugs and pet food (Moscow)",
               [("Ирина Смирнова", "i.smirnova@zoovetsnab.ru"), ("Бухгалтерия", "buh@zoovetsnab.ru")],
               "own Exim server"),
    "aibolit": ("Ветеринарная клиника «Айболит»", "RU", "customer, veterinary clinic (Pushkin, St Petersburg)",
                [("Анна Морозова", "aibolit.vet@yandex.ru")], "Yandex Mail (consumer)"),
    "tmk": ("Tiermedizin kompakt (Fachverlag)", "DE", "subscribed trade newsletter, sent via Brevo",
            [("Tiermedizin kompakt", "newsletter@news.tiermedizin-kompakt.de")], "Brevo"),
    "pte": ("Pet Trade Europe", "UK", "subscribed trade newsletter, sent via SendGrid",
            [("Pet Trade Europe Weekly", "weekly@mail.pettradeeurope.com")], "SendGrid"),
    "vetrynek": ("VetRynek.pl", "PL", "subscribed trade newsletter, sent via Mailgun",
                 [("VetRynek.pl", "newsletter@vetrynek.pl")], "Mailgun"),
    "ktnea": ("Κτηνιατρικά Νέα", "GR", "subscribed trade newsletter, sent via Amazon SES",
              [("Κτηνιατρικά Νέα", "news@ktiniatrika-nea.gr")], "Amazon SES"),
}

# ---------------------------------------------------------------- bank & tax identifiers (all check-digit valid)
BANK = {
    # genuine
    "lieferant_old": iban_de("48050161", "66012745"),        # Sparkasse Bielefeld-style BLZ
    "lieferant_new": iban_de("48060036", "4418203700"),      # new account announced properly
    "ferretti": iban_it("05034", "11750", "000000012873"),    # Banco BPM, Verona
    "partner": iban_pl("1140200", "0000361872091344"),        # mBank
    "levante": iban_es("2100", "1593", "0200094517"),
    "vetfarma": iban_gr("017", "0224", "0000022489317"),      # Piraeus
    "turia": iban_es("0081", "0293", "0001349871"),
    # fraudulent (receiving accounts named in attacks)
    "att_lieferant": iban_de("10050000", "6605129837"),
    "att_payroll_de": iban_de("10011001", "2637418159"),      # neobank BLZ
    "att_ferretti": iban_it("03268", "01600", "052873104770"),    # Banca Sella ABI
    "att_partner": iban_pl("1020104", "0000790201473566"),
    "att_vetfarma": iban_lt("32500", "95817374602"),
    "att_register_de": iban_de("70150000", "1008527391"),
    "att_register_pl": iban_pl("1050149", "9182000058274136"),
    "att_lawyer": iban_gb("CLRB", "040605", "43188012"),
    "att_payroll_es": iban_es("0073", "0100", "0512873460"),
}

RU = {
    # genuine supplier: settlement account in a Moscow bank (BIK 044525593)
    "zoovet_bik": "044525593",
    "zoovet_ks": ru_corr_account("044525593", "30101810X00000000593"),
    "zoovet_rs": ru_account("044525593", "40702810X01850004417"),
    "zoovet_inn": ru_inn10("771842375"),
    "zoovet_kpp": "771801001",
    # fraudulent new requisites (bank in Kazan)
    "att_bik": "049205805",
    "att_ks": ru_corr_account("049205805", "30101810X00000000805"),
    "att_rs": ru_account("049205805", "40702810X62000087312"),
    "att_inn": ru_inn10("165610387"),
    # own company
    "own_inn": ru_inn10("781024637"),
}

TAX = {
    "de_ust": de_ustid("31274590"),
    "lieferant_ust": de_ustid("12481193"),
    "ferretti_piva": it_piva("0328716023"),
    "partner_nip": pl_nip("727284175"),
    "own_pl_nip": pl_nip("779243816"),
    "own_it_piva": it_piva("0291874037"),
    "levante_cif": es_cif("B", "9718324"),
    "own_es_cif": es_cif("B", "9821745"),
    "vetfarma_afm": gr_afm("09981245"),
    "own_gr_afm": gr_afm("80153327"),
}
