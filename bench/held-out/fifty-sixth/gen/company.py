"""The company, its staff and its correspondents."""
from collections import namedtuple

Person = namedtuple("Person", "name addr office role")

COMPANY = {
    "name": "Example Group",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "trade": ("Group of car dealerships with workshops: new and used cars of several brands, "
              "leasing, fleet sales, spare parts and accessories."),
    "mx": "mx01.example.com (Postfix, inbound)",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay; Exchange 2019 servers EXCH01/EXCH02.corp.example.com behind it)",
}

OFFICES = {
    "HQ": "Example Group GmbH, Landsberger Straße 412, 81241 München, Germany (HQ)",
    "IT": "Example Group Italia S.r.l., Viale del Lavoro 33, 37135 Verona, Italy",
    "PL": "Example Group Polska sp. z o.o., ul. Głogowska 218, 60-104 Poznań, Poland",
    "ES": "Example Group Iberia S.L., Av. de les Corts Valencianes 39, 46015 València, Spain",
    "GR": "Example Group Hellas Μ.Α.Ε., Λεωφ. 26ης Οκτωβρίου 90, 54627 Θεσσαλονίκη, Greece",
    "UK": "Example Group UK Ltd, Unit 4, Kingsbury Road, Birmingham B24 9PT, United Kingdom",
    "RU": "ООО «Экзампл Груп Рус», Пулковское шоссе 40 к. 4, 196158 Санкт-Петербург, Russia",
}

OFFICE_CITY = {"HQ": "München", "IT": "Verona", "PL": "Poznań", "ES": "València",
               "GR": "Thessaloniki", "UK": "Birmingham", "RU": "St Petersburg"}

STAFF = {
    "ceo": Person("Matthias Köhler", "matthias.koehler@example.com", "HQ", "CEO (Geschäftsführer)"),
    "cfo": Person("Sabine Weiß", "sabine.weiss@example.com", "HQ", "CFO"),
    "ap": Person("Jürgen Baumgärtner", "juergen.baumgaertner@example.com", "HQ", "Accounts payable (Kreditorenbuchhaltung)"),
    "hr": Person("Katrin Schäfer", "katrin.schaefer@example.com", "HQ", "HR & payroll"),
    "ithead": Person("Thomas Brandt", "thomas.brandt@example.com", "HQ", "Head of IT"),
    "itsec": Person("Lena Vogt", "lena.vogt@example.com", "HQ", "IT security & mail administrator"),
    "assist": Person("Anja Hoffmann", "anja.hoffmann@example.com", "HQ", "Assistant to the CEO"),
    "proc": Person("Markus Göbel", "markus.goebel@example.com", "HQ", "Procurement – parts & accessories"),
    "fleet": Person("Florian Dietz", "florian.dietz@example.com", "HQ", "Fleet sales manager"),
    "workshop": Person("Stefan Huber", "stefan.huber@example.com", "HQ", "Workshop manager München"),
    "usedcars": Person("Miriam Yılmaz", "miriam.yilmaz@example.com", "HQ", "Used-car sales"),
    "leasing": Person("Claudia Renner", "claudia.renner@examplegroup.eu", "HQ", "Leasing & finance desk"),
    "it_mgr": Person("Giulia Ferraro", "giulia.ferraro@example.com", "IT", "Office manager Italy"),
    "it_acc": Person("Marco Bellini", "marco.bellini@examplegroup.eu", "IT", "Accountant Italy"),
    "it_sales": Person("Davide Russo", "davide.russo@example.com", "IT", "Sales & service advisor Verona"),
    "pl_mgr": Person("Agnieszka Wójcik", "agnieszka.wojcik@example.com", "PL", "Office manager Poland"),
    "pl_acc": Person("Paweł Łukasik", "pawel.lukasik@examplegroup.eu", "PL", "Accountant Poland"),
    "es_mgr": Person("Javier Muñoz", "javier.munoz@example.com", "ES", "Office manager Spain"),
    "es_acc": Person("Lucía Fernández", "lucia.fernandez@example.com", "ES", "Accountant Spain"),
    "gr_mgr": Person("Nikos Papadopoulos", "nikos.papadopoulos@example.com", "GR", "Office manager Greece"),
    "gr_acc": Person("Eleni Georgiou", "eleni.georgiou@examplegroup.eu", "GR", "Accountant Greece"),
    "uk_mgr": Person("James Whitfield", "james.whitfield@example.com", "UK", "Office manager UK"),
    "uk_acc": Person("Sarah Collins", "sarah.collins@example.com", "UK", "Accountant UK"),
    "ru_mgr": Person("Dmitry Sokolov", "dmitry.sokolov@example.com", "RU", "Office manager Russia"),
    "ru_acc": Person("Olga Kuznetsova", "olga.kuznetsova@example.com", "RU", "Accountant Russia"),
}

# Correspondents: (organisation, country, role, [(display name, address)])
CORRESPONDENTS = [
    ("Lieferant GmbH", "DE", "Spare-parts wholesaler (Augsburg), main parts supplier; mail on Microsoft 365",
     [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
      ("Buchhaltung", "rechnungen@lieferant-gmbh.de")]),
    ("Ferretti Trasporti S.p.A.", "IT", "Road carrier (car transporters), Brescia; mail hosted at Aruba",
     [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")]),
    ("Partner Logistik sp. z o.o.", "PL", "Logistics partner, parts warehouse & cross-dock, Poznań; Google Workspace",
     [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")]),
    ("Reifen Sauter KG", "DE", "Tyre wholesaler (Landshut); own mail server",
     [("Tobias Sauter", "t.sauter@reifen-sauter.de"), ("Buchhaltung", "buchhaltung@reifen-sauter.de")]),
    ("Helmut Brückner", "DE", "Private workshop customer (GMX)", [("Helmut Brückner", "h.brueckner@gmx.de")]),
    ("AutoHandel Aktuell", "DE", "Subscribed trade newsletter (CleverReach)", [("AutoHandel Aktuell", "newsletter@autohandel-aktuell.de")]),
    ("Midlands Vehicle Logistics Ltd", "UK", "Vehicle carrier (Coventry); Microsoft 365",
     [("Gary Dawson", "gary.dawson@midlandsvl.co.uk")]),
    ("Holloway Building Services Ltd", "UK", "Fleet customer (Ford Transit vans); Microsoft 365, DocuSign",
     [("Priya Shah", "priya.shah@hollowaybuild.co.uk")]),
    ("Autoricambi Gallo S.r.l.", "IT", "Parts supplier (Vicenza)",
     [("Roberta Gallo", "r.gallo@autoricambigallo.it"), ("Amministrazione", "amministrazione@autoricambigallo.it")]),
    ("Francesco Esposito", "IT", "Private customer (Libero Mail)", [("Francesco Esposito", "f.esposito76@libero.it")]),
    ("Krzysztof Nowak", "PL", "Private customer (WP Poczta)", [("Krzysztof Nowak", "krzysztof.nowak1983@wp.pl")]),
    ("Flota & Dealer", "PL", "Subscribed trade newsletter (FreshMail)", [("Flota & Dealer", "newsletter@flotaidealer.pl")]),
    ("Transportes Hermanos Ruiz S.L.", "ES", "Vehicle carrier (Sagunto)", [("Manuel Ruiz", "trafico@transportesruiz.es")]),
    ("Carmen López", "ES", "Private leasing customer (Gmail)", [("Carmen López", "carmen.lopez.vlc@gmail.com")]),
    ("ACAV – Asociación de Concesionarios de Automoción de Valencia", "ES", "Dealer association (membership)",
     [("Administración ACAV", "administracion@acav-concesionarios.es")]),
    ("Ανταλλακτικά Βορείου Ελλάδος Α.Ε.", "GR", "Parts supplier (Thessaloniki)",
     [("Γιώργος Αθανασίου", "g.athanasiou@antallaktika-bv.gr"), ("Λογιστήριο", "logistirio@antallaktika-bv.gr")]),
    ("Κώστας Δημητρίου", "GR", "Private customer (OTEnet)", [("Κώστας Δημητρίου", "kdimitriou@otenet.gr")]),
    ("Μεταφορική Καραγιάννη Ο.Ε.", "GR", "Vehicle carrier (Thessaloniki)", [("Βασίλης Καραγιάννης", "v.karagiannis@karagiannis-transport.gr")]),
    ("Σύνδεσμος Εμπόρων Αυτοκινήτων Β. Ελλάδος", "GR", "Dealer association newsletter (Mailchimp)",
     [("ΣΕΑΒΕ Newsletter", "info@seave.gr")]),
    ("ООО «Автозапчасти Северо-Запад»", "RU", "Parts supplier (St Petersburg); Yandex 360",
     [("Ирина Васильева", "buh@avtozapchasti-sz.ru")]),
    ("Андрей Морозов", "RU", "Private customer (Yandex Mail, The Bat!)", [("Андрей Морозов", "a.morozov@yandex.ru")]),
    ("Services", "–", "Microsoft, Google, GitHub, Yandex ID, DocuSign (real sending infrastructure)",
     [("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
      ("Google", "no-reply@accounts.google.com"), ("GitHub", "noreply@github.com"),
      ("Яндекс ID", "noreply@id.yandex.ru"), ("Docusign", "dse@eumail.docusign.net")]),
]


def staff_lines():
    return ["%s=%s" % (p.name, p.addr) for p in STAFF.values()]
