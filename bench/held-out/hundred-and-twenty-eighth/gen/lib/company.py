"""Example Group: entities, staff, correspondents and their accounts."""
from . import ids

# ------------------------------------------------------------------ entities

ENT = {
    'DE': dict(name='Example Group GmbH', short='Example Group', city='Kassel', country='Germany',
               addr=['Hafenstraße 64', '34125 Kassel', 'Deutschland'],
               role='Group HQ; production site (NPK granulation, potash and magnesium blends, water-soluble fertilisers)',
               vat=ids.de_ustid('31745862'), reg='HRB 17429, Amtsgericht Kassel',
               lei=ids.lei('529900EXG7K2QH4M1T'), eori='DE6148023', phone='+49 561 9082-0',
               iban=ids.de_iban('52040021', '0412345600'), bic='COBADEFFXXX', bank='Commerzbank AG, Kassel'),
    'IT': dict(name='Example Italia S.r.l.', short='Example Italia', city='Ferrara', country='Italy',
               addr=['Via Guglielmo Marconi 35', '44122 Ferrara (FE)', 'Italia'],
               role='Sales and blending warehouse for Italy', vat=ids.it_piva('0218734038'),
               reg='REA FE-219384, capitale sociale EUR 500.000 i.v.', sdi='M5UXCR1', phone='+39 0532 418 270',
               iban=ids.it_iban('02008', '13011', '000105738214'), bic='UNCRITM1H11', bank='UniCredit S.p.A., Ferrara'),
    'PL': dict(name='Example Polska sp. z o.o.', short='Example Polska', city='Puławy', country='Poland',
               addr=['ul. Przemysłowa 8', '24-100 Puławy', 'Polska'],
               role='Sales office and bagging terminal for Poland', vat='7162819432',
               regon='432187656', krs='0000587214', phone='+48 81 470 22 10',
               iban=ids.pl_iban('11402004', '0000350219874561'), bic='BREXPLPWMBK', bank='mBank S.A.'),
    'ES': dict(name='Example Iberia S.L.', short='Example Iberia', city='Huelva', country='Spain',
               addr=['Polígono Industrial La Paz, Calle Nitrógeno 4', '21007 Huelva', 'España'],
               role='Sales office and port warehouse for Iberia', vat='B' + '2147382' + ids.es_cif_check('B', '2147382'),
               reg='Registro Mercantil de Huelva, Tomo 1482, Folio 37, Hoja H-31875', phone='+34 959 281 640',
               iban=ids.es_iban('0182', '5941', '0201583746'), bic='BBVAESMMXXX', bank='BBVA, Huelva'),
    'GR': dict(name='Example Hellas Μονοπρόσωπη Α.Ε.', short='Example Hellas', city='Thessaloniki', country='Greece',
               addr=['ΒΙ.ΠΕ. Σίνδου, Οδός 12, Ο.Τ. 34', '57022 Σίνδος Θεσσαλονίκης', 'Ελλάδα'],
               role='Sales office and warehouse for Greece and the Balkans', vat='80147253' + str(ids.gr_afm_check('80147253')),
               reg='ΓΕΜΗ 158734906000, ΔΟΥ ΦΑΕ Θεσσαλονίκης', phone='+30 2310 798 410',
               iban=ids.gr_iban('017', '0245', '0005245019384'), bic='PIRBGRAA', bank='Piraeus Bank, Thessaloniki'),
    'UK': dict(name='Example Group UK Ltd', short='Example UK', city='Ipswich', country='United Kingdom',
               addr=['4 Cliff Road Industrial Estate', 'Ipswich IP3 0BA', 'United Kingdom'],
               role='Import terminal and sales office for the UK', vat='GB2847391' + '%02d' % ids.gb_vat_check('2847391'),
               reg='Registered in England and Wales No. 08473921', phone='+44 1473 728 400',
               iban=ids.gb_iban('BARC', '206137', '43819275'), bic='BARCGB22', bank='Barclays Bank UK PLC'),
    'RU': dict(name='ООО «Экзампл Рус»', short='Example Rus', city='Moscow', country='Russia',
               addr=['125167, г. Москва', 'Ленинградский проспект, д. 39, стр. 80, офис 412', 'Россия'],
               role='Procurement office (potash, urea, ammonium nitrate) and sales representation', vat='771498312' + str(ids.ru_inn10_check('771498312')),
               kpp='771401001', ogrn='116774658321' + str(int('116774658321') % 11 % 10), phone='+7 495 640-18-27',
               account=ids.ru_make_account('044525700', '40702810', '40000318274'), bic='044525700',
               corr='30101810200000000700', bank='АО «Райффайзенбанк», г. Москва'),
}
assert ids.pl_nip_valid(ENT['PL']['vat']), ENT['PL']['vat']
assert ids.pl_regon_valid(ENT['PL']['regon'])

# ------------------------------------------------------------------ staff

STAFF = [
    # key, display (GAL), native, address, office, role, phone
    ('hoffmann', 'Matthias Hoffmann', 'Dr. Matthias Hoffmann', 'matthias.hoffmann@example.com', 'DE', 'Chief Executive Officer (Geschäftsführer)', '+49 561 9082-100'),
    ('becker', 'Claudia Becker', 'Claudia Becker', 'claudia.becker@example.com', 'DE', 'Chief Financial Officer', '+49 561 9082-110'),
    ('krueger', 'Sabine Krüger', 'Sabine Krüger', 'sabine.krueger@example.com', 'DE', 'Accounts Payable (Kreditorenbuchhaltung)', '+49 561 9082-114'),
    ('schaefer', 'Julia Schäfer', 'Julia Schäfer', 'julia.schaefer@example.com', 'DE', 'HR & Payroll', '+49 561 9082-130'),
    ('wagner', 'Thomas Wagner', 'Thomas Wagner', 'thomas.wagner@example.com', 'DE', 'Head of IT', '+49 561 9082-150'),
    ('richter', 'Jonas Richter', 'Jonas Richter', 'jonas.richter@example.com', 'DE', 'IT Security & Mail Administrator', '+49 561 9082-154'),
    ('koehler', 'Anja Köhler', 'Anja Köhler', 'anja.koehler@example.com', 'DE', 'Assistant to the CEO', '+49 561 9082-101'),
    ('weiss', 'Markus Weiß', 'Markus Weiß', 'markus.weiss@example.com', 'DE', 'Head of Procurement (raw materials, packaging)', '+49 561 9082-170'),
    ('braun', 'Katrin Braun', 'Katrin Braun', 'katrin.braun@examplegroup.eu', 'DE', 'Sales Director Europe', '+49 561 9082-180'),
    ('neumann', 'Frank Neumann', 'Frank Neumann', 'frank.neumann@example.com', 'DE', 'Plant Manager Kassel (granulation & blending)', '+49 561 9082-200'),
    ('hartmann', 'Lena Hartmann', 'Lena Hartmann', 'lena.hartmann@example.com', 'DE', 'Logistics & Supply Chain Manager', '+49 561 9082-220'),
    ('schulz', 'Miriam Schulz', 'Dr. Miriam Schulz', 'miriam.schulz@example.com', 'DE', 'Regulatory Affairs & QHSE (EU FPR 2019/1009, REACH, CBAM)', '+49 561 9082-240'),
    ('vogel', 'Felix Vogel', 'Dr. Felix Vogel', 'felix.vogel@examplegroup.eu', 'DE', 'Agronomy & Product Management', '+49 561 9082-185'),
    ('lorenz', 'Birgit Lorenz', 'Birgit Lorenz', 'birgit.lorenz@example.com', 'DE', 'Office Manager Kassel', '+49 561 9082-0'),
    ('zimmermann', 'Heike Zimmermann', 'Heike Zimmermann', 'heike.zimmermann@example.com', 'DE', 'Accountant Germany (general ledger)', '+49 561 9082-116'),
    ('romano', 'Francesca Romano', 'Francesca Romano', 'francesca.romano@example.com', 'IT', 'Office Manager Italy', '+39 0532 418 271'),
    ('bianchi', 'Luca Bianchi', 'Luca Bianchi', 'luca.bianchi@example.com', 'IT', 'Accountant Italy', '+39 0532 418 274'),
    ('wojcik', 'Agnieszka Wójcik', 'Agnieszka Wójcik', 'agnieszka.wojcik@example.com', 'PL', 'Office Manager Poland', '+48 81 470 22 11'),
    ('kaminski', 'Piotr Kamiński', 'Piotr Kamiński', 'piotr.kaminski@example.com', 'PL', 'Accountant Poland (główny księgowy)', '+48 81 470 22 15'),
    ('fernandez', 'Lucía Fernández', 'Lucía Fernández Ortega', 'lucia.fernandez@example.com', 'ES', 'Office Manager Spain', '+34 959 281 641'),
    ('ruiz', 'Javier Ruiz', 'Javier Ruiz Moreno', 'javier.ruiz@example.com', 'ES', 'Accountant Spain', '+34 959 281 645'),
    ('papadopoulou', 'Eleni Papadopoulou', 'Ελένη Παπαδοπούλου', 'eleni.papadopoulou@example.com', 'GR', 'Office Manager Greece', '+30 2310 798 411'),
    ('georgiou', 'Nikolaos Georgiou', 'Νικόλαος Γεωργίου', 'nikolaos.georgiou@example.com', 'GR', 'Accountant Greece', '+30 2310 798 415'),
    ('mitchell', 'Sarah Mitchell', 'Sarah Mitchell', 'sarah.mitchell@examplegroup.eu', 'UK', 'Office Manager UK', '+44 1473 728 401'),
    ('whitfield', 'James Whitfield', 'James Whitfield', 'james.whitfield@example.com', 'UK', 'Accountant UK', '+44 1473 728 405'),
    ('smirnova', 'Olga Smirnova', 'Ольга Смирнова', 'olga.smirnova@example.com', 'RU', 'Office Manager Russia', '+7 495 640-18-28'),
    ('volkov', 'Dmitry Volkov', 'Дмитрий Волков', 'dmitry.volkov@example.com', 'RU', 'Accountant Russia (главный бухгалтер)', '+7 495 640-18-29'),
]


class Person(tuple):
    @property
    def key(self):
        return self[2]


S = {}
for key, disp, native, addr, office, role, phone in STAFF:
    S[key] = dict(key=key, name=disp, native=native, addr=addr, office=office, role=role, phone=phone)


def P(key, native=False):
    """(display name, address) pair for a colleague."""
    s = S[key]
    return (s['native'] if native else s['name'], s['addr'])


# ------------------------------------------------------------------ correspondents

LIEF = dict(name='Lieferant GmbH', domain='lieferant-gmbh.de', relay='mail.lieferant-gmbh.de', ip='203.0.113.25',
            addr=['Industrieweg 12', '30179 Hannover'], vat=ids.de_ustid('28374519'), reg='HRB 203817, Amtsgericht Hannover',
            phone='+49 511 6740-0', maier=('Stefan Maier', 's.maier@lieferant-gmbh.de'), lang_=('Petra Lang', 'p.lang@lieferant-gmbh.de'),
            buha=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'),
            iban=ids.de_iban('25050180', '0900412873'), bic='SPKHDE2HXXX', bank='Sparkasse Hannover',
            iban_new=ids.de_iban('25070070', '0118347200'), bic_new='DEUTDE2HXXX', bank_new='Deutsche Bank AG, Filiale Hannover',
            maier_phone='+49 511 6740-214', lang_phone='+49 511 6740-232')

FERRETTI = dict(name='Ferretti Trasporti S.p.A.', domain='ferretti-trasporti.it', addr=['Via dell\'Industria 21', '37135 Verona (VR)'],
                vat=ids.it_piva('0384721023'), phone='+39 045 820 7140',
                colombo=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), amm=('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'),
                iban=ids.it_iban('05034', '11701', '000000027418'), bic='BAPPIT21A17', bank='Banco BPM S.p.A., Verona',
                tenant=dict(domain='ferretti-trasporti.it', id='5c1e8a3f-9b27-4d61-a8c4-2f03b7e6d915', mbx='AM8PR04MB7731', pod='eurprd04',
                            fe='DB9PR04MB8402', region='EUR03-DBA', lang='it-IT', dkim='custom'))

PARTNER = dict(name='Partner Logistik sp. z o.o.', domain='partner-logistik.pl', addr=['ul. Kontenerowa 18', '80-601 Gdańsk'],
               vat='5833271493', regon='221834560', krs='0000418327', phone='+48 58 343 18 20',
               zielinski=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), ksieg=('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'),
               iban=ids.pl_iban('10201811', '0000380201748253'), bic='BPKOPLPW', bank='PKO Bank Polski S.A.')
assert ids.pl_nip_valid(PARTNER['vat']), PARTNER['vat']
assert ids.pl_regon_valid(PARTNER['regon']), PARTNER['regon']

CAP = dict(name='Consorzio Agrario Padano Soc. Coop.', domain='consorzio-agrario-padano.it', addr=['Strada Cisa 114', '46100 Mantova (MN)'],
           vat=ids.it_piva('0129384020'), person=('Marco Galli', 'acquisti@consorzio-agrario-padano.it'), phone='+39 0376 391 220')

ANGLIA = dict(name='Anglia Crop Supplies Ltd', domain='anglia-crop.co.uk', addr=['Moreton Hall Business Park, Unit 12', 'Bury St Edmunds IP32 7AB'],
              person=('Rachel Howard', 'rachel.howard@anglia-crop.co.uk'), phone='+44 1284 772 310', vat='GB5183926' + '%02d' % ids.gb_vat_check('5183926'),
              tenant=dict(domain='anglia-crop.co.uk', id='b7d2e915-44c0-4e8a-9f1a-61c3d0a7e284', mbx='LO2P265MB5523', pod='GBRP265',
                          fe='CWLP265MB6071', region='GBR01-LO2', lang='en-GB', dkim='custom', ip='40.107.122.87'))

AGROSUM = dict(name='Agrosuministros Guadalquivir S.L.', domain='agrosuministros-guadalquivir.es', addr=['Carretera de Utrera km 2,5, nave 7', '41700 Dos Hermanas (Sevilla)'],
               vat='B' + '4172938' + ids.es_cif_check('B', '4172938'), person=('Manuel Ortega Ruiz', 'm.ortega@agrosuministros-guadalquivir.es'),
               phone='+34 954 721 380')

AGROEF = dict(name='Αγροεφόδια Θεσσαλίας Α.Ε.', latin='Agroefodia Thessalias S.A.', domain='agroefodia-thessalias.gr',
              addr=['3ο χλμ. Λάρισας – Φαρσάλων', '41500 Λάρισα'], vat='09483721' + str(ids.gr_afm_check('09483721')),
              person=('Κωνσταντίνος Μπαλτάς', 'k.baltas@agroefodia-thessalias.gr'), acct=('Λογιστήριο', 'logistirio@agroefodia-thessalias.gr'),
              phone='+30 2410 625 330', server='gr-sh12.hostnet-cloud.gr', ip='185.138.42.77')

URALKT = dict(name='ООО «УралХимТорг»', latin='UralKhimTorg LLC', domain='uralkhimtorg.ru', addr=['620014, г. Екатеринбург', 'ул. Малышева, д. 51, офис 1204'],
              inn='665893274' + str(ids.ru_inn10_check('665893274')), kpp='667101001',
              person=('Алексей Петров', 'a.petrov@uralkhimtorg.ru'), buh=('Бухгалтерия УралХимТорг', 'buh@uralkhimtorg.ru'),
              account=ids.ru_make_account('046577674', '40702810', '16540018273'), bic='046577674', corr='30101810500000000674',
              bank='Уральский банк ПАО Сбербанк, г. Екатеринбург', phone='+7 343 286-14-52')

TRANSLOG = dict(name='ООО «ТрансЛогистик-М»', domain='translogistik-m.ru', addr=['109428, г. Москва', 'Рязанский проспект, д. 24, корп. 2'],
                inn='772294183' + str(ids.ru_inn10_check('772294183')), kpp='772201001', person=('Ирина Козлова', 'i.kozlova@translogistik-m.ru'),
                account=ids.ru_make_account('044525593', '40702810', '70100047193'), bic='044525593', corr='30101810200000000593',
                bank='АО «Альфа-Банк», г. Москва', phone='+7 495 783-40-61')

ONUB = dict(name='Sistemas Onubenses S.L.', domain='sistemas-onubenses.es', addr=['Avenida de Andalucía 23, local 4', '21005 Huelva'],
            person=('Álvaro Domínguez', 'soporte@sistemas-onubenses.es'), phone='+34 959 250 118')

AGROTRIALS = dict(name='AgroTrials Hellas (Dr. G. Karagiannis)', domain='agro-trials.gr', person=('Γεώργιος Καραγιάννης', 'g.karagiannis@agro-trials.gr'))

for d in (ENT['DE'], ENT['IT'], ENT['PL'], ENT['ES'], ENT['GR'], ENT['UK'], LIEF, FERRETTI, PARTNER):
    if 'iban' in d:
        assert ids.iban_valid(d['iban']), d
assert ids.ru_account_valid(ENT['RU']['bic'], ENT['RU']['account'])
assert ids.ru_account_valid(URALKT['bic'], URALKT['account'])
assert ids.ru_account_valid(TRANSLOG['bic'], TRANSLOG['account'])


BUNDESANZEIGER_IBAN = ids.de_iban('37010050', '0089452501')
AGROEF_PAYER_IBAN = ids.gr_iban('011', '0210', '0000021047839201')
