"""Example Group: offices, staff, correspondents, bank data (check digits computed)."""
import checks as C

COMPANY = "Example Group"
DOMAINS = ["example.com", "examplegroup.eu"]

OFFICES = {
    "DE": ("Augsburg (HQ)", "Example Group GmbH, Haunstetter Straße 112, 86161 Augsburg, Deutschland"),
    "IT": ("Verona", "Example Group Italia S.r.l., Via dell'Industria 18, 37135 Verona"),
    "PL": ("Poznań", "Example Group Polska sp. z o.o., ul. Głogowska 248, 60-104 Poznań"),
    "ES": ("L'Hospitalet de Llobregat (Barcelona)", "Example Group Iberia S.L., Carrer de la Indústria 45, 08908 L'Hospitalet de Llobregat"),
    "GR": ("Athens", "Example Group Hellas Μονοπρόσωπη Α.Ε., Λεωφ. Αθηνών 112, 104 42 Αθήνα"),
    "UK": ("Leeds", "Example Group UK Ltd, Unit 4, Kirkstall Industrial Park, Leeds LS5 3BF"),
    "RU": ("Saint Petersburg", "ООО «Экзампл Груп Рус», 192102, Санкт-Петербург, ул. Салова, д. 27"),
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Matthias Köhler", "matthias.koehler@example.com", "DE", "Chief Executive Officer (Dr.)"),
    "cfo": ("Sabine Brückner", "sabine.brueckner@example.com", "DE", "Chief Financial Officer"),
    "ap": ("Jana Weiß", "jana.weiss@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    "ar": ("Stefanie Lorenz", "stefanie.lorenz@example.com", "DE", "Accounts receivable / credit control"),
    "hr": ("Monika Schäfer", "monika.schaefer@example.com", "DE", "HR and payroll (Lohnbuchhaltung)"),
    "ithead": ("Thomas Groß", "thomas.gross@example.com", "DE", "Head of IT"),
    "itsec": ("Lukas Hoffmann", "lukas.hoffmann@example.com", "DE", "IT security and mail administrator"),
    "assist": ("Laura Böhm", "laura.boehm@example.com", "DE", "Assistant to the CEO"),
    "proc": ("Andreas Krüger", "andreas.krueger@example.com", "DE", "Procurement: paper, board, inks, consumables"),
    "sales": ("Katrin Vogel", "katrin.vogel@example.com", "DE", "Sales, packaging print"),
    "kam": ("Julia Neumann", "julia.neumann@example.com", "DE", "Key account manager, magazines"),
    "prod": ("Jürgen Schmitt", "juergen.schmitt@example.com", "DE", "Production planning, pressroom"),
    "it_mgr": ("Alessandro Conti", "alessandro.conti@example.com", "IT", "Office manager Italy"),
    "it_acc": ("Francesca Galli", "francesca.galli@example.com", "IT", "Accountant Italy"),
    "it_sales": ("Sara Romano", "sara.romano@example.com", "IT", "Sales Italy, labels and packaging"),
    "pl_mgr": ("Małgorzata Wójcik", "malgorzata.wojcik@example.com", "PL", "Office manager Poland"),
    "pl_acc": ("Paweł Łukasik", "pawel.lukasik@examplegroup.eu", "PL", "Accountant Poland"),
    "es_mgr": ("Javier Martínez", "javier.martinez@example.com", "ES", "Office manager Spain"),
    "es_acc": ("Núria Puig", "nuria.puig@examplegroup.eu", "ES", "Accountant Spain"),
    "gr_mgr": ("Nikos Papadopoulos", "nikos.papadopoulos@example.com", "GR", "Office manager Greece"),
    "gr_acc": ("Eleni Georgiou", "eleni.georgiou@example.com", "GR", "Accountant Greece"),
    "uk_mgr": ("James Whitfield", "james.whitfield@example.com", "UK", "Office manager UK"),
    "uk_acc": ("Priya Shah", "priya.shah@example.com", "UK", "Accountant UK"),
    "ru_mgr": ("Dmitry Sokolov", "dmitry.sokolov@examplegroup.eu", "RU", "Office manager Russia"),
    "ru_acc": ("Olga Smirnova", "olga.smirnova@examplegroup.eu", "RU", "Accountant Russia"),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# Correspondents: key -> (organisation, country, kind, [(name, address)], mail system)
CORR = {
    "lieferant": ("Lieferant GmbH", "DE", "paper and board merchant (Ulm), main supplier of GC1/GC2 board and coated paper",
                  [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
                   ("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de")], "Microsoft 365 (Germany region)"),
    "ferretti": ("Ferretti Trasporti S.p.A.", "IT", "road carrier (Dossobuono di Villafranca, VR)",
                 [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")],
                 "Aruba hosted mail, Outlook 16"),
    "partner": ("Partner Logistik sp. z o.o.", "PL", "logistics partner, warehousing and FTL (Swarzędz)",
                [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")],
                "home.pl hosting, Thunderbird"),
    "inchiostri": ("Inchiostri Veneti S.r.l.", "IT", "offset and flexo ink manufacturer (Vicenza)",
                   [("Luca Moretti", "l.moretti@inchiostriveneti.it"), ("Amministrazione", "amministrazione@inchiostriveneti.it"),
                    ("Inchiostri Veneti", "news@inchiostriveneti.it")], "own Zimbra server; newsletter via Mailchimp"),
    "harrowgate": ("Harrowgate Foods Ltd", "UK", "customer: folding cartons and labels for ready meals (Harrogate)",
                   [("Emma Clarke", "e.clarke@harrowgatefoods.co.uk"), ("Accounts Payable", "accounts.payable@harrowgatefoods.co.uk")],
                   "Microsoft 365 (UK region)"),
    "brightwell": ("Brightwell Creative Ltd", "UK", "design agency delivering artwork for UK customers (Manchester)",
                   [("Oliver Grant", "o.grant@brightwellcreative.co.uk")], "Microsoft 365 (UK region)"),
    "sonnental": ("Verlag Sonnental GmbH", "DE", "customer: magazine publisher (München), monthly titles printed in Augsburg",
                  [("Ralf Hartmann", "r.hartmann@sonnental-verlag.de")], "on-premises Exchange 2016"),
    "brandt": ("Tobias Brandt (freelance photographer)", "DE", "supplies photos to the magazine titles",
               [("Tobias Brandt", "tobias.brandt@gmx.de")], "GMX webmail"),
    "tektura": ("Tektura Wielkopolska S.A.", "PL", "board and corrugated supplier (Września)",
                [("Agnieszka Nowak", "a.nowak@tektura-wlkp.pl"), ("Faktury", "faktury@tektura-wlkp.pl")], "on-premises Exchange 2016"),
    "mazur": ("Mazur Transport (Krzysztof Mazur)", "PL", "one-truck subcontractor carrier used by Partner Logistik",
              [("Krzysztof Mazur", "k.mazur.transport@wp.pl")], "Poczta WP"),
    "olmedo": ("Conservas Olmedo S.L.", "ES", "customer: printed labels and cartons for canned vegetables (Molina de Segura, Murcia)",
               [("Marta Gil", "m.gil@conservasolmedo.es")], "Google Workspace"),
    "ebro": ("Transportes Ebro Norte S.L.", "ES", "road carrier and customs agent (Zaragoza)",
             [("Raúl Sanz", "r.sanz@transportesebronorte.es"), ("Administración", "administracion@transportesebronorte.es")],
             "IONOS hosted mail, Outlook 16"),
    "aagm": ("Asociación de Artes Gráficas del Mediterráneo", "ES", "trade association newsletter (subscribed)",
             [("AAGM", "boletin@aagm.es")], "Mailchimp"),
    "packnews": ("PackNews Europe", "UK", "packaging trade newsletter (subscribed)",
                 [("PackNews Europe", "newsletter@packnews-europe.com")], "SendGrid"),
    "kritsa": ("Kritsa Olive Oil S.A.", "GR", "customer: labels and gift boxes for olive oil (Heraklion, Crete)",
               [("Μαρία Κωνσταντίνου", "m.konstantinou@kritsa-oliveoil.gr")], "cPanel/Exim hosting, Outlook 16"),
    "antoniou": ("Giorgos Antoniou (freelance designer)", "GR", "prepress/artwork freelancer for Greek customers",
                 [("Γιώργος Αντωνίου", "g.antoniou@otenet.gr")], "OTEnet webmail (Roundcube)"),
    "nevupak": ("ООО «Невская Упаковка»", "RU", "board and packaging-materials supplier (Saint Petersburg)",
                [("Анна Кузнецова", "a.kuznetsova@nevupak.ru"), ("Бухгалтерия", "buh@nevupak.ru")], "Yandex 360 for business"),
    "ivanov": ("Sergey Ivanov (customs broker)", "RU", "independent customs representative for imports of plates and inks",
               [("Сергей Иванов", "s.ivanov-ved@yandex.ru")], "Yandex Mail"),
    "conti_priv": ("Alessandro Conti (private)", "IT", "the Verona office manager's private mailbox",
                   [("Alessandro Conti", "alessandro.conti73@libero.it")], "Libero Mail"),
    "schmitt_priv": ("Jürgen Schmitt (private)", "DE", "the production planner's private mailbox",
                     [("Jürgen Schmitt", "juergen.schmitt@gmx.de")], "GMX"),
    "nikos_priv": ("Nikos Papadopoulos (private)", "GR", "the Athens office manager's private mailbox",
                   [("Νίκος Παπαδόπουλος", "nikpapadopoulos@otenet.gr")], "OTEnet webmail"),
}


def P(key, i=0):
    return CORR[key][3][i]


# ------------------------------------------------------------ bank data ---
BANK = {
    # genuine
    "eg_de": ("Stadtsparkasse Augsburg", "AUGSDE77XXX", C.de("72050000", "024187530")),
    "lieferant_old": ("Sparkasse Ulm", "SOLADES1ULM", C.de("63050000", "021457893")),
    "lieferant_new": ("Volksbank Ulm-Biberach eG", "ULMVDE66XXX", C.de("63090100", "381526490")),
    "ferretti": ("Banco BPM, Filiale di Villafranca di Verona", "BAPPIT21S42", C.it("05034", "59960", "000000014387")),
    "partner": ("PKO Bank Polski S.A.", "BPKOPLPW", C.pl("102", "0402", "7000270201384519")),
    "tektura": ("mBank S.A.", "BREXPLPWMBK", C.pl("114", "0200", "4000340221857630")),
    "inchiostri": ("Intesa Sanpaolo S.p.A.", "BCITITMM", C.it("03069", "11884", "100000015522")),
    "eg_uk": ("HSBC UK Bank plc", "HBUKGB4B", C.gb("HBUK", "401276", "71844529")),
    "olmedo": ("CaixaBank S.A.", "CAIXESBBXXX", C.es("2100", "8231", "0200184736")),
    "ebro": ("Ibercaja Banco S.A.", "CAZRES2Z", C.es("2085", "0103", "9104002178")),
    "eg_es": ("Banco Sabadell S.A.", "BSABESBBXXX", C.es("0081", "0200", "2500047193")),
    "eg_gr": ("Eurobank S.A.", "ERBKGRAA", C.gr("026", "0171", "0000340200913274")),
    "kritsa": ("Τράπεζα Πειραιώς", "PIRBGRAA", C.gr("017", "0734", "0005734021869140")),
    "eg_it": ("UniCredit S.p.A., Verona", "UNCRITM1N91", C.it("02008", "11770", "000105238841")),
    "eg_pl": ("Santander Bank Polska S.A.", "WBKPPLPP", C.pl("109", "0135", "0000000148392716")),
    "brandt": ("GLS Gemeinschaftsbank eG", "GENODEM1GLS", C.de("43060967", "411878230")),
    # attackers / mules
    "mule_de_neo": ("Solaris SE", "SOBKDEBBXXX", C.de("11010100", "270938415")),
    "mule_de_n26": ("N26 Bank AG", "NTSBDEB1XXX", C.de("10011001", "262871934")),
    "mule_lt": ("UAB bank (Vilnius)", "REVOLT21", C.lt("32500", "08472193561")),
    "mule_pl": ("Santander Bank Polska S.A.", "WBKPPLPP", C.pl("109", "0267", "0000000153098247")),
    "mule_pt": ("Banco BPI", "BBPIPTPL", C.pt("0010", "0000", "52871906101")),
    "mule_pl2": ("Alior Bank S.A.", "ALBPPLPW", C.pl("249", "1005", "0000000496217835")),
    "mule_gb": ("Barclays Bank UK plc", "BUKBGB22", C.gb("BUKB", "202678", "63019847")),
    "mule_lt_gr": ("UAB bank (Vilnius)", "REVOLT21", C.lt("32500", "71934028815")),
    "mule_fr": ("Qonto (Olinda SAS)", "QNTOFRP1XXX", C.fr("16958", "00001", "48210937652")),
}

FERRETTI_PIVA = C.it_piva("0284751023")
INCHIOSTRI_PIVA = C.it_piva("0391847024")
PARTNER_NIP = C.pl_nip("777318402")
TEKTURA_NIP = C.pl_nip("789104638")

RU = {}


def _ru():
    sber_bik = "044030653"
    spb_bik = "044030790"
    tb_bik = "044525974"
    RU["nevupak_old"] = ("ПАО Сбербанк, Северо-Западный банк", sber_bik, C.ru_corr(sber_bik),
                         C.ru_account(sber_bik, "40702810055040012873"))
    RU["nevupak_new"] = ("ПАО «Банк «Санкт-Петербург»", spb_bik, C.ru_corr(spb_bik),
                         C.ru_account(spb_bik, "40702810090000041562"))
    RU["mule"] = ("АО «ТБанк»", tb_bik, "30101810145250000974", C.ru_account(tb_bik, "40702810010001937264"))
    assert C.ru_ok(tb_bik, RU["mule"][2], corr=True)
    RU["nevupak_inn"] = C.inn10("781624507")
    RU["nevupak_kpp"] = "781601001"
    RU["nevupak_ogrn"] = C.ogrn("117784712953")
    RU["fake_inn"] = C.inn10("772845130")


_ru()


def iban(key):
    return C.fmt(BANK[key][2])


def bic(key):
    return BANK[key][1]


def bank(key):
    return BANK[key][0]
