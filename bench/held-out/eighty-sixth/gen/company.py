"""The company, its staff, correspondents and bank details."""
import ids

COMPANY = {
    "name": "Example Group",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": 700,
    "trade": "cinema chain (multiplexes) and event-venue operator (conference halls, "
             "private screenings, corporate events)",
    "mx": "mx01.example.com (Postfix)",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay in front of Exchange "
             "2019: EXCH01/EXCH02.corp.example.com)",
}

OFFICES = {
    "DE": ("Köln (HQ)", "Example Group GmbH, Hohenzollernring 52, 50672 Köln"),
    "IT": ("Milano", "Example Cinema Italia S.r.l., Viale Monza 140, 20127 Milano"),
    "PL": ("Wrocław", "Example Group Polska sp. z o.o., ul. Legnicka 58, 54-204 Wrocław"),
    "ES": ("Madrid", "Example Group España S.L., Calle de Alcalá 318, 28027 Madrid"),
    "GR": ("Athens", "Example Group Hellas Μονοπρόσωπη Α.Ε., Λεωφ. Κηφισίας 124, 115 26 Αθήνα"),
    "UK": ("Manchester", "Example Group UK Ltd, 21 Quay Street, Manchester M3 3JZ"),
    "RU": ("Saint Petersburg", "ООО «Экзампл Груп Рус», Лиговский пр., д. 153, 192007 Санкт-Петербург"),
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Jürgen Köhler", "juergen.koehler@example.com", "DE", "CEO (Geschäftsführer)"),
    "cfo": ("Sabine Wächter", "sabine.waechter@example.com", "DE", "CFO"),
    "ap": ("Monika Schäfer", "monika.schaefer@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    "hr": ("Katrin Böhm", "katrin.boehm@example.com", "DE", "HR & payroll"),
    "it": ("Thomas Brandt", "thomas.brandt@example.com", "DE", "Head of IT"),
    "sec": ("Lukas Hoffmann", "lukas.hoffmann@example.com", "DE", "IT security & mail administrator"),
    "asst": ("Anja Weiß", "anja.weiss@example.com", "DE", "Assistant to the CEO"),
    "proc": ("Florian Groß", "florian.gross@example.com", "DE", "Procurement (Einkauf: concessions, technology)"),
    "sales": ("Nadine Krüger", "nadine.krueger@examplegroup.eu", "DE", "Sales – corporate events & venue hire"),
    "de_mgr": ("Birgit Sommer", "birgit.sommer@example.com", "DE", "Office manager Köln"),
    "de_acc": ("Ute Jäger", "ute.jaeger@example.com", "DE", "Accountant Germany (general ledger)"),
    "film": ("Kerstin Vogt", "kerstin.vogt@example.com", "DE", "Film booking & programming"),
    "events": ("Hannah Fuchs", "hannah.fuchs@example.com", "DE", "Event & venue manager"),
    "it_mgr": ("Niccolò Fabbri", "niccolo.fabbri@example.com", "IT", "Office manager Italy"),
    "it_acc": ("Elena Marchetti", "elena.marchetti@example.com", "IT", "Accountant Italy"),
    "pl_mgr": ("Agnieszka Wróbel", "agnieszka.wrobel@example.com", "PL", "Office manager Poland"),
    "pl_acc": ("Paweł Łukasik", "pawel.lukasik@example.com", "PL", "Accountant Poland"),
    "es_mgr": ("José Ramón Ibáñez", "jose.ibanez@example.com", "ES", "Office manager Spain"),
    "es_acc": ("María Núñez", "maria.nunez@example.com", "ES", "Accountant Spain"),
    "gr_mgr": ("Γιώργος Παπαδόπουλος", "georgios.papadopoulos@example.com", "GR", "Office manager Greece"),
    "gr_acc": ("Ελένη Κωνσταντίνου", "eleni.konstantinou@examplegroup.eu", "GR", "Accountant Greece"),
    "uk_mgr": ("Oliver Bennett", "oliver.bennett@example.com", "UK", "Office manager UK"),
    "uk_acc": ("Priya Sharma", "priya.sharma@example.com", "UK", "Accountant UK"),
    "ru_mgr": ("Дмитрий Соколов", "dmitry.sokolov@examplegroup.eu", "RU", "Office manager Russia"),
    "ru_acc": ("Ольга Кузнецова", "olga.kuznetsova@examplegroup.eu", "RU", "Accountant Russia"),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# ------------------------------------------------------------ bank data
EG_IBAN_DE = ids.iban_de("37040044", "0612487300")           # Commerzbank Köln
EG_BIC_DE = "COBADEFFXXX"
EG_USTID = ids.de_ustid("81447652")
EG_IT_PIVA = ids.it_piva("1093754096")
EG_PL_NIP = ids.pl_nip("899287451")
EG_ES_CIF = ids.es_cif("B", "8674215")
EG_GR_AFM = ids.gr_afm("80143275")
EG_RU_INN = ids.ru_inn10("783914257")
EG_GB_VAT = ids.gb_vat("3318712")

LIEF_IBAN_OLD = ids.iban_de("48050161", "0072819940")        # Sparkasse Bielefeld
LIEF_IBAN_NEW = ids.iban_de("48070020", "0219437500")        # Deutsche Bank Bielefeld
LIEF_USTID = ids.de_ustid("12658843")
LIEF_ATTACK_IBAN = ids.iban_lt("32500", "58219046317")        # EMI account, LT

FERR_IBAN = ids.iban_it("03069", "11710", "100000012877")      # Intesa Sanpaolo
FERR_ATTACK_IBAN = ids.iban_it("03268", "01600", "052891744210")  # other bank
FERR_PIVA = ids.it_piva("0291845023")

PLOG_IBAN = ids.iban_pl("1140200", "0000360218375114")         # mBank
PLOG_ATTACK_IBAN = ids.iban_pl("1050106", "1000009081427733")
PLOG_NIP = ids.pl_nip("778142903")

NORD_IBAN = ids.iban_de("20050550", "1260418877")              # Hamburger Sparkasse
CEO_FRAUD_IBAN = ids.iban_from_bban("LU", "008" + "1432917650018")  # LU
PAYROLL_ATTACK_IBAN = ids.iban_de("10011001", "2638591047")   # neobank
PAYROLL_OLD_IBAN = ids.iban_de("37050198", "1931046217")      # Sparkasse KölnBonn
REGISTER_IBAN = ids.iban_from_bban("BG", "STSA9300" + "0027419356")  # fake register (BG, EMI)
PL_REGISTER_IBAN = ids.iban_pl("1240602", "9111001098245617")

CINESOL_IBAN = ids.iban_es("0049", "1806", "2910387542")     # Santander
ABOGADO_IBAN = ids.iban_es("0182", "2370", "4102016381")     # BBVA (fake lawyer)
SGAE_FAKE_IBAN = ids.iban_es("2100", "1512", "7402003394")

ALEX_IBAN = ids.iban_gr("011", "0168", "0000016829374110")      # Εθνική
ALEX_ATTACK_IBAN = ids.iban_lt("35000", "10002817463")          # EMI (LT)
GR_BEC_IBAN = ids.iban_gr("017", "0215", "0005215093817456")     # Πειραιώς
AEGEAN_AFM = ids.gr_afm("80172903")
ALEX_AFM = ids.gr_afm("04718352")

NSA_SORT, NSA_ACC = "20-45-77", "53019824"

KS_BIK = "044030653"                                    # Сбербанк СЗБ
KS_CORR = ids.ru_corr_account(KS_BIK)
KS_ACC = ids.ru_account(KS_BIK, "40702810X55040031947".replace("X", "0"))
KS_INN = ids.ru_inn10("781642907")
KS_KPP = "781601001"
KS_OGRN = ids.ru_ogrn("115784712093")
KS_ATT_BIK = "044525593"                                # Альфа-Банк (Москва)
KS_ATT_CORR = ids.ru_corr_account(KS_ATT_BIK)
KS_ATT_ACC = ids.ru_account(KS_ATT_BIK, "40802810X01900027741".replace("X", "0"))
EG_RU_BIK = "044030790"
EG_RU_CORR = ids.ru_corr_account(EG_RU_BIK)
EG_RU_ACC = ids.ru_account(EG_RU_BIK, "40702810X90000012458".replace("X", "0"))

BTC_ADDR = ids.bech32_p2wpkh("audit87-extortion-uk")

# ------------------------------------------------------------ correspondents
CORR = [
    # (organisation, country, contacts, domain / mail system, relation)
    ("Lieferant GmbH", "DE (Bielefeld)",
     "Stefan Maier <s.maier@lieferant-gmbh.de> (key account), Petra Lang <p.lang@lieferant-gmbh.de> "
     "(receivables), Buchhaltung <rechnungen@lieferant-gmbh.de>",
     "lieferant-gmbh.de – Exchange Online",
     "Concessions supplier: popcorn, nachos, cups, beverage dispensers. Bank from 01.12.2026: %s (Deutsche Bank); "
     "old account %s (Sparkasse Bielefeld) open until 31.01.2027"
     % (ids.fmt_iban(LIEF_IBAN_NEW), ids.fmt_iban(LIEF_IBAN_OLD))),
    ("Ferretti Trasporti S.p.A.", "IT (Verona)",
     "Chiara Colombo <c.colombo@ferretti-trasporti.it> (traffic office), "
     "<amministrazione@ferretti-trasporti.it>",
     "ferretti-trasporti.it – Aruba, Outlook 16", "Road carrier for event staging and concession goods. Bank: %s" % ids.fmt_iban(FERR_IBAN)),
    ("Partner Logistik sp. z o.o.", "PL (Poznań)",
     "Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>",
     "partner-logistik.pl – home.pl hosting, Outlook 16 (webmail: Roundcube)", "Warehousing of event equipment, seats, merchandise. Bank: %s" % ids.fmt_iban(PLOG_IBAN)),
    ("Nordlicht Filmverleih GmbH", "DE (Hamburg)",
     "Jana Hartmann <j.hartmann@nordlicht-filmverleih.de>, Abrechnung <abrechnung@nordlicht-filmverleih.de>",
     "nordlicht-filmverleih.de – Exchange Online", "Film distributor; monthly film-rental (Filmmiete) statements. Bank: %s" % ids.fmt_iban(NORD_IBAN)),
    ("Sonora Cinema Systems Ltd", "UK (Leeds)", "Gareth Hughes <gareth.hughes@sonora-cinema.co.uk>",
     "sonora-cinema.co.uk – Exchange Online", "Projection and sound service contractor (UK sites)"),
    ("Northern Screen Advertising Ltd", "UK (Manchester)", "Accounts <accounts@northernscreen.co.uk>, Ruth Kemp <ruth.kemp@northernscreen.co.uk>",
     "northernscreen.co.uk – Google Workspace", "On-screen advertising sales partner; pays revenue share"),
    ("Eventi Lombardi S.r.l.", "IT (Milano)", "Luca Moretti <l.moretti@eventilombardi.it>",
     "eventilombardi.it – shared hosting, Roundcube", "Corporate-event agency, rents halls in Milan (customer)"),
    ("Giovanni Esposito", "IT", "<giovanni.esposito71@libero.it>", "libero.it webmail", "Private customer"),
    ("Szkoła Podstawowa nr 12 we Wrocławiu", "PL", "Małgorzata Nowicka <m.nowicka@wp.pl>", "wp.pl webmail",
     "Teacher booking school screenings (customer)"),
    ("Portal kinobranza.pl", "PL", "<newsletter@kinobranza.pl>", "Mailchimp", "Subscribed trade newsletter"),
    ("Distribuciones Cinematográficas Sol S.L.", "ES (Madrid)", "Carmen Ortega <carmen.ortega@cinesol.es>, "
     "<facturacion@cinesol.es>", "cinesol.es – Exchange Online", "Film distributor (Spain). Bank: %s" % ids.fmt_iban(CINESOL_IBAN)),
    ("Ruiz & Aranda Abogados", "ES (Madrid)", "Lucía Aranda <laranda@ruizaranda.es>", "ruizaranda.es – Exchange Online",
     "The Spanish subsidiary's real law firm"),
    ("Ν. Αλεξίου Υπηρεσίες Καθαρισμού", "GR (Athens)", "Νίκος Αλεξίου <nalexiou@otenet.gr>",
     "otenet.gr – Outlook 16 over the ISP's SMTP", "Cleaning contractor for the Athens multiplex. Bank: %s" % ids.fmt_iban(ALEX_IBAN)),
    ("Aegean Events Μ.Ι.Κ.Ε.", "GR (Athens)", "Μαρία Γεωργίου <m.georgiou@aegean-events.gr>",
     "aegean-events.gr – Exchange Online", "Event agency, customer for venue hire"),
    ("Λογιστικό Γραφείο Δ. Μαυρίδη", "GR (Athens)", "Δημήτρης Μαυρίδης <d.mavridis@mavridis-logistiki.gr>",
     "mavridis-logistiki.gr – own server, Thunderbird", "External tax accountant of the Greek subsidiary"),
    ("ООО «КиноСервис»", "RU (Saint Petersburg)", "Андрей Волков <kinoservis.spb@yandex.ru>",
     "yandex.ru webmail", "Projection-equipment service (Russian sites). Bank: Сбербанк, БИК %s, р/с %s" % (KS_BIK, KS_ACC)),
    ("Kino-Kompass", "DE", "<news@newsletter.kino-kompass.de>", "Brevo", "Subscribed cinema-trade newsletter"),
    ("Rheintal Medical GmbH", "DE (Bonn)", "Verena Albrecht <v.albrecht@rheintal-medical.de>",
     "rheintal-medical.de – own mail server, Thunderbird", "Corporate customer asking for an event"),
]
