"""Example Group: offices, staff, correspondents, own bank accounts."""
from banking import de_iban, it_iban, pl_iban, es_iban, gr_iban, gb_iban, ru_account

COMPANY = {
    'name': 'Example Group',
    'domains': ['example.com', 'examplegroup.eu'],
    'trade': 'seafood processor and fish wholesaler (frozen and fresh fish, fillets, '
             'smoked salmon, herring products), about 700 mailboxes',
    'hq': 'Example Group GmbH, Am Lunedeich 118, 27572 Bremerhaven, Germany',
}

OFFICES = {
    'DE': 'Bremerhaven (HQ, DE)',
    'IT': 'Genova (IT)',
    'PL': 'Gdynia (PL)',
    'ES': 'Vigo (ES)',
    'GR': 'Piraeus (GR)',
    'UK': 'Grimsby (UK)',
    'RU': 'Murmansk (RU)',
}

ENTITIES = {
    'DE': 'Example Group GmbH, Am Lunedeich 118, 27572 Bremerhaven',
    'IT': 'Example Group Italia S.r.l., Via Albertazzi 3, 16149 Genova',
    'PL': 'Example Group Polska sp. z o.o., ul. Hryniewickiego 6, 81-340 Gdynia',
    'ES': 'Example Group Ibérica S.L., Puerto Pesquero s/n, Edificio Ramiro Gordejuela, 36202 Vigo',
    'GR': 'Example Group Hellas M.E.P.E., Akti Miaouli 47, 185 36 Piraeus',
    'UK': 'Example Group UK Ltd, Auckland Road, Fish Docks, Grimsby DN31 3SY',
    'RU': 'OOO "Example Group Rus", ul. Shmidta 39, 183038 Murmansk',
}

# key, display name, address, office, role
_STAFF = [
    ('ceo', 'Jürgen Hoffmann', 'juergen.hoffmann@example.com', 'DE', 'Chief Executive Officer (CEO)'),
    ('cfo', 'Sabine Krüger', 'sabine.krueger@example.com', 'DE', 'Chief Financial Officer (CFO)'),
    ('ap', 'Monika Weiß', 'monika.weiss@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung)'),
    ('acc_de', 'Tobias Wagner', 'tobias.wagner@example.com', 'DE', 'Accountant HQ, general ledger / accounts receivable'),
    ('hr', 'Katrin Schäfer', 'katrin.schaefer@example.com', 'DE', 'HR and payroll (Personal/Lohn)'),
    ('it', 'Thomas Becker', 'thomas.becker@example.com', 'DE', 'Head of IT'),
    ('sec', 'Lukas Brandt', 'lukas.brandt@example.com', 'DE', 'IT security and mail administrator'),
    ('assist', 'Anja Köhler', 'anja.koehler@example.com', 'DE', 'Assistant to the CEO'),
    ('proc', 'Frank Jansen', 'frank.jansen@example.com', 'DE', 'Head of procurement (Einkauf)'),
    ('sales', 'Nina Petersen', 'nina.petersen@example.com', 'DE', 'Sales, key accounts DACH'),
    ('qa', 'Birgit Neumann', 'birgit.neumann@example.com', 'DE', 'Quality assurance / food safety'),
    ('log', 'Mehmet Yılmaz', 'mehmet.yilmaz@example.com', 'DE', 'Logistics and dispatch (Disposition)'),
    ('mgr_it', 'Marco Bianchi', 'marco.bianchi@example.com', 'IT', 'Office manager Italy'),
    ('acc_it', 'Giulia Ferrari', 'giulia.ferrari@examplegroup.eu', 'IT', 'Accountant Italy'),
    ('mgr_pl', 'Katarzyna Wójcik', 'katarzyna.wojcik@example.com', 'PL', 'Office manager Poland'),
    ('acc_pl', 'Magdalena Dąbrowska', 'magdalena.dabrowska@examplegroup.eu', 'PL', 'Accountant Poland'),
    ('mgr_es', 'Javier Fernández', 'javier.fernandez@example.com', 'ES', 'Office manager Spain'),
    ('acc_es', 'Lucía Martínez', 'lucia.martinez@example.com', 'ES', 'Accountant Spain'),
    ('mgr_gr', 'Giorgos Papadopoulos', 'giorgos.papadopoulos@example.com', 'GR', 'Office manager Greece'),
    ('acc_gr', 'Eleni Georgiou', 'eleni.georgiou@examplegroup.eu', 'GR', 'Accountant Greece'),
    ('mgr_uk', 'James Whitaker', 'james.whitaker@example.com', 'UK', 'Managing director UK office'),
    ('acc_uk', 'Emma Clarke', 'emma.clarke@example.com', 'UK', 'Accountant UK'),
    ('sales_uk', 'Ryan Doyle', 'ryan.doyle@example.com', 'UK', 'Sales UK and Ireland'),
    ('mgr_ru', 'Aleksey Smirnov', 'aleksey.smirnov@example.com', 'RU', 'Office manager Russia'),
    ('acc_ru', 'Olga Kuznetsova', 'olga.kuznetsova@examplegroup.eu', 'RU', 'Accountant Russia'),
    ('purch_ru', 'Dmitry Sokolov', 'dmitry.sokolov@example.com', 'RU', 'Purchasing, whitefish Barents Sea'),
]

STAFF = [dict(key=k, name=n, addr=a, office=OFFICES[o], country=o, role=r) for k, n, a, o, r in _STAFF]
S = {d['key']: (d['name'], d['addr']) for d in STAFF}

# Correspondents: org, country, people [(name, address, role)], kind
CORRESPONDENTS = [
    ('Lieferant GmbH', 'DE', 'supplier of packaging, ice and processing consumables (trays, MAP film, cartons)', [
        ('Stefan Maier', 's.maier@lieferant-gmbh.de', 'key account manager'),
        ('Petra Lang', 'p.lang@lieferant-gmbh.de', 'sales back office'),
        ('Buchhaltung', 'rechnungen@lieferant-gmbh.de', 'accounting')]),
    ('Ferretti Trasporti S.p.A.', 'IT', 'road carrier, reefer trucks DE/IT', [
        ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it', 'traffic / customer service'),
        ('Amministrazione', 'amministrazione@ferretti-trasporti.it', 'accounts')]),
    ('Partner Logistik sp. z o.o.', 'PL', 'logistics partner, cold store and distribution Gdynia', [
        ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl', 'managing director'),
        ('Księgowość', 'ksiegowosc@partner-logistik.pl', 'accounts')]),
    ('Nordkap Seafood AS', 'NO', 'supplier: fresh and frozen salmon, skrei cod (Tromsø)', [
        ('Ingrid Solberg', 'ingrid.solberg@nordkap-seafood.no', 'sales manager'),
        ('Accounts receivable', 'ar@nordkap-seafood.no', 'accounts')]),
    ('Frischmarkt Rhein-Ruhr GmbH', 'DE', 'customer: regional food retail chain', [
        ('Markus Feldmann', 'm.feldmann@frischmarkt-rr.de', 'category buyer fish')]),
    ('Weser Zollagentur GmbH', 'DE', 'customs broker Bremerhaven (import declarations, CHED-P)', [
        ('Holger Brinkmann', 'h.brinkmann@weser-zollagentur.de', 'customs clearance')]),
    ('Verpackungswerk Nord GmbH', 'DE', 'supplier: corrugated cartons and EPS boxes', [
        ('Forderungsmanagement (Jana Kröger)', 'forderungsmanagement@verpackungswerk-nord.de', 'credit control')]),
    ('Pescheria Adriatica S.r.l.', 'IT', 'customer: fish wholesaler, Ancona', [
        ('Luca Romano', 'l.romano@pescheriaadriatica.it', 'buyer')]),
    ('Studio Rinaldi Commercialisti', 'IT', 'external tax advisors of the Italian entity', [
        ('Dott.ssa Paola Rinaldi', 'paola.rinaldi@studiorinaldi.it', 'tax advisor')]),
    ('Hurtownia Ryb "Bałtyk" Marek Kowalczyk', 'PL', 'customer: fish wholesaler, Słupsk (sole trader)', [
        ('Marek Kowalczyk', 'marek.kowalczyk@wp.pl', 'owner')]),
    ('Pescados Rías Baixas S.L.', 'ES', 'supplier: hake, octopus, mussels (Vigo)', [
        ('Manuel Otero', 'm.otero@pescadosriasbaixas.es', 'sales'),
        ('Administración', 'administracion@pescadosriasbaixas.es', 'accounts')]),
    ('Transportes Frigoríficos Galicia S.L.', 'ES', 'reefer carrier Spain/France', [
        ('Rosa Castro', 'r.castro@tfgalicia.es', 'administration')]),
    ('Asesoría Vilas & Pereira', 'ES', 'external tax/payroll advisors Vigo', [
        ('Carmen Vilas', 'carmen.vilas@asesoriavilas.es', 'tax advisor')]),
    ('Restaurante O Porto', 'ES', 'customer: seafood restaurant, A Coruña (Gmail)', [
        ('Antonio Seoane', 'restauranteoporto.coruna@gmail.com', 'owner')]),
    ('Aegean Fish Farms S.A.', 'GR', 'supplier: farmed sea bream and sea bass', [
        ('Νίκος Αντωνίου / Nikos Antoniou', 'n.antoniou@aegeanfishfarms.gr', 'export sales'),
        ('Λογιστήριο / Accounts', 'logistirio@aegeanfishfarms.gr', 'accounts')]),
    ('Ταβέρνα "Το Κύμα" / Taverna To Kyma', 'GR', 'customer: taverna, Pireas (otenet.gr)', [
        ('Κώστας Δημητρίου / Kostas Dimitriou', 'kdimitriou@otenet.gr', 'owner')]),
    ('Ψυχρομεταφορές Αττικής / Attica Cold Transport', 'GR', 'reefer carrier, last-mile Attica', [
        ('Dispatch', 'dispatch@attica-cold.gr', 'dispatch')]),
    ('Humber Fish Traders Ltd', 'UK', 'customer: fish and chip wholesaler, Hull', [
        ('Gary Holt', 'gary.holt@humberfishtraders.co.uk', 'purchasing')]),
    ('ООО «Северная рыба» / Severnaya Ryba LLC', 'RU', 'supplier: frozen cod/haddock, Murmansk', [
        ('Ирина Волкова / Irina Volkova', 'i.volkova@sevryba-murmansk.ru', 'sales'),
        ('Наталья Орлова / Natalya Orlova', 'n.orlova@sevryba-murmansk.ru', 'chief accountant')]),
    ('Fischwirtschaft aktuell (newsletter)', 'DE', 'trade newsletter (subscribed), CleverReach', [
        ('Redaktion', 'newsletter@fischwirtschaft-aktuell.de', 'newsletter')]),
    ('Seafood Trade Weekly (newsletter)', 'UK', 'trade newsletter (subscribed), Mailchimp', [
        ('Seafood Trade Weekly', 'news@seafoodtradeweekly.com', 'newsletter')]),
    ('Ιχθυοκαλλιέργεια Σήμερα / Aquaculture Today (newsletter)', 'GR', 'trade newsletter (subscribed), SendGrid', [
        ('Newsletter', 'newsletter@ichthyokalliergeia-simera.gr', 'newsletter')]),
]

# Private addresses staff genuinely use (known to HR / colleagues)
PRIVATE = [
    ('Mehmet Yılmaz', 'mehmet.yilmaz78@gmx.de'),
    ('Marco Bianchi', 'marco.bianchi71@libero.it'),
    ('Olga Kuznetsova', 'olga.kuznetsova.mrm@yandex.ru'),
]

# Genuine service / platform senders appearing in business/
SERVICES = [
    ('Microsoft Entra ID (SSPR notifications)', 'msonlineservicesteam@microsoftonline.com', 'Exchange Online Protection outbound'),
    ('Microsoft account security', 'account-security-noreply@accountprotection.microsoft.com', 'Exchange Online Protection outbound'),
    ('Google account alerts', 'no-reply@accounts.google.com', 'mail-sor-f*.google.com'),
    ('GitHub', 'noreply@github.com', 'out-*.smtp.github.com'),
    ('Yandex ID', 'noreply@id.yandex.ru', 'forward*.mail.yandex.net'),
    ('Docusign (EU)', 'dse@eumail.docusign.net', 'Docusign EU mail platform'),
    ('GOV.UK Notify / Companies House', 'companies.house.identity@notifications.service.gov.uk', 'Amazon SES eu-west-2'),
    ('Job applicant (one-off)', 'sarah.lindemann.hb@gmail.com', 'Gmail'),
]

# Own accounts (used in genuine mail)
OWN = {
    'DE': de_iban('29250000', '101234567', method00=True),  # Weser-Elbe Sparkasse
    'IT': it_iban('03069', '01400', '100000012345'),        # Intesa Sanpaolo Genova
    'PL': pl_iban('1020183', '0000912345678901'),           # PKO BP Gdynia
    'ES': es_iban('2080', '5000', '3040012345'),            # Abanca Vigo
    'GR': gr_iban('011', '0147', '0000014712345678'),       # NBG Piraeus
    'UK': gb_iban('NWBK', '601613', '31926819'),
}
