"""Example Group (event & exhibition stand builder) - entities, staff, correspondents, bank data."""
from . import util as u

TRADE = "event and exhibition stand builder (Messebau / allestimenti fieristici / zabudowa stoisk targowych)"

# ------------------------------------------------------------------ own entities
ENT = {
    "DE": dict(name="Example Group GmbH", city="Düsseldorf",
               addr="Kaiserswerther Straße 181, 40474 Düsseldorf, Deutschland",
               reg="Amtsgericht Düsseldorf HRB 87412", vat=u.de_vat("31478265"), taxno="133/5791/2468",
               phone="+49 211 5403 8800", bank="Commerzbank AG, Düsseldorf", bic="COBADEFFXXX",
               iban=u.make_iban("DE", "30040000" + "0412345600")),
    "IT": dict(name="Example Group Italia S.r.l.", city="Rho (Milano)",
               addr="Via Giuseppe Di Vittorio 12, 20017 Rho (MI), Italia",
               reg="REA MI-2601734, Cap. soc. € 50.000 i.v.", vat="IT" + u.it_piva("0956214096"),
               phone="+39 02 9345 6170", bank="Intesa Sanpaolo S.p.A., Filiale Rho", bic="BCITITMM",
               iban=u.make_iban("IT", u.it_bban("03069", "20491", "100000004512")),
               pec="examplegroupitalia@pec.it", sdi="M5UXCR1"),
    "PL": dict(name="Example Group Polska sp. z o.o.", city="Poznań",
               addr="ul. Głogowska 14, 60-734 Poznań, Polska",
               reg="KRS 0000834512, Sąd Rejonowy Poznań – Nowe Miasto i Wilda", vat="PL" + u.pl_nip("779241365"),
               regon=u.pl_regon9("38152746"), phone="+48 61 624 31 70", bank="PKO Bank Polski S.A.", bic="BPKOPLPW",
               iban=u.make_iban("PL", "10204027" + "0000190212345678")),
    "ES": dict(name="Example Group Iberia S.L.", city="Madrid",
               addr="Calle de Campezo 1, Edificio 4, 28022 Madrid, España",
               reg="Registro Mercantil de Madrid, Tomo 40512, Folio 88, Hoja M-719204", vat="ES" + u.es_cif("B", "8765432"),
               phone="+34 91 742 18 60", bank="CaixaBank, S.A.", bic="CAIXESBBXXX",
               iban=u.make_iban("ES", u.es_bban("2100", "5731", "0200112233"))),
    "GR": dict(name="Example Group Hellas Μονοπρόσωπη Ι.Κ.Ε.", city="Αθήνα",
               addr="Λεωφόρος Κηφισού 96, 122 41 Αιγάλεω, Αθήνα",
               reg="Γ.Ε.ΜΗ. 158734201000", vat="EL" + u.gr_afm("80154327"), doy="Δ.Ο.Υ. Κ.Ε.Φ.Ο.Δ.Ε. Αττικής",
               phone="+30 210 345 8120", bank="Τράπεζα Πειραιώς", bic="PIRBGRAA",
               iban=u.make_iban("GR", "017" + "0233" + "0005233012345678")),
    "UK": dict(name="Example Group UK Ltd", city="Birmingham",
               addr="Unit 4, Bickenhill Trading Estate, Birmingham B37 7HQ, United Kingdom",
               reg="Registered in England & Wales No. 13572468", vat=u.gb_vat("3185472"),
               phone="+44 121 496 0417", bank="HSBC UK Bank plc", bic="HBUKGB4B",
               iban=u.make_iban("GB", "HBUK" + "401160" + "51234567"), sort="40-11-60", acct="51234567"),
    "RU": dict(name="ООО «Экзампл Груп Рус»", name_lat="Example Group Rus LLC", city="Москва",
               addr="125373, г. Москва, Походный проезд, д. 3, стр. 2, офис 412",
               reg="ОГРН " + u.ru_ogrn("119774612345"), vat="ИНН " + u.ru_inn10("772412345"), kpp="773301001",
               phone="+7 495 212 48 30", bank="АО «Райффайзенбанк»", bic="044525700",
               corr="30101810200000000700", acct=u.ru_account("044525700", "4070281000000012345")),
}

OFFICES = [
    ("DE", "Düsseldorf (HQ)", "Germany"), ("IT", "Rho / Milano", "Italy"), ("PL", "Poznań", "Poland"),
    ("ES", "Madrid", "Spain"), ("GR", "Athens", "Greece"), ("UK", "Birmingham", "United Kingdom"),
    ("RU", "Moscow", "Russia"),
]

# ------------------------------------------------------------------ staff
# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Dr. Markus Hoffmann", "markus.hoffmann@example.com", "DE", "CEO / Geschäftsführer"),
    "cfo": ("Claudia Weber", "claudia.weber@example.com", "DE", "CFO"),
    "ap": ("Sabine Krüger", "sabine.krueger@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    "hr": ("Julia Schäfer", "julia.schaefer@example.com", "DE", "HR & payroll"),
    "it": ("Thomas Becker", "thomas.becker@example.com", "DE", "Head of IT"),
    "sec": ("Jonas Wagner", "jonas.wagner@example.com", "DE", "IT security / mail administrator"),
    "asst": ("Nicole Braun", "nicole.braun@example.com", "DE", "Assistant to the CEO"),
    "proc": ("Andreas Köhler", "andreas.koehler@example.com", "DE", "Procurement (Einkauf)"),
    "sales": ("Katrin Vogel", "katrin.vogel@example.com", "DE", "Head of sales / key accounts"),
    "pm": ("Florian Zimmermann", "florian.zimmermann@example.com", "DE", "Senior project manager, stand construction"),
    "shop": ("Dirk Schulte", "dirk.schulte@example.com", "DE", "Workshop manager (carpentry & assembly)"),
    "log": ("Mehmet Yilmaz", "mehmet.yilmaz@example.com", "DE", "Logistics & transport coordinator"),
    "design": ("Lena Fischer", "lena.fischer@examplegroup.eu", "DE", "Head of stand design (3D/graphics)"),
    "om_de": ("Anja Neumann", "anja.neumann@example.com", "DE", "Office manager Düsseldorf"),
    "acc_de": ("Birgit Hartmann", "birgit.hartmann@example.com", "DE", "Accountant Düsseldorf (Finanzbuchhaltung)"),
    "om_it": ("Francesca Ricci", "francesca.ricci@example.com", "IT", "Office manager Rho/Milano"),
    "acc_it": ("Giovanni Esposito", "giovanni.esposito@example.com", "IT", "Accountant Italy"),
    "pm_it": ("Marco Bianchi", "marco.bianchi@example.com", "IT", "Project manager Italy (EICMA, Salone)"),
    "om_pl": ("Agnieszka Wójcik", "agnieszka.wojcik@example.com", "PL", "Office manager Poznań"),
    "acc_pl": ("Krzysztof Nowak", "krzysztof.nowak@example.com", "PL", "Accountant Poland (główny księgowy)"),
    "om_es": ("Lucía Fernández", "lucia.fernandez@example.com", "ES", "Office manager Madrid"),
    "acc_es": ("Javier Martín", "javier.martin@examplegroup.eu", "ES", "Accountant Spain"),
    "om_gr": ("Eleni Papadopoulou", "eleni.papadopoulou@example.com", "GR", "Office manager Athens"),
    "acc_gr": ("Georgios Nikolaidis", "georgios.nikolaidis@example.com", "GR", "Accountant Greece (λογιστής)"),
    "om_uk": ("Sarah Thompson", "sarah.thompson@example.com", "UK", "Office manager Birmingham"),
    "acc_uk": ("James Whitfield", "james.whitfield@example.com", "UK", "Accountant UK"),
    "om_ru": ("Ekaterina Smirnova", "ekaterina.smirnova@examplegroup.eu", "RU", "Office manager Moscow"),
    "acc_ru": ("Dmitry Volkov", "dmitry.volkov@examplegroup.eu", "RU", "Accountant Russia (главный бухгалтер)"),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


def plain_name(key):
    return STAFF[key][0].replace("Dr. ", "")


SHARED = [
    ("Rechnungseingang", "rechnungen@example.com", "AP invoice intake (shared mailbox, Sabine Krüger / Birgit Hartmann)"),
    ("IT Service Desk", "servicedesk@example.com", "IT service desk (Thomas Becker / Jonas Wagner)"),
    ("Bewerbungen", "jobs@example.com", "Applications (Julia Schäfer)"),
]

# ------------------------------------------------------------------ correspondents
LIEF = dict(
    name="Lieferant GmbH", country="DE",
    addr="Eckendorfer Straße 91, 33609 Bielefeld", vat=u.de_vat("27391846"), reg="Amtsgericht Bielefeld HRB 41873",
    phone="+49 521 9876 5400", fax="+49 521 9876 5499", web="www.lieferant-gmbh.de",
    gf="Geschäftsführer: Ralf Lang, Stefan Maier",
    maier=("Stefan Maier", "s.maier@lieferant-gmbh.de"), lang_=("Petra Lang", "p.lang@lieferant-gmbh.de"),
    buha=("Buchhaltung", "rechnungen@lieferant-gmbh.de"),
    relay="mail.lieferant-gmbh.de", ip="203.0.113.25",
    bank_old=("Sparkasse Bielefeld", "SPBIDE3BXXX", u.make_iban("DE", "48050161" + "0072418530")),
    bank_new=("Commerzbank AG, Filiale Bielefeld", "COBADEFFXXX", u.make_iban("DE", "48040035" + "0345128700")),
)
FERR = dict(
    name="Ferretti Trasporti S.p.A.", country="IT",
    addr="Via Enrico Mattei 45, 20098 San Giuliano Milanese (MI)", vat="IT" + u.it_piva("0283746015"),
    phone="+39 02 9828 4410", colombo=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
    amm=("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"),
    bank=("Banco BPM S.p.A., Ag. San Giuliano Milanese", "BAPPIT21", u.make_iban("IT", u.it_bban("05034", "33700", "000000004417"))),
    tenant="ferretti-trasporti.it", tenant_id="a3c71d9e-0f42-4b86-9e15-7c2b5d8f6a20",
    server="PA4PR03MB7134.eurprd03.prod.outlook.com",
)
PLOG = dict(
    name="Partner Logistik sp. z o.o.", country="PL",
    addr="ul. Przemysłowa 48A, 62-052 Komorniki", vat="PL" + u.pl_nip("778104523"),
    phone="+48 61 810 44 20", zielinski=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"),
    ksiegowosc=("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"),
    bank=("mBank S.A.", "BREXPLPW", u.make_iban("PL", "11402004" + "0000320245378192")),
)
BRIGHT = dict(name="Brightside AV Ltd", country="UK", addr="Unit 9, Siskin Parkway East, Coventry CV3 4PE",
              vat=u.gb_vat("4926173"), grant=("Oliver Grant", "oliver.grant@brightside-av.co.uk"),
              accounts=("Brightside AV Accounts", "accounts@brightside-av.co.uk"), phone="+44 24 7601 5530",
              bank=("Barclays Bank UK PLC", "BUKBGB22", u.make_iban("GB", "BUKB" + "204577" + "83746152")),
              tenant_id="5b8e2f41-9c3d-4a7e-b1f0-2d6c8a9e4f13", server="LO2PR07MB6394.eurprd07.prod.outlook.com")
ALTA = dict(name="Bodegas Altamira S.L.", country="ES", addr="Carretera de Laguardia km 3, 26006 Logroño (La Rioja)",
            vat="ES" + u.es_cif("B", "2654321"), ibanez=("Marta Ibáñez", "marta.ibanez@bodegasaltamira.es"),
            saenz=("Íñigo Sáenz", "inigo.saenz@bodegasaltamira.es"), phone="+34 941 28 47 10")
MAVR = dict(name="Ελαιουργία Μαυρίδη Α.Ε.", name_lat="Mavridis Olive Oil S.A.", country="GR",
            addr="Επαρχιακή Οδός Καλαμάτας–Μεσσήνης, 241 00 Καλαμάτα", vat="EL" + u.gr_afm("09481736"),
            nikos=("Νίκος Μαυρίδης", "n.mavridis@mavridis-olive.gr"),
            logist=("Λογιστήριο Μαυρίδη", "logistirio@mavridis-olive.gr"), phone="+30 27210 88 410",
            host="cp17.webhost-hellas.gr", ip="198.51.100.71")
BRANDT = dict(name="Brandt & Partner mbB Steuerberatungsgesellschaft", country="DE",
              addr="Graf-Adolf-Straße 41, 40210 Düsseldorf", vat=u.de_vat("12983746"),
              heike=("Heike Brandt", "h.brandt@brandt-partner-stb.de"), lohn=("Lohnbüro Brandt & Partner", "lohn@brandt-partner-stb.de"),
              phone="+49 211 8628 410")
TECHNO = dict(name="ООО «ТехноПарк Инструмент»", country="RU", addr="115432, г. Москва, проспект Андропова, д. 18, к. 7",
              vat="ИНН " + u.ru_inn10("771543219"), kpp="772501001",
              kuznetsov=("Андрей Кузнецов", "a.kuznetsov@tp-instrument.ru"), buh=("Бухгалтерия ТехноПарк", "buh@tp-instrument.ru"),
              phone="+7 495 980 21 14")
EXPOSVET = dict(name="ООО «ЭкспоСвет»", country="RU", addr="127015, г. Москва, ул. Новодмитровская, д. 2, к. 1, офис 305",
                inn=u.ru_inn10("772918364"), kpp="771501001", bank="ПАО Сбербанк", bic="044525225",
                corr="30101810400000000225", acct=u.ru_account("044525225", "4070281003800041827"),
                sender=("ЭкспоСвет — бухгалтерия", "buh@exposvet.ru"), phone="+7 495 640 77 13")
HALCYON = dict(name="Halcyon Medical Devices Ltd", country="UK", addr="3 Aston Cross Business Park, Birmingham B6 5RQ",
               rachel=("Rachel Okafor", "rachel.okafor@halcyon-medical.co.uk"))
MLECZ = dict(name="Spółdzielnia Mleczarska Wielkopolanka", country="PL", addr="ul. Kolejowa 7, 63-000 Środa Wielkopolska",
             vat="PL" + u.pl_nip("526104785"), bartosz=("Bartosz Kaczmarek", "b.kaczmarek@wielkopolanka.pl"))
MESSE = dict(name="Messe Düsseldorf GmbH (MEDICA 2026 exhibitor service)", country="DE")

CORRESPONDENTS = [
    ("Lieferant GmbH – Stefan Maier, Petra Lang, Buchhaltung", "DE",
     "s.maier@lieferant-gmbh.de, p.lang@lieferant-gmbh.de, rechnungen@lieferant-gmbh.de",
     "Supplier: aluminium frame systems, tension-fabric prints, LED lightboxes",
     "Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], Thunderbird/Outlook clients, DKIM s=mail2026"),
    ("Ferretti Trasporti S.p.A. – Chiara Colombo, Amministrazione", "IT",
     "c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it",
     "Road carrier: trucks for stand material to Italian and Spanish fairs",
     "Microsoft 365 (EOP outbound 52.101.x.x, DKIM selector1/selector2)"),
    ("Partner Logistik sp. z o.o. – Tadeusz Zieliński, Księgowość", "PL",
     "t.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl",
     "Logistics partner: warehousing of stand elements in Komorniki/Poznań, customs for RU shipments",
     "home.pl hosting (cloudserver094114.home.pl [79.96.170.134], IdeaSmtpServer, Vade headers)"),
    ("Brightside AV Ltd – Oliver Grant, Accounts", "UK", "oliver.grant@brightside-av.co.uk, accounts@brightside-av.co.uk",
     "Supplier: LED walls and AV hire for UK/EU shows", "Microsoft 365"),
    ("Halcyon Medical Devices Ltd – Rachel Okafor", "UK", "rachel.okafor@halcyon-medical.co.uk",
     "Customer: stand for Arab Health 2027 and MEDICA", "Microsoft 365"),
    ("Bodegas Altamira S.L. – Marta Ibáñez, Íñigo Sáenz", "ES", "marta.ibanez@bodegasaltamira.es, inigo.saenz@bodegasaltamira.es",
     "Customer: ProWein 2027 (Düsseldorf) and Fenavin stands", "Google Workspace"),
    ("Ελαιουργία Μαυρίδη Α.Ε. (Mavridis Olive Oil) – Νίκος Μαυρίδης, Λογιστήριο", "GR",
     "n.mavridis@mavridis-olive.gr, logistirio@mavridis-olive.gr", "Customer: Food Expo Athens 2027, SIAL",
     "Shared cPanel/Exim hosting cp17.webhost-hellas.gr [198.51.100.71], Outlook 2016 client"),
    ("Spółdzielnia Mleczarska Wielkopolanka – Bartosz Kaczmarek", "PL", "b.kaczmarek@wielkopolanka.pl",
     "Prospect: stand for Polagra Food 2027 (MTP Poznań)", "Google Workspace"),
    ("Brandt & Partner mbB Steuerberatung – Heike Brandt, Lohnbüro", "DE", "h.brandt@brandt-partner-stb.de, lohn@brandt-partner-stb.de",
     "Adviser: tax adviser and payroll bureau for the German entity", "IONOS (mout.kundenserver.de)"),
    ("ООО «ТехноПарк Инструмент» – Андрей Кузнецов, Бухгалтерия", "RU", "a.kuznetsov@tp-instrument.ru, buh@tp-instrument.ru",
     "Customer: stand at MosBuild 2027 (Crocus Expo)", "Yandex 360 for business"),
    ("ООО «ЭкспоСвет» – бухгалтерия", "RU", "buh@exposvet.ru", "Supplier: stand lighting hire, Moscow",
     "VK WorkSpace / Mail.ru for business (smtpNN.i.mail.ru)"),
    ("Messe Düsseldorf GmbH – MEDICA exhibitor service", "DE", "medica-service@messe-duesseldorf.de",
     "Trade fair organiser / exhibitor portal (stand-construction approvals)",
     "Own relay mx-out2.messe-duesseldorf.de [192.0.2.41], DKIM s=md2026"),
    ("Integrated Systems Events – ISE Exhibitor Services", "ES/NL", "exhibitorservices@iseurope.org",
     "Trade fair organiser (ISE 2027 Barcelona): contractor registration and notices",
     "Salesforce Marketing Cloud (mta4.e.iseurope.org, 13.111.x.x)"),
    ("StandBuild Insider", "UK", "news@standbuild-insider.com", "Trade newsletter subscribed by sales",
     "Mailchimp (mcdlv.net, 198.2.x.x)"),
    ("Platforms & authorities", "various",
     "dse@eumail.docusign.net, microsoft-noreply@microsoft.com, no-reply@dropbox.com, forms-receipts-noreply@google.com, "
     "sdi*@pec.fatturapa.it (via PEC), comunicazioni@staff.aruba.it, inbiz-notifiche@intesasanpaolo.com, "
     "notificaciones@caixabank.com, powiadomienia@dpd.com.pl, noreply@aade.gr, avisos.dehu@correo.gob.es, "
     "noreply@promitheus.gov.gr, noreply@kontur.ru, no-reply@canva.com",
     "e-signature, Microsoft 365 billing, file sharing, Italian SDI e-invoicing, PEC provider, business banking "
     "(IT, ES), courier, Greek tax authority, Spanish DEHú notifications, Greek e-procurement, Russian e-filing "
     "operator, design sharing",
     "Each platform's own outbound infrastructure"),
]

DMARC = {
    "example.com": "quarantine", "examplegroup.eu": "quarantine", "lieferant-gmbh.de": "quarantine",
    "ferretti-trasporti.it": "none", "partner-logistik.pl": None, "nordwerk-landtechnik.de": "reject",
    "brightside-av.co.uk": "quarantine", "bodegasaltamira.es": "none", "mavridis-olive.gr": None,
    "studiorinaldi.it": None, "brandt-partner-stb.de": "none", "tp-instrument.ru": "none", "exposvet.ru": None,
    "messe-duesseldorf.de": "reject", "gmail.com": "none", "googlemail.com": "none", "outlook.com": "none",
    "hotmail.com": "none", "gmx.de": "quarantine", "gmx.net": "quarantine", "web.de": "quarantine",
    "t-online.de": "none", "docusign.net": "reject", "eumail.docusign.net": "reject", "microsoft.com": "reject",
    "google.com": "reject", "dropbox.com": "reject", "canva.com": "reject", "aruba.it": "reject",
    "pec.it": None, "yandex.ru": "none", "mail.ru": "reject", "aade.gr": "reject", "correo.gob.es": "reject",
    "halcyon-medical.co.uk": "reject", "wielkopolanka.pl": "none", "kontur.ru": "reject",
}
