"""Example Group: staff directory and external correspondents."""
COMPANY = {
    "name": "Example Group",
    "legal": "Example Group Aviation Services GmbH",
    "trade": "Aircraft maintenance, repair and overhaul (EASA Part-145 / Part-CAMO): line and base maintenance "
             "for A320-family, ATR 72 and Embraer E-Jets, component shop (landing gear, APU, wheels & brakes), "
             "spare-parts trading",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "mx": "mx01.example.com (Postfix, inbound gateway)",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay; Exchange Server SE DAG EX-HAM-MBX01/02 behind it)",
    "hq": "Hamburg, Germany (Hamburg Airport, Weg beim Jäger)",
    "offices": [
        ("HQ", "Hamburg, DE"), ("IT", "Napoli (Capodichino), IT"), ("PL", "Rzeszów (Jasionka), PL"),
        ("ES", "Madrid (Barajas), ES"), ("GR", "Athens (Spata), GR"), ("UK", "Manchester, UK"),
        ("RU", "St Petersburg (Pulkovo), RU"),
    ],
    "aliases": ["info@examplegroup.eu", "sales@examplegroup.eu", "aog@examplegroup.eu", "jobs@example.com",
                "rechnungseingang@example.com", "postmaster@example.com"],
}

# (display name, address, office, role)
STAFF = [
    ("Matthias Köhler", "matthias.koehler@example.com", "Hamburg", "CEO (Geschäftsführer)"),
    ("Sabine Weiß", "sabine.weiss@example.com", "Hamburg", "CFO"),
    ("Julia Brandt", "julia.brandt@example.com", "Hamburg", "Assistant to the CEO"),
    ("Anja Schröder", "anja.schroeder@example.com", "Hamburg", "Accounts payable (Kreditorenbuchhaltung)"),
    ("Birgit Förster", "birgit.foerster@example.com", "Hamburg", "Accountant HQ / accounts receivable"),
    ("Katrin Müller", "katrin.mueller@example.com", "Hamburg", "HR & payroll (Personal/Lohn)"),
    ("Jens Hoffmann", "jens.hoffmann@example.com", "Hamburg", "Head of IT"),
    ("Lukas Wagner", "lukas.wagner@example.com", "Hamburg", "IT security / mail administrator"),
    ("Markus Jäger", "markus.jaeger@example.com", "Hamburg", "Head of procurement (spare parts & consumables)"),
    ("Florian Krüger", "florian.krueger@examplegroup.eu", "Hamburg", "Head of sales"),
    ("Henrik Voß", "henrik.voss@example.com", "Hamburg", "Quality manager (Part-145 compliance)"),
    ("Oliver Grant", "oliver.grant@examplegroup.eu", "Manchester", "Key account manager (sales UK/IE)"),
    ("James Whitfield", "james.whitfield@example.com", "Manchester", "Office manager UK"),
    ("Rachel Dawson", "rachel.dawson@example.com", "Manchester", "Accountant UK"),
    ("Giuseppe Esposito", "giuseppe.esposito@example.com", "Napoli", "Office manager Italy"),
    ("Francesca Russo", "francesca.russo@example.com", "Napoli", "Accountant Italy"),
    ("Krzysztof Wójcik", "krzysztof.wojcik@example.com", "Rzeszów", "Office manager Poland"),
    ("Małgorzata Kowalczyk", "malgorzata.kowalczyk@example.com", "Rzeszów", "Accountant Poland"),
    ("Piotr Nowak", "piotr.nowak@example.com", "Rzeszów", "Logistics & stores coordinator"),
    ("Javier Fernández", "javier.fernandez@example.com", "Madrid", "Office manager Spain"),
    ("Lucía Martín", "lucia.martin@example.com", "Madrid", "Accountant Spain"),
    ("Nikolaos Papadopoulos", "nikolaos.papadopoulos@example.com", "Athens", "Office manager Greece"),
    ("Eleni Georgiou", "eleni.georgiou@example.com", "Athens", "Accountant Greece"),
    ("Dmitry Sokolov", "dmitry.sokolov@examplegroup.eu", "St Petersburg", "Office manager Russia"),
    ("Olga Ivanova", "olga.ivanova@examplegroup.eu", "St Petersburg", "Accountant Russia"),
]

S = {a.split("@")[0]: (n, a) for n, a, _, _ in STAFF}

def st(key):
    """st('sabine.weiss') -> (name, address)"""
    return S[key]

# (organisation, country, role, contacts)
CORRESPONDENTS = [
    ("Lieferant GmbH", "DE", "Supplier: aviation standard parts, consumables, sealants (Bremen)",
     ["Stefan Maier <s.maier@lieferant-gmbh.de>", "Petra Lang <p.lang@lieferant-gmbh.de>", "Buchhaltung <rechnungen@lieferant-gmbh.de>"]),
    ("Ferretti Trasporti S.p.A.", "IT", "Road carrier (Napoli - Milano - Hamburg groupage, engine stands)",
     ["Chiara Colombo <c.colombo@ferretti-trasporti.it>", "<amministrazione@ferretti-trasporti.it>"]),
    ("Partner Logistik sp. z o.o.", "PL", "Logistics partner Rzeszów (warehousing, AOG trucking)",
     ["Tadeusz Zieliński <t.zielinski@partner-logistik.pl>", "<ksiegowosc@partner-logistik.pl>"]),
    ("Pennine Air Ltd", "UK", "Customer: regional airline (ATR 72), Manchester; Microsoft 365",
     ["Sarah Holt <sarah.holt@pennineair.co.uk>", "AOG Desk <aog@pennineair.co.uk>"]),
    ("Hanseflug GmbH", "DE", "Customer: charter airline (A320), Hamburg",
     ["Kerstin Albers <k.albers@hanseflug.de>"]),
    ("Vuelosol Airlines S.A.", "ES", "Customer: leisure airline (A320/A321), Madrid; Microsoft 365",
     ["Carmen López <carmen.lopez@vuelosol.es>"]),
    ("Kyklades Air A.E.", "GR", "Customer: island airline (ATR 42/72), Athens",
     ["Δημήτρης Αλεξίου / Dimitris Alexiou <d.alexiou@kykladesair.gr>", "<accounts@kykladesair.gr>"]),
    ("АО «Ладога Авиа»", "RU", "Customer: regional operator (legacy contract), St Petersburg",
     ["Андрей Кузнецов <a.kuznetsov@ladoga-avia.ru>"]),
    ("ИП Смирнов А. В.", "RU", "Supplier: ground-support equipment repairs, St Petersburg (Yandex mail)",
     ["Алексей Смирнов <smirnov.ip@yandex.ru>"]),
    ("Officine Meccaniche Vesuviane S.r.l.", "IT", "Supplier: machining, GSE fabrication, Napoli",
     ["Antonio Romano <a.romano@omv-srl.it>", "<fatture@omv-srl.it>"]),
    ("Autotrasporti Gennaro De Luca", "IT", "Carrier (one-truck haulier), Caserta, libero.it",
     ["Gennaro De Luca <deluca.autotrasporti@libero.it>"]),
    ("Usługi Transportowe Marek Wiśniewski", "PL", "Carrier (van courier Rzeszów-Kraków), wp.pl",
     ["Marek Wiśniewski <marek.wisniewski.transport@wp.pl>"]),
    ("Suministros Aeronáuticos Levante S.L.", "ES", "Supplier: tooling and consumables, Valencia",
     ["Pablo Sanz <pablo.sanz@suministros-levante.es>", "<administracion@suministros-levante.es>"]),
    ("Transportes Hermanos Gil S.L.", "ES", "Carrier Madrid, Gmail",
     ["Raúl Gil <transportes.hnosgil@gmail.com>"]),
    ("Κώστας Νικολαΐδης – Διεθνείς Μεταφορές", "GR", "Freight forwarder / customs broker Piraeus, otenet.gr",
     ["Κώστας Νικολαΐδης <knikolaidis@otenet.gr>"]),
    ("Hellas Aero Coatings Μ.Ε.Π.Ε.", "GR", "Supplier: paint and corrosion protection, Athens",
     ["Μαρία Κωνσταντίνου <m.konstantinou@hellasaerocoat.gr>"]),
    ("Northwest Customs Clearance Ltd", "UK", "Customs broker Manchester Airport",
     ["Gary Pickering <gary.pickering@nwcustoms.co.uk>"]),
    ("Uwe Petersen", "DE", "Freelance licensed engineer (B1) on GMX", ["Uwe Petersen <uwe.petersen@gmx.de>"]),
    ("Navarro & Ibáñez Abogados S.L.P.", "ES", "The group's outside counsel in Spain",
     ["Elena Navarro <enavarro@navarro-ibanez.es>"]),
    ("Γραφείο Λογιστικής Παππάς", "GR", "Outside bookkeeper Athens (myDATA filings)",
     ["Γιώργος Παππάς <g.pappas@pappas-logistiki.gr>"]),
    ("MRO Insider (newsletter)", "DE", "Subscribed trade newsletter via Mailchimp", ["<news@mro-insider.de>"]),
    ("Biuro Rachunkowe Ratio (newsletter)", "PL", "Subscribed accounting newsletter via FreshMail", ["<newsletter@ratio-biuro.pl>"]),
    ("Fiera Aviazione Napoli (newsletter)", "IT", "Trade-fair newsletter via MailUp", ["<newsletter@fieraviazione.it>"]),
]
