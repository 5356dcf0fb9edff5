"""Example Group: staff, offices and correspondents."""

COMPANY = {
    'name': 'Example Group',
    'legal': 'Example Group GmbH (holding), with national subsidiaries',
    'trade': 'Real-estate property management: office buildings, residential blocks, tenants, '
             'service-charge (Nebenkosten) accounting, facility management and lettings',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'mx': 'mx01.example.com (Postfix) - inbound MX and filtering gateway',
    'relay': 'mail-int01.example.com [10.20.0.25] - internal Postfix relay between Exchange 2019 (EXMB01/EXMB02.corp.example.com) and mx01',
}

OFFICES = [
    ('HQ', 'Frankfurt am Main, Germany', 'Mainzer Landstra\u00dfe 180, 60327 Frankfurt am Main'),
    ('IT', 'Milan, Italy', 'Via Vittor Pisani 16, 20124 Milano'),
    ('PL', 'Warsaw, Poland', 'ul. Chmielna 73, 00-801 Warszawa'),
    ('ES', 'Madrid, Spain', 'Calle de Orense 34, 28020 Madrid'),
    ('GR', 'Athens, Greece', '\u039b\u03b5\u03c9\u03c6. \u039a\u03b7\u03c6\u03b9\u03c3\u03af\u03b1\u03c2 44, 151 25 \u039c\u03b1\u03c1\u03bf\u03cd\u03c3\u03b9'),
    ('UK', 'London, United Kingdom', '25 Eastcheap, London EC3M 1DE'),
    ('RU', 'St Petersburg, Russia', '\u0443\u043b. \u0421\u0430\u0434\u043e\u0432\u0430\u044f, \u0434. 26, \u0421\u0430\u043d\u043a\u0442-\u041f\u0435\u0442\u0435\u0440\u0431\u0443\u0440\u0433, 191023'),
]

# key: (display name, address, office, role)
STAFF = {
    'ceo': ('J\u00fcrgen H\u00f6fer', 'juergen.hoefer@example.com', 'Frankfurt (HQ)', 'Chief Executive Officer'),
    'cfo': ('Sabine Kr\u00fcger', 'sabine.krueger@example.com', 'Frankfurt (HQ)', 'Chief Financial Officer'),
    'ap': ('Monika Wei\u00df', 'monika.weiss@example.com', 'Frankfurt (HQ)', 'Accounts Payable (Kreditorenbuchhaltung)'),
    'ar': ('Thomas Becker', 'thomas.becker@example.com', 'Frankfurt (HQ)', 'Accounts Receivable & Service-Charge Accounting'),
    'treasury': ('Tobias Kr\u00e4mer', 'tobias.kraemer@example.com', 'Frankfurt (HQ)', 'Group Treasury'),
    'hr': ('Katrin Sch\u00e4fer', 'katrin.schaefer@example.com', 'Frankfurt (HQ)', 'HR & Payroll'),
    'it': ('Markus Brandt', 'markus.brandt@example.com', 'Frankfurt (HQ)', 'Head of IT'),
    'sec': ('Daniel Vogt', 'daniel.vogt@example.com', 'Frankfurt (HQ)', 'IT Security & Mail Administrator'),
    'assist': ('Julia Neumann', 'julia.neumann@example.com', 'Frankfurt (HQ)', 'Assistant to the CEO'),
    'proc': ('Oliver Franke', 'oliver.franke@example.com', 'Frankfurt (HQ)', 'Procurement'),
    'sales': ('Lena Hartmann', 'lena.hartmann@examplegroup.eu', 'Frankfurt (HQ)', 'Sales & Leasing (Vermietung)'),
    'de_mgr': ('Frank Dietrich', 'frank.dietrich@example.com', 'Frankfurt (HQ)', 'Office Manager Frankfurt / Head of Property Management DE'),
    'pm': ('Anja K\u00f6hler', 'anja.koehler@example.com', 'Frankfurt (HQ)', 'Property Manager'),
    'it_mgr': ('Giulia Rossi', 'giulia.rossi@example.com', 'Milan', 'Office Manager Italy'),
    'it_acc': ('Marco Bianchi', 'marco.bianchi@example.com', 'Milan', 'Accountant Italy'),
    'pl_mgr': ('Agnieszka W\u00f3jcik', 'agnieszka.wojcik@example.com', 'Warsaw', 'Office Manager Poland'),
    'pl_acc': ('Pawe\u0142 \u0141ukasik', 'pawel.lukasik@example.com', 'Warsaw', 'Accountant Poland'),
    'es_mgr': ('Carmen Ruiz Navarro', 'carmen.ruiz@example.com', 'Madrid', 'Office Manager Spain'),
    'es_acc': ('Javier Mu\u00f1oz', 'javier.munoz@example.com', 'Madrid', 'Accountant Spain'),
    'gr_mgr': ('Dimitris Papadopoulos', 'dimitris.papadopoulos@example.com', 'Athens', 'Office Manager Greece'),
    'gr_acc': ('Eleni Georgiou', 'eleni.georgiou@example.com', 'Athens', 'Accountant Greece'),
    'uk_mgr': ('James Whitfield', 'james.whitfield@examplegroup.eu', 'London', 'Office Manager UK'),
    'uk_acc': ('Priya Sharma', 'priya.sharma@example.com', 'London', 'Accountant UK'),
    'ru_mgr': ('Alexei Smirnov', 'alexei.smirnov@example.com', 'St Petersburg', 'Office Manager Russia'),
    'ru_acc': ('Olga Kuznetsova', 'olga.kuznetsova@examplegroup.eu', 'St Petersburg', 'Accountant Russia'),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# correspondents: (organisation, country, role, [(name, address)])
CORRESPONDENTS = [
    ('Lieferant GmbH, K\u00f6ln', 'DE', 'Supplier of building-services spare parts (heating, sanitary, lighting) and facility consumables',
     [('Stefan Maier', 's.maier@lieferant-gmbh.de'), ('Petra Lang', 'p.lang@lieferant-gmbh.de'),
      ('Buchhaltung', 'rechnungen@lieferant-gmbh.de')]),
    ('Ferretti Trasporti S.p.A., Bergamo', 'IT', 'Road carrier: office relocations, furniture and materials deliveries for the Italian portfolio',
     [('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), ('Amministrazione', 'amministrazione@ferretti-trasporti.it')]),
    ('Partner Logistik sp. z o.o., Pozna\u0144', 'PL', 'Logistics partner: archive and furniture storage, deliveries for Polish properties',
     [('Tadeusz Zieli\u0144ski', 't.zielinski@partner-logistik.pl'), ('Ksi\u0119gowo\u015b\u0107', 'ksiegowosc@partner-logistik.pl')]),
    ('Dr. Ingrid Vogel', 'DE', 'Residential tenant, Frankfurt-Sachsenhausen (consumer mail)', [('Dr. Ingrid Vogel', 'ingrid.vogel@t-online.de')]),
    ('Hoffmann & Partner Rechtsanw\u00e4lte PartG mbB', 'DE', 'Commercial tenant (law firm), sends lease addenda through DocuSign',
     [('Dr. Martin Hoffmann', 'm.hoffmann@hoffmann-partner-ra.de')]),
    ('Carter Bramwell LLP', 'UK', 'Conveyancing solicitors acting for Example Group UK',
     [('Helen Carter', 'h.carter@carterbramwell.co.uk')]),
    ('EuroFM Insider', 'EU', 'Facility-management trade newsletter (Mailchimp), subscribed by IT/Property',
     [('EuroFM Insider', 'news@eurofm-insider.com')]),
    ('Whitcombe Plumbing & Heating Ltd', 'UK', 'Maintenance contractor, London portfolio (mailbox compromised in attack 10)',
     [('Accounts', 'accounts@whitcombeplumbing.co.uk')]),
    ('Hale & Whitmore Chartered Surveyors', 'UK', 'Valuers (Google Workspace; account compromised in attack 11)',
     [('Marcus Hale', 'm.hale@halewhitmore.co.uk')]),
    ('Edilizia Lombarda S.r.l.', 'IT', 'Building maintenance contractor, Milan', [('Amministrazione', 'amministrazione@edilizialombarda.it')]),
    ('Roberto Esposito', 'IT', 'Residential tenant, Milano (consumer mail)', [('Roberto Esposito', 'roberto.esposito@libero.it')]),
    ('Termo-Serwis Kowalski sp.j.', 'PL', 'HVAC service contractor, Warsaw (mailbox compromised in attack 25)', [('Biuro', 'biuro@termoserwis-kowalski.pl')]),
    ('Magdalena Nowak', 'PL', 'Residential tenant, Warszawa (consumer mail)', [('Magdalena Nowak', 'magda.nowak@wp.pl')]),
    ('Portal Ksi\u0119gowych', 'PL', 'Accounting newsletter (Mailjet), subscribed by the Warsaw accountant', [('Portal Ksi\u0119gowych', 'newsletter@portalksiegowych.pl')]),
    ('Mantenimientos Integrales Levante S.L.', 'ES', 'Building maintenance contractor, Madrid/Valencia',
     [('Vicente Soler', 'v.soler@milevante.es'), ('Administraci\u00f3n', 'administracion@milevante.es')]),
    ('Luc\u00eda Fern\u00e1ndez', 'ES', 'Residential tenant, Madrid (consumer mail)', [('Luc\u00eda Fern\u00e1ndez', 'lucia.fernandez@hotmail.es')]),
    ('Mart\u00edn & Gil Asesores', 'ES', 'Tax advisers (VAT returns) of the Spanish subsidiary', [('Departamento Fiscal', 'fiscal@martingil-asesores.es')]),
    ('Grupo Ib\u00e9rica Distribuci\u00f3n S.L.', 'ES', 'Commercial tenant, Madrid', [('Asesor\u00eda Jur\u00eddica', 'legal@iberica-distribucion.es')]),
    ('\u038c\u03bb\u03c5\u03bc\u03c0\u03bf\u03c2 \u039a\u03b1\u03b8\u03b1\u03c1\u03b9\u03c3\u03bc\u03bf\u03af \u0395\u03a0\u0395', 'GR', 'Cleaning contractor, Athens portfolio', [('\u038c\u03bb\u03c5\u03bc\u03c0\u03bf\u03c2 \u039a\u03b1\u03b8\u03b1\u03c1\u03b9\u03c3\u03bc\u03bf\u03af', 'info@olympos-cleaning.gr')]),
    ('\u039b\u03bf\u03b3\u03b9\u03c3\u03c4\u03b9\u03ba\u03cc \u0393\u03c1\u03b1\u03c6\u03b5\u03af\u03bf \u039a\u03b1\u03c1\u03b1\u03b3\u03b9\u03ac\u03bd\u03bd\u03b7', 'GR', 'External accountant / tax adviser of the Greek subsidiary',
     [('\u039a\u03ce\u03c3\u03c4\u03b1\u03c2 \u039a\u03b1\u03c1\u03b1\u03b3\u03b9\u03ac\u03bd\u03bd\u03b7\u03c2', 'k.karagiannis@karagiannis-logistiki.gr')]),
    ('\u039d\u03af\u03ba\u03bf\u03c2 \u0391\u03bb\u03b5\u03be\u03af\u03bf\u03c5', 'GR', 'Residential tenant, Athens (consumer mail)', [('\u039d\u03af\u03ba\u03bf\u03c2 \u0391\u03bb\u03b5\u03be\u03af\u03bf\u03c5', 'n.alexiou@otenet.gr')]),
    ('\u041e\u041e\u041e \u00ab\u0421\u0435\u0432\u0435\u0440\u0421\u0442\u0440\u043e\u0439\u0421\u0435\u0440\u0432\u0438\u0441\u00bb', 'RU', 'Building maintenance contractor, St Petersburg', [('\u0411\u0443\u0445\u0433\u0430\u043b\u0442\u0435\u0440\u0438\u044f', 'buh@severstroyservice.ru')]),
    ('\u0418\u0440\u0438\u043d\u0430 \u0412\u043e\u043b\u043a\u043e\u0432\u0430', 'RU', 'Residential tenant, St Petersburg (consumer mail)', [('\u0418\u0440\u0438\u043d\u0430 \u0412\u043e\u043b\u043a\u043e\u0432\u0430', 'irina.volkova@yandex.ru')]),
]

# private addresses of staff that appear in genuine mail
STAFF_PRIVATE = [
    ('Anja K\u00f6hler', 'anja.koehler@gmx.de', 'private GMX address (sick note, business 05)'),
    ('James Whitfield', 'james.whitfield84@gmail.com', 'private Gmail (broken laptop, business 15)'),
    ('Eleni Georgiou', 'eleni.georgiou.ath@gmail.com', 'private Gmail (sick leave, business 36)'),
]
