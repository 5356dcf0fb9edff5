"""Example Group: staff, offices and correspondents."""
import ids

COMPANY = {
    'name': 'Example Group',
    'domains': ['example.com', 'examplegroup.eu'],
    'trade': 'Waste management and recycling: municipal and commercial collection, sorting plants, '
             'scrap metal (ferrous/non-ferrous) and plastics trading',
    'mailboxes': 'about 700',
    'mx': 'mx01.example.com (Postfix), internal relay mail-int01.example.com [10.20.0.25], '
          'Exchange Server 2019 (EXCH01/EXCH02.corp.example.com)',
    'vat_de': ids.de_vat('81274903'),
}

OFFICES = {
    'DE': ('Duisburg (HQ)', 'Example Group GmbH, Hafenstraße 112, 47119 Duisburg, Germany; sorting plant Duisburg-Hochfeld'),
    'IT': ('Brescia', 'Example Group Italia S.r.l., Via della Siderurgia 48, 25125 Brescia'),
    'PL': ('Katowice', 'Example Group Polska sp. z o.o., ul. Hutnicza 21, 40-241 Katowice'),
    'ES': ('Bilbao', 'Example Group Ibérica S.L., Polígono Industrial Ugaldeguren III, Parcela 7, 48170 Zamudio (Bizkaia)'),
    'GR': ('Thessaloniki', 'Example Group Hellas Μονοπρόσωπη Α.Ε., ΒΙ.ΠΕ. Σίνδου, Οδός Δ13, 57022 Θεσσαλονίκη'),
    'UK': ('Birmingham', 'Example Group UK Ltd, Unit 7, Hay Hall Road, Tyseley, Birmingham B11 2AU'),
    'RU': ('St Petersburg', 'ООО «Экзампл Груп Рус», ул. Салова, д. 27, 192102 Санкт-Петербург'),
}

# key: (display name, address, office, role, native name or None)
STAFF = {
    'koehler': ('Matthias Köhler', 'matthias.koehler@example.com', 'DE', 'CEO (Geschäftsführer)', 'Dr. Matthias Köhler'),
    'weiss': ('Sabine Weiß', 'sabine.weiss@example.com', 'DE', 'CFO', None),
    'brandt': ('Julia Brandt', 'julia.brandt@example.com', 'DE', 'Assistant to the CEO', None),
    'schaefer': ('Monika Schäfer', 'monika.schaefer@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung), HQ accountant', None),
    'hoffmann': ('Jürgen Hoffmann', 'juergen.hoffmann@example.com', 'DE', 'HR & payroll (Personal/Lohn)', None),
    'krueger': ('Thomas Krüger', 'thomas.krueger@example.com', 'DE', 'Head of IT', None),
    'brenner': ('Lukas Brenner', 'lukas.brenner@examplegroup.eu', 'DE', 'IT security / mail administrator', None),
    'dietrich': ('Frank Dietrich', 'frank.dietrich@example.com', 'DE', 'Procurement (Einkauf)', None),
    'oezdemir': ('Nadine Özdemir', 'nadine.oezdemir@example.com', 'DE', 'Sales, ferrous & non-ferrous scrap', None),
    'luebke': ('Kerstin Lübke', 'kerstin.luebke@example.com', 'DE', 'Dispatch / logistics (Disposition)', None),
    'schuette': ('Ralf Schütte', 'ralf.schuette@example.com', 'DE', 'Plant manager, sorting plant Duisburg-Hochfeld', None),
    'bellandi': ('Giorgio Bellandi', 'giorgio.bellandi@example.com', 'IT', 'Office manager Italy', None),
    'lorusso': ('Francesca Lo Russo', 'francesca.lorusso@example.com', 'IT', 'Accountant Italy', None),
    'ferrante': ('Niccolò Ferrante', 'niccolo.ferrante@examplegroup.eu', 'IT', 'Sales Italy (metals trading)', None),
    'wroblewski': ('Paweł Wróblewski', 'pawel.wroblewski@example.com', 'PL', 'Office manager Poland', None),
    'luczak': ('Małgorzata Łuczak', 'malgorzata.luczak@example.com', 'PL', 'Accountant Poland', None),
    'dabrowski': ('Marcin Dąbrowski', 'marcin.dabrowski@example.com', 'PL', 'Plastics trading Poland', None),
    'etxeberria': ('Íñigo Etxeberria', 'inigo.etxeberria@example.com', 'ES', 'Office manager Spain', None),
    'nunez': ('María José Núñez', 'mariajose.nunez@example.com', 'ES', 'Accountant Spain', None),
    'papadopoulos': ('Nikos Papadopoulos', 'nikos.papadopoulos@example.com', 'GR', 'Office manager Greece', 'Νίκος Παπαδόπουλος'),
    'karagianni': ('Eleni Karagianni', 'eleni.karagianni@example.com', 'GR', 'Accountant Greece', 'Ελένη Καραγιάννη'),
    'dimitriou': ('Giorgos Dimitriou', 'giorgos.dimitriou@examplegroup.eu', 'GR', 'Sales Greece', 'Γιώργος Δημητρίου'),
    'whitfield': ('James Whitfield', 'james.whitfield@example.com', 'UK', 'Office manager UK', None),
    'raman': ('Priya Raman', 'priya.raman@examplegroup.eu', 'UK', 'Accountant UK', None),
    'sokolov': ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'RU', 'Office manager Russia', 'Дмитрий Соколов'),
    'vasilyeva': ('Olga Vasilyeva', 'olga.vasilyeva@example.com', 'RU', 'Accountant Russia', 'Ольга Васильева'),
}


def S(key):
    """(display name, address) of a staff member."""
    return STAFF[key][0], STAFF[key][1]


def SN(key):
    """Native-script name when different."""
    return (STAFF[key][4] or STAFF[key][0]), STAFF[key][1]


# Correspondents: (organisation, country, role, [(name, address)], note)
CORRESPONDENTS = [
    ('Lieferant GmbH', 'DE', 'Supplier: roll-off and press containers, balers, shredder wear parts (Essen)',
     [('Stefan Maier', 's.maier@lieferant-gmbh.de'), ('Petra Lang', 'p.lang@lieferant-gmbh.de'),
      ('Buchhaltung', 'rechnungen@lieferant-gmbh.de')], 'shared; own Postfix mail.lieferant-gmbh.de, Outlook; ERP Business Central'),
    ('Ferretti Trasporti S.p.A.', 'IT', 'Road carrier, scrap and bulk transport (Montichiari, BS)',
     [('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), ('Amministrazione', 'amministrazione@ferretti-trasporti.it')],
     'shared; hosted at Aruba'),
    ('Partner Logistik sp. z o.o.', 'PL', 'Logistics partner, freight forwarding (Gliwice)',
     [('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), ('Księgowość', 'ksiegowosc@partner-logistik.pl')],
     'shared; hosted at home.pl'),
    ('Hellwig Waagenbau GmbH', 'DE', 'Supplier: weighbridges and calibration service (Moers)',
     [('Uwe Hellwig', 'u.hellwig@hellwig-waagen.de')], 'referenced in business 02 (payee of the approved down-payment)'),
    ('RecyclingPraxis', 'DE', 'Trade newsletter (subscribed), sent via Mailchimp',
     [('RecyclingPraxis Redaktion', 'newsletter@recyclingpraxis.de')], ''),
    ('Fonderia Bresciana S.r.l.', 'IT', 'Customer: foundry buying steel and cast-iron scrap (Brescia)',
     [('Marco Gatti', 'm.gatti@fonderiabresciana.it')], 'Microsoft 365'),
    ('ARR - Associazione Recuperatori Rottami', 'IT', 'Trade association newsletter (subscribed), sent via MailUp',
     [('ARR Notizie', 'notizie@arr-rottami.it')], ''),
    ('PolyRecykl sp. z o.o.', 'PL', 'Customer: buys PE/PP film bales for regranulation (Tychy)',
     [('Agnieszka Kowalczyk', 'a.kowalczyk@polyrecykl.pl')], 'own Postfix, Thunderbird'),
    ('Chatarras del Nervión S.L.', 'ES', 'Supplier of ferrous scrap (Barakaldo)',
     [('Javier Ortega', 'jortega@chatarrasnervion.es'), ('Administración', 'administracion@chatarrasnervion.es')], 'Microsoft 365'),
    ('Transportes Urdaibai S.L.', 'ES', 'Road carrier (Gernika)',
     [('Ane Zubizarreta', 'ane.zubizarreta@transportesurdaibai.com')], 'DocuSign EU user'),
    ('Asesoría Goikoetxea', 'ES', 'Tax advisor of the Spanish office (Bilbao)',
     [('Mikel Goikoetxea', 'mikel@asesoriagoikoetxea.es')], 'own hosting, Outlook'),
    ('Ανακύκλωση Μακεδονίας Α.Ε.', 'GR', 'Partner/customer: buys sorted paper and plastics (Σίνδος)',
     [('Κώστας Γεωργίου', 'k.georgiou@anakyklosi-makedonias.gr'), ('Λογιστήριο', 'logistirio@anakyklosi-makedonias.gr')], 'Microsoft 365'),
    ('Σταύρος Αθανασίου – Μεταφορές', 'GR', 'Small haulier, skip and container transport (Καλοχώρι)',
     [('Σταύρος Αθανασίου', 'stathanasiou@otenet.gr')], 'consumer mail otenet.gr'),
    ('ООО «ВторМет-Нева»', 'RU', 'Scrap metal supplier (Санкт-Петербург)',
     [('Андрей Кузнецов', 'a.kuznetsov@vtormet-neva.ru'), ('Бухгалтерия', 'buh@vtormet-neva.ru')], 'Yandex 360 for business'),
    ('ООО «Аудит-Консалт Северо-Запад»', 'RU', 'Tax advisor / outsourced accounting of the Russian office',
     [('Елена Морозова', 'morozova@audit-konsalt-sz.ru')], 'own mail server, The Bat! (KOI8-R)'),
    ('Midlands Polymer Recovery Ltd', 'UK', 'Customer: buys mixed plastics bales (Wolverhampton)',
     [('Gareth Hughes', 'gareth.hughes@midlandspolymer.co.uk'), ('Accounts', 'accounts@midlandspolymer.co.uk')], 'Microsoft 365'),
    ('Fairclough Reid LLP', 'UK', 'Solicitors, property/lease matters of the Birmingham yard',
     [('Helen Fairclough', 'h.fairclough@faircloughreid.co.uk')], 'Microsoft 365'),
    ('Environment Agency (GOV.UK Notify)', 'UK', 'Regulator: waste carrier registration',
     [('Environment Agency', 'waste.carriers.registration.service@notifications.service.gov.uk')], 'GOV.UK Notify via Amazon SES'),
    ('Private mailboxes of staff', '-', 'Colleagues writing from home',
     [('Kerstin Lübke', 'kerstin.luebke@gmx.de'), ('Niccolò Ferrante', 'niccolo.ferrante@libero.it'),
      ('Marcin Dąbrowski', 'marcin.dabrowski82@wp.pl'), ('Eleni Karagianni', 'eleni.karag@gmail.com'),
      ('Ольга Васильева', 'olga.vasilyeva.spb@yandex.ru')], ''),
    ('Service senders', '-', 'Genuine notifications',
     [('Microsoft', 'no-reply@sharepointonline.com'), ('Microsoft account', 'account-security-noreply@accountprotection.microsoft.com'), ('GitHub', 'noreply@github.com'),
      ('Google', 'no-reply@accounts.google.com'), ('Yandex ID', 'noreply@id.yandex.ru'),
      ('DocuSign', 'dse@eumail.docusign.net')], ''),
]

# Bank details used across the set (all IBANs valid mod-97, national checks where known)
BANK = {
    'example_de': ids.de('35040038', '0412887600'),            # HQ, Commerzbank Duisburg style BLZ
    'lieferant_old': ids.de('36050105', '0002418733'),         # Sparkasse Essen
    'lieferant_new': ids.de('36040039', '0171094500'),         # Commerzbank Essen
    'attacker_lieferant': ids.lt('32500', '48219037751'),      # Revolut-style LT
    'hellwig': ids.de('35450000', '1100234561'),
    'register_scam': ids.de('10011001', '2624871933'),         # neobank, Berlin
    'ferretti': ids.it('05034', '11200', '000000031874'),      # Banco BPM Brescia
    'attacker_ferretti': ids.it('36772', '22300', 'EM0017463281'),
    'rentri_scam': ids.it('03669', '01600', 'CC0010295774'),
    'partner_logistik': ids.pl('1050101', '0000009031827765'),
    'factoring_scam': ids.pl('1160220', '2000000578129455'),
    'bdo_scam': ids.pl('1090250', '0000000148277301'),
    'chatarras': ids.es('2095', '0611', '0091238776'),          # Kutxabank
    'urdaibai': ids.es('3035', '0144', '1441002231'),
    'lawyer_scam': ids.nl('ABNA', ids.nl_fix('417392053')),
    'anakyklosi': ids.gr('017', '0223', '0000223044718'),      # Piraeus
    'ea_dummy': ids.gb('NWBK', '601613', '31926819'),
}

RU_BANK = {
    'vtormet': dict(bank='ПАО «Банк «Санкт-Петербург»', bik='044030790'),
    'attacker': dict(bank='АО «ТБанк»', bik='044525974'),
}
RU_BANK['vtormet']['ks'] = ids.ru_corr(RU_BANK['vtormet']['bik'])
RU_BANK['vtormet']['rs'] = ids.ru_account(RU_BANK['vtormet']['bik'], '40702810090330004712')
RU_BANK['attacker']['ks'] = ids.ru_corr(RU_BANK['attacker']['bik'], '4525')
RU_BANK['attacker']['rs'] = ids.ru_account(RU_BANK['attacker']['bik'], '40702810010000871345')
RU_INN = {'vtormet': ids.inn10('780218437'), 'vtormet_fake': ids.inn10('784203118'), 'example_ru': ids.inn10('780142356'),
          'fake_ogrn': ids.ogrn('117784735901')}

for _k, _v in BANK.items():
    assert ids.iban_ok(_v), _k
for _v in RU_BANK.values():
    assert ids.ru_account_ok(_v['bik'], _v['rs'])
