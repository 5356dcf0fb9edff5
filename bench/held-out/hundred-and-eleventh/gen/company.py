"""Example Group: offices, staff, correspondents, bank data."""
import banking as B

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group GmbH",
    "domains": ["example.com", "examplegroup.eu"],
    "trade": "Data centre operator and web hosting provider (colocation, dedicated/virtual servers, managed hosting, domains, e-mail hosting)",
    "mailboxes": "about 700",
    "hq": "Hanauer Landstraße 312, 60314 Frankfurt am Main, Germany",
    "ustid": B.de_ustid("31458276"),
    "hrb": "HRB 118247, Amtsgericht Frankfurt am Main",
    "iban": B.de_iban("50040000", "603118742"),   # Commerzbank Frankfurt
    "bic": "COBADEFFXXX",
}

OFFICES = [
    ("Frankfurt am Main (HQ)", "DE", "Hanauer Landstraße 312, 60314 Frankfurt am Main; data centre FRA1/FRA2"),
    ("Milano", "IT", "Via Gallarate 205, 20151 Milano; data centre MIL1 (Example Group Italia S.r.l.)"),
    ("Warszawa", "PL", "ul. Łopuszańska 95, 02-457 Warszawa; data centre WAW1 (Example Group Polska sp. z o.o.)"),
    ("Madrid", "ES", "Calle de Albasanz 71, 28037 Madrid; data centre MAD1 (Example Group Iberia S.L.)"),
    ("Athina", "GR", "Leoforos Kifisias 280, 152 32 Chalandri, Athina (Example Group Hellas M.A.E.)"),
    ("London", "UK", "Sales office, 12 Clerkenwell Road, London EC1M 5PQ (Example Group UK Ltd)"),
    ("Moskva", "RU", "ul. Butlerova 17, 117342 Moskva; legacy colocation customers (OOO Example Group Rus)"),
]

# (display name, address, office, role)
STAFF = [
    ("Dr. Matthias Höfer", "matthias.hoefer@example.com", "Frankfurt", "CEO (Geschäftsführer)"),
    ("Sabine Krüger", "sabine.krueger@example.com", "Frankfurt", "CFO"),
    ("Jürgen Weiß", "juergen.weiss@example.com", "Frankfurt", "Accounts payable (Kreditorenbuchhaltung)"),
    ("Monika Fuchs", "monika.fuchs@example.com", "Frankfurt", "Accountant DE (Hauptbuchhaltung)"),
    ("Anja Schröder", "anja.schroeder@example.com", "Frankfurt", "HR / payroll (Personal & Lohn)"),
    ("Thomas Becker", "thomas.becker@example.com", "Frankfurt", "Head of IT"),
    ("Lena Vogt", "lena.vogt@example.com", "Frankfurt", "IT security / mail administrator"),
    ("Katharina Neumann", "katharina.neumann@example.com", "Frankfurt", "Assistant to the CEO"),
    ("Markus Brandt", "markus.brandt@example.com", "Frankfurt", "Procurement (Einkauf)"),
    ("Julia Hartmann", "julia.hartmann@examplegroup.eu", "Frankfurt", "Sales (colocation & enterprise)"),
    ("Frank Zimmermann", "frank.zimmermann@example.com", "Frankfurt", "Site manager DE / data centre operations FRA"),
    ("Ömer Yılmaz", "oemer.yilmaz@example.com", "Frankfurt", "Customer support lead / abuse desk"),
    ("Niccolò Ferrari", "niccolo.ferrari@example.com", "Milano", "Office manager IT"),
    ("Francesca Russo", "francesca.russo@example.com", "Milano", "Accountant IT"),
    ("Paweł Wróbel", "pawel.wrobel@example.com", "Warszawa", "Office manager PL"),
    ("Małgorzata Łukasik", "malgorzata.lukasik@example.com", "Warszawa", "Accountant PL (główna księgowa)"),
    ("Agnieszka Dąbrowska", "agnieszka.dabrowska@example.com", "Warszawa", "Sales PL"),
    ("José Martínez", "jose.martinez@example.com", "Madrid", "Office manager ES"),
    ("María Núñez", "maria.nunez@example.com", "Madrid", "Accountant ES"),
    ("Giorgos Papadopoulos", "giorgos.papadopoulos@example.com", "Athina", "Office manager GR"),
    ("Eleni Konstantinou", "eleni.konstantinou@examplegroup.eu", "Athina", "Accountant GR"),
    ("James Whitfield", "james.whitfield@examplegroup.eu", "London", "Office manager UK / sales director UK"),
    ("Priya Sharma", "priya.sharma@example.com", "London", "Accountant UK"),
    ("Dmitry Sokolov", "dmitry.sokolov@example.com", "Moskva", "Office manager RU"),
    ("Olga Kuznetsova", "olga.kuznetsova@examplegroup.eu", "Moskva", "Accountant RU (главный бухгалтер)"),
]

FUNCTIONAL = [
    ("abuse@example.com", "Abuse desk (handled by customer support, DE)"),
    ("noc@example.com", "Network operations centre"),
    ("rechnungen@example.com", "Incoming invoices DE (read by accounts payable)"),
]

S = {a.split("@")[0]: (n, a) for n, a, _, _ in STAFF}


def staff(key):
    return S[key]


# Correspondents: (organisation, country, contact(s), notes)
L_IBAN_OLD = B.de_iban("50050201", "200418377")     # Frankfurter Sparkasse
L_IBAN_NEW = B.de_iban("50070010", "917330552")     # Deutsche Bank Frankfurt (genuine change)
FERRETTI_IBAN = B.it_iban("03069", "33480", "100000008817")   # Intesa Sanpaolo
PARTNER_IBAN = B.pl_iban("1140200", "0000330241751022")      # mBank
CASTILLA_IBAN = B.es_iban("0049", "1805", "4121103317")       # Banco Santander
HFN_IBAN = B.gr_iban("017", "0127", "0000012700384112")       # Piraeus Bank
BRIGHTWATER_SORT = "20-32-53"

TS_BIK = "044525225"  # Sberbank (Moscow)
TS_ACC = B.ru_account(TS_BIK, "40702810038000071234")
TS_INN = B.ru_inn10("771845293")
TS_KPP = "771801001"
TS_OGRN = B.ru_ogrn("118774662741")

CORRESPONDENTS = [
    ("Lieferant GmbH", "DE", "Server & storage hardware distributor (racks, servers, spare parts)",
     [("Stefan Maier", "s.maier@lieferant-gmbh.de", "key account manager"),
      ("Petra Lang", "p.lang@lieferant-gmbh.de", "order processing"),
      ("Buchhaltung", "rechnungen@lieferant-gmbh.de", "accounts receivable")],
     "Own Postfix server mail.lieferant-gmbh.de, Outlook 16 clients; IBAN %s (new from Dec 2026: %s)" % (
         B.fmt_iban(L_IBAN_OLD), B.fmt_iban(L_IBAN_NEW))),
    ("Ferretti Trasporti S.p.A.", "IT", "Road carrier (rack and generator transports Milano/Frankfurt)",
     [("Chiara Colombo", "c.colombo@ferretti-trasporti.it", "traffic office"),
      ("Amministrazione", "amministrazione@ferretti-trasporti.it", "accounts")],
     "Mail hosted at Aruba; IBAN %s" % B.fmt_iban(FERRETTI_IBAN)),
    ("Partner Logistik sp. z o.o.", "PL", "Logistics partner (warehousing of spare parts, deliveries to WAW1)",
     [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "key account"),
      ("Księgowość", "ksiegowosc@partner-logistik.pl", "accounts")],
     "Mail hosted at home.pl; IBAN %s" % B.fmt_iban(PARTNER_IBAN)),
    ("KlimaTec Rhein-Main GmbH", "DE", "Cooling / chiller maintenance contractor FRA1",
     [("Uwe Schäfer", "u.schaefer@klimatec-rheinmain.de", "service manager"),
      ("Forderungsmanagement", "buchhaltung@klimatec-rheinmain.de", "dunning")],
     "Mail at IONOS (mout.kundenserver.de)"),
    ("Brightwater Digital Ltd", "UK", "Customer: London web agency, 2 colocation racks + managed hosting",
     [("Oliver Grant", "oliver.grant@brightwaterdigital.co.uk", "managing director"),
      ("Accounts", "accounts@brightwaterdigital.co.uk", "accounts payable")],
     "Microsoft 365 tenant; pays via Barclays"),
    ("Albion Power Systems Ltd", "UK", "Supplier: UPS and generator servicing (London cage / UK partners)",
     [("Sarah Mitchell", "sarah.mitchell@albionpower.co.uk", "service coordinator")], "Own mail server"),
    ("Studio Rinaldi (Marco Rinaldi)", "IT", "Customer: web designer reselling shared hosting",
     [("Marco Rinaldi", "marco.rinaldi72@libero.it", "owner")], "Consumer mail libero.it"),
    ("Sklep Zielarski Natura (Krzysztof Nowak)", "PL", "Customer: online shop on managed VPS",
     [("Krzysztof Nowak", "k.nowak.natura@wp.pl", "owner")], "Consumer mail wp.pl"),
    ("Suministros Eléctricos Castilla S.A.", "ES", "Supplier: electrical installation and switchgear MAD1",
     [("Javier Ortega", "javier.ortega@suministroscastilla.es", "cuentas clave"),
      ("Administración", "administracion@suministroscastilla.es", "accounts")],
     "Google Workspace; IBAN %s" % B.fmt_iban(CASTILLA_IBAN)),
    ("Transportes Hermanos Gil S.L.", "ES", "Carrier: deliveries to MAD1 and Portugal",
     [("Lucía Gil", "lucia.gil@transportesgil.es", "tráfico")], "Microsoft 365 tenant"),
    ("Asesoría Robles & Vega", "ES", "Tax advisor of Example Group Iberia",
     [("Carmen Robles", "carmen.robles@roblesvega-asesores.es", "asesora fiscal")], "Own Plesk server"),
    ("Hellenic Fiber Networks A.E.", "GR", "Supplier: dark fibre / IP transit Athens",
     [("Nikos Alexiou", "n.alexiou@hellenicfiber.gr", "account manager"),
      ("Λογιστήριο", "logistirio@hellenicfiber.gr", "accounts")],
     "Microsoft 365 tenant; IBAN %s" % B.fmt_iban(HFN_IBAN)),
    ("Dimitris Oikonomou (Hotel Thalassa, Naxos)", "GR", "Customer: hotel website and mail hosting",
     [("Δημήτρης Οικονόμου", "d.oikonomou@otenet.gr", "owner")], "Consumer mail otenet.gr"),
    ("Λογιστικό Γραφείο Μαυρίδης", "GR", "External accountant of Example Group Hellas (myDATA filings)",
     [("Κατερίνα Μαυρίδη", "k.mavridi@mavridis-logistiki.gr", "λογίστρια")], "Own server, Outlook"),
    ("ООО «ТелекомСтрой»", "RU", "Contractor: structured cabling and fibre works MSK",
     [("Ирина Павлова", "i.pavlova@telekomstroy.ru", "бухгалтерия")],
     "Yandex 360; INN %s KPP %s, BIK %s, r/s %s" % (TS_INN, TS_KPP, TS_BIK, TS_ACC)),
    ("Андрей Морозов", "RU", "Customer: VPS customer (private entrepreneur)",
     [("Андрей Морозов", "a.morozov84@yandex.ru", "ИП")], "Consumer mail yandex.ru"),
    ("Heinz Köhler Webdesign", "DE", "Customer: freelance web designer, reseller hosting",
     [("Heinz Köhler", "heinz.koehler@gmx.de", "owner")], "Consumer mail gmx.de"),
    ("Kanzlei Dr. Albrecht & Partner", "DE", "Law firm sending notice-and-takedown letters to abuse@",
     [("RA Dr. Jens Albrecht", "j.albrecht@albrecht-partner-ra.de", "Rechtsanwalt")], "Own server, Outlook"),
]
