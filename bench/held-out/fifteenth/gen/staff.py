"""Example Group staff directory used throughout the test set."""

STAFF = [
    # key, name, address, office, role
    ("brandt", "Thomas Brandt", "t.brandt@example.com", "Nürnberg (DE, HQ)", "Chief Executive Officer"),
    ("koehler", "Sabine Köhler", "s.koehler@example.com", "Nürnberg (DE, HQ)", "Chief Financial Officer"),
    ("weber", "Markus Weber", "m.weber@example.com", "Nürnberg (DE, HQ)", "Head of IT"),
    ("hoffmann", "Julia Hoffmann", "j.hoffmann@example.com", "Nürnberg (DE, HQ)", "Accounts Payable (Kreditorenbuchhaltung)"),
    ("schneider", "Lukas Schneider", "l.schneider@example.com", "Nürnberg (DE, HQ)", "Purchasing (Einkauf)"),
    ("richter", "Anja Richter", "a.richter@example.com", "Nürnberg (DE, HQ)", "HR Manager / Payroll"),
    ("bianchi", "Giulia Bianchi", "g.bianchi@examplegroup.eu", "Verona (IT)", "Country Manager Italia"),
    ("esposito", "Marco Esposito", "m.esposito@examplegroup.eu", "Verona (IT)", "Logistics Coordinator"),
    ("romano", "Francesca Romano", "f.romano@examplegroup.eu", "Verona (IT)", "Amministrazione / Accounting"),
    ("nowak", "Katarzyna Nowak", "k.nowak@examplegroup.eu", "Poznań (PL)", "Finance Specialist (Księgowość)"),
    ("wisniewski", "Piotr Wiśniewski", "p.wisniewski@examplegroup.eu", "Poznań (PL)", "Warehouse Manager"),
    ("kowalczyk", "Agnieszka Kowalczyk", "a.kowalczyk@examplegroup.eu", "Poznań (PL)", "HR Business Partner"),
    ("papadopoulos", "Dimitrios Papadopoulos", "d.papadopoulos@examplegroup.eu", "Thessaloniki (GR)", "Sales Manager Greece"),
    ("georgiou", "Eleni Georgiou", "e.georgiou@examplegroup.eu", "Thessaloniki (GR)", "Office & Accounting"),
    ("karagiannis", "Nikos Karagiannis", "n.karagiannis@examplegroup.eu", "Thessaloniki (GR)", "IT Support"),
    ("martinez", "Javier Martínez", "j.martinez@examplegroup.eu", "Valencia (ES)", "Country Manager España"),
    ("fernandez", "Lucía Fernández", "l.fernandez@examplegroup.eu", "Valencia (ES)", "Contabilidad / Accounting"),
    ("ruiz", "Carmen Ruiz", "c.ruiz@examplegroup.eu", "Valencia (ES)", "Customer Service & HR Admin"),
    ("whitfield", "James Whitfield", "j.whitfield@example.com", "Manchester (UK)", "Managing Director UK"),
    ("clarke", "Emma Clarke", "e.clarke@example.com", "Manchester (UK)", "Finance Controller UK"),
    ("bennett", "Oliver Bennett", "o.bennett@example.com", "Manchester (UK)", "Sales Manager UK"),
    ("shah", "Priya Shah", "p.shah@example.com", "Manchester (UK)", "HR & Recruitment"),
    ("smirnov", "Алексей Смирнов (Aleksey Smirnov)", "a.smirnov@examplegroup.eu", "St Petersburg (RU)", "General Director (Генеральный директор)"),
    ("kuznetsova", "Ольга Кузнецова (Olga Kuznetsova)", "o.kuznetsova@examplegroup.eu", "St Petersburg (RU)", "Chief Accountant (Главный бухгалтер)"),
    ("volkov", "Дмитрий Волков (Dmitry Volkov)", "d.volkov@examplegroup.eu", "St Petersburg (RU)", "IT Administrator"),
    ("sokolova", "Ирина Соколова (Irina Sokolova)", "i.sokolova@examplegroup.eu", "St Petersburg (RU)", "Office Manager & HR"),
]

SHARED = [
    ("buchhaltung@example.com", "Nürnberg (DE)", "Shared mailbox, accounts payable Germany"),
    ("accounts.payable@example.com", "Manchester (UK)", "Shared mailbox, accounts payable UK"),
    ("info@example.com", "Nürnberg (DE)", "Shared mailbox, general enquiries"),
    ("it-servicedesk@example.com", "Nürnberg (DE)", "Shared mailbox, group IT service desk (sender of IT notices)"),
    ("alle-nbg@example.com", "Nürnberg (DE)", "Distribution list, all Nürnberg staff"),
    ("allstaff@example.com", "Group", "Distribution list, all staff (700 mailboxes)"),
    ("verona@examplegroup.eu", "Verona (IT)", "Distribution list, Verona office"),
    ("poznan@examplegroup.eu", "Poznań (PL)", "Distribution list, Poznań office"),
    ("thessaloniki@examplegroup.eu", "Thessaloniki (GR)", "Distribution list, Thessaloniki office"),
    ("spb-all@examplegroup.eu", "St Petersburg (RU)", "Distribution list, St Petersburg office"),
]

CORRESPONDENTS = [
    ("Stefan Maier", "s.maier@lieferant-gmbh.de", "Lieferant GmbH (DE supplier)", "Vertriebsinnendienst / sales"),
    ("Petra Lang", "p.lang@lieferant-gmbh.de", "Lieferant GmbH (DE supplier)", "Buchhaltung / accounting"),
    ("(system)", "rechnungen@lieferant-gmbh.de", "Lieferant GmbH (DE supplier)", "invoice dispatch"),
    ("Chiara Colombo", "c.colombo@ferretti-trasporti.it", "Ferretti Trasporti S.r.l. (IT haulier)", "Amministrazione / credit control"),
    ("(shared)", "amministrazione@ferretti-trasporti.it", "Ferretti Trasporti S.r.l. (IT haulier)", "accounts"),
    ("Tomasz Zieliński", "t.zielinski@partner-logistik.pl", "Partner Logistik Sp. z o.o. (PL logistics)", "Key account manager"),
    ("Magdalena Wójcik", "ksiegowosc@partner-logistik.pl", "Partner Logistik Sp. z o.o. (PL logistics)", "Księgowość / accounting"),
]

_BY = {k: (n.split(" (")[0], a) for k, n, a, o, r in STAFF}


def S(key):
    """(display name, address) for a staff key."""
    return _BY[key]
