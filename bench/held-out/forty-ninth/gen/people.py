"""The company, its staff, its correspondents, bank accounts and registry ids."""
import checksums as C

COMPANY = {
    'name': 'Example Group',
    'legal': 'Example Group GmbH',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'trade': 'Packaging manufacturer: corrugated board (sheet board, RSC/die-cut boxes, displays) '
             'and plastic packaging (PET/PP trays, thermoformed inserts, stretch and shrink film).',
    'mx': 'mx01.example.com (Postfix), inbound gateway',
    'relay': 'mail-int01.example.com [10.20.0.25], internal relay in front of on-prem Exchange 2019 '
             '(EXMBX01/EXMBX02.corp.example.com)',
}

OFFICES = {
    'DE': ('Bielefeld (HQ)', 'Example Group GmbH, Industriestraße 12, 33609 Bielefeld, Germany'),
    'IT': ('Verona', 'Example Packaging Italia S.r.l., Via dell\'Industria 8, 37135 Verona, Italy'),
    'PL': ('Poznań', 'Example Group Polska sp. z o.o., ul. Składowa 14, 62-052 Komorniki (Poznań), Poland'),
    'ES': ('Valencia', 'Example Packaging Iberia S.L., Polígono Fuente del Jarro, C/ Ciudad de Sevilla 22, 46988 Paterna (Valencia), Spain'),
    'GR': ('Thessaloniki', 'Example Group Hellas Μονοπρόσωπη Α.Ε., ΒΙ.ΠΕ. Σίνδου, Οδός 22, 57022 Θεσσαλονίκη, Greece'),
    'UK': ('Birmingham', 'Example Packaging UK Ltd, Unit 4, Redfern Park Way, Tyseley, Birmingham B11 2DN, United Kingdom'),
    'RU': ('St Petersburg', 'ООО «Экзампл Пэкеджинг», Колпинское шоссе 32, пос. Шушары, Санкт-Петербург, Russia'),
}

# (display name, address, office, role)
STAFF = [
    ('Matthias Köhler', 'matthias.koehler@example.com', 'DE', 'Chief Executive Officer (Dr. Matthias Köhler)'),
    ('Sabine Weiß', 'sabine.weiss@example.com', 'DE', 'Chief Financial Officer'),
    ('Jürgen Brandt', 'juergen.brandt@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung), second approver'),
    ('Monika Schäfer', 'monika.schaefer@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung)'),
    ('Claudia Hüsken', 'claudia.huesken@example.com', 'DE', 'HR & payroll (Personal/Lohnbuchhaltung)'),
    ('Thomas Bergmann', 'thomas.bergmann@example.com', 'DE', 'Head of IT'),
    ('Lukas Pöhlmann', 'lukas.poehlmann@example.com', 'DE', 'IT security & mail administrator'),
    ('Nicole Franke', 'nicole.franke@example.com', 'DE', 'Assistant to the CEO'),
    ('Frank Östreicher', 'frank.oestreicher@example.com', 'DE', 'Head of procurement (Einkauf)'),
    ('Katrin Vogt', 'katrin.vogt@example.com', 'DE', 'Key account manager, sales'),
    ('Dennis Krüger', 'dennis.krueger@example.com', 'DE', 'Shipping & logistics coordinator'),
    ('Lorenzo Bianchi', 'lorenzo.bianchi@example.com', 'IT', 'Office manager Italy'),
    ('Francesca Galli', 'francesca.galli@examplegroup.eu', 'IT', 'Accountant Italy'),
    ('Marco Esposito', 'marco.esposito@example.com', 'IT', 'Sales Italy'),
    ('Krzysztof Wiśniewski', 'krzysztof.wisniewski@example.com', 'PL', 'Office manager Poland'),
    ('Małgorzata Łukasik', 'malgorzata.lukasik@examplegroup.eu', 'PL', 'Accountant Poland'),
    ('Agnieszka Nowak', 'agnieszka.nowak@example.com', 'PL', 'Procurement & logistics Poland'),
    ('Javier Martínez Ruiz', 'javier.martinez@example.com', 'ES', 'Office manager Spain (also sales)'),
    ('Lucía Fernández Soler', 'lucia.fernandez@example.com', 'ES', 'Accountant Spain'),
    ('Giorgos Papadopoulos', 'giorgos.papadopoulos@example.com', 'GR', 'Office manager Greece (Γιώργος Παπαδόπουλος)'),
    ('Eleni Konstantinou', 'eleni.konstantinou@examplegroup.eu', 'GR', 'Accountant Greece (Ελένη Κωνσταντίνου)'),
    ('James Whitfield', 'james.whitfield@example.com', 'UK', 'Office manager UK'),
    ('Priya Sharma', 'priya.sharma@example.com', 'UK', 'Accountant UK'),
    ('Oliver Grant', 'oliver.grant@example.com', 'UK', 'Sales UK'),
    ('Andrey Sokolov', 'andrey.sokolov@example.com', 'RU', 'Office manager Russia (Андрей Соколов)'),
    ('Natalya Kuznetsova', 'natalya.kuznetsova@examplegroup.eu', 'RU', 'Accountant Russia (Наталья Кузнецова)'),
]
S = {a.split('@')[0]: (n, a) for n, a, _, _ in STAFF}


def st(key):
    return S[key]


SHARED = [
    ('IT-Servicedesk', 'it-servicedesk@example.com', 'Internal IT helpdesk (ticket system), internal only'),
]

# -------------------------------------------------------------- correspondents
# (name, address, organisation, country, relationship)
CORR = [
    ('Stefan Maier', 's.maier@lieferant-gmbh.de', 'Lieferant GmbH, Gütersloh', 'DE', 'Supplier of corrugating starch adhesive, flexo inks, consumables; sales contact (shared set)'),
    ('Petra Lang', 'p.lang@lieferant-gmbh.de', 'Lieferant GmbH', 'DE', 'Supplier - accounting/receivables (shared set)'),
    ('Buchhaltung', 'rechnungen@lieferant-gmbh.de', 'Lieferant GmbH', 'DE', 'Supplier invoicing mailbox (shared set)'),
    ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it', 'Ferretti Trasporti S.p.A., Verona', 'IT', 'Road carrier, traffic/dispatch (shared set)'),
    ('Amministrazione', 'amministrazione@ferretti-trasporti.it', 'Ferretti Trasporti S.p.A.', 'IT', 'Carrier invoicing (shared set)'),
    ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl', 'Partner Logistik sp. z o.o., Poznań', 'PL', 'Logistics partner, dispatcher (shared set)'),
    ('Księgowość', 'ksiegowosc@partner-logistik.pl', 'Partner Logistik sp. z o.o.', 'PL', 'Logistics partner accounting (shared set)'),
    ('Markus Ebert', 'm.ebert@papierfabrik-hohenwald.de', 'Papierfabrik Hohenwald GmbH & Co. KG, Hessisch Lichtenau', 'DE', 'Containerboard (kraftliner/testliner) supplier, key account'),
    ('Forderungsmanagement', 'forderungsmanagement@papierfabrik-hohenwald.de', 'Papierfabrik Hohenwald GmbH & Co. KG', 'DE', 'Supplier credit control'),
    ('Fachverband Wellpappe', 'newsletter@wellpappe-fachverband.de', 'Fachverband Wellpappe & Verpackung e.V.', 'DE', 'Industry association newsletter (subscribed, CleverReach)'),
    ('Jana Oberländer', 'jana.oberlaender@web.de', '(private applicant)', 'DE', 'Job applicant, private web.de address'),
    ('Dennis Krüger (privat)', 'dennis.krueger83@gmx.de', '(employee, private)', 'DE', 'Employee Dennis Krüger\'s private GMX address, on file with HR'),
    ('Emma Clarke', 'emma.clarke@hartleyfresh.co.uk', 'Hartley Fresh Produce Ltd, Evesham', 'UK', 'Customer (produce packer): packaging buyer'),
    ('Gary Holt', 'gary.holt@penninefreight.co.uk', 'Pennine Freight Ltd, Halifax', 'UK', 'UK road carrier, account manager'),
    ('POD', 'pod@penninefreight.co.uk', 'Pennine Freight Ltd', 'UK', 'Carrier proof-of-delivery mailbox'),
    ('Rebecca Lowe', 'rebecca.lowe@whitmorehale.co.uk', 'Whitmore Hale LLP, Birmingham', 'UK', 'Solicitors retained by Example Packaging UK (property)'),
    ('Paolo Ferraro', 'p.ferraro@caseificiovaldadige.it', 'Caseificio Val d\'Adige S.r.l., Rovereto', 'IT', 'Customer (dairy): buys PET trays and cartons'),
    ('ImballaggioNews', 'newsletter@imballaggionews.it', 'ImballaggioNews (trade newsletter)', 'IT', 'Subscribed newsletter via Brevo'),
    ('Agnieszka Nowak (prywatny)', 'agnieszka.nowak85@wp.pl', '(employee, private)', 'PL', 'Employee Agnieszka Nowak\'s private wp.pl address'),
    ('Ana Belén Navarro', 'abnavarro@citricosdelturia.es', 'Cítricos del Turia S.L., Alzira', 'ES', 'Customer (citrus packer): buyer'),
    ('Administración', 'administracion@transportesgil.es', 'Transportes Hermanos Gil S.L., Paterna', 'ES', 'Spanish road carrier, invoicing'),
    ('Marta Climent', 'mcliment@levanteasesores.es', 'Levante Asesores S.L.P., Valencia', 'ES', 'Tax adviser (gestoría) of the Spanish office'),
    ('Νίκος Αλεξίου', 'n.alexiou@elaiourgia-chalkidikis.gr', 'Ελαιουργία Χαλκιδικής Α.Ε., Νέα Μουδανιά', 'GR', 'Customer (olive-oil bottler): purchasing'),
    ('Κώστας Δημητρίου', 'kdimitriou@otenet.gr', 'Μεταφορές Δημητρίου (sole trader), Σίνδος', 'GR', 'Greek owner-driver carrier on consumer mail (otenet.gr)'),
    ('Λογιστικό Γραφείο Σιδηρόπουλος', 'info@sidiropoulos-logistiki.gr', 'Σιδηρόπουλος & Συνεργάτες, Θεσσαλονίκη', 'GR', 'External certified accountants of the Greek office'),
    ('Ирина Волкова', 'i.volkova@nevmolkom.ru', 'ООО «Невский молочный комбинат», Санкт-Петербург', 'RU', 'Customer (dairy): chief accountant'),
    ('Сергей Морозов', 's.morozov.trans@yandex.ru', 'ИП Морозов С. В. (carrier)', 'RU', 'Russian owner-driver carrier on consumer mail (yandex.ru)'),
]

# -------------------------------------------------------------- bank accounts
BANK = {
    # Example Group GmbH, Commerzbank Bielefeld
    'ex_de': C.iban('DE', '48040035' + '0612480700'),
    # Lieferant GmbH: old account (Sparkasse Gütersloh-Rietberg-Versmold) and
    # genuine new one (Deutsche Bank Bielefeld) announced in business/02
    'lief_old': C.iban('DE', '47850065' + '0000481516'),
    'lief_new': C.iban('DE', '48070020' + '0312094400'),
    # attacker's mule accounts
    'mule_lt_revolut': C.iban('LT', '32500' + '21743098126'),
    'mule_de_n26': C.iban('DE', '10011001' + '2748193056'),
    'mule_it': C.iban_it('03268', '11200', '052874193660'),
    'mule_gb_clearbank': C.iban('GB', 'CLRB' + '040605' + '73910458'),
    'mule_gr': C.iban('GR', '026' + '0218' + '0000641200837215'),
    'mule_pl': C.iban_pl('1160220', '0000000512448731'),
    'mule_es': C.iban_es('0073', '0100', '0589164207'),
    'mule_pl_onet': C.iban_pl('1050109', '0000000153627481'),
    # genuine third-party accounts
    'hohenwald': C.iban('DE', '52050353' + '0100348177'),
    'kessler': C.iban('DE', '50040000' + '0588210400'),
    'ferretti': C.iban_it('03069', '11810', '100000012345'),
    'partner_pl': C.iban_pl('1140200', '4000370271284113'),
    'gil': C.iban_es('2100', '4612', '1302081947'),
    'dimitriou': C.iban('GR', '011' + '0226' + '0000226481935507'),
    'example_uk': C.iban('GB', 'NWBK' + '601613' + '41902651'),
    'vogt_real': C.iban('DE', '48050161' + '0072204418'),
}

RU = {
    'sber_nw_bik': '044030653',
    'sber_nw_corr': C.ru_corr_account('044030653', '30101810000000000653'),
    'morozov_acc': C.ru_account('044030653', '40802810055000039217'),
    'ex_ru_acc': C.ru_account('044030653', '40702810055000024418'),
    'ex_ru_inn': C.ru_inn10('781712345'),
    'ex_ru_kpp': '782001001',
    'ex_ru_ogrn': C.ru_ogrn('112784702345'),
    'morozov_inn': C.ru_inn12('7816312245'),
    'morozov_ogrnip': C.ru_ogrnip('31878470032451'),
    'nevmol_inn': C.ru_inn10('780412734'),
    'nevmol_kpp': '780401001',
}

IDS = {
    'ex_de_vat': C.de_ustid('81182720'),
    'lief_vat': C.de_ustid('27345618'),
    'hohenwald_vat': C.de_ustid('11352098'),
    'ex_it_piva': C.it_piva('0287341023'),
    'ferretti_piva': C.it_piva('0165432023'),
    'caseificio_piva': C.it_piva('0198745022'),
    'ex_pl_nip': C.pl_nip('779234567'),
    'partner_nip': C.pl_nip('782100471'),
    'ex_pl_regon': C.pl_regon9('30012457'),
    'ex_es_cif': C.es_cif('B', '9812345'),
    'gil_cif': C.es_cif('B', '4611023'),
    'ex_gr_afm': C.gr_afm('80012345'),
    'dimitriou_afm': C.gr_afm('12345670'),
    'ex_uk_vat': 'GB' + C.gb_vat('2874103'),
    'ex_uk_crn': '09871234',
}
