# -*- coding: utf-8 -*-
"""The company (Example Group, bottled mineral water), its staff, correspondents and
all account numbers / identifiers used in the set. Identifiers are computed with their
check-digit algorithms so that they validate."""
from . import checks as C

# ------------------------------------------------------------------ entities
DE_UST = C.de_ustid("27419538")
IT_PIVA = C.it_piva("0412376016")
PL_NIP = C.pl_nip("676251437")
PL_REGON = C.pl_regon("36518472")
ES_CIF = C.es_cif("B", "6651238")
GR_AFM = C.gr_afm("80154327")
GB_VAT = C.gb_vat("3184027")
RU_INN = C.ru_inn10("770451893")
RU_OGRN = C.ru_ogrn("117774609921")

ENTITIES = [
    # country, legal name, address, identifiers (label, value, check), phone
    ("DE", "Example Group GmbH (HQ, bottling plant)", "Am Quellenpark 3, 61118 Bad Vilbel, Germany",
     [("USt-IdNr.", DE_UST, "ISO 7064 MOD 11,10"), ("Handelsregister", "Amtsgericht Friedberg (Hessen) HRB 7318", "-")], "+49 6101 5530-0"),
    ("IT", "Example Italia S.r.l.", "Via Borgo Palazzo 118, 24125 Bergamo (BG), Italy",
     [("Partita IVA / C.F.", IT_PIVA, "Luhn variant"), ("REA", "BG-448213", "-")], "+39 035 4129 870"),
    ("PL", "Example Polska sp. z o.o.", "ul. Zabłocie 23, 30-701 Kraków, Poland",
     [("NIP", PL_NIP, "weights 6-5-7-2-3-4-5-6-7 mod 11"), ("REGON", PL_REGON, "weights 8-9-2-3-4-5-6-7 mod 11"), ("KRS", "0000612345", "-")], "+48 12 395 42 10"),
    ("ES", "Example Iberia S.L.", "Carrer de Pere IV 78, 08005 Barcelona, Spain",
     [("NIF (CIF)", ES_CIF, "CIF control digit"), ("VAT", "ES" + ES_CIF, "-")], "+34 932 71 48 60"),
    ("GR", "Example Hellas Μονοπρόσωπη Ι.Κ.Ε.", "Λεωφόρος Γεωργικής Σχολής 65, 570 01 Θέρμη, Θεσσαλονίκη, Greece",
     [("ΑΦΜ", GR_AFM, "powers of 2 mod 11"), ("ΔΟΥ", "ΦΑΕ Θεσσαλονίκης", "-"), ("ΓΕΜΗ", "158742806000", "-")], "+30 2310 474 920"),
    ("UK", "Example Group UK Ltd", "Unit 7, Barton Dock Road, Trafford Park, Manchester M41 7BQ, United Kingdom",
     [("VAT", "GB" + GB_VAT, "weights 8..2, mod 97"), ("Company No.", "11873402", "-")], "+44 161 870 3340"),
    ("RU", "ООО «Экзампл Рус» (Example Rus LLC)", "127055, г. Москва, ул. Новослободская, д. 73, стр. 2, офис 415, Russia",
     [("ИНН", RU_INN, "weights 2-4-10-3-5-9-4-6-8 mod 11"), ("КПП", "770701001", "-"), ("ОГРН", RU_OGRN, "mod 11 of first 12")], "+7 495 181 42 60"),
]

OFFICES = [
    ("DE", "Bad Vilbel (HQ, spring and bottling plant)", "Example Group GmbH"),
    ("IT", "Bergamo", "Example Italia S.r.l."),
    ("PL", "Kraków", "Example Polska sp. z o.o."),
    ("ES", "Barcelona", "Example Iberia S.L."),
    ("GR", "Thessaloniki (Thermi)", "Example Hellas Ι.Κ.Ε."),
    ("UK", "Manchester (Trafford Park)", "Example Group UK Ltd"),
    ("RU", "Moscow", "ООО «Экзампл Рус»"),
]

# ------------------------------------------------------------------ staff
STAFF = [
    # key, display name, address, office, role, phone
    ("ceo", "Dr. Matthias Krüger", "matthias.krueger@example.com", "DE", "Chief Executive Officer (Geschäftsführer)", "+49 6101 5530-100"),
    ("cfo", "Katrin Hoffmann", "katrin.hoffmann@example.com", "DE", "Chief Financial Officer (Geschäftsführerin Finanzen)", "+49 6101 5530-200"),
    ("ap", "Sabine Wolf", "sabine.wolf@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)", "+49 6101 5530-214"),
    ("hr", "Monika Schäfer", "monika.schaefer@example.com", "DE", "HR & payroll (Personal und Lohnbuchhaltung)", "+49 6101 5530-230"),
    ("it", "Thomas Becker", "thomas.becker@example.com", "DE", "Head of IT", "+49 6101 5530-300"),
    ("sec", "Jonas Richter", "jonas.richter@example.com", "DE", "IT security & mail administrator", "+49 6101 5530-311"),
    ("asst", "Laura Neumann", "laura.neumann@example.com", "DE", "Assistant to the CEO", "+49 6101 5530-101"),
    ("proc", "Michael Braun", "michael.braun@example.com", "DE", "Head of procurement (preforms, closures, labels, CO2, glass)", "+49 6101 5530-240"),
    ("sales", "Anna Vogel", "anna.vogel@example.com", "DE", "Key account manager, German beverage wholesale & retail", "+49 6101 5530-250"),
    ("export", "Daniel Hartmann", "daniel.hartmann@examplegroup.eu", "DE", "Export sales manager (UK, Middle East, Eastern Europe)", "+49 6101 5530-255"),
    ("plant", "Frank Zimmermann", "frank.zimmermann@example.com", "DE", "Plant manager, bottling lines", "+49 6101 5530-400"),
    ("qa", "Dr. Julia Lehmann", "julia.lehmann@example.com", "DE", "Head of quality assurance & spring laboratory", "+49 6101 5530-410"),
    ("log", "Markus Koch", "markus.koch@example.com", "DE", "Head of logistics & dispatch", "+49 6101 5530-420"),
    ("it_om", "Francesca Ricci", "francesca.ricci@example.com", "IT", "Office manager, Bergamo", "+39 035 4129 871"),
    ("it_acc", "Luca Bianchi", "luca.bianchi@example.com", "IT", "Accountant, Bergamo", "+39 035 4129 874"),
    ("pl_om", "Agnieszka Nowak", "agnieszka.nowak@example.com", "PL", "Office manager, Kraków", "+48 12 395 42 11"),
    ("pl_acc", "Katarzyna Wiśniewska", "katarzyna.wisniewska@example.com", "PL", "Accountant, Kraków", "+48 12 395 42 15"),
    ("es_om", "Marta García López", "marta.garcia@example.com", "ES", "Office manager, Barcelona", "+34 932 71 48 61"),
    ("es_acc", "Javier Fernández Ruiz", "javier.fernandez@example.com", "ES", "Accountant, Barcelona", "+34 932 71 48 64"),
    ("gr_om", "Eleni Papadopoulou", "eleni.papadopoulou@examplegroup.eu", "GR", "Office manager, Thessaloniki", "+30 2310 474 921"),
    ("gr_acc", "Georgios Nikolaidis", "georgios.nikolaidis@example.com", "GR", "Accountant, Thessaloniki", "+30 2310 474 925"),
    ("uk_om", "Sarah Thompson", "sarah.thompson@examplegroup.eu", "UK", "Office manager, Manchester", "+44 161 870 3341"),
    ("uk_acc", "James Whitfield", "james.whitfield@example.com", "UK", "Accountant, Manchester", "+44 161 870 3345"),
    ("ru_om", "Ольга Смирнова", "olga.smirnova@example.com", "RU", "Office manager, Moscow", "+7 495 181 42 61"),
    ("ru_acc", "Дмитрий Кузнецов", "dmitry.kuznetsov@example.com", "RU", "Accountant, Moscow", "+7 495 181 42 65"),
]
S = {k: (n, a) for k, n, a, o, r, p in STAFF}
PHONE = {k: p for k, n, a, o, r, p in STAFF}
ROLE = {k: r for k, n, a, o, r, p in STAFF}

# ------------------------------------------------------------------ bank accounts
# Example Group's own accounts (referenced in genuine mail)
ACC = {
    "eg_de": C.iban_de("50040000", "0612345600"),            # Commerzbank, Frankfurt (COBADEFFXXX)
    "eg_de2": C.iban_de("50190000", "6001234567"),           # Frankfurter Volksbank Rhein/Main (FFVBDEFF)
    "eg_it": C.iban_it("03069", "11166", "100000012345"),    # Intesa Sanpaolo, Bergamo
    "eg_pl": C.iban_pl("1140200", "0000340212345678"),       # mBank
    "eg_es": C.iban_es("2100", "0810", "0200461234"),        # CaixaBank
    "eg_gr": C.iban_gr("026", "0245", "0000480201234567"),   # Eurobank
    "eg_gb": C.iban_gb("NWBK", "600910", "48213377"),        # NatWest
}
RU_BANK_EG = {"bank": "АО «Райффайзенбанк»", "bik": "044525700", "corr": "30101810200000000700",
              "acc": C.ru_account("044525700", "40702810000000041827")}

# Correspondents' genuine accounts
ACC.update({
    "lieferant_old": C.iban_de("53050180", "0041027763"),    # Sparkasse Fulda (HELADEF1FDS)
    "lieferant_new": C.iban_de("53060180", "0003317205"),    # VR Genossenschaftsbank Fulda (GENODE51FUL)
    "ferretti": C.iban_it("05034", "11701", "000000004812"), # Banco BPM, Verona
    "partner_old": C.iban_pl("1020402", "0000190201873345"), # PKO BP
    "partner_new": C.iban_pl("1050101", "1000009031776812"), # ING Bank Śląski
    "vetreria": C.iban_it("02008", "11110", "000104387211"), # UniCredit, Bergamo
    "wendt": C.iban_de("50070010", "0095512800"),            # Deutsche Bank Frankfurt
    "voreios": C.iban_gr("017", "0214", "0005214087123321"), # Piraeus Bank
    "costa": C.iban_es("0049", "1862", "0721104455"),        # Santander
    "distrib": C.iban_es("0182", "6035", "0201598844"),      # BBVA
    "northgate": C.iban_gb("BARC", "203214", "63810245"),    # Barclays
    "pennine": C.iban_gb("LOYD", "309634", "17730459"),      # Lloyds
})
RU_BANK_AQUA = {"bank": "ПАО Сбербанк", "bik": "044525225", "corr": "30101810400000000225",
                "acc": C.ru_account("044525225", "40702810038000071264")}
RU_BANK_LANDLORD = {"bank": "Банк ВТБ (ПАО)", "bik": "044525187", "corr": "30101810700000000187",
                    "acc": C.ru_account("044525187", "40702810000070025519")}

# Fraudsters' accounts (mule accounts) used in attack messages
MULE = {
    "a01_de": C.iban_de("12030000", "1088457302"),           # DKB (BYLADEM1001)
    "a02_lt": C.iban_lt("32500", "74103982146"),             # LT, e-money institution
    "a07_sk": "SK" + "00",                                    # placeholder, replaced below
    "a08_de": C.iban_de("10011001", "2684431977"),           # N26 (NTSBDEB1XXX)
    "a17_it": C.iban_it("03268", "22300", "052871446310"),   # Banca Sella
    "a22_pl": C.iban_pl("1140200", "0000366918802247"),      # mBank
    "a31_gb": C.iban_gb("REVO", "009971", "44018265"),       # GB e-money
}
MULE["a07_sk"] = C.iban_make("SK", "1100" + "000000" + "2947118305")     # Tatra banka format
RU_BANK_MULE = {"bank": "АО «Тинькофф Банк»", "bik": "044525974", "corr": "30101810145250000974",
                "acc": C.ru_account("044525974", "40702810010000384419")}

# ------------------------------------------------------------------ correspondents
CORR = [
    # name, country, addresses, relationship, mail system (as modelled)
    ("Lieferant GmbH (Stefan Maier, Petra Lang, Buchhaltung)", "DE",
     "s.maier@lieferant-gmbh.de, p.lang@lieferant-gmbh.de, rechnungen@lieferant-gmbh.de",
     "Supplier of PET preforms and closures (Fulda)",
     "Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], submission 587 + amavis + OpenDKIM (s=mail2024), Roundcube webmail; SPF ip4:203.0.113.25 -all; DMARC p=quarantine"),
    ("Ferretti Trasporti S.p.A. (Chiara Colombo, amministrazione)", "IT",
     "c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it",
     "Road carrier (Verona), FTL transport Bad Vilbel - Italy",
     "Microsoft 365 (EUR), DKIM selector1 d=ferretti-trasporti.it, DMARC p=reject; contracts via Adobe Acrobat Sign"),
    ("Partner Logistik sp. z o.o. (Tadeusz Zieliński, księgowość)", "PL",
     "t.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl",
     "Logistics partner, bonded warehouse and distribution in Poland (Gądki near Poznań)",
     "home.pl hosting (cloudserver*.home.pl, Postfix + amavis, DKIM s=dkim), DMARC p=none; invoices through KSeF"),
    ("Vetreria Bergamasca S.p.A. (Marco Rinaldi, ufficio ordini)", "IT", "m.rinaldi@vetreria-bergamasca.it, ordini@vetreria-bergamasca.it",
     "Supplier of returnable glass bottles (Verdellino, BG)", "Aruba (smtpdh*.aruba.it, 'Aruba Outgoing Smtp'), DKIM d=aruba.it s=a1 (not aligned), SPF pass"),
    ("Distribuciones Mediterráneo S.L. (Jorge Navarro, Lucía Martín)", "ES", "jorge.navarro@distribuciones-mediterraneo.es, lucia.martin@distribuciones-mediterraneo.es",
     "Customer: HoReCa distributor (Valencia)", "Google Workspace (DKIM s=google), Google Drive shares"),
    ("Βόρειος Διανομές Α.Ε. / Voreios Dianomes S.A. (Νίκος Αντωνίου, λογιστήριο)", "GR", "n.antoniou@voreios-dianomes.gr, logistirio@voreios-dianomes.gr",
     "Customer: food & beverage distributor (Sindos, Thessaloniki)", "Own cPanel server server.voreios-dianomes.gr [198.51.100.77], Exim 4.98, DKIM s=default"),
    ("Pennine Drinks Wholesale Ltd (Oliver Hughes, Emma Clarke)", "UK", "oliver.hughes@penninedrinks.co.uk, emma.clarke@penninedrinks.co.uk, news@penninedrinks.co.uk",
     "Customer: drinks wholesaler (Leeds)", "Microsoft 365 behind Mimecast outbound (DKIM s=mimecast20231102), DocuSign EU for contracts, Mailchimp for the supplier newsletter"),
    ("ООО «АкваТорг» (Андрей Волков, Наталья Егорова)", "RU", "a.volkov@aquatorg.ru, buh@aquatorg.ru",
     "Customer: importer/distributor (Moscow)", "Yandex 360 for business (forward*.mail.yandex.net), DKIM s=mail; EDI via Kontur.Diadoc"),
    ("Schneider & Partner mbB Wirtschaftsprüfer Steuerberater (Karin Schneider, Tobias Brandt)", "DE", "k.schneider@schneider-partner-wp.de, t.brandt@schneider-partner-wp.de",
     "Tax adviser and statutory auditor (Frankfurt)", "Microsoft 365 relayed through Hornetsecurity (mx-relay*.antispameurope.com), DKIM s=hse1"),
    ("Patentanwälte Wendt & Kollegen (Dr. Henrik Wendt)", "DE", "h.wendt@patent-wendt.de, kanzlei@patent-wendt.de",
     "Trademark and patent attorneys (brand registrations)", "Own Postfix relay mx.patent-wendt.de [198.51.100.140], DKIM s=pw2025"),
    ("Northgate IT Solutions Ltd", "UK", "accounts@northgate-it.co.uk (invoices from messaging-service@post.xero.com)",
     "IT reseller of the UK office (licences, laptops)", "Xero invoice mail via Amazon SES (post.xero.com)"),
    ("Grupo Hoteles Costa Dorada (Departamento de Compras)", "ES", "compras@hotelescostadorada.es, r.soler@hotelescostadorada.es",
     "Customer: hotel chain, annual supply tenders (Salou/Tarragona)", "Microsoft 365 (DKIM selector1)"),
    ("Companies House", "UK", "noreply@notifications.service.gov.uk (GOV.UK Notify)",
     "Authority: UK company register (confirmation statements)", "GOV.UK Notify via Amazon SES, DKIM d=notifications.service.gov.uk"),
    ("Microsoft (Entra ID / Microsoft 365 tenant)", "-", "azure-noreply@microsoft.com",
     "Service platform: Example Group's Entra ID tenant (hybrid with Exchange 2019)", "Microsoft outbound (EOP), DKIM d=microsoft.com"),
]


def staff_txt():
    return "".join("%s=%s\n" % (n, a) for k, n, a, o, r, p in STAFF)

# canonical holder descriptions for the account table in MANIFEST.md
HOLDER = {
    ACC["eg_de"]: "Example Group GmbH – Commerzbank", ACC["eg_de2"]: "Example Group GmbH – Frankfurter Volksbank",
    ACC["eg_it"]: "Example Italia S.r.l. – Intesa Sanpaolo", ACC["eg_pl"]: "Example Polska sp. z o.o. – mBank",
    ACC["eg_es"]: "Example Iberia S.L. – CaixaBank", ACC["eg_gr"]: "Example Hellas – Eurobank", ACC["eg_gb"]: "Example Group UK Ltd – NatWest",
    ACC["lieferant_old"]: "Lieferant GmbH – Sparkasse Fulda (valid until 31.12.2026)",
    ACC["lieferant_new"]: "Lieferant GmbH – VR Genossenschaftsbank Fulda (from 01.01.2027)",
    ACC["ferretti"]: "Ferretti Trasporti S.p.A. – Banco BPM", ACC["partner_old"]: "Partner Logistik sp. z o.o. – PKO BP (until 31.12.2026)",
    ACC["partner_new"]: "Partner Logistik sp. z o.o. – ING Bank Śląski (from 01.01.2027)", ACC["vetreria"]: "Vetreria Bergamasca S.p.A. – UniCredit",
    ACC["wendt"]: "Patentanwälte Wendt & Kollegen – Deutsche Bank", ACC["voreios"]: "Βόρειος Διανομές Α.Ε. – Piraeus Bank",
    ACC["costa"]: "Grupo Hoteles Costa Dorada – Santander", ACC["distrib"]: "Distribuciones Mediterráneo – BBVA",
    ACC["northgate"]: "Northgate IT Solutions Ltd – Barclays", ACC["pennine"]: "Pennine Drinks Wholesale Ltd – Lloyds",
    MULE["a01_de"]: "mule account at DKB, presented as Lieferant GmbH", MULE["a02_lt"]: "Lithuanian e-money account, presented as Lieferant's 'factoring' account",
    MULE["a07_sk"]: "register-scam company 'DMR Register Services s.r.o.' (Slovakia)", MULE["a08_de"]: "N26 account, presented as the plant manager's salary account",
    MULE["a17_it"]: "Banca Sella account, presented as Ferretti's 'temporary' account", MULE["a22_pl"]: "mBank account, presented as Partner Logistik's new account",
    MULE["a31_gb"]: "GB e-money account of the 'registration agent'",
}
