"""Example Group: offices, staff and the outside correspondents."""
import ids

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group Holding GmbH",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": 700,
    "trade": "private clinics, imaging (MRI/CT) and laboratory diagnostic centres",
    "hq": "Düsseldorf, Germany",
}

OFFICES = {
    "DE": ("Düsseldorf (HQ)", "Example Group Holding GmbH, Kaistraße 18, 40221 Düsseldorf"),
    "IT": ("Milano", "Example Group Italia S.r.l., Via Giovanni Durando 38, 20158 Milano"),
    "PL": ("Kraków", "Example Group Polska sp. z o.o., ul. Lea 114, 30-133 Kraków"),
    "ES": ("Valencia", "Example Group Ibérica S.L., Avda. de Aragón 30, 46021 Valencia"),
    "GR": ("Thessaloniki", "Example Group Hellas M.A.E., Λεωφ. Γεωργικής Σχολής 65, 57001 Θεσσαλονίκη"),
    "UK": ("Manchester", "Example Group UK Ltd, 3 Hardman Street, Manchester M3 3HF"),
    "RU": ("Saint Petersburg", "ООО «Экзампл Груп Рус», Лиговский пр., 50, 191040 Санкт-Петербург"),
}

# key -> (display name, address, office, role, native spelling or None)
STAFF = {}


def _s(key, name, addr, office, role, native=None):
    STAFF[key] = dict(name=name, addr=addr, office=office, role=role, native=native)


_s("ceo", "Dr. Matthias Brandt", "matthias.brandt@example.com", "DE", "Chief Executive Officer (CEO)")
_s("cfo", "Sabine Köhler", "sabine.koehler@example.com", "DE", "Chief Financial Officer (CFO)")
_s("ap_head", "Jörg Weißmann", "joerg.weissmann@example.com", "DE", "Head of Accounting / Accounts Payable")
_s("ap", "Anja Müller", "anja.mueller@example.com", "DE", "Accounts Payable clerk")
_s("hr", "Claudia Schröder", "claudia.schroeder@example.com", "DE", "Head of HR & Payroll")
_s("payroll", "Nina Albrecht", "nina.albrecht@example.com", "DE", "Payroll specialist")
_s("it_head", "Thomas Becker", "thomas.becker@example.com", "DE", "Head of IT")
_s("itsec", "Lukas Hartmann", "lukas.hartmann@examplegroup.eu", "DE", "IT Security & Mail Administrator")
_s("helpdesk", "Ömer Yılmaz", "oemer.yilmaz@example.com", "DE", "IT Service Desk")
_s("assist", "Julia Neumann", "julia.neumann@example.com", "DE", "Executive Assistant to the CEO")
_s("proc", "Markus Vogel", "markus.vogel@example.com", "DE", "Head of Procurement")
_s("sales", "Stefanie Krüger", "stefanie.krueger@example.com", "DE", "Sales & Corporate Health Programmes")
_s("med", "Dr. Ralf Zimmermann", "ralf.zimmermann@examplegroup.eu", "DE", "Medical Director Diagnostics")
_s("it_mgr", "Francesca Galli", "francesca.galli@example.com", "IT", "Office Manager Milano")
_s("it_acc", "Luca Esposito", "luca.esposito@example.com", "IT", "Accountant Milano")
_s("pl_mgr", "Katarzyna Wójcik", "katarzyna.wojcik@example.com", "PL", "Office Manager Kraków")
_s("pl_acc", "Paweł Łukasik", "pawel.lukasik@example.com", "PL", "Accountant Kraków")
_s("pl_it", "Michał Nowak", "michal.nowak@example.com", "PL", "IT Support Kraków")
_s("es_mgr", "Elena Martínez Ruiz", "elena.martinez@example.com", "ES", "Office Manager Valencia")
_s("es_acc", "Sergio Fernández", "sergio.fernandez@example.com", "ES", "Accountant Valencia")
_s("gr_mgr", "Maria Georgiou", "maria.georgiou@examplegroup.eu", "GR", "Office Manager Thessaloniki", "Μαρία Γεωργίου")
_s("gr_acc", "Dimitris Konstantinou", "dimitris.konstantinou@example.com", "GR", "Accountant Thessaloniki",
   "Δημήτρης Κωνσταντίνου")
_s("uk_mgr", "Rebecca Holt", "rebecca.holt@example.com", "UK", "Office Manager Manchester")
_s("uk_acc", "Daniel Okafor", "daniel.okafor@example.com", "UK", "Accountant Manchester")
_s("ru_mgr", "Anna Sokolova", "anna.sokolova@example.com", "RU", "Office Manager Saint Petersburg", "Анна Соколова")
_s("ru_acc", "Igor Morozov", "igor.morozov@example.com", "RU", "Accountant Saint Petersburg", "Игорь Морозов")


def S(key):
    return STAFF[key]


# ------------------------------------------------------------------ correspondents
# Bank data of genuine partners (valid check digits).
LIEFERANT_IBAN_OLD = ids.iban_de("30060601", "4718293006")   # apoBank-like BLZ, Düsseldorf
LIEFERANT_IBAN_NEW = ids.iban_de("30050000", "0001472583")
LIEFERANT_USTID = ids.ustid_de("81234567")
FERRETTI_IBAN = ids.iban_it("05034", "11701", "000000012847")
FERRETTI_PIVA = ids.piva_it("0284519015")
PARTNER_NIP = ids.nip_pl("677234518")
PARTNER_IBAN_OLD = ids.iban_pl("1050146", "1000009122334455")
PARTNER_IBAN_NEW = ids.iban_pl("1240463", "1111001098765432")
SUMED_CIF = ids.cif_es("B", "9684213")
SUMED_IBAN = ids.iban_es("2100", "4321", "0200123456")
PAPADOPOULOS_AFM = ids.afm_gr("09481726")
PAPADOPOULOS_IBAN = ids.iban_gr("017", "0225", "0005022084519271")
MTS_INN = ids.inn10("781024563")
MTS_KPP = "781001001"
MTS_BIK = "044030653"
MTS_KS = ids.ru_account(MTS_BIK, "30101810500000000653", correspondent=True)
MTS_RS = ids.ru_account(MTS_BIK, "40702810X55000012345")
ASHWORTH_IBAN = ids.iban_gb("BARC", "200415", "73918264")
NORTHERN_VAT = ids.vat_gb("2847193")

CORRESPONDENTS = [
    # (organisation, country, name, address, relation)
    ("Lieferant GmbH", "DE", "Stefan Maier", "s.maier@lieferant-gmbh.de",
     "Supplier of medical consumables, lab reagents and contrast media – key account manager"),
    ("Lieferant GmbH", "DE", "Petra Lang", "p.lang@lieferant-gmbh.de", "Supplier – customer service / order desk"),
    ("Lieferant GmbH", "DE", "Buchhaltung", "rechnungen@lieferant-gmbh.de", "Supplier – invoicing (ERP)"),
    ("Ferretti Trasporti S.p.A.", "IT", "Chiara Colombo", "c.colombo@ferretti-trasporti.it",
     "Road carrier (temperature-controlled sample and reagent transport) – dispatcher"),
    ("Ferretti Trasporti S.p.A.", "IT", "Amministrazione", "amministrazione@ferretti-trasporti.it",
     "Road carrier – accounts"),
    ("Partner Logistik sp. z o.o.", "PL", "Tadeusz Zieliński", "t.zielinski@partner-logistik.pl",
     "Logistics partner (consumables warehouse Kraków) – managing director"),
    ("Partner Logistik sp. z o.o.", "PL", "Księgowość", "ksiegowosc@partner-logistik.pl", "Logistics partner – accounts"),
    ("Steriltechnik Weber GmbH", "DE", "Jürgen Weber", "j.weber@steriltechnik-weber.de",
     "Sterile goods reprocessing (AEMP) service for the Düsseldorf clinics"),
    ("Verband Privater Diagnostikzentren e.V.", "DE", "Newsletter", "newsletter@vpdz-ev.de",
     "Trade association newsletter (Brevo), subscribed by the Medical Director"),
    ("—", "DE", "Klaus Hoffmann", "k.hoffmann72@gmx.de", "(not used)"),
    ("Northern Imaging Services Ltd", "UK", "James Whitfield", "j.whitfield@northernimaging.co.uk",
     "MRI/CT maintenance contractor for the Manchester centre (Microsoft 365)"),
    ("Harbour Health Insurance plc", "UK", "Claims Settlement Team", "provider.claims@harbourhealth.co.uk",
     "Private health insurer, corporate customer (Mimecast)"),
    ("Ashworth & Pike LLP", "UK", "Eleanor Pike", "e.pike@ashworthpike.co.uk",
     "Solicitors acting for Example Group UK on the Manchester lease (Mimecast)"),
    ("Pennington Property Management", "UK", "Sarah Lomax", "s.lomax@penningtonpm.co.uk",
     "Landlord's agent, Manchester centre – sends DocuSign envelopes"),
    ("Diagnostica Lombarda S.r.l.", "IT", "Marco Bianchi", "m.bianchi@diagnosticalombarda.it",
     "Reagent and lab consumables supplier, Milano"),
    ("—", "IT", "Giulia Rinaldi", "giulia.rinaldi@libero.it", "Patient of the Milano centre"),
    ("MedLab Polska sp. z o.o.", "PL", "Agnieszka Dąbrowska", "a.dabrowska@medlab-polska.pl",
     "Reference laboratory partner, Kraków (Microsoft 365)"),
    ("Suministros Médicos Levante S.L.", "ES", "Javier Ortega", "facturacion@sumedlevante.es",
     "Medical consumables supplier, Valencia (Google Workspace)"),
    ("Transportes Navarro e Hijos S.L.", "ES", "Lucía Navarro", "trafico@transportesnavarro.es",
     "Regional carrier, Valencia"),
    ("Foro Sanidad Privada", "ES", "Boletín", "boletin@forosanidadprivada.es",
     "Private healthcare newsletter (SendGrid), subscribed by the Valencia office manager"),
    ("Ιατρικά Είδη Παπαδόπουλος Α.Ε.", "GR", "Νίκος Παπαδόπουλος", "n.papadopoulos@papadopoulos-medical.gr",
     "Medical supplies distributor, Thessaloniki"),
    ("—", "GR", "Γιώργος Αντωνίου", "g.antoniou@otenet.gr", "Patient of the Thessaloniki centre"),
    ("ООО «МедТехСнаб»", "RU", "Ольга Смирнова", "o.smirnova@medtechsnab.ru",
     "Medical equipment and consumables supplier, Saint Petersburg (Yandex 360)"),
    ("ООО «МедТехСнаб»", "RU", "Юридический отдел (Павел Егоров)", "p.egorov@medtechsnab.ru",
     "Supplier – legal department"),
]
CORRESPONDENTS = [c for c in CORRESPONDENTS if c[4] != "(not used)"]

PRIVATE = [
    # staff private addresses used in genuine mail
    ("Anja Müller", "anja.mueller77@gmx.de", "DE", "private address of AP clerk Anja Müller"),
    ("Roberto Ferri", "roberto.ferri.mi@gmail.com", "IT", "private address of a Milano receptionist"),
    ("Katarzyna Wójcik", "kasia.wojcik85@wp.pl", "PL", "private address of the Kraków office manager"),
    ("Lucía Gómez", "lucia.gomez.val@hotmail.es", "ES", "private address of a Valencia radiographer"),
    ("Анастасия Лебедева", "a.lebedeva.spb@yandex.ru", "RU", "private address of a St Petersburg lab assistant"),
    ("Harriet Cole", "harriet.cole.mcr@gmail.com", "UK", "(reserved)"),
]
PRIVATE = [p for p in PRIVATE if p[3] != "(reserved)"]

# Example Group's own registration numbers (valid check digits)
EG_DE_USTID = ids.ustid_de("31846257")
EG_IT_PIVA = ids.piva_it("1093847015")
EG_PL_NIP = ids.nip_pl("677245108")
EG_ES_CIF = ids.cif_es("B", "9872614")
EG_GR_AFM = ids.afm_gr("80124837")
EG_RU_INN = ids.inn10("784215603")
EG_RU_KPP = "784201001"
EG_UK_VAT = ids.vat_gb("3318847")
