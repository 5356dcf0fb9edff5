"""Example Group: staff, offices, correspondents and their bank/tax data."""
import ids

COMPANY = {
    'name': 'Example Group',
    'legal': 'Example Group GmbH',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'trade': 'toy manufacturer and wholesaler (wooden and plastic toys, board games, ride-ons)',
    'hq': 'Nürnberg, Germany',
    'offices': {
        'DE': 'Nürnberg (HQ), Frankenstraße 152, 90461 Nürnberg',
        'IT': 'Milano, Via Gaetano Crespi 12, 20134 Milano',
        'PL': 'Wrocław, ul. Strzegomska 140, 54-429 Wrocław',
        'ES': 'Alicante, Calle Pintor Lorenzo Casanova 26, 03003 Alicante',
        'GR': 'Athens (Marousi), Leoforos Kifisias 44, 151 25 Marousi',
        'UK': 'Manchester, 3 Hardman Street, Manchester M3 3HF',
        'RU': 'Moscow, ul. Bolshaya Pochtovaya 36, 105082 Moskva',
    },
    'mx': 'mx01.example.com (Postfix)',
    'relay': 'mail-int01.example.com [10.20.0.25]',
}

# (display name, address, office, role, native name or None)
STAFF = [
    ('Jürgen Höfler', 'juergen.hoefler@example.com', 'Nürnberg (HQ)', 'CEO (Geschäftsführer)', None),
    ('Sabine Krämer', 'sabine.kraemer@example.com', 'Nürnberg (HQ)', 'CFO', None),
    ('Monika Weiß', 'monika.weiss@example.com', 'Nürnberg (HQ)', 'Accounts payable (Kreditorenbuchhaltung)', None),
    ('Thomas Bäumer', 'thomas.baeumer@example.com', 'Nürnberg (HQ)', 'HR & payroll (Personal/Lohn)', None),
    ('Andreas Brückner', 'andreas.brueckner@example.com', 'Nürnberg (HQ)', 'Head of IT', None),
    ('Lukas Vogt', 'lukas.vogt@example.com', 'Nürnberg (HQ)', 'IT security & mail administrator', None),
    ('Katrin Müller-Seidel', 'katrin.mueller-seidel@example.com', 'Nürnberg (HQ)', 'Assistant to the CEO', None),
    ('Markus Engel', 'markus.engel@example.com', 'Nürnberg (HQ)', 'Procurement (Einkauf)', None),
    ('Julia Hartmann', 'julia.hartmann@example.com', 'Nürnberg (HQ)', 'Sales Germany (Vertrieb Inland)', None),
    ('Tobias Schäfer', 'tobias.schaefer@example.com', 'Nürnberg (HQ)', 'Logistics & warehouse', None),
    ('Ralf Dörfler', 'ralf.doerfler@example.com', 'Nürnberg (HQ)', 'Customer service', None),
    ('Daniel Roth', 'daniel.roth@examplegroup.eu', 'Nürnberg (HQ)', 'Export sales', None),
    ('Anja Lehmann', 'anja.lehmann@examplegroup.eu', 'Nürnberg (HQ)', 'Marketing', None),
    ('Giulia Ferraro', 'giulia.ferraro@example.com', 'Milano', 'Office manager Italy', None),
    ('Marco Bellini', 'marco.bellini@example.com', 'Milano', 'Accountant Italy', None),
    ('Katarzyna Wójcik', 'katarzyna.wojcik@example.com', 'Wrocław', 'Office manager Poland', None),
    ('Paweł Łukasik', 'pawel.lukasik@example.com', 'Wrocław', 'Accountant Poland', None),
    ('Lucía Martínez', 'lucia.martinez@example.com', 'Alicante', 'Office manager Spain', None),
    ('Javier Núñez', 'javier.nunez@example.com', 'Alicante', 'Accountant Spain', None),
    ('Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'Athens', 'Office manager Greece', 'Ελένη Παπαδοπούλου'),
    ('Nikos Georgiou', 'nikos.georgiou@example.com', 'Athens', 'Accountant Greece', 'Νίκος Γεωργίου'),
    ('Oliver Bennett', 'oliver.bennett@examplegroup.eu', 'Manchester', 'Office manager UK', None),
    ('Priya Shah', 'priya.shah@examplegroup.eu', 'Manchester', 'Accountant UK', None),
    ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'Moscow', 'Office manager Russia', 'Дмитрий Соколов'),
    ('Olga Kuznetsova', 'olga.kuznetsova@example.com', 'Moscow', 'Accountant Russia', 'Ольга Кузнецова'),
]

S = {}
for _n, _a, _o, _r, _nat in STAFF:
    S[_a.split('@')[0]] = (_n, _a)


def st(local):
    return S[local]


# --------------------------------------------------------------------------
# bank & tax data (all check digits computed)
# --------------------------------------------------------------------------
BANK = {
    # Lieferant GmbH (genuine old / genuine new) and attacker account
    'lieferant_old': ids.de_iban('76250000', '0190456783'),          # Sparkasse Fürth
    'lieferant_new': ids.de_iban('76040061', '0331245600'),          # Commerzbank Nürnberg
    'a02_lt': ids.iban('LT', '32500' + '09412758316'),               # EMI account, Vilnius
    # Kartonagen Weber
    'weber': ids.de_iban('76450000', '0231008877'),                  # Sparkasse Mittelfranken-Süd
    'a03_n26': ids.de_iban('10011001', '2537401196'),                # N26 Bank, Berlin
    # payroll diversion
    'a07_bunq': ids.iban('NL', 'BUNQ' + '2069417735'),
    # register scam
    'a05_sk': ids.sk_iban('1100', '000000', '2947318850'),           # Tatra banka
    # Joyful Toys (no IBAN in CN) / attacker UK account
    'a09_gb': ids.iban('GB', 'CLRB' + '040541' + '19364072'),
    # Ferretti
    'ferretti': ids.it_iban('05034', '11701', '000000008417'),       # Banco BPM, Verona
    'a18_it': ids.it_iban('03268', '22300', '052894731560'),         # Banca Sella
    # Partner Logistik
    'partner': ids.pl_iban('1140200', '0000351847620019'),           # mBank
    'a23_pl': ids.pl_iban('1090101', '4000071219837465'),            # Santander Bank Polska
    # Juguetes Llorens
    'llorens': ids.es_iban('2100', '8691', '0200174835'),            # CaixaBank
    'a30_es': ids.es_iban('0073', '0100', '0584729316'),             # Openbank
    # Kalogirou
    'kalogirou': ids.iban('GR', '017' + '0213' + '0005213043817265'),  # Piraeus Bank
    'a35_bg': ids.iban('BG', 'UNCR' + '7000' + '15' + '23841906'),   # UniCredit Bulbank
    # Spielwarenmesse (genuine booth invoice paid by CEO request)
    'messe': ids.de_iban('76050101', '0001234506'),                  # Sparkasse Nürnberg
    # Studio/other genuine
    'alexiou_rcv': ids.iban('GR', '011' + '0147' + '0000147002318804'),  # National Bank of Greece
}

RU = {
    'sber_bik': '044525225', 'sber_corr': '30101810400000000225',
    'alfa_bik': '044525593', 'alfa_corr': '30101810200000000593',
}
RU['severtrans_acc'] = ids.ru_account(RU['sber_bik'], '40702810' + '0' + '38000147852')
RU['a39_acc'] = ids.ru_account(RU['alfa_bik'], '40702810' + '0' + '01860029417')
RU['severtrans_inn'] = ids.ru_inn10('772451893')
RU['a39_inn'] = ids.ru_inn10('500932716')
RU['igrushki_inn'] = ids.ru_inn10('771538204')
RU['exgroup_inn'] = ids.ru_inn10('770180432')
RU['severtrans_ogrn'] = ids.ru_ogrn('117774618532')
RU['exgroup_acc'] = ids.ru_account('044525187', '40702810' + '0' + '00000492318')  # VTB, Example Group RU
RU['vtb_bik'] = '044525187'
RU['vtb_corr'] = '30101810700000000187'

TAX = {
    'lieferant': ids.de_ustid('28419637'),
    'weber': ids.de_ustid('13387205'),
    'exgroup_de': ids.de_ustid('81736042'),
    'ferretti': 'IT' + ids.it_piva('0318442023'),
    'fontana': ids.it_piva('0862194015'),
    'partner': ids.pl_nip('894301752'),
    'exgroup_pl': ids.pl_nip('897188324'),
    'llorens': ids.es_cif('B', '0318472'),
    'exgroup_es': ids.es_cif('B', '5426198'),
    'kalogirou': ids.gr_afm('09481726'),
    'exgroup_gr': ids.gr_afm('80153472'),
    'brightwood': 'GB' + ids.gb_vat('3194826'),
}

for _k, _v in BANK.items():
    assert ids.iban_ok(_v), _k

# --------------------------------------------------------------------------
# correspondents (for MANIFEST)
# --------------------------------------------------------------------------
CORRESPONDENTS = [
    ('Lieferant GmbH', 'DE (Fürth)', 'supplier: injection-moulded plastic parts, wheels and blister packaging',
     'Stefan Maier <s.maier@lieferant-gmbh.de>, Petra Lang <p.lang@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>',
     'IONOS (mout.kundenserver.de), Outlook'),
    ('Ferretti Trasporti S.p.A.', 'IT (Verona)', 'road carrier (full/part loads DE-IT)',
     'Chiara Colombo <c.colombo@ferretti-trasporti.it>, Amministrazione <amministrazione@ferretti-trasporti.it>',
     'Aruba.it hosted mail, Outlook'),
    ('Partner Logistik sp. z o.o.', 'PL (Bielany Wrocławskie)', 'logistics partner: warehousing, cross-dock, PL distribution',
     'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, Księgowość <ksiegowosc@partner-logistik.pl>',
     'home.pl hosting, Outlook / Thunderbird'),
    ('Kartonagen Weber GmbH', 'DE (Schwabach)', 'supplier: printed folding boxes and shipping cartons',
     'Frank Weber <f.weber@kartonagen-weber.de>, Buchhaltung <buchhaltung@kartonagen-weber.de>',
     'Microsoft 365'),
    ('Spielwaren Kaiser KG', 'DE (München)', 'customer: regional toy retail chain',
     'Bernd Kaiser <b.kaiser@spielwaren-kaiser.de>', 'Docusign for contracts'),
    ('Spielwarenmesse eG', 'DE (Nürnberg)', 'toy fair organiser (exhibitor service, newsletter)',
     'Ausstellerservice <newsletter@spielwarenmesse.de>', 'Mailchimp'),
    ('Dongguan Joyful Toys Co., Ltd.', 'CN (Dongguan)', 'supplier: plastic toys, OEM production',
     'Kevin Zhang <kevin.zhang@joyfultoys-dg.com>', 'Alibaba Mail, Foxmail'),
    ('Brightwood Toys Ltd', 'UK (Leeds)', 'customer: independent toy retailer group',
     'Emma Clarke <emma.clarke@brightwoodtoys.co.uk>', 'Microsoft 365 / SharePoint'),
    ('Cartolibreria Bianchi', 'IT (Brescia)', 'customer: stationery and toy shop',
     'Anna Bianchi <anna.bianchi71@libero.it>', 'Libero Mail'),
    ('Studio Fontana Commercialisti Associati', 'IT (Milano)', 'tax adviser of the Italian branch',
     'dott. Paolo Fontana <p.fontana@studiofontana.it>', 'own Postfix, Thunderbird'),
    ('Giocattoli & Dintorni (trade magazine)', 'IT (Milano)', 'trade newsletter',
     'Redazione <newsletter@giocattoliedintorni.it>', 'Brevo'),
    ('Zabawki Nowak s.c.', 'PL (Kraków)', 'customer: toy shop',
     'Marek Nowak <zabawki.nowak@onet.pl>', 'Onet Poczta'),
    ('Juguetes Llorens S.L.', 'ES (Ibi, Alicante)', 'supplier: plastic and metal toys from the Valle del Juguete',
     'Pilar Llorens <pilar.llorens@juguetes-llorens.es>, Administración <administracion@juguetes-llorens.es>',
     'Google Workspace'),
    ('Vidal & Soler Asesores', 'ES (Alicante)', 'tax adviser (gestoría) of the Spanish branch',
     'Marta Soler <msoler@vidalsoler-asesores.es>', 'Microsoft 365'),
    ('Juguetería La Nube', 'ES (Valencia)', 'customer: toy shop',
     'Rosa Ibáñez <rosa.ibanez.lanube@outlook.es>', 'Outlook.com'),
    ('Καλογήρου Μεταφορές Α.Ε. (Kalogirou Transport S.A.)', 'GR (Thessaloniki)', 'carrier GR/Balkans',
     'Γιάννης Καλογήρου <g.kalogirou@kalogirou-transport.gr>, Λογιστήριο <logistirio@kalogirou-transport.gr>',
     'own Postfix server'),
    ('Παιχνίδια Αλεξίου Α.Ε. (Alexiou Toys S.A.)', 'GR (Athens)', 'customer: toy wholesaler/retailer',
     'Δημήτρης Αλεξίου <d.alexiou@alexiou-toys.gr>; their accountant Κατερίνα Δήμου <k.dimou@otenet.gr>',
     'Microsoft 365; OTEnet freemail'),
    ('ООО «СеверТрансЛогистик»', 'RU (Moscow)', 'carrier / customs forwarding',
     'Ирина Белова <i.belova@severtrans.ru>', 'Yandex 360'),
    ('ООО «Игрушки Мира»', 'RU (Moscow)', 'customer: toy distributor',
     'Андрей Волков <a.volkov@igrushki-mira.ru>', 'own Exim server, Outlook'),
    ('Татьяна Морозова (outsourced accountant)', 'RU (Moscow)', 'external bookkeeper of the Russian office',
     'Татьяна Морозова <t.morozova.buh@yandex.ru>', 'Yandex Mail'),
]
