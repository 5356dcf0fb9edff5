"""The company, its staff, its correspondents and the infrastructure the
messages travel through.  Everything is invented except the names of public
services and providers, which appear as they really sign and route mail."""
from . import ids

DOMAIN = "example.com"
DOMAIN_EU = "examplegroup.eu"

# ------------------------------------------------------------------ offices
OFFICES = [
    dict(code="DE", city="Hamburg (HQ)", entity="Example Yachting GmbH",
         address="Am Sandtorkai 48, 20457 Hamburg, Deutschland",
         tax=[("USt-IdNr.", ids.de_vat("31857264")), ("Handelsregister", "HRB 184723, Amtsgericht Hamburg"),
              ("Steuernummer", "47/722/03318")],
         bank=("Hamburger Sparkasse", "HASPDEHHXXX", ids.de_iban("20050550", "1284557301")),
         phone="+49 40 3860 7410", tz="CET"),
    dict(code="IT", city="Genova", entity="Example Yachting Italia S.r.l.",
         address="Calata Gadda 4, Porto Antico, 16128 Genova, Italia",
         tax=[("Partita IVA / C.F.", ids.it_piva("0254871010")), ("REA", "GE-512874"),
              ("Codice SdI", "M5UXCR1")],
         bank=("Intesa Sanpaolo", "BCITITMM", ids.it_iban("03069", "01400", "100000014872")),
         phone="+39 010 869 4420", tz="CET"),
    dict(code="PL", city="Gdańsk", entity="Example Yachting Polska sp. z o.o.",
         address="ul. Jachtowa 4, 80-551 Gdańsk, Polska",
         tax=[("NIP", ids.pl_nip("583312764")), ("REGON", ids.pl_regon("38574126")),
              ("KRS", "0000847215")],
         bank=("mBank S.A.", "BREXPLPWMBK", ids.pl_nrb("1140200", "0000360274196620")),
         phone="+48 58 350 41 20", tz="CET"),
    dict(code="ES", city="Palma de Mallorca", entity="Example Yachting España S.L.",
         address="Passeig Marítim 28, 07014 Palma, Illes Balears, España",
         tax=[("NIF", ids.es_cif("B", "57938214")), ("Registro Mercantil", "Palma, tomo 2841, folio 112, hoja PM-87412")],
         bank=("CaixaBank", "CAIXESBBXXX", ids.es_iban(2100, 5731, 200184723)),
         phone="+34 971 40 27 18", tz="CET"),
    dict(code="GR", city="Alimos (Athens)", entity="Example Yachting Hellas Μονοπρόσωπη Ι.Κ.Ε.",
         address="Λεωφ. Ποσειδώνος 44, 174 55 Άλιμος, Ελλάδα",
         tax=[("ΑΦΜ", ids.gr_afm("80147362")), ("ΔΟΥ", "ΚΕΦΟΔΕ Αττικής"), ("ΓΕΜΗ", "158472301000")],
         bank=("Alpha Bank", "CRBAGRAA", ids.gr_iban(14, 225, 2250020018472)),
         phone="+30 210 98 54 310", tz="EET"),
    dict(code="UK", city="Southampton", entity="Example Yachting UK Ltd",
         address="Quayside House, 12 Ocean Way, Southampton SO14 3JZ, United Kingdom",
         tax=[("VAT", ids.gb_vat("3847261")), ("Company No.", "12845307 (England and Wales)")],
         bank=("Barclays Bank UK PLC", "BUKBGB22", ids.gb_iban("BUKB", 202015, 53118470)),
         phone="+44 23 8071 4620", tz="GB"),
    dict(code="RU", city="Saint Petersburg", entity='ООО «Экзампл Яхтинг»',
         address="197110, Санкт-Петербург, Петровская коса, д. 9, лит. А, пом. 12-Н",
         tax=[("ИНН", ids.ru_inn10("781345290")), ("КПП", "781301001"), ("ОГРН", ids.ru_ogrn("120784700318"))],
         bank=("ПАО Сбербанк (Северо-Западный банк)", "БИК 044030653",
               "р/с " + ids.ru_account("044030653", "40702810955000012345")
               + ", к/с " + ids.ru_corr_account("044030653")),
         phone="+7 812 640 18 22", tz="MSK"),
]
OFF = {o["code"]: o for o in OFFICES}

# ------------------------------------------------------------------ staff


class P:
    def __init__(self, key, name, email, office, role, native=None):
        self.key, self.name, self.email, self.office, self.role = key, name, email, office, role
        self.native = native or name
        self.first = name.split()[0]
        self.last = name.split()[-1]

    def __repr__(self):
        return self.email


STAFF_LIST = [
    P("ceo", "Henrik Brandt", "henrik.brandt@example.com", "DE", "Chief Executive Officer (Geschäftsführer)"),
    P("cfo", "Claudia Vogt", "claudia.vogt@example.com", "DE", "Chief Financial Officer"),
    P("ap", "Jana Schröder", "jana.schroeder@example.com", "DE", "Accounts Payable / Kreditorenbuchhaltung"),
    P("hr", "Melanie Krüger", "melanie.krueger@example.com", "DE", "HR & Payroll (group)"),
    P("it", "Thomas Becker", "thomas.becker@example.com", "DE", "Head of IT"),
    P("sec", "Lukas Hoffmann", "lukas.hoffmann@example.com", "DE", "IT Security & Mail Administrator"),
    P("assist", "Sabine Wolff", "sabine.wolff@example.com", "DE", "Assistant to the CEO"),
    P("proc", "Markus Jäger", "markus.jaeger@example.com", "DE", "Procurement (fleet supplies, spare parts, yard work)"),
    P("sales", "Nils Petersen", "nils.petersen@example.com", "DE", "Yacht Sales (new boats & brokerage)"),
    P("charter", "Anna Fischer", "anna.fischer@example.com", "DE", "Charter Sales & Agency Relations"),
    P("fleet", "Jens Hansen", "jens.hansen@example.com", "DE", "Fleet Technical Manager"),
    P("om_de", "Katrin Meyer", "katrin.meyer@example.com", "DE", "Office Manager Hamburg"),
    P("om_it", "Giulia Romano", "giulia.romano@example.com", "IT", "Office Manager Italy"),
    P("acc_it", "Marco Bianchi", "marco.bianchi@example.com", "IT", "Accountant Italy"),
    P("om_pl", "Katarzyna Wójcik", "katarzyna.wojcik@example.com", "PL", "Office Manager Poland"),
    P("acc_pl", "Piotr Nowak", "piotr.nowak@examplegroup.eu", "PL", "Accountant Poland"),
    P("om_es", "Lucía Fernández", "lucia.fernandez@example.com", "ES", "Office Manager Spain"),
    P("acc_es", "Javier Moreno", "javier.moreno@example.com", "ES", "Accountant Spain"),
    P("om_gr", "Eleni Papadopoulou", "eleni.papadopoulou@example.com", "GR", "Office Manager Greece",
      native="Ελένη Παπαδοπούλου"),
    P("acc_gr", "Nikolaos Georgiou", "nikolaos.georgiou@examplegroup.eu", "GR", "Accountant Greece",
      native="Νικόλαος Γεωργίου"),
    P("base_gr", "Konstantinos Alexiou", "konstantinos.alexiou@example.com", "GR", "Charter Base Manager Alimos",
      native="Κωνσταντίνος Αλεξίου"),
    P("om_uk", "Emma Clarke", "emma.clarke@example.com", "UK", "Office Manager UK"),
    P("acc_uk", "James Whitfield", "james.whitfield@example.com", "UK", "Accountant UK"),
    P("om_ru", "Olga Smirnova", "olga.smirnova@examplegroup.eu", "RU", "Office Manager Russia",
      native="Ольга Смирнова"),
    P("acc_ru", "Dmitry Volkov", "dmitry.volkov@example.com", "RU", "Accountant Russia",
      native="Дмитрий Волков"),
]
S = {p.key: p for p in STAFF_LIST}

# ------------------------------------------------------------------ correspondents


class C:
    def __init__(self, key, org, country, people, relationship, mailsys, **kw):
        self.key, self.org, self.country, self.people = key, org, country, people
        self.relationship, self.mailsys = relationship, mailsys
        self.__dict__.update(kw)


CORR = [
    C("lief", "Lieferant GmbH", "DE",
      [("Stefan Maier", "s.maier@lieferant-gmbh.de", "Key Account Manager"),
       ("Petra Lang", "p.lang@lieferant-gmbh.de", "Innendienst / Auftragsabwicklung"),
       ("Buchhaltung", "rechnungen@lieferant-gmbh.de", "Rechnungsversand")],
      "Supplier of yacht equipment and spare parts (antifouling, rigging hardware, engine spares, safety gear); "
      "annual framework agreement for the charter fleet",
      "Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], OpenDKIM s=mail2024, SPF -all, DMARC p=quarantine; "
      "staff use Thunderbird / Outlook 2021",
      address="Wischhofstraße 1-3, 24148 Kiel", vat=ids.de_vat("27415863"),
      bank=("Förde Sparkasse", "NOLADE21KIE", ids.de_iban("21050170", "0012845671")),
      bank_new=("Commerzbank Kiel", "COBADEFFXXX", ids.de_iban("21040010", "0417726600")),
      phone="+49 431 72 09 80-0"),
    C("ferr", "Ferretti Trasporti S.p.A.", "IT",
      [("Chiara Colombo", "c.colombo@ferretti-trasporti.it", "Ufficio traffico – trasporti eccezionali"),
       ("Amministrazione", "amministrazione@ferretti-trasporti.it", "Accounts")],
      "Road carrier: exceptional transports of yachts by low-loader between yards, ports and charter bases",
      "Microsoft 365 (EUR), DKIM selector1/selector2, SPF include:spf.protection.outlook.com, DMARC p=quarantine",
      address="Via Enrico Fermi 22, 43015 Noceto (PR)", vat="IT" + ids.it_piva("0213845034"),
      bank=("Crédit Agricole Italia", "CRPPIT2P", ids.it_iban("06230", "65870", "000040512766")),
      tenant="3c9b1e55-7f0d-4b6e-9a41-2f0e8d1c6a73", m365_server="PA4PR08MB7311", m365_pod="eurprd08",
      phone="+39 0521 62 47 11"),
    C("plog", "Partner Logistik sp. z o.o.", "PL",
      [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "Kierownik spedycji"),
       ("Księgowość", "ksiegowosc@partner-logistik.pl", "Accounts")],
      "Logistics partner: collects new yachts from Polish boatyards, storage and transport to Gdańsk/Hamburg",
      "home.pl shared hosting (Exim-based outbound), SPF include:_spf.home.pl, no DKIM, no DMARC record",
      address="ul. Hutnicza 35, 81-061 Gdynia", nip=ids.pl_nip("958170432"),
      bank=("Bank Pekao S.A.", "PKOPPLPW", ids.pl_nrb("1240372", "1111000048217754")),
      phone="+48 58 661 27 40"),
    C("hellwig", "Hellwig Werft GmbH & Co. KG", "DE",
      [("Sven Ohlsen", "s.ohlsen@hellwig-werft.de", "Serviceleitung / Refit"),
       ("Jan Hellwig", "j.hellwig@hellwig-werft.de", "Geschäftsführer")],
      "Boatyard in Laboe: winter storage, refits and warranty work for the Baltic fleet",
      "IONOS (1&1) mail hosting, mout.kundenserver.de, DKIM none, SPF include:_spf.perfora.net",
      address="Hafenstraße 18, 24235 Laboe", phone="+49 4343 49 71-0"),
    C("kranz", "Kranz & Partner Steuerberatungsgesellschaft mbB", "DE",
      [("Ute Kranz", "u.kranz@kranz-partner-stb.de", "Steuerberaterin, Lohn"),
       ("Lohnbüro", "lohn@kranz-partner-stb.de", "Payroll desk")],
      "Tax adviser; runs German payroll via DATEV, exchanges encrypted payroll files",
      "Microsoft 365 (EUR), DKIM selector1, DMARC p=reject",
      address="Ballindamm 6, 20095 Hamburg", tenant="f1a27c0e-5d44-4e19-8b3c-6e0a2b9d4f18",
      m365_server="FR4P281MB3842", m365_pod="DEUP281", phone="+49 40 300 48 27-0"),
    C("solent", "Solent Sailing Holidays Ltd", "UK",
      [("Olivia Hart", "olivia.hart@solentsailingholidays.co.uk", "Bookings Manager"),
       ("Tom Reeves", "tom@solentsailingholidays.co.uk", "Director")],
      "UK charter agency: books flotilla and bareboat charters in Greece and Mallorca; invoices commission via Xero",
      "Google Workspace (DKIM s=google), SPF include:_spf.google.com, DMARC p=quarantine",
      address="3 Shore Road, Warsash, Southampton SO31 9FR", phone="+44 1489 57 22 10"),
    C("hamble", "Hamble Rigging Ltd", "UK",
      [("Oliver Grant", "oliver.grant@hamblerigging.co.uk", "Rigging surveyor")],
      "Rigging surveys and standing rigging replacement for the UK-based brokerage boats",
      "Microsoft 365 (GBR), DKIM selector1, DMARC p=none",
      address="Unit 7, Port Hamble, Satchell Lane, Hamble SO31 4QD", tenant="7b6d2a19-0c4e-4f3a-a8d2-91e5c3f07b64",
      m365_server="LO2P265MB5567", m365_pod="GBRP265", phone="+44 23 8045 39 88"),
    C("nbl", "Nautica Brokers Liguria S.r.l.", "IT",
      [("Roberto Galli", "r.galli@nauticabrokersliguria.it", "Broker")],
      "Yacht broker in Rapallo; co-brokerage of used yachts sold through Example Group",
      "Aruba.it hosting (smtpcmd*.aruba.it), DKIM d=aruba.it s=a1, SPF include:_spf.aruba.it",
      address="Via Langano 28, 16035 Rapallo (GE)", phone="+39 0185 23 41 90"),
    C("pomorze", "Stocznia Jachtów Pomorze sp. z o.o.", "PL",
      [("Marek Kowalczyk", "marek.kowalczyk@jachty-pomorze.pl", "Dział handlowy"),
       ("Biuro", "biuro@jachty-pomorze.pl", "Office")],
      "Polish boatbuilder in Ostróda supplying new sailing yachts (38-46 ft) for the charter fleet",
      "OVHcloud mail (mo*.mail-out.ovh.net), DKIM d=jachty-pomorze.pl s=ovhmo2147, SPF include:mx.ovh.com",
      address="ul. Mickiewicza 40, 14-100 Ostróda", nip=ids.pl_nip("741216688"), phone="+48 89 646 11 70"),
    C("calanova", "Puerto Deportivo Cala Nova S.A.", "ES",
      [("Marta Vidal", "mvidal@marinacalanova.es", "Administración"),
       ("Administración", "administracion@marinacalanova.es", "Facturación")],
      "Marina in Palma: berths for the Mallorca charter fleet (annual contract), fuel, travel-lift",
      "Arsys hosting (smtp.servidoresdns.net), DKIM none, SPF include:_spf.servidoresdns.net",
      address="Avinguda Joan Miró 327, 07015 Palma", nif=ids.es_cif("A", "07184263"),
      bank=("Banco Sabadell", "BSABESBBXXX", ids.es_iban(81, 480, 1200847301)), phone="+34 971 40 12 50"),
    C("alimos", "Alimos Marine Services Ι.Κ.Ε.", "GR",
      [("Γιώργος Καραγιάννης", "g.karagiannis@alimosmarine.gr", "Τεχνικός διευθυντής"),
       ("Λογιστήριο", "logistirio@alimosmarine.gr", "Accounts")],
      "Greek base services: technical service, antifouling, provisioning and fuel at Alimos marina",
      "cPanel/Exim shared hosting (s217.cloudhost.gr [198.51.100.77]), DKIM d=alimosmarine.gr s=default",
      address="Λεωφ. Ποσειδώνος 12, 174 55 Άλιμος", afm=ids.gr_afm("80196431"),
      bank=("Πειραιώς (Piraeus Bank)", "PIRBGRAA", ids.gr_iban(17, 161, 6041001928347)),
      phone="+30 210 98 23 441"),
    C("nevsky", "ООО «Невский яхт-клуб»", "RU",
      [("Андрей Лебедев", "a.lebedev@nevsky-yachtclub.ru", "Коммерческий директор"),
       ("Бухгалтерия", "buh@nevsky-yachtclub.ru", "Accounts")],
      "Yacht club and marina in St Petersburg: winter storage, local charter partner, buyer of used yachts",
      "Yandex 360 for Business (forward*.mail.yandex.net), DKIM d=nevsky-yachtclub.ru s=mail",
      address="198206, Санкт-Петербург, Петергофское ш., д. 77, лит. Б", inn=ids.ru_inn10("780541627"),
      bank=("АО «Банк «Санкт-Петербург»", "БИК 044030790",
            ids.ru_account("044030790", "40702810290000048215")), phone="+7 812 748 30 15"),
    C("nauticm", "NauticManager (charter reservation platform)", "ES/EU",
      [("NauticManager notifications", "notifications@mail.nauticmanager.com", "System mail"),
       ("NauticManager Support", "support@nauticmanager.com", "Support")],
      "Charter booking/availability platform used by the fleet and its agencies (bookings, options, payments)",
      "Amazon SES eu-west-1 with custom MAIL FROM bounce.mail.nauticmanager.com, DKIM d=mail.nauticmanager.com + amazonses.com",
      address="Carrer de Sant Feliu 15, 07012 Palma"),
    C("tramuntana", "Hoteles Tramuntana S.A.", "ES",
      [("Cuentas a pagar", "cuentasapagar@hotelestramuntana.com", "SAP accounts payable")],
      "Corporate customer: yacht days and regattas for hotel guests and incentive groups",
      "Microsoft 365 (EUR) relaying SAP output, DKIM selector1",
      address="Carrer de la Mar 9, 07108 Port de Sóller", tenant="a4e1b7c2-96d3-4c8f-b0e5-3f7d91a2c6e8",
      m365_server="DB9PR02MB7284", m365_pod="eurprd02", nif=ids.es_cif("A", "07731258")),
    C("aegean", "Aegean Blue Yachting Μ.Ι.Κ.Ε.", "GR",
      [("Μαρία Νικολάου", "maria@aegeanblue.gr", "Κρατήσεις")],
      "Greek charter agency placing Greek and foreign clients on the Alimos fleet",
      "Google Workspace (DKIM s=google)",
      address="Λεωφ. Βουλιαγμένης 112, 166 74 Γλυφάδα"),
]
CO = {c.key: c for c in CORR}

# Real services that appear as senders (genuine) or are impersonated (attack).
SERVICES = [
    ("Microsoft 365 / Entra ID / SharePoint", "msonlineservicesteam@microsoftonline.com, no-reply@sharepointonline.com; Outlook.com consumer mailboxes",
     "Exchange Online Protection outbound 40.107.0.0/16, 52.103.0.0/16 (consumer); DKIM selector1 of the sending domain; ARC d=microsoft.com"),
    ("DocuSign (EU)", "dse@eumail.docusign.net", "185.81.100.0/22, DKIM d=eumail.docusign.net"),
    ("Dropbox", "no-reply@dropbox.com", "162.125.0.0/16, DKIM d=dropbox.com"),
    ("Canva", "no-reply@canva.com", "Amazon SES us-east-1, DKIM d=canva.com + amazonses.com"),
    ("Adobe Acrobat", "message@adobe.com", "130.248.0.0/16, DKIM d=adobe.com"),
    ("PayPal", "service@paypal.com", "173.0.84.0/22, DKIM d=paypal.com s=pp-dkim1"),
    ("Google (Gmail, Workspace, Calendar, Forms, account alerts)", "calendar invitations on behalf of organisers, forms-receipts-noreply@google.com, no-reply@accounts.google.com",
     "209.85.128.0/17 (mail-*-f*.google.com, mail-sor-f*.google.com), DKIM d=google.com / gmail.com / workspace domain s=google"),
    ("Xero", "messaging-service@post.xero.com", "Amazon SES, DKIM d=post.xero.com"),
    ("Amazon SES, SendGrid, Mailgun, Brevo, Mailjet, Mailchimp", "bulk senders used by genuine platforms and by attackers",
     "54.240.0.0/18 & 69.169.224.0/20, 149.72.0.0/16, 159.135.224.0/20, 77.32.148.0/24, 87.253.232.0/21, 198.2.128.0/18"),
    ("Free mail: T-Online, Onet, Yahoo, Proton, Yandex, Mail.ru, Zoho", "used by customers/colleagues (genuine) and attackers",
     "mailout*.t-online.de 194.25.134.0/24, smtpo*.poczta.onet.pl 213.180.149.0/24, *.consmr.mail.*.yahoo.com 66.163.190.0/24, "
     "mail-*.protonmail.ch 185.70.43.0/24, forward*.mail.yandex.net 178.154.239.0/24, smtp*.i.mail.ru 95.163.41.0/24, sender4-op-o*.zoho.eu 136.143.169.0/24"),
    ("Aruba PEC (IT certified e-mail)", "posta-certificata@pec.aruba.it", "62.149.157.0/24, S/MIME-signed transport envelope"),
    ("ELSTER (DE tax portal)", "noreply@elster.de", "modelled relay mailout2.elster.de [192.0.2.44], DKIM d=elster.de"),
    ("DEHú / AEAT (ES)", "no-reply@dehu.redsara.es", "modelled relay correo.redsara.es [192.0.2.119], DKIM d=redsara.es"),
    ("ΑΑΔΕ / myAADE (GR)", "noreply@aade.gr", "modelled relay mailgw2.aade.gr [192.0.2.132], DKIM d=aade.gr"),
    ("ФНС России (RU)", "noreply@nalog.gov.ru", "modelled relay mx-out2.nalog.gov.ru [192.0.2.137], DKIM d=nalog.gov.ru"),
    ("Контур.Диадок (RU EDI)", "noreply@diadoc.kontur.ru", "modelled relay smtp2.kontur.ru [192.0.2.146], DKIM d=diadoc.kontur.ru"),
    ("Intesa Sanpaolo Inbiz (IT corporate banking)", "inbiz-notifiche@intesasanpaolo.com", "modelled relay mailout-03.intesasanpaolo.com [192.0.2.103]"),
    ("platformazakupowa.pl (PL public tenders)", "powiadomienia@platformazakupowa.pl", "Amazon SES eu-central-1"),
    ("Messe Düsseldorf (boot 2027 exhibitor service)", "ausstellerservice@messe-duesseldorf.de", "modelled Inxmail relay [192.0.2.87]"),
    ("Salone Nautico Internazionale di Genova", "newsletter@salonenautico.com", "Mailchimp (mcdlv.net)"),
    ("Impersonated only", "Poste Italiane, Alpha Bank, PGE Obrót, Hellenic Coast Guard (Λιμενικό Σώμα), KSeF/Ministerstwo Finansów, AEAT, ФНС",
     "never sending in this set; appear as display names or look-alike domains in attacks"),
]
INT_RELAY = ("mail-int01.example.com", "10.20.0.25")
EXCH = {"EXCH01": "10.20.0.31", "EXCH02": "10.20.0.32"}
