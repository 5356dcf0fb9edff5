"""Example Group: staff, correspondents, bank accounts and registry numbers
shared by all message modules."""
from common import addr
import finance as fi

COMPANY = {
    'name': 'Example Group',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'trade': 'cosmetics and personal care: own factory (creams, sun care, shampoos, deodorants) '
             'selling to drugstore chains, pharmacies and e-commerce',
    'hq': 'Example Group GmbH, Am Kosmetikpark 7, 41468 Neuss, Germany (HQ and factory)',
    'offices': [
        ('Italy', 'Example Italia S.r.l., Via Tortona 31, 20144 Milano'),
        ('Poland', 'Example Polska sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań'),
        ('Spain', 'Example Iberia S.L., Carrer de Pallars 108, 08018 Barcelona'),
        ('Greece', 'Example Hellas Μονοπρόσωπη Ε.Π.Ε., Λεωφ. Κηφισίας 44, 151 25 Μαρούσι (Athens)'),
        ('UK', 'Example UK Ltd, 3 Hardman Street, Manchester M3 3HF'),
        ('Russia', 'ООО «Экзампл Рус», ул. Большая Татарская 35, стр. 4, 115184 Москва'),
    ],
    'mx': 'mx01.example.com (Postfix), internal relay mail-int01.example.com [10.20.0.25], '
          'Exchange 2019 (EXCH01/EXCH02.corp.example.com)',
}

# key: (display name, address, office, role, native spelling)
STAFF = {
    'ceo': ('Katharina Wendt', 'katharina.wendt@example.com', 'Neuss (HQ)', 'CEO (Geschäftsführerin)', 'Dr. Katharina Wendt'),
    'cfo': ('Jürgen Höfer', 'juergen.hoefer@example.com', 'Neuss (HQ)', 'CFO', ''),
    'ap': ('Sabine Krüger', 'sabine.krueger@example.com', 'Neuss (HQ)', 'Accounts payable (Kreditorenbuchhaltung)', ''),
    'hr': ('Monika Weiß', 'monika.weiss@example.com', 'Neuss (HQ)', 'HR & payroll (group)', ''),
    'it': ('Thomas Brandt', 'thomas.brandt@example.com', 'Neuss (HQ)', 'Head of IT', ''),
    'sec': ('Felix Schäfer', 'felix.schaefer@example.com', 'Neuss (HQ)', 'IT security / mail administrator', ''),
    'asst': ('Anja Becker', 'anja.becker@example.com', 'Neuss (HQ)', 'Assistant to the CEO', ''),
    'proc': ('Markus Vogel', 'markus.vogel@example.com', 'Neuss (HQ)', 'Procurement (packaging, raw materials)', ''),
    'sales': ('Lena Hoffmann', 'lena.hoffmann@example.com', 'Neuss (HQ)', 'Key account manager, drugstore chains', ''),
    'cs': ('Jana Schröder', 'jana.schroeder@examplegroup.eu', 'Neuss (HQ)', 'Customer service & complaints', ''),
    'reg': ('Henrik Lorenz', 'henrik.lorenz@example.com', 'Neuss (HQ)', 'Regulatory affairs (EU 1223/2009, CPNP)', 'Dr. Henrik Lorenz'),
    'it_mgr': ('Giulia Ferrara', 'giulia.ferrara@example.com', 'Milano', 'Country manager Italy', ''),
    'it_acc': ('Marco Bianchi', 'marco.bianchi@example.com', 'Milano', 'Accountant Italy', ''),
    'it_sales': ('Francesca Riva', 'francesca.riva@examplegroup.eu', 'Milano', 'Sales, pharmacy channel Italy', ''),
    'pl_mgr': ('Agnieszka Wróblewska', 'agnieszka.wroblewska@example.com', 'Poznań', 'Office manager Poland', ''),
    'pl_acc': ('Paweł Łukasik', 'pawel.lukasik@example.com', 'Poznań', 'Accountant Poland (księgowy)', ''),
    'pl_log': ('Michał Kowalczyk', 'michal.kowalczyk@examplegroup.eu', 'Poznań', 'Logistics coordinator Poland', ''),
    'es_mgr': ('Javier Muñoz', 'javier.munoz@example.com', 'Barcelona', 'Office manager Spain', ''),
    'es_acc': ('Lucía Fernández', 'lucia.fernandez@example.com', 'Barcelona', 'Accountant Spain', ''),
    'gr_mgr': ('Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'Athens (Marousi)', 'Office manager Greece', 'Ελένη Παπαδοπούλου'),
    'gr_acc': ('Nikos Georgiou', 'nikos.georgiou@example.com', 'Athens (Marousi)', 'Accountant Greece', 'Νίκος Γεωργίου'),
    'uk_mgr': ('James Whitfield', 'james.whitfield@example.com', 'Manchester', 'Managing director UK', ''),
    'uk_acc': ('Rachel Owens', 'rachel.owens@example.com', 'Manchester', 'Finance & payroll UK', ''),
    'ru_mgr': ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'Moscow', 'General director Russia', 'Дмитрий Соколов'),
    'ru_acc': ('Olga Kuznetsova', 'olga.kuznetsova@examplegroup.eu', 'Moscow', 'Chief accountant Russia', 'Ольга Кузнецова'),
}


def E(key):
    return STAFF[key][1]


def A(key, charset='iso-8859-1', enc='Q', native=False):
    name = STAFF[key][4] if native and STAFF[key][4] else STAFF[key][0]
    return addr(name, STAFF[key][1], charset, enc)


# ---------------------------------------------------------------- correspondents
# (company, country, contact, address, kind)
CORRESPONDENTS = [
    ('Lieferant GmbH', 'DE', 'Stefan Maier (Vertrieb)', 's.maier@lieferant-gmbh.de', 'supplier: tubes, airless dispensers, caps'),
    ('Lieferant GmbH', 'DE', 'Petra Lang (Finanzbuchhaltung)', 'p.lang@lieferant-gmbh.de', 'supplier'),
    ('Lieferant GmbH', 'DE', 'Buchhaltung', 'rechnungen@lieferant-gmbh.de', 'supplier, invoices'),
    ('Ferretti Trasporti S.p.A.', 'IT', 'Chiara Colombo (ufficio traffico)', 'c.colombo@ferretti-trasporti.it', 'road carrier'),
    ('Ferretti Trasporti S.p.A.', 'IT', 'Amministrazione', 'amministrazione@ferretti-trasporti.it', 'road carrier, invoices'),
    ('Partner Logistik sp. z o.o.', 'PL', 'Tadeusz Zieliński (opiekun klienta)', 't.zielinski@partner-logistik.pl', 'logistics partner, warehouse Komorniki'),
    ('Partner Logistik sp. z o.o.', 'PL', 'Księgowość', 'ksiegowosc@partner-logistik.pl', 'logistics partner, invoices'),
    ('Lindner Drogeriemärkte GmbH & Co. KG', 'DE', 'Jens Albrecht (Category Manager)', 'j.albrecht@lindner-drogerie.de', 'customer: drugstore chain'),
    ('Lindner Drogeriemärkte GmbH & Co. KG', 'DE', 'Qualitätssicherung (Claudia Nowak)', 'qs-lieferanten@lindner-drogerie.de', 'customer: drugstore chain, complaints'),
    ('Farmacia San Rocco', 'IT', 'Dott. Alberto Ricci', 'farmaciasanrocco.ricci@libero.it', 'customer: pharmacy (consumer mailbox)'),
    ('Kartonex sp. z o.o.', 'PL', 'Dział faktur (via Fakturownia)', 'faktury@kartonex.pl', 'supplier: folding cartons'),
    ('Distribuciones Farmacéuticas del Mediterráneo S.A. (Disfarmed)', 'ES', 'Marta Soler (compras)', 'm.soler@disfarmed.es', 'customer: pharmacy wholesaler'),
    ('Transportes Hermanos Ruiz S.L.', 'ES', 'Administración', 'administracion@transportesruiz.es', 'road carrier Spain, invoices'),
    ('Transportes Hermanos Ruiz S.L.', 'ES', 'Antonio Ruiz (gerente)', 'antonio.ruiz@transportesruiz.es', 'road carrier Spain'),
    ('Aduanas Levante Consignatarios S.L.', 'ES', 'Raúl Ortega', 'r.ortega@aduanaslevante.es', 'customs broker, Valencia'),
    ('Bellezza Online S.L.', 'ES', 'Irene Castro (compras)', 'compras@bellezzaonline.es', 'customer: e-commerce'),
    ('Φαρμακαποθήκη Αττικής Α.Ε. (Attica Pharma Wholesale)', 'GR', 'Γιώργος Αντωνίου', 'g.antoniou@farmattiki.gr', 'customer: pharmacy wholesaler'),
    ('Φαρμακείο Μαρίας Κωνσταντίνου', 'GR', 'Μαρία Κωνσταντίνου', 'mkonstantinou@otenet.gr', 'customer: pharmacy (consumer mailbox)'),
    ('Λογιστικό Γραφείο Σταματόπουλος', 'GR', 'Δημήτρης Σταματόπουλος', 'd.stamatopoulos@stamatopoulos-logistiki.gr', 'external accountant Greece'),
    ('Αστραπή Courier Α.Ε.', 'GR', 'Λογιστήριο', 'logistirio@astrapi-courier.gr', 'courier Greece'),
    ('ООО «Косметик Трейд»', 'RU', 'Анна Морозова', 'a.morozova@cosmetic-trade.ru', 'customer: distributor'),
    ('ООО «ТК Северный путь»', 'RU', 'Бухгалтерия', 'buh@sevput-tk.ru', 'road carrier / warehouse Russia'),
    ('Ирина Васильева (бухгалтер на аутсорсинге)', 'RU', 'Ирина Васильева', 'irina.vasilieva.buh@yandex.ru', 'outsourced accountant (consumer mailbox)'),
    ('Bramble & Co Ltd', 'UK', 'Oliver Grant (Head of Buying)', 'o.grant@brambleandco.co.uk', 'customer: e-commerce retailer'),
    ('Bramble & Co Ltd', 'UK', 'Accounts', 'accounts@brambleandco.co.uk', 'customer, remittances'),
    ('Kosmetik Business Report', 'DE', 'Newsletter (Brevo)', 'newsletter@kosmetik-business-report.de', 'subscribed trade newsletter'),
    ('Beauty Supply Chain Weekly', 'UK', 'Newsletter (Mailchimp)', 'news@beautysupplychainweekly.com', 'subscribed trade newsletter'),
    ('Cosmetica & Mercato', 'IT', 'Newsletter (MailUp)', 'newsletter@cosmeticaemercato.it', 'subscribed trade newsletter'),
    ('Staff private mailboxes', 'DE/IT/PL', 'Jana Schröder / Francesca Riva / Michał Kowalczyk',
     'jana.schroeder89@gmx.de, francesca.riva82@libero.it, michal.kowalczyk.84@wp.pl', 'employees writing from home'),
]

# ---------------------------------------------------------------- numbers
USTID_EXAMPLE = fi.de_ustid('81240577')
USTID_LIEFERANT = fi.de_ustid('12615043')
PIVA_FERRETTI = fi.it_piva('0384712023')
PIVA_EXAMPLE_IT = fi.it_piva('1093756015')
NIP_PARTNER = fi.pl_nip('777318240')
NIP_KARTONEX = fi.pl_nip('782260415')
NIP_EXAMPLE_PL = fi.pl_nip('779240186')
CIF_RUIZ = fi.es_cif('B', '4631872')
CIF_EXAMPLE_ES = fi.es_cif('B', '6719034')
AFM_EXAMPLE_GR = fi.gr_afm('80147263')
AFM_ASTRAPI = fi.gr_afm('99852710')
INN_SEVPUT = fi.ru_inn10('503214876')
INN_EXAMPLE_RU = fi.ru_inn10('770548213')

# Genuine accounts
IBAN_LIEFERANT_OLD = fi.iban_de('45850005', '31742096')          # Sparkasse Lüdenscheid
IBAN_LIEFERANT_NEW = fi.iban_de('44761534', '41880273')          # Volksbank in Südwestfalen
IBAN_FERRETTI = fi.iban_it('05034', '11701', '000000047210')      # Banco BPM, Verona
IBAN_PARTNER = fi.iban_pl('102', '4043', '0000310200418732')     # PKO BP Poznań
IBAN_KARTONEX = fi.iban_pl('124', '0143', '1111001077364182')    # Pekao
IBAN_RUIZ_OLD = fi.iban_es('2100', '0845', '0200461785')          # CaixaBank
IBAN_RUIZ_NEW = fi.iban_es('0182', '6027', '0201587341')          # BBVA
IBAN_ASTRAPI = fi.iban_gr('026', '0118', '0000620200843117')     # Eurobank
IBAN_EXAMPLE_DE = fi.iban_de('30550000', '93017455')              # Sparkasse Neuss
IBAN_EXAMPLE_GB = fi.iban_gb('BARC', '200415', '43817265')        # Barclays Manchester

BIK_ALFA = '044525593'
RS_SEVPUT = fi.ru_account(BIK_ALFA, '40702810002360004518')
KS_ALFA = fi.ru_corr_account(BIK_ALFA)

# Fraudulent (mule) accounts used in attacks
IBAN_A02 = fi.iban_lt('32500', '84163027715')                    # EMI, Lithuania
IBAN_A06 = fi.iban_de('10011001', '2741908')                      # neobank, Berlin
IBAN_A14 = fi.iban_pt('0033', '0000', '45391086205')              # Portugal
IBAN_A17 = fi.iban_it('03268', '22300', '052417365120')           # Banca Sella
IBAN_A22 = fi.iban_pl('109', '0014', '0000000152746618')         # Santander
IBAN_A25 = fi.iban_pl('114', '2004', '0000370211849562')         # mBank
UK_A13 = ('04-00-04', '71264408')                                 # Monzo
IBAN_A13 = fi.iban_gb('MONZ', '040004', '71264408')
UK_A13_OLD = ('20-32-53', '60418825')
BIK_A40 = '044525974'
RS_A40 = fi.ru_account(BIK_A40, '40702810110001483726')
KS_A40 = '30101810145250000974'                                # T-Bank correspondent account
INN_A40 = fi.ru_inn10('772870145')


def check_numbers():
    for k, v in list(globals().items()):
        if k.startswith('IBAN_'):
            assert fi.iban_valid(v), k
    assert fi.ru_account_valid(BIK_ALFA, RS_SEVPUT) and fi.ru_account_valid(BIK_A40, RS_A40)
    assert fi.ru_corr_valid(BIK_ALFA, KS_ALFA) and fi.ru_corr_valid(BIK_A40, KS_A40)
    return True

# ---------------------------------------------------------------- threads
# Message-IDs shared between genuine messages and the hijacked replies.
MID = {
    # Lieferant GmbH order thread (Markus Vogel <-> Stefan Maier)
    'lief_order': '<5e0c7d2a91b84f36a1d3c8e0f47b2a95@EXCH02.corp.example.com>',
    'lief_ab': '<FR2P281MB18437A1C0E93D44B2F61A0C8E5B9D2@FR2P281MB1843.deup281.prod.outlook.com>',
    'lief_vogel2': '<c41f0b9e27d34a8c9e5b1f60d2a7c384@EXCH02.corp.example.com>',
    # Partner Logistik advice-of-delivery thread (Michał Kowalczyk <-> Tadeusz Zieliński)
    'pl_awizo': '<8d2b4e61f0a94c7bb3e91d5c07a6f218@EXCH02.corp.example.com>',
    'pl_awizo_re': '<VI1PR07MB6271B3E0F58A4C19D7E2A04C6F1832@VI1PR07MB6271.eurprd07.prod.outlook.com>',
    'pl_awizo_re2': '<e7a19c3d05b64f2e8c41a9d3b6f0e527@EXCH02.corp.example.com>',
}
from infra import thread_index as _ti
from common import T as _T
TI = {  # Outlook Thread-Index roots for those threads
    'lief': _ti('thread-lief', _T(2026, 10, 20, 8, 4, 51)),
    'pl': _ti('thread-pl', _T(2026, 11, 16, 9, 12, 7)),
}
