"""Example Group: offices, staff, correspondents, bank and tax data."""

import checks as C

# ------------------------------------------------------------------ offices
OFFICES = {
    'DE': dict(city='Mönchengladbach', entity='Example Group GmbH', street='Textilstraße 12', zip='41061',
               phone='+49 2161 4870-0', fax='+49 2161 4870-199', web='www.example.com'),
    'IT': dict(city='Prato', entity='Example Group Italia S.r.l.', street='Via Pistoiese 210', zip='59100',
               phone='+39 0574 62 19 40'),
    'PL': dict(city='Łódź', entity='Example Group Polska sp. z o.o.', street='ul. Tymienieckiego 25', zip='90-350',
               phone='+48 42 630 18 70'),
    'ES': dict(city='Barcelona', entity='Example Group Iberia, S.L.', street='Carrer de Pallars 108', zip='08018',
               phone='+34 933 07 42 10'),
    'GR': dict(city='Thessaloniki (Sindos)', entity='Example Group Hellas Μονοπρόσωπη Ι.Κ.Ε.', street='ΒΙ.ΠΕ. Σίνδου, Οδός 9, ΟΤ 31', zip='57022',
               phone='+30 2310 79 84 20'),
    'UK': dict(city='Manchester', entity='Example Group UK Ltd', street='Unit 4, Redhill Street, Ancoats', zip='M4 5BA',
               phone='+44 161 504 37 20'),
    'RU': dict(city='Moscow', entity='ООО «Экзампл Груп Рус»', street='ул. Бутырская, д. 62, офис 412', zip='127015',
               phone='+7 495 646-18-30'),
}

# ------------------------------------------------------------------ staff
# key: (display name, address, office, role)
STAFF = {
    'kuester': ('Jörg Küster', 'joerg.kuester@example.com', 'DE', 'Chief Executive Officer (Geschäftsführer)'),
    'weissmann': ('Sabine Weißmann', 'sabine.weissmann@example.com', 'DE', 'Chief Financial Officer'),
    'schaefer': ('Monika Schäfer', 'monika.schaefer@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung)'),
    'krause': ('Timo Krause', 'timo.krause@example.com', 'DE', 'Accounts payable & treasury'),
    'vogt': ('Andrea Vogt', 'andrea.vogt@example.com', 'DE', 'Head of HR'),
    'lorenz': ('Birgit Lorenz', 'birgit.lorenz@example.com', 'DE', 'Payroll (Lohnbuchhaltung)'),
    'brandt': ('Thomas Brandt', 'thomas.brandt@example.com', 'DE', 'Head of IT'),
    'oezdemir': ('Lukas Özdemir', 'lukas.oezdemir@example.com', 'DE', 'IT security & mail administrator'),
    'hoffmann': ('Julia Hoffmann', 'julia.hoffmann@example.com', 'DE', 'Assistant to the CEO'),
    'mueller': ('Frank Müller', 'frank.mueller@example.com', 'DE', 'Head of procurement (fabrics & trims)'),
    'berger': ('Nina Berger', 'nina.berger@example.com', 'DE', 'Sales manager wholesale DACH'),
    'roth': ('Kevin Roth', 'kevin.roth@examplegroup.eu', 'DE', 'E-commerce manager (online shop)'),
    'dietrich': ('Ralf Dietrich', 'ralf.dietrich@example.com', 'DE', 'Head of logistics & warehouse'),
    'rinaldi': ('Giulia Rinaldi', 'giulia.rinaldi@example.com', 'IT', 'Office manager Italy'),
    'bianchi': ('Marco Bianchi', 'marco.bianchi@example.com', 'IT', 'Accountant Italy'),
    'conti': ('Francesca Conti', 'francesca.conti@examplegroup.eu', 'IT', 'Sales Italy (wholesale)'),
    'wojcik': ('Małgorzata Wójcik', 'malgorzata.wojcik@example.com', 'PL', 'Office & plant manager Poland'),
    'kolodziej': ('Paweł Kołodziej', 'pawel.kolodziej@example.com', 'PL', 'Accountant Poland'),
    'martinez': ('José Martínez', 'jose.martinez@example.com', 'ES', 'Office manager Spain'),
    'fernandez': ('Lucía Fernández', 'lucia.fernandez@example.com', 'ES', 'Accountant Spain'),
    'papadopoulos': ('Nikos Papadopoulos', 'nikos.papadopoulos@example.com', 'GR', 'Office & plant manager Greece'),
    'georgiou': ('Eleni Georgiou', 'eleni.georgiou@example.com', 'GR', 'Accountant Greece'),
    'bennett': ('Oliver Bennett', 'oliver.bennett@examplegroup.eu', 'UK', 'Office manager UK'),
    'shah': ('Priya Shah', 'priya.shah@examplegroup.eu', 'UK', 'Accountant UK'),
    'sokolov': ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'RU', 'Office manager Russia'),
    'kuznetsova': ('Elena Kuznetsova', 'elena.kuznetsova@example.com', 'RU', 'Accountant Russia'),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


def A(key):
    return STAFF[key][1]


# ------------------------------------------------------------------ own bank / tax data
EG = dict(
    ustid=C.de_ustid('27381946'), stnr='121/5712/3456', hrb='HRB 14872, Amtsgericht Mönchengladbach',
    iban=C.de_iban('31050000', '0045123789'), bic='MGLSDE33XXX', bank='Stadtsparkasse Mönchengladbach',
    kdnr_lieferant='20418',
)
EG_IT = dict(piva=C.it_piva('0235718097'), iban=C.it_iban('03069', '21530', '100000011873'), bank='Intesa Sanpaolo')
EG_PL = dict(nip=C.pl_nip('725219374'), krs='0000684213', iban=C.pl_iban('1050146', '1000009712345678'), bank='ING Bank Śląski S.A.')
EG_ES = dict(cif=C.es_cif('B', '6712839'), iban=C.es_iban('2100', '3021', '0200198765'), bank='CaixaBank')
EG_GR = dict(afm=C.gr_afm('80156732'), doy='ΦΑΕ Θεσσαλονίκης', iban=C.gr_iban('026', '0105', '0000820200341122'), bank='Eurobank')
EG_UK = dict(crn='11457823', vat=C.gb_vat('3148275'), iban=C.gb_iban('HBUK', '401160', '71234567'), sort='40-11-60', acct='71234567')
_RU_BIK = '044525225'
EG_RU = dict(inn=C.ru_inn10('770412345'), kpp='771501001', ogrn=C.ru_ogrn('117774612345'),
             bik=_RU_BIK, corr=C.ru_corr_account(_RU_BIK, '30101810400000000225'),
             acct=C.ru_account(_RU_BIK, '40702810038000234567'), bank='ПАО Сбербанк, г. Москва')

# ------------------------------------------------------------------ correspondents (shared, exact addresses)
LIEF = dict(
    name='Lieferant GmbH', city='Wuppertal', street='Bandwirkerstraße 31', zip='42281',
    desc='Bänder, Etiketten, Knöpfe und Reißverschlüsse (trims supplier)', phone='+49 202 69 81 40',
    maier=('Stefan Maier', 's.maier@lieferant-gmbh.de'), lang_=('Petra Lang', 'p.lang@lieferant-gmbh.de'),
    rechnungen=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'),
    ustid=C.de_ustid('12947381'), hrb='HRB 21574, Amtsgericht Wuppertal',
    iban_old=C.de_iban('33050000', '0000812345'), bic_old='WUPSDE33XXX', bank_old='Stadtsparkasse Wuppertal',
    iban_new=C.de_iban('33040001', '0412345600'), bic_new='COBADEFFXXX', bank_new='Commerzbank AG, Filiale Wuppertal',
)
FERR = dict(
    name='Ferretti Trasporti S.p.A.', city='Bergamo', street='Via Zanica 91', zip='24126',
    colombo=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'),
    amm=('Ferretti Trasporti S.p.A. - Amministrazione', 'amministrazione@ferretti-trasporti.it'),
    piva=C.it_piva('0281934016'), phone='+39 035 31 84 220',
    iban=C.it_iban('03069', '11104', '100000004587'), bank='Intesa Sanpaolo S.p.A., Filiale di Bergamo',
)
PLOG = dict(
    name='Partner Logistik sp. z o.o.', city='Stryków', street='ul. Logistyczna 8', zip='95-010',
    zielinski=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'),
    ksieg=('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'),
    nip=C.pl_nip('733214582'), krs='0000512847', phone='+48 42 719 33 00',
    iban=C.pl_iban('1020340', '0000412345678901'), bank='PKO Bank Polski S.A.',
)

# ------------------------------------------------------------------ own correspondents
BELL = dict(name='Tessitura Bellandi S.r.l.', city='Prato', street='Via del Purgatorio 44', zip='59100',
            lorenzo=('Lorenzo Bellandi', 'l.bellandi@tessiturabellandi.it'),
            amm=('Tessitura Bellandi - Amministrazione', 'amministrazione@tessiturabellandi.it'),
            piva=C.it_piva('0194827048'), iban=C.it_iban('01030', '21500', '000063841275'), bank='Banca Monte dei Paschi di Siena')
SCHUB = dict(name='Etikettenwerk Schubert GmbH', city='Gronau (Westf.)', deb=('Etikettenwerk Schubert GmbH - Debitorenbuchhaltung', 'debitoren@etiketten-schubert.de'),
             ustid=C.de_ustid('31248675'), iban=C.de_iban('40154530', '0030119874'), bank='Sparkasse Westmünsterland')
WEILER = dict(name='Dr. Weiler & Partner mbB Steuerberatungsgesellschaft', lohn=('Kanzlei Dr. Weiler & Partner - Lohnbüro', 'lohn@weiler-partner.de'),
              city='Mönchengladbach')
HF = dict(name='Harrow & Finch Ltd', city='London', claire=('Claire Whitfield', 'c.whitfield@harrowfinch.co.uk'),
          rachel=('Rachel Hughes', 'r.hughes@harrowfinch.co.uk'), ap=('Harrow & Finch Accounts Payable', 'accounts.payable@harrowfinch.co.uk'),
          vat=C.gb_vat('2749153'))
KOWAL = dict(name='Szwalnia Kowalczyk sp.j.', city='Zduńska Wola', biuro=('Szwalnia Kowalczyk sp.j.', 'biuro@szwalnia-kowalczyk.pl'),
             nip=C.pl_nip('829104518'), iban=C.pl_iban('1140200', '0040021458763012'))
HIL = dict(name='Hilaturas del Vallès, S.A.', city='Terrassa', montse=('Montse Puig', 'mpuig@hilaturasvalles.es'),
           adm=('Hilaturas del Vallès - Administración', 'administracion@hilaturasvalles.es'),
           cif=C.es_cif('A', '0812345'), iban=C.es_iban('2100', '0854', '0201234567'), bank='CaixaBank, S.A.')
NAV = dict(name='Transportes Navarro e Hijos, S.L.', city='Riba-roja de Túria (Valencia)',
           adm=('Transportes Navarro - Administración', 'administracion@transportesnavarro.es'),
           cif=C.es_cif('B', '9614572'), iban_old=C.es_iban('0081', '0692', '0001234561'),
           iban_new=C.es_iban('0128', '0731', '0100045678'))
KARA = dict(name='Πλεκτήριο Καραγιάννη Α.Ε.', latin='Karagiannis Knitwear S.A.', city='Κιλκίς',
            giorgos=('Γιώργος Καραγιάννης', 'g.karagiannis@karagiannis-knit.gr'),
            log=('Πλεκτήριο Καραγιάννη - Λογιστήριο', 'logistirio@karagiannis-knit.gr'),
            afm=C.gr_afm('80214537'), iban=C.gr_iban('017', '0245', '0000245012345678'), bank='Τράπεζα Πειραιώς')
TIV_BIK = '042406608'
TIV = dict(name='ООО «Текстиль-Иваново»', city='Иваново', olga=('Ольга Смирнова', 'info@textil-ivanovo.ru'),
           inn=C.ru_inn10('370201234'), kpp='370201001', ogrn=C.ru_ogrn('102370012345'),
           bik=TIV_BIK, corr=C.ru_corr_account(TIV_BIK, '30101810000000000608'),
           acct=C.ru_account(TIV_BIK, '40702810017000012345'), bank='Ивановское отделение № 8639 ПАО Сбербанк')

# attacker-controlled accounts (all check digits valid)
FRAUD = dict(
    a02=C.de_iban('10011001', '2847361950'),            # N26 Bank
    a06=C.lt_iban('32500', '70182934561'),              # Revolut Bank UAB
    a07=C.sk_iban('1100', '000000', '2948371650'),      # Tatra banka
    a17=C.it_iban('03268', '22300', '052879381420'),    # Banca Sella
    a20=C.it_iban('03075', '02200', 'CC0010789543'),    # Banca Generali
    a23=C.pl_iban('1090272', '0000000158236471'),       # Santander Bank Polska
    a28=C.es_iban('0182', '5922', '0201583746'),        # BBVA
    a31=C.lt_iban('35000', '10002918374'),              # Paysera LT
    a33=C.bg_iban('UNCR', '7000', '15', '23847519'),    # UniCredit Bulbank
    a38_bik='044525974',
    a38_corr=C.ru_corr_account('044525974', '30101810145250000974'),
    a38_acct=C.ru_account('044525974', '40702810010001583927'),
    btc=C.bech32_p2wpkh('audit60-extortion-a15'),
)

# ------------------------------------------------------------------ correspondents table for the manifest
CORRESPONDENTS = [
    ('Lieferant GmbH (Wuppertal, DE) - trims supplier (ribbons, labels, buttons, zips)', 'Stefan Maier <s.maier@lieferant-gmbh.de>, Petra Lang <p.lang@lieferant-gmbh.de>, rechnungen@lieferant-gmbh.de', 'shared'),
    ('Ferretti Trasporti S.p.A. (Bergamo, IT) - road carrier', 'Chiara Colombo <c.colombo@ferretti-trasporti.it>, amministrazione@ferretti-trasporti.it', 'shared'),
    ('Partner Logistik sp. z o.o. (Stryków, PL) - logistics partner / warehouse', 'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, ksiegowosc@partner-logistik.pl', 'shared'),
    ('Tessitura Bellandi S.r.l. (Prato, IT) - weaving mill, fabric supplier', 'Lorenzo Bellandi <l.bellandi@tessiturabellandi.it>', 'own'),
    ('Etikettenwerk Schubert GmbH (Gronau, DE) - woven labels & hang tags', 'debitoren@etiketten-schubert.de', 'own'),
    ('Dr. Weiler & Partner mbB (Mönchengladbach, DE) - tax advisers / payroll bureau', 'lohn@weiler-partner.de', 'own'),
    ('Harrow & Finch Ltd (London, UK) - department-store customer', 'Claire Whitfield <c.whitfield@harrowfinch.co.uk>, Rachel Hughes <r.hughes@harrowfinch.co.uk>, accounts.payable@harrowfinch.co.uk', 'own'),
    ('Fashion Trade Weekly (UK) - subscribed trade newsletter (Mailchimp)', 'newsletter@fashiontradeweekly.co.uk', 'own'),
    ('Studio Conti & Ricci (Prato, IT) - chartered accountants (commercialisti)', 'f24@studiocontiricci.it', 'own'),
    ('Boutique Elisa (Lucca, IT) - retail customer on consumer mail', 'boutique.elisa@libero.it', 'own'),
    ('Szwalnia Kowalczyk sp.j. (Zduńska Wola, PL) - contract sewing factory', 'biuro@szwalnia-kowalczyk.pl', 'own'),
    ('Polska Izba Mody i Tekstyliów (PL) - trade association newsletter (FreshMail)', 'newsletter@izbamody.pl', 'own'),
    ('Hilaturas del Vallès, S.A. (Terrassa, ES) - yarn spinner', 'Montse Puig <mpuig@hilaturasvalles.es>, administracion@hilaturasvalles.es', 'own'),
    ('Transportes Navarro e Hijos, S.L. (Valencia, ES) - road carrier', 'administracion@transportesnavarro.es', 'own'),
    ('Boutique Marina (Valencia, ES) - retail customer on Gmail', 'boutiquemarina.valencia@gmail.com', 'own'),
    ('Moda Barcelona Trade (ES) - trade-fair newsletter (Brevo)', 'news@modabarcelonatrade.es', 'own'),
    ('Πλεκτήριο Καραγιάννη Α.Ε. / Karagiannis Knitwear (Kilkis, GR) - contract knitting factory', 'Γιώργος Καραγιάννης <g.karagiannis@karagiannis-knit.gr>, logistirio@karagiannis-knit.gr', 'own'),
    ('Λογιστικό Γραφείο Δ. Μαυρίδη (Thessaloniki, GR) - external accountant', 'info@mavridis-logistiki.gr', 'own'),
    ('Boutique Despina (Heraklion, GR) - new retail customer', 'info@despinaboutique.gr', 'own'),
    ('ООО «Текстиль-Иваново» (Ivanovo, RU) - fabric mill', 'Ольга Смирнова <info@textil-ivanovo.ru>', 'own'),
    ('Private mailboxes of staff', 'ralf.dietrich@gmx.de, priya.shah.mcr@gmail.com, anna.kaczmarek85@wp.pl, npapadopoulos@otenet.gr', 'own'),
    ('Genuine services', 'Microsoft account, Google, GitHub, Yandex ID, DocuSign (EU), ELSTER, DEHú, BRT, ACS Courier, Kontur.Diadoc', 'services'),
]

# how correspondents in Greece / Russia usually have these colleagues in their address books
NATIVE = {'sokolov': 'Дмитрий Соколов', 'kuznetsova': 'Елена Кузнецова',
          'papadopoulos': 'Νίκος Παπαδόπουλος', 'georgiou': 'Ελένη Γεωργίου'}


def SN(key):
    return (NATIVE.get(key, STAFF[key][0]), STAFF[key][1])
