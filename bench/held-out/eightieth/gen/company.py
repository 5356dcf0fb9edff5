"""Example Group: staff, offices, correspondents, identifiers and shared sending profiles."""
import ids
import infra as I

COMPANY = {
    'name': 'Example Group',
    'trade': 'IT hardware leasing and refurbishing (notebooks, desktops, docking stations, servers; '
             'certified data erasure, remarketing)',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'mx': 'mx01.example.com (Postfix, inbound gateway)',
    'relay': 'mail-int01.example.com [10.20.0.25] (internal relay in front of Exchange Server 2019 EXCH01.corp.example.com)',
}

OFFICES = {
    'DE': ('Düsseldorf (HQ)', 'Example Group GmbH, Heerdter Lohweg 212, 40549 Düsseldorf'),
    'IT': ('Milano', 'Example Group Italia S.r.l., Via Giovanni Durando 38, 20158 Milano'),
    'PL': ('Wrocław', 'Example Group Polska sp. z o.o., ul. Legnicka 57, 54-203 Wrocław'),
    'ES': ('Valencia', 'Example Group Iberia S.L., Carrer de Sant Vicent Màrtir 85, 46007 València'),
    'GR': ('Athens', 'Example Group Hellas Μ.Α.Ε., Λεωφ. Κηφισίας 56, 151 25 Μαρούσι'),
    'UK': ('Manchester', 'Example Group UK Ltd, 3 Hardman Street, Manchester M3 3HF'),
    'RU': ('St Petersburg', 'ООО «Экзампл Груп Рус», Московский пр., д. 212, лит. А, 196066 Санкт-Петербург'),
}

# (display name, address, office, role)
STAFF = [
    ('Jürgen Köhler', 'juergen.koehler@example.com', 'Düsseldorf (HQ)', 'Chief Executive Officer (Geschäftsführer)'),
    ('Dr. Sabine Wörner', 'sabine.woerner@example.com', 'Düsseldorf (HQ)', 'Chief Financial Officer'),
    ('Anja Brückner', 'anja.brueckner@example.com', 'Düsseldorf (HQ)', 'Accounts Payable (Kreditorenbuchhaltung)'),
    ('Markus Heß', 'markus.hess@example.com', 'Düsseldorf (HQ)', 'HR & Payroll'),
    ('Tobias Engel', 'tobias.engel@example.com', 'Düsseldorf (HQ)', 'Head of IT'),
    ('Lena Fischer', 'lena.fischer@example.com', 'Düsseldorf (HQ)', 'IT Security & Mail Administrator'),
    ('Claudia Vogt', 'claudia.vogt@example.com', 'Düsseldorf (HQ)', 'Assistant to the CEO'),
    ('Frank Dietrich', 'frank.dietrich@example.com', 'Düsseldorf (HQ)', 'Procurement (Einkauf)'),
    ('Nina Schäfer', 'nina.schaefer@example.com', 'Düsseldorf (HQ)', 'Sales – Inside Sales DACH'),
    ('Kai Neumann', 'kai.neumann@example.com', 'Düsseldorf (HQ)', 'Sales – Key Account Manager'),
    ('Birgit Sommer', 'birgit.sommer@example.com', 'Düsseldorf (HQ)', 'Office Manager Düsseldorf'),
    ('Ralf Otto', 'ralf.otto@example.com', 'Düsseldorf (HQ)', 'Warehouse & Refurbishing Lead'),
    ('Giulia Marchetti', 'giulia.marchetti@example.com', 'Milano', 'Office Manager Italia'),
    ('Niccolò Rinaldi', 'niccolo.rinaldi@example.com', 'Milano', 'Accountant Italia'),
    ('Alessandro Conti', 'alessandro.conti@example.com', 'Milano', 'Sales Italia'),
    ('Małgorzata Wróbel', 'malgorzata.wrobel@example.com', 'Wrocław', 'Office Manager Polska'),
    ('Łukasz Kowalczyk', 'lukasz.kowalczyk@example.com', 'Wrocław', 'Accountant Polska'),
    ('Begoña Martínez', 'begona.martinez@example.com', 'Valencia', 'Office Manager España'),
    ('José Luis Peña', 'joseluis.pena@examplegroup.eu', 'Valencia', 'Accountant España'),
    ('Giorgos Papadopoulos', 'giorgos.papadopoulos@example.com', 'Athens', 'Office Manager Hellas'),
    ('Eleni Nikolaou', 'eleni.nikolaou@examplegroup.eu', 'Athens', 'Accountant Hellas'),
    ('Oliver Grant', 'oliver.grant@example.com', 'Manchester', 'Office Manager UK'),
    ('Priya Shah', 'priya.shah@examplegroup.eu', 'Manchester', 'Accountant UK'),
    ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'St Petersburg', 'Office Manager Russia'),
    ('Olga Kuznetsova', 'olga.kuznetsova@examplegroup.eu', 'St Petersburg', 'Accountant Russia'),
]


def S(key):
    """Staff lookup by a fragment of the address, returns (name, address)."""
    hits = [s for s in STAFF if key in s[1]]
    assert len(hits) == 1, key
    return hits[0][0], hits[0][1]


# ----------------------------------------------------------------- identifiers
EG = {
    'de_ust': ids.de_ust('31284557'),
    'de_iban': ids.de_iban('30070010', '0247718300'),  # Deutsche Bank Düsseldorf
    'it_piva': ids.it_piva('1093742015'),
    'pl_nip': ids.pl_nip('894317226'),
    'es_cif': ids.es_cif('B', '9871233'),
    'gr_afm': ids.gr_afm('80157723'),
    'ru_inn': ids.ru_inn10('783815437'),
    'ru_ogrn': ids.ru_ogrn('119784700631'),
}

LIEF = {
    'ust': ids.de_ust('12639044'),
    'iban_old': ids.de_iban('48050161', '0072231845'),   # Sparkasse Bielefeld
    'bic_old': 'SPBIDE3BXXX',
    'iban_new': ids.de_iban('48040035', '0417725600'),   # Commerzbank Bielefeld
    'bic_new': 'COBADEFFXXX',
}
FERRETTI = {
    'piva': ids.it_piva('0381176023'),
    'iban': ids.it_iban('05034', '11701', '000000018244'),   # Banco BPM Verona
}
PARTNER = {
    'nip': ids.pl_nip('778142295'),
    'iban': ids.pl_iban('1090', '140', '0000071219817731'),  # Santander Poznań
}
GIL = {
    'cif': ids.es_cif('B', '4618273'),
    'iban_old': ids.es_iban('0081', '1234', '0001192837'),  # Banco Sabadell
    'iban_new': ids.es_iban('2100', '3956', '0200118734'),  # CaixaBank
}
HELLAS_TECH = {
    'afm': ids.gr_afm('99841562'),
    'iban': ids.gr_iban('017', '0125', '0000512774302'),    # Piraeus
}
PETROV = {
    'inn': ids.ru_inn12('7810452219'),
    'ogrnip': ids.ru_ogrnip('31878470012345'),
    'bik': '044030653',                                       # Северо-Западный банк ПАО Сбербанк
    'acct': ids.ru_settlement('044030653', '40802810055000217731'),
}
SEVER = {
    'inn': ids.ru_inn10('780412866'),
    'kpp': '780401001',
}

# ----------------------------------------------------------------- correspondents
CORR = [
    # (organisation, country, kind, contacts, infrastructure note)
    ('Lieferant GmbH', 'DE (Bielefeld)', 'Supplier: spare parts, batteries, SSDs, docking stations',
     ['Stefan Maier <s.maier@lieferant-gmbh.de> (Key Account)', 'Petra Lang <p.lang@lieferant-gmbh.de> (Inside Sales)',
      'Buchhaltung <rechnungen@lieferant-gmbh.de>'], 'Microsoft 365 (German datacenter)'),
    ('Ferretti Trasporti S.p.A.', 'IT (Verona)', 'Road carrier (FTL/LTL Italy–Germany)',
     ['Chiara Colombo <c.colombo@ferretti-trasporti.it> (Ufficio traffico)', '<amministrazione@ferretti-trasporti.it>'],
     'own Zimbra server mail.ferretti-trasporti.it'),
    ('Partner Logistik sp. z o.o.', 'PL (Poznań)', 'Logistics partner: warehousing, pallet transport PL/DE',
     ['Tadeusz Zieliński <t.zielinski@partner-logistik.pl>', '<ksiegowosc@partner-logistik.pl>'],
     'hosted mail (nazwa.pl), Thunderbird / Outlook'),
    ('Hansebau AG', 'DE (Hamburg)', 'Customer: leases 420 notebooks',
     ['Dirk Hansen <d.hansen@hansebau-ag.de> (IT-Leitung)'], 'on-prem Exchange behind Postfix gateway'),
    ('Datenwerk Recycling GmbH', 'DE (Duisburg)', 'Supplier: certified data erasure & WEEE disposal',
     ['Ingo Brandt <i.brandt@datenwerk-recycling.de>'], '—'),
    ('ITK-Channel Report', 'DE', 'Trade newsletter (subscribed)', ['<newsletter@itk-channelreport.de>'], 'Mailchimp'),
    ('Brightwater Academy Trust', 'UK (Bolton)', 'Customer: leases 900 student/staff devices',
     ['Helen Marsh <h.marsh@brightwater-trust.org.uk> (Business Manager)'], 'Microsoft 365'),
    ('Carter Pryce LLP', 'UK (Manchester)', 'Solicitors of Example Group UK Ltd',
     ['James Carter <j.carter@carterpryce.co.uk>'], 'Microsoft 365'),
    ('Circular IT Association', 'UK/EU', 'Trade association newsletter (subscribed)',
     ['<news@circularit-association.org>'], 'SendGrid'),
    ('Gruppo Alimentare Brianza S.p.A.', 'IT (Monza)', 'Customer: notebooks & desktops',
     ['Marco Galli <m.galli@gabrianza.it> (Responsabile IT)'], 'Aruba hosting, Outlook'),
    ('Biuro Rachunkowe Nowak', 'PL (Wrocław)', 'Small customer (accounting office)',
     ['Agnieszka Nowak <biuro.nowak@wp.pl>'], 'wp.pl consumer mail'),
    ('Transportes Hermanos Gil S.L.', 'ES (Ribarroja del Turia)', 'Carrier (groupage Spain)',
     ['Raúl Gil <trafico@transportesgil.es>', '<administracion@transportesgil.es>'], 'Plesk VPS, Outlook'),
    ('Grupo Hotelero Mediterráneo S.A.', 'ES (Alicante)', 'Customer: hotel chain, 600 devices',
     ['Lucía Ferrer <lferrer@ghmediterraneo.es> (Compras)'], 'Microsoft 365'),
    ('Asesoría Fiscal Llorente', 'ES (Valencia)', 'External tax advisor of the Spanish office',
     ['Vicente Llorente <vicente@asesoriallorente.es>'], 'Google Workspace'),
    ('Hellas Tech Parts Α.Ε.', 'GR (Athens)', 'Supplier: spare parts, local warranty repairs',
     ['Κώστας Δημητρίου <k.dimitriou@hellastechparts.gr>', '<logistirio@hellastechparts.gr>'], 'Plesk VPS, Outlook'),
    ('Φροντιστήρια Πλάτων', 'GR (Athens)', 'Small customer (tutoring school), 12 leased laptops',
     ['Μαρία Αντωνίου <platon.frontistirio@otenet.gr>'], 'OTEnet consumer mail, Outlook'),
    ('Λογιστικό Γραφείο Καραγιάννη', 'GR (Athens)', 'External accountant of the Greek office (myDATA)',
     ['Νίκος Καραγιάννης <n.karagiannis@karagiannis-logistes.gr>'], 'Google Workspace'),
    ('ООО «Северный Альянс»', 'RU (St Petersburg)', 'Customer: leases 150 workstations',
     ['Анна Смирнова <zakupki@sev-alliance.ru>'], 'Yandex 360'),
    ('ИП Петров И. В.', 'RU (St Petersburg)', 'Repair subcontractor',
     ['Игорь Петров <igor.petrov.spb@yandex.ru>'], 'yandex.ru mailbox, The Bat!'),
]

# ----------------------------------------------------------------- shared sending profiles
LIEFERANT_M365 = I.m365('7c1e4f2a-3b9d-4e61-a8f0-2d5c6b7e9f10', region='DEUP281', prefix='FR2P281',
                        out=('DEU01-FR2-obe', 'fr2deu01on', '40.107.135'), lang='de-DE', acc='de-DE, en-US')
BRIGHTWATER_M365 = I.m365('2f9a7d14-8c3e-4b5a-9e61-70c4d2a8b3f5', region='GBRP265', prefix='LO2P265',
                          out=('GBR01-CWX-obe', 'cwxgbr01on', '40.107.121'), lang='en-GB', acc='en-GB, en-US')
CARTER_M365 = I.m365('b41d6e92-0a7f-4c38-b2e5-93f1a6c0d7e4', region='GBRP265', prefix='CWLP265',
                     out=('GBR01-LO4-obe', 'lo4gbr01on', '40.107.122'), lang='en-GB', acc='en-GB, en-US')
GHMED_M365 = I.m365('e8a3c5f1-6d24-4b97-8f0e-1c2b3a4d5e6f', region='eurprd02', prefix='PAXPR02',
                    out=('EUR02-AM0-obe', 'am0eur02on', '40.107.12'), lang='es-ES', acc='es-ES, en-US')
FERRETTI_ZIMBRA = I.zimbra('mail.ferretti-trasporti.it', '93.63.171.28', client_ip='93.63.171.30')
PARTNER_TB = I.own_postfix('mail.partner-logistik.pl', '46.242.238.114', client='thunderbird',
                           sub_ip='83.11.142.27', sub_rdns='host-83-11-142-27.dynamic.orange.pl',
                           rdns='server848917.nazwa.pl', ua_kw={'ua': 'Mozilla Thunderbird'})
PARTNER_OL = I.own_postfix('mail.partner-logistik.pl', '46.242.238.114', client='outlook16',
                           sub_ip='83.11.142.27', sub_rdns='host-83-11-142-27.dynamic.orange.pl',
                           rdns='server848917.nazwa.pl', ua_kw={'lang': 'pl'})
GIL_PLESK = I.own_postfix('vps47218.plesk.transportesgil.es', '185.166.215.37', client='outlook16',
                          sub_ip='88.26.104.211', sub_rdns='211.red-88-26-104.staticip.rima-tde.net',
                          vhost='transportesgil.es', ua_kw={'lang': 'es'})
HTP_PLESK = I.own_postfix('srv1.hellastechparts.gr', '185.4.134.56', client='outlook16',
                          sub_ip='94.66.58.130', sub_rdns='ppp-94-66-58-130.home.otenet.gr',
                          vhost='hellastechparts.gr', ua_kw={'lang': 'el'})
GABRIANZA_ARUBA = I.aruba(client='outlook16', sub_ip='93.57.244.18', ua_kw={'lang': 'it'})
HANSEBAU_EX = I.exchange_partner('hansebau-ag.de', 'HBEX02.hansebau.local', 'mailgw.hansebau-ag.de',
                                 '217.86.142.35', '10.1.20.77', 'de-DE', 'de-DE, en-US')
