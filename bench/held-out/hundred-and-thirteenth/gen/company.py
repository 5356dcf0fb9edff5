"""The company, its staff, its correspondents and every account number used."""
from lib import bank as B

COMPANY = {
    "name": "Example Group",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "trade": "marina operator and yacht charter company",
}

OFFICES = {
    "Kiel": "Example Group GmbH (HQ), Hafenstraße 12, 24159 Kiel-Schilksee, Germany",
    "Genova": "Example Marine Italia S.r.l., Calata Molo Vecchio 15, 16128 Genova, Italy",
    "Gdańsk": "Example Group Polska sp. z o.o., ul. Przemysłowa 8, 80-542 Gdańsk, Poland",
    "Palma": "Example Náutica S.L., Moll Vell s/n, 07012 Palma de Mallorca, Spain",
    "Lavrio": "Example Yachting Hellas Μ.Ι.Κ.Ε., Λιμάνι Λαυρίου, 19500 Λαύριο, Greece",
    "Southampton": "Example Marinas UK Ltd, Ocean Village, Southampton SO14 3TL, United Kingdom",
    "St Petersburg": "ООО «Экзампл Яхтинг», Петровская коса, д. 9, 197110 Санкт-Петербург, Russia",
}

# (display name, address, office, role)
STAFF = [
    ("Dr. Klaus Hoffmann", "klaus.hoffmann@example.com", "Kiel", "Chief Executive Officer (Geschäftsführer)"),
    ("Sabine Krüger", "sabine.krueger@example.com", "Kiel", "Chief Financial Officer"),
    ("Monika Schäfer", "monika.schaefer@example.com", "Kiel", "Accounts payable (Kreditorenbuchhaltung)"),
    ("Andrea Weiß", "andrea.weiss@example.com", "Kiel", "HR & payroll"),
    ("Thomas Becker", "thomas.becker@example.com", "Kiel", "Head of IT"),
    ("Jan Petersen", "jan.petersen@example.com", "Kiel", "IT security & mail administration"),
    ("Lena Vogt", "lena.vogt@example.com", "Kiel", "Assistant to the CEO"),
    ("Markus Lührs", "markus.luehrs@example.com", "Kiel", "Procurement (Einkauf)"),
    ("Julia Brandt", "julia.brandt@examplegroup.eu", "Kiel", "Charter sales & partner bookings"),
    ("Tobias Lange", "tobias.lange@example.com", "Kiel", "Fleet & technical manager"),
    ("Birgit Sörensen", "birgit.soerensen@example.com", "Kiel", "Office & marina manager Kiel"),
    ("Ute Hansen", "ute.hansen@example.com", "Kiel", "Accountant Kiel (general ledger, tax)"),
    ("Alessandro Greco", "alessandro.greco@example.com", "Genova", "Office manager Italy"),
    ("Francesca Rinaldi", "francesca.rinaldi@example.com", "Genova", "Accountant Italy"),
    ("Niccolò Sartori", "niccolo.sartori@examplegroup.eu", "Genova", "Charter sales Italy"),
    ("Paweł Wróbel", "pawel.wrobel@example.com", "Gdańsk", "Office manager Poland"),
    ("Małgorzata Łukasik", "malgorzata.lukasik@example.com", "Gdańsk", "Accountant Poland"),
    ("Jordi Ferrer", "jordi.ferrer@example.com", "Palma", "Office manager Spain"),
    ("Inés Muñoz", "ines.munoz@example.com", "Palma", "Accountant Spain"),
    ("Nikos Papadopoulos", "nikos.papadopoulos@example.com", "Lavrio", "Office manager Greece"),
    ("Eleni Konstantinou", "eleni.konstantinou@examplegroup.eu", "Lavrio", "Accountant Greece"),
    ("James Whitfield", "james.whitfield@example.com", "Southampton", "Office manager UK"),
    ("Priya Nair", "priya.nair@example.com", "Southampton", "Accountant UK"),
    ("Dmitry Sokolov", "dmitry.sokolov@example.com", "St Petersburg", "Office manager Russia"),
    ("Olga Kuznetsova", "olga.kuznetsova@examplegroup.eu", "St Petersburg", "Accountant Russia"),
]
S = {a.split("@")[0]: (n, a) for n, a, _, _ in STAFF}


def who(key):
    return S[key]


# Correspondents: (organisation, country, contacts, role, mail system)
CORRESPONDENTS = [
    ("Lieferant GmbH", "DE", "Stefan Maier <s.maier@lieferant-gmbh.de>, Petra Lang <p.lang@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>",
     "supplier of marina and deck hardware, mooring gear and pontoon spares (Hamburg)", "own Postfix relay mail.lieferant-gmbh.de, Outlook clients, ERP mailer"),
    ("Ferretti Trasporti S.p.A.", "IT", "Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>",
     "road carrier, oversize yacht transport (Sarzana)", "Microsoft 365 (EUR)"),
    ("Partner Logistik sp. z o.o.", "PL", "Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>",
     "logistics partner, yacht transport and winter storage (Gdynia)", "home.pl hosting, Thunderbird / Outlook, Roundcube webmail"),
    ("Marine Service Nord GmbH", "DE", "(name only misused in attack 04)", "engine and refit service (Kiel)", "-"),
    ("Kanzlei Roth & Partner", "DE", "RA Dr. Martina Roth <m.roth@roth-partner-kiel.de>", "law firm, berth-lease and charter contracts (Kiel)", "Microsoft 365 (Germany)"),
    ("Blue Horizon Charter Brokers Ltd", "UK", "Sarah Collins <sarah.collins@bluehorizoncharters.co.uk>", "charter broker / agency partner (Lymington)", "Microsoft 365, DocuSign"),
    ("Solent Rigging Ltd", "UK", "Tom Harris <tom.harris@solentrigging.co.uk>, <accounts@solentrigging.co.uk>", "rigging supplier (Hamble)", "Microsoft 365"),
    ("Oliver Bennett", "UK", "<oliver.bennett@btinternet.com>", "charter customer", "BT Mail, iPad"),
    ("Cantiere Navale Ligure S.r.l.", "IT", "Luca Moretti <l.moretti@cantierenavaleligure.it>", "shipyard, winter refit (La Spezia)", "hosted Postfix, Thunderbird"),
    ("Giulia Conti", "IT", "<giulia.conti78@libero.it>", "charter customer", "Libero Mail"),
    ("Stocznia Jachtowa Bałtyk sp. z o.o.", "PL", "Agnieszka Nowak <a.nowak@stocznia-baltyk.pl>", "yacht builder / service yard (Gdańsk)", "hosted Postfix, Outlook"),
    ("Krzysztof Wiśniewski", "PL", "<k.wisniewski@wp.pl>", "charter customer", "Poczta WP"),
    ("Velas Mallorca S.L.", "ES", "Carmen Ruiz <carmen.ruiz@velasmallorca.es>", "sailmaker (Palma)", "hosted Postfix, Outlook"),
    ("Javier Ortega", "ES", "<javier.ortega@hotmail.es>", "charter customer", "Outlook.com"),
    ("Aegean Yacht Supplies Α.Ε.", "GR", "Γιώργος Δημητρίου <g.dimitriou@aegean-yachtsupplies.gr>, Λογιστήριο <logistirio@aegean-yachtsupplies.gr>",
     "chandlery and provisioning supplier (Piraeus)", "hosted Postfix, Outlook"),
    ("Κώστας Αλεξίου", "GR", "<kalexiou@otenet.gr>", "freelance skipper", "OTEnet mail, Thunderbird"),
    ("ООО «Балтийские Яхтенные Системы»", "RU", "Игорь Волков <volkov@balt-yacht.ru>, Бухгалтерия <buh@balt-yacht.ru>",
     "marine electronics and spares supplier (St Petersburg)", "own Postfix, The Bat! / 1C mailer"),
    ("Анна Морозова", "RU", "<anna.morozova@yandex.ru>", "charter customer", "Yandex Mail"),
    ("Newsletter senders", "UK/ES/GR", "Marina Today (Mailchimp), Náutica Profesional (Brevo), Ναυτιλιακά Νέα Αιγαίου (Mailchimp)",
     "subscribed trade newsletters", "ESPs with List-Unsubscribe"),
    ("Genuine services", "-", "Microsoft account, Google, GitHub, Yandex ID, DocuSign (EU)", "notifications to staff", "their own infrastructure"),
]

# -------------------------------------------------------------- identifiers
EG_USTID = B.de_ustid("81234567")
EG_IT_PIVA = B.it_piva("0218473099")
EG_PL_NIP = B.pl_nip("583331274")
EG_ES_CIF = B.es_cif("B", "5702413")
EG_GR_AFM = B.gr_afm("80173462")
EG_GB_VRN = B.gb_vrn("2387551")
EG_RU_INN = B.inn10("784215736")

LIEF_USTID = B.de_ustid("11837420")

# -------------------------------------------------------------- bank accounts
IBAN = {}
# genuine
IBAN["lief_old"] = B.iban_de("20050550", "128304751")      # Hamburger Sparkasse (old)
IBAN["lief_new"] = B.iban_de("20040000", "640728150")      # Commerzbank Hamburg (announced genuinely)
IBAN["eg_kiel"] = B.iban_de("21050170", "100482736")       # Förde Sparkasse (Example Group GmbH)
IBAN["ferretti"] = B.iban_it("03069", "49840", "100000012873")  # Intesa Sanpaolo, Sarzana
IBAN["partner"] = B.iban_pl("1020181", "0000220203418877")     # PKO BP
IBAN["stocznia"] = B.iban_pl("1240125", "1111001038842290")    # Bank Pekao
IBAN["velas"] = B.iban_es("2100", "0578", "0200384416")         # CaixaBank
IBAN["aegean"] = B.iban_gr("017", "0123", "0005123047718320")   # Piraeus Bank
IBAN["solent"] = B.iban_gb("NWBK", "601613", "48215530")         # NatWest
IBAN["eg_pl"] = B.iban_pl("1240125", "1111001048733012")        # Pekao, Example Group Polska
# attacker-controlled (mule) accounts
IBAN["att_lief_lt"] = B.iban_lt("35000", "10017463285")         # Paysera LT
IBAN["att_payroll_n26"] = B.iban_de("10011001", "262941783")    # N26
IBAN["att_register_pl"] = B.iban_pl("1140200", "0000340213886512")  # mBank
IBAN["att_ferretti_it"] = B.iban_it("03268", "10001", "052871994210")  # Banca Sella
IBAN["att_escrow_pt"] = B.iban_pt("0033", "0000", "45391827305")       # Millennium BCP
IBAN["att_partner_pl"] = B.iban_pl("2490000", "5000400061283947")      # Alior Bank
IBAN["att_aegean_cy"] = B.iban_cy("002", "00195", "0000357012846553")  # Bank of Cyprus

BIC = {
    "lief_old": "HASPDEHHXXX", "lief_new": "COBADEHHXXX", "eg_kiel": "NOLADE21KIE",
    "ferretti": "BCITITMM", "partner": "BPKOPLPW", "stocznia": "PKOPPLPW", "velas": "CAIXESBBXXX",
    "aegean": "PIRBGRAA", "solent": "NWBKGB2L", "eg_pl": "PKOPPLPW",
    "att_lief_lt": "EVIULT2VXXX", "att_payroll_n26": "NTSBDEB1XXX", "att_register_pl": "BREXPLPWMBK",
    "att_ferretti_it": "SELBIT2BXXX", "att_escrow_pt": "BCOMPTPL", "att_partner_pl": "ALBPPLPW",
    "att_aegean_cy": "BCYPCY2N",
}

# Russia: BIK, correspondent account, settlement account (control key computed)
RU = {}
RU["balt_genuine_old"] = dict(bank="ПАО Сбербанк (Северо-Западный банк)", bik="044030653",
                              corr="30101810500000000653",
                              acc=B.ru_account("044030653", "40702810055040018243"))
RU["balt_genuine_new"] = dict(bank="ПАО «Банк «Санкт-Петербург»", bik="044030790",
                              corr="30101810900000000790",
                              acc=B.ru_account("044030790", "40702810490330004172"))
RU["att_balt"] = dict(bank="АО «ТБанк»", bik="044525974", corr="30101810145250000974",
                      acc=B.ru_account("044525974", "40702810710001837466"))
BALT_INN = B.inn10("780214836")
BALT_KPP = "780201001"
BALT_OGRN = B.ogrn("110784703418")

BTC = B.bech32_p2wpkh("audit114-sextortion-uk")

for k, v in IBAN.items():
    assert B.iban_valid(v), k
for k, v in RU.items():
    assert B.ru_account_valid(v["bik"], v["acc"]) and B.ru_corr_valid(v["bik"], v["corr"]), k
assert B.bech32_valid(BTC)

# Message-IDs shared by thread messages (set deterministically so the
# attack can quote/reference the genuine message)
MID = {
    "ferretti_thread_1": "<AM9PR04MB8473A1C6F0E84D2B9F3E7C51D2A8B6E4@AM9PR04MB8473.eurprd04.prod.outlook.com>",
    "ferretti_thread_0": "<3f6b0d2c9a8e4b7f8c1d5e2a7b9c0d41@EXCH01.corp.example.com>",
    "partner_invoice": "<a7c3e91f04b25d68e1f9c2b7d4a06e38@partner-logistik.pl>",
    "partner_thread_0": "<5b8e2f1c-7a4d-4c93-9e0b-6d2a1f8c3e57@partner-logistik.pl>",
    "blue_q3": "<DB9PR02MB7321C0F4E9A2B84D7E6F1A3C5B9D2E08@DB9PR02MB7321.eurprd02.prod.outlook.com>",
}
