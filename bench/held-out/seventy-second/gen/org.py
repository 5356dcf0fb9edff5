"""The company, its staff, its correspondents and all bank/tax identifiers used in the set.
Every IBAN is computed (mod 97 + national check where known)."""
import checks as C

COMPANY = {
    "name": "Example Group GmbH",
    "brand": "Example Fitness",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": 700,
    "address": "Hohenzollernring 62, 50672 Köln",
    "register": "Amtsgericht Köln HRB 98765",
    "vat": C.de_ustid("29384756"),
    "ceo": "Jürgen Köhler",
    "bank": "Sparkasse KölnBonn",
    "bic": "COLSDE33XXX",
    "iban": C.de_iban("37050198", "190145322"),
}

OFFICES = {
    "HQ": "Köln (DE) - Example Group GmbH, Hohenzollernring 62, 50672 Köln",
    "IT": "Milano (IT) - Example Group Italia S.r.l., Via Melchiorre Gioia 72, 20125 Milano",
    "PL": "Wrocław (PL) - Example Group Polska sp. z o.o., ul. Legnicka 48, 53-674 Wrocław",
    "ES": "València (ES) - Example Group España S.L., Avinguda d'Aragó 30, 46021 València",
    "GR": "Thessaloniki (GR) - Example Group Hellas Μ.Ι.Κ.Ε., Τσιμισκή 45, 546 23 Θεσσαλονίκη",
    "UK": "Manchester (UK) - Example Group UK Ltd, 82 King Street, Manchester M2 4WQ",
    "RU": "Saint Petersburg (RU) - ООО «Экзампл Груп Рус», ул. Марата 25, 191002 Санкт-Петербург",
}

# (display name, address, office, role)
STAFF = [
    ("Jürgen Köhler", "juergen.koehler@example.com", "HQ", "CEO (Geschäftsführer)"),
    ("Sabine Weiß", "sabine.weiss@example.com", "HQ", "CFO"),
    ("Monika Brandt", "monika.brandt@example.com", "HQ", "Accounts payable (Kreditorenbuchhaltung)"),
    ("Nadine Vogel", "nadine.vogel@example.com", "HQ", "Accountant HQ (general ledger)"),
    ("Anja Schröder", "anja.schroeder@examplegroup.eu", "HQ", "Member billing / accounts receivable"),
    ("Katrin Hoffmann", "katrin.hoffmann@example.com", "HQ", "HR & payroll"),
    ("Markus Lehmann", "markus.lehmann@example.com", "HQ", "Head of IT"),
    ("Felix Bauer", "felix.bauer@example.com", "HQ", "IT security & mail administrator"),
    ("Lukas Weber", "lukas.weber@example.com", "HQ", "IT helpdesk"),
    ("Lea Schmitz", "lea.schmitz@example.com", "HQ", "Assistant to the CEO"),
    ("Andreas Günther", "andreas.guenther@example.com", "HQ", "Procurement (equipment & supplies)"),
    ("Julia Krämer", "julia.kraemer@example.com", "HQ", "Sales - corporate memberships"),
    ("Tobias Müller", "tobias.mueller@example.com", "HQ", "Facilities & equipment manager"),
    ("Giulia Romano", "giulia.romano@example.com", "IT", "Office manager Italy"),
    ("Marco Esposito", "marco.esposito@examplegroup.eu", "IT", "Accountant Italy"),
    ("Agnieszka Wójcik", "agnieszka.wojcik@example.com", "PL", "Office manager Poland"),
    ("Paweł Łukasiewicz", "pawel.lukasiewicz@example.com", "PL", "Accountant Poland"),
    ("Carmen Núñez", "carmen.nunez@example.com", "ES", "Office manager Spain"),
    ("Javier Peña", "javier.pena@examplegroup.eu", "ES", "Accountant Spain"),
    ("Dimitrios Papadopoulos", "dimitrios.papadopoulos@example.com", "GR", "Office manager Greece"),
    ("Eleni Georgiou", "eleni.georgiou@example.com", "GR", "Accountant Greece"),
    ("Oliver Bennett", "oliver.bennett@example.com", "UK", "Office manager UK"),
    ("Priya Shah", "priya.shah@example.com", "UK", "Accountant UK"),
    ("Sergey Volkov", "sergey.volkov@example.com", "RU", "Office manager Russia"),
    ("Olga Smirnova", "olga.smirnova@example.com", "RU", "Accountant Russia"),
]
S = {a.split("@")[0]: (n, a) for n, a, _, _ in STAFF}


def who(key):
    return S[key]


# ------------------------------------------------------------------ banks & ids
BANK = {
    # Lieferant GmbH, genuine old and new account (announced properly in business/02)
    "lief_old": ("Volksbank Bielefeld-Gütersloh eG", "GENODEM1GTL", C.de_iban("48060036", "402318774")),
    "lief_new": ("Commerzbank AG", "COBADEFFXXX", C.de_iban("48040035", "061487223")),
    # fraudulent: neobank account (money mule) claimed as Lieferant's new account
    "lief_fraud": ("N26 Bank SE", "NTSBDEB1XXX", C.de_iban_plain("10011001", "2627419035")),
    "vitafuel": ("Hamburger Sparkasse", "HASPDEHHXXX", C.de_iban("20050550", "126804451")),
    "fake_register": ("Sparkasse Holstein", "NOLADE21HOL", C.de_iban("21352240", "179932106")),
    "ferretti": ("Crédit Agricole Italia", "CRPPIT2P", C.it_iban("06230", "12600", "000046812345")),
    "ferretti_fraud": ("Banca Sella S.p.A.", "SELBIT2BXXX", C.it_iban("03268", "22300", "052873941760")),
    "eg_italia": ("Intesa Sanpaolo", "BCITITMM", C.it_iban("03069", "09606", "100000071823")),
    "tecnofit": ("Banco BPM", "BAPPIT21", C.it_iban("05034", "11100", "000000019372")),
    "partner": ("PKO Bank Polski S.A.", "BPKOPLPW", C.pl_iban("102", "4041", "0000340201238876")),
    "partner_fraud": ("Alior Bank S.A.", "ALBPPLPW", C.pl_iban("249", "0005", "0000450031187742")),
    "kowalski": ("ING Bank Śląski S.A.", "INGBPLPW", C.pl_iban("105", "0148", "1000009031552740")),
    "pl_register_fraud": ("Credit Agricole Bank Polska S.A.", "AGRIPLPR", C.pl_iban("194", "0001", "7000021563000001")),
    "sdlevante": ("CaixaBank", "CAIXESBBXXX", C.es_iban("2100", "4567", "0200123456")),
    "gil": ("BBVA", "BBVAESMMXXX", C.es_iban("0182", "6035", "0201518273")),
    "athletica": ("Eurobank", "ERBKGRAA", C.gr_iban("026", "0215", "0000410200887766")),
    "athletica_fraud": ("Revolut Bank UAB", "REVOLT21", C.lt_iban("32500", "71946633051")),
    "lawyer_fraud": ("UAB Paysera LT", "EVIULT2VXXX", C.lt_iban("35000", "10002281645")),
    "whitfield": ("Barclays Bank UK PLC", "BUKBGB22", C.gb_iban("BUKB", "202015", "73618204")),
}

RU = {
    "sporttehnika": {
        "name": "ООО «СпортТехника»",
        "inn": C.ru_inn10("781040562"),
        "kpp": "781001001",
        "ogrn": C.ru_ogrn("117784710293"),
        "bank": "ПАО «Банк «Санкт-Петербург»",
        "bik": "044030790",
        "ks": "30101810900000000790",
        "rs": C.ru_account("044030790", "40702810x32000041877"),
    },
    "sporttehnika_fraud": {
        "bank": "АО «ТБанк»",
        "bik": "044525974",
        "ks": "30101810145250000974",
        "rs": C.ru_account("044525974", "40702810x10001927346"),
    },
    "eg_rus": {
        "name": "ООО «Экзампл Груп Рус»",
        "inn": C.ru_inn10("784215673"),
        "kpp": "784001001",
        "bank": "ПАО Сбербанк (Северо-Западный банк)",
        "bik": "044030653",
        "ks": "30101810500000000653",
        "rs": C.ru_account("044030653", "40702810x55000034621"),
    },
}

TAX = {
    "lieferant_vat": C.de_ustid("31185620"),
    "vitafuel_vat": C.de_ustid("27641938"),
    "ferretti_piva": C.it_piva("0158643033"),
    "eg_italia_piva": C.it_piva("1093276015"),
    "tecnofit_piva": C.it_piva("0412876016"),
    "partner_nip": C.pl_nip("781184321"),
    "eg_polska_nip": C.pl_nip("894312557"),
    "kowalski_nip": C.pl_nip("899210774"),
    "sdlevante_cif": C.es_cif("B", "9876543"),
    "gil_cif": C.es_cif("B", "4613278"),
    "eg_espana_cif": C.es_cif("B", "1234567"),
    "athletica_afm": C.gr_afm("09981234"),
    "eg_hellas_afm": C.gr_afm("80147733"),
    "eg_uk_vat": "GB " + C.gb_vat("3148862"),
    "fake_register_ust": C.de_ustid("30471126"),
}

BTC = {
    "sextortion": C.btc_address("sextortion-wallet-2026-11", "bech32"),
    "sextortion_legacy": C.btc_address("sextortion-legacy-2026", "base58"),
}

# ------------------------------------------------------------------ correspondents
# (organisation, contact, address, country, relation, note)
CORRESPONDENTS = [
    ("Lieferant GmbH (Gütersloh)", "Stefan Maier", "s.maier@lieferant-gmbh.de", "DE", "supplier of fitness equipment & spare parts", "Microsoft 365 tenant"),
    ("Lieferant GmbH", "Petra Lang", "p.lang@lieferant-gmbh.de", "DE", "supplier - inside sales / master data", "Microsoft 365 tenant"),
    ("Lieferant GmbH", "Buchhaltung", "rechnungen@lieferant-gmbh.de", "DE", "supplier - invoicing", "Microsoft 365 tenant"),
    ("Ferretti Trasporti S.p.A. (Piacenza)", "Chiara Colombo", "c.colombo@ferretti-trasporti.it", "IT", "road carrier (equipment deliveries Italy)", "own Postfix gateway + Exchange"),
    ("Ferretti Trasporti S.p.A.", "Amministrazione", "amministrazione@ferretti-trasporti.it", "IT", "carrier - invoicing", "own Postfix gateway + Exchange"),
    ("Partner Logistik sp. z o.o. (Tarnowo Podgórne/Poznań)", "Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "PL", "logistics partner (warehouse, distribution)", "Google Workspace"),
    ("Partner Logistik sp. z o.o.", "Księgowość", "ksiegowosc@partner-logistik.pl", "PL", "logistics partner - accounting", "Google Workspace"),
    ("VitaFuel Nutrition GmbH (Hamburg)", "Jan Petersen / Buchhaltung", "j.petersen@vitafuel-nutrition.de, buchhaltung@vitafuel-nutrition.de", "DE", "supplier of drinks & protein products for studio bars", "IONOS hosting, Outlook"),
    ("Fitness Business Insider", "Redaktion", "newsletter@fitnessbusiness-insider.de", "DE", "subscribed trade newsletter", "Mailchimp"),
    ("(private) Monika Brandt", "Monika Brandt", "monika.brandt76@gmx.de", "DE", "staff private mailbox", "GMX"),
    ("Bridgewater Property Management Ltd (Manchester)", "Hannah Lloyd", "h.lloyd@bridgewater-pm.co.uk", "UK", "landlord's agent, Manchester studio lease", "sends via DocuSign"),
    ("Whitfield & Rowe LLP (Manchester)", "Daniel Rowe", "d.rowe@whitfieldrowe.co.uk", "UK", "company's solicitors in the UK", "Microsoft 365 tenant"),
    ("Harwood Facilities Management Ltd (Salford)", "Mark Ellison", "m.ellison@harwood-fm.co.uk", "UK", "corporate-membership customer (mailbox compromised in attack set)", "Microsoft 365 tenant"),
    ("Ashworth Design Studio (Manchester)", "Rebecca Ashworth", "r.ashworth@ashworth-design.co.uk", "UK", "interior designer of the 2025 studio refurbishment (mailbox compromised in attack set)", "Microsoft 365 tenant"),
    ("Sarah Pritchard", "Sarah Pritchard", "sarah.pritchard84@hotmail.co.uk", "UK", "studio member", "Outlook.com"),
    ("Studio Rinaldi Commercialisti (Milano)", "Elena Rinaldi", "e.rinaldi@studiorinaldi-commercialisti.it", "IT", "tax adviser of the Italian entity", "Aruba"),
    ("Tecnofit Assistenza S.r.l. (Bergamo)", "Luca Bianchi", "l.bianchi@tecnofit-assistenza.it", "IT", "equipment maintenance contractor", "own Postfix, Thunderbird"),
    ("Francesca Ricci", "Francesca Ricci", "francesca.ricci78@libero.it", "IT", "studio member", "Libero"),
    ("Sport-Serwis Marek Kowalski (Wrocław)", "Marek Kowalski", "serwis.kowalski@wp.pl", "PL", "sole-trader equipment technician", "WP Poczta"),
    ("Fitness Biznes Polska", "Redakcja", "newsletter@fitnessbiznes.pl", "PL", "subscribed trade newsletter", "Brevo"),
    ("(private) Agnieszka Wójcik", "Agnieszka Wójcik", "aga.wojcik88@gmail.com", "PL", "staff private mailbox", "Gmail"),
    ("Suministros Deportivos Levante S.L. (Paterna)", "Laura Martínez", "laura.martinez@sdlevante.es, facturacion@sdlevante.es", "ES", "supplier of consumables & small equipment", "Microsoft 365 tenant"),
    ("Transportes Hermanos Gil S.L. (Sagunt)", "Rafael Gil", "administracion@transportesgil.es", "ES", "road carrier Spain", "own Postfix / Roundcube"),
    ("Gestoría Albufera (València)", "Pilar Sanchis", "pilar@gestoria-albufera.es", "ES", "tax adviser of the Spanish entity", "Google Workspace"),
    ("(private) Javier Peña", "Javier Peña", "javipena.vlc@gmail.com", "ES", "staff private mailbox", "Gmail"),
    ("Athletica Hellas Α.Ε. (Αθήνα)", "Νίκος Αντωνίου", "n.antoniou@athletica.gr, accounts@athletica.gr", "GR", "equipment distributor Greece", "own Zimbra"),
    ("Λογιστικό Γραφείο Καραγιάννη (Θεσσαλονίκη)", "Μαρία Καραγιάννη", "m.karagianni@karagiannis-logistiki.gr", "GR", "accountant of the Greek entity", "Outlook + hosting (Postfix)"),
    ("Γιώργος Κωνσταντίνου", "Γιώργος Κωνσταντίνου", "gkonst@otenet.gr", "GR", "studio member", "OTEnet"),
    ("ООО «СпортТехника» (Санкт-Петербург)", "Андрей Кузнецов", "a.kuznetsov@sporttehnika.ru, buh@sporttehnika.ru", "RU", "equipment supplier Russia", "Yandex 360, Outlook"),
    ("ООО «Балтийский Бухгалтерский Центр»", "Наталья Орлова", "n.orlova@baltbuhcenter.ru", "RU", "outsourced accounting Russia", "own Postfix"),
    ("(private) Olga Smirnova", "Ольга Смирнова", "olga.smirnova.spb@yandex.ru", "RU", "staff private mailbox", "Yandex"),
    ("(private) Eleni Georgiou", "Ελένη Γεωργίου", "eleni.georgiou.thess@gmail.com", "GR", "staff private mailbox", "Gmail"),
    ("Microsoft / Google / GitHub / PayPal / DocuSign / Yandex", "-", "real service senders", "-", "account and signature notifications", "their own infrastructure"),
]

ROLE_MAILBOXES = [
    ("rechnungen@example.com", "HQ", "AP invoice intake (read by Monika Brandt)"),
    ("fatture@examplegroup.eu", "IT", "invoice intake Italy"),
]
