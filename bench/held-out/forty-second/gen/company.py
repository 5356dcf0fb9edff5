"""Example Group: staff, offices, correspondents and bank/tax identifiers."""
from lib import ids

COMPANY = {
    'name': 'Example Group',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'trade': 'Distribution of electronic components (semiconductors, connectors, passive components) '
             'to manufacturers; franchised distributor of several chip makers (e.g. Vantor Semiconductor).',
}

OFFICES = {
    'HQ': ('Example Group GmbH', 'Max-Planck-Straße 12, 85716 Unterschleißheim (Munich), Germany', 'DE'),
    'IT': ('Example Group Italia S.r.l.', 'Viale Fulvio Testi 11, 20092 Cinisello Balsamo (MI), Italy', 'IT'),
    'PL': ('Example Group Polska sp. z o.o.', 'ul. Legnicka 48, 54-202 Wrocław, Poland', 'PL'),
    'ES': ('Example Group Iberia S.L.', 'Carrer de Pallars 193, 08005 Barcelona, Spain', 'ES'),
    'GR': ('Example Group Hellas Μ.Ε.Π.Ε.', 'Λεωφ. Κηφισίας 124, 115 26 Αθήνα (Athens), Greece', 'GR'),
    'UK': ('Example Group UK Ltd', '400 Thames Valley Park Drive, Reading RG6 1PT, United Kingdom', 'UK'),
    'RU': ('ООО «Экзампл Груп Рус»', 'Московский пр., 143, Санкт-Петербург, 196084 (St Petersburg), Russia', 'RU'),
}

# key: (display name, address, office, role)
STAFF = {
    'ceo': ('Dr. Matthias Brenner', 'matthias.brenner@example.com', 'HQ', 'Chief Executive Officer (Geschäftsführer)'),
    'cfo': ('Claudia Wörner', 'claudia.woerner@example.com', 'HQ', 'Chief Financial Officer'),
    'ap': ('Sabine Krüger', 'sabine.krueger@example.com', 'HQ', 'Accounts Payable (Kreditorenbuchhaltung)'),
    'ar': ('Monika Schmid', 'monika.schmid@example.com', 'HQ', 'Accounts Receivable & Tax (Debitoren/Steuern)'),
    'hr': ('Jürgen Weiß', 'juergen.weiss@example.com', 'HQ', 'HR & Payroll (Personal/Lohnbuchhaltung)'),
    'it': ('Thomas Hoffmann', 'thomas.hoffmann@example.com', 'HQ', 'Head of IT'),
    'sec': ('Katrin Schäfer', 'katrin.schaefer@example.com', 'HQ', 'IT Security & Mail Administration'),
    'asst': ('Julia Neumann', 'julia.neumann@example.com', 'HQ', 'Assistant to the CEO'),
    'proc': ('Florian Bauer', 'florian.bauer@example.com', 'HQ', 'Head of Procurement (Einkauf)'),
    'sales': ('Andreas Groß', 'andreas.gross@example.com', 'HQ', 'Sales Director DACH'),
    'isales': ('Lena Fischer', 'lena.fischer@example.com', 'HQ', 'Inside Sales'),
    'fae': ('Niklas Vogt', 'niklas.vogt@example.com', 'HQ', 'Field Application Engineer'),
    'it_mgr': ('Alessandro Ricci', 'alessandro.ricci@example.com', 'IT', 'Office Manager Italia'),
    'it_acc': ('Francesca Gallo', 'francesca.gallo@example.com', 'IT', 'Contabile (Accountant) Italia'),
    'it_sales': ('Marco Esposito', 'marco.esposito@examplegroup.eu', 'IT', 'Sales Italia'),
    'pl_mgr': ('Małgorzata Wójcik', 'malgorzata.wojcik@example.com', 'PL', 'Office Manager Polska'),
    'pl_acc': ('Paweł Kowalczyk', 'pawel.kowalczyk@examplegroup.eu', 'PL', 'Księgowy (Accountant) Polska'),
    'es_mgr': ('Javier Muñoz', 'javier.munoz@example.com', 'ES', 'Director Oficina España'),
    'es_acc': ('Lucía Fernández', 'lucia.fernandez@example.com', 'ES', 'Contable (Accountant) España'),
    'gr_mgr': ('Γιώργος Παπαδόπουλος', 'georgios.papadopoulos@example.com', 'GR', 'Office Manager Ελλάδα'),
    'gr_acc': ('Ελένη Κωνσταντίνου', 'eleni.konstantinou@examplegroup.eu', 'GR', 'Λογίστρια (Accountant) Ελλάδα'),
    'uk_mgr': ('James Whitaker', 'james.whitaker@example.com', 'UK', 'UK Office Manager'),
    'uk_acc': ('Sarah Collins', 'sarah.collins@example.com', 'UK', 'UK Accountant'),
    'ru_mgr': ('Дмитрий Соколов', 'dmitry.sokolov@examplegroup.eu', 'RU', 'Руководитель офиса (Office Manager) Россия'),
    'ru_acc': ('Ольга Иванова', 'olga.ivanova@example.com', 'RU', 'Бухгалтер (Accountant) Россия'),
}


def S(key):
    return STAFF[key][0], STAFF[key][1]


# ------------------------------------------------------------ identifiers
BANK = {}
# Lieferant GmbH: old (Sparkasse Nürnberg) and new (Commerzbank Nürnberg)
BANK['lief_old'] = ids.de_iban('76050101', '0004471893')
BANK['lief_new'] = ids.de_iban('76040061', '0612094400')
BANK['lief_fake'] = ids.de_iban('11010100', '2731950468')      # Solaris, attacker A02
BANK['kessler'] = ids.de_iban('66690000', '0000851247')
BANK['payroll_fake'] = ids.de_iban('10011001', '2617834905')   # N26, attacker A05
BANK['register_fake'] = ids.sk_iban('1100', '000000', ids.sk_fix_account('294731685'))
BANK['ferretti'] = ids.it_iban('03069', '33740', '100000017342')
BANK['ferretti_fake'] = ids.lt_iban('35000', '10002871460')    # Paysera LT, attacker A19
BANK['plog'] = ids.pl_iban('1020524', '0000260204117736')      # PKO BP
BANK['plog_fake'] = ids.pl_iban('1140200', '0000370219550391')  # mBank, attacker A23
BANK['levante'] = ids.es_iban('0081', '0216', '0001875342')     # Sabadell
BANK['eg_iberia'] = ids.es_iban('2100', '3021', '0201846271')   # CaixaBank
BANK['hcargo_old'] = ids.gr_iban('017', '0172', '0000172041183')  # Piraeus
BANK['hcargo_new'] = ids.gr_iban('011', '0146', '00014647021587')  # NBG
BANK['hcargo_fake'] = ids.bg_iban('STSA', '9300', '00', '28472015')  # DSK BG, attacker A36
BANK['uk_escrow_fake'] = ids.gb_iban('BARC', '209871', '53918264')
BANK['vantor'] = ids.nl_iban('ABNA', '0417382946')

RU = {}
RU['sber_bik'] = '044030653'
RU['sber_corr'] = ids.ru_corr_account('044030653')
RU['nev_acct'] = ids.ru_account('044030653', '40702810X55000047281')
RU['alfa_bik'] = '044525593'
RU['alfa_corr'] = ids.ru_corr_account('044525593')
RU['nev_fake_acct'] = ids.ru_account('044525593', '40702810X02300019674')
RU['nev_inn'] = ids.ru_inn10('780215483')
RU['nev_kpp'] = '781001001'
RU['nev_ogrn'] = ids.ru_ogrn('114784701955')
RU['eg_inn'] = ids.ru_inn10('781027364')
RU['eg_kpp'] = '781001001'

VAT = {
    'eg_de': ids.de_vat_any('81462937'),
    'lief': ids.de_vat_any('13357294'),
    'kessler': ids.de_vat_any('14421876'),
    'ferretti': 'IT' + ids.it_piva('0217364015'),
    'eg_it': 'IT' + ids.it_piva('1074125096'),
    'tecno': 'IT' + ids.it_piva('0382914096'),
    'plog': 'PL' + ids.pl_nip('897184260').replace('-', ''),
    'plog_nip': ids.pl_nip('897184260'),
    'eg_pl': ids.pl_nip('894305127'),
    'elmont': ids.pl_nip('547203918'),
    'levante': ids.es_cif('B', '9741836'),
    'eg_es': ids.es_cif('B', '6628415'),
    'hcargo': ids.gr_afm('09972145'),
    'eg_gr': ids.gr_afm('80142736'),
    'aigaio': ids.gr_afm('09461837'),
    'eg_uk': ids.gb_vat('3817465'),
    'northbridge': ids.gb_vat('2290417'),
}

BTC = {
    'sextortion': ids.btc_p2wpkh('audit44-sextortion-el'),
}

CORRESPONDENTS = [
    # (organisation, country, role, contacts, domain/infrastructure)
    ('Lieferant GmbH', 'DE (Nürnberg)', 'Supplier: manufacturer of passive components and ferrites',
     'Stefan Maier <s.maier@lieferant-gmbh.de> (Leiter Finanzen), Petra Lang <p.lang@lieferant-gmbh.de> (Vertriebsinnendienst), Buchhaltung <rechnungen@lieferant-gmbh.de>',
     'lieferant-gmbh.de, Microsoft 365'),
    ('Ferretti Trasporti S.p.A.', 'IT (Milano)', 'Road carrier Milano–München',
     'Chiara Colombo <c.colombo@ferretti-trasporti.it> (ufficio traffico), Amministrazione <amministrazione@ferretti-trasporti.it>',
     'ferretti-trasporti.it, Aruba'),
    ('Partner Logistik sp. z o.o.', 'PL (Wrocław)', 'Logistics partner, warehouse Wrocław-Bielany',
     'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, Księgowość <ksiegowosc@partner-logistik.pl>',
     'partner-logistik.pl, home.pl'),
    ('Kessler Steckverbinder GmbH', 'DE (Pforzheim)', 'Supplier: connector manufacturer',
     'Ute Kessler <u.kessler@kessler-steckverbinder.de>, Forderungsmanagement <forderungen@kessler-steckverbinder.de>',
     'kessler-steckverbinder.de, IONOS'),
    ('Vantor Semiconductor B.V.', 'NL (Eindhoven)', 'Franchising chip maker (MCUs, power ICs)',
     'Erik de Vries <erik.devries@vantorsemi.com> (Channel Manager EMEA), Partner Portal <partnerportal@vantorsemi.com>',
     'vantorsemi.com, Microsoft 365 + Salesforce'),
    ('Northbridge Controls Ltd', 'UK (Sheffield)', 'Customer: industrial control boards',
     'Helen Marsh <helen.marsh@northbridge-controls.co.uk> (Purchasing Manager)', 'northbridge-controls.co.uk, Microsoft 365, DocuSign'),
    ('Pennine Power Systems Ltd', 'UK (Halifax)', 'Customer: power supplies',
     'Mark Fletcher <mark.fletcher@penninepower.co.uk> (Finance)', 'penninepower.co.uk, Microsoft 365 (mailbox compromised in attack 10)'),
    ('Hartley Benson LLP', 'UK (Reading)', 'Solicitors of the UK office (lease)',
     'Rebecca Hartley <rebecca.hartley@hartleybenson.co.uk>', 'hartleybenson.co.uk, Microsoft 365'),
    ('Tecnoquadri Brianza S.r.l.', 'IT (Monza)', 'Customer: switchgear manufacturer',
     'Luca Brambilla <l.brambilla@tecnoquadri.it>', 'tecnoquadri.it'),
    ('Elmont-Pomiar sp. z o.o.', 'PL (Bielsko-Biała)', 'Customer: electricity meters',
     'Katarzyna Dąbrowska <k.dabrowska@elmont-pomiar.pl> (zakupy)', 'elmont-pomiar.pl'),
    ('Zakład Elektroniki ELTRON Jan Wiśniewski', 'PL (Opole)', 'Small EMS customer',
     'Jan Wiśniewski <eltron.wisniewski@wp.pl>', 'wp.pl (consumer mail)'),
    ('Automatismos Levante S.L.', 'ES (Valencia)', 'Customer: automation controllers',
     'Sergio Navarro <snavarro@automatismoslevante.es> (compras)', 'automatismoslevante.es, Google Workspace'),
    ('Hellas Cargo Forwarding Α.Ε.', 'GR (Πειραιάς)', 'Freight forwarder / customs broker',
     'Νίκος Αλεξίου <n.alexiou@hellascargo.gr>, Λογιστήριο <logistirio@hellascargo.gr>', 'hellascargo.gr'),
    ('Αιγαίο Ηλεκτρονική Α.Ε.', 'GR (Θεσσαλονίκη)', 'Customer: industrial electronics',
     'Μαρία Γεωργίου <m.georgiou@aigaio-ilektroniki.gr>', 'aigaio-ilektroniki.gr'),
    ('Σταύρος Μιχαηλίδης (external accountant)', 'GR (Αθήνα)', 'Λογιστής of the Greek office',
     'Σταύρος Μιχαηλίδης <stavros.michailidis@otenet.gr>', 'otenet.gr (consumer mail)'),
    ('ООО «Невский Элемент»', 'RU (Санкт-Петербург)', 'Supplier: passive components, local stock',
     'Анна Петрова <a.petrova@nevelem.ru>, Бухгалтерия <buh@nevelem.ru>', 'nevelem.ru'),
    ('Component Insider', 'UK', 'Trade newsletter (subscribed)', '<news@componentinsider.com>', 'Mailchimp'),
    ('Elektronika B2B', 'PL', 'Trade newsletter (subscribed)', '<newsletter@elektronikab2b.pl>', 'FreshMail'),
    ('Private mailboxes of staff', '-', 'Used for sick leave / broken laptop notes',
     'Lena Fischer <lena.fischer87@gmx.de>, Javier Muñoz <javimunoz.bcn@gmail.com>, Ольга Иванова <olga.ivanova.spb@yandex.ru>', 'gmx.de, gmail.com, yandex.ru'),
    ('Service providers', '-', 'Genuine notifications',
     'DocuSign, Microsoft, Google, GitHub, Yandex ID, DHL Express, ELSTER, Aruba, AEAT/DEHú, CaixaBank, Eurobank, ACS Courier, Kontur.Diadok', 'their own infrastructure'),
]
