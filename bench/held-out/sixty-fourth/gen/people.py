"""Example Group staff and correspondents."""
import unicodedata

TRANS = {'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'ł': 'l', 'ı': 'i', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue'}

def translit(s):
    s = ''.join(TRANS.get(c, c) for c in s)
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()

def mk(name, office, role, domain='example.com', latin=None):
    first, last = (latin or name).split(' ', 1)
    a = '%s.%s@%s' % (translit(first).lower(), translit(last).lower().replace(' ', '-'), domain)
    return (name, a, office, role)

_S = [
    ('ceo', 'Jürgen Böhm', 'München (HQ)', 'CEO / Geschäftsführer', None, None),
    ('cfo', 'Katrin Weiß', 'München (HQ)', 'CFO', None, None),
    ('ap', 'Sabine Krüger', 'München (HQ)', 'Accounts payable (Kreditorenbuchhaltung)', None, None),
    ('treasury', 'Stefanie Schröder', 'München (HQ)', 'Accounts payable / treasury', None, None),
    ('hr', 'Monika Schäfer', 'München (HQ)', 'HR / payroll (Personal & Lohn)', None, None),
    ('it', 'Thomas Müller', 'München (HQ)', 'Head of IT', None, None),
    ('sec', 'Lukas Hoffmann', 'München (HQ)', 'IT security / mail administrator', None, None),
    ('helpdesk', 'Emre Yılmaz', 'München (HQ)', 'IT helpdesk', None, None),
    ('assist', 'Anja Günther', 'München (HQ)', 'Assistant to the CEO', None, None),
    ('proc', 'Markus Vogel', 'München (HQ)', 'Procurement (Einkauf)', None, None),
    ('sales', 'Julia Neumann', 'München (HQ)', 'Sales, contract catering', None, None),
    ('kitchen', 'Frank Zimmermann', 'München (HQ)', 'Head of central kitchen (Zentralküche Garching)', None, None),
    ('it_mgr', 'Giulia Ferraro', 'Milano', 'Office manager Italia', None, None),
    ('it_acc', 'Davide Russo', 'Milano', 'Accountant Italia', 'examplegroup.eu', None),
    ('pl_mgr', 'Agnieszka Wójcik', 'Wrocław', 'Office manager Polska', None, None),
    ('pl_acc', 'Paweł Kowalczyk', 'Wrocław', 'Accountant Polska (księgowy)', None, None),
    ('pl_hr', 'Ewa Dąbrowska', 'Wrocław', 'HR Polska', None, None),
    ('es_mgr', 'Lucía Fernández', 'Barcelona', 'Office manager España', None, None),
    ('es_acc', 'Javier Ortega', 'Barcelona', 'Accountant España', 'examplegroup.eu', None),
    ('es_sales', 'Sofía Núñez', 'Barcelona', 'Sales España', None, None),
    ('gr_mgr', 'Δημήτρης Παπαδόπουλος', 'Θεσσαλονίκη / Thessaloniki', 'Office manager Greece', None, 'Dimitris Papadopoulos'),
    ('gr_acc', 'Ελένη Γεωργίου', 'Θεσσαλονίκη / Thessaloniki', 'Accountant Greece', None, 'Eleni Georgiou'),
    ('uk_mgr', 'Oliver Bennett', 'Manchester', 'Office manager UK', None, None),
    ('uk_acc', 'Sarah Collins', 'Manchester', 'Accountant UK', None, None),
    ('ru_mgr', 'Андрей Соколов', 'Санкт-Петербург / Saint Petersburg', 'Office manager Russia', None, 'Andrei Sokolov'),
    ('ru_acc', 'Ольга Васильева', 'Санкт-Петербург / Saint Petersburg', 'Accountant Russia (главный бухгалтер)', 'examplegroup.eu', 'Olga Vasileva'),
]

S = {}
ORDER = []
for key, name, office, role, dom, latin in _S:
    S[key] = mk(name, office, role, dom or 'example.com', latin)
    ORDER.append(key)

def who(key):
    return S[key][:2]

# Correspondents: (name, address, organisation, country, role)
C = {
    'maier': ('Stefan Maier', 's.maier@lieferant-gmbh.de'),
    'lang': ('Petra Lang', 'p.lang@lieferant-gmbh.de'),
    'lief_buch': ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'),
    'colombo': ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'),
    'ferretti_amm': ('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'),
    'zielinski': ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'),
    'pl_ksieg': ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'),
    'bertolini': ('Marco Bertolini', 'm.bertolini@caseificiovalpadana.it'),
    'ruiz': ('Carmen Ruiz', 'c.ruiz@aceitesdelsur.es'),
    'aceites_adm': ('Aceites del Sur - Administración', 'administracion@aceitesdelsur.es'),
    'gil': ('Raúl Gil', 'r.gil@transportesgil.es'),
    'marin': ('Asesoría Marín - Nuria Marín', 'nuria.marin@asesoriamarin.es'),
    'colegio': ('Colegio Santa Teresa - Secretaría', 'secretaria@colegiosantateresa.es'),
    'hartmann': ('Ralf Hartmann', 'r.hartmann@technopark-sued.de'),
    'brandt': ('Melanie Brandt', 'melanie.brandt@gmx.de'),
    'huber': ('Gastro-Technik Huber Kundendienst', 'service@gastrotechnik-huber.de'),
    'mazur': ('Hurtownia Mięsa Mazur', 'biuro@mazur-mieso.pl'),
    'nikolaidis': ('Νικολαΐδης Τρόφιμα - Λογιστήριο', 'logistirio@nikolaidis-foods.gr'),
    'mavridis': ('Γιάννης Μαυρίδης', 'gmavridis@otenet.gr'),
    'transhellas': ('Κώστας Αντωνίου', 'k.antoniou@transhellas.gr'),
    'sever': ('ООО «СеверПродукт» бухгалтерия', 'buh@severprodukt.ru'),
    'kuznetsova': ('Ирина Кузнецова', 'irina.kuznetsova84@yandex.ru'),
    'northern': ('Northern Foodservice Ltd - Credit Control', 'creditcontrol@northernfoodservice.co.uk'),
    'pennine': ('Hannah Whitaker', 'h.whitaker@penninebiotech.co.uk'),
    'galli': ('Luca Galli', 'l.galli@brianzatech.it'),
}

CORR_TABLE = [
    ('Lieferant GmbH', 'DE', 'Food & beverage wholesaler, dry goods and chilled products for all German sites',
     'Stefan Maier <s.maier@lieferant-gmbh.de>, Petra Lang <p.lang@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>'),
    ('Ferretti Trasporti S.p.A.', 'IT', 'Road carrier (temperature-controlled) for the Italian sites',
     'Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>'),
    ('Partner Logistik sp. z o.o.', 'PL', 'Logistics partner, cross-dock Wrocław',
     'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>'),
    ('Caseificio Valpadana S.r.l.', 'IT', 'Dairy supplier (mozzarella, grana)', 'Marco Bertolini <m.bertolini@caseificiovalpadana.it>'),
    ('Brianza Tech S.p.A.', 'IT', 'Customer: company canteen in Monza', 'Luca Galli <l.galli@brianzatech.it>'),
    ('Aceites del Sur S.L.', 'ES', 'Olive oil supplier (Jaén)', 'Carmen Ruiz <c.ruiz@aceitesdelsur.es>, <administracion@aceitesdelsur.es>'),
    ('Transportes Hermanos Gil S.L.', 'ES', 'Refrigerated carrier, Catalonia', 'Raúl Gil <r.gil@transportesgil.es>'),
    ('Asesoría Marín', 'ES', 'Tax advisor (gestoría) of the Spanish office', 'Nuria Marín <nuria.marin@asesoriamarin.es>'),
    ('Colegio Santa Teresa', 'ES', 'Customer: school canteen, Barcelona', '<secretaria@colegiosantateresa.es>'),
    ('Technopark Süd AG', 'DE', 'Customer: company canteen in Garching', 'Ralf Hartmann <r.hartmann@technopark-sued.de>'),
    ('Melanie Brandt (parent)', 'DE', 'Parent of a pupil at a school served by Example Group', '<melanie.brandt@gmx.de>'),
    ('Gastro-Technik Huber GmbH', 'DE', 'Kitchen equipment service', '<service@gastrotechnik-huber.de>'),
    ('Hurtownia Mięsa Mazur sp.j.', 'PL', 'Meat wholesaler', '<biuro@mazur-mieso.pl>'),
    ('Νικολαΐδης Τρόφιμα Α.Ε. (Nikolaidis Foods S.A.)', 'GR', 'Food supplier (feta, olives)', '<logistirio@nikolaidis-foods.gr>'),
    ('Trans Hellas Μεταφορική', 'GR', 'Carrier, Northern Greece', 'Κώστας Αντωνίου <k.antoniou@transhellas.gr>'),
    ('Γιάννης Μαυρίδης (private customer)', 'GR', 'Event catering customer', '<gmavridis@otenet.gr>'),
    ('ООО «СеверПродукт»', 'RU', 'Food supplier, St Petersburg', '<buh@severprodukt.ru>'),
    ('Ирина Кузнецова (event customer)', 'RU', 'Private customer for event catering', '<irina.kuznetsova84@yandex.ru>'),
    ('Northern Foodservice Ltd', 'UK', 'Foodservice wholesaler, Greater Manchester', '<creditcontrol@northernfoodservice.co.uk>'),
    ('Pennine Biotech Ltd', 'UK', 'Customer: staff restaurant, Manchester', 'Hannah Whitaker <h.whitaker@penninebiotech.co.uk>'),
]
