"""The fictional company, its staff and correspondents (shared by both halves)."""
from mimelib import iban, it_bban, es_bban, pl_bban, ru_account, fmt_iban

STAFF = [
    # key, full name, address, office, role
    ("brandt", "Dr. Katharina Brandt", "katharina.brandt@example.com", "München", "Managing Partner (Geschäftsführerin), StB/WP"),
    ("weber", "Thomas Weber", "thomas.weber@example.com", "München", "CFO"),
    ("schneider", "Markus Schneider", "markus.schneider@example.com", "München", "Partner, Steuerberater"),
    ("hoffmann", "Julia Hoffmann", "julia.hoffmann@example.com", "München", "Head of Payroll (Lohnbuchhaltung)"),
    ("krueger", "Sabine Krüger", "sabine.krueger@example.com", "München", "Treasury & Treuhandkonten (escrow)"),
    ("becker", "Anna Becker", "anna.becker@example.com", "München", "Finanzbuchhaltung / Kreditoren"),
    ("wagner", "Felix Wagner", "felix.wagner@example.com", "München", "IT-Administration"),
    ("fischer", "Lukas Fischer", "lukas.fischer@examplegroup.eu", "München", "Wirtschaftsprüfer, Audit Manager"),
    ("rossi", "Giulia Rossi", "giulia.rossi@example.com", "Milano", "Office Manager"),
    ("bianchi", "Marco Bianchi", "marco.bianchi@example.com", "Milano", "Consulente del lavoro (payroll)"),
    ("esposito", "Francesca Esposito", "francesca.esposito@examplegroup.eu", "Milano", "Dottore commercialista (tax)"),
    ("nowak", "Katarzyna Nowak", "katarzyna.nowak@example.com", "Warszawa", "Head of Office"),
    ("wisniewski", "Piotr Wiśniewski", "piotr.wisniewski@example.com", "Warszawa", "Główny księgowy (chief accountant)"),
    ("kowalczyk", "Agnieszka Kowalczyk", "agnieszka.kowalczyk@examplegroup.eu", "Warszawa", "Kadry i płace (payroll)"),
    ("martinez", "Javier Martínez", "javier.martinez@example.com", "Madrid", "Director de oficina"),
    ("fernandez", "Lucía Fernández", "lucia.fernandez@example.com", "Madrid", "Asesora fiscal (tax)"),
    ("ruiz", "Carmen Ruiz", "carmen.ruiz@examplegroup.eu", "Madrid", "Contabilidad y nóminas"),
    ("papadopoulos", "Nikolaos Papadopoulos", "nikolaos.papadopoulos@example.com", "Athens", "Head of Office"),
    ("georgiou", "Eleni Georgiou", "eleni.georgiou@example.com", "Athens", "Λογίστρια (accountant)"),
    ("konstantinou", "Dimitris Konstantinou", "dimitris.konstantinou@examplegroup.eu", "Athens", "Μισθοδοσία (payroll)"),
    ("whitfield", "James Whitfield", "james.whitfield@example.com", "London", "UK Partner"),
    ("carter", "Emily Carter", "emily.carter@example.com", "London", "Client Accounting Manager"),
    ("bennett", "Oliver Bennett", "oliver.bennett@examplegroup.eu", "London", "Audit Manager"),
    ("volkov", "Dmitry Volkov", "dmitry.volkov@example.com", "Moscow", "Head of Office"),
    ("smirnova", "Olga Smirnova", "olga.smirnova@example.com", "Moscow", "Главный бухгалтер (chief accountant)"),
    ("kuznetsova", "Irina Kuznetsova", "irina.kuznetsova@examplegroup.eu", "Moscow", "Расчёт зарплаты (payroll)"),
]
S = {k: (n, a) for k, n, a, o, r in STAFF}
# display names as the staff's own mailers show them
S["brandt_plain"] = ("Katharina Brandt", S["brandt"][1])

OFFICES = {
    "München": "Example Group Steuerberatungsgesellschaft mbH, Theresienhöhe 28, 80339 München, Tel. +49 89 5126 4000",
    "Milano": "Example Group S.r.l. STP, Via Vittor Pisani 16, 20124 Milano, tel. +39 02 8725 3100",
    "Warszawa": "Example Group Polska Sp. z o.o., ul. Prosta 51, 00-838 Warszawa, tel. +48 22 395 62 00",
    "Madrid": "Example Group Asesores S.L.P., Calle de Velázquez 57, 28001 Madrid, tel. +34 914 360 820",
    "Athens": "Example Group Hellas Μ.Ι.Κ.Ε., Λεωφ. Κηφισίας 44, 151 25 Μαρούσι, τηλ. +30 210 612 4400",
    "London": "Example Group UK LLP, 30 Finsbury Square, London EC2A 1AG, +44 20 3884 6100",
    "Moscow": "ООО «Экзампл Груп Консалтинг», ул. Большая Ордынка 40, стр. 4, 119017 Москва, +7 495 258-41-70",
}

# ------------------------------------------------------------- bank accounts (valid check digits)
IB = {
    # genuine
    "eg_treuhand": iban("DE", "70190300" + "0412775301"),        # Example Group escrow, Isarbank AG
    "eg_main": iban("DE", "70190300" + "0412775200"),
    "lieferant": iban("DE", "72050000" + "0001843276"),          # Lieferant GmbH, Stadtsparkasse Augsburg
    "huber_old": iban("DE", "70150000" + "0092817364"),
    "huber_new": iban("DE", "70169464" + "0003318022"),          # new account at a Raiffeisenbank
    "ferretti": iban("IT", it_bban("05034", "53280", "000000012377")),
    "ferretti_emp_new": iban("IT", it_bban("03069", "11101", "100000041822")),
    "partner": iban("PL", pl_bban("1090136", "0000000149558812")),
    "partner_new": iban("PL", pl_bban("1140200", "4000300281946527")),
    "partner_emp": iban("PL", pl_bban("1050101", "1000009023347761")),
    "hartley_old": iban("GB", "NWBK" + "601613" + "31926819"),
    "hartley_new": iban("GB", "LOYD" + "309634" + "11872040"),
    "iberia": iban("ES", es_bban("2100", "4563", "0200131245")),
    "meseta_eg": iban("ES", es_bban("0182", "2370", "0201584761")),
    "kalypso": iban("GR", "0110" + "125" + "0000012580039114"),
    "gomez": iban("ES", es_bban("1465", "0100", "9120458862")),
    "eg_pl": iban("PL", pl_bban("1140200", "4000350274819033")),
    "it_vendor": iban("GB", "BARC" + "200415" + "63458217"),
    # fraudulent (mule) accounts
    "mule_de_n26": iban("DE", "10011001" + "2637458193"),
    "mule_lt": iban("LT", "32500" + "18472019365"),
    "mule_lt2": iban("LT", "37300" + "10092734158"),
    "mule_it": iban("IT", it_bban("36772", "22400", "EM1447281930")),
    "mule_pl": iban("PL", pl_bban("2490005", "0000453017726403")),
    "mule_es": iban("ES", es_bban("1583", "0001", "1790284516")),
    "mule_gr": iban("GR", "0140" + "101" + "0101002002917743"),
    "mule_gb": iban("GB", "CLRB" + "040541" + "00218734"),
    "mule_cy": iban("CY", "002" + "00128" + "0000001200527600"),
}

# Russian domestic bank details (20-digit account with valid control key for the BIK)
RU = {
    "sever_old": ("044030653", ru_account("044030653", "40702810555000012340"), "ПАО Сбербанк, Северо-Западный банк", "30101810500000000653"),
    "sever_new": ("044525593", ru_account("044525593", "40702810232000004718"), "АО «Альфа-Банк»", "30101810200000000593"),
    "mule_ru": ("044525974", ru_account("044525974", "40702810910000631845"), "АО «ТБанк»", "30101810145250000974"),
    "eg_ru": ("044525225", ru_account("044525225", "40702810338000127714"), "ПАО Сбербанк", "30101810400000000225"),
}

CLIENTS = [
    ("Lieferant GmbH", "Industriestraße 14, 86167 Augsburg", "s.maier@lieferant-gmbh.de (Stefanie Maier, Personal/Buchhaltung), rechnungen@lieferant-gmbh.de; +49 821 7490 213"),
    ("Ferretti Trasporti S.r.l.", "Via Bergamo 112, 24035 Curno (BG)", "c.colombo@ferretti-trasporti.it (Chiara Colombo), amministrazione@ferretti-trasporti.it; +39 035 611 482"),
    ("Partner Logistik Sp. z o.o.", "ul. Składowa 8, 61-897 Poznań", "t.zielinski@partner-logistik.pl (Tomasz Zieliński), ksiegowosc@partner-logistik.pl; +48 61 852 44 10"),
    ("Hartley & Sons Joinery Ltd", "Unit 4 Riverside Works, Reading RG1 8DB", "david.hartley@hartleyjoinery.co.uk; +44 118 957 3120"),
    ("Construcciones Iberia S.L.", "Av. de la Industria 34, 28108 Alcobendas", "administracion@construcciones-iberia.es (Rosa Navarro); +34 916 61 32 10"),
    ("Kalypso Hotels Α.Ε.", "Χερσόνησος, 700 14 Ηράκλειο Κρήτης", "logistirio@kalypso-hotels.gr (Μαρία Βλάχου); +30 28970 22415"),
    ("ООО «Торговый дом Северный»", "Санкт-Петербург, Выборгская наб. 61", "buh@sever-td.ru (Елена Петрова); +7 812 334-18-52"),
    ("Stefan Huber Malerbetrieb (sole trader)", "Dachau", "stefan.huber.malerbetrieb@gmail.com; +49 171 4823906"),
    ("Marta Gómez Fotografía (autónoma)", "Madrid", "martagomez.foto@gmail.com; +34 655 234 187"),
    ("Ταβέρνα «Το Στέκι» – Γιώργος Αντωνίου (sole trader)", "Νέα Σμύρνη", "g.antoniou_steki@yahoo.gr; +30 694 512 3378"),
]
OTHERS = [
    "Isarbank AG (isarbank.de) – house bank, escrow/trust accounts (Treuhandkonten)",
    "Banca Lombarda Nord (bancalombardanord.it) – Milan office bank",
    "Bank Mazowiecki S.A. (bankmazowiecki.pl) – Warsaw office bank",
    "Banco Meseta (bancomeseta.es) – Madrid office bank",
    "Kontora Software GmbH (kontora.de) – accounting/payroll software used in DE/AT",
    "PayFlow Payroll Ltd (payflow-hr.com) – UK payroll software",
    "DocuVault (docuvault.eu) – client document portal used group-wide",
    "KsięgaPro (ksiegapro.pl) – Polish accounting software (KSeF connector)",
    "Документ-Линк (doclink.ru) – Russian EDI (ЭДО) operator",
    "Authorities: ELSTER/Finanzamt, HMRC, Agenzia delle Entrate, KSeF/Ministerstwo Finansów, AEAT/DEHú, ΑΑΔΕ, ΕΡΓΑΝΗ, ФНС",
    "Chambers: Steuerberaterkammer München, ICAEW, ODCEC Milano, KIDP, ΟΕΕ",
]
