"""Example Group: company, offices, staff, correspondents."""
import banking as B

COMPANY = {
    'name': 'Example Group',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'trade': 'car rental and fleet leasing (short-term rental stations, long-term full-service leasing for '
             'corporate fleets, used-car remarketing)',
    'mx': 'mx01.example.com (Postfix), inbound MX for both domains',
    'relay': 'mail-int01.example.com [10.20.0.25], internal relay behind on-premises Exchange 2019 '
             '(EXCH01/EXCH02.corp.example.com, 10.20.1.11/10.20.1.12)',
}

OFFICES = {
    'DUS': ('Düsseldorf, Germany (HQ)', 'Example Group GmbH, Speditionstraße 21, 40221 Düsseldorf'),
    'MIL': ('Milano, Italy', 'Example Group Italia S.r.l., Via Gallarate 184, 20151 Milano'),
    'WRO': ('Wrocław, Poland', 'Example Group Polska sp. z o.o., ul. Legnicka 48, 54-202 Wrocław'),
    'MAD': ('Madrid, Spain', 'Example Group Iberia S.L., Calle de Julián Camarillo 29, 28037 Madrid'),
    'ATH': ('Athens, Greece', 'Example Group Hellas Μ.Α.Ε., Λεωφ. Βουλιαγμένης 128, 166 74 Γλυφάδα'),
    'BHX': ('Birmingham, United Kingdom', 'Example Group UK Ltd, 2 Brindley Place, Birmingham B1 2JB'),
    'MOW': ('Moscow, Russia', 'ООО «Экзампл Груп Рус», ул. Новослободская, д. 23, Москва 127055'),
}

# key: (display name, address, office, role)
STAFF = {
    'ceo': ('Matthias Brückner', 'matthias.brueckner@example.com', 'DUS', 'CEO (Vorsitzender der Geschäftsführung)'),
    'cfo': ('Claudia Hoffmann', 'claudia.hoffmann@example.com', 'DUS', 'CFO'),
    'treas': ('Sebastian Ludwig', 'sebastian.ludwig@example.com', 'DUS', 'Treasury & controlling'),
    'ap': ('Jörg Weißenfels', 'joerg.weissenfels@example.com', 'DUS', 'Head of accounts payable (Kreditorenbuchhaltung)'),
    'ap2': ('Nadine Schäfer', 'nadine.schaefer@example.com', 'DUS', 'Accounts payable clerk'),
    'hr': ('Katrin Müller-Özdemir', 'katrin.mueller-oezdemir@example.com', 'DUS', 'HR & payroll (Personal/Entgeltabrechnung)'),
    'cio': ('Thomas Krämer', 'thomas.kraemer@example.com', 'DUS', 'Head of IT'),
    'sec': ('Lukas Brandt', 'lukas.brandt@examplegroup.eu', 'DUS', 'IT security & mail administrator'),
    'asst': ('Anja Vogt', 'anja.vogt@example.com', 'DUS', 'Assistant to the CEO'),
    'proc': ('Florian Görtz', 'florian.goertz@example.com', 'DUS', 'Procurement (vehicles, tyres, workshop services)'),
    'sales': ('Melanie Schröder', 'melanie.schroeder@examplegroup.eu', 'DUS', 'Sales, fleet leasing key accounts'),
    'fleet': ('Markus Lehmann', 'markus.lehmann@example.com', 'DUS', 'Fleet operations (damage, fines, driver enquiries)'),
    'it_mgr': ('Alessandro Conti', 'alessandro.conti@example.com', 'MIL', 'Office manager Italy'),
    'it_acc': ('Francesca Lucà', 'francesca.luca@example.com', 'MIL', 'Accountant Italy'),
    'it_sales': ('Roberto Esposito', 'roberto.esposito@examplegroup.eu', 'MIL', 'Sales Italy'),
    'pl_mgr': ('Małgorzata Wójcik', 'malgorzata.wojcik@example.com', 'WRO', 'Office manager Poland'),
    'pl_acc': ('Paweł Dąbrowski', 'pawel.dabrowski@example.com', 'WRO', 'Accountant Poland'),
    'es_mgr': ('Javier Muñoz Ortega', 'javier.munoz@example.com', 'MAD', 'Office manager Spain'),
    'es_acc': ('Lucía Fernández Gil', 'lucia.fernandez@example.com', 'MAD', 'Accountant Spain'),
    'el_mgr': ('Dimitrios Papadopoulos', 'dimitrios.papadopoulos@example.com', 'ATH', 'Office manager Greece'),
    'el_acc': ('Eleni Georgiou', 'eleni.georgiou@example.com', 'ATH', 'Accountant Greece'),
    'uk_mgr': ('James Whitfield', 'james.whitfield@example.com', 'BHX', 'Office manager United Kingdom'),
    'uk_acc': ('Priya Sharma', 'priya.sharma@example.com', 'BHX', 'Accountant United Kingdom'),
    'ru_mgr': ('Sergey Volkov', 'sergey.volkov@example.com', 'MOW', 'Office manager Russia (General Director of the LLC)'),
    'ru_acc': ('Natalia Kuznetsova', 'natalia.kuznetsova@example.com', 'MOW', 'Chief accountant Russia'),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# ---------------------------------------------------------------- bank details used across messages
BANK = {
    # genuine accounts of correspondents
    'lieferant_old': B.iban_de('30050000', '0004417190'),     # Landesbank Hessen-Thüringen style BLZ
    'lieferant_new': B.iban_de('30050110', '1008832457'),     # Stadtsparkasse Düsseldorf BLZ
    'ferretti': B.iban_it('05034', '11701', '000000004471'),    # Banco BPM
    'partner_logistik': B.iban_pl('114', '0201', '0000371154001208'),  # mBank
    'partner_logistik_vat': B.iban_pl('114', '0201', '0000371154001301'),
    'talleres': B.iban_es('0049', '1892', '0210346712'),       # Santander
    'aigaio': B.iban_gr('017', '0127', '0000512044718302'),     # Piraeus
    'lombardi': B.iban_it('03069', '01626', '100000017734'),    # Intesa Sanpaolo
    'example_de': B.iban_de('30040000', '0472206100'),         # Commerzbank Düsseldorf
    'example_es': B.iban_es('0182', '2370', '4402019873'),     # BBVA
    'register_scam': B.iban_de('70020270', '0015873341'),      # HypoVereinsbank (mule)
    # fraudulent accounts used in attacks
    'lt_mule': B.iban_lt('32500', '97144218830'),             # Revolut LT bank code
    'n26_mule': B.iban_de('10011001', '2716094455'),           # N26 BLZ
    'it_mule': B.iban_it('36772', '22300', 'EM0012830197'),      # Italian EMI-style account
    'pl_mule': B.iban_pl('249', '0005', '0000400082172619'),   # Alior Bank
    'gb_mule': B.iban_gb('CLRB', '040605', '48117263'),        # ClearBank sort code
    'gr_mule': B.iban_gr('026', '0083', '0000410200788914'),    # Eurobank
    'es_mule': B.iban_es('1465', '0100', '9175332048'),        # ING
}

RU = {
    'sber_bik': '044525225',
    'sber_corr': '30101810400000000225',
    'alfa_bik': '044525593',
    'alfa_corr': B.ru_account('044525593', '30101810200000000593', corr=True),
}
RU['avtotrade_acct'] = B.ru_account(RU['sber_bik'], '40702810038000174452')
RU['example_acct'] = B.ru_account(RU['alfa_bik'], '40702810701300021187')
RU['avtotrade_inn'] = B.inn10('772814735')
RU['example_inn'] = B.inn10('770734129')
assert B.ru_account_valid(RU['alfa_bik'], RU['alfa_corr'], corr=True)
assert B.ru_account_valid(RU['sber_bik'], RU['avtotrade_acct'])
assert B.ru_account_valid(RU['alfa_bik'], RU['example_acct'])

TAXID = {
    'example_de': B.de_ustid('81742096'),
    'lieferant': B.de_ustid('12795443'),
    'ferretti': 'IT' + B.it_piva('0264317015'),
    'example_it': 'IT' + B.it_piva('1138274096'),
    'lombardi': 'IT' + B.it_piva('0589142015'),
    'partner_logistik': B.pl_nip('894305127'),
    'example_pl': B.pl_nip('899287336'),
    'talleres': B.es_cif('B', '8653127'),
    'example_es': B.es_cif('B', '8741023'),
    'aigaio': B.gr_afm('09971842'),
    'example_gr': B.gr_afm('80114723'),
    'midlands_vat': 'GB' + B.gb_vat('2917364'),
}

CORRESPONDENTS = [
    # (organisation, country, relation, contacts)
    ('Lieferant GmbH', 'DE (Ratingen)', 'Supplier of tyres, rims, wear parts and seasonal tyre-change service for the fleet',
     ['Stefan Maier <s.maier@lieferant-gmbh.de> (key account)', 'Petra Lang <p.lang@lieferant-gmbh.de> (commercial back office)',
      'Buchhaltung <rechnungen@lieferant-gmbh.de> (invoicing)'], 'lieferant-gmbh.de on IONOS (mout.kundenserver.de), Outlook 16 desktop'),
    ('Ferretti Trasporti S.p.A.', 'IT (Piacenza)', 'Road carrier: car-transporter trucks moving rental vehicles between stations and dealers',
     ['Chiara Colombo <c.colombo@ferretti-trasporti.it>', 'Amministrazione <amministrazione@ferretti-trasporti.it>'],
     'ferretti-trasporti.it on Aruba (smtpcmd*.aruba.it), Outlook 16 desktop'),
    ('Partner Logistik sp. z o.o.', 'PL (Wrocław)', 'Logistics partner: vehicle preparation hub, storage and transfers in Poland',
     ['Tadeusz Zieliński <t.zielinski@partner-logistik.pl>', 'Księgowość <ksiegowosc@partner-logistik.pl>'],
     'partner-logistik.pl on Microsoft 365 (EUR)'),
    ('Autohaus Rheinland GmbH', 'DE (Neuss)', 'Car dealer supplying new fleet vehicles and buying back used cars',
     ['Bernd Kaiser <b.kaiser@autohaus-rheinland.de>'], 'Microsoft 365 (EUR); sends contracts via DocuSign (EU)'),
    ('Stadt Köln – Bußgeldstelle', 'DE (Köln)', 'Municipal fines office: driver identification requests for rental cars',
     ['Bußgeldstelle <bussgeldstelle@stadt-koeln.de>'], 'own mail gateway'),
    ('Midlands Care Services Ltd', 'UK (Birmingham)', 'Fleet leasing customer (62 vehicles)',
     ['Helen Barker <helen.barker@midlandscare.co.uk> (fleet & facilities manager)'], 'Microsoft 365 (GBR), SharePoint Online'),
    ('Hargreaves & Pike LLP', 'UK (Birmingham)', 'External accountants of Example Group UK Ltd (VAT, payroll filings)',
     ['Oliver Pike <oliver.pike@hargreavespike.co.uk>'], 'Microsoft 365 (GBR)'),
    ('Fleet Mobility Insights', 'UK', 'Trade newsletter subscribed by UK and HQ fleet staff',
     ['Fleet Mobility Insights <news@fleetmobility-insights.com>'], 'Mailchimp'),
    ('Carrozzeria Lombardi S.r.l.', 'IT (Milano)', 'Body shop repairing rental cars in Lombardy',
     ['Amministrazione <amministrazione@carrozzerialombardi.it>'], 'e-invoices via Aruba Fatturazione Elettronica'),
    ('Giovanni Marchetti', 'IT (Bergamo)', 'Private rental customer', ['Giovanni Marchetti <giovanni.marchetti.bg@gmail.com>'], 'Gmail'),
    ('Talleres Hermanos García S.L.', 'ES (Getafe)', 'Workshop / body shop for the Madrid fleet',
     ['Antonio García <antonio@talleresgarcia.es>', 'Facturación <facturacion@talleresgarcia.es>'], 'Google Workspace'),
    ('María José Ruiz', 'ES (Alcobendas)', 'Private rental customer', ['María José Ruiz <mjruiz78@hotmail.es>'], 'Outlook.com'),
    ('Αιγαίο Μεταφορική Α.Ε. (Aigaio Metaforiki S.A.)', 'GR (Piraeus)', 'Carrier shipping rental cars to the islands by ferry',
     ['Νίκος Αλεξίου <n.alexiou@aigaio-metaforiki.gr>', 'Λογιστήριο <logistirio@aigaio-metaforiki.gr>'], 'cPanel hosting, Outlook 16'),
    ('Λογιστικό Γραφείο Καραγιάννη', 'GR (Athens)', 'External accountant of Example Group Hellas (myDATA, VAT)',
     ['Γιώργος Καραγιάννης <karagiannis.logistiki@otenet.gr>'], 'OTEnet consumer mail'),
    ('Car Rental Hellas', 'GR', 'Trade newsletter for Greek rental companies', ['Car Rental Hellas <news@carrentalhellas.gr>'], 'Brevo'),
    ('ООО «АвтоТрейд» (AvtoTrade LLC)', 'RU (Moscow)', 'Supplier of tyres and spare parts for the Moscow fleet',
     ['Ирина Смирнова <i.smirnova@avtotrade-msk.ru>', 'Бухгалтерия <buh@avtotrade-msk.ru>'], 'Yandex 360 for business'),
    ('Private mail of staff', 'DE / IT / PL', 'Staff writing from private accounts',
     ['Nadine Schäfer <nadine.schaefer84@gmx.de>', 'Roberto Esposito <robertoesposito82@libero.it>',
      'Paweł Dąbrowski <pawel.dabrowski85@wp.pl>'], 'GMX, Libero, WP'),
]

SERVICES = [
    'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>',
    'Google <no-reply@accounts.google.com>', 'GitHub <noreply@github.com>', 'Яндекс ID <noreply@id.yandex.ru>',
    'Docusign (EU) <dse@eumail.docusign.net>', 'SharePoint Online <no-reply@sharepointonline.com>',
    'TfL Auto Pay <autopay@info.tfl.gov.uk>', 'Telepass <noreply@comunicazioni.telepass.com>',
    'Aruba Fatturazione Elettronica <noreply@fatturazioneelettronica.aruba.it>', 'e-TOLL <powiadomienia@etoll.gov.pl>',
    'DEHú <notificaciones.dehu@correo.gob.es>', 'BBVA <avisos@comunicaciones.bbva.es>', 'ACS Courier <noreply@acscourier.net>',
    'Eurobank <info@news.eurobank.gr>', 'Mailchimp / Brevo (newsletters)',
]
