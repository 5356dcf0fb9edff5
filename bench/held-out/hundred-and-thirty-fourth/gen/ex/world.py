"""The fixed world: Example Group (auction house), its offices, staff and
correspondents. Tax identifiers and bank accounts carry valid check digits."""
from . import ids

TRADE = "auction house (fine art, antiques, design and industrial assets)"

# ------------------------------------------------------------------ offices
OFFICES = {
    "DE": dict(city="München", entity="Example Group Auktionen GmbH",
               address="Prannerstraße 9, 80333 München, Deutschland",
               phone="+49 89 2180 460-0", tax_label="USt-IdNr.", tax=ids.de_ustid("29457183"),
               reg="Amtsgericht München HRB 231845", extra="Steuernummer 143/178/40219",
               bank="UniCredit Bank GmbH (HypoVereinsbank)", bic="HYVEDEMMXXX",
               iban=ids.make_iban("DE", "70020270" + "0661284519")),
    "IT": dict(city="Milano", entity="Example Group Aste S.r.l.",
               address="Via Borgonuovo 14, 20121 Milano, Italia",
               phone="+39 02 8725 4410", tax_label="P.IVA", tax=ids.it_piva("0934871015"),
               reg="REA MI-2571933", extra="Cap. soc. € 100.000 i.v.",
               bank="Intesa Sanpaolo S.p.A.", bic="BCITITMMXXX",
               iban=ids.iban_it("03069", "01600", "100000061842")),
    "PL": dict(city="Warszawa", entity="Example Group Aukcje sp. z o.o.",
               address="ul. Mokotowska 49, 00-542 Warszawa, Polska",
               phone="+48 22 628 41 70", tax_label="NIP", tax=ids.pl_nip("701098562"),
               reg="KRS 0000874512, Sąd Rejonowy dla m.st. Warszawy, XII Wydział Gospodarczy KRS",
               extra="REGON " + ids.pl_regon("38741965"),
               bank="mBank S.A.", bic="BREXPLPWXXX",
               iban=ids.iban_pl("114", "0200", "4000360281476503")),
    "ES": dict(city="Madrid", entity="Example Group Subastas S.L.",
               address="Calle de Claudio Coello 47, 28001 Madrid, España",
               phone="+34 914 312 780", tax_label="CIF", tax=ids.es_cif("B", "8734195"),
               reg="Registro Mercantil de Madrid, Tomo 40125, Folio 87, Hoja M-712904", extra="",
               bank="CaixaBank S.A.", bic="CAIXESBBXXX",
               iban=ids.iban_es("2100", "1873", "0200418562")),
    "GR": dict(city="Αθήνα (Athens)", entity="Example Group Δημοπρασίες Μονοπρόσωπη Ι.Κ.Ε.",
               address="Σκουφά 22, 106 73 Αθήνα, Ελλάδα",
               phone="+30 210 3614 820", tax_label="ΑΦΜ", tax=ids.gr_afm("80149273"),
               reg="ΓΕΜΗ 158420301000", extra="ΔΟΥ: ΚΕΦΟΔΕ Αττικής",
               bank="Τράπεζα Πειραιώς (Piraeus Bank)", bic="PIRBGRAAXXX",
               iban=ids.make_iban("GR", "0172" + "184" + "0005184052731966")),
    "GB": dict(city="London", entity="Example Group Auctions Ltd",
               address="27 Bury Street, London SW1Y 6AL, United Kingdom",
               phone="+44 20 7930 5512", tax_label="VAT", tax=ids.gb_vat("3841706"),
               reg="Registered in England & Wales No. 12874530", extra="",
               bank="Barclays Bank UK PLC", bic="BUKBGB22XXX",
               iban=ids.make_iban("GB", "BUKB" + "202015" + "73104528")),
    "RU": dict(city="Москва (Moscow)", entity="ООО «Экзампл Груп Аукционы»",
               address="119034, г. Москва, Пречистенский пер., д. 14, стр. 1",
               phone="+7 495 637-18-40", tax_label="ИНН", tax=ids.ru_inn10("770451893"),
               reg="ОГРН " + ids.ru_ogrn("121770048215"), extra="КПП 770401001",
               bank="ПАО Сбербанк", bic="044525225",
               iban=None,
               account=ids.ru_account("044525225", "40702810X38000071642"),
               corr="30101810400000000225"),
}

# ------------------------------------------------------------------ staff
STAFF = [
    # name, address, office, role
    ("Dr. Konstantin Rehberg", "konstantin.rehberg@example.com", "DE", "Chief Executive Officer (Geschäftsführer)"),
    ("Sabine Kühnel", "sabine.kuehnel@example.com", "DE", "Chief Financial Officer"),
    ("Jana Wöhrle", "jana.woehrle@example.com", "DE", "Accounts Payable (Kreditorenbuchhaltung)"),
    ("Monika Strauß", "monika.strauss@example.com", "DE", "HR & Payroll (Personal und Lohn), group-wide"),
    ("Thomas Brandl", "thomas.brandl@example.com", "DE", "Head of IT"),
    ("Lukas Engelhardt", "lukas.engelhardt@example.com", "DE", "IT Security & Mail Administrator"),
    ("Verena Haslinger", "verena.haslinger@example.com", "DE", "Assistant to the CEO"),
    ("Markus Eberl", "markus.eberl@example.com", "DE", "Procurement (Einkauf): packing, transport, print"),
    ("Katharina Seidl", "katharina.seidl@examplegroup.eu", "DE", "Head of Sales & Client Services"),
    ("Florian Huber", "florian.huber@example.com", "DE", "Head of Logistics & Warehouse (Lager Aschheim)"),
    ("Dr. Charlotte Reiß", "charlotte.reiss@example.com", "DE", "Senior Specialist, Old Master Paintings"),
    ("Andreas Kettl", "andreas.kettl@example.com", "DE", "Head of Industrial Assets (valuation & online auctions)"),
    ("Sophie Lindner", "sophie.lindner@example.com", "DE", "Marketing & Catalogues"),
    ("Elena Brückner", "elena.brueckner@example.com", "DE", "Bidder Services & Registrations"),
    ("Giulia Ferraro", "giulia.ferraro@example.com", "IT", "Office Manager Milano"),
    ("Marco Bernardi", "marco.bernardi@example.com", "IT", "Accountant Milano (contabile)"),
    ("Katarzyna Wójcik", "katarzyna.wojcik@example.com", "PL", "Office Manager Warszawa"),
    ("Paweł Kowalczyk", "pawel.kowalczyk@example.com", "PL", "Accountant Warszawa (księgowy)"),
    ("Lucía Fernández Ortega", "lucia.fernandez@example.com", "ES", "Office Manager Madrid"),
    ("Javier Morales Ruiz", "javier.morales@example.com", "ES", "Accountant Madrid (contable)"),
    ("Eleni Papadopoulou", "eleni.papadopoulou@example.com", "GR", "Office Manager Athens"),
    ("Nikolaos Georgiou", "nikolaos.georgiou@examplegroup.eu", "GR", "Accountant Athens (λογιστής)"),
    ("Olivia Bennett", "olivia.bennett@example.com", "GB", "Office Manager London"),
    ("James Whitfield", "james.whitfield@example.com", "GB", "Accountant London"),
    ("Harriet Lowe", "harriet.lowe@example.com", "GB", "Specialist, Furniture & Works of Art (London)"),
    ("Anna Sokolova", "anna.sokolova@examplegroup.eu", "RU", "Office Manager Moscow"),
    ("Dmitry Volkov", "dmitry.volkov@example.com", "RU", "Accountant Moscow (бухгалтер)"),
]
BY_ADDR = {a: (n, a, o, r) for n, a, o, r in STAFF}


def person(addr):
    n, a, _, _ = BY_ADDR[addr]
    return (n, a)


def short(addr):
    """Display name without academic title (as Exchange shows it)."""
    n = BY_ADDR[addr][0]
    return n.replace("Dr. ", "")


# ------------------------------------------------------------------ correspondents
LIEFERANT = dict(
    name="Lieferant GmbH", country="DE",
    address="Gewerbering 14, 85737 Ismaning",
    ustid=ids.de_ustid("81462097"), hrb="Amtsgericht München HRB 178342",
    phone="+49 89 9699 318-0",
    old_bank="Kreissparkasse München Starnberg Ebersberg", old_bic="BYLADEM1KMS",
    old_iban=ids.make_iban("DE", "70250150" + "0028471936"),
    new_bank="VR Bank München Land eG", new_bic="GENODEF1OHC",
    new_iban=ids.make_iban("DE", "70166486" + "0004718290"),
)
FERRETTI = dict(
    name="Ferretti Trasporti S.p.A.", country="IT",
    address="Via dell'Artigianato 31, 37135 Verona",
    piva=ids.it_piva("0271463023"), phone="+39 045 820 4170",
    bank="Banco BPM S.p.A.", bic="BAPPIT21A07",
    iban=ids.iban_it("05034", "11701", "000000041877"),
    tenant="6c1d9f0e-2b7a-4f55-9d2e-8a41c7b35e90",
)
PARTNER = dict(
    name="Partner Logistik sp. z o.o.", country="PL",
    address="ul. Głogowska 218, 60-104 Poznań",
    nip=ids.pl_nip("779241356"), phone="+48 61 886 40 12",
    old_bank="PKO Bank Polski S.A.", old_iban=ids.iban_pl("102", "0418", "0000260201947716"),
    new_bank="Santander Bank Polska S.A.", new_iban=ids.iban_pl("109", "0136", "2000000153287402"),
)
BRENNINGER = dict(name="Dr. Brenninger & Kollegen Rechtsanwälte PartG mbB", country="DE",
                  address="Maximilianstraße 38, 86150 Augsburg", phone="+49 821 455 902-0",
                  massekonto=ids.make_iban("DE", "72050000" + "0252108734"),  # Stadtsparkasse Augsburg
                  tenant="f2a7b1c4-93d8-4e0a-b6f1-0c5d2e8a9b37")
HOLLWECK = dict(name="Hollweck & Partner mbB Steuerberatungsgesellschaft", country="DE",
                address="Leopoldstraße 112, 80802 München", phone="+49 89 3816 270-0")
PEMBERTON = dict(name="Pemberton Lyle LLP", country="GB", address="14 Bedford Row, London WC1R 4ED",
                 phone="+44 20 7405 3318", sra="SRA No. 641872")
CARROW = dict(name="Carrow Engineering Ltd", country="GB", address="Hellesdon Park Road, Norwich NR6 5DR",
              phone="+44 1603 418 900", tenant="3b9e6a21-7c4f-4d08-a5e2-91f0c8d47b13")
ASHCOMBE = dict(name="Ashcombe Fine Art Ltd", country="GB", address="6 Ryder Street, London SW1Y 6QB",
                phone="+44 20 7839 6210",
                iban=ids.make_iban("GB", "NWBK" + "601613" + "48217735"))
BIDVERA = dict(name="Bidvera (Bidvera Technologies Ltd)", country="IE",
               address="Grand Canal Square 3, Dublin 2, D02 X576", phone="")
LOZANO = dict(name="Lozano Arte Transporte S.L.", country="ES",
              address="Calle de la Granja 18, 28108 Alcobendas (Madrid)",
              cif=ids.es_cif("B", "8561473"), phone="+34 916 615 208",
              iban=ids.iban_es("0081", "0216", "0006184527"), bic="BSABESBBXXX", bank="Banco Sabadell")
MAVRIDIS = dict(name="Εργαστήριο Συντήρησης Έργων Τέχνης Γ. Μαυρίδη (Mavridis Conservation Studio)", country="GR",
                address="Αριστοτέλους 41, 104 33 Αθήνα", afm=ids.gr_afm("04781532"), phone="+30 210 8820 547",
                iban=ids.make_iban("GR", "0110" + "143" + "0000143004718265"), bank="Εθνική Τράπεζα")
NEREUS = dict(name="Nereus Maritime S.A.", country="GR", address="Akti Miaouli 47, 185 36 Piraeus",
              phone="+30 210 4290 300", tenant="9d4c2e71-0a6b-4f3e-8c15-b72e0d9f4a68")
KOVCHEG = dict(name="ООО «Ковчег Брокер» (customs broker)", country="RU",
               address="125167, г. Москва, Ленинградский пр-т, д. 37, корп. 9, офис 412",
               inn=ids.ru_inn10("771458203"), kpp="771401001", ogrn=ids.ru_ogrn("115774638120"),
               phone="+7 495 725-14-08",
               bank="ПАО Сбербанк", bik="044525225", corr="30101810400000000225",
               account=ids.ru_account("044525225", "40702810X38000049173"))
DZM = dict(name="Dąbrowskie Zakłady Mechaniczne DZM S.A.", country="PL",
           address="ul. Kasprzaka 12, 41-303 Dąbrowa Górnicza", nip=ids.pl_nip("629187432"),
           phone="+48 32 262 71 40")

CORRESPONDENTS = [
    ("Lieferant GmbH — Stefan Maier, Petra Lang, Buchhaltung", "DE",
     "s.maier@lieferant-gmbh.de, p.lang@lieferant-gmbh.de, rechnungen@lieferant-gmbh.de",
     "Supplier: museum-grade climate crates, packing material, art depot storage (Ismaning)",
     "Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], OpenDKIM d=lieferant-gmbh.de s=mail2026, "
     "SPF ip4:203.0.113.25 -all, DMARC p=quarantine; staff use Outlook 2021, invoices from the ERP (Sage 100) "
     "via the same relay; Nextcloud cloud.lieferant-gmbh.de"),
    ("Ferretti Trasporti S.p.A. — Chiara Colombo, Amministrazione", "IT",
     "c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it",
     "Road carrier: fine-art and machinery transports Milano/Verona–München",
     "Microsoft 365 (EUR), DKIM selector1 d=ferretti-trasporti.it, SPF include:spf.protection.outlook.com, "
     "DMARC p=quarantine; e-invoices via SdI, courtesy copies by e-mail"),
    ("Partner Logistik sp. z o.o. — Tadeusz Zieliński, Księgowość", "PL",
     "t.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl",
     "Logistics partner in Poznań: storage, consolidation, PL/DE groupage",
     "home.pl shared hosting (cloudserver094114.home.pl, 79.96.170.134), SPF include:_spf.home.pl, no DKIM, "
     "no DMARC record; Outlook 2019 (iso-8859-2), invoices from Comarch ERP Optima (windows-1250)"),
    ("Dr. Brenninger & Kollegen — Dr. Martin Brenninger, Sandra Köhler", "DE",
     "m.brenninger@brenninger-insolvenz.de, s.koehler@brenninger-insolvenz.de",
     "Insolvency administrators: commission industrial-asset auctions (Hollerer Präzisionsteile GmbH i.I.)",
     "Microsoft 365 (DEU datacentre), DKIM selector1, DMARC p=quarantine"),
    ("Hollweck & Partner mbB Steuerberatungsgesellschaft — Birgit Hollweck, Tobias Rainer", "DE",
     "b.hollweck@hollweck-partner.de, t.rainer@hollweck-partner.de",
     "Tax adviser of the German entity (annual accounts, payroll audit)",
     "On-premises Exchange behind Postfix gateway mail.hollweck-partner.de [198.51.100.40], OpenDKIM s=dkim1, "
     "DMARC p=none"),
    ("Pemberton Lyle LLP — Eleanor Marsh, Daniel Okafor", "GB",
     "eleanor.marsh@pembertonlyle.co.uk, daniel.okafor@pembertonlyle.co.uk",
     "Probate solicitors: consign estate contents (Estate of the late Lady Margaret Harcourt)",
     "Microsoft 365 (GBR) + Mimecast outbound (uk-smtp-delivery-*.mimecast.com), DocuSign EU account"),
    ("Carrow Engineering Ltd — Rachel Dunmore", "GB", "rachel.dunmore@carrow-engineering.co.uk",
     "Manufacturer (Norwich): tenders the disposal of surplus CNC and test equipment",
     "Microsoft 365 (GBR), DKIM selector1"),
    ("Ashcombe Fine Art Ltd — Henry Ashcombe, Accounts", "GB",
     "henry@ashcombefineart.co.uk, accounts@ashcombefineart.co.uk",
     "London dealer: regular buyer at the London and Munich sales",
     "Google Workspace, DKIM s=google d=ashcombefineart.co.uk; remittance advices generated by Xero "
     "(messaging-service@post.xero.com via Amazon SES)"),
    ("Bidvera (online live-bidding platform)", "IE", "notifications@bidvera.com, support@bidvera.com",
     "Service platform hosting the group's online catalogues and live bidding",
     "SendGrid (em5213.bidvera.com), DKIM s1 d=bidvera.com, DMARC p=reject"),
    ("Lozano Arte Transporte S.L. — Marta Lozano Gil, Raúl Ibáñez", "ES",
     "administracion@lozanoarte.es, raul.ibanez@lozanoarte.es",
     "Fine-art handlers/shippers, Madrid",
     "IONOS (mout.kundenserver.de), SPF include:_spf-eu.ionos.com, no DKIM, no DMARC; Outlook 2021; invoices "
     "from Holded with the VERI*FACTU QR code"),
    ("Mavridis Conservation Studio — Γιώργος Μαυρίδης", "GR", "g.mavridis@mavridis-conservation.gr",
     "Painting and icon conservator, Athens",
     "cPanel shared hosting, Exim sv41.hostingathens.gr [185.138.42.41], DKIM s=default; Outlook (windows-1253); "
     "myDATA e-invoices via a certified provider"),
    ("Nereus Maritime S.A. — Captain Andreas Kyriakou, Ioanna Vlachou", "GR",
     "a.kyriakou@nereus-maritime.gr, i.vlachou@nereus-maritime.gr",
     "Ship-owner consigning marine paintings and ship models; Adobe Acrobat Sign user",
     "Microsoft 365 (EUR), DKIM selector1, DMARC p=quarantine"),
    ("ООО «Ковчег Брокер» — Ирина Белова, бухгалтерия", "RU",
     "i.belova@kovcheg-broker.ru, buh@kovcheg-broker.ru",
     "Customs broker of the Moscow office", "Yandex 360 for Business, DKIM s=mail"),
    ("Dąbrowskie Zakłady Mechaniczne DZM S.A. — Agnieszka Mazur", "PL", "a.mazur@dzm-dabrowa.com.pl",
     "Manufacturer asking for an auction of surplus machinery", "nazwa.pl hosting (server170.nazwa.pl)"),
    ("Authorities and platforms (genuine senders)", "various",
     "noreply@elster.de; companies.house.noreply@notifications.service.gov.uk; tari.noreply@comune.milano.it; "
     "no-reply@dehu.redsara.es; comunicazioni@staff.aruba.it; noreply@diadoc.kontur.ru; dse@eumail.docusign.net; "
     "adobesign@adobesign.com; account-security-noreply@accountprotection.microsoft.com; "
     "no-reply@accounts.google.com; forms-receipts-noreply@google.com",
     "Tax portals, company registers, municipality, PEC provider, EDO operator, e-signature and account notices",
     "Each system's own outbound infrastructure as modelled in the message headers"),
]
