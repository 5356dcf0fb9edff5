"""The fictional company, its staff, and the correspondents every set shares."""
from collections import namedtuple

Person = namedtuple("Person", "key name addr office role native")

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group SE",
    "trade": "Scaffolding rental and industrial access (system scaffolding, suspended platforms, "
             "temporary roofs, mast climbers, rope access, insulation-access packages for refineries and power plants)",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "hq": "Düsseldorf, Germany (Example Group SE, Heerdter Lohweg 212, 40549 Düsseldorf)",
    "mx": "mx01.example.com (Postfix, inbound)",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay; Exchange 2019 EXCH01/EXCH02 behind it)",
}

OFFICES = [
    ("HQ", "Düsseldorf, Germany", "Example Group SE"),
    ("UK", "Birmingham, United Kingdom", "Example Group Access Ltd"),
    ("IT", "Milano, Italy", "Example Group Italia S.r.l."),
    ("PL", "Wrocław, Poland", "Example Group Polska sp. z o.o."),
    ("ES", "Madrid, Spain", "Example Group Andamios S.L."),
    ("GR", "Athens (Piraeus), Greece", "Example Group Hellas M.A.E."),
    ("RU", "Moscow, Russia", "OOO \"Example Group Rus\""),
]

STAFF = [
    Person("ceo", "Dr. Klaus Wagner", "klaus.wagner@example.com", "HQ Düsseldorf", "Chief Executive Officer", None),
    Person("cfo", "Sabine Köhler", "sabine.koehler@example.com", "HQ Düsseldorf", "Chief Financial Officer", None),
    Person("ap", "Jürgen Weiß", "juergen.weiss@example.com", "HQ Düsseldorf", "Accounts Payable (Kreditorenbuchhaltung)", None),
    Person("ar", "Katrin Neumann", "katrin.neumann@example.com", "HQ Düsseldorf", "Accountant HQ / Accounts Receivable", None),
    Person("hr", "Anja Schröder", "anja.schroeder@example.com", "HQ Düsseldorf", "HR & Payroll (Personal / Lohnbuchhaltung)", None),
    Person("it", "Thomas Müller", "thomas.mueller@example.com", "HQ Düsseldorf", "Head of IT", None),
    Person("sec", "Lena Hoffmann", "lena.hoffmann@example.com", "HQ Düsseldorf", "IT Security & Mail Administrator", None),
    Person("assist", "Julia Becker", "julia.becker@example.com", "HQ Düsseldorf", "Assistant to the CEO", None),
    Person("proc", "Markus Groß", "markus.gross@example.com", "HQ Düsseldorf", "Head of Procurement (Einkauf)", None),
    Person("sales", "Frank Schäfer", "frank.schaefer@example.com", "HQ Düsseldorf", "Sales Director Germany", None),
    Person("export", "Niklas Krüger", "niklas.krueger@examplegroup.eu", "HQ Düsseldorf", "Export Sales / Key Accounts", None),
    Person("ukmgr", "James Whitfield", "james.whitfield@example.com", "UK Birmingham", "Office Manager UK", None),
    Person("ukacc", "Priya Sharma", "priya.sharma@example.com", "UK Birmingham", "Accountant UK", None),
    Person("uksales", "Oliver Bennett", "oliver.bennett@examplegroup.eu", "UK Birmingham", "Sales UK", None),
    Person("itmgr", "Alessandro Conti", "alessandro.conti@example.com", "IT Milano", "Office Manager Italy", None),
    Person("itacc", "Francesca Lombardi", "francesca.lombardi@example.com", "IT Milano", "Accountant Italy", None),
    Person("plmgr", "Łukasz Wójcik", "lukasz.wojcik@example.com", "PL Wrocław", "Office Manager Poland", None),
    Person("placc", "Małgorzata Kowalczyk", "malgorzata.kowalczyk@example.com", "PL Wrocław", "Accountant Poland (główna księgowa)", None),
    Person("esmgr", "Javier Martínez Ruiz", "javier.martinez@example.com", "ES Madrid", "Office Manager Spain", None),
    Person("esacc", "Lucía Fernández", "lucia.fernandez@example.com", "ES Madrid", "Accountant Spain", None),
    Person("essales", "Carmen Ortega", "carmen.ortega@example.com", "ES Madrid", "Sales Spain", None),
    Person("grmgr", "Giorgos Papadopoulos", "giorgos.papadopoulos@example.com", "GR Athens", "Office Manager Greece", "Γιώργος Παπαδόπουλος"),
    Person("gracc", "Eleni Konstantinou", "eleni.konstantinou@examplegroup.eu", "GR Athens", "Accountant Greece", "Ελένη Κωνσταντίνου"),
    Person("rumgr", "Dmitry Sokolov", "dmitry.sokolov@examplegroup.eu", "RU Moscow", "Office Manager Russia (General Director of the Russian subsidiary)", "Дмитрий Соколов"),
    Person("ruacc", "Natalia Volkova", "natalia.volkova@examplegroup.eu", "RU Moscow", "Chief Accountant Russia", "Наталья Волкова"),
]

S = {p.key: p for p in STAFF}

# Correspondents: (organisation, country, role, [(name, address)], note)
SHARED_CORRESPONDENTS = [
    ("Lieferant GmbH", "DE", "Supplier of system-scaffolding components (frames, ledgers, couplers, decks)",
     [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"), ("Buchhaltung", "rechnungen@lieferant-gmbh.de")]),
    ("Ferretti Trasporti S.p.A.", "IT", "Road carrier (flatbed and curtain-sider transport of scaffolding material)",
     [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")]),
    ("Partner Logistik sp. z o.o.", "PL", "Logistics partner (yard, cross-docking, transport PL/DE)",
     [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")]),
]

OWN_CORRESPONDENTS = [
    ("Rohrwerk Sauerland GmbH", "DE", "Supplier of scaffold tubes (48.3 mm, S235/S355) and base plates",
     [("Heike Brinkmann", "h.brinkmann@rohrwerk-sauerland.de"), ("Forderungsmanagement", "forderungen@rohrwerk-sauerland.de")]),
    ("Krämer & Söhne Bauunternehmung GmbH", "DE", "Customer (general contractor, facade refurbishments)",
     [("Uwe Krämer", "uwe.kraemer@kraemer-bau.de")]),
    ("Northfield Construction Ltd", "UK", "Customer (commercial new-build, West Midlands)",
     [("Gareth Hughes", "gareth.hughes@northfield-construction.co.uk")]),
    ("Midlands Haulage Ltd", "UK", "Carrier (UK deliveries and collections)",
     [("Accounts", "accounts@midlands-haulage.co.uk")]),
    ("Edilcantieri Brianza S.r.l.", "IT", "Customer (residential construction); the site manager writes from consumer mail",
     [("geom. Davide Galli", "davide.galli71@libero.it")]),
    ("Transportes Levante S.L.", "ES", "Carrier (Valencia–Madrid, grúa y plataforma)",
     [("Administración", "administracion@transportes-levante.es")]),
    ("Construcciones Hermanos Navarro S.A.", "ES", "Customer (residential and industrial construction, Madrid)",
     [("Raúl Navarro", "raul.navarro@hnavarro-construcciones.es")]),
    ("Κατασκευαστική Αιγαίου Α.Ε. (Kataskevastiki Aigaiou S.A.)", "GR", "Customer (shipyard and port works, Piraeus); the engineer writes from consumer mail",
     [("Νίκος Αλεξίου (Nikos Alexiou)", "nalexiou@otenet.gr"), ("Λογιστήριο (accounts)", "logistirio@kataskevastiki-aigaiou.gr")]),
    ("ООО «СтройЛеса» (OOO StroyLesa)", "RU", "Supplier (clamp couplers, wedge-lock scaffolding, Moscow region)",
     [("Ирина Кузнецова (Irina Kuznetsova)", "i.kuznetsova@stroylesa.ru"), ("Бухгалтерия (accounts)", "buh@stroylesa.ru")]),
    ("ООО «ТрансЛогистик» (OOO TransLogistik)", "RU", "Carrier (Moscow region); dispatcher uses consumer mail",
     [("Сергей Морозов (Sergey Morozov)", "morozov.translog@yandex.ru")]),
]

SERVICE_SENDERS = [
    ("Microsoft account / Microsoft 365", "account-security-noreply@accountprotection.microsoft.com; no-reply@sharepointonline.com", "Exchange Online Protection outbound"),
    ("Google", "no-reply@accounts.google.com", "mail-sor-f*.google.com"),
    ("GitHub", "noreply@github.com", "out-*.smtp.github.com"),
    ("Yandex ID", "noreply@id.yandex.ru", "forward*.mail.yandex.net"),
    ("DocuSign (EU)", "dse@eumail.docusign.net", "DocuSign EU mail servers"),
    ("DTVP Deutsches Vergabeportal", "noreply@dtvp.de", "own Postfix"),
    ("ELSTER", "noreply@elster.de", "own mail gateway"),
    ("Aruba (PEC and e-invoicing)", "comunicazioni@staff.aruba.it; noreply.fatturazioneelettronica@staff.aruba.it", "Aruba SMTP"),
    ("InPost", "powiadomienia@inpost.pl", "Amazon SES eu-central-1"),
    ("KSeF-Connector (internal application)", "ksef-noreply@example.com", "ksef-app01 -> Exchange -> mail-int01"),
    ("ACS Courier", "noreply@acscourier.net", "SendGrid"),
    ("Kontur.Diadoc", "noreply@diadoc.kontur.ru", "own Postfix"),
    ("HMRC via GOV.UK Notify", "noreply@tax.service.gov.uk", "GOV.UK Notify on Amazon SES eu-west-2"),
    ("AADE", "enimerosi@aade.gr", "own mail gateway"),
    ("DEHú (Spanish public administration e-notification)", "avisos.dehu@correo.gob.es", "correo.gob.es mail platform"),
    ("Newsletters / alerts", "SAIF Bulletin (bulletin@saif-uk.org); Andamios y Elevación (boletin@andamiosyelevacion.es); DTVP search agent", "Mailchimp; Brevo; own Postfix"),
]
