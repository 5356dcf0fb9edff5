"""Example Group: staff, offices, correspondents, bank details."""
import ids

COMPANY = {
    'name': 'Example Group',
    'legal': 'Example Group GmbH',
    'trade': 'paints, industrial coatings, wood finishes and construction chemicals',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
}

OFFICES = {
    'HQ': ('Köln, Germany', 'Example Group GmbH, Emil-Hoffmann-Straße 41, 50996 Köln'),
    'IT': ('Bologna, Italy', 'Example Italia S.r.l., Via del Lavoro 58, 40127 Bologna'),
    'PL': ('Wrocław, Poland', 'Example Polska sp. z o.o., ul. Krakowska 141, 50-428 Wrocław'),
    'ES': ('Valencia, Spain', 'Example Ibérica S.L., Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 22, 46988 Paterna (Valencia)'),
    'GR': ('Thessaloniki, Greece', 'Example Hellas Μ.Α.Ε., 12ο χλμ. Θεσσαλονίκης–Βέροιας, 57009 Καλοχώρι'),
    'UK': ('Manchester, United Kingdom', 'Example Coatings UK Ltd, Unit 7, Trafford Park Road, Manchester M17 1HG'),
    'RU': ('St Petersburg, Russia', 'ООО «Экзампл Рус», 196084, Санкт-Петербург, ул. Заставская, д. 33, лит. Б'),
}

# key: (Display Name, address, office, role, native spelling or None)
STAFF = {
    'ceo': ('Matthias Köhler', 'matthias.koehler@example.com', 'HQ', 'Chief Executive Officer (Geschäftsführer)', None),
    'cfo': ('Sabine Weiß', 'sabine.weiss@example.com', 'HQ', 'Chief Financial Officer', None),
    'ap': ('Jürgen Baumgärtner', 'juergen.baumgaertner@example.com', 'HQ', 'Accounts payable (Kreditorenbuchhaltung)', None),
    'ar': ('Nadine Schäfer', 'nadine.schaefer@example.com', 'HQ', 'Accounts receivable / credit control', None),
    'hr': ('Anja Schröder', 'anja.schroeder@example.com', 'HQ', 'HR and payroll (Personal/Entgeltabrechnung)', None),
    'it': ('Thomas Brandt', 'thomas.brandt@example.com', 'HQ', 'Head of IT', None),
    'sec': ('Lena Hoffmann', 'lena.hoffmann@example.com', 'HQ', 'IT security and mail administrator', None),
    'asst': ('Claudia Fuchs', 'claudia.fuchs@example.com', 'HQ', 'Assistant to the CEO', None),
    'proc': ('Markus Engel', 'markus.engel@example.com', 'HQ', 'Procurement, raw materials (Einkauf)', None),
    'sales': ('Katrin Vogt', 'katrin.vogt@example.com', 'HQ', 'Sales manager DACH (Vertrieb)', None),
    'export': ('Stefanie Krüger', 'stefanie.krueger@examplegroup.eu', 'HQ', 'Export sales manager', None),
    'log': ('Uwe Großmann', 'uwe.grossmann@example.com', 'HQ', 'Logistics and warehouse manager', None),
    'uk_mgr': ('David Whitfield', 'david.whitfield@example.com', 'UK', 'Office manager UK', None),
    'uk_acc': ('Priya Sharma', 'priya.sharma@example.com', 'UK', 'Accountant UK', None),
    'it_mgr': ('Francesca Ricci', 'francesca.ricci@example.com', 'IT', 'Office manager Italy', None),
    'it_acc': ('Niccolò Galli', 'niccolo.galli@example.com', 'IT', 'Accountant Italy (amministrazione)', None),
    'it_sales': ('Marco Esposito', 'marco.esposito@examplegroup.eu', 'IT', 'Sales representative Italy', None),
    'pl_mgr': ('Paweł Kowalczyk', 'pawel.kowalczyk@example.com', 'PL', 'Office manager Poland', None),
    'pl_acc': ('Małgorzata Wójcik', 'malgorzata.wojcik@example.com', 'PL', 'Accountant Poland (główna księgowa)', None),
    'es_mgr': ('Javier Martínez Ruiz', 'javier.martinez@example.com', 'ES', 'Office manager Spain', None),
    'es_acc': ('Lucía Fernández', 'lucia.fernandez@examplegroup.eu', 'ES', 'Accountant Spain', None),
    'es_sales': ('Álvaro Gómez', 'alvaro.gomez@example.com', 'ES', 'Sales representative Spain', None),
    'gr_mgr': ('Giorgos Papadopoulos', 'giorgos.papadopoulos@example.com', 'GR', 'Office manager Greece', 'Γιώργος Παπαδόπουλος'),
    'gr_acc': ('Eleni Konstantinou', 'eleni.konstantinou@examplegroup.eu', 'GR', 'Accountant Greece', 'Ελένη Κωνσταντίνου'),
    'ru_mgr': ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'RU', 'Office manager Russia', 'Дмитрий Соколов'),
    'ru_acc': ('Olga Morozova', 'olga.morozova@examplegroup.eu', 'RU', 'Accountant Russia (главный бухгалтер)', 'Ольга Морозова'),
}


def P(key):
    """(display name, address)"""
    s = STAFF[key]
    return (s[0], s[1])


def A(key):
    return STAFF[key][1]


# ----------------------------------------------------------- correspondents
# (organisation, country, contact, address, relationship)
CORR = [
    ('Lieferant GmbH', 'DE (Krefeld)', 'Stefan Maier', 's.maier@lieferant-gmbh.de', 'Supplier of titanium dioxide, iron-oxide pigments and acrylic binders; key account'),
    ('Lieferant GmbH', 'DE (Krefeld)', 'Petra Lang', 'p.lang@lieferant-gmbh.de', 'Supplier, sales back office / order handling'),
    ('Lieferant GmbH', 'DE (Krefeld)', 'Buchhaltung', 'rechnungen@lieferant-gmbh.de', 'Supplier, invoicing and dunning'),
    ('Ferretti Trasporti S.p.A.', 'IT (Piacenza)', 'Chiara Colombo', 'c.colombo@ferretti-trasporti.it', 'Road carrier DE–IT, traffic planner'),
    ('Ferretti Trasporti S.p.A.', 'IT (Piacenza)', 'Amministrazione', 'amministrazione@ferretti-trasporti.it', 'Road carrier, invoicing'),
    ('Partner Logistik sp. z o.o.', 'PL (Poznań)', 'Tadeusz Zieliński', 't.zielinski@partner-logistik.pl', 'Logistics partner, warehousing and FTL for PL/CZ'),
    ('Partner Logistik sp. z o.o.', 'PL (Poznań)', 'Księgowość', 'ksiegowosc@partner-logistik.pl', 'Logistics partner, accounting'),
    ('Farbenhaus Nord GmbH', 'DE (Hamburg)', 'Jens Petersen', 'j.petersen@farbenhaus-nord.de', 'Customer, paint wholesaler'),
    ('Blechdosen Westfalen GmbH', 'DE (Lippstadt)', 'Monika Jansen', 'm.jansen@blechdosen-westfalen.de', 'Supplier of tinplate cans and pails'),
    ('Kanzlei Dr. Berger & Partner', 'DE (Köln)', 'Dr. Katrin Berger', 'k.berger@berger-stb.de', 'Tax advisers / auditors'),
    ('Harwood Decorators\' Merchants Ltd', 'UK (Leeds)', 'Gareth Evans', 'gareth.evans@harwooddm.co.uk', 'Customer, decorators\' merchant chain (accounts: accounts@harwooddm.co.uk)'),
    ('Pennine Freight Ltd', 'UK (Bolton)', 'Transport desk', 'bookings@penninefreight.co.uk', 'Carrier UK'),
    ('Colorificio Adriatico S.r.l.', 'IT (Pesaro)', 'Luca Moretti', 'l.moretti@colorificioadriatico.it', 'Customer, paint shops in Marche/Romagna'),
    ('Impresa Edile Rossi', 'IT (Modena)', 'Giuseppe Rossi', 'giuseppe.rossi71@libero.it', 'Customer, small building contractor'),
    ('Budmax S.A.', 'PL (Łódź)', 'Agnieszka Nowak', 'a.nowak@budmax.pl', 'Customer, DIY/building-materials chain'),
    ('Transportes Levante Hnos. García S.L.', 'ES (Valencia)', 'Raúl García', 'raul.garcia@transporteslevante.es', 'Carrier ES (Google Workspace mail)'),
    ('Pinturas Mediterráneo S.A.', 'ES (Castellón)', 'Marta Sánchez', 'msanchez@pinturasmediterraneo.es', 'Customer, distributor'),
    ('Tránsitos Marítimos Turia S.L.', 'ES (Valencia)', 'Aduanas', 'aduanas@transitosturia.es', 'Customs broker, port of Valencia'),
    ('Βαφές Αιγαίου Α.Ε.', 'GR (Πειραιάς)', 'Κατερίνα Αλεξίου', 'k.alexiou@vafes-aigaiou.gr', 'Customer, distributor Attica/islands'),
    ('Χρωματοπωλείο Αφοί Δημητρίου Ο.Ε.', 'GR (Λάρισα)', 'Νίκος Δημητρίου', 'n.dimitriou@otenet.gr', 'Customer, paint shop (consumer mail)'),
    ('Λογιστικό Γραφείο Ιωαννίδης', 'GR (Θεσσαλονίκη)', 'Σταύρος Ιωαννίδης', 's.ioannidis@ioannidis-logistiki.gr', 'External accountants of Example Hellas'),
    ('ООО «Строймаркет-Нева»', 'RU (Санкт-Петербург)', 'Андрей Кузнецов', 'a.kuznetsov@stroymarket-neva.ru', 'Customer, building-materials wholesaler'),
    ('ИП Васильев И. А. (ТК «Северный путь»)', 'RU (Санкт-Петербург)', 'Игорь Васильев', 'igor.vasiliev.tk@yandex.ru', 'Carrier RU (consumer mail)'),
]

# ----------------------------------------------------------- bank details
EXG_DE = ids.de_iban('37040044', '0412773000')             # Commerzbank Köln
LIEF_OLD = ids.de_iban('32050000', '0004417382')           # Sparkasse Krefeld
LIEF_NEW = ids.de_iban('32070080', '0214955600')           # Deutsche Bank Krefeld
LIEF_FAKE = ids.de_iban('11010100', '2817734409')          # Solaris (mule)
FERR = ids.it_iban('06230', '12600', '000046328911')       # Crédit Agricole Italia, Piacenza
FERR_FAKE = ids.it_iban('03268', '22300', '052849317720')  # Banca Sella (mule)
PLOG = ids.pl_iban('105', '0109', '1000009047731246')      # ING BSK
PLOG_FAKE = ids.pl_iban('249', '0005', '0000453019887731') # Alior (mule)
LEV = ids.es_iban('2100', '1742', '0200214477')            # CaixaBank
LEV_FAKE = ids.es_iban('0128', '0731', '0100093118')       # Bankinter (mule)
VAFES = ids.gr_iban('011', '0147', '0000014700231854')      # NBG
VAFES_FAKE = ids.lt_iban('35000', '10002215873')           # Paysera LT (mule)
HARWOOD = ids.gb_iban('NWBK', '602341', '41873362')
EXG_UK = ids.gb_iban('BUKB', '201579', '63047182')
EXG_IT = ids.it_iban('05387', '02400', '000003477120')      # BPER Bologna
EXG_ES = ids.es_iban('0049', '6713', '2216090114')          # Santander
EXG_GR = ids.gr_iban('011', '0222', '0000022247719003')    # NBG
PAYROLL_FAKE = ids.de_iban('10011001', '2629481035')       # N26 (mule)
REGISTER_FAKE = ids.pl_iban('116', '0202', '0000000581139427')
CEO_FAKE = ids.iban('PT', '00350651' + '00071846319' + '%02d' % (98 - int('00350651' + '00071846319') * 100 % 97))
BLECH = ids.de_iban('41650001', '0001247735')              # Sparkasse Lippstadt

# Russia
SBER_NW = ('044030653', '30101810500000000653', 'ПАО Сбербанк (Северо-Западный банк)')
BSPB = ('044030790', ids.ru_account('044030790', '30101810', '00000000790', corr=True), 'ПАО «Банк «Санкт-Петербург»')
TBANK = ('044525974', ids.ru_account('044525974', '30101810', '45250000974', corr=True), 'АО «ТБанк»')
STROY_ACC = ids.ru_account(SBER_NW[0], '40702810', '55000031874')
STROY_FAKE = ids.ru_account(TBANK[0], '40702810', '10000491732')
VASIL_ACC = ids.ru_account(BSPB[0], '40802810', '79000012557')
EXG_RU = ids.ru_account(SBER_NW[0], '40702810', '55000077431')
STROY_INN = ids.ru_inn10('780245193')
VASIL_INN = ids.ru_inn12('7814206653')
VASIL_FAKE = ids.ru_account(TBANK[0], '40802810', '10000512843')
STROY_KPP = '780201001'
EXG_RU_KPP = '781001001'
EXG_RU_INN = ids.ru_inn10('780573362')

# registration numbers
EXG_VAT = ids.de_ustid('12349857')
LIEF_VAT = ids.de_ustid('11982764')
FERR_PIVA = ids.it_piva('0174833033')
PLOG_NIP = ids.pl_nip('778143520')
LEV_CIF = ids.es_cif('B', '4612587')
EXG_ES_CIF = ids.es_cif('B', '9718452')
VAFES_AFM = ids.gr_afm('09478352')
EXG_GR_AFM = ids.gr_afm('80021457')
HARWOOD_VAT = ids.gb_vat('2847193')
EXG_UK_VAT = ids.gb_vat('3019457')
EXG_PL_NIP = ids.pl_nip('899287345')
EXG_IT_PIVA = ids.it_piva('0341295037')
BUDMAX_NIP = ids.pl_nip('725198347')


def check_all():
    for k, v in list(globals().items()):
        if isinstance(v, str) and len(v) > 14 and v[:2].isalpha() and v[2:4].isdigit() and k.isupper() and k not in ('COMPANY',):
            assert ids.iban_ok(v), (k, v)
    for bik, corr, _ in (SBER_NW, BSPB, TBANK):
        assert ids.ru_account_ok(bik, corr, corr=True)
    assert ids.ru_account_ok(SBER_NW[0], STROY_ACC)
    assert ids.ru_account_ok(TBANK[0], STROY_FAKE)
    assert ids.ru_account_ok(TBANK[0], VASIL_FAKE) and ids.ru_account_ok(BSPB[0], VASIL_ACC)
    return True
