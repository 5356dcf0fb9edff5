"""The company, its staff and its correspondents."""

import codes

COMPANY = {
    "name": "Example Group",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": 700,
    "trade": "iron and aluminium foundry: grey/ductile iron and aluminium castings "
             "for machinery and automotive customers",
    "mx": "mx01.example.com (Postfix), inbound for both domains",
    "internal_relay": "mail-int01.example.com [10.20.0.25], fed by Exchange Server 2019 "
                      "(EXMBX01/EXMBX02.corp.example.com)",
    "offices": [
        ("HQ", "Example Group GmbH", "Hagen, Germany"),
        ("IT", "Example Group Italia S.r.l.", "Brescia, Italy"),
        ("PL", "Example Group Polska Sp. z o.o.", "Gliwice, Poland"),
        ("ES", "Example Group Ibérica S.L.", "Bilbao, Spain"),
        ("GR", "Example Group Hellas Μ.Α.Ε.", "Thessaloniki, Greece"),
        ("UK", "Example Group UK Ltd", "Birmingham, United Kingdom"),
        ("RU", "ООО «Экзампл Груп Рус»", "Yekaterinburg, Russia"),
    ],
}

# key, display name, address, office, role
_STAFF = [
    ("ceo", "Matthias Brückner", "matthias.brueckner@example.com", "Hagen (HQ)", "CEO (Geschäftsführer)"),
    ("cfo", "Sabine Köhler", "sabine.koehler@example.com", "Hagen (HQ)", "CFO"),
    ("ap1", "Jana Weiß", "jana.weiss@example.com", "Hagen (HQ)", "Accounts payable (Kreditorenbuchhaltung)"),
    ("ap2", "Monika Schäfer", "monika.schaefer@example.com", "Hagen (HQ)", "Accounts payable (Kreditorenbuchhaltung)"),
    ("hr", "Andrea Neumann", "andrea.neumann@example.com", "Hagen (HQ)", "HR / payroll (Personal & Lohnbuchhaltung)"),
    ("it", "Frank Oberländer", "frank.oberlaender@example.com", "Hagen (HQ)", "Head of IT"),
    ("sec", "Lukas Hoffmann", "lukas.hoffmann@example.com", "Hagen (HQ)", "IT security / mail administrator"),
    ("asst", "Katrin Jäger", "katrin.jaeger@example.com", "Hagen (HQ)", "Assistant to the CEO"),
    ("buy", "Michael Groß", "michael.gross@example.com", "Hagen (HQ)", "Procurement (raw materials, consumables)"),
    ("sales", "Daniel Krüger", "daniel.krueger@example.com", "Hagen (HQ)", "Key account manager, automotive"),
    ("log", "Jörg Lübke", "joerg.luebke@example.com", "Hagen (HQ)", "Logistics / shipping"),
    ("qm", "Holger Brandt", "holger.brandt@example.com", "Hagen (HQ)", "Quality manager (complaints, 8D)"),
    ("it_mgr", "Giorgio Fabbri", "giorgio.fabbri@example.com", "Brescia (IT)", "Office manager Italy"),
    ("it_acc", "Elena Rinaldi", "elena.rinaldi@examplegroup.eu", "Brescia (IT)", "Accountant Italy"),
    ("it_sales", "Francesca Moretti", "francesca.moretti@example.com", "Brescia (IT)", "Sales Italy"),
    ("pl_mgr", "Katarzyna Wójcik", "katarzyna.wojcik@example.com", "Gliwice (PL)", "Office manager Poland"),
    ("pl_acc", "Paweł Łukasik", "pawel.lukasik@examplegroup.eu", "Gliwice (PL)", "Accountant Poland"),
    ("es_mgr", "Iñaki Etxeberria", "inaki.etxeberria@example.com", "Bilbao (ES)", "Office manager Spain"),
    ("es_acc", "Lucía Ibáñez", "lucia.ibanez@example.com", "Bilbao (ES)", "Accountant Spain"),
    ("gr_mgr", "Γιώργος Παπαδόπουλος", "giorgos.papadopoulos@example.com", "Thessaloniki (GR)", "Office manager Greece"),
    ("gr_acc", "Ελένη Κωνσταντίνου", "eleni.konstantinou@examplegroup.eu", "Thessaloniki (GR)", "Accountant Greece"),
    ("uk_mgr", "James Whitfield", "james.whitfield@example.com", "Birmingham (UK)", "Office manager UK"),
    ("uk_acc", "Sarah O'Connor", "sarah.oconnor@example.com", "Birmingham (UK)", "Accountant UK"),
    ("uk_sales", "Emma Clarke", "emma.clarke@example.com", "Birmingham (UK)", "Sales UK"),
    ("ru_mgr", "Алексей Смирнов", "aleksey.smirnov@example.com", "Yekaterinburg (RU)", "Office manager Russia"),
    ("ru_acc", "Ольга Кузнецова", "olga.kuznetsova@examplegroup.eu", "Yekaterinburg (RU)", "Accountant Russia"),
]

STAFF = {k: (n, a) for k, n, a, _, _ in _STAFF}
STAFF_ROWS = [(n, a, o, r) for _, n, a, o, r in _STAFF]

# Private addresses of staff (not in staff.txt; used for genuine private mail)
PRIVATE = {
    "ap1": ("Jana Weiß", "jana.weiss84@gmx.de"),
    "it_sales": ("Francesca Moretti", "francesca.moretti77@libero.it"),
    "es_acc": ("Lucía Ibáñez", "lucia.ibanez.b@hotmail.es"),
}

# ---------------------------------------------------------------- correspondents
# shared by every set: exact addresses
LIEF = {"maier": ("Stefan Maier", "s.maier@lieferant-gmbh.de"),
        "lang": ("Petra Lang", "p.lang@lieferant-gmbh.de"),
        "buha": ("Buchhaltung", "rechnungen@lieferant-gmbh.de")}
FERR = {"colombo": ("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
        "amm": ("", "amministrazione@ferretti-trasporti.it")}
PLOG = {"ziel": ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"),
        "ksieg": ("", "ksiegowosc@partner-logistik.pl")}

CORR = {
    "kessler": ("Jürgen Vogt", "j.vogt@kessler-antriebstechnik.de"),
    "bonetti": ("Marco Bonetti", "m.bonetti@omb-bonetti.it"),
    "leghe": ("Roberto Gatti", "roberto.gatti@leghelombarde.it"),
    "bertoli": ("Studio Bertoli Commercialisti", "studio@studiobertoli.it"),
    "hutmet": ("Agnieszka Kamińska", "a.kaminska@hutmet-recykling.pl"),
    "zmb": ("Piotr Mazur", "piotr.mazur@zm-bytom.pl"),
    "nowak": ("Marek Nowak", "nowak.transport@wp.pl"),
    "can": ("Javier Ortega", "jortega@can-automocion.es"),
    "urdaneta": ("Transportes Urdaneta - Administración", "administracion@transportes-urdaneta.es"),
    "goiko": ("Mikel Goikoetxea", "mikel@asesoriagoikoetxea.es"),
    "hallam": ("Richard Barnes", "richard.barnes@hallampumps.co.uk"),
    "hallam_q": ("Gemma Hughes", "gemma.hughes@hallampumps.co.uk"),
    "harcourt": ("Rebecca Lowe", "r.lowe@harcourtlowe.co.uk"),
    "nikol": ("Λογιστικό Γραφείο Νικολαΐδης", "info@nikolaidis-logistiki.gr"),
    "karag": ("Δημήτρης Καραγιάννης", "dkaragiannis@otenet.gr"),
    "viamak": ("Βασιλική Τσολάκη", "v.tsolaki@viamak.gr"),
    "uts": ("Ирина Волкова", "i.volkova@uraltechsnab.ru"),
    "stanko": ("Наталья Орлова", "orlova.stankomash@yandex.ru"),
    "mga": ("Metallguss Aktuell", "newsletter@metallguss-aktuell.de"),
    "fiw": ("Foundry Insight Weekly", "news@foundryinsight.co.uk"),
}

# (organisation, country, kind, people/addresses, mail system)
CORR_ROWS = [
    ("Lieferant GmbH, Gevelsberg", "DE", "supplier: moulding sand, resin binders, feeders, ceramic filters",
     "Stefan Maier <s.maier@lieferant-gmbh.de>, Petra Lang <p.lang@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>",
     "Microsoft 365 (EUR03)"),
    ("Ferretti Trasporti S.p.A., Rezzato (BS)", "IT", "road carrier",
     "Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>",
     "Aruba hosting, Outlook desktop"),
    ("Partner Logistik sp. z o.o., Katowice", "PL", "logistics partner (warehousing, forwarding)",
     "Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>",
     "home.pl hosting, Outlook desktop"),
    ("Kessler Antriebstechnik GmbH, Lippstadt", "DE", "customer: gearbox housings (EN-GJS-400)",
     "Jürgen Vogt <j.vogt@kessler-antriebstechnik.de>", "Microsoft 365 (EUR05)"),
    ("Officine Meccaniche Bonetti S.r.l., Lumezzane (BS)", "IT", "customer: hydraulic valve bodies",
     "Marco Bonetti <m.bonetti@omb-bonetti.it>", "Google Workspace"),
    ("Leghe Lombarde S.p.A., Brescia", "IT", "supplier: secondary aluminium ingots (AlSi7Mg, AlSi9Cu3)",
     "Roberto Gatti <roberto.gatti@leghelombarde.it>", "Aruba hosting, Outlook desktop"),
    ("Studio Bertoli Commercialisti, Brescia", "IT", "tax advisor of the Italian office",
     "<studio@studiobertoli.it>", "Aruba hosting, Outlook desktop"),
    ("Hutmet-Recykling Sp. z o.o., Zabrze", "PL", "supplier: steel and cast-iron scrap",
     "Agnieszka Kamińska <a.kaminska@hutmet-recykling.pl>", "home.pl hosting, Outlook desktop"),
    ("Zakłady Mechaniczne Bytom S.A.", "PL", "customer: pump and compressor castings",
     "Piotr Mazur <piotr.mazur@zm-bytom.pl>", "Microsoft 365 (EUR06)"),
    ("Marek Nowak Usługi Transportowe, Tychy", "PL", "one-truck subcontract carrier",
     "Marek Nowak <nowak.transport@wp.pl>", "WP Poczta (consumer)"),
    ("Componentes Automoción Norte S.L., Vitoria-Gasteiz", "ES", "customer: brake-caliper and knuckle castings",
     "Javier Ortega <jortega@can-automocion.es>", "Microsoft 365 (EUR02), SharePoint Online"),
    ("Transportes Urdaneta S.L., Durango", "ES", "road carrier",
     "Administración <administracion@transportes-urdaneta.es>", "Dinahosting, Outlook desktop"),
    ("Asesoría Goikoetxea, Bilbao", "ES", "tax advisor of the Spanish office",
     "Mikel Goikoetxea <mikel@asesoriagoikoetxea.es>", "Google Workspace"),
    ("Hallam Pump Company Ltd, Sheffield", "UK", "customer: pump housings and impellers",
     "Richard Barnes <richard.barnes@hallampumps.co.uk>, Gemma Hughes <gemma.hughes@hallampumps.co.uk>", "Microsoft 365 (GBR), Docusign, SharePoint"),
    ("Harcourt & Lowe LLP, Birmingham", "UK", "solicitors of the UK office (property lease)",
     "Rebecca Lowe <r.lowe@harcourtlowe.co.uk>", "Microsoft 365 (GBR)"),
    ("Λογιστικό Γραφείο Νικολαΐδης, Θεσσαλονίκη", "GR", "accounting firm of the Greek office",
     "<info@nikolaidis-logistiki.gr>", "Cosmote/OTEnet SMTP, Outlook desktop"),
    ("Μηχανουργείο Καραγιάννη, Σίνδος", "GR", "small customer (machine shop)",
     "Δημήτρης Καραγιάννης <dkaragiannis@otenet.gr>", "OTEnet consumer mailbox, Outlook desktop"),
    ("Βιομηχανία Αντλιών Μακεδονίας Α.Ε. (VIAMAK)", "GR", "customer: pump bodies",
     "Βασιλική Τσολάκη <v.tsolaki@viamak.gr>", "Google Workspace"),
    ("ООО «УралТехСнаб», Екатеринбург", "RU", "supplier: ferroalloys, inoculants, refractories",
     "Ирина Волкова <i.volkova@uraltechsnab.ru>", "Yandex 360, Outlook desktop"),
    ("АО «Станкомаш», Челябинск", "RU", "customer: machine-tool beds",
     "Наталья Орлова <orlova.stankomash@yandex.ru> (chief accountant, private Yandex mailbox)", "Yandex Mail (consumer)"),
    ("Metallguss Aktuell", "DE", "subscribed trade newsletter", "<newsletter@metallguss-aktuell.de>", "Brevo"),
    ("Foundry Insight Weekly", "UK", "subscribed trade newsletter", "<news@foundryinsight.co.uk>", "Mailchimp"),
    ("Microsoft, Google, GitHub, Yandex, Docusign, PayPal", "-", "genuine service notifications",
     "their real no-reply addresses", "their own infrastructure"),
]

# ---------------------------------------------------------------- bank accounts (valid)

BANK = {
    # genuine
    "lief_old": codes.iban_de("45450050", "118204", method00=True),      # Sparkasse Gevelsberg-Wetter, method 00
    "lief_new": codes.iban_de("45050001", "4417802", method00=True),     # Sparkasse HagenHerdecke after the merger
    "ferretti": codes.iban_it("03069", "11210", "100000004821"),        # Intesa Sanpaolo
    "plog": codes.iban_pl("1050131", "1000009081234567"),              # ING
    "hutmet_old": codes.iban_pl("1140200", "0040000302745118"),        # mBank
    "hutmet_new": codes.iban_pl("1020244", "0000240204512731"),        # PKO BP
    "urdaneta": codes.iban_es("2095", "0047", "9102345678"),           # Kutxabank
    "leghe": codes.iban_it("05034", "11200", "000000012345"),           # Banco BPM
    "kuenkel": codes.iban_de("44040037", "0321458800"),                 # Commerzbank
    "harcourt": codes.iban("GB", "NWBK60161348271905"),
    # fraudulent
    "fr_lief_lt": codes.iban("LT", "3500010017734521"),
    "fr_ceo_lv": codes.iban("LV", "HABA0551048723915"),
    "fr_payroll": codes.iban_de("10011001", "2718409265"),
    "fr_register_sk": codes.iban_sk("8330", "000000", "271840926"),
    "fr_ferretti": codes.iban_it("36772", "22300", "EM0019877231"),
    "fr_hutmet": codes.iban_pl("1160202", "0000000611983744"),
    "fr_urdaneta": codes.iban_es("1583", "0001", "1090123776"),
    "fr_ceo_es": codes.iban_pt("0036", "0000", "99510441773"),
    "fr_lawyer_gb": codes.iban("GB", "REVO04007545218834"),
}

for _k, _v in BANK.items():
    assert codes.iban_valid(_v), _k

# Russian bank details (BIK control key valid)
RU = {}
RU["uts_bik"] = "046577674"
RU["uts_ks"] = codes.ru_key_corr("046577674", "30101810100000000674")
RU["uts_rs"] = codes.ru_key_account("046577674", "40702810016540012873")
RU["uts_inn"] = codes.ru_inn10("667108914")
RU["uts_ogrn"] = codes.ru_ogrn("116665802143")
RU["fr_bik"] = "044525974"
RU["fr_ks"] = codes.ru_key_corr("044525974", "30101810100000000974")
RU["fr_rs"] = codes.ru_key_account("044525974", "40702810910000487215")
RU["stanko_inn"] = codes.ru_inn10("744700581")
RU["egr_inn"] = codes.ru_inn10("667013382")
for _b, _a in (("uts_bik", "uts_rs"), ("fr_bik", "fr_rs")):
    assert codes.ru_account_valid(RU[_b], RU[_a])
for _b, _a in (("uts_bik", "uts_ks"), ("fr_bik", "fr_ks")):
    assert codes.ru_account_valid(RU[_b], RU[_a], corr=True)

VAT = {
    "example_de": codes.de_ustid("81264730"),
    "lief": codes.de_ustid("12738495"),
    "kessler": codes.de_ustid("30457182"),
    "ferretti": "IT" + codes.it_piva("0318429017"),
    "example_it": "IT" + codes.it_piva("0412877098"),
    "leghe": "IT" + codes.it_piva("0287614017"),
    "plog": codes.pl_nip("634281447"),
    "hutmet": codes.pl_nip("648270017"),
    "example_pl": codes.pl_nip("631265218"),
    "urdaneta": codes.es_cif("B", "9521874"),
    "example_es": codes.es_cif("B", "9584123"),
    "example_gr": codes.gr_afm("80173465"),
    "karag": codes.gr_afm("04512873"),
    "example_uk": codes.gb_vat("2871634"),
}
