"""The company, its staff and its correspondents."""
from collections import OrderedDict

COMPANY = {
    "name": "Example Group",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "trade": ("electricity and gas utility and energy trader: retail supply to business and "
              "household customers, grid connections, guarantees of origin / energy certificates, "
              "wholesale trading desk (EEX, OMIE, HEnEx, TGE)"),
    "mx": "mx01.example.com (Postfix), inbound MX for both domains",
    "relay": "mail-int01.example.com [10.20.0.25], internal relay in front of Exchange Server 2019 "
             "(EXG-MBX01/02.corp.example.com, 10.20.1.11/.12)",
}

OFFICES = OrderedDict([
    ("DE", ("Essen (HQ)", "Example Group SE, Huttropstraße 60, 45138 Essen, Germany")),
    ("IT", ("Milano", "Example Group Italia S.r.l., Via Tortona 33, 20144 Milano, Italy")),
    ("PL", ("Katowice", "Example Group Polska sp. z o.o., ul. Chorzowska 150, 40-101 Katowice, Poland")),
    ("ES", ("Madrid", "Example Group Energía Iberia S.L., Paseo de la Castellana 141, 28046 Madrid, Spain")),
    ("GR", ("Athens (Marousi)", "Example Group Hellas Μονοπρόσωπη Α.Ε., Λεωφ. Κηφισίας 44, 151 25 Μαρούσι, Greece")),
    ("UK", ("London", "Example Group UK Ltd, 71 Queen Victoria Street, London EC4V 4AY, United Kingdom")),
    ("RU", ("Moscow", "ООО «Экзампл Груп Рус», Пресненская наб. 12, 123112 Москва, Russia")),
])


class Person:
    def __init__(self, key, name, email, office, role, native=None, phone=None):
        self.key, self.name, self.email, self.office, self.role = key, name, email, office, role
        self.native = native or name
        self.phone = phone
        self.first = name.split(" ")[0]
        self.last = name.split(" ")[-1]


_STAFF = [
    ("ceo", "Jürgen Hölscher", "juergen.hoelscher@example.com", "DE", "Chief Executive Officer (Vorsitzender des Vorstands), Dr.", None, "+49 201 8912-100"),
    ("cfo", "Katrin Weiß", "katrin.weiss@example.com", "DE", "Chief Financial Officer", None, "+49 201 8912-200"),
    ("ap", "Monika Brückner", "monika.brueckner@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)", None, "+49 201 8912-231"),
    ("ar", "Thomas Engel", "thomas.engel@example.com", "DE", "Accounts receivable / dunning (Debitorenbuchhaltung)", None, "+49 201 8912-236"),
    ("hr", "Sabine Köhler", "sabine.koehler@example.com", "DE", "HR and payroll (Personalabrechnung)", None, "+49 201 8912-310"),
    ("ithead", "Markus Rößler", "markus.roessler@example.com", "DE", "Head of IT", None, "+49 201 8912-400"),
    ("itsec", "Tobias Grün", "tobias.gruen@example.com", "DE", "IT security and mail administrator", None, "+49 201 8912-415"),
    ("assist", "Lena Schäfer", "lena.schaefer@example.com", "DE", "Assistant to the CEO", None, "+49 201 8912-101"),
    ("proc", "Frank Deubel", "frank.deubel@example.com", "DE", "Procurement (Einkauf)", None, "+49 201 8912-520"),
    ("sales", "Anja Vogt", "anja.vogt@example.com", "DE", "Sales, business customers (Vertrieb B2B)", None, "+49 201 8912-610"),
    ("trading", "Oliver Brandt", "oliver.brandt@examplegroup.eu", "DE", "Head of trading desk", None, "+49 201 8912-700"),
    ("grid", "Heike Janßen", "heike.janssen@example.com", "DE", "Grid connections (Netzanschluss)", None, "+49 201 8912-640"),
    ("certs", "Felix Böhm", "felix.boehm@examplegroup.eu", "DE", "Guarantees of origin / energy certificates", None, "+49 201 8912-720"),
    ("it_mgr", "Davide Rinaldi", "davide.rinaldi@example.com", "IT", "Country manager Italy", None, "+39 02 4547 1100"),
    ("it_acc", "Francesca Galli", "francesca.galli@example.com", "IT", "Accountant Italy (contabilità)", None, "+39 02 4547 1120"),
    ("pl_mgr", "Krzysztof Wąsowski", "krzysztof.wasowski@example.com", "PL", "Country manager Poland", None, "+48 32 730 45 00"),
    ("pl_acc", "Małgorzata Łukasiewicz", "malgorzata.lukasiewicz@example.com", "PL", "Chief accountant Poland (główna księgowa)", None, "+48 32 730 45 12"),
    ("es_mgr", "Javier Ortega Muñoz", "javier.ortega@example.com", "ES", "Country manager Spain (director país)", None, "+34 91 790 33 00"),
    ("es_acc", "Nuria Peñalver", "nuria.penalver@examplegroup.eu", "ES", "Accountant Spain (contabilidad)", None, "+34 91 790 33 14"),
    ("gr_mgr", "Nikos Papadakis", "nikos.papadakis@example.com", "GR", "Country manager Greece (γενικός διευθυντής)", "Νίκος Παπαδάκης", "+30 210 61 88 400"),
    ("gr_acc", "Eleni Konstantinou", "eleni.konstantinou@examplegroup.eu", "GR", "Accountant Greece (λογίστρια)", "Ελένη Κωνσταντίνου", "+30 210 61 88 412"),
    ("uk_mgr", "James Whitfield", "james.whitfield@example.com", "UK", "Managing director UK", None, "+44 20 7946 0310"),
    ("uk_acc", "Priya Raman", "priya.raman@example.com", "UK", "Finance manager UK", None, "+44 20 7946 0322"),
    ("ru_mgr", "Dmitry Sokolov", "dmitry.sokolov@example.com", "RU", "General director Russia (генеральный директор)", "Дмитрий Соколов", "+7 495 646 20 10"),
    ("ru_acc", "Olga Kuznetsova", "olga.kuznetsova@examplegroup.eu", "RU", "Chief accountant Russia (главный бухгалтер)", "Ольга Кузнецова", "+7 495 646 20 15"),
]

STAFF = OrderedDict((k, Person(k, n, e, o, r, nat, ph)) for k, n, e, o, r, nat, ph in _STAFF)


def S(key):
    return STAFF[key]


# Shared mailboxes (not people; listed in MANIFEST only)
SHARED = [
    ("rechnungseingang@example.com", "DE", "central invoice inbox (scanned into SAP by accounts payable)"),
    ("it-servicedesk@example.com", "DE", "IT service desk"),
    ("fatture@example.com", "IT", "Italian invoice inbox (SdI courtesy copies)"),
    ("servizio.clienti@example.com", "IT", "Italian customer service"),
    ("katowice-all@example.com", "PL", "distribution list of the Katowice office"),
]

# Correspondents: (organisation, country, role, [(name, address)], notes)
CORRESPONDENTS = [
    ("Lieferant GmbH", "DE", "supplier of smart-meter gateways, meters and metering cabinets (Bielefeld); own mail server mail.lieferant-gmbh.de (Postfix, Outlook clients)",
     [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
      ("Buchhaltung", "rechnungen@lieferant-gmbh.de")]),
    ("Ferretti Trasporti S.p.A.", "IT", "road carrier (transformers, cable drums, meter pallets), Bergamo; mail hosted at Aruba",
     [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")]),
    ("Partner Logistik sp. z o.o.", "PL", "logistics partner (warehouse Gliwice, distribution of metering equipment); Google Workspace",
     [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")]),
    ("Kunststoffwerk Rheinau GmbH", "DE", "industrial electricity and gas customer (Duisburg); Microsoft 365",
     [("Bernd Kasper", "b.kasper@kunststoffwerk-rheinau.de")]),
    ("Rhein-Ruhr Netz GmbH", "DE", "distribution grid operator (grid connections, security deposits)",
     [("Netzanschlussmanagement", "netzanschluss@rhein-ruhr-netz.de"), ("Jan Overbeck", "jan.overbeck@rhein-ruhr-netz.de")]),
    ("energie & markt kompakt", "DE", "trade newsletter (subscribed by certificates team), sent via Mailchimp",
     [("energie & markt kompakt", "redaktion@energie-markt-kompakt.de")]),
    ("Harbourside Cold Storage Ltd", "UK", "business electricity customer (Felixstowe); Microsoft 365",
     [("Gareth Hughes", "gareth.hughes@harbourside-coldstore.co.uk"),
      ("Accounts Payable", "accounts.payable@harbourside-coldstore.co.uk")]),
    ("Energy Markets Weekly", "UK", "subscribed wholesale-market newsletter, sent via SendGrid",
     [("Energy Markets Weekly", "briefing@energymarketsweekly.co.uk")]),
    ("Giuseppe Mancini", "IT", "household customer, Sesto San Giovanni; consumer mail libero.it",
     [("Giuseppe Mancini", "giuseppe.mancini58@libero.it")]),
    ("Studio Doganale Brambilla", "IT", "customs and excise (accise) consultant, Milano",
     [("Luca Brambilla", "l.brambilla@studiobrambilla-dogane.it")]),
    ("Frigoríficos del Ebro S.L.", "ES", "business electricity customer, Zaragoza; Microsoft 365 + DocuSign",
     [("Marta Gil Lacasa", "mgil@frigorificosdelebro.es")]),
    ("Instalaciones Eléctricas Levante S.L.", "ES", "electrical contractor (meter installations, connections), Valencia",
     [("Administración", "administracion@ielevante.es"), ("Rafael Soler", "rsoler@ielevante.es")]),
    ("Observatorio Energético", "ES", "subscribed market newsletter, sent via Mailgun",
     [("Observatorio Energético", "boletin@observatorioenergetico.es")]),
    ("Μεταφορική Θεσσαλίας Ο.Ε.", "GR", "road carrier (Larissa), invoices transport of meters and cable",
     [("Γιώργος Αθανασίου", "info@metaforiki-thessalias.gr")]),
    ("Ψυκτική Αιγαίου Α.Ε.", "GR", "business electricity customer (cold stores, Piraeus)",
     [("Κατερίνα Μαυρίδου", "k.mavridou@psyktiki-aigaiou.gr")]),
    ("Λογιστικό Γραφείο Σ. Δημητρίου", "GR", "external accountant of the Greek office; consumer mail otenet.gr",
     [("Σταύρος Δημητρίου", "sdimitriou@otenet.gr")]),
    ("ООО «СеверЭнергоМонтаж»", "RU", "supplier and installer of metering/switchgear, Moscow; The Bat! clients",
     [("Андрей Волков", "a.volkov@severenergomontazh.ru"), ("Бухгалтерия", "buh@severenergomontazh.ru")]),
    ("ООО «Хладокомбинат Подмосковье»", "RU", "business electricity customer (Podolsk), legal department",
     [("Ирина Белова", "i.belova@hladokombinat-pm.ru")]),
    ("Staff private mailboxes", "—", "used genuinely by staff (sick leave, broken laptop)",
     [("Monika Brückner", "monika.brueckner@gmx.de"), ("Małgorzata Łukasiewicz", "gosia.lukasiewicz@wp.pl"),
      ("Ελένη Κωνσταντίνου", "eleni.konst@otenet.gr"), ("Ольга Кузнецова", "olga.kuznetsova78@yandex.ru")]),
    ("Real service senders", "—", "genuine notices from their own infrastructure",
     [("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
      ("Google", "no-reply@accounts.google.com"), ("GitHub", "noreply@github.com"),
      ("Яндекс ID", "noreply@id.yandex.ru"), ("DocuSign (via)", "dse@eumail.docusign.net"),
      ("PayPal", "service@paypal.co.uk")]),
]
