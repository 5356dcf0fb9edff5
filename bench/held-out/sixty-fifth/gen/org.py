"""Example Group staff and correspondents."""
import codes

COMPANY = {
    'name': 'Example Group',
    'domains': ['example.com', 'examplegroup.eu'],
    'trade': 'Airport ground handling and aviation services (ramp and passenger handling, '
             'into-plane fuelling, cargo handling, aircraft maintenance support)',
    'hq': 'Frankfurt am Main (DE), Cargo City Süd',
    'mailboxes': 'about 700',
    'mx': 'mx01.example.com (Postfix), internal relay mail-int01.example.com [10.20.0.25] behind Exchange (EXCH01/EXCH02.corp.example.com)',
}

# key: (display name, address, office, role)
STAFF = {
    'ceo': ('Dr. Matthias Köhler', 'matthias.koehler@example.com', 'Frankfurt (HQ)', 'Chief Executive Officer'),
    'cfo': ('Sabine Würtz', 'sabine.wuertz@example.com', 'Frankfurt (HQ)', 'Chief Financial Officer'),
    'ap1': ('Jana Schröder', 'jana.schroeder@example.com', 'Frankfurt (HQ)', 'Accounts Payable (Kreditorenbuchhaltung)'),
    'ap2': ('Monika Hoffmann', 'monika.hoffmann@example.com', 'Frankfurt (HQ)', 'Accounts Payable clerk'),
    'hr': ('Katrin Weiß', 'katrin.weiss@example.com', 'Frankfurt (HQ)', 'HR & Payroll'),
    'it': ('Andreas Vogel', 'andreas.vogel@example.com', 'Frankfurt (HQ)', 'Head of IT'),
    'sec': ('Lukas Brandt', 'lukas.brandt@example.com', 'Frankfurt (HQ)', 'IT Security / Mail administrator'),
    'asst': ('Claudia Neumann', 'claudia.neumann@example.com', 'Frankfurt (HQ)', 'Assistant to the CEO'),
    'proc': ('Florian Groß', 'florian.gross@example.com', 'Frankfurt (HQ)', 'Procurement (Einkauf)'),
    'sales': ('Nina Albrecht', 'nina.albrecht@examplegroup.eu', 'Frankfurt (HQ)', 'Sales / Key Account Airlines'),
    'ops': ('Jörg Dietrich', 'joerg.dietrich@example.com', 'Frankfurt (HQ)', 'Head of Ground Operations'),
    'it_mgr': ('Giulia Ferraro', 'giulia.ferraro@example.com', 'Milano Malpensa (IT)', 'Office / Station Manager Italy'),
    'it_acc': ('Francesca De Luca', 'francesca.deluca@example.com', 'Milano Malpensa (IT)', 'Accountant Italy'),
    'pl_mgr': ('Michał Wójcik', 'michal.wojcik@example.com', 'Warszawa (PL)', 'Office / Station Manager Poland'),
    'pl_acc': ('Agnieszka Łęcka', 'agnieszka.lecka@example.com', 'Warszawa (PL)', 'Accountant Poland'),
    'es_mgr': ('Javier Muñoz', 'javier.munoz@example.com', 'Madrid-Barajas (ES)', 'Office / Station Manager Spain'),
    'es_acc': ('Lucía Fernández', 'lucia.fernandez@example.com', 'Madrid-Barajas (ES)', 'Accountant Spain'),
    'gr_mgr': ('Νίκος Παπαδόπουλος', 'nikos.papadopoulos@example.com', 'Athens (GR)', 'Office / Station Manager Greece'),
    'gr_acc': ('Ελένη Γεωργίου', 'eleni.georgiou@example.com', 'Athens (GR)', 'Accountant Greece'),
    'uk_mgr': ('James Whitfield', 'james.whitfield@examplegroup.eu', 'Manchester (UK)', 'Office / Station Manager UK'),
    'uk_acc': ('Rachel Owens', 'rachel.owens@examplegroup.eu', 'Manchester (UK)', 'Accountant UK'),
    'ru_mgr': ('Дмитрий Соколов', 'dmitry.sokolov@example.com', 'Moskva (RU)', 'Office Manager Russia'),
    'ru_acc': ('Ольга Кузнецова', 'olga.kuznetsova@example.com', 'Moskva (RU)', 'Accountant Russia (glavbukh)'),
    'tech': ('Ralf Zimmermann', 'ralf.zimmermann@example.com', 'Frankfurt (HQ)', 'Technical Manager, Maintenance Support'),
    'cargo': ('Stefanie Krämer', 'stefanie.kraemer@examplegroup.eu', 'Frankfurt (HQ)', 'Head of Cargo Handling'),
}


def S(k):
    return STAFF[k][0], STAFF[k][1]


# Bank accounts (valid check digits)
IBAN = {
    'lieferant_old': codes.iban_de('50040000', '0612345700'),     # Commerzbank Frankfurt
    'lieferant_new': codes.iban_de('50070010', '0097531100'),     # Deutsche Bank Frankfurt
    'lieferant_fraud': codes.iban_lt('32500', '40718822619'),     # LT e-money (mule)
    'example_de': codes.iban_de('50050201', '0200481516'),
    'ferretti': codes.iban_it('03069', '33240', '100000004712'),   # Intesa Sanpaolo
    'ferretti_fraud': codes.iban_it('36772', '22300', 'EM0001182931'),
    'partner_pl': codes.iban_pl('1020105', '5500000102030405'),    # PKO BP
    'partner_fraud': codes.iban_pl('1140200', '4000380271930011'),  # mBank
    'iberlog': codes.iban_es('0049', '1840', '2310248517'),        # Santander
    'iberlog_fraud': codes.iban_es('2100', '5731', '0200871266'),
    'northern': codes.iban_gb('NWBK', '010510', '28471150'),
    'northern_fraud': codes.iban_gb('MONZ', '040004', '73810029'),
    'hellas': codes.iban_gr('017', '0172', '0000472004718351'),    # Piraeus
    'hellas_fraud': codes.iban_gr('026', '0201', '0000810200771204'),
    'aviocarb': codes.iban_it('02008', '01600', '000105558123'),
    'aerofuel': codes.iban_de('50010517', '5403377201'),
    'gse': codes.iban_de('60050101', '0002934855'),
    'register_scam': codes.iban_lt('32700', '10065524813'),
    'catering': codes.iban_es('0182', '2370', '4102015432'),
}

RU = {
    'aerotech': {'bik': '044525225', 'bank': 'ПАО Сбербанк, г. Москва', 'corr': '30101810400000000225',
                 'acct': codes.ru_account('044525225', '40702810038000104127'), 'inn': codes.ru_inn10('771543210'), 'kpp': '771501001'},
    'aerotech_fraud': {'bik': '044525974', 'bank': 'АО «ТБанк», г. Москва', 'corr': codes.ru_account('044525974', '30101810145250000974', corr=True),
                       'acct': codes.ru_account('044525974', '40702810010001882736'), 'inn': codes.ru_inn10('772891034'), 'kpp': '772801001'},
    'example_ru': {'bik': '044525593', 'bank': 'АО «Альфа-Банк», г. Москва', 'corr': codes.ru_account('044525593', '30101810200000000593', corr=True),
                   'acct': codes.ru_account('044525593', '40702810001300021884'), 'inn': codes.ru_inn10('770312345'), 'kpp': '770301001'},
}


def check_all():
    for k, v in IBAN.items():
        assert codes.iban_valid(v), k
    for k, v in RU.items():
        assert codes.ru_account_valid(v['bik'], v['acct']), k
        assert codes.ru_account_valid(v['bik'], v['corr'], corr=True), k
    return True


CORRESPONDENTS = [
    # (organisation, country, role, people/addresses)
    ('Lieferant GmbH', 'DE', 'Supplier: GSE spare parts, de-icing fluid, ramp consumables',
     'Stefan Maier <s.maier@lieferant-gmbh.de>, Petra Lang <p.lang@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>'),
    ('Ferretti Trasporti S.p.A.', 'IT', 'Road carrier (road feeder service MXP/LIN - FRA)',
     'Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>'),
    ('Partner Logistik sp. z o.o.', 'PL', 'Logistics partner, cargo trucking WAW - FRA',
     'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>'),
    ('GSE Technik Weber GmbH', 'DE', 'Supplier: ground support equipment service (tugs, belt loaders)',
     'Uwe Hartmann <u.hartmann@gse-technik-weber.de>'),
    ('AeroFuel Services GmbH', 'DE', 'Jet A-1 supplier for into-plane fuelling',
     'Debitorenbuchhaltung <debitoren@aerofuel-services.de>, Kerstin Brenner <k.brenner@aerofuel-services.de>'),
    ('Rauch & Partner mbB', 'DE', 'Tax advisers (newsletter via CleverReach)', '<mandanteninfo@rauch-partner.de>'),
    ('Alpina Air AG', 'CH/EU', 'Customer airline (handling contract FRA, MXP)',
     'Anna Keller <anna.keller@alpina-air.com>, Mark Brunner <mark.brunner@alpina-air.com>'),
    ('Northern Airside Services Ltd', 'UK', 'Supplier: aircraft cabin cleaning, MAN', 'Accounts <accounts@northernairside.co.uk>, Gary Holt <gary.holt@northernairside.co.uk>'),
    ('SkyBaltic Airlines', 'PL/LV', 'Customer airline (WAW handling)', 'Karolina Nowak <k.nowak@skybaltic.pl>'),
    ('Trans-Kargo (one-man carrier)', 'PL', 'Subcontracted truck driver', 'Paweł Kowalczyk <pawel.kowalczyk84@wp.pl>'),
    ('Aviocarburanti Nord S.r.l.', 'IT', 'Jet fuel distributor MXP', 'Luca Marchetti <l.marchetti@aviocarburanti-nord.it>, <fatturazione@aviocarburanti-nord.it>'),
    ('Studio Commercialista Rota', 'IT', 'Tax adviser Italy', 'Dott. Paolo Rota <p.rota@studiorota.it>'),
    ('Transportes Iberlogística S.L.', 'ES', 'Road carrier MAD - BCN - FRA', 'María Ortega <m.ortega@iberlogistica.es>, <facturacion@iberlogistica.es>'),
    ('Catering Aéreo Levante S.A.', 'ES', 'Customer (in-flight catering, ramp services)', 'Sergio Vidal <s.vidal@cateringlevante.es>'),
    ('Hellas Air Cargo Handling Α.Ε.', 'GR', 'Cargo handling subcontractor ATH', 'Γιώργος Δημητρίου <g.dimitriou@hellas-aircargo.gr>, <logistirio@hellas-aircargo.gr>'),
    ('Λογιστικό Γραφείο Καραγιάννη', 'GR', 'External accountant Greece', 'Μαρία Καραγιάννη <m.karagianni@karagianni-logistiki.gr>'),
    ('Σταύρος Αντωνίου (ΑΝΤΩΝΙΟΥ ΕΠΕ)', 'GR', 'Small supplier (cleaning chemicals), consumer mail', '<antoniou.st@otenet.gr>'),
    ('ООО «АэроТехСнаб»', 'RU', 'Supplier: GSE spare parts Moscow', 'Сергей Морозов <s.morozov@aerotechsnab.ru>, <buh@aerotechsnab.ru>'),
    ('ИП Лебедева (bookkeeping contractor)', 'RU', 'Outsourced bookkeeping, consumer mail', 'Ирина Лебедева <irina.lebedeva.buh@yandex.ru>'),
    ('Private mailboxes of staff', '-', 'Genuine staff writing from home',
     'Monika Hoffmann <monika.hoffmann71@gmx.de>, Giulia Ferraro <giulia.ferraro@libero.it>, Lucía Fernández <luciafdez.mad@gmail.com>'),
    ('Newsletters', '-', 'Subscribed', 'GroundOps Briefing <news@groundops-briefing.com> (Mailchimp), Handling Ibérico <boletin@handlingiberico.es> (Brevo)'),
    ('Services', '-', 'Real platforms', 'DocuSign (dse@eumail.docusign.net), Microsoft, Google, GitHub, Yandex ID, PayPal'),
]
