"""The company, its staff and its regular correspondents."""
import banking as B

COMPANY = dict(
    name="Example Group",
    legal="Example Textilservice GmbH",
    trade="Commercial laundry and textile rental (flat linen, towels, workwear and cleanroom garments for hotels, clinics, care homes and industry)",
    domains=["example.com", "examplegroup.eu"],
    mailboxes=700,
    hq="Kassel, Germany (Leipziger Straße 214, 34123 Kassel)",
    ust=B.de_ust("28419367"),
    iban_hq=B.de("52040021", "0624417800"),   # Commerzbank Kassel
)

OFFICES = {
    "DE": "Kassel (HQ + plant)", "IT": "Verona", "PL": "Poznań", "ES": "Zaragoza",
    "GR": "Thessaloniki", "UK": "Leeds", "RU": "Saint Petersburg",
}

# (display name, address, office, role)
STAFF = [
    ("Dr. Matthias Schröder", "matthias.schroeder@example.com", "DE", "CEO (Geschäftsführer)"),
    ("Katrin Weiß", "katrin.weiss@example.com", "DE", "CFO"),
    ("Jürgen Köhler", "juergen.koehler@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    ("Anja Brückner", "anja.brueckner@example.com", "DE", "HR and payroll"),
    ("Florian Becker", "florian.becker@example.com", "DE", "Head of IT"),
    ("Tobias Kranz", "tobias.kranz@example.com", "DE", "IT security and mail administrator"),
    ("Melanie Vogt", "melanie.vogt@example.com", "DE", "Assistant to the CEO"),
    ("Dennis Yilmaz", "dennis.yilmaz@example.com", "DE", "Procurement (Einkauf)"),
    ("Sandra Kühn", "sandra.kuehn@example.com", "DE", "Sales, key accounts"),
    ("Uwe Löffler", "uwe.loeffler@example.com", "DE", "Manager, Kassel plant"),
    ("Sabine Hoffmann", "sabine.hoffmann@example.com", "DE", "Accountant, Kassel (Finanzbuchhaltung)"),
    ("Marcel Brandt", "marcel.brandt@example.com", "DE", "Dispatch / route planning, Kassel"),
    ("Nadine Schulz", "nadine.schulz@example.com", "DE", "Customer service, Kassel"),
    ("Lorenzo Galli", "lorenzo.galli@example.com", "IT", "Office manager, Verona"),
    ("Francesca Rinaldi", "francesca.rinaldi@examplegroup.eu", "IT", "Accountant, Verona"),
    ("Łukasz Wiśniewski", "lukasz.wisniewski@example.com", "PL", "Office manager, Poznań"),
    ("Małgorzata Dąbrowska", "malgorzata.dabrowska@example.com", "PL", "Accountant, Poznań"),
    ("Piotr Kaczmarek", "piotr.kaczmarek@example.com", "PL", "Customer service / dispatch, Poznań"),
    ("Javier Muñoz", "javier.munoz@example.com", "ES", "Office manager, Zaragoza"),
    ("Lucía Fernández", "lucia.fernandez@examplegroup.eu", "ES", "Accountant and payroll, Zaragoza"),
    ("Γιώργος Παπαδόπουλος", "giorgos.papadopoulos@example.com", "GR", "Office manager, Thessaloniki"),
    ("Ελένη Κωνσταντίνου", "eleni.konstantinou@example.com", "GR", "Accountant, Thessaloniki"),
    ("James Whitaker", "james.whitaker@example.com", "UK", "Office manager, Leeds"),
    ("Priya Shah", "priya.shah@example.com", "UK", "Accountant, Leeds"),
    ("Андрей Соколов", "andrey.sokolov@examplegroup.eu", "RU", "Office manager, Saint Petersburg"),
    ("Ольга Морозова", "olga.morozova@example.com", "RU", "Accountant, Saint Petersburg"),
]
_BY = {a.split("@")[0]: (n, a) for n, a, _, _ in STAFF}


def S(local):
    """('Display Name', 'address') of a staff member by local part."""
    return _BY[local]


# --------------------------------------------------------------- correspondents
CORR = [
    # org, country, relation, contacts [(name, address)], mail system
    ("Lieferant GmbH (Bielefeld)", "DE", "Supplier of flat linen, towels and workwear",
     [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
      ("Buchhaltung", "rechnungen@lieferant-gmbh.de")], "Microsoft 365 (Exchange Online)"),
    ("Ferretti Trasporti S.p.A. (Verona)", "IT", "Road carrier (linen trunking Verona-Garda-Milano)",
     [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("", "amministrazione@ferretti-trasporti.it")],
     "Aruba hosted mail, Outlook desktop"),
    ("Partner Logistik sp. z o.o. (Poznań)", "PL", "Logistics partner (cross-dock, hospital routes)",
     [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("", "ksiegowosc@partner-logistik.pl")],
     "home.pl hosted mail, Outlook desktop"),
    ("Kleen-Chem Waschmittel GmbH (Krefeld)", "DE", "Supplier of detergents and dosing systems",
     [("Ralf Otto", "r.otto@kleenchem.de"), ("Buchhaltung", "buchhaltung@kleenchem.de")], "Strato; invoices from the ERP (Sage 100) mailer"),
    ("Parkhotel Wilhelmshöhe GmbH (Kassel)", "DE", "Customer (hotel, 210 rooms)",
     [("Claudia Reuter", "c.reuter@parkhotel-wilhelmshoehe.de")], "IONOS, Thunderbird"),
    ("Hartmann & Partner Steuerberatungsgesellschaft mbB (Kassel)", "DE", "External payroll bureau / tax adviser",
     [("Birgit Sommer", "b.sommer@hartmann-partner-stb.de")], "Microsoft 365"),
    ("Hotel Bellavista Garda S.r.l. (Bardolino)", "IT", "Customer (lake hotel)",
     [("Paolo Benedetti", "direzione@hotelbellavistagarda.it")], "Aruba, old Thunderbird (ISO-8859-15)"),
    ("Tecnolav S.r.l. (Brescia)", "IT", "Service partner for tunnel washers and ironers",
     [("Ufficio assistenza", "assistenza@tecnolav.it"), ("Marco Pezzotti", "m.pezzotti@tecnolav.it")], "Google Workspace"),
    ("Hotel Nad Wartą (Poznań)", "PL", "Customer (hotel)", [("Recepcja (Anna Kubiak)", "recepcja@hotelnadwarta.pl")], "home.pl, Roundcube"),
    ("Transportes Ebro Logística S.L. (Zaragoza)", "ES", "Road carrier (Aragón/Valencia routes)",
     [("Administración", "administracion@transportesebro.es"), ("Raúl Gil", "r.gil@transportesebro.es")], "Microsoft 365; invoices from a3ERP"),
    ("Hoteles Costa Azahar S.L. (Castellón)", "ES", "Customer (hotel chain, 4 hotels)",
     [("Marta Ibáñez", "m.ibanez@hotelescostaazahar.es")], "Google Workspace"),
    ("Ξενοδοχεία Αιγαίον Α.Ε. / Aegeon Hotels (Chalkidiki)", "GR", "Customer (resort hotels)",
     [("Νίκος Δημητρίου", "n.dimitriou@aegeonhotels.gr")], "Microsoft 365"),
    ("Μεταφορική Βορείου Ελλάδος (Thessaloniki)", "GR", "Small road carrier (owner-run)",
     [("Κώστας Αθανασίου", "metaforiki.ve@otenet.gr")], "otenet.gr (Cosmote) mailbox, Outlook desktop"),
    ("Λογιστικό Γραφείο Νικολαΐδη (Thessaloniki)", "GR", "External accountant (myDATA filings)",
     [("Σοφία Νικολαΐδου", "s.nikolaidou@nikolaidis-logistiki.gr")], "own Plesk server, Roundcube"),
    ("ООО «ТекстильПром» (Иваново)", "RU", "Textile supplier (bed linen, towels)",
     [("Ирина Волкова", "i.volkova@textilprom37.ru"), ("Бухгалтерия", "buh@textilprom37.ru")], "Yandex 360 for business, The Bat!"),
    ("Гостиница «Невский берег» (Saint Petersburg)", "RU", "Customer (small hotel)",
     [("Марина Ковалёва", "nevskiy.bereg@yandex.ru")], "yandex.ru consumer mailbox, The Bat! (KOI8-R)"),
    ("The Yorkshire Grand Hotel Ltd (Harrogate)", "UK", "Customer (hotel and spa)",
     [("Emma Clarke", "e.clarke@yorkshiregrand.co.uk"), ("Daniel Hughes", "d.hughes@yorkshiregrand.co.uk"), ("Accounts", "accounts@yorkshiregrand.co.uk")], "Microsoft 365"),
    ("Bar Casa Pepe / Hostelería Predicadores S.L. (Zaragoza)", "ES", "Small customer (bar-restaurant)", [("Pepe", "barcasapepe.zgz@hotmail.com")], "hotmail.com (Outlook.com)"),
    ("Fachverband Textilservice e.V. (Frankfurt)", "DE", "Trade association newsletter (subscribed)", [("", "newsletter@fachverband-textilservice.de")], "Mailchimp"),
    ("AELI - Asociación Española de Lavanderías Industriales (Madrid)", "ES", "Trade association bulletin (subscribed)", [("", "boletin@aeli-lavanderias.es")], "Brevo"),
    ("Couriers: DPD Polska, ACS Courier", "PL/GR", "Delivery notifications for spare-part parcels", [("DPD Polska", "powiadomienia@dpd.com.pl"), ("ACS Courier", "noreply@acscourier.net")], "carriers' own systems"),
]

# Bank details used in several messages (all IBANs mod-97 valid, national checks where defined)
BANK = dict(
    lieferant_old=B.de("48050161", "0067234510"),    # Sparkasse Bielefeld
    lieferant_new=B.de("48040035", "0412298800"),    # Commerzbank Bielefeld
    lieferant_fake=B.lt("32500", "38811730442"),     # Revolut (LT) mule
    kleenchem=B.de("32070080", "0331740900"),        # Deutsche Bank Krefeld
    ferretti=B.it("05034", "11701", "000000031744"),  # Banco BPM Verona
    ferretti_fake=B.es("1583", "0001", "7090317442"),  # Revolut ES branch, mule
    partner_logistik=B.pl("114", "0200", "4000350212341001"),  # mBank
    partner_fake=B.pl("109", "0101", "4000071219812874"),      # Santander, mule
    metaforiki=B.gr("011", "0226", "0000022600418832"),        # NBG
    metaforiki_fake=B.gr("026", "0028", "0000380200911455"),   # Eurobank, mule
    textilprom_bik="042406608",                                  # Ivanovo branch of a large bank (illustrative)
    ebro=B.es("2085", "0103", "0330125641"),                    # Ibercaja
    register_scam=B.pt("0033", "0000", "45638812905"),           # Portuguese account used by the "register"
    payroll_fake=B.de("10011001", "2615489077"),                 # N26
    payroll_fake_es=B.es("1465", "0100", "9117384520"),          # ING España
    paypal_uk=None,
    wise_be=B.be("967", "3845102"),
    mule_ie=B.ie("REVO", "990132", "81046271"),
)
