"""Example Group: staff, offices, correspondents, bank accounts."""
import ids

COMPANY = {
    'name': 'Example Group',
    'legal': 'Example Group GmbH (HQ) with national subsidiaries',
    'trade': 'Plant nursery (container and field-grown trees, hedging, perennials) and a chain of garden centres',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'mail': ('Inbound MX mx01.example.com (Postfix); internal relay mail-int01.example.com [10.20.0.25]; '
             'mailboxes on Exchange Server 2019 (EXCH01/EXCH02.corp.example.com); Teams, SharePoint and '
             'OneDrive on Microsoft 365 (Entra ID tenant examplegroup.onmicrosoft.com)'),
}

OFFICES = {
    'DE': 'Oldenburg (HQ), Germany - Example Group GmbH, Am Baumschulweg 12, 26123 Oldenburg',
    'UK': 'Bristol, United Kingdom - Example Group UK Ltd',
    'IT': 'Pistoia, Italy - Example Group Italia S.r.l.',
    'PL': 'Poznań, Poland - Example Group Polska sp. z o.o.',
    'ES': 'Valencia, Spain - Example Group Iberia S.L.',
    'GR': 'Thessaloniki, Greece - Example Group Hellas M.IKE',
    'RU': 'Saint Petersburg, Russia - OOO Example Group Rus',
}

# name, address, office, role
STAFF = [
    ('Jörg Brückner', 'joerg.brueckner@example.com', 'DE', 'CEO (Geschäftsführer)'),
    ('Sabine Kröger', 'sabine.kroeger@example.com', 'DE', 'CFO'),
    ('Monika Weiß', 'monika.weiss@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung); HQ accountant'),
    ('Tobias Janßen', 'tobias.janssen@example.com', 'DE', 'Accounts payable / treasury'),
    ('Anja Hülsmann', 'anja.huelsmann@example.com', 'DE', 'HR and payroll'),
    ('Markus Oltmanns', 'markus.oltmanns@example.com', 'DE', 'Head of IT'),
    ('Lena Schütte', 'lena.schuette@example.com', 'DE', 'IT security and mail administration'),
    ('Katrin Ahlers', 'katrin.ahlers@example.com', 'DE', 'Assistant to the CEO'),
    ('Heiko Böhmer', 'heiko.boehmer@example.com', 'DE', 'Head of procurement (Einkauf)'),
    ('Nadine Würdemann', 'nadine.wuerdemann@example.com', 'DE', 'Sales, B2B key accounts (landscapers, municipalities)'),
    ('Tim Hoffmann', 'tim.hoffmann@examplegroup.eu', 'DE', 'Marketing and online shop'),
    ('Sven Rademacher', 'sven.rademacher@example.com', 'DE', 'Head of logistics and dispatch'),
    ('Frauke Eilers', 'frauke.eilers@example.com', 'DE', 'HQ office manager'),
    ('Oliver Whitfield', 'oliver.whitfield@example.com', 'UK', 'Country manager UK'),
    ('Priya Shah', 'priya.shah@example.com', 'UK', 'Accountant UK'),
    ('Lorenzo Bartolini', 'lorenzo.bartolini@example.com', 'IT', 'Office manager Italy (direttore filiale)'),
    ('Francesca Niccolai', 'francesca.niccolai@examplegroup.eu', 'IT', 'Accountant Italy (contabilità)'),
    ('Paweł Wróblewski', 'pawel.wroblewski@example.com', 'PL', 'Office manager Poland (dyrektor oddziału)'),
    ('Małgorzata Łukasik', 'malgorzata.lukasik@example.com', 'PL', 'Accountant Poland (główna księgowa)'),
    ('Agnieszka Dąbrowska', 'agnieszka.dabrowska@example.com', 'PL', 'Sales Poland'),
    ('Javier Muñoz Ortega', 'javier.munoz@example.com', 'ES', 'Office manager Spain (director de delegación)'),
    ('Lucía Peñalver', 'lucia.penalver@examplegroup.eu', 'ES', 'Accountant Spain (contable)'),
    ('Giorgos Papadopoulos', 'giorgos.papadopoulos@example.com', 'GR', 'Office manager Greece'),
    ('Eleni Konstantinidou', 'eleni.konstantinidou@example.com', 'GR', 'Accountant Greece'),
    ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'RU', 'Office manager Russia'),
    ('Irina Volkova', 'irina.volkova@examplegroup.eu', 'RU', 'Chief accountant Russia (главный бухгалтер)'),
]

S = {e.split('@')[0]: (n, e) for n, e, _, _ in STAFF}


def who(key):
    """(display name, address) by local part, e.g. who('sabine.kroeger')."""
    return S[key]


# organisation, country, role, people / addresses, mail system
CORRESPONDENTS = [
    ('Lieferant GmbH', 'DE', 'Supplier: young plants, hedging and peat-free substrates (Bad Zwischenahn)',
     'Stefan Maier <s.maier@lieferant-gmbh.de>, Petra Lang <p.lang@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>',
     'Microsoft 365 tenant (EUR), Outlook'),
    ('Ferretti Trasporti S.p.A.', 'IT', 'Road carrier, refrigerated plant transport Pistoia-Oldenburg',
     'Chiara Colombo <c.colombo@ferretti-trasporti.it>, Amministrazione <amministrazione@ferretti-trasporti.it>',
     'Aruba hosted mail, Outlook / Thunderbird'),
    ('Partner Logistik sp. z o.o.', 'PL', 'Logistics partner, cross-dock and distribution in Poland (Swarzędz)',
     'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, Księgowość <ksiegowosc@partner-logistik.pl>',
     'home.pl hosted mail, Thunderbird / Outlook'),
    ('Landschaftsbau Krüger GmbH', 'DE', 'Customer: landscaping contractor (Bremen)',
     'Holger Krüger <h.krueger@krueger-galabau.de>, Jana Wessels <j.wessels@krueger-galabau.de>',
     'IONOS (kundenserver.de), Thunderbird'),
    ('Steuerberatung Hinrichs & Partner mbB', 'DE', 'Tax advisers of the German HQ',
     'Gerd Hinrichs <g.hinrichs@stb-hinrichs.de>, Mandanten-Info <mandanteninfo@stb-hinrichs.de>',
     'Brevo for circulars'),
    ('Van der Berg Bloembollen B.V.', 'NL', 'Supplier: flower bulbs (Lisse)',
     'Sanne de Vries <sanne.devries@vanderberg-bulbs.nl>, Invoices <invoices@vanderberg-bulbs.nl>',
     'Microsoft 365 tenant, Outlook'),
    ('Thornbury Landscapes Ltd', 'UK', 'Customer: commercial landscaper (Bristol), signs frame agreements via DocuSign',
     'Emma Clarke <emma.clarke@thornburylandscapes.co.uk>', 'Microsoft 365, DocuSign EU'),
    ('Hartley Horticultural Supplies Ltd', 'UK', 'Supplier: pots, compost, sundries (Evesham)',
     'Credit Control <creditcontrol@hartleyhort.co.uk>, James Hartley <james.hartley@hartleyhort.co.uk>',
     'Microsoft 365'),
    ('GardenRetail Insight', 'UK', 'Trade newsletter (subscribed by the UK office)',
     '<newsletter@gardenretail-insight.co.uk>', 'Mailchimp'),
    ('Vivai Bellandi Società Agricola', 'IT', 'Supplier: olive trees, Mediterranean shrubs (Pistoia)',
     'Andrea Bellandi <andrea@vivaibellandi.it>', 'Aruba hosted mail'),
    ('Marco Rinaldi', 'IT', 'Customer: freelance garden designer (Lucca)', '<marco.rinaldi72@libero.it>', 'Libero Mail, iPhone'),
    ('Studio Guidi Commercialisti', 'IT', 'Accountants / tax advisers of the Italian subsidiary',
     'Dott. Paolo Guidi <p.guidi@studioguidi-commercialisti.it>', 'Aruba hosted mail'),
    ('Ogrody Nowak', 'PL', 'Customer: garden construction firm (Poznań)', 'Krzysztof Nowak <ogrody.nowak@wp.pl>',
     'WP Poczta, Thunderbird'),
    ('Viveros Levante S.L.', 'ES', 'Supplier: citrus and palms (Alzira, Valencia)',
     'Rosa Martínez <rmartinez@viveroslevante.es>', 'Microsoft 365'),
    ('Transportes Hermanos Soler S.L.', 'ES', 'Road carrier (Valencia)', 'Carmen Soler, Administración <administracion@transoler.es>',
     'cPanel hosting, Outlook'),
    ('Albiol Asesores', 'ES', 'Gestoría / tax adviser of the Spanish subsidiary', 'Vicente Albiol <valbiol@albiolasesores.es>',
     'Microsoft 365'),
    ('Fytoria Alexiou A.E. (Φυτώρια Αλεξίου Α.Ε.)', 'GR', 'Supplier: nursery stock (Thessaloniki)',
     'Κώστας Αλεξίου <k.alexiou@fytoria-alexiou.gr>, Λογιστήριο <logistirio@fytoria-alexiou.gr>', 'Outlook over own SMTP'),
    ('Nikos Dimitriou (Νίκος Δημητρίου)', 'GR', 'Customer: landscaper (Kalamaria)', '<ndimitriou@otenet.gr>',
     'OTEnet (Cosmote) mail, Outlook 2016'),
    ('Karagiannis Logistiki (Λογιστικό Γραφείο Καραγιάννη)', 'GR', 'Accountants of the Greek subsidiary',
     'Μαρία Καραγιάννη <m.karagianni@karagiannis-logistiki.gr>', 'Google Workspace'),
    ('OOO Zelyony Mir (ООО «Зелёный Мир»)', 'RU', 'Supplier: peat substrates, pots (Saint Petersburg)',
     'Ольга Смирнова <o.smirnova@zelmir-spb.ru>, Бухгалтерия <buh@zelmir-spb.ru>', 'Yandex 360 for business'),
    ('Anna Kuznetsova (Анна Кузнецова)', 'RU', 'Private customer, Saint Petersburg garden centre', '<anna.kuznetsova@yandex.ru>',
     'Yandex Mail'),
]

# ------------------------------------------------------------ bank accounts

# Example Group's own accounts
EG_DE = ids.de_iban('28040046', '0614470500')          # Commerzbank Oldenburg (BLZ 280 400 46)
EG_UK = ids.gb_iban('BARC', '200415', '73118420')
EG_IT = ids.it_iban('03069', '13810', '100000061893')    # Intesa Sanpaolo, Pistoia
EG_PL = ids.pl_iban('1140200', '4000320278115544')       # mBank
EG_ES = ids.es_iban('2100', '4811', '0200134977')        # CaixaBank
EG_GR = ids.gr_iban('017', '0227', '0005227041263')     # Piraeus
EG_RU_BIK = '044030653'                                  # Sberbank North-West
EG_RU_CORR = '30101810500000000653'
EG_RU_ACC = ids.ru_account(EG_RU_BIK, '40702810', '55040017731')

# Lieferant GmbH
LIEFERANT_OLD = ids.de_iban('28050100', '0080125574')    # Landessparkasse zu Oldenburg
LIEFERANT_NEW = ids.de_iban('28020050', '1468802300')    # Oldenburgische Landesbank (genuine change)
LIEFERANT_FAKE = ids.lt_iban('32500', '03175194208')     # attacker: LT e-money account
LIEFERANT_USTID = ids.de_ustid('11722948')

# Ferretti Trasporti
FERRETTI = ids.it_iban('05034', '70490', '000000002271')  # Banco BPM
FERRETTI_FAKE = ids.pt_iban('0036', '0271', '99100049613')  # attacker (PT)
FERRETTI_PIVA = ids.it_piva('0158422047')

# Partner Logistik
PARTNER = ids.pl_iban('1020402', '0000190211730077')      # PKO BP
PARTNER_FAKE = ids.pl_iban('1160202', '0000000611093389')  # attacker mule account
PARTNER_NIP = ids.pl_nip('777312456')

# Van der Berg (NL, ING)
VDB = ids.iban('NL', 'INGB0006752213')

# Zelyony Mir
ZEL_BIK = '044030790'                                     # PAO Bank "Sankt-Peterburg"
ZEL_CORR = '30101810900000000790'
ZEL_ACC = ids.ru_account(ZEL_BIK, '40702810', '62600003845')
ZEL_INN = ids.ru_inn10('783815902')
ZEL_FAKE_BIK = '044525974'                                # attacker: Moscow bank
ZEL_FAKE_CORR = '30101810145250000974'
ZEL_FAKE_ACC = ids.ru_account(ZEL_FAKE_BIK, '40702810', '10000231178')


def _be_iban(bank3, acct7):
    base = bank3 + acct7
    chk = int(base) % 97 or 97
    return ids.iban('BE', base + '%02d' % chk)


VDB_FAKE = _be_iban('967', '3620511')                     # attacker: Belgian e-money account

# Spain / Greece
LEVANTE = ids.es_iban('0081', '0632', '0001093328')       # Banco Sabadell
SOLER = ids.es_iban('3058', '2104', '2720016519')          # Cajamar
ALEXIOU = ids.gr_iban('026', '0318', '0000410200217')      # Eurobank
ALBIOL_CIF = ids.es_cif('B', '9812650')

HARTLEY_VAT = ids.gb_vat('2913307')
EG_UK_VAT = ids.gb_vat('3301958')
EG_DE_USTID = ids.de_ustid('81660482')
EG_IT_PIVA = ids.it_piva('0194372047')
EG_PL_NIP = ids.pl_nip('782281450')
EG_ES_CIF = ids.es_cif('B', '9841102')
EG_GR_AFM = ids.gr_afm('80161227')
EG_RU_INN = ids.ru_inn10('780242671')


def all_ibans():
    return {k: v for k, v in globals().items() if isinstance(v, str) and len(v) > 14 and v[:2].isalpha() and v[2:4].isdigit()}
