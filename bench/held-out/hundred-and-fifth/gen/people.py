"""Example Group: staff and correspondents shared by all messages."""

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group GmbH",
    "trade": "Film and television production (fiction series, documentaries, "
             "commercials; studio, equipment and post-production services)",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "hq": "Köln (Cologne), Germany – Am Coloneum 9, 50829 Köln",
    "offices": [
        ("Köln", "DE", "HQ, production, finance, IT"),
        ("Roma", "IT", "Example Group Italia S.r.l., Via Tiburtina 1236, 00131 Roma"),
        ("Warszawa", "PL", "Example Group Polska sp. z o.o., ul. Chełmska 21, 00-724 Warszawa"),
        ("Madrid", "ES", "Example Group España S.L., Calle de Julián Camarillo 29, 28037 Madrid"),
        ("Athína", "GR", "Example Group Hellas Μ.Ι.Κ.Ε., Λεωφ. Κηφισίας 124, 115 26 Αθήνα"),
        ("London", "GB", "Example Group UK Ltd, 12 Soho Square, London W1D 3QF"),
        ("Moskva", "RU", "ООО «Экзампл Груп Рус», ул. Правды 24, Москва 125040"),
    ],
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Matthias Köhler", "matthias.koehler@example.com", "Köln", "Chief Executive Officer (Geschäftsführer)"),
    "cfo": ("Sabine Weiß", "sabine.weiss@example.com", "Köln", "Chief Financial Officer"),
    "ap": ("Jörg Brückner", "joerg.brueckner@example.com", "Köln", "Accounts payable (Kreditorenbuchhaltung)"),
    "hr": ("Anja Schäfer", "anja.schaefer@example.com", "Köln", "HR & payroll (Personal/Lohnbuchhaltung)"),
    "ithead": ("Thomas Krüger", "thomas.krueger@example.com", "Köln", "Head of IT"),
    "itsec": ("Lena Vogt", "lena.vogt@example.com", "Köln", "IT security & mail administrator (postmaster)"),
    "assist": ("Katharina Groß", "katharina.gross@example.com", "Köln", "Assistant to the CEO"),
    "proc": ("Florian Bäumer", "florian.baeumer@example.com", "Köln", "Procurement – equipment, studio & logistics"),
    "sales": ("Nadine Özdemir", "nadine.oezdemir@examplegroup.eu", "Köln", "Sales & distribution (licensing to broadcasters)"),
    "prod": ("Tobias Engel", "tobias.engel@example.com", "Köln", "Head of production (Herstellungsleiter)"),
    "legal": ("Dr. Claudia Römer", "claudia.roemer@example.com", "Köln", "Legal counsel (rights & contracts)"),
    "office": ("Birgit Lehmann", "birgit.lehmann@example.com", "Köln", "Office manager HQ / reception"),
    "it_mgr": ("Francesca Nicolò", "francesca.nicolo@example.com", "Roma", "Office manager Italy (direttrice di sede)"),
    "it_acc": ("Marco Bianchi", "marco.bianchi@example.com", "Roma", "Accountant Italy (contabilità)"),
    "pl_mgr": ("Agnieszka Wójcik", "agnieszka.wojcik@example.com", "Warszawa", "Office manager Poland (dyrektor biura)"),
    "pl_acc": ("Paweł Łukasik", "pawel.lukasik@example.com", "Warszawa", "Accountant Poland (księgowy)"),
    "es_mgr": ("Javier Núñez", "javier.nunez@examplegroup.eu", "Madrid", "Office manager Spain (director de oficina)"),
    "es_acc": ("Lucía Fernández", "lucia.fernandez@example.com", "Madrid", "Accountant Spain (contable)"),
    "gr_mgr": ("Δημήτρης Παπαδόπουλος", "dimitris.papadopoulos@example.com", "Athína", "Office manager Greece (διευθυντής γραφείου)"),
    "gr_acc": ("Ελένη Γεωργίου", "eleni.georgiou@example.com", "Athína", "Accountant Greece (λογίστρια)"),
    "uk_mgr": ("Oliver Bennett", "oliver.bennett@example.com", "London", "Office manager UK / line producer"),
    "uk_acc": ("Priya Shah", "priya.shah@example.com", "London", "Accountant UK (finance & payroll)"),
    "uk_sales": ("James Whitfield", "james.whitfield@example.com", "London", "Sales & co-productions UK"),
    "ru_mgr": ("Сергей Волков", "sergey.volkov@examplegroup.eu", "Moskva", "Office manager Russia (директор филиала)"),
    "ru_acc": ("Ольга Смирнова", "olga.smirnova@examplegroup.eu", "Moskva", "Accountant Russia (главный бухгалтер)"),
    "mail": ("Postmaster", "postmaster@example.com", "Köln", "Role mailbox (Lena Vogt, Thomas Krüger)"),
}


def s(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# key: (display name, address, organisation, country, relation)
CORR = {
    # shared correspondents (fixed addresses)
    "lf_maier": ("Stefan Maier", "s.maier@lieferant-gmbh.de", "Lieferant GmbH", "DE",
                 "Supplier: camera, lighting & grip rental, Hürth (account manager)"),
    "lf_lang": ("Petra Lang", "p.lang@lieferant-gmbh.de", "Lieferant GmbH", "DE",
                "Supplier: receivables / dispatch"),
    "lf_rech": ("Buchhaltung", "rechnungen@lieferant-gmbh.de", "Lieferant GmbH", "DE",
                "Supplier: invoicing mailbox"),
    "fe_colombo": ("Chiara Colombo", "c.colombo@ferretti-trasporti.it", "Ferretti Trasporti S.p.A.", "IT",
                   "Road carrier: trucks for sets, costumes and equipment (traffic office)"),
    "fe_amm": ("Amministrazione", "amministrazione@ferretti-trasporti.it", "Ferretti Trasporti S.p.A.", "IT",
               "Road carrier: accounts"),
    "pl_ziel": ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "Partner Logistik sp. z o.o.", "PL",
                "Logistics partner: warehousing & transport of equipment in PL"),
    "pl_ksieg": ("Księgowość", "ksiegowosc@partner-logistik.pl", "Partner Logistik sp. z o.o.", "PL",
                 "Logistics partner: accounts"),
    # own correspondents
    "bw_harper": ("Emma Harper", "emma.harper@brightwaterpictures.co.uk", "Brightwater Pictures Ltd", "GB",
                  "Co-producer / customer (UK drama series)"),
    "stb": ("Carolin Brandt", "kanzlei@hennig-stb.de", "Hennig & Partner Steuerberater", "DE",
            "Tax advisor (VAT returns, payroll, DATEV)"),
    "luce": ("Alessandro Greco", "a.greco@studioluceroma.it", "Studio Luce Roma S.r.l.", "IT",
             "Supplier: lighting & grip rental, Rome"),
    "nowak": ("Krzysztof Nowak", "k.nowak.foto@wp.pl", "freelance", "PL", "Freelance stills photographer (wp.pl)"),
    "tvpl": ("Ewa Maj", "ewa.maj@telewizja-mazovia.pl", "Telewizja Mazovia S.A.", "PL",
             "Customer: Polish TV channel (acquisitions)"),
    "sierra": ("Raúl Ortega", "facturacion@sierracine.es", "Alquileres Cinematográficos Sierra S.L.", "ES",
               "Supplier: camera rental, Madrid"),
    "ruiz": ("Manuel Ruiz - Transportes Ruiz", "trafico@transportesruiz.es", "Transportes Ruiz e Hijos S.L.", "ES",
             "Road carrier, Madrid"),
    "gestoria": ("Carmen Delgado", "fiscal@asesoriadelgado.es", "Asesoría Delgado S.L.P.", "ES",
                 "Tax advisor (Modelo 303/111, AEAT)"),
    "alexiou": ("Νίκος Αλεξίου", "n.alexiou@otenet.gr", "freelance", "GR",
                "Freelance location manager (otenet.gr)"),
    "attiki": ("Μαρία Δημητρίου - Αττική Catering", "info@attiki-catering.gr", "Αττική Catering Ι.Κ.Ε.", "GR",
               "Supplier: set catering, Athens"),
    "logistis": ("Σταύρος Καραγιάννης", "office@karagiannis-logistiki.gr",
                 "Καραγιάννης & Συνεργάτες", "GR", "Outside accountant (myDATA, VAT)"),
    "kinosvet": ("Марина Лебедева", "buh@kinosvet.ru", "ООО «Киносвет»", "RU",
                 "Supplier: lighting rental, Moscow (accounts)"),
    "kuznetsov": ("Андрей Кузнецов", "a.kuznetsov.sound@yandex.ru", "self-employed", "RU",
                  "Freelance sound recordist (yandex.ru)"),
    "kestrel": ("Sophie Turner", "sophie.turner@kestrel-locations.co.uk", "Kestrel Locations Ltd", "GB",
                "Location agency, London (its Microsoft 365 mailbox is compromised in attack 11)"),
    "fairbairn": ("Rachel Okafor", "r.okafor@fairbairnlowe.co.uk", "Fairbairn Lowe LLP", "GB",
                  "Solicitors acting for a music publisher"),
    "nl_de": ("Film & TV Produktion aktuell", "newsletter@filmtv-aktuell.de", "Medienverlag Rheinland GmbH", "DE",
              "Subscribed trade newsletter (Mailchimp)"),
    "nl_it": ("Cinema & Audiovisivo News", "newsletter@cineaudiovisivo-news.it", "Editoriale Tevere S.r.l.", "IT",
              "Subscribed trade newsletter (Brevo)"),
    "nl_es": ("Audiovisual Madrid", "boletin@audiovisualmadrid.org", "Audiovisual Madrid (producers' association)", "ES",
              "Association newsletter (SendGrid)"),
}

# private addresses of staff that appear in genuine mail
PRIVATE = [
    ("Tobias Engel", "tobias.engel@gmx.de", "GMX webmail"),
    ("Marco Bianchi", "m.bianchi1984@libero.it", "Libero webmail"),
    ("Lucía Fernández", "luciafdez.mad@gmail.com", "Gmail"),
]


def c(key):
    n, a, _, _, _ = CORR[key]
    return (n, a)
