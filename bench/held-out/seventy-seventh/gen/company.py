"""Example Group: staff, offices, correspondents, bank accounts and tax ids."""
import banking as B

COMPANY = {
    'name': 'Example Group',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'trade': 'coffee roaster (green-coffee import, roasting in Bremen) and operator of about 9,000 '
             'coffee/snack vending machines and office coffee machines in seven countries',
}

OFFICES = {
    'Bremen': ('DE', 'Example Group GmbH, Konsul-Smidt-Strasse 12, 28217 Bremen (HQ and roastery)'),
    'Milano': ('IT', 'Example Group Italia S.r.l., Via Giovanni Battista Pirelli 27, 20124 Milano'),
    'Poznan': ('PL', 'Example Group Polska sp. z o.o., ul. Piekary 19, 61-823 Poznań'),
    'Barcelona': ('ES', 'Example Group Iberia S.L., Carrer de Pallars 193, 08005 Barcelona'),
    'Athens': ('GR', 'Example Group Hellas Μονοπρόσωπη Ι.Κ.Ε., Λεωφ. Κηφισίας 44, 151 25 Μαρούσι'),
    'London': ('UK', 'Example Group UK Ltd, 21 Great Suffolk Street, London SE1 0NS'),
    'St Petersburg': ('RU', 'ООО «Экзампл Груп Рус», Малый пр. В.О. 54, 199178 Санкт-Петербург'),
}

# key: (display name, address, office, role, native spelling)
STAFF = {
    'koehler': ('Matthias Köhler', 'matthias.koehler@example.com', 'Bremen', 'Chief Executive Officer (Geschäftsführer)', ''),
    'weiss': ('Sabine Weiß', 'sabine.weiss@example.com', 'Bremen', 'Chief Financial Officer', ''),
    'krueger': ('Monika Krüger', 'monika.krueger@example.com', 'Bremen', 'Accounts payable (Kreditorenbuchhaltung)', ''),
    'lorenz': ('Birgit Lorenz', 'birgit.lorenz@example.com', 'Bremen', 'Accountant HQ (Finanzbuchhaltung, tax filings)', ''),
    'schaefer': ('Anja Schäfer', 'anja.schaefer@example.com', 'Bremen', 'HR and payroll', ''),
    'brandt': ('Thomas Brandt', 'thomas.brandt@example.com', 'Bremen', 'Head of IT', ''),
    'oezdemir': ('Lukas Özdemir', 'lukas.oezdemir@example.com', 'Bremen', 'IT security and mail administrator', ''),
    'neumann': ('Julia Neumann', 'julia.neumann@example.com', 'Bremen', 'Assistant to the CEO', ''),
    'hartmann': ('Felix Hartmann', 'felix.hartmann@example.com', 'Bremen', 'Procurement (green coffee, packaging, machines)', ''),
    'vogt': ('Nadine Vogt', 'nadine.vogt@example.com', 'Bremen', 'Sales, key accounts DACH', ''),
    'jansen': ('Sven Jansen', 'sven.jansen@example.com', 'Bremen', 'Logistics and dispatch', ''),
    'gross': ('Andreas Groß', 'andreas.gross@examplegroup.eu', 'Bremen', 'Head of vending field service (group)', ''),
    'brueckner': ('Lena Brückner', 'lena.brueckner@examplegroup.eu', 'Bremen', 'Marketing', ''),
    'ferrara': ('Niccolò Ferrara', 'niccolo.ferrara@example.com', 'Milano', 'Office manager Italy', ''),
    'romano': ('Giulia Romano', 'giulia.romano@example.com', 'Milano', 'Accountant Italy', ''),
    'wojcik': ('Paweł Wójcik', 'pawel.wojcik@example.com', 'Poznan', 'Office manager Poland', ''),
    'lukasik': ('Małgorzata Łukasik', 'malgorzata.lukasik@example.com', 'Poznan', 'Accountant Poland', ''),
    'munoz': ('Javier Muñoz', 'javier.munoz@example.com', 'Barcelona', 'Office manager Spain', ''),
    'fernandez': ('Lucía Fernández', 'lucia.fernandez@example.com', 'Barcelona', 'Accountant Spain', ''),
    'papadopoulos': ('Giorgos Papadopoulos', 'giorgos.papadopoulos@example.com', 'Athens', 'Office manager Greece', 'Γιώργος Παπαδόπουλος'),
    'konstantinou': ('Eleni Konstantinou', 'eleni.konstantinou@examplegroup.eu', 'Athens', 'Accountant Greece', 'Ελένη Κωνσταντίνου'),
    'bennett': ('Oliver Bennett', 'oliver.bennett@example.com', 'London', 'Office manager UK', ''),
    'sharma': ('Priya Sharma', 'priya.sharma@examplegroup.eu', 'London', 'Accountant UK', ''),
    'sokolov': ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'St Petersburg', 'Office manager Russia', 'Дмитрий Соколов'),
    'kuznetsova': ('Olga Kuznetsova', 'olga.kuznetsova@examplegroup.eu', 'St Petersburg', 'Accountant Russia', 'Ольга Кузнецова'),
}


def S(key, native=False):
    n, a, _, _, nat = STAFF[key]
    return (nat if native and nat else n, a)


# Private addresses of staff (known to colleagues; used in genuine mail)
PRIVATE = {
    'jansen': 'sven.jansen@gmx.de',
    'romano': 'giuliaromano.mi@gmail.com',
    'fernandez': 'lucia.fdez.bcn@gmail.com',
    'kuznetsova': 'olga.kuznetsova84@yandex.ru',
}

# ------------------------------------------------------------- bank accounts
ACC = {
    # genuine
    'lieferant_old': B.iban('DE', '25050180' + '0910443817'),     # Sparkasse Hannover
    'lieferant_new': B.iban('DE', '25040066' + '0321788400'),     # Commerzbank Hannover
    'rohkaffee': B.iban('DE', '20050550' + '1268014473'),         # Hamburger Sparkasse
    'verband': B.iban('DE', '29050101' + '0081774259'),           # Sparkasse Bremen
    'ferretti': B.iban_it('05034', '11701', '000000012847'),      # Banco BPM
    'partner_pl': B.iban_pl('1020402', '0000180203774519'),       # PKO BP
    'envases': B.iban_es('2100', '3762', '0200148291'),           # CaixaBank
    'metaforiki': B.iban('GR', '011' + '0080' + '0000008029412744'),  # NBG
    'orobici': B.iban_it('03111', '11101', '000000004471'),      # UBI/BPER Bergamo
    # fraudulent (mule) accounts used in attacks
    'mule_lt': B.iban('LT', '32500' + '01793460218'),              # Revolut Bank UAB
    'mule_n26': B.iban('DE', '10011001' + '2638459127'),           # N26
    'mule_sk': B.iban_sk('0900', '000000', '512873469'),           # Slovenska sporitelna
    'mule_it': B.iban_it('03268', '22300', '052879643210'),        # Banca Sella
    'mule_cy': B.iban('CY', '005' + '00012' + '0000000357041288'), # Cyprus
    'mule_pl': B.iban_pl('1140200', '0000350217746390'),           # mBank
    'mule_pl_reg': B.iban_pl('1090101', '0000071988230465'),       # Santander BP
    'mule_es': B.iban_es('1465', '0100', '9920377514'),            # ING
    'mule_gr': B.iban('GR', '026' + '0451' + '0000780201993517'),  # Eurobank
}

RU = {
    # genuine supplier: Sberbank North-West
    'vts_bik': '044030653', 'vts_ks': '30101810500000000653',
    'vts_rs': B.ru_account('40702810', '55000073419', '044030653'),
    # mule: T-Bank (Moscow)
    'mule_bik': '044525974', 'mule_ks': '30101810145250000974',
    'mule_rs': B.ru_account('40702810', '10001847266', '044525974'),
    'vts_inn': B.ru_inn10('780125436'), 'vts_kpp': '780101001',
    'vts_ogrn': B.ru_ogrn('115784712093'),
    'mule_inn': B.ru_inn10('771589320'), 'mule_kpp': '771501001',
    'eg_inn': B.ru_inn10('780143718'), 'eg_kpp': '780101001',
}
assert B.ru_corr_ok(RU['vts_ks'], RU['vts_bik']) and B.ru_corr_ok(RU['mule_ks'], RU['mule_bik'])

TAX = {
    'eg_de': B.de_ustid('81442093'),
    'lieferant': B.de_ustid('23651870'),
    'rohkaffee': B.de_ustid('11874552'),
    'ferretti': 'IT' + B.it_piva('0318472023'),
    'orobici': 'IT' + B.it_piva('0291384016'),
    'eg_it': 'IT' + B.it_piva('1074152096'),
    'partner_pl': B.pl_nip('779231840'),
    'eg_pl': B.pl_nip('778145902'),
    'envases': B.es_cif('A', '4612887'),
    'eg_es': B.es_cif('B', '6684120'),
    'metaforiki': B.gr_afm('09982147'),
    'eg_gr': B.gr_afm('80141275'),
    'eg_uk': B.uk_vat('4172869'),
    'thames': B.uk_vat('3358120'),
}

# ------------------------------------------------------------ correspondents
# (organisation, country, contact, address, relationship)
CORRESPONDENTS = [
    ('Lieferant GmbH (Hannover)', 'DE', 'Stefan Maier (key account)', 's.maier@lieferant-gmbh.de',
     'Supplier of valve bags, coffee packaging film and vending cups'),
    ('Lieferant GmbH', 'DE', 'Petra Lang (accounts receivable)', 'p.lang@lieferant-gmbh.de', 'same'),
    ('Lieferant GmbH', 'DE', 'Buchhaltung (invoices)', 'rechnungen@lieferant-gmbh.de', 'same'),
    ('Lieferant GmbH', 'DE', 'Katrin Sommer (Prokuristin, head of finance)', 'k.sommer@lieferant-gmbh.de', 'same'),
    ('Ferretti Trasporti S.p.A. (Verona)', 'IT', 'Chiara Colombo (traffic/dispatch)', 'c.colombo@ferretti-trasporti.it',
     'Road carrier, roasted coffee Bremen - Milano and Italian distribution'),
    ('Ferretti Trasporti S.p.A.', 'IT', 'Amministrazione', 'amministrazione@ferretti-trasporti.it', 'same'),
    ('Partner Logistik sp. z o.o. (Swarzędz)', 'PL', 'Tadeusz Zieliński', 't.zielinski@partner-logistik.pl',
     'Logistics partner, warehouse for the Polish vending network'),
    ('Partner Logistik sp. z o.o.', 'PL', 'Księgowość', 'ksiegowosc@partner-logistik.pl', 'same'),
    ('Hanseatisches Rohkaffee-Kontor GmbH (Hamburg)', 'DE', 'Henrik Petersen', 'h.petersen@rohkaffee-kontor.de',
     'Green-coffee importer, supplier'),
    ('Vending-Verband Deutschland e.V.', 'DE', 'Beitragsabteilung', 'beitrag@vending-verband.de',
     'Trade association (membership)'),
    ('Kaffee-Markt Aktuell (newsletter)', 'DE', 'Redaktion', 'newsletter@kaffeemarkt-aktuell.de',
     'Subscribed trade newsletter (CleverReach)'),
    ('Northgate Facilities Ltd (Manchester)', 'UK', 'Emma Clarke (facilities manager)', 'emma.clarke@northgatefm.co.uk',
     'Customer: 60 vending machines in office buildings'),
    ('Thames Green Coffee Ltd (London)', 'UK', 'James Whitfield (trader)', 'j.whitfield@thamesgreencoffee.co.uk',
     'Green-coffee trader, supplier'),
    ('Distributori Orobici S.r.l. (Bergamo)', 'IT', 'Alessandro Galli (sales)', 'a.galli@distributoriorobici.it',
     'Vending machine manufacturer, spare parts'),
    ('Bar Tabacchi Esposito (Milano)', 'IT', 'Roberto Esposito', 'roberto.esposito64@libero.it',
     'Customer, one machine, writes from libero.it'),
    ('Serwis Automatów Krzysztof Nowak', 'PL', 'Krzysztof Nowak', 'k.nowak.serwis@wp.pl',
     'Freelance service technician (subcontractor), writes from wp.pl'),
    ('Vending & OCS Polska (newsletter)', 'PL', 'Redakcja', 'newsletter@vendingpolska.pl', 'Subscribed newsletter (FreshMail)'),
    ('Envases Levante S.A. (Valencia)', 'ES', 'Sergio Navarro (administración)', 's.navarro@envaseslevante.es',
     'Supplier of paper cups and stirrers'),
    ('Gestoría Puig & Serra (Barcelona)', 'ES', 'Montserrat Puig', 'mpuig@gestoriapuigserra.es',
     'Tax adviser of the Spanish subsidiary'),
    ('Residencia Mar Blau (Badalona)', 'ES', 'Administración', 'administracion@residenciamarblau.es',
     'Customer (care home), 4 machines'),
    ('Revista Vending Ibérica (newsletter)', 'ES', 'Redacción', 'boletin@vendingiberica.es', 'Subscribed newsletter (Mailchimp)'),
    ('Ξενοδοχείο Αίγλη / Aigli Hotel (Athens)', 'GR', 'Νίκος Αντωνίου', 'n.antoniou@aiglihotel.gr',
     'Customer: coffee beans and machines'),
    ('Μεταφορική Αττικής Α.Ε.', 'GR', 'Κατερίνα Δημητρίου (λογιστήριο)', 'k.dimitriou@metaforikiattikis.gr',
     'Road carrier in Attica'),
    ('Λογιστικό Γραφείο Βασιλείου', 'GR', 'Αθανάσιος Βασιλείου', 'vasiliou.logistiko@otenet.gr',
     'External accountant (myDATA filings), writes from otenet.gr'),
    ('Σπύρος Μαυρίδης (technician)', 'GR', 'Σπύρος Μαυρίδης', 'spmavridis@otenet.gr',
     'Freelance vending technician, writes from otenet.gr'),
    ('ООО «ВендТехСервис» (St Petersburg)', 'RU', 'Сергей Волков', 's.volkov@vendtehservis.ru',
     'Supplier of vending spare parts and repairs'),
    ('ООО «Кофе-Сервис Нева»', 'RU', 'Андрей Морозов', 'a.morozov@kofe-neva.ru', 'Customer / sub-distributor'),
    ('Weser-Spedition Kruse GmbH & Co. KG (Bremen)', 'DE', 'Disposition', 'dispo@weser-spedition.de',
     'Carrier for roasted coffee to German customers (no message in this set)'),
    ('Pennine Haulage Ltd (Bradford)', 'UK', 'Operations', 'ops@penninehaulage.co.uk',
     'Carrier, UK distribution (no message in this set)'),
    ('Transportes Ebro Logística S.L. (Zaragoza)', 'ES', 'Tráfico', 'trafico@transportesebro.es',
     'Carrier, Spanish distribution (mentioned in business/29)'),
    ('ООО «ТК Невский Экспресс»', 'RU', 'Логистика', 'logist@nevexpress.ru',
     'Carrier, St Petersburg distribution (no message in this set)'),
]
