"""Staff of Example Group and business correspondents."""
# key: (full name, address, office, role)
STAFF = {
    'ceo': ('Markus Brandt', 'markus.brandt@example.com', 'Frankfurt (HQ, DE)', 'Chief Executive Officer'),
    'cfo': ('Claudia Wendel', 'claudia.wendel@example.com', 'Frankfurt (HQ, DE)', 'Chief Financial Officer'),
    'ap1': ('Jana Köhler', 'jana.koehler@example.com', 'Frankfurt (HQ, DE)', 'Accounts Payable (Kreditorenbuchhaltung)'),
    'ap2': ('Tobias Richter', 'tobias.richter@example.com', 'Frankfurt (HQ, DE)', 'Accounts Payable / Treasury'),
    'hr': ('Sabine Hartmann', 'sabine.hartmann@example.com', 'Frankfurt (HQ, DE)', 'Head of HR & Payroll'),
    'it': ('Felix Neumann', 'felix.neumann@example.com', 'Frankfurt (HQ, DE)', 'Head of IT'),
    'sec': ('Lukas Becker', 'lukas.becker@examplegroup.eu', 'Frankfurt (HQ, DE)', 'IT Security / Mail Administrator'),
    'sales': ('Anna Schulz', 'anna.schulz@example.com', 'Frankfurt (HQ, DE)', 'Key Account Manager Hospitals'),
    'om': ('Monika Vogel', 'monika.vogel@example.com', 'Frankfurt (HQ, DE)', 'Office Manager / Assistant to the CEO'),
    'buy': ('Thomas Krüger', 'thomas.krueger@example.com', 'Frankfurt (HQ, DE)', 'Head of Procurement (Einkauf)'),
    'qa': ('Petra Lang', 'petra.lang@example.com', 'Frankfurt (HQ, DE)', 'Quality / GDP Responsible Person'),
    'it_om': ('Giulia Romano', 'giulia.romano@example.com', 'Milano (IT)', 'Office Manager Italy'),
    'it_acc': ('Marco Bianchi', 'marco.bianchi@example.com', 'Milano (IT)', 'Accounting Italy'),
    'it_sales': ('Francesca Greco', 'francesca.greco@examplegroup.eu', 'Milano (IT)', 'Sales Italy (pharmacies)'),
    'pl_acc': ('Katarzyna Nowak', 'katarzyna.nowak@example.com', 'Poznań (PL)', 'Accounting Poland (Księgowość)'),
    'pl_om': ('Piotr Wiśniewski', 'piotr.wisniewski@example.com', 'Poznań (PL)', 'Office & Warehouse Manager Poland'),
    'es_acc': ('Lucía Fernández', 'lucia.fernandez@example.com', 'Madrid (ES)', 'Accounting & Payroll Spain'),
    'es_om': ('Javier Morales', 'javier.morales@example.com', 'Madrid (ES)', 'Office Manager / Sales Spain'),
    'gr_acc': ('Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'Athens (GR)', 'Accounting Greece'),
    'gr_om': ('Nikos Georgiou', 'nikos.georgiou@example.com', 'Athens (GR)', 'Office Manager / Sales Greece'),
    'uk_om': ('James Whitfield', 'james.whitfield@example.com', 'Birmingham (UK)', 'UK Office Manager & Responsible Person (WDA)'),
    'uk_acc': ('Sarah Collins', 'sarah.collins@example.com', 'Birmingham (UK)', 'Accounts UK'),
    'ru_om': ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'Moscow (RU)', 'Office Manager Russia'),
    'ru_acc': ('Olga Ivanova', 'olga.ivanova@example.com', 'Moscow (RU)', 'Chief Accountant Russia'),
    'ru_sales': ('Natalia Smirnova', 'natalia.smirnova@examplegroup.eu', 'Moscow (RU)', 'Sales Russia (pharmacy chains)'),
}


def P(k):
    return STAFF[k][0], STAFF[k][1]


CORRESPONDENTS = [
    ('Lieferant GmbH (DE, manufacturer of medical consumables)', 'Stefan Maier <s.maier@lieferant-gmbh.de>; Buchhaltung <rechnungen@lieferant-gmbh.de>', 'genuine supplier'),
    ('Ferretti Trasporti S.p.A. (IT, temperature-controlled road transport)', 'Chiara Colombo <c.colombo@ferretti-trasporti.it>; <amministrazione@ferretti-trasporti.it>', 'genuine carrier'),
    ('Partner Logistik sp. z o.o. (PL, warehousing and distribution)', 'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>; <ksiegowosc@partner-logistik.pl>', 'genuine logistics partner'),
    ('Laboratorios Almeda S.L. (ES, generics manufacturer)', 'Marta Ruiz <marta.ruiz@laboratoriosalmeda.es>; <facturacion@laboratoriosalmeda.es>', 'genuine supplier'),
    ('Transportes Frigoríficos Ebro S.L. (ES, cold-chain carrier)', '<cobros@tfebro.es>', 'genuine carrier'),
    ('Apotheke am Rathaus (DE, customer pharmacy)', 'Dr. Ulrike Brenner <info@apotheke-am-rathaus-offenbach.de>', 'customer'),
    ('Farmacia Centrale Dr. Lombardi (IT, customer pharmacy)', '<farmaciacentrale.lombardi@libero.it>', 'customer'),
    ('Apteka Pod Orłem (PL, customer pharmacy)', 'mgr farm. Joanna Kaczmarek <apteka@podorlem-apteka.pl>', 'customer'),
    ('Farmacia Sanz Gil (ES, customer pharmacy)', 'Rosa Sanz <farmacia@farmaciasanzgil.es>', 'customer'),
    ('Hospital Universitario Sierra Norte (ES, hospital pharmacy)', 'Servicio de Farmacia <farmacia.compras@hsierranorte.es>', 'customer'),
    ('Wrekin Valley Healthcare NHS Trust (UK, hospital pharmacy)', 'Priya Raman <priya.raman@wrekinvalley-tr.nhs.uk>', 'customer'),
    ('Medisafe Consumables Ltd (UK, supplier)', '<accounts@medisafe-consumables.co.uk>', 'genuine supplier'),
    ('Φαρμακείο Κωνσταντίνου (GR, customer pharmacy)', '<farmakeio.konstantinou@otenet.gr>', 'customer'),
    ('Γενικό Νοσοκομείο Αττικής «Άγιος Ανδρέας» (GR, hospital)', 'Τμήμα Οικονομικού <oikonomiko@gna-agandreas.gr>', 'customer'),
    ('Hellas Cold Logistics Α.Ε. (GR, carrier)', '<logistirio@hellascold.gr>', 'genuine carrier'),
    ('ООО «ФармаТрансЛогистик» (RU, carrier)', '<buh@pharmatranslog.ru>', 'genuine carrier'),
    ('Аптечная сеть «Здоровье Плюс» (RU, customer chain)', 'Закупки <zakupki@zdorovie-plus.ru>', 'customer'),
]
