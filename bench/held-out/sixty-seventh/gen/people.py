"""The company, its staff and its correspondents."""
import ids

COMPANY = 'Example Group'

OFFICES = {
    'DE': ('Nürnberg (HQ) + Glaswerkstatt Fürth', 'Example Group GmbH, Äußere Sulzbacher Straße 118, 90491 Nürnberg'),
    'IT': ('Milano', 'Example Group Italia S.r.l., Via Copernico 38, 20125 Milano'),
    'PL': ('Wrocław', 'Example Group Polska sp. z o.o., ul. Legnicka 51, 54-203 Wrocław'),
    'ES': ('Valencia', 'Example Group España S.L., Avenida de Aragón 30, 46021 Valencia'),
    'GR': ('Thessaloniki', 'Example Group Hellas Μ.Α.Ε., Τσιμισκή 84, 546 22 Θεσσαλονίκη'),
    'UK': ('Manchester', 'Example Group UK Ltd, 3 Hardman Street, Manchester M3 3HF'),
    'RU': ('St Petersburg', 'ООО «Экзампл Груп», Лиговский пр., д. 50, Санкт-Петербург, 191040'),
}

# key: (display name, address, office, role)
STAFF = {
    'ceo': ('Jürgen Köhler', 'juergen.koehler@example.com', 'DE', 'CEO / Geschäftsführer'),
    'cfo': ('Sabine Weißmann', 'sabine.weissmann@example.com', 'DE', 'CFO'),
    'assist': ('Claudia Brenner', 'claudia.brenner@example.com', 'DE', 'Assistant to the CEO'),
    'ap1': ('Monika Schäfer', 'monika.schaefer@example.com', 'DE', 'Accounts payable (Kreditoren)'),
    'ap2': ('Lukas Brandt', 'lukas.brandt@example.com', 'DE', 'Accounts payable (Kreditoren)'),
    'hr': ('Anja Gödecke', 'anja.goedecke@example.com', 'DE', 'Head of HR'),
    'payroll': ('Heike Lorenz', 'heike.lorenz@example.com', 'DE', 'Payroll'),
    'ithead': ('Thomas Reuter', 'thomas.reuter@example.com', 'DE', 'Head of IT'),
    'itsec': ('Jana Hoffmann', 'jana.hoffmann@example.com', 'DE', 'IT security / mail administrator'),
    'proc': ('Markus Ostermann', 'markus.ostermann@example.com', 'DE', 'Procurement (lenses, frames)'),
    'sales': ('Felix Bäumer', 'felix.baeumer@example.com', 'DE', 'Sales / key accounts health insurers'),
    'lab': ('Bernd Krüger', 'bernd.krueger@example.com', 'DE', 'Head of lens lab (Fürth)'),
    'retail': ('Özlem Arslan', 'oezlem.arslan@example.com', 'DE', 'Store operations Germany'),
    'it_mgr': ('Giulia Ferrara', 'giulia.ferrara@example.com', 'IT', 'Country manager Italy'),
    'it_acc': ('Lorenzo Bianchi', 'lorenzo.bianchi@examplegroup.eu', 'IT', 'Accountant Italy'),
    'pl_mgr': ('Katarzyna Wróbel', 'katarzyna.wrobel@example.com', 'PL', 'Country manager Poland'),
    'pl_acc': ('Michał Łukasik', 'michal.lukasik@examplegroup.eu', 'PL', 'Accountant Poland'),
    'es_mgr': ('Javier Muñoz', 'javier.munoz@example.com', 'ES', 'Country manager Spain'),
    'es_acc': ('Lucía Peña', 'lucia.pena@example.com', 'ES', 'Accountant Spain'),
    'gr_mgr': ('Nikos Papadopoulos', 'nikos.papadopoulos@example.com', 'GR', 'Country manager Greece'),
    'gr_acc': ('Eleni Karagianni', 'eleni.karagianni@example.com', 'GR', 'Accountant Greece'),
    'uk_mgr': ('Oliver Bennett', 'oliver.bennett@example.com', 'UK', 'Country manager UK'),
    'uk_acc': ('Priya Shah', 'priya.shah@example.com', 'UK', 'Accountant UK'),
    'ru_mgr': ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'RU', 'General director Russia'),
    'ru_acc': ('Olga Vasilyeva', 'olga.vasilyeva@examplegroup.eu', 'RU', 'Chief accountant Russia'),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# company identifiers (all with valid check digits)
EG_DE_VAT = ids.de_ustid('29481736')
EG_IT_PIVA = ids.it_piva('1187340963')
EG_PL_NIP = ids.pl_nip('897182364')
EG_ES_CIF = ids.es_cif('B', '9872156')
EG_GR_AFM = ids.gr_afm('80144672')
EG_UK_VAT = ids.gb_vat('3318245')
EG_RU_INN = ids.inn10('780241573')

# correspondents ------------------------------------------------------
LIEF = {
    'org': 'Lieferant GmbH', 'domain': 'lieferant-gmbh.de',
    'maier': ('Stefan Maier', 's.maier@lieferant-gmbh.de'),
    'lang': ('Petra Lang', 'p.lang@lieferant-gmbh.de'),
    'buha': ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'),
    'vat': ids.de_ustid('18420736'),
    'iban_old': ids.iban_de('72050000', '0240118573'),     # Stadtsparkasse Augsburg
    'iban_new': ids.iban_de('72090000', '0004471826'),     # VR Bank Augsburg-Ostallgäu eG
}
FERR = {
    'org': 'Ferretti Trasporti S.p.A.', 'domain': 'ferretti-trasporti.it',
    'colombo': ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'),
    'amm': ('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'),
    'piva': ids.it_piva('0238176023'),
    'iban': ids.iban_it('05034', '11701', '000000018733'),   # Banco BPM Verona
}
PLOG = {
    'org': 'Partner Logistik sp. z o.o.', 'domain': 'partner-logistik.pl',
    'tz': ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'),
    'ksieg': ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'),
    'nip': ids.pl_nip('896145072'),
    'iban': ids.iban_pl('1090240', '0000000142317765'),     # Santander Bank Polska
}
LENT = {
    'org': 'Lentiva Optical GmbH', 'domain': 'lentiva-optical.de',
    'vogt': ('Vogt, Ralf', 'r.vogt@lentiva-optical.de'),
    'erech': ('Lentiva Optical GmbH - Rechnungsversand', 'e-rechnung@lentiva-optical.de'),
    'vat': ids.de_ustid('14473902'),
    'iban': ids.iban_de('61450050', '1000384125'),          # Kreissparkasse Ostalb
}
OCCH = {
    'org': 'Occhialeria Dolomiti S.r.l.', 'domain': 'occhialeriadolomiti.it',
    'marco': ('Marco De Pellegrin', 'm.depellegrin@occhialeriadolomiti.it'),
    'piva': ids.it_piva('0112873025'),
}
LEV = {
    'org': 'Distribuciones Ópticas Levante S.L.', 'domain': 'opticaslevante.es',
    'carmen': ('Carmen Ortega', 'c.ortega@opticaslevante.es'),
    'admin': ('Ópticas Levante - Administración', 'administracion@opticaslevante.es'),
    'cif': ids.es_cif('B', '9641827'),
    'iban': ids.iban_es('2100', '2187', '0200311476'),      # CaixaBank
}
TURIA = {'org': 'Asesoría Fiscal Turia S.L.', 'domain': 'asesoriaturia.es',
         'soler': ('Vicente Soler', 'vsoler@asesoriaturia.es')}
CLEAR = {'org': 'Clearsight Health Plans Ltd', 'domain': 'clearsighthealth.co.uk',
         'remit': ('Clearsight Provider Payments', 'provider.payments@clearsighthealth.co.uk')}
ASHW = {'org': 'Ashworth Crane LLP', 'domain': 'ashworthcrane.co.uk',
        'crane': ('Emily Crane', 'e.crane@ashworthcrane.co.uk')}
NORD = {
    'org': 'ООО «Оптика-Норд»', 'domain': 'optika-nord.ru',
    'kuz': ('Андрей Кузнецов', 'a.kuznetsov@optika-nord.ru'),
    'buh': ('Бухгалтерия Оптика-Норд', 'buh@optika-nord.ru'),
    'inn': ids.inn10('780458213'), 'kpp': '780401001', 'ogrn': ids.ogrn('114784701236'),
    'bik': '044030653',                                       # ПАО Сбербанк, Северо-Западный банк
}
NORD['acc'] = ids.ru_account(NORD['bik'], '40702810', '55000018427')
NORD['corr'] = ids.ru_corr(NORD['bik'])
BALT = {'org': 'ООО «Балтика-Декларант»', 'domain': 'baltika-declarant.ru',
        'broker': ('Смирнов Павел, ООО «Балтика-Декларант»', 'p.smirnov@baltika-declarant.ru'),
        'inn': ids.inn10('783811640'), 'kpp': '783801001', 'bik': '044030861'}   # АО «АБ «РОССИЯ»
BALT['acc'] = ids.ru_account(BALT['bik'], '40702810', '20300004417')
BALT['corr'] = ids.ru_corr(BALT['bik'])
LOGI = {'org': 'Λογιστικό Γραφείο Δημητρίου', 'domain': 'logistiko-dimitriou.gr',
        'dim': ('Γιάννης Δημητρίου', 'info@logistiko-dimitriou.gr')}
OFTH = {'org': 'Οφθαλμολογικό Κέντρο Θεσσαλονίκης', 'domain': 'ofthalmokentro-thess.gr',
        'ant': ('Δρ. Γιώργος Αντωνίου', 'g.antoniou@ofthalmokentro-thess.gr')}
TACHY = {'org': 'Ταχυμεταφορές Μακεδονίας Α.Ε.', 'domain': 'tachymetafores-makedonias.gr',
         'noreply': ('Ταχυμεταφορές Μακεδονίας', 'noreply@tachymetafores-makedonias.gr')}
VERB = {'org': 'Bundesverband Augenoptik-Handel e.V. (BVAH)', 'domain': 'bvah.de',
        'news': ('BVAH Branchen-Update', 'newsletter@news.bvah.de')}
OPTW = {'org': 'Optician Weekly (trade magazine)', 'domain': 'opticianweekly.co.uk',
        'news': ('Optician Weekly', 'news@opticianweekly.co.uk')}
FNUBE = {'org': 'FactuNube (invoicing software, Valencia)', 'domain': 'factunube.es',
         'news': ('FactuNube', 'novedades@factunube.es')}

CORRESPONDENTS = [
    ('Lieferant GmbH', 'DE', 'Stefan Maier <s.maier@lieferant-gmbh.de>, Petra Lang <p.lang@lieferant-gmbh.de>, rechnungen@lieferant-gmbh.de',
     'Supplier of frames, cases, cleaning and workshop accessories (Augsburg)', 'Microsoft 365 (German datacenter), Outlook'),
    ('Ferretti Trasporti S.p.A.', 'IT', 'Chiara Colombo <c.colombo@ferretti-trasporti.it>, amministrazione@ferretti-trasporti.it',
     'Road carrier Verona – Milano stores / Fürth lab', 'Aruba.it hosted mail, Outlook 16'),
    ('Partner Logistik sp. z o.o.', 'PL', 'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, ksiegowosc@partner-logistik.pl',
     'Contract logistics, warehouse Bielany Wrocławskie for PL stores', 'cPanel/Exim hosting (s134.cyber-folks.pl), Outlook 16'),
    ('Lentiva Optical GmbH', 'DE', 'Ralf Vogt <r.vogt@lentiva-optical.de>, e-rechnung@lentiva-optical.de',
     'Spectacle-lens manufacturer (Aalen), B2B order portal', 'Microsoft 365; ERP invoice relay mailgw.lentiva-optical.de'),
    ('Occhialeria Dolomiti S.r.l.', 'IT', 'Marco De Pellegrin <m.depellegrin@occhialeriadolomiti.it>',
     'Frame manufacturer, Belluno eyewear district', 'Google Workspace'),
    ('Distribuciones Ópticas Levante S.L.', 'ES', 'Carmen Ortega <c.ortega@opticaslevante.es>, administracion@opticaslevante.es',
     'Contact lenses and care solutions distributor (Paterna)', 'OVH MX Plan, Outlook 16'),
    ('Asesoría Fiscal Turia S.L.', 'ES', 'Vicente Soler <vsoler@asesoriaturia.es>', 'Tax advisor (gestoría) of the Spanish subsidiary', 'Microsoft 365'),
    ('Clearsight Health Plans Ltd', 'UK', 'provider.payments@clearsighthealth.co.uk', 'Health-cash-plan insurer, pays optical claims', 'Amazon SES'),
    ('Ashworth Crane LLP', 'UK', 'Emily Crane <e.crane@ashworthcrane.co.uk>', 'Solicitors (property) of the UK subsidiary', 'Microsoft 365 (UK)'),
    ('Bundesverband Augenoptik-Handel e.V.', 'DE', 'newsletter@news.bvah.de', 'Trade association newsletter (subscribed)', 'CleverReach'),
    ('Optician Weekly', 'UK', 'news@opticianweekly.co.uk', 'Trade magazine newsletter (subscribed)', 'Mailchimp'),
    ('FactuNube', 'ES', 'novedades@factunube.es', 'Invoicing software vendor of the Spanish office (newsletter)', 'Brevo'),
    ('ООО «Оптика-Норд»', 'RU', 'Андрей Кузнецов <a.kuznetsov@optika-nord.ru>, buh@optika-nord.ru',
     'Distributor of lenses/frames, St Petersburg', 'Yandex 360, Outlook'),
    ('ООО «Балтика-Декларант»', 'RU', 'Павел Смирнов <p.smirnov@baltika-declarant.ru>', 'Customs broker, St Petersburg', 'own Postfix, The Bat!'),
    ('Λογιστικό Γραφείο Δημητρίου', 'GR', 'Γιάννης Δημητρίου <info@logistiko-dimitriou.gr>', 'External accountant (myDATA filings) of the Greek subsidiary', 'cPanel/Exim hosting, Outlook'),
    ('Οφθαλμολογικό Κέντρο Θεσσαλονίκης', 'GR', 'Δρ. Γιώργος Αντωνίου <g.antoniou@ofthalmokentro-thess.gr>', 'Eye clinic referring patients', 'own Zimbra'),
    ('Ταχυμεταφορές Μακεδονίας Α.Ε.', 'GR', 'noreply@tachymetafores-makedonias.gr', 'Courier for store deliveries in northern Greece', 'own Postfix'),
    ('Private customers / applicants', '–', 'graham.whitfield64@gmail.com, agnieszka.nowak82@wp.pl, mkonstantinou@otenet.gr, lena.hartmann.97@gmail.com',
     'Customers complaining, job applicant', 'Gmail, WP, otenet'),
    ('Staff private mailboxes', '–', 'oezlem.arslan@web.de, lucia.pena.v@hotmail.es, michal.lukasik87@interia.pl, olga.vasilyeva78@mail.ru',
     'Colleagues writing from home (sick leave, broken laptop)', 'WEB.DE, Outlook.com, Interia, Mail.ru'),
]
