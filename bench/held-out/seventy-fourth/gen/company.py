"""Example Group: company data, staff, correspondents, bank details (all check digits valid)."""
import ids

COMPANY = {
    "name": "Example Group",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": 700,
    "trade": "dental supplies (consumables, CAD/CAM materials, equipment) and dental laboratory services",
    "mx": "mx01.example.com (Postfix)",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay behind Exchange Server SE EXCH01/EXCH02.corp.example.com)",
}

OFFICES = {
    "DE": ("Example Group GmbH", "S\u00fcdwestpark 40, 90449 N\u00fcrnberg, Germany (HQ)"),
    "UK": ("Example Dental UK Ltd", "3 Hardman Street, Manchester M3 3HF, United Kingdom"),
    "IT": ("Example Dental Italia S.r.l.", "Viale Monza 265, 20126 Milano, Italy"),
    "PL": ("Example Dental Polska sp. z o.o.", "ul. Legnicka 48, 54-202 Wroc\u0142aw, Poland"),
    "ES": ("Example Dental Iberia S.L.", "Avenida de Arag\u00f3n 30, 46021 Valencia, Spain"),
    "GR": ("Example Dental Hellas \u039c\u039f\u039d\u039f\u03a0\u03a1\u039f\u03a3\u03a9\u03a0\u0397 \u0399.\u039a.\u0395.", "\u039b\u03b5\u03c9\u03c6. \u0393\u03b5\u03c9\u03c1\u03b3\u03b9\u03ba\u03ae\u03c2 \u03a3\u03c7\u03bf\u03bb\u03ae\u03c2 65, 555 35 \u03a0\u03c5\u03bb\u03b1\u03af\u03b1, Thessaloniki, Greece"),
    "RU": ("\u041e\u041e\u041e \u00ab\u042d\u043a\u0437\u0430\u043c\u043f\u043b \u0414\u0435\u043d\u0442\u0430\u043b\u00bb", "\u041b\u0438\u0433\u043e\u0432\u0441\u043a\u0438\u0439 \u043f\u0440., 266, \u0421\u0430\u043d\u043a\u0442-\u041f\u0435\u0442\u0435\u0440\u0431\u0443\u0440\u0433, Russia"),
}

OFFICE_CITY = {"DE": "N\u00fcrnberg (HQ)", "UK": "Manchester", "IT": "Milano", "PL": "Wroc\u0142aw", "ES": "Valencia",
               "GR": "Thessaloniki", "RU": "Sankt Petersburg"}

# name, address, office, role
STAFF = [
    ("Thomas K\u00f6hler", "thomas.koehler@example.com", "DE", "CEO (Gesch\u00e4ftsf\u00fchrer)"),
    ("Sabine Gro\u00df", "sabine.gross@example.com", "DE", "CFO"),
    ("Anna Sch\u00e4fer", "anna.schaefer@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    ("Jana M\u00fcller", "jana.mueller@example.com", "DE", "HR / payroll (Personal & Lohn)"),
    ("Florian Brandt", "florian.brandt@example.com", "DE", "Head of IT"),
    ("Lukas Hoffmann", "lukas.hoffmann@example.com", "DE", "IT security / mail administrator"),
    ("Claudia Nowak", "claudia.nowak@example.com", "DE", "Assistant to the CEO"),
    ("Martin R\u00f6der", "martin.roeder@example.com", "DE", "Procurement (Einkauf)"),
    ("Katrin Vogel", "katrin.vogel@example.com", "DE", "Sales DACH"),
    ("Sebastian Kr\u00fcger", "sebastian.krueger@example.com", "DE", "Export sales / field sales"),
    ("Tobias Lehmann", "tobias.lehmann@example.com", "DE", "Logistics & warehouse"),
    ("Birgit Sauer", "birgit.sauer@examplegroup.eu", "DE", "Regulatory affairs (MDR, PRRC)"),
    ("Elif Y\u0131lmaz", "elif.yilmaz@example.com", "DE", "Head of dental laboratory"),
    ("James Whitfield", "james.whitfield@example.com", "UK", "Office manager UK"),
    ("Priya Desai", "priya.desai@example.com", "UK", "Accountant UK"),
    ("Giulia Bernardi", "giulia.bernardi@example.com", "IT", "Office manager Italy"),
    ("Davide Esposito", "davide.esposito@example.com", "IT", "Accountant Italy"),
    ("Ma\u0142gorzata W\u00f3jcik", "malgorzata.wojcik@example.com", "PL", "Office manager Poland"),
    ("Pawe\u0142 Kowalczyk", "pawel.kowalczyk@examplegroup.eu", "PL", "Accountant Poland"),
    ("Javier Mart\u00ednez", "javier.martinez@example.com", "ES", "Office manager Spain"),
    ("Luc\u00eda Fern\u00e1ndez", "lucia.fernandez@examplegroup.eu", "ES", "Accountant Spain"),
    ("Nikos Papadopoulos", "nikos.papadopoulos@example.com", "GR", "Office manager Greece"),
    ("Eleni Georgiou", "eleni.georgiou@examplegroup.eu", "GR", "Accountant Greece"),
    ("Aleksei Smirnov", "aleksei.smirnov@example.com", "RU", "Office manager Russia"),
    ("Olga Kuznetsova", "olga.kuznetsova@examplegroup.eu", "RU", "Accountant Russia"),
]

S = {a.split("@")[0].split(".")[0]: (n, a) for n, a, _, _ in STAFF}
# convenient short keys: S['thomas'] -> (name, address)

SHARED = [
    ("kreditoren@example.com", "Accounts payable inbox HQ (read by Anna Sch\u00e4fer)"),
    ("it-support@example.com", "IT service desk (ticket system)"),
    ("personal@example.com", "HR inbox HQ (read by Jana M\u00fcller)"),
]

# ----------------------------------------------------------------- identifiers
VAT = {
    "example_de": ids.de_ustid("31458726"),
    "example_it": "IT" + ids.it_piva("0918452015"),
    "example_pl": "PL" + ids.pl_nip("894318275"),
    "example_es": "ES" + ids.es_cif("B", "9874521"),
    "example_gr": "EL" + ids.gr_afm("80145268"),
    "example_uk": ids.gb_vat("4183726"),
    "example_ru_inn": ids.ru_inn10("781042715"),
    "lieferant": ids.de_ustid("28746531"),
    "ferretti": "IT" + ids.it_piva("0274519016"),
    "partner": "PL" + ids.pl_nip("896154327"),
    "navarro": "ES" + ids.es_cif("B", "9630418"),
    "vorios": "EL" + ids.gr_afm("99718524"),
    "dentalsnab_inn": ids.ru_inn10("781326498"),
    "pennine": ids.gb_vat("2874519"),
}

BIK_SBER_SPB = "044030653"
BIK_VTB_SPB = "044030704"
BIK_ALFA_MSK = "044525593"

BANK = {
    # own accounts
    "example_de": ("Sparkasse N\u00fcrnberg", "SSKNDE77XXX", ids.iban_de("76050101", "103482715")),
    "example_uk": ("Barclays Bank UK PLC", "BUKBGB22", ids.iban_gb("BUKB", "204517", "63018452")),
    "example_it": ("Intesa Sanpaolo S.p.A.", "BCITITMM", ids.iban_it("03069", "01784", "100000018452")),
    "example_pl": ("mBank S.A.", "BREXPLPW", ids.iban_pl("1140200", "4000340214587612")),
    "example_es": ("CaixaBank S.A.", "CAIXESBBXXX", ids.iban_es("2100", "4631", "0200184527")),
    "example_gr": ("Piraeus Bank", "PIRBGRAA", ids.iban_gr("017", "0218", "0000021845731245")),
    # suppliers / carriers (genuine)
    "lieferant_old": ("Commerzbank AG", "COBADEFFXXX", ids.iban_de("50040000", "58214739")),
    "lieferant_new": ("Frankfurter Volksbank Rhein/Main eG", "FFVBDEFFXXX", ids.iban_de("50190000", "630184527")),
    "ferretti": ("Banco BPM S.p.A.", "BAPPIT21", ids.iban_it("05034", "11100", "000000018734")),
    "partner": ("PKO Bank Polski S.A.", "BPKOPLPW", ids.iban_pl("1020522", "0000650204471903")),
    "navarro": ("CaixaBank S.A.", "CAIXESBBXXX", ids.iban_es("2100", "2815", "0200457316")),
    "vorios": ("Eurobank", "ERBKGRAA", ids.iban_gr("026", "0288", "0000540200871452")),
    "pennine": ("Lloyds Bank plc", "LOYDGB21", ids.iban_gb("LOYD", "309634", "41827530")),
    # fraudulent (money-mule / fintech) accounts used by the attacks
    "fraud_lt": ("UAB fintech account (Vilnius)", "", ids.iban_lt("32500", "58471029364")),
    "fraud_de_neo": ("N26 Bank AG", "NTSBDEB1XXX", ids.iban_de("10011001", "284750193")),
    "fraud_it": ("conto aperto presso istituto online", "", ids.iban_it("36772", "22400", "CT0018452731")),
    "fraud_pl": ("Santander Bank Polska S.A.", "WBKPPLPP", ids.iban_pl("1090101", "4000071219812874")),
    "fraud_es": ("cuenta en entidad de pago", "", ids.iban_es("1583", "0001", "1091485273")),
    "fraud_be": ("compte en Belgique", "", ids.iban_be("967", "2584103")),
    "fraud_gb": ("ClearBank-hosted e-money account", "CLRBGB22", ids.iban_gb("CLRB", "040075", "20571834")),
}

RU_BANK = {
    "example": {"bank": "\u0424\u0438\u043b\u0438\u0430\u043b \u00ab\u0421\u0430\u043d\u043a\u0442-\u041f\u0435\u0442\u0435\u0440\u0431\u0443\u0440\u0433\u0441\u043a\u0438\u0439\u00bb \u0410\u041e \u00ab\u0410\u043b\u044c\u0444\u0430-\u0411\u0430\u043d\u043a\u00bb",
                "bik": "044030786", "acct": ids.ru_key("044030786", "40702810832060001845")},
    "dentalsnab": {"bank": "\u0421\u0435\u0432\u0435\u0440\u043e-\u0417\u0430\u043f\u0430\u0434\u043d\u044b\u0439 \u0431\u0430\u043d\u043a \u041f\u0410\u041e \u0421\u0431\u0435\u0440\u0431\u0430\u043d\u043a",
                   "bik": BIK_SBER_SPB, "acct": ids.ru_key(BIK_SBER_SPB, "40702810055040018472")},
    "fraud": {"bank": "\u0410\u041e \u00ab\u0410\u041b\u042c\u0424\u0410-\u0411\u0410\u041d\u041a\u00bb (\u041c\u043e\u0441\u043a\u0432\u0430)",
              "bik": BIK_ALFA_MSK, "acct": ids.ru_key(BIK_ALFA_MSK, "40702810901300027415")},
}
for v in RU_BANK.values():
    v["corr"] = ids.ru_corr(v["bik"])

# ----------------------------------------------------------------- correspondents
# key: (organisation, country, description, [(name, address)])
CORR = {
    "lieferant": ("Lieferant GmbH", "DE", "supplier of dental consumables and CAD/CAM zirconia/PMMA blanks, Maintal",
                  [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
                   ("Buchhaltung", "rechnungen@lieferant-gmbh.de")]),
    "ferretti": ("Ferretti Trasporti S.p.A.", "IT", "road carrier (groupage Italy\u2013Germany), Osio Sotto (BG)",
                 [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")]),
    "partner": ("Partner Logistik sp. z o.o.", "PL", "logistics partner, warehouse Bielany Wroc\u0142awskie",
                [("Tadeusz Zieli\u0144ski", "t.zielinski@partner-logistik.pl"), ("Ksi\u0119gowo\u015b\u0107", "ksiegowosc@partner-logistik.pl")]),
    "pennine": ("Pennine Dental Supplies Ltd", "UK", "supplier of dental instruments and disposables, Huddersfield",
                [("Rachel Booth", "rachel.booth@penninedental.co.uk"), ("Accounts", "accounts@penninedental.co.uk")]),
    "bridgewater": ("Bridgewater Dental Practice", "UK", "customer, dental practice in Salford",
                    [("Accounts", "accounts@bridgewaterdental.co.uk"), ("Dr Helen Carter", "helen.carter@bridgewaterdental.co.uk")]),
    "rossi": ("Studio Dentistico Dott. Marco Rossi", "IT", "customer, dental practice in Bergamo (consumer mailbox)",
              [("Marco Rossi", "studiodentisticorossi@libero.it")]),
    "cdl": ("Ceramiche Dentali Lombarde S.r.l.", "IT", "supplier of dental ceramics, Brescia",
            [("Ufficio ordini", "ordini@ceramichedentali-lombarde.it")]),
    "lewandowska": ("Gabinet Stomatologiczny Anna Lewandowska", "PL", "customer, dental practice in Opole (consumer mailbox)",
                    [("Anna Lewandowska", "gabinet.lewandowska@wp.pl")]),
    "sonrisa": ("Cl\u00ednica Dental Sonrisa Levante S.L.", "ES", "customer, dental clinic chain in Valencia/Alicante",
                [("Carmen Soler", "c.soler@clinicasonrisalevante.es"), ("Administraci\u00f3n", "administracion@clinicasonrisalevante.es")]),
    "navarro": ("Transportes Hermanos Navarro S.L.", "ES", "road carrier, Valencia",
                [("Tr\u00e1fico", "trafico@transnavarro.es"), ("Facturaci\u00f3n", "facturacion@transnavarro.es")]),
    "karagianni": ("\u039f\u03b4\u03bf\u03bd\u03c4\u03b9\u03b1\u03c4\u03c1\u03b5\u03af\u03bf \u0394\u03c1. \u039c\u03b1\u03c1\u03af\u03b1 \u039a\u03b1\u03c1\u03b1\u03b3\u03b9\u03ac\u03bd\u03bd\u03b7", "GR", "customer, dental practice in Kalamaria (consumer mailbox)",
                   [("\u039c\u03b1\u03c1\u03af\u03b1 \u039a\u03b1\u03c1\u03b1\u03b3\u03b9\u03ac\u03bd\u03bd\u03b7", "dr.karagianni@otenet.gr")]),
    "vorios": ("\u0392\u03cc\u03c1\u03b5\u03b9\u03bf\u03c2 \u0394\u03b9\u03b1\u03bd\u03bf\u03bc\u03ad\u03c2 \u0391.\u0395. (Vorios Dianomes S.A.)", "GR", "carrier / 3PL, Sindos industrial area, Thessaloniki",
               [("\u039b\u03bf\u03b3\u03b9\u03c3\u03c4\u03ae\u03c1\u03b9\u03bf", "logistirio@vorios-dianomes.gr")]),
    "athanasiou": ("\u0391\u03b8\u03b1\u03bd\u03b1\u03c3\u03af\u03bf\u03c5 & \u03a3\u03c5\u03bd\u03b5\u03c1\u03b3\u03ac\u03c4\u03b5\u03c2 \u0394\u03b9\u03ba\u03b7\u03b3\u03bf\u03c1\u03b9\u03ba\u03ae \u0395\u03c4\u03b1\u03b9\u03c1\u03b5\u03af\u03b1", "GR", "law firm retained for the Thessaloniki lease",
                   [("\u0393\u03b9\u03ce\u03c1\u03b3\u03bf\u03c2 \u0391\u03b8\u03b1\u03bd\u03b1\u03c3\u03af\u03bf\u03c5", "g.athanasiou@athanasiou-law.gr")]),
    "dentalsnab": ("\u041e\u041e\u041e \u00ab\u0414\u0435\u043d\u0442\u0430\u043b\u0421\u043d\u0430\u0431\u00bb", "RU", "supplier of dental consumables, Sankt Petersburg",
                   [("\u0418\u0440\u0438\u043d\u0430 \u0411\u0435\u043b\u043e\u0432\u0430", "i.belova@dentalsnab-spb.ru")]),
    "volkov": ("\u0418\u0433\u043e\u0440\u044c \u0412\u043e\u043b\u043a\u043e\u0432 (\u0447\u0430\u0441\u0442\u043d\u0430\u044f \u0437\u0443\u0431\u043e\u0442\u0435\u0445\u043d\u0438\u0447\u0435\u0441\u043a\u0430\u044f \u043b\u0430\u0431\u043e\u0440\u0430\u0442\u043e\u0440\u0438\u044f)", "RU", "customer, dental technician (consumer mailbox)",
              [("\u0418\u0433\u043e\u0440\u044c \u0412\u043e\u043b\u043a\u043e\u0432", "i.volkov.dent@yandex.ru")]),
    "ribera": ("Ribera Asesores", "ES", "payroll agency (gestor\u00eda laboral) of the Valencia office",
               [("Portal del Empleado", "no-reply@riberaasesores.es")]),
    "kessler": ("Dentallabor Kessler", "DE", "customer, small dental lab in Erlangen (consumer mailbox)",
                [("J\u00f6rg Kessler", "dentallabor.kessler@gmx.de")]),
}
