"""The company, its staff and its correspondents (fixed data)."""
from . import ids

# ------------------------------------------------------------------ company
OFFICES = [
    dict(key='DE', country='Germany (HQ)', entity='Example Brandschutztechnik GmbH',
         address='Vahrenwalder Straße 269, 30179 Hannover',
         taxid=ids.de_ust('27381546'), taxlabel='USt-IdNr.',
         other='Amtsgericht Hannover HRB 218734; St.-Nr. 25/206/41873',
         phone='+49 511 5468 0',
         bank=('Sparkasse Hannover', ids.make_iban('DE', '25050180' + '0910416733'), 'SPKHDE2HXXX')),
    dict(key='IT', country='Italy', entity='Example Antincendio S.r.l.',
         address='Via Stefanardo da Vimercate 28, 20128 Milano (MI)',
         taxid='IT' + ids.it_piva('0852741' + '015'), taxlabel='P.IVA',
         other='REA MI-2049318; capitale sociale EUR 100.000 i.v.',
         phone='+39 02 2570 4410',
         bank=('Intesa Sanpaolo', ids.make_iban('IT', ids.it_bban('03069', '01627', '100000063841')), 'BCITITMM')),
    dict(key='PL', country='Poland', entity='Example Ochrona Przeciwpożarowa Sp. z o.o.',
         address='ul. Krakowska 180, 52-015 Wrocław',
         taxid=ids.pl_nip('899284716'), taxlabel='NIP',
         other='REGON %s; KRS 0000781452' % ids.pl_regon('38305182'),
         phone='+48 71 305 44 10',
         bank=('mBank S.A.', ids.make_iban('PL', ids.pl_sortcode('1140200') + '0000361200984731'), 'BREXPLPWXXX')),
    dict(key='ES', country='Spain', entity='Example Protección Contra Incendios, S.L.',
         address='Calle de Julián Camarillo 29, 28037 Madrid',
         taxid=ids.es_cif('B', '8864271'), taxlabel='CIF',
         other='Registro Mercantil de Madrid, Tomo 40.215, Folio 88, Hoja M-713204',
         phone='+34 913 75 62 40',
         bank=('BBVA', ids.make_iban('ES', ids.es_bban('0182', '1584', '0201631847')), 'BBVAESMMXXX')),
    dict(key='GR', country='Greece', entity='Example Πυροπροστασία Μονοπρόσωπη Α.Ε. (Example Pyroprostasia S.A.)',
         address='Λεωφ. Κηφισού 112, 122 41 Αιγάλεω, Αθήνα',
         taxid='EL' + ids.gr_afm('80183746'), taxlabel='ΑΦΜ (ΔΟΥ ΦΑΕ Αθηνών)',
         other='Αρ. ΓΕΜΗ 158224601000',
         phone='+30 210 5382 410',
         bank=('Eurobank', ids.make_iban('GR', '026' + '0560' + '0000410200827364'), 'ERBKGRAA')),
    dict(key='UK', country='United Kingdom', entity='Example Fire Protection Ltd',
         address='Unit 12, Tyburn Trading Estate, Ashold Farm Road, Birmingham B24 9QG',
         taxid=ids.gb_vat('3184726'), taxlabel='VAT reg. no.',
         other='Registered in England and Wales, company no. 11873046',
         phone='+44 121 386 5740',
         bank=('HSBC UK', ids.make_iban('GB', 'HBUK' + '401276' + '81846732'), 'HBUKGB4B')),
    dict(key='RU', country='Russia', entity='ООО «Экзампл Пожарные Системы»',
         address='117105, г. Москва, Варшавское шоссе, д. 9, стр. 1, офис 412',
         taxid=ids.ru_inn10('772681403'), taxlabel='ИНН',
         other='КПП 772601001; ОГРН %s' % ids.ru_ogrn('117774618327'),
         phone='+7 495 988-41-72',
         bank=('ПАО Сбербанк', ids.ru_account('044525225', '40702810038000174263'), '044525225')),
]
OFF = {o['key']: o for o in OFFICES}

# ------------------------------------------------------------------ staff
STAFF = [
    # (display, address, office, role)
    ('Dr. Thomas Wegener', 'thomas.wegener@example.com', 'DE', 'CEO (Geschäftsführer)'),
    ('Claudia Hoffmann', 'claudia.hoffmann@example.com', 'DE', 'CFO (Kaufmännische Leitung)'),
    ('Jana Köhler', 'jana.koehler@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung)'),
    ('Sabine Wünsche', 'sabine.wuensche@example.com', 'DE', 'HR & payroll (Personal/Lohn)'),
    ('Andreas Becker', 'andreas.becker@example.com', 'DE', 'Head of IT'),
    ('Jonas Weißmann', 'jonas.weissmann@example.com', 'DE', 'IT security / mail administrator'),
    ('Melanie Schröder', 'melanie.schroeder@example.com', 'DE', 'Assistant to the CEO'),
    ('Frank Lüdtke', 'frank.luedtke@example.com', 'DE', 'Procurement (Einkauf)'),
    ('Kai Janßen', 'kai.janssen@example.com', 'DE', 'Sales, key accounts (Vertrieb Objektschutz)'),
    ('Dirk Oltmanns', 'dirk.oltmanns@example.com', 'DE', 'Head of service & maintenance (Leiter Service/Wartung)'),
    ('Lena Vogt', 'lena.vogt@examplegroup.eu', 'DE', 'Project manager sprinkler systems'),
    ('Marco Petersen', 'marco.petersen@example.com', 'DE', 'Service technician (Servicetechniker)'),
    ('Francesca Rinaldi', 'francesca.rinaldi@example.com', 'IT', 'Office manager Milano'),
    ('Luca Bernardi', 'luca.bernardi@example.com', 'IT', 'Accountant Milano'),
    ('Katarzyna Wójcik', 'katarzyna.wojcik@example.com', 'PL', 'Office manager Wrocław'),
    ('Marek Szymański', 'marek.szymanski@example.com', 'PL', 'Accountant Wrocław'),
    ('Lucía Fernández', 'lucia.fernandez@example.com', 'ES', 'Office manager Madrid'),
    ('Javier Moreno', 'javier.moreno@example.com', 'ES', 'Accountant Madrid'),
    ('Alberto Ruiz Sanz', 'alberto.ruiz@example.com', 'ES', 'Country manager Spain (Director de operaciones)'),
    ('Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'GR', 'Office manager Athens'),
    ('Nikos Georgiou', 'nikos.georgiou@example.com', 'GR', 'Accountant Athens'),
    ('Giannis Kostopoulos', 'giannis.kostopoulos@examplegroup.eu', 'GR', 'Service technician Athens'),
    ('Sarah Mitchell', 'sarah.mitchell@example.com', 'UK', 'Office manager Birmingham'),
    ('David Clarke', 'david.clarke@example.com', 'UK', 'Accountant Birmingham'),
    ('James Whitfield', 'james.whitfield@examplegroup.eu', 'UK', 'Sales manager UK'),
    ('Olga Smirnova', 'olga.smirnova@example.com', 'RU', 'Office manager Moscow'),
    ('Irina Volkova', 'irina.volkova@example.com', 'RU', 'Accountant Moscow'),
]


def S(key):
    """Look up a colleague by first name or surname fragment -> (display, address)."""
    hits = [s for s in STAFF if key.lower() in s[0].lower() or key.lower() in s[1]]
    assert len(hits) == 1, (key, hits)
    return hits[0][0], hits[0][1]


def person(key):
    hits = [s for s in STAFF if key.lower() in s[0].lower() or key.lower() in s[1]]
    return hits[0]


# ------------------------------------------------------------------ correspondents
LIEFERANT_IBAN_OLD = ids.make_iban('DE', '48050161' + '0047118532')      # Sparkasse Bielefeld
LIEFERANT_IBAN_NEW = ids.make_iban('DE', '48060036' + '0302418700')      # Bielefelder Volksbank (after switch)
FERRETTI_IBAN = ids.make_iban('IT', ids.it_bban('05034', '11701', '000000014562'))   # Banco BPM Verona
PARTNER_IBAN = ids.make_iban('PL', ids.pl_sortcode('1090127') + '0000000147382916')   # Santander BP Poznań
TURIA_IBAN = ids.make_iban('ES', ids.es_bban('2100', '2816', '0200419375'))           # CaixaBank Valencia
PYROSVESIS_IBAN = ids.make_iban('GR', '011' + '1420' + '0000142002048713')           # NBG
TPS = dict(inn=ids.ru_inn10('502927431'), kpp='502901001', bik='044525974', ks='30101810145250000974', bank='АО «ТБанк»',
           rs=ids.ru_account('044525974', '40702810010000638191'))

CORRESPONDENTS = [
    dict(org='Lieferant GmbH (Bielefeld) – wholesale supplier of extinguishers, sprinkler heads, valves and detection parts',
         country='DE',
         people=[('Stefan Maier', 's.maier@lieferant-gmbh.de', 'Vertrieb Innendienst / key account'),
                 ('Petra Lang', 'p.lang@lieferant-gmbh.de', 'Leiterin Finanzbuchhaltung'),
                 ('Buchhaltung', 'rechnungen@lieferant-gmbh.de', 'invoice mailbox (ERP)')],
         relationship='Main supplier (Kreditor 70012)',
         system='Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], DKIM s=lgm2025; Outlook 16 clients via SMTP submission from LAN 192.168.10.0/24; ERP (proALPHA, JavaMail) for invoices'),
    dict(org='Ferretti Trasporti S.p.A. (Verona) – road haulier',
         country='IT',
         people=[('Chiara Colombo', 'c.colombo@ferretti-trasporti.it', 'Customer service / traffic'),
                 ('Amministrazione', 'amministrazione@ferretti-trasporti.it', 'accounts')],
         relationship='Carrier for shipments DE–IT (Kreditor 70388)',
         system='Microsoft 365 (EUR), DKIM selector1/selector2, Outlook'),
    dict(org='Partner Logistik sp. z o.o. (Poznań) – contract logistics, warehouse and distribution PL',
         country='PL',
         people=[('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl', 'Kierownik ds. klienta'),
                 ('Księgowość', 'ksiegowosc@partner-logistik.pl', 'accounts')],
         relationship='Logistics partner for the Polish branch (warehouse Swarzędz)',
         system='home.pl hosting (cloudserver*.home.pl, Vade filter headers), Roundcube/Thunderbird'),
    dict(org='Nordstadt Logistikpark GmbH & Co. KG (Langenhagen) – logistics real estate',
         country='DE',
         people=[('Birgit Hansen', 'b.hansen@nordstadt-logistikpark.de', 'Einkauf / Facility Management'),
                 ('Uwe Carstens', 'u.carstens@nordstadt-logistikpark.de', 'Technische Leitung')],
         relationship='Customer: sprinkler + BMA maintenance contract, 3 halls',
         system='Microsoft 365 (DEU region), DocuSign EU account'),
    dict(org='Hartmann & Kollegen Steuerberatungsgesellschaft mbH (Hannover)',
         country='DE',
         people=[('Dr. Ralf Hartmann', 'r.hartmann@hartmann-kollegen.de', 'Steuerberater'),
                 ('Tanja Pohl', 't.pohl@hartmann-kollegen.de', 'Lohnbuchhaltung')],
         relationship='Tax adviser / payroll bureau for the German entity',
         system='IONOS (mout.kundenserver.de), Outlook'),
    dict(org='Valvole Brambilla S.r.l. (Lumezzane, BS) – sprinkler alarm valves and fittings',
         country='IT',
         people=[('Davide Brambilla', 'davide.brambilla@brambillavalvole.it', 'Ufficio commerciale'),
                 ('Ordini', 'ordini@brambillavalvole.it', 'order desk')],
         relationship='Supplier of alarm valve stations',
         system='Aruba hosting (smtpdh*.aruba.it, Cloudmark X-CMAE headers), Thunderbird'),
    dict(org='Grupo Hospitalario Levante (Valencia) – private hospital group',
         country='ES',
         people=[('Ana Martínez Soler', 'amartinez@ghlevante.es', 'Compras y mantenimiento'),
                 ('Contratación', 'contratacion@ghlevante.es', 'tenders')],
         relationship='Customer: fire-protection maintenance in 4 hospitals',
         system='Google Workspace (DKIM s=google), Google Drive'),
    dict(org='Extintores Turia, S.L. (Paterna, Valencia) – extinguisher refills and parts',
         country='ES',
         people=[('Pablo Navarro', 'pnavarro@extintoresturia.es', 'Administración / facturación')],
         relationship='Supplier of the Madrid branch',
         system='Microsoft 365 (EUR); VERI*FACTU invoicing software'),
    dict(org='Harbourside Facilities Management Ltd (Bristol)',
         country='UK',
         people=[('Rebecca Hughes', 'rebecca.hughes@harbourside-fm.co.uk', 'Procurement manager'),
                 ('Tom Ashby', 'tom.ashby@harbourside-fm.co.uk', 'Contracts manager')],
         relationship='Customer (FM contractor) – sprinkler and extinguisher servicing at client sites',
         system='Microsoft 365 (GBR), Teams'),
    dict(org='Λιμενικές Αποθήκες Πειραιά Α.Ε. (Piraeus Port Warehouses S.A.)',
         country='GR',
         people=[('Κωνσταντίνος Δημητρίου', 'k.dimitriou@lapeiraia.gr', 'Τεχνικός διευθυντής / technical manager'),
                 ('Προμήθειες', 'promithies@lapeiraia.gr', 'procurement')],
         relationship='Customer: sprinkler & foam system maintenance, warehouses in Keratsini',
         system='Own Zimbra 10 (mail.lapeiraia.gr [198.51.100.73], Postfix/amavis)'),
    dict(org='Πυρόσβεσις Αττικής Ε.Π.Ε. (Pyrosvesis Attikis Ltd, Acharnes)',
         country='GR',
         people=[('Μαρία Αντωνίου', 'm.antoniou@pyrosvesis-attikis.gr', 'Λογιστήριο / accounts')],
         relationship='Supplier of extinguisher powder, CO2 refills (Athens branch)',
         system='cPanel shared hosting (Exim 4.98, gr-srv07.dnhost.gr [192.0.2.147]), Outlook, myDATA provider invoices'),
    dict(org='ООО «ТехноПожСнаб» (TechnoPozhSnab, Mytishchi) – fire-fighting equipment distributor',
         country='RU',
         people=[('Андрей Кузнецов', 'a.kuznetsov@tpsnab.ru', 'менеджер по продажам'),
                 ('Бухгалтерия', 'buh@tpsnab.ru', 'accounts')],
         relationship='Supplier of the Moscow branch; EDI via Kontur.Diadoc',
         system='Yandex 360 for business (DKIM s=mail), Yandex web mail'),
    dict(org='Centrum Dystrybucyjne Odra Sp. z o.o. (Oława)',
         country='PL',
         people=[('Agnieszka Kowalczyk', 'a.kowalczyk@cd-odra.pl', 'Dział techniczny / zakupy')],
         relationship='Customer: warehouse sprinkler system (ESFR) inspection',
         system='Google Workspace'),
]

PLATFORMS = [
    ('Sparkasse Hannover (business online banking)', 'DE', 'noreply@sparkasse-hannover.de', 'House bank of the German entity', 'Sparkassen IT (Finanz Informatik) outbound relay'),
    ('DocuSign (EU)', '-', 'dse@eumail.docusign.net', 'E-signature platform used by customers', 'DocuSign MTA (mailout*.eumail.docusign.net)'),
    ('Microsoft 365 / Entra ID', '-', 'MSSecurity-noreply@microsoft.com (Entra ID Protection alerts)', 'Cloud tenant (Teams, OneDrive, Entra ID) of the group', 'Microsoft 365 (NAM)'),
    ('Dropbox', '-', 'no-reply@dropbox.com', 'File sharing used by partners', 'Dropbox MTA (162.125.x.x)'),
    ('WeTransfer', '-', 'noreply@wetransfer.com', 'File transfer used by architects/partners', 'Amazon SES eu-west-1'),
    ('Google (Drive, Forms)', '-', 'drive-shares-dm-noreply@google.com, forms-receipts-noreply@google.com', 'Sharing notifications', 'Google (mail-sor-f*.google.com)'),
    ('HM Revenue & Customs', 'UK', 'noreply@tax.service.gov.uk', 'Tax authority (UK entity)', 'GOV.UK Notify via Amazon SES'),
    ('Agenzia delle Entrate – Sistema di Interscambio', 'IT', 'sdi01@pec.fatturapa.it', 'E-invoice exchange (via PEC)', 'PEC provider (Aruba PEC)'),
    ('Aruba S.p.A.', 'IT', 'comunicazioni@staff.aruba.it', 'PEC mailbox provider of the Milan branch', 'Aruba'),
    ('DPD Polska', 'PL', 'powiadomienia@dpd.com.pl', 'Courier', 'DPD Polska MTA'),
    ('mBank CompanyNet', 'PL', 'companynet@mbank.pl', 'House bank of the Polish entity', 'mBank MTA'),
    ('BBVA Net cash', 'ES', 'netcash@bbva.com', 'House bank of the Spanish entity', 'BBVA MTA'),
    ('Dirección Electrónica Habilitada única (DEHú)', 'ES', 'dehu.notificaciones@correo.gob.es', 'Electronic notifications of Spanish authorities', 'Spanish government mail relay'),
    ('Eurobank Business', 'GR', 'ebusiness@eurobank.gr', 'House bank of the Greek entity', 'Eurobank MTA'),
    ('Πυροσβεστικό Σώμα (Hellenic Fire Service)', 'GR', 'dpyp@fireservice.gr', 'Authority: register of fire-protection companies', 'Government mail (Syzefxis)'),
    ('Контур.Диадок (Kontur.Diadoc)', 'RU', 'noreply@diadoc.kontur.ru', 'EDI operator of the Moscow branch', 'SKB Kontur MTA'),
]

SIGN = {
    'DE': '\n'.join(['Example Brandschutztechnik GmbH', 'Vahrenwalder Straße 269 · 30179 Hannover',
                     'Tel. +49 511 5468 0 · www.example.com',
                     'Geschäftsführer: Dr. Thomas Wegener · Amtsgericht Hannover HRB 218734']),
}
