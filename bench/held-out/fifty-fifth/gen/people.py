"""Example Group staff, correspondents, and the bank/tax identifiers they use."""
import unicodedata
import ids

_TRANS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ł": "l", "Ł": "L",
          "đ": "d"}


def translit(s):
    s = "".join(_TRANS.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


OFFICES = {
    "HQ": "Köln (HQ), Germany",
    "IT": "Milano, Italy",
    "PL": "Poznań, Poland",
    "ES": "Valencia, Spain",
    "GR": "Athens, Greece",
    "UK": "Birmingham, United Kingdom",
    "RU": "St Petersburg, Russia",
}

# (display name, native name or None, office, role, domain)
_STAFF = [
    ("Jürgen Köhler", None, "HQ", "CEO (Geschäftsführer)", "example.com"),
    ("Sabine Weiß", None, "HQ", "CFO", "example.com"),
    ("Monika Schröder", None, "HQ", "Accounts payable (Kreditorenbuchhaltung)", "example.com"),
    ("Thomas Brandt", None, "HQ", "Head of HR", "example.com"),
    ("Sophie Wagner", None, "HQ", "Payroll (Lohn- und Gehaltsabrechnung)", "example.com"),
    ("Andreas Vogel", None, "HQ", "Head of IT", "example.com"),
    ("Kerstin Ahrens", None, "HQ", "IT security / mail administrator", "example.com"),
    ("Laura Hoffmann", None, "HQ", "Assistant to the CEO", "example.com"),
    ("Markus Bäcker", None, "HQ", "Procurement (Einkauf)", "example.com"),
    ("Nina Grünewald", None, "HQ", "Sales / key accounts", "example.com"),
    ("Claudia Fuß", None, "HQ", "Office manager Köln", "example.com"),
    ("Tobias Renner", None, "HQ", "Operations manager (Objektleitung) Köln", "example.com"),
    ("Frank Lüdtke", None, "HQ", "Accountant Germany (Hauptbuchhaltung)", "example.com"),
    ("Francesca Romano", None, "IT", "Office manager Milano", "example.com"),
    ("Luca Bianchi", None, "IT", "Accountant Italy (contabilità)", "examplegroup.eu"),
    ("Małgorzata Wróbel", None, "PL", "Office manager Poznań", "example.com"),
    ("Paweł Kowalczyk", None, "PL", "Accountant Poland (księgowy)", "example.com"),
    ("Javier Martínez", None, "ES", "Office manager Valencia", "example.com"),
    ("Lucía Fernández", None, "ES", "Accountant Spain (contable)", "examplegroup.eu"),
    ("Dimitris Papadopoulos", "Δημήτρης Παπαδόπουλος", "GR", "Office manager Athens", "example.com"),
    ("Eleni Georgiou", "Ελένη Γεωργίου", "GR", "Accountant Greece (λογίστρια)", "example.com"),
    ("James Whitfield", None, "UK", "Office manager Birmingham", "example.com"),
    ("Priya Desai", None, "UK", "Accountant UK", "example.com"),
    ("Aleksei Smirnov", "Алексей Смирнов", "RU", "Office manager St Petersburg", "example.com"),
    ("Olga Kuznetsova", "Ольга Кузнецова", "RU", "Accountant Russia (главный бухгалтер)", "examplegroup.eu"),
]


class Person:
    def __init__(self, name, native, office, role, domain):
        self.name = name
        self.native = native
        self.office = office
        self.role = role
        first, last = name.split(" ", 1)
        self.email = "%s.%s@%s" % (translit(first).lower(), translit(last).lower().replace(" ", "-"), domain)

    @property
    def a(self):
        return (self.name, self.email)


STAFF = [Person(*p) for p in _STAFF]
P = {translit(p.name.split()[0]).lower(): p for p in STAFF}

CEO, CFO, AP, HR, PAY = P["juergen"], P["sabine"], P["monika"], P["thomas"], P["sophie"]
ITHEAD, SEC, ASSIST, PROC, SALES = P["andreas"], P["kerstin"], P["laura"], P["markus"], P["nina"]
OFFDE, OPS, ACCDE = P["claudia"], P["tobias"], P["frank"]
OFFIT, ACCIT, OFFPL, ACCPL = P["francesca"], P["luca"], P["malgorzata"], P["pawel"]
OFFES, ACCES, OFFGR, ACCGR = P["javier"], P["lucia"], P["dimitris"], P["eleni"]
OFFUK, ACCUK, OFFRU, ACCRU = P["james"], P["priya"], P["aleksei"], P["olga"]

# ----------------------------------------------------------------- company identifiers
EG_USTID = ids.de_ustid("81462935")
EG_IBAN = ids.iban_de("37050198", "1930456721")            # Sparkasse KölnBonn
EG_IT_PIVA = ids.it_piva("1093845015")
EG_PL_NIP = ids.pl_nip("778240351")

# ----------------------------------------------------------------- correspondents
# (org, country, role, [(name, email)], note)
LIEF = dict(org="Lieferant GmbH", country="DE",
            role="Supplier: cleaning chemicals, machines and consumables",
            maier=("Stefan Maier", "s.maier@lieferant-gmbh.de"),
            lang=("Petra Lang", "p.lang@lieferant-gmbh.de"),
            buha=("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"),
            ustid=ids.de_ustid("29384756"),
            iban_old=ids.iban_de("37040044", "0487215500"),       # Commerzbank Köln
            iban_new=ids.iban_de("37070060", "0215508800"),       # Deutsche Bank Köln
            mule=ids.iban_lt("32500", "00740318852"),            # attacker (EMI, LT)
            )
FERR = dict(org="Ferretti Trasporti S.p.A.", country="IT", role="Road carrier (equipment and consumables)",
            colombo=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
            amm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"),
            piva=ids.it_piva("0281634016"),
            iban=ids.iban_it("03069", "01626", "100000004471"),   # Intesa Sanpaolo
            mule=ids.iban_it("03268", "22300", "052878965430"),   # attacker: Banca Sella
            )
PLOG = dict(org="Partner Logistik sp. z o.o.", country="PL", role="Logistics partner (warehousing, deliveries)",
            zielinski=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"),
            ksieg=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"),
            nip=ids.pl_nip("781190284"),
            iban=ids.iban_pl("1090135", "0000000145227810"),      # Santander
            mule=ids.iban_pl("1140200", "0000330214776512"),      # attacker: mBank
            )

MINE = [
    dict(key="rhein", org="Rhein-Galerie Immobilien GmbH", country="DE",
         role="Customer: shopping centre owner, Köln (cleaning + security)",
         people=[("Dirk Feldmann", "d.feldmann@rheingalerie-immobilien.de")]),
    dict(key="brandl", org="Brandl Sicherheitstechnik KG", country="DE",
         role="Supplier: CCTV, access control, alarm maintenance",
         people=[("Florian Brandl", "f.brandl@brandl-sicherheit.de")]),
    dict(key="harb", org="Harbourside Properties Ltd", country="UK",
         role="Customer: office buildings, Birmingham (M365 tenant)",
         people=[("Rachel Morgan", "rachel.morgan@harbourside-properties.co.uk"),
                 ("Harbourside Accounts Payable", "ap@harbourside-properties.co.uk")]),
    dict(key="mps", org="Midlands Payroll Services Ltd", country="UK", role="Payroll bureau of the UK office",
         people=[("Karen Holt", "karen.holt@midlandspayroll.co.uk")]),
    dict(key="navigli", org="Immobiliare Navigli S.r.l.", country="IT", role="Customer: office buildings, Milano",
         people=[("Marco Galli", "m.galli@immobiliarenavigli.it")]),
    dict(key="bruno", org="Pulizie Bruno di Giuseppe Bruno", country="IT",
         role="Subcontractor (cleaning), consumer mail", people=[("Giuseppe Bruno", "pulizie.bruno@libero.it")]),
    dict(key="warta", org="Galeria Warta sp. z o.o.", country="PL", role="Customer: shopping centre, Poznań",
         people=[("Agnieszka Mazur", "a.mazur@galeriawarta.pl")]),
    dict(key="lech", org="Ochrona Lech Krzysztof Lewandowski", country="PL",
         role="Subcontractor (guarding), consumer mail",
         people=[("Krzysztof Lewandowski", "k.lewandowski.ochrona@wp.pl")]),
    dict(key="turia", org="Grupo Hotelero Turia S.L.", country="ES", role="Customer: hotels, Valencia",
         people=[("Marta Sánchez Gil", "msanchez@hotelesturia.es")]),
    dict(key="levante", org="Suministros Levante S.A.", country="ES",
         role="Supplier: workwear, consumables",
         people=[("Vicente Llorens", "vllorens@suministroslevante.es"),
                 ("Suministros Levante - Facturación", "facturacion@suministroslevante.es")]),
    dict(key="navarro", org="Asesoría Navarro", country="ES", role="Tax advisor (gestoría) of the Valencia office",
         people=[("Elena Navarro", "elena@asesorianavarro.es")]),
    dict(key="kbp", org="Kifisias Business Park Α.Ε.", country="GR", role="Customer: business park, Marousi",
         people=[("Νίκος Αντωνίου", "n.antoniou@kbp.gr")]),
    dict(key="karag", org="Γιώργος Καραγιάννης – Ηλεκτρομηχανολογικές εργασίες", country="GR",
         role="Subcontractor (electrical/HVAC), consumer mail",
         people=[("Γιώργος Καραγιάννης", "g.karagiannis@otenet.gr")]),
    dict(key="mavr", org="Λογιστικό Γραφείο Μαυρίδη", country="GR", role="External accountant of the Athens office",
         people=[("Σοφία Μαυρίδη", "s.mavridi@mavridis-logistiki.gr")]),
    dict(key="nevsky", org="ООО «Невская Недвижимость» (БЦ «Невский Плаза»)", country="RU",
         role="Customer: business centre, St Petersburg", people=[("Ирина Павлова", "i.pavlova@nevsky-plaza.ru")]),
    dict(key="volkov", org="ИП Волков С. А.", country="RU", role="Subcontractor (facade/window cleaning), consumer mail",
         people=[("Сергей Волков", "volkov.klining@yandex.ru")]),
]
C = {c["key"]: c for c in MINE}

# Bank data used by correspondents
KARAG_IBAN = ids.iban_gr("011", "0142", "00014248733902")          # NBG
KARAG_MULE = ids.iban_gr("026", "0318", "00001100457821")          # attacker: Eurobank
LEVANTE_IBAN = ids.iban_es("2100", "3741", "2200118735")          # CaixaBank
LEVANTE_MULE = ids.iban_es("0182", "5906", "0201543287")          # attacker: BBVA
LEVANTE_CIF = ids.es_cif("A", "4613257")
BRUNO_IBAN = ids.iban_it("05034", "01633", "000000008812")
LECH_IBAN = ids.iban_pl("1020404", "0000380203417755")            # PKO BP
MPS_VAT = ids.gb_vat("2846173")

# Russian requisites (valid BIK control keys)
VOLKOV = dict(inn="781405627319", bik="044030653", acct=ids.ru_account("044030653", "40802810155000011827"),
              corr=ids.ru_corr_account("044030653"), bank="Северо-Западный банк ПАО Сбербанк")
VOLKOV_MULE = dict(bik="044525974", acct=ids.ru_account("044525974", "40802810900001476254"),
                   corr="30101810145250000974", bank="АО «ТБанк»")
NEVSKY = dict(inn=ids.ru_inn10("784202917"), kpp="784201001")
EG_RU = dict(inn=ids.ru_inn10("780215493"), kpp="780201001", bik="044030790",
             acct=ids.ru_account("044030790", "40702810500000018233"), corr=ids.ru_corr_account("044030790"),
             bank="ПАО «Банк «Санкт-Петербург»")

BTC = ids.bech32_p2wpkh("sextortion-2026-uk")
