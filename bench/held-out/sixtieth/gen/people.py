"""Company, staff, correspondents, bank accounts and tax identifiers."""
from util import (de_iban, de_kto_m00, it_iban, es_iban, pl_iban, iban, iban_fmt,
                  ru_account, ru_inn10, ru_ogrn, pl_nip, it_piva, de_ustid, gr_afm,
                  es_cif, gb_vat, btc_address, pt_iban)

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group SE",
    "domains": ["example.com", "examplegroup.eu"],
    "trade": "Telecommunications provider and ISP for businesses: business fibre, mobile "
             "contracts, cloud telephony (hosted PBX / SIP trunks), data-centre colocation",
    "mailboxes": "about 700",
    "hq": "Frankfurt am Main, Mainzer Landstraße 181, 60327 Frankfurt am Main, Germany",
    "ustid": "DE" + de_ustid("31482756"),
    "mx": "mx01.example.com (Postfix), inbound",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay, Exchange 2019 behind it)",
}

OFFICES = {
    "FRA": "Frankfurt am Main (HQ, DE) - also colocation site FRA1",
    "MIL": "Milano (IT) - Via Gallarate 205",
    "WRO": "Wrocław (PL) - ul. Legnicka 48",
    "MAD": "Madrid (ES) - Calle de Alcalá 265",
    "ATH": "Athens (GR) - Leoforos Kifisias 124, Marousi",
    "LON": "London (UK) - 20 Worship Street, EC2A",
    "LED": "St Petersburg (RU) - Kamennoostrovsky pr. 40",
}

# name, address, office, role
STAFF = [
    ("Dr. Matthias Köhler", "matthias.koehler@example.com", "FRA", "Chief Executive Officer"),
    ("Sabine Würth", "sabine.wuerth@example.com", "FRA", "Chief Financial Officer"),
    ("Jana Hoffmann", "jana.hoffmann@example.com", "FRA", "Accounts payable (Kreditorenbuchhaltung)"),
    ("Birgit Schäfer", "birgit.schaefer@example.com", "FRA", "HR / payroll (Entgeltabrechnung)"),
    ("Thomas Brenner", "thomas.brenner@example.com", "FRA", "Head of IT"),
    ("Lukas Weiß", "lukas.weiss@example.com", "FRA", "IT security / mail administrator"),
    ("Katrin Vogel", "katrin.vogel@example.com", "FRA", "Assistant to the CEO"),
    ("Frank Neumann", "frank.neumann@example.com", "FRA", "Procurement (Einkauf)"),
    ("Daniel Krüger", "daniel.krueger@example.com", "FRA", "Key account sales, business fibre"),
    ("Jörg Hansen", "joerg.hansen@example.com", "FRA", "Data-centre manager, colocation FRA1"),
    ("Michael Berger", "michael.berger@example.com", "FRA", "NOC / network operations lead"),
    ("Giulia Ricci", "giulia.ricci@example.com", "MIL", "Office manager Italy"),
    ("Marco Bianchi", "marco.bianchi@examplegroup.eu", "MIL", "Accountant Italy"),
    ("Elena Conti", "elena.conti@example.com", "MIL", "Sales Italy"),
    ("Katarzyna Wójcik", "katarzyna.wojcik@example.com", "WRO", "Office manager Poland"),
    ("Paweł Łukasik", "pawel.lukasik@example.com", "WRO", "Accountant Poland"),
    ("Javier Morales Ruiz", "javier.morales@example.com", "MAD", "Office manager Spain"),
    ("Lucía Fernández", "lucia.fernandez@examplegroup.eu", "MAD", "Accountant Spain"),
    ("Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.com", "ATH", "Office manager Greece"),
    ("Ελένη Γεωργίου", "eleni.georgiou@example.com", "ATH", "Accountant Greece"),
    ("James Whitfield", "james.whitfield@example.com", "LON", "Office manager UK"),
    ("Sarah O'Connor", "sarah.oconnor@example.com", "LON", "Accountant UK"),
    ("Дмитрий Соколов", "dmitry.sokolov@example.com", "LED", "Office manager Russia"),
    ("Ольга Иванова", "olga.ivanova@examplegroup.eu", "LED", "Accountant Russia"),
    ("Anna Schmidt", "anna.schmidt@example.com", "FRA", "Customer service team lead"),
]

S = {a.split("@")[0]: (n, a) for n, a, o, r in STAFF}


def st(key):
    """('Display Name', 'address') for a staff key like 'sabine.wuerth'."""
    return S[key]


# Latin transliterations used by people writing from Latin-only systems
LATIN = {"nikos.papadopoulos": "Nikos Papadopoulos", "eleni.georgiou": "Eleni Georgiou",
         "dmitry.sokolov": "Dmitry Sokolov", "olga.ivanova": "Olga Ivanova"}

# ------------------------------------------------------------ correspondents
CORR = [
    # org, country, role, contacts
    ("Lieferant GmbH", "DE", "supplier: fibre-optic cable, splice closures, racks and patch hardware (Nürnberg)",
     ["Stefan Maier <s.maier@lieferant-gmbh.de>", "Petra Lang <p.lang@lieferant-gmbh.de>",
      "Buchhaltung <rechnungen@lieferant-gmbh.de>"]),
    ("Ferretti Trasporti S.p.A.", "IT", "road carrier, delivers CPE and rack hardware to Italian sites (Bergamo)",
     ["Chiara Colombo <c.colombo@ferretti-trasporti.it>", "<amministrazione@ferretti-trasporti.it>"]),
    ("Partner Logistik sp. z o.o.", "PL", "logistics partner: CPE/router warehouse and dispatch (Poznań)",
     ["Tadeusz Zieliński <t.zielinski@partner-logistik.pl>", "<ksiegowosc@partner-logistik.pl>"]),
    ("Hansa Kabelbau GmbH", "DE", "civil-works contractor, fibre trenching and blowing (Kassel)",
     ["Melanie Brandt <m.brandt@hansa-kabelbau.de>"]),
    ("Autohaus Sommer GmbH", "DE", "customer: business fibre 500 Mbit/s + SIP trunk (Offenbach)",
     ["Uwe Sommer <u.sommer@autohaus-sommer.de>"]),
    ("Harrow & Finch LLP", "UK", "customer: solicitors, cloud telephony 60 seats + colocation half-rack",
     ["Emma Clarke <emma.clarke@harrowfinch.co.uk>"]),
    ("Pennine Freight Ltd", "UK", "customer: haulier, mobile contracts 85 SIMs; pays by BACS",
     ["Accounts <accounts@penninefreight.co.uk>", "Gareth Lloyd <gareth.lloyd@penninefreight.co.uk>"]),
    ("Studio Associato Rinaldi", "IT", "customer: accountancy practice in Bergamo on consumer mail (Libero)",
     ["Luca Rinaldi <studio.rinaldi@libero.it>"]),
    ("Teleimpianti Lombardi S.r.l.", "IT", "supplier: installer / subcontractor for fibre drops in Lombardy",
     ["Fabio Lombardi <f.lombardi@teleimpianti-lombardi.it>", "<amministrazione@teleimpianti-lombardi.it>"]),
    ("Hurtownia Budowlana Kowalczyk", "PL", "customer: building-materials wholesaler, on consumer mail (WP)",
     ["Marek Kowalczyk <marek.kowalczyk@wp.pl>"]),
    ("FiberTech Polska sp. z o.o.", "PL", "supplier: ONT/CPE devices and SFP optics (Kraków), invoices via Fakturownia",
     ["<faktury@fibertech.pl>", "Agnieszka Nowak <a.nowak@fibertech.pl>"]),
    ("Clínica Dental Sonrisa", "ES", "customer: dental clinic, fibre + cloud PBX (Madrid)",
     ["Dra. Marta Gil <marta.gil@clinicasonrisa.es>"]),
    ("Transportes Hermanos Navarro S.L.", "ES", "road carrier (Getafe)",
     ["<administracion@transportesnavarro.es>", "Rubén Navarro <ruben@transportesnavarro.es>"]),
    ("Aegeon Hotel (Ξενοδοχείο Αιγαίον)", "GR", "customer: hotel on Syros, fibre + hotel Wi-Fi + SIP",
     ["Γιώργος Αντωνίου <g.antoniou@aegeon-hotel.gr>"]),
    ("Μαυρίδης Μεταφορική (Stavros Mavridis)", "GR", "small carrier / courier subcontractor (Piraeus), consumer mail",
     ["Σταύρος Μαυρίδης <smavridis@otenet.gr>"]),
    ("ООО «СеверТорг»", "RU", "customer: wholesale distributor, fibre + colocation in St Petersburg",
     ["Андрей Кузнецов <a.kuznetsov@severtorg.ru>"]),
    ("ИП Волков А. С.", "RU", "carrier (St Petersburg) on consumer mail (Yandex)",
     ["Алексей Волков <volkov.perevozki@yandex.ru>"]),
]

# ------------------------------------------------------------ bank accounts
BANK = {}
# Lieferant GmbH: old (Sparkasse Nürnberg) -> new (Commerzbank Nürnberg) genuine change
BANK["lieferant_old"] = de_iban("76050101", de_kto_m00("001084733"))
BANK["lieferant_new"] = de_iban("76040061", de_kto_m00("062318870"))
# attacker accounts
BANK["att_lieferant"] = iban("LT", "32500" + "10482275316")          # EMI in Lithuania
BANK["att_payroll"] = de_iban("10011001", "2734019853")               # German neobank
BANK["att_register"] = pt_iban("0023", "0000", "45597311946")
BANK["att_ferretti"] = it_iban("03395", "12700", "000000719543")      # illimity-style IT IBAN
BANK["att_partner"] = pl_iban("116", "0220", "0000000521938874")
BANK["att_uke"] = pl_iban("109", "0247", "0000000141285509")
BANK["att_lawyer_es"] = pt_iban("0036", "0412", "99100087341")
BANK["att_mavridis"] = iban("CY", "002" + "00195" + "0000357024418365")
BANK["att_greek_ceo"] = iban("GR", "026" + "0174" + "0000960201418733")
# genuine accounts
BANK["ferretti"] = it_iban("05034", "53170", "000000002478")
BANK["example_de"] = de_iban("50040000", de_kto_m00("059133471"))
BANK["example_it"] = it_iban("03069", "01600", "100000063218")
BANK["partner"] = pl_iban("102", "4041", "0000160209875643")
BANK["fibertech"] = pl_iban("105", "0099", "0000000047215893")
BANK["navarro"] = es_iban("2100", "2736", "0200318845")
BANK["example_es"] = es_iban("0049", "1806", "9521108342")
BANK["lombardi"] = it_iban("03111", "53220", "000000018334")
BANK["mavridis"] = iban("GR", "011" + "0128" + "0000012800274461")
BANK["hansa"] = de_iban("52050353", de_kto_m00("010044851"))
BANK["example_gb"] = iban("GB", "BARC" + "203714" + "53106644")

# Russian bank details (BIK, corr. account, settlement account with valid control key)
RU = {
    "volkov": {"bank": "ПАО Сбербанк, Северо-Западный банк", "bik": "044030653",
               "ks": "30101810500000000653",
               "rs": ru_account("044030653", "40802810055000137241")},
    "att_volkov": {"bank": "АО «ТБанк»", "bik": "044525974", "ks": "30101810145250000974",
                   "rs": ru_account("044525974", "40802810310000874312")},
    "severtorg": {"bank": "ПАО Сбербанк, Северо-Западный банк", "bik": "044030653",
                  "ks": "30101810500000000653",
                  "rs": ru_account("044030653", "40702810955000028817")},
}

TAX = {
    "lieferant_ust": "DE" + de_ustid("26511894"),
    "hansa_ust": "DE" + de_ustid("11370452"),
    "register_ust": "DE" + de_ustid("32995101"),
    "ferretti_piva": it_piva("0271843016"),
    "lombardi_piva": it_piva("0932271015"),
    "example_it_piva": it_piva("1127845096"),
    "partner_nip": pl_nip("779241835"),
    "fibertech_nip": pl_nip("677238415"),
    "example_pl_nip": pl_nip("897180332"),
    "navarro_cif": es_cif("B", "8542716"),
    "example_es_cif": es_cif("A", "8710339"),
    "mavridis_afm": gr_afm("04718392"),
    "example_gr_afm": gr_afm("80162254"),
    "example_gb_vat": "GB" + gb_vat("2843917"),
    "volkov_inn": "781204519833",                # individual (12 digits, see below)
    "severtorg_inn": ru_inn10("781337652"),
    "severtorg_ogrn": ru_ogrn("116784752103"),
    "example_ru_inn": ru_inn10("784110385"),
}


def ru_inn12(base10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = sum(int(c) * w for c, w in zip(base10, w1)) % 11 % 10
    s = base10 + str(d11)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d12 = sum(int(c) * w for c, w in zip(s, w2)) % 11 % 10
    return s + str(d12)


TAX["volkov_inn"] = ru_inn12("7812045198")
TAX["att_volkov_inn"] = ru_inn12("7814102236")

BTC = {"extortion": btc_address("audit62-extortion-1")}


def staff_txt():
    return "".join("%s=%s\n" % (n, a) for n, a, o, r in STAFF)
