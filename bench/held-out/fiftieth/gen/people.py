"""Example Group staff, correspondents and the routes their mail takes."""
import codes
from routes import SmallPostfix, Roundcube, Aruba, M365, Strato

COMPANY = {
    'name': 'Example Group',
    'legal': 'Example Group GmbH',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'trade': 'steel and metals distribution / steel service centre (slitting and cut-to-length of coils, '
             'sheets and plates, tubes and hollow sections, sawing and laser cutting)',
    'hq': 'Hansaallee 201, 40549 Düsseldorf, Germany',
    'vat': codes.de_ustid('81964027'),
}

OFFICES = {
    'HQ': 'Düsseldorf (DE, headquarters)',
    'IT': 'Brescia (IT; office and warehouse in Castegnato BS)',
    'PL': 'Katowice (PL)',
    'ES': 'Bilbao (ES)',
    'GR': 'Thessaloniki (GR)',
    'UK': 'Sheffield (UK)',
    'RU': 'St Petersburg (RU)',
}

# key: (Display Name, address, office, role)
STAFF = {
    'ceo': ('Thomas Becker', 'thomas.becker@example.com', 'HQ', 'Chief Executive Officer (Dr.)'),
    'cfo': ('Katrin Vogel', 'katrin.vogel@example.com', 'HQ', 'Chief Financial Officer'),
    'acct_head': ('Jörg Weiß', 'joerg.weiss@example.com', 'HQ', 'Head of Accounting'),
    'ap': ('Monika Krüger', 'monika.krueger@example.com', 'HQ', 'Accounts Payable'),
    'hr': ('Sabine Hoffmann', 'sabine.hoffmann@example.com', 'HQ', 'HR & Payroll'),
    'it': ('Markus Wolff', 'markus.wolff@example.com', 'HQ', 'Head of IT'),
    'sec': ('Jan Özdemir', 'jan.oezdemir@example.com', 'HQ', 'IT Security & Mail Administrator'),
    'asst': ('Laura Schmitt', 'laura.schmitt@example.com', 'HQ', 'Assistant to the CEO'),
    'proc': ('Frank Müller', 'frank.mueller@example.com', 'HQ', 'Head of Procurement'),
    'sales': ('Andreas Köhler', 'andreas.koehler@example.com', 'HQ', 'Sales Manager Germany'),
    'log': ('Dennis Braun', 'dennis.braun@example.com', 'HQ', 'Logistics / Dispatch'),
    'it_mgr': ('Marco Bianchi', 'marco.bianchi@example.com', 'IT', 'Office Manager Italy'),
    'it_acc': ('Giulia Ricci', 'giulia.ricci@example.com', 'IT', 'Accountant Italy'),
    'it_sales': ('Davide Galli', 'davide.galli@example.com', 'IT', 'Sales Italy'),
    'pl_mgr': ('Piotr Wiśniewski', 'piotr.wisniewski@example.com', 'PL', 'Office Manager Poland'),
    'pl_acc': ('Małgorzata Łukasik', 'malgorzata.lukasik@example.com', 'PL', 'Accountant Poland'),
    'pl_sales': ('Tomasz Dąbrowski', 'tomasz.dabrowski@example.com', 'PL', 'Sales & Purchasing Poland'),
    'es_mgr': ('Iñigo Etxeberria', 'inigo.etxeberria@examplegroup.eu', 'ES', 'Office Manager Spain'),
    'es_acc': ('Lucía Fernández', 'lucia.fernandez@examplegroup.eu', 'ES', 'Accountant Spain (incl. payroll)'),
    'gr_mgr': ('Giorgos Papadopoulos', 'giorgos.papadopoulos@example.com', 'GR', 'Office Manager Greece'),
    'gr_acc': ('Eleni Georgiou', 'eleni.georgiou@examplegroup.eu', 'GR', 'Accountant Greece'),
    'uk_mgr': ('James Whitfield', 'james.whitfield@example.com', 'UK', 'Office Manager UK'),
    'uk_acc': ('Sarah Holloway', 'sarah.holloway@example.com', 'UK', 'Accountant / Credit Control UK'),
    'ru_mgr': ('Dmitry Sokolov', 'dmitry.sokolov@examplegroup.eu', 'RU', 'Office Manager Russia'),
    'ru_acc': ('Olga Smirnova', 'olga.smirnova@examplegroup.eu', 'RU', 'Chief Accountant Russia'),
}

FUNCTIONAL = [
    ('rechnungseingang@example.com', 'AP invoice inbox (HQ)'),
    ('it-helpdesk@example.com', 'IT service desk'),
    ('info@example.com', 'general enquiries'),
]


def S(k):
    """(display name, address) of a staff member"""
    return STAFF[k][:2]


def tonline(ip):
    return 'p' + ''.join(f'{int(x):02x}' for x in ip.split('.')) + '.dip0.t-ipconnect.de'


# ---------------------------------------------------------------- correspondents
# (company, country, role, contacts, route description)
CORRESPONDENTS = [
    ('Lieferant GmbH', 'DE (Duisburg)', 'supplier: hot-rolled/cold-rolled coil and heavy plate',
     ['Stefan Maier <s.maier@lieferant-gmbh.de>', 'Petra Lang <p.lang@lieferant-gmbh.de>',
      'Buchhaltung <rechnungen@lieferant-gmbh.de>'], 'own Postfix mail.lieferant-gmbh.de; Thunderbird / Outlook 16'),
    ('Ferretti Trasporti S.p.A.', 'IT (Brescia/Rezzato)', 'road carrier (coil and sheet transport)',
     ['Chiara Colombo <c.colombo@ferretti-trasporti.it>', '<amministrazione@ferretti-trasporti.it>'],
     'Aruba hosted mail, Outlook 16'),
    ('Partner Logistik sp. z o.o.', 'PL (Gliwice)', 'logistics partner (warehousing, domestic haulage)',
     ['Tadeusz Zieliński <t.zielinski@partner-logistik.pl>', '<ksiegowosc@partner-logistik.pl>'],
     'Microsoft 365 tenant'),
    ('Metallbau Hartmann GmbH & Co. KG', 'DE (Mönchengladbach)', 'customer (steel construction)',
     ['Uwe Hartmann <u.hartmann@hartmann-metallbau.de>'], 'Microsoft 365'),
    ('Spedition Kraus GmbH', 'DE (Neuss)', 'carrier', ['Disposition <dispo@spedition-kraus.de>',
                                                       'Sandra Kraus <buchhaltung@spedition-kraus.de>'],
     'Strato, Outlook 16'),
    ('Pennine Fabrications Ltd', 'UK (Rotherham)', 'customer (fabrication)',
     ['Rachel Moss <rachel.moss@penninefab.co.uk>', 'Accounts <accounts@penninefab.co.uk>'], 'Microsoft 365, DocuSign'),
    ('Officine Meccaniche Brambilla S.r.l.', 'IT (Lecco)', 'customer (machining)',
     ['Roberto Brambilla <r.brambilla@brambilla-om.it>'], 'Aruba hosted mail'),
    ('Carpenteria Rossi s.n.c.', 'IT (Rovato BS)', 'small customer (steel fabrication)',
     ['Luca Rossi <carpenteria.rossi@libero.it>'], 'consumer mail libero.it'),
    ('Studio Doganale Marchetti', 'IT (Genova)', 'customs broker', ['Paola Marchetti <p.marchetti@doganemarchetti.it>'],
     'own Postfix, Thunderbird'),
    ('Profilstal Zabrze sp. z o.o.', 'PL (Zabrze)', 'supplier (tubes, hollow sections)',
     ['Katarzyna Nowicka <k.nowicka@profilstal-zabrze.pl>'], 'home.pl, Outlook 16'),
    ('Zakład Ślusarski Henryk Nowak', 'PL (Sosnowiec)', 'small customer (locksmith shop)',
     ['Henryk Nowak <zs.nowak@wp.pl>'], 'consumer mail wp.pl'),
    ('Transformados Metálicos Urrutia S.L.', 'ES (Durango, Bizkaia)', 'customer',
     ['Ane Urrutia <compras@urrutia-metal.es>'], 'Microsoft 365'),
    ('Transportes Goikoetxea S.L.', 'ES (Basauri)', 'carrier', ['<facturacion@goikoetxea-transportes.es>'],
     'own Postfix, Outlook 16'),
    ('Asesoría Zubizarreta', 'ES (Bilbao)', 'tax adviser (gestoría) of the Spanish branch',
     ['Miren Zubizarreta <miren@asesoriazubizarreta.es>'], 'Google Workspace'),
    ('Μεταλλικά Μακεδονίας Α.Ε. (Metallika Makedonias S.A.)', 'GR (Sindos)', 'customer',
     ['Νίκος Αθανασίου <n.athanasiou@metallika-makedonias.gr>'], 'Microsoft 365'),
    ('Κώστας Νικολαΐδης (Kostas Nikolaidis), σιδηρουργείο', 'GR (Kalamaria)', 'small customer (ironworks)',
     ['<k.nikolaidis@otenet.gr>'], 'consumer mail otenet.gr (Horde)'),
    ('Λογιστικό Γραφείο Δημητρίου', 'GR (Thessaloniki)', 'external accountant of the Greek branch',
     ['Σοφία Δημητρίου <sofia@logistiko-dimitriou.gr>'], 'Google Workspace'),
    ('Μεταφορές Αιγαίου Ο.Ε. (Metafores Aigaiou)', 'GR (Thessaloniki)', 'carrier',
     ['<logistirio@metafores-aigaiou.gr>'], 'own Postfix, Outlook 16'),
    ('ООО «МеталлСнаб-Нева»', 'RU (St Petersburg)', 'customer', ['Андрей Кузнецов <a.kuznetsov@metallsnab-neva.ru>'],
     'Yandex 360'),
    ('ООО «ТК Балт-Транзит»', 'RU (St Petersburg)', 'carrier', ['<buh@balttranzit.ru>'], 'own Postfix, Outlook 16'),
    ('Сергей Волков, ИП', 'RU (Kolpino)', 'small customer', ['<volkov.metall@yandex.ru>'], 'consumer mail yandex.ru'),
    ('Stahlmarkt Aktuell', 'DE', 'subscribed trade newsletter', ['<newsletter@stahlmarkt-aktuell.de>'], 'Brevo'),
    ('MetalMarket Weekly', 'UK', 'subscribed trade newsletter', ['<news@metalmarketweekly.co.uk>'], 'Mailchimp'),
    ('Acero al Día', 'ES', 'subscribed trade newsletter', ['<boletin@aceroaldia.es>'], 'SendGrid'),
    ('Microsoft, Google, GitHub, Yandex, DocuSign, PayPal', '-', 'real service notifications',
     ['real sender addresses'], 'their own infrastructure'),
]


# ---------------------------------------------------------------- routes
def r_lieferant(mua='thunderbird', ip='91.12.58.31'):
    return SmallPostfix(mailhost='mail.lieferant-gmbh.de', mailhost_ip='85.13.141.72',
                        mailhost_rdns='mail.lieferant-gmbh.de', client_ip=ip, client_rdns=tonline(ip),
                        helo_client='[192.168.10.57]', mua=mua)


def r_lieferant_webmail(web_ip):
    return Roundcube(mailhost='mail.lieferant-gmbh.de', mailhost_ip='85.13.141.72',
                     mailhost_rdns='mail.lieferant-gmbh.de', web_ip=web_ip)


def r_ferretti():
    return Aruba(client_ip='93.44.187.20')


def r_partner():
    return M365(node='PA4PR09MB6832', node2='VI1PR09MB4410', region='eurprd09', lang='pl-PL',
                obe=('EUR02-VI1-obe.outbound.protection.outlook.com',
                     'mail-vi1eur02on2120.outbound.protection.outlook.com', '40.107.241.120'),
                tenant='5c1e8a74-2f0d-4b8e-9d6c-1a7f3e2b9c40')


def r_hartmann():
    return M365(node='FR3P281MB1734', node2='BEZP281MB2245', region='DEUP281', lang='de-DE',
                obe=('DEU01-FR2-obe.outbound.protection.outlook.com',
                     'mail-fr2deu01on2104.outbound.protection.outlook.com', '40.107.135.104'))


def r_kraus():
    return Strato(client_ip='87.123.199.14')


def r_pennine():
    return M365(node='LO4P265MB6531', node2='CWLP265MB3216', region='GBRP265', lang='en-GB', tz='UTC',
                obe=('GBR01-LO4-obe.outbound.protection.outlook.com',
                     'mail-lo4gbr01on2093.outbound.protection.outlook.com', '40.107.138.93'))


def r_urrutia():
    return M365(node='PAXPR02MB7286', node2='DB9PR02MB6715', region='eurprd02', lang='es-ES',
                obe=('EUR05-DB8-obe.outbound.protection.outlook.com',
                     'mail-db8eur05on2118.outbound.protection.outlook.com', '40.107.20.118'))


def r_metallika():
    return M365(node='VI1PR08MB3348', node2='AS2PR08MB8712', region='eurprd08', lang='el-GR',
                obe=('EUR03-AM7-obe.outbound.protection.outlook.com',
                     'mail-am7eur03on2101.outbound.protection.outlook.com', '40.107.105.101'))
