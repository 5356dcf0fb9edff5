"""Company, staff and correspondents shared by all messages."""
from lib.ids import (iban_de, iban_it, iban_es, iban_pl, iban_plain, fmt_iban, ru_account_key, ru_inn10, ru_ogrn,
                     pl_nip, de_ustid, it_piva, gr_afm, es_cif, make_iban)

COMPANY = {
    'name': 'Example Group',
    'legal': 'Example Group GmbH & Co. KGaA',
    'club': 'FC Example 1904',
    'stadium': 'Example Arena',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'hq': 'Stadionallee 1, 40474 Düsseldorf, Germany',
    'ustid': de_ustid('81234567'),
    'iban_hq': iban_de('30050110', account_body9='104458392'),   # Stadtsparkasse Düsseldorf, method 00
}

OFFICES = {
    'DE': ('Düsseldorf (HQ)', 'Stadionallee 1, 40474 Düsseldorf'),
    'IT': ('Milano', 'Via Vittor Pisani 16, 20124 Milano'),
    'PL': ('Wrocław', 'ul. Legnicka 48, 54-202 Wrocław'),
    'ES': ('Valencia', 'Carrer de Colón 22, 46004 València'),
    'GR': ('Thessaloniki', 'Λεωφόρος Νίκης 35, 546 22 Θεσσαλονίκη'),
    'UK': ('Manchester', '3 Hardman Street, Manchester M3 3HF'),
    'RU': ('Moscow', 'ул. Большая Дмитровка 32, 125009 Москва'),
}

# key: (display name, address, office, role)
STAFF = {
    'ceo': ('Dr. Matthias Köhler', 'matthias.koehler@example.com', 'DE', 'Chief Executive Officer (Vorsitzender der Geschäftsführung)'),
    'cfo': ('Sabine Groß', 'sabine.gross@example.com', 'DE', 'Chief Financial Officer'),
    'ap1': ('Jürgen Weiß', 'juergen.weiss@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung)'),
    'ap2': ('Aylin Demir', 'aylin.demir@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung)'),
    'hr': ('Monika Schäfer', 'monika.schaefer@example.com', 'DE', 'HR / payroll (Personal & Entgeltabrechnung)'),
    'hr2': ('Nadine Becker', 'nadine.becker@example.com', 'DE', 'HR / payroll clerk'),
    'ithead': ('Thomas Brückner', 'thomas.brueckner@example.com', 'DE', 'Head of IT'),
    'itsec': ('Lena Vogt', 'lena.vogt@example.com', 'DE', 'IT security / mail administrator'),
    'assist': ('Katharina Löffler', 'katharina.loeffler@example.com', 'DE', 'Assistant to the CEO'),
    'proc': ('Markus Hofmann', 'markus.hofmann@example.com', 'DE', 'Procurement (Einkauf)'),
    'sales': ('Julia Brandt', 'julia.brandt@example.com', 'DE', 'Sales – hospitality & sponsoring'),
    'sales2': ('Niklas Krüger', 'niklas.krueger@examplegroup.eu', 'DE', 'Sales – international merchandise'),
    'stadium': ('Frank Neumann', 'frank.neumann@example.com', 'DE', 'HQ office manager / Head of stadium operations'),
    'sport': ('Uwe Hartmann', 'uwe.hartmann@example.com', 'DE', 'Sporting director (transfers)'),
    'it_mgr': ('Alessandro Ferraro', 'alessandro.ferraro@example.com', 'IT', 'Office manager Italy'),
    'it_acc': ('Francesca Rinaldi', 'francesca.rinaldi@examplegroup.eu', 'IT', 'Accountant Italy'),
    'pl_mgr': ('Paweł Wiśniewski', 'pawel.wisniewski@example.com', 'PL', 'Office manager Poland'),
    'pl_acc': ('Małgorzata Kowalczyk', 'malgorzata.kowalczyk@example.com', 'PL', 'Accountant Poland'),
    'es_mgr': ('Javier Martínez Ruiz', 'javier.martinez@example.com', 'ES', 'Office manager Spain'),
    'es_acc': ('Lucía Fernández', 'lucia.fernandez@examplegroup.eu', 'ES', 'Accountant Spain'),
    'gr_mgr': ('Δημήτριος Παπαδόπουλος', 'dimitrios.papadopoulos@example.com', 'GR', 'Office manager Greece'),
    'gr_acc': ('Ελένη Γεωργίου', 'eleni.georgiou@example.com', 'GR', 'Accountant Greece'),
    'uk_mgr': ('James Whitfield', 'james.whitfield@example.com', 'UK', 'Office manager UK'),
    'uk_acc': ("Sarah O'Connor", 'sarah.oconnor@example.com', 'UK', 'Accountant UK'),
    'ru_mgr': ('Сергей Волков', 'sergei.volkov@example.com', 'RU', 'Office manager Russia'),
    'ru_acc': ('Ольга Смирнова', 'olga.smirnova@examplegroup.eu', 'RU', 'Accountant Russia'),
}


def S(key):
    return STAFF[key][0], STAFF[key][1]


# ------------------------------------------------------------------ correspondents
# key: (organisation, country, role, [(name, address)], notes)
CORR = {
    'lieferant': ('Lieferant GmbH', 'DE', 'Supplier: fan merchandise & textile printing (jerseys, scarves), Mönchengladbach',
                  [('Stefan Maier', 's.maier@lieferant-gmbh.de'), ('Petra Lang', 'p.lang@lieferant-gmbh.de'),
                   ('Buchhaltung', 'rechnungen@lieferant-gmbh.de')], 'Microsoft 365 tenant'),
    'ferretti': ('Ferretti Trasporti S.p.A.', 'IT', 'Road carrier (merchandise to Italian fan shops), Lodi',
                 [('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), ('Amministrazione', 'amministrazione@ferretti-trasporti.it')],
                 'Aruba-hosted mail, Outlook clients'),
    'partner': ('Partner Logistik sp. z o.o.', 'PL', 'Logistics partner (warehouse Wrocław, distribution CEE)',
                [('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), ('Księgowość', 'ksiegowosc@partner-logistik.pl')],
                'Google Workspace'),
    'greenturf': ('GreenTurf Rasensysteme GmbH', 'DE', 'Supplier: hybrid turf, pitch renovation, Kempen',
                  [('Holger Timm', 'h.timm@greenturf-rasen.de')], 'own Postfix server (referenced in business/03)'),
    'catering': ('Rhein-Catering Arena GmbH', 'DE', 'Stadium catering contractor, Düsseldorf',
                 [('Anja Kessler', 'a.kessler@rhein-catering.de')], 'Microsoft 365 (referenced in business/04)'),
    'nordwacht': ('Nordwacht Sicherheitsdienst GmbH', 'DE', 'Stewarding & security on match days, Essen',
                  [('Dirk Pohl', 'd.pohl@nordwacht-sicherheit.de')], 'Microsoft 365, DocuSign'),
    'iplaw': ('Hartmann & Roth Patentanwälte PartG mbB', 'DE', 'IP attorneys (club trademarks), Köln',
              [('Dr. Eva Roth', 'e.roth@hartmann-roth-ip.de'), ('Kanzlei', 'kanzlei@hartmann-roth-ip.de')], 'own mail server, Outlook clients'),
    'floodlight': ('Northern Floodlight Systems Ltd', 'UK', 'Supplier: LED floodlights & maintenance, Bolton',
                   [('Gareth Evans', 'gareth.evans@northernfloodlight.co.uk'), ('Accounts', 'accounts@northernfloodlight.co.uk')],
                   'Microsoft 365'),
    'pitchside': ('Pitchside Travel Ltd', 'UK', 'Customer: hospitality & away-trip packages, Leeds',
                  [('Emma Clarke', 'emma.clarke@pitchsidetravel.co.uk')], 'Google Workspace'),
    'tifoshop': ('Tifoshop S.r.l.', 'IT', 'Customer: football merchandise retailer, Milano',
                 [('Luca Moretti', 'l.moretti@tifoshop.it')], 'Aruba'),
    'rossi': ('Club Tifosi Milano (fan club)', 'IT', 'Customer: fan club president on consumer mail',
              [('Giuseppe Rossi', 'giuseppe.rossi73@libero.it')], 'libero.it'),
    'stadionserwis': ('Stadion Serwis sp. z o.o.', 'PL', 'Customer: stadium services & event operator, Wrocław',
                      [('Agnieszka Nowak', 'a.nowak@stadionserwis.pl')], 'own Postfix'),
    'levante': ('Textiles Levante S.L.', 'ES', 'Supplier: scarves & knitted textiles, Alcoi',
                [('Carmen Navarro', 'cnavarro@textileslevante.es')], 'Microsoft 365'),
    'udturia': ('Unión Deportiva Turia SAD', 'ES', 'Football club, counterparty of a player transfer (instalments)',
                [('Vicente Soler', 'vsoler@udturia.es'), ('Administración', 'administracion@udturia.es')], 'Microsoft 365'),
    'garcia': ('Transportes Hermanos García S.L.', 'ES', 'Road carrier Spain', [('Rosa García', 'trafico@transportesgarcia.es')],
               'own mail server'),
    'nikolaidis': ('Nikolaidis Logistics Μ.Ι.Κ.Ε.', 'GR', 'Carrier / customs broker, Thessaloniki',
                   [('Γιώργος Νικολαΐδης', 'g.nikolaidis@nikolaidis-logistics.gr'), ('Λογιστήριο', 'logistirio@nikolaidis-logistics.gr')],
                   'Microsoft 365'),
    'thermaikos': ('Hotel Thermaikos Bay', 'GR', 'Hotel used for team & staff stays, Thessaloniki',
                   [('Reservations', 'reservations@thermaikosbay.gr')], 'Microsoft 365'),
    'karagiannis': ('Λογιστικό Γραφείο Καραγιάννη', 'GR', 'External accountants of the Greek office',
                    [('Νίκος Καραγιάννης', 'karagiannis.logistiko@otenet.gr')], 'otenet.gr'),
    'alexiou': ('Fan club Thessaloniki', 'GR', 'Customer: fan club member on consumer mail',
                [('Κώστας Αλεξίου', 'kostas.alexiou@otenet.gr')], 'otenet.gr'),
    'sporttrade': ('ООО «СпортТрейд»', 'RU', 'Customer: sporting goods distributor, Moscow',
                   [('Андрей Кузнецов', 'a.kuznetsov@sporttrade.ru')], 'Yandex 360'),
    'textilprom': ('ООО «ТекстильПром»', 'RU', 'Supplier: knitted textiles, Иваново',
                   [('Наталья Белова', 'n.belova@textilprom.ru'), ('Бухгалтерия', 'buh@textilprom.ru')], 'Yandex 360'),
    'asb': ('Arena & Stadion Business (trade newsletter)', 'DE', 'Subscribed newsletter via Mailchimp',
            [('Arena & Stadion Business', 'newsletter@arena-stadion-business.de')], 'Mailchimp'),
    'sportbiznes': ('SportBiznes.pl (trade newsletter)', 'PL', 'Subscribed newsletter via SendGrid',
                    [('SportBiznes.pl', 'newsletter@sportbiznes.pl')], 'SendGrid'),
}

# ------------------------------------------------------------------ bank accounts (all valid)
BANK = {
    'example_hq': iban_de('30050110', account_body9='104458392'),          # Stadtsparkasse Düsseldorf
    'lieferant': iban_de('31050000', account_body9='000287541'),           # Stadtsparkasse Mönchengladbach
    'lieferant_fake': make_iban('LT', '32500' + '41287730956'),             # Revolut Bank UAB (LT)
    'greenturf': iban_de('32050000', account_body9='004811927'),
    'ferretti_old': iban_it('03069', '33741', '100000004512'),             # Intesa Sanpaolo
    'ferretti_new': iban_it('05034', '20300', '000000012874'),             # Banco BPM (genuine change)
    'ferretti_fake': iban_it('36772', '22400', '000000823391'),            # fintech ABI 36772 (fake)
    'partner': iban_pl('1020524', '0000260205873914'),                     # PKO BP
    'partner_fake': iban_pl('1160202', '0000000618830542'),                # Bank Millennium (fake)
    'udturia': iban_es('2100', '2208', '0200123456'),                      # CaixaBank
    'udturia_fake': iban_es('1583', '0001', '1091457280'),                 # Revolut ES branch code (fake)
    'levante': iban_es('0081', '1101', '6100014589'),                      # Sabadell
    'garcia': iban_es('0182', '6031', '0201597733'),
    'nikolaidis': make_iban('GR', '017' + '0226' + '0005226078913451'),    # Piraeus
    'nikolaidis_fake': make_iban('GR', '026' + '0087' + '0000590200748312'),
    'floodlight': make_iban('GB', 'NWBK' + '011030' + '44017835'),         # NatWest Bolton (mod-97 only)
    'trademark_fake': make_iban('SK', '8330' + '0000' + '002301847126'),   # Fio banka SK
    'escrow_fake': make_iban('LT', '35000' + '10003846219'),               # Paysera LT
    'payroll_fake': iban_de('10011001', account10='2087415533'),           # N26 (mod-97 only)
    'thermaikos': make_iban('GR', '011' + '0231' + '0000231004418902'),
    'hr_fake_es': iban_es('1465', '0100', '9817004529'),                   # ING ES
}

RU = {
    'sber_bik': '044525225', 'sber_ks': '30101810400000000225',
    'alfa_bik': '044525593', 'alfa_ks': '30101810200000000593',
    'ivanovo_bik': '042406608',  # Ивановское отделение № 8639 ПАО Сбербанк
    'tinkoff_bik': '044525974', 'tinkoff_ks': '30101810145250000974',
}
RU['ivanovo_ks'] = ru_account_key(RU['ivanovo_bik'], '30101810' + '0' + '00000000608', correspondent=True)
RU['textilprom_rs'] = ru_account_key(RU['ivanovo_bik'], '40702810' + '0' + '17000004381')
RU['textilprom_fake_rs'] = ru_account_key(RU['tinkoff_bik'], '40702810' + '0' + '10001587324')
RU['sporttrade_rs'] = ru_account_key(RU['alfa_bik'], '40702810' + '0' + '02200009146')
RU['example_rs'] = ru_account_key(RU['sber_bik'], '40702810' + '0' + '38000215503')
RU['textilprom_inn'] = ru_inn10('370209715')
RU['textilprom_ogrn'] = ru_ogrn('115370200418')
RU['sporttrade_inn'] = ru_inn10('771548320')
RU['example_inn'] = ru_inn10('770389114')
RU['fake_inn'] = ru_inn10('370211842')

TAX = {
    'lieferant_ust': de_ustid('30288716'),
    'greenturf_ust': de_ustid('12045933'),
    'iplaw_ust': de_ustid('21557390'),
    'nordwacht_ust': de_ustid('11907254'),
    'ferretti_piva': it_piva('0417238096'),
    'tifoshop_piva': it_piva('1082477015'),
    'partner_nip': pl_nip('894301278'),
    'stadionserwis_nip': pl_nip('899274013'),
    'example_pl_nip': pl_nip('527284190'),
    'levante_cif': es_cif('B', '5391804'),
    'udturia_cif': es_cif('A', '4612880'),
    'nikolaidis_afm': gr_afm('80122457'),
    'thermaikos_afm': gr_afm('09986421'),
    'example_gr_afm': gr_afm('80177342'),
}
