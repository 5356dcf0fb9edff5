"""Example Group: staff, offices and correspondents (shared by all messages)."""
import ids

COMPANY = {
    'name': 'Example Group',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'trade': 'private education and training group: language schools, vocational courses, '
             'corporate training and accredited exam centres',
    'hq': 'Köln (Cologne), Germany',
    'mx': 'mx01.example.com (Postfix, inbound)',
    'internal': 'mail-int01.example.com [10.20.0.25] (internal relay) <- Exchange EXCH01.corp.example.com [10.20.0.31]',
}

OFFICES = {
    'DE': 'Köln (HQ)', 'IT': 'Bologna', 'PL': 'Kraków', 'ES': 'Valencia',
    'GR': 'Thessaloniki', 'UK': 'Manchester', 'RU': 'Sankt-Peterburg',
}

# key: (display name, address, office, role)
STAFF = {
    'ceo': ('Jürgen Köhler', 'juergen.koehler@example.com', 'DE', 'Chief Executive Officer (Geschäftsführer)'),
    'cfo': ('Sabine Weißmann', 'sabine.weissmann@example.com', 'DE', 'Chief Financial Officer'),
    'ap': ('Monika Brandt', 'monika.brandt@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung)'),
    'hr': ('Katrin Schäfer', 'katrin.schaefer@example.com', 'DE', 'HR and payroll'),
    'it': ('Thomas Becker', 'thomas.becker@example.com', 'DE', 'Head of IT'),
    'sec': ('Lukas Hoffmann', 'lukas.hoffmann@example.com', 'DE', 'IT security and mail administrator'),
    'asst': ('Anja Vogel', 'anja.vogel@example.com', 'DE', 'Assistant to the CEO'),
    'proc': ('Markus Engel', 'markus.engel@example.com', 'DE', 'Procurement (Einkauf)'),
    'sales': ('Julia Krämer', 'julia.kraemer@example.com', 'DE', 'Sales, corporate training'),
    'de_mgr': ('Daniel Jäger', 'daniel.jaeger@example.com', 'DE', 'Office manager Köln'),
    'de_acc': ('Birgit Schröder', 'birgit.schroeder@example.com', 'DE', 'Accountant Köln'),
    'exam': ('Nina Hartmann', 'nina.hartmann@example.com', 'DE', 'Exam centre coordinator'),
    'trainer': ('Tobias Richter', 'tobias.richter@example.com', 'DE', 'Corporate training coordinator'),
    'it_mgr': ('Francesca Lombardi', 'francesca.lombardi@example.com', 'IT', 'Office manager Bologna'),
    'it_acc': ('Niccolò Santoro', 'niccolo.santoro@example.com', 'IT', 'Accountant Bologna'),
    'pl_mgr': ('Małgorzata Wójcik', 'malgorzata.wojcik@example.com', 'PL', 'Office manager Kraków'),
    'pl_acc': ('Paweł Łukasik', 'pawel.lukasik@example.com', 'PL', 'Accountant Kraków'),
    'es_mgr': ('Lucía Fernández', 'lucia.fernandez@example.com', 'ES', 'Office manager Valencia'),
    'es_acc': ('José Ibáñez', 'jose.ibanez@example.com', 'ES', 'Accountant Valencia'),
    'gr_mgr': ('Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'GR', 'Office manager Thessaloniki'),
    'gr_acc': ('Giorgos Karagiannis', 'giorgos.karagiannis@examplegroup.eu', 'GR', 'Accountant Thessaloniki'),
    'uk_mgr': ('Oliver Hughes', 'oliver.hughes@example.com', 'UK', 'Office and exam centre manager Manchester'),
    'uk_acc': ('Priya Sharma', 'priya.sharma@examplegroup.eu', 'UK', 'Accountant Manchester'),
    'ru_mgr': ('Anna Smirnova', 'anna.smirnova@examplegroup.eu', 'RU', 'Office manager Sankt-Peterburg'),
    'ru_acc': ('Dmitry Volkov', 'dmitry.volkov@examplegroup.eu', 'RU', 'Accountant Sankt-Peterburg'),
}

# native-script display names used by some mail clients
NATIVE = {
    'gr_mgr': 'Ελένη Παπαδοπούλου', 'gr_acc': 'Γιώργος Καραγιάννης',
    'ru_mgr': 'Анна Смирнова', 'ru_acc': 'Дмитрий Волков',
}


def S(key, native=False):
    n, a = STAFF[key][0], STAFF[key][1]
    if native and key in NATIVE:
        n = NATIVE[key]
    return (n, a)


# Correspondents: key -> (organisation, country, kind, [(name, address)])
CORR = {
    'lieferant': ('Lieferant GmbH', 'DE', 'Supplier of course books, exam material and classroom media (Mainz)',
                  [('Stefan Maier', 's.maier@lieferant-gmbh.de'), ('Petra Lang', 'p.lang@lieferant-gmbh.de'),
                   ('Buchhaltung', 'rechnungen@lieferant-gmbh.de')]),
    'ferretti': ('Ferretti Trasporti S.p.A.', 'IT', 'Road carrier (pallet deliveries of books and exam material in Italy)',
                 [('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), ('', 'amministrazione@ferretti-trasporti.it')]),
    'partner': ('Partner Logistik sp. z o.o.', 'PL', 'Logistics partner (warehousing and distribution of course material for PL/CEE)',
                [('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), ('', 'ksiegowosc@partner-logistik.pl')]),
    'nordwind': ('Nordwind Maschinenbau AG', 'DE', 'Customer: corporate language training for engineers',
                 [('Claudia Fischer', 'c.fischer@nordwind-maschinenbau.de')]),
    'bvs': ('Bundesverband privater Sprachschulen e.V.', 'DE', 'Trade association; members newsletter via Brevo',
            [('BVPS Newsletter', 'newsletter@bvps-sprachschulen.de')]),
    'anglia': ('Anglia Assessment Services Ltd', 'UK', 'Exam board: exam papers, centre fees and audits for the exam centres',
               [('Rebecca Hall', 'rebecca.hall@anglia-assessment.co.uk'), ('Centre Finance', 'centrefinance@anglia-assessment.co.uk')]),
    'hallam': ('Hallam Precision Engineering Ltd', 'UK', 'Customer: corporate English and German courses (Sheffield)',
               [('Sarah Mitchell', 'sarah.mitchell@hallam-precision.co.uk')]),
    'pennine': ('Pennine Fresh Foods Ltd', 'UK', 'Prospective customer (Business English proposal); its mailbox is abused in attack 16',
                [('Daniel Cooper', 'd.cooper@pennine-fresh.co.uk')]),
    'castlefield': ('Castlefield Property Management', 'UK', 'Landlord of the Manchester office (DocuSign user)',
                    [('James Whitfield', 'j.whitfield@castlefield-pm.co.uk')]),
    'aurora': ('Edizioni Scolastiche Aurora S.r.l.', 'IT', 'Publisher: Italian course books (supplier)',
               [('Marco Rinaldi', 'm.rinaldi@edizioniaurora.it')]),
    'libero_trainer': ('Luca Bianchi (freelance trainer)', 'IT', 'Freelance English trainer in Bologna on Libero',
                       [('Luca Bianchi', 'luca.bianchi78@libero.it')]),
    'asli': ('Associazione Scuole di Lingue Italiane (ASLI)', 'IT', 'Trade association, annual membership',
             [('Segreteria ASLI', 'segreteria@asli-scuole.it')]),
    'drukarnia': ('Drukarnia Wisła s.c.', 'PL', 'Printer: course handouts and certificates',
                  [('Agnieszka Nowak', 'a.nowak@drukarnia-wisla.pl')]),
    'mediterraneo': ('Grupo Hotelero Mediterráneo S.L.', 'ES', 'Customer: English/German training for hotel staff',
                     [('Carmen Ruiz', 'carmen.ruiz@grupomediterraneo.es')]),
    'turia': ('Patrimonios Turia S.A.', 'ES', 'Landlord of the Valencia school',
              [('Administración', 'administracion@patrimoniosturia.es')]),
    'olympos': ('Olympos Foods A.E.', 'GR', 'Customer: corporate English courses (Thessaloniki)',
                [('Μαρία Γεωργίου', 'm.georgiou@olymposfoods.gr')]),
    'otenet_trainer': ('Nikos Antoniou (freelance trainer)', 'GR', 'Freelance trainer on OTEnet consumer mail',
                       [('Νίκος Αντωνίου', 'nantoniou@otenet.gr')]),
    'fsj': ('Forum Szkół Językowych', 'PL', 'Trade association of language schools; newsletter via Mailchimp',
            [('Forum Szkół Językowych', 'newsletter@forumszkol.pl')]),
    'fundae': ('FUNDAE (Fundación Estatal para la Formación en el Empleo)', 'ES', 'Public training-subsidy foundation (notifications)',
                 [('FUNDAE', 'noreply@fundae.es')]),
    'severles': ('OOO Severny Les (ООО «Северный лес»)', 'RU', 'Customer: corporate English for staff',
                 [('Елена Кузнецова', 'e.kuznetsova@severles.ru')]),
    'nevsky': ('OOO BC Nevsky (ООО «БЦ Невский»)', 'RU', 'Landlord of the Sankt-Peterburg office',
               [('Бухгалтерия БЦ Невский', 'buh@bc-nevsky.ru')]),
}


def C(key, i=0):
    return CORR[key][3][i]


# --- bank accounts (all with valid check digits) ------------------------------------
BANK = {
    # genuine
    'lieferant_old': ids.iban('DE', '55050120' + '0200417388'),     # Sparkasse Mainz
    'lieferant_new': ids.iban('DE', '55060417' + '0004731526'),     # Mainzer Volksbank
    'example_de': ids.iban('DE', '37050198' + '1900448217'),        # Sparkasse KölnBonn
    'ferretti': ids.iban_it('03069', '02480', '100000011872'),      # Intesa Sanpaolo
    'partner': ids.iban_pl('1140200', '0000310044758211'),          # mBank
    'drukarnia': ids.iban_pl('1020291', '0000690203377120'),        # PKO BP
    'libero_trainer': ids.iban_it('05034', '02400', '000000004812'),  # Banco BPM
    'asli': ids.iban_it('02008', '02435', '000104277715'),          # UniCredit
    'turia': ids.iban_es('2100', '4521', '0200118034'),             # CaixaBank
    'anglia': ids.iban('GB', 'BARC' + '20325373' + '615208'),
    'otenet_trainer': ids.iban('GR', '011' + '0227' + '0000022710038112'),
    'example_gr': ids.iban('GR', '017' + '0214' + '0000021403177202'),
    # fraudulent
    'fraud_lt_revolut': ids.iban('LT', '32500' + '48113720581'),
    'fraud_lt_paysera': ids.iban('LT', '35000' + '10028345067'),
    'fraud_de_neo': ids.iban('DE', '10011001' + '2627419035'),      # N26-style
    'fraud_es': ids.iban_es('1465', '0100', '9117423805'),          # ING-style
    'fraud_pl': ids.iban_pl('1050000', '1863207744100395'),         # ING BSK-style
    'fraud_it': ids.iban_it('36772', '22300', '5742107338'),        # fintech-style
    'fraud_cy': ids.iban('CY', '005' + '00200' + '0000001203894417'),
    'fraud_fr': ids.iban_fr('16958', '00001', '47230086911'),       # Qonto-style
    'fraud_dir': ids.iban_it('05696', '01600', '000009315X02'),
    'fraud_be': ids.iban('BE', ids.be_bban('9671038452')),
}

RU = {
    'nevsky_bik': '044030653',
    'nevsky_acc': ids.ru_account('044030653', '40702810555000012847'),
    'nevsky_corr': ids.ru_corr_account('044030653'),
    'nevsky_inn': ids.ru_inn10('783814592'),
    'nevsky_ogrn': ids.ru_ogrn('110784700135'),
    'fraud_bik': '044525974',
    'fraud_acc': ids.ru_account('044525974', '40702810010000937456'),
    'fraud_corr': ids.ru_corr_account('044525974', '45250000'),
    'fraud_inn': ids.ru_inn10('772547316'),
    'severles_inn': ids.ru_inn10('780273184'),
    'example_bik': '044030786',
    'example_acc': ids.ru_account('044030786', '40702810901100018234'),
    'example_corr': ids.ru_corr_account('044030786'),
    'example_inn': ids.ru_inn10('784219637'),
}

VAT = {
    'lieferant': ids.de_ustid('14926731'),
    'example_de': ids.de_ustid('81247519'),
    'ferretti': 'IT' + ids.it_piva('0271843037'),
    'libero_trainer': 'IT' + ids.it_piva('0384916120'),
    'partner': ids.pl_nip('677234810'),
    'drukarnia': ids.pl_nip('945210337'),
    'turia': ids.es_cif('A', '4602871'),
    'example_es': ids.es_cif('B', '9874312'),
    'otenet_trainer': ids.gr_afm('13872194'),
    'olympos': ids.gr_afm('09962830'),
}
