"""The company, its staff and its correspondents (as modelled)."""

from . import ident

# ------------------------------------------------------------------ company
OFFICES = [
    dict(cc="DE", city="Mannheim (HQ)", entity="Example Group SE",
         address="Seckenheimer Landstraße 210, 68163 Mannheim, Germany",
         role="Group headquarters, central purchasing, mail-order pharmacy, central warehouse",
         taxid=("USt-IdNr.", ident.de_vat("81475326")), reg="Amtsgericht Mannheim HRB 739214",
         phone="+49 621 4390-0"),
    dict(cc="IT", city="Milano", entity="Example Farmacie S.r.l.",
         address="Via Giovanni Battista Pirelli 19, 20124 Milano, Italy",
         role="Italian pharmacies (Lombardy, Veneto)", taxid=("Partita IVA", ident.it_piva("1078465015")),
         reg="REA MI-2598741", phone="+39 02 8734 2210"),
    dict(cc="PL", city="Wrocław", entity="Example Apteki sp. z o.o.",
         address="ul. Grabiszyńska 241, 53-234 Wrocław, Poland",
         role="Polish pharmacies (Lower Silesia, Greater Poland)", taxid=("NIP", ident.pl_nip("894312578")),
         reg="KRS 0000912345, REGON " + ident.pl_regon("38204117"), phone="+48 71 795 40 10"),
    dict(cc="ES", city="Valencia", entity="Example Farmacias S.L.",
         address="Calle de Colón 18, 46004 Valencia, Spain",
         role="Spanish pharmacies (Comunitat Valenciana)", taxid=("NIF", ident.es_cif("B", "9876543")),
         reg="Registro Mercantil de Valencia, Tomo 10982, Hoja V-198457", phone="+34 963 52 18 40"),
    dict(cc="GR", city="Marousi (Athens)", entity="Example Pharmacies Hellas Μονοπρόσωπη Α.Ε.",
         address="Λεωφόρος Κηφισίας 124, 151 25 Μαρούσι, Greece",
         role="Greek pharmacies (Attica)", taxid=("ΑΦΜ", ident.gr_afm("80156432")),
         reg="ΓΕΜΗ 158240301000, ΔΟΥ ΦΑΕ Αθηνών", phone="+30 210 6184 300"),
    dict(cc="GB", city="Manchester", entity="Example Pharmacy UK Ltd",
         address="3 Hardman Street, Manchester M3 3HF, United Kingdom",
         role="UK pharmacies (North West England), care-home dispensing",
         taxid=("VAT", ident.gb_vat("3847561")), reg="Companies House 13579246", phone="+44 161 496 0721"),
    dict(cc="RU", city="Moscow", entity="ООО «Экзампл Фарма» (Example Pharma LLC)",
         address="115054, г. Москва, ул. Валовая, д. 26",
         role="Russian pharmacies (Moscow)", taxid=("ИНН/КПП", ident.ru_inn10("770543218") + " / 770501001"),
         reg="ОГРН " + ident.ru_ogrn("112774631452"), phone="+7 495 134-52-80"),
]
OFF = {o["cc"]: o for o in OFFICES}

# Company bank accounts (genuine)
EX_BANK_DE = dict(bank="Neckartal Bank AG", bic="NKTBDE6MXXX", iban=ident.make_iban("DE", "67092300" + "0418276500"))

# ------------------------------------------------------------------ staff
STAFF = [
    # name, address, office, role
    ("Dr. Matthias Brenner", "matthias.brenner@example.com", "DE", "Chief Executive Officer"),
    ("Claudia Hoffmann-Weiß", "claudia.hoffmann-weiss@example.com", "DE", "Chief Financial Officer"),
    ("Jana Köhler", "jana.koehler@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    ("Andrea Schröder", "andrea.schroeder@example.com", "DE", "HR & payroll"),
    ("Thomas Brückner", "thomas.brueckner@example.com", "DE", "Head of IT"),
    ("Lukas Feldmann", "lukas.feldmann@example.com", "DE", "IT security & mail administrator"),
    ("Nicole Engel", "nicole.engel@example.com", "DE", "Assistant to the CEO"),
    ("Markus Jäger", "markus.jaeger@example.com", "DE", "Head of procurement (Einkauf)"),
    ("Julia Bauer", "julia.bauer@examplegroup.eu", "DE", "Sales – institutional customers (care homes, clinics)"),
    ("Tobias Lindner", "tobias.lindner@examplegroup.eu", "DE", "Key account manager, B2B Europe"),
    ("Dr. Katrin Vogt", "katrin.vogt@example.com", "DE", "Head of pharmacy operations & quality (responsible pharmacist, securPharm/GDP)"),
    ("Florian Schäfer", "florian.schaefer@example.com", "DE", "Head of central warehouse & logistics"),
    ("Sandra Keller", "sandra.keller@examplegroup.eu", "DE", "Office manager, Mannheim HQ"),
    ("Giulia Romano", "giulia.romano@example.com", "IT", "Office manager"),
    ("Paolo Conti", "paolo.conti@example.com", "IT", "Accountant (contabile)"),
    ("Katarzyna Wiśniewska", "katarzyna.wisniewska@example.com", "PL", "Office manager"),
    ("Michał Kowalczyk", "michal.kowalczyk@example.com", "PL", "Accountant (księgowy)"),
    ("Lucía Fernández", "lucia.fernandez@example.com", "ES", "Office manager"),
    ("Javier Morales", "javier.morales@example.com", "ES", "Accountant (contable)"),
    ("Ελένη Παπαδοπούλου", "eleni.papadopoulou@example.com", "GR", "Office manager"),
    ("Γιώργος Νικολάου", "georgios.nikolaou@example.com", "GR", "Accountant (λογιστής)"),
    ("Sarah Whitfield", "sarah.whitfield@example.com", "GB", "Office manager"),
    ("James Okafor", "james.okafor@example.com", "GB", "Accountant"),
    ("Ольга Смирнова", "olga.smirnova@example.com", "RU", "Office manager"),
    ("Дмитрий Волков", "dmitry.volkov@example.com", "RU", "Accountant (бухгалтер)"),
]
S = {}
for _n, _a, _o, _r in STAFF:
    S[_a.split("@")[0]] = (_n, _a)


def st(key):
    """('Display Name', address) by local part."""
    return S[key]


# ------------------------------------------------------------------ correspondents
LIEF = dict(
    org="Lieferant GmbH", cc="DE", domain="lieferant-gmbh.de",
    address="Industriestraße 14, 74076 Heilbronn", vat=ident.de_vat("14735209"), reg="Amtsgericht Stuttgart HRB 108463",
    people={"maier": ("Stefan Maier", "s.maier@lieferant-gmbh.de", "Key Account Manager Apotheken"),
            "lang": ("Petra Lang", "p.lang@lieferant-gmbh.de", "Vertriebsinnendienst / Auftragsabwicklung"),
            "buha": ("Buchhaltung", "rechnungen@lieferant-gmbh.de", "Debitorenbuchhaltung")},
    bank=dict(bank="Unterländer Volksbank eG", bic="GENODES1UNL", iban=ident.make_iban("DE", "62091234" + "0087451203")),
    relay=("mail.lieferant-gmbh.de", "203.0.113.25"),
    phone="+49 7131 58210-0",
    rel="Supplier: pharmaceutical wholesaler for OTC medicines, medical devices and pharmacy consumables",
    system="Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25] with OpenDKIM (s=mail2024); staff on Outlook 2021 "
           "(SMTP AUTH from 192.168.20.0/24); invoices from the ERP host erp01.lieferant.local [192.168.10.20]; "
           "Roundcube webmail on the same host",
)

FERR = dict(
    org="Ferretti Trasporti S.p.A.", cc="IT", domain="ferretti-trasporti.it",
    address="Via dell'Industria 42, 37135 Verona", vat=ident.it_piva("0327846023"),
    people={"colombo": ("Chiara Colombo", "c.colombo@ferretti-trasporti.it", "Ufficio traffico / customer service"),
            "amm": ("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it", "Amministrazione")},
    bank_old=dict(bank="Banco BPM S.p.A.", bic="BAPPIT21A17", iban=ident.iban_it("05034", "11701", "000000052471")),
    bank_new=dict(bank="Intesa Sanpaolo S.p.A.", bic="BCITITMM", iban=ident.iban_it("03069", "11710", "100000063518")),
    tenant=dict(domain="ferretti-trasporti.it", tid="5b8e2f41-7c3a-4d9e-a1f6-2c0b7e9d4a18", pfx="DU2PR09MB",
                hubpfx="AS8PR09MB", region="eurprd09", obe="EUR05-DB8-obe", obhost="mail-db8eur05on2108",
                ip="40.107.20.108", onms="ferrettitrasporti.onmicrosoft.com", accept="it-IT, en-US",
                ipv6pfx="2603:10a6:10"),
    phone="+39 045 820 4410",
    rel="Road carrier: GDP-compliant temperature-controlled transport (2–8 °C / 15–25 °C) for Italian pharmacies",
    system="Microsoft 365 (Exchange Online, EUR), DKIM selector1, DMARC p=reject",
)

PLOG = dict(
    org="Partner Logistik sp. z o.o.", cc="PL", domain="partner-logistik.pl",
    address="ul. Składowa 12, 62-023 Gądki", vat=ident.pl_nip("777315642"),
    people={"zielinski": ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "Kierownik obsługi klienta"),
            "ksieg": ("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl", "Księgowość")},
    bank=dict(bank="mBank S.A.", bic="BREXPLPWXXX", iban=ident.iban_pl("1140200", "4000350278215146")),
    relay=("cloudserver2431877.home.pl", "46.242.239.118"),
    phone="+48 61 226 47 30",
    rel="Logistics partner: bonded pharma warehouse (GDP) and last-mile distribution to the Polish pharmacies",
    system="home.pl shared hosting mail (Postfix, outbound cloudserver2431877.home.pl [46.242.239.118]); "
           "no DKIM, SPF include:_spf.home.pl, no DMARC record; Outlook 2019 with iso-8859-2",
)

NORTH = dict(
    org="Northcare Homes Ltd", cc="GB", domain="northcarehomes.co.uk", address="Parkway House, Wilmslow Road, Manchester M20 5PG",
    people={"marsh": ("Helen Marsh", "helen.marsh@northcarehomes.co.uk", "Procurement Manager"),
            "desai": ("Priya Desai", "priya.desai@northcarehomes.co.uk", "Head of Clinical Services")},
    tenant=dict(domain="northcarehomes.co.uk", tid="e41c7a92-3b5d-4f08-9c6e-8a2d1f7b3c55", pfx="LO2P265MB",
                hubpfx="CWLP265MB", region="GBRP265", obe="GBR01-LO2-obe", obhost="mail-lo2gbr01on2095",
                ip="40.107.20.95", onms="northcarehomes.onmicrosoft.com", accept="en-GB, en-US",
                ipv6pfx="2603:10a6:600"),
    rel="Customer: care-home group (38 homes) – medicines supply and dispensing contract with Example Pharmacy UK",
    system="Microsoft 365 (Exchange Online, UK South); contracts through DocuSign",
)

ADRIA = dict(
    org="Farmaceutici Adriatica S.p.A.", cc="IT", domain="farmadriatica.it",
    address="Via Tiburtina Valeria km 211, 65129 Pescara", vat=ident.it_piva("0185462068"),
    people={"desantis": ("Marco De Santis", "m.desantis@farmadriatica.it", "Area manager Nord Italia"),
            "fatt": ("Fatturazione Farmaceutici Adriatica", "fatturazione@farmadriatica.it", "Ufficio fatturazione")},
    bank=dict(bank="BPER Banca S.p.A.", bic="BPMOIT22XXX", iban=ident.iban_it("05387", "15400", "000003216487")),
    relay=("smtpcmd0871.aruba.it", "62.149.156.71"),
    rel="Supplier: manufacturer of generic medicines (SSN class A/C) for the Italian pharmacies",
    system="Aruba business mail (outbound smtpcmd*.aruba.it, 62.149.156.0/24), DKIM d=farmadriatica.it s=a1; "
           "invoices through SdI (FatturaPA XML) with a courtesy PDF",
)

DFL = dict(
    org="Distribuidora Farmacéutica Levante S.A.", cc="ES", domain="dfarlevante.es",
    address="Avinguda de la Ciència 31, 46980 Paterna (Valencia)", vat=ident.es_cif("A", "4628315"),
    people={"rosa": ("Rosa Martínez Gil", "rosa.martinez@dfarlevante.es", "Atención al cliente farmacias"),
            "fact": ("Facturación DFL", "facturacion@dfarlevante.es", "Facturación")},
    bank=dict(bank="CaixaBank S.A.", bic="CAIXESBBXXX", iban=ident.iban_es("2100", "4873", "0200154826")),
    rel="Supplier: pharmaceutical wholesaler for the Spanish pharmacies (daily deliveries)",
    system="Google Workspace (DKIM s=google), DMARC p=quarantine",
)

ATTIKI = dict(
    org="Αττική Φαρμ Διανομή Α.Ε. (Attiki Pharm Distribution S.A.)", cc="GR", domain="attikipharm.gr",
    address="Αγίου Νικολάου 61, 144 52 Μεταμόρφωση", vat=ident.gr_afm("09974315"),
    people={"alexiou": ("Νίκος Αλεξίου", "n.alexiou@attikipharm.gr", "Υπεύθυνος πωλήσεων φαρμακείων"),
            "logist": ("Λογιστήριο Attiki Pharm", "logistirio@attikipharm.gr", "Λογιστήριο")},
    bank=dict(bank="Τράπεζα Πειραιώς", bic="PIRBGRAA", iban=ident.make_iban("GR", "017" + "1250" + "0005125014873216")),
    relay=("mail.attikipharm.gr", "198.51.100.47"),
    rel="Supplier: pharmaceutical wholesaler for the Greek pharmacies",
    system="Own Plesk server mail.attikipharm.gr [198.51.100.47] (Postfix), DKIM s=default, no DMARC; "
           "Outlook with windows-1253/iso-8859-7",
)

FARMD = dict(
    org="ООО «ФармДистрибьюшн» (PharmDistribution LLC)", cc="RU", domain="pharmdistrib.ru",
    address="125438, г. Москва, Михалковская ул., д. 63Б, стр. 4", inn=ident.ru_inn10("774318562"), kpp="774301001",
    people={"kuznetsova": ("Анна Кузнецова", "a.kuznetsova@pharmdistrib.ru", "Менеджер по работе с аптечными сетями"),
            "buh": ("Бухгалтерия ФармДистрибьюшн", "buh@pharmdistrib.ru", "Бухгалтерия")},
    bank=dict(bank="ПАО Сбербанк", bic="044525225", acct=ident.ru_account("044525225", "40702810738000104527"),
              corr=ident.ru_corr("044525225")),
    rel="Supplier: pharmaceutical distributor for the Moscow pharmacies",
    system="Yandex 360 for business (forward*.mail.yandex.net), DKIM s=mail",
)

APOD = dict(
    org="ApoData Systeme GmbH", cc="DE", domain="apodata-systeme.de", address="Alte Bahnhofstraße 9, 76133 Karlsruhe",
    people={"noreply": ("ApoData Systeme", "noreply@apodata-systeme.de", "System notifications"),
            "support": ("ApoData Support", "support@apodata-systeme.de", "Support")},
    rel="Service provider: pharmacy ERP/POS software incl. securPharm and E-Rezept modules",
    system="SendGrid (o1.ptr2846.apodata-systeme.de, 149.72.163.91), DKIM s1",
)

HOLL = dict(
    org="Hollmann & Partner mbB", cc="DE", domain="hollmann-partner.de", address="Kaiserring 10–16, 68161 Mannheim",
    people={"hollmann": ("Dr. Jens Hollmann", "j.hollmann@hollmann-partner.de", "Steuerberater, Partner"),
            "sturm": ("Miriam Sturm", "m.sturm@hollmann-partner.de", "Steuerfachangestellte")},
    rel="Adviser: tax advisers and auditors (annual accounts, VAT returns, payroll audits)",
    system="On-premises Exchange 2019 behind Hornetsecurity (outbound mx-relay*.antispameurope.com, 94.100.132.0/24), "
           "DKIM s=hse1",
)

BRIGHT = dict(
    org="Brightwell Healthcare Ltd", cc="GB", domain="brightwell-healthcare.co.uk",
    address="Unit 7, Trafford Park Road, Manchester M17 1HH",
    people={"accounts": ("Brightwell Healthcare Ltd", "accounts@brightwell-healthcare.co.uk", "Accounts")},
    bank=dict(bank="Barclays Bank UK PLC", sort="20-55-41", acct="43917826",
              iban=ident.make_iban("GB", "BUKB" + "205541" + "43917826")),
    vat=ident.gb_vat("2198734"),
    rel="Supplier: pharmacy consumables and OTC products (UK)",
    system="Invoices sent through Xero (messaging-service@post.xero.com via Amazon SES)",
)

NECKAR = dict(
    org="Neckartal Bank AG", cc="DE", domain="neckartal-bank.de",
    rel="Bank: house bank of Example Group SE (business online banking, EBICS)",
    system="Own mail gateway mailout.neckartal-bank.de [198.51.100.140], DKIM s=nb2026",
)

PAPAG = dict(
    org="Παπαγεωργίου & Συνεργάτες – Δικηγορική Εταιρεία (Papageorgiou & Partners)", cc="GR",
    domain="papageorgiou-law.gr", address="Σκουφά 52, 106 72 Αθήνα",
    people={"papageorgiou": ("Μαρία Παπαγεωργίου", "m.papageorgiou@papageorgiou-law.gr", "Δικηγόρος")},
    rel="Adviser: law firm of the Greek subsidiary (leases, employment, pharmacy licences)",
    system="Google Workspace (DKIM s=google), no DMARC record",
)

PLATFORMS = [
    ("DocuSign", "—", "dse@eumail.docusign.net (envelopes on behalf of senders)", "E-signature platform used by Northcare Homes",
     "DocuSign EU mail (eumail.docusign.net, SendGrid-like MTA), DKIM d=docusign.net"),
    ("Microsoft (Entra ID / Microsoft 365)", "—", "azure-noreply@microsoft.com, no-reply@sharepointonline.com",
     "Cloud identity for Teams/OneDrive (hybrid with on-prem Exchange 2019); SharePoint sharing from partners",
     "Microsoft outbound (outbound.protection.outlook.com), DKIM d=microsoft.com / sharepointonline.com"),
    ("Google (Forms / Workspace)", "—", "forms-receipts-noreply@google.com",
     "Surveys sent by partners", "Google (mail-sor-*.google.com), DKIM d=google.com"),
    ("General Pharmaceutical Council (GPhC)", "GB", "noreply@pharmacyregulation.org",
     "Regulator: registration of UK pharmacy premises", "Dynamics 365 marketing via Amazon SES (eu-west-2)"),
    ("ΕΟΠΥΥ (National Organisation for Healthcare Services Provision)", "GR", "noreply@eopyy.gov.gr",
     "Authority: reimbursement of prescriptions dispensed by the Greek pharmacies", "Government mail relay (mail.eopyy.gov.gr)"),
    ("ACS Courier", "GR", "noreply@acscourier.net", "Courier for parcels to/from the Greek office", "Amazon SES (eu-central-1)"),
    ("AEAT / DEHú (Spanish tax agency notifications)", "ES", "avisosdehu@correo.gob.es",
     "Authority: notices of electronic notifications", "Government relay (smtp-out02.correo.gob.es), DKIM d=correo.gob.es"),
    ("ЦРПТ / Честный знак (MDLP drug-tracking)", "RU", "noreply@crpt.ru",
     "Authority operator: mandatory drug-movement monitoring for pharmacies", "Own relay (mx-out2.crpt.ru), DKIM d=crpt.ru"),
    ("Контур.Диадок (EDI)", "RU", "noreply@diadoc.ru", "E-invoicing (EDO) operator used with ФармДистрибьюшн",
     "Kontur relay (mail-out3.kontur.ru), DKIM d=diadoc.ru"),
    ("Platforma Zakupowa (Open Nexus)", "PL", "powiadomienia@platformazakupowa.pl",
     "Public-tender platform (hospital RFQs)", "SendGrid (platform's verified domain)"),
    ("Plataforma de Contratación del Sector Público", "ES", "notificaciones@contrataciondelestado.es",
     "Public-tender alerts", "Government relay (correo.contrataciondelestado.es), no DKIM"),
    ("mBank CompanyNet", "PL", "kontakt@mbank.pl", "Bank: business banking of Example Apteki sp. z o.o.",
     "mBank mailing relay (mailout2.mbank.pl), DKIM d=mbank.pl"),
    ("PharmaRetail Europe (newsletter)", "EU", "news@pharmaretail-europe.eu", "Trade newsletter",
     "Mailchimp (mcsv.net)"),
]
