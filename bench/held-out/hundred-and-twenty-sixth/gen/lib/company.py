"""Fixed world: Example Group, its staff and its correspondents."""
from . import ids

# --- Example Group entities -------------------------------------------------------------------

OFFICES = [
    dict(cc='DE', city='Husum (HQ)', entity='Example Group Windservice GmbH',
         address='Am Außenhafen 7, 25813 Husum, Schleswig-Holstein',
         phone='+49 4841 96970-0', tax='USt-IdNr. ' + ids.de_ust('81463027'),
         reg='HRB 10472 FL (Amtsgericht Flensburg); Steuernummer 17 293 41806 (FA Nordfriesland)'),
    dict(cc='IT', city='Foggia', entity='Example Group Italia S.r.l.',
         address='Via Napoli km 3,200, 71122 Foggia (FG)', phone='+39 0881 705 412',
         tax='P.IVA IT' + ids.it_piva('0398214071'), reg='REA FG-287341'),
    dict(cc='PL', city='Szczecin', entity='Example Group Polska sp. z o.o.',
         address='ul. Gdańska 34C, 70-660 Szczecin', phone='+48 91 488 27 60',
         tax='NIP ' + ids.pl_nip_fmt(ids.pl_nip('955248317')),
         reg='KRS 0000817263, REGON ' + ids.pl_regon('38451296')),
    dict(cc='ES', city='Zaragoza', entity='Example Group Iberia S.L.',
         address='Calle Río Ebro 14, Polígono Industrial Malpica, 50016 Zaragoza', phone='+34 976 470 218',
         tax='NIF ' + ids.es_cif('B', '5083921') + ' (VAT ES' + ids.es_cif('B', '5083921') + ')',
         reg='Registro Mercantil de Zaragoza, tomo 4512, folio 87, hoja Z-71934'),
    dict(cc='GR', city='Chalandri (Athens)', entity='Example Group Hellas Μονοπρόσωπη Ι.Κ.Ε.',
         address='Λεωφ. Κηφισίας 268, 152 32 Χαλάνδρι', phone='+30 210 684 1930',
         tax='ΑΦΜ ' + ids.gr_afm('80164237') + ' (VAT EL' + ids.gr_afm('80164237') + '), ΔΟΥ Χαλανδρίου',
         reg='ΓΕΜΗ 158372901000'),
    dict(cc='GB', city='Hull', entity='Example Group UK Ltd',
         address='Unit 7, Alexandra Dock Business Centre, Hull HU9 1TA', phone='+44 1482 927 450',
         tax='VAT ' + ids.gb_vat_fmt(ids.gb_vat('3847162')), reg='Company No. 11842736 (England and Wales)'),
    dict(cc='RU', city='Rostov-on-Don', entity='ООО «Экзампл Груп Рус»',
         address='ул. Пушкинская, д. 225, оф. 412, г. Ростов-на-Дону, 344000', phone='+7 863 303-41-72',
         tax='ИНН ' + ids.ru_inn10('616412873') + ', КПП 616401001',
         reg='ОГРН ' + ids.ru_ogrn('115616400321')),
]

EG_DE_VAT = ids.de_ust('81463027')
EG_IT_PIVA = ids.it_piva('0398214071')
EG_PL_NIP = ids.pl_nip('955248317')
EG_ES_CIF = ids.es_cif('B', '5083921')
EG_GR_AFM = ids.gr_afm('80164237')
EG_GB_VAT = ids.gb_vat('3847162')
EG_RU_INN = ids.ru_inn10('616412873')

# Example Group's own bank accounts (used by customers paying us)
EG_IBAN_DE = ids.iban('DE', '21740043' + '0418273900')            # Commerzbank, Husum
EG_IBAN_GR = ids.iban('GR', '014' + '0128' + '0002002101973481')   # Alpha Bank
EG_IBAN_IT = ids.iban_it('03069', '15701', '100000004177')         # Intesa Sanpaolo, Foggia

# --- staff ---------------------------------------------------------------------------------------

STAFF = [
    # display name, address, office, role, native name
    ('Henrik Petersen', 'henrik.petersen@example.com', 'Husum (DE)', 'Chief Executive Officer (Geschäftsführer)', 'Dr. Henrik Petersen'),
    ('Claudia Brandt', 'claudia.brandt@example.com', 'Husum (DE)', 'Chief Financial Officer', ''),
    ('Sabine Jürgensen', 'sabine.juergensen@example.com', 'Husum (DE)', 'Accounts payable (Kreditorenbuchhaltung)', ''),
    ('Anke Sörensen', 'anke.soerensen@example.com', 'Husum (DE)', 'HR & payroll', ''),
    ('Thomas Krüger', 'thomas.krueger@example.com', 'Husum (DE)', 'Head of IT', ''),
    ('Malte Feddersen', 'malte.feddersen@example.com', 'Husum (DE)', 'IT security & mail administrator', ''),
    ('Lena Thomsen', 'lena.thomsen@example.com', 'Husum (DE)', 'Assistant to the CEO', ''),
    ('Björn Carstensen', 'bjoern.carstensen@example.com', 'Husum (DE)', 'Procurement (Einkauf: spare parts, cranes, subcontractors)', ''),
    ('Katrin Weßel', 'katrin.wessel@example.com', 'Husum (DE)', 'Sales / key account manager (service contracts)', ''),
    ('Jan-Ole Nissen', 'jan-ole.nissen@example.com', 'Husum (DE)', 'Head of service operations', ''),
    ('Frauke Ketelsen', 'frauke.ketelsen@examplegroup.eu', 'Husum (DE)', 'Service dispatcher (Einsatzplanung technicians & cranes)', ''),
    ('Ole Jessen', 'ole.jessen@example.com', 'Husum (DE)', 'Spare-parts logistics & warehouse', ''),
    ('Dirk Albers', 'dirk.albers@example.com', 'Husum (DE)', 'HSE manager (GWO training, rope access)', ''),
    ('Birte Hinrichsen', 'birte.hinrichsen@example.com', 'Husum (DE)', 'Office manager HQ', ''),
    ('Giulia Russo', 'giulia.russo@example.com', 'Foggia (IT)', 'Office manager', ''),
    ('Marco De Santis', 'marco.desantis@example.com', 'Foggia (IT)', 'Accountant (contabilità)', ''),
    ('Agnieszka Wróblewska', 'agnieszka.wroblewska@example.com', 'Szczecin (PL)', 'Office manager', ''),
    ('Małgorzata Kaczmarek', 'malgorzata.kaczmarek@example.com', 'Szczecin (PL)', 'Accountant (główna księgowa)', ''),
    ('Lucía Martín', 'lucia.martin@example.com', 'Zaragoza (ES)', 'Office manager', ''),
    ('Javier Romero', 'javier.romero@example.com', 'Zaragoza (ES)', 'Accountant (contable)', ''),
    ('Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'Chalandri (GR)', 'Office manager', 'Ελένη Παπαδοπούλου'),
    ('Georgios Antoniou', 'georgios.antoniou@example.com', 'Chalandri (GR)', 'Accountant (λογιστής)', 'Γεώργιος Αντωνίου'),
    ('Sarah Whitfield', 'sarah.whitfield@example.com', 'Hull (UK)', 'Office manager', ''),
    ('Daniel Hughes', 'daniel.hughes@example.com', 'Hull (UK)', 'Accountant (incl. UK payroll)', ''),
    ('Craig Robson', 'craig.robson@example.com', 'Hull (UK)', 'Offshore operations manager', ''),
    ('Olga Kuznetsova', 'olga.kuznetsova@examplegroup.eu', 'Rostov-on-Don (RU)', 'Office manager', 'Ольга Кузнецова'),
    ('Irina Smirnova', 'irina.smirnova@examplegroup.eu', 'Rostov-on-Don (RU)', 'Chief accountant (главный бухгалтер)', 'Ирина Смирнова'),
    ('Andrey Volkov', 'andrey.volkov@examplegroup.eu', 'Rostov-on-Don (RU)', 'Country manager (генеральный директор)', 'Андрей Волков'),
]
# convenient lookup by first name key
P = {}
for name, address, office, role, native in STAFF:
    key = address.split('@')[0].split('.')[0].replace('-', '_')
    P[key] = (name, address)

# --- correspondents -----------------------------------------------------------------------------

LIEF = dict(org='Lieferant GmbH', cc='DE', city='Bremen',
            address='Otto-Lilienthal-Straße 24, 28199 Bremen', phone='+49 421 59870-0',
            vat=ids.de_ust('29816354'), hr='HRB 28417 HB (Amtsgericht Bremen)',
            relay=('mail.lieferant-gmbh.de', '203.0.113.25'),
            exch='SRV-EX01.lieferant.local', exch_ip='192.168.20.12',
            iban_old=ids.iban('DE', '29050101' + '0081746203'), bic_old='SBREDE22XXX', bank_old='Sparkasse Bremen',
            iban_new=ids.iban('DE', '29070050' + '0346128700'), bic_new='DEUTDEHBXXX', bank_new='Deutsche Bank AG, Filiale Bremen',
            people={'maier': ('Stefan Maier', 's.maier@lieferant-gmbh.de'),
                    'lang': ('Petra Lang', 'p.lang@lieferant-gmbh.de'),
                    'buha': ('Buchhaltung', 'rechnungen@lieferant-gmbh.de')})

FERR = dict(org='Ferretti Trasporti S.p.A.', cc='IT', city='Sommacampagna (VR)',
            address="Via dell'Industria 41, 37066 Sommacampagna (VR)", phone='+39 045 896 1270',
            piva=ids.it_piva('0287453023'), tenant='ferrettitrasporti.onmicrosoft.com',
            tenant_id='5f1c2a7e-93b4-4d1a-8e62-0c7b9d4f21a3',
            iban=ids.iban_it('02008', '11770', '000104839271'), bic='UNCRITMMXXX', bank='UniCredit S.p.A., filiale Verona Zai',
            people={'colombo': ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'),
                    'amm': ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it')})

PLOG = dict(org='Partner Logistik sp. z o.o.', cc='PL', city='Szczecin',
            address='ul. Bytomska 7, 70-603 Szczecin', phone='+48 91 462 18 30',
            nip=ids.pl_nip('851203764'), krs='0000493817',
            iban=ids.iban_pl('1140200', '0040280311947582'), bank='mBank S.A.',
            host=('cloudserver092417.home.pl', '79.96.170.34'),
            people={'zielinski': ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'),
                    'ksieg': ('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl')})

WPHG = dict(org='Windpark Hohe Geest GmbH & Co. KG', cc='DE', city='Viöl',
            address='Dorfstraße 14, 25884 Viöl', domain='windpark-hohegeest.de',
            people={'hansen': ('Jens Hansen', 'j.hansen@windpark-hohegeest.de'),
                    'info': ('Betriebsführung', 'betriebsfuehrung@windpark-hohegeest.de')})

SALT = dict(org='Saltmarsh Renewables Ltd', cc='GB', city='Grimsby',
            address='Unit 2, Royal Dock Business Centre, Grimsby DN31 3SW', domain='saltmarshrenewables.co.uk',
            people={'okafor': ('Rachel Okafor', 'rachel.okafor@saltmarshrenewables.co.uk'),
                    'procurement': ('Saltmarsh Procurement', 'procurement@saltmarshrenewables.co.uk'),
                    'bell': ('Tom Bell', 'tom.bell@saltmarshrenewables.co.uk')})

HCTV = dict(org='Humber CTV Services Ltd', cc='GB', city='Grimsby', domain='humberctv.co.uk',
            people={'lowe': ('Gareth Lowe', 'gareth.lowe@humberctv.co.uk')})

HPAY = dict(org='Humberside Payroll Services Ltd', cc='GB', city='Beverley', domain='humbersidepayroll.co.uk',
            people={'clarke': ('Joanne Clarke', 'joanne.clarke@humbersidepayroll.co.uk')})

DAUNA = dict(org='Energia Eolica Dauna S.r.l.', cc='IT', city='Foggia', address='Via Lucera 112, 71121 Foggia',
             domain='eolicadauna.it', piva=ids.it_piva('0412958071'),
             people={'ricci': ('Antonio Ricci', 'a.ricci@eolicadauna.it'),
                     'acquisti': ('Ufficio Acquisti', 'acquisti@eolicadauna.it')})

MONC = dict(org='Eólica del Moncayo S.L.', cc='ES', city='Zaragoza', address='Paseo de la Independencia 21, 50001 Zaragoza',
            domain='eolicamoncayo.es', cif=ids.es_cif('B', '5017462'),
            people={'navarro': ('Pilar Navarro', 'pilar.navarro@eolicamoncayo.es'),
                    'compras': ('Compras Eólica del Moncayo', 'compras@eolicamoncayo.es')})

GRUAS = dict(org='Grúas Ebro S.L.', cc='ES', city='Zaragoza', address='Polígono Industrial El Portazgo, nave 14, 50011 Zaragoza',
             domain='gruasebro.es', cif=ids.es_cif('B', '5092847'), relay=('mail.gruasebro.es', '203.0.113.87'),
             iban=ids.iban_es('2085', '5460', '0330187244'), bank='Ibercaja Banco',
             people={'pardo': ('Luis Pardo', 'luis.pardo@gruasebro.es'),
                     'admin': ('Administración Grúas Ebro', 'administracion@gruasebro.es')})

AIOL = dict(org='Αιολική Εύβοιας Α.Ε. (Aioliki Evias S.A.)', cc='GR', city='Αθήνα / Κάρυστος', domain='aioliki-evias.gr',
            afm=ids.gr_afm('09473128'), relay=('mail.aioliki-evias.gr', '203.0.113.140'),
            people={'nikolaou': ('Δημήτρης Νικολάου', 'd.nikolaou@aioliki-evias.gr'),
                    'logistirio': ('Λογιστήριο Αιολική Εύβοιας', 'logistirio@aioliki-evias.gr')})

MAVR = dict(org='Δικηγορικό Γραφείο Κωνσταντίνου Μαυρίδη (law office)', cc='GR', city='Αθήνα',
            address='Ακαδημίας 39, 106 72 Αθήνα', domain='otenet.gr',
            people={'mavridis': ('Κωνσταντίνος Μαυρίδης', 'k.mavridis.law@otenet.gr')})

PCB = dict(org='Pomorskie Centrum Biznesu sp. z o.o.', cc='PL', city='Szczecin', address='ul. Gdańska 34, 70-660 Szczecin',
           domain='pcb-szczecin.pl', nip=ids.pl_nip('852177049'),
           iban=ids.iban_pl('1020481', '0000290201739466'), bank='PKO Bank Polski S.A.',
           relay=('server217384.nazwa.pl', '203.0.113.161'),
           people={'faktury': ('PCB Faktury', 'faktury@pcb-szczecin.pl'),
                   'nowicka': ('Ewa Nowicka', 'e.nowicka@pcb-szczecin.pl')})

AZOV = dict(org='ООО «Ветропарк Азовский»', cc='RU', city='Азов, Ростовская обл.', domain='vetropark-azov.ru',
            inn=ids.ru_inn10('610107452'), ogrn=ids.ru_ogrn('117619600845'),
            people={'sokolov': ('Дмитрий Соколов', 'd.sokolov@vetropark-azov.ru'),
                    'buh': ('Бухгалтерия Ветропарк Азовский', 'buh@vetropark-azov.ru')})

WSJ = dict(org='Windservice Journal (trade magazine)', cc='DE', city='Hamburg', domain='windservice-journal.de',
           people={'redaktion': ('Windservice Journal', 'newsletter@windservice-journal.de')})

CORRESPONDENTS = [
    ('Lieferant GmbH — Stefan Maier, Petra Lang, Buchhaltung', 'DE (Bremen)',
     's.maier@lieferant-gmbh.de, p.lang@lieferant-gmbh.de, rechnungen@lieferant-gmbh.de',
     'Supplier of main bearings, gearbox and yaw/pitch drive parts, seal kits', 'Exchange 2016 on premises (SRV-EX01.lieferant.local) behind own Postfix relay mail.lieferant-gmbh.de [203.0.113.25] with OpenDKIM (s=ldkim2025); SPF -all; DMARC p=quarantine'),
    ('Ferretti Trasporti S.p.A. — Chiara Colombo, Amministrazione', 'IT (Sommacampagna VR)',
     'c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it',
     'Road carrier: special transports of blades, nacelle components and crane ballast', 'Microsoft 365 (tenant ferrettitrasporti.onmicrosoft.com), EOP 40.107.x.x, DKIM selector1; DMARC p=quarantine'),
    ('Partner Logistik sp. z o.o. — Tadeusz Zieliński, Księgowość', 'PL (Szczecin)',
     't.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl',
     'Logistics partner: port warehouse Szczecin, forwarding of spare parts to PL/Baltic sites', 'home.pl hosting (cloudserver092417.home.pl [79.96.170.34]), Outlook 2021 via SMTP; DKIM s=default; DMARC p=none'),
    ('Windpark Hohe Geest GmbH & Co. KG — Jens Hansen', 'DE (Viöl)', 'j.hansen@windpark-hohegeest.de',
     'Customer: citizen wind farm (9 WTG), full-service contract', 'IONOS (mout.kundenserver.de, 212.227.126.x), Outlook via SMTP; DKIM s=s1-ionos'),
    ('Saltmarsh Renewables Ltd — Rachel Okafor, Tom Bell, Procurement', 'UK (Grimsby)',
     'rachel.okafor@, tom.bell@, procurement@saltmarshrenewables.co.uk',
     'Customer: onshore/near-shore wind operator; contracts via DocuSign, sourcing via SAP Ariba', 'Google Workspace (DKIM s=google; no direct mail in this set), DocuSign EU (business/09), SAP Ariba (business/14)'),
    ('Humber CTV Services Ltd — Gareth Lowe', 'UK (Grimsby)', 'gareth.lowe@humberctv.co.uk',
     'Crew-transfer vessel operator used by the Hull team', 'Microsoft 365 (modelled as compromised in attack/10)'),
    ('Humberside Payroll Services Ltd — Joanne Clarke', 'UK (Beverley)', 'joanne.clarke@humbersidepayroll.co.uk',
     'Adviser: outsourced UK payroll bureau', 'Microsoft 365'),
    ('Energia Eolica Dauna S.r.l. — Antonio Ricci, Ufficio Acquisti', 'IT (Foggia)', 'a.ricci@eolicadauna.it, acquisti@eolicadauna.it',
     'Customer: wind farm operator in the Daunia area', 'Aruba (smtpdh*.aruba.it 62.149.155.x), Thunderbird; DKIM s=a1 (modelled as compromised in attack/19)'),
    ('Eólica del Moncayo S.L. — Pilar Navarro, Compras', 'ES (Zaragoza)', 'pilar.navarro@eolicamoncayo.es, compras@eolicamoncayo.es',
     'Customer: wind farms Borja/Tarazona; tenders, Adobe Acrobat Sign contracts', 'Microsoft 365; Adobe Acrobat Sign'),
    ('Grúas Ebro S.L. — Luis Pardo, Administración', 'ES (Zaragoza)', 'luis.pardo@gruasebro.es, administracion@gruasebro.es',
     'Supplier: crawler/mobile crane hire for component exchanges', 'Own Plesk/Postfix server mail.gruasebro.es [203.0.113.87]; Outlook; DKIM s=default'),
    ('Αιολική Εύβοιας Α.Ε. — Δημήτρης Νικολάου, Λογιστήριο', 'GR (Athens / Karystos)', 'd.nikolaou@aioliki-evias.gr, logistirio@aioliki-evias.gr',
     'Customer: wind farms in southern Evia', 'Own Postfix server mail.aioliki-evias.gr [203.0.113.140]; Outlook; DKIM s=mail'),
    ('Δικηγορικό Γραφείο Κ. Μαυρίδη — Κωνσταντίνος Μαυρίδης', 'GR (Athens)', 'k.mavridis.law@otenet.gr',
     "Adviser: Greek office's lawyer", 'OTE consumer mail (otenet.gr)'),
    ('Pomorskie Centrum Biznesu sp. z o.o. — Ewa Nowicka, Faktury', 'PL (Szczecin)', 'e.nowicka@pcb-szczecin.pl, faktury@pcb-szczecin.pl',
     'Landlord of the Szczecin office', 'nazwa.pl hosting (server217384.nazwa.pl [203.0.113.161])'),
    ('ООО «Ветропарк Азовский» — Дмитрий Соколов, Бухгалтерия', 'RU (Azov)', 'd.sokolov@vetropark-azov.ru, buh@vetropark-azov.ru',
     'Customer: Azov wind farm; documents via Kontur.Diadoc EDI', 'Yandex 360 for Business (forward*.mail.yandex.net); DKIM s=mail'),
    ('Windservice Journal', 'DE (Hamburg)', 'newsletter@windservice-journal.de',
     'Trade magazine newsletter (subscribed by sales)', 'Mailchimp (mcdlv.net 198.2.x.x), DKIM d=windservice-journal.de s=k2 plus d=mcdlv.net s=k1'),
]

SYSTEM_SENDERS = [
    ('Microsoft (Entra ID / Microsoft 365 billing)', 'azure-noreply@microsoft.com, microsoft-noreply@microsoft.com', 'Exchange Online Protection, DKIM d=microsoft.com'),
    ('Google (account security)', 'no-reply@accounts.google.com', 'mail-sor-f*.google.com, DKIM d=accounts.google.com'),
    ('DocuSign (EU)', 'dse@eumail.docusign.net', 'DocuSign EU mail gateways, DKIM d=eumail.docusign.net'),
    ('Adobe Acrobat Sign', 'adobesign@adobesign.com', 'Adobe Sign EU mailers, DKIM d=adobesign.com'),
    ('SAP Business Network (Ariba)', 'no-reply@ansmtp.ariba.com', 'Ariba SMTP, DKIM d=ansmtp.ariba.com'),
    ('Personio', 'noreply@personio.de', 'Amazon SES eu-central-1, DKIM d=personio.de + amazonses.com'),
    ('DHL Express', 'noreply.odd@dhl.com', 'DHL mail gateways'),
    ('Kontur.Diadoc (СКБ Контур)', 'noreply@diadoc.ru', 'Kontur mail gateways'),
    ('ACS Courier', 'noreply@acscourier.net', 'ACS mail gateway'),
    ('BBVA Net Cash', 'avisos.netcash@bbva.com', 'BBVA mail gateway'),
    ('Agencia Tributaria / DEHú', 'noreply@correo.gob.es', 'Spanish government mail relay'),
    ('ΑΑΔΕ (Greek tax authority)', 'noreply@aade.gr', 'AADE mail relay'),
    ('Krajowa Administracja Skarbowa (e-Urząd Skarbowy)', 'powiadomienia@mf.gov.pl', 'Polish Ministry of Finance mail relay'),
    ('Comune di Foggia via PEC (Legalmail)', 'posta-certificata@legalmail.it (per conto di protocollo.generale@cert.comune.foggia.it)', 'InfoCert Legalmail PEC, S/MIME signed'),
]
