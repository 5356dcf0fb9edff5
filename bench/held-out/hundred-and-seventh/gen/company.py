"""Example Group: staff, offices, correspondents, bank details (computed)."""
import lib_checks as C

COMPANY = dict(
    name="Example Group",
    domains=["example.com", "examplegroup.eu"],
    trade="Rail freight operator: block trains and single wagonload, own wagon fleet (tank, hopper, "
          "flat and sliding-wall wagons), leased locomotives, terminals at Duisburg and Verona, "
          "track access booked with the infrastructure managers of DE, IT, PL, ES, GR",
    mailboxes=700,
)

OFFICES = {
    "DE": ("Duisburg", "Example Group GmbH, Hafenstrasse 21, 47119 Duisburg (HQ)"),
    "IT": ("Verona", "Example Group Italia S.r.l., Via Sommacampagna 61, 37137 Verona"),
    "PL": ("Warszawa", "Example Group Polska sp. z o.o., ul. Grzybowska 62, 00-844 Warszawa"),
    "ES": ("Zaragoza", "Example Group Iberia S.L., Plataforma Logistica PLAZA, Calle Osca 4, 50197 Zaragoza"),
    "GR": ("Thessaloniki", "Example Group Hellas A.E., 26is Oktovriou 54, 546 27 Thessaloniki"),
    "UK": ("London", "Example Group UK Ltd, 30 Crown Place, London EC2A 4ES"),
    "RU": ("Moscow", "OOO Example Group Rus, ul. Bakhrushina 32, 115054 Moscow"),
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Dr. Matthias Köhler", "matthias.koehler@example.com", "Duisburg", "CEO (Vorsitzender der Geschäftsführung)"),
    "cfo": ("Sabine Weiß", "sabine.weiss@example.com", "Duisburg", "CFO"),
    "ap": ("Jürgen Schäfer", "juergen.schaefer@example.com", "Duisburg", "Head of Accounts Payable (Kreditorenbuchhaltung)"),
    "ap2": ("Monika Brandt", "monika.brandt@example.com", "Duisburg", "Accounts Payable clerk"),
    "hr": ("Anja Müller", "anja.mueller@example.com", "Duisburg", "HR & Payroll"),
    "ithead": ("Thomas Bauer", "thomas.bauer@example.com", "Duisburg", "Head of IT"),
    "itsec": ("Lukas Hoffmann", "lukas.hoffmann@examplegroup.eu", "Duisburg", "IT Security & Mail Administrator"),
    "assist": ("Claudia Becker", "claudia.becker@example.com", "Duisburg", "Assistant to the CEO"),
    "proc": ("Frank Wagner", "frank.wagner@example.com", "Duisburg", "Head of Procurement"),
    "sales": ("Katrin Vogel", "katrin.vogel@examplegroup.eu", "Duisburg", "Sales Director"),
    "track": ("Dirk Schröder", "dirk.schroeder@example.com", "Duisburg", "Track Access & Timetabling"),
    "fleet": ("Birgit Krämer", "birgit.kraemer@example.com", "Duisburg", "Wagon Fleet Manager (ECM)"),
    "it_mgr": ("Giulia Ricci", "giulia.ricci@example.com", "Verona", "Office Manager Italy"),
    "it_acc": ("Marco Esposito", "marco.esposito@example.com", "Verona", "Accountant Italy"),
    "it_ops": ("Alessandro Conti", "alessandro.conti@examplegroup.eu", "Verona", "Operations & Terminal Coordinator Italy"),
    "pl_mgr": ("Krzysztof Wójcik", "krzysztof.wojcik@example.com", "Warszawa", "Office Manager Poland"),
    "pl_acc": ("Agnieszka Kowalczyk", "agnieszka.kowalczyk@example.com", "Warszawa", "Accountant Poland"),
    "pl_disp": ("Paweł Dąbrowski", "pawel.dabrowski@example.com", "Warszawa", "Dispatcher Poland"),
    "es_mgr": ("Javier Martín Ruiz", "javier.martin@example.com", "Zaragoza", "Office Manager Spain"),
    "es_acc": ("Lucía Fernández Gil", "lucia.fernandez@example.com", "Zaragoza", "Accountant Spain"),
    "gr_mgr": ("Nikolaos Papadopoulos", "nikolaos.papadopoulos@example.com", "Thessaloniki", "Office Manager Greece"),
    "gr_acc": ("Eleni Georgiou", "eleni.georgiou@example.com", "Thessaloniki", "Accountant Greece"),
    "uk_mgr": ("James Whitfield", "james.whitfield@example.com", "London", "Office Manager UK"),
    "uk_acc": ("Priya Sharma", "priya.sharma@example.com", "London", "Accountant UK (incl. UK payroll)"),
    "ru_mgr": ("Andrei Sokolov", "andrei.sokolov@example.com", "Moscow", "Office Manager Russia"),
    "ru_acc": ("Olga Kuznetsova", "olga.kuznetsova@example.com", "Moscow", "Accountant Russia"),
}

ROLE_MAILBOXES = {
    "rechnungseingang@example.com": "Central incoming-invoice mailbox (AP, Duisburg)",
    "bewerbung@example.com": "Job applications (HR)",
    "it-servicedesk@example.com": "IT service desk",
    "info@example.com": "General contact",
}


def s(key):
    """(name, address) of a staff member."""
    n, a, _, _ = STAFF[key]
    return (n, a)


# ---------------------------------------------------------------------------
# Bank details (all IBANs computed with valid check digits)
# ---------------------------------------------------------------------------
BANK = dict(
    # Example Group GmbH own account, Sparkasse Duisburg
    own_de=C.iban_de("35050000", "200471185"),
    # Lieferant GmbH: old account Kasseler Sparkasse, new (genuine) Commerzbank Kassel
    lief_old=C.iban_de("52050353", "10382271"),
    lief_new=C.iban_de("52040021", "32211840"),
    # attacker's "new" Lieferant account: Lithuanian EMI
    lief_fake=C.iban_lt("32500", "2817740316"),
    # CEO-fraud "Notaranderkonto" (attacker mule) Commerzbank Frankfurt
    ceo_fake=C.iban_de("50040000", "64211907"),
    # fake register invoice (DE)
    reg_fake=C.iban_de("10010010", "98221746"),
    # Ferretti genuine (Banco BPM) and fake (other bank)
    ferr=C.iban_it("05034", "11701", "000000031842"),
    ferr_fake=C.iban_it("03268", "22300", "052879412570"),
    # Partner Logistik genuine (mBank), fake (other bank)
    pl_partner=C.iban_pl("1140200", "0040000312045781"),
    pl_partner_fake=C.iban_pl("1090272", "0000000149882631"),
    pl_reg_fake=C.iban_pl("1240106", "1111001098227641"),
    # Ebro: genuine Ibercaja, fake Santander
    ebro=C.iban_es("2085", "0103", "0330184472"),
    ebro_fake=C.iban_es("0049", "1500", "0528174936"),
    # Aegean Terminal: genuine Piraeus Bank, fake Eurobank
    aegean=C.iban_gr("017", "0221", "0000022104471288"),
    aegean_fake=C.iban_gr("026", "0048", "0000450200918374"),
    # Greek CEO fraud: Cyprus
    gr_ceo_fake=C.iban_cy("002", "00195", "0000357012245618"),
    # UK payroll: genuine and fraudulent sort code / account (no UK modulus check claimed)
    uk_fake=("04-00-75", "41822690"),
)

# Russia: BIK + correspondent account + settlement account with valid control keys
RU = dict(
    tvs=dict(bank="ПАО Сбербанк", bik="044525225",
             corr=C.ru_account("044525225", "30101810400000000225", corr=True),
             acc=C.ru_account("044525225", "40702810038000113472"),
             inn=C.ru_inn10("772419053"), kpp="772401001"),
    tvs_fake=dict(bank="АО «ТБанк»", bik="044525974",
                  corr=C.ru_account("044525974", "30101810145250000974", corr=True),
                  acc=C.ru_account("044525974", "40702810010001694417"),
                  inn=C.ru_inn10("772419053"), kpp="772401001"),
    own=dict(bank="АО «Райффайзенбанк»", bik="044525700",
             corr=C.ru_account("044525700", "30101810200000000700", corr=True),
             acc=C.ru_account("044525700", "40702810400000091518"),
             inn=C.ru_inn10("770582314"), kpp="770501001"),
)

TAX = dict(
    own_de=C.de_ustid("81436652"),
    lief=C.de_ustid("11927305"),
    ferretti=C.it_piva("0274815016"),
    ferretti_fake=C.it_piva("0274815016"),
    own_it=C.it_piva("0431172023"),
    omb=C.it_piva("0368119016"),
    partner_nip=C.pl_nip("525264711"),
    own_pl_nip=C.pl_nip("527282931"),
    kruszywa_nip=C.pl_nip("118201534"),
    ebro=C.es_cif("B", "5012873"),
    own_es=C.es_cif("B", "9938147"),
    aegean=C.gr_afm("09984713"),
    own_gr=C.gr_afm("80104827"),
)

BTC = dict(
    extort_en=C.bech32_p2wpkh(C.seeded_bytes("audit108-extortion-en", 20)),
    extort_ru=C.base58check(0, C.seeded_bytes("audit108-extortion-ru", 20)),
)

CORRESPONDENTS = [
    # (org, country, person, address, role)
    ("Lieferant GmbH", "DE", "Stefan Maier", "s.maier@lieferant-gmbh.de", "Supplier of brake blocks, wheelsets and wagon spare parts (Kassel) – key account"),
    ("Lieferant GmbH", "DE", "Petra Lang", "p.lang@lieferant-gmbh.de", "Supplier – receivables / dunning"),
    ("Lieferant GmbH", "DE", "Buchhaltung", "rechnungen@lieferant-gmbh.de", "Supplier – invoicing mailbox"),
    ("Ferretti Trasporti S.p.A.", "IT", "Chiara Colombo", "c.colombo@ferretti-trasporti.it", "Road carrier (first/last mile Verona) – traffic office"),
    ("Ferretti Trasporti S.p.A.", "IT", "Amministrazione", "amministrazione@ferretti-trasporti.it", "Road carrier – accounts"),
    ("Partner Logistik sp. z o.o.", "PL", "Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "Logistics partner, transshipment Małaszewicze – managing director"),
    ("Partner Logistik sp. z o.o.", "PL", "Księgowość", "ksiegowosc@partner-logistik.pl", "Logistics partner – accounts"),
    ("Nordchemie AG", "DE", "Dr. Heike Brandes", "heike.brandes@nordchemie-ag.de", "Customer (chemicals, tank-wagon block trains Marl–Verona)"),
    ("Brightwell Aggregates Ltd", "UK", "Mark Davies", "mark.davies@brightwell-aggregates.co.uk", "Customer (aggregates, UK) – logistics manager"),
    ("Hargreaves Lyle LLP", "UK", "Eleanor Price", "eprice@hargreaveslyle.co.uk", "Solicitors of the UK office (property / lease)"),
    ("Officine Meccaniche Bergamasche S.r.l.", "IT", "Roberto Galli", "r.galli@omb-bergamo.it", "Wagon repair workshop (ECM maintenance supplier)"),
    ("Autotrasporti Rossi di Luca Rossi", "IT", "Luca Rossi", "autotrasportirossi@libero.it", "Small haulier, container pick-up Verona (consumer mail)"),
    ("Cartiere Alto Garda S.p.A.", "IT", "Paolo Bertoldi", "p.bertoldi@cartierealtogarda.it", "Customer (paper mill, pulp by rail Duisburg–Verona)"),
    ("Kruszywa Mazowsze sp. z o.o.", "PL", "Anna Nowak", "anna.nowak@kruszywa-mazowsze.pl", "Customer (aggregates, PL)"),
    ("—", "PL", "Jan Kamiński", "jan.kaminski78@wp.pl", "Freelance shunting/dispatch subcontractor (consumer mail)"),
    ("Transportes Ebro Intermodal S.L.", "ES", "María José Navarro", "mj.navarro@ebrointermodal.es", "Road/terminal partner Zaragoza – traffic"),
    ("Transportes Ebro Intermodal S.L.", "ES", "Administración", "administracion@ebrointermodal.es", "Road/terminal partner – accounts"),
    ("Cerámicas del Moncayo S.A.", "ES", "Pablo Ortega", "p.ortega@ceramicasmoncayo.es", "Customer (ceramic tiles, ES)"),
    ("Clúster Ferroviario de Aragón", "ES", "Boletín", "boletin@clusterferroviarioaragon.es", "Industry association newsletter (Mailchimp)"),
    ("Aegean Terminal Services S.A.", "GR", "Γιώργος Αντωνίου (Giorgos Antoniou)", "g.antoniou@aegean-terminals.gr", "Terminal operator Thessaloniki"),
    ("Aegean Terminal Services S.A.", "GR", "Λογιστήριο", "accounting@aegean-terminals.gr", "Terminal operator – accounts"),
    ("Χαλυβουργική Βορείου Ελλάδος Α.Ε.", "GR", "Μαρία Οικονόμου (Maria Oikonomou)", "m.oikonomou@halyvourgiki-be.gr", "Customer (steel), procurement"),
    ("—", "GR", "Δημήτρης Καραγιάννης (Dimitris Karagiannis)", "dkaragiannis@otenet.gr", "Customs broker (consumer mail)"),
    ("ООО «ТрансВагонСервис»", "RU", "Ирина Смирнова (Irina Smirnova)", "i.smirnova@tvservice.ru", "Wagon repair & services"),
    ("ООО «ТрансВагонСервис»", "RU", "Бухгалтерия", "buh@tvservice.ru", "Wagon services – accounts"),
    ("—", "RU", "Сергей Волков (Sergei Volkov)", "s.volkov.broker@yandex.ru", "Customs representative (consumer mail)"),
    ("Verband Schienengüterverkehr e.V.", "DE", "Newsletter", "newsletter@vsgv.de", "Rail freight association newsletter (Brevo)"),
    ("RailFreight Weekly", "UK", "Newsletter", "news@railfreight-weekly.com", "Trade newsletter (SendGrid)"),
]

if __name__ == "__main__":
    for k, v in BANK.items():
        if isinstance(v, str):
            assert C.iban_valid(v), k
            print(k, C.iban_fmt(v))
    for k, v in RU.items():
        assert C.ru_account_valid(v["bik"], v["acc"]) and C.ru_account_valid(v["bik"], v["corr"], True)
        print(k, v["bik"], v["corr"], v["acc"], v["inn"])
    print(TAX, BTC)
    assert C.bech32_verify(BTC["extort_en"]) and C.base58check_verify(BTC["extort_ru"])
