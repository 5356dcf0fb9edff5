# -*- coding: utf-8 -*-
"""Example Group: staff, offices and shared correspondents."""

COMPANY = 'Example Group eG'
DOMAINS = ['example.com', 'examplegroup.eu']

OFFICES = {
    'HQ': ('Kempten (Allgäu), Germany', 'Example Group eG, Molkereistraße 12, 87435 Kempten (Allgäu)'),
    'IT': ('Reggio Emilia, Italy', 'Example Group Italia S.r.l., Via Emilia Ospizio 88, 42122 Reggio Emilia'),
    'PL': ('Białystok, Poland', 'Example Group Polska sp. z o.o., ul. Produkcyjna 41, 15-680 Białystok'),
    'ES': ('Madrid, Spain', 'Example Group Ibérica S.L., Calle de Orense 34, 28020 Madrid'),
    'GR': ('Thessaloniki, Greece', 'Example Group Hellas Μονοπρόσωπη Ι.Κ.Ε., 20ό χλμ Θεσσαλονίκης-Πολυγύρου, 570 01 Θέρμη'),
    'UK': ('London, United Kingdom', 'Example Group UK Ltd, 2nd Floor, 41 Tooley Street, London SE1 2QN'),
    'RU': ('Moscow, Russia', 'ООО «Экзампл Груп Рус», ул. Складочная, д. 1, стр. 18, 127018 Москва'),
}

# key: (display name, address, office, role)
STAFF = {
    'ceo':      ('Dr. Markus Brandstätter', 'markus.brandstaetter@example.com', 'HQ', 'Chief Executive Officer (Vorstandsvorsitzender)'),
    'cfo':      ('Sabine Köhler', 'sabine.koehler@example.com', 'HQ', 'Chief Financial Officer'),
    'ap':       ('Jürgen Weiß', 'juergen.weiss@example.com', 'HQ', 'Accounts payable (Kreditorenbuchhaltung)'),
    'hr':       ('Anja Schröder', 'anja.schroeder@example.com', 'HQ', 'HR & payroll (Personal / Entgeltabrechnung)'),
    'ithead':   ('Thomas Gräf', 'thomas.graef@example.com', 'HQ', 'Head of IT'),
    'itsec':    ('Lena Hoffmann', 'lena.hoffmann@example.com', 'HQ', 'IT security & mail administration'),
    'assist':   ('Miriam Özdemir', 'miriam.oezdemir@example.com', 'HQ', 'Assistant to the CEO'),
    'proc':     ('Florian Bäumler', 'florian.baeumler@example.com', 'HQ', 'Procurement (Einkauf)'),
    'export':   ('Katrin Müller', 'katrin.mueller@examplegroup.eu', 'HQ', 'Export sales manager'),
    'salesde':  ('Benedikt Strauß', 'benedikt.strauss@example.com', 'HQ', 'Sales Germany (retail key accounts)'),
    'qa':       ('Dr. Verena Huber', 'verena.huber@example.com', 'HQ', 'Head of quality assurance'),
    'logistik': ('Andreas Lechner', 'andreas.lechner@example.com', 'HQ', 'Logistics & dispatch'),
    'milk':     ('Christian Eder', 'christian.eder@example.com', 'HQ', 'Milk supply & member accounts (Milchgeld)'),
    'it_mgr':   ('Giulia Bertolini', 'giulia.bertolini@example.com', 'IT', 'Office manager Italy'),
    'it_acc':   ('Niccolò Galli', 'niccolo.galli@example.com', 'IT', 'Accountant Italy'),
    'pl_mgr':   ('Małgorzata Wróbel', 'malgorzata.wrobel@example.com', 'PL', 'Office manager Poland'),
    'pl_acc':   ('Paweł Łukasik', 'pawel.lukasik@example.com', 'PL', 'Accountant Poland'),
    'es_mgr':   ('José Ramón Fernández', 'jose.fernandez@example.com', 'ES', 'Office manager Spain'),
    'es_acc':   ('Begoña Ibáñez', 'begona.ibanez@example.com', 'ES', 'Accountant Spain'),
    'gr_mgr':   ('Giorgos Papadopoulos', 'giorgos.papadopoulos@examplegroup.eu', 'GR', 'Office manager Greece'),
    'gr_acc':   ('Eleni Karagianni', 'eleni.karagianni@example.com', 'GR', 'Accountant Greece'),
    'uk_mgr':   ('James Whitfield', 'james.whitfield@examplegroup.eu', 'UK', 'Office manager UK'),
    'uk_acc':   ('Priya Raman', 'priya.raman@example.com', 'UK', 'Accountant UK'),
    'ru_mgr':   ('Dmitry Sokolov', 'dmitry.sokolov@examplegroup.eu', 'RU', 'Office manager Russia'),
    'ru_acc':   ('Olga Vasilyeva', 'olga.vasilyeva@example.com', 'RU', 'Accountant Russia'),
}


def S(key):
    """(name, address) of a staff member."""
    n, a, _, _ = STAFF[key]
    return n, a


# Correspondents: (organisation, country, contact, address, relationship, genuine infrastructure)
CORRESPONDENTS = [
    ('Lieferant GmbH', 'DE', 'Stefan Maier', 's.maier@lieferant-gmbh.de', 'supplier of cheese cultures, rennet and packaging film (Memmingen)', 'own Postfix mail.lieferant-gmbh.de, Outlook clients, ERP mails'),
    ('Lieferant GmbH', 'DE', 'Petra Lang', 'p.lang@lieferant-gmbh.de', 'key account / inside sales', 'same'),
    ('Lieferant GmbH', 'DE', 'Buchhaltung', 'rechnungen@lieferant-gmbh.de', 'invoices, reminders, bank details', 'same'),
    ('Ferretti Trasporti S.p.A.', 'IT', 'Chiara Colombo', 'c.colombo@ferretti-trasporti.it', 'refrigerated road carrier, traffic office (Reggio Emilia)', 'Exchange Online (EU)'),
    ('Ferretti Trasporti S.p.A.', 'IT', 'Amministrazione', 'amministrazione@ferretti-trasporti.it', 'carrier accounts receivable', 'Exchange Online (EU)'),
    ('Partner Logistik sp. z o.o.', 'PL', 'Tadeusz Zieliński', 't.zielinski@partner-logistik.pl', 'logistics partner, cold store and distribution (Białystok)', 'hosted Postfix at home.pl'),
    ('Partner Logistik sp. z o.o.', 'PL', 'Księgowość', 'ksiegowosc@partner-logistik.pl', 'logistics partner accounting', 'hosted Postfix at home.pl'),
    ('Analytik Allgäu GmbH', 'DE', 'Dr. Kerstin Vogt', 'k.vogt@analytik-allgaeu.de', 'accredited dairy laboratory (raw milk & product testing)', 'shared hosting dd46810.kasserver.com, Outlook from office line'),
    ('Milchmarkt kompakt (newsletter)', 'DE', 'Redaktion', 'newsletter@milchmarkt-kompakt.de', 'subscribed dairy market newsletter', 'CleverReach'),
    ('Kanzlei Dr. Brenner Rechtsanwälte', 'DE', 'Dr. Julia Brenner', 'j.brenner@kanzlei-brenner.de', 'cooperative law firm, sends contracts via DocuSign', 'DocuSign EU'),
    ('Harrington Fine Foods Ltd', 'UK', 'Sarah Collins', 's.collins@harringtonfinefoods.co.uk', 'UK retail customer (buyer, cheese category)', 'Exchange Online (UK)'),
    ('Karim Fine Foods LLC', 'AE', 'Ahmed Karim', 'ahmed.karim@karimfinefoods.ae', 'new export prospect (Dubai importer)', 'Google Workspace'),
    ('Salumeria & Formaggi Rossi', 'IT', 'Marco Rossi', 'marco.rossi.formaggi@libero.it', 'Italian deli wholesale customer', 'Libero Mail'),
    ('Osservatorio Lattiero Caseario (newsletter)', 'IT', 'Redazione', 'newsletter@osservatoriolatte.it', 'subscribed market newsletter', 'Mailchimp'),
    ('Hurtownia Nabiał-Pol', 'PL', 'Krzysztof Nowak', 'k.nowak@nabial-pol.com.pl', 'Polish dairy wholesale customer', 'hosted Postfix, Outlook'),
    ('Mleczarski Przegląd Rynkowy (newsletter)', 'PL', 'Redakcja', 'newsletter@mleczarskiprzeglad.pl', 'subscribed market newsletter', 'FreshMail'),
    ('Distribuciones Lácteas del Norte S.L.', 'ES', 'Carmen Ortega', 'c.ortega@dln-lacteos.es', 'Spanish distribution customer', 'own Postfix, Outlook'),
    ('Transportes Frigoríficos Gallego S.A.', 'ES', 'Administración', 'administracion@tfgallego.es', 'Spanish refrigerated carrier', 'Exchange Online (EU)'),
    ('Martín & Sanz Asesores', 'ES', 'Laura Sanz', 'laura.sanz@martinsanz-asesores.es', 'tax advisor of the Spanish subsidiary', 'hosted Postfix, Thunderbird'),
    ('Νίκος Δημητρίου (Γαλακτοκομικά Δημητρίου)', 'GR', 'Nikos Dimitriou', 'n.dimitriou@otenet.gr', 'Greek deli/wholesale customer on consumer mail', 'OTEnet'),
    ('Τυροκομία Ηπείρου Α.Ε.', 'GR', 'Σοφία Νικολάου', 'orders@tyrokomia-ipirou.gr', 'Greek feta supplier (trading goods)', 'Exchange Online (EU)'),
    ('Λογιστικό Γραφείο Ιωαννίδης', 'GR', 'Παναγιώτης Ιωαννίδης', 'p.ioannidis@ioannidis-logistiki.gr', 'external accountant of the Greek subsidiary', 'hosted Postfix, Thunderbird'),
    ('ООО «СырТорг»', 'RU', 'Андрей Кузнецов', 'a.kuznetsov@syrtorg.ru', 'Russian distributor (customer)', 'own Postfix, Outlook'),
    ('Ирина Морозова (таможенный представитель)', 'RU', 'Irina Morozova', 'irina.morozova.broker@yandex.ru', 'customs broker of the Moscow office, uses Yandex mail', 'Yandex Mail'),
]


def sig_de(key, greeting='Mit freundlichen Grüßen'):
    n, a, _, role = STAFF[key]
    roles = {'ap': 'Kreditorenbuchhaltung', 'cfo': 'Vorstand Finanzen (CFO)', 'hr': 'Personal / Entgeltabrechnung',
             'qa': 'Leitung Qualitätssicherung', 'proc': 'Einkauf', 'ceo': 'Vorstandsvorsitzender',
             'itsec': 'IT-Sicherheit / Mail-Administration', 'ithead': 'Leitung IT', 'logistik': 'Logistik / Versand',
             'milk': 'Milcherfassung & Mitgliederabrechnung', 'export': 'Export Sales', 'salesde': 'Vertrieb LEH'}
    return ('%s\n\n%s\n%s\n\nExample Group eG\nMolkereistraße 12 | 87435 Kempten (Allgäu)\nTel. +49 831 5900-%d\n%s | www.example.com\n'
            'Genossenschaftsregister Amtsgericht Kempten GnR 214 | Vorstand: Dr. Markus Brandstätter (Vors.), Sabine Köhler'
            % (greeting, n, roles.get(key, role), 100 + sum(map(ord, key)) % 800, a))
