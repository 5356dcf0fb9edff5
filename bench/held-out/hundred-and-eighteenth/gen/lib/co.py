"""Example Group: entities, offices, staff, correspondents.  Every tax ID
and account number is computed with its real check-digit algorithm."""

from . import ids

# ------------------------------------------------------------------ offices
OFFICES = [
    # key, country, entity, address, phone, tax ids
    dict(key="DE", country="Germany (HQ)", city="Straelen",
         entity="Example Group GmbH",
         address="Am Glashaus 12, 47638 Straelen, Nordrhein-Westfalen",
         phone="+49 2834 9577-0",
         ids=[("USt-IdNr.", ids.de_vat("81247365")), ("Steuernummer", "5120/5748/0312"),
              ("Handelsregister", "Amtsgericht Kleve HRB 14873")],
         bank=("Grenzland Volksbank eG", "GENODED1GLV", ids.make_iban("DE", "32060147" + "0012847502"))),
    dict(key="IT", country="Italy", city="Vittoria (RG), Sicily",
         entity="Example Serre Italia S.r.l.",
         address="Contrada Bosco Piano s.n., 97019 Vittoria (RG)",
         phone="+39 0932 981 440",
         ids=[("Partita IVA", "IT" + ids.it_piva("0187452088")), ("REA", "RG-131877")],
         bank=("Banca Agricola Popolare di Sicilia", "BAPPIT21AA0", ids.it_iban("05036", "84480", "CC0481234560"))),
    dict(key="PL", country="Poland", city="Skierniewice",
         entity="Example Szklarnie Polska sp. z o.o.",
         address="ul. Rawska 118, 96-100 Skierniewice",
         phone="+48 46 833 71 20",
         ids=[("NIP", ids.pl_nip("836187452")), ("REGON", ids.pl_regon("10152364")), ("KRS", "0000814427")],
         bank=("PKO Bank Polski S.A.", "BPKOPLPW", ids.pl_iban("1020104", "0000960203012345"))),
    dict(key="ES", country="Spain", city="El Ejido (Almería)",
         entity="Example Invernaderos España S.L.",
         address="Carretera de Almerimar km 3,2, 04700 El Ejido (Almería)",
         phone="+34 950 487 215",
         ids=[("CIF / NIF-IVA", "ES" + ids.es_cif("B", "0471528"))],
         bank=("Cajamar Caja Rural", "CCRIES2AXXX", ids.es_iban("3058", "0130", "2720012345"))),
    dict(key="GR", country="Greece", city="Ierapetra (Crete)",
         entity="Example Thermokipia Hellas M.A.E. (Εξάμπλ Θερμοκήπια Ελλάς Μ.Α.Ε.)",
         address="ΒΙΠΕ Ιεράπετρας, Οδός 4, 722 00 Ιεράπετρα, Κρήτη",
         phone="+30 28420 28 615",
         ids=[("ΑΦΜ (VAT EL)", "EL" + ids.gr_afm("80145297")), ("ΔΟΥ", "Ιεράπετρας"), ("ΓΕΜΗ", "146582727000")],
         bank=("Τράπεζα Πειραιώς", "PIRBGRAA", ids.make_iban("GR", "017" + "6420" + "0006642155871204"))),
    dict(key="UK", country="United Kingdom", city="Cheshunt (Hertfordshire)",
         entity="Example Glasshouse UK Ltd",
         address="Lea Valley Nursery, Turnford Lane, Cheshunt, Hertfordshire EN8 0QP",
         phone="+44 1992 470 350",
         ids=[("VAT", ids.gb_vat("3148502")), ("Company number", "09871452")],
         bank=("NatWest", "NWBKGB2L", ids.make_iban("GB", "NWBK" + "601733" + "48120975"))),
    dict(key="RU", country="Russia", city="Lipetsk",
         entity="ООО «Экзампл Теплицы Рус» (Example Teplitsy Rus LLC)",
         address="398024, г. Липецк, ул. Тепличная, д. 7",
         phone="+7 4742 55-18-40",
         ids=[("ИНН", ids.ru_inn10("481300418")), ("КПП", "482601001"), ("ОГРН", ids.ru_ogrn("114482700123"))],
         bank=("ПАО Сбербанк, Липецкое отделение № 8593", "БИК 044206604",
               ids.ru_account("044206604", "40702810X35000012847"))),
]
OFF = {o["key"]: o for o in OFFICES}
DE_VAT = OFF["DE"]["ids"][0][1]
RU_CORR_SBER_LIP = ids.ru_corr_account("044206604")

# ------------------------------------------------------------------ staff
# key: (display name, address, office, role, phone)
STAFF = {
    "ceo": ("Hendrik Terhoeven", "hendrik.terhoeven@example.com", "DE", "Chief Executive Officer (Geschäftsführer)", "+49 2834 9577-100"),
    "cfo": ("Sabine Kröger", "sabine.kroeger@example.com", "DE", "Chief Financial Officer", "+49 2834 9577-200"),
    "ap": ("Jana Schüttler", "jana.schuettler@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)", "+49 2834 9577-214"),
    "hr": ("Monika Weißenfels", "monika.weissenfels@example.com", "DE", "HR & payroll (Personal & Lohn)", "+49 2834 9577-230"),
    "it": ("Thomas Brandt", "thomas.brandt@example.com", "DE", "Head of IT", "+49 2834 9577-300"),
    "sec": ("Lukas Jansen", "lukas.jansen@example.com", "DE", "IT security & mail administrator", "+49 2834 9577-312"),
    "assist": ("Anja Derksen", "anja.derksen@example.com", "DE", "Assistant to the CEO", "+49 2834 9577-101"),
    "buy": ("Markus Peeters", "markus.peeters@example.com", "DE", "Procurement (Einkauf)", "+49 2834 9577-240"),
    "sales": ("Katharina Höfer", "katharina.hoefer@examplegroup.eu", "DE", "Group key account manager, retail", "+49 2834 9577-410"),
    "grow": ("Dirk van Loon", "dirk.vanloon@example.com", "DE", "Head of cultivation (Anbauleiter)", "+49 2834 9577-500"),
    "log": ("Nadine Kessels", "nadine.kessels@example.com", "DE", "Logistics & dispatch manager", "+49 2834 9577-520"),
    "qm": ("Eva Lindner", "eva.lindner@example.com", "DE", "Quality & certification (GLOBALG.A.P., QS)", "+49 2834 9577-530"),
    "tech": ("Bernd Pauls", "bernd.pauls@example.com", "DE", "Greenhouse technology & energy (CHP, climate)", "+49 2834 9577-540"),
    "it_om": ("Francesca Distefano", "francesca.distefano@example.com", "IT", "Office manager Italy", "+39 0932 981 441"),
    "it_acc": ("Salvatore Cannizzaro", "salvatore.cannizzaro@example.com", "IT", "Accountant Italy", "+39 0932 981 445"),
    "pl_om": ("Agnieszka Wróblewska", "agnieszka.wroblewska@example.com", "PL", "Office manager Poland", "+48 46 833 71 21"),
    "pl_acc": ("Krzysztof Dąbrowski", "krzysztof.dabrowski@example.com", "PL", "Accountant Poland", "+48 46 833 71 25"),
    "es_om": ("María del Mar Fernández", "mariadelmar.fernandez@example.com", "ES", "Office manager Spain", "+34 950 487 216"),
    "es_acc": ("Antonio Ruiz Salmerón", "antonio.ruiz@example.com", "ES", "Accountant Spain", "+34 950 487 219"),
    "gr_om": ("Eleni Markaki", "eleni.markaki@example.com", "GR", "Office manager Greece", "+30 28420 28 616"),
    "gr_acc": ("Giorgos Tzanakis", "giorgos.tzanakis@example.com", "GR", "Accountant Greece", "+30 28420 28 619"),
    "uk_om": ("Claire Whitmore", "claire.whitmore@examplegroup.eu", "UK", "Office manager UK", "+44 1992 470 351"),
    "uk_acc": ("Rajesh Patel", "rajesh.patel@example.com", "UK", "Accountant UK", "+44 1992 470 355"),
    "ru_om": ("Olga Kuznetsova", "olga.kuznetsova@examplegroup.eu", "RU", "Office manager Russia", "+7 4742 55-18-41"),
    "ru_acc": ("Dmitry Volkov", "dmitry.volkov@examplegroup.eu", "RU", "Accountant Russia", "+7 4742 55-18-45"),
}


def P(key):
    s = STAFF[key]
    return (s[0], s[1])


# ------------------------------------------------------------------ correspondents
LIEF = dict(
    name="Lieferant GmbH", domain="lieferant-gmbh.de", relay="mail.lieferant-gmbh.de", relay_ip="203.0.113.25",
    address="Industriestraße 44, 47608 Geldern", phone="+49 2831 97420-0",
    vat=ids.de_vat("14588201"), hrb="Amtsgericht Kleve HRB 9921",
    bank=("Volksbank an der Niers eG", "GENODED1GDL", ids.make_iban("DE", "32061384" + "4102355801")),
    maier=("Stefan Maier", "s.maier@lieferant-gmbh.de"), lang=("Petra Lang", "p.lang@lieferant-gmbh.de"),
    buha=("Buchhaltung", "rechnungen@lieferant-gmbh.de"),
)
FERR = dict(
    name="Ferretti Trasporti S.p.A.", domain="ferretti-trasporti.it",
    address="Via dell'Industria 27, 37066 Sommacampagna (VR)", phone="+39 045 858 1730",
    piva="IT" + ids.it_piva("0288314023"),
    bank_old=("Banco BPM S.p.A.", "BAPPIT21Q47", ids.it_iban("05034", "59820", "000000004512")),
    bank_new=("Crédit Agricole Italia S.p.A.", "CRPPIT2P486", ids.it_iban("06230", "59790", "000047718209")),
    colombo=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
    amm=("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"),
    tenant_id="7c1e58d2-4b0a-4f8e-9d35-2a61c0b9e4f7",
)
PLOG = dict(
    name="Partner Logistik sp. z o.o.", domain="partner-logistik.pl",
    address="ul. Składowa 9, 62-080 Tarnowo Podgórne", phone="+48 61 814 52 90",
    nip=ids.pl_nip("777318524"),
    bank=("mBank S.A.", "BREXPLPW", ids.pl_iban("1140200", "0000350212987466")),
    ziel=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"),
    ksieg=("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"),
)
NORD = dict(name="Nordfrisch Handels AG", domain="nordfrisch.de", address="Überseeallee 22, 20457 Hamburg",
            brock=("Julia Brockmann", "julia.brockmann@nordfrisch.de"), phone="+49 40 325 719-0",
            tenant_id="2f9a7c41-8e3d-4b6c-a1f0-5d27e8c3b914")
AGRI = dict(name="AgriCert Europe GmbH", domain="agricert-europe.de", address="Godesberger Allee 139, 53175 Bonn",
            weber=("Dr. Martin Weber", "martin.weber@agricert-europe.de"), phone="+49 228 926 418-0",
            portal="portal.agricert-europe.de")
GVB = dict(name="Grenzland Volksbank eG", domain="grenzland-volksbank.de", address="Marktstraße 3, 47623 Kevelaer",
           phone="+49 2832 9301-0")
HARR = dict(name="Harrowfield Fresh Produce Ltd", domain="harrowfieldfresh.co.uk",
            address="Wardentree Park, Pinchbeck, Spalding, Lincolnshire PE11 3ZN", phone="+44 1775 712 640",
            grant=("Oliver Grant", "oliver.grant@harrowfieldfresh.co.uk"),
            ap=("Harrowfield Accounts Payable", "accounts.payable@harrowfieldfresh.co.uk"),
            tenant_id="b3e07f5a-91c2-4d8e-8f6b-0c4a2e19d753")
BELL = dict(name="Studio Bellini Commercialisti Associati", domain="studiobellini.it",
            address="Via Cavour 112, 97100 Ragusa", phone="+39 0932 624 118",
            occ=("Marta Occhipinti", "m.occhipinti@studiobellini.it"))
FOLI = dict(name="Folimex sp. z o.o.", domain="folimex.com.pl", address="ul. Przemysłowa 14, 95-100 Zgierz",
            kow=("Marek Kowalczyk", "m.kowalczyk@folimex.com.pl"), phone="+48 42 716 33 80",
            nip=ids.pl_nip("732104187"))
SEMI = dict(name="Semilleros del Poniente S.L.", domain="semillerosdelponiente.es",
            address="Ctra. de Guardias Viejas km 2, 04710 Santa María del Águila (El Ejido)",
            jm=("Juan Manuel Callejón", "jmcallejon@semillerosdelponiente.es"),
            adm=("Administración Semilleros del Poniente", "administracion@semillerosdelponiente.es"),
            phone="+34 950 580 316", cif=ids.es_cif("B", "0438317"),
            bank=("Cajamar Caja Rural", "CCRIES2AXXX", ids.es_iban("3058", "0098", "2710045871")))
KRIT = dict(name="Kritipack Α.Ε. (Χαρτοκιβωτοποιία Κρήτης)", domain="kritipack.gr",
            address="ΒΙ.ΠΕ. Ηρακλείου, Οδός Δ΄ 8, 714 08 Ηράκλειο", phone="+30 2810 381 460",
            afm=ids.gr_afm("09487615"),
            nikos=("Νίκος Σπανουδάκης", "n.spanoudakis@kritipack.gr"),
            logist=("Λογιστήριο Kritipack", "logistirio@kritipack.gr"),
            bank=("Εθνική Τράπεζα της Ελλάδος", "ETHNGRAA", ids.make_iban("GR", "011" + "4450" + "0000445001234567")),
            server="cp27.greekhost.gr", server_ip="198.51.100.87")
ATS = dict(name="ООО «АгроТехСервис»", domain="agrotechservice.ru", address="398059, г. Липецк, ул. Фрунзе, д. 30, оф. 214",
           belov=("Сергей Белов", "s.belov@agrotechservice.ru"), buh=("Бухгалтерия АгроТехСервис", "buh@agrotechservice.ru"),
           phone="+7 4742 50-27-36", inn=ids.ru_inn10("482510937"), kpp="482501001",
           bik="044206604", acc=ids.ru_account("044206604", "40702810X35000008215"))
AGRONEWS = dict(name="Agronoticias del Poniente", domain="agronoticiasponiente.es")
