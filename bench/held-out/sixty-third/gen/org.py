"""Example Group: offices, staff, correspondents and bank/tax identifiers."""
import checks as C

COMPANY = {
    'name': 'Example Group',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'trade': 'marketing, advertising and media agency: campaigns, media buying on Google/Meta/TikTok, '
             'influencer deals, events and print production',
    'mx': 'mx01.example.com (Postfix, inbound)',
    'relay': 'mail-int01.example.com [10.20.0.25] (internal relay, Exchange 2019 behind it: EXMBX01/EXMBX02.corp.example.com)',
}

OFFICES = [
    ('Hamburg (HQ)', 'Example Group GmbH, Große Elbstraße 145, 22767 Hamburg, Germany'),
    ('Milan', 'Example Group Italia S.r.l., Via Tortona 31, 20144 Milano, Italy'),
    ('Warsaw', 'Example Group Polska sp. z o.o., ul. Prosta 51, 00-838 Warszawa, Poland'),
    ('Madrid', 'Example Group Iberia S.L., Calle de Alcalá 95, 28009 Madrid, Spain'),
    ('Athens', 'Example Group Hellas M.I.K.E., Leof. Kifisias 124, 115 26 Athens, Greece'),
    ('London', 'Example Group UK Ltd, 41 Clerkenwell Road, London EC1M 5RS, United Kingdom'),
    ('St Petersburg', 'OOO "Example Group" (ООО «Экзампл Груп»), Nevsky pr. 88, 191025 St Petersburg, Russia'),
]


def S(name, addr, office, role):
    return {'name': name, 'addr': addr, 'office': office, 'role': role}


STAFF = [
    S('Jörg Hoffmann', 'joerg.hoffmann@example.com', 'Hamburg (HQ)', 'CEO (Geschäftsführer)'),
    S('Sabine Krüger', 'sabine.krueger@example.com', 'Hamburg (HQ)', 'CFO'),
    S('Anna Schröder', 'anna.schroeder@example.com', 'Hamburg (HQ)', 'Accounts payable (Kreditorenbuchhaltung), HQ accountant'),
    S('Katrin Vogel', 'katrin.vogel@example.com', 'Hamburg (HQ)', 'HR & payroll'),
    S('Thomas Becker', 'thomas.becker@example.com', 'Hamburg (HQ)', 'Head of IT'),
    S('Lukas Brandt', 'lukas.brandt@example.com', 'Hamburg (HQ)', 'IT security & mail administrator'),
    S('Melanie Fuchs', 'melanie.fuchs@example.com', 'Hamburg (HQ)', 'Assistant to the CEO'),
    S('Daniel Wagner', 'daniel.wagner@example.com', 'Hamburg (HQ)', 'Procurement (Einkauf)'),
    S('Julia Neumann', 'julia.neumann@example.com', 'Hamburg (HQ)', 'Head of Sales / New Business'),
    S('Felix Hartmann', 'felix.hartmann@example.com', 'Hamburg (HQ)', 'Head of Media Buying (Google/Meta/TikTok)'),
    S('Moritz Köhler', 'moritz.koehler@example.com', 'Hamburg (HQ)', 'Print production manager'),
    S('Lena Schäfer', 'lena.schaefer@example.com', 'Hamburg (HQ)', 'Event manager'),
    S('Birgit Lorenz', 'birgit.lorenz@example.com', 'Hamburg (HQ)', 'Office manager Hamburg'),
    S('Giulia Bianchi', 'giulia.bianchi@example.com', 'Milan', 'Office manager Milan'),
    S('Francesca Russo', 'francesca.russo@example.com', 'Milan', 'Accountant Milan'),
    S('Marco Ricci', 'marco.ricci@example.com', 'Milan', 'Client service director Milan'),
    S('Paweł Kowalczyk', 'pawel.kowalczyk@example.com', 'Warsaw', 'Office manager Warsaw'),
    S('Małgorzata Wiśniewska', 'malgorzata.wisniewska@example.com', 'Warsaw', 'Accountant Warsaw'),
    S('Javier Martín', 'javier.martin@example.com', 'Madrid', 'Office manager Madrid'),
    S('Lucía Fernández', 'lucia.fernandez@example.com', 'Madrid', 'Accountant Madrid'),
    S('Nikos Papadopoulos', 'nikos.papadopoulos@examplegroup.eu', 'Athens', 'Office manager Athens'),
    S('Eleni Georgiou', 'eleni.georgiou@examplegroup.eu', 'Athens', 'Accountant Athens'),
    S('Oliver Bennett', 'oliver.bennett@example.com', 'London', 'Office manager London'),
    S('Priya Shah', 'priya.shah@example.com', 'London', 'Accountant London'),
    S('Dmitry Sokolov', 'dmitry.sokolov@examplegroup.eu', 'St Petersburg', 'Office manager St Petersburg'),
    S('Olga Ivanova', 'olga.ivanova@examplegroup.eu', 'St Petersburg', 'Accountant St Petersburg'),
]
_BY = {s['addr'].split('@')[0]: s for s in STAFF}


def st(local):
    """(display name, address) of a staff member by local part"""
    s = _BY[local]
    return (s['name'], s['addr'])


def first(local):
    return _BY[local]['name'].split()[0]


# ------------------------------------------------------------------ identifiers
EG_VAT = C.de_vat('28417305')           # Example Group GmbH
EG_IT_PIVA = C.it_piva('0974315096')    # Example Group Italia S.r.l.
EG_PL_NIP = C.pl_nip('525284117')       # Example Group Polska
EG_ES_CIF = C.es_cif('B', '8731264')    # Example Group Iberia S.L.
EG_GR_AFM = C.gr_afm('80154727')        # Example Group Hellas
EG_RU_INN = C.ru_inn10('780540312')     # OOO Example Group

LIEF_VAT = C.de_vat('12658204')
LIEF_IBAN_OLD = C.de_iban('47860125', '204417300')   # Volksbank Bielefeld-Gütersloh
LIEF_BIC_OLD = 'GENODEM1GTL'
LIEF_IBAN_NEW = C.de_iban('48070020', '318846200')   # Deutsche Bank Bielefeld
LIEF_BIC_NEW = 'DEUTDEDB480'

FERRETTI_PIVA = C.it_piva('0318702023')
FERRETTI_IBAN = C.it_iban('03069', '11710', '100000061347')   # Intesa Sanpaolo, Verona
FERRETTI_BIC = 'BCITITMM'

PLOG_NIP = C.pl_nip('778142650')
PLOG_IBAN = C.pl_iban('1140200', '0000320287641104')       # mBank
NOWAK_IBAN = C.pl_iban('1050144', '5000009081227653')      # ING Bank Śląski
KAMINSKA_IBAN = C.pl_iban('1020105', '5000079602471185')   # PKO BP

MORETTI_IBAN = C.it_iban('02008', '01600', '000105874412')  # UniCredit
BRIGHTLINE_IBAN = C.gb_iban('BARC', '204577', '43918276')
BRIGHTLINE_VAT = C.gb_vat('2948613')

NAVARRO_CIF = C.es_cif('B', '5012733')
NAVARRO_IBAN = C.es_iban('2085', '5300', '0331844150')       # Ibercaja
ARLANZA_CIF = C.es_cif('B', '0927156')

AEGEAN_AFM = C.gr_afm('80091634')
AEGEAN_IBAN = C.gr_iban('011', '0147', '0000014700442187')   # National Bank of Greece
DIMITRIOU_AFM = C.gr_afm('12477930')
DIMITRIOU_IBAN = C.gr_iban('017', '0105', '0005105038841229')  # Piraeus Bank

NEVA_INN = C.ru_inn10('781030276')
NEVA_OGRN = C.ru_ogrn('111784700382')
NEVA_BIK = '044030653'                                       # PAO Sberbank, Severo-Zapadny bank
NEVA_KS = C.ru_corr(NEVA_BIK, '30101810000000000653')
NEVA_RS = C.ru_account(NEVA_BIK, '40702810055000081374')

CORRESPONDENTS = [
    ('Lieferant GmbH (Bielefeld, DE)', 'print production, displays and promotional merchandise supplier',
     'Stefan Maier <s.maier@lieferant-gmbh.de>, Petra Lang <p.lang@lieferant-gmbh.de>, '
     'Buchhaltung <rechnungen@lieferant-gmbh.de>', 'Microsoft 365 (EU)'),
    ('Ferretti Trasporti S.p.A. (Verona, IT)', 'road carrier for event and trade-fair material',
     'Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>',
     'Aruba mail (smtpdh*.aruba.it)'),
    ('Partner Logistik sp. z o.o. (Poznań, PL)', 'logistics partner: warehousing and distribution of POS material',
     'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>',
     'own Postfix on home.pl hosting'),
    ('Kanzlei Brandes & Partner mbB (Hamburg, DE)', 'law firm, media and copyright law',
     'Dr. Henrike Brandes <h.brandes@brandes-partner.de>', 'own Postfix, Thunderbird'),
    ('Köster Getränke GmbH (Bremen, DE)', 'client (beverage brand)',
     'Hendrik Claasen <h.claasen@koester-getraenke.de>', 'Microsoft 365'),
    ('Agenturbrief (DE)', 'subscribed trade newsletter', '<redaktion@agenturbrief.de>', 'Mailchimp'),
    ('Brightline Outdoor Ltd (London, UK)', 'out-of-home media owner (billboards)',
     'James Whitmore <james.whitmore@brightline-outdoor.co.uk>, <accounts@brightline-outdoor.co.uk>',
     'Microsoft 365 (UK); contracts via DocuSign'),
    ('MediaDesk Weekly (UK)', 'subscribed trade newsletter', '<newsletter@mediadesk-weekly.com>', 'SendGrid'),
    ('Caseificio Valtellina S.r.l. (Sondrio, IT)', 'client (dairy brand)',
     'Roberta Galli <r.galli@caseificiovaltellina.it>', 'Microsoft 365'),
    ('Luca Moretti (Milano, IT)', 'freelance photographer', '<luca.moretti.foto@libero.it>', 'Libero Mail'),
    ('Poligrafia Nowak sp.j. (Kraków, PL)', 'print house (calendars, catalogues)',
     'Krzysztof Nowak <biuro@poligrafia-nowak.pl>', 'sends large files via WeTransfer'),
    ('Anna Kamińska (Warszawa, PL)', 'influencer (lifestyle), works under umowa o dzieło',
     '<ania.kaminska@wp.pl>', 'WP Poczta'),
    ('Marketing i Media (PL)', 'subscribed trade newsletter', '<newsletter@marketingimedia.pl>', 'Brevo'),
    ('Bodegas Arlanza S.L. (Burgos, ES)', 'client (winery)', 'Carmen Ruiz <carmen.ruiz@bodegasarlanza.es>',
     'Google Workspace'),
    ('Transportes Navarro e Hijos S.L. (Zaragoza, ES)', 'road carrier',
     '<facturacion@transportesnavarro.es>', 'own Exchange/Outlook'),
    ('Asesoría Quintana (Madrid, ES)', 'tax advisor newsletter', '<boletin@asesoriaquintana.es>', 'Mailchimp'),
    ('Aegean Events M.I.K.E. (Athens, GR)', 'event venue and catering',
     'Maria Alexiou <m.alexiou@aegean-events.gr>', 'own Plesk server, Outlook'),
    ('Kostas Dimitriou (Athens, GR)', 'freelance photographer', '<k.dimitriou@otenet.gr>', 'OTEnet (Cosmote) mail'),
    ('Melissi A.E. (Thessaloniki, GR)', 'client (honey producer)', 'Sofia Konstantinou <s.konstantinou@melissi.gr>',
     'Microsoft 365'),
    ('Pappas Promo A.E. (Athens, GR)', 'promotional gifts supplier', '<orders@pappas-promo.gr>', 'own server, Outlook'),
    ('OOO Tipografiya Neva (St Petersburg, RU)', 'print house', '<buh@tipografiya-neva.ru>', 'Mail.ru for Business'),
    ('Anastasia Petrova (St Petersburg, RU)', 'freelance copywriter', '<a.petrova@yandex.ru>', 'Yandex Mail'),
]
