"""The company, its staff and its correspondents (shared by all messages)."""
import ids

COMPANY = {
    'name': 'Example Group',
    'legal': 'Example Group GmbH',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 700,
    'trade': 'Tyre wholesale (car, van, truck, agricultural) and truck-tyre retreading (ECE R109, hot and cold process)',
    'hq': 'Am Reifenwerk 12, 30855 Langenhagen (Hannover), Germany',
    'hrb': 'Amtsgericht Hannover HRB 214733',
    'ustid': ids.de_ustid('28741503'),
    'iban': ids.de_iban('25040066', '0412345600'),   # Commerzbank Hannover
    'bic': 'COBADEFFXXX',
    'mx': 'mx01.example.com (Postfix)',
    'relay': 'mail-int01.example.com [10.20.0.25] (Postfix relay in front of Exchange 2019 EXMBX01/EXMBX02)',
}

OFFICES = {
    'DE': 'Langenhagen / Hannover (HQ, retreading plant)',
    'IT': 'Verona (Example Group Italia S.r.l.)',
    'PL': 'Poznań (Example Group Polska sp. z o.o.)',
    'ES': 'Zaragoza (Example Group Iberia S.L.)',
    'GR': 'Sindos / Thessaloniki (Example Group Hellas M.I.K.E.)',
    'UK': 'Birmingham (Example Group UK Ltd)',
    'RU': 'Khimki / Moscow (OOO Example Group Rus)',
}

# key, display name, address, office, role, native-script name
STAFF = [
    ('ceo', 'Dr. Jürgen Köhler', 'juergen.koehler@example.com', 'DE', 'CEO (Geschäftsführer)', None),
    ('cfo', 'Sabine Weißmann', 'sabine.weissmann@example.com', 'DE', 'CFO', None),
    ('ap', 'Monika Schäfer', 'monika.schaefer@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung)', None),
    ('hr', 'Andrea Brückner', 'andrea.brueckner@example.com', 'DE', 'HR & payroll lead', None),
    ('payroll', 'Birgit Schröder', 'birgit.schroeder@example.com', 'DE', 'Payroll clerk (Lohnbuchhaltung)', None),
    ('ithead', 'Thomas Großmann', 'thomas.grossmann@example.com', 'DE', 'Head of IT', None),
    ('itsec', 'Lukas Öztürk', 'lukas.oeztuerk@example.com', 'DE', 'IT security & mail administrator', None),
    ('assistant', 'Julia Hartmann', 'julia.hartmann@example.com', 'DE', 'Assistant to the CEO', None),
    ('procurement', 'Frank Lübke', 'frank.luebke@example.com', 'DE', 'Procurement (Einkauf)', None),
    ('sales', 'Markus Fröhlich', 'markus.froehlich@example.com', 'DE', 'Sales Germany (field sales)', None),
    ('plant', 'Dieter Krämer', 'dieter.kraemer@example.com', 'DE', 'Retreading plant manager', None),
    ('ar', 'Nicole Weiß', 'nicole.weiss@examplegroup.eu', 'DE', 'Accounts receivable / sales back office', None),
    ('it_mgr', 'Niccolò Ferrara', 'niccolo.ferrara@example.com', 'IT', 'Office manager Italy', None),
    ('it_acc', 'Francesca De Luca', 'francesca.deluca@example.com', 'IT', 'Accountant Italy', None),
    ('it_sales', 'Alessandro Galli', 'alessandro.galli@examplegroup.eu', 'IT', 'Sales Italy', None),
    ('pl_mgr', 'Łukasz Wójcik', 'lukasz.wojcik@example.com', 'PL', 'Office manager Poland', None),
    ('pl_acc', 'Małgorzata Kowalczyk', 'malgorzata.kowalczyk@examplegroup.eu', 'PL', 'Accountant Poland', None),
    ('pl_log', 'Paweł Dąbrowski', 'pawel.dabrowski@example.com', 'PL', 'Logistics coordinator Poland', None),
    ('es_mgr', 'Raúl Sánchez', 'raul.sanchez@example.com', 'ES', 'Office manager Spain', None),
    ('es_acc', 'Lucía Fernández', 'lucia.fernandez@example.com', 'ES', 'Accountant Spain', None),
    ('gr_mgr', 'Georgios Papadopoulos', 'georgios.papadopoulos@example.com', 'GR', 'Office manager Greece', 'Γεώργιος Παπαδόπουλος'),
    ('gr_acc', 'Eleni Konstantinou', 'eleni.konstantinou@examplegroup.eu', 'GR', 'Accountant Greece', 'Ελένη Κωνσταντίνου'),
    ('uk_mgr', 'Oliver Bennett', 'oliver.bennett@example.com', 'UK', 'Office manager UK', None),
    ('uk_acc', 'Priya Sharma', 'priya.sharma@example.com', 'UK', 'Accountant UK', None),
    ('uk_sales', 'James Whitfield', 'james.whitfield@example.com', 'UK', 'Sales UK', None),
    ('ru_mgr', 'Dmitry Sokolov', 'dmitry.sokolov@example.com', 'RU', 'Office manager Russia', 'Дмитрий Соколов'),
    ('ru_acc', 'Olga Vasilyeva', 'olga.vasilyeva@example.com', 'RU', 'Accountant Russia', 'Ольга Васильева'),
]

S = {k: (n, e) for (k, n, e, o, r, nat) in STAFF}
NAME = {k: n for (k, n, e, o, r, nat) in STAFF}
MAIL = {k: e for (k, n, e, o, r, nat) in STAFF}

# ------------------------------------------------------------------ banks
BANK = {
    # Lieferant GmbH: old (Kasseler Sparkasse) and genuinely new (Commerzbank Kassel)
    'lieferant_old': ids.de_iban('52050353', '0001187345'),
    'lieferant_new': ids.de_iban('52040021', '0312200400'),
    # attacker mule account quoted in the look-alike bank change (DKB Berlin)
    'lieferant_fake': ids.de_iban('12030000', '1068842257'),
    'ferretti': ids.it_iban('03069', '11205', '100000004721'),
    'ferretti_fake': ids.lt_iban('32500', '71845520318'),
    'partner_old': ids.pl_iban('1020402', '0000110201874431'),
    'partner_new': ids.pl_iban('1140200', '0000300412765529'),
    'partner_fake': ids.pl_iban('1090101', '0000000152266304'),
    'ebro': ids.es_iban('2100', '2185', '0200318854'),
    'ebro_fake': ids.es_iban('1583', '0001', '7091224460'),
    'gr_athanasiou': ids.gr_iban('017', '0245', '0005245011874120'),
    'clarke': ids.gb_iban('NWBK', '601613', '31926819'),
    'eg_uk': ids.gb_iban('LOYD', '309634', '00815274'),
    'eg_it': ids.it_iban('05034', '11701', '000000018844'),
    'eg_es': ids.es_iban('0049', '6714', '2516148833'),
    'eg_pl': ids.pl_iban('1240103', '1111001042331187'),
    'eg_gr': ids.gr_iban('026', '0210', '0000420200918274'),
    'payroll_fake': ids.de_iban('10011001', '2874491836'),   # N26-style mule
    'register_fake': ids.iban('SK', '8330000000002801473025'),
    'lawyer_fake': ids.it_iban('03440', '01600', '000000621907'),
    'btc': ids.bech32_address('extortion-2026-en-15'),
    'shintrade_bik': '044525225',
    'shintrade_corr': '30101810400000000225',
    'shintrade_acc': ids.ru_account_key('044525225', '40702810038000104417'),
    'shintrade_fake_bik': '044525974',
    'shintrade_fake_corr': '30101810145250000974',
    'shintrade_fake_acc': ids.ru_account_key('044525974', '40702810010000387512'),
    'egrus_bik': '044525593',
    'egrus_corr': '30101810200000000593',
    'egrus_acc': ids.ru_account_key('044525593', '40702810001300021874'),
}

TAX = {
    'lieferant': ids.de_ustid('11398745'),
    'gummiwerk': ids.de_ustid('81466023'),
    'ferretti': 'IT' + ids.it_piva('0284731098'),
    'eg_it': 'IT' + ids.it_piva('0419920023'),
    'partner': ids.pl_nip('7773214560'[:9]),
    'eg_pl': ids.pl_nip('7822718340'[:9]),
    'ebro': ids.es_cif('B', '5045738'),
    'eg_es': ids.es_cif('B', '9981426'),
    'athanasiou': ids.gr_afm('09940152'),
    'eg_gr': ids.gr_afm('80154219'),
    'shintrade_inn': ids.ru_inn10('771524886'),
    'shintrade_kpp': '771501001',
    'shintrade_ogrn': ids.ru_ogrn('112774628411'),
    'egrus_inn': ids.ru_inn10('504711873'),
    'egrus_kpp': '504701001',
    'clarke_vat': ids.gb_vat('2846117'),
    'eg_uk_vat': ids.gb_vat('3318402'),
}

# ------------------------------------------------------------ correspondents
# (organisation, country, relation, contacts, how they send)
CORRESPONDENTS = [
    ('Lieferant GmbH', 'DE (Kassel)', 'Supplier of truck tyres, precured tread and repair material',
     'Stefan Maier <s.maier@lieferant-gmbh.de>, Petra Lang <p.lang@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>',
     'Microsoft 365 (Exchange Online); ERP invoices from rechnungen@ via the same tenant'),
    ('Ferretti Trasporti S.p.A.', 'IT (Brescia)', 'Road carrier (full truck loads DE–IT, distribution in northern Italy)',
     'Chiara Colombo <c.colombo@ferretti-trasporti.it>, Amministrazione <amministrazione@ferretti-trasporti.it>',
     'Aruba-hosted mail, Outlook desktop; ERP invoices with FatturaPA copy'),
    ('Partner Logistik sp. z o.o.', 'PL (Swarzędz / Poznań)', 'Logistics partner (warehousing, PL distribution)',
     'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, Księgowość <ksiegowosc@partner-logistik.pl>',
     'home.pl hosting, Outlook; invoices from Comarch ERP Optima'),
    ('Spedition Brandt GmbH & Co. KG', 'DE (Bielefeld)', 'Fleet customer (retreads, casing buy-back)',
     'Heike Brandt <h.brandt@spedition-brandt.de>', 'Microsoft 365'),
    ('Gummiwerk Nord GmbH', 'DE (Bremen)', 'Supplier of tread rubber / cushion gum',
     'Oliver Wendt <o.wendt@gummiwerk-nord.de>', 'appears only as a parcel sender in this set'),
    ('Pneumatici Rossi S.r.l.', 'IT (Vicenza)', 'Tyre dealer customer',
     'Marco Rossi <marco.rossi71@libero.it> (uses his Libero mailbox for business)', 'Libero (Italiaonline)'),
    ('PHU Transport Nowak', 'PL (Gniezno)', 'Fleet customer',
     'Jan Nowak <jan.nowak.transport@wp.pl>', 'WP Poczta'),
    ('Neumáticos Ebro S.L.', 'ES (Zaragoza)', 'Tyre dealer; sells used casings to the retreading plant',
     'Javier Gómez <jgomez@neumaticosebro.es>', 'Microsoft 365'),
    ('Transportes Hermanos Ruiz S.L.', 'ES (Huesca)', 'Carrier and fleet customer',
     'Pilar Ruiz <administracion@transportesruiz.es>', 'own server + SharePoint Online'),
    ('Ελαστικά Βορείου Ελλάδος (Elastika Voreiou Ellados)', 'GR (Kilkis)', 'Tyre dealer customer',
     'Νίκος Γεωργίου / Nikos Georgiou <n.georgiou@otenet.gr>', 'OTEnet (Cosmote) mailbox, Windows Live Mail over a HOL DSL line'),
    ('Μεταφορική Αθανασίου Α.Ε. (Metaforiki Athanasiou S.A.)', 'GR (Thessaloniki)', 'Carrier',
     'Λογιστήριο <logistirio@metaforiki-athanasiou.gr>', 'own server'),
    ('ООО «ШинТрейд» (ShinTrade LLC)', 'RU (Moscow)', 'Tyre supplier',
     'Андрей Петров / Andrey Petrov <a.petrov@shintrade.ru>', 'Exchange / Outlook (KOI8-R)'),
    ('ТК «Магистраль» (TK Magistral)', 'RU (Tver)', 'Carrier',
     'ТК «Магистраль» <tk-magistral@yandex.ru>', 'Yandex Mail (no genuine mail in this set; impersonated in attack 40)'),
    ('Midlands Haulage Ltd', 'UK (Coventry)', 'Fleet customer (retreads, tyre service contract)',
     'Gareth Hughes <gareth.hughes@midlandshaulage.co.uk>', 'Microsoft 365; DocuSign account'),
    ('Clarke Freight Services Ltd', 'UK (Felixstowe)', 'Carrier (container haulage from Felixstowe)',
     'Accounts <accounts@clarkefreight.co.uk>', 'Google Workspace'),
    ('Steuerberatung Becker & Partner mbB', 'DE (Hannover)', 'Tax advisor (ELSTER organisation certificate is held by Example Group)',
     'Dr. Claudia Becker <c.becker@becker-partner-stb.de>', 'no mail in this set'),
    ('Services', '—', 'Notifications genuinely used by staff',
     'DocuSign (eumail.docusign.net), Microsoft account, Google, GitHub, Yandex ID, ELSTER, Companies House (GOV.UK Notify), '
     'DEHú (Spain), AADE (Greece), ACS Courier, BRT, Kontur.Diadoc, SharePoint Online, newsletters: NEUE REIFENZEITUNG (CleverReach), '
     'Tyres & Accessories (Mailchimp), Trans.eu (SendGrid)', 'their own infrastructure / ESPs'),
]
