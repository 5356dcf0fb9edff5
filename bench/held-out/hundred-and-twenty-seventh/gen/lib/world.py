"""The fixed world: Example Group, its offices, staff, correspondents and bank details."""
from . import ident as I

# ------------------------------------------------------------------ company & offices
OFFICES = [
    dict(code="DE", country="Germany", city="Hamburg (HQ)", zone="DE",
         entity="Example Group Wasserbau GmbH",
         address="Reiherdamm 38, 20457 Hamburg, Deutschland",
         ids={"USt-IdNr.": I.de_ustid("31847265"), "Steuernummer": "48/712/03456",
              "Handelsregister": "Amtsgericht Hamburg HRB 148213"},
         phone="+49 40 7344 0600",
         bank=("Elbe Handelsbank AG, Hamburg", "ELHBDEHHXXX", I.make_iban("DE", "20030700" + "0041883500"))),
    dict(code="IT", country="Italy", city="Ravenna", zone="IT",
         entity="Example Group Italia S.r.l.",
         address="Via Trieste 212, 48122 Ravenna (RA), Italia",
         ids={"Partita IVA / C.F.": "IT" + I.it_piva("0231587039"), "REA": "RA-213456"},
         phone="+39 0544 421 870",
         bank=("BPER Banca S.p.A., filiale Ravenna Porto", "BPMOIT22XXX",
               I.make_iban("IT", I.it_bban("05387", "13100", "000003518766")))),
    dict(code="PL", country="Poland", city="Gdańsk", zone="PL",
         entity="Example Group Polska sp. z o.o.",
         address="ul. Na Ostrowiu 15, 80-958 Gdańsk, Polska",
         ids={"NIP": I.pl_nip("584112376"), "REGON": I.pl_regon("36512890"), "KRS": "0000712345"},
         phone="+48 58 350 41 20",
         bank=("Santander Bank Polska S.A., I O/Gdańsk", "WBKPPLPPXXX",
               I.make_iban("PL", I.pl_sortcode("109", "0109") + "0000000148213377"))),
    dict(code="ES", country="Spain", city="Valencia", zone="ES",
         entity="Example Group Obras Marítimas S.L.U.",
         address="Avenida del Puerto 300, 46024 Valencia, España",
         ids={"CIF / NIF-IVA": "ES" + I.es_cif("B", "9876543")},
         phone="+34 963 24 71 50",
         bank=("Banco Bilbao Vizcaya Argentaria, S.A.", "BBVAESMMXXX",
               I.make_iban("ES", I.es_bban("0182", "5941", "0201589632")))),
    dict(code="GR", country="Greece", city="Piraeus", zone="GR",
         entity="EXAMPLE GROUP HELLAS ΘΑΛΑΣΣΙΑ ΕΡΓΑ ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.",
         address="Ακτή Μιαούλη 47, 185 36 Πειραιάς, Ελλάδα",
         ids={"ΑΦΜ / VAT": "EL" + I.gr_afm("80193426"), "ΔΟΥ": "ΦΑΕ Πειραιά", "ΓΕΜΗ": "159876507000"},
         phone="+30 210 41 29 350",
         bank=("Τράπεζα Πειραιώς Α.Ε. (Piraeus Bank)", "PIRBGRAAXXX",
               I.make_iban("GR", "017" + "0125" + "0005125047891236"))),
    dict(code="UK", country="United Kingdom", city="Southampton", zone="UK",
         entity="Example Group Marine Works (UK) Ltd",
         address="Unit 4, Ocean Way, Southampton SO14 3JZ, United Kingdom",
         ids={"VAT": "GB" + I.gb_vat("2871934"), "Company No.": "11873402 (England and Wales)"},
         phone="+44 23 8049 6120",
         bank=("National Westminster Bank plc, Southampton", "NWBKGB2L",
               I.make_iban("GB", "NWBK" + "560034" + "71045582"))),
    dict(code="RU", country="Russia", city="Saint Petersburg", zone="RU",
         entity="ООО «Экзампл Груп Гидрострой»",
         address="199106, г. Санкт-Петербург, Кожевенная линия, д. 34, лит. А, пом. 12-Н",
         ids={"ИНН": I.ru_inn10("780154321"), "КПП": "780101001", "ОГРН": I.ru_ogrn("117784712345")},
         phone="+7 812 322 45 10",
         bank=("Северо-Западный банк ПАО Сбербанк", "044030653",
               I.ru_account("044030653", "40702810055040012345"))),
]
OFF = {o["code"]: o for o in OFFICES}
RU_CORR = "30101810500000000653"

# ------------------------------------------------------------------ staff
STAFF = [
    # display name, address, office, role
    ("Henrik Brandt", "henrik.brandt@example.com", "DE", "Chief Executive Officer (Geschäftsführer)"),
    ("Katrin Vogel", "katrin.vogel@example.com", "DE", "Chief Financial Officer"),
    ("Sabine Krüger", "sabine.krueger@example.com", "DE", "Accounts Payable / Kreditorenbuchhaltung (HQ accountant)"),
    ("Monika Hartmann", "monika.hartmann@example.com", "DE", "HR & Payroll (group)"),
    ("Jens Petersen", "jens.petersen@example.com", "DE", "Head of IT"),
    ("Tobias Schröder", "tobias.schroeder@example.com", "DE", "IT Security & Mail Administrator"),
    ("Laura Schäfer", "laura.schaefer@example.com", "DE", "Assistant to the CEO"),
    ("Markus Lehmann", "markus.lehmann@example.com", "DE", "Head of Procurement (Einkauf)"),
    ("Julia Neumann", "julia.neumann@examplegroup.eu", "DE", "Head of Tendering & Sales"),
    ("Arne Jansen", "arne.jansen@example.com", "DE", "Fleet Manager (dredgers, technical superintendent)"),
    ("Niklas Möller", "niklas.moeller@example.com", "DE", "Hydrographic Surveyor / Project Engineer"),
    ("Claudia Becker", "claudia.becker@example.com", "DE", "HSEQ Manager"),
    ("Birgit Schulz", "birgit.schulz@example.com", "DE", "Office Manager Hamburg"),
    ("Francesca Romano", "francesca.romano@example.com", "IT", "Office Manager Ravenna"),
    ("Marco Galli", "marco.galli@example.com", "IT", "Accountant Italy"),
    ("Alessandro Rinaldi", "alessandro.rinaldi@examplegroup.eu", "IT", "Project Manager (Ravenna port dredging)"),
    ("Agnieszka Wójcik", "agnieszka.wojcik@example.com", "PL", "Office Manager Gdańsk"),
    ("Katarzyna Kowalczyk", "katarzyna.kowalczyk@example.com", "PL", "Accountant Poland (główna księgowa)"),
    ("Piotr Nowicki", "piotr.nowicki@example.com", "PL", "Site Manager (kierownik robót czerpalnych)"),
    ("Lucía Fernández", "lucia.fernandez@example.com", "ES", "Office Manager Valencia"),
    ("Javier Moreno", "javier.moreno@example.com", "ES", "Accountant Spain"),
    ("Eleni Papadopoulou", "eleni.papadopoulou@example.com", "GR", "Office Manager Piraeus"),
    ("Dimitris Georgiou", "dimitris.georgiou@example.com", "GR", "Accountant Greece"),
    ("Rachel Hughes", "rachel.hughes@example.com", "UK", "Office Manager Southampton"),
    ("Oliver Bennett", "oliver.bennett@example.com", "UK", "Accountant UK"),
    ("James Whitfield", "james.whitfield@examplegroup.eu", "UK", "Business Development Manager UK"),
    ("Anna Sokolova", "anna.sokolova@example.com", "RU", "Office Manager Saint Petersburg"),
    ("Dmitry Volkov", "dmitry.volkov@example.com", "RU", "Accountant Russia"),
]
S = {}
for _n, _a, _o, _r in STAFF:
    S[_a.split("@")[0].split(".")[0]] = (_n, _a)


def st(key):
    """Staff (name, address) by first name in ASCII, e.g. st('sabine')."""
    return S[key]


# ------------------------------------------------------------------ correspondents
LIEFERANT = dict(
    org="Lieferant GmbH", country="DE", city="Bremerhaven",
    address="Am Fischereihafen 21, 27572 Bremerhaven",
    ust=I.de_ustid("11462983"), hrb="Amtsgericht Bremen HRB 31457 BHV",
    phone="+49 471 93 21 40", fax="+49 471 93 21 499",
    people={"maier": ("Stefan Maier", "s.maier@lieferant-gmbh.de", "Vertrieb / Key Account Baggertechnik"),
            "lang": ("Petra Lang", "p.lang@lieferant-gmbh.de", "Auftragsabwicklung / Innendienst"),
            "buha": ("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de", "Buchhaltung")},
    relay=("mail.lieferant-gmbh.de", "203.0.113.25"),
    old_bank=("Weser-Elbe Sparkasse", "BRLADE21BRS", I.make_iban("DE", "29250000" + "0100457812")),
    new_bank=("Oldenburgische Landesbank AG", "OLBODEH2XXX", I.make_iban("DE", "28020050" + "4711830400")),
    md=["Gerd Lang", "Dr. Ulrike Brandes"],
)
FERRETTI = dict(
    org="Ferretti Trasporti S.p.A.", country="IT", city="Ravenna",
    address="Via Classicana 141, 48122 Ravenna (RA)",
    piva="IT" + I.it_piva("0187452039"),
    phone="+39 0544 453 211",
    people={"colombo": ("Chiara Colombo", "c.colombo@ferretti-trasporti.it", "Ufficio traffico / customer service"),
            "amm": ("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it", "Amministrazione")},
    bank=("Crédit Agricole Italia S.p.A.", "CRPPIT2P", I.make_iban("IT", I.it_bban("06230", "13100", "000046127583"))),
    tenant="ferrettitrasporti.onmicrosoft.com",
)
PARTNER = dict(
    org="Partner Logistik sp. z o.o.", country="PL", city="Gdynia",
    address="ul. Polska 13, 81-339 Gdynia",
    nip=I.pl_nip("957201843"), krs="0000534127",
    phone="+48 58 621 77 40",
    people={"zielinski": ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "Prezes Zarządu / dyrektor operacyjny"),
            "ksieg": ("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl", "Księgowość")},
    old_bank=("Bank Polska Kasa Opieki S.A. (Pekao)", "PKOPPLPW",
              I.make_iban("PL", I.pl_sortcode("124", "0213") + "1111001047382016")),
    new_bank=("mBank S.A.", "BREXPLPW", I.make_iban("PL", I.pl_sortcode("114", "0202") + "0000450213874471")),
    relay=("cloudserver094.home.pl", "79.96.170.134"),
)
NORDWERFT = dict(org="Nordwerft Cuxhaven GmbH", country="DE", city="Cuxhaven",
                 people={"ahlers": ("Jan-Hendrik Ahlers", "jh.ahlers@nordwerft-cuxhaven.de", "Projektleiter Reparatur & Dockung")},
                 phone="+49 4721 66 38 0")
EHB = dict(org="Elbe Handelsbank AG", country="DE", city="Hamburg",
           people={"sommer": ("Dr. Friederike Sommer", "friederike.sommer@elbe-handelsbank.de", "Firmenkundenbetreuerin"),
                   "portal": ("EHB Business Online", "service@ehb-business.de", "Corporate e-banking portal notifications")},
           phone="+49 40 3008 4400", relay=("mailout2.elbe-handelsbank.de", "203.0.113.82"))
KESSLER = dict(org="Dr. Kessler & Partner mbB Steuerberatungsgesellschaft", country="DE", city="Hamburg",
               people={"kessler": ("Anja Kessler", "a.kessler@kessler-partner.de", "Steuerberaterin, Partnerin")},
               phone="+49 40 4132 5570")
WESSEX = dict(org="Wessex Ports Authority", country="UK", city="Southampton",
              people={"carter": ("Helen Carter", "helen.carter@wessexports.co.uk", "Senior Procurement Officer"),
                      "finance": ("Wessex Ports Finance", "accounts.receivable@wessexports.co.uk", "Accounts receivable")},
              phone="+44 23 8049 6450",
              bank=("Lloyds Bank plc", "LOYDGB21", I.make_iban("GB", "LOYD" + "309634" + "18820476")))
HARWOOD = dict(org="Harwood Marine Surveys Ltd", country="UK", city="Poole",
               people={"price": ("Daniel Price", "daniel.price@harwoodmarine.co.uk", "Survey Operations Manager")},
               tenant="harwoodmarine.onmicrosoft.com")
BERTOLINI = dict(org="Studio Bertolini & Associati (commercialisti)", country="IT", city="Ravenna",
                 people={"bertolini": ("Elisa Bertolini", "elisa.bertolini@studiobertolini.it", "Dottore commercialista")},
                 phone="+39 0544 219 304")
HYDRO = dict(org="Hydrobudowa Bałtyk S.A.", country="PL", city="Gdańsk",
             people={"lewandowski": ("Marek Lewandowski", "m.lewandowski@hydrobudowa-baltyk.pl", "Kierownik kontraktu")},
             nip=I.pl_nip("583100927"))
CML = dict(org="Combustibles Marinos del Levante S.A.", country="ES", city="Valencia",
           people={"gimenez": ("Raúl Giménez", "rgimenez@cmlevante.es", "Responsable comercial suministro a buques"),
                   "fact": ("Facturación CML", "facturacion@cmlevante.es", "Facturación")},
           cif=I.es_cif("A", "4601238"),
           bank=("CaixaBank, S.A.", "CAIXESBBXXX", I.make_iban("ES", I.es_bban("2100", "4617", "0200183457"))),
           phone="+34 963 67 18 20")
AEGEAN = dict(org="Aegean Marine Constructions S.A. (ΑΙΓΑΙΟΝ ΘΑΛΑΣΣΙΑ ΕΡΓΑ Α.Ε.)", country="GR", city="Piraeus",
              people={"konst": ("Γιώργος Κωνσταντίνου", "g.konstantinou@aegeanmarine.gr", "Διευθυντής έργου JV"),
                      "acc": ("Aegean Marine - Λογιστήριο", "accounting@aegeanmarine.gr", "Λογιστήριο")},
              afm=I.gr_afm("09412763"),
              bank=("Εθνική Τράπεζα της Ελλάδος", "ETHNGRAA", I.make_iban("GR", "011" + "0141" + "0000141002871345")),
              relay=("mail.aegeanmarine.gr", "198.51.100.77"))
SZGS = dict(org="ООО «Севзапгидрострой»", country="RU", city="Saint Petersburg",
            people={"kuznetsov": ("Сергей Кузнецов", "s.kuznetsov@szgs.ru", "Заместитель генерального директора"),
                    "buh": ("Бухгалтерия СЗГС", "buh@szgs.ru", "Бухгалтерия")},
            inn=I.ru_inn10("781022345"), kpp="781001001",
            bik="044030653", acc=I.ru_account("044030653", "40702810355000098765"))

CORRESPONDENTS = [
    ("Lieferant GmbH — Stefan Maier, Petra Lang, Buchhaltung", "DE",
     "s.maier@lieferant-gmbh.de, p.lang@lieferant-gmbh.de, rechnungen@lieferant-gmbh.de",
     "Supplier of dredge wear parts (cutter teeth, pump liners, pipeline), Bremerhaven",
     "Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], OpenDKIM d=lieferant-gmbh.de s=mail2024; staff use Thunderbird, ERP mails from proALPHA; SPF -all, DMARC p=quarantine"),
    ("Ferretti Trasporti S.p.A. — Chiara Colombo, Amministrazione", "IT",
     "c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it",
     "Road carrier (pipeline sections, booster pumps, site equipment), Ravenna",
     "Microsoft 365 (tenant ferrettitrasporti.onmicrosoft.com), EOP outbound 40.107.0.0/16, DKIM s=selector1, DMARC p=quarantine; SharePoint/OneDrive sharing"),
    ("Partner Logistik sp. z o.o. — Tadeusz Zieliński, Księgowość", "PL",
     "t.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl",
     "Logistics partner: port handling, customs agency, forwarding Gdynia/Gdańsk",
     "home.pl hosting (cloudserver094.home.pl [79.96.170.134]), DKIM d=partner-logistik.pl s=dkim, Vade headers; Thunderbird"),
    ("Nordwerft Cuxhaven GmbH — Jan-Hendrik Ahlers", "DE", "jh.ahlers@nordwerft-cuxhaven.de",
     "Shipyard: docking and repair of the dredging fleet", "IONOS mail (mout.kundenserver.de); contracts via DocuSign EU (eumail.docusign.net)"),
    ("Elbe Handelsbank AG — Dr. Friederike Sommer; EHB Business Online", "DE",
     "friederike.sommer@elbe-handelsbank.de, service@ehb-business.de",
     "House bank (HQ accounts, guarantees); corporate e-banking portal", "Own Postfix cluster mailout1/2.elbe-handelsbank.de [203.0.113.81-82], DKIM d=ehb-business.de s=ehb2026"),
    ("Dr. Kessler & Partner mbB — Anja Kessler", "DE", "a.kessler@kessler-partner.de",
     "Tax adviser (payroll accounting, annual accounts)", "Microsoft 365, DKIM s=selector2"),
    ("Wessex Ports Authority — Helen Carter; Accounts Receivable", "UK",
     "helen.carter@wessexports.co.uk, accounts.receivable@wessexports.co.uk",
     "Customer: maintenance dredging of the Southampton approaches", "On-prem Exchange 2019 behind Mimecast UK (eu-smtp-delivery-*.mimecast.com 185.58.84.0/22)"),
    ("Harwood Marine Surveys Ltd — Daniel Price", "UK", "daniel.price@harwoodmarine.co.uk",
     "Subcontractor: multibeam / hydrographic surveys", "Microsoft 365 (harwoodmarine.onmicrosoft.com), SharePoint sharing"),
    ("Studio Bertolini & Associati — Elisa Bertolini", "IT", "elisa.bertolini@studiobertolini.it",
     "Italian tax adviser (F24, VAT, payroll)", "Aruba hosted mail (smtpcmd*.aruba.it 62.149.156.0/24), DKIM d=studiobertolini.it s=a1"),
    ("Hydrobudowa Bałtyk S.A. — Marek Lewandowski", "PL", "m.lewandowski@hydrobudowa-baltyk.pl",
     "Customer: general contractor for quay construction (dredging subcontracts)", "nazwa.pl hosting (server*.nazwa.pl)"),
    ("Combustibles Marinos del Levante S.A. — Raúl Giménez; Facturación", "ES",
     "rgimenez@cmlevante.es, facturacion@cmlevante.es", "Supplier: marine gasoil bunkering for the dredgers in Valencia",
     "Google Workspace (DKIM s=google); invoices with VERI*FACTU QR; contracts via Adobe Acrobat Sign"),
    ("Aegean Marine Constructions S.A. — Γιώργος Κωνσταντίνου; Λογιστήριο", "GR",
     "g.konstantinou@aegeanmarine.gr, accounting@aegeanmarine.gr", "Joint-venture partner (Piraeus port expansion); cost-sharing invoices",
     "On-prem Zimbra 10 behind Postfix/amavis, mail.aegeanmarine.gr [198.51.100.77]; e-invoices via provider with myDATA MARK"),
    ("ООО «Севзапгидрострой» — Сергей Кузнецов; Бухгалтерия", "RU", "s.kuznetsov@szgs.ru, buh@szgs.ru",
     "Customer and subcontractor in the St Petersburg port area", "Yandex 360 for business (forward*.mail.yandex.net), DKIM d=szgs.ru s=mail"),
]
