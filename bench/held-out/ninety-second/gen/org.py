"""The company, its staff, its correspondents and their bank details."""
import checks as ck

COMPANY = {
    'name': 'Example Group',
    'legal': 'Example Group GmbH & Co. KG',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'trade': 'Ferry and short-sea operator: RoPax ferries and freight (trailers, cars, '
             'project cargo) in the Baltic, the Western Mediterranean, the Aegean and the Channel.',
    'hq': 'Kiel, Germany (Fährkai 12, 24103 Kiel)',
    'mx': 'mx01.example.com (Postfix), inbound gateway',
    'relay': 'mail-int01.example.com [10.20.0.25], internal relay behind Exchange Server SE '
             '(EXKI-MBX01/02.corp.example.com)',
    'vat': ck.de_ustid('28314476'),
}

OFFICES = [
    ('Kiel (HQ)', 'Germany', 'Example Group GmbH & Co. KG, Fährkai 12, 24103 Kiel'),
    ('Genova', 'Italy', 'Example Ferries Italia S.r.l., Calata Gadda, 16126 Genova'),
    ('Gdynia', 'Poland', 'Example Group Polska sp. z o.o., ul. Polska 17, 81-339 Gdynia'),
    ('Valencia', 'Spain', 'Example Group España S.L., Muelle de la Aduana s/n, 46024 Valencia'),
    ('Piraeus', 'Greece', 'Example Group Hellas M.E.P.E., Akti Miaouli 47, 185 36 Piraeus'),
    ('Dover', 'UK', 'Example Group UK Ltd, Eastern Docks, Dover CT16 1JA'),
    ('Saint Petersburg', 'Russia', 'OOO «Экзампл Груп Рус», Межевой канал 5, 198035 Санкт-Петербург'),
]

# key: (display name, address, office, role)
STAFF = {
    'ceo': ('Matthias Brückner', 'matthias.brueckner@example.com', 'Kiel (HQ)', 'Chief Executive Officer (Dr.)'),
    'cfo': ('Sabine Köhler', 'sabine.koehler@example.com', 'Kiel (HQ)', 'Chief Financial Officer'),
    'ap': ('Jörg Weißenfels', 'joerg.weissenfels@example.com', 'Kiel (HQ)', 'Head of Accounts Payable'),
    'ap2': ('Anja Krüger', 'anja.krueger@example.com', 'Kiel (HQ)', 'Accounts Payable clerk'),
    'hr': ('Birgit Hoffmann', 'birgit.hoffmann@example.com', 'Kiel (HQ)', 'HR & Payroll'),
    'ithead': ('Thomas Bauer', 'thomas.bauer@example.com', 'Kiel (HQ)', 'Head of IT'),
    'itsec': ('Lena Vogt', 'lena.vogt@example.com', 'Kiel (HQ)', 'IT Security & Mail Administrator'),
    'assist': ('Katharina Schäfer', 'katharina.schaefer@example.com', 'Kiel (HQ)', 'Assistant to the CEO'),
    'proc': ('Michael Dörr', 'michael.doerr@example.com', 'Kiel (HQ)', 'Procurement (technical purchasing)'),
    'sales': ('Felix Neumann', 'felix.neumann@example.com', 'Kiel (HQ)', 'Freight Sales Baltic'),
    'pax': ('Julia Lehmann', 'julia.lehmann@examplegroup.eu', 'Kiel (HQ)', 'Passenger Sales & Online Marketing'),
    'super': ('Ole Petersen', 'ole.petersen@example.com', 'Kiel (HQ)', 'Marine Superintendent'),
    'it_mgr': ('Giulia Ricci', 'giulia.ricci@example.com', 'Genova', 'Office Manager Italy'),
    'it_acc': ('Marco Esposito', 'marco.esposito@example.com', 'Genova', 'Accountant Italy'),
    'pl_mgr': ('Katarzyna Wójcik', 'katarzyna.wojcik@example.com', 'Gdynia', 'Office Manager Poland'),
    'pl_acc': ('Paweł Kowalczyk', 'pawel.kowalczyk@examplegroup.eu', 'Gdynia', 'Accountant Poland'),
    'pl_sales': ('Łukasz Nowak', 'lukasz.nowak@example.com', 'Gdynia', 'Freight Sales Poland'),
    'es_mgr': ('Javier Martínez Ruiz', 'javier.martinez@example.com', 'Valencia', 'Office Manager Spain'),
    'es_acc': ('Lucía Fernández', 'lucia.fernandez@example.com', 'Valencia', 'Accountant Spain'),
    'gr_mgr': ('Nikolaos Papadopoulos', 'nikolaos.papadopoulos@example.com', 'Piraeus', 'Office Manager Greece'),
    'gr_acc': ('Eleni Georgiou', 'eleni.georgiou@examplegroup.eu', 'Piraeus', 'Accountant Greece'),
    'uk_mgr': ('James Whitfield', 'james.whitfield@example.com', 'Dover', 'Office Manager UK'),
    'uk_acc': ('Sarah Collins', 'sarah.collins@example.com', 'Dover', 'Accountant UK'),
    'ru_mgr': ('Dmitry Sokolov', 'dmitry.sokolov@examplegroup.eu', 'Saint Petersburg', 'Office Manager Russia (Дмитрий Соколов)'),
    'ru_acc': ('Olga Ivanova', 'olga.ivanova@example.com', 'Saint Petersburg', 'Accountant Russia (Ольга Иванова)'),
}


def S(key):
    d, a, _, _ = STAFF[key]
    return (d, a)


# --- correspondents: key -> (display, address)
C = {
    # shared correspondents (exact addresses)
    'maier': ('Stefan Maier', 's.maier@lieferant-gmbh.de'),
    'lang': ('Petra Lang', 'p.lang@lieferant-gmbh.de'),
    'lief_buch': ('Buchhaltung', 'rechnungen@lieferant-gmbh.de'),
    'colombo': ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'),
    'ferr_amm': ('Ferretti Trasporti S.p.A. - Amministrazione', 'amministrazione@ferretti-trasporti.it'),
    'zielinski': ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'),
    'pl_ksieg': ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'),
    # own correspondents
    'brandt': ('Holger Brandt', 'h.brandt@brandt-spedition.de'),
    'jansen': ('Uwe Jansen', 'u.jansen@foerde-werftservice.de'),
    'ritter': ('Dr. Carola Ritter', 'c.ritter@ritter-partner-kiel.de'),
    'bruno': ('Francesca Bruno', 'francesca.bruno@libero.it'),
    'rinaldi': ('Davide Rinaldi', 'd.rinaldi@lanterna-shipping.it'),
    'mazur': ('Agnieszka Mazur', 'a.mazur@baltyk-catering.pl'),
    'navarro': ('Jorge Navarro', 'jnavarro@levantefrio.es'),
    'sanz': ('Elena Sanz Ortega', 'esanz@sanzortega-abogados.es'),
    'pcs': ('PCS Levante', 'notificaciones@pcslevante.es'),
    'konst': ('Γιώργος Κωνσταντίνου', 'g.konstantinou@aegeanshipsupplies.gr'),
    'aegean_acc': ('Aegean Ship Supplies - Λογιστήριο', 'accounts@aegeanshipsupplies.gr'),
    'dimitriou': ('Μαρία Δημητρίου', 'maria.dimitriou@otenet.gr'),
    'pma': ('Piraeus Marine Agency - Accounts', 'accounts@pma-agency.gr'),
    'davies': ('Mark Davies', 'mark.davies@channelhaulage.co.uk'),
    'ch_acc': ('Channel Haulage Accounts', 'accounts@channelhaulage.co.uk'),
    'grant': ('Oliver Grant', 'oliver.grant@meridian-chartering.co.uk'),
    'petrov': ('Андрей Петров', 'a.petrov@balt-stevedor.ru'),
    'bsk_buh': ('ООО «БСК» – бухгалтерия', 'buh@balt-stevedor.ru'),
}

CORRESPONDENTS = [
    # (organisation, country, role, contacts, mail infrastructure)
    ('Lieferant GmbH', 'DE (Bremerhaven)', 'Ship spare parts and technical supplies (pumps, seals, filters)',
     'Stefan Maier <s.maier@lieferant-gmbh.de> (key account); Petra Lang <p.lang@lieferant-gmbh.de> (order desk); '
     'Buchhaltung <rechnungen@lieferant-gmbh.de>', 'Microsoft 365 (Exchange Online, DEU)'),
    ('Ferretti Trasporti S.p.A.', 'IT (Genova)', 'Road carrier, port haulage for Genova terminal',
     'Chiara Colombo <c.colombo@ferretti-trasporti.it>; <amministrazione@ferretti-trasporti.it>',
     'Aruba.it hosted mail, Outlook clients'),
    ('Partner Logistik sp. z o.o.', 'PL (Gdynia)', 'Logistics partner: trailer handling, warehousing, customs agency',
     'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>; <ksiegowosc@partner-logistik.pl>',
     'Own Postfix mail.partner-logistik.pl; Thunderbird; invoices from Comarch ERP Optima'),
    ('Speditionshaus Brandt GmbH & Co. KG', 'DE (Lübeck)', 'Freight forwarder, customer on Kiel–Gdynia',
     'Holger Brandt <h.brandt@brandt-spedition.de>', 'IONOS mail, Outlook'),
    ('Förde Werft Service GmbH', 'DE (Kiel)', 'Repair yard, dry-docking', 'Uwe Jansen <u.jansen@foerde-werftservice.de>',
     'Microsoft 365 (DEU)'),
    ('Ritter & Partner Rechtsanwälte', 'DE (Kiel)', 'Company\'s external counsel (maritime, M&A)',
     'Dr. Carola Ritter <c.ritter@ritter-partner-kiel.de>', 'Microsoft 365 (DEU)'),
    ('Francesca Bruno', 'IT', 'Passenger (private customer)', '<francesca.bruno@libero.it>', 'Libero Mail'),
    ('Agenzia Marittima Lanterna S.r.l.', 'IT (Genova)', 'Ship agent at Genova', 'Davide Rinaldi <d.rinaldi@lanterna-shipping.it>',
     'Aruba.it'),
    ('Bałtyk Catering sp. z o.o.', 'PL (Gdańsk)', 'On-board catering supplier', 'Agnieszka Mazur <a.mazur@baltyk-catering.pl>',
     'Own Postfix, Thunderbird'),
    ('Transportes Levante Frío S.L.', 'ES (Valencia)', 'Reefer road carrier, freight customer Valencia–Palma',
     'Jorge Navarro <jnavarro@levantefrio.es>', 'Own Postfix, Outlook'),
    ('Sanz & Ortega Abogados', 'ES (Valencia)', 'Company\'s Spanish counsel', 'Elena Sanz Ortega <esanz@sanzortega-abogados.es>',
     'Microsoft 365 (EUR)'),
    ('PCS Levante', 'ES (Valencia)', 'Port community system (bookings, customs messages)', '<notificaciones@pcslevante.es>',
     'Own Postfix (portal)'),
    ('Aegean Ship Supplies S.A. (Αιγαίο Ναυτιλιακές Προμήθειες Α.Ε.)', 'GR (Piraeus)', 'Ship chandler',
     'Γιώργος Κωνσταντίνου <g.konstantinou@aegeanshipsupplies.gr>; <accounts@aegeanshipsupplies.gr>',
     'Own Postfix, Outlook (windows-1253)'),
    ('Μαρία Δημητρίου', 'GR', 'Passenger (private customer)', '<maria.dimitriou@otenet.gr>', 'OTEnet webmail'),
    ('Piraeus Marine Agency', 'GR (Piraeus)', 'Port agent, port dues', '<accounts@pma-agency.gr>', 'Own Postfix, ERP'),
    ('Channel Haulage Ltd', 'UK (Dover)', 'Haulier, freight customer and subcontractor',
     'Mark Davies <mark.davies@channelhaulage.co.uk>; <accounts@channelhaulage.co.uk>', 'Microsoft 365 (GBR)'),
    ('Meridian Chartering Ltd', 'UK (London)', 'Ship broker (time charters)', 'Oliver Grant <oliver.grant@meridian-chartering.co.uk>',
     'Microsoft 365 (GBR), DocuSign'),
    ('ООО «Балтийская стивидорная компания» (БСК)', 'RU (St Petersburg)', 'Stevedore, terminal handling',
     'Андрей Петров <a.petrov@balt-stevedor.ru>; <buh@balt-stevedor.ru>', 'Own Exim, Outlook / 1C'),
    ('Newsletters', '-', 'Subscribed trade newsletters',
     'ShortSea Insight (SendGrid); Hafen & Logistik Newsletter (CleverReach); Trasporti & Porti (MailUp); '
     'Ναυτιλιακά Νέα (Brevo); Puertos y Logística (Mailchimp)', 'ESPs'),
    ('Service notifications', '-', 'Genuine account mail',
     'Microsoft, Google, GitHub, Yandex ID, DocuSign, GOV.UK Notify (Companies House), Kontur Diadoc', 'providers\' own infrastructure'),
]

# --- bank details (all IBANs with valid mod-97 and national digits)
BANK = {
    'example_de': ('Förde Sparkasse', 'NOLADE21KIE', ck.de_iban('21050170', '100641200')),
    'lief_old': ('Weser-Elbe Sparkasse', 'BRLADE21BRS', ck.de_iban('29250000', '10273880')),
    'lief_new': ('Die Sparkasse Bremen', 'SBREDE22XXX', ck.de_iban('29050101', '1201345600'[:9])),
    'lief_fake': ('Paysera LT, UAB', 'EVIULT2VXXX', ck.lt_iban('35000', '10003817264')),
    'werft': ('Förde Sparkasse', 'NOLADE21KIE', ck.de_iban('21050170', '9004518')),
    'ferr': ('Intesa Sanpaolo S.p.A.', 'BCITITMM', ck.it_iban('03069', '01460', '100000018734')),
    'ferr_fake': ('Banca Sella S.p.A.', 'SELBIT2BXXX', ck.it_iban('03268', '10001', '052871340960')),
    'plog': ('PKO Bank Polski S.A.', 'BPKOPLPW', ck.pl_iban('1020181', '0000260201647392')),
    'plog_fake': ('mBank S.A.', 'BREXPLPWMBK', ck.pl_iban('1140200', '4000330278115406')),
    'baltyk': ('Bank Pekao S.A.', 'PKOPPLPW', ck.pl_iban('1240125', '1111001098765412')),
    'levante': ('CaixaBank, S.A.', 'CAIXESBBXXX', ck.es_iban('2100', '3873', '0200418876')),
    'aegean': ('Piraeus Bank', 'PIRBGRAA', ck.gr_iban('017', '0101', '0005101078341205')),
    'aegean_fake': ('Eurobank Ergasias', 'ERBKGRAA', ck.gr_iban('026', '0187', '0000740200318847')),
    'pma': ('National Bank of Greece', 'ETHNGRAA', ck.gr_iban('011', '0125', '0000012500998812')),
    'channel': ('Barclays Bank UK PLC', 'BUKBGB22', ck.gb_iban('BUKB', '202715', '43871105')),
    'fake_register': ('Slovenská sporiteľňa, a.s.', 'GIBASKBX', ck.iban('SK', '0900' + '000000' + '5174839201')),
    'payroll_fake': ('N26 Bank AG', 'NTSBDEB1XXX', ck.iban('DE', '10011001' + '2629481735')),
    'es_fake_lawyer': ('Banco Santander, S.A.', 'BSCHESMMXXX', ck.es_iban('0049', '1500', '0527108394')),
}

RU = {
    'bsk_inn': ck.ru_inn10('780512345'),
    'bsk_kpp': '780501001',
    'bsk_bik': '044030653',
    'bsk_bank': 'ПАО Сбербанк (Северо-Западный банк)',
    'bsk_corr': '30101810500000000653',
    'bsk_acc': ck.ru_account('044030653', '40702810055000012345'),
    'fake_bik': '044525974',
    'fake_bank': 'АО «ТБанк»',
    'fake_corr': ck.ru_corr_account('044525974', '30101810045250000974'),
    'fake_acc': ck.ru_account('044525974', '40702810010001873644'),
    'fake_inn': ck.ru_inn10('781124680'),
    'ex_inn': ck.ru_inn10('780567123'),
}


def selfcheck():
    for k, (_, _, i) in BANK.items():
        assert ck.iban_ok(i), (k, i)
    assert ck.ru_account_ok(RU['bsk_bik'], RU['bsk_acc'])
    assert ck.ru_account_ok(RU['bsk_bik'], RU['bsk_corr'], corr=True)
    assert ck.ru_account_ok(RU['fake_bik'], RU['fake_acc'])
    assert ck.ru_account_ok(RU['fake_bik'], RU['fake_corr'], corr=True)
    return True
