"""The company, its staff and its correspondents (with computed bank data)."""
from . import checks as K
from .coins import bech32_p2wpkh

COMPANY = {
    'name': 'Example Group',
    'legal': 'Example Group AG',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'trade': 'quarrying, aggregates (sand, gravel, crushed limestone and granite) and ready-mix concrete',
    'mx': 'mx01.example.com (Postfix, inbound MX and filtering gateway)',
    'relay': 'mail-int01.example.com [10.20.0.25] (internal relay; Exchange Server SE EXCH01/EXCH02.corp.example.com behind it)',
}

OFFICES = [
    ('Regensburg', 'Germany', 'HQ, Am Kalkwerk 12, 93055 Regensburg'),
    ('Brescia', 'Italy', 'Example Group Italia S.r.l., Via Cave di Botticino 41, 25135 Brescia'),
    ('Kielce', 'Poland', 'Example Group Polska sp. z o.o., ul. Wapienna 7, 25-655 Kielce'),
    ('Zaragoza', 'Spain', 'Example Group Iberia S.L., Polígono Empresarium, C/ Cantera 3, 50720 Zaragoza'),
    ('Thessaloniki', 'Greece', 'Example Group Hellas Μ.Α.Ε., 17ο χλμ. Θεσσαλονίκης–Κιλκίς, 57009 Καλοχώρι'),
    ('Leeds', 'United Kingdom', 'Example Group UK Ltd, Unit 4 Aire Valley Park, Leeds LS10 1RP'),
    ('St Petersburg', 'Russia', 'ООО «Экзампл Групп Рус», Софийская ул. 14, 192236 Санкт-Петербург'),
]

# name, address, office, role
STAFF = [
    ('Matthias Köhler', 'matthias.koehler@example.com', 'Regensburg', 'CEO (Vorstandsvorsitzender)'),
    ('Sabine Weiß', 'sabine.weiss@example.com', 'Regensburg', 'CFO'),
    ('Ines Krüger', 'ines.krueger@example.com', 'Regensburg', 'Treasury and payments'),
    ('Jürgen Hoffmann', 'juergen.hoffmann@example.com', 'Regensburg', 'Accounts payable'),
    ('Heike Rößler', 'heike.roessler@example.com', 'Regensburg', 'Chief accountant HQ'),
    ('Andrea Vogt', 'andrea.vogt@example.com', 'Regensburg', 'Office manager HQ'),
    ('Claudia Brückner', 'claudia.brueckner@example.com', 'Regensburg', 'HR and payroll'),
    ('Thomas Ludwig', 'thomas.ludwig@example.com', 'Regensburg', 'Head of IT'),
    ('Jan Oberländer', 'jan.oberlaender@example.com', 'Regensburg', 'IT security and mail administrator'),
    ('Melanie Fuchs', 'melanie.fuchs@example.com', 'Regensburg', 'Assistant to the CEO'),
    ('Markus Zöllner', 'markus.zoellner@example.com', 'Regensburg', 'Head of procurement'),
    ('Katrin Schmid', 'katrin.schmid@example.com', 'Regensburg', 'Sales manager DACH'),
    ('Florian Bauer', 'florian.bauer@example.com', 'Regensburg', 'Dispatch and logistics'),
    ('Niccolò Ferraresi', 'niccolo.ferraresi@example.com', 'Brescia', 'Office manager Italy'),
    ('Francesca Galli', 'francesca.galli@example.com', 'Brescia', 'Accountant Italy'),
    ('Paweł Wróbel', 'pawel.wrobel@example.com', 'Kielce', 'Office manager Poland'),
    ('Małgorzata Łukasik', 'malgorzata.lukasik@examplegroup.eu', 'Kielce', 'Accountant Poland'),
    ('José Ibáñez', 'jose.ibanez@example.com', 'Zaragoza', 'Office manager Spain'),
    ('Lucía Fernández', 'lucia.fernandez@example.com', 'Zaragoza', 'Accountant Spain'),
    ('Georgios Papadopoulos', 'georgios.papadopoulos@example.com', 'Thessaloniki', 'Office manager Greece'),
    ('Eleni Karagianni', 'eleni.karagianni@examplegroup.eu', 'Thessaloniki', 'Accountant Greece'),
    ('Oliver Bennett', 'oliver.bennett@example.com', 'Leeds', 'Office manager UK'),
    ('Priya Sharma', 'priya.sharma@example.com', 'Leeds', 'Accountant UK'),
    ('Dmitry Sokolov', 'dmitry.sokolov@examplegroup.eu', 'St Petersburg', 'Office manager Russia'),
    ('Olga Smirnova', 'olga.smirnova@examplegroup.eu', 'St Petersburg', 'Accountant Russia'),
]
S = {a.split('@')[0].split('.')[0]: (n, a) for n, a, _, _ in STAFF}
# quick access: S['matthias'] -> ('Matthias Köhler', 'matthias.koehler@example.com')


def who(first):
    return S[first]


# --- bank accounts (all IBANs carry valid mod-97 check digits) --------------
BANK = {
    # Example Group own accounts
    'eg_de': K.de_iban('75050000', '0026184503'),           # Sparkasse Regensburg
    'eg_it': K.it_iban('03069', '11210', '100000017734'),    # Intesa Sanpaolo, Brescia
    'eg_pl': K.pl_iban('124', '0123', '1111000012345678'),   # Pekao, Kielce
    'eg_es': K.es_iban('2085', '5201', '0330412784'),        # Ibercaja, Zaragoza
    # genuine correspondents
    'lieferant_old': K.de_iban('72050000', '0000417263'),     # Stadtsparkasse Augsburg
    'lieferant_new': K.de_iban('72040046', '0311859200'),     # Commerzbank Augsburg (genuine change)
    'ferretti': K.it_iban('05034', '11200', '000000012785'),  # Banco BPM, Brescia
    'partner_pl': K.pl_iban('114', '0004', '0000352011248871'),  # mBank
    'gracia': K.es_iban('2085', '0168', '0300210457'),        # Ibercaja
    'kausima_old': K.gr_iban('017', '0228', '0000528004170336'),  # Piraeus
    'kausima': K.gr_iban('017', '0228', '0000528004170336'),
    'alexiou': K.gr_iban('011', '2270', '0000227470551203'),
    'northern': K.gb_iban('NWBK', '601613', '31926819'),
    # fraudulent accounts used in attacks
    'fraud_de_n26': K.de_iban('10011001', '2627403811'),      # N26 (money mule)
    'fraud_de_reg': K.de_iban('50010517', '5417302891'),      # ING (fake register)
    'fraud_lt': K.lt_iban('32500', '84730519267'),            # Revolut LT
    'fraud_it': K.it_iban('36772', '22300', '000000781245'),  # EMI account, IT
    'fraud_pl': K.pl_iban('249', '1028', '0000437719920416'),  # Alior
    'fraud_cy': K.cy_iban('002', '00195', '0000357018944300'),  # Bank of Cyprus
    'fraud_gr': K.gr_iban('026', '0411', '0000430200817729'),  # Eurobank
    'fraud_es': K.es_iban('1465', '0100', '9117462530'),      # ING España
    'fraud_fr': K.fr_iban('16958', '00001', '73920177581'),    # Qonto (FR)
    'fraud_gb': K.gb_iban('CLRB', '040050', '47128390'),      # UK EMI
}

# Russian banking details with valid control keys
RU = {}
# genuine supplier Karertech: old and new bank (Sberbank NW / Bank "Saint Petersburg")
RU['sber_spb_bik'] = '044030653'
RU['sber_spb_corr'] = K.ru_corr('044030653')
RU['karertech_old'] = K.ru_settlement('044030653', '40702810055000012734')
RU['bspb_bik'] = '044030790'
RU['bspb_corr'] = K.ru_corr('044030790')
RU['karertech_new'] = K.ru_settlement('044030790', '40702810790000004817')
# fraudulent (look-alike) account in a Moscow bank
RU['fraud_bik'] = '044525593'
RU['fraud_corr'] = K.ru_corr('044525593')
RU['fraud_acc'] = K.ru_settlement('044525593', '40702810702300011947')
RU['karertech_inn'] = K.ru_inn10('781069341')
RU['karertech_kpp'] = '781001001'
RU['karertech_ogrn'] = K.ru_ogrn('117784701953')
RU['fraud_inn'] = K.ru_inn10('772470218')
RU['fraud_ogrn'] = K.ru_ogrn('125770038811')
RU['eg_inn'] = K.ru_inn10('781641092')
RU['stroibeton_inn'] = K.ru_inn10('780438117')

VAT = {
    'eg_de': K.de_ustid('81463920'),
    'lieferant': K.de_ustid('12783045'),
    'kessler': K.de_ustid('23194077'),
    'eg_it': 'IT' + K.it_piva('0384112017'),
    'ferretti': 'IT' + K.it_piva('0217739098'),
    'rossi': 'IT' + K.it_piva('0311260017'),
    'eg_pl': K.pl_nip('657301447'),
    'partner_pl': K.pl_nip('959198340'),
    'eg_es': K.es_cif('B', '9901734'),
    'gracia': K.es_cif('B', '5023361'),
    'hormigones': K.es_cif('B', '5018874'),
    'gil': K.es_cif('A', '5004127'),
    'eg_gr': K.gr_afm('80035112'),
    'kausima': K.gr_afm('09954130'),
    'domiki': K.gr_afm('09488207'),
    'eg_uk': K.gb_vat('2874013'),
}

BTC_EXTORTION = bech32_p2wpkh('extortion-campaign-label-2026')

# Correspondents: (organisation, country, role, [(name, address)], notes)
CORRESPONDENTS = [
    ('Lieferant GmbH', 'DE (Augsburg)', 'supplier of crusher wear parts, screen meshes and conveyor belts',
     [('Stefan Maier', 's.maier@lieferant-gmbh.de'), ('Petra Lang', 'p.lang@lieferant-gmbh.de'), ('Buchhaltung', 'rechnungen@lieferant-gmbh.de')],
     'own Exchange behind mail.lieferant-gmbh.de', r'Lieferant GmbH'),
    ('Ferretti Trasporti S.p.A.', 'IT (Rezzato, BS)', 'road carrier (tippers, cement silo trucks)',
     [('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), ('Amministrazione', 'amministrazione@ferretti-trasporti.it')],
     'Aruba hosting, Outlook / TeamSystem', r'Ferretti'),
    ('Partner Logistik sp. z o.o.', 'PL (Kraków)', 'logistics partner (rail and road aggregates transport)',
     [('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), ('Księgowość', 'ksiegowosc@partner-logistik.pl')],
     'home.pl hosting, Thunderbird / Comarch ERP', r'Partner Logistik|logistics partner'),
    ('Kessler Brechertechnik GmbH', 'DE (Amberg)', 'crusher spare parts and service', [('Rainer Kessler', 'r.kessler@kessler-brecher.de')],
     'Microsoft 365 (tenant 3f9c2a71-...)', r'Kessler'),
    ('Northern Civils Ltd', 'UK (Wakefield)', 'customer, groundworks and civils', [('Gareth Hughes', 'gareth.hughes@northerncivils.co.uk')],
     'Microsoft 365; DocuSign EU account', r'Northern Civils'),
    ('Whitcombe & Lowe LLP', 'UK (Leeds)', 'solicitors (quarry lease, mineral rights)', [('Helen Whitcombe', 'h.whitcombe@whitcombelowe.co.uk')],
     'Microsoft 365', r'Whitcombe'),
    ('Edilizia Rossi S.r.l.', 'IT (Bergamo)', 'customer, building contractor', [('Marco Rossi', 'm.rossi@rossi-edilizia.it'), ('Amministrazione', 'amministrazione@rossi-edilizia.it')],
     'Register.it hosting (webmail)', r'Edilizia Rossi'),
    ('Giuseppe Conti (impresa individuale)', 'IT (Brescia)', 'small building customer', [('Giuseppe Conti', 'giuseppe.conti61@libero.it')], 'Libero Mail (consumer)', r'Conti'),
    ('Studio Bertolini', 'IT (Brescia)', 'payroll consultant (consulente del lavoro)', [('Laura Bertolini', 'l.bertolini@studiobertolini.it')], 'Aruba hosting, Outlook', r'Bertolini'),
    ('Hormigones del Ebro S.L.', 'ES (Zaragoza)', 'customer, ready-mix plant', [('Javier Lasheras', 'jlasheras@hormigonesdelebro.es')], 'Google Workspace', r'Hormigones del Ebro'),
    ('Construcciones Aragonesas Gil S.A.', 'ES (Huesca)', 'customer, general contractor', [('Marta Gil', 'compras@construccionesgil.es')], 'own Postfix server, Outlook', r'Construcciones Aragonesas Gil'),
    ('Transportes Gracia Hermanos S.L.', 'ES (Zuera)', 'carrier (bulk tippers)', [('Pilar Gracia (Administración)', 'administracion@transportesgracia.es')], 'IONOS hosting, Outlook', r'Transportes Gracia'),
    ('Δομική Μακεδονίας Α.Ε.', 'GR (Thessaloniki)', 'customer, construction', [('Κώστας Νικολαΐδης', 'k.nikolaidis@domiki-makedonias.gr')], 'Microsoft 365', r'Domiki'),
    ('Νίκος Αλεξίου (μεταφορέας)', 'GR (Kilkis)', 'owner-driver haulier', [('Νίκος Αλεξίου', 'n.alexiou@otenet.gr')], 'Otenet (consumer), Outlook', r'haulier on his Otenet'),
    ('Καύσιμα Βορείου Ελλάδος Α.Ε.', 'GR (Thessaloniki)', 'diesel supplier for the quarry plant', [('Λογιστήριο', 'logistirio@kausima-voreiou.gr')], 'own Exchange', r'Kausima'),
    ('Λογιστικό Γραφείο Σαμαρά', 'GR (Thessaloniki)', 'external accountants (VAT, myDATA)', [('Δημήτρης Σαμαράς', 'd.samaras@samaras-logistiki.gr')], 'own Postfix server, Outlook', r'external accounting firm'),
    ('ООО «СтройБетон-Нева»', 'RU (St Petersburg)', 'customer, concrete plant (no mail in the set; its name is abused in attack/40)', [('Отдел снабжения', 'snab@stroibeton-neva.ru')], '', r'StroiBeton'),
    ('ООО «Карьерная техника»', 'RU (St Petersburg)', 'supplier of quarry machinery parts', [('Ирина Павлова', 'i.pavlova@karertech.ru'), ('Бухгалтерия', 'buh@karertech.ru')],
     'Yandex 360 for business, Outlook; Kontur.Diadok for e-documents', r'Karernaya Tekhnika'),
    ('Андрей Кузнецов (ИП)', 'RU (Leningrad oblast)', 'owner-driver haulier', [('Андрей Кузнецов', 'a.kuznetsov78@yandex.ru')], 'Yandex Mail (consumer), The Bat!', r'haulier \(The Bat'),
]

SERVICES = [
    ('Steinbruch & Sand Aktuell', 'DE trade newsletter via Mailchimp', 'redaktion@steinbruch-sand.de'),
    ('Kruszywa i Beton', 'PL trade newsletter via FreshMail', 'newsletter@kruszywaibeton.pl'),
    ('Áridos y Canteras Hoy', 'ES trade newsletter via Brevo', 'boletin@aridosycanteras.es'),
    ('DocuSign', 'genuine envelope (EU platform)', 'dse@eumail.docusign.net'),
    ('Microsoft Entra ID', 'genuine risk notification', 'azure-noreply@microsoft.com'),
    ('Google', 'genuine security alert', 'no-reply@accounts.google.com'),
    ('GitHub', 'genuine password reset', 'noreply@github.com'),
    ('Yandex ID', 'genuine sign-in notice', 'noreply@id.yandex.ru'),
    ('Aruba', 'genuine PEC renewal notice', 'comunicazioni@staff.aruba.it'),
    ('Kontur.Diadoc', 'genuine EDO notification', 'noreply@diadoc.ru'),
    ('Platforma Zakupowa', 'genuine tender invitation', 'powiadomienia@platformazakupowa.pl'),
]
