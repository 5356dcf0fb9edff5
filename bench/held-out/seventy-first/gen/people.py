"""The company, its staff, its genuine correspondents and the bank data used in the messages."""
import money as M

COMPANY = {
    'name': 'Example Group',
    'legal': 'Example Group AG',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'trade': 'jewellery and watch retail: own boutiques, online shop (shop.examplegroup.eu), wholesale of '
             'gold jewellery; buys gold and diamonds, distributes Swiss watch brands',
    'hq': 'Pforzheim, Germany (Goldschmiedstraße 12, 75172 Pforzheim; HRB 706118, Amtsgericht Mannheim)',
    'ustid': M.de_ustid('14372905'),
    'iban': M.iban_de('66650085', M.de_m00('000841772')),   # Sparkasse Pforzheim Calw
}

OFFICES = {
    'DE': 'Pforzheim (HQ)',
    'IT': 'Milano (Example Group Italia S.r.l., Via della Spiga 24, 20121 Milano)',
    'PL': 'Warszawa (Example Group Polska sp. z o.o., ul. Mokotowska 49, 00-542 Warszawa)',
    'ES': 'Barcelona (Example Group Iberia S.L., Passeig de Gràcia 77, 08008 Barcelona)',
    'GR': 'Athens (Example Group Hellas Μ.Α.Ε., Βουκουρεστίου 21, 106 71 Αθήνα)',
    'UK': 'London (Example Group UK Ltd, 32 Hatton Garden, London EC1N 8DL)',
    'RU': 'Moscow (ООО «Экзампл Груп Рус», ул. Петровка 20, Москва)',
}

# key: (display name, address, office, role)
STAFF = {
    'ceo': ('Johannes Köhler', 'johannes.koehler@example.com', 'Pforzheim (HQ)', 'CEO (Vorstandsvorsitzender)'),
    'cfo': ('Sabine Wüst', 'sabine.wuest@example.com', 'Pforzheim (HQ)', 'CFO (Finanzvorstand)'),
    'ap1': ('Monika Groß', 'monika.gross@example.com', 'Pforzheim (HQ)', 'Accounts payable (Kreditorenbuchhaltung)'),
    'ap2': ('Tobias Brandt', 'tobias.brandt@example.com', 'Pforzheim (HQ)', 'Accounts payable (Kreditorenbuchhaltung)'),
    'hr': ('Claudia Schäfer', 'claudia.schaefer@example.com', 'Pforzheim (HQ)', 'HR & payroll (Personal/Lohnbuchhaltung)'),
    'payroll': ('Birgit Köster', 'birgit.koester@example.com', 'Pforzheim (HQ)', 'Payroll clerk (Entgeltabrechnung)'),
    'ithead': ('Markus Bäumer', 'markus.baeumer@example.com', 'Pforzheim (HQ)', 'Head of IT'),
    'itsec': ('Lena Hoffmann', 'lena.hoffmann@example.com', 'Pforzheim (HQ)', 'IT security & mail administrator'),
    'assist': ('Jana Petersen', 'jana.petersen@example.com', 'Pforzheim (HQ)', 'Assistant to the CEO'),
    'proc': ('Florian Weiß', 'florian.weiss@example.com', 'Pforzheim (HQ)', 'Procurement: gold, diamonds, watches (Einkauf)'),
    'sales': ('Thomas Richter', 'thomas.richter@example.com', 'Pforzheim (HQ)', 'Head of Sales & Wholesale'),
    'eshop': ('Katrin Müller', 'katrin.mueller@examplegroup.eu', 'Pforzheim (HQ)', 'E-commerce & customer service'),
    'retail': ('Sophie Lorenz', 'sophie.lorenz@example.com', 'Pforzheim (HQ)', 'Boutique operations'),
    'uk_mgr': ('Oliver Bennett', 'oliver.bennett@example.com', 'London', 'Office manager UK'),
    'uk_acc': ('Priya Shah', 'priya.shah@examplegroup.eu', 'London', 'Accountant UK'),
    'it_mgr': ('Giulia Ferraro', 'giulia.ferraro@example.com', 'Milano', 'Office manager Italy'),
    'it_acc': ('Marco Esposito', 'marco.esposito@example.com', 'Milano', 'Accountant Italy'),
    'pl_mgr': ('Agnieszka Wójcik', 'agnieszka.wojcik@example.com', 'Warszawa', 'Office manager Poland'),
    'pl_acc': ('Paweł Kowalczyk', 'pawel.kowalczyk@example.com', 'Warszawa', 'Accountant Poland'),
    'es_mgr': ('Javier Martínez', 'javier.martinez@example.com', 'Barcelona', 'Office manager Spain'),
    'es_acc': ('Lucía Fernández', 'lucia.fernandez@example.com', 'Barcelona', 'Accountant Spain'),
    'gr_mgr': ('Nikos Papadopoulos', 'nikos.papadopoulos@example.com', 'Athens', 'Office manager Greece'),
    'gr_acc': ('Eleni Georgiou', 'eleni.georgiou@examplegroup.eu', 'Athens', 'Accountant Greece'),
    'ru_mgr': ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'Moscow', 'Office manager Russia'),
    'ru_acc': ('Olga Ivanova', 'olga.ivanova@example.com', 'Moscow', 'Accountant Russia'),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# Genuine correspondents. key: (display name, address, organisation, country, role/notes)
CORR = {
    # shared by every set
    'maier': ('Stefan Maier', 's.maier@lieferant-gmbh.de', 'Lieferant GmbH, Hanau', 'DE',
              'supplier of gold chains, clasps and settings; key account manager'),
    'lang': ('Petra Lang', 'p.lang@lieferant-gmbh.de', 'Lieferant GmbH, Hanau', 'DE', 'receivables / dunning'),
    'lief_buha': ('Buchhaltung', 'rechnungen@lieferant-gmbh.de', 'Lieferant GmbH, Hanau', 'DE', 'invoices'),
    'colombo': ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it', 'Ferretti Trasporti S.p.A., Bergamo', 'IT',
                'road carrier (shop fittings, displays, packaging); traffic office'),
    'ferretti_amm': ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it',
                     'Ferretti Trasporti S.p.A., Bergamo', 'IT', 'accounts'),
    'zielinski': ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl', 'Partner Logistik sp. z o.o., Poznań', 'PL',
                  'logistics partner: warehousing and distribution in Poland; account manager'),
    'pl_ksieg': ('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl', 'Partner Logistik sp. z o.o., Poznań',
                 'PL', 'accounts'),
    # own additions
    'vogt': ('Dr. Karin Vogt', 'k.vogt@edelmetall-rheinfeld.de', 'Edelmetall Rheinfeld AG, Rheinfelden', 'DE',
             'gold and silver semi-finished products, refining; trading desk'),
    'vogel': ('Dr. Martin Vogel', 'm.vogel@vogel-partner-stb.de', 'Vogel & Partner mbB Steuerberater, Pforzheim', 'DE',
              'tax advisor'),
    'brandt_priv': ('Tobias Brandt', 'tobias.brandt84@gmx.de', 'private mail of staff member Tobias Brandt', 'DE',
                    'colleague writing privately'),
    'vandamme': ('Pieter Van Damme', 'pieter@vandamme-diamonds.be', 'Van Damme Diamonds BV, Antwerpen', 'BE',
                 'diamond supplier (Google Workspace)'),
    'vallorbe': ('Sophie Rochat', 's.rochat@montres-vallorbe.ch', 'Montres Vallorbe SA, Le Sentier', 'CH',
                 'Swiss watch brand; distribution manager DACH/UK'),
    'vallorbe_log': ('Montres Vallorbe Logistics', 'logistics@montres-vallorbe.ch', 'Montres Vallorbe SA, Le Sentier',
                     'CH', 'shipping'),
    'whitfield': ('Emma Whitfield', 'e.whitfield@harcourtlane.co.uk', 'Harcourt & Lane LLP, London', 'UK',
                  'solicitors (London boutique lease)'),
    'studioconti': ('Studio Conti', 'cedolini@studioconti-paghe.it', 'Studio Conti, consulenti del lavoro, Milano', 'IT',
                    'payroll consultant for the Milan office'),
    'rinaldi': ('Francesca Rinaldi', 'francesca.rinaldi@libero.it', 'private customer, Milano', 'IT', 'customer'),
    'esposito_priv': ('Marco Esposito', 'marco.esposito.mi@gmail.com', 'private mail of staff member Marco Esposito',
                      'IT', 'colleague writing privately'),
    'nowak': ('Krzysztof Nowak', 'jubiler.nowak@wp.pl', 'Jubiler Nowak, Kraków', 'PL', 'wholesale customer (small jeweller)'),
    'jubmag': ('Magazyn Jubiler', 'newsletter@jubilermagazyn.pl', 'Magazyn Jubiler (trade magazine)', 'PL',
               'subscribed newsletter (FreshMail)'),
    'olivares': ('Jordi Puig', 'aduanas@transportes-olivares.es', 'Transportes Olivares S.L., El Prat de Llobregat', 'ES',
                 'carrier and customs broker'),
    'gestoria': ('Marta Navarro', 'm.navarro@gestorianavarro.es', 'Gestoría Navarro Asesores, Barcelona', 'ES',
                 'tax advisor'),
    'ortega': ('Carmen Ortega', 'carmen.ortega78@gmail.com', 'private customer, Barcelona', 'ES', 'customer'),
    'ruiz': ('Alberto Ruiz', 'alberto@ruizjoyeros.es', 'Talleres Ruiz Joyeros S.L., Barcelona', 'ES',
             'workshop for repairs and stone setting (Google Workspace)'),
    'karagiannis': ('Γιάννης Καραγιάννης', 'info@karagiannis-logistes.gr', 'Λογιστικό Γραφείο Καραγιάννη, Αθήνα', 'GR',
                    'accounting firm'),
    'dimitriou': ('Γιώργος Δημητρίου', 'g.dimitriou@otenet.gr', 'private customer, Athens', 'GR', 'customer'),
    'alexiou': ('Μαρία Αλεξίου', 'orders@alexiou-jewels.gr', 'Alexiou Jewels Α.Ε., Αθήνα', 'GR', 'jewellery manufacturer'),
    'voukourestiou': ('Κτηματική Βουκουρεστίου Α.Ε.', 'leasing@voukourestiou-estates.gr',
                      'Κτηματική Βουκουρεστίου Α.Ε. (landlord of the Athens boutique)', 'GR', 'landlord, uses DocuSign'),
    'skoa': ('Σύνδεσμος Κοσμηματοπωλών Αττικής', 'news@skoa.gr', 'jewellers\' association of Attica', 'GR',
             'subscribed newsletter (Mailchimp)'),
    'samocvet': ('Ирина Белова', 'buh@samocvet-td.ru', 'ООО «Торговый дом Самоцвет», Москва', 'RU',
                 'jewellery wholesaler / supplier; accounts'),
    'kuznetsov': ('Андрей Кузнецов', 'a.kuznetsov.msk@yandex.ru', 'private customer, Moscow', 'RU', 'customer'),
}


def C(key):
    n, a, _, _, _ = CORR[key]
    return (n, a)


# ------------------------------------------------------------------ bank data (all IBANs mod-97 valid)
BANK = {
    # Lieferant GmbH: old account Sparkasse Hanau, new account Frankfurter Sparkasse (genuine change, method 00)
    'lief_old': M.iban_de('50650023', M.de_m00('010582447')),
    'lief_new': M.iban_de('50050201', M.de_m00('020097731')),
    # fraud: "new" account of the look-alike, at a Berlin bank, account holder claimed Lieferant GmbH
    'lief_fraud': M.iban_de('10090000', '2874110053'),
    # payroll diversion: neobank account
    'payroll_fraud': M.iban_de('10011001', '2618437902'),
    # fake register invoice: Polish account
    'register_fraud': M.iban_pl('249', '1005', '0000045291837716'),
    # Ferretti genuine (Intesa Sanpaolo) and fraud (other bank)
    'ferretti': M.iban_it('03069', '11166', '100000007345'),
    'ferretti_fraud': M.iban_it('36772', '22300', 'EM0018420917'),
    # Partner Logistik genuine (mBank-like sort code) and fraud
    'partner': M.iban_pl('114', '0202', '0000560131002261'),
    'partner_fraud': M.iban_pl('116', '2200', '0000000453880129'),
    # Edelmetall Rheinfeld genuine
    'rheinfeld': M.iban_de('68452290', M.de_m00('001042836')),
    # Van Damme (BE)
    'vandamme': M.iban_be('737', '0421853'),
    # UK: Harcourt & Lane client account (genuine), fraud "escrow" account
    'harcourt': M.iban_gb('BARC', '203253', '61734952'),
    'uk_fraud': M.iban_gb('CLRB', '040053', '15842097'),
    # Spain: genuine Montres Vallorbe account is CH; fraud is an ES account
    'vallorbe': M.iban_ch('00243', '0243A1187702'),
    'es_fraud': M.iban_es('0182', '5934', '0201584463'),
    'olivares': M.iban_es('2100', '3045', '2200173498'),
    # Greece
    'alexiou': M.iban_gr('011', '0140', '0000014012874551'),
    'gr_fraud': M.iban_gr('026', '0184', '0000590200812734'),
    # Italy payroll consultant (not used for payment)
    'bellini': M.iban_it('05034', '11701', '000000004512'),
}

RU = {
    # Samocvet genuine account at Alfa-Bank Moscow
    'samocvet_bik': '044525593',
    'samocvet_ks': M.ru_corr('044525593', '30101810X00000000593'),
    'samocvet_rs': M.ru_account('044525593', '40702810X01400012847'),
    'samocvet_inn': M.ru_inn10('772548163'),
    'samocvet_kpp': '772501001',
    # fraud account at another bank (T-Bank)
    'fraud_bik': '044525974',
    'fraud_ks': M.ru_corr('044525974', '30101810X45250000974'),
    'fraud_rs': M.ru_account('044525974', '40702810X10001573920'),
    'fraud_inn': M.ru_inn10('970512884'),
    'our_inn': M.ru_inn10('770437520'),
}

for _k, _v in BANK.items():
    assert M.iban_ok(_v), _k
