"""Example Group: staff, offices, correspondents and bank data."""
from lib import banking as B

COMPANY = dict(
    name='Example Group',
    legal='Example Group GmbH',
    trade='ski resort and mountain hotel operator (lifts, snowmaking, ski school and rental, hotels and mountain restaurants)',
    domains=['example.com', 'examplegroup.eu'],
    mailboxes=700,
    hq='Garmisch-Partenkirchen, Germany (Example Group GmbH, Zugspitzstraße 40, 82467 Garmisch-Partenkirchen)',
)

OFFICES = {
    'DE': 'Garmisch-Partenkirchen (HQ)',
    'IT': "Cortina d'Ampezzo",
    'PL': 'Zakopane',
    'ES': 'Sierra Nevada (Monachil, Granada)',
    'GR': 'Arachova (Parnassos)',
    'UK': 'London',
    'RU': 'Sochi (Krasnaya Polyana)',
}

# (display name, address, office, role, native-script name or None)
STAFF = [
    ('Markus Höfer', 'markus.hoefer@example.com', 'DE', 'CEO (Geschäftsführer)', None),
    ('Sabine Krüger', 'sabine.krueger@example.com', 'DE', 'CFO', None),
    ('Jürgen Weiß', 'juergen.weiss@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung)', None),
    ('Anja Schäfer', 'anja.schaefer@example.com', 'DE', 'HR and payroll', None),
    ('Thomas Brandl', 'thomas.brandl@example.com', 'DE', 'Head of IT', None),
    ('Lena Vogt', 'lena.vogt@example.com', 'DE', 'IT security / mail administrator', None),
    ('Katrin Özdemir', 'katrin.oezdemir@example.com', 'DE', 'Assistant to the CEO', None),
    ('Florian Gruber', 'florian.gruber@example.com', 'DE', 'Procurement (Einkauf)', None),
    ('Miriam Hofmann', 'miriam.hofmann@example.com', 'DE', 'Sales, groups and events (DACH)', None),
    ('Andreas Lechner', 'andreas.lechner@example.com', 'DE', 'Office / resort manager Garmisch', None),
    ('Birgit Mühlbauer', 'birgit.muehlbauer@example.com', 'DE', 'Accountant Germany', None),
    ('Sophie Bauer', 'sophie.bauer@example.com', 'DE', 'Reservations / front office Garmisch', None),
    ('Marco Dal Pont', 'marco.dalpont@example.com', 'IT', 'Office manager Italy', None),
    ('Francesca Bellò', 'francesca.bello@example.com', 'IT', 'Accountant Italy', None),
    ('Paweł Krzyżanowski', 'pawel.krzyzanowski@example.com', 'PL', 'Office manager Poland', None),
    ('Małgorzata Wójcik', 'malgorzata.wojcik@examplegroup.eu', 'PL', 'Accountant Poland', None),
    ('Javier Muñoz', 'javier.munoz@example.com', 'ES', 'Office manager Spain', None),
    ('Lucía Fernández', 'lucia.fernandez@example.com', 'ES', 'Accountant Spain', None),
    ('Nikos Papadakis', 'nikos.papadakis@example.com', 'GR', 'Office manager Greece', 'Νίκος Παπαδάκης'),
    ('Eleni Georgiou', 'eleni.georgiou@examplegroup.eu', 'GR', 'Accountant Greece', 'Ελένη Γεωργίου'),
    ('Oliver Bennett', 'oliver.bennett@example.com', 'UK', 'Office manager UK', None),
    ('Priya Shah', 'priya.shah@example.com', 'UK', 'Accountant UK', None),
    ('Hannah Clarke', 'hannah.clarke@examplegroup.eu', 'UK', 'Sales, UK tour operators', None),
    ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'RU', 'Office manager Russia', 'Дмитрий Соколов'),
    ('Olga Kuznetsova', 'olga.kuznetsova@examplegroup.eu', 'RU', 'Accountant Russia', 'Ольга Кузнецова'),
]


def S(local):
    """Staff (display name, address) by local part."""
    for n, a, *_ in STAFF:
        if a.split('@')[0] == local:
            return (n, a)
    raise KeyError(local)


def SN(local):
    """Staff with native-script name where one exists."""
    for n, a, o, r, native in STAFF:
        if a.split('@')[0] == local:
            return (native or n, a)
    raise KeyError(local)


# ------------------------------------------------------------------ bank data
BANK = {}
# Own accounts
# Lieferant GmbH: old and (genuinely) new house bank
BANK['lief_old'] = B.de_iban('71150000', '003817264')       # Sparkasse Rosenheim-Bad Aibling
BANK['lief_new'] = B.de_iban('71160000', '004471290')       # VR Bank Rosenheim-Chiemsee eG
BANK['lief_fraud'] = B.lt_iban('35000', '10005829173')      # Paysera LT (fraud)
# Employee account and diversion
BANK['lechner_fraud'] = B.de_iban('10011001', '262731045')  # N26 (fraud)
# Fake register invoice
BANK['dgr_fraud'] = B.pl_iban('249', '1005', '0000460218875103')  # Alior Bank (fraud)
# Schneetechnik Allgaeu (genuine)
BANK['schnee'] = B.de_iban('73350000', '514288903')         # Sparkasse Allgaeu
# Ferretti Trasporti (Banco BPM, Verona)
BANK['ferretti'] = B.it_iban('05034', '11701', '000000018263')
# Comune / pagoPA is separate
# Partner Logistik (mBank) and the hijack account (Santander Bank Polska)
BANK['partner'] = B.pl_iban('114', '0200', '4000380203478812')
BANK['partner_fraud'] = B.pl_iban('109', '0246', '0000000152788341')
# Transportes Sierra Sur (CaixaBank) and fraud (BBVA)
BANK['sierrasur'] = B.es_iban('2100', '3811', '0200173946')
BANK['sierrasur_fraud'] = B.es_iban('0182', '5919', '0201548763')
# Karagiannis fuels (Piraeus Bank) and fraud (Eurobank)
BANK['karag'] = B.gr_iban('017', '0410', '0005410028374611')
BANK['karag_fraud'] = B.gr_iban('026', '0193', '0000860201836447')
# UK: fake escrow (Metro Bank)
BANK['escrow_fraud'] = B.gb_iban('MYMB', '230580', '41896325')
# Greek travel agency paying us (Piraeus) and our Greek account (National Bank of Greece)
BANK['orizontes'] = B.gr_iban('017', '0255', '0005255040193722')
BANK['eg_gr'] = B.gr_iban('011', '0235', '0000235004418093')

# Russia
RU = {}
RU['sber_krd_bik'] = '040349602'          # Krasnodar branch No. 8619, Sberbank
RU['sber_krd_corr'] = B.ru_corr_account('040349602')
RU['gorservis_acct'] = B.ru_account('040349602', '40702810X30000041876')
RU['gorservis_inn'] = B.ru_inn10('231712846')
RU['alfa_bik'] = '044525593'              # Alfa-Bank, Moscow
RU['alfa_corr'] = B.ru_corr_account('044525593')
RU['fraud_acct'] = B.ru_account('044525593', '40702810X02870004913')
RU['fraud_inn'] = B.ru_inn10('772164930')
RU['eg_acct'] = B.ru_account('040349602', '40702810X30000017734')
RU['eg_inn'] = B.ru_inn10('231788420')

# Tax IDs
IDS = dict(
    ferretti_piva=B.it_piva('0372458023'),
    zanon_piva=B.it_piva('0117930025'),
    partner_nip=B.pl_nip('735287413'),
    eg_pl_nip=B.pl_nip('736199412'),
    sierrasur_cif=B.es_cif('B', '1865920'),
    karag_afm=B.gr_afm('09981234'),
    orizontes_afm=B.gr_afm('80194427'),
    eg_gr_afm=B.gr_afm('80126653'),
)

CORRESPONDENTS = [
    # (organisation, country, role, [(name, address)])
    ('Lieferant GmbH, Rosenheim', 'DE', 'supplier of rental skis/boots, ski-service machines and workshop consumables',
     [('Stefan Maier', 's.maier@lieferant-gmbh.de'), ('Petra Lang', 'p.lang@lieferant-gmbh.de'), ('Buchhaltung', 'rechnungen@lieferant-gmbh.de')]),
    ('Ferretti Trasporti S.p.A., Verona', 'IT', 'road carrier (snowcat parts, snow guns, F&B pallets to Cortina)',
     [('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), ('Amministrazione', 'amministrazione@ferretti-trasporti.it')]),
    ('Partner Logistik sp. z o.o., Nowy Targ', 'PL', 'logistics partner (warehousing, deliveries to Zakopane)',
     [('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), ('Księgowość', 'ksiegowosc@partner-logistik.pl')]),
    ('Schneetechnik Allgäu GmbH, Kempten', 'DE', 'snowmaking equipment and service contractor',
     [('Tobias Rieger', 't.rieger@schneetechnik-allgaeu.de')]),
    ('Steuerberatung Huber & Kollegen PartG mbB, Garmisch-Partenkirchen', 'DE', 'tax advisers (annual accounts, DocuSign user)',
     [('Dr. Claudia Huber', 'c.huber@huber-stb.de')]),
    ('Elektro Reindl GmbH, Murnau', 'DE', 'electrical contractor for lift stations (Microsoft 365 tenant; compromised in attack 06)',
     [('Josef Reindl', 'j.reindl@elektro-reindl.de')]),
    ('Alpine Tours Ltd, Guildford', 'UK', 'tour operator customer (group packages Garmisch/Cortina)',
     [('James Whitfield', 'james.whitfield@alpinetours.co.uk')]),
    ('Snowline Travel Ltd, Manchester', 'UK', 'school ski-trip operator customer (Microsoft 365, SharePoint)',
     [('Rachel Dunmore', 'r.dunmore@snowlinetravel.co.uk')]),
    ('Roberto Gallo (private guest)', 'IT', 'hotel guest in Cortina, consumer mail',
     [('Roberto Gallo', 'roberto.gallo64@libero.it')]),
    ("Comune di Cortina d'Ampezzo, Ufficio Tributi", 'IT', 'municipality (TARI waste tax via pagoPA)',
     [('Ufficio Tributi', 'tributi@comune.cortinadampezzo.bl.it')]),
    ('Transportes Sierra Sur S.L., Granada', 'ES', 'road carrier for the Sierra Nevada office',
     [('Carmen Ruiz', 'c.ruiz@transportessierrasur.es'), ('Administración', 'administracion@transportessierrasur.es')]),
    ('Antonio Morales (private guest)', 'ES', 'ski-school customer, Gmail',
     [('Antonio Morales García', 'a.moralesgarcia@gmail.com')]),
    ('Gestiona Hostelería S.L., Madrid', 'ES', 'hotel PMS / invoicing software vendor (VERI*FACTU update notices)',
     [('Soporte Gestiona', 'soporte@gestionahosteleria.es')]),
    ('Αφοί Καραγιάννη Ο.Ε. (Karagiannis Bros), Livadeia', 'GR', 'heating oil and diesel supplier for Arachova',
     [('Γιώργος Καραγιάννης', 'info@karagiannis-fuel.gr'), ('Λογιστήριο', 'logistirio@karagiannis-fuel.gr')]),
    ('Δημήτρης Αλεξίου (private guest)', 'GR', 'hotel guest, consumer mail',
     [('Δημήτρης Αλεξίου', 'd.alexiou@otenet.gr')]),
    ('Ορίζοντες Ταξιδιωτική (Orizontes Travel), Athens', 'GR', 'travel agency customer (school and group bookings)',
     [('Μαρία Δημητρίου', 'm.dimitriou@orizontes-travel.gr')]),
    ('ООО «Горный Сервис» (Gorny Servis LLC), Sochi', 'RU', 'ropeway maintenance contractor',
     [('Андрей Волков', 'a.volkov@gorservis.ru'), ('Бухгалтерия', 'buh@gorservis.ru')]),
    ('Ирина Смирнова (private guest)', 'RU', 'hotel guest, Yandex mail',
     [('Ирина Смирнова', 'irina.smirnova85@yandex.ru')]),
]
