"""Example Group: entities, staff and correspondents (fixed for every set)."""
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from mailgen import checks as C  # noqa: E402

TRADE = "scrap metal recycling and trading (ferrous and non-ferrous scrap: collection, shredding, shearing, sorting, export)"

OFFICES = [
    dict(code="DE", country="Germany (HQ)", entity="Example Metallrecycling GmbH", city="Duisburg",
         address="Am Kaiserhafen 21, 47119 Duisburg-Ruhrort",
         ids=[("USt-IdNr.", C.de_vat("81472936")), ("Handelsregister", "Amtsgericht Duisburg HRB 29417"),
              ("Steuernummer", "134/5731/0482"), ("Entsorgungsfachbetrieb", "EfbV-Zertifikat Nr. EFB-NRW-2841")],
         site="Yard and shredder at Duisburg-Ruhrort port; satellite yard Duisburg-Walsum"),
    dict(code="IT", country="Italy", entity="Example Metalli S.r.l.", city="Castel Mella (Brescia)",
         address="Via Industriale 118, 25030 Castel Mella (BS)",
         ids=[("Partita IVA", "IT" + C.it_piva("0384712098")), ("REA", "BS-548213")],
         site="Non-ferrous and steel-scrap yard serving Brescia EAF mills"),
    dict(code="PL", country="Poland", entity="Example Metale sp. z o.o.", city="Gliwice",
         address="ul. Portowa 27, 44-100 Gliwice",
         ids=[("NIP", C.pl_nip("631284751")), ("REGON", C.pl_regon9("24315876")), ("KRS", "0000712458"),
              ("BDO", "000147822")],
         site="Yard at the Gliwice canal port, rail siding"),
    dict(code="ES", country="Spain", entity="Example Metales Ibérica S.L.", city="Zamudio (Bizkaia)",
         address="Polígono Industrial Ugaldeguren I, Parcela 6-B, 48170 Zamudio (Bizkaia)",
         ids=[("CIF/NIF", C.es_cif("B", "9587231")), ("NIF-IVA", "ES" + C.es_cif("B", "9587231"))],
         site="Trading office and copper/brass sorting hall"),
    dict(code="GR", country="Greece", entity="EXAMPLE METALS HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.", city="Sindos (Thessaloniki)",
         address="ΒΙ.ΠΕ. Σίνδου, Ο.Τ. 31, 57022 Σίνδος Θεσσαλονίκης",
         ids=[("ΑΦΜ", C.gr_afm("80147352")), ("ΔΟΥ", "ΦΑΕ Θεσσαλονίκης"), ("ΓΕΜΗ", "158734204000"),
              ("VAT", "EL" + C.gr_afm("80147352"))],
         site="Yard in the Sindos industrial area, exports via Thessaloniki port"),
    dict(code="UK", country="United Kingdom", entity="Example Metals UK Ltd", city="Sheffield",
         address="Unit 4, Shepcote Lane Trading Estate, Sheffield S9 1TN",
         ids=[("VAT", C.gb_vat("2946187")), ("Companies House", "11487320"),
              ("Waste carrier/broker/dealer", "CBDU418273"), ("Scrap metal site licence", "SMD/2023/0147")],
         site="Yard with baler and shear, export via Immingham"),
    dict(code="RU", country="Russia", entity="ООО «Экзампл Металл»", city="Saint Petersburg",
         address="198035, г. Санкт-Петербург, Межевой канал, д. 5, лит. А, пом. 12-Н",
         ids=[("ИНН", C.ru_inn10("780531742")), ("КПП", "780501001"), ("ОГРН", C.ru_ogrn("117784731256"))],
         site="Sales office and scrap purchasing for the Baltic ports"),
]
OFF = {o["code"]: o for o in OFFICES}

# Our own bank accounts (used on our Gutschriften / invoices)
OUR_IBAN_DE = C.iban_make("DE", "35040038" + "0427153900")   # Commerzbank Duisburg
OUR_BIC_DE = "COBADEFFXXX"

# key: (display name, address, office, role)
STAFF = [
    ("ceo", "Dr. Matthias Brenner", "matthias.brenner@example.com", "DE", "Chief Executive Officer (Geschäftsführer)"),
    ("cfo", "Sabine Krüger", "sabine.krueger@example.com", "DE", "Chief Financial Officer"),
    ("ap", "Monika Schäfer", "monika.schaefer@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    ("hr", "Katrin Vogel", "katrin.vogel@example.com", "DE", "HR & payroll (Personal/Lohn)"),
    ("cio", "Thomas Weißenborn", "thomas.weissenborn@example.com", "DE", "Head of IT"),
    ("sec", "Lukas Bergmann", "lukas.bergmann@example.com", "DE", "IT security & mail administrator"),
    ("asst", "Annika Schröder", "annika.schroeder@example.com", "DE", "Assistant to the CEO"),
    ("proc", "Jürgen Hölzer", "juergen.hoelzer@example.com", "DE", "Procurement – scrap purchasing (Einkauf Schrott)"),
    ("sales", "Markus Dietrich", "markus.dietrich@example.com", "DE", "Head of sales & trading (ferrous / non-ferrous)"),
    ("yard", "Dennis Kowalczyk", "dennis.kowalczyk@example.com", "DE", "Yard & shredder operations manager (Betriebsleiter)"),
    ("logi", "Sandra Pohl", "sandra.pohl@examplegroup.eu", "DE", "Logistics & export shipping (Disposition)"),
    ("env", "Dr. Felix Aydın", "felix.aydin@example.com", "DE", "Environment, quality & radiation control (Umwelt/QS)"),
    ("acc_de", "Heike Brandt", "heike.brandt@example.com", "DE", "Accountant Germany (Hauptbuch/Debitoren)"),
    ("om_it", "Giulia Ferraro", "giulia.ferraro@example.com", "IT", "Office manager Italy"),
    ("acc_it", "Roberto Galli", "roberto.galli@example.com", "IT", "Accountant Italy"),
    ("tr_it", "Luca Bonetti", "luca.bonetti@examplegroup.eu", "IT", "Trader / sales Italy"),
    ("om_pl", "Agnieszka Wiśniewska", "agnieszka.wisniewska@example.com", "PL", "Office manager Poland"),
    ("acc_pl", "Krzysztof Dąbrowski", "krzysztof.dabrowski@example.com", "PL", "Accountant Poland"),
    ("om_es", "Itziar Etxeberria", "itziar.etxeberria@example.com", "ES", "Office manager Spain"),
    ("acc_es", "Javier Martín Ruiz", "javier.martin@example.com", "ES", "Accountant Spain"),
    ("om_gr", "Eleni Papadopoulou", "eleni.papadopoulou@example.com", "GR", "Office manager Greece"),
    ("acc_gr", "Georgios Antoniou", "georgios.antoniou@example.com", "GR", "Accountant Greece"),
    ("om_uk", "Rachel Whitmore", "rachel.whitmore@example.com", "UK", "Office manager United Kingdom"),
    ("acc_uk", "Daniel Okafor", "daniel.okafor@example.com", "UK", "Accountant United Kingdom"),
    ("om_ru", "Ekaterina Smirnova", "ekaterina.smirnova@examplegroup.eu", "RU", "Office manager Russia"),
    ("acc_ru", "Olga Vasilyeva", "olga.vasilyeva@example.com", "RU", "Accountant Russia"),
]
S = {k: (n, a) for k, n, a, _, _ in STAFF}
# native-script display names as the country mail clients show them
NATIVE = {"om_gr": "Ελένη Παπαδοπούλου", "acc_gr": "Γεώργιος Αντωνίου", "om_ru": "Екатерина Смирнова",
          "acc_ru": "Ольга Васильева"}


def staff(key, native=False):
    n, a = S[key]
    if native and key in NATIVE:
        return (NATIVE[key], a)
    return (n, a)


# ------------------------------------------------------------ correspondents
LIEFERANT = dict(
    name="Lieferant GmbH", country="DE", city="Oberhausen",
    address="Osterfelder Straße 218, 46049 Oberhausen",
    vat=C.de_vat("12758394"), hrb="Amtsgericht Duisburg HRB 18843",
    relay=("mail.lieferant-gmbh.de", "203.0.113.25"),
    maier=("Stefan Maier", "s.maier@lieferant-gmbh.de"),
    lang_=("Petra Lang", "p.lang@lieferant-gmbh.de"),
    buha=("Buchhaltung", "rechnungen@lieferant-gmbh.de"),
    phone="+49 208 6299-0", phone_maier="+49 208 6299-214", phone_lang="+49 208 6299-110",
    iban_old=C.iban_make("DE", "36550000" + "0008437120"), bic_old="WELADED1OBH", bank_old="Stadtsparkasse Oberhausen",
    iban_new=C.iban_make("DE", "35060386" + "4711828300"), bic_new="GENODED1VRR", bank_new="Volksbank Rhein-Ruhr eG",
    relationship="Supplier: regional scrap collector and demolition contractor delivering mixed steel scrap, "
                 "E3/E8 grades and cable scrap to the Duisburg yard; paid by self-billing credit notes (Gutschriften)",
)
FERRETTI = dict(
    name="Ferretti Trasporti S.p.A.", country="IT", city="Verona",
    address="Via dell'Artigianato 22, 37135 Verona (VR)",
    piva="IT" + C.it_piva("0274158023"),
    colombo=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
    amm=("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"),
    tenant="ferrettitrasporti.onmicrosoft.com", tenant_id="4f2a9c71-3b8e-4d15-a6f0-9e2c7b1d5a38",
    phone="+39 045 8203 611", phone_colombo="+39 045 8203 627", mobile_colombo="+39 347 218 4415",
    iban=C.it_iban("05034", "11701", "000000047218"), bank="Banco BPM, Verona", bic="BAPPIT21A21",
    relationship="Road carrier: walking-floor and tipper trucks Brescia ⇄ Duisburg, non-ferrous and stainless loads",
)
PARTNER = dict(
    name="Partner Logistik sp. z o.o.", country="PL", city="Katowice",
    address="ul. Przemysłowa 14, 40-020 Katowice",
    nip=C.pl_nip("527298571"),
    zielinski=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"),
    ksieg=("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"),
    phone="+48 32 757 41 20", mobile_zielinski="+48 601 447 318",
    iban=C.pl_iban("1050144", "5712000010947326"), bank="ING Bank Śląski S.A.",
    relationship="Logistics partner: rail and truck dispatch Gliwice → Duisburg, BDO waste-transfer cards (KPO)",
)
NRE = dict(
    name="Niederrhein Elektrostahl GmbH", country="DE", city="Dinslaken",
    wilms=("Carsten Wilms", "c.wilms@nr-elektrostahl.de"),
    relationship="Customer: EAF steel mill buying shredded scrap (Sorte E40) and E1/E3 under annual frame contract",
)
REUTER = dict(
    name="Reuter & Partner mbB Steuerberatungsgesellschaft", country="DE", city="Duisburg",
    address="Königstraße 48, 47051 Duisburg",
    reuter=("Birgit Reuter", "b.reuter@reuter-stb.de"), lohn=("Lohnbüro Reuter & Partner", "lohn@reuter-stb.de"),
    phone="+49 203 393 180-0", iban=C.iban_make("DE", "35050000" + "0200318744"), bic="DUISDE33XXX",
    bank="Sparkasse Duisburg",
    relationship="Tax adviser and payroll bureau for the German entity (DATEV)",
)
MELLA = dict(
    name="Acciaierie del Mella S.p.A.", country="IT", city="Roncadelle (BS)",
    lombardi=("Davide Lombardi", "d.lombardi@acciaieriedelmella.it"),
    relationship="Customer: Brescia EAF mill (rebar), buys steel scrap from the Castel Mella yard",
)
CHATARRAS = dict(
    name="Chatarras del Nervión S.A.", country="ES", city="Barakaldo (Bizkaia)",
    address="Calle Ribera del Galindo 14, 48903 Barakaldo (Bizkaia)",
    cif=C.es_cif("A", "4801367"),
    aitor=("Aitor Goikoetxea", "aitor.goikoetxea@chatarrasnervion.es"),
    admin=("Administración Chatarras del Nervión", "administracion@chatarrasnervion.es"),
    server=("correo.chatarrasnervion.es", "192.0.2.140"),
    phone="+34 944 385 210", mobile_aitor="+34 688 214 903",
    iban=C.es_iban("2095", "0611", "9104127738"), bank="Kutxabank",
    relationship="Supplier: non-ferrous scrap (copper, brass, aluminium) from Basque industry",
)
SIDMET = dict(
    name="ΣΙΔΗΡΟΜΕΤΑΛΛΙΚΗ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε. (ΣΙΔΗΜΕΤ)", country="GR", city="Καλοχώρι Θεσσαλονίκης",
    address="Οδός 26ης Οκτωβρίου 112, 57009 Καλοχώρι",
    afm=C.gr_afm("99472385"),
    karagiannis=("Νίκος Καραγιάννης", "n.karagiannis@sidmet.gr"), logist=("Λογιστήριο ΣΙΔΗΜΕΤ", "logistirio@sidmet.gr"),
    server=("mail.sidmet.gr", "198.51.100.47"), phone="+30 2310 752 418",
    iban=C.iban_make("GR", "011" + "0225" + "0000225001847362"), bank="Εθνική Τράπεζα της Ελλάδος",
    relationship="Supplier: demolition and end-of-life vehicle scrap from northern Greece",
)
NORTHERN = dict(
    name="Northern Alloys Trading Ltd", country="UK", city="Rotherham",
    thornton=("James Thornton", "james.thornton@northernalloys.co.uk"),
    tenant_id="b81d6e2c-59a4-4f37-8c0b-2d7e91a4f6c3", phone="+44 1709 839 442",
    relationship="Customer / broker: stainless and alloy scrap, buys from the Sheffield yard",
)
HARROW = dict(
    name="Harrow & Pike LLP", country="UK", city="Leeds",
    raman=("Priya Raman", "priya.raman@harrowpike.co.uk"), phone="+44 113 496 0712",
    tenant_id="6c3f8a21-d47e-4b9a-91f5-0e8b2c7d4a16",
    relationship="Statutory auditors of Example Metals UK Ltd",
)
VTORCHERMET = dict(
    name="ООО «ВторЧерМет-Нева»", country="RU", city="Санкт-Петербург",
    inn=C.ru_inn10("781405288"), kpp="781401001", ogrn=C.ru_ogrn("109784715322"),
    kuznetsov=("Андрей Кузнецов", "a.kuznetsov@vtorchermet-neva.ru"), buh=("Бухгалтерия ВторЧерМет-Нева", "buh@vtorchermet-neva.ru"),
    phone="+7 812 407-31-56",
    bik="044030653", ks="30101810500000000653", rs=C.ru_account("044030653", "40702810X55000047219"),
    bank="ПАО Сбербанк, Северо-Западный банк",
    relationship="Supplier: ferrous scrap (3А, 5А) collected in Leningrad oblast",
)
MTH = dict(
    name="MetalTrade Hub", country="EU (NL)", domain="metaltradehub.com",
    relationship="B2B scrap marketplace; alerts on offers, KYC, trade confirmations",
)
MARMARA = dict(
    name="Marmara Döküm Çelik A.Ş.", country="TR", city="Ereğli (Tekirdağ)",
    aydin=("Kemal Aydın", "kemal.aydin@marmaracelik.com.tr"), tender=("Scrap Tender Desk", "scrap.tender@marmaracelik.com.tr"),
    tenant_id="2e9b7f40-8c15-4a63-b2d9-71f0c4e8a5b2", phone="+90 282 613 44 90",
    relationship="Customer: Turkish EAF mill, deep-sea HMS 1&2 tenders",
)
URIBE = dict(
    name="Uribe & Zabala Asesores S.L.P.", country="ES", city="Bilbao",
    zabala=("Ane Zabala", "ane.zabala@uribezabala.com"), phone="+34 944 237 615",
    relationship="Tax adviser (gestoría) of the Spanish entity, authorised representative in DEHú",
)
KONTUR = dict(
    name="СКБ Контур (Контур.Диадок, Контур.Экстерн)", country="RU",
    relationship="EDI operator (UPD e-documents) and e-filing operator for tax reports of the Russian entity",
)

CORRESPONDENTS = [
    (LIEFERANT["name"] + " — Stefan Maier, Petra Lang, Buchhaltung", "DE",
     "s.maier@lieferant-gmbh.de, p.lang@lieferant-gmbh.de, rechnungen@lieferant-gmbh.de",
     LIEFERANT["relationship"], "Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], OpenDKIM s=mail2024; Outlook 2021 desktop clients, Roundcube webmail"),
    (FERRETTI["name"] + " — Chiara Colombo, Amministrazione", "IT",
     "c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it", FERRETTI["relationship"],
     "Microsoft 365 (Exchange Online EUR), DKIM selector1, DMARC p=quarantine"),
    (PARTNER["name"] + " — Tadeusz Zieliński, Księgowość", "PL",
     "t.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl", PARTNER["relationship"],
     "home.pl hosting (cloudserver*.home.pl, IdeaSmtpServer, Vade), DKIM s=default"),
    (NRE["name"] + " — Carsten Wilms", "DE", "c.wilms@nr-elektrostahl.de", NRE["relationship"],
     "Sends contracts through DocuSign (EU account, dse@eumail.docusign.net)"),
    (REUTER["name"] + " — Birgit Reuter, Lohnbüro", "DE", "b.reuter@reuter-stb.de, lohn@reuter-stb.de",
     REUTER["relationship"], "IONOS (mout.kundenserver.de), DKIM s1-ionos"),
    (MELLA["name"] + " — Davide Lombardi", "IT", "d.lombardi@acciaieriedelmella.it", MELLA["relationship"],
     "Google Workspace (shares via Google Drive notifications)"),
    (CHATARRAS["name"] + " — Aitor Goikoetxea, Administración", "ES",
     "aitor.goikoetxea@chatarrasnervion.es, administracion@chatarrasnervion.es", CHATARRAS["relationship"],
     "Own Zimbra 10 server correo.chatarrasnervion.es [192.0.2.140] (Postfix + amavis)"),
    (SIDMET["name"] + " — Νίκος Καραγιάννης, Λογιστήριο", "GR", "n.karagiannis@sidmet.gr, logistirio@sidmet.gr",
     SIDMET["relationship"], "Own Plesk server mail.sidmet.gr [198.51.100.47] (Postfix), Outlook clients"),
    (NORTHERN["name"] + " — James Thornton", "UK", "james.thornton@northernalloys.co.uk", NORTHERN["relationship"],
     "Microsoft 365 (Exchange Online GBR), SharePoint Online"),
    (HARROW["name"] + " — Priya Raman", "UK", "priya.raman@harrowpike.co.uk", HARROW["relationship"],
     "Microsoft 365 behind Mimecast UK outbound gateway"),
    (VTORCHERMET["name"] + " — Андрей Кузнецов, Бухгалтерия", "RU",
     "a.kuznetsov@vtorchermet-neva.ru, buh@vtorchermet-neva.ru", VTORCHERMET["relationship"],
     "Yandex 360 for business (forward*.mail.yandex.net), DKIM s=mail"),
    (MTH["name"], "NL/EU", "notifications@metaltradehub.com", MTH["relationship"], "SendGrid (em4821.metaltradehub.com)"),
    (MARMARA["name"] + " — Kemal Aydın, Scrap Tender Desk", "TR",
     "kemal.aydin@marmaracelik.com.tr, scrap.tender@marmaracelik.com.tr", MARMARA["relationship"],
     "Microsoft 365 (Exchange Online EUR)"),
    (URIBE["name"] + " — Ane Zabala", "ES", "ane.zabala@uribezabala.com", URIBE["relationship"],
     "Google Workspace"),
    (KONTUR["name"], "RU", "noreply@diadoc.kontur.ru, noreply@extern.kontur.ru", KONTUR["relationship"],
     "Own notification MTA smtp-out*.kontur.ru"),
]

ONE_OFF = [
    ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com", "Genuine Microsoft account security alert", "Microsoft 365 / EOP (NAM)"),
    ("Google", "no-reply@accounts.google.com, forms-receipts-noreply@google.com, drive-shares-dm-noreply@google.com", "Genuine Google account alert and Forms/Drive sharing", "Google (mail-sor)"),
    ("Environment Agency via GOV.UK Notify", "waste-carrier-renewals@notifications.service.gov.uk", "Waste carrier registration renewal reminder", "GOV.UK Notify on Amazon SES eu-west-2"),
    ("Recycling Markets Europe (newsletter)", "news@recyclingmarkets.eu", "Trade newsletter", "Mailchimp"),
    ("Humber Freight Services Ltd", "docs@humberfreight.co.uk", "Freight forwarder Immingham (export B/L drafts)", "Google Workspace"),
    ("Wag-Serwis Śląsk sp. z o.o.", "faktury@wagserwis-slask.pl", "Weighbridge calibration contractor in Gliwice", "nazwa.pl hosting"),
    ("Polska Izba Recyklingu Metali", "via Google Forms", "Trade association survey", "Google Forms"),
    ("Ηλεκτρονικό Μητρώο Αποβλήτων (ΥΠΕΝ)", "hma-noreply@ypen.gov.gr", "Greek electronic waste register reminder", "ministry Postfix relay"),
    ("Agencia Txori Comunicación", "via Canva", "Marketing agency (trade-fair stand design)", "Canva on Amazon SES"),
    ("e-Invoice Hellas (ΠΠΥΗΤ)", "verify.einvoice-hellas.gr", "Greek e-invoicing provider printing the myDATA QR", "n/a (QR only)"),
]
