"""Example Group: staff, offices, correspondents, bank and tax identifiers."""
import codes as K

COMPANY = 'Example Group'
DOMAINS = ('example.com', 'examplegroup.eu')

OFFICES = {
    'Hamburg': ('DE', 'Example Group GmbH, Am Sandtorkai 50, 20457 Hamburg (headquarters)'),
    'Southampton': ('UK', 'Example Group UK Ltd, 3 Ocean Way, Ocean Village, Southampton SO14 3JZ'),
    'Genova': ('IT', 'Example Group Italia S.r.l., Via Antonio Cantore 8, 16149 Genova'),
    'Gdynia': ('PL', 'Example Group Polska sp. z o.o., ul. Hryniewickiego 6, 81-340 Gdynia'),
    'Palma': ('ES', 'Example Group Iberia S.L., Carrer de Joan Maragall 2, 07006 Palma'),
    'Piraeus': ('GR', 'Example Group Hellas M.I.K.E., Akti Miaouli 45, 185 36 Piraeus'),
    'St Petersburg': ('RU', 'OOO Example Group Rus, Kozhevennaya liniya 34, 199106 St Petersburg'),
}

# key: (display name, address, office, role)
STAFF = {
    'ceo': ('Klaus Oberländer', 'klaus.oberlaender@example.com', 'Hamburg', 'CEO (Geschäftsführer)'),
    'cfo': ('Sabine Krüger', 'sabine.krueger@example.com', 'Hamburg', 'CFO'),
    'ap': ('Jürgen Weiß', 'juergen.weiss@example.com', 'Hamburg', 'Accounts payable (Kreditorenbuchhaltung)'),
    'ar': ('Birgit Jäger', 'birgit.jaeger@example.com', 'Hamburg', 'Accounts receivable / credit control'),
    'hr': ('Monika Schäfer', 'monika.schaefer@example.com', 'Hamburg', 'HR & payroll'),
    'it': ('Thomas Brandt', 'thomas.brandt@example.com', 'Hamburg', 'Head of IT'),
    'sec': ('Lena Hoffmann', 'lena.hoffmann@example.com', 'Hamburg', 'IT security & mail administrator'),
    'asst': ('Anja Becker', 'anja.becker@example.com', 'Hamburg', 'Assistant to the CEO'),
    'proc': ('Markus Vogel', 'markus.vogel@example.com', 'Hamburg', 'Procurement (Einkauf)'),
    'sales_de': ('Henrik Lüders', 'henrik.lueders@example.com', 'Hamburg', 'Key account sales, Germany'),
    'uk_mgr': ('James Whitfield', 'james.whitfield@example.com', 'Southampton', 'Office manager UK'),
    'uk_acc': ('Emma Clarke', 'emma.clarke@example.com', 'Southampton', 'Accountant UK'),
    'uk_sales': ('Oliver Grant', 'oliver.grant@example.com', 'Southampton', 'Sales, UK'),
    'it_mgr': ('Francesca Rinaldi', 'francesca.rinaldi@example.com', 'Genova', 'Office manager Italy'),
    'it_acc': ('Marco Esposito', 'marco.esposito@example.com', 'Genova', 'Accountant Italy'),
    'pl_mgr': ('Katarzyna Wójcik', 'katarzyna.wojcik@examplegroup.eu', 'Gdynia', 'Office manager Poland'),
    'pl_acc': ('Paweł Kowalczyk', 'pawel.kowalczyk@examplegroup.eu', 'Gdynia', 'Accountant Poland'),
    'pl_log': ('Michał Łęcki', 'michal.lecki@example.com', 'Gdynia', 'Logistics coordinator Poland'),
    'es_mgr': ('Javier Ortega Muñoz', 'javier.ortega@example.com', 'Palma', 'Office manager Spain'),
    'es_acc': ('Lucía Fernández', 'lucia.fernandez@example.com', 'Palma', 'Accountant Spain'),
    'es_sales': ('Carmen Ruiz', 'carmen.ruiz@example.com', 'Palma', 'Sales, Spain'),
    'gr_mgr': ('Nikos Papadopoulos', 'nikos.papadopoulos@examplegroup.eu', 'Piraeus', 'Office manager Greece'),
    'gr_acc': ('Eleni Georgiou', 'eleni.georgiou@examplegroup.eu', 'Piraeus', 'Accountant Greece'),
    'ru_mgr': ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'St Petersburg', 'Office manager Russia'),
    'ru_acc': ('Olga Vasilyeva', 'olga.vasilyeva@example.com', 'St Petersburg', 'Accountant Russia'),
    'svc': ('IT Service Desk', 'servicedesk@example.com', 'Hamburg', 'IT service desk (shared mailbox)'),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


def first(key):
    return STAFF[key][0].split()[0]


# native-script display names used by the local offices
NATIVE = {
    'gr_mgr': 'Νίκος Παπαδόπουλος', 'gr_acc': 'Ελένη Γεωργίου',
    'ru_mgr': 'Дмитрий Соколов', 'ru_acc': 'Ольга Васильева',
}

# private addresses of staff (genuine)
PRIVATE = {
    'sales_de': ('Henrik Lüders', 'henrik.lueders@gmx.de'),
    'uk_acc': ('Emma Clarke', 'emma.clarke84@gmail.com'),
}

# ---------------------------------------------------------------- correspondents
LIEF = dict(company='Lieferant GmbH', city='Bremen', country='DE', domain='lieferant-gmbh.de',
            maier=('Stefan Maier', 's.maier@lieferant-gmbh.de'), lang=('Petra Lang', 'p.lang@lieferant-gmbh.de'),
            buha=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'),
            mailhost='mail.lieferant-gmbh.de', mailhost_ip='88.99.214.37',
            address='Lieferant GmbH, Hafenstraße 112, 28217 Bremen',
            ustid=K.de_ustid('11452398'), hrb='HRB 27781 HB', phone='+49 421 3890 40')
FERR = dict(company='Ferretti Trasporti S.p.A.', domain='ferretti-trasporti.it',
            colombo=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'),
            amm=('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'),
            mailhost='smtp.ferretti-trasporti.it', mailhost_ip='62.149.158.92',
            address='Ferretti Trasporti S.p.A., Via Ponte Carrega 41, 16141 Genova',
            piva=K.it_piva('0187465099'), phone='+39 010 835 1120')
PART = dict(company='Partner Logistik sp. z o.o.', domain='partner-logistik.pl',
            zielinski=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'),
            ksieg=('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'),
            mailhost='poczta.partner-logistik.pl', mailhost_ip='212.85.109.44',
            address='Partner Logistik sp. z o.o., ul. Pucka 25, 81-036 Gdynia',
            nip=K.pl_nip('586230871'), krs='0000412790', phone='+48 58 669 20 14')

NORD = dict(company='Nordsee Yachtservice GmbH', domain='nordsee-yachtservice.de',
            janssen=('Holger Janssen', 'h.janssen@nordsee-yachtservice.de'),
            mailhost='mail.nordsee-yachtservice.de', mailhost_ip='78.46.122.201')
HANSE = dict(company='Hanse Zollservice GmbH', domain='hanse-zollservice.de',
             petersen=('Ines Petersen', 'i.petersen@hanse-zollservice.de'),
             rech=('Hanse Zollservice Rechnungswesen', 'rechnung@hanse-zollservice.de'),
             ustid=K.de_ustid('81234570'))
SOLENT = dict(company='Solent Marine Supplies Ltd', domain='solentmarine.co.uk',
              hughes=('Rachel Hughes', 'rachel.hughes@solentmarine.co.uk'),
              accounts=('Solent Marine Accounts', 'accounts@solentmarine.co.uk'),
              vat=K.gb_vat('2847193'))
ASHWORTH = ('Peter Ashworth', 'p.ashworth@btinternet.com')
NGOLFO = dict(company='Nautica del Golfo di Giuseppe Russo', russo=('Giuseppe Russo', 'nauticadelgolfo@libero.it'))
DABROWSKI = ('Marek Dąbrowski', 'marek.dabrowski71@wp.pl')
NBAL = dict(company='Náutica Balear S.L.', domain='nauticabalear.es',
            ferrer=('Miguel Ferrer', 'compras@nauticabalear.es'), cif=K.es_cif('B', '5713842'))
TLEV = dict(company='Transportes Levante S.A.', domain='transporteslevante.es',
            fact=('Transportes Levante - Facturación', 'facturacion@transporteslevante.es'),
            martinez=('Rosa Martínez', 'r.martinez@transporteslevante.es'), cif=K.es_cif('A', '4609127'))
PMC = dict(company='Piraeus Marine Chandlers S.A.', domain='piraeuschandlers.gr',
           antoniou=('Γιώργος Αντωνίου', 'g.antoniou@piraeuschandlers.gr'), afm=K.gr_afm('09481736'))
DIMITRIOU = ('Κώστας Δημητρίου', 'kdimitriou@otenet.gr')
AEGEAN = dict(company='Aegean Star Shipmanagement S.A.', domain='aegeanstar-sm.gr',
              purch=('Aegean Star Purchasing', 'purchasing@aegeanstar-sm.gr'),
              stavrou=('Capt. Michalis Stavrou', 'm.stavrou@aegeanstar-sm.gr'))
NEVA = dict(company='ООО «Невский Транзит»', company_lat='OOO Nevsky Tranzit', domain='nevtranzit.ru',
            buh=('Бухгалтерия Невский Транзит', 'buh@nevtranzit.ru'),
            ivanova=('Марина Иванова', 'm.ivanova@nevtranzit.ru'), inn=K.ru_inn10('781345260'))
BYS = dict(company='ООО «БалтЯхтСервис»', domain='baltyachtservice.ru',
           kuznetsov=('Андрей Кузнецов', 'a.kuznetsov@baltyachtservice.ru'))
MOROZOV = ('Сергей Морозов', 'sergey.morozov@yandex.ru')
MTW = dict(company='Marine Trade Weekly', domain='marinetradeweekly.co.uk',
           news=('Marine Trade Weekly', 'newsletter@marinetradeweekly.co.uk'))
FMAR = dict(company='FacturaMar Software S.L.', domain='facturamar.es',
            news=('FacturaMar', 'novedades@facturamar.es'))

CORRESPONDENTS = [
    ('Stefan Maier', 'Lieferant GmbH, Bremen', 's.maier@lieferant-gmbh.de', 'DE', 'Supplier of deck hardware, winches and marine electronics; key account'),
    ('Petra Lang', 'Lieferant GmbH, Bremen', 'p.lang@lieferant-gmbh.de', 'DE', 'Supplier: finance / accounting'),
    ('Buchhaltung', 'Lieferant GmbH, Bremen', 'rechnungen@lieferant-gmbh.de', 'DE', 'Supplier: invoices and reminders'),
    ('Chiara Colombo', 'Ferretti Trasporti S.p.A., Genova', 'c.colombo@ferretti-trasporti.it', 'IT', 'Road carrier: traffic office'),
    ('Amministrazione', 'Ferretti Trasporti S.p.A., Genova', 'amministrazione@ferretti-trasporti.it', 'IT', 'Road carrier: invoicing'),
    ('Tadeusz Zieliński', 'Partner Logistik sp. z o.o., Gdynia', 't.zielinski@partner-logistik.pl', 'PL', 'Logistics partner: operations director'),
    ('Księgowość', 'Partner Logistik sp. z o.o., Gdynia', 'ksiegowosc@partner-logistik.pl', 'PL', 'Logistics partner: accounting'),
    ('Holger Janssen', 'Nordsee Yachtservice GmbH, Kiel', 'h.janssen@nordsee-yachtservice.de', 'DE', 'Customer (yacht service yard), buyer'),
    ('Ines Petersen / Rechnungswesen', 'Hanse Zollservice GmbH, Hamburg', 'i.petersen@hanse-zollservice.de, rechnung@hanse-zollservice.de', 'DE', 'Customs broker (import clearance), sends XRechnung'),
    ('Henrik Lüders (private)', 'staff member, private mailbox', 'henrik.lueders@gmx.de', 'DE', 'Private address of sales staff'),
    ('Rachel Hughes / Accounts', 'Solent Marine Supplies Ltd, Southampton', 'rachel.hughes@solentmarine.co.uk, accounts@solentmarine.co.uk', 'UK', 'Supplier of antifouling and consumables (Microsoft 365)'),
    ('Peter Ashworth', 'private yacht owner, Hamble', 'p.ashworth@btinternet.com', 'UK', 'Retail customer'),
    ('Emma Clarke (private)', 'staff member, private mailbox', 'emma.clarke84@gmail.com', 'UK', 'Private address of UK accountant'),
    ('Marine Trade Weekly', 'trade newsletter (Mailchimp)', 'newsletter@marinetradeweekly.co.uk', 'UK', 'Subscribed newsletter'),
    ('David Pritchard', 'Harbour Survey & Consultancy Ltd, Hamble', 'd.pritchard@harboursurvey.co.uk', 'UK', 'Marine surveyor working with UK sales; his Microsoft 365 mailbox is compromised in attack 12'),
    ('DocFlow Italia', 'DocFlow Italia S.r.l. (SdI intermediary)', 'notifiche@docflow-italia.it', 'IT', 'E-invoicing intermediary of the Genova office (automated notices)'),
    ('Giuseppe Russo', 'Nautica del Golfo, Lerici', 'nauticadelgolfo@libero.it', 'IT', 'Customer (chandlery) on consumer mail'),
    ('Marek Dąbrowski', 'private boat owner, Gdańsk', 'marek.dabrowski71@wp.pl', 'PL', 'Retail customer on consumer mail'),
    ('Miguel Ferrer', 'Náutica Balear S.L., Palma', 'compras@nauticabalear.es', 'ES', 'Customer (chandlery / refit)'),
    ('Rosa Martínez / Facturación', 'Transportes Levante S.A., Valencia', 'r.martinez@transporteslevante.es, facturacion@transporteslevante.es', 'ES', 'Road carrier Spain'),
    ('FacturaMar', 'FacturaMar Software S.L. (Brevo)', 'novedades@facturamar.es', 'ES', 'Invoicing software vendor of the Palma office, newsletter'),
    ('Γιώργος Αντωνίου (Giorgos Antoniou)', 'Piraeus Marine Chandlers S.A.', 'g.antoniou@piraeuschandlers.gr', 'GR', 'Customer (ship chandler)'),
    ('Κώστας Δημητρίου (Kostas Dimitriou)', 'charter skipper', 'kdimitriou@otenet.gr', 'GR', 'Retail customer on consumer mail'),
    ('Aegean Star Purchasing / Capt. M. Stavrou', 'Aegean Star Shipmanagement S.A., Piraeus', 'purchasing@aegeanstar-sm.gr', 'GR', 'Customer (ship manager), sends RFQs'),
    ('Марина Иванова / Бухгалтерия', 'ООО «Невский Транзит», St Petersburg', 'm.ivanova@nevtranzit.ru, buh@nevtranzit.ru', 'RU', 'Carrier / forwarder Russia'),
    ('Андрей Кузнецов (Andrey Kuznetsov)', 'ООО «БалтЯхтСервис», St Petersburg', 'a.kuznetsov@baltyachtservice.ru', 'RU', 'Customer (yacht service); referred the captain below'),
    ('Сергей Морозов (Sergey Morozov)', 'yacht captain', 'sergey.morozov@yandex.ru', 'RU', 'Retail customer on consumer mail'),
]

# ---------------------------------------------------------------- bank details
EG_IBAN = K.de_iban('20050550', '1280471190')           # Hamburger Sparkasse, company account
EG_IT_IBAN = K.it_iban('03069', '01400', '100000061842')
EG_ES_IBAN = K.es_iban('2100', '0718', '0200184733')
EG_PL_IBAN = K.pl_iban('1240136', '1111001087459213')
EG_USTID = K.de_ustid('27819346')
EG_PIVA = K.it_piva('0246781099')
EG_NIP = K.pl_nip('586213947')
EG_CIF = K.es_cif('B', '5782361')
EG_AFM = K.gr_afm('80163425')
EG_INN = K.ru_inn10('783812904')

LIEF_IBAN_OLD = K.de_iban('29050101', '1001873354')     # Sparkasse Bremen
LIEF_IBAN_NEW = K.de_iban('29190024', '4418730200')     # Bremische Volksbank (genuine change)
LIEF_IBAN_FAKE = K.lt_iban('32500', '74183920157')      # attacker: EMI account in Lithuania

FERR_IBAN = K.it_iban('03069', '01460', '100000009716')      # genuine (Intesa Sanpaolo)
FERR_IBAN_FAKE = K.it_iban('36772', '22300', '000004418210')  # attacker: e-money account

PART_IBAN = K.pl_iban('1020184', '0000270201552871')        # PKO BP, genuine
PART_IBAN_FAKE = K.pl_iban('1140200', '4000000214518733')   # attacker mule account (mBank)

TLEV_IBAN = K.es_iban('2100', '3654', '2201428816')          # genuine CaixaBank
TLEV_IBAN_FAKE = K.pt_iban('0036', '0129', '99100034567')     # attacker: Portuguese account

SOLENT_IBAN = K.gb_iban('BARC', '203251', '73194825')
SOLENT_IBAN_FAKE = K.gb_iban('CLRB', '040542', '18346925')

GR_FAKE_IBAN = K.cy_iban('005', '00197', '0001803471520')

PAYROLL_FAKE = K.de_iban('10011001', '2847391066')           # attacker: N26 account

NEVA_BIK = '044030653'                                        # genuine (Sberbank, St Petersburg)
NEVA_KS = '30101810500000000653'
NEVA_RS = K.ru_key(NEVA_BIK, '40702810255040018734')
FAKE_BIK = '044525974'                                        # attacker (Moscow bank)
FAKE_KS = '30101810145250000974'
FAKE_RS = K.ru_key(FAKE_BIK, '40702810010000731902')
EG_RU_BIK = '044030653'
EG_RU_RS = K.ru_key(EG_RU_BIK, '40702810655000047215')

assert K.ru_key_ok(NEVA_BIK, NEVA_KS, True) and K.ru_key_ok(FAKE_BIK, FAKE_KS, True)
assert K.ru_key_ok(NEVA_BIK, NEVA_RS) and K.ru_key_ok(FAKE_BIK, FAKE_RS)
